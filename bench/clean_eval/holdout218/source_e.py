"""holdout218, part E: a residents' site, trade associations, companies, training schools, writing
apps and an exam forum. Every case written by hand; invented places, people, sites and chrome
wording."""

CASES = [
    dict(
        slug="community-shengyuan-aircon-pledge-oneline",
        site="晟苑社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.shengyuansq.com/gonggao/20250618-07.html",
        title="关于规范安装空调外机、文明使用空调的倡议书",
        record_title="【文明楼道】关于规范安装空调外机、文明使用空调的倡议书 — 晟苑社区网",
        date="2025-06-18",
        notes="residents' text page with the whole body on one line (paragraphs apart only by their indent); the community's own phone in the body beside the property's repair line below; the signature date",
        page="""
!m 晟苑社区网 · 我们的家园
!m 社区公告 ＞ 倡议
!t 【文明楼道】关于规范安装空调外机、文明使用空调的倡议书
!m 阅读 205　　点赞 17
{BODY}
!m 物业报修：0745-6290117（8:00-20:00）
!l 👍 赞一个　　💬 留言　　↗ 转给邻居
!m 晗江区暻和街道晟苑社区居委会主办
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位居民朋友：
夏季用电高峰到来，空调外机安装不规范、冷凝水乱滴、噪声扰邻等问题时有发生。为营造安全、和谐的居住环境，社区居委会向全体居民倡议：
一、规范安装外机。空调外机应安装在预留机位上，不得悬挑在公共通道和他人窗户上方，支架要牢固，高空作业请找有资质的安装人员。
二、管好冷凝水。冷凝水管应接入预留排水管，不得直接向楼下滴水。
三、控制开机温度。室内温度设置不低于26度，夜间尽量使用静音模式，减少对邻居的影响。
四、邻里互谅互让。发现外机滴水、噪声问题，先友好沟通；沟通不成的，可拨打社区电话0745-6206628，由社区协调解决。
晟苑社区居民委员会
2025年6月18日
""",
    ),
    dict(
        slug="association-xuanzhou-watch-council-minutes-vote",
        site="晅州市钟表行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.xzzbxh.org.cn/xhdt/2025/0426/146.html",
        title="晅州市钟表行业协会第三届理事会第四次会议纪要",
        record_title="会议纪要丨晅州市钟表行业协会第三届理事会第四次会议纪要 - 晅州钟表协会",
        date="2025-04-24",
        date_also=["2025-04-26"],
        notes="association site: a member-login row and a join-us line; the 时间/地点/主持/出席/列席/记录 lines of minutes and a vote count; the meeting's 时间 line expected, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>会议纪要丨晅州市钟表行业协会第三届理事会第四次会议纪要 - 晅州钟表协会</title></head>
<body>
<div class="login">⟦a 会员单位入口：账号 密码 登入 ｜ 忘记密码⟧</div>
<div class="hd">⟦m 晅州市钟表行业协会⟧ ⟦m XUANZHOU HOROLOGICAL ASSOCIATION⟧</div>
<div class="nav">⟦m 首页 | 协会简介 | 协会动态 | 会员名录 | 行业标准 | 入会指南⟧</div>
<div class="pos">⟦m 首页 » 协会动态⟧</div>
<div class="art"><h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-04-26　发布人：秘书处⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="join">⟦a 钟表维修、销售企业申请入会，请填写入会登记表⟧</div>
<div class="ft">⟦m 协会秘书处电话：0731-8471206⟧　⟦m 湘ICP备20017318号⟧</div>
<div class="side"><h4>⟦l 协会要闻⟧</h4><p>⟦l 钟表维修技能比武报名开始啦⟧</p><p>⟦l 秘书处走访城区老字号钟表店⟧</p></div>
<script src="/js/xh-main.js"></script>
</body></html>
""",
        body="""
时间：2025年4月24日上午9时
地点：协会会议室
主持：会长 杭启明
出席：理事15人（应到17人）
列席：监事长 祁美玲
记录：秘书处 瞿嘉
会议审议并表决通过了以下事项：
1. 通过《晅州市钟表维修服务规范（试行）》。规范要求会员单位维修手表前向顾客出具维修单，写明故障、报价和取表日期，表决结果：同意15票，反对0票，弃权0票。
2. 同意吸收晅州市恒时钟表维修部等3家单位为新会员。
3. 决定于6月举办第二届钟表维修技能比武，由秘书处拟定方案。
会议要求，各理事单位要带头执行维修服务规范，协会将在年底对执行情况进行检查。
""",
    ),
    dict(
        slug="association-officeequip-copier-rental-pledge-head",
        site="晅州市办公设备行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xzbgsb.org/tzgg/2025/0909/77.html",
        title="关于规范复印机租赁服务收费的倡议书",
        record_title="【同业公约】关于规范复印机租赁服务收费的倡议书｜晅州办公设备协会",
        date="2025-09-08",
        date_also=["2025-09-09"],
        notes="association text: its name above the title is also the signature (matched as head); a price-list table; the signature date expected, the posting date also accepted",
        page="""
!m 晅州市办公设备行业协会
!m 协会首页 / 通知公告
!t 【同业公约】关于规范复印机租赁服务收费的倡议书
!m 发布：2025-09-09　　来源：秘书处
{BODY}
!a 会员单位请登录后签署线上承诺
!m 联系我们：xzbgsb@163.com
""",
        body="""
全市复印机销售、租赁、维修企业：
近来，协会陆续接到客户反映，部分企业在复印机租赁中存在合同约定不清、超印张费计算不透明、到期后设备拖延回收等问题。为维护行业信誉，协会倡议：
一、明码标价。在合同中写明月租金、包含印量和超出部分单价，推荐参考价如下：
机型　月租金（元）　含印量（张）　超印单价（元）
黑白A3复印机　300　3000　0.03
彩色A3复印机　600　2000　0.30
二、透明计量。每月抄表时与客户共同确认计数器读数，拍照留存。
三、诚信服务。故障报修四小时内响应，合同到期后七日内完成设备回收。
晅州市办公设备行业协会
2025年9月8日
""",
    ),
    dict(
        slug="company-jingying-elderly-tv-production-record",
        site="晶映电子科技 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jingying-tech.com/news/company/20250926.html",
        title="晶映电子适老化电视机正式量产",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="company site: a cookie notice and a service float; record title and date as is; the title repeated and glued before the lead, a dotted company date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>晶映电子适老化电视机正式量产</title></head>
<body>
<div class="cookie">⟦d 为提升浏览体验，本站会使用Cookie，继续浏览即表示您同意我们的隐私条款⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 晶映电子 JINGYING⟧ <nav>⟦m 产品中心　解决方案　新闻中心　服务支持　关于晶映⟧</nav></header>
<div class="crumb">⟦m 新闻中心 / 公司动态⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.09.26　｜　晶映品牌部⟧</p>
<div class="body">
{BODY}
</div>
</article>
<div class="float">⟦w 售前咨询 400-626-8080⟧ ⟦a 在线客服⟧</div>
<footer>⟦m © 2025 晅州晶映电子科技有限公司　湘ICP备19011209号⟧</footer>
<aside>⟦l 延伸阅读：晶映亮相晅州消费电子展⟧</aside>
<script src="/assets/js/cookie-consent.js"></script>
</body></html>
""",
        body="""
⟦t 晶映电子适老化电视机正式量产⟧9月26日，晶映电子首款适老化电视机在晗江区生产基地正式量产下线，首批5000台将于国庆前投放市场。
这款电视机针对老年用户的使用习惯进行了多项改进：开机直接进入直播频道，不播放开机广告；菜单字体放大一倍，常用功能集中在首页；机身配备实体“一键回家”按键，老人按一下即可回到常看频道。
公司研发负责人介绍，产品开发前，研发团队走访了三个社区的120户老年家庭，记录下老人操作电视时遇到的23个难点，逐一进行了改进。
下一步，公司将联合社区开展适老化电视进家庭体验活动，让更多老人看电视不再犯难。
""",
    ),
    dict(
        slug="company-buzhi-pedometer-recall-batches",
        site="步知科技 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.buzhitech.com/news/notice/2025-11-14.html",
        title="关于召回部分批次计步器的公告",
        record_title="品牌资讯 → 公司公告 → 关于召回部分批次计步器的公告－步知科技",
        date="2025-11-14",
        notes="company text page: a recall line in the body beside the 400 sales line below; a batch table; the signature date",
        page="""
!m 步知科技 BUZHI　|　让每一步都算数
!m 新闻中心 › 公司公告
!t 关于召回部分批次计步器的公告
{BODY}
!m 产品选购热线：400-887-5216
!a 关注步知科技服务号，了解新品资讯
!m © 晅州步知科技有限公司　湘ICP备21030077号
""",
        body="""
尊敬的用户：
我公司近期在质量跟踪中发现，部分批次的BZ-20型夹腰式计步器电池仓盖卡扣强度不足，长期使用后可能松脱，存在纽扣电池掉落、被儿童误食的风险。为保障用户安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　生产日期
BZ-20　B2505A　2025年5月
BZ-20　B2506A　2025年6月
BZ-20　B2506B　2025年6月
用户可在计步器背面标签上查看生产批号。属于上述批次的，可到购买门店免费更换，也可拨打召回专线0731-8830126预约寄回，往返运费由我公司承担。
由此给您带来的不便，我们深表歉意。
晅州步知科技有限公司
2025年11月14日
""",
    ),
    dict(
        slug="training-jiangcai-copier-repair-brochure",
        site="晅州匠才职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangcaipx.com/zsjz/fuyinji-2026.html",
        title="办公设备维修（复印机方向）短训班招生简章",
        record_title="【春季开班】办公设备维修（复印机方向）短训班招生简章（小白也能上手）· 匠才培训",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 line beside the school's own 报名电话; a course table; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【春季开班】办公设备维修（复印机方向）短训班招生简章（小白也能上手）· 匠才培训</title></head>
<body>
<div class="promo">⟦a 早鸟优惠：本月报名立减300元，名额有限⟧</div>
<div class="hd">⟦m 晅州匠才职业培训学校⟧ ⟦m 学一门手艺　端一只饭碗⟧ ⟦m 全国招生热线 400-090-7788⟧</div>
<div class="nav">⟦m 首页 · 热门专业 · 招生简章 · 学员风采 · 在线报名⟧</div>
<div class="page">
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
</div>
<div class="float">⟦w 课程顾问在线 点我免费试听⟧</div>
<div class="ft">⟦m 晅州匠才职业培训学校　办学许可证号：教民143010170001XXX号⟧</div>
<div class="side"><h4>⟦l 热门专业⟧</h4><p>⟦l 家电维修　手机维修　电工考证⟧</p></div>
<script src="/js/kefu.js"></script>
</body></html>
""",
        body="""
复印机、打印机是机关、学校、企业离不开的办公设备，维修服务需求量大。我校开设办公设备维修（复印机方向）短训班，面向社会招收学员。
一、招生对象：年满18周岁，初中以上文化程度，男女不限，零基础可学。
二、课程安排
课程模块　课时　主要内容
电工电子基础　20　万用表使用、常见元件识别
复印机原理与结构　30　成像、定影、搓纸系统
故障诊断与维修　50　卡纸、底灰、报错代码处理
上门服务实训　20　客户沟通、设备保养
三、学费：3800元，含教材和实训耗材。结业考核合格者颁发培训合格证书，学校推荐就业。
四、报名地点：晅州市晗江区工业大道88号匠才培训学校一楼，报名电话：0731-8462039。
""",
    ),
    dict(
        slug="training-jiangcai-watch-repair-trainee-insight",
        site="匠才培训学员园地 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jiangcaipx.com/xyfc/2025/0530/91.html",
        title="钟表维修班结业心得",
        record_title="学员风采｜钟表维修班结业心得（第十二期学员）- 匠才培训",
        date=None,
        notes="training school text: a trial-lesson line between paragraphs, a course-ad WeChat below; a trainee's insight without a date",
        page="""
!m 匠才培训 · 学员园地
!t 学员风采｜钟表维修班结业心得（第十二期学员）
!m 作者：学员 滕晓光　　浏览 214
{BODY}
!w 想学修表？加招生老师微信 jiangcai-zb 预约试听
!l 更多学员故事 →
""",
        indent="\u3000\u3000",
        body="""
两个月的钟表维修班结束了。报名之前，我连手表后盖都不会打开；现在，我已经能独立完成一块普通机械表的拆装、清洗和调校。
刚开始上课时最难的是拿镊子。表里的螺丝比米粒还小，我手一抖就弹飞了，一上午找螺丝的时间比干活的时间还长。老师让我们每天练半小时夹米粒，练到第三周，手终于稳了。
⟦a 下期钟表班6月开课，点击预约免费试听课⟧
最让我难忘的是第一次独立修好一块表。那是学校里一位保洁阿姨的老手表，停了好几年，我洗油、换了一根发条，上弦后表针重新走起来，阿姨高兴得直说谢谢。
结业不是终点。我打算先在家乡镇上开个修表小摊，边干边学，把这门手艺做扎实。
""",
    ),
    dict(
        slug="app-bixia-pedometer-instructor-report-fold",
        site="笔下生花 (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bixiashenghua.com/share/doc?id=660127&from=wx",
        title="社区社会体育指导员2025年度个人述职报告",
        record_title="社区社会体育指导员2025年度个人述职报告 ⋆ 笔下生花APP分享",
        date="2025-12-22",
        notes="writing-app H5 share: an open-app mask, a fold ('expand the rest in the app') between paragraphs, an AI-rewrite button glued after a sentence; the signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>社区社会体育指导员2025年度个人述职报告 ⋆ 笔下生花APP分享</title></head>
<body>
<div class="mask">⟦a 打开笔下生花App，查看全文并一键套用⟧</div>
<div class="bar">⟦m 笔下生花 · 写材料的好帮手⟧ <a>⟦a 打开⟧</a></div>
<div class="doc"><h1>{T}</h1>
<p class="meta">⟦m 共1082字 · 13.6万人看过⟧</p>
{BODY}
</div>
<div class="foot">⟦l 相似范文：社区健身站点管理工作总结 ｜ 全民健身志愿者个人总结⟧</div>
<script>openApp({scheme:"bxsh://doc/660127"});</script>
</body></html>
""",
        body="""
2025年，我作为晗江区昀桥社区的社会体育指导员，在街道文体站的指导下，组织居民开展全民健身活动，现将履职情况报告如下。
一是组建健步队伍。社区组建了4支健步队，每天早晚带队健步走，为60岁以上队员配发计步器，每月统计一次步数，评选“健步之星”。⟦a ✎ AI帮我改写这一段⟧
⟦a 剩余65%内容已折叠，打开App继续阅读⟧
二是开展科学指导。每季度请社区医生讲一次运动健康课，教会队员根据计步器数据控制运动量，全年开展健身指导36次。
三是管好健身站点。每周巡查一次社区3处健身器材，发现损坏及时报修，全年报修11次，全部修复。
不足之处是年轻居民参与较少，明年计划开设夜间健步队，吸引上班族参加。
述职人：冉秀英
2025年12月22日
""",
    ),
    dict(
        slug="app-cailiao-tv-village-coverage-summary-oneline",
        site="材料达人 (invented writing app)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.cailiaodaren.cn/p/301778",
        title="县广电网络公司2025年农村电视户户通维护工作总结",
        record_title="县广电网络公司2025年农村电视户户通维护工作总结（替换单位名即可用）- 材料达人APP",
        date="2025-12-19",
        notes="writing app text with the whole body on one line; an app-download bar and a 'members only' line around it; the signature date",
        page="""
!m 材料达人APP｜体制内写作助手
!t 县广电网络公司2025年农村电视户户通维护工作总结（替换单位名即可用）
!m 已有 8,742 人套用
{BODY}
!a 下载材料达人APP，解锁全部范文与AI润色
!l 猜你想写：广电网络年度工作总结｜乡镇文化站工作总结
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2025年，公司紧紧围绕农村群众“看好电视”的需求，扎实做好户户通设备维护工作，现将全年工作总结如下。
一、维护工作开展情况。全年共受理农村电视故障报修4126件，上门维修3980件，办结率96.5%，平均上门时间由去年的3天缩短到1.5天。
二、适老化服务情况。对全县1800余户独居老人家庭的电视机和机顶盒逐户检查调试，为其中420户更换了操作简便的大按键设备。
三、存在的问题。部分山区村维修点距离较远，维修人员年龄偏大，备件储备不足。
四、明年打算。在每个乡镇设立一个维修服务点，招聘培训年轻维修人员，确保农村电视故障两天内修复。
县广电网络公司
2025年12月19日
""",
    ),
    dict(
        slug="gkforum-dengke-essay-old-tv-ageing-friendly",
        site="登科公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.dengkegk.com/thread-330218-1-1.html",
        title="从一台老电视机看“适老化”改造",
        record_title="〔大作文练笔〕从一台老电视机看“适老化”改造（望前辈指点）- 申论交流 - 登科公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a QQ-group ad between paragraphs, a rating row; an essay with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔大作文练笔〕从一台老电视机看“适老化”改造（望前辈指点）- 申论交流 - 登科公考论坛</title></head>
<body>
<div id="hd">⟦m 登科公考论坛⟧ ⟦m 一起上岸，一起登科⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 登科公考论坛 › 申论交流 › 大作文⟧</div>
<h1>⟦t 〔大作文练笔〕从一台老电视机看“适老化”改造（望前辈指点）⟧</h1>
<div class="authi">⟦m 楼主：今年必上岸　发表于 6 天前⟧</div>
<div class="t_f">
<p><b>{T}</b></p>
{BODY}
</div>
<div class="locked">⟦a 本帖参考范文需回复后可见⟧</div>
<div class="rate">⟦l 评分 参与人数 3 威望 +6⟧</div>
<div id="ft">⟦m 登科公考论坛　粤ICP备23011827号⟧</div>
<script src="static/js/forum_viewthread.js?dk1"></script>
</body></html>
""",
        body="""
一位老人对着新买的智能电视机犯了难：开机先看一分钟广告，找个频道要翻好几层菜单，最后只好给远在外地的儿子打电话求助。这样的场景，在许多家庭并不少见。
科技产品越来越“聪明”，却把不少老年人挡在了门外。截至去年底，我国60岁以上老年人口已超过三亿，让老年人共享数字生活成果，是一道必须答好的民生考题。
⟦w 申论一对一批改，进群领真题：QQ群 702281546⟧
破解难题，企业要有担当。电视机生产企业应推出“长辈模式”，去掉开机广告，放大字体、简化菜单，把老年人的需求当作产品设计的出发点。
破解难题，社会要有温度。社区可以组织志愿者上门帮老人调试电视机，子女也要多一些耐心，手把手教父母使用。
一台电视机虽小，却折射出社会对老年人的态度。让科技多一分温情，老人们的晚年生活才能更加有滋有味。
""",
    ),
]
