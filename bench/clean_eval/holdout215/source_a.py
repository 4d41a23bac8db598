"""Holdout215, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Every document, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-miaobi-speech-hardhat-gb2312",
        site="妙笔公文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.miaobi-gw.com/jianghua/anquan/2024/0513/21867.html",
        title="在全县建筑施工现场安全帽规范佩戴专项整治推进会上的讲话",
        record_title="【讲话稿精选】在全县建筑施工现场安全帽规范佩戴专项整治推进会上的讲话（3篇任选其一）_妙笔公文网",
        date="2024-05-09",
        date_also=["2024-05-13"],
        notes="old gb2312 table page: marquee, font-size row, floating QQ box, hot list, visitor counter; speaker and date lines under the title neutral; a writing-service prompt glued after a sentence; page date differs from the date under the title",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿精选】在全县建筑施工现场安全帽规范佩戴专项整治推进会上的讲话（3篇任选其一）_妙笔公文网</title>
<meta name="keywords" content="安全帽,专项整治,讲话稿">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
<script language="javascript">function addfav(){window.external.AddFavorite(location.href,document.title);}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="妙笔公文网"><font color="#990000">⟦m 妙笔公文网⟧</font></td>
<td>⟦m 笔下有章法　材料不发愁⟧</td>
<td align="right">⟦a <a href="#" onclick="addfav()">收进书签</a> | <a href="/reg.asp">注册会员</a> | <a href="/login.asp">会员登录</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#B30000">
<tr><td class="nav">⟦m 网站首页 | 讲话致辞 | 工作总结 | 心得体会 | 述职述廉 | 调研报告 | 规章制度 | VIP专区⟧</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦a ★ 本站讲话稿栏目每日更新，开通年卡会员全站文档不限次下载 ★⟧</marquee>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%" border="0">
<tr><td class="crumb">⟦m 您所在位置：妙笔公文网 &gt;&gt; 讲话致辞 &gt;&gt; 安全生产讲话 &gt;&gt; 正文⟧</td></tr>
<tr><td align="center" class="title"><b>{T}</b></td></tr>
<tr><td align="center" class="info">⟦m 作者：笔耕不辍　来源：会员投稿　更新时间：2024-05-13 08:26:41　人气：1873⟧</td></tr>
<tr><td align="center">⟦a 字号调节：［大］［中］［小］　背景色：［护眼］［默认］⟧</td></tr>
<tr><td align="center">县人民政府副县长　韦承泽</td></tr>
<tr><td align="center">（2024年5月9日）</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td><font color="red">⟦a 本篇讲话全文约1100字，开通VIP会员即可一键导出Word⟧</font></td></tr>
<tr><td>⟦l 上一篇：在全县安全生产月启动仪式上的主持词⟧</td></tr>
<tr><td>⟦l 下一篇：施工企业安全生产约谈会表态发言⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" border="1" bordercolor="#dddddd">
<tr><td bgcolor="#f2f2f2">⟦l 本栏阅读排行⟧</td></tr>
<tr><td>⟦l 1. 在安全生产工作会议上的讲话（四篇）⟧</td></tr>
<tr><td>⟦l 2. 建筑工地安全生产大检查动员讲话⟧</td></tr>
<tr><td>⟦l 3. 安全生产警示教育大会讲话稿⟧</td></tr>
</table>
</td>
</tr>
</table>
<div id="float_qq" style="position:absolute;right:5px;top:200px;">⟦w 写作顾问在线 QQ：2871046635⟧</div>
<table width="960" border="0" align="center" bgcolor="#eeeeee">
<tr><td align="center">⟦d 本站范文由网友投稿，仅供写作参考，严禁整篇照搬用于正式场合⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 www.miaobi-gw.com 妙笔公文网　湘ICP备09031876号⟧</td></tr>
<tr><td align="center">⟦m 今日来访 1392 人次　累计来访 06683125 人次⟧</td></tr>
</table>
<script language="javascript" src="/js/tongji.js"></script>
</body>
</html>
""",
        body="""
同志们：
今天召开这次推进会，主要任务是通报前一阶段整治情况，部署下一步工作。刚才，县住建局通报了检查情况，两家施工企业作了表态发言，我都同意。下面，我讲三点意见。
一、正视问题，认清整治的紧迫性
4月以来，县住建局会同应急管理部门对全县46个在建项目开展暗访，发现不戴安全帽、不系下颏带、佩戴破损或过期安全帽等问题217处。去年全县两起物体打击事故，伤者都没有正确佩戴安全帽。⟦w 写讲话稿没思路？资深笔杆子代笔，加QQ 2871046635⟧一顶安全帽几十块钱，护住的却是一个家庭。
二、抓住关键，把措施落到每个工地
一要把住进场关，安全帽必须有合格证和检验报告，监理单位逐批查验。二要把住佩戴关，班前讲话时逐人检查，发现问题当场纠正。三要把住更换关，到期或受过冲击的安全帽一律报废。
三、压实责任，确保整治取得实效
各乡镇、各有关部门要加强日常巡查，对屡查屡犯的企业依法从严处理，并纳入信用记录。
同志们，安全无小事。希望大家以这次整治为契机，真正把安全帽戴正、戴牢、戴到每一名作业人员头上！
""",
    ),
    dict(
        slug="fanwen-shisui-pledge-swatter-cn-date",
        site="拾穗范文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.shisuifw.cn/changyishu/weisheng/60417.html",
        title="关于清积水灭蚊蝇过一个健康夏天的倡议书",
        record_title="【倡议书范文】关于清积水灭蚊蝇过一个健康夏天的倡议书（一字不改可用）- 拾穗范文网",
        date="2024-05-20",
        date_also=["2024-06-03"],
        notes="成文日期 in Chinese numerals under the signature; a ghost-writer WeChat line between paragraphs; sentences asking readers to scan a QR code and share the pledge stay in the body; page date differs",
        page="""
!m 拾穗范文网 · 写作素材随手拾
!m 首页 ＞ 倡议书 ＞ 卫生健康类
!t 【倡议书范文】关于清积水灭蚊蝇过一个健康夏天的倡议书（一字不改可用）
!m 整理：穗穗　2024-06-03　已有4210人看过
!a 〔全文复制〕〔存为Word〕〔放入收藏夹〕
{BODY}
!a 复制受限：非会员每天仅能复制300字，开通月卡即可解除
!l 看了本文的人还看了：
!l ▸ 爱国卫生月活动方案（社区版）
!l ▸ 致全镇居民的垃圾分类倡议书
!d 本站文章均由网友整理上传，只作写作参考，转载请注明出处。
!m 拾穗范文网 shisuifw.cn　苏ICP备19063377号-1
""",
        indent="\u3000\u3000",
        body="""
广大居民朋友们：
入夏以来，气温升高、雨水增多，蚊虫进入繁殖高峰。为减少蚊媒传染病发生，营造清洁舒适的生活环境，鲎田镇爱国卫生运动委员会向全镇居民发出如下倡议：
一、清除积水。每周至少清理一次房前屋后废旧轮胎、花盆托盘、闲置瓶罐中的积水，不给蚊子留下“安家”之所。
⟦w 单位急用倡议书、讲话稿？老笔杆一对一代写，微信 shisui_wt88⟧
二、科学灭蚊。室内可使用蚊帐、纱窗和电蚊拍，电蚊拍用后及时关闭电源，充电时远离床铺和易燃物，不要让儿童单独玩耍。
三、人人参与。欢迎大家扫描村（居）委会公告栏上的二维码，报名加入灭蚊志愿服务队，也请把这份倡议分享给身边的亲友。
让我们从现在做起、从自家做起，共同过一个健康、清爽的夏天！
鲎田镇爱国卫生运动委员会
二〇二四年五月二十日
""",
    ),
    dict(
        slug="wenku-yunzhi-research-globe-marker-paras",
        site="云帙文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yunzhiwk.com/view/8f31c2d07a.html",
        title="关于全市中小学地球仪等地理教具配备使用情况的调研报告",
        record_title="关于全市中小学地球仪等地理教具配备使用情况的调研报告.pdf",
        date="2024-03-28",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs ⧂ n ⧃ cutting sentences, a pay box and a coin price; file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全市中小学地球仪等地理教具配备使用情况的调研报告.pdf - 云帙文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.__DOC__={id:"8f31c2d07a",pages:4,free:2};</script>
<style>.reader p{line-height:1.9}.pager{color:#999;text-align:center}</style>
</head>
<body>
<header class="yz-head"><a class="logo" href="/">⟦m 云帙文库⟧</a><span class="slogan">⟦m 好文档，随手翻⟧</span>
<nav>⟦m 首页　教育资料　公文写作　行业报告　专题合集⟧</nav>
<a class="login" href="/passport">⟦a 登录丨注册⟧</a></header>
<div class="doc-top">
<h1 class="doc-title">⟦t 关于全市中小学地球仪等地理教具配备使用情况的调研报告.pdf⟧</h1>
<div class="doc-meta">⟦m 上传者：教装小陈　页数：4页　格式：PDF　热度：2.6万⟧</div>
<div class="toolbar">⟦a 全屏阅读　缩放 100%　上一页　下一页　旋转⟧</div>
</div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="paybox">
<p>⟦a 剩余2页需付费预览，8帙币解锁全文⟧</p>
<p><button>⟦a 立即解锁⟧</button> <button>⟦a 开通畅读卡⟧</button></p>
</div>
<aside class="related"><h3>⟦l 同主题文档⟧</h3>
<ul><li>⟦l 中学地理实验室建设标准解读⟧</li><li>⟦l 小学科学教具使用情况自查报告⟧</li><li>⟦l 教育装备管理员年度工作总结⟧</li></ul></aside>
<footer><p>⟦d 文档版权归上传者所有，云帙文库仅提供在线预览服务⟧</p><p>⟦m © 2024 yunzhiwk.com　浙ICP备21044806号⟧</p></footer>
<script src="/static/reader.min.js"></script>
</body>
</html>
""",
        p_html='<p class="rd">{}</p>',
        pages=dict(fmt="⧂ {n} ⧃", every=150, start=2),
        body="""
为了解全市中小学地理教具配备和使用情况，今年3月，市教育装备中心组成调研组，采取实地查看、课堂观察和问卷调查的方式，对6个县区的38所学校进行了调研。现将有关情况报告如下。
一、基本情况
被调研学校共配备各类地球仪1460个，其中直径32厘米的教学用地球仪占71%，政区、地形两用地球仪占18%，发光和可拆装地球仪占11%。
二、存在的问题
一是部分地球仪版本陈旧，有的仍在使用十多年前印制的产品，个别存在地名标注不规范的问题；二是使用率偏低，约四成地理教师每学期使用地球仪不足5次；三是保管不当，转轴松动、球面磨损较为普遍。
三、几点建议
（一）建立教具更新台账，对使用满8年或标注不规范的地球仪及时更换。
（二）加强教师培训，把地球仪演示纳入地理教学基本功比赛内容。
（三）完善保管制度，由专人负责借用登记和日常维护。
蟠州市教育装备中心
2024年3月28日
""",
    ),
    dict(
        slug="wenku-jiandu-plan-safe-wrapped-glued-markers",
        site="简牍文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.jiandu-doc.com/p-40772615.html",
        title="县财政局机关财务保险柜和现金安全管理整改方案",
        record_title="县财政局机关财务保险柜和现金安全管理整改方案（全文可编辑）- 简牍文库",
        date="2024-05-15",
        notes="hard-wrapped at 60 columns, page markers ⌔n⌔ glued to the continuation line; decimal headings 1.1–3; 成文日期 under the signature",
        page="""
!m 简牍文库 — 海量文档在线翻阅
!m 文档分类：行政公文 / 方案 / 财务管理
!t 县财政局机关财务保险柜和现金安全管理整改方案（全文可编辑）
!m 页数：3　大小：41KB　格式：DOC　上传：青衫客　浏览 962 次
!a 【下载到本地】 【文档报错】 【放进书架】
{BODY}
!a 读完了？整篇文档只需5个墨点即可带走（Word可编辑）
!l 相关文档：乡镇财政所内部控制制度汇编 | 行政事业单位现金管理自查报告
!d 简牍文库所有文档均由用户上传分享，平台只提供存储与展示。
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⌔{n}⌔", every=130, start=2, glue=True),
        body="""
为落实市财政局内部控制检查反馈意见，切实堵塞机关财务保险柜和库存现金管理漏洞，结合我局实际，制定本方案。
1 整改目标
1.1 2024年6月底前完成财务室保险柜的更换和安装，实现钥匙、密码分人保管。
1.2 库存现金不超过规定限额，做到日清月结、账款相符。
2 整改措施
2.1 更换保险柜。将使用超过15年的机械保险柜更换为带电子密码和开启记录的保险柜，旧柜清点后统一报废处置。
2.2 分离保管。出纳保管钥匙，会计保管密码，任何一人不得同时掌握钥匙和密码；人员调岗时当日更改密码并办理交接。
2.3 定期盘点。财务股负责人每月末会同纪检人员对柜内现金、票据和印章进行突击盘点，结果签字存档。
3 保障要求
各股室要高度重视，局办公室负责督促检查，整改情况于7月10日前书面报局党组。
螭阳县财政局
2024年5月15日
""",
    ),
    dict(
        slug="gov-chiyang-bulletin-swatter-index-table",
        site="螭阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.chiyang.gov.cn/xxgk/bmxx/scjgj/202407/t20240715_318804.html",
        title="关于2024年电蚊拍产品质量县级监督抽查情况的通报",
        record_title="关于2024年电蚊拍产品质量县级监督抽查情况的通报 ｜ 螭阳县市场监督管理局 ｜ 螭阳县人民政府",
        date="2024-07-12",
        date_also=["2024-07-15"],
        notes="county portal: 关怀版/读屏 links, 索引号 table (文号 cell unmarked), a data table one row a paragraph, the bureau's own 联系人/电话 beside the portal's 纠错 line and 12345; the page's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于2024年电蚊拍产品质量县级监督抽查情况的通报 ｜ 螭阳县市场监督管理局 ｜ 螭阳县人民政府</title>
<meta name="SiteName" content="螭阳县人民政府">
<meta name="ArticleTitle" content="关于2024年电蚊拍产品质量县级监督抽查情况的通报">
<script src="/js/jquery.min.js"></script>
<script>var _maq = _maq || []; _maq.push(['_setAccount', 'chiyang']);</script>
</head>
<body>
<div class="topbar"><span>⟦m 欢迎访问螭阳县人民政府门户网站⟧</span>
<a href="/care/">⟦a 关怀版⟧</a> <a href="javascript:;" id="reader">⟦a 读屏辅助⟧</a> <a href="/en/">⟦a 外文版⟧</a></div>
<div class="banner"><img src="/images/banner.png" alt=""><div class="search"><input type="text" placeholder="请输入关键字"><button>⟦a 站内检索⟧</button></div></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 走进螭阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前所在：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县市场监管局⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索 引 号：114305270069813270/2024-00318⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：螭阳县市场监督管理局⟧</td><td>⟦m 发布日期：2024-07-15⟧</td></tr>
<tr><td>文　　号：螭市监〔2024〕19号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 【文字 放大 还原 缩小】⟧ ⟦a [ 打印此文 ]⟧ ⟦a [ 关闭 ]⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发至：微信 ｜ 微博 ｜ 复制链接⟧</div>
</div>
<div class="relate"><h4>⟦l 相关信息⟧</h4>
<ul><li>⟦l 关于开展夏季小家电产品质量安全专项整治的通知⟧</li><li>⟦l 2024年第一季度儿童用品监督抽查结果公示⟧</li></ul></div>
<div class="footer">
<p>⟦m 网站纠错与意见反馈：0766-5720001⟧　⟦m 政务服务便民热线：12345⟧</p>
<p>⟦m 主办：螭阳县人民政府办公室　承办：螭阳县大数据中心⟧</p>
<p>⟦m 网站标识码：4305270003　湘ICP备05016622号　湘公网安备43052702000117号⟧</p>
</div>
<script src="/js/footer.js"></script>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各电蚊拍生产、销售企业：
为保障消费者使用安全，今年6月，县市场监管局对全县生产、销售的电蚊拍产品开展了监督抽查，共抽取样品32批次。经检验，合格28批次，不合格4批次，不合格发现率12.5%。现将不合格产品通报如下：
序号　标称产品名称　标称生产或经销单位　不合格项目
1　充电式电蚊拍　螭阳县蛟口镇明亮小家电厂　电击防护
2　二合一灭蚊拍　蟠州市恒顺日用品有限公司　输入功率和电流
3　家用电蚊拍　鼋溪县佳宜电器商行（经销）　电池充电
4　LED电蚊拍　螭阳县惠邻百货超市（经销）　标志和说明
对抽查不合格的产品，县市场监管局已依法责令企业停止生产、销售，督促其查明原因、整改到位。请广大消费者购买电蚊拍时认准3C标志，不要边充电边使用。
联系人：罗佩瑶　联系电话：0766-5723318
螭阳县市场监督管理局
2024年7月12日
""",
    ),
    dict(
        slug="gov-shenwan-notice-hardhat-attachments-banji",
        site="蜃湾县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shenwan.gov.cn/zwgk/tzgg/202404/t20240424_77125.html",
        title="关于开展建筑施工现场安全帽质量专项检查的通知",
        record_title="蜃湾县住建局｜关于开展建筑施工现场安全帽质量专项检查的通知｜蜃湾县政府网",
        date="2024-04-22",
        date_also=["2024-04-24"],
        notes="a county portal's text page: 文号 line neutral; the notice's own contact next to the portal's maintenance line; 附件 list, 抄送 and 印发 lines in the body; a policy-reading link on a line of its own between paragraphs and a read-aloud button glued after a sentence; page date differs",
        page="""
!m 蜃湾县人民政府网
!m 首页 » 政务公开 » 通知公告
!t 蜃湾县住建局｜关于开展建筑施工现场安全帽质量专项检查的通知
!m 发布时间：2024-04-24 15:02　信息来源：县住房和城乡建设局　浏览量：1207
!a 〖字体：大　中　小〗〖打印〗〖关闭窗口〗
蜃住建发〔2024〕21号
{BODY}
!a 附件下载：检查表.xlsx　登记表.xlsx
!l 上一条：关于公布2024年第一批建筑业企业资质核准结果的公告
!l 下一条：蜃湾县住建局关于做好汛期在建工地安全防范工作的紧急通知
!m 网站运维电话：0752-3310000（工作日 8:30-17:30）
!m 蜃湾县人民政府办公室主办　版权所有　粤ICP备08020114号
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，各建设、施工、监理单位：
为防范高处坠落和物体打击事故，县住建局决定于2024年5月在全县开展建筑施工现场安全帽质量专项检查。现将有关事项通知如下。⟦a 〖朗读本文〗⟧
一、检查范围
全县在建房屋建筑和市政工程项目，重点检查安全帽的合格证明、生产日期、帽壳完好情况和佩戴情况。
⟦l 相关解读：一图看懂安全帽“三看一查”⟧
二、时间安排
（一）自查阶段（5月1日至15日）：各施工单位对照检查表逐项自查，建立安全帽进场和发放台账。
（二）抽查阶段（5月16日至31日）：县住建局随机抽取在建项目，现场抽样送检。
三、有关要求
抽检不合格的安全帽要立即停用并全部更换，对拒不整改的单位依法予以处理。
联系人：宁书华，电话：0752-3316274。
附件：1.建筑施工现场安全帽检查表
2.安全帽进场验收登记表
蜃湾县住房和城乡建设局
2024年4月22日
抄送：县应急管理局，县市场监督管理局。
蜃湾县住房和城乡建设局办公室　2024年4月22日印发
""",
    ),
    dict(
        slug="news-panzhou-fishtank-park-photo-caption",
        site="蟠州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.panzhounews.com.cn/bendi/2024-09/18/content_5510274.htm",
        title="蛟口镇水族箱产业园首批12家企业投产",
        record_date="2024-09-18",
        date="2024-09-18",
        notes="county news portal: app prompt, listen button, source/time line, photo caption between paragraphs, editor line glued after the last paragraph, share bar, 24-hour list, ad slot; record title and date as is",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>蛟口镇水族箱产业园首批12家企业投产-蟠州新闻网</title>
<meta name="description" content="蟠州新闻网本地频道">
<script src="//static.panzhounews.com.cn/js/ad.js"></script>
</head>
<body>
<div class="pz-top">⟦m 蟠州新闻网⟧ <span>⟦m 蟠州第一新闻门户⟧</span> <a class="app">⟦a 下载“掌上蟠州”客户端，新闻早知道⟧</a></div>
<div class="pz-nav">⟦m 首页 时政 本地 区县 民生 财经 视频 专题⟧</div>
<div class="pz-crumb">⟦m 蟠州新闻网 ＞ 本地 ＞ 区县动态⟧</div>
<div class="pz-article">
<h1>{T}</h1>
<div class="pz-info">⟦m 来源：螭阳县融媒体中心　发布时间：2024-09-18 10:42⟧　<span class="listen">⟦a ▶ 语音播报⟧</span></div>
<div class="pz-body">
{BODY}
</div>
<div class="pz-share">⟦l 分享到：朋友圈 / 微博 / QQ空间⟧</div>
</div>
<div class="pz-side">
<div class="ad">⟦a 广告位招租 0761-88190055⟧</div>
<h3>⟦l 全天热读⟧</h3>
<ol><li>⟦l 蟠州至鼋溪城际公交下月开通⟧</li><li>⟦l 鼍湖区新增3处口袋公园⟧</li><li>⟦l 秋季学期中小学食堂“明厨亮灶”全覆盖⟧</li></ol>
</div>
<div class="pz-foot">
<p>⟦d 凡注明“来源：蟠州新闻网”的作品，未经授权不得转载⟧</p>
<p>⟦m 互联网新闻信息服务许可证：43120220041　违法和不良信息举报：0761-88190110⟧</p>
</div>
</body>
</html>
""",
        body="""
9月18日，螭阳县蛟口镇水族箱产业园首批12家企业集中投产。园区规划用地320亩，投产企业主要生产玻璃鱼缸、亚克力水族箱和过滤设备，达产后年产值预计超过6亿元。
蛟口镇做鱼缸已有二十多年历史，过去多是家庭作坊，设备简陋、质量参差不齐。“以前切玻璃、打胶全靠手工，一口大缸要做两天。”园区企业负责人贺明川说，现在有了自动切割线和恒温打胶车间，效率提高了三倍，漏水返修率降到千分之三以下。
⟦m ▲工人在恒温车间为超白玻璃鱼缸打胶（记者 鲍一凡 摄）⟧
为帮助企业开拓市场，镇里联合县商务局建设了水族器材直播基地，并引进检测机构设立鱼缸玻璃强度和密封性能检测室，企业不出园区就能送检。
据了解，产业园二期将于明年开工，重点引进水族灯具、加热棒等配套企业，打造从玻璃加工到整缸销售的完整产业链。⟦m （编辑：沈可　审核：伍家声）⟧
""",
    ),
    dict(
        slug="news-yuanxi-globe-restored-title-line",
        site="鼋溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yuanxirm.cn/bdxw/wenhua/202406/t20240611_4417.html",
        title="鼋溪县博物馆修复百年铜制地球仪",
        record_title=None,
        date="2024-06-11",
        notes="no title in the record: found on the page's title line; the time line is the page's date; a listen row, an editor line and a more-news list",
        page="""
!m 鼋溪融媒 | 鼋溪县融媒体中心主办
!m 首页 > 本地新闻 > 文化
{T}
!m 2024-06-11 16:05　来源：鼋溪融媒　记者：潘若澜　通讯员：龙其骏
!a ▶ 收听本条　字号 大｜小
{BODY}
!m 【责任编辑：庞晓鸥】
!l 更多本地新闻
!l · 鲎田镇“村晚”舞台搭进田间地头
!l · 县图书馆夏季少儿阅读营开始报名
!d 鼋溪融媒版权所有，未经书面授权请勿转载或镜像
""",
        body="""
6月10日，经过近一年的修复，鼋溪县博物馆馆藏的一件清末民初铜制地球仪重新与观众见面。
这件地球仪直径约45厘米，球面由铜板锤揲而成，经纬线和海陆轮廓采用錾刻工艺，底座为木质三足。由于长期存放在潮湿的库房，球面出现锈蚀，子午圈断裂，转轴也无法转动。
修复团队由县博物馆和省文物保护中心的专家组成，他们先对锈蚀部位进行清洗和缓蚀处理，再用传统工艺补配断裂的子午圈。“我们坚持最小干预原则，能保留的原件都保留下来。”修复师陶心远介绍。
目前，这件地球仪陈列在博物馆二楼“岁月留痕”展厅，观众可以扫描展柜旁的二维码收听语音讲解。
""",
    ),
    dict(
        slug="forum-linguang-fishtank-post-jammer",
        site="鳞光水族论坛 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.linguang-aqua.com/thread-207716-1-1.html",
        title="开缸第一个月，说说我踩过的坑",
        record_title="[开缸日记] 开缸第一个月，说说我踩过的坑（萌新向）- 淡水草缸 - 鳞光水族论坛",
        date=None,
        notes="Discuz-like aquarium forum: jammer fonts inside the post and as a line, an 'edited' aside, rating row, signature, replies and a reply box; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[开缸日记] 开缸第一个月，说说我踩过的坑（萌新向）- 淡水草缸 - 鳞光水族论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="hd"><a href="/">⟦m 鳞光水族论坛⟧</a> <span>⟦m 养鱼人的线上茶馆⟧</span> <a>⟦a 快速登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 鳞光水族论坛 › 淡水区 › 淡水草缸 › 帖子详情⟧</div>
<div class="hm">⟦m 阅读 5306 ｜ 跟帖 48⟧</div>
<table class="plhin"><tr>
<td class="pls"><p class="xw1">⟦m 水草老猫⟧</p><p>⟦m 等级：资深缸友　帖子 1211　鳞片 3390⟧</p></td>
<td class="plc">
<h1 id="thread_subject">⟦t [开缸日记] 开缸第一个月，说说我踩过的坑（萌新向）⟧</h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看楼主　倒序阅读⟧</div>
<div class="pstatus">⟦m 该帖已被作者于 3 天前 修改过⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分人数 6　鳞片 +18　收起理由：实用干货⟧</div>
<div class="sign">⟦m 缸龄八年，只养草不养心⟧</div>
<div class="po">⟦a 回复　引用　收藏　点赞 31⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　小丑鱼阿宝：新手收藏了，正准备开缸⟧</div>
<div class="reply">⟦l 板凳　溪石：试水那条太重要了，我也漏过一次⟧</div>
<div id="f_pst">⟦a 登录后参与讨论，还没有账号？点此注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　鳞光水族论坛　沪ICP备17058813号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
去年年底换了一只80厘米的超白鱼缸，开缸到现在整一个月，踩了不少坑，写出来给新手参考。
第一，鱼缸到家先试水。我买回来直接铺底砂，第三天发现左下角渗水，只好全部拆掉重来。正确做法是先在阳台装满水放两天，确认不漏再布置。
第二，别急着放鱼。新缸里没有硝化细菌，我第一周就放了二十条灯鱼，结果氨氮超标，死了一半。后来每天测水，空转了十八天才重新放鱼。
第三，加热棒要选带温控的。有一次夜里加热棒失灵，水温升到32度，幸好发现得早。
第四，鱼缸柜一定要结实。满水的鱼缸加上底砂有两百多斤，普通柜子根本扛不住。
暂时就想到这些，有不对的地方欢迎老鸟指正。
""",
    ),
    dict(
        slug="forum-hanxi-swatter-teardown-junk",
        site="焊锡电子DIY论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.hanxi-diy.net/forum.php?mod=viewthread&tid=93127",
        title="拆了一只坏掉的电蚊拍，聊聊里面的升压电路",
        record_title="【拆解】拆了一只坏掉的电蚊拍，聊聊里面的升压电路 - 家电维修 - 焊锡电子DIY论坛",
        date=None,
        notes="a DIY forum thread in text: anti-scraping junk as lines and glued after 。, poster line with a relative time, replies below; no date",
        page="""
!m 焊锡电子DIY论坛
!m 论坛 › 维修区 › 家电维修
!t 【拆解】拆了一只坏掉的电蚊拍，聊聊里面的升压电路
!m 浏览 2214 | 回帖 19
!m 烙铁头老刘　发表于 昨天 21:40　[只看此人]
{BODY}
!a 支持(12)　反对(0)　收藏　举报
!l #2　电子小白兔：倍压那块讲得清楚，学习了
!l #3　阿锋DIY：我家那只也是三极管坏，同病相怜
!a 游客请先登录再回帖，或使用手机号一键注册
!m 手机版｜小黑板｜焊锡电子DIY论坛
""",
        junk=dict(lines=2, glued=2),
        body="""
家里的电蚊拍按下按钮不亮灯，也没有“啪啪”声，扔了可惜，干脆拆开看看。
拍子里的电路很简单：一节18650锂电池，一块充电管理板，一个振荡升压电路，再加一个倍压整流部分，把3.7伏升到一千多伏，加在网面上。
用万用表一量，电池电压只有2.1伏，已经过放了。换了一节新电池，还是不工作，最后发现是振荡三极管击穿。换上同型号的三极管以后，拍子恢复正常。
提醒一下想动手的朋友：倍压电容里可能还存着高压，拆之前一定要先放电，最好戴绝缘手套。另外，不建议给电蚊拍换更大容量的电池，外壳散热有限，容易鼓包。
有问题可以跟帖讨论，我看到就回复。
""",
    ),
]
