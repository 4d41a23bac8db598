"""holdout124, part D: personal collections, Party-building sites, hospitals, universities. Invented text."""

CASES = [
    dict(
        slug="collection-qinqiang-actor-memoir-html",
        site="老腔文存 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://laoqiang-wencun.example.org/juan2/45.html",
        title="在秦腔剧团建团七十周年座谈会上的发言",
        record_title="《老腔文存》卷二·第45篇｜在秦腔剧团建团七十周年座谈会上的发言",
        date="2024-10-18",
        notes="collection chapter page: chapter nav, the date under the speech title, speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《老腔文存》卷二·第45篇｜在秦腔剧团建团七十周年座谈会上的发言</title></head><body>
<div class="site">⟦m 老腔文存 · 一个老演员的台前幕后⟧</div>
<div class="chapnav">⟦l 目录⟧ ⟦l ‹ 卷二·第44篇 回忆师父教我甩髯口⟧ ⟦l 卷二·第46篇 排《三滴血》的那个冬天 ›⟧</div>
<h1>{T}</h1>
<p class="by">原秦川县秦腔剧团团长　韩守仁</p>
<p class="d">（2024年10月18日）</p>
{BODY}
<div class="note">⟦m 整理者附记：本篇由作者口述，女儿韩小梅录入⟧</div>
<div class="chapnav2">⟦l 返回卷二目录⟧　⟦a 加入书架⟧</div>
<div class="cr">⟦d 文存内容为作者本人所有，转载须经家属同意。⟧</div>
</body></html>
""",
        body="""
各位领导，各位老同事，年轻的演员们：
今天剧团七十岁了，我这个八十二岁的老团员能坐在这里，心里头高兴得很。
我是1958年进团的，那时候剧团只有三十来个人，一辆马车拉着戏箱子，一个村一个村地演。冬天在打麦场上唱，台底下的乡亲们裹着棉被看，一场戏下来，嗓子冒烟，心里头热乎。
七十年来，剧团演了几百本戏，培养了一茬又一茬演员。现在条件好了，有了新剧场，有了灯光音响，可我想对年轻人说一句：秦腔的根在老百姓，戏要往台下唱，不能光往台上唱。
最后，祝咱们剧团越办越红火，祝秦腔一代一代传下去！
""",
    ),
    dict(
        slug="collection-suidao-engineer-essay-text",
        site="隧道人手记 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://suidaoren.example.net/essays/031.html",
        title="写给公路隧道管理站新同事的一封信",
        record_title=None,
        date="2025-03-03",
        notes="no record title; collection page with volume nav; letter's own date at the end",
        page="""
!m 隧道人手记｜一位退休养护工程师的文章合集
!l 第三辑 · 第31篇　　上一篇｜下一篇｜回到目录
{T}
{BODY}
!m 本篇字数：约600字　收入第三辑
!a ★ 收藏本篇　　✉ 给作者留言
!d 本合集文章均为作者原创，未经许可请勿转载。
""",
        indent="\u3000\u3000",
        body="""
小周、小苗，还有今年新来的几位同事：
听说你们分到了凌云山隧道管理站，我这个在隧道里干了三十一年的老头子，想和你们说几句心里话。
第一，隧道里的事没有小事。一盏灯不亮、一台风机不转，看着是小毛病，可在隧道里就可能变成大事故。巡查的时候要一米一米地走，一个设备一个设备地看。
第二，要把应急预案背熟。火灾、交通事故、危化品泄漏，每一种情况先干什么、后干什么，脑子里要有一张图。
第三，多跟老师傅学。监控室的老杨、机电班的老邓，都是宝贝，他们的经验书上学不到。
隧道是山的肚子，也是路的咽喉。守好它，就是守住了来来往往的平安。
老宋
2025年3月3日
""",
    ),
    dict(
        slug="dangjian-press-branch-speech-html",
        site="书苑出版集团党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.shuyuan-press.com/djyw/2025/07/01/10823.html",
        title="在集团庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        record_title="【党建要闻】在集团庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        date="2025-06-30",
        notes="Party-building page: the date under the speech title (Chinese numerals), speaker line neutral; byline date differs",
        date_also=["2025-07-01"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在集团庆祝建党104周年暨“两优一先”表彰大会上的讲话--书苑出版集团党建网</title></head><body>
<div class="dj-top">⟦m 书苑出版集团党建网　不忘初心　书香传承⟧</div>
<div class="dj-nav">⟦m 首页 · 党建要闻 · 支部风采 · 学习园地 · 廉政建设⟧</div>
<div class="dj-pos">⟦m 当前位置：党建要闻⟧</div>
<h1>{T}</h1>
<p>集团党委书记、董事长　鲁文清</p>
<p>（二〇二五年六月三十日）</p>
<div class="dj-info">⟦m 发布日期：2025-07-01　来源：集团党委办公室　浏览：866⟧</div>
{BODY}
<div class="dj-tools">⟦a 【大】【中】【小】⟧　⟦a 【打印】⟧</div>
<div class="dj-foot">⟦m 书苑出版集团党委主办　Copyright©2025⟧</div>
</body></html>
""",
        body="""
同志们：
在庆祝中国共产党成立104周年之际，我们召开大会，表彰集团系统优秀共产党员、优秀党务工作者和先进基层党组织。在此，我代表集团党委，向受到表彰的同志和党组织表示热烈祝贺！
一年来，集团各级党组织坚持把出版导向管理放在首位，全年出版图书1860种，其中12种入选国家级重点出版规划，3种获得省级以上出版奖项。
希望受表彰的同志珍惜荣誉、再接再厉，希望全体党员向先进看齐，守好出版阵地，多出精品力作。
同志们，让我们以更加昂扬的精神状态，奋力推动集团高质量发展！
""",
    ),
    dict(
        slug="dangjian-tobacco-lecture-text",
        site="澄阳烟草党建园地 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="https://dj.chengyang-yc.cn/dkjg/2025/05/7718.html",
        title="守好专卖主阵地 做忠诚干净担当的烟草人——专题党课讲稿",
        record_title="守好专卖主阵地 做忠诚干净担当的烟草人——专题党课讲稿_党建园地",
        date="2025-05-21",
        notes="lecture on a Party-building site; the publish line is the page's date; quote bar between paragraphs",
        page="""
!m 澄阳烟草党建园地
!m 首页 >> 党课讲稿 >> 正文
{T}
!m 发布人：机关党委　发布时间：2025年05月21日　点击数：402
{BODY}
!l ◆ 相关阅读 ◆ 党员干部廉洁从业十不准　｜　专卖执法规范化建设讲稿
!a 【返回顶部】【打印本页】
!m 澄阳市烟草专卖局（公司）机关党委　版权所有
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我以“守好专卖主阵地”为题，和大家一起交流学习体会。
烟草专卖制度是国家的一项重要制度。我们每一名烟草人，既是专卖法律法规的执行者，也是国家利益的维护者。
⟦l 金句摘录｜专卖执法没有“下不为例”，规范经营没有“灰色地带”。⟧
一要忠诚。要坚决执行国家烟草专卖政策，在大是大非面前站稳立场。
二要干净。卷烟零售许可、货源投放都是廉洁风险点，要严守纪律规矩，不收一条烟、不拿一分钱。
三要担当。对制售假烟、网络售烟等违法行为要敢于亮剑，对零售户要热情服务，当好“服务员”。
让我们以实际行动守好专卖主阵地，为烟草行业高质量发展贡献力量。
""",
    ),
    dict(
        slug="hospital-renkang-dialysis-notice-html",
        site="仁康市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.rk2hospital.com/news/notice/2025/0303/5517.html",
        title="血液净化中心关于调整透析排班时间的通知",
        record_title="【科室公告】血液净化中心关于调整透析排班时间的通知",
        date="2025-03-03",
        notes="hospital page: the department's own 咨询电话 beside the hospital's appointment line and floating consult box; shift table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>血液净化中心关于调整透析排班时间的通知-仁康市第二人民医院</title></head><body>
<div class="hos-top">⟦m 仁康市第二人民医院　三级综合医院⟧　⟦m 预约挂号：0745-2988114⟧</div>
<div class="hos-nav">⟦m 医院概况｜科室导航｜专家介绍｜就医指南｜新闻中心⟧</div>
<div class="hos-pos">⟦m 您的位置：新闻中心 &gt; 院务公告⟧</div>
<h1>{T}</h1>
<div class="hos-meta">⟦m 发布时间：2025-03-03　作者：血液净化中心　阅读：1276⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　医生7×24小时为您解答⟧</div>
<div class="hos-foot">⟦m 地址：仁康市和平路128号　急救电话：120⟧<br>⟦d 本站信息仅供参考，不能代替医生面诊。⟧</div>
</body></html>
""",
        body="""
各位透析患者及家属：
因血液净化中心新增透析机12台，为合理安排治疗时间，自2025年3月10日起调整透析排班，具体如下：
班次　治疗时间　上机时间
上午班　7:00—11:30　7:00前到达
下午班　12:00—16:30　11:50前到达
晚班　17:00—21:30　16:50前到达
请患者按新排班时间准时到达，透析前测量体重和血压。如需更换班次，请提前一周与护士站联系。
血液净化中心咨询电话：0745-2988326。
""",
    ),
    dict(
        slug="hospital-hengan-stroke-rehab-news-text",
        site="恒安县中医医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hazyy.cn/xwzx/yydt/2025/2291.html",
        title="康复医学科开展卒中患者“居家康复”随访活动",
        record_title="康复医学科开展卒中患者“居家康复”随访活动 - 医院动态 - 恒安县中医医院",
        date="2025-10-29",
        notes="hospital news: the publish line is the page date; photo caption between paragraphs; 关注 an account in the body",
        page="""
!m 恒安县中医医院　HENGAN TCM HOSPITAL
!m 首页 > 新闻中心 > 医院动态
{T}
!m 来源：康复医学科　　作者：甄蔚　　时间：2025-10-29　　浏览量：355
{BODY}
!a 分享：微信｜QQ｜微博
!l 上一篇：我院开展世界卒中日义诊
!l 下一篇：针灸科新设夜间门诊
!m 恒安县中医医院版权所有　门诊咨询：0734-6811200
""",
        body="""
10月27日至28日，康复医学科组织医生、治疗师、护士组成随访小组，走进城关、杨柳两个乡镇，对21名出院的脑卒中患者开展居家康复随访。
随访中，治疗师逐一评估患者的肢体功能和日常生活能力，手把手教家属如何帮助患者翻身、站立和进行手功能训练。
⟦m 图为康复治疗师在患者家中指导步行训练。⟧
“出院以后不知道怎么练，怕练错了，医生上门一教心里就有底了。”患者家属姚女士说。
科室主任介绍，卒中后半年是康复黄金期，患者可关注医院公众号，在“康复课堂”栏目观看居家训练视频。
""",
    ),
    dict(
        slug="college-lanshan-drama-club-performance-html",
        site="岚山师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lssf.edu.cn/info/1032/22815.htm",
        title="关于举办校大学生话剧社第二十届年度大戏展演的通知",
        record_title="关于举办校大学生话剧社第二十届年度大戏展演的通知-岚山师范学院团委",
        date="2025-11-14",
        notes="college page: 扫码 booking in the body kept; attachments; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办校大学生话剧社第二十届年度大戏展演的通知-岚山师范学院团委</title></head><body>
<div class="logo">⟦m 岚山师范学院　共青团岚山师范学院委员会⟧</div>
<div class="menu">⟦m 首页 团务公开 社团活动 志愿服务 青年之声⟧</div>
<div class="where">⟦m 首页 &gt; 社团活动 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布者：校团委　　2025-11-14　　点击：[<span>903</span>]⟧</div>
{BODY}
<div class="footer">⟦m 地址：岚山市学府路1号　邮编：425100　共青团岚山师范学院委员会⟧</div>
</body></html>
""",
        body="""
各学院团委，各学生社团：
为繁荣校园文化，校大学生话剧社第二十届年度大戏展演将于11月下旬举行，现将有关事项通知如下。
一、演出剧目：原创话剧《灯下》、经典话剧《雷雨》（选场）。
二、演出时间：11月27日、28日晚7:00。
三、演出地点：大学生活动中心小剧场。
四、观演方式：本次展演免费，观众须提前扫码预约，每人限约1张，凭预约码入场。
五、各学院团委要组织学生文明观演，演出期间请将手机调至静音。
附件：演出节目单
校团委
2025年11月14日
""",
    ),
    dict(
        slug="college-binjiang-rowing-team-report-text",
        site="滨江理工大学体育学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://tyxy.bjlg.edu.cn/xwdt/2025/0923/c4417a91021/page.htm",
        title="我校赛艇队在全省大学生赛艇锦标赛中获得两金一银",
        record_title="我校赛艇队在全省大学生赛艇锦标赛中获得两金一银",
        date="2025-09-23",
        notes="college news text page: 审核/编辑 line glued after the last paragraph; photo caption between paragraphs",
        page="""
!m 滨江理工大学 · 体育学院
!m 学院首页 ▸ 新闻动态
{T}
!m 作者：苑一航　　发布时间：2025-09-23　　浏览次数：671
{BODY}
!l ◀ 上一条：体育学院召开新学期教学工作会议
!l ▶ 下一条：学院举行2025级新生开学典礼
!m 滨江理工大学体育学院　版权所有
""",
        body="""
9月19日至21日，2025年全省大学生赛艇锦标赛在梅溪水上运动基地举行，我校赛艇队派出12名运动员参加6个项目的比赛，获得男子双人双桨、女子四人单桨两枚金牌和男子单人双桨一枚银牌。
⟦m 图为我校女子四人单桨选手冲过终点。⟧
校赛艇队组建于2017年，队员全部来自普通在校学生。今年暑期，队员们放弃休息，坚持每天水上训练4小时。
下一步，赛艇队将备战明年的全国大学生赛艇锦标赛。⟦m （审核：蔡林　编辑：卢晓）⟧
""",
    ),
]
