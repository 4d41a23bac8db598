"""holdout171, part D: reflective vests (反光背心) — road crews, school crossing patrols, a
vest factory, night runners, sanitation workers and more. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="collection-yushan-vest-roadman-wrapped",
        site="樾山旧事文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://yueshan-jiushi.example.net/book/3/27.html",
        title="养路工的橙色背心",
        record_title="《樾山旧事》卷三·第27篇｜养路工的橙色背心",
        date=None,
        notes="collection reader; hard-wrapped at 62 columns; chapter nav and a bookshelf button; no date (a decade in a sentence is not a date)",
        wrap=62,
        indent="\u3000\u3000",
        page="""
!m 樾山旧事　作者：褚远山
!t 《樾山旧事》卷三·第27篇｜养路工的橙色背心
!m 本篇字数 366　|　更新至第58篇
{BODY}
!l 上一篇：公社的广播站　｜　目录　｜　下一篇：渡口的老艄公
!a 放入书架　　夜间模式
""",
        body="""
舅舅在国道养路班干了二十六年，我记忆里的他，总是穿着一件褪了色的橙色反光背心。
七十年代养路班只发草帽和毛巾，反光背心是九十年代才有的，舅舅说第一次穿上时，觉得自己像个交通警察。
冬天清晨路上起雾，过往的货车老远就能看见那一抹橙色，司机会按一声喇叭，算是打招呼。
舅舅退休那天，把背心叠得整整齐齐交回了班里，他说，这件衣服保过他的命，也该保下一个人的命。
""",
    ),
    dict(
        slug="oa-luqiao-notice-vest-issue-html",
        site="通衢路桥集团OA (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.tongqu-lq.example.local/gw/view.do?id=2025-0916-044",
        title="关于为一线养护人员换发新型反光背心的通知",
        record_title="内网公告-关于为一线养护人员换发新型反光背心的通知",
        date="2025-09-16",
        notes="intranet document view: 文号 neutral, 流转记录 and read counts, a distribution table one row a paragraph, 抄送 line, an IT-desk extension beside the document's own contact",
        page="""
<html><head><meta charset="utf-8"><title>内网公告-关于为一线养护人员换发新型反光背心的通知</title></head>
<body>
<div class="oa-top">⟦m 通衢路桥集团协同办公系统⟧ <span>⟦m 当前用户：程晓 | 退出⟧</span></div>
<div class="oa-menu">⟦m 待办事项　公文管理　通知公告　知识库⟧</div>
<h2>⟦t 内网公告-关于为一线养护人员换发新型反光背心的通知⟧</h2>
<p class="docno">通衢安〔2025〕37号</p>
<div class="oa-body">
{BODY}
</div>
<div class="flow">⟦m 流转记录：安全环保部 拟稿 2025-09-15 → 分管领导 核稿 → 办公室 发文 2025-09-16⟧</div>
<div class="readers">⟦m 阅读人数：211　未读：17⟧</div>
<div class="it">⟦w 系统使用问题请拨信息中心分机 8008⟧</div>
</body></html>
""",
        body="""
各养护中心、工区：
为提高夜间和恶劣天气条件下作业人员的可视性，集团决定为一线养护人员换发符合新国标二级要求的反光背心。
各单位换发数量如下：
单位　人数　数量（件）
北线养护中心　86　172
南线养护中心　74　148
桥隧工区　39　78
请各单位于9月30日前到集团物资库领取，旧背心统一交回销毁，不得继续使用。
联系人：安全环保部 彭立，电话：8216。
通衢路桥集团有限公司
2025年9月16日
抄送：集团领导，工会。
""",
    ),
    dict(
        slug="localforum-shanxi-night-run-vest-jammer",
        site="杉溪论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="post",
        form="html",
        source="https://bbs.shanxi-lt.example.com/thread-77215-1-1.html",
        title="夜跑请穿反光背心——致滨江绿道跑友的倡议",
        record_title="夜跑请穿反光背心——致滨江绿道跑友的倡议 - 运动健身 - 杉溪论坛",
        date=None,
        date_also=["2025-11-02"],
        notes="Discuz-like county forum with jammer fonts in HTML; floors; post time also accepted; no document date",
        junk=dict(lines=1, glued=2),
        p_html='<div class="t_f">{}</div>',
        page="""
