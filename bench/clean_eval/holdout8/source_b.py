"""Blind part holdout8, source B: an insurance association, a research institute's Party
branch, a museum, a sports meet's rules, an exam-prep app export, a Douban-like group, a
Tieba-like thread, a Baijiahao-like media account, a Toutiao-like article with 展开全文, a
Weibo-like 头条文章, a Bilibili-like column, a 简书-like post, a CSDN-like blog, a Notion-like
public page, a Feishu-like doc share, an e-book reader, a cache snapshot, an RSS reader and
an email client's print view. Everything is invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="insurance-assoc-rongjiang-initiative",
        site="蓉江市保险行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.rjbxxh.example.org.cn/hydt/2025/0315/118.html",
        title="关于开展“3·15”保险消费者权益保护宣传活动的倡议书",
        record_title="关于开展“3·15”保险消费者权益保护宣传活动的倡议书（全文）",
        date="2025-03-10",
        notes="decorated record title （全文）; quoted slogan kept in the body; a 'members only' prompt and a member-login link (chrome) beside body sentences about 会员单位 (body); date at the end",
        page="""
!m 蓉江市保险行业协会 — 行业动态
!a 会员登录 | 会员单位专区（需登录）
!t 关于开展“3·15”保险消费者权益保护宣传活动的倡议书
{BODY}
!l 相关文件：协会2025年消费者权益保护工作要点
!m 协会秘书处电话：028-6677xx10　地址：蓉江市金融街8号12楼
""",
        body="""
全市各会员单位：
为贯彻落实消费者权益保护工作要求，协会倡议全市各会员单位以“守护消费者 共建诚信保险”为主题，开展“3·15”集中宣传活动。
一、各会员单位要在营业网点设置宣传咨询台，向群众讲解保险条款和理赔流程。
二、要主动排查销售误导、理赔难等突出问题，做到件件有回音。
三、要把宣传活动与日常服务相结合，切实提升消费者满意度。
蓉江市保险行业协会
2025年3月10日
""",
    ),
    dict(
        slug="institute-party-branch-insight-glued-title",
        site="柃江农业科学研究院机关党委 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://dw.ljnky.example.ac.cn/xxyd/show-59.html",
        title="参加青年科技人员理论培训班心得体会",
        record_title=None,
        date=None,
        notes="no record title: the title repeated on a line and glued before the first sentence; an author/department line (neutral); a 'like / forward' bar between paragraphs; no date",
        page="""
!m 柃江农科院党建园地 ＞ 学习园地
{T}
植物保护研究所　郜思远
⟦t 参加青年科技人员理论培训班心得体会⟧{BODY}
!l 点赞(12)　转发　评论
!d 本栏目稿件由各支部报送，仅代表作者个人观点。
""",
        body="""
6月中旬，我参加了院机关党委举办的青年科技人员理论培训班，收获很大。
一是进一步坚定了理想信念，更加明白了科研工作要面向生产一线、服务农民群众的道理。
⟦l 赞　收藏　分享到群⟧
二是开阔了视野，几位专家的专题讲座让我对农业科技发展方向有了新的认识。
三是找到了差距，今后我将在田间地头多下功夫，把论文写在大地上。
""",
    ),
    dict(
        slug="museum-qianshan-exhibition-announcement-html",
        site="黛岭市博物馆 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.dailingmuseum.example.org.cn/zl/lszl/2025/0918.html",
        title="“山河纪行——黛岭古代交通文物展”开展公告",
        record_title="“山河纪行——黛岭古代交通文物展”开展公告",
        record_date="2025-09-18",
        date="2025-09-18",
        notes="HTML; record date; a museum's exhibition announcement with 展期/地点 lines, the preface text, a reservation prompt of the site (chrome) and the museum's own sentence telling visitors to book by scanning the code at the gate (body); opening-hours widget in the sidebar",
        page="""
