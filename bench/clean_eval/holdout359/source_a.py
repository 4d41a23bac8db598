"""holdout359, part A: 范文 sites, 文库 previews, county portals, news portals and a hobby forum.

Invented text (places, people, firms, sites, URLs, phones and chrome wording); see ../README.md
and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-jianlin-speech-straightener-gb2312",
        site="笺林范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jianlin8.net/jianghua/anquan/2025/0320/5512.html",
        title="在全县美发行业安全用电暨直板夹规范使用培训会上的讲话",
        record_title="【安全讲话·美业专场】在全县美发行业安全用电暨直板夹规范使用培训会上的讲话（拿去即用版）_笺林范文网",
        date="2025-03-14",
        date_also=["2025-03-20"],
        notes="old gb2312 table page: marquee, font row, floating ghost-writer box, counter; date under the speech title, the page's posting date also accepted; speaker line neutral; a ghost-writer QQ glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【安全讲话·美业专场】在全县美发行业安全用电暨直板夹规范使用培训会上的讲话（拿去即用版）_笺林范文网</title>
<script language="javascript" src="/js/count.asp?id=5512"></script>
<style>td{font-size:12px} .fw{line-height:200%}</style>
</head><body bgcolor="#F7F3E8">
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td><marquee scrollamount="3">⟦m 笺林范文网每天上新：讲话稿、述职报告、心得体会，一站找齐⟧</marquee></td>
<td align="right"><a href="#">⟦a 设本站为主页⟧</a> | <a href="#">⟦a 把笺林存进收藏夹⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td class="nav">⟦m 笺林首页⟧ ⟦m 讲话致辞⟧ ⟦m 安全生产⟧ ⟦m 会议主持⟧ ⟦m 总结汇报⟧</td></tr>
<tr><td>⟦m 所在栏目：笺林范文网 ＞＞ 讲话致辞 ＞＞ 安全生产讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2 align="center">{T}</h2>
<p align="center">⟦m 整理：笺林小编　上架日期：2025-03-20　人气：1187⟧</p>
<p align="center">⟦a 字号切换：大字｜常规｜紧凑　　护眼底色：米黄｜浅绿⟧</p>
<p align="center">滉川县市场监督管理局副局长　晏秋澄</p>
<p align="center">（2025年3月14日）</p>
<div class="fw">
{BODY}
</div>
<p>⟦a 【复制全文】【存为Word】【发送到邮箱】⟧</p>
<p>⟦l 前一篇：餐饮行业燃气安全培训会领导讲话⟧<br>⟦l 后一篇：电动车集中充电安全部署会发言⟧</p>
</td><td width="260" valign="top">
<table border="1" bordercolor="#D8CBA8"><tr><td>⟦l 本月阅读排行⟧</td></tr>
<tr><td>⟦l 1. 理发店消防安全检查讲话稿⟧</td></tr>
<tr><td>⟦l 2. 小家电安全使用宣传讲话⟧</td></tr>
<tr><td>⟦l 3. 冬季用电防火动员会主持词⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:6px;top:220px">⟦w 材料难写找笺林：原创定制 QQ 3308152746⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 笺林所收范文多为网友投稿，仅供写作参考，照搬照抄后果自负⟧<br>⟦m 您是笺林第 0082613 位来客⟧<br>⟦m 笺林范文网 jianlin8.net 琼ICP备15004721号⟧</td></tr></table>
<script>document.write('<img src="/stat.gif">');</script>
</body></html>
""",
        body="""
同志们：
今天我们把全县美发店的负责人和技师请到一起，专门讲一讲直板夹这件“小电器”的用电安全。去年冬天，荄口镇一家美发店下班后直板夹没有拔插头，烤焦了半张操作台，所幸发现及时。这件事提醒我们，小隐患不除就会酿成大祸。⟦w 写讲话稿卡壳了？专人代笔 QQ 2871506643⟧
一是要把好进货关。各店采购直板夹必须查验3C认证标志，不得使用无厂名、无温控的“三无”产品。
二是要守好使用关。直板夹用后立即断电，放在耐热垫上自然冷却，严禁搁在毛巾、围布等可燃物上。
三是要抓好培训关。各店每季度至少组织一次安全用电培训，新入职技师先培训、后上岗。
同志们，安全无小事。希望大家把今天的要求带回店里，落到每一把直板夹上。
""",
    ),
    dict(
        slug="fanwen-yanbi-insight-gloves-title-line",
        site="研笔范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.yanbifw.cn/xinde/zhiyuan/30771.html",
        title="参加“骑行护学”志愿服务活动心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line stands after a tag line; no date anywhere (an 入库 stamp is no date)",
        page="""
!m 研笔范文｜写得顺手的材料库
!m 位置：研笔 / 心得体会 / 志愿服务
!m 标签：志愿服务 · 交通安全 · 校园
{T}
!m 入库：2025-05-09　｜　浏览 642　｜　字数约400
!a 复制受限，开通研笔会员即可一键拷贝
{BODY}
!a 看完了？点这里领取同类心得3篇合集
!l 同栏目推荐：护学岗志愿者工作小结　｜　文明交通劝导员心得
!l 同栏目推荐：青年志愿者服务月个人体会
!d 研笔范文所载内容仅供学习交流，转载请注明出处。
!m yanbifw.cn　客服邮箱 kefu@yanbifw.cn
""",
        indent="\u3000\u3000",
        body="""
这个学期，我报名参加了团县委组织的“骑行护学”志愿服务，每周三早上陪菉坪镇小学的孩子们骑车上学。几个月下来，我对“志愿”二字有了新的理解。
第一次上岗那天天气很冷，一个四年级的男孩光着手握车把，手背冻得通红。我把自己的骑行手套摘给他，他戴上后说“手一下子就不僵了”。那一刻我才明白，护学不只是站在路口挥旗，更要留意孩子们骑车时的细节。
⟦w 心得写不出来？研笔写手一对一代拟，微信 yanbi_xz66⟧
后来，我们志愿队把这件事反映给团县委，争取到一批儿童骑行手套，按身高分发给每天骑车上学的孩子，还教他们怎样检查刹车。
这段经历让我懂得，做志愿者要蹲下身子看问题。今后我会继续坚持，把每一次护学都当成第一次来对待。
""",
    ),
    dict(
        slug="wenku-qianzhi-research-patches-html-markers",
        site="千帙文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qianzhiwk.com/view/8c1f02ab57e4.html",
        title="关于全县电动自行车维修点补胎片使用情况的调研报告",
        record_title="关于全县电动自行车维修点补胎片使用情况的调研报告 - 千帙文库【第1—3页可看】",
        date="2025-06-12",
        notes="文库 reader: viewer toolbar, page markers as HTML paragraphs cutting sentences, coin pay box; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于全县电动自行车维修点补胎片使用情况的调研报告 - 千帙文库【第1—3页可看】</title>
<link rel="stylesheet" href="//static.qianzhiwk.com/reader.css">
<script src="//static.qianzhiwk.com/reader.min.js"></script>
</head><body>
<header class="qy-top"><span class="logo">⟦m 千帙文库⟧</span><span>⟦m 行业资料 › 交通运输 › 维修服务⟧</span><a class="login">⟦a 手机号快捷登录⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：轮*****7　格式：DOCX　页数：3　下载次数：29⟧</div>
<div class="viewer-bar">⟦a 全屏阅读 ｜ 缩小 ｜ 放大 ｜ 跳至页码⟧</div></div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="paybox"><p>⟦a 本篇需 12 千帙币，余额不足请先充值⟧</p><p>⟦a 开通包月畅读，本文免费拿走⟧</p></div>
<aside class="rel"><h4>⟦l 读过本篇的人也在看⟧</h4><ul>
<li>⟦l 摩托车维修行业质量调查报告⟧</li><li>⟦l 轮胎修补作业技术规范（讨论稿）⟧</li></ul></aside>
<footer>⟦d 文档由上传者提供，千帙文库仅提供存储，内容侵权请联系我们下架⟧<br>⟦m 千帙文库 qianzhiwk.com 湘ICP备20017384号⟧</footer>
<script>QY.reader.init({docId:"8c1f02ab57e4",preview:3});</script>
</body></html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⇹ 第{n}页 ⇹", every=120, start=2),
        body="""
为了解电动自行车维修点补胎片的使用情况，今年5月，县交通运输局联合县市场监管局组成调研组，走访了城区和荄口、菉坪、浘河三个镇的38个维修点，抽取补胎片样品24批次。现将有关情况报告如下。
一、基本情况。38个维修点中，使用冷补胎片的31个，使用热补设备的7个。抽检的24批次补胎片中，标注厂名厂址的只有15批次，9批次为散装无标识产品。
二、存在问题。一是部分维修点图便宜购进散装补胎片，粘合力不足，补后半月内再次漏气的投诉占全年同类投诉的六成。二是多数维修工没有接受过规范培训，打磨、涂胶、压实等工序随意省略。
三、几点建议。建议将补胎片纳入县级流通领域抽检目录，由行业协会组织维修工技能培训，并在维修点张贴规范补胎流程图。
滉川县交通运输局调研组
2025年6月12日
""",
    ),
    dict(
        slug="wenku-shuyi-plan-gripper-pdf-wrapped-markers",
        site="书逸文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://shuyiwk.net/d/20250409/77310245.html",
        title="蒻溪县老年人握力筛查工作方案",
        record_title="蒻溪县老年人握力筛查工作方案.pdf",
        date="2025-04-09",
        notes="a .pdf file name as the record title; text hard-wrapped at 62 columns and cut by page markers glued to the continuation lines; 成文日期 in Chinese numerals",
        page="""
!m 书逸文库 > 医疗卫生 > 公共卫生方案
!m 蒻溪县老年人握力筛查工作方案.pdf　　共4页　　0.6MB
!a 免费预览前3页　│　下载原文件（需会员）
!m 贡献者：健康小*　贡献时间：2025-04-22
{T}
{BODY}
!a —— 试读到此为止，开通书逸会员解锁余下1页 ——
!a 立即开通　　　稍后再说
!d 书逸文库不对用户上传文档的准确性负责，如有疑问请与上传者联系。
!l 相似文档：老年人跌倒风险评估实施方案　｜　基本公共卫生服务项目年度计划
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⫯{n}⫰", every=100, start=2, glue=True),
        body="""
为及早发现老年人肌少症风险，降低跌倒发生率，县卫生健康局决定在全县开展65岁以上老年人握力筛查，特制定本方案。
一、筛查对象。全县常住65岁以上老年人，今年计划筛查1.2万人，其中菉坪镇作为试点先行开展。
二、筛查方法。由乡镇卫生院公卫人员使用电子握力器测量，受检者站立、手臂自然下垂，左右手各测两次取最大值。男性低于28公斤、女性低于18公斤的列为重点随访对象。
三、工作要求。各卫生院要在体检现场单独设立握力测量台，每台握力器使用前校准；筛查结果录入健康档案，对重点随访对象在一个月内完成复测和运动指导。
蒻溪县卫生健康局
二〇二五年四月九日
""",
    ),
    dict(
        slug="gov-huangchuan-notice-chest-strap-index-table",
        site="滉川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.huangchuan.gov.cn/zwgk/tzgg/202504/t20250418_118204.html",
        title="滉川县教育体育局关于2025年中考体育耐力项目佩戴心率带监测的通知",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="county portal: 索引号 table with the 文号 cell unmarked (neutral); an attachment download link beside the document's own 附件 list; the document's contact next to the portal's 纠错 line and 12345; 抄送 line",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>滉川县教育体育局关于2025年中考体育耐力项目佩戴心率带监测的通知</title>
<script src="/js/jquery.min.js"></script><script src="/js/hc-gov.js"></script>
</head><body>
<div class="gov-top"><span>⟦m 滉川县人民政府门户网站⟧</span> <a>⟦a 银发模式⟧</a> <a>⟦a 盲人阅读通道⟧</a> <a>⟦a 繁简转换⟧</a></div>
<nav>⟦m 网站首页⟧ ⟦m 政务公开⟧ ⟦m 政务服务⟧ ⟦m 互动交流⟧ ⟦m 走进滉川⟧</nav>
<div class="loc">⟦m 您所在位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：11331024MB1D72406X/2025-00381⟧</td><td>⟦m 发布机构：滉川县教育体育局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 成文日期：2025-04-18⟧</td></tr>
<tr><td colspan="2">滉教体〔2025〕27号</td></tr>
</table>
<h1>{T}</h1>
<div class="art-info">⟦m 发布时间：2025-04-18 15:30　信息来源：县教育体育局　浏览次数：2216⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="fj">⟦a 附件下载：监测点安排表.xlsx（18KB）⟧</div>
<div class="art-tool">⟦a 【放大】【缩小】【打印正文】【关闭本页】⟧</div>
<div class="qr">⟦a 用手机扫一扫，在掌上滉川继续阅读⟧</div>
<div class="foot">⟦m 网站纠错热线：0573-86021190⟧　⟦m 政务服务便民热线：12345⟧<br>⟦m 主办：滉川县人民政府办公室　浙ICP备05022718号　网站标识码3304240019⟧</div>
<script>hcGov.stat("118204");</script>
</body></html>
""",
        body="""
各初中学校：
为保障考生在中考体育耐力项目中的身体安全，经研究，今年中考体育男子1000米、女子800米项目实行佩戴心率带全程监测。现将有关事项通知如下。
一、监测方式。考生检录后由考务人员为其佩戴胸式心率带，心率数据实时传至考点医疗站。考生心率连续10秒超过每分钟200次的，由医护人员示意其减速或停止考试。
二、学校准备。各校在4月30日前组织初三学生体验佩戴心率带跑步至少一次，消除紧张情绪。
三、卫生要求。心率带每人一根，用后统一消毒，考生不得自带。
联系人：殷书禾　联系电话：0573-86115362
附件：2025年中考体育心率监测点安排表
抄送：县卫生健康局，县疾控中心。
滉川县教育体育局
2025年4月18日
""",
    ),
    dict(
        slug="gov-ruoxi-bulletin-patch-spotcheck-wrapped",
        site="蒻溪县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.ruoxi.gov.cn/art/2025/7/3/art_1472_90613.html",
        title="蒻溪县市场监督管理局关于补胎片等汽车用品质量抽查情况的通报",
        record_title="蒻溪县市场监督管理局关于补胎片等汽车用品质量抽查情况的通报 ‖ 市场监管专栏 ‖ 蒻溪县人民政府",
        date="2025-06-27",
        date_also=["2025-07-03"],
        notes="text page hard-wrapped at 64 columns; a data table one row a paragraph; the portal's posting date also accepted, the 成文日期 expected",
        page="""
!m 蒻溪县人民政府　　www.ruoxi.gov.cn
!m 当前：首页 ＞ 部门动态 ＞ 市场监管专栏
{T}
!m 发布日期：2025-07-03　来源：县市场监督管理局　字号：[大 中 小]
!a 打印此页　　分享至微信
蒻市监〔2025〕41号
{BODY}
!l 上一条：蒻溪县2025年第二季度食品安全抽检信息
!l 下一条：关于开展电动自行车销售维修门店检查的通知
!m 蒻溪县人民政府办公室主办　政府网站标识码：3306250008
!m 意见建议请拨：0575-83327100
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
各有关经营单位：
今年5月至6月，我局对全县汽车用品经营单位开展了质量抽查，共抽取补胎片、补胎胶水、气门芯三类产品30批次，检出不合格产品6批次。现将抽查情况通报如下。
产品名称　抽查批次　不合格批次　主要问题
补胎片　14　4　剥离强度不达标
补胎胶水　10　2　固含量偏低
气门芯　6　0　无
对抽查不合格的6批次产品，我局已责令经营者停止销售，并依法立案调查。各经营单位要严格落实进货查验制度，不得购进无生产厂名、无检验合格证明的补胎片。
蒻溪县市场监督管理局
2025年6月27日
""",
    ),
    dict(
        slug="news-lvzhou-gloves-factory-app-prompt",
        site="澛州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.luzhouxw.cn/county/2025-10/21/content_4418063.htm",
        title="荄口镇骑行手套订单排到明年春天",
        record_title="荄口镇骑行手套订单排到明年春天 ▏县域经济 ▏澛州新闻网",
        record_date="2025-10-21",
        date="2025-10-21",
        notes="news portal: client prompt glued before the lead, photo captions between paragraphs, an editor line glued after the last paragraph, ad slot, 24-hour list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>荄口镇骑行手套订单排到明年春天 ▏县域经济 ▏澛州新闻网</title>
<script src="https://res.luzhouxw.cn/js/ad.js"></script>
</head><body>
<div class="bar">⟦m 澛州新闻网 · 澛州日报社主办⟧　<a>⟦a 下载“掌上澛州”客户端⟧</a></div>
<ul class="chan"><li>⟦m 时政⟧</li><li>⟦m 县域经济⟧</li><li>⟦m 民生⟧</li><li>⟦m 文旅⟧</li></ul>
<div class="crumbs">⟦m 澛州新闻网 ＞ 县域 ＞ 滉川⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-10-21 08:46　来源：澛州日报　记者 蒋迟穗 通讯员 罗小栀⟧</div>
<div class="listen">⟦a 听新闻 ▶⟧</div>
<article>
{BODY}
</article>
<div class="ad-slot">⟦m 广告位招租 0573-82116600⟧</div>
<div class="h24"><h3>⟦l 全天热读⟧</h3><ol><li>⟦l 鹍阳县新开通两条城乡公交⟧</li><li>⟦l 澛州今冬首场寒潮预计周末抵达⟧</li></ol></div>
<footer>⟦d 澛州新闻网版权所有，未经书面授权禁止转载⟧<br>⟦m 互联网新闻信息服务许可证：33120190021⟧</footer>
</body></html>
""",
        body="""
⟦a 打开掌上澛州，看更多县域好新闻⟧本报讯　10月20日，记者走进滉川县荄口镇锦骑服饰有限公司的缝制车间，40多台电脑绣花机和缝纫机同时运转，工人们正在赶制一批发往欧洲的骑行手套。
“今年订单比去年多了三成，已经排到明年春天。”公司负责人魏少棠说。这款手套掌心加了硅胶防滑点和减震垫，手背用透气网布，一双出厂价不到30元。
⟦m 图为工人在检查骑行手套的掌心缝线。蒋迟穗 摄⟧
近年来，荄口镇引导服装加工户转型做运动手套，全镇现有手套企业17家，带动就业1300多人。镇里还联合职业学校开设缝制培训班，今年已培训新工人210名。⟦m 编辑：孔令枝　审核：许归帆⟧
""",
    ),
    dict(
        slug="news-kunyang-dorm-straightener-title-line",
        site="鹍阳在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.kunyangol.com/xw/shehui/2025/1209/61537.shtml",
        title="宿舍里直板夹没拔电 消防员及时处置未酿火灾",
        record_title=None,
        date="2025-12-09",
        notes="no title in the record: the title line on the page; the byline's 发布时间 is the page's date; a share row and a related list",
        page="""
!m 鹍阳在线　|　鹍阳人自己的新闻网
!m 频道：社会 › 平安鹍阳
{T}
!m 发布时间：2025-12-09 17:12　来源：鹍阳在线　作者：融媒体中心 饶淑怡
!a 分享到：朋友圈　微博　QQ空间
{BODY}
!m 〔责编：贺西亭〕
!l 延伸阅读：冬季宿舍用电安全“五不要”
!l 延伸阅读：鹍阳县开展校园消防安全大检查
!d 本站原创稿件，转载须注明“来源：鹍阳在线”
""",
        indent="\u3000\u3000",
        body="""
12月8日下午，鹍阳县浘河镇一所职业学校女生宿舍冒出浓烟，宿管员立即拨打119。消防员赶到后发现，一把直板夹放在床铺的被子上，插头没拔，被子已烤出一个焦洞。
消防员迅速切断电源，将冒烟的被褥移到室外处置，整个过程用时不到十分钟，未造成人员受伤。
据了解，这名学生早上赶时间上课，用完直板夹随手放在床上就出了门。消防部门提醒，直板夹加热温度可达200摄氏度以上，用后一定要拔掉插头，放在耐热的地方冷却。学校宿舍严禁使用无自动断电功能的直板夹、卷发棒等电器。
""",
    ),
    dict(
        slug="forum-woli-gripper-thread-jammer",
        site="握力吧健身论坛 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jianshenwoli.com/thread-20931-1-1.html",
        title="一根可调握力器练了一年，说说我的体会",
        record_title="[器材杂谈] 一根可调握力器练了一年，说说我的体会（纯分享不带货） - 握力器材区 - 握力吧健身论坛",
        date=None,
        notes="Discuz-like forum: poster panel, rating row, signature, jammer fonts inside the post; no date (发表于 with a relative time only)",
        page="""
<html><head><meta charset="gbk">
<title>[器材杂谈] 一根可调握力器练了一年，说说我的体会（纯分享不带货） - 握力器材区 - 握力吧健身论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
</head><body>
<div id="toptb">⟦m 握力吧健身论坛⟧　<a>⟦a 快速登录⟧</a>　<a>⟦a 注册新ID⟧</a></div>
<div id="pt">⟦m 论坛首页 › 器材交流 › 握力器材区⟧</div>
<table id="pid1"><tr><td class="pls">
<div>⟦m 铁手阿岱⟧</div><div>⟦m 帖子 318　精华 3　积分 2740⟧</div><div>⟦m 等级：握力小成⟧</div></td>
<td class="plc"><h1 id="thread_subject">⟦t [器材杂谈] 一根可调握力器练了一年，说说我的体会（纯分享不带货）⟧</h1>
<div class="authi">⟦m 发表于 3 天前　|　只看楼主　|　电梯直达⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 5　体力 +12　收起理由：干货⟧</div>
<div class="sign">⟦m 签名：握得住，放得下 —— 阿岱⟧</div>
<div class="po">⟦a 回复　收藏　支持　反对⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 登录之后才能参与讨论，没有账号？马上注册⟧</div>
<div id="ft">⟦m 握力吧健身论坛 ( 鲁ICP备19066271号-1 )⟧ ⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=3),
        body="""
先说背景：本人办公室久坐，去年体检医生说握力偏低，建议练练手。于是买了一根可调握力器，阻力从10公斤到60公斤。
前三个月我每天练三组，每组20下，阻力只开到15公斤。刚开始手指第二天酸得拿筷子都抖，坚持两周就适应了。
半年后加到30公斤，这时候最明显的变化是拧瓶盖轻松了，打字也不容易累。
一年下来，我的左手握力从31公斤涨到了42公斤。经验就三条：阻力宁小勿大，动作要握满再慢慢放，手腕有旧伤的先问医生。
大家有问题楼下问，看到都回。
""",
    ),
    dict(
        slug="forum-paoyou-chest-strap-post-junk-text",
        site="跑友驿站论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.paoyouyz.com/forum/t/58214",
        title="心率带和手表光电心率到底差多少？实测三次给大家看",
        record_title="【实测对比】心率带和手表光电心率到底差多少？实测三次给大家看 / 装备讨论 / 跑友驿站",
        date=None,
        notes="forum thread as text: anti-scraping junk lines and glued junk; replies below; no date (a relative time and an edit stamp only)",
        page="""
!m 跑友驿站 › 装备讨论 › 心率与手表
!t 【实测对比】心率带和手表光电心率到底差多少？实测三次给大家看
!m 楼主：慢跑的老萧　　2 天前　　阅读 3902　回复 47
!m 此帖于昨天 21:40 被楼主修改过
{BODY}
!a 引用　点赞(86)　举报
!l 2楼　步频一八零：数据很直观，收藏了
!l 3楼　夜跑鹍阳：我也是心率带党，间歇跑手表根本跟不上
!a 想回帖先登录，驿站新朋友点此注册
!m 跑友驿站 paoyouyz.com　｜　联系版主　｜　手机版
""",
        junk=dict(lines=2, glued=3),
        body="""
很多新跑友问我要不要买心率带，我干脆做了三次对比，一边戴胸式心率带，一边戴手表测光电心率。
第一次是慢跑8公里，两边平均心率只差2次，曲线几乎重合。
第二次是400米间歇，差别就出来了。每次加速后，心率带十几秒内就升到178，手表却要等半分钟左右才追上来，停下休息时手表又降得慢。
第三次是冬天早上跑，手腕冷，手表中途还出现过一段跳到190的异常值，心率带一直很稳定。
结论很简单：平时慢跑戴手表够用，要练间歇、控强度，还是心率带准。另外心率带的电极要先沾点水再戴，用完洗干净晾干，不然容易掉信号。
""",
    ),
]
