"""holdout102, part A: park squirrels (feeding bans, rope bridges, bites) and street dance
(breaking clubs, battles, studios). Invented text: sites, places, people, numbers, URLs."""

CASES = [
    dict(
        slug="gov-yunzhang-squirrel-feeding-notice-html",
        site="云樟县城市管理局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://cgj.yunzhang.example.gov.cn/tzgg/2025/0416/5521.html",
        title="关于凤栖山公园禁止投喂松鼠的通告",
        record_title="关于凤栖山公园禁止投喂松鼠的通告_通知公告_云樟县城市管理局",
        date="2025-04-15",
        date_also=["2025-04-16"],
        notes="county portal: 索引号 table, font-size row, share bar glued after the last line, footer with 网站标识码; 成文日期 differs from the byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于凤栖山公园禁止投喂松鼠的通告_通知公告_云樟县城市管理局</title>
<script>var siteid="yzcg";</script><style>.nav li{float:left}</style></head><body>
<div class="topbar">⟦a 无障碍阅读⟧ | ⟦a 长者模式⟧ | ⟦m 今天是：2025年4月20日 星期日⟧</div>
<div class="logo">⟦m 云樟县城市管理局⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 机构职能⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：YZ-CGJ-2025-00318⟧</td><td>⟦m 发文机构：县城市管理局⟧</td></tr>
<tr><td>⟦m 公开日期：2025-04-16⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h2>{T}</h2>
<div class="tools">⟦a 【字体：特大 大 中 小】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：朋友圈 微博 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 城区行道树修剪作业时段调整的公告⟧</li><li>⟦l 凤栖山公园东门停车场临时关闭的通知⟧</li></ul></div>
<div class="footer"><p>⟦d 主办单位：云樟县城市管理局　版权所有 未经许可不得转载⟧</p><p>⟦m 网站标识码：4331270019　湘ICP备19004412号-2⟧</p>
<p>⟦m 湘公网安备 43312702000127号⟧</p></div>
<script>visitCount();</script>
</body></html>
""",
        body="""
近期，凤栖山公园内松鼠数量明显增多，部分游客投喂膨化食品、糖果等，导致松鼠聚集路面、抢食咬人事件时有发生。为维护公园生态和游客安全，现将有关事项通告如下：
一、自2025年4月20日起，凤栖山公园全园范围内禁止投喂松鼠及其他野生动物。
二、禁止捕捉、驱赶、惊扰松鼠，禁止在树干上悬挂食盒、钉挂装置。
三、游客被松鼠抓伤、咬伤的，应立即用肥皂水冲洗伤口，并到县疾控中心犬伤门诊处置。
四、对违反本通告的行为，公园管理人员将予以劝阻；拒不改正的，依照《云樟县城市公园管理办法》有关规定处理。
监督电话：0739-7721436
云樟县城市管理局
2025年4月15日
""",
    ),
    dict(
        slug="hospital-shiqian-squirrel-bite-clinic",
        site="石潜县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.sqxrmyy.example.com/yydt/20250602/3317.html",
        title="县医院犬伤门诊五月接诊松鼠抓咬伤患者明显增多",
        record_title=None,
        date="2025-06-02",
        notes="hospital page with 预约挂号 and a floating consult box; the department's own 咨询电话 in the body beside the hospital switchboard in the footer; no record title",
        page="""
<html><head><meta charset="utf-8"><title>县医院犬伤门诊五月接诊松鼠抓咬伤患者明显增多-石潜县人民医院</title></head><body>
<div class="head"><span>⟦m 石潜县人民医院⟧</span><span>⟦m 二级甲等综合医院⟧</span> <a>⟦a 预约挂号⟧</a> <a>⟦a 报告查询⟧</a></div>
<div class="menu">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 医院动态⟧</div>
<div class="pos">⟦m 当前页面：医院动态 › 院内新闻⟧</div>
<h1>{T}</h1>
<p class="sub">⟦m 来源：急诊科　作者：毛晓岚　发布时间：2025-06-02　点击：1146⟧</p>
<div class="txt">
{BODY}
</div>
<div class="prev">⟦l 上一条：我院开展护士节技能比武⟧</div>
<div class="next">⟦l 下一条：关于调整端午节门诊安排的通知⟧</div>
<div class="float">⟦w 在线咨询 | 导诊台 0739-5120120⟧</div>
<div class="foot">⟦d Copyright © 石潜县人民医院 All Rights Reserved⟧ ⟦m 医院地址：石潜县杏林路9号⟧</div>
</body></html>
""",
        body="""
5月以来，县医院犬伤门诊共接诊被松鼠抓伤、咬伤的患者63人次，较去年同期增加近两倍，其中14岁以下儿童占四成以上。
急诊科副主任邱海平介绍，受伤者大多是在公园、景区投喂松鼠时被抓咬，伤口多在手指和手背。松鼠虽然不是狂犬病的主要传播动物，但被野生动物抓咬后仍应规范处置。
医生提醒，被抓咬后要立即用流动清水和肥皂水交替冲洗伤口约15分钟，再用碘伏消毒，并尽快到犬伤门诊评估是否需要接种疫苗。
犬伤门诊24小时开诊，咨询电话：0739-5127702。
""",
    ),
    dict(
        slug="wechat-lulin-squirrel-pledge",
        site="鹿林街道 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wxmirror.example.cn/s/luLin_8xQ2r",
        title="文明游园 不喂松鼠倡议书",
        record_title="倡议丨文明游园 不喂松鼠倡议书",
        date="2025-05-09",
        date_also=["2025-05-10"],
        notes="WeChat mirror: account line with date, a 'tap blue text' prompt, a mid-body image caption, 阅读原文/在看/写留言 rows; 成文日期 under the signature",
        page="""
!m 倡议丨文明游园 不喂松鼠倡议书
!m 原创 鹿林街道 鹿林e家 2025-05-10 08:30 湖南
!a 点击上方蓝字 关注我们
{BODY}
!m 来源：鹿林街道综治办
!m 编辑：谭可心　审核：彭立
!a 阅读原文
!l 分享　收藏　在看　赞
!l 写留言
!l 留言区：邻家小满　我家孩子已经改掉喂松鼠的习惯了 👍 12
""",
        body="""
广大居民朋友、游客朋友们：
辖区内的银杏坡和滨河林带是松鼠的家园，每天都有不少市民带着孩子前来观赏。然而，随意投喂正在悄悄改变松鼠的生活习性。
⟦l ▲图为滨河林带的一只赤腹松鼠（资料图）⟧
为此，我们向大家发出如下倡议：
一、只观赏、不投喂，不把面包、瓜子、辣条等人类食物留给松鼠。
二、不追赶、不捕捉，与松鼠保持两米以上的距离，拍照时关闭闪光灯。
三、做文明劝导员，看到投喂行为时主动友善提醒，看到受伤松鼠请拨打街道值班电话0739-6610285。
让我们一起守护这份城市里的野趣。
鹿林街道办事处
2025年5月9日
""",
    ),
    dict(
        slug="party-chengtan-squirrel-bridge-lecture",
        site="澄潭区机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://djw.chengtan.example.gov.cn/zbjs/2025/0701/612.html",
        title="在“松鼠绳桥”志愿服务项目总结会上的讲话",
        record_title="【支部风采】在“松鼠绳桥”志愿服务项目总结会上的讲话_澄潭区机关党建网",
        date="2025-06-26",
        date_also=["2025-07-01"],
        notes="Party-building site: speech date under the title (neutral speaker line), 发布时间 byline differs, a study-column box between paragraphs, a print/close row",
        page="""
!m 澄潭区机关党建网
!m 网站首页 > 支部建设 > 支部风采
!t 在“松鼠绳桥”志愿服务项目总结会上的讲话
区林业局机关党支部书记　龙慧敏
（2025年6月26日）
!m 发布时间：2025-07-01 10:12　来源：区林业局　浏览次数：[ 277 ]
{BODY}
!a 【打印本页】【关闭】
!l 上一篇：区直机关“七一”主题党日活动安排
!l 下一篇：关于开展机关党员进社区报到工作的通知
!d 澄潭区直属机关工作委员会主办　技术支持：澄潭区大数据中心
""",
        body="""
同志们：
去年秋天，支部把“松鼠绳桥”列为党员志愿服务项目，大家利用周末时间，在环城公路两侧的林带之间架设了十二座绳桥。
⟦l 【学习专栏】点击进入“学党史 办实事”专题⟧
半年来，红外相机记录到松鼠通过绳桥两千四百多次，公路上的松鼠死亡数量从每月十余只下降到一只左右。
这个项目之所以做得好，一靠党员带头，二靠群众参与，三靠专业支撑。
下一步，支部要把绳桥的日常巡护纳入网格化管理，把好的做法总结成册，在全区推广。
""",
    ),
    dict(
        slug="qa-zhidao-squirrel-pet-legal",
        site="问知百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenzhi.example.com/question/88213407.html",
        title="在公园捡到受伤的小松鼠可以带回家养吗？",
        record_title=None,
        date="2025-08-12",
        notes="Q&A: the question as title (missing from the record); answerer card; 回答于 line as the page date; 'was this helpful' row, other answers folded, related questions",
        page="""
!m 问知百科 > 生活 > 动物
!t 在公园捡到受伤的小松鼠可以带回家养吗？
!m 匿名网友　提问于 2025-08-11
!m 最佳答案
!m 荣麓林业工作站 · 林业工程师　回答于 2025-08-12
{BODY}
!a 有帮助(56)　没帮助(3)　举报
!l 其他2条回答 展开
!l 相关问题
!l 松鼠吃什么东西最好？
!l 家里进了松鼠怎么赶出去？
!d 本页内容由网友提供，仅供参考，不代表本站观点
""",
        body="""
不建议带回家饲养。常见的赤腹松鼠、岩松鼠等虽然不是国家重点保护动物，但多数被列入地方或“三有”保护名录，私自饲养可能违法。
正确的做法是：
1. 先观察，幼鼠在地上可能只是暂时离巢，母鼠往往会回来寻找。
2. 确实受伤的，用纸盒装好，不要喂牛奶和人类食物。
3. 及时联系当地林业部门或野生动物救护站，由专业人员接收救治。
救护站治疗康复后，会在原地或适宜的林地放归。
""",
    ),
    dict(
        slug="snapshot-qianyuan-school-squirrel-club",
        site="千源县第二中学 搜索快照 (invented)",
        style="搜索快照",
        genre="方案",
        kind="plan",
        form="text",
        source="http://cache.sousuo.example.com/c?u=www.qy2z.example.edu.cn/tzgg/1182.html",
        title="千源二中生物社团“校园松鼠观察”活动方案",
        record_title="千源二中生物社团“校园松鼠观察”活动方案 - 快照",
        date="2025-03-03",
        notes="search cache frame: cache notice with a crawl time (no date), highlighted keywords row; 成文日期 at the end; decimal headings",
        page="""
!m 这是 www.qy2z.example.edu.cn/tzgg/1182.html 的快照，是该网页于 2025年9月3日 05:21 的显示内容。
!a 当前页面可能已更改，查看最新页面
!m 以下搜索词已高亮显示：松鼠　观察　方案
!m 千源县第二中学 —— 崇德 尚学 笃行
!t 千源二中生物社团“校园松鼠观察”活动方案
{BODY}
!m 【网站首页】【学校概况】【德育天地】【社团风采】
!d 版权所有：千源县第二中学　地址：千源县文昌路66号
""",
        body="""
为引导学生亲近自然、学会科学观察，生物社团决定开展“校园松鼠观察”活动，方案如下。
1.活动时间
2025年3月至6月，每周三下午课外活动时间。
2.活动内容
2.1 在校园北侧香樟林设置三个固定观察点，记录松鼠出现的时间、数量和行为。
2.2 每月整理一次观察记录，绘制活动热力图。
2.3 六月举办观察成果展，评选优秀观察日记。
3.注意事项
观察时保持安静，不投喂、不触摸，下雨天暂停户外观察。
千源县第二中学生物社团
2025年3月3日
""",
    ),
    dict(
        slug="edu-tongqiao-streetdance-club-html",
        site="桐桥市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.tongqiao.example.gov.cn/jyzx/2025/1009/7710.html",
        title="关于举办桐桥市第三届中小学街舞展演活动的通知",
        record_title="关于举办桐桥市第三届中小学街舞展演活动的通知-桐桥教育网",
        date="2025-10-09",
        notes="education portal: a 附件 list kept, a data table one row a paragraph, the document's own 联系人 next to the site's technical line; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>关于举办桐桥市第三届中小学街舞展演活动的通知-桐桥教育网</title></head><body>
<div id="top">⟦m 桐桥教育网⟧ ⟦m www.tqedu.example.gov.cn⟧ <a>⟦a 登录⟧</a></div>
<div id="nav">⟦m 首页　教育要闻　通知公告　招生考试　德育体卫艺⟧</div>
<div class="loc">⟦m 当前位置：首页 / 通知公告⟧</div>
<h1>{T}</h1>
<div class="wh">桐教体艺〔2025〕31号</div>
<div class="meta">⟦m 发布者：体卫艺科　日期：2025-10-09　阅读：3021⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="fj">⟦l 相关附件下载次数：412⟧</div>
<div class="side"><h3>⟦l 热点文章⟧</h3><p>⟦l 全市中小学秋季运动会安排出炉⟧</p><p>⟦l 2025年教师资格认定公告⟧</p></div>
<div class="foot">⟦m 网站技术支持热线：0728-3360001⟧<br>⟦d 桐桥市教育局 版权所有⟧</div>
</body></html>
""",
        body="""
各区县教育局，市直各学校：
为丰富校园体育艺术活动，经研究，决定举办桐桥市第三届中小学街舞展演活动。现将有关事项通知如下。
一、展演时间和地点
2025年11月15日至16日，市青少年活动中心体育馆。
二、组别设置
组别　人数　时长
小学组　8至16人　3至4分钟
初中组　8至16人　3至5分钟
高中组　6至12人　3至5分钟
三、报名办法
各校于10月31日前将报名表报送至市教育局体卫艺科，逾期不予受理。
联系人：邵文博，电话：0728-3365127。
附件：1.桐桥市第三届中小学街舞展演报名表
2.展演评分细则
桐桥市教育局
2025年10月9日
""",
    ),
    dict(
        slug="forum-jiaozhou-breaking-battle-rules-junk",
        site="胶洲地板舞论坛 (invented)",
        style="论坛",
        genre="规则",
        kind="other",
        form="text",
        source="http://bbs.jzbreak.example.net/thread-30917-1-1.html",
        title="“胶洲之夜”地板舞一对一斗舞赛赛事规则",
        record_title="[赛事] “胶洲之夜”地板舞一对一斗舞赛赛事规则（报名帖另开） - 赛事公告 - 胶洲地板舞论坛",
        date="2025-07-20",
        notes="forum thread with anti-scraping junk lines and glued junk; post time line as the publish line; signature, replies and login prompt",
        page="""
!m 胶洲地板舞论坛 › 赛事公告 › 查看帖子
!t [赛事] “胶洲之夜”地板舞一对一斗舞赛赛事规则（报名帖另开）
!m 楼主　B-boy阿坤　发表于 2025-7-20 23:41
!m 只看该作者 | 倒序看帖 | 电梯直达
{BODY}
!m —— 签名：没有白练的托马斯 ——
!l 沙发　小风车：规则很清楚，报名了！
!l 板凳　Poppin_豆豆：评委名单啥时候公布？
!a 登录后才能参与讨论　马上登录 | 注册会员
!m 胶洲地板舞论坛 | 手机版 | 联系管理员
""",
        junk=dict(lines=2, glued=3),
        body="""
本次比赛采用一对一斗舞淘汰制，海选后取十六强进入正赛。
海选每人独舞一分钟，由三名评委按技术、音乐性、原创性、完成度四项打分。
正赛每轮每人两个回合，每回合不超过四十五秒，由评委当场举牌判定胜负。
选手不得有故意触碰对手、侮辱性手势等行为，违者直接判负。
比赛音乐由主办方DJ现场播放，选手不得自带音乐。
冠军奖金三千元，亚军一千五百元，四强各五百元。
""",
    ),
    dict(
        slug="training-moye-dance-studio-summer-html",
        site="墨野街舞工作室 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.moyedance.example.com/news/summer2025.html",
        title="墨野街舞2025年暑期少儿班招生简章",
        record_title="【暑期招生】墨野街舞2025年暑期少儿班招生简章（附课程表）",
        date=None,
        notes="training school: price tag and trial-class form, a testimonial box between paragraphs, a consultant's WeChat glued after a line; the school's own 报名电话 kept; no date",
        page="""
<html><head><title>【暑期招生】墨野街舞2025年暑期少儿班招生简章（附课程表）</title><meta charset="utf-8"></head><body>
<header><div class="brand">⟦m 墨野街舞 MOYE DANCE⟧</div><nav>⟦m 首页 · 课程体系 · 师资团队 · 学员风采 · 联系我们⟧</nav></header>
<div class="banner">⟦a 限时特惠 早鸟价立减200元 立即抢购⟧</div>
<h2>{T}</h2>
<section class="article">
{BODY}
</section>
<aside><div class="form">⟦a 免费试听 填写手机号 预约体验课⟧</div><div class="price">⟦a ￥1980 起 / 期⟧</div></aside>
<footer>⟦d ©墨野街舞工作室 部分图片来源网络 如有侵权请联系删除⟧ ⟦m 地址：墨野区星光广场B座3楼⟧</footer>
</body></html>
""",
        body="""
墨野街舞工作室2025年暑期少儿班现已开始报名，面向6至14岁零基础和有基础的学员。
一、开设课程
课程　适合年龄　课时
少儿Hiphop启蒙班　6至8岁　24课时
少儿Breaking基础班　8至12岁　24课时
少儿Locking提高班　10至14岁　30课时
⟦l 学员家长说：孩子学了一个暑假，自信多了，也更愿意运动了。⟧
二、上课时间
7月7日至8月22日，每周一、三、五上午或下午，每次90分钟。⟦w 课程顾问小墨微信：moye_dance07⟧
三、报名须知
报名时需提供学员身份证复印件和近期体检证明，报名电话：0755-2988316。
""",
    ),
    dict(
        slug="assoc-lanhe-streetdance-referee-rules",
        site="澜河市街舞运动协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lhjwxh.example.org/xhgg/2025/0311.html",
        title="关于开展2025年度街舞裁判员培训考核的通知",
        record_title="【协会公告】关于开展2025年度街舞裁判员培训考核的通知",
        date="2025-03-11",
        notes="association: 成文日期 in Chinese numerals; the association's own mailbox and a 附件 line kept; tag row and prev link",
        page="""
!m 澜河市街舞运动协会
!m 协会首页 | 协会公告 | 会员服务 | 赛事信息
!t 【协会公告】关于开展2025年度街舞裁判员培训考核的通知
{BODY}
!l 本文标签：裁判员　培训　考核
!l 上一则：协会第二届会员代表大会胜利召开
!m 协会地址：澜河市体育中心东区203室
!d 本站所载内容版权归澜河市街舞运动协会所有
""",
        body="""
各会员单位：
为加强街舞裁判员队伍建设，协会定于4月中旬举办2025年度街舞裁判员培训考核。
一、培训对象：各会员单位推荐的街舞教练及有志从事裁判工作的人员，年满20周岁。
二、培训内容：街舞竞赛规则、评分标准、临场执裁方法及职业道德。
三、考核方式：理论笔试和临场执裁实操，两项均合格者颁发协会二级裁判员证书。
四、请各单位于3月31日前将报名表发送至协会邮箱lhjwxh@example.org。
附件：裁判员培训考核报名表
澜河市街舞运动协会
二〇二五年三月十一日
""",
    ),
    dict(
        slug="news-hongxi-streetdance-final-html",
        site="虹溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.hongxi.example.com.cn/wenti/2025-09/21/c_7781.html",
        title="虹溪县首届街舞大赛落幕 三十二支队伍同台竞技",
        record_title="虹溪县首届街舞大赛落幕 三十二支队伍同台竞技_文体_虹溪新闻网",
        date="2025-09-21",
        notes="news portal: photo caption between paragraphs, editor line glued after the last paragraph, hot list and a comment box",
        page="""
<html><head><meta charset="utf-8"><title>虹溪县首届街舞大赛落幕 三十二支队伍同台竞技_文体_虹溪新闻网</title>
<script src="/js/ad.js"></script></head><body>
<div class="top">⟦m 虹溪新闻网⟧ ⟦m 虹溪县融媒体中心主办⟧ <span>⟦a 手机版⟧</span> <span>⟦a 数字报⟧</span></div>
<div class="channel">⟦m 首页 ＞ 文体 ＞ 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2025-09-21 19:46:02　来源：虹溪日报　记者 芮一鸣⟧</div>
<div class="article">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 虹溪至平川城际公交正式开通⟧</li><li>⟦l 县一中新校区本月启用⟧</li></ol></div>
<div class="comment">⟦l 网友评论 已有0条 我要评论⟧</div>
<div class="foot">⟦d 本网所有稿件未经授权不得转载⟧ ⟦m 互联网新闻信息服务许可证：43120230011⟧</div>
</body></html>
""",
        body="""
9月20日晚，虹溪县首届街舞大赛总决赛在县文化广场举行，来自全县的三十二支队伍、二百余名舞者同台竞技。
比赛设少儿组、青年组和自由组三个组别，经过初赛、复赛的激烈角逐，十二支队伍进入总决赛。
⟦l 图为青年组选手在决赛中表演。记者 芮一鸣 摄⟧
最终，县职业中专“追光”队获得青年组冠军，城关二小“小旋风”队获得少儿组冠军。
据了解，本次大赛由县文化和旅游局、团县委联合主办，下一步将组建县级街舞集训队。⟦m （责任编辑：黄蕾）⟧
""",
    ),
    dict(
        slug="app-fanwen-streetdance-host-script",
        site="笔锋范文 APP分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://share.bifeng.example.cn/a/9981725",
        title="少儿街舞汇报演出主持词",
        record_title="少儿街舞汇报演出主持词（精选版）",
        date=None,
        notes="writing-app share page: an open-app bar, a 'rest hidden' mask between paragraphs, template placeholders ××, upload/share stamps no date",
        page="""
!a 打开笔锋范文APP，阅读体验更佳
!t 少儿街舞汇报演出主持词（精选版）
!m 笔锋范文 · 主持词频道　收录于 2025-06-30　分享自用户“晨光”
{BODY}
!a 剩余内容已折叠，打开APP免费看全文
!l 猜你想看：幼儿园六一文艺汇演主持词
!l 猜你想看：钢琴学员汇报音乐会串词
!d 本文由用户投稿，笔锋范文仅提供信息存储空间服务
""",
        body="""
甲：尊敬的各位家长，
乙：亲爱的小朋友们，
合：大家下午好！
甲：欢迎来到××街舞工作室2025年夏季汇报演出现场。
⟦a 👉长按复制本段⟧
乙：半年来，孩子们在练功房里洒下汗水，今天他们要把最好的自己展现给大家。
甲：下面请欣赏少儿启蒙班带来的开场舞《出发吧》。
乙：演出到此结束，感谢各位家长的陪伴，我们下期再见！
""",
    ),
]
