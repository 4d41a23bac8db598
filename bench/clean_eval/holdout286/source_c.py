"""holdout286, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenjin-dried-seal-paste-yinhe-adopted",
        site="问津问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjinwenda.com/q/7731904.html",
        title="印盒里的印泥干了发硬，还能救回来吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the question; adopted-answer badge, vote row, more answers, relative answer time "
        "is no date; an answerer's 'edited' aside glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>问津问答 - 有问题，就问津</title>
<script src="/assets/qa.bundle.js"></script>
</head><body>
<div class="topnav">⟦m 问津问答⟧　⟦a 我要提问⟧　⟦a 登录 / 注册问津号⟧</div>
<div class="crumb">⟦m 问津问答 ＞ 生活 ＞ 文房用品⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">⟦m 提问者：墨池边的鱼　·　浏览 2,640 次⟧</p>
<div class="q-ops">⟦a 关注问题　邀请回答　举报⟧</div></div>
<div class="answer best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 篆香斋主人　·　文房爱好者　·　回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a ▲ 有用 218　▼ 没用 3　评论 12⟧</div></div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 老周：直接换新的吧，印泥不贵。⟧</p>
<p>⟦l 青简：加点香油试试，我家的就是这么弄好的。⟧</p></div>
<div class="similar"><h4>⟦l 相似问题⟧</h4><p>⟦l 印泥盖出来发虚是什么原因？⟧</p><p>⟦l 瓷印盒和铜印盒哪个好？⟧</p></div>
<footer>⟦d 问津问答上的回答仅代表答主个人观点，请谨慎参考。⟧　⟦m © 2024 wenjinwenda.com 京ICP备20034817号⟧</footer>
</body></html>
""",
        body="""
能救，但要看干到什么程度。
如果只是表面结了一层硬壳，下面还是软的，可以用竹片把硬壳挑掉，再把印泥翻拌几遍，一般就能继续用。
如果整盒都干硬了，可以往里面滴几滴蓖麻油，用竹片反复翻拌，让油慢慢渗进去。注意一次别加太多，加多了盖出来的字会洇。⟦m （答主于昨天修改了回答）⟧
平时保存也有讲究：印盒用完要及时盖好盖子，放在阴凉处，不要靠近暖气和窗台。瓷印盒比塑料印盒保湿效果好，如果常用，建议换一只带盖的瓷印盒。
另外，每隔一两周翻拌一次印泥，能让油和朱砂保持均匀。
""",
    ),
    dict(
        slug="qa-mingwen-tea-scoop-vs-spoon-list-text",
        site="茗问·茶事问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.mingwencha.com/question/55812",
        title="茶则和茶匙有什么区别？新手都要买吗？",
        record_title="茶则和茶匙有什么区别？新手都要买吗？｜茗问·茶事问答",
        date=None,
        notes="Q&A as text: a question with a site suffix after ｜; numbered answer kept; vote row glued after the last "
        "sentence; answer times are no date",
        page="""
!m 茗问·茶事问答　　首页 ＞ 茶具 ＞ 问题详情
{T}
!m 3 个回答　·　1,118 人浏览　·　提问于 2 周前
!a 写回答　　关注问题　　分享
!m 最佳回答　｜　答主：茶寮小吏（茶艺师）｜　2 天前
{BODY}
!l 另外 2 位答主的回答
!l 竹里馆：盖碗的话茶则够了，同意楼上。
!l 阿荼：茶匙还能通壶嘴，紫砂壶用户建议备一支。
!m 茗问 © 2024　浙ICP备21008815号
""",
        indent="",
        body="""
简单说，茶则是用来“量”和“看”的，茶匙是用来“拨”的。
1.茶则：从茶罐里取茶叶，放在茶则上可以看清干茶的外形和色泽，也方便估计投茶量。
2.茶匙：细长一根，用来把茶则里的茶叶拨进壶里或盖碗里，也可以用来疏通壶嘴。
新手的话，一把茶则基本够用，茶匙可以先不买。用盖碗泡茶时，直接倾斜茶则把茶叶倒进去就行。等以后用上小口的紫砂壶，再配一支茶匙也不迟。
材质上，竹木的便宜耐用，适合入门；金属的好看，但要小心磕碰。⟦a 赞同 86 · 反对 · 收藏 · 感谢⟧
""",
    ),
    dict(
        slug="collection-shouren-memoir-father-frame-shop-gb2312",
        site="守仁文存 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.shourenwencun.com/jiuwen/wj05.htm",
        title="父亲的镜框铺",
        record_title="守仁文存｜父亲的镜框铺（鄍山旧闻之五）",
        date=None,
        notes="retired shopkeeper's collection in an old table layout: 繁體/简体 links, chapter links, reader counter, the "
        "author's mailbox; a lunar-year 记于 line closes the memoir (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>守仁文存｜父亲的镜框铺（鄍山旧闻之五）</title>
<style>body{background:#F6F1E3}td{font-size:14px;line-height:26px}</style>
<script language="javascript" src="/cgi-bin/counter.js"></script>
</head><body>
<table width="780" align="center" border="0"><tr>
<td>⟦m 守仁文存 · 一个老街坊的记事本⟧</td><td align="right">⟦a 繁體 | 简体⟧</td></tr></table>
<table width="780" align="center"><tr><td>⟦m 首页 ｜ 鄍山旧闻 ｜ 读书杂记 ｜ 诗词习作 ｜ 留言本⟧</td></tr></table>
<table width="780" align="center"><tr><td align="center"><font size="5">{T}</font></td></tr>
<tr><td align="center">⟦m 文：邝守仁⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ［上一篇：老街的剃头挑子］　［目录］　［下一篇：城隍庙前的书摊］⟧</td></tr></table>
<table width="780" align="center"><tr><td align="center">⟦m 本页已被阅读 3127 次⟧</td></tr>
<tr><td align="center">⟦w 欢迎老街坊来信叙旧：shouren1949@126.com⟧</td></tr>
<tr><td align="center">⟦d 本站文字均为邝守仁原创，转载请注明出处⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
父亲的镜框铺开在鄍山老街的十字口，门面只有一间，招牌是他自己写的四个字：“守记装裱”。
铺子里最多的是木条，杉木的、椴木的、水曲柳的，一捆捆靠墙立着。父亲量好尺寸，用一把老锯把木条锯成四十五度角，再用胶和钉子拼成框，拼角处摸上去几乎找不到缝。
七八十年代，镜框是家家户户的“门面”。结婚要配镜框，孩子考上学要配镜框，评上先进的奖状也要配镜框。每到年底，铺子里的活儿排到腊月二十八，父亲常常干到半夜。
后来照相馆多了，塑料相框也多了，铺子的生意一年不如一年。一九九八年，父亲把最后一批木条送给了街坊，关了门。
如今我家客厅里还挂着他亲手做的一只镜框，里面是全家福，框角的漆掉了一块，我一直舍不得补。
癸卯年腊月　记于鄍山
""",
    ),
    dict(
        slug="collection-wanfeng-canvas-trunk-oneline",
        site="晚枫文集 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://wanfengwenji.cn/wz/xingqie-03.html",
        title="那只帆布衣箱",
        record_title="〔行箧旧忆·三〕那只帆布衣箱 —— 晚枫文集",
        date=None,
        notes="memoir whose body is on one line (paragraphs only apart by their indent); chapter links and a reader count; "
        "a year inside the text is no date",
        page="""
!m 晚枫文集 · 一个老水电人的回忆
!m 目录 ＞ 行箧旧忆 ＞ 第三篇
{T}
!m 作者：梅晚枫　　阅读：842
{BODY}
!l ‹ 上一篇：第一次坐绿皮车　　下一篇：工地上的露天电影 ›
!w 读者来信：wanfeng_mei@sina.cn
!d 文集内容为作者本人回忆，未经同意请勿转载。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一九七八年秋天，我接到去外省水电站工地的调令，母亲连夜给我做了一只帆布衣箱。
说是衣箱，其实是用旧帆布包在木架子上，四个角钉了铁皮，箱盖上用红漆写着我的名字。
那只衣箱跟着我走了七个工地，装过工作服、饭盒和家信，也在搬迁途中被雨淋透过好几回。
每次开箱，总能翻出母亲塞进去的东西：一包炒花生、一卷针线、几张叠得整整齐齐的粮票。
退休那年我回到老家，衣箱的帆布已经脆了，我把它拆下来，只留下那块写着名字的箱盖，钉在书房的墙上。
""",
    ),
    dict(
        slug="party-gengtian-summary-deckchairs-for-elders-table",
        site="郹溪先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.jiuxixianfeng.cn/zbdt/2024/0914/7720.html",
        title="郠田镇机关党支部“一把躺椅送温暖”志愿服务活动总结",
        record_title="【送暖行动】郠田镇机关党支部“一把躺椅送温暖”志愿服务活动总结_基层动态_郹溪先锋网",
        date="2024-09-12",
        date_also=["2024-09-14"],
        notes="Party portal: study-hours prompt, read-on-phone QR line, a data table one row a paragraph; the branch's "
        "成文日期 differs from the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【送暖行动】郠田镇机关党支部“一把躺椅送温暖”志愿服务活动总结_基层动态_郹溪先锋网</title>
<script src="/js/study-timer.js"></script>
</head><body>
<div class="header">⟦m 郹溪先锋网⟧<span>⟦m 中共郹溪县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页 · 要闻 · 基层动态 · 党员教育 · 组工信息 · 先锋风采⟧</div>
<div class="loc">⟦m 您当前的位置：首页 ＞ 基层动态⟧</div>
<div class="article"><h1>{T}</h1>
<div class="attr">⟦m 时间：2024-09-14　来源：郠田镇党委　作者：唐芊芊⟧</div>
<div class="study">⟦a 党员登录后阅读满 3 分钟计入学习时长⟧</div>
<div class="article-con">
{BODY}
</div>
<div class="qr">⟦a 用手机扫一扫，在手机上继续阅读⟧</div>
<div class="ed">⟦m 编辑：蔡心远⟧</div></div>
<div class="links">⟦l 友情链接：共产党员网　郹溪县人民政府网　郹溪县纪委监委⟧</div>
<div class="footer">⟦m 主办：中共郹溪县委组织部　湘ICP备14008352号⟧</div>
</body></html>
""",
        body="""
今年8月至9月，镇机关党支部开展“一把躺椅送温暖”志愿服务活动，组织党员为辖区80岁以上独居、空巢老人赠送并安装躺椅。现将活动情况总结如下。
一、基本情况。活动共筹集资金2.1万元，其中党员自愿捐款1.3万元，镇竹器合作社让利0.8万元，为5个村（社区）的63户老人送去躺椅。具体情况如下：
村（社区）　老人户数　躺椅（把）
郠田社区　18　18
溪口村　14　15
竹园村　12　12
上坪村　10　10
下坪村　9　9
二、主要做法。党员两人一组包户，上门量身高、看房间，选定躺椅款式；送货时帮老人把躺椅摆放到位，检查稳固性，讲解使用注意事项。
三、下步打算。支部将把送躺椅与日常走访结合起来，每季度上门回访一次，及时维修损坏的躺椅。
中共郠田镇机关支部委员会
2024年9月12日
""",
    ),
    dict(
        slug="party-xichuan-speech-yinhe-party-day-cn-date",
        site="鄎川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xichuandj.gov.cn/ztdr/2024/0703/1190.html",
        title="在“一方印盒传家风”主题党日活动上的讲话",
        record_title="〖七一专题〗在“一方印盒传家风”主题党日活动上的讲话－鄎川党建网",
        date="2024-07-01",
        date_also=["2024-07-03"],
        notes="Party site as text: date in Chinese numerals under the speech title, speaker line neutral; page date "
        "differs and is also accepted; a font-size row and a share row",
        page="""
!m 鄎川党建网　　中共鄎川县委组织部主办
!m 首页 ▸ 主题党日 ▸ 正文
{T}
!m 发布时间：2024-07-03 09:30　　来源：郙口镇党委　　浏览：466
!a 〔字号：放大 缩小〕〔打印〕
（二〇二四年七月一日）
中共郙口镇委员会书记　应嘉禾
{BODY}
!l 分享：微信　QQ　微博
!l 相关链接：郙口镇开展“七一”系列党建活动
!m 鄎川党建网 版权所有　湘ICP备12007702号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天是党的生日，我们在这里开展“一方印盒传家风”主题党日活动。刚才，大家参观了老党员郗守业同志捐赠的印盒，听他讲了这只印盒的故事，很受教育。
这只印盒，是郗守业同志的父亲当年担任村农会主席时用过的。几十年来，它盖过土地证，盖过救济粮的领条，每一个印都关系到群众的切身利益。老人家常说，印盒盖子一打开，就是对群众的一份承诺。
各位党员同志，我们手中的权力虽然不大，但同样连着群众的冷暖。希望大家以老一辈为榜样，做到用印讲原则、办事守规矩、服务有温度。
最后，祝同志们节日快乐！
""",
    ),
    dict(
        slug="hospital-liaoyang-notice-escort-deckchair-rental",
        site="鄝阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lyxrmyy.com/news/yngg/2024-06-05/1307.html",
        title="关于规范住院病区陪护躺椅租用管理的通知",
        record_title="〔病区管理〕关于规范住院病区陪护躺椅租用管理的通知｜鄝阳县人民医院",
        date="2024-06-03",
        date_also=["2024-06-05"],
        notes="hospital site: booking float, 24-hour emergency line, switchboard, experts list; the service centre's own "
        "咨询电话 kept in the body; 扫码 as content; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔病区管理〕关于规范住院病区陪护躺椅租用管理的通知｜鄝阳县人民医院</title>
<script src="/static/js/swiper.min.js"></script>
</head><body>
<div class="top">⟦m 鄝阳县人民医院⟧　⟦m 二级甲等综合医院⟧　⟦m 急诊急救 24 小时：0735-6623120⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　院务公开　党建文化⟧</div>
<div class="crumb">⟦m 当前位置：首页 ＞ 院务公开 ＞ 院内通知⟧</div>
<div class="news"><h2>{T}</h2>
<div class="news-info">⟦m 发布时间：2024-06-05　发布科室：医务科　阅读：1580⟧</div>
<div class="news-con">
{BODY}
</div></div>
<div class="side"><h4>⟦l 名医风采⟧</h4><p>⟦l 唐仲文　骨科主任医师⟧</p><p>⟦l 聂若兰　妇产科副主任医师⟧</p></div>
<div class="float-book">⟦a 在线预约挂号 ＞⟧</div>
<div class="footer">⟦m 医院地址：鄝阳县城北新区康宁路66号　总机：0735-6623000⟧<br>⟦m 湘ICP备15013368号⟧</div>
</body></html>
""",
        body="""
各病区、各科室：
为规范住院病区陪护躺椅管理，减轻患者家属负担，经院长办公会研究，现就有关事项通知如下：
一、自6月10日起，各病区陪护躺椅统一由医院后勤服务中心管理，每晚租金由原来的15元调整为10元，押金一律取消。
二、家属可在护士站登记租用，也可在病区走廊扫码自助租用，每天早上7点前归还。
三、躺椅每日由保洁人员清洁消毒一次，发现损坏的当日报修。
四、严禁将躺椅摆放在消防通道和病房门口。
后勤服务中心咨询电话：0735-6623015
鄝阳县人民医院
2024年6月3日
""",
    ),
    dict(
        slug="hospital-zanhu-second-article-frame-glass-cuts",
        site="酂湖市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="text",
        source="https://www.zhdermyy.org.cn/kpzx/20240319/2215.html",
        title="挂镜框被玻璃划伤，这样处理才对",
        record_title="【科普·外伤处理】挂镜框被玻璃划伤，这样处理才对 - 急诊医学科 - 酂湖市第二人民医院",
        date="2024-03-19",
        notes="hospital article as text: the 发布时间 byline is the page's date; the department's own 咨询电话 in the last "
        "paragraph beside the hospital's booking and 24-hour lines; a booking prompt glued after a sentence",
        page="""
!m 酂湖市第二人民医院　　预约挂号：0736-8615000
!m 首页 » 健康科普 » 急诊医学科
{T}
!m 发布时间：2024-03-19　作者：急诊医学科 聂可　审核：邓立成
{BODY}
!l 上一篇：春季过敏性鼻炎高发，这些误区要避开
!l 下一篇：老人跌倒后第一时间该怎么做
!w 24小时急救电话：0736-8615120（院内急诊调度）
!m 酂湖市第二人民医院　湘ICP备17015246号
""",
        indent="\u3000\u3000",
        body="""
春节前后，不少市民在家大扫除、挂镜框，我院急诊科接诊的玻璃划伤患者明显增多。这里提醒大家：
一、伤口小、出血少的，先用流动清水冲洗，再用碘伏消毒，盖上干净纱布即可。
二、出血较多的，用干净毛巾直接按压伤口十分钟以上，不要反复松开查看。
三、伤口里有玻璃碎片的，不要自己硬拔，用纱布围住伤口后尽快就医。⟦a 线上问诊请点这里 ›⟧
四、伤口深、手指活动受限或麻木的，可能伤到肌腱或神经，要及时到医院处理。
挂镜框时最好戴上手套，玻璃镜框搬运时要竖着拿，避免边角磕碰。急诊医学科咨询电话：0736-8615121。
""",
    ),
    dict(
        slug="college-zanhu-news-lacquer-yinhe-exhibition-h1",
        site="酂湖学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zanhuxy.edu.cn/info/1002/18833.htm",
        title="“方寸之间”师生漆艺印盒作品展开幕",
        record_title=None,
        record_date="2024-10-18",
        date="2024-10-18",
        notes="no title in the record: the news page's h1; record date; quick links, a photo caption between paragraphs, "
        "a dotted byline date, an author/photo/review line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>酂湖学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="hd">⟦m 酂湖学院新闻网⟧　⟦a 学校主页　English　信息门户⟧</div>
<div class="menu">⟦m 首页　学院要闻　综合新闻　院系动态　媒体酂院　图说酂院⟧</div>
<div class="pos">⟦m 当前位置： 首页 ＞＞ 院系动态 ＞＞ 正文⟧</div>
<div class="main"><h1>{T}</h1>
<div class="meta">⟦m 2024.10.18　来源：艺术与设计学院　点击：⟧</div>
<div class="v_news_content">
{BODY}
</div></div>
<div class="quick">⟦l 快速通道：校历　办公电话　图书馆　校园地图⟧</div>
<div class="ft">⟦m 酂湖学院党委宣传部主办　地址：酂湖市郔川区学府路1号⟧<br>⟦m 湘ICP备05002911号⟧</div>
</body></html>
""",
        body="""
10月16日，艺术与设计学院“方寸之间——师生漆艺印盒作品展”在图书馆一楼展厅开幕。展览共展出漆艺印盒作品一百二十件，均为学院漆艺工作室师生近两年的创作。
⟦m 展览现场（摄影：祁嘉）⟧
作品形态多样，既有传统的圆形朱漆印盒，也有学生结合酂湖湖景设计的螺钿印盒和便携式旅行印盒。
开幕式上，学院与鄎川县文化馆签订了非遗传承实践基地合作协议。今后，学院每年将选派学生到郙口镇印盒工坊开展实践。
展览将持续至11月15日，面向全校师生和社会公众免费开放。⟦m （文/艺术与设计学院 图/祁嘉 审核/丁沅）⟧
""",
    ),
    dict(
        slug="college-zanhu-notice-graduate-trunks-shipping-table",
        site="酂湖学院后勤服务网 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqc.zanhuxy.edu.cn/tzgg/20240612/506.htm",
        title="关于毕业生行李衣箱集中寄递服务的通知",
        record_title="关于毕业生行李衣箱集中寄递服务的通知【毕业离校专题】- 酂湖学院后勤服务网",
        date="2024-06-11",
        date_also=["2024-06-12"],
        notes="university office page as text: schedule table one row a paragraph, 扫描二维码 as content, the office's own "
        "phone beside the site's repair line; 成文日期 differs from the page date",
        page="""
!m 酂湖学院后勤服务网　　首页｜通知公告｜服务指南｜后勤报修
{T}
!m 发布者：后勤处　发布时间：2024-06-12　浏览次数：2713
{BODY}
!a 打印本页　　关闭窗口
!w 宿舍水电报修热线：0736-8890110（24小时）
!m 酂湖学院后勤处 版权所有
""",
        indent="\u3000\u3000",
        body="""
各学院、各位毕业生：
为方便毕业生离校，学校后勤处联合邮政、快递企业在校内设立行李衣箱集中寄递点。现将有关事项通知如下：
一、服务时间和地点
日期　时间　地点
6月17日至21日　8:30—20:00　北区学生活动中心
6月22日至28日　9:00—17:00　南区二食堂一楼
二、办理方式。毕业生可扫描宿舍楼下张贴的二维码预约上门取件，也可自行将衣箱送到寄递点。寄递点免费提供纸箱、缠绕膜和打包服务。
三、注意事项。衣箱内不得夹带锂电池、易燃液体等违禁物品；贵重物品请随身携带。
后勤处联系电话：0736-8890321
酂湖学院后勤处
2024年6月11日
""",
    ),
]