<html><head><meta charset="utf-8"><title>展览公告 | 黛岭市博物馆</title></head><body>
<div class="brand">⟦m 黛岭市博物馆 DAILING MUSEUM⟧</div>
<div class="menu">⟦m 参观 · 展览 · 典藏 · 教育 · 文创⟧</div>
<h1>⟦t “山河纪行——黛岭古代交通文物展”开展公告⟧</h1>
<section>
{BODY}
</section>
<aside><p>⟦m 今日开放 9:00—17:00（16:00停止入馆）⟧</p><p>⟦a 立即预约参观 ›⟧</p></aside>
<footer>⟦m 馆址：黛岭市文博路6号⟧ ⟦d © 黛岭市博物馆 保留所有权利⟧</footer>
</body></html>
""",
        body="""
展期：2025年9月20日至2026年3月1日
地点：本馆二楼第三展厅
黛岭自古为南北通衢。本次展览遴选馆藏驿传、舟楫、车马相关文物一百二十余件（套），分“驿路”“水程”“商旅”三个单元，展现古代黛岭交通的发展脉络。
观众可在入口处扫描预约二维码实名登记，免费参观；团体参观请提前三日预约。
""",
    ),
    dict(
        slug="sports-meet-zhanglan-rules-decimal",
        site="漳岚市田径协会 (invented)",
        style="行业协会",
        genre="规章制度",
        kind="regulation",
        form="text",
        source="http://www.zltjxh.example.org/ssgz/2025/03.html",
        title="2025年漳岚市全民健身长跑比赛竞赛规程",
        record_title="2025年漳岚市全民健身长跑比赛竞赛规程.wps",
        date=None,
        notes="file-name (.wps) record title; competition rules with decimal headings (1. / 1.1 / 1.2), registration by scanning a code (body); the site's registration button and 报名倒计时 (chrome) at the top and glued after a 。 in the body; no date",
        page="""
!m 漳岚田径 · 赛事规程
!a 【在线报名】　报名倒计时：12天
!t 2025年漳岚市全民健身长跑比赛竞赛规程
{BODY}
!l 赛事相关：参赛须知　｜　路线图　｜　往届成绩
""",
        body="""
1. 比赛时间和地点
1.1 比赛于2025年10月26日上午8时在漳岚市滨江公园鸣枪起跑。
1.2 比赛路线沿滨江绿道往返，全程十公里。⟦a 点此查看高清路线图⟧
2. 参赛办法
2.1 年满十六周岁、身体健康的市民均可报名，每人限报一个项目。
2.2 报名者可扫描海报上的二维码填写报名信息，报名截止时间为10月15日。
3. 录取与奖励
3.1 男子组、女子组各录取前八名，颁发奖牌和证书。
3.2 本规程解释权属于比赛组委会。
""",
    ),
    dict(
        slug="examapp-shenlun-export-vip-glued",
        site="上岸通 公考App导出 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.shangantong.example.app/note/s/Qm7Kx2",
        title="在全市基层治理工作推进会上的讲话（模拟题参考范文）",
        title_also=["在全市基层治理工作推进会上的讲话"],
        record_title="【申论热点】在全市基层治理工作推进会上的讲话（模拟题参考范文）",
        date=None,
        notes="decorated record title; an exam-prep app export: score line, a VIP-unlock prompt glued after a 。 and an 'analysis' bubble between paragraphs, app download footer; no date",
        page="""
!m 上岸通 · 申论范文库 · 第37篇
!m 难度：★★★　收藏人数：4,120
!t 【申论热点】在全市基层治理工作推进会上的讲话（模拟题参考范文）
{BODY}
!a 打开上岸通App，查看名师逐段精批
!d 本范文为模拟写作示例，仅供备考练习参考。
""",
        body="""
