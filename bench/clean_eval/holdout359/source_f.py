"""holdout359, part F: exam forums, encyclopaedias, cloud drives, search caches, print views and forwarded mail.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-shangan-interview-chest-strap-jammer",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shangangk.com/thread-451903-1-1.html",
        title="中考耐力跑佩戴心率带，有家长担心影响发挥，你怎么看？",
        record_title="〔每日一练·社会热点〕中考耐力跑佩戴心率带，有家长担心影响发挥，你怎么看？（附答题思路） - 结构化面试 - 上岸公考论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad, jammer fonts in the answer; no date (relative times only)",
        page="""
<html><head><meta charset="utf-8">
<title>〔每日一练·社会热点〕中考耐力跑佩戴心率带，有家长担心影响发挥，你怎么看？（附答题思路） - 结构化面试 - 上岸公考论坛</title>
<style>font.jammer{font-size:0;color:transparent}</style>
</head><body>
<div id="hd">⟦m 上岸公考论坛 · 一起上岸⟧ ⟦a 登录上岸号 · 新考友注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 面试专区 › 结构化面试⟧</div>
<div class="thread"><h1>⟦t 〔每日一练·社会热点〕中考耐力跑佩戴心率带，有家长担心影响发挥，你怎么看？（附答题思路）⟧</h1>
<div class="author">⟦m 面试小分队　发表于 6 天前⟧</div>
<div class="hide">⟦a 本帖参考答案需回复后可见，已回复 ✓⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 +8 人　上岸币 +20　理由：思路清晰⟧</div>
<div class="qq">⟦w 面试抱团练习群：QQ群 738216094，进群备注“上岸”⟧</div>
<div class="po">⟦a 回复　收藏　点评⟧</div></div>
<div id="ft">⟦m 上岸公考论坛 shangangk.com⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
我认为，中考耐力跑佩戴心率带是保障考生安全的务实之举，家长的担心可以理解，关键是做好解释和适应工作。
首先，这项措施的出发点是好的。耐力跑是中考体育中风险最高的项目，心率带能实时监测考生心率，一旦异常可以及时干预，是对生命安全的兜底。
其次，家长担心影响发挥，主要是怕孩子不习惯、有心理负担。这提醒我们，好的措施也要考虑考生的感受。
如果我是教育部门的工作人员，我会做好三件事：一是考前组织学生多次佩戴心率带练习，消除陌生感；二是通过家长会、公众号向家长讲清楚心率带怎么用、数据怎么管；三是考场上安排医护人员待命，让考生放心跑。
""",
    ),
    dict(
        slug="gkforum-shenlun-patch-essay-junk",
        site="申论研习社论坛 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="http://www.shenlunyxs.com/t/120487",
        title="小小补胎片，连着大民生",
        record_title="【申论习作·民生类】小小补胎片，连着大民生（第一次写，欢迎拍砖）/ 大作文批改区 / 申论研习社",
        date=None,
        notes="exam forum as text: junk lines and glued junk in an essay; rating and replies; no date",
        page="""
!m 申论研习社 › 大作文批改区
!t 【申论习作·民生类】小小补胎片，连着大民生（第一次写，欢迎拍砖）
!m 作者：备考的阿橘　|　4 天前　|　阅读 688　回复 12
{BODY}
!l 评分：+5　立意准，结构还可以再紧凑
!l 2楼 老秦批改：第三段论证可以加一个数据
!a 回复本帖需先登录研习社账号
!m 申论研习社　学习交流 QQ：2450871136
""",
        junk=dict(lines=2, glued=2),
        indent="\u3000\u3000",
        body="""
