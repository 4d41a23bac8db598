"""holdout58, part C. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="app-xiezuomiao-summary-cold-storage",
        site="写作喵APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiezuomiao.com/s/Kq81ZmT0",
        title="2025年上半年冷库运营部工作总结",
        record_title="2025年上半年冷库运营部工作总结（通用模板可编辑）",
        date="2025-07-04",
        notes="writing-app share page; open-in-app prompts; one-line body; date under signature",
        page="""
!a 打开写作喵APP，查看完整范文
!m 写作喵 · 你的公文小助手
!t 2025年上半年冷库运营部工作总结（通用模板可编辑）
!m 已有 2.3万 人使用此模板　｜　来自：模板广场
{BODY}
!a 一键套用模板　　复制全文需登录
!l 猜你还想写：冷链物流年度计划 / 仓储安全自查报告
!d 写作喵生成与收录内容仅供参考，请核实后使用。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
上半年，冷库运营部围绕“保安全、提效率、降能耗”三项重点，完成了各项工作任务。
一、库容利用率稳步提升。1至6月累计入库冷鲜肉品、速冻食品等2.1万吨，平均库容利用率达到83%，比去年同期提高6个百分点。
二、节能降耗取得成效。完成2号库制冷机组变频改造，单位能耗同比下降9%。
三、安全管理持续加强。组织氨泄漏应急演练2次，开展岗位安全培训156人次，未发生安全生产事故。
下半年，我们将重点推进温控数据平台建设，实现库温实时监测和异常自动报警。
冷库运营部
2025年7月4日
""",
    ),
    dict(
        slug="gkforum-shangan-speech-interview",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.shanganba.com/thread-441902-1-1.html",
        title="在新入职公路养护职工岗前培训班上的发言",
        record_title="【面试素材】在新入职公路养护职工岗前培训班上的发言（高分模板）",
        date=None,
        notes="exam forum; reply-to-see prompt; forum junk lines; a model speech with no date",
        page="""
