"""holdout26, part A: a seismological bureau, a grain-reserve depot, an airport, a tobacco
monopoly bureau, a post office, a lottery centre and others on portals, news sites, 范文
sites, 文库 previews, a forum, a blog, a WeChat mirror and a sharing page. Everything
invented (places, people, sites, URLs, chrome wording); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-quechuan-earthquake-drill-notice-html",
        site="鹊川县地震局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://dzj.quechuan.example.gov.cn/tzgg/2025/0508/1204.html",
        title="关于开展2025年防震减灾宣传周活动的通知",
        record_title="关于开展2025年防震减灾宣传周活动的通知_通知公告_鹊川县地震局",
        date="2025-05-08",
        notes="modern portal: nav, 索引 table, a seismic-intensity widget in the sidebar, the bureau's own 联系人/电话 beside the footer's 值守电话; glued 【关闭窗口】 after the signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年防震减灾宣传周活动的通知_通知公告_鹊川县地震局</title>
<script>var _siteid='qcdzj';</script></head><body>
<div class="top">⟦m 鹊川县地震局　震情速递 · 科学防震⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 机构概况⟧</li><li>⟦l 震情信息⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 科普园地⟧</li></ul>
<div class="loc">⟦m 您现在所处：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索　引：QC-DZJ-2025-00417⟧</td><td>⟦m 主题分类：防灾减灾⟧</td></tr><tr><td>⟦m 发文机构：鹊川县地震局⟧</td><td>⟦m 公开形式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<div class="info">⟦m 稿件时间：2025-05-08 09:12　点击：⟧<span id="hits">⟦m 317⟧</span></div>
<div class="article">
{BODY}
</div>
<div class="side"><h3>⟦l 近期震情⟧</h3><ul><li>⟦l 05-06 蒿山县M2.1⟧</li><li>⟦l 04-29 苓川市M1.8⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：鹊川县地震局　24小时震情值守：0739-5520119⟧</p><p>⟦m 湘ICP备2021008843号-2⟧</p><p>⟦d 本网文字图片未经书面同意不得转用⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
今年5月12日是我国第17个全国防灾减灾日，5月6日至12日为防灾减灾宣传周。经研究，决定在全县开展防震减灾宣传周活动，现将有关事项通知如下。
一、活动主题
人人讲安全、个个会应急——着力提升基层防灾避险能力。
二、活动内容
（一）各乡镇要组织一次地震应急疏散演练，学校、医院、大型商场必须参加。
（二）县地震局将在县城滨河广场设立咨询台，现场讲解家庭应急包的配置方法。
（三）各单位可登录县地震局网站下载宣传挂图，自行打印张贴。
三、工作要求
请各单位于5月15日前将活动总结报县地震局。联系人：邝明远，电话：0739-5521406，邮箱：qcdzjfzk@example.cn。
鹊川县地震局
2025年5月8日⟦a 【关闭窗口】⟧
""",
    ),
    dict(
        slug="gov-shanping-grain-depot-summary-text",
        site="杉坪县粮食和物资储备局 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://lsj.shanping.example.gov.cn/gzzj/2025/0106/77.html",
        title="杉坪县中心粮库2024年工作总结",
        record_title=None,
        date="2025-01-06",
        notes="no record title (the page's title line); a 'listen to this' action, a view counter glued to the source line; a storage table one row a paragraph; a 'next / previous' pair; a 政务服务 hotline footer",
        page="""
!m 杉坪县粮食和物资储备局 ｜ 储粮安全 人人有责
!m 当前：网站首页 / 工作动态 / 年度总结
{T}
!m 来源：县中心粮库　更新：2025年01月06日　浏览量 1,208
!a 🔊 朗读本文　｜　A+ A-
{BODY}
!l 下一条：县粮食局召开冬季安全生产会议
!l 上一条：全县秋粮收购进度通报（第6期）
!m 政务服务便民热线：12345　技术维护：杉坪县大数据中心
""",
        body="""
2024年，县中心粮库在县粮食和物资储备局的正确领导下，紧紧围绕储粮安全和安全生产两条主线，圆满完成了年度各项目标任务。
一、储粮管理情况
全年入库最低收购价稻谷一万二千吨，地方储备粮轮换八千吨，库存粮食宜存率保持在百分之百。
仓号　品种　数量（吨）　储存年限
1号仓　早籼稻　3200　2023年产
4号仓　中晚籼稻　4100　2024年产
7号仓　小麦　2600　2023年产
二、安全生产情况
全年开展安全检查二十四次，整改隐患十七处，实现了全年无安全事故的目标。
三、存在的问题
部分仓房建于上世纪八十年代，气密性较差，智能粮情测控系统尚未全覆盖。
2025年，我们将继续抓好仓储设施改造，确保储备粮数量真实、质量良好、储存安全。
杉坪县中心粮库
2025年1月6日
""",
    ),
    dict(
        slug="news-luowan-airport-route-html",
        site="萝湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.luowannews.example.com/jj/2025-03/28/c_55012.html",
        title="萝湾机场开通至乌鲁木齐直飞航线",
        record_title="萝湾机场开通至乌鲁木齐直飞航线 - 萝湾新闻网",
        date="2025-03-28",
        notes="news portal: a channel bar, byline 发布时间 as the page's date, a photo caption between paragraphs, an editor line glued after the last paragraph, a 24-hour rank list",
        page="""
<html><head><meta charset="utf-8"><title>萝湾机场开通至乌鲁木齐直飞航线 - 萝湾新闻网</title></head><body>
<header><div class="logo">⟦m 萝湾新闻网 · 萝湾人自己的新闻门户⟧</div>
<nav>⟦l 时政　经济　社会　文旅　视频　专题⟧</nav></header>
<div class="crumb">⟦m 首页 » 经济 » 正文⟧</div>
<h1>{T}</h1>
<p class="by">⟦m 发布时间：2025-03-28 16:40　来源：萝湾日报　记者 卓一帆 通讯员 詹思⟧</p>
<div class="font">⟦a 字号：T T T⟧</div>
<div id="text">
{BODY}
</div>
<div class="rank"><h3>⟦l 24小时点击排行⟧</h3><ol><li>⟦l 萝湾高铁北站改造方案公示⟧</li><li>⟦l 春季招聘会下周六举行⟧</li><li>⟦l 萝湾湿地迎来首批白鹭⟧</li></ol></div>
<footer>⟦d 萝湾新闻网版权所有，未经授权禁止复制或建立镜像⟧<br>⟦m 互联网新闻信息服务许可证：46120250031⟧</footer>
</body></html>
""",
        body="""
3月27日上午10时20分，一架载有一百六十余名旅客的客机从萝湾机场起飞，直飞乌鲁木齐，标志着萝湾机场至乌鲁木齐直飞航线正式开通。
该航线每周二、四、六各执飞一班，单程飞行时间约四小时四十分钟，比此前经停中转节省近三个小时。
⟦m 图为首航航班在萝湾机场接受“过水门”礼遇。（记者 卓一帆 摄）⟧
萝湾机场有关负责人介绍，今年以来机场已新开和加密航线五条，通航城市达到二十三个。
下一步，机场将加强与航空公司的合作，力争年内旅客吞吐量突破一百二十万人次。⟦m （责编：费雅琴）⟧
""",
    ),
    dict(
        slug="news-xiaoxi-post-office-text-title-twice",
        site="筱溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.xiaoxirm.example.cn/article/889120",
        title="筱溪邮政“邮路+电商”助农产品出山",
        record_title="筱溪邮政“邮路+电商”助农产品出山",
        record_date="2025-10-17",
        date="2025-10-17",
        notes="a county media app page: the title twice (once with a column tag), an 'open in app' bar between paragraphs, a relative time line (not a date: the record gives the date), a comment box with likes",
        page="""
!a 打开筱溪融媒APP，看更多本地新闻
!t 【乡村振兴】筱溪邮政“邮路+电商”助农产品出山
{T}
!m 筱溪融媒　2小时前　阅读 4.3万
{BODY}
!l 网友评论（12）
!l 溪边人家：我家的笋干就是邮政帮忙卖出去的，点赞！　👍 36
!l 查看全部评论 ＞
""",
        body="""
今年以来，筱溪县邮政分公司依托覆盖全县的农村邮路，打造“邮路+电商”助农服务模式，帮助山区农产品走出大山。
县邮政分公司在全县十四个乡镇设立了邮乐购服务站，农户可以把笋干、茶油、土蜂蜜送到服务站，由邮政统一包装、统一寄递。
⟦a 下载APP，领取本地助农优惠券⟧
截至9月底，全县通过邮政渠道寄递农产品四十二万件，带动农户增收一千三百余万元。
""",
    ),
    dict(
        slug="fanwen-qiongwen-speech-tobacco-monopoly",
        site="琼文范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.qiongwen.example.com/jianghua/20250214_3371.html",
        title="在全县烟草专卖市场监管工作会议上的讲话",
        record_title="在全县烟草专卖市场监管工作会议上的讲话（精选）_琼文范文网",
        date="2025-02-14",
        notes="范文 site: decorated title, a speaker line and a date under the title (neutral, the date taken), a writing-service prompt glued after a sentence, a copy-lock line between paragraphs, a 'more speeches' list",
        page="""
!m 琼文范文网 — 好范文，一搜就有
!m 位置：首页 > 讲话稿 > 会议讲话
!t 在全县烟草专卖市场监管工作会议上的讲话（精选）
!m 更新时间：2026-01-03　本文已被复制 592 次
县烟草专卖局局长　岑国梁
（2025年2月14日）
{BODY}
!a 全文已加载完毕，点击右上角“一键复制”即可使用
!l 看完这篇，很多人还看了：
!l 在烟草系统党风廉政建设会议上的讲话
!l 专卖稽查年度工作总结（3篇）
""",
        body="""
同志们：
今天召开全县烟草专卖市场监管工作会议，主要任务是总结去年工作，部署今年任务。
去年以来，全县专卖执法人员共检查零售户一万一千户次，查处涉烟违法案件八十七起，市场净化率保持在较高水平。⟦w 本文由琼文网原创，需要定制同类材料请咨询在线编辑⟧
⟦a 复制受限：登录后可复制全文⟧
今年，我们要重点抓好三项工作。一是持续开展打击假冒卷烟专项行动，二是规范零售许可证管理，三是加强执法队伍作风建设。
同志们，专卖监管责任重大，希望大家振奋精神、真抓实干，为全县烟草事业高质量发展作出新的贡献。
""",
    ),
    dict(
        slug="fanwen-mushu-plan-lottery-html-oldtable",
        site="木书公文网 (invented)",
        style="范文站",
        genre="工作方案",
        kind="plan",
        form="html",
        source="http://www.mushugw.example.net/fangan/1288.asp",
        title="福利彩票销售站点规范化建设工作方案",
        record_title="福利彩票销售站点规范化建设工作方案【通用】",
        date=None,
        notes="old gb2312 ASP table layout: a marquee, a visitor counter, a 【字体：大 中 小】 row in new words, a hot list in a side cell, a template placeholder ××××年××月 (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>福利彩票销售站点规范化建设工作方案【通用】-木书公文网</title></head>
<body><table width="960" align="center"><tr><td colspan="2">⟦m 木书公文网　www.mushugw.example.net⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 欢迎光临木书公文网，本站所有范文均可免费浏览！⟧</marquee></td></tr>
<tr><td width="700">
<div class="t">{T}</div>
<div>⟦a 【文字：放大 默认 缩小】⟧　⟦a 【加入收藏】⟧</div>
{BODY}
<div>⟦l 上篇：彩票市场年度宣传工作方案⟧</div><div>⟦l 下篇：福彩公益金使用管理办法⟧</div>
</td><td width="260"><b>⟦l 本周热门⟧</b><br>⟦l ·销售员服务规范考核细则⟧<br>⟦l ·站点形象提升自查报告⟧</td></tr>
<tr><td colspan="2">⟦m 您是第 0048213 位访客⟧　⟦d 声明：站内文章均来自会员投稿，如有侵权请来信删除⟧</td></tr></table></body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
为进一步提升福利彩票销售站点形象，规范站点经营行为，结合本地实际，制定本方案。
一、工作目标
用一年左右时间，实现全市销售站点门头标识统一、设施配置统一、服务标准统一。
二、主要任务
1．统一门头标识。站点门头、招牌、公益宣传栏一律按省中心下发的样式制作。
2．规范站内设施。站内须张贴公益金使用公示和“不向未成年人售票”提示牌。
3．加强人员培训。销售员每年参加培训不少于两次，考核合格后方可上岗。
三、时间安排
××××年××月至××月为自查阶段，××月为验收阶段。
××市福利彩票发行中心
××××年××月××日
""",
    ),
    dict(
        slug="wenku-qianyu-report-fruit-institute-markers",
        site="千语文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.qianyu.example.com/view/a8f03c11.html",
        title="关于全县柑橘产业发展情况的调研报告",
        record_title="关于全县柑橘产业发展情况的调研报告.docx",
        date="2025-06-20",
        notes="文库 preview: file-name title, ⦍N⦎ page markers on lines of their own cutting sentences, a preview-end prompt, a page-count line; date under the signature in Chinese numerals",
        pages=dict(fmt="⦍{n}⦎", every=120, start=2),
        page="""
!m 千语文库　>　农林牧渔　>　果树栽培
!t 关于全县柑橘产业发展情况的调研报告.docx
!m 共5页　3.2千字　贡献者：果研小刘
{BODY}
!a 试看已到尾页，继续阅读需消耗2个下载券
!a 立即下载　｜　加入文件夹
!d 本文档为用户分享，千语文库仅提供信息存储空间服务
""",
        body="""
为摸清全县柑橘产业发展现状，县果树研究所于5月组成调研组，深入六个主产乡镇开展专题调研。
一、基本情况
全县柑橘种植面积十二万亩，年产量十八万吨，从业农户二万三千户，柑橘已成为山区群众增收的主导产业。
二、主要问题
一是品种结构老化，早熟品种占比不足百分之十五；二是采后处理能力弱，商品化处理率仅为百分之三十；三是黄龙病防控形势依然严峻。
三、对策建议
建议县里设立柑橘产业发展专项资金，重点支持品种改良、冷链仓储和病虫害统防统治。
芎岭县果树研究所
二〇二五年六月二十日
""",
    ),
    dict(
        slug="wenku-yunbo-speech-airport-html-pages",
        site="云帛文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.yunbowk.example.com/p-77410552.html",
        title="在机场安全生产月启动仪式上的讲话",
        record_title=None,
        date="2025-06-03",
        notes="文库 reader page: no record title, title from the h1; 〘N〙 page markers as HTML paragraphs cutting sentences; VIP prompt, a toolbar, a related list; date under the speech title",
        pages=dict(fmt="〘{n}〙", every=110, start=2),
        page="""
<html><head><meta charset="utf-8"><title>在机场安全生产月启动仪式上的讲话 - 云帛文库</title></head><body>
<div class="bar">⟦a 下载文档　收藏　分享　举报⟧</div>
<div class="doc-head"><h1>{T}</h1><span>⟦m 4页　上传于 2025-06-09　浏览 2341⟧</span></div>
<div class="reader">
<p>萝湾机场公司总经理　訾宏亮</p>
<p>（2025年6月3日）</p>
{BODY}
</div>
<div class="vip">⟦a 开通云帛VIP，全站文档免费下载 ￥9.9/月⟧</div>
<div class="rel"><h4>⟦l 相似文档⟧</h4><ul><li>⟦l 民航安全生产月活动总结⟧</li><li>⟦l 航站楼消防演练脚本⟧</li></ul></div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里隆重举行机场2025年安全生产月启动仪式。今年安全生产月的主题是人人讲安全、个个会应急，这与民航安全工作的要求高度契合。
机场安全无小事。过去一年，全场未发生航空器地面事故和重大安全隐患，保障航班起降一万三千架次。
这一成绩来之不易，是全体员工一丝不苟、严守规章的结果。
安全生产月期间，各部门要对照隐患清单逐项排查，跑道、机坪、航站楼要做到全覆盖、无死角。
让我们以更加严谨的作风、更加有力的措施，守住安全底线，确保机场运行平稳有序。
""",
    ),
    dict(
        slug="forum-xingkong-astronomy-club-pledge-junk",
        site="星空观测论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://bbs.xingkongclub.example.com/thread-20931-1-1.html",
        title="保护夜空、减少光污染倡议书",
        record_title="[转贴] 保护夜空、减少光污染倡议书 - 观测交流 - 星空观测论坛",
        date="2025-04-18",
        date_also=["2025-04-20"],
        notes="an amateur astronomers' forum reposting a club's pledge; junk lines and glued junk; a 发表于 line whose date differs from the pledge's (pledge date expected, post date also accepted); a sig line",
        junk=dict(lines=1, glued=2),
        page="""
!m 星空观测论坛 › 观测交流 › 查看帖子
!t [转贴] 保护夜空、减少光污染倡议书
!m 楼主：猎户座β　发表于 2025-4-20 21:07　只看该作者
{BODY}
!m 本帖最后由 猎户座β 于 2025-4-20 21:15 编辑
!l 回复　支持(18)　反对(0)　收藏
!m 签名：晴夜难得，且看且珍惜
""",
        body="""
天文爱好者朋友们：
璀璨的星空是大自然赐予人类的珍贵礼物，然而随着城市夜间照明越来越亮，能看到银河的地方越来越少。
为此，萱州市天文爱好者协会向全体会员和广大市民发出如下倡议：
一、夜间非必要不开启大功率景观照明，户外灯具尽量加装遮光罩。
二、积极参与每年3月的“熄灯一小时”活动。
三、到暗夜保护地观星时，使用红光手电，不乱扔垃圾。
让我们从自己做起，还夜空一片深邃与宁静。
萱州市天文爱好者协会
2025年4月18日
""",
    ),
    dict(
        slug="blog-zhuoren-woodworker-insight",
        site="拙人木作的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.mujiang.example.cn/zhuoren/article/3301",
        title="参加非遗木作技艺研修班的心得体会",
        record_title="参加非遗木作技艺研修班的心得体会 | 拙人木作",
        date="2025-08-30",
        notes="a woodworker's blog: [发布于…] bracket time line (the page's date), a category row, tags, a 'like/reward' row glued after the last paragraph, an archive sidebar",
        page="""
!m 拙人木作 —— 一刀一凿皆是修行
!l 首页 | 随笔 | 作品 | 工具 | 关于我
{T}
!m [发布于 2025-08-30 22:14]　分类：随笔　阅读(216)
{BODY}
!l 标签：研修班 / 榫卯 / 非遗
!l 文章归档：2025年8月(3)　2025年7月(5)　2025年6月(2)
!d 原创文字，转载请留言告知并注明出处
""",
        body="""
八月中旬，我有幸参加了省里举办的非遗木作技艺研修班，十五天的学习让我收获满满。
研修班请来了三位老匠人，从选料、画线讲到榫卯结构，一招一式毫无保留。
最触动我的是老师傅说的一句话：“木头有脾气，你得顺着它。”这句话我会记一辈子。
回到作坊后，我打算把学到的燕尾榫做法整理成图纸，带着徒弟们一起练。⟦a 点赞　打赏　⟧
""",
    ),
    dict(
        slug="wechat-hutang-post-lottery-volunteer",
        site="虎塘发布 (公众号镜像, invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.mirrorhub.example.com/s/hutangfabu/2025052601",
        title="关于招募全民健身志愿服务队员的公告",
        record_title="关于招募全民健身志愿服务队员的公告",
        date="2025-05-26",
        notes="WeChat mirror: account line with a date (page's date), 'click the blue words to follow' at the top, a sign-up table, a sentence of the notice telling readers to scan a code (kept), 'read the original / looking' row and a mirror disclaimer",
        page="""
!a 点击上方蓝字「虎塘发布」关注我们
{T}
!m 虎塘发布　2025-05-26 18:30　发表于萱州
{BODY}
!l 阅读原文　　在看 23　　赞 41
!d 本页面为公众号文章镜像，内容版权归原作者所有
""",
        body="""
为推动全民健身活动深入开展，虎塘镇文化体育服务中心面向社会招募全民健身志愿服务队员。
一、招募对象
热爱体育事业、身体健康、年满十八周岁的辖区居民，有太极拳、广场舞、健身气功特长者优先。
二、招募岗位
岗位　人数　服务时间
健身指导员　10　每周六上午
赛事服务员　15　赛事期间
器材巡查员　6　每月一次
三、报名方式
有意者请扫描文末二维码填写报名表，或到镇文化体育服务中心现场报名。联系电话：0736-8851270。
虎塘镇文化体育服务中心
2025年5月26日
""",
    ),
    dict(
        slug="docshare-fenxiang-minutes-power-supply",
        site="分享吧资料站 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.fenxiangba.example.com/doc/5527810.html",
        title="蕤阳供电所安全生产例会纪要",
        record_title="蕤阳供电所安全生产例会纪要",
        record_date="2025-07-04",
        date="2025-07-04",
        notes="sharing page: record title and date; minutes' 时间/地点/主持/参会/记录 lines kept; an uploader line with an upload stamp; a '文档贡献者' box; a points prompt",
        page="""
!m 分享吧资料站 · 好资料大家分享
{T}
!m 上传者：电力小学徒　上传时间：2025-07-09　积分：3
{BODY}
!a 下载本文档需要 3 积分，分享资料可赚积分
!l 文档贡献者其他作品：配网抢修流程图 ｜ 低压台区线损分析
!d 若本文侵犯了您的权益，请通过页面底部“投诉”按钮联系我们
""",
        body="""
时间：2025年7月4日上午8时30分
地点：蕤阳供电所二楼会议室
主持：所长 阙志平
参会：所班子成员、各班组长、安全员
记录：冼小娟
会议通报了6月份安全生产情况，全月完成配网抢修四十六次，未发生人身和设备事故。
会议要求：
1．迎峰度夏期间，各班组要每日巡视重载台区，发现温度异常立即上报。
2．外包施工队伍进场前必须开展安全交底，未交底的不得开工。
3．雷雨天气严禁登杆作业。
蕤阳供电所
2025年7月4日
""",
    ),
]
