"""holdout319, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-bigengxuan-speech-harness-handout",
        site="笔耕轩范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengxuan.com/zhici/qingdian/2024/0605/71288.html",
        title="在阓口镇“牵好小手·安全学步”学步带发放仪式上的讲话",
        record_title="【致辞精选·儿童节】在阓口镇“牵好小手·安全学步”学步带发放仪式上的讲话（换个镇名就能讲）_笔耕轩范文网",
        date="2024-06-01",
        date_also=["2024-06-05"],
        notes="old table layout with marquee, font row, floating QQ box, hot list, visitor counter; speaker and date lines under the title neutral; page posted later than the speech; ghost-writer prompt glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞精选·儿童节】在阓口镇“牵好小手·安全学步”学步带发放仪式上的讲话（换个镇名就能讲）_笔耕轩范文网</title>
<script language="javascript" src="/js/bgx_top.js"></script>
<script language="javascript">function setFont(s){document.getElementById('wen').style.fontSize=s+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="620"><img src="/images/logo_bgx.gif" width="180" height="60"> ⟦m 笔耕轩范文网 · 落笔成章不求人⟧</td>
<td align="right">⟦a <a href="#">设笔耕轩为首页</a> | <a href="#">把本站存进收藏夹</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#8B0000"><tr><td class="menu">⟦m 网站首页 | 致辞讲话 | 总结汇报 | 心得感悟 | 述职述廉 | 合同协议 | 主持串词⟧</td></tr></table>
<div class="gonggao"><marquee scrollamount="2" onmouseover="this.stop()">⟦m 笔耕轩温馨提示：范文只作参照，落款、人名和数字请按本单位情况改写⟧</marquee></div>
<table width="960" border="0" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：笔耕轩 &gt;&gt; 致辞讲话 &gt;&gt; 庆典活动致辞⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 更新：2024-06-05　供稿：会员“晓风”　浏览：1382次⟧</div>
<div class="zihao">⟦a 【字号：特大 大 中 小】【换成护眼底色】【关掉此页】⟧</div>
<div>阓口镇副镇长　蔺秋华</div>
<div>（2024年6月1日）</div>
<div id="wen">
{BODY}
</div>
<div>⟦l 上一篇：在幼儿园大班结业典礼上的园长致辞⟧</div>
<div>⟦l 下一篇：妇联主席在“最美家庭”揭晓会上的讲话⟧</div>
</td>
<td width="240" valign="top" bgcolor="#FFF8E7">
<div class="hot"><b>⟦l 七日热读榜⟧</b><br>⟦l ·乡镇六一走访慰问讲话稿⟧<br>⟦l ·母婴安全宣传月启动致辞⟧<br>⟦l ·村妇女主任年度述职报告⟧</div>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:6px;top:240px;">⟦w 文稿顾问 QQ 3062217784 在线答疑⟧</div>
<table width="960" border="0" align="center"><tr><td align="center">⟦d 笔耕轩所载文章多系网友投稿，引用请注明出自笔耕轩。⟧<br>⟦m 您是笔耕轩第 0618243 位客人　桂ICP备15007731号⟧</td></tr></table>
<script language="javascript" src="/js/count.js"></script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各位家长、各位来宾，小朋友们：
今天是六一国际儿童节，我们在镇卫生院门前举行学步带发放仪式，把第一批三百二十条学步带送到全镇一至三岁幼儿的家中。在此，我代表镇党委、镇政府，向全镇小朋友致以节日的祝福！
去年以来，全镇共发生幼儿走失、在马路边跌倒等意外十一起，大多发生在赶集和接送哥哥姐姐放学的路上。镇里经过调研，决定由妇联、卫生院和各村妇女主任共同开展“安全学步”行动。⟦w 讲话稿代拟、润色，加微信 bgx_wenmi 当天交稿⟧
借此机会，我提三点希望：一是家长要学会正确使用，背带系在胸前，绝不能套在孩子脖子上；二是学步带只是辅助，不能代替大人的看护；三是各村要把使用要点讲到每一户，让好事办好。
祝小朋友们节日快乐，健康成长！
""",
    ),
    dict(
        slug="fanwen-wencaige-insight-keyhook-volunteer",
        site="文采阁 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wencaige.net/xinde/zhiyuan/20512.html",
        title="参加“钥匙挂进家门”适老化改造志愿服务的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line; a related-reading link between two paragraphs; no date anywhere",
        page="""
!m 文采阁 · 范文伸手就有
!m 位置：文采阁首页 ＞ 心得体会 ＞ 志愿服务类
{T}
!m 整理：阁主小鹿　字数：约520字　人气：937
!a 〖一键拷贝〗〖存成文档〗〖报错〗
{BODY}
!a 觉得有用就点个赞，下载整篇须先登入文采阁账号。
!l 同栏目还有
!l 社区志愿服务心得体会（三篇）
!l 敬老院陪伴活动感想
!l 大学生暑期“三下乡”实践体会
!d 文采阁文章来自会员上传与网络整理，涉及侵权请发邮件至 jubao@wencaige.net
!m 文采阁 wencaige.net　湘ICP备2021018826号
""",
        indent="\u3000\u3000",
        body="""
今年国庆假期，我跟着椳园社区的志愿者队伍参加了“钥匙挂进家门”适老化改造服务，为辖区二十六户独居老人在门后装上了带夜光标识的钥匙挂。几天下来，活儿不重，感触却很深。
第一户是八十三岁的贺奶奶。她说自己常常出门后才想起没带钥匙，有一次在楼道里坐了两个多小时，等女儿下班来开门。我们把钥匙挂装在门把手旁边一米二的高度，又贴上“出门带钥匙”的提示贴，老人连声说“这下好了”。
⟦l 延伸阅读：社区适老化改造工作方案范文⟧
这次服务让我明白，为老服务不一定是大工程，一颗钉子、一块挂板，只要装在老人的习惯动作上，就是实实在在的关怀。今后我还会继续报名，把社区里的小事一件件做细。
""",
    ),
    dict(
        slug="wenku-zhiyuan-research-soap-bottles-markers",
        site="知渊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhiyuanwk.com/view/5e81c2a07d04.html",
        title="关于全县农村小学洗手液瓶配置和使用情况的调研报告",
        record_title="关于全县农村小学洗手液瓶配置和使用情况的调研报告（共5页·可预览3页）· 知渊文库",
        date="2024-10-16",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⭋ n ⭋ cut sentences, paywall box, upload stamp (no date); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县农村小学洗手液瓶配置和使用情况的调研报告（共5页·可预览3页）· 知渊文库</title>
<link rel="stylesheet" href="/static/reader.css">
<script src="/static/reader.min.js"></script>
</head>
<body>
<header class="top-bar"><a class="logo" href="/">⟦m 知渊文库⟧</a><form class="search"><input type="text" placeholder="搜文档、找资料"><button>⟦a 搜一搜⟧</button></form><a class="vip" href="/vip">⟦a 办知渊年卡　整库随便下⟧</a></header>
<nav class="crumbs">⟦m 知渊文库 › 教育资料 › 学校管理 › 卫生保健⟧</nav>
<section class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：乡村教师小温　上传于 2024-11-02　5页　2.1千字　评分 4.6⟧</p>
<div class="toolbar">⟦a 适合宽度 ｜ 放大 ｜ 缩小 ｜ 夜间 ｜ 全屏⟧</div></section>
<article class="doc-body">
{BODY}
</article>
<div class="paywall"><p>⟦a 后 2 页需解锁，单篇解锁 3.8 元⟧</p><a class="btn">⟦a 扫码付款解锁⟧</a> <a class="btn">⟦a 加入书架⟧</a></div>
<aside class="related"><h3>⟦l 读过这篇的人也在看⟧</h3><ul><li>⟦l 农村学校卫生设施现状调查与对策⟧</li><li>⟦l 小学生手卫生习惯养成方案⟧</li><li>⟦l 校园传染病防控工作总结⟧</li></ul></aside>
<footer>⟦d 知渊文库的文档均由用户上传，平台不担保其准确性；如涉侵权，提交凭证后即下架。⟧<br>⟦m 知渊文库 zhiyuanwk.com　苏ICP备20173364号-2⟧</footer>
<script>reader.init({docId:"5e81c2a07d04",pages:5});</script>
</body>
</html>
""",
        p_html='<p class="ptxt">{}</p>',
        pages=dict(fmt="⭋ {n} ⭋", every=130, start=2),
        body="""
为了解农村小学洗手设施的实际使用情况，今年9月，县教育局组织调研组走访了全县14所农村小学和9个教学点，查看洗手台、洗手液瓶配置情况，并与校医、班主任和学生座谈。现将调研情况报告如下。
一、基本情况
调研的23所学校（教学点）均建有洗手台，共配置洗手液瓶186个，平均每个洗手台1.4个。其中按时补充、瓶身干净的有131个，占70.4%；空瓶或只剩少量的有38个；被兑水稀释、泡沫明显变少的有17个。
二、存在的问题
一是补充不及时，多数学校没有明确由谁负责换瓶；二是部分学校为节约经费，把洗手液兑水后继续使用，清洁效果大打折扣；三是压头损坏后长期不修，低年级学生按不动，干脆只用清水冲一冲。
三、几点建议
建议各校把洗手液瓶纳入班级值日内容，每周一检查、随空随补；县里统一采购时选用压头耐用、瓶身标明开封日期的产品；把正确洗手纳入开学第一课。
闉阳县教育局调研组
2024年10月16日
""",
    ),
    dict(
        slug="wenku-shushan-plan-lid-racks-wrapped-pdf",
        site="书山文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.shushanwk.cn/p/3390172.html",
        title="碕山县中小学食堂锅盖架规范配置实施方案",
        record_title="碕山县中小学食堂锅盖架规范配置实施方案.pdf",
        date="2025-03-10",
        notes="file-name record title; PDF text hard-wrapped at 60 columns and cut by ⮄n⮆ markers glued to the continuation line; decimal headings 1.1–3.2; 成文日期",
        page="""
!m 书山文库 — 文档在线看
!m 书山文库 > 教育 > 后勤管理 > 食堂
!m 碕山县中小学食堂锅盖架规范配置实施方案.pdf　共3页　上传者：后勤小王
!a ⊕ 放大　⊖ 缩小　⟲ 旋转　铺满屏幕
{T}
{BODY}
!a 试读到此为止，完整PDF请用书币兑换（12书币）
!l 你可能还想看：学校食堂“明厨亮灶”建设方案 / 食堂餐具消毒保洁制度
!d 书山文库只提供存储空间，文档版权归上传人所有，侵权投诉请发 ts@shushanwk.cn
""",
        wrap=60,
        pages=dict(fmt="⮄{n}⮆", every=120, start=2, glue=True),
        body="""
为规范学校食堂厨具摆放，防止锅盖落地沾染污物，保障师生饮食安全，结合我县实际，制定本方案。
1 工作目标
1.1 2025年6月底前，全县中小学食堂全部配齐壁挂式或落地式锅盖架，做到每一口灶、每一台蒸柜旁都有固定的锅盖存放位置。
1.2 锅盖离地存放高度不低于60厘米，做到“一锅一盖一位”，锅盖不得放在地面、灶台边沿或砧板上。
2 主要措施
2.1 各校于4月15日前完成摸底，统计灶台、蒸柜数量和现有锅盖架情况，填表报县教育局后勤科。
2.2 县里统一招标采购不锈钢锅盖架，学校按需申领，不得自行购买木质或塑料制品。
2.3 安装后由食堂管理员建立台账，每日收餐后将锅盖清洗、沥干、上架。
3 保障要求
3.1 各校校长为第一责任人，食堂管理员为直接责任人。
3.2 县教育局将锅盖架配置情况纳入食堂量化等级评定，对未按期完成的学校予以通报。
碕山县教育局
2025年3月10日
""",
    ),
    dict(
        slug="gov-hanchuan-bulletin-harness-spotcheck",
        site="闬川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.hanchuan.gov.example.cn/zwgk/tzgg/202409/t20240914_88213.html",
        title="闬川县市场监督管理局关于2024年儿童学步带产品质量监督抽查结果的通报",
        record_title="〔抽检通报·婴童用品〕闬川县市场监督管理局关于2024年儿童学步带产品质量监督抽查结果的通报_闬川县政府网",
        date="2024-09-12",
        date_also=["2024-09-14"],
        notes="county portal: elder/screen-reader/traditional links, 索引号 table (文号 cell neutral) with a later 发布日期, data table one row a paragraph, the bureau's 联系人/电话 beside the portal's 纠错 line and 12345",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔抽检通报·婴童用品〕闬川县市场监督管理局关于2024年儿童学步带产品质量监督抽查结果的通报_闬川县政府网</title>
<meta name="SiteName" content="闬川县人民政府">
<script src="/js/jquery.min.js"></script>
<script src="/js/gov-common.js"></script>
</head>
<body>
<div class="topbar"><span>⟦m 闬川县人民政府　欢迎您⟧</span><span class="links"><a>⟦a 大字版⟧</a> <a>⟦a 语音读屏⟧</a> <a>⟦a 繁体⟧</a> <a>⟦a 手机版⟧</a></span></div>
<div class="banner"><img src="/images/banner_hc.jpg" alt=""></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进闬川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="position">⟦m 您当前所在：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11431026MB1583207A/2024-00419⟧</td><td>⟦m 发布机构：闬川县市场监督管理局⟧</td></tr>
<tr><td>⟦m 发布日期：2024-09-14⟧</td><td>文号：闬市监〔2024〕31号</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="art-tools">⟦a 【打印本页】【关闭窗口】【分享至微信】⟧</div>
<div class="art-con">
{BODY}
</div>
</div>
<div class="related"><p>⟦l 相关信息：闬川县2024年上半年产品质量监督抽查情况⟧</p></div>
<div class="footer">
<p>⟦m 主办单位：闬川县人民政府办公室　承办：县大数据中心⟧</p>
<p>⟦m 网站识别码 4310260024　湘ICP备13006652号⟧</p>
<p>⟦m 网页纠错电话：0728-6310000　政务服务便民热线：12345⟧</p>
</div>
<script>govStat("hc_tzgg");</script>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
为保障婴幼儿用品质量安全，今年8月，县市场监督管理局对全县商超、母婴店和网店销售的儿童学步带产品开展了监督抽查，共抽取样品30批次，检出不合格9批次，不合格发现率30%。现将有关情况通报如下。
不合格产品主要涉及以下企业和项目：
序号　产品名称　标称生产企业　不合格项目
1　宝宝学步带（背心式）　阛水县乐步婴童用品厂　织带断裂强力
2　提篮式学步带　轵城市贝护母婴用品有限公司　小零件、锁扣强度
3　防走失牵引带　闬川县童行日用品店（经销）　绳带长度、标识
对抽查不合格的产品，县市场监督管理局已责令相关企业和经销者立即停止销售，依法处理。请广大家长购买学步带时查看锁扣是否牢固、绳带是否过长，发现问题及时向市场监管部门反映。
联系人：邹敏　联系电话：0728-6312507
闬川县市场监督管理局
2024年9月12日
""",
    ),
    dict(
        slug="gov-huanshui-notice-soap-bottles-wrapped",
        site="阛水县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.huanshui.gov.example.cn/zwgk/tzgg/202404/t20240410_5561.html",
        title="关于在全县公共厕所和农贸市场配齐洗手液瓶的通知",
        date="2024-04-08",
        date_also=["2024-04-10"],
        notes="record title as is; hard-wrapped at 66 columns; 文号 line neutral; 附件 list, 抄送 and 印发 lines in the body; 成文日期 in Chinese numerals; the portal's later 发布日期",
        page="""
!m 阛水县人民政府 · 政务公开专栏
!m 当前位置：首页 / 政务公开 / 通知公告
{T}
!m 信息来源：县爱卫办　发布日期：2024-04-10　浏览次数：216
!a [ 字号 大 中 小 ]　[ 打印此页 ]　[ 关闭 ]
阛爱卫办〔2024〕7号
{BODY}
!l 上一条：关于做好2024年春季集中灭鼠工作的通知
!l 下一条：县爱卫办关于第一季度病媒生物防制检查结果的通报
!m 主办：阛水县人民政府办公室　网站标识码：4311260019　湘ICP备14003361号
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各乡镇人民政府，县直有关单位：
为巩固国家卫生县城创建成果，预防春季肠道传染病，县爱卫办决定在全县公共厕所、农贸市场和客运站配齐洗手液瓶。现将有关事项通知如下。
一、配置范围。城区和各乡镇集镇的公共厕所、农贸市场、客运站洗手处，每个洗手龙头旁放置洗手液瓶一个。
二、管理要求。各管理单位要明确专人每日巡查，瓶内余量不足三分之一时及时补充，压头损坏的两日内更换，严禁以清水或洗衣粉兑水代替。
三、检查安排。4月下旬起，县爱卫办将组织暗访，结果纳入年度爱国卫生工作考评。
附件：1.公共场所洗手液瓶配置登记表
2.洗手处卫生巡查记录表
阛水县爱国卫生运动委员会办公室
二〇二四年四月八日
抄送：县委办公室，县人大常委会办公室，县政府办公室。
阛水县爱国卫生运动委员会办公室　2024年4月8日印发
""",
    ),
    dict(
        slug="news-yaoling-bucket-lids-title-h1",
        site="轺岭新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yaolingnews.example.cn/xz/2024-07/22/content_60931.html",
        title="辏田镇为三千户农家储水桶配上新桶盖",
        record_title=None,
        date="2024-07-22",
        notes="no record title: the page's <h1>; app prompt glued before the lead, photo caption between paragraphs, editor line glued after the last; listen button, 24-hour list, ad slot; 发布时间 byline",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>轺岭新闻网</title>
<script src="//static.yaolingnews.example.cn/js/tts.js"></script>
</head>
<body>
<div class="head"><a class="logo">⟦m 轺岭新闻网 yaolingnews.cn⟧</a><span class="slogan">⟦m 轺岭人自己的新闻门户⟧</span></div>
<div class="nav">⟦m 首页　时政　乡镇　民生　文旅　视频　专题⟧</div>
<div class="crumb">⟦m 轺岭新闻网 &gt; 乡镇 &gt; 正文⟧</div>
<div class="title-box"><h1>{T}</h1>
<p class="info">⟦m 发布时间：2024-07-22 09:15　来源：轺岭融媒　记者：温若溪⟧</p>
<p class="listen">⟦a ▶ 点此收听本文⟧</p></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转给朋友： 微信 ｜ 朋友圈 ｜ 微博 ｜ 复制网址⟧</div>
<div class="ad"><img src="/ad/ylbank_728x90.jpg">⟦m 广告　轺岭农商银行　惠农快贷 随借随还⟧</div>
<div class="side"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 轺岭县今夏首场防汛演练举行⟧</li><li>⟦l 辌河生态廊道二期开工⟧</li><li>⟦l 县城新增三条公交线路⟧</li></ol></div>
<div class="foot">⟦d 未经授权，任何单位和个人不得转载、摘编轺岭新闻网原创稿件。⟧<br>⟦m 轺岭县融媒体中心主办　互联网新闻信息服务许可证 43120230017⟧</div>
<script>TTS.bind(".content");</script>
</body>
</html>
""",
        body="""
⟦a 打开“轺岭融媒”客户端，身边新闻早知道⟧本报讯（记者 温若溪）入夏以来，辏田镇组织镇村干部和志愿者走村入户，为家中使用储水桶的农户免费配发带密封圈的水桶盖，截至7月20日，已为3126户农家的储水桶“戴上帽子”。
⟦m 图为志愿者在碕头村为村民试装水桶盖。通讯员 供图⟧
辏田镇多数村庄仍习惯用大塑料桶储存井水和雨水，桶口敞着，最容易滋生蚊虫。镇卫生院院长介绍，一只没盖的水桶，一周就能孵出上百只蚊子，加盖是防控登革热最省钱的办法。
碕头村村民黄德顺说：“以前用木板压着，风一吹就掉，新盖子拧上就严实了。”
据了解，镇里还将每月开展一次清积水行动，发现未加盖的储水容器当场整改。⟦m （责编：林蔚　审校：陶然）⟧
""",
    ),
    dict(
        slug="news-zhicheng-keyhook-board-record-date",
        site="轵城在线 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zhichengzx.example.com/shequ/20250108/112790.shtml",
        title="椳园社区设“邻里钥匙挂板” 独居老人忘带钥匙不再犯愁",
        record_title="身边事 ◇ 椳园社区设“邻里钥匙挂板” 独居老人忘带钥匙不再犯愁｜轵城在线",
        record_date="2025-01-08",
        date="2025-01-08",
        notes="record gives a column-prefixed title and the date; a related-news link between paragraphs; source/editor line and comment box",
        page="""
!m 轵城在线 — 城市生活门户
!m 首页 > 社区 > 正文
{T}
!m 2025-01-08 10:42　来源：轵城在线　作者：实习记者 梅小禾
!a 分享到：微信　QQ空间　微博　｜　A+　A-
{BODY}
!m 【编辑：任冬】
!l 网友评论（0）　我来说两句
!l 发表评论请先登录，文明上网理性发言
!m 轵城在线 版权所有　新闻热线：0728-3300518
""",
        indent="\u3000\u3000",
        body="""
轵城在线讯　“以前忘带钥匙只能等儿子下班，现在到社区服务站拿就行。”1月7日上午，家住椳园社区6栋的秦阿婆从服务站的钥匙挂板上取下自己的备用钥匙，笑着说。
去年底，椳园社区在党群服务站设置了一块“邻里钥匙挂板”，辖区独居、空巢老人可自愿把备用钥匙交给社区代管。每把钥匙只挂编号牌，不写门牌，取用时须本人或登记的亲属签字，由值班社工和网格员双人核对。
⟦l 相关新闻：椳园社区“长者饭堂”迎来第一百位食客⟧
目前已有47户老人登记寄存，一个多月来帮助老人开门19次。社区党委书记表示，下一步将把钥匙挂板和紧急呼叫服务结合起来，让老人住得更安心。
""",
    ),
    dict(
        slug="forum-xiaojiaoya-harness-review-jammer",
        site="小脚丫育儿论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xiaojiaoya.example.com/thread-930215-1-1.html",
        title="学步带到底用不用？说说我家用了三个月的感受",
        record_title="[真实测评] 学步带到底用不用？说说我家用了三个月的感受 - 宝妈闲聊 - 小脚丫育儿论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk glued and on a line, rating row, signature, replies; posted 3 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[真实测评] 学步带到底用不用？说说我家用了三个月的感受 - 宝妈闲聊 - 小脚丫育儿论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Xj7"></script>
</head>
<body>
<div id="toptb">⟦m 小脚丫育儿论坛⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册新妈妈账号⟧</a></div>
<div id="pt">⟦m 小脚丫育儿论坛 › 育儿交流 › 宝妈闲聊 › 帖子详情⟧</div>
<div class="pls"><p>⟦m 阿禾妈妈⟧</p><p>⟦m 等级：宝妈二段　帖子 214　积分 1870⟧</p></div>
<div class="plc">
<h1><span id="thread_subject">⟦t [真实测评] 学步带到底用不用？说说我家用了三个月的感受⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看楼主　倒序看帖⟧</div>
<div class="t_f" id="postmessage_5530871">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 6　育儿币 +18　理由：很实用｜说得好｜收藏了⟧</div>
<div class="sign">⟦m ———— 闺女一岁一个月，记录她的每一步 ————⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</div>
<div class="reply"><p>⟦l 沙发　糖豆麻麻：我家也用，去菜市场真的离不开⟧</p><p>⟦l 板凳　木子李：滑梯那段吓到我了，收藏⟧</p></div>
<div id="fastpost">⟦a 登录后才能参与讨论，没有账号？立即注册⟧</div>
<div id="ft">⟦m 小脚丫育儿论坛 Powered by Discuz! X3.4⟧　⟦m 浙ICP备19027715号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
我家闺女一岁一个月，刚会扶着走就到处冲，带她下楼我腰都快断了。三个月前在母婴店买了一条背心式学步带，用到现在说说真实感受。
先说优点：弯腰少了，孩子快摔倒时能往上轻轻一提。去人多的菜市场也不怕一松手就跑没影。
再说缺点：夏天背心闷热，后背一层汗。孩子有时候不愿意穿，一穿就哭。还有一次绳子缠到了滑梯扶手上，吓我一跳，所以现在到了滑梯附近一律解下来。
我的建议是，学步带适合刚学走、人多的地方用，平时在家和小区里还是让孩子自己多练。买的时候一定看锁扣，轻轻一按就开的不要买。
""",
    ),
    dict(
        slug="forum-anjia-lid-rack-wall-or-counter-junk",
        site="安家论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.anjia.example.net/forum.php?mod=viewthread&tid=441862",
        title="锅盖架装墙上还是放台面？厨房太小了",
        record_title="[求教] 锅盖架装墙上还是放台面？厨房太小了（已装好，附经验）- 厨房改造 - 安家论坛",
        date=None,
        notes="forum post: junk lines and junk glued after 。; board suffix and poster's aside in the record title; 前天 and a last-edit line (no date)",
        page="""
!m 安家论坛 - 装修过日子的地方
!m 安家论坛 » 家装讨论区 » 厨房改造
!t [求教] 锅盖架装墙上还是放台面？厨房太小了（已装好，附经验）
!m 查看: 1604 | 回复: 23
!m 小厨房大梦想　发表于 前天 20:36
!m 本帖最后由 小厨房大梦想 于 昨天 08:10 编辑
{BODY}
!a 支持 | 反对 | 收藏本帖
!l 2# 阳台种菜的猫：带接水盘那条太重要了
!l 3# 石头哥：墙里有水管的一定要先探
!a 游客请先登录才可回帖 登录 | 立即注册
!m 安家论坛 ( 粤ICP备18060413号 )　GMT+8, 14:02
""",
        junk=dict(lines=2, glued=2),
        body="""
厨房只有四个平方，台面上电饭煲、砧板一摆就满了，三口锅的锅盖没地方放，每次炒菜都往水槽边一靠，水滴得到处都是。
问了几个朋友，有人说买台面上那种立式锅盖架，有人说直接打孔装墙上。最后我选了壁挂式，装在灶台右侧墙上，离台面四十厘米，手一抬就能挂上。
装了一个月，说几点体会。一是一定要带接水盘的，锅盖上的水会往下滴。二是瓷砖打孔前先问物业墙里有没有水管。三是别买太便宜的，挂了两个大锅盖之后明显往下坠。
有同样小厨房的朋友可以参考一下。
""",
    ),
]
