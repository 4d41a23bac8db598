"""holdout128, part A: written blind (README, build.py, dev sources, issue 13 only).
All sites, counties, people, numbers and URLs are invented."""

CASES = [
    dict(
        slug="fanwen-jiuxian-rat-control-plan",
        site="久贤范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.jiuxianfw.example.com/fangan/aiwei/20250317/6621.html",
        title="钤川街道2025年春季集中灭鼠工作方案",
        record_title="钤川街道2025年春季集中灭鼠工作方案（精编可直接套用）",
        date="2025-03-14",
        notes="decorated record title; signature date; writing-service prompt glued after a sentence; a 'copy disabled' action between paragraphs; the document's own 联系电话 kept",
        page="""
!m 久贤范文网 — 写材料，先来久贤
!m 您的位置：首页 > 实施方案 > 爱国卫生 > 正文
{T}
!m 时间：2025-03-17 10:42　热度：1288℃　小编：阿禾
{BODY}
!a 【一键复制全文】　【导出Word】　【加入收藏夹】
!l 看过本文的人还看了：
!l 社区病媒生物防制工作总结范文
!l 爱国卫生月活动简报三篇
!d 本站内容来自会员投稿，如有侵权请来函说明，我们将在三个工作日内处理。
""",
        body="""
为有效降低鼠密度，预防鼠传疾病发生，根据区爱卫会统一部署，结合街道实际，制定本方案。
一、时间安排
集中灭鼠活动自3月20日开始，至4月10日结束，分宣传发动、集中投药、检查验收三个阶段进行。⟦w 本站代写各类方案，微信搜索：jiuxian_xie⟧
二、重点区域
重点是农贸市场、餐饮店、老旧小区、建筑工地、河道沿线和垃圾中转点。
⟦a 提示：本页禁止右键复制，请登录后使用导出功能⟧
三、工作要求
各社区要统一采购合格灭鼠药物，毒饵站须张贴警示标识，严禁使用国家禁用的急性鼠药。
投药期间要告知居民看管好儿童和家禽家畜，发现误食立即送医。
联系人：街道爱卫办 邵可新，联系电话：0739-5528107。
钤川街道爱国卫生运动委员会
2025年3月14日
""",
    ),
    dict(
        slug="fanwen-qiuyu-recuperation-summary-old-table",
        site="秋语文秘网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.qiuyuwm.example.net/zongjie/gonghui/2024/1209/3317.asp",
        title="区总工会2024年职工疗休养工作总结",
        record_title="区总工会2024年职工疗休养工作总结_工会工作总结_秋语文秘网",
        date="2024-12-06",
        notes="old gb2312-style table layout with a font-size row, a visitor counter and a floating consult box; a data table kept as paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>区总工会2024年职工疗休养工作总结_工会工作总结_秋语文秘网</title>
<script>var hits=0;</script></head><body>
<table width="960" border="0" align="center"><tr><td class="logo">⟦m 秋语文秘网 www.qiuyuwm.example.net⟧</td><td align="right">⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td class="nav">⟦m 首页 | 工作总结 | 工作计划 | 讲话致辞 | 心得体会 | 公文写作⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 当前位置：秋语文秘网 &gt;&gt; 工作总结 &gt;&gt; 工会工作总结⟧</div>
<h2 align="center">⟦t 区总工会2024年职工疗休养工作总结⟧</h2>
<div align="center">⟦m 作者：佚名　文章来源：会员投稿　点击数：2213　更新时间：2024-12-09⟧</div>
<div align="center">⟦a 【字体：大 中 小】⟧</div>
<div class="content">
{BODY}
</div>
<div>⟦l 上一篇文章：工会经审工作总结范文⟧</div>
<div>⟦l 下一篇文章：职工书屋建设情况汇报⟧</div>
</td><td width="250" valign="top">
<div class="box"><b>⟦l 热门文章⟧</b><br>⟦l ·工会主席年度述职报告⟧<br>⟦l ·困难职工帮扶工作总结⟧</div>
<div class="float">⟦w 在线咨询 QQ：3301855621⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站部分文章来源于网络，版权归原作者所有⟧<br>⟦m 您是本站第 0088213 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，区总工会把职工疗休养作为服务职工的一项实事来抓，全年共组织一线职工、劳动模范和技术骨干疗休养12批次。
一、基本情况
全年疗休养情况如下：
类别　批次　人数
劳动模范　3　96
一线职工　7　318
技术骨干　2　64
二、主要做法
一是严格对象条件，优先安排一线和艰苦岗位职工；二是规范线路管理，坚持以休养为主，不安排与疗休养无关的活动。
三、存在问题
部分基层工会申报不够及时，个别批次人数未达计划。
2025年，我们将进一步优化线路，扩大一线职工覆盖面。
荇湾区总工会
2024年12月6日
""",
    ),
    dict(
        slug="wenku-shanrong-iron-mine-report-pages",
        site="善容文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://wenku.shanrong.example.com/view/9f3a21c77be04d10.html",
        title="铁矿安全生产副矿长2024年度述职报告",
        record_title="铁矿安全生产副矿长2024年度述职报告.docx",
        date=None,
        notes="file-name record title; page markers ⁅n⁆ cut paragraphs; preview-end and VIP prompts; no date (only the year in the title); upload time is no date",
        pages=dict(fmt="⁅{n}⁆", every=150, start=2),
        page="""
!m 善容文库 | 专业文档共享平台
{T}
!m 上传者：oreman_07　上传时间：3天前　页数：4页　浏览：512
!a 下载此文档（需3个文库点）
{BODY}
!a —— 预览已到尾页，余下内容请开通文库会员后阅读 ——
!a 立即下载　收藏　举报
!l 相关文档：
!l 矿山安全生产标准化自评报告
!l 井下作业人员安全培训计划
!d 文档由用户自行上传，平台仅提供存储与展示，如内容违规请联系客服处理。
""",
        body="""
各位领导、同志们：
2024年，我分管矿山安全生产工作，在矿党委和矿长的领导下，坚持安全第一、预防为主，全年未发生一般及以上生产安全事故。
一、履职情况
一是健全责任体系，层层签订安全生产责任书，把责任落实到班组和岗位；二是强化隐患排查，全年组织专项检查46次，整改隐患213项。
二、井下管理
严格执行入井登记和带班下井制度，对采空区、提升系统、通风系统实行专人监测，雨季前完成井下排水能力测试。
三、存在不足
安全培训形式较为单一，部分新进员工安全意识仍有欠缺，应急演练的实战性有待提升。
今后，我将继续抓好隐患治理和教育培训，努力实现全年安全生产目标。
述职人：田宏岳
""",
    ),
    dict(
        slug="wenku-lanxu-samaritan-speech-wrapped-pages",
        site="蓝序文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.lanxuwenku.example.cn/p-55620193.html",
        title="在全县见义勇为先进事迹表彰大会上的讲话",
        record_title=None,
        date="2025-01-22",
        notes="no record title; title and a date line under it; wrapped at 60 columns; glued page markers 〖第n张〗; speaker line neutral",
        wrap=60,
        indent="　　",
        pages=dict(fmt="〖第{n}张〗", every=140, start=2, glue="mix"),
        page="""
!m 蓝序文库　lanxuwenku.example.cn
!a 免费预览前3页，完整版请下载
在全县见义勇为先进事迹表彰大会上的讲话
（2025年1月22日）
县委常委、政法委书记　乔立衡
{BODY}
!a 该文档预览已结束，下载即可获得完整版（含2个附件模板）
!l 同类推荐：见义勇为基金会年度工作报告｜表彰决定范文
""",
        body="""
同志们：
今天，我们在这里隆重召开大会，表彰一批见义勇为先进个人和群体，弘扬社会正气，激励全县干部群众崇德向善。
受表彰的同志中，有跳入冰冷河水救起落水儿童的村民，有只身制止持刀伤人的外卖骑手，也有在火灾现场疏散群众的退休教师。
他们在危急关头挺身而出，用实际行动诠释了平凡中的伟大。
各级各部门要落实见义勇为人员的奖励和保障政策，做到该奖的及时奖、该助的及时助，决不让英雄流血又流泪。
县见义勇为基金会要拓宽募集渠道，规范资金管理，确保每一笔资金用在刀刃上。
让我们向受表彰的同志学习，共同营造人人崇尚见义勇为的良好氛围。
""",
    ),
    dict(
        slug="gov-fenggu-fall-armyworm-notice-html",
        site="枫谷县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://nyj.fenggu.example.gov.cn/tzgg/202505/t20250508_88214.html",
        title="关于做好草地贪夜蛾监测防控工作的通知",
        record_title="关于做好草地贪夜蛾监测防控工作的通知",
        date="2025-05-08",
        record_date="2025-05-08",
        notes="modern county portal with accessibility toolbar, an index table, font-size row; 文号 neutral; 附件 list and the station's own phone kept; 抄送 版记 kept",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好草地贪夜蛾监测防控工作的通知-枫谷县农业农村局</title>
<script src="/js/aria.js"></script><style>.x{display:none}</style></head>
<body>
<div class="topbar">⟦a 无障碍浏览　长者模式　繁體⟧　⟦a 登录　注册⟧</div>
<header><div class="logo">⟦m 枫谷县农业农村局 · 政务公开⟧</div>
<nav>⟦m 首页　机构概况　政务公开　政策解读　互动交流⟧</nav></header>
<div class="crumb">⟦m 首页 » 政务公开 » 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索 引 号：11430926M7C-2025-00381⟧</td><td>⟦m 发布机构：枫谷县农业农村局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-05-08⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>⟦t 关于做好草地贪夜蛾监测防控工作的通知⟧</h1>
<div class="doc-no">枫农发〔2025〕19号</div>
<div class="fontsize">⟦a 字号：[ 大 中 小 ]　打印本页　关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<aside><h3>⟦l 最新公开⟧</h3><ul><li>⟦l 枫谷县2025年耕地地力保护补贴发放公示⟧</li><li>⟦l 关于开展春季农资打假专项行动的通知⟧</li></ul></aside>
<footer><p>⟦m 主办：枫谷县人民政府办公室　承办：枫谷县农业农村局⟧</p><p>⟦m 网站标识码 4309260011　湘ICP备14003927号-2⟧</p><p>⟦d 本网站所刊内容未经授权不得转载⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县农技推广中心、植保植检站：
当前我县玉米已进入苗期，草地贪夜蛾境外虫源将随季风持续迁入，防控形势严峻。现就做好监测防控工作通知如下。
一、加强监测预警
各乡镇要在玉米主产区设置性诱监测点，每个乡镇不少于2个，实行一周两查，发现虫情及时报告县植保植检站。
二、科学开展防治
坚持早发现、早防治，百株虫量超过10头的田块要及时组织统防统治，优先选用生物农药，减少化学农药使用。
三、落实工作责任
各乡镇要明确一名分管领导和一名联络员，于5月15日前将名单报县农业农村局。
联系人：县植保植检站 龚书宜，电话：0745-6623178。
附件：1.草地贪夜蛾监测点设置要求
2.草地贪夜蛾虫情周报表
枫谷县农业农村局
2025年5月8日
抄送：县人民政府办公室，县应急管理局。
枫谷县农业农村局办公室　2025年5月8日印发
""",
    ),
    dict(
        slug="gov-heyuan-gas-pipeline-protection-text",
        site="禾垣市住房和城乡建设局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://zjj.heyuan.example.gov.cn/xxgk/tzgg/202409/t20240926_3391.html",
        title="关于加强城镇燃气管道设施保护的通告",
        record_title="关于加强城镇燃气管道设施保护的通告_禾垣市住房和城乡建设局",
        date="2024-09-26",
        notes="site suffix in record title; 发布时间 byline equals 成文日期; 24小时抢修电话 of the document beside the site's 咨询电话 footer",
        page="""
!m 禾垣市住房和城乡建设局
!m 当前位置：首页 / 信息公开 / 通知公告
{T}
!m 发布时间：2024-09-26　信息来源：燃气管理科　浏览次数：1025
!a [ 打印 ] [ 关闭 ]
{BODY}
!l 上一条：禾垣市2024年第三季度建筑市场检查情况通报
!l 下一条：关于公布物业服务企业信用评价结果的公告
!m 网站咨询电话：0731-8827400（工作日 8:30-17:30）
!m 版权所有：禾垣市住房和城乡建设局　备案号：湘ICP备17008820号
""",
        body="""
近期，我市多次发生施工挖断燃气管道事故，严重威胁人民群众生命财产安全。为加强城镇燃气管道设施保护，现通告如下：
一、在燃气管道安全保护范围内，禁止建设占压地下燃气管线的建筑物、构筑物，禁止进行爆破、取土等作业。
二、在燃气设施保护范围内从事敷设管道、打桩、顶进、挖掘、钻探等可能影响燃气设施安全活动的，施工单位应当与燃气经营企业共同制定燃气设施保护方案。
三、任何单位和个人发现燃气泄漏或管道损坏，应立即拨打燃气企业24小时抢修电话0731-96677，并远离现场。
四、违反本通告规定的，由有关部门依法予以处罚；构成犯罪的，依法追究刑事责任。
特此通告。
禾垣市住房和城乡建设局
2024年9月26日
""",
    ),
    dict(
        slug="news-tanglin-river-cleaners-html-photo",
        site="棠林新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tanglinnews.example.com/content/2025-07/15/content_4410287.htm",
        title="棠林有支“河道保洁队”：一条船一根杆，守护十八公里清水",
        record_title=None,
        date="2025-07-15",
        notes="no record title; news page with photo captions and a reporter line between paragraphs, an editor line glued after the last paragraph; byline date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>棠林有支“河道保洁队”：一条船一根杆，守护十八公里清水_棠林新闻网</title></head>
<body>
<div id="hd"><span>⟦m 棠林新闻网｜棠林县融媒体中心主办⟧</span> <a>⟦a 客户端下载⟧</a> <a>⟦a 我要爆料⟧</a></div>
<ul class="menu"><li>⟦m 要闻⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li></ul>
<h1>⟦t 棠林有支“河道保洁队”：一条船一根杆，守护十八公里清水⟧</h1>
<p class="by">⟦m 2025-07-15 08:21　来源：棠林发布　记者 房晓禾 通讯员 岑一鸣⟧</p>
<div class="txt">
{BODY}
</div>
<div class="tags">⟦l 标签：河道保洁 生态 民生⟧</div>
<div class="rel"><h4>⟦l 延伸阅读⟧</h4><p>⟦l 我县完成汛前河道清障⟧</p><p>⟦l 城区三条内河水质持续向好⟧</p></div>
<div class="foot">⟦d 棠林新闻网版权所有，转载请注明出处⟧　⟦m 违法和不良信息举报电话：0745-12318⟧</div>
</body></html>
""",
        body="""
清晨五点半，棠溪镇码头边，保洁员伍长根已经把小船推下了水。
他所在的河道保洁队共有9名队员，负责棠溪干流十八公里河段的日常保洁，每天打捞水面漂浮物两次。
⟦m 图为保洁队员在棠溪干流打捞漂浮物。 房晓禾 摄⟧
“夏天水草长得快，一天不捞，河面就绿了。”伍长根说，他干这行已经七年，船上的竹竿换了十几根。
今年以来，县里为保洁队配备了2艘电动保洁船和一台水面垃圾收集装置，打捞效率提高了一倍多。
县河湖保护中心负责人介绍，下一步将在全县推广“保洁队+网格员”模式，实现河道保洁全覆盖。⟦m （责任编辑：苏蔓）⟧
""",
    ),
    dict(
        slug="news-jingping-art-troupe-village-tour-text",
        site="荆坪在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jingpingol.example.cn/wenhua/202503/12/art_6618.html",
        title="县文艺轻骑队“送戏下乡”走进36个村",
        record_title="县文艺轻骑队“送戏下乡”走进36个村",
        date="2025-03-12",
        record_date="2025-03-12",
        notes="text news page; title printed twice, once glued to the lead with a 【】 tag; share bar and comment box under the text",
        page="""
!m 荆坪在线 > 文化 > 正文
{T}
!m 2025年03月12日 09:05　　荆坪在线　　阅读 2.1万
{BODY}
!l 分享：朋友圈 | 微博 | 复制链接
!l 评论（3）　写评论…
!l 网友“坪上人家”：去年在我们村演的《赶集》太好笑了
!a 打开荆坪在线APP，阅读体验更佳
""",
        body="""
⟦t 【县文艺轻骑队“送戏下乡”走进36个村】⟧本报讯　3月以来，县文艺轻骑队带着新排的小戏、快板和歌舞节目，先后走进全县36个行政村，为群众送去文化大餐。
轻骑队由县文化馆、县剧团的12名演员组成，一辆流动舞台车就是他们的“剧场”，到村里半小时就能搭台开演。
今年的节目中，有讲述移风易俗的小品《一桌酒》，也有宣传防范养老诈骗的快板《莫上当》，都是演员们在村里采风后创作的。
县文化和旅游局表示，今年计划送戏下乡200场以上，做到每个行政村至少演出一场。
""",
    ),
    dict(
        slug="forum-maodi-pet-cemetery-pledge-junk",
        site="茂棣宠友论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.maodipet.example.com/thread-330917-1-1.html",
        title="文明安葬宠物倡议书",
        record_title="【转帖】文明安葬宠物倡议书（请大家互相转告）",
        date="2025-04-03",
        notes="forum thread with floor meta, anti-scraping junk lines and glued junk; the 倡议书's own 咨询电话 kept; signature date",
        junk=dict(lines=2, glued=2),
        page="""
!m 茂棣宠友论坛 › 宠物生活 › 毛孩子告别区
!m 查看: 2046 | 回复: 37
!t [转帖] 文明安葬宠物倡议书（请大家互相转告）
!m 小满的铲屎官　发表于 2025-4-5 21:14　只看该作者
!m 楼主
{BODY}
!m 本帖最后由 小满的铲屎官 于 2025-4-5 21:30 编辑
!l 回复　支持(12)　反对(0)　举报
!m 沙发　橘座大王　发表于 2025-4-5 22:01
!l 支持，我家狗狗去年就是在宠物殡葬馆火化的
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
广大养宠市民朋友们：
宠物是许多家庭的重要成员，陪伴我们度过了许多时光。宠物离世后，随意丢弃、私自掩埋的现象时有发生，既污染环境，也可能传播疫病。
为此，我们向全市养宠家庭发出如下倡议：
一、不随意丢弃宠物遗体，不在公园、绿地、河边等公共场所私自掩埋。
二、选择有资质的宠物无害化处理机构，规范处理宠物遗体。
三、因病死亡的宠物，主人应做好清洁消毒，并及时告知社区和兽医部门。
如需了解无害化处理点位置，可拨打市动物卫生监督所咨询电话0736-4412906。
茂棣市小动物保护协会
2025年4月3日
""",
    ),
    dict(
        slug="forum-xunhe-convenience-store-pact-html-junk",
        site="浔河生活网 (invented)",
        style="论坛",
        genre="公约",
        kind="other",
        form="html",
        source="https://www.xunhelife.example.com/forum.php?mod=viewthread&tid=77102",
        title="浔河城区便利店夜间经营安全公约",
        record_title="浔河城区便利店夜间经营安全公约 - 店主交流 - 浔河生活网",
        date="2025-02-18",
        notes="Discuz-like HTML with jammer fonts (junk), floor meta, signature box and a reply editor; numbered list kept",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>浔河城区便利店夜间经营安全公约 - 店主交流 - 浔河生活网</title></head><body>
<div id="toptb">⟦a 快捷导航　登录　立即注册　找回密码⟧</div>
<div id="pt">⟦m 浔河生活网 › 商户圈 › 店主交流 › 帖子⟧</div>
<div class="hm">⟦m 查看: 903　回复: 11⟧</div>
<table><tr><td class="pls">⟦m 老秦便利　发表于 2025-2-19 08:47⟧</td>
<td class="plc"><h1>⟦t 浔河城区便利店夜间经营安全公约⟧</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：老秦便利·二十四小时亮着的那盏灯⟧</div>
</td></tr></table>
<div class="pgs">⟦l 返回列表　发新帖　上一主题　下一主题⟧</div>
<div id="f_pst">⟦a 高级模式　发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦d 本站帖子仅代表作者观点，与浔河生活网立场无关⟧　⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        body="""
为保障夜间经营安全，经城区便利店店主协商，共同订立本公约，请各位店主自觉遵守。
1. 夜间22时后，店内至少保持两名店员在岗，收银台现金及时存入保险柜。
2. 门店监控须全天开启，录像保存不少于30天，并与辖区派出所联网报警。
3. 不向未成年人销售烟酒，对醉酒人员保持礼貌，避免发生冲突。
4. 遇到可疑情况，第一时间拨打110，并在店主群内提醒相邻门店。
城区便利店店主联谊会
2025年2月18日
""",
    ),
    dict(
        slug="blog-anqiao-anti-fraud-officer-insight",
        site="安桥警苑博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://blog.anqiaojy.example.com/u/shenxiao/article/20250611.html",
        title="做一名反诈宣传员的心得体会",
        record_title=None,
        date="2025-06-11",
        notes="blog without a record title; title found on the page; blog chrome (archive, tag cloud, visitor count); the text speaks of 扫码/下载 as content (keep); a date line 发表于",
        page="""
!m 沈骁的博客｜一个社区民警的日常
!m 首页　随笔　相册　留言板
做一名反诈宣传员的心得体会
!m 发表于 2025-06-11 22:40 ｜ 分类：警营随笔 ｜ 阅读(388) ｜ 评论(6)
{BODY}
!l 标签：反诈　社区警务　随笔
!l « 前一篇：社区夜巡的一个晚上 | 后一篇：写给辖区的老人们 »
!l 文章归档：2025年6月(4) 2025年5月(7)
!m 本博客已运行 2113 天 · 访客 46812
""",
        body="""
今年三月起，我被所里安排兼任社区反诈宣传员，三个月下来，走访了辖区所有的小区和商铺。
最大的体会是，宣传要说群众听得懂的话。给老人讲“冒充客服退款”，不如直接告诉他们：凡是让你扫码、让你下载会议软件、让你转账的，都先打个电话问问家里人。
第二个体会是，宣传要反复讲。有的老人第一次听完说记住了，第二次遇到类似电话还是差点上当。
第三个体会是，要借助身边人。我们在每个小区发展了几名“反诈信息员”，他们比民警更能走进邻居家里。
这三个月，辖区电信诈骗发案数比去年同期下降了四成，这是对我们最好的鼓励。
""",
    ),
]
