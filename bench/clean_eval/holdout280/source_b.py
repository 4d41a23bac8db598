"""holdout280, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-tiangeng-essay-fathers-share-wrapped",
        site="田埂上的笔 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://tiangeng.example.net/2024/04/05/lihua/",
        title="父亲的那片犁铧",
        record_title="父亲的那片犁铧 – 田埂上的笔",
        date="2024-04-05",
        notes="blog essay hard-wrapped at 56 columns; the 发表于 byline is the page's date; a photo placeholder on a line of its own between paragraphs; comments and prev/next links under it",
        page="""
!m 田埂上的笔
!m 写给土地和亲人的文字
!m 首页　｜　乡土　｜　读书　｜　留言板
{T}
!m 发表于 2024-04-05 21:33　分类：乡土　标签：父亲, 农具, 清明
{BODY}
!m 本文共 386 字　｜　被围观 522 次
!l « 前一篇：村口那棵乌桕树
!l 后一篇：插秧的脚印 »
!l 3 条留言
!l 阿禾：读得眼眶发热，我爸也留着一把旧锄头。
!l 南山下：犁铧入土那一段写活了。
!a 发表你的看法（昵称和邮箱为必填）
!m © 田埂上的笔 · 基于 WordPress 搭建
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
清明回老家，在堂屋的墙角看见那片犁铧，铁锈已经爬满了铧面，只有刃口还留着一点当年磨出来的亮光。
那是父亲用了二十多年的犁铧。每年开春前，他都要把犁铧卸下来，扛到镇上的铁匠铺去锻一回，回来再在磨刀石上一点点磨。他说，铧口钝了，牛拉着吃力，人扶着也吃力。
⟦m ［图：堂屋墙角的旧犁铧，手机拍摄］⟧
我十二岁那年跟着父亲下过一回田。他让我扶犁，我一使劲，犁铧就扎得太深，老牛停在田里不肯走。父亲笑着接过去，手腕轻轻一压，泥土便顺着犁壁翻成一条整齐的浪。
后来村里有了旋耕机，犁铧就挂到了墙上。父亲去世后，我把它擦干净，用一块旧棉布包好，放回了原处。
""",
    ),
    dict(
        slug="wechat-qiying-culture-whisk-class-h1",
        site="号文存档 mirror of the WeChat account 崎莹文化云 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.haowencundang.example.cn/mp/qywhy/20240912_2.html",
        title="崎莹县文化馆秋季拂尘功公益培训班招募学员",
        record_title=None,
        date="2024-09-12",
        notes="WeChat mirror: no record title, the title only in an <h1>; the account line's time is the page's date; a follow prompt glued before the first words; scan-to-enrol as content; 阅读原文/在看 rows, a topic tag, a QR line and the mirror's note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>号文存档</title>
<script src="/assets/lazyimg.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 号文存档 · 公众号好文留存⟧ <a href="/">⟦m 返回存档首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 文化馆小崎⟧</span> <a id="js_name">⟦m 崎莹文化云⟧</a> <em id="publish_time">⟦m 2024-09-12 18:30⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
<p>⟦l #拂尘功 #公益培训⟧</p>
</div>
<div class="read-more">⟦a 阅读原文⟧　⟦m 阅读 2816⟧　⟦l 点赞 64　在看 19⟧</div>
<div class="qr">⟦m 长按识别二维码，关注崎莹文化云⟧</div>
</div>
<div class="mirror-note">⟦d 本页由号文存档自动留存，排版与原文可能有出入，版权归原公众号⟧</div>
</body>
</html>
""",
        p_html='<section style="margin:8px 0;"><p style="font-size:15px;">{}</p></section>',
        body="""
⟦a 轻点上方“崎莹文化云”，每周看文化活动⟧为丰富中老年朋友的文体生活，崎莹县文化馆秋季拂尘功公益培训班开始招募学员，现将有关事项告知如下。
一、培训时间：九月二十三日至十二月二十日，每周一、三、五上午八点半至十点。
二、培训地点：县文化馆三楼多功能排练厅。
三、招募对象：县城常住居民，年龄在五十岁至七十岁之间，身体健康，共招募四十人，额满即止。
四、报名方式：扫描文末二维码填写报名表，或携带身份证到文化馆一楼服务台现场报名。
五、其他事项：培训免费，学员自备拂尘一柄，尾长以六十厘米左右为宜；没有拂尘的学员可在首次课上借用馆内练习用拂尘。
咨询电话：0731-3856602（工作日）
""",
    ),
    dict(
        slug="wechat-yongpu-fire-warmer-tips-card",
        site="微篇收录 mirror of the WeChat account 雍瀑消防 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.weipianshoulu.example.com/a/ypxf/20241218/4471.html",
        title="天冷用汤婆子暖被窝，这几点请记牢",
        record_title="天冷用汤婆子暖被窝，这几点请记牢 | 雍瀑消防 - 微篇收录",
        date="2024-12-18",
        notes="WeChat text mirror: the account line's date is the page's date; a card link glued after the last 。; sharing with elders spoken of as content; past-issues list, a share prompt and the mirror's note",
        page="""
!m 微篇收录 › 雍瀑消防
!t 天冷用汤婆子暖被窝，这几点请记牢 | 雍瀑消防
!m 雍瀑消防　2024年12月18日 17:45
!a 点这里的蓝字，把雍瀑消防设为星标
{BODY}
!l —— 往期回顾 ——
!l ▶ 电动车进楼入户，为什么一再禁止
!l ▶ 烤火取暖，这些东西别放在旁边
!a 觉得有用，点个“在看”再走
!d 微篇收录只做文章留存，图片与视频未保存，原文以公众号为准。
""",
        gap=True,
        body="""
最近气温骤降，不少家庭翻出了汤婆子、热水袋暖被窝。消防员提醒，这些老物件用着方便，也有安全讲究。
一是不要用电热棒直接给汤婆子加热，更不要放进微波炉，壶内压力过大容易爆裂。
二是灌水前检查盖子的橡胶垫圈，老化开裂的要及时更换，灌好后倒置看看是否渗水。
三是铜汤婆子不要放在电暖器、炉火边烘烤，壶身过热容易引燃被褥。
四是老人、孩子使用时要套上布套，避免长时间贴身造成低温烫伤。也欢迎大家把这份提示分享给家中长辈。
遇到紧急情况，请第一时间拨打119或120。⟦l 戳下方卡片，看更多冬季防火小知识⟧
""",
    ),
    dict(
        slug="docshare-xiangyue-insight-brushes-points-lock",
        site="享阅文档 (invented document-sharing site)",
        style="文档分享",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.xiangyuedoc.example.com/p-2291803.html",
        title="参加“画笔点亮童年”乡村美育支教活动心得体会",
        record_title="参加“画笔点亮童年”乡村美育支教活动心得体会（Word可直接改） - 享阅文档",
        date=None,
        notes="a sharing page: upload notice, points lock, a service WeChat line, a ratings row; an 'unlock the rest' line between paragraphs; no date (upload stamp only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>参加“画笔点亮童年”乡村美育支教活动心得体会（Word可直接改） - 享阅文档</title>
<script src="//cdn.xiangyuedoc.example.com/js/viewer.js"></script>
</head>
<body>
<div class="top">⟦m 享阅文档⟧ ⟦m 分享知识 共享阅读⟧ <a>⟦a 上传我的文档⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 享阅文档 / 教育文库 / 心得体会⟧</div>
<h1>⟦t 参加“画笔点亮童年”乡村美育支教活动心得体会（Word可直接改）⟧</h1>
<div class="info">⟦m 分享者：蒂萧小学美术组　分享于 5 天前　页数：2　大小：21KB⟧</div>
<div class="score">⟦l 评分 4.8　｜　下载 116 次　｜　收藏 37⟧</div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 本文档剩余内容需 3 积分下载查看⟧ <a>⟦a 取回整篇文档⟧</a></div>
<div class="kf">⟦w 下载遇到问题？加客服微信 xiangyue_kf01⟧</div>
<div class="notice">⟦d 本站文档均由用户分享，享阅文档不对内容的准确性和合法性负责；如有侵权，请提交材料，核实后立即处理⟧</div>
<div class="rel">⟦l 猜你需要：支教工作总结｜美育教学反思｜暑期社会实践报告⟧</div>
<div class="ft">⟦m 享阅文档 xiangyuedoc.example.com 鄂ICP备20041552号⟧</div>
</body>
</html>
""",
        body="""
今年暑假，我作为学校美术组的一员，参加了县教育局组织的“画笔点亮童年”乡村美育支教活动，在蒂萧镇中心小学上了二十天美术课。
出发前，我们每人准备了五十套画笔和颜料。到了学校才发现，不少孩子是第一次握水彩笔，有的孩子舍不得用，画完一张就把笔洗干净收进文具盒。
⟦a 积分不够？分享本文给好友可得2积分⟧
支教中，我最大的体会是美育不在于画得多像，而在于让孩子敢画、愿意画。我让孩子们画自己家的院子、村口的老樟树，画出来的东西稚拙却很真实。
回校后，我们把孩子们的五十多幅作品装订成册，在校园里办了一次小画展。这段经历也让我重新思考自己的美术课该怎样上。
""",
    ),
    dict(
        slug="docshare-wenxiang-request-meters-wps",
        site="文享网 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.wenxiangwang.example.cn/doc/88310457.html",
        title="关于购置数字万用表等电工检测仪器的请示",
        record_title="关于购置数字万用表等电工检测仪器的请示.wps",
        date="2024-08-26",
        notes="file-name record title; a numbered list in the body; the request's own contact beside the site's service WeChat; upload time no date",
        page="""
!m 文享网 — 文档随手享
!t 关于购置数字万用表等电工检测仪器的请示.wps
!m 分享者：电工**　　上传时间：2024-09-02　　类型：WPS　　2页
!w 资料问题请加客服微信 wenxiang_kf07（9:00-21:00）
{T}
{BODY}
!a 剩余内容需 5 积分解锁，会员可直接下载
!d 文享网所有文档均由分享者上传并对内容负责，平台仅提供存储和展示。
!l 相关推荐：实训室设备购置申请报告｜学校仪器采购请示范文
""",
        body="""
县职业中专：
我部电子电工专业现有实训用万用表六十块，其中三十二块为二〇一二年购置的指针式万用表，表头老化、读数偏差大，已不能满足教学需要。今年秋季电子电工专业新生增至九十人，按两人一块配备，仪表缺口较大。
为保证实训教学正常开展，拟申请购置以下仪器：
1.四位半数字万用表五十块；
2.钳形电流表十块；
3.绝缘电阻测试仪四台。
以上仪器预计需经费四万二千元，从学校实训设备专项经费中列支。
妥否，请批示。
联系人：魏国栋　电话：0733-7761248
县职业中专机电部
2024年8月26日
""",
    ),
    dict(
        slug="edu-xuyu-notice-art-tools-attachment-link",
        site="靖漩市旭隅区教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xyedu.jx-example.cn/tzgg/202503/t20250306_1172.html",
        title="关于开展中小学美术学具安全专项检查的通知",
        record_title="关于开展中小学美术学具安全专项检查的通知_通知公告_靖漩市旭隅区教育局",
        date="2025-03-04",
        date_also=["2025-03-06"],
        notes="education portal: a listen button glued before the addressee line; 文号 line under the title (neutral), 附件 list beside the page's attachment download link, the office's contact and mailbox beside the site's technical line; the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展中小学美术学具安全专项检查的通知_通知公告_靖漩市旭隅区教育局</title>
<script src="/js/common.js"></script>
<script>var zoomLevel = 1;</script>
</head>
<body>
<div class="access">⟦a 放大阅读⟧ ⟦a 色弱友好⟧ ⟦a 语音导读⟧</div>
<div class="banner">⟦m 靖漩市旭隅区教育局⟧ ⟦m 立德树人　办人民满意的教育⟧</div>
<ul class="nav">⟦m <li>首页</li><li>教育动态</li><li>通知公告</li><li>政务公开</li><li>办事服务</li>⟧</ul>
<div class="loc">⟦m 当前位置：首页 » 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="art-info">⟦m 发布日期：2025-03-06　来源：区教育局办公室　浏览：1275⟧</div>
<p class="wh">旭教办〔2025〕9号</p>
<div class="art-body">
{BODY}
</div>
<div class="fj">⟦a 附件下载：美术学具安全自查表.xlsx⟧<br>⟦a 附件下载：美术学具采购索证清单.docx⟧</div>
<div class="tools">⟦a 打印　关闭⟧</div>
</div>
<div class="foot">
<p>⟦m 网站技术支持：旭隅区教育信息中心 0739-2250099⟧</p>
<p>⟦m 主办：靖漩市旭隅区教育局　地址：旭隅区文昌路18号⟧</p>
<p>⟦m 湘ICP备14003318号　湘公网安备43011102000231号⟧</p>
</div>
</body>
</html>
""",
        body="""
⟦a 【听全文】⟧各中小学、幼儿园：
近期，部分地区出现学生使用的画笔、彩笔金属箍脱落划伤手指，以及劣质颜料气味刺鼻等问题。为保障学生健康安全，区教育局决定在全区开展美术学具安全专项检查，现将有关事项通知如下。
一、检查内容：学校统一配备及学生自带的画笔、水彩笔、颜料、调色盘等美术学具的质量标识、外观及使用情况。
二、时间安排：三月十日至三月二十八日，各校自查；四月上旬，区教育局组织抽查。
三、工作要求：各校请于三月三十一日前将自查表报送区教育局基础教育科。
附件：1.美术学具安全自查表
2.美术学具采购索证清单
联系人：韦佳　电话：0739-2258641　邮箱：jck@xyedu.jx-example.cn
靖漩市旭隅区教育局办公室
2025年3月4日
""",
    ),
    dict(
        slug="edu-qiying-notice-physics-exam-table",
        site="崎莹县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qyjy.example.gov.cn/tzgg/2025/0403/2216.html",
        title="关于2025年初中物理实验操作考查有关事项的通知",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="title as in the record; a schedule table (one row a paragraph); downloading the scoring rules spoken of as content; the bureau's contact; the page date differs from the 成文日期",
        page="""
!m 崎莹县教育局
!m 首页 ＞ 通知公告 ＞ 正文
{T}
!m 发布日期：2025-04-03　　浏览：862
!a 【打印本文】　【关掉窗口】
{BODY}
!l 上一条：关于做好2025年春季学期学生资助工作的通知
!l 下一条：崎莹县2025年中小学校长培训班开班
!m 主办：崎莹县教育局　技术支持：崎莹县教育技术装备站　湘ICP备12006641号
""",
        body="""
各初级中学：
根据市教育局统一部署，我县二〇二五年初中物理实验操作考查定于四月中旬举行。今年新增“用万用表测量小灯泡两端电压”考查项目，请各校组织学生认真练习。现将考查安排通知如下：
考查日期　学校　考点
4月15日　崎莹县第一中学　一中实验楼
4月16日　县实验中学、瑰洪镇中学　实验中学实验楼
4月17日　蒂萧镇中学、瓜湛镇中学　蒂萧镇中学
考生须携带准考证，考查所用万用表、电池盒等器材由考点统一提供，不得自带。各校可登录县教育局网站下载操作评分细则，组织学生对照练习。
联系人：崔明远　电话：0734-5523078
崎莹县教育局
2025年4月2日
""",
    ),
    dict(
        slug="oa-chongneng-bulletin-meter-misuse-flow",
        site="崇能供电协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.chongneng-power.example.cn/doc/view?id=24072203",
        title="关于检修班组误用万用表电流挡测量电压的通报",
        record_title="〔待签收〕关于检修班组误用万用表电流挡测量电压的通报 - 崇能供电协同办公",
        date="2024-07-22",
        notes="OA document view: 流转记录 rows, a read count, a 签收 button; the department's extension beside the IT desk line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔待签收〕关于检修班组误用万用表电流挡测量电压的通报 - 崇能供电协同办公</title>
<script src="/oa/js/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 澎崇县崇能供电有限公司 · 协同办公⟧ ⟦m 当前用户：检修二班 姚文⟧ <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m <a>待办</a> <a>待阅</a> <a>公文</a> <a>通知</a> <a>通讯录</a>⟧</div>
<div class="doc-view">
<div class="doc-title">⟦t 〔待签收〕关于检修班组误用万用表电流挡测量电压的通报⟧</div>
<div class="doc-ops"><button>⟦a 签收⟧</button> <button>⟦a 转给同事阅⟧</button> <button>⟦a 另存为PDF⟧</button></div>
<h2 class="red-head">{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<table>
<tr><td>⟦m 2024-07-22 15:10　安全监察部 郭振　拟稿⟧</td></tr>
<tr><td>⟦m 2024-07-22 16:42　分管副总 陶亮　核发⟧</td></tr>
<tr><td>⟦m 2024-07-23 08:05　办公室　分发至各车间、班组⟧</td></tr>
</table></div>
<div class="read">⟦m 已阅 86 人　未阅 14 人⟧</div>
</div>
<div class="oa-foot">⟦m 系统问题请拨 IT 服务台 8000⟧ ⟦d 内部资料 注意保密 不得外传⟧</div>
</body>
</html>
""",
        body="""
各车间、班组：
七月十九日下午，配电检修二班在瑰洪镇开闭所进行低压回路检测时，作业人员将万用表置于电流挡直接测量四百伏母线电压，造成表内保险熔断、表笔端部烧熔，作业人员右手轻微灼伤。
经调查，事故的直接原因是作业人员未按规程确认挡位，间接原因是工作负责人未履行监护职责，班组使用的万用表未粘贴挡位警示标识。
公司决定对当事人和工作负责人予以通报批评，扣减当月安全绩效。各班组要立即开展一次仪表使用自查，所有万用表在表盘旁粘贴“测压先看挡”警示贴。
安全监察部联系人：郭振，内线6032。
澎崇县崇能供电有限公司安全监察部
2024年7月22日
""",
    ),
    dict(
        slug="intranet-foundry-minutes-share-hardness",
        site="澎崇县农机铸件厂厂务平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://10.12.0.8/cwpt/notice/2024/0517/312.html",
        title="犁铧热处理质量分析会会议纪要",
        record_title="〈纪要〉犁铧热处理质量分析会会议纪要 · 厂务平台",
        date="2024-05-16",
        date_also=["2024-05-17"],
        notes="intranet minutes: the 时间/地点/主持/参会/记录 lines stay in the body and the 时间 line gives the date; the posting date differs; numbered decisions",
        page="""
!m 澎崇县农机铸件厂 · 厂务平台
!m 首页 > 厂务公开 > 会议纪要
!t 〈纪要〉犁铧热处理质量分析会会议纪要
!m 发布人：厂办　发布于：2024-05-17 09:12　已读 58
{BODY}
!a 标为已读　　转给同事　　导出
!m 厂务平台仅限厂内网络访问　信息科维护 分机 8011
""",
        body="""
时间：2024年5月16日14:30
地点：厂部二楼会议室
主持：郝建国（副厂长）
参会：生产科、质检科、热处理车间、销售科负责人
记录：姚丽
会议通报了四月份犁铧质量抽检情况：共抽检犁铧三百片，硬度不合格十九片，主要集中在四月下旬夜班生产的批次。
会议议定：
一、热处理车间从即日起每班抽测五片犁铧硬度，数据当班录入质量台账；
二、质检科对四月夜班批次产品全部复检，不合格品一律回炉；
三、销售科对已发往雍瀑县的两批犁铧进行回访，发现问题及时调换。
""",
    ),
    dict(
        slug="qa-baixiao-warmer-overnight-question-title",
        site="百晓问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baixiaowenda.example.com/q/7730215",
        title="汤婆子灌开水放被窝里，能整夜不拿出来吗？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question is the title; an adopted-answer badge, a vote row, more answers; 回答于 2 天前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>百晓问答</title>
<script src="/static/qa.js"></script>
</head>
<body>
<div class="hd">⟦m 百晓问答⟧ ⟦m 有问题，就问百晓⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 百晓问答 › 生活 › 家居⟧</div>
<div class="question">
<h1>{T}</h1>
<div class="q-meta">⟦m 提问者：怕冷的小周　｜　浏览 4,512　｜　2 个回答⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="a-user">⟦m 暖冬小助手　｜　家居达人　｜　回答于 2 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦l 有用 236　没用 3　评论 12⟧</div>
</div>
<div class="more"><h3>⟦l 其他回答⟧</h3>
<p>⟦l 北风吹：我家都是睡前放进去，半夜就拿出来了⟧</p></div>
<div class="side"><h3>⟦l 相关问题⟧</h3><p>⟦l 热水袋和汤婆子哪个更保暖？⟧</p><p>⟦l 铜汤婆子漏水还能修吗？⟧</p></div>
<div class="ft">⟦m ©2025 百晓问答 baixiaowenda.example.com⟧</div>
</body>
</html>
""",
        body="""
不建议整夜放在被窝里，尤其是家里老人和孩子用的时候。
汤婆子刚灌进开水时，壶身温度能到八九十度，即便套了布套，贴着脚或腿放上几个小时，也可能造成低温烫伤。低温烫伤一开始只是皮肤发红，不怎么疼，容易被忽视，等起了水泡往往已经伤到深层。
比较稳妥的用法是：睡前半小时把汤婆子放进被窝焐热，人躺下后把它挪到脚边稍远的地方，或者干脆拿出来。
另外，灌水别太满，盖子要拧紧，用前倒过来看看漏不漏。糖尿病患者和感觉迟钝的人尽量不要用。
""",
    ),
    dict(
        slug="qa-zhida-whisk-horsehair-or-silk",
        site="知答社区 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhida-sq.example.com/question/50218834/answer/9920417",
        title="练拂尘功，选马尾拂尘还是人造丝的好？",
        record_title="练拂尘功，选马尾拂尘还是人造丝的好？ - 知答社区",
        date=None,
        notes="Q&A text page: the question as title with a site suffix; the answerer line with 5 天前 (no date); answer count, follow and invite rows",
        page="""
!m 知答社区
!m 首页　话题　待回答
{T}
!m 关注者 86　｜　被浏览 1,204
!a 关注问题　　写回答　　邀请回答
!m 3 个回答　默认排序
!m 白云观下　太极拳教练，教拂尘功八年
!m 编辑于 5 天前
{BODY}
!l 赞同 152　｜　7 条评论　｜　分享　｜　收藏　｜　喜欢
!l 更多回答 ∨
!m 知答社区 · 关于我们 · 社区规范 · 京ICP证190441号
""",
        body="""
看你练的是哪一路。
如果是跟着公园里的老师练拂尘功、拂尘操，建议先买一柄人造丝的，价格几十元，丝软不易打结，洗了也干得快，适合初学。
马尾拂尘手感沉一些，甩起来尾丝散得开，好的马尾拂尘抖开后根根分明，但价格贵，一柄纯白马尾的要几百元，而且要常梳理，不然容易缠绕。
另外注意柄的长短和重量，一般柄长三十厘米左右、整柄重量在二百克以内比较顺手。买的时候最好拿在手里挥几下再决定。
""",
    ),
]
