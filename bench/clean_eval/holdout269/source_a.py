"""holdout269, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (each once as HTML, once as text).
Invented text: counties, towns, people, firms, sites, URLs and phones are made up; see ../README.md
and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-miaobi-speech-muyu-inheritors-table-layout",
        site="妙笔文汇网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.miaobiwh.com/jianghua/xiangzhen/2024/0620/41873.html",
        title="在全镇木鱼制作技艺传承人授牌仪式上的讲话",
        record_title="【精编讲话】在全镇木鱼制作技艺传承人授牌仪式上的讲话（三篇可选）_妙笔文汇网",
        date="2024-06-14",
        date_also=["2024-06-20"],
        notes="old gb2312 table page: marquee, font-size row, floating ghost-writer box, hot list, visitor counter; "
        "speaker and date lines under the title (neutral); a ghost-writer QQ glued after a 。 inside a paragraph; "
        "the site's posting date differs from the date under the title",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【精编讲话】在全镇木鱼制作技艺传承人授牌仪式上的讲话（三篇可选）_妙笔文汇网</title>
<meta name="keywords" content="木鱼,传承人,授牌仪式,讲话稿">
<link href="/css/mb2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ad_top.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="66"><font size="5" color="#993300"><b>⟦m 妙笔文汇网⟧</b></font>　<font color="#888888">⟦m 讲话·总结·心得，三十万篇范本随手取⟧</font></td>
<td align="right">⟦a <a href="#">设为首页</a> | <a href="#">加入书签</a> | <a href="/user/login.asp">会员登录</a>⟧</td></tr>
<tr><td colspan="2" bgcolor="#993300" height="28"><font color="#FFFFFF">⟦m 首页 | 讲话致辞 | 工作总结 | 心得体会 | 述职报告 | 主持词 | 范文下载⟧</font></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 本站范文已逾三十万篇，包年会员限时八五折，节假日照常更新⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td>⟦m 您的位置：妙笔文汇网 &gt;&gt; 讲话致辞 &gt;&gt; 乡镇讲话 &gt;&gt; 浏览正文⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center"><font color="#999999">⟦m 发布日期：2024-06-20　来源：会员投稿　人气：1362⟧</font></td></tr>
<tr><td align="center">⟦a 【文字：特大 大 中 小】⟧　⟦a 【护眼米黄底】⟧</td></tr>
<tr><td>
<p align="center">岞溪镇党委书记　龚立新</p>
<p align="center">（2024年6月14日）</p>
{BODY}
</td></tr>
<tr><td>⟦a [一键拷贝本篇]⟧　⟦a [存为Word文档]⟧　⟦a [关闭本页]⟧</td></tr>
<tr><td bgcolor="#FFF8E8">⟦a 本篇共收三篇范文，包月会员登录后可查看另两篇并免费下载⟧</td></tr>
<tr><td>⟦l 上一篇：在村级文化礼堂落成典礼上的致辞⟧</td></tr>
<tr><td>⟦l 下一篇：非遗进校园活动启动仪式讲话稿⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" border="1" bordercolor="#E8D8C8" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#F5EBDD"><b>⟦l 本月热读榜⟧</b></td></tr>
<tr><td>⟦l ·在民间艺人座谈会上的讲话⟧</td></tr>
<tr><td>⟦l ·非遗传承基地挂牌仪式主持词⟧</td></tr>
<tr><td>⟦l ·镇长在文化旅游节开幕式上的致辞⟧</td></tr>
</table>
</td></tr>
</table>
<div id="float_qq" style="position:absolute;right:6px;top:220px;width:118px">⟦w 写作咨询 QQ：3085521476 微信：miaobi_wh⟧</div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center">⟦d 文汇网所收范文来自网友投稿，只供写作参考，严禁整篇照搬用于正式场合。⟧</td></tr>
<tr><td align="center">⟦m 版权所有 2009-2024 妙笔文汇网 www.miaobiwh.com　湘ICP备09021377号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0038216 位访客⟧</td></tr>
</table>
<script language="javascript">var mbcount=38216;</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
同志们、朋友们：
今天，我们在这里举行木鱼制作技艺传承人授牌仪式，为五位老艺人和十二名学徒颁发证书。我代表镇党委、镇政府，向多年来坚守这门手艺的师傅们表示衷心感谢！
岞溪做木鱼已有一百多年历史。一段香樟木，要经过选料、阴干、开坯、掏膛、打磨、上漆等二十多道工序，才能敲出清亮圆润的声音。⟦w 写材料犯难？妙笔代笔，QQ：3085521476⟧前些年，老艺人年事渐高，年轻人不愿学，这门手艺一度后继乏人。
下面，我讲三点意见。一要把师傅留住，镇里每年安排专项资金，对带徒传艺的老艺人给予补贴。二要把徒弟带好，学满三年、能独立完成整套工序的学徒，由镇里推荐参加县级传承人评定。三要把市场打开，鼓励作坊与寺观、民乐团和文创企业合作，让岞溪木鱼走得更远。
同志们，手艺是根，人是魂。希望各位师傅言传身教，各位学徒潜心苦练，让木鱼声在岞溪代代相传！
""",
    ),
    dict(
        slug="fanwen-antou-summary-winnower-exhibit-room",
        site="案头范文库 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.antouwen.com/zongjie/cunji/2025/0103/9182.html",
        title="圪梁村农耕器具陈列室2024年工作总结",
        record_title="圪梁村农耕器具陈列室2024年工作总结_村级总结_案头范文库",
        date="2024-12-26",
        notes="a 范文 page: update stamp (no date), a ghost-writer line between two body paragraphs, "
        "成文日期 in Chinese numerals under the signature",
        page="""
!m 案头范文库 · 写总结，翻案头
!m 位置：首页 ▸ 工作总结 ▸ 村级总结
{T}
!m 更新：2025-01-03　字数：约九百字　收录：案头编辑部
!a ［复制本篇］［导出Word］［我要纠错］
{BODY}
!a 全文未完，会员登录后展开剩余段落
!l 同类推荐 ▸ 村史馆讲解员年度工作总结 ▸ 农家书屋管理员工作总结
!d 范文仅作写作思路参考，引用请核实其中数据。
!m 案头范文库 antouwen.com　粤ICP备20113608号
""",
        indent="\u3000\u3000",
        body="""
2024年，村农耕器具陈列室在镇文化站指导下，围绕“留住农耕记忆”开展收集、展示和研学接待，全年接待参观者三千一百余人次。现将工作总结如下。
一、藏品收集整理
全年新征集旧农具四十六件，其中风谷车三架、犁耙十一件、竹器三十二件。最老的一架风谷车由村民王德厚捐赠，木箱上墨书“民国廿六年置”，经修复后风叶转动如初。
⟦w 需要定制同类总结？加微信 antou_fw88⟧
二、展示与研学
陈列室每周六、周日开放，开设“摇风谷”体验项目，由老农现场演示把稻谷倒进斗里、摇动手柄扇去秕谷的过程。全年接待中小学研学团队二十七批。
三、存在的不足
展厅面积偏小，部分木制农具受潮发霉，讲解员只有两名且年龄偏大。
2025年，我们将争取资金改造展厅、添置除湿设备，并招募青年志愿讲解员。
圪梁村村民委员会
二〇二四年十二月二十六日
""",
    ),
    dict(
        slug="wenku-qingchuang-survey-dresser-tipping-marker-paras",
        site="晴窗文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qingchuangwk.com/view/7c31e09a4d.html",
        title="关于我区家庭五斗柜防倾倒情况的调研报告",
        record_title="关于我区家庭五斗柜防倾倒情况的调研报告（完整版）- 晴窗文库",
        date="2025-03-18",
        notes="a 文库 reader: viewer toolbar, page markers '☱ n ☱' as paragraphs between the halves of cut paragraphs, "
        "a paywall box and an upload notice; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于我区家庭五斗柜防倾倒情况的调研报告（完整版）- 晴窗文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.qingchuangwk.com/reader/v3/reader.css">
<script src="https://static.qingchuangwk.com/reader/v3/reader.min.js" defer></script>
</head>
<body class="reader">
<header class="qc-top">
<a class="logo" href="/">⟦m 晴窗文库⟧</a>
<nav><a href="/">⟦m 首页⟧</a> <a href="/cat/report">⟦m 报告总结⟧</a> <a href="/cat/gov">⟦m 党政公文⟧</a></nav>
<form class="search"><input type="text" placeholder="找文档"><button>⟦a 搜一搜⟧</button></form>
<a class="vip" href="/vip">⟦a 晴窗月卡 9.9 元畅读⟧</a>
</header>
<main class="doc">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：窗前柳　上传时间：2025-03-22　共5页　4.2万人读过⟧</div>
<div class="viewer-bar">⟦a 放大　缩小　全屏阅读　加入书架⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall">⟦a 试读到此为止，剩余2页购买后可读⟧ <button>⟦a 单篇购买 ¥3.00⟧</button> <button>⟦a 用月卡解锁⟧</button></div>
<p class="upload-note">⟦d 晴窗文库文档由用户自行上传，本站不保证内容完整准确，若侵犯了您的权利请发邮件至 jubao@qingchuangwk.com。⟧</p>
</main>
<aside class="rel">
<h3>⟦l 读过此文档的人还看了⟧</h3>
<ul>
<li>⟦l 儿童家具安全隐患调查报告　8页⟧</li>
<li>⟦l 消费者权益保护年度工作报告　12页⟧</li>
<li>⟦l 关于居家安全宣传的调研与建议　6页⟧</li>
</ul>
</aside>
<footer class="qc-foot">⟦m © 2025 晴窗文库 qingchuangwk.com　浙ICP备22037415号-1⟧</footer>
</body>
</html>
""",
        p_html='<p class="ln">{}</p>',
        pages=dict(fmt="☱ {n} ☱", every=110, start=2),
        body="""
近年来，儿童攀爬五斗柜导致柜体倾倒砸伤的事件时有发生。为摸清底数，区消保委于2025年2月至3月组织调研组，入户走访荔坪区六个社区的三百二十户有十岁以下儿童的家庭，并暗访家具卖场十一家。现将情况报告如下。
一、基本情况
受访家庭中，有二百六十八户摆放五斗柜，其中已用防倒装置将柜体固定在墙上的仅四十一户，占百分之十五点三。不少家长表示“不知道要固定”或“怕在墙上打孔”。
二、存在问题
一是卖场提示不到位，十一家卖场中仅三家在五斗柜上张贴防倾倒提示；二是部分产品未随附防倒配件；三是上门安装人员很少主动提醒固定柜体。
三、几点建议
建议市场监管部门将防倒配件纳入抽查内容，卖场在销售时当面提示，社区结合儿童安全宣传开展“固定一个柜子”志愿服务。
荔坪区消费者权益保护委员会
2025年3月18日
""",
    ),
    dict(
        slug="wenku-shiye-plan-banquet-bench-rental-wrapped-glued-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shiyewenku.cn/p-66019384.html",
        title="峨塘镇农村宴席条凳桌椅统一租赁管理实施方案",
        record_title="峨塘镇农村宴席条凳桌椅统一租赁管理实施方案.doc",
        date="2024-09-05",
        notes="file-name record title; a converter's text hard-wrapped at 62 columns with page markers '⬮n⬮' glued "
        "to the start of the continuation line; a points-download line and a preview-end prompt",
        page="""
!m 拾页文库　文档在线预览
!t 峨塘镇农村宴席条凳桌椅统一租赁管理实施方案.doc
!m 页数：4　大小：57KB　格式：DOC　贡献者：tangxia_ws
!a 下载需 6 拾页币　｜　加入我的收藏　｜　举报
{BODY}
!a 预览到此结束，下载原文档可查看全部4页内容
!l 相似文档：农村家宴服务中心管理办法.doc　乡村厨师备案登记表.xls
!d 拾页文库为用户分享平台，如文档涉及版权问题请联系 kefu@shiyewenku.cn 处理。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⬮{n}⬮", every=95, start=2, glue=True),
        body="""
各村（社区）：
农村办酒席多是挨家挨户借条凳、借桌子，用完后丢失损坏难以分清，还常因条凳腿松动发生摔伤。为规范宴席用具管理，镇里决定推行条凳桌椅统一租赁，现制定如下方案。
一、租赁主体。各村依托村集体经济组织设立宴席用具租赁点，统一购置实木条凳、方桌和遮阳棚，由专人负责登记、发放和回收。
二、租赁标准。条凳每条每天收费一元，方桌每张每天收费三元，低保户、特困户办理红白事的免收租金。
三、安全检查。条凳发放前逐条检查榫头和凳腿，有松动、开裂的一律停用维修；回收时当面清点，损坏的照价赔偿。
四、工作要求。各村于10月底前完成租赁点设立，镇农业农村办每季度抽查一次台账。
峨塘镇人民政府
2024年9月5日
""",
    ),
    dict(
        slug="gov-jichuan-notice-feeding-bottle-spotcheck-index-table",
        site="嵇川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jichuan.gov.cn/zwgk/tzgg/202504/t20250410_118203.html",
        title="关于开展婴幼儿奶瓶质量专项抽查的通知",
        record_title="关于开展婴幼儿奶瓶质量专项抽查的通知_政务动态_嵇川县人民政府门户网站",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="modern county portal: elder-mode and screen-reader links, an 索引号 table (the 文号 cell unmarked), "
        "the notice's own contact and mailbox beside the portal's correction line and 12345, an 附件 list; "
        "成文日期 differs from the portal's 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展婴幼儿奶瓶质量专项抽查的通知_政务动态_嵇川县人民政府门户网站</title>
<meta name="SiteName" content="嵇川县人民政府">
<meta name="ColumnName" content="通知公告">
<link rel="stylesheet" href="/static/css/gov2023.css">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/wza.js"></script>
</head>
<body>
<div class="gov-top">
<span>⟦m 嵇川县人民政府门户网站⟧</span>
<span class="links"><a href="javascript:;">⟦a 长者模式⟧</a> <a href="javascript:;">⟦a 视障辅助⟧</a> <a href="/en/">⟦a English Site⟧</a></span>
</div>
<div class="gov-nav"><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进嵇川⟧</li></ul></div>
<div class="crumb">⟦m 当前所在：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11431127MB1520436X/2025-01187⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：嵇川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
<tr><td>嵇市监发〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-tools">⟦a 文字大小：大 中 小⟧ ⟦a 打印本页⟧ ⟦a 分享至微信⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-attach">⟦a 附件下载：婴幼儿奶瓶经营主体清单.xlsx　奶瓶抽检项目及判定依据.pdf⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<ul><li>⟦l 县市场监管局开展儿童用品质量安全宣传进校园活动⟧</li><li>⟦l 2024年全县产品质量监督抽查结果公告⟧</li></ul></div>
<div class="gov-foot">
<p>⟦m 主办：嵇川县人民政府办公室　承办：嵇川县数据资源中心⟧</p>
<p>⟦m 网站纠错电话：0736-5120001　群众诉求请拨 12345⟧</p>
<p>⟦m 湘ICP备05013260号　湘公网安备43072602000118号　网站标识码4307260004⟧</p>
</div>
<script>var _trackSite="jichuan";</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
各乡镇人民政府，县直有关单位：
为保障婴幼儿用品质量安全，县市场监督管理局决定于2025年4月至6月在全县开展婴幼儿奶瓶质量专项抽查。现将有关事项通知如下。
一、抽查范围。全县商场超市、母婴用品店、药店及网络销售主体经营的玻璃、塑料、硅胶材质奶瓶。
二、抽查重点。重点检验双酚A迁移量、耐热性能、容量刻度偏差和标签标识，对无厂名厂址、无合格证明的奶瓶一律责令下架。
三、工作要求。各乡镇要配合做好经营主体摸底，于4月25日前将经营主体清单报县市场监督管理局质量股。
联系人：梅晓岚　电话：0736-5128840　邮箱：jcscjg_zlg@163.com
附件：1.婴幼儿奶瓶经营主体清单
2.奶瓶抽检项目及判定依据
嵇川县市场监督管理局
2025年4月8日
""",
    ),
    dict(
        slug="gov-wuxi-bulletin-hall-bench-hazards-docno",
        site="峿溪县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.wuxixian.gov.cn/art/2024/11/15/art_2207_40318.html",
        title="关于村级文化礼堂长条凳安全隐患排查整改情况的通报",
        record_title="【政务公开】关于村级文化礼堂长条凳安全隐患排查整改情况的通报 - 峿溪县人民政府",
        date="2024-11-12",
        date_also=["2024-11-15"],
        notes="county portal as text: a 文号 line under the title (neutral), 抄送 and 印发 lines at the end of the body, "
        "a portal publish line whose date differs from the 成文日期",
        page="""
!m 峿溪县人民政府　www.wuxixian.gov.cn
!m 首页 / 政务公开 / 部门文件 / 县文化广电旅游体育局
{T}
峿文旅〔2024〕31号
!m 信息来源：县文化广电旅游体育局　发布时间：2024-11-15 10:26　浏览次数：418
!a 【大字】【中字】【小字】　【打印】　【关闭】
{BODY}
!l 上一条：关于公布第三批县级非遗代表性项目名录的通知
!l 下一条：县文旅体局2024年政府信息公开工作年度报告
!m 峿溪县人民政府办公室主办　技术支持：峿溪县融媒体中心　联系电话：0739-4612200
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，各村级文化礼堂管理单位：
9月以来，县文广旅体局组织对全县一百零六个村级文化礼堂开展安全隐患排查，重点检查观众席长条凳、舞台护栏和消防设施。现将排查整改情况通报如下。
一、排查发现的问题。共排查长条凳二千三百一十条，发现凳腿松动、榫头开裂、凳面毛刺等问题的一百八十七条，其中蓐田乡、岞溪镇问题较为集中。
二、整改落实情况。截至11月10日，已维修加固一百五十二条，报废更换三十五条，整改率百分之百。峨塘镇为每条长条凳贴上编号，建立“一凳一档”，做法值得推广。
三、下一步要求。各文化礼堂要在每次演出、宣讲前检查条凳，发现松动立即停用，并于每季度末报送检查台账。
峿溪县文化广电旅游体育局
2024年11月12日
抄送：县应急管理局，县消防救援大队。
峿溪县文化广电旅游体育局办公室　2024年11月12日印发
""",
    ),
    dict(
        slug="news-weiyuan-muyu-workshop-h1-caption-html",
        site="洈源新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.weiyuannews.cn/wh/2025-02/21/content_81377.html",
        title="百年木鱼作坊迎来“九〇后”传人",
        record_title=None,
        date="2025-02-21",
        notes="no record title (found in the <h1>); an app prompt glued before the lead, a photo caption between "
        "paragraphs, an editor line glued after the last paragraph; 24-hour list and ad slot; byline 发布时间",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>洈源新闻网</title>
<meta name="description" content="洈源新闻网文化频道">
<link rel="stylesheet" href="//cdn.weiyuannews.cn/css/article.202501.css">
<script async src="//cdn.weiyuannews.cn/js/ad-loader.js"></script>
</head>
<body>
<div class="wy-header">
<a class="logo" href="/">⟦m 洈源新闻网⟧</a><span class="slogan">⟦m 洈源人的新闻客厅⟧</span>
<nav>⟦m 要闻　时政　民生　文化　县区　视频　专题⟧</nav>
<a class="app" href="/app">⟦a 下载洈源新闻客户端⟧</a>
</div>
<div class="wy-main">
<div class="crumb">⟦m 洈源新闻网 &gt; 文化 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-02-21 08:47　来源：洈源日报⟧ <span class="listen">⟦a 听新闻⟧</span></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信　朋友圈　微博　QQ空间⟧</div>
</div>
<div class="wy-side">
<div class="ad-slot">⟦m 广告　洈源农商银行 开门红 存款享好礼⟧</div>
<h3>⟦l 24小时热文⟧</h3>
<ol><li>⟦l 洈源大桥春节期间车流量创新高⟧</li><li>⟦l 城西菜市场提质改造完工⟧</li><li>⟦l 市图书馆推出夜读服务⟧</li></ol>
</div>
<div class="wy-footer">
<p>⟦d 本网稿件未经授权不得转载，违者必究。⟧</p>
<p>⟦m 洈源新闻网 版权所有　互联网新闻信息服务许可证 43120230017　违法和不良信息举报：0745-2716110⟧</p>
</div>
<script>window.WY_ARTICLE_ID=81377;</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
⟦a 打开洈源新闻客户端，阅读体验更好⟧本网讯（记者　石慧）2月20日，在荔坪区墟口镇老街的陈记木鱼作坊里，二十六岁的陈嘉禾正用弯刀掏挖木鱼的膛口。这家开了一百一十多年的作坊，终于等来了第五代传人。
陈嘉禾大学读的是工业设计，毕业后在外地工作了两年。去年春节回家，看到七十三岁的爷爷还在独自赶制寺庙订的一批木鱼，他辞职回到了作坊。
⟦m 图为陈嘉禾在打磨木鱼。　记者　石慧　摄⟧
“掏膛最难，膛口深一分、浅一分，敲出来的声音就不一样。”陈嘉禾说。一年下来，他已能独立做出音色合格的小号木鱼，还设计了可以挂在书包上的木鱼挂件，在网上卖出了四千多件。
老人陈守义说，孙子回来以后，作坊的订单多了，他也终于放心了。⟦m （编辑　罗一帆　审核　吴敏）⟧
""",
    ),
    dict(
        slug="news-liping-dresser-test-results-table-record-date",
        site="荔坪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lipingnews.com.cn/minsheng/202503/15/t_30982.html",
        title="区消保委发布五斗柜防倾倒比较试验结果",
        record_title="区消保委发布五斗柜防倾倒比较试验结果_民生_荔坪新闻网",
        record_date="2025-03-15",
        date="2025-03-15",
        notes="news portal as text: a results table (one row a paragraph, cells apart by ideographic spaces), "
        "an app line and a listen button at the top, a reporter line and a related list at the bottom",
        page="""
!m 荔坪新闻网 > 民生 > 消费维权
{T}
!m 2025-03-15 09:02　来源：荔坪融媒　记者 欧阳小溪
!a 听全文　｜　A+ A-　｜　下载荔坪融媒APP
{BODY}
!m 【责任编辑：钟雨桐】
!l 相关阅读
!l 家长注意！这些儿童家具隐患要当心
!l 3·15 消费提示：网购家具记得验货再签收
!m 荔坪新闻网 lipingnews.com.cn 荔坪区融媒体中心主办
""",
        body="""
3月15日，区消费者权益保护委员会发布五斗柜防倾倒比较试验结果。此次试验样品从区内六家卖场和三家网店购买，共十个品牌。
试验按照国家标准模拟儿童拉开抽屉攀爬的情形，在最上层抽屉施加规定的力，观察柜体是否倾倒。结果如下：
样品　随附防倒装置　未固定时　固定后
A牌三斗柜　有　倾倒　稳定
B牌五斗柜　无　倾倒　无法测试
C牌五斗柜　有　稳定　稳定
D牌六斗柜　有　倾倒　稳定
区消保委提醒，家中有幼儿的，五斗柜等高柜务必用防倒装置固定在墙上，不要在最上层抽屉放置重物，也不要让孩子把抽屉当台阶攀爬。
""",
    ),
    dict(
        slug="forum-paohua-post-dresser-restore-jammer-html",
        site="刨花木作论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.paohuamuzuo.com/thread-30517-1-1.html",
        title="翻新外婆留下的五斗柜，记录一下过程",
        record_title="[修旧如旧] 翻新外婆留下的五斗柜，记录一下过程 - 老家具修复 - 刨花木作论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk as a line and glued after 。, a relative post time (no date), "
        "a rating row, a signature, a reply box",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[修旧如旧] 翻新外婆留下的五斗柜，记录一下过程 - 老家具修复 - 刨花木作论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Q7k"></script>
</head>
<body>
<div id="toptb">⟦m 刨花木作论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册成为木友⟧</a></div>
<div id="pt">⟦m 刨花木作论坛 › 木艺交流 › 老家具修复 › 正文⟧</div>
<div class="pls">
<div class="pi">⟦m 楼主　杉木小刀⟧</div>
<p>⟦m 帖子 214　精华 3　木屑 1877⟧</p>
</div>
<div class="plc">
<h1><span id="thread_subject">⟦t [修旧如旧] 翻新外婆留下的五斗柜，记录一下过程⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看楼主　|　倒序浏览⟧</div>
<div class="t_f" id="postmessage_880172">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 6　木屑 +31　收起 理由⟧</div>
<div class="sign">⟦m 签名：一刨一凿，慢慢来。⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏⟧</div>
</div>
<div class="pgbtn">⟦l 下一主题：老榆木方凳散架了，还能救吗⟧</div>
<div id="f_pst">⟦a 登录之后才能回帖　登录　|　注册⟧</div>
<div id="ft">⟦m 刨花木作论坛 ( 苏ICP备19064412号 )　GMT+8, 2025-5-6 21:18⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
外婆走后，老屋里留下一只五斗柜，是上世纪七十年代请木匠上门打的，杉木柜身，榆木抽屉面。放了十几年，漆面起皮，最下面那只抽屉拉不动了。
第一步是拆。把五只抽屉抽出来编号，拆下铜拉手，发现抽屉滑道磨出了深槽，难怪卡住。
第二步是脱漆。我用的是热风枪加刮刀，没敢用脱漆剂，怕伤了老木头。刮完再用两百四十目砂纸顺着木纹打磨。
第三步是修滑道。在磨损处补了一条硬杂木，刨平后抹一层蜂蜡，现在五只抽屉都能一推到底。
最后上了三遍木蜡油，没有上色，留着原来的木纹和几道旧划痕。柜子靠墙放好后，我还是按大家说的装了两个防倒角码，家里有小朋友，不敢大意。
""",
    ),
    dict(
        slug="forum-xiaojiaoya-post-bottle-choice-junk",
        site="小脚丫育儿论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.xiaojiaoya.net/t/4417208",
        title="玻璃奶瓶还是PPSU？说说我家两个娃的选择",
        record_title="【两娃经验】玻璃奶瓶还是PPSU？说说我家两个娃的选择 - 喂养交流 - 小脚丫育儿论坛",
        date="2025-03-09",
        notes="parenting forum thread as text: anti-scraping junk lines and glued junk, a 发表于 line with a date "
        "(the page's date), a baby-age line, floors below, a login prompt",
        page="""
!m 小脚丫育儿论坛 › 喂养交流 › 奶瓶奶嘴
!t 【两娃经验】玻璃奶瓶还是PPSU？说说我家两个娃的选择
!m 楼主：橙子妈妈　宝宝：哥哥4岁　妹妹7个月
!m 发表于 2025-03-09 23:41　来自手机版　查看 2306　回复 41
{BODY}
!l 沙发　奶糖不甜：学习了，我家也是刚换PPSU
!l 2楼　豆豆爸：玻璃的真的要小心，我家摔碎过一个
!a 回帖请先登录，新用户注册送育儿积分
!m 小脚丫育儿论坛　陪你一起慢慢长大
""",
        junk=dict(lines=2, glued=2),
        body="""
经常有姐妹问奶瓶怎么选，我家两个娃用下来，说说自己的体会，仅供参考。
哥哥小时候一直用玻璃奶瓶。优点是好清洗、不挂奶垢，开水烫也放心；缺点是重，摔过一次碎了一地，后来只敢在家用。
妹妹出生后，我给她买了PPSU材质的。轻、不怕摔，出门带着方便，七个月的她已经能自己抱着喝。
我的经验有三条：
1.新生儿阶段用玻璃奶瓶，大人喂，安全又好洗；
2.宝宝会自己抱瓶后换成PPSU或硅胶的；
3.不管哪种材质，奶嘴两三个月换一次，瓶身有划痕就换新的。
""",
    ),
]
