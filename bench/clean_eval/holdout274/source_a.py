"""holdout274, part A: 范文 sites, 文库 previews, county portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-bigengge-speech-stone-lock-contest",
        site="笔耕阁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengge.net/jianghua/zhici/2025/0418/3381.html",
        title="在洌川县首届民间石锁大赛开幕式上的致辞",
        record_title="【开幕致辞荟】在洌川县首届民间石锁大赛开幕式上的致辞（开幕致辞直接套用）_笔耕阁范文网",
        date="2025-04-12",
        date_also=["2025-04-18"],
        notes="old gb2312 table page with marquee, font row, floating QQ box and counter; date under the speech "
        "title (the site's posting date also accepted); speaker line neutral; ghost-writer prompt glued after a 。",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【开幕致辞荟】在洌川县首届民间石锁大赛开幕式上的致辞（开幕致辞直接套用）_笔耕阁范文网</title>
<meta name="keywords" content="石锁,开幕式致辞,体育比赛讲话">
<link href="/css/bgg.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 笔耕阁范文网⟧</td><td class="slogan">⟦m 一支笔耕出好材料⟧</td><td align="right"><a href="#">⟦a 设为主页⟧</a> | <a href="#">⟦a 收进收藏夹⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" class="nav"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 方案计划⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 笔耕阁范文网新增讲话致辞327篇，每日上午十点准时更新，敬请关注！⟧</marquee></td></tr></table>
<table width="960" border="0" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所处位置：笔耕阁 &raquo; 讲话致辞 &raquo; 开幕致辞 &raquo; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 添加日期：2025-04-18　来自：网友投稿　人气：1893⟧</div>
<div class="zihao">⟦a 【调整字体　▲大　●中　▼小】⟧</div>
<p align="center">（2025年4月12日）</p>
<p align="center">洌川县人民政府副县长　贺明川</p>
<div class="content">
{BODY}
</div>
<div class="xg">⟦l 与本篇相近的致辞：⟧</div>
<ul>
<li><a href="/3380.html">⟦l 在全县农民趣味运动会开幕式上的讲话⟧</a></li>
<li><a href="/3379.html">⟦l 老年人门球邀请赛闭幕式致辞（两篇）⟧</a></li>
</ul>
</td>
<td width="250" valign="top">
<div class="hot"><b>⟦l 本月点击榜⟧</b>
<p>⟦l ①体育局长在全民健身大会上的讲话⟧</p>
<p>⟦l ②篮球联赛开幕式主持词⟧</p>
<p>⟦l ③乡镇运动会闭幕词⟧</p></div>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:200px">⟦w 材料代笔在线，QQ：2290371468⟧</div>
<table width="960" align="center" class="foot"><tr><td>
<p>⟦d 笔耕阁范文网所载文章仅供学习借鉴，请勿整篇照搬用于正式场合。⟧</p>
<p>⟦m 笔耕阁范文网　bigengge.net　赣ICP备19027316号⟧</p>
<p>⟦m 本站累计访问人数：03821770⟧</p>
</td></tr></table>
<script>document.write('<img src="/count.asp?id=3381" width=0 height=0>');</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
尊敬的各位来宾，各位运动员、裁判员，同志们：
春和景明，石锁飞扬。今天，洌川县首届民间石锁大赛在漕坪镇文化广场隆重开幕。在此，我代表县人民政府，向大赛的举办表示热烈祝贺，向各位选手和嘉宾表示诚挚欢迎！
石锁是我县流传百余年的传统健身项目，老辈人农闲时在晒谷场上抛接石锁、比试力气，留下了“一把石锁练筋骨”的说法。近年来，全县新建石锁健身点27个，组建民间石锁队14支，常年参与的群众保持在3000人以上。⟦w 整篇讲话稿要改写润色的，加微信bgg_wx6618⟧
本届大赛设单手抛接、双锁花式、定点举锁三个项目，共有来自9个乡镇的126名选手参赛。希望各位运动员赛出风格、赛出水平，希望裁判员公正执裁，希望全体工作人员周到服务，确保大赛安全、顺利、圆满。
最后，预祝大赛取得圆满成功！
""",
    ),
    dict(
        slug="fanwen-moyu-host-script-bamboo-horse-lantern",
        site="墨语范文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.moyufw.com/zhuchi/wenyi/20250206/9127.html",
        title="昙溪镇元宵竹马灯会主持词",
        record_title=None,
        date=None,
        notes="no title in the record: found on the page's title line; a host script with no date; "
        "member prompt after the body",
        page="""
!m 墨语范文网 · 让每一篇都有着落
!m 位置：墨语首页 » 主持词 » 文艺活动主持词
{T}
!m 收录：墨语编辑组　　热度 ★★★☆　　约600字
!a ［全文复制］　［存为Word］　［打印此页］
{BODY}
!a 余下段落为会员内容，开通墨语会员即可阅读全文
!l 相邻范文：
!l ◁ 社区端午包粽子活动主持词
!l ▷ 村晚联欢会串词（开场＋结尾）
!d 墨语范文网所收文字均来源于用户投稿，仅供写作参考，转载请注明出处。
!m 墨语范文网 moyufw.com　湘ICP备2023018875号
""",
        body="""
尊敬的各位领导，父老乡亲们：
大家晚上好！锣鼓响，竹马欢，正月十五闹元宵。欢迎大家来到昙溪镇元宵竹马灯会现场。
今晚参加展演的有来自全镇8个村的竹马队，共有队员160多人，年纪最大的七十二岁，最小的只有九岁。
下面，请欣赏第一个节目，由茁溪村竹马队带来的传统竹马舞《十二月花》。
……
竹马是我们昙溪人的老手艺，竹篾扎骨、彩布蒙身，一匹竹马要扎上好几天。希望年轻一代接过这门手艺，让竹马灯年年亮起来。
演出结束后，请大家按工作人员指引有序离场，照看好身边的老人和小孩。
昙溪镇元宵竹马灯会到此结束，祝大家元宵节快乐，阖家幸福！
""",
    ),
    dict(
        slug="wenku-zhiku-survey-kitchen-knife-sheaths",
        site="知库文档 (invented, 文库 reader)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhikudoc.com/p-55082731.html",
        title="关于沆水县餐饮后厨刀具及刀鞘管理情况的调研报告",
        record_title="关于沆水县餐饮后厨刀具及刀鞘管理情况的调研报告 - 知库文档·行业资料",
        date="2024-11-20",
        notes="文库 reader: page-marker paragraphs ▥ n ▥ cut sentences; paywall and coin box; upload stamp is no "
        "date; 成文日期 under the signature; a table one row a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于沆水县餐饮后厨刀具及刀鞘管理情况的调研报告 - 知库文档·行业资料</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhikudoc.com/reader/v3/reader.min.js"></script>
<script>window.__DOC__={id:55082731,pages:4,price:3};</script>
</head><body>
<header class="zk-top"><a class="logo" href="/">⟦m 知库文档⟧</a><form class="search"><input placeholder="搜文档"><button>⟦a 搜一下⟧</button></form><a href="/login">⟦a 登录｜注册⟧</a><a href="/vip">⟦a 开月卡⟧</a></header>
<nav class="zk-crumb">⟦m 知库文档 › 行业资料 › 餐饮服务 › 调研报告⟧</nav>
<main class="zk-reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：后厨老刘　上传于2024-12-03　4页　下载券：3⟧　⟦m 浏览2716次⟧</div>
<div class="doc-toolbar"><button>⟦a 放大⟧</button><button>⟦a 缩小⟧</button><button>⟦a 全屏阅读⟧</button><button>⟦a 收藏文档⟧</button></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-lock"><p>⟦a 试看已到第4页末，余下内容请用下载券兑换⟧</p><button>⟦a 3券下载原文⟧</button><button>⟦a 开通月卡免券看⟧</button></div>
<section class="doc-rel"><h3>⟦l 看过此文档的人还看了⟧</h3><ul>
<li>⟦l 食堂刀具管理制度（完整版）⟧</li>
<li>⟦l 后厨“六T”管理实施细则⟧</li>
<li>⟦l 餐饮单位食品安全自查报告范本⟧</li></ul></section>
</main>
<footer class="zk-foot"><p>⟦d 知库文档内的资料由用户上传，知库仅提供存储与阅读服务，若侵犯您的权益请联系删除。⟧</p><p>⟦m © 知库文档 zhikudoc.com　苏ICP备2021044873号-3⟧</p></footer>
<script>Reader.init(window.__DOC__);</script>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="▥ {n} ▥", every=140, start=2),
        body="""
今年9月至10月，县市场监管局会同县商务局组成调研组，对城区及5个乡镇的46家餐饮单位后厨刀具管理情况进行了实地调研。现将有关情况报告如下。
一、基本情况
被调研单位共有各类刀具1378把，配备刀鞘或刀架的912把，占66.2%；其中学校食堂、养老机构食堂配备率较高，小餐馆、夜宵店配备率偏低。
单位类型　调研数量　刀鞘（刀架）配备率
学校食堂　12家　94.1%
养老机构食堂　6家　88.7%
小餐馆及夜宵店　28家　47.5%
二、存在的问题
一是刀具随手放置现象普遍，部分后厨刀具裸放在砧板旁、水池边，员工取放时易发生划伤；二是刀鞘清洗消毒不及时，个别刀鞘内残留食物碎屑，存在交叉污染风险；三是生熟刀具混用，刀鞘未按颜色区分。
三、对策建议
建议将刀具定位存放和刀鞘清洗消毒纳入餐饮单位日常自查内容，推行生熟刀具、刀鞘分色管理，并在明年春季开展一次后厨刀具专项检查。
沆水县市场监管局调研组
2024年11月20日
""",
    ),
    dict(
        slug="wenku-wrapped-survey-back-scratcher-workshops",
        site="文渊阁在线文库 (invented, free preview)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenyuange-wk.com/view/7d31c0a9e4.html",
        title="关于苣湾镇竹制痒痒挠加工产业的调研报告",
        record_title="关于苣湾镇竹制痒痒挠加工产业的调研报告.docx",
        date="2025-03-26",
        notes="file-name title; text copied from a preview, hard-wrapped at 62 columns and cut by page markers "
        "△n▽ glued to the continuation line; 成文日期 under the signature; a table one row a paragraph",
        page="""
!m 文渊阁在线文库　|　资料免费预览
!t 关于苣湾镇竹制痒痒挠加工产业的调研报告.docx
!m 贡献者：竹乡小陈　　｜　　4页　　｜　　上传时间：2025-04-07
!a ⊕ 加入我的文库　　⇩ 下载本文档　　✎ 纠错
{BODY}
!a 预览结束，共4页，下载后可查看完整排版
!l 相关文档推荐：竹木工艺品产业发展情况汇报　｜　特色小镇产业调研报告（范文）
!m 文渊阁在线文库 wenyuange-wk.com　版权所有
""",
        indent="　　",
        wrap=62,
        pages=dict(fmt="△{n}▽", every=110, start=2, glue=True),
        body="""
为摸清我镇竹制日用品加工产业发展现状，镇党委办公室于今年3月对全镇从事痒痒挠等竹制品加工的作坊和企业开展了专题调研。现将有关情况报告如下。
一、基本情况
苣湾镇竹林面积2.6万亩，竹制痒痒挠加工已有三十多年历史。目前全镇共有加工作坊41家、规模企业3家，从业人员约860人，去年生产痒痒挠420万支，产值约3100万元，产品主要销往江浙和东北地区。
二、存在的问题
一是产品同质化严重，大部分作坊仍以手工削制单一款式为主；二是品牌意识不强，多数产品贴牌销售，利润偏薄；三是竹屑堆放和熏蒸环节存在消防隐患。
三、几点建议
建议由镇里牵头成立竹制品行业协会，统一制定痒痒挠产品质量标准；引导企业开发按摩头、伸缩柄等新款式；规划建设集中熏蒸点，消除分散熏蒸带来的安全隐患。
苣湾镇党委办公室
2025年3月26日
""",
    ),
    dict(
        slug="gov-tangyang-notice-coat-rack-safety-check",
        site="溏阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tyx.gov.example.cn/art/2025/5/12/art_3307_218840.html",
        title="关于开展机关办公区衣帽架等公用家具安全排查的通知",
        record_title="关于开展机关办公区衣帽架等公用家具安全排查的通知_通知公告_溏阳县人民政府",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="county portal with 索引号 table (文号 cell unmarked: neutral), elder-mode links and a 纠错 hotline beside "
        "the document's own contact; 附件 list, 抄送 and 印发 lines; 成文日期 vs the portal's date; 下载附件 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展机关办公区衣帽架等公用家具安全排查的通知_通知公告_溏阳县人民政府</title>
<meta name="SiteName" content="溏阳县人民政府">
<meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script>
<script src="/js/elder.js"></script>
</head><body>
<div class="topbar">⟦m 今天是：<span id="today"></span>⟧　<a href="#">⟦a 长辈版⟧</a>　<a href="#">⟦a 读屏专用⟧</a>　<a href="#">⟦a 简/繁⟧</a></div>
<div class="banner">⟦m 溏阳县人民政府⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 走进溏阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 现在位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11430626MB1D07342X/2025-08815⟧</td><td>⟦m 主题分类：机关事务⟧</td></tr>
<tr><td>⟦m 发文机关：溏阳县机关事务服务中心⟧</td><td>⟦m 成文日期：2025-05-09⟧</td></tr>
<tr><td>溏机服发〔2025〕6号</td><td>⟦m 发布日期：2025-05-12⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-tools">⟦a 字体：［大］［中］［小］⟧　⟦a 打印本页⟧　⟦a 关闭窗口⟧</div>
<div class="art-content">
{BODY}
</div>
<div class="art-share">⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="art-related"><h4>⟦l 相关文件⟧</h4><ul>
<li>⟦l 溏阳县机关办公用房管理实施细则⟧</li>
<li>⟦l 关于做好2025年度行政事业单位资产清查的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：溏阳县人民政府办公室　承办：溏阳县大数据中心⟧</p>
<p>⟦m 网站纠错热线：0735-6630012（工作日）⟧</p>
<p>⟦m 网站标识码4310260014　湘公网安备43102602000391号⟧</p>
</div>
<script>document.getElementById('today').innerText=new Date().toLocaleDateString();</script>
</body></html>
""",
        body="""
县直各单位：
近期，外地一机关办公楼发生落地衣帽架倾倒砸伤来访群众事件。为消除安全隐患，县机关事务服务中心决定在全县机关办公区开展衣帽架等公用家具安全排查，现将有关事项通知如下。
一、排查范围：县直各单位办公区、会议室、接待室、值班室内的衣帽架、书报架、屏风等公用家具。
二、排查重点：落地衣帽架底座是否稳固、挂钩有无松动断裂、摆放位置是否影响通行；对摇晃明显的，一律靠墙固定或撤除。
三、时间安排：5月15日前各单位完成自查；5月底前县机关事务服务中心组织抽查。
请各单位下载附件，将排查登记表填写后于5月16日前报送县机关事务服务中心资产科。
联系人：邢佳蓉，电话：0735-6632190，邮箱：tyjgfw@tyx.gov.example.cn
附件：1.机关办公区公用家具安全排查登记表
2.衣帽架固定方式示意图
溏阳县机关事务服务中心
2025年5月9日
抄送：县政府办公室，县财政局。
溏阳县机关事务服务中心办公室　2025年5月9日印发
""",
    ),
    dict(
        slug="gov-xunxi-notice-bamboo-horse-show-wrapped",
        site="洵溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xunxi.gov.example.cn/zwgk/tzgg/202501/t20250120_90413.html",
        title="关于举办2025年“竹马闹春”民俗展演活动的通知",
        record_date="2025-01-20",
        date="2025-01-20",
        date_also=["2025-01-17"],
        notes="title and date from the record; text hard-wrapped at 70 columns; the bureau's own contact next to "
        "the portal's service line; 附件 line; 成文日期 under the signature also accepted",
        page="""
!m 洵溪县人民政府网　　｜　　无障碍浏览　　｜　　长者模式
!m 首页 > 政务公开 > 部门文件 > 县文旅广体局
{T}
!m 发布日期：2025-01-20　　信息来源：县文旅广体局　　点击数：604
!a 【放大字号】【恢复字号】【打印】【关闭】
{BODY}
!l 上一条：关于公布第五批县级非遗代表性传承人名单的公告
!l 下一条：洵溪县2025年春节期间文化惠民活动安排
!m 洵溪县人民政府办公室主办　网站服务热线：0736-8211000
!m 洵溪县人民政府网　版权所有　湘ICP备05016672号
""",
        indent="　　",
        wrap=70,
        body="""
各乡镇人民政府，县直有关单位：
为传承非物质文化遗产，丰富群众春节文化生活，经研究，决定于2025年2月8日（正月十一）至2月12日（正月十五）举办“竹马闹春”民俗展演活动。现将有关事项通知如下。
一、活动内容。组织全县竹马队开展城区巡游、乡镇广场展演和竹马扎制技艺展示，评选“最佳竹马队”和“竹马扎制能手”。
二、参加对象。各乡镇至少组建1支竹马队参加展演，每队人数12至24人；县非遗保护中心负责组织竹马扎制艺人现场展示。
三、工作要求。各乡镇要落实演出人员安全保险，巡游路线由县公安局交警大队统一设置；县卫健局安排医疗保障人员随队服务。
请各乡镇于1月25日前将参演队伍报名表报县文旅广体局非遗股。联系人：章晓岚，联系电话：0736-8216237。
附件：“竹马闹春”民俗展演报名表
洵溪县文化旅游广电体育局
2025年1月17日
""",
    ),
    dict(
        slug="news-yanhu-bamboo-horse-troupe-parade",
        site="滟湖新闻网 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yanhunews.example.cn/xianqu/2025-02/13/content_771204.html",
        title="洵溪县青年竹马队首次进城巡演",
        record_title="洵溪县青年竹马队首次进城巡演_县区_滟湖新闻网",
        date="2025-02-13",
        notes="news portal: an app prompt glued before the lead, photo captions between paragraphs, an editor line "
        "glued after the last paragraph; the byline's 发布时间 is the date; 24-hour list and ad slot",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>洵溪县青年竹马队首次进城巡演_县区_滟湖新闻网</title>
<meta name="description" content="洵溪县青年竹马队首次进城巡演">
<script async src="https://ad.yanhunews.example.cn/slot.js"></script>
</head><body>
<div class="site-top"><span>⟦m 滟湖新闻网⟧</span><span>⟦m 滟湖市重点新闻网站⟧</span><a>⟦a 下载滟湖新闻APP⟧</a></div>
<nav><a>⟦m 时政⟧</a><a>⟦m 县区⟧</a><a>⟦m 民生⟧</a><a>⟦m 文旅⟧</a><a>⟦m 视频⟧</a></nav>
<div class="crumbs">⟦m 滟湖新闻网 > 县区 > 洵溪⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-02-13 18:42　来源：洵溪县融媒体中心　记者：石嘉禾　通讯员：欧阳丽⟧</div>
<div class="listen"><button>⟦a ▶ 听新闻⟧</button></div>
<div class="text">
{BODY}
</div>
</article>
<aside class="h24"><h3>⟦l 滟湖24小时⟧</h3><ol>
<li>⟦l 浣滨区启动元宵灯会交通管制⟧</li>
<li>⟦l 滟湖市今冬首场降雪将至⟧</li>
<li>⟦l 市区新增三条夜间公交线路⟧</li></ol></aside>
<div class="ad">⟦a 【推广】滟湖春季房展会2月22日开幕，扫码领观展券⟧</div>
<footer><p>⟦d 滟湖新闻网原创稿件，未经授权不得转载。⟧</p><p>⟦m 滟湖日报社主办　互联网新闻信息服务许可证43120180019⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开滟湖新闻APP，看更多县区新鲜事⟧本报讯　2月12日晚，洵溪县青年竹马队首次走进滟湖市区，在浣滨区步行街进行了一个半小时的巡演，沿途数千名市民驻足观看。
这支竹马队去年秋天才组建，18名队员全是县城的90后、00后，其中有教师、护士，也有在外地读书的大学生。队里的竹马都是队员们跟着老艺人一笔一篾扎出来的。
⟦l 图为青年竹马队在浣滨区步行街巡演。石嘉禾　摄⟧
“扎一匹竹马要破篾、扎骨、糊纸、彩绘，前后得五六天。”队长韩小禾说，刚开始大家手上磨出了不少水泡，现在每人都能独立扎一匹。
洵溪竹马已有两百多年历史，2019年列入市级非遗名录。县文旅广体局负责人表示，今年将在全县中小学开设竹马兴趣课，让更多年轻人学会这门手艺。⟦m （编辑：罗一帆　审核：邝立新）⟧
""",
    ),
    dict(
        slug="news-yingshan-stone-locks-enter-school",
        site="萦山融媒 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yingshanrongmei.example.cn/news/jy/202504/t20250409_33817.html",
        title="石锁进校园　萦山二中开设传统力量课",
        record_title="石锁进校园　萦山二中开设传统力量课 - 教育 - 萦山融媒",
        record_date="2025-04-09",
        date="2025-04-09",
        notes="decorated record title; record date; county media page with a listen button, a photo caption "
        "between paragraphs and a related list",
        page="""
!m 萦山融媒 · 萦山县融媒体中心
!m 首页 ┆ 要闻 ┆ 教育 ┆ 乡镇 ┆ 专题
!t 石锁进校园　萦山二中开设传统力量课 - 教育 - 萦山融媒
!m 2025-04-09 07:55　　来源：萦山融媒　　作者：覃一鸣
!a 🔊 收听本文　　A+　A-
{BODY}
!m 责任编辑：殷舒
!l 〔相关〕萦山县第四届中小学生传统体育展示活动举行
!l 〔相关〕萦山二中获评市级体育传统特色学校
!a 扫码下载“萦山融媒”客户端，家门口的新闻一手看
!m 萦山县融媒体中心版权所有　未经书面授权禁止转载
""",
        body="""
4月8日下午，萦山县第二中学操场上，八年级三班的学生分成四组，在体育老师的指导下练习单手提锁、双手推锁。这是该校今年春季学期新开设的石锁课。
萦山二中体育组组长晏立平介绍，学校特意定制了2公斤、4公斤、6公斤三种规格的小石锁，并把锁把包上了防滑布，学生按体重和年级分级练习。
⟦l （图：萦山二中学生在上石锁课）⟧
“石锁课重在练协调和腰腹力量，不追求举得多重。”晏立平说，每节课前都要做十分钟热身，所有动作必须在老师示范后才能做，场地四周还划出了安全区。
据了解，石锁课每周一节，覆盖七、八两个年级共680名学生。学校计划明年组建石锁社团，参加县里的传统体育展示活动。
""",
    ),
    dict(
        slug="forum-tieniu-stone-lock-training-jammer",
        site="铁牛健身论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tieniujs.com/thread-402871-1-1.html",
        title="石锁入门三个月的一点体会",
        record_title="[练功笔记] 石锁入门三个月的一点体会（附每周安排） - 传统器械 - 铁牛健身论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post; 发表于 3 天前 is no date; a weekly schedule "
        "table one row a paragraph; rating row and signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[练功笔记] 石锁入门三个月的一点体会（附每周安排） - 传统器械 - 铁牛健身论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js"></script>
</head><body>
<div id="toptb">⟦a 快捷导航⟧　<a>⟦a 登录⟧</a>　<a>⟦a 加入铁牛⟧</a></div>
<div id="hd">⟦m 铁牛健身论坛 - 练出来的都是真功夫⟧</div>
<div id="pt">⟦m 铁牛健身论坛 › 器械训练区 › 传统器械 › 查看内容⟧</div>
<div class="pls"><p>⟦m 抡锁的老憨⟧</p><p>⟦m 帖子 218｜精华 3｜积分 1766⟧</p></div>
<div class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前｜只看楼主｜倒序看帖⟧</div>
<div class="t_f" id="postmessage_77120">
{BODY}
</div>
<div class="rate">⟦l 参与评分 6　体力 +12　收起理由：干货满满⟧</div>
<div class="sign">⟦m 签名：不练腰腹，锁不上肩。⟧</div>
<div class="po">⟦a 收藏本帖 ｜ 分享 ｜ 点赞 ｜ 举报⟧</div>
</div>
<div class="reply">⟦l 2# 石头记：三个月能做双锁交替，厉害了⟧</div>
<div class="reply">⟦l 3# 小铁球：请问锁把用什么缠？⟧</div>
<div id="fastpost">⟦a 登录铁牛后才能跟帖哦⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　铁牛健身论坛　粤ICP备20087115号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
去年冬天在公园看几位大爷玩石锁，觉得有意思，就跟着学了起来，到现在正好三个月。写点体会给想入门的朋友参考。
第一，别急着上重量。我从5公斤的小锁开始，前一个月只练提、摆、推三个基本动作。锁的重心偏在锁身一侧，比哑铃难控制得多，重量一上去手腕容易扭伤。
第二，场地要选平整的土地或草地。石锁落地砸在水泥地上，锁和地都容易坏，脚边也不安全。
第三，热身一定要做足。手腕、肩膀、腰这三处要活动开，我每次热身都在十分钟以上。
我现在的每周安排如下：
周一　提锁、摆锁　各3组
周三　推锁、单手抛接　各3组
周六　双锁交替　2组
以上只是个人经验，有不对的地方请各位前辈指正。
""",
    ),
    dict(
        slug="forum-zhuyou-diy-back-scratcher-thread-junk",
        site="竹友手作论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.zhuyoushouzuo.com/forum/viewthread.php?tid=18806",
        title="自己削了一把竹痒痒挠，分享下步骤",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject carries it; forum junk as lines and glued after 。; "
        "relative times are no dates; numbered steps",
        page="""
!m 竹友手作论坛 » 竹木小件 » 浏览帖子
!m 本版今日新帖：37
{T}
!m 楼主：篾匠阿福　｜　发表：昨天 21:36　｜　阅 1280　｜　回 14
!a 只看楼主　　│　　打印帖子　　│　　收藏
{BODY}
!l ▲ 1楼　竹影清风：看着简单，那个弯是怎么烤出来的？
!l ▲ 2楼　老木头：顶一个，准备给我爸也削一把。
!a 游客请先登录，登录后可回复
!m 竹友手作论坛　Copyright 2012-2025　手艺人自己的家
""",
        junk=dict(lines=2, glued=2),
        body="""
家里老人一直说买的痒痒挠不顺手，这个周末我用一截老毛竹自己削了一把，效果还不错，分享下步骤。
1.选料：挑三年以上的毛竹，截取40厘米左右一段，劈成两指宽的竹条。
2.烤弯：把竹条一头放在炭火上慢慢烤，一边烤一边往里压，压出一个小弯钩，定型后泡冷水。
3.开齿：在弯钩那头用锯条锯出五道浅槽，形成五个齿，齿尖用砂纸磨圆，免得刮伤皮肤。
4.打磨上油：整根竹条用240目砂纸打磨光滑，最后抹一层核桃油。
做好后老人试了试，说比买的好用，长度正好够到后背中间。新手削的时候一定要戴手套，竹刺扎手很疼。
""",
    ),
]
