"""holdout211, part A: 范文 sites, 文库 readers, writing apps, download stations and sharing
pages. Every page, site, place, person, number and URL is invented; each case written by hand.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-mulu-speech-hedge-trimmer-training",
        site="墨麓范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mulufw.com/jianghua/anquan/2024/0415/60817.html",
        title="在全县园林绿化行业绿篱机安全操作培训班开班仪式上的讲话",
        record_title="【讲稿精选】在全县园林绿化行业绿篱机安全操作培训班开班仪式上的讲话（两篇任你选）_墨麓范文网",
        date="2024-04-09",
        notes="old gb2312 table page: marquee, font/eye-care row, QQ float, visitor counter; speaker and date lines under the title neutral; "
        "a ghost-writer QQ glued after a 。 inside a paragraph; an update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿精选】在全县园林绿化行业绿篱机安全操作培训班开班仪式上的讲话（两篇任你选）_墨麓范文网</title>
<meta name="keywords" content="绿篱机,安全操作,培训班,开班讲话">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/logo.gif" alt=""></td>
<td>⟦m 墨麓范文网 · 笔下有山水，材料不求人⟧</td>
<td align="right">⟦a <a href="#" onclick="this.style.behavior='url(#default#homepage)'">设本站为浏览器主页</a> | <a href="#">收进书签栏</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td>⟦m <a href="/">首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/zhidu/">规章制度</a>⟧</td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 本站新收录讲话发言类范文一千二百余篇，注册会员每日可免费浏览五篇⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="680" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您的位置：墨麓范文网 &gt;&gt; 讲话发言 &gt;&gt; 安全生产讲话⟧</td></tr></table>
<h1 class="tt">⟦t 【讲稿精选】在全县园林绿化行业绿篱机安全操作培训班开班仪式上的讲话（两篇任你选）⟧</h1>
<table width="100%"><tr><td align="center" class="info">⟦m 更新：2024-04-15　　人气：1763　　投稿：青崖⟧</td></tr>
<tr><td align="center">⟦a 【字体：放大 还原 缩小】【护眼底色】⟧</td></tr></table>
<div id="content">
<p align="center"><b>{T}</b></p>
<p align="center">县城市管理局副局长　祁远帆</p>
<p align="center">（2024年4月9日）</p>
{BODY}
</div>
<table width="100%"><tr><td class="down">⟦a <a href="/vip/down.asp?id=60817">本文已收入会员专区，点此导出Word文档（扣1积分）</a>⟧</td></tr>
<tr><td>⟦l 上一篇：<a href="/jianghua/anquan/60816.html">全县城市管理系统安全生产工作会议讲话</a>⟧</td></tr>
<tr><td>⟦l 下一篇：<a href="/jianghua/anquan/60818.html">环卫作业安全培训动员讲话稿</a>⟧</td></tr></table>
</td>
<td width="270" valign="top">
<table width="100%" class="rbox"><tr><td class="rtit">⟦l 本类排行榜⟧</td></tr>
<tr><td>⟦l <a href="/jianghua/5501.html">园林绿化养护工作推进会讲话</a>⟧</td></tr>
<tr><td>⟦l <a href="/jianghua/5712.html">在安全生产月启动仪式上的表态讲话</a>⟧</td></tr>
<tr><td>⟦l <a href="/jianghua/5830.html">机械设备安全操作培训班主持词</a>⟧</td></tr></table>
</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">⟦m 您是本站第 0318426 位访客⟧</td></tr>
<tr><td align="center">⟦d 本站范文均由会员上传或网络收集，仅供学习参考，请勿原样用于正式场合。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 墨麓范文网 www.mulufw.com 湘ICP备11027346号⟧</td></tr>
</table>
<div id="qqfloat" style="position:absolute;right:0;top:220px">⟦w 材料定制 QQ 2870519634（工作日在线）⟧</div>
<script type="text/javascript">document.write('<img src="/count.asp?id=60817" width="0" height="0">');</script>
</body>
</html>
""",
        body="""
同志们：
今天，县城市管理局联合县总工会举办全县园林绿化行业绿篱机安全操作培训班，来自各乡镇和各养护企业的八十六名一线操作人员参加培训。借此机会，我讲三点意见。
一、充分认识安全操作的重要性。绿篱机转速高、刀片锋利，去年全县园林养护作业中发生的五起机械伤人事故，有四起与绿篱机操作不当有关。⟦w 讲话稿代笔、材料润色请加QQ：2870519634⟧各单位要把安全培训作为上岗作业的第一道关口。
二、切实掌握规范操作要领。作业前要检查刀片紧固和防护罩，作业中双手握机、站稳脚跟，严禁单手举过肩部修剪，加油和清理刀片前必须熄火。
三、层层压实安全管理责任。养护企业要建立机具台账和持证上岗制度，县局将在五月组织专项抽查，对无证操作的一律责令停工整改。
同志们，安全无小事。希望大家珍惜这次学习机会，学有所获、学以致用。
""",
    ),
    dict(
        slug="fanwen-maiduo-insight-coffee-machine-course",
        site="麦垛公文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.maiduo-gw.cn/xinde/peixun/2024/1022/31570.html",
        title="参加咖啡机操作与维护培训的心得体会",
        record_title="参加咖啡机操作与维护培训的心得体会（会员原创）-麦垛公文网",
        date="2024-10-22",
        notes="text page: the byline's 发布时间 is the page's date (the 心得 itself has none); a fold button on a line of its own "
        "between paragraphs; a ghost-writer QQ glued after the last 。 of a paragraph",
        page="""
!m 麦垛公文网｜基层写作者的资料库
!m 导航：首页 / 心得体会 / 培训心得
{T}
!m 发布时间：2024-10-22 09:12　作者：麦芒　浏览：604
!a 【整篇复制】【存成Word】【听读本文】
{BODY}
!a 余下 36% 的内容需开通季卡查看
!w 单位材料加急定制，微信同号 135 0821 6647
!l 相关阅读：咖啡师岗位实习心得｜茶饮店员工培训体会｜机关食堂岗位练兵心得
!d 本站文章多为网友投稿，仅作写作参考，转载请注明出自麦垛公文网。
!m 麦垛公文网　maiduo-gw.cn　粤ICP备20231876号
""",
        indent="\u3000\u3000",
        body="""
九月下旬，单位后勤服务中心组织窗口和接待岗位人员参加了为期三天的咖啡机操作与维护培训，我作为会务接待组的一员全程参加。三天下来，我对这台天天见面的机器有了全新的认识。
一是认识到细节决定品质。培训老师告诉我们，豆子的研磨粗细、粉量和萃取时间，任何一项差一点，杯里的味道就差很多。过去我们图省事，一包豆子用一个月，其实开封两周后风味就明显下降。
⟦a ▼ 轻点展开余下段落 ▼⟧
二是认识到保养就是节约。咖啡机的冲煮头每天要反冲洗，蒸汽棒用完要立即擦拭，水箱每月除垢一次。单位那台机器去年两次送修，都是水垢堵了管路，维修费加起来就有一千多元。
三是认识到服务要有温度。来访群众等候时递上一杯热饮，看似小事，却能让人感到被尊重。⟦w 心得体会代写，当天交稿，Q：904417253⟧
今后，我将把学到的操作规范整理成简明卡片贴在机器旁，带动同事一起用好、管好这台咖啡机。
""",
    ),
    dict(
        slug="wenku-zhiye-survey-yogurt-maker-industry",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewenku.com/view/7c1e90a4d2b35f18.html",
        title="关于麋川县酸奶机产业发展情况的调研报告",
        record_title="关于麋川县酸奶机产业发展情况的调研报告（全文可读）- 知页文库",
        date="2024-08-26",
        notes="文库 reader: viewer toolbar, page markers ✤ n ✤ as paragraphs cutting sentences, a monthly-card pay box; "
        "a table one row a paragraph; 成文日期 under the signature; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于麋川县酸奶机产业发展情况的调研报告（全文可读）- 知页文库</title>
<meta name="description" content="为摸清全县酸奶机产业底数，县工信局会同县市场监管局组成调研组……">
<link rel="stylesheet" href="https://static.zhiyewenku.com/reader/v3/reader.css">
<script src="https://static.zhiyewenku.com/reader/v3/reader.js"></script>
</head>
<body>
<header class="zy-top">
<div class="logo">⟦m 知页文库 · 一页一页读懂好文档⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/c/report/">报告</a> <a href="/c/plan/">方案</a> <a href="/c/notice/">公文</a> <a href="/vip/">会员</a>⟧</nav>
<div class="user">⟦a <a href="/passport/login">登录</a> / <a href="/passport/reg">注册领7天会员</a>⟧</div>
</header>
<div class="crumbs">⟦m 知页文库 › 行业资料 › 调研报告 › 正文⟧</div>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：麦田守望　上传于 2024-09-03　页数：4页　浏览 2361 次⟧</div>
<div class="toolbar">⟦a 放大 ｜ 缩小 ｜ 全屏阅读 ｜ 加入我的书架⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="paywall">
<p>⟦a 已为你展示前 2 页，开通月卡畅读全部 4 页⟧</p>
<p>⟦a 月卡 9.9 元 · 立即开通⟧</p>
<p>⟦a 下载本文档（需 8 页币）⟧</p>
</div>
<section class="related">
<h3>⟦l 读过本文的人还读了⟧</h3>
<ul>
<li>⟦l <a href="/view/11aa.html">县域小家电产业集群发展调研报告</a>⟧</li>
<li>⟦l <a href="/view/12bb.html">关于电商助推特色产业发展的调查与思考</a>⟧</li>
</ul>
</section>
</main>
<footer>
<p>⟦d 文档内容由用户上传，知页文库仅提供存储与在线阅读服务；如涉及侵权请提交申诉。⟧</p>
<p>⟦m © 2024 知页文库 zhiyewenku.com　浙ICP备2022018473号-1⟧</p>
</footer>
</body>
</html>
""",
        pages=dict(fmt="✤ {n} ✤", every=150, start=2),
        body="""
为摸清全县酸奶机产业底数，7月至8月，县工信局会同县市场监管局组成调研组，走访了鹕湾镇、狍坪镇的11家整机和配件企业，召开座谈会3场。现将有关情况报告如下。
一、基本情况
全县现有酸奶机整机企业4家、内胆和温控配件企业7家，2023年产量约186万台，产值3.1亿元，产品七成通过电商平台销往省外。两家主要企业情况如下：
企业　年产量（万台）　主要产品
麋川鹕湾电器有限公司　72　不锈钢内胆酸奶机
狍坪康乳小家电厂　45　米酒酸奶两用机
二、存在的问题
一是同质化严重，多数企业只做恒温发酵单一功能；二是温控精度不稳定，抽检中有两批次发酵温度偏差超过3℃；三是自有品牌少，贴牌生产利润偏低。
三、对策建议
建议设立小家电产业发展专项资金，支持企业联合研发智能温控模块；推动组建酸奶机产业联盟，统一检测标准；引导企业在电商平台打造区域品牌。
麋川县工业和信息化局调研组
2024年8月26日
""",
    ),
    dict(
        slug="wenku-juanzhi-plan-popcorn-cinema-wrapped",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://juanzhi-wk.com/d/4471902.html",
        title="影城爆米花机食品安全管理工作方案",
        record_title="影城爆米花机食品安全管理工作方案.pdf",
        date="2024-11-15",
        notes="PDF-to-text preview hard-wrapped at 62 columns, page markers ⎉n⎉ glued to the continuation line; "
        "file-name record title; 成文日期 in Chinese numerals; a preview-end prompt and an upload notice",
        page="""
!m 卷帙文库 · 海量文档在线读
!m 文档 › 餐饮管理 › 食品安全
!t 影城爆米花机食品安全管理工作方案.pdf
!a 格式：PDF ｜ 共 3 页 ｜ 下载需 9 卷币
{T}
{BODY}
!a 试读到此为止，剩余页面请购买后阅读
!a 【下载原文件】【存到我的卷帙】
!l 同类文档：影院卖品部员工操作手册｜餐饮门店食品安全自查表｜小吃店设备清洁制度
!d 以上内容由上传者提供并对其负责，卷帙文库不对内容真实性作保证。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⎉{n}⎉", every=140, start=2, glue=True),
        body="""
为进一步规范影城卖品部爆米花机的使用和管理，保障观众饮食安全，结合本影城实际，制定本方案。
一、工作目标
爆米花机及配套设备每日清洁到位，原料索证索票率100%，全年不发生食品安全事故和设备烫伤事故。
二、职责分工
卖品部经理为第一责任人，负责方案组织实施；当班主管负责每日开机前检查和闭店后清洁验收；工程部指定专人每季度对加热锅、搅拌电机和玻璃罩进行一次全面检修。
三、主要措施
（一）原料管理。玉米粒、食用油和糖粉须从合格供应商采购，分区存放、离地离墙，开封后注明日期。
（二）操作管理。加热锅升温期间操作人员不得离岗，出锅时佩戴隔热手套，严禁在机器运行时打开玻璃罩清理。
（三）清洁管理。每日营业结束后清除锅内残渣和油垢，每周对保温箱彻底清洗消毒一次。
四、检查考核
影城安全管理小组每月开展一次专项检查，检查结果纳入卖品部绩效考核。
鹫岭星幕影城
二〇二四年十一月十五日
""",
    ),
    dict(
        slug="writingapp-bisu-report-yogurt-sales-manager",
        site="笔速写作App H5 share page (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bisuxiezuo.com/share/doc?id=88214076&from=wx",
        title="2024年度酸奶机事业部销售经理述职报告",
        record_title="2024年度酸奶机事业部销售经理述职报告（改改就能交）· 笔速写作",
        date="2025-01-08",
        notes="writing-app H5 share: open-app mask, AI buttons, a fold on a line of its own, an AI-rewrite button glued after a 。; "
        "成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>2024年度酸奶机事业部销售经理述职报告（改改就能交）· 笔速写作</title>
<script>window.__SHARE__={docId:88214076,from:"wx"};</script>
<style>.mask{position:fixed;bottom:0}</style>
</head>
<body>
<div class="app-bar">⟦m 笔速写作⟧ ⟦a <a href="bisu://open?doc=88214076">打开笔速，写材料快人一步</a>⟧</div>
<article class="doc">
<h1>{T}</h1>
<div class="doc-info">⟦m 范文库 · 述职报告 · 1.4万人已套用⟧</div>
<div class="doc-content">
{BODY}
</div>
</article>
<div class="ai-tools">⟦a AI一键改写 ｜ AI扩写 ｜ 换个语气⟧</div>
<div class="fold">⟦a 下载笔速App，解锁全文并导出Word⟧</div>
<div class="recommend">
<h4>⟦l 你可能还需要⟧</h4>
<p>⟦l 小家电企业区域销售主管年终述职⟧</p>
<p>⟦l 电商运营经理年度工作总结范文⟧</p>
</div>
<div class="mask">⟦a 在App内打开，阅读体验更流畅 ›⟧</div>
<footer>⟦d 范文仅供参考，请结合本单位实际修改使用⟧</footer>
</body>
</html>
""",
        body="""
各位领导、同事：
2024年，我担任公司酸奶机事业部华东区销售经理，带领9人团队负责线上旗舰店和商超渠道销售。现将一年来的工作述职如下。
一、主要业绩
全年销售酸奶机21.6万台，完成年度目标的108%；新品“双胆米酒酸奶机”上市三个月销量突破4万台，退货率控制在1.2%以内。⟦a ✦ AI润色这一段⟧
⟦a 继续阅读剩余 60% ∨⟧
二、主要做法
一是抓渠道，新进驻社区团购平台两家；二是抓服务，推出“七天无理由退换、一年只换不修”承诺；三是抓队伍，每月组织一次产品知识考试。
三、不足与改进
对三四线城市市场开拓不够，直播带货转化率偏低。新的一年，我将重点加强下沉市场布局，提升团队直播运营能力。
述职人：蔺晓川
2025年1月8日
""",
    ),
    dict(
        slug="writingapp-yibi-host-script-coffee-tasting",
        site="驿笔公文App share page (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.yibigw.com/s/Zc7Hq2",
        title="咖啡机新品品鉴会主持词",
        record_title="【主持词模板】咖啡机新品品鉴会主持词（含环节串词）｜驿笔公文",
        date=None,
        notes="writing-app share as text: app prompts at the top, a member fold on a line of its own between paragraphs; "
        "扫码 as content (a survey QR code on the tables); a host script has no date",
        page="""
!m 驿笔公文 · 你的随身笔杆子
!a 打开App可免费查看完整版
!t 【主持词模板】咖啡机新品品鉴会主持词（含环节串词）
{T}
!m 分类：主持词 / 活动主持　已有 3862 人使用
{BODY}
!a 开通超级会员，全站模板不限次导出
!l 同类推荐：新品发布会主持词｜品鉴酒会主持串词｜门店开业庆典主持词
!m 驿笔公文　m.yibigw.com
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位来宾、各位朋友：
大家下午好！欢迎来到鹗阳醇豆电器2025年春季新品品鉴会，我是今天的主持人林溪。
今天，我们将一起认识醇豆电器自主研发的第三代全自动咖啡机。首先，有请公司总经理致欢迎辞。
感谢总经理的热情致辞！下面，请研发部工程师为大家介绍新机的研磨系统和奶泡系统。
⟦a 以下内容为会员专享 · 开通后查看⟧
现在进入现场品鉴环节。请各位来宾移步品鉴区，工作人员会用新机为大家现做美式、拿铁和卡布奇诺三款咖啡。品鉴结束后，请扫描桌上的二维码填写体验问卷，我们将抽取十位来宾赠送新机一台。
朋友们，一杯好咖啡，是生活里的小确幸。本次品鉴会到此结束，感谢大家的光临，祝大家生活愉快！
""",
    ),
    dict(
        slug="download-xinyuan-rules-coffee-machine-cleaning-doc",
        site="馨园资料下载站 (invented, old gb2312 file-info layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.xinyuanziliao.net/soft/zhidu/2025/9021.html",
        title="咖啡机日常清洁保养制度",
        record_title="咖啡机日常清洁保养制度.doc",
        date=None,
        notes="old gb2312 download page: file-info table, three download links, an unzip password, a dead-link report; "
        "第N条 articles that speak of 扫描/打印 as content; a rule has no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>咖啡机日常清洁保养制度.doc 免费版 - 馨园资料下载站</title>
<script language="javascript" src="/js/ads.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td>⟦m 馨园资料下载站⟧</td><td>⟦m 办公文档 · 规章制度 · 表格模板 免费下⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m <a href="/">首页</a> - <a href="/soft/wendang/">办公文档</a> - <a href="/soft/zhidu/">规章制度</a> - <a href="/soft/biaoge/">表格模板</a>⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellpadding="4" cellspacing="0" class="info">
<tr><td colspan="2">{T}</td></tr>
<tr><td>⟦m 文件大小：26 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 更新日期：2025-02-11⟧</td><td>⟦m 下载次数：1380⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10/WPS⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.xinyuanziliao.net⟧</td></tr>
</table>
<table width="980" align="center" border="0"><tr><td class="jianjie">
<div class="t">⟦m 资料简介：⟧</div>
{BODY}
</td></tr></table>
<table width="980" align="center" border="0" class="downlist">
<tr><td>⟦a <a href="/down.asp?id=9021&amp;s=1">电信高速下载</a>⟧</td><td>⟦a <a href="/down.asp?id=9021&amp;s=2">联通线路下载</a>⟧</td><td>⟦a <a href="/down.asp?id=9021&amp;s=3">本地备用下载</a>⟧</td></tr>
<tr><td colspan="3">⟦a <a href="/report.asp?id=9021">下载不了？点这里告诉站长</a>⟧</td></tr>
</table>
<table width="980" align="center" border="0">
<tr><td>⟦l 相关资料：奶茶店设备清洗消毒记录表.xls｜餐饮门店设备维护保养制度.doc⟧</td></tr>
<tr><td>⟦d 本站资料均来源于网络，仅供学习研究，下载后请于24小时内删除。⟧</td></tr>
<tr><td>⟦m Copyright © 2012-2025 馨园资料下载站 冀ICP备12031957号⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
第一条　为规范本店咖啡机的日常清洁和保养，延长设备使用寿命，保证出品卫生，制定本制度。
第二条　本制度适用于本店使用的两台半自动咖啡机、一台磨豆机及配套净水设备。
第三条　每日开店前，当班咖啡师应开机预热不少于二十分钟，并对冲煮头进行空放水冲洗。
第四条　每日闭店后，应使用专用清洁粉对冲煮头反冲洗五次，拆洗手柄和滤网，擦净蒸汽棒并空喷排出残奶。
第五条　每周一清理磨豆机刀盘，每月对水箱和锅炉除垢一次，除垢后须连续放水至无异味。
第六条　每次清洁保养完成后，操作人员应扫描机身上的设备二维码登记，店长每月底打印保养台账签字存档。
第七条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="download-baijia-rules-yogurt-assembly-6s",
        site="百佳文档下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.baijiadoc.cn/zhidu/shengchan/5517.html",
        title="酸奶机总装车间6S管理规定",
        record_title="【车间制度】酸奶机总装车间6S管理规定｜Word原稿下载",
        date=None,
        notes="download station as text: file-info lines and mirror links; a numbered list 1.–6.; only an effective clause "
        "(自…起执行), no date",
        page="""
!m 百佳文档下载 — 免费办公资料库
!m 当前：首页 » 规章制度 » 生产管理
!t 【车间制度】酸奶机总装车间6S管理规定｜Word原稿下载
!m 大小：18KB　格式：doc　评分：★★★★☆　下载：962 次
!m 上架时间：2025-01-06
{T}
{BODY}
!a ↓ 电信下载　↓ 网通下载　↓ 备用镜像
!a 链接失效请留言，站长看到后第一时间补档
!l 猜你要找：车间5S检查评分表　装配线岗位作业指导书　生产车间交接班制度
!d 资料来自网友分享，版权归原作者，仅供参考学习。
""",
        body="""
为营造整洁有序的生产环境，提高酸奶机总装质量，结合车间实际，制定本规定。
1. 整理：工位上只保留当班所需的内胆、温控板和外壳，不良品当即放入红色周转箱。
2. 整顿：工具、量具定位摆放，螺丝刀和扭力扳手使用后挂回形迹板。
3. 清扫：每班下班前十分钟清扫工位，流水线皮带每周擦拭一次。
4. 清洁：车间主任每日巡查一次，检查结果在车间看板公示。
5. 素养：员工按规定穿戴工衣、工帽和静电手环，不在车间内饮食。
6. 安全：通电测试区设隔离栏，非测试人员不得进入，测试完毕立即断电。
本规定由生产部负责解释，自2025年3月1日起执行。
""",
    ),
    dict(
        slug="docshare-gongdu-rules-hedge-trimmer-safety",
        site="共读文档网 (invented)",
        style="文档分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://www.gongduwd.com/p-3390174528.html",
        title="绿篱机安全操作规程",
        record_title="绿篱机安全操作规程（园林养护通用本）- 共读文档网",
        date=None,
        notes="sharing page: upload notice, points lock, a service WeChat, ratings; 第N条 articles; a 规程 with no date; "
        "a points-lock line between articles",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>绿篱机安全操作规程（园林养护通用本）- 共读文档网</title>
<link rel="stylesheet" href="/static/css/doc.css">
<script src="/static/js/jquery.min.js"></script>
<script>var docid = 3390174528;</script>
</head>
<body>
<div class="top-bar">⟦m 共读文档网 — 分享知识，共读成长⟧ ⟦a <a href="/login">登录</a> <a href="/upload">上传赚积分</a>⟧</div>
<div class="bread">⟦m 共读文档网 &gt; 行业资料 &gt; 园林绿化 &gt; 操作规程⟧</div>
<div class="doc-wrap">
<h1>{T}</h1>
<div class="doc-stat">⟦m 贡献者：绿野仙踪　上传时间：2023-09-14　阅读：4218　评分：4.6⟧</div>
<div class="upload-tip">⟦d 本文档由网友自行上传，共读文档网仅提供信息存储空间服务，不对内容负责。⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="doc-lock">⟦a 全文共 3 页，剩余 1 页需 5 积分解锁⟧</div>
<div class="doc-btns">⟦a 下载 ｜ 收藏 ｜ 举报 ｜ 分享给好友⟧</div>
</div>
<aside>
<h4>⟦l 相关文档⟧</h4>
<ul>
<li>⟦l 园林养护机械安全管理制度⟧</li>
<li>⟦l 割灌机操作规程及注意事项⟧</li>
<li>⟦l 物业绿化工岗位安全责任书⟧</li>
</ul>
<div class="kefu">⟦w 文档定制与代找，客服微信：gongdu_kf07⟧</div>
</aside>
<footer>⟦m ©2016-2024 共读文档网 gongduwd.com 京ICP备16052280号⟧</footer>
</body>
</html>
""",
        body="""
第一条　操作人员须经培训合格后方可使用绿篱机，未满十八周岁及饮酒后人员严禁操作。
第二条　作业前应检查刀片有无裂纹、螺栓是否紧固，防护罩和开关是否完好，并清除作业区内的石块、铁丝等杂物。
第三条　操作时应佩戴护目镜、防护手套和耳罩，穿防滑鞋，双手握持机器，刀片不得高于肩部。
⟦a 🔒 以下条款需登录后阅读⟧
第四条　作业区周边五米内不得有行人，在人行道旁作业时应设置警示标志并安排专人看护。
第五条　汽油机加油必须在熄火冷却后进行，加油点应远离明火；充电式机器应使用原装充电器。
第六条　清理刀片缠绕物、更换刀片时，必须先关机并拔下电池或火花塞帽。
第七条　作业结束后应清洁刀片、涂抹防锈油，送回机具库登记。
""",
    ),
    dict(
        slug="docshare-wenyou-pledge-egg-boiler-canteens-wps",
        site="文友分享网 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wenyoufx.com/doc/5520917.html",
        title="关于机关食堂推广使用节能煮蛋器的倡议书",
        record_title="关于机关食堂推广使用节能煮蛋器的倡议书.wps",
        date="2025-03-20",
        notes="sharing page as text: upload notice, points prompt; 成文日期 in Chinese numerals under the signature; "
        "分享 as content (share this pledge with your family); a .wps file-name title",
        page="""
!m 文友分享网
!m 文档 > 公文写作 > 倡议书
!t 关于机关食堂推广使用节能煮蛋器的倡议书.wps
!m 分享者：节能小卫士　分享于：2025-03-24　2页　阅读 731
!d 该文件由分享者上传，文友分享网不拥有其著作权，若有异议请联系平台处理。
{BODY}
!a 下载此文件需 3 积分　|　签到可领积分
!l 你可能感兴趣：节约用电倡议书｜光盘行动倡议书｜绿色办公倡议书
!m 文友分享网 wenyoufx.com
""",
        indent="\u3000\u3000",
        body="""
全县各机关单位食堂：
每天清晨，一口大锅烧开一锅水，只为煮几十个鸡蛋，这样的场景在不少机关食堂仍很常见。据县机关事务服务中心测算，用节能煮蛋器代替大锅煮蛋，每百个鸡蛋可节电约四成、节水九成以上。为此，我们向全县机关食堂发出如下倡议：
一、优先选用节能煮蛋器。新购或更新蒸煮设备时，优先选择带定时断电功能的商用节能煮蛋器。
二、按需定量蒸煮。根据就餐人数提前统计需求，避免一次煮得过多造成浪费。
三、规范使用和保养。定期清除加热盘水垢，设备出现异常立即断电报修。
四、带动家庭节能。欢迎干部职工把这份倡议分享给家人，让节约从一枚鸡蛋做起。
獐溪县机关事务服务中心
二〇二五年三月二十日
""",
    ),
]