同志们：
基层是社会治理的神经末梢，今天这次会议，就是要推动全市基层治理再上新台阶。
第一，要把网格建强。每个网格配齐专兼职网格员，做到小事不出网格、大事不出社区。⟦a 开通VIP解锁本段名师点评⟧
⟦m 【考点提示】本段对应“主体—机制—保障”答题框架⟧
第二，要把机制理顺。健全街道吹哨、部门报到机制，让基层的事有人管、管得好。
第三，要把保障做实。推动资源、服务、管理向基层下沉，给基层减负赋能。
""",
    ),
    dict(
        slug="douban-like-group-minutes-replies",
        site="豆苗小组 “体制内打工人” (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.doumiao.example.com/group/topic/30918772/",
        title="第四季度安全生产工作例会会议纪要",
        record_title="分享一篇会议纪要模板：第四季度安全生产工作例会会议纪要",
        date="2025-10-09",
        notes="decorated record title; a group-post page: poster line, 'join the group to reply' prompt, replies under the post (chrome), the title repeated as the post's first line, a meeting attendance line and numbered decisions kept; date from the minutes' own time line",
        page="""
!m 豆苗 › 小组 › 体制内打工人
!t 分享一篇会议纪要模板：第四季度安全生产工作例会会议纪要
!m 来自：小葵花在加班（已认证）
!a 加入小组后才能回复哦
楼主说：自己写的，已脱敏，大家随便用。
{T}
{BODY}
!l 回应（23）　　只看楼主　　喜欢
!l 西西弗的文件夹：谢谢楼主，正好要写
!l 橙子不酸：mark一下
""",
        body="""
时间：2025年10月9日上午
地点：公司三楼会议室
出席：闫振华、焦丽、宋伯涛、各车间主任
会议听取了安全环保部关于第三季度安全生产情况的汇报，研究部署了第四季度重点工作。会议议定如下事项：
1.各车间于10月20日前完成冬季消防设施检查，形成台账。
2.安全环保部牵头组织一次危化品泄漏应急演练。
3.对第三季度发生的两起轻伤事故，由责任车间在下次例会上作书面说明。
""",
    ),
    dict(
        slug="tieba-like-thread-plan-junk",
        site="荇州吧 (invented)",
        style="地方论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="https://tieba.example-bbs.com/p/8823107765",
        title="荇州市城区夜市规范提升工作方案",
        record_title="【转】荇州市城区夜市规范提升工作方案_荇州吧",
        date=None,
        notes="decorated record title; a Tieba-like thread: floor numbers, client-tail lines, anti-scraping junk lines and glued junk; no date in the text",
        junk=dict(lines=2, glued=3),
        page="""
!m 荇州吧　关注：20万　帖子：318万
!t 【转】荇州市城区夜市规范提升工作方案
!m 1楼　吧主-青石巷　楼主
{BODY}
!m 来自Android客户端
!l 2楼　夜猫子阿杰：支持，夜市早该管管了
!l 3楼　荇州老街坊：什么时候开始施行？
!a 登录后发贴，参与讨论
""",
        body="""
为规范城区夜市经营秩序，提升城市品质，结合我市实际，制定本方案。
一、工作目标。到2025年底，城区三处夜市全部实现划线经营、统一打烊、垃圾日产日清。
二、主要任务。合理设置摊位，严禁占用消防通道；推行油烟净化设施，餐饮摊点全部使用清洁能源。
三、职责分工。市城管局负责统筹协调，市场监管局负责食品安全监管，各街道负责日常巡查。
四、保障措施。建立夜市管理联席会议制度，每月通报一次工作进展。
""",
    ),
    dict(
        slug="baijia-like-media-news-follow",
        site="百家号式自媒体 “蕖阳观察” (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mbd.example-baijia.com/s?id=17822093315",
        title="蕖阳市召开优化营商环境工作推进会",
        record_title="蕖阳市召开优化营商环境工作推进会",
        date="2025-08-19",
        notes="HTML; a media-account article: account name with a 'follow' button and a fan count, 发布时间 line with the city (date), an 'author's original, please do not repost' notice, a quoted slogan kept, a hot list on the right",
        page="""
