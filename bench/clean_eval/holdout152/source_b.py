"""holdout152, part B: 文库 previews, news portals, forums, blogs, WeChat mirrors, sharing. Invented text."""

CASES = [
    dict(
        slug="wenku-zhiyun-bentonite-report-markers",
        site="知云文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.zhiyun365.com/view/8a1f03c2e7.html",
        title="关于芗溪县膨润土产业发展情况的调研报告",
        record_title="关于芗溪县膨润土产业发展情况的调研报告.pdf",
        date="2024-10-16",
        notes="file-name title; page markers ⌈2⌉ cutting sentences, glued or not; preview-end prompt; 成文日期 under the signature",
        page="""
!m 知云文库
!m 文库首页 / 行业资料 / 矿业
!t 关于芗溪县膨润土产业发展情况的调研报告.pdf
!m 贡献者：yunshang_07　 上传于：2024-11-02　 页数：4页　 浏览 612 次
!a ★★★★☆ 评分 4.1　 |　 下载券：2　 |　 举报
{BODY}
!a 预览已结束，下载文档到电脑，查看剩余内容
!a 立即下载（2下载券）　　开通知云会员，免券下载
!d 本文档由用户上传，知云文库仅提供信息存储空间，如侵犯您的权益请通过“举报”处理。
!l 相关文档：膨润土矿开发利用方案.doc　　非金属矿产业调研提纲.docx
""",
        indent="  ",
        pages=dict(fmt="⌈{n}⌉", every=170, start=2, glue="mix"),
        body="""
芗溪县膨润土资源储量丰富，已探明储量约1.2亿吨，是全省重要的膨润土生产基地。为摸清产业发展现状，县政协经济委员会于今年9月组成调研组，深入8家企业和2个矿区进行了实地调研。现将有关情况报告如下。
一、基本情况。全县现有膨润土采矿权5个、加工企业14家，2023年实现产值6.8亿元，产品主要有钻井泥浆用土、铸造用土和猫砂等，其中猫砂出口占全县外贸出口额的近三成。
二、存在问题。一是产品附加值低，初级产品占比超过七成；二是部分企业环保设施落后，粉尘治理不到位；三是研发能力弱，全县没有一家省级企业技术中心。
三、几点建议。一要制定产业发展规划，引导企业向有机膨润土、医药级膨润土等高端产品转型；二要加强矿区生态修复，推动绿色矿山建设；三要搭建校企合作平台，支持企业与科研院所联合攻关。
县政协经济委员会调研组
2024年10月16日
""",
    ),
    dict(
        slug="wenku-yunjuan-meigancai-plan-html",
        site="云卷文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yunjuandoc.com/p-48193320.html",
        title="萑原镇梅干菜产业提升三年行动方案（2025—2027年）",
        record_title="萑原镇梅干菜产业提升三年行动方案（2025—2027年）（可编辑）",
        date=None,
        notes="paid preview template; page markers as HTML paragraphs; years in the title only; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>萑原镇梅干菜产业提升三年行动方案（2025—2027年）（可编辑）- 云卷文档</title>
<script>window.__DOC__={pages:5}</script></head>
<body>
<div class="hd">⟦m 云卷文档⟧ <input placeholder="搜索文档"> ⟦a 登录⟧ ⟦a 免费注册⟧</div>
<div class="doc-title"><h1>⟦t 萑原镇梅干菜产业提升三年行动方案（2025—2027年）（可编辑）⟧</h1>
<span>⟦m 5页 · 上传者：乡野笔记 · 收藏 18 · 下载 96⟧</span></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 还剩3页未读，继续阅读⟧<br>⟦a ￥6.80 购买全文⟧</div>
<aside>⟦l 猜你喜欢⟧<ul><li>⟦l 特色农产品产业链建设方案⟧</li><li>⟦l 乡镇农业产业发展规划范本⟧</li></ul></aside>
<footer>⟦d 云卷文档所有资源均为用户上传，若有侵权请联系客服删除⟧　⟦m 浙ICP备20045219号-1⟧</footer>
</body></html>
""",
        pages=dict(fmt="‖{n}‖", every=200, start=2),
        body="""
为做大做强梅干菜特色产业，促进农民增收和乡村振兴，结合本镇实际，制定本方案。
一、总体目标
到2027年，全镇芥菜种植面积稳定在8000亩以上，梅干菜年加工量达到1.5万吨，培育年产值超5000万元的加工企业3家，建成梅干菜文化展示馆1个。
二、主要任务
（一）建设标准化种植基地。推广芥菜良种和绿色种植技术，建立种植档案，实行统一供种、统一技术、统一收购。
（二）提升加工水平。支持企业改造晾晒和腌制设施，推广清洁化生产，建立从田头到餐桌的质量追溯体系。
（三）打响区域品牌。统一使用“萑原梅干菜”公用品牌，组织企业参加农产品展销会，发展电商销售。
三、保障措施
成立由镇长任组长的产业提升工作领导小组，镇财政每年安排专项资金200万元，对新建基地和加工设施给予奖补。
""",
    ),
    dict(
        slug="news-lanshui-wildlife-rescue-html",
        site="澜水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanshuinews.cn/local/2024-05/09/content_771203.html",
        title="市野生动物救护中心放归15只救治康复的国家重点保护鸟类",
        record_title=None,
        date="2024-05-09",
        notes="news portal; title missing; time line byline; photo caption and editor line glued to the last paragraph; 扫码 in a body sentence",
        page="""
<html><head><meta charset="utf-8"><title>市野生动物救护中心放归15只救治康复的国家重点保护鸟类_澜水新闻网</title></head>
<body>
<div class="top">⟦m 澜水新闻网 | 澜水日报社主办⟧ ⟦a 客户端下载⟧ ⟦a 登录⟧</div>
<div class="channels">⟦m 要闻　本地　民生　文旅　视频　专题　评论⟧</div>
<div class="weizhi">⟦m 首页 &gt; 本地新闻⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2024-05-09 10:41:07　来源：澜水日报　记者 童欣 通讯员 马骁⟧</div>
<div class="article">
{BODY}
</div>
<div class="zan">⟦l 点赞(86)　评论(12)　转发⟧</div>
<div class="more"><h3>⟦l 相关阅读⟧</h3><p>⟦l 我市发现国家一级保护动物中华秋沙鸭越冬种群⟧</p><p>⟦l “爱鸟周”科普进校园活动启动⟧</p></div>
<div class="ft">⟦m 违法和不良信息举报电话：0576-8802 1100⟧　⟦m 互联网新闻信息服务许可证：33120180011⟧</div>
</body></html>
""",
        body="""
5月8日上午，市野生动物救护中心在蕹湖湿地公园举行放归活动，将15只经救治康复的国家重点保护鸟类放归自然，其中包括苍鹰、红隼、白鹇等。
这些鸟类大多是今年初以来市民发现后送到救护中心的，有的翅膀受伤，有的误食毒饵，有的因撞击玻璃昏迷。经过兽医两个多月的精心治疗和野化训练，它们已具备野外生存能力。
⟦m 图为工作人员打开笼门放飞红隼。记者 童欣 摄⟧
救护中心负责人介绍，中心成立五年来，累计救护各类野生动物2300余只，放归率超过六成。
他提醒市民，发现受伤或受困的野生动物，请不要自行喂食或饲养，可拨打救护热线或扫码登记，由专业人员上门处置。⟦m （责任编辑：邵蓓）⟧
""",
    ),
    dict(
        slug="news-guijiang-sanyuesan-festival-text",
        site="桂江头条 (invented)",
        style="新闻门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://m.guijiangtt.com/a/20250322/60139.html",
        title="关于2025年“三月三”歌节活动期间交通管制的通告",
        record_title="桂江头条丨关于2025年“三月三”歌节活动期间交通管制的通告",
        date="2025-03-21",
        date_also=["2025-03-22"],
        notes="news app share page; route table kept; 关注 in a body sentence; app prompts between paragraphs",
        page="""
!m 桂江头条
!a 打开APP，阅读体验更佳
!t 桂江头条丨关于2025年“三月三”歌节活动期间交通管制的通告
!m 桂江融媒  2025.03.22  阅读 5.3万
{BODY}
!a ↓ 打开桂江头条APP 查看更多精彩 ↓
!l 热门推荐
!l 歌节期间城区这些停车场免费开放
!l 民族服饰巡游路线公布，提前看！
!m 桂江县融媒体中心出品
""",
        body="""
为保障2025年“三月三”歌节活动安全有序进行，根据《中华人民共和国道路交通安全法》有关规定，决定在活动期间对部分路段实施交通管制。现通告如下：
一、管制时间：2025年3月30日7时至3月31日22时。
二、管制路段：
路段　管制方式
民族大道（铜鼓广场至江滨路口）　禁止机动车通行
江滨路（歌圩桥至渡口）　仅允许公交车通行
⟦a 点击进入桂江头条APP领取歌节电子地图⟧
三、持有活动保障通行证的车辆和执行任务的警车、消防车、救护车不受限制。
四、请广大市民和游客提前规划出行路线，及时关注县公安局交通管理大队发布的实时路况信息。
桂江县公安局
2025年3月21日
""",
    ),
    dict(
        slug="forum-guoyou-wax-apple-post-junk",
        site="果友家园论坛 (invented)",
        style="论坛",
        genre="经验交流",
        kind="post",
        form="text",
        source="http://bbs.guoyoujy.com/thread-221843-1-1.html",
        title="莲雾套袋和防裂果的几点经验（种了六年的老果农分享）",
        record_title="莲雾套袋和防裂果的几点经验（种了六年的老果农分享） - 热带水果 - 果友家园",
        date="2024-04-07",
        notes="forum post with anti-scraping junk lines and glued junk; floor meta; 发表于 is the page's date",
        page="""
!m 果友家园 › 热带水果 › 查看帖子
!m 楼主：阿坤种果　 积分 2318　 发帖 412
{T}
!m 发表于 2024-4-7 21:33 | 只看该作者 | 倒序浏览
{BODY}
!l 回复 收藏 支持(37) 反对(0)
!m 2#  果园小白兔  发表于 2024-4-8 07:10
!l 学到了，我家去年裂了一半，今年试试楼主的方法
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        junk=dict(lines=2, glued=2),
        body="""
各位果友好，我在漳南种莲雾六年了，今天把套袋和防裂果的一些做法整理一下，给新手参考。
一、套袋时间。一般在谢花后20天左右、果实有拇指头大小时套袋，太早容易伤果柄，太晚果面已经有虫斑。
二、袋子选择。我用的是白色单层透气纸袋，成本低，果皮颜色也好看。雨水多的年份可以在袋底剪个小口排水。
三、防裂果。裂果主要是水分忽多忽少引起的，果实膨大期一定要保持土壤湿润，不要等旱透了再猛浇水。
四、补钙。膨大前期叶面喷两次钙肥，对减少裂果有一定效果。
以上都是个人经验，不一定适合每个地方，欢迎大家补充。
""",
    ),
    dict(
        slug="forum-chongyou-cricket-fighting-html",
        site="虫友天地社区 (invented)",
        style="论坛",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.chongyoutd.com/forum.php?mod=viewthread&tid=90315",
        title="关于文明斗蟋、拒绝赌博的倡议书",
        record_title="[置顶] 关于文明斗蟋、拒绝赌博的倡议书 - 鸣虫交流区",
        date="2024-08-15",
        date_also=["2024-08-16"],
        notes="Discuz-like forum; jammer fonts; initiative from a cricket-fighting association reposted; 成文日期 expected, post date accepted",
        page="""
<html><head><meta charset="utf-8"><title>[置顶] 关于文明斗蟋、拒绝赌博的倡议书 - 鸣虫交流区 - 虫友天地社区</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 虫友天地社区⟧ ⟦a 快捷登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 虫友天地 › 鸣虫交流区 › 帖子⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 秋鸣老宋⟧<br>⟦m 版主　主题 88　精华 6⟧</td>
<td class="plc">
<h1>⟦t [置顶] 关于文明斗蟋、拒绝赌博的倡议书⟧</h1>
<div class="authi">⟦m 发表于 2024-8-16 10:02⟧ ⟦m 查看: 3372 | 回复: 41⟧</div>
<div class="t_f">
<p>⟦m 转自菡城市鸣虫协会⟧</p>
{BODY}
</div>
<div class="pob">⟦l 回复　评分　举报　分享⟧</div>
</td></tr></table>
<div class="tags">⟦l 标签：斗蟋 秋虫 倡议⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 虫友天地 © 2011-2024⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
广大虫友：
秋风起，蟋蟀鸣。斗蟋是我市流传数百年的民间传统游艺，也是一项寓教于乐的文化活动。近年来，个别场所借斗蟋之名聚众赌博，败坏了这项传统民俗的名声。为此，市鸣虫协会向全市虫友发出如下倡议：
一、坚持文明斗蟋。以虫会友、以赛怡情，自觉抵制任何形式的赌博行为，不参与、不组织、不围观带彩斗局。
二、爱护自然生态。捕虫时不践踏农田庄稼，不使用农药驱赶，不过度捕捉，让秋虫世代相传。
三、传承民俗文化。积极参加协会组织的鸣虫展、养虫技艺交流等活动，讲好斗蟋故事。
四、发现赌博线索，及时向公安机关举报。
让我们携起手来，还斗蟋一片清朗天地！
菡城市鸣虫协会
2024年8月15日
""",
    ),
    dict(
        slug="blog-xihe-huaer-folksong-essay",
        site="西河牧歌的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://blog.xhmuge.net/post/2024/07/1188.html",
        title="跟着老歌手学唱“花儿”的一点体会",
        record_title="跟着老歌手学唱“花儿”的一点体会 - 西河牧歌的博客",
        date="2024-07-14",
        notes="personal blog; bracketed post time; tag cloud and archive; a year-only 写于 line not a date",
        page="""
!m 西河牧歌的博客
!m 唱山野的歌，写心里的话
!m 首页 | 日志 | 相册 | 留言板 | 关于我
{T}
!m [2024-07-14 20:48]  分类：民歌笔记  阅读(208)  评论(6)
{BODY}
!l 标签：花儿　民歌　非遗
!l « 上一篇：洮州花儿会见闻   下一篇：记一次田野录音 »
!l 日志归档：2024年7月(3) 2024年6月(5) 2024年5月(2)
!l 网友评论：
!l 青稞酒：写得真好，下次花儿会一起去！
!m 博客由 轻语博客 提供支持
""",
        body="""
学唱“花儿”快一年了，一直跟着村里的马老师傅学。马师傅今年七十三岁，年轻时在花儿会上唱红过。
头一回上课，他没教词，先让我站到山坡上喊。他说，花儿是唱给对面山上的人听的，嗓子要放开，心要放开。
花儿的“令”很多，河州令、白牡丹令、尕马儿令，每个令的拖腔都不一样。我现在能唱七八个令，但拖腔还是不够味道。
马师傅说，唱花儿没有捷径，多听老人唱，多在山里唱，慢慢就有了。
这一年最大的体会是：民歌离不开土地，离开了山野和劳动，花儿就只剩下谱子了。
写于山坡下的小屋，2024年夏
""",
    ),
    dict(
        slug="blog-shanying-rescue-dog-summary-html",
        site="山鹰搜救犬队队长的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://shanying-k9.blog.example-blogs.cn/2025/01/08/annual-summary",
        title="山鹰民间搜救犬队2024年度工作总结",
        record_title="【年终回顾】山鹰民间搜救犬队2024年度工作总结 | 老韩的犬舍手记",
        date="2025-01-06",
        date_also=["2025-01-08"],
        notes="modern blog template with tag cloud and archive; numbered list; team's own 值班电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【年终回顾】山鹰民间搜救犬队2024年度工作总结 | 老韩的犬舍手记</title></head>
<body>
<header class="site-header"><a class="site-title">⟦m 老韩的犬舍手记⟧</a><p class="desc">⟦m 训犬、搜救与山野⟧</p></header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025年1月8日 · 分类：队务 · 5 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：搜救犬 · 年终总结 · 志愿者⟧</footer>
</article>
<nav class="post-nav">⟦l ← 冬季犬只防冻指南⟧ ⟦l 新队员招募答疑 →⟧</nav>
</main>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年1月⟧</li><li>⟦l 2024年12月⟧</li></ul><h3>⟦l 标签云⟧</h3><p>⟦l 训练 搜救 犬粮 装备 山野⟧</p></aside>
<footer class="site-footer">⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
2024年，山鹰民间搜救犬队在应急管理部门的指导下，坚持公益救援宗旨，全年安全完成各项任务。现将全年工作总结如下：
1. 救援出勤。全年参与山野失联人员搜寻、地质灾害搜救等任务19次，找到失联人员11名，其中生还9名。
2. 犬只训练。现有认证搜救犬8条，全年组织集中训练46次，2条犬通过省级搜救犬能力评估。
3. 队伍建设。新吸收志愿队员12名，全体队员完成红十字救护员培训。
4. 科普宣传。走进中小学、景区开展防走失和野外安全宣传15场。
2025年，我们计划再培养3条搜救犬，并与更多乡镇建立联动机制。
队值班电话：0871-6590 2247
山鹰民间搜救犬队
2025年1月6日
""",
    ),
    dict(
        slug="wechat-shuiyun-understory-economy-html",
        site="水云林业公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.wxmirror.net/s/Kq7pL2aVxTc9",
        title="林下种药材 山林变“药园”——蔓塘镇发展林下经济见闻",
        record_title=None,
        date="2024-09-12",
        notes="WeChat-style mirror; account line date; 阅读原文/在看; QR prompt glued; title missing",
        page="""
<html><head><meta charset="utf-8"><title>林下种药材 山林变“药园”——蔓塘镇发展林下经济见闻</title></head>
<body>
<div id="js_content_top">
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta_list">⟦m 蔓塘林业　2024-09-12 18:30　发表于湖南⟧</div>
</div>
<div class="rich_media_content">
<p>⟦a 点击上方蓝字“蔓塘林业”关注我们⟧</p>
{BODY}
<p>⟦m 来源：县林业局　编辑：小林　审核：曾毅⟧</p>
<p>⟦a 长按识别二维码　关注我们⟧</p>
</div>
<div class="rich_media_tool">⟦l 阅读原文　阅读 2516　分享　在看 41⟧</div>
<div class="mirror-foot">⟦d 本页面为公众号文章镜像，内容版权归原作者所有⟧</div>
</body></html>
""",
        body="""
初秋时节，走进蔓塘镇青坳村的杉木林，只见林下一垄垄黄精长势正旺。村党支部书记欧阳平告诉记者，这片林子过去只能等着砍树卖钱，现在林下种上了药材，一亩地每年能增收三千多元。
近年来，蔓塘镇依托6万多亩集体林地，引导农户发展林下种植黄精、重楼、白芨等中药材，目前林下种植面积已达4200亩。
镇里还引进了一家中药饮片企业，与合作社签订保底收购协议，解决了农户的后顾之忧。
“不砍一棵树，照样能致富。”村民吴春花说，她家今年承包了30亩林下黄精，预计明年开挖。⟦a 扫码进入“林业服务”小程序⟧
下一步，镇里将探索“林下经济＋研学旅游”模式，让绿水青山持续释放生态红利。
""",
    ),
    dict(
        slug="wechat-yishan-civilisation-practice-text",
        site="艺山发布镜像 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="text",
        source="http://wx.mirror-reader.com/yishanfabu/2024/1203/7751",
        title="艺山县新时代文明实践“周末课堂”志愿服务活动方案",
        record_title="艺山县新时代文明实践“周末课堂”志愿服务活动方案",
        record_date="2024-12-03",
        date="2024-12-03",
        notes="record gives title and date; WeChat reader chrome; hashtags; schedule table",
        page="""
!m 艺山发布
!m 原创　艺山县融媒体中心　2024-12-03 17:45
{T}
!a 点击蓝字 关注我们
{BODY}
!l #新时代文明实践  #志愿服务  #周末课堂
!a 分享　收藏　在看　点赞
!m 投稿邮箱：ysfb_news@163.com
!d 本文为艺山发布原创，转载请注明出处
""",
        body="""
为丰富群众周末文化生活，打通宣传群众、服务群众的“最后一公里”，县新时代文明实践中心决定在全县开展“周末课堂”志愿服务活动，方案如下。
一、活动时间：2024年12月至2025年6月，每周六上午。
二、活动内容
课程　志愿服务队　地点
家庭急救常识　县人民医院志愿服务队　各社区文明实践站
反诈知识讲座　县公安局志愿服务队　各村文明实践站
书法绘画启蒙　县文化馆志愿服务队　县文明实践中心
三、参与方式：群众可通过“文明艺山”小程序预约课程，也可直接到站点参加。
四、工作要求：各实践所、站要提前一周公布课程安排，做好场地保障，活动结束后及时上传图文资料。
""",
    ),
    dict(
        slug="docshare-suliao-injection-moulding-sop",
        site="文档集市 (invented)",
        style="文档分享",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://www.wendangjishi.com/doc/6627148.html",
        title="注塑车间首件检验管理规定",
        record_title="注塑车间首件检验管理规定.wps",
        date=None,
        notes="file-name title; hard-wrapped at 60 columns; decimal headings 3.1/3.2; upload stamp not a date",
        page="""
!m 文档集市 - 分享有价值的文档
!m 首页 > 企业管理 > 生产制度
!t 注塑车间首件检验管理规定.wps
!m 上传：2024-07-19  大小：28.6K  格式：WPS  积分：1
!a 下载本文档  |  加入收藏  |  分享到微信
{BODY}
!d 声明：文档集市所有文档均由用户上传，本站不对内容的准确性负责。
!l 同类文档推荐：注塑机操作规程 | 模具保养记录表 | 品质异常处理流程
!m 客服邮箱 kefu@wendangjishi.com
""",
        wrap=60,
        body="""
1 目的
为及时发现注塑生产过程中的质量问题，防止批量不良，特制定本规定。
2 适用范围
本规定适用于注塑车间所有机台的开机、换模、换料和工艺调整后的首件检验。
3 职责
3.1 机台操作员负责首件的生产和送检，并在首件检验记录表上签字。
3.2 品质部检验员负责首件的尺寸、外观和功能检验，并判定是否合格。
3.3 车间主任负责首件不合格时的工艺调整和原因分析。
4 检验要求
4.1 首件数量为每模穴各取一件，检验合格后方可批量生产。
4.2 首件检验不合格的，应重新调机并再次送检，连续三次不合格的须停机上报。
4.3 合格首件须贴首件标签，保留至该批次生产结束。
""",
    ),
]
