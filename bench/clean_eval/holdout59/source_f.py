"""holdout59, part F: second pages of Party building, hospital, university, education, previews, forums, blogs, mirrors. Invented text."""

CASES = [
    dict(
        slug="dangjian-shanshui-text-mountain-rescue-minutes",
        site="山水先锋党建网 (invented)",
        style="党建网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.ssxfdj.cn/zbsh/2025/0305/1189.html",
        title="应急救援队党支部2025年第一季度组织生活会会议记录",
        record_title="应急救援队党支部2025年第一季度组织生活会会议记录【范本】",
        date="2025-03-04",
        notes="Party-building text page; minutes lines; glued chrome before a 。",
        page="""
!m 山水先锋党建网 — 把支部建在最需要的地方
!m 当前位置：首页 >> 支部生活 >> 三会一课
!t 应急救援队党支部2025年第一季度组织生活会会议记录【范本】
!m 来源：蓍山县应急管理局　发布日期：2025-03-05　点击：267
{BODY}
!a 【打印】【收藏】【关闭】
!l 上一篇：民兵连党支部主题党日活动记录
!m 山水先锋党建网 技术维护：县委组织部信息科
""",
        body="""
时间：2025年3月4日下午3时
地点：救援队值班楼二楼会议室
主持人：支部书记　喻成刚
应到党员8名，实到7名，1名因执行山地搜救任务请假。
会议首先学习了山地救援安全操作规程。⟦m 本文由支部宣传委员上传⟧随后，支部书记通报了一季度救援出警情况：共出警14次，成功搜救迷路游客11人。
党员逐一对照检查，开展批评与自我批评。大家重点查找了夜间出警装备检查不细、新队员带教不够等问题。
会议明确，二季度组织一次绳索救援技能比武，党员带头参加。
记录人：柏晓东
""",
    ),
    dict(
        slug="hospital-qingcheng-text-eye-hospital-insight",
        site="青城眼科医院 (invented)",
        style="医院官网",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.qcykyy.com/wenhua/xinde/336.html",
        title="下乡开展白内障复明筛查的心得",
        record_title="下乡开展白内障复明筛查的心得——青城眼科医院",
        date="2025-09-12",
        notes="hospital text page; booking prompts; 发布时间 byline as date",
        page="""
!m 青城眼科医院｜专注眼健康二十年
!m 医院文化 > 员工心声
{T}
!m 发布时间：2025-09-12　作者：眼科护士 冉若溪
!w 白内障手术预约：0731-87226699（免费接送）
{BODY}
!w 在线问诊　视光配镜　预约挂号　|　微信搜索“青城眼科”关注服务号
!m 青城眼科医院 湘ICP备11028890号
""",
        body="""
九月初，我跟随医院“光明行”医疗队到蓼川县三个乡镇开展白内障复明筛查，五天里筛查群众六百多人。
在石门乡，一位八十多岁的老奶奶被孙子扶着进来。她两眼白内障已经很严重，看人只能看到影子。检查完，我告诉她可以做手术，她拉着我的手问了好几遍：“真能看见吗？”
那一刻我才明白，我们平时在医院里做的一台台手术，对一个家庭意味着什么。
这次下乡，也让我看到农村老年人眼健康知识的缺乏。很多人把白内障当成“老花眼”，一拖就是好几年。今后我想多做一些科普，让更多人早发现、早治疗。
""",
    ),
    dict(
        slug="university-beiyan-html-campus-bathhouse-notice",
        site="北岩大学后勤服务集团 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://hq.beiyan.edu.cn/tzgg/2025/1020/c2201a77813/page.htm",
        title="关于学生浴室冬季开放时间调整的通知",
        date="2025-10-20",
        notes="university logistics site; table of opening times; 扫码 in the body",
        page="""
<html><head><meta charset="utf-8"><title>关于学生浴室冬季开放时间调整的通知</title></head>
<body>
<div class="logo">⟦m 北岩大学后勤服务集团⟧ ⟦l 学校主页⟧ ⟦l 报修平台⟧</div>
<div class="nav">⟦l 集团概况⟧ ⟦l 通知公告⟧ ⟦l 饮食服务⟧ ⟦l 公寓服务⟧ ⟦l 能源服务⟧</div>
<div class="pos">⟦m 首页 &gt; 通知公告⟧</div>
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 发布者：公寓服务中心　发布时间：2025-10-20　浏览次数：3371⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="footer">⟦m 版权所有©北岩大学后勤服务集团　地址：北岩市学府路1号⟧ ⟦w 后勤服务热线：0471-5960000⟧</div>
</body></html>
""",
        body="""
各位同学：
进入冬季，为满足同学们洗浴需求，经研究，自2025年11月1日起调整学生浴室开放时间：
浴室　工作日　周末及节假日
东区浴室　12:00—23:00　10:00—23:00
西区浴室　14:00—23:00　10:00—23:00
请同学们使用校园卡或扫码付费，每次洗浴时间不超过40分钟，节约用水。
浴室设备如有故障，请及时报修。
后勤服务集团公寓服务中心
2025年10月20日
""",
    ),
    dict(
        slug="edu-caixi-text-rowing-club-plan",
        site="彩溪县教育信息网 (invented)",
        style="教育门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.cxjy.net/Article/ShowArticle.asp?ArticleID=6612",
        title="彩溪县中小学生防溺水“六不两会”教育活动实施方案",
        date="2025-05-06",
        notes="old ASP text page; hard-wrapped text at 78 cols; date in Chinese numerals",
        page="""
!m 彩溪县教育信息网 — 彩溪教育人的网上家园
!m 您现在的位置： 彩溪县教育信息网 >> 安全教育 >> 正文
{T}
!m 作者：县教育局安全股　文章来源：本站原创　点击数：1408　更新时间：2025-5-8
!a 【字体：小 大】
{BODY}
!l 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】
!l 上一篇文章：暑期安全告家长书
!m 彩溪县教育局主办 技术支持：县电化教育馆
""",
        wrap=78,
        indent="\u3000\u3000",
        body="""
为切实做好中小学生防溺水工作，确保学生生命安全，结合我县江河塘库多的实际，制定本方案。
一、活动内容
（一）开展“六不两会”专题教育：不私自下水游泳，不擅自与他人结伴游泳，不在无家长或教师带领的情况下游泳，不到无安全设施、无救护人员的水域游泳，不到不熟悉的水域游泳，不熟悉水性的学生不擅自下水施救；会游泳、会自救。
（二）组织家长会。各校在暑假前召开一次家长会，签订防溺水安全责任书。
（三）开展巡河活动。联合村委会、乡镇派出所在重点水域设置警示牌，节假日组织教师和志愿者巡河。
二、工作要求
各校要建立学生防溺水工作台账，对留守儿童逐一落实监护责任。
彩溪县教育局
二〇二五年五月六日
""",
    ),
    dict(
        slug="wenku-zhihai-html-goat-vaccination-markers",
        site="知海文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://wenku.zhihai.cc/d/e4b1f73a0c55.html",
        title="蒿城县2024年小反刍兽疫免疫工作总结",
        record_title="蒿城县2024年小反刍兽疫免疫工作总结-知海文库",
        date="2024-12-18",
        notes="文库 HTML reader; pay box; page markers as paragraphs cutting a sentence",
        page="""
<html><head><meta charset="utf-8"><title>蒿城县2024年小反刍兽疫免疫工作总结-知海文库</title></head>
<body>
<div class="top">⟦m 知海文库　让知识流动起来⟧ ⟦a 开通会员⟧ ⟦a 上传文档⟧</div>
<h1>{T}</h1>
<div class="doc-info">⟦m 贡献者：畜牧小管家　｜　4页　｜　2025-01-03 上传　｜　★★★★☆ 4.3分⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 还剩2页未读，继续阅读⟧ ⟦a 下载本文档需要 8 知币⟧</div>
<div class="rec">⟦l 猜你喜欢：动物防疫工作汇报材料⟧ ⟦l 畜禽养殖场防疫制度⟧</div>
<div class="ft">⟦d 本站文档均由用户上传，知海文库不承担任何版权责任。⟧</div>
</body></html>
""",
        pages=dict(fmt="第 {n} 页 / 共 4 页", every=200, start=2),
        body="""
2024年，全县认真落实小反刍兽疫强制免疫工作，全年累计免疫山羊、绵羊27.3万只，应免畜群免疫密度达到100%，免疫抗体合格率达到86.7%，未发生小反刍兽疫疫情。
一、主要做法
（一）压实免疫责任。县政府与各乡镇签订动物防疫目标责任书，乡镇与村签订责任书，层层落实。
（二）推行“先打后补”。对规模养殖场实行自主免疫，经县动物疫病预防控制中心抽检合格后给予疫苗补助。
（三）加强免疫监测。春秋两季各抽检血清样品1200份，对不合格畜群及时补免。
二、存在问题
散养户分散在偏远山区，免疫工作量大；村级防疫员年龄偏大，队伍不够稳定。
三、下步打算
2025年将在山区乡镇推行“流动免疫车”，继续加强村级防疫员培训。
蒿城县农业农村局
2024年12月18日
""",
    ),
    dict(
        slug="forum-diaoyu-html-reservoir-post",
        site="钓者家园论坛 (invented)",
        style="论坛",
        genre="经验交流",
        kind="insight",
        form="html",
        source="https://www.diaozhejy.com/forum.php?mod=viewthread&tid=771036",
        title="冬季水库钓鲫鱼的三个细节",
        record_title=None,
        date="2025-12-01",
        notes="Discuz-like forum with jammer fonts; missing record title; 发表于 date",
        page="""
<html><head><meta charset="gbk"><title>冬季水库钓鲫鱼的三个细节 - 钓技交流 - 钓者家园论坛</title></head>
<body>
<div id="toptb">⟦a 登录⟧ ⟦a 注册⟧ ⟦a 找回密码⟧</div>
<div id="nv">⟦m 钓者家园 钓友自己的网上家园⟧</div>
<div id="pt">⟦m 钓者家园论坛 › 钓技交流 › 淡水钓⟧</div>
<div class="ts"><h1>{T}</h1> ⟦a [复制链接]⟧</div>
<div class="pi">⟦m 芷湾老钓 发表于 2025-12-1 09:16⟧ ⟦m 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 本帖最后由 芷湾老钓 于 2025-12-1 09:20 编辑⟧</div>
<div class="pl">⟦l 回复 1# 小河钓翁：第二条太对了，冬天线组一定要细⟧</div>
<div id="ft">⟦m Archiver | 手机版 | 小黑屋 | 钓者家园⟧</div>
</body></html>
""",
        junk=dict(lines=2, glued=1),
        body="""
入冬以后，水温降下来，鲫鱼口轻，很多钓友空军。我在蘅阳几个水库钓了二十多年冬鲫，说三个细节。
第一，选位要找向阳背风的深水区。上午太阳照着的一侧水温高一点，鱼愿意过去。
第二，线组要细。主线0.6号、子线0.3号，钩子用袖钩2号，浮漂选吃铅小的细长漂。
第三，饵料要少而精。蚯蚓和红虫效果最好，商品饵要搓得小一些，打窝不要多，一次一两颗就够。
还有一点，冬季水库边湿滑，一定注意安全，不要到冰面上钓鱼。
""",
    ),
    dict(
        slug="blog-xiaozhu-html-archive-volunteer",
        site="小竹的档案小屋 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://xiaozhu.blog.lanyun.net/2025/08/archive-volunteer/",
        title="在县档案馆做志愿者的一个暑假",
        record_date="2025-08-30",
        date="2025-08-30",
        notes="WordPress-like blog: tag cloud, archive, comments; record date",
        page="""
<html><head><meta charset="utf-8"><title>在县档案馆做志愿者的一个暑假 – 小竹的档案小屋</title></head>
<body>
<header><p class="site-title">⟦m 小竹的档案小屋⟧</p><p class="desc">⟦m 一个历史系学生的碎片记录⟧</p></header>
<article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 2025年8月30日 · 小竹 · 2条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 分类：日常　标签：档案、志愿服务、暑假⟧</footer></article>
<div class="comments"><h3>⟦l 《在县档案馆做志愿者的一个暑假》有2条评论⟧</h3><p>⟦l 阿澄：原来修复档案这么讲究！⟧</p><p>⟦l 发表评论　您的电子邮箱地址不会被公开。⟧</p></div>
<aside><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年8月 (3)⟧</p><p>⟦l 2025年7月 (5)⟧</p></aside>
<footer>⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
这个暑假，我在家乡茴岭县档案馆做了六个星期的志愿者，主要工作是协助整理民国时期的土地契约。
第一天，档案馆的贾老师就给我立了规矩：戴手套，用铅笔，不许把水杯放在桌上。
那些契约纸张发黄发脆，有的边角已经残缺。我的任务是按编号逐件登记，写明年代、立契人、土地位置和面积。六个星期下来，我一共登记了1132件。
最让我难忘的是一份光绪年间的分家契约，字迹工整，连“兄友弟恭”这样的叮嘱都写了进去。
原来历史不只在课本里，也在这些泛黄的纸页里。
""",
    ),
    dict(
        slug="wechat-lanyin-html-ancient-books-repair",
        site="兰因古籍 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.mirror-lanyin.cn/a/Qx81bTr0",
        title="三百年前的家谱“重生”了！县图书馆古籍修复室完成首批修复",
        date="2025-04-23",
        notes="WeChat-style mirror: account, original mark, 阅读原文, follow QR; 发布时间 as date",
        page="""
<html><head><meta charset="utf-8"><title>三百年前的家谱“重生”了！县图书馆古籍修复室完成首批修复</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　菰城县图书馆　菰城书香　2025年4月23日 17:30　菰城⟧</div>
<div class="follow">⟦a 👆点击蓝字“菰城书香”关注我们⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="foot">⟦l 阅读原文⟧ ⟦m 阅读 3826⟧ ⟦a 赞 分享 推荐⟧</div>
<div class="qr">⟦a 长按识别二维码，获取更多阅读活动信息⟧</div>
<div class="mirror-note">⟦d 本页为公众号文章镜像，版权归原作者所有⟧</div>
</div>
</body></html>
""",
        body="""
4月23日是世界读书日。当天，菰城县图书馆古籍修复室对外展示了首批修复完成的12部古籍，其中最早的一部《菰城戚氏宗谱》刻印于清康熙年间，距今已有三百余年。
修复前，这部家谱虫蛀、霉变严重，部分书页粘连成“书砖”。修复师邢婉如带领团队，采用揭裱、补纸、压平等传统工艺，历时八个月才将其修复完成。
“补纸要选颜色、厚度都相近的手工竹纸，一页往往要补上百个洞。”邢婉如说。
据悉，县图书馆还将对修复后的古籍进行数字化扫描，读者今后可在馆内电子阅览室查阅。
""",
    ),
    dict(
        slug="docshare-wenquan-text-rescue-station-report",
        site="文泉共享 (invented)",
        style="文档分享",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.wenquanshare.com/p-118203994.html",
        title="县救助管理站2024年工作情况报告",
        record_title="县救助管理站2024年工作情况报告.pdf",
        date="2025-01-09",
        notes="file-name title; markers ·n· on own lines cutting sentences; wrapped text",
        page="""
!m 文泉共享 — 上传即分享
!t 县救助管理站2024年工作情况报告.pdf
!m 页数：3　大小：0.4M　上传时间：2025-01-20
!a 阅读全文需要 2 泉币　｜　收藏　｜　举报
{BODY}
!d 文泉共享所有文档均为用户上传，仅供学习参考，不代表本站观点。
!a 下载完整版
""",
        wrap=66,
        pages=dict(fmt="·{n}·", every=180, start=2, glue=False),
        body="""
2024年，我站坚持“应救尽救”，全年共救助生活无着的流浪乞讨人员386人次，其中护送返乡214人次，站内照料病残人员12人，无一起安全责任事故。
一是主动巡查救助。与公安、城管建立联合巡查机制，冬季寒潮期间每晚开展街面巡查，劝导38名露宿人员入站避寒。
二是做好寻亲服务。运用人脸识别、DNA比对等方式，帮助17名长期滞留人员找到亲人。
三是加强源头治理。对返乡人员开展回访，协调当地落实低保、特困供养等政策，防止反复流浪。
蒿城县救助管理站
2025年1月9日
""",
    ),
    dict(
        slug="qa-mingbai-html-septic-tank-question",
        site="明白问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.mingbaiwd.com/question/5521870.html",
        title="农村改厕后化粪池多久清掏一次？",
        record_title="农村改厕后化粪池多久清掏一次？-明白问答",
        date=None,
        notes="Q&A HTML with accepted answer; relative times; no date",
        page="""
<html><head><meta charset="utf-8"><title>农村改厕后化粪池多久清掏一次？-明白问答</title></head>
<body>
<div class="hd">⟦m 明白问答｜问明白，答明白⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 苜川网友　提问于 昨天 20:41　·　2个回答⟧</p></div>
<div class="best"><p>⟦m ✔ 采纳答案　｜　乡镇环卫所 蒋工　回答于 今天 07:55⟧</p>
{BODY}
<p>⟦a 赞同(21)　评论(3)⟧</p></div>
<div class="other">⟦l 其他1条回答⟧ ⟦l 查看更多改厕问题⟧</div>
<div class="ft">⟦m 明白问答 © 2025⟧</div>
</body></html>
""",
        body="""
一般三格式化粪池一年左右清掏一次，家里人口多的半年就要看一下。
判断方法很简单：打开第三格的盖子，如果粪液快到出水口了，或者第一格浮渣很厚，就该清了。
清掏可以打乡镇的改厕服务电话预约吸粪车，很多地方是免费或者只收少量费用。
注意清掏时不要下池作业，池里有沼气，容易中毒。
""",
    ),
    dict(
        slug="anthology-helao-html-ferryman-memoir",
        site="何老渡工文集 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="html",
        source="http://www.helaoduwenji.cn/juan2/07.html",
        title="我在白沙渡撑了四十年船",
        date=None,
        notes="family collection; chapter nav top and bottom; years in the text are not a date",
        page="""
<html><head><meta charset="utf-8"><title>何老渡工文集 · 卷二 · 我在白沙渡撑了四十年船</title></head>
<body>
<div class="head">⟦m 何老渡工文集⟧ ⟦m 子女整理　纪念父亲何满仓⟧</div>
<div class="nav">⟦l 目录⟧ ⟦l 上一章：童年的河⟧ ⟦l 下一章：渡口的灯⟧</div>
<h2>{T}</h2>
{BODY}
<div class="nav2">⟦l 返回目录 ｜ 上一章：童年的河 ｜ 下一章：渡口的灯⟧</div>
<div class="copy">⟦d 家人整理，仅供亲友阅览，请勿转载。⟧</div>
</body></html>
""",
        body="""
1965年，我十九岁，从父亲手里接过了白沙渡的竹篙。
那时候渡船是木头的，一次能坐二十来个人。涨水的时候，河面有三百多米宽，撑一趟要半个钟头。
最难忘的是1983年发大水，半夜有人来喊，对岸有个产妇要送医院。我叫上两个后生，点着马灯把船撑过去，又把人送了回来。后来那孩子长大了，每年过年都来看我。
1998年渡口换了机动船，我改当了驾驶员；2005年，河上修了大桥，渡口撤了。
我这一辈子，就是在这条河上来来回回。河还在，船没了，心里总还惦记着。
""",
    ),
    dict(
        slug="localforum-huzhuang-html-well-repair-post",
        site="虎庄乡亲网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.huzhuang.net/thread-20331-1-1.html",
        title="虎庄村关于维修村东老井的通知",
        record_title="【村务】虎庄村关于维修村东老井的通知",
        date="2025-03-15",
        notes="township forum with old table layout; poster meta; floors; 联系人 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>【村务】虎庄村关于维修村东老井的通知 - 虎庄乡亲网</title></head>
<body>
<table width="100%"><tr><td>⟦m 虎庄乡亲网 · 游子的家⟧</td><td align="right">⟦a 登录⟧ | ⟦a 注册⟧</td></tr></table>
<table width="100%"><tr><td>⟦m 虎庄乡亲网 » 村务公开 » 查看帖子⟧</td></tr></table>
<table width="100%"><tr><td width="160" valign="top">⟦m 村委会小刘⟧<br>⟦m 帖子 312 积分 1047⟧</td>
<td valign="top"><b>⟦t 【村务】虎庄村关于维修村东老井的通知⟧</b><br>⟦m 发表于 2025-3-15 18:22⟧
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦l 虎庄在外：老井是念想，支持修！⟧</td></tr><tr><td>⟦l 王家湾二叔：能不能顺便把井台栏杆也装上⟧</td></tr></table>
<table width="100%"><tr><td align="center">⟦m 虎庄乡亲网 站长QQ：80221457⟧</td></tr></table>
</body></html>
""",
        body="""
各位村民：
村东老井有两百多年历史，是村里的文化记忆。近年来井壁石块松动，井台开裂，存在安全隐患。经村民代表会议讨论，决定对老井进行维修。
一、维修内容：加固井壁，重砌井台，加装井盖和护栏，清淤并检测水质。
二、施工时间：3月20日至4月10日，施工期间请勿靠近。
三、资金来源：村集体经济列支3.2万元，欢迎在外乡亲自愿捐助，捐款明细将在村务公开栏公示。
联系人：村委会刘建新，电话：13677401562。
虎庄村村民委员会
2025年3月15日
""",
    ),
    dict(
        slug="download-lvye-html-sheep-shearing-table",
        site="绿野资料库 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.lvyeziliao.com/soft/45521.html",
        title="剪羊毛作业安全操作规程",
        record_title="剪羊毛作业安全操作规程 Word版",
        date=None,
        notes="old download station: file info table, mirror links, report dead link; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>剪羊毛作业安全操作规程 Word版 - 绿野资料库</title></head>
<body>
<table width="980"><tr><td>⟦m 绿野资料库 www.lvyeziliao.com⟧</td><td>⟦a 设为首页⟧ ⟦a 收藏本站⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：绿野资料库 → 规章制度 → 安全规程⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：剪羊毛作业安全操作规程 Word版⟧</td></tr>
<tr><td>⟦m 资料大小：21KB　资料语言：简体中文　授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-13　下载次数：128⟧</td></tr>
<tr><td>⟦a 下载地址：电信下载一　联通下载二　移动下载三⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报错⟧</td></tr>
</table>
<table width="980"><tr><td><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table width="980"><tr><td align="center">⟦d 本站资料来源于网络，如有侵权请联系删除。⟧</td></tr></table>
</body></html>
""",
        body="""
一、剪毛前应检查电动剪毛机电源线、插头是否完好，机身应可靠接地。
二、作业人员应穿防滑鞋，不得佩戴手套操作剪毛机。
三、羊只保定应由专人负责，防止羊只挣扎伤人。
四、剪毛过程中刀片发热时应停机冷却，不得用手直接触摸刀片。
五、作业结束后应切断电源，清理刀片并涂油保养。
""",
    ),
]
