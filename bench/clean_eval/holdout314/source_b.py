"""holdout314, part B: a blog, WeChat mirrors, sharing sites, education portals, intranets, Q&A sites.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-xiantuan-crochet-shower-puff-wrapped",
        site="线团小屋 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://xiantuanxiaowu.blogbus.cn/post/2025/0309",
        title="用旧毛线钩一个沐浴球",
        record_title="用旧毛线钩一个沐浴球 | 线团小屋 · 手工日记",
        date=None,
        notes="text blog hard-wrapped at 56 columns; decorated record title; no date anywhere (read and comment "
        "counters only)",
        page="""
!m 线团小屋
!m 一针一线，慢慢过日子
!m 首页　｜　钩针　｜　棒针　｜　留言板
{T}
!m 分类：钩针小物　　标签：旧线改造、沐浴球　　阅读（412）　　评论（6）
{BODY}
!l « 上一篇：给女儿钩的草莓杯垫
!l 下一篇：棒针袖口怎么收针 »
!l 评论（6）
!l 小满：好可爱，求图解！
!l 线团小屋 回复 小满：图解在文末相册里～
!d 小屋里的文字和照片都是我自己的，想转走请先留言打个招呼
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
家里囤了好几团织毛衣剩下的棉线，扔了可惜，我就琢磨着钩几个沐浴球，自己用，也送给邻居。
材料很简单：纯棉线一团、3.0毫米钩针一根、剪刀一把。先用锁针起60针，围成一个圈，然后每一针里钩三针长针，一圈一圈往外加，钩到第五圈，布片就会自己卷成波浪形。
最后把布片从中间收紧，缝上一根挂绳，一个蓬松的沐浴球就成了。棉线的沐浴球比网纱的软，搓在身上不刮皮肤，用完放到阳光下晒一晒就干，不容易发霉。
我一个下午能钩两个。上周在小区手工角教了几位阿姨，她们说要钩一批送到敬老院去。
""",
    ),
    dict(
        slug="wechat-moshan-pledge-roll-holders-h1",
        site="蓦山文旅 (invented WeChat account, mirror page)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.mirrorhub.cn/s/moshan-wenlv/20250429-3",
        title="“文明如厕·爱护卷纸架”倡议书",
        record_title=None,
        date="2025-04-28",
        date_also=["2025-04-29"],
        notes="WeChat mirror: no title in the record, the <h1> holds it; a follow prompt glued before the "
        "salutation; 原创 mark, 阅读原文/在看 rows, a collection tag; the pledge's own date expected, the account's "
        "date also accepted; a 分享 sentence as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>蓦山文旅</title>
<script>var biz="MzA4NTc3OTk1Mg==",mid="2659301847";</script>
</head>
<body id="activity-detail">
<div class="mirror-bar">⟦m 公众号文章镜像 · 蓦山文旅 · 第 318 篇⟧ ⟦a 回到该号文章列表⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 蓦山文旅⟧ ⟦m 2025-04-29 07:30⟧ ⟦m 发表于颙山⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="tag">⟦l 收录于合集 #文明旅游 12个⟧</div>
<div class="tool">⟦l 阅读原文⟧ ⟦l 阅读 2136⟧ ⟦l ♡ 在看 41⟧ ⟦a 分享　赞⟧</div>
<div class="qr">⟦a 长按识别二维码，关注蓦山文旅获取景区实时客流⟧</div>
</div>
<div class="mirror-foot">⟦d 本镜像站只保存公开推文的文字，图片与版权归原公众号所有⟧</div>
<script src="/static/mirror.js"></script>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“蓦山文旅”，及时获取景区资讯⟧广大游客朋友们：
今年以来，蓦山风景区27座旅游厕所全部配上了卷纸架和免费厕纸，受到游客的普遍欢迎。但也有个别游客整卷拿走厕纸、拆走卷纸架，仅“五一”前一个月就损坏卷纸架36个。为此，我们向广大游客发出如下倡议：
一、按需取纸，不多拿、不带走，把方便留给下一位游客；
二、爱护设施，不拆卸、不刻画，发现卷纸架损坏请告诉保洁员；
三、互相提醒，看到不文明行为，友善地劝一劝；
四、主动分享，把这份倡议分享给身边的亲友，让文明如厕成为习惯。
一个小小的卷纸架，照见的是一座景区的文明。让我们从自己做起，共同守护蓦山的好山好水。
蓦山风景区管理委员会
2025年4月28日
""",
    ),
    dict(
        slug="wechat-yongshan-fire-spray-cans-in-car",
        site="颙山消防 (invented WeChat account, archived text)",
        style="公众号镜像",
        genre="提示",
        kind="other",
        form="text",
        source="https://gzh.archivewx.com/yongshanxf/20250709/a1",
        title="高温天，这些喷雾瓶千万别留在车里",
        record_title="高温天，这些喷雾瓶千万别留在车里 —— 颙山消防·微信推文归档",
        date="2025-07-09",
        notes="WeChat article archived as text: the account line is the page's date; a follow prompt on a line of "
        "its own, a related link between paragraphs; a 转发 sentence is content",
        page="""
{T}
!m 颙山消防　2025年7月9日 17:02　颙山
!a ↑ 轻触上方蓝字，关注颙山消防
{BODY}
!l 往期回顾：电动车进楼入户，一次都不行
!a 阅读原文　　分享　　♡ 在看
!d 以上内容转存自微信公众平台，只作归档查阅之用
""",
        body="""
入夏以来，我县气温持续走高。7月6日下午，蓦塘镇一辆停在露天停车场的轿车内，一瓶放在仪表台上的防晒喷雾突然爆裂，挡风玻璃被炸出裂纹，所幸车内无人。
消防员提醒，夏季车内温度最高可达六七十摄氏度。防晒喷雾、定型喷雾、空气清新剂等压力喷雾瓶里装有丁烷、丙烷等易燃气体，高温下瓶内压力急剧升高，极易爆裂甚至起火。
⟦l 相关阅读：夏季行车，这五样东西别放车里⟧
如果必须携带喷雾瓶出行，请放在后备箱阴凉处，下车时随身带走。家中的喷雾瓶也要远离燃气灶和取暖器。
转发提醒身边人，让更多人平安度夏。
""",
    ),
    dict(
        slug="docshare-wendangjishi-request-toothpaste-squeezers-docx",
        site="文档集市 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.wdjishi.com/view/3b81f0c2a7.html",
        title="关于为失能半失能老人配置牙膏挤等生活辅具的请示",
        record_title="关于为失能半失能老人配置牙膏挤等生活辅具的请示.docx",
        date="2025-03-03",
        notes="sharing page: upload info and notice, points lock, service WeChat; file-name record title; the "
        "request's own 联系人/电话 beside the site's service line; an items table; 成文日期; upload stamp no date",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>关于为失能半失能老人配置牙膏挤等生活辅具的请示.docx-文档集市</title>
<script>window.__DOC={"id":"3b81f0c2a7","ext":"docx"}</script>
<script src="https://s.wdjishi.com/js/view.8c1.js"></script>
</head>
<body>
<header>
<a class="logo" href="/">⟦m 文档集市⟧</a>
<nav>⟦m <a>公文</a> <a>合同</a> <a>教案</a> <a>论文</a> <a>考试</a>⟧</nav>
<a class="up" href="/upload">⟦a 传文档，赚零花⟧</a>
</header>
<main>
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：阿丽的文件夹　　2025-03-10 上传　　2 页　　阅读 318⟧</div>
<div class="doc-notice">⟦d 本文档为网友自行上传，文档集市仅提供展示，版权争议请走投诉通道⟧</div>
<article class="doc-body">
{BODY}
</article>
<div class="dl">⟦a 下载本文档需 3 积分，积分不够？去充值⟧</div>
<div class="rel">⟦l 同类推荐：敬老院护理服务规范｜关于购置康复器材的请示｜养老机构年度工作计划⟧</div>
</main>
<aside>⟦w 文档问题找客服，微信 wdjs_kf01（9:00—21:00）⟧</aside>
<footer>⟦m © 文档集市 wdjishi.com　闽ICP备20017745号⟧</footer>
</body>
</html>
""",
        body="""
县民政局：
我院现有集中供养老人68名，其中失能、半失能老人27名。这些老人大多手部力量弱，日常刷牙、吃饭、穿衣需要护理员帮忙，护理员人手十分紧张。
为提高老人生活自理能力，我院拟为失能、半失能老人配置一批生活辅具，具体如下：
品名　数量　单价（元）　合计（元）
壁挂式牙膏挤　30个　28　840
加粗手柄勺　30把　15　450
穿衣辅助钩　20个　22　440
合计金额1730元，拟从院里护理服务经费中列支。辅具到位后，我院将组织护理员逐一教会老人使用。
以上请示妥否，请批示。
联系人：付晓丽，电话：0736-5214093。
翌田镇敬老院
2025年3月3日
""",
    ),
    dict(
        slug="docshare-jianyi-contract-sofa-covers-doc",
        site="简易文档网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.jianyidoc.com/hetong/jiagong/71026.html",
        title="沙发套定制加工合同（范本）",
        record_title="沙发套定制加工合同（范本）.doc",
        date=None,
        notes="contract template: 第N条 articles, ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; file-name record "
        "title; an update stamp '2 天前' is no date",
        page="""
!m 简易文档网 · 合同范本频道
!t 沙发套定制加工合同（范本）.doc
!m 格式：DOC　大小：36KB　更新：2 天前　下载：1,204
{BODY}
!a 预览到此为止 · 下载源文件即可直接改写
!d 范本只作参考，签约前请结合实际情况并咨询专业人士
!w 合同代拟、审查服务：微信 jydoc_fw
!l 相关范本：窗帘定制安装合同｜家具维修服务协议
""",
        body="""
定作方（甲方）：××××××
承揽方（乙方）：××布艺加工厂
第一条　甲方委托乙方定制加工沙发套＿＿套，款式、面料、颜色以双方签字确认的样品为准。
第二条　沙发套尺寸由乙方上门测量，测量结果经甲方签字后作为加工依据。因测量错误造成不合身的，由乙方免费返工。
第三条　加工费总额为人民币＿＿＿＿元，甲方于合同签订时预付30%，验收合格后付清余款。
第四条　乙方应于＿＿年＿＿月＿＿日前交货。面料缩水率、色牢度应符合国家有关标准。
第五条　甲方收货后7日内提出质量异议，逾期视为验收合格。
第六条　本合同一式两份，双方各执一份，自双方签字之日起生效。
甲方（签字）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-haoxi-notice-alcohol-spray-bottles",
        site="澔溪县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.haoxi.gov.cn/tzgg/202502/t20250226_5521.html",
        title="关于规范中小学教室酒精喷雾瓶使用管理的通知",
        record_title="关于规范中小学教室酒精喷雾瓶使用管理的通知-通知公告-澔溪县教育信息网",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="education portal with 读屏/适老 links; numbered list; the bureau's own contact and mailbox beside the "
        "portal's technical line; 附件 line beside an attachment download link; 下载/扫描 sentences as content; "
        "portal date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范中小学教室酒精喷雾瓶使用管理的通知-通知公告-澔溪县教育信息网</title>
<script src="/assets/js/jquery-3.6.min.js"></script>
<script src="/assets/js/screenreader.js"></script>
</head>
<body>
<div class="assist">⟦a 读屏专用⟧ ⟦a 关怀模式⟧ ⟦a 进入手机版⟧</div>
<div class="banner"><span class="name">⟦m 澔溪县教育信息网⟧</span><span class="sub">⟦m 澔溪县教育局主办⟧</span></div>
<div class="menu">⟦m <a>网站首页</a> <a>教育要闻</a> <a>通知公告</a> <a>政策法规</a> <a>招生考试</a> <a>校园安全</a>⟧</div>
<div class="location">⟦m 现在位置：网站首页 ＞ 通知公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-02-26　信息来源：安全科　阅读次数：1187⟧</div>
<div class="body">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：澔溪县学校酒精类物品自查表.xlsx（18KB）⟧</div>
<div class="btns">⟦a [ 打印本文 ]　[ 关闭本页 ]⟧</div>
</div>
<div class="links">⟦l 上一篇：2025年春季开学校园安全检查工作方案⟧ ⟦l 下一篇：关于做好中小学春季传染病防控的提醒⟧</div>
<div class="foot">
<p>⟦m 技术支持：澔溪县电化教育馆　运维电话：0738-3312000⟧</p>
<p>⟦m 湘ICP备12017603号-1　地址：澔溪县韡岭镇文昌路66号⟧</p>
</div>
<script>SR.init();</script>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
近期，个别学校在教室内摆放酒精喷雾瓶供学生自取使用，存在火灾和误伤隐患。为保障师生安全，现就有关事项通知如下：
1.教室、宿舍内不得存放酒精喷雾瓶，确需消毒的，改用含氯消毒液或消毒湿巾。
2.医务室、实验室确需使用酒精的，须使用带锁柜单独存放，瓶身贴明显标签，由专人领用登记。
3.严禁学生自带酒精喷雾瓶进校，班主任要在班会上讲清楚原因。
4.各校于3月10日前完成自查，请下载附件填写自查表，盖章扫描后发送至指定邮箱。
联系人：甘文涛，电话：0738-3310526，邮箱：hxjyaq@hxjyj-mail.cn。
附件：澔溪县学校酒精类物品自查表
澔溪县教育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-yunyang-kindergarten-letter-toothbrushing",
        site="赟阳县教育信息网 (invented)",
        style="教育门户",
        genre="致家长的信",
        kind="letter",
        form="text",
        source="http://www.yyjyxx.cn/xqjy/jygy/20250902/3356.html",
        title="致家长的一封信——“我会自己刷牙”习惯养成月",
        record_title="【家园同行】致家长的一封信——“我会自己刷牙”习惯养成月_赟阳县教育信息网",
        date="2025-09-01",
        date_also=["2025-09-02"],
        notes="kindergarten letter on an education portal: 打印回执 sentence as content, a 回执 with ＿＿ blanks; "
        "成文日期 expected, the portal's date also accepted",
        page="""
!m 赟阳县教育信息网
!m 您在这里：首页 / 学前教育 / 家园共育
!t 【家园同行】致家长的一封信——“我会自己刷牙”习惯养成月
!m 发布：翌田镇中心幼儿园　　日期：2025-09-02　　点击：655
{BODY}
!a 【收藏】【打印】【关闭】
!l 相关：幼儿园秋季传染病预防温馨提示
!m 赟阳县教育局主办　　技术维护：赟阳县教育技术装备站
""",
        indent="\u3000\u3000",
        body="""
亲爱的家长朋友：
您好！9月是我园的“我会自己刷牙”习惯养成月。为帮助孩子学会正确刷牙，请您配合做好以下几件事：
一、为孩子准备一把软毛儿童牙刷和一支儿童含氟牙膏，牙膏量每次约豌豆大小。
二、在家中洗手台旁安装一个儿童牙膏挤，孩子够得着、按得动，就能自己挤牙膏，不会一下挤出一大截。
三、每天早晚陪孩子刷牙，每次不少于两分钟，可以和孩子一起唱刷牙歌。
四、请打印文末回执，填写孩子的刷牙情况，于9月30日前交给班主任。
谢谢您的支持与配合！
翌田镇中心幼儿园
2025年9月1日
回执：幼儿姓名＿＿＿＿　班级＿＿＿＿　本月自己刷牙＿＿天　家长签名＿＿＿＿
""",
    ),
    dict(
        slug="intranet-zhiyue-minutes-sofa-cover-elastic",
        site="织悦布艺协同办公 (invented OA intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.zhiyuebuyi.local/doc/view?id=20250612-07",
        title="关于弹力沙发套松紧带脱线问题的质量专题会议纪要",
        record_title="〔质量攻关会〕关于弹力沙发套松紧带脱线问题的质量专题会议纪要 - 织悦协同办公",
        date="2025-06-12",
        notes="OA document view: user bar, 流转记录 table, read count, a 'read' button; minutes with "
        "时间/地点/主持/参会/记录 lines; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质量攻关会〕关于弹力沙发套松紧带脱线问题的质量专题会议纪要 - 织悦协同办公</title>
<link rel="stylesheet" href="/static/oa/css/view.css">
<script src="/static/oa/js/oa-core.js"></script>
</head>
<body>
<div class="oa-top">⟦m 织悦协同办公⟧ ⟦m 当前用户：尹佳琪（质量部）⟧ ⟦a 待办 6⟧ ⟦a 退出⟧</div>
<div class="oa-left">⟦m <a>我的桌面</a> <a>公文管理</a> <a>会议纪要</a> <a>制度流程</a> <a>通讯录</a>⟧</div>
<div class="oa-main">
<div class="oa-path">⟦m 公文管理 / 会议纪要 / 质量类⟧</div>
<h2 class="doc-t">⟦t 〔质量攻关会〕关于弹力沙发套松紧带脱线问题的质量专题会议纪要⟧</h2>
<div class="doc-paper">
<p class="center"><b>{T}</b></p>
{BODY}
</div>
<div class="doc-act">⟦a 我已阅知⟧ ⟦a 转交他人⟧ ⟦a 导出Word⟧</div>
<table class="flow">
<tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 质量部 尹佳琪　起草　06-12 17:40⟧</td></tr>
<tr><td>⟦m 副总经理 汤志国　签发　06-13 09:05⟧</td></tr>
<tr><td>⟦m 生产部 闫涛　已阅　06-13 10:22⟧</td></tr>
</table>
<div class="readcnt">⟦m 阅读人数 37 ／ 应阅 41⟧</div>
</div>
<div class="oa-foot">⟦d 公司内部文件，严禁拍照外传⟧ ⟦m IT服务台分机 8000⟧</div>
<script>OA.view.init();</script>
</body>
</html>
""",
        body="""
时间：2025年6月12日14:30
地点：公司三楼质量会议室
主持：副总经理 汤志国
参会：生产部、质量部、采购部、电商部负责人
记录：质量部 尹佳琪
会议听取了电商部关于弹力沙发套退货情况的汇报。5月份，四季款弹力沙发套因松紧带脱线退货213单，占该款销量的4.2%。经质量部拆检，主要原因是新换供应商的松紧带弹性回复率不足，加上锁边针距偏大。
会议议定以下事项：
一、采购部即日起暂停新供应商的松紧带进货，库存批次全部送检；
二、生产部把锁边针距由每3厘米12针调整为16针，6月20日前完成工艺卡修订；
三、质量部在成品检验中增加拉伸10次测试，抽检比例由2%提高到5%；
四、电商部对已退货客户逐一回访，免费补寄新品。
""",
    ),
    dict(
        slug="intranet-jierun-rules-shower-puff-heat-sealing",
        site="颙山洁润日化用品厂内部信息门户 (invented)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://10.8.1.20/portal/zhidu/scaq/0317",
        title="沐浴球热熔扎口工位安全操作规程",
        record_title="内部制度｜沐浴球热熔扎口工位安全操作规程（2025年第3版）",
        date=None,
        notes="intranet rule with 第N条 articles, one speaking of scanning a QR code; a year in the title only; "
        "modification stamp '5 天前' is no date",
        page="""
!m 颙山洁润日化用品厂 · 内部信息门户
!m 制度文件 > 生产安全类 > 车间规程
!t 内部制度｜沐浴球热熔扎口工位安全操作规程（2025年第3版）
!m 发文部门：生产安全科　　版本：v3.2　　阅读范围：全厂
{BODY}
!a ✔ 我已学习　　⬇ 导出PDF　　🖨 打印
!m 本文已被阅读 214 次，最近修改 5 天前
!d 厂内资料，仅限本厂员工查阅
""",
        body="""
第一条　为防止热熔扎口作业中发生烫伤、夹手事故，结合本厂实际，制定本规程。
第二条　操作人员须经车间安全培训合格后上岗，上岗前扫描工位二维码完成班前点检。
第三条　开机前检查热熔头、防护罩和急停按钮是否完好，热熔头温度设定不得超过180℃。
第四条　作业时双手握住网纱两端送料，严禁用手指推送网纱进入热熔区；网纱卡住时，先按急停按钮，再用专用镊子取出。
第五条　热熔头更换须在断电冷却30分钟后进行，并挂“正在检修”牌。
第六条　下班前关闭电源，清理工位上的网纱边角料，边角料集中放入防火收纳箱。
第七条　本规程由生产安全科负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="qa-wenwen-sofa-cover-shrunk-question-title",
        site="问问居家 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenjujia.com/q/1107733.html",
        title="弹力沙发套洗了以后缩水套不上了怎么办？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record, the question is the title; adopted-answer badge, vote row, more "
        "answers; '3 天前' and '回答于 昨天' are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问问居家 - 生活难题一问就懂</title>
<script src="https://cdn.wenwenjujia.com/js/qa.min.js"></script>
</head>
<body>
<div class="hd">⟦m 问问居家⟧ ⟦m 生活难题一问就懂⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="crumbs">⟦m 问问居家 › 家纺布艺 › 清洁保养⟧</div>
<div class="question">
<h1>{T}</h1>
<div class="q-meta">⟦m 提问者：小鹿乱撞　　3 天前　　浏览 5,873⟧</div>
<div class="q-desc">⟦m 问题补充：买的是那种全包的弹力款，洗衣机洗完就短了一截⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 布艺老裁缝阿梅　｜　家纺行业 15 年　｜　回答于 昨天⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a 有用 86　没用 2　评论 7⟧</div>
</div>
<div class="more">⟦l 其他 4 条回答⟧</div>
<div class="answer">⟦l 匿名用户：直接买大一号的，别折腾了⟧</div>
<div class="answer">⟦l 小橙子：我用吹风机边吹边拉，也能撑回去一点⟧</div>
<div class="side">⟦l 相关问题：沙发套起球了怎么处理？⟧ ⟦l 相关问题：皮沙发能用布艺沙发套吗？⟧</div>
<div class="ft">⟦m © 问问居家　粤ICP备22040517号⟧</div>
</body>
</html>
""",
        body="""
这种情况我遇到过，弹力沙发套大多是聚酯纤维加氨纶，用热水洗或者放进烘干机，很容易缩水变紧。可以试试下面的办法：
1.把沙发套泡在30℃左右的温水里，加两勺护发素，泡20分钟，让纤维变软；
2.不要拧干，捞出来轻轻按压掉多余的水，趁半湿套到沙发上，边套边往四角拉；
3.让它在沙发上自然晾干，干了以后基本能恢复到原来的尺寸。
以后清洗记住三点：冷水手洗或者洗衣机轻柔档，不用烘干，不要暴晒。实在套不上，也可以在靠背后面加一段同色松紧布，找裁缝改一下，花不了多少钱。
""",
    ),
    dict(
        slug="qa-zhuangxiu-roll-holder-height",
        site="家装知道 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.jiazhuang365.cn/question/55820931.html",
        title="卫生间卷纸架装多高合适？",
        record_title="卫生间卷纸架装多高合适？ - 装修问答 - 家装知道",
        date=None,
        notes="Q&A answer as text; decorated record title; '更新于 昨天' is no date",
        page="""
!m 家装知道 > 卫浴 > 五金挂件
{T}
!m 2 个回答　　被浏览 3,106 次
!m ★ 网友采纳
!m 回答者：老木匠阿坤　　装修行业 12 年　　更新于 昨天
{BODY}
!a 赞同 127　　反对　　收藏　　举报
!l 更多回答：卷纸架选不锈钢还是太空铝？
!l 相关问题：马桶旁边没有墙怎么装卷纸架？
!a 我来回答（写回答需先登录）
""",
        body="""
一般来说，卷纸架的中心离地面60到70厘米比较合适，坐在马桶上手一伸就能拿到。具体可以按下面几点来定：
一是位置。装在马桶侧前方，离马桶前沿15到25厘米，别装在身后，否则要扭着身子拿纸。
二是避开水。离淋浴区远一点，最好选带防水盖的款式，免得洗澡时把纸溅湿。
三是照顾老人。家里有老人的，可以和扶手一起装，或者选带置物台的卷纸架，手机也有地方放。
装之前先用铅笔在墙上画好位置，坐到马桶上比一比，再打孔。瓷砖墙打孔要用专用钻头，注意避开墙里的水管。
""",
    ),
]