<html><head><meta charset="utf-8"><title>蕖阳市召开优化营商环境工作推进会</title></head><body>
<div class="author">⟦m 蕖阳观察⟧ ⟦a +关注⟧ ⟦m 粉丝 3.6万⟧</div>
<h1>⟦t 蕖阳市召开优化营商环境工作推进会⟧</h1>
<div class="time">⟦m 2025-08-19 18:03 · 发布于湖南⟧</div>
<div class="article">
{BODY}
</div>
<div class="stmt">⟦d 本文为作者原创，未经授权不得转载⟧</div>
<div class="hot">⟦l 热搜榜⟧<br>⟦l 1 多地发布高温红色预警⟧<br>⟦l 2 蕖阳新机场航站楼封顶⟧</div>
</body></html>
""",
        body="""
8月19日，蕖阳市召开优化营商环境工作推进会，通报上半年营商环境评价结果，部署下一阶段重点任务。
会议提出，要叫响“蕖阳办事不求人”服务品牌，推行企业开办一日办结、不动产登记一窗受理。
会议要求，各部门要对照评价中的短板弱项逐项整改，年底前完成整改任务。
""",
    ),
    dict(
        slug="toutiao-like-report-expand-full",
        site="头条式资讯客户端 (invented)",
        style="新闻门户",
        genre="工作报告",
        kind="report",
        form="text",
        source="https://m.example-toutiao.cn/article/7411098223/",
        title="筠溪县人民政府2025年工作报告（摘要）",
        record_title="筠溪县人民政府2025年工作报告（摘要）",
        date="2025-01-20",
        notes="an app article page: the account line, a publish-time line with counts (date; the year in the title is not it), a 展开全文 fold between paragraphs, an 'open in app' prompt glued after a 。, reactions and a 'more from this account' list",
        page="""
!m 筠溪发布　·　已认证政务号
!t 筠溪县人民政府2025年工作报告（摘要）
!m 2025-01-20 09:15　阅读 2.1万　评论 86
{BODY}
!l 👍 赞 302　💬 评论　⭐ 收藏　↗ 转发
!l 作者最新文章：筠溪县召开县委常委会会议
""",
        body="""
各位代表：
过去一年，全县地区生产总值增长百分之六点二，一般公共预算收入增长百分之五点一，城乡居民人均可支配收入分别增长百分之四点八和百分之六点九。
⟦a 展开全文 ∨⟧
今年经济社会发展的主要预期目标是：地区生产总值增长百分之六左右，城镇新增就业四千人以上。⟦a 打开App阅读更多精彩内容⟧
我们将重点抓好产业发展、项目建设、城乡融合、民生保障四个方面工作。
各位代表，新的征程催人奋进，让我们同心协力，为建设美丽幸福新筠溪而努力奋斗！
""",
    ),
    dict(
        slug="weibo-like-headline-article-summary",
        site="微博式 头条文章 (invented)",
        style="博客",
        genre="总结",
        kind="summary",
        form="text",
        source="https://weibo.example-wb.com/ttarticle/p/show?id=2309405123",
        title="荷塘社区2025年志愿服务工作总结",
        record_title=None,
        date="2025-12-22",
        notes="no record title; a long-post page: the account with a V mark, a '关注' button, a read count line, the title repeated, a 'published on' line (date), reposts/comments/likes bar, a 'the author has turned on selected comments' notice",
        page="""
!m 荷塘社区V　　⊕关注
{T}
!m 发布于 2025-12-22 16:40　阅读数 5643
{BODY}
!l 转发 31　　评论 17　　赞 208
!d 作者已设置仅展示精选评论
""",
        body="""
