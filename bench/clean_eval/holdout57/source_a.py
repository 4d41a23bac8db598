"""holdout57, part A: a power-supply station, a special-equipment inspection institute, a salt
works, an overload-checking station, a metrology institute and others. Invented text."""

CASES = [
    dict(
        slug="fanwen-dianyun-summary-power-station",
        site="典韵范文网 (invented)", style="范文站", genre="工作总结", kind="summary", form="text",
        source="https://www.dianyun-fw.example.com/zongjie/48213.html",
        title="沣湄县供电所2025年上半年安全生产工作总结",
        record_title="沣湄县供电所2025年上半年安全生产工作总结（精编3篇）_典韵范文网",
        date="2025-07-04",
        page="""
!m 典韵范文网 — 写材料，先来典韵
!m 您在这里：典韵首页 › 总结大全 › 安全生产总结
{T}
!m 整理：小韵　　更新于：2026-02-11　　阅读：3208
!a 一键复制全文　　导出Word（需积分）
{BODY}
!w 材料赶不出来？典韵写手一对一代笔，微信 dianyun_xz88
!l 猜你想找：供电所年度工作总结｜班组安全月活动总结｜电力保供工作汇报
!d 本站范文来源于网友投稿，若涉及权益问题请来信，核实后48小时内撤稿。
""",
        body="""
今年以来，我所坚持“安全第一、预防为主、综合治理”的方针，全所未发生人身伤害和设备损坏事故。
一是严抓作业现场管控。上半年共开展现场作业二百一十四次，到岗到位检查一百零六次，纠正违章行为九起。
二是扎实开展隐患排查。对辖区三十七条10千伏线路逐基巡视，消除树障隐患八十二处。
⟦a 本段已折叠，点击展开⟧
三是强化应急能力建设。组织防汛抢修演练两次，备足抢修物资，确保汛期供电可靠。
下半年，我所将继续深化安全风险管控，全力保障迎峰度夏期间可靠供电。
沣湄县供电所
2025年7月4日
""",
    ),
    dict(
        slug="wenku-qiongzhi-plan-tilde-dot-markers",
        site="琼枝文库 (invented)", style="文库预览", genre="方案", kind="plan", form="text",
        source="https://wk.qiongzhi.example.net/view/7ac1f09e2b.html",
        title="桤川市特种设备检验所电梯安全隐患专项排查工作方案",
        record_title="桤川市特种设备检验所电梯安全隐患专项排查工作方案.docx",
        date="2025-03-18",
        pages=dict(fmt="·{n}/5·", every=110, start=2, glue=False),
        page="""
!m 琼枝文库｜海量文档 在线预览
!a 登录后可免费预览全部 5 页
{T}
!m 上传者：qz_user0731　　文档大小：46.2KB　　下载次数：57
{BODY}
!a 预览已到底，剩下的内容请下载原文查看
!a ￥3.90 购买此文档　　开通畅读卡 全站免费
!d 文档为用户分享，版权归原作者所有；如侵犯您的权益，请提交举报材料。
""",
        body="""
为深入排查全市在用电梯安全隐患，切实保障乘梯人员生命安全，结合我所工作实际，制定本方案。
一、排查范围
全市住宅小区、商场、医院、学校等人员密集场所在用电梯，共计四千六百余台。
二、排查重点
（一）维保单位是否按规定每十五日进行一次清洁、润滑、调整和检查。
（二）电梯应急救援电话是否畅通，困人救援是否在规定时间内到达现场。
（三）使用登记、定期检验标志是否在有效期内并张贴于轿厢显著位置。
三、时间安排
2025年3月下旬至6月底，分动员部署、全面排查、集中整改、总结提升四个阶段进行。
桤川市特种设备检验所
2025年3月18日
""",
    ),
    dict(
        slug="gov-luoshui-notice-html-salt-works",
        site="泺水县人民政府 (invented)", style="政府门户", genre="通知", kind="notice", form="html",
        source="http://www.luoshui.example.gov.cn/zwgk/tzgg/202504/t20250409_30871.html",
        title="关于做好盐场汛前安全检查工作的通知",
        record_title=None,
        date="2025-04-09",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于做好盐场汛前安全检查工作的通知 - 通知公告 - 泺水县人民政府门户网站</title>
<script src="/js/jquery.min.js"></script><link rel="stylesheet" href="/css/main.css">
</head><body>
<div class="topbar">⟦m 泺水县人民政府门户网站⟧ <span>⟦a 无障碍浏览⟧</span> <span>⟦a 长者模式⟧</span></div>
<nav class="mainnav"><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进泺水⟧</li></ul></nav>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<div class="main">
<h1>⟦t 关于做好盐场汛前安全检查工作的通知⟧</h1>
<div class="info">⟦m 发布时间：2025-04-09 16:20　来源：县应急管理局　浏览次数：612⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="content">
<p>泺县应急〔2025〕21号</p>
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="near">⟦l 上一条：县应急管理局关于开展防灾减灾宣传周活动的通知⟧<br>⟦l 下一条：关于2025年第一季度安全生产形势的通报⟧</div>
</div>
<aside><h3>⟦l 热点专题⟧</h3><ul><li>⟦l 优化营商环境在行动⟧</li><li>⟦l 安全生产月⟧</li></ul></aside>
<footer>⟦m 主办：泺水县人民政府办公室　承办：泺水县大数据中心⟧<br>⟦m 网站标识码：3709250007　鲁ICP备05066128号-1⟧</footer>
<script>var _hmt=_hmt||[];</script>
</body></html>
""",
        body="""
各盐业企业、沿海各镇人民政府：
主汛期将至，为防范风暴潮、强降雨对盐田、卤水池和仓储设施造成损害，现就做好汛前安全检查工作通知如下。
一、全面检查盐田堤坝、卤水池围堰和排水闸门，发现渗漏、坍塌等隐患的，于5月10日前整改到位。
二、盐包堆垛高度不得超过规定，库房屋顶、门窗要加固，严防雨水倒灌。
三、各企业要修订防汛应急预案，储备编织袋、水泵等物资，落实二十四小时值班。
联系人：县应急管理局 孙立恒，电话：0543-6217305。
泺水县应急管理局
2025年4月9日
""",
    ),
    dict(
        slug="news-hexi-html-overload-station",
        site="禾西新闻网 (invented)", style="新闻门户", genre="新闻", kind="news", form="html",
        source="https://news.hexi.example.cn/sh/2025-06/12/c_118203.htm",
        title="禾西治超检测站“零点行动”查处超限车辆二十一台",
        record_title="禾西治超检测站“零点行动”查处超限车辆二十一台_禾西新闻网",
        date="2025-06-12",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>禾西治超检测站“零点行动”查处超限车辆二十一台_禾西新闻网</title>
<script type="text/javascript" src="//static.hexi.example.cn/ad.js"></script></head>
<body>
<div id="head">⟦m 禾西新闻网 · 禾西人自己的新闻网站⟧ <a>⟦a 登录⟧</a>｜<a>⟦a 注册⟧</a></div>
<div id="menu">⟦m 时政　社会　民生　文旅　视频　专题⟧</div>
<div id="article">
<h2>⟦t 禾西治超检测站“零点行动”查处超限车辆二十一台⟧</h2>
<p class="src">⟦m 2025-06-12 08:47　来源：禾西日报　记者 葛晓川 通讯员 庞宁⟧</p>
{BODY}
<p class="editor">⟦m 〔编辑：牛佳　校对：陶冉〕⟧</p>
<div class="bar">⟦l 转发　评论(4)　点赞(18)⟧</div>
</div>
<div id="side"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 城东菜市场提升改造完工⟧</li><li>⟦l 夏粮收购首日见闻⟧</li></ol></div>
<div id="foot">⟦d 禾西新闻网版权所有，未经书面授权禁止转载⟧　⟦m 新闻热线：0476-8800110⟧</div>
</body></html>
""",
        body="""
6月11日零时起，禾西治超检测站联合交警、运管部门在国道与省道交汇处开展夜间集中整治，当晚共检测货车一百三十六台，查处超限车辆二十一台。
“夜里超限车辆往往抱着侥幸心理，专挑零点以后上路。”检测站站长伍德明说，检测站实行二十四小时值守，称重数据实时上传监管平台。
⟦m 图为执法人员对一辆货车进行称重检测。摄影 葛晓川⟧
据介绍，今年以来该站累计卸载转运超限货物四千余吨，超限率由去年同期的百分之二点一降至百分之零点六。
""",
    ),
    dict(
        slug="forum-caoyuan-insight-junk-metrology",
        site="草垣论坛 (invented)", style="论坛", genre="心得体会", kind="insight", form="text",
        source="http://bbs.caoyuan.example.com/thread-90314-1-1.html",
        title="参加计量检定员岗位培训心得",
        record_title="[心得] 参加计量检定员岗位培训心得 - 职场杂谈 - 草垣论坛",
        date="2025-09-26", date_also=["2025-09-28"],
        junk=dict(lines=2, glued=2),
        page="""
!m 草垣论坛 › 职场杂谈 › 查看帖子
!l 返回列表　　发新帖
!t [心得] 参加计量检定员岗位培训心得
!m 楼主　量子尺　发表于 2025-09-28 21:14　|　只看该作者　|　倒序浏览
{BODY}
!l 收藏 2　　支持 6　　反对 0
!m 沙发　咸鱼翻身　2 天前
!l 写得实在，学习了
!a 登录后方可回帖
""",
        body="""
9月22日至26日，我参加了市计量测试所举办的计量检定员岗位培训，五天课程安排得很满。
培训内容包括计量法律法规、测量不确定度评定、衡器检定规程和实操考核。
最大的体会是，检定工作来不得半点马虎，一个读数看错，出具的证书就可能误导用户。
实操环节老师带着我们对电子汽车衡做了完整的检定，从外观检查到偏载测试，每一步都要如实记录。
回单位后，我要把学到的规程用到日常工作中，争取年底前独立承担检定任务。
2025年9月26日
""",
    ),
    dict(
        slug="blog-lanjiao-letter-securities",
        site="蓝椒的小屋（博客）(invented)", style="博客", genre="函", kind="letter", form="text",
        source="http://lanjiao.blog.example.com/archives/2025/05/1287.html",
        title="致营业部全体客户的一封信",
        record_title=None,
        date="2025-05-15", date_also=["2025-05-20"],
        page="""
!m 蓝椒的小屋 — 一个证券老兵的碎碎念
!m 首页 / 随笔 / 旧文存档
{T}
!m 发布于 2025年05月20日 | 分类：旧文存档 | 3 条评论
!d 【按】这是我在营业部时替经理起草的一封信，隐去了部分信息，留作纪念。
{BODY}
!l 标签：证券 投资者教育 旧文
!l « 上一篇　聊聊我的第一次路演　|　下一篇　周末去看油菜花 »
!l 发表评论（昵称必填，邮箱不会公开）
""",
        body="""
尊敬的客户朋友：
您好！近期，不法分子冒用我营业部名义，通过短信、社交软件诱导投资者下载所谓“内部交易软件”，造成部分投资者财产损失。
我营业部郑重提醒：本营业部从未通过任何社交群组推荐股票或收取“会员费”，交易软件请仅从公司官方渠道下载。
如遇可疑情况，请拨打营业部客户服务电话0731-8516240核实，或直接向公安机关报案。
感谢您一直以来对我们的信任与支持！
苕水证券芩原路营业部
2025年5月15日
""",
    ),
    dict(
        slug="wechat-mirror-zhehe-speech-rubber",
        site="号文集镜像站 (invented)", style="公众号镜像", genre="讲话稿", kind="speech", form="text",
        source="https://mp.haowenji-mirror.example.cn/s/ZkQ2bW8xTp",
        title="在柘岭橡胶厂职工代表大会上的讲话",
        record_title="在柘岭橡胶厂职工代表大会上的讲话",
        date="2025-02-27",
        page="""
!m 号文集 · 公众号文章存档
!m 原文作者：柘岭橡胶厂工会　　收录时间：2025-03-02
{T}
厂长　阎国栋
（2025年2月27日）
{BODY}
!a 长按识别二维码　关注“柘岭橡胶”
!l 阅读 1.1万　　在看 86　　留言 12
!d 本文仅作存档，著作权归原公众号所有，如需删除请点右上角反馈。
""",
        body="""
各位代表、同志们：
过去一年，全厂上下顶住原材料价格上涨的压力，实现营业收入四亿三千万元，同比增长百分之七。
⟦a 点击上方蓝字关注我们⟧
今年，我们要抓好三件事：一是推进密炼车间自动化改造，二是开拓新能源汽车配套市场，三是把职工收入增长落到实处。
同志们，企业发展靠大家，希望各位代表把会议精神带回车间、带回班组。
""",
    ),
    dict(
        slug="docshare-wenxia-report-html-pages-cotton",
        site="文匣共享 (invented)", style="文档分享", genre="调研报告", kind="report", form="html",
        source="https://www.wenxia.example.com/doc/5521098.html",
        title="关于蕖阳县棉花加工企业经营情况的调研报告",
        record_title="关于蕖阳县棉花加工企业经营情况的调研报告【可编辑】",
        date="2025-11-20",
        pages=dict(fmt="⟨第{n}页⟩", every=120, start=2),
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于蕖阳县棉花加工企业经营情况的调研报告【可编辑】-文匣共享</title>
<style>.pg{color:#999}</style></head><body>
<header>⟦m 文匣共享 · 把好文档分享给需要的人⟧ <a>⟦a 上传文档⟧</a> <a>⟦a 登录/注册⟧</a></header>
<div class="path">⟦m 文匣 / 行业资料 / 农业⟧</div>
<h1>⟦t 关于蕖阳县棉花加工企业经营情况的调研报告【可编辑】⟧</h1>
<div class="meta">⟦m 贡献者：棉田守望　页数：4　格式：DOCX　上传于 2026-01-08⟧</div>
<div class="reader">
{BODY}
</div>
<div class="endbox">⟦a 还剩 1 页未读，继续阅读⟧<br>⟦a 下载文档（5 匣币）⟧ ⟦a 加入文件夹⟧</div>
<div class="rel"><b>⟦l 相似文档⟧</b><ul><li>⟦l 棉花收购加工质量监管工作总结⟧</li><li>⟦l 县域特色产业发展调研⟧</li></ul></div>
<footer>⟦d 文匣共享所有文档均由用户上传，平台仅提供存储空间⟧ ⟦m 客服：400-615-0920⟧</footer>
</body></html>
""",
        body="""
为掌握全县棉花加工企业经营状况，县发展改革局于10月下旬对全县十九家棉花加工企业进行了专题调研。
一、基本情况。全县现有轧花生产线二十六条，年加工能力皮棉六万吨，今年实际加工皮棉三万八千吨。
二、存在的问题。一是设备老化，部分企业仍使用上世纪九十年代的锯齿轧花机；二是融资困难，收购旺季流动资金缺口较大；三是用工季节性强，熟练工人难招。
三、对策建议。建议整合小散企业，推广籽棉清理和异性纤维检测新设备，并协调金融机构开辟收购贷款绿色通道。
蕖阳县发展改革局
2025年11月20日
""",
    ),
    dict(
        slug="edu-tanpu-notice-glass-factory-visit",
        site="棠浦区教育局 (invented)", style="教育门户", genre="通知", kind="notice", form="text",
        source="http://jyj.tanpu.example.gov.cn/tzgg/2025/1014/4471.html",
        title="关于组织中小学生赴玻璃厂开展劳动教育实践活动的通知",
        date="2025-10-14", record_date="2025-10-14",
        page="""
!m 棠浦区教育局　棠浦教育信息网
!m 位置：网站首页 > 通知公告
{T}
!m 时间：2025-10-14　作者：基教科　点击：[ 221 ]
!a 【字号 大 中 小】【我要打印】
{BODY}
!m 棠浦区教育局 版权所有　联系电话：0552-4019920
""",
        body="""
各中小学：
为落实劳动教育课程要求，经与区玻璃厂协商，决定组织部分学生赴该厂开展劳动教育实践活动。现将有关事项通知如下。
1. 时间：2025年10月下旬至11月中旬，每周二、周四下午，每批次不超过四十人。
2. 内容：参观浮法玻璃生产线，了解玻璃制作工艺，在师傅指导下体验简单的玻璃手工制作。
3. 要求：各校须配备带队教师，提前开展安全教育，学生统一穿着校服、不得进入生产禁区。
请各校于10月20日前将报名表报送基教科，联系人：卫晓，电话：0552-4019935。
附件：劳动教育实践活动报名表
棠浦区教育局
2025年10月14日
""",
    ),
    dict(
        slug="oa-lingfeng-minutes-substation",
        site="岭丰供电公司协同办公 (invented)", style="企业内网", genre="会议纪要", kind="minutes", form="text",
        source="http://oa.lingfeng-power.example.local/doc/view?id=220913",
        title="220千伏茆山变电站春检工作协调会会议纪要",
        record_title="220千伏茆山变电站春检工作协调会会议纪要",
        date="2025-03-06", record_date="2025-03-06",
        page="""
!m 岭丰供电公司协同办公平台 v6.2
!m 公文管理 > 已办文件 > 查看
!m 拟稿：运维检修部 周沁　　核稿：何振　　签发：邵一峰
!t 220千伏茆山变电站春检工作协调会会议纪要
{BODY}
!m 办理记录：2025-03-07 09:12 周沁 提交；2025-03-07 10:40 何振 同意
!a 导出PDF　　打印　　返回
!d 内部资料 注意保密 · 严禁截屏外传
""",
        body="""
时间：2025年3月6日上午9:00
地点：公司三楼第二会议室
主持：邵一峰
参会：运维检修部、调度控制中心、安监部、变电运维站有关人员
会议听取了变电运维站关于茆山变电站春检准备情况的汇报，研究了停电计划和安全措施，纪要如下。
一、春检工作定于3月17日至3月28日进行，分两个阶段完成一、二号主变及配套间隔检修。
二、调度控制中心负责编制停电方案，确保检修期间重要用户不停电。
三、安监部派专人驻站督查，严格执行工作票、操作票制度。
""",
    ),
    dict(
        slug="qa-wenbei-answer-weighing-request",
        site="问呗 (invented)", style="问答社区", genre="请示", kind="request", form="text",
        source="https://www.wenbei.example.com/q/3381729",
        title="关于购置移动式轴重检测设备的请示",
        record_title="关于购置移动式轴重检测设备的请示怎么写？求范文",
        date=None,
        page="""
!m 问呗 - 有问题，就问呗
!m 问呗 > 职场 > 公文写作
关于购置移动式轴重检测设备的请示怎么写？求范文
!m 提问者：匿名用户　　2024-11-03
!m 最佳答案　　热心网友 嘉木　　回答于 3年前
{BODY}
!l 有用(41)　　没用(2)　　追问
!l 相关问题：请示和报告的区别？ 购置设备请示范文
!a 我来回答　　举报
""",
        body="""
县交通运输局：
为加强国省干线公路超限超载治理，提高流动检测效率，我站拟购置移动式轴重检测设备两套，现将有关事项请示如下。
一、必要性。我站现有固定检测点一处，难以覆盖绕行车辆较多的乡道路段，配备移动设备后可开展流动检测。
二、经费预算。两套设备预计需要资金×××万元，拟从超限治理专项经费中列支。
妥否，请批示。
××县公路超限检测站
××××年××月××日
""",
    ),
]
