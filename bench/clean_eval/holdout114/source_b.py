"""holdout114, part B: a forum, a blog, a WeChat mirror, document-sharing pages, education
portals, enterprise intranets and Q&A sites. Everything invented; see ../README.md."""

CASES = [
    dict(
        slug="forum-kaiyuan-nomad-settlement-html-jammer",
        site="开原牧区论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.kaiyuanmq.example.com/forum.php?mod=viewthread&tid=40517",
        title="柃湖县游牧民定居点房屋分配方案公示",
        record_title="柃湖县游牧民定居点房屋分配方案公示 - 政策公告 - 开原牧区论坛",
        date="2025-07-02",
        notes="Discuz-like HTML with jammer fonts in body; floor meta; 公示 with a table; 监督电话 of the document kept",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>柃湖县游牧民定居点房屋分配方案公示 - 政策公告 - 开原牧区论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦a 登录　立即注册　找回密码⟧</div>
<div id="pt">⟦m 开原牧区论坛 » 政策公告 » 查看内容⟧</div>
<div class="ts"><h1>⟦t 柃湖县游牧民定居点房屋分配方案公示⟧</h1></div>
<div class="authi">⟦m 草原骑手 发表于 2025-7-4 21:16 | 只看该作者 | 楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 本帖最后由 草原骑手 于 2025-7-4 21:20 编辑⟧</div>
<div class="po">⟦a 回复 支持 反对 举报⟧</div>
<div class="ft">⟦m Powered by Discuz! X3.5 © 2001-2025⟧ ⟦m 蒙ICP备17004223号⟧</div>
</body></html>
""",
        body="""
根据《柃湖县游牧民定居工程实施方案》，经各嘎查民主评议、苏木审核，现将第三批定居点房屋分配方案公示如下。
一、分配对象：本县户籍、无固定住房的纯牧户，共86户。
二、分配原则：按家庭人口确定户型，抽签确定楼栋和房号。
户型　套数　适用家庭人口
一室一厅　22　1至2人
两室一厅　48　3至4人
三室一厅　16　5人及以上
三、公示期：2025年7月2日至7月8日。公示期间如有异议，请向县住房和城乡建设局反映，监督电话：0479-5210166。
柃湖县游牧民定居工程领导小组办公室
2025年7月2日
""",
    ),
    dict(
        slug="blog-xinglin-reindeer-herder-notes",
        site="兴林笔记 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://xinglin.example-blog.cn/post/2025-02-17/reindeer",
        title="驯鹿养殖户生产生活情况走访记录",
        record_title=None,
        date="2025-02-14",
        notes="no record title: title in page below blog header; posted line (blog's publish time is the date? no: document signed date expected, post date also accepted); numbered list; reader comments",
        date_also=["2025-02-17"],
        page="""
!m 兴林笔记 | 山林之间的田野记录
!m 首页　随笔　走访　相册　关于我
{T}
!m 2025-02-17 20:05 发表 · 评论(3) · 阅读(211)
{BODY}
!l 分享到：豆瓣　微博　复制链接
!l 评论区
!l 林海雪原：写得真实，驯鹿苔藓确实越来越难找了
!l 博主回复：谢谢关注，后续还会再去
""",
        body="""
春节后，我随乡里的工作组走访了山上7户驯鹿养殖户，现把看到的情况记下来。
1. 驯鹿存栏。7户共养驯鹿412头，比去年增加了31头，今年产仔季预计还会增加。
2. 饲草来源。驯鹿主要采食林下苔藓，近年苔藓分布点越来越远，养殖户每年要搬迁猎民点三到四次。
3. 收入情况。主要收入来自鹿茸销售和游客观光，户均年收入约九万元。
4. 困难和诉求。养殖户希望在冬季营地附近修通简易道路，并解决驯鹿防疫药品的就近供应。
这些问题，我已整理后报给乡里，希望能一件一件有着落。
2025年2月14日于山上猎民点
""",
    ),
    dict(
        slug="wechat-mirror-jadeite-market-rules-html",
        site="微刊存档 (invented)",
        style="公众号镜像",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://weikan.example.com/a/Yk2mNq8ZrT",
        title="翡翠交易市场商户诚信经营管理办法",
        record_title="翡翠交易市场商户诚信经营管理办法",
        date="2025-03-01",
        notes="WeChat-style page; rules whose articles speak of 扫码/下载 (kept); account header and time line; 在看/点赞 row; QR follow prompt",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>翡翠交易市场商户诚信经营管理办法</title></head>
<body><div id="js_article">
<h1 class="rich_media_title">⟦t 翡翠交易市场商户诚信经营管理办法⟧</h1>
<div class="rich_media_meta_list">⟦m 瑞岭珠宝玉石交易中心　2025年03月01日 09:00⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注交易中心最新动态⟧</div>
<div class="tool">⟦l 喜欢此内容的人还喜欢⟧ ⟦l 翡翠A货B货怎么分？一文看懂⟧</div>
<div class="bar">⟦l 点赞 58　在看 12　写留言⟧</div>
<div class="mirror">⟦d 本页由微刊存档自动抓取，版权归原作者所有⟧</div>
</div></body></html>
""",
        body="""
第一条　为规范翡翠交易市场经营秩序，维护消费者合法权益，制定本办法。
第二条　入驻商户应当在摊位显著位置公示营业执照和商户诚信码，消费者扫码即可查看商户信用记录。
第三条　商户销售翡翠成品，应当如实标明天然翡翠（A货）或处理翡翠，不得以次充好。
第四条　单件售价五千元以上的翡翠，商户应当向消费者提供具有资质的检测机构出具的鉴定证书，证书可在检测机构网站下载核验。
第五条　市场对商户实行诚信积分管理，被投诉查实一次扣五分，一年内累计扣满二十分的，清退出场。
第六条　本办法自2025年3月1日起施行。
""",
    ),
    dict(
        slug="docshare-duoye-tianhuang-appraisal-minutes",
        site="多页文档网 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.duoyedoc.example.net/doc/3318720.html",
        title="田黄石鉴定标准研讨会会议纪要",
        record_title="田黄石鉴定标准研讨会会议纪要.pdf",
        date="2025-04-25",
        date_also=["2025-04-22"],
        notes="file-name title; minutes' 时间/地点/主持/参会 lines kept; page markers ⸢2⸣ on own lines; upload notice; 印发 date expected, meeting date also",
        pages=dict(fmt="⸢{n}⸣", every=190, start=2),
        page="""
!m 多页文档网　DOC · PDF · PPT 一站分享
!m 田黄石鉴定标准研讨会会议纪要.pdf　|　页数：3　|　大小：416KB
!a 立即下载　加入收藏　举报
{BODY}
!a 剩余内容已隐藏，下载原文档查看全部
!d 本文档由用户“石语者”上传，多页文档网仅提供存储服务，若有侵权请联系删除
!l 相似文档推荐：寿山石分类标准解读.pdf　｜　印章石鉴定常见误区.doc
""",
        body="""
时间：2025年4月22日上午9时
地点：寿岭市宝玉石检测中心三楼会议室
主持：陈闻石（市宝玉石协会副会长）
参会：市场监管局、检测中心、协会专家委员会及部分经营户代表共21人
会议围绕田黄石鉴定地方标准的修订进行了研讨，形成以下意见：
一、田黄石的定名应以产地、埋藏环境和外观特征综合判定，不得仅凭颜色定名。
二、鉴定证书应注明石皮、萝卜纹、格纹等主要特征，并附实物照片。
三、检测中心在5月底前形成标准修订稿，征求经营户意见后报市场监管部门。
寿岭市宝玉石协会秘书处
2025年4月25日印发
""",
    ),
    dict(
        slug="docshare-wenhai-oolong-plan-html",
        site="文海共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://share.wenhai.example.com/d/9a2c77e1",
        title="桤溪镇乌龙茶品质提升行动方案",
        record_title="【优质】桤溪镇乌龙茶品质提升行动方案",
        date=None,
        notes="decorated title; no date (the plan's year 2025 in the text only, an upload stamp); decimal headings 1.1 1.2; download-count meta; page of total marker at end",
        page="""
<html><head><meta charset="utf-8"><title>【优质】桤溪镇乌龙茶品质提升行动方案 - 文海共享</title></head><body>
<div class="hdr">⟦m 文海共享 · 让知识流动起来⟧</div>
<div class="bread">⟦m 文海共享 / 农业农村 / 种植技术⟧</div>
<h2>⟦t 【优质】桤溪镇乌龙茶品质提升行动方案⟧</h2>
<p class="info">⟦m 上传于 2025-05-30 · 下载 74 次 · 评分 4.6⟧</p>
<div class="doc">
{BODY}
</div>
<p class="pg">⟦p 第1页 共1页⟧</p>
<div class="btns">⟦a 下载文档（2积分）⟧ ⟦a 分享给好友⟧ ⟦a 收藏⟧</div>
<div class="rel">⟦l 同类文档⟧ ⟦l 茶叶初制所规范化改造方案⟧ ⟦l 春茶采摘技术要点⟧</div>
<div class="ft">⟦d 文档内容仅供学习参考，不代表本站观点⟧</div>
</body></html>
""",
        body="""
为提升我镇乌龙茶品质和市场竞争力，制定本行动方案。
1 目标任务
1.1 全镇茶园绿色防控覆盖率达到百分之百。
1.2 完成20家初制所清洁化改造，培育省级名优茶品牌2个。
2 主要措施
2.1 推广生态茶园模式，茶园套种绿肥和遮阴树，减少化肥农药用量。
2.2 开展做青、烘焙技术培训，每年举办制茶技能比赛一次。
2.3 建立茶叶质量追溯体系，实现一批一码。
3 责任分工
镇农业服务中心牵头，镇茶叶协会和各村配合，每季度向镇政府报告进展情况。
""",
    ),
    dict(
        slug="edu-zaoyuan-school-reddate-letter",
        site="枣园县教育信息网 (invented)",
        style="教育门户",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://jy.zaoyuan.example.gov.cn/xxdt/202509/t20250915_2281.html",
        title="致全县中小学生家长的一封信",
        record_title="致全县中小学生家长的一封信",
        date="2025-09-15",
        record_date="2025-09-15",
        notes="education portal; letter with 回执 (template placeholders kept); school's 咨询电话 next to the portal's phone; font row",
        page="""
!m 枣园县教育信息网
!m 当前位置：首页 >> 学校动态 >> 家校共育
{T}
!m 作者：县教体局　　时间：2025-09-15　　点击：[2031]
!a 【字号 大 中 小】【我要打印】【关闭】
{BODY}
!m 网站联系电话：0912-7650012　技术支持：枣园县电教馆
!m 陕ICP备11002791号
""",
        body="""
尊敬的家长朋友：
金秋时节，枣园县又到了红枣采收季。往年这个时候，不少孩子跟随家人到枣园帮忙，也发生过攀爬枣树摔伤的意外。
为保障孩子们的安全，请您做到以下几点：
一、不让孩子攀爬枣树、使用打枣长杆；
二、不让孩子独自到沟边、坝边枣园玩耍；
三、周末和放学后，家长要掌握孩子去向。
请您认真阅读后填写回执，由孩子交回班主任。
如有疑问，请拨打县教体局安全股咨询电话：0912-7651338。
枣园县教育和体育局
2025年9月15日
回执：我已阅读《致全县中小学生家长的一封信》，将认真履行监护责任。
学生姓名：________　班级：________　家长签字：________
""",
    ),
    dict(
        slug="edu-chengnan-middle-school-cuju-html",
        site="城南中学 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cnzx.example.edu.cn/info/1032/5517.htm",
        title="我校蹴鞠社团在省传统体育展演中获一等奖",
        record_title="我校蹴鞠社团在省传统体育展演中获一等奖",
        date="2025-11-03",
        notes="school news: 发布时间 meta (date); photo caption; 责任编辑 glued; campus nav and quick links; footer address",
        page="""
<html><head><meta charset="utf-8"><title>我校蹴鞠社团在省传统体育展演中获一等奖-城南中学</title></head><body>
<div class="top">⟦m 棂城县城南中学　厚德 笃学 健体 尚美⟧</div>
<ul class="menu"><li>⟦m 学校概况⟧</li><li>⟦m 校园新闻⟧</li><li>⟦m 教学科研⟧</li><li>⟦m 德育天地⟧</li></ul>
<div class="loc">⟦m 首页 &gt; 校园新闻 &gt; 正文⟧</div>
<h3>⟦t 我校蹴鞠社团在省传统体育展演中获一等奖⟧</h3>
<div class="pub">⟦m 发布时间：2025-11-03　作者：体育组　审核：校办　浏览量：887⟧</div>
{BODY}
<div class="quick"><span>⟦l 快速通道⟧</span> ⟦l 智慧校园⟧ ⟦l 校长信箱⟧ ⟦l 招生信息⟧</div>
<div class="foot">⟦m 地址：棂城县城南路88号　邮编：650900⟧<br>⟦d Copyright © 城南中学 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
10月31日至11月2日，全省中小学传统体育项目展演在省体育中心举行，我校蹴鞠社团表演的《鞠城少年》获得中学组一等奖。
蹴鞠是我国古代的球类运动，我校自2021年起把蹴鞠引入体育课堂，并成立了学生社团。
⟦m 图为我校蹴鞠社团队员在展演中。⟧
社团现有队员36名，每周训练三次。指导教师王一帆说，队员们为这次展演准备了两个多月，在动作中融入了古代鞠戏的白打、对踢等技法。
下一步，学校将编写蹴鞠校本教材，让更多学生了解和参与这项传统运动。⟦m （责任编辑：罗芳）⟧
""",
    ),
    dict(
        slug="oa-xishan-tin-mine-safety-minutes",
        site="西山锡业集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xishanxiye.example.local/doc/view?id=20250308-114",
        title="三季度安全生产例会纪要",
        record_title="【内部】三季度安全生产例会纪要",
        date="2025-10-10",
        notes="intranet document view: 流转 trail and read count, 密级 line, minutes' 时间/地点/主持/出席/记录 lines kept; 分送 line kept",
        page="""
!m 西山锡业协同办公 > 公文管理 > 收文查看
!m 密级：内部　紧急程度：普通　文号：西锡安纪〔2025〕9号
{T}
{BODY}
!m 流转记录：安环部 陆小川 起草 2025-10-09 → 分管领导 审核 → 办公室 分发
!m 已阅 46 人　未阅 3 人
!a 签收　转发　打印　返回列表
""",
        body="""
时间：2025年10月9日下午
地点：集团公司三楼调度会议室
主持：何振坤（集团副总经理）
出席：各矿山、选厂主要负责人，安环部、生产技术部负责人
记录：陆小川
会议通报了三季度安全生产情况，分析了井下通风、尾矿库和民爆物品管理中存在的问题，议定事项如下：
一、老厂坑口要在10月底前完成主扇风机更换，更换期间严格控制井下作业人数。
二、尾矿库在线监测系统数据异常时，值班人员须在10分钟内报告安环部。
三、四季度组织一次井下透水事故应急演练。
分送：集团领导，各矿山、选厂。
西山锡业集团安环部
2025年10月10日
""",
    ),
    dict(
        slug="oa-qinglong-datacentre-report-html",
        site="青垄云数据中心内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://intra.qinglongyun.example.local/portal/notice/2024-ann-7",
        title="数据中心运维部2024年度述职报告",
        record_title=None,
        date="2025-01-06",
        notes="intranet portal HTML; no record title; the title in an h2; approval box and read count; an inline 温馨提示 box between paragraphs; PUE table",
        page="""
<html><head><meta charset="utf-8"><title>企业门户 - 通知公告</title></head><body>
<div class="bar">⟦m 青垄云数据中心 企业门户⟧ ⟦a 您好，访客｜退出登录⟧</div>
<div class="menu">⟦m 工作台　通知公告　制度文件　流程中心　通讯录⟧</div>
<h2>⟦t 数据中心运维部2024年度述职报告⟧</h2>
<div class="meta">⟦m 发布人：运维部 谢海峰　阅读 213⟧</div>
<div class="content">
{BODY}
</div>
<div class="approval">⟦m 审批状态：已归档　归档人：综合办⟧</div>
<div class="foot">⟦d 内部资料 请勿外传⟧</div>
</body></html>
""",
        body="""
2024年，运维部在公司党委的领导下，围绕安全稳定运行和节能降耗两个重点，较好地完成了年度目标。
一、运行保障。全年机房可用率达到99.995%，未发生影响客户业务的重大故障。
二、节能降耗。完成二号楼冷却系统改造，全年平均电能利用效率明显下降。
楼号　2023年PUE　2024年PUE
一号楼　1.41　1.36
二号楼　1.48　1.31
⟦d 温馨提示：本文含内部运行数据，仅限公司员工阅读⟧
三、存在不足。部分老旧配电设备接近使用年限，备件储备不足。
2025年，我们将完成一号楼配电改造，并推进运维自动化平台建设。
运维部
2025年1月6日
""",
    ),
    dict(
        slug="qa-yaocai-eucommia-answer",
        site="药材问问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.yaocaiww.example.com/q/217705.html",
        title="杜仲树种了几年可以剥皮？怎么剥才不伤树？",
        record_title="杜仲树种了几年可以剥皮？怎么剥才不伤树？_药材问问",
        date=None,
        notes="Q&A: answerer card, 回答于 relative time (no date), 采纳 label, a not-advice notice, 其他回答 list; the answer mentions 下载 a guide (kept)",
        page="""
!m 药材问问 — 种植户自己的问答社区
{T}
!m 提问者：坡上种药人　　2个回答　　浏览 1806
!m 最佳回答　　回答者：老杜说药（种植技术员）　　回答于 2天前
{BODY}
!a 有用(33)　没用(1)　追问
!d 以上内容为用户经验分享，仅供参考，具体操作请咨询当地林业技术人员
!l 其他回答（1）
!l 杜仲一般要十年以上，别急着剥。
!l 相关问题：杜仲苗怎么选？　杜仲叶能卖钱吗？
""",
        body="""
杜仲一般种植10年以后、胸径达到15厘米以上才适合剥皮，年头越长，皮越厚，质量越好。
剥皮时间以5月至7月为宜，这时树液流动旺盛，剥皮后容易再生新皮。
推荐用环状剥皮法：在树干上部和下部各横割一刀，再纵割一刀，深度以不伤到木质部为准，然后轻轻把树皮剥下。
剥皮后千万不要用手摸剥面，也不要让太阳直晒，可以用塑料薄膜包裹，二十天左右就能长出新皮。
县林业局网站上有《杜仲环剥技术规程》，可以下载下来对照操作。
""",
    ),
    dict(
        slug="qa-wenshan-gastrodia-html",
        site="问山网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://ask.wenshan.example.cn/question/88120743",
        title="天麻林下仿野生种植需要办什么手续？",
        record_title=None,
        date=None,
        notes="HTML Q&A; no record title; answer with a numbered list; vote bar; 登录后查看更多回答; related questions; ad label",
        page="""
<html><head><meta charset="utf-8"><title>天麻林下仿野生种植需要办什么手续？ - 问山网</title></head><body>
<header>⟦m 问山网⟧ ⟦a 提问⟧ ⟦a 登录⟧</header>
<div class="q"><h1>⟦t 天麻林下仿野生种植需要办什么手续？⟧</h1>
<p class="qd">⟦m 关注者 41　被浏览 9,302⟧</p></div>
<div class="ans"><div class="author">⟦m 椋山林农　林下经济从业者⟧</div>
{BODY}
<div class="vote">⟦l ▲ 赞同 126　▼　💬 18 条评论　分享　收藏　喜欢⟧</div></div>
<div class="more">⟦a 登录后查看全部 7 个回答⟧</div>
<div class="ad">⟦a 广告 · 天麻种子、蜜环菌菌材批发，包技术指导⟧</div>
<aside>⟦l 相关问题⟧ ⟦l 林下种植天麻一亩收益多少？⟧ ⟦l 蜜环菌怎么培养？⟧</aside>
</body></html>
""",
        body="""
我自己在集体林里种了三年天麻，说说办手续的经验。
1. 先跟林地所有者签订林地流转或承包合同，集体林要经过村民代表大会同意。
2. 到乡镇林业站备案，说明种植面积、地块位置，林下种植不得砍伐林木、不得改变林地用途。
3. 如果要用地块里的树木做菌材，需要另外办理林木采伐许可。
4. 想申请林下经济补助的，留好合同、备案表和种植照片，到县林业局申报。
手续不复杂，关键是不能毁林。
""",
    ),
]
