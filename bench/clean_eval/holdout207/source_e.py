"""holdout207, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-changyuan-notice-shower-registration-scan",
        site="鲳园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.changyuan-sq.example.cn/tzgg/20241015/207.html",
        title="鲳园社区关于集中登记免费更换适老花洒的通知",
        record_title="【适老改造】鲳园社区关于集中登记免费更换适老花洒的通知_鲳园社区网",
        date="2024-10-15",
        notes="residents' site: weather line, a grid worker's box and property repair lines beside the community's "
        "own 咨询电话; registering by scanning a QR code is content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【适老改造】鲳园社区关于集中登记免费更换适老花洒的通知_鲳园社区网</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/weather.js"></script>
</head>
<body>
<div class="top">
<span class="weather">⟦m 10月15日　晴　17～26℃　空气质量：良⟧</span>
<span>⟦m 鲳园社区网 · 邻里一家亲⟧</span>
</div>
<ul class="nav"><li>⟦m 社区首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 党建园地⟧</li><li>⟦m 居民议事⟧</li></ul>
<div class="place">⟦m 首页 » 社区公告⟧</div>
<div class="notice">
<h2>{T}</h2>
<p class="meta">⟦m 发布人：社区居委会　　浏览 566 次⟧</p>
<div class="notice-text">
{BODY}
</div>
<p class="act">⟦a 打印公告　　转发给家人⟧</p>
</div>
<div class="side">
<div class="grid-box">⟦m 我的网格员：第三网格　周巧云　13807365521⟧</div>
<div class="wy">⟦m 鲳园物业报修：0736-2231900　夜间值班：0736-2231901⟧</div>
<h4>⟦l 社区近期活动⟧</h4>
<ul><li>⟦l 重阳节“银龄饺子宴”报名开始⟧</li><li>⟦l 周末义诊：量血压、测血糖⟧</li></ul>
</div>
<div class="foot">⟦m 鲽城区鲳园社区居民委员会　地址：鲳园路12号党群服务中心⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为帮助辖区老年人安全洗浴，社区将为第二批40户老年人家庭免费更换带恒温阀的适老花洒。现将登记事项通知如下：
一、登记对象：辖区内年满70周岁的独居、空巢老人家庭，以及行动不便的残疾人家庭。
二、登记时间：10月16日至10月25日，每天上午9:00至11:30。
三、登记方式：本人或家属携带身份证、户口簿到社区党群服务中心一楼登记；也可扫描社区宣传栏张贴的二维码在线登记，社区工作人员将电话回访确认。
四、安装安排：登记结束后，社区将统一联系水电师傅上门安装，安装完成后请老人或家属签字确认。
咨询电话：0736-2231846（鲳园社区居委会）
鲽城区鲳园社区居民委员会
2024年10月15日
""",
    ),
    dict(
        slug="community-pangyuan-reminder-heaters-record-title",
        site="鳑苑社区智慧服务平台 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://pangyuan.example-sq.cn/notice/1128.html",
        title="鳑苑社区关于冬季安全使用取暖器的温馨提示",
        date="2024-11-28",
        notes="record title as is; a past-reminders link on its own line between paragraphs; the property "
        "company's 24-hour line at the top; a numbered list; 成文日期 under the signature",
        page="""
!m 鳑苑社区　智慧社区服务平台
!m 物业24小时服务：0736-2236600
!a 一键报修　|　在线议事　|　我要求助
{T}
{BODY}
!l 热门服务：老年助餐　|　家政预约　|　快递代收
!m 鳑苑社区居委会　技术支持：鲽城区智慧社区运营中心
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
近期气温明显下降，不少家庭开始使用取暖器。为防止因取暖器使用不当引发火灾、触电等事故，社区提醒大家：
1.取暖器要直接插在墙壁插座上，不要和其他大功率电器共用一个插排。
2.取暖器周围1米内不要堆放衣物、被褥、纸箱等可燃物，不要在取暖器上烘烤衣物。
3.人离开房间或睡觉前，要关闭取暖器并拔下插头。
⟦l 点这里翻看往期温馨提示 ＞＞⟧
4.家中有老人和孩子的，请选用有倾倒断电、过热保护功能的取暖器。
5.楼道内严禁私拉电线为取暖器供电。
社区网格员近期将入户走访，检查取暖器具使用情况，请大家予以配合。
鲽城区鳑苑社区居民委员会
2024年11月28日
""",
    ),
    dict(
        slug="assoc-jizhou-garden-machinery-pledge-mower-guards",
        site="鲚州市园林机械行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.jzylxh.example.org.cn/xhdt/2024/0321/116.html",
        title="关于割草机产品加装安全防护装置的倡议书",
        record_title="〖行业自律〗关于割草机产品加装安全防护装置的倡议书 - 鲚州市园林机械行业协会",
        date="2024-03-20",
        notes="association site: member-login row and a member hotline; the association's name at the top is also "
        "the signature (matched as head); 成文日期 in Chinese numerals under the signature, the posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖行业自律〗关于割草机产品加装安全防护装置的倡议书 - 鲚州市园林机械行业协会</title>
<link rel="stylesheet" href="/skin/xh.css">
</head>
<body>
<div class="login-row">⟦a 会员单位登录　|　申请入会　|　会员证书查询⟧</div>
<div class="logo"><span>⟦m 鲚州市园林机械行业协会⟧</span><em>⟦m 服务会员　规范行业　促进发展⟧</em></div>
<ul class="nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业自律⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="pos">⟦m 首页 &gt; 行业自律⟧</div>
<div class="show">
<h1>{T}</h1>
<p class="show-info">⟦m 发布时间：2024-03-21　　来源：协会秘书处⟧</p>
<div class="show-body">
{BODY}
</div>
</div>
<div class="member-line">⟦m 会员服务热线：0736-2387715（周一至周五）⟧</div>
<div class="footer">⟦m 版权所有：鲚州市园林机械行业协会　湘ICP备18030127号⟧</div>
</body>
</html>
""",
        date_also=["2024-03-21"],
        body="""
全市园林机械生产、销售企业：
割草机是园林绿化和家庭庭院的常用机械。近年来，因割草机护罩缺失、刀片飞出、误启动造成的伤人事故时有发生。为保障用户安全，提升行业形象，协会向全体会员单位和全市相关企业发出如下倡议：
一、出厂的手推式割草机一律配装后挡板和集草袋，背负式割灌机一律配装刀片护罩。
二、新设计产品应具备松手即停的刀片制动功能，电动产品应设置双重启动开关。
三、在产品醒目位置粘贴中文安全警示标签，说明书中写明“清理堵塞前必须停机”。
四、销售企业向用户交付产品时，要当面讲解安全操作要点。
让我们携起手来，共同守护每一位用户的安全。
鲚州市园林机械行业协会
二〇二四年三月二十日
""",
    ),
    dict(
        slug="assoc-jizhou-forestry-machinery-minutes-chainsaw-vote",
        site="鲚州市林业机械协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.jzlyjx.example.org/gonggao/2024/0715.html",
        title="鲚州市林业机械协会三届四次理事会会议纪要",
        record_title="［会议纪要］鲚州市林业机械协会三届四次理事会会议纪要_协会公告栏",
        date="2024-07-11",
        date_also=["2024-07-15"],
        notes="association text page: the minutes' 时间/地点/主持/出席/记录 lines and a vote count stay; the 时间 line "
        "gives the date, the posting date also accepted",
        page="""
!m 鲚州市林业机械协会
!m 会员登录　|　入会指南　|　会员服务热线 0736-2418830
!m 协会首页 › 协会公告栏
{T}
!m 发布：2024-07-15　　秘书处
{BODY}
!a 打印本页　　返回列表
!l 上一篇：关于缴纳2024年度会费的通知
!l 下一篇：协会组织会员赴鲆岭林场开展技术交流
!m 地址：鲚州市工业大道6号科技楼3层　　邮箱：jzlyjx@example.org
""",
        body="""
时间：2024年7月11日上午9:00
地点：协会会议室
主持：会长　汤致远
出席：理事17人（应到19人）
记录：秘书处　黎小禾
会议审议并通过了以下事项：
一、审议通过《油锯产品售后服务规范（试行）》，要求会员企业在售出油锯时免费提供一次上门操作指导。表决结果：同意16票，反对0票，弃权1票。
二、同意吸收鲆岭县绿野林机维修部等3家单位为协会会员。
三、决定于9月联合县林业部门举办油锯安全操作公益培训，由秘书处拟定方案。
会议要求秘书处抓紧将《规范》印发全体会员，并跟踪落实情况。
""",
    ),
    dict(
        slug="company-liangjie-news-solar-mosquito-lamp-cookie",
        site="亮洁环境科技官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.liangjie-env.example.com/news/2024/0408-solar-lamp.html",
        title="亮洁科技推出太阳能户外灭蚊灯",
        record_title="产品资讯 ⟩ 亮洁科技推出太阳能户外灭蚊灯 - 亮洁环境官网",
        record_date="2024-04-08",
        date="2024-04-08",
        notes="company site: cookie notice, a service float; the company's short name in the header also opens "
        "the news (matched as head); a dotted date; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>产品资讯 ⟩ 亮洁科技推出太阳能户外灭蚊灯 - 亮洁环境官网</title>
<link rel="stylesheet" href="/static/css/site.min.css">
<script defer src="/static/js/cookie-consent.js"></script>
</head>
<body>
<header class="site-head">
<a class="brand" href="/">⟦m 亮洁科技⟧</a>
<nav>⟦m 首页　产品中心　解决方案　工程案例　新闻资讯　关于我们⟧</nav>
<a class="tel">⟦m 销售热线 400-873-6620⟧</a>
</header>
<div class="banner-sm">⟦m 新闻资讯 NEWS⟧</div>
<div class="path">⟦m 首页 ＞ 新闻资讯 ＞ 产品资讯⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 2024.04.08　　浏览：719⟧</div>
<div class="text">
{BODY}
</div>
<div class="pn">⟦l 上一条：公司通过ISO 14001环境管理体系复审⟧<br>⟦l 下一条：亮洁科技参加华中环卫设备展⟧</div>
</article>
<div class="kefu-float">⟦w 售前咨询 · 工作日 8:30–18:00⟧</div>
<div class="cookie">⟦d 我们使用Cookie来改进网站体验，继续浏览即表示您同意。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2024 鲚州亮洁环境科技有限公司　湘ICP备19062281号-1⟧</footer>
</body>
</html>
""",
        body="""
4月8日，亮洁科技在鲚州发布新一代太阳能户外灭蚊灯，主要面向公园、景区和农村人居环境整治项目。
新产品采用光控加时控双重控制，白天充电、傍晚自动开启，无需铺设电缆，解决了以往户外灭蚊灯拉线难、漏电风险高的问题。灯体防护等级达到IP65，集虫盒可从底部整体取下清理。
公司研发负责人介绍，新产品诱蚊光源经过多轮试验，对常见库蚊、伊蚊的诱捕效果比上一代提高约20%，同时减少了对益虫的误伤。
目前，该产品已在鲈川县城区公园开展试点安装，后续将根据用户反馈持续改进。
""",
    ),
    dict(
        slug="company-hwdq-recall-oil-heaters-batches",
        site="恒温电器官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.hwdq-heater.example.cn/news/recall-20241209.html",
        title="关于召回部分批次HW-2013型油汀取暖器的公告",
        date="2024-12-09",
        notes="record title as is; company text page with a cookie line and an order hotline beside the recall "
        "line in the body; the title printed again, glued before the salutation; recalled batches one row a "
        "paragraph; 成文日期 under the signature",
        page="""
!m 恒温电器 — 温暖每一个冬天
!m 产品中心 | 新闻公告 | 服务支持 | 联系我们
!m 订购热线：400-738-2260
!d 本网站使用Cookie改善浏览体验　［接受］［拒绝］
{T}
{BODY}
!w 在线客服　9:00—21:00
!m © 鲭湖县恒温电器有限公司　湘ICP备20017745号
""",
        body="""
⟦t 关于召回部分批次HW-2013型油汀取暖器的公告⟧尊敬的用户：
近日，我公司在质量回访中发现，部分批次“恒温”牌HW-2013型油汀取暖器的电源线与机身连接处固定卡扣强度不足，长期拖拽可能导致电源线松脱、局部过热，存在安全隐患。为保障用户安全，我公司决定召回以下批次产品：
生产批号　生产日期　数量
HW2013-2409A　2024年9月　3260台
HW2013-2410B　2024年10月　2875台
请持有上述批次产品的用户立即停止使用，并拨打召回专线0738-7226510或联系原购买门店，我公司将免费上门更换加固卡扣；无法维修的，予以退货。
由此给您带来的不便，我们深表歉意。
鲭湖县恒温电器有限公司
2024年12月9日
""",
    ),
    dict(
        slug="training-lulin-brochure-chainsaw-course-timetable",
        site="鲦山绿林职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lulin-peixun.example.cn/zhaosheng/youju-2024dong.html",
        title="油锯操作与林木伐除安全培训班招生简章",
        record_title="【冬训班火热报名】油锯操作与林木伐除安全培训班招生简章（每期招满30人即止）- 鲦山绿林职业培训学校",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the school's own 报名电话; "
        "a course table one row a paragraph; scanning to sign up is content; a brochure has no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【冬训班火热报名】油锯操作与林木伐除安全培训班招生简章（每期招满30人即止）- 鲦山绿林职业培训学校</title>
<link rel="stylesheet" href="/css/school.css">
<script src="/js/kf53.js"></script>
</head>
<body>
<div class="promo">⟦a 限时立减200元　老学员推荐再减100⟧</div>
<header><span class="logo">⟦m 鲦山绿林职业培训学校⟧</span><span>⟦m 人社部门备案　正规结业证书⟧</span></header>
<nav>⟦m 学校首页　招生简章　课程设置　师资力量　学员园地　在线报名⟧</nav>
<div class="bread">⟦m 首页 / 招生简章⟧</div>
<section class="zs">
<h1>{T}</h1>
<p class="zs-meta">⟦m 招生老师：彭老师　　浏览：2,140⟧</p>
<div class="zs-body">
{BODY}
</div>
</section>
<div class="consult-float">⟦w 课程顾问在线　点我咨询⟧</div>
<footer>
<p>⟦m 加盟合作热线：400-017-5288⟧</p>
<p>⟦m 鲦山绿林职业培训学校　校址：鲦山县林业路45号　湘ICP备21008860号⟧</p>
</footer>
</body>
</html>
""",
        body="""
为提高林业从业人员油锯操作技能和安全意识，本校面向社会开办油锯操作与林木伐除安全培训班，现将有关事项介绍如下：
一、招生对象：林场职工、护林员、园林绿化工人及有意从事林木采伐作业的人员，年龄18至55周岁。
二、培训内容：
课程　学时　形式
油锯构造与保养　8学时　理论加拆装
安全操作与防反弹　8学时　实操
定向伐木与截锯　16学时　林地实训
三、培训时间：2024年11月18日至11月23日，共6天。
四、培训费用：每人980元，含教材、实训耗材和午餐；考核合格颁发培训合格证书。
五、报名方式：携带身份证到校报名，或扫描招生海报上的二维码在线报名。
报名电话：0745-5830216　联系人：彭老师
""",
    ),
    dict(
        slug="training-qiaojiang-diary-thermostatic-shower",
        site="鳅溪巧匠职业培训学校 (invented)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="http://www.qiaojiang-px.example.com/xyyd/2024/1102.html",
        title="第一次独立装好恒温花洒",
        record_title="〔学员园地〕第一次独立装好恒温花洒 - 鳅溪巧匠职业培训学校",
        date=None,
        notes="training school text page: a free-trial prompt on its own line between paragraphs, sign-up contact "
        "lines; a trainee's diary with no date",
        page="""
!m 鳅溪巧匠职业培训学校 · 学一门手艺　端一个饭碗
!m 首页 > 学员园地 > 学员日记
{T}
!m 作者：水电安装班　杭小满　　阅读：358
{BODY}
!w 报名咨询：0743-2216088（微信同号）
!l 更多学员日记：《焊工班的第一个月》　《我考下了电工证》
!m 鳅溪巧匠职业培训学校　版权所有
""",
        indent="\u3000\u3000",
        body="""
今天是水电安装班实训的第十二天，师傅让我一个人给实训间的淋浴位装一套恒温花洒，从开箱到出水全程不许别人帮忙。
我先对着说明书把零件清点了一遍，发现恒温阀分冷热两端，红色标记一侧必须接热水管。以前在家帮舅舅装过普通花洒，从来没注意过这个，要是接反了，调温就全乱了。
⟦a 想学水电安装？点这里领一节免费试听课⟧
装曲脚的时候，我缠生料带缠得太厚，拧到一半就拧不动了，只好拆下来重缠。师傅在旁边看着，一句话没说，等我装好才告诉我：生料带八到十圈就够，方向要顺着螺纹拧紧的方向。
试水那一刻，我把温控旋钮拧到40℃，伸手一试，水温刚刚好，心里别提多踏实了。
师傅说，装花洒看着简单，关系到的是人家洗澡烫不烫、摔不摔。我把这句话记在了笔记本的第一页。
""",
    ),
    dict(
        slug="fanwenapp-bixia-host-script-mosquito-campaign-fold",
        site="笔下生花APP H5分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bixiashenghua.example.com/share/doc/7720931?from=wx",
        title="“清凉一夏·灭蚊行动”启动仪式主持词",
        record_title="“清凉一夏·灭蚊行动”启动仪式主持词（开场+结束语）· 笔下生花APP",
        date=None,
        notes="writing app's H5 share: open-app mask, AI buttons, a fold line on its own between paragraphs; "
        "a host script has no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>“清凉一夏·灭蚊行动”启动仪式主持词（开场+结束语）· 笔下生花APP</title>
<script src="https://h5.bixiashenghua.example.com/sdk/wx-share.js"></script>
<style>.mask{position:fixed;bottom:0}</style>
</head>
<body>
<div class="app-head">⟦m 笔下生花 · 会写的人都在用⟧ <a class="open">⟦a 用APP打开⟧</a></div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 范文库 · 主持词　　2.6万人看过⟧</div>
<div class="ai-bar">⟦a AI续写　AI润色　一键换成社区版⟧</div>
<div class="doc-body">
{BODY}
</div>
</div>
<div class="mask">⟦a 打开笔下生花APP，阅读完整内容⟧ <button>⟦a 立即打开⟧</button></div>
<div class="foot">⟦d 内容由用户创作或AI辅助生成，仅供参考⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位领导、各位居民朋友们：
大家上午好！夏天到了，蚊子也多了起来。为了让大家过一个清爽、健康的夏天，今天我们在这里举行“清凉一夏·灭蚊行动”启动仪式。
首先，请允许我介绍出席今天启动仪式的领导和嘉宾：街道办事处副主任、社区卫生服务中心负责同志，以及物业公司和志愿者代表。让我们以热烈的掌声表示欢迎！
下面进行第一项议程，请街道办事处副主任讲话，大家欢迎！
⟦a 展开剩余 60% ∨⟧
感谢领导的讲话。下面进行第二项议程，请志愿者代表向居民发放防蚊手册，并为首批20户居民赠送灭蚊灯。
最后，请各位领导共同按下启动按钮，宣布“清凉一夏·灭蚊行动”正式启动！
各位朋友，灭蚊防病，人人有责。让我们从清理一盆积水、挂好一盏灭蚊灯做起，共同守护健康家园。启动仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-wengaoxia-report-park-manager-doc",
        site="文稿匣APP分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.wengaoxia.example.cn/d/3c91a7",
        title="园林管护所所长2024年度述职报告",
        record_title="园林管护所所长2024年度述职报告.doc",
        date="2024-12-20",
        notes="file-name record title; app share text: a members-copy prompt, an AI-expand button glued after the "
        "last paragraph; the 述职人 line and date under it",
        page="""
!m 文稿匣 · 随身的材料库
!t 园林管护所所长2024年度述职报告.doc
!m 12页 · 4,608字 · 1.1万次使用
!a 复制全文需开通会员　　｜　　下载到手机
{BODY}
!a 在文稿匣APP中打开，编辑更方便
!l 相似范文：城管局市容科科长述职报告　环卫所所长年度述职
""",
        body="""
一年来，在县城市管理局党组的领导下，我带领园林管护所全体职工，围绕城区绿地精细化养护目标，较好地完成了各项工作任务。现将履职情况报告如下：
一、抓养护，城区绿地面貌持续改善。全年完成城区绿地修剪养护186万平方米，补植苗木2.3万株。针对群众反映的割草噪声问题，将作业时间调整为上午8时后，并新购电动割草机12台，逐步替换老旧燃油机。
二、抓安全，全年未发生作业伤人事故。组织割草机、绿篱机操作人员安全培训4期，为一线职工配齐护目镜、耳罩和防滑鞋。
三、抓队伍，职工干事热情不断提高。开展“养护能手”评比，落实临时用工防暑降温补贴。
存在的不足：养护机械更新还不够快，精细化管理水平有待提高。新的一年，我将继续努力，为建设整洁美丽的城区作出新的贡献。⟦a 〔AI帮我扩写这一段〕⟧
述职人：龙湛
2024年12月20日
""",
    ),
]
