"""holdout329, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py
for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="community-kaiyuan-notice-mooncake-mould-diy-scan",
        site="楷园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://kaiyuan.sqjm.example.cn/tz/2024/0906/211.html",
        title="关于举办中秋“木模压月饼”亲子活动的通知",
        record_title="〔社区活动〕关于举办中秋“木模压月饼”亲子活动的通知｜楷园社区居民之家",
        date="2024-09-06",
        notes="residents' site: a weather line, a grid member's box with a mobile, property repair and night lines beside the community's own 咨询电话 in the body; 扫码报名 as content; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔社区活动〕关于举办中秋“木模压月饼”亲子活动的通知｜楷园社区居民之家</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="bar">⟦m 今天 9月6日 晴 26～33℃ 空气质量 良⟧</div>
<div class="logo">⟦m 楷园社区居民之家⟧ ⟦m 邻里守望 共建共享⟧</div>
<div class="menu">⟦m 首页　社区通知　办事指南　志愿服务　邻里圈⟧</div>
<div class="crumb">⟦m 首页 › 社区通知⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 楷园社区居委会　阅读 512⟧</div>
<div class="body">
{BODY}
</div>
<div class="grid">⟦m 本片网格员：汪晓燕　手机：138 7362 0915⟧</div>
<div class="wy">⟦m 物业报修：0736-2296610　夜间值班：0736-2296611⟧</div>
<div class="foot">⟦m 楷园社区居委会主办　地址：绸川区楷园路18号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
中秋佳节将至，社区定于9月14日（星期六）上午9:30在社区活动中心举办“木模压月饼”亲子活动，现将有关事项通知如下：
一、活动内容：由憩湾镇月饼模传承人讲解老木模的来历，带领孩子们用木模压制冰皮月饼，做好的月饼可以带回家。
二、参加对象：辖区4至12岁儿童及家长，限20组家庭。
三、报名方式：请扫描社区公告栏上的二维码报名，额满即止。
四、社区提供木模、食材和一次性手套，请家长提醒孩子活动前洗手。
咨询电话：0736-2290347（社区居委会）
楷园社区居民委员会
2024年9月6日
""",
    ),
    dict(
        slug="community-kaiyuan-notice-tool-house-can-openers-record",
        site="楷园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kaiyuan.sqjm.example.cn/tz/2024/1009/219.html",
        title="楷园社区“邻里工具屋”新增厨房小工具借用服务的通知",
        date="2024-10-09",
        notes="record title as is; a tool list (numbered); the community's own 联系电话 beside the property repair line and the grid member's mobile; a share bar and a weather line",
        page="""
!m 今天 10月9日 多云 18～25℃
!m 楷园社区居民之家 › 社区通知
{T}
!m 楷园社区居委会　阅读 377
{BODY}
!l 分享到：微信 ｜ 朋友圈 ｜ 复制链接
!m 本片网格员：汪晓燕　138 7362 0915　　物业报修：0736-2296610
""",
        body="""
各位居民：
社区“邻里工具屋”开放半年来，共借出电钻、梯子等工具600余人次。根据居民建议，从10月12日起新增以下厨房小工具借用服务：
1.手动开罐器、旋转开罐器各3把；
2.月饼模、蛋糕模各5套；
3.压面机、打蛋器各2台。
借用时请出示居住证明并登记，借期不超过3天，归还时请清洗干净。开罐器刀口锋利，请勿让儿童单独使用。
开放时间：每周二、四、六　9:00—11:30
联系电话：0736-2290347
楷园社区居民委员会
2024年10月9日
""",
    ),
    dict(
        slug="association-beiju-minutes-cake-tin-standard-head-name",
        site="瞻州市烘焙器具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.zzbjxh.example.org.cn/xhdt/2024/0422/96.html",
        title="瞻州市烘焙器具行业协会二届五次理事会会议纪要",
        record_title="〖协会纪要〗瞻州市烘焙器具行业协会二届五次理事会会议纪要 - 协会动态",
        date="2024-04-18",
        date_also=["2024-04-22"],
        notes="association site: member login row, a member hotline; the association's name in the header is also in the body's last line (matched as head); minutes with 时间/地点/主持/出席/记录 lines and a vote count; the page's posting date and the meeting date differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖协会纪要〗瞻州市烘焙器具行业协会二届五次理事会会议纪要 - 协会动态</title>
<script src="/js/member.js"></script>
</head>
<body>
<div class="top">⟦a 会员登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0736-2235599⟧</div>
<div class="logo">⟦m 瞻州市烘焙器具行业协会⟧</div>
<div class="nav">⟦m 首页　协会概况　协会动态　团体标准　会员风采⟧</div>
<div class="pos">⟦m 首页 &gt; 协会动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2024-04-22　来源：协会秘书处⟧</div>
<div class="content">
{BODY}
</div>
<div class="prev">⟦l 上一篇：协会组团参加华中烘焙展⟧</div>
<div class="foot">⟦m 瞻州市烘焙器具行业协会 版权所有　地址：瞻州市经开区焙香路9号⟧</div>
</body>
</html>
""",
        body="""
时间：2024年4月18日上午
地点：协会会议室
主持：会长　郑国平
出席：理事单位代表17人（应到19人）
记录：秘书处　邓雅
会议审议了《家用蛋糕模具》团体标准（征求意见稿）。会议认为，标准对不粘涂层的耐磨次数、活底模的密封性和标识内容作出了规定，符合行业实际。
会议以16票同意、1票弃权通过了该征求意见稿，决定于5月上旬在会员单位中公开征求意见。
会议还研究了协会组团参加秋季烘焙展的事宜，由秘书处拟订方案报会长审定。
瞻州市烘焙器具行业协会秘书处
""",
    ),
    dict(
        slug="association-bingyang-pledge-bamboo-pillow-mould-agents",
        site="炳阳竹业网 (invented, bamboo-products association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.bingyangzhuye.example.cn/xh/cy/2024/0520.html",
        title="关于竹枕生产不使用违禁防霉剂的倡议书",
        record_title="【行业自律】关于竹枕生产不使用违禁防霉剂的倡议书 - 炳阳竹业网",
        date="2024-05-20",
        notes="association site's text: its name at the top is also the signature (matched as head); a member-login line; 分享 as content; 成文日期",
        page="""
!m 炳阳县竹制品行业协会
!m 炳阳竹业网 > 协会动态 > 倡议
!a 会员登录　|　会员名录
!t 【行业自律】关于竹枕生产不使用违禁防霉剂的倡议书
{BODY}
!l 相关：竹制品防霉处理技术要点
!m 协会办公室电话：0736-5501763
""",
        indent="\u3000\u3000",
        body="""
全县竹枕生产企业、合作社和加工户：
竹枕贴身使用，防霉处理关系到消费者健康。近期，外地有个别竹枕因使用违禁防霉剂被通报，影响了整个行业的声誉。为此，协会向全体会员发出如下倡议：
一、坚持蒸煮、碳化、烘干等物理防霉工艺，坚决不使用富马酸二甲酯等违禁防霉剂。
二、建立原料和辅料进货台账，防霉剂须选用有合格证明的产品。
三、在包装上如实标注竹材、工艺和防霉方法。
四、互相监督，发现违规使用的，及时向协会和市场监管部门反映。
请各会员单位把这份倡议分享给身边的加工户，共同守护“炳阳竹枕”的好名声。
炳阳县竹制品行业协会
2024年5月20日
""",
    ),
    dict(
        slug="company-liren-recall-butterfly-can-openers-batches",
        site="瞻州市利刃五金制品厂 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.liren-hw.example.com/news/2024/1025-recall.html",
        title="关于召回部分批次蝶形开罐器的公告",
        record_title="关于召回部分批次蝶形开罐器的公告 - 新闻中心 - 利刃五金",
        record_date="2024-10-25",
        date="2024-10-25",
        notes="company site: a cookie notice, a service float and a 400 order line beside the recall's own 召回热线 in the body; a batches table one row a paragraph; a record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于召回部分批次蝶形开罐器的公告 - 新闻中心 - 利刃五金</title>
<script src="/assets/cookie-consent.js"></script>
</head>
<body>
<header>⟦m 利刃五金 LIREN⟧ <nav>⟦m 首页　产品中心　新闻中心　质量承诺　联系我们⟧</nav> ⟦m 订购热线 400-877-3016⟧</header>
<div class="breadcrumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2024-10-25　　浏览 2204⟧</p>
<section class="news-body">
{BODY}
</section>
<div class="pager">⟦l 上一条：利刃五金通过质量管理体系再认证⟧</div>
<div class="cookie">⟦a 本网站使用Cookie改善浏览体验，继续浏览即表示同意。接受⟧</div>
<div class="kf">⟦a 在线客服⟧</div>
<footer>⟦m © 瞻州市利刃五金制品厂　湘ICP备19033720号⟧</footer>
</body>
</html>
""",
        body="""
近期，莎溪县市场监督管理局抽查发现我厂生产的部分蝶形开罐器刃口锋利度不符合标准要求。为保障消费者安全，我厂决定主动召回以下批次产品：
产品型号　生产批次　生产日期
LR-K08蝶形开罐器　240315　2024年3月15日
LR-K08蝶形开罐器　240402　2024年4月2日
LR-K10蝶形开罐器　240518　2024年5月18日
请购买了上述批次产品的消费者停止使用，凭产品或包装到原购买商店退换，也可以联系我厂免费邮寄更换。
召回热线：0736-2316580（工作日8:30—17:30）
由此给您带来的不便，我们深表歉意。
瞻州市利刃五金制品厂
2024年10月25日
""",
    ),
    dict(
        slug="company-qingmie-news-chopstick-rest-line-title-glued",
        site="瞻州青篾工艺品厂 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.qingmie-craft.example.cn/news/0509.html",
        title="青篾工艺品厂新上筷子架生产线投产",
        date="2024-05-09",
        notes="company news as text: record title as is; the title repeated and glued to the lead; a dotted byline date; a product-ad line and a share row",
        page="""
!m 青篾工艺 · 竹木餐具专业制造
!m 首页 ＞ 新闻动态 ＞ 企业新闻
{T}
!m 发布日期：2024.05.09　　来源：综合办
{T}{BODY}
!l 分享：微信　QQ　微博
!w 批发定制筷子架、竹筷、竹托盘，请致电销售部 0736-2258806
!m 瞻州青篾工艺品厂　版权所有
""",
        body="""
5月8日，我厂新建的筷子架生产线正式投产。
这条生产线总投资180万元，配备自动开料、雕刻、打磨设备12台，日产竹制筷子架8000个，比原来的手工作业提高效率近五倍。
新生产线生产的筷子架有鱼形、叶形、元宝形等十余个款式，全部采用炳阳楠竹，经高温碳化处理，表面只用食品级木蜡油，不上漆。
目前，产品已进入瞻州市多家酒店和机关食堂，并开始出口东南亚。
""",
    ),
    dict(
        slug="training-maixiang-brochure-cake-tin-basics",
        site="麦香烘焙学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.maixiangbake.example.com/course/dgrm.html",
        title="零基础蛋糕入门课招生简章",
        record_title="零基础蛋糕入门课招生简章〔周末班·限6人〕- 麦香烘焙学堂",
        date=None,
        notes="training school: a promo banner, a trial-lesson prompt on a line of its own inside the body, a consult float and a 400 line beside the school's own 报名电话; a course table; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>零基础蛋糕入门课招生简章〔周末班·限6人〕- 麦香烘焙学堂</title>
<script src="/js/zixun.js"></script>
</head>
<body>
<div class="banner">⟦a 早鸟价限时8折，前10名报名送六寸活底模一只⟧</div>
<div class="logo">⟦m 麦香烘焙学堂⟧ ⟦m 加盟热线 400-990-1762⟧</div>
<div class="nav">⟦m 首页　课程中心　师资团队　学员作品　校区地址⟧</div>
<h1>{T}</h1>
<div class="main">
{BODY}
</div>
<div class="zx">⟦w 在线咨询　课程顾问马上回复您⟧</div>
<div class="foot">⟦m 麦香烘焙学堂（瞻州绸川校区）　湘ICP备22003918号⟧</div>
</body>
</html>
""",
        body="""
本课程面向零基础学员，从认识蛋糕模具讲起，学会常见家庭蛋糕的制作。
课程安排：
课次　内容
第1课　蛋糕模具的种类、选购和开模
第2课　纸杯蛋糕与磅蛋糕
第3课　六寸戚风蛋糕与脱模技巧
第4课　奶油打发与简单裱花
⟦a 不确定适不适合？先约一节19.9元体验课⟧
上课时间：每周六、周日14:00—17:00，每班限6人，一人一台烤箱、一套模具。
学费：980元（含材料费），学员作品可带走。
报名电话：0736-2275168（绸川校区）
""",
    ),
    dict(
        slug="training-baiwei-brochure-mooncake-class-oneline",
        site="绸川百味职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.baiweipx.example.cn/zs/ybpx.html",
        title="中式月饼制作短训班招生简章",
        record_title="【9月开课】中式月饼制作短训班招生简章 - 绸川百味职业培训学校",
        date=None,
        notes="a training school's brochure with the whole body on one line; a trial-class line and a WeChat consult line around it; the school's own 报名电话 in the body; no date",
        page="""
!m 绸川百味职业培训学校 · 学一门手艺 多一条路
!t 【9月开课】中式月饼制作短训班招生简章
{BODY}
!a 免费试听：每周三下午开放试听课，到校登记即可
!w 课程顾问微信：baiwei_ybb
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
本校9月开设中式月饼制作短训班，学期10天，教授广式、苏式、京式月饼的制皮、调馅、成型和烘烤。
课程特别安排木制月饼模的使用与保养，学员可体验用传统木模压制花纹。
结业考核合格的，颁发培训合格证书，符合条件的可申领职业技能培训补贴。
学费1680元，含全部原料费。
报名电话：0736-2306215，地址：绸川区织锦路42号。
""",
    ),
    dict(
        slug="writingapp-biyou-host-script-mooncake-mould-h5",
        site="笔友写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.biyouxiezuo.example.com/share/art?id=a93F0k2",
        title="中秋“饼模传艺”非遗体验活动主持词",
        record_title="中秋“饼模传艺”非遗体验活动主持词（可直接套用）· 笔友写作",
        date=None,
        notes="a writing app's H5 share: an open-app mask, a fold line inside the body, an AI-rewrite button glued after a sentence, a like/collect bar; a template's ×× placeholders; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>中秋“饼模传艺”非遗体验活动主持词（可直接套用）· 笔友写作</title>
<script src="https://h5.biyouxiezuo.example.com/js/openapp.js"></script>
</head>
<body>
<div class="mask">⟦a 打开笔友写作App，万篇范文随心改⟧ <a>⟦a 打开⟧</a></div>
<div class="art">
<h2>{T}</h2>
<div class="author">⟦m 笔友·小林老师　已被使用 2318 次⟧</div>
{BODY}
</div>
<div class="bar">⟦a 点赞　收藏　复制全文⟧</div>
<div class="more">⟦l 相关范文：中秋游园会主持词　非遗进社区活动方案⟧</div>
<div class="ft">⟦m 笔友写作 v6.2⟧</div>
</body>
</html>
""",
        body="""
各位来宾、各位朋友：
大家上午好！月到中秋分外明。今天，我们相聚在××，共同参加中秋“饼模传艺”非遗体验活动。
首先，请允许我介绍今天的嘉宾：月饼模雕刻技艺传承人××老师，以及来自××的各位朋友。
一块小小的月饼模，刻着花鸟，也刻着团圆的心愿。⟦a AI帮你改写这段⟧下面，请××老师为大家讲一讲月饼模背后的故事。
⟦a 展开剩余60%⟧
接下来是体验环节，请大家在工作人员的指导下，亲手用木模压一块月饼。
活动到此结束，祝大家中秋快乐、阖家团圆！
""",
    ),
    dict(
        slug="writingapp-cailiaoxia-insight-bamboo-pillow-class-oneline",
        site="材料匣 (invented writing app)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.cailiaoxia.example.cn/p/2290417",
        title="竹枕编织技能培训学习体会",
        record_title="学员心得丨竹枕编织技能培训学习体会 - 材料匣APP",
        date=None,
        notes="a writing app's share text with the whole body on one line; an app prompt above, an unlock line and a rewrite-service line below; a relative time is no date",
        page="""
!a 材料匣APP内打开，阅读更流畅
!t 学员心得丨竹枕编织技能培训学习体会
!m 材料匣精选　｜　1天前更新
{BODY}
!a 开通会员解锁全部1200篇同类范文
!w 需要改写成您单位的版本？加微信 clx_xiezuo
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
这次参加县里组织的竹枕编织技能培训，十五天的时间让我从一个只会拿篾刀的“门外汉”，变成了能独立编完一只竹枕的学员。
老师傅教我们，竹枕好不好，七分看竹片，三分看编法。竹片要厚薄均匀、宽窄一致，编的时候要压得紧、走得顺，枕面才平整、不硌人。
培训中我编坏了四只枕坯，每一次都是老师傅手把手帮我找原因。
回到村里，我打算加入合作社，把学到的手艺用起来，也带动身边的姐妹一起编竹枕、增收入。
""",
    ),
]
