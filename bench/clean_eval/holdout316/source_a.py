"""holdout316, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text case each).

Everything is invented (sites, places, people, firms, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moyan-speech-milkpan-cluster-gb2312",
        site="墨砚公文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyan-gw.com/jianghua/jingji/2024/0920/71836.html",
        title="在袆溪县奶锅产业集群发展推进会上的讲话",
        record_title="【讲稿·严选】在袆溪县奶锅产业集群发展推进会上的讲话（领导讲话拿来就能改）_墨砚公文网",
        date="2024-09-12",
        date_also=["2024-09-20"],
        notes="gb2312 table page: marquee, reading-settings row, floating ghost-writer QQ box, hot list, visitor counter; "
        "date under the speech title, the site's posting date also accepted; a ghost-writer WeChat glued after a 。; "
        "a further-reading link on a line of its own inside the body",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿·严选】在袆溪县奶锅产业集群发展推进会上的讲话（领导讲话拿来就能改）_墨砚公文网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="240"><a href="/"><img src="/images/logo.gif" border="0"></a>⟦m 墨砚公文网⟧</td><td>⟦m 笔墨有道 · 文稿无忧⟧</td>
<td align="right">⟦a <a href="#" onclick="setHome(this)">设为主页</a> | <a href="#" onclick="addFav()">收藏墨砚</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr><td bgcolor="#8B0000"><marquee scrollamount="3" onmouseover="this.stop()">⟦a 墨砚会员年卡限时特惠68元，开通即可任意下载全站讲稿⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 工作总结⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/fangan/">⟦m 计划方案⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td class="dqwz">⟦m 您的位置：<a href="/">墨砚公文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 经济发展讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 发布：2024-09-20　栏目：经济发展讲话　浏览：<span id="hits">1736</span>次⟧</td></tr>
<tr><td align="center">⟦a 〖文字大小：大 · 中 · 小〗〖护眼底色〗〖关闭本页〗⟧</td></tr></table>
<p align="center">（2024年9月12日）</p>
<p align="center">县委副书记、县长　邬振岚</p>
{BODY}
<p>⟦a 本篇讲稿全文2630字，开通会员后可下载排版好的Word原件⟧</p>
<p>⟦l 上一篇：在全县炊具企业质量提升大会上的表态发言⟧<br>⟦l 下一篇：县长在袺口镇小家电招商推介会上的致辞⟧</p>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td class="side_t">⟦l 本周讲稿热榜⟧</td></tr>
<tr><td>⟦l · 在全县县域特色产业集群培育工作会上的讲话⟧</td></tr>
<tr><td>⟦l · 在不锈钢制品行业安全生产约谈会上的讲话⟧</td></tr>
<tr><td>⟦l · 在电商进农村综合示范县验收迎检会上的讲话⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:8px;top:260px">⟦w 加急讲稿　当天交付　代笔QQ：2298774106⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 墨砚公文网稿件多为会员投稿整理，仅供学习参考，引用请注明来源⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 墨砚公文网 www.moyan-gw.com　湘ICP备09031847号⟧　⟦m 您是本站第 0418826 位访客⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全县奶锅产业集群发展推进会，主要是总结上半年工作，分析形势，部署下一阶段任务。⟦w 本篇讲稿原文代找，加微信 moyan_gw08⟧
我县奶锅生产起步于上世纪八十年代，经过几代人打拼，全县现有奶锅及小炊具生产企业73家，年产各类奶锅1900万只，约占全国中低端市场的四分之一。但也要清醒看到，产品同质化严重、品牌影响力不强、电商渠道议价能力弱等问题依然突出。
⟦l 延伸阅读：在全县小家电产业链招商推介会上的致辞⟧
下一步，要重点抓好三件事。一是抓质量，推动企业全面执行食品接触材料新标准，年底前规上企业全部建成检测室。二是抓品牌，支持龙头企业共同注册“袆溪奶锅”集体商标，每年组织参加两次以上专业展会。三是抓配套，加快建设袺口镇不锈钢板材集中配送中心，降低中小企业原料成本。
同志们，小奶锅连着大民生。希望大家拧成一股绳，把奶锅产业做成袆溪的金字招牌！
""",
    ),
    dict(
        slug="fanwen-jianhua-insight-rice-scoop-training",
        site="笺花范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jianhuafw.com/xinde/peixun/2025/58217.html",
        title="参加中小学食堂分餐规范培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line carries a 〖今日必读〗 tag; no date (an update stamp only); "
        "an 'expand the rest' action on a line of its own between paragraphs; writing-service prompt at the bottom",
        page="""
!m 笺花范文网 · 心得体会频道
!m 当前栏目：首页 / 心得体会 / 培训心得
!t 〖今日必读〗参加中小学食堂分餐规范培训的心得体会
!m 整理：笺花小编　　人气：4417　　更新于 2025-03-06
!a 〔一键复制〕〔存为Word〕〔发送到手机〕
{BODY}
!a 本文已展示约七成内容，余下部分登录笺花账号后可见
!w 找不到合适的范文？笺花写手一对一代笔，微信：jianhua_xs77
!l 同类推荐
!l · 食堂从业人员食品安全培训心得（三篇）
!l · 学校后勤管理人员岗位培训心得体会
!d 笺花范文网所载文章来源于网友投稿，仅供学习参考，请勿原样用于正式场合。
!m 笺花范文网 jianhuafw.com　浙ICP备19052733号
""",
        indent="\u3000\u3000",
        body="""
上周，我参加了县教育局组织的中小学食堂分餐规范培训。我在学校食堂打饭窗口干了六年，原以为打饭只是手上的活儿，听完课才知道，一把饭铲里也有不少讲究。
第一，饭铲要“专铲专用”。主食、荤菜、素菜、汤品各用各的饭铲，不能一把铲子打到底，更不能用饭铲刮盆底再给学生打菜。老师说，交叉使用是食堂串味、串菌的一个重要原因。
⟦a 剩下的部分，点此展开 ▾⟧
第二，打饭要“定量不手抖”。培训时每人发了一套带刻度的饭铲，一平铲米饭约一百五十克，正好是小学高年级学生的一餐量。用上刻度铲，孩子不会吃不饱，剩饭剩菜也少了。
第三，饭铲要“用后即洗”。每餐结束后要把饭铲清洗、消毒、沥干，挂在专用架上，不能泡在水桶里过夜。
回到学校后，我把这些要求讲给窗口的几位同事听，大家都说，原来一把饭铲也能照出食堂的管理水平。
""",
    ),
    dict(
        slug="wenku-yeji-research-mousepad-internet-cafe-pdf",
        site="页集文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yejiwenku.com/view/7f31c90a2be4.html",
        title="关于城区网吧鼠标垫卫生状况的调研报告",
        record_title="关于城区网吧鼠标垫卫生状况的调研报告.pdf",
        date="2025-04-16",
        notes="文库 reader: viewer toolbar, page-marker paragraphs 'ᐊ n ᐅ' between the halves of cut paragraphs, "
        "a paywall; file-name record title; 成文日期 under the signature; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于城区网吧鼠标垫卫生状况的调研报告.pdf - 页集文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.yejiwenku.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="yj-top">
<a class="logo" href="/">⟦m 页集文库⟧</a>
<nav><a href="/cat/jiaoyu">⟦m 教育资料⟧</a><a href="/cat/gongwen">⟦m 公文范文⟧</a><a href="/cat/hangye">⟦m 行业报告⟧</a></nav>
<a class="vip" href="/vip">⟦a 办页集月卡　全站文档随意看⟧</a>
</header>
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 分享者：yj_****0715　　上传于 2025-05-02　　共 4 页　　PDF　　486 KB⟧</p>
<div class="toolbar">⟦a 放大 ｜ 缩小 ｜ 全屏阅读 ｜ 加入书架⟧</div>
</div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="paywall">
<p>⟦a 免费预览到此为止，剩余1页购买后可读⟧</p>
<p><button>⟦a 2.8元单篇购买⟧</button> <button>⟦a 用月卡免费读⟧</button></p>
</div>
<aside class="rel">
<h3>⟦l 读过这篇的人还在看⟧</h3>
<ul>
<li>⟦l 公共场所集中空调卫生调研报告.pdf⟧</li>
<li>⟦l 网吧行业消防安全专项检查总结.docx⟧</li>
</ul>
</aside>
<footer>⟦d 页集文库中的文档由分享者上传，平台不对其内容的准确性作担保⟧<br>⟦m © 2025 yejiwenku.com　鄂ICP备22018846号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="yj-p">{}</p>',
        pages=dict(fmt="ᐊ {n} ᐅ", every=120, start=2),
        body="""
为掌握城区网吧鼠标垫等高频接触物品的卫生状况，今年3月，区卫生健康监督所对弁城区42家网吧开展了专题调研，现将有关情况报告如下。
一、基本情况
调研采用现场查看与采样检测相结合的方式，共采集鼠标垫表面样品126份，其中细菌总数超过参考限值的47份，占37.3%。布面鼠标垫的超标率明显高于皮质和硬质鼠标垫。
二、存在的问题
一是更换周期过长，近半数网吧的鼠标垫使用超过一年未更换；二是清洁方式简单，多数仅用干布擦拭，不做消毒；三是部分网吧未建立公共用品清洗消毒台账。
三、意见建议
建议督促网吧将鼠标垫纳入公共用品清洗消毒范围，每日营业结束后擦拭消毒，布面鼠标垫每月至少更换一次，并在吧台显著位置公示消毒记录。
冕州市弁城区卫生健康监督所
2025年4月16日
""",
    ),
    dict(
        slug="wenku-juanlian-plan-window-hooks-wrapped-markers",
        site="卷帘文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.juanlian365.cn/p-55102874.html",
        title="老旧小区外窗窗钩更换安全改造实施方案",
        record_title="【文档优享】老旧小区外窗窗钩更换安全改造实施方案（Word版本可二次编辑）- 卷帘文库",
        date="2025-03-28",
        notes="preview text hard-wrapped at 60 columns and cut by page markers '➵n' glued to the continuation line; "
        "decimal headings 1.1–2.3; 成文日期 in Chinese numerals",
        page="""
!m 卷帘文库 — 每一页都值得看
{T}
!m 页数：6　　大小：41.2KB　　浏览：2281　　格式：DOC
!a 下载此文档（需8卷帘币）　　放进我的书柜　　举报该文档
{BODY}
!a 免费试看部分已结束，下载后可看全部6页
!l 和本文相似的文档
!l 高层住宅外窗安全隐患排查方案.doc　4页
!l 小区楼道堆物整治工作方案.docx　3页
!d 文档版权归上传者所有，卷帘文库只提供存储空间，侵权内容请发函至jubao@juanlian365.cn
""",
        wrap=60,
        pages=dict(fmt="➵{n}", every=100, start=2, glue=True),
        body="""
为消除老旧小区外窗窗钩锈蚀、脱落带来的安全隐患，结合我街道实际，制定本方案。
1.总体目标
1.1 2025年6月底前，完成辖区9个老旧小区外窗窗钩排查，建立一户一档。
1.2 2025年9月底前，完成锈蚀、断裂窗钩的更换，更换率达到100%。
2.实施步骤
2.1 排查登记。由社区网格员会同物业逐户查看，重点检查窗钩是否锈蚀、松动，窗扇开启后能否固定牢靠。
2.2 集中更换。统一采购不锈钢防脱窗钩，由专业施工队入户安装，四楼以上住户的外侧作业一律使用吊篮。
2.3 验收回访。每户更换后由住户签字确认，社区按10%的比例抽查回访。
3.保障措施
更换费用由街道专项资金和住宅专项维修资金共同承担，住户不另行缴费。
袪桥街道办事处
二〇二五年三月二十八日
""",
    ),
    dict(
        slug="gov-xiongyang-notice-window-hook-hazards-index-table",
        site="褧阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiongyang.gov.example.cn/zwgk/zcwj/202505/t20250512_418827.html",
        title="关于开展高层住宅外窗窗钩安全隐患排查整治的通知",
        record_title="关于开展高层住宅外窗窗钩安全隐患排查整治的通知 - 政策文件 · 褧阳县人民政府",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="county portal: 大字版/读屏辅助 links, 索引号 table (the 文号 cell unmarked, neutral), 纠错 hotline, "
        "an attachment download link beside the document's own 附件 list, 联系人/电话 in the body, 抄送 and 印发 lines; "
        "成文日期 expected, the portal's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展高层住宅外窗窗钩安全隐患排查整治的通知 - 政策文件 · 褧阳县人民政府</title>
<script src="/common/js/jquery.min.js"></script>
<script>var siteId = "xy_gov_0736";</script>
</head>
<body>
<div class="topbar">⟦m 今天是2025年6月3日 星期二⟧ <a href="/dzb/">⟦a 大字版⟧</a> <a href="#" id="sr">⟦a 读屏辅助⟧</a> <a href="/en/">⟦m EN⟧</a></div>
<div class="banner">⟦m 褧阳县人民政府⟧ <span>⟦m www.xiongyang.gov.example.cn⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 走进褧阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 所在位置： 首页 ＞ 政务公开 ＞ 政策文件 ＞ 部门文件⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11431127MB1C0857X2/2025-00931⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发文机关：褧阳县住房和城乡建设局⟧</td><td>⟦m 成文日期：2025-05-09⟧</td></tr>
<tr><td>文　　号：褧住建发〔2025〕17号</td><td>⟦m 发布日期：2025-05-12⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="sub">⟦a 【字号：大 中 小】【打印正文】【关闭窗口】⟧ ⟦m 浏览次数：3081⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：窗钩隐患排查表.xlsx（18KB）⟧<br>⟦a 附件下载：整改汇总表.xlsx（12KB）⟧</div>
<div class="share">⟦l 分享至：微信　微博　QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><p>⟦l 褧阳县住宅专项维修资金使用管理办法（修订）⟧</p><p>⟦l 关于做好2025年汛期房屋安全管理工作的通知⟧</p></div>
<div class="foot">
<p>⟦m 主办：褧阳县人民政府办公室　承办：褧阳县政务服务和大数据中心⟧</p>
<p>⟦m 网站纠错热线：0736-5210000　政府网站标识码：4307230031⟧</p>
<p>⟦m 湘ICP备05019722号-1　湘公网安备 43072302000118号⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位，各物业服务企业：
近期，我县接连发生两起高层住宅外窗窗扇坠落事件，经查均与窗钩锈蚀断裂有关。为保障群众生命财产安全，县住建局决定在全县开展高层住宅外窗窗钩安全隐患排查整治，现将有关事项通知如下。
一、排查范围。全县十层以上住宅小区，重点是外窗为平开窗、使用年限超过十年的楼栋。
二、排查内容。窗钩及挂环是否锈蚀、变形、松脱，窗扇限位是否有效，住户是否私自拆除窗钩。
三、时间安排。5月20日前完成自查，6月30日前完成整改，县住建局7月组织抽查。
联系人：县住建局物业科　滕岚汐，电话：0736-5218406。
附件：1.高层住宅外窗窗钩隐患排查表
2.整改情况汇总表
褧阳县住房和城乡建设局
2025年5月9日
抄送：县应急管理局，县消防救援大队。
褧阳县住房和城乡建设局办公室　2025年5月9日印发
""",
    ),
    dict(
        slug="gov-mianzhou-bulletin-milk-pan-spot-check-table",
        site="冕州市市场监督管理局 (invented, text capture of a city portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.mianzhou.gov.example.cn/xxgk/ccgs/202506/t20250620_90417.html",
        title="关于2025年奶锅产品质量监督抽查情况的通报",
        record_title="关于2025年奶锅产品质量监督抽查情况的通报｜冕州市市场监督管理局·抽查通报栏",
        date="2025-06-18",
        date_also=["2025-06-20"],
        notes="portal text: the table of unqualified products one row a paragraph with ideographic spaces; 抄送 line; "
        "成文日期 expected, the page's posting date also accepted; font-size row glued before the addressee line",
        page="""
!m 冕州市市场监督管理局
!m 首页 ＞ 信息公开 ＞ 抽查公示
{T}
!m 信息来源：产品质量安全监督管理科　　公开时间：2025-06-20 10:32　　阅读：926
{BODY}
!l 上一条：冕州市2025年第二季度电动自行车产品质量抽查结果公示
!l 下一条：关于开展儿童用品质量安全“护苗”行动的公告
!a 【打印本页】　【收藏本页】　【关闭】
!m 投诉举报：12315　　网站维护：冕州市市场监督管理局信息中心
!m 网站标识码：4309000062　　湘ICP备11003915号
""",
        body="""
⟦a 〔字体：大 中 小〕⟧各县（区）市场监督管理局，局机关有关科室：
按照年度产品质量监督抽查计划，市局于2025年5月组织对全市生产、销售的奶锅产品开展了监督抽查。共抽查产品36批次，合格32批次，不合格4批次，不合格项目主要为手柄耐热性和涂层附着力。现将有关情况通报如下。
序号　产品名称　标称生产企业　不合格项目
1　16厘米不粘奶锅　袆溪县晨露炊具厂　涂层附着力
2　单柄雪平奶锅　冕州市褕川五金制品有限公司　手柄耐热性
3　辅食奶锅　袆溪县鹤泉厨具商行（经销）　涂层附着力
4　玻璃盖奶锅　褧阳县双禾日用品厂　手柄耐热性
各县（区）局要在收到通报后15日内完成不合格产品的后处理工作，并于7月10日前将处理情况报市局产品质量安全监督管理科。
冕州市市场监督管理局
2025年6月18日
抄送：市消费者权益保护委员会。
""",
    ),
    dict(
        slug="news-zhenchuan-earphone-case-orders-h1",
        site="袗川融媒网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhenchuanrm.example.cn/xw/bd/2025-10/28/content_66281.html",
        title="袗川一家企业的耳机盒订单排到了年底",
        record_title=None,
        date="2025-10-28",
        notes="county news portal: app prompt glued before the lead, photo captions between paragraphs, an editor and "
        "reviewer line glued after the last 。, a 24-hour list; no title in the record (the <h1>); byline 发布时间 as the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>袗川一家企业的耳机盒订单排到了年底_袗川融媒网</title>
<script src="//cdn.zhenchuanrm.example.cn/js/tj.js"></script>
</head>
<body>
<div class="nav-top"><span>⟦m 袗川融媒网⟧</span> <a>⟦m 本地⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 产经⟧</a> <a>⟦m 视听⟧</a> <a>⟦m 乡镇传真⟧</a> <a class="app">⟦a 下载掌上袗川⟧</a></div>
<div class="crumb">⟦m 袗川融媒网 / 本地 / 产经⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-10-28 09:15　来源：袗川县融媒体中心⟧ <a class="listen">⟦a 听新闻⟧</a></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转给朋友：微信　朋友圈　抖音⟧</div>
</article>
<aside>
<h3>⟦l 袗川·24小时⟧</h3>
<ul><li>⟦l 襭坪镇沙糖桔进入采收期⟧</li><li>⟦l 县城新增3条夜间公交线路⟧</li><li>⟦l 袗川一中校园开放日定在11月8日⟧</li></ul>
<div class="ad">⟦m 广告　袗川农商银行·惠农快贷⟧</div>
</aside>
<footer>⟦d 本网原创稿件，转载须经袗川县融媒体中心书面授权⟧<br>⟦m 新闻热线：0737-3312110　违法和不良信息举报：0737-3312119⟧</footer>
</body>
</html>
""",
        body="""
⟦a 打开掌上袗川客户端看更多本地新闻⟧本网讯（记者　龚絮晴　通讯员　严柏川）10月27日，走进袺口镇工业园的冕州声匣电子有限公司，注塑车间里机器轰鸣，一只只耳机盒外壳从模具中脱出，经打磨、喷涂、装配后打包装箱。
⟦m 图为工人在流水线上检查耳机盒转轴。龚絮晴　摄⟧
“今年的订单比去年多了三成，排产已经排到12月底。”公司总经理韦承钧告诉记者，公司主要为国内几家耳机品牌代工充电耳机盒，日产量约4万只。
今年以来，公司投入800多万元更新了12台全自动注塑机，新设一条磁吸转轴装配线，耳机盒开合寿命从1万次提高到3万次，产品不良率降到0.6%。
⟦m 图为新投用的磁吸转轴装配线。严柏川　摄⟧
据了解，袺口镇目前已集聚耳机盒、充电仓配套企业17家，带动周边1200余人就业。⟦m （编辑：蔺晓萌　审核：祁远舟）⟧
""",
    ),
    dict(
        slug="news-mianzhou-rice-scoop-canteen-record-date",
        site="冕州新闻网 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.mianzhounews.example.cn/jy/2025-09/16/c_1049921.htm",
        title="襭坪镇中心学校食堂用上“刻度饭铲”",
        record_title="襭坪镇中心学校食堂用上“刻度饭铲”_教育民生_冕州新闻网",
        record_date="2025-09-16",
        date="2025-09-16",
        notes="record date; column and site suffix in the record title; a share bar glued after a 。; photo caption on "
        "its own line between paragraphs; related news and app prompt at the bottom",
        page="""
!m 冕州新闻网　冕州日报社主办
!m 首页 ＞ 教育民生 ＞ 正文
{T}
!m 2025-09-16 16:48:07　来源：冕州日报　作者：邝雨萱
!a 字号　T+　T-　　夜间模式
{BODY}
!m 【责任编辑：汤若晞】
!l 相关新闻：
!l 冕州市中小学食堂“明厨亮灶”实现全覆盖
!l 袆溪县学生营养餐改善计划再扩围
!a 扫码下载冕州新闻App，本地资讯一手掌握
!m 冕州新闻网版权所有　未经授权禁止复制或建立镜像
""",
        gap=True,
        body="""
开学以来，襭坪镇中心学校食堂的打饭窗口多了一样新物件：一排铲面印有刻度线的不锈钢饭铲。学生排队打饭时，阿姨按刻度一铲到位，米饭、菜品分量一目了然。
⟦m 图为食堂工作人员用刻度饭铲给学生打饭。⟧
“以前全凭手感，有的孩子打多了吃不完，有的又说不够。”食堂负责人鄢素芹说，学校根据低、中、高年级学生的饭量，把饭铲分成三种规格，铲面上分别标出100克、150克、200克的刻度线。⟦l 分享到：微信 | 朋友圈 | 微博⟧
据学校统计，使用刻度饭铲两周来，每餐剩饭剩菜由原来的约40公斤减少到25公斤左右。下一步，襭坪镇将在辖区6所学校食堂推广这一做法。
""",
    ),
    dict(
        slug="forum-zhijian-mousepad-wash-jammer-fonts",
        site="指尖外设论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.zhijianwaishe.example.com/thread-305517-1-1.html",
        title="用了三年的布面鼠标垫，终于洗出了原色",
        record_title="[外设杂谈] 用了三年的布面鼠标垫，终于洗出了原色（附方法） - 键鼠外设 - 指尖外设论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk glued and on a line of its own, rating row, poster's signature, "
        "reply box; the post time is relative (3 天前): no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[外设杂谈] 用了三年的布面鼠标垫，终于洗出了原色（附方法） - 键鼠外设 - 指尖外设论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦a 登录⟧ ⟦a 注册⟧ <a>⟦m 指尖外设论坛⟧</a> ⟦m 外设玩家自己的家⟧</div>
<div id="pt">⟦m 指尖外设论坛 › 硬件讨论 › 键鼠外设 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 1966 | 回复: 37⟧</div>
<table id="pid88120">
<tr><td class="pls">⟦m 白鹭滩⟧<br>⟦m 中级玩家　积分 842⟧</td>
<td class="plc">
<h1><span id="thread_subject">⟦t [外设杂谈] 用了三年的布面鼠标垫，终于洗出了原色（附方法）⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 6　经验 +18　收起 理由⟧</div>
<div class="sign">⟦m 签名：宁可慢一点，也要稳一点。⟧</div>
</td></tr>
</table>
<div class="po">⟦a 点赞 回复 收藏 举报⟧</div>
<div class="pgbtn">⟦l 下一主题：机械键盘换轴后打字声音变大怎么办⟧</div>
<div id="f_pst">⟦a 发帖前请先登录，没有账号？立即注册⟧</div>
<div id="ft">⟦m 指尖外设论坛 ( 粤ICP备20071352号 )⟧ ⟦m GMT+8, 2025-11-09 22:41⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
这块布面鼠标垫陪了我三年，边缘早就起毛，中间被手腕磨出一块发黑的印子，看着实在难受。本来想直接换新的，后来在论坛看到有人说可以洗，就试了一下，效果出乎意料，分享一下步骤。
先用温水把鼠标垫整个泡湿，水温不要超过四十度，太烫了底下的橡胶层容易起泡。然后挤一点洗洁精在软毛刷上，顺着布纹一个方向轻轻刷，不要来回搓，否则表面的织纹会被刷乱。
发黑的地方多刷几遍，再用清水冲干净。冲的时候最好把鼠标垫平铺在台面上，不要卷起来拧，拧过之后很难再压平。
最后用干毛巾按压吸走水分，放在阴凉通风的地方平放晾干，千万别拿到太阳下暴晒，也别用吹风机。我晾了一天半，摸上去已经完全干了，颜色基本回到了刚买时的样子。
""",
    ),
    dict(
        slug="forum-geek-earphone-case-hinge-repair-junk",
        site="极客手作论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.jikeshouzuo.example.com/t/218873",
        title="耳机盒合页断了，花五块钱自己修好了",
        record_title="[动手帖] 耳机盒合页断了，花五块钱自己修好了 - 数码维修区 - 极客手作论坛",
        date=None,
        notes="text thread with anti-scraping junk lines and junk glued after 。; floor replies; posted 昨天 21:40: no date",
        page="""
!m 极客手作论坛 › 数码维修区
!t [动手帖] 耳机盒合页断了，花五块钱自己修好了
!m 楼主：修东西的阿莫　　昨天 21:40　　浏览 733　　回帖 12
{BODY}
!a 顶　　踩　　转发到站外　　举报违规
!l 2楼　钢尺青年：合页那根小轴去哪买的？求个链接
!l 3楼　修东西的阿莫（楼主）：五金店问“眼镜螺丝”就有
!l 4楼　拆机不装机：学到了，我的也松了
!a 登录后才能参与回帖，还没账号？点这里注册
!m 极客手作论坛 · 手机版 · 小黑屋 · 联系站务
""",
        junk=dict(lines=2, glued=2),
        body="""
上个月耳机盒的合页断了，盖子一碰就掉，拿去售后说过了保修期，换一个新盒子要一百多块。想想不甘心，自己动手试着修了一下，一共花了五块钱。
先说材料：一根直径一毫米的不锈钢眼镜螺丝轴，一小管透明AB胶，一把小号十字螺丝刀，都是在楼下五金店买的。
步骤很简单。先用牙签把断在合页孔里的塑料碎屑挑干净，再把螺丝轴比着盒身的宽度剪短，两头各留半毫米。然后把轴穿进盒盖和盒身的合页孔里，两端各点一滴AB胶，合上盖子压住，放一个晚上让胶固化。
第二天试了几十次开合，盖子稳稳的，磁吸也没受影响。唯一的缺点是合页处能看到一点胶痕，不过自己用完全不介意。
""",
    ),
]
