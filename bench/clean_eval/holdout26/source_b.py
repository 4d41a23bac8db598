"""holdout26, part B: a tai-chi forum, a lighthouse keeper's blog, a seniors' choir account,
a sharing station, a vocational high school and a county education bureau, a port group's
and a paper mill's intranets, Q&As on postal parcels and airport rules, two personal
collections. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="forum-taiji-club-summary-html-jammer",
        site="太极同修网 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.taijitx.example.com/forum.php?mod=viewthread&tid=66120",
        title="苎溪县太极拳协会2024年度工作总结",
        record_title="苎溪县太极拳协会2024年度工作总结 - 协会动态 - 太极同修网",
        date="2025-01-12",
        date_also=["2025-01-15"],
        notes="Discuz-like thread: jammer fonts glued after sentences, a post header with 发表于 (a later date also accepted), floor number, a rating row, a quick-reply box, a forum footer",
        junk=dict(lines=1, glued=2),
        p_html="{}<br />",
        page="""
<html><head><meta charset="utf-8"><title>苎溪县太极拳协会2024年度工作总结 - 协会动态 - 太极同修网</title></head><body>
<div id="hd">⟦m 太极同修网⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 太极同修网 › 地方协会 › 协会动态 › 查看内容⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 推手老周⟧ ⟦m 发表于 2025-1-15 09:33⟧ ⟦m 楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 3　威望 +6　收起理由：精华好帖⟧</div>
<div class="fastre">⟦l 高级模式 ｜ 发表回复⟧</div>
<div id="ft">⟦d Powered by 同修社区 © 2014-2025 本站帖子仅代表作者观点⟧</div>
</body></html>
""",
        body="""
2024年，县太极拳协会在县体育总会的指导下，坚持“以拳会友、强身健体”的宗旨，各项工作稳步推进。
一是扩大了群众基础。全年新建辅导站六个，全县辅导站达到三十一个，常年习练人数约四千人。
二是办好了品牌赛事。成功举办第八届全县太极拳交流大会，二十八支队伍、四百余人参加。
三是加强了骨干培训。举办社会体育指导员培训班两期，培训骨干一百二十人。
新的一年，协会将继续推动太极拳进社区、进校园、进机关。
苎溪县太极拳协会
2025年1月12日
""",
    ),
    dict(
        slug="blog-dengta-lighthouse-keeper-report-wrapped",
        site="灯塔手记 (invented)",
        style="博客",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://dengtashouji.example.blog.cn/post/2025/12/28",
        title="航标站站长2025年述职报告",
        record_title="【旧文存档】航标站站长2025年述职报告",
        date="2025-12-26",
        date_also=["2025-12-28"],
        notes="a navigation-mark keeper's blog: hard-wrapped at 62 columns, a 发表于 time line (the report's own date expected, the post date accepted), a weather widget at the top, previous/next links, a visit counter",
        wrap=62,
        indent="    ",
        page="""
!m 灯塔手记 · 海岬上的值守日志
!m 今日潮汐：高潮 05:42 / 18:10　风力：东北 4 级
!t 【旧文存档】航标站站长2025年述职报告
!m 发表于 2025-12-28　分类：工作记录
{BODY}
!l « 前一篇：冬至夜巡记　｜　后一篇：新年第一次换灯 »
!m 本站已运行 3021 天　总访问 88,406
""",
        body="""
一年来，我在航标处党委的领导下，带领茴港航标站六名职工，认真履行辖区航标维护管理职责，现将履职情况报告如下。
一、航标维护情况。全年巡检灯塔三座、灯桩十四座、浮标二十六座，航标正常率达到百分之九十九点八，高于上级要求。
二、应急处置情况。台风“海鸥”过境后，站里连夜出船，四十八小时内恢复受损浮标五座，未发生因航标失常引起的海事。
三、存在不足。站里人员年龄偏大，新型遥测遥控设备的运维能力还需提升。
明年，我将带头学习新技术，带好队伍，守好这片海。
述职人：祁海生
2025年12月26日
""",
    ),
    dict(
        slug="wechat-yinfa-choir-letter-mirror-html",
        site="银发合唱团 (公众号镜像, invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://mp.readhub.example.net/a/yinfachorus/20251009",
        title="致全体团员的一封信",
        record_title=None,
        date="2025-10-09",
        notes="WeChat-style mirror: no record title, the h2 gives it; an account-name/time meta row (page's date matches the signature), a cover-image caption, a 'leave a message' box, 'share/like/looking' bar",
        p_html='<section style="margin:8px 0;"><span style="font-size:15px;">{}</span></section>',
        page="""
