"""holdout142, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="fanwen-jinbi-speech-soil-conservation",
        site="金笔材料库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jinbicl.cn/jh/shuili/2025/0417/9021.html",
        title="在全县水土保持重点工程推进会上的讲话",
        record_title="在全县水土保持重点工程推进会上的讲话【三篇可选】_金笔材料库",
        date="2025-04-15",
        notes="decorated record title; date under the speech title; a writing prompt glued after a sentence",
        page="""
!m 金笔材料库｜机关笔杆子的素材仓
!m 位置：首页 / 领导讲话 / 水利农业
{T}
!m 收录：2025-04-17　浏览 1,284　贡献者：砚池客
!a ［复制段落］［整篇导出］［朗读］
（2025年4月15日）
县政府副县长　邝启明
{BODY}
!a 未登录用户仅可浏览前三段，登录即送5次下载
!l 同类推荐 ▸ 水利工作会议表态发言　▸ 河湖治理推进会主持词　▸ 梯田修复项目汇报
!d 素材来源于会员分享，仅供写作参考，转载须注明出处。
!m © 2019-2025 jinbicl.cn　赣ICP备19033721号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开全县水土保持重点工程推进会，主要是盘点一季度进度，部署下一阶段任务。刚才，县水土保持站通报了坡耕地治理和淤地坝除险加固情况，两个乡镇作了发言，我都同意。⟦w 讲话稿原创代笔，加V：bi_jin2025⟧
一、正视问题，增强治理紧迫感
全县现有水土流失面积186平方公里，其中中度以上侵蚀面积占三成。去年汛期，北部山区有3处梯田垮塌，暴露出前期工程标准不高、管护跟不上的问题，各乡镇必须引以为戒。
二、抓住重点，确保工程按期完工
今年实施的坡改梯、谷坊群和生态清洁小流域项目共14个，6月底前必须完成主体工程。县水利局要实行周调度，对滞后项目挂牌督办；项目所在乡镇要做好群众工作，不得因协调不力影响工期。
三、压实责任，建管并重见实效
工程建成后一律移交村集体管护，县财政按每亩每年8元安排管护补助。审计、财政部门要加强资金监管，坚决防止截留挪用。
同志们，水土是发展之本。希望大家真抓实干，把每一项工程都建成群众满意的放心工程。
""",
    ),
    dict(
        slug="fanwen-yuewen-summary-health-supervision",
        site="阅文范本站 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.yuewenfb.com/zj/bumen/77103.html",
        title="2024年卫生监督所公共场所卫生监督工作总结",
        record_title=None,
        date="2024-12-20",
        notes="old table layout with marquee and font-size row; title only on the page; date under the signature; chrome box between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>2024年卫生监督所公共场所卫生监督工作总结-阅文范本站</title>
<script src="/js/tj.js"></script></head>
<body bgcolor="#f4f4f4">
<table width="960" align="center"><tr><td><img src="/img/logo.gif"> ⟦m 阅文范本站 WWW.YUEWENFB.COM⟧</td><td align="right"><a href="/fav.asp">⟦a 设为收藏⟧</a> | <a href="/home.asp">⟦a 设为主页⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee>⟦m 本站新增范文3200余篇，每日更新，欢迎各位笔友常来看看！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700">
<div>⟦m 您的位置：阅文范本站 → 工作总结 → 部门总结⟧</div>
<h2>{T}</h2>
<div>⟦a 【字体：特大 大 中 小】⟧ ⟦m 点击数：2209 更新：2025-01-06⟧</div>
{BODY}
<div>⟦l 上篇：疾控中心年度免疫规划工作总结⟧</div><div>⟦l 下篇：乡镇卫生院院感防控工作小结⟧</div>
</td><td width="260" valign="top"><b>⟦l 点击排行⟧</b><br>
<a href="/a/1.html">⟦l 1.医疗机构依法执业自查报告⟧</a><br>
<a href="/a/2.html">⟦l 2.学校卫生工作总结（精选）⟧</a><br>
<a href="/a/3.html">⟦l 3.职业卫生监督年度汇报⟧</a></td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 阅文范本站 版权所有 湘ICP备16008832号 站长QQ:2877316045⟧<br>⟦m 您是第 0081372 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，我所在县卫生健康局的领导下，围绕住宿、沐浴、美容美发和游泳场所四类重点行业，扎实开展公共场所卫生监督，全年未发生公共场所健康危害事件。现将主要工作总结如下。
一、摸清底数，建立监管档案
全年核查辖区公共场所经营单位612家，新建电子档案97份，注销停业单位43家，实现“一户一档”动态管理。
二、抽检监测，守住卫生底线
对全县28家游泳场所开展开放前检查和营业中抽检，共检测池水样品168份，合格率94.6%；对不合格的3家场所当场下达监督意见书，复检均已达标。
⟦l 推荐阅读：公共场所卫生监督工作计划怎么写？⟧
三、依法查处，规范经营行为
全年立案查处无有效健康证明从业、未公示卫生检测结果等违法行为31起，罚款合计4.7万元。
四、存在问题和明年打算
从业人员卫生知识知晓率仍不高，部分小型美容店流动性大。明年我所将推行量化分级管理，加大培训和信用监管力度。
县卫生监督所
2024年12月20日
""",
    ),
    dict(
        slug="wenku-duoye-report-energy-storage",
        site="多页文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.duoyedoc.com/view/5e1c0b77a2d4.html",
        title="关于全市新型储能电站建设运行情况的调研报告",
        record_title="关于全市新型储能电站建设运行情况的调研报告.docx",
        date=None,
        notes="file-name title; page markers ‹n/5› cut sentences; preview-end prompt; no date",
        page="""
!m 多页文档 · 资料阅读
!t 关于全市新型储能电站建设运行情况的调研报告.docx
!m 共5页　|　大小 68KB　|　上传于 2025-02-11　|　预览 734
!a 下载券 3 张　　加入文件夹　　转存到手机
{BODY}
!a 预览结束，剩余4页需下载查看 >>
!a 立即下载（VIP免券）
!l 你可能还在找：储能项目可行性研究报告 / 新能源产业调研提纲 / 电网侧储能汇报材料
!d 本文档由用户上传，平台仅提供存储空间，如侵犯权益请提交申诉。
""",
        pages=dict(fmt="‹{n}/5›", every=170, start=2),
        body="""
为推动新型储能产业健康发展，市发展改革委会同市能源局，于今年1月对全市已建和在建的储能电站进行了专题调研，现将有关情况报告如下。
一、基本情况
截至去年底，全市已投运新型储能电站9座，总装机规模42万千瓦、84万千瓦时，其中电源侧配建5座、电网侧独立储能3座、用户侧1座；在建项目6个，预计年内新增装机30万千瓦。
二、存在的问题
一是利用率偏低，部分配建储能年均等效充放电次数不足100次，存在“建而不用”现象；二是安全管理薄弱，个别电站消防设施未按标准配置，运维人员持证比例不高；三是收益渠道单一，独立储能主要依靠容量租赁，市场化收益不足。
三、对策建议
建议完善储能参与电力辅助服务的价格机制，推动共享储能模式；建立储能电站安全联合检查制度，每季度开展一次专项检查；支持本地企业开展电池梯次利用和回收技术攻关，延伸产业链条。
""",
    ),
    dict(
        slug="wenku-jishi-plan-button-industry",
        site="集识文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jishiwk.com/p-88420517.html",
        title="纽扣产业集群质量提升三年行动方案",
        record_title="【可编辑】纽扣产业集群质量提升三年行动方案 - 集识文库",
        date="2025-03-03",
        notes="modern reader page; markers as paragraphs; document date under the issuer; upload date is not the date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>【可编辑】纽扣产业集群质量提升三年行动方案 - 集识文库</title>
<link rel="stylesheet" href="/static/reader.css"><script>window.__DOC__={id:88420517}</script></head>
<body><header class="hd"><a class="logo" href="/">⟦m 集识文库⟧</a><nav><a>⟦m 文档⟧</a><a>⟦m 专题⟧</a><a>⟦m 会员中心⟧</a></nav><a class="login">⟦a 登录 / 注册⟧</a></header>
<section class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：扣城小编 · 2025-03-19上传 · 12页 · 4.6分⟧</p>
<div class="ops">⟦a 原创力认证 | 立即下载 | 收藏 | 打印⟧</div></section>
<article class="reader">
{BODY}
<div class="mask">⟦a 试读已达上限，开通会员继续阅读全部12页⟧</div>
</article>
<aside><h4>⟦l 相关文档⟧</h4><ul><li>⟦l 服装辅料产业发展规划⟧</li><li>⟦l 小商品质量提升实施意见⟧</li></ul></aside>
<footer>⟦d 文档内容仅供参考，版权归上传人所有。⟧ ⟦m 集识文库 浙ICP备20031877号-1⟧</footer>
</body></html>
""",
        pages=dict(fmt="·第{n}页·", every=160, start=2),
        body="""
为推动我镇纽扣产业由“做得多”向“做得好”转变，提升区域品牌竞争力，结合本镇实际，制定本方案。
一、总体目标
到2027年，全镇纽扣产品国家、省级监督抽查合格率稳定在98%以上，规模以上企业标准化生产覆盖率达到100%，培育“品字标”企业5家，新增发明专利20项。
二、重点任务
（一）实施标准引领。支持龙头企业牵头制定树脂扣、金属扣团体标准，推动中小企业对标达标。
（二）建设检测平台。依托镇纺织辅料检测中心，新增重金属、色牢度检测能力，为企业提供“一站式”检测服务。
（三）推进绿色转型。对电镀工序实行集中入园管理，2026年底前完成全部电镀企业提标改造。
三、保障措施
成立由镇长任组长的工作专班，每季度召开一次推进会；镇财政每年安排专项资金300万元，对达标企业给予奖补。
永澄镇人民政府
2025年3月3日
""",
    ),
    dict(
        slug="gov-heluo-notice-pertussis-vaccination",
        site="河洛县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.heluoxian.gov.cn/zwgk/tzgg/202503/t20250311_551902.html",
        title="关于开展百日咳疫苗查漏补种工作的通知",
        record_title="关于开展百日咳疫苗查漏补种工作的通知_河洛县人民政府",
        date="2025-03-10",
        notes="index table of 信息公开; document's own contact lines next to the portal's phone; 附件 list; 文号 neutral",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>关于开展百日咳疫苗查漏补种工作的通知_河洛县人民政府</title>
<meta name="ArticleTitle" content="关于开展百日咳疫苗查漏补种工作的通知"><script src="/js/jquery.min.js"></script></head>
<body><div class="topbar">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦m 河洛县人民政府门户网站⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="path">⟦m 首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11410327MB1C44027X/2025-00318⟧</td><td>⟦m 发布机构：县卫生健康委⟧</td></tr>
<tr><td>⟦m 成文日期：2025-03-10⟧</td><td>⟦m 发布日期：2025-03-11⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">河卫〔2025〕19号</p>
<div class="zoom">⟦a 【字号 大 中 小】【打印】【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 | 微博 | QQ空间⟧</div>
<div class="foot"><p>⟦m 主办：河洛县人民政府办公室　承办：县大数据中心⟧</p><p>⟦m 联系电话：0379-66120345　豫ICP备05006021号　豫公网安备41032702000113号⟧</p><p>⟦m 网站标识码4103270007⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县直各医疗卫生单位：
近期，周边地区百日咳报告病例有所增加。为提高适龄儿童含百日咳成分疫苗接种率，有效防控疫情，经研究，决定在全县开展百日咳疫苗查漏补种工作。现将有关事项通知如下。
一、补种对象
全县6周岁以下、未按免疫程序完成含百白破成分疫苗接种的儿童。
二、时间安排
3月15日至4月30日。各接种单位要在3月20日前完成辖区儿童接种证查验和名单梳理。
三、工作要求
各乡镇要发动村医和网格员入户通知，家长可通过“河洛健康”公众号查询孩子的接种记录并预约补种时间；各接种单位要延长服务时间，周六上午照常开诊。
联系人：县疾控中心免疫规划科　侯晓敏
电话：0379-66138021
附件：1.含百白破成分疫苗补种程序表
2.查漏补种进度统计表
河洛县卫生健康委员会
2025年3月10日
""",
    ),
    dict(
        slug="gov-qiancheng-plan-investment-promotion",
        site="芊城区人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qiancheng.gov.cn/xxgk/fdzdgknr/ghjh/content_1620033.html",
        title="芊城区2025年招商引资“百日攻坚”行动方案",
        date="2025-04-02",
        record_date="2025-04-02",
        notes="record date; table one row a paragraph; breadcrumb and reading-aids; chrome line inside the body",
        page="""
!m 芊城区人民政府　Qiancheng District People's Government
!m 当前位置 » 信息公开 » 规划计划
{T}
!m 来源：区投资促进局　　时间：2025-04-02 09:30　　浏览次数：418
!a 〔放大〕〔缩小〕〔默认〕　　〔读屏〕
{BODY}
!m 【责任编辑：宁雅】
!l 相关链接：区投资促进局专栏　|　重点项目库
!m 芊城区人民政府办公室主办　　网站地图　　联系我们
!m 粤ICP备13072291号　　粤公网安备44011502000087号
""",
        body="""
为掀起招商引资热潮，确保二季度重点项目签约落地，制定本方案。
一、目标任务
4月至7月，全区新签约亿元以上项目30个，其中10亿元以上项目3个；新开工项目20个，实际到位资金不低于80亿元。
二、任务分解
单位　签约项目（个）　到位资金（亿元）
区投资促进局　10　25
经济开发区管委会　12　35
各街道（合计）　8　20
⟦a 扫一扫在手机上查看当前页面⟧
三、工作措施
（一）开展产业链精准招商。围绕新能源汽车零部件、预制菜两条链，编制招商图谱，组建4个驻外招商小分队。
（二）建立项目“首席服务官”制度。签约项目由区领导包联，实行“拿地即开工”审批服务。
（三）实行周报月评。各单位每周五报送进度，区投资促进局每月通报排名。
""",
    ),
    dict(
        slug="news-dongpu-daily-reed-harvest",
        site="东浦日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dongpudaily.com/xw/bd/2025-01/08/c_416622.htm",
        title="苇荡开镰 湖区三千亩芦苇迎来收割季",
        record_title=None,
        date="2025-01-08",
        notes="byline time as the date; photo caption and editor line between paragraphs; share bar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>苇荡开镰 湖区三千亩芦苇迎来收割季 - 东浦日报网</title></head>
<body><div id="top">⟦m 东浦日报网 · 东浦新闻第一站⟧ <span>⟦m 2025年1月8日 星期三⟧</span></div>
<nav>⟦m 本地 | 时政 | 经济 | 民生 | 视频 | 数字报⟧</nav>
<div class="crumb">⟦m 东浦日报网 > 本地新闻 > 区县⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 2025-01-08 10:12　来源：东浦日报　记者 查文涛 通讯员 薄玉⟧</div>
<div class="content">
{BODY}
</div>
<div class="edit">⟦m 编辑：裘敏　审核：傅东来⟧</div>
<div class="bshare">⟦l 转发到：微信朋友圈　微博　复制链接⟧</div>
<div class="rel"><h3>⟦l 相关新闻⟧</h3><p>⟦l 湖区冬季候鸟监测全面展开⟧</p><p>⟦l 芦苇工艺品走俏年货市场⟧</p></div>
<footer><p>⟦d 本网所刊登新闻未经授权不得转载。⟧</p><p>⟦m 违法和不良信息举报电话：0571-88230011⟧</p></footer>
</body></html>
""",
        body="""
1月7日，在白漾湖畔的苇荡里，十几台收割机来回穿梭，金黄的芦苇成片倒下，又被打成整齐的捆垛。湖区今年3000余亩芦苇正式开镰收割。
“今年雨水适中，芦苇长得高、杆子粗，每亩能收一吨多。”芦苇收割站站长戚永和告诉记者，收下的芦苇一部分卖给造纸厂，一部分供给附近村里的苇编作坊。
⟦m 图为村民在白漾湖畔捆扎芦苇。记者 查文涛 摄⟧
据了解，为兼顾候鸟栖息，湖区实行分区轮割，每年保留三分之一的芦苇不割，为越冬水鸟留出隐蔽场所。收割工作预计持续到春节前。
""",
    ),
    dict(
        slug="news-xishan-app-online-literature",
        site="锡山新闻客户端 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.xishannews.cn/share/article/9003417",
        title="区网络文学创作者协会成立 首批会员86人",
        record_title="区网络文学创作者协会成立 首批会员86人｜锡山新闻",
        date="2025-05-18",
        notes="app share page; dotted byline date; open-in-app prompt; one-line body",
        page="""
!a 打开锡山新闻APP，阅读体验更佳
!t 区网络文学创作者协会成立 首批会员86人｜锡山新闻
!m 锡山新闻　2025.05.18 16:47　阅读 3.1万
{BODY}
!m 本文来源：锡山新闻客户端　作者：俞嘉
!l 点赞 128　　评论 17　　转发
!l 热门评论
!l 溪桥一叶：支持本地写手！
!d 下载锡山新闻APP，看更多本地资讯
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
5月18日，锡山区网络文学创作者协会成立大会在区文化中心召开，来自全区的86名网络作家成为首批会员。
大会审议通过了协会章程，选举产生了第一届理事会，网名“陌上听潮”的作者柯芳当选会长。
据介绍，全区目前有活跃网络文学作者200余人，其中签约作者47人，作品涉及现实题材、历史、科幻等多个类型。
协会将每月举办一次创作沙龙，并与区内高校合作开设网络文学写作研修班，推动更多反映锡山发展的现实题材作品问世。
""",
    ),
    dict(
        slug="forum-caoyuan-post-dandelion-growing",
        site="草原农友论坛 (invented)",
        style="论坛",
        genre="经验分享",
        kind="other",
        form="text",
        source="http://bbs.caoyuannongyou.com/thread-602281-1-1.html",
        title="种了三年蒲公英，说说我的一点经验",
        record_title="种了三年蒲公英，说说我的一点经验 - 特色种植 - 草原农友论坛",
        date="2024-11-02",
        notes="forum junk lines and glued junk; floor chrome; 发表于 byline",
        page="""
!m 草原农友论坛 › 种植交流 › 特色种植
!l 查看: 5617｜回复: 42
{T}
!m 楼主　老牧坡　　发表于 2024-11-02 21:08
!a 只看该作者　　倒序浏览　　阅读模式
{BODY}
!l 回复　支持(26)　反对(0)
!l 沙发　蓿花开了　发表于 2024-11-03 07:15
!l 收藏了，明年试试。
!a 您需要登录后才可以回帖 登录 | 立即注册
!m Powered by Discuz! X3.5　　草原农友论坛 版权所有
""",
        junk=dict(lines=2, glued=2),
        body="""
三年前我把家里十亩旱地改种了蒲公英，走了不少弯路，今天写出来给想种的朋友参考。
第一是选种。一定要买正规种子公司的大叶蒲公英种子，野生采的种子发芽率低，出苗不齐。我第一年就是贪便宜，三亩地只出了一半苗。
第二是播种时间。我们这边春播在4月中下旬，秋播在8月上旬，秋播的第二年产量更高。播种后一定要保持土壤湿润，盖一层稻草效果很好。
第三是采收。一年可以割三到四茬，割的时候留根，别伤了生长点。晒干后收购价在每斤十二元左右，好年景一亩能收入四千多元。
最后提醒一句，别一下子种太多，先找好销路再扩大规模。
""",
    ),
    dict(
        slug="forum-yanhu-html-property-notice",
        site="雁湖社区论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.yanhu.net/forum.php?mod=viewthread&tid=330198",
        title="关于小区二次供水水箱清洗的通知",
        record_title="[物业公告] 关于小区二次供水水箱清洗的通知 - 雁湖社区论坛",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="Discuz-like thread with jammer fonts; property company's own 联系电话 kept; document date differs from post date",
        page="""
<html><head><meta charset="utf-8"><title>[物业公告] 关于小区二次供水水箱清洗的通知 - 雁湖社区论坛</title></head>
<body><div id="hd">⟦m 雁湖社区论坛 — 邻里有话好好说⟧ <a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 雁湖社区论坛 › 小区生活 › 物业公告⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 锦澜物业客服⟧<br>⟦m 帖子 312 积分 1480⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2025-06-10 08:02⟧ ⟦a 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="po">⟦l 回复 引用 举报⟧</div>
<div class="reply">⟦l 2#　顶楼大爷：终于洗了，上次出水有点黄。⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 © 2001-2025 雁湖社区论坛⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
各位业主：
为保障小区生活用水卫生安全，我司定于6月14日（星期六）8:00至17:00对小区1至12栋二次供水水箱进行清洗消毒，届时上述楼栋将暂停供水。
请各位业主提前做好储水准备，停水期间请关闭家中水龙头，以免恢复供水时造成跑水。清洗完成后，我司将委托第三方检测机构对水质进行检测，检测报告将在小区公告栏张贴。
给您带来的不便，敬请谅解。
服务电话：0512-67730158（24小时）
锦澜物业服务有限公司雁湖项目部
2025年6月9日
""",
    ),
]
