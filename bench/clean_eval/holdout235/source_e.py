"""holdout235, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-feixiang-board-call-for-works-html",
        site="棐香社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.feixiangsq.cn/jwgk/2024/0507/146.html",
        title="关于征集宣传栏“邻里风采”展示作品的通知",
        record_title="居务公开 ▸ 关于征集宣传栏“邻里风采”展示作品的通知 - 棐香社区",
        date="2024-05-06",
        date_also=["2024-05-07"],
        notes="residents' site: weather line, a grid worker's box with a mobile and a property repair line beside the "
        "document's own 咨询电话; following the account is content; the page's date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>居务公开 ▸ 关于征集宣传栏“邻里风采”展示作品的通知 - 棐香社区</title>
</head>
<body>
<div class="sq-top">⟦m 棐香社区网⟧ ⟦m 今日天气：晴 19～27℃　空气质量：良⟧</div>
<div class="sq-nav">⟦m 社区首页　居务公开　便民服务　邻里互助　社区活动⟧</div>
<div class="sq-loc">⟦m 当前：社区首页 » 居务公开⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-info">⟦m 发布：2024-05-07　发布人：社区居委会　浏览：436⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-share">⟦l 分享到邻里群　|　收藏⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 我的网格员：第3网格　蒋丽红　13974601183⟧</div>
<div class="wy">⟦m 物业24小时报修：0736-6632999⟧</div>
<h4>⟦l 近期活动⟧</h4>
<p>⟦l 端午包粽子邻里活动报名开始啦⟧</p>
<p>⟦l 社区老年大学书法班招生⟧</p>
</div>
<div class="sq-foot">⟦m 棐城市漖湖区棐香社区居民委员会　地址：棐香路88号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
社区新建的宣传栏即将启用，其中“邻里风采”板块将长期展示居民作品。现面向全体居民征集展示作品，有关事项通知如下。
一、征集内容：书法、绘画、摄影、手工作品照片，以及身边好人好事的小故事。
二、提交方式：作品可送到社区服务站二楼宣传室，也可关注“棐香社区”公众号在线提交。
三、截止时间：5月31日。首批入选作品将于6月上旬在宣传栏展出，每期展示一个月。
咨询电话：社区宣传委员　柯晓梅　0736-6632418。
棐香社区居民委员会
2024年5月6日
""",
    ),
    dict(
        slug="community-jiaoxi-reading-corner-cards-wrapped",
        site="漖西社区 (invented residents' site), text",
        style="社区网站",
        genre="须知",
        kind="notice",
        form="text",
        source="http://jiaoxi.jhq-shequ.cn/bmfw/2024/0312/57.html",
        title="漖西社区“书香驿站”借书证办理须知",
        date="2024-03-12",
        notes="record gives the title as is; the body hard-wrapped at 58 columns with indents; following the "
        "account is content; signature date",
        page="""
!m 漖西社区 · 家门口的服务站
!m 首页 > 便民服务 > 书香驿站
{T}
!m 2024-03-12　社区居委会
{BODY}
!l 便民电话：社区服务站 0736-6651020　|　物业服务中心 0736-6651288
!a 返回顶部
!m 漖湖区漖西社区居民委员会 版权所有
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
为方便辖区居民就近借阅图书，社区“书香驿站”即日起开放借书证办理，现将有关事项告知如下。
一、办理对象：辖区常住居民及在辖区工作的人员，未满14周岁的儿童由监护人代办。
二、办理材料：身份证或户口簿，免押金、免工本费。
三、借阅规则：每证可借图书3册，借期21天，可续借一次。驿站图书与区图书馆通借通还，持借书证也可到区图书馆借书。
四、开放时间：周二至周日9:00—11:30、14:30—17:30，周一闭馆。
居民还可以关注社区公众号，在“书香驿站”栏目查询馆藏和预约借书。
漖西社区居民委员会
2024年3月12日
""",
    ),
    dict(
        slug="assoc-feicheng-stage-gear-minutes-html",
        site="棐城市演艺设备行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.fcyanyi.org.cn/xhdt/2024/1122/86.html",
        title="棐城市演艺设备行业协会第二届理事会第三次会议纪要",
        record_title="会务纪要｜棐城市演艺设备行业协会第二届理事会第三次会议纪要",
        date="2024-11-20",
        date_also=["2024-11-22"],
        notes="association site: member-login row and a member hotline; the association's name, also in the "
        "signature, stands in the header (head); minutes with 时间/地点/主持/出席/记录 lines and a vote count; "
        "the date from the 时间 line (the page's 发布日期 also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>会务纪要｜棐城市演艺设备行业协会第二届理事会第三次会议纪要</title>
</head>
<body>
<div class="xh-login">⟦a 会员单位登录　｜　入会申请⟧</div>
<div class="xh-head"><span>⟦m 棐城市演艺设备行业协会⟧</span> ⟦m 服务会员　规范行业　促进发展⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　会员风采　标准规范　联系我们⟧</div>
<div class="xh-loc">⟦m 首页 ＞ 协会动态 ＞ 会务纪要⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布日期：2024-11-22　来源：协会秘书处⟧</div>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4>
<p>⟦l 协会组织会员单位参加省演艺装备博览会⟧</p>
<p>⟦l 舞台机械安全培训班顺利结业⟧</p></div>
<div class="xh-foot">⟦m 会员服务专线：0736-2850366⟧<br>⟦m 地址：棐城市文化艺术中心B座302　湘ICP备21009983号⟧</div>
</body>
</html>
""",
        body="""
时间：2024年11月20日上午9:30
地点：协会会议室
主持：会长　葛振声
出席：理事19人（应到23人）
记录：秘书处　沈悦
会议审议了《话筒架及舞台支架产品团体标准（征求意见稿）》，形成如下意见：
一、标准草案将话筒架按用途分为桌面式、落地式和悬臂式三类，会议同意这一分类。
二、关于落地话筒架的抗倾倒要求，会议决定采用“负载2公斤、倾斜10度不倾倒”的试验方法。
三、标准征求意见稿经表决通过，同意17票，反对0票，弃权2票，秘书处于12月底前向会员单位公开征求意见。
棐城市演艺设备行业协会秘书处
""",
    ),
    dict(
        slug="assoc-hechuan-outdoor-board-pledge-text",
        site="翯川县户外广告协会 (invented), text",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.hcxhwgg.org/dongtai/2024/0826/39.html",
        title="规范户外宣传栏设置 共建整洁城市倡议书",
        record_title="【自律公约倡议】规范户外宣传栏设置 共建整洁城市倡议书 - 翯川县户外广告协会",
        date="2024-08-26",
        notes="association text: member-only lines and a join prompt; a pledge with numbered items; signature date",
        page="""
!m 翯川县户外广告协会
!m 首页 | 协会动态 | 行业自律 | 会员名录 | 入会指南
!t 【自律公约倡议】规范户外宣传栏设置 共建整洁城市倡议书
!m 秘书处　2 天前
{BODY}
!a 会员单位可登录后下载倡议书签署页
!l 相关：户外广告设施安全检查工作提示　|　协会2024年会员大会召开
!w 入会咨询：秘书处 0736-6227309
!m 翯川县户外广告协会　湘ICP备22013390号
""",
        body="""
全县各广告制作企业、宣传栏设置单位：
户外宣传栏是城市的“名片”。近年来，一些宣传栏存在超范围设置、框体锈蚀、内容过期等问题，影响了城市形象。为此，我协会向全体会员及宣传栏设置单位发出倡议：
一、依规设置。新设宣传栏先报备、后施工，不占道、不遮挡交通标志。
二、安全牢固。框体选用防锈材料，台风季节前全面检查一次加固情况。
三、内容常新。过期内容及时撤换，不张贴未经审核的商业广告。
四、文明施工。安装和拆除时设置围挡，施工垃圾当天清运。
让我们携起手来，为建设整洁有序的翯川贡献力量。
翯川县户外广告协会
2024年8月26日
""",
    ),
    dict(
        slug="company-gexi-kitchen-timer-certified-html",
        site="鸧溪电器 (invented appliance maker)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gexi-dianqi.com/news/2024/0605/kt3.html",
        title="鸧溪电器新款厨房计时器通过安全认证",
        record_date="2024-06-05",
        date="2024-06-05",
        notes="company news: a cookie notice, a service float and a pre-order line between paragraphs; the "
        "company's short name in the header and in the lead (head); record gives title and date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鸧溪电器新款厨房计时器通过安全认证</title>
<script src="/assets/js/site.js" defer></script>
</head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示同意。 我知道了⟧</div>
<header><a class="logo">⟦m 鸧溪电器⟧</a>
<nav>⟦m 首页　产品中心　新闻动态　服务支持　官方商城　关于我们⟧</nav></header>
<div class="bread">⟦m 首页 / 新闻动态 / 企业新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2024-06-05　品牌中心⟧</div>
<div class="content">
{BODY}
</div>
</article>
<div class="service-float">⟦w 在线客服⟧ ⟦w 售后热线 400-617-2288⟧</div>
<footer>⟦m © 2024 鸧溪电器股份有限公司　湘ICP备15031126号⟧</footer>
</body>
</html>
""",
        body="""
近日，鸧溪电器自主研发的KT-3型磁吸厨房计时器通过产品安全认证，将于本月下旬上市。
KT-3型计时器采用大字墨水屏，计时范围1秒至99分59秒，支持正计时和倒计时，防水等级达到IPX4，沾水、沾油后用湿布一擦即可。
⟦a 抢先预约KT-3，首批下单享八五折 ›⟧
研发负责人余嘉树介绍，团队走访了200多户家庭，发现老年人最不满意的是按键小、提示音轻，因此新品把按键加大了一倍，提示音分三档可调，最高可达85分贝。
据悉，KT-3型计时器首批产量为5万台，将通过公司官方商城和线下商超同步销售。
""",
    ),
    dict(
        slug="company-shengjia-recall-mic-stands-text",
        site="声架音频器材有限公司 (invented), text",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.shengjia-audio.com/notice/recall-fs200.html",
        title="关于召回部分批次折叠落地话筒架的公告",
        record_title="重要通知 ｜ 关于召回部分批次折叠落地话筒架的公告 · 声架音频",
        date="2024-10-09",
        notes="company text: a batches table one row a paragraph; the recall line beside a 400 sales line; signature "
        "date",
        page="""
!m 声架音频 SHENGJIA AUDIO
!m 首页　产品　解决方案　服务　联系我们
{T}
!m 发布于 2024-10-09　|　阅读 2086
{BODY}
!m 销售咨询：400-720-3318
!l 相关产品：FS-300加强型落地话筒架　｜　DS-10桌面话筒架
!m © 声架音频器材有限公司　湘ICP备19020177号-1
""",
        body="""
尊敬的用户：
我公司近期发现，2024年5月至7月生产的部分FS-200型折叠落地话筒架，三脚底座锁紧卡扣强度不足，长时间负重后可能松脱，导致话筒架倾倒。为保障用户安全，我公司决定主动召回上述产品。
一、召回范围
型号　生产批次　数量（套）
FS-200　240512　1800
FS-200　240618　2100
FS-200　240703　1650
二、召回方式：用户可查看底座标签上的批次号，属于召回范围的，请停止使用并联系我公司，免费更换加强型卡扣。
召回专线：0737-6650218（每天9:00—18:00）。
声架音频器材有限公司
2024年10月9日
""",
    ),
    dict(
        slug="training-jiangtai-brochure-clicker-class-html",
        site="讲台演说学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangtaiyanshuo.com/course/zhichang-8.html",
        title="职场演讲实战班招生简章",
        record_title="【周末小班】职场演讲实战班招生简章（含翻页笔实操）｜讲台演说学堂",
        date=None,
        notes="training school: a promo banner, a consult float and a franchise 400 line beside the school's own "
        "报名电话; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【周末小班】职场演讲实战班招生简章（含翻页笔实操）｜讲台演说学堂</title>
</head>
<body>
<div class="promo">⟦a 🎉 暑期报名季：两人同行一人立减500元 ›⟧</div>
<div class="hd">⟦m 讲台演说学堂⟧ ⟦m 让每一次开口都有分量⟧</div>
<div class="nav">⟦m 首页　精品课程　师资团队　学员风采　校区地址⟧</div>
<div class="loc">⟦m 首页 › 精品课程 › 职场表达⟧</div>
<div class="course">
<h1>{T}</h1>
<div class="course-body">
{BODY}
</div>
<div class="course-btn">⟦a 立即报名⟧　⟦a 预约试听⟧</div>
</div>
<div class="float-consult">⟦w 课程顾问在线　点击咨询⟧</div>
<div class="ft">⟦m 城市合伙人招募热线：400-100-8276⟧<br>⟦m 讲台演说学堂（棐城校区）　湘ICP备23004418号⟧</div>
</body>
</html>
""",
        body="""
一、课程简介
职场演讲实战班面向需要经常汇报、讲课、路演的职场人士，重点训练开场、控场和收尾技巧。课程特别安排翻页笔实操环节，学员将练习用翻页笔切换页面、用黑屏功能引导听众注意力，避免对着屏幕念稿。
二、课程安排
每期8次课，每周六下午上课，每次3小时，每班不超过12人。
三、学费
每人2980元，含教材和一支练习用翻页笔。
四、报名方式
报名电话：0736-2905561（课程顾问　房老师）。
""",
    ),
    dict(
        slug="training-liyan-insight-timer-oneline",
        site="砺言面试训练营 (invented training school), text",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.liyanmianshi.com/xueyuan/xinsheng/229.html",
        title="和计时器赛跑的七天——面试集训结业心得",
        record_title="【训练营结业】和计时器赛跑的七天——面试集训结业心得 - 砺言面试训练营",
        date=None,
        notes="trainee's insight on one line, paragraphs separated only by their indent; no date; a trial-class "
        "prompt and a course ad around",
        page="""
!m 砺言面试训练营 · 结构化面试小班
!m 首页 › 学员心声
{T}
!m 学员：晓禾（2024届上岸学员）
{BODY}
!a 👉 免费领取一节模拟面试体验课
!w 报名咨询：微信 liyan_mianshi01
!m 砺言面试训练营 版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
参加集训前，我最怕的不是题目难，而是时间不够用。
第一天模拟，老师在桌上放了一个倒计时器，每道题三分钟。计时器一响，我才讲到第二点，后面的内容全部没说出来。
后来几天，老师让我们每次答题前先花二十秒列提纲，答题时用余光看计时器，剩一分钟就开始收尾。我一遍遍练，从超时一分多钟，到能在两分四十秒左右答完。
最后一天模拟，我第一次在计时器响之前说完了“以上是我的回答”。那一刻我明白，时间管理不只是一种技巧，更是对自己思路的梳理。
感谢老师和同学们七天的陪伴。
""",
    ),
    dict(
        slug="app-wengaobao-plan-board-upgrade-html",
        site="文稿宝 (invented writing app), H5 share page",
        style="范文APP",
        genre="方案",
        kind="other",
        form="html",
        source="https://h5.wengaobao.com/share/doc?id=9904417&from=wx",
        title="2024年社区宣传栏提质改造工作方案",
        record_title="2024年社区宣传栏提质改造工作方案【拿去就能用】· 文稿宝",
        date="2024-04-02",
        notes="writing app H5 share: an open-app mask, a fold with 'open the app to read on', AI buttons; the plan's "
        "signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>2024年社区宣传栏提质改造工作方案【拿去就能用】· 文稿宝</title>
</head>
<body>
<div class="open-app">⟦a 打开文稿宝APP，免费改写本文⟧ <button>⟦a 打开⟧</button></div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 文稿宝精选　·　2.3万次使用⟧</div>
<div class="doc-ai">⟦a ✨AI一键改写　✨AI换个说法　✨AI扩写⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 全文已展开 · 打开APP可导出Word⟧</div>
</div>
<div class="rec"><h4>⟦l 大家都在用⟧</h4>
<p>⟦l 社区新时代文明实践站建设方案⟧</p>
<p>⟦l 老旧小区公共空间微改造实施方案⟧</p></div>
<div class="mask">⟦a 在APP内打开，阅读体验更好⟧</div>
</body>
</html>
""",
        body="""
为提升社区宣传阵地建设水平，根据街道统一部署，结合本社区实际，制定本方案。
一、工作目标
6月底前完成辖区8处宣传栏的提质改造，做到样式统一、内容规范、安全牢固。
二、主要任务
（一）拆除3处破损严重的旧宣传栏，在原址新建不锈钢宣传栏。
（二）对其余5处宣传栏更换玻璃和锁具，重新喷涂框体。
（三）统一设置“通知公告”“政策宣传”“文明创建”等栏目。
三、进度安排
4月完成方案设计和预算审核，5月完成施工，6月完成验收并投入使用。
四、保障措施
社区书记为第一责任人，宣传委员具体负责，改造资金从社区服务群众专项经费中列支。
漖西社区居民委员会
2024年4月2日
""",
    ),
    dict(
        slug="app-bigengbao-report-clickers-wps",
        site="笔耕宝 (invented writing app), text of a share page",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.bigengbao.cn/s/Rk82Tq",
        title="信息中心设备管理员2024年度述职报告",
        record_title="信息中心设备管理员2024年度述职报告.wps",
        date="2024-12-27",
        notes="a .wps file name as the record title; app share chrome (AI continue-writing, generate similar); an "
        "AI-polish button glued after a sentence; signature date",
        page="""
!m 笔耕宝 — 写材料的好帮手
!t 信息中心设备管理员2024年度述职报告.wps
!m 来自笔耕宝用户分享　·　5 天前
!a 【AI续写】【AI润色】【生成同类范文】
{BODY}
!a 打开笔耕宝APP，查看更多述职报告模板
!d 内容由用户上传分享，仅供参考
""",
        body="""
2024年，我在信息中心主要负责全局会议室和培训教室的多媒体设备管理，现将履职情况报告如下。
一是管好演示设备。全年办理翻页笔、投影遥控器等设备借用登记640余次，建立借用台账，对超期未还的及时提醒，全年翻页笔丢失数量由去年的11支降至2支。⟦a ✎ 一键润色本段⟧
二是做好会前保障。全年保障各类会议和培训230场，坚持会前一小时调试，提前为主讲人准备备用翻页笔和电池。
三是推动节约使用。将闲置的旧翻页笔检修后调配给基层所站使用，节约采购资金约3000元。
不足之处是设备维修主要依靠外部厂家，响应不够及时。明年我将加强自学，争取小故障自己能修。
述职人：石嘉禾
2024年12月27日
""",
    ),
]