<html><head><meta charset="utf-8"><title>致全体团员的一封信</title></head><body>
<div class="mirror-top">⟦d 以下内容转存自公众号，仅供存档阅读⟧</div>
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta"><span>⟦m 原创⟧</span> <span>⟦m 樨湾银发合唱团⟧</span> <em>⟦m 2025年10月9日 07:50⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="foot-bar">⟦l 分享　　收藏　　点赞　　在看⟧</div>
<div class="msg">⟦l 写留言⟧ ⟦l 暂无留言，快来抢沙发⟧</div>
</body></html>
""",
        body="""
亲爱的团员们：
金秋十月，樨湾银发合唱团迎来了成立十周年的日子。十年来，大家风雨无阻、坚持排练，从最初的十二个人发展到今天的八十六人。
为办好十周年汇报演出，团委会商定：10月起每周二、周五下午两点在社区文化站排练，请大家准时参加。
演出服由团里统一订制，请于10月20日前把身高、腰围报给各声部长。
年纪大了，排练时量力而行，身体不适一定及时请假。
樨湾银发合唱团团委会
2025年10月9日
""",
    ),
    dict(
        slug="docshare-wenquan-plan-prison-family-day-oneline",
        site="文泉资料分享 (invented)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://share.wenquan.example.com/d/38ac77",
        title="监狱开放日暨亲情帮教活动方案",
        record_title="监狱开放日暨亲情帮教活动方案（可编辑）",
        date="2025-09-15",
        notes="a sharing page whose extracted text is all on one line; decorated title (可编辑); a share-count line; a report-abuse link; date at the end",
        oneline=True,
        indent="  ",
        page="""
!m 文泉资料分享 | 分享知识 传递价值
!t 监狱开放日暨亲情帮教活动方案（可编辑）
!m 分享于 7天前　 ·　 1.1万次阅读　 ·　 PDF 6页
{BODY}
!a 免费下载　|　转存到我的空间
!l 举报该文档
""",
        body="""
为深入推进监狱工作社会化，增强罪犯改造信心，经研究，决定于2025年9月下旬举办监狱开放日暨亲情帮教活动，特制定本方案。
一、参加人员：罪犯亲属代表、社会帮教志愿者、人大代表和政协委员代表，共计约一百二十人。
二、活动内容：参观监区生活设施和教育改造成果展，观看服刑人员文艺汇报演出，开展亲情帮教面对面座谈。
三、工作要求：各监区要严格落实安全防范措施，对来访人员逐一登记核验身份。
荻浦监狱
2025年9月15日
""",
    ),
    dict(
        slug="edu-zhigao-vocational-school-notice-html",
        site="蒿山县职业高级中学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hszg.example.edu.cn/xwzx/tzgg/2025-08-20/402.html",
        title="关于2025级新生报到有关事项的通知",
        record_title="关于2025级新生报到有关事项的通知-蒿山县职业高级中学",
        date="2025-08-20",
        notes="a vocational school's modern template: a quick-links bar, a byline with 发布人 and 日期, the school's own 招生咨询电话 beside a footer hotline, a sentence telling parents to download and print a form (kept), a majors table",
        page="""
<html><head><meta charset="utf-8"><title>关于2025级新生报到有关事项的通知-蒿山县职业高级中学</title><link rel="stylesheet" href="/css/main.css"></head><body>
<div class="header">⟦m 蒿山县职业高级中学⟧ ⟦m 厚德　精技　笃行⟧</div>
<div class="quick">⟦l 学校概况 | 专业设置 | 招生就业 | 校园风采 | 信息公开⟧</div>
<div class="position">⟦m 当前位置：首页 > 新闻中心 > 通知公告⟧</div>
<div class="title">{T}</div>
<div class="attr">⟦m 发布人：招生办　日期：2025-08-20　浏览：1932次⟧</div>
<div class="content">
{BODY}
</div>
<div class="prevnext">⟦l 上一篇：2025年秋季学期开学安全工作提示⟧<br>⟦l 下一篇：我校在全省技能大赛中获两金一银⟧</div>
<div class="footer">⟦m 地址：蒿山县职教园区兴学路6号　值班电话：0738-7226001⟧<br>⟦d 版权所有 © 蒿山县职业高级中学⟧</div>
</body></html>
""",
        body="""
