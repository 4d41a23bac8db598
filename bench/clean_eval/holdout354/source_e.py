"""holdout354, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text (places, people, firms, sites, URLs, phones and chrome wording); see ../README.md
and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="community-youjing-notice-basket-swap-qr",
        site="佑京社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.youjingsq.cn/gonggao/2025/0519/77.html",
        title="关于开展“旧篮换新篮”厨房器具以旧换新活动的通知",
        record_title="关于开展“旧篮换新篮”厨房器具以旧换新活动的通知 · 佑京社区居民之家",
        date="2025-05-19",
        notes="residents' site: weather line, a grid worker's box and the property company's repair line beside "
        "the notice's own 咨询电话; a sentence about scanning a QR code to sign up",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>关于开展“旧篮换新篮”厨房器具以旧换新活动的通知 · 佑京社区居民之家</title>
</head>
<body>
<div class="sq-top">⟦m 佑京社区居民之家⟧ <span>⟦m 慧湃区 晴转多云 19～28℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 社区首页　居务公开　便民服务　邻里活动　党群之家⟧</div>
<div class="sq-crumb">⟦m 居务公开 / 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-meta">⟦m 佑京社区居委会　｜　围观 1184⟧</p>
<div class="sq-text">
{BODY}
</div>
<p>⟦l 👍 赞一下（87）　💬 邻居说两句⟧</p>
</div>
<div class="sq-side">
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第7网格　伍佳琪　手机 139 7360 2251⟧</p></div>
<div class="wy-box"><h4>⟦m 物业报修⟧</h4><p>⟦m 佑京物业服务中心 0736-8357000（24小时）⟧</p></div>
</div>
<div class="sq-foot">⟦m 佑京社区居民委员会　地址：慧湃区佑京路112号⟧ ⟦d 页面内容由社区工作人员维护⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为倡导绿色生活，社区联合辖区爱心企业开展“旧篮换新篮”活动，居民可用家中破损的塑料淘米篮、沥水篮，免费换取一只不锈钢淘米篮。
一、活动时间：2025年5月24日（星期六）上午9:00—11:30。
二、活动地点：社区党群服务中心门前广场。
三、参加方式：每户限换一只，请携带旧篮和本人身份证。活动名额300个，请提前扫描社区公告栏上的二维码报名。
四、回收的旧塑料篮将交由再生资源企业统一处理。
咨询电话：社区值班室 0736-8357712
佑京社区居民委员会
2025年5月19日
""",
    ),
    dict(
        slug="community-huiao-pledge-fork-share-text",
        site="辉奥里社区 (invented residents' site, text)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://huiaoli.sqfw.net/notice/2025-06-09.html",
        title="文明烧烤 收好烤叉——致辉奥里小区居民的倡议书",
        record_title="文明烧烤 收好烤叉——致辉奥里小区居民的倡议书［居委会发布］",
        date="2025-06-09",
        notes="residents' page as text: a pledge that asks readers to share it in their building groups (content); "
        "weather and duty-phone lines",
        page="""
!m 辉奥里社区网 ｜ 邻里一家亲
!m 今天 6月10日 雷阵雨 23～30℃
!t 文明烧烤 收好烤叉——致辉奥里小区居民的倡议书［居委会发布］
!m 发布人：社区居委会　浏览 640
{BODY}
!l 邻里留言（9）：3 号楼王阿姨 —— 支持！楼顶烧烤烟太大了
!a 写留言前请先实名认证
!m 社区夜间值班：0736-8369110　辉奥里物业：0736-8369200
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
入夏以来，小区中心花园和楼顶平台烧烤的居民多了起来。前几天，一名孩子在花坛边捡到别人丢弃的烤叉，玩耍时划伤了眼角，所幸没有伤到眼睛。为了大家的安全，社区居委会向全体居民发出倡议：
⟦l 【居民热议】楼顶烧烤该不该管？点此投票⟧
一、小区公共区域不得烧烤，确需烧烤的请到社区指定的河畔烧烤点。
二、烧烤结束后，烤叉、竹签请随身带走，不要插在花坛、草地里，更不要随手丢弃。
三、家里的烤叉请套好护套，放在孩子够不着的地方。
四、请把这份倡议分享到您所在的楼栋群，提醒家人和邻居。
辉奥里社区居民委员会
2025年6月9日
""",
    ),
    dict(
        slug="assoc-lengyin-pledge-scoop-member-login",
        site="彰衍市冷饮行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.zylyxh.org.cn/hyzs/2025/0710/129.html",
        title="冰淇淋勺“一客一洗”自律倡议书",
        record_title="冰淇淋勺“一客一洗”自律倡议书——会员之声｜彰衍市冷饮行业协会",
        date="2025-07-08",
        date_also=["2025-07-10"],
        notes="association site: member-login row and member hotline; the association's name on the page is also "
        "the signature and stands in the body (matched as head); the page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>冰淇淋勺“一客一洗”自律倡议书——会员之声｜彰衍市冷饮行业协会</title>
</head>
<body>
<div class="xh-top"><span class="logo">⟦m 彰衍市冷饮行业协会⟧</span>
<form class="login">⟦a 会员编号⟧ <input> ⟦a 口令⟧ <input type="password"> <button>⟦a 会员登入⟧</button></form></div>
<div class="xh-nav">⟦m 协会首页　协会概况　会员之声　行业资讯　标准规范　入会指南⟧</div>
<div class="xh-crumb">⟦m 首页 - 会员之声⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<p class="xh-meta">⟦m 2025-07-10　协会秘书处　阅读 517⟧</p>
<div class="xh-text">
{BODY}
</div>
<p class="xh-pn">⟦l 前一条：2025年冷饮行业年中座谈会召开⟧<br>⟦l 后一条：关于缴纳2025年度会费的通知⟧</p>
</div>
<div class="xh-foot">⟦m 会员服务专线：0736-8318866⟧<br>⟦m 协会地址：彰衍市慧湃区食品产业园综合楼5楼　湘ICP备20017702号⟧</div>
</body>
</html>
""",
        body="""
全市冷饮企业和门店：
冰淇淋勺是冷饮门店最常用、也最容易被忽视的工具。为提升全行业卫生水平，彰衍市冷饮行业协会倡议：
一、门店做到冰淇淋勺“一客一洗”或置于流动水中，不使用静水杯浸泡。
二、每个口味配备专用勺具，试吃一律使用一次性小勺。
三、打烊后勺具高温消毒，填写消毒记录。
四、会员单位在门店张贴协会统一设计的“净勺承诺”标识，欢迎顾客监督。
协会将于8月组织会员单位互查，对做得好的门店予以通报表扬。
彰衍市冷饮行业协会
2025年7月8日
""",
    ),
    dict(
        slug="assoc-yutao-minutes-steamer-cloth-standard-text",
        site="裕滔县餐饮行业协会 (invented, text)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.ytcyxh.cn/news/2025/0808/61.html",
        title="蒸制食品专业委员会第三次会议纪要",
        date="2025-08-07",
        date_also=["2025-08-08"],
        notes="association page as text: title from the record; minutes with 时间/地点/主持/参会/记录 lines and a "
        "vote count; the 时间 line gives the date, the page's posting date (a day later) is also accepted",
        page="""
!m 裕滔县餐饮行业协会
!m 首页 ▷ 协会动态 ▷ 专委会工作
{T}
!m 发布：秘书处　｜　2025-08-08　｜　阅读 203
{BODY}
!a ［返回上一页］
!m 协会秘书处电话：0736-7136602　邮箱：ytcyxh@163.com
""",
        body="""
时间：2025年8月7日下午3:00
地点：协会会议室
主持：专委会主任 柴立峰
参会：专委会委员11人
记录：协会秘书处 梅晓
会议讨论了《蒸制食品用蒸布使用规范》团体标准（征求意见稿）。委员们认为，县内不少早餐店和包子铺仍在使用化纤蒸布，高温下容易变形、掉毛，有必要通过团体标准加以引导。
会议议定：
一、团体标准规定，蒸布应采用纯棉、纯麻或食品级硅胶材质，每日煮沸消毒，连续使用不超过三个月。
二、秘书处根据委员意见修改后，于9月上旬提交会员大会审议。
会议对征求意见稿进行了表决：应到委员11人，实到11人，同意10人，反对0人，弃权1人，表决通过。
""",
    ),
    dict(
        slug="company-qiaomian-recall-rolling-mat-batches",
        site="巧面家居用品有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qiaomian-home.com/news/notice/2025031801.html",
        title="关于召回部分批次硅胶擀面垫的公告",
        record_title="关于召回部分批次硅胶擀面垫的公告 — 巧面家居 · 新闻中心",
        date="2025-03-18",
        notes="company site: cookie notice, a 400 order line and a service float beside the recall's own line; "
        "batches table one row a paragraph; a sentence about scanning the tag's QR code",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>关于召回部分批次硅胶擀面垫的公告 — 巧面家居 · 新闻中心</title>
<script src="/assets/js/cookie-bar.js"></script>
</head>
<body>
<div class="cookie">⟦d 巧面家居使用Cookie来改善您的浏览体验，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<header class="qm-head">⟦m 巧面家居 QIAOMIAN⟧ <nav>⟦m 首页　产品中心　品牌故事　新闻中心　售后服务⟧</nav> <span>⟦m 订购热线 400-860-2727⟧</span></header>
<div class="qm-crumb">⟦m 首页 › 新闻中心 › 公司公告⟧</div>
<article class="qm-art">
<h1>{T}</h1>
<p class="qm-meta">⟦m 巧面家居　2025-03-18⟧</p>
<div class="qm-text">
{BODY}
</div>
</article>
<div class="qm-float">⟦w 在线客服⟧<br>⟦w 扫码加企业微信⟧</div>
<footer class="qm-foot">⟦m 巧面家居用品有限公司　地址：彰衍市慧湃区工业园巧面路6号⟧<br>⟦m © 2025 QIAOMIAN　湘ICP备18026651号-1⟧</footer>
</body>
</html>
""",
        body="""
尊敬的消费者：
经公司自查发现，2025年1月至2月生产的部分批次硅胶擀面垫，因原料供应商变更，产品在高温下可能产生异味，不符合公司质量标准。为保障消费者权益，公司决定主动召回以下批次产品：
生产批号　规格　生产日期
QM2501-07　60×40厘米　2025年1月9日
QM2501-21　50×40厘米　2025年1月23日
QM2502-03　60×40厘米　2025年2月6日
消费者可扫描产品吊牌上的二维码查询批号。属于召回范围的，可凭产品到原购买渠道办理退货，或拨打召回专线0736-8920315办理，公司承担往返运费。
给您带来的不便，我们深表歉意。
巧面家居用品有限公司
2025年3月18日
""",
    ),
    dict(
        slug="company-ruifeng-news-fork-cert-title-glued",
        site="弘溢锐锋五金制品有限公司 (invented, text)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hyruifeng.com/news/2025/0530.html",
        title="公司烤叉产品通过食品接触材料安全认证",
        record_title="企业快讯 ✦ 公司烤叉产品通过食品接触材料安全认证",
        record_date="2025-05-30",
        date="2025-05-30",
        notes="company news as text: the title repeated and glued before the lead's first words; date from the "
        "record (the dotted date on the page is the same)",
        page="""
!m 锐锋五金 RUIFENG
!m 首页 · 关于锐锋 · 产品展示 · 企业快讯 · 联系我们
!t 企业快讯 ✦ 公司烤叉产品通过食品接触材料安全认证
!m 2025.05.30　｜　行政部
{T}{BODY}
!l 上一则：锐锋五金参加第十二届中部五金博览会
!m 销售热线：0736-7355800　传真：0736-7355801
!m 弘溢锐锋五金制品有限公司 版权所有
""",
        body="""
5月28日，公司生产的不锈钢长柄烤叉、双股烤叉等6款产品通过了食品接触材料安全认证，成为弘溢县首批通过该认证的烧烤器具。
为通过认证，公司去年起更换了原料，烤叉全部采用304不锈钢，叉柄与叉头由焊接改为一体冲压，避免了焊点断裂的隐患；叉柄加装了防烫木柄，叉尖统一配备硅胶护套。
公司总经理杭建伟表示，这次认证为产品进入商超和出口打下了基础，今年公司烤叉的年产能将提高到80万把。
""",
    ),
    dict(
        slug="school-tiantong-brochure-scoop-course-fees",
        site="甜筒学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.tiantongxuetang.com/course/weekend-scoop.html",
        title="冰淇淋制作与挖球技巧周末班招生简章",
        record_title="冰淇淋制作与挖球技巧周末班招生简章【限额12人·送勺具套装】- 甜筒学堂",
        date=None,
        notes="training school: promo banner, franchise line and consult float beside the brochure's own 报名电话; "
        "course table; a sentence about scanning a poster's QR code; no date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8">
<title>冰淇淋制作与挖球技巧周末班招生简章【限额12人·送勺具套装】- 甜筒学堂</title>
</head>
<body>
<div class="tt-banner">⟦a 暑期早鸟价 立减300元 仅剩最后5天⟧</div>
<header class="tt-head">⟦m 甜筒学堂⟧ <span>⟦m 冷饮甜品技术培训⟧</span> <nav>⟦m 首页　课程　师资　学员作品　开店加盟⟧</nav></header>
<div class="tt-crumb">⟦m 首页 › 课程 › 周末班⟧</div>
<section class="tt-course">
<h1>{T}</h1>
<div class="tt-text">
{BODY}
</div>
</section>
<div class="tt-side"><h4>⟦l 学员作品墙⟧</h4><p>⟦l 双球华夫筒 · 学员小孟⟧</p><p>⟦l 三色冰淇淋拼盘 · 学员阿杰⟧</p></div>
<div class="tt-float">⟦w 课程顾问在线，点击咨询⟧</div>
<footer class="tt-foot">⟦m 开店加盟热线：400-118-6620⟧<br>⟦m 甜筒学堂（彰衍校区）　地址：慧湃区步行街东段218号3楼⟧</footer>
</body>
</html>
""",
        body="""
一、课程内容
冰淇淋基础配方、硬冰与软冰的区别、冰淇淋勺的选择与保养、挖球与造型技巧、门店卫生规范。
二、课程安排
班次　上课时间　学费
周末A班　周六9:00—17:00　1280元
周末B班　周日9:00—17:00　1280元
三、报名须知
1.每班限招12人，满员即止。学员结业时赠送不锈钢冰淇淋勺一套。
2.报名可扫描前台海报上的二维码，或拨打报名电话0736-8376620。
3.开课前3天可全额退费，开课后不予退费。
""",
    ),
    dict(
        slug="school-miandao-trainee-insight-rolling-mat-text",
        site="面道烹饪学校 (invented, text)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.miandao-pr.com/xueyuan/xinde/0611.html",
        title="中式面点班学员心得：一张擀面垫里的讲究",
        record_title="中式面点班学员心得：一张擀面垫里的讲究（学员园地）",
        date=None,
        notes="training school page as text: a trainee's essay; enrolment prompt and free-trial line; no date",
        page="""
!m 面道烹饪学校 — 学一门手艺，端一个饭碗
!m 首页 ＞ 学员园地 ＞ 学员心得
!t 中式面点班学员心得：一张擀面垫里的讲究（学员园地）
!m 投稿学员：第42期中式面点班 方小禾
{BODY}
!a 想学面点？现在报名送一周免费试学
!w 招生办：0736-8411308（陆老师）
!l 更多学员心得 ＞＞
""",
        indent="\u3000\u3000",
        body="""
来面道学中式面点之前，我以为擀面垫就是块垫子，铺上就能用。第一堂课，陆老师就让我们把擀面垫翻过来，看背面的材质标注。
陆老师说，硅胶擀面垫分好几种，做面点要选食品级的，垫面要平，不能有气泡和杂质。用之前撒一层薄薄的干粉，擀出来的皮子才不粘不滑。
最让我意外的是收纳。我以前都是把垫子对折塞进柜子，结果折痕处总藏面粉。老师教我们卷起来放，或者平铺在案台下的抽屉里。
两个月学下来，我学会了包子、花卷、烧麦，也学会了尊重手里的每一样工具。
""",
    ),
    dict(
        slug="app-bisu-host-script-basket-heritage",
        site="笔速写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bisuxiezuo.com/share/doc?id=6f02a91c",
        title="竹编淘米篮非遗技艺展示活动主持词",
        record_title="竹编淘米篮非遗技艺展示活动主持词（开场+串词+结束语）· 笔速写作",
        date=None,
        notes="writing app H5 share: open-app mask, a fold prompt between paragraphs, AI buttons; a host script with "
        "no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>竹编淘米篮非遗技艺展示活动主持词（开场+串词+结束语）· 笔速写作</title>
<script src="https://h5.bisuxiezuo.com/static/open-app.js"></script>
</head>
<body>
<div class="mask">⟦a 在笔速写作APP内打开，编辑更顺手⟧ <a>⟦a 立即打开⟧</a></div>
<header class="bs-head">⟦m 笔速写作⟧ <span>⟦m 写稿快人一步⟧</span></header>
<article>
<h1>{T}</h1>
<p class="bs-meta">⟦m 主持词 · 文化活动　｜　1.3万人用过⟧</p>
<div class="bs-ai">⟦a ✦ AI换个说法⟧ ⟦a ✦ AI压缩到300字⟧</div>
<div class="bs-text">
{BODY}
</div>
</article>
<div class="bs-bottom">⟦a 套用这篇，改成我的活动⟧</div>
<div class="bs-more"><h4>⟦l 还有这些主持词⟧</h4><p>⟦l 非遗进校园活动主持词⟧</p><p>⟦l 乡村文化节开幕式主持词⟧</p></div>
</body>
</html>
""",
        body="""
尊敬的各位来宾、各位朋友：
大家上午好！欢迎来到雅汕镇竹编非遗技艺展示活动现场。
一根竹子，经过破篾、刮篾、编织、收口，就变成了家家户户灶台边的淘米篮。今天，我们请来了三位从事竹编四十多年的老手艺人，现场为大家展示竹编淘米篮的制作过程。
⟦a 下面还有2段，展开全文⟧
首先，让我们用热烈的掌声欢迎谭德荣师傅为大家展示破篾技艺！
感谢谭师傅的精彩展示。接下来是互动环节，现场的小朋友可以在老师傅的指导下，亲手编一只迷你淘米篮。
今天的活动到此结束。感谢各位的参与，让我们一起把这门老手艺传下去！
""",
    ),
    dict(
        slug="app-cailiaotong-report-steamer-cloth-oneline",
        site="材料通APP (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.cailiaotong.cn/s/8Ke2Tq",
        title="2024年度学校食堂面点班班长述职报告",
        record_title="2024年度学校食堂面点班班长述职报告（一键套用）- 材料通APP",
        date="2025-01-10",
        notes="writing app share as text: the whole body on one line; an open-app line and a paid-template prompt; "
        "成文日期 after the 述职人 line",
        page="""
!a 打开材料通APP，查看完整排版
!t 2024年度学校食堂面点班班长述职报告（一键套用）
!m 材料通 · 述职报告频道　已有 2216 人套用
{BODY}
!a 解锁同类述职模板 6 篇，开通月卡仅需 9.9 元
!l 你可能还需要：食堂管理员年度述职报告 ｜ 后勤主任述职述廉报告
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位领导、同事们：
2024年，我担任学校食堂面点班班长，带领班组6名员工负责全校师生的馒头、包子、花卷等面点供应。现将一年来的工作报告如下。
一是抓好蒸布管理。针对以往蒸布发霉的问题，我在班组推行蒸布编号轮换，每天收工后集中煮沸消毒、挂晾，全年县疾控中心抽检蒸布均合格。
二是抓好出品质量。全年供应面点约42万个，没有发生一起食品安全事故，学生满意度测评为96分。
三是存在的不足。班组人员年龄偏大，新品种开发较少。新的一年，我将带头学习，争取每月推出一个新品种。
述职人：潘淑芬
2025年1月10日
""",
    ),
]
