"""holdout200, part A: 范文 sites, 文库 previews, document sharing, writing apps, download stations.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="jianxiang-speech-rope-skipping-opening",
        site="笺香范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jianxiang-fw.com/jh/kaimu/2025/0422/61907.html",
        title="在骅川县第三届中小学生跳绳比赛开幕式上的讲话",
        record_title="【致辞荟萃】在骅川县第三届中小学生跳绳比赛开幕式上的讲话（精编三篇）_笺香范文网",
        date="2025-04-18",
        notes="old table layout with marquee, font/colour row, hot list, floating ghost-writer QQ box and a visitor counter; "
        "speaker and date lines under the speech title are neutral; an update stamp is no date; a copy button glued "
        "after a 。 and a ghost-writer line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞荟萃】在骅川县第三届中小学生跳绳比赛开幕式上的讲话（精编三篇）_笺香范文网</title>
<meta name="keywords" content="跳绳比赛,开幕式讲话,体育局长讲话">
<link href="/css/jx.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ad_top.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/logo.gif" width="240" height="60" alt=""></td>
<td class="slogan">⟦m 笺香范文网——替您把材料写在前头⟧</td>
<td align="right">⟦a <a href="javascript:void(0)">设为主页</a> | <a href="javascript:void(0)">加入书签</a>⟧</td></tr>
</table>
<table width="980" align="center" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jh/">⟦m 讲话致辞⟧</a></td><td><a href="/zj/">⟦m 总结汇报⟧</a></td><td><a href="/xd/">⟦m 心得感悟⟧</a></td><td><a href="/ty/">⟦m 体育赛事⟧</a></td>
</tr></table>
<table width="980" align="center"><tr><td><marquee scrollamount="3">⟦d 笺香提醒：范文只给思路，原样照搬出了问题本站概不负责⟧</marquee></td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：笺香范文网 &gt;&gt; 讲话致辞 &gt;&gt; 开幕致辞 &gt;&gt; 正文⟧</div>
<h1>⟦t 【致辞荟萃】在骅川县第三届中小学生跳绳比赛开幕式上的讲话（精编三篇）⟧</h1>
<div class="info">⟦m 来源：笺香编辑部　整理时间：2025-04-22　阅读：1372次⟧</div>
<div class="tool">⟦a 【字号：大 中 小】【换个底色】【整篇打印】【关闭本页】⟧</div>
<div class="content">
<p align="center"><b>{T}</b></p>
<p align="center">骅川县教育体育局局长　蒋卫东</p>
<p align="center">（2025年4月18日）</p>
{BODY}
</div>
<div class="vip">⟦a 余下2篇需笺香会员才能整篇复制，开通仅需9.9元⟧</div>
<div class="sx">⟦l 上一篇：在全县校园足球联赛闭幕式上的讲话⟧<br>⟦l 下一篇：中学春季运动会裁判员代表发言稿⟧</div>
</td>
<td width="270" valign="top">
<div class="bt">⟦l 本周热读榜⟧</div>
<ul><li>⟦l 1.小学趣味运动会开幕词⟧</li><li>⟦l 2.体育老师个人述职（两篇）⟧</li><li>⟦l 3.全民健身日活动主持稿⟧</li></ul>
<div class="bt">⟦l 编辑推荐⟧</div>
<ul><li>⟦l 阳光大课间活动总结汇报⟧</li><li>⟦l 在学生体质健康工作会上的讲话⟧</li></ul>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 材料急用？专人代笔 QQ：2853091746⟧</div>
<table width="980" align="center" class="foot"><tr><td>
⟦m 今日访问：3681　累计访问：2190447⟧<br>
⟦d 本站文章多系网友投稿，版权争议请来函，核实后二十四小时内撤下。⟧<br>
⟦m Copyright 2009-2025 jianxiang-fw.com 笺香范文网 湘ICP备09031276号⟧
</td></tr></table>
<script>var qq=document.getElementById('qqfloat');setInterval(function(){qq.style.top=(document.documentElement.scrollTop+200)+'px'},50);</script>
</body></html>
""",
        body="""
老师们、同学们，各位裁判员：
春光正好，绳影飞扬。今天，骅川县第三届中小学生跳绳比赛在县体育中心开幕。我代表县教育体育局，向参赛的41支代表队、386名运动员表示热烈欢迎，向承办比赛的骅口镇中心学校和各位裁判员表示衷心感谢！
跳绳器材简单、场地灵活，是最适合在校园普及的体育项目之一。⟦a 〔复制此段〕⟧近三年，全县把跳绳列为大课间必练内容，学生体质健康测试优良率由41.2%提高到55.6%，一批乡村学校的孩子在市级比赛中崭露头角。
⟦w 讲话稿写到一半卡住了？笺香代笔，当天交稿⟧
本届比赛设单摇、双摇、交互绳和集体长绳四个项目。希望运动员们赛出风格、赛出水平，希望裁判员们严格执裁、公正公平，希望各代表队注意安全、文明参赛。
最后，预祝比赛圆满成功！
""",
    ),
    dict(
        slug="mozhan-insight-bp-monitor-training",
        site="墨栈范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.mozhan-fw.cn/xinde/peixun/53186.html",
        title="参加家用血压计规范使用培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line holds it; an update stamp is no date; a ghost-writer WeChat "
        "line glued after a 。, a site tag glued before a paragraph's first words",
        page="""
!m 墨栈范文 · 基层写作资料库
!m 首页 ＞ 心得体会 ＞ 培训心得 ＞ 医疗卫生
!a 【一键复制】 【存为Word】 【纠错】
{T}
!m 投稿：望舒　　浏览量：2046　　更新于：2025-06-03
{BODY}
!a 已展示全文的七成，余下内容登录墨栈后继续阅读
!l 同类范文：
!l · 乡村医生慢病管理培训心得三篇
!l · 家庭医生签约服务工作体会
!l · 公卫项目业务培训学习收获
!d 墨栈范文所载文章均来自投稿，观点不代表本站，转载请注明出处。
!m 墨栈范文 mozhan-fw.cn　桂ICP备22014758号
""",
        indent="\u3000\u3000",
        body="""
今年5月，我作为骅川县骅口镇卫生院的家庭医生助理，参加了县卫生健康局组织的家用血压计规范使用培训。三天的课程不长，却让我对“量血压”这件看似简单的小事有了全新的认识。
过去入户随访时，我常看到老人刚爬完楼就急着测量，袖带绑在毛衣外面，读数偏高还以为病情加重。⟦w 写不出来找墨栈，微信 mz_xiezuo66⟧培训老师反复强调，测量前要静坐五分钟，袖带下缘距肘窝两横指，手臂与心脏保持同一高度，这些细节直接决定数据是否可信。
⟦m 墨栈原创首发⟧回到岗位后，我把要点做成一张图文卡片，随访时一户一户地教。两个月下来，签约老人自测数据的合格率明显提高，医生调药也更有依据了。
我体会到，基层健康服务没有小事，把一台血压计用对，就是把健康守护落到了实处。
""",
    ),
    dict(
        slug="shiye-wenku-survey-wall-clock-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shiyewk.com/doc/5d71c0a2e8.html",
        title="关于汭州市家用挂钟质量状况的调研报告",
        record_title=None,
        date="2025-03-12",
        notes="文库 reader: no title in the record (the <h1> holds it), viewer toolbar, page-marker paragraphs "
        "'⦿ n ⦿' cutting sentences, a coin pay box; data table one row a paragraph; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>拾页文库 - 在线阅读</title>
<script>window.__DOC__={pages:5,free:2,fmt:"pdf"};</script>
<link rel="stylesheet" href="/static/reader.8f2c.css"></head>
<body>
<header class="top"><a class="logo" href="/">⟦m 拾页文库⟧</a>
<form class="so"><input placeholder="搜文档、搜范文"><button>⟦a 搜一下⟧</button></form>
<a href="/vip">⟦a 开通拾页月卡 海量文档随心看⟧</a> <a href="/login">⟦a 登录｜新用户注册⟧</a></header>
<nav class="crumb">⟦m 拾页文库 / 行业资料 / 质量检验⟧</nav>
<main><div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：简***叶　格式：PDF　页数：5　上传于 2025-03-19⟧</p></div>
<div class="viewer-bar">⟦a 放大 缩小 全屏阅读 目录⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay-box"><p>⟦a 前2页可免费预读，后3页需解锁⟧</p><button>⟦a 付 6 文豆 立即解锁⟧</button></div>
</main>
<aside class="side"><h4>⟦l 同类文档⟧</h4><ul>
<li>⟦l 电子钟表质量抽查分析.pdf⟧</li><li>⟦l 小家电消费投诉调研报告.docx⟧</li><li>⟦l 比较试验工作规范（试行）.doc⟧</li></ul></aside>
<footer><p>⟦d 拾页文库内容由用户上传，平台仅提供展示服务，侵权内容请走“权利人通道”申诉。⟧</p>
<p>⟦m 浙ICP备23018842号-3　拾页文库 shiyewk.com⟧</p></footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⦿ {n} ⦿", every=190, start=2),
        body="""
为了解我市家用挂钟的质量状况，市消费者权益保护委员会于2025年1月至2月，在全市6个区县的商场、超市和网店购买挂钟样品32批次，委托检测机构进行比对试验，并对412名消费者开展问卷调查。现将情况报告如下。
一、样品检测情况
样品类型　批次　走时合格　外观合格
石英指针挂钟　18　16　17
电波自动校时挂钟　9　9　8
数字显示挂钟　5　4　5
二、消费者反映的主要问题
问卷显示，31.3%的消费者遇到过挂钟走时偏快或偏慢，22.6%遇到过秒针声音过大影响休息，另有部分消费者反映网购挂钟实物与图片不符、售后无人回应。
三、建议
一是生产企业要严把机芯进货关，在说明书中标明走时误差和电池规格；二是经营者要如实描述商品，落实七日无理由退货；三是消费者选购时宜查看机芯品牌和静音标识的检测依据。
汭州市消费者权益保护委员会
2025年3月12日
""",
    ),
    dict(
        slug="yeyetong-plan-bike-lock-wrapped-markers",
        site="页页通文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.yeyetong.net/p-88410273.html",
        title="汭州市公共自行车智能车锁更换工作实施方案",
        record_title="汭州市公共自行车智能车锁更换工作实施方案.pdf",
        date="2025-02-26",
        notes="file-name record title; PDF text hard-wrapped at 62 columns and cut by '⌖第n页⌖' glued to the continuation "
        "line; signature date in Chinese numerals; upload stamp is no date",
        page="""
!m 页页通文库 › 公共管理 › 城市交通
!t 汭州市公共自行车智能车锁更换工作实施方案.pdf
!m 共4页　1.6万次阅读　上传时间 2025-03-04
!a ＋收藏　　下载（需8下载券）　　转存网盘
{BODY}
!a —— 免费试读到此为止，剩余2页请购买后继续 ——
!a 单篇 ¥5.80　　页页通年卡畅读
!d 文档来源于用户共享，页页通文库仅做存储展示，如有权利瑕疵请走申诉通道
!l 看过本文的人还看了：共享单车停放管理办法.docx ｜ 公共自行车运营维护考核细则.pdf
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⌖第{n}页⌖", every=130, start=2, glue=True),
        body="""
各区城市管理局，市公共自行车运营公司：
为解决公共自行车机械车锁老化、还车失败率高的问题，市城市管理局决定今年在主城区分批更换智能车锁。现制定实施方案如下。
一、更换范围
主城区286个站点的7400辆公共自行车和9100个锁止器，优先更换投诉集中、故障率高于8%的站点。
二、时间安排
3月为试点阶段，在骢湖区选取20个站点先行更换；4月至6月全面铺开，每晚22时后分站施工，次日6时前恢复借还。
三、工作要求
运营公司要在站点张贴更换公告，提前通过手机应用推送停用信息；各区城市管理局要加强巡查，对施工期间乱停乱放的车辆及时清理；更换下来的旧车锁统一回收，不得随意丢弃。
汭州市城市管理局
二〇二五年二月二十六日
""",
    ),
    dict(
        slug="wendouquan-request-bp-monitors-docx",
        site="文兜圈 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.wendouquan.com/d/7c41aa90f3.html",
        title="关于为村卫生室配备智能血压计的请示",
        record_title="关于为村卫生室配备智能血压计的请示.docx",
        date="2025-03-18",
        notes="file-name record title; sharing page with an upload notice, a points lock and a service line and WeChat "
        "beside the request's own 联系人/电话 line; upload stamp is no date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>关于为村卫生室配备智能血压计的请示.docx - 文兜圈</title>
<script src="https://cdn.wendouquan.com/js/track.min.js"></script></head>
<body>
<div class="hd"><a href="/" class="logo">⟦m 文兜圈⟧</a> <span>⟦m 好文档 兜里装⟧</span>
<a href="/up">⟦a 传文档领积分⟧</a> <a href="/me">⟦a 我的兜⟧</a></div>
<div class="path">⟦m 文兜圈 » 公文写作 » 请示报告⟧</div>
<div class="doc">
<h2 class="fname">⟦t 关于为村卫生室配备智能血压计的请示.docx⟧</h2>
<div class="up">⟦m 分享者 簟湾小邵　｜　上传于 2025-03-21　｜　浏览 815　｜　下载 64⟧</div>
<div class="note">⟦d 此文档为用户自愿上传，文兜圈只作存储，若侵犯您的权益请发送证明材料，我们会尽快下架。⟧</div>
<div class="page">
{BODY}
</div>
<div class="lock">⟦a 下载需15积分，今日签到可领5积分⟧ <a class="btn">⟦a 下载源文件⟧</a></div>
</div>
<div class="rel"><h3>⟦l 大家都在下⟧</h3>
<p>⟦l 关于购置医疗设备的请示（范文）⟧</p><p>⟦l 卫生院设备采购申请报告⟧</p><p>⟦l 基本公卫项目资金使用请示⟧</p></div>
<footer>⟦m 客服热线：400-870-2316（9:00—21:00）⟧<br>⟦w 兜兜客服微信：wdq_kf2025⟧<br>⟦m © 2025 文兜圈 wendouquan.com⟧</footer>
</body></html>
""",
        body="""
县卫生健康局：
我院辖区有村卫生室14个，服务65岁以上老年人3860人，其中高血压患者1127人。目前各村卫生室使用的多为水银血压计和老式电子血压计，已有9台损坏，测量数据无法上传到健康档案系统，影响慢病随访质量。
为落实基本公共卫生服务项目要求，我院拟为14个村卫生室各配备上臂式智能血压计2台，共28台，预计需资金约5.6万元，申请从2025年基本公共卫生服务项目资金中列支。设备到位后，由我院统一组织村医培训，随访数据实时上传。
以上请示妥否，请批示。
联系人：邵明霞　电话：0739-6612085
骐阳县簟湾镇卫生院
2025年3月18日
""",
    ),
    dict(
        slug="gongxiangge-contract-fishing-rod-template",
        site="共享阁 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.gxg-doc.com/view/hetong/204417.html",
        title="碳素鱼竿购销合同",
        record_title="碳素鱼竿购销合同（可编辑）〖渔具门店版〗",
        date=None,
        notes="decorated record title; contract template with ×× placeholder, ＿＿ blanks, 第N条 articles and a "
        "＿＿＿＿年＿＿月＿＿日 signing line; 'shared 3 days ago' is no date",
        page="""
!m 共享阁 - 文档互助平台
!m 合同协议 / 买卖合同 / 渔具
!t 碳素鱼竿购销合同（可编辑）〖渔具门店版〗
!m 贡献者：钓翁阿四　　大小：21KB　　评分：4.7　　分享于 3 天前
!d 温馨提示：本文档为网友自愿分享，共享阁不保证其内容的法律适用性，使用前请咨询专业人士。
{BODY}
!a 获取完整可编辑版本：点本页右上角“下载”，消耗5共享币
!l 相关推荐：渔具店加盟合同 / 鱼饵代销协议 / 户外用品采购合同
!m 共享阁 gxg-doc.com　客服邮箱 help@gxg-doc.com
""",
        body="""
甲方（供货方）：××渔具有限公司
乙方（采购方）：＿＿＿＿＿＿＿＿
第一条　乙方向甲方采购碳素鱼竿，型号、长度、数量、单价以双方确认的订货单为准，订货单为本合同附件。
第二条　甲方保证所供鱼竿为合格产品，每支附产品合格证，竿身不得有裂纹、脱漆，竿节收放顺畅。
第三条　甲方应于合同签订后＿＿日内将货物送至乙方指定地点，运费由甲方承担。
第四条　乙方收货后三日内验货，发现质量问题的，甲方负责退换；因乙方使用不当造成断竿的，不在退换之列。
第五条　货款在验收合格后＿＿日内以银行转账方式一次付清。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="miaobitong-flag-speech-bike-lock-h5",
        site="妙笔通 (invented writing app, H5 share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.miaobitong.cn/share/doc?id=mb77120&from=wxfriend",
        title="锁好单车 守护平安——国旗下讲话",
        record_title="锁好单车 守护平安——国旗下讲话（晨会直接用）· 妙笔通",
        date=None,
        notes="writing app H5 share: open-app mask, AI buttons, a fold; an AI-continue button glued after a 。 and an "
        "app-download line between paragraphs; '1 天前更新' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>锁好单车 守护平安——国旗下讲话（晨会直接用）· 妙笔通</title>
<script>window.__SHARE__={docId:"mb77120",from:"wxfriend"};</script></head>
<body>
<div class="open-app-mask">⟦a 打开妙笔通App，全文无水印复制⟧ <button>⟦a 立即打开⟧</button></div>
<header class="bar">⟦m 妙笔通 · 校园讲稿⟧</header>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 创作者 晨光小橘 · 2.3万次使用 · 1 天前更新⟧</div>
<div class="ai-row"><button>⟦a AI帮我改写⟧</button> <button>⟦a 一键扩写到800字⟧</button></div>
<div class="txt">
{BODY}
</div>
<div class="fold">⟦a 内容已折叠，点击展开剩余部分⟧</div>
</article>
<section class="rec"><h3>⟦l 相似讲稿⟧</h3><ul><li>⟦l 交通安全伴我行国旗下讲话⟧</li><li>⟦l 防盗防骗主题班会发言稿⟧</li></ul></section>
<footer>⟦d 讲稿由创作者原创分享，转载请注明来自妙笔通⟧ ⟦m 妙笔通写作 v5.2.1⟧</footer>
<script>document.querySelector('.open-app-mask').onclick=function(){location.href='miaobi://open'}</script>
</body></html>
""",
        body="""
老师们、同学们：
早上好！最近，学校车棚接连发生两起自行车丢失的事情，调取监控后发现，两辆车都没有上锁。一辆新车几百元，丢了不仅心疼，还耽误上学。⟦a ✎续写⟧
⟦a 下载妙笔通，讲稿开头结尾一键生成⟧
在这里，我提三点建议：第一，停车必上锁，最好使用U型锁，把车轮和车架一起锁在固定桩上；第二，不要把钥匙插在锁上，也不要把密码锁的密码告诉别人；第三，发现车棚有可疑人员，及时报告门卫或班主任。
同学们，锁好的不只是一辆车，更是一份安全意识。让我们从停好、锁好每一辆车做起。
我的讲话完了，谢谢大家！
""",
    ),
    dict(
        slug="biluo-report-clock-assembly-workshop",
        site="笔落App (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.biluoapp.com/t/SZ-20418",
        title="2024年度挂钟总装车间主任述职报告",
        record_title="2024年度挂钟总装车间主任述职报告（精选）｜笔落",
        date="2025-01-10",
        notes="writing app text: decorated record title, template number and usage count, AI action row; date under "
        "the 述职人 line",
        page="""
!m 笔落 · 述职报告频道
!t 2024年度挂钟总装车间主任述职报告（精选）｜笔落
!m 模板编号 SZ-20418　｜　6851人已使用
!a 复制全文　｜　导出Word　｜　AI改成我的述职
{BODY}
!a 开通笔落会员，解锁全部述职模板与AI润色
!l 猜你还想写：车间主任年终总结　班组长述职报告　生产部经理个人述职
!m 笔落写作 · 让每一份材料都按时交
""",
        body="""
各位领导、同事们：
2024年，我担任骁岭钟表厂挂钟总装车间主任，带领62名员工完成挂钟总装41.8万台，比上年增长12%，一次装配合格率由96.1%提高到98.4%。现将履职情况报告如下。
一是抓工艺。针对秒针卡顿、挂钩松脱两类高发问题，组织修订装配作业指导书，增设扭力检测工位，全年客户投诉下降四成。
二是抓安全。推行班前安全讲话和“一日一查”，全年未发生工伤事故。
三是抓队伍。开展技能比武3次，培养多能工15名，车间人员流失率降到6%以下。
不足之处是自动化改造推进偏慢，部分工位仍依靠手工校时。新的一年，我将推动静音机芯产线改造，努力把车间建成全厂标杆。
述职人：程立新
2025年1月10日
""",
    ),
    dict(
        slug="qixi-download-plan-rope-course-decimal",
        site="栖溪资料站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.qixizl.net/soft/jiaoxue/2025/8832.html",
        title="汭州市第七中学跳绳校本课程实施方案",
        record_title="汭州市第七中学跳绳校本课程实施方案（含课时安排）[DOC] - 栖溪资料站",
        date="2025-02-20",
        notes="old download-station layout: file-info table, three download links, unzip password, dead-link report; "
        "decimal headings 1.1–3.2; signature date; the add stamp is no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>汭州市第七中学跳绳校本课程实施方案（含课时安排）[DOC] - 栖溪资料站</title>
<script type="text/javascript" src="/skin/js/down.js"></script>
</head><body bgcolor="#FFFFFF">
<table width="960" align="center" border="0"><tr>
<td>⟦m 栖溪资料站 · 教案课件下不完⟧</td>
<td align="right">⟦m <a href="/">首页</a> | <a href="/soft/jiaoxue/">教学资料</a> | <a href="/soft/ty/">体育教案</a> |⟧ <a href="/user/">⟦a 会员中心⟧</a></td></tr></table>
<table width="960" align="center"><tr><td class="pos">⟦m 当前位置：栖溪资料站 → 教学资料 → 校本课程 → 资料详情⟧</td></tr></table>
<table width="960" align="center" border="1" cellspacing="0" class="info">
<tr><td colspan="2" class="tit">⟦t 汭州市第七中学跳绳校本课程实施方案（含课时安排）[DOC]⟧</td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 添加时间：2025-03-06⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
<tr><td colspan="2">⟦m 解压密码：www.qixizl.net⟧</td></tr>
</table>
<table width="960" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="960" align="center" class="down"><tr>
<td><a href="/down/8832/1">⟦a 电信线路下载⟧</a></td><td><a href="/down/8832/2">⟦a 联通线路下载⟧</a></td><td><a href="/down/8832/3">⟦a 本地极速下载⟧</a></td></tr>
<tr><td colspan="3"><a href="/err/8832">⟦a 链接打不开？点这里报告死链⟧</a></td></tr></table>
<table width="960" align="center"><tr><td>
⟦l 相关资料：初中体育跳绳单元教案.doc　大课间活动设计方案.doc　体质健康测试工作安排.xls⟧
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td>
⟦d 栖溪资料站所有资源来源于网络，仅供教学交流，请于下载后24小时内删除。⟧<br>⟦m 闽ICP备11027456号⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
为落实学生每天校内体育活动时间不少于1小时的要求，发挥跳绳器材简便、易于普及的优势，我校决定开设跳绳校本课程。现制定方案如下。
1.课程目标
1.1 七年级学生一分钟单摇达到140次以上的比例不低于80%。
1.2 每个班组建一支长绳队，人人会跳、人人会摇。
2.课程安排
2.1 每周一节校本课，大课间安排10分钟集体跳绳。
2.2 每学期末举行班级跳绳联赛，成绩计入体育学业评价。
3.保障措施
3.1 学校按每生一绳配齐竹节绳和钢丝绳，体育组负责登记保管。
3.2 体育教师每学期参加一次跳绳教学培训，班主任协助组织练习。
汭州市第七中学
2025年2月20日
""",
    ),
    dict(
        slug="jiangxin-download-instruction-wall-clock-doc",
        site="匠心资料下载 (invented)",
        style="资料下载站",
        genre="制度/规程",
        kind="other",
        form="text",
        source="https://www.jxzl-down.com/gongyi/zydz/9417.html",
        title="石英挂钟装配作业指导书",
        record_title="石英挂钟装配作业指导书.doc",
        date=None,
        notes="file-name record title; a work instruction with a numbered list; the file-number/version line is neutral; "
        "the add stamp is no date",
        page="""
!m 匠心资料下载 — 免费工艺文件站
!m 当前位置：首页 >> 生产管理 >> 作业指导书
!t 石英挂钟装配作业指导书.doc
!m 文件大小：48.5 KB　｜　授权：免费　｜　添加时间：2025-05-09　｜　下载次数：233
!a ▼ 高速下载地址一　▼ 高速下载地址二　▼ 备用线路
!m 解压口令：jxzl2025
文件编号：ZY-GZ-07　版本：B/0
{BODY}
!d 本站资源均由网友上传或转载，仅供学习研究，商用请联系原作者。
!a 下载地址失灵？一键反馈，管理员当天修复
!l 同类资源：注塑车间作业指导书.doc　电子秤装配工艺卡.xls　包装岗位操作规程.doc
""",
        body="""
一、适用范围：本指导书适用于300毫米及以下石英指针挂钟的总装工序。
二、作业步骤
1. 将机芯从钟盘背面插入中心孔，垫片朝外，用专用套筒拧紧螺母，力度以钟盘不转动为准。
2. 按时针、分针、秒针的顺序压装指针，三针均指向12点位置，针与针之间留出不少于1毫米间隙。
3. 装入钟面玻璃和前框，四角卡扣逐一压到位，不得用锤敲击。
4. 装入一节5号电池，观察秒针走动一分钟，无卡顿、无碰针方可流入下道工序。
三、注意事项：作业时佩戴防静电手套；玻璃有划痕、钟盘有污点的产品一律挑出，放入不良品周转箱，不得混入合格品。
""",
    ),
]
