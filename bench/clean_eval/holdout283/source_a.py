"""holdout283, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-yanzhi-speech-gaiwan-festival-gb2312",
        site="砚知范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yanzhifw.com/jianghua/zhici/2024/0419/5817.html",
        title="在鄗阳县首届盖碗茶文化节开幕式上的致辞",
        record_title="【开幕致辞·精编】在鄗阳县首届盖碗茶文化节开幕式上的致辞（拿来即可用）_砚知范文网",
        date="2024-04-18",
        date_also=["2024-04-19"],
        notes="old gb2312 table layout with marquee, font-size row, floating ghost-writer QQ box, visitor counter; "
        "date under the speech title, the page's posting date also accepted; speaker line neutral; "
        "a ghost-writer prompt glued after a 。",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【开幕致辞·精编】在鄗阳县首届盖碗茶文化节开幕式上的致辞（拿来即可用）_砚知范文网</title>
<script language="javascript" src="/inc/count.js"></script>
<style>td{font-size:12px;line-height:180%}.t14{font-size:14px}</style>
</head><body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300"><img src="/images/yz_logo.gif" width="180" height="60" alt=""></td>
<td>⟦m 砚知范文网 —— 案头一方砚，笔下万篇文⟧</td>
<td align="right"><a href="/user/denglu.asp">⟦a 会员登入⟧</a> <a href="/user/zhuce.asp">⟦a 注册新账号⟧</a> <a href="javascript:window.external.addFavorite('http://www.yanzhifw.com','砚知范文网')">⟦a 把砚知存进收藏夹⟧</a></td>
</tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#8B2E16"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td>
<td><a href="/fangan/">⟦m 策划方案⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/hetong/">⟦m 合同协议⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 砚知温馨提示：本站致辞类范文已逾一千二百篇，每晚八点更新⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="690" valign="top">
<div class="weizhi">⟦m 当前所在：<a href="/">砚知范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; <a href="/jianghua/zhici/">开幕致辞</a> &gt;&gt; 阅读正文⟧</div>
<h1 class="t14">⟦t 【开幕致辞·精编】在鄗阳县首届盖碗茶文化节开幕式上的致辞（拿来即可用）⟧</h1>
<div class="info">⟦m 发布日期：2024-04-19　投稿：茶山客　人气：1875⟧</div>
<div class="zihao">⟦a 〖读屏字号：放大一号｜恢复原样｜缩小一号〗⟧</div>
<div class="content">
<p align="center"><b>{T}</b></p>
<p align="center">（2024年4月18日）</p>
<p align="center">鄗阳县人民政府副县长　邝秋岚</p>
{BODY}
</div>
<div class="fy"><a href="/jianghua/zhici/5816.html">⟦l 上一篇：茶叶开采节开园仪式致辞⟧</a><br><a href="/jianghua/zhici/5818.html">⟦l 下一篇：非遗技艺展示周启动仪式讲话⟧</a></div>
</td>
<td width="260" valign="top">
<table width="100%" class="side"><tr><td>⟦l 致辞栏目热读⟧</td></tr>
<tr><td><a href="/jianghua/zhici/5620.html">⟦l · 茶商联谊会年会致辞三则⟧</a></td></tr>
<tr><td><a href="/jianghua/zhici/5701.html">⟦l · 县长在招商推介会上的欢迎辞⟧</a></td></tr>
<tr><td><a href="/jianghua/zhici/5744.html">⟦l · 民俗文化旅游周开幕辞（精选）⟧</a></td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:2px;top:220px;width:110px">⟦w 砚知写作顾问⟧<br>⟦w 企鹅号：3309187642⟧<br><a href="tencent://message/?uin=3309187642">⟦w 点我开聊⟧</a></div>
<table width="960" align="center" bgcolor="#f3ece4"><tr><td align="center">
⟦d 砚知范文网收录的范文多来自会员分享，转载使用请自行斟酌，如涉版权请邮件告知。⟧<br>
⟦m Copyright 2011-2024 砚知范文网 yanzhifw.com　湘ICP备13025841号⟧<br>
⟦m 您是砚知的第 0087615 位访客⟧
</td></tr></table>
</body></html>
""",
        body="""
尊敬的各位来宾，各位茶友，同志们、朋友们：
春风送暖，茶香满城。今天，鄗阳县首届盖碗茶文化节在鄗河之畔隆重开幕。在此，我代表县人民政府，向远道而来的各位嘉宾表示热烈的欢迎！⟦w 讲话稿写不出彩？砚知原创团队一对一代笔⟧
盖碗茶在鄗阳已有三百多年的历史。一盏、一托、一盖，寓意天地人和，老茶馆里“盖碗一扣，百事好说”的老话至今还在流传。近年来，全县茶馆发展到212家，带动茶叶、瓷器、茶点等相关从业人员4600余人。
本届文化节为期三天，将举办盖碗茶冲泡技艺比赛、老茶馆寻访、茶器展销等六项活动。希望各位来宾走进街巷茶馆，品一碗鄗阳茶，听一段鄗阳事。
最后，预祝本届盖碗茶文化节圆满成功！祝各位来宾身体健康、万事如意！
""",
    ),
    dict(
        slug="fanwen-wendou-insight-griddle-cook-no-title",
        site="文兜范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wendou.cc/xinde/peixun/40772.html",
        title="参加学校食堂炊事员岗位培训心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line holds it; a ghost-writer prompt glued after a 。 "
        "inside a paragraph; no date anywhere (a view counter only)",
        page="""
!m 文兜范文网 | 材料写作好帮手
!m 首页 ＞ 心得体会 ＞ 培训心得
{T}
!m 栏目：培训心得　浏览：2,308　收录：文兜编辑部
!a ［复制本篇］［存成Word］［字号＋／－］
{BODY}
!a 余下四成内容需开通文兜会员后阅读
!a 开通会员　｜　单篇购买 ¥2.9
!l 同题推荐：
!l ▪ 食堂管理员年度述职（简洁版）
!l ▪ 学校后勤服务中心年度工作总结范例
!d 文兜范文网所载内容由网友提供，仅作写作参考，请勿用于商业用途。
!m ©2017-2024 wendou.cc 粤ICP备18064531号
""",
        indent="\u3000\u3000",
        body="""
今年暑假，我参加了县教育局组织的学校食堂炊事员岗位培训。五天的课程里，既有食品安全法规讲解，也有刀工、面点和设备操作的实训，让我这个在食堂干了八年的老师傅也长了不少见识。
印象最深的是电饼铛的安全操作课。以前我们做早餐饼，图省事常常不等预热就下面糊，用完也不断电，只拿湿抹布擦一擦。⟦w 急需原创心得？文兜写手在线，微信 wendou_xiezuo⟧老师讲，饼铛上下盘温度高时沾冷水，容易损坏涂层，插头受潮还有漏电的危险。
回到学校后，我和同事一起把饼铛操作整理成五个步骤：检查电源线、空锅预热、刷油下料、定时翻面、断电冷却后再清洁，并把步骤写成卡片贴在操作台旁边。
这次培训让我明白，食堂的每一道工序都连着孩子们的健康。今后我要把学到的东西用到每天的早餐里，让学生吃得放心、吃得热乎。
""",
    ),
    dict(
        slug="wenku-juanshu-research-sealing-wax-marker-paragraphs",
        site="卷舒文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.juanshuwk.com/doc/2024/6618204.html",
        title="关于全县机要文件火漆封装使用情况的调研报告",
        record_title="关于全县机要文件火漆封装使用情况的调研报告【精校】 ‖ 卷舒文库",
        date="2024-06-12",
        notes="文库 reader: page-marker paragraphs ⋹ n ⋹ cut sentences; a member-unlock line on its own between "
        "paragraphs; viewer toolbar, paywall and related documents; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县机要文件火漆封装使用情况的调研报告【精校】 ‖ 卷舒文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.juanshuwk.com/reader/v5/reader.min.js"></script>
<script>window.DOC_META={id:6618204,pages:4,free:2};</script>
</head><body>
<header class="js-top"><a class="logo" href="/">⟦m 卷舒文库⟧</a><span class="slogan">⟦m 开卷有益 · 舒展成文⟧</span>
<form action="/search"><input name="kw" placeholder="搜一搜"></form><a href="/vip">⟦a 月卡18元畅读全库⟧</a> <a href="/passport">⟦a 进入卷舒账户⟧</a></header>
<div class="crumbs">⟦m 卷舒文库 › 党政公文 › 调研报告⟧</div>
<div class="doc-head"><h1>⟦t 关于全县机要文件火漆封装使用情况的调研报告【精校】⟧</h1>
<p class="meta">⟦m 上传者 遥山一点青　｜　4 页　｜　2.1 万次浏览　｜　评分 4.6⟧</p></div>
<div class="toolbar">⟦a 适合页宽　放大　缩小　全屏阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 免费试读到此为止，剩余 2 页开通月卡后可读⟧<button>⟦a 18元开通月卡⟧</button><button>⟦a 单篇下载 5 卷币⟧</button></div>
<aside class="rel"><h3>⟦l 读过这篇的人还在看⟧</h3>
<ul><li>⟦l 机要交通站年度工作总结⟧</li><li>⟦l 保密检查自查报告（机关版）⟧</li><li>⟦l 涉密载体管理调研与思考⟧</li></ul></aside>
<footer>⟦d 卷舒文库中的文档均由用户上传，平台仅提供在线阅读，权利人可通过侵权通道申诉。⟧<br>⟦m 卷舒文库 juanshuwk.com　浙ICP备20011839号-3⟧</footer>
</body></html>
""",
        p_html='<p class="rd-p">{}</p>',
        pages=dict(fmt="⋹ {n} ⋹", every=130, start=2),
        body="""
为了解全县机要文件封装管理现状，县委保密办于2024年5月组成调研组，走访县直单位14家、乡镇9个，查阅机要交接登记簿136册，对火漆封装的使用情况进行了专题调研。现将有关情况报告如下。
一、基本情况。全县现有机要交通点23个，需火漆封装的文件年均约3800件。21个交通点配备了火漆条和铜印，另有2个乡镇交通点仍以胶带代替火漆。
⟦a 🔒 第三部分起为会员内容，开通后自动展开⟧
二、存在问题。一是火漆条保管不规范，有的单位放在窗台上受热变形；二是铜印与登记簿不对应，交接时难以核验；三是新任机要员未经专门培训，封口火漆薄厚不匀。
三、意见建议。建议统一采购火漆条和编号铜印，建立领用台账；每年组织一次封装实操培训；把火漆封装纳入年度保密检查内容。
澶水县委保密办调研组
2024年6月12日
""",
    ),
    dict(
        slug="wenku-qingjian-plan-cowbell-pdf-wrapped-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://qingjianwk.cn/p/3390127.html",
        title="犍溪县智能定位牛铃试点推广工作方案",
        record_title="犍溪县智能定位牛铃试点推广工作方案.pdf",
        date="2024-03-20",
        notes="file-name record title; text hard-wrapped at 62 columns and cut by page markers ⍮n⍮ glued to the "
        "continuation line; 成文日期 in Chinese numerals",
        page="""
!m 青简文库 · 在线预览
!t 犍溪县智能定位牛铃试点推广工作方案.pdf
!m 贡献者 mu***21　｜　页数 3　｜　格式 PDF　｜　大小 286KB
!a ⇩ 下载这份文档　☆ 收进文件夹　⚑ 我要举报
{BODY}
!a 预览已到末页，登录后可下载无水印原文
!l 同类文档：牧区防盗工作方案｜乡镇畜牧站年度工作计划｜草原生态补奖实施方案
!d 青简文库提醒：本文档由用户上传，平台不对内容负责，如有侵权请提交权属证明。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⍮{n}⍮", every=100, start=2, glue=True),
        body="""
为破解牧区牛只走失难找、夜间被盗难防的问题，提升草原畜牧业数字化管理水平，县农业农村局决定在黟坪乡、郧湾镇开展智能定位牛铃试点推广工作，特制定本方案。
一、试点目标。2024年为两个乡镇的1200头能繁母牛免费佩戴智能定位牛铃，牧户可在手机上查看牛群位置，走失牛只的找回时间缩短到半天以内。
二、实施步骤。3月至4月摸底登记；5月集中佩戴并培训牧户；6月至10月跟踪运行，每月汇总一次电池更换和信号盲区情况。
三、保障措施。乡镇畜牧站负责逐户佩戴和登记，县财政安排试点资金48万元，牛铃在质保期内损坏的由供货企业免费更换。
犍溪县农业农村局
二〇二四年三月二十日
""",
    ),
    dict(
        slug="gov-zhiling-notice-cowbell-index-table-attachments",
        site="郅岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhiling.gov.cn.example/xxgk/tzgg/202405/t20240510_88120.html",
        title="郅岭县农业农村局关于开展智能牛铃免费发放工作的通知",
        record_title="部门文件丨郅岭县农业农村局关于开展智能牛铃免费发放工作的通知_郅岭县人民政府",
        date="2024-05-08",
        date_also=["2024-05-10"],
        notes="county portal: 长辈版/无障碍 links, 索引号 table (文号 cell unmarked), a 附件 list in the body, "
        "the notice's own 联系人/电话 beside the portal's 纠错 and service lines; a 扫码 sentence as content; "
        "成文日期 differs from the portal's 发布日期",
        page="""
<!doctype html>
<html><head><meta charset="utf-8">
<title>部门文件丨郅岭县农业农村局关于开展智能牛铃免费发放工作的通知_郅岭县人民政府</title>
<meta name="SiteName" content="郅岭县人民政府"><meta name="ColumnName" content="通知公告">
<link rel="stylesheet" href="/css/zl-main.css">
<script src="/js/jquery.min.js"></script><script>var siteId="zl_gov_0917";</script>
</head><body>
<div class="topbar"><span>⟦m 今天是：2024年5月10日 星期五⟧</span><a href="/elder/">⟦a 长辈阅读版⟧</a> <a href="javascript:;" id="wza">⟦a 无障碍浏览入口⟧</a> <a href="/en/">⟦a English Edition⟧</a></div>
<div class="banner"><img src="/images/zl-banner.jpg" alt="">⟦m 郅岭县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进郅岭⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 您所在的位置：首页 &gt; 政务公开 &gt; 部门发文 &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索 引 号：11532915MB0X22718K/2024-00342⟧</td><td>⟦m 主题分类：农业、畜牧⟧</td></tr>
<tr><td>⟦m 发布机构：郅岭县农业农村局⟧</td><td>⟦m 成文日期：2024-05-08⟧</td></tr>
<tr><td>文　　号：郅农发〔2024〕19号</td><td>⟦m 发布日期：2024-05-10⟧</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="tools">⟦a 【大字】【中字】【小字】⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享至：微信　微博　QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul>
<li>⟦l 郅岭县2024年草原禁牧和草畜平衡工作方案⟧</li>
<li>⟦l 关于做好春季牛羊疫病防控工作的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：郅岭县人民政府办公室　　承办：郅岭县融媒体中心⟧</p>
<p>⟦m 网站标识码：5329150006　滇ICP备08012743号⟧</p>
<p>⟦m 网站纠错电话：0879-6121130　政务服务热线：12345⟧</p>
<p>⟦d 本网所有文字、图片未经许可不得转载⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为减少牧区牛只走失和被盗，县农业农村局决定2024年在全县开展智能牛铃免费发放工作。现将有关事项通知如下：
一、发放对象。全县登记在册、存栏5头以上的养牛户，每户按能繁母牛数量领取，每户最多10枚。
二、办理方式。养牛户携带身份证到乡镇畜牧兽医站登记，也可扫描乡镇公示栏上的二维码在线登记，登记截止时间为5月31日。
三、有关要求。各乡镇要在6月15日前完成发放，逐头登记耳标号和牛铃编号，汇总表报县畜牧站。
联系人：县畜牧站　冯启明，电话：0879-6123307。
附件：1.智能牛铃发放登记表
2.各乡镇发放数量分配表
郅岭县农业农村局
2024年5月8日
""",
    ),
    dict(
        slug="gov-chanshui-notice-sealing-wax-cc-printing",
        site="澶水县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.chanshui.gov.cn.example/zwgk/tzgg/202409/t20240905_40127.html",
        title="关于进一步规范机要文件火漆封装的通知",
        date="2024-09-03",
        date_also=["2024-09-05"],
        notes="record title as is; document number line neutral; 抄送 and 印发 lines stay in the body; the "
        "portal's 发布日期 differs from the 成文日期",
        page="""
!m 澶水县人民政府网
!m 首页 > 政务公开 > 公示通知 > 保密工作
!a 【字体放大】【字体还原】【打印正文】
{T}
!m 发布日期：2024-09-05 10:12　　信息来源：县委保密办　　浏览次数：418
澶保办〔2024〕11号
{BODY}
!l 上一条：澶水县2024年秋季森林防火工作安排
!l 下一条：关于开展国庆期间安全生产大检查的通知
!m 主办：澶水县人民政府办公室　网站标识码：4109270021
!m 纠错热线：0393-7211035（工作日）　豫公网安备41092702000118号
""",
        body="""
各乡镇党委，县直各单位：
近期检查发现，个别单位机要文件封装不规范，存在火漆封口不严、印模模糊、以胶带代替火漆等问题。为确保机要文件传递安全，现就有关事项通知如下：
一、凡需经机要交通传递的密件，封口处一律加盖火漆，火漆应覆盖封口两端各1厘米以上，印模清晰完整。
二、各单位使用的铜印统一由县委保密办编号登记，不得自行刻制或相互借用。
三、火漆条应存放在阴凉干燥处，领用、销毁实行台账管理。
请各单位于9月30日前完成自查，并将自查情况报县委保密办。
中共澶水县委保密委员会办公室
2024年9月3日
抄送：县委办公室，县政府办公室。
澶水县委保密办　　2024年9月3日印发
""",
    ),
    dict(
        slug="news-haoyang-griddle-breakfast-stalls-app-prompt",
        site="鄗阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.haoyangnews.cn.example/ms/2024-03/26/content_771203.html",
        title="莘口镇为早餐摊点统一更换电饼铛",
        record_title="莘口镇为早餐摊点统一更换电饼铛 -- 身边事 -- 鄗阳新闻网",
        date="2024-03-26",
        notes="county news portal: an app prompt glued before the lead, a photo caption on its own between "
        "paragraphs, an editor line glued after the last sentence, a listen button and a 24-hour list; "
        "date from the byline's 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>莘口镇为早餐摊点统一更换电饼铛 -- 身边事 -- 鄗阳新闻网</title>
<script async src="https://ad.haoyangnews.cn.example/slot.js"></script>
</head><body>
<div class="hd"><a href="/">⟦m 鄗阳新闻网⟧</a><span>⟦m 鄗阳县融媒体中心主办⟧</span>
<nav>⟦m 首页⟧ ⟦m 时政⟧ ⟦m 身边事⟧ ⟦m 乡镇⟧ ⟦m 视听⟧ ⟦m 专题⟧</nav></div>
<div class="loc">⟦m 鄗阳新闻网 &gt; 身边事 &gt; 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-03-26 08:47　来源：鄗阳县融媒体中心　记者：单予禾⟧</div>
<div class="listen">⟦a ▶ 听这篇新闻（约1分钟）⟧</div>
<div class="txt">
{BODY}
</div>
<div class="sharebar">⟦l 转给朋友：微信｜朋友圈｜微博⟧</div>
</div>
<div class="rank"><h3>⟦l 一天内最热⟧</h3><ol>
<li>⟦l 鄗河绿道北段月底贯通⟧</li><li>⟦l 县城新增三处夜间便民集市⟧</li><li>⟦l 菂田镇草莓采摘季开启⟧</li></ol></div>
<div class="adslot">⟦a 广告 · 鄗阳农商银行“春耕贷”火热办理中⟧</div>
<div class="ft">⟦d 未经鄗阳新闻网书面授权，不得转载、摘编本网作品⟧<br>⟦m 互联网新闻信息服务许可证：53120240011　违法和不良信息举报：0870-3125006⟧</div>
</body></html>
""",
        body="""
⟦a 下载“鄗阳新闻”客户端，本地好消息第一时间看⟧3月25日一早，莘口镇老街的早餐摊前飘出阵阵饼香。摊主陶桂芬把新换的电饼铛擦得锃亮：“这锅温度稳，不冒黑烟，一上午能多烙五十张饼。”
今年以来，莘口镇市场监管所联合镇妇联开展早餐摊点提升行动，为全镇37个流动摊点统一更换带温控的电饼铛，替换原来的燃煤炉具，并为摊主办理健康证、购买食品安全责任险。
⟦m 图为摊主在新饼铛上烙制千层饼。单予禾　摄⟧
镇市场监管所所长祁海东介绍，更换费用由镇财政补贴六成、摊主自付四成，截至目前已有31个摊点完成更换。下一步，镇里还将在老街设置早餐集中经营点，统一配备油烟净化设备。⟦m （编审：蓝若溪）⟧
""",
    ),
    dict(
        slug="news-jianxi-cowbell-craft-heritage-record",
        site="犍溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jianxirm.cn.example/news/wh/20240614/30271.shtml",
        title="犍溪县铜牛铃制作技艺入选市级非遗名录",
        record_date="2024-06-14",
        date="2024-06-14",
        notes="record gives title and date; a follow line and a source/editor line at the bottom, a "
        "recommended list and a licence footer",
        page="""
!m 犍溪融媒 | 犍溪县新闻门户
!m 首页 / 文化 / 非遗
{T}
!m 2024-06-14 17:05　犍溪融媒记者 乌兰图雅 通讯员 郭秀云
!a 字号 A+ A-　　朗读本文
{BODY}
!m 来源：犍溪融媒　责编：柏青
!l 推荐阅读
!l 黟坪乡牧民文化大院开馆
!l 郧湾镇夏季那达慕筹备工作全面启动
!a 关注“犍溪融媒”视频号，看牧区新鲜事
!m 犍溪县融媒体中心版权所有　新闻热线：0477-8261200
""",
        indent="\u3000\u3000",
        body="""
近日，市人民政府公布第六批市级非物质文化遗产代表性项目名录，犍溪县申报的“铜牛铃制作技艺”榜上有名。
铜牛铃是牧民挂在头牛颈下的铃铛，放牧时铃声能让牧人隔着山梁辨认自家牛群。犍溪的铜牛铃以黄铜浇铸，经制模、熔铜、浇铸、打磨、调音五道工序制成，大小不同的铃声高低各异，有“一家一个声”的说法。
该技艺代表性传承人、黟坪乡的老铜匠乌力吉今年71岁，做了五十多年牛铃。他说，现在年轻牧民多用智能定位铃，但逢年过节，不少人家还是愿意给头牛换上一只新铜铃。
县文化馆负责人表示，下一步将在黟坪乡设立传习点，招收学徒，并把铜牛铃纳入县里的文创产品开发。
""",
    ),
    dict(
        slug="forum-pinmingxuan-gaiwan-lid-help-jammer",
        site="品茗轩论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.pinmingxuan.net/thread-552071-1-1.html",
        title="新买的盖碗杯盖总是烫手，大家都怎么拿？",
        record_title="[茶器求助] 新买的盖碗杯盖总是烫手，大家都怎么拿？ - 茶器杂谈 - 品茗轩论坛",
        date=None,
        notes="Discuz-like forum: jammer-font junk glued after 。 and as a line, a rating row, a signature and "
        "replies; the post time is relative (3 天前), so no date",
        page="""
<html><head><meta charset="gbk"><title>[茶器求助] 新买的盖碗杯盖总是烫手，大家都怎么拿？ - 茶器杂谈 - 品茗轩论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?x2k"></script></head><body>
<div id="toptb">⟦m 品茗轩论坛 · 一盏清茶会天下茶友⟧　<a href="member.php?mod=logging">⟦a 茶友登录⟧</a> <a href="member.php?mod=register">⟦a 加入品茗轩⟧</a></div>
<div id="pt">⟦m 品茗轩论坛 › 茶器茶具 › 茶器杂谈 › 帖子正文⟧</div>
<div class="hm">⟦m 查看：3127｜回复：26⟧</div>
<table class="plhin"><tr><td class="pls">
<div class="pi">⟦m 小院煮雪⟧</div><dl><dt>⟦m 积分 812　帖子 96　注册 2021-8-3⟧</dt></dl>
</td><td class="plc">
<h1><span id="thread_subject">⟦t [茶器求助] 新买的盖碗杯盖总是烫手，大家都怎么拿？⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　｜只看楼主｜倒着看⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88123">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分人数 4　茶币 +12　理由：好问题 / 同问⟧</div>
<div class="sign">⟦m —— 小院煮雪：茶不在贵，喝得舒心就好 ——⟧</div>
<div class="po">⟦a 回帖　加入收藏　分享给茶友　举报⟧</div>
</td></tr></table>
<div class="pl"><p>⟦l 沙发 · 云水间：拇指中指捏碗沿，食指压盖钮，千万别整只手握⟧</p>
<p>⟦l 板凳 · 陈年老枞：新手先用120毫升的小盖碗练⟧</p></div>
<div id="f_pst">⟦a 先登录，再来说两句 登录｜注册⟧</div>
<div id="ft">⟦m 品茗轩论坛 ( 闽ICP备17032588号 )　GMT+8, 2024-11-20 22:41⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
各位茶友好，请教一个小问题。上个月在景德镇买了一套青花盖碗，容量大概150毫升，泡岩茶的时候出汤特别烫手。
我是照着视频学的，拇指和中指捏住碗沿，食指按住杯盖。可是水刚烧开就往里冲，十几秒后杯沿就烫得捏不住，好几次差点把盖碗摔了。
想问问大家平时都是怎么拿的？是水温要降一点，还是注水不要注满？另外，有没有必要换一只薄胎的？
先谢谢各位了，等我练熟了再来交作业。
""",
    ),
    dict(
        slug="forum-mieqing-brush-roll-diy-junk-text",
        site="篾青手作论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.mieqingsz.com/forum/t/20871",
        title="用旧竹席改了一副笔帘",
        record_title="[竹艺手作] 用旧竹席改了一副笔帘（附竹条尺寸） - 文房手作 - 篾青手作论坛",
        date=None,
        notes="forum thread in text: junk lines and junk glued after 。, a signature, replies; the post time is "
        "'昨天', so no date",
        page="""
!m 篾青手作论坛 - 有手艺的地方就有好日子
!m 论坛首页 » 文房手作 » 主题浏览
!t [竹艺手作] 用旧竹席改了一副笔帘（附竹条尺寸）
!m 楼主：竹下听风　　发表于：昨天 22:05　　阅读 1036　回复 19
!a 只看楼主　|　打赏作者　|　收入我的收藏
{BODY}
!m 签名：一刀一竹，慢慢来
!l 2# 半亩闲田：老竹席的包浆好看，比新竹子有味道
!l 3# 研山客：求问丝带在哪买的？
!l 4# 竹下听风 回复 研山客：就是布店里的罗纹带
!a 要发言请先登录，新用户注册送5个竹币
!m Powered by 篾青社区 © 2015-2024　苏ICP备15044120号
""",
        junk=dict(lines=2, glued=3),
        body="""
家里换了新凉席，旧竹席舍不得扔，我就拿来改了一副笔帘，给孩子练字用。
先把竹席拆开，挑出颜色一致、没有虫眼的竹条四十根，每根截成32厘米长。竹条用细砂纸磨去毛刺，再用淘米水泡了一夜去味。
编的时候上下各走两道棉线，每根竹条之间留一毫米空隙，这样卷起来透气，毛笔不容易发霉。两头包上布边，一侧缝了一条60厘米的罗纹带用来捆扎。
做好后能放十二支笔，大小楷都能装。材料几乎没花钱，就是花了两个晚上。
""",
    ),
]
