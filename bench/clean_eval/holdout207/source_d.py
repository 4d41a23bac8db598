"""holdout207, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-jizhou-mower-dawn-noise-jammer",
        site="鲚州在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.jizhou-online.example.cn/thread-1290447-1-1.html",
        title="小区物业早上六点就开割草机，吵得没法睡",
        record_title="[民生直通车] 小区物业早上六点就开割草机，吵得没法睡 - 百姓呼声 - 鲚州在线论坛",
        date=None,
        notes="county forum: weather line, medals, a decoration ad, a forwarded-to-bureau link, jammer fonts; "
        "a street office's phone inside the post stays; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[民生直通车] 小区物业早上六点就开割草机，吵得没法睡 - 百姓呼声 - 鲚州在线论坛</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div id="hd">
<span class="weather">⟦m 鲚州今天：多云转晴 24～31℃ 东南风2级⟧</span>
<a href="/member.php?mod=logging">⟦a 登录⟧</a> <a href="/member.php?mod=register">⟦a 快速注册⟧</a>
</div>
<div class="logo">⟦m 鲚州在线论坛 · 鲚州人自己的网上家园⟧</div>
<div id="pt">⟦m 鲚州在线 › 民生 › 百姓呼声 › 帖子详情⟧</div>
<div class="ad-top">⟦w 老尹装修，鲚州本地十年口碑，免费上门量房 13807361194⟧</div>
<h1 class="ts">{T}</h1>
<table class="pl">
<tr><td class="pls">
<p>⟦m 鳑苑老住户⟧</p>
<p>⟦m 勋章：热心网友 · 本地通 · 三年坛龄⟧</p>
</td>
<td class="plc">
<div class="pti">⟦m 发表于 2 小时前 | 只看楼主 | 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已转交鲽城区城市管理局，点此查看办理答复⟧</div>
<div class="po">⟦a 回复　加分　收藏　分享　举报⟧</div>
</td></tr>
</table>
<div class="replies">
<p>⟦l 2# 楼上楼下：我们小区也是，七点前就开始了⟧</p>
<p>⟦l 3# 江边钓鱼佬：支持，建议打12345⟧</p>
</div>
<div id="ft">⟦m 鲚州在线论坛　湘ICP备15007321号　违法和不良信息举报：0736-2290110⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
我住鳑苑小区6栋，楼下就是小区中心绿地。这半个月，物业请来的绿化队每天早上六点不到就开割草机，嗡嗡声一响就是一个多小时，整栋楼的人都被吵醒了。
家里老人睡眠本来就不好，孩子马上中考，天天早上被吵醒，白天上课都没精神。我下楼找过割草的师傅，他们说是物业定的时间，要赶在太阳出来前割完，不然天热干不动。
我能理解工人辛苦，但六点前开机实在太早了。我打过鳑苑街道办的电话0736-2230517，工作人员说会转给物业，可到现在还是老样子。
想问问论坛里的朋友，割草作业有没有规定的时间？小区里的噪声应该找哪个部门管？
""",
    ),
    dict(
        slug="localforum-lianyang-night-market-mosquito-lamps-subject",
        site="鲢阳论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.lianyang-bbs.example.com/forum.php?mod=viewthread&tid=77310",
        title="夜市摊位挂的灭蚊灯噼啪响，能不能统一管管",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject line holds it; an 'edited by' line glued before the first "
        "words; relative post time (no date)",
        page="""
!m 鲢阳论坛 › 城事杂谈 › 正文
{T}
!m 楼主　滨河夜猫子　发表于 6 天前　　查看 2604　回复 41
{BODY}
!a 收藏　|　分享　|　支持 57
!l 沙发　三中门口卖粉的：我家摊子就挂了一盏，明天改到旁边去
!l 板凳　路过看看：电线泡水里太吓人了
!l 本帖已被版主推荐到首页“热帖”
!a 发表回复前请先登录
!m 鲢阳论坛　客服QQ群：583201774
""",
        body="""
⟦m 本帖最后由 滨河夜猫子 于 6 天前 编辑⟧鲢阳县城滨河路夜市这两年越办越红火，可最近有个问题越来越让人头疼：不少摊位为了防蚊子，在摊棚下挂了电网式灭蚊灯，有的一个摊位挂两三盏，蓝紫色的灯一片一片的。
吃着烧烤，头顶“噼啪噼啪”响个不停，还时不时掉下烧焦的飞虫，有一次直接掉进了我朋友的啤酒杯里。更让人担心的是，这些灯的电线大多是从隔壁店面拉过来的，拖在地上，有的还泡在洗碗的积水里。
建议市场管理部门统一管一管：灭蚊灯别挂在餐桌正上方，电线要架空走、加防水插座，有条件的改用吸入式的，又安静又干净。
大家觉得呢？
""",
    ),
    dict(
        slug="download-linji-chainsaw-rules-gb2312-file-table",
        site="林机资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.linji-down.example.com/soft/anquan/2024/1877.html",
        title="油锯作业安全操作规程",
        record_title="油锯作业安全操作规程[Word原件] 免费下载 - 林机资料下载站",
        date=None,
        notes="download station: file-info table (an update stamp is no date), three download links, an unzip "
        "password, a dead-link report; rules with 第N条 articles and no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>油锯作业安全操作规程[Word原件] 免费下载 - 林机资料下载站</title>
<link href="/skin/down.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ads_top.js"></script>
</head>
<body>
<table width="980" align="center" border="0"><tr>
<td><img src="/skin/logo.gif"></td>
<td>⟦m 林机资料下载站 —— 林业机械资料，一站下全⟧</td>
</tr></table>
<table width="980" align="center" class="menu"><tr><td>⟦m 首页 | 安全规程 | 维修手册 | 配件图册 | 培训课件 | 会员中心⟧</td></tr></table>
<table width="980" align="center"><tr><td class="dh">⟦m 当前位置：首页 → 安全规程 → 油锯作业安全操作规程⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 授权方式：免费共享⟧</td><td>⟦m 更新时间：2024-02-26⟧</td></tr>
<tr><td>⟦m 下载热度：★★★★☆⟧</td><td>⟦m 累计下载：2381⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="jj">⟦m 资料预览：⟧</td></tr>
<tr><td class="txt">
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a 电信线路下载⟧　⟦a 联通线路下载⟧　⟦a 本地备用下载⟧</td></tr>
<tr><td>⟦d 解压密码统一为：www.linji-down.example.com⟧</td></tr>
<tr><td><a href="/report.asp?id=1877">⟦a 下载地址失效？点此告诉管理员⟧</a></td></tr>
</table>
<table width="980" align="center" class="foot">
<tr><td>⟦d 本站资料多来自网友收集，只供学习交流，如有侵权请邮件联系删除。⟧</td></tr>
<tr><td>⟦m Copyright © 2006-2024 linji-down.example.com　黔ICP备07011623号⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范油锯作业，防止发生人身伤害和森林火灾事故，制定本规程。
第二条　油锯操作人员须经培训考核合格，持证上岗；未满十八周岁或身体不适者不得操作油锯。
第三条　作业前应检查链条张紧度、链条制动器、油门锁和火花罩，发现异常不得启动。
第四条　启动油锯时应将油锯放在平地上，双脚站稳，链条周围不得有人。
第五条　作业时应双手握锯，禁止单手操作，禁止用导板前端上部锯切，防止反弹伤人。
第六条　两名以上人员同时伐木时，间距不得小于树高的两倍。
第七条　加油须在熄火冷却后进行，加油点距离作业点不少于3米，严禁吸烟。
第八条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-baizi-heater-dealer-contract-template-wps",
        site="百资下载站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.baizi-xiazai.example.net/hetong/gouxiao/5521.html",
        title="取暖器经销合同",
        record_title="取暖器经销合同.wps",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks, 第N条 articles and "
        "＿＿＿＿年＿＿月＿＿日 (no date); an update stamp is no date",
        page="""
!m 百资下载站 › 合同范本 › 购销合同
!t 取暖器经销合同.wps
!m 文件大小：21KB　　格式：WPS　　更新：2024-10-09　　下载：618次
!a 【高速下载】　【普通下载】　【网盘下载】
!m 内容预览：
{T}
{BODY}
!a 预览到此结束，完整可编辑版请点上方按钮获取
!d 本站资源均收集自网络，版权归原作者，仅供参考使用。
!l 同类资料：家电购销合同.doc　|　小家电代理经销协议.wps
""",
        body="""
甲方（供货方）：××电器有限公司
乙方（经销方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》等有关规定，甲乙双方经平等协商，就乙方经销甲方取暖器产品事宜达成如下协议：
第一条　经销产品为甲方生产的××牌电暖器、暖风机和油汀，具体型号、数量和价格见本合同附表。
第二条　甲方保证所供产品已取得3C认证，并随货提供合格证、说明书和保修卡。
第三条　乙方应在＿＿＿＿区域内销售，不得跨区域低价销售。
第四条　产品自售出之日起整机保修＿＿年，保修期内非人为损坏由甲方免费维修。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="rsks-jizhou-gardener-appraisal-notice-mower-timetable",
        site="鲚州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.jizhou.example.gov.cn/jdgg/2024/0829/10293.html",
        title="关于2024年第二批园林绿化工职业技能等级认定的通知",
        record_title="〔认定公告〕关于2024年第二批园林绿化工职业技能等级认定的通知-鲚州人事考试网",
        date="2024-08-28",
        notes="personnel-exam site: maintenance banner, an admission-ticket float, a technical line beside the "
        "appraisal centre's own 咨询电话; a timetable one row a paragraph; 'download and print the admission "
        "ticket' is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔认定公告〕关于2024年第二批园林绿化工职业技能等级认定的通知-鲚州人事考试网</title>
<link rel="stylesheet" href="/css/rsks.css">
<script src="/js/float-entry.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护提示：9月1日0:00至6:00网上报名服务暂停⟧</div>
<div class="header"><span>⟦m 鲚州人事考试网⟧</span><span>⟦m 鲚州市人力资源和社会保障局主办⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 技能认定⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书办理⟧</li></ul>
<div class="loc">⟦m 现在的位置：首页 &gt; 技能认定 &gt; 认定公告⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="info">⟦m 时间：2024-08-29　来源：市职业技能鉴定中心　阅读：3618⟧</p>
<div class="article">
{BODY}
</div>
<div class="tools">⟦a 〔打印页面〕〔关闭页面〕⟧</div>
</div>
<div class="float-entry">⟦a 准考证打印通道⟧<br>⟦a 成绩查询通道⟧</div>
<div class="footer">
<p>⟦m 主办：鲚州市人力资源和社会保障局⟧</p>
<p>⟦m 网站技术支持：0736-8215999（仅受理网站使用问题）⟧</p>
<p>⟦m 湘ICP备09004118号-5⟧</p>
</div>
</body>
</html>
""",
        body="""
各有关单位、各位考生：
根据年度工作安排，我中心将组织2024年第二批园林绿化工职业技能等级认定。现将有关事项通知如下：
一、认定等级：五级（初级工）、四级（中级工）。
二、认定方式：分理论知识考试和操作技能考核，操作技能考核含割草机安全操作、绿篱修剪和草坪病虫害识别三个项目。
三、时间安排：
项目　时间　地点
理论知识考试　9月14日上午　鲚州技师学院
操作技能考核　9月15日全天　市园林苗圃实训基地
四、考生须于9月11日至13日登录本网站下载并打印准考证，考试时凭准考证和身份证入场。操作技能考核时须穿长裤和防滑鞋，自备护目镜。
咨询电话：0736-8215067（鲚州市职业技能鉴定中心）
鲚州市职业技能鉴定中心
2024年8月28日
""",
    ),
    dict(
        slug="rsks-pingling-ranger-practical-test-chainsaw",
        site="鲆岭人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.plrsks.example.gov.cn/zkgg/20241010/551.html",
        title="鲆岭县2024年公开招聘专职护林员实操考核公告",
        record_title="【招考公告】鲆岭县2024年公开招聘专职护林员实操考核公告_鲆岭人事考试信息网",
        date="2024-10-10",
        notes="exam site text page: a site helpdesk line beside the bureau's own 咨询电话; a list of rules; "
        "成文日期 under the signature; a share row on a line of its own between paragraphs",
        page="""
!m 鲆岭人事考试信息网
!m 首页 >> 招考公告 >> 事业单位
{T}
!m 发布日期：2024-10-10　　发布单位：县人社局　　浏览次数：1207
{BODY}
!a 〖我要打印〗　〖关闭本页〗
!m 网站运维电话：0746-3812999（不受理考试政策咨询）
!m 鲆岭县人力资源和社会保障局　版权所有
""",
        body="""
根据《鲆岭县2024年公开招聘专职护林员公告》，现将实操考核有关事项公告如下：
一、考核对象：笔试成绩合格并通过资格复审的48名考生（名单另行公示）。
二、考核时间：2024年10月19日上午8:30开始，考生须于8:00前到达。
三、考核地点：鲆岭县国有林场鲱口工区。
⟦l 分享到：朋友圈　QQ　微博⟧
四、考核内容：油锯启动与安全检查、定向伐木、灭火器使用，满分100分，60分为合格。
五、注意事项：考核用油锯由考点统一提供，考生不得自带；考生须穿长裤、运动鞋，不得穿拖鞋、凉鞋参加考核。
咨询电话：0746-3812270
鲆岭县人力资源和社会保障局
2024年10月10日
""",
    ),
    dict(
        slug="tender-luchuan-mosquito-lamp-bid-result-lots",
        site="鲈川县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.luchuan.example.gov.cn/jyxx/zfcg/zbgg/20240530/88412.html",
        title="鲈川县城区公园及公共绿地灭蚊灯采购项目中标结果公告",
        record_title="【中标结果·公示】鲈川县城区公园及公共绿地灭蚊灯采购项目中标结果公告_鲈川县公共资源交易网",
        record_date="2024-05-30",
        date="2024-05-30",
        notes="tender portal: a countdown, CA and trading-system lines beside the purchaser's and agency's own "
        "contacts; bid lots one row a paragraph; record date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【中标结果·公示】鲈川县城区公园及公共绿地灭蚊灯采购项目中标结果公告_鲈川县公共资源交易网</title>
<link rel="stylesheet" href="/css/ggzy.css">
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 鲈川县公共资源交易网⟧　⟦m 鲈川县公共资源交易中心主办⟧　<a>⟦a 交易主体登录⟧</a></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 监督投诉⟧</li></ul>
<div class="crumb">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 中标（成交）公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="meta">⟦m 信息时间：2024-05-30　　阅读次数：412⟧</div>
<div class="count">⟦m 距公示期结束还剩：0天18时42分⟧</div>
<div class="ewb-text">
{BODY}
</div>
<div class="fj">⟦a 附件：中标通知书（扫描件）.pdf　点击下载⟧</div>
</div>
<div class="service">
<p>⟦m CA数字证书办理咨询：0739-6809900⟧</p>
<p>⟦m 电子交易系统技术支持：400-660-7135⟧</p>
</div>
<div class="foot">⟦m 鲈川县公共资源交易中心　地址：鲈川县政务服务中心四楼　湘ICP备16011072号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：LCCG-2024-0517
二、项目名称：鲈川县城区公园及公共绿地灭蚊灯采购项目
三、中标信息：
包号　中标供应商　中标金额　数量
1包　鲚州亮洁环境科技有限公司　18.60万元　120盏
2包　鲈川县绿荫园林服务有限公司　9.72万元　66盏
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：
采购人：鲈川县城市管理和综合执法局　联系人：滕一舟　电话：0739-6809132
代理机构：鲚州正衡招标咨询有限公司　联系人：焦可人　电话：0736-2156640
鲚州正衡招标咨询有限公司
2024年5月30日
""",
    ),
    dict(
        slug="tender-lianyang-mower-inquiry-items",
        site="鲢阳县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.lianyang.example.gov.cn/cggg/xjgg/20240603/3391.html",
        title="鲢阳县公路养护中心割草机采购询价公告",
        date="2024-06-03",
        notes="record title as is; items table one row a paragraph; 'download the inquiry file' is content; a "
        "platform hotline beside the purchaser's own contact; 成文日期 under the signature",
        page="""
!m 鲢阳县政府采购网 ＞ 采购公告 ＞ 询价公告
{T}
!m 发布时间：2024-06-03 15:20　　浏览：188
!a 【我要报名】　【收藏公告】
{BODY}
!m 平台客服热线：400-688-2315（工作日 8:30—17:30）
!d 本网发布的采购信息以采购人和代理机构提供的原件为准。
!m 鲢阳县财政局主办　湘ICP备14002259号
""",
        body="""
鲢阳县公路养护中心就公路绿化带割草机采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容：
序号　品名　规格要求　数量
1　手推式汽油割草机　刀盘宽度不小于46厘米　6台
2　背负式割灌机　排量不小于40cc　8台
3　防护面罩及护目镜　符合国家标准　20套
二、供应商资格：具有独立法人资格，近三年无重大违法记录。
三、报价方式：请于6月7日17时前登录交易平台下载询价文件，按要求密封报价。
四、联系人：鲢阳县公路养护中心　姚清远　电话：0735-4310526
鲢阳县公路养护中心
2024年6月3日
""",
    ),
    dict(
        slug="lawfirm-hengping-case-shower-head-burst",
        site="鲚州衡平律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengping-law.example.cn/anli/2024/0712/408.html",
        title="花洒突然爆裂致人受伤，商家该不该赔？",
        record_title="衡平说案 · 花洒突然爆裂致人受伤，商家该不该赔？｜鲚州衡平律师事务所",
        date=None,
        notes="law firm: 400 line, lawyer card, consult float, a page-address block and a repost notice; a consult "
        "prompt glued after the last sentence; a case note with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>衡平说案 · 花洒突然爆裂致人受伤，商家该不该赔？｜鲚州衡平律师事务所</title>
<link rel="stylesheet" href="/assets/css/law.css">
<script src="/assets/js/consult-float.js"></script>
</head>
<body>
<header>
<div class="logo">⟦m 衡平律师事务所　HENGPING LAW FIRM⟧</div>
<div class="hotline">⟦m 全国服务热线 400-833-6207⟧</div>
<nav>⟦m 首页　律所简介　专业领域　律师团队　衡平说案　联系我们⟧</nav>
</header>
<div class="crumb">⟦m 首页 / 衡平说案 / 消费维权⟧</div>
<div class="case">
<h1>{T}</h1>
<div class="meta">⟦m 作者：衡平律所消费者权益团队　阅读 1,377⟧</div>
<div class="case-body">
{BODY}
</div>
<div class="url">⟦m 本文地址：https://www.hengping-law.example.cn/anli/2024/0712/408.html⟧</div>
<div class="repost">⟦d 转载请注明来源于衡平律所官网，并保留原文链接。⟧</div>
</div>
<aside>
<div class="lawyer-card">⟦m 主办律师：陆望舒　执业证号 14306201910876554　擅长产品责任、消费纠纷⟧</div>
<div class="float-consult">⟦w 在线律师 · 5分钟回复　立即咨询⟧</div>
</aside>
<footer>⟦m 鲚州衡平律师事务所　地址：鲚州市滨江路168号金融大厦21层　湘ICP备17023390号⟧</footer>
</body>
</html>
""",
        body="""
【案情】2023年冬，市民王女士在家洗澡时，新买不到两个月的花洒突然从手柄处爆裂，热水和碎片喷出，造成她手臂烫伤和划伤，花去医疗费六千余元。王女士找到销售该花洒的网店索赔，网店称花洒是生产厂家的责任，拒绝赔偿。
【法院观点】法院审理认为，经鉴定，涉案花洒手柄材料不符合国家标准，属于缺陷产品。根据民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向销售者请求赔偿。销售者赔偿后，可以向生产者追偿。最终法院判决网店赔偿王女士医疗费、误工费等共计九千余元。
【律师提醒】购买花洒等卫浴产品要保留购物凭证和产品包装；发生事故后及时拍照留存损坏的产品，不要自行丢弃，以便日后鉴定和维权。⟦w 遇到类似纠纷？留下电话，律师免费回电⟧
""",
    ),
    dict(
        slug="lawfirm-zhengyan-letter-heater-fire",
        site="鲈川正言律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="http://www.zhengyan-lawyer.example.com/wenshu/1203.html",
        title="关于贵方所售取暖器存在质量问题的律师函",
        record_title="【文书样本】关于贵方所售取暖器存在质量问题的律师函 - 正言律师事务所",
        date="2024-12-03",
        notes="law firm text page: a 400 line and a consult line beside the lawyer's own phone in the letter; "
        "成文日期 under the signature",
        page="""
!m 正言律师事务所 · 鲈川
!m 免费咨询热线：400-096-1188
!m 首页 > 法律文书 > 律师函
{T}
!m 发布人：正言律所　　浏览：402
{BODY}
!w 需要律师帮您发函？微信扫码或致电 400-096-1188
!l 上一篇：关于拖欠货款的律师函
!l 下一篇：房屋租赁押金纠纷律师函
!d 本页文书已隐去当事人信息，仅作示例，请勿直接套用。
""",
        body="""
鲚州暖阳电器商行：
鲈川正言律师事务所接受孙立平先生的委托，指派本所陆沉舟律师，就贵商行销售的取暖器存在质量问题一事，致函如下：
2024年11月2日，委托人在贵商行购买“暖阳”牌油汀取暖器一台。同月20日夜间，该取暖器在正常使用中外壳起火，烧毁委托人家中窗帘和部分家具，所幸未造成人员伤亡。经消防部门认定，起火原因为取暖器内部线路故障。
根据相关法律规定，贵商行作为销售者，应对委托人的损失承担赔偿责任。请贵商行在收到本函之日起七日内与本律师联系，协商赔偿事宜。逾期未予答复，委托人将依法提起诉讼。
联系人：陆沉舟律师　电话：13973605218
鲈川正言律师事务所
2024年12月3日
""",
    ),
]
