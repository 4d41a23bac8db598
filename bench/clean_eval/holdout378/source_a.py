"""holdout378, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (sites, places, people, numbers, URLs, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-bigengfang-plan-signin-board-gb2312",
        site="笔耕坊范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.bgfang.cn/fangan/huiwu/2025/0320/18826.html",
        title="聪岭县2025年春季招商推介会会务保障工作方案",
        record_title="聪岭县2025年春季招商推介会会务保障工作方案（会务筹备直接套用）_笔耕坊范文网",
        date="2025-03-12",
        date_also=["2025-03-20"],
        notes="old table layout with a marquee, a font row, a floating QQ box and a visitor counter; numbered list; "
        "a ghost-writer prompt glued after a 。; signature date differs from the page's entry date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>聪岭县2025年春季招商推介会会务保障工作方案（会务筹备直接套用）_笔耕坊范文网</title>
<meta name="keywords" content="会务方案,推介会,签到板">
<link href="/skin/bgf.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/bgf_count.js"></script>
</head>
<body bgcolor="#F4F1E8" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" bgcolor="#8B2E16"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFFFF">⟦m 笔耕坊范文网：方案、总结、讲话稿天天上新，写材料先来坊里转一转⟧</font></marquee></td></tr>
<tr><td class="nav"><a href="/">⟦m 坊间首页⟧</a> | <a href="/fangan/">⟦m 工作方案⟧</a> | <a href="/jianghua/">⟦m 领导讲话⟧</a> | <a href="/zongjie/">⟦m 总结汇报⟧</a> | <a href="/huiwu/">⟦m 会务文书⟧</a> | <a href="/gbook/">⟦a 给坊主留言⟧</a></td></tr>
<tr><td class="where">⟦m 所在位置：笔耕坊 &gt;&gt; 工作方案 &gt;&gt; 会务文书 &gt;&gt; 阅读正文⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr>
<td width="700" valign="top" bgcolor="#FFFFFF">
<h2 align="center">{T}</h2>
<p align="center"><font color="#888888">⟦m 入库：2025-03-20　整理：坊主老耿　人气：1307⟧</font></p>
<p align="center">⟦a 【字号：特大 大 中 小】【护目底色】【关闭本页】⟧</p>
<div class="content">
{BODY}
</div>
<p align="center"><a href="/down/18826.html"><b>⟦a 【下载本方案Word版】需坊币3枚⟧</b></a></p>
<table width="100%"><tr><td>⟦l 上一篇：2025年全县项目观摩活动接待工作方案⟧</td></tr><tr><td>⟦l 下一篇：经贸洽谈会安全保卫工作预案（范本）⟧</td></tr></table>
</td>
<td width="250" valign="top" bgcolor="#FBF8EF">
<table width="100%"><tr><td bgcolor="#D9C9A3"><b>⟦l 坊间热读榜⟧</b></td></tr>
<tr><td>⟦l ·会议签到及引导工作细则⟧</td></tr>
<tr><td>⟦l ·大型会议会务组职责分工表⟧</td></tr>
<tr><td>⟦l ·招商引资推介会主持稿⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:4px;top:220px;width:120px;border:1px solid #8B2E16">⟦w 写作顾问在线 QQ：2093318475⟧</div>
<table width="960" border="0" align="center"><tr><td align="center">
⟦d 本坊范文多由会员投稿整理，仅作写作参考，请结合本单位实际修改使用。⟧<br>
⟦m 笔耕坊范文网 www.bgfang.cn　冀ICP备18030716号⟧<br>
⟦m 您是本坊第0418263位来客⟧
</td></tr></table>
<script language="javascript">bgf_stat(18826);</script>
</body></html>
""",
        body="""
为办好聪岭县2025年春季招商推介会，确保会议组织有序、服务周到、安全顺畅，结合往年办会经验，制定本方案。
一、会议概况
推介会定于2025年4月8日上午在县会展中心二楼多功能厅举行，拟邀请客商、商协会代表和县直有关部门负责人约260人参加，会期半天。
二、会务分工
1. 综合协调组：由县投资促进中心牵头，负责会议议程、领导日程和各组衔接。
2. 签到接待组：由县商务局牵头，负责嘉宾签到、引导入座和资料发放。⟦w （笔耕坊原创代笔，微信 bgf_wenmi）⟧
3. 宣传报道组：由县融媒体中心牵头，负责现场拍摄、新闻稿撰写和推介视频播放。
4. 安全保障组：由县公安局城区派出所牵头，负责会场安保、交通疏导和应急处置。
三、签到安排
会场入口东西两侧各设签到板一块，签到板规格为2.4米×1.2米，采用铝合金框架和白色雪弗板面，上方印制推介会主题和县域形象标识。客商在东侧签到板签名，部门代表在西侧签到板签名，每块签到板旁配备签字笔20支和接待人员2名。签到板于4月7日下午5点前安装到位，由签到接待组逐块检查框架是否稳固。会议结束后，签到板完整保存，移交县档案馆作为活动实物资料。
四、工作要求
各组要在4月3日前报送工作人员名单，4月7日下午参加现场彩排。全体工作人员统一佩戴工作证，提前一小时到岗，确保会务各环节无缝衔接。
聪岭县投资促进中心
2025年3月12日
""",
    ),
    dict(
        slug="fanwen-shigao-speech-electronic-salute-cn-date",
        site="拾稿网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.shigao.cc/jianghua/wenming/771402.html",
        title="在全县移风易俗暨电子礼炮推广工作会议上的讲话",
        record_title="【礼俗改革·会议讲话】在全县移风易俗暨电子礼炮推广工作会议上的讲话（发言稿精编）",
        date="2024-11-19",
        notes="speaker line (neutral) and a date in Chinese numerals under the speech title; unlock prompt and ghost-writer line after the body",
        page="""
!m 拾稿网｜每一篇稿子都有人写过
!m 导航：拾稿网 ▸ 讲话稿 ▸ 文明创建讲话
!t 【礼俗改革·会议讲话】在全县移风易俗暨电子礼炮推广工作会议上的讲话（发言稿精编）
!m 稿号：SG-771402　字数：1460　收录人：蓝墨水
!a ［全文复制］［存为文档］［转给同事］
{T}
恭川县委常委、宣传部部长　温仲平
（二〇二四年十一月十九日）
{BODY}
!a 后面还有三段：开通拾稿月卡后可查看并导出
!w 专人改稿：把单位名称和数据发给我们，24小时返稿，微信同号 139 2870 6614
!l 同类讲话还有：
!l 在殡葬改革工作推进会上的讲话
!l 在文明乡风建设现场会上的讲话（2篇）
!d 拾稿网所载文稿仅供学习借鉴，引用请注明出处，不得整篇转载。
!m 拾稿网 shigao.cc　渝ICP备21006638号-1
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开这次会议，主要是总结前一阶段全县移风易俗工作，部署在婚丧喜庆活动中推广电子礼炮、减少燃放传统礼炮的工作。刚才，县文明办通报了试点情况，巢口镇和梆溪镇作了交流发言，讲得很实在。下面，我讲三点意见。
一、看清问题，增强推广电子礼炮的紧迫感
这些年，我县群众办喜事讲排场的风气有所收敛，但燃放大型组合礼炮的习惯还比较普遍。据县应急管理局统计，去年全县因燃放礼炮引发的火情有11起，造成2人受伤；城区和集镇因夜间燃放礼炮引起的噪声投诉有140多件。礼炮一响，热闹是一时的，留下的是满地纸屑、邻里不满和安全隐患。
⟦a 〔以下段落为拾稿会员内容，本次已为您临时展开〕⟧
二、抓住重点，让电子礼炮真正进到家门口
一要抓示范。县直机关干部职工和村（社区）“两委”成员操办婚事，一律使用电子礼炮或不燃放，带头作出表率。二要抓服务。各乡镇红白理事会要配备电子礼炮，免费借给群众使用，借用登记、维护保养要有专人负责。三要抓引导。婚庆公司、酒店要在签订服务合同时主动介绍电子礼炮，不得推销大型燃放礼炮。
三、压实责任，确保各项措施落到实处
各乡镇党委书记是第一责任人，要把这项工作写进村规民约，纳入文明村镇评选。县文明办要会同县市场监管局、县应急管理局加强督查，每季度通报一次进展。
同志们，移风易俗是一场持久战。希望大家多做耐心细致的工作，让文明新风吹进千家万户。
""",
    ),
    dict(
        slug="wenku-zhiyuan-research-arch-pdf-marker-paras",
        site="知源文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyuanwk.com/view/5e1c07a3d82b.html",
        title="关于伦港区商业庆典气拱门使用安全情况的调研报告",
        record_title="关于伦港区商业庆典气拱门使用安全情况的调研报告.pdf",
        date="2024-09-26",
        notes="file-name record title; a 文库 reader with a viewer toolbar, page-marker paragraphs cutting sentences and a pay box; "
        "upload date is no date; signature date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8">
<title>关于伦港区商业庆典气拱门使用安全情况的调研报告.pdf - 知源文库</title>
<script src="https://static.zhiyuanwk.com/reader/v3/reader.min.js"></script>
<style>.pg{color:#bbb;text-align:center;font-size:12px}</style>
</head><body>
<div class="topbar"><span class="logo">⟦m 知源文库 · 有用的文档都在这⟧</span> <a href="/login">⟦a 登录｜注册新号⟧</a> <a href="/vip">⟦a 开通知源月卡⟧</a></div>
<div class="crumbs">⟦m 知源文库 › 行业资料 › 城市管理 › 调研报告⟧</div>
<div class="docinfo"><h1>{T}</h1>
<p>⟦m 上传者：拱桥下的猫　上传于 2024-10-08　页数：4　大小：611KB⟧</p>
<p>⟦m 浏览 1,024　下载 37　评分 4.6⟧</p></div>
<div class="viewer-bar"><a>⟦a 放大⟧</a> <a>⟦a 缩小⟧</a> <a>⟦a 全屏阅读⟧</a> <a>⟦a 转为Word⟧</a></div>
<div class="reader">
{BODY}
</div>
<div class="paybox"><p>⟦a 还剩2页未读，支付2.5元即可继续阅读全文⟧</p><p>⟦a 月卡用户免费读　立即开通⟧</p></div>
<div class="notice">⟦d 本文档由用户“拱桥下的猫”上传，知源文库仅提供存储服务，如涉及侵权请联系平台处理。⟧</div>
<div class="relate"><h4>⟦l 读过这份文档的人也在看⟧</h4>
<ul><li>⟦l 户外广告设施设置管理调研报告⟧</li><li>⟦l 大型活动临时搭建物安全检查表⟧</li><li>⟦l 庆典公司安全生产管理制度汇编⟧</li></ul></div>
<div class="foot">⟦m ©2025 知源文库 zhiyuanwk.com　沪ICP备20018752号⟧</div>
</body></html>
""",
        p_html='<p class="txt">{}</p>',
        pages=dict(fmt="⩊ {n} ⩊", every=190, start=2),
        body="""
今年以来，辖区商铺开业、楼盘促销、婚庆等活动中使用气拱门的情况明显增多，因大风导致气拱门倾倒、伤人的事件在周边城市时有发生。为摸清底数、堵塞漏洞，我局于8月至9月组织专题调研，现将有关情况报告如下。
一、基本情况
调研组走访了辖区5个街道的38处商业活动现场和6家庆典器材租赁公司，查阅了近两年的户外活动审批记录。据统计，全区在用气拱门约420座，其中跨度8米以上的大型气拱门130余座；今年1至8月，共受理设置气拱门的临时审批申请214件，现场抽查发现未经审批设置的有57处。
二、存在的问题
（一）固定不牢靠。多数气拱门仅用沙袋压脚，沙袋数量不足、重量不够，个别现场只在拱脚系一根细绳拴在路灯杆上。
（二）风机管理粗放。鼓风机长时间露天运行，电源线随地拖放，有的直接从商铺窗户接出，存在漏电隐患。
（三）恶劣天气不撤收。调研期间遇到两次6级阵风天气，仍有11座气拱门未及时放气撤收。
（四）监管衔接不畅。庆典公司只管搭、不管守，主办商户又缺乏安全常识，出现问题时责任难以落实。
三、对策建议
一是修订临时设置审批办法，明确气拱门跨度、固定方式和风速限制。二是推动租赁公司建立现场看护制度，搭设期间至少留守1人。三是建立大风预警联动机制，气象部门发布大风蓝色预警后，由街道通知商户在2小时内撤收。四是将庆典器材租赁纳入行业信用管理，对屡次违规的企业公开曝光。
慈湾市伦港区城市管理和综合执法局
2024年9月26日
""",
    ),
    dict(
        slug="wenku-yeyetong-plan-bunker-rakes-wrapped-markers",
        site="页页通文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.yeyetong.net/p-33019584.html",
        title="愉湖高尔夫球会沙坑养护与沙坑耙管理方案",
        record_title="〈球场运营〉愉湖高尔夫球会沙坑养护与沙坑耙管理方案（草坪部内部版·可编辑）",
        date="2025-02-17",
        notes="text copied from a preview: hard-wrapped at 60 columns, page markers glued to the continuation line; "
        "decimal headings; upload stamp is no date; signature date",
        page="""
!m 页页通文库 > 企业管理 > 场地运营
!t 〈球场运营〉愉湖高尔夫球会沙坑养护与沙坑耙管理方案（草坪部内部版·可编辑）
!m 贡献者：g***f　上传于 2025-03-02　共 5 页　阅读 326 次
!a 下载文档　｜　加入书架　｜　翻页模式
{T}
{BODY}
!a 试读到此为止，剩余2页请下载后查看
!a 页页通会员限时价 19.9 元／季
!d 温馨提醒：页页通文库内容均由用户上传，平台不对内容的准确性负责，侵权请联系 kefu@yeyetong.net。
!l 同类文档：球场草坪养护年度计划｜高尔夫球童服务规范｜果岭打孔作业指导书
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⋀{n}⋁", every=150, start=2, glue=True),
        body="""
为规范球场18个球道共64个沙坑的日常养护，延长沙坑耙使用寿命，提升会员击球体验，结合本会实际，制定本方案。
1 养护目标
1.1 沙面平整度：每日开场前完成全部沙坑耙平，沙面起伏不超过2厘米。
1.2 沙坑耙完好率：在用沙坑耙完好率保持在95%以上，耙齿缺失或手柄开裂的当日更换。
2 沙坑耙配置
2.1 数量：每个沙坑按面积配置沙坑耙，300平方米以下放置1把，300平方米以上放置2把，全场共配置92把，另备用12把。
2.2 规格：统一使用长柄塑料耙头沙坑耙，手柄长度1.5米，耙头宽度不小于60厘米，颜色为白色，便于球员识别。
2.3 摆放：沙坑耙平放在沙坑外侧靠近出口处，耙头朝外、手柄与球道方向平行，避免影响正常击球路线。
3 日常养护
3.1 草坪部每日早班安排4名养护工，分前后九洞两组，用机械耙平整大面积沙面，沙坑边缘和坡面用手工沙坑耙补耙。
3.2 雨后沙坑积水的，先排水后补沙，补沙厚度控制在10至15厘米。
3.3 每周一对全部沙坑耙进行一次检查，清理耙齿间的杂草和碎石，登记损坏情况。
4 保障措施
4.1 球童在服务中应提醒球员击球后使用沙坑耙恢复沙面，并将沙坑耙放回原位。
4.2 草坪部经理每月抽查沙坑养护情况不少于两次，检查结果与班组考核挂钩。
愉湖高尔夫球会草坪部
2025年2月17日
""",
    ),
    dict(
        slug="gov-congling-notice-arch-approval-attachments",
        site="聪岭县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.congling.gov.cn/zwgk/tzgg/202504/t20250416_1187324.html",
        title="聪岭县城市管理局关于规范节庆和商业活动气拱门设置的通知",
        record_title="聪岭县城市管理局关于规范节庆和商业活动气拱门设置的通知｜政务公开·通知公告—聪岭县人民政府",
        date="2025-04-14",
        date_also=["2025-04-16"],
        notes="county portal with an 索引号 table (文号 cell unmarked, neutral), attachment download links beside the 附件 list, "
        "the document's contact beside the site's 纠错 line; 抄送 and 印发 lines kept",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>聪岭县城市管理局关于规范节庆和商业活动气拱门设置的通知｜政务公开·通知公告—聪岭县人民政府</title>
<link rel="stylesheet" href="/static/css/cl_gov.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head><body>
<div class="toolbar"><a href="javascript:;">⟦a 放大阅读⟧</a> <a href="javascript:;">⟦a 语音朗读⟧</a> <a href="/m/">⟦a 移动版⟧</a> <a href="/en/">⟦m 外文版⟧</a></div>
<header><div class="logo">⟦m 聪岭县人民政府　www.congling.gov.cn⟧</div>
<form class="search"><input type="text" name="q"><button type="submit">⟦a 搜全站⟧</button></form></header>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 走进聪岭⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul></nav>
<div class="position">⟦m 您的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11431128MB1D02713K/2025-00093⟧</td><td>⟦m 主题分类：城乡建设、市容管理⟧</td></tr>
<tr><td>⟦m 发文机关：聪岭县城市管理局⟧</td><td>⟦m 成文时间：2025-04-14⟧</td></tr>
<tr><td>文号：聪城管〔2025〕9号</td><td>⟦m 公开日期：2025-04-16⟧</td></tr>
</table>
<article>
<h1>{T}</h1>
<div class="info">⟦m 来源：县城市管理局　阅读次数：482⟧　<span class="font">⟦a 文字：大号 中号 小号⟧</span></div>
<div class="zw">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：聪岭县户外气拱门设置申请表.docx（18KB）⟧<br>⟦a 附件下载：气拱门安全承诺书.docx（12KB）⟧</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧　<a href="javascript:window.print()">⟦a 打印正文⟧</a>　<a href="javascript:window.close()">⟦a 关闭此页⟧</a></div>
<div class="related"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 聪岭县关于加强城区占道经营管理的通告⟧</li><li>⟦l 县城市管理局2024年度行政执法情况公示⟧</li></ul></div>
</article>
<footer><p>⟦m 主办：聪岭县人民政府办公室　承办：聪岭县大数据中心⟧</p><p>⟦m 网站纠错：0736-5820000　湘ICP备13007261号-1⟧</p><p>⟦m 网站标识码4311280007　湘公网安备43112802000163号⟧</p></footer>
<script>var _maq = _maq || []; _maq.push(['_setAccount', 'cl_gov']);</script>
</body></html>
""",
        body="""
各镇人民政府、街道办事处，县直有关单位：
近年来，我县节庆活动、商铺开业和楼盘促销中设置气拱门的情况较多，部分气拱门未经审批占用人行道、遮挡交通标志，遇大风天气存在倾覆风险。为加强管理，保障群众出行安全，现就有关事项通知如下。
一、严格设置审批。在城区道路、广场等公共场所设置气拱门的，主办单位应提前3个工作日向县城市管理局提出申请，经审核同意后方可设置，设置期限一般不超过3天。
二、落实安全措施。气拱门跨度不得超过12米，拱脚每侧至少用4个不小于25公斤的沙袋或地锚固定；鼓风机应有专人看守，电源线路须架空或加装护套。
三、恶劣天气及时撤收。气象部门发布大风、雷电预警后，主办单位应立即放气撤收，不得冒险保留。
四、加强巡查处置。各镇（街道）要将气拱门设置纳入日常巡查，对未经审批或不落实安全措施的，责令立即整改；拒不整改的，依法予以查处。
联系人：季文哲，联系电话：0736-5821407。
附件：1.聪岭县户外气拱门设置申请表
2.气拱门安全承诺书
聪岭县城市管理局
2025年4月14日
抄送：县应急管理局，县公安局交警大队。
聪岭县城市管理局办公室　2025年4月14日印发
""",
    ),
    dict(
        slug="gov-gongchuan-bulletin-salute-spot-check-table",
        site="恭川政务网 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.gongchuan.gov.cn/bmdt/scjgj/202412/t20241223_66120.html",
        title="恭川县市场监督管理局关于2024年礼炮类产品质量专项抽查情况的通报",
        record_title="恭川县市场监督管理局关于2024年礼炮类产品质量专项抽查情况的通报 - 部门动态 · 恭川政务网",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes="文号 line under the title (neutral); a data table one row a paragraph; 抄送 and 印发 lines; the page's "
        "发布时间 differs from the signature date",
        page="""
!m 恭川政务网　gongchuan.gov.cn
!a 无障碍阅读　｜　长辈模式切换　｜　站群导航
!m 当前所在：首页 ➤ 部门动态 ➤ 县市场监管局
!t 恭川县市场监督管理局关于2024年礼炮类产品质量专项抽查情况的通报 - 部门动态 · 恭川政务网
{T}
恭市监〔2024〕46号
!m 发布机构：县市场监督管理局　发布时间：2024-12-23 10:05　访问：1306
{BODY}
!a 【打印此页】【关闭窗口】【收藏本页】
!l 上一条：恭川县关于开展冬季燃气安全检查的通知
!l 下一条：县市场监管局开展“守护消费”进集镇活动
!m 恭川县人民政府办公室主办　恭川县政务数据中心维护
!m 政务服务热线：12345　桂ICP备09004217号
""",
        body="""
各镇人民政府，县直有关单位，各礼炮经营单位：
为保障节日期间群众燃放安全，2024年11月至12月，县市场监督管理局会同县应急管理局对全县礼炮类产品开展了质量专项抽查，现将有关情况通报如下。
一、抽查基本情况
本次共抽查批发企业2家、零售网点31个，抽取礼炮类产品46批次，检验项目包括标志标识、药量、燃放性能和结构安全。经检验，合格39批次，不合格7批次，合格率84.8%。
二、主要不合格产品情况
经营单位　产品名称　不合格项目　处理措施
巢口镇兴旺烟花店　36发组合礼炮　药量超标　下架封存
梆溪镇四通副食店　婚庆礼炮（12寸）　标志不全　责令整改
仲坪镇鸿福礼仪用品店　开业礼炮（24发）　燃放性能不合格　下架封存
县城永丰礼炮批发部　彩虹礼炮（49发）　结构安全不合格　立案调查
三、下一步工作
（一）对抽查中发现的不合格产品，已全部责令下架，其中涉嫌违法的1家已立案调查。
（二）春节前，将组织开展礼炮类产品第二轮抽查，重点检查农村集镇零售网点。
（三）请各镇加强宣传引导，鼓励群众在婚庆、开业等活动中使用电子礼炮。
恭川县市场监督管理局
2024年12月20日
抄送：县应急管理局，县公安局。
恭川县市场监督管理局办公室　2024年12月20日印发
""",
    ),
    dict(
        slug="news-ciwan-arch-blown-over-h1-client-prompt",
        site="慈湾新闻网 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ciwannews.cn/local/2025-03/29/content_8801762.htm",
        title="巢口镇一商铺气拱门被大风掀翻，执法队员提醒商户遇风及时撤收",
        record_title=None,
        date="2025-03-29",
        notes="no record title: the headline is the <h1>; a client prompt glued before the lead, a photo caption between "
        "paragraphs, an editor line glued after the last one; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>巢口镇一商铺气拱门被大风掀翻_本地_慈湾新闻网</title>
<meta name="description" content="3月28日下午，巢口镇人民路一座气拱门被大风掀翻。">
<script src="//cdn.ciwannews.cn/js/ad_loader.js"></script>
</head><body>
<div class="top-links">⟦m 慈湾新闻网 — 慈湾人自己的新闻门户⟧　<a href="/app">⟦a 下载慈湾新闻App⟧</a>　<a href="/user">⟦a 用户登录⟧</a></div>
<ul class="channels"><li>⟦m 首页⟧</li><li>⟦m 本地⟧</li><li>⟦m 区县⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li><li>⟦m 湾区评论⟧</li></ul>
<div class="crumb">⟦m 慈湾新闻网 ＞ 本地 ＞ 区县传真⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-03-29 08:12　来源：慈湾新闻网　记者：庄仲禹⟧</div>
<div class="tools"><a>⟦a 听新闻⟧</a> <a>⟦a 字号调整⟧</a></div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 分享这篇报道：微信好友 朋友圈 微博⟧</div>
<div class="ad">⟦d 广告　湾区家居建材节 满5000减600⟧</div>
</div>
<aside><h3>⟦l 本地热读⟧</h3><ol>
<li>⟦l 伦港区今年新增口袋公园12处⟧</li>
<li>⟦l 慈湾至恭川城际公交4月1日开通⟧</li>
<li>⟦l 梆溪镇春茶开采 首批茶青每斤卖到80元⟧</li></ol></aside>
<footer>⟦m 慈湾日报社主办　新闻热线：0736-2233116⟧<br>⟦m 互联网新闻信息服务许可证：43120190017⟧<br>⟦d 未经授权禁止转载、摘编、复制或建立镜像。⟧</footer>
</body></html>
""",
        body="""
⟦a 打开慈湾新闻客户端，看更多本地新闻⟧3月28日下午4时许，巢口镇人民路一家新开业的手机店门前，一座跨度约10米的红色气拱门被突如其来的大风整体掀起，翻滚十多米后挂在了路边的行道树上。所幸当时路上行人不多，事故没有造成人员受伤。
⟦m （现场图片）被风吹到行道树上的气拱门　慈湾新闻记者 庄仲禹 摄⟧
据附近商户回忆，当天中午起风力逐渐加大，气拱门一直在左右摇晃，两侧拱脚只压着两个沙袋。“风一大，沙袋被拖着走，拱门一下子就飞起来了。”一名目击者说。
接到群众反映后，巢口镇综合执法队员和派出所民警很快赶到现场，协助店家将气拱门放气取下，并对周边路段进行了临时疏导，约半小时后交通恢复正常。
记者了解到，当天慈湾市气象台已发布大风蓝色预警，预计阵风可达7级。巢口镇综合执法队负责人表示，气拱门属于临时设施，设置前应当报批，并落实沙袋、地锚等固定措施，遇到大风天气必须及时撤收。下一步，镇里将对辖区商户开展一次集中提醒，对未经审批设置的气拱门依法处理。⟦m （责任编辑：龚慈　审核：韦佐）⟧
""",
    ),
    dict(
        slug="news-wanqu-marathon-placards-record-date",
        site="湾区晨讯 (invented news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.wanquchenxun.com/city/20250421/442917.shtml",
        title="慈湾半程马拉松沿途，手举牌成了最暖的风景",
        record_title="慈湾半程马拉松沿途，手举牌成了最暖的风景〔城事图文〕_湾区晨讯",
        record_date="2025-04-21",
        date="2025-04-21",
        notes="record date; decorated record title; a related link glued after a 。, a photo caption on a line of its own inside the body",
        page="""
!m 湾区晨讯　|　城事　|　体育　|　财经　|　视听
!m 湾区晨讯 > 城事 > 正文
!t 慈湾半程马拉松沿途，手举牌成了最暖的风景〔城事图文〕_湾区晨讯
{T}
!m 2025年04月21日 09:30　湾区晨讯记者 卢善文 实习生 曹仲谨
!a 分享　|　评论 36　|　A+　A-
{BODY}
!m 本文来源：湾区晨讯　编辑：贺哲
!l 上一篇：慈湾半马昨日鸣枪 1.2万名跑者参赛
!l 下一篇：赛后拉伸怎么做？康复科医生来支招
!l 湾区晨讯热榜：伦港区新开两条公交线｜慈湾图书馆延长开放时间
!d 湾区晨讯原创稿件，转载请注明出处并保留作者信息。
!m 湾区晨讯 版权所有 ©2025　粤ICP备19044376号
""",
        body="""
“慈湾加油！”“前方200米有补给！”4月20日举行的2025慈湾半程马拉松赛道两旁，市民们举着五颜六色的手举牌为跑者鼓劲，不少跑者边跑边拍照，说这些手举牌让21公里的赛道一点也不寂寞。
在伦港区滨湖大道段，退休教师祝大姐带着孙子早早占好了位置，手里的手举牌是祖孙俩前一天晚上用硬纸板做的，上面写着“跑不动了就想想终点的奖牌”。“去年来看比赛，发现举牌的人不多，今年我们准备了三块，换着举。”祝大姐笑着说。⟦l 【相关阅读】半马赛道交通管制路段一览⟧
⟦m 图：赛道旁市民举牌为跑者加油（卢善文 摄）⟧
记者从赛事组委会了解到，今年组委会在8个观赛点免费发放了3000块手举牌，牌面统一采用轻质KT板，手柄使用圆头塑料杆，避免尖锐部件划伤观众。组委会还提醒市民，举牌时不要伸进赛道，以免影响选手通行。
比赛结束后，不少市民把手举牌带回了家，也有人把牌子放进组委会设置的回收箱。据统计，当天共回收手举牌1100多块，将统一清洁后用于今年下半年的慈湾环湖骑行赛。
""",
    ),
    dict(
        slug="forum-huiganren-bunker-rake-jammer",
        site="挥杆人论坛 (invented, Discuz-like golf forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.huiganren.com/thread-209371-1-1.html",
        title="沙坑耙用完到底放沙坑里还是沙坑外？说说我们球会的做法",
        record_title="[果岭茶话] 沙坑耙用完到底放沙坑里还是沙坑外？说说我们球会的做法（码字一小时，慎入）- 规则与礼仪 - 挥杆人论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post, a poster panel, a rating row and a signature; "
        "relative post and edit times are no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[果岭茶话] 沙坑耙用完到底放沙坑里还是沙坑外？说说我们球会的做法（码字一小时，慎入）- 规则与礼仪 - 挥杆人论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Q8x"></script>
</head><body>
<div id="hd"><div class="wp">⟦m 挥杆人论坛 · 球友自己的家⟧　<a>⟦a 设为首页⟧</a> <a>⟦a 收藏本论坛⟧</a>　<a>⟦a 登录⟧</a> | <a>⟦a 注册球友号⟧</a></div></div>
<div id="pt">⟦m 挥杆人论坛 › 技术交流 › 规则与礼仪 › 正文⟧</div>
<div class="pgs">⟦a 发新帖⟧ ⟦a 回复⟧</div>
<table id="pid1"><tr>
<td class="pls"><div class="pi">⟦m 青杆老周⟧</div><dl><dd>⟦m 主题 58　帖子 1,204　积分 3,377⟧</dd><dd>⟦m 差点：14　所在地：慈湾⟧</dd></dl></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="pstatus">⟦m 本帖最后由 青杆老周 于 昨天 21:05 编辑⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 9　积分 +18　收起 理由：干货满满 学习了⟧</div>
<div class="sign">⟦m 一杆进洞不敢想，只求下场不丢球⟧</div>
<div class="po">⟦a 收藏 点赞 转发 举报⟧</div></td></tr></table>
<div class="pgs">⟦l 上一主题：果岭上修球痕的正确姿势⟧　⟦l 下一主题：雨天打球鞋钉选哪种⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论　立即登录⟧</div>
<div id="ft">⟦m 挥杆人论坛 ( 浙ICP备17026633号-2 )⟧　⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
最近几次下场，同组球友为沙坑耙放哪儿争了好几回，我把自己了解的情况整理一下，供大家参考。
先说规则层面。沙坑耙属于可移动妨碍物，球停在耙子旁边时，可以把耙子拿开，如果球因此移动，放回原位就行，不罚杆。所以放里还是放外，规则本身并没有硬性规定，主要看各球会的本地规则和习惯。
再说我们球会的做法。愉湖球会去年统一改成放在沙坑外侧，耙头朝外、手柄顺着球道方向，草坪部说这样既不容易把球挡在坡面上，也方便养护工割草前挪动。少数面积特别大的沙坑，外面够不着中间，就在坑里靠边再放一把。
最后说礼仪。不管放哪儿，出沙后一定要把自己留下的脚印和击球坑耙平，耙的时候从里往外退着走，耙完放回原来的位置。看到前组没耙的，顺手帮一把，也是给后面的人方便。
以上是个人理解，说得不对的地方欢迎各位球友拍砖。
""",
    ),
    dict(
        slug="forum-xitang-wedding-signin-board-diy-junk",
        site="喜糖婚嫁论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.xitang520.com/t/88217340",
        title="自己动手做婚礼签到板，花了不到80块",
        record_title="[备婚手作] 自己动手做婚礼签到板，花了不到80块（材料清单在三楼也有）",
        date=None,
        notes="forum post with junk lines and junk glued after 。; a numbered materials list; sentences about 下载 and 分享 as content; "
        "relative times are no date",
        page="""
!m 喜糖婚嫁论坛 › 备婚交流 › 手工DIY
!t [备婚手作] 自己动手做婚礼签到板，花了不到80块（材料清单在三楼也有）
!m 楼主：小满要结婚啦　发表于 5 天前　查看 2316　回复 41
!a 只看楼主　｜　倒序浏览　｜　打赏楼主
{BODY}
!m 来自 喜糖婚嫁 iPhone 客户端
!a 回帖　引用本楼　举报
!l 2楼　芒果布丁：太好看了！字是手写的吗？
!l 3楼　小满要结婚啦：字是打印出来描的，材料清单我在楼上写了哈
!l 4楼　阿哲和阿慈：收藏了，下个月照着做
!a 登录喜糖婚嫁，和 86 万备婚新人一起聊
!m 喜糖婚嫁论坛　xitang520.com　京ICP备16051273号
""",
        junk=dict(lines=2, glued=3),
        body="""
婚礼还有二十天，场地布置里最想自己动手的就是签到板，折腾了两个周末终于做好了，分享出来给同样在备婚的姐妹参考。
先说材料，一共花了78块：
1. 60厘米×90厘米的椴木板一块，网上买的，28元。
2. 白色丙烯颜料一瓶、金色丙烯颜料一小瓶，共19元。
3. 宽毛刷和细勾线笔各一支，11元。
4. 木质画架一个，20元。
步骤其实很简单。先用宽毛刷给木板刷两遍白色打底，每遍之间晾干半天。然后把我们俩的名字和婚礼日期排好版，字体是在电脑上下载的免费手写体，打印出来用铅笔拓到木板上，再用金色颜料慢慢描。最后在下半部分留出空白，婚礼当天让来宾在上面签名。
有几点小经验：一是颜料别刷太厚，不然签名笔写不上去；二是签名区最好先用马克笔试一下，我试了三种笔才找到不晕的；三是画架要放稳，别放在风口。
婚礼结束后，这块签到板准备挂在新家的玄关，每次进门都能看到那天来的亲朋好友。
""",
    ),
]
