"""holdout356, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-zhiyuan-speech-corner-guards-gb2312",
        site="纸鸢范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhiyuanfw.com/jianghua/anquan/2025/0419/58812.html",
        title="县卫健局副局长在全县托育机构安全防护工作推进会上的讲话",
        record_title="【精修讲稿】县卫健局副局长在全县托育机构安全防护工作推进会上的讲话（删改即用）_纸鸢范文网",
        date="2025-04-17",
        notes="old table layout with marquee, font row, floating ghost-writer box, hot list and counter; date under the speech title; a 1. 2. 3. list inside a paragraph; a writing-service prompt glued after a sentence and a member line between paragraphs",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【精修讲稿】县卫健局副局长在全县托育机构安全防护工作推进会上的讲话（删改即用）_纸鸢范文网</title>
<script language="javascript" src="/js/qqfloat.js"></script>
<script>document.write('<img src="/count.asp?id=58812" width=0 height=0>');</script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 纸鸢范文网⟧</td><td class="slogan">⟦m 一纸成文 · 讲话稿总结计划随手取⟧</td><td><a href="/fav.asp">⟦a 点此收藏纸鸢⟧</a></td></tr>
<tr><td colspan="3"><marquee scrollamount="3">⟦m 公告：纸鸢范文网每晚八点更新领导讲话、述职述廉、心得体会三大栏目，敬请留意⟧</marquee></td></tr>
<tr><td colspan="3" class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">工作总结</a> | <a href="/jihua/">工作计划</a> | <a href="/xinde/">心得体会</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您当前的位置：纸鸢范文网 &gt;&gt; 领导讲话 &gt;&gt; 安全生产讲话⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 收录：纸鸢编辑组　人气：<font color=red>1638</font>　字数：约1400字⟧</div>
<div class="zihao">⟦a 〖阅读字体 特大 大 中 小〗〖护眼底色 米黄 淡绿 白〗⟧</div>
<p align="center">（2025年4月17日）</p>
{BODY}
<div class="xiazai">⟦a ★ 下载本篇讲话的Word原稿（会员3金币） ★⟧</div>
<div class="shangxia">⟦l 上一篇：乡镇幼儿园安全工作会议表态发言⟧<br>⟦l 下一篇：校园周边食品安全整治动员讲话⟧</div>
</td>
<td width="250" valign="top" class="right">
<div class="bt">⟦l 本周阅读排行⟧</div>
<div>⟦l ① 托育服务质量提升年活动讲话⟧</div>
<div>⟦l ② 在全县学前教育工作会上的讲话⟧</div>
<div>⟦l ③ 儿童意外伤害防控工作部署讲话⟧</div>
<div class="qqfloat">⟦w 笔杆代劳：讲话稿48小时交稿 QQ 2870451963⟧</div>
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td>
⟦d 纸鸢范文网所收范文仅供写作参考，转载使用请自行核实并修改⟧<br>
⟦m 纸鸢范文网 zhiyuanfw.com 湘ICP备13052607号⟧<br>
⟦m 本页已被阅览 <font color=red>000218736</font> 人次⟧
</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开这次会议，主要任务是通报前期全县托育机构和幼儿园安全防护排查情况，部署下一阶段桌角、柜角等尖锐边角的防磕碰整改工作。刚才，两个机构作了交流发言，讲得很实在，我都赞同。
一、排查发现的问题不容忽视。3月以来，县卫健局会同县教育局对全县46家托育机构、71所幼儿园开展了拉网式排查，共发现桌角、柜角、窗台等尖锐边角未加防护的点位1137处。有的机构虽然装了桌角保护套，但用的是劣质泡棉，孩子一抠就掉，反而有被误食的风险。⟦w 公文代写、讲话提纲润色，扫码加微信：zhiyuan_bigan⟧
二、整改要抓住三个重点。1.全面加装，所有儿童活动区域的桌角、柜角要在5月31日前全部加装保护套，优先选用硅胶一体成型的产品。2.每日查看，保育员晨检时要顺手查一遍保护套有没有松动、开裂。3.建立台账，每个机构都要登记加装数量、更换时间和责任人。
⟦a 开通纸鸢会员，全站讲话稿不限次复制⟧
三、责任要落实到人。各乡镇卫生院要把托育机构防磕碰整改纳入日常巡查，县卫健局将在6月上旬组织“回头看”，对整改不到位的机构予以通报并限期整改。
同志们，孩子的安全无小事。希望大家把这件“小事”当成大事来抓，让每一个桌角都变得安全、让每一位家长都放心。
""",
    ),
    dict(
        slug="fanwen-yanshu-insight-napkin-ring-title-after-tags",
        site="雁书范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.yanshufw.cn/xinde/peixun/31407.html",
        title="参加宴会摆台技能培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record; the title line stands after a tag line; no date (only a 收录 stamp)",
        page="""
!m 雁书范文网 · 手机版
!m 首页 / 心得体会 / 培训心得
!m 标签：摆台 餐巾环 酒店服务 培训心得
{T}
!m 收录于 2 天前　　浏览 906 次
!a 〔复制本文〕〔存为文档〕〔发送到邮箱〕
{BODY}
!a 全文共1023字，剩余段落开通雁书会员后可见
!l 看过这篇的人还在读：
!l 酒店新员工入职培训心得（精选）
!l 客房服务技能比赛个人总结
!l 餐饮服务礼仪学习体会三篇
!d 雁书范文网文章均由用户投稿，若涉及版权问题请来函，核实后即时下架。
!m 雁书范文网 yanshufw.cn　桂ICP备20031945号-1
""",
        indent="\u3000\u3000",
        body="""
按照酒店人力资源部的安排，我参加了为期三天的中餐宴会摆台技能培训。培训从铺台布讲起，一直讲到餐具定位、餐巾折花和席间服务，内容细致，练习也很扎实。
培训中让我印象最深的是餐巾环的使用。以前我总觉得餐巾环只是个装饰，随手套上就行。老师却告诉我们，餐巾环要与骨碟中线对齐，环上的酒店标识要朝向客人，同一桌的餐巾环松紧也要一致。一个小小的环，体现的是整张台面的秩序感。
第二天的分组练习，我们组因为餐巾环的朝向不统一被扣了分。回到宿舍后，我又对着视频反复练了十几遍，第三天考核时终于拿到了组内第一。
这次培训让我明白，服务工作没有小事，细节做到位，客人才能感受到用心。今后我要把学到的规范用到每一次开餐准备中，争取早日通过中级服务员的技能认定。
""",
    ),
    dict(
        slug="wenku-dieye-research-grinders-pdf-marker-paragraphs",
        site="叠页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.dieyewenku.com/view/7c21e0a94b5d.html",
        title="关于全市餐饮门店调味研磨器使用情况的调研报告",
        record_title="关于全市餐饮门店调味研磨器使用情况的调研报告.pdf",
        date="2025-02-26",
        notes="file name as the record title; the reader cuts paragraphs with ⪕ n ⪖ marker paragraphs; coin pay box and viewer toolbar; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于全市餐饮门店调味研磨器使用情况的调研报告.pdf - 叠页文库</title>
<script src="//static.dieyewenku.com/reader/v3/reader.min.js"></script>
</head><body>
<header class="dy-top"><a class="logo">⟦m 叠页文库⟧</a><span>⟦m 一页一页，叠出好文档⟧</span><input placeholder="搜索文档"><a>⟦a 叠页账号登录⟧</a></header>
<nav class="dy-crumb">⟦m 叠页文库 › 行业资料 › 餐饮 › 调研报告⟧</nav>
<h1 class="doc-title">{T}</h1>
<div class="doc-info">⟦m 贡献者：亨阳老周　｜　格式：PDF　｜　页数：6页　｜　大小：412KB⟧</div>
<div class="viewer-bar">⟦a 适合页宽　放大　缩小　全屏阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay-box">⟦a 试读已到第2页，支付15叠币即可阅读并下载剩余4页⟧<button>⟦a 立即解锁⟧</button></div>
<div class="doc-rate">⟦l 这篇文档对你有帮助吗？　有用 38　没用 2⟧</div>
<aside class="dy-rel"><h4>⟦l 相似文档推荐⟧</h4>
<a>⟦l 餐饮食品接触材料使用情况调查.pdf⟧</a>
<a>⟦l 厨房小型器具卫生管理现状分析.docx⟧</a></aside>
<footer>⟦d 叠页文库为文档分享平台，文档内容由贡献者提供，平台不对其准确性负责⟧<br>⟦m ©2025 dieyewenku.com　粤ICP备19088412号⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        pages=dict(fmt="⪕ {n} ⪖", every=150, start=2),
        body="""
为了解全市餐饮门店调味研磨器的使用和卫生状况，今年1月至2月，市餐饮烹饪协会组织调研组走访了昼湖区、戎川县等地的62家餐饮门店，发放问卷210份，收回有效问卷196份。现将调研情况报告如下。
一、基本情况。受访门店中，使用胡椒、花椒等调味研磨器的有49家，占79%。其中使用手动研磨器的41家，电动研磨器的8家；磨芯为陶瓷材质的占六成，不锈钢材质的占三成，其余为塑料磨芯。
二、存在的问题。一是清洁不到位，有23家门店的研磨器从未拆洗过磨芯，残留粉末受潮结块；二是混用现象普遍，同一个研磨器轮流装胡椒、花椒和海盐，容易串味；三是采购渠道不规范，有11家门店说不出所用研磨器的生产厂家。
三、几点建议。建议市场监管部门把调味研磨器纳入餐饮具日常检查内容，建议协会编制研磨器清洁指引，并引导门店从正规渠道采购、索要合格证明。
亨阳市餐饮烹饪协会
2025年2月26日
""",
    ),
    dict(
        slug="wenku-moxia-plan-tart-moulds-wrapped-glued-markers",
        site="墨匣文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wenku.moxia.net/d/4f0b7e1c2a.html",
        title="丕山县烘焙行业食品接触用具专项检查工作方案",
        record_title="丕山县烘焙行业食品接触用具专项检查工作方案（完整版·可编辑）-墨匣文库",
        date="2025-03-04",
        notes="text hard-wrapped at 60 columns and cut by ⮐n⮒ markers glued to the continuation line; signature date; preview-end and coin prompts",
        page="""
!m 墨匣文库
!m 资料分类 > 行政公文 > 工作方案
!t 丕山县烘焙行业食品接触用具专项检查工作方案（完整版·可编辑）
!m 上传者：匣中墨　页数：5　下载券：3　评分：4.6
!a 〖全屏预览〗〖加入文件夹〗〖举报〗
{BODY}
!a —— 预览已结束，余下内容请用3枚下载券换取原文 ——
!a 〖一键下载〗　〖转存到我的匣子〗
!l 同分类文档：蛋糕店食品安全自查方案｜面包房原料验收制度｜烘焙培训机构开班方案
!d 墨匣文库不拥有文档版权，文档由上传者提供，如有侵犯请发送权属证明至 qinquan@moxia.net
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⮐{n}⮒", every=150, start=2, glue=True),
        body="""
为加强烘焙行业食品接触用具监管，防止蛋挞模、蛋糕模等器具因材质不合格或清洗不到位造成食品安全隐患，县市场监管局决定在全县开展烘焙行业食品接触用具专项检查，特制定本方案。
一、检查范围。全县持证的蛋糕店、面包房、中央厨房以及学校、幼儿园食堂烘焙间，共计138家。
二、检查内容。重点检查蛋挞模、蛋糕模、烤盘等器具的材质标识和合格证明，检查铝箔蛋挞模是否重复使用，检查金属蛋挞模是否有锈蚀、涂层脱落，检查器具清洗消毒记录是否完整。
三、时间安排。3月10日至3月31日为自查阶段，经营者对照检查表逐项自查；4月1日至4月30日为检查阶段，各市场监管所全覆盖检查；5月上旬为总结阶段。
四、工作要求。各市场监管所要明确专人负责，发现问题当场督促整改，对拒不整改的依法查处，并于5月10日前报送检查总结。
丕山县市场监督管理局
2025年3月4日
""",
    ),
    dict(
        slug="gov-rongchuan-bulletin-tart-moulds-index-table",
        site="戎川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.rongchuan.gov.cn/zwgk/bmdt/scjgj/202504/t20250422_118204.html",
        title="关于2025年第一季度蛋挞模等烘焙器具产品质量监督抽查情况的通报",
        record_title="关于2025年第一季度蛋挞模等烘焙器具产品质量监督抽查情况的通报_市监动态_戎川县人民政府",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="record gives the date; 索引号 table with the 文号 cell unmarked (neutral); data table one row a paragraph; the bureau's own 联系人/电话 beside the portal's 纠错 and service lines; 附件 list beside an attachment download link",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于2025年第一季度蛋挞模等烘焙器具产品质量监督抽查情况的通报_市监动态_戎川县人民政府</title>
<script src="/common/js/jquery.min.js"></script><script src="/common/js/gov_accessibility.js"></script>
</head><body>
<div class="gov-top"><span>⟦m 戎川县人民政府门户网站⟧</span> <a>⟦a 关怀版⟧</a> <a>⟦a 读屏专用⟧</a> <a>⟦m 政务微博⟧</a></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进戎川⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 ＞ 政务公开 ＞ 部门动态 ＞ 县市场监管局⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索 引 号：115127300093814571/2025-00417⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：戎川县市场监督管理局⟧</td><td>⟦m 成文日期：2025-04-22⟧</td></tr>
<tr><td>文　　号：戎市监通〔2025〕7号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-bar">⟦m 来源：县市场监管局　发布时间：2025-04-22 10:03　浏览次数：<span id="views">573</span>⟧　⟦a 【字号：大 中 小】【打印本页】【关闭】⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：戎川县一季度烘焙器具抽查结果明细.xlsx⟧</div>
<div class="share">⟦l 分享至：微信　微博　复制链接⟧</div>
<div class="related"><b>⟦l 相关阅读⟧</b>
<p>⟦l · 戎川县2024年度食品相关产品抽查情况综述⟧</p>
<p>⟦l · 县市场监管局开展“3·15”食品安全宣传周活动⟧</p></div>
<div class="gov-foot">
<p>⟦m 主办：戎川县人民政府办公室　承办：戎川县融媒体中心⟧</p>
<p>⟦m 网站标识码：5116270009　蜀ICP备05002817号⟧</p>
<p>⟦m 网站纠错电话：0836-4172215（工作日 9:00—17:00）⟧　⟦m 政务服务热线：12345⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县级有关部门，各有关生产经营企业：
为提升烘焙器具产品质量，今年第一季度，县市场监管局对全县生产、销售的蛋挞模、蛋糕模、烤盘等烘焙器具开展了产品质量监督抽查。现将抽查情况通报如下。
一、抽查基本情况。本次共抽查生产企业6家、销售门店19家，抽取样品40批次，检验项目包括铝及铝合金材质、涂层附着力、迁移物等。经检验，合格36批次，不合格4批次，批次合格率为90%。
二、不合格产品情况。不合格产品明细如下：
序号　产品名称　标称生产单位　不合格项目
1　铝合金蛋挞模（12连）　萄湾某烘焙器具厂　涂层附着力
2　不粘蛋挞模（6只装）　戎川某五金商行（经销）　迁移物
3　铝箔蛋挞托（100只）　外县某包装制品公司　标识标注
4　碳钢蛋糕模（8寸）　萄湾某烘焙器具厂　涂层附着力
三、有关要求。各有关企业要立即对不合格产品进行下架、召回和整改，并于5月15日前将整改报告报县市场监管局产品质量股。各乡镇要督促辖区经营户从正规渠道进货，索取并保存合格证明。
联系人：尹晓帆，联系电话：0836-4170356，邮箱：rcsjj_zlg@163.com。
附件：1.2025年第一季度烘焙器具抽查合格产品名单
2.2025年第一季度烘焙器具抽查不合格产品名单
戎川县市场监督管理局
2025年4月22日
""",
    ),
    dict(
        slug="gov-pishan-notice-corner-guards-wrapped-banji",
        site="丕山县人民政府 (invented county portal, text-only view)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.pishan.gov.cn/zfxxgk/tzgg/202505/t20250509_77310.html",
        title="关于为全县高龄独居老人免费加装桌角保护套的通知",
        date="2025-05-08",
        notes="title as the record gives it; text hard-wrapped at 64 columns; 文号 line under the title neutral; 成文日期 in Chinese numerals; 抄送 and 印发 lines; the portal's 发布 date differs (also accepted)",
        date_also=["2025-05-09"],
        page="""
!m 丕山县人民政府　www.pishan.gov.cn
!m 首页 » 政府信息公开 » 通知公告
!m 信息来源：县民政局　　发布日期：2025-05-09　　访问量：1274
!a 〔 大字版 〕〔 打印 〕〔 收藏本页 〕〔 关闭 〕
{T}
丕民发〔2025〕12号
{BODY}
!a 扫一扫在手机上打开本页
!l 上一条：丕山县2025年困难群众临时救助资金分配公示
!l 下一条：关于开展养老服务机构消防安全排查的通知
!m 丕山县人民政府办公室主办　县政务数据服务中心维护
!m 技术支持电话：0836-7310020　蜀ICP备11014062号-3
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
各镇人民政府、街道办事处，县直有关单位：
为减少高龄独居老人居家磕碰受伤，根据县政府2025年民生实事安排，县民政局决定为全县80周岁以上独居老人免费加装桌角保护套。现将有关事项通知如下。
一、服务对象。户籍在本县、年满80周岁且独居的老年人，由各镇、街道于5月20日前摸底造册，经村（社区）公示后报县民政局。
二、加装内容。每户按实际需要加装桌角、柜角、床头柜角保护套，原则上不超过12个；保护套统一采用硅胶材质，由县民政局集中采购，委托社区养老服务站上门安装。
三、工作要求。各镇、街道要安排专人陪同上门，安装时向老人讲清楚保护套脱落后的处理办法，并在6月30日前完成全部加装，填写加装登记表报县民政局养老服务股。
丕山县民政局
二〇二五年五月八日
抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。
丕山县民政局办公室　2025年5月8日印发
""",
    ),
    dict(
        slug="news-rongchuan-riceball-breakfast-client-prompt",
        site="戎川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.rcxww.cn/xzdt/2025-03/18/content_46120.html",
        title="尹桥镇中心小学食堂推出“饭团早餐”",
        record_title="尹桥镇中心小学食堂推出“饭团早餐”_镇街播报_戎川新闻网",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="record gives the date; a client prompt glued before the lead; a photo caption between paragraphs; an editor line glued after the last paragraph; listen button and 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>尹桥镇中心小学食堂推出“饭团早餐”_镇街播报_戎川新闻网</title>
<script>var _czc=_czc||[];</script>
</head><body>
<div class="rc-head"><span>⟦m 戎川新闻网⟧</span><span>⟦m 戎川县融媒体中心主办⟧</span><a>⟦a 下载“看戎川”APP⟧</a></div>
<div class="rc-nav">⟦m 首页　时政　乡镇动态　民生　视频　专题⟧</div>
<div class="rc-crumb">⟦m 首页 > 乡镇动态 > 正文⟧</div>
<h1>{T}</h1>
<div class="rc-info">⟦m 2025-03-18 08:46　来源：戎川新闻网　记者 尹恺 通讯员 汉小禾⟧</div>
<div class="rc-tts">⟦a ▶ 听新闻（约2分钟）⟧</div>
<div class="rc-body">
{BODY}
</div>
<div class="rc-ad">⟦m 广告　春耕农资惠民直通车 订购请拨 0836-4179900⟧</div>
<div class="rc-hot"><h3>⟦l 24小时热读⟧</h3>
<p>⟦l 1. 萄湾镇老街改造进入收尾阶段⟧</p>
<p>⟦l 2. 全县春季义务植树活动启动⟧</p>
<p>⟦l 3. 县图书馆周末亲子阅读报名开始⟧</p></div>
<div class="rc-foot">⟦d 戎川新闻网原创稿件，未经授权不得转载⟧<br>⟦m 互联网新闻信息服务许可证编号：51120240017　违法和不良信息举报：0836-4173110⟧</div>
</body></html>
""",
        body="""
⟦a 打开看戎川客户端，第一时间看家乡事⟧本网讯　3月17日一早，尹桥镇中心小学食堂窗口前排起了长队，刚出锅的米饭被师傅们用饭团模具压成一个个三角饭团，裹上海苔、夹上肉松，很快被学生们领走。这是该校今年春季学期推出的“饭团早餐”。
该校有住校生和远道走读生1100余人，过去早餐以馒头、稀饭为主，不少学生吃不饱，也不爱吃。今年初，学校食堂添置了40套食品级饭团模具，每天早上六点开始制作，搭配鸡蛋和豆浆，每份3元。
⟦m 图为食堂师傅用模具压制饭团。汉小禾 摄⟧
“模具压出来的饭团大小一样，分量好控制，孩子们拿在手上边走边吃也方便。”食堂负责人介绍，饭团的米饭里拌入了胡萝卜丁和玉米粒，营养更均衡。
开餐一周来，学生早餐就餐率由原来的六成提高到九成以上。镇教育办表示，将在总结经验的基础上，把“饭团早餐”推广到全镇另外4所寄宿制学校。⟦m （编辑：雄一苇　审核：蘑清）⟧
""",
    ),
    dict(
        slug="news-hengyang-bamboo-napkin-rings-no-title",
        site="亨阳日报网 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hyrbw.com.cn/jingji/202506/t20250611_309218.html",
        title="仟岭镇竹编餐巾环订单排到年底",
        record_title=None,
        date="2025-06-11",
        notes="no title in the record; the title line is found on the page; the byline's 发布时间 is the page's date; a related-news line between paragraphs",
        page="""
!m 亨阳日报网 | 亨阳新闻门户
!m 首页 > 经济 > 县域经济
{T}
!m 发布时间：2025年06月11日 09:20　　来源：亨阳日报　　作者：记者 仟语 通讯员 衙小满
!a 字号：A+ A-　　分享到：朋友圈 / 微博 / QQ空间
{BODY}
!m 【编辑：蘑小川】
!l 【延伸阅读】仟岭镇入选省级特色手工艺小镇名单
!l 【延伸阅读】亨阳竹木制品出口额首季增长两成
!d 凡注明“来源：亨阳日报”的稿件，版权均属亨阳日报社所有，转载请注明出处。
!m 亨阳日报社版权所有　新闻热线：0836-2210999
""",
        indent="\u3000\u3000",
        body="""
6月上旬，娲阳县仟岭镇竹编产业园里，三十多名编织工正在赶制一批竹编餐巾环。这批产品下个月将发往上海和广州的几家连锁酒店。
“今年接到的餐巾环订单已经排到了年底。”产业园负责人尹德芳说，一只餐巾环要经过破篾、刮青、编织、定型、上清漆五道工序，熟练工人一天能编六十只左右。
⟦l 相关新闻：仟岭竹编走进省非遗展⟧
仟岭镇有着三百多年的竹编传统。过去，当地竹编以箩筐、凉席为主，利润薄。前年，镇里邀请美术学院的老师帮助设计了竹编餐巾环、杯垫、果盘等小件产品，一只餐巾环的售价从几元提高到二十多元。
目前，全镇从事竹编的农户有420多户，带动600余名留守妇女在家门口就业，今年前5个月竹编产值达1800万元。
""",
    ),
    dict(
        slug="forum-xiuxiangke-grinder-review-jammer",
        site="嗅香客论坛 (invented, Discuz-like kitchen forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xiuxiangke.com/thread-208417-1-1.html",
        title="陶瓷芯胡椒研磨器用了三个月，说说优缺点",
        record_title="[开箱] 陶瓷芯胡椒研磨器用了三个月，说说优缺点 - 厨房器具 - 嗅香客论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk; poster panel, rating row and signature; the post time is relative (no date)",
        page="""
<html><head><meta charset="utf-8">
<title>[开箱] 陶瓷芯胡椒研磨器用了三个月，说说优缺点 - 厨房器具 - 嗅香客论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?v=X3b"></script>
</head><body>
<div id="hd">⟦m 嗅香客论坛⟧　⟦m 爱香料的人都在这儿⟧　<a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 嗅香客论坛 › 厨具天地 › 厨房器具 › 查看帖子⟧</div>
<div class="ts">⟦m 查看: 3916 | 回复: 47⟧　<h1><span class="xg">⟦m [开箱]⟧</span> {T}</h1></div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 胡椒粒子⟧</div><p>⟦m 香料学徒　积分 742　帖子 96⟧</p></td>
<td class="plc"><div class="authi">⟦m 楼主　发表于 3 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_5510293">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 3 人　香币 +6　“实用，收藏了”⟧</div>
<div class="sign">⟦m 签名：磨的是香料，调的是日子⟧</div>
<div class="po">⟦a 回复　引用　举报　评分　分享⟧</div>
</td></tr></table>
<div class="pgs">⟦l ‹ 上一主题　电动研磨器值不值得入？⟧　⟦l 下一主题 › 自己晒干的花椒怎么保存⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论　没有账号？注册⟧</div>
<div id="ft">⟦m 嗅香客论坛 ( 浙ICP备22047761号 ) GMT+8, 2025-7-9 22:15⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
三个月前入手了一款陶瓷芯的手动胡椒研磨器，木头外壳，顶部旋钮可以调粗细。用到现在，说说真实感受。
先说优点。陶瓷磨芯不生锈，磨出来的黑胡椒香味比买现成的胡椒粉浓得多。粗细调节也好用，拧紧是细粉，适合做汤；拧松是粗粒，撒牛排正合适。
再说缺点。一是装料口太小，倒胡椒粒经常撒一桌子。二是木头外壳不能水洗，沾了油只能用湿布擦。三是磨海盐不太行，盐粒潮了容易卡住，后来我专门买了一个磨盐的。
总的来说，这个价位够用了。建议大家买之前看清楚磨芯材质，塑料磨芯的磨几个月就钝了。
""",
    ),
    dict(
        slug="forum-beifang-tart-mould-sticking-junk",
        site="焙坊论坛 (invented baking forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.beifangbbs.com/forum.php?mod=viewthread&tid=771204",
        title="新买的蛋挞模一烤就粘底，哪里没弄对？",
        record_title="[新手提问] 新买的蛋挞模一烤就粘底，哪里没弄对？（已烤成功）",
        date=None,
        notes="forum thread with anti-scraping junk as lines and glued after 。; the post time is 昨天 (no date); replies below",
        page="""
!m 焙坊论坛 - 烘焙爱好者的家
!m 焙坊论坛 » 新手求助区 » 查看主题
!t [新手提问] 新买的蛋挞模一烤就粘底，哪里没弄对？（已烤成功）
!m 楼主：面团小衙　|　发表于 昨天 21:40　|　阅读 1208　回复 19
{BODY}
!a 顶一下　收藏本帖　举报
!l 沙发　烤箱里的猫：铝模要先空烤一遍，你试试
!l 板凳　蘑菇头：挞皮冷冻太久也会粘，回温十分钟再放
!l 地板　楼主：谢谢大家，已经好了，结帖
!a 回帖需要先绑定手机号　马上绑定
!m 焙坊论坛 Powered by Discuz! X3.4　手机版 | 小黑屋
""",
        junk=dict(lines=2, glued=2),
        body="""
第一次做蛋挞，在网上买了一套铝合金的蛋挞模，十二个装。按方子做好挞皮、倒好挞液，烤了二十分钟，结果一大半粘在模子里抠不出来。
我查了一下，说是要刷油，我也刷了一层黄油。难道是刷得太少？还是模子本身的问题？卖家说新模具第一次要先开模，我不知道什么叫开模。
后来按大家说的，先把模具洗干净擦干，放进烤箱150度空烤十分钟，晾凉后再薄薄刷一层油。第二次烤就顺利脱模了，挞皮也很完整。
把经过写在这里，希望能帮到跟我一样的新手。
""",
    ),
]
