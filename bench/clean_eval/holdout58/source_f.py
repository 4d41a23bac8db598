"""holdout58, part F. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="print-tanwan-html-bathhouse-hygiene",
        site="檀湾县卫生健康局 打印视图 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://wjj.tanwan.gov.cn/print.jsp?docid=55821",
        title="关于开展公共浴室卫生专项检查的通知",
        record_title="关于开展公共浴室卫生专项检查的通知",
        date="2025-08-11",
        notes="print view HTML: print button, URL, print stamp; document number neutral; 抄送/印发 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于开展公共浴室卫生专项检查的通知</title>
<script>function doPrint(){window.print();}</script></head>
<body onload="">
<div class="noprint">⟦a 〖打印正文〗⟧ ⟦a 〖关闭〗⟧</div>
<div>⟦m 檀湾县卫生健康局⟧</div>
<h2>{T}</h2>
<p>檀卫发〔2025〕22号</p>
{BODY}
<div class="u">⟦m 本文地址：http://wjj.tanwan.gov.cn/art/2025/8/11/art_55821.html⟧</div>
<div class="u">⟦m 打印日期：2025年9月02日⟧</div>
</body></html>
""",
        body="""
各乡镇卫生院，县卫生监督所：
为保障群众洗浴卫生安全，县卫健局决定于8月15日至9月15日对全县公共浴室开展卫生专项检查。
一、检查内容：卫生许可证、从业人员健康合格证明、池水水质、拖鞋和毛巾消毒情况。
二、对检查中发现的问题，责令限期整改；拒不整改的依法查处。
檀湾县卫生健康局
2025年8月11日
抄送：县市场监管局。
檀湾县卫生健康局办公室　2025年8月11日印发
""",
    ),
    dict(
        slug="mail-fwd-cold-chain-meeting-minutes",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="mailto:fw-0619@chunyuan-coldchain.example",
        title="冷链集配中心项目推进第三次协调会纪要",
        record_title="转发：冷链集配中心项目推进第三次协调会纪要",
        date="2025-06-18",
        notes="forwarded mail with quoted header and signature block; minutes' 时间/地点/主持/参会 lines kept",
        page="""
!m 发件人: 县商务局流通科 <ltk@cysw.example.gov.cn>
!m 日期: 2025年6月19日 周四 10:41
!m 收件人: 项目专班成员
!m 主题: 转发：冷链集配中心项目推进第三次协调会纪要
!m 各位好，纪要转给大家，请按分工抓紧落实。
!m > ----- 原始邮件 -----
{T}
{BODY}
!w 县商务局流通科　屈晨　办公电话 0795-7700315
!d 保密提示：本邮件及其附件仅供指定收件人使用。
""",
        body="""
时间：2025年6月18日下午3:00
地点：县政府第三会议室
主持：副县长 阚立新
参会：县商务局、自然资源局、住建局、椿原经济开发区管委会负责同志
会议议定：
一、项目用地红线于6月底前完成调整，由县自然资源局负责。
二、施工图审查工作7月15日前完成，由县住建局负责。
三、开发区管委会负责协调供电、供水接入。
""",
    ),
    dict(
        slug="gov-fangkou-html-old-table-pest",
        site="舫口县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fangkou.gov.cn/News_View.asp?NewsID=9912",
        title="舫口县关于开展春季灭鼠活动的通知",
        record_title="舫口县关于开展春季灭鼠活动的通知",
        date="2025-03-18",
        notes="old ASP table layout county portal with marquee, [ 字体 ] row, visitor counter; document number neutral; date under signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>舫口县人民政府欢迎您</title></head>
<body>
<table width="778" align="center"><tr><td>⟦m 舫口县人民政府⟧</td></tr>
<tr><td><marquee scrollamount="3">⟦m 认真贯彻落实县委经济工作会议精神，奋力开创舫口高质量发展新局面！⟧</marquee></td></tr></table>
<table width="778" align="center"><tr><td>⟦m 首页⟧</td><td>⟦m 政务公开⟧</td><td>⟦m 网上办事⟧</td><td>⟦m 县长信箱⟧</td></tr></table>
<table width="778" align="center"><tr><td>
<div align="center"><font size="4"><b>{T}</b></font></div>
<div align="center">⟦m 发布时间：2025-3-19 9:02:17　发布人：admin　阅读：[331]次⟧</div>
<div align="center">⟦a [ 字体：放大 正常 缩小 ]⟧</div>
<div align="center">舫爱卫〔2025〕3号</div>
{BODY}
</td></tr></table>
<table width="778" align="center"><tr><td>⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr></table>
<table width="778" align="center"><tr><td>⟦m 舫口县人民政府办公室　您是第 0312071 位访问者⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇人民政府，县直各单位：
为降低鼠密度，预防鼠传疾病，县爱卫会决定于3月下旬至4月中旬在全县开展春季灭鼠活动。
一、统一投药时间为3月25日至3月31日，城区由县环卫所负责，农村由各乡镇负责。
二、投放毒饵须使用毒饵盒或毒饵站，严禁随意撒放，防止人畜误食。
三、各单位于4月20日前将活动总结报县爱卫办。
舫口县爱国卫生运动委员会
2025年3月18日
""",
    ),
    dict(
        slug="fanwen-gongwenba-report-streetlight",
        site="公文吧 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.gongwen8.net/shuzhi/2025/1231/77105.html",
        title="路灯管理所所长2025年度述职报告",
        record_title="路灯管理所所长2025年度述职报告【精编】",
        date="2025-12-26",
        notes="范文 site with page markers in a form of our own on lines of their own; contact prompt glued after a 。; date under signature",
        page="""
!m 公文吧 — 机关写作好帮手
!m 当前：公文吧 » 述职报告 » 个人述职
!t 路灯管理所所长2025年度述职报告【精编】
!m 文章编号：GW77105　字数：约900字　收录时间：2025-12-31
!a ▶ 复制本文　▶ 下载DOC　▶ 纠错
{BODY}
!a 温馨提示：完整版共2页，开通年卡可无限下载
!l 同类范文：城管局副局长述职报告 | 环卫所所长述职述廉报告
!m 公文吧 gongwen8.net 浙ICP备21011350号
""",
        indent="\u3000\u3000",
        pages=dict(fmt="·第{n}段·", every=130, start=2, glue=False),
        body="""
尊敬的各位领导、同志们：
2025年，我担任县路灯管理所所长，在局党组的领导下，带领全所职工圆满完成了城区照明保障任务。现将履职情况报告如下。
一、主要工作
全年新建和改造路灯1360盏，维修故障路灯4100余次，城区主干道亮灯率保持在98%以上。完成春节、国庆等重大节日亮化保障任务。⟦w 写材料没思路？私信站长微信 gw8_help⟧
二、存在的不足
一是老城区线路老化问题还没有根本解决；二是智慧照明平台应用还不够深入。
三、下一步打算
争取专项资金，分批改造老城区地埋线缆，力争三年内全部完成。
述职人：龙海波
2025年12月26日
""",
    ),
    dict(
        slug="wenku-zhiwen-wrapped-wushu-plan",
        site="知文文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhiwenku.com/d/4417720.html",
        title="2025年全民健身武术进社区活动方案",
        record_title="2025年全民健身武术进社区活动方案 - 知文文库",
        date=None,
        notes="wrapped preview text with glued page markers; mixed layout; no date (year in title only)",
        page="""
!m 知文文库 | 让知识流动
!t 2025年全民健身武术进社区活动方案
!m 贡献者：武韵流长　　2025-03-02上传　　阅读量 680
{BODY}
!a 试读结束，余下内容请下载后阅读
!a 下载券：2　　收藏　　举报
!d 本文档为用户上传，知文文库对内容不承担法律责任。
""",
        wrap=60,
        pages=dict(fmt="【P{n}】", every=140, start=2, glue="mix"),
        body="""
为丰富群众业余生活，推广传统武术，市武术协会联合各街道开展武术进社区活动。
一、活动内容：每个社区组建一支太极拳或八段锦健身队，由协会派出社会体育指导员每周指导两次。
二、活动安排：4月至5月为组队培训阶段，6月至9月为常态化练习阶段，10月举办社区武术展演。
三、保障措施：各街道提供活动场地，协会负责教练员调配和技术指导，确保活动有序开展。
""",
    ),
    dict(
        slug="news-tangyi-oneline-abattoir",
        site="棠邑在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tangyionline.com/html/2025/xw_0528/4410.html",
        title="棠邑生猪屠宰厂完成冷链化改造",
        record_title="棠邑生猪屠宰厂完成冷链化改造",
        date="2025-05-28",
        notes="news text page; body on one line; byline date; editor and recommendation lines",
        page="""
!m 棠邑在线　本地新闻第一站
!m 首页 > 本地新闻 > 经济
{T}
!m 2025年05月28日 16:30　棠邑在线　作者：苗青
{BODY}
!m 责任编辑：文丽
!l 推荐阅读：棠邑县生猪出栏量同比增长7% | 县农贸市场冷鲜肉柜台改造完成
""",
        oneline=True,
        indent="　　",
        body="""
近日，棠邑县定点屠宰厂完成冷链化改造，新建预冷间2间、冷藏库600立方米，新增冷藏运输车4台。
改造完成后，该厂屠宰的生猪可实现从屠宰、排酸、冷藏到配送全程冷链，县城冷鲜肉供应比例有望从四成提高到七成以上。
""",
    ),
    dict(
        slug="wxmirror-text-go-club-recap",
        site="号外文摘 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://haowaiwz.com/a/20250421/tanwan-weiqi",
        title="“榕畈杯”围棋赛收官，少年棋手包揽前三",
        record_title="“榕畈杯”围棋赛收官，少年棋手包揽前三",
        date="2025-04-20",
        notes="WeChat text mirror with origin and location line; 在看/留言 chrome; date in the body lead only (no year) so the mirror's date",
        page="""
!m 号外文摘 · 转载自公众号「榕畈体育」
!m 榕畈体育　2025年04月20日 21:08　广东
{T}
!t “榕畈杯”围棋赛收官，少年棋手包揽前三
{BODY}
!m 文字：体育局宣传组　图片：周帆　编辑：小榕
!a 点个“在看”，为小棋手们加油！
!l 留言　精选留言 3 条
""",
        body="""
4月20日，第七届“榕畈杯”业余围棋公开赛在县全民健身中心落幕。
经过两天七轮激战，年仅12岁的少年棋手祁安以全胜战绩夺得成年组冠军，另两位少年棋手分获二、三名。
本届比赛共有来自5个县市的186名棋手参赛，参赛人数创历届新高。
""",
    ),
    dict(
        slug="forum-liangzhou-bus-complaint-reply",
        site="苕阳城事论坛 (invented)",
        style="论坛",
        genre="答复",
        kind="reply",
        form="text",
        source="http://bbs.shaoyangcity.com/t/66231.html",
        title="关于网友反映12路公交班次不准点问题的回复",
        record_title="【官方回复】关于网友反映12路公交班次不准点问题的回复",
        date="2025-08-29",
        notes="forum thread with an official reply; moderator lines; junk glued; date under signature",
        page="""
!m 苕阳城事论坛 » 问政苕阳 » 回复公开
!m 主题：【官方回复】关于网友反映12路公交班次不准点问题的回复
!m 版主 问政小苕 置顶 | 回复：6 | 查看：1021
{T}
{BODY}
!l 网友“等车等到天黑”：回复得挺快，希望说到做到
!a 快速回复　登录后可以回复哦
!m 苕阳城事论坛　Powered by 城事社区系统
""",
        junk=dict(lines=1, glued=1),
        body="""
网友“等车等到天黑”：
您反映的12路公交班次不准点问题收悉。经核查，近期该线路途经的文化路施工，车辆绕行导致发车间隔拉长。
我司已于8月27日起为12路线路增配车辆2台，高峰期发车间隔由15分钟缩短至10分钟，并在电子站牌实时显示车辆到站信息。
感谢您的监督。
苕阳县公交集团客服中心
2025年8月29日
""",
    ),
    dict(
        slug="qa-text-wushu-instructor-cert",
        site="百问通 (invented)",
        style="问答社区",
        genre="说明",
        kind="answer",
        form="text",
        source="https://www.baiwentong.com/q/88120337.html",
        title="武术社会体育指导员证书怎么考",
        record_title="武术社会体育指导员证书怎么考？",
        title_also=["武术社会体育指导员证书怎么考？"],
        date=None,
        notes="Q&A text; accepted answer; steps list kept; relative times; no date",
        page="""
!m 百问通 > 体育运动 > 武术
!t 武术社会体育指导员证书怎么考？
!m 匿名用户　提问于 2024-11-30 · 3个回答
!m 已采纳　答主：武协老秘书
{BODY}
!l 👍 有帮助 42　　💬 评论 5
!l 其他回答：可以问问当地体育局……
!a 打开百问通APP，看更多回答
""",
        body="""
社会体育指导员分为三级、二级、一级和国家级，一般从三级开始考。
1.向所在县区的体育局或武术协会报名，一般要求年满18周岁，有一定武术基础。
2.参加不少于40学时的培训，内容包括理论和技术两部分。
3.考核合格后，由体育行政部门颁发证书。
每个地方每年开班时间不同，建议直接打电话问当地体育局。
""",
    ),
    dict(
        slug="fanwen-html-modern-summary-bus",
        site="妙笔公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.miaobigw.com/zongjie/qiye/8813.html",
        title="公交公司2025年上半年工作总结",
        record_title="公交公司2025年上半年工作总结（通用3篇）",
        date=None,
        notes="modern 范文 template with sticky share bar and contact box; no date; a chrome paragraph between body paragraphs",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>公交公司2025年上半年工作总结（通用3篇）- 妙笔公文网</title></head>
<body>
<header>⟦m 妙笔公文网⟧ <nav>⟦m 总结⟧ ⟦m 计划⟧ ⟦m 讲话⟧ ⟦m 心得⟧</nav></header>
<div class="bc">⟦m 妙笔公文网 / 工作总结 / 企业总结⟧</div>
<h1>⟦t 公交公司2025年上半年工作总结（通用3篇）⟧</h1>
<div class="meta">⟦m 时间：2个月前　字数：1024　热度：888⟧</div>
<div class="body">
{BODY}
</div>
<div class="sticky">⟦l 分享到 微信 | QQ | 微博 | 复制链接⟧</div>
<div class="kefu">⟦w 原创代写 不满意不收费 QQ：3108861207⟧</div>
<footer>⟦m © 妙笔公文网 miaobigw.com⟧</footer>
</body></html>
""",
        body="""
今年上半年，公司紧紧围绕“安全运营、优质服务”主线，各项工作平稳推进。
一、运营方面，共开行班次18.6万次，运送乘客1020万人次，同比增长4%。
⟦a 本篇为VIP范文，成为会员即可复制⟧
二、服务方面，新开通定制公交线路3条，乘客满意度测评达到95.3分。
三、安全方面，开展驾驶员安全培训12期，未发生有责伤亡事故。
""",
    ),
    dict(
        slug="gov-text-xikou-policy-gas-station",
        site="汐口县商务局 (invented)",
        style="政府门户",
        genre="政策解读",
        kind="interpretation",
        form="text",
        source="http://swj.xikou.gov.cn/zcjd/2025/1015/2201.html",
        title="《汐口县成品油零售网点布局规划》政策解读",
        record_title="《汐口县成品油零售网点布局规划》政策解读",
        record_date="2025-10-15",
        date="2025-10-15",
        notes="policy interpretation Q&A; record date; font-size row glued to the first line",
        page="""
!m 汐口县商务局
!m 首页 » 政策文件 » 政策解读
{T}
!m 信息来源：县商务局　发布日期：2025-10-15　访问量：97
{BODY}
!l 相关文件：汐口县成品油零售网点布局规划（2025—2030年）
!m 汐口县商务局主办　电话：0596-6011025
""",
        body="""
⟦a 字号：【大】【中】【小】⟧一、为什么要编制这个规划？
近年来我县城区扩展和新能源汽车快速发展，加油站布局不均衡问题日益突出，需要统筹规划。
二、规划的主要内容是什么？
规划到2030年全县加油站总数控制在46座以内，新建站点优先布局在国省道沿线和新城区，鼓励现有加油站建设充电设施，向综合能源站转型。
三、规划何时实施？
规划自印发之日起实施。
""",
    ),
    dict(
        slug="localforum-junzhou-dragonboat-volunteers",
        site="筠州家园论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jzjiayuan.com/forum/t-22018.html",
        title="关于招募端午龙舟赛志愿者的通知",
        record_title="端午龙舟赛招志愿者啦，管饭发T恤！",
        date="2025-05-12",
        notes="local forum with casual post title (decorated record title); signature and Chinese-numeral date; forum junk lines",
        page="""
!m 筠州家园论坛 → 志愿公益 → 帖子详情
!m 端午龙舟赛招志愿者啦，管饭发T恤！
!m 楼主 团市委志愿者之家　2025-05-13　浏览 2207
{T}
{BODY}
!l 评论(18)　收藏　分享
!l 热帖：筠州哪家早餐店最好吃 | 周末去哪里骑行
!d 论坛帖子仅代表网友个人观点，与本站立场无关。
""",
        junk=dict(lines=2, glued=0),
        body="""
为保障2025年筠州市端午龙舟赛顺利举行，现面向社会招募赛会志愿者80名。
一、服务时间：5月30日至5月31日。
二、服务内容：观众引导、秩序维护、医疗点协助、垃圾清理。
三、报名条件：年满18周岁，身体健康，能全程参加服务。
报名方式：登录志愿服务平台搜索“龙舟赛”报名，报名截止至5月25日。
共青团筠州市委员会
二〇二五年五月十二日
""",
    ),
]
