"""holdout167, part D: stopwatches (秒表) — a sports-school timekeeper, a referee exam forum,
an encyclopaedia entry, a cloud-drive share, a cached county page, a print view, a forwarded
mail, a preview reader. Invented text."""

CASES = [
    dict(
        slug="fanwenapp-timekeeper-training-insight",
        site="笔杆通 (invented writing app)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.biganling.example.com/share/art/9920413",
        title="参加田径裁判员计时培训的心得体会",
        record_title="参加田径裁判员计时培训的心得体会（通用版）｜笔杆通",
        date=None,
        notes="writing-app share page: app banner, VIP unlock prompt between paragraphs on its own line, open-in-app button; no date",
        page="""
!m 笔杆通 · 公文写作好帮手
!a 打开APP，阅读体验更佳
!t 参加田径裁判员计时培训的心得体会（通用版）
!m 已有 2.3万 人阅读　字数 520
{BODY}
!a 开通会员，解锁全文及Word下载
!l 猜你喜欢：运动会裁判员发言稿 | 体育教师培训心得
!m 笔杆通 v6.2.1
""",
        body="""
上周，我参加了县体育局组织的田径裁判员计时培训，虽然只有两天，却让我对“计时”二字有了新的认识。
过去我以为按秒表谁都会，这次才知道，手计时员要看发令枪的烟而不是听枪声，因为声音传到终点要慢零点三秒左右。
⟦a 剩余60%内容，会员可免费查看⟧
培训中，老师让我们三人一组同时给一名运动员计时，结果三块秒表相差零点二秒。老师说，正式比赛取中间值，就是为了减少个人误差。
回去以后，我要在学校运动会上多练手，争取明年考取二级裁判员证书。
""",
    ),
    dict(
        slug="gkforum-stopwatch-interview-question-html",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://bbs.shanganlt.example.com/thread-77231-1-1.html",
        title="体育局面试真题：运动会计时出现争议，你怎么处理？",
        record_title="[面试真题] 体育局面试真题：运动会计时出现争议，你怎么处理？ - 面试交流 - 上岸公考论坛",
        date=None,
        notes="exam forum thread: board crumbs, jammer-free; a course ad on its own line inside the body; relative post time only",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 体育局面试真题：运动会计时出现争议，你怎么处理？ - 面试交流 - 上岸公考论坛</title></head><body>
<div class="hd">⟦m 上岸公考论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="crumb">⟦m 上岸公考论坛 › 面试交流 › 真题回忆⟧</div>
<h1>⟦t [面试真题] 体育局面试真题：运动会计时出现争议，你怎么处理？⟧</h1>
<div class="author">⟦m 楼主：考编的阿树　发表于 5天前　查看 3190　回复 41⟧</div>
<div class="post">
{BODY}
</div>
<div class="reply">⟦l 2#　一定上岸：思路很清楚，收藏⟧</div>
<div class="reply">⟦l 3#　青柠：第三点可以再展开⟧</div>
<div class="ft">⟦d 论坛帖子仅代表作者观点，与本站无关⟧</div>
</body></html>
""",
        body="""
题目：你是县体育局工作人员，负责中学生运动会的计时工作。男子一百米决赛后，两名运动员的家长对手计时成绩有异议，认为秒表计时不准，情绪激动。你怎么处理？
参考答案：
第一，稳定情绪。把家长请到休息区，耐心倾听诉求，说明我们会认真核实。
第二，调查核实。调取三名计时员的原始记录和终点录像，必要时请裁判长复核，按规则取中间成绩。
⟦a 结构化面试精讲班，本周报名立减200元⟧
第三，公开反馈。将复核结果当面向家长解释，如确有差错及时更正并公告。
第四，总结改进。建议今后决赛启用电子计时设备，减少人工误差。
""",
    ),
    dict(
        slug="wiki-stopwatch-mechanical-entry",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhiyuan.example.com/item/机械秒表/88102",
        title="机械秒表",
        record_title="机械秒表_知源百科",
        date=None,
        notes="encyclopaedia entry: edit links, contents box, reference list; example year inside a sentence is no date",
        page="""
!m 知源百科 — 人人可编辑的知识库
!a 编辑　收藏　分享
!t 机械秒表_知源百科
!l 目录　1 结构　2 使用方法　3 检定
{BODY}
!l 参考资料：[1] 《计时器具使用手册》
!m 词条统计　浏览次数：8310　编辑次数：7次　最近更新：刚刚
!d 知源百科内容仅供参考，如有错误欢迎编辑修正。
""",
        body="""
机械秒表是一种利用发条驱动、以摆轮游丝为振荡系统的计时器具，常见分度值为0.1秒或0.2秒，广泛用于体育比赛和实验教学。
结构：由表壳、发条、齿轮系、摆轮和表盘组成，表冠兼作启动、停止和回零按钮。
使用方法：使用前应先上满发条；第一次按表冠开始计时，第二次停止，第三次回零。
检定：根据有关检定规程，秒表应定期送计量机构检定，一般每年一次。
我国在二十世纪五十年代开始批量生产机械秒表，至1980年前后达到产量高峰。
""",
    ),
    dict(
        slug="netdisk-chengyang-sports-day-timing-plan-html",
        site="云格网盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunge.example.com/s/1xQ7fTa9",
        title="城阳三中第二十届田径运动会计时组工作方案",
        record_title="城阳三中第二十届田径运动会计时组工作方案.docx",
        date="2025-04-09",
        notes="cloud-drive share: file-name record title; share and expiry stamps are no dates; 保存到网盘 actions; 成文日期 at the end; table kept",
        page="""
<html><head><meta charset="utf-8"><title>城阳三中第二十届田径运动会计时组工作方案.docx - 云格网盘</title></head><body>
<div class="bar">⟦m 云格网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file"><h2>⟦t 城阳三中第二十届田径运动会计时组工作方案.docx⟧</h2><p>⟦m 分享者：体育组老滕　分享于 2025-04-10 11:02　有效期：永久⟧</p><p>⟦m 大小：38.6KB⟧</p></div>
<div class="ops">⟦a 保存到我的网盘⟧ ⟦a 普通下载⟧ ⟦a 举报⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ad">⟦a 开通超级会员，下载提速10倍⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，云格网盘将依法配合有关部门处理⟧</div>
</body></html>
""",
        body="""
为保证本届运动会径赛成绩准确，特制定计时组工作方案。
一、人员组成
计时长：滕建华；计时员：体育组教师六名、学生志愿者四名。
二、器材准备
器材　数量　负责人
秒表　12块　滕建华
发令枪　2支　葛一鸣
终点记录表　60份　学生志愿者
三、工作要求
1．赛前一天全部秒表统一校对，误差超过0.2秒的不得使用。
2．每个道次由两名计时员计时，成绩取较差的一次。
3．计时员看到发令枪烟雾即启动秒表。
城阳三中体育组
2025年4月9日
""",
    ),
    dict(
        slug="snapshot-lanxi-swimming-timing-notice-frame",
        site="搜达快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souda.example.com/c?u=www.lanxi.example.gov.cn/tyj/2024/0715/2201.html",
        title="关于举办全县青少年游泳比赛暨计时裁判培训的通知",
        record_title="关于举办全县青少年游泳比赛暨计时裁判培训的通知 - 快照 - 搜达",
        date="2024-07-12",
        notes="search cache frame: cache banner with snapshot time (no date) and highlight notice; original page chrome inside; 报名电话 of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>关于举办全县青少年游泳比赛暨计时裁判培训的通知 - 快照 - 搜达</title></head><body>
<div class="cachehead">⟦m 这是搜达对 http://www.lanxi.example.gov.cn/tyj/2024/0715/2201.html 的缓存，是网页在 2025-02-03 06:12 的快照。⟧<br>⟦m 搜达与网页作者无关，不对其内容负责。高亮关键词：秒表 游泳⟧</div>
<hr>
<div class="orig">
<div>⟦m 岚溪县文化和旅游体育局⟧</div>
<div>⟦m 首页 > 体育工作 > 通知公告⟧</div>
<h1>⟦t 关于举办全县青少年游泳比赛暨计时裁判培训的通知⟧</h1>
{BODY}
<div>⟦m 主办单位：岚溪县文化和旅游体育局　技术支持：岚溪网信⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇文化站，县直各学校：
为推动青少年游泳运动普及，经研究，决定于8月3日至4日在县全民健身中心游泳馆举办全县青少年游泳比赛，赛前举办计时裁判培训。
一、比赛项目：男女50米自由泳、50米蛙泳、4×50米接力。
二、计时裁判培训：8月2日下午，参训人员自带秒表，现场进行手计时练习。
三、报名办法：各单位于7月26日前将报名表报县文旅体育局体育股，报名电话：0731-6625018。
岚溪县文化和旅游体育局
2024年7月12日
""",
    ),
    dict(
        slug="print-yingcheng-marathon-timing-chip-rules",
        site="楹城马拉松组委会 (invented, print view)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.ycmarathon.example.cn/notice/print.php?id=312",
        title="楹城半程马拉松计时芯片使用及成绩认定规定",
        record_title="打印预览 - 楹城半程马拉松计时芯片使用及成绩认定规定",
        date="2025-02-20",
        notes="print view: printed-at stamp (no date), URL line, print footer; articles speak of 下载/打印 成绩证书; decimal headings",
        page="""
!m 楹城马拉松官方网站　www.ycmarathon.example.cn
!t 打印预览 - 楹城半程马拉松计时芯片使用及成绩认定规定
!m 打印时间：2025/3/30 22:41
{BODY}
!m 本页地址：https://www.ycmarathon.example.cn/notice/show.php?id=312
!p 第 1 页 ∣ 共 1 页
""",
        body="""
1. 计时方式
1.1 本次比赛采用芯片计时，芯片贴于号码布背面，请勿折叠、撕下。
1.2 起点、10公里、终点设计时地毯，未经过全部计时点的选手不予认定成绩。
2. 成绩认定
2.1 以净计时成绩排名，前八名以枪声成绩为准。
2.2 对成绩有异议的，应在赛后两小时内到仲裁处提出，裁判组将核对终点录像和手计时秒表记录。
3. 成绩证书
选手可于赛后三天登录官网下载电子成绩证书，自行打印。
楹城马拉松组委会
2025年2月20日
""",
    ),
    dict(
        slug="mail-fwd-school-stopwatch-purchase-html",
        site="楠水邮 (invented webmail)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.nanshui.example.net/read?mid=ZL4401",
        title="关于购置体育课电子秒表的请示",
        record_title="Fwd: 关于购置体育课电子秒表的请示",
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="webmail reading view: header table (发件人/时间 differs from 成文日期), attachment bar; the document's own 附件 line kept; 抄送 header of the mail is chrome, the document's 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>Fwd: 关于购置体育课电子秒表的请示 - 楠水邮</title></head><body>
<div class="mailtop">⟦m 楠水邮⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧</div>
<table class="head"><tr><td>⟦t Fwd: 关于购置体育课电子秒表的请示⟧</td></tr>
<tr><td>⟦m 发件人：蒋老师 &lt;jiangwy@nsxx.example.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年3月6日（星期四）上午9:14⟧</td></tr>
<tr><td>⟦m 收件人：总务处 &lt;zwc@nsxx.example.cn&gt;⟧</td></tr></table>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="body">
{BODY}
</div>
<div class="att">⟦a 附件（1 个）：秒表报价单.xlsx　下载　预览⟧</div>
<div class="foot">⟦a 回复　回复全部　转发　删除⟧</div>
</body></html>
""",
        body="""
学校：
我校现有体育课用秒表二十块，均为2015年购置，已有九块损坏无法维修。本学期体质健康测试的五十米跑、八百米跑都需要计时，现有秒表不能满足分组测试需要。
为此，体育组申请购置三道记忆电子秒表三十块，单价四十五元，合计一千三百五十元，从公用经费中列支。
妥否，请批示。
附件：秒表报价单
楠水县实验小学体育组
2025年3月5日
抄送：学校总务处
""",
    ),
    dict(
        slug="wenku-fangling-stopwatch-physics-lesson-html-pages",
        site="知库阅读 (invented 文库 reader)",
        style="文库预览",
        genre="教案",
        kind="other",
        form="html",
        source="https://www.zhikuread.example.com/doc/5520187.html",
        title="《用秒表测量单摆周期》教学设计",
        record_title="【可编辑】《用秒表测量单摆周期》教学设计 - 知库阅读",
        date=None,
        notes="文库 reader with page paragraphs ⦗n⦘ between halves of cut paragraphs; pay prompt; no date",
        p_html='<p class="reader-p">{}</p>',
        pages=dict(fmt="⦗{n}⦘", every=120, start=2),
        page="""
<html><head><meta charset="utf-8"><title>【可编辑】《用秒表测量单摆周期》教学设计 - 知库阅读</title></head><body>
<div class="top">⟦m 知库阅读⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧</div>
<h1>⟦t 《用秒表测量单摆周期》教学设计⟧</h1>
<div class="meta">⟦m 贡献者：芳岭物理组　3页　1.2万次阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 预览已结束，下载文档查看全部内容（需8下载券）⟧</div>
<div class="rel">⟦l 相关文档　单摆实验报告 | 高中物理实验教案合集⟧</div>
</body></html>
""",
        body="""
一、教学目标：学生能正确使用秒表测量单摆完成三十次全振动的时间，并计算周期，理解多次测量求平均值可以减小误差。
二、教学重点：秒表的读数和计时起点的选择。计时起点应选在摆球经过最低点时，因为此处速度最大，位置判断误差最小。
三、教学过程：先由学生分组测量单次全振动时间，比较组间差异；再测量三十次全振动时间，求平均周期；最后讨论误差来源。
四、作业：用手机秒表测量家中秋千的周期，写出简要实验记录。
""",
    ),
]
