"""holdout263, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-jianxiang-speech-brazier-gas-html",
        site="笺香范文馆 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jianxiangfw.com/jianghua/anquan/2025/0108/31762.html",
        title="在厝岭镇冬季防范火盆取暖一氧化碳中毒工作会议上的讲话",
        record_title="【冬防讲话精编】在厝岭镇冬季防范火盆取暖一氧化碳中毒工作会议上的讲话（任选2篇）_笺香范文馆",
        date="2024-12-03",
        date_also=["2025-01-08"],
        notes="old table layout with a marquee, a reading-setting row, a floating ghost-writer QQ box, a hot list and a "
        "visitor counter; date under the speech title differs from the site's posting line; speaker line neutral; a "
        "writing-service prompt glued after a sentence and a house-editor line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【冬防讲话精编】在厝岭镇冬季防范火盆取暖一氧化碳中毒工作会议上的讲话（任选2篇）_笺香范文馆</title>
<meta name="keywords" content="火盆,一氧化碳,讲话稿,冬季安全">
<link href="/skin/css.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body bgcolor="#f3efe4" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="笺香范文馆"></td>
<td align="right"><font color="#7a4b1c">⟦m 笺香范文馆·一纸笺香写公文⟧</font>　⟦a <a href="/user/login.asp">会员登入</a> | <a href="/user/reg.asp">新会员登记</a>⟧</td></tr>
<tr><td colspan="2" bgcolor="#8c5a2b">⟦m <a href="/">首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">总结汇报</a> | <a href="/gongwen/">公文写作</a> | <a href="/xinde/">心得体会</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 笺香范文馆今日新增范文286篇，馆内文章均经编辑校对，欢迎常来翻阅⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%" border="0" cellpadding="3">
<tr><td>⟦m 所在位置：<a href="/">笺香范文馆</a> &gt;&gt; <a href="/jianghua/">讲话发言</a> &gt;&gt; 安全生产讲话⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center"><font color="#999999">⟦m 入馆时间：2025-01-08　供稿：网友“松间月”　被翻阅：1763次⟧</font></td></tr>
<tr><td align="center">⟦a 〖阅读设置：字号放大 默认 缩小〗〖换成米黄底色〗⟧</td></tr>
<tr><td align="center">（2024年12月3日）</td></tr>
<tr><td align="center">厝岭镇镇长　裴松年</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a 〖把本篇存进收藏夹〗〖生成打印稿〗〖关闭此页〗⟧</td></tr>
<tr><td>⟦l 前一篇：村级冬季消防安全工作会议讲话⟧<br>⟦l 后一篇：在敬老院安全检查反馈会上的讲话⟧</td></tr>
</table>
</td>
<td width="260" valign="top" bgcolor="#faf6ec">
<table width="100%" border="0" cellpadding="3">
<tr><td bgcolor="#8c5a2b"><font color="#ffffff">⟦l 本月翻阅最多⟧</font></td></tr>
<tr><td>⟦l ·冬季森林防火动员会讲话稿⟧</td></tr>
<tr><td>⟦l ·乡镇安全生产工作会议讲话（三篇）⟧</td></tr>
<tr><td>⟦l ·留守老人冬季关爱行动方案⟧</td></tr>
<tr><td>⟦l ·燃气安全进万家主持词⟧</td></tr>
</table>
</td></tr>
</table>
<div id="qqfloat" style="position:fixed;right:6px;top:180px;width:120px;border:1px solid #8c5a2b">⟦w 代笔材料找笺香<br>值班QQ：3170524816⟧</div>
<table width="960" border="0" align="center" cellpadding="6">
<tr><td align="center" bgcolor="#8c5a2b"><font color="#ffffff">⟦d 馆内范文多由网友投稿，仅供写作参考，转载请注明出处，侵权即删⟧</font></td></tr>
<tr><td align="center">⟦m 笺香范文馆 jianxiangfw.com　湘ICP备16052873号⟧　⟦m 您是本馆第 0318276 位来客⟧</td></tr>
</table>
<script language="javascript">document.write('<img src="/count.asp?id=31762" width=0 height=0>');</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全镇冬季防范火盆取暖一氧化碳中毒工作会议，主要是通报近期入户排查情况，部署今冬明春的防范工作。
一、看清形势。我镇山区村多，不少老人仍习惯在屋里烧炭火盆取暖。上个月排查的2316户中，有418户在卧室使用火盆，其中门窗紧闭、无人看护的占三成以上。去年冬天邻县发生的中毒事件，教训十分深刻。⟦w 讲话稿不会写？笺香编辑代笔，当天交稿⟧
二、抓住重点。一要盯住独居老人和留守儿童家庭，村干部每周至少上门一次；二要推广带烟道的铁皮火盆和一氧化碳报警器，镇财政按每台60元给予补助；三要把“开窗留缝、睡前熄火”的提醒写进村规民约。
⟦m 本篇由笺香馆编辑部校对整理⟧
三、压实责任。各村支部书记是第一责任人，包村干部要把排查台账建到户、明确到人，发现隐患当场整改，不能一报了之。
同志们，防范工作多做一分，群众就多一分平安。希望大家立即行动起来，确保全镇今冬不发生一起中毒事故！
""",
    ),
    dict(
        slug="fanwen-wenshu-insight-backbasket-postman",
        site="文枢范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wenshufw.cn/xinde/xuexi/77410.html",
        title="学习覃守山同志“背篓邮路”先进事迹心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; no date (a relative update time only); a ghost-writer "
        "prompt glued after a sentence; copy and export buttons on their own line",
        page="""
!m 文枢范文网 · 笔下有乾坤
!m 当前栏目：首页 / 心得体会 / 学习心得
{T}
!m 投稿：山茶小记　更新：3 天前　热度：1208
!a ⟨誊抄本页⟩　⟨转成Word文件⟩　⟨存到我的文件夹⟩
{BODY}
!a 全文未完？开通文枢年卡，整站范文任意导出
!l 写这个题目的人还看了：
!l 　乡邮员先进事迹观后感（两篇）
!l 　学习身边榜样心得体会范文
!l 　基层邮政服务工作总结
!d 文枢范文网刊载的文章来自会员投稿，观点仅代表作者本人。
!m 文枢范文网 wenshufw.cn　鄂ICP备19027731号
""",
        indent="\u3000\u3000",
        body="""
近日，单位组织观看了陔阳县邮政分公司乡邮员覃守山同志的事迹报告片。二十六年里，他背着一只竹背篓，在黧坪乡的山路上往返送邮，累计行程二十多万公里，把报纸、信件和药品送到一百多户山里人家。看完以后，我久久不能平静。
一是要学他的坚守。一只背篓背了二十六年，前后换过九只，他说“背篓旧了能换，这条路不能断”。对照自己，遇到难事有时想绕着走，差距就在这份韧劲上。⟦w 同类心得代写：微信 wenshu_xd66，半天出稿⟧
二是要学他的细心。他的背篓里分了三层，上层放急件，中层放报刊，下层放乡亲托买的药，谁家订了什么他都记在小本子上。我们做窗口服务，也要把群众的小事记在心上。
三是要学他的本分。有人劝他换个轻松岗位，他说山里离不开乡邮员。守好本职岗位，就是最实在的担当。
今后，我将以覃守山同志为榜样，把学到的精神落实到每一件具体工作中。
""",
    ),
    dict(
        slug="wenku-chengye-research-galoshes-pdf-html-pages",
        site="橙页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.chengyewk.com/view/a81f0c36.html",
        title="关于罛湾镇雨鞋加工产业发展情况的调研报告",
        record_title="关于罛湾镇雨鞋加工产业发展情况的调研报告.pdf",
        date="2024-09-26",
        notes="file-name record title; a 文库 reader cut by page-marker paragraphs of its own form; viewer toolbar, "
        "a monthly-pass paywall and an upload notice; 成文日期 under the signature, the upload stamp no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于罛湾镇雨鞋加工产业发展情况的调研报告.pdf - 橙页文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://static.chengyewk.com/reader/v5/reader.css">
<script src="https://static.chengyewk.com/reader/v5/reader.min.js" defer></script>
</head>
<body>
<header class="cy-top">
<a class="cy-logo" href="/">⟦m 橙页文库⟧</a>
<span class="cy-slogan">⟦m 一页一页，读懂好文档⟧</span>
<nav><a href="/cat/baogao">⟦m 报告类⟧</a> <a href="/cat/fangan">⟦m 方案类⟧</a> <a href="/cat/zhidu">⟦m 制度类⟧</a></nav>
<a class="cy-login" href="/passport">⟦a 登录/注册领取阅读券⟧</a>
</header>
<main class="cy-reader">
<div class="cy-docinfo">
<h1>{T}</h1>
<p class="cy-stat">⟦m 上传于 2024-10-11　共 6 页　1.2 MB　已被浏览 2931 次⟧</p>
<div class="cy-toolbar">⟦a 全屏阅读　放大　缩小　下载原文（3 个阅读券）⟧</div>
</div>
<div class="cy-pages">
{BODY}
</div>
<div class="cy-lock">
<p>⟦a 免费预览到此为止，后 4 页需开通橙页月卡⟧</p>
<button>⟦a 开通月卡 ¥12.8⟧</button>
</div>
<section class="cy-rel">
<h3>⟦l 读过本文档的人也在看⟧</h3>
<ul>
<li>⟦l 制鞋产业转型升级调研报告.doc⟧</li>
<li>⟦l 乡镇特色产业发展情况汇报（通用）⟧</li>
<li>⟦l 劳保用品市场调查分析报告⟧</li>
</ul>
</section>
</main>
<footer class="cy-foot">
<p>⟦d 本页文档系用户自行上传，橙页文库仅提供存储和展示，内容争议请走投诉通道⟧</p>
<p>⟦m © 2025 橙页文库　浙ICP备20087316号-3⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p class="cy-line">{}</p>',
        pages=dict(fmt="⧲ {n} ⧲", every=130, start=2),
        body="""
罛湾镇是全县雨鞋加工的集中地。为摸清产业现状，镇调研组于今年8月走访了镇内17家雨鞋加工企业和作坊，召开座谈会3场，现将有关情况报告如下。
一、基本情况
全镇现有雨鞋加工企业17家，从业人员1460人，2023年产量约380万双，产值2.1亿元，产品以中筒劳保雨鞋和儿童雨鞋为主，七成销往南方水稻产区。
二、存在问题
一是产品同质化严重，多数企业仍以模压PVC雨鞋为主，利润很薄；二是环保压力较大，部分作坊的废气收集设施不完善；三是招工困难，年轻工人流失较多。
三、几点建议
（一）引导企业联合注册“罛湾雨鞋”集体商标，统一质量标准。
（二）规划建设集中喷涂车间，逐步淘汰散乱作坊。
（三）与县职业中专合作开设制鞋班，定向培养技术工人。
罛湾镇人民政府调研组
2024年9月26日
""",
    ),
    dict(
        slug="wenku-shijuan-plan-billhook-wrapped-glued-marks",
        site="拾卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://m.shijuanwk.com/doc/5520917.html",
        title="赭川县大坳护林站冬春巡山柴刀安全使用工作方案",
        record_title="【护林安全】赭川县大坳护林站冬春巡山柴刀安全使用工作方案（附Word底稿）- 拾卷文库",
        date="2024-11-18",
        notes="decorated record title; hard-wrapped at 62 columns and cut by page markers glued to the continuation "
        "line; 成文日期 in Chinese numerals",
        page="""
!m 拾卷文库
!m 拾卷 > 行业资料 > 林业 > 安全管理
{T}
!m 共4页 · 约1900字 · 评分 4.7（51人）
!a 本文档可免费预览 2 页，完整版请兑换
{BODY}
!a ——预览到第 2 页止，兑换后可看剩余内容——
!a 立即兑换（8 拾卷豆）　　　分享给好友得豆
!d 温馨提示：拾卷文库中的文档由上传人提供，平台不保证其准确完整。
!l 本类热门：林场防火期值班制度 / 护林员巡护考核办法 / 林区野外用火管理规定
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⭪{n}⭬", every=130, start=2, glue=True),
        body="""
为规范护林员巡山时柴刀的携带和使用，防止刀具伤人事故，结合本站实际，制定本方案。
一、适用范围
本方案适用于本站在册护林员、季节性防火队员和临时雇用的清林人员。
二、工作措施
（一）统一配发。柴刀由护林站统一采购、编号登记，每把刀配一只牛皮刀鞘，不得使用自制刀具。
（二）规范携带。行走时刀必须入鞘并挂在左侧腰间，严禁手持柴刀行走或在车内随意放置。
（三）安全作业。砍除灌木时两人间距不少于五米，刀口朝外，不得向身体方向回拉。
（四）定期检查。每月检查一次刀柄、刀箍是否松动，发现问题及时更换。
三、工作要求
站长对本站刀具安全负总责，发生事故的，按县林业局有关规定追究责任。
赭川县大坳护林站
二〇二四年十一月十八日
""",
    ),
    dict(
        slug="gov-zhechuan-notice-brazier-heating-html",
        site="赭川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhechuan.gov.cn/zwgk/tzgg/202411/t20241122_884513.html",
        title="赭川县应急管理局关于加强冬季火盆取暖安全管理的通知",
        record_title="赭川县应急管理局关于加强冬季火盆取暖安全管理的通知 - 应急动态 - 赭川县人民政府门户网站",
        date="2024-11-20",
        date_also=["2024-11-22"],
        notes="county portal: 长者模式/读屏 links, an index table (the 文号 cell unmarked, neutral), an attachment "
        "download link beside the notice's own 附件 list, the notice's contact beside the portal's 纠错 and "
        "service lines, 抄送 line; 成文日期 differs from the portal's 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>赭川县应急管理局关于加强冬季火盆取暖安全管理的通知 - 应急动态 - 赭川县人民政府门户网站</title>
<meta name="SiteName" content="赭川县人民政府门户网站">
<meta name="ColumnName" content="应急动态">
<link rel="stylesheet" href="/static/css/gov-2023.css">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/aria-reader.js"></script>
</head>
<body>
<div class="topbar">
<span>⟦m 赭川县人民政府门户网站⟧</span>
<a href="javascript:;" id="elder">⟦a 长者模式⟧</a> <a href="javascript:;" id="aria">⟦a 读屏专用⟧</a> <a href="/wza/">⟦a 视障辅助阅读⟧</a>
</div>
<div class="header"><img src="/static/img/banner-zc.png" alt=""><form class="search"><input placeholder="请输入关键词"><button>⟦a 站内搜索⟧</button></form></div>
<ul class="mainnav">
<li>⟦m 首页⟧</li><li>⟦m 走进赭川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 政民互动⟧</li>
</ul>
<div class="crumbs">⟦m 您当前所在：首页 ＞ 政务公开 ＞ 部门信息 ＞ 应急动态⟧</div>
<div class="container">
<table class="xxgk-index">
<tr><td>⟦m 索 引 号：4312XX-0914-2024-00387⟧</td><td>⟦m 主题分类：安全生产⟧</td></tr>
<tr><td>⟦m 发布机构：赭川县应急管理局⟧</td><td>⟦m 发布日期：2024-11-22⟧</td></tr>
<tr><td>文　　号：赭应急〔2024〕41号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="art-title"><h2>{T}</h2></div>
<div class="art-tools">⟦a 【字号调节：特大 大 中 小】⟧ ⟦a 【打印本文】⟧ ⟦m 浏览：1046⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-attach"><p>⟦a 附件下载：火盆取暖入户排查台账.xlsx（18KB）⟧</p></div>
<div class="art-share">⟦l 转发到：微信 朋友圈 微博⟧</div>
<div class="related"><h4>⟦l 应急动态·相关推送⟧</h4>
<ul><li>⟦l 县应急局部署冬春森林防灭火工作⟧</li><li>⟦l 寒潮来临前请检查取暖设备⟧</li></ul></div>
</div>
<div class="footer">
<p>⟦m 主办：赭川县人民政府办公室　承办：赭川县政务数据中心⟧</p>
<p>⟦m 网站纠错热线：0739-8520000　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备07011842号　湘公网安备43122502000117号　网站标识码4312000021⟧</p>
</div>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://tongji.zhechuan.gov.cn/hm.js";document.body.appendChild(hm);})();</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位：
入冬以来，我县山区群众使用炭火盆取暖明显增多。为防范一氧化碳中毒和火灾事故，现就有关事项通知如下。
一、全面排查。各乡镇要在12月10日前完成辖区内使用火盆农户的入户排查，重点是独居老人和留守儿童家庭，并建立排查台账。
二、落实防护。使用火盆的房间必须保持通风，不得在门窗紧闭的卧室内整夜燃烧；火盆周边一米内不得堆放柴草、衣物等可燃物。
三、加强宣传。各村要利用广播、微信群和入户走访，把安全提示送到每一户。
附件：1.火盆取暖入户排查台账
2.冬季取暖安全提示（张贴版）
联系人：孟秋实，电话：0739-8526317
赭川县应急管理局
2024年11月20日
抄送：县消防救援大队，县卫生健康局。
""",
    ),
    dict(
        slug="gov-gaiyang-bulletin-galoshes-spotcheck-table",
        site="陔阳县市场监督管理局 (invented, county bureau site)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.gaiyang.gov.cn/zljd/2024/07/16/art_2031_5521.html",
        title="关于2024年雨鞋产品质量监督抽查情况的通报",
        record_title="关于2024年雨鞋产品质量监督抽查情况的通报-质量监督-陔阳县市场监督管理局",
        date="2024-07-15",
        notes="decorated record title with a column and the bureau; a table of failed products one row a paragraph; "
        "the bureau's own contact beside the site's 12315 and 纠错 lines; 成文日期 under the signature",
        page="""
!m 陔阳县市场监督管理局
!m 首页 > 质量监督 > 抽查通报
!t 关于2024年雨鞋产品质量监督抽查情况的通报
!m 信息来源：质量监督股　　更新于：2024-07-16 09:12　　点击量：633
!a [ 大字 | 中字 | 小字 ]　[ 保存本页 ]　[ 打印 ]
{BODY}
!l ◂ 上一则：陔阳县2024年第二季度电动自行车抽查结果
!l ▸ 下一则：关于开展儿童用品质量安全宣传周的通知
!m 投诉举报：12315　　本站纠错：0735-6210001
!m 陔阳县市场监督管理局主办　湘ICP备05019268号-7
""",
        indent="\u3000\u3000",
        body="""
各乡镇市场监管所，各有关企业：
今年6月，我局组织对全县生产和销售环节的雨鞋产品开展了质量监督抽查，共抽查24家企业和商户的30批次产品，合格26批次，合格率86.7%。现将不合格产品通报如下。
序号　标示企业　产品名称　不合格项目
1　陔阳县兴旺鞋业有限公司　中筒雨鞋　耐折性能
2　陔阳县利步胶鞋厂　儿童雨鞋　邻苯二甲酸酯
3　醍水县瑞丰鞋服商行　高筒雨鞋　鞋底耐磨性能
4　个体经营户陈某　防滑雨鞋　标识标注
对抽查不合格的企业，我局已依法责令其停止销售、限期整改，并将组织复查。消费者购买雨鞋时，请认准有厂名厂址和执行标准的产品。
联系人：龙晓岚，电话：0735-6218840
陔阳县市场监督管理局
2024年7月15日
""",
    ),
    dict(
        slug="news-aishan-backbasket-doctor-captions-html",
        site="皑山新闻网 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.aishannews.cn/xw/bendi/202410/t20241016_10238.html",
        title="背着药箱走山路：隈溪“背篓医生”十八年守护三个村",
        record_title="背着药箱走山路：隈溪“背篓医生”十八年守护三个村 - 皑山新闻网",
        date="2024-10-16",
        notes="news page: channel nav, an app prompt, a listen button, a photo caption between paragraphs, an editor "
        "line glued after the last paragraph, a 24-hour list; date from the byline",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>背着药箱走山路：隈溪“背篓医生”十八年守护三个村 - 皑山新闻网</title>
<meta name="description" content="隈溪县厝岭镇石门村村医侯春桃十八年背着背篓上门随访。">
<link rel="stylesheet" href="//static.aishannews.cn/css/detail.css">
<script src="//static.aishannews.cn/js/ad.js"></script>
</head>
<body>
<div class="as-top">
<a href="/" class="logo">⟦m 皑山新闻网⟧</a>
<span class="tagline">⟦m 皑山市重点新闻网站⟧</span>
<a class="app" href="/app/">⟦a 下载“皑山+”客户端，看更多本地新闻⟧</a>
</div>
<nav class="as-nav">⟦m 首页　本地　县区　民生　视频　专题⟧</nav>
<div class="as-crumb">⟦m 皑山新闻网 › 本地 › 县区⟧</div>
<article class="as-art">
<h1>{T}</h1>
<div class="as-info">⟦m 发布时间：2024-10-16 07:45　来源：皑山日报　记者 司马蓉⟧</div>
<div class="as-tts">⟦a ▶ 听本文（约2分钟）⟧</div>
<div class="as-text">
{BODY}
</div>
<div class="as-share">⟦l 分享：微信 微博 复制链接⟧</div>
</article>
<aside class="as-side">
<h3>⟦l 二十四小时热读⟧</h3>
<ol>
<li>⟦l 皑山至隈溪快速路年底通车⟧</li>
<li>⟦l 秋粮收购价格公布⟧</li>
<li>⟦l 厝岭镇古道修缮完工⟧</li>
</ol>
<div class="ad">⟦d 广告位招租　详询本网广告部⟧</div>
</aside>
<footer class="as-foot">
<p>⟦d 皑山新闻网原创稿件，未经书面授权不得转载⟧</p>
<p>⟦m 互联网新闻信息服务许可证：43120230015　违法和不良信息举报：0736-2218899⟧</p>
</footer>
</body>
</html>
""",
        body="""
清晨六点，隈溪县厝岭镇石门村卫生室的门还没开，村医侯春桃已经背上竹背篓出发了。背篓里装着血压计、常用药和一本翻旧了的随访登记本。
⟦m 图为侯春桃背着背篓走在上坪村的山路上。通讯员 黎晓 摄⟧
石门村、上坪村和竹湾村散落在三座山上，最远的农户离卫生室有十一里山路。十八年来，侯春桃每周至少两次背着背篓上门，为三个村112名慢性病老人量血压、送药。
“背篓比药箱装得多，走山路也稳当。”侯春桃说，碰上雨天，她还会在背篓里多放两双雨鞋，给腿脚不便的老人备着。
今年，县卫健局为她配了一台便携式心电图机，也放进了那只背篓。⟦m 责编：唐一鸣　终审：费雪⟧
""",
    ),
    dict(
        slug="news-tishui-teacup-kiln-fair-record",
        site="醍水融媒 (invented, county media centre site)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tishuirm.cn/news/20240520/60418.html",
        title="醍水县举办首届茶盅烧制技艺展",
        record_date="2024-05-20",
        date="2024-05-20",
        notes="title and date from the record; an app prompt glued before the news lead; a photo caption and a "
        "related-reading line between paragraphs",
        page="""
!m 醍水融媒 | 醍水县融媒体中心
!m 新闻 » 县内要闻
{T}
!m 2024-05-20 18:02　　醍水融媒记者 杭静
!a 字号：A+ A-　　　收听
{BODY}
!l 【延伸】醍水老窑址保护规划通过评审
!a 打开“醍水发布”APP，参与话题#我家的老茶盅#
!m 本期编辑：芦苇　审签：杭宏
!d 醍水融媒所载作品版权归醍水县融媒体中心所有，如需转载请联系授权。
""",
        gap=True,
        body="""
⟦a 用“醍水发布”APP看高清图集⟧5月19日，醍水县首届茶盅烧制技艺展在城关镇老窑广场开展，来自全县9家柴窑和个人工作室的420余件茶盅同台展出。
展区按照拉坯、修坯、施釉、装窑、烧成五道工序布置，现场还原了柴窑烧制的全过程。⟦m 图为窑工在现场演示修坯。⟧
茶盅是醍水人家待客的老物件，口小、壁厚、保温好。县文旅局负责人介绍，全县现有会做茶盅的老窑工不到30人，这次展出希望让更多年轻人了解这门手艺。
展览将持续到5月26日，市民可免费参观，周末还有窑工现场带领体验拉坯。
""",
    ),
    dict(
        slug="forum-tiezhen-billhook-forging-jammer-html",
        site="铁砧刀友会 (invented, Discuz-like forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tiezhen.net/thread-40917-1-1.html",
        title="老家铁匠铺打柴刀的几道工序",
        record_title="[锻打手记] 老家铁匠铺打柴刀的几道工序（附过程图）- 手工锻造 - 铁砧刀友会",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post, a rating row, a poster's signature, quick reply; "
        "post time relative only, so no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[锻打手记] 老家铁匠铺打柴刀的几道工序（附过程图）- 手工锻造 - 铁砧刀友会 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 铁砧刀友会⟧ <a>⟦a 设为主页⟧</a> <a>⟦a 收藏本论坛⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 注册会员⟧</a></div>
<div id="nv"><ul><li>⟦m 论坛⟧</li><li>⟦m 刀具图库⟧</li><li>⟦m 交易区⟧</li><li>⟦m 排行榜⟧</li></ul></div>
<div id="pt">⟦m 铁砧刀友会 › 刀具天地 › 手工锻造 › 帖子正文⟧</div>
<div id="postlist">
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 赭川老卢⟧</div><dl><dt>⟦m 主题 28　帖子 633　刀币 2114⟧</dt></dl><p>⟦m 锻铁匠人⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [锻打手记] 老家铁匠铺打柴刀的几道工序（附过程图）⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 5 天前　|　只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6 人　刀币 +18　理由：干货、收藏了⟧</div>
<div class="sign">⟦l 签名：一锤一锤，敲的都是日子⟧</div>
<div class="po">⟦a 回复　引用　收藏　点赞 42⟧</div>
</td></tr></table>
</div>
<div id="f_pst">⟦a 登录后才能回帖，没有账号？点此注册⟧</div>
<div id="ft">⟦m 铁砧刀友会 ( 湘ICP备18061177号 )⟧ ⟦m GMT+8, 2025-3-9 21:14⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前阵子回赭川老家，在镇上的铁匠铺守了两天，看老师傅打了一把柴刀，把工序记下来和坛友们交流。
第一道是下料。老师傅用的是旧汽车板簧，截一段烧红后拍扁，说板簧钢韧，砍硬柴不容易崩口。
第二道是夹钢。刃口那一截开槽，夹进一条好钢，再反复烧红锻合，这一步最考手艺。
第三道是淬火。烧到樱桃红，刃口朝下蘸进水里，听到“嗤”的一声就提起来，时间全凭经验。
最后是装柄。柄用的是杂木，套上铁箍，再用烧红的铁条把柄孔烫紧。
一把柴刀前后打了大半天，老师傅只收八十块。他说现在上山砍柴的人少了，买柴刀的多是果农和护林员。
""",
    ),
    dict(
        slug="forum-pinou-teacups-collector-junk",
        site="品瓯茶话论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.pinou-chahua.com/forum/viewthread-88213.html",
        title="收了一套老茶盅，说说挑茶盅的三个讲究",
        record_title="[茶器闲谈] 收了一套老茶盅，说说挑茶盅的三个讲究 - 器物鉴赏区 - 品瓯茶话论坛",
        date=None,
        notes="text forum thread with anti-scraping junk as lines and glued after sentences, replies below; post time "
        "'昨天', no date",
        page="""
!m 品瓯茶话论坛 - 以茶会友
!m 首页 › 器物鉴赏区 › 帖子
!t [茶器闲谈] 收了一套老茶盅，说说挑茶盅的三个讲究
!m 楼主：瓯边客　发表于 昨天 21:47　|　浏览 904　回帖 17
{BODY}
!a 顶　踩　收藏此帖
!l 沙发　松风竹炉：老茶盅摸起来确实不一样，学习了
!l 板凳　阿梅的茶：请问楼主，釉面有细小开片的还能用吗？
!a 发帖请先登录，游客只能浏览
!m 品瓯茶话论坛　Powered by phpwind
""",
        junk=dict(lines=2, glued=3),
        body="""
上周在皑山旧货市场收了一套六只的老茶盅，白底青花，口沿有一圈酱色边，摊主说是八十年代醍水老窑出的。拿回来用了几天，越用越顺手，顺便说说我挑茶盅的三个讲究。
一看胎。好茶盅的胎要细，迎着光看口沿，透一点光最好；胎太粗的，拿在手里发涩。
二听声。用指甲轻弹杯壁，声音清脆、余音稍长的，说明烧得透；声音发闷的，多半有暗裂。
三试手。茶盅要压得住手，端起来不烫指，放下去要稳。口沿外翻一点的，喝起来不容易洒。
老茶盅买回来先用淘米水煮一煮，再用清水泡一夜，茶垢和霉味就都去掉了。各位茶友还有什么讲究，欢迎补充。
""",
    ),
]
