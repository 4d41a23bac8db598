"""holdout351, part A: 范文 sites, 文库 readers, county portals, news portals, forums.

Written by hand for the blind part holdout351 (see ../README.md and ../build.py for the
markup). Every place, person, firm, site, URL, phone number and chrome line is invented.
"""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-greenhouse-film-renewal",
        site="墨耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfw.com/jianghua/nongye/2025/0226/5817.html",
        title="在全县设施蔬菜大棚膜更新换代推进会上的讲话",
        record_title="【发言稿精选】在全县设施蔬菜大棚膜更新换代推进会上的讲话（一字不改也能用）_墨耕范文网",
        date="2025-02-18",
        date_also=["2025-02-26"],
        notes="old gb2312 table page: marquee, text-size row, floating ghost-writer QQ box, hot list, visitor "
        "counter; date and speaker line under the speech title (neutral); ghost-writer prompt glued after a 。; "
        "a members-only line between paragraphs; the page's own posting date differs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【发言稿精选】在全县设施蔬菜大棚膜更新换代推进会上的讲话（一字不改也能用）_墨耕范文网</title>
<meta name="keywords" content="大棚膜,设施蔬菜,讲话稿,推进会">
<link href="/css/mg_style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mg_float.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo"><img src="/images/mg_logo.gif" alt="墨耕范文网"></td><td class="slogan">⟦m 墨耕范文网——笔下有田，心中有稿⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 墨耕范文网收录讲话、总结、方案等各类文稿二十万篇，每日更新，欢迎投稿交流！⟧</marquee></td></tr>
<tr><td colspan="2" class="menu"><a href="/">⟦m 网站首页⟧</a> <a href="/jianghua/">⟦m 领导讲话⟧</a> <a href="/zongjie/">⟦m 总结汇报⟧</a> <a href="/fangan/">⟦m 计划方案⟧</a> <a href="/tongzhi/">⟦m 公文通知⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 当前位置：墨耕范文网 → 领导讲话 → 农业农村讲话⟧</td></tr></table>
<table width="100%" class="wenzhang">
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center">⟦m 添加时间：2025-02-26　来源：会员“稻香斋主”投稿　人气：3391⟧</td></tr>
<tr><td align="center">⟦a 【正文大小：特大 较大 适中 偏小】【护眼绿底】【收进我的书架】⟧</td></tr>
<tr><td align="center">（2025年2月18日）</td></tr>
<tr><td align="center">县委常委、副县长　钟立衡</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a 〖复制本篇〗〖存为Word文档〗〖发给同事〗⟧</td></tr>
<tr><td>⟦l 上一篇文稿：在全县春季动物防疫工作会议上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇文稿：在全县农村人居环境整治现场会上的主持词⟧</td></tr>
</table>
</td>
<td width="250" valign="top" class="side">
<table width="100%"><tr><td class="side_t">⟦l 本月点击榜⟧</td></tr>
<tr><td><a href="/jianghua/3310.html">⟦l ・在全县冬春农田水利建设动员会上的讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/3326.html">⟦l ・分管农业副县长在种粮大户座谈会上的讲话⟧</a></td></tr>
<tr><td><a href="/fangan/2871.html">⟦l ・设施农业提升三年行动方案（参考稿）⟧</a></td></tr>
</table>
</td>
</tr>
</table>
<div id="mg_qq" style="position:absolute;right:6px;top:220px;">⟦w 材料代笔QQ：3105527760（当日可交初稿）⟧</div>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 本站文稿多为网友投稿，仅供学习借鉴，转载请保留出处，若有侵权请告知删除。⟧</td></tr>
<tr><td align="center">⟦m 墨耕范文网 www.mogengfw.com　湘ICP备16027731号⟧</td></tr>
<tr><td align="center">⟦m 本站累计接待访客 1032877 人次⟧</td></tr>
</table>
<script language="javascript">mgFloat("mg_qq");</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开这次推进会，主要是总结去年大棚膜更新试点经验，部署今年全县设施蔬菜大棚膜更新换代工作。刚才，县农业农村局通报了试点情况，埗头镇、洤坪镇作了交流发言，我都赞同。下面，我讲三点意见。
一、看清账本，更新换代势在必行
全县现有设施蔬菜大棚1.36万个，其中使用超过三年的老旧棚膜约占四成。老膜透光率下降、保温性能变差，冬季棚内温度平均低2到3摄氏度，直接影响黄瓜、番茄的产量和上市时间。去年试点的620个大棚换上长寿无滴膜后，亩均增收1800元左右，账算得清，群众看得见。
⟦a 本篇为墨耕会员专享范文，开通会员即可复制剩余段落⟧
二、突出重点，把好事办实办好
一要把好质量关，统一招标采购，严禁劣质膜、再生料膜进村入户。二要把好补贴关，按每亩350元标准兑现，做到公开公示、直达农户。⟦w 写材料没思路？墨耕代笔团队一对一服务，微信 mogeng_wx07⟧三要把好回收关，换下的旧膜由各镇统一收集，交有资质的企业处理，决不能一烧了之、一埋了之。
三、压实责任，确保3月底前全面完成
各镇要成立工作专班，建立台账，倒排工期；县农业农村局要加强技术指导，组织农技人员进棚入户，手把手教群众换膜、压膜；县财政局要及时拨付补贴资金。
同志们，春季蔬菜生产不等人。希望大家抓住天气转暖的有利时机，抓紧抓实各项工作，为全年设施农业稳产增收打下坚实基础！
""",
    ),
    dict(
        slug="fanwen-antou-insight-pet-bowl-training",
        site="案头文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.antouwengao.com/xinde/peixun/71264.html",
        title="宠物用品店新员工岗前培训心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line carries a 〔站长推荐〕 tag; an update stamp "
        "(3 天前) is no date; an AI-continue prompt between paragraphs; a fold prompt at the end",
        page="""
