"""holdout158, part F: more pitch-pot, tchoukball, micro-carving, microscope and carriage pages. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-school-microscope-lab-open-day",
        site="珝溪镇中心学校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zxzx.edu.cn.invalid/xxgg/2025/1103.html",
        title="关于实验室“显微镜开放日”活动安排的通知",
        record_title="关于实验室“显微镜开放日”活动安排的通知_校务公开_珝溪镇中心学校",
        date="2025-11-03",
        notes="school portal as text: class schedule table; a sentence asking parents to scan a code kept",
        page="""
!m 珝溪镇中心学校 · 求真 向善 尚美
!m 首页 ＞ 校务公开 ＞ 通知公告
{T}
!m 作者：教务处　来源：本站原创　更新时间：2025/11/3　点击数：289
{BODY}
!a 【打印此文】【关闭窗口】
!l 上一篇：关于期中考试安排的通知　下一篇：冬季作息时间调整通知
!m 珝溪镇中心学校 版权所有　备案号：赣ICP备09017756号
""",
        body="""
各年级、各班：
为激发学生探究兴趣，学校定于11月10日至14日举办实验室“显微镜开放日”活动，具体安排如下：
日期　年级　观察内容
11月10日　四年级　洋葱表皮细胞
11月12日　五年级　池塘水中的小生物
11月14日　六年级　叶片气孔
请各班主任提前组织学生准备观察材料。欢迎家长扫描班级群中的二维码报名，到校参与亲子观察活动。
珝溪镇中心学校教务处
2025年11月3日
""",
    ),
    dict(
        slug="blog-hobbyist-micrography-notes",
        site="镜下拾光 博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://jingxiashiguang.blog.invalid/2025/08/pond-water.html",
        title="一滴池塘水里的热闹",
        record_title="【随记】一滴池塘水里的热闹 | 镜下拾光",
        date="2025-08-17",
        notes="blog HTML: 发布于 line is the date; tag cloud, archive and comment form are chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随记】一滴池塘水里的热闹 | 镜下拾光</title></head><body>
<header><div class="site">⟦m 镜下拾光⟧</div><div class="desc">⟦m 一个显微镜爱好者的观察笔记⟧</div></header>
<main><article><h1>{T}</h1>
<div class="postmeta">⟦m 发布于 2025年8月17日　·　分类：镜下观察　·　3条评论⟧</div>
{BODY}
</article>
<div class="tags">⟦l 标签：草履虫 轮虫 显微摄影⟧</div>
<div class="comment">⟦l 发表评论：您的电子邮箱地址不会被公开。⟧ ⟦a 提交评论⟧</div></main>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年8月⟧</li><li>⟦l 2025年7月⟧</li></ul><h4>⟦l 标签云⟧</h4><p>⟦l 硅藻 水熊虫 染色 目镜 拍摄技巧⟧</p></aside>
<footer>⟦m 本站由静态博客程序驱动⟧</footer>
</body></html>
""",
        body="""
周末去小区旁边的池塘舀了一瓶水，回家滴一滴在载玻片上，放到显微镜下面，没想到这么热闹。
最先看到的是草履虫，像一只只透明的小鞋子，在视野里横冲直撞。换到高倍镜，还能看到它身体边缘密密的纤毛在摆动。
后来又发现了两只轮虫，头顶的“轮子”转个不停，把周围的小颗粒都吸进嘴里。
拍了几十张照片，挑了几张放在下面。下次打算试试给样本染色，看看能不能拍出更清楚的细胞核。
""",
    ),
    dict(
        slug="rsks-museum-guide-recruitment-text",
        site="瑷川市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="announcement",
        form="text",
        source="http://www.acrsks.gov.cn.invalid/zkgg/2025/0609_118.html",
        title="瑷川市民俗博物馆2025年公开招聘讲解员面试公告",
        record_title="瑷川市民俗博物馆2025年公开招聘讲解员面试公告（附面试名单）",
        date="2025-06-09",
        notes="exam site as text: interview list table; candidates told to download and print notices; 咨询电话 kept, system line chrome",
        page="""
!m 瑷川市人事考试信息网
!a 考生入口 | 报名系统 | 成绩查询
!m 当前位置：首页 > 事业单位招聘 > 面试公告
!t 瑷川市民俗博物馆2025年公开招聘讲解员面试公告（附面试名单）
!m 发布日期：2025-06-09
{BODY}
!m 报名系统技术支持：0571-88273300
!d 本网站为瑷川市人事考试唯一指定信息发布平台
""",
        body="""
根据招聘工作安排，现将瑷川市民俗博物馆2025年公开招聘讲解员面试有关事项公告如下。
一、面试人员名单：
准考证号　姓名　笔试成绩
2025060112　陆晴　78.5
2025060207　苗可欣　76.0
2025060319　霍一然　74.5
二、面试时间和地点：6月21日上午8:00，瑷川市民俗博物馆学术报告厅（投壶展厅东侧）。
三、面试人员请于6月18日后登录本网站下载并打印面试通知书。
四、咨询电话：0571-88271056。
瑷川市民俗博物馆
2025年6月9日
""",
    ),
    dict(
        slug="fanwen-app-pitchpot-host-script",
        site="笔友范文 APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="script",
        form="text",
        source="https://m.biyoufanwen.com.invalid/share/a9f7702",
        title="社区投壶比赛开幕式主持词",
        record_title="社区投壶比赛开幕式主持词（通用版）",
        date=None,
        notes="writing app as text: host script's 男/女/合 lines kept; paywall glued after a sentence; no date",
        page="""
!m 笔友范文 — 写作不求人
!t 社区投壶比赛开幕式主持词（通用版）
!m 作者：半夏　|　3.4万人看过
{BODY}
!a 开通会员 享全部范文无限复制
!l 猜你想写：趣味运动会主持词 | 重阳节活动主持词
""",
        body="""
男：尊敬的各位领导、各位来宾，
女：亲爱的居民朋友们，
合：大家上午好！
男：一壶一矢传古礼，一投一中见精神。
女：今天，我们在这里隆重举行社区首届投壶比赛。⟦a 剩余68%内容，开通会员后继续阅读⟧
男：首先，请允许我介绍出席今天开幕式的领导和嘉宾。
女：下面，请社区党委书记致开幕辞，大家欢迎！
合：现在我宣布，社区首届投壶比赛正式开始！
""",
    ),
    dict(
        slug="qa-microcarving-tool-sharpening",
        site="知行问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.zhixingwenda.com.invalid/q/5512093",
        title="微雕用的钢针刻刀怎么磨？",
        record_title=None,
        date="2025-02-14",
        notes="Q&A HTML: the question is the title; 回答于 line is the page's date; vote buttons and related questions chrome",
        page="""
<html><head><meta charset="utf-8"><title>微雕用的钢针刻刀怎么磨？ - 知行问答</title></head><body>
<div class="hd">⟦m 知行问答⟧ ⟦a 写回答⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 关注者 212　被浏览 18,430⟧</div>
<div class="ans">
<div class="au">⟦m 秦刀匠　微雕从业十五年⟧</div>
{BODY}
<div class="tm">⟦m 回答于 2025-02-14 10:26⟧</div>
<div class="vote">⟦a 赞同 386⟧ ⟦l 添加评论⟧ ⟦a 分享⟧ ⟦a 收藏⟧</div>
</div>
<div class="rel">⟦l 相关问题：米雕用什么米最好？｜核雕入门需要买哪些工具？⟧</div>
</body></html>
""",
        body="""
谢邀。微雕的刀其实就是一根磨尖的钢针，磨得好不好，直接决定能不能刻出细线。我的方法分三步：
1.粗磨。用800目油石把针尖磨成三棱锥形，角度大约30度，三个面要磨得一样大。
2.细磨。换3000目以上的细油石，轻压慢推，每个面推二三十下，直到针尖在放大镜下看不到毛刺。
3.检验。在指甲上轻轻一划，能留下细而清楚的划痕，就说明磨好了。
新手最容易犯的错是用力太大，把针尖磨成了圆头。记住，宁可多磨几遍，也不要下重手。
""",
    ),
    dict(
        slug="gkforum-interview-question-traditional-games",
        site="半月谈考友论坛 (invented)",
        style="公考论坛",
        genre="面试题解析",
        kind="post",
        form="text",
        source="http://bbs.kaoyouhui.cn.invalid/thread-661203-1-1.html",
        title="面试真题：有人认为投壶等传统游戏进校园是“走形式”，你怎么看？",
        record_title="[面试真题] 面试真题：有人认为投壶等传统游戏进校园是“走形式”，你怎么看？（附答题思路）",
        date="2025-03-06",
        notes="exam forum as text with anti-scraping junk; 发表于 is the date",
        junk=dict(lines=1, glued=1),
        page="""
!m 考友论坛 › 面试交流 › 真题解析
!t [面试真题] 面试真题：有人认为投壶等传统游戏进校园是“走形式”，你怎么看？（附答题思路）
!m 楼主：面霸阿杰　发表于 2025-3-6 08:14　|　阅读 4109
{BODY}
!l 点评 | 回复 | 举报
!l 2楼 考公冲冲冲：这个思路很清楚，谢谢楼主
!m 考友论坛 All Rights Reserved
""",
        body="""
【参考答案】
传统游戏进校园，初衷是好的，既能让学生了解传统文化，又能增加体育锻炼。但如果只是摆拍、走过场，就违背了初衷。
第一，要避免“一阵风”。学校应当把投壶等项目纳入大课间或社团活动，形成常态。
第二，要讲清楚文化内涵。在玩的同时，告诉学生投壶背后的礼仪故事，让游戏有文化味。
第三，要注重学生感受。活动效果不看照片多少，而看学生是否真正喜欢、愿意参与。
""",
    ),
    dict(
        slug="docshare-carriage-tour-service-standard-markers",
        site="文档驿 (invented)",
        style="文档分享",
        genre="服务规范",
        kind="rules",
        form="text",
        source="https://www.wendangyi.com.invalid/d/5fa88c31.html",
        title="古镇观光马车服务规范",
        record_title="古镇观光马车服务规范.wps",
        date="2024-12-30",
        notes="file-name title; wrapped at 64 columns with page markers ⁌n⁍ (mixed glue); Chinese-numeral date",
        wrap=64,
        pages=dict(fmt="⁌{n}⁍", every=160, start=2, glue="mix"),
        page="""
!m 文档驿 · 好文档 随手分享
!t 古镇观光马车服务规范.wps
!m 分享者：gz_wenlv　　2025-01-06上传　　阅读 527　　共3页
!a 下载需5个驿币　开通VIP免费下载
{BODY}
!d 文档内容来自网友分享，本站不对其准确性负责。
!l 你可能还需要：景区讲解服务规范 | 旅游厕所管理制度
""",
        body="""
一、服务人员要求。驾车人员应身体健康、无不良记录，持有培训合格证，上岗时佩戴工号牌，着统一服装。
二、车辆和马匹要求。车辆每日出车前检查制动、车轮和座椅，马匹每日检查蹄掌和挽具，发现异常不得出车。
三、服务流程。游客上车前告知乘车须知和票价，行驶中介绍沿途景点，停车后协助老人和儿童下车。
四、投诉处理。接到游客投诉，应在24小时内回复处理结果。
瑆原古镇旅游发展有限公司
二〇二四年十二月三十日
""",
    ),
    dict(
        slug="download-tchoukball-rules-oldtable",
        site="体育资料下载网 (invented)",
        style="资料下载站",
        genre="竞赛规程",
        kind="rules",
        form="html",
        source="http://www.tyzlxz.net.invalid/down/soft_3307.html",
        title="2025年全市职工巧固球比赛竞赛规程",
        record_title="2025年全市职工巧固球比赛竞赛规程 免费下载",
        date="2025-08-20",
        notes="old table layout download page: file-info table, mirror links, dead-link report; decimal items kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>2025年全市职工巧固球比赛竞赛规程 免费下载</title></head>
<body>
<table width="960"><tr><td>⟦m 体育资料下载网 — 体育教学训练资料大全⟧</td></tr></table>
<table width="960"><tr><td>⟦m 网站首页⟧ ⟦m 教案课件⟧ ⟦m 竞赛规程⟧ ⟦m 训练计划⟧</td></tr></table>
<table width="960" border="1">
<tr><td>⟦m 资料大小：35 KB⟧</td><td>⟦m 资料类型：Word⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
<tr><td>⟦m 添加时间：2025-09-02⟧</td><td>⟦m 下载次数：57⟧</td><td>⟦m 评分：★★★★☆⟧</td></tr></table>
<h3>{T}</h3>
{BODY}
<table><tr><td>⟦a 下载地址1⟧</td><td>⟦a 下载地址2⟧</td><td>⟦a 备用下载⟧</td></tr></table>
<p>⟦a 如遇无法下载，请点击“报告错误”⟧</p>
<p>⟦m Copyright 2008-2025 体育资料下载网　粤ICP备08113207号⟧</p>
</body></html>
""",
        body="""
一、主办单位：玙城市总工会、玙城市体育局。
二、比赛时间和地点：2025年10月18日至19日，玙城市全民健身中心。
三、参赛办法：
3.1 以市直机关、企事业单位和各县（区）总工会为单位组队，每队运动员10人，男女不限，但场上须至少有2名女运动员。
3.2 运动员须为本单位在职职工。
四、竞赛办法：采用国际巧固球总会最新审定的竞赛规则，分组循环赛后进行交叉淘汰赛。
五、报名：各单位于9月30日前将报名表报送市总工会文体部。
玙城市总工会
2025年8月20日
""",
    ),
    dict(
        slug="netdisk-microscope-inventory-oneline",
        site="百川云盘 (invented)",
        style="网盘分享",
        genre="报告",
        kind="report",
        form="text",
        source="https://yun.baichuan.cn.invalid/share/init?surl=Kp2x7",
        title="中学生物实验室显微镜清查情况报告",
        record_title=None,
        date="2025-01-10",
        notes="cloud-drive preview: title missing from the record; whole body on one line; date in the document",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 百川云盘 · 文件预览
!m 中学生物实验室显微镜清查情况报告.txt　　4.2KB
!a 保存到网盘　下载　分享
!d 该链接由用户分享，请注意甄别内容安全。
{T}
{BODY}
!a 已到文件末尾 · 登录后可在线编辑
""",
        body="""
学校：
根据学校寒假前资产清查工作安排，生物实验室对现有显微镜进行了全面清查。现将情况报告如下。
实验室账面显微镜共86台，实有86台，账实相符。其中，完好72台，需维修11台（主要为物镜霉变和调焦失灵），已无法修复3台。
建议：一是寒假期间对11台显微镜进行集中维修；二是对3台报废显微镜按程序申请报废；三是新学期增加防潮柜2个。
生物实验室
2025年1月10日
""",
    ),
    dict(
        slug="localforum-pitchpot-square-post-junk",
        site="瑄山论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://www.xuanshanbbs.com.invalid/thread-90877-1-1.html",
        title="滨江广场晚上多了个投壶摊，孩子玩得停不下来",
        record_title="滨江广场晚上多了个投壶摊，孩子玩得停不下来 - 瑄山茶馆 - 瑄山论坛",
        date="2025-08-03",
        notes="county forum HTML with jammer fonts; post time is the page's date; ad between floors",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>滨江广场晚上多了个投壶摊，孩子玩得停不下来 - 瑄山茶馆 - 瑄山论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 瑄山论坛 — 瑄山人自己的论坛⟧</div>
<div id="pt">⟦m 瑄山论坛 › 生活 › 瑄山茶馆⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 江边散步的猫　发表于 2025-8-3 22:17⟧ ⟦m 查看: 1856　回复: 23⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="ad">⟦w 【广告】瑄山家政保洁 开荒擦玻璃 电话 13867701923⟧</div>
<div class="pl">⟦l 2楼 小胖妈：在哪个位置？明晚带娃去⟧</div>
<div id="ft">⟦m 瑄山论坛 © 2009-2025　浙ICP备10036512号⟧</div>
</body></html>
""",
        body="""
这几天晚上去滨江广场散步，发现音乐喷泉旁边多了一个投壶摊，摆了五六个铜壶，10块钱投10支箭。
摊主是个退休的体育老师，说是在电视上看到古人玩投壶，自己照着做了几套，摆出来让大家玩玩。
我家孩子投了三轮，一支都没进，还不肯走。老师教他站直了、手腕轻轻一送，最后终于投进了两支，高兴得不得了。
比起玩手机，这种游戏挺好的，推荐大家晚上带孩子去试试。
""",
    ),
]
