"""holdout376, part A: 范文 sites, 文库 previews, county portals, news portals, forums.

Invented text throughout (see ../README.md and ../build.py for the markup). Subjects: pommel
horses (鞍马), agility ladders (敏捷梯), battle ropes (战绳), kettlebells (壶铃), pet dog tags (狗牌).
"""

CASES = [
    dict(
        slug="fanwen-wencui-speech-kettlebell-launch-gb2312",
        site="文萃范文网 (invented, old ASP table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wencuifw.com/jianghua/huodong/2025/0506/41872.asp",
        title="在全县“壶铃进社区”全民健身活动启动仪式上的讲话",
        record_title="【致辞范本·社区健身】在全县“壶铃进社区”全民健身活动启动仪式上的讲话（含串场词）_文萃范文网",
        date="2025-04-12",
        date_also=["2025-05-06"],
        notes="gb2312 table page with marquee, reading-settings row, floating ghost-writer box and counter; "
        "speaker and date lines under the title are neutral; the page's posting time differs from the speech date; "
        "a ghost-writer prompt glued after a body sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞范本·社区健身】在全县“壶铃进社区”全民健身活动启动仪式上的讲话（含串场词）_文萃范文网</title>
<meta name="keywords" content="壶铃,全民健身,启动仪式,讲话稿">
<link href="/skin/wc2009/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/skin/wc2009/float_qq.js"></script>
</head>
<body leftmargin="0" topmargin="0" bgcolor="#f3efe6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="topbar">⟦m 文萃范文网·机关笔杆子的资料柜⟧　<a href="javascript:sethome()">⟦a 设为主页⟧</a>　<a href="javascript:addfav()">⟦a 收进收藏夹⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 小站公告：“致辞讲话”栏目本周上新一千二百篇，年卡会员周末下载不扣点⟧</marquee></td></tr>
<tr><td class="nav"><a href="/">⟦m 网站首页⟧</a>　<a href="/jianghua/">⟦m 领导讲话⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/zhuchi/">⟦m 主持串词⟧</a>　<a href="/xinde/">⟦m 学习心得⟧</a></td></tr>
<tr><td class="crumb">⟦m 所在栏目：首页 ＞＞ 致辞讲话 ＞＞ 启动仪式⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td width="700" valign="top">
<h1 align="center">{T}</h1>
<div align="center" class="info">⟦m 发布时间：2025-05-06　来源：会员投稿　人气：1927⟧</div>
<div align="center" class="set">⟦a 〖阅读设置：字号＋ 字号－ 护眼底色〗⟧</div>
<p align="center">昔川县副县长　韦明哲</p>
<p align="center">（2025年4月12日）</p>
{BODY}
<div class="down"><a href="/down.asp?id=41872">⟦a ◆下载本篇讲话稿（Word格式·会员免费）◆⟧</a></div>
<div class="pn">⟦l 上一篇：在全民健身日广场舞展演活动上的致辞⟧<br>⟦l 下一篇：社区健身指导员培训班开班讲话⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="box"><b>⟦l 本月阅读排行⟧</b>
<ul><li>⟦l 在全县体育工作会议上的讲话（三篇）⟧</li><li>⟦l 老年人健身运动会开幕致辞⟧</li><li>⟦l 社区体育公园揭牌仪式主持词⟧</li></ul></div>
</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:8px;top:220px">⟦w 材料代笔 原创定制 速联QQ 2871436650⟧</div>
<table width="960" border="0" align="center"><tr><td class="foot">
⟦d 本站稿件均为会员上传，仅供学习借鉴，切勿原文照搬，侵权请发信至站长信箱。⟧<br>
⟦m Copyright 2009-2025 wencuifw.com 文萃范文网　赣ICP备09031476号⟧<br>
⟦m 您是本站第 0308114 位访客⟧
</td></tr></table>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
同志们、朋友们：
今天，我们在皇坪镇文化广场举行“壶铃进社区”全民健身活动启动仪式。首先，我代表县人民政府，向前来参加活动的居民朋友和社会体育指导员表示热烈欢迎！
壶铃看上去简单，一个铁球加一个提把，却能练到全身大部分肌群，占地小、价格低，很适合在社区推广。去年，县体育局在皇坪镇、逢村镇试点，为12个社区健身点配发壶铃240只，培训社会体育指导员86名，参与锻炼的居民超过3100人次。⟦w 写讲话找文萃，三小时出稿，加微信 wcfw_bigan⟧
今年，我们要把试点经验推向全县。一是扩大覆盖，年内实现每个行政村、社区至少有一个壶铃健身点；二是抓好指导，每个健身点配一名指导员，每周固定两次带练；三是守住安全，器材定期检查，锻炼前先热身，量力而行，不盲目加重。
健身是自己的事，也是千家万户的事。希望大家把壶铃拿起来、把身体练起来，让全民健身成为昔川人的生活方式！
""",
    ),
    dict(
        slug="fanwen-shibi-insight-dogtag-volunteer",
        site="拾笔文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shibiwy.com/xinde/zhiyuan/20250319/7730.html",
        title="参加犬只登记佩牌志愿服务的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line after a tag line; an update stamp is no date; "
        "a ghost-writer WeChat line between two paragraphs",
        page="""
!m 拾笔文苑 · 好文章拾来就用
!m 首页 / 心得体会 / 志愿服务心得
!m 标签：志愿服务　文明养犬　社区
{T}
!m 投稿：晴川阁主　浏览：3461　更新于 2025-03-19
!a 〔全文复制〕〔另存为TXT〕〔发送到邮箱〕
{BODY}
!a 剩余2篇同题范文需开通年卡后阅读，首月仅需9.9元
!l 同类推荐
!l ▪ 社区文明养犬宣传活动总结（二篇）
!l ▪ 大学生暑期社区志愿服务心得
!l ▪ 党员进社区报到服务个人体会
!d 文中观点仅代表作者本人，拾笔文苑只提供信息存储空间服务。
!m 拾笔文苑 shibiwy.com　琼ICP备2021008735号-3
""",
        indent="\u3000\u3000",
        body="""
三月的一个周末，我报名参加了社区组织的犬只登记佩牌志愿服务。活动就设在小区门口，我们几个志愿者摆开桌子，帮养犬居民现场填表、拍照、领狗牌。一天下来，腿站酸了，心里却很踏实。
第一点体会，是小小一块狗牌，连着的是邻里之间的安心。有位阿姨牵着一只泰迪来登记，说小狗以前走丢过两次，都是靠好心人一家家敲门才找回来。现在牌子上有编号和二维码，谁捡到都能联系上主人。
第二点体会，是宣传要说到点子上。一开始我们只会念条文，居民听得没兴趣；后来改成讲“挂了牌，狗丢了好找，被当成流浪犬收走也能凭牌领回”，排队的人明显多了。
⟦w 心得体会不会写？私人定制加微信 shibi_kefu 备注“心得”⟧
第三点体会，是志愿服务也要讲方法。遇到不愿登记的居民，我们不争不吵，先留下宣传单，再约时间上门。当天共登记犬只57只，发放狗牌57块，还有11户预约了第二批。
这次活动让我明白，文明养犬不是一句口号，而是从一块狗牌、一根牵引绳做起的小事。今后再有类似的活动，我还会报名。
""",
    ),
    dict(
        slug="wenku-zhujian-research-agility-ladder-markers-html",
        site="竹简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhujianwk.com/p-20250620331874.html",
        title="关于全区中小学敏捷梯等轻器材使用情况的调研报告",
        record_title="关于全区中小学敏捷梯等轻器材使用情况的调研报告（完整可编辑） ⁘ 竹简文库",
        date="2025-06-18",
        notes="文库 reader: page-marker paragraphs cut sentences; decimal headings; 成文日期 under the signature; "
        "an upload stamp is no date; viewer toolbar and coin pay box",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全区中小学敏捷梯等轻器材使用情况的调研报告（完整可编辑） ⁘ 竹简文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.zhujianwk.com/reader/v5/reader.css">
<script src="https://static.zhujianwk.com/reader/v5/reader.min.js"></script>
</head>
<body>
<header class="zj-top"><a class="logo" href="/">⟦m 竹简文库⟧</a><span class="slogan">⟦m 读一页，懂一点⟧</span>
<form class="search"><input placeholder="输入关键词找文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 办理月卡 全站畅读⟧</a> <a href="/login">⟦a 用户登录 · 新用户注册⟧</a></header>
<nav class="crumb">⟦m 竹简文库 › 教育专区 › 体育与健康 › 调研报告⟧</nav>
<main>
<section class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：tiyu_laozhou　上传于 2025-06-20　格式：DOCX　共5页　2.1万人读过⟧</p>
<div class="viewer-bar">⟦a 缩小　放大　适合宽度　全屏阅读　夜间⟧</div>
</section>
<section class="doc-pages">
{BODY}
</section>
<div class="paywall">⟦a 剩余3页未读，支付18枚竹币即可解锁全文⟧ <a class="btn">⟦a 立即解锁⟧</a> <a class="btn2">⟦a 放进我的书架⟧</a></div>
</main>
<aside class="rel"><h3>⟦l 与本文相关的文档⟧</h3>
<ul><li>⟦l 小学体育课轻器材教学现状调查⟧</li><li>⟦l 大课间活动开展情况调研报告（范文）⟧</li><li>⟦l 学校体育器材管理使用自查报告⟧</li></ul></aside>
<footer class="zj-foot">⟦d 竹简文库所收文档均由用户上传并自负版权责任，本站只做存储与展示，如有异议请走申诉通道。⟧<br>⟦m 沪ICP备20245517号-1　客服热线 400-829-6613⟧</footer>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⋠ {n} ⋡", every=150, start=2),
        body="""
为了解全区中小学体育课和大课间使用敏捷梯、标志桶、跳绳等轻器材的情况，区教育局体卫艺科于2025年5月对全区31所中小学开展了专题调研。现将有关情况报告如下。
1 基本情况
1.1 器材配备。31所学校共配备敏捷梯412副，平均每校13副，其中小学配备较足，初中有4所学校不足5副。
1.2 使用频次。问卷显示，小学体育课使用敏捷梯的课时占比为38%，初中为17%，大课间使用敏捷梯的学校不到三分之一。
2 存在问题
2.1 部分敏捷梯横档卡扣老化，练习中容易移位、翘起，存在绊倒风险。
2.2 一些体育教师掌握的敏捷梯步法不多，课堂练习以单一的小碎步为主，学生兴趣逐渐下降。
3 几点建议
3.1 建立轻器材年度检查和报废制度，卡扣松动、横档断裂的及时更换。
3.2 组织敏捷梯步法专项培训，每校至少两名教师参训，编印校本练习手册。
剑溪市奇峰区教育局体卫艺科
2025年6月18日
""",
    ),
    dict(
        slug="wenku-yundu-plan-pommel-horse-wrapped-markers",
        site="云牍文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.yundu-wk.com/doc/88417302.html",
        title="体操馆鞍马维护保养工作方案",
        record_title="体操馆鞍马维护保养工作方案.pdf",
        date="2025-03-10",
        notes="file-name record title; text of a PDF preview hard-wrapped at 60 columns and cut by page markers glued "
        "to the continuation line; 成文日期 in Chinese numerals; an upload stamp is no date",
        page="""
!m 云牍文库 ｜ 千万文档随手翻
!m 文库首页 > 体育运动 > 场馆与器材
!t 体操馆鞍马维护保养工作方案.pdf
!m 贡献者：器材老宋　上传时间：2025-03-26　页数：4　阅读：2608
!a 【放大】【缩小】【整页浏览】【转存为Word】
{BODY}
!a 您已试读完本文，开通畅读卡后可保存原文件到手机
!l 看过这篇的人还看了
!l 体操器材安全检查记录表（可打印）
!l 学校体育场馆器材维护制度汇编
!d 云牍文库仅提供文档在线浏览服务，文档版权归上传者所有。
!m ©云牍文库 yundu-wk.com　粤ICP备2023051702号
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⥖{n}⥗", every=100, start=2, glue=True),
        body="""
为保障体操训练安全，延长鞍马使用年限，结合我馆器材现状，制定本方案。
一、保养对象
馆内现有比赛型鞍马4台、训练型鞍马6台、少儿鞍马3台，以及配套的落地保护垫28块。
二、日常保养
每次训练结束后，由带班教练检查鞍环是否松动、马身皮面有无开裂，并用干布擦去镁粉和汗渍；每周对高度调节销和底座螺栓检查一次，发现异常立即挂牌停用。
三、定期维护
每季度请器材厂家上门检修一次，重点检查马身内部木架、鞍环固定件和弹性层；皮面开裂超过5厘米的，送厂更换。检修情况记入器材档案，由器材管理员签字存档。
四、责任分工
馆长对保养工作负总责，器材管理员负责建档和联系厂家，各组教练负责本组训练前后的检查。
昔川县体育运动学校体操馆
二〇二五年三月十日
""",
    ),
    dict(
        slug="gov-xichuan-notice-dog-tags-index-table",
        site="昔川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xichuan.gov.cn/zwgk/gggs/202503/t20250305_418220.html",
        title="关于开展2025年度犬只免疫登记和犬牌核发工作的通知",
        record_title="关于开展2025年度犬只免疫登记和犬牌核发工作的通知_养犬事务_昔川县人民政府",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="county portal with 长者模式 links and an 索引号 table (the 文号 cell unmarked, neutral); the notice's "
        "own contact beside the portal's 纠错 line; 附件 list beside an attachment download link; 抄送 and 印发 lines; "
        "posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展2025年度犬只免疫登记和犬牌核发工作的通知_养犬事务_昔川县人民政府</title>
<meta name="SiteName" content="昔川县人民政府">
<meta name="ColumnName" content="养犬事务">
<script src="/common/js/jquery.min.js"></script>
<script>var siteCode="6527010003";</script>
</head>
<body>
<div class="xc-top"><span>⟦m 昔川县人民政府　XICHUAN COUNTY⟧</span>
<a href="/elder/">⟦a 长者模式⟧</a> <a href="javascript:;">⟦a 屏幕朗读⟧</a> <a href="/big5/">⟦a 切换繁體⟧</a></div>
<ul class="xc-nav"><li>⟦m 首页⟧</li><li>⟦m 走进昔川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="xc-crumb">⟦m 当前所在：首页 » 政务公开 » 通知公告 » 养犬事务⟧</div>
<table class="xc-index">
<tr><td>⟦m 索 引 号：11652701MB0173428X/2025-00091⟧</td><td>⟦m 主题分类：公安、安全生产⟧</td></tr>
<tr><td>⟦m 发布机构：昔川县公安局⟧</td><td>⟦m 发布日期：2025-03-05⟧</td></tr>
<tr><td>文　　号：昔公通〔2025〕7号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="xc-article">
<h2>{T}</h2>
<div class="xc-tool">⟦a 【字号 大 中 小】【打印正文】【关闭页面】⟧</div>
{BODY}
<div class="xc-file">⟦a 附件下载：犬只免疫登记申请表.docx　犬牌补领登记表.docx⟧</div>
<div class="xc-share">⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="xc-related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l · 昔川县城区限养犬只品种目录（2024年修订）⟧</p>
<p>⟦l · 县农业农村局开展春季狂犬病免疫工作⟧</p></div>
<div class="xc-foot">
<p>⟦m 主办单位：昔川县人民政府办公室　承办：昔川县政务数据服务中心⟧</p>
<p>⟦m 网站纠错电话：0916-6200012（工作日）　政务服务热线：12345⟧</p>
<p>⟦m 网站标识码：6527010003　新ICP备15002963号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各镇人民政府，县直有关单位，各养犬居民：
为规范犬只管理，预防狂犬病传播，根据《昔川县养犬管理办法》，县公安局、县农业农村局决定在全县开展2025年度犬只免疫登记和犬牌核发工作。现将有关事项通知如下。
一、登记范围。县城规划区和各镇镇区内饲养的犬只，均应自本通知发布之日起60日内办理免疫登记，领取当年度犬牌。
二、办理方式。养犬人携带身份证、犬只免疫证明到所在地派出所或县动物疫病预防控制中心办理，也可以通过“昔川公安”小程序线上申请，审核通过后到窗口领取犬牌。
三、佩戴要求。犬只出户时应佩戴犬牌并束犬链，犬牌不得转借、涂改；犬牌遗失的，应在7日内补领。
四、其他事项。对逾期未登记的犬只，依照有关规定处理。
联系人：蒋晓岚，联系电话：（0916）6280415。
附件：1.犬只免疫登记申请表
2.犬牌补领登记表
昔川县公安局　　昔川县农业农村局
2025年3月3日
抄送：县市场监管局，各派出所。
昔川县公安局办公室　　2025年3月3日印发
""",
    ),
    dict(
        slug="gov-wushan-request-pommel-horse-purchase",
        site="吾山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="请示",
        kind="report",
        form="text",
        source="http://www.wushan-xian.gov.cn/xxgk/bmwj/202504/t20250411_90731.html",
        title="关于购置体操鞍马等训练器材的请示",
        date="2025-04-09",
        notes="record title as is; 文号 line above the title (neutral); numbered list of items; the request's own "
        "contact; portal chrome with an index line and a scan-to-phone line",
        page="""
!m 吾山县人民政府门户网站　〔长辈版〕〔无障碍〕
!m 政务公开 ＞ 法定主动公开内容 ＞ 部门文件
!m 信息索引：WS-0918-2025-00317　　主题分类：文化、体育
!m 发文机关：吾山县文化和体育局　成文时间：2025-04-09
吾体〔2025〕12号
{T}
{BODY}
!a 【打印此页】【关闭】【分享：微博 微信】
!a 用手机扫一扫，移动端继续浏览本页
!l 相关阅读
!l 关于公布全县公共体育场馆免费开放时段的通知
!l 吾山县2025年全民健身工作要点
!m 主办：吾山县人民政府办公室　技术支持：吾山县大数据中心
!m 网站标识码5223880012　黔公网安备52263002000114号
""",
        body="""
县财政局：
县业余体校体操队现有鞍马3台，均为2009年购置，马身皮面多处开裂，鞍环固定件磨损严重。经省体育器材质检站检测，已不能满足训练和比赛要求。为保障运动员训练安全，备战明年全市运动会，我局拟购置以下器材：
1.比赛型鞍马2台，每台约2.6万元；
2.少儿训练鞍马2台，每台约0.9万元；
3.鞍马专用保护垫12块，每块约0.15万元。
以上合计8.8万元，拟从体育彩票公益金中列支。妥否，请批示。
联系人：侯云生，电话：0917-5231068。
吾山县文化和体育局
2025年4月9日
""",
    ),
    dict(
        slug="news-jianxi-battle-rope-contest-h1",
        site="剑溪新闻网 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jianxinews.cn/shehui/2025-05/18/content_3308214.html",
        title="奇峰区首届全民战绳挑战赛开赛",
        record_title=None,
        date="2025-05-18",
        notes="no title in the record: the <h1>; byline 发布时间 is the page's date; a photo caption between "
        "paragraphs; an editor line glued after the last sentence; client prompt, listen button, 24-hour list, ad slot",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>剑溪新闻网</title>
<meta name="description" content="剑溪市权威新闻门户">
<script async src="https://ad.jianxinews.cn/slot.js"></script>
</head>
<body>
<div class="jx-app">⟦a 装剑溪新闻客户端，本地资讯早知道⟧ <a href="/app">⟦a 马上安装⟧</a></div>
<header><a class="logo">⟦m 剑溪新闻网⟧</a>
<nav>⟦m <a>要闻</a> <a>本地</a> <a>社会</a> <a>体育</a> <a>视频</a> <a>问政</a>⟧</nav></header>
<div class="path">⟦m 剑溪新闻网 > 社会 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-18 08:36　来源：剑溪日报　记者：欧阳晨⟧</div>
<div class="listen">⟦a ▶ 听新闻（AI朗读）⟧</div>
{BODY}
<div class="art-share">⟦l 转发到：微信好友　朋友圈　微博⟧</div>
</article>
<aside>
<div class="adslot">⟦m 广告　奇峰湾·壹号院 样板间开放 0916-87770000⟧</div>
<h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 剑溪至昔川城际公交下月加密班次⟧</li><li>⟦l 奇峰区新增三处口袋公园⟧</li><li>⟦l 市中考体育测试项目公布⟧</li></ol>
</aside>
<footer>
<p>⟦d 凡注明“来源：剑溪新闻网”的作品，未经授权不得转载、摘编。⟧</p>
<p>⟦m 剑溪新闻网　互联网新闻信息服务许可证编号：65120190011　违法和不良信息举报：0916-8761110⟧</p>
</footer>
</body>
</html>
""",
        body="""
5月17日，剑溪市奇峰区首届全民战绳挑战赛在区体育公园开赛，来自全区14个街道和企事业单位的360余名选手参加比赛。
比赛设30秒双手波浪、60秒交替甩绳和团体接力三个项目，按年龄分为青年组、中年组和长青组。赛场上，选手们手握两根十余米长的粗绳上下挥动，绳浪翻滚，围观群众不时喝彩。
⟦m 图为长青组选手在进行60秒交替甩绳比赛。（记者 欧阳晨 摄）⟧
“练战绳不用多大场地，一组下来全身都热了。”58岁的矢溪街道居民郭秀兰说，她和几个老姐妹练了一年多，这次拿下长青组团体第二名。
据了解，近两年奇峰区在社区健身点和公园新增战绳固定桩46处，并组织社会体育指导员开展教学。区文体旅局负责人表示，下一步将把战绳纳入全区全民健身赛事的固定项目。⟦m （编辑：田野　审校：伍晴）⟧
""",
    ),
    dict(
        slug="news-ciping-electronic-dog-tags-record-date",
        site="慈坪融媒 (invented county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.cipingrm.com/minsheng/20250221/61873.html",
        title="慈坪县为3200余只犬办理电子狗牌",
        record_title="慈坪县为3200余只犬办理电子狗牌 ⇢ 慈坪融媒·百姓身边事",
        record_date="2025-02-21",
        date="2025-02-21",
        notes="date in the record; an app prompt glued before the lead's first words; a QR code as news content; "
        "recommendation list and comment box",
        page="""
!m 慈坪融媒　指尖上的慈坪
!m 首页 | 时政 | 百姓身边事 | 乡镇 | 视听
!t 慈坪县为3200余只犬办理电子狗牌 ⇢ 慈坪融媒·百姓身边事
!m 2025-02-21 10:05　慈坪县融媒体中心　记者 冉可欣
{BODY}
!m 【本稿审核：龚立　值班编辑：沙晓】
!l 推荐阅读
!l 兹湖镇今年新修通组公路27公里
!l 慈坪县城区新增两处流浪动物临时收容点
!l 我要评论（已有3条评论，请文明发言）
!m 慈坪县融媒体中心主办　新闻热线：0918-4212000
""",
        indent="\u3000\u3000",
        body="""
⟦a 下载“慈坪融媒”客户端 阅读体验更佳⟧本网讯　记者从慈坪县公安局了解到，自去年11月启动犬只登记“电子狗牌”改革以来，全县已有3200余只犬办理了登记，领到内嵌芯片和二维码的新式狗牌。
新式狗牌只有硬币大小，正面印有登记编号，背面的二维码可查询犬只品种、免疫日期和主人联系方式。犬只走失后，捡到的人用手机一扫，就能联系上主人，信息对外显示时会隐去主人姓名和完整手机号。
县公安局治安大队民警介绍，办理电子狗牌实行“一站办”，在兹湖镇、宰山乡等地设了7个流动登记点，居民带着犬只和免疫证明即可办理，全程约10分钟。
今年以来，已有19只走失犬通过扫码找回。县公安局提醒，养犬人应为犬只佩戴狗牌，出户时束犬链，文明养犬。
""",
    ),
    dict(
        slug="forum-tieguan-kettlebell-swing-jammer",
        site="铁馆健身论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tieguan.net/thread-204418-1-1.html",
        title="壶铃摇摆练了三个月，说说我的腰背变化",
        record_title="[练后自述] 壶铃摇摆练了三个月，说说我的腰背变化（附4条动作要点） - 自重与壶铃区 - 铁馆健身论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts, poster panel, rating row and signature; a numbered list; "
        "the post time is relative (3 天前), so no date",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[练后自述] 壶铃摇摆练了三个月，说说我的腰背变化（附4条动作要点） - 自重与壶铃区 - 铁馆健身论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?v=Tg7"></script>
<script>var discuz_uid='0',tid='204418';</script>
</head>
<body>
<div id="toptb">⟦m 铁馆健身论坛⟧ <a>⟦a 找回密码⟧</a> <a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 铁馆健身论坛 › 训练交流 › 自重与壶铃区 › 看帖⟧</div>
<div class="thread-stat">⟦m 浏览: 5132　|　跟帖: 48⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 举铁的老秋⟧</div><dl><dd>⟦m 帖子 611　精华 3　铁分 2950⟧</dd><dd>⟦m 头衔：健身房钉子户⟧</dd></dl></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　|　只看楼主　|　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8802217">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　铁分 +14　收起理由：干货满满，动作讲得明白⟧</div>
<div class="sign">⟦m 签名：练不动的时候，再做一组。⟧</div>
<div class="po">⟦a 回复　引用　收藏帖子　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　小钢炮1998：8公斤起步确实稳，我当初上来就12公斤，腰闪了⟧</div>
<div id="fastpost">⟦a 登录之后才能参与讨论 去登录 | 注册新号⟧</div>
<div class="side-hot"><h3>⟦l 本版一周热帖⟧</h3><p>⟦l 土耳其起立从几公斤开始合适？⟧</p><p>⟦l 晒晒我家阳台的迷你铁馆⟧</p></div>
<div id="ft">⟦m 铁馆健身论坛 ( 冀ICP备18022415号 )　Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
坐办公室十来年，腰一直不太好，去年体检医生让我多练练臀部和背部。健身房教练推荐了壶铃摇摆，我从8公斤开始，练了三个月，今天来交个作业。
先说变化：久坐以后腰酸的情况少多了，硬拉从60公斤涨到了85公斤，爬六楼也不喘了。体重没怎么变，裤腰倒是松了一圈。
再说几个动作要点，都是我踩过坑才明白的：
1. 发力靠髋，不靠手臂。壶铃是被髋部“弹”出去的，手臂只是挂钩。
2. 腰背始终挺直，下摆时屁股往后送，别弯腰去够壶铃。
3. 壶铃甩到胸口高度就够了，不用追求举过头顶。
4. 每组做15到20个，组间休息一分钟。宁可少做，不要变形。
最后提醒新手，刚开始一定请懂行的人看看动作。我第一周就是手臂用力太多，前臂酸了好几天。
""",
    ),
    dict(
        slug="forum-lianjiazi-battle-rope-buying-junk",
        site="练家子社区 (invented hobby forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.lianjiazi.club/t/58213",
        title="家用战绳选多长多粗？买了才知道踩过哪些坑",
        record_title="【器材避坑】家用战绳选多长多粗？买了才知道踩过哪些坑 - 居家训练版 - 练家子社区",
        date=None,
        notes="forum post with anti-scraping junk lines and junk glued after sentences; posted 昨天 (no date); "
        "replies and a reply box below",
        page="""
!m 练家子社区 — 在家也能练出样子
!m 社区首页 › 居家训练版 › 帖子详情
!t 【器材避坑】家用战绳选多长多粗？买了才知道踩过哪些坑 - 居家训练版 - 练家子社区
!m 楼主：甩绳的阿勇　Lv.6　发表于 昨天 21:47　来自 安卓客户端
!m 阅读 1893　回复 22
{BODY}
!a 👍 有用(64)　收藏　转发　举报
!l 2# 小鹿乱撞：38毫米那个我也买了，确实适合新手
!l 3# 健身菜鸟阿飞：锚点求个链接，我家墙是空心砖能打吗
!l 4# 甩绳的阿勇（楼主）：空心砖不行，最好找承重墙或者用门框锚
!a 写下你的看法……（登录后可发言）
!m 练家子社区 lianjiazi.club　鄂ICP备22010388号
""",
        junk=dict(lines=2, glued=2),
        body="""
上个月想在家练战绳，网上一搜，长度从9米到15米，直径从25毫米到50毫米都有，看得眼花。折腾一圈下来，给和我一样的新手说说。
长度看场地。战绳要对折挂在固定点上，人站在两端，9米的绳对折后每边4.5米，客厅能放下；15米的要6米以上的直线空间，一般家里摆不开。
粗细看力量。38毫米是大多数人的起点，女生或者力量弱一些的可以先选25毫米；50毫米的绳手握不住，甩几下前臂就没劲了。
固定点最容易忽略。我一开始把绳子绕在沙发腿上，甩了两组沙发就挪了位置。后来买了一个壁挂锚点，请师傅打进承重墙，才算踏实。
另外，楼房里练战绳动静不小，最好铺一层厚垫子，晚上九点以后就别练了，免得楼下上来敲门。
""",
    ),
]
