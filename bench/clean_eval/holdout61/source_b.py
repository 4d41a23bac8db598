"""holdout61, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text (stele rubbings, lanterns, bees, hot springs)."""

CASES = [
    dict(
        slug="blog-tapian-rubbing-notes",
        site="拓斋随笔 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://tazhai.blog.cn/2024/09/rubbing-class.html",
        title="参加碑刻传拓培训班的几点体会",
        record_title="参加碑刻传拓培训班的几点体会 | 拓斋随笔",
        date="2024-09-28",
        page="""
!m 拓斋随笔 — 一个文保员的自留地
!m 首页 · 归档 · 标签 · 关于我
{T}
!m [2024-09-28 22:10] 分类：工作札记　阅读(216)　评论(4)
{BODY}
!l 标签：传拓　碑刻　文物保护
!l « 上一篇 　栎阳古桥测绘记　|　下一篇 » 县志里的三块残碑
!l 评论区　访客“石头记”：拓片照片能发一张吗？
!m Theme by Nori · 本博客内容遵循 CC BY-NC 4.0
""",
        gap=True,
        body="""
九月中旬，我参加了市文物局举办的碑刻传拓培训班，为期五天。
最大的体会是传拓要“慢”。上纸、刷水、捶打，每一步都急不得，纸干湿不当，拓片就会模糊。
其次是保护优先。老师反复强调，风化严重的碑石不能强行传拓，宁可先做三维扫描。
回到单位后，我打算把县里现存的46通碑刻逐一建档，先易后难，分批传拓。
""",
    ),
    dict(
        slug="blog-html-denglong-maker-year",
        site="灯笼匠的小屋 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.denglongjiang.me/posts/2024-review",
        title="灯笼作坊的二〇二四年",
        record_title=None,
        date="2024-12-31",
        page="""
<!DOCTYPE html><html><head><title>灯笼作坊的二〇二四年 - 灯笼匠的小屋</title></head><body>
<header class="site-header"><h2>⟦m 灯笼匠的小屋⟧</h2><p>⟦m 竹篾、红纸和一盏灯⟧</p>
<nav>⟦m 首页　手艺　作品　留言板⟧</nav></header>
<article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年12月31日　作者 老秦⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 分类：作坊日记　标签：灯笼, 非遗, 年终⟧</footer></article>
<section id="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 小满：明年想订两对宫灯！⟧</p><p>⟦l 发表评论　昵称　邮箱　提交⟧</p></section>
<aside><h3>⟦l 近期文章⟧</h3><ul><li>⟦l 竹篾怎么选⟧</li><li>⟦l 给学校上手工课⟧</li></ul></aside>
<footer>⟦m © 2024 灯笼匠的小屋　Powered by WordPress⟧</footer></body></html>
""",
        body="""
这一年作坊一共做了1260盏灯笼，比去年多了三百来盏，大头还是春节前的订单。
三月份县文化馆把我们的竹骨灯笼列进了县级非遗名录，这是今年最高兴的一件事。
下半年去了两所小学上手工课，孩子们做的小灯笼歪歪扭扭，可都舍不得带回家。
明年想再带两个徒弟，把扎骨的手法传下去。
""",
    ),
    dict(
        slug="wechat-mirror-fengye-account-honey",
        site="公号存档站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://gzh.cundang.net/a/fengye/20250520-1.html",
        title="5·20世界蜜蜂日致全县蜂农的一封信",
        date="2025-05-20",
        page="""
!m 公号存档站 | 找回每一篇好文章
{T}
!m 檀口县蜂业协会　2025-05-20 07:30　发表于浙江
{BODY}
!l 点击“阅读原文”了解协会入会流程
!a 喜欢此内容的人还喜欢　｜　赞　在看　分享
!d 本页为公开文章的存档镜像，著作权归原公众号所有。
""",
        body="""
亲爱的蜂农朋友们：
今天是第八个世界蜜蜂日。一年来，大家起早贪黑守护蜂群，全县蜂蜜产量突破900吨，感谢每一位蜂农的辛勤付出。
在这里，协会提醒大家：转地放蜂前请到乡镇畜牧站办理检疫，运输途中注意通风降温。
欢迎大家关注协会公众号，扫码进入蜂农交流群，及时获取花期和天气信息。
檀口县蜂业协会
2025年5月20日
""",
    ),
    dict(
        slug="wechat-html-tangquan-staff-speech",
        site="微文镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://weiwenjx.com/s/Tq82kLm0",
        title="在汤泉坪温泉员工表彰大会上的讲话",
        record_title="在汤泉坪温泉员工表彰大会上的讲话（全文）",
        date="2025-02-10",
        page="""
<html><head><title>在汤泉坪温泉员工表彰大会上的讲话（全文）</title></head><body>
<div class="rich_media"><div class="top">⟦m 微文镜像 · 公众号文章收录⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div id="meta">⟦m 汤泉坪温泉　2025年02月11日 18:02⟧</div>
<section><p>总经理　孟岚</p><p>（2025年2月10日）</p></section>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦l 阅读 1.2万　分享　赞　在看⟧</div>
<div class="qr">⟦a 长按二维码识别，关注我们⟧</div></div>
<div class="mirror-foot">⟦d 镜像内容仅供存档，如需删除请发邮件联系。⟧</div></body></html>
""",
        body="""
同志们、伙伴们：
过去一年，大家在汤池旁、客房里、后厨中默默付出，温泉全年接待游客38万人次，营业收入首次突破一亿元。
今天受表彰的42名优秀员工，是全体员工的榜样。救生员陈路在暑期连续值守两个月，成功处置突发情况3起。
新的一年，希望大家继续守住安全底线，把服务做细做暖。
谢谢大家！
""",
    ),
    dict(
        slug="docshare-doufen-stele-survey",
        site="豆粉文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.doufendoc.com/d/a61f0c29e.html",
        title="关于全县碑刻文物保存状况的调研报告",
        record_title="关于全县碑刻文物保存状况的调研报告【精编版】",
        date="2024-06-15",
        page="""
!m 豆粉文档 ＞ 行业资料 ＞ 文化旅游
!t 关于全县碑刻文物保存状况的调研报告【精编版】
!m 页数5　｜　大小 46KB　｜　下载 118　｜　收藏 9
!a 免费预览前3页　全部下载（6豆币）
{BODY}
!p 第 5 页 共 5 页
!d 温馨提示：文档来自网友共享，仅作学习参考，版权争议请与客服联系。
!w 客服QQ 3100772651（9:00-21:00）
""",
        indent="  ",
        wrap=68,
        body="""
按照县政协年度调研安排，调研组于2024年5月走访了12个乡镇，实地查看碑刻46通。
一、基本情况。全县登记在册碑刻46通，其中明代9通、清代31通、民国6通，已列入文物保护单位的有14通。
二、存在问题。一是露天存放多，风化剥落严重；二是保护经费不足，部分碑刻无人看管；三是拓片资料散落民间，缺少统一整理。
三、对策建议。建议设立碑廊集中保护，每年安排专项经费，并组织专业人员开展传拓建档。
县政协文化文史委调研组
2024年6月15日
""",
    ),
    dict(
        slug="docshare-html-wenhe-lantern-fair",
        site="文盒共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wenhe.share/doc/31550.html",
        title="枳湖镇元宵灯会安全保障方案",
        record_title="枳湖镇元宵灯会安全保障方案.pdf",
        date="2025-01-20",
        page="""
<html><head><title>枳湖镇元宵灯会安全保障方案.pdf-文盒共享</title></head><body>
<div class="header">⟦m 文盒共享 · 海量文档在线阅读⟧　⟦a 登录后享免费下载特权⟧</div>
<div class="filebar"><h1>⟦t 枳湖镇元宵灯会安全保障方案.pdf⟧</h1>
<span>⟦m 文件大小：310KB　分享者：枳湖小编　浏览：2048⟧</span></div>
<div class="viewer">
{BODY}
</div>
<div class="end">⟦a 阅读已结束，如需保存请点击下载原文件⟧</div>
<div class="rel">⟦l 你可能也喜欢：庙会安全预案｜灯展消防方案⟧</div>
<div class="copy">⟦m 文盒共享 wenhe.share　沪ICP备21011928号⟧</div></body></html>
""",
        body="""
为确保元宵灯会安全有序举办，制定本方案。
一、活动时间地点。2025年2月11日至2月13日，枳湖镇老街及滨河公园。
二、组织机构。成立灯会安全保障领导小组，镇长任组长，派出所、消防站、卫生院负责人为成员。
三、主要措施。
1.灯组全部使用阻燃材料，电线由持证电工敷设。
2.每晚安排安保人员60名，设置4个疏散出口。
3.人流超过核定容量时，立即启动限流措施。
枳湖镇人民政府
2025年1月20日
""",
    ),
    dict(
        slug="edu-jueling-school-bee-course",
        site="榉岭县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.jueling.gov.cn/tzgg/2025/0303/5520.html",
        title="关于开展“小小养蜂人”劳动教育实践活动的通知",
        date="2025-03-03",
        page="""
!m 榉岭教育网
!m 首页 → 通知公告 → 基础教育
{T}
!m 作者：基教科　｜　时间：2025-03-03　｜　阅读：589
{BODY}
!a 【打印】【关闭】
!m 榉岭县教育体育局版权所有　技术支持：榉岭信息中心
""",
        indent="\u3000\u3000",
        body="""
各中小学校：
为深化劳动教育，经研究，决定在全县小学四至六年级开展“小小养蜂人”劳动教育实践活动。现将有关事项通知如下：
一、活动时间：2025年3月至6月。
二、活动内容：参观养蜂基地、学习蜂箱管理、制作蜂产品手账。
三、安全要求：学生须穿戴防护服，过敏体质学生不参加近距离观察。
请各校于3月15日前将报名表打印盖章后报基教科。
联系人：吴婷　电话：0578-3327015
榉岭县教育体育局
2025年3月3日
""",
    ),
    dict(
        slug="edu-html-chunxi-school-stele-trip",
        site="椿溪中学 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chunxizx.edu.cn/xwdt/2024/1108/n2210.html",
        title="我校学生走进碑林开展研学活动",
        record_title="我校学生走进碑林开展研学活动-椿溪中学",
        date="2024-11-08",
        page="""
<html><head><meta charset="utf-8"><title>我校学生走进碑林开展研学活动-椿溪中学</title></head><body>
<div class="head">⟦m 椿溪中学　CHUNXI MIDDLE SCHOOL⟧</div>
<ul class="nav"><li>⟦m 学校概况⟧</li><li>⟦m 新闻动态⟧</li><li>⟦m 德育天地⟧</li><li>⟦m 招生信息⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 &gt; 新闻动态 &gt; 校园新闻⟧</div>
<h3>{T}</h3>
<p class="info">⟦m 来源：政教处　发布时间：2024-11-08　浏览量：[ 377 ]⟧</p>
<div class="v_news_content">
{BODY}
</div>
<p>⟦m 撰稿：林一禾　审核：邹平⟧</p>
<div class="foot">⟦m 地址：椿溪县文昌路9号　邮编：325800⟧ ⟦m 浙ICP备05001122号⟧</div></body></html>
""",
        body="""
11月6日，我校高一年级280名学生走进椿溪碑林，开展“触摸石上历史”研学活动。
在讲解员带领下，同学们观看了清代《重修文昌阁记》等碑刻，并在老师指导下体验了传拓。
高一（3）班陈一诺说：“亲手拓下一个字，才知道古人刻碑有多不容易。”
活动结束后，学生们将分组撰写研学报告，优秀作品将在校园橱窗展出。
""",
    ),
    dict(
        slug="oa-tangquan-intranet-repair-request",
        site="汤泉坪集团协同办公 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://oa.tqp-group.local/doc/view?id=20250412",
        title="关于更换三号汤池循环泵的请示",
        record_title="【待办】关于更换三号汤池循环泵的请示",
        date="2025-04-12",
        page="""
!m 汤泉坪集团协同办公平台 | 公文管理 | 收文办理
!t 【待办】关于更换三号汤池循环泵的请示
!m 拟稿部门：设备工程部　拟稿人：钱立　密级：普通
汤泉坪设〔2025〕7号
{BODY}
!m 流转记录：钱立（拟稿）→ 吴卫东（部门审核，同意）→ 孟岚（待批）
!a 【签批】【退回】【转发】【打印公文】
!m 已读 14 人　未读 3 人
""",
        body="""
集团公司：
三号汤池循环泵已连续运行七年，近期多次出现异响和漏水，经检测叶轮磨损严重，维修价值不大。
为保障汤池水质循环，拟更换同型号循环泵一台，预算4.6万元，从年度设备维护费中列支。
妥否，请批示。
附件：1.循环泵检测报告
2.设备报价单
设备工程部
2025年4月12日
""",
    ),
    dict(
        slug="oa-html-fengchan-minutes",
        site="檀口蜂产品公司OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://10.8.1.20/oa/minutes/2024-31",
        title="蜂产品质量管理例会纪要",
        record_title=None,
        date="2024-10-15",
        page="""
<html><head><title>OA - 会议纪要查看</title></head><body>
<div class="oa-top">⟦m 檀口蜂产品有限公司 协同办公系统⟧　⟦m 当前用户：质检部 郑玥⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 我的桌面 | 公文 | 会议 | 流程 | 通讯录⟧</div>
<div class="doc"><h2>{T}</h2>
<p>〔2024〕第31期</p>
{BODY}
<div class="opinions">⟦m 阅办意见：王总（2024-10-16 已阅）⟧</div>
<div class="btns">⟦a 打印　导出PDF　返回列表⟧</div></div>
<div class="oa-foot">⟦m 技术支持：信息部 分机 8012⟧</div></body></html>
""",
        body="""
时间：2024年10月15日上午9:00
地点：公司三楼会议室
主持：副总经理 罗成
参加：质检部、生产部、采购部负责人
记录：郑玥
会议通报了第三季度蜂蜜抽检情况，共抽检批次　合格批次　合格率
蜂蜜　126　124　98.4%
蜂王浆　32　32　100%
会议要求：
1.生产部对两批不合格蜂蜜查明原因，10月底前报送整改报告。
2.采购部对收购点扫码溯源系统进行升级，确保每桶原料可追溯。
""",
    ),
]