2025年，荷塘社区新时代文明实践站共开展志愿服务活动一百四十六场次，参与志愿者两千三百余人次。
一是“银发守护”项目常态化，志愿者每周上门探访独居老人四十二户。
二是“四点半课堂”持续开设，为双职工家庭孩子提供课后托管服务。
三是志愿服务积分兑换制度落地，累计兑换生活用品一千二百余件。
明年，社区将继续壮大志愿者队伍，让志愿服务成为社区最美的风景。
""",
    ),
    dict(
        slug="bilibili-like-column-insight-coins",
        site="B站式 专栏 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.example-bili.com/read/cv39120774",
        title="支教一学期的心得体会",
        record_title="支教一学期的心得体会 - 哔咔专栏",
        date="2025-03-02",
        notes="HTML; site-suffixed record title; a column page: UP主 line with the publication time and counts (date), category chip, coin/like/favourite bar between the text and comments, a 'copyright: original, reprint forbidden' line, comments",
        page="""
<html><head><meta charset="utf-8"><title>支教一学期的心得体会 - 哔咔专栏</title></head><body>
<div class="cat">⟦m 专栏 / 生活 / 日常⟧</div>
<h1>⟦t 支教一学期的心得体会⟧</h1>
<div class="up">⟦m UP主：山那边的小林老师⟧ ⟦m 2025年03月02日 09:41 发布 · 2364阅读 · 188喜欢 · 41评论⟧</div>
<div class="article-content">
{BODY}
</div>
<div class="bar">⟦l 投币 · 点赞 · 收藏 · 分享⟧</div>
<div class="cr">⟦d 本文为我原创，禁止转载⟧</div>
<div class="comments">⟦l 评论 41　按热度排序⟧<p>⟦l 一颗小番茄：看哭了，老师辛苦了⟧</p></div>
</body></html>
""",
        body="""
去年秋天，我来到黛岭县一所山村小学支教，担任四年级语文老师。
刚开始，孩子们很害羞，上课不敢举手。我就从讲故事开始，每天留十分钟让他们说说身边的事。
一个学期下来，班上的孩子愿意读书了，也敢在全班面前讲话了。
这段经历让我懂得，教育不只是传授知识，更是点亮一个个小小的心灯。
""",
    ),
    dict(
        slug="jianshu-like-post-speech-wrapped",
        site="简笺 个人写作平台 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jianjian.example.com/p/4b9e2d71a0c3",
        title="在退休教师座谈会上的讲话",
        record_title="在退休教师座谈会上的讲话",
        date="2025-09-08",
        notes="a personal writing platform: author card with word count and a 'follow' button, a 'reward the author' prompt, the speech's date under the title (neutral line; document date), the collection the post is in; body hard-wrapped at 70 columns",
        wrap=70,
        page="""
!m 教书匠老何　关注　字数 612 · 阅读 390
!t 在退休教师座谈会上的讲话
（2025年9月8日）
{BODY}
!a 喜欢的话，给作者买杯茶吧 ☕ 赞赏支持
!l 收录于专题：讲话稿自用 · 32篇
!d 著作权归作者所有，转载请联系作者获得授权。
""",
        body="""
