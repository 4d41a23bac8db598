"""holdout219, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="maochuan-life-forum-night-market-tables-jammer",
        site="昴川生活圈 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.mcshenghuo.com/thread-771203-1-1.html",
        title="夜市餐桌摆上人行道，推婴儿车都过不去",
        record_title="【街谈巷议】夜市餐桌摆上人行道，推婴儿车都过不去 - 城事杂谈 - 昴川生活圈",
        date=None,
        notes="county forum: weather line, jammer fonts, a transferred-to-department link, a stall-rental ad; the post "
        "time is relative (2 小时前): no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【街谈巷议】夜市餐桌摆上人行道，推婴儿车都过不去 - 城事杂谈 - 昴川生活圈</title>
<style>font.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head><body>
<div class="topbar">⟦m 昴川 今天 多云 18~27℃⟧　<a>⟦a 签到领金币⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="logo">⟦m 昴川生活圈⟧　<span>⟦m 昴川人的网上客厅⟧</span></div>
<div class="crumbs">⟦m 昴川生活圈 › 城事杂谈 › 帖子详情⟧</div>
<h1><span class="type">⟦m 【街谈巷议】⟧</span>{T}</h1>
<div class="stat">⟦m 浏览 5621　回复 73⟧</div>
<div class="post">
<div class="user">⟦m 魁塘小宋妈⟧　<small>⟦m 本地认证　等级：老街坊⟧</small></div>
<div class="time">⟦m 发表于 2 小时前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="transfer"><a>⟦l 本帖已转交县城市管理局，点此查看官方回复⟧</a></div>
</div>
<div class="ad">⟦w 夜市摊位转让招租，有意者电话 189 3672 0457⟧</div>
<div class="replies"><p>⟦l 沙发 ｜ 老城根：支持划线，早该管了⟧</p><p>⟦l 板凳 ｜ 烧烤张：我们摊主也愿意配合⟧</p></div>
<div class="foot">⟦m 昴川生活圈 mcshenghuo.com　蜀ICP备15030672号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
家住昴川县城魁塘社区，楼下就是夜市街。这几个月，晚上七点一过，烧烤摊、小龙虾摊的餐桌就一直摆到人行道上，有的摊位连盲道都占了。
前天晚上推着孩子下楼散步，婴儿车根本过不去，只能下到机动车道上走，后面的电动车一直按喇叭，吓得我一身汗。
我不是反对夜市，夜市热闹，大家也方便。但能不能划个线，餐桌只摆在线里面，给行人留一米半的通道？城管和社区能不能管一管？
也想听听街坊们的意见，大家觉得怎么弄比较好。
""",
    ),
    dict(
        slug="zuiyang-forum-lost-cool-box-subject-title",
        site="觜阳论坛 (invented county forum, text)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.zyluntan.com/thread-339017-1-1.html",
        title="在亢河大桥下捡到一个外卖保温箱，失主请联系",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; junk lines and glued junk; post time 今天 07:12 (no date)",
        page="""
!m 觜阳论坛 › 便民服务 › 失物招领
{T}
!m 楼主 觜阳晨跑人 | 发表于 今天 07:12 | 阅读 388 | 回复 12
{BODY}
!l 2楼 西头果园：箱子在我这，放心
!l 3楼 觜阳骑手群：已经转到群里了
!a 快速回复　高级模式
!m 觜阳论坛 zyluntan.com 觜阳人的网上家园
""",
        junk=dict(lines=1, glued=2),
        body="""
今天早上六点多在亢河大桥下面跑步，看到路边草丛里有一个蓝色的外卖保温箱，箱子上贴着“快跑同城”的标签，编号后四位是0371。
箱子里还有两份没送出去的早餐，已经凉了，我就替他扔掉了。箱子我先放在大桥西头的水果店门口，跟老板打过招呼了。
估计是哪位骑手昨晚送单时掉的，一个箱子好几百块，丢了要赔钱的。麻烦大家帮忙转一转，失主直接到水果店取就行，报一下箱子编号。
""",
    ),
    dict(
        slug="qianjuan-download-rules-canteen-tables-doc",
        site="千卷下载站 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.qianjuan8.com/soft/zhidu/28831.html",
        title="学校食堂餐桌清洁消毒管理制度",
        record_title="学校食堂餐桌清洁消毒管理制度.doc",
        date=None,
        notes="download station: file-info table, three download links, unzip password, dead-link report, floating "
        "ghost-writer ad; rules with 第N条 articles (no date); the update time is no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>学校食堂餐桌清洁消毒管理制度.doc_千卷下载站</title>
<script src="/js/ad_float.js"></script>
</head><body>
<table width="970" align="center"><tr><td class="logo">⟦m 千卷下载站⟧ <span>⟦m 文档·表格·模板，千卷任你下⟧</span></td></tr>
<tr><td class="nav">⟦m 首页 | 办公文档 | 规章制度 | 合同范本 | 表格模板⟧</td></tr>
<tr><td class="here">⟦m 当前位置：千卷下载站 → 规章制度 → 学校管理⟧</td></tr></table>
<table width="970" align="center" class="info">
<tr><td colspan="2"><h1>⟦t 学校食堂餐桌清洁消毒管理制度.doc⟧</h1></td></tr>
<tr><td>⟦m 资料大小：28 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 更新时间：2025-03-26⟧</td></tr>
<tr><td>⟦m 下载次数：1306⟧</td><td>⟦m 运行环境：WPS/Word⟧</td></tr>
</table>
<table width="970" align="center"><tr><td class="intro">
<h3>⟦m 资料简介⟧</h3>
{BODY}
</td></tr>
<tr><td class="down"><h3>⟦l 下载地址⟧</h3>⟦a 电信线路下载⟧　⟦a 联通线路下载⟧　⟦a 本站高速下载⟧</td></tr>
<tr><td>⟦a 解压口令：www.qianjuan8.com⟧　⟦a 地址打不开？点此报告失效链接⟧</td></tr></table>
<div id="floatad" style="position:fixed;left:0;top:200px">⟦w 公文代写　原创包过　微信 qj_wenmi⟧</div>
<table width="970" align="center"><tr><td class="foot">⟦d 千卷下载站资料来自网友分享，仅供学习交流，版权归原作者所有⟧<br>⟦m 豫ICP备08013357号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障师生就餐卫生安全，规范学校食堂餐桌清洁消毒工作，制定本制度。
第二条　食堂餐桌实行“一餐一清、一日一消”，每餐结束后30分钟内完成清洁。
第三条　清洁时先清除桌面残渣，再用洗涤剂溶液擦拭，最后用清水擦净；每日最后一餐结束后，用有效氯浓度250mg/L的消毒液擦拭消毒，作用15分钟后用清水擦净。
第四条　擦桌抹布按颜色分区使用，餐桌专用蓝色抹布，不得与灶台、地面抹布混用，使用后集中清洗消毒晾干。
第五条　食堂管理员每天检查餐桌清洁消毒情况，并填写《餐桌清洁消毒记录表》。
第六条　本制度由学校总务处负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="juanzong-download-procedure-electric-screen",
        site="卷宗下载网 (invented download station, text)",
        style="资料下载站",
        genre="操作规程",
        kind="other",
        form="text",
        source="http://www.juanzongxz.net/office/zhidu/11372.html",
        title="会议室电动投影幕操作规程",
        record_title="会议室电动投影幕操作规程（doc文档）下载 - 卷宗下载网",
        date=None,
        notes="download page as text: file info, download buttons, archive password, disclaimer; a numbered "
        "procedure with no date; an 'added' stamp is no date",
        page="""
!m 卷宗下载网 - 办公文档随手下
!m 首页 → 办公文档 → 规章制度
!t 会议室电动投影幕操作规程（doc文档）下载
!m 文件类型：.doc　大小：19KB　添加日期：2025-02-11
!m 运行环境：WPS/Office　授权：免费
!m 内容预览：
{BODY}
!a ↓ 高速下载　↓ 普通下载
!a 压缩包密码：juanzong
!d 卷宗下载网资源多由网友提供，只供学习研究，请在下载后一天内删除。
""",
        body="""
一、使用前检查幕布下方有无桌椅、花盆等障碍物，幕布下降范围内不得站人。
二、按墙面控制器或遥控器“下降”键放下幕布，幕布到达限位后自动停止，不得反复点按。
三、投影仪开机后，调整画面大小和位置，使画面位于幕面中央，四周不超出黑边。
四、使用结束先关闭投影仪，再按“上升”键收起幕布，严禁在幕布未完全收起时切断电源。
五、幕布表面不得用手触摸或用湿布擦拭，有灰尘时用软毛刷轻轻刷除。
六、发现幕布升降异常、有异响或幕面起皱，应立即停止使用并报办公室维修，不得自行拆卸。
""",
    ),
    dict(
        slug="xuanxi-exam-notice-waiting-area-folding-chairs",
        site="璇溪人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xxrsks.gov.cn/ksgg/202507/t20250715_4410.html",
        title="关于璇溪县2025年事业单位公开招聘面试候考安排的通知",
        record_title="【候考须知】关于璇溪县2025年事业单位公开招聘面试候考安排的通知-璇溪人事考试网",
        date="2025-07-14",
        date_also=["2025-07-15"],
        notes="exam site: maintenance banner, an entry float, a technical line beside the notice's own 咨询电话; the "
        "notice tells candidates to 下载并打印 their notice (content); the site's name also stands in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【候考须知】关于璇溪县2025年事业单位公开招聘面试候考安排的通知-璇溪人事考试网</title>
<script src="/js/float.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统维护公告：7月20日0时至6时报名系统暂停服务，请错峰操作⟧</div>
<div class="head">⟦m 璇溪人事考试网⟧　<span>⟦m 璇溪县人力资源和社会保障局主管⟧</span></div>
<ul class="nav"><li>⟦m 考试公告⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 考生须知⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="where">⟦m 您现在的位置：首页 &gt; 考试公告 &gt; 事业单位⟧</div>
<h2 class="atitle">{T}</h2>
<div class="ainfo">⟦m 发布日期：2025-07-15　来源：县人社局考试中心　浏览：9024⟧</div>
<div class="acontent">
{BODY}
</div>
<div id="float-entry">⟦a 面试通知书打印入口 ▶⟧</div>
<div class="foot">⟦m 报名系统技术咨询：0833-4410999（工作日）⟧<br>⟦m 璇溪县人事考试中心　黔ICP备14008271号⟧</div>
</body></html>
""",
        body="""
各位考生：
璇溪县2025年事业单位公开招聘面试定于7月19日在县体育馆举行。因考生人数较多，考点在体育馆一楼设置临时候考区，摆放编号折叠椅820把。现将候考安排通知如下：
一、考生须于7月16日起登录璇溪人事考试网下载并打印面试通知书，凭面试通知书和身份证进入候考区。
二、考生按面试通知书上的候考座位号就座，不得随意挪动、折叠或调换折叠椅。
三、候考期间不得离开候考区，如需如厕须由工作人员陪同。
咨询电话：璇溪县人力资源和社会保障局　0833-4410267
璇溪县人力资源和社会保障局
2025年7月14日
""",
    ),
    dict(
        slug="maochuan-exam-notice-museum-framing-skill-test",
        site="昴川人事考试信息网 (invented, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.maochuan.gov.cn/sydw/2025/0821/5517.html",
        title="昴川县博物馆2025年公开招聘文物装裱岗位技能测试公告",
        record_title="〔技能测试〕昴川县博物馆2025年公开招聘文物装裱岗位技能测试公告 - 昴川人事考试信息网",
        date="2025-08-20",
        date_also=["2025-08-21"],
        notes="exam site as text: an upgrade banner, the decorated title repeated, a schedule table (one row a "
        "paragraph); the page's date also accepted",
        page="""
!m 昴川人事考试信息网
!d ★ 网站升级期间部分栏目可能无法访问，敬请谅解 ★
!m 首页 >> 考试公告 >> 事业单位
!t 〔技能测试〕昴川县博物馆2025年公开招聘文物装裱岗位技能测试公告
!m 发布日期：2025-08-21　点击：3317
{BODY}
!a 【成绩查询入口】　【准考证打印入口】
!m 考务咨询：0836-7702110　系统技术支持：0836-7702199
!m 主办：昴川县人事考试中心
""",
        body="""
根据招聘工作安排，现将昴川县博物馆文物装裱岗位技能测试有关事项公告如下：
一、测试时间和地点：2025年8月27日上午9:00，昴川县博物馆二楼修复室。
二、测试内容：考生在120分钟内完成一幅书画作品的托裱，并为一张老照片选配相框、完成装框，满分100分。
三、测试安排
项目　时间　分值
书画托裱　9:00—10:20　60
照片装框　10:30—11:10　40
四、考生自带裁刀、排笔、棕刷，相框、卡纸和玻璃由考点统一提供。
昴川县人力资源和社会保障局
2025年8月20日
""",
    ),
    dict(
        slug="zuiyang-ggzy-bid-result-projection-screens",
        site="觜阳公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="http://ggzy.zuiyang.gov.cn/jyxx/zfcg/zbgg/20250422/0316.html",
        title="觜阳县第二中学教室投影幕采购项目中标结果公告",
        record_title="〖成交结果〗觜阳县第二中学教室投影幕采购项目中标结果公告 | 觜阳公共资源交易网",
        date="2025-04-22",
        notes="tender portal: countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; "
        "a bid table (one row a paragraph); 成文日期 under the agency's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖成交结果〗觜阳县第二中学教室投影幕采购项目中标结果公告 | 觜阳公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="hd">⟦m 觜阳公共资源交易网⟧　<a>⟦a CA数字证书在线办理⟧</a>　<a>⟦a 主体库登录⟧</a></div>
<ul class="nav"><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 信用信息⟧</li></ul>
<div class="loc">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 中标（成交）公告⟧</div>
<h3 class="ttl">{T}</h3>
<div class="meta">⟦m 发布时间：2025-04-22 16:10　浏览次数：203⟧</div>
<div class="cd">⟦m 距公示期结束：0天 06时 12分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="sv">⟦m CA证书服务热线：400-680-1155⟧　⟦m 交易系统技术支持：0836-5520331⟧</div>
<div class="ft">⟦m 主办单位：觜阳县公共资源交易中心　地址：觜阳县政务服务中心四楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：ZYCG-2025-0316
二、项目名称：觜阳县第二中学教室投影幕采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1包（电动投影幕60幅）　奎源市明视教学设备有限公司　148600.00
2包（手拉投影幕24幅）　觜阳县晨光电教器材经营部　21360.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：觜阳县第二中学　联系人：伍老师　电话：0836-5531206
代理机构：觜阳县恒正招标代理有限公司　联系人：吕工　电话：0836-5587713
觜阳县恒正招标代理有限公司
2025年4月22日
""",
    ),
    dict(
        slug="kuiyuan-sunshine-inquiry-folding-chairs-community",
        site="奎源阳光采购平台 (invented tender platform, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://ygcg.kuiyuan.gov.cn/xjgg/2025/0312/00718.html",
        title="晷城区魁塘社区党群服务中心折叠椅采购询价公告",
        record_title="晷城区魁塘社区党群服务中心折叠椅采购询价公告-询价公告-奎源阳光采购平台",
        date="2025-03-12",
        notes="tender platform as text: an items table, a sentence telling suppliers to 下载 the inquiry file "
        "(content), the purchaser's own contact beside the platform's CA and service lines, an 附件 line",
        page="""
!m 奎源阳光采购平台
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2025-03-12　采购方式：询价　浏览：86
!a 【公告原文另存】
{BODY}
!m CA办理咨询：400-660-2273　平台客服：0716-8210000
!d 公告内容由采购人负责，平台仅作信息发布
""",
        body="""
魁塘社区党群服务中心拟采购一批会议、活动用折叠椅，现邀请符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
带写字板折叠椅　钢架、PP座面　120把
软包折叠椅　钢架、皮面软包　60把
二、报价要求：报价含运输、安装，有效期30天。请于3月19日17:00前将报价单密封送至社区党群服务中心二楼办公室。
三、询价文件请在本平台“询价公告”栏目下载，报价单须加盖单位公章。
联系人：魁塘社区居委会　鄢主任　电话：0716-8233071
附件：报价单（格式）
魁塘社区居民委员会
2025年3月12日
""",
    ),
    dict(
        slug="hengchuan-law-case-cool-box-scrapes-pedestrian",
        site="衡川律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.hengchuanlaw.com/pufa/2025/772.html",
        title="骑手保温箱刮伤路人，赔偿由谁承担？",
        record_title="法在身边丨骑手保温箱刮伤路人，赔偿由谁承担？—衡川律所",
        date=None,
        notes="law firm page: lawyer card, consult float, 400 line, a permalink block; a case note with bracketed "
        "headings and no date; a consult prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>法在身边丨骑手保温箱刮伤路人，赔偿由谁承担？—衡川律所</title>
<script src="/assets/js/consult.js"></script>
</head><body>
<header><div class="brand">⟦m 衡川律师事务所⟧</div><div class="hot">⟦m 全国咨询热线：400-871-3360⟧</div></header>
<nav>⟦m 首页　律所简介　专业团队　法在身边　联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 法在身边 / 交通侵权⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 阅读 1,096　·　分类：交通侵权⟧</div>
{BODY}
<div class="tip">⟦d 本文仅为普法宣传，不构成对具体案件的法律意见⟧</div>
<div class="link">⟦m 本文链接：https://www.hengchuanlaw.com/pufa/2025/772.html⟧</div>
</article>
<aside class="lawyer-card"><p>⟦m 主办律师：晏书恒⟧</p><p>⟦m 执业证号：15133201410273551⟧</p><p>⟦m 擅长：交通事故、人身损害赔偿⟧</p></aside>
<div class="float-consult">⟦w 在线咨询　律师10分钟内回复⟧</div>
<footer>⟦m 衡川律师事务所　地址：奎源市晷城区中兴路66号　渝ICP备20007712号⟧</footer>
</body></html>
""",
        body="""
【案情】2024年冬，市民周女士在人行道上行走时，被一辆外卖电动车后座的保温箱刮倒，手腕骨折。⟦w 遇到类似情况？点这里免费问律师⟧骑手称自己是“众包骑手”，与平台没有劳动关系，只愿意赔偿一千元。
【律师分析】根据民法典的规定，用人单位的工作人员因执行工作任务造成他人损害的，由用人单位承担侵权责任。众包骑手与平台之间虽然不一定是劳动关系，但骑手接单配送、使用平台统一配发的保温箱，法院通常会综合审查双方的管理关系，判断平台或配送站点是否应当承担责任。
【律师提示】遇到此类情况，受害人应及时报警，保留现场照片、就医记录和骑手接单记录，必要时将骑手和平台、配送站点一并起诉。
""",
    ),
    dict(
        slug="minglv-law-letter-custom-dining-table",
        site="璇溪明律律师事务所 (invented law-firm site, text)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.xxminglv.com/wenshu/lvshihan/2025/1106.html",
        title="关于定制餐桌交付纠纷的律师函",
        date="2025-11-06",
        notes="record gives the title as is; a lawyer's letter with its own date under the firm's name; the firm's "
        "name is also the site's name; a 400 consult line",
        page="""
!m 璇溪明律律师事务所 · 专注合同与消费维权
!m 首页 / 文书范例 / 律师函
{T}
!m 浏览 341 次
{BODY}
!w 免费咨询热线 400-887-0516（工作日9:00-18:00）
!l 相关文书：催款律师函　解除合同通知书
!d 文书仅供参考，具体案件请咨询执业律师
""",
        body="""
璇溪县匠心木作家具店：
璇溪明律律师事务所接受贺振林先生的委托，就贵店与其定制餐桌交付纠纷一事，特致函如下：
2025年8月3日，贺振林先生与贵店签订定制合同，约定定制2米胡桃木餐桌一张，价款9800元，9月30日前交付。贺先生已付清全款，但贵店至今未交付，经多次催促仍无明确答复。
请贵店于收到本函之日起七日内交付符合约定的餐桌，或退还全部价款并赔偿相应损失。逾期未处理的，本所将依法提起诉讼，由此产生的一切费用由贵店承担。
律师：鄢慕远
璇溪明律律师事务所
2025年11月6日
""",
    ),
]
