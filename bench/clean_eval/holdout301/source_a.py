"""holdout301, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text case each).

Everything here is invented (counties, people, sites, URLs, phones, chrome wording); each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-biyanzhai-speech-rice-bag-recycling",
        site="笔砚斋范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyanzhai.net/jianghua/bumen/2024/0919/31827.html",
        title="在全县粮食节约减损暨米袋回收利用工作推进会上的讲话",
        record_title="【讲话参考·粮储系统】在全县粮食节约减损暨米袋回收利用工作推进会上的讲话（粮食口改改就能交）_笔砚斋范文网",
        date="2024-09-12",
        date_also=["2024-09-19"],
        notes="old table layout with a marquee, a font row, a hot list, a visitor counter and a floating ghost-writer box; "
        "speaker and date lines under the title (neutral); a ghost-writer prompt glued after a 。 inside the body",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话参考·粮储系统】在全县粮食节约减损暨米袋回收利用工作推进会上的讲话（粮食口改改就能交）_笔砚斋范文网</title>
<script language="javascript" src="/js/count.js"></script>
<style>td{font-size:14px}.hot a{color:#036}</style>
</head><body>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td>⟦m 笔砚斋范文网⟧　<font color="#999">⟦m 案头好帮手，下笔不犯愁⟧</font></td>
<td align="right">⟦a <a href="#">设为主页</a> | <a href="#">收藏笔砚斋</a>⟧</td></tr></table>
<marquee scrollamount="3">⟦m 笔砚斋小贴士：材料季范文每日上新，记得常回来翻翻⟧</marquee>
<table width="960" align="center"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您所在的位置：<a href="/">笔砚斋范文网</a> &gt;&gt; <a href="/jianghua/">讲话发言</a> &gt;&gt; 部门讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2 align="center">{T}</h2>
<div align="center">⟦m 更新时间：2024-09-19　来源：会员投稿　人气：<span id="hits">1873</span>⟧</div>
<div align="center">⟦a 【字号：放大 还原 缩小】【自动滚屏】⟧</div>
<p align="center">氲川县粮食和物资储备局局长　贺明远</p>
<p align="center">（2024年9月12日）</p>
{BODY}
<p>⟦a 文章太长？点此把全文存成Word⟧</p>
<p>⟦l 上一篇：乡镇秋粮收购工作会议讲话提纲⟧</p>
<p>⟦l 下一篇：粮食安全宣传周启动仪式致辞（县长）⟧</p>
</td><td width="250" valign="top" class="hot">
<table><tr><td><b>⟦l 本栏人气榜⟧</b></td></tr>
<tr><td><a href="/a/1.html">⟦l ·储备粮轮换工作会讲话提纲⟧</a></td></tr>
<tr><td><a href="/a/2.html">⟦l ·粮油市场保供稳价表态发言⟧</a></td></tr>
<tr><td><a href="/a/3.html">⟦l ·节约粮食倡议书（机关版）⟧</a></td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 您是本站第 <font color="red">0528761</font> 位访客⟧</td></tr>
<tr><td align="center">⟦d 范文均来自会员分享，仅作写作参考，转贴请保留本站出处⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 笔砚斋范文网 biyanzhai.net 湘ICP备09031577号⟧</td></tr></table>
<div id="floatqq" style="position:fixed;right:0;top:200px">⟦w 写材料犯难？代笔找老周 QQ 2860093314⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全县粮食节约减损暨米袋回收利用工作推进会，主要是总结上半年工作，部署下一阶段任务。刚才，三个乡镇和两家粮食企业作了交流发言，讲得很实在，我都赞同。
上半年，全县粮食收储企业共回收完好编织米袋18.6万条，经清洗消毒后重复使用12.3万条，节约包装费用近40万元。⟦w 需要原创讲话稿？加写手老周微信 byz-laozhou88⟧下面，我讲三点意见。
一是把米袋回收作为节粮减损的小切口。一条米袋看似不起眼，但全县每年用量超过60万条，大部分用一次就丢掉，既浪费资源，又污染环境。各乡镇要把回收点设到粮站、超市和村级便民店，方便群众交回。
二是把好质量安全关。回收的米袋必须分拣、清洗、晾晒、消毒，破损的、装过农药化肥的一律不得再装口粮。
三是压实工作责任。各乡镇、各粮食企业要明确专人负责，每月报送回收台账，年底纳入粮食安全责任制考核。
同志们，节约粮食从一粒米做起，也从一条米袋做起。希望大家抓细抓实，让这项工作见到实效。
""",
    ),
    dict(
        slug="fanwen-wenmi-insight-red-hair-cord-class",
        site="文秘小筑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wenmixiaozhu.cn/xinde/peixun/60314.html",
        title="参加传统红头绳编结技艺培训的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the title line under a column line; a membership prompt under the text; a reading-mode button glued before a line's first words; no date anywhere",
        page="""
!m 文秘小筑 · 写给机关人的范文角
!m 当前栏目：心得感悟 ▸ 培训心得
{T}
!m 投稿：青灯　浏览：2047　字数：约600
!a 〔复制全文〕〔存到我的文件夹〕〔举报错误〕
{BODY}
!a 剩下三成内容开通年卡即可阅读，首月只要9.9元
!l 同栏目推荐
!l ▪ 非遗传承人座谈会上的发言稿
!l ▪ 妇女手工技能培训班结业典礼讲话
!d 本栏文章由网友自愿分享，观点不代表文秘小筑立场
!m 文秘小筑 wenmixiaozhu.cn　滇ICP备20115873号
""",
        indent="\u3000\u3000",
        body="""
十月中旬，我参加了县妇联和县文化馆联合举办的传统红头绳编结技艺培训班。短短五天，从认识丝线到独立编出一条“双钱结”头绳，我对这门老手艺有了全新的认识。
第一点体会是，老手艺里有真功夫。授课的晁阿婆今年七十三岁，她编头绳不用看手，一根红绳在指间绕几圈就成了结。她说，过去姑娘出嫁、孩子过年，都要扎一根新头绳，讨个红火吉利。
⟦a 〔护眼阅读〕⟧第二点体会是，手艺要在用中传。培训班里有十几位留守妇女，结业时已有六人接到了饰品店的订单，一条头绳能挣两三块钱。
第三点体会是，学手艺要有耐心。我第一次编的头绳歪歪扭扭，拆了重编四回才像样。这让我想到工作也是一样，急不得、糊弄不得。
今后，我打算把学到的编法教给社区的孩子们，让红头绳这门手艺多一些传人。
""",
    ),
    dict(
        slug="wenku-shudu-survey-candy-box-packaging-markers",
        site="书蠹文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shudu-wenku.com/view/8c1e07a3f25d.html",
        title="关于春节礼品糖盒过度包装情况的调研报告",
        record_title="关于春节礼品糖盒过度包装情况的调研报告.docx",
        date="2024-12-20",
        notes="a 文库 reader: toolbar, page-marker paragraphs ⧯ n ⧯ cutting sentences, a coin paywall and an upload notice; "
        "file-name record title; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于春节礼品糖盒过度包装情况的调研报告.docx - 书蠹文库</title>
<script>window.__DOC__={id:"8c1e07a3f25d",pages:3,free:2};</script>
</head><body>
<header class="hd"><a class="logo">⟦m 书蠹文库⟧</a> <span class="slogan">⟦m 一页一页，读懂好文档⟧</span>
<nav>⟦m 首页⟧ ⟦m 分类⟧ ⟦m 专题⟧ ⟦m 书蠹会员⟧</nav> <a class="login">⟦a 注册书蠹号⟧</a></header>
<div class="doc-head"><h1>⟦t 关于春节礼品糖盒过度包装情况的调研报告.docx⟧</h1>
<p class="doc-info">⟦m 贡献者：清风拂山岗　上传于 2025-01-06　3页　评分 4.6⟧</p>
<div class="toolbar">⟦a 适合宽度⟧ ⟦a 翻页模式⟧ ⟦a 加入书架⟧</div></div>
<div class="reader">
<div class="page-body">
{BODY}
</div>
<div class="paywall"><p>⟦a 余下1页需消耗8个书蠹币，会员免费阅读⟧</p><button>⟦a 开通会员 继续读⟧</button></div>
</div>
<aside class="rel"><h3>⟦l 同类文档⟧</h3>
<ul><li>⟦l 商品过度包装专项检查工作方案.doc⟧</li><li>⟦l 消费者协会年度工作总结（县级）⟧</li><li>⟦l 年货市场消费提示.pdf⟧</li></ul></aside>
<footer><p>⟦d 文档由用户上传，书蠹文库不对其内容负责；侵权投诉请走版权通道⟧</p>
<p>⟦m ©2025 书蠹文库 shudu-wenku.com 苏ICP备21048837号-1⟧</p></footer>
</body></html>
""",
        p_html='<p class="reader-txt">{}</p>',
        pages=dict(fmt="⧯ {n} ⧯", every=130, start=2),
        body="""
为了解春节礼品糖盒的包装情况，今年11月至12月，县消费者协会组织人员走访了县城4家大型超市、2个批发市场和6家糖果门店，共查看礼品糖盒56种，并随机询问消费者120人。现将有关情况报告如下。
一、基本情况
在查看的56种糖盒中，有14种包装层数超过三层，9种包装空隙明显偏大，有的一盒糖果净含量只有250克，外盒却和鞋盒差不多大。价格在百元以上的糖盒中，过度包装的比例更高。
二、消费者的看法
受访消费者中，有78人认为糖盒“里面小、外面大”，有65人表示买回家后外盒基本当垃圾扔掉，只有少数人愿意为精美包装多花钱。
三、几点建议
一是生产企业要按照限制商品过度包装的要求设计糖盒；二是商家不要把大盒小装作为促销手段；三是县消费者协会将联合市场监管部门在节前开展一次集中检查。
霰岭县消费者协会
2024年12月20日
""",
    ),
    dict(
        slug="wenku-jingdu-plan-canteen-pot-racks-wrapped-markers",
        site="鲸读文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.jingdu-doc.com/p/5501937.html",
        title="暝溪县中小学食堂锅架及炊具安全整治工作方案",
        record_title="〖精编文档〗暝溪县中小学食堂锅架及炊具安全整治工作方案（共3页）",
        date="2024-10-08",
        notes="hard-wrapped at 62 columns and cut by page markers ⊝n⊝ glued to the continuation line; 成文日期 in Chinese numerals; "
        "an upload date that is no date",
        page="""
!m 鲸读文档 · 海量文档在线读
!m 文档分类：教育 › 后勤管理 › 食堂
!t 〖精编文档〗暝溪县中小学食堂锅架及炊具安全整治工作方案（共3页）
!m 上传于：2024-10-21　页数：3页　格式：DOC
!a 全屏阅读　|　放大　|　缩小　|　下载到本地
{BODY}
!a 预览到底了，余下1页请用鲸读币兑换后查看
!a 鲸读币不够？每日签到领5枚
!l 读了这篇的人也在读
!l 学校食堂燃气安全隐患排查表
!l 校园食品安全工作方案（乡镇中心校）
!d 本文由用户自行上传，鲸读文档仅提供存储与展示，如有侵权请提交投诉
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⊝{n}⊝", every=100, start=2, glue=True),
        body="""
为消除学校食堂锅架、灶台和炊具存在的安全隐患，保障师生饮食安全，县教育体育局决定在全县中小学食堂开展锅架及炊具安全整治，特制定本方案。
一、整治范围
全县设有食堂的中小学校、幼儿园共47所，重点是使用年限超过八年的灶台锅架和大锅炊具。
二、整治内容
（一）锅架锈蚀、开焊、变形的，一律更换为不锈钢材质；（二）锅架与灶面固定不牢的，要加装限位卡槽；（三）大锅手柄松动、锅底变薄的，停止使用并登记报废。
三、时间安排
10月15日前学校自查，10月底前完成整改，11月中旬县教育体育局组织抽查。
四、工作要求
各校校长是第一责任人，要安排专人建立锅架和炊具台账，整改情况按时报送县教育体育局后勤管理股。
暝溪县教育体育局
二〇二四年十月八日
""",
    ),
    dict(
        slug="gov-yunchuan-notice-low-coat-hooks-index-table",
        site="氲川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yunchuan.gov.cn/zwgk/tzgg/202411/t20241107_118402.html",
        title="关于在全县养老服务机构推广安装低位衣钩的通知",
        record_title="关于在全县养老服务机构推广安装低位衣钩的通知_民政动态_氲川县人民政府门户网站",
        date="2024-11-05",
        date_also=["2024-11-07"],
        notes="county portal: elder-mode and screen-reader links, an index table whose 文号 cell is unmarked (neutral), "
        "the notice's own contact beside the portal's 纠错 line; 附件 list, 抄送 and 印发 lines stay in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于在全县养老服务机构推广安装低位衣钩的通知_民政动态_氲川县人民政府门户网站</title>
<meta name="ArticleTitle" content="关于在全县养老服务机构推广安装低位衣钩的通知">
<script src="/js/jquery.min.js"></script><script>var siteId="yc01";</script>
</head><body>
<div class="topbar"><span>⟦m 今天是：2024年11月08日 星期五⟧</span>
<a>⟦a 银龄大字模式⟧</a> <a>⟦a 读屏辅助⟧</a> <a>⟦a 登录个人中心⟧</a></div>
<div class="banner">⟦m 氲川县人民政府⟧ <span>⟦m 氤氲山水 宜居氲川⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 政民互动⟧</li><li>⟦m 走进氲川⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 部门动态 ＞ 民政动态⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：431125-05-2024-0037⟧</td><td>⟦m 发布机构：氲川县民政局⟧</td></tr>
<tr><td>氲民发〔2024〕31号</td><td>⟦m 公开日期：2024-11-07⟧</td></tr>
<tr><td>⟦m 主题分类：民政、扶贫、救灾⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 【字号：特大 大 中】【打印正文】【关闭本页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发至：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h3>⟦l 相关政策文件⟧</h3>
<ul><li>⟦l 氲川县养老服务机构安全管理十项规定⟧</li><li>⟦l 关于做好2024年特困人员冬季照料工作的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：氲川县人民政府办公室　承办：县大数据中心⟧</p>
<p>⟦m 网站纠错及服务热线：0739-6280012（工作日 8:30-17:30）⟧</p>
<p>⟦m 湘ICP备12003451号　湘公网安备43112502000318号　网站标识码4311250007⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各养老服务机构：
近期，县民政局在养老服务机构安全检查中发现，不少机构房间衣钩安装过高，坐轮椅和行动不便的老人取挂衣物需要踮脚或攀扶，存在跌倒风险。为此，决定在全县养老服务机构推广安装低位衣钩。现将有关事项通知如下。
一、安装标准。低位衣钩距地面1.1米至1.3米，每张床位不少于2个，宜选用圆头、无尖角的产品，承重不低于5公斤。
二、时间安排。12月20日前完成安装，县民政局于12月下旬组织验收。
三、经费保障。所需经费从养老服务机构运营补贴中列支。
联系人：县民政局养老服务股　喻晓岚　电话：0739-6281347
附件：1.低位衣钩安装验收表
2.各机构床位及衣钩配置数量表
氲川县民政局
2024年11月5日
抄送：县人民政府办公室，县财政局。
氲川县民政局办公室　2024年11月5日印发
""",
    ),
    dict(
        slug="gov-xianling-bulletin-candy-box-spot-check-table",
        site="霰岭县市场监督管理局 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.xianling.gov.cn/xzzfgs/202501/t20250117_20931.html",
        title="关于2025年元旦春节礼品糖盒包装抽查情况的通报",
        record_title="关于2025年元旦春节礼品糖盒包装抽查情况的通报 - 行政执法公示 - 霰岭县市场监督管理局",
        date="2025-01-16",
        date_also=["2025-01-17"],
        notes="a bureau page: a data table (one row a paragraph, cells apart by ideographic spaces), a related-reading line between "
        "paragraphs, font and print buttons; the 成文日期 and the page's publish date differ",
        page="""
!m 霰岭县市场监督管理局
!m 首页 » 政务公开 » 行政执法公示 » 抽检信息
{T}
!m 发布时间：2025-01-17 09:30　信息来源：执法稽查股　浏览次数：366
!a 【大字】【中字】【小字】　【打印此页】
{BODY}
!l 【上一条】县局开展元旦春节食品安全专项检查
!l 【下一条】2024年第四季度食品安全监督抽检信息
!m 霰岭县市场监督管理局主办　投诉举报请拨12315
!m 网站纠错邮箱：xlscjg_web@163.com
""",
        indent="\u3000\u3000",
        body="""
各市场监管所，局机关各股室：
为落实限制商品过度包装有关要求，1月上旬，县局对县城商超和批发市场销售的礼品糖盒开展了包装专项抽查。现将抽查情况通报如下。
一、抽查结果
本次共抽查糖盒样品30批次，符合要求26批次，不符合要求4批次，主要问题是包装层数超标和包装空隙率过大。不符合要求的样品如下：
样品名称　销售单位　问题
什锦喜糖礼盒　县城某超市　包装层数4层
年货糖果大礼包　西街批发部　空隙率约68%
巧克力心形糖盒　东湖商场　空隙率约62%
⟦l 相关阅读：一图看懂限制商品过度包装要求⟧
二、处理意见
对上述销售单位，由属地市场监管所责令下架，依法调查处理，并督促其向供货企业反馈。
三、下一步要求
各所要在春节前再开展一轮复查，处置结果于2月5日前报局执法稽查股。
霰岭县市场监督管理局
2025年1月16日
""",
    ),
    dict(
        slug="news-goucheng-rice-bags-trace-code-captions",
        site="觏州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gouzhounews.cn/ms/2024-11/08/content_771204.html",
        title="觏州市粮食应急保供企业启用带追溯码的米袋",
        record_title="觏州市粮食应急保供企业启用带追溯码的米袋｜觏州新闻网·民生",
        date="2024-11-08",
        notes="news portal: an app prompt glued before the lead, a photo caption between paragraphs, an editor line glued after "
        "the last sentence; a sentence about scanning the code stays; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>觏州市粮食应急保供企业启用带追溯码的米袋｜觏州新闻网·民生</title>
<script>var _czc=_czc||[];</script></head><body>
<div class="top"><a>⟦m 觏州新闻网⟧</a> <span>⟦m 觏州日报社主办⟧</span> <a>⟦a 下载觏州新闻APP⟧</a></div>
<div class="nav">⟦m 首页　时政　民生　区县　视频　专题⟧</div>
<div class="ad">⟦a 【广告】曩河湾·江景洋房 首付三成起⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-11-08 17:42　来源：觏州日报⟧ <a>⟦a 听新闻⟧</a></div>
<div class="content">
{BODY}
</div>
<div class="bottom-share">⟦l 分享：朋友圈｜微博｜复制链接⟧</div>
</div>
<div class="side"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 颃阳大道东延段下月通车⟧</li><li>⟦l 曩河区新增3处社区粮店⟧</li><li>⟦l 冬季供暖将于本月15日启动⟧</li></ol></div>
<div class="foot"><p>⟦d 本网原创稿件，未经书面授权不得转载、摘编⟧</p><p>⟦m 新闻热线：0745-2261100　违法和不良信息举报：0745-2261199⟧</p></div>
</body></html>
""",
        body="""
⟦a 打开觏州新闻客户端，收听本文语音版⟧本报讯（记者　蔺佳禾）11月8日，记者从市粮食和物资储备局获悉，全市18家粮食应急保供企业已全部启用带追溯码的新式米袋，首批42万条米袋已随大米进入商超和社区粮店。
⟦m 图为工作人员在曩河区一家粮油加工厂查验新式米袋。记者　蔺佳禾　摄⟧
市民用手机扫一扫米袋上的追溯码，就能查到大米的产地、收购批次、加工日期和检验结果。新米袋还在显眼位置标注了净含量和保质期，字号比过去大了一倍，方便老年人看清。
“过去米袋上的字太小，也不知道是哪年的米。”在蒎园社区粮店买米的市民邱女士说，现在扫一下就清楚了，买着放心。
据介绍，市粮食和物资储备局下一步将把追溯码米袋推广到全市政策性粮食销售网点，年底前实现应急保供大米“一袋一码”。⟦m （编辑：殷若水　审核：贾庭）⟧
""",
    ),
    dict(
        slug="news-mingxi-elders-canteen-pot-racks-title-line",
        site="暝溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.mingxinews.cn/msxw/20241203/45517.html",
        title="暝溪县12家长者食堂换上防烫锅架",
        record_title=None,
        date="2024-12-03",
        notes="no record title: the headline line under the nav; the news time line is the page's date; an editor line, a reading list, a reprint notice and a news hotline below",
        page="""
!m 暝溪新闻网　县域要闻　民生　图片　视频
{T}
!m 2024-12-03 08:15　来源：暝溪县融媒体中心　字号：大 中 小
{BODY}
!m 责任编辑：卜云舒
!l 延伸阅读
!l 县民政局开展长者食堂消防安全检查
!l 旰田镇敬老院新建暖心浴室投用
!d 本网刊发的稿件如需转载，请先与县融媒体中心联系授权
!m 暝溪县融媒体中心主办　新闻爆料：0745-8123321
""",
        body="""
近日，暝溪县12家长者食堂的后厨全部换上了新式防烫锅架，这是县民政局今年为老年助餐点办的一件实事。
过去，不少长者食堂用的是铁皮焊成的老锅架，时间一长就锈蚀松动，大锅端上端下容易打滑。今年10月，县民政局对全县长者食堂后厨进行了排查，发现有7家存在锅架不稳的问题。
新换的锅架为不锈钢材质，底部加装防滑脚垫，四周包了隔热硅胶条，炊事员放锅、端锅时不容易烫手。
旰田镇长者食堂炊事员石桂英说：“以前一锅粥端下来心里直打鼓，现在锅架稳当多了。”
据了解，县民政局还将为长者食堂统一配发隔热手套和防烫围裙，进一步降低后厨安全风险。
""",
    ),
    dict(
        slug="forum-qiaoshoufang-five-strand-hair-tie-jammer",
        site="巧手坊论坛 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qiaoshoufang.com/forum.php?mod=viewthread&tid=302177",
        title="给闺女编的五股头绳，步骤都在这儿了",
        record_title="[编织心得] 给闺女编的五股头绳，步骤都在这儿了（多图预警）- 绳结手作 - 巧手坊论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts as a line and glued after 。, a rating row, a signature and a reply box; "
        "the post time is relative (3 天前): no date",
        page="""
<html><head><meta charset="gbk">
<title>[编织心得] 给闺女编的五股头绳，步骤都在这儿了（多图预警）- 绳结手作 - 巧手坊论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb">⟦m 巧手坊论坛⟧ <a>⟦a 手机扫码逛论坛⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 巧手坊 › 手作区 › 绳结手作 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 5216｜回复: 47⟧</div>
<h1 class="ts"><a>⟦m [编织心得]⟧</a> <span id="thread_subject">{T}</span> ⟦m （多图预警）⟧</h1>
<table class="plhin"><tr><td class="pls"><div class="authi">⟦m 小满妈妈⟧</div>
<p>⟦m 金牌手艺人　积分 3320⟧</p></td>
<td class="plc"><div class="pti">⟦m 发表于 3 天前｜只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8890">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 12　手艺值 +36　收起 理由：步骤清楚！⟧</div>
<div class="sign">⟦m 签名：慢慢编，慢慢长大⟧</div>
<div class="po">⟦a 回复 收藏 点赞⟧</div></td></tr></table>
<div class="pgbtn">⟦l 下一帖：钩针发圈新手入门⟧</div>
<div id="f_pst">⟦a 登录巧手坊后方可跟帖，还没有账号？⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　巧手坊论坛 ( 浙ICP备17062210号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前阵子闺女上幼儿园，天天嚷着要戴“会变色的头绳”，我干脆自己买了几卷棉线给她编。试了一个多星期，总结出五股编法，分享给坛里的姐妹。
材料很简单：粗细一致的棉线五根，每根剪六十厘米；一个小铁夹；两颗木珠。颜色最好深浅搭配，编出来花纹更明显。
编法是：先把五根线一头打结，用铁夹夹在桌边，然后始终把最外侧的线压过相邻两根，移到中间，左右轮流。手要匀，拉得太紧头绳会发硬，孩子戴着勒头皮。
编到四十厘米左右，穿上木珠打死结，剪掉线头，用打火机轻轻燎一下防散。
提醒一句，小朋友的头绳别加金属扣和亮片，容易刮头发，也怕孩子往嘴里塞。
""",
    ),
    dict(
        slug="forum-anjia-sticky-coat-hooks-junk-text",
        site="安家装修论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.anjiazx.com/thread-77310-1-1.html",
        title="瓷砖墙上的粘钩老掉，换什么衣钩靠谱？",
        record_title="[求助] 瓷砖墙上的粘钩老掉，换什么衣钩靠谱？_软装讨论区_安家装修论坛",
        date=None,
        notes="forum help thread: anti-scraping junk as lines and glued after 。; floors of replies below; the post time is 昨天: no date",
        page="""
!m 安家装修论坛 › 软装讨论区
!t [求助] 瓷砖墙上的粘钩老掉，换什么衣钩靠谱？
!m 楼主：租房的阿柯　发表于 昨天 21:06　阅读 982　回复 16
!m 电梯直达 ▼
{BODY}
!a 赞一个(3)　收藏本帖　举报
!l 沙发　墙面老刘：卫生间用打孔的，瓷砖缝上打就不怕裂
!l 板凳　豆豆家：试试无痕挂钩那种大胶片的，贴前用酒精擦
!l 地板　阿柯（楼主）：谢谢二位，周末试试
!a 回帖前请先登录，游客只能看前三楼
!m 安家装修论坛 © 2012-2024　客服邮箱 kefu@anjiazx.com
""",
        junk=dict(lines=2, glued=2),
        body="""
各位坛友好，请教一个小问题。我家卫生间是亮面瓷砖，门边想挂浴巾和换下的衣服，去年贴了四个透明粘钩，用不到一个月就掉了一个，前几天又掉了两个，连毛巾带钩子掉进水桶里。
我自己琢磨，可能是卫生间太潮，胶一泡水就不粘了。也有朋友说是贴之前没把瓷砖擦干净。
现在想换成打孔的不锈钢衣钩，又怕把瓷砖打裂，房子是租的，退租时房东要扣押金。
想问问大家：有没有不打孔又挂得住的衣钩？或者打孔的话，瓷砖上怎么打才不容易裂？先谢谢了！
""",
    ),
]
