"""holdout309, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text case each).

Written by hand for this part; every place, person, firm, site, URL and number is invented.
See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-mogeng-insight-yarn-volunteers-gb2312",
        site="墨耕范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://www.mogengfw.com/xinde/zhiyuan/2024/12087.html",
        title="参加社区“一团毛线暖冬行”编织志愿服务心得体会",
        record_title="【心得精选】参加社区“一团毛线暖冬行”编织志愿服务心得体会（共三稿）_墨耕范文网",
        date=None,
        notes="old gb2312 table layout: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "a ghost-writer prompt glued after the first paragraph, a members' download line between paragraphs; "
        "only a relative update time (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【心得精选】参加社区“一团毛线暖冬行”编织志愿服务心得体会（共三稿）_墨耕范文网</title>
<link href="/css/mg.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mg_count.js"></script>
</head><body bgcolor="#F4F1E8" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/mglogo.gif" alt="">⟦m 墨耕范文网⟧</td><td>⟦m 勤耕笔墨　文成有道⟧</td>
<td align="right"><a href="#">⟦a 设为首页⟧</a> | <a href="#">⟦a 收藏墨耕⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 墨耕范文网欢迎各位笔友，心得、总结、讲话范文天天上新⟧</marquee></td></tr></table>
<table width="960" align="center" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/zongjie/">⟦m 工作总结⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/fangan/">⟦m 活动方案⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td width="690" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您现在的位置：墨耕范文网 &gt;&gt; 心得体会 &gt;&gt; 志愿服务心得⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center" class="info">⟦m 来源：笔友投稿　更新：3天前　人气：1296⟧</td></tr>
<tr><td align="center">⟦a 〖调整字号：大 · 中 · 小〗⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td align="center">⟦a 【打包下载本篇】⟧ ⟦a 【推荐给好友】⟧ ⟦a 【关掉此页】⟧</td></tr>
<tr><td>⟦l 上一篇：社区助老志愿服务活动心得⟧<br>⟦l 下一篇：冬季送温暖志愿活动个人体会⟧</td></tr>
</table></td>
<td width="260" valign="top"><table width="100%" class="side">
<tr><td><b>⟦l 本月热门心得⟧</b></td></tr>
<tr><td>⟦l ·志愿服务心得体会（大学生版）⟧</td></tr>
<tr><td>⟦l ·社区网格员工作心得三则⟧</td></tr>
<tr><td>⟦l ·参加敬老院慰问活动的感想⟧</td></tr>
</table></td></tr></table>
<div id="floatqq" style="position:absolute;right:6px;top:260px;">⟦w 材料代笔 请加QQ：2795106644⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 本站心得范文均由笔友投稿或整理，仅供写作参考，转载请注明墨耕范文网。⟧<br>
⟦m 墨耕范文网　版权所有　渝ICP备18072316号⟧<br>
⟦m 您是本站第 0018234 位访客⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
今年十月，我报名参加了堃园社区组织的“一团毛线暖冬行”编织志愿服务，和二十多位阿姨、大学生一起，用两个月时间为隗家坪村小学的孩子们织了86条围巾和40双手套。回顾这段经历，我有三点体会。⟦w 本文由墨耕写作组整理，代笔改稿请联系QQ 2795106644⟧
一是小事情里有大温暖。起初我觉得织围巾只是件小事，可当看到孩子们戴上围巾时红扑扑的笑脸，我才明白，志愿服务不在事情大小，而在是否用心。
二是耐心是最好的老师。我原来连起针都不会，刘阿姨手把手教我把散乱的毛线绕成一个个毛线球，再一针一针地织。拆了织、织了拆，第一条围巾用了整整九个晚上。
⟦a 会员登录后可下载本篇全部三稿⟧
三是团结才能出成效。大家分工合作，有人绕毛线球，有人起针，有人收边缝标签，效率比一个人闷头织提高了一倍多。
今后，我将继续参加社区志愿服务，把这份温暖一针一线地传递下去。
""",
    ),
    dict(
        slug="fanwen-bizhai-speech-shoe-brush-racks",
        site="笔砦公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bizhaigw.com/jianghua/xiangzhen/20241008/55102.html",
        title="在全镇“净鞋进门”人居环境整治行动推进会上的讲话",
        record_title="【讲稿速递】在全镇“净鞋进门”人居环境整治行动推进会上的讲话（镇长用稿）-笔砦公文网",
        date="2024-09-26",
        date_also=["2024-10-08"],
        notes="speech: date and speaker lines under the title (neutral); the site's posting date differs; "
        "a ghost-writer WeChat prompt glued after a sentence, a recommendation line between paragraphs",
        page="""
!m 笔砦公文网　｜　替你把材料写扎实
!m 当前位置：首页 ＞ 讲话致辞 ＞ 乡镇讲话
!t 【讲稿速递】在全镇“净鞋进门”人居环境整治行动推进会上的讲话（镇长用稿）
!m 投稿时间：2024-10-08　浏览：1733　字数：约600
!a 〔复制全文〕〔存为Word〕〔收入书架〕
{T}
（2024年9月26日）
陴口镇镇长　隗振东
{BODY}
!a 登录笔砦会员，本篇可一键复制下载
!l 相关讲稿推荐
!l ◇ 村级人居环境整治现场会主持词
!l ◇ 全镇农村改厕工作推进会讲话提纲
!d 本站文章来源于网友投稿及网络整理，仅供写作参考，请勿原样用于正式场合。
!m ©2017-2024 笔砦公文网 bizhaigw.com　黔ICP备18030215号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开全镇“净鞋进门”人居环境整治行动推进会，主要任务是总结前一阶段工作，安排部署下一步任务。
八月以来，全镇14个村在农户门口、村委会和卫生室门前统一安装鞋刷架1860个，群众进门先刷鞋底的习惯正在养成，院落和室内卫生明显改观。⟦w 需要本篇原稿及配套汇报材料，请加笔砦写作顾问微信 bzgw_2046⟧
但也要看到，一些村鞋刷架装了没人管，刷毛磨秃了不换，个别农户把鞋刷架挪去晾晒杂物。
⟦l 推荐阅读：乡镇人居环境整治阶段性工作汇报⟧
下面我强调三点：一要建好台账，每个鞋刷架落实到户、编号管理；二要定期维护，村保洁员每月巡查一次，损坏的十日内更换；三要加强宣传，把“进门刷鞋”写进村规民约。
同志们，环境整治贵在坚持。希望大家拿出钉钉子的劲头，把这件小事办实办好！
""",
    ),
    dict(
        slug="wenku-zhice-research-window-wipers-marker-paras",
        site="知册文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhicewk.com/doc/6620417395.html",
        title="关于榰城市高层住宅居民使用擦窗器情况的调研报告",
        record_title="关于榰城市高层住宅居民使用擦窗器情况的调研报告.pdf",
        date="2024-06-18",
        notes="文库 reader: viewer toolbar, page-marker paragraphs (⦺ n ⦺) cutting sentences, a paywall box; "
        "file-name record title; 成文日期 under the signature; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于榰城市高层住宅居民使用擦窗器情况的调研报告.pdf - 知册文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhicewk.com/reader/v3/reader.min.js"></script>
</head><body class="reader">
<header class="zc-top"><a class="logo" href="/">⟦m 知册文库⟧</a>
<input type="search" placeholder="搜文档、搜资料"><a href="/vip">⟦a 开年卡　全站文档畅读⟧</a> <a href="/login">⟦a 登录 / 免费注册⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：lanq_2019　上传于 2024-07-02　共3页　约1300字⟧</p>
<div class="toolbar">⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 全屏阅读⟧ ⟦a 加入书单⟧</div></div>
<div class="doc-pages">
<div class="pg-ad">⟦a 广告：知册AI一键生成调研报告初稿⟧</div>
{BODY}
</div>
<div class="paywall"><p>⟦a 剩余内容已隐藏，开通年卡后全文可读⟧</p><button>⟦a 9.9元解锁本篇⟧</button></div>
<aside class="rel"><h3>⟦l 读过本文的人还在看⟧</h3><ul>
<li>⟦l 高空坠物隐患排查情况报告⟧</li><li>⟦l 家用清洁工具消费调查问卷分析⟧</li></ul></aside>
<footer>⟦d 本文档由知册文库用户自行上传，平台只提供存储与展示服务，如涉侵权请提交申诉。⟧<br>⟦m 知册文库 zhicewk.com　浙ICP备20041376号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⦺ {n} ⦺", every=95, start=2),
        body="""
为了解高层住宅居民使用擦窗器的安全状况，市消保委于今年4月至5月在硭田区、渲湾镇等6个片区发放问卷1200份，回收有效问卷1137份，并入户察看了86户家庭。现将有关情况报告如下。
一、基本情况。受访家庭中有61.2%使用过擦窗器，其中双面磁吸式占72%，伸缩杆式占21%，电动擦窗机器人占7%。
二、主要问题。一是近三成居民从未使用安全绳；二是部分磁吸擦窗器外片磁力不足，遇到中空玻璃时容易脱落；三是产品说明书普遍没有标注适用的玻璃厚度。
三、几点建议。生产企业应在包装显著位置标注适用玻璃厚度并随货附送安全绳；物业服务企业应通过业主群提醒高空擦窗风险；居民在五楼以上使用擦窗器时，务必系好安全绳，切勿探身窗外。
榰城市消费者权益保护委员会
2024年6月18日
""",
    ),
    dict(
        slug="wenku-jiandu-research-shoe-racks-wrapped-glued-markers",
        site="简牍文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://jianduwk.cn/p-30718826.html",
        title="关于砢山县农村家庭门前鞋刷架使用情况的调研报告",
        record_title="关于砢山县农村家庭门前鞋刷架使用情况的调研报告（调研定稿）- 简牍文库",
        date="2024-11-05",
        notes="text preview hard-wrapped at 64 columns, page markers ⫗n⫗ glued to the continuation lines; "
        "a table of the survey; 成文日期 under the signature",
        page="""
{T}
!m 简牍文库　　分类：调研报告　　4页　　下载券：3
!a ☆☆☆☆☆ 暂无评分　　| 下载 | 收入文件夹 |
!d 温馨提示：本文由用户上传，简牍文库仅对格式做了预览转换，可能存在错行。
{BODY}
!a 预览已到底，下载后查看剩余1页
!l 同类文档：农村人居环境整治入户调查报告　｜　卫生村创建工作总结
!m 简牍文库 © 2024　客服邮箱：kefu@jianduwk.cn
""",
        wrap=64,
        indent="\u3000\u3000",
        pages=dict(fmt="⫗{n}⫗", every=60, start=2, glue=True),
        body="""
为推动“净鞋进门”行动落地见效，县爱卫办于今年10月组织人员到硭田、陴口、渲湾三个镇的12个村开展入户调研，共走访农户360户。现将情况报告如下。
一、安装和使用情况
镇名　入户数　已装鞋刷架　经常使用
硭田镇　120户　108户　87户
陴口镇　130户　121户　96户
渲湾镇　110户　94户　70户
二、存在的问题
一是部分鞋刷架安装位置偏离门口，群众使用不便；二是刷毛为普通塑料丝，三四个月就磨损变形；三是个别村没有明确维护责任人。
三、意见建议
建议统一选用可更换刷头的鞋刷架，由村保洁员负责每月检查，把使用情况纳入“美丽庭院”评比。
砢山县爱国卫生运动委员会办公室
2024年11月5日
""",
    ),
    dict(
        slug="gov-tingchuan-circular-window-wiper-spotcheck",
        site="渟川县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.tingchuanxian.gov.cn/zwgk/gsgg/202408/t20240814_88021.html",
        title="关于2024年第二批擦窗器产品质量监督抽查结果的通报",
        record_title="关于2024年第二批擦窗器产品质量监督抽查结果的通报_抽查公示_渟川县人民政府",
        date="2024-08-12",
        date_also=["2024-08-14"],
        notes="county portal: 长辈版/无障碍 links, 索引号 table (文号 cell neutral), a table of failed batches, "
        "the bureau's own 联系人/电话 beside the portal's error-report line, 抄送 line, a related-reading link between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2024年第二批擦窗器产品质量监督抽查结果的通报_抽查公示_渟川县人民政府</title>
<script src="/js/jquery.min.js"></script><script src="/js/tcx-aria.js"></script>
</head><body>
<div class="top-bar"><span>⟦m 渟川县人民政府门户网站⟧</span><a href="#">⟦a 长辈版⟧</a><a href="#">⟦a 无障碍⟧</a><a href="#">⟦a 手机版⟧</a></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 走进渟川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav>
<div class="crumb">⟦m 您当前的位置：首页 &gt; 政务公开 &gt; 公示公告 &gt; 抽查公示⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11530821MB0M2X7A0/2024-00583⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：县市场监督管理局⟧</td><td>⟦m 发布日期：2024-08-14⟧</td></tr>
<tr><td>文号：渟市监通〔2024〕17号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h2>{T}</h2>
<div class="bar">⟦a 【文字尺寸：大 中 小】⟧ ⟦a 【打印这份公告】⟧ ⟦a 【分享到微信】⟧</div>
<div class="TRS_Editor">
{BODY}
</div></div>
<div class="rel">⟦l 相关信息：县市场监管局开展日用品质量安全“护航”行动⟧</div>
<footer>
<p>⟦m 主办：渟川县人民政府办公室　承办：渟川县融媒体中心⟧</p>
<p>⟦m 网站标识码：5308210003　滇ICP备05002617号⟧</p>
<p>⟦w 发现页面内容有误？请拨打网站纠错电话：0871-6712 0099⟧</p>
</footer>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
为加强日用品质量监管，县市场监督管理局于今年7月对全县生产、销售的擦窗器产品开展了监督抽查，共抽查12家企业的24批次产品，合格20批次，不合格4批次，合格率83.3%。不合格项目主要为磁力保持、安全绳拉力和标识说明。现将不合格产品情况通报如下：
企业名称　产品型号　不合格项目
渟川县亮居日用品厂　LJ-08双面擦　安全绳拉力
渲湾镇洁优五金店　JY-3伸缩擦窗器　标识说明
榰城市明窗清洁用品有限公司　MC-12磁吸擦　磁力保持
渟川县百顺家居商行　BS-5双面擦　磁力保持、标识说明
⟦l 相关解读：一图读懂擦窗器抽查结果⟧
对上述不合格产品，已责令相关企业立即停止生产、销售，并限期整改。
联系人：隗晓芸，电话：0871-6713 2260。
渟川县市场监督管理局
2024年8月12日
抄送：榰城市市场监督管理局。
""",
    ),
    dict(
        slug="gov-jinyang-request-seal-boxes-archives",
        site="溍阳县人民政府 (invented)",
        style="政府门户",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.jinyang.gov.cn/xxgk/bmwj/202403/t20240319_41730.html",
        title="溍阳县档案馆关于购置防潮印章盒及印章柜的请示",
        date="2024-03-11",
        date_also=["2024-03-19"],
        notes="the record's title as is; 成文日期 in Chinese numerals; the portal's 发布时间 differs; "
        "附件 list and the archives' 联系人/电话 beside the portal's service line",
        page="""
!m 溍阳县人民政府　www.jinyang.gov.cn
!m 首页 / 信息公开 / 部门文件
{T}
!m 信息来源：县档案馆　发布时间：2024-03-19 09:12　浏览次数：207
!a [ 打印这篇 ]  [ 关掉窗口 ]
{BODY}
!a 用手机扫描二维码，在掌上继续阅读
!l 上一条：溍阳县档案馆2023年度工作总结
!l 下一条：关于开展档案安全隐患大排查的通知
!m 政务服务热线：0874-12345　网站纠错：0874-5210 0451
!m 溍阳县人民政府办公室主办　滇ICP备08003312号-1
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
我馆现保管已撤销机构印章412枚，大多存放在二十世纪九十年代配置的木质抽屉内，部分印章受潮长霉、印面磨损，个别印章盒已开裂变形，不利于印章的长期保存和安全管理。
为改善保管条件，我馆拟购置防潮印章盒420个、带密码锁的印章柜6组，预计需资金8.6万元，从馆藏档案保护专项经费中列支，不足部分请县财政予以保障。
妥否，请批示。
附件：1.撤销机构印章保管情况统计表
2.印章盒及印章柜购置预算明细
联系人：沬文清　电话：0874-5218 0367
溍阳县档案馆
二〇二四年三月十一日
""",
    ),
    dict(
        slug="news-zhicheng-exhibition-ink-rests-h1",
        site="榰城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhichengnews.cn/wh/2024-05/18/content_310472.html",
        title="百余方古今墨床亮相榰城市博物馆",
        record_title=None,
        date="2024-05-18",
        notes="no title in the record (the h1 holds it); an app prompt glued before the lead, a photo caption between "
        "paragraphs, the editor line glued after the last sentence; the byline's 发布时间 is the page's date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>榰城新闻网</title>
<script>window.ZC_AD={slot:"wh-top"}</script></head>
<body>
<div class="masthead"><a href="/">⟦m 榰城新闻网⟧</a><span>⟦m 榰城人自己的新闻门户⟧</span></div>
<nav>⟦m 要闻⟧ ⟦m 本地⟧ ⟦m 文化⟧ ⟦m 教育⟧ ⟦m 视频⟧</nav>
<div class="ad-top">⟦a 广告位招租 0872-6651 3080⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-05-18 11:06　来源：榰城日报⟧ ⟦a 🔊 收听本文⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转到：微信 朋友圈 微博⟧</div>
</article>
<aside><h3>⟦l 文化频道24小时热读⟧</h3><ol><li>⟦l 榰城非遗周末集市开市⟧</li><li>⟦l 老城区三座古桥完成修缮⟧</li></ol></aside>
<footer>⟦d 榰城新闻网所刊原创稿件，未经书面授权不得转载。⟧ ⟦m 互联网新闻信息服务许可证：53120170009⟧</footer>
</body></html>
""",
        body="""
⟦a 下载榰城新闻客户端，本地资讯抢先看⟧本报讯（记者　沬若溪）5月18日是国际博物馆日，“方寸承墨——古今墨床特展”在榰城市博物馆开展，126件墨床展品与市民见面。
墨床又称墨台、墨架，是研墨后临时搁放墨锭的小器具，多用玉、瓷、铜、木制成，体量虽小，却是文房中不可缺少的雅器。
⟦m 图为市民在展厅观看一方清代白玉墨床。沬若溪　摄⟧
本次展览分“玉石”“陶瓷”“金属”“竹木”四个单元，其中一件明代青玉卧蚕墨床为首次公开展出。
策展人介绍，展期将持续到8月31日，市民可通过“榰城博物馆”公众号预约参观，每周一闭馆。⟦m 责任编辑：沬晓⟧
""",
    ),
    dict(
        slug="news-jinyang-smart-seal-boxes-record-date",
        site="溍阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jinyangnews.com.cn/zw/2024-04/09/c_27753.html",
        title="溍阳县政务服务中心启用智能印章盒 用印全程留痕",
        record_title="溍阳县政务服务中心启用智能印章盒 用印全程留痕-政务·民生-溍阳新闻网",
        record_date="2024-04-09",
        date="2024-04-09",
        notes="the record gives the date; a further-reading link between paragraphs, a share prompt and photo credit after",
        page="""
!m 溍阳新闻网
!m 首页　时政　政务·民生　乡镇　图片
{T}
!m 2024-04-09 10:26　来源：溍阳县融媒体中心　作者：沬婷
!a 字号 A+ A-
{BODY}
!m （图片由县政务服务中心提供）
!a 觉得有用？转给身边的办事人吧
!l 【延伸】溍阳：企业开办一日办结
!m 溍阳新闻网版权所有　未经授权禁止复制或建立镜像
""",
        indent="\u3000\u3000",
        body="""
本网讯　4月8日，溍阳县政务服务中心为各进驻窗口配发的32个智能印章盒正式启用。
智能印章盒内置指纹识别和摄像模块，工作人员先在系统中提交用印申请，审批通过后验证指纹才能开盒取章，盖章时自动拍照上传，用印时间、文件名称和经办人全部留痕。
⟦l ▶ 延伸阅读：县政务服务中心推行“一窗通办”⟧
“过去印章放在抽屉里，谁用了、盖了什么，只能靠手工登记。”中心综合科负责人沬晓峰说，智能印章盒启用后，窗口用印从平均十分钟缩短到三分钟以内。
据悉，县政务服务中心将在年底前把智能印章盒推广到全县12个乡镇便民服务中心。
""",
    ),
    dict(
        slug="forum-chuangming-review-window-wiper-jammer",
        site="窗明几净家居论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.chuangmingjj.com/thread-204417-1-1.html",
        title="用了半年的双面磁吸擦窗器，说说优缺点",
        record_title="[好物评测] 用了半年的双面磁吸擦窗器，说说优缺点 - 清洁收纳 - 窗明几净家居论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, rating row, signature, replies; "
        "post time relative only (no date)",
        page="""
<html><head><meta charset="gbk"><title>[好物评测] 用了半年的双面磁吸擦窗器，说说优缺点 - 清洁收纳 - 窗明几净家居论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/forum_viewthread.js?cmA"></script></head><body>
<div id="hd">⟦m 窗明几净家居论坛⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 注册新账号⟧</a></div>
<div id="pt">⟦m 窗明几净家居论坛 › 家居生活 › 清洁收纳 › 帖子正文⟧</div>
<div class="hm">⟦m 浏览: 4417 | 回帖: 23⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 十七楼的猫⟧<br>⟦m 积分 982　帖子 146⟧</td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 天前　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分　参与人数 6　威望 +12　收起理由⟧</div>
<div class="sign">⟦m 住高楼的人，最懂窗户外面那层灰⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　阿满 发表于 4 天前：我家也是中空玻璃，买回来外片直接掉楼下了，幸好楼下没人⟧</div>
<div class="reply">⟦l 板凳　云朵朵 发表于 3 天前：求链接，磁力多大的合适？⟧</div>
<div id="f_pst">⟦a 登录后方可回帖⟧</div>
<div id="ft">⟦m Powered by Discuz!　窗明几净家居论坛　鄂ICP备19088240号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里住十七楼，窗户外侧一直没法擦，去年秋天入手了一个双面磁吸擦窗器，用到现在半年了，说说真实感受。
先说优点：外片靠磁力跟着里片走，人站在屋里就能擦外侧玻璃，不用探身出去。带刮条，擦完基本没有水痕。
再说缺点：一是选型要量好玻璃厚度，我家是5+9+5的中空玻璃，第一次买的磁力太小，外片走到窗角就掉了，幸亏拴了安全绳。二是外片的清洁布容易脏，要经常拆下来洗。
建议大家买之前先量玻璃总厚度，安全绳一定要系在室内牢固的地方。
""",
    ),
    dict(
        slug="forum-baohua-diy-shoe-brush-rack-junk",
        site="刨花木工论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.baohuamg.net/bbs/thread-33016-1-1.html",
        title="用边角料做了个门口鞋刷架，分享一下做法",
        record_title="[边角料改造] 用边角料做了个门口鞋刷架，分享一下做法（附下料尺寸） - 木工交流 - 刨花木工论坛",
        date=None,
        notes="forum text: anti-scraping junk as lines and glued after 。, a numbered list inside a paragraph, "
        "post time 昨天 (no date), replies",
        page="""
!m 刨花木工论坛 - 木头、刀具和手艺人
!m 刨花木工论坛 › 木工交流 › 查看帖子
!t [边角料改造] 用边角料做了个门口鞋刷架，分享一下做法（附下料尺寸）
!m 楼主：老榫头　　发表于 昨天 21:40　　查看：862　回复：9
{BODY}
!a 支持(14)　反对(0)　　收藏本帖
!l 2#　木屑飞：横档离地这个细节好，泥水不积
!l 3#　隗师傅：桐油刷三遍更耐用
!a 还没有账号？注册后参与讨论
!m 刨花木工论坛　Archiver　手机版　小黑屋
""",
        junk=dict(lines=2, glued=3),
        body="""
老家院子门口泥多，下雨天进屋满地脚印。于是琢磨着用装修剩下的边角料做个鞋刷架。
材料：松木板两块、硬毛刷三把、不锈钢螺丝十二颗。总共花了不到三十块钱。
做法：1.底板按45厘米×30厘米裁好，四边倒角；2.两把刷子刷毛朝内竖着固定在两侧，一把刷毛朝上平放在中间；3.底板下面钉两根横档，离地两厘米，方便泥水流走；4.最后刷两遍桐油防潮。
用了一个月，进门前左右一蹭、底下一刷，鞋底干干净净。老爸说比买的还结实。
有问题可以跟帖问，看到就回。
""",
    ),
]
