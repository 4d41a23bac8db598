"""holdout337, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-hongyuan-cardboard-boards-activity-html",
        site="竑园社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hongyuan-sq.cn/tzgg/2025/0512/406.html",
        title="关于开展“旧纸箱变猫抓板”亲子手工活动的通知",
        record_title="【周末邻里课堂】关于开展“旧纸箱变猫抓板”亲子手工活动的通知 - 竑园社区服务网",
        date="2025-05-12",
        notes="residents' site with a weather line, a grid member's box and property repair lines beside the notice's "
        "own 咨询电话 (in a sentence); a sign-up float; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末邻里课堂】关于开展“旧纸箱变猫抓板”亲子手工活动的通知 - 竑园社区服务网</title>
<script src="/js/weather-widget.js"></script></head>
<body>
<div class="top">⟦m 竑园社区服务网⟧ ⟦m 竑山县 晴 12~24℃ 东南风2级⟧</div>
<div class="nav">⟦m 首页　社区公告　党群服务　邻里活动　物业服务　办事指南⟧</div>
<div class="loc">⟦m 首页 › 社区公告⟧</div>
<div class="main"><h2>{T}</h2>
<div class="info">⟦m 发布：社区居委会　日期：2025-05-12　浏览：318⟧</div>
<div class="text">
{BODY}
</div></div>
<div class="side">
<div class="grid">⟦m 我的网格员：第3网格 阮小棠 138-5972-0316⟧</div>
<div class="wy">⟦m 物业报修：0597-8843999　夜间值班：0597-8843990⟧</div>
<div class="join">⟦a 我要报名参加邻里活动⟧</div></div>
<div class="foot">⟦m 竑园社区居民委员会　地址：竑山县竑园路8号⟧ ⟦m 闽ICP备22008716号-1⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为倡导垃圾分类和关爱小动物，竑园社区将联合县小动物保护协会开展“旧纸箱变猫抓板”亲子手工活动，做好的猫抓板将捐赠给县流浪动物救助站。现将有关事项通知如下：
一、活动时间：5月17日（周六）下午2:30—4:30
二、活动地点：社区党群服务中心二楼活动室
三、参加对象：辖区6至12岁儿童及家长，限20组家庭
四、报名方式：请于5月15日前到社区服务大厅登记，或拨打社区咨询电话0597-8843307报名。请每组家庭带两个干净的快递纸箱。
竑园社区居民委员会
2025年5月12日
""",
    ),
    dict(
        slug="community-shaoan-pledge-pond-nets-wrapped-68",
        site="劭安社区居委会网站 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.shaoan-sq.org.cn/gonggao/20250603-1.html",
        title="关于不在小区景观池捞鱼的倡议书",
        record_title="【护池行动】关于不在小区景观池捞鱼的倡议书 - 劭安社区居委会",
        date="2025-06-01",
        date_also=["2025-06-03"],
        notes="a 倡议书 hard-wrapped at 68 columns; a sentence inviting residents to scan a code and join (content); "
        "page date differs from the 成文日期; a property duty phone and a print link as chrome",
        page="""
!m 劭安社区居委会网站　|　劭岭县劭安街道
!m 社区公告 >> 倡议
{T}
!m 日期：2025-06-03　来源：劭安社区　人气：207
{BODY}
!a 【打印】【转发给邻居】
!m 物业值班电话：0597-6651180　社区网格服务群：扫门岗二维码进入
!m 劭安社区居民委员会 版权所有
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
亲爱的居民朋友们：
小区中心景观池去年放养了两百多尾锦鲤和草金鱼，已经成为大家饭后散步的好去处。但近来，常有孩子拿着鱼缸网、塑料瓶在池边捞鱼，有的鱼被捞伤，有的被带回家没几天就死了，还有孩子险些滑进池里。
为此，我们倡议：
一、不在景观池捞鱼、钓鱼，不向池里乱投食物；
二、家长看护好孩子，不让孩子在池边追逐打闹；
三、发现有人捞鱼，请友善劝阻，或告知物业巡查人员；
四、欢迎大家扫码加入“护池志愿队”，周末轮流在池边值守。
也请大家把这份倡议书分享到楼栋群里，让更多家长看到。让我们一起守护这一池清水、一池活鱼。
劭安社区居民委员会
2025年6月1日
""",
    ),
    dict(
        slug="association-aquarium-council-minutes-vote-html",
        site="勖州市水族器材行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.xzszqx.org.cn/huiwu/2025/0401/88.html",
        title="勖州市水族器材行业协会第二届理事会第五次会议纪要",
        record_title="勖州市水族器材行业协会第二届理事会第五次会议纪要 ⋯ 会务公开 ⋯ 勖州水族器材协会",
        date="2025-03-28",
        date_also=["2025-04-01"],
        notes="association site with member login, a member hotline and a join button; the association's name is the "
        "site name and opens the body (head label); 时间/地点/主持/出席/列席/记录 lines and a vote count in the body; "
        "the meeting date (时间 line) differs from the page date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>勖州市水族器材行业协会第二届理事会第五次会议纪要 ⋯ 会务公开 ⋯ 勖州水族器材协会</title></head>
<body>
<div class="top"><span>⟦m 勖州市水族器材行业协会⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="nav">⟦m 协会首页　协会概况　会务公开　团体标准　会员风采　联系我们⟧</div>
<div class="loc">⟦m 首页 → 会务公开⟧</div>
<div class="art"><h2>{T}</h2>
<div class="meta">⟦m 秘书处　2025-04-01⟧</div>
<div class="body">
{BODY}
</div></div>
<div class="side">⟦m 会员服务专线：0597-8807700⟧<br>⟦l 团体标准征求意见稿下载专区⟧</div>
<div class="foot">⟦m 勖州市水族器材行业协会秘书处　地址：勖州市颍湄区工业大道202号3楼⟧ ⟦m 闽ICP备18027705号⟧</div>
</body></html>
""",
        body="""
时间：2025年3月28日上午9:30
地点：协会会议室
主持：会长 邵临川
出席：理事15名（应到17名）
列席：监事长 滕春和
记录：秘书处 季晓
勖州市水族器材行业协会第二届理事会第五次会议审议了《家用水族温控棒团体标准（征求意见稿）》。秘书处介绍了标准起草情况：标准对防干烧保护、温控精度、玻璃管抗冲击等8项指标作出规定，其中温控精度要求达到±0.5℃，严于现行行业做法。
与会理事认为，标准的出台有助于遏制低价劣质产品，建议对小功率产品的过渡期适当放宽。
会议以举手方式表决，同意15票，反对0票，弃权0票，通过该征求意见稿，并决定于4月30日前向社会公开征求意见。
""",
    ),
    dict(
        slug="association-pet-supplies-pledge-toothbrush-labels",
        site="勖州市宠物用品行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xzcwyp.org/zilv/2025/0922.html",
        title="关于规范宠物牙刷标识标注的倡议书",
        record_title="〈行业自律〉关于规范宠物牙刷标识标注的倡议书 —— 勖州宠物用品协会官网",
        date="2025-09-20",
        date_also=["2025-09-22"],
        notes="the association's name as the site's first line is also the signature (head label); a member-login "
        "line and a join prompt between paragraphs; 成文日期 under the signature, posted two days later",
        page="""
!m 勖州市宠物用品行业协会
!a 会员登录　｜　加入协会
!m 首页 / 行业自律 / 倡议
{T}
!m 发布：协会秘书处　2025-09-22
{BODY}
!a ［下载倡议书］　［分享］
!m 协会秘书处电话：0597-8830247　邮箱：mishuchu@xzcwyp.org
!m 勖州市宠物用品行业协会 版权所有
""",
        body="""
全市宠物用品生产经营企业：
近年来，我市宠物牙刷产业发展迅速，产品远销海内外。但一些企业的狗牙刷包装上不标刷毛材质、适用犬型，甚至把人用牙刷改个包装就当宠物牙刷出售，损害了消费者权益和全市产业形象。为此，勖州市宠物用品行业协会向全体会员单位和同行发出如下倡议：
一、如实标注刷毛材质、刷头尺寸、适用犬型和更换周期；
二、不以人用牙刷冒充宠物牙刷，不夸大“除口臭”“去牙结石”等功效；
⟦a 还不是会员单位？在线提交入会申请，三个工作日内回复⟧
三、主动在包装上印制使用说明，提醒消费者一宠一刷；
四、欢迎会员单位将自律承诺书报送协会秘书处。
勖州市宠物用品行业协会
2025年9月20日
""",
    ),
    dict(
        slug="company-miaodian-new-board-cookie-html",
        site="蒇阳喵垫纸品有限公司 (invented company site)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.miaodian-paper.com/news/2025/0812-u-scratcher.html",
        title="可换芯的“三面围合”猫抓板正式上市",
        record_title="〔新品上架〕可换芯的“三面围合”猫抓板正式上市 — 喵垫官网",
        record_date="2025-08-12",
        date="2025-08-12",
        notes="company news with a cookie notice and a service float; the title repeated and glued before the news "
        "lead; a dotted date; record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>〔新品上架〕可换芯的“三面围合”猫抓板正式上市 — 喵垫官网</title>
<script src="/assets/app.3fa1.js" defer></script></head>
<body>
<header><a class="brand">⟦m 喵垫 MIAODIAN⟧</a><nav>⟦m 首页　产品中心　新闻动态　关于喵垫　联系我们⟧</nav><a class="shop">⟦a 去旗舰店选购⟧</a></header>
<main><div class="bc">⟦m 新闻动态 / 公司新闻⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2025.08.12　｜　喵垫品牌部⟧</p>
<div class="news-body">
{BODY}
</div>
<div class="pager">⟦l 上一条：喵垫入选省级绿色工厂名单⟧　⟦l 下一条：2025宠物用品展喵垫展位预告⟧</div></main>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧ <button>⟦a 好的⟧</button></div>
<div class="kefu">⟦w 在线客服 · 批发合作请留言⟧</div>
<footer>⟦m 蒇阳喵垫纸品有限公司　蒇阳县蒇桥镇工业园6号　400-086-5520⟧ ⟦m 闽ICP备19040068号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 可换芯的“三面围合”猫抓板正式上市⟧8月12日，公司自主研发的“三面围合”猫抓板在各大电商平台同步上市。
与普通平板猫抓板不同，新产品采用U形三面围合结构，猫咪可以躺在里面磨爪、打滚、睡觉。更重要的是，猫抓板芯采用插拔式设计，抓旧了只需更换中间的瓦楞纸芯，外框可以一直使用，每年可为一个养猫家庭减少约六成纸板浪费。
该产品的瓦楞纸芯全部使用再生纸浆，黏合剂采用玉米淀粉胶，不含甲醛。产品研发历时十个月，先后邀请120户养猫家庭参与试用。
公司负责人表示，接下来还将推出适合多猫家庭的加长款。
""",
    ),
    dict(
        slug="company-lanxi-recall-heaters-batches",
        site="勖州澜汐水族电器有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.lanxi-aqua.com/notice/recall-2025-09.html",
        title="勖州澜汐水族电器有限公司关于召回部分批次XH系列温控棒的公告",
        date="2025-09-02",
        notes="record title as is; a batches table; the recall line beside a 400 order line and an online shop link; "
        "the company name is also in the title and the signature; 成文日期 under the signature",
        page="""
!m 澜汐水族 LANXI AQUA　|　专注水族恒温二十年
!m 首页 > 服务支持 > 公告
{T}
!m 发布：2025-09-02　阅读：3,580
{BODY}
!a 订购热线：400-655-0597　｜　进入天猫旗舰店
!l 相关公告：XH系列温控棒使用说明（2025版）　｜　售后服务政策
!m 勖州澜汐水族电器有限公司 © 2005-2025　闽ICP备08033516号
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
经我公司自查，2025年4月至6月生产的部分XH系列温控棒，因温控器触点材料存在缺陷，长期使用后可能出现温控失灵、水温过高的情况。为保障用户安全，我公司决定主动召回以下批次产品：
型号　生产批次　数量（支）
XH-100W　2504A至2506C　4620
XH-200W　2505B至2506D　3180
XH-300W　2504C至2505F　2750
请使用上述产品的用户立即停止使用，并拨打召回专线0597-8860515登记，我公司将免费为您更换新品或全额退款。
由此给您带来的不便，我们深表歉意。
勖州澜汐水族电器有限公司
2025年9月2日
""",
    ),
    dict(
        slug="school-zhuahen-brochure-oral-care-class-html",
        site="爪痕宠物美容学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zhuahen-edu.com/course/oral-care-7.html",
        title="宠物口腔护理周末班招生简章",
        record_title="宠物口腔护理周末班招生简章｜第7期报名中 · 爪痕宠美学堂",
        date=None,
        notes="training school with a promo banner and a consult float; the school's 报名电话 and a scan-to-sign-up "
        "sentence (content) beside a 400 franchise line; course lines without end punctuation; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>宠物口腔护理周末班招生简章｜第7期报名中 · 爪痕宠美学堂</title>
<script src="/static/chat.js"></script></head>
<body>
<div class="promo">⟦a 暑期报班立减300元，老学员推荐再送美容剪一把⟧</div>
<header>⟦m 爪痕宠美学堂⟧ ⟦m 宠物美容师 · 宠物护理师职业培训⟧ <nav>⟦m 首页　课程体系　师资力量　学员作品　校区地址⟧</nav></header>
<div class="crumb">⟦m 首页 › 课程体系 › 短期班⟧</div>
<section class="course"><h1>{T}</h1>
<p class="tag">⟦m 第7期　｜　已报名 11 人⟧</p>
<div class="course-body">
{BODY}
</div></section>
<div class="float">⟦w 课程顾问在线，点击咨询学费与排期⟧</div>
<footer>⟦m 全国加盟热线：400-600-7713⟧ ⟦m 爪痕宠美学堂（勖州校区）　勖州市颍湄区春晖路56号⟧ ⟦m 闽ICP备21019034号⟧</footer>
</body></html>
""",
        body="""
一、课程简介
本课程面向宠物店从业人员和养宠家庭，系统讲授犬猫口腔结构、常见口腔疾病识别、狗牙刷和宠物牙膏的选择、刷牙手法及洁牙后护理。
二、课程安排
第一天上午：犬猫口腔基础知识
第一天下午：狗牙刷、指套牙刷的使用练习
第二天上午：真犬实操（每人至少完成3只犬的刷牙护理）
第二天下午：考核与点评
三、招生对象：年满18周岁、热爱宠物者均可报名，每期16人。
四、学费：1280元（含教材、实操耗材和结业证书）。
五、报名方式：扫描页面下方二维码填写报名表，或拨打报名电话0597-8837260。
""",
    ),
    dict(
        slug="school-qingzao-trainee-insight-air-pump",
        site="青藻水景学院 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qingzao-shuijing.com/xueyuan/fenxiang/2025-31.html",
        title="水景造景班学习心得：从一台增氧泵说起",
        record_title="【结业分享】水景造景班学习心得：从一台增氧泵说起 - 青藻水景学院",
        date=None,
        notes="a trainee's 心得 on a training school site: course ad line between paragraphs, trial-class and consult "
        "lines; no date (a '学员作品发布于 3 周前' stamp is no date)",
        page="""
!m 青藻水景学院　|　水草造景 · 水族维护 · 开店指导
!m 首页 ＞ 学员风采 ＞ 结业分享
{T}
!m 学员：郁小棠（第14期造景班）　发布于 3 周前
{BODY}
!a 想做出自己的第一个草缸？预约一节免费体验课
!w 课程咨询：青藻小助手 微信 qingzao_xzs
!m 青藻水景学院 · 勖州颍湄校区
""",
        indent="\u3000\u3000",
        body="""
参加青藻水景学院为期一个月的造景班之前，我以为造景就是摆石头、种水草。第一堂课，老师却先让我们拆一台增氧泵。
老师说，水景是活的，鱼和水草都要呼吸，增氧泵就是缸的“肺”。我们把泵拆开，看到两片小小的橡胶气囊，在电磁铁的带动下一张一合，把空气压进气管。气囊老化了，出气量就会变小，噪声也会变大。
⟦a 第15期造景班火热报名，前10名赠送造景石一套⟧
后来的课程里，我们学会了根据水体大小选泵的功率，学会了用止逆阀防止停电时缸水倒灌，也学会了把气石藏在沉木后面，既增氧又不破坏景观。
结业作品我做了一个六十厘米的溪流缸。现在每次听到气泡轻轻冒出的声音，我都会想起第一堂课拆开的那台增氧泵。
""",
    ),
    dict(
        slug="app-lingxi-host-script-pet-event-h5-html",
        site="灵犀写作 APP H5 share (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.lingxi-xiezuo.com/share/doc?id=8834012&from=wx",
        title="“萌宠文明行”社区宣传活动主持词",
        record_title="【主持稿】“萌宠文明行”社区宣传活动主持词 ⁄ 灵犀写作",
        date=None,
        notes="writing app H5 share: open-app mask, fold and AI buttons; a host script with 甲/乙/合 lines; "
        "an AI-rewrite button glued after a 。; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>【主持稿】“萌宠文明行”社区宣传活动主持词 ⁄ 灵犀写作</title>
<script src="https://h5.lingxi-xiezuo.com/static/js/openapp.js"></script></head>
<body>
<div class="mask">⟦a 打开灵犀写作APP，解锁完整范文和一键排版⟧</div>
<div class="bar">⟦m 灵犀写作⟧ ⟦a 用APP打开⟧</div>
<div class="doc"><h1>{T}</h1>
<p class="meta">⟦m 范文库 · 主持词 · 8.6万人用过⟧</p>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 展开全文 ∨⟧</div>
<div class="ai">⟦a AI续写　AI改写　换个风格⟧</div></div>
<div class="rec"><h4>⟦l 相似范文⟧</h4><p>⟦l 社区“文明养犬”宣传活动主持词⟧</p><p>⟦l 宠物嘉年华开幕式主持稿⟧</p></div>
<div class="foot">⟦m 灵犀写作 · 让写材料不再熬夜⟧</div>
</body></html>
""",
        body="""
甲：尊敬的各位居民朋友，
乙：亲爱的小朋友们，
合：大家下午好！
甲：毛茸茸的小伙伴给我们的生活带来了许多欢乐，文明养宠也是每一位主人的责任。
乙：今天，“萌宠文明行”社区宣传活动在这里举行，欢迎大家的到来！
甲：首先进入第一个环节：文明养宠知识问答。有请社区网格员小陶为大家出题。⟦a ✦ 一键AI润色这段⟧
乙：接下来是第二个环节：亲子手工“做一块猫抓板”。请各位家长和小朋友到右侧手工区，用我们准备的瓦楞纸和麻绳，为家里的猫咪或者流浪猫做一块猫抓板。
甲：最后一个环节，请大家在“文明养宠承诺墙”上签下名字。
合：文明养宠，从我做起！本次活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-cailiaotong-report-aquarium-maintenance-cn-date",
        site="材料通 APP share page (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.cailiaotong.cn/s/Fq83Lk",
        title="水族馆维保班班长个人述职报告",
        date="2025-01-08",
        notes="record title as is; writing-app share page with an open-in-app line, a membership prompt and a 'copy "
        "with one tap' line; 成文日期 in Chinese numerals under the 述职人 line",
        page="""
!m 材料通 · 手机上的写作助手
!a 在材料通APP内打开，阅读体验更好
{T}
!m 述职报告 · 热度 4.1万 · 收录于 2 个月前
{BODY}
!a 开通材料通会员，全站范文一键复制
!l 猜你还要：设备维修班组年度总结　｜　班组长竞聘演讲稿
!d 材料通范文仅供学习参考，引用请注意修改。
""",
        indent="\u3000\u3000",
        body="""
一年来，我在部门领导的带领下，带领维保班6名同事，负责全馆112个展缸的增氧、控温和循环设备维护工作。现将履职情况报告如下。
一、主要工作
一是建立设备台账。对全馆186台增氧泵、94支温控棒逐台编号，做到每台设备都有“身份证”。
二是推行预防性维护。增氧泵气囊每半年更换一次，全年设备故障次数比上年下降37%，没有发生一起因缺氧导致的鱼类死亡事故。
三是做好夜间应急。修订停电应急预案，在各展区配备电池增氧泵40台，组织应急演练4次。
二、存在不足
自身专业理论学习不够，对新型变频设备的维修还不熟练。
三、今后打算
新的一年，我将加强学习，带好班组，确保全馆设备安全稳定运行。
述职人：冉一平
二〇二五年一月八日
""",
    ),
]
