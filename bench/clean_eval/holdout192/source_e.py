"""holdout192, part E: residents' sites, trade associations, company sites, training schools, 范文 apps.

Invented text (documents, sites, places, people, numbers, URLs, chrome); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-yuanhu-notice-check-valves-grid-box",
        site="鸳湖社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://yuanhu.luanping-sq.cn/tzgg/2025/0526/412.html",
        title="关于为低楼层住户免费加装地漏止逆阀的通知",
        record_title="[社区通知] 关于为低楼层住户免费加装地漏止逆阀的通知 - 鸳湖社区网",
        date="2025-05-26",
        notes="residents' site: weather line, grid-worker box, property repair line as chrome next to the "
        "community's own duty phone in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[社区通知] 关于为低楼层住户免费加装地漏止逆阀的通知 - 鸳湖社区网</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="top">⟦m 鸳湖社区网 · 鸾坪镇鸳湖社区居民委员会⟧　⟦m 今日 阵雨 22℃~27℃ 东南风3级⟧</div>
<div class="nav">⟦m 首页　社区公告　办事指南　居民议事　志愿服务　物业之窗⟧</div>
<div class="loc">⟦m 首页 » 社区公告⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="info">⟦m 发布人：社区办公室　浏览：673次⟧　⟦a 打印　分享⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="grid">⟦m 我的网格员：第三网格 覃晓雯　手机 137 3850 2214⟧</div>
<div class="wy">⟦m 物业服务中心24小时报修：0738-5539988⟧</div>
<div class="rel">⟦l 社区公告：鸳湖社区夏季纳凉点开放公告　·　楼道堆物集中清理的通知⟧</div>
<div class="ft">⟦m 鸳湖社区居民委员会　地址：鸾坪镇鸳湖路16号⟧　⟦d 本站信息仅用于社区服务，未经同意请勿转载⟧</div>
</body>
</html>
""",
        body="""
各位居民：
入汛以来，我社区已出现两次强降雨，翠竹苑、丹桂坊等老旧小区部分一楼住户反映卫生间地漏反水。为减少暴雨期间污水倒灌，社区联合物业服务中心开展地漏止逆阀加装服务，现将有关事项通知如下：
一、服务对象：辖区老旧小区一至二楼住户，优先安排老年人、残疾人家庭。
二、服务内容：由物业维修人员上门检查地漏，加装止逆阀，材料费由社区“微实事”资金承担，住户无需付费。
三、报名方式：即日起至6月10日，到社区服务站一楼登记，或由楼栋长代为登记。
四、暴雨天气请住户及时盖好地漏盖板，发现反水立即联系社区。
社区值班电话：0738-5539017
鸳湖社区居民委员会
2025年5月26日
""",
    ),
    dict(
        slug="community-chuanqiao-letter-grid-workers-badges",
        site="椽桥社区网 (invented)",
        style="社区网站",
        genre="告居民书",
        kind="notice",
        form="text",
        source="http://www.sunkou-chuanqiao.cn/gg/2025-04-02-88.html",
        title="关于网格员入户走访统一佩戴工作证的告居民书",
        record_title="[居民须知] 关于网格员入户走访统一佩戴工作证的告居民书｜隼口镇椽桥社区",
        date="2025-04-02",
        notes="residents' site text: a numbered list; a sentence of the letter about following the service "
        "account next to a follow prompt; the community's phone mentioned only as 'on the back of the card'; "
        "a scam-warning ticker and a follow prompt as chrome",
        page="""
!m 椽桥社区网　　隼口镇椽桥社区居民委员会主办
!m 当前位置：首页 > 社区公告
!t [居民须知] 关于网格员入户走访统一佩戴工作证的告居民书
!m 发布：社区党群服务中心　　阅读 1,118
{BODY}
!m 【滚动提示】谨防冒充社区、燃气、医保人员上门诈骗！
!a 关注“椽桥社区”服务号，获取社区第一手资讯
!m 社区办公时间：周一至周五 8:30-12:00　14:30-17:30
""",
        indent="\u3000\u3000",
        body="""
尊敬的居民朋友：
近期，个别小区出现冒充社区工作人员、以“登记补贴”为名入户推销的情况。为保障大家的财产安全，自4月7日起，我社区网格员入户走访时，一律佩戴社区统一制发的工作证，并主动亮证。现将有关事项告知如下：
1.工作证为蓝色底卡，印有网格员姓名、照片、所属网格和社区印章，背面印有社区值班电话。
2.网格员入户前会先出示工作证，居民可拨打证件背面的电话核实身份，也可关注“椽桥社区”服务号，查询本网格网格员的姓名和照片。
3.网格员不会收取任何费用，不会要求居民提供银行卡密码和验证码。
4.对未佩戴工作证、自称社区人员的陌生人，请勿开门，并及时报警或联系社区。
感谢大家对社区工作的理解和支持！
隼口镇椽桥社区居民委员会
2025年4月2日
""",
    ),
    dict(
        slug="association-luanjiang-stationery-pledge-binder-clips",
        site="鸾江县文具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ljwjxh.org.cn/hyzl/20250616/117.html",
        title="关于提升长尾夹产品质量的行业自律倡议书",
        record_title="【行业自律】关于提升长尾夹产品质量的行业自律倡议书-鸾江县文具行业协会",
        date="2025-06-15",
        date_also=["2025-06-16"],
        notes="association site with a member-login row; 发布日期 differs from the signature date; the "
        "association's name is also the signature (in the header before the body: head match)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【行业自律】关于提升长尾夹产品质量的行业自律倡议书-鸾江县文具行业协会</title>
<script src="/static/js/member.js"></script>
</head>
<body>
<div class="head"><div class="logo">⟦m 鸾江县文具行业协会⟧</div><div class="slogan">⟦m 服务会员　规范行业　共创品牌⟧</div>
<div class="login">⟦a 会员登录　入会申请　会费缴纳⟧</div></div>
<div class="menu">⟦m 首页　协会概况　行业自律　会员风采　政策法规　展会信息⟧</div>
<div class="position">⟦m 所在位置：首页 &gt; 行业自律⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="art-meta">⟦m 发布日期：2025-06-16　来源：协会秘书处　浏览：508⟧</div>
<div class="art-text">
{BODY}
</div>
<div class="art-share">⟦a 分享到朋友圈　复制链接⟧</div>
</div>
<div class="side"><h4>⟦l 协会近况⟧</h4><p>⟦l 协会组织会员企业赴外省考察学习⟧</p><p>⟦l 2025年文具产品质量提升培训班开班⟧</p></div>
<div class="foot">⟦m 协会秘书处电话：0738-5573360　邮箱：ljwjxh@163.com⟧<br>⟦m 湘ICP备18007715号⟧</div>
</body>
</html>
""",
        body="""
全县文具生产经营企业：
近年来，我县长尾夹产量占全省三成以上，“鸾江长尾夹”已成为区域品牌。但在今年的产品质量监督抽查中，仍有部分企业的长尾夹夹力不足、镀层易锈，给行业声誉带来不良影响。为此，协会向全体会员企业发出如下倡议：
一、严守标准底线。严格按照国家和行业标准组织生产，不偷工减料，不以次充好。
二、把好原料关口。弹簧钢丝、电镀材料须索证索票，建立进货查验记录。
三、加强出厂检验。每批产品抽检夹力和镀层耐腐蚀性，检验不合格的一律不得出厂。
四、诚信标注标识。如实标注规格、材质和执行标准，不虚标、不夸大。
让我们携起手来，共同守护“鸾江长尾夹”的品牌信誉。
鸾江县文具行业协会
2025年6月15日
""",
    ),
    dict(
        slug="association-jushui-ppe-minutes-oversleeve-standard-vote",
        site="雎水县劳动防护用品协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.jsldfh.org/xhdt/2025/1024/56.html",
        title="《防护袖套》团体标准起草工作组第二次会议纪要",
        record_title="协会动态｜《防护袖套》团体标准起草工作组第二次会议纪要 - 雎水县劳动防护用品协会",
        date="2025-10-22",
        notes="minutes: 时间/地点/主持/出席/列席/记录 lines in the body, the 时间 line gives the date; a vote count; "
        "a posting stamp two days later as chrome",
        page="""
!m 雎水县劳动防护用品协会
!m 首页 ＞ 协会动态 ＞ 标准化工作
{T}
!m 秘书处　2025-10-24 发布　　阅读 233
!a 〔下载纪要PDF〕　〔打印〕
{BODY}
!l 相关：《防护袖套》团体标准征求意见稿（公开征求意见）
!m 协会地址：雎水县纺织路8号　联系电话：0736-7650912
!d ©雎水县劳动防护用品协会　版权所有
""",
        date_also=["2025-10-24"],
        body="""
时间：2025年10月22日上午9:30
地点：协会三楼会议室
主持：协会副会长、标准起草工作组组长黄立群
出席：起草工作组成员单位代表11人
列席：县市场监管局标准化股沈可
记录：协会秘书处钟晓
会议审议了《防护袖套》团体标准征求意见稿，重点讨论了袖套长度分级、松紧口回弹性能和耐磨次数三项技术指标。
会议议定：
一、袖套长度按30厘米、40厘米、50厘米分为三级，增加“防水型”“防静电型”两类产品的专项要求。
二、耐磨次数指标由500次提高到800次，由雎水纺织检测所补充验证试验。
三、征求意见稿修改后于11月上旬在协会网站公开征求意见，期限30天。
经举手表决，到会11名代表中，10人同意、1人弃权，征求意见稿修改方案通过。
""",
    ),
    dict(
        slug="company-yudun-recall-poncho-batches-html",
        site="鹄山雨盾户外用品有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.yudun-outdoor.com/news/notice/20250709.html",
        title="关于召回部分批次“行安”牌骑行雨披的公告",
        record_title="新闻中心 › 关于召回部分批次“行安”牌骑行雨披的公告 | 鹄山雨盾户外用品有限公司",
        date="2025-07-09",
        notes="company site: online-service float and a 400 sales line as chrome next to the recall line in "
        "the body; recalled batches one row a paragraph; the company's name also signs the notice",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新闻中心 › 关于召回部分批次“行安”牌骑行雨披的公告 | 鹄山雨盾户外用品有限公司</title>
<script src="/js/kefu.js"></script>
</head>
<body>
<header>⟦m 雨盾户外 · 风雨同行二十年⟧　⟦m 全国销售热线：400-887-3260⟧</header>
<nav>⟦m 首页　关于雨盾　产品中心　新闻中心　经销网络　联系我们⟧</nav>
<div class="bread">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<section class="news-detail">
<h1>{T}</h1>
<p class="date">⟦m 2025-07-09　来源：品质部　浏览：2,045⟧</p>
{BODY}
<div class="pn">⟦l 上一篇：雨盾户外亮相2025户外用品博览会⟧　⟦l 下一篇：夏季雨披保养小贴士⟧</div>
</section>
<div class="float-kf">⟦a 在线问客服⟧ ⟦a 微信咨询⟧ ⟦a 回到页首⟧</div>
<footer>⟦m © 2005-2025 鹄山雨盾户外用品有限公司　湘ICP备10023871号-1⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在产品质量自查中发现，2025年3月至5月生产的部分批次“行安”牌骑行雨披，帽檐固定扣在低温环境下可能断裂，骑行时帽檐可能下滑遮挡视线，存在安全隐患。为保障用户安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　颜色　数量（件）
XA-620　20250312　藏青　4200
XA-620　20250418　荧光黄　3600
XA-660　20250507　深灰　2100
用户可在产品领口内侧标签上查看生产批号。凡属召回范围的产品，可到原购买网点或寄回我公司免费更换，往返运费由我公司承担。
召回专线：0735-6288611（工作日9:00-17:30）
由此给您带来的不便，我们深表歉意。
鹄山雨盾户外用品有限公司
2025年7月9日
""",
    ),
    dict(
        slug="company-jietong-news-anti-backflow-drain-record",
        site="檩川洁通卫浴科技有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jietong-wy.com/news/gsxw/193.html",
        title="公司防返溢地漏通过省级产品质量检测",
        record_date="2025-09-18",
        date="2025-09-18",
        notes="record title and date as is; a company news page with a dotted date, sales line and prev/next",
        page="""
!m 檩川洁通卫浴科技有限公司　|　首页 > 新闻中心 > 公司新闻
{T}
!m 2025.09.18　　浏览量：356
{BODY}
!l 上一条：洁通卫浴参加省建材下乡活动
!l 下一条：关于国庆节放假及发货安排的通知
!m 销售热线：400-665-1839　工厂地址：檩川县经开区洁通路2号
!d Copyright © 檩川洁通卫浴科技有限公司 All Rights Reserved
""",
        indent="\u3000\u3000",
        body="""
近日，我公司自主研发的FY-8型防返溢地漏通过省产品质量监督检验研究院检测，水封深度、防返溢性能、排水流量等12项指标全部合格，其中排水流量达到每秒0.6升，优于行业标准要求。
该款地漏针对低楼层住户暴雨时污水倒灌的问题设计，采用双浮球止逆结构，下水管水位升高时浮球自动上浮封堵，水位回落后自动复位。
公司技术部负责人介绍，新产品已在檩川县两个保障房小区试装300套，经过今年汛期检验，未出现反水情况。下一步，公司将扩大产能，年内实现批量供货。
""",
    ),
    dict(
        slug="training-zhongye-brochure-office-clerk-course-html",
        site="鸥川众业职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zhongye-px.cn/zsjz/wenyuan-2025dj.html",
        title="办公室文员实务培训班招生简章",
        record_title="办公室文员实务培训班招生简章（2025冬季班）- 鸥川众业职业培训学校",
        date=None,
        notes="training school: promo box, consult float and a 400 line as chrome next to the school's own "
        "报名电话 and mailbox in the body; a course table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>办公室文员实务培训班招生简章（2025冬季班）- 鸥川众业职业培训学校</title>
<script src="/js/53kf.js"></script>
</head>
<body>
<div class="top">⟦m 鸥川众业职业培训学校　人社部门备案培训机构⟧　⟦m 全国统一咨询热线：400-600-7213⟧</div>
<div class="nav">⟦m 首页　学校简介　培训项目　招生简章　学员风采　在线报名⟧</div>
<div class="crumb">⟦m 首页 ＞ 招生简章 ＞ 文秘类⟧</div>
<div class="promo">⟦a 限时优惠：两人同报各减200元，名额有限⟧</div>
<div class="jz">
<h1>{T}</h1>
<div class="jz-con">
{BODY}
</div>
<div class="jz-btn">⟦a 我要报名　　预约试听⟧</div>
</div>
<div class="float">⟦w 在线咨询老师　微信：zyzx-ouchuan⟧</div>
<div class="foot">⟦m 地址：鸥川县人民路188号众业大厦5楼　湘ICP备22006630号⟧</div>
</body>
</html>
""",
        body="""
一、培训对象
拟从事或正在从事办公室文员、行政助理、档案管理工作的人员。
二、课程安排
周次　课程内容　课时
第1周　公文格式与排版　12
第2周　文件收发、装订及长尾夹、装订机等工具使用　10
第3周　文书档案整理与归档　12
第4周　会务筹备与办公设备操作　10
三、培训方式
每周二、四晚上及周六全天上课，小班教学，每班不超过25人，学员自带笔记本电脑。
四、报名方式
携身份证复印件和一寸照片2张到学校教务处报名，也可发送电子邮件报名。
报名电话：0739-7856023　邮箱：jiaowu@zhongye-px.cn
学费：1280元（含教材和实操耗材）。
""",
    ),
    dict(
        slug="training-qiaojie-trainee-insight-shoe-covers",
        site="隼岭巧姐家政职业培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qiaojie-jz.com/xyfx/202.html",
        title="上门服务从穿好鞋套开始——家政服务员培训心得",
        record_title="【学员分享】上门服务从穿好鞋套开始——家政服务员培训心得—隼岭巧姐家政职业培训学校",
        date=None,
        notes="a trainee's insight on a training school's page: enrolment prompt between paragraphs, a course "
        "ad and a hotline below; no date",
        page="""
!m 隼岭巧姐家政职业培训学校　>　学员分享
{T}
!m 学员：2025年第7期家政服务员班　覃春梅　　阅读 845
{BODY}
!a 想成为金牌家政人？点此报名下一期家政服务员班
!l 更多学员分享：从全职妈妈到育婴师 ｜ 收纳整理师的第一单
!m 报名热线：0735-3360288　地址：隼岭县商贸城B区12号
""",
        indent="\u3000\u3000",
        body="""
参加学校的家政服务员培训之前，我以为上门做保洁，只要手脚勤快就行。一个月学下来，才知道这一行的讲究都在细节里。
第一堂实操课，老师没教我们拖地，先教我们穿鞋套。进门前在门外穿好，左手扶门框，右脚先套，再换左脚；离开时在门内脱下，装进自带的垃圾袋带走，不给客户留一点麻烦。
⟦a 下期开班：11月18日　学费可申请职业技能培训补贴⟧
老师说，客户打开门，第一眼看到的就是你的脚。鞋套穿得规不规范，客户心里就有了对你的第一印象。
后来跟着带班老师上门实习，有位阿姨一直跟我们说谢谢，说以前请的人穿着鞋就进屋了。那一刻我明白了，尊重是从一双鞋套开始的。
结业以后，我打算先考家政服务员中级证，再学习收纳整理，争取早日做一名让客户放心的家政人。
""",
    ),
    dict(
        slug="app-biyou-summary-hotel-badges-h5-share",
        site="笔友范文App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.biyoufanwen.com/share/doc/771204?from=wx",
        title="酒店前厅部2025年员工工牌与仪容仪表管理工作总结",
        record_title="酒店前厅部2025年员工工牌与仪容仪表管理工作总结（可直接使用）· 笔友范文App",
        date="2025-12-26",
        notes="a writing app's H5 share: open-in-app prompts, an AI-polish button glued after a sentence, an "
        "export prompt at the end; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>酒店前厅部2025年员工工牌与仪容仪表管理工作总结（可直接使用）· 笔友范文App</title>
<script>var shareId='771204';</script>
<script src="https://h5.biyoufanwen.com/static/openapp.js"></script>
</head>
<body>
<div class="app-bar">⟦m 笔友范文 · 1200万人在用的写作助手⟧　⟦a 打开笔友App⟧</div>
<div class="doc">
<div class="doc-title">{T}</div>
<div class="doc-info">⟦m 总结报告 · 1,536字 · 6,204人已复制⟧</div>
{BODY}
</div>
<div class="doc-end">⟦a 已显示全部内容　App内可一键导出Word、免费复制⟧</div>
<div class="recommend">⟦l 大家还在看：酒店客房部年度工作总结 ｜ 礼宾部员工培训方案⟧</div>
<div class="dl">⟦a 下载笔友范文App，海量范文随心改⟧</div>
</body>
</html>
""",
        p_html='<p class="para">{}</p>',
        body="""
今年以来，前厅部围绕“亮牌服务、规范仪表”，持续加强员工工牌和仪容仪表管理，现将有关情况总结如下。
一、统一更换新版工牌。6月起，全部门42名员工更换为中英文双语磁吸工牌，取消原来的别针式工牌，避免划伤制服和客人行李。⟦a ✦ AI润色这段⟧
二、坚持班前检查。每班班前会由领班逐一检查工牌佩戴、发型和制服，全年共检查4100余人次，发现问题86次，均当场整改。
三、开展“亮牌服务”评比。每月评选“微笑之星”，宾客点评中提到员工姓名的表扬达到213条，比去年增加七成。
四、存在不足。新入职员工对佩戴规范掌握不牢，夜班检查有时流于形式。明年将把仪容仪表纳入新员工入职考核。
鸥川鸥江大酒店前厅部
2025年12月26日
""",
    ),
    dict(
        slug="app-fanwenbao-speech-canteen-oversleeves-cn-date",
        site="范文宝App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.fanwenbao.net/s/jianghua/60318",
        title="在学校食堂从业人员岗前培训会上的讲话",
        record_title="范文宝App｜在学校食堂从业人员岗前培训会上的讲话【可修改】",
        date="2025-08-28",
        notes="app share text: the date under the speech title in Chinese numerals and the speaker line, both "
        "neutral; a copy-in-app prompt glued after a sentence; member prompts below",
        page="""
!m 范文宝App　·　讲话稿　·　学校管理
!t 范文宝App｜在学校食堂从业人员岗前培训会上的讲话【可修改】
!m 3,902人收藏　　字数 812
{T}
（二〇二五年八月二十八日）
椽溪镇中心学校后勤副校长　袁建华
{BODY}
!a 开通范文宝会员，全站范文免费下载、不限次数
!l 相关推荐：食堂食品安全培训讲话 ｜ 秋季开学后勤工作会议讲话
""",
        body="""
各位师傅、同志们：
新学期马上开始，今天把大家召集起来开一个岗前培训会，目的只有一个：让全校两千多名师生吃得放心。我讲三句话。
第一句话，衣帽穿戴要规范。进操作间必须穿工作服、戴工作帽、戴口罩，切配、分餐岗位还要戴袖套。上学期县里检查，我们被扣分的一项就是分餐员没戴袖套、袖口直接碰到餐盘，这样的问题这学期绝不能再出现。⟦a 〔在App内复制本段〕⟧
第二句话，个人卫生要自觉。指甲要勤剪，不戴戒指手镯，上岗前按“七步法”洗手，有发热、腹泻的要主动报告、暂时离岗。
第三句话，责任落实要到人。每个岗位都有责任人，每天的晨检记录、留样记录、消毒记录都要如实填写，学校每周抽查一次。
同志们，食堂工作辛苦，但责任重大。希望大家守好每一个环节，把安全放心的饭菜送到师生手中。
""",
    ),
]
