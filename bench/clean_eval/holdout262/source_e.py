"""holdout262, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML and one text page each).

Every case written by hand; all names, places, numbers and URLs are invented.
"""

CASES = [
    dict(
        slug="community-xiyuan-tips-coal-stove-tongs",
        site="綌园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xiyuansq.cn/tzgg/20241120/402.html",
        title="冬季煤炉取暖安全提示",
        record_title="【冬季安全】冬季煤炉取暖安全提示 - 綌园社区网",
        date="2024-11-20",
        notes="residents' site: a weather line, a grid member's box with a mobile and the property's duty line "
        "beside the community's own 咨询电话; a sentence asking residents to 关注 the community account stays",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【冬季安全】冬季煤炉取暖安全提示 - 綌园社区网</title>
<script src="https://zhsq.yuehu.gov.cn/sdk/weather.js"></script>
</head>
<body>
<div class="top">⟦m 綌园社区网⟧ ⟦m 龠湖区 今日小雨 2℃～7℃⟧</div>
<div class="nav">⟦m 社区首页　通知公告　办事指南　邻里互助　党群服务⟧</div>
<div class="here">⟦m 首页 ▶ 通知公告⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="meta">⟦m 发布：社区服务站　　2024-11-21　　阅读 318⟧</div>
<div class="post-body">
{BODY}
</div>
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　覃晓梅　138 2760 4417⟧</p></div>
<div class="wuye">⟦m 物业24小时值班：0728-6185110⟧</div>
<div class="foot">⟦m 龠湖区綌园社区居民委员会 主办　技术支持：龠湖区智慧社区平台⟧</div>
</body>
</html>
""",
        date_also=["2024-11-21"],
        body="""
各位居民朋友：
入冬以来，仍有部分老住户用煤炉取暖、做饭。为防止一氧化碳中毒和火灾，社区提醒大家注意以下几点：
一、煤炉不要放在卧室里，必须安装烟囱，烟囱接口用铁丝扎牢，出口朝向室外。
二、夜间封火前检查门窗，留一条通风缝，不要紧闭。
三、夹煤、添煤要用火钳，不要用手直接拿；火钳用完靠墙放好，防止孩子拿去玩耍。
四、家中有独居老人的，子女要多打电话问候，邻居之间相互照看。
社区已为辖区内仍用煤炉的独居老人免费配发一氧化碳报警器和长柄火钳，尚未领取的，请到社区服务站登记。更多取暖安全知识，请关注“綌园社区”公众号。
社区咨询电话：0728-6185032
龠湖区綌园社区居民委员会
2024年11月20日
""",
    ),
    dict(
        slug="community-bianjing-host-script-sandals-chongyang",
        site="籩井社区网 (invented residents' site)",
        style="社区网站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.bianjingsq.com/huodong/2024/1012/88.html",
        title="籩井社区“草鞋里的乡愁”重阳节敬老活动主持词",
        record_title="〖活动主持〗籩井社区“草鞋里的乡愁”重阳节敬老活动主持词 - 籩井社区网",
        date="2024-10-11",
        notes="a host script on a residents' site: the date line under the title neutral and the date; a "
        "photo placeholder between paragraphs; a volunteer sign-up line and a property notice in the chrome",
        page="""
!m 籩井社区网　|　家门口的服务站
!m 首页 > 社区活动 > 活动回顾
{T}
（2024年10月11日）
!m 来源：籩井社区　　浏览：209
{BODY}
!a 想参加下次活动？点此报名社区志愿者
!l 上一篇：籩井社区开展秋季义诊　　下一篇：“银龄食堂”十月菜单
!m 籩井社区居委会　电话：0745-8812260　地址：鄅川县城关镇籩井路19号
""",
        body="""
尊敬的各位老人，亲爱的居民朋友们：
大家上午好！金秋送爽，九九重阳。今天，我们相聚在籩井社区文化广场，举办“草鞋里的乡愁”重阳节敬老活动。
活动第一项，请社区草编队的六位老人为大家现场表演打草鞋。这几位老人平均年龄七十六岁，最年长的黎阿婆今年八十八岁，打了七十多年草鞋。
⟦m ［活动现场照片］⟧
活动第二项，请社区幼儿园的小朋友为爷爷奶奶献上歌舞《重阳谣》。
活动第三项，举行草鞋义卖。今天老人们打的四十双草鞋全部用于义卖，所得款项将捐给社区“银龄食堂”。
老吾老以及人之老。最后，祝各位老人身体健康、福寿安康！本次活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="assoc-yuezhou-muzuo-minutes-inkmarker-vote",
        site="鄀州市传统木作技艺协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="https://www.yzmuzuo.org.cn/xhdt/2024/1218/57.html",
        title="鄀州市传统木作技艺协会第二届理事会第三次会议纪要",
        record_title="〔理事会纪要〕鄀州市传统木作技艺协会第二届理事会第三次会议纪要 ‹ 协会动态",
        date="2024-12-14",
        date_also=["2024-12-18"],
        notes="association site: a member-login row and a member hotline; the association's name in the header "
        "is also the secretariat's signature (matched as head); the 时间/地点/主持/出席/记录 lines and a vote "
        "count stay; the 时间 line differs from the page date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔理事会纪要〕鄀州市传统木作技艺协会第二届理事会第三次会议纪要 ‹ 协会动态</title>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/js/xiehui.js?v=2024"></script>
</head>
<body>
<div class="member-row">⟦a 会员登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0728-6233015⟧</div>
<div class="logo"><h2>⟦m 鄀州市传统木作技艺协会⟧</h2></div>
<div class="menu">⟦m 首页　协会概况　协会动态　会员风采　技艺传承　联系我们⟧</div>
<div class="crumbs">⟦m 首页 › 协会动态⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 2024-12-18　　秘书处　　阅读 147⟧</div>
<div class="article-body">
{BODY}
</div>
<div class="tags">⟦l 关键词：理事会　墨斗传艺　技能比武⟧</div>
</div>
<div class="side"><h4>⟦l 会员风采⟧</h4><p>⟦l 傅长庚：弹了三十年墨线的老木匠⟧</p><p>⟦l 郁承志：从学徒到比武冠军⟧</p></div>
<div class="footer">⟦m 鄀州市传统木作技艺协会 版权所有　社团登记证号：鄀民社字第0418号⟧</div>
</body>
</html>
""",
        body="""
时间：2024年12月14日上午9:00
地点：协会会议室（龠湖区工匠街12号）
主持：会长符清和
出席：理事15人（应到17人）
记录：秘书处卞静
会议审议了《2025年“墨斗传艺”进校园活动计划》。计划提出，明年在全市八所中小学开设木作体验课，由协会会员轮流授课，每校配发教学用墨斗二十只。
会议讨论了部分会员单位用塑料仿制墨斗代替传统墨斗参加技能比武的问题，决定自2025年起，协会主办的各项比武一律使用传统木质墨斗。
会议以举手表决方式通过上述计划，同意15票，反对0票，弃权0票。
鄀州市传统木作技艺协会秘书处
""",
    ),
    dict(
        slug="assoc-yuchuan-caobian-pledge-labels-cn-date",
        site="鄅川县草编行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.yccaobian.org/tzgg/66.html",
        title="关于如实标注草鞋文创产品材质工艺的倡议书",
        record_title="〖诚信草编〗关于如实标注草鞋文创产品材质工艺的倡议书｜鄅川草编协会",
        date="2024-05-16",
        notes="association text: 成文日期 in Chinese numerals; the association's own secretariat phone in item "
        "four beside its member hotline; a members-only download line glued after a 。",
        page="""
!m 鄅川县草编行业协会　　会员热线 0745-8830500
!m 首页 → 通知公告 → 倡议书
{T}
!m 发布：协会秘书处　　阅读：563
{BODY}
!a 会员登录后可下载倡议书原件
!l 相关：鄅川草编标识使用办法（试行）｜2024年草编技艺大赛报名通知
!m 鄅川县草编行业协会　地址：鄅川县枹桥镇草编街8号
""",
        indent="\u3000\u3000",
        body="""
全县草编从业者：
近年来，草鞋从山里人的劳保鞋变成了游客喜欢的文创产品，全县已有草编作坊、网店六十余家。与此同时，一些商家把机器压制的塑料仿草鞋标成“纯手工稻草编织”，以次充好，损害了鄅川草鞋的名声。⟦l 〔延伸：怎样辨别手工草鞋〕⟧为此，协会向全县草编从业者倡议：
一、如实标注材质和工艺，手工编织、机器编织、塑料仿制分别标明，不夸大、不混淆；
二、使用协会统一设计的“鄅川草编”标识前，须经协会核验；
三、网店商品详情页如实展示编织过程，欢迎顾客监督；
四、发现违规标注的，请向协会秘书处反映，电话：0745-8830517。
一双草鞋，编的是手艺，也是诚信。
鄅川县草编行业协会
二〇二四年五月十六日
""",
    ),
    dict(
        slug="company-baichuan-news-silicone-ladle-title-glued",
        site="百川厨具官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.baichuancookware.com/news/2025/0306.html",
        title="百川厨具推出防烫硅胶柄长汤勺",
        record_title="新品上架 ▪ 百川厨具推出防烫硅胶柄长汤勺 | BAICHUAN 百川厨具",
        date="2025-03-06",
        notes="company site: a cookie notice, a service float, the title repeated and glued before the news "
        "lead; the dotted 发布日期 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品上架 ▪ 百川厨具推出防烫硅胶柄长汤勺 | BAICHUAN 百川厨具</title>
<script src="/assets/js/app.7c1e3a.js" defer></script>
<script>window.dataLayer=window.dataLayer||[];</script>
</head>
<body>
<header><div class="brand">⟦m BAICHUAN 百川厨具⟧</div>
<nav>⟦m 首页　产品中心　品质保障　新闻中心　门店查询　联系我们⟧</nav></header>
<div class="sub-banner">⟦m 新闻中心 ｜ NEWS⟧</div>
<div class="breadcrumb">⟦m 首页 / 新闻中心 / 新品速递⟧</div>
<article class="news-detail">
<h1>{T}</h1>
<p class="date">⟦m 发布日期：2025.03.06　　浏览量：1174⟧</p>
<div class="news-body">
{BODY}
</div>
<div class="news-nav">⟦l ← 上一篇：百川厨具获评鄫阳县质量诚信企业⟧　⟦l 下一篇：厨房汤勺怎么选？看这三点 →⟧</div>
</article>
<div class="float-service">⟦w 在线客服⟧ ⟦w 订购热线 400-716-3328⟧</div>
<div class="cookie-bar">⟦d 我们使用 Cookie 改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 鄫阳百川厨具有限公司　湘ICP备16019403号-1⟧</footer>
</body>
</html>
""",
        body="""
⟦t 百川厨具推出防烫硅胶柄长汤勺⟧3月5日，鄫阳百川厨具有限公司新款防烫硅胶柄长汤勺正式上市。
新款汤勺勺头采用304不锈钢一体冲压成型，去掉了原来的焊点；手柄包覆食品级硅胶，长度加到30厘米，盛热汤时手不烫。勺头侧边设计了一道挂耳，可以挂在锅沿上，不会滑进锅里。
公司质检部负责人介绍，新款汤勺出厂前都要经过五千次弯折和沸水浸泡测试，硅胶柄在一百二十摄氏度下不变形、无异味。
目前，新款汤勺已在公司网店和鄫阳、鄀州两地的商超上架，零售价每把二十九元。
""",
    ),
    dict(
        slug="company-chuntian-recall-folding-tongs-batches",
        site="藟山县錞田锻造有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.chuntianduanzao.com/gonggao/20241202.html",
        title="关于召回部分批次“铁匠铺”牌折叠火钳的公告",
        record_date="2024-12-02",
        date="2024-12-02",
        notes="title and date from the record; a recall table one row a paragraph; the recall line in the body "
        "beside the company's 400 order line and a WeChat shop line in the chrome",
        page="""
!m 錞田锻造　｜　百年铁匠铺，一锤一匠心
!m 首页 » 公司公告
{T}
!m 发布：公司办公室　　浏览：905
{BODY}
!w 产品订购：400-663-1902　　微信小店：搜索“錞田铁匠铺”
!l 热销产品：手工锻打柴刀　·　铸铁炭炉　·　壁炉三件套
!m 藟山县錞田锻造有限公司　湘ICP备19024417号
""",
        indent="\u3000\u3000",
        body="""
尊敬的顾客：
我公司近期在质量回访中发现，2024年9月至10月生产的部分“铁匠铺”牌折叠火钳，折叠处铆钉热处理不到位，长期受热后可能松脱，存在烫伤隐患。为保障消费者安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　数量（把）
HQ-60折叠款　24091　1280
HQ-60折叠款　24102　960
HQ-45短柄款　24103　540
请持有上述批次产品的顾客停止使用，拨打召回专线或到原购买网店申请退换，运费由我公司承担。
召回专线：0746-6738101（8:30—17:30）
藟山县錞田锻造有限公司
2024年12月2日
""",
    ),
    dict(
        slug="school-luyi-brochure-woodcraft-inkmarker-h1",
        site="鲁艺木作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.luyimuzuo.com/zhaosheng/zhoumoban.html",
        title="零基础传统木作周末班招生简章",
        record_title=None,
        date=None,
        notes="no title in the record: the school's <h1>; a promo banner, a trial-lesson line between "
        "paragraphs, a consult float with a 400 line beside the school's own 报名电话; a course table; a "
        "sentence telling readers to 扫描二维码报名 stays; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鲁艺木作学堂 - 让双手记住木头的温度</title>
<script src="/js/kefu53.js"></script>
</head>
<body>
<div class="promo">⟦a 早鸟价：12月31日前报名立减300元⟧</div>
<header>⟦m 鲁艺木作学堂⟧ ⟦m 让双手记住木头的温度⟧</header>
<nav>⟦m 首页　课程体系　师资团队　学员作品　报名咨询⟧</nav>
<main>
<h1>{T}</h1>
<section class="brochure">
{BODY}
</section>
</main>
<div class="consult-float">⟦w 课程顾问在线⟧ ⟦w 全国招生热线 400-900-5871⟧</div>
<footer>⟦m 鲁艺木作学堂（鄀州市龠湖区文创园B栋2楼）　鄂ICP备21008842号⟧</footer>
</body>
</html>
""",
        body="""
你是否也想亲手做一只小板凳、一个木托盘？鲁艺木作学堂零基础传统木作周末班开始招生啦！
课程从认识木料、用墨斗弹线学起，逐步掌握锯、刨、凿和榫卯拼接，结业时每位学员带走一件亲手完成的作品。
⟦a 先来试一课？预约免费体验课 ›⟧
课程安排：
周次　内容　课时
第1—2周　认识木料与工具、墨斗弹线　8
第3—5周　锯割、刨削与凿眼　12
第6—8周　榫卯拼接与作品制作　12
招生对象：十六周岁以上、对木作感兴趣的学员，小班教学，每班限十二人。
学费：每人三千二百元，含材料费和墨斗、角尺等工具一套。
报名方式：到学堂前台报名，或扫描下方二维码在线报名。
报名电话：0728-6212036（鲁艺木作学堂教务处）
""",
    ),
    dict(
        slug="school-fuqiao-diary-first-sandals",
        site="枹桥草编学堂 (invented training school)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="https://fuqiaocaobian.com/xueyuan/riji/31.html",
        title="我的第一双草鞋",
        record_title="【学员笔记本】我的第一双草鞋｜枹桥草编学堂",
        date=None,
        notes="training school text: a trainee's diary dated only by weekday; a course ad between paragraphs, "
        "a sign-up line and a 'more diaries' list; no date",
        page="""
!m 枹桥草编学堂 · 学员园地
!t 【学员笔记本】我的第一双草鞋
!m 作者：周末班学员 小满　　收录于「学员日记」
{BODY}
!a 心动了？下一期周末班 12 人小班，点此预约试听
!l 更多学员日记：编草鞋的第一天｜给外婆编一双鞋｜草编杯垫的三种收口
!m 枹桥草编学堂　咨询电话 0745-8836021
""",
        body="""
周六，晴。
今天是草编周末班的第三次课，终于开始编整双草鞋了。
早上黎老师先让我们把稻草在水里泡软，再一根一根捋直。搓绳是最难的，我的绳子搓得一截粗一截细，老师说这样编出来的鞋底会高低不平，让我拆了重搓。
⟦a 【草编周末班 · 第7期招生中】⟧
下午开始编鞋底。鞋耙架在板凳上，四根经绳挂在耙齿上，草绳在经绳之间来回穿，每穿一趟都要用手压紧。我压得不够紧，编到一半鞋底就松松垮垮的，老师帮我紧了好几遍。
到下课的时候，我的第一双草鞋只编出了一只半。虽然有点歪，但拿在手里，心里说不出的高兴。下周继续！
""",
    ),
    dict(
        slug="fanwenapp-biyou-insight-forge-tongs-h5",
        site="笔友范文App (invented, H5 share page)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://h5.biyoufanwen.com/share/article?id=6630918&from=wx",
        title="参观铁器锻打传习所心得体会",
        record_title="参观铁器锻打传习所心得体会（稍改即可用）· 笔友范文App",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold ('expand the rest') on a line of its own between "
        "paragraphs, an AI-rewrite button glued after a 。, a member line; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>参观铁器锻打传习所心得体会（稍改即可用）· 笔友范文App</title>
<script src="https://h5.biyoufanwen.com/js/openapp.min.js"></script>
</head>
<body>
<div class="open-app-mask">⟦a 在笔友App内打开，阅读体验更佳⟧ <button>⟦a 去App里看⟧</button></div>
<div class="art">
<h1>{T}</h1>
<div class="art-meta">⟦m 笔友精选　｜　2.8万人读过　｜　字数 612⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="vip-line">⟦a 开通笔友会员，每天可下载10篇原文⟧</div>
<div class="more-fw"><p>⟦l 同类范文⟧</p><p>⟦l 参观非遗工坊心得体会（三篇）⟧</p><p>⟦l 工匠精神主题学习心得⟧</p></div>
</div>
<div class="h5-foot">⟦m 笔友范文App · 写材料不再熬夜⟧</div>
</body>
</html>
""",
        body="""
前不久，单位组织青年干部到錞田镇铁器锻打传习所参观学习。虽然只待了半天，却让我很受触动。
传习所里，鲁师傅正在打一把火钳。一根铁条烧红了，放在铁砧上，他一锤一锤地敲，火星四溅。一把火钳要经过下料、烧红、锻打、淬火、铆合十几道工序，光是钳口的齿就要敲上百锤。鲁师傅说，打铁没有捷径，差一锤，钳口就合不严。⟦a ✨AI帮我改写这段⟧
⟦a 剩余 48% 内容已折叠，点击展开全文 ∨⟧
看着那把渐渐成形的火钳，我想到了自己的工作。我们写材料、办事情，也常常想走捷径，可很多时候，差的就是那“一锤”的功夫。
今后，我要学习老匠人专注执着的精神，把每一件小事做细做实，在平凡的岗位上“锻打”出过硬的本领。
""",
    ),
    dict(
        slug="fanwenapp-shimo-host-script-inkline-contest",
        site="拾墨范文App (invented, text share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.shimofw.cn/s/zcc/90217",
        title="鄀州市第三届古建木作技能比武开幕式主持词",
        record_title="鄀州市第三届古建木作技能比武开幕式主持词（附议程）- 拾墨范文App",
        date="2024-09-25",
        notes="writing app text share: the date line under the title neutral and the date; an open-in-app line, "
        "a copy-lock line between paragraphs, a share row",
        page="""
!a 打开拾墨App，免费领取 3 篇主持词
!t 鄀州市第三届古建木作技能比武开幕式主持词（附议程）
!m 拾墨范文 · 主持词频道　　1.1万阅读
（2024年9月25日）
{BODY}
!a 复制全文　｜　导出到微信　｜　收藏到我的文件夹
!l 猜你想写：技能大赛闭幕式主持词｜职工技能比武表彰会主持词
""",
        body="""
尊敬的各位领导、各位评委，亲爱的选手们：
大家上午好！墨斗一弹定方圆，斧凿声声见匠心。今天，鄀州市第三届古建木作技能比武在这里隆重开幕。
下面进行第一项，请市人力资源和社会保障局领导致开幕辞。
感谢领导的讲话。下面进行第二项，请选手代表、龠湖区古建公司木工郁承志宣誓。
⟦a 〔本段以下需登录后复制〕⟧
下面进行第三项，请裁判长宣读比赛规则。本次比武设弹线放样、榫卯制作和构件安装三个项目，其中弹线放样须使用传统墨斗完成。
下面进行第四项，请老木匠傅长庚师傅为大家演示传统墨斗弹线。
各位选手，一根墨线见功夫，一把斧子见人品。预祝大家赛出水平、赛出风格！开幕式到此结束，请选手们到各自赛位做好准备。
""",
    ),
    dict(
        slug="examforum-gongkaoquan-essay-inkline-reply-to-see",
        site="公考圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.gongkaoquan.com/thread-660412-1-1.html",
        title="守住心中那根墨线",
        record_title="〔大作文习作〕守住心中那根墨线（练笔求点评）»申论交流»公考圈",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad and a signature; a 申论 essay "
        "on the ink marker; posted 4 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔大作文习作〕守住心中那根墨线（练笔求点评）»申论交流»公考圈</title>
<script src="data/cache/common.js?Y7q"></script>
</head>
<body>
<div id="hd">⟦m 公考圈⟧ ⟦m 一起上岸的圈子⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 公考圈 » 申论交流 » 大作文练笔⟧</div>
<div class="qq-ad">⟦w 2025省考申论批改群：8830 1725（进群备注“圈友”）⟧</div>
<div class="thread">
<h1>{T}</h1>
<div class="authi">⟦m 楼主：明年必上岸　　4 天前　　查看 702 ｜ 回复 19⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 【隐藏内容】本帖附有老师批改版，回复后可见⟧</div>
<div class="rate">⟦l 评分人数 6　圈币 +18　「立意不错，论证再具体些」⟧</div>
<div class="sign">⟦l 签名：今天的汗水，是明天的岸⟧</div>
</div>
<div id="ft">⟦m 公考圈论坛　Powered by Discuz! X3.5⟧</div>
</body>
</html>
""",
        body="""
老木匠开工之前，总要先拿出墨斗，在木料上弹一道笔直的墨线。锯子沿着墨线走，刨子照着墨线推，做出来的门窗桌椅才方正周全。一根墨线，定下的是规矩，守住的是分寸。
对于党员干部而言，心中同样要有一根“墨线”。这根墨线，是党纪国法，是为民初心。有了它，面对诱惑才不会偏离方向，干起事来才有章可循。
守住墨线，首先要弹得准。规矩要立在前头，制度要定得清楚，让每个人都知道什么能做、什么不能做。
守住墨线，还要照着走。墨线弹得再直，锯子跑偏了也是枉然。一些干部对规矩心知肚明，执行时却打折扣、搞变通，最终酿成大错。
守住墨线，更要常校准。木料会变形，墨线也要随时复核。干部要经常对照党章党规检视自己，发现偏差及时纠正。
墨斗虽小，量得出方圆；墨线虽细，弹得出正直。
""",
    ),
    dict(
        slug="examforum-kaogong-interview-tongs-junk",
        site="考公驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.kaogongyizhan.com/bbs/t/30219",
        title="老铁匠打火钳后继无人，对此你怎么看？",
        record_title="〔结构化真题回忆〕老铁匠打火钳后继无人，对此你怎么看？（附答题框架图）｜考公驿站论坛",
        date=None,
        notes="exam forum text with junk (a line and glued after 。); an interview answer; posted 4 天前 "
        "(no date); a reply prompt and a course ad",
        page="""
!m 考公驿站论坛 › 面试交流 › 结构化真题
!t 〔结构化真题回忆〕老铁匠打火钳后继无人，对此你怎么看？（附答题框架图）
!m 发帖人：上岸的橘子　　4 天前　　阅读 1530
{BODY}
!a 本帖仅展示答题正文，思路导图回复后可见
!w 一对一面试模拟，真人考官点评，私信驿站小助手
!l 回复 ｜ 收藏 ｜ 分享
""",
        junk=dict(lines=1, glued=2),
        body="""
考生答：
錞田镇的老铁匠打了一辈子火钳，如今却找不到徒弟，这是许多传统手艺面临的共同困境。对此，我有以下几点看法。
首先，后继无人有其客观原因。打铁又苦又累，收入不高，年轻人更愿意进城务工；加上燃气、暖气普及，火钳这类生活用具的需求越来越少。
其次，手艺的价值不应被忽视。火钳虽小，背后是几百年积累的锻打技艺，也承载着一代人的生活记忆。一旦失传，就很难恢复。
如果我是相关部门的工作人员，我会从三方面着手：一是把锻打技艺列入非遗保护名录，给予传承人补贴；二是推动技艺进校园、进景区，让更多年轻人接触和体验；三是引导开发文创产品，让老手艺有市场、有收入，才能留得住人。
""",
    ),
]
