"""holdout368, part D: county forums, download stations, personnel-exam sites, tender portals, law firms,
residents' sites.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-xiankou-shake-machine-expose-jammer",
        site="咸口在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xiankouzx.com/forum.php?mod=viewthread&tid=260318",
        title="菜市场楼上的“健康讲座”又在卖甩脂机，我妈花了三千八",
        record_title="[看不下去了] 菜市场楼上的“健康讲座”又在卖甩脂机，我妈花了三千八（求扩散）- 百姓心声 - 咸口在线论坛",
        date=None,
        notes="county forum: a weather line, medals, jammer fonts as lines and glued after 。, a decoration ad "
        "with a QQ, a forward-to-the-bureau link, replies; relative times are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[看不下去了] 菜市场楼上的“健康讲座”又在卖甩脂机，我妈花了三千八（求扩散）- 百姓心声 - 咸口在线论坛</title>
<script src="data/cache/common.js?x9R"></script>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="toptb">⟦m 咸口在线 · 咸口人自己的网上家园⟧　⟦m 今日咸口：多云 14～23℃⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 咸口在线论坛 › 民生百事 › 百姓心声⟧</div>
<div class="ad">⟦w 装修找咸口家家美，免费上门量房 QQ：2210 4487 65⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 咸口老街坊⟧<br>⟦m 勋章：热心网友　十年老会员⟧<br>⟦m 帖子 2218　积分 9034⟧</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="zhuanjiao">⟦a 本帖已由版主转交县市场监管局处理，等待官方回复⟧</div>
<div class="po">⟦a 支持(86)　反对(2)　收藏　分享到微信⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 叙河人在咸口：我家隔壁的老太太也买了，说是能治老寒腿⟧</div>
<div class="reply">⟦l 3楼 侯坪小刘：这些人换个地方又开，前年在汽车站那边⟧</div>
<div id="ft">⟦m 咸口在线论坛　Discuz! X3.5　湘ICP备16028704号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=2),
        body="""
上个星期，菜市场二楼又开了一个“健康讲座”，每天早上发鸡蛋、发挂面，来的全是六七十岁的老人。我妈去了五天，回来跟我说要买一台甩脂机，说是站上去抖一抖，能降血压、治失眠。
我当时没在意，结果昨天回家一看，客厅里真摆了一台，发票上写着3800元。我上网一查，同样的机器，网上三四百块钱就能买到。
我去找他们退货，工作人员说“拆了包装不能退”，还说是我妈自己愿意买的。现在讲座还在办，每天照样有老人排队进去。
发这个帖子，一是提醒大家看好家里老人，二是希望有关部门管一管。咸口还有谁家老人买了的，可以一起去投诉。
""",
    ),
    dict(
        slug="localforum-houping-maraca-noise-thread-junk",
        site="侯坪生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.houpinglife.com/bbs/thread-77312.html",
        title="侯坪广场每晚的沙锤队，能不能早点收、小点声？",
        record_title=None,
        date=None,
        notes="county forum as text: title missing from the record, found as the thread subject; anti-scraping "
        "junk as lines and glued after 。; a community police officer's reply; relative times are no dates",
        page="""
!m 侯坪生活网 › 论坛 › 邻里话题
!m 今日帖子 73 ｜ 会员 1.6 万
{T}
!m 楼主：住在广场边的小周　　发表于 2 天前 21:58
{BODY}
!a 回复楼主　｜　加分　｜　举报
!l 沙发 沙锤队的老陈：收到，我们下周开始八点半准时收，音响也调小。
!l 板凳 侯坪派出所社区民警小郑：已转社区协调，有事可打社区警务室电话。
!a 您需要登录才可以回帖　【登录】【免费注册】
!m 侯坪生活网　联系站长 QQ 4011 2856
""",
        junk=dict(lines=2, glued=1),
        body="""
