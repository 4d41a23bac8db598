"""holdout365, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-wuxi-bouncy-night-noise-jammer",
        site="骛城百事通论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.wcbaishitong.com/forum.php?mod=viewthread&tid=882047",
        title="小区楼下半夜拍跳跳球，能不能管管？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject is the title; weather line, medals, jammer fonts, a decoration ad and a forward-to-the-street-office link; relative times only, so no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>骛城百事通论坛 - 骛城人自己的网上家园</title>
<script src="static/js/forum_viewthread.js"></script>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="toptb">⟦m 今日骛城：多云转晴 17～26℃　东南风2级⟧ ⟦a 手机版⟧ ⟦a 登录 | 注册百事通账号⟧</div>
<div id="hd">⟦m 骛城百事通论坛⟧</div>
<div id="pt">⟦m 百事通 › 民生杂谈 › 邻里之间⟧</div>
<div class="ad_banner">⟦w 旧房翻新找骛城匠心装饰，免费上门量房 QQ 3109428815⟧</div>
<table class="plhin">
<tr>
<td class="pls">
<div class="authi">⟦m 骛溪老住户⟧</div>
<p>⟦m 勋章：热心网友　十年老粉⟧</p>
</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 22:41　｜　只看该作者　｜　电梯直达⟧</div>
<div class="t_fsz">
<table><tr><td class="t_f">
{BODY}
</td></tr></table>
</div>
<div class="po">⟦a 支持(57)　反对(3)　收藏　举报⟧</div>
<div class="zhuanjiao">⟦l ➜ 本帖已转交骛溪街道办事处，点此查看办理进度⟧</div>
</td>
</tr>
</table>
<div class="reply">⟦l 2楼　阕坪小老乡：同感，我们小区也有，吵到半夜⟧</div>
<div class="reply">⟦l 3楼　七月流火：孩子暑假在家没处去，能理解但要有个时间⟧</div>
<div id="f_pst">⟦a 参与讨论需先登录百事通⟧</div>
<div id="ft">⟦m 骛城百事通论坛 版权所有　豫ICP备11020478号-1⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我家住骛溪花园6栋二楼，楼下是小区的小广场。最近一个多月，每天晚上九点以后，总有几个半大孩子在广场上拍跳跳球，一直拍到十一点多。
跳跳球砸在地砖上“咚咚”响，弹起来还会撞到单元门的铁皮上，声音特别刺耳。家里老人睡眠不好，孩子第二天还要上学，全家都被吵得睡不着。
我下楼劝过两次，孩子们答应得好好的，第二天照样拍。也找过物业，物业说广场是公共区域，只能劝，不能管。
想问问大家：这种情况到底归谁管？能不能在广场上立个牌子，晚上九点以后禁止拍球？也希望家长们管管自家孩子，玩可以，别影响别人休息。
""",
    ),
    dict(
        slug="localforum-heyang-bridge-bumps-mount-junk",
        site="壑阳在线论坛 (invented county forum, text)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.heyangzx.cn/read-htm-tid-1173820.html",
        title="壑阳大桥北引道那段路颠得车载支架直往下掉",
        record_title="[出行闹心事] 壑阳大桥北引道那段路颠得车载支架直往下掉（在线等处理）- 壑阳在线论坛",
        date=None,
        notes="county forum text with anti-scraping junk as lines and glued after 。; a relative post time only; an official-reply link below",
        page="""
!m 壑阳在线论坛 › 交通出行 › 路况反映
!t [出行闹心事] 壑阳大桥北引道那段路颠得车载支架直往下掉（在线等处理）
!m 楼主：老城跑车人　　发表于 4 天前　　查看 3310　回复 42
{BODY}
!a 顶一下　　踩　　收藏本帖
!l 【官方回复】县交通运输局：已转养护中心现场核查
!l 沙发：嶴口阿强　那两道减速带确实离得太近
!a 注册会员即可回帖，游客只能浏览
!m 壑阳在线 heyangzx.cn　网站客服QQ群：61877204
""",
        junk=dict(lines=1, glued=2),
        body="""
每天上下班都要走壑阳大桥北引道，桥头到加油站那三百来米，路面坑坑洼洼，还有两道减速带挨得特别近。
我车上装的是出风口支架，每次过这段路，手机都要被颠下来一回。上周过减速带的时候手机又掉了，我下意识伸手去接，方向一偏，差点蹭到旁边的电动车，吓出一身冷汗。
问了几个同事，好几个人都遇到过这种情况。大家开玩笑说，这段路是“支架检测路”，哪款支架结实，过一趟就知道了。
玩笑归玩笑，还是希望有关部门能尽快把这段路修一修，减速带也调整一下间距。也提醒各位车友，支架没夹稳就别硬撑，掉了也千万别伸手去捡，靠边停车再说。
""",
    ),
    dict(
        slug="download-yichen-mount-rules-wps-gb2312",
        site="易得下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规定/制度",
        kind="other",
        form="html",
        source="http://www.yide-down.com/soft/gwfw/20250618/61833.html",
        title="网约车驾驶员车载设备使用管理制度",
        record_title="网约车驾驶员车载设备使用管理制度.wps",
        date=None,
        notes="file-name record title; old gb2312 download page: file-info table, three mirror links, an unzip password, a dead-link report; rules with 第N条 articles and an 'effective on issue' clause, so no date; update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>网约车驾驶员车载设备使用管理制度.wps - 易得下载站</title>
<script language="javascript" src="/js/yd_ad.js"></script>
</head>
<body bgcolor="#FFFFFF">
<table width="950" align="center" border="0">
<tr><td>⟦m 易得下载站 — 文档·软件·素材 一站易得⟧</td><td align="right">⟦a 设易得为首页⟧ ⟦a 收藏易得⟧</td></tr>
<tr><td colspan="2" bgcolor="#2F5496">⟦m 首页 | 公文范本 | 规章制度 | 合同协议 | 表格模板 | 软件下载⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellpadding="4" bordercolor="#CCCCCC">
<tr><td colspan="2">⟦m 当前位置：易得下载站 &gt;&gt; 规章制度 &gt;&gt; 交通运输⟧</td></tr>
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：24 KB⟧</td><td>⟦m 文件类型：.wps（WPS文字）⟧</td></tr>
<tr><td>⟦m 更新时间：2025-06-18⟧</td><td>⟦m 授权方式：免费　　下载次数：1406⟧</td></tr>
<tr><td colspan="2">⟦m 运行环境：WPS Office / Word 2007及以上⟧</td></tr>
<tr><td colspan="2">⟦d 资料简介：以下为该文档的文字预览，排版以下载后原件为准⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载通道：【电信高速】【联通高速】【备用线路】⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.yide-down.com⟧</td></tr>
<tr><td colspan="2">⟦a 链接失效了？点这里报告，管理员24小时内修复⟧</td></tr>
</table>
<table width="950" align="center">
<tr><td>⟦l 同类资源：出租车驾驶员安全行车管理规定.doc　货运车辆GPS监控管理办法.wps⟧</td></tr>
<tr><td align="center">⟦d 本站资源来自网络，仅供学习交流，请于下载后24小时内删除⟧　⟦m 鲁ICP备13024475号⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范本公司网约车驾驶员行车中使用车载设备的行为，保障乘客和驾驶员安全，根据有关法律法规和平台安全管理规定，制定本制度。
第二条　本制度所称车载设备，是指驾驶员在车内使用的手机、车载手机支架、行车记录仪、车内监控终端等设备。
第三条　驾驶员应当在车内安装车载手机支架，支架应固定牢靠，安装位置不得遮挡视线和安全气囊。
第四条　车辆行驶中，驾驶员不得手持手机接打电话、查看订单或者操作导航。需要操作手机的，应当在安全地点停车后进行。
第五条　驾驶员接单、导航应当使用语音播报功能，手机屏幕亮度应当调整适当，夜间不得开启强光。
第六条　车队每月对所属车辆车载设备安装情况抽查一次，抽查结果纳入驾驶员月度考核。
第七条　驾驶员违反本制度第三条、第四条规定的，第一次给予警告并组织安全再教育，一年内累计三次的，停止派单七日。
第八条　本制度由公司安全运营部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="download-ziliaoku-bouncy-kindergarten-plan-decimal",
        site="资料库下载中心 (invented download site, text)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://down.ziliaoku365.com/jiaoan/youer/118240.html",
        title="幼儿园跳跳球户外活动实施方案",
        record_title="幼儿园跳跳球户外活动实施方案（含分龄玩法）0积分下载 - 资料库下载中心",
        date="2025-03-03",
        notes="download-site text: file box, download buttons, a points prompt; decimal headings 1.1–3.3; 成文日期 under the kindergarten's name; update stamp is no date",
        page="""
!m 资料库下载中心　教案·课件·方案
!m 首页 » 幼儿教育 » 活动方案
!t 幼儿园跳跳球户外活动实施方案（含分龄玩法）免费下载
!m 资料格式：DOCX　｜　大小：19KB　｜　更新：2025-04-08　｜　下载量：733
!a ⬇ 本地下载　⬇ 网盘下载　（会员免积分）
!d 预览内容如下，格式以原文件为准：
{BODY}
!a 觉得有用？下载后记得回来打个分 ★★★★★
!l 相关下载：幼儿园户外自主游戏区域规划方案 ｜ 中班体育游戏教案《小球跳跳跳》
!m 资料库下载中心 ziliaoku365.com　客服邮箱：help@ziliaoku365.com
""",
        body="""
为丰富幼儿户外活动内容，发展幼儿走、跑、跳、拍等基本动作，结合我园场地和器材实际，制定本方案。
1 活动目标
1.1 小班幼儿能双手拍球、原地接球，体验弹跳游戏的乐趣。
1.2 中班幼儿能单手连续拍球，在指定区域内追球、接球。
1.3 大班幼儿能与同伴合作开展对弹、接力等游戏，遵守游戏规则。
2 场地与器材
2.1 活动场地为园内东侧塑胶场地，划分为三个游戏区，各区之间设置隔离带。
2.2 选用直径不小于5厘米、无异味、有警示标识的实心跳跳球，每区投放不超过10个。
3 组织与安全
3.1 各班按户外活动时间表轮流使用场地，每次活动不少于两名教师看护。
3.2 活动前检查器材，活动结束后清点收回，发现破损立即停用。
3.3 教育幼儿不把跳跳球放进嘴里，不对着同伴头部抛球。
4 家园共育
通过家长会和班级群向家长介绍跳跳球的安全玩法，鼓励亲子在家共同游戏。
壑阳县嶴口镇鹲湾幼儿园
2025年3月3日
""",
    ),
    dict(
        slug="exam-heyang-oral-care-skills-timetable-ticket",
        site="壑阳人力资源考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hyrsks.gov.cn/ksgg/2025/07/28/10331.html",
        title="2025年第二批口腔保健员职业技能等级认定考试公告",
        record_title="【技能等级·口腔保健员】2025年第二批口腔保健员职业技能等级认定考试公告_壑阳人力资源考试网",
        date="2025-07-25",
        date_also=["2025-07-28"],
        notes="exam site: maintenance banner, admission-ticket float; an exam timetable one row a paragraph; 下载/打印 准考证 as content; the exam centre's 咨询电话 beside the site's technical line; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【技能等级·口腔保健员】2025年第二批口腔保健员职业技能等级认定考试公告_壑阳人力资源考试网</title>
<script src="/js/ks_main.js"></script>
</head>
<body>
<div class="ks-notice">⟦d 系统公告：7月30日22:00至次日6:00报名系统停机升级，请错峰操作⟧</div>
<div class="ks-head">⟦m 壑阳人力资源考试网　公平 公正 便民⟧</div>
<ul class="ks-nav">⟦m <li>首页</li><li>考试公告</li><li>网上报名</li><li>成绩查询</li><li>证书查询</li>⟧</ul>
<div class="ks-pos">⟦m 当前位置：首页 / 考试公告 / 职业技能⟧</div>
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2025-07-28　信息来源：县人力资源考试中心　阅读：2864⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-float">⟦a 🎫 准考证打印入口⟧</div>
<div class="ks-links">
<h4>⟦l 考试公告·近期⟧</h4>
<p>⟦l 2025年下半年育婴员技能等级认定报名通知⟧</p>
<p>⟦l 关于2025年第一批养老护理员证书领取的通知⟧</p>
</div>
<div class="ks-foot">⟦m 网站运维及技术问题：0736-5829000⟧　⟦m 壑阳县人力资源和社会保障局主办　湘ICP备09022601号⟧</div>
</body>
</html>
""",
        body="""
根据县人力资源和社会保障局工作安排，2025年第二批口腔保健员职业技能等级认定考试定于8月举行。现将有关事项公告如下。
一、报考对象
在医疗机构、养老机构、社区卫生服务机构从事口腔保健工作，符合相应等级申报条件的人员。
二、考试安排
科目　时间　地点
理论知识　8月16日9:00—10:30　壑阳县职业技术学校
技能操作　8月17日8:30—17:00　壑阳县人民医院口腔技能培训室
技能操作考试包括口腔检查记录、刷牙及牙线使用指导、冲牙器使用指导三个项目，考生需自备工作服和口罩，冲牙器等设备由考点统一提供。
三、准考证打印
考生请于8月11日至15日登录县人力资源考试网下载并打印准考证，凭准考证和身份证参加考试。
四、咨询方式
考务咨询电话：0736-5829135（工作日8:30—17:00）
壑阳县人力资源考试中心
2025年7月25日
""",
    ),
    dict(
        slug="exam-zhouchuan-driving-to-test-mount-tips",
        site="鸼川人事考试网 (invented personnel-exam site, text)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.zhouchuan.gov.cn/kwtz/20251104/7720.html",
        title="关于考生驾车前往笔试考点的温馨提示",
        record_title="【赶考路上】关于考生驾车前往笔试考点的温馨提示_鸼川人事考试网",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="exam-site tip: numbered points, a sentence about fixing the phone on a car mount; 成文日期 under the signature, posting date also accepted; a floating service QR line",
        page="""
!m 鸼川人事考试网
!m 首页 > 考务通知 > 事业单位招聘
{T}
!m 发布时间：2025-11-04 15:20　来源：县人事考试中心
!a 【阅读字号：加 · 减】
{BODY}
!a 关注“鸼川人事考试”服务号，考试提醒不错过
!l 相关链接：2025年鸼川县事业单位公开招聘笔试考场安排
!m 技术支持：鸼川县信息中心　｜　网站运维电话 0738-6619000
""",
        body="""
各位考生：
2025年鸼川县事业单位公开招聘工作人员笔试将于11月9日在县第一中学、县实验中学两个考点举行。考虑到部分乡镇考生需自驾前往考点，现将有关事项提示如下。
一、请提前规划路线。两个考点周边道路早高峰较为拥堵，建议考生提前一天熟悉路线，考试当天7:30前到达考点。
二、请安全驾驶。驾车途中如需使用手机导航，请将手机固定在车载支架上并开启语音播报，切勿手持手机查看导航。
三、请规范停车。考点内不提供停车位，考生可将车辆停放在县体育中心停车场，步行约8分钟即可到达考点。
四、考生进入考场时，手机等通讯工具须关机后存放在考场前方指定位置。
祝各位考生考试顺利！
鸼川县人事考试中心
2025年11月3日
""",
    ),
    dict(
        slug="tender-heyang-flosser-award-lots-contacts",
        site="壑阳县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="html",
        source="http://ggzy.heyang.gov.cn/jyxx/zfcg/cjgg/20250822/0417.html",
        title="壑阳县卫生健康局农村老年人口腔健康项目冲牙器采购成交结果公告",
        record_title="壑阳县卫生健康局农村老年人口腔健康项目冲牙器采购成交结果公告 - 货物类成交 - 壑阳县公共资源交易网",
        date="2025-08-22",
        notes="tender portal: publicity countdown, CA and trading-system lines; bid lots one row a paragraph; purchaser and agency contacts kept; 成文日期 under the purchaser's name",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>壑阳县卫生健康局农村老年人口腔健康项目冲牙器采购成交结果公告 - 货物类成交 - 壑阳县公共资源交易网</title>
<script src="/js/ggzy_detail.js"></script>
</head>
<body>
<div class="jy-top">⟦m 壑阳县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 专家登录⟧</div>
<ul class="jy-nav">⟦m <li>首页</li><li>交易信息</li><li>政策法规</li><li>服务指南</li><li>诚信体系</li>⟧</ul>
<div class="jy-pos">⟦m 交易信息 ＞ 政府采购 ＞ 成交结果⟧</div>
<h3 class="jy-h">{T}</h3>
<div class="jy-time">⟦m 信息来源：壑阳县卫生健康局　点击：507⟧</div>
<div class="jy-count">⟦m 公示剩余：0天 21时 14分⟧</div>
<div class="jy-detail">
{BODY}
</div>
<div class="jy-help">
<p>⟦m CA数字证书办理及续期：0736-5898600⟧</p>
<p>⟦m 电子交易系统操作咨询：0736-5898611⟧</p>
</div>
<div class="jy-foot">⟦m 壑阳县公共资源交易中心　湘ICP备16008834号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：HYCG-2025-0417
二、项目名称：壑阳县卫生健康局农村老年人口腔健康项目冲牙器采购
三、成交信息
包号　成交供应商　成交金额（元）
第1包（便携式冲牙器600台）　骛城沁澜电器有限公司　107400.00
第2包（备用喷头2400个）　鸼川县康齿医疗器械有限公司　16560.00
四、主要标的信息：便携式冲牙器，三档水压，水箱容量不小于200毫升，质保期两年；备用喷头与主机配套。
五、评审专家：邝德远、岑梦初、俞海川
六、公告期限：自本公告发布之日起1个工作日。
七、联系方式
采购人：壑阳县卫生健康局　联系人：韦晓川　电话：0736-5823350
采购代理机构：壑阳恒泰招标咨询有限公司　联系人：符予安　电话：0736-5890217
壑阳县卫生健康局
2025年8月22日
""",
    ),
    dict(
        slug="tender-zhouchuan-bus-mount-inquiry-record-date",
        site="鸼川县公共资源交易网 (invented tender portal, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://ggzy.zhouchuan.gov.cn/xjgg/20250905/016.html",
        title="鸼川县公交集团车载手机支架采购询价公告",
        record_title="【询价采购·交通】鸼川县公交集团车载手机支架采购询价公告",
        record_date="2025-09-05",
        date="2025-09-05",
        notes="record date; an inquiry's items table one row a paragraph; 下载 of the inquiry file as content; the purchaser's contact beside CA and platform lines",
        page="""
!m 鸼川县公共资源交易网
!m 交易信息 › 政府采购 › 询价公告
{T}
!m 公告类型：询价公告　｜　浏览：214
!a 〔我要报名〕〔收藏公告〕
{BODY}
!m CA证书服务：0738-6688100　交易平台客服：0738-6688101
!l 同类公告：鸼川县环卫处车载对讲机采购询价公告
!m 鸼川县公共资源交易中心 主办
""",
        body="""
鸼川县公共交通集团有限公司就车载手机支架采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、项目编号：ZCGJ-XJ-2025-016
二、采购内容
序号　品名　数量　主要要求
1　吸盘式车载手机支架　280个　适配4.7—7.0英寸手机，单手取放
2　仪表台粘贴式支架　60个　耐高温不低于85℃
三、供应商资格要求：具有独立承担民事责任的能力，近三年内无重大违法记录。
四、获取询价文件：有意向的供应商请于2025年9月8日至12日登录鸼川县公共资源交易网下载询价文件。
五、报价截止时间：2025年9月15日10:00，逾期送达的报价文件不予受理。
六、联系方式
采购人：鸼川县公共交通集团有限公司　联系人：闵若川　电话：0738-6620418
""",
    ),
    dict(
        slug="lawfirm-chengheng-mount-rearend-case",
        site="骛城澄衡律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.chenghenglaw.cn/anli/jiaotong/2291.html",
        title="车载支架遮挡视线引发追尾，责任怎么划分？",
        record_title="车祸里的法律｜车载支架遮挡视线引发追尾，责任怎么划分？——澄衡律所",
        date=None,
        notes="law-firm site: lawyer card, consult float, a 400 line and a repost notice; a case note with 【案情】/【律师分析】 heads; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>车祸里的法律｜车载支架遮挡视线引发追尾，责任怎么划分？——澄衡律所</title>
<script src="/static/js/ch_site.js"></script>
</head>
<body>
<div class="ch-head">⟦m 澄衡律师事务所　CHENGHENG LAW FIRM⟧ ⟦m 全国咨询热线 400-608-2735⟧</div>
<ul class="ch-nav">⟦m <li>首页</li><li>律所简介</li><li>专业领域</li><li>律师团队</li><li>以案说法</li><li>联系我们</li>⟧</ul>
<div class="ch-crumb">⟦m 首页 / 以案说法 / 交通事故⟧</div>
<h1>{T}</h1>
<div class="ch-info">⟦m 作者：唐序律师　｜　栏目：交通事故　｜　阅读 1893⟧</div>
<div class="ch-body">
{BODY}
</div>
<div class="ch-card">⟦w 唐序　专职律师　擅长交通事故、保险理赔　电话/微信 139-7370-2281⟧</div>
<div class="ch-repost">⟦d 本文系澄衡律所原创，转载请注明来源；文中观点不构成正式法律意见⟧</div>
<div class="ch-float">⟦a 💬 在线免费咨询⟧</div>
<div class="ch-foot">⟦m 地址：骛城市滨河东路88号澄衡大厦9层　豫ICP备19027416号⟧</div>
</body>
</html>
""",
        body="""
【案情】王某驾驶小型轿车在城区道路行驶时，因安装在前挡风玻璃中央的车载支架和手机遮挡视线，未能及时发现前方减速的车辆，发生追尾。王某辩称，支架是汽车销售店赠送并安装的，自己没有过错。
【律师分析】根据道路交通安全法的规定，机动车驾驶人应当确保安全驾驶，车内放置或安装的物品不得妨碍驾驶人视线。车载支架由谁安装，并不改变驾驶人确保行车安全的义务。本案中，王某作为驾驶人未保持安全距离、未注意前方情况，应当承担追尾事故的主要责任乃至全部责任。
至于支架安装位置不当，如果确系安装方未尽提示义务，王某在承担责任后，可以依据双方约定另行向安装方主张相应的赔偿。
【律师提醒】车载支架应安装在不遮挡视线、不影响安全气囊展开的位置。开车时，手机只用来导航，不要边开边看视频、刷消息。
""",
    ),
    dict(
        slug="lawfirm-chengheng-bouncy-design-patent-letter",
        site="骛城澄衡律师事务所 (invented law-firm site, text)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.chenghenglaw.cn/wenshu/lsh/1187.html",
        title="关于贵司销售的跳跳球产品涉嫌侵犯外观设计专利权的律师函",
        record_title="函件样本丨关于贵司销售的跳跳球产品涉嫌侵犯外观设计专利权的律师函 - 澄衡律所",
        date="2025-07-21",
        notes="a lawyer's letter published as a sample: the letter's own 联系电话 below the signature kept beside the firm's consult line; 成文日期 under the signature",
        page="""
!m 澄衡律师事务所 · 文书样本库
!m 首页 > 文书样本 > 律师函
{T}
!m 整理：澄衡律所知识产权部　｜　已脱敏处理
!a 复制全文　｜　导出Word　｜　收藏
{BODY}
!w 需要起草律师函？拨打澄衡咨询热线 400-608-2735 转知识产权部
!l 更多样本：商标侵权律师函 ｜ 欠款催告律师函
!d 样本仅供参考，具体案件请委托律师处理
""",
        body="""
鸼川县乐弹塑胶制品有限公司：
骛城澄衡律师事务所接受骛城童趣星玩具有限公司（以下简称“委托人”）的委托，指派本所唐序律师，就贵司销售的“星球款”跳跳球涉嫌侵犯委托人外观设计专利权一事，郑重致函如下：
一、委托人于2023年就“星球造型弹力球”向国家知识产权局申请外观设计专利，并于2024年获得授权，目前该专利处于有效状态。
二、经委托人调查，贵司在多个电商平台销售的“星球款”跳跳球，在球体花纹、色彩分区和整体造型上与委托人的专利设计高度近似，涉嫌构成侵权。
三、请贵司自收到本函之日起七日内，停止生产、销售上述产品，下架相关商品链接，并与本所律师联系协商后续事宜。
如贵司在上述期限内未予回应，委托人将依法采取进一步措施，由此产生的一切法律后果由贵司承担。
特此函告。
骛城澄衡律师事务所
律师：唐序
2025年7月21日
联系电话：0737-8228406
""",
    ),
]