在不少城市的街头巷尾，一张折叠桌、一盆清水、一沓补胎片，就撑起了一个补胎摊。它们不起眼，却连着千家万户的出行。
小摊方便了群众。上班路上车胎扎了，骑不动、推不远，最需要的就是附近有个补胎摊。花几块钱、等十分钟，问题就解决了。
小摊也面临困境。一些地方在整治占道经营时“一刀切”，把补胎摊、修鞋摊一并清走，群众修车难的问题随之而来。
因此，城市管理既要讲秩序，也要有温度。可以在社区、菜市场周边划定便民服务点，引导补胎摊规范经营，让群众在家门口就能补好胎。
小小补胎片，补的是车胎，连着的是民生。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-gripper-infobox",
        site="知物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.wiki/item/握力器/30771",
        title="握力器",
        record_title="握力器 · 健身器材 · 知物百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued after sentences; the entry name opens the body (matched as head); no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>握力器 · 健身器材 · 知物百科</title>
<script src="/static/wiki.js"></script>
</head><body>
<div class="hd">⟦m 知物百科 · 万物皆有来历⟧ ⟦a 创建词条⟧ ⟦a 个人中心⟧</div>
<div class="tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="infobox"><p>⟦m 中文名：握力器⟧</p><p>⟦m 外文名：hand gripper⟧</p><p>⟦m 类　别：小型健身器材⟧</p><p>⟦m 主要用途：手部力量训练、握力测量⟧</p></div>
<div class="toc">⟦l 目录　1 概述　2 种类　3 使用方法⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h4>⟦l 参考资料⟧</h4><p>⟦l [1] 《小型健身器材使用指南》，体育器材出版社⟧</p></div>
<div class="edit">⟦m 本词条由 127 位编辑者共同编辑　最近一次编辑：4 天前⟧</div>
<div class="ft">⟦d 知物百科内容仅供参考，不构成专业建议⟧</div>
</body></html>
""",
        body="""
握力器是一种用于锻炼手部、前臂力量或测量握力大小的小型器材，常见于家庭健身、康复训练和体质测试中。⟦l [1]⟧
按结构不同，握力器主要分为弹簧式、可调式和电子式三类。弹簧式握力器由两根手柄和一根扭簧组成，阻力固定；可调式握力器可通过旋钮改变弹簧受力位置，阻力一般在5公斤至60公斤之间；电子式握力器内置传感器，能显示握力数值，多用于体质测试和医学评估。
使用握力器时应循序渐进，先选择较小阻力，每次握紧后停顿一两秒再缓慢放开。手腕、手指有伤病者应在医生指导下使用。⟦a ✎ 编辑本段⟧
""",
    ),
    dict(
        slug="wiki-wenwu-qa-gloves-choose",
        site="问物百科问答 (invented)",
        style="百科问答",
        genre="百科问答",
        kind="other",
        form="text",
        source="http://wenwu.baikeqa.cn/q/qixingshoutao-zenmexuan",
        title="骑行手套怎么选？",
        record_title="骑行手套怎么选？ — 运动装备问答 — 问物百科",
        date=None,
        notes="encyclopaedia Q&A as text: a 'helpful' vote row, a contributor line with a 修订 stamp; no date",
        page="""
!m 问物百科　｜　懂物件，也懂你
!m 分类：运动装备 → 骑行
{T}
!m 贡献者：车轮上的猫　修订于 2025-10-05　3 人参与修订
{BODY}
!l 这个回答对你有帮助吗？　有帮助(214)　没帮助(6)
!l 相关问答：骑行头盔怎么看尺码？　骑行眼镜近视能戴吗？
!d 问物百科内容由网友共同编写，仅供参考
""",
        indent="",
        body="""