!m 案头文稿网｜写好每一篇文稿
!m 位置：首页 » 心得体会 » 培训学习心得
!t 〔站长推荐〕宠物用品店新员工岗前培训心得体会
!m 字数：约720字　浏览：986　更新：3 天前
!a 复制全文请先登录　|　纠错举报
{BODY}
!a 剩余4篇同题文稿已折叠，开通月卡一次看全
!l 同类文稿推荐
!l ◇ 新入职员工岗前培训心得（服务行业版）
!l ◇ 门店营业员培训学习体会三篇
!l ◇ 宠物医院实习生心得体会范文
!d 本站文稿来自用户投稿与编辑整理，只作写作参考，涉及权益问题请与我们联系处理。
!m 案头文稿网 antouwengao.com　浙ICP备2023036718号-1
""",
        indent="\u3000\u3000",
        body="""
上个月，我通过面试进入泙溪县萌宝宠物用品店工作。店里安排了为期一周的岗前培训，内容包括商品知识、顾客接待、门店卫生和安全规范。虽然时间不长，但让我对这份工作有了全新的认识，下面谈谈几点体会。
一是小商品里有大学问。过去我以为宠物碗就是个碗，培训时店长拿出不锈钢、陶瓷、密胺和硅胶四种碗逐一讲解：不锈钢碗耐摔好洗，陶瓷碗稳重但怕磕，密胺碗轻便却不宜装热水，硅胶折叠碗适合外出携带。顾客问起时，我们要根据宠物的体型、年龄和进食习惯来推荐，而不是哪个贵就卖哪个。
⟦a 写不下去了？点这里让AI照着这篇续写一份⟧
二是服务要站在顾客角度。培训中有一个情景演练：一位老人给家里的老年犬买碗，嫌普通碗太矮，狗狗低头吃饭很吃力。店长示范推荐了带支架的抬高碗，老人连声道谢。我明白了，好的推荐来自多问一句、多想一步。
三是卫生规范一点不能马虎。店里展示用的样品碗每天清洗消毒，顾客试用过的碗单独存放，这些要求看似繁琐，却关系到顾客对门店的信任。
培训结束了，学习才刚刚开始。我会把学到的知识用到每一次接待中，努力成为一名让顾客放心的店员。
""",
    ),
    dict(
        slug="wenku-zhiyuan-research-phone-stand-pdf",
        site="知渊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyuanwk.com/p-30918842.html",
        title="关于中小学生居家学习使用手机支架情况的调研报告",
        record_title="关于中小学生居家学习使用手机支架情况的调研报告.pdf",
        date="2025-05-20",
        notes="文库 reader: file-name record title, viewer toolbar, page markers ⮙ n ⮛ as HTML paragraphs "
        "cutting sentences, a coin pay box; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于中小学生居家学习使用手机支架情况的调研报告.pdf - 知渊文库</title>
<meta name="description" content="关于中小学生居家学习使用手机支架情况的调研报告">
<link rel="stylesheet" href="//static.zhiyuanwk.com/reader/v3/reader.css">
<script src="//static.zhiyuanwk.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="zy-top">
<a class="zy-logo" href="/">⟦m 知渊文库 · 读懂每一页⟧</a>
<nav><a href="/jiaoyu/">⟦m 教育资料⟧</a><a href="/gongwen/">⟦m 公文写作⟧</a><a href="/hangye/">⟦m 行业报告⟧</a></nav>
<div class="zy-user"><a href="/login">⟦a 登录领新人券⟧</a></div>
</header>
<div class="zy-crumb">⟦m 知渊文库 › 教育资料 › 调研报告 › 文档详情⟧</div>
<main class="zy-reader">
<h1 class="zy-title">{T}</h1>
<div class="zy-info">⟦m 贡献者：澜***师　上传于 2025-06-03　共6页　浏览 2406 次⟧</div>
<div class="zy-toolbar">⟦a 放大　缩小　适应宽度　全屏阅读　目录⟧</div>
<div class="zy-page">
{BODY}
</div>
<div class="zy-paywall">⟦a 免费预览已结束，剩余3页支付8知渊币即可阅读并下载⟧</div>
<div class="zy-btns"><a>⟦a 下载文档（PDF）⟧</a><a>⟦a 收进我的文件夹⟧</a><a>⟦a 举报⟧</a></div>
</main>
<aside class="zy-side">
<h3>⟦l 看过此文档的人还看了⟧</h3>
<ul>
<li>⟦l 中小学生视力健康状况调研报告（2024）⟧</li>
<li>⟦l 关于学生电子产品使用情况的调查与思考⟧</li>
<li>⟦l 居家网课期间学生学习状态问卷分析⟧</li>
</ul>
</aside>
<footer class="zy-foot">
<p>⟦d 知渊文库所有文档均由用户上传，平台仅提供信息存储空间服务，如发现侵权请发送邮件至 jubao@zhiyuanwk.com。⟧</p>
<p>⟦m ©2025 zhiyuanwk.com　沪ICP备21008816号-3⟧</p>
</footer>
<script>ZYReader.init({docId: 30918842, freePages: 3});</script>
</body>
</html>
""",
        pages=dict(fmt="⮙ {n} ⮛", every=150, start=2),
        body="""
为了解中小学生居家学习中手机支架的使用情况，今年4月，浤州市塽口区教育研究室以问卷和入户访谈相结合的方式，对全区9所中小学的1240名学生及其家长开展了专题调研。现将有关情况报告如下。
一、基本情况
调查显示，83.6%的家庭为孩子配备了手机支架，主要用于观看网课、拍照上传作业和视频答疑。其中桌面夹式支架占47.2%，折叠式底座支架占38.5%，落地式懒人支架占14.3%。
二、存在的问题
一是高度普遍偏低。约六成学生使用支架时屏幕中心低于视线15厘米以上，长时间低头容易造成颈部疲劳。二是质量参差不齐。部分低价支架夹口松动、底座不稳，调研中有21名学生反映手机曾从支架上滑落。三是距离过近。近四成学生的眼睛与屏幕距离不足40厘米。
三、几点建议
学校要把正确使用电子设备纳入健康教育内容；家长要为孩子选择可调节高度、底座稳固的支架，并督促孩子每学习30分钟远眺休息；相关部门要加强对儿童学习用品的质量抽查。
塽口区教育研究室
2025年5月20日
""",
    ),
    dict(
        slug="wenku-lanye-plan-greenhouse-film-recycling-wrapped",
        site="蓝页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://lanyewenku.cn/doc/7751203.html",
        title="坦原县2025年废旧大棚膜回收利用工作实施方案",
        record_title="坦原县2025年废旧大棚膜回收利用工作实施方案（原稿可改·共12页）- 蓝页文库",
        date="2025-03-10",
        notes="文库 text hard-wrapped at 60 columns, page markers ⬹n⬹ glued to the continuation line; "
        "upload stamp is no date; 成文日期 under the signature",
        page="""
!m 蓝页文库 · 海量文档随手读
!m 文库首页 / 农业农林 / 政策方案
!t 坦原县2025年废旧大棚膜回收利用工作实施方案（原稿可改·共12页）
!m 上传时间：2025-04-02　｜　页数：12　｜　需下载券：3
!a 阅读器工具栏：＋放大　－缩小　⇱全屏　⌕页内查找
{BODY}
!a 试读已翻到第6页，余下内容兑换下载券后可见
!l 相关文档：农膜回收利用考核办法｜地膜科学使用回收试点方案｜设施农业补贴申报指南
!d 本文档由用户自行上传，蓝页文库只提供存储空间，不对内容的准确性负责。
!m © 蓝页文库 lanyewenku.cn
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⬹{n}⬹", every=150, start=2, glue=True),
        body="""
为减少农田“白色污染”，推动废旧大棚膜资源化利用，根据省、市农膜回收工作部署，结合我县实际，制定本方案。
一、工作目标
2025年全县废旧大棚膜回收率达到85%以上，设施农业集中区基本实现应收尽收，回收的旧膜全部进入规范处置渠道。
二、主要任务
（一）健全回收网络。以镇为单位设立回收站点，村级设立暂存点，全县建成回收站点18个、暂存点126个，做到就近交售、定期清运。
（二）推行以旧抵新。农户交售旧膜可按每公斤0.6元抵扣购买新膜的款项，由供膜企业与镇政府按月结算。
（三）加强加工利用。支持县再生资源公司建设造粒生产线，年处理旧膜能力达到3000吨。
三、保障措施
各镇要明确分管领导和专职人员，县农业农村局会同生态环境、供销等部门每季度开展一次督导，对工作推进缓慢的镇进行通报。
坦原县农业农村局
2025年3月10日
""",
    ),
    dict(
        slug="gov-youshui-notice-greenhouse-film-collection",
        site="浟水县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.youshui.gov.cn/zwgk/bmwj/nyncj/202503/t20250307_881204.html",
        title="关于开展春季废旧大棚膜集中回收行动的通知",
        record_title="关于开展春季废旧大棚膜集中回收行动的通知 ‖ 农业农村局文件 ‖ 浟水县人民政府门户网站",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="county portal: 长辈版/无障碍 links, 索引号 table (文号 cell unmarked, neutral), the notice's own "
        "联系人/电话 beside the portal's 纠错 line and 12345; 附件 list beside an attachment link; 抄送 and 印发 "
        "lines; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展春季废旧大棚膜集中回收行动的通知 ‖ 农业农村局文件 ‖ 浟水县人民政府门户网站</title>
<meta name="SiteName" content="浟水县人民政府">
<meta name="ColumnName" content="部门文件">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/ys_access.js"></script>
</head>
<body>
<div class="ys-topbar">⟦m 欢迎访问浟水县人民政府门户网站⟧ <a href="javascript:;">⟦a 长辈版⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a> <a href="/sjb/">⟦a 手机版⟧</a></div>
<div class="ys-banner">⟦m 浟水县人民政府　清水长流　兴业惠民⟧</div>
<ul class="ys-nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进浟水⟧</li></ul>
<div class="ys-loc">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县农业农村局⟧</div>
<table class="ys-index">
<tr><td>⟦m 索引号：11431026MB1H03728X/2025-00416⟧</td><td>⟦m 发布机构：浟水县农业农村局⟧</td></tr>
<tr><td>文号</td><td>浟农发〔2025〕9号</td></tr>
<tr><td>⟦m 主题分类：农业、林业、水利⟧</td><td>⟦m 发布日期：2025-03-07⟧</td></tr>
</table>
<div class="ys-article">
<h2>{T}</h2>
<div class="ys-tools">⟦a 字号：〔大〕〔中〕〔小〕　〔打印正文〕　〔关闭本页〕⟧</div>
<div class="ys-text">
{BODY}
</div>
<div class="ys-att">⟦a 附件下载：浟农发〔2025〕9号附件.xlsx（48KB）⟧</div>
<div class="ys-share">⟦l 分享至：微信 ｜ 微博 ｜ QQ空间⟧</div>
<div class="ys-qr">⟦a 打开手机扫一扫，把本文带在身边⟧</div>
</div>
<div class="ys-related"><h4>⟦l 相关文件⟧</h4>
<p>⟦l 浟水县农作物秸秆综合利用实施方案（2025年）⟧</p>
<p>⟦l 关于做好2025年春耕备耕农资保障工作的通知⟧</p>
</div>
<div class="ys-footer">
<p>⟦m 主办单位：浟水县人民政府办公室　承办：浟水县政务服务和大数据中心⟧</p>
<p>⟦m 网站标识码：4310260008　湘ICP备05011327号　湘公网安备 43102602000115号⟧</p>
<p>⟦m 网站纠错电话：0739-7820000（工作日）　政务服务便民热线：12345⟧</p>
</div>
<script>ysAccess.bind();</script>
</body>
</html>
""",
        body="""
各镇人民政府，县直有关单位：
为做好春季设施农业生产准备，防止废旧大棚膜随意丢弃、焚烧造成环境污染，县农业农村局决定于3月10日至4月30日在全县开展春季废旧大棚膜集中回收行动。现将有关事项通知如下。
一、回收范围。全县设施蔬菜、食用菌、育苗等各类大棚更换下来的旧棚膜、压膜线和破损防虫网。
二、回收方式。各镇设立固定回收点，实行“农户送交、村级暂存、镇级清运”，回收价格按每公斤0.5元执行，由县财政给予补助。
三、工作要求。各镇要于3月15日前将回收点设置情况报县农业农村局，每月5日前报送上月回收台账。
联系人：农业生态股　邬晓岚，电话：0739-7826413
附件：1.各镇回收点设置情况表
2.废旧大棚膜回收台账（样表）
浟水县农业农村局
2025年3月5日
抄送：县生态环境分局，县供销社。
浟水县农业农村局办公室　2025年3月5日印发
""",
    ),
    dict(
        slug="gov-pingxi-report-pet-bowl-spot-check-wrapped",
        site="泙溪县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.pingxi.gov.cn/xxgk/ccxx/202505/t20250514_61032.html",
        title="关于宠物碗产品质量监督抽查情况的通报",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="record title as is; text hard-wrapped at 70 columns; 文号 line under the title (neutral); data "
        "table one row a paragraph; posting date differs from the 成文日期",
        page="""
!m 泙溪县市场监督管理局　政务公开专栏
!m 当前位置：首页 > 信息公开 > 抽查抽检信息
{T}
泙市监通〔2025〕17号
!m 发布日期：2025-05-14　　信息来源：质量监督股　　浏览次数：652
!a 【较大字号】【标准字号】【打印此页】【关闭窗口】
{BODY}
!l 上一条：关于开展电动自行车充电器质量专项检查的公告
!l 下一条：2025年4月食品安全监督抽检信息公告
!m 主办：泙溪县市场监督管理局　网站标识码：3610280017　赣ICP备19004821号
!m 消费投诉举报专线：12315
""",
        indent="    ",
        wrap=70,
        body="""
各市场监管所，有关企业：
为保障宠物用品质量安全，今年4月，县市场监督管理局组织对全县线上线下销售的宠物碗产品开展了监督抽查。现将抽查情况通报如下。
本次共抽查宠物碗产品40批次，涉及生产企业6家、销售单位22家，检验项目包括迁移物质、耐热性能、重金属和标识标注等。经检验，合格35批次，不合格5批次，批次合格率为87.5%。
序号　产品名称　标称生产单位　不合格项目
1　陶瓷猫碗（小号）　泙溪县瓷韵日用品厂　铅溶出量
2　密胺双碗　浤州市乐宠塑业有限公司　甲醛迁移量
3　仿竹纤维宠物碗　淩川县禾润工贸有限公司　标识标注
4　硅胶折叠碗　网店“喵趣小铺”　耐热性能
5　不锈钢慢食碗　泙溪县汪汪宠物用品店　标识标注
对抽查不合格的产品，各市场监管所要依法督促相关企业和经营者立即下架、召回，查明原因并整改到位；对拒不整改的，依法从严查处。广大消费者选购宠物碗时，应查看产品标识，不要使用破损或有异味的碗。
泙溪县市场监督管理局
2025年5月12日
""",
    ),
    dict(
        slug="news-hongzhou-float-town-output",
        site="浤州新闻网 (invented)",
        style="新闻门户",
        genre="news",
        kind="news",
        form="html",
        source="https://www.hongzhounews.cn/xianyu/2025-06/09/content_418827.html",
        title="碆湾镇鱼漂产业年产值突破两亿元",
        record_title="碆湾镇鱼漂产业年产值突破两亿元｜浤州新闻网·县区频道",
        date="2025-06-09",
        notes="news portal: an app prompt glued before the lead, a photo caption between paragraphs, an "
        "editor line glued after the last paragraph; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>碆湾镇鱼漂产业年产值突破两亿元｜浤州新闻网·县区频道</title>
<script>window.HZN = {channel: "xianyu", id: 418827};</script>
<script async src="//tj.hongzhounews.cn/hit.js"></script>
</head>
<body>
<div class="hzn-head">
<span class="brand">⟦m 浤州新闻网　浤州日报社主办⟧</span>
<span class="wx">⟦a 下载浤州新闻客户端⟧</span>
</div>
<nav class="hzn-nav">⟦m 首页　时政　县区　经济　民生　文旅　视频⟧</nav>
<div class="hzn-path">⟦m 浤州新闻网 > 县区频道 > 浟水⟧</div>
<article>
<h1>{T}</h1>
<div class="hzn-meta">⟦m 发布时间：2025-06-09 07:45　来源：浤州日报　作者：柯晓鸥⟧</div>
<div class="hzn-listen">⟦a ▶ 点击收听本文（约3分钟）⟧</div>
<div class="hzn-body">
{BODY}
</div>
<div class="hzn-jb">⟦m 新闻线索征集热线：0739-8821110⟧</div>
</article>
<div class="hzn-ad">⟦m 〔广告〕碆湾鱼漂直播节·6月18日全场包邮⟧</div>
<section class="hzn-24h"><h3>⟦l 24小时热文⟧</h3>
<ol>
<li>⟦l 浤州至淩川城际公交下月开通⟧</li>
<li>⟦l 峗山县启动夏季防汛应急演练⟧</li>
<li>⟦l 塽口区新增3处口袋公园⟧</li>
</ol></section>
<footer>
<p>⟦d 凡本网注明“来源：浤州日报”的作品，版权归浤州日报社所有，未经书面授权不得转载。⟧</p>
<p>⟦m 互联网新闻信息服务许可证：43120230017　湘ICP备12003364号⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开浤州新闻APP，听本地好声音⟧本报讯（记者 柯晓鸥 通讯员 费南星）走进浟水县碆湾镇鱼漂产业园，工人们正忙着给漂身刷漆、插漂尾，一支支色彩鲜艳的鱼漂整齐地码放在晾架上。记者从镇里获悉，去年全镇鱼漂产业年产值达到2.3亿元，产品销往全国20多个省份和东南亚地区。
碆湾镇做鱼漂已有三十多年历史。早年间，村民用芦苇、孔雀羽毛手工制漂，走街串巷售卖；如今，全镇有鱼漂生产企业和家庭作坊160多家，从业人员4000余人，形成了从原料加工、漂身打磨到包装销售的完整链条。
⟦m 图为碆湾镇鱼漂产业园工人正在为漂尾上色。记者 柯晓鸥 摄⟧
“以前一支漂卖几块钱，现在做高端纳米漂，一支能卖到六七十元。”鱼漂厂负责人詹立群说，厂里去年新上了数控打磨设备，产品合格率提高到98%以上。
为帮助企业拓展市场，镇里建起电商直播基地，培训带货主播120多名，去年线上销售额占比超过一半。下一步，碆湾镇将申报鱼漂地理标志商标，推动产业向品牌化发展。⟦m 编辑：聂小禾　二审：符清　三审：龚岳⟧
""",
    ),
    dict(
        slug="news-weishan-shelter-pet-beds-donated",
        site="峗山融媒 (invented)",
        style="新闻门户",
        genre="news",
        kind="news",
        form="text",
        source="https://www.weishanrongmei.com/minsheng/20251208/7731.html",
        title="峗山县流浪动物救助站收到市民捐赠的300个宠物窝",
        record_title=None,
        date="2025-12-08",
        notes="no title in the record, found on the title line; the time line under the title is the page's "
        "date; a photo caption between paragraphs; a listen/font row; a related line",
        page="""
!m 峗山融媒 · 峗山发布
!m 本地 ＞ 民生
{T}
!m 2025-12-08 16:20　峗山融媒记者　费思涵
!a 听新闻 ▷ 　字号 A+ A-
{BODY}
!l 相关阅读：救助站招募周末志愿者｜本周六举行犬只领养日
!m 峗山融媒出品　未经授权请勿转载
!a 扫码下载“爱峗山”，看更多本地新闻
""",
        body="""
寒潮来临前，峗山县流浪动物救助站迎来了一批特别的礼物：300个厚实保暖的宠物窝。这些宠物窝由县城嶟岭路社区的居民志愿者历时一个月缝制完成。
⟦l 延伸阅读：救助站里的第一个冬天⟧
“站里现在收留了180多只猫狗，往年冬天全靠旧棉被垫着，潮了就得换。”救助站负责人滕慕白介绍，新送来的宠物窝分大、中、小三种规格，外层用防水帆布，里面填充珍珠棉，底部还加了防滑垫。
⟦m 志愿者将缝好的宠物窝搬进救助站犬舍。（峗山融媒记者 费思涵 摄）⟧
发起这次活动的社区志愿者队长邰秋萍说，最初只是几位退休阿姨在群里提议，没想到消息传开后，裁缝店送来了边角布料，家具厂捐了两大包海绵，附近小学的孩子们还在窝上画了图案。
救助站表示，这批宠物窝将优先配给老年犬和刚做完手术的动物。市民如有闲置的宠物用品，也可在工作日送到救助站。
""",
    ),
    dict(
        slug="forum-piaoyou-post-reed-float-jammer",
        site="漂友之家 (invented, Discuz-like anglers' forum)",
        style="论坛",
        genre="forum post",
        kind="other",
        form="html",
        source="https://bbs.piaoyouzhijia.com/thread-228417-1-1.html",
        title="芦苇秆自制鱼漂的几点心得",
        record_title="[钓具手作] 芦苇秆自制鱼漂的几点心得（附漂身尺寸） - 手工漂制作 - 漂友之家",
        date=None,
        notes="Discuz-like forum: poster panel, rating row, signature, replies, jammer fonts inside the post; "
        "a data table; relative post times are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[钓具手作] 芦苇秆自制鱼漂的几点心得（附漂身尺寸） - 手工漂制作 - 漂友之家</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Q7x"></script>
</head>
<body>
<div id="toptb">⟦m 漂友之家 - 钓鱼人的线上渔具房⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即入会⟧</a></div>
<div id="pt">⟦m 漂友之家 › 钓具交流区 › 手工漂制作 › 正文⟧</div>
<div id="pgt">⟦m 阅读: 5127　|　回复: 46⟧</div>
<table id="post_1"><tr>
<td class="pls">
<div class="pi">⟦m 苇塘老萧⟧</div>
<div class="pil">⟦m 钓龄 12 年　帖子 835　漂友币 2604⟧</div>
<div class="md">⟦m 勋章：手作达人 · 年度好帖⟧</div>
</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 楼主 · 发表于 3 天前 · 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 9　漂友币 +27　收起理由：实用干货⟧</div>
<div class="sign">⟦l 签名：一竿一漂一壶茶，周末澭河见⟧</div>
<div class="po">⟦a 回复　引用　收藏　分享　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发 · 钓不到就喂鱼：收藏了，今年冬天也试试⟧</div>
<div class="reply">⟦l 板凳 · 东湖夜钓：漆要刷几遍？楼主回一下⟧</div>
<div id="fastpost">⟦a 登录后才能参与讨论，还没账号？点此注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5 · 漂友之家 · 粤ICP备20071536号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
玩自制漂有五六年了，前前后后做坏了不下两百支，今天把几点心得整理出来，给刚入门的钓友参考。
一是选料。芦苇秆最好选秋后割的老苇，节间长、壁厚均匀，晾干后颜色发黄，敲起来声音清脆。嫩苇做出来的漂容易吃水，用不了几次就发软。
二是定长。我常用的漂身长度如下，供大家参考：
漂型　漂身长度　吃铅量
短漂　8厘米　0.8克
中漂　12厘米　1.5克
长漂　16厘米　2.3克
三是封漆。漂身打磨光滑后先刷一遍清漆打底，干透后再上色，最后刷两遍面漆。刷漆一定要薄，漆厚了漂就笨。
四是插尾。漂尾用碳管或者实心软尾都行，插之前要把孔钻正，不然漂立不直。
最后提醒一句，自己做漂图的是乐趣，真要参加比赛，还是买成品漂更省心。
""",
    ),
    dict(
        slug="forum-jiyouhui-post-car-phone-stand-junk",
        site="机友汇 (invented, digital forum)",
        style="论坛",
        genre="forum post",
        kind="other",
        form="text",
        source="https://bbs.jiyouhui.net/t/882164",
        title="车载手机支架吸盘总掉，有没有靠谱的办法？",
        record_title="【车友求助】车载手机支架吸盘总掉，有没有靠谱的办法？（坐等大神）- 机友汇",
        date=None,
        notes="forum thread as text: junk lines and junk glued after 。; numbered list; replies; relative "
        "times only",
        page="""
!m 机友汇 - 数码玩家聚集地
!m 机友汇 › 车机与配件 › 求助问答
!t 【车友求助】车载手机支架吸盘总掉，有没有靠谱的办法？（坐等大神）
!m 发帖人：青皮核桃　　5 天前　　查看 1893 | 回复 27
!m 电梯直达 1#
{BODY}
!l 2# 老炮儿阿强：仪表台缝隙那种我用了一年，稳
!l 3# 风吹麦浪：吸盘式的夏天都不行，别折腾了
!a 回复本帖　|　点赞　|　收藏
!m 机友汇 jiyouhui.net　京ICP备18052274号
""",
        junk=dict(lines=2, glued=2),
        body="""
我的车是前年买的，中控台表面是那种带纹路的软塑料，吸盘式手机支架怎么都吸不住，最长一次坚持了两天，最短的上午装好下午就掉了。有一次在高速上开导航，支架连手机一起砸到脚边，吓出一身冷汗。
这半个月我试了几种办法，结果如下：
1. 用湿毛巾把台面擦干净再吸，能多撑半天，没有根本解决。
2. 在台面上贴一块专用吸盘垫片，效果好一些，但天热时垫片会翘边。
3. 换成出风口夹式支架，稳是稳了，可冬天开暖风时手机烫得厉害。
4. 最后装了一个卡在仪表台缝隙里的支架，目前用了一周，没掉过。
想请教各位机友，有没有既稳固又不挡视线的方案？另外提醒大家，开车时千万别单手去扶支架，安全第一。
""",
    ),
]
