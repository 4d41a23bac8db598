"""holdout203, part E: residents' sites, trade associations, company sites, training schools, 范文 apps.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-diaowan-riverside-buoys-grid-box",
        site="鲷湾社区网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.diaowansq.cn/sqgg/2025/0618/92.html",
        title="关于在滨河步道增设救生圈和警示牌的通知",
        record_title="【社区提醒】关于在滨河步道增设救生圈和警示牌的通知 - 鲷湾社区网",
        date="2025-06-18",
        notes="residents' site: a weather line, a grid worker's box, property repair and night lines beside the "
        "community's own duty phone in the notice; 扫码 as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【社区提醒】关于在滨河步道增设救生圈和警示牌的通知 - 鲷湾社区网</title>
</head>
<body>
<div class="sq-top">⟦m 鲷湾社区网⟧ ⟦m 鲞桥街道鲷湾社区居民委员会⟧ <span class="weather">⟦m 今天 晴 24～33℃ 紫外线强⟧</span></div>
<div class="sq-nav">⟦m 首页 ｜ 社区概况 ｜ 社区提醒 ｜ 便民服务 ｜ 志愿活动⟧</div>
<div class="sq-main">
<h2>⟦t 【社区提醒】⟧{T}</h2>
<p class="sq-meta">⟦m 来源：社区居委会　阅读：356⟧</p>
<div class="sq-body">
{BODY}
</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 本片区网格员：邵丽娜　手机 13826614087⟧</div>
<div class="wy">⟦m 物业报修：0756-6688012⟧<br>⟦m 夜间应急：0756-6688019⟧</div>
</div>
<div class="sq-foot">⟦m 鲷湾社区居委会 · 地址：鲷湾路66号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
进入夏季，社区沿獭溪的滨河步道游玩、钓鱼的人明显增多。为防止溺水事故，社区联合街道在步道沿线增设了救生圈和警示牌，现将有关事项通知如下：
一、步道沿线共设救生圈点位12处，每处放置救生圈2个，均系有救生绳，点位编号喷涂在栏杆上。
二、救生圈仅供紧急救援使用，请勿拿去垫坐、当玩具或带回家。
三、发现救生圈缺失、损坏，请扫描点位旁的二维码报修，或拨打社区值班电话：0756-6679201。也可关注“鲷湾社区”公众号，查看救生圈点位分布图。
四、请家长看管好孩子，不要在步道下的浅滩戏水。
鲷湾社区居民委员会
2025年6月18日
""",
    ),
    dict(
        slug="community-huangtan-pledge-shredding-point-wrapped-56",
        site="鳇滩社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://huangtan.sqfw.example.cn/news/1046.html",
        title="关于设立社区公益碎纸点 守护个人信息的倡议书",
        record_title="〔公益倡议〕关于设立社区公益碎纸点 守护个人信息的倡议书 - 鳇滩社区服务网",
        date="2025-10-15",
        notes="residents' site text hard-wrapped at 56 columns with an indent; 分享 as content; a volunteer sign-up "
        "prompt glued after a sentence; 成文日期 under the signature",
        page="""
!m 鳇滩社区服务网　　您身边的社区之家
!m 社区动态 ＞ 公益活动
!t 〔公益倡议〕关于设立社区公益碎纸点 守护个人信息的倡议书
!m 社区党群服务中心　｜　阅读 241
{BODY}
!a 👍 点赞　　✎ 我要留言
!m 鳇滩社区党群服务中心　值班电话：0756-6523008
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
亲爱的居民朋友们：
快递面单、银行对账单、体检报告、孩子的作业本……这些随手扔掉的纸张上，往往印着我们的姓名、电话和住址，一旦被不法分子收集，就可能带来诈骗和骚扰。
为此，社区在党群服务中心一楼设立了公益碎纸点，配备两台大容量碎纸机，每周二、周五上午免费为居民粉碎含有个人信息的纸张。⟦a 报名碎纸点志愿者请点这里⟧
我们倡议：不随手丢弃带有个人信息的纸张；家中积存的旧单据，集中带到碎纸点粉碎；把这份倡议分享给家里的老人，提醒他们守好自己的信息。
鳇滩社区党群服务中心
2025年10月15日
""",
    ),
    dict(
        slug="assoc-lingjiang-retail-minutes-tills-vote",
        site="鲮江市零售商业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.ljlsxh.org.cn/xhdt/2025/0527/311.html",
        title="鲮江市零售商业协会三届五次理事会会议纪要",
        record_title="理事会纪要 » 鲮江市零售商业协会三届五次理事会会议纪要 » 鲮江零售商协",
        date="2025-05-23",
        date_also=["2025-05-27"],
        notes="association site: a member-login row and a member hotline; the minutes' 时间/地点/主持/出席/记录 lines and "
        "a vote count stay; the 时间 line is the date, the page's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>理事会纪要 » 鲮江市零售商业协会三届五次理事会会议纪要 » 鲮江零售商协</title>
</head>
<body>
<div class="xh-top">⟦m 鲮江零售商协⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a> <a>⟦a 会员单位名录⟧</a></div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　行业资讯　会员服务　党建工作⟧</div>
<div class="xh-pos">⟦m 首页 » 协会动态 » 理事会纪要⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-date">⟦m 发布日期：2025-05-27　浏览：197⟧</p>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-hot">⟦m 会员服务热线：0756-2871100⟧</div>
<div class="xh-foot">⟦m 鲮江零售商协秘书处 版权所有　粤ICP备17029466号⟧</div>
</body>
</html>
""",
        body="""
时间：2025年5月23日上午
地点：协会三楼会议室
主持：会长 麦启荣
出席：理事19人（应到23人）
记录：秘书处 温静
会议听取了秘书处关于会员单位收银机更新情况的调查汇报，讨论了以下事项：
一、全市会员单位现有收银机4300余台，其中约三分之一使用超过八年，不支持新版电子发票和医保移动支付。
二、会议同意由协会牵头与两家收银机厂商商谈团购价格，会员单位自愿参加，以旧换新旧机作价不低于一百元。
三、会议表决通过《会员单位收银设备更新倡议》，同意17票，反对0票，弃权2票。
会后由秘书处将倡议印发各会员单位。
""",
    ),
    dict(
        slug="assoc-meteo-instruments-pledge-calibration",
        site="鲮江市气象仪器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.ljqxyq.org/tzgg/2025/0324/58.html",
        title="关于规范雨量计计量检定 保障降水数据准确的倡议书",
        record_title="关于规范雨量计计量检定 保障降水数据准确的倡议书（会员单位必读）_鲮江气象仪器协会",
        date="2025-03-23",
        notes="association text page: the association's own phone and mailbox beside its member hotline; 成文日期 "
        "under the signature in Chinese numerals; a join-the-association line after the body",
        page="""
!m 鲮江气象仪器协会
!m 首页 ｜ 协会公告 ｜ 标准规范 ｜ 会员风采
!t 关于规范雨量计计量检定 保障降水数据准确的倡议书（会员单位必读）
!m 发布：秘书处　　点击：322
{BODY}
!a 尚未入会的企业，欢迎在线提交入会材料
!m 会员热线：0756-2608810
!m 鲮江市气象仪器行业协会秘书处 ©2025
""",
        body="""
各会员单位：
雨量计的数据关系到山洪预警、农业生产和城市排涝，计量准确是底线。3月23日是世界气象日，协会向全体会员单位发出如下倡议：
一、生产企业出厂的每一台雨量计，都要经过计量检测，附检测报告，不以样机报告代替。
二、运维企业要按规程对在用雨量计定期检定，汛前集中校准一次，检定记录保存不少于三年。
三、不为降低成本使用不合格的翻斗和干簧管，不在检定中弄虚作假。
四、发现同行违规行为，及时向协会反映。
联系电话：0756-2608331，邮箱：ljqxyq@example.org.cn。
鲮江市气象仪器行业协会
二〇二五年三月二十三日
""",
    ),
    dict(
        slug="company-xinrui-quiet-shredder-launch-cookie",
        site="鑫锐办公设备有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xinrui-office.com/news/2025/0916-quiet-shredder.html",
        title="鑫锐办公推出新一代静音保密碎纸机",
        record_title="新闻中心 ▹ 鑫锐办公推出新一代静音保密碎纸机 ▹ 鑫锐办公设备",
        record_date="2025-09-16",
        date="2025-09-16",
        notes="company site: a cookie notice, an online-service float, a dotted company date (the record gives the same "
        "date); a product-ad line between paragraphs; the 400 sales line in the footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新闻中心 ▹ 鑫锐办公推出新一代静音保密碎纸机 ▹ 鑫锐办公设备</title>
</head>
<body>
<header><a class="logo">⟦m 鑫锐办公设备⟧</a>
<nav>⟦m 首页　产品中心　解决方案　新闻中心　服务支持　关于鑫锐⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.09.16⟧</p>
<div class="news-body">
{BODY}
</div>
</article>
<div class="cookie">⟦d 本站使用 Cookie 改善浏览体验，继续浏览即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<div class="kf">⟦w 在线客服 · 售前咨询⟧</div>
<footer>⟦m 鑫锐办公设备有限公司　销售热线：400-630-2216⟧<br>⟦m 浙ICP备18039920号-1⟧</footer>
</body>
</html>
""",
        body="""
9月15日，鑫锐办公在鲮江举行新品发布会，推出新一代静音保密碎纸机XR-5S。
这款碎纸机达到国家保密标准四级，能把一张A4纸粉碎成两千多片细小颗粒。它采用全新的降噪刀组和软启动电机，工作时噪声只有55分贝左右，放在办公桌旁也不影响通话。
⟦a 了解XR-5S详细参数，请进入产品中心⟧
研发负责人介绍，XR-5S连续工作时间提升到30分钟，并具备卡纸自动退纸、纸屑箱满提醒和过热保护功能。
目前，XR-5S已进入政府采购目录，将于10月起在全国各地经销商处上市。
""",
    ),
    dict(
        slug="company-saomatong-recall-wireless-scanners-record",
        site="扫码通电子科技有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.saomatong-tech.cn/service/recall-2025-10.html",
        title="关于召回部分批次无线扫码枪的公告",
        date="2025-10-20",
        notes="company text page: record title as is; recalled batches one row a paragraph; the recall line beside the "
        "400 sales line; 成文日期 under the signature",
        page="""
!m 扫码通电子科技　SAOMATONG
!m 首页 · 产品 · 服务与支持 · 召回信息
{T}
!m 服务与支持｜召回信息
{BODY}
!m 销售热线：400-118-6627（召回事宜请勿拨打此号码）
!d © 2025 扫码通电子科技有限公司 保留所有权利
""",
        body="""
尊敬的用户：
经检测，我公司生产的部分批次SMT-W30无线扫码枪充电底座存在接触片过热隐患，长时间充电可能导致底座外壳变形。为保障用户安全，我公司决定召回以下批次产品：
型号　生产批号　生产日期
SMT-W30　W30-2504A　2025年4月
SMT-W30　W30-2505B　2025年5月
自本公告发布之日起，用户可联系经销商或拨打召回专线400-118-6690，免费更换新款充电底座。更换前，请在充电满后及时拔下电源。
由此给您带来的不便，我们深表歉意。
扫码通电子科技有限公司
2025年10月20日
""",
    ),
    dict(
        slug="school-mingtu-cashier-course-brochure",
        site="鲮江明途职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.ljmingtu.com/kecheng/shouyin-2025q4.html",
        title="零售数字化收银员周末速成班招生简章",
        record_title="【金秋开班】零售数字化收银员周末速成班招生简章（小班教学）｜明途职校",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 line beside the school's own 报名电话; a course "
        "table one row a paragraph; 扫码 as content; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【金秋开班】零售数字化收银员周末速成班招生简章（小班教学）｜明途职校</title>
</head>
<body>
<div class="promo">⟦a 国庆报名立减200元，名额有限 ›⟧</div>
<header>⟦m 明途职校⟧ ⟦m 学一门手艺 多一条出路⟧ <span>⟦m 全国加盟热线：400-990-1357⟧</span></header>
<nav>⟦m 首页 | 热门课程 | 师资团队 | 学员风采 | 在线报名⟧</nav>
<main>
<h1>⟦t 【金秋开班】⟧{T}</h1>
<div class="brochure">
{BODY}
</div>
</main>
<div class="consult">⟦w 课程顾问在线 · 点我聊聊⟧</div>
<footer>⟦m 鲮江明途职业培训学校　办学许可证号：教民144078270003号⟧</footer>
</body>
</html>
""",
        body="""
超市、便利店、药店、餐饮门店都缺熟练的收银员。本校开设零售数字化收银员周末速成班，零基础也能学会。
一、课程安排
模块　课时　主要内容
收银机操作　8课时　开机、商品录入、收款找零、交班日结
扫码支付　6课时　扫码枪使用、聚合支付、退款处理
会员与库存　6课时　会员积分、库存查询、盘点
二、上课时间：每周六、周日9:00至16:00，共三个周末。
三、学费：980元（含教材和上机费），结业考核合格颁发培训证书。
四、报名方式：到校报名，或扫描招生海报上的二维码报名。报名电话：0756-2735190。
""",
    ),
    dict(
        slug="school-shuian-lifeguard-trainee-diary",
        site="鲮江水安救生培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.ljshuian.cn/xueyuan/2025/0716.html",
        title="救生员培训第七天：终于把救生圈抛准了",
        record_title="学员成长记 ‣ 救生员培训第七天：终于把救生圈抛准了 - 鲮江水安救生培训中心",
        date=None,
        notes="training school text: a trainee's diary with no date (第七天 only); a trial-class line between "
        "paragraphs; the school's course ad and 400 line at the bottom",
        page="""
!m 鲮江水安救生培训中心　·　救生员 / 游泳教练 / 急救员培训
!m 首页 › 学员成长记
!t 学员成长记 ‣ 救生员培训第七天：终于把救生圈抛准了
!m 学员：罗一帆（第12期救生员班）
{BODY}
!a 第13期救生员班火热报名中，点击预约试听
!m 招生咨询：400-872-0515
""",
        body="""
培训第七天，教练安排我们在泳池边练抛救生圈。
教练先示范：左脚踩住救生绳的一端，右手抓住救生圈外沿，身体侧转，像扔铁饼一样把救生圈甩出去，落点要在“落水者”前方一米左右。
轮到我时，第一次救生圈飞出去不到五米就掉进水里，第二次直接砸到了扮演落水者的同学肩膀上，大家都笑了。
⟦a 想体验一节真实的救生课？免费试听名额仅剩8个⟧
教练让我别用胳膊硬甩，要用腰发力。我练到第二十多次，救生圈终于稳稳地落在了“落水者”的手边。
今天最大的收获是明白了：救生圈抛得准，落水的人才能多一分希望。
""",
    ),
    dict(
        slug="app-modian-host-script-drowning-class-h5",
        site="墨点写作App (invented, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.modianxiezuo.com/share/doc?id=5a1c90e7",
        title="“珍爱生命 预防溺水”主题班会主持词",
        record_title="“珍爱生命 预防溺水”主题班会主持词（班会专用）· 墨点写作",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold line inside the body, an AI-rewrite button glued after a "
        "sentence; 扫码 as content; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>“珍爱生命 预防溺水”主题班会主持词（班会专用）· 墨点写作</title>
</head>
<body>
<div class="open-app">⟦a 打开墨点App，查看更多同类主持词⟧ <button>⟦a 打开⟧</button></div>
<div class="doc">
<h1>{T}</h1>
<div class="meta">⟦m 墨点作者 春晖老师　·　字数 412　·　使用 3.1万次⟧</div>
{BODY}
</div>
<div class="tools"><button>⟦a 一键套用⟧</button> <button>⟦a 复制全文⟧</button></div>
<div class="mask">⟦a 在App内阅读体验更佳，下载墨点写作⟧</div>
</body>
</html>
""",
        body="""
甲：老师们、同学们，大家好！暑假就要到了，今天我们召开“珍爱生命 预防溺水”主题班会。
乙：每年暑假，总有一些鲜活的生命消失在水中。今天，让我们一起学习防溺水知识，守护自己和同伴的安全。
甲：首先，请看一段防溺水安全视频。
乙：看了视频，大家一定有很多感受。下面请班长为大家演示，看到有人落水，怎样把岸边的救生圈抛给他。⟦a ✦AI帮我改写这一段⟧
⟦a 展开剩余 40% ∨⟧
甲：记住“六不”：不私自下水游泳，不擅自与他人结伴游泳，不在无家长带领的情况下游泳，不到无安全设施、无救援人员的水域游泳，不到不熟悉的水域游泳，不盲目下水施救。
乙：请同学们扫描黑板上的二维码，完成防溺水安全承诺。
甲：让我们牢记今天学到的知识，度过一个平安、快乐的暑假。本次班会到此结束！
""",
    ),
    dict(
        slug="app-wenjiang-cashier-supervisor-report",
        site="文匠App (invented, writing app share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wenjiangapp.com/s/r8812403",
        title="超市收银主管2025年上半年述职报告",
        record_title="超市收银主管2025年上半年述职报告（可套用）｜文匠App",
        date="2025-07-05",
        notes="writing-app share text: an open-app bar, a member prompt between paragraphs, an AI-continue button "
        "glued after a sentence; 成文日期 under the signature",
        page="""
!a 文匠App内打开，查看全文不限次
!t 超市收银主管2025年上半年述职报告（可套用）
!m 文匠 · 述职报告 · 热度 6.4万
{BODY}
!a 复制　　存到我的文档　　分享给同事
!a 下载文匠App，领取7天会员
""",
        body="""
各位领导、同事们：
上半年，我担任门店收银主管，负责12个收银台、26名收银员的日常管理。现将履职情况报告如下。
一、抓好收银秩序。高峰时段实行弹性开台，顾客平均排队时间由6分钟缩短到3分钟。上半年收银差错率0.02%，比去年同期下降一半。⟦a ✎AI续写下一段⟧
⟦a 开通会员可查看完整范文⟧
二、管好收银设备。建立收银机、扫码枪日常点检表，每天开店前逐台检查；协调总部更换老旧收银机4台，设备故障率明显下降。
三、带好收银队伍。组织业务培训6次，2名收银员在公司技能比武中获奖。
下半年，我将继续加强现金管理和服务培训，努力让每一位顾客满意。
述职人：龙晓雯
2025年7月5日
""",
    ),
]
