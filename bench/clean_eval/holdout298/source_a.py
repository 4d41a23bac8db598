"""holdout298, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text case each).

Every case written by hand: invented places (饸川, 馃阳, 粿溪, 籺湖, 饤坪 …), people, sites,
URLs and chrome wording; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-brush-industry-gb2312",
        site="墨耕范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfw.com/jh/chanye/20240506/41873.html",
        title="在全县制刷产业高质量发展推进会上的讲话",
        record_title="【县领导讲话】在全县制刷产业高质量发展推进会上的讲话（精编2篇）_墨耕范文苑",
        date="2024-04-17",
        date_also=["2024-05-06"],
        notes="old gb2312 table page: marquee, reading-size row, hot list, floating QQ box, visitor counter; "
        "speaker and date lines under the title (neutral); the site's posting date differs from the speech's; "
        "a ghost-writer line between paragraphs and a collect link glued after a 。",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【县领导讲话】在全县制刷产业高质量发展推进会上的讲话（精编2篇）_墨耕范文苑</title>
<meta name="keywords" content="制刷产业,讲话稿,衣刷">
<link href="/css/mg2011.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨耕范文苑　笔耕不辍·文以载道⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 会员登陆⟧</a>　<a href="/user/reg.asp">⟦a 新会员注册⟧</a>　<a href="javascript:addfav()">⟦a 把墨耕加入书签⟧</a></td></tr>
</table>
<table width="960" align="center" class="menu"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jh/">⟦m 讲话致辞⟧</a></td><td><a href="/zj/">⟦m 总结汇报⟧</a></td><td><a href="/fa/">⟦m 规划方案⟧</a></td><td><a href="/ht/">⟦m 合同协议⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 墨耕范文苑会员已突破三十二万，投稿请发 tougao@mogengfw.com⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td class="weizhi">⟦m 您的位置：网站首页 &gt;&gt; 讲话致辞 &gt;&gt; 产业发展讲话⟧</td></tr></table>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="biaoti" align="center"><b>{T}</b></td></tr>
<tr><td align="center" class="xinxi">⟦m 发布：2024-05-06　来源：会员投稿　人气：1873⟧</td></tr>
<tr><td align="center">⟦a 〖阅读字号：大号 中号 小号〗〖关灯夜读〗⟧</td></tr>
<tr><td align="center">县委副书记、县长　柴文渊</td></tr>
<tr><td align="center">（2024年4月17日）</td></tr>
<tr><td class="zhengwen">
{BODY}
</td></tr>
<tr><td>⟦a 〖复制全文〗〖存为Word〗〖发送到手机〗⟧</td></tr>
<tr><td>⟦l 上一篇：在全县竹木加工产业链推进会上的讲话⟧<br>⟦l 下一篇：制刷企业安全生产大检查动员会讲话提纲⟧</td></tr>
</table></td>
<td width="250" valign="top" class="side">
<table width="100%"><tr><td class="sidetit">⟦l 本月热读榜⟧</td></tr>
<tr><td>⟦l 1.乡镇特色产业发展座谈会发言提纲⟧</td></tr>
<tr><td>⟦l 2.县长在招商引资签约仪式上的致辞⟧</td></tr>
<tr><td>⟦l 3.传统产业转型升级调研报告（3篇）⟧</td></tr>
</table></td></tr></table>
<div id="qqfloat" style="position:absolute;right:0;top:200px">⟦w 写作顾问QQ：3027719485⟧</div>
<table width="960" align="center" class="foot">
<tr><td align="center">⟦d 本苑文章由会员上传，仅供写作借鉴，转载请注明出自墨耕范文苑。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2011-2024 mogengfw.com　蜀ICP备13029184号⟧</td></tr>
<tr><td align="center">⟦m 今日访问：2291　累计访问：8801375⟧</td></tr>
</table>
<script language="javascript">var mg_hits=41873;document.write('<img src="/count.asp?id='+mg_hits+'">');</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天，我们在这里召开全县制刷产业高质量发展推进会，主要是总结去年以来衣刷等日用刷具产业的发展情况，研究部署下一步工作。刚才，粄田镇和三家企业作了交流发言，讲得很实在。
去年，全县制刷企业发展到186家，衣刷、鞋刷年产量突破1.2亿把，猪鬃衣刷出口约占全国同类产品的三成。但也要看到，我们的产品还是以贴牌代工为主，自有品牌少，一把衣刷的利润不到两毛钱。
⟦w 讲话稿改稿、代拟找墨耕，微信 mogeng_wx08 随时在线⟧
下一步，要抓好三件事：一是抓标准，由县市场监管局牵头，年内制定衣刷毛束拉力、植毛密度两项团体标准；二是抓品牌，支持龙头企业共用“饸川刷”区域公用品牌；三是抓人才，依托县职教中心开设制刷工艺班，每年培训熟练工500人以上。⟦a 〖点此收藏本篇〗⟧
同志们，一把小小的衣刷，连着千家万户的就业。希望大家鼓足干劲，把这个传统产业做成富民产业！
""",
    ),
    dict(
        slug="fanwen-qingjian-contract-laundry-basket-template",
        site="青简范文网 (invented)",
        style="范文站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qingjianfw.cn/hetong/jiagong/30817.html",
        title="柳编脏衣篮来料加工合同（范本）",
        record_title="柳编脏衣篮来料加工合同（范本）【可直接打印填写】_青简范文网",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; 第N条 articles; "
        "an article that speaks of 下载/打印 as content; an update stamp (3 天前) is no date; a watermark prompt between articles",
        page="""
!m 青简范文网 · 合同范本频道
!m 当前所在：青简首页 / 合同协议 / 加工承揽合同
!t 柳编脏衣篮来料加工合同（范本）【可直接打印填写】
!m 更新于 3 天前　浏览 2046 次　收录编号 QJ-HT-30817
!a ▶ 一键套用此模板　▶ 导出可编辑文档
{BODY}
!d 模板仅供参考，签约前请结合实际咨询专业人士，青简不承担由此引起的责任。
!l 同类范本：竹编收纳筐订购合同 ｜ 草编工艺品代加工协议 ｜ 家庭作坊委托加工合同
!w 合同定制、审改请加青简客服微信 qjfw_2020
!m 青简范文网 qingjianfw.cn 版权所有
""",
        body="""
甲方（委托方）：××工艺品有限公司
乙方（加工方）：××镇××村柳编专业合作社
为明确双方权利义务，经协商一致，就柳编脏衣篮来料加工事宜订立本合同。
第一条　甲方提供去皮白柳条及内衬布料，乙方按甲方确认的样品编织带盖脏衣篮，规格为＿＿厘米×＿＿厘米，数量＿＿只。
第二条　加工费每只＿＿元，甲方在验收合格后＿＿日内付清。篮体松散、断条超过三处或内衬脱线的，按不合格品处理。
⟦a 温馨提示：开通会员可去掉水印后再打印⟧
第三条　乙方应于＿＿年＿＿月＿＿日前分批交货，每批附装箱单一份；装箱单由甲方提供电子版，乙方下载后自行打印。
第四条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="wenku-shiye-research-dissolvable-laundry-bag-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shiyewk.com/p-8830412.html",
        title="关于全市医疗机构水溶性洗衣袋使用情况的调研报告",
        record_title="关于全市医疗机构水溶性洗衣袋使用情况的调研报告.pdf",
        date="2024-09-12",
        notes="a 文库 reader: viewer toolbar, upload stamp, a paywall and a single-purchase price under the text; "
        "page-marker paragraphs ﹙n﹚ cut sentences; the record gives the file name",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全市医疗机构水溶性洗衣袋使用情况的调研报告.pdf - 拾页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.shiyewk.com/css/reader.v3.css">
<script>window.__DOC__={id:8830412,pages:4,preview:2};</script>
</head><body>
<header class="sy-top"><a class="logo" href="/">⟦m 拾页文库⟧</a>
<form class="search"><input placeholder="搜一搜"><button>⟦a 搜文档⟧</button></form>
<nav class="user"><a>⟦a 登录⟧</a><a>⟦a 传文档领现金⟧</a></nav></header>
<div class="crumbs">⟦m 拾页文库 › 医药卫生 › 医院管理 › 感染控制⟧</div>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 格式：PDF　页数：4页　大小：312KB⟧　⟦m 上传者：hk_2209　上传于 2024-10-03⟧</div>
<div class="toolbar">⟦a 全屏阅读　放大　缩小　跳至第　页⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="paywall"><p>⟦a 试读已到末尾，开通畅读卡可看完整文档⟧</p><p>⟦a ¥5.80 单篇购买　｜　畅读卡 ¥19/月⟧</p></div>
<section class="rel"><h3>⟦l 相似文档推荐⟧</h3><ul>
<li>⟦l 医院感染性织物收集运送流程（PPT）⟧</li>
<li>⟦l 病区布草间管理制度汇编⟧</li>
<li>⟦l 医疗机构洗涤外包质量评估表⟧</li></ul></section>
</main>
<footer><p>⟦d 拾页文库所有文档均由用户上传，若涉及侵权请发函至 jubao@shiyewk.com 处理⟧</p>
<p>⟦m © 2024 shiyewk.com　浙ICP备20011573号-3⟧</p></footer>
<script src="https://static.shiyewk.com/js/reader.v3.js"></script>
</body></html>
""",
        p_html='<p class="pg">{}</p>',
        pages=dict(fmt="﹙{n}﹚", every=150, start=2),
        body="""
为掌握全市医疗机构收集感染性织物时使用水溶性洗衣袋的情况，今年8月，我科会同市医院感染质控中心对全市23家二级以上医疗机构开展了专题调研。现将有关情况报告如下。
一、基本情况。23家医疗机构中，全部科室配备水溶性洗衣袋的有17家，部分科室配备的有4家，尚未配备的有2家。调研组现场查看病区134个，其中执行“先装水溶袋、再装橘红色包装袋”双层收集的有112个。
二、存在问题。一是部分病区把水溶性洗衣袋与普通塑料袋混放，保洁人员容易拿错；二是个别医院采购量不足，夜间只能临时用普通袋代替；三是有的洗涤公司未将水溶袋连同织物整袋入机，而是先拆袋再洗。
三、几点建议。将水溶性洗衣袋纳入病区基数物品管理，在洗涤外包合同中写明整袋入机条款，并对保洁和洗涤人员开展一次专项培训。
籺湖市卫生健康委员会医政医管科
2024年9月12日
""",
    ),
    dict(
        slug="wenku-yunzhan-plan-lunchbag-workshop-wrapped-markers",
        site="云栈文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunzhan365.net/view/5b7e20a1c3.html",
        title="饤坪乡帮扶车间保温饭盒袋生产提质增效方案",
        record_title="【精品文档】饤坪乡帮扶车间保温饭盒袋生产提质增效方案（完整版）",
        date="2024-03-06",
        notes="a 文库 preview hard-wrapped at 60 columns and cut by markers ↤ n ↦ glued to the continuation line; "
        "成文日期 in Chinese numerals; an upload stamp is no date; an 'expand' prompt between paragraphs",
        page="""
!m 云栈文库 › 党政公文 › 乡村振兴
!t 【精品文档】饤坪乡帮扶车间保温饭盒袋生产提质增效方案（完整版）
!m 文档页数：3页　字数：约1400字　上传时间：2024-03-19
!a ☆ 收藏　⇩ 下载（8金币）　⚑ 举报
{BODY}
!a 下载本文档（DOCX格式，内容可编辑）
!l 猜你也在找：帮扶车间管理制度汇编（8篇）　｜　来料加工点建设方案
!d 本文档由用户上传分享，版权归原作者所有，云栈文库仅提供存储与展示。
!m 云栈文库 yunzhan365.net　皖ICP备19004216号
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="↤ {n} ↦", every=130, start=2, glue=True),
        body="""
为进一步提升帮扶车间保温饭盒袋生产质量和订单承接能力，带动更多留守妇女在家门口就业，结合我乡实际，制定本方案。
一、目标任务
到今年年底，车间日产保温饭盒袋由现在的800只提高到1500只，一次交检合格率达到98%以上，稳定吸纳务工人员60人，人均月增收2000元以上。
⟦a ⋯ 点击展开剩余68%内容 ⋯⟧
二、主要措施
（一）改进工序。把裁片、贴铝膜、缝边、上拉链四道工序分组作业，每组设一名质检员，发现铝膜起皱、拉链跑偏的当场返工。
（二）开展培训。请合作企业技师每月到车间授课一次，重点教新手掌握平车缝边和打枣技巧。
（三）拓展订单。在做好现有外贸订单的同时，对接县内中小学和企业食堂，承接定制饭盒袋订单。
三、保障措施
乡帮扶办负责车间日常协调，财政所按季度兑现用工奖补资金。
饤坪乡人民政府
二〇二四年三月六日
""",
    ),
    dict(
        slug="gov-guoyang-notice-shoe-rack-hazard-index-table",
        site="馃阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.guoyang.gov.cn/zwgk/bmdt/zjj/202406/t20240605_1187321.html",
        title="关于开展老旧小区窗外晾鞋架等悬挂物安全隐患排查整治的通知",
        record_title="关于开展老旧小区窗外晾鞋架等悬挂物安全隐患排查整治的通知_住建动态_馃阳县人民政府网",
        date="2024-06-03",
        date_also=["2024-06-05"],
        notes="county portal with 关怀版/无障碍 links, an 索引号 table (the 文号 cell unmarked), a service hotline in the footer "
        "next to the notice's own 联系人/电话/邮箱; 附件 list; the portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展老旧小区窗外晾鞋架等悬挂物安全隐患排查整治的通知_住建动态_馃阳县人民政府网</title>
<meta name="SiteName" content="馃阳县人民政府网"><meta name="ColumnName" content="住建动态">
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script>var _siteCode="5113260014";</script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问馃阳县人民政府网⟧</span><a>⟦a 关怀版⟧</a><a>⟦a 读屏专线⟧</a><a>⟦a 繁体⟧</a><a>⟦a 手机版⟧</a></div>
<div class="header"><div class="logo">⟦m 馃阳县人民政府⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进馃阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门动态 &gt; 县住建局⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11513826MB0F47322K/2024-00391⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发布机构：馃阳县住房和城乡建设局⟧</td><td>⟦m 发布日期：2024-06-05⟧</td></tr>
<tr><td>文号：馃建发〔2024〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a ［收藏此页］［打印正文］［关闭］⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><p>⟦l 馃阳县住建局关于做好汛期城镇房屋安全管理的通知⟧</p><p>⟦l 县住建局2024年老旧小区改造计划公示⟧</p></div>
</div>
<div class="footer">
<p>⟦m 主办：馃阳县人民政府办公室　承办：馃阳县政务数据服务中心⟧</p>
<p>⟦m 网站纠错及服务热线：0837-6212345⟧</p>
<p>⟦m 网站标识码：5113260014　蜀ICP备05012773号⟧</p>
</div>
<script src="/static/js/share-footer.js"></script>
</body></html>
""",
        body="""
各镇人民政府、街道办事处，各物业服务企业：
近期，我县城区接连发生两起居民窗外晾鞋架锈蚀脱落事件，所幸未造成人员伤亡。为消除高空坠物隐患，决定在全县老旧小区开展窗外晾鞋架等悬挂物安全隐患排查整治，现将有关事项通知如下。
一、排查范围。2005年以前建成的老旧小区，重点排查窗外、阳台外侧加装的晾鞋架、晾衣架、花架和空调外机支架。
二、整治要求。对锈蚀、松动的悬挂物，由物业服务企业或社区告知住户限期拆除或加固；确需保留的，应用膨胀螺栓固定并加装防坠绳。
三、时间安排。6月10日至7月31日为集中排查整治阶段，各单位请于8月5日前报送统计表。
联系人：鲍立群，电话：0837-6213507，邮箱：gyjzhaqk@163.com
附件：1.老旧小区悬挂物安全隐患排查表
2.悬挂物整治情况统计表
馃阳县住房和城乡建设局
2024年6月3日
""",
    ),
    dict(
        slug="gov-guoxi-bulletin-laundry-bag-spotcheck-table",
        site="粿溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.guoxi.gov.cn/xxgk/ccjg/202407/t20240716_55190.html",
        title="粿溪县市场监督管理局关于2024年第二季度洗衣袋等家居用品质量抽查结果的通报",
        date="2024-07-15",
        date_also=["2024-07-16"],
        notes="record title as is; 文号 line under the title (neutral); a data table one row a paragraph; 抄送 and 印发 lines; "
        "a sentence asking readers to 关注 an account (content); a policy-graphic link between paragraphs; byline date differs",
        page="""
!m 粿溪县人民政府门户网站
!m 首页 » 信息公开 » 法定主动公开内容 » 抽查通报
{T}
粿市监通〔2024〕27号
!m 发文单位：县市场监管局　发布时间：2024-07-16 10:02　浏览次数：431
!a ［A+］［A-］［打印本文］［收藏本文］
{BODY}
!l 上一条：关于开展电动自行车集中充电场所检查的通报
!l 下一条：粿溪县2024年食品安全抽检信息公告（第3期）
!m 粿溪县人民政府办公室主办　县大数据中心维护
!m 政府网站标识码5113270009　公网安备51132702000113号
""",
        body="""
各市场监管所，局机关各股室：
2024年第二季度，我局对县内商超、网店和批发市场销售的洗衣袋、脏衣篮等家居用品开展了质量监督抽查，共抽取样品36批次，检出不合格9批次。现将结果通报如下。
产品名称　抽查批次　不合格批次　主要不合格项目
洗衣袋　20　6　拉链耐往复拉次数、网布断裂强力
脏衣篮　10　2　承重变形量
饭盒袋　6　1　铝膜剥离强度
⟦l 〔图解〕一张图看懂洗衣袋怎么选⟧
对抽查不合格产品，各市场监管所要依法督促销售者下架，并追溯生产企业；对连续两次抽查不合格的，列入重点监管名单。
请广大消费者选购洗衣袋时注意查看拉链和网眼，可关注“粿溪市场监管”公众号查询本次抽查的详细结果。
粿溪县市场监督管理局
2024年7月15日
抄送：县人民政府办公室，市市场监督管理局。
粿溪县市场监督管理局办公室　　2024年7月15日印发
""",
    ),
    dict(
        slug="news-gehu-lunchbag-deposit-canteen-caption",
        site="籺湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gehunews.cn/bdxw/2024-11/08/content_771203.html",
        title="绠城区社区食堂推出押金饭盒袋，一年少用塑料袋12万个",
        record_title="绠城区社区食堂推出押金饭盒袋，一年少用塑料袋12万个_本地新闻_籺湖新闻网",
        record_date="2024-11-08",
        date="2024-11-08",
        notes="news portal: app prompt glued before the lead, a photo caption between paragraphs, an editor line glued "
        "after the last sentence, a 24-hour list, an ad slot and a share bar; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>绠城区社区食堂推出押金饭盒袋，一年少用塑料袋12万个_本地新闻_籺湖新闻网</title>
<meta name="description" content="社区食堂押金饭盒袋">
<script async src="https://ads.gehunews.cn/slot.js"></script>
</head><body>
<div class="g-top">⟦m 籺湖新闻网　籺湖日报社主办⟧　<a>⟦a 登录｜注册⟧</a>　<a>⟦a 下载籺湖新闻APP⟧</a></div>
<nav class="g-nav">⟦m 首页　本地　民生　财经　文旅　视频　专题⟧</nav>
<div class="g-crumb">⟦m 籺湖新闻网 ＞ 本地新闻 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 2024-11-08 07:32　来源：籺湖日报　阅读 5061⟧</div>
<div class="share-top">⟦l 分享至：微信　微博　QQ空间　复制链接⟧</div>
<div class="content">
{BODY}
</div>
<div class="ad-slot">⟦a 【广告】绠城家政年末大促，上门保洁9.9元起⟧</div>
</article>
<aside><h3>⟦l 24小时热点⟧</h3><ol>
<li>⟦l 籺湖今冬首场寒潮来袭，最低气温将跌破零度⟧</li>
<li>⟦l 绠城区新增3处口袋公园，年底前全部开放⟧</li>
<li>⟦l 市区12条公交线路下周起调整首末班时间⟧</li></ol></aside>
<footer><p>⟦m 互联网新闻信息服务许可证：51120220031⟧</p><p>⟦d 未经籺湖新闻网书面授权，不得转载、摘编本网作品⟧</p><p>⟦m 违法和不良信息举报：0817-2297110⟧</p></footer>
<script src="https://www.gehunews.cn/js/pv.js"></script>
</body></html>
""",
        body="""
⟦a 打开籺湖新闻客户端，看更多身边事⟧本报讯（记者 管晓棠 通讯员 冉冬）“饭盒袋押二十块，吃完送回来就退。”11月6日中午，在绠城区缪家巷社区长者食堂，志愿者正给打包午餐的老人递上印着社区标志的帆布饭盒袋。
去年10月起，区内14家社区食堂试行押金饭盒袋，居民交20元押金领一只保温饭盒袋，下次就餐时归还，由食堂统一清洗消毒。
⟦m 图为居民在缪家巷社区长者食堂领取押金饭盒袋。冉冬 摄⟧
据区商务局统计，一年来社区食堂共发放押金饭盒袋4300只，回收率超过九成，少用一次性塑料袋约12万个。
缪家巷社区党委书记蔺红英说，下一步将在饭盒袋上加印二维码，居民扫码就能查看当天菜单和配送时间。⟦m （责编：孔令禾　校对：白雪）⟧
""",
    ),
    dict(
        slug="news-xilan-clothes-brush-workshop-byline",
        site="西岚视窗 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xilanview.com/chanjing/2024/1021/66310.html",
        title="饸川老刷庄推出手工马毛衣刷，订单排到明年春天",
        record_title="【产业观察】饸川老刷庄推出手工马毛衣刷，订单排到明年春天｜西岚视窗",
        date="2024-10-21",
        notes="news page: the portal's name opens the lead (its name line at the top matched as head); a byline's 发布时间 is "
        "the page's date; a related link between paragraphs and a share prompt glued after a 。",
        page="""
!m 西岚视窗
!m 首页 ／ 产经 ／ 县域经济
{T}
!m 发布时间：2024-10-21 09:15　来源：西岚视窗　记者：童若溪
!a 听新闻　｜　大字号　｜　分享
{BODY}
!m 责任编辑：晏秋
!l 产经热榜
!l 饸川制刷产业园二期项目开工
!l 粄田镇猪鬃收购价连涨三个月
!m 西岚视窗版权所有　电话：0833-5102671
""",
        body="""
西岚视窗讯　走进饸川县粄田镇的褚记刷庄，二十多名工人正低头给木柄打孔、植鬃。这家创办于1923年的老刷庄，今年推出的手工马毛衣刷，一把售价168元，订单已经排到了明年春天。
“机器植的毛容易掉，手工一束一束打进去，用上十年也不松。”第四代传人褚远山拿起一把衣刷，在呢子大衣上轻轻刷了几下，衣面上的浮尘和毛屑一下就干净了。
⟦l 延伸阅读：饸川日用刷具年产值突破20亿元⟧
褚远山介绍，刷庄去年开了网店，年轻顾客占到六成，不少人买来打理羊绒衫和西装。为了招徒弟，刷庄和县职教中心合办了制刷工艺班，首批18名学员已能独立完成植鬃工序。⟦a ↗分享到朋友圈⟧
据饸川县商务局统计，全县手工衣刷今年出口到23个国家和地区，带动1100余人就业。
""",
    ),
    dict(
        slug="forum-qiaojiang-post-pvc-shoe-rack-jammer",
        site="巧匠家居论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qiaojiangjia.com/thread-402217-1-1.html",
        title="用PVC水管自制阳台晾鞋架",
        record_title="[巧手DIY] 用PVC水管自制阳台晾鞋架（附尺寸多图） - 居家改造 - 巧匠家居论坛",
        date=None,
        notes="Discuz-like forum with jammer fonts between and glued after sentences; the post time is relative (3 天前); "
        "numbered steps; a rating row, a signature and a reply box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[巧手DIY] 用PVC水管自制阳台晾鞋架（附尺寸多图） - 居家改造 - 巧匠家居论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?Xk2"></script>
</head><body>
<div id="toptb">⟦a 设为主页⟧ ⟦a 收藏巧匠⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="hd"><a class="logo">⟦m 巧匠家居论坛⟧</a><ul id="nv"><li>⟦m 门户⟧</li><li>⟦m 论坛⟧</li><li>⟦m 家居装修⟧</li><li>⟦m 达人秀⟧</li></ul></div>
<div id="pt">⟦m 巧匠家居论坛 › 论坛 › 居家改造 › 查看内容⟧</div>
<div id="postlist">
<table><tr><td class="pls"><div class="pi">⟦m 阿福修补铺⟧</div><p>⟦m 帖子 318　积分 2611　巧匠勋章 ×3⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [巧手DIY] 用PVC水管自制阳台晾鞋架（附尺寸多图）⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8820311">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　巧匠币 +18　收起理由：实用，已收藏⟧</div>
<div class="sign">⟦m 签名：修修补补又三年，家里的东西我来管⟧</div>
<div class="po">⟦a 回复　引用　举报　只看楼主⟧</div>
</td></tr></table></div>
<div class="reply">⟦l 楼上网友：管卡用哪种型号的？求链接⟧</div>
<div id="f_pst">⟦a 请先登录再参与讨论，还没有账号？马上注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　巧匠家居论坛　粤ICP备17033018号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里三个孩子，鞋子一刷就是七八双，阳台原来那个铁丝晾鞋架早就锈穿了。上周末我自己用PVC水管做了一个，花了不到四十块，分享一下过程。
材料：20毫米PVC管6米，三通12个，弯头4个，管卡若干，PVC胶水一瓶。
1.先把水管锯成40厘米长的短管10根、15厘米长的斜插管12根。
2.用三通把短管连成上下两层框架，斜插管插在三通上，斜着朝上，正好套住鞋口。
3.最后用管卡把框架固定在阳台栏杆内侧。千万别装在栏杆外面，掉下去砸到人就麻烦了。
做好以后一次能晾12双鞋，下雨天挪到阳台里面也不占地方。有问题可以跟帖问，我看到就回。
""",
    ),
    dict(
        slug="forum-youju-post-laundry-bag-mesh-junk",
        site="柚居生活论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.youjulife.com/forum/t/77120",
        title="洗衣袋到底选粗网还是细网？用了三年的一点经验",
        record_title=None,
        date=None,
        notes="no record title: the thread subject is the title; anti-scraping junk as lines and glued after 。; "
        "the post time is 昨天; numbered points; replies and a login prompt under the post",
        page="""
!m 柚居生活论坛 › 家务经验交流 › 清洁收纳
!m 查看 1352 ｜ 回复 27
{T}
!m 米粒妈妈　发表于 昨天 21:40　只看楼主
{BODY}
!l 沙发　栗子酱：粗网的能洗羽绒服吗？
!l 板凳　老周爱做饭：学到了，拉链头那条太重要了
!a 登录后才能回复哦　立即登录 ｜ 注册账号
!m 柚居生活论坛 ©2024　京ICP备18047702号
""",
        junk=dict(lines=2, glued=2),
        body="""
先说结论：洗内衣、毛衣用细网，洗牛仔裤、床单用粗网，一个袋子别塞太满。
我家的滚筒洗衣机用了五年，以前内衣直接扔进去，钢圈好几次卡进内筒缝里，修一次花了两百多。后来买了一套洗衣袋，细网的装内衣和丝袜，粗网的装外套，再没出过问题。
有几点体会：
一、袋子只装三分之二，塞满了洗不干净，还容易甩不干。
二、拉链头一定要塞进袋口的小口袋里，不然会刮花内筒。
三、细网袋隔一两个月用旧牙刷刷一下网眼，里面积的毛絮很多。
洗衣袋便宜，十几块钱一套，但最好选网布厚一点的，薄的洗几次就破洞了。
""",
    ),
]
