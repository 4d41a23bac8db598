"""holdout217, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Every page, place, person, firm, site, URL and number here is invented and written by hand;
see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moqi-speech-freezer-gb2312",
        site="墨畦范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqifw.com/jianghua/bumen/2024/0722/51386.html",
        title="在全县小超市冰柜食品安全专项整治推进会上的讲话",
        record_title="【部门讲话精选】在全县小超市冰柜食品安全专项整治推进会上的讲话（两篇可选）_墨畦范文网",
        date="2024-07-16",
        date_also=["2024-07-22"],
        notes=(
            "old gb2312 table layout: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
            "speaker and date lines under the title neutral; the date under the title differs from the posting line; "
            "a ghost-writer prompt glued after a sentence and a member-unlock line between paragraphs"
        ),
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【部门讲话精选】在全县小超市冰柜食品安全专项整治推进会上的讲话（两篇可选）_墨畦范文网</title>
<script language="javascript" src="/js/count.js"></script>
<style type="text/css">td{font-size:12px;line-height:180%}</style>
</head>
<body bgcolor="#F3F1E6" topmargin="0">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/logo.gif" alt=""> <b>⟦m 墨畦范文网 · 一方墨畦耕春秋⟧</b></td><td align="right"><a href="#">⟦a 设为主页⟧</a> <a href="#">⟦a 收进书签⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#7A3B1E"><a href="/">⟦m 网站首页⟧</a> <a href="/jianghua/">⟦m 领导讲话⟧</a> <a href="/zongjie/">⟦m 总结汇报⟧</a> <a href="/xinde/">⟦m 心得感悟⟧</a> <a href="/fangan/">⟦m 计划方案⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 墨畦提醒：范文只是写作的拐杖，照抄照搬会闹笑话，请结合本单位实情改写。⟧</marquee></td></tr>
</table>
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您所在的位置：<a href="/">墨畦范文网</a> → <a href="/jianghua/">领导讲话</a> → 部门讲话⟧</div>
<h1 align="center">{T}</h1>
<div align="center">⟦m 发布：2024-07-22　人气：1377　来源：会员投稿⟧</div>
<div align="center">⟦a 〔文字调节：大号 中号 小号〕⟧</div>
<p align="center">县市场监督管理局局长　樊立群</p>
<p align="center">（2024年7月16日）</p>
<div class="neirong">
{BODY}
</div>
<p>⟦l 上一篇：在全县夏季食品安全工作会议上的表态发言⟧<br>⟦l 下一篇：市场监管所长在冷链食品排查部署会上的讲话⟧</p>
</td>
<td width="250" valign="top">
<table width="100%" border="1" bordercolor="#D8CFB0">
<tr><td bgcolor="#EFE6C8">⟦l 本月点击排行⟧</td></tr>
<tr><td><a href="/jianghua/51102.html">⟦l 食品安全“守底线”集中行动动员讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/50977.html">⟦l 校园周边食品整治会上的讲话（两篇）⟧</a></td></tr>
<tr><td><a href="/jianghua/50833.html">⟦l 夏季消费安全提示会主持词⟧</a></td></tr>
</table>
</td></tr>
</table>
<div id="qqfloat" style="position:absolute;right:6px;top:220px;width:120px;border:1px solid #7A3B1E">⟦w 写作顾问在线 QQ：3305871942⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦m 您是本站第 0086342 位来访者⟧<br>
⟦d 本站稿件来自会员上传和网络收集，若侵犯了您的权利，请发邮件到 kefu@moqifw.com 告知。⟧<br>
⟦m Copyright 2009-2024 墨畦范文网 moqifw.com 皖ICP备10038172号⟧
</td></tr></table>
<script language="javascript">var qq_top = 220; function moveqq(){}</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
入夏以来，全县气温持续偏高，冷饮、速冻食品销量明显上升，农村小超市、校园周边小卖部的卧式冰柜进入全年最忙的时段。今天召开这次推进会，就是要把冰柜食品安全专项整治再压一压、再紧一紧。⟦w 同题讲话稿量身定做，加老周微信 moqi_zhou88⟧
一、摸清底数，做到台账清楚。截至目前，全县共排查小超市、小卖部冰柜2316台，其中使用超过八年的老旧冰柜417台，温控失灵的63台。各市场监管所要在7月底前把台账补齐，做到一店一档、一柜一码。
⟦a 第二篇讲话放在会员专区，开通会员后可整篇查看⟧
二、盯住重点，严查混存乱放。检查中发现，有的店主把散装冰块和生肉混放在同一个冰柜里，有的冰柜断电化冻后不清理就继续售卖，这些都是风险点，发现一起，整改一起。
三、压实责任，守住安全底线。经营者是第一责任人，要每天记录冰柜温度；乡镇要发挥网格员作用，做到巡查不留死角。
同志们，天越热，越不能松劲。希望大家把小冰柜当作大民生来抓，确保全县不发生冷饮食品安全事件。
""",
    ),
    dict(
        slug="fanwen-bilong-insight-glucose-title-line",
        site="笔垄范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.bilongfw.cn/xinde/peixun/73315.html",
        title="参加社区慢病患者血糖仪规范使用培训的心得体会",
        record_title=None,
        date=None,
        notes=(
            "no title in the record: the page's title line; no date (an insight); the site's name glued before the "
            "first words of a paragraph and a collect prompt glued after the last sentence of another"
        ),
        page="""
!m 笔垄范文网 · 笔耕墨耘不负人
!m 当前：首页 / 心得体会 / 培训心得
{T}
!m 栏目：培训心得　字数：约520字　热度：1,204
!a 〖复制全文〗〖下载Word〗〖收进我的文件夹〗
{BODY}
!a 全文已展示完毕，下载Word版需消耗1张下载券
!l 相关范文：家庭医生签约服务培训心得 ｜ 慢病随访工作心得三篇 ｜ 村医业务培训个人小结
!d 笔垄范文网的范文由网友投稿，涉及版权问题请发邮件至 bilong_kf@163.com 处理。
!m 笔垄范文网 bilongfw.cn　苏ICP备18052207号-3
""",
        indent="\u3000\u3000",
        body="""
按照县卫健局安排，我参加了为期两天的社区慢病患者血糖仪规范使用培训。作为一名村医，平时给老人测血糖是常事，本以为没什么可学的，听完课才发现自己有不少习惯做法并不规范。
第一，采血前的准备马虎不得。老师讲，酒精消毒后要等手指完全晾干再采血，否则测出的数值会偏低。我过去常常消毒完马上扎针，现在想想真是不应该。
⟦m 笔垄范文网⟧第二，试纸的保管很有讲究。试纸开瓶后要在规定时间内用完，不能放在潮湿、高温的地方，更不能和别的牌子的仪器混用。
第三，要教会老人自己测。培训中我们两人一组互相练习，我把操作步骤记在小本上，回村后准备一户一户上门教。⟦a 觉得有用就点个收藏吧⟧
这次培训让我明白，血糖仪虽小，测准了才能帮老人管好病。今后我要把学到的方法用到每一次随访中。
""",
    ),
    dict(
        slug="wenku-zhiyuan-research-oxygen-pdf-markers",
        site="知源文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyuanwk.com/p/5720938816.html",
        title="关于全县居家使用制氧机安全情况的调研报告",
        record_title="关于全县居家使用制氧机安全情况的调研报告.pdf",
        date="2024-03-28",
        notes=(
            "file-name record title; a 文库 reader: viewer toolbar, marker paragraphs ⧰ n ⧰ cutting sentences, "
            "a month-card paywall, an upload notice; the 成文日期 under the signature; the upload stamp is no date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县居家使用制氧机安全情况的调研报告.pdf - 知源文库</title>
<script src="https://static.zhiyuanwk.com/reader/v3/reader.min.js"></script>
<link rel="stylesheet" href="https://static.zhiyuanwk.com/reader/v3/reader.css">
</head>
<body>
<header class="zy-top">
<a class="logo" href="/">⟦m 知源文库⟧</a>
<form class="search"><input type="text" name="kw" placeholder="搜文档、搜资料"><button type="submit">⟦a 搜一搜⟧</button></form>
<a class="vip" href="/vip/month">⟦a 文库月卡 9.9元畅读⟧</a>
<a class="login" href="/passport">⟦a 账号登录⟧</a>
</header>
<nav class="crumb">⟦m 知源文库 &gt; 医药卫生 &gt; 卫生管理⟧</nav>
<section class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 页数：4页　大小：186KB　贡献者：氧疗小站　上传于2024-04-02⟧</div>
<div class="toolbar">⟦a 全屏阅读⟧ ⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 保存到我的书架⟧</div>
</section>
<article class="reader">
{BODY}
</article>
<div class="paywall">
<p>⟦a 免费预览到此为止，余下内容开通文库月卡即可阅读⟧</p>
<button>⟦a 立即开通⟧</button>
</div>
<aside class="related">
<h3>⟦l 看过本文档的人还看了⟧</h3>
<ul>
<li>⟦l 家庭氧疗患者随访记录表⟧</li>
<li>⟦l 慢阻肺患者居家护理指导手册⟧</li>
<li>⟦l 居家医疗设备用电安全提示⟧</li>
</ul>
</aside>
<footer class="zy-foot">
<p>⟦d 本文档由用户“氧疗小站”上传，知源文库只提供在线预览服务，若有版权问题请点此申诉。⟧</p>
<p>⟦m 知源文库 zhiyuanwk.com　浙ICP备20044617号-2⟧</p>
</footer>
<script>ZYReader.init({docId: "5720938816", pages: 4});</script>
</body>
</html>
""",
        p_html='<p class="zy-line">{}</p>',
        pages=dict(fmt="⧰ {n} ⧰", every=130, start=2),
        body="""
今年2月至3月，县卫生健康局会同县消防救援大队，对全县居家使用制氧机的安全情况开展了专题调研，走访患者家庭86户，召开座谈会4场。现将调研情况报告如下。
一、基本情况
全县登记在册的居家氧疗患者共312人，其中使用家用制氧机的283人，多数为慢阻肺和心衰患者。制氧机以3升机和5升机为主，使用年限在三年以上的占四成。
二、存在的问题
一是用氧环境有隐患。调研中发现，有19户把制氧机放在厨房灶台附近，有7户在吸氧时吸烟。二是维护保养不到位。过半数家庭从未更换过过滤棉，湿化瓶里长期使用自来水。三是停电应对能力弱，农村家庭普遍没有备用氧气瓶。
三、几点建议
建议由乡镇卫生院牵头，将居家氧疗患者纳入家庭医生重点随访对象，每季度上门检查一次设备；消防部门结合入户宣传，发放用氧安全提示卡。
邽山县卫生健康局调研组
2024年3月28日
""",
    ),
    dict(
        slug="wenku-yunmo-plan-dashcam-wrapped-markers",
        site="云墨文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunmo365.com/view/8e21c07a4b.html",
        title="鄚溪县公交车辆行车记录仪升级改造工作方案",
        record_title="鄚溪县公交车辆行车记录仪升级改造工作方案【精品可下载】- 云墨文库",
        date="2024-04-09",
        notes=(
            "a 文库 preview text hard-wrapped at 62 columns, with page markers ⏮n⏭ glued to the continuation line; "
            "decimal headings 1.1–3.2; 成文日期 in Chinese numerals; upload stamp and price line are no dates"
        ),
        page="""
!m 云墨文库 · 好文档一搜就有
!m 文档分类：交通运输 > 城市公交
!t 鄚溪县公交车辆行车记录仪升级改造工作方案【精品可下载】
!m 共5页　约1400字　上传时间 2024-04-15　贡献者：yunmo_8812
!a 下载文档　|　加入收藏　|　举报
{BODY}
!a 余下内容需下载查看，本文档售价 3.00 元
!a 开通云墨会员，全站文档免费下
!l 相似文档推荐
!l 公交车辆智能监控系统建设方案
!l 出租汽车车载终端安装验收规范
!d 云墨文库中的文档均由用户上传，仅供学习参考，请勿用于商业用途。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⏮{n}⏭", every=70, start=2, glue=True),
        body="""
为提升公交运营安全管理水平，根据市交通运输局有关要求，结合我县实际，制定本方案。
1. 工作目标
1.1 2024年9月底前，完成全县186辆公交车行车记录仪的升级改造，实现前方路况、车内客区、驾驶员状态三路画面同步录制。
1.2 录像资料保存时间由现在的7天延长到30天。
2. 实施步骤
2.1 摸底阶段（4月）。县公交公司逐车登记现有设备型号、安装位置和故障情况。
2.2 改造阶段（5月至8月）。分线路分批次安装，每批不超过20辆，确保不影响正常营运。
2.3 验收阶段（9月）。由县交通运输局组织抽查，抽查比例不低于30%。
3. 保障措施
3.1 改造资金由县财政和公交公司按比例分担，专款专用。
3.2 严禁驾驶员遮挡、拔插行车记录仪，一经发现按公司制度处理。
鄚溪县交通运输局
二〇二四年四月九日
""",
    ),
    dict(
        slug="gov-qichuan-notice-freezer-index-table",
        site="郪川县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qichuan.gov.cn/zwgk/bmwj/scjgj/202406/t20240617_88214.html",
        title="关于开展夏季冷饮冰柜安全隐患专项排查的通知",
        record_title="关于开展夏季冷饮冰柜安全隐患专项排查的通知-部门发文-郪川县人民政府网",
        date="2024-06-14",
        date_also=["2024-06-17"],
        notes=(
            "county portal: 关怀版/读屏 links, 索引号 table (the 文号 cell unmarked, neutral), an attachment download "
            "link beside the notice's own 附件 list, the notice's 联系人/电话 beside the portal's service line, 抄送 line; "
            "the 成文日期 differs from the table's 发布日期"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展夏季冷饮冰柜安全隐患专项排查的通知-部门发文-郪川县人民政府网</title>
<meta name="SiteName" content="郪川县人民政府网">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="gov-top">
<span>⟦m 郪川县人民政府网⟧</span>
<a href="/ghb/">⟦a 关怀版⟧</a> <a href="javascript:void(0)" id="screenReader">⟦a 读屏助手⟧</a> <a href="/en/">⟦a 外文版⟧</a>
</div>
<ul class="gov-nav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjqc/">⟦m 走进郪川⟧</a></li>
</ul>
<div class="loc">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门发文 &gt; 县市场监管局⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11513207MB0C21765K/2024-00318⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：郪川县市场监督管理局⟧</td><td>⟦m 发布日期：2024-06-17⟧</td></tr>
<tr><td colspan="2">文号：郪市监〔2024〕41号</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 【字号调节：A+ A A-】⟧ ⟦a 【打印这篇】⟧ ⟦a 【关掉此页】⟧</div>
<div class="content">
{BODY}
</div>
<div class="fj">⟦a 附件下载：冷饮冰柜安全隐患排查表.xlsx　排查情况汇总表.xlsx⟧</div>
</div>
<div class="share">⟦l 分享至：微信 ｜ 微博 ｜ QQ空间⟧</div>
<div class="gov-foot">
<p>⟦m 主办：郪川县人民政府办公室　承办：郪川县大数据中心⟧</p>
<p>⟦m 政府网站服务热线：0836-7720000⟧</p>
<p>⟦m 网站标识码：5132070019　蜀ICP备05017736号　川公网安备51320702000118号⟧</p>
<p><a href="/jiucuo/">⟦a 我要纠错⟧</a></p>
</div>
<script>$(function(){ /* font size */ });</script>
</body>
</html>
""",
        body="""
各市场监管所，县局各股室：
为防范夏季冷饮冰柜漏电、超温等安全隐患，保障群众消费安全，县局决定自6月下旬起在全县开展冷饮冰柜安全隐患专项排查。现将有关事项通知如下：
一、排查范围。全县商超、小卖部、冷饮店和学校周边店铺使用的卧式冰柜、展示冰柜。
二、排查重点。冰柜是否接地，插座是否私拉乱接，柜内温度是否低于零下18℃，冷饮是否与其他食品混放。
三、时间安排。6月20日至7月20日为集中排查阶段，各所于7月25日前将排查表报县局食品经营股。
联系人：樊小禾，电话：0836-7721564。
附件：1.冷饮冰柜安全隐患排查表
2.排查情况汇总表
郪川县市场监督管理局
2024年6月14日
抄送：县应急管理局，县消防救援大队。
""",
    ),
    dict(
        slug="gov-beihu-bulletin-nebulizer-record",
        site="邶湖区人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.beihu.gov.cn/xxgk/bmxx/wjj/202410/t20241021_30712.html",
        title="关于全区基层医疗机构雾化器消毒管理督查情况的通报",
        record_date="2024-10-18",
        date="2024-10-18",
        date_also=["2024-10-21"],
        notes=(
            "title and date given by the record; 文号 line neutral; a results table one row a paragraph; "
            "抄送 and 印发 lines; page toolbar and portal footer"
        ),
        page="""
!m 鄘城市邶湖区人民政府门户网站
!m 首页 » 信息公开 » 部门信息 » 区卫生健康局
{T}
!m 信息来源：区卫生健康局　发布日期：2024-10-21　浏览次数：227
!a 【打印正文】【关闭】【字号：特大 大 中】
邶卫健函〔2024〕58号
{BODY}
!l 上一条：邶湖区2024年秋冬季传染病防控工作提示
!l 下一条：区卫生健康局关于开展敬老月义诊活动的通知
!m 主办单位：鄘城市邶湖区人民政府办公室　网站标识码：5113030012
!m 蜀ICP备12033071号　技术支持：鄘城云图信息技术有限公司
""",
        indent="\u3000\u3000",
        body="""
各街道社区卫生服务中心，各民营医疗机构：
9月下旬，区卫生健康局组织对全区23家基层医疗机构雾化器消毒管理情况进行了督查。现将有关情况通报如下。
一、总体情况
多数单位能够做到一人一用一消毒，雾化杯、面罩和管路专人专用。督查结果如下：
单位类型　督查数　合格数　合格率
社区卫生服务中心　9　8　88.9%
民营诊所　14　10　71.4%
二、存在问题
一是个别诊所雾化面罩重复使用；二是部分单位消毒登记不全，无法追溯；三是少数雾化器长期未清洗，管路内有积水。
三、整改要求
请存在问题的单位于11月10日前完成整改，整改报告报区卫生健康局医政科，区卫生健康局将适时组织复查。
鄘城市邶湖区卫生健康局
2024年10月18日
抄送：区疾病预防控制中心。
鄘城市邶湖区卫生健康局办公室　2024年10月18日印发
""",
    ),
    dict(
        slug="news-guishan-dashcam-taxi-caption",
        site="邽山融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.guishanrm.cn/bdyw/2024-05/09/content_417726.html",
        title="全县出租车实现双路行车记录仪全覆盖",
        record_title="本地要闻｜全县出租车实现双路行车记录仪全覆盖_邽山融媒",
        date="2024-05-09",
        notes=(
            "county news portal: an app prompt glued before the lead, a photo caption on a line of its own between "
            "paragraphs, an editor line glued after the last sentence, 24-hour list, listen button; the byline's "
            "发布时间 is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>本地要闻｜全县出租车实现双路行车记录仪全覆盖_邽山融媒</title>
<script async src="https://tj.guishanrm.cn/t.js"></script>
</head>
<body>
<div class="rm-top"><a href="/">⟦m 邽山融媒⟧</a> <span>⟦m 邽山县融媒体中心主办⟧</span> <a href="/app">⟦a 下载邽山融媒客户端⟧</a></div>
<nav class="rm-nav"><a href="/">⟦m 首页⟧</a> <a href="/bdyw/">⟦m 本地要闻⟧</a> <a href="/ms/">⟦m 民生⟧</a> <a href="/zw/">⟦m 政务⟧</a> <a href="/sp/">⟦m 视频⟧</a></nav>
<main>
<h1 class="rm-title">{T}</h1>
<div class="rm-byline">⟦m 发布时间：2024-05-09 10:26　来源：邽山融媒　记者：骆晴川⟧</div>
<div class="rm-listen">⟦a ▶ 听新闻⟧</div>
<div class="rm-body">
{BODY}
</div>
<div class="rm-share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
</main>
<aside class="rm-side">
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 邽山至鄚溪城际公交6月开通⟧</li>
<li>⟦l 县城老旧小区加装电梯第二批名单出炉⟧</li>
<li>⟦l 端午假期全县道路交通安全提示⟧</li>
</ol>
<div class="ad">⟦m 广告位招租 0836-3100256⟧</div>
</aside>
<footer>⟦d 邽山融媒原创稿件，未经书面授权不得转载，违者追究法律责任。⟧<br>⟦m 互联网新闻信息服务许可证编号：51120230027　蜀ICP备19007451号⟧</footer>
</body>
</html>
""",
        body="""
⟦a 打开邽山融媒APP，看更多本地新闻⟧本报讯（记者 骆晴川）5月8日，记者从县交通运输局获悉，全县412辆巡游出租车已全部完成双路行车记录仪加装，车外路况和车内情况同步录制，实现全覆盖。
“过去乘客说司机绕路，司机说乘客赖账，双方各执一词，现在调出录像一看就清楚了。”县出租汽车管理所所长谭广新介绍，今年以来因车内纠纷引发的投诉同比下降了31%。
⟦m 图为技术人员在为出租车调试行车记录仪。（骆晴川 摄）⟧
据了解，新装的记录仪具备断电续录功能，录像资料在后台保存30天，乘客遗失物品也可通过录像快速查找。
县交通运输局提醒，驾驶员不得擅自遮挡或关闭记录仪，违者将被约谈，并扣减服务质量信誉考核分。⟦m （责任编辑：龚一禾　审核：谭晓）⟧
""",
    ),
    dict(
        slug="news-yongcheng-glucose-village-relative-time",
        site="鄘城观察网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yongchengguancha.com/minsheng/20241107/n662301.shtml",
        title="“血糖仪进村”让慢病老人少跑腿",
        record_title="“血糖仪进村”让慢病老人少跑腿 - 民生 - 鄘城观察网",
        date=None,
        notes=(
            "news page whose only time is relative (5小时前): no date; an extended-reading link on a line of its own "
            "between paragraphs; a share bar glued after the last sentence; hot list and footer"
        ),
        page="""
!m 鄘城观察网
!m 鄘城观察网 > 民生频道 > 正文
!t “血糖仪进村”让慢病老人少跑腿 - 民生 - 鄘城观察网
!m 来源：鄘城观察网　5小时前　阅读 2.1万
{BODY}
!l 全天热读榜
!l 1 鄘城地铁2号线东延段开始铺轨
!l 2 邶湖区新增三处口袋公园
!l 3 冬季供暖何时开始？官方回应来了
!d 鄘城观察网所载原创内容，转载请注明出处，不得歪曲、篡改原意。
!m 鄘城观察网 版权所有　违法和不良信息举报电话：0836-5588120
""",
        indent="\u3000\u3000",
        body="""
近日，鄘城市邶湖区峣湾乡的12个行政村卫生室都配上了新的血糖仪，家住半山腰的糖尿病老人不出村就能测血糖。
“以前测一次血糖要坐一个多小时的车去乡卫生院，现在走几步路就到村卫生室，医生还帮着记本子。”68岁的村民韩桂英说。
⟦l 延伸阅读：家庭医生签约服务再扩面，今年重点覆盖独居老人⟧
据乡卫生院介绍，这批血糖仪由区里统一采购配发，村医经过集中培训后持证上岗。村卫生室每月将测量数据汇总到乡卫生院，血糖控制不好的老人由家庭医生上门随访。
目前，全乡纳入管理的糖尿病患者有430多人，规范管理率比去年提高了近二十个百分点。⟦l 一键转发：微信　朋友圈　微博⟧
""",
    ),
    dict(
        slug="forum-chengyang-carclub-dashcam-jammer",
        site="郕阳车友会 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.chengyangcheyou.com/thread-207318-1-1.html",
        title="装了三年行车记录仪，内存卡这些坑别再踩",
        record_title="[车主手记] 装了三年行车记录仪，内存卡这些坑别再踩（附选卡清单）- 车友杂谈 - 郕阳车友会",
        date=None,
        notes=(
            "Discuz-like car owners' forum: jammer-font junk glued and on lines of its own, a poster box, rating "
            "row, signature, reply box; the post time is relative (3 天前): no date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[车主手记] 装了三年行车记录仪，内存卡这些坑别再踩（附选卡清单）- 车友杂谈 - 郕阳车友会</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="hd"><a href="/">⟦m 郕阳车友会⟧</a> <span>⟦m 郕阳本地车主交流平台⟧</span> <a href="member.php?mod=register">⟦a 注册车友号⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a></div>
<div id="pt">⟦m 郕阳车友会 › 车友杂谈 › 查看帖子⟧</div>
<div class="thread-head"><span>⟦m 查看: 5127 ｜ 回复: 48⟧</span>
<h1><span id="thread_subject">{T}</span></h1></div>
<table class="plhin"><tr>
<td class="pls">⟦m 老谭开车⟧<br>⟦m 帖子 1033 ｜ 积分 2876 ｜ 车龄 7 年⟧</td>
<td class="plc">
<div class="authi">⟦m 发表于 3 天前 ｜ 只看楼主⟧</div>
<div class="t_f" id="postmessage_9917620">
{BODY}
</div>
<div class="sign">⟦m 签名：慢一点，平安到家比什么都强⟧</div>
<div class="po">⟦a 评分　收藏　转发　顶一下　踩一下⟧</div>
</td></tr></table>
<div class="pgs">⟦l 上一主题：新手上路，倒车影像要不要加装？⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论 立即登录 ｜ 没有账号？注册车友号⟧</div>
<div id="ft">⟦m 郕阳车友会　皖ICP备21033918号⟧ ⟦m 页面执行时间 0.047 秒⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=3),
        body="""
本人开车七年，前后换过两台行车记录仪，踩过的坑主要都在内存卡上，今天整理一下分享给大家。
第一，卡要买高耐久的。记录仪是循环录像，一天到晚反复擦写，普通卡用半年就容易坏，坏了还不报警，真出事时才发现什么都没录上。
第二，容量不是越大越好。我现在用的是64G，前后双路能循环录十来个小时，够用了。太大的卡格式化一次要很久，有些机器还不认。
第三，每个月格式化一次。最好在记录仪上格式化，不要插到电脑上弄，这个是修车师傅教我的。
第四，夏天注意高温。车停在太阳底下，中控台能到六七十度，卡和机器都受不了，能停阴凉处就停阴凉处。
以上纯属个人经验，欢迎各位车友补充。
""",
    ),
    dict(
        slug="forum-miantuan-nebulizer-junk-text",
        site="棉花糖家长圈 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.mianhuatang.net/t/3381627",
        title="孩子做雾化三个月，说说我家的经验",
        record_title="[育儿交流] 孩子做雾化三个月，说说我家的经验（清洗步骤在最后）- 妈咪帮帮 - 棉花糖家长圈",
        date=None,
        notes="parents' forum thread: anti-scraping junk on lines of its own and glued after 。; post time 昨天: no date; replies below",
        page="""
!m 棉花糖家长圈 - 一起带娃不孤单
!m 首页 › 妈咪帮帮 › 帖子详情
!t [育儿交流] 孩子做雾化三个月，说说我家的经验（清洗步骤在最后）
!m 浏览 3906　回复 27
!m 二宝妈咪小鹿　发表于 昨天 21:40　只看楼主
{BODY}
!a 点赞(41)　收藏　举报
!l 沙发　糖糖麻麻：太有用了，我家也在做雾化，面罩那条记下了
!l 板凳　阿布爸爸：想问下楼主用的是哪种雾化器
!l 地板　楼主回复阿布爸爸：压缩式的，医院推荐的
!a 登录后参与回复，你的经验也能帮到别人
!m 棉花糖家长圈 © 2015-2024　京ICP备15046651号
""",
        junk=dict(lines=2, glued=2),
        body="""
我家老二三岁，秋冬季节一感冒就咳，医生让在家做雾化，前前后后用了三个月，说几点体会。
一是雾化前别给孩子吃太饱，不然容易吐。我们一般饭后一小时再做。
二是面罩要贴紧口鼻。孩子哭闹时吸进去的药反而少，这是护士教的，所以尽量哄着做，哭得厉害就停一停。
三是做完要洗脸漱口，药留在脸上容易起疹子。
四是每次用完把雾化杯拆开，用温水冲干净晾干，每周用开水烫一次，管子里有水珠一定要甩干。
最后提醒一句，用什么药、用几天一定听医生的，别自己加量。
""",
    ),
]
