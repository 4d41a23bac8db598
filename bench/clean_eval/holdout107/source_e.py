"""holdout107, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (two each). Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-taoyuan-html-royal-jelly-warning",
        site="桃源里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.taoyuanli-sq.example.cn/gg/2024/1009/215.html",
        title="关于警惕“免费领蜂王浆”保健品推销骗局的提醒",
        record_title="【社区公告】关于警惕“免费领蜂王浆”保健品推销骗局的提醒",
        date="2024-10-09",
        notes="residents' site: a grid worker's mobile kept in the body next to the community's 便民热线 (chrome); a volunteer-signup button; a weather widget",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于警惕“免费领蜂王浆”保健品推销骗局的提醒</title></head><body>
<div class="top">⟦m 桃源里社区居民委员会⟧ ⟦m 今日 晴 18~26℃⟧</div>
<div class="menu">⟦m 社区概况 · 党建引领 · 便民服务 · 社区公告 · 志愿风采⟧</div>
<h2>⟦t 【社区公告】关于警惕“免费领蜂王浆”保健品推销骗局的提醒⟧</h2>
<div class="info">⟦m 发布：社区居委会　日期：2024-10-09⟧</div>
<div class="main">
{BODY}
</div>
<div class="bm">⟦w 社区便民服务热线：0591-87002211⟧ ⟦a 我要报名当志愿者⟧</div>
<div class="ft">⟦d 本网站由桃源里社区居委会主办并维护⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期，有不法人员在小区周边以“免费领蜂王浆”“听讲座送鸡蛋”为名，吸引老年人参加所谓健康讲座，随后高价推销保健品。
请大家特别是老年朋友提高警惕：
1. 不轻信“免费领取”，天上不会掉馅饼。
2. 保健品不能代替药品，身体不适请到正规医院就诊。
3. 不向陌生人透露身份证号、银行卡号和验证码。
发现可疑情况，请及时联系本网格网格员郑阿姨，手机13805912276，或拨打110报警。
桃源里社区居民委员会
2024年10月9日
""",
    ),
    dict(
        slug="community-jinxiu-text-food-street-fumes-reply",
        site="锦绣街道社区服务网 (invented)",
        style="社区网站",
        genre="复函",
        kind="letter",
        form="text",
        source="https://jinxiu-jd.example.com/msg/reply/6620",
        title="关于美食街油烟扰民问题的答复",
        record_title=None,
        date="2025-05-14",
        notes="community site message-board reply; no record title; the resident's message header and the reply stamp are chrome; a rectification table kept",
        page="""
!m 锦绣街道社区服务网 › 居民留言 › 留言详情
!m 留言人：6号楼住户　留言时间：2025-05-06
!m 办理状态：已答复　答复单位：锦绣街道办事处
{T}
{BODY}
!l 满意度评价：满意　基本满意　不满意
!a 我也要留言
""",
        body="""
6号楼住户：
您反映的美食街烧烤店油烟扰民问题，街道高度重视，已会同市场监管、城管等部门进行了现场检查。
经查，美食街共有餐饮店二十四家，其中七家未安装或未正常使用油烟净化设施。整改安排如下：
事项　责任单位　完成时限
加装油烟净化器　各经营户　5月31日前
露天烧烤入室经营　城管中队　5月20日前
后续我们将每周检查一次，欢迎您继续监督。
锦绣街道办事处
2025年5月14日
""",
    ),
    dict(
        slug="association-baicha-html-white-tea-industry-report",
        site="矶岭市白茶行业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://www.jlbaicha.example.org.cn/xhdt/2025/0120/87.html",
        title="矶岭市白茶行业协会2024年度工作报告",
        record_title="矶岭市白茶行业协会2024年度工作报告 - 协会动态 - 矶岭市白茶行业协会",
        date="2025-01-18",
        date_also=["2025-01-20"],
        notes="association page: a member-login box and a donation/membership box; a statistics table; the report delivered at the member meeting with a date under the title (neutral)",
        page="""
<html><head><meta charset="utf-8"><title>矶岭市白茶行业协会2024年度工作报告 - 协会动态 - 矶岭市白茶行业协会</title></head><body>
<div class="hd">⟦m 矶岭市白茶行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会概况 | 协会动态 | 行业资讯 | 会员风采 | 政策法规⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-01-20　浏览：331⟧</div>
<p class="center">（2025年1月18日在协会第三届会员大会第二次会议上）</p>
<div class="text">
{BODY}
</div>
<div class="join">⟦a 欢迎白茶企业加入协会，点击下载入会申请表⟧</div>
<div class="ft">⟦m 协会地址：矶岭市茶城路9号⟧ ⟦m 闽ICP备16003398号⟧</div>
</body></html>
""",
        body="""
各位会员代表：
2024年，协会围绕“标准立茶、品牌兴茶”，各项工作取得新进展。
一、行业运行。全市白茶产量和产值继续增长：
指标　2023年　2024年
茶园面积（万亩）　18.2　19.6
干毛茶产量（吨）　21500　23800
二、标准建设。协会牵头制定的《矶岭白茶　老白茶仓储规范》团体标准正式发布。
三、品牌推广。组织会员企业参加茶博会四场，签约金额一点二亿元。
新的一年，协会将继续做好服务，推动矶岭白茶高质量发展。
""",
    ),
    dict(
        slug="association-zhuancha-text-brick-tea-pledge",
        site="边销茶行业协会网 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.bxcxh.example.org/news/2024/0603/52.html",
        title="砖茶企业诚信经营倡议书",
        record_title="【协会倡议】砖茶企业诚信经营倡议书",
        date="2024-06-03",
        notes="association text page; decorated title; page markers of a pasted PDF (⁘2⁘) glued; a share row glued after a sentence; signature date",
        pages=dict(fmt="⁘{n}⁘", every=120, start=2, glue=True),
        page="""
!m 边销茶行业协会网
!m 首页 >> 协会工作 >> 倡议书
!t 【协会倡议】砖茶企业诚信经营倡议书
!m 来源：协会秘书处　2024-06-03
{BODY}
!l 上一篇：协会召开会长办公会 ｜ 下一篇：边销茶质量抽检结果通报
!m 协会秘书处电话：0737-4210086
""",
        body="""
全体会员企业：
砖茶是边疆各族群众日常生活的必需品，质量安全关系千家万户。为维护行业信誉，协会向全体会员企业倡议：
一、严守质量底线。严格执行砖茶氟含量等国家标准，不合格原料坚决不用，不合格产品坚决不出厂。
二、诚信标注。如实标注原料产地、生产日期和贮存条件，不夸大宣传。⟦l 分享到朋友圈⟧
三、公平竞争。不恶意压价，不仿冒他人商标和包装。
让我们携起手来，共同守护砖茶这块金字招牌。
边销茶行业协会
2024年6月3日
""",
    ),
    dict(
        slug="company-yunbu-html-slipper-recall",
        site="云步鞋业官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yunbu-shoes.example.com/news/recall-202409.html",
        title="关于召回部分批次儿童棉拖鞋的公告",
        record_title="关于召回部分批次儿童棉拖鞋的公告 | 云步鞋业",
        date="2024-09-12",
        notes="company site with a cookie banner and an official-shop link; the recall hotline kept in the body while the sales/customer-service float is chrome; a batch table",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次儿童棉拖鞋的公告 | 云步鞋业</title></head><body>
<div class="cookie">⟦a 本网站使用Cookie以改善浏览体验，继续浏览即表示同意。我知道了⟧</div>
<header>⟦m 云步鞋业 YUNBU⟧ <nav>⟦m 关于云步　产品中心　新闻中心　招商加盟⟧</nav> <a>⟦a 官方商城⟧</a></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 企业公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2024-09-12⟧</p>
<section class="article">
{BODY}
</section>
<div class="kefu">⟦w 购鞋咨询：400-700-5566⟧ ⟦w 在线客服⟧</div>
<footer>⟦d © 2024 云步鞋业有限公司 保留所有权利⟧ ⟦m 浙ICP备19011234号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
经公司自查，部分批次儿童棉拖鞋鞋面装饰小球缝制不牢，存在脱落后被幼儿误吞的风险。为保障儿童安全，公司决定主动召回以下产品：
款号　生产批次　数量（双）
YB-K2301　20240611　3200
YB-K2305　20240702　2850
消费者可凭购物凭证或订单截图到原购买门店退货，网购的请联系召回专线，由公司承担退货运费。
召回专线：0576-86119001（工作日8:30-17:30）
由此给您带来的不便，我们深表歉意。
云步鞋业有限公司
2024年9月12日
""",
    ),
    dict(
        slug="company-nanguo-text-jackfruit-processor-news",
        site="南果食品官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.nanguofood.example.cn/xw/qydt/2025/0422/118.html",
        title="公司菠萝蜜冻干生产线正式投产",
        record_title="公司菠萝蜜冻干生产线正式投产-企业动态-南果食品",
        date="2025-04-22",
        notes="company news; decorated title with column and site; the title repeated glued before the first line; a photo caption between paragraphs; a 'back to list' and a shop QR line",
        page="""
!m 南果食品 | 热带水果深加工专家
!m 首页 > 新闻中心 > 企业动态
!t 公司菠萝蜜冻干生产线正式投产-企业动态-南果食品
!m 发布时间：2025-04-22　点击量：158
{BODY}
!l 【返回列表】
!a 扫码进入南果旗舰店
""",
        body="""
⟦t 公司菠萝蜜冻干生产线正式投产⟧4月20日，公司投资三千二百万元建设的菠萝蜜冻干生产线正式投产。
该生产线采用真空冷冻干燥工艺，日处理鲜果三十吨，可生产冻干果片、果粉等产品。
⟦m 图：工人在冻干车间包装产品⟧
生产线投产后，公司每年可收购周边农户菠萝蜜九千吨，带动种植户一千余户。
""",
    ),
    dict(
        slug="training-jinshou-html-tuina-school-enrol",
        site="金手推拿职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.jinshou-tuina.example.com/zsjz/2025-spring.html",
        title="2025年春季保健推拿师培训班招生简章",
        record_title="【春季招生】2025年春季保健推拿师培训班招生简章（附课程安排）",
        date="2025-02-05",
        notes="training-school site: price tag, trial-class form and a testimonial; the school's 报名电话 kept in the body while the 400 line is chrome; a course table",
        page="""
<html><head><meta charset="utf-8"><title>【春季招生】2025年春季保健推拿师培训班招生简章（附课程安排）</title></head><body>
<div class="top">⟦m 金手推拿职业培训学校⟧ ⟦w 全国招生热线 400-996-7281⟧</div>
<div class="nav">⟦m 学校简介　课程设置　师资力量　学员风采　在线报名⟧</div>
<h1>⟦t 【春季招生】2025年春季保健推拿师培训班招生简章（附课程安排）⟧</h1>
<div class="price">⟦a 限时优惠 学费立减500元⟧</div>
<div class="c">
{BODY}
</div>
<form class="trial">⟦a 免费预约试听课⟧ ⟦a 姓名 手机号 提交⟧</form>
<div class="say">⟦l 学员说：学了三个月，现在在连锁店上岗了——2024届 小吴⟧</div>
<div class="ft">⟦m 办学许可证号：教民1404001700123号⟧</div>
</body></html>
""",
        body="""
本校经人力资源和社会保障部门批准设立，常年开设保健推拿师培训班。2025年春季班招生事项如下：
一、招生对象：年满十八周岁、身体健康的社会人员，零基础可报。
二、课程安排：
阶段　内容　课时
基础　经络腧穴、人体解剖　80
实操　头颈肩腰背推拿手法　160
考证　职业技能等级认定考前辅导　40
三、开班时间：3月10日，学制三个月。
四、报名地点：学校一楼招生办，报名电话：0351-7023388
""",
    ),
    dict(
        slug="training-huoli-text-bbq-chef-food-safety-plan",
        site="火力餐饮培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.huolicy.example.com/news/322.html",
        title="烧烤师傅培训班食品安全教学方案",
        record_title="烧烤师傅培训班食品安全教学方案 - 火力餐饮培训中心",
        date=None,
        notes="training-centre text page; no date in the document; the page shows only 更新 and relative times (3天前); a course ad and a WeChat consult line between paragraphs",
        indent="\u3000\u3000",
        page="""
!m 火力餐饮培训中心 —— 包教包会，学会为止
!m 首页 > 新闻资讯 > 教学动态
{T}
!m 更新于 3天前　浏览 87
{BODY}
!w 学烧烤开店咨询微信：huoli_bbq2020
!l 热门课程：炭火烤鱼 ｜ 锦州小串 ｜ 铁板鱿鱼
""",
        body="""
为让学员掌握烧烤制作中的食品安全要求，本中心在烧烤师傅培训班中设置食品安全专题教学，方案如下。
一、教学目标：学员能正确进行原料验收、腌制储存和烧烤操作，杜绝使用来源不明的肉类。
⟦a 报名即送全套烧烤配方资料包，名额有限⟧
二、教学内容：原料索证索票、冷藏冷冻温度控制、生熟分开、油烟和明火安全。
三、考核方式：理论笔试占四成，现场实操占六成，考核合格方可结业。
""",
    ),
    dict(
        slug="app-miaobi-text-plum-blossom-festival-plan",
        site="妙笔写作APP分享页 (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.miaobi.example.com/s/Kx82mfQ",
        title="第七届梅花文化旅游节活动方案",
        record_title="第七届梅花文化旅游节活动方案（word版）｜妙笔写作",
        date="2025-01-06",
        notes="writing-app share page: sticky open-app bar, AI-rewrite button, 'rest hidden' overlay text; a schedule table and decimal headings kept",
        page="""
!a 打开妙笔APP，写材料快人一步　［立即打开］
!t 第七届梅花文化旅游节活动方案（word版）｜妙笔写作
!m 来自 妙笔用户 寒香小筑 的分享
{BODY}
!a AI改写　一键换风格
!a 展开剩余内容需在APP内查看
!l 猜你想写：旅游节开幕式主持词 ｜ 乡村文化节总结
""",
        body="""
1 活动时间
2025年2月8日至3月8日。
2 活动地点
磐阳县梅岭风景区及周边村落。
3 活动内容
3.1 开幕式暨梅花摄影大赛启动仪式。
3.2 赏梅游园和非遗展演。
3.3 梅子宴美食周。
日期　项目　负责单位
2月8日　开幕式　县文旅局
2月9日至3月8日　赏梅游园　梅岭景区
2月15日　非遗展演　县文化馆
磐阳县文化和旅游局
2025年1月6日
""",
    ),
    dict(
        slug="app-gongwenbao-html-gastrodia-village-report",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://m.gongwenbao.example.cn/share/art/552093",
        title="关于青杠村天麻种植产业发展情况的调研报告",
        record_title=None,
        date="2024-07-25",
        notes="app-share HTML: a sticky open-app bar, a 'hidden rest' overlay, a like/collect row; no record title; the title in an h1; date under the signature",
        page="""
<html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>公文宝</title></head><body>
<div class="sticky">⟦a 公文宝APP内打开，阅读体验更佳⟧ <button>⟦a 打开⟧</button></div>
<h1>{T}</h1>
<div class="au">⟦m 作者：砥原笔耕　字数 416　阅读 1.2万⟧</div>
<div class="article">
{BODY}
</div>
<div class="mask">⟦a 剩余30%内容已隐藏，下载APP继续阅读⟧</div>
<div class="act">⟦a 点赞　收藏　复制全文⟧</div>
<div class="rec">⟦l 相关范文：乡村特色产业发展调研报告⟧</div>
</body></html>
""",
        body="""
今年6月，我们对青杠村天麻种植产业进行了专题调研。现将有关情况报告如下。
一、基本情况。青杠村地处高寒山区，全村种植天麻八百余亩，年产鲜天麻四百吨，户均增收一万二千元。
二、存在问题。一是菌材用量大，青冈树资源日益紧张；二是初加工以烘干为主，附加值低；三是缺乏统一品牌。
三、对策建议。推广仿野生种植和菌材替代技术；建设天麻切片和冻干加工车间；注册“青杠天麻”集体商标。
砥原县农业农村局调研组
2024年7月25日
""",
    ),
]