<html><head><meta charset="gbk"><title>夜跑请穿反光背心——致滨江绿道跑友的倡议 - 运动健身 - 杉溪论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 杉溪论坛⟧ ⟦m 杉溪人的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 杉溪论坛 › 生活 › 运动健身 › 查看内容⟧</div>
<h1>⟦t 夜跑请穿反光背心——致滨江绿道跑友的倡议 - 运动健身 - 杉溪论坛⟧</h1>
<div class="authi">⟦m 江风跑团团长　发表于 2025-11-2 19:30⟧</div>
{BODY}
<div class="pob">⟦l 支持 35　反对 0　　回复　　举报⟧</div>
<div class="floor">⟦l 沙发：晚风不晚　谢谢团长提醒，已下单⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 杉溪论坛 ( 浙ICP备11092233号 )⟧</div>
</body></html>
""",
        body="""
入冬后天黑得早，滨江绿道夜跑的人越来越多，但不少路段与非机动车道交叉，灯光又暗。
上周就有一位跑友在三号桥下被电动车擦碰，幸好只是皮外伤。
在这里倡议大家：夜跑时一定穿上反光背心或戴反光臂带，尽量结伴而行。
跑团在每周三、周六的集体夜跑中，会给没带装备的跑友免费借用反光背心。
""",
    ),
    dict(
        slug="wiki-zhishi-entry-reflective-vest",
        site="知识树百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://www.zhishishu.example.com/wiki/反光背心",
        title="反光背心",
        record_title="反光背心 - 知识树百科",
        date=None,
        notes="encyclopaedia entry: contents, edit links and an edit stamp (no date); an ××××年 placeholder inside a sentence",
        page="""
!m 知识树百科　　首页　分类　上传词条
!t 反光背心 - 知识树百科
!a 编辑词条　　收藏　　分享
!l 目录：1 概述　2 等级　3 使用注意
{BODY}
!m 本词条最后由 绿叶007 于 3天前 编辑
!d 词条内容仅供参考，如有错漏欢迎指正
""",
        body="""
反光背心是一种在衣身上缝有逆反射材料的安全服装，用于提高穿着者在夜间或低能见度环境中的可视性。
反光背心常见于道路养护、交通指挥、环卫作业、机场地勤等岗位，也被骑行和跑步爱好者使用。
按照相关标准，反光背心根据荧光材料和反光材料的面积分为不同等级，作业环境越危险，要求的等级越高。
反光材料经多次洗涤后性能会下降，背心上通常标有“××××年××月生产，建议使用年限两年”等字样。
""",
    ),
    dict(
        slug="renshi-qiupu-exam-traffic-assistant-html",
        site="楸浦市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.qiupu.example.gov.cn/gg/2025/1020/1502.html",
        title="楸浦市公安局2025年招聘交通协管员体能测试公告",
        record_title="【考务公告】楸浦市公安局2025年招聘交通协管员体能测试公告",
        date="2025-10-20",
        notes="personnel exam site: decorated title, an 'enter registration system' button, a timetable table, sentences about 打印准考证 and wearing reflective vests kept, an exam 咨询电话 beside a technical line",
        page="""
<html><head><meta charset="utf-8"><title>楸浦市人事考试网</title></head>
<body>
<div class="head">⟦m 楸浦市人事考试网⟧ <span>⟦a 进入报名系统⟧</span></div>
<div class="nav">⟦m 首页 | 考试动态 | 报名入口 | 成绩查询 | 政策法规⟧</div>
<h2>⟦t 【考务公告】楸浦市公安局2025年招聘交通协管员体能测试公告⟧</h2>
<div class="src">⟦m 发布日期：2025-10-20　来源：市人事考试院⟧</div>
<div class="content">
{BODY}
</div>
<div class="tech">⟦w 报名系统技术咨询：0576-8801 2360（工作日9:00-17:00）⟧</div>
<div class="ft">⟦m 楸浦市人事考试院 版权所有⟧</div>
</body></html>
""",
        body="""
