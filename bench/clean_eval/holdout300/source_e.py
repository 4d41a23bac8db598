"""holdout300, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, and the HTML 公考论坛 page.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: 压面机, 咖啡壶, 茶漏, 碗架, 洗菜盆.
"""

CASES = [
    dict(
        slug="community-binyuan-notice-wash-basin-scan-signup",
        site="槟园社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://binyuan.jiqiao-sq.example.cn/tzgg/2025-04-10-37.html",
        title="关于为辖区高龄老人免费更换节水洗菜盆的通知",
        record_title="【楼栋告知】关于为辖区高龄老人免费更换节水洗菜盆的通知 - 槟园社区服务网",
        date="2025-04-10",
        notes="residents' site: a weather line, a grid member's box, a property duty line; 扫码报名 as content; the "
        "community's own 咨询电话 in the body beside the property line and the grid member's mobile",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【楼栋告知】关于为辖区高龄老人免费更换节水洗菜盆的通知 - 槟园社区服务网</title>
<script src="/static/sq-weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 槟园社区服务网⟧ <span>⟦m 畿桥街道槟园社区居委会⟧</span> <span>⟦m 今天 多云 17℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 社区通知⟧ ⟦m 便民服务⟧ ⟦m 邻里风采⟧ ⟦m 党群阵地⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-info">⟦m 发布：社区居委会　｜　围观 286⟧</div>
<div class="sq-con">
{BODY}
</div>
<div class="sq-like">⟦a 👍 点赞 31　💬 留言⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 本楼网格员：贺小棠 139 0795 6618⟧</div>
<div class="wy">⟦m 物业24小时值班：0795-7709915⟧</div>
</div>
<div class="sq-foot">⟦m 槟园社区居委会 · 畿桥街道办事处指导⟧ ⟦m 地址：垲阳市畿桥街道槟园路8号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为方便高龄老人日常生活，社区联合辖区爱心企业开展“节水洗菜盆进家门”活动，为80周岁以上老人免费更换节水洗菜盆。现将有关事项通知如下：
一、对象：户籍或常住本社区、年满80周岁的老人，每户限换一只。
二、报名方式：请扫描社区公告栏上的二维码报名，或由家属到社区服务站登记。
三、安装时间：4月20日至4月30日，由社区志愿者和企业师傅上门安装，不收取任何费用。
四、提醒：安装人员均佩戴社区工作证，如有人以换盆为由收费，请及时报告社区。
咨询电话：0795-7702316（社区服务站，工作日）。
槟园社区居民委员会
2025年4月10日
""",
    ),
    dict(
        slug="community-chahe-pledge-dish-rack-stairwell-wrapped",
        site="岔河社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.chahe-shequ.example.com/news/2024/1102/151.html",
        title="关于不在楼道堆放碗架等杂物的倡议书",
        date="2024-11-02",
        notes="record title as is; a pledge hard-wrapped at 52 columns, 成文日期 in Chinese numerals; a property notice line between paragraphs; "
        "a 'share to the building group' bar at the end",
        page="""
!m 岔河社区网 — 邻里一家亲
!m 首页 ＞ 社区公告
{T}
!m 社区居委会　2024-11-02　阅读 197
{BODY}
!l 转到楼栋群　｜　复制链接
!m 岔河社区居委会　电话：0878-6263301
""",
        wrap=52,
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友：
近来，社区在消防安全检查中发现，部分楼道里堆放着旧碗架、旧橱柜、纸箱等杂物，有的碗架还把楼梯占去了一半。楼道是火灾时的逃生通道，一旦被堵，后果不堪设想。
⟦d 物业提示：本周六上午物业将统一清运楼道大件杂物⟧
为此，社区向全体居民倡议：
一、自觉清理楼道内堆放的碗架、橱柜等杂物，不再在楼道堆放物品。
二、家里淘汰的旧碗架可联系社区，由志愿者统一回收处理。
三、发现楼道堆物的，请及时告知楼栋长或社区工作人员。
让我们携起手来，还楼道一个通畅、安全的环境。
岔河社区居民委员会
二〇二四年十一月二日
""",
    ),
    dict(
        slug="association-kaiyang-machinery-minutes-noodle-press-vote",
        site="垲阳市食品机械行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="https://www.kyfma.example.org.cn/xhdt/2025/0312/88.html",
        title="面食机械分会第二届理事会第三次会议纪要",
        record_title="〔理事会纪事〕面食机械分会第二届理事会第三次会议纪要 - 垲阳市食品机械行业协会",
        date="2025-03-08",
        date_also=["2025-03-12"],
        notes="association page: a member-login row and a member hotline; the minutes' 时间/地点/主持/出席/列席/记录 lines "
        "and a vote count; the 时间 line is the document's date, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔理事会纪事〕面食机械分会第二届理事会第三次会议纪要 - 垲阳市食品机械行业协会</title>
<script src="/js/xh-member.js"></script>
</head>
<body>
<div class="xh-top">⟦m 垲阳市食品机械行业协会⟧ <a>⟦a 会员单位登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<div class="xh-nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 行业标准⟧ ⟦m 联系协会⟧</div>
<div class="xh-pos">⟦m 首页 / 协会动态 / 会务纪要⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-date">⟦m 2025-03-12　协会秘书处⟧</p>
<div class="xh-con">
{BODY}
</div>
<div class="xh-prev">⟦l 往期纪要：第二届理事会第二次会议纪要⟧</div>
</div>
<div class="xh-foot">⟦m 会员服务专线：0797-5218866⟧ ⟦m 协会地址：垲阳市工业大道199号⟧ ⟦m 赣ICP备19007733号⟧</div>
</body>
</html>
""",
        body="""
时间：2025年3月8日上午9:00
地点：协会三楼会议室
主持：分会会长　吴伯川
出席：分会理事11人
列席：协会秘书处2人
记录：祁晓芸
会议审议了《家用压面机团体标准（征求意见稿）》。与会理事认为，目前市场上部分低价压面机没有压辊防护罩，儿童误触容易受伤，团体标准应当把防护罩和急停开关列为必备项目。
会议表决通过了团体标准征求意见稿，应到理事11人，实到11人，同意10票，弃权1票，反对0票。
会议议定：一、秘书处于3月底前将征求意见稿发送全体会员单位；二、4月中旬召开专家评审会；三、各理事单位带头对照标准自查在售压面机产品。
""",
    ),
    dict(
        slug="association-xiachuan-coffee-pledge-share-content",
        site="遐川市咖啡行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xccoffee.example.org/gonggao/2025/0115/12.html",
        title="咖啡器具经营者诚信自律倡议书",
        record_title="〖诚信公约〗咖啡器具经营者诚信自律倡议书丨遐川市咖啡行业协会",
        record_date="2025-01-15",
        date="2025-01-15",
        notes="the record gives the date; a pledge that asks members to 分享 it (content); the association's name is "
        "also the signature (matched as head); a member-login line and a join link",
        page="""
!m 遐川市咖啡行业协会
!m 会员登录　｜　申请入会　｜　协会章程
!m 首页 · 公告通知
{T}
{BODY}
!l 上一则：关于举办第三届遐川咖啡节的通知
!m 协会秘书处电话：0790-6139800
""",
        indent="\u3000\u3000",
        body="""
全市咖啡器具经营者：
近年来，我市咖啡器具消费快速增长，摩卡壶、手冲壶、冷萃壶等咖啡壶产品进入千家万户。但也有个别经营者夸大宣传、以次充好，销售无中文标识、无安全警示的咖啡壶，损害了消费者权益和行业声誉。为此，我们倡议：
一、诚信经营，不销售来源不明、标识不全的咖啡壶产品。
二、如实宣传，不虚标容量、材质和耐热温度。
三、主动提示，在销售摩卡壶等承压产品时，向消费者说明安全阀的使用和保养方法。
四、热情服务，认真处理消费者投诉，做到件件有回音。
请各会员单位将本倡议分享至员工群和门店，共同营造放心消费环境。
遐川市咖啡行业协会
2025年1月15日
""",
    ),
    dict(
        slug="company-mingyu-tea-strainer-new-line-cookie",
        site="茗隅茶具官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mingyu-teaware.example.com/news/2024-11-28.html",
        title="公司新一代双层细网茶漏正式投产",
        record_title="新品上市记 › 公司新一代双层细网茶漏正式投产 - 茗隅茶具",
        record_date="2024-11-28",
        date="2024-11-28",
        notes="company site: a cookie notice, a service float, the repeated title glued before the news lead; the "
        "record gives the date; a product-ad line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品上市记 › 公司新一代双层细网茶漏正式投产 - 茗隅茶具</title>
<script src="/static/site.js"></script>
</head>
<body>
<header>⟦m 茗隅茶具⟧ <span>⟦m 好茶具，泡好茶⟧</span>
<nav>⟦m 关于茗隅⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 招商加盟⟧ ⟦m 联系我们⟧</nav></header>
<div class="crumb">⟦m 新闻中心 › 新品资讯⟧</div>
<main>
<h1>{T}</h1>
<p class="date">⟦m 2024-11-28　浏览 673⟧</p>
<div class="content">
{BODY}
</div>
<div class="pn">⟦l 上一篇：茗隅茶具亮相垲阳茶博会⟧ ⟦l 下一篇：致经销商朋友的一封信⟧</div>
</main>
<div class="kf">⟦w 在线客服 · 批发定制请留言⟧</div>
<div class="cookie">⟦d 本站使用Cookie来改善浏览体验，继续浏览即表示同意。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m 垲阳市茗隅茶具有限公司 版权所有⟧ ⟦m 订购热线：400-803-1766⟧</footer>
</body>
</html>
""",
        body="""
⟦t 公司新一代双层细网茶漏正式投产⟧11月26日，茗隅茶具新一代双层细网茶漏在公司二号车间正式投产。
新茶漏采用食品级304不锈钢，内层滤网由原来的80目提高到120目，能有效过滤红茶、碎茶中的细末。根据今年市产品质量检验所复检时提出的建议，新产品在包装和产品上如实标注了滤网目数。
⟦a 新品上架 ▸ 前往茗隅天猫旗舰店选购⟧
为了这款茶漏，研发团队用了八个月时间，试制了十几种网边卷边工艺，解决了细网容易变形的问题。投产后，生产线每天可产茶漏三千只。
公司负责人表示，茶漏虽小，却直接关系到一杯茶的口感，茗隅将继续在细节上下功夫。
""",
    ),
    dict(
        slug="company-huian-recall-double-sink-batches",
        site="汇安厨卫官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.huian-chuwei.example.cn/gonggao/recall-2025-02.html",
        title="关于召回部分批次双槽洗菜盆的公告",
        record_title="关于召回部分批次双槽洗菜盆的公告 | 售后公告栏 | 汇安厨卫",
        date="2025-02-17",
        date_also=["2025-02-18"],
        notes="a recall with a batches table one row a paragraph; the recall line in the body beside the site's 400 "
        "sales line at the foot; 成文日期 under the signature, the posting date a day later also accepted",
        page="""
!m 汇安厨卫 — 让厨房更好用
!m 产品中心　服务支持　企业公告　关于我们
{T}
!m 企业公告　｜　2025-02-18
{BODY}
!a 返回公告列表
!m 全国销售热线：400-872-5511（购买咨询）
!d © 洳川县汇安厨卫制品有限公司　保留所有权利
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司在质量回访中发现，部分批次双槽洗菜盆的下水器密封圈存在老化过快的问题，使用一段时间后可能出现渗漏。为保障用户权益，我公司决定主动召回以下批次产品：
型号　生产批次　数量（只）
HA-S8245　20240611　1260
HA-S8245　20240703　1105
HA-S8650　20240719　842
用户可查看洗菜盆底部标签上的批次号。属于召回范围的，我公司将免费上门更换新型下水器和密封圈。
召回服务电话：0878-6290055（每天8:00—20:00）。
洳川县汇安厨卫制品有限公司
2025年2月17日
""",
    ),
    dict(
        slug="training-miansheng-brochure-noodle-press-class",
        site="面盛职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.miansheng-px.example.cn/zsjz/mdian-zj.html",
        title="面点师（中级）技能培训班招生简章",
        record_title="〖春季面点班〗面点师（中级）技能培训班招生简章（一期仅招20名）｜面盛职业技能培训学校",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 franchise line; the school's own 报名电话 in the "
        "body; a brochure without a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖春季面点班〗面点师（中级）技能培训班招生简章（一期仅招20名）｜面盛职业技能培训学校</title>
<script src="/js/kefu-float.js"></script>
</head>
<body>
<div class="ms-banner">⟦a 三月报名立减300元，老学员介绍再送工具包⟧</div>
<div class="ms-top">⟦m 面盛职业技能培训学校⟧ <span>⟦m 学面点，来面盛⟧</span></div>
<div class="ms-nav">⟦m 学校首页⟧ ⟦m 课程设置⟧ ⟦m 招生简章⟧ ⟦m 学员作品⟧ ⟦m 在线报名⟧</div>
<div class="ms-main">
<h1>{T}</h1>
<div class="ms-con">
{BODY}
</div>
</div>
<div class="ms-float">⟦w 面点课程顾问在线，点我咨询学费⟧</div>
<div class="ms-foot">⟦m 全国加盟合作热线：400-690-8812⟧ ⟦m 面盛职业技能培训学校　办学许可证号：教民136070270000156号⟧</div>
</body>
</html>
""",
        body="""
面点师（中级）技能培训班面向社会招收学员，结业考核合格者可参加面点师职业技能等级认定。
一、培训内容。和面、醒面、擀面等基本功；压面机、和面机、醒发箱等设备的使用与保养；手工面、鲜切面、馒头、包子、花卷等面点的制作。
二、教学安排。每期40天，理论课占三成，实操课占七成。每名学员单独使用一台压面机练习，老师现场指导压面机的安全操作。
三、收费标准。学费3800元，含教材费和原料费，住宿另计。
四、报名方式。携带身份证到学校教务处报名，报名电话：0797-5290316。
学校地址：垲阳市圳口路156号。
""",
    ),
    dict(
        slug="training-feiyu-insight-moka-pot-course",
        site="啡语咖啡培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.feiyu-coffee-school.example.com/xueyuan/fx-0416.html",
        title="学摩卡壶和手冲的一个月",
        record_title="结业学员谈｜学摩卡壶和手冲的一个月 - 遐川啡语咖啡培训学校",
        date=None,
        notes="a trainee's insight on a school site: a trial-lesson prompt between paragraphs, a course link glued "
        "after the last sentence, a consult line at the foot; no date",
        page="""
!m 遐川啡语咖啡培训学校
!m 首页 ／ 学员分享
{T}
!m 学员：郁晓禾（第27期家庭咖啡班）
{BODY}
!w 想学家庭咖啡？课程顾问微信 feiyu_kf2025
!l 更多学员分享：从零开始做拉花　｜　开咖啡小店前我学了什么
!m 学校地址：遐川市滨河南路27号二楼
""",
        body="""
报家庭咖啡班之前，我在家用摩卡壶煮了半年咖啡，总是又苦又焦，还以为是豆子不好。
第一周，老师让我们拿自己的摩卡壶来，一看就找到了问题：我每次都把粉压得很实，火也开得太大。老师说，摩卡壶的粉要平铺、不压，小火慢慢等，听到声音变了就离火。照着做了一次，苦味一下子少了很多。
⟦a 免费试听一节家庭咖啡课，名额有限⟧
后面三周学了手冲。原来手冲壶的水流粗细、注水的节奏都有讲究，一把细嘴壶要练好几天才能控制住水流。
一个月下来，我最大的收获不是学会了多少花样，而是知道了怎样把一壶咖啡煮好。⟦l 下期家庭咖啡班开课安排 ›⟧
""",
    ),
    dict(
        slug="writingapp-jianhan-report-dish-rack-cleaning-team-h5",
        site="简翰写作App分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.jianhan-xiezuo.example.com/share/art/558201?from=wechat",
        title="食堂保洁班班长2024年度述职报告",
        record_title="食堂保洁班班长2024年度述职报告（套用即可交稿）- 简翰写作",
        date="2025-01-10",
        notes="writing app H5 share: an open-app mask, a fold ('expand the rest in the app'), an AI-rewrite button "
        "glued after a 。; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>食堂保洁班班长2024年度述职报告（套用即可交稿）- 简翰写作</title>
<script src="https://h5.jianhan-xiezuo.example.com/js/openapp.js"></script>
</head>
<body>
<div class="mask">⟦a 打开简翰App，万篇范文随手改⟧ <button>⟦a 立即打开⟧</button></div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 简翰写作 · 述职报告 · 9.6万人已用⟧</div>
{BODY}
<div class="fold">⟦a 本文已折叠，在App内展开阅读全文⟧</div>
</div>
<div class="bar">⟦a 一键套用模板⟧ ⟦a 导出到微信⟧</div>
<div class="rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 后勤班组长年终述职⟧</p><p>⟦l 食堂管理员个人工作总结⟧</p></div>
</body>
</html>
""",
        p_html='<p class="para">{}</p>',
        body="""
各位领导、同事们：
2024年，我担任学校食堂保洁班班长，带领6名保洁员负责食堂餐具清洗消毒和碗架、餐桌的卫生。现将一年来的工作述职如下。
一、抓制度落实。制定了碗架“一日一清、一周一消”的保洁制度，每只碗架贴上清洁记录卡，谁清洁谁签字。全年食堂卫生检查12次，均为优秀。⟦a ✨ AI帮你改写这一段⟧
二、抓设备管理。配合后勤处把食堂8组木质碗架全部更换为不锈钢碗架，消毒后的碗筷直接进保洁柜，减少了二次污染。
三、抓班组团结。每周组织一次班组小结，老同志带新同志，全班没有发生一起安全事故。
不足之处是夜班人员紧张，个别时段碗架清洁不够及时。新的一年，我将继续努力，把保洁工作做细做实。
述职人：郝秀兰
2025年1月10日
""",
    ),
    dict(
        slug="writingapp-xiezuo-host-script-tea-culture",
        site="文思写作App (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.wensi-app.example.cn/s/zcc/71046",
        title="“茶香进校园”茶艺展示活动主持词",
        record_title="主持词｜“茶香进校园”茶艺展示活动主持词（附活动流程）· 文思写作",
        date=None,
        notes="an app share in text: a 'continue in the app' line between paragraphs, a member line, an AI button; "
        "a host script with 甲/乙 lines and no date",
        page="""
!m 文思写作 · 公文范文随身带
{T}
!m 主持词 ｜ 2.3万次阅读 ｜ 收录于《校园活动主持词》
{BODY}
!a 开通文思会员，可下载无水印Word版
!a 🤖 让AI按你的学校名称重新生成
!l 相关：读书节开幕式主持词　｜　非遗进校园活动主持词
""",
        body="""
甲：尊敬的各位老师，
乙：亲爱的同学们，
合：大家下午好！
甲：一片茶叶，从山间走到杯中；一杯清茶，承载着千年的文化。
乙：今天，我们在这里举行“茶香进校园”茶艺展示活动，一起感受中国茶的魅力。
⟦a 余下内容请在文思App中继续阅读⟧
甲：首先进行第一项，由茶艺社的同学为大家展示绿茶冲泡。请大家注意看，同学们是怎样用茶漏滤去茶末，把清亮的茶汤分到每一只杯子里的。
乙：下面进行第二项，请品茶体验区的同学按顺序入座，品一品自己动手泡的茶。
甲：茶以静心，茶以修身。
乙：“茶香进校园”茶艺展示活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="examforum-shangan-essay-wash-basin-jammer",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shangan-yz.example.com/thread-77120-1-1.html",
        title="一只洗菜盆里的民生温度",
        record_title="[申论自拟题] 一只洗菜盆里的民生温度（盼各位指正）- 申论天地 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer-font junk glued after 。 and on a line, a reply-to-see prompt, a QQ-group ad and a "
        "rating row; an essay without a date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>[申论自拟题] 一只洗菜盆里的民生温度（盼各位指正）- 申论天地 - 上岸驿站论坛</title>
<script src="static/js/forum_viewthread.js?Sa8"></script>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="hd">⟦m 上岸驿站论坛⟧ <span>⟦m 一起备考，一起上岸⟧</span></div>
<div id="pt">⟦m 上岸驿站 › 申论天地 › 范文点评⟧</div>
<div class="qun">⟦w 2025省考申论批改群 QQ 783016245，进群送热点素材⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="authi">⟦m 上岸的青蛙　楼主　发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦l 评分：参与 9 人　金币 +27　理由：立意准 ／ 结构清⟧</div>
</div>
<div id="ft">⟦m 上岸驿站论坛　京ICP备20038187号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在洳川县的一个农村集中供水点，新装的不锈钢洗菜盆前，几位大妈一边洗菜一边拉家常。过去，她们只能把菜盆放在地上弯腰洗，如今站着就能洗菜。一只洗菜盆，折射出基层治理的温度。
民生无小事，枝叶总关情。群众的急难愁盼，往往就藏在洗菜、做饭这样的日常小事里。只有俯下身子、走进群众，才能发现这些“小需求”。
办好小事，要有“绣花功夫”。洗菜盆装多高、排水怎么走、坏了谁来修，每一个细节都关系到群众的使用体验。
民生温度，既在“装上去”，更在“管得好”。唯有建立长效管护机制，才能让好事办得长久、办到群众心坎上。
""",
    ),
]
