"""holdout332, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moli-speech-collar-cleaner-quality",
        site="墨犁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.molifw.com/jianghua/lingdao/2025/0402/38815.html",
        title="在全县洗涤用品质量提升推进会上的讲话",
        record_title="【讲稿工坊】在全县洗涤用品质量提升推进会上的讲话（改动几处即可用）_墨犁范文网",
        date="2025-03-18",
        date_also=["2025-04-02"],
        notes="old table layout with marquee, font-size row, floating QQ box, hot list, visitor counter; date under the speech title, speaker line neutral; ghost-writer QQ glued after a 。",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿工坊】在全县洗涤用品质量提升推进会上的讲话（改动几处即可用）_墨犁范文网</title>
<script language="javascript" src="/js/tj.js"></script>
<style>td{font-size:12px}</style>
</head><body>
<table width="960" align="center"><tr><td><font size="5">⟦m 墨犁范文网 — 替你把材料写顺⟧</font></td><td align="right">⟦a <a href="#">设本站为首页</a>｜<a href="#">收藏墨犁</a>⟧</td></tr></table>
<marquee scrollamount="3">⟦m 墨犁提醒：本周新增讲话稿范文一千二百余篇，会员每日可领五篇原稿⟧</marquee>
<table width="960" align="center"><tr><td>⟦m 网站首页｜讲话致辞｜工作总结｜心得体会｜会员中心⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 您的位置：墨犁范文网 &gt;&gt; 讲话致辞 &gt;&gt; 领导讲话⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 更新：2025-04-02　来源：会员投稿　人气：1853⟧</div>
<div class="fs">⟦a 【字体：特大 大 中 小】【护眼底色】⟧</div>
<p align="center">（2025年3月18日）</p>
<p align="center">淄源县副县长　姚立新</p>
{BODY}
<div>⟦a 本篇范文全文1180字，开通墨犁会员即可领取Word原稿⟧</div>
<div>⟦l 上一篇：在全县日化企业安全生产约谈会上的讲话⟧</div>
<div>⟦l 下一篇：县领导在消费品质量提升大会上的表态发言⟧</div>
</td><td width="240" valign="top">
<div class="hot"><b>⟦l 墨犁本月热读⟧</b>
<div>⟦l · 洗涤用品行业座谈会主持词（两篇）⟧</div>
<div>⟦l · 在日化产业链招商推介会上的致辞⟧</div>
<div>⟦l · 质量月活动动员讲话稿精选⟧</div></div>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:0;top:200px">⟦w 墨犁写作顾问 QQ：2217056483（早九点到晚十点）⟧</div>
<table width="960" align="center"><tr><td align="center">
<p>⟦d 墨犁范文网所载范文均由会员上传分享，仅供学习参考，请勿整篇照搬用于正式场合。⟧</p>
<p>⟦m Copyright 2012-2025 墨犁范文网 www.molifw.com 鄂ICP备12083364号⟧</p>
<p>⟦m 您是墨犁第 0048217 位访客⟧</p>
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开这次推进会，主要是研究衣领净等洗涤用品的质量提升工作。全县现有洗涤用品生产企业十一家，其中九家生产衣领净，年产量超过两千吨，是我县日化产业的“拳头产品”。⟦w 讲话稿改写找墨犁小编，QQ 3390127746⟧
去年省里抽检，我县有两批次衣领净表面活性剂含量不达标，教训深刻。各企业要对照标准逐项自查，原料进厂要验，成品出厂要检，不合格的一瓶也不能出厂。
市场监管部门要加密抽检频次，对标签上夸大宣传“一抹即净”“无需搓洗”的，要依法督促整改。
同志们，质量是企业的生命。希望大家以这次会议为契机，把我县衣领净这块牌子擦得更亮！
""",
    ),
    dict(
        slug="fanwen-gaotian-summary-corridor-baskets-wrapped",
        site="稿田文摘 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.gaotianwz.com/zongjie/shequ/2024/1203/51207.html",
        title="莉园社区楼道置物篮清理整治工作总结",
        record_title="莉园社区楼道置物篮清理整治工作总结（附整治台账）_稿田文摘",
        date="2024-11-26",
        date_also=["2024-12-03"],
        notes="hard-wrapped at 70 columns; 成文日期 under the signature, the site's posting date also accepted",
        page="""
!m 稿田文摘 gaotianwz.com ｜ 材料不用愁
!m 位置：首页 / 工作总结 / 社区总结
{T}
!m 发布：稿田小编　日期：2024-12-03　浏览：662
!a 〔复制全文〕〔存为Word〕〔纠错〕
{BODY}
!a 看完全文需3个稿田币，新用户注册送10个
!l 同类范文：
!l 小区消防通道清理专项行动总结
!l 老旧小区楼道“清障”工作汇报
!d 稿田文摘的文章来自网友投稿，观点不代表本站，若涉及版权请联系删除。
!m 稿田文摘 版权所有 苏ICP备20017734号
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
今年9月以来，莉园社区针对楼道内堆放置物篮、鞋架、纸箱等杂物的问题，开展了为期两个月的清理整治，现将工作总结如下。
一、基本情况。社区共有住宅楼28栋、楼道112个。前期排查发现，有67个楼道存在置物篮堆放现象，共计置物篮214只，部分置物篮内存放有旧报纸、纸箱等易燃物。
二、主要做法。一是上门劝导，网格员逐户发放整改告知书；二是集中收纳，在每栋楼一楼设置统一收纳点；三是以旧换新，为主动清理的住户免费更换壁挂式置物篮136只。
三、存在问题。少数住户清理后又将置物篮放回楼道，反复现象仍有发生。
下一步，社区将把楼道巡查纳入网格日常工作，巩固整治成果。
莉园社区居民委员会
2024年11月26日
""",
    ),
    dict(
        slug="wenku-cangye-survey-cistern-blocks-pdf-markers",
        site="藏页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.cangyewk.com/view/7c1f0e9a2b.html",
        title="关于城区公共厕所洁厕块使用情况的调研报告",
        record_title="关于城区公共厕所洁厕块使用情况的调研报告.pdf",
        date="2025-06-10",
        notes="文库 reader with a viewer toolbar, page-marker paragraphs ﹅ n ﹆ cutting sentences, a paywall and an upload notice; file-name title; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于城区公共厕所洁厕块使用情况的调研报告.pdf - 藏页文库</title>
<script>window.__DOC__={id:"7c1f0e9a2b",pages:4};</script>
</head><body>
<header><span class="logo">⟦m 藏页文库⟧</span> <span>⟦m 好文档，藏一页⟧</span> <a href="/login">⟦a 登录藏页⟧</a></header>
<nav>⟦m 藏页首页 › 行业资料 › 市政环卫 › 调研报告⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：sanmu_77　上传于 2025-07-01　4页　PDF　126.4KB⟧</div>
<div class="toolbar">⟦a 适合页宽　放大　缩小　全屏⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 试看已到上限，购买后可阅读剩下2页⟧ <button>⟦a 3.8元购买本文⟧</button></div>
<div class="notice">⟦d 文档由用户“sanmu_77”上传至藏页文库，藏页文库只提供存储空间，不对内容负责⟧</div>
<aside><h3>⟦l 读过这篇的人也在看⟧</h3>
<ul><li>⟦l 公厕保洁服务质量考核细则⟧</li><li>⟦l 城区环卫作业标准化调研⟧</li><li>⟦l 洁厕用品采购需求论证报告⟧</li></ul></aside>
<footer>⟦m ©2025 藏页文库 cangyewk.com 粤ICP备21066140号⟧</footer>
</body></html>
""",
        pages=dict(fmt="﹅ {n} ﹆", every=120, start=2),
        body="""
为了解洁厕块在城区公共厕所中的实际使用效果，县城管局环卫科于今年5月对城区46座公厕进行了实地调研，现将有关情况报告如下。
一、使用现状。46座公厕中，有39座在水箱内投放了洁厕块，投放率84.8%。其中蓝色块状产品占七成，其余为悬挂式洁厕球。多数保洁员反映，洁厕块能有效减少便池尿垢和异味，但夏季消耗快，一块通常只能维持十天左右。
二、存在问题。一是投放不规范，有的公厕一次投放三四块，造成浪费；二是采购渠道分散，部分产品无生产厂名和有效期；三是个别保洁员将洁厕块与消毒液混放，存在安全隐患。
三、对策建议。建议由环卫科统一招标采购，制定投放标准，每个水箱一次只投放一块，并对保洁员开展一次专项培训。
汴溪县城市管理局环卫科
2025年6月10日
""",
    ),
    dict(
        slug="wenku-juanshu-plan-waist-warmers-wrapped-markers",
        site="卷舒文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.juanshuwk.com/p-60981723.html",
        title="环卫一线职工冬季暖腰带发放工作方案",
        record_title="【暖冬专题】环卫一线职工冬季暖腰带发放工作方案 - 卷舒文库免费阅读",
        date="2024-11-05",
        notes="hard-wrapped at 64 columns and cut by page markers ⸐n⸐ glued to the continuation line; upload stamp is no date; 成文日期",
        page="""
!m 卷舒文库 — 文档在线阅读与分享
!m 文库首页 ＞ 行业资料 ＞ 环卫管理
{T}
!m 上传者：cold_river88　上传于：2024-11-20　格式：DOC　页数：3页
!a 〖全屏阅读〗〖加入文件夹〗〖举报〗
{BODY}
!a 余下部分需付2.5元解锁，或开通卷舒包月会员畅读
!d 本文档由用户上传，卷舒文库不对内容的准确性负责，如有侵权请发邮件至 jubao@juanshuwk.com
!l 卷舒为你找到相近文档
!l 环卫工人冬季关爱慰问活动方案
!l 户外劳动者防寒保暖措施汇编
!m 卷舒文库 juanshuwk.com　浙ICP备19052216号
""",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="⸐{n}⸐", every=90, start=2, glue=True),
        body="""
为做好冬季环卫一线职工关爱工作，切实帮助职工防寒保暖，经研究，决定为全县环卫一线职工发放暖腰带，特制定本方案。
一、发放对象。全县在岗的道路清扫、垃圾清运、公厕保洁一线职工，共计612人，含劳务派遣人员。
二、物品标准。暖腰带采用加绒加厚面料，内置可拆卸发热片，充电一次可连续使用四小时以上，腰围可调，分大、中两个尺码。
三、时间安排。11月15日前完成采购，11月25日前由各环卫所按花名册发放到人，职工本人签字领取。
四、工作要求。各环卫所要如实统计人数和尺码，不得冒领、代领；发放后要收集职工使用意见，为明年采购提供参考。
淄源县环境卫生管理所
2024年11月5日
""",
    ),
    dict(
        slug="gov-bianxi-bulletin-seat-covers-table",
        site="汴溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.bianxi.gov.cn/art/2025/8/14/art_2217_90412.html",
        title="汴溪县市场监督管理局关于一次性马桶垫产品质量监督抽检结果的通报",
        record_title="汴溪县市场监督管理局关于一次性马桶垫产品质量监督抽检结果的通报 - 抽检公示 - 汴溪县人民政府门户网站",
        date="2025-08-12",
        date_also=["2025-08-14"],
        notes="county portal with 长辈模式/无障碍 links, its 索引号 table (the 文号 cell unmarked), a 纠错 hotline beside the bureau's own contact; data table one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>汴溪县市场监督管理局关于一次性马桶垫产品质量监督抽检结果的通报 - 抽检公示 - 汴溪县人民政府门户网站</title>
<meta name="ArticleTitle" content="汴溪县市场监督管理局关于一次性马桶垫产品质量监督抽检结果的通报">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="topbar">⟦m 汴溪县人民政府门户网站⟧ <a>⟦a 长辈模式⟧</a> <a>⟦a 读屏辅助⟧</a> <a>⟦a 政务微博⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进汴溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 抽检公示⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11330827MB1734520X/2025-00316⟧</td><td>⟦m 发布机构：汴溪县市场监督管理局⟧</td></tr>
<tr><td>文号：汴市监〔2025〕41号</td><td>⟦m 主题分类：质量监管⟧</td></tr>
<tr><td>⟦m 成文日期：2025-08-12⟧</td><td>⟦m 发布日期：2025-08-14⟧</td></tr>
</table>
<div class="article"><h2>{T}</h2>
<div class="tools">⟦a 【字号 大 中 小】【打印该页】【关闭本页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发至：微信 微博 QQ空间⟧</div></div>
<div class="related"><h4>⟦l 相关阅读⟧</h4>
<p>⟦l 汴溪县2025年上半年食品相关产品抽检情况通报⟧</p>
<p>⟦l 关于开展儿童用品质量安全“护苗”行动的通知⟧</p></div>
<div class="footer">
<p>⟦m 主办单位：汴溪县人民政府办公室　承办：汴溪县大数据发展中心⟧</p>
<p>⟦m 网站纠错热线：0543-6210012（工作日）⟧</p>
<p>⟦m 网站标识码：3308270031　浙ICP备05061281号⟧</p>
</div>
</body></html>
""",
        body="""
根据年度抽检计划，我局于今年7月对全县商场、超市、宾馆销售和使用的一次性马桶垫开展了质量监督抽检，现将结果通报如下。
本次共抽检一次性马桶垫产品30批次，经检验合格27批次，不合格3批次，不合格项目为微生物指标和荧光性物质。不合格产品如下：
产品名称　标称生产企业　不合格项目
一次性马桶垫（独立装）　兖湖区洁坐卫生用品厂　细菌菌落总数
旅行装坐便垫纸　潍川市舒途日用品有限公司　荧光性物质
可冲散马桶垫　标称企业名称不详　细菌菌落总数
对抽检不合格的产品，我局已责令相关经营者立即下架，并依法立案调查。
联系人：魏晓彤　联系电话：0543-6217735
汴溪县市场监督管理局
2025年8月12日
""",
    ),
    dict(
        slug="gov-heling-notice-cistern-blocks-attachments",
        site="菏岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.helingxian.gov.cn/zwgk/bmwj/cgj/202504/t20250422_118207.html",
        title="菏岭县城市管理局关于规范公共厕所洁厕块投放管理的通知",
        record_date="2025-04-21",
        date="2025-04-21",
        notes="record title and date; 文号 line neutral; 附件 list, 抄送 and 印发 lines in the body",
        page="""
!m 菏岭县人民政府 www.helingxian.gov.cn
!m 首页 > 政务公开 > 部门文件 > 县城市管理局
!a 【字号：大 中 小】　【打印】　【关闭】
{T}
菏城管〔2025〕17号
{BODY}
!m 发布日期：2025-04-22　来源：县城市管理局　浏览次数：517
!l 上一条：菏岭县城市管理局2025年第一季度市容秩序检查情况通报
!l 下一条：关于开展城区“门前三包”集中宣传月活动的通知
!m 主办：菏岭县人民政府办公室　网站标识码：3713290015
!m 鲁ICP备05028711号　鲁公网安备37132902000531号
""",
        indent="\u3000\u3000",
        body="""
各环卫所，各公厕管理单位：
为规范城区公共厕所洁厕块投放管理，减少浪费、消除安全隐患，现就有关事项通知如下。
一、洁厕块由局环卫科统一采购，各单位不得自行采购无厂名、无有效期的产品。
二、每个水箱一次投放一块，待完全溶解后再补放；蹲便器不得直接投放。
三、洁厕块应存放在专用工具间，不得与消毒液、漂白水等混放。
请各单位于5月10日前将公厕水箱数量报局环卫科。
附件：1．城区公共厕所水箱数量统计表
2．洁厕块领用登记表
菏岭县城市管理局
2025年4月21日
抄送：县爱卫办，县市场监管局。
菏岭县城市管理局办公室　2025年4月21日印发
""",
    ),
    dict(
        slug="news-ziyuan-union-waist-warmers-h1",
        site="淄源新闻网 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ziyuannews.cn/bendi/2024-12/09/content_771204.html",
        title="淄源县总工会为1200名户外劳动者送上暖腰带",
        record_title=None,
        date="2024-12-09",
        notes="no record title (the <h1>); an app prompt glued before the lead, a photo caption between paragraphs, an editor line glued after the last one; 发布时间 byline is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>淄源县总工会为1200名户外劳动者送上暖腰带_淄源新闻网</title>
<script src="//ad.ziyuannews.cn/slot.js"></script>
</head><body>
<div class="top">⟦m 淄源新闻网 · 淄源县融媒体中心主办⟧ <a>⟦a 下载“淄源发布”客户端⟧</a></div>
<div class="nav">⟦m 首页　本地　民生　政务　视频　专题⟧</div>
<div class="ad">⟦m 广告位招租 0533-4119087⟧</div>
<div class="main"><div class="article">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-12-09 10:26　来源：淄源县融媒体中心　记者：邵明远⟧</div>
<div class="listen">⟦a ▷ 听新闻⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转给好友：微信 ｜ 朋友圈 ｜ 微博⟧</div></div>
<div class="side"><h3>⟦l 24小时热文⟧</h3><ol>
<li>⟦l 淄源至潍川城际公交下周开通⟧</li>
<li>⟦l 县城区今冬首轮供暖设施检修完成⟧</li>
<li>⟦l 寒潮来袭，户外劳动者驿站全天开放⟧</li></ol></div></div>
<div class="footer"><p>⟦d 淄源新闻网版权所有，未经书面授权不得转载⟧</p><p>⟦m 违法和不良信息举报：0533-4119000⟧</p></div>
</body></html>
""",
        body="""
⟦a 打开淄源发布客户端，看更多本地资讯⟧本网讯　12月6日清晨，寒潮过后的淄源县城气温降至零下六度。县总工会工作人员来到城东环卫作业点，把一条条暖腰带送到环卫工人手中。
“早上四点多就出门，腰最怕冷，有了这个心里也暖和。”环卫工人崔秀兰当场系上暖腰带，连声道谢。
⟦m 图为县总工会工作人员为环卫工人系上暖腰带。（通讯员 俞浩 摄）⟧
据介绍，此次共发放暖腰带1200条，覆盖环卫工人、快递员、外卖骑手等户外劳动者。县总工会还在全县18个“户外劳动者驿站”备有暖腰带，供有需要的劳动者免费借用。
县总工会有关负责人表示，将持续做好冬季送温暖工作，让户外劳动者感受到关怀。⟦m （责任编辑：潘雨晴）⟧
""",
    ),
    dict(
        slug="news-weichuan-market-baskets",
        site="潍川在线 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.weichuanzx.com/minsheng/202503/14/t20250314_449812.shtml",
        title="潍川城东菜市场给摊主统一配发不锈钢置物篮",
        record_title="【菜篮子·民生】潍川城东菜市场给摊主统一配发不锈钢置物篮丨潍川在线",
        date="2025-03-14",
        notes="decorated record title (column prefix, site suffix after 丨); the time line of the news is the date",
        page="""
!m 潍川在线 — 潍川日报社主办
!m 首页 ＞ 新闻 ＞ 民生
{T}
!m 2025年03月14日 08:05　来源：潍川日报　作者：记者 聂思远
!a 字号：A+ A-　｜　分享：微信 微博
{BODY}
!l 【相关新闻】
!l 城西农贸市场提升改造工程开工
!l 潍川今年将建成12个“智慧菜场”
!m 责任编辑：庞晓
!d 潍川在线版权所有，转载请注明出处
!m 新闻热线：0536-8112110
""",
        indent="\u3000\u3000",
        body="""
记者从潍川市城东农贸市场获悉，市场近日为132个蔬菜、水产摊位统一配发了不锈钢置物篮，替换原来摊主自带的塑料筐和纸箱。
“以前菜堆在地上，一下雨全是泥。”蔬菜摊主冯桂芝说，新置物篮架在摊位下方，离地二十厘米，清洗方便，通道也宽敞了。
市场管理方负责人介绍，置物篮由市场统一采购，摊主只需交纳50元押金，退租时全额退还。市场还在每排摊位尽头设置了公共置物篮，供顾客临时存放购物袋。
下一步，城东农贸市场将结合“智慧菜场”改造，推动摊位设施标准化。
""",
    ),
    dict(
        slug="forum-yichu-collar-cleaner-test-jammer",
        site="衣橱研究所论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yichuyjs.com/thread-228716-1-1.html",
        title="衣领净先泡还是先搓？三款实测对比",
        record_title="[洗护实验室] 衣领净先泡还是先搓？三款实测对比（附对比照） - 洗晒收纳 - 衣橱研究所论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk inside the post, a rating row, a signature and replies; no date (posting time relative)",
        page="""
<html><head><meta charset="gbk">
<title>[洗护实验室] 衣领净先泡还是先搓？三款实测对比（附对比照） - 洗晒收纳 - 衣橱研究所论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head><body>
<div id="hd">⟦m 衣橱研究所论坛⟧ <a>⟦a 快速注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 衣橱研究所 › 生活版块 › 洗晒收纳 › 帖子正文⟧</div>
<div class="hm">⟦m 浏览: 4027 | 回帖: 63⟧</div>
<table><tr><td class="pls"><div class="authi">⟦m 晾衣绳上的猫⟧</div><p>⟦m 积分 2316　金币 118　UID 40772⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 5 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_901">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分 参与人数 7　金币 +21　收起 理由⟧</div>
<div class="sign">⟦l 签名：洗衣服这件事，我是认真的⟧</div>
<div class="po">⟦a 回复 引用 支持 反对 举报⟧</div></td></tr></table>
<div class="pl">⟦l 沙发　白衬衫控 发表于 5 天前：B款是哪个牌子？求链接⟧</div>
<div class="pl">⟦l 板凳　小满 发表于 4 天前：开水泡领子那条太真实了⟧</div>
<div id="f_pst">⟦a 登录后方可回帖，没有账号？去注册⟧</div>
<div id="ft">⟦m 衣橱研究所论坛 ( 沪ICP备18042719号 ) | 手机版 | 小黑屋⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里衬衫多，衣领发黄一直是老大难，最近买了三款衣领净做了个对比，给大家参考。
测试方法：三件同样穿了一周的白衬衫，分别用A、B、C三款衣领净，一半领口先涂后泡十分钟再搓，另一半涂上直接搓。
结果：先泡的一侧明显干净，尤其B款，泡过之后轻轻一刷就白了；直接搓的一侧三款都还留一圈淡黄印子。C款味道最大，手洗建议戴手套。
个人结论：衣领净不是涂上就完事，一定要给它时间。另外别用开水泡，我试过一次，领子反而发硬。
有问题楼下问，看到都回。
""",
    ),
    dict(
        slug="forum-wojia-seat-cover-help-junk",
        site="窝友家居论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.woyoujia.net/thread-90214-1-1.html",
        title="马桶垫老是往下滑，有什么好办法？",
        record_title="【小白求教】马桶垫老是往下滑，有什么好办法？（已试过双面胶） - 卫浴交流 - 窝友家居论坛",
        date=None,
        notes="forum help post with junk lines and junk glued after 。; replies; no date (relative posting time)",
        page="""
!m 窝友家居论坛 - 装修路上不孤单
!m 窝友家居 › 装修讨论 › 卫浴交流
!m 查看: 1286 | 回复: 27
!t 【小白求教】马桶垫老是往下滑，有什么好办法？（已试过双面胶）
!m 阿瓦达 发表于 昨天 21:47 | 只看楼主 | 倒序看帖
{BODY}
!a 回复　收藏　举报
!l 沙发　装修狗老王：买带硅胶防滑条的，贴马桶圈内侧那种
!l 板凳　木子：我家用的一体式包边款，整个套上去，不会滑
!l 地板　阿瓦达：谢谢两位，去搜搜看
!a 登录窝友家居，参与讨论
!m 窝友家居论坛 Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=2),
        body="""
新房装的是椭圆形马桶，买了两个加厚的绒面马桶垫，背面说是自带粘贴，结果坐两天就往前滑，每次上厕所都要先扶正。
试过在背面贴双面胶，潮气一大就掉；也试过换那种带按扣的，可我家马桶圈没有扣孔。
想问问各位：有没有不用粘也不会滑的马桶垫？或者有什么土办法能固定住？
另外家里老人冬天离不开马桶垫，洗的时候最好能整个丢洗衣机的。先谢谢大家了。
""",
    ),
]
