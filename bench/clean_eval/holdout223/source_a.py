"""holdout223, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
Objects of this part: emergency lights, ceiling lamps, exhaust fans, bathroom heater lamps,
phones for the elderly.
"""

CASES = [
    dict(
        slug="fanwen-mochi-speech-emergency-light-rectification",
        site="墨池范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mochifw.com/jianghua/anquan/2024/0905/11873.html",
        title="在全县应急照明灯具隐患排查整治动员会上的讲话",
        record_title="【动员讲话】在全县应急照明灯具隐患排查整治动员会上的讲话（精改版）_墨池范文网",
        date="2024-09-03",
        date_also=["2024-09-05"],
        notes="gb2312 table page: marquee, 文字大小 row, floating ghost-writer QQ box, hot list, visitor counter; "
        "date under the speech title (the site's posting date also accepted); speaker line neutral; "
        "a ghost-writer WeChat prompt glued after a 。 and a member-unlock line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【动员讲话】在全县应急照明灯具隐患排查整治动员会上的讲话（精改版）_墨池范文网</title>
<meta name="keywords" content="应急照明灯,隐患排查,动员会讲话">
<link rel="stylesheet" href="/css/mochi.css" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body bgcolor="#f6f3ea" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/img/logo.gif" alt="墨池范文网"> ⟦m 墨池范文网⟧</td><td>⟦m 池中有墨，笔下有章⟧</td>
<td align="right">⟦a <a href="#" onclick="SetHome(this)">设为首页</a> | <a href="#" onclick="AddFav()">存入收藏</a>⟧</td></tr>
</table>
<table width="960" align="center" bgcolor="#7a1f1f"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td>
<td><a href="/fangan/">⟦m 计划方案⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/vip/">⟦a 会员中心⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 墨池范文网本月上新安全生产讲话稿四百余篇，会员可随意选用⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您现在所处：<a href="/">墨池范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 安全生产讲话⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 收录：2024-09-05　类别：安全生产讲话　人气：<font color="red">1207</font>⟧</div>
<div class="zihao">⟦a 〔文字大小：大号 中号 小号〕⟧ ⟦a 〔背景色：护眼 默认〕⟧</div>
<div class="sub">（2024年9月3日）</div>
<div class="sub">县消防救援大队大队长　邵景川</div>
<div class="neirong">
{BODY}
</div>
<div class="xiazai"><a href="/down/11873.html">⟦a 下载这篇讲话稿（.doc，会员免点数）⟧</a></div>
<div class="sxp">⟦l 上一篇：全县秋冬季火灾防控工作会议讲话⟧<br>⟦l 下一篇：在消防安全宣传月启动仪式上的致辞⟧</div>
</td>
<td width="250" valign="top">
<table class="hot"><tr><td>⟦l 本周热读⟧</td></tr>
<tr><td><a href="/a/1.html">⟦l 安全生产月动员会讲话（三篇合集）⟧</a></td></tr>
<tr><td><a href="/a/2.html">⟦l 在人员密集场所消防整治会上的讲话⟧</a></td></tr>
<tr><td><a href="/a/3.html">⟦l 乡镇安全生产例会主持词⟧</a></td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:6px;top:220px">⟦w 材料代笔 QQ：2875101364 当天可交稿⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦d 本站文章多为会员上传，只作写作参考，若涉及版权问题请来函，核实后即删。⟧<br>
⟦m 墨池范文网 mochifw.com　Copyright 2011-2024　湘ICP备11027735号⟧<br>
⟦m 您是本站第 0428193 位访客⟧
</td></tr></table>
<script>var _mochi_stat = 1;</script>
</body>
</html>
""",
        body="""
同志们：
今天召开全县应急照明灯具隐患排查整治动员会，主要任务是贯彻上级关于人员密集场所消防安全的部署，对全县应急照明灯具排查整治作出安排。
一、看清问题，增强紧迫感
前不久，我们抽查了商场、宾馆、学校等场所的应急照明灯，近三成断电后亮灯时间达不到九十分钟，有的蓄电池早已鼓包，有的干脆被拆下来当了插座。应急照明灯平时不起眼，停电起火时就是群众的“生命灯”。⟦w 讲话稿写不出来？墨池专人代笔，微信 mochi_bj77⟧
⟦a 以下为精编会员内容，开通会员后可阅读与复制⟧
二、突出重点，全面排查
各乡镇、各行业部门要在十月底前完成排查，做到场所不漏一家、灯具不漏一盏。发现的问题，能当场改的当场改，不能当场改的要登记造册、限期整改。
三、压实责任，确保实效
经营单位是整改的第一责任人，监管部门要盯住不放。对拒不整改的，依法从严处罚，并公开曝光。
同志们，安全无小事。希望大家以这次整治为契机，把每一盏应急灯都点亮、管好。
""",
    ),
    dict(
        slug="fanwen-luobi-insight-bath-heater-training",
        site="落笔范文屋 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.luobifw.cn/xinde/gangwei/5520193.html",
        title="参加物业维修人员浴霸安装安全培训心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line; no date (an update stamp in relative time); "
        "a ghost-writer QQ line between paragraphs; fold prompt, related line and disclaimer below",
        page="""
!m 落笔范文屋 · 写作不求人
!m 所在栏目：落笔范文屋 ＞ 心得体会 ＞ 岗位培训心得
{T}
!m 字数：约700字　更新：3 天前　人气：1836
!a ［整篇拷贝］［存成Word］［发到手机］
{BODY}
!a 剩余段落已折叠，开通年卡会员即可阅读与下载
!l 相关范文：物业电工岗位练兵心得　｜　冬季安全用电培训体会（两篇）
!d 本屋范文多为网友投稿，仅供写作参考，引用前请自行核实。
!m 落笔范文屋 luobifw.cn　蜀ICP备20418736号
""",
        indent="\u3000\u3000",
        body="""
十一月中旬，公司组织维修班参加了为期两天的浴霸安装安全培训。我在物业干了六年维修，自认为装浴霸是老手艺，这次培训才发现自己有不少“想当然”的地方。
一是接线不能图省事。老师讲，浴霸功率大，四个灯暖加起来一千多瓦，必须单独走线、单独设开关，不能随手接在照明回路上。我过去就这样干过，想起来有些后怕。
⟦w 需要原创心得体会？落笔写手一对一服务，QQ 3306127480⟧
二是安装位置有讲究。浴霸要装在淋浴区的外侧上方，离地面不低于两米一，灯头不能正对花洒。
三是回访不能少。培训后我给住户回访时，都会提醒老人洗完澡随手关掉灯暖，别让浴霸整夜开着。
这次培训让我明白，维修无小事，每一处接线都连着住户的安全。
""",
    ),
    dict(
        slug="wenku-juanzong-research-stairwell-ceiling-lamps-markers",
        site="卷宗文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.juanzongwk.com/view/7731650294.html",
        title="关于老旧小区楼道吸顶灯运行情况的调研报告",
        record_title="关于老旧小区楼道吸顶灯运行情况的调研报告（全文4页）- 卷宗文库",
        date="2024-06-18",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⭓ n ⭓ between the halves of cut paragraphs, "
        "a monthly-card paywall and an upload line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于老旧小区楼道吸顶灯运行情况的调研报告（全文4页）- 卷宗文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://static.juanzongwk.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="jz-top">
<a class="logo" href="/">⟦m 卷宗文库⟧</a>
<nav><a href="/cat/gongwen">⟦m 公文写作⟧</a><a href="/cat/baogao">⟦m 报告总结⟧</a><a href="/cat/fangan">⟦m 方案计划⟧</a></nav>
<form class="search"><input placeholder="搜文档、搜范文"><button>⟦a 搜一下⟧</button></form>
<a class="btn-card" href="/card">⟦a 月卡9.9元 · 全站畅读⟧</a>
</header>
<section class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：城建小苗　|　上传于 2024-06-27　|　4 页　|　阅读 2156 次⟧</p>
<div class="viewer-bar">⟦a 全屏阅读⟧ ⟦a 缩放 100%⟧ ⟦a 转为Word⟧ ⟦a 存到书架⟧</div>
</section>
<article class="doc-pages">
{BODY}
</article>
<section class="pay-wall">
<p>⟦a 本文共4页，免费预览已到末页，整篇保存需开通月卡⟧</p>
<a class="btn" href="/buy/7731650294">⟦a 开通月卡下载⟧</a>
</section>
<aside class="similar">
<h3>⟦l 看过的人还看了⟧</h3>
<ul><li>⟦l 老旧小区改造居民意见调查报告⟧</li><li>⟦l 关于无物业小区管理问题的调研⟧</li><li>⟦l 社区公共照明设施管护情况汇报⟧</li></ul>
</aside>
<footer>⟦d 卷宗文库内文档由用户上传，文库不对其内容作担保；如有侵权，请通过举报通道联系处理。⟧<br>⟦m 卷宗文库 juanzongwk.com　浙ICP备21033860号-2⟧</footer>
<script>Reader.init({id: 7731650294, free: 4});</script>
</body>
</html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⭓ {n} ⭓", every=100, start=2),
        body="""
为了解老旧小区楼道照明状况，区人大城建工委于五月组织调研组，走访了烜城区9个老旧小区、86个楼道。现将调研情况报告如下。
一、基本情况
调研的86个楼道共安装吸顶灯688盏，其中声控吸顶灯412盏、人体感应吸顶灯205盏、普通开关吸顶灯71盏。调研当晚实测，不亮或闪烁的有97盏，占14.1%。
二、存在的问题
一是灯具老化。部分吸顶灯使用超过十年，灯罩发黄、积尘，照度明显下降。二是维修无人管。无物业小区的楼道灯坏了，居民互相推诿，有的三四个月无人更换。三是电费分摊难。公共照明电费由谁出，不少小区至今没有定论。
三、几点建议
建议将楼道吸顶灯更换纳入老旧小区改造内容，统一更换为节能感应灯具；由街道牵头明确无物业小区的维修责任人；探索公共照明电费由居民议事会协商分摊。
烜城区人大常委会城建工委
2024年6月18日
""",
    ),
    dict(
        slug="wenku-zhiye-plan-kitchen-exhaust-fans-wrapped-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiye365.cn/doc/55218730.html",
        title="餐饮单位厨房排气扇清洗整治工作方案",
        record_title="餐饮单位厨房排气扇清洗整治工作方案.docx",
        date="2024-04-12",
        notes="file-name record title; text hard-wrapped at 62 columns and cut by ⦶n⦶ markers glued to the "
        "continuation line; 成文日期 in Chinese numerals; upload stamp no date",
        page="""
!m 知页文库 | 一页一知识
!a 书架　　下载券 3 张　　扫码手机看
{T}
!m 贡献者：烓田镇市场监管所　｜　上传时间：2024-04-16　｜　共 3 页　｜　1.1万次阅读
{BODY}
!a 余下 1 页未展示 · 用 3 张下载券即可保存整篇
!l 同专辑文档：餐饮油烟扰民整治方案　·　农家乐消防安全检查表　·　小餐饮备案指南
!d 知页文库仅提供信息存储空间，文档观点不代表本站立场。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⦶{n}⦶", every=90, start=2, glue=True),
        body="""
为消除餐饮单位厨房排气扇油污积聚引发的火灾隐患，根据县安委会统一部署，结合我镇实际，制定本方案。
一、整治范围
全镇范围内的餐馆、小吃店、单位食堂和农家乐，重点是使用明火、排气扇直排外墙的经营场所。
二、整治内容
（一）排气扇及风道每季度至少清洗一次，清洗后留存照片和记录。（二）排气扇电机周边不得堆放纸箱、油桶等可燃物。（三）排气扇出口不得正对居民窗户和通道。
三、时间安排
四月二十日前为自查阶段，五月底前为集中检查阶段，六月为巩固提升阶段。
四、工作要求
各村（社区）要明确一名网格员配合检查，对拒不整改的经营户，由镇综合执法队依法处理。
烓田镇人民政府
二〇二四年四月十二日
""",
    ),
    dict(
        slug="gov-gangchuan-notice-phones-for-elderly-index-table",
        site="釭川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.gangchuan.gov.cn/zwgk/bmwj/mzj/202405/t20240521_418273.html",
        title="关于开展为高龄独居老人配发老人手机工作的通知",
        record_title="〔民生保障〕关于开展为高龄独居老人配发老人手机工作的通知_釭川县人民政府门户网站",
        date="2024-05-17",
        date_also=["2024-05-21"],
        notes="county portal: 大字版/语音导读 links, 索引号 table (the 文号 cell unmarked), attachment download "
        "link, 纠错 and 12345 lines; the document's own 联系人/电话 and 附件 list stay in the body; "
        "成文日期 expected, the table's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔民生保障〕关于开展为高龄独居老人配发老人手机工作的通知_釭川县人民政府门户网站</title>
<meta name="SiteName" content="釭川县人民政府">
<meta name="ColumnName" content="部门文件">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/aria.js"></script>
</head>
<body>
<div class="gov-top">
<span>⟦m 釭川县人民政府⟧</span>
<a href="javascript:;">⟦a 大字版⟧</a> <a href="javascript:;">⟦a 语音导读⟧</a> <a href="/wap/">⟦a 手机版⟧</a>
</div>
<div class="gov-nav"><ul>
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjgc/">⟦m 走进釭川⟧</a></li>
</ul></div>
<div class="crumb">⟦m 此页位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » <a href="/zwgk/bmwj/">部门文件</a> » 县民政局⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11360722MB1530847T/2024-00219⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发布机构：釭川县民政局⟧</td><td>⟦m 发布日期：2024-05-21⟧</td></tr>
<tr><td>釭民字〔2024〕19号</td><td>⟦m 主题分类：民政、社会福利⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="zoom">⟦a 字号 放大 复原⟧ ⟦a 打印本文 关闭本页⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj"><a href="/uploads/2024/05/mzj-19-fj1.xlsx">⟦a 附件下载：高龄独居老人手机配发名册（样表）.xlsx〔18KB〕⟧</a></div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul>
<li>⟦l 釭川县2024年民生实事项目清单⟧</li><li>⟦l 关于开展特殊困难老年人探访关爱的通知⟧</li></ul></div>
<div class="gov-foot">
<p>⟦m 主办：釭川县人民政府办公室　承办：釭川县大数据中心⟧</p>
<p>⟦m 网页内容有误？纠错电话 0797-3318200⟧　⟦m 政务服务便民热线 12345⟧</p>
<p>⟦m 赣ICP备05003318号　赣公网安备36072202000219号　网站标识码3607220009⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为帮助高龄独居老人遇到急事能及时呼救，县民政局决定为全县80周岁以上独居老人免费配发老人手机。现将有关事项通知如下。
一、配发对象。户籍在本县、年满80周岁且独居的老年人，由村（社区）逐户摸底确认。
二、配发方式。老人手机预置村（社区）干部、子女和急救号码，设一键呼叫键，由乡镇民政办统一领取，入户发放并当面教会老人使用。
三、时间要求。请各乡镇于6月15日前报送配发名册，6月底前完成发放。
联系人：县民政局养老服务股 宁秀芬，电话：0797-3318426。
附件：1.釭川县高龄独居老人手机配发名册（样表）
2.老人手机领取确认单
釭川县民政局
2024年5月17日
""",
    ),
    dict(
        slug="gov-yuejiang-bulletin-emergency-lights-table-banji",
        site="爚江市应急管理局网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://yjj.yuejiang.gov.cn/gsgg/202411/t20241108_66120.html",
        title="关于全市公共场所应急照明灯专项检查情况的通报",
        record_title="关于全市公共场所应急照明灯专项检查情况的通报 - 公示公告 - 爚江市应急管理局",
        date="2024-11-06",
        date_also=["2024-11-08", "2024-11-07"],
        notes="column and site after dashes; 文号 line neutral; a data table (one row a paragraph, cells apart by "
        "ideographic spaces); 抄送 and 印发 lines kept; 成文日期 expected, publish line and 印发 date also accepted",
        page="""
!m 爚江市应急管理局
!a 简体 ｜ 繁體 ｜ 长者模式
!m 您所在的位置：首页 / 公示公告
{T}
!m 发布时间：2024-11-08 09:30　信息来源：执法监督科　浏览次数：317
!a 【大 中 小】　【打印此页】　【关闭】
爚应急通〔2024〕12号
{BODY}
!l 上一条：关于做好今冬明春火灾防控工作的通知
!l 下一条：爚江市2024年第三季度安全生产形势分析
!m 主办：爚江市应急管理局　地址：爚江市文昌路71号　邮编：336100
!m 赣ICP备05019327号-4　网站标识码：3609000031
""",
        body="""
各县（市、区）应急管理局，市直有关单位：
10月中旬至11月初，市应急管理局会同市消防救援支队对全市商场、宾馆、学校、医院等公共场所的应急照明灯进行了专项检查。现将检查情况通报如下。
一、总体情况
本次共检查公共场所126家，抽测应急照明灯2314盏，合格1971盏，合格率85.2%。
单位类型　检查家数　抽测盏数　合格率
商场超市　38　820　81.6%
宾馆酒店　42　746　84.9%
学校医院　46　748　89.2%
二、主要问题
部分灯具蓄电池老化，断电后持续时间不足；个别单位将应急照明灯接在普通开关回路上，平时随手关闭。
三、整改要求
请各地督促问题单位于12月10日前完成整改，整改情况报市应急管理局执法监督科。
爚江市应急管理局
2024年11月6日
抄送：市消防救援支队，市市场监管局。
爚江市应急管理局办公室　2024年11月7日印发
""",
    ),
    dict(
        slug="news-suiyang-bath-heater-spot-check-app-prompt",
        site="燧阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.suiyangnews.cn/xw/bd/202412/t20241203_90417.html",
        title="燧阳县开展浴霸产品质量专项抽查",
        record_title="【市场监管】燧阳县开展浴霸产品质量专项抽查 ║ 燧阳新闻网",
        date="2024-12-03",
        notes="county news portal: an app prompt glued before the lead, a photo caption between paragraphs, an "
        "editor line glued after the last sentence, listen button, 24-hour list, ad slot; byline 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【市场监管】燧阳县开展浴霸产品质量专项抽查 ║ 燧阳新闻网</title>
<script src="//cdn.suiyangnews.cn/js/tts-player.js"></script>
<style>.caption{color:#666;font-size:13px}</style>
</head>
<body>
<div class="topbar">⟦m 燧阳新闻网 · 燧阳县融媒体中心主办⟧ <a href="/app/">⟦a 下载燧阳通⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<nav class="channels"><a href="/">⟦m 首页⟧</a> <a href="/xw/">⟦m 本地⟧</a> <a href="/ms/">⟦m 民生⟧</a> <a href="/sp/">⟦m 视频⟧</a> <a href="/zt/">⟦m 专题⟧</a></nav>
<div class="ad-slot">⟦a 广告　燧阳农商银行 · 暖冬存款季 利率上浮⟧</div>
<main>
<div class="crumb">⟦m 燧阳新闻网 ＞ 本地 ＞ 部门动态⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-12-03 17:46　来源：燧阳县融媒体中心　记者：戚晓楠⟧</div>
<div class="tools">⟦a ▶ 听新闻⟧ ⟦a 字号 A+ A-⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
</main>
<aside>
<h3>⟦l 24小时热闻⟧</h3>
<ol><li>⟦l 燧阳今冬首场降雪预计周末到来⟧</li><li>⟦l 城南农贸市场改造完工重新开业⟧</li><li>⟦l 县城新增三条公交线路⟧</li></ol>
</aside>
<footer>
<p>⟦d 燧阳新闻网原创稿件，未经书面许可不得转载、摘编。⟧</p>
<p>⟦m 新闻热线：0794-3209110　互联网新闻信息服务许可证：36120230011⟧</p>
<p>⟦m 赣ICP备18005530号-1⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开燧阳通 APP，本地新闻早知道⟧本网讯 入冬以来，浴霸进入销售旺季。12月2日，燧阳县市场监管局组织执法人员，对城区家电卖场、建材市场和网店仓库销售的浴霸开展质量专项抽查。
⟦m 执法人员在建材市场抽取浴霸样品。　记者 戚晓楠 摄⟧
此次抽查共抽取浴霸样品24批次，涵盖灯暖、风暖和双核等类型，重点检验防触电保护、发热元件温升、防水等级和标志说明等项目。样品已送省级检验机构检测，结果将向社会公布。
县市场监管局提醒，消费者选购浴霸要认准3C认证标志，安装时应由专业人员单独布线，家中有老人和儿童的，洗浴后要及时关闭浴霸电源。⟦m 责任编辑：邝一鸣⟧
""",
    ),
    dict(
        slug="news-zhaoxi-ceiling-lamps-for-elderly-record",
        site="炤溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zhaoxirm.cn/news/shehui/2024-10/15/content_88231.html",
        title="炤溪县“光明楼道”行动为百余户老人换上感应吸顶灯",
        record_date="2024-10-15",
        date="2024-10-15",
        notes="title and date given by the record; a photo-placeholder line between paragraphs; related list, "
        "copyright line and hotlines below",
        page="""
!m 炤溪融媒　｜　炤溪县融媒体中心主办
!m 首页 » 社会民生 » 正文
{T}
!m 2024-10-15 08:12　来源：炤溪融媒　作者：喻青岚　编辑：甘霖
!a 字体：A+ A-　　　分享：微信　微博　复制链接
{BODY}
!l 【相关新闻】
!l · 炤溪县启动老旧小区改造第二批项目
!l · 社区夜间照明“微改造”获居民点赞
!d 凡本网注明“来源：炤溪融媒”的作品，版权均属炤溪县融媒体中心，转载请注明出处。
!m 新闻热线：0798-6260110　违法和不良信息举报：0798-6260123
""",
        indent="\u3000\u3000",
        body="""
本报讯 10月14日晚，炤溪县城关镇曦园社区的老楼道里，一盏盏新换的感应吸顶灯亮了起来。
今年以来，县住建局联合团县委开展“光明楼道”行动，组织电工志愿者走进老旧小区，为独居和高龄老人所在楼栋更换感应吸顶灯。截至目前，已为12个小区、137户老人完成更换。
⟦m [图片] 志愿者在楼道里更换吸顶灯⟧
“以前晚上下楼要摸黑，现在脚一踩上台阶灯就亮了。”82岁的住户韩桂英说。
县住建局有关负责人表示，下一步将把楼道照明纳入老旧小区日常维护清单，做到灯坏了有人修、有人管。
""",
    ),
    dict(
        slug="forum-shiwu-post-exhaust-fan-diy-jammer",
        site="拾屋装修论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.shiwu88.com/thread-330918-1-1.html",
        title="自己动手换卫生间排气扇，踩了三个坑",
        record_title="[动手改造] 自己动手换卫生间排气扇，踩了三个坑（附图） - 水电改造 - 拾屋装修论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, a numbered list, rating row, signature, "
        "replies and reply box; posted 2 天前 (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[动手改造] 自己动手换卫生间排气扇，踩了三个坑（附图） - 水电改造 - 拾屋装修论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="hd">⟦m 拾屋装修论坛⟧　⟦m 装修路上，一起拾掇⟧　<a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册⟧</a></div>
<div id="pt">⟦m 拾屋装修论坛 › 装修实战 › 水电改造 › 正文⟧</div>
<div class="pl">
<table><tr>
<td class="pls"><div class="authi">⟦m 钱塘老木匠⟧</div><p>⟦m 帖子 612　积分 3308　装修币 97⟧</p></td>
<td class="plc">
<h1 class="ts"><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 2 天前　|　只看楼主　|　倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_330918">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 打赏 3 人　装修币 +15　理由：实用，已收⟧</div>
<div class="sign">⟦m 房子是拿来住的，也是拿来折腾的⟧</div>
<div class="po">⟦a 回复　引用　收藏帖子　举报⟧</div>
</td></tr></table>
</div>
<div class="pl"><table><tr><td class="pls">⟦l 小满不满⟧</td><td class="plc">⟦l 止回阀装反这个我也干过，楼上炖肉我家全闻到了⟧</td></tr></table></div>
<div class="pl"><table><tr><td class="pls">⟦l 铁锤妹妹⟧</td><td class="plc">⟦l 请问楼主换的是多大开孔的？⟧</td></tr></table></div>
<div id="f_pst">⟦a 登录后才能参与回帖　立即登录｜注册新账号⟧</div>
<div id="ft">⟦m 拾屋装修论坛　粤ICP备19088012号⟧　⟦m 页面生成于 0.048 秒⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周把用了八年的卫生间排气扇换了，本以为半小时的活，结果折腾了一下午。把踩过的坑记下来，给想自己动手的朋友提个醒。
1. 尺寸别只量面板。面板尺寸和开孔尺寸不是一回事，我按面板买的，到手才发现开孔大了两厘米，只好又加了个转接框。
2. 先断电再拆。原来的排气扇接在灯的开关上，我只关了开关没拉闸，拆线时被麻了一下，大家一定要把空气开关拉下来。
3. 止回阀要装对方向。装反了排气扇照样转，但楼上的味道会倒灌进来，我装完第二天才发现。
换完以后声音小了很多，排风也明显有劲了。
""",
    ),
    dict(
        slug="forum-chunxuan-post-choosing-phones-for-parents-junk",
        site="椿萱论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.chunxuan.net/bbs/t-47715.html",
        title="给父母挑老人手机，这几点一定要看",
        record_title="【选购心得】给父母挑老人手机，这几点一定要看 - 孝亲话题 - 椿萱论坛",
        date=None,
        notes="forum post with anti-scraping junk as lines and glued after 。; numbered list in 一、二、 form; "
        "posted 昨天 (no date); floors and a reply prompt below",
        page="""
!m 椿萱论坛 — 陪父母慢慢变老
!m 论坛首页 › 孝亲话题 › 帖子详情
!m 阅读 3904　｜　回复 27
{T}
!m 楼主：晚风里的小葱　发表于 昨天 21:40　｜　只看楼主
{BODY}
!a 顶　｜　收藏本帖　｜　举报
!l 2楼　竹子开花了：第三条太重要了，我爸那部就带SOS键，摔倒那次就是靠它
!l 3楼　阿苗苗：请问待机七天的有推荐吗
!a 登录后即可回帖，还没有账号？点此注册
!m 椿萱论坛　鄂ICP备20017346号-1　举报邮箱：jubao@chunxuan.net
""",
        junk=dict(lines=2, glued=3),
        body="""
前后给我爸妈换过三部老人手机，说说我的经验，供大家参考。
一、声音要大。老人耳朵背，来电铃声和通话音量一定要够大，买之前最好当面打一个试试。
二、按键要实。触屏对老人不友好，实体大按键加大字体最省心。
三、要有一键呼救。背面有SOS键的，按住能自动拨打子女电话并发送位置，关键时候能救命。
四、待机要长。老人常忘记充电，待机七天以上的比较合适。
最后提醒一句，别贪便宜买来路不明的“免费送”手机，有的会偷偷扣话费。
""",
    ),
]
