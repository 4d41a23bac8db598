"""holdout182, part a: ashtrays (烟灰缸) — tobacco-control, factory, hotel, street-furniture and
household pages. Everything invented (counties 粳川, 糯溪, 粲原 …, people, sites, URLs, chrome)."""

CASES = [
    dict(
        slug="portal-jingchuan-aiweiban-ashtray-removal",
        site="粳川县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jingchuan.example.gov.cn/zwgk/tzgg/202504/t20250414_88213.html",
        title="粳川县爱国卫生运动委员会办公室关于撤除室内公共场所烟灰缸的通知",
        record_title="粳川县爱国卫生运动委员会办公室关于撤除室内公共场所烟灰缸的通知_通知公告_粳川县人民政府网",
        date="2025-04-11",
        date_also=["2025-04-14"],
        notes="county portal: 适老 links, 索引号 table, 纠错 line vs the document's own 联系人/电话; 成文日期 differs from the 发布时间",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>粳川县爱国卫生运动委员会办公室关于撤除室内公共场所烟灰缸的通知_通知公告_粳川县人民政府网</title>
<script>var _hmt=_hmt||[];(function(){var s=document.createElement("script");s.src="/js/tj.js";})();</script></head><body>
<div class="topbar">⟦a 长者模式｜读屏专用｜简体/繁體⟧ ⟦a 登录个人中心⟧</div>
<div class="logo">⟦m 粳川县人民政府网　粳香千里 川流不息⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进粳川⟧</li><li>⟦m 政府信息公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您现在所在的位置：首页 ›› 政府信息公开 ›› 通知公告⟧</div>
<table class="syh"><tr><td>⟦m 索引号：11520321MB0X77421K/2025-00391⟧</td><td>⟦m 发文机构：县爱卫办⟧</td></tr>
<tr><td>⟦m 主题分类：卫生、体育⟧</td><td>⟦m 发布时间：2025-04-14⟧</td></tr></table>
<h2 class="tit">{T}</h2>
<p class="wh">粳爱卫办〔2025〕6号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】　【关闭窗口】　【加入收藏】⟧</div>
<div class="xgwz"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 粳川县控制吸烟工作三年行动计划（2024—2026年）⟧</li><li>⟦l 关于开展无烟党政机关复核的通知⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：粳川县人民政府办公室　承办：县大数据服务中心⟧</p><p>⟦m 网站纠错电话：0878-6120011（工作日）⟧</p><p>⟦m 黔ICP备12004418号-2　黔公网安备 52032102000187号　网站标识码5203210019⟧</p></div>
<script>document.querySelector('.tools').onclick=function(){window.print();};</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直各单位，各公共场所经营管理单位：
为巩固国家卫生县城创建成果，推进无烟环境建设，经研究，决定于2025年4月20日至5月31日在全县开展室内公共场所烟灰缸撤除行动。现将有关事项通知如下。
一、撤除范围。党政机关办公楼、医疗卫生机构、学校、体育场馆、商场超市、宾馆酒店大堂、网吧等室内公共场所，一律撤除烟灰缸及各类吸烟器具。
二、设置规范。确需设置吸烟点的，应设在室外通风处，距建筑出入口不少于5米，配置带灭烟功能的立式烟灰柱，并张贴引导标识。
三、工作要求。各单位要于5月31日前完成自查，县爱卫办将会同县卫生健康局、县市场监管局组织暗访，结果纳入年度卫生单位考评。
联系人：杨晓彤，电话：0878-6123340。
粳川县爱国卫生运动委员会办公室
2025年4月11日
""",
    ),
    dict(
        slug="intranet-nuoxi-glass-works-smoking-point-minutes",
        site="糯溪玻璃制品有限公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.nuoxiglass.example.cn/doc/view?id=20250306-0442",
        title="关于厂区吸烟点及烟灰缸管理的专题会议纪要",
        record_title="关于厂区吸烟点及烟灰缸管理的专题会议纪要",
        date="2025-03-06",
        notes="intranet: document view with 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines kept; a reading-watermark glued after a sentence",
        indent="\u3000\u3000",
        page="""
!m 糯溪玻璃 · 协同办公平台
!m 公文管理 / 会议纪要 / 查看
!a 返回列表　打印　导出PDF　转发
{T}
!m 拟稿：安环部 郁海林　签发：副总经理 胡振川　阅读 173 次
{BODY}
!m 流转记录：安环部拟稿（03-06 16:02）→ 办公室核稿（03-06 17:10）→ 分管领导签发（03-07 08:45）
!m 已阅：生产一部、生产二部、仓储物流部、行政后勤部
!d 内部资料　严禁外传
""",
        body="""
时间：2025年3月6日14:30
地点：办公楼三楼第二会议室
主持：胡振川
参会：安环部、生产一部、生产二部、仓储物流部、行政后勤部负责人
记录：郁海林
会议听取了安环部关于春节后厂区烟头隐患排查情况的汇报，研究了吸烟点设置和烟灰缸管理办法，纪要如下。⟦m 水印：内部资料 郁海林 0306⟧
一、原料库、退火车间、成品仓库周边30米内严禁吸烟，现有的6处临时烟灰缸于3月10日前全部撤除。
二、厂区只保留东门岗亭外、食堂北侧两处吸烟点，由行政后勤部配置不锈钢防风烟灰缸和灭火沙桶，每班清理两次。
三、安环部每周抽查一次，发现在吸烟点以外吸烟的，按厂规第十七条处理，并通报所在班组。
""",
    ),
    dict(
        slug="news-canyuan-crystal-ashtray-export",
        site="粲原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.canyuan.example.com.cn/jj/2025-05/19/c_301877.html",
        title="粲原水晶烟灰缸转型做香薰托盘 订单排到八月",
        record_title=None,
        date="2025-05-19",
        record_date="2025-05-19",
        notes="news portal: no record title (h1), ad slot, photo caption between paragraphs, editor line glued after the last paragraph, a 'more' list",
        page="""
<html><head><meta charset="utf-8"><title>粲原水晶烟灰缸转型做香薰托盘 订单排到八月-粲原新闻网</title>
<link rel="stylesheet" href="/css/article.css"></head><body>
<header><div class="brand">⟦m 粲原新闻网⟧</div><nav>⟦m 要闻 | 经济 | 民生 | 文旅 | 视频 | 专题⟧</nav></header>
<div class="adslot">⟦a 广告位招租 0871-3377208⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2025-05-19 09:12　来源：粲原日报　记者 宋一鸣⟧ ⟦a 字号 A+ A-⟧</div>
{BODY}
</article>
<aside><h3>⟦l 更多经济新闻⟧</h3><ul><li>⟦l 粲原工业园新增两条光伏玻璃生产线⟧</li><li>⟦l 县农商行推出“技改贷”⟧</li></ul></aside>
<footer><p>⟦d 本网原创稿件，转载请注明出处。违法和不良信息举报电话：0871-3377100⟧</p><p>⟦m 滇ICP备09012276号⟧</p></footer>
</body></html>
""",
        body="""
在粲原县晶石工业园，明辉水晶工艺厂的切割车间里，工人们正在给一批八角形香薰托盘抛光。
这家厂过去主要生产水晶烟灰缸，鼎盛时年出口近百万只。近年来海外订单明显减少，厂里把模具重新开发，改做香薰托盘、首饰碟和文具收纳盒。
⟦m 图为工人在检验香薰托盘。 宋一鸣 摄⟧
“同样的料、同样的工艺，换个用途就打开了市场。”厂长罗建华说，今年一季度新品销售额占到全厂的六成，订单已排到八月。
县工信局相关负责人介绍，全县现有水晶工艺企业41家，去年以来已有17家完成产品转型。⟦m （责任编辑：邵佳）⟧
""",
    ),
    dict(
        slug="forum-xianpu-balcony-ashtray-butts-junk",
        site="籼浦家园论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="https://bbs.xianpujy.example.com/thread-77120-1-1.html",
        title="楼上阳台的烟灰缸老往下掉烟头，怎么沟通好？",
        record_title="楼上阳台的烟灰缸老往下掉烟头，怎么沟通好？ - 邻里互助 - 籼浦家园论坛",
        date=None,
        notes="forum thread with junk lines and glued junk; relative times only (no date); floor number, signature, reply box",
        junk=dict(lines=1, glued=3),
        page="""
!m 籼浦家园论坛 › 邻里互助 › 查看帖子
!m 查看: 2184 | 回复: 36
{T}
!m 楼主　风吹麦浪0719　发表于 3 天前　只看该作者
{BODY}
!l 签名：家和万事兴，邻里好商量
!l 回复 支持(12) 反对(0) 举报
!l 1# 阿灿在籼浦　前天 21:04　我家也遇到过，建议先找物业
!a 您需要登录后才可以回帖 登录 | 注册
""",
        body="""
我家住三楼，楼上四楼的大哥喜欢在阳台抽烟，烟灰缸就放在栏杆外面的花架上。
这两个月已经好几次发现我家晾的衣服上有烫洞，阳台地上也常有烟头，上周还差点把晒着的被子点着。
我敲过一次门，他说烟灰缸是放稳了的，可能是风吹下来的，态度还算客气，但一直没挪地方。
想问问大家，这种情况是继续当面说，还是找物业或者社区出面比较好？有没有人处理过类似的事情？
""",
    ),
    dict(
        slug="fanwen-old-table-hospital-tobacco-control-speech",
        site="糈口范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xukoufanwen.example.net/jianghua/2025/0531/48812.html",
        title="在县人民医院“世界无烟日”主题活动上的讲话",
        record_title="【精选】在县人民医院“世界无烟日”主题活动上的讲话（通用2篇）",
        date="2025-05-31",
        notes="old gb2312 table layout: marquee, 【字体：大 中 小】, a hot list, a ghost-writer QQ box, visitor counter; speaker line and date under the title neutral; date from under the title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】在县人民医院“世界无烟日”主题活动上的讲话（通用2篇）_糈口范文网</title></head>
<body bgcolor="#F4F1E8"><table width="960" align="center" border="0"><tr><td>
<marquee scrollamount="3">⟦m 糈口范文网欢迎您！每日更新讲话稿、总结、心得体会，找范文就上糈口范文网⟧</marquee>
<table width="100%"><tr><td class="nav">⟦m 网站首页 | 讲话稿 | 工作总结 | 心得体会 | 主持词 | 演讲稿⟧</td></tr></table>
<table width="100%"><tr><td width="720" valign="top">
<div class="pos">⟦m 当前位置：糈口范文网 >> 讲话稿 >> 领导讲话⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 时间：2025-06-02　来源：会员投稿　点击：⟧ ⟦a 【字体：大 中 小】⟧</div>
<p align="center">县人民医院党委书记　单国平</p>
<p align="center">（2025年5月31日）</p>
{BODY}
<p>⟦a 本文共计1328字，下载完整版请登录⟧</p>
</td><td width="230" valign="top">
<div class="box">⟦w 代写讲话稿、材料　QQ：3306177542　微信同号⟧</div>
<div class="hot"><b>⟦l 本周热门⟧</b><br>⟦l ·医院院长在护士节表彰会上的讲话⟧<br>⟦l ·控烟工作总结（精选5篇）⟧</div>
</td></tr></table>
<div class="foot">⟦d 本站范文均来自网友投稿，仅供参考学习，如有侵权请联系删除⟧<br>⟦m 您是本站第 00917342 位访客⟧</div>
</td></tr></table></body></html>
""",
        body="""
同志们、朋友们：
今天是第38个世界无烟日，我们在这里举行主题活动，就是要进一步增强全院干部职工的控烟意识，带头营造无烟医院环境。
去年以来，医院撤除了门诊楼、住院楼全部烟灰缸，在室外设置了两处规范吸烟点，组建了32人的控烟巡查队，劝阻吸烟行为1400余人次。
但也要看到，楼梯间、卫生间仍有偷偷吸烟的现象，个别职工还存在“医生抽烟病人看”的问题。
在这里，我提三点要求：一是党员干部和科室主任要带头不吸烟；二是巡查队要把楼梯间作为重点；三是戒烟门诊要主动走进病区，为有意愿的患者提供戒烟指导。
让我们共同努力，把医院建成真正的无烟净土。谢谢大家！
""",
    ),
    dict(
        slug="tender-liutian-street-ashtray-columns",
        site="粼田市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ggzy.lintian.example.gov.cn/jyxx/zfcg/cggg/20250610/3318.html",
        title="粼田市城市管理局户外立式烟灰柱采购项目公开招标公告",
        record_title="粼田市城市管理局户外立式烟灰柱采购项目公开招标公告",
        date="2025-06-10",
        record_date="2025-06-10",
        notes="tender: lots table (one row a paragraph, ideographic spaces), purchaser and agency contacts kept beside the platform's CA hotline; a 'download the tender file' sentence kept",
        page="""
!m 粼田市公共资源交易平台
!m 交易信息 > 政府采购 > 采购公告
!m 【信息时间：2025-06-10】　【浏览次数：302】
{T}
{BODY}
!m CA数字证书办理及平台操作咨询：400-860-3321
!a 附件下载　收藏　打印
!l 上一条：粼田市第二人民医院医用耗材采购项目更正公告
!l 下一条：粼田市图书馆古籍修复服务采购结果公告
""",
        body="""
项目编号：LTCG-2025-0417
一、项目名称：粼田市城市管理局户外立式烟灰柱采购项目
二、采购内容及预算
包号　名称　数量　预算（万元）
1　不锈钢立式烟灰柱　420个　37.8
2　景区仿木烟灰柱　160个　17.6
三、获取招标文件：2025年6月11日至6月17日，登录粼田市公共资源交易平台免费下载招标文件。
四、投标截止时间：2025年7月1日9时30分。
五、联系方式
采购人：粼田市城市管理局，联系人：高文，电话：0536-8810472。
代理机构：粼田诚信招标代理有限公司，联系人：许蔓，电话：0536-8855619。
""",
    ),
    dict(
        slug="wiki-ashtray-entry-placeholder",
        site="知途百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.zhitu.example.com/item/烟灰缸/55120",
        title="烟灰缸",
        record_title="烟灰缸_知途百科",
        date=None,
        notes="encyclopaedia entry: infobox and contents as chrome, edit counts; a sample sign with ×××× placeholder and an example year kept; no date",
        page="""
!m 知途百科 — 人人可编辑的知识库
!a 编辑　讨论　收藏　分享
{T}
!m 中文名：烟灰缸　外文名：ashtray　材质：玻璃、陶瓷、金属等
!l 目录：1 简介　2 种类　3 使用与清洁　4 参考资料
{BODY}
!m 词条统计：浏览 8391 次　编辑 14 次　最近更新：liu_qin22
!d 本词条内容仅供参考，如需专业意见请咨询相关领域专业人士。
""",
        body="""
烟灰缸是用来盛放烟灰和烟头的器皿，常见材质有玻璃、陶瓷、金属和石材等。
种类
按使用场所可分为桌面烟灰缸、车载烟灰缸和户外立式烟灰柱。户外立式烟灰柱一般带有灭烟沙盘或水盘，防止烟头复燃。
使用与清洁
烟灰缸应放置在平稳、远离可燃物的位置，烟头应完全熄灭后再丢入。清洁时可用温水加少量小苏打浸泡。
公共场所吸烟点通常配有提示牌，样式如：“本吸烟点由××××单位管理，监督电话××××××××”。
""",
    ),
    dict(
        slug="wenku-canyuan-scenic-ashtray-survey-pages",
        site="文研文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.wenyan.example.com/view/8c1f02ab77.html",
        title="关于粲原古镇景区吸烟点设置情况的调研报告",
        record_title="关于粲原古镇景区吸烟点设置情况的调研报告.docx",
        date=None,
        notes="文库 preview: page markers ❴ n ❵ on lines of their own cut sentences; upload stamp and page count (no date); preview-end prompt",
        indent="\u3000\u3000",
        pages=dict(fmt="❴ {n} ❵", every=80, start=2),
        page="""
!m 文研文库 > 行业资料 > 文化旅游
{T}
!m 上传者：ykz_2021　上传时间：2025-02-17　页数：6页　浏览：1102
!a 下载文档　加入文库收藏
{BODY}
!a 试看已到底，继续阅读请开通超级会员或支付3.5元下载
!d 声明：本文档由用户上传，本站不对内容负责。如有侵权，请联系平台处理。
!l 相关文档：景区控烟工作方案｜旅游厕所管理调研
""",
        body="""
为了解古镇景区烟头污染和吸烟点设置情况，县文旅局调研组于去年11月对粲原古镇景区开展了专题调研，走访商户46家，发放游客问卷300份。
调研发现，景区主街现有垃圾桶附带烟灰盘的共58个，但集中在入口广场，古民居集中区几乎没有，游客随手丢弃烟头的现象较多。
问卷中有61%的游客表示愿意到指定吸烟点吸烟，前提是吸烟点标识清楚、距离不超过100米。
木结构古建筑对火源十分敏感，烟头隐患不容忽视。调研组建议在主街每隔150米设置一处带灭烟功能的吸烟点，古民居区实行全域禁烟，并配备巡查员。
""",
    ),
    dict(
        slug="print-sutian-hotel-ashtray-cleaning-rule",
        site="籽岭宾馆管理系统 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://pms.ziling-hotel.example.com/doc/print/kf-012",
        title="客房部烟灰缸及吸烟房管理规定",
        record_title="打印预览 - 客房部烟灰缸及吸烟房管理规定",
        date=None,
        notes="print view: print header with timestamp, a print footer page count; articles kept; no date (print stamp only)",
        page="""
!m 籽岭宾馆 · 文件打印
!m 打印人：前台02　打印时间：2025-06-21 10:44
{T}
{BODY}
!p ⌞ 第 1 页 ／ 共 1 页 ⌝
!a [打印] [返回]
""",
        body="""
第一条　本宾馆四楼、五楼为无烟楼层，客房内不放置烟灰缸；二楼、三楼吸烟房每间配置陶瓷烟灰缸一只。
第二条　客房服务员每日清扫吸烟房时，应将烟灰缸内烟头用水浸湿后再倒入专用金属桶，严禁直接倒入垃圾袋。
第三条　退房查房时发现无烟客房内有烟头或烟味的，按前台公示标准收取清洁费，并做好登记。
第四条　烟灰缸每日清洗消毒一次，破损的及时更换，报损单交客房部经理签字。
第五条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="collection-rouhill-grandpa-ceramic-ashtray-wrap",
        site="糅山旧话（个人文集） (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.roushanjiuhua.example.net/wen/2024/16.html",
        title="爷爷的青瓷烟灰缸",
        record_title="《糅山旧话》第十六篇｜爷爷的青瓷烟灰缸",
        date=None,
        notes="personal collection: hard-wrapped at 62 columns; volume/chapter nav, a visit counter; no date (only a year in the text)",
        wrap=62,
        indent="\u3000\u3000",
        page="""
!m 糅山旧话 · 个人文集
!l 上一篇：老屋的天井　｜　目录　｜　下一篇：供销社的柜台
{T}
{BODY}
!m 本页已被浏览 1264 次
!d 文集内容为作者原创，未经同意请勿转载。
""",
        body="""
爷爷的书桌上一直放着一只青瓷烟灰缸，荷叶的形状，边上缺了一个小口。那是一九七九年他评上先进生产者时厂里发的纪念品。
爷爷抽了四十年的烟，烟灰缸天天用，也天天洗。他洗的时候很仔细，用旧牙刷把荷叶的纹路一道道刷干净，再放在窗台上晾干。
后来爷爷查出了肺病，医生让他戒烟。他没说什么，把烟灰缸洗得干干净净，装上清水，养了几枝绿萝。
现在这只烟灰缸摆在我的书架上，绿萝还活着。每次看到它，我都会想起爷爷说的那句话：“东西没有好坏，就看你拿它装什么。”这只烟灰缸，我会一直留着。
""",
    ),
    dict(
        slug="qa-smelly-ashtray-best-answer",
        site="问个明白 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.example.com/question/2207713.html",
        title="家里烟灰缸味道太大，放什么能去味？",
        record_title=None,
        date="2025-03-28",
        notes="Q&A: question as the title (h1, no record title); best-answer badge, answerer line with 回答于 date (the page's date); other answers list",
        page="""
<html><head><meta charset="utf-8"><title>家里烟灰缸味道太大，放什么能去味？_问个明白</title></head><body>
<div class="hd">⟦m 问个明白⟧ ⟦a 我要提问⟧ ⟦a 登录 / 注册⟧</div>
<div class="q"><h1>{T}</h1><p class="qinfo">⟦m 提问者：匿名网友　浏览 3092 次⟧</p></div>
<div class="best"><span>⟦m 最佳答案⟧</span><p class="who">⟦m 清扫达人老常　回答于 2025-03-28　采纳率 91%⟧</p>
{BODY}
</div>
<div class="tools">⟦l 有用(214)　没用(6)　评论(11)⟧ ⟦a 分享到微信⟧</div>
<div class="others"><h3>⟦l 其他 3 条回答⟧</h3><p>⟦l 放咖啡渣挺管用，用过的晾干就行⟧</p></div>
<div class="ft">⟦d 答案内容由网友提供，仅供参考⟧</div>
</body></html>
""",
        body="""
烟灰缸的异味主要来自烟头里残留的焦油，单靠放东西只能缓解，关键是勤清理。
可以在烟灰缸底部铺一层干净的细沙或小苏打，既能吸附气味，又能让烟头更快熄灭，每两三天换一次。
清洗时先用热水泡十分钟，再用洗洁精加一点白醋刷洗，焦油渍就容易掉了。
如果是玻璃烟灰缸，洗干净后放在太阳下晒半天，效果更好。当然，最好的办法还是少抽或者戒掉。
""",
    ),
    dict(
        slug="mail-fwd-ciba-tower-smoking-area-notice",
        site="粹城企业邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.cuicheng-tower.example.com/read/8812034",
        title="关于调整写字楼吸烟区的通知",
        record_title="Fwd: 关于调整写字楼吸烟区的通知",
        date="2025-04-25",
        date_also=["2025-04-27"],
        notes="forwarded mail: headers, a forwarder's note, the original mail's header block; the notice's own 联系电话 kept; 成文日期 differs from the send date",
        page="""
!m 发件人：行政部 张蕾 <zhanglei@cuicheng-tower.example.com>
!m 收件人：全体租户联络人
!m 发送时间：2025年4月27日（周日）09:15
!m 主题：Fwd: 关于调整写字楼吸烟区的通知
!w 各位好，物业通知转给大家，请转告本公司员工，谢谢！
!m ---------- 转发的邮件 ----------
!m 发件人：粹城国际大厦物业服务中心
{T}
{BODY}
!d 此邮件可能包含保密信息，如果您不是指定收件人，请立即删除。
!a 回复　全部回复　转发　删除
""",
        body="""
各租户单位：
根据市控烟条例和消防检查意见，大厦将于5月1日起调整吸烟区设置，现通知如下：
1. 撤除各楼层消防楼梯间、电梯厅内的烟灰缸，楼内全面禁止吸烟。
2. 在大厦南广场东侧设置室外吸烟区一处，配置立式烟灰柱4个，开放时间为7:00至22:00。
3. 物业安保人员将加强巡查，对楼内吸烟行为予以劝阻，屡劝不改的将书面告知所在租户单位。
如有疑问，请联系物业服务中心，电话：0591-87712203。
粹城国际大厦物业服务中心
2025年4月25日
""",
    ),
]
