"""holdout246, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: official seals (公章), tent poles (帐篷杆), rescue
boats (冲锋舟), road cones (路锥), cordon tape (警戒线).
"""

CASES = [
    dict(
        slug="fanwen-yantaishan-seal-speech-gb2312",
        site="砚台山范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantaishan-fw.com/jh/jgsw/2025/0402/51733.html",
        title="在全县机关印章规范管理推进会上的讲话",
        record_title="【讲稿精编】在全县机关印章规范管理推进会上的讲话（拿来即用）_砚台山范文网",
        date="2025-03-18",
        date_also=["2025-04-02"],
        notes="old gb2312 table page: marquee, font-size row, floating ghost-writer QQ box glued after a 。 in the body "
        "as well, hot list, visitor counter; speaker and date lines under the title neutral; the page's posting date "
        "differs from the speech date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿精编】在全县机关印章规范管理推进会上的讲话（拿来即用）_砚台山范文网</title>
<link href="/css/yts.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ad_top.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 砚台山范文网⟧</td><td class="slogan">⟦m 一支笔写尽机关事⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 会员登入⟧</a>　<a href="javascript:window.external.AddFavorite(location.href,document.title)">⟦a 把砚台山放进收藏夹⟧</a></td></tr>
</table>
<table width="960" align="center" class="menu"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jh/">⟦m 领导讲话⟧</a></td><td><a href="/zj/">⟦m 总结汇报⟧</a></td><td><a href="/xd/">⟦m 心得体会⟧</a></td><td><a href="/gw/">⟦m 公文写作⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 砚台山范文网每日上新讲话稿、总结、述职报告，老会员续费一律八折⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：网站首页 &gt;&gt; 领导讲话 &gt;&gt; 机关事务讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 发布：2025-04-02　人气：1867　录入：yts_admin⟧</div>
<div align="center">⟦a 【字号：特大 大 中 小】【关闭本页】⟧</div>
<div align="center">县政府办公室主任　郇立衡</div>
<div align="center">（2025年3月18日）</div>
<div class="con">
{BODY}
</div>
<div>⟦a 本篇共1页，点此下载Word原稿（需登入）⟧</div>
<div>⟦l 上一篇：全县机要保密工作会议讲话提纲⟧<br>⟦l 下一篇：在机关档案工作培训班开班式上的讲话⟧</div>
</td>
<td width="260" valign="top">
<table class="side" width="100%">
<tr><td class="tit">⟦l 近七日热搜⟧</td></tr>
<tr><td>⟦l ·机关作风整顿动员会讲话稿三篇⟧</td></tr>
<tr><td>⟦l ·办公室主任在保密工作会上的表态⟧</td></tr>
<tr><td>⟦l ·机关事务管理年度工作要点⟧</td></tr>
</table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:200px">⟦w 赶材料找砚台山 QQ：2861057713⟧</div>
<table width="960" align="center" class="foot"><tr><td>⟦d 本站稿件多为网友投寄整理，只作写作参考之用，转载请保留出处。⟧<br>⟦m 砚台山范文网 www.yantaishan-fw.com 湘ICP备13027461号⟧<br>⟦m 您是本站第 00593218 位访客⟧</td></tr></table>
<script>document.write('<img src="/count.asp?id=51733" width=0 height=0>');</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开全县机关印章规范管理推进会，主要任务是通报前一阶段印章清理情况，部署下一步规范管理工作。刚才，县档案馆、县公安局分别作了发言，我都同意。下面，我讲三点意见。
一、印章无小事，必须高度重视。公章代表的是单位的意志和信誉。今年初的清理中，全县共核查各类公章1126枚，发现超期未缴销的旧章37枚、私自刻制的内设机构章9枚，个别单位甚至把公章交给临时工保管。⟦w 讲话稿写不动？砚台山老师一对一代笔，QQ：2861057713⟧这些问题必须引起我们的警觉。
二、制度要管用，关键在落实。各单位要在4月底前建立用印登记台账，做到一事一登记、一次一审批；公章原则上不得带出办公场所，确需外带的，须两人同行、当日归还。
三、责任要压实，监督要跟上。县委办、县政府办将会同有关部门对各单位用印情况开展随机抽查，发现问题的一律通报。
同志们，管好一枚章，就是守住一道关。希望大家把印章管理的各项要求落到实处。
""",
    ),
    dict(
        slug="fanwen-huangyuan-tentpole-insight-title-line",
        site="篁苑公文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.huangyuan-gw.net/xinde/yingji/7730418.html",
        title="参加救灾帐篷搭建实操培训心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line carries a 〔精〕 tag; a member-unlock line between two paragraphs; "
        "only a relative time on the page, no date",
        page="""
!m 篁苑公文网 · 手机版
!m 所在位置：首页 / 心得体会 / 应急培训心得
!t 〔精〕参加救灾帐篷搭建实操培训心得体会
!m 收录：3 天前　　人气：2406　　整理：篁苑编辑
!a 〖复制全文〗〖存为Word〗〖放入书架〗
{BODY}
!a 正文已展示完毕，喜欢就点个赞吧（已有118人点赞）
!l 同类心得推荐
!l ▪ 应急救援队伍集训心得（三篇）
!l ▪ 防汛救灾演练个人体会范文
!l ▪ 社区应急志愿者培训收获
!d 篁苑公文网内容来自会员投稿，只供参考借鉴，不代表本网观点。
!m 篁苑公文网 huangyuan-gw.net　蜀ICP备20011873号
""",
        indent="\u3000\u3000",
        body="""
上个月，单位组织我们参加了县应急管理局举办的救灾帐篷搭建实操培训。两天时间里，教员从帐篷结构讲起，手把手教我们认杆、穿杆、立杆、固定，最后以小组为单位进行计时比赛。培训虽短，感触颇深。
一是细节决定成败。一顶12平方米的救灾帐篷有十几根帐篷杆，长短粗细各不相同，装错一根就立不起来。我们组第一次搭建时把横杆和斜撑杆弄混了，足足耽误了十分钟。
⟦a 开通篁苑会员，整篇可复制可下载⟧
二是协作胜过蛮力。帐篷杆插进接头时需要两人对向用力，一人扶、一人推，配合好了事半功倍。
三是平时多练，急时不乱。灾情往往发生在夜里、在雨中，只有把每一根杆子的位置记在心里，才能在关键时刻又快又稳地为群众撑起一个临时的家。
""",
    ),
    dict(
        slug="wenku-shiye-rescueboat-survey-marker-paras",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shiyewenku.com/view/9d41c07be2a5.html",
        title="关于全县基层防汛冲锋舟配备和使用情况的调研报告",
        record_title="【水利调研】关于全县基层防汛冲锋舟配备和使用情况的调研报告 ▏拾页文库",
        date="2025-07-09",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⦵ n ⦵' cutting sentences, a folded-pages lock line "
        "between paragraphs, coin pay box; a table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【水利调研】关于全县基层防汛冲锋舟配备和使用情况的调研报告 ▏拾页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.shiyewenku.com/reader/v3/reader.min.js"></script>
<style>.reader-page{margin:0 auto;width:820px}</style>
</head><body>
<header class="top"><a class="logo" href="/">⟦m 拾页文库⟧</a><span class="slogan">⟦m 每一页都有用⟧</span>
<form class="search"><input name="kw" placeholder="找文档、找范文"><button>⟦a 搜一下⟧</button></form>
<a href="/member">⟦a 开月卡，全库畅读⟧</a> <a href="/login">⟦a 会员入口⟧</a></header>
<nav class="crumb">⟦m 拾页文库 › 行业资料 › 水利水务 › 调研报告⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：水文小苏　|　格式：DOCX　|　共5页　|　阅读2.3万次⟧</p>
<div class="toolbar">⟦a 放大 缩小 全屏 翻页模式⟧</div></div>
<div class="reader-page">
{BODY}
</div>
<div class="paywall"><p>⟦a 还剩3页未读，支付6拾页币继续阅读⟧</p><button>⟦a 立即解锁全文⟧</button></div>
<aside class="rel"><h3>⟦l 读过此文的人还看了⟧</h3><ul>
<li>⟦l 乡镇防汛物资储备情况调研报告⟧</li>
<li>⟦l 基层水上救援队伍建设的思考⟧</li>
<li>⟦l 防汛抢险船艇管理办法（试行）⟧</li></ul></aside>
<footer>⟦d 文档由用户自行上传并对内容负责，拾页文库仅提供在线阅读服务。如有侵权，请来函处理。⟧<br>⟦m © 2025 拾页文库 shiyewenku.com 浙ICP备21033790号-2⟧</footer>
</body></html>
""",
        p_html='<p class="rp">{}</p>',
        pages=dict(fmt="⦵ {n} ⦵", every=120, start=2),
        body="""
为摸清基层防汛冲锋舟配备和使用情况，县政协农业和农村委员会于6月组成调研组，走访了骦河沿岸7个乡镇和县应急物资储备库。现将调研情况报告如下。
一、基本情况
全县现有防汛冲锋舟46艘，其中县级储备18艘、乡镇配备28艘。沿河三个重点乡镇情况如下：
乡镇　冲锋舟（艘）　持证操作员（人）　上年出动（次）
驷口镇　6　9　14
騑田镇　5　4　11
鹢湾镇　4　2　3
二、存在问题
一是操作员不足，部分乡镇舟多人少，有舟无人开；二是保养不到位，个别冲锋舟船底划伤后未及时修补，船外机长期未试机。
⟦a 第4页至第5页已折叠，开通月卡后展开⟧
三、几点建议
建议每艘冲锋舟至少配备2名持证操作员，每月试机一次并登记；在沿河村设立前置存放点，确保险情发生后30分钟内下水。
骦川县政协农业和农村委员会
2025年7月9日
""",
    ),
    dict(
        slug="wenku-jianfeng-cone-plan-wrapped-glued-markers",
        site="简峰文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://wk.jianfengdoc.cn/p-50817726.html",
        title="骦川县城区道路施工作业区路锥摆放规范整治方案",
        record_title="骦川县城区道路施工作业区路锥摆放规范整治方案.pdf",
        date="2025-04-21",
        notes="file-name record title; a converter's text wrapped at 62 columns with markers '⧣n⧣' glued to the start "
        "of the continuation line; 成文日期 in Chinese numerals",
        page="""
!m 简峰文库　资料多一点，找得快一点
{T}
!m 格式：PDF　页数：4　贡献：jf_user0932　浏览：5127
!a ［下载此文档］　［加入我的文件夹］　［纠错反馈］
{BODY}
!a 试读到此为止，余下内容请用简峰币兑换
!a 兑换全文（8简峰币）　　包月畅读
!l 更多相关文档
!l 市政道路占道施工安全管理办法.doc
!l 城区道路挖掘修复管理规定.pdf
!d 本站文档均由网友上传，仅供个人研究参考，下载后请于24小时内删除。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⧣{n}⧣", every=150, start=2, glue=True),
        body="""
各镇、街道，县直有关单位：
近年来，城区道路施工点位多、周期长，部分作业区路锥摆放随意、间距过大、夜间无反光，已引发多起车辆剐蹭事故。为规范施工作业区安全设施设置，制定本方案。
一、整治范围
城区主次干道、背街小巷范围内的占道施工、管线维修和绿化养护作业点。
二、整治标准
（一）作业区上游须设置警告区，路锥间距不大于5米；夜间作业须使用带反光膜的路锥并加挂警示灯。
（二）路锥应连续摆放，不得以砖块、石头、纸箱代替；倒伏、损坏的路锥须在1小时内扶正或更换。
（三）施工结束后，按照先撤作业区、后撤警告区的顺序收回路锥，不得遗留在路面。
三、职责分工
住建部门负责督促施工单位落实；公安交警部门负责现场检查和违法查处；城管部门负责背街小巷的日常巡查。
骦川县城市管理委员会办公室
二〇二五年四月二十一日
""",
    ),
    dict(
        slug="gov-qianxi-seal-cleanup-notice-index-table",
        site="汧溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qianxi-xian.gov.cn/zwgk/tzgg/202505/t20250514_880412.html",
        title="关于开展全县行政事业单位印章专项清理工作的通知",
        record_title="关于开展全县行政事业单位印章专项清理工作的通知｜部门发文｜汧溪县人民政府",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="modern county portal: 长者版/无障碍 links, an index table (the 文号 cells unmarked, neutral), attachment "
        "download links next to the body's 附件 list, the notice's own contact beside the portal's 纠错 line; the "
        "portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展全县行政事业单位印章专项清理工作的通知｜部门发文｜汧溪县人民政府</title>
<meta name="ArticleTitle" content="关于开展全县行政事业单位印章专项清理工作的通知">
<meta name="PubDate" content="2025-05-14 10:26">
<script src="/common/js/jquery-3.6.min.js"></script>
<script>var _maq = _maq || []; _maq.push(['_setAccount', 'qxzf']);</script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问汧溪县人民政府门户网站⟧</span>
<a href="/elder/">⟦a 长者版⟧</a> <a href="javascript:;" id="wza">⟦a 视障辅助⟧</a> <a href="/en/">⟦a EN⟧</a> <a href="/wap/">⟦a 手机版⟧</a></div>
<div class="header"><img src="/images/logo.png" alt=""><h2>⟦m 汧溪县人民政府⟧</h2>
<form><input name="q" placeholder="请输入关键词"><button>⟦a 站内检索⟧</button></form></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进汧溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="location">⟦m 当前所在：首页 > 政务公开 > 部门发文⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：115213270923061Q/2025-00318⟧</td><td>⟦m 主题分类：机关事务⟧</td></tr>
<tr><td>⟦m 发文机关：汧溪县人民政府办公室⟧</td><td>⟦m 发布日期：2025-05-14⟧</td></tr>
<tr><td>文号</td><td>汧府办函〔2025〕17号</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="tools">⟦a 字体：〔大〕〔中〕〔小〕⟧　⟦a 打印此页⟧　⟦a 关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian">⟦a 相关附件（点击获取）：⟧<a href="/u/cms/qx/202505/印章情况登记表.xlsx">⟦a 汧溪县行政事业单位印章情况登记表.xlsx⟧</a><br><a href="/u/cms/qx/202505/缴销清单.docx">⟦a 印章缴销清单.docx⟧</a></div>
<div class="share">⟦l 转发至：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h3>⟦l 相关政策文件⟧</h3><ul><li>⟦l 汧溪县机关公文处理实施细则⟧</li><li>⟦l 关于进一步规范用印审批流程的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：汧溪县人民政府办公室　承办：汧溪县大数据中心⟧</p>
<p>⟦m 网站标识码：5113270017　蜀ICP备05014320号⟧</p>
<p>⟦m 网站纠错热线：0817-6620012（工作日）⟧</p>
</div>
<script src="/common/js/footer_stat.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府，县直各单位：
为加强印章管理，防范用印风险，县政府决定自即日起至2025年6月30日，在全县行政事业单位开展印章专项清理工作。现将有关事项通知如下。
一、清理范围。各单位现有的公章、内设机构章、业务专用章，以及已停用未缴销的旧章。
二、工作步骤。各单位于5月31日前完成自查，如实填写印章情况登记表；县公安局会同县政府办公室于6月中下旬开展抽查。
三、有关要求。超期未缴销的旧章一律交县公安局统一销毁；私自刻制的印章一律收缴，并追究相关人员责任。
联系人：韦思远，电话：0817-6623105，邮箱：qxyzqingli@163.com。
附件：1.汧溪县行政事业单位印章情况登记表
2.印章缴销清单
汧溪县人民政府办公室
2025年5月12日
""",
    ),
    dict(
        slug="gov-xiangling-rescueboat-allocation-banji",
        site="骧岭县应急管理局 (invented, county portal text)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yjj.xiangling.gov.cn/xxgk/tzgg/202505/t20250528_31207.html",
        title="关于调拨防汛冲锋舟做好汛期水上救援准备的通知",
        date="2025-05-28",
        notes="record title as is; a 文号 line (neutral) above the addressee; 抄送 and 印发 lines kept as body; the "
        "portal's breadcrumb, view count and accessibility row",
        page="""
!m 骧岭县应急管理局
!m 首页 >> 信息公开 >> 通知公告
!a 【适老化浏览】【读屏专用】
{T}
!m 信息来源：局办公室　　浏览次数：913
骧应急〔2025〕23号
{BODY}
!a 【打印正文】　【关闭】
!l 上一条：关于开展2025年防汛应急演练的通知
!l 下一条：关于公布汛期应急值班电话的公告
!m 骧岭县应急管理局主办　地址：骧岭县骧北路6号　邮编：617300
!m 24小时应急值班电话：0739-5560110
""",
        body="""
各乡镇人民政府，县防汛抗旱指挥部各成员单位：
根据县防指统一部署，县应急管理局从县级防汛物资储备库调拨冲锋舟12艘、船外机12台，充实沿河乡镇水上救援力量。现将有关事项通知如下：
一、调拨安排。骘坪镇、鄠塘乡各4艘，骧北镇、骘东镇各2艘，请于6月5日前到县储备库办理领用手续。
二、使用管理。冲锋舟由乡镇防汛办统一保管，专舟专用，不得挪作他用；每次出动后应及时清洗、检查并登记。
三、人员培训。各乡镇要确定至少4名驾驶员，6月中旬参加县里组织的集中培训，考核合格后方可驾驶。
骧岭县应急管理局
2025年5月28日
抄送：县防汛抗旱指挥部办公室，县财政局。
骧岭县应急管理局办公室　　2025年5月28日印发
""",
    ),
    dict(
        slug="news-shuangchuan-rescueboat-village-app-glued",
        site="骦川融媒 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.scrongmei.cn/minsheng/2025-06/18/content_330917.html",
        title="骦河沿岸九个村有了“家门口”的冲锋舟",
        record_title="骦河沿岸九个村有了“家门口”的冲锋舟 - 骦川融媒 · 民生频道",
        date="2025-06-18",
        notes="county news portal: an app prompt glued before the lead, a photo caption between paragraphs, the editor "
        "line glued after the last paragraph, a listen button, a 24-hour list; the byline's time line is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>骦河沿岸九个村有了“家门口”的冲锋舟 - 骦川融媒 · 民生频道</title>
<script src="//res.scrongmei.cn/js/share.js"></script>
</head><body>
<div class="hd"><a class="logo">⟦m 骦川融媒⟧</a>
<ul class="nav"><li>⟦m 要闻⟧</li><li>⟦m 民生⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 视听⟧</li><li>⟦m 专题⟧</li></ul>
<a class="app">⟦a 扫码装骦川融媒APP⟧</a></div>
<div class="pos">⟦m 位置：骦川融媒 ＞ 民生 ＞ 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-18 17:42　来源：骦川融媒　记者：聂晓川⟧</div>
<div class="listen">⟦a ▶ 听新闻　00:00 / 02:16⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享到：朋友圈 微博 复制链接⟧</div>
</div>
<div class="rank"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 骦川县主汛期防汛工作全面启动⟧</li>
<li>⟦l 驷口镇龙舟赛周末开赛⟧</li>
<li>⟦l 城区两条道路夜间施工请绕行⟧</li></ol></div>
<div class="ft">⟦d 本网原创稿件，未经授权不得转载、摘编。⟧<br>⟦m 骦川县融媒体中心主办　违法和不良信息举报：0817-6200917⟧</div>
</body></html>
""",
        body="""
⟦a 打开骦川融媒客户端，本地消息早知道⟧本网讯　6月18日上午，一艘橙色冲锋舟在驷口镇汧家坳村码头缓缓下水，这是今年全县为骦河沿岸村配备的第9艘冲锋舟。
⟦m 图为汧家坳村应急分队试航新配备的冲锋舟。聂晓川　摄⟧
往年汛期，沿河村遇到险情要等县里的救援队赶来，路上至少一个小时。今年起，县应急管理局把冲锋舟“前置”到村，每村配一艘，由村里的退役军人和民兵组成应急分队负责驾驶。
“以前水进了屋只能干着急，现在冲锋舟就停在村口，十分钟就能开到。”村民罗长庚说。
据了解，9个村的48名驾驶员已全部完成培训，每月还要进行一次试航。⟦m （责编：陶沐　审核：言川）⟧
""",
    ),
    dict(
        slug="news-chengjiang-smart-cone-record-date-list",
        site="骋江日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.cjrbw.com.cn/jiaotong/2025-09/03/c_118832.html",
        title="高速养护作业区用上“会说话”的路锥",
        record_title="【交通】高速养护作业区用上“会说话”的路锥｜骋江日报网",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="record gives the date; a column tag and site suffix on the record title; a 1. 2. 3. list in the news; "
        "a byline and a font-size row between title and lead, an editor line after the text",
        page="""
!m 骋江日报网　骋江新闻第一站
!m 首页 ＞ 交通 ＞ 正文
{T}
!m 2025-09-03 08:15　来源：骋江日报　作者：钟予禾
!a 字号　A+　A-　　分享
{BODY}
!m 【编辑：乔野　校对：方青】
!l 相关阅读
!l 绕城高速K40至K52段夜间养护施工公告
!l 全市公路养护作业安全大检查启动
!d 凡本网注明“来源：骋江日报”的作品，版权均属骋江日报社，转载请联系授权。
!m 新闻热线：0736-8800123　　骋江日报网 www.cjrbw.com.cn
""",
        indent="\u3000\u3000",
        body="""
骋江日报讯（记者 钟予禾）9月2日，在骋江绕城高速K46段养护作业区，一排路锥在车辆接近时亮起黄灯，并发出“前方施工，请减速慢行”的语音提示。这是市公路事业发展中心今年试点的智能路锥。
与普通路锥相比，智能路锥主要有三点不同：
1.内置雷达，能在车辆距离150米时提前报警；
2.路锥被撞倒后，会自动向现场安全员的手机发送提醒；
3.一次充电可连续工作72小时，适合夜间作业。
市公路事业发展中心养护科负责人介绍，试点以来，该路段作业区未发生一起车辆闯入事故。下一步，智能路锥将在全市高速养护作业中推广使用。
""",
    ),
    dict(
        slug="forum-yejing-tentpole-repair-jammer",
        site="野径户外论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yejing-outdoor.com/thread-402719-1-1.html",
        title="野外帐篷杆断了，我是这样应急接上的",
        record_title="[装备维修] 野外帐篷杆断了，我是这样应急接上的 - 露营装备区 - 野径户外论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, rating row, signature, replies; only relative "
        "times, no date",
        page="""
<html><head><meta charset="gbk">
<title>[装备维修] 野外帐篷杆断了，我是这样应急接上的 - 露营装备区 - 野径户外论坛</title>
<script src="static/js/common.js?Kp3"></script>
<style>.jammer{color:#fff;font-size:0}</style>
</head><body>
<div id="toptb">⟦m 野径户外论坛⟧　<a>⟦a 登录⟧</a> <a>⟦a 快速注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 野径户外 › 装备天地 › 露营装备区 › 正文⟧</div>
<div class="ts"><h1><span>⟦t [装备维修] 野外帐篷杆断了，我是这样应急接上的⟧</span></h1>
<span>⟦m 查看: 6204 | 回复: 37⟧</span></div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 山猫老周⟧</div><p>⟦m 帖子 1281　精华 6　积分 4390⟧</p><p>⟦m 勋章：驴龄十年　装备达人⟧</p></td>
<td class="plc"><div class="pi">⟦m 楼主　发表于 3 天前　只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 5 人　积分 +15　收起 理由：实用　干货⟧</div>
<div class="sign">⟦l 走过的路都算数，背过的包都嫌重。⟧</div>
<div class="po">⟦a 回复 引用 举报 收藏 支持⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　北坡的风：学到了，修补管我一直没当回事⟧</div>
<div class="reply">⟦l 板凳　阿木木：扎带比胶带好用，亲测⟧</div>
<div id="f_pst">⟦a 先登录才能参与讨论　登录 | 快速注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　野径户外论坛　滇ICP备17004322号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上周末在骧岭后山露营，半夜起风，帐篷的一根主杆从接头处折断了。当时手边没有备用杆，折腾了半小时总算撑到天亮，把方法分享给大家。
第一步，找到断口，把两截杆子对齐。铝合金杆一般是在接头附近断，断面比较整齐。
第二步，用帐篷自带的修补管套在断口上，两头各留出三四厘米。修补管就是那截比杆子粗一点的短铝管。没带修补管的话，可以用登山杖的一节或者粗一点的树枝绑上代替。
第三步，用胶带或者扎带把修补管两端缠紧。
提醒一句：修补只是应急，回家后一定要换新杆。出门前检查一下修补管带没带，比什么都强。
""",
    ),
    dict(
        slug="forum-yuyuehui-cordon-anglers-junk",
        site="鱼乐汇论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.yuyuehui-bbs.com/t/88201937",
        title="河堤拉了警戒线，还有人钻进去钓鱼",
        record_title="[钓友杂谈] 河堤拉了警戒线，还有人钻进去钓鱼 - 溪钓版 - 鱼乐汇论坛",
        date=None,
        notes="forum post with anti-scraping junk lines and junk glued after 。; replies below; relative times only",
        page="""
!m 鱼乐汇论坛 » 溪钓版 » 帖子
!t [钓友杂谈] 河堤拉了警戒线，还有人钻进去钓鱼
!m 阅读：1873　回复：24
!m 钓不完的骦河 | 发表于 昨天 21:36 | 只看他
{BODY}
!a 顶 | 踩 | 收藏 | 转发
!l 2#　老饵匠：说得对，去年下游那事我知道，可惜了
!l 3#　浮漂不动：汛期就别去了，命要紧
!a 发帖前请先登录，没有账号？点此注册
!m 鱼乐汇论坛 版权所有 ©2012-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
今天路过骦河大堤，看见堤脚拉着一圈红白警戒线，旁边立着牌子写着“汛期危险，禁止垂钓”。结果警戒线里面还坐着三个钓友，鱼竿一字排开。
说实话我也是老钓鱼的，知道这个季节水涨鱼多，心里痒。但汛期的堤脚土是泡软的，一脚踩空就下去了，去年下游就出过事。
警戒线不是拦着不让咱们玩，是拿教训换来的。巡堤的同志劝了两回，有人还嫌人家多事。
各位钓友，等水退了、警戒线撤了再去也不迟。鱼跑不了，人得平平安安的。
""",
    ),
]