!m 上岸吧公考论坛 › 面试交流区 › 素材分享
!t 【面试素材】在新入职公路养护职工岗前培训班上的发言（高分模板）
!m 楼主：上岸小分队　积分 3301　发表于 昨天 22:17
!a 本帖隐藏的内容需要回复才可以浏览
{T}
{BODY}
!l 收藏(41)　评分　举报
!l 沙发 逆袭的小路：谢谢楼主，明天面试用得上
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        junk=dict(lines=2, glued=1),
        body="""
各位领导、各位同事：
大家好！我是新入职的养护工小陈。能成为公路养护队伍的一员，我感到非常荣幸。
这几天的培训让我认识到，养护工作不是简单的修修补补，一处坑槽、一块标志牌，都关系着过往司乘的安全。
今后我将虚心向老师傅学习，尽快掌握路面巡查、病害处治和应急抢通等基本技能，做一名让群众放心的养路人。
谢谢大家！
""",
    ),
    dict(
        slug="baike-zhidao-entry-street-lamp-office",
        site="知道百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.zhidaobk.com/item/路灯管理所/88311",
        title="路灯管理所",
        record_title="路灯管理所_知道百科",
        date=None,
        notes="encyclopaedia entry; edit and reference chrome; a list of duties kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>路灯管理所_知道百科</title></head>
<body>
<div class="hd">⟦m 知道百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="entry"><h1>{T}</h1>
<div class="tool">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧ ⟦a 收藏⟧ ⟦m 本词条由“知道百科科普团”参与编辑⟧</div>
{BODY}
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 城市照明管理规定．住房和城乡建设部⟧</li></ol></div>
<div class="stat">⟦m 浏览次数：12306　最近更新：老路灯（9个月前）⟧</div>
</div>
<div class="ft">⟦d 词条内容仅供参考，如您需要解决具体问题，建议咨询相关领域专业人士。⟧ ⟦m ©2025 Zhidaobk⟧</div>
</body></html>
""",
        body="""
路灯管理所，是城市管理部门下属负责城市道路照明设施建设、维护和管理的事业单位，一般称“路灯所”。
主要职责
1.负责城市道路照明设施的日常巡查、维修和养护；
2.负责照明设施的开关灯时间控制和节能管理；
3.受理群众关于路灯不亮、灯杆倾斜等问题的报修。
发展沿革
20世纪80年代起，多数县级城市陆续设立路灯管理机构，近年来逐步推行智慧照明单灯控制系统。
""",
    ),
    dict(
        slug="netdisk-baiyun-folder-pest-plan",
        site="白云网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.baiyunpan.cn/s/1xQ9zEr7Tb",
        title="汐口县2025年夏季灭蚊灭蝇行动方案",
        record_title="汐口县2025年夏季灭蚊灭蝇行动方案.wps",
        date="2025-05-08",
        notes="cloud-drive share page; file-name title; extraction-code chrome; Chinese-numeral date under signature",
        page="""
!m 白云网盘 | 分享无限
!m 汐口县2025年夏季灭蚊灭蝇行动方案.wps　　86.5KB
!m 分享者：p***7　分享时间：2025-05-09 14:02　有效期：永久
!a 提取码：k7dq　　保存到我的网盘　　下载（需开通超级会员）
!a 文档预览（仅显示前3页）
{BODY}
!a 预览到此结束，保存到网盘后可查看全部内容
!d 请勿分享违法违规内容，白云网盘将依法配合处理举报。
""",
        body="""
为有效降低夏季蚊蝇密度，预防登革热等媒介传染病发生，县爱卫会决定在全县开展夏季灭蚊灭蝇行动。
一、时间安排
5月中旬至9月底，分动员部署、集中整治、巩固提升三个阶段。
二、工作措施
（一）清除积水容器，重点清理房前屋后、楼顶天台、建筑工地的积水。
（二）加强垃圾中转站、公共厕所、农贸市场的日常保洁和药物消杀。
三、工作要求
各乡镇每月25日前将工作进展报县爱卫办。
汐口县爱国卫生运动委员会
二〇二五年五月八日
""",
    ),
    dict(
        slug="snapshot-souku-cache-bathhouse-price",
        site="搜酷快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.souku.example/c?m=9f8a2&u=http%3A%2F%2Fwww.fkscj.gov.cn%2Fxxgk%2F0715.html",
        title="关于公共浴室洗浴服务价格的公示",
        record_title="关于公共浴室洗浴服务价格的公示 - 搜酷快照",
        date="2025-07-15",
        notes="search snapshot frame around a county page; two frames of chrome; table rows kept",
        page="""
<html><head><meta charset="utf-8"><title>关于公共浴室洗浴服务价格的公示 - 搜酷快照</title></head>
<body>
<div class="snap">⟦m 这是 http://www.fkscj.gov.cn/xxgk/0715.html 的快照，是网页在2025年8月2日的存档。⟧<br>⟦m 当前页面可能已经更改，请点击访问原网页。⟧ ⟦a 显示纯文本⟧</div>
<hr>
<div class="orig">
<div>⟦m 舫口县市场监督管理局⟧</div>
<div>⟦m 首页 &gt; 信息公开 &gt; 价格监管⟧</div>
<h2>{T}</h2>
<div>⟦m 发布日期：2025-07-15⟧</div>
{BODY}
<div>⟦m 舫口县市场监督管理局 版权所有⟧</div>
</div>
</body></html>
""",
        body="""
根据《舫口县定价目录》，经成本调查和听证，城区公共浴室基本洗浴服务价格调整如下，现予公示：
项目　现行价格　调整后价格
成人淋浴　12元　15元
儿童淋浴（1.2米以下）　6元　8元
六十五周岁以上老人持证享受半价优惠。公示期为7月15日至7月24日。
""",
    ),
    dict(
        slug="print-fangkou-rules-depot-print",
        site="舫口县交通运输局打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://jtj.fangkou.gov.cn/print.asp?id=2316",
        title="舫口县公路养护站机械设备管理办法",
        record_title="舫口县公路养护站机械设备管理办法",
        date="2025-01-15",
        notes="print view: URL and print stamp lines; print stamp is no date; 成文日期 in the document",
        page="""
!m 舫口县交通运输局
!m http://jtj.fangkou.gov.cn/print.asp?id=2316
{T}
{BODY}
!m 打印时间：2025/9/3 15:27:09
!a [打印本页]　[关闭窗口]
!m 第1页 共1页
""",
        body="""
第一条　为加强养护机械设备管理，提高设备完好率和使用效率，制定本办法。
第二条　站内所有机械设备实行“定人、定机、定岗”管理，操作人员须持证上岗。
第三条　设备每日作业前须进行例行检查，发现故障及时报修，不得带病作业。
第四条　本办法自2025年2月1日起施行。
舫口县公路养护站
2025年1月15日
""",
    ),
    dict(
        slug="mail-fwd-wushu-competition-notice",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:forward-20250411@jzwushu.example",
        title="关于举办2025年筠州市传统武术套路锦标赛的通知",
        record_title="Fwd: 关于举办2025年筠州市传统武术套路锦标赛的通知",
        date="2025-04-10",
        notes="forwarded mail; mail headers chrome; the document's own 附件 kept next to the mail's attachment line; date under signature",
        page="""
!m 发件人：筠州市武术协会秘书处 <jzwsxh@example.org>
!m 收件人：各会员单位 <members@jzwushu.example>
!m 发送时间：2025年4月11日(星期五) 上午9:12
!m 主题：Fwd: 关于举办2025年筠州市传统武术套路锦标赛的通知
!m 附件：竞赛规程.docx (48KB)；报名表.xlsx (12KB)
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件由系统自动转发，请勿直接回复。
!m 来自邮箱 mail.jzwushu.example 的用户
""",
        body="""
各会员单位：
为推动全市传统武术事业发展，经研究，定于2025年5月17日至18日举办全市传统武术套路锦标赛。
一、比赛项目：拳术、器械、对练、集体项目。
二、报名截止时间：5月5日。请各单位按要求填写报名表，发送至协会邮箱。
附件：1.竞赛规程
2.报名表
筠州市武术协会
2025年4月10日
""",
    ),
    dict(
        slug="fanwen-haoci-reflection-sanitation-html",
        site="好词范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="reflection",
        form="html",
        source="http://www.haocifw.com/xinde/zhiye/20250618/55302.html",
        title="环卫工人岗位心得体会",
        record_title="环卫工人岗位心得体会（精选5篇）",
        date=None,
        notes="old gb2312 table layout with marquee, visitor counter and 阅读字号 row; numbered variants; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>环卫工人岗位心得体会（精选5篇）_好词范文网</title></head>
<body topmargin="0">
<table width="100%"><tr><td><marquee>⟦m 热烈欢迎访问好词范文网，本站每日更新范文500篇！⟧</marquee></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 好词范文网⟧</td><td>⟦m 首页 | 心得体会 | 工作总结 | 演讲稿 | 讲话稿⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700">
<div>⟦m 当前位置：好词范文网 &gt;&gt; 心得体会 &gt;&gt; 职业心得⟧</div>
<h1>⟦t 环卫工人岗位心得体会（精选5篇）⟧</h1>
<div>⟦a 阅读字号：〖加大〗〖默认〗〖缩小〗⟧</div>
{BODY}
<div>⟦a 本文已折叠4篇，点击展开阅读全文⟧</div>
</td><td width="260">
<div>⟦l 本栏最新：⟧</div><div>⟦l 保安工作心得体会⟧</div><div>⟦l 物业保洁员工作感悟⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您是本站第0089231位访客⟧</td></tr>
<tr><td>⟦d 本站部分范文收集于网络，若有侵犯您的权益，请告知我们处理。⟧</td></tr></table>
</body></html>
""",
        body="""
环卫工人岗位心得体会 篇1
参加环卫工作已经三年了。每天天不亮，我就骑着三轮车来到负责的路段，一扫帚一扫帚地把街道扫干净。
刚开始觉得这份工作又脏又累，后来慢慢发现，早起晨练的老人会跟我打招呼，上学的孩子会说一声“阿姨辛苦了”，心里就暖暖的。
我想，干一行就要爱一行，把自己负责的那条街扫干净，就是对这座城市最好的回报。
""",
    ),
    dict(
        slug="wenku-duwen-speech-bathhouse-assoc",
        site="读文文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.duwenku.com/doc/7702315.html",
        title="在县沐浴行业协会成立大会上的讲话",
        record_title="在县沐浴行业协会成立大会上的讲话",
        date="2024-09-26",
        notes="文库 preview reader; page markers between halves of a cut paragraph; date under the speech title",
        page="""
<html><head><meta charset="utf-8"><title>在县沐浴行业协会成立大会上的讲话 - 读文文库</title></head>
<body>
<div class="top">⟦m 读文文库⟧ ⟦a 开通VIP 全站文档免费下⟧</div>
<div class="docbar">⟦m 文档分类：行业资料⟧ ⟦m 共5页 · 3.9星 · 216人已阅读⟧</div>
<h1>{T}</h1>
<p>（2024年9月26日）</p>
<div class="pages">
{BODY}
</div>
<div class="more">⟦a 剩余3页未读，查看更多⟧ ⟦a 下载文档（VIP免费）⟧</div>
<div class="tui">⟦l 为您推荐：洗浴场所卫生管理规范　行业协会章程范本⟧</div>
<div class="ft">⟦d 文档内容由用户上传，读文文库不承担由此引起的法律责任。⟧</div>
</body></html>
""",
        pages=dict(fmt="—第{n}页—", every=140, start=2),
        body="""
各位会员代表，同志们：
今天，县沐浴行业协会正式成立了。我代表县商务局，向协会的成立表示热烈祝贺！
沐浴行业是与群众生活密切相关的服务业。全县现有浴室、足浴、洗浴中心等经营场所63家，从业人员近900人。过去行业缺少统一的组织，价格不透明、卫生标准不一等问题时有发生。
协会成立后，要在行业自律、标准制定、技能培训、维护会员合法权益等方面发挥作用，做政府和企业之间的桥梁。
希望协会第一届理事会团结带领广大会员，把协会办成会员之家，让群众洗得放心、洗得舒心。
""",
    ),
    dict(
        slug="gov-yuanhe-reply-cold-chain",
        site="椿原县人民政府网 (invented)",
        style="政府门户",
        genre="答复",
        kind="reply",
        form="text",
        source="http://www.chunyuan.gov.cn/hdjl/xxly/202509/t20250912_6630.html",
        title="关于加快建设县级农产品冷链集配中心建议的答复",
        record_title=None,
        date="2025-09-10",
        notes="no record title; the document number neutral; 抄送 kept; date under signature; a meta line glued to a body line",
        page="""
!m 椿原县人民政府
!m 首页 ＞ 互动交流 ＞ 建议提案办理
{T}
!m 发布时间：2025-09-12 16:20　信息来源：县商务局
椿商建复〔2025〕7号
{BODY}
!l 【我要纠错】【分享】
!m 椿原县人民政府办公室主办　网站标识码3607290008
""",
        body="""
季少华代表：
您提出的关于加快建设县级农产品冷链集配中心的建议收悉。经认真研究，现答复如下：
一、目前我县已纳入省级冷链物流骨干网络建设规划，县农产品冷链集配中心项目选址于椿原经济开发区，规划建设冷库容量1.5万吨。⟦m （来源：县商务局）⟧
二、项目计划于2026年上半年开工建设，资金采用专项债券与社会资本合作方式筹措。
感谢您对我县商贸流通工作的关心和支持。
椿原县商务局
2025年9月10日
抄送：县人大常委会人代工委，县政府督查室。
""",
    ),
    dict(
        slug="news-xikou-tv-dragonboat",
        site="汐口融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xikourm.cn/xw/bd/2025-06/01/c_44812.html",
        title="汐口龙舟赛落幕 舫口镇代表队夺冠",
        record_title="汐口龙舟赛落幕 舫口镇代表队夺冠",
        record_date="2025-06-01",
        date="2025-06-01",
        notes="news portal modern template; record title and date; related news list and editor line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>汐口龙舟赛落幕 舫口镇代表队夺冠-汐口融媒</title></head>
<body>
<header><div>⟦m 汐口融媒⟧</div><nav>⟦m 要闻⟧ ⟦m 本地⟧ ⟦m 视频⟧ ⟦m 专题⟧ ⟦m 问政⟧</nav></header>
<main><h1>{T}</h1>
<div class="by">⟦m 2025-06-01 19:46:12　汐口融媒记者：包一帆　通讯员：骆明⟧</div>
<div class="tools">⟦a 听新闻⟧ ⟦a 分享⟧ ⟦a A-⟧ ⟦a A+⟧</div>
{BODY}
<p class="edit">⟦m 【编辑：黎清　二审：马川　三审：章一】⟧</p>
<div class="rel"><h4>⟦l 相关新闻⟧</h4><ul><li>⟦l 龙舟下水 端午将至⟧</li><li>⟦l 舫口镇龙舟队备战记⟧</li></ul></div></main>
<footer>⟦m 汐口县融媒体中心 版权所有　新闻热线：0596-6210000⟧</footer>
</body></html>
""",
        body="""
6月1日，2025年汐口县端午龙舟赛在汐江城区段举行，来自全县各乡镇的14支代表队参赛。
经过预赛、半决赛和决赛三轮角逐，舫口镇代表队以2分11秒的成绩夺得500米直道竞速冠军。
比赛吸引了两万余名市民和游客到场观看。
""",
    ),
    dict(
        slug="forum-yizhan-teahouse-rules-post",
        site="驿站茶话论坛 (invented)",
        style="论坛",
        genre="公约",
        kind="rules",
        form="text",
        source="http://www.yizhanchahua.com/viewthread.php?tid=18832",
        title="城南老茶馆茶客文明公约",
        record_title="城南老茶馆茶客文明公约",
        date="2025-02-14",
        notes="Discuz-like forum; jammer junk lines and glued; 打印 spoken of in the document; date under signature",
        page="""
!m 驿站茶话论坛 » 茶馆故事 » 城南老茶馆茶客文明公约
!m 发表于 2025-2-15 10:03　|　查看: 412　|　回复: 9
{T}
{BODY}
!l 回复　引用　评分　举报
!l 1# 盖碗张：贴在柜台边上了
!m 驿站茶话论坛 - Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=1),
        indent="\u3000\u3000",
        body="""
茶客朋友们：
老茶馆开了三十多年，靠的是大家捧场。为了让每一位茶客喝得舒坦，大家商量定下这几条公约：
一、说话轻声，打牌下棋不吵嚷，不影响邻桌。
二、馆内不吸烟，吸烟请到后院。
三、自带茶叶收取水位费，茶具用后请放回原处。
四、本公约打印后贴在每张茶桌上，请大家互相提醒。
城南老茶馆茶客会
2025年2月14日
""",
    ),
]