楸浦市公安局2025年招聘交通协管员笔试已结束，现将体能测试有关事项公告如下。
一、请进入体能测试的考生于10月27日后登录本网站打印体能测试通知书。
二、体能测试安排：
项目　时间　地点
10米×4往返跑　11月1日8:30　市体育中心田径场
1000米跑　11月1日9:30　市体育中心田径场
三、测试当天考生须穿运动服装，测试中心统一发放编号反光背心，测试结束后交回。
考务咨询电话：0576-8801 5517。
楸浦市人事考试院
2025年10月20日
""",
    ),
    dict(
        slug="dangjian-yangcheng-speech-sanitation-cn-date",
        site="杨城党建在线 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ycdjzx.example.cn/ldjh/2025/0321/3307.html",
        title="在全区环卫工人关爱行动启动仪式上的讲话",
        record_title="在全区环卫工人关爱行动启动仪式上的讲话_领导讲话_杨城党建在线",
        date="2025-03-21",
        notes="Party-building site: _column_site title; speaker line and a Chinese-numeral date under the title neutral; a source/editor line at the bottom",
        page="""
!m 杨城党建在线　　领导讲话
!t 在全区环卫工人关爱行动启动仪式上的讲话_领导讲话_杨城党建在线
区委常委、宣传部部长　雷晓萍
（二〇二五年三月二十一日）
{BODY}
!m 来源：区委宣传部　责任编辑：孔瑶
!a 【我要纠错】　【打印】
!l 相关链接：全区“城市美容师”评选结果公布
""",
        body="""
同志们：
今天，我们在这里启动全区环卫工人关爱行动，为一千二百名环卫工人送上新的反光背心、手套和防寒用品。
环卫工人起早贪黑，清扫街巷，用辛勤劳动换来城市的干净整洁。
一件反光背心，既是一份安全保障，也是全社会对环卫工人的一份尊重。
希望各级各部门把关爱行动抓实抓细，在工作时间、作业安全、休息场所等方面多想办法、多办实事。
""",
    ),
    dict(
        slug="blog-qixing-cyclist-vest-notes",
        site="骑行者手记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://qixingzhe.example.blog.cn/post/2025-12-03-vest.html",
        title="冬夜通勤，我为什么坚持穿反光背心",
        record_title="【原创】冬夜通勤，我为什么坚持穿反光背心 - 骑行者手记",
        date="2025-12-03",
        notes="blog: decorated title, a bracketed post time, tags and archive, a reward button; date from the post time",
        page="""
!m 骑行者手记 —— 一个上班族的车轮日记
!t 【原创】冬夜通勤，我为什么坚持穿反光背心 - 骑行者手记
!m [2025-12-03 21:16]　分类：通勤　阅读(207)
{BODY}
!a 觉得有用？打赏一杯热豆浆
!l 标签：骑行 通勤 安全 反光
!l 归档：2025年12月(2)　2025年11月(5)
""",
        body="""
骑车通勤第四年，冬天下班时天已经全黑，从公司到家要经过一段没有路灯的厂区道路。
去年一次雨夜，一辆倒车的货车差点擦到我，司机说根本没看见人。
从那以后，我每天出门都套上一件黄色反光背心，车把和头盔上也贴了反光条。
同事笑我像交警，可我觉得，被看见才是骑车人最大的安全。
""",
    ),
    dict(
        slug="mail-fw-school-crossing-vests",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailbox://jiaowu@xinmiao-school.example.cn/sent/1032",
        title="关于组织家长志愿者护学岗统一着装的通知",
        record_title="转发：关于组织家长志愿者护学岗统一着装的通知",
        date="2025-09-01",
        notes="forwarded mail chain: headers and a forward line; reply quote marker; the notice's own 附件 list and contact kept; mail and document dates equal",
        page="""
!m 发件人：教务处 <jiaowu@xinmiao-school.example.cn>
!m 日　期：2025年9月1日 16:40
!m 收件人：各班班主任
!t 转发：关于组织家长志愿者护学岗统一着装的通知
!m -------- 原始邮件 --------
{BODY}
!d 本邮件及附件仅供收件人使用，请勿转发至校外。
!a 回复　　回复全部　　转发
""",
        body="""