各位新同学及家长：
欢迎你们选择蒿山县职业高级中学！现将2025级新生报到有关事项通知如下。
一、报到时间：2025年9月1日8:00至17:00。
二、报到地点：学校体育馆。
三、报到须带材料：录取通知书、户口簿复印件、一寸照片四张。请家长提前在学校网站下载《新生入学登记表》，打印后如实填写并带到现场。
四、各专业报到点安排
专业　报到点　负责人
机电技术应用　体育馆东区　闫海
电子商务　体育馆西区　蒲晓月
烹饪工艺与营养　体育馆北区　甄大伟
五、咨询方式：招生咨询电话0738-7226018（工作日），联系人：钮老师。
蒿山县职业高级中学
2025年8月20日
""",
    ),
    dict(
        slug="edu-xuanzhou-teaching-research-insight-text",
        site="萱州市教育局教研室 (invented)",
        style="教育门户",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://jys.xuanzhou.example.edu.cn/jyxd/2025/1105/219.html",
        title="参加“送教下乡”活动的心得体会",
        record_title="参加“送教下乡”活动的心得体会",
        date=None,
        notes="an education portal's article with an author line and a 审核 line glued after the last paragraph; a relative 3天前 stamp (no date); a column tag row; a print/close row",
        page="""
!m 萱州教研网 ｜ 教研心得
{T}
!m 作者：棠湾镇中心小学 庞晓慧　　3天前　　阅读 412
{BODY}
!a 【打印】　【关闭】
!l 栏目更多：教研心得 ▸ 课堂观察 ▸ 名师工作室
""",
        body="""
