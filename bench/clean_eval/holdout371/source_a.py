"""holdout371, part A: 范文 sites, 文库 previews, county portals, news portals, hobby forums.

Invented text throughout (see ../README.md and ../build.py for the markup). Objects: yogurt cups,
cheese knives, seasoning jars, egg separators, rice measuring cups.
"""

CASES = [
    dict(
        slug="fanwen-micang-speech-rice-cup-launch-gb2312",
        site="米仓范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.micangfw.cn/jianghua/fulian/202503/70418.html",
        title="在全县“节粮从一杯米开始”家庭行动启动仪式上的讲话",
        record_title="【节粮范文】在全县“节粮从一杯米开始”家庭行动启动仪式上的讲话（妇联口·可直接套用）_米仓范文网",
        date="2025-03-18",
        date_also=["2025-03-27"],
        notes="gb2312 table page with marquee, reading-settings row, floating ghost-writer box and visitor counter; "
        "speaker and date lines under the title are neutral; a ghost-writer WeChat glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【节粮范文】在全县“节粮从一杯米开始”家庭行动启动仪式上的讲话（妇联口·可直接套用）_米仓范文网</title>
<meta name="keywords" content="节粮,量米器,妇联讲话,启动仪式讲话">
<script language="javascript">var mcHits=70418;function mcFont(s){document.getElementById('mctxt').style.fontSize=s+'px';}</script>
<style>td{font-size:12px}.mctxt{line-height:200%}</style>
</head>
<body bgcolor="#FFFBEF">
<table width="960" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><b>⟦m 米仓范文网⟧</b><br>⟦m 笔下有粮　文中有仓⟧</td>
<td align="right"><a href="#">⟦a 设米仓为主页⟧</a>　<a href="#">⟦a 收藏米仓范文⟧</a>　<a href="/user/login.asp">⟦a 笔友登录⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦d 米仓公告：本站稿件多为笔友投稿，转载请保留出处，稿费每月十五日统一结算。⟧</marquee></td></tr>
<tr><td colspan="2" bgcolor="#B8860B"><a href="/">⟦m 米仓首页⟧</a>　<a href="/jianghua/">⟦m 领导讲话⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/xinde/">⟦m 学习体会⟧</a>　<a href="/fulian/">⟦m 群团妇联⟧</a></td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div>⟦m 所在位置：米仓首页 &gt;&gt; 领导讲话 &gt;&gt; 群团妇联讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 发布：2025-03-27　来稿：穗禾笔友　人气：1136⟧</div>
<div align="center">⟦a 【阅读设置：字号 16 18 20｜底色 米黄 护眼绿】⟧</div>
<p align="center">县妇联主席　戚晓岚</p>
<p align="center">（2025年3月18日）</p>
<div id="mctxt" class="mctxt">
{BODY}
</div>
<div>⟦a ▶ 本篇共1180字，点此存为Word（笔友免积分）⟧</div>
<div>⟦l 上篇：在全县巾帼家美积分超市揭牌仪式上的致辞⟧</div>
<div>⟦l 下篇：县妇联2025年“三八”表彰会主持稿⟧</div>
</td>
<td width="250" valign="top">
<div>⟦l 米仓热搜榜⟧</div>
<div>⟦l 1. 粮食安全宣传周活动讲话（乡镇版）⟧</div>
<div>⟦l 2. 厉行节约反对浪费倡议书（机关食堂）⟧</div>
<div>⟦l 3. 最美家庭事迹材料怎么写⟧</div>
<div style="position:fixed;right:6px;top:220px">⟦w 写材料找老米 QQ 2795108843 当日交初稿⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">
⟦m 您是米仓第 0418236 位读者⟧<br>
⟦d 郑重声明：文章仅供学习交流，严禁用于商业用途，若有不妥请致信站长删除。⟧<br>
⟦m 米仓范文网 micangfw.cn　陇ICP备13008452号⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们、姐妹们：
今天，我们在这里启动全县“节粮从一杯米开始”家庭行动，向首批三千户家庭发放量米器和节粮手册。刚才，鸦桥镇孜湾村的两位家庭代表作了发言，讲得朴实又生动。下面，我讲三点意见。
一、从一杯米看节粮的分量。据县粮食和物资储备局抽样测算，全县家庭做饭普遍“宁多勿少”，平均每户每天剩饭约一百五十克。一年下来，全县家庭剩下的米饭相当于两个中型村一年的口粮。量米器一格就是一人份，看似小物件，管住的却是每一餐的分寸。
二、把量米器用起来，而不是摆起来。各乡镇妇联要组织巾帼志愿者入户教用，讲清一格米配多少水的道理；要把使用情况作为“最美家庭”评选的参考内容，让节粮成为家风的一部分。⟦w 原创讲话代笔请加微信 micang_laomi⟧
三、让节粮行动走进每一个厨房。机关和学校食堂要带头按人按量做饭，餐馆要主动提供小份菜和打包服务，各村要把节粮写进村规民约。
姐妹们，粮食来之不易，节约从一杯米开始。希望大家都做节粮的宣传员、示范户，把这份好习惯带回家、传下去。谢谢大家！
""",
    ),
    dict(
        slug="fanwen-mohen-insight-seasoning-jar-canteen",
        site="墨痕范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://mohen.fwku.net/xinde/peixun/51977.html",
        title="参加机关食堂“减盐控油”专题培训心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line stands under a tag line; collection stamp is no date; "
        "a writing-service line between paragraphs, a collect link glued after a sentence",
        page="""
!m 墨痕范文库 —— 一篇好范文，省你半宿灯
!m 当前：范文库 › 心得体会 › 培训心得
!l 标签：减盐 机关食堂 培训心得 厨师
{T}
!m 投稿：灶台边的老周　浏览：2088　收录：2025-05-09
!a 〔全文复制〕〔存为Word〕〔推送到手机〕
{BODY}
!a 余下两篇同题范文已折叠，开通墨痕年卡可全部展开
!l 同类范文推荐：
!l 食堂管理员食品安全培训心得（三篇）
!l 参加营养配餐培训班的收获与体会
!l 炊事员岗位练兵心得交流发言
!d 墨痕范文库所收范文仅作写作参考，请结合本单位实际修改，严禁原文照搬参加征文评比。
!m 墨痕范文库 版权所有 2019-2025　湘ICP备19062731号
""",
        indent="\u3000\u3000",
        body="""
上个月，机关事务服务中心组织全县机关食堂炊事人员参加了为期两天的“减盐控油”专题培训。我作为中心食堂的厨师班长，第一次系统学习了膳食指南里关于盐和油的要求，感触很深。
一是认识到“口味重”不是小事。营养师讲，成年人每天食盐摄入最好不超过五克，而我们食堂一份红烧菜的用盐量往往就接近这个数。过去大家总觉得职工爱吃咸香，现在明白了，口味是可以慢慢调过来的。⟦a ☆收藏这篇心得⟧
⟦w 需要定制培训心得、交流发言，联系墨痕写手：159-2713-0864（同微信）⟧
二是学会了用工具管住手。培训发给每个食堂一套带刻度的调味罐和限量勺，盐罐一勺两克，油壶按毫升出油。回来后，我们把灶台上的敞口盐盆全部换成了调味罐，每道菜按配方称量，头一周就有职工说菜淡了，到第三周这样的反映就少了。
三是体会到减盐要靠大家一起坚持。我们在取餐口贴出每道菜的用盐量，还每月请职工投票选出“清淡好味”菜品，让大家从被动接受变成主动参与。
今后，我将把培训中学到的方法用到每一餐里，让职工吃得健康、吃得放心。
""",
    ),
    dict(
        slug="wenku-zhanqiao-research-yogurt-cup-recycling-markers",
        site="栈桥文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhanqiaowk.com/view/8c41f0e27a5d.html",
        title="关于全县酸奶杯回收利用情况的调研报告",
        record_title="关于全县酸奶杯回收利用情况的调研报告 - 栈桥文库",
        date="2025-06-12",
        notes="文库 reader: viewer toolbar, upload notice, coin pay box; page-marker paragraphs '⮦ n ⮧' cut sentences; "
        "the upload stamp is no date; the date is the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>关于全县酸奶杯回收利用情况的调研报告 - 栈桥文库</title>
<script src="/static/zq-reader.min.js"></script>
<script>window.__ZQ__={docId:"8c41f0e27a5d",pages:4,free:2};</script>
</head>
<body>
<header class="zq-head"><a class="logo" href="/">⟦m 栈桥文库⟧</a><span class="slogan">⟦m 每一份文档都是一座桥⟧</span>
<form class="zq-search"><input placeholder="搜文档、搜范文"><button>⟦a 搜一下⟧</button></form>
<a class="vip" href="/vip">⟦a 开通桥卡·下载不限量⟧</a></header>
<nav class="zq-crumb">⟦m 栈桥文库 › 行业资料 › 环保再生 › 调研报告⟧</nav>
<main class="zq-reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：杯子收纳控　上传于 2025-07-02　共4页　86.3KB　DOCX⟧</div>
<div class="doc-tool">⟦a 全屏阅读　放大　缩小　目录　加入书架⟧</div>
<div class="doc-page">
{BODY}
</div>
<div class="pay-box"><p>⟦a 试读页数已用完，余下2页支付12桥币即可阅读⟧</p><button>⟦a 立即支付⟧</button> <button>⟦a 用桥卡免费读⟧</button></div>
<div class="doc-notice">⟦d 本文档由用户上传至栈桥文库，内容观点归上传者所有，栈桥文库仅提供存储与展示服务。⟧</div>
</main>
<aside class="zq-side"><h3>⟦l 看过此文档的人还看了⟧</h3>
<ul><li>⟦l 城区生活垃圾分类投放情况调查报告.docx⟧</li><li>⟦l 再生资源回收网点建设调研与建议.pdf⟧</li><li>⟦l 塑料包装物减量化工作方案.doc⟧</li></ul></aside>
<footer>⟦m © 2025 栈桥文库 zhanqiaowk.com　蜀ICP备21044760号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⮦ {n} ⮧", every=160, start=2),
        body="""
今年5月，县供销合作社联合县城市管理局组成调研组，对全县酸奶杯等小型塑料容器的回收利用情况进行专题调研，走访城区小区18个、乡镇集贸市场6个、再生资源回收站点11个，发放问卷620份。现将有关情况报告如下。
一、基本情况
据测算，全县每天消耗各类酸奶杯约4.2万只，其中聚丙烯材质约占七成，聚苯乙烯材质约占两成。问卷显示，知道酸奶杯可以回收的居民仅占31.5%，能做到洗净后投放的不足一成。
二、存在的问题
一是分类投放不到位，大部分酸奶杯连同残留酸奶一起投入其他垃圾桶；二是回收价格低，回收站点普遍不愿收购单只重量不足十克的小杯；三是再生利用渠道少，全县尚无一家企业具备小型塑料容器的分拣造粒能力。
三、几点建议
（一）在城区小区试点设置“杯盒类”专用投放口，配套冲洗水龙头。（二）将洗净的酸奶杯纳入积分兑换目录，每十只兑换一分。（三）引导县内再生资源企业与邻县造粒厂签订定向收购协议，打通“收、运、用”链条。
赫岭县供销合作社调研组
2025年6月12日
""",
    ),
    dict(
        slug="wenku-shuyege-plan-cheese-knife-wrapped-markers",
        site="书页阁文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shuyege.net/doc/20250407/3317208.html",
        title="奶酪车间刀具管理实施方案",
        record_title="奶酪车间刀具管理实施方案（车间通用·可编辑）－书页阁文库",
        date="2025-04-03",
        notes="preview text hard-wrapped at 60 columns; '⯰n⯱' glued to the start of the line continuing a cut sentence; "
        "a preview-limit line and a pay prompt after the body",
        page="""
!m 书页阁文库　|　找资料，翻一页就到
!t 奶酪车间刀具管理实施方案（车间通用·可编辑）－书页阁文库
!m 贡献者：青禾质检小刘　|　5页　|　预估阅读8分钟　|　页阁评分 4.6
!a ［翻页模式］［滚动模式］［夜间模式］
{T}
{BODY}
!a ……试读到此为止，完整5页请使用阁币解锁（9.9阁币）
!a 解锁全文　　加入阅读清单　　纠错反馈
!l 大家都在翻：
!l 食品车间金属异物控制程序
!l 乳制品企业刀具与玻璃制品管理制度
!d 本资料由书页阁用户上传，书页阁不保证其完整性与准确性，仅供参考借鉴。
!m 书页阁文库 shuyege.net　浙ICP备20071836号
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⯰{n}⯱", every=140, start=2, glue=True),
        body="""
为规范奶酪车间刀具的领用、清洗、存放和报废管理，防止刀具伤人和金属异物混入产品，结合车间实际，制定本方案。
一、适用范围
本方案适用于奶酪车间使用的切块刀、钢丝切割器、软质奶酪刀、硬质奶酪刨刀等各类刀具。
二、管理措施
1.定点存放。车间设刀具柜两组，每把奶酪刀刻有编号，按编号挂放，上班领用、下班归还，由班长核对签字。
2.清洗消毒。每批次生产结束后，刀具须在清洗间用热水冲洗，再放入消毒柜消毒不少于二十分钟，严禁在操作台上随手冲洗。
3.定期检查。质检员每周检查一次刀刃有无缺口、刀柄有无松动，发现缺损立即停用，并对当班产品做金属检测复核。
4.报废登记。报废刀具由生产部统一回收，登记编号后集中处理，不得带出车间。
三、工作要求
各班组要指定一名刀具管理员，每月5日前将上月刀具台账报生产部备案。
褒川县禾润乳业有限公司生产部
2025年4月3日
""",
    ),
    dict(
        slug="gov-baochuan-bulletin-seasoning-jar-spotcheck",
        site="褒川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.baochuan.gov.cn/zwgk/scjg/202504/t20250422_116284.html",
        title="关于2025年第一季度塑料调味罐产品质量监督抽查情况的通报",
        record_title="关于2025年第一季度塑料调味罐产品质量监督抽查情况的通报_质量监督_褒川县人民政府",
        record_date="2025-04-22",
        date="2025-04-22",
        date_also=["2025-04-18"],
        notes="county portal with 长者模式 links, 索引号 table (the 文号 cell unmarked, neutral), data table, the bureau's own "
        "联系人/电话 beside the portal's 纠错 line and 12345, 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于2025年第一季度塑料调味罐产品质量监督抽查情况的通报_质量监督_褒川县人民政府</title>
<meta name="ArticleTitle" content="关于2025年第一季度塑料调味罐产品质量监督抽查情况的通报">
<meta name="PubDate" content="2025-04-22 10:06">
<script src="/js/jquery.min.js"></script><script>var bcgov={col:"scjg",id:116284};</script>
</head>
<body>
<div class="bc-top">⟦m 今天是：2025年4月22日 星期二⟧ <a>⟦a 长者模式⟧</a> <a>⟦a 屏幕朗读⟧</a> <a>⟦a 简/繁⟧</a> <a>⟦a 政务服务入口⟧</a></div>
<div class="bc-banner">⟦m 褒川县人民政府⟧ ⟦m 山水褒川　和美家园⟧</div>
<ul class="bc-nav"><li>⟦m 首页⟧</li><li>⟦m 走进褒川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="bc-pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县市场监督管理局 &gt; 质量监督⟧</div>
<table class="bc-index">
<tr><td>⟦m 索引号：01153960X/2025-00417⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：褒川县市场监督管理局⟧</td><td>⟦m 成文日期：2025-04-18⟧</td></tr>
<tr><td>文号：褒市监通〔2025〕17号</td><td>⟦m 公开日期：2025-04-22⟧</td></tr>
</table>
<h1 class="bc-title">{T}</h1>
<div class="bc-tools">⟦a 【字号调节：＋ － 还原】⟧ ⟦a 【打印本条通报】⟧ ⟦a 【关掉本页】⟧ ⟦m 浏览次数：402⟧</div>
<div class="bc-content">
{BODY}
</div>
<div class="bc-share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="bc-rel"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县市场监管局开展节前食品相关产品专项检查⟧</li><li>⟦l 2024年第四季度日用塑料制品抽查结果公告⟧</li></ul></div>
<div class="bc-foot">
<p>⟦m 主办：褒川县人民政府办公室　承办：褒川县政务数据服务中心⟧</p>
<p>⟦m 网站纠错热线：0916-8272011（工作日）　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：6107330018　陕ICP备05011829号-1　陕公网安备61073302000107号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
为加强食品相关产品质量安全监管，县市场监督管理局于2025年2月至3月组织开展了塑料调味罐产品质量监督抽查。现将抽查情况通报如下。
一、抽查基本情况
本次共抽查县内生产企业4家、流通领域经营户16家，抽取塑料调味罐产品32批次，检验项目包括感官、总迁移量、高锰酸钾消耗量、重金属和脱色试验。
二、抽查结果
经检验，合格29批次，不合格3批次，批次合格率90.6%。不合格产品情况如下：
序号　标称生产企业　产品名称　不合格项目
1　褒川县鸿瓷日用品厂　四格调味罐　总迁移量
2　诸阳市掖湖区宜厨塑料制品厂　翻盖调味罐　脱色试验
3　褒川县滋口镇佳味日杂店（经销）　透明调味罐　高锰酸钾消耗量
三、处理要求
对不合格产品，县局已依法责令相关企业和经营户停止生产销售、查明原因、限期整改，并将依法立案查处。各乡镇要督促辖区经营户落实进货查验制度，不得采购无标识、无合格证明的调味罐产品。
联系人：县市场监督管理局产品质量股　卫琳　电话：0916-8230417
褒川县市场监督管理局
2025年4月18日
抄送：县人民政府办公室，诸阳市市场监督管理局。
褒川县市场监督管理局办公室　2025年4月18日印发
""",
    ),
    dict(
        slug="gov-jiyang-notice-rice-cup-distribution-wrapped",
        site="稽阳县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jiyang.gov.cn/xxgk/tzgg/202509/t20250903_58812.html",
        title="关于开展2025年“节粮减损·家家有量”量米器发放工作的通知",
        date="2025-09-01",
        date_also=["2025-09-03"],
        notes="record title as is; text-only portal page hard-wrapped at 64 columns; 文号 line neutral; "
        "附件 list in the body beside the page's attachment download line; contact beside a site hotline",
        page="""
!m 稽阳县人民政府网　　政府信息公开专栏
!m 您所在的位置：首页 > 信息公开 > 通知公告
{T}
稽粮储〔2025〕9号
!m 来源：县粮食和物资储备局　　发布时间：2025-09-03 09:15　　阅读：1267
!a 【大字版】【语音播报】【打印正文】
{BODY}
!a 附件下载：1.量米器发放登记表.xlsx　2.家庭节粮宣传要点.docx
!l 上一条：稽阳县2025年秋粮收购准备工作方案
!l 下一条：关于做好国庆期间粮油市场保供稳价工作的通知
!m 稽阳县人民政府办公室主办　技术支持电话：0712-3916620　鄂ICP备09030217号
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
各乡镇人民政府、街道办事处，县直有关单位：
为深入开展粮食节约行动，引导城乡家庭按需做饭、减少浪费，县粮食和物资储备局决定在全县组织开展“节粮减损·家家有量”量米器发放工作。现将有关事项通知如下。
一、发放对象和数量
今年共发放量米器1.2万个，优先发放给有老人、儿童的家庭和新婚家庭，每户限领一个。
二、时间安排
9月10日至9月20日为登记阶段，由各村（社区）摸底登记；9月21日至10月15日为发放阶段，结合世界粮食日宣传活动集中发放。
三、工作要求
各乡镇、街道要指定专人负责，发放时同步讲解量米器使用方法，做到领一个、教会一户；要如实填写发放登记表，不得冒领、重领。
请各乡镇、街道于10月20日前将发放登记表报县粮食和物资储备局仓储科。
联系人：仓储科　鲁文杰　电话：0712-3906145
附件：1.量米器发放登记表
2.家庭节粮宣传要点
稽阳县粮食和物资储备局
2025年9月1日
""",
    ),
    dict(
        slug="news-zhuyang-news-egg-separator-factory",
        site="诸阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zhuyangnet.cn/jj/2025-05/14/content_2208417.htm",
        title="鸦桥镇小作坊做出大名堂：一只蛋清分离器卖到三十多个国家",
        record_title="鸦桥镇小作坊做出大名堂：一只蛋清分离器卖到三十多个国家_经济频道_诸阳新闻网",
        record_date="2025-05-14",
        date="2025-05-14",
        notes="news portal with a listen button, an app prompt, photo captions between paragraphs, an editor line glued "
        "after the last paragraph, a 24-hour list and an ad slot",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>鸦桥镇小作坊做出大名堂：一只蛋清分离器卖到三十多个国家_经济频道_诸阳新闻网</title>
<script>var zyAd={slot:"art-right-300x250"};</script><script src="//static.zhuyangnet.cn/tj.js"></script>
</head><body>
<div class="zy-bar">⟦m 诸阳新闻网　诸阳日报社主办⟧ <a>⟦a 下载诸阳观察客户端⟧</a> <a>⟦a 登录⟧</a></div>
<nav class="zy-nav">⟦m 首页　时政　经济　社会　文旅　视频　专题⟧</nav>
<div class="zy-crumb">⟦m 诸阳新闻网 ＞ 经济频道 ＞ 县域经济⟧</div>
<article>
<h1>{T}</h1>
<div class="zy-info">⟦m 2025-05-14 08:42　来源：诸阳日报　记者 蒲远帆 通讯员 邵菁⟧ <span class="listen">⟦a ▷ 听新闻⟧</span></div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-more">⟦a 打开诸阳观察客户端，看更多县域故事⟧</div>
</article>
<aside><h3>⟦l 24小时热文⟧</h3>
<ol><li>⟦l 掖湖区新开通三条公交微循环线路⟧</li><li>⟦l 掖湖湿地公园枇杷节下周六开幕⟧</li><li>⟦l 全市一季度外贸进出口同比增长9.3%⟧</li></ol>
<div class="ad">⟦m 广告⟧ ⟦l 家装季·全屋定制套餐限时八折⟧</div></aside>
<footer>⟦d 本网所刊稿件未经授权不得转载，违者依法追究责任。⟧<br>⟦m 违法和不良信息举报：0728-8615210　互联网新闻信息服务许可证 42120230047⟧</footer>
</body></html>
""",
        body="""
走进鸦桥镇工业小区的禾壳厨具厂，十几名工人正在流水线上给蛋清分离器装盒。这款巴掌大小的塑料厨具，今年前四个月已出口18万只，销往欧洲、中东和东南亚的三十多个国家。
“最早就是给本地蛋糕店做的。”厂长蔡亚楠说，2019年她发现镇上的烘焙店分蛋清全靠手抖蛋壳，既慢又容易混进蛋黄，就琢磨着开模做了第一代分离器。
⟦m 图为工人在流水线上检验蛋清分离器。记者 蒲远帆 摄⟧
为了让产品走出去，厂里先后改了七版模具，把漏缝从两毫米调到一毫米半，又加上能卡在碗沿的挂钩。去年，产品通过了欧盟食品接触材料检测，订单一下子多了起来。
镇党委书记俞嘉宁介绍，镇里正在帮企业申报省级专精特新中小企业，并协调建设一条全自动注塑线，预计年底产能可翻一番。⟦m （责任编辑：谭雪菲）⟧
""",
    ),
    dict(
        slug="news-heling-news-yogurt-cup-glass-canteen",
        site="赫岭发布 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.helingfabu.com/xw/jy/20251022/61473.shtml",
        title="学校食堂酸奶杯换成可回收玻璃杯 每月少扔一万多只",
        record_title="学校食堂酸奶杯换成可回收玻璃杯 每月少扔一万多只 ▏赫岭发布",
        date="2025-10-22",
        notes="county news text; an app prompt glued before the lead's first words; the byline's 发布时间 is the page's date; "
        "a reporter line and a like prompt after the body",
        page="""
!m 赫岭发布 · 县融媒体中心主办
!m 首页 / 教育 / 校园新闻
!t 学校食堂酸奶杯换成可回收玻璃杯 每月少扔一万多只 ▏赫岭发布
!m 发布时间：2025-10-22 17:30　作者：融媒记者 丰晓棠　点击：3380
{BODY}
!m 文字：丰晓棠　审核：邝明远
!a 觉得有用就点个赞，转给家里有学生的亲友
!l 【往期回顾】
!l 县一中新食堂启用 学生可线上预订晚餐
!l 赫岭县中小学“光盘行动”月度评比揭晓
!d 赫岭发布原创稿件，转载请注明来源。
""",
        indent="",
        gap=True,
        body="""
⟦a 打开赫岭发布APP，阅读体验更好⟧本报讯 从本学期开始，县实验小学食堂把学生课间加餐的一次性塑料酸奶杯换成了带刻度的玻璃杯，酸奶由食堂统一从大桶分装。
学校后勤主任穆振华算了一笔账：全校一千二百多名学生，过去每天要扔掉六百多只塑料酸奶杯，一个月就是一万多只。换成玻璃杯后，杯子由食堂统一回收、高温消毒，一只杯子能用上好几年。
不少家长起初担心玻璃杯易碎。学校专门选了加厚的钢化玻璃杯，杯底加了硅胶套，开学以来只碎过两只。四年级学生小葛说：“玻璃杯里的酸奶看得清楚，喝完还要自己送回收筐，感觉像在做环保。”
县教育局有关负责人表示，下一步将在有条件的学校推广这一做法。
""",
    ),
    dict(
        slug="forum-yanhuo-post-cheese-knife-jammer",
        site="烟火气论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yanhuoqi.net/thread-772013-1-1.html",
        title="三把奶酪刀用了两年的真实感受",
        record_title="[厨房装备] 三把奶酪刀用了两年的真实感受（不吹不黑）- 厨具控 - 烟火气论坛",
        date=None,
        notes="Discuz-like hobby forum: poster panel, jammer fonts inside the post, rating row, signature, replies; "
        "the post and reply times are no document date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[厨房装备] 三把奶酪刀用了两年的真实感受（不吹不黑）- 厨具控 - 烟火气论坛</title>
<style>.jammer{color:#FFF;font-size:0px}</style>
<script>var discuz_uid='0',tid=772013;</script>
</head><body>
<div id="yh-hd">⟦m 烟火气论坛⟧ ⟦m 一日三餐，皆是烟火⟧ <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="yh-pt">⟦m 烟火气论坛 » 厨房装备 » 厨具控 » 三把奶酪刀用了两年的真实感受⟧</div>
<div class="yh-stat">⟦m 查看：5218　｜　回复：46⟧</div>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 芝士阿岚⟧</div><div>⟦m 金勺会员　帖子 388　精华 6　积分 2417⟧</div></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [厨房装备] 三把奶酪刀用了两年的真实感受（不吹不黑）⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 2 天前　｜　只看该作者　｜　倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_9930271">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 7　勺币 +21　收起理由：干货满满⟧</div>
<div class="sign">⟦m 签名：手里有刀，心里有谱，芝士切得整整齐齐⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏本帖⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　番茄炒一切：硬质那把叉头刀我也有，切帕玛森真顺手⟧</div>
<div class="reply">⟦l 板凳　小熊煮咖啡：求链接，钢丝那款哪里买的？⟧</div>
<div id="f_pst">⟦a 登录后才可以参与讨论　马上登录 ｜ 注册新号⟧</div>
<div id="yh-ft">⟦m 烟火气论坛 ( 粤ICP备18093350号 ) 　GMT+8, 2025-11-3 21:47⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里人爱吃奶酪，前后买过三把奶酪刀，用了差不多两年，说说真实感受，给想入手的朋友参考。
第一把是最常见的带孔软质奶酪刀，刀面上开了几个洞，切布里、卡门贝尔这种软奶酪时不粘刀，切完刀面一擦就干净。缺点是刀刃薄，切冷藏后变硬的切达会有点吃力。
第二把是带双叉头的硬质奶酪刀，刀尖两个小叉可以直接把切好的奶酪叉起来装盘。切帕玛森这类硬奶酪，用刀尖往下一撬就能掰成小块，很省力。
第三把是钢丝切割器，一根细钢丝绷在手柄上，切出来的片厚薄一致，适合做三明治。但钢丝用久了会松，我已经换过一次。
总结一下：只买一把的话推荐带孔软质刀，家里常吃硬奶酪再加一把叉头刀，钢丝切割器可以不买。
""",
    ),
    dict(
        slug="forum-chuyi-post-egg-separator-compare-junk",
        site="厨忆社区 (invented hobby forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.chuyishe.com/forum/t/184402",
        title="五款蛋清分离器横评，烘焙新手少走弯路",
        record_title="【横评】五款蛋清分离器横评，烘焙新手少走弯路（附实测表）",
        date=None,
        notes="forum thread as text with anti-scraping junk as lines and glued after 。; relative post time is no date; "
        "a data table one row a paragraph",
        page="""
!m 厨忆社区 › 烘焙天地 › 工具测评区
!t 【横评】五款蛋清分离器横评，烘焙新手少走弯路（附实测表）
!m 楼主：麦穗打蛋器　｜　3 小时前　｜　浏览 1934　｜　回复 27
!a 只看楼主　　打赏楼主　　复制帖子链接
{BODY}
!m 本帖最后由 麦穗打蛋器 于 1 小时前 修改
!l 2# 可可不加糖：漏斗那款我也踩过坑，蛋黄老是卡住
!l 3# 烤箱里的猫：收藏了，周末按表买一个试试
!a 发表回复前请先阅读社区公约　　[回复]　[引用]
!m 厨忆社区　手机版　|　粤ICP备20012375号
""",
        junk=dict(lines=2, glued=3),
        body="""
最近做戚风蛋糕，分蛋老失败，于是一口气买了五款蛋清分离器，每款分二十个鸡蛋，记录了蛋黄破损和蛋清残留情况，给新手朋友做个参考。
测试用的都是冷藏后回温半小时的鸡蛋，同一个人操作。
款式　材质　蛋黄破损数　蛋清残留
漏勺式　不锈钢　1个　少
漏斗式　塑料　4个　多
挂碗式　塑料　2个　少
吸管式　硅胶　0个　中
蛋壳形　陶瓷　3个　中
结论：新手首选不锈钢漏勺式，稳定、好洗；吸管式分得最干净，但一次只能吸一个蛋黄，适合少量分蛋。漏斗式缝太宽，蛋清容易带走蛋黄，不推荐。
以上纯个人实测，没有任何广告，大家按需选购。
""",
    ),
]