各位老同志：
金秋九月，我们在这里举行座谈会，欢迎各位退休老教师回到学校，共庆第四十一个教师节。
各位老同志为全县教育事业奉献了青春和汗水，许多人至今仍在关心学校的发展，为青年教师传经送宝。
学校将继续落实好退休教师各项待遇，办好老年活动室，定期组织健康体检。
衷心祝愿各位老同志身体健康、生活幸福！
""",
    ),
    dict(
        slug="csdn-like-blog-plan-code-chrome",
        site="码客博客 (invented)",
        style="博客",
        genre="方案",
        kind="plan",
        form="html",
        source="https://blog.example-maker.net/u_lin2019/article/details/141208873",
        title="茗原县政务数据共享平台建设方案",
        record_title="茗原县政务数据共享平台建设方案_u_lin2019的博客-码客博客",
        date="2025-08-02",
        notes="HTML; site-suffixed record title; date from the 发布 time in the article-info line; a tech blog with code-page chrome: 'copy code' and 'expand' buttons, 文章标签, a 'follow the blogger to read the rest' gate, 版权声明 with the article URL, a 'related recommendations' list; decimal headings 1.1/1.2 kept; the body mentions 下载 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>茗原县政务数据共享平台建设方案_u_lin2019的博客-码客博客</title></head><body>
<div class="toolbar">⟦m 码客博客　首页　下载　问答　社区⟧</div>
<h1 class="title-article">⟦t 茗原县政务数据共享平台建设方案⟧</h1>
<div class="article-info">⟦m 原创　u_lin2019　于 2025-08-02 10:11:39 发布　阅读量1.3k　收藏 21　点赞数 9⟧</div>
<div class="tags">⟦l 文章标签： 数据共享 政务信息化 架构设计⟧</div>
<div class="copyright">⟦d 版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。⟧<br>⟦m 本文链接：https://blog.example-maker.net/u_lin2019/article/details/141208873⟧</div>
<div id="content_views">
<p>1. 建设目标</p>
<p>1.1 建成全县统一的政务数据共享交换平台，实现各部门数据按需共享、有序流动。</p>
<p>1.2 到2026年底，接入部门不少于四十个，共享数据目录不少于八百项。</p>
<p>2. 总体架构</p>
<p>2.1 平台采用“一中心、两平台、多应用”架构，部署于县政务云。</p>
<pre>⟦a 复制代码⟧ ⟦a 展开⟧</pre>
<p>2.2 各部门通过前置机接入平台，数据目录变更后由系统自动推送，使用部门无需人工下载。</p>
<p>3. 保障措施</p>
<p>3.1 成立平台建设领导小组，由县政府分管副县长任组长。</p>
</div>
<div class="hide">⟦a 关注博主即可阅读全文⟧</div>
<div class="recommend">⟦l 相关推荐⟧<br>⟦l 政务云迁移方案模板（附架构图）⟧<br>⟦l 数据中台建设方案 – 下载积分：5⟧</div>
</body></html>
""",
        body="""
1. 建设目标
1.1 建成全县统一的政务数据共享交换平台，实现各部门数据按需共享、有序流动。
1.2 到2026年底，接入部门不少于四十个，共享数据目录不少于八百项。
2. 总体架构
2.1 平台采用“一中心、两平台、多应用”架构，部署于县政务云。
2.2 各部门通过前置机接入平台，数据目录变更后由系统自动推送，使用部门无需人工下载。
3. 保障措施
3.1 成立平台建设领导小组，由县政府分管副县长任组长。
""",
    ),
    dict(
        slug="notion-like-page-decision-toggle",
        site="Noteworks 公开页面 (invented)",
        style="网盘分享",
        genre="决定",
        kind="other",
        form="text",
        source="https://lianxi-team.example-notes.site/f3a91c0e2b7d4e15",
        title="关于表彰2025年度优秀志愿者的决定",
        record_title="关于表彰2025年度优秀志愿者的决定 | Noteworks",
        date="2025-12-28",
        notes="site-suffixed record title; a notes-app public page: workspace breadcrumb, 'duplicate this page' and 'try for free' buttons, property lines (创建者/标签), an emoji icon line, a 'last edited' line; date from the 成文日期",
        page="""
!m 莲溪青年志愿者协会 / 公开文件 / 2025
!a 复制此页面到我的空间　　免费试用
!m 📄
!t 关于表彰2025年度优秀志愿者的决定
!m 创建者：协会秘书处　　标签：表彰　年度
{BODY}
!m 上次编辑于 1月3日
!d Published with Noteworks
""",
        body="""
各志愿服务队：
2025年，全体志愿者积极投身社区服务、应急救援和文明创建，涌现出一批先进典型。
为表彰先进、树立榜样，经各服务队推荐、协会理事会研究，决定授予蒲晓、顾鸣远等二十名同志“2025年度优秀志愿者”称号。
希望受表彰的同志珍惜荣誉、再接再厉。
莲溪青年志愿者协会
2025年12月28日
""",
    ),
    dict(
        slug="feishu-like-doc-minutes-comments",
        site="飞简 云文档分享 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://qixin.example-feijian.cn/docx/Kp3Vf9xQmL2",
        title="产品研发部周例会纪要（第46周）",
        record_title=None,
        date="2025-11-13",
        notes="HTML; no record title (the doc heading is the title); a cloud-doc share page: owner line, 'request edit permission' and 'open in app' buttons, a comment bubble count glued after a 。, an @-mention list of readers; meeting attendance line and action items with owners kept; date from the minutes' own 时间 line",
        page="""
<html><head><meta charset="utf-8"><title>飞简云文档</title></head><body>
<div class="hd">⟦a 申请编辑权限⟧ ⟦a 在飞简App中打开⟧</div>
<div class="owner">⟦m 所有者：运营部-杭雪　最近修改：11月13日 18:20⟧</div>
<h1>{T}</h1>
<div class="doc">
{BODY}
</div>
<div class="readers">⟦l 已读 27 人 · 未读 3 人⟧</div>
<div class="ft">⟦d 该文档仅限企业内部成员查看，请勿外传⟧</div>
</body></html>
""",
        body="""
时间：2025年11月13日 10:00—11:30
参会人：闫涛、刘知远、单宁、曹思琪
一、上周进展：订单模块重构完成百分之八十，支付回调问题已定位。⟦l 💬 2条评论⟧
二、本周计划：完成订单模块联调，启动报表模块需求评审。
三、待办事项：
1.刘知远：11月15日前输出报表模块需求文档；
2.单宁：协调测试环境扩容。
""",
    ),
    dict(
        slug="ebook-reader-regulation-progress",
        site="书阅 电子书阅读器网页版 (invented)",
        style="资料下载站",
        genre="规章制度",
        kind="regulation",
        form="text",
        source="https://read.shuyue.example.com/reader/bk20331/ch07",
        title="苇塘县机关公文处理办法",
        record_title="苇塘县机关公文处理办法（第七章）",
        date=None,
        notes="decorated record title; an e-book reader page: chapter nav, reading progress %, a 'buy the full book' prompt, a font/night-mode bar; articles mention 复制 and 打印 (body); ❦3❦ page marks between lines; no date",
        wrap=76,
        pages=dict(fmt="❦{n}❦", every=120, start=3),
        page="""
!a Aa 字号　☾ 夜间　≡ 目录
!m 第七章 / 共九章　阅读进度 63%
!t 苇塘县机关公文处理办法
{BODY}
!a 试读章节已结束，购买全本可继续阅读（¥12.00）
!l ‹ 上一章　　下一章 ›
""",
        body="""
第二十五条 公文的复制、汇编，须经发文机关批准。复制件应当加盖复制机关戳记，翻印件应当注明翻印的机关名称、日期、份数。
第二十六条 涉密公文不得在非涉密计算机上处理，不得擅自打印、复印。
第二十七条 公文的撤销和废止，由发文机关、上级机关或者权力机关根据职权范围和有关法律法规决定。
第二十八条 不具备归档和保存价值的公文，经批准后可以销毁。
""",
    ),
    dict(
        slug="cache-snapshot-request-header",
        site="搜索引擎网页快照 (invented)",
        style="搜索快照",
        genre="请示",
        kind="other",
        form="text",
        source="http://cache.example-search.com/c?u=http://www.lanxi.example.gov.cn/zwgk/qs/2025/0512.html",
        title="关于申请解决兰溪镇卫生院业务用房建设资金的请示",
        record_title="关于申请解决兰溪镇卫生院业务用房建设资金的请示 - 网页快照",
        date="2025-05-12",
        notes="decorated record title; a cache snapshot: the engine's header naming the cached URL and date, 'your search terms are highlighted' note, the original page's breadcrumb and footer; 请示 with 联系人/电话 kept; date from the end",
        page="""
!d 这是 http://www.lanxi.example.gov.cn/zwgk/qs/2025/0512.html 的快照，是网页在 2025年6月3日 的存档。
!d 当前页面可能已更改，点击此处查看当前页面。以下搜索词已高亮显示：卫生院 请示
!m 兰溪镇人民政府 > 政务公开 > 请示报告
!t 关于申请解决兰溪镇卫生院业务用房建设资金的请示
{BODY}
!m 主办：兰溪镇人民政府　备案序号：浙ICP备05012345号-2
""",
        body="""
县人民政府：
兰溪镇卫生院现有业务用房建于上世纪八十年代，面积狭小、设施老化，已不能满足群众就医需求。
经镇党委、政府研究，拟新建业务用房一栋，建筑面积二千四百平方米，总投资约九百万元，其中镇自筹二百万元。
恳请县人民政府给予资金支持七百万元。
妥否，请批示。
联系人：严国栋，电话：0579-8852xx30。
兰溪镇人民政府
2025年5月12日
""",
    ),
    dict(
        slug="rss-reader-view-notice-html",
        site="微读 RSS阅读器 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://reader.example-weidu.net/item/xl90ce2",
        title="关于开展第三季度食品安全抽检工作的通知",
        record_title="关于开展第三季度食品安全抽检工作的通知",
        record_date="2025-07-02",
        date="2025-07-02",
        notes="HTML; record date; an RSS reader's item view: feed name and unread count, 'mark as read' / 'star' / 'open original' buttons, the feed's item link, a 'next unread' link; notice with 附件 kept",
        page="""
<html><head><meta charset="utf-8"><title>微读</title></head><body>
<div class="feed">⟦m 订阅源：潆洲市市场监督管理局-通知公告（未读 14）⟧</div>
<div class="btns">⟦a ✓ 标为已读⟧ ⟦a ☆ 加星标⟧ ⟦a ↗ 打开原文⟧</div>
<h2>⟦t 关于开展第三季度食品安全抽检工作的通知⟧</h2>
<div class="src">⟦m http://scjg.yingzhou.example.gov.cn/tzgg/2025/0702.html⟧</div>
<div class="item">
{BODY}
</div>
<div class="next">⟦l 下一篇未读 ›⟧</div>
</body></html>
""",
        body="""
各县（市、区）市场监督管理局：
根据省局年度抽检计划，定于7月至9月开展第三季度食品安全监督抽检工作，现将有关事项通知如下。
一、抽检重点为校园周边食品、农村集贸市场食品和网络销售食品。
二、各地要按照抽检任务表完成抽样，不合格食品核查处置率须达到百分之百。
附件：第三季度食品安全抽检任务分配表
""",
    ),
    dict(
        slug="mail-client-print-view-letter",
        site="企邮 邮件客户端打印视图 (invented)",
        style="打印页",
        genre="函",
        kind="other",
        form="text",
        source="file:///exports/mail/print_20250416_0932.html",
        title="关于商请选派专家参加课题评审的函",
        record_title="打印 - 关于商请选派专家参加课题评审的函",
        date="2025-04-15",
        date_also=["2025-04-16"],
        notes="decorated record title; an email client's print view: header block (发件人/收件人/时间/主题), the mail's own 抄送 header (meta of the mail, chrome) vs. the letter's 联系人/电话/邮箱 (body); the client's print footer with page 1/1; date from the letter's end",
        page="""
!m 企邮 — 打印邮件
!m 发件人：科研处 <kyc@heting-tvu.example.edu.cn>
!m 收件人：教务处 <jwc@example-teach.edu.cn>
!m 抄　送：院办 <yb@heting-tvu.example.edu.cn>
!m 时　间：2025年4月16日（星期三）上午9:32
!t 主　题：关于商请选派专家参加课题评审的函
{BODY}
!p 第 1 页，共 1 页
!m 本邮件由企邮打印，2025/4/16 9:40
""",
        body="""
教务处：
我院2025年度校级教学改革研究课题拟于4月25日进行集中评审，现商请贵处选派两名专家参加评审工作。
请于4月20日前将专家名单反馈我处。
联系人：邢老师，电话：0736-2219xx8，邮箱：kyc@heting-tvu.example.edu.cn。
鹤汀电大科研处
2025年4月15日
""",
    ),
]
