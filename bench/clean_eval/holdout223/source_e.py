"""holdout223, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-daqiao-notice-stairwell-emergency-lights-grid",
        site="炟桥社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.daqiaosq.example.cn/jwgk/2024/0314/77.html",
        title="关于楼道应急照明灯集中检修的通知",
        record_title="【居务公告】关于楼道应急照明灯集中检修的通知 · 炟桥社区",
        date="2024-03-14",
        notes="residents' site: weather line, a grid member's box and the property's repair line beside the "
        "community's own contact in the body; numbered 1. 2. 3.; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【居务公告】关于楼道应急照明灯集中检修的通知 · 炟桥社区</title>
<script src="/js/weather-widget.js"></script>
</head>
<body>
<div class="sq-top">⟦m 炟桥社区网⟧ ⟦m 今日天气：多云 9℃～17℃⟧</div>
<div class="sq-nav">⟦m 社区概况⟧ ⟦m 居务公开⟧ ⟦m 便民服务⟧ ⟦m 网格之窗⟧ ⟦m 志愿服务⟧</div>
<div class="sq-crumb">⟦m 社区首页 / 居务公开 / 公告⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<div class="sq-meta">⟦m 发布者：炟桥社区居委会　浏览：318⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-like">⟦a 👍 有帮助（27）⟧ ⟦a 转给邻居⟧</div>
</div>
<div class="sq-grid">
<h4>⟦m 我的网格员⟧</h4>
<p>⟦m 第3网格　冉立群　139****6615⟧</p>
</div>
<div class="sq-wuye">⟦m 物业报修：0791-8851999（24小时）⟧</div>
<div class="sq-foot">⟦m 炟桥社区居民委员会　地址：烜城区炟桥路56号⟧<br>⟦m 赣ICP备21011806号-2⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为保障楼道夜间和停电时的照明安全，社区联合物业定于3月18日至22日对辖区1至16栋楼道应急照明灯进行集中检修，检修时楼道会短暂断电。
检修期间请大家注意：
1. 请勿在楼道内堆放杂物，方便工作人员架梯作业。
2. 家中有行动不便老人的，请提前告知社区，我们将安排人员上门照看。
3. 检修结束后，如发现应急照明灯仍不亮，请及时反映。
联系人：社区网格员 蓝晓雯，电话：0791-8851027。
炟桥社区居民委员会
2024年3月14日
""",
    ),
    dict(
        slug="community-hubin-pledge-exhaust-fans-neighbours-wrapped",
        site="湖滨社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://hubin.zhukou.example.cn/lygy/2024/0530.html",
        title="文明安装排气扇共建和谐邻里倡议书",
        record_title="文明安装排气扇共建和谐邻里倡议书 - 睦邻约定 - 湖滨社区服务网",
        date="2024-05-30",
        notes="residents' text page hard-wrapped at 68 columns; column and site in the record title; a mediation "
        "room is content; 成文日期 under the signature",
        page="""
!m 湖滨社区服务网　炷口镇湖滨社区居民委员会
!m 首页 ＞ 睦邻约定
{T}
!m 发布：社区居委会　　阅读：264　　点赞：41
{BODY}
!a 转给邻居看看　　｜　　我要留言
!m 社区服务热线：0794-3577012　网格员值班：0794-3577019
!m 炷口镇湖滨社区版权所有
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
各位居民、各位商户：
近来，社区陆续收到居民反映，有的住户和沿街商户把排气扇直接对着邻居窗户、楼道或人行道，油烟和噪音影响了邻里生活。为此，社区向大家发出如下倡议：
一、安装排气扇前，先看看出风口对着谁，尽量避开邻居的门窗。
二、沿街餐饮商户要按规定安装油烟净化设备，排气扇出口离人行道地面不低于二米五。
三、夜间十点后尽量关闭大功率排气扇，减少噪音扰邻。
四、邻里之间有矛盾，先坐下来商量，也可以到社区调解室来谈。
远亲不如近邻，一扇排气扇装对了方向，邻里和气就多一分。
湖滨社区居民委员会
2024年5月30日
""",
    ),
    dict(
        slug="association-yuejiang-lighting-minutes-ceiling-lamp-pact",
        site="爚江照明协会 (invented trade association)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.yjzmxh.example.org.cn/xhdt/2024/0919/48.html",
        title="爚江市照明电器行业协会第三届理事会第五次会议纪要",
        record_title="〖理事会议〗爚江市照明电器行业协会第三届理事会第五次会议纪要 - 爚江照明协会",
        date="2024-09-12",
        date_also=["2024-09-19"],
        notes="association page: member login row, member hotline, join button; the 时间/地点/主持/出席/列席/记录 "
        "lines and a vote count stay in the body; the meeting's 时间 line is the date, the posting date also",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖理事会议〗爚江市照明电器行业协会第三届理事会第五次会议纪要 - 爚江照明协会</title>
<script src="/js/member.js"></script>
</head>
<body>
<div class="xh-top">⟦a 会员单位登录 ｜ 入会申请⟧</div>
<div class="xh-head">⟦m 爚江市照明电器行业协会⟧ ⟦m 服务会员　规范行业　点亮城市⟧</div>
<div class="xh-nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 标准规范⟧ ⟦m 联系我们⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-meta">⟦m 发布日期：2024-09-19　信息来源：协会秘书处⟧</div>
<div class="xh-body">
{BODY}
</div>
</div>
<div class="xh-side"><h4>⟦l 协会通知⟧</h4><ul><li>⟦l 关于缴纳2024年度会费的通知⟧</li><li>⟦l 灯具能效标识培训报名启事⟧</li></ul></div>
<div class="xh-foot">⟦m 会员服务热线：0791-8890012⟧　⟦m 爚江市照明电器行业协会秘书处　赣ICP备17002261号⟧</div>
</body>
</html>
""",
        body="""
时间：2024年9月12日上午9:00
地点：协会会议室
主持：会长 隗振东
出席：理事17人
列席：监事 邰春梅
记录：秘书处 伍嘉
会议审议了《会员企业吸顶灯产品质量自律公约（草案）》。与会理事认为，近年来市场上吸顶灯虚标功率、灯罩阻燃不达标等问题较为突出，协会有必要带头规范。
会议决定：一、通过《会员企业吸顶灯产品质量自律公约》，自10月1日起施行；二、由秘书处组织会员企业开展一次吸顶灯产品质量互查。
表决结果：应到理事19人，实到17人，同意17人，反对0人，弃权0人。
""",
    ),
    dict(
        slug="association-xuancheng-chamber-pledge-bath-heater-record",
        site="烜城区家用电器商会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xcjdsh.example.cn/changyi/2024-11-05.html",
        title="浴霸销售安装诚信经营倡议书",
        date="2024-11-05",
        notes="title given by the record as is; the chamber's name is also the signature (the site-name line "
        "above is matched as head); sharing the pledge is content; 成文日期 under the signature",
        page="""
!m 烜城区家用电器商会
!m 商会首页 ＞ 行业自律
{T}
!m 秘书处　｜　阅读 377
{BODY}
!a 会员单位请登录后下载倡议书签署页
!m 商会秘书处电话：0791-8827300　地址：烜城区商贸大厦5楼
""",
        indent="\u3000\u3000",
        body="""
全区浴霸销售和安装经营户：
冬季是浴霸销售和安装的旺季。为维护消费者权益，树立行业良好形象，区家用电器商会向全体会员发出如下倡议：
一、守住质量关。不进、不卖无3C认证、无厂名厂址的浴霸。
二、守住安装关。安装人员持证上岗，浴霸单独布线，安装后当面演示使用方法。
三、守住价格关。明码标价，不以“免费安装”为名加收材料费。
四、守住服务关。接到报修二十四小时内上门，质保期内免费维修。
欢迎各会员单位把本倡议分享到店铺和工作群。让每一户人家都能安安心心洗个热水澡，是我们共同的责任。
烜城区家用电器商会
2024年11月5日
""",
    ),
    dict(
        slug="company-kangle-news-k5-phone-title-glued-lead",
        site="康乐通讯 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kangletx.example.com/news/2024/0926.html",
        title="康乐K5老人手机上市：大字大声一键呼叫全面升级",
        record_title="新品快讯 ▪ 康乐K5老人手机上市：大字大声一键呼叫全面升级 - 康乐通讯",
        record_date="2024-09-26",
        date="2024-09-26",
        notes="company site: cookie notice, service float, product menu; the title repeated and glued to the news "
        "lead; the dotted company date matches the record's",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品快讯 ▪ 康乐K5老人手机上市：大字大声一键呼叫全面升级 - 康乐通讯</title>
<script src="/assets/js/site.bundle.js"></script>
</head>
<body>
<header>⟦m 康乐通讯⟧ ⟦m 让长辈用得顺手⟧
<nav>⟦m 产品中心⟧ ⟦m 售后服务⟧ ⟦m 新闻动态⟧ ⟦m 关于康乐⟧</nav></header>
<main>
<div class="crumb">⟦m 首页 › 新闻动态 › 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024.09.26　·　品牌部⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="news-nav">⟦l ‹ 上一篇　康乐通讯入选省级专精特新企业名单⟧　⟦l 下一篇　K3用户免费检测活动启动 ›⟧</div>
</main>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<div class="kf-float">⟦w 在线客服 · 选购咨询⟧</div>
<footer>⟦m 爚江康乐通讯设备有限公司　客服热线 400-639-8855⟧<br>⟦m 赣ICP备15008811号-1⟧</footer>
</body>
</html>
""",
        body="""
⟦t 康乐K5老人手机上市：大字大声一键呼叫全面升级⟧9月25日，爚江康乐通讯设备有限公司在爚江发布新一代K5老人手机。
K5延续了康乐老人手机大按键、大字体、大音量的设计，来电时自动语音播报来电人姓名。手机背面的SOS键按住三秒，即可依次拨打预设的五个亲情号码，并向子女发送老人所在位置。
针对老年用户常忘记充电的问题，K5配备了座充底座，待机时间可达十五天。
公司负责人介绍，K5已在全国各大电器卖场和线上旗舰店同步发售。
""",
    ),
    dict(
        slug="company-anming-recall-emergency-lights-batches-qr",
        site="安明消防电器 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.anmingfire.example.cn/gg/20240808.html",
        title="安明消防电器关于召回部分批次应急照明灯的公告",
        record_title="安明消防电器关于召回部分批次应急照明灯的公告 — 安明消防电器 · 企业公告",
        date="2024-08-08",
        notes="company text page: recalled batches table (production dates inside the rows), scanning the box's QR "
        "code is content, the recall line stays in the body beside the site's 400 sales line; 成文日期 under "
        "the signature",
        page="""
!m 安明消防电器　｜　消防应急照明专业制造商
!m 首页　产品　工程案例　企业公告　联系我们
{T}
!m 企业公告　｜　浏览 2087
{BODY}
!m 销售热线：400-863-5110　传真：0795-6618000
!m 焌坪安明消防电器有限公司　版权所有
""",
        body="""
经内部质量排查，我公司发现部分AM-2型应急照明灯因蓄电池连接片焊接不良，断电后可能无法点亮。为保障用户安全，公司决定主动召回以下批次产品：
生产批号　生产日期　数量
AM2-240318　2024年3月18日　1200台
AM2-240422　2024年4月22日　1500台
AM2-240516　2024年5月16日　900台
用户可扫描产品包装上的二维码登记召回信息，也可拨打召回专线0795-6618702，公司将免费上门更换。
由此给您带来的不便，我们深表歉意。
焌坪安明消防电器有限公司
2024年8月8日
""",
    ),
    dict(
        slug="training-luban-brochure-bath-heater-course-table",
        site="鲁班技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lubanjn.example.cn/zs/yuba.html",
        title="浴霸安装维修实操班招生简章",
        record_title="【冬季特训】浴霸安装维修实操班招生简章（小班教学，每期限招16人）· 鲁班技能培训",
        date=None,
        notes="training-school page: promo banner, consult float, 400 line beside the course's own 报名电话; a "
        "course table; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【冬季特训】浴霸安装维修实操班招生简章（小班教学，每期限招16人）· 鲁班技能培训</title>
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="promo">⟦a 本月报名立减200元，名额有限先到先得⟧</div>
<div class="tr-head">⟦m 烜城鲁班技能培训学校⟧ ⟦m 学一门手艺，端一个饭碗⟧</div>
<div class="tr-nav">⟦m 学校介绍⟧ ⟦m 热门课程⟧ ⟦m 学员风采⟧ ⟦m 报名流程⟧</div>
<div class="tr-art">
<h1>{T}</h1>
<div class="tr-body">
{BODY}
</div>
<div class="tr-btn"><a>⟦a 在线报名⟧</a> <a>⟦a 预约试听⟧</a></div>
</div>
<div class="tr-float">⟦w 课程顾问在线，点击咨询学费优惠⟧</div>
<div class="tr-foot">⟦m 全国招生热线 400-618-2298⟧<br>⟦m 办学许可证号：教民136010270001号⟧</div>
</body>
</html>
""",
        body="""
一、培训对象：有一定电工基础、想从事家电安装维修的学员。
二、课程安排
课程　课时　内容
基础理论　8课时　浴霸结构、电路原理与安全规范
安装实操　16课时　灯暖、风暖浴霸安装与布线
故障维修　12课时　常见故障判断与排除
三、学费：1680元（含材料费），结业考核合格颁发培训合格证书。
四、开班时间：每月第一个周一开班，白天班和晚班任选。
报名电话：0791-8843266（周老师）。
""",
    ),
    dict(
        slug="training-luban-diary-first-ceiling-lamp",
        site="鲁班技能培训学校 (invented)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="https://www.lubanjn.example.cn/xy/riji/116.html",
        title="第一次独立装吸顶灯",
        record_title="学员手账 · 第一次独立装吸顶灯（电工实操班第十天）- 鲁班技能培训",
        date=None,
        notes="training school's student page: a trial-lesson line between paragraphs, course ad and consult line "
        "below; a diary with no date",
        page="""
!m 烜城鲁班技能培训学校
!m 首页 › 学员手账 › 学员日记
{T}
!m 作者：电工实操班学员 项小川　｜　阅读 312
{BODY}
!a 想和他一样学会装灯接线？免费试听一节实操课 →
!l 更多学员日记：第一次拆装空调外机　｜　从外卖小哥到持证电工
!m 报名咨询：0791-8843266　烜城鲁班技能培训学校
""",
        indent="\u3000\u3000",
        body="""
今天是电工实操班的第十天，师傅让我们每人独立装一盏吸顶灯。
我先拉下实训台的电闸，用电笔确认没电，再把底盘对准预留孔位，打好膨胀螺丝。接线时我有点紧张，火线、零线反复对了三遍才拧上端子。
⟦a 【电工实操班】零基础可学，包教包会，点此了解 ›⟧
装好灯罩通电，灯一下就亮了。师傅过来检查，说我接线不错，但底盘螺丝没拧紧，灯晃了一下，这要是装在人家家里就是隐患。
我重新紧了一遍螺丝，心里记住了一句话：装灯不只是让它亮，还要让它牢。
""",
    ),
    dict(
        slug="fanwenapp-modian-report-maintenance-leader-exhaust-fans",
        site="墨点写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.modianxiezuo.example.com/share/doc?id=77310284",
        title="物业维修班班长2024年度述职报告",
        record_title="物业维修班班长2024年度述职报告（年终述职可直接改）· 墨点写作",
        date="2024-12-26",
        notes="writing-app H5 share: open-app mask, fold, AI buttons; an AI-polish button glued after a 。; "
        "成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>物业维修班班长2024年度述职报告（年终述职可直接改）· 墨点写作</title>
<script src="https://h5.modianxiezuo.example.com/static/share.js"></script>
</head>
<body>
<div class="app-bar">⟦m 墨点写作⟧ ⟦m 公文材料，一点就成⟧ <a class="open">⟦a 用App打开⟧</a></div>
<div class="doc">
<h2>{T}</h2>
<div class="doc-meta">⟦m 1.3万人用过　·　867字⟧</div>
<div class="doc-tools">⟦a AI续写⟧ ⟦a AI改写⟧ ⟦a 换个风格⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 展开余下段落需在App内查看⟧</div>
</div>
<div class="mask">⟦a 打开墨点写作App，查看全文并一键改写⟧ <button>⟦a 继续在浏览器看⟧</button></div>
<div class="rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 物业公司工程部经理述职报告⟧</p><p>⟦l 小区保安队长年终总结⟧</p></div>
</body>
</html>
""",
        body="""
各位领导、同事：
2024年，我担任公司维修班班长，带领6名维修工负责小区1200户住户的报修服务。现将一年来的工作述职如下。
一是及时响应报修。全年受理报修2317单，办结率99.6%，其中排气扇维修和更换占了近三成。⟦a ✨AI润色这一段⟧
二是开展主动排查。针对卫生间排气扇噪音大、不排风的投诉，我们利用夏季对全小区排气扇逐户上门检查，清洗、更换三百余台。
三是存在不足。部分老旧排气扇配件难买，维修周期偏长；班组人员技能参差不齐。
明年，我将加强班组培训，建立常用配件库，让住户报修更省心。
述职人：嵇永康
2024年12月26日
""",
    ),
    dict(
        slug="fanwenapp-xiezuotong-host-script-phone-class-oneline",
        site="写作通 (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.xiezuotong.example.cn/s/9a7Kq2",
        title="“银龄触网”老人手机使用培训班开班仪式主持词",
        record_title="“银龄触网”老人手机使用培训班开班仪式主持词（开班仪式通用版）｜写作通App",
        date=None,
        notes="writing app's text share, the body on one line; scanning a QR code to sign in is content; a host "
        "script has no date",
        page="""
!m 写作通 · 你的写作助手
{T}
!m 来自写作通用户分享　·　收藏 2.1k
{BODY}
!a 下载写作通App，解锁全部主持词模板
!l 相关模板：老年大学开学典礼主持词　｜　社区助老志愿活动主持词
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
尊敬的各位领导、各位老年朋友：
大家上午好！欢迎大家参加“银龄触网”老人手机使用培训班。请还没有签到的老人扫一扫桌上的二维码签到，不会扫的请举手，志愿者马上过来帮忙。
首先，请社区党委书记致辞，大家欢迎！
感谢书记的讲话。接下来，请志愿者代表为大家介绍这次培训的课程安排。
这次培训共四节课，从打电话、发语音到防诈骗，一步一步教，保证大家学得会、用得上。
现在我宣布，“银龄触网”老人手机使用培训班正式开班！
""",
    ),
]
