"""holdout265, part D: county forums, download stations, personnel-exam sites, tender portals and law firms.

Written by hand, blind (see NOTE.md). Every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="localforum-langchuan-found-headscarf-jammer-subject",
        site="榔川茶馆 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.langchuanchaguan.example.com/thread-1180342-1-1.html",
        title="在鲑溪河滨步道捡到一条枣红色羊绒头巾，失主请联系",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; a weather line, medals, a decoration-company ad with its phone, an 'official reply' link and jammer-font junk; the poster's own phone in the body stays; posted 昨天, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>在鲑溪河滨步道捡到一条枣红色羊绒头巾，失主请联系 - 失物招领 - 榔川茶馆</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js"></script>
</head><body>
<div id="toptb">⟦m 榔川 今天 多云 6～14℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 快速注册⟧</a></div>
<div id="hd">⟦m 榔川茶馆⟧ ⟦m 榔川人自己的网上茶馆⟧</div>
<div class="ad-top">⟦w 旧房翻新找匠心装饰，免费上门量房 0737-8816688⟧</div>
<div id="pt">⟦m 榔川茶馆 › 生活服务 › 失物招领⟧</div>
<div class="pls"><p>⟦m 河边遛弯的老周⟧</p><p>⟦m 勋章：热心茶客　护河志愿者⟧</p><p>⟦m 茶叶：1207⟧</p></div>
<div class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 19:32　|　只看楼主　|　电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已转交河滨社区，点此查看官方回复⟧</div>
<div class="po">⟦a 支持(52)　反对(0)　分享　收藏⟧</div>
</div>
<div class="reply">⟦l 2楼　鲑溪晨跑：帮顶，好人一生平安⟧</div>
<div id="ft">⟦m 榔川茶馆 版权所有 © 2008-2024⟧ ⟦m 站务热线 0737-8810020⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
今天傍晚六点多，我在鲑溪河滨步道靠近二号亭子的长椅上，捡到一条枣红色的羊绒头巾，叠得整整齐齐，旁边没有人。
头巾一角绣着一个“芸”字，看得出是手工绣的，应该是对失主很有意义的东西。我在原地等了半个多小时，没有人回来找。
现在头巾放在步道入口的河滨社区服务站，交给了值班的网格员。失主可以带上能说明头巾特征的照片去领取，也可以直接联系我：138 0737 2169（微信同号）。
麻烦各位坛友帮忙顶一下，让失主早点看到。天冷了，丢了头巾的人肯定着急。
""",
    ),
    dict(
        slug="localforum-dangshan-repost-no-burning-use-rakes",
        site="欓山在线 (invented county forum)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://bbs.dangshanzaixian.example.net/forum.php?mod=viewthread&tid=552018",
        title="欓山县林业局关于秋冬季森林防火期严禁野外焚烧落叶的通告",
        record_title="[转自县政府网] 欓山县林业局关于秋冬季森林防火期严禁野外焚烧落叶的通告 - 欓山杂谈 - 欓山在线",
        date="2024-10-28",
        notes="county forum repost: the thread title with [转自县政府网] and board/site suffix, the poster's line with a relative time (2 天前), medals, floors; the 通告's own fire-alarm number stays; date under the signature",
        page="""
!m 欓山在线 · 欓山杂谈
!m 首页 › 欓山杂谈 › 帖子
!t [转自县政府网] 欓山县林业局关于秋冬季森林防火期严禁野外焚烧落叶的通告
!m 楼主　山里人家阿旺　｜　2 天前　｜　阅读 3320　回复 27
!m 勋章：老茶友　热心网友
{BODY}
!l 沙发　帻岭老刘：今年确实查得严，我们村都发竹耙了
!l 板凳　欓溪小妹：点赞，落叶沤肥比烧了强
!a 发表回复前请先登录　｜　手机扫码看帖
!m 欓山在线站务QQ群：61800373
""",
        indent="\u3000\u3000",
        body="""
为切实做好秋冬季森林防火工作，根据《森林防火条例》等规定，现就有关事项通告如下：
一、2024年11月1日至2025年4月30日为全县森林防火期，防火期内严禁在林区及距林缘100米范围内焚烧落叶、秸秆和垃圾。
二、林下和房前屋后的落叶，提倡用竹耙收集后堆沤还田，或交由村（居）统一清运。各乡镇将为困难农户免费发放竹耙。
三、违反本通告野外用火的，由林业主管部门依法处罚；引发森林火灾的，依法追究法律责任。
森林火情报警电话：12119
欓山县林业局
2024年10月28日
""",
    ),
    dict(
        slug="download-fangge-rules-camphor-chest-store-doc-gb2312",
        site="方格资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.fanggezl.example.com/soft/zd/2024/30877.html",
        title="罭溪县档案馆樟木档案箱库房管理规定",
        record_title="罭溪县档案馆樟木档案箱库房管理规定.doc",
        date=None,
        notes="old gb2312 download station: a file-info table, three download links, an unzip password, a dead-link report and a floating ad; rules whose articles speak of 扫描/打印/下载 (content); no date (the update stamp is none)",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>罭溪县档案馆樟木档案箱库房管理规定.doc - 方格资料站</title>
<script type="text/javascript" src="/js/fg_ad.js"></script>
</head><body>
<table width="960" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 方格资料站⟧</td><td>⟦m 一格一格，攒满好资料⟧</td><td align="right"><a href="/">⟦a 设本站为主页⟧</a></td></tr>
<tr><td colspan="3">⟦m 首页 | 规章制度 | 合同范本 | 工作总结 | 应用文书⟧</td></tr>
<tr><td colspan="3">⟦m 您在这里：方格资料站 → 规章制度 → 档案管理⟧</td></tr>
</table>
<table width="960" align="center" border="1" class="info">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 罭溪县档案馆樟木档案箱库房管理规定.doc⟧</td></tr>
<tr><td>⟦m 资料大小：⟧</td><td>⟦m 28 KB⟧</td></tr>
<tr><td>⟦m 入库时间：⟧</td><td>⟦m 2024-07-03 14:26⟧</td></tr>
<tr><td>⟦m 授权方式：⟧</td><td>⟦m 免费资料⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
</td></tr></table>
<table width="960" align="center" class="down">
<tr><td>⟦a 下载地址一：电信高速下载⟧</td><td>⟦a 下载地址二：联通高速下载⟧</td><td>⟦a 下载地址三：本地下载⟧</td></tr>
<tr><td colspan="3">⟦d 解压密码：www.fanggezl.example.com　资料仅供学习交流，请于下载后24小时内删除⟧</td></tr>
<tr><td colspan="3"><a href="/report.asp?id=30877">⟦a 链接失效？点此报告死链⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td>⟦m Copyright 2009-2024 方格资料站 All Rights Reserved　皖ICP备09021877号⟧</td></tr></table>
<div id="fg_float" style="position:absolute;left:2px;top:300px">⟦w 公文代写加QQ：2851190643⟧</div>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为加强馆藏樟木档案箱的保管，防止档案受潮、生虫和霉变，制定本规定。
第二条　樟木档案箱库房实行专人管理，库房钥匙由保管员和科长分别保管，两人同时在场方可开启。
第三条　库房温度控制在14℃至24℃，相对湿度控制在45%至60%，保管员每日上午、下午各记录一次温湿度。
第四条　樟木档案箱每年五月和十月各开箱检查一次，发现霉斑、虫蛀的，立即隔离并报告。
第五条　查阅箱内档案须填写调阅单，原件不得带出库房；确需复制的，在阅览室扫描或打印，不得自行下载电子副本。
第六条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="download-qianxun-summary-rake-coop-wrapped-68",
        site="千寻下载站 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qianxunxz.example.com/zongjie/2025/0106/72251.html",
        title="帻岭镇竹耙编制专业合作社2024年工作总结",
        record_title="帻岭镇竹耙编制专业合作社2024年工作总结（doc原稿）免费领 - 千寻下载站",
        date="2024-12-28",
        notes="download station as text, the body hard-wrapped at 68 columns; a file-info line, a download button row and a 'members download faster' prompt; date under the signature (the listing date is none)",
        wrap=68,
        indent="\u3000\u3000",
        page="""
!m 千寻下载站 ｜ 千寻万找，一站下载
!m 当前位置：首页 > 工作总结 > 合作社总结
!t 帻岭镇竹耙编制专业合作社2024年工作总结（doc原稿）免费领
!m 文件类型：DOCX　｜　大小：19KB　｜　收录日期：2025-01-06　｜　下载次数：214
!m 内容预览：
{BODY}
!a 【本地下载】　【网盘下载】　【会员高速通道】
!a 开通会员享不限速下载，每天可下30篇
!l 本类排行：农民专业合作社年度工作总结 / 合作社理事长述职报告
!d 声明：本站资料均来自网络，仅供参考学习，不得用于商业用途。
""",
        body="""
2024年，合作社在镇党委、政府的支持下，坚持“小竹耙做成大产业”的思路，各项工作取得新进展。现将全年工作总结如下。
一、生产经营情况
全年收购毛竹1900吨，生产竹耙8.6万把、竹扫帚5.1万把，实现销售收入372万元，同比增长18%。产品除供应本县林场、环卫所外，还销往周边四个县市。
二、带动农户情况
合作社现有社员126户，其中脱贫户41户。社员在家加工竹齿、绑扎耙头，按件计酬，全年人均增收5300元。
三、存在问题
一是产品附加值低，竹耙单价只有十几元；二是烘干设备陈旧，阴雨天容易积压。
四、明年打算
计划新上一条竹材炭化生产线，开发园艺竹耙等新产品，争取销售收入突破450万元。
帻岭镇竹耙编制专业合作社
2024年12月28日
""",
    ),
    dict(
        slug="exam-langchuan-notice-watch-restoration-skill-test",
        site="榔川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lcrsks.example.gov.cn/ksdt/2024/0821/1730.html",
        title="2024年榔川市博物馆公开招聘文物修复（钟表）岗位技能测试的通知",
        record_title="〔考场须知〕2024年榔川市博物馆公开招聘文物修复（钟表）岗位技能测试的通知 - 榔川人事考试网",
        date="2024-08-20",
        date_also=["2024-08-21"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, a technical line; 下载并打印准考证 as content and the museum's 咨询电话 stay; the page's date differs from the notice's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔考场须知〕2024年榔川市博物馆公开招聘文物修复（钟表）岗位技能测试的通知 - 榔川人事考试网</title>
<link rel="stylesheet" href="/css/rsks.css">
<script src="/js/rsks.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统维护公告：8月24日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="rs-head">⟦m 榔川人事考试网⟧ ⟦m 榔川市人事考试中心主办⟧</div>
<ul class="rs-nav"><li>⟦m 首页⟧</li><li>⟦m 考试动态⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 考生服务⟧</li></ul>
<div class="rs-loc">⟦m 首页 / 考试动态 / 事业单位招聘⟧</div>
<div class="rs-art">
<h1>⟦t 〔考场须知〕2024年榔川市博物馆公开招聘文物修复（钟表）岗位技能测试的通知⟧</h1>
<div class="rs-info">⟦m 发布日期：2024-08-21　来源：市博物馆　访问量：2640⟧</div>
<div class="rs-con">
<p class="c">{T}</p>
{BODY}
</div>
</div>
<div class="rs-float"><a href="/zkz/">⟦a 准考证打印入口⟧</a></div>
<div class="rs-foot">⟦m 网站技术服务电话：0737-8830999（仅限系统问题）⟧ ⟦m 湘ICP备09031177号⟧</div>
</body></html>
""",
        body="""
各位考生：
2024年榔川市博物馆公开招聘文物修复（钟表）岗位笔试成绩已公布，现将技能测试有关事项通知如下。
一、测试时间：2024年8月31日上午9:00开始，考生须于8:30前到达测试地点。
二、测试地点：榔川市博物馆文保中心二楼修复室。
三、测试内容：考生在90分钟内完成一块机械怀表的拆解、清洗、组装和走时调校，由考官按操作规范和完成质量评分。
四、注意事项：考生须于8月26日至30日登录本网站下载并打印技能测试准考证，凭准考证和身份证入场；螺丝刀、镊子、放大镜等工具可自带，测试用怀表和表油由考点统一提供。
咨询电话：0737-8830512（市博物馆人事科）
榔川市博物馆
2024年8月20日
""",
    ),
    dict(
        slug="exam-yuxi-interview-heritage-posts-pdf-timetable",
        site="罭溪县人事考试中心 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yuxixian.example.gov.cn/ggtz/2024/0802/618.html",
        title="罭溪县文化馆2024年公开招聘非遗保护岗位面试公告",
        record_title="罭溪县文化馆2024年公开招聘非遗保护岗位面试公告.pdf",
        record_date="2024-08-02",
        date="2024-08-02",
        notes="file-name record title with a record date; a timetable one row a paragraph; an exam site's breadcrumb, a PDF viewer row and a consult-hours line",
        page="""
!m 罭溪县人事考试中心
!m 首页 >> 公告通知 >> 面试公告
!t 罭溪县文化馆2024年公开招聘非遗保护岗位面试公告.pdf
!a 在线预览　｜　下载PDF　｜　放大　缩小
{BODY}
!m 考务咨询时间：工作日 8:30—12:00，14:30—17:30
!m 罭溪县人事考试中心　地址：罭溪县人民路31号
""",
        body="""
根据《罭溪县文化馆2024年公开招聘工作人员简章》，现将面试有关事项公告如下。
一、面试对象：资格复审合格的考生，共12人。
二、面试安排
岗位　人数　面试时间　面试方式
蓝印花布头巾技艺传承　6　8月10日上午　实操＋答辩
竹编技艺传承　6　8月10日下午　实操＋答辩
三、实操内容：蓝印花布头巾岗位考生现场说明一条头巾的刮浆、入染和晾晒工序，并展示本人作品；竹编岗位考生现场编织一只小鱼篓的篓底。
四、考生须携带身份证和面试通知书，于面试当日提前30分钟到县文化馆一楼候考室报到。
罭溪县文化馆
2024年8月2日
""",
    ),
    dict(
        slug="tender-yuxi-bid-result-camphor-chests-lots",
        site="罭溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="http://ggzy.yuxixian.example.gov.cn/jyxx/zfcg/zbgg/2024/1106/9917.html",
        title="罭溪县博物馆樟木文物储藏箱采购项目中标结果公告",
        record_title="【中标结果速览】罭溪县博物馆樟木文物储藏箱采购项目中标结果公告-罭溪县公共资源交易中心",
        record_date="2024-11-06",
        date="2024-11-06",
        notes="tender portal: a countdown, CA and trading-system lines, a bid-lot table one row a paragraph, purchaser and agency contacts in the body; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【中标结果速览】罭溪县博物馆樟木文物储藏箱采购项目中标结果公告-罭溪县公共资源交易中心</title>
<link rel="stylesheet" href="/css/ggzy.css">
<script src="/js/countdown.js"></script>
</head><body>
<div class="g-top">⟦m 罭溪县公共资源交易中心⟧ <a>⟦a 交易系统登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<ul class="g-nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 诚信体系⟧</li></ul>
<div class="g-loc">⟦m 交易信息 &gt; 政府采购 &gt; 中标（成交）结果⟧</div>
<div class="g-art">
<h2>{T}</h2>
<div class="g-info">⟦m 信息时间：2024-11-06　阅读次数：319⟧ <span class="cd">⟦m 公示期剩余：0天18时42分⟧</span></div>
<div class="g-con">
{BODY}
</div>
<div class="g-att">⟦a 附件：中标结果公告（盖章版）.pdf⟧</div>
</div>
<div class="g-help">⟦m CA锁服务热线：400-870-3312⟧ ⟦m 交易系统技术支持：0736-7433900⟧</div>
<div class="g-foot">⟦m 罭溪县公共资源交易中心　版权所有⟧ ⟦m 湘ICP备16020145号-2⟧</div>
</body></html>
""",
        body="""
一、项目编号：YXCG-2024-0317
二、项目名称：罭溪县博物馆樟木文物储藏箱采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1包（大号樟木箱40只）　欓山樟艺木业有限公司　236800.00
2包（小号樟木箱120只）　帻岭镇老木匠家具厂　187200.00
四、主要标的信息：樟木文物储藏箱，箱体采用整板香樟木，含水率不高于12%，交货期60日历天。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：罭溪县博物馆　联系人：邬先生　电话：0736-7412385
代理机构：罭溪衡正招标代理有限公司　联系人：卓女士　电话：0736-7439611
2024年11月6日
""",
    ),
    dict(
        slug="tender-langchuan-inquiry-rakes-brooms-text",
        site="榔川政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://ccgp.langchuan.example.gov.cn/xjgg/2024/1018/44107.html",
        title="篊湾镇环境卫生管理所保洁工具采购询价公告",
        date="2024-10-18",
        notes="record title as is; an items table one row a paragraph; the purchaser's contact in the body beside the platform's hotline; a bidding-document download line of the site; date at the end",
        page="""
!m 榔川政府采购网
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2024-10-18 16:20　｜　采购方式：询价　｜　区划：罭溪县
!a 报名参与　｜　下载询价文件（需CA登录）
{BODY}
!m 平台服务热线：400-690-1077
!l 同类公告：篊湾镇中心小学课桌椅采购询价公告
!m 榔川市财政局主办　技术支持：榔川数采科技
""",
        indent="\u3000\u3000",
        body="""
篊湾镇环境卫生管理所就保洁工具采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
竹耙　18齿，柄长1.6米　300把
竹扫帚　大号，毛竹枝扎制　500把
竹编垃圾篓　口径45厘米　80只
二、供应商资格：具有独立承担民事责任的能力，近三年无违法违规记录。
三、报价方式：请于2024年10月25日17:00前将密封报价单送至篊湾镇政府二楼环卫所办公室，逾期不予受理。
四、联系人：阮立春　联系电话：0736-7461123
2024年10月18日
""",
    ),
    dict(
        slug="lawfirm-hengjin-case-note-camphor-chest-tenant",
        site="衡谨律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengjinlaw.example.com/anli/xingshi/2024/0611.html",
        title="租客搬家顺走房东的樟木箱，是盗窃还是民事纠纷？",
        record_title="以案解法｜租客搬家顺走房东的樟木箱，是盗窃还是民事纠纷？— 衡谨律师事务所",
        date=None,
        notes="law-firm site: a lawyer card, a consult float, a 400 line and a 本文链接 block with a repost notice; a case note in 【案情】【分析】【律师提示】 parts, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>以案解法｜租客搬家顺走房东的樟木箱，是盗窃还是民事纠纷？— 衡谨律师事务所</title>
<link rel="stylesheet" href="/assets/law.css">
<script src="/assets/im.js"></script>
</head><body>
<div class="l-head">⟦m 衡谨律师事务所⟧ ⟦m 衡以公允　谨以守信⟧ ⟦m 全国咨询热线 400-615-2288⟧</div>
<ul class="l-nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 典型案例⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="l-pos">⟦m 典型案例 › 刑事辩护⟧</div>
<article>
<h1>⟦t 以案解法｜租客搬家顺走房东的樟木箱，是盗窃还是民事纠纷？⟧</h1>
<div class="l-meta">⟦m 作者：衡谨律所刑事部　阅读 1,482⟧</div>
<div class="l-con">
{BODY}
</div>
<div class="l-link">⟦m 本文链接：https://www.hengjinlaw.example.com/anli/xingshi/2024/0611.html⟧<br>⟦d 转载请注明来自衡谨律师事务所，本文不构成对具体案件的法律意见⟧</div>
</article>
<div class="l-card"><p>⟦m 主办律师：甘书衡　执业证号 14307201910288461⟧</p><p>⟦w 免费咨询甘律师：139 7370 1288⟧</p></div>
<div class="l-float">⟦w 在线律师　1分钟快速回复⟧</div>
<div class="l-foot">⟦m 地址：榔川市籯湖区法苑路7号衡谨大厦12楼⟧ ⟦m 湘ICP备20061147号⟧</div>
</body></html>
""",
        body="""
【案情】房东翁某将一套老房子出租给租客史某，屋内留有一只祖传樟木箱。租约到期后，史某搬家时将樟木箱一并运走，翁某多次索要未果，遂报警。史某称樟木箱是翁某口头答应送给他的。
【分析】是否构成盗窃罪，关键看史某是否具有非法占有的目的。如果有证据证明翁某确曾口头赠与，或者史某有理由相信翁某同意，则属于民事纠纷，翁某可以提起返还原物之诉；如果史某明知樟木箱属于翁某，却趁搬家之机秘密运走，且价值达到数额较大的标准，则可能涉嫌盗窃罪。
【律师提示】出租房屋时，房东最好列明屋内物品清单，由双方签字确认，避免日后各执一词。
""",
    ),
    dict(
        slug="lawfirm-mingyuan-letter-counterfeit-headscarves-cn-date",
        site="明辕律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingyuanlaw.example.cn/wenshu/lsh/2024/0912.html",
        title="关于贵商行销售仿冒“帨云”注册商标头巾的律师函",
        record_title="【律师函样本】关于贵商行销售仿冒“帨云”注册商标头巾的律师函 - 明辕律师事务所",
        date="2024-09-09",
        notes="law firm as text: a consult prompt between two paragraphs, a firm slogan and hotline, a repost notice; the letter's own 抄送 line stays; 成文日期 in Chinese numerals",
        indent="\u3000\u3000",
        page="""
!m 明辕律师事务所 ｜ 知识产权 · 商事争议
!m 首页 › 文书范例 › 律师函
!t 【律师函样本】关于贵商行销售仿冒“帨云”注册商标头巾的律师函
!m 整理：明辕知产团队　｜　阅读 706
{BODY}
!d 本范例已隐去当事人敏感信息，仅供参考，转载请注明出处。
!w 商标维权咨询：0737-8879505（明辕律所知产部）
!l 相关文书：商标侵权警告函　｜　停止侵权通知书
""",
        body="""
榔川市籯湖区锦绣服饰商行：
明辕律师事务所接受榔川帨云服饰有限公司（以下简称“委托人”）的委托，指派本所律师就贵商行销售仿冒“帨云”注册商标头巾一事，郑重致函如下：
委托人依法享有第25类“帨云”注册商标专用权。经委托人调查，贵商行自今年6月起在其门店及网店销售印有“帨云”标识的丝质头巾，该商品并非委托人生产或授权销售。
⟦w 遇到商标被仿冒？明辕律师一对一帮您维权，点击留言⟧
贵商行的上述行为已构成商标侵权。本所律师特此要求贵商行：一、自收到本函之日起立即停止销售侵权头巾；二、于十日内书面说明侵权商品的进货来源和销售数量。
如贵商行置之不理，委托人将依法追究贵商行的法律责任。
明辕律师事务所
律师：左思远
二〇二四年九月九日
抄送：榔川帨云服饰有限公司
""",
    ),
]
