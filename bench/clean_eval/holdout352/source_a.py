"""holdout352, part A: 范文 sites, 文库 previews, portals, news, forums. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moyuan-speech-drawer-liner-industry",
        site="墨池边范文馆 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mochibian.com/jianghua/chanye/2025/0418/7716.html",
        title="在全县抽屉垫产业提质增效推进会上的讲话",
        record_title="〔发言定稿〕在全县抽屉垫产业提质增效推进会上的讲话（领导审阅版）_墨池边范文馆",
        date="2025-04-16",
        notes="old table layout with a marquee, a font/background row, a floating ghost-writer QQ box, a reading list and a "
        "visitor counter; date under the speech title; speaker line neutral; a QQ prompt glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔发言定稿〕在全县抽屉垫产业提质增效推进会上的讲话（领导审阅版）_墨池边范文馆</title>
<script language="javascript" src="/js/float_qq.js"></script>
<style>td{font-size:12px} .zw{font-size:14px;line-height:200%}</style>
</head><body bgcolor="#F3EFE6">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/logo.gif"> ⟦m 墨池边范文馆——笔墨之间，自有章法⟧</td><td align="right"><a href="/user/login.asp">⟦a 会员入口⟧</a>　<a href="/user/reg.asp">⟦a 新用户报到⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 本馆讲话稿专区新收录三千余篇，欢迎各位笔友常来翻阅⟧</marquee></td></tr>
<tr><td colspan="2" class="menu">⟦m 首页 | 讲话致辞 | 工作总结 | 心得体会 | 规章制度 | 主持串词⟧</td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您在这里：墨池边范文馆 → 讲话致辞 → 产业发展讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 录入：砚田耕夫　入馆时间：5 天前　翻阅：1906 次⟧</div>
<div align="center">⟦a 〔字号：特大 大 中 小〕〔护眼底色：米黄 淡绿 素白〕⟧</div>
<div align="center">县人民政府副县长　蒋立衡</div>
<div align="center">（2025年4月16日）</div>
<div class="zw">
{BODY}
</div>
<div align="center"><a href="/down.asp?id=7716">⟦a 存为Word文档（扣1个墨点）⟧</a>　<a href="javascript:window.print()">⟦a 打印此稿⟧</a></div>
<div>⟦l 上一篇：全县家具产业招商推介会致辞⟧</div>
<div>⟦l 下一篇：在全县电商直播基地揭牌仪式上的讲话⟧</div>
</td>
<td width="240" valign="top">
<table border="1" bordercolor="#C9B98F" width="100%"><tr><td bgcolor="#E4D7B5">⟦l 本月翻阅排行⟧</td></tr>
<tr><td>⟦l 1. 在全县特色产业发展大会上的讲话⟧</td></tr>
<tr><td>⟦l 2. 在工业经济运行调度会上的讲话⟧</td></tr>
<tr><td>⟦l 3. 在民营企业座谈会上的讲话（三篇）⟧</td></tr>
</table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:220px">⟦w 稿子赶时间？老编辑在线帮改 QQ：2950 7731⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 馆内文章多为笔友投寄，仅作写作参考，引用前请自行核实⟧</td></tr>
<tr><td align="center">⟦m 墨池边范文馆 mochibian.com　晋ICP备13027784号⟧　⟦m 您是本馆第 0048127 位来客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天我们召开全县抽屉垫产业提质增效推进会，主要是总结去年以来的产业发展情况，分析存在的问题，部署下一步工作。刚才，县工信局通报了产业运行情况，沈桥镇和两家企业作了交流发言，我都同意。下面，我讲三点意见。
一、正视差距，增强提质增效的紧迫感
我县现有抽屉垫生产企业46家，去年产量1.8亿片，产值9.7亿元，电商销售占到六成。⟦w 原创讲话代笔，三小时交稿，QQ 2950 7731⟧但也要看到，多数企业仍以裁切贴牌为主，产品同质化严重，防滑底涂、环保发泡等关键工艺依赖外地配套。
二、突出重点，推动产业向中高端迈进
一要抓标准。支持龙头企业牵头制定团体标准，从气味、耐磨、尺寸误差等方面立起“肇溪标准”。二要抓品牌。对获得省级以上名牌产品的企业给予奖励。三要抓配套。在沈桥镇规划建设发泡材料配套园，力争两年内引进配套企业8家。
三、压实责任，确保各项工作落地见效
各乡镇、各部门要把抽屉垫产业发展列入重要议事日程，建立县级领导联系重点企业制度，每季度召开一次调度会，及时协调解决企业用地、用工、融资等难题。
同志们，小小抽屉垫，连着千家万户。希望大家真抓实干，为建设全省家居收纳用品产业强县作出新的贡献！
""",
    ),
    dict(
        slug="fanwen-chaoshu-insight-divider-volunteer",
        site="抄书匠范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.chaoshujiang.net/xinde/peixun/55310.html",
        title="参加社区整理收纳志愿者培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line after a tag line; relative update time only; a related link "
        "on its own line between paragraphs and a collect link glued after a sentence",
        page="""
!m 抄书匠范文 · 替你把稿子抄明白
!m 位置：首页 » 心得体会 » 培训心得
!m 标签：整理收纳　志愿服务　培训心得
{T}
!m 投稿：小满　更新：3 天前　浏览 2871
{BODY}
!a 末两段仅向年卡会员展示，开通后可复制全文、另存Word
!w 各类心得原创撰写，写手一对一改到满意，微信 csj_xiegao88
!l 同类范文推荐
!l · 垃圾分类督导员培训心得体会
!l · 社区养老服务技能培训心得（三篇）
!l · 家政技能培训结业感言
!d 本站文章由网友投稿整理，观点仅代表作者本人，如涉版权请来函删除。
!m 抄书匠范文 chaoshujiang.net　鲁ICP备20031457号
""",
        indent="\u3000\u3000",
        body="""
上个月，我报名参加了吉庆苑社区组织的整理收纳志愿者培训。三个半天的课程不长，却让我对“整理”二字有了新的理解。
一是整理不是扔东西，而是给东西安排位置。老师示范时用抽屉分隔板把一个杂乱的抽屉分成六格，袜子、充电线、药盒各归其位，前后只用了十分钟。她说，分隔的意义在于让每样东西“一眼看见、一手拿到”。
⟦l 延伸阅读：给独居老人做一次上门整理要注意什么⟧
二是帮老人整理要先听再动手。实践课上我们走进三户独居老人家中，起初我急着清理，被老人拦了下来。后来我先问清哪些东西常用、放在哪里顺手，再按老人的习惯装分隔板，老人才满意。⟦a ☆ 收藏这篇心得⟧
三是好习惯要靠坚持。培训结束后，我给自己家的五个抽屉都装上了分隔板，每周末归位一次。一个月下来，找东西的时间少了，家里人也愿意跟着做。
今后，我将继续参加社区的上门整理服务，把学到的方法教给更多邻居。
""",
    ),
    dict(
        slug="wenku-juanshu-survey-door-organiser-rentals",
        site="卷舒文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.juanshuwenku.com/view/8c41d0e7a2.html",
        title="关于城区出租屋租户门后挂袋使用情况的调研报告",
        record_title="【调研底稿】关于城区出租屋租户门后挂袋使用情况的调研报告（附落款日期）｜卷舒文库",
        date="2025-05-08",
        notes="文库 reader: viewer toolbar, page-marker paragraphs cutting sentences, a coin pay box, uploader line and "
        "upload stamp (no date); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【调研底稿】关于城区出租屋租户门后挂袋使用情况的调研报告（附落款日期）｜卷舒文库</title>
<script>window.__DOC__={id:"8c41d0e7a2",pages:3,free:2};</script>
<link rel="stylesheet" href="//static.juanshuwenku.com/reader.css"></head><body>
<header class="js-top"><a class="logo">⟦m 卷舒文库 · 开卷有益⟧</a><input placeholder="搜文档"><a>⟦a 登录 · 注册⟧</a><a>⟦a 上传赚墨币⟧</a></header>
<nav class="crumbs">⟦m 卷舒文库 ＞ 行业资料 ＞ 调研报告 ＞ 房屋租赁⟧</nav>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 贡献者：青衿书屋　上传于 2025-06-02　格式：PDF　共3页⟧</div>
<div class="toolbar">⟦a 全屏翻阅　放大　缩小　转为Word　送给好友⟧</div>
<div class="pages">
{BODY}
</div>
<div class="pay-box">⟦a 第3页起需支付 8 墨币继续阅读，墨币不足？去充值⟧</div>
<div class="actions">⟦a 立即下载（PDF 186KB）⟧　⟦a 加入我的书架⟧</div>
<aside class="rel"><h3>⟦l 读过这份文档的人也在读⟧</h3>
<ul><li>⟦l 城中村租赁住房安全隐患调查报告⟧</li><li>⟦l 青年租房群体生活状况调研⟧</li><li>⟦l 出租屋消防安全检查记录表⟧</li></ul></aside>
</main>
<footer>⟦d 本文档为用户上传，卷舒文库仅提供存储与展示服务，如有侵权请联系处理。⟧<br>⟦m 卷舒文库 juanshuwenku.com 浙ICP备19088315号-3⟧</footer>
<script src="//static.juanshuwenku.com/reader.min.js"></script>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="⋨ {n} ⋩", every=120, start=2),
        body="""
为了解城区出租屋租户使用门后挂袋的情况，4月中旬，区住房租赁服务中心组织人员走访了钦阳市牟湾区三个街道的120户出租屋，发放问卷300份，收回有效问卷276份。现将调研情况报告如下。
一、基本情况
受访租户中，使用门后挂袋的有198户，占71.7%。其中挂在卧室门后的占58%，挂在卫生间门后的占27%，挂在入户门后的占15%。租户普遍认为挂袋不占地面、不用打孔，适合面积较小的出租屋。
二、存在的问题
（一）超重悬挂。有41户在挂袋中放置鞋子、瓶装洗护用品，单袋重量超过5公斤，导致挂钩变形、门框漆面脱落。
（二）影响门体开关。入户门挂袋过厚，有12户出现门关不严的情况，存在防盗隐患。
（三）退租纠纷。有9起退租纠纷因挂钩刮伤门体引起，双方对赔偿金额分歧较大。
三、对策建议
一是在租赁合同示范文本中增加门后挂件使用条款。二是引导租户选用带软垫的挂钩，控制单袋重量。三是由街道网格员结合出租屋巡查开展宣传。
钦阳市牟湾区住房租赁服务中心
2025年5月8日
""",
    ),
    dict(
        slug="wenku-yeyetong-plan-divider-dorms-wrapped",
        site="页页通文库 (invented), text view",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.yeyetong.cn/doc/30571946.html",
        title="牟湾区中小学宿舍抽屉分隔板配置实施方案",
        record_title="牟湾区中小学宿舍抽屉分隔板配置实施方案.docx",
        date="2025-03-20",
        notes="file name as record title; hard-wrapped at 62 columns and cut by glued page markers; decimal headings; "
        "成文日期 under the signature; preview-limit and points lines",
        page="""
!m 页页通文库｜每一页都通
!a 打开页页通APP，免费看完整文档
!t 牟湾区中小学宿舍抽屉分隔板配置实施方案.docx
!m 文档页数：4　大小：31.6KB　下载积分：5　上传者：jyzb_2019
{BODY}
!a —— 试看部分到此为止，余下内容登录后可继续翻阅 ——
!a 下载本文档需5积分　｜　开通月卡本月免积分
!l 你可能还需要：
!l 学生宿舍内务管理实施细则.doc
!l 寄宿制学校生活设施配置标准.pdf
!d 页页通文库所收文档均来自网友分享，本站不对内容的准确性负责。
""",
        wrap=62,
        pages=dict(fmt="⬐{n}⬑", every=100, start=2, glue=True),
        body="""
为改善中小学寄宿生宿舍物品收纳条件，培养学生整理习惯，区教育局决定在全区寄宿制学校配置抽屉分隔板，特制定本方案。
1 配置范围
1.1 全区11所寄宿制中小学的学生宿舍书桌抽屉，共计3860个。
1.2 教师值班室抽屉参照执行，由学校自行安排。
2 配置标准
2.1 分隔板采用食品级聚丙烯材料，厚度不小于2毫米，边缘倒圆处理，无毛刺。
2.2 每个抽屉配置可调节分隔板一套，含长板2块、短板4块，可按学生需要自由组合。
3 实施步骤
3.1 4月30日前，各校上报抽屉数量和内径尺寸，统计表由总务处负责汇总。
3.2 5月底前，区教育装备中心完成集中采购和配送。
3.3 6月中旬，各校组织班主任指导学生安装使用，并开展“最美抽屉”评比活动。
4 保障措施
各校要明确一名副校长具体负责，将抽屉整理纳入宿舍内务考核，所需经费从学校公用经费中列支。
钦阳市牟湾区教育局
2025年3月20日
""",
    ),
    dict(
        slug="gov-mouwan-bulletin-mirror-spotcheck",
        site="钦阳市牟湾区人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.mouwan.gov.cn/zwgk/zdly/zljd/202506/t20250613_904417.html",
        title="牟湾区市场监督管理局关于2025年落地试衣镜产品质量监督抽查结果的通报",
        date="2025-06-10",
        date_also=["2025-06-13"],
        notes="county portal: 长者模式/读屏 links, 索引号 table (the 文号 cell unmarked, neutral), data table one row a "
        "paragraph, the document's 联系人/电话 beside the portal's 12345 and 纠错 lines, 附件 list beside an attachment "
        "link, 抄送 and 印发 lines; 成文日期 differs from the publish date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>牟湾区市场监督管理局关于2025年落地试衣镜产品质量监督抽查结果的通报</title>
<meta name="SiteName" content="钦阳市牟湾区人民政府"><meta name="ColumnName" content="质量监管">
<script src="/common/jquery.min.js"></script></head><body>
<div class="top-bar"><span>⟦m 钦阳市牟湾区人民政府　欢迎您！⟧</span><a>⟦a 长者模式⟧</a><a>⟦a 读屏专用⟧</a><a>⟦a 政务微博⟧</a></div>
<div class="banner"><h1>⟦m 牟湾区人民政府⟧</h1><form><input><button>⟦a 全站检索⟧</button></form></div>
<ul class="navbar"><li>⟦m 首页⟧</li><li>⟦m 走进牟湾⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 重点领域 ＞ 质量监管⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：114103MB1522407X/2025-00417⟧</td><td>⟦m 发布机构：区市场监督管理局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 发布日期：2025-06-13⟧</td></tr>
<tr><td>文号：牟市监〔2025〕31号</td><td>⟦m 主题词：产品质量　抽查⟧</td></tr>
</table>
<h2 class="art-tit">{T}</h2>
<div class="art-src">⟦m 来源：区市场监督管理局　浏览量：732⟧　⟦a 【大字】【标准】【关闭本页】⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：牟湾区落地试衣镜抽查不合格产品明细.xlsx⟧</div>
<div class="mobile">⟦a 扫一扫，在手机上接着看⟧</div>
<div class="jiucuo">⟦m 发现页面内容有误？请点此纠错⟧　⟦m 政务服务便民热线：12345⟧</div>
<div class="links">⟦l 友情链接：钦阳市人民政府　钦阳市市场监督管理局　国家企业信用信息公示系统⟧</div>
<div class="foot">⟦m 主办：钦阳市牟湾区人民政府办公室　网站标识码4117020041　豫ICP备06011870号⟧</div>
<script>$(".art-con p").css("text-indent","2em");</script>
</body></html>
""",
        body="""
各街道办事处，区直有关单位，各有关企业：
为加强家居用品质量监管，今年4月至5月，区市场监督管理局对辖区生产、销售的落地试衣镜开展了产品质量监督抽查。现将抽查结果通报如下。
一、抽查基本情况
本次共抽查落地试衣镜产品30批次，涉及生产企业9家、销售门店14家，检验项目包括镜面影像畸变、防倾倒稳定性、镜片安全防护和边缘处理。经检验，合格25批次，不合格5批次，批次合格率83.3%。
二、不合格产品情况
标称企业　产品名称　不合格项目
钦阳镜缘家居有限公司　1.6米落地镜　防倾倒稳定性
牟湾区照人镜业商行　全身穿衣镜　镜片安全防护
诏川县亮堂工艺品厂　实木框落地镜　边缘处理、影像畸变
三、处理要求
对抽查不合格的企业，区局将依法责令其停止生产、销售不合格产品，并于30日内完成整改和复检。各街道要督促辖区销售门店对在售产品开展自查。
联系人：付晓岚　联系电话：0379-6287 1150
附件：1.落地试衣镜抽查合格产品名单
2.落地试衣镜抽查不合格产品明细
钦阳市牟湾区市场监督管理局
2025年6月10日
抄送：钦阳市市场监督管理局，区人民政府办公室。
钦阳市牟湾区市场监督管理局办公室　2025年6月10日印发
""",
    ),
    dict(
        slug="gov-zhaoxi-letter-door-organiser-export",
        site="肇溪县人民政府 (invented), text rendering",
        style="政府门户",
        genre="函",
        kind="notice",
        form="text",
        source="http://www.zhaoxi.gov.cn/zwgk/bmwj/swj/202504/t20250422_61208.shtml",
        title="肇溪县商务局关于商请提供门后挂袋出口数据的函",
        record_title="肇溪县商务局关于商请提供门后挂袋出口数据的函 — 肇溪县人民政府·局办来文",
        date="2025-04-18",
        date_also=["2025-04-22"],
        notes="portal saved as text: 文号 line under the title (neutral), 抄送 line in the body, a contact line; the "
        "page's 发布时间 differs from the 成文日期",
        page="""
!m 肇溪县人民政府
!m 首页　政务公开　政务服务　政民互动　数据发布
!m 您所在的位置：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县商务局
!t 肇溪县商务局关于商请提供门后挂袋出口数据的函 — 肇溪县人民政府·局办来文
{T}
肇商函〔2025〕14号
!m 发布时间：2025-04-22 10:05　信息来源：县商务局　阅读次数：205
!a 〖字号 放大 还原〗〖打印本页〗〖关闭〗
{BODY}
!a 扫码关注“肇溪政务”，政策早知道
!l 上一篇：肇溪县商务局关于开展2025年外贸企业用工调查的通知
!l 下一篇：肇溪县商务局2025年一季度全县社会消费品零售情况
!m 肇溪县人民政府办公室主办　县数据资源服务中心承办　网站标识码3412270006
!m 皖ICP备05017362号　皖公网安备 34122702000219号
""",
        body="""
钦阳海关驻沈桥办事处：
门后挂袋是我县家居收纳用品的主要出口品种之一。为做好全县外贸形势分析，研究制定支持收纳用品企业开拓国际市场的措施，现商请贵处协助提供以下数据：
一、2023年1月至2025年3月我县企业门后挂袋出口额、出口数量，按月分列；
二、同期出口前十位的国家和地区及对应金额；
三、出口额排名前二十位的企业名单。
上述数据仅用于内部分析，我局将严格做好保密工作。请于5月9日前将数据以电子表格形式发送至我局外贸股。
联系人：汤明远　电话：0556-7712 408
感谢贵处一直以来对我县商务工作的支持！
肇溪县商务局
2025年4月18日
抄送：县人民政府办公室，县工业和信息化局。
""",
    ),
    dict(
        slug="news-zhaochuan-watchbox-workshop-h1",
        site="诏川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhaochuannews.cn/xw/bd/202505/t20250527_338102.html",
        title="沈桥镇手表盒小作坊走出“精致路”",
        record_title=None,
        date="2025-05-27",
        notes="title missing from the record, found in the <h1>; byline's 发布时间 is the date; a client prompt before "
        "the lead; photo captions between paragraphs; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>诏川新闻网</title>
<meta name="description" content="诏川县融媒体中心主办">
<script async src="//ads.zhaochuannews.cn/slot.js"></script></head><body>
<div class="hd"><span class="logo">⟦m 诏川新闻网 · 诏川人自己的新闻⟧</span><a>⟦a 下载诏川号客户端⟧</a></div>
<div class="nav">⟦m 首页 ∣ 本地 ∣ 乡镇 ∣ 民生 ∣ 视频 ∣ 专题⟧</div>
<div class="pos">⟦m 首页 ⟩ 本地新闻 ⟩ 乡镇报道⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-27 08:30　来源：诏川县融媒体中心　记者：钟一帆　通讯员：沈小禾⟧</div>
<div class="listen">⟦a ▶ 收听本文（约2分钟）⟧</div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转发到：微信朋友圈 · 微博 · QQ空间⟧</div>
</div>
<div class="side"><div class="box"><h4>⟦l 24小时热读⟧</h4><ul>
<li>⟦l 诏川县今年首批高素质农民培训班开班⟧</li><li>⟦l 仞口镇老街改造完工⟧</li><li>⟦l 县城区新增公共停车泊位380个⟧</li></ul></div>
<div class="ad">⟦m 广告位招租 0556-8120 399⟧</div></div>
<div class="ft">⟦d 凡本网注明“来源：诏川县融媒体中心”的作品，未经授权不得转载。⟧<br>⟦m 诏川县融媒体中心主办　皖ICP备16008852号⟧</div>
</body></html>
""",
        body="""
⟦a 用诏川号客户端看本地新闻更快⟧本网讯　走进沈桥镇东街的一间小作坊，十几名工人正在给木制手表盒打磨、上漆、粘贴绒布内衬。作坊负责人柏春来告诉记者，今年前四个月，他们已接到订单1.2万只，比去年同期翻了一番。
五年前，柏春来从外地鞋厂辞职回乡，租下两间旧仓库做手表盒，起初只能接一些低价的纸盒订单。后来他发现，收藏手表的年轻人越来越多，对盒子的做工和材质要求也越来越高，便转向做实木和皮质手表盒。
⟦m 图为工人在给手表盒粘贴绒布内衬。钟一帆　摄⟧
为了提高品质，作坊请来县职业学校的木工老师指导，改进了榫接和开槽工艺，盒内的表枕可以按表径调节松紧。如今，作坊的产品通过网店销往全国，还有一批六位表盒出口到东南亚。
镇里也看中了这个小产业。沈桥镇相关负责人表示，镇里将帮助作坊对接县里的电商服务中心，争取明年带动周边二十多名村民在家门口就业。⟦m （编辑：孟园　审核：杜思衡）⟧
""",
    ),
    dict(
        slug="news-luyuan-liner-donation-text",
        site="禄原融媒 (invented), text view",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.luyuanrongmei.com/content/2025-03/11/c_20734.html",
        title="两千片抽屉垫送进敬老院",
        record_title="两千片抽屉垫送进敬老院｜禄原融媒·民生",
        record_date="2025-03-11",
        date="2025-03-11",
        notes="record gives the date; decorated record title; a listen button glued before the lead; an editor line on its "
        "own line; related list and footer",
        page="""
!m 禄原融媒｜禄原县融媒体中心
!m 首页 / 民生 / 正文
!t 两千片抽屉垫送进敬老院｜禄原融媒·民生
{T}
!m 2025-03-11 09:12　来源：禄原融媒　作者：韦晴
{BODY}
!m 责任编辑：丁丛　值班总编：葛远山
!l 相关新闻
!l 禄原县开展“敬老月”志愿服务活动
!l 滔坪镇敬老院完成适老化改造
!a 分享　|　点赞 62　|　写评论
!d 禄原融媒原创稿件，转载请注明出处。
!m 禄原县融媒体中心　电话：0558-5526 610　皖ICP备18023301号
""",
        indent="\u3000\u3000",
        body="""
⟦a 🔈 点击收听⟧3月10日上午，禄原县家居收纳用品商会来到滔坪镇敬老院，为老人们送来2000片抽屉垫和120套收纳盒，并帮助老人整理衣柜和床头柜。
这批抽屉垫由商会的6家会员企业捐赠，采用无味的环保发泡材料，表面有防滑纹理，可以按抽屉大小随意裁剪。志愿者们分成四组，挨个房间帮老人量尺寸、剪垫子、铺抽屉。
“以前抽屉里的药瓶一拉就滚来滚去，现在铺上垫子稳当多了。”82岁的王秀兰老人一边说，一边把降压药摆进铺好垫子的抽屉里。
敬老院院长梁宏介绍，院里共有老人96名，大多行动不便，整洁有序的环境能减少老人找东西时的磕碰。商会会长贺东平表示，今年还将走进全县另外5所敬老院开展同样的活动。
""",
    ),
    dict(
        slug="forum-wanshang-watchbox-diy-jammer",
        site="腕上时光论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.wanshangshiguang.com/thread-409127-1-1.html",
        title="给自己做了个六位手表盒，分享一下过程",
        record_title="[木工小制作] 给自己做了个六位手表盒，分享一下过程（多图，流量党绕道） - 收藏与保养 - 腕上时光论坛",
        date=None,
        notes="Discuz-like page: poster panel, relative post time, jammer fonts inside the post, rating row, signature, "
        "replies; no date",
        page="""
<html><head><meta charset="gbk"><title>[木工小制作] 给自己做了个六位手表盒，分享一下过程（多图，流量党绕道） - 收藏与保养 - 腕上时光论坛</title>
<style>.jammer{font-size:0;color:#fff}</style><script src="static/js/common.js"></script></head><body>
<div id="toptb">⟦m 腕上时光论坛 · 表友的客厅⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 注册表友⟧</a></div>
<div id="pt">⟦m 腕上时光论坛 › 收藏与保养 › 查看帖子⟧</div>
<div class="hm">⟦m 阅读：5208 ∥ 回复：47⟧</div>
<h1>⟦t [木工小制作] 给自己做了个六位手表盒，分享一下过程（多图，流量党绕道）⟧</h1>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 老柏的木工房⟧</div><div>⟦m UID 88213　精华 3　表龄 11 年⟧</div><div>⟦m 勋章：手作达人⟧</div></td>
<td class="plc"><div class="pi">⟦m 楼主　发表于 6 天前　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分：参与人数 9　表币 +27　收起理由：好手艺！⟧</div>
<div class="sign">⟦m 签名：表不在多，戴得顺手就行⟧</div>
<div class="po">⟦a 回复　引用　支持　反对⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　钟摆先生：胡桃木配灰绒布，有格调！⟧</div>
<div class="reply">⟦l 板凳　陀飞轮小白：表枕的尺寸能分享一下吗？⟧</div>
<div class="fastpost">⟦a 登录后方可回帖，没有账号？先去注册⟧</div>
<div id="ft">⟦m 腕上时光论坛 ( 粤ICP备17090321号 ) | 手机版 | 小黑屋⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
表慢慢多了，以前的纸盒放不下，网上的成品又嫌太花哨，干脆自己动手做了一个六位手表盒，花了三个周末。
材料用的是胡桃木板，厚12毫米。先按图纸开料，盒身两侧做了燕尾榫，胶水加夹具固定一晚。盒盖中间嵌了一块亚克力，这样不打开也能看见表。
内衬是最费工夫的。我先用密度板做了六个格子，再包上灰色绒布，表枕用海绵卷成圆柱，外面同样包绒布，松紧刚好能套住表带。
最后上了两遍木蜡油，等了三天才干透，味道散得差不多了才把表放进去。整体成本不到两百块，比买的有意思多了。
有几点经验：木料一定要干透，不然容易变形；绒布要选不掉毛的；自动表多的话可以考虑留一格装上链器。
""",
    ),
    dict(
        slug="forum-qiaoshouna-door-organiser-hook-junk",
        site="巧收纳社区论坛 (invented), text view",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.qiaoshouna.com/forum.php?mod=viewthread&tid=217750",
        title="门后挂袋把门框刮花了，退租时被扣了三百",
        record_title="[避坑分享] 门后挂袋把门框刮花了，退租时被扣了三百（长图预警） - 租房收纳 - 巧收纳社区",
        date=None,
        notes="forum thread saved as text: junk lines and junk glued after 。; relative times; replies",
        page="""
!m 巧收纳社区 — 小家也能住得宽敞
!m 巧收纳社区 › 租房收纳 › 帖子详情
!t [避坑分享] 门后挂袋把门框刮花了，退租时被扣了三百（长图预警）
!m 楼主：橘子汽水　发表于 2 天前　查看 3316　回复 28
{BODY}
!l 本帖被以下专辑收录：租房避坑合集
!a 点赞 · 收藏 · 举报
!l 2楼　团子妈：我用的是带硅胶垫的挂钩，两年了门上一点印子都没有
!l 3楼　住在七楼：挂袋里别放鞋，真的太重了
!a 发表回复前请先登录
!m 巧收纳社区 bbs.qiaoshouna.com　沪ICP备21005572号
""",
        junk=dict(lines=2, glued=2),
        body="""
先说结论：门后挂袋别图便宜买铁钩的，钩子一定要带软垫。
我租的是一间次卧，面积小，去年在门后挂了一个十二格的挂袋，放鞋子、洗面奶、充电器，确实很方便。但挂袋装满以后太重，每次开关门，铁钩就在门框顶上磨一下。
上个月退租，房东发现门框上面漆掉了一长条，还有几道很深的划痕，说要重新刷漆，最后从押金里扣了三百。
后来我问了做装修的朋友，他说这种挂钩最好选包胶的，或者在钩子和门之间垫一层毛毡贴；挂袋里尽量放轻的东西，鞋子这种重物就别往上挂了。
大家租房的一定注意，搬进去的时候最好给门框拍个照留底。
""",
    ),
]
