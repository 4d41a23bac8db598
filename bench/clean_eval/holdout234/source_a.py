"""holdout234, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text case each).

Invented text throughout (places, people, sites, URLs, phones); see ../README.md and ../build.py
for the markup. Objects: ballot boxes, suggestion boxes, name badges, table name cards, laser pointers.
"""

CASES = [
    dict(
        slug="fanwen-moqi-speech-suggestion-box-gb2312",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqi-fw.com/jianghua/huiyi/2025/0402/71326.html",
        title="在县政务服务中心“办不成事”意见箱启用仪式上的讲话",
        record_title="【讲话精选集】在县政务服务中心“办不成事”意见箱启用仪式上的讲话（两篇供挑选）_墨畦范文网",
        date="2025-03-18",
        date_also=["2025-04-02"],
        notes="old gb2312 table page: marquee, reading-settings row, floating writing QQ box, visitor counter; "
        "speaker and date lines under the title neutral; the site's 发布时间 differs from the date under the title; "
        "a ghost-writer id glued after a sentence and a further-reading line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话精选集】在县政务服务中心“办不成事”意见箱启用仪式上的讲话（两篇供挑选）_墨畦范文网</title>
<meta name="keywords" content="意见箱,启用仪式,讲话">
<link href="/css/moqi.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨畦范文网⟧</td><td class="slogan">⟦m 耕好一亩公文田⟧</td><td align="right">⟦a <a href="/user/login.asp">会员登录</a> | <a href="/user/reg.asp">注册新会员</a>⟧</td></tr>
<tr><td colspan="3"><marquee scrollamount="3">⟦m 墨畦范文网提醒您：本站每日更新讲话、总结、方案类范文三百余篇，欢迎收藏⟧</marquee></td></tr>
<tr><td colspan="3" class="menu">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/zhidu/">规章制度</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：墨畦范文网 &gt;&gt; 讲话致辞 &gt;&gt; 会议讲话⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-04-02 10:16　来源：网友投稿　浏览：1286次⟧</div>
<div class="set">⟦a 【阅读设置：字号 大 中 小 ｜ 底色 米黄 豆绿 纯白】⟧</div>
<p align="center">螽阳县人民政府副县长　葛秋澄</p>
<p align="center">（2025年3月18日）</p>
<div class="content">
{BODY}
</div>
<div class="down"><a href="/down.asp?id=71326">⟦a 本篇范文Word版下载（需2个墨豆）⟧</a></div>
<div class="sxp">⟦l 上一篇：在全县政务公开工作推进会上的讲话⟧<br>⟦l 下一篇：窗口单位作风整顿动员会讲话稿⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="t">⟦l 本月热门讲话⟧</div>
<ul><li>⟦l 在政务服务“好差评”工作会上的讲话⟧</li><li>⟦l 局长在窗口服务提升月启动会上的讲话⟧</li><li>⟦l 在便民服务中心揭牌仪式上的致辞⟧</li></ul>
</td></tr></table>
<table width="960" border="0" align="center"><tr><td class="foot">
⟦d 本站范文均由会员投稿或网络整理，仅作写作参考，请勿原文照抄用于正式场合。⟧<br>
⟦m 墨畦范文网 版权所有　冀ICP备18053271号-1⟧<br>
⟦m 您是本站第 0832217 位访客⟧
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 写材料找墨畦 QQ：3304571862 微信同号⟧</div>
<script language="javascript">var cnzz_id = 1279341;</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们、朋友们：
今天，我们在县政务服务中心一楼大厅举行“办不成事”意见箱启用仪式。这只意见箱不大，但它承载的是群众的期盼，检验的是我们的作风。⟦w 代写讲话稿请加 QQ 3304571862⟧
设置这只意见箱，就是要给群众多开一扇说话的门。群众在窗口遇到办不成、办不好、办得慢的事，可以写下来投进箱里，也可以当面交给“办不成事”反映窗口。
⟦l 延伸阅读：政务服务大厅“好差评”工作推进会讲话⟧
对投进箱里的每一条意见，中心要做到三个“必须”：每周一、周四必须开箱，开箱时必须有纪检人员在场，每条意见必须在五个工作日内答复。答复情况要在大厅公示栏张贴，接受群众监督。
各进驻部门要把意见箱当作一面镜子，不怕挑刺，不怕揭短。凡是因推诿扯皮被反映属实的，要严肃追责，绝不护短。
同志们，一只意见箱，一头连着窗口，一头连着民心。希望大家用心对待每一张纸条，让群众的每一条意见都有回音。
""",
    ),
    dict(
        slug="fanwen-shibi-report-table-card-clerk",
        site="拾笔范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.shibi8.net/shuzhi/jiguan/20250116/40718.html",
        title="2024年度县委办公室会务科科员述职报告",
        record_title="2024年度县委办公室会务科科员述职报告（精编可下载）- 拾笔范文网",
        date="2025-01-10",
        date_also=["2025-01-16"],
        notes="date under the signature; the site's posting date differs; a recommended-reading line between "
        "paragraphs and a related link glued after a sentence",
        page="""
!m 拾笔范文网 · 每一篇都能直接用
!m 导航：首页 / 述职报告 / 机关干部述职
!t 2024年度县委办公室会务科科员述职报告（精编可下载）
!m 发布：2025-01-16　字数：约1400字　人气：2093
!a ［加入书签］［Word下载］［发送到手机］
{T}
{BODY}
!a 温馨提醒：登录后可复制全文，非会员每日限复制3次。
!w 材料代笔、述职报告润色，加微信 shibi_wx0715 咨询
!l 上一篇：2024年度机要科科长述职报告
!l 下一篇：党政办主任个人述职述廉报告（乡镇）
!l 相关推荐：会务工作心得体会三篇｜会议筹备工作总结范文
!d 本站文章来源于会员投稿，如有侵权请联系删除；仅供参考，请勿全文照搬。
!m 拾笔范文网 shibi8.net 京ICP备2021039417号
""",
        indent="\u3000\u3000",
        body="""
一年来，我在科长的带领下，主要负责县委常委会、县委全会和各类专题会议的会场布置、座次安排和桌签制作工作。现将履职情况报告如下。
一、严把桌签“零差错”关口。全年共保障各类会议163场，制作桌签2400余个。我坚持“三核对”：对照参会名单核对姓名，对照干部任免文件核对职务，对照座次图核对摆放位置，全年未出现错字、错位问题。⟦l 相关阅读：会议座次安排规则图解⟧
⟦l 推荐阅读：桌签到底怎么摆才规范（附座次示意图）⟧
二、推动桌签制作规范化。针对以往字体、字号不统一的情况，我起草了《会议桌签制作规范》，明确统一使用小标宋字体、双面打印、字高不低于8厘米，经科务会讨论后在全办推行。
三、存在的不足。一是临时调整参会人员时，桌签更换有时不够及时；二是对电子桌签等新设备研究不够。
新的一年，我将继续细心细致做好每一个桌签、每一场会议的保障工作。
述职人：汪小满
2025年1月10日
""",
    ),
    dict(
        slug="wenku-qingjian-research-mobile-ballot-box-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qingjianwk.com/doc/5830172246.html",
        title="关于村（社区）换届选举流动投票箱使用情况的调研报告",
        record_title="关于村（社区）换届选举流动投票箱使用情况的调研报告（完整版·可在线编辑）- 青简文库",
        date="2025-06-20",
        notes="文库 reader: viewer toolbar, upload line (no date), page-marker paragraphs cutting sentences, "
        "a member paywall and similar documents; the date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于村（社区）换届选举流动投票箱使用情况的调研报告（完整版·可在线编辑）- 青简文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="//static.qingjianwk.com/reader/v3/reader.min.js"></script>
</head><body>
<header class="qj-top"><a class="logo" href="/">⟦m 青简文库⟧</a>
<nav><a href="/fanwen/">⟦m 公文范文⟧</a><a href="/jiaoyu/">⟦m 教育资料⟧</a><a href="/hangye/">⟦m 行业报告⟧</a></nav>
<a class="vip" href="/vip/">⟦a 简豆会员 下载全站文档⟧</a></header>
<div class="qj-crumb">⟦m 青简文库 › 公文范文 › 调研报告 › 基层治理⟧</div>
<div class="qj-doc">
<h1>{T}</h1>
<div class="qj-meta">⟦m 上传者：蜉川小吏　上传于 2025-07-03　共5页　浏览 3412 次⟧</div>
<div class="qj-toolbar">⟦a 放大 缩小 全屏阅读 翻到末页⟧</div>
<div class="qj-pages">
{BODY}
</div>
<div class="qj-lock">⟦a 试读已到第3页，剩余2页开通简豆会员即可阅读⟧<button>⟦a 立即获取完整文档⟧</button></div>
</div>
<aside class="qj-like"><h3>⟦l 读过这篇的人也在看⟧</h3>
<ul><li>⟦l 村委会换届选举工作总结（乡镇版）⟧</li><li>⟦l 选举委员会工作职责及投票程序⟧</li><li>⟦l 关于基层民主选举情况的调研⟧</li></ul></aside>
<footer>⟦d 本文档由用户上传至青简文库，仅用于学习交流，如侵犯了您的权益请点此申诉。⟧<br>⟦m 青简文库 沪ICP备20048813号-3⟧</footer>
<script>QJReader.init({docId: 5830172246, free: 3});</script>
</body></html>
""",
        p_html='<p class="qj-p">{}</p>',
        pages=dict(fmt="⋋ {n} ⋌", every=130, start=2),
        body="""
为了解流动投票箱在村（社区）换届选举中的使用情况，县民政局调研组于今年5月走访了6个乡镇、18个村（社区），查阅选举档案，并与选举委员会成员、监票人和部分选民座谈。现将有关情况报告如下。
一、基本情况
上一届换届中，全县共使用流动投票箱214个，接受流动投票的选民6870人，主要是高龄、重病、行动不便的选民。流动投票箱均由选举委员会统一制作、编号，投票前当众检查并加贴封条。
二、存在的问题
一是部分流动投票箱只有两名工作人员随行，不符合不少于三人的要求；二是个别村流动投票的时间、路线没有提前公告；三是少数投票箱封条只有一人签名，事后难以核查。
三、意见建议
建议统一印制流动投票登记表，流动投票箱由三名以上工作人员携带，返回后当众开箱，与中心会场投票箱的选票混合计票。
蜉川县民政局调研组
2025年6月20日
""",
    ),
    dict(
        slug="wenku-zhubo-plan-laser-pointer-wrapped-glued",
        site="竹帛文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.zhubowenku.cn/view/a7e20c3391f4.html",
        title="螗溪县中小学防范激光笔伤眼专项宣传教育方案",
        record_title="〖护眼专题〗螗溪县中小学防范激光笔伤眼专项宣传教育方案｜竹帛文库",
        date="2025-04-08",
        notes="preview text hard-wrapped at 62 columns with page markers glued to the start of the continuation "
        "line; decimal headings; the date under the signature; page count and pay prompts around it",
        page="""
!m 竹帛文库　手机版
!m 文库首页 > 教育 > 安全教育 > 专项方案
!t 〖护眼专题〗螗溪县中小学防范激光笔伤眼专项宣传教育方案
!m 4页　｜　1.2万人读过　｜　贡献者 溪畔老周
!a 加入书单　　导出到手机　　举报
{BODY}
!a 前3页可免费预览，完整文档请用竹帛App打开
!a 下载App，领7天免费阅读卡
!l 你可能还需要：校园安全隐患排查方案｜近视防控宣传月活动方案
!d 竹帛文库仅提供信息存储空间，文档内容由贡献者上传，平台不对其真实性负责。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⍒{n}⍋", every=70, start=2, glue=True),
        body="""
为防范学生玩耍激光笔造成眼部损伤，结合我县实际，制定本方案。
1 工作目标
1.1 让每名学生知道激光笔不能照人眼睛，让每位家长了解大功率激光笔的危害。
1.2 学校周边文具店、小卖部不再向学生销售激光笔类玩具。
2 主要措施
2.1 宣传教育。各校在4月下旬上好一堂护眼安全课，由校医或班主任结合激光伤眼病例进行讲解。
2.2 排查清理。班主任会同家长委员会对学生书包中的激光笔进行一次排查，发现的激光笔通知家长领回，不得随意丢弃。
2.3 联合检查。联合市场监管部门对校园周边200米内的商店开展检查，发现销售无功率标识激光笔的，及时通报处理。
3 工作要求
各校于5月20日前将工作开展情况报县教育体育局安全股。
螗溪县教育体育局
2025年4月8日
""",
    ),
    dict(
        slug="gov-zhongyang-notice-ballot-box-inspection",
        site="螽阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhongyang.gov.example.cn/zwgk/tzgg/202509/t20250912_118204.html",
        title="关于做好县乡两级人大代表选举投票箱制作和检验工作的通知",
        record_title="〔选举工作〕关于做好县乡两级人大代表选举投票箱制作和检验工作的通知 - 螽阳县人民政府",
        record_date="2025-09-12",
        date="2025-09-12",
        date_also=["2025-09-10"],
        notes="county portal: 长者模式/无障碍/繁體 links, an index table whose 文号 cell is unmarked (neutral), "
        "the notice's own 联系人/电话 next to the portal's 纠错 and service lines, 附件 list, 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于做好县乡两级人大代表选举投票箱制作和检验工作的通知 - 螽阳县人民政府</title>
<meta name="ArticleTitle" content="关于做好县乡两级人大代表选举投票箱制作和检验工作的通知">
<meta name="PubDate" content="2025-09-12 16:20">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="toplink"><a>⟦a 长者模式⟧</a> <a>⟦a 无障碍⟧</a> <a>⟦a 繁體⟧</a> <a>⟦a 登录个人中心⟧</a></div>
<div class="banner">⟦m 螽阳县人民政府⟧ <span>⟦m www.zhongyang.gov.example.cn⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进螽阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11430721MB1G27063P/2025-00417⟧</td><td>⟦m 主题分类：民政、选举⟧</td></tr>
<tr><td>⟦m 发布机构：县选举委员会办公室⟧</td><td>⟦m 成文日期：2025-09-10⟧</td></tr>
<tr><td>螽选办〔2025〕6号</td><td>⟦m 发布日期：2025-09-12⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="zoom">⟦a 【字体：大 中 小】【打印此页】【关闭本页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 县选举委员会关于选区划分的公告⟧</p><p>⟦l 螽阳县选民登记工作问答⟧</p></div>
<div class="footer">
<p>⟦m 主办：螽阳县人民政府办公室　承办：螽阳县政务公开中心⟧</p>
<p>⟦m 网站纠错：0736-5829000（工作日）　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备05019426号　网站标识码 4307210014⟧</p>
</div>
<script>var _trs_uv = 1;</script>
</body></html>
""",
        body="""
各乡（镇）人民政府，县直有关单位：
根据县选举委员会工作安排，全县县乡两级人大代表选举将于11月中旬进行投票。为确保投票箱规格统一、安全可靠，现将有关事项通知如下。
一、统一规格。投票箱由各乡镇选举委员会按县里下发的样式统一制作，箱体为透明材质，正面印“选票箱”字样和编号，投票口宽度不超过2厘米。
二、逐个检验。各乡镇于10月31日前组织检验，检查箱体是否牢固、锁具是否完好，检验合格的加贴合格标签，并填写《投票箱检验登记表》。
三、专人保管。检验合格的投票箱由乡镇选举委员会指定专人保管，投票日前不得启封，不得挪作他用。
联系人：曹念秋，电话：0736-5821407。
附件：1.投票箱样式及尺寸图
2.投票箱检验登记表
螽阳县选举委员会办公室
2025年9月10日
抄送：县人大常委会办公室。
螽阳县选举委员会办公室　2025年9月10日印发
""",
    ),
    dict(
        slug="gov-huishan-bulletin-suggestion-box-table",
        site="蟪山县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.huishan.gov.example.cn/zwfw/gsgg/202507/t20250711_6602.html",
        title="关于2025年第二季度政务服务大厅意见箱开箱情况的通报",
        record_title="关于2025年第二季度政务服务大厅意见箱开箱情况的通报 » 公示公告 » 蟪山县政务服务中心",
        date="2025-07-08",
        date_also=["2025-07-11"],
        notes="a county portal's text: breadcrumb, a 发布日期 and views line differing from the 成文日期, a "
        "font-size row before the body, an opinion table one row a paragraph, a satisfaction prompt on a line "
        "of its own between paragraphs",
        page="""
!m 蟪山县人民政府　政务服务中心
!m 首页 ＞ 政务服务 ＞ 公示公告
{T}
!m 发布日期：2025-07-11　　信息来源：县政务服务中心　　阅读次数：614
!a 字号：[大] [中] [小]　　[打印正文]
{BODY}
!a 【收藏本页】　【打印正文】　【关闭窗口】
!l 上一条：关于调整不动产登记窗口午间服务时间的公告
!l 下一条：2025年6月“好差评”情况公示
!m 蟪山县政务服务中心主办　地址：蟪山县迎宾大道88号　咨询电话：0738-6612345
!m 湘ICP备08011735号-2　湘公网安备43130202000318号
""",
        body="""
各进驻部门（单位）：
2025年第二季度，县政务服务中心按规定每周开启大厅意见箱两次，共收到群众意见建议47条，均已按时办理答复。现将有关情况通报如下。
一、意见分类情况
类别　条数　已答复
表扬窗口人员　12　12
反映办事流程　19　19
反映窗口作风　9　9
其他建议　7　7
⟦a 您对本次公开内容是否满意？满意 一般 不满意⟧
二、存在的问题
从意见内容看，不动产登记、社保窗口排队时间长的问题反映较为集中；个别窗口人员态度生硬的问题被反映2次，经核实属实，已对相关人员进行批评教育。
三、下步要求
各部门要对照群众意见逐项整改，整改情况于7月25日前报中心综合科。
蟪山县政务服务中心
2025年7月8日
""",
    ),
    dict(
        slug="news-fushui-spot-check-laser-pointers-table",
        site="蚨水新闻网 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fushuinews.example.cn/ms/2025-05/16/content_88217.html",
        title="蚨水县抽检12批次激光笔 7批次输出功率超标",
        record_title="蚨水县抽检12批次激光笔 7批次输出功率超标 · 民生 · 蚨水新闻网",
        record_date="2025-05-16",
        date="2025-05-16",
        notes="county news portal: an app prompt glued before the lead, a photo caption between paragraphs, a "
        "table of failed samples one row a paragraph, an editor line glued after the last sentence, a listen "
        "button and a 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>蚨水县抽检12批次激光笔 7批次输出功率超标 · 民生 · 蚨水新闻网</title>
<script src="https://res.fushuinews.example.cn/js/stat.js"></script>
</head><body>
<div class="hd"><span>⟦m 蚨水新闻网⟧</span><span>⟦m 蚨水县融媒体中心主办⟧</span>
<a>⟦a 下载“掌上蚨水”⟧</a></div>
<ul class="nav"><li>⟦m 要闻⟧</li><li>⟦m 民生⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 视频⟧</li><li>⟦m 专题⟧</li></ul>
<div class="crumb">⟦m 蚨水新闻网 / 民生 / 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-16 08:52　来源：蚨水县融媒体中心　记者：简若禾⟧</div>
<div class="listen">⟦a ▶ 点击收听本条新闻⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享：微信好友 朋友圈 微博⟧</div>
<div class="h24"><h3>⟦l 24小时热闻⟧</h3><ol>
<li>⟦l 蚨水县城区两条道路夜间封闭施工⟧</li><li>⟦l 县一中举行高考百日誓师大会⟧</li><li>⟦l 蚰田镇杨梅节下月开幕⟧</li></ol></div>
<div class="ft">⟦d 蚨水新闻网所刊原创稿件，未经授权不得转载、摘编。⟧<br>⟦m 互联网新闻信息服务许可证：43120230017　违法和不良信息举报：0739-8102110⟧</div>
</body></html>
""",
        body="""
⟦a 打开“掌上蚨水”App，看更多本地新闻⟧本报讯　近日，蚨水县市场监督管理局对县城文具店、小商品市场和网店销售的激光笔开展专项抽检，共抽检12批次，其中7批次输出功率超标。
根据国家标准，面向儿童销售的激光笔应为1类激光产品，而此次抽检的部分绿光激光笔实测功率远超标称值，足以对眼睛造成伤害。部分不合格产品情况如下：
商品名称　销售渠道　标称功率　实测功率
星空指示笔　小商品市场　<1mW　38mW
多图案激光笔　网店　<5mW　96mW
充电式教鞭笔　文具店　未标注　21mW
⟦m 图为执法人员在小商品市场检查激光笔。记者 简若禾 摄⟧
县市场监管局已责令相关商家下架不合格产品，并对涉事网店经营者立案调查。执法人员提醒，家长不要给孩子购买激光笔，孩子被激光照射后出现视物模糊的，应及时到眼科就诊。⟦m （责编：洪小渠　终审：林蔚）⟧
""",
    ),
    dict(
        slug="news-xiacheng-evening-mobile-ballot-box",
        site="蛱城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xcwb.example.cn/2025/1118/sq/203356.shtml",
        title="流动票箱进家门，九旬老人投下庄严一票",
        date="2025-11-18",
        notes="record gives the title as is; the byline's 发布时间 is the page's date; a photo caption between "
        "paragraphs; share and next-item lines at the bottom",
        page="""
!m 蛱城晚报网｜城事
!m 首页 - 城事 - 社区
{T}
!m 来源：蛱城晚报　作者：韦子衿　发布时间：2025-11-18 07:30
!a 字体：A+ A-　　手机看新闻
{BODY}
!l 分享到：微信 | 朋友圈 | 微博 | 复制链接
!l 下一条：蛉湖区各选区投票工作顺利完成
!l 热门推荐：冬季供暖首日 蛱城热力接到报修326件
!d 凡注明“来源：蛱城晚报”的作品，版权均属蛱城晚报社所有，转载请注明出处。
!m 蛱城晚报社　新闻热线：0735-96008　粤ICP备06087213号
""",
        body="""
11月17日上午，蛉湖区蜢桥社区选民投票站外，三名工作人员抱着贴有封条的流动票箱，走进了93岁的选民朱桂香家中。
“您看，票箱是空的，封条是刚贴的。”工作人员当着老人和家属的面检查票箱后，把选票递给老人。老人在女儿的帮助下看清候选人名单，郑重地画上符号，把选票投进票箱。
⟦m 图：工作人员携流动票箱入户　通讯员 许珂 摄⟧
据了解，蜢桥社区此次共登记流动投票选民31人。社区提前三天张贴公告，公布流动票箱的行走路线和时间；流动票箱返回投票站后，与中心投票箱一起当众开箱计票。
“年纪大了，走不动，可这一票不能少。”朱桂香老人说。
""",
    ),
    dict(
        slug="forum-yingchuang-post-laser-pointer-jammer",
        site="萤窗育儿论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yingchuang-yuer.com/thread-660417-1-1.html",
        title="孩子被同学用激光笔照了眼睛，该怎么处理",
        record_title="[家长求助] 孩子被同学用激光笔照了眼睛，该怎么处理（急） - 小学家长圈 - 萤窗育儿论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts as lines and glued after 。; posted '3 天前' (no date); "
        "rating row, a signature, replies and a reply box",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[家长求助] 孩子被同学用激光笔照了眼睛，该怎么处理（急） - 小学家长圈 - 萤窗育儿论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
</head><body>
<div id="toptb">⟦m 萤窗育儿论坛⟧ <a>⟦a 设为首页⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 萤窗育儿论坛 › 家长圈 › 小学家长圈 › 查看内容⟧</div>
<div class="ts"><h1><span id="thread_subject">{T}</span></h1></div>
<div class="hm">⟦m 查看: 1906 | 回复: 27⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 糖豆妈妈⟧<br>⟦m 积分 842　帖子 139　注册时间 2021-9-3⟧</td>
<td class="plc">
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 参与人数 3　萤火 +6　收起 理由⟧</div>
<div class="sign">⟦m 签名：陪娃写作业的第五年，头发还在⟧</div>
<div class="po">⟦a 回复 引用 举报 点赞 收藏⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 沙发　小石头爸：赶紧去医院查眼底，别拖⟧</p><p>⟦l 板凳　阿布的妈：我们学校去年就发通知不让带了⟧</p></div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没有账号？免费注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　萤窗育儿论坛 浙ICP备19074422号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
各位家长好，想请教一下。昨天放学，儿子说课间有同学拿激光笔照他眼睛，照了好几下，当时眼前一片绿，过了一会儿才好。
回家后我问他，他说现在看东西没什么问题，就是右眼有点酸。那支激光笔是同学在校门口小卖部买的，据说能照到对面楼顶。
我查了一下，大功率激光笔可能伤到眼底，而且早期不一定有感觉。今天上午已经带孩子去医院查了眼底，医生说暂时没发现损伤，让一个月后复查。
现在纠结两件事：一是要不要跟老师说，让学校管一管小卖部；二是要不要找对方家长。大家有类似经历吗？
""",
    ),
    dict(
        slug="forum-gezijian-post-table-card-tips-junk",
        site="格子间论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.gezijian.net/viewthread.php?tid=338102",
        title="会议桌签打印总对不齐？分享几个小窍门",
        record_title="【干货分享】会议桌签打印总对不齐？分享几个小窍门 - 行政文秘版 - 格子间论坛",
        date=None,
        notes="forum thread with junk lines and junk glued after 。; posted 昨天 (no date); numbered tips; floors "
        "and a reply prompt below",
        page="""
!m 格子间论坛 - 打工人的交流角落
!m 格子间论坛 » 行政文秘版 » 帖子详情
!t 【干货分享】会议桌签打印总对不齐？分享几个小窍门
!m 楼主：周一不想上班　发表于 昨天 21:40　阅读 5210　回复 44
!m 本帖最后由 周一不想上班 于 昨天 21:52 编辑
{BODY}
!a 赞(86)　收藏　分享　举报
!l 2# 陈皮不加糖：第二条太真实了，被领导说过好几次
!l 3# 行政小白兔：求楼主的桌签Word模板！
!l 4# 周一不想上班：回复 3# 模板在我空间相册里，自取
!a 回帖需要先登录，还没账号？点此注册
!m 格子间论坛 Powered by Discuz!　苏ICP备17026630号
""",
        junk=dict(lines=2, glued=3),
        body="""
做行政快五年，桌签少说打了上千个，踩过的坑也不少，整理几条给新来的同事参考。
一、先定尺寸再排版。常用的三角桌签展开后是A4纸横放三折，每一面高约7厘米，排版前先折一个样，量好尺寸再设页边距。
二、正反两面都要有名字。很多人只打一面，结果领导坐下后对面看得见，旁边的人看不见。两面内容要上下颠倒着排，折起来才都是正的。
三、字体字号要统一。姓名一般用小标宋或黑体，两个字的名字中间空一格，和三个字的名字保持一样宽。
四、打完先数一遍。按座次表逐个核对后再装盒，带到会场再对一遍，别等领导到了才发现少了一个。
""",
    ),
]
