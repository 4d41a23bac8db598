"""holdout279, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text (see ../README.md and ../build.py for the markup). Every case written by hand.
"""

CASES = [
    dict(
        slug="community-zhilan-notice-copper-basin-stories",
        site="柝桥街道芝兰社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zhilan.tuoqiaojd.cn/sqgg/2025/1104/218.html",
        title="关于开展“老铜盆里的家风故事”旧物征集活动的通知",
        record_title="【家风传承】关于开展“老铜盆里的家风故事”旧物征集活动的通知_柝桥街道芝兰社区",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="a residents' site: a weather line, a grid member's box with a mobile, property repair and duty lines; "
        "the community's own 咨询电话 stays, a sentence asking residents to scan a code to sign up (content); the page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【家风传承】关于开展“老铜盆里的家风故事”旧物征集活动的通知_柝桥街道芝兰社区</title>
<script src="/js/weather-widget.js"></script></head>
<body>
<div class="top">⟦m 芝兰社区居民之家⟧ ⟦m 今日柝江：晴 9～18℃ 空气良⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 邻里活动⟧ ⟦m 办事指南⟧ ⟦m 网格服务⟧</div>
<div class="crumb">⟦m 首页 ＞ 社区公告 ＞ 详情⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 发布：芝兰社区居委会　2025-11-04　阅读 318⟧</p>
<div class="body">
{BODY}
</div>
<div class="grid">⟦m 本楼栋网格员：施丽华 137-0798-2541⟧</div>
<div class="wy">⟦m 物业报修：0798-2217005　夜间值班：0798-2217006⟧</div>
<div class="foot">⟦m 芝兰社区党群服务中心　柝江区柝桥街道兰苑路3号⟧</div>
</body></html>
""",
        body="""
社区各位居民朋友：
在不少老人家里，都珍藏着一只用了几十年的老铜盆。它可能是母亲的陪嫁，也可能是全家人过年洗脸的那只盆，里面装着一家人的故事。
为弘扬好家风，社区决定开展“老铜盆里的家风故事”旧物征集活动，现将有关事项通知如下：
一、征集内容。家中使用过的老铜盆及与之相关的家风故事，故事可以口述，由社工帮助整理成文。
二、征集时间。11月5日至11月25日。
三、参与方式。请扫描社区公告栏上的二维码报名，或到社区党群服务中心一楼登记。征集的铜盆将在12月举办的社区家风展上展出，展后原物归还。
咨询电话：0798-2216623（社区居委会）。
柝桥街道芝兰社区居民委员会
2025年11月3日
""",
    ),
    dict(
        slug="community-antang-reminder-bamboo-beds-record-title",
        site="鹌塘社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.antangsq.cn/tz/2025/0708.html",
        title="关于夏季在小区公共区域摆放竹床纳凉的温馨提示",
        notes="record title as is; a residents' site as text: numbered list kept; a fire-safety number in the body next to the property's line (chrome); "
        "成文日期 under the signature",
        date="2025-07-08",
        page="""
!m 鹌塘社区网 · 邻里一家亲
!m 首页 > 社区通知
{T}
!m 来源：鹌塘社区居委会　浏览：206
{BODY}
!m 物业服务中心24小时电话：0795-6172200
!l 上一条：社区爱心理发活动7月12日开展
!m 鹌塘社区网　地址：芍川县鹌塘镇竹乡路18号
""",
        indent="\u3000\u3000",
        body="""
各位居民：
盛夏已至，不少居民晚上喜欢把竹床搬到楼下空地纳凉。为了大家的安全和小区环境整洁，社区特作如下提示：
1.竹床请摆放在小区广场和绿地边的空地上，不要摆在消防通道、楼道口和车行道上。
2.纳凉时不要在竹床边点蚊香、燃艾草，防止引燃竹床。
3.老人、小孩在外纳凉要有家人陪同，夜里十一点前把竹床收回家中。
4.竹床用后请将周边垃圾带走，保持环境卫生。
社区微信公众号“鹌塘邻里”每天发布天气和防火提醒，请大家关注。发现火情请立即拨打119。谢谢大家的配合！
鹌塘社区居民委员会
2025年7月8日
""",
    ),
    dict(
        slug="association-xiancheng-shoe-last-summary-head",
        site="筅城市鞋楦行业协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.xcxxxh.org.cn/xhyw/2025/0714/66.html",
        title="筅城市鞋楦行业协会2025年上半年工作总结",
        record_title="会务快讯 ◇ 筅城市鞋楦行业协会2025年上半年工作总结",
        date="2025-07-10",
        date_also=["2025-07-14"],
        notes="an association site: a member-login row and a member hotline; the association's name in the header is also the signature "
        "(matched as head); the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>会务快讯 ◇ 筅城市鞋楦行业协会2025年上半年工作总结</title>
<script src="/js/member.js"></script></head>
<body>
<div class="head">⟦m 筅城市鞋楦行业协会⟧ ⟦m 团结·自律·服务·创新⟧</div>
<div class="login">⟦a 会员登录⟧ ⟦a 申请入会⟧ ⟦m 会员服务专线：0798-2257788⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 协会简介⟧ ⟦m 协会要闻⟧ ⟦m 会员风采⟧ ⟦m 政策法规⟧</div>
<div class="cur">⟦m 当前位置：首页 - 协会要闻⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 日期：2025-07-14　来源：协会秘书处⟧</div>
<div class="ct">
{BODY}
</div>
<div class="pn">⟦l 上一篇：协会组织会员企业赴温州考察学习⟧</div>
<div class="foot">⟦m 协会秘书处地址：筅城市柝江区鞋都大道1号⟧ ⟦m 闽ICP备17000921号⟧</div>
</body></html>
""",
        body="""
今年上半年，协会围绕“服务会员、规范行业”的目标，重点做了以下工作。
一是发展会员。新吸收会员企业11家，会员总数达到86家，覆盖全市八成以上的鞋楦生产企业。
二是推动原创保护。联合市鞋业商会发出保护原创楦型倡议，建立楦型登记备案平台，已登记原创楦型420款。
三是开展技能培训。与筅城轻工职业学院合作举办修楦工培训班两期，培训学员73人，其中41人取得职业技能等级证书。
四是帮助企业开拓市场。组织12家会员企业参加全国鞋材展，现场签约订单1100余万元。
下半年，协会将继续做好楦型数据共享平台建设和行业标准制定工作。
筅城市鞋楦行业协会
2025年7月10日
""",
    ),
    dict(
        slug="association-baoxi-ceramics-minutes-clay-bowls",
        site="苞溪县陶瓷行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.bxtcxh.cn/hyjy/2025/0401/39.html",
        title="苞溪县陶瓷行业协会第二届理事会第四次会议纪要",
        record_title="〔理事会简报〕苞溪县陶瓷行业协会第二届理事会第四次会议纪要－苞溪县陶瓷行业协会",
        date="2025-03-28",
        date_also=["2025-04-01"],
        notes="an association's minutes as text: the 时间/地点/主持/出席/列席/记录 lines and a vote count stay, the 时间 line gives the date; "
        "the page's posting date differs; a member-login row and a join prompt",
        page="""
!m 苞溪县陶瓷行业协会
!a 会员登录 ｜ 入会申请 ｜ 会员名录
!m 首页 › 会议纪要
!t 〔理事会简报〕苞溪县陶瓷行业协会第二届理事会第四次会议纪要
!m 发布：协会秘书处　2025-04-01
{BODY}
!w 欢迎县内陶瓷企业、手艺人加入协会，入会咨询请致电秘书处小柯
!m 苞溪县陶瓷行业协会版权所有
""",
        indent="",
        body="""
时间：2025年3月28日上午9:00
地点：古窑村陶艺展示中心会议室
主持：会长 蔡永祥
出席：理事15人（应到17人）
列席：县文旅局、县市场监管局相关同志
记录：柯雨
会议审议并通过以下事项：
一、通过《苞溪手工陶碗团体标准（试行）》，对陶碗的原料、烧成温度、铅镉溶出量和外观质量作出规定，自5月1日起在会员单位试行。表决结果：同意15票，反对0票，弃权0票。
二、同意筹办首届古窑村陶碗文化节，由秘书处拟定方案，报县文旅局审定。
三、同意吸收苞溪县泥语陶艺培训学校等3家单位为会员单位。
""",
    ),
    dict(
        slug="company-jinjian-news-copper-basin-line-record-date",
        site="燠岭金鉴铜器有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jinjiantongqi.com/news/company/2025101001.html",
        title="金鉴铜器推出手工锻打铜盆新品",
        record_title="金鉴上新 | 金鉴铜器推出手工锻打铜盆新品-燠岭金鉴铜器",
        record_date="2025-10-10",
        date="2025-10-10",
        notes="a company site: a cookie notice, a service float, a dotted date, a sales line in the footer; date from the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>金鉴上新 | 金鉴铜器推出手工锻打铜盆新品-燠岭金鉴铜器</title>
<script src="/assets/js/cookie-consent.js"></script></head>
<body>
<div class="header">⟦m 燠岭金鉴铜器 JINJIAN COPPERWARE⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 关于金鉴⟧ ⟦m 产品中心⟧ ⟦m 新闻资讯⟧ ⟦m 非遗工坊⟧ ⟦m 联系我们⟧</div>
<div class="bread">⟦m 首页 / 新闻资讯 / 公司动态⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.10.10　浏览量 512⟧</div>
<div class="article">
{BODY}
</div>
<div class="float">⟦w 在线客服 · 批发定制请留言⟧</div>
<div class="cookie">⟦d 我们使用Cookie改善您的浏览体验，继续浏览即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<div class="footer">⟦m 燠岭金鉴铜器有限公司　销售热线：0797-3388618⟧<br>⟦m 赣ICP备2021008845号-1⟧</div>
</body></html>
""",
        body="""
10月9日，燠岭金鉴铜器有限公司在蓖坪乡铜器老街的非遗工坊发布了“老街”系列手工锻打铜盆。
该系列共三款，口径分别为28厘米、34厘米和40厘米，全部采用紫铜板手工锻打，盆沿保留锤痕，盆底錾刻回纹，每只铜盆要经过退火、锻打、收口、錾花、抛光等十余道工序，由公司聘请的三位老铜匠带领徒弟制作。
公司负责人介绍，新品面向婚庆陪嫁、民俗收藏和高端洗浴市场，首批生产三百只，预计年底前全部交付。
""",
    ),
    dict(
        slug="company-shaochuan-recall-seesaw-batches",
        site="芍川乐童游乐设备有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.letongyoule.com/gonggao/2025/0526.html",
        title="关于召回部分批次双人跷跷板的公告",
        notes="record title as is; a company site as text: a recalled-batches table one row a paragraph, the recall line next to a 400 sales line (chrome), "
        "a sentence asking buyers to scan the label's code (content); 成文日期 under the signature",
        date="2025-05-26",
        page="""
!m 芍川乐童游乐设备有限公司
!m 首页　产品中心　工程案例　新闻公告　联系我们
{T}
!m 发布于 新闻公告　｜　阅读 1,026
{BODY}
!m 全国销售热线：400-606-7719
!d © 芍川乐童游乐设备有限公司　未经授权不得复制本站内容
""",
        indent="\u3000\u3000",
        body="""
近期，我公司在质量回访中发现，部分批次双人跷跷板的支点轴承座焊缝存在开裂隐患，长期使用可能导致跷板脱落。为保障儿童使用安全，公司决定主动召回下列批次产品：
产品型号　生产批次　生产日期　数量（台）
LT-QQB02　250108　2025年1月8日　46
LT-QQB02　250214　2025年2月14日　38
请已购买上述产品的用户立即停止使用，扫描跷跷板立柱上标签的二维码，即可查询批次并预约上门更换，更换费用由我公司承担。
召回咨询电话：0795-6180235。
芍川乐童游乐设备有限公司
2025年5月26日
""",
    ),
    dict(
        slug="training-niyu-brochure-clay-bowl-summer-class",
        site="苞溪泥语陶艺培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.niyutaoyi.com/kecheng/shuqi2025.html",
        title="泥语陶艺2025暑期陶碗手作班招生简章",
        record_title="【2025暑假班】泥语陶艺2025暑期陶碗手作班招生简章（小班仅12席）- 泥语陶艺",
        date=None,
        notes="a training school page: a promo banner, a consult float, a 400 line; the school's own 报名电话 stays; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【2025暑假班】泥语陶艺2025暑期陶碗手作班招生简章（小班仅12席）- 泥语陶艺</title>
<script src="/js/zixun-float.js"></script></head>
<body>
<div class="banner">⟦a 暑期早鸟价 前20名报名立减200元⟧</div>
<div class="head">⟦m 泥语陶艺⟧ ⟦m 让孩子的手指学会思考⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资力量⟧ ⟦m 学员作品⟧ ⟦m 校区地址⟧</div>
<h1>{T}</h1>
<div class="main">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧ ⟦a 预约免费试听⟧</div>
<div class="foot">⟦m 全国加盟热线：400-617-3302⟧ ⟦m 苞溪泥语陶艺培训学校　苞溪县文昌街28号⟧</div>
</body></html>
""",
        body="""
一、课程介绍。本期手作班以“做一只自己的碗”为主题，带孩子从揉泥开始，学习泥条盘筑、拉坯、修坯、施釉，最后由学校统一送到古窑村柴窑烧制，学员可带走自己的作品。
二、招生对象。7至14岁少年儿童，零基础可报。
三、班级安排。每班12人，每周二、四、六上午上课，共12课时。第一期7月8日开课，第二期8月5日开课。
四、收费标准。每人1680元，含陶泥、釉料和烧制费用。
五、报名方式。到校区前台报名，或拨打报名电话：0792-7729936。
""",
    ),
    dict(
        slug="training-jianglv-brochure-shoe-last-workshop",
        site="筅城匠履制鞋技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.jianglvpx.com/kc/zhixuan.html",
        title="手工制楦研修班招生简章",
        record_title="手工制楦研修班招生简章｜筅城匠履制鞋技能培训学校 · 课程中心",
        date=None,
        notes="a training school as text: a course-ad banner, a trial-lesson prompt between paragraphs, a consult WeChat; a brochure with no date",
        page="""
!m 匠履制鞋学校 — 一双好鞋，从一只好楦开始
!m 首页 / 课程中心 / 手工制楦
!t 手工制楦研修班招生简章｜匠履课程中心
{BODY}
!w 报名咨询请加课程老师微信：jianglv_xuan01
!l 更多课程：手工皮鞋入门班｜鞋样设计提高班｜3D楦型设计班
!m 筅城匠履制鞋技能培训学校　办学许可证号：教民13503027000612号
""",
        indent="\u3000\u3000",
        body="""
鞋楦是鞋的灵魂。本研修班由从事制楦三十余年的老师傅授课，手把手教学员用木料制作一副合脚的鞋楦。
课程内容：脚型测量与数据分析，楦型基础知识，木楦粗坯的锯切与刨削，楦头、楦腰、楦跟的修削，楦面打磨与检验。
⟦a 现在预约可先来学校免费试学半天⟧
招生对象：制鞋企业技术人员、手工鞋作坊从业者及爱好者，学员需有一定的手工基础。
学制与费用：全日制十五天，学费4800元，含木料和工具使用费，外地学员可协助安排住宿。
结业后学员可独立完成一副手工木楦，考核合格的发给结业证书。
""",
    ),
    dict(
        slug="app-gaokuai-host-script-kindergarten-seesaw",
        site="稿快写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.gaokuaixz.com/share/doc/8d31f06a",
        title="城关幼儿园新户外游乐区启用仪式主持词",
        record_title="城关幼儿园新户外游乐区启用仪式主持词（幼儿园活动通用）· 稿快写作",
        date=None,
        notes="a writing app's H5 share: an open-app mask, a fold ('展开全文' inside the body), an AI-rewrite button glued after a 。; "
        "a host's script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>城关幼儿园新户外游乐区启用仪式主持词（幼儿园活动通用）· 稿快写作</title>
<script src="https://h5.gaokuaixz.com/js/share.js"></script></head>
<body>
<div class="mask">⟦a 打开稿快写作APP，查看完整范文⟧ <button>⟦a 立即打开⟧</button></div>
<div class="appbar">⟦m 稿快写作⟧ ⟦m 写材料，快人一步⟧</div>
<h2 class="doc-title">⟦t 城关幼儿园新户外游乐区启用仪式主持词（幼儿园活动通用）⟧</h2>
<div class="doc-meta">⟦m 范文库 · 主持词 · 2.1万人用过⟧</div>
<div class="doc">
{BODY}
</div>
<div class="tools">⟦a 一键套用⟧ ⟦a 复制全文⟧ ⟦a 分享给同事⟧</div>
<div class="download">⟦a 下载APP，海量范文随心改⟧</div>
</body></html>
""",
        body="""
尊敬的各位家长、亲爱的小朋友们：
大家上午好！今天阳光灿烂，我们城关幼儿园的新户外游乐区正式启用啦！
新游乐区里有小朋友们最喜欢的跷跷板、滑梯和攀爬网，地上铺了厚厚的软垫，跷跷板的座位下面也装上了减震垫。⟦a ✦AI帮我改写⟧
⟦a 展开全文 ∨⟧
首先，请园长妈妈为我们讲话，大家掌声欢迎！
谢谢园长妈妈。下面请大班的小朋友为大家表演儿歌《跷跷板》！
小朋友们，玩跷跷板的时候要记住：坐稳扶好，不推不挤，排队轮流玩。
现在，我宣布：新户外游乐区正式启用！请小朋友们在老师带领下，去试一试新的跷跷板吧！
""",
    ),
    dict(
        slug="app-gongwen-report-copper-forging-workshop",
        site="公文随身写 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gongwensuishen.com/doc/share/55120871",
        title="锻打车间主任2025年度述职报告",
        record_title="锻打车间主任2025年度述职报告（照着改就行）- 公文随身写APP",
        date="2025-12-26",
        notes="a writing app's share as text: a members-only prompt glued after a 。, a points line, an open-in-app fold; "
        "成文日期 under the signature",
        page="""
!m 公文随身写 · 范文分享
!t 锻打车间主任2025年度述职报告（照着改就行）
!m 分类：述职报告 / 企业　已有 3,870 人下载
!a 打开APP，编辑更方便
{BODY}
!a 〔在APP内继续阅读〕〔生成同类范文〕
!m 公文随身写　客服邮箱：service@gongwensuishen.com
""",
        indent="\u3000\u3000",
        body="""
一年来，我主持锻打车间全面工作，带领全车间28名职工完成了全年生产任务，现将履职情况报告如下。
一、生产任务完成情况。全年锻制各类铜盆4.6万只，同比增长12%，一次交检合格率98.3%，比上年提高1.5个百分点。
二、安全和质量管理。坚持每天班前讲安全，全年车间未发生轻伤以上事故；推行退火、锻打、收口工序“首件检验”，铜盆裂口、变形问题明显减少。⟦a 会员解锁下一段⟧
三、技能传承。组织老师傅带徒弟，车间新增能独立收口的青年工人5名。
四、存在的不足。车间设备老化，噪声较大；明年计划更换两台空气锤，改善作业环境。
述职人：葛建华
2025年12月26日
""",
    ),
]