我家就在侯坪广场边上，最近三个月，每天晚上七点到九点半，广场上都有一支二十多人的沙锤队在排练，配着音响放舞曲。
说实话，大叔大妈们锻炼身体是好事，沙锤摇起来也挺热闹。可是二十多把沙锤一起摇，再加上音响，声音真的不小。我家孩子读初三，晚上在家写作业根本静不下心。
我下去跟领队商量过一次，对方态度挺好，可第二天照旧。想问问大家，有没有什么好办法？能不能请社区出面协调一下，比如八点半之前结束，音响开小一点？
""",
    ),
    dict(
        slug="download-jiazi-castanets-lesson-doc-gb2312",
        site="夹子教学资源下载站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="教学设计",
        kind="plan",
        form="html",
        source="http://www.jiazi-edu.com/soft/yinyue/2024/15532.html",
        title="《响板舞曲》教学设计",
        record_title="小学音乐三年级《响板舞曲》教学设计.doc",
        date=None,
        notes="download station in an old gb2312 table: file-info table, three mirror links, an unzip password, a "
        "dead-link report, a floating ghost-writer ad; file-name record title; a teaching plan with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>小学音乐三年级《响板舞曲》教学设计.doc - 夹子教学资源下载站</title>
<link href="/skin/jz/css.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 夹子教学资源下载站⟧</td><td>⟦m 课件 教案 试卷 一站下齐⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您的位置：首页 → 教案下载 → 音乐教案 → 三年级⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td>⟦t 小学音乐三年级《响板舞曲》教学设计.doc⟧</td></tr>
<tr><td>⟦m 资料大小：56 KB　资料类型：Word文档　授权方式：免费资源⟧</td></tr>
<tr><td>⟦m 更新时间：2024-05-17　下载次数：本周 43　总计 1208⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10/WPS⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p align="center"><b>{T}</b></p>
{BODY}
</td></tr></table>
<table width="980" align="center" border="1">
<tr><td>⟦a 下载地址：[电信下载一]　[联通下载二]　[移动备用下载]⟧</td></tr>
<tr><td>⟦a 解压密码：www.jiazi-edu.com⟧</td></tr>
<tr><td>⟦a 链接失效？点此向管理员报告⟧</td></tr>
</table>
<div style="position:absolute;left:0;top:300px">⟦w 教案课件定制 论文指导 加微信 jz_ketang⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资源均来自网络，仅供教学研究使用，下载后请于24小时内删除。⟧<br>⟦m 夹子教学资源下载站 版权所有 晋ICP备08004133号⟧</td></tr></table>
</body>
</html>
""",
        body="""
一、教学目标
1.认识响板，了解响板的来历和基本演奏方法。
2.能用响板为乐曲《响板舞曲》伴奏，感受西班牙舞曲热情欢快的风格。
3.在合作演奏中培养学生的节奏感和合作意识。
二、教学重点和难点
重点：掌握“×× ×× ｜ ×× ×｜”的响板节奏型。难点：响板与乐曲强拍的准确配合。
三、教学准备
响板20副（四人一副轮换），钢琴，多媒体课件。
四、教学过程
（一）导入。教师手持响板表演一段节奏，请学生猜一猜这是什么乐器，它是从哪个国家来的。
（二）认识响板。介绍响板的构造和握法，教师示范套绳、击打，学生徒手模仿。
（三）学习节奏。先拍手练习节奏型，再分组用响板练习，教师巡回指导。
（四）合作伴奏。全班随音乐分声部为《响板舞曲》伴奏，最后请一组学生上台展示。
五、课后反思
学生对响板兴趣很浓，但部分学生击打过重，下一课要强调手腕放松。
""",
    ),
    dict(
        slug="download-ziliaoku-grip-rules-glued-markers",
        site="资料库下载站 zlkxz (invented)",
        style="资料下载站",
        genre="规章制度",
        kind="other",
        form="text",
        source="http://www.zlkxz.net/down/zhidu/44871.html",
        title="咸口镇中心幼儿园握笔器使用管理制度",
        record_title="咸口镇中心幼儿园握笔器使用管理制度〔原稿·可改〕免费下载中心_资料库下载站",
        date=None,
        notes="download station as text: page markers ⫡n⫡ glued to the start of the continuation line, cutting "
        "sentences of a rule with 第N条 articles; a rule whose only date is its effective clause; an update stamp",
        page="""
!m 资料库下载站 · 规章制度频道
!t 咸口镇中心幼儿园握笔器使用管理制度〔原稿·可改〕免费下载中心_资料库下载站
!m 资料编号 ZD-44871 ｜ 更新 2024-06-30 ｜ 下载 317 次
!a ⇩ 本地高速下载　⇩ 备用线路下载
{T}
{BODY}
!a 以上为在线预览，完整文档请点“本地高速下载”
!w 定制各类学校管理制度，联系站长 微信 zlk_zhan
!d 本站资料来源于网络分享，如有侵犯您的权益，请联系我们处理。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫡{n}⫡", every=110, start=2, glue=True),
        body="""
第一条　为规范我园握笔器的使用管理，帮助幼儿养成正确的握笔姿势，保障幼儿健康，结合本园实际，制定本制度。
第二条　握笔器仅在大班幼儿进行书写准备和绘画活动时使用，小班、中班幼儿原则上不使用握笔器。
第三条　是否为幼儿配备握笔器，由班级教师观察评估后提出建议，经保健医生确认，并征得家长同意。
第四条　园内统一采购的握笔器须有产品合格证和材质检测报告，不得采购有刺激性气味、易掉色的产品。
第五条　握笔器实行一人一个、贴名使用，每周由保育员用温水清洗、晾干一次，破损的及时更换。
第六条　教师不得向家长推荐、推销任何品牌的握笔器，也不得要求家长自行购买。
第七条　本制度由园务办公室负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="exam-qishan-grip-aids-explanation-maintenance",
        site="祈山人事考试信息网 (invented personnel-exam site)",
        style="人事考试网",
        genre="说明",
        kind="notice",
        form="html",
        source="http://www.qsrsks.cn/kwgg/202410/t20241022_3021.html",
        title="关于考生携带握笔器等书写辅助用品参加笔试的说明",
        record_title="〖笔试备考提醒〗关于考生携带握笔器等书写辅助用品参加笔试的说明_祈山人事考试信息网",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; the exam centre's own 咨询电话 "
        "beside the site's technical line; a sentence telling candidates to download and print the ticket; "
        "成文日期 and a later posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖笔试备考提醒〗关于考生携带握笔器等书写辅助用品参加笔试的说明_祈山人事考试信息网</title>
<script src="/js/rsks.js"></script>
</head>
<body>
<div class="weihu">⟦d 系统维护公告：10月26日0:00—6:00报名系统暂停服务，给您带来不便敬请谅解。⟧</div>
<div class="logo">⟦m 祈山人事考试信息网⟧</div>
<div class="nav">⟦m 首页　考试动态　考务公告　成绩查询　证书办理　政策法规⟧</div>
<div class="loc">⟦m 当前位置：首页 » 考务公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<p class="meta">⟦m 发布时间：2024-10-22 11:30　来源：县人事考试中心⟧</p>
{BODY}
</div>
<div class="float-ticket"><a>⟦a 准考证打印入口 ➜⟧</a></div>
<div class="foot">
<p>⟦m 祈山县人事考试中心　地址：祈山县城关镇新华路15号⟧</p>
<p>⟦m 网站技术支持电话：0745-7738006（仅限系统问题）⟧</p>
<p>⟦m 湘ICP备16009154号⟧</p>
</div>
</body>
</html>
""",
        body="""
近期，有考生咨询笔试时能否携带握笔器等书写辅助用品。现就有关事项说明如下。
一、考生可以携带套在普通铅笔、签字笔上的硅胶或塑料握笔器进入考场，但不得携带带有电子元件、存储功能或文字图案的握笔器。
二、因手部残疾或伤病需要使用特殊书写辅助器具的考生，应在考前5个工作日内，凭县级以上医院证明向县人事考试中心提出申请，经审核同意后方可携带。
三、考生进入考场时，握笔器须与文具一同接受监考人员检查；考试中如需调整，应举手示意。
四、请考生于10月28日至11月1日登录本网站下载并打印准考证，仔细阅读考场规则，按时参加考试。
咨询电话：0745-7738021（工作日8:30—17:30）
祈山县人事考试中心
2024年10月21日
""",
    ),
    dict(
        slug="exam-weixi-music-teacher-castanets-skill-test",
        site="尉溪人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.weixi.gov.cn/ggtz/2024/0716/1827.html",
        title="2024年尉溪县公开招聘中小学音乐教师专业技能测试公告",
        record_title="〔音乐岗·专业测评〕2024年尉溪县公开招聘中小学音乐教师专业技能测试公告（含响板节奏项）_尉溪人事考试网",
        date="2024-07-16",
        notes="exam site as text: a timetable one row a paragraph; candidates told to print the notice; a login "
        "float line and a technical line; 成文日期 under the signature",
        page="""
!m 尉溪人事考试网　公平 公正 公开
!m 首页 >> 考试公告 >> 事业单位招聘
!t 〔音乐岗·专业测评〕2024年尉溪县公开招聘中小学音乐教师专业技能测试公告（含响板节奏项）_尉溪人事考试网
{T}
!m 时间：2024-07-16　来源：尉溪县教师招聘工作领导小组办公室
{BODY}
!a 考生服务入口：报名 ｜ 缴费 ｜ 打印通知单
!m 网站运行维护：尉溪县人事考试中心 0796-3228911
!m 赣ICP备13001728号
""",
        indent="\u3000\u3000",
        body="""
根据《2024年尉溪县公开招聘中小学教师公告》，现将音乐学科专业技能测试有关事项公告如下。
一、测试内容
专业技能测试包括声乐演唱、器乐演奏和打击乐节奏三项，总分100分。其中打击乐节奏项为响板节奏模仿与即兴伴奏：考官用响板演奏一段四小节节奏，考生听后用响板模仿，再为一首指定歌曲即兴伴奏。
二、测试安排
日期　时间　内容
7月27日　8:30—12:00　声乐演唱
7月27日　14:30—18:00　器乐演奏
7月28日　8:30—11:30　响板节奏模仿与即兴伴奏
三、注意事项
响板由考点统一提供，考生不得自带。考生须持本人身份证和测试通知单参加测试，通知单请自行打印。
尉溪县教师招聘工作领导小组办公室
2024年7月16日
""",
    ),
    dict(
        slug="tender-peichuan-expander-bid-result-lots",
        site="佩川县公共资源交易中心 (invented tender portal)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.peichuan.gov.cn/jyxx/zfcg/zbgg/20240703/00172.html",
        title="佩川县社区健身点弹簧拉力器采购项目中标结果公告",
        record_title="【成交结果·全民健身】佩川县社区健身点弹簧拉力器采购项目中标结果公告 - 政府采购 - 佩川县公共资源交易中心",
        date="2024-07-03",
        notes="tender portal: a publicity countdown, CA and trading-system lines; lots table one row a paragraph; "
        "purchaser and agency contacts beside the platform's lines; 公告日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【成交结果·全民健身】佩川县社区健身点弹簧拉力器采购项目中标结果公告 - 政府采购 - 佩川县公共资源交易中心</title>
<script src="/static/ggzy/jquery.js"></script>
<script src="/static/ggzy/countdown.js"></script>
</head>
<body>
<div class="g-top">⟦m 佩川县公共资源交易中心⟧　<a>⟦a 主体登录⟧</a>　<a>⟦a CA证书办理⟧</a></div>
<div class="g-nav">⟦m 首页　交易信息　政府采购　工程建设　土地矿产　服务指南⟧</div>
<div class="g-pos">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 中标（成交）公告⟧</div>
<div class="g-art">
<h2>{T}</h2>
<p>⟦m 信息时间：2024-07-03　浏览：378⟧</p>
<p class="cd">⟦m 公示期剩余：4天 07时 21分⟧</p>
{BODY}
</div>
<div class="g-foot">
<p>⟦m CA证书服务热线：400-176-3380⟧　⟦m 交易系统技术支持：0745-6257701⟧</p>
<p>⟦m 主办：佩川县公共资源交易中心　湘ICP备17018835号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：PCZC-2024-0611
二、项目名称：佩川县社区健身点弹簧拉力器采购项目
三、中标信息
包号　货物名称　数量　中标供应商　中标金额（元）
1　五簧可调弹簧拉力器　320副　毅州市劲达体育用品有限公司　30400.00
2　弹力绳拉力器（中阻力）　280副　尉溪县恒步电器厂　16240.00
3　拉力器壁挂收纳架　60个　佩川县文昌体育器材经营部　9000.00
四、评审专家名单：侯建国、郑丽、曾明远
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：佩川县文化旅游体育局　联系人：祝先生　电话：0745-6231146
采购代理机构：湘中正信招标咨询有限公司　联系人：韩女士　电话：0745-6289930
佩川县文化旅游体育局
湘中正信招标咨询有限公司
2024年7月3日
""",
    ),
    dict(
        slug="tender-yanghu-kindergarten-maraca-inquiry",
        site="仰湖区政府采购网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.yanghu.gov.cn/xjgg/2024/0311/6605.html",
        title="仰湖区第一幼儿园音乐区沙锤采购询价公告",
        record_title="〈幼教采购〉仰湖区第一幼儿园音乐区沙锤采购询价公告 - 仰湖区政府采购网",
        date="2024-03-11",
        notes="tender text page: items table one row a paragraph; the purchaser's own contact beside the "
        "platform's hotline; a sentence telling suppliers to download the inquiry file; 公告日期 under the signature",
        page="""
!m 仰湖区政府采购网
!m 首页 / 采购公告 / 询价公告
!t 〈幼教采购〉仰湖区第一幼儿园音乐区沙锤采购询价公告 - 仰湖区政府采购网
!m 发布单位：仰湖区第一幼儿园　　距报价截止还剩 6 天
{T}
{BODY}
!a 【我要报价】【收藏项目】
!m 平台服务热线：0736-2219900　电子卖场客服：0736-2219911
!m 仰湖区财政局主办
""",
        indent="\u3000\u3000",
        body="""
仰湖区第一幼儿园拟采购音乐区沙锤一批，现邀请符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　木质彩绘沙锤　长约20厘米　60对
2　蛋形塑料沙锤　直径约5厘米　120个
3　椰壳沙锤　长约25厘米　20对
二、供应商要求
具有独立承担民事责任的能力，所供产品须符合玩具安全国家标准，并提供检测报告。
三、报价方式
供应商请于3月18日17:00前在本网下载询价文件，按要求填写报价单并加盖公章，密封后送至幼儿园总务处。
四、联系方式
联系人：曾老师　电话：0736-2236618
仰湖区第一幼儿园
2024年3月11日
""",
    ),
    dict(
        slug="lawfirm-zhengxing-shake-machine-refund-answer",
        site="正行律师事务所 (invented law firm)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.zhengxinglaw.cn/wenda/xfwq/1183.html",
        title="直播间买的甩脂机宣称“躺着就瘦”，能要求退一赔三吗？",
        record_title="【消费维权答疑】直播间买的甩脂机宣称“躺着就瘦”，能要求退一赔三吗？｜正行律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a repost notice; an answer without a date; "
        "a 'consult this lawyer' prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【消费维权答疑】直播间买的甩脂机宣称“躺着就瘦”，能要求退一赔三吗？｜正行律师事务所</title>
<script src="/assets/js/zx-law.js"></script>
</head>
<body>
<div class="top">⟦m 正行律师事务所　以正行法　以诚待人⟧　⟦m 全国咨询热线 400-690-2318⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　法律问答　联系我们⟧</div>
<div class="pos">⟦m 首页 / 法律问答 / 消费维权⟧</div>
<div class="qa">
<h1>{T}</h1>
<div class="lawyer-card">⟦m 解答律师：辛立衡　执业证号 14307201911****　擅长：消费维权、合同纠纷⟧</div>
{BODY}
</div>
<div class="repost">⟦d 本文为正行律师事务所原创，转载请注明出处，仅供参考，不构成正式法律意见。⟧</div>
<div class="float">⟦w 在线律师 · 1分钟响应⟧</div>
<div class="tags">⟦l 关键词：虚假宣传　退一赔三　直播带货⟧</div>
<div class="footer">⟦m 正行律师事务所　地址：毅州市仰湖区金融街9号正行大厦12层　湘ICP备20011487号⟧</div>
</body>
</html>
""",
        body="""
问：我在某直播间花699元买了一台甩脂机，主播说“每天躺着抖二十分钟，一个月瘦十斤”。用了一个多月一斤没瘦，还腰疼。请问能要求退一赔三吗？
答：可以主张，但要注意收集证据。
第一，主播宣称的“躺着就瘦”“一个月瘦十斤”，属于对商品功效的虚假或者引人误解的宣传。根据消费者权益保护法的规定，经营者提供商品有欺诈行为的，消费者可以要求退还货款，并按购买价款的三倍要求赔偿，增加赔偿的金额不足五百元的，为五百元。⟦w 类似问题可一键咨询辛律师⟧
第二，要保存好直播回放或录屏、订单截图、聊天记录和商品详情页，这些是证明欺诈的关键证据。
第三，可以先与商家和平台协商，协商不成的，可以向市场监管部门投诉，或者向法院起诉。直播间运营者、主播未尽审核义务的，也可能承担相应责任。
""",
    ),
    dict(
        slug="lawfirm-heshen-expander-gym-injury-case",
        site="和慎律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="http://www.heshenlaw.com/anli/2024/0419.html",
        title="健身房拉力器弹簧崩断伤人，谁来担责？",
        date=None,
        notes="law firm as text: the record title as is; a case note with no date; a lawyer's consult line and a "
        "repost notice; the firm's 400 line in the footer",
        page="""
!m 和慎律师事务所 · 案例库
!m 首页 › 典型案例 › 人身损害赔偿
{T}
!m 撰稿：和慎律师事务所 侯嘉宁律师　浏览 803
{BODY}
!w 遇到类似纠纷？侯律师在线解答，微信 heshen_hou
!d 案例均经当事人同意并作匿名化处理，转载须经本所书面许可。
!m 和慎律师事务所　咨询热线 400-022-7810　地址：尉溪县滨江路66号
""",
        indent="\u3000\u3000",
        body="""
【基本案情】2023年10月，会员刘某在尉溪县某健身房使用壁挂式弹簧拉力器时，一根弹簧突然从挂钩处崩断，弹起击中其右眼，经鉴定构成十级伤残。刘某起诉健身房，要求赔偿医疗费、误工费、残疾赔偿金等共计11万余元。
【争议焦点】健身房认为，刘某自行使用器材，且会员协议约定“器材使用中发生意外，本馆不承担责任”，不应赔偿。
【法院观点】法院认为，健身房作为经营场所的管理者，对场内器材负有定期检查、维护的安全保障义务。该拉力器弹簧已明显锈蚀，健身房未及时更换，存在过错。会员协议中免除经营者人身损害责任的条款无效。刘某在使用时未按提示检查器材，也有一定过失。最终判决健身房承担80%的赔偿责任。
【律师提示】经营者要建立器材巡检台账，及时淘汰老化的拉力器；消费者使用前也应先看一看、拉一拉，发现异常及时告知工作人员。
""",
    ),
    dict(
        slug="community-zengjiaxiang-shake-machine-reminder",
        site="曾家巷社区邻里网 (invented residents' site)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="https://www.zjxsq.cn/tzgg/2024/0407/142.html",
        title="曾家巷社区关于提醒老年居民警惕“免费体验甩脂机”的温馨提示",
        record_title="【邻里安心】曾家巷社区关于提醒老年居民警惕“免费体验甩脂机”的温馨提示｜曾家巷社区邻里网",
        date="2024-04-07",
        notes="residents' site: a weather line, a grid worker's box, a property repair line; the community's own "
        "duty phone in the body; a sentence asking residents to follow the community account; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【邻里安心】曾家巷社区关于提醒老年居民警惕“免费体验甩脂机”的温馨提示｜曾家巷社区邻里网</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 曾家巷社区邻里网⟧　⟦m 4月7日 星期日　小雨 12～18℃⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　邻里活动　网格服务⟧</div>
<div class="sq-pos">⟦m 首页 » 社区公告⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-info">⟦m 社区居委会　发布　阅读 264⟧</p>
{BODY}
</div>
<div class="sq-grid">⟦m 我的网格员：第三网格 郑小敏　手机 139 7362 0415⟧</div>
<div class="sq-wy">⟦m 物业报修（恒居物业）：0736-2240088⟧</div>
<div class="sq-foot">⟦m 曾家巷社区居民委员会　地址：仰湖区曾家巷21号⟧　⟦m 湘ICP备19008832号-1⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
近期，有居民反映社区周边出现“免费体验甩脂机”“免费测骨密度”等活动，组织者以赠送鸡蛋、大米为诱饵，吸引老年人参加“健康讲座”，随后高价推销甩脂机等产品。为保护大家的合法权益，社区特作如下提醒：
一、甩脂机不是药品，也不是医疗器械，不能治疗高血压、糖尿病等任何疾病。
二、不要轻信“免费体验”“限时抢购”，不要向陌生人透露身份证号、银行卡号。
三、购买大件商品前多和子女商量，保留好发票和收据。
发现可疑的推销活动，请及时拨打社区值班电话0736-2241120，或拨打12315投诉举报。也欢迎大家关注“曾家巷社区”公众号，及时了解防骗知识。
曾家巷社区居民委员会
2024年4月7日
""",
    ),
    dict(
        slug="community-zhengyuan-maraca-team-recruit",
        site="郑园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhengyuansq.cn/news/2024-02-26/88.html",
        title="郑园社区关于招募“银龄节拍”沙锤队新队员的通知",
        date="2024-02-26",
        notes="residents' site as text: the record title as is; a sentence telling residents to scan a code to "
        "join a group as content; the community's own phone; a property line and a grid worker's box",
        page="""
!m 郑园社区网 · 我们的家
!m 首页 > 社区通知栏
{T}
!m 2024-02-26 发布｜浏览 318
{BODY}
!m 网格员服务：第一网格 辛大姐 138 7360 2291
!m 物业值班：0736-2250612
!l 往期活动：银龄节拍走进第二养老院｜社区元宵灯谜会
!m 郑园社区居民委员会　仰湖区湖滨路202号
""",
        indent="\u3000\u3000",
        body="""
各位居民：
社区“银龄节拍”沙锤队成立快一年了，走进养老院、日间照料中心演出二十多场，受到老人们的欢迎。为了让更多居民参与进来，现面向社区居民招募新队员。
一、招募对象
年满50周岁、身体健康、热心公益的社区居民，不要求有音乐基础。
二、活动安排
每周三下午2:30—4:00在社区活动室排练，每月参加一至两次志愿演出。沙锤由社区统一提供，也欢迎自带。
三、报名方式
请到社区服务大厅登记，或扫描公告栏上的二维码加入“银龄节拍”报名群。报名截止到3月10日。
联系人：辛若楠　电话：0736-2250301
郑园社区居民委员会
2024年2月26日
""",
    ),
]
