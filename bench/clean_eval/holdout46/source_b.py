"""holdout46, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text throughout."""

CASES = [
    dict(
        slug="blog-html-yaogong-essay-tagcloud",
        site="窑火札记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://yaohuo.blog.example-cn.net/2025/02/14/longyao-xuetu/",
        title="学烧龙窑的第一年",
        record_title="【随笔】学烧龙窑的第一年 | 窑火札记",
        date="2025-02-14",
        notes="blog with tag cloud and archive; bracketed post time is the page date; like row glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随笔】学烧龙窑的第一年 | 窑火札记</title></head><body>
<header><div class="brand">⟦m 窑火札记 —— 一个青年窑工的泥与火⟧</div><nav>⟦m 首页 归档 关于我 留言板⟧</nav></header>
<main><article><h2>{T}</h2>
<div class="post-meta">⟦m [2025-02-14 21:06]　分类：学窑日记　阅读(388)　评论(9)⟧</div>
{BODY}
<div class="tags">⟦l 标签：龙窑 学徒 青瓷⟧</div>
<div class="nav-post">⟦l « 前一篇：冬天的窑场⟧　⟦l 后一篇：第一次装窑 »⟧</div>
</article></main>
<aside><div>⟦l 标签云：柴烧 釉色 拉坯 窑温 师傅 开窑节⟧</div><div>⟦l 文章归档 2025年02月(3) 2025年01月(5)⟧</div></aside>
<footer>⟦d 本博文字图片均为原创，转载请注明出处⟧ ⟦m Theme by Lumen · 陇ICP备22000318号⟧</footer>
</body></html>
""",
        body="""
去年正月，我回到青窑坞，跟着吴师傅学烧龙窑。一年下来，手上添了不少茧，也终于明白了“三分做坯，七分烧窑”的意思。
最难的是看火。师傅不用温度计，只看火色和窑口的烟，我盯了大半年，才能分出八百度和一千度的差别。⟦a 点赞 👍 23⟧
秋天那一窑，我负责投柴的三个火眼全部出了好坯，师傅只说了一句“还行”，我却高兴了好几天。
新的一年，我想把师傅的看火经验整理成文字，也希望更多年轻人回村学窑。
""",
    ),
    dict(
        slug="blog-dugong-report-text-archive",
        site="渡口边的小屋 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://dukoubian.blogsite.cn/article/20240911-93.html",
        title="苇渡县农村渡口现状调研报告",
        record_title="苇渡县农村渡口现状调研报告（转自交通局调研组）_渡口边的小屋",
        date="2024-09-06",
        date_also=["2024-09-11"],
        notes="a blog repost; the report's date under the signature differs from the post time (also accepted); numbered list and table kept",
        page="""
!m 渡口边的小屋
!m 记录一条河和河上的人
!m 首页 | 日志 | 相册 | 留言
{T}
!m 发表于 2024年9月11日 22:40 | 分类：转载 | 阅读 167
{BODY}
!l 本文标签：渡口　乡村交通　调研
!l 上一篇：父亲的渡船 ｜ 下一篇：过河记
!l 评论（2）　游客：资料很详细，收藏了
!m 博客首页　RSS订阅　blogsite.cn
""",
        body="""
为摸清农村渡口现状，县交通运输局组成调研组，于8月对全县渡口进行了实地调研。
一、基本情况
全县现有渡口19处，其中公益性渡口15处。各乡镇情况如下：
乡镇　渡口数　渡船数
苇渡镇　6　9
芦汀镇　5　7
上埠乡　8　11
二、存在问题
1.渡船老旧，船龄超过15年的有12艘；
2.渡工老龄化，平均年龄58岁；
3.部分渡口候船设施简陋。
三、建议：逐步推进“渡改桥”，对保留渡口实行船舶更新补助。
县交通运输局调研组
2024年9月6日
""",
    ),
    dict(
        slug="wechat-html-fengnong-letter-reward",
        site="微文镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://wx.jingxiang-wen.com/s/a8dLk2Qo11",
        title="致全镇蜂农的一封信",
        record_title="致全镇蜂农的一封信",
        date="2025-04-02",
        notes="WeChat mirror: account line, reward and 在看 rows, follow prompt glued; the letter speaks of 扫码/关注 as its own content",
        page="""
<html><head><meta charset="utf-8"><title>致全镇蜂农的一封信</title></head><body>
<div class="mirror-top">⟦m 微文镜像站 · 公众号文章存档⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 蜜岭农业服务中心　2025-04-02 17:30　福建⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div>⟦l 喜欢此内容的人还喜欢⟧</div>
<div>⟦a 赞赏作者⟧ ⟦l 分享 收藏 在看 12⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“蜜岭农业服务中心”⟧</div>
<footer>⟦d 本站为公众号文章镜像，内容版权归原作者所有⟧</footer>
</body></html>
""",
        body="""
广大蜂农朋友们：
春季是蜂群繁殖的关键时期，也是农作物喷药的高峰期。为减少蜜蜂中毒损失，镇农业服务中心提醒大家：
一、及时登记蜂场位置，请扫描村委会公示栏上的二维码填写蜂场信息，以便喷药前通知到户。
二、关注天气变化，做好蜂箱防雨防潮。
三、发现蜂群异常死亡，请保留样本并及时报告。⟦a ▲点击上方蓝字关注我们⟧
蜜岭镇农业服务中心
2025年4月2日
""",
    ),
    dict(
        slug="wechat-zhaoxi-speech-text-mirror",
        site="公号存档 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://gzhcd.net/a/zhaoxi-wenlv/20250501.html",
        title="在棹溪古渡文化旅游季启动仪式上的致辞",
        record_title="在棹溪古渡文化旅游季启动仪式上的致辞丨棹溪文旅",
        date="2025-04-30",
        notes="mirror text; speaker line and date under title neutral; 阅读原文/在看 tail",
        page="""
!m 公号存档 | 棹溪文旅
!m 原创　棹溪文旅　2025-05-01 07:58
{T}
棹溪县文化和旅游局局长　孙雅琴
（2025年4月30日）
{BODY}
!a 阅读原文
!l 写留言　　在看　　分享
!m 微信号：zhaoxiwenlv
""",
        body="""
各位来宾、朋友们：
今天，我们在千年古渡口举行棹溪古渡文化旅游季启动仪式。在此，我代表县文化和旅游局，向各位嘉宾表示热烈欢迎！
棹溪因水而兴、因渡而名。今年旅游季将推出古渡夜游、渔歌会、船拳表演等活动18项，持续到10月底。
欢迎朋友们常来棹溪，坐一坐老渡船，听一听渔歌。祝启动仪式圆满成功！
""",
    ),
    dict(
        slug="docshare-html-yanchang-rules-reader",
        site="共享文档台 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.gxwdt.cn/doc/7742015.html",
        title="卤湾盐场盐田作业安全规程",
        record_title="卤湾盐场盐田作业安全规程（可编辑）",
        date=None,
        notes="sharing reader; articles speak of 拍照/打印 as rules; no date (revision stamp not a date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>卤湾盐场盐田作业安全规程（可编辑）-共享文档台</title></head><body>
<div class="top">⟦m 共享文档台⟧ ⟦a 上传文档赚积分⟧ ⟦a 登录⟧</div>
<div class="path">⟦m 文档中心 > 企业管理 > 规章制度⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 贡献者：海风一阵　修订于：3个月前　下载次数：58⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dl">⟦a 下载此文档　所需积分：5⟧ ⟦a 举报⟧</div>
<div class="rel">⟦l 更多相关文档：盐业公司安全生产责任制 / 晒盐工岗位操作规程⟧</div>
<footer>⟦d 共享文档台所有资料均为用户分享，仅供学习交流⟧</footer>
</body></html>
""",
        body="""
第一条　为保障盐田作业人员安全，制定本规程。
第二条　作业人员进入盐田前，应穿戴防滑靴和防晒用品，严禁单人进入深卤池作业。
第三条　发现堤坝渗漏、护坡塌陷的，应拍照记录并立即报告班组长。
第四条　交接班记录应打印后由双方签字，存档备查。
第五条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-duchuan-report-pdf-dot-markers",
        site="资料云集 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://ziliaoyunji.com/d/34018827.html",
        title="渡运站站长2024年度述职报告",
        record_title="渡运站站长2024年度述职报告.pdf",
        date="2025-01-10",
        notes="file-name title; page markers of my own on their own lines; 成文日期 in Chinese numerals",
        pages=dict(fmt="· 第{n}张 ·", every=60, start=2),
        page="""
!m 资料云集 — 找资料，上云集
!m 格式：PDF　　页数：3　　分享时间：2025-02-27
!a 在线预览　|　下载　|　收藏
{T}
{BODY}
!d 温馨提示：本资料为网友分享，仅供参考，如有疑问请联系客服。
!l 相关资料推荐：站长述职报告范文 · 交通系统个人述职
""",
        body="""
一年来，我在局党组领导下，带领全站职工围绕“安全渡运、便民服务”开展工作，现将履职情况报告如下。
一、抓安全。坚持每日开航前检查，全年安全渡运群众38万人次。
二、抓服务。开通学生专渡班次，为沿河三所学校师生提供免费渡运。
三、不足和打算。下一步，我将加快渡船更新，提升候船环境。
报告人：胡承渡
二〇二五年一月十日
""",
        title_in="file-name",
    ),
    dict(
        slug="edu-html-zhenshan-notice-forge-study",
        site="砧山县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhenshan.edu.cn/tzgg/2025/0304/2219.shtml",
        title="关于组织中小学生参观锻造技艺传习所的通知",
        record_title="关于组织中小学生参观锻造技艺传习所的通知-砧山县教育信息网",
        date="2025-03-04",
        notes="old education portal with marquee and font row; 附件 list kept; 回执 to 打印 is the notice's content",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于组织中小学生参观锻造技艺传习所的通知-砧山县教育信息网</title></head>
<body><table width="1000"><tr><td>⟦m 砧山县教育信息网⟧</td><td>⟦m 今天是：2025年3月4日 星期二⟧</td></tr></table>
<marquee>⟦m 热烈祝贺我县在全市中小学生技能大赛中获佳绩！⟧</marquee>
<table><tr><td>⟦m 首页 → 通知公告⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 发布人：教研室　点击：　362次　发布时间：2025-3-4⟧　⟦a 【字体：小 中 大】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<div>⟦l 【相关通知】2025年春季学期研学实践活动安排⟧</div>
<div>⟦m 砧山县教育局主办　技术支持：县电教站　您是本站第 0226801 位访客⟧</div>
</body></html>
""",
        body="""
各中小学：
为传承锻造技艺，增强学生劳动意识，县教育局决定组织中小学生分批参观县锻造技艺传习所。现将有关事项通知如下。
一、时间：3月17日至4月30日，每周二、四下午。
二、要求：各校须提前一周报名，并打印家长回执，由学生带回签字。
三、联系人：县教育局基础教育股 邓晓燕，电话：0768-5309112。
附件：1.参观批次安排表
2.家长回执
砧山县教育局
2025年3月4日
""",
    ),
    dict(
        slug="edu-luting-plan-school-text",
        site="芦汀中心小学 (invented)",
        style="教育门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://ltzx.lutingedu.cn/news/show-1182.html",
        title="芦汀中心小学2025年防溺水安全教育工作方案",
        record_title="【安全教育】芦汀中心小学2025年防溺水安全教育工作方案",
        date="2025-04-21",
        notes="school page; decimal headings; a sentence about 下载 a learning app kept",
        page="""
!m 芦汀中心小学 · 校园网
!m 当前位置：学校首页 > 安全教育 > 正文
!t 【安全教育】芦汀中心小学2025年防溺水安全教育工作方案
!m 作者：政教处　　时间：2025-04-21　　阅读：419
{BODY}
!a 【打印】【关闭】【返回顶部】
!m 地址：芦汀镇学府路2号　邮编：410619
""",
        body="""
1.目标任务
1.1 确保全年学生溺水事故零发生。
1.2 防溺水教育覆盖全体学生和家长。
2.主要措施
2.1 每周开展一次防溺水主题班会，重点提醒学生不私自到渡口、河边玩耍。
2.2 请家长下载“安全教育平台”并完成防溺水专题学习。
2.3 与渡口管理员建立联系，发现学生独自候渡及时告知班主任。
3.工作要求：各班主任要认真落实，政教处每月检查。
""",
    ),
    dict(
        slug="oa-html-yanye-minutes-flow-record",
        site="卤湾盐业协同办公 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.luwan-salt.local/doc/view.do?id=20250314009",
        title="卤湾盐业公司安全生产委员会第一次会议纪要",
        record_title="内部公文-卤湾盐业公司安全生产委员会第一次会议纪要",
        date="2025-03-14",
        notes="intranet document view with 流转记录 and read counts; minutes' 时间/地点/主持/参会 lines kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部公文-卤湾盐业公司安全生产委员会第一次会议纪要</title></head><body>
<div class="sys">⟦m 卤湾盐业协同办公平台 V6.2⟧ ⟦m 当前用户：安全科 郑明⟧ ⟦a 退出⟧</div>
<div class="menu">⟦m 待办 | 已办 | 公文 | 通讯录⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 拟稿：安全科　已阅：57人　未阅：6人⟧</div>
<div class="body">
{BODY}
</div>
<table class="flow"><tr><td>⟦l 流转记录：安全科拟稿 → 分管副总审核 → 总经理签发 → 分发各部门⟧</td></tr></table>
<div>⟦a 打印 | 导出PDF | 转发⟧</div>
<footer>⟦d 内部资料 注意保密⟧</footer>
</body></html>
""",
        body="""
时间：2025年3月12日上午9:00
地点：公司三楼会议室
主持：总经理 许长海
参会：安全生产委员会全体成员
记录：郑明
会议听取了2024年安全生产工作情况汇报，研究部署了2025年安全生产重点工作。会议议定：
一、3月底前完成全部盐田堤坝汛前检查。
二、各工区每月组织一次应急演练。
三、安全生产考核结果与绩效挂钩。
卤湾盐业有限公司办公室
2025年3月14日
""",
    ),
    dict(
        slug="oa-mifeng-notice-text-intranet",
        site="蜜岭蜂业内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://192.168.10.8/portal/notice/detail?id=3318",
        title="关于做好蜂蜜灌装车间夏季卫生管理的通知",
        record_title="关于做好蜂蜜灌装车间夏季卫生管理的通知",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="record gives the date; intranet text with view counts; duty phone in body kept",
        page="""
!m 蜜岭蜂业 企业门户 > 通知公告
{T}
!m 发布部门：品控部　　阅读次数：84　　置顶
{BODY}
!a 【我已阅】　【打印】
!m 版权所有 蜜岭蜂业有限公司 内部网站
""",
        body="""
各车间、各部门：
进入夏季，气温升高，为保证蜂蜜产品质量安全，现就灌装车间卫生管理通知如下。
一、车间每日班前班后各清洁消毒一次，并填写卫生记录。
二、员工进入车间须更衣、洗手、消毒，严禁佩戴饰物。
三、品控部每周抽查一次，结果在内网公示。
品控部值班电话：8021。
品控部
2025年6月3日
""",
    ),
]
