"""holdout308, part A: 范文 sites, 文库 readers, sharing pages, writing apps and download stations.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-wenxi-speech-tailor-shears-workshop",
        site="文犀范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wenxi-fw.com/jianghua/kaimu/2024/0425/31877.html",
        title="在颢川县“剪韵”非遗裁缝技艺传习所揭牌仪式上的讲话",
        record_title="【致辞选编】在颢川县“剪韵”非遗裁缝技艺传习所揭牌仪式上的讲话（稍作改动即可上台）_文犀范文网",
        date="2024-04-18",
        date_also=["2024-04-25"],
        notes=(
            "old table layout with a marquee, a 调字 row, a floating ghost-writer QQ box, a hot list and a visitor"
            " counter; date line and speaker line under the title (neutral); a writing-service prompt glued after"
            " a sentence; the page's update date differs from the speech's"
        ),
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞选编】在颢川县“剪韵”非遗裁缝技艺传习所揭牌仪式上的讲话（稍作改动即可上台）_文犀范文网</title>
<link href="/css/wx_style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/wx_count.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/wx_logo.gif" alt=""></td>
<td>⟦m 文犀范文网——讲话稿·总结·方案一站找齐⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 会员登入⟧</a>　<a href="/user/reg.asp">⟦a 新用户注册⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 工作总结⟧</a></td><td><a href="/fangan/">⟦m 活动方案⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 文犀范文网每天更新上千篇材料，写稿卡壳就来翻一翻⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="680" valign="top">
<div class="weizhi">⟦m 您所在的位置：文犀范文网 &gt;&gt; 讲话致辞 &gt;&gt; 开幕揭牌致辞⟧</div>
<h1 align="center">{T}</h1>
<div align="center" class="info">⟦m 更新日期：2024-04-25　　人气：1526　　来源：本站会员投稿⟧</div>
<div align="center">⟦a 〖调字：放大　还原　缩小〗⟧　⟦a 〖整篇复制〗〖存成文档〗〖寄给朋友〗⟧</div>
<div class="neirong">
<p align="center">（2024年4月18日）</p>
<p align="center">县委常委、宣传部部长　鄢晓岚</p>
{BODY}
</div>
<div class="fenye">⟦l 上一篇：在全县旗袍文化节开幕式上的致辞⟧<br>⟦l 下一篇：传统工艺工作站授牌仪式主持词⟧</div>
</td>
<td width="270" valign="top">
<table class="box" width="100%"><tr><td><b>⟦l 本周热门材料⟧</b></td></tr>
<tr><td><a href="/jianghua/6621.html">⟦l ·非遗工坊揭牌仪式讲话（三篇）⟧</a></td></tr>
<tr><td><a href="/jianghua/6630.html">⟦l ·老字号传承座谈会发言稿⟧</a></td></tr>
<tr><td><a href="/jianghua/6702.html">⟦l ·文化馆新馆开馆致辞范文⟧</a></td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:2px;top:220px;width:110px">⟦w 材料急用？代笔QQ：2876610435（加急当天交稿）⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 本站文章仅作写作参考，转载请保留出处，勿作商业用途。⟧<br>
⟦m Copyright 2009-2024 文犀范文网 www.wenxi-fw.com　冀ICP备09035517号⟧<br>
⟦m 您是本站第 0418772 位访客⟧
</td></tr></table>
<script language="javascript">document.getElementById('qqfloat').style.top = '220px';</script>
</body>
</html>
""",
        body="""
同志们、朋友们：
今天，我们在这里为颢川县“剪韵”非遗裁缝技艺传习所揭牌。首先，我代表县委宣传部，向传习所的成立表示热烈祝贺！向长期坚守裁缝手艺的老师傅们致以崇高的敬意！
一把裁缝剪，剪出的是衣裳，传下的是手艺。徕湖镇的“颛水长衫”制作技艺已有一百多年历史，去年列入市级非物质文化遗产代表性项目名录。老师傅们手里那把黑铁裁缝剪，刃口要自己开、自己磨，剪布不跑线、不起毛，这门功夫值得好好传下去。⟦w 急需讲话稿请加微信 wxfw_bi8（备注：致辞）⟧
传习所要办好三件事：一是带徒，每年招收学员不少于二十名，师徒结对、手把手教；二是建档，把量体、裁剪、缝制的工序和老师傅的口述整理成册；三是开门，定期开放展示，让中小学生来摸一摸、剪一剪。
各有关部门要在场地、经费、宣传上给予支持，让这把老剪刀在新时代继续开合有声。
谢谢大家！
""",
    ),
    dict(
        slug="fanwen-qiwenge-contract-pet-combs-template",
        site="契文阁范文网 (invented)",
        style="范文站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qiwenge.cn/hetong/caigou/52907.html",
        title="宠物美容梳具采购合同（范本）",
        record_title="宠物美容梳具采购合同（范本）.docx",
        date=None,
        notes=(
            "file-name record title; a contract template with 第N条, ×× placeholders, ＿＿ blanks and"
            " ＿＿＿＿年＿＿月＿＿日; a related-template line between two articles; no date"
        ),
        page="""
!m 契文阁范文网｜合同·协议·范本随取随用
!m 位置：契文阁 ＞ 合同范本 ＞ 采购合同
!t 宠物美容梳具采购合同（范本）.docx
!m 文档格式：docx　｜　页数：2　｜　浏览：3,208次　｜　收录于 2 个月前
!a ⇩ 立即领取可编辑原稿　　☆ 放进我的文件夹
{T}
合同编号：＿＿＿＿＿＿
{BODY}
!a 领取原稿需消耗8个阅币，本月剩余阅币0个
!l 同类范本：宠物用品代销协议｜宠物店装修施工合同｜美容师聘用协议
!d 范本仅作起草参考，签约前请结合实际情况咨询专业人士，契文阁不对使用结果负责。
!m © 契文阁 qiwenge.cn　沪ICP备2021047739号
""",
        indent="\u3000\u3000",
        body="""
甲方（采购方）：××宠物美容有限公司
乙方（供货方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方采购宠物美容梳具事宜订立本合同。
第一条　货物名称及数量：针梳＿＿把、排梳＿＿把、开结梳＿＿把，具体型号以附表为准。
第二条　质量要求：梳齿应圆头无毛刺，齿根牢固，金属部件不得生锈；乙方应随货提供产品合格证及材质检测报告。
第三条　合同总价为人民币××元（大写：××元整），含运费及包装费。
⟦l 相关范本：宠物店员工劳动合同（两篇可选）⟧
第四条　交货时间为合同签订后＿＿日内，交货地点为甲方指定门店。
第五条　甲方收货后七日内验收，发现梳齿断裂、脱落等质量问题的，乙方应无偿更换。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="wenku-shuwu-survey-stray-cat-bowls-markers",
        site="书坞文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shuwuwk.com/doc/88412093.html",
        title="关于燮川市奂城区流浪猫投喂点设置情况的调研报告",
        record_title="【高分文档】关于燮川市奂城区流浪猫投喂点设置情况的调研报告（含对策建议·全4页）- 书坞文库",
        date="2024-11-06",
        notes=(
            "文库 reader: viewer toolbar, paywall, page-marker paragraphs ⧻ n ⧻ cutting sentences; 成文日期 under"
            " the signature; decorated record title with a bracket tag, an aside and a site suffix"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【高分文档】关于燮川市奂城区流浪猫投喂点设置情况的调研报告（含对策建议·全4页）- 书坞文库</title>
<script src="https://static.shuwuwk.com/reader/2.3/reader.min.js"></script>
<script>window.__DOC__ = {"id": 88412093, "pages": 4, "free": 3};</script>
</head>
<body>
<header class="top">
<a class="logo" href="/">⟦m 书坞文库⟧</a>
<form action="/s"><input name="q" placeholder="搜一搜文档"></form>
<a class="vip" href="/member">⟦a 办月卡·全站文档随心下⟧</a>
</header>
<div class="crumbs">⟦m 书坞文库 › 行业资料 › 调研报告⟧</div>
<div class="doc-head">
<h1 class="doc-h">{T}</h1>
<div class="doc-meta">⟦m 上传者：喵喵观察员　｜　4页　｜　1.3万次阅读　｜　评分 4.6⟧</div>
</div>
<div class="viewer-bar">⟦a 适合页宽　放大　缩小　全屏阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 本文档剩余 1 页，支付 3.9 元即可完整阅读并下载⟧ <button>⟦a 扫码付款⟧</button></div>
<div class="rec">
<h3>⟦l 看过此文档的人还看了⟧</h3>
<ul><li><a href="/doc/88410077.html">⟦l 社区流浪动物管理办法（试行）⟧</a></li>
<li><a href="/doc/88395512.html">⟦l 城市犬猫收容情况调查与思考⟧</a></li></ul>
</div>
<footer>⟦d 文档均由用户上传，书坞文库仅提供信息存储空间，如有侵权请提交申诉。⟧ ⟦m 浙ICP备22031975号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="pg-text">{}</p>',
        pages=dict(fmt="⧻ {n} ⧻", every=150, start=2),
        body="""
为了解城区流浪猫投喂点的设置和管理情况，今年9月至10月，调研组走访了奂城区6个街道、21个小区，查看投喂点38处，发放调查问卷412份。现将调研情况报告如下。
一、基本情况。38处投喂点中，由社区统一设置的11处，志愿者自行设置的27处。投喂容器以塑料猫食盆为主，占68%；不锈钢食盆占21%；其余为一次性餐盒，或者直接把猫粮倒在地上。
二、存在问题。一是位置随意，有9处设在楼道口或儿童游乐区旁；二是清理不及时，近半数猫食盆里有发霉的剩粮；三是责任不明，居民投诉后往往找不到管理人。
三、对策建议。建议由社区划定固定投喂点，统一配置带防雨罩的不锈钢猫食盆，实行定点、定时、定人管理，剩粮当日清理；同时引导投喂志愿者登记备案，纳入社区志愿服务管理。
奂城区流浪动物关爱工作专班
2024年11月6日
""",
    ),
    dict(
        slug="wenku-moqu-summary-cutting-room-shears-wrapped",
        site="墨渠文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.moquwk.com/p-30518826.html",
        title="2024年裁剪车间工具管理工作总结",
        record_title="2024年裁剪车间工具管理工作总结.pdf",
        date="2025-01-10",
        notes=(
            "file-name record title; text hard-wrapped at 60 columns and cut by page markers ⦲n⦲ glued to the"
            " continuation line; upload stamp 3 天前 is no date; signature date"
        ),
        page="""
!m 墨渠文库 — 文档在线预览
!t 2024年裁剪车间工具管理工作总结.pdf
!m 贡献者：锦裁小周　　上传时间：3 天前　　共 3 页
!a 【全文可复制】　【转存到手机】　【举报】
{T}
{BODY}
!a 预览已到末页，下载原文档可获得可编辑版本
!a 7 下载券　｜　开通超级会员免券下载
!l 相关文档：服装厂车间5S管理总结　剪裁班组年度总结　生产车间工具管理制度
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⦲{n}⦲", every=130, start=2, glue=True),
        body="""
2024年，裁剪车间围绕“工具有人管、刃口有人磨、去向有人查”的目标，加强裁缝剪、电剪、划粉等工具管理，全年未发生因工具引起的割伤事故。现将有关情况总结如下。
一、建立一人一剪台账。车间为每名裁剪工配发编号裁缝剪，登记型号、领用日期和磨刃记录，年底清点实有212把，账物相符率100%。
二、推行每周集中磨刃。聘请徕湖镇老师傅每周三到车间磨刃，全年磨刃1860把次，因刃口发钝造成的布边起毛返工率由3.1%降到1.2%。
三、规范收放管理。下班前裁缝剪一律合刃入套、挂板归位，由班组长拍照上传车间工作群。
存在的不足是部分新员工握剪姿势不规范，手腕劳损时有发生。明年将把握剪训练列入岗前培训。
燮川市锦裁服饰有限公司裁剪车间
2025年1月10日
""",
    ),
    dict(
        slug="docshare-wenxia-request-watering-cans-doc",
        site="文匣共享 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.wenxia.net/view/6b1e07d93c.html",
        title="关于购置社区花园养护喷水壶等工具的请示",
        record_title="关于购置社区花园养护喷水壶等工具的请示.doc",
        date="2025-03-04",
        notes=(
            "file-name record title shown as the reader's heading; the document's title line inside the reader;"
            " the request's own 联系人/电话 beside the sharing site's service WeChat; points lock, upload notice"
        ),
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>关于购置社区花园养护喷水壶等工具的请示.doc - 文匣共享</title>
<script>window.wx_share = {"fid": "6b1e07d93c", "type": "doc"};</script>
</head>
<body>
<header><nav>
<a href="/">⟦m 文匣共享⟧</a> <a href="/cat/gongwen">⟦m 公文写作⟧</a> <a href="/cat/shequ">⟦m 社区工作⟧</a> <a href="/upload">⟦a 传文档，赚匣币⟧</a>
</nav></header>
<main>
<div class="file-head">
<h1>⟦t 关于购置社区花园养护喷水壶等工具的请示.doc⟧</h1>
<div class="file-info">⟦m 分享者：祠塘小网格　　阅读 842　　下载 57　　文件 31KB⟧</div>
</div>
<section class="reader">
<p class="doc-title">{T}</p>
{BODY}
</section>
<div class="lock">⟦a 下载这份文档需要 5 匣币，签到可领匣币⟧</div>
<div class="kefu">⟦w 文档打不开或格式乱了？加客服微信 wenxia_kf09 处理⟧</div>
<div class="notice">⟦d 本文档由网友自行上传，文匣共享不对内容的准确性负责，如涉及侵权请来信删除。⟧</div>
</main>
<aside><h4>⟦l 同分类热门⟧</h4>
<p>⟦l 关于申请社区微改造资金的请示⟧</p>
<p>⟦l 社区共享花园认养公约⟧</p></aside>
<footer>⟦m 文匣共享 wenxia.net © 2025　苏ICP备23016620号⟧</footer>
</body>
</html>
""",
        body="""
隗山街道办事处：
去年以来，我社区发动居民认养楼间空地，建成“共享小花园”7处，参与认养的居民有136户。由于花园分布分散、取水点少，居民浇水多靠自家水桶和饮料瓶，既费力又浇不均匀，部分苗木因缺水枯死。
为保障花园正常养护，我社区拟购置以下工具：5升长嘴喷水壶30把、2升手压式喷水壶20把、移动储水桶7个、园艺剪10把，共需资金约4600元。所购工具放置在各花园的工具箱内，由认养楼栋长负责保管。
以上请示当否，请批示。
联系人：邝亚楠　电话：0713-5826147
祠塘社区居民委员会
2025年3月4日
""",
    ),
    dict(
        slug="docshare-yezhi-host-script-grooming-contest-oneline",
        site="页知共享文档 (invented)",
        style="文档分享",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.yezhi-doc.com/d/2025/0412/771930.html",
        title="首届宠物美容技能大赛开幕式主持词",
        record_title="首届宠物美容技能大赛开幕式主持词（串词可编辑版）- 页知共享文档",
        date=None,
        notes="the whole host script on one line, paragraphs apart only by their indent; update stamp 2 天前; no date",
        page="""
!m 页知共享文档｜海量文档 免费阅读
!t 首届宠物美容技能大赛开幕式主持词（串词可编辑版）
!m 分享者：毛孩子剪刀手　｜　18 人已下载　｜　更新于 2 天前
!a 全文阅读已开启　　一键转存　　复制此段
{BODY}
!w 主持词、串词量身定制请私信客服，微信 yzgx-0520
!d 页知上的文档均来自网友分享，平台仅作展示，如有版权疑问请发邮件至 banquan@yezhi-doc.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
尊敬的各位领导、各位来宾，亲爱的选手们：
大家上午好！在这个春暖花开的日子里，首届宠物美容技能大赛在这里隆重开幕。
本次大赛共有来自全市31家宠物店的64名选手报名参赛，比赛设犬类造型修剪、猫咪洗护、梳理开结三个项目。
其中开结项目要求选手在20分钟内，只用排梳和针梳为长毛犬梳开毛结，不得用剪刀剪结，考验的是耐心和手上功夫。
下面，有请市宠物行业协会会长燕立群致辞。
感谢燕会长的精彩致辞！下面我宣布：比赛正式开始！请各位选手进入赛位。
""",
    ),
    dict(
        slug="fanwenapp-xiecaibao-report-greening-squad-leader",
        site="写材宝 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.xiecaibao.cn/share/article/5530917?from=wx",
        title="2024年度园林养护班班长述职报告",
        record_title="【述职季】2024年度园林养护班班长述职报告（一线班长适用）｜写材宝",
        date="2025-01-06",
        notes=(
            "writing app's H5 share: open-app bar, AI buttons, an 'AI continue' line between paragraphs, a fold,"
            " a download mask; signature date under 述职人"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>【述职季】2024年度园林养护班班长述职报告（一线班长适用）｜写材宝</title>
<script>window.__share = {"aid": 5530917, "channel": "shuzhi"};</script>
</head>
<body>
<div class="open-app-bar">⟦a 打开写材宝APP，范文随改随用⟧ <a class="btn" href="xiecaibao://article/5530917">⟦a 立即打开⟧</a></div>
<div class="article">
<h2 class="a-title">{T}</h2>
<div class="a-meta">⟦m 写材宝 · 述职报告频道　　1.8万人读过⟧</div>
<div class="ai-tools">⟦a AI 帮你改写　　AI 一键扩写⟧</div>
<div class="rich">
{BODY}
</div>
<div class="fold">⟦a 余下内容已折叠，到APP内展开阅读⟧</div>
</div>
<div class="mask">⟦a 长按识别二维码下载写材宝，领新人7天会员⟧</div>
<footer>⟦d 内容由写材宝用户创作，未经授权不得转载⟧</footer>
</body>
</html>
""",
        body="""
各位领导、同事们：
2024年，我担任颢川县城区园林养护二班班长，带领9名班组成员负责滨河公园和三条主干道的绿化养护。现将一年来的履职情况报告如下。
一是抓日常养护。全年完成草坪修剪46次、乔灌木修剪12次。新栽苗木成活前全部人工浇水，班组自制了12把加长嘴喷水壶，浇根不冲土，新栽的468株紫薇成活率达到97%。
⟦a 点此让AI续写下一段⟧
二是抓安全作业。坚持班前五分钟讲安全，道路作业一律摆放锥桶，全年没有发生安全事故。
三是抓节约用水。推广早晚浇水、一次浇透，全年用水量同比下降14%。
不足之处是机械化程度不高，明年将争取配置洒水车一辆。
述职人：滕建川
2025年1月6日
""",
    ),
    dict(
        slug="fanwenapp-fanbentu-plan-turtle-tank-adoption-oneline",
        site="范本兔 (invented writing app)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.fanbentu.com/a/20250301/88217.html",
        title="校园生物角龟缸认养活动方案",
        record_title="【活动方案】校园生物角龟缸认养活动方案（小学版·附分工）",
        date="2025-02-24",
        notes="the whole plan on one line; dates inside the plan's sentences; the signature date is the document's",
        page="""
!m 范本兔 · 海量范文随身带
!t 【活动方案】校园生物角龟缸认养活动方案（小学版·附分工）
!m 作者：兔兔编辑部　　阅读 6320　　收藏 211
{BODY}
!a 复制全文需开通兔卡，首月只要1元
!l 你可能还需要：班级植物角管理方案｜小学生饲养观察日记模板
!m 范本兔APP v5.2.1 · 打开APP看更多
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
为培养学生爱护小动物、坚持观察记录的好习惯，学校决定在三至六年级开展生物角龟缸认养活动，具体方案如下。
一、活动时间：2025年3月1日至6月30日。
二、认养对象：学校生物角现有龟缸8个，饲养草龟、黄喉拟水龟等常见龟类，不饲养红耳龟等外来入侵物种。
三、认养方式：以班级为单位申请，每班认养一个龟缸，推选3名“小龟长”轮流负责喂食、换水和记录。
四、注意事项：换水时须有老师在场，龟缸水位不超过龟背高度的两倍；接触龟后要用肥皂洗手；寒暑假期间龟缸统一交生物组老师照管。
窦湾镇中心小学少先队大队部
2025年2月24日
""",
    ),
    dict(
        slug="download-antou-rules-grooming-tool-disinfection",
        site="案头资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.antouzl.com/soft/zhidu/19284.html",
        title="宠物美容店工具清洁消毒管理制度",
        record_title="宠物美容店工具清洁消毒管理制度（门店通用·doc原稿）原稿直接下 - 案头资料下载站",
        date=None,
        notes=(
            "download station: file-info table with an update stamp and unzip password, three mirror links,"
            " a dead-link report, a floating ad; rules with 第N条 and an effective clause only; no date"
        ),
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宠物美容店工具清洁消毒管理制度（门店通用·doc原稿）原稿直接下 - 案头资料下载站</title>
<script type="text/javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 案头资料下载站 — 规章制度·表格·范本 天天更新⟧</td><td align="right"><a href="/fav.asp">⟦a 把本站放进收藏夹⟧</a></td></tr>
<tr><td colspan="2">⟦m 您的位置：首页 → 规章制度 → 门店管理制度 → 资料详情⟧</td></tr>
</table>
<table width="980" align="center" border="0"><tr><td valign="top" width="700">
<h2>{T}</h2>
<table class="softinfo" width="100%" border="1" cellspacing="0" bordercolor="#cccccc">
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 授权方式：免费共享⟧</td><td>⟦m 更新时间：2024-09-13⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 下载次数：1163⟧</td></tr>
<tr><td colspan="2">⟦m 解压密码：antouzl.com⟧</td></tr>
</table>
<h3>⟦m 资料简介⟧</h3>
<div class="intro">
{BODY}
</div>
<h3>⟦m 下载地址⟧</h3>
<ul class="downlist">
<li><a href="/down/19284-1">⟦a 电信线路下载⟧</a></li>
<li><a href="/down/19284-2">⟦a 联通线路下载⟧</a></li>
<li><a href="/down/19284-3">⟦a 移动高速通道⟧</a></li>
</ul>
<p><a href="/report.asp?id=19284">⟦a 下载不了？点这里报告死链⟧</a></p>
</td>
<td valign="top" width="270">
<b>⟦l 本类下载排行⟧</b><br>
⟦l 1. 宠物店员工岗位职责汇编⟧<br>
⟦l 2. 宠物寄养协议书（通用）⟧<br>
⟦l 3. 门店卫生检查表.xls⟧
</td></tr></table>
<div id="float_ad" style="position:fixed;left:0;bottom:40px">⟦w 制度汇编代写代改，客服QQ 1350729846⟧</div>
<table width="980" align="center"><tr><td align="center">
⟦d 本站资料收集自网络，仅供学习研究，请在下载后24小时内自觉删除。⟧<br>
⟦m 案头资料下载站 www.antouzl.com　豫ICP备15027714号⟧
</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为防止犬猫皮肤病交叉感染，规范本店梳具、剪具等美容工具的清洁消毒，制定本制度。
第二条　宠物梳实行“一宠一梳”。每只宠物洗护完毕后，美容师应清除梳齿上的浮毛，用清水冲洗后浸泡消毒。
第三条　消毒液按说明书比例现配现用，浸泡时间不少于15分钟，浸泡后用清水冲净、晾干，放入消毒柜备用。
第四条　发现宠物患有真菌、螨虫等皮肤病的，所用梳具单独存放、单独消毒，当日不得再用于其他宠物。
第五条　店长每日下班前检查消毒记录，每周检查一次梳齿磨损情况，齿尖脱落、变形的梳子及时报废。
第六条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="download-lvku-procedure-nursery-watering-can-markers",
        site="绿库资料下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.lvku-down.com/yuanlin/guicheng/6603.html",
        title="苗圃喷水壶人工浇灌作业规程",
        record_title="苗圃喷水壶人工浇灌作业规程.wps",
        date=None,
        notes=(
            "file-name record title (.wps); numbered list; page markers ⩳ 第n页 ⩳ glued"
            " with a space to the continuation line; 收录 stamp is no date"
        ),
        page="""
!m 绿库资料下载站 — 农林园艺资料尽在绿库
!m 当前：首页 ＞ 园林绿化 ＞ 技术规程 ＞ 详情
!t 苗圃喷水壶人工浇灌作业规程.wps
!m 文件大小：18KB　｜　星级：★★★☆☆　｜　收录：5 天前
!a 【高速下载】　【普通下载】　【报错】
{T}
{BODY}
!a 以上为文档前3页内容预览，完整版请点击高速下载
!d 绿库资料来自网络收集整理，只供学习交流，商用请联系原作者。
""",
        pages=dict(fmt="⩳ 第{n}页 ⩳", every=90, start=2, glue=True, sep=" "),
        body="""
1．适用范围：本规程适用于苗圃育苗区、扦插床和新上盆苗木的人工浇灌作业。
2．工具准备：作业前检查喷水壶壶身有无渗漏、莲蓬头出水孔是否堵塞，堵塞的用细针疏通，不得用力敲击莲蓬头。
3．浇灌要求：扦插床使用细孔莲蓬头，壶嘴离苗面20厘米左右，来回匀速移动，以浇透而不冲倒插穗为准；上盆苗木沿盆边环浇，见盆底出水即止。
4．浇灌时间：夏季在上午九点前和下午五点后进行，冬季在中午前后进行，避免高温时段浇灌灼伤苗木。
5．作业结束后，将喷水壶倒空、倒挂晾干，放回工具房指定位置。
6．盛装叶面肥或药液的喷水壶应贴红色标签，专壶专用，严禁与浇水壶混用。
""",
    ),
]
