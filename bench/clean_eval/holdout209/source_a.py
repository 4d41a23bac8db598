"""holdout209, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text, written by hand."""

CASES = [
    dict(
        slug="fanwen-moyun-speech-footbath-gift-gb2312",
        site="墨耘范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyunfw.com/jianghua/zhici/20251023/41877.html",
        title="在社区敬老月足浴盆发放仪式上的讲话",
        record_title="【敬老致辞】在社区敬老月足浴盆发放仪式上的讲话（稿件精修版）_墨耘范文网",
        date="2025-10-20",
        date_also=["2025-10-23"],
        notes="old table layout with marquee, reading-size row, floating ghost-writer QQ box, hot list and counter; "
        "date under the speech title, page date differs; a writing-service prompt glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【敬老致辞】在社区敬老月足浴盆发放仪式上的讲话（稿件精修版）_墨耘范文网</title>
<link href="/skin/fw/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/tongji.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220"><a href="/">⟦m 墨耘范文网⟧</a></td><td>⟦m 一支笔耕半亩田，写材料先来墨耘⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 设墨耘为主页⟧</a> <a href="#">⟦a 收进浏览器⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td>⟦m 网站首页 ┊ 讲话致辞 ┊ 工作总结 ┊ 心得体会 ┊ 述职报告 ┊ 主持串词 ┊ 条据书信⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 墨耘范文网收录各类范文二十六万篇，每日午间更新，敬请关注⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您所在的栏目：墨耘范文网 ＞ 讲话致辞 ＞ 节日致辞⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：佚名　　时间：2025-10-23　　浏览：次⟧</div>
<div class="zihao">⟦a 〖阅读字体：加大 · 还原 · 减小〗⟧</div>
<div class="content">
<p align="center">（2025年10月20日）</p>
<p align="center">铫口镇桲园社区党委书记　邝玉华</p>
{BODY}
</div>
<div class="page">⟦l 上一篇：在社区“睦邻节”开幕式上的致辞⟧<br>⟦l 下一篇：重阳节老年协会换届大会主持词⟧</div>
</td>
<td width="250" valign="top">
<table class="side" width="100%"><tr><td class="t">⟦l 致辞栏目本月排行⟧</td></tr>
<tr><td>⟦l ·在社区老年食堂开业仪式上的讲话⟧</td></tr>
<tr><td>⟦l ·敬老月走访慰问活动致辞（三篇）⟧</td></tr>
<tr><td>⟦l ·银龄志愿服务队成立大会讲话稿⟧</td></tr>
</table>
</td></tr>
</table>
<div id="qqfloat" style="position:fixed;right:6px;top:240px;">⟦w 讲话稿原创代笔 QQ：2751064398⟧</div>
<table width="960" align="center" class="foot"><tr><td>
⟦d 本站范文由网友上传或整理自网络，仅供写作借鉴，请勿直接照搬⟧<br>
⟦m Copyright © 2013-2025 墨耘范文网　湘ICP备17052106号⟧<br>
⟦m 今日来访：3608人次⟧
</td></tr></table>
<script>document.write('<img src="/stat.asp?id=41877" width="0" height="0">');</script>
</body></html>
""",
        body="""
各位老人家、各位志愿者，同志们：
金秋十月，又逢敬老月。今天，我们在这里举行“暖足敬老”足浴盆发放仪式，为辖区八十岁以上的112位老人每人送上一台恒温足浴盆。首先，我代表社区党委，向各位老人致以节日的问候！
这批足浴盆是辖区三家爱心企业捐赠的，全部带有防干烧和漏电保护功能。⟦w 本篇由墨耘写手整理，定制同类讲话请加微信 moyun_bi88⟧前期，社区网格员逐户上门摸底，把老人的身体和居住情况一一登记，确保足浴盆送到最需要的家里。
在这里，我也要多叮嘱几句：足浴盆水温不要超过四十二度，每次泡脚二十分钟左右就够了；患有糖尿病、下肢静脉曲张的老人，使用前最好先问问家庭医生。
最后，祝各位老人身体健康、福寿安康！谢谢大家。
""",
    ),
    dict(
        slug="fanwen-wensiquan-summary-juicer-workshop-cn-date",
        site="文思泉范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wensiquan.net/zongjie/chejian/20250715/9930.html",
        title="2025年上半年榨汁机总装车间安全生产工作总结",
        record_title="2025年上半年榨汁机总装车间安全生产工作总结（通用范文）- 文思泉范文网",
        date="2025-07-08",
        notes="成文日期 in Chinese numerals; a QQ writing prompt glued after a sentence; a login-to-download line "
        "between paragraphs; update stamp is relative",
        page="""
!m 文思泉范文网 —— 你要的材料，这里都有
!m 您在这里：文思泉 » 总结大全 » 车间总结
{T}
!m 来源：网友投稿　栏目：车间总结　更新：3 天前
!a 字号 A+ A-　┆　存为文档　┆　打印本页
{BODY}
!l 上一篇：包装车间2025年上半年工作总结
!l 下一篇：注塑车间质量月活动总结
!l 相关推荐：车间主任半年工作总结 | 班组安全生产总结 | 电器厂安全月活动总结
!d 文思泉范文网所载文章均来自网络或网友投稿，仅供借鉴参考，如有不妥请来信告知
!m 湘ICP备2023018864号-1
""",
        indent="\u3000\u3000",
        body="""
2025年上半年，总装车间在公司安全生产委员会的领导下，围绕“零伤害、零火灾、零事故”目标，狠抓榨汁机总装线现场安全管理，各项工作平稳推进。
一、主要工作
（一）刀组工位加装防护罩。针对榨汁机刀组锋利、装配时易割伤手指的问题，车间为6个刀组工位加装透明防护罩和双手启动按钮，上半年未再发生割伤事件。⟦w 需要原创车间总结可私信代写，QQ 3357102846⟧
（二）耐压测试区专人值守。每台整机下线前须做耐压和泄漏电流测试，测试区划定黄线，非测试人员不得进入。
⟦a 本篇范文全文下载需先登录，点此一键登录⟧
（三）开展岗位安全培训4期，培训员工186人次，新员工三级教育覆盖率100%。
二、存在问题
个别员工图省事摘下防割手套作业，夜班交接记录填写不全。
三、下半年打算
车间将推行安全积分制，把防护用品佩戴情况纳入班组考核，确保全年目标实现。
禾润电器有限公司总装车间
二〇二五年七月八日
""",
    ),
    dict(
        slug="wenku-yantai-research-toothbrush-html-markers",
        site="砚台文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yantaiwenku.com/view/5b71c09e2d.html",
        title="关于城区小学生电动牙刷使用情况的调研报告",
        record_title="关于城区小学生电动牙刷使用情况的调研报告.pdf",
        date="2025-04-16",
        notes="modern reader: page-marker paragraphs '▧ n ▧' between halves of cut paragraphs, viewer toolbar, "
        "scan-to-pay lock, upload note; file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于城区小学生电动牙刷使用情况的调研报告.pdf - 砚台文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.yantaiwenku.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="top"><a class="logo" href="/">⟦m 砚台文库⟧</a>
<nav><a href="/c/jy">⟦m 教育资料⟧</a> <a href="/c/yl">⟦m 医疗卫生⟧</a> <a href="/c/gw">⟦m 公文范本⟧</a></nav>
<a class="btn-vip" href="/vip">⟦a 砚台会员 首月9.9⟧</a> <a href="/login">⟦a 登录 ∣ 免费注册⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：wy_2207　　上传时间：2025-05-03　　共4页　　2.1万阅读⟧</p>
<div class="toolbar">⟦a 放大　缩小　适合宽度　全屏阅读⟧</div></div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="lock">⟦a 剩余2页为付费内容，微信扫码支付2.80元继续阅读⟧</div>
<div class="note">⟦d 本文档由砚台文库用户上传，砚台文库仅提供阅读与存储服务，不对文档内容负责⟧</div>
<aside class="rec"><h3>⟦l 看了这篇的人还在看⟧</h3>
<ul><li>⟦l 小学生口腔健康状况调查报告⟧</li><li>⟦l 窝沟封闭项目实施情况总结⟧</li><li>⟦l 儿童刷牙习惯问卷模板⟧</li></ul></aside>
<footer>⟦m © 2025 砚台文库 yantaiwenku.com　浙ICP备20094417号⟧</footer>
</body></html>
""",
        p_html='<p class="r-line">{}</p>',
        pages=dict(fmt="▧ {n} ▧", every=130, start=2),
        body="""
为了解城区小学生使用电动牙刷的情况，今年3月至4月，我中心对城区6所小学的1200名学生及家长开展问卷调查，收回有效问卷1136份，并对其中180名学生做了口腔检查。现将有关情况报告如下。
一、基本情况
被调查学生中，使用电动牙刷的有487人，占42.9%，比两年前同类调查提高近20个百分点。使用者中每天刷牙两次的占71.5%，高于使用手动牙刷的学生。
二、发现的问题
一是刷头更换不及时，超过三个月未换的占53.2%；二是选用成人款的占18.7%，刷头偏大、振动偏强；三是不少学生以为电动牙刷刷得快，每次刷牙不足一分钟。
三、几点建议
学校要把正确使用电动牙刷纳入健康教育课，家长要为孩子选购儿童款并按时更换刷头，社区卫生服务中心要结合窝沟封闭开展入校指导。
篼江市口腔疾病防治指导中心
2025年4月16日
""",
    ),
    dict(
        slug="wenku-zhiye-plan-breadmaker-line-wrapped-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://zhiyewk.cn/p-88107326.html",
        title="面包机生产线智能化改造实施方案",
        record_title="〖可直接套用〗面包机生产线智能化改造实施方案（附进度安排）",
        date="2025-04-28",
        notes="preview text hard-wrapped at 62 columns; '⸫n⸫' markers glued to the continuation line; decimal "
        "headings 1.1–3.2; date under the department's signature",
        page="""
!m 知页文库　>　企业管理　>　生产方案
{T}
!m 页数：5　　大小：41.6KB　　格式：DOC　　浏览：1893
!a 下载本文档　　加入书架　　举报
{BODY}
!a 预览到此为止，余下3页请下载后阅读
!a 单篇下载 ￥5.90　　开通包月免费下
!d 该资料为知页用户自行上传，仅供交流参考，涉及侵权请通过页面底部通道反馈
!l 同类文档：注塑车间自动化改造方案 ┆ 小家电生产线精益改善计划 ┆ 老化测试工位管理办法
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⸫{n}⸫", every=120, start=2, glue=True),
        body="""
为提升面包机总装和老化测试效率，公司决定对2号面包机生产线实施智能化改造，特制定本方案。
1 改造目标
1.1 生产线节拍由每台75秒缩短至55秒，日产能由3200台提高到4300台。
1.2 老化测试数据全部自动采集，实现每台面包机的烘烤温度曲线可追溯。
2 改造内容
2.1 总装工段引入两台协作机器人，完成内胆装入和搅拌刀压装两道工序，减轻员工重复劳动。
2.2 老化测试工段更换为四十工位测试架，每台面包机须完成一次完整的和面、发酵、烘烤程序后方可下线。
2.3 包装工段加装视觉检测，自动核对说明书、量杯和量勺是否装箱。
3 进度安排
3.1 5月完成设备选型和招标，6月完成安装调试，7月起试运行。
3.2 改造期间由1号线加开夜班，保障在手订单按期交付。
麦朵电器有限公司生产技术部
2025年4月28日
""",
    ),
    dict(
        slug="gov-bixi-bulletin-juicer-spotcheck-index-table",
        site="篦溪县人民政府 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.bixi.gov.cn/zwgk/tzgg/202504/t20250425_118820.html",
        title="关于2025年第一季度榨汁机产品质量监督抽查结果的通报",
        record_title="篦溪县人民政府｜关于2025年第一季度榨汁机产品质量监督抽查结果的通报｜质量抽查",
        date="2025-04-22",
        date_also=["2025-04-25"],
        notes="county portal: elder/read-aloud links, 索引号 table with the 文号 cell unmarked, error-report line and "
        "12345; the bureau's own contact line in the body next to the site's phone; a table of failed products",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>篦溪县人民政府｜关于2025年第一季度榨汁机产品质量监督抽查结果的通报｜质量抽查</title>
<script src="/common/js/jquery.min.js"></script><script src="/common/js/zwgk.js"></script></head>
<body>
<div class="topbar">⟦m 今天是：2025年4月25日 星期五⟧ <a href="/ll">⟦a 长辈版⟧</a> <a href="javascript:;" id="tts">⟦a 语音朗读页面⟧</a> <a href="/en">⟦a Eng.⟧</a></div>
<div class="banner"><img src="/images/banner.jpg" alt="篦溪县人民政府"><span>⟦m 篦溪县人民政府⟧</span></div>
<div class="mainnav">⟦m 首页　政务公开　政务服务　互动交流　走进篦溪⟧</div>
<div class="crumb">⟦m 当前所在：首页 ＞ 政务公开 ＞ 部门信息 ＞ 县市场监管局⟧</div>
<table class="xxgk-head">
<tr><td>⟦m 索引号：11431122MB1D8047X6/2025-00361⟧</td><td>⟦m 主题分类：质量监督⟧</td></tr>
<tr><td>⟦m 发布机构：篦溪县市场监督管理局⟧</td><td>篦市监〔2025〕14号</td></tr>
<tr><td>⟦m 生成日期：2025-04-25⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h2>{T}</h2>
{BODY}
</div>
<div class="tools">⟦a 【打印这一页】⟧ ⟦a 【关闭本页】⟧ ⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="jiucuo">⟦m 发现页面有误？点这里向网站纠错⟧</div>
<div class="footer">
⟦m 网站主办：篦溪县人民政府办公室　联系电话：0739-6221000⟧<br>
⟦m 政务服务便民热线：12345⟧<br>
⟦m 湘ICP备05011327号　湘公网安备43112202000118号　网站标识码4311220009⟧
</div>
</body></html>
""",
        body="""
2025年第一季度，我局对县内生产、销售的榨汁机产品开展质量监督抽查，共抽查12家企业24批次产品，检验项目包括防触电保护、输入功率、发热、机械危险等8项。经检验，合格21批次，不合格3批次，不合格产品如下：
序号　标称企业　型号　不合格项目
1　篦溪县速鲜电器厂　SX-308　机械危险
2　笸川县果满家电商行　GM-12　输入功率和电流
3　篦溪县欣厨小家电有限公司　XC-B6　发热
对不合格企业，我局已责令停止生产销售、限期整改，复查结果将向社会公布。请消费者选购榨汁机时认准3C标志，留意杯体是否设有安全开关。
联系人：卢振亭　电话：0739-6228134
篦溪县市场监督管理局
2025年4月22日
""",
    ),
    dict(
        slug="gov-pochuan-notice-footbath-check-annex-cc",
        site="笸川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.pochuan.gov.cn/xxgk/zfwj/202511/t20251105_60231.html",
        title="关于开展老年人家庭足浴盆等电热产品安全隐患排查的通知",
        date="2025-11-03",
        date_also=["2025-11-05"],
        notes="title given by the record as is; 文号 line neutral; 附件 list, 抄送 and 印发 lines in the body; "
        "the page's 发布时间 differs from the 成文日期",
        page="""
!m 笸川县人民政府
!m 首页 › 信息公开 › 政府文件 › 县政府办文件
{T}
!m 信息来源：县政府办公室　发布时间：2025-11-05 16:20　阅读次数：906
!a 〔 放大 〕〔 默认 〕〔 缩小 〕
笸政办发〔2025〕31号
{BODY}
!a 〔打印该页〕　〔关掉窗口〕
!l 上一条：笸川县冬春农田水利建设工作方案
!l 下一条：关于做好2025年冬季征兵工作的通知
!m 笸川县人民政府办公室主办　地址：笸川县城关镇县前街8号　邮编：418700
!m 湘ICP备09012766号
""",
        body="""
各镇人民政府，县直有关单位：
入冬以来，多地发生因足浴盆、电热毯等电热产品使用不当引发的火灾。为保障老年人生命财产安全，县政府决定在全县开展老年人家庭电热产品安全隐患排查。现将有关事项通知如下：
一、排查范围。全县独居、空巢及八十岁以上老年人家庭。
二、排查内容。重点检查足浴盆是否为三无产品，电源线有无破损老化，是否放在床边、沙发旁等易燃物附近，是否长时间通电无人看管。
三、时间安排。11月10日至12月10日，各镇于12月15日前将排查台账报县应急管理局。
附件：1.老年人家庭电热产品排查登记表
2.电热产品安全使用提示
笸川县人民政府办公室
2025年11月3日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
笸川县人民政府办公室　2025年11月3日印发
""",
    ),
    dict(
        slug="news-doujiang-breadmaker-line-photo-caption",
        site="篼江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.doujiangnews.cn/cj/2025-06/18/content_7731052.html",
        title="铫口镇面包机企业新生产线投产 日产能提高三成",
        record_title="产经｜铫口镇面包机企业新生产线投产 日产能提高三成 — 篼江新闻网",
        date="2025-06-18",
        notes="news portal: an app prompt glued before the lead, a listen button, a photo caption between "
        "paragraphs, an editor line glued after the last one; byline date is the page's date; 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>产经｜铫口镇面包机企业新生产线投产 日产能提高三成 — 篼江新闻网</title>
<script>var _hmt=_hmt||[];</script></head>
<body>
<div class="head"><a href="/">⟦m 篼江新闻网⟧</a> <span>⟦m 篼江日报社主管主办⟧</span>
<nav>⟦m 首页 时政 产经 民生 区县 视频 专题⟧</nav></div>
<div class="loc">⟦m 篼江新闻网 / 产经 / 园区动态⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-18 08:30　来源：篼江日报　作者：记者 汤妍⟧ <button>⟦a 听本文⟧</button></div>
{BODY}
</article>
<div class="adslot">⟦l 广告｜铫口小家电产业园招商热线 0741-3386600⟧</div>
<aside><h3>⟦l 二十四小时热文⟧</h3><ol>
<li>⟦l 篼江至甃城城际公交下月开通⟧</li><li>⟦l 暑期水上安全提示请收好⟧</li><li>⟦l 市区三条道路夜间施工绕行指引⟧</li></ol></aside>
<footer>⟦d 篼江新闻网所刊载内容之知识产权为篼江日报社所有，未经书面授权不得转载⟧<br>⟦m 新闻热线：0741-3120000　湘ICP备06003377号⟧</footer>
</body></html>
""",
        body="""
⟦a 打开篼江新闻客户端，阅读体验更佳⟧本报讯（记者 汤妍）6月17日，位于铫口镇工业园的麦朵电器有限公司面包机智能生产线正式投产。新线投产后，该公司面包机日产能由3200台提高到4300台。
在总装车间，两台协作机器人正把内胆准确装入机身，下线的面包机被送上四十工位老化架，完成一次完整的和面、发酵、烘烤程序。“每台机器的温度曲线都存进系统，哪一台出了问题都查得到。”车间主任龚立新说。
⟦m 图为麦朵电器新投产的面包机总装线。记者 汤妍 摄⟧
据介绍，麦朵电器今年一季度出口订单同比增长27%，新线投产有效缓解了交付压力。目前，铫口镇已聚集小家电企业41家，形成了从电机、模具到整机的配套链条。⟦m 【责任编辑：许岚】⟧
""",
    ),
    dict(
        slug="news-zhoucheng-clipper-volunteers-title-line",
        site="甃城在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zhouchengol.com/news/shehui/2025/0305/88412.shtml",
        title="学雷锋日 二十把推子进社区 老人家门口理发",
        record_title=None,
        date="2025-03-05",
        notes="no title in the record: the title line on the page; byline date; a photo caption between paragraphs; "
        "a share bar glued after the last sentence",
        page="""
!m 甃城在线　|　甃城人自己的新闻网
!m 首页 > 社会 > 正文
{T}
!m 2025-03-05 10:12　来源：甃城在线　浏览量：2317
!a 【大字】【小字】
{BODY}
!l 相关新闻：城南社区开设“银发剪发角”
!l 相关新闻：美发行业协会发布文明服务公约
!m 甃城在线新闻中心　爆料电话：0743-8899110
!d 凡本网注明“来源：甃城在线”的作品，版权均属甃城在线，转载请注明出处
""",
        indent="\u3000\u3000",
        body="""
3月5日上午，甃城市美发美容行业的20名理发师带着电动推子、围布和消毒箱来到敔坪镇棰湾社区，为社区老人免费理发。
“推子贴着头皮走，一点都不扎。”82岁的贺秀英老人摸着新剪的短发，笑得合不拢嘴。活动现场，理发师每剪完一位老人，就用酒精擦拭推子刀头，再放进消毒箱。
⟦m 图：理发师在为老人修剪鬓角（通讯员 庞宇 摄）⟧
行业负责人介绍，今年他们将把上门理发服务固定下来，每月第一个周三到一个社区，行动不便的老人可提前给社区打电话预约。当天共为63位老人理发，其中上门服务9人。⟦l 分享到：微信好友　朋友圈　微博⟧
""",
    ),
    dict(
        slug="forum-jiadianjiangren-juicer-switch-jammer",
        site="家电匠人论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jiadianjr.com/thread-304417-1-1.html",
        title="榨汁机转几秒就停，原来是杯体微动开关的问题",
        record_title="[维修分享] 榨汁机转几秒就停，原来是杯体微动开关的问题 - 小家电维修区 - 家电匠人论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post; author panel, rating row, signature, replies; "
        "relative post time is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[维修分享] 榨汁机转几秒就停，原来是杯体微动开关的问题 - 小家电维修区 - 家电匠人论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style></head>
<body>
<div id="hd">⟦m 家电匠人论坛⟧ <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 家电匠人论坛 › 维修技术 › 小家电维修区 › 查看帖子⟧</div>
<div class="hm">⟦m 阅读: 1462 ┊ 回帖: 23⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 老焊锡⟧<br>⟦m 帖子 318　积分 2740　工龄 11 年⟧</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_882013">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 5　技术分 +8　收起理由：干货⟧</div>
<div class="sign">⟦m 修了半辈子小家电，有问题站内信找我⟧</div>
<div class="po">⟦a 回复　收藏　点赞　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发 · 电工小马：学到了，我家那台也是这个毛病⟧</div>
<div class="reply">⟦l 板凳 · 修机佬阿华：微动开关几块钱，换之前记得先拔电⟧</div>
<div id="ft">⟦m 家电匠人论坛 ( 粤ICP备18027730号 )　Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前几天邻居拿来一台榨汁机，说一按开关马达转几秒就停，再按又能转，来回折腾。
拆开底座先量电机，碳刷和线圈都正常。再看杯体卡扣下面的微动开关，触点已经发黑，杯子稍微晃一下就断开。这个开关是安全联锁用的，杯体没装到位时不让电机转，所以坏了就会时通时断。
换了一个同规格的微动开关，顺手把卡扣上的果渣清理干净，试机连续打了三分钟，一切正常。
提醒大家，千万别为了省事把这个开关短接，杯子没装好就能转，刀片露着非常危险。
""",
    ),
    dict(
        slug="forum-jiechi-toothbrush-heads-junk",
        site="洁齿生活论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.jiechilife.com/t/71205",
        title="电动牙刷刷头到底多久换一次？说说我的经验",
        record_title="〔用后分享〕电动牙刷刷头到底多久换一次？说说我的经验（三年使用心得） - 个护家电版 - 洁齿生活论坛",
        date=None,
        notes="forum thread with anti-scraping junk as lines and glued after 。; reply floors and a login prompt; "
        "'昨天' post time is no date",
        page="""
!m 洁齿生活论坛 - 关心每一颗牙
!m 洁齿生活论坛 » 个护家电版 » 浏览主题
!m 查看 2988 ┊ 回复 41
!t 〔用后分享〕电动牙刷刷头到底多久换一次？说说我的经验（三年使用心得）
!m 牙牙不痛　发表于 昨天 22:14　┊　只看该作者　┊　倒序看帖
{BODY}
!a 支持(12)　反对(0)　收藏　回复
!l 2# 甜橙汽水：刷毛开花了才换的举个手……
!l 3# 阿木木：说得对，我家孩子那支用了半年都没换
!a 登录以后才能参与回复，还没有账号？马上注册
!m 洁齿生活论坛 版权所有　客服邮箱：kefu@jiechilife.com
""",
        junk=dict(lines=2, glued=2),
        body="""
用电动牙刷三年了，前后换过两个牌子，说说刷头更换的经验，供大家参考。
一般说明书都写三个月换一次，我觉得这是上限。我的办法是看刷毛上的蓝色提示毛，褪到一半颜色就换。刷毛一旦向外翻开，清洁效果会大打折扣，还容易刮伤牙龈。
家里几个人共用一个手柄的，刷头一定要分开，最好用不同颜色的圈区分。刷完把刷头冲干净、甩干，倒放或者挂起来晾，别一直扣着防尘盖。
另外，生病好了以后最好也换一个新刷头，这点很多人没注意。
""",
    ),
]