各班班主任：
本学期家长志愿者护学岗从9月3日起正式上岗，为确保上下学时段校门口交通安全，现就统一着装有关事项通知如下。
一、护学岗家长须身穿学校统一配发的荧光黄反光背心，佩戴护学岗臂章，手持停车指示牌。
二、反光背心由各班班主任到学校总务处领取，每班六件，学期末交回。
三、请班主任于9月2日前将本班护学家长排班表报教务处。
附件：1.护学岗排班表模板
2.护学岗工作职责
联系人：教务处 林芳，电话：0598-6620317。
新苗小学教务处
2025年9月1日
""",
    ),
    dict(
        slug="edu-wuyuan-news-road-safety-vests-html",
        site="梧原县教育体育局 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://jtj.wuyuan.example.gov.cn/jydt/2025/1105/6620.html",
        title="县教体局为乡村学校学生送去反光安全背心",
        record_title="县教体局为乡村学校学生送去反光安全背心",
        date="2025-11-05",
        record_date="2025-11-05",
        notes="education portal: 关怀版 link, visitor count; a photo caption glued after a sentence; a source/reviewer line; a 'related' list",
        page="""
<html><head><meta charset="utf-8"><title>县教体局为乡村学校学生送去反光安全背心_梧原县教育体育局</title></head>
<body>
<div class="tb">⟦a 关怀版⟧ ⟦a English⟧ ⟦m 2025年11月5日 星期三⟧</div>
<div class="logo">⟦m 梧原县教育体育局⟧</div>
<div class="menu">⟦m 首页 机构职能 教育资讯 学校风采 办事指南⟧</div>
<h1>⟦t 县教体局为乡村学校学生送去反光安全背心⟧</h1>
<div class="meta">⟦m 信息来源：安全股　审核：唐亮　发布时间：2025-11-05 09:12　访问量：431⟧</div>
<div class="detail">
{BODY}
</div>
<div class="rel">⟦l 相关新闻：全县中小学开展冬季交通安全教育月活动⟧</div>
<div class="ft">⟦m 梧原县教育体育局 主办　地址：梧原县人民路16号⟧</div>
</body></html>
""",
        body="""
11月4日，县教体局联合县交警大队，为全县十二所乡村学校的一千五百余名走读学生送去反光安全背心。
不少乡村学生上学路途远，冬季早晚天色昏暗，需步行经过县道和乡道。⟦m 图为交警为学生示范正确穿着反光背心⟧
活动现场，交警为学生们讲解了行走时靠右、结伴而行、不在公路上追逐打闹等安全知识。
县教体局要求各学校督促走读学生每天穿着反光背心上下学，并纳入班级安全检查内容。
""",
    ),
    dict(
        slug="wechat-mirror-traffic-police-vest-html",
        site="公号文摘镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gzhwz.example.com/a/lanchuan_jj_20250118.html",
        title="澜川交警提醒：春运期间车辆故障停车请先穿反光背心",
        record_title="澜川交警提醒：春运期间车辆故障停车请先穿反光背心",
        date="2025-01-18",
        notes="WeChat mirror in HTML: account line, 阅读原文/在看 bar, a mini-program card; the document's sentence about 扫码/关注 the 交管 account kept; account date",
        page="""
