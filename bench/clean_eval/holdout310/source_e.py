"""holdout310, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP — each once as HTML and once
as text — and 公考论坛 as HTML. Every page, site, place, person, number and URL here is
invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-jingwan-notice-sensor-floor-lamps",
        site="婧湾社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jingwansq.cn/jwgk/2025/0403/512.html",
        title="关于为辖区高龄独居老人免费配送感应落地灯的通知",
        record_title="【居务晾晒】关于为辖区高龄独居老人免费配送感应落地灯的通知 - 婧湾社区网",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="a residents' site: a weather line, a grid worker's box with a mobile, property repair and night lines beside the community's own 咨询电话; a sentence about 扫码 as content; the notice's date and the page's posting date differ",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【居务晾晒】关于为辖区高龄独居老人免费配送感应落地灯的通知 - 婧湾社区网</title></head>
<body>
<div class="top">⟦m 婧湾社区网　爰湖区婧湾街道婧湾社区⟧　⟦m 今天 晴 12℃～24℃ 空气质量良⟧</div>
<ul class="nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 邻里活动⟧</li></ul>
<div class="art">
<h2>{T}</h2>
<p class="meta">⟦m 社区居委会　2025-04-03 发布　已读 702⟧</p>
<div class="cont">
{BODY}
</div>
</div>
<div class="grid"><h4>⟦l 我的网格员⟧</h4><p>⟦m 第三网格　祁小檀　138 0763 2216⟧</p></div>
<div class="wuye">⟦m 物业24小时报修：0763-2207711　夜间应急：0763-2207722⟧</div>
<div class="ft">⟦m 婧湾社区居民委员会　地址：婧湾路36号⟧　⟦d 本网站由社区自建，信息以居委会公告栏为准⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为减少高龄独居老人夜间起床时因光线昏暗跌倒的情况，社区联合爰湖区慈善会开展“亮灯护老”行动，为辖区80周岁以上独居老人免费配送并安装感应落地灯。现将有关事项通知如下：
一、配送对象：户籍或常住在本社区、年满80周岁的独居老人，共计67户。
二、灯具说明：落地灯带人体感应夜灯和底部加重底座，放在床边，老人起身时自动亮起，不用摸黑找开关。
三、配送安排：4月8日至4月20日，由网格员和志愿者上门安装，并教老人使用。子女不在身边的，可扫码填写预约表，选择方便的上门时间。
咨询电话：社区服务中心0763-2216630。
婧湾社区居民委员会
2025年4月2日
""",
    ),
    dict(
        slug="community-yuyuan-minutes-nursing-room-vote",
        site="妤园社区 (invented residents' site)",
        style="社区网站",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://yuyuansq.chanxi.cn/yishi/2025/0317/88.html",
        title="妤园社区居民议事会关于社区服务中心增设母婴室的会议纪要",
        date="2025-03-14",
        notes="a residents' site in text: the record gives the title as is; the minutes' 时间/地点/主持/参会/记录 lines and a vote count in the body; the meeting's 时间 line is the document's date",
        page="""
!m 妤园社区 · 居民之家
!m 首页 > 议事协商 > 会议纪要
{T}
!m 录入：社区办公室　录入时间：3 天前
{BODY}
!l 往期议事：关于小区电动车充电棚选址的会议纪要
!m 妤园社区居委会　电话：0763-2231400　网格员热线：0763-2231499
""",
        body="""
时间：2025年3月14日下午2时30分
地点：社区服务中心二楼议事厅
主持：社区党委书记 温清妍
参会：居民议事会成员23人，社区“两委”成员，辖区幼儿园代表
记录：社区干事 穆小舟
会议就在社区服务中心增设母婴室一事进行了协商。议事会成员反映，社区服务中心每天接待办事群众较多，带婴幼儿的家长没有地方哺乳和换尿布。
会议议定：一、利用服务中心一楼原储物间改建母婴室，面积约8平方米，配置尿布台1台、哺乳椅2把、洗手池和带盖垃圾桶；二、所需经费约1.8万元，从社区为民服务专项经费中列支；三、母婴室由社区工作人员每日开放和清洁，尿布台每天消毒两次。
表决结果：应到26人，实到26人，同意24票，反对0票，弃权2票，议题通过。
""",
    ),
    dict(
        slug="association-chanxi-lighting-pledge-floor-lamp-labels",
        site="廛溪市照明电器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.cxzmxh.org.cn/xhdt/2025/0619/230.html",
        title="关于规范落地灯稳定性标识的倡议书",
        record_title="〔同业公约〕关于规范落地灯稳定性标识的倡议书_协会资讯_廛溪市照明电器行业协会",
        date="2025-06-18",
        date_also=["2025-06-19"],
        notes="an association site: a member-login row and a member hotline beside the association's own phone; the association's name in the header is also the signature (matched as head); the pledge's date and the page's 发布日期 differ",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔同业公约〕关于规范落地灯稳定性标识的倡议书_协会资讯_廛溪市照明电器行业协会</title></head>
<body>
<div class="hd"><span class="name">⟦m 廛溪市照明电器行业协会⟧</span>　⟦a 会员单位登录 ｜ 我要入会⟧</div>
<ul class="nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="crumb">⟦m 首页 ＞ 协会动态⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="info">⟦m 发布日期：2025-06-19　浏览：265⟧</p>
<div class="txt">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 会员企业⟧</h4><p>⟦l 廛光照明有限公司⟧</p><p>⟦l 庥阳明辉灯饰厂⟧</p></div>
<div class="ft">⟦m 会员服务专线：0763-2195500⟧　⟦m 协会地址：廛溪市翳水大道200号商会大厦9楼⟧</div>
</body></html>
""",
        body="""
全市照明电器生产和销售企业：
今年一季度市场监管部门抽查中，部分落地灯因稳定性不合格被责令整改，也有消费者反映，买回的落地灯说明书里没有摆放和使用注意事项。为维护行业信誉、保障消费者安全，协会向全体会员单位和全市同行发出如下倡议：
一、严守标准。落地灯出厂前逐批进行倾斜稳定性试验，不合格产品不出厂、不上架。
二、标识清楚。在落地灯底座或包装显著位置标明“请放置在平整地面”“勿倚靠、勿悬挂重物”等提示，说明书写明灯杆最大倾角和底座重量。
三、诚信销售。门店和网店如实介绍产品，不夸大承重和稳定性。
四、互相监督。欢迎消费者和同行发现问题向协会反映，协会联系电话：0763-2195518。
廛溪市照明电器行业协会
2025年6月18日
""",
    ),
    dict(
        slug="association-chanxi-cleaning-report-toilet-brush-makers",
        site="廛溪市日化清洁用品协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.cxrhxh.cn/yj/2025/0228/65.html",
        title="2024年廛溪市马桶刷生产企业调研报告",
        record_title="（会员内参）2024年廛溪市马桶刷生产企业调研报告_廛溪市日化清洁用品协会",
        record_date="2025-02-28",
        date="2025-02-28",
        notes="an association page in text: the record gives the date and a decorated title; a data table one row a paragraph; a member-only prompt between paragraphs; a members' hotline",
        page="""
!m 廛溪市日化清洁用品协会
!m 首页 / 行业研究 / 调研报告
!t （会员内参）2024年廛溪市马桶刷生产企业调研报告
!m 来源：协会秘书处　浏览：148
{BODY}
!a 【下载全文PDF（限会员）】
!m 入会咨询：0763-2208600
!m 版权所有 廛溪市日化清洁用品协会
""",
        body="""
为了解我市马桶刷行业发展现状，协会秘书处于2024年11月至12月对全市17家马桶刷生产企业进行了问卷调查和实地走访。现将调研情况报告如下。
一、基本情况。17家企业2024年共生产马桶刷2860万把，其中出口占41%；从业人员1320人，年产值约2.3亿元。
二、产品结构。
品类　产量（万把）　占比
塑料刷毛马桶刷　1690　59%
硅胶刷头马桶刷　870　30%
一次性可抛刷头　300　11%
⟦a 以下内容仅对会员单位开放，请登录后阅读⟧
三、主要问题。低端塑料刷产能过剩，价格战激烈；硅胶刷头原料依赖外地采购；多数企业没有自有品牌。
四、建议。引导企业向硅胶刷头、抗菌刷架等中高端产品转型，协会将牵头制定团体标准。
""",
    ),
    dict(
        slug="company-jingbao-news-folding-changing-table",
        site="婧宝母婴用品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jingbaomy.com/news/company/2025-03-26/207.html",
        title="婧宝母婴推出新一代壁挂折叠尿布台",
        record_title="公司动态 ∣ 婧宝母婴推出新一代壁挂折叠尿布台（新品发布）— 婧宝母婴",
        date="2025-03-26",
        notes="a company site: a cookie notice, a service float and a product ad line between paragraphs; the company's short name also stands in the body; the byline's 发布日期 is the page's date; the customer line in the body beside a 400 order line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公司动态 ∣ 婧宝母婴推出新一代壁挂折叠尿布台（新品发布）— 婧宝母婴</title></head>
<body>
<div class="cookie">⟦d 本站使用必要的Cookie以保证浏览体验，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<header><a class="logo">⟦m JINGBAO 婧宝母婴⟧</a>
<nav>⟦m 首页 产品中心 解决方案 新闻资讯 联系我们⟧</nav></header>
<div class="crumb">⟦m 新闻资讯 / 公司动态⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 发布日期：2025-03-26⟧</p>
<div class="content">
{BODY}
</div>
</article>
<div class="float-kf">⟦a 在线客服⟧<br>⟦m 订购热线 400-620-8180⟧</div>
<footer>⟦m © 2025 婧宝母婴用品有限公司　粤ICP备19052270号⟧</footer>
</body></html>
""",
        body="""
3月25日，婧宝母婴在廛溪国际会展中心发布新一代壁挂折叠尿布台，主要面向商场、车站、医院等公共场所。
新产品在台面两侧加装了护栏，安全束带改为一拉即锁的卡扣式，折叠轴采用双阻尼结构，收起和打开时不会突然回弹。台面承重从过去的25公斤提高到40公斤，并通过了10万次开合耐久测试。
⟦a 立即了解产品详情 →⟧
针对公共场所清洁难的问题，新一代尿布台的台面采用一体成型的抗菌材料，没有拼缝，消毒湿巾一擦即净。
据介绍，该产品已进入廛溪东站、市妇幼保健院等单位的采购清单。公共场所采购咨询可拨打公司客服电话0763-2281906。
""",
    ),
    dict(
        slug="company-wendeng-recall-folding-step-stools",
        site="稳登家居有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.wendengjj.com/gonggao/2025-04-15.html",
        title="关于召回部分批次折叠梯凳的公告",
        record_title="【重要提醒】关于召回部分批次折叠梯凳的公告 - 稳登家居",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="a company page in text: the record gives the date; a recalled-batches table one row a paragraph; the recall line in the body beside a 400 order line and an online-shop ad; a sentence about 扫码 as content",
        page="""
!m 稳登家居 —— 让每一步都踏实
!m 首页 › 公告 › 正文
!t 【重要提醒】关于召回部分批次折叠梯凳的公告
{BODY}
!m 产品订购热线：400-917-3060
!a 天猫旗舰店　｜　京东自营店　｜　微信商城
!m © 稳登家居有限公司
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司在产品质量回访中发现，部分批次WD-3型三步折叠梯凳的锁扣弹簧存在强度不足的问题，长期使用后锁扣可能自行松开，梯凳在使用中折叠，存在摔伤风险。为保障用户安全，我公司决定自即日起召回以下批次产品。
批次号　生产日期　数量（台）
WD3-2410A　2024年10月　1200
WD3-2411B　2024年11月　860
用户可查看梯凳踏板下方的批次标签，或扫描标签上的二维码查询是否在召回范围内。召回产品由我公司免费更换新型锁扣或退款，并承担往返运费。
召回热线：0763-5172290（工作日8:30—17:30）。
由此给您带来的不便，我们深表歉意。
稳登家居有限公司
2025年4月15日
""",
    ),
    dict(
        slug="training-qiaoshou-brochure-housekeeping-course",
        site="巧手家政职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshoujz.com/kecheng/baojie-2025-06.html",
        title="家政保洁员（初级）周末班招生简章",
        record_title="【6月开班】家政保洁员（初级）周末班招生简章（学不会免费重学）- 巧手家政学校",
        date=None,
        notes="a training school: a promo banner, a consult float and a trial-lesson line between paragraphs; a course timetable one row a paragraph; the school's own 报名电话 beside a 400 line; a brochure, so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【6月开班】家政保洁员（初级）周末班招生简章（学不会免费重学）- 巧手家政学校</title></head>
<body>
<div class="promo">⟦a 老学员推荐新学员，双方各减200元！⟧</div>
<header>⟦m 巧手家政职业培训学校⟧　⟦m 全国加盟热线 400-882-0763⟧</header>
<nav>⟦m 首页 课程设置 师资团队 学员风采 在线报名⟧</nav>
<div class="main">
<h1>{T}</h1>
<div class="intro">
{BODY}
</div>
</div>
<div class="float">⟦w 课程顾问小巧 微信：qiaoshou_xq 在线解答⟧</div>
<footer>⟦m 巧手家政职业培训学校　办学许可证号：廛人社民2019031号⟧</footer>
</body></html>
""",
        body="""
为满足家庭和物业公司对专业保洁人员的需求，本校开设家政保洁员（初级）周末班，学完可参加职业技能等级认定。
一、招生对象：18至55周岁，身体健康，有意从事家政保洁工作的人员。
二、课程安排。
周次　内容　课时
第一周　清洁剂识别与安全使用　8
第二周　卫生间清洁：马桶刷、刷架的使用与消毒　8
第三周　厨房及地面清洁　8
第四周　实操考核　8
⟦a 免费试听一节卫生间清洁实操课，点此预约⟧
三、收费标准：学费1280元，含教材、工具包（马桶刷、分色抹布等）和认定费。
四、报名方式：携带身份证到本校前台报名，报名电话0763-2250318。
""",
    ),
    dict(
        slug="training-moyun-brochure-chalk-calligraphy",
        site="墨韵练字 (invented training studio)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.moyunlianzi.cn/ban/fenbizi.html",
        title="教师粉笔字提高班招生简章",
        record_title="教师粉笔字提高班招生简章（小班·每期12席）｜墨韵练字",
        date=None,
        notes="a training studio in text: a price tag and a trial-lesson line, a consultant's WeChat beside the studio's own 报名电话; a numbered list; a brochure, so no date",
        page="""
!m 墨韵练字 · 硬笔 / 粉笔 / 毛笔
!t 教师粉笔字提高班招生简章（小班·每期12席）
!a ￥680 / 期　　立即抢位
{BODY}
!w 顾问微信 moyun_lz2019，发“粉笔”领取字帖
!m 全国连锁咨询：400-661-5200
!l 其他课程：成人硬笔速成班　｜　少儿毛笔启蒙班
""",
        indent="\u3000\u3000",
        body="""
粉笔字是教师的基本功。为帮助在职教师和师范生写好板书，本工作室开设教师粉笔字提高班。
1.课程内容：执笔与运笔、常用笔画、间架结构、板书布局，每节课现场黑板练习。
2.上课安排：每周六下午2:00—4:00，共8次课，每期限12人。
3.学习用品：工作室为每位学员准备黑板一块、防尘粉笔盒一只和白色粉笔两盒，练习用粉笔不限量。结业时，防尘粉笔盒可以带回学校继续使用。
4.报名电话：0763-2262517（工作室前台）。
""",
    ),
    dict(
        slug="fanwenapp-bixia-host-script-nursing-room-opening",
        site="笔下生花APP (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bixiashenghua.com/share/art/771903?from=wx",
        title="“爱心母婴室”揭牌仪式主持词",
        record_title="“爱心母婴室”揭牌仪式主持词（开场到结尾全套）· 笔下生花",
        date=None,
        notes="a writing app's H5 share: an open-app mask, a fold after a few paragraphs, AI buttons; an AI-polish button glued after a sentence; a host script, so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>“爱心母婴室”揭牌仪式主持词（开场到结尾全套）· 笔下生花</title></head>
<body>
<div class="app-bar">⟦m 笔下生花⟧ ⟦a 打开APP，写稿快人一步⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="info">⟦m 收录于合集 #主持词 · 2.6万人看过⟧</p>
<div class="art-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余40% ∨⟧</div>
<div class="ai">⟦a AI改写 ｜ AI续写 ｜ 一键排版⟧</div>
</div>
<div class="mask">⟦a 在APP内打开，免费复制全文⟧</div>
<div class="more"><h4>⟦l 用过这篇的人还看了⟧</h4><p>⟦l 母婴室启用仪式领导致辞⟧</p><p>⟦l 妇联“巾帼志愿服务”启动仪式主持词⟧</p></div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，亲爱的朋友们：
大家上午好！春风送暖，今天我们欢聚在这里，隆重举行××商场“爱心母婴室”揭牌仪式。
出席今天仪式的领导和嘉宾有：××、××。让我们以热烈的掌声表示欢迎！
“爱心母婴室”面积20平方米，配有哺乳间、尿布台、婴儿洗手池和温奶器，是我们为带娃出行的家庭准备的一个温馨小空间。⟦a ✨AI帮你润色这一段⟧
下面，请××讲话。大家欢迎！
下面，有请各位领导上台，为“爱心母婴室”揭牌！
朋友们，一间母婴室、一张尿布台，承载的是对每一个家庭的关爱。“爱心母婴室”揭牌仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-bixia-report-logistics-director-chalk",
        site="笔下生花APP (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.bixiashenghua.com/share/art/766120",
        title="学校后勤服务中心主任2024年度述职报告",
        record_title="学校后勤服务中心主任2024年度述职报告（稍作改动即可上交）- 笔下生花",
        date="2025-01-06",
        notes="a writing app's text share: an open-app prompt, an AI-rewrite line between paragraphs and a points prompt; the 成文日期 under the signature",
        page="""
!m 笔下生花 · 公文写作助手
!t 学校后勤服务中心主任2024年度述职报告（稍作改动即可上交）
!m 作者：笔友8812　收藏 392
!a APP内阅读体验更佳　打开
{BODY}
!a 复制全文需消耗 2 花瓣，新用户送 10 花瓣
!l 同类推荐：学校总务主任述职报告｜后勤副校长述职述廉报告
""",
        body="""
一年来，我在校党支部和校长室的领导下，带领后勤服务中心全体人员，围绕“服务教学、保障安全”的目标开展工作，现将履职情况报告如下。
一、保障教学一线。全年完成教室维修236项，为全校48间教室更换防尘粉笔盒和湿式板擦，建立粉笔按周配送制度，粉笔用量比上年减少18%。
⟦a 🪄 AI改写：换个说法，避免和别人撞稿⟧
二、抓好安全管理。每月开展一次校舍安全检查，排查整改隐患31处；食堂通过市级“明厨亮灶”验收。
三、加强自身建设。坚持廉洁自律，物资采购一律按程序公开比价。
不足之处是维修响应有时不够及时。新的一年，我将建立报修限时办结制度，把后勤服务做得更细。
述职人：苏景行
2025年1月6日
""",
    ),
    dict(
        slug="gkforum-anshang-essay-toilet-brush-jammer",
        site="岸上公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.anshanggk.com/thread-61209-1-1.html",
        title="小马桶刷里的大民生",
        record_title="〔申论自练〕小马桶刷里的大民生（第3篇，求狠批）- 申论专区 - 岸上公考论坛",
        date=None,
        notes="an exam forum: a reply-to-see prompt, a rating row and a QQ-group ad; jammer fonts inside the essay (a line and glued after 。); the post time is 2 天前, so no date",
        page="""
<html><head><meta charset="utf-8"><title>〔申论自练〕小马桶刷里的大民生（第3篇，求狠批）- 申论专区 - 岸上公考论坛</title>
<style>.jammer{font-size:0}</style></head>
<body>
<div id="hd">⟦m 岸上公考论坛　一起上岸⟧　<a>⟦a 登录⟧</a></div>
<div id="pt">⟦m 首页 › 申论专区 › 范文习作⟧</div>
<div class="pls">⟦m 今年必上岸　积分 640⟧</div>
<div class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2 天前　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有阅卷老师点评，回复后才能查看⟧</div>
<div class="rate">⟦l 评分 参与人数 3 积分 +9⟧</div>
</div>
<div class="ad">⟦w 申论批改互助群 QQ群：693301178⟧</div>
<div id="ft">⟦m 岸上公考论坛 Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
一把马桶刷，看似微不足道，却是检验公共服务是否用心的一把尺子。
这些年，“厕所革命”在城乡推开，新建公厕窗明几净，有的还配了母婴室和第三卫生间。可也有一些地方重建设、轻管护：公厕建好了，马桶刷却缺的缺、坏的坏，刷架里积着污水，群众走进去只能皱着眉头出来。
小马桶刷折射出的是治理的“最后一米”。一座公厕好不好用，不看剪彩那天有多热闹，而要看平日里每一把马桶刷是否干净、每一个细节是否有人管。
让小马桶刷不再“掉链子”，关键在于建立长效机制：明确管护主体，把保洁工具配置和更换纳入考核；引入群众评价，让如厕体验说了算。
民生无小事。从一把马桶刷管起，才能把好事办实、把实事办好。
""",
    ),
]
