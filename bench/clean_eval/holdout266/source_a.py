"""holdout266, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (documents about tobacco pipes, laundry mallets, bamboo blinds, birdcages and
quilt covers); see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-qingjian-speech-bamboo-blind-industry",
        site="青笺范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qingjian-fw.com/jianghua/chanye/2024/0502/18827.asp",
        title="在全县竹帘产业高质量发展推进会上的讲话",
        record_title="【产业发展讲话】在全县竹帘产业高质量发展推进会上的讲话（精编可用）_青笺范文网",
        date="2024-04-16",
        date_also=["2024-05-02"],
        notes="old table layout with marquee, font-size row, floating ghost-writer QQ box and visitor counter; "
        "date under the speech title, the page's 发布时间 also accepted; speaker line neutral; a writing-service "
        "prompt glued after a sentence and a member lock on a line of its own inside the body",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【产业发展讲话】在全县竹帘产业高质量发展推进会上的讲话（精编可用）_青笺范文网</title>
<link rel="stylesheet" href="/css/style2009.css">
<script language="javascript" src="/js/qj_count.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/qj_logo.gif" alt=""></td>
<td>⟦m 青笺范文网⟧<br>⟦m 笔下有乾坤，青笺伴你成文⟧</td>
<td align="right">⟦a <a href="/user/login.asp">会员登入</a> | <a href="/user/reg.asp">注册青笺账号</a>⟧</td></tr>
</table>
<table width="960" align="center" bgcolor="#2f6f4f"><tr><td class="nav">⟦m 网站首页 | 讲话致辞 | 工作总结 | 心得体会 | 调研报告 | 合同范本 | 主持词⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()">⟦m 青笺公告：本站范文均经编辑二次校对，欢迎会员投稿，录用稿件按篇付酬。⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：青笺范文网 &gt;&gt; 讲话致辞 &gt;&gt; 产业发展讲话 &gt;&gt; 正文⟧</div>
<h2 align="center">{T}</h2>
<div class="xinxi" align="center">⟦m 发布时间：2024-05-02　整理：竹林小吏　人气：1862⟧</div>
<div class="zihao">⟦a 【字号：大 中 小】【加入收藏夹】【打印此页】【关闭窗口】⟧</div>
<div class="neirong">
<p align="center">（2024年4月16日）</p>
<p align="center">县委副书记、县长　葛振邦</p>
{BODY}
</div>
<div class="shangxia">⟦l 上一篇：在全县笋竹加工企业座谈会上的讲话⟧<br>⟦l 下一篇：在竹编非遗传承人座谈会上的发言⟧</div>
</td>
<td width="250" valign="top">
<table class="side"><tr><td><b>⟦l 本月热门讲话⟧</b></td></tr>
<tr><td>⟦l · 在全市茶产业推进会上的讲话⟧</td></tr>
<tr><td>⟦l · 乡镇特色产业发展大会主持词⟧</td></tr>
<tr><td>⟦l · 县长在招商引资签约仪式上的致辞⟧</td></tr></table>
</td></tr></table>
<div id="float_qq" style="position:fixed;right:0;top:200px"><a href="tencent://message/?uin=2850417736">⟦w 材料代笔 在线QQ：2850417736⟧</a></div>
<table width="960" align="center"><tr><td align="center">
⟦d 本站范文仅供学习借鉴，转载请注明出自青笺，侵权内容请来函删除。⟧<br>
⟦m Copyright 2009-2024 qingjian-fw.com 浙ICP备09051372号⟧<br>
⟦m 您是青笺的第 0728461 位访客⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县竹帘产业高质量发展推进会，主要任务是总结去年竹帘产业发展情况，部署今年重点工作。刚才，秔香竹编合作社和两家企业作了交流发言，讲得很实在。⟦w 写讲话卡壳？青笺原创代笔，微信 qj_bigan77⟧
一、看清家底，坚定做强竹帘产业的信心
去年全县竹帘产值达到3.2亿元，从业人员1.1万人，产品销往日韩和东南亚，砬湾镇的手工细丝帘已经成为省级地理标志产品。
⟦a 本篇剩余内容为青笺会员专享，开通年卡即可复制⟧
二、抓住关键，推动竹帘产业提档升级
一要稳原料，建设毛竹原料林基地2万亩；二要强设计，每年推出竹帘新花色不少于40个；三要拓渠道，支持企业开设网店和直播间。
三、压实责任，确保各项任务落地见效
各乡镇要把竹帘产业列入“一把手”工程，县直各部门要主动上门服务，对企业反映的用地、融资问题，一周内给予答复。
同志们，一挂竹帘连着千家万户的生计。希望大家真抓实干，让鞴川竹帘挂进更多人家的窗口！
""",
    ),
    dict(
        slug="fanwen-gaoxiang-insight-hotel-quilt-covers",
        site="稿乡范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gaoxiang-wen.cn/xinde/fuwu/73306.html",
        title="酒店客房服务员换被套心得体会",
        record_title="酒店客房服务员换被套心得体会（精选一篇·可修改）-稿乡范文网",
        date=None,
        notes="decorated title (aside and site suffix); no date, only a relative update stamp; a member lock between "
        "paragraphs and a ghost-writer WeChat glued after a sentence",
        page="""
!m 稿乡范文网 · 写东西不再难
!m 首页 ＞ 心得体会 ＞ 服务行业心得
!t 酒店客房服务员换被套心得体会（精选一篇·可修改）
!m 投稿：客房小苏　　更新：3 天前　　浏览 2318
!a ［复制全文］［存为Word］［收藏到稿乡书架］
{BODY}
!a 稿乡提示：非会员每天可免费复制 2 篇，今日剩余 0 篇
!l 稿乡推荐阅读：
!l 酒店前台接待实习心得
!l 宾馆保洁员年终工作小结
!l 布草间管理员岗位职责（精选）
!d 稿乡所载范文由网友投稿，著作权归作者，如需删除请发邮件至 shanchu@gaoxiang-wen.cn
!m 稿乡范文网 gaoxiang-wen.cn　沪ICP备18027614号-3
""",
        indent="\u3000\u3000",
        body="""
入职客房部三个月，我每天要铺几十张床，换得最多的就是被套。刚开始，我总把被芯塞歪，四个角鼓鼓囊囊，领班一检查就得返工。
后来，师傅教我“先翻里、再套角、后抖平”的办法：把被套反过来，两手伸进去抓住两个角，捏住被芯的角一翻一抖，被套就平整地套上了。现在我换一套只要两分钟。⟦w 找人改稿加V：gaoxiang_2046⟧
⟦a 阅读全文需登录稿乡账号，登录后自动展开⟧
更让我体会深的是卫生标准。被套必须一客一换，收下来的被套不能扔在地上，要装进布草袋送洗；发现污渍、破洞的，要单独登记报损。客人看不见这些细节，但每一个细节都关系到客人睡得是否安心。
三个月下来，我明白了：服务没有小事，一床被套也能看出一家酒店的用心。今后我要继续向老员工学习，把每一间客房都收拾得让客人满意。
""",
    ),
    dict(
        slug="wenku-zhiyun-research-pipe-workshops-html-markers",
        site="知蕴文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyunwk.com/p-61730428.html",
        title="关于嶅岭县手工烟斗作坊发展情况的调研报告",
        record_title="关于嶅岭县手工烟斗作坊发展情况的调研报告.pdf",
        date="2024-08-20",
        notes="file-name record title; a 文库 reader whose preview pages end mid-sentence with a '⍙ n ⍙' marker "
        "paragraph between the halves; a data table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于嶅岭县手工烟斗作坊发展情况的调研报告.pdf - 知蕴文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhiyunwk.com/reader/v3/reader.min.js"></script>
</head><body>
<header class="zy-head"><a class="logo" href="/">⟦m 知蕴文库⟧</a><span class="slogan">⟦m 蕴藏好文档，一键即可得⟧</span>
<form class="search"><input placeholder="搜文档、搜范文"><button>⟦a 搜一下⟧</button></form>
<a class="vip" href="/vip">⟦a 开通知蕴月卡 畅读千万文档⟧</a></header>
<div class="zy-crumb">⟦m 知蕴文库 › 行业资料 › 轻工工艺 › 调研报告⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m PDF · 5页 · 2.1MB · 上传者：岭上老斗 · 上传于 2024-09-03⟧</p>
<div class="doc-tool">⟦a 下载本文档 ￥5.80 ｜ 加入我的文件夹 ｜ 投诉⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="read-end">⟦a 剩余 3 页未展示，月卡用户可直接阅读全文⟧ <button>⟦a 继续读完⟧</button></div>
<aside class="rel"><h3>⟦l 看过这篇的人还看了⟧</h3><ul>
<li>⟦l 木雕工艺品小作坊调查报告.pdf⟧</li>
<li>⟦l 县域特色手工业发展对策研究.docx⟧</li>
<li>⟦l 非遗工坊带动就业情况汇报.doc⟧</li></ul></aside>
<footer>⟦d 知蕴文库为用户上传文档提供存储空间，文档内容不代表本站观点，如有侵权请在线投诉。⟧<br>⟦m 粤ICP备21066314号-2　客服热线 400-017-3382⟧</footer>
</body></html>
""",
        p_html='<p class="reader-line">{}</p>',
        pages=dict(fmt="⍙ {n} ⍙", every=130, start=2),
        body="""
今年7月，县政协文史委组织调研组，走访了鞴桥、砬湾等4个乡镇的23家手工烟斗作坊，召开座谈会3场，对烟斗作坊的经营情况进行了专题调研。现将有关情况报告如下。
一、基本情况
全县现有手工烟斗作坊41家，从业人员约380人，年产烟斗12万只，其中石楠根烟斗占六成，梨木、樱桃木烟斗占四成。
作坊规模　户数　年产量
10人以上　6家　5.2万只
3至9人　17家　4.9万只
3人以下　18家　1.9万只
二、存在的问题
一是原料依赖外购，石楠根料价格两年上涨近三成；二是多数作坊没有注册商标，以贴牌代工为主；三是打磨工序粉尘较大，防护设施简陋。
三、几点建议
建议县里建立烟斗原料集中采购平台，引导作坊申请集体商标，并对粉尘治理设备给予适当补助。
嶅岭县政协文史委员会调研组
2024年8月20日
""",
    ),
    dict(
        slug="wenku-mochuan-plan-mallet-exhibition-wrapped-markers",
        site="墨川文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://wenku.mochuan.net/view/a7d20c93e15b.html",
        title="“棒槌声声”捶布技艺展演活动方案",
        record_title="【文旅活动】“棒槌声声”捶布技艺展演活动方案（完整可编辑）_墨川文库",
        date="2024-09-10",
        notes="decorated title; wrapped at 60 columns with '⎑n⎑' markers glued to the continuation lines; "
        "numbered list; 成文日期 in Chinese numerals under the signature; preview-end and coin prompts",
        page="""
!m 墨川文库 | 资料多一点，检索快一点
{T}
!m 贡献于 2024-09-12　|　共 4 页　|　浏览 906　|　评分 4.7
!a 〔全文下载 8 墨币〕〔存到墨川书房〕〔手机上看〕
{BODY}
!a 试看到此为止，后面 2 页开通墨川卡后可读
!a 墨币余额不足？充值后立即下载
!d 墨川文库仅提供上传者文档的在线预览，所涉内容的真实性和版权由上传者负责。
!l 同类文档：民俗文化节活动策划书　｜　非遗进景区展演方案　｜　乡村大集活动安排
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⎑{n}⎑", every=100, start=2, glue=True),
        body="""
为展示传统捶布技艺，留住“河边棒槌声”的乡愁记忆，县文化馆定于10月2日在杴口镇老码头举办“棒槌声声”捶布技艺展演活动，特制定本方案。
一、活动内容
1.捶布表演：邀请12位老人现场用枣木棒槌在青石板上捶洗土布，讲解浸、捶、漂、晾四道工序。
2.旧物展示：展出各乡镇征集的棒槌、搓衣板、木盆等洗衣旧物80余件，每件附上捐赠人讲述的小故事。
3.亲子体验：准备小号棒槌30把，由老人手把手教孩子们捶布，每场限20组家庭。
二、工作要求
杴口镇负责场地布置和安全保卫，县文化馆负责表演组织和解说，镇卫生院安排医护人员现场值守。活动遇雨顺延。
杴山县文化馆
二〇二四年九月十日
""",
    ),
    dict(
        slug="gov-beichuan-notice-bamboo-blind-inheritors-index-table",
        site="鞴川县人民政府网 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.beichuan.gov.example/zwgk/bmwj/wlj/202405/t20240521_442017.html",
        title="关于开展竹帘编织技艺县级代表性传承人认定工作的通知",
        record_title="关于开展竹帘编织技艺县级代表性传承人认定工作的通知_局办发文_鞴川县人民政府",
        date="2024-05-20",
        date_also=["2024-05-21"],
        notes="county portal: 长者模式/读屏 links, 索引号 table (文号 cell neutral), 附件 list, the bureau's own 联系人/电话 "
        "beside the portal's 纠错 line and the 12345 line; 成文日期 under the signature, the page date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展竹帘编织技艺县级代表性传承人认定工作的通知_局办发文_鞴川县人民政府</title>
<script src="/common/js/jquery.min.js"></script><script>var site_id="bc001";</script>
</head><body>
<div class="topbar"><span>⟦m 今天是：星期二　鞴川天气 多云 19～27℃⟧</span>
<a href="/zzms/">⟦a 长者模式⟧</a> <a href="/dp/">⟦a 读屏专用⟧</a> <a href="/en/">⟦a EN⟧</a></div>
<div class="banner"><img src="/images/bc_banner.jpg" alt="">⟦m 鞴川县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进鞴川⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县文化和旅游局⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11420933MB0127745X/2024-01566⟧</td><td>⟦m 发布机构：鞴川县文化和旅游局⟧</td></tr>
<tr><td>鞴文旅发〔2024〕19号</td><td>⟦m 发布日期：2024-05-21⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-tools">⟦a 【字体：大 中 小】　【打印本页】　【关闭】⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-share">⟦l 分享到：微信 ｜ 微博 ｜ QQ空间⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 鞴川县非物质文化遗产代表性传承人管理办法⟧</li><li>⟦l 2023年度县级非遗项目名录公示⟧</li></ul></div>
<div class="foot">
<p>⟦m 主办：鞴川县人民政府办公室　承办：鞴川县政务数据服务中心⟧</p>
<p>⟦m 网站纠错电话：0719-7320118　政务服务便民热线：12345⟧</p>
<p>⟦m 鄂ICP备05017462号　鄂公网安备42138102000173号　网站标识码4213810019⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为加强竹帘编织技艺保护传承，根据《鞴川县非物质文化遗产代表性传承人认定与管理办法》，现就开展第三批竹帘编织技艺县级代表性传承人认定工作通知如下。
一、申报条件。申报人应长期从事竹帘编织，熟练掌握破篾、拉丝、织帘、上漆等核心技艺，从艺满15年，并积极开展传承活动。
二、申报程序。申报人填写申报表，经所在乡镇审核后，于6月28日前报送县文化和旅游局非遗股。
三、评审认定。县里组织专家对申报人技艺进行现场考评，结果在县政府网站公示7日。
联系人：吕晓岚，电话：0719-7326451。
附件：1.竹帘编织技艺县级代表性传承人申报表
2.传承活动情况登记表
鞴川县文化和旅游局
2024年5月20日
""",
    ),
    dict(
        slug="gov-jinshui-bulletin-hotel-quilt-cover-spot-check",
        site="浕水县人民政府网 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.jinshui.gov.example/xxgk/tzgg/202411/t20241108_88213.html",
        title="关于全县宾馆客房被套更换情况抽查结果的通报",
        date="2024-11-06",
        notes="title given by the record as is; text copy of a portal page: 文号 line neutral; a data table one row "
        "a paragraph; 抄送 and 印发 lines; a portal page date (发布日期) differing from the 成文日期 in Chinese numerals",
        date_also=["2024-11-08"],
        page="""
!m 浕水县人民政府　www.jinshui.gov.example
!m 无障碍浏览　|　长辈版　|　智能问答
!m 首页 / 信息公开 / 通知公告
{T}
!m 发布日期：2024-11-08　来源：县市场监督管理局　访问量：[ 1044 ]
浕市监通〔2024〕37号
{BODY}
!a 〔打印〕〔关闭〕〔收藏〕
!l 上一条：浕水县2024年第三季度食品抽检信息公告
!l 下一条：关于开展冬季燃气安全检查的通知
!m 浕水县人民政府办公室主办　网站纠错：0731-5528069
!m 湘ICP备06030872号-1
""",
        body="""
各乡镇人民政府，县直有关单位，各宾馆酒店：
10月下旬，县市场监管局对城区和3个乡镇的15家宾馆开展了客房被套更换情况暗访抽查，现将结果通报如下。
抽查单位　抽查房间　未按规定更换
城区宾馆　36间　2间
乡镇旅社　24间　5间
合计　60间　7间
抽查发现，部分乡镇旅社存在被套“一客一换”落实不到位、洗涤记录缺失、破损被套未及时报废等问题。对问题单位，已责令限期整改，并将于12月组织复查。
请各宾馆酒店对照问题开展自查，严格执行被套一客一换制度，建立布草洗涤台账。
浕水县市场监督管理局
二〇二四年十一月六日
抄送：县文旅局、县卫健局。
浕水县市场监督管理局办公室　2024年11月6日印发
""",
    ),
    dict(
        slug="news-chancheng-birdcage-market-moves-photo-captions",
        site="韂城新闻网 (invented news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chancheng-news.example/local/2024-06/14/content_771203.htm",
        title="老城鸟笼市场整体迁入鸟语花香城",
        record_title="老城鸟笼市场整体迁入鸟语花香城 - 城事速递 - 韂城新闻网",
        date="2024-06-14",
        notes="news portal: an app prompt glued before the lead, a photo caption and an ad slot between paragraphs, "
        "listen button, 24-hour list; the byline's 发布时间 is the page's date; column and site suffixes",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>老城鸟笼市场整体迁入鸟语花香城 - 城事速递 - 韂城新闻网</title>
<script async src="https://ad.chancheng-news.example/slot.js"></script></head>
<body>
<div class="site-top"><a href="/">⟦m 韂城新闻网⟧</a> <span>⟦m 韂城市委宣传部主管⟧</span> <a href="/app">⟦a 下载韂城新闻客户端⟧</a></div>
<nav>⟦m 首页 · 本地要闻 · 区县 · 民生 · 视频 · 专题⟧</nav>
<div class="crumb">⟦m 韂城新闻网 > 本地要闻 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-06-14 09:32　来源：韂城日报　记者 阎可欣　通讯员 靳书杭⟧</div>
<div class="listen">⟦a 🔊 听新闻　语速 1.0x⟧</div>
{BODY}
<p class="editor">⟦m 责任编辑：卢苇　审核：邬承安⟧</p>
</article>
<div class="share">⟦l 转发到：微信朋友圈 · 微博 · 复制链接⟧</div>
<aside><h3>⟦l 本地热读·24h⟧</h3><ol>
<li>⟦l 韂城夏季公交线路调整一览⟧</li><li>⟦l 鸊湖区新增三处口袋公园⟧</li><li>⟦l 本周末全市气温将突破35℃⟧</li></ol></aside>
<footer>⟦d 韂城新闻网原创稿件，未经授权不得转载。⟧<br>⟦m 互联网新闻信息服务许可证：43120230017　违法和不良信息举报：0736-8812345⟧</footer>
</body></html>
""",
        body="""
⟦a 打开韂城新闻APP，看更多身边事⟧本报讯　6月13日，在韂城老城区西门街经营了二十多年的鸟笼市场，整体搬进了鸊湖区新建的鸟语花香城。
新市场设有鸟笼、鸟具摊位86个，竹编鸟笼、铜丝鸟笼、红木鸟笼分区摆放，还专门留出一片“老手艺”展位，供制笼师傅现场劈竹、拉丝、钻孔。
⟦m 图为制笼师傅卢德顺在新市场展位上为鸟笼上漆。记者 阎可欣 摄⟧
“老地方路窄，早上人一多，挂着鸟笼的车都进不来。”摊主罗海根说，新市场有停车场，还有遮雨的长廊。
⟦a 广告位招租 0736-8810066⟧
据了解，西门街原址将改造为步行街，市场监管部门将对新市场实行摊位编号、明码标价管理。
""",
    ),
    dict(
        slug="news-aoling-mallet-exhibition-title-line",
        site="嶅岭新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.aoling-news.example/2024/1022/c11-30971.html",
        title="县博物馆推出“棒槌与搓衣板”洗衣旧物展",
        record_title=None,
        date="2024-10-22",
        notes="no title in the record: the page's title line; the byline's 发布时间 is the date; an editor line glued "
        "after the last paragraph; a photo caption line between paragraphs",
        page="""
!m 嶅岭新闻网　｜　嶅岭县融媒体中心主办
!m 首页 ＞ 嶅岭要闻
{T}
!m 发布时间：2024年10月22日 10:05　来源：嶅岭县融媒体中心　作者：邵雨禾
!a 字号：A+　A　A-　　｜　分享
{BODY}
!l 【相关新闻】县文化馆“老手艺进社区”活动启幕
!l 【相关新闻】嶅岭老街修缮工程完工
!d 凡注明“来源：嶅岭县融媒体中心”的作品，版权均属本中心，转载请联系授权。
!m 嶅岭县融媒体中心版权所有　湘ICP备10026159号
""",
        body="""
本网讯　10月21日，嶅岭县博物馆“棒槌与搓衣板——百年洗衣旧物展”开展，展出从全县征集来的棒槌、搓衣板、木盆、皂角等洗衣用具120余件。
展品中最早的一根枣木棒槌，已有一百多年历史，握手处被磨得发亮。捐赠人、靸河镇的周桂英老人说，这根棒槌是她婆婆的陪嫁，一家三代人都用它在河边捶过衣裳。
⟦m 〔图〕观众在展柜前细看一组不同年代的捣衣棒槌⟧
展览还设置了互动区，观众可以拿起棒槌在青石板上试着捶一捶湿布，体验过去洗衣的辛苦。展览将持续到明年1月，免费向公众开放，周一闭馆。⟦m （编辑：汤若曦　校对：柯明）⟧
""",
    ),
    dict(
        slug="forum-douyou-pipe-restoration-jammer-fonts",
        site="斗友会论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="http://bbs.douyouhui.example/thread-48215-1-1.html",
        title="一只老石楠烟斗的翻新过程",
        record_title="[修斗日志] 一只老石楠烟斗的翻新过程（附前后对比） - 斗具养护 - 斗友会论坛",
        date=None,
        notes="Discuz-like pipe forum with jammer fonts in the post; poster time relative (3 天前), so no date; "
        "board and site suffixes with a tag and an aside; rating row, signature, reply box",
        page="""
<html><head><meta charset="gbk"><title>[修斗日志] 一只老石楠烟斗的翻新过程（附前后对比） - 斗具养护 - 斗友会论坛</title>
<style>.jammer{font-size:0;color:#fff}</style><script src="static/js/common.js?Dz7"></script></head><body>
<div id="toptb">⟦m 斗友会论坛⟧ <a>⟦a 设为首页⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 斗友会论坛 » 斗具养护 » 一只老石楠烟斗的翻新过程⟧</div>
<div class="ts"><span>⟦m [修斗日志]⟧</span> <h1 id="thread_subject">{T}</h1> <span>⟦m 查看: 3308 | 回复: 41⟧</span></div>
<table class="plhin"><tr><td class="pls">⟦m 老橡木斗⟧<br>⟦m 斗龄 12 年　积分 5620⟧</td>
<td class="plc"><div class="pi">⟦m 楼主　发表于 3 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　斗币 +18　收起 理由：好帖要顶 细节到位⟧</div>
<div class="sign">⟦m 签名：一斗一烟一下午，慢慢抽，慢慢活⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏本帖⟧</div></td></tr></table>
<div class="pgbtn">⟦l 下一主题：求推荐入门级海泡石烟斗⟧</div>
<div id="f_pst">⟦a 登录斗友会后才能参与回帖，还没账号？点此注册⟧</div>
<div id="ft">⟦m 斗友会论坛 ( 苏ICP备16042203号 )⟧　⟦m 当前时区 GMT+8, 页面生成耗时 0.041 秒⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上个月在旧货市场花四十块收了一只老石楠烟斗，斗钵里积碳有半指厚，斗嘴也咬出了牙印。
第一步是去积碳。用铰刀一圈圈刮，刮到积碳剩一层薄薄的保护层就停，千万别刮到木头。
第二步是清烟道。通条蘸高度白酒反复通，通出来的全是黑水，前后用了二十多根。
第三步是修斗嘴。牙印用黑色补土填平，干透后用砂纸从八百目一路磨到两千目，最后抛光。
斗身外面只用软布擦了一遍蜂蜡，保留原来的包浆。翻新完抽了两斗，烟道通畅，没有怪味。
""",
    ),
    dict(
        slug="forum-longyou-birdcage-diy-thread-junk",
        site="笼友之家论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.longyouzhijia.example/bbs/viewthread.php?tid=20931",
        title="自己动手做竹编画眉笼的几点经验",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject line with a board tag; forum junk as lines and glued "
        "after sentences; post time 昨天 is no date; floors and reply prompts",
        page="""
!m 笼友之家 › 笼具制作 › 帖子
!t 【手作交流】自己动手做竹编画眉笼的几点经验
!m 楼主：竹溪老笼匠　｜　昨天 20:47　｜　阅读 1577　回复 23
!m 电梯直达 1#
{BODY}
!a 赞(12)　踩(0)　举报此帖
!l 2# 画眉张：笼门那段讲得好，我做的笼门老是卡
!l 3# 鹩哥他爹：求个笼底托盘的尺寸
!a 您尚未登录，回帖前请先登录笼友之家
!m 笼友之家论坛　Powered by LongyouBBS 3.2
""",
        junk=dict(lines=2, glued=3),
        body="""
做了三年竹编鸟笼，说几点自己的体会，给想入门的笼友参考。
选竹最关键。要用三年生的毛竹，冬天砍的竹子不生虫。破篾后先用盐水煮一遍，晾干再用，笼条才不会变形。
笼条的间距要按鸟来定。画眉笼条距一般在一公分左右，太宽鸟会钻出去，太窄又显得闷。
笼门最容易出毛病。门框要比笼条粗一号，推拉的槽要多打磨几遍，不然鸟一撞就卡住。
最后是上漆。我用的是大漆，刷三遍，每遍之间阴干一周，味道散尽了才能挂鸟。
""",
    ),
]
