"""holdout353, part E: residents' sites, trade associations, company sites, training schools, writing apps,
civil-service-exam forums.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-eqiao-feast-sauce-dish-notice",
        site="娥桥社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.eqiaojumin.cn/tongzhi/2024/0902-1.html",
        title="关于举办中秋“邻里百家宴”的通知",
        record_title="【中秋邻里节】关于举办中秋“邻里百家宴”的通知（请自带碗筷）｜娥桥社区居民之家",
        date="2024-09-02",
        date_also=["2024-09-04"],
        notes="residents' site: weather, a grid worker's box, a property repair line; the community's own 咨询电话 in "
        "the body beside them; the notice's date (the page's posting date also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【中秋邻里节】关于举办中秋“邻里百家宴”的通知（请自带碗筷）｜娥桥社区居民之家</title>
<script src="/js/jm.js"></script>
</head>
<body>
<div class="jm-top">⟦m 娥桥社区居民之家⟧　⟦m 今天 晴 24～31℃ 空气良⟧</div>
<ul class="jm-nav"><li>⟦m 社区公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 邻里互助⟧</li><li>⟦m 党群服务⟧</li></ul>
<div class="jm-pos">⟦m 首页 » 社区公告⟧</div>
<h2>{T}</h2>
<div class="jm-meta">⟦m 发布：娥桥社区居委会　2024-09-04　阅读 389⟧</div>
<div class="jm-body">
{BODY}
</div>
<div class="jm-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　钦小芸　138 7390 5521⟧</p></div>
<div class="jm-wy">⟦m 物业报修：0739-8871234（24小时值守）⟧</div>
<div class="jm-foot">⟦m 肇川市姑湖区娥桥社区居民委员会　技术支持：姑湖智慧社区平台⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
中秋将至，为增进邻里感情，社区定于9月15日（星期日）中午11时，在社区文化广场举办中秋“邻里百家宴”。现将有关事项通知如下：
一、每户可带一道拿手菜参加，菜品请在10时30分前送到广场登记台。
二、为减少一次性餐具，请大家自带碗筷。社区统一准备消毒后的酱料碟和公勺，每人一只酱料碟，用后放回回收筐，由志愿者集中清洗。
三、活动现场设老人、儿童专席，行动不便的老人可提前告知网格员，由志愿者上门接送。
四、报名时间：9月5日至12日，请到社区服务站登记，或拨打社区咨询电话报名。
社区咨询电话：0739-8871506
娥桥社区居民委员会
2024年9月2日
""",
    ),
    dict(
        slug="community-qinyuan-bowl-holder-needs-notice",
        site="钦园社区网 (invented residents' site, text view)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://qinyuan.guhu-sq.cn/gg/1187.html",
        title="关于为居家高龄老人免费发放防烫碗托的通知",
        record_title="关于为居家高龄老人免费发放防烫碗托的通知 » 钦园社区网",
        date="2024-11-11",
        notes="residents' site in text: a follow sentence as content; the community's 咨询电话 beside the property repair "
        "line and the grid worker's mobile; the notice's date",
        page="""
!m 钦园社区网　·　家门口的服务站
!m 社区公告 » 正文
{T}
!m 发布者：钦园社区　浏览 276 次
{BODY}
!m 网格员 尹师傅：139 7392 0418
!m 物业维修：0739-8862200
!l 更多公告：冬季燃气安全入户检查安排
!m 钦园社区居委会　版权所有
""",
        indent="\u3000\u3000",
        body="""
辖区各位居民：
为减少居家高龄老人用餐时被热汤热饭烫伤，社区争取到区民政局“暖心助餐”项目支持，将为辖区80周岁以上居家老人每人免费发放两只硅胶防烫碗托。有关事项通知如下：
一、发放对象：户籍或常住在本社区、年满80周岁的居家老人。
二、领取方式：老人本人或家属持老人身份证到社区服务站领取；行动不便的，由网格员送上门。
三、领取时间：11月18日至11月30日，每天上午9时至11时30分。
四、关注“钦园社区”公众号，可查看碗托使用和清洗方法。
社区咨询电话：0739-8862715
钦园社区居民委员会
2024年11月11日
""",
    ),
    dict(
        slug="association-zcchaqi-aroma-cup-label-pledge",
        site="肇川市茶器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.zcchaqi.org.cn/xhdt/2024/0716/339.html",
        title="关于规范闻香杯材质标注的倡议书",
        record_title="〖同业公约〗关于规范闻香杯材质标注的倡议书_肇川市茶器行业协会",
        date="2024-07-12",
        date_also=["2024-07-16"],
        notes="association site with a member-login row and a member hotline; the association's name is also the "
        "signature (matched as head); sharing the pledge as content; the pledge's date (posting date also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖同业公约〗关于规范闻香杯材质标注的倡议书_肇川市茶器行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-login">⟦a 会员单位登录⟧　⟦a 入会申请⟧　⟦m 会员服务热线：0739-8815660⟧</div>
<div class="xh-logo">⟦m 肇川市茶器行业协会⟧</div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-pos">⟦m 协会动态 ＞ 通知倡议⟧</div>
<h2>{T}</h2>
<div class="xh-meta">⟦m 发布于 2024-07-16　秘书处⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-share">⟦l 把倡议转给同行：微信 ｜ 复制网址⟧</div>
<div class="xh-side"><h4>⟦l 协会近讯⟧</h4><p>⟦l 三届二次理事会在吉埠镇召开⟧</p><p>⟦l 茶器釉料安全培训班开班⟧</p></div>
<div class="xh-foot">⟦m 地址：肇川市姑湖区瓷都路12号　湘ICP备17012208号⟧</div>
</body>
</html>
""",
        body="""
全市茶器生产经营企业：
近年来，闻香杯作为功夫茶具的重要配件，市场需求稳步增长。但在市场监督抽查中发现，部分闻香杯只标“高档瓷”“精品杯”，不标材质和执行标准，个别产品以普通陶冒充骨瓷，损害了消费者权益和我市茶器的整体形象。为此，协会向全市茶器企业发出如下倡议：
一、如实标注。闻香杯及其包装应标明材质、执行标准、生产企业和联系方式，不使用“顶级”“特级”等无依据的用语。
二、严守底线。彩绘闻香杯的铅、镉溶出量必须符合国家标准，出厂前逐批检验。
三、互相监督。会员单位之间发现虚假标注的，可向协会秘书处反映，协会将约谈提醒。
请各会员单位把本倡议分享给本企业的经销商和门店，共同维护肇川茶器的好口碑。
肇川市茶器行业协会
2024年7月12日
""",
    ),
    dict(
        slug="association-hotpot-sauce-dish-council-minutes",
        site="偃河县火锅餐饮商会 (invented, text page)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.yhhgsh.cn/news/2024-0305.html",
        title="偃河县火锅餐饮商会第二届理事会第四次会议纪要",
        date="2024-03-05",
        notes="association minutes in text: record title as is; 时间/地点/主持/出席/列席/记录 lines and a vote count; the "
        "date is the 时间 line's; a join-the-chamber line and a hotline around it",
        page="""
!m 偃河县火锅餐饮商会
!m 商会动态 > 会议纪要
{T}
!m 商会秘书处　　阅读 148
{BODY}
!a 欢迎火锅、串串、麻辣烫经营户加入商会，入会咨询请点这里
!l 往期纪要：第二届理事会第三次会议纪要
!m 商会秘书处电话：0736-5138080　地址：偃河县城北商贸街6号
""",
        body="""
时间：2024年3月5日上午9时30分
地点：商会会议室
主持：会长 卧立春
出席：理事单位代表15人
列席：县市场监管局餐饮服务监管股 吉科长
记录：秘书处 蒙倩
会议通报了去年县市场监管局专项检查中部分火锅店酱料碟重复使用的情况，讨论了商会自律措施。
会议议定：
一、会员单位自4月1日起全面推行酱料碟“一客一换”，撤台后的酱料碟与碗筷一同进入洗消流程。
二、商会统一团购耐高温白瓷酱料碟，会员单位按桌数申购，价格由秘书处公开。
三、秘书处每季度组织一次会员互查，互查结果在会员群内通报。
表决：应到理事15人，实到15人，全票同意。
""",
    ),
    dict(
        slug="brand-xinyao-melamine-bowl-recall-batches",
        site="馨窑家居 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.xinyaohome.com/news/notice/2024-1022.html",
        title="馨窑家居关于召回部分批次密胺面碗的公告",
        record_title="【品质承诺】馨窑家居关于召回部分批次密胺面碗的公告 — 馨窑家居官网",
        date="2024-10-22",
        notes="company site: cookie notice, a 400 order line and a service float; recalled batches as a table; the "
        "recall line in the body beside the order line; scanning the bowl's code as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【品质承诺】馨窑家居关于召回部分批次密胺面碗的公告 — 馨窑家居官网</title>
<script src="https://cdn.xinyaohome.com/site.js"></script>
</head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即视为您同意⟧　<a>⟦a 好的⟧</a></div>
<header><span>⟦m 馨窑家居 · 让每一餐都有温度⟧</span><nav><a>⟦m 产品中心⟧</a> <a>⟦m 品牌故事⟧</a> <a>⟦m 新闻公告⟧</a> <a>⟦m 门店查询⟧</a></nav></header>
<div class="pos">⟦m 首页 / 新闻公告 / 公司公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2024-10-22　｜　馨窑家居品牌部⟧</div>
<article>
{BODY}
</article>
<div class="float-kf">⟦w 在线客服 · 咨询订购⟧</div>
<footer><p>⟦m 订购热线：400-660-8127⟧</p><p>⟦m 虞坪县馨窑家居用品有限公司　湘ICP备19070561号⟧</p></footer>
<script>XY.init();</script>
</body>
</html>
""",
        body="""
近期，我公司在内部质量抽检中发现，部分批次的密胺面碗在长时间盛放高温汤面后，碗内壁出现轻微起泡，可能影响使用安全。为保障消费者权益，我公司决定主动召回以下批次产品：
型号　批次号　生产日期　数量
XY-M18　M2406A　2024年6月　4800只
XY-M18　M2407C　2024年7月　5200只
XY-M20　M2407D　2024年7月　3100只
消费者可查看碗底的批次号，或用手机扫描碗底二维码查询是否属于召回范围。属于召回范围的，可到原购买门店免费退换，也可联系我公司上门回收。
召回专线：0736-5166021（每天8:00—20:00）
由此给您带来的不便，我们深表歉意。
虞坪县馨窑家居用品有限公司
2024年10月22日
""",
    ),
    dict(
        slug="brand-jici-double-wall-aroma-cup-news",
        site="吉瓷陶业 (invented company site, text view)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="text",
        source="http://www.jiciceramics.cn/news/2024/0611.html",
        title="吉瓷陶业双层防烫闻香杯正式上市",
        record_date="2024-06-11",
        date="2024-06-11",
        notes="company news in text: record title and record date; the title repeated and glued before the lead; a product-ad line between paragraphs and a buy "
        "prompt glued after a sentence; a service line at the bottom",
        page="""
!m 吉瓷陶业　JICI CERAMICS
!m 首页｜产品｜新闻动态｜联系我们
{T}
!m 来源：吉瓷陶业市场部　浏览 512
{T}{BODY}
!w 批发订购请致电 0739-8819666
!l 新闻动态：吉瓷陶业参加第十届茶博会
!m 吉埠镇吉瓷陶业有限公司　版权所有
""",
        indent="\u3000\u3000",
        body="""
6月10日，吉瓷陶业研发的双层防烫闻香杯正式上市。这款闻香杯采用内外双层壁设计，夹层中空，冲入沸水后杯身外壁温度不超过45摄氏度，解决了传统闻香杯翻杯时烫手的问题。
新品由公司设计中心历时八个月研发，先后试制了十二种器型。内层杯壁薄至1.2毫米，能更好地聚拢茶香；外层施哑光釉，手感温润不打滑。⟦a 想第一时间买到？进吉瓷旗舰店抢首发⟧
⟦a ▌广告　吉瓷茶器礼盒 · 端午订购享九折⟧
公司负责人表示，吉瓷陶业将继续围绕茶器细分品类做文章，今年还将推出适合办公室使用的便携闻香杯套装。
""",
    ),
    dict(
        slug="training-mingxiang-tea-art-weekend-brochure",
        site="茗香茶艺培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.mingxiangchayi.com/kecheng/zhoumo-2024.html",
        title="闻香杯品饮与茶席布置周末班招生简章",
        record_title="【茶席周末班】闻香杯品饮与茶席布置周末班招生简章（零基础可学）- 茗香茶艺培训学校",
        date=None,
        notes="training school: promo banner, a franchise line and a consult float; a course table; the school's "
        "报名电话 beside the 400 franchise line; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【茶席周末班】闻香杯品饮与茶席布置周末班招生简章（零基础可学）- 茗香茶艺培训学校</title>
<script src="/js/mx.js"></script>
</head>
<body>
<div class="mx-promo">⟦a 老学员带新学员，两人同报立减三百元 ›⟧</div>
<div class="mx-head">⟦m 茗香茶艺培训学校 · 肇川校区⟧</div>
<ul class="mx-nav"><li>⟦m 学校介绍⟧</li><li>⟦m 课程设置⟧</li><li>⟦m 师资力量⟧</li><li>⟦m 学员作品⟧</li></ul>
<div class="mx-pos">⟦m 课程设置 › 周末班⟧</div>
<h1>{T}</h1>
<div class="mx-body">
{BODY}
</div>
<div class="mx-float">⟦w 课程顾问在线 · 点我咨询⟧</div>
<div class="mx-join">⟦m 品牌加盟热线：400-877-3610⟧</div>
<div class="mx-foot">⟦m 茗香茶艺培训学校　肇川市姑湖区茶韵路3号　湘ICP备16041193号⟧</div>
</body>
</html>
""",
        body="""
想在家泡一壶好茶，却不知道闻香杯怎么用？想给朋友摆一桌像样的茶席？周末班帮你从零学起。
一、课程安排
课次　内容　课时
第一课　认识功夫茶具与闻香杯　3
第二课　乌龙茶冲泡与闻香品饮　3
第三课　茶席主题与器物搭配　3
第四课　茶席实操与结课展示　3
二、上课时间：每周六下午2点至5点，四周结课，每班限12人。
三、学费：1280元，含课程茶样和一套白瓷闻香杯组。
四、结业：完成四次课程并参加结课展示，颁发学校结业证书。
报名电话：0739-8855017（姑湖校区前台）
""",
    ),
    dict(
        slug="training-chuyi-trainee-dipping-sauce-insight",
        site="厨艺坊烹饪学校 (invented, text page)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.chuyifang.net/xueyuan/xinde/326.html",
        title="学做火锅蘸料那一周",
        record_title="〔学员随笔〕学做火锅蘸料那一周 - 厨艺坊烹饪学校",
        date=None,
        notes="training school's trainee essay in text: a trial-lesson line between paragraphs, a sign-up link glued "
        "after a sentence; no date",
        page="""
!m 厨艺坊烹饪学校　·　学员园地
!t 〔学员随笔〕学做火锅蘸料那一周
!m 作者：川菜班学员 夷小北
{BODY}
!w 试听一节火锅调料课，添加课程老师微信 chuyifang-ke
!l 学员园地：从零基础到开店，我用了一年
!m 厨艺坊烹饪学校 · 夷塘县城东路88号
""",
        indent="\u3000\u3000",
        body="""
上个月，我在川菜班学了一周火锅蘸料。来之前我以为蘸料就是麻酱加香油，学了才知道，里面的讲究多着呢。
第一天，老师让我们每人领了十只白瓷酱料碟，一排摆开，分别调出麻酱、蒜泥香油、干碟、海鲜汁等十种基础蘸料。老师说，碟子大小要一致，才能比出每种料的用量。⟦a 报名川菜班，点这里领优惠名额⟧
⟦a 【课程试听】每周三下午开放，免费来尝尝⟧
第三天学配比。同样一勺芝麻酱，澥开用的是温水还是凉水，吃起来差别很大。我调坏了好几碟，老师一碟一碟尝，告诉我们问题出在哪里。
最后一天是考核，每人调三碟蘸料给老师盲评。我的蒜泥香油碟拿了全班第二，高兴了一整天。
一周下来，我最大的体会是：做餐饮，小小一只酱料碟，也能看出用不用心。
""",
    ),
    dict(
        slug="app-biji-hotpot-dipping-contest-host-script",
        site="笔记侠写作App (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bijixia.cn/share/doc?id=a77c1902e4",
        title="社区火锅节蘸料大赛主持词",
        record_title="社区火锅节蘸料大赛主持词（串词直接能念）· 笔记侠",
        date=None,
        notes="writing app's H5 share page: an open-app mask, a fold, AI buttons; a host script with no date; a "
        "similar-templates link glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>社区火锅节蘸料大赛主持词（串词直接能念）· 笔记侠</title>
<script src="https://h5.bijixia.cn/static/share.js"></script>
</head>
<body>
<div class="mask">⟦a 打开笔记侠App，查看完整范文与更多模板⟧</div>
<div class="app-bar">⟦m 笔记侠 · 写作小助手⟧　<a>⟦a 立即打开⟧</a></div>
<h1>{T}</h1>
<div class="doc-meta">⟦m 模板作者：夷塘小笔　｜　已被 612 人套用⟧</div>
<div class="ai-row">⟦a ✦ AI续写　✦ AI改语气　✦ 一键换成我的社区名⟧</div>
<div class="doc">
{BODY}
</div>
<div class="fold">⟦a 点击展开全文 ∨⟧</div>
<div class="more"><h4>⟦l 大家还在用⟧</h4><p>⟦l 社区邻里节开幕主持词⟧</p><p>⟦l 美食节颁奖环节串词⟧</p></div>
<div class="app-foot">⟦m 笔记侠 v5.2　©2024 夷塘笔记侠网络科技⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位居民朋友们，大家中午好！
欢迎来到娥桥社区第三届火锅节。今天的重头戏，是我们的“邻里蘸料大赛”！
这次大赛一共有十二户家庭报名，每户要在二十分钟内调出两碟蘸料，一碟传统口味，一碟创新口味。⟦l 类似模板：美食大赛主持词（三套）⟧
大家看，评委席上已经摆好了白瓷酱料碟，每只碟子底下都贴着编号。评委不看是谁调的，只看碟里的料、尝碟里的味。
下面，我宣布：蘸料大赛，现在开始！
（比赛进行中）
时间到！请各位选手放下手中的调料勺，把酱料碟送到评委席。
感谢各位选手的精彩表现，也感谢在场的每一位邻居。吃火锅讲究热热闹闹，邻里之间也是一样。祝大家吃得开心、过得红火！
""",
    ),
    dict(
        slug="app-xiezuoquan-elder-canteen-summary-oneline",
        site="写作圈App (invented, text export)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezuoquan.com/s/9ZkQ2",
        title="伊溪乡中心敬老院2024年助餐服务工作总结",
        record_title="伊溪乡中心敬老院2024年助餐服务工作总结（敬老院版·可直接改）｜写作圈",
        date="2024-12-20",
        notes="writing app's text export with the whole body on one line (paragraphs only apart by their indent); a "
        "download-the-app line and a copy-limit line around it; the summary's date",
        page="""
!m 写作圈 · 公文范文随身带
!t 伊溪乡中心敬老院2024年助餐服务工作总结（敬老院版·可直接改）
!a 复制全文需登录写作圈App
{BODY}
!a 本文仅展示部分内容，下载写作圈App查看全部
!l 同类热门：敬老院年终工作总结（四篇）
!m 写作圈 m.xiezuoquan.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，伊溪乡中心敬老院以“吃得安全、吃得舒心”为目标，不断改进助餐服务，全年为入住老人和周边居家老人提供餐食2.6万余份，未发生食品安全事故。
一是改善就餐条件。为餐厅添置防烫碗托60只、防滑餐垫40张，解决了老人端碗烫手、碗盘打滑的问题。
二是规范餐具管理。建立餐具清洗消毒台账，碗托与碗筷一起一餐一洗、每日消毒。⟦a 〖AI扩写本段〗⟧
三是倾听老人意见。每月召开一次伙食会，根据老人意见调整菜单，增加了软烂易嚼的菜品。
明年，我们将继续改进助餐服务，让每一位老人吃上热乎、放心的饭菜。
伊溪乡中心敬老院
2024年12月20日
""",
    ),
    dict(
        slug="gkforum-anjing-shenlun-salt-spoon-jammer",
        site="岸鲸公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.anjinggk.com/thread-55103-1-1.html",
        title="一把调味勺里的健康治理",
        record_title="[申论作文互评] 一把调味勺里的健康治理（第三稿，欢迎拍砖）- 申论写作 - 岸鲸公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad, jammer fonts inside the essay; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[申论作文互评] 一把调味勺里的健康治理（第三稿，欢迎拍砖）- 申论写作 - 岸鲸公考论坛</title>
<script src="static/js/forum.js"></script>
<style>.jammer{color:transparent;font-size:1px}</style>
</head>
<body>
<div class="aj-top">⟦m 岸鲸公考论坛 · 上岸的人都来过这里⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册⟧</a></div>
<div class="aj-crumb">⟦m 岸鲸公考论坛 › 申论写作 › 作文互评⟧</div>
<div class="aj-poster">⟦m 考鲸第三年　备考中　积分 820⟧</div>
<h1>⟦t [申论作文互评] 一把调味勺里的健康治理（第三稿，欢迎拍砖）⟧</h1>
<div class="aj-time">⟦m 发表于 5 天前　｜　查看 1533　｜　回复 47⟧</div>
<div class="aj-post">
{BODY}
</div>
<div class="aj-hide">⟦a 本帖附有老师批改版，回复后可见⟧</div>
<div class="aj-rate">⟦a 参与评分　｜　鲸币 ＋5　｜　收藏本帖⟧</div>
<div class="aj-ad">⟦w 申论批改交流Q群：771302648，进群发范文⟧</div>
<div class="aj-foot">⟦m 岸鲸公考论坛　Powered by Discuz!　皖ICP备21009031号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
一把调味勺，长不过一拃，重不过一两，却可能是撬动全民健康的一个支点。
当前，我国居民人均每日食盐摄入量仍明显高于推荐标准，高盐饮食已成为高血压等慢性病的重要诱因。减盐喊了多年，收效却不尽如人意，原因就在于“少吃盐”是一句口号，而“少吃多少、怎么少吃”缺少抓手。
一些地方的做法给了我们启示。有的乡镇为每户家庭发放定量调味勺，由村医上门教会用法；有的学校食堂推行定量调味，按菜谱称量用盐。一把小勺子，把抽象的健康理念变成了看得见、量得出的日常习惯。
健康治理，贵在精细。从一把调味勺做起，把健康融入日常，全民健康才有坚实的根基。
""",
    ),
    dict(
        slug="gkforum-shangan-interview-aroma-cup-junk",
        site="上岸吧公考社区 (invented exam forum, text view)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.shanganba.cn/mianshi/t-20417.html",
        title="单位举办茶文化体验活动，领导让你负责，你怎么组织？",
        record_title="【结构化面试·组织管理】单位举办茶文化体验活动，领导让你负责，你怎么组织？（附组织思路）",
        date=None,
        notes="exam forum in text: an interview answer with forum junk as lines and glued after 。; a numbered list; "
        "a relative time (4 天前) only",
        page="""
!m 上岸吧公考社区 · 面试专区
!t 【结构化面试·组织管理】单位举办茶文化体验活动，领导让你负责，你怎么组织？（附组织思路）
!m 发帖人 茶不思　｜　4 天前　｜　围观 786
{BODY}
!a 觉得答得好就给楼主加个鸡腿 👍
!l 1楼 备考小透明：闻香杯那一步很加分
!l 2楼 面霸老张：可以再补一句安全预案
!w 面试一对一模拟，加小助手微信 sab-ms2024
!m 上岸吧公考社区
""",
        junk=dict(lines=1, glued=2),
        body="""
这类活动的关键是让参与者有真实体验，又不流于形式。如果由我负责，我会这样组织：
1．摸清需求。先向领导了解活动的目的和预算，再通过问卷了解同事们对茶文化的兴趣点，确定以乌龙茶品饮为主题。
2．做好准备。邀请本地茶艺老师授课，提前采购茶叶和茶具，每桌配齐品茗杯、闻香杯和公道杯，并准备一份简明的品饮步骤说明。
3．组织实施。活动分“听、看、品”三个环节：先听老师讲茶的历史，再看老师示范冲泡和闻香，最后大家动手体验，用闻香杯感受茶香的变化。
4．总结反馈。活动结束后收集大家的意见，整理成简报报领导，为以后开展类似活动积累经验。
""",
    ),
]
