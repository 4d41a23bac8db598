"""holdout272, part E: trade associations, company sites, training schools, writing apps and exam forums.

Every page, site, place, person, number and URL here is invented; each case was written by
hand. Markup: see ../build.py.
"""

CASES = [
    # 43 ── 行业协会, HTML ── fine-tooth combs, a labelling pledge signed by the association itself
    dict(
        slug="association-minchuan-combs-pledge-handmade-label",
        site="缗川县梳篦行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.mcshubi.org.cn/xhdt/2024/0603/117.html",
        title="关于规范标注“手工篦子”的倡议书",
        record_title="〔自律公约〕关于规范标注“手工篦子”的倡议书 — 缗川县梳篦行业协会",
        date="2024-05-30",
        date_also=["2024-06-03"],
        notes="association site: a member-login row and a member hotline; the association's name in the header is "
        "also the signature (head); the page's date differs from the 成文日期; a join-us line between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔自律公约〕关于规范标注“手工篦子”的倡议书 — 缗川县梳篦行业协会</title>
<script src="/js/xh.js"></script></head>
<body>
<div class="login">⟦a 会员单位登录　｜　找回密码　｜　入会申请⟧</div>
<div class="brand">⟦m 缗川县梳篦行业协会⟧⟦m 守一把好篦　传百年手艺⟧</div>
<div class="nav">⟦m 协会首页 协会概况 协会动态 会员风采 行业标准 联系协会⟧</div>
<div class="crumb">⟦m 协会动态 › 倡议书⟧</div>
<div class="main">
<h1>{T}</h1>
<p class="date">⟦m 发布于 2024-06-03　｜　秘书处⟧</p>
<div class="text">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会组织会员单位赴外地考察竹木制品市场⟧</p><p>⟦l 梳篦手艺人技能比武报名开始⟧</p></div>
<div class="foot">⟦m 会员服务专线：0739-6688516⟧<br>⟦m 缗川县梳篦行业协会秘书处　地址：绺口镇篦梳街18号⟧</div>
</body></html>
""",
        body="""
全县梳篦生产经营单位：
近年来，缗川篦子在网上越卖越火，但也有个别商家把机器冲压的塑料篦、树脂篦标成“纯手工竹篦”“老篦匠手作”，损害了消费者利益，也砸了缗川篦子的牌子。为此，协会向全体会员单位和梳篦从业者发出如下倡议：
一、如实标注。手工篦子须注明主要工序由手工完成，机制篦子不得使用“手工”“手作”等字样。
⟦a 还不是协会会员？点这里了解入会流程⟧
二、标明材质。竹、木、牛角、树脂等材质要在包装和网店详情页上写清楚。
三、相互监督。发现虚假标注的，可向协会秘书处反映，协会将约谈相关单位。
缗川县梳篦行业协会
2024年5月30日
""",
    ),
    # 44 ── 行业协会, text ── aluminium pots, council minutes with 时间/地点/主持/出席/记录 and a vote count
    dict(
        slug="association-yuxi-aluminium-council-minutes-vote",
        site="纡溪铝协 (invented, the county daily-use aluminium products association)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.yuxilvxie.org/jiyao/2024-10-18.html",
        title="纡溪县日用铝制品行业协会三届五次理事会会议纪要",
        record_title="[协会纪要] 纡溪县日用铝制品行业协会三届五次理事会会议纪要 | 纡溪铝协",
        date="2024-10-15",
        date_also=["2024-10-18"],
        notes="minutes: 时间/地点/主持/出席/记录 lines and a vote count in the body; the meeting's 时间 line is the "
        "date, the page's posting date differs; a members-only prompt glued after a 。",
        page="""
!m 纡溪铝协　纡溪县日用铝制品行业协会
!m 协会首页 ＞ 会议纪要
!t [协会纪要] 纡溪县日用铝制品行业协会三届五次理事会会议纪要
!m 秘书处　发布于 2024-10-18　　查看 91
{BODY}
!a 会员单位登录后可下载会议材料全文
!l 往期纪要：三届四次理事会会议纪要　｜　2024年会员大会纪要
!m 协会秘书处电话：0793-5830018　　地址：纡溪县工业园区管委会二楼
""",
        indent="\u3000\u3000",
        body="""
时间：2024年10月15日上午9:00
地点：协会会议室
主持：协会会长 庞国华
出席：理事单位代表17人（应到19人）
记录：秘书处 柯思源
会议审议了三项议题，纪要如下：
一、审议通过《纡溪铝锅团体标准（征求意见稿）》。与会理事一致认为，要把锅底厚度、铝材牌号、食品接触安全等指标写进标准。表决结果：同意17票，反对0票，弃权0票。⟦a （表决明细仅会员可见）⟧
二、研究参加明年春季广交会事宜，确定由协会统一租用展位，会员单位按展位面积分摊费用。
三、通报县商务局旧铝锅以旧换新活动进展，要求各会员单位做好门店备货和售后服务。
""",
    ),
    # 45 ── 企业官网, HTML ── sugar jars, a company's new-product news (record date; title glued to the lead)
    dict(
        slug="company-jingtian-news-sealed-sugar-jars-launch",
        site="鞔岭晶甜玻璃制品有限公司 (invented)",
        style="企业官网",
        genre="news",
        kind="news",
        form="html",
        source="https://www.jingtianglass.com/news/2024/0808-fmg.html",
        title="晶甜“福满罐”系列密封糖罐上市",
        record_title="新品上架 ‣ 晶甜“福满罐”系列密封糖罐上市 - 晶甜玻璃",
        record_date="2024-08-08",
        date="2024-08-08",
        notes="company site: a cookie notice, a service float, a shop link; the title repeated and glued before the "
        "lead's first words; a dotted company date; the company's 400 order line beside its after-sales line "
        "(body)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新品上架 ‣ 晶甜“福满罐”系列密封糖罐上市 - 晶甜玻璃</title>
<script src="/assets/site.js"></script></head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示同意 [好的]⟧</div>
<header>⟦m 晶甜玻璃 JINGTIAN GLASS⟧<nav>⟦m 首页 产品中心 新闻资讯 质量承诺 关于晶甜 联系我们⟧</nav><a class="shop">⟦a 官方旗舰店 ›⟧</a></header>
<div class="crumb">⟦m 新闻资讯 / 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2024.08.08　｜　品牌部⟧</p>
<div class="rich">
{BODY}
</div>
<div class="pager">⟦l 上一条：晶甜玻璃通过食品接触材料生产许可复审⟧<br>⟦l 下一条：晶甜玻璃亮相髹城日用品博览会⟧</div>
</article>
<div class="float-kf">⟦w 在线客服 · 订购热线 400-818-6027⟧</div>
<footer>⟦m 鞔岭晶甜玻璃制品有限公司　鞔岭县经济开发区晶瓷路3号⟧<br>⟦m 赣ICP备17002249号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 晶甜“福满罐”系列密封糖罐上市⟧8月8日，鞔岭晶甜玻璃制品有限公司推出“福满罐”系列密封糖罐，首批三个规格已在公司官方旗舰店和全县各大商超上架。
“福满罐”采用高硼硅玻璃吹制，罐壁比普通糖罐厚约30%，能承受120摄氏度的温差；罐盖采用食品级硅胶圈和榉木盖，密封性能比原有产品提升一倍，白糖、冰糖存放半年不结块。
公司品牌部负责人介绍，新品研发历时10个月，针对消费者反映的“盖子松、罐子薄”问题作了改进。
消费者如遇产品质量问题，可拨打售后服务电话0796-7719830。
""",
    ),
    # 46 ── 企业官网, text ── fine-tooth combs, a recall announcement with batches
    dict(
        slug="company-bixiang-recall-resin-combs-batches",
        site="缗川篦香梳篦有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.bixiangcomb.com/gonggao/20240722.html",
        title="关于召回部分批次树脂篦子的公告",
        record_title="篦香资讯 / 关于召回部分批次树脂篦子的公告 / 篦香梳篦官网",
        date="2024-07-22",
        notes="company text: a recall table of batches, the recall line (body) beside the shop's 400 order line "
        "(chrome); a shop banner glued after the first paragraph's 。; date under the signature",
        page="""
!m 篦香梳篦 · 缗川老篦　始于1952
!m 首页 | 产品 | 篦香资讯 | 门店查询
{T}
!m 来源：篦香梳篦　　阅读：1367
{BODY}
!w 选购新品请拨订购专线 400-667-1952
!m © 缗川篦香梳篦有限公司　缗川县绺口镇工业路5号
""",
        indent="\u3000\u3000",
        body="""
近日，我公司在自查中发现，部分批次树脂篦子的齿尖打磨不到位，个别篦齿有毛刺，使用时可能划伤头皮。为保障消费者安全，公司决定主动召回以下批次产品。⟦a 篦香天猫店 · 新品满99减10⟧
产品名称　规格　批号　数量
树脂细齿篦　9厘米　BX240503　3200把
树脂双面篦　11厘米　BX240511　1800把
树脂双面篦　11厘米　BX240518　2100把
已购买上述批次产品的消费者，请停止使用，凭购买凭证到原购买门店或网店办理退款，也可拨打召回专线，我公司将安排快递上门取件。
召回专线：0739-6677082（8:30-17:30）
缗川篦香梳篦有限公司
2024年7月22日
""",
    ),
    # 47 ── 培训机构, HTML ── cotton-fluffing bows, a weekend class brochure with a courses table
    dict(
        slug="training-jiangxin-brochure-cotton-bow-weekend",
        site="匠心手艺学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangxinxuetang.com/kecheng/tanmian-3.html",
        title="传统弹棉手艺周末体验班招生简章",
        record_title="传统弹棉手艺周末体验班招生简章〔第3期〕 ▹ 匠心手艺学堂",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 franchise line beside the class's own 报名电话; "
        "a courses table; a trial-lesson line between paragraphs; no date (course dates without a year)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>传统弹棉手艺周末体验班招生简章〔第3期〕 ▹ 匠心手艺学堂</title>
<script src="/static/js/xt.js"></script></head>
<body>
<div class="promo">⟦a 老学员带新学员，两人同报立减80元⟧</div>
<header>⟦m 匠心手艺学堂⟧⟦m 让老手艺活在今天⟧<nav>⟦m 首页 课程 师资 学员作品 预约参观⟧</nav></header>
<div class="crumb">⟦m 课程 › 非遗手作 › 弹棉⟧</div>
<section>
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
</section>
<div class="float-zx">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦m 全国加盟热线：400-690-5518⟧<br>⟦m 匠心手艺学堂（绲阳校区）　绲阳县文庙街22号　湘ICP备21009912号⟧</footer>
</body></html>
""",
        body="""
想亲手弹一床棉被吗？匠心手艺学堂联合纩坪镇弹棉合作社，开设传统弹棉手艺周末体验班，由弹棉艺人石茂根的徒弟任教，手把手教你使用弹棉弓。
课程安排：
课次　内容　课时
第一课　认识弹棉弓、木槌和磨盘，练习拉弓　3小时
第二课　弹松棉絮、铺絮　3小时
第三课　拉纱、磨被，完成一床小棉被　4小时
⟦a 不确定适不适合？先约一节9.9元试听课⟧
学费：每人680元，含材料费，学员完成的小棉被可以带回家。每期限12人，年满14周岁即可报名。
报名电话：0735-8231806（何老师）
""",
    ),
    # 48 ── 培训机构, text ── embroidery hoops, a trainee's insight whose title is only on the page
    dict(
        slug="training-jinxian-trainee-insight-embroidery-title-line",
        site="缵山锦线刺绣培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jinxiancixiu.com/xueyuan/xinde/61.html",
        title="刺绣初级班学习心得",
        record_title=None,
        date=None,
        notes="title missing: the page's title line under a column line; a class tag and a trainee line; a "
        "sign-up prompt glued after a 。; no date",
        page="""
!m 缵山锦线刺绣培训学校
!m 学员天地 › 学员心得
{T}
!m 初级班第14期学员　麻春燕
{BODY}
!a 春季班火热报名中，扫描右侧二维码添加招生老师
!l 更多学员心得：从零基础到接单，我用了半年　｜　绣完第一幅牡丹的那天
!m 学校地址：缵山县缲塘镇锦绣路8号
""",
        indent="\u3000\u3000",
        body="""
报名初级班之前，我连针都没怎么拿过。一个月下来，我绣完了两幅小品，也有了一些体会。
第一，上绷是基本功。老师第一天就教我们上绷：内圈垫上布条，布面盖上，外圈一压，边拧螺丝边把布往外拉。我一开始总绷不紧，绣几针布就松了，针脚歪歪扭扭。后来老师让我每天练十遍上绷，慢慢就有手感了。
第二，要沉得住气。刺绣急不得，一朵小花要绣两三个晚上。我以前性子急，现在坐在绣花绷前一两个小时也不觉得累。⟦a 想和她一样学刺绣？点此报名⟧
第三，多看多问。同班的大姐绣了好多年，我常请她帮我看针脚，她总是耐心指点。
下一期我打算报中级班，争取早点能接单。
""",
    ),
    # 49 ── 范文APP, HTML ── sugar jars, a host script in a writing app's H5 share
    dict(
        slug="app-wensu-host-script-sugar-reduction-h5",
        site="文速写作APP (invented, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.wensuxiezuo.com/share/doc?id=66017730&from=wx",
        title="社区“甜蜜有度”减糖主题宣传活动主持词",
        record_title="社区“甜蜜有度”减糖主题宣传活动主持词（附开场白）· 文速写作",
        date=None,
        notes="an app's H5 share: an open-app mask, a fold, an AI-rewrite button glued after a 。, a member line; "
        "a host script (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>社区“甜蜜有度”减糖主题宣传活动主持词（附开场白）· 文速写作</title>
<script src="https://h5.wensuxiezuo.com/js/share.js"></script></head>
<body>
<div class="mask">⟦a 打开文速写作APP，查看完整文档 ›⟧</div>
<div class="h5-head">⟦m 文速写作⟧⟦m 3秒出稿 · 公文素材库⟧</div>
<div class="doc">
<h2>{T}</h2>
<p class="doc-meta">⟦m 1,082人用过　｜　字数约1200⟧</p>
<div class="doc-txt">
{BODY}
</div>
<div class="fold">⟦a 剩余68%内容已折叠，打开APP继续读⟧</div>
</div>
<div class="vip">⟦a 开通文速会员，海量范文任意改⟧</div>
<div class="rec"><h4>⟦l 相似范文⟧</h4><p>⟦l 全民健康生活方式宣传月活动主持词⟧</p><p>⟦l 社区健康讲座主持稿（简短）⟧</p></div>
</body></html>
""",
        body="""
各位居民朋友、各位来宾：
大家上午好！欢迎来到韧里社区“甜蜜有度”减糖主题宣传活动现场。
我们每天离不开糖，可糖吃多了，胖了、牙坏了、血糖高了，甜蜜就变成了负担。今天，我们请来了鬟湖区疾控中心的营养师，和大家聊聊怎样吃糖才健康。⟦a ✨AI帮你改写这一段⟧
首先，请营养师为我们讲解“每天添加糖不超过25克”是什么概念。
下面进入互动环节：请几位居民上台，用控糖勺从糖罐里舀出自己一天吃的糖量，看看谁最接近25克。
活动最后，每户居民可以领取一把控糖勺和一份减糖食谱。让我们一起把控好家里的糖罐，做到甜蜜有度、健康常在！
""",
    ),
    # 50 ── 范文APP, text ── fine-tooth combs, a workshop head's annual report in a writing app
    dict(
        slug="app-bisu-report-comb-workshop-head",
        site="笔速公文 (invented writing app, text export)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.bisugongwen.com/article/5518830",
        title="2024年度梳篦车间主任述职报告",
        record_title="2024年度梳篦车间主任述职报告【可改写】- 笔速公文",
        date="2025-01-06",
        notes="a writing app's text export: a template tag line, a 'use this template' row, an 'expand' action on a "
        "line of its own between paragraphs, a 'generate similar' line; date under the signature",
        page="""
!m 笔速公文 ｜ 述职报告 ｜ 企业
!t 2024年度梳篦车间主任述职报告【可改写】
!m 模板编号 BS-58830　已被套用 341 次
!a 一键套用　｜　换个语气　｜　导出
{BODY}
!a 🔁 按这个结构再生成一篇
!d 本模板内容由用户创作并授权发布，仅供参考
""",
        indent="\u3000\u3000",
        body="""
各位领导、同事们：
2024年，我担任公司梳篦车间主任，负责竹篦、木梳两条生产线的生产、质量和安全工作。现将一年来的履职情况报告如下。
一、完成生产任务。全年生产竹篦38.6万把、木梳21.2万把，完成年计划的104%。
⟦a 展开阅读全文 ⌄⌄⌄⟧
二、抓好产品质量。针对篦齿粗细不匀的问题，车间改进了排齿模板，产品一次合格率从95.1%提高到98.3%；全年未发生客户质量投诉。
三、保障安全生产。组织安全培训12次，更换劈篾机防护罩6台，全年无安全事故。
不足之处是新员工带教跟不上，部分老篦匠临近退休，技艺传承压力较大。新的一年，我将抓好师带徒工作，努力完成公司下达的各项任务。
述职人：蓝国栋
2025年1月6日
""",
    ),
    # 51 ── 公考论坛, HTML (jammer fonts) ── aluminium pots, a 申论 essay post
    dict(
        slug="examforum-shangan-essay-aluminium-pot-jammer",
        site="上岸研习社 (invented exam forum)",
        style="公考论坛",
        genre="essay",
        kind="other",
        form="html",
        source="https://bbs.shanganyanxi.com/thread-771203-1-1.html",
        title="一口铝锅里的民生温度",
        record_title="【申论佳作】一口铝锅里的民生温度（考场60分钟写完）- 申论互评区 - 上岸研习社",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, jammer fonts (a line and glued after 。), a poster "
        "card and a QQ-group ad; relative times (4 天前): no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【申论佳作】一口铝锅里的民生温度（考场60分钟写完）- 申论互评区 - 上岸研习社</title>
<script src="static/js/forum.js"></script><style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 上岸研习社⟧⟦m 一起备考，一起上岸⟧　⟦a 登录　注册⟧</div>
<div id="pt">⟦m 上岸研习社 › 申论天地 › 申论互评区⟧</div>
<table><tr><td class="pls">⟦m 青灯夜读⟧<br>⟦m 积分 2330 · 上岸预备役⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 4 天前 ｜ 只看该作者 ｜ 字数 约900⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏了批改意见，回复后可见⟧</div>
<div class="rate">⟦l 评分 5 人　威望 +3　理由：立意好 · 结构清晰⟧</div>
</td></tr></table>
<div class="ad">⟦w 申论一对一批改，进群领资料 QQ群 713390824⟧</div>
<div id="ft">⟦m 上岸研习社 ©2024　京ICP备22031716号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在纡溪县，几乎每家厨房里都有一口铝锅。它轻便、导热快、价格低，陪伴了几代人的一日三餐。可当锅底发黑、变薄，它也悄悄成了餐桌上的隐患。
一口旧铝锅，换不换、怎么换，看似是家家户户的小事，却考验着基层治理的温度。纡溪县推出旧铝锅以旧换新活动，居民交回旧锅就能抵扣购新款，既减轻了群众负担，又带动了本地铝制品企业转型，做到了惠民与兴业两头兼顾。
民生无小事，枝叶总关情。做好民生工作，既要有“大手笔”，也要有“小切口”。从一口锅、一盏灯、一条路做起，把群众的小事当成自己的大事，才能让群众的获得感成色更足。
""",
    ),
    # 52 ── 公考论坛, text ── cotton-fluffing bows, a structured-interview answer with junk
    dict(
        slug="examforum-mianba-interview-cotton-bow-junk",
        site="面霸论坛 (invented exam forum)",
        style="公考论坛",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.mianbaluntan.com/thread-40928-1-1.html",
        title="有人说弹棉弓这类老手艺应该让它自然消失，你怎么看？",
        record_title="〔结构化每日一练〕有人说弹棉弓这类老手艺应该让它自然消失，你怎么看？（含思路点拨）- 面试交流 - 面霸论坛",
        date=None,
        notes="exam-forum text: forum junk as a line and glued after 。; a daily-practice counter, a 'reply to see "
        "the model answer' prompt, replies; 昨天/刚刚 only: no date",
        page="""
!m 面霸论坛 — 公务员面试交流社区
!m 论坛 › 面试交流 › 结构化每日一练
!t 〔结构化每日一练〕有人说弹棉弓这类老手艺应该让它自然消失，你怎么看？（含思路点拨）
!m 楼主：上岸的小满　｜　发表于 昨天 07:02　｜　今日第 318 练
{BODY}
!a 回复本帖查看老师示范答案
!l 沙发　面试小白：打卡，思路很清晰
!l 板凳　老卢：第三点可以再结合本地实际说一说
!m 面霸论坛 鲁ICP备19028831号
""",
        junk=dict(lines=1, glued=2),
        body="""
我的作答，请各位指正：
这种说法我不认同。弹棉弓这样的老手艺，确实在机器生产面前失去了效率优势，但它承载的工匠精神和乡土记忆，并不会因为机器普及而失去价值。
第一，老手艺有文化价值。一张弹棉弓、一门弹棉技艺，是一个地方生活方式的见证，消失了就很难再找回来。
第二，老手艺也有市场。现在不少人专门找手工弹棉的铺子翻新棉被，有的弹棉铺还开起了网店，说明只要找准需求，老手艺也能养活人。
第三，关键在于活态传承。政府可以通过非遗认定、进校园、带徒补贴等方式给予扶持，手艺人也要主动适应市场，让老手艺在新时代焕发新的活力。
""",
    ),
]