十月下旬，我随市教研室“送教下乡”小组来到杉坪县两所村小，上了一节三年级数学示范课。
村小的孩子们眼睛亮亮的，回答问题特别大声，那份对知识的渴望让我深受触动。
课后的评课环节，当地老师提出“分层作业怎么落地”的问题，我们一起讨论到傍晚。
这次活动让我明白，送教不只是送一节课，更是和乡村老师一起研究、一起成长。⟦m （审核：教研室 贺昌）⟧
""",
    ),
    dict(
        slug="oa-tonggang-port-group-minutes-html",
        site="桐港港口集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tonggangport.example.local/doc/view?id=20250611-018",
        title="集团防台风工作专题会议纪要",
        record_title="集团防台风工作专题会议纪要",
        date="2025-06-12",
        date_also=["2025-06-11"],
        notes="an intranet document view: 流转记录 (approval trail), a 密级 field, a watermark line, the minutes' 时间/地点/主持/出席/记录 lines, 抄送 and 印发 版记; the 印发 date expected, the meeting's also accepted",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 桐港港口集团协同办公平台</title></head><body>
<div class="sys">⟦m 桐港港口集团协同办公平台⟧ ⟦m 当前用户：滕国安（安全环保部）⟧ ⟦a 退出⟧</div>
<div class="tabs">⟦l 待办(3) 已办 传阅 收藏夹⟧</div>
<table class="fld"><tr><td>⟦m 文种：会议纪要⟧</td><td>⟦m 密级：内部⟧</td><td>⟦m 编号：TGJT-JY-2025-031⟧</td></tr></table>
<h2>{T}</h2>
<div class="doc">
{BODY}
</div>
<div class="flow"><b>⟦m 流转记录⟧</b><ul><li>⟦m 2025-06-12 10:02 办公室 拟稿⟧</li><li>⟦m 2025-06-12 15:40 分管领导 审核通过⟧</li></ul></div>
<div class="wm">⟦d 内部资料 严禁外传 滕国安 10.8.3.41⟧</div>
<div class="btns">⟦a 打印　下载正文　转发⟧</div>
</body></html>
""",
        body="""
时间：2025年6月11日下午3时
地点：集团总部第一会议室
主持：集团副总经理 冯立群
出席：安全环保部、生产业务部、各码头公司主要负责人
记录：翁静
会议听取了安全环保部关于今年防台风准备工作的汇报，研究部署了下一步工作。会议议定如下事项：
一、各码头公司要在6月20日前完成岸桥、门机防风锚定装置检查，检查记录报安全环保部。
二、台风预警发布后，堆场集装箱堆高一律不超过四层，空箱要绑扎加固。
三、生产业务部牵头修订《防台风应急预案》，7月底前印发。
抄送：集团领导班子成员。
桐港港口集团办公室　2025年6月12日印发
""",
    ),
    dict(
        slug="oa-zhiye-paper-mill-report-text",
        site="筱溪纸业内部门户 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://portal.xiaoxipaper.example.local/news/8812",
        title="制浆车间2025年上半年节能降耗工作总结",
        record_title="内部资讯｜制浆车间2025年上半年节能降耗工作总结",
        date="2025-07-08",
        notes="an intranet news page: an internal-network warning at the top, a 供稿/审核 line, indicator table, decimal headings 1.1/1.2, a 'read receipt' button, a system clock line (no date: the document's own date taken)",
        page="""
!d 【提示】本页面仅限公司内网访问，请勿截图外传
!m 筱溪纸业 · 内部门户　>　公司新闻　>　车间动态
!t 内部资讯｜制浆车间2025年上半年节能降耗工作总结
!m 供稿：制浆车间　审核：生产部　系统时间 09:41:07
{BODY}
!a [ 已阅 ]　[ 转发同事 ]　[ 加入我的收藏 ]
""",
        body="""
1．主要指标完成情况
1.1 吨浆综合能耗
上半年吨浆综合能耗为三百一十二千克标准煤，同比下降百分之四点六。
1.2 主要消耗指标
指标　单位　上半年　去年同期
吨浆耗电　千瓦时　486　512
吨浆耗汽　吨　2.9　3.1
吨浆耗水　立方米　18.5　21.0
2．主要做法
一是对二号蒸煮锅实施余热回收改造，每月节约蒸汽约九百吨。二是推行班组能耗日考核，超耗班组当月绩效扣减。
3．下半年打算
下半年车间将重点推进黑液蒸发站改造，力争全年吨浆能耗再降百分之二。
制浆车间
2025年7月8日
""",
    ),
    dict(
        slug="qa-wenjian-answer-postal-parcel-letter",
        site="问荐知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.wenjian.example.com/question/55310028.html",
        title="快递包裹破损怎么写索赔函？",
        record_title="快递包裹破损怎么写索赔函？有没有模板？",
        date=None,
        notes="a Q&A: decorated question title, an answerer card with 回答于 N天前 (relative: no date), a sample 函 with ××××年××月××日 placeholders in the body, 'was this helpful' row, other answers list",
        page="""
!m 问荐知道 > 生活 > 物流快递
!t 快递包裹破损怎么写索赔函？有没有模板？
!m 提问者：匿名　浏览 3,201 次
!m 最佳答案　　答主：邮路老司机　Lv.6　回答于 4天前
{BODY}
!l 有帮助(88)　没帮助(2)　　举报
!l 其他 3 条回答 ∨
!d 问荐知道内容由网友提供，不代表本站立场
""",
        body="""
你好，包裹破损可以先拍照留证，然后向寄递企业书面提出索赔，索赔函可以参考下面的写法：
关于快递包裹破损的索赔函
××快递公司：
本人于××××年××月××日通过贵公司寄递包裹一件，运单号为××××××，内件为陶瓷茶具一套，签收时发现外包装破损、内件碎裂。
根据相关规定，特向贵公司提出赔偿，请于收函后七日内予以答复。
索赔人：×××
××××年××月××日
如果对方拖着不处理，可以拨打邮政业申诉电话进行申诉。
""",
    ),
    dict(
        slug="qa-jiwen-answer-airport-liquids-html",
        site="即问问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiwen.example.com/q/7781203",
        title="坐飞机能带多少毫升的液体？",
        record_title=None,
        date="2025-09-02",
        notes="Q&A page: no record title, the question as title; an accepted answer with 回答于 a full date (the page's date), a follow/answer button row, an ad slot, related questions",
        page="""
<html><head><meta charset="utf-8"><title>坐飞机能带多少毫升的液体？ - 即问问答</title></head><body>
<div class="top">⟦m 即问问答⟧ ⟦a 提问⟧ ⟦a 登录 / 注册⟧</div>
<h1 class="q">{T}</h1>
<div class="qbtn">⟦a 关注问题　写回答　邀请回答⟧</div>
<div class="ans"><div class="who">⟦m 萝湾机场安检站　认证机构⟧ ⟦m 回答于 2025-09-02⟧ ⟦m 已采纳⟧</div>
{BODY}
</div>
<div class="ad">⟦m 广告　机场贵宾厅 9 折预订⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 充电宝上飞机有什么规定？⟧</li><li>⟦l 托运行李最多能带多重？⟧</li></ul></div>
</body></html>
""",
        body="""
您好，根据民航旅客随身携带液态物品的有关规定，乘坐国内航班的旅客，每件液态物品容器容积不得超过100毫升。
这些容器应放置在一个容量不超过1升、可重新封口的透明塑料袋中，每名旅客限带一个，并在安检时单独接受检查。
超出规定的液态物品，可以办理托运。婴儿乘机所需的液态乳制品、糖尿病患者所需的液态药品，经安检确认后可以适量携带。
有其他疑问，也可以拨打本站问询电话0734-2819920。
""",
    ),
    dict(
        slug="anthology-caoyuan-village-doctor-speech",
        site="草园文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://caoyuanwencun.example.net/juan2/045.html",
        title="在全镇乡村医生座谈会上的发言",
        record_title="《草园文存》卷二·第45篇｜在全镇乡村医生座谈会上的发言",
        date="2019-11-22",
        notes="a retired health-centre director's collection: volume/number decoration, a compiler's note (meta), a Chinese-numeral date under the speech title, a contents link row",
        page="""
!m 草园文存 · 一个乡镇卫生院老院长的文字
!l 目录 ｜ 卷一 ｜ 卷二 ｜ 卷三 ｜ 留言簿
!t 《草园文存》卷二·第45篇｜在全镇乡村医生座谈会上的发言
（二〇一九年十一月二十二日）
{BODY}
!m 整理者按：此稿据手写底稿录入，个别字句有删改。
!l ← 第44篇　　　第46篇 →
""",
        body="""
各位乡村医生同志：
今天请大家来，主要是听听大家的心里话，看看卫生院还能为村卫生室做点什么。
大家常年守在村里，白天看病、晚上出诊，一年到头难得休息，我代表卫生院向大家表示感谢。
下一步，卫生院将每月派一名医师到各村坐诊，帮助大家解决疑难病例，并为每个村卫生室配齐血压计和血糖仪。
希望大家继续守好村民健康的第一道门。
""",
    ),
    dict(
        slug="anthology-hechuan-judge-collection-letter-html",
        site="禾川札记 (invented)",
        style="个人文集",
        genre="函",
        kind="letter",
        form="html",
        source="https://hechuanzhaji.example.org/wen/2024-083.html",
        title="关于商请协助开展巡回审判的函",
        record_title="关于商请协助开展巡回审判的函 - 禾川札记",
        date="2018-04-10",
        notes="a retired rural tribunal judge's collection in a simple template: a 'reading mode' toggle, the compiler's note, a collection counter, a Chinese-numeral date at the end",
        page="""
<html><head><meta charset="utf-8"><title>关于商请协助开展巡回审判的函 - 禾川札记</title></head><body>
<div class="brand">⟦m 禾川札记⟧ ⟦m 一名乡间法官的旧稿⟧</div>
<div class="toggle">⟦a 阅读模式　｜　夜间模式⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 收录于“旧函”合集 · 第83篇⟧</p>
<article>
{BODY}
</article>
<p class="note">⟦m 编者注：原件存法庭档案室，此为作者留底。⟧</p>
<nav>⟦l 上一篇：关于加强诉前调解工作的建议⟧　⟦l 下一篇：法庭十年记⟧</nav>
<footer>⟦d 本站文字由作者本人整理，转载请联系⟧</footer>
</body></html>
""",
        body="""
榉川镇人民政府：
为方便群众就近参与诉讼，我庭拟于今年五月在贵镇青石、枫坳两村开展巡回审判，现就有关事项商请如下：
一、请贵镇协调两村各提供一间可容纳三十人的会议室，作为临时审判场所。
二、请贵镇司法所派员协助做好当事人通知和庭前调解工作。
三、庭审期间请村委会组织部分村民旁听，以案释法。
专此函商，盼予支持。
榉川人民法庭
二〇一八年四月十日
""",
    ),
]
