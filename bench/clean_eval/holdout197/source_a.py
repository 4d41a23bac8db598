"""holdout197, part A: 范文 sites, 文库 previews, document-sharing pages, download stations and writing apps.

Invented text throughout (places, people, sites, chrome wording); see ../README.md and ../build.py
for the markup. Subjects: handheld loudhailers (扩音喇叭), red armbands (红袖章), pliers (钳子),
anti-slip mats (防滑垫) and highlighters/marker pens (荧光笔/记号笔).
"""

CASES = [
    dict(
        slug="chuanbi-speech-flood-loudhailers-gb2312",
        site="椽笔范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chuanbi365.com/jh/yingji/2024/0611/88417.html",
        title="在全镇防汛应急“小喇叭”配发工作会议上的讲话",
        record_title="【讲话荟萃】在全镇防汛应急“小喇叭”配发工作会议上的讲话（范文2篇任选）_椽笔范文网",
        date="2024-06-03",
        date_also=["2024-06-11"],
        notes="old table layout with marquee, font/night-reading row, floating ghost-writer QQ box, hot list and "
        "visitor counter; speaker and date lines under the title (neutral); a ghost-writer line between "
        "paragraphs and a collect link glued after a sentence; byline date differs from the speech date",
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>【讲话荟萃】在全镇防汛应急“小喇叭”配发工作会议上的讲话（范文2篇任选）_椽笔范文网</title>
<meta name="keywords" content="防汛,扩音喇叭,讲话稿" />
<link href="/css/cb_style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/cb_common.js"></script>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 椽笔范文网 · 一支椽笔写春秋⟧</td><td class="toplink">⟦a <a href="#">设为主页</a> | <a href="#">收进书签</a> | <a href="/m/">手机访问</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 欢迎光临椽笔范文网！本站每日更新讲话稿、工作总结、心得体会等实用范文500篇⟧</marquee></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 网站首页⟧</a> <a href="/jh/">⟦m 领导讲话⟧</a> <a href="/zj/">⟦m 总结汇报⟧</a> <a href="/fa/">⟦m 计划方案⟧</a> <a href="/xd/">⟦m 心得体会⟧</a></td></tr>
</table>
<table width="960" border="0" align="center"><tr>
<td width="690" valign="top">
<div class="weizhi">⟦m 您所在的位置：<a href="/">椽笔范文网</a> &gt;&gt; <a href="/jh/">领导讲话</a> &gt;&gt; <a href="/jh/yingji/">应急管理讲话</a> &gt;&gt; 正文⟧</div>
<table width="100%" border="0"><tr><td class="biaoti" align="center"><b>{T}</b></td></tr>
<tr><td class="xinxi" align="center">⟦m 发布时间：2024-06-11　整理：椽笔小编　人气：<font color="red">1873</font>⟧</td></tr>
<tr><td align="center">⟦a 【字号 ＋ － 复位】【夜读模式】【打印此文】【关闭窗口】⟧</td></tr>
<tr><td class="zhengwen">
<p align="center">镇党委副书记、镇长　阮国栋</p>
<p align="center">（2024年6月3日）</p>
{BODY}
</td></tr></table>
<div class="down">⟦a ↓↓ 本篇讲话稿Word版下载（需登录，扣1个笔币） ↓↓⟧</div>
<div class="sxp">⟦l 上一篇：在全县汛前安全检查部署会上的讲话⟧<br />⟦l 下一篇：镇长在防汛抗旱工作会议上的表态发言⟧</div>
</td>
<td width="260" valign="top">
<table class="side" width="100%"><tr><td class="st">⟦l 本周热门讲话⟧</td></tr>
<tr><td>⟦l ·在应急广播“村村响”建设推进会上的讲话⟧</td></tr>
<tr><td>⟦l ·乡镇防汛工作会议主持词（3篇）⟧</td></tr>
<tr><td>⟦l ·地质灾害防治工作会议讲话提纲⟧</td></tr>
</table>
<div id="floatqq" style="position:fixed;right:5px;top:200px">⟦w 材料赶时间？椽笔写手一对一代笔，QQ：2875103364⟧</div>
</td></tr></table>
<table width="960" border="0" align="center"><tr><td class="foot">
⟦d 本站范文均由网友投稿或整理自互联网，仅供写作参考，转载请注明出处。⟧<br />
⟦m 椽笔范文网 版权所有 Copyright 2009-2024　鄂ICP备09027315号⟧<br />
⟦m 本站累计访问：3,860,417 人次⟧
<script>document.write('<img src="/count.asp?id=3" width="0" height="0">');</script>
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今年入汛以来，我镇已经历三轮强降雨，钹溪水位一度逼近警戒线。实践证明，在山洪来得急、停电断网的情况下，一只手摇、充电两用的扩音喇叭，往往比手机预警更管用。今天召开这个会议，就是把县里配发的186只应急喇叭发到每个村民小组，把“最后一公里”的预警责任落到人头。
一、发到人头，明确谁来喊。每只喇叭登记编号，由村民小组长或网格员保管，镇应急办建立台账，人员变动的三日内完成交接。
⟦w 【椽笔代笔】讲话稿、汇报材料加急定制，微信 chuanbi_xz⟧
二、练到嘴边，明确怎么喊。各村要在本月底前组织一次夜间喊话演练，统一使用“山洪来了，往高处走”等简短口令，做到人人听得懂、记得住。⟦a [点此收藏本文]⟧
三、管到日常，明确常态用。喇叭不得挪作广场舞、叫卖等他用，每月第一周检查一次电池和录音功能，损坏的及时报镇应急办更换。
同志们，汛期已至，时间不等人。希望大家把喇叭当成“救命号”，拿得出、喊得响、用得上，确保不漏一户、不落一人。
""",
    ),
    dict(
        slug="shisui-insight-armband-patrol-no-title",
        site="拾穗文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.shisuiwengao.com/xinde/zhiyuan/30572.html",
        title="戴上红袖章参加社区夜间巡逻的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record (found on the page); update stamp as a relative time; a member line on a "
        "line of its own between paragraphs and a related link glued after a sentence; no date",
        page="""
!m 拾穗文稿网 — 好文章，随手拾
!m 主页 ＞ 心得体会 ＞ 志愿服务心得
{T}
!m 供稿：拾穗网友　　更新：3 天前　　浏览 2,416
!a 〔全文复制〕〔存为文档〕〔发送到手机〕
{BODY}
!a 想看本站同类范文的完整版？开通拾穗会员，每天可下5篇
!l 猜你还会找：
!l ◇ 平安志愿者个人年度小结
!l ◇ 参加社区网格员培训的心得
!l ◇ 退休党员回社区报到心得体会（4篇）
!d 声明：网站内容仅供参考，不代表本站观点；如涉及权利问题，请联系站务处理。
!m 拾穗文稿网　琼ICP备17003586号-1
""",
        indent="\u3000\u3000",
        body="""
今年七月，我报名加入了云鹤社区平安巡防队，每周二、周五晚上戴上红袖章，和几位老党员一起在小区和周边街巷巡逻。三个月下来，感触很多。
一是红袖章是一份责任。刚戴上时我有点不好意思，总觉得别人在看我。后来一位大姐拦住我们，说楼下有人把电动车推进楼道充电，我们当晚就找物业处理了。我明白了，居民看见红袖章，是把我们当成能找的人。
⟦a 【会员专享】本文剩余段落已为会员解锁，点击继续⟧
二是巡逻要走心，不能走过场。老队长教我们“三看一问”：看门窗、看楼道、看车棚，问独居老人好。一次，我们发现一户老人家里连续两天没开灯，及时联系了家属，避免了意外。⟦l 相关阅读：巡防队员个人总结范文⟧
三是志愿服务也在改变自己。以前下班就刷手机，现在和邻居们熟了，说话也有了底气。今后我会继续戴好这个红袖章，把平安守在家门口。
""",
    ),
    dict(
        slug="jianyu-wenku-plan-antislip-mats-marker-paras",
        site="笺语文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jianyuwenku.com/view/5f31a08c2d.html",
        title="钹川县老旧小区适老化防滑垫铺设工作方案",
        record_title="钹川县老旧小区适老化防滑垫铺设工作方案 - 笺语文库",
        date="2024-09-12",
        notes="文库 reader cut by page-marker paragraphs (⎊ n ⎊) in the middle of sentences; a monthly-card lock "
        "and a coin pay box; upload stamp is no date; the 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>钹川县老旧小区适老化防滑垫铺设工作方案 - 笺语文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__DOC__={id:"5f31a08c2d",pages:6,preview:3};</script>
<link rel="stylesheet" href="/static/reader.css">
</head><body>
<header class="jy-top"><a class="logo" href="/">⟦m 笺语文库⟧</a><span class="slogan">⟦m 一页笺，万语文⟧</span>
<nav><a href="/">⟦m 首页⟧</a><a href="/c/fangan">⟦m 方案计划⟧</a><a href="/c/gongwen">⟦m 党政公文⟧</a></nav>
<a class="btn-card" href="/card">⟦a 开通笺语月卡⟧</a></header>
<main class="reader">
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：yx_2871　上传于 2024-10-02　共6页　1.9千次阅读　评分 4.6⟧</p>
<div class="doc-ops">⟦a 收藏 ｜ 举报 ｜ 生成引用 ｜ 转存到我的文库⟧</div></div>
<article class="doc-page">
{BODY}
</article>
<div class="lock">⟦a 开通笺语月卡，剩余3页随心读⟧</div>
<div class="pay">⟦a 或支付 3 笺币，下载可编辑源文件（.docx）⟧</div>
<section class="rel"><h3>⟦l 读过这篇的人也在读⟧</h3>
<ul><li>⟦l 居家适老化改造项目实施方案（2024版）⟧</li><li>⟦l 社区老年人防跌倒干预工作总结⟧</li><li>⟦l 养老服务补贴发放工作方案范本⟧</li></ul></section>
</main>
<footer>⟦d 本文档由用户自主上传，笺语文库仅提供信息存储空间服务；若内容侵犯您的权益，请提交申诉。⟧<br>⟦m © 笺语文库 jianyuwenku.com　苏ICP备20041873号-3⟧</footer>
<script src="/static/reader.js"></script>
</body></html>
""",
        p_html='<p class="jy-p">{}</p>',
        pages=dict(fmt="⎊ {n} ⎊", every=110, start=2),
        body="""
为减少老年人居家跌倒事故，根据市民政局关于推进居家适老化改造的部署，结合我县实际，制定本方案。
一、工作目标。2024年10月至12月，为全县12个老旧小区中80周岁以上独居、空巢老人家庭免费铺设卫生间及厨房防滑垫，计划覆盖1260户，做到应铺尽铺。
二、实施步骤。（一）摸底登记阶段（10月15日前），由社区网格员入户核实老人家庭地面材质和面积，填写登记表；（二）集中铺设阶段（11月30日前），由中标企业按户上门测量、裁剪、铺设，并现场演示清洁方法；（三）回访验收阶段（12月20日前），社区逐户回访，对翘边、移位的及时返修。
三、工作要求。防滑垫须符合相关标准，背面不得使用易脱落的胶粒；铺设时严禁遮挡地漏；各社区要把铺设情况录入养老服务信息平台，做到一户一档。
钹川县民政局
2024年9月12日
""",
    ),
    dict(
        slug="qingjian-wenku-research-highlighters-wrapped-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.qingjianwk.cn/p/7720419.html",
        title="关于中小学生荧光笔质量状况的调研报告",
        record_title="关于中小学生荧光笔质量状况的调研报告 - 青简文库",
        date="2024-11-06",
        notes="preview text hard-wrapped at 60 columns and cut by page markers ⏥n⏥ glued to the continuation "
        "line; rating line and reading-card prompt; 成文日期 under the signature",
        page="""
!m 青简文库 · 文档预览
{T}
!m 贡献者：书页里的风　｜　4 页　｜　阅读 1,302　｜　评分 ★★★★☆
!a 【阅读器】适合宽度　放大　缩小　全屏
{BODY}
!a 余下内容已折叠，开通青简畅读卡后继续阅读
!a 畅读卡 ¥9.9/月　　单篇下载 ¥2.5
!l 同类文档：学生文具质量抽查情况通报　｜　关于校园周边文具市场的调查与思考
!d 青简文库内容均由用户上传，平台不对其准确性负责。
""",
        wrap=60,
        pages=dict(fmt="⏥{n}⏥", every=100, start=2, glue=True),
        body="""
近年来，荧光笔已成为中小学生的常用文具，但家长反映部分产品气味刺鼻、易晕染。为此，县消保委于9月至10月在县城及3个乡镇的28家文具店购买了41款荧光笔，委托检测机构进行了比较试验。
一、基本情况。41款样品中，单价1元以下的占37%，无生产厂名厂址的有6款，标注“无毒”但未注明执行标准的有11款。
二、发现的问题。一是部分产品可迁移元素超标，2款样品的铅含量不符合学生用品安全要求；二是气味问题突出，9款样品打开笔帽后有明显刺激性气味；三是标识不规范，多数产品未标注适用年龄。
三、几点建议。建议家长选购标识齐全、有明确执行标准的产品，不要让孩子咬笔头；建议市场监管部门加强校园周边文具店的抽检，对“三无”产品依法下架。
鼗阳县消费者权益保护委员会
2024年11月6日
""",
    ),
    dict(
        slug="wenshu-share-request-insulated-pliers-h1",
        site="文枢共享网 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.wenshugx.com/doc/2025/0309/551820.html",
        title="关于购置绝缘钳等电工工具的请示",
        record_title=None,
        date="2025-03-04",
        notes="no title in the record: the <h1>; upload notice and service-WeChat line beside the request's own "
        "联系人/电话; 附件 list kept in the body; a points prompt on a line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>文枢共享网 - 文档详情</title>
<script async src="/js/share-stat.js"></script></head>
<body>
<div class="bar"><span>⟦m 文枢共享网 | 公文·方案·合同资料共享⟧</span><a href="/login">⟦a 登录 / 注册⟧</a><a href="/up">⟦a 上传赚积分⟧</a></div>
<div class="crumbs">⟦m 共享网 › 行政公文 › 请示报告 › 详情⟧</div>
<div class="wrap">
<div class="doc">
<h1>{T}</h1>
<div class="info">⟦m 分享者：shizheng_w　格式：DOCX　大小：26KB　页数：2⟧</div>
<div class="notice">⟦d 温馨提示：本文档为网友分享，仅供交流学习，严禁用于商业用途；如有侵权，请联系我们删除。⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="dl"><a href="/down/551820">⟦a 下载此文档（8积分）⟧</a> <a href="#">⟦a 放进我的资料袋⟧</a></div>
</div>
<aside><h4>⟦l 相关文档推荐⟧</h4>
<p>⟦l 关于购置应急抢修设备的请示⟧</p><p>⟦l 关于申请电工安全工器具检测经费的请示⟧</p>
<div class="kefu">⟦w 找不到想要的资料？联系客服微信 wenshu_kf07 帮你找⟧</div></aside>
</div>
<div class="foot">⟦m 文枢共享网 wenshugx.com 浙ICP备21009136号⟧</div>
</body></html>
""",
        body="""
县住房和城乡建设局：
我站负责城区42处公共照明配电箱和6座地下通道排水泵站的日常维修，现有绝缘钳、剥线钳、压线钳等工具多为2016年购置，绝缘层老化开裂，经自检已有17把不符合带电作业要求，存在触电隐患。
⟦a 剩余内容需消耗积分查看，当前余额不足⟧
为保障作业安全，拟购置以下工具：1000V绝缘钢丝钳12把、绝缘尖嘴钳12把、自动剥线钳8把、液压压线钳2套，预算共计1.86万元，从本年度设备维护经费中列支。
妥否，请批示。
附件：1.拟购工具清单及报价
2.现有工具自检记录
联系人：阮志斌　电话：0736-5128847
钹川县市政设施维护站
2025年3月4日
""",
    ),
    dict(
        slug="moyuan-share-pledge-no-loudhailers-wps-cn-date",
        site="墨缘文档分享 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://share.moyuandoc.net/f/6d2a7c910b",
        title="文明经营、拒绝高音喇叭叫卖倡议书",
        record_title="文明经营、拒绝高音喇叭叫卖倡议书.wps",
        date="2024-08-20",
        notes="file-name record title (.wps); uploader and size lines; upload disclaimer; date in Chinese "
        "numerals under two signatures; a download button glued after the closing sentence",
        page="""
!m 墨缘文档分享
!t 文明经营、拒绝高音喇叭叫卖倡议书.wps
!m 上传用户：老街小何　｜　文件大小：41.6KB　｜　上传时间：2 个月前
!d 本平台文档均由用户上传，仅供参考使用，平台不承担内容审核责任；如发现侵权请点“申诉”。
{BODY}
!a ▼ 下载原文件（WPS格式）　　▼ 转为PDF下载
!l 该用户还上传了：商户门前三包责任书.doc　｜　老街夜市管理公约.wps
!m moyuandoc.net　粤ICP备22018375号
""",
        gap=True,
        body="""
广大商户朋友们：
近段时间，瑟河镇老街部分商户和流动摊贩使用高音喇叭循环播放叫卖录音，有的从早上六点一直响到晚上十点，不少居民反映休息受到严重影响，中高考期间尤为突出。为营造安静和谐的经营环境，我们向全镇商户发出如下倡议：
一、自觉不用。店铺门口不摆放、不悬挂扩音喇叭，流动摊贩不在居民区循环播放叫卖录音。
二、确需使用的控制音量。开业促销等确需使用的，音量以店外五米听不清为宜，时间不早于8时、不晚于20时。
三、相互监督。发现噪声扰民的，可向镇综合执法队反映，我们将上门劝导。
让我们从关掉一只喇叭做起，共建安静、文明的老街。⟦a 〖一键下载本文〗⟧
瑟河镇商会
瑟河镇综合行政执法队
二〇二四年八月二十日
""",
    ),
    dict(
        slug="jiangku-download-rules-pliers-gb2312-table",
        site="匠库资料下载 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.jiangku123.com/soft/zhidu/20417.html",
        title="机修车间钳类工具领用管理制度",
        record_title="机修车间钳类工具领用管理制度（Word可改版）在线下载_匠库资料下载",
        date=None,
        notes="old download station: file-info table (update stamp no date), three download links, unzip "
        "password and dead-link report; the rules' articles speak of 扫描二维码 and 打印 as content; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>机修车间钳类工具领用管理制度（Word可改版）在线下载_匠库资料下载</title>
<script type="text/javascript" src="/inc/ad_top.js"></script>
</head>
<body bgcolor="#FFFFFF" topmargin="0">
<table width="980" align="center" cellspacing="0" cellpadding="0"><tr>
<td>⟦m 匠库资料下载 —— 工厂管理制度·表格·方案一站下⟧</td><td align="right">⟦m <a href="/">首页</a> | <a href="/soft/zhidu/">管理制度</a> | <a href="/soft/biaoge/">表格模板</a>⟧　<a href="/top.html">⟦l 下载排行⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：匠库首页 - 管理制度 - 设备工具管理⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" bordercolor="#CCCCCC">
<tr><td colspan="4" align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td>⟦m 资料大小：18 KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2024-4-17 9:52:08⟧</td></tr>
<tr><td>⟦m 资料等级：★★★☆☆⟧</td><td>⟦m 下载次数：本周 37 次⟧</td><td colspan="2">⟦a 解压密码：www.jiangku123.com⟧</td></tr>
<tr><td colspan="4" class="intro">
{BODY}
</td></tr>
<tr><td colspan="4">⟦a 下载地址：⟧ <a href="/d1/20417.rar">⟦a 电信高速下载⟧</a>　<a href="/d2/20417.rar">⟦a 联通高速下载⟧</a>　<a href="/d3/20417.rar">⟦a 备用本地下载⟧</a></td></tr>
<tr><td colspan="4"><a href="/err.asp?id=20417">⟦a 下载地址失效？点此报告错误⟧</a></td></tr>
</table>
<table width="980" align="center"><tr><td>
⟦d 本站资料多来自网络收集，仅供学习研究，版权归原作者所有，请于下载后24小时内删除。⟧<br>
⟦m Copyright 2012-2024 匠库资料下载 冀ICP备12044930号⟧
</td></tr></table>
<script language="javascript" src="/inc/stat.js"></script>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为加强车间钳类工具管理，减少丢失和损坏，保障作业安全，制定本制度。
第二条　本制度所称钳类工具，包括钢丝钳、尖嘴钳、斜口钳、剥线钳、管子钳和液压钳等。
第三条　工具实行“一人一码”领用。员工领用时用手机扫描工具柜上的二维码登记，管理员每周打印领用台账一次，交车间主任签字。
第四条　绝缘钳每半年送检一次，绝缘层有裂纹、钳口有崩缺的，立即停用并贴“禁用”标签。
第五条　员工调岗或离职时，须归还所领工具，丢失的按折旧价赔偿。
第六条　本制度由设备科负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="tuzhi-download-contract-template-mats-doc",
        site="图纸文书下载站 (invented)",
        style="资料下载站",
        genre="合同",
        kind="other",
        form="text",
        source="http://www.tuzhiws.cn/down/hetong/caigou/9183.html",
        title="防滑垫采购合同（范本）",
        record_title="防滑垫采购合同（范本）.doc",
        date=None,
        notes="file-name record title (.doc); file-info lines, download links and a dead-link line; a template "
        "with ＿＿ blanks, ×× placeholders and ＿＿＿＿年＿＿月＿＿日 (no date)",
        page="""
!m 图纸文书下载站 —— 合同·协议·图纸资料
!m 您的位置：首页 > 合同范本 > 采购合同 > 防滑垫采购合同（范本）.doc
!t 防滑垫采购合同（范本）.doc
!m 文件大小：32KB　文件类型：.doc　运行环境：Word2003及以上　人气：658
!m 更新日期：2024/05/30
{BODY}
!a 【下载通道】本地下载一　｜　本地下载二　｜　网盘下载（提取码 ht8q）
!a 若下载链接无法打开，请点此反馈，我们会在两个工作日内修复
!l 同类推荐：地垫采购合同　办公用品采购合同（简版）　物业保洁服务合同
!d 本站所有合同范本仅供参考，使用前请咨询专业人士，由此产生的后果本站不承担责任。
""",
        indent="\u3000\u3000",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关规定，甲乙双方就防滑垫采购事宜，经协商一致，订立本合同。
第一条　产品名称、规格及数量：××型PVC防滑垫，规格＿＿cm×＿＿cm，数量＿＿片，单价＿＿元，合计人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　质量要求：产品应无异味，背面吸盘或防滑颗粒牢固，经检测机构检验合格，乙方随货提供检验报告。
第三条　交货时间及地点：乙方于＿＿年＿＿月＿＿日前送货至＿＿＿＿＿＿，运费由乙方承担。
第四条　验收：甲方收货后五个工作日内验收，发现翘边、开裂、异味的，乙方无条件调换。
第五条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="bixin-app-flag-speech-highlighters-h5",
        site="笔芯写作APP (invented, H5 share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.bixinxiezuo.com/share/article?id=3317702&from=wx",
        title="画重点，更要懂重点",
        record_title="画重点，更要懂重点（周一升旗讲话）- 笔芯写作",
        record_date="2024-10-14",
        date="2024-10-14",
        notes="writing-app H5 share with an open-app mask, an AI-rewrite button glued after a sentence and a "
        "bottom bar; the title is quoted in the speech (title label matched as head); date from the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>画重点，更要懂重点（周一升旗讲话）- 笔芯写作</title>
<script>var shareCfg={aid:3317702,channel:"wx"};</script>
</head><body class="h5">
<div class="open-mask">⟦a 打开笔芯写作APP，查看完整范文和同题素材⟧<button>⟦a 立即打开⟧</button></div>
<header class="h5-head"><img src="/logo.png" alt=""><span>⟦m 笔芯写作 · 写稿不卡壳⟧</span></header>
<section class="art">
<h2 class="art-title">{T}</h2>
<p class="art-tags">⟦m #国旗下讲话　#学习方法　#初中⟧</p>
<p class="art-meta">⟦m 收录于「校园讲话」合集　·　阅读 9,082⟧</p>
<div class="art-body">
{BODY}
</div>
</section>
<div class="ai-box">⟦a ✨ AI换个说法　·　AI扩写到1000字⟧</div>
<div class="bottom-bar">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦a 收藏⟧</div>
<div class="more"><p>⟦l 同题推荐⟧</p><p>⟦l 《做时间的主人》国旗下讲话⟧</p><p>⟦l 《好习惯从整理书包开始》⟧</p></div>
<footer>⟦d 内容由笔芯用户创作或整理，仅供学习参考⟧</footer>
</body></html>
""",
        body="""
老师们、同学们：
大家早上好！今天我国旗下讲话的题目是《画重点，更要懂重点》。
翻开很多同学的课本，几乎每一页都被荧光笔涂得五颜六色。可是一问重点是什么，有的同学却答不上来。画得多，不等于学得好；画满一页，等于没有重点。⟦a 【AI润色这段】⟧
怎样用好荧光笔？我有三个小建议：第一，先读完一段再下笔，只画关键词，不画整句；第二，一种颜色只表示一种意思，比如黄色画概念、绿色画例子；第三，画完要回头复述，合上书能说出来，才算真正懂了。
同学们，笔在手中，重点在心里。希望大家都能做学习的主人。
我的讲话完毕，谢谢大家！
""",
    ),
    dict(
        slug="moming-app-summary-patrol-armbands-oneline",
        site="墨茗写作APP (invented, share text)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://app.momingxz.cn/s/Zt8Lq2",
        title="云鹤社区平安巡防队2024年工作总结",
        record_title="云鹤社区平安巡防队2024年工作总结（改个名字就能用）- 墨茗写作",
        date="2024-12-20",
        notes="writing-app share as one line (paragraphs only by their indent); open-in-app and AI prompts "
        "around it; 成文日期 at the end of the line",
        page="""
!m 墨茗写作 ｜ 材料库
!t 云鹤社区平安巡防队2024年工作总结（改个名字就能用）
!m 来自墨茗用户「晚风」的分享　·　1.1万人用过
{BODY}
!a 在墨茗写作APP中打开，可一键替换单位名称
!a AI帮我改写　｜　生成PPT提纲
!l 大家还在写：社区综治工作总结　网格员年度述职　志愿服务队年终总结
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
2024年，云鹤社区平安巡防队在街道综治中心和社区党委的指导下，坚持“红袖章上街、平安进万家”，全年巡防工作平稳有序。
一、队伍建设。巡防队现有队员46名，其中党员19名、退休职工23名，按楼栋分为6个小组，统一佩戴红袖章、胸牌上岗。
二、巡防成效。全年开展夜间巡逻286次，劝导不文明停车430余起，发现并报告消防通道堵塞、电动车入户等隐患72处，协助民警找回走失老人2名。
三、存在不足。队员年龄偏大，夜间巡逻人手紧张；部分楼栋居民参与度不高。
四、明年打算。吸收青年志愿者加入，推行“线上报到、线下巡防”，让红袖章成为社区最亮的风景。
云鹤社区平安巡防队
2024年12月20日
""",
    ),
]
