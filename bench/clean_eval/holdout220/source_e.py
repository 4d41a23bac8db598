"""holdout220, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (each once as HTML, once as text).

Every page, place, person, firm, site, URL and number here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="community-longwan-notice-water-heater-checks-qr",
        site="垄湾社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.longwan-sq.example.cn/tzgg/2025/1208/218.html",
        title="关于开展电热水器免费安全检测的通知",
        record_title="【社区温馨告知】关于开展电热水器免费安全检测的通知·垄湾社区居民之家",
        date="2025-12-08",
        notes="residents' site: a weather line, a grid worker's box and the property company's duty and repair lines "
        "beside the community's own 咨询电话; 关注 the community account and 扫码预约 are content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【社区温馨告知】关于开展电热水器免费安全检测的通知·垄湾社区居民之家</title>
<script src="/assets/js/site.js"></script>
</head><body>
<div class="bar">⟦m 12月9日 星期二　晴　3~11℃⟧　<a>⟦a 居民登录⟧</a></div>
<div class="logo">⟦m 垄湾社区居民之家⟧<small>⟦m 邻里守望　共建家园⟧</small></div>
<ul class="menu"><li>⟦m 社区首页⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 邻里活动⟧</li><li>⟦m 网格服务⟧</li></ul>
<div class="main">
<div class="path">⟦m 社区首页 » 通知公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布人：社区居委会　浏览：642⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="side">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　邹敏　138 0736 2291⟧</p></div>
<div class="wy"><h4>⟦m 物业服务⟧</h4><p>⟦m 24小时值班：0736-5830999⟧</p><p>⟦m 报修专线：0736-5830888⟧</p></div>
</div>
<div class="foot">⟦m 囷山县城关街道垄湾社区居民委员会　技术支持：囷山网络科技⟧</div>
</body></html>
""",
        body="""
各位居民：
入冬以来，居民家中电热水器使用频繁。为消除用电安全隐患，社区联合县消防救援大队、供电所和爱心企业，开展电热水器免费安全检测活动。现将有关事项通知如下：
一、检测时间：12月13日至12月15日，每天9:00—17:00。
二、检测内容：漏电保护插头、接地线、温控器、安全阀以及热水器使用年限。
三、预约方式：居民可关注社区公众号“垄湾家园”，在菜单中扫码预约，工作人员按预约顺序上门；行动不便的老人可由楼栋长代为登记。
四、检测当天请家中留人，并提前清理热水器下方的杂物。
检测全程免费，工作人员不推销任何产品，如有人借机收费，请及时向社区反映。
咨询电话：0736-5830217（社区服务站）
垄湾社区居民委员会
2025年12月8日
""",
    ),
    dict(
        slug="community-jiqiao-minutes-square-speakers-vote",
        site="枅桥社区网 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.jiqiao-sq.example.cn/ysh/2025/0612/77.html",
        title="枅桥社区居民议事会关于中心广场晚间音箱噪声问题的会议纪要",
        record_title="〔议事纪要〕枅桥社区居民议事会关于中心广场晚间音箱噪声问题的会议纪要｜枅桥社区网",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="residents' site text: minutes with 时间/地点/主持/参会/记录 lines and a show-of-hands count; the 时间 line "
        "gives the date, the page's posting date also accepted; a residents'-group QR line",
        page="""
!m 枅桥社区网 · 居民议事
{T}
!m 发布：2025-06-12　来源：社区居委会　阅读：1,305
{BODY}
!l 往期议事：加装电梯意见征集会纪要　｜　小区停车收费协商会纪要
!a 扫码加入“枅桥邻里”群，参与下次议事
!m 枅桥社区居民委员会　电话：0766-2207319
""",
        body="""
时间：2025年6月10日19:00
地点：枅桥社区党群服务中心二楼会议室
主持：社区居委会主任　汪丽
参会：居民议事会成员11人，广场舞队代表3人，物业代表1人
记录：吴佳怡
会议围绕中心广场晚间蓝牙音箱噪声问题进行了协商，形成如下意见：
一、广场舞活动时间调整为19:00至21:00，21:00以后停止外放。
二、各舞蹈队统一使用社区配备的定向音箱，音量由队长负责控制，靠近住宅楼一侧不摆放音箱。
三、社区为自愿“静音跳舞”的队员免费借用无线耳机30副。
四、物业在广场安装噪声监测屏，超过60分贝时提醒。
以上意见经举手表决，14人同意，1人弃权，自6月15日起试行一个月。
""",
    ),
    dict(
        slug="association-biyuan-wearables-pledge-band-claims",
        site="璧源市智能穿戴产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.byznch.example.org.cn/hydt/2025/0818/0312.html",
        title="关于规范智能手环健康功能宣传的倡议书",
        record_title="〖规范宣传〗关于规范智能手环健康功能宣传的倡议书—璧源市智能穿戴产业协会",
        date="2025-08-15",
        date_also=["2025-08-18"],
        notes="association site: a member-login row and a member hotline beside the secretariat's own 联系电话; the "
        "association's name in the header is also the signature and stands in the body (matched as head); asking "
        "members to 分享 the pledge is content; the page's date differs from the pledge's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖规范宣传〗关于规范智能手环健康功能宣传的倡议书—璧源市智能穿戴产业协会</title>
<script src="/js/member.js"></script>
</head><body>
<div class="toplink"><a>⟦a 会员单位登录 · 入会申请 · 证书查询⟧</a></div>
<div class="header">⟦m 璧源市智能穿戴产业协会⟧</div>
<div class="menu">⟦m 首页　协会概况　行业动态　政策法规　会员风采　联系我们⟧</div>
<div class="main">
<div class="pos">⟦m 首页 ＞ 行业动态 ＞ 协会公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2025-08-18　秘书处⟧</p>
<div class="con">
{BODY}
</div>
<div class="pre">⟦l 上一篇：协会召开2025年上半年会长办公会⟧</div>
</div>
<div class="foot">⟦m 会员服务热线：0766-2358000⟧<br>⟦m 地址：璧源市玓城区科创园B座6楼　邮编：336018⟧<br>⟦m 版权所有 璧源市智能穿戴产业协会⟧</div>
</body></html>
""",
        body="""
各会员单位、全市智能穿戴行业从业者：
近年来，智能手环因具备计步、心率、睡眠监测等功能深受消费者欢迎。但也有个别企业在宣传中夸大功能，使用“替代体检”“精准诊断”“预防心梗”等用语，误导消费者，损害了行业声誉。为此，璧源市智能穿戴产业协会向全行业倡议：
一、如实宣传。手环的健康数据仅供参考，不得宣称具有诊断、治疗功能。
二、规范标注。在包装和详情页显著位置标注“非医疗器械”字样和数据误差范围。
三、保护隐私。未经用户同意，不得收集、出售用户的健康数据。
四、做好售后。建立快速响应机制，对消费者投诉在48小时内给予答复。
欢迎各会员单位将本倡议分享到门店和网店，共同营造诚信经营的市场环境。
联系电话：0766-2358014（协会秘书处）
璧源市智能穿戴产业协会
2025年8月15日
""",
    ),
    dict(
        slug="association-chuangshi-summary-curtain-committee-table",
        site="璧源市窗饰行业协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.bychuangshi.example.org/xhgz/2025/0120/56.html",
        title="2024年度电动窗帘专业委员会工作总结",
        record_title="【专委会年报】2024年度电动窗帘专业委员会工作总结_璧源窗饰协会",
        record_date="2025-01-20",
        date="2025-01-20",
        notes="association text: the record gives the date; a two-year figures table (one row a paragraph); a "
        "member-only download line between paragraphs; 成文日期 under the committee's name",
        page="""
!m 璧源市窗饰行业协会
!m 协会首页 > 专委会工作 > 电动窗帘专业委员会
{T}
!m 编辑：秘书处　点击：311
{BODY}
!a 会员单位登录后可下载本总结的Word版
!l 相关：2025年专委会工作要点　｜　电动窗帘安装服务规范（团体标准）
!m 协会秘书处：0766-2371106　会员服务邮箱：hy@bychuangshi.example.org
""",
        indent="\u3000\u3000",
        body="""
2024年，专委会在协会理事会领导下，围绕“提品质、强服务”开展工作，全年新发展会员企业9家，会员总数达到47家。现将主要工作总结如下。
一、主要数据
项目　2023年　2024年
会员企业（家）　38　47
组织培训（期）　3　6
培训安装人员（人次）　210　486
受理消费纠纷调解（件）　19　27
⟦a 以下内容仅对会员开放，请先登录⟧
二、主要工作
（一）制定《电动窗帘安装服务规范》团体标准，明确测量、安装、调试、交付四个环节的要求，已有31家会员企业承诺执行。
（二）联合市职业技术学校开办安装技师培训班6期，培训合格人员发放专委会证书。
（三）设立消费纠纷调解室，全年调解成功25件。
三、2025年打算
推动团体标准在全市推广应用，开展会员企业服务质量星级评定。
璧源市窗饰行业协会电动窗帘专业委员会
2025年1月20日
""",
    ),
    dict(
        slug="company-shenglan-recall-speaker-batches-cookie",
        site="声澜电子官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.shenglan-audio.example.com/news/notice/2025-0218.html",
        title="关于主动召回部分批次便携蓝牙音箱的公告",
        record_title="关于主动召回部分批次便携蓝牙音箱的公告 - 公司公告 - 声澜SONLAN",
        date="2025-02-17",
        date_also=["2025-02-18"],
        notes="company site: a cookie notice, a service float and a 400 purchase line beside the recall's own 专线; a "
        "batches table (one row a paragraph); scanning the label is content; the page's date differs from the "
        "notice's",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于主动召回部分批次便携蓝牙音箱的公告 - 公司公告 - 声澜SONLAN</title>
<script src="/static/js/cookie-consent.js"></script><script src="/static/js/kefu.js"></script>
</head><body>
<div class="cookie">⟦d 本站使用 Cookie 改善浏览体验，继续访问即表示您同意我们的隐私政策。⟧<button>⟦a 我知道了⟧</button></div>
<header><a class="logo">⟦m 声澜SONLAN⟧</a><nav>⟦m 产品中心　解决方案　服务支持　新闻中心　关于声澜⟧</nav><a>⟦a 官方商城⟧</a></header>
<main>
<div class="crumb">⟦m 新闻中心 / 公司公告⟧</div>
<h1>{T}</h1>
<p class="time">⟦m 2025-02-18　来源：声澜电子⟧</p>
<article>
{BODY}
</article>
<div class="next">⟦l 下一篇：声澜电子荣获省级“专精特新”企业称号⟧</div>
</main>
<div class="kefu">⟦w 在线客服⟧</div>
<footer>⟦m 购买咨询：400-863-2025⟧<br>⟦m © 2025 璧源市声澜电子科技有限公司　赣ICP备19004471号-2⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在产品质量跟踪中发现，2024年10月至12月生产的部分SL-M3型便携蓝牙音箱，因电池保护板元件存在缺陷，在长时间充电时可能出现电池过热，极端情况下存在起火风险。为保障用户安全，我公司决定主动召回上述产品。
召回范围如下：
产品型号　生产批次　数量（台）
SL-M3　20241018—20241031　3260
SL-M3　20241102—20241130　4715
SL-M3　20241203—20241220　2138
用户可查看音箱底部标签上的生产批次，也可扫描标签上的二维码自助查询。属于召回范围的，请立即停止使用和充电，我公司将免费更换电池保护板，并承担往返运费。
召回专线：0766-2396551（每天8:00—20:00）
璧源市声澜电子科技有限公司
2025年2月17日
""",
    ),
    dict(
        slug="company-heyan-news-water-heater-line-dotted-date",
        site="禾晏电器官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.heyan-dq.example.com/news/qyxw/20250926.html",
        title="禾晏电器电热水器智能生产线在畦田工业园投产",
        record_title="企业新闻 ∣ 禾晏电器电热水器智能生产线在畦田工业园投产｜禾晏电器",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="company news text: the record gives the date (the page's dotted date is the same); scanning a heater's "
        "QR code is content; a photo caption between paragraphs; a follow line and a service hotline below",
        page="""
!m 禾晏电器　让每一次沐浴都安心
!m 首页 / 新闻中心 / 企业新闻
{T}
!m 2025.09.26　|　禾晏电器品牌部
{BODY}
!a 关注“禾晏电器服务”公众号，预约安装更方便
!m 全国服务热线：400-618-3366
!m © 禾晏电器股份有限公司
""",
        body="""
9月25日，禾晏电器电热水器智能生产线在畦田工业园正式投产。新生产线总投资1.2亿元，年产能达到80万台，是公司目前自动化程度最高的生产线。
新生产线采用机器人焊接内胆、自动喷涂搪瓷和在线检漏技术，内胆焊缝一次合格率由原来的97.2%提升到99.6%，每台产品都要经过耐压、绝缘、通电等12道在线检测。
⟦m 图：新投产的内胆焊接机器人工作站⟧
生产线还建立了产品追溯系统，用户扫描热水器侧面的二维码，就能查到生产日期、检验记录和安装指导视频。
公司董事长何立新表示，新生产线投产后，公司将重点发展一级能效和带防电墙的安全型产品，力争三年内进入全国电热水器行业前二十名。
""",
    ),
    dict(
        slug="training-lixue-brochure-curtain-install-weekend",
        site="立学职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lixue-px.example.cn/zs/znjj-2025.html",
        title="智能家居安装调试（电动窗帘方向）周末班招生简章",
        record_title="[火热报名中] 智能家居安装调试（电动窗帘方向）周末班招生简章 — 立学职业培训学校",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 line beside the brochure's own 报名电话; a "
        "course timetable (one row a paragraph); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[火热报名中] 智能家居安装调试（电动窗帘方向）周末班招生简章 — 立学职业培训学校</title>
<script src="/js/zixun.js"></script>
</head><body>
<div class="promo">⟦a 老学员推荐新学员，双方各减 300 元 ›⟧</div>
<div class="head"><span>⟦m 立学职业培训学校⟧</span><span>⟦m 学一门手艺，立一份事业⟧</span><span>⟦m 全国招生热线：400-030-8826⟧</span></div>
<div class="nav">⟦m 首页｜热门专业｜招生简章｜学员风采｜校区地址⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="meta">⟦m 来源：招生办　浏览：2,455⟧</div>
<div class="body">
{BODY}
</div>
<div class="btns"><a>⟦a 在线报名⟧</a><a>⟦a 预约试听⟧</a></div>
</div>
<div class="float-zx">⟦w 咨询课程顾问（微信同号 13907385108）⟧</div>
<div class="foot">⟦m 立学职业培训学校　办学许可证号：人社民4310272000103号⟧</div>
</body></html>
""",
        body="""
一、培养目标
面向有意从事智能家居安装工作的社会人员，通过12周的周末课程，使学员掌握电动窗帘测量、轨道安装、电机接线和智能联动调试技能。
二、课程安排
周次　课程内容　课时
第1—3周　测量与轨道安装　18
第4—6周　电机接线与限位设置　18
第7—9周　遥控、App与语音联动　18
第10—12周　实操考核与上门服务礼仪　18
三、招生对象及费用
年满18周岁，初中以上文化程度。学费2680元，含教材、耗材和考证费用；退役军人、失业人员凭相关证明可申请职业技能培训补贴。
四、报名方式
报名地址：庾溪县舂溪大道126号立学培训学校一楼
报名电话：0738-4735108（贺老师）
""",
    ),
    dict(
        slug="training-lixue-insight-water-heater-repair-oneline",
        site="立学职业培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.lixue-px.example.cn/xyfc/2025/xinde-0617.html",
        title="参加家电维修（电热水器方向）培训班的心得体会",
        record_title="学员说 | 参加家电维修（电热水器方向）培训班的心得体会 - 立学培训",
        date=None,
        notes="a trainee's 心得 on one line (paragraphs apart only by their indent); no date; a column prefix and the "
        "school after the title; a trial-lesson line and a 400 line below",
        page="""
!m 立学职业培训学校 › 学员风采
{T}
!m 学员：鲁成刚　班级：家电维修第15期
{BODY}
!a 想学手艺？本月试听课免费，点这里预约
!m 全国招生热线：400-030-8826
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
今年三月，我从工厂辞职后报名参加了立学培训学校的家电维修培训班，主攻电热水器方向。四十天的学习让我从一个门外汉变成了能独立上门维修的师傅。
最大的收获是打牢了安全意识。老师第一课就讲“断电、断水、泄压”三步，反复强调热水器维修必须先断开电源，再关进水阀，最后打开安全阀泄压。
第二个收获是学会了看故障。热水器不加热，可能是温控器坏了，也可能是加热管结垢；出水忽冷忽热，多半是混水阀的问题。老师让我们每个人都拆装了十几台旧机，摸清了各部件的构造。
现在我已经在县城开了一家小维修店，每月能接三十多单。感谢老师们的耐心指导，也建议学校多增加一些上门服务沟通方面的课程。
""",
    ),
    dict(
        slug="writingapp-bishenghua-host-script-band-walk",
        site="笔生花 App H5 share page (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bishenghua.example.com/share/art?id=6620913&from=wx",
        title="2025年职工“健步走”比赛开幕式主持词",
        record_title="2025年职工“健步走”比赛开幕式主持词（拿来即用）· 笔生花App",
        date=None,
        notes="writing app's H5 share: an open-app mask, AI buttons, a fold line between paragraphs; no date; an aside "
        "and the app after the title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>2025年职工“健步走”比赛开幕式主持词（拿来即用）· 笔生花App</title>
<script src="https://h5.bishenghua.example.com/static/openapp.js"></script>
</head><body>
<div class="mask"><p>⟦a 打开笔生花App，查看完整版并一键套用⟧</p><button>⟦a 立即打开⟧</button></div>
<div class="hd">⟦m 笔生花 · 写材料不发愁⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="info">⟦m 主持词 · 1,046 字 · 已有 5.2 万人使用⟧</p>
<div class="ai">⟦a ✎ AI续写⟧ ⟦a ⟲ AI换个说法⟧ ⟦a ⧉ 复制到我的文档⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="rec"><p>⟦l 你可能还需要：职工运动会闭幕式主持词 · 健步走活动总结⟧</p></div>
<div class="ft">⟦m 笔生花App · 扫码下载⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、亲爱的职工朋友们：
大家上午好！金秋送爽，丹桂飘香。今天，我们在廪河绿道相聚，隆重举行2025年职工“健步走”比赛。本次比赛首次使用智能手环计步计时，每位参赛选手都已领取并佩戴好手环。
下面，进行开幕式第一项：请工会主席致开幕辞。大家欢迎！
⟦a 展开剩余 60% ∨⟧
感谢主席的讲话。下面进行第二项：请裁判长宣布比赛规则。
谢谢裁判长。请各位选手再次检查手环电量，确认手环已与比赛系统绑定。
现在，我宣布：2025年职工“健步走”比赛正式开始！
""",
    ),
    dict(
        slug="writingapp-bishenghua-speech-battery-safety-cn-date",
        site="笔生花 App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://h5.bishenghua.example.com/share/art?id=6634077",
        title="在声澜电子2025年安全生产大会上的讲话",
        record_title="【安全月必备】在声澜电子2025年安全生产大会上的讲话 - 笔生花App",
        date="2025-06-02",
        notes="writing-app text: speaker and date lines under the speech title (neutral; the date in Chinese numerals); an "
        "AI-polish button glued after a sentence; a copy-to-use prompt and an open-app line",
        page="""
!m 笔生花 · 写材料不发愁
!a 打开App阅读，字更大、不卡顿
{T}
总经理　郑书航
（二〇二五年六月二日）
{BODY}
!a 复制全文需开通笔生花会员
!l 相关范文：安全生产月启动仪式主持词 · 车间班组长安全表态发言
!m 笔生花App · 扫码下载
""",
        body="""
同志们：
今天是全国“安全生产月”启动后的第一个工作日，我们召开全公司安全生产大会，目的就是把安全这根弦再绷紧一些。
我们生产的蓝牙音箱、无线耳机都内置锂电池，锂电池仓库和老化测试车间是全公司安全风险最高的地方。去年，同行业就发生过两起锂电池仓库火灾，损失惨重。⟦a ✦ 一键AI润色本段⟧
下面，我讲三点要求。
第一，锂电池仓库要严格控制库存量，电池与成品分区存放，每天下班前专人巡查签字。
第二，老化测试车间夜间必须有人值守，测试架不得超负荷，发现电池鼓包、发烫的立即隔离。
第三，各部门负责人是本部门安全第一责任人，年底考核实行安全“一票否决”。
同志们，安全是企业的生命线，希望大家从我做起，从现在做起！
""",
    ),
]