<html><head><meta charset="utf-8"><title>澜川交警提醒：春运期间车辆故障停车请先穿反光背心</title></head>
<body>
<div class="rich_media">
<h1>⟦t 澜川交警提醒：春运期间车辆故障停车请先穿反光背心⟧</h1>
<div class="meta">⟦m 澜川交警　2025年01月18日 18:05　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="card">⟦l 小程序｜澜川交管服务⟧</div>
<div class="bar">⟦l 阅读原文⟧ ⟦l 阅读 3.6万⟧ ⟦l 在看 188⟧</div>
</div>
<div class="mirror-foot">⟦d 本站仅作公众号文章存档，内容版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
春运期间高速公路车流量大，车辆发生故障或事故后，二次事故的风险很高。
澜川交警提醒广大驾驶人：车辆故障停车后，应立即开启危险报警闪光灯，驾乘人员先穿上反光背心再下车。
随后在来车方向一百五十米以外设置警告标志，人员转移到护栏外安全地带报警。
建议每辆车常备两件以上反光背心，放在驾驶座旁伸手可及的位置。
需要救援时，也可以关注“澜川交管服务”并扫码一键报警。
""",
    ),
    dict(
        slug="community-xiyuan-volunteer-patrol-vest-html",
        site="西苑街道社区服务网 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://xiyuan-sq.example.cn/gzdt/2025/1228/410.html",
        title="西苑社区2025年平安巡逻志愿队工作总结",
        record_title="【社区公告】西苑社区2025年平安巡逻志愿队工作总结",
        date="2025-12-28",
        notes="residents' site: a join-volunteers button glued after a line; community duty phone kept beside a property hotline; a volunteer-hours table; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】西苑社区2025年平安巡逻志愿队工作总结</title></head>
<body>
<div class="top">⟦m 西苑街道社区服务网⟧ ⟦m 邻里守望 共建家园⟧</div>
<div class="nav">⟦m 首页　社区动态　便民服务　党建园地　志愿服务⟧</div>
<h2>⟦t 【社区公告】西苑社区2025年平安巡逻志愿队工作总结⟧</h2>
<div class="con">
{BODY}
</div>
<div class="hot">⟦w 物业24小时服务热线：0595-2268 1100⟧</div>
<div class="ft">⟦d 本站信息由西苑社区居委会维护⟧</div>
</body></html>
""",
        body="""
今年，社区平安巡逻志愿队坚持每晚七点至九点开展巡逻，全年累计巡逻三百二十余次。
志愿队员统一身穿红色反光背心、佩戴袖标，成为小区里一道亮丽的风景线。⟦a 我也要加入志愿队 →⟧
各小组服务时长如下：
小组　队员人数　服务时长（小时）
第一组　14　1120
第二组　12　980
第三组　10　860
明年，志愿队将继续扩大队伍，重点加强老旧小区的夜间巡查。
社区值班电话：0595-2261 5503。
西苑社区居委会
2025年12月28日
""",
    ),
    dict(
        slug="qa-wenwen-vest-washing-answer",
        site="问问看社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenwenkan.example.com/q/88213047",
        title="反光背心脏了可以用洗衣机洗吗？",
        record_title=None,
        date="2025-08-11",
        notes="Q&A text page: the question as the title (record none); answer time 回答于 as the date; a vote row and related questions; an app prompt",
        page="""
!m 问问看社区　>　生活　>　清洁
反光背心脏了可以用洗衣机洗吗？
!m 2个回答　　被浏览 5,402 次
!m 路政小刘　回答于 2025-08-11 12:30
{BODY}
!l 赞同 96　　反对　　评论 4　　收藏
!l 更多相关问题：反光条失效了还能修复吗？
!a 打开问问看APP，查看更多回答
""",
        body="""
可以洗，但要注意方法，不然反光条很快就不亮了。
最好手洗，用冷水加中性洗涤剂轻轻搓，反光条部位不要用刷子刷。
如果一定要用洗衣机，装进洗衣袋，选轻柔模式，不要用热水，不要烘干。
晾的时候挂在阴凉处，别暴晒，反光材料怕高温。
我们单位的背心一般洗二十来次反光效果就明显下降了，到时候就该换新的了。
""",
    ),
    dict(
        slug="print-jiaotong-notice-vest-checks",
        site="榕岭县交通运输局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.rongling.example.gov.cn/print/2025/0612/77.html",
        title="关于开展公路施工作业区安全防护专项检查的通知",
        record_title="〔打印稿〕关于开展公路施工作业区安全防护专项检查的通知",
        date="2025-06-12",
        notes="print view in text: print/close buttons, a print footer and a printed-at stamp; 文号 neutral; numbered list; 成文日期",
        page="""
!a 打印本页　｜　关闭
!m 榕岭县交通运输局
!t 〔打印稿〕关于开展公路施工作业区安全防护专项检查的通知
榕交安〔2025〕21号
{BODY}
!p —— 第 1 页，共 1 页 ——
!m 打印于 2025-06-15 08:47
""",
        body="""
各公路施工单位、县公路养护中心：
近期，全县公路施工作业点多面广，为防止作业人员被过往车辆伤害，局决定开展施工作业区安全防护专项检查。
1. 检查作业区警示标志、锥桶、防撞设施是否按规范设置。
2. 检查作业人员是否全员穿着反光背心、佩戴安全帽。
3. 检查夜间作业照明和警示灯是否完好。
检查时间为6月16日至6月30日，对发现的问题当场责令整改。
榕岭县交通运输局
2025年6月12日
""",
    ),
]