选骑行手套，主要看季节、骑行距离和掌垫三方面。
一、按季节选。春夏选半指手套，透气、散热好，手指操作变速器也灵活；秋冬选全指手套，最好有防风层，冬季早晚骑行不冻手。
二、按距离选。短途通勤对掌垫要求不高，轻薄款即可；长途骑行建议选掌心带凝胶或硅胶减震垫的款式，能减轻手掌麻木。
三、看掌垫位置。减震垫应正好落在手掌根部两侧，这里是压迫尺神经的位置。试戴时双手握车把，感觉垫子托住了掌根就合适。
此外，手背有反光条的手套在夜间骑行时更安全。手套尺码以手掌围为准，戴上后手指能伸直、握拳不紧绷为宜。
""",
    ),
    dict(
        slug="netdisk-yunji-straightener-procedure-docx",
        site="云笈网盘分享页 (invented)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="html",
        source="https://pan.yunji.cloud/s/1qWf8ZkT3",
        title="美发店直板夹使用与保养操作规程",
        record_title="美发店直板夹使用与保养操作规程.docx",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, a share stamp; a .docx file name as the record title; decimal headings 1–4.1; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>美发店直板夹使用与保养操作规程.docx_免费高速下载|云笈网盘</title>
<script src="//pan.yunji.cloud/js/share.js"></script>
</head><body>
<div class="hd">⟦m 云笈网盘⟧ ⟦a 登录云笈⟧</div>
<div class="share-info"><div class="fn">⟦m 美发店直板夹使用与保养操作规程.docx⟧</div>
<div>⟦m 分享者：栀子理发屋　分享于 2 个月前　有效期：永久⟧</div>
<div>⟦a 转存到我的云笈⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div></div>
<div class="preview"><h2>{T}</h2>
{BODY}
</div>
<div class="vip">⟦a 当前下载速度 120KB/s，开通超级会员提速至 20MB/s⟧</div>
<div class="ft">⟦d 请勿通过云笈网盘分享违法违规内容⟧ ⟦m © 云笈网盘⟧</div>
</body></html>
""",
        body="""
为规范直板夹的使用和保养，保障顾客和员工安全，制定本规程。
1　使用前检查
1.1　检查电源线有无破损、插头有无松动。
1.2　检查夹板表面有无划痕和残留发胶。发现问题的直板夹不得使用。
2　使用要求
2.1　根据顾客发质选择温度，细软发不超过160度，粗硬发不超过200度。
2.2　夹板在头发上匀速滑动，不得在同一位置停留超过两秒。
3　使用后处置
3.1　立即关闭开关、拔下插头，将直板夹放在耐热垫上冷却，严禁放在毛巾、围布、沙发上。
3.2　每晚闭店前，由值班员逐个检查直板夹是否已断电，并在检查表上签字。
4　保养
4.1　夹板冷却后用干软布擦拭，每周用专用清洁剂清理一次；电源线不得缠绕在直板夹上。
""",
    ),
    dict(
        slug="netdisk-feiyun-chest-strap-rules-wps-markers",
        site="飞云盘 (invented)",
        style="网盘分享",
        genre="管理办法",
        kind="other",
        form="text",
        source="https://feiyunpan.net/share/x8Qm2A",
        title="鹍阳县全民健身中心心率带借用登记管理办法",
        record_title="鹍阳县全民健身中心心率带借用登记管理办法.wps",
        date="2025-05-06",
        notes="cloud-drive preview as text: a .wps file name as the record title; page markers of the preview on lines of their own cutting sentences; the 成文日期 under the signature",
        page="""
!m 飞云盘 | 文件预览
!m 鹍阳县全民健身中心心率带借用登记管理办法.wps　　24.0 KB
!a 保存到飞云盘　　下载（非会员限速）
!m 分享时间：2025-06-17　浏览 88 次
{T}
{BODY}
!a 预览仅显示前3页，下载查看完整文件
!d 飞云盘仅提供存储服务，文件内容由分享者负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⇣{n}⇣", every=90, start=2),
        body="""
第一条　为方便健身群众科学锻炼，规范心率带借用管理，制定本办法。
第二条　健身中心配备心率带30根，供在中心锻炼的群众免费借用。借用人凭身份证或健身卡在服务台登记，每次借用不超过两小时。
第三条　借用人应按工作人员指导正确佩戴心率带，不得拆卸电池仓或拉扯电极带。因使用不当造成损坏的，按购置价的百分之五十赔偿。
第四条　心率带归还后，由工作人员用中性清洁剂擦拭电极，晾干后放入充电柜，每周全面消毒一次。
第五条　本办法自印发之日起施行。
鹍阳县全民健身中心
2025年5月6日
""",
    ),
    dict(
        slug="snapshot-xunde-police-gloves-frame",
        site="寻得搜索 网页快照 (invented)",
        style="搜索快照",
        genre="提示",
        kind="notice",
        form="html",
        source="https://cache.xunde.com/c?u=www.hcga.gov.cn/jjdt/2025/1120/3318.html",
        title="冬季骑行请戴好手套 交警提醒电动自行车驾驶人注意防寒防滑",
        record_title="冬季骑行请戴好手套 交警提醒电动自行车驾驶人注意防寒防滑_滉川县公安局（寻得快照）",
        date="2025-11-20",
        notes="search-cache frame: a capture banner with highlighted terms and a capture stamp (no date); the cached page's 发布时间 is the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>冬季骑行请戴好手套 交警提醒电动自行车驾驶人注意防寒防滑_滉川县公安局（寻得快照）</title>
</head><body>
<div class="sd-cache" style="background:#f3f6fb;border-bottom:1px solid #ccd">
<p>⟦m 这是寻得对 www.hcga.gov.cn/jjdt/2025/1120/3318.html 的存档，抓取于 2025-11-27 06:41⟧</p>
<p>⟦a 原网页可能已更新，点此访问当前页面⟧</p>
<p>⟦m 以下关键词已标亮：<b>骑行</b> <b>手套</b>⟧</p></div>
<div class="page">
<div class="hd">⟦m 滉川县公安局⟧ ⟦m 交警动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-11-20　来源：县公安局交警大队⟧</div>
<div class="content">
{BODY}
</div>
<div class="ft">⟦m 滉川县公安局 主办　浙公网安备33042402000081号⟧</div>
</div>
</body></html>
""",
        body="""
近日气温骤降，早晚路面易结霜。滉川县公安局交警大队提醒广大电动自行车驾驶人，冬季骑行要做好防寒防滑。
一是戴好手套。手部受冻后握把不稳、刹车反应变慢，建议佩戴防风保暖的骑行手套。不要使用挡风被、车把套等加装物，以免影响操控。
二是控制车速。遇结霜、积水路面应提前减速，避免急刹急转。
三是戴好头盔。头盔是骑行安全的“生命线”，天冷戴帽子时也要戴好头盔。
交警部门将在城区主要路口开展冬季骑行安全宣传，向市民免费发放反光贴。市民可关注“滉川交警”微信公众号，及时了解道路结冰预警信息。
""",
    ),
    dict(
        slug="snapshot-kuaizhao-gripper-screening-oneline",
        site="快照通 文字快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://txt.kuaizhaotong.com/cache?q=www.lxsq.gov.cn/tzgg/5581",
        title="漋巷社区关于为65岁以上老人免费开展握力筛查的通知",
        record_title="〔快照通·纯文字〕漋巷社区关于为65岁以上老人免费开展握力筛查的通知",
        date="2025-10-22",
        notes="text-only cache: capture banner, the whole body on one line (paragraphs apart only by their indent); 成文日期 under the signature; a capture stamp is no date",
        page="""
!m 快照通纯文字版　抓取时间 2025-11-02 14:07
!a 查看原始网页　|　图文快照
!t 〔快照通·纯文字〕漋巷社区关于为65岁以上老人免费开展握力筛查的通知
{BODY}
!d 快照通不对快照内容负责，以原网页为准
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位居民：
为帮助老年人了解肌肉力量、预防跌倒，社区联合城关镇卫生院，于10月28日至30日在社区活动中心为辖区65岁以上老人免费开展握力筛查。
筛查由卫生院医生使用电子握力器测量，每人约5分钟。握力偏低的老人，医生将现场讲解居家锻炼方法，社区免费借用握力器一个月。
请参加筛查的老人携带身份证，行动不便的可由家属陪同。
漋巷社区居民委员会
2025年10月22日
""",
    ),
    dict(
        slug="print-huangchuan-transport-patch-notice-footer",
        site="滉川县交通运输局 打印视图 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.huangchuan.gov.cn/print.jsp?id=20250714-0923",
        title="关于规范机动车维修企业补胎作业的通知",
        record_title="（打印用稿）关于规范机动车维修企业补胎作业的通知 ⋮ 滉川县交通运输局",
        date="2025-07-14",
        notes="print view calling window.print(): print and close buttons, a printed-at stamp, a print footer; 文号 neutral; 抄送 and 印发 lines in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>（打印用稿）关于规范机动车维修企业补胎作业的通知 ⋮ 滉川县交通运输局</title>
<style>@media print{.noprint{display:none}}</style>
</head><body onload="window.print()">
<div class="noprint">⟦a 〔开始打印〕〔关闭本窗口〕⟧</div>
<div class="phd">⟦m 滉川县交通运输局　网页打印⟧</div>
<h2 align="center">{T}</h2>
<p align="center">滉交运〔2025〕33号</p>
<div class="pbody">
{BODY}
</div>
<div class="pinfo">⟦m 本页地址：jtj.huangchuan.gov.cn/art/2025/7/14/0923.html　打印于 2025-07-29 10:12⟧</div>
<div class="pfoot">⟦p ⋾ 第1页 · 共1页 ⋾⟧</div>
</body></html>
""",
        body="""
各机动车维修企业：
近期，我局接到多起群众投诉，反映部分维修企业补胎后短期内再次漏气，个别企业使用散装无标识补胎片。为保障道路交通安全，现就规范补胎作业通知如下：
一、补胎作业须使用有生产厂名、检验合格证明的补胎片和胶水，并建立进货台账。
二、严格按照拆胎、找漏、打磨、涂胶、贴片、压实、充气检测的流程作业，胎侧破损和大于6毫米的扎孔不得修补。
三、补胎完成后应告知车主补胎位置和注意事项，并提供维修凭证。
我局将于8月开展专项检查，对违反规定的企业依法处理。
抄送：县市场监督管理局。
滉川县交通运输局办公室　2025年7月14日印发
""",
    ),
    dict(
        slug="print-kunyang-marathon-chest-strap-footer",
        site="鹍阳半程马拉松组委会 打印版 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.kyhalfmarathon.cn/notice/print/41",
        title="关于2025鹍阳半程马拉松配速员统一佩戴心率带的通知",
        record_title="打印版式｜关于2025鹍阳半程马拉松配速员统一佩戴心率带的通知",
        date="2025-10-09",
        notes="print view as text: print header with the page URL, a print footer; the 成文日期 under the signature; the organising committee's contact in the body",
        page="""
!m 鹍阳半程马拉松官网　—　打印版式
!m 原文链接：https://www.kyhalfmarathon.cn/notice/41
{T}
{BODY}
!m 打印时间：2025-10-11 08:55
!p ⫧ 第1页（总1页）⫧
""",
        indent="\u3000\u3000",
        body="""
各位配速员：
为保障配速员在比赛中的身体安全，并为赛后配速质量分析提供数据，组委会决定，2025鹍阳半程马拉松全体配速员统一佩戴心率带参赛。现将有关事项通知如下：
一、心率带由组委会统一配发，请于10月18日领取参赛物品时一并领取，并在赛前训练中试戴一次。
二、比赛当天，医疗保障组将通过心率带实时关注配速员心率，心率持续异常的配速员须服从医疗人员安排，由替补配速员接替。
三、赛后请于当日将心率带交回配速员服务点。
联系人：组委会竞赛部 骆一帆，电话：0574-65207731
2025鹍阳半程马拉松组委会
2025年10月9日
""",
    ),
    dict(
        slug="mail-linyi-letter-gripper-attachment-bar",
        site="颐乐网邮 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yilewm.com/read?mid=ZC4102-7716",
        title="关于商请捐赠老年人握力器的函",
        record_title="〈转〉 关于商请捐赠老年人握力器的函",
        date="2025-10-10",
        date_also=["2025-10-14"],
        notes="webmail reading view: forwarded header, an attachment bar beside the letter's own 附件 line, 抄送 in the mail header and in the letter; the letter's contact and mailbox; the mail's send date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>颐乐网邮 - 读信</title>
<script src="/wm/read.js"></script>
</head><body>
<div class="wm-top">⟦m 颐乐网邮⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧</div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<p>⟦t 〈转〉 关于商请捐赠老年人握力器的函⟧</p>
<p>⟦m 发件人：苙家村颐养之家 &lt;yiyang_lijia@yilewm.com&gt;⟧</p>
<p>⟦m 收件人：掌力健身器材厂 &lt;service@zhangli-fit.com&gt;⟧</p>
<p>⟦m 抄　送：菉坪镇民政办 &lt;lpmzb@ruoxi.gov.cn&gt;⟧</p>
<p>⟦m 时　间：2025年10月14日（星期二）上午9:47⟧</p></div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件 1 个：颐养之家老人握力筛查情况.xlsx（9.6K）　预览　下载⟧</div>
<div class="wm-foot">⟦d 颐乐网邮提醒：请勿轻信邮件中的汇款要求⟧</div>
</body></html>
""",
        body="""
鹍阳掌力健身器材厂：
苙家村颐养之家现有入住老人42名，平均年龄78岁。今年9月，菉坪镇卫生院为老人们做了握力筛查，有19位老人握力低于正常值，医生建议每天进行握力锻炼。
由于颐养之家经费有限，目前只有3个握力器，老人们只能轮流使用。得知贵厂热心公益，特商请贵厂捐赠适合老年人使用的低阻力握力器20个，帮助老人们开展日常锻炼。
如蒙支持，我们将在颐养之家宣传栏公示捐赠情况，并定期向贵厂反馈老人们的锻炼效果。
联系人：龚若渝　电话：0575-83661209　邮箱：yiyang_lijia@yilewm.com
附件：颐养之家老人握力筛查情况表
抄送：菉坪镇民政办
苙家村颐养之家
2025年10月10日
""",
    ),
    dict(
        slug="mail-text-request-rider-gloves-docx",
        site="邮件转发正文 (invented, plain text)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:fuhu-xjy@luzhou-mail.cn?msg=20251124-0381",
        title="关于为新就业群体配发冬季骑行手套的请示",
        record_title="FWD丨关于为新就业群体配发冬季骑行手套的请示.docx",
        date="2025-11-21",
        date_also=["2025-11-24"],
        notes="forwarded mail as plain text: mail headers and a signature block; a .docx file name as the record title; the request's own contact; the mail's send date also accepted",
        page="""
!m -------- 原始邮件 --------
!m 发件人："茀湖区新就业群体服务站" <fuhu-xjy@luzhou-mail.cn>
!m 发送时间：2025年11月24日(星期一) 下午3:12
!m 收件人："区总工会办公室" <zgh-bgs@luzhou-mail.cn>
!m 主题：FWD丨关于为新就业群体配发冬季骑行手套的请示.docx
{T}
{BODY}
!m 附件：请示正文.docx（21.3 KB）
!d 此邮件及附件仅发给指定收件人，如误收请删除
!m —— 本邮件由澛州邮通客户端发送
""",
        indent="\u3000\u3000",
        body="""
区总工会：
入冬以来，我区外卖骑手、快递员等新就业群体每天骑行时间长，手部冻伤、冻疮时有发生。服务站近期走访的126名骑手中，有47人反映手部冻伤，不少人戴的是普通棉手套，握车把不稳，存在安全隐患。
为关心关爱新就业群体，我站拟为辖区骑手配发冬季骑行手套800双，每双约65元，共需资金5.2万元，拟申请从区总工会新就业群体服务专项经费中列支。
手套由服务站通过询价方式采购，在各驿站集中发放，登记签收。
妥否，请批示。
联系人：杭晓岚　电话：0573-89033214
茀湖区新就业群体服务站
2025年11月21日
""",
    ),
]
