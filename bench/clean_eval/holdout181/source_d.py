"""holdout181, part D: pencil cases (文具盒/笔袋). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-duoyang-magnetic-pencil-case-warning",
        site="锘阳市市场监督管理局 (invented)",
        style="政府门户",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://scjg.nuoyang.gov.cn/xfts/202508/t20250825_1172.html",
        title="开学季选购文具盒消费提示",
        record_title="开学季选购文具盒消费提示_消费提示_锘阳市市场监督管理局",
        date="2025-08-25",
        notes="text portal page: 发布时间 byline is the date; the bureau's 12315 line inside the body beside the portal's 纠错 line; numbered tips",
        page="""
!m 锘阳市市场监督管理局
!m 首页 > 信息公开 > 消费提示
{T}
!m 发布时间：2025-08-25 10:02　　信息来源：消费者权益保护科　　浏览次数：2190
!a [ 字号：大 中 小 ]　[ 打印 ]　[ 关闭 ]
{BODY}
!l 上一篇：关于电动自行车头盔质量抽查结果的公告
!l 下一篇：中秋月饼消费提示
!m 网站纠错：0376-31880211　版权所有：锘阳市市场监督管理局　豫ICP备16011022号
""",
        body="""
开学在即，文具盒是学生家长采购的重点。近年来，造型花哨、带玩具功能的文具盒越来越多，有的还装有小电扇、密码锁，容易分散孩子的注意力。市市场监管局提醒广大家长：
1. 选择简单实用的款式，不买带游戏、发声等玩具功能的文具盒。
2. 注意闻气味，塑料或皮革文具盒有刺鼻异味的，可能含有有害物质，不要购买。
3. 查看标签，选择标明生产厂名、厂址和执行标准的产品，保留好购物凭证。
如发现质量问题，可拨打12315投诉举报。
""",
    ),
    dict(
        slug="news-nuocheng-pencil-case-export-title-glued",
        site="锘城日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.nuochengdaily.cn/jingji/2025-10/14/c_88213.html",
        title="锘城笔袋“背”出国门",
        record_title="锘城笔袋“背”出国门 - 锘城日报网",
        date="2025-10-14",
        notes="news page: title glued to the lead (matched as head); dotted time line is the date; related links and editor line",
        page="""
!m 锘城日报网 | 首页 | 本地 | 经济 | 社会 | 图片
!m 首页 > 经济
{T}
!m 2025.10.14 07:35　来源：锘城日报　作者：钱沁
⟦t 锘城笔袋“背”出国门⟧{BODY}
!m 责任编辑：罗帆　审核：张谦
!l 相关新闻：
!l 锘城箱包产业带入选省级特色产业集群
!l 前三季度我市外贸进出口增长9.6%
!d 本网原创稿件，转载请注明出处
""",
        body="""
10月13日，一批印有熊猫图案的帆布笔袋从锘城县经济开发区装车，将经宁波港发往中东。
锘城是全国重要的笔袋生产基地，全县有笔袋及文具包企业130多家，年产笔袋2.3亿只。今年以来，企业纷纷开发环保面料和原创设计款式，前三季度笔袋出口额同比增长18%。
“过去靠贴牌，现在客户点名要我们自己的设计。”一家企业负责人说，公司今年新招了8名设计师。
""",
    ),
    dict(
        slug="wechat-xiaoxue-letter-parents-pencil-case",
        site="锘阳实验小学 公众号镜像 (invented)",
        style="公众号镜像",
        genre="致家长的一封信",
        kind="notice",
        form="text",
        source="https://mp.wxreader.cn/s/nysyxx/20250829",
        title="致全体家长的一封信：给孩子选一个“安静”的文具盒",
        record_title="致全体家长的一封信：给孩子选一个“安静”的文具盒",
        date="2025-08-28",
        date_also=["2025-08-29"],
        notes="WeChat mirror in text: account line date differs from the letter's date; follow and 在看 rows; 扫码 sentence as content",
        page="""
!m 锘阳实验小学　2025-08-29 18:00　发表于河南
!a 点击蓝字 关注我们
{T}
{BODY}
!l 往期推荐：新学期作息时间调整通知｜一年级新生入学须知
!l 阅读 6231　　赞 418　　在看 97
!a 分享　收藏　写留言
""",
        body="""
亲爱的家长朋友们：
新学期就要开始了。我们在课堂上发现，一些同学的文具盒带有按钮、弹射、发光等功能，上课时总忍不住摆弄。
为了帮助孩子专心学习，学校建议：文具盒选择简单的单层或双层款式，笔袋选择素色布面的即可；不必追求名牌和新奇造型。
学校已经准备了一份文具清单，请家长扫描下方二维码查看并参考购买。
感谢您的理解与配合！
锘阳实验小学
2025年8月28日
""",
    ),
    dict(
        slug="univ-design-pencil-case-contest-news",
        site="锝州工业大学 设计学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://design.dzut.edu.cn/info/1033/5118.htm",
        title="设计学院学生获全国文具设计大赛金奖",
        record_title=None,
        date="2025-11-06",
        notes="university department news: no record title (the h1 holds it); 发布时间 line; photo caption between paragraphs; related links",
        page="""
<html><head><meta charset="utf-8"><title>设计学院</title></head>
<body>
<div class="top">⟦m 锝州工业大学⟧ ⟦m 设计学院⟧ <a>⟦a 学校主页⟧</a> <a>⟦a 信息门户⟧</a></div>
<div class="nav">⟦m 学院概况 | 师资队伍 | 本科教学 | 学生工作 | 新闻动态⟧</div>
<div class="pos">⟦m 当前位置：首页 >> 新闻动态 >> 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-11-06　作者：学院办公室　浏览：436⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="next">⟦l 上一条：学院举办“设计与乡村振兴”论坛⟧ ⟦l 下一条：学院召开新学期教学工作会议⟧</div>
<div class="foot">⟦m 版权所有©锝州工业大学设计学院　地址：锝州市大学城学苑路1号⟧</div>
</body></html>
""",
        body="""
近日，第九届全国文具创意设计大赛结果揭晓，我院产品设计专业大三学生林可心的作品《折页笔袋》获得金奖。
这款笔袋用一整块可降解毡布折叠而成，没有拉链和胶水，展开是一张桌垫，合上就是一个笔袋。
⟦m 图为林可心展示获奖作品《折页笔袋》。⟧
指导教师介绍，学院近三年有27件学生作品在国家级设计赛事中获奖。
""",
    ),
    dict(
        slug="edu-tancheng-stationery-burden-notice-cn-date",
        site="锬城县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.tancheng.gov.cn/tzgg/2025/0901_2207.html",
        title="关于规范中小学生文具使用减轻家庭负担的通知",
        record_title="关于规范中小学生文具使用减轻家庭负担的通知 - 锬城县教育局",
        date="2025-09-01",
        notes="education bureau text page; 文号 line neutral; date under the signature in Chinese numerals; 抄送 line kept",
        page="""
!m 锬城县教育局　锬城教育信息网
!m 首页 → 通知公告
{T}
锬教基〔2025〕19号
{BODY}
!m 【发布单位：基础教育股】【阅读：1734】
!a 【收藏】【打印】【关闭】
!m 锬城县教育局 版权所有　技术维护：县教育信息中心
""",
        body="""
各中小学校：
近期，有家长反映部分学校要求学生统一购买指定品牌的文具盒、笔袋等文具，增加了家庭负担。为此，现就有关事项通知如下：
一、各校不得指定文具品牌、型号或购买地点，不得以班级名义统一收费代购文具。
二、教师应引导学生爱惜文具，文具盒、笔袋能继续使用的，不要求每学期更换。
三、各校要把文具使用纳入劳动教育和节约教育内容，开展“旧文具换新家”等活动。
锬城县教育局
二〇二五年九月一日
抄送：县纪委监委派驻第五纪检监察组
""",
    ),
    dict(
        slug="fanwen-gb2312-teacher-donated-pencil-case",
        site="好文章范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://www.haowenzhang8.com/html/xinde/2025/0917/60221.html",
        title="支教一年心得：一只旧文具盒",
        record_title="【优选】支教一年心得：一只旧文具盒（精选3篇）_好文章范文网",
        date=None,
        notes="old gb2312 table layout: marquee, font-size row, QQ writing box, visitor counter; no date (only the posting time of a 范文 site, relative)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【优选】支教一年心得：一只旧文具盒（精选3篇）_好文章范文网</title></head>
<body bgcolor="#f5f5f5">
<table width="980" align="center"><tr><td><font size="5">⟦m 好文章范文网⟧</font></td><td>⟦m 范文 · 心得 · 总结 · 讲话⟧</td></tr></table>
<marquee>⟦m 欢迎光临好文章范文网，本站每日更新优质范文200篇！⟧</marquee>
<table width="980" align="center"><tr><td>⟦m 您现在的位置：首页 >> 心得体会 >> 支教心得⟧</td></tr></table>
<table width="980" align="center"><tr><td width="720" valign="top">
<h3 align="center">⟦t 【优选】支教一年心得：一只旧文具盒（精选3篇）⟧</h3>
<p align="center">⟦m 来源：会员投稿　更新：5天前　人气：3028⟧　⟦a 【阅读字号：大 中 小】⟧</p>
{BODY}
</td><td width="260" valign="top">
<div>⟦w 材料代写 QQ：1893002176 原创不过全额退款⟧</div>
<div>⟦l 热门范文排行：1.支教老师个人总结　2.乡村教师心得体会　3.师德师风学习心得⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您是本站第 0391827 位访客⟧　⟦m 闽ICP备10027715号⟧</td></tr></table>
</body></html>
""",
        body="""
去年九月，我到锬城县山区的一所村小支教。开学第一天，我发现班上一个男孩用的文具盒，盖子用胶布缠了好几圈。
他说，这是姐姐用过的，姐姐现在上初中了。后来我才知道，班里不少孩子的文具盒、笔袋都是哥哥姐姐传下来的。
一年里，孩子们教会我的比我教给他们的还多：东西旧了不要紧，用心珍惜，就是最好的。
离开的时候，那个男孩送了我一张画，画的就是那只缠着胶布的文具盒。
""",
    ),
    dict(
        slug="forum-discuz-parents-pencil-bag-smell-jammer",
        site="宝妈家园论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.baomajiayuan.com/thread-551902-1-1.html",
        title="新买的笔袋一股刺鼻味，散了一周还有",
        record_title="新买的笔袋一股刺鼻味，散了一周还有 - 育儿交流 - 宝妈家园论坛 - Powered by Discuz!",
        date=None,
        notes="Discuz-like thread with jammer fonts (lines and glued); posting time relative; quick-reply and forum footer",
        page="""
<html><head><meta charset="utf-8"><title>新买的笔袋一股刺鼻味，散了一周还有 - 育儿交流 - 宝妈家园论坛 - Powered by Discuz!</title><style>.jammer{display:none}</style></head>
<body>
<div id="toptb">⟦m 宝妈家园论坛⟧ ⟦a 快捷导航⟧ ⟦a 登录 | 注册⟧</div>
<div id="pt">⟦m 论坛 › 育儿交流 › 查看帖子⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 豆豆妈咪⟧<br>⟦m 主题 12 帖子 340 积分 588⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 4 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><td class="t_f">
{BODY}
</td></div>
<div class="po">⟦a 收藏 分享 点赞 举报⟧</div></td></tr></table>
<div class="pgs">⟦l 上一主题：一年级要准备几支铅笔？⟧ ⟦l 下一主题：孩子总弄丢橡皮怎么办⟧</div>
<div id="f_pst">⟦a 您需要登录后才可以回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　© 2001-2025 宝妈家园⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
在网上给儿子买了一个卡通笔袋，拆开包装一股很冲的塑料味，熏得眼睛都难受。放在阳台上吹了一个礼拜，味道淡了一点，但凑近闻还是有。
我查了一下，有刺鼻气味的可能是用了不合格的胶或者涂层，不敢给孩子用了。
已经申请退货，大家给孩子买笔袋的时候最好选纯棉帆布的，少买那种亮面带图案的。
""",
    ),
    dict(
        slug="qa-pledge-donate-pencil-cases-placeholder",
        site="知问网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiwen365.cn/question/2097331.html",
        title="班级捐赠文具盒的倡议书怎么写？",
        record_title=None,
        date=None,
        notes="Q&A with a best-answer badge; the answer is a sample pledge with ××××年×月×日 placeholders (no date); question as title",
        page="""
<html><head><meta charset="utf-8"><title>班级捐赠文具盒的倡议书怎么写？_知问网</title></head>
<body>
<div class="hd">⟦m 知问网⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：匿名　浏览：907⟧</p></div>
<div class="best"><span class="badge">⟦m 最佳答案⟧</span>
<p>⟦m 回答者：语文周老师　采纳率：96%　回答于 1个月前⟧</p>
{BODY}
<p class="vote">⟦l 赞同 56　反对 1⟧</p></div>
<div class="others">⟦l 其他 2 条回答　查看全部⟧</div>
<div class="ft">⟦d 回答内容由网友提供，知问网不保证其准确性。⟧</div>
</body></html>
""",
        body="""
可以参考下面这个格式，把××换成你们班的信息：
同学们：
山区学校的不少小伙伴还在用旧得不能再用的文具盒。我们倡议：每位同学捐出一只九成新以上的文具盒或笔袋，并在里面放一张写给小伙伴的卡片。
捐赠时间：××月××日至××月××日，交到班长处统一登记。
××学校××班全体同学
××××年×月×日
""",
    ),
    dict(
        slug="training-meiyi-art-class-supplies-float",
        site="美艺画室 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.meiyihuashi.com/news/1088.html",
        title="美艺画室秋季素描班学员用品准备清单",
        record_title="美艺画室秋季素描班学员用品准备清单 - 美艺画室",
        date="2025-08-30",
        notes="training school with a floating consult box; a supplies table; the school's 报名电话 beside a 400 line; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>美艺画室秋季素描班学员用品准备清单 - 美艺画室</title></head>
<body>
<div class="header">⟦m 美艺画室 · 专注少儿美术十年⟧ <nav>⟦m 首页 课程介绍 师资团队 学员作品 联系我们⟧</nav></div>
<div class="article"><h1>{T}</h1>
<p class="date">⟦m 发布日期：2025-08-30　阅读 612⟧</p>
{BODY}
</div>
<div class="float-box">⟦w 在线咨询⟧ ⟦w 全国统一咨询热线 400-991-2208⟧ ⟦a 免费预约试听课⟧</div>
<div class="footer">⟦m 美艺画室 版权所有 © 2025　粤ICP备20051377号⟧</div>
<script>$(".float-box").show();</script>
</body></html>
""",
        body="""
各位家长：
秋季素描班将于9月6日开课，请提前为孩子准备以下用品：
用品　规格　数量
素描铅笔　2B、4B、6B　各3支
可塑橡皮　中号　1块
卷帘笔袋　可装30支笔　1个
卷帘笔袋能把铅笔分格放好，防止笔尖折断，不建议使用硬壳文具盒。
如有疑问，请联系画室前台，报名电话：020-82219635。
美艺画室
2025年8月30日
""",
    ),
    dict(
        slug="print-school-store-stationery-rules-window-print",
        site="锬城县第一小学 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://www.tcxyx.cn/print.asp?id=733",
        title="锬城县第一小学校园文具店经营管理规定",
        record_title="〔打印稿〕锬城县第一小学校园文具店经营管理规定",
        date=None,
        notes="print view calling window.print(): a noprint bar, print footer; articles; no date",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕锬城县第一小学校园文具店经营管理规定</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a 〔打印本页〕〔返回原文〕〔关闭〕⟧</div>
<h2>{T}</h2>
{BODY}
<div class="print-foot">⟦m 页码：1 ∕ 1⟧　⟦m 锬城县第一小学　http://www.tcxyx.cn⟧</div>
</body></html>
""",
        body="""
第一条　校园文具店以服务学生为宗旨，只经营学习必需的文具，不得经营玩具类文具。
第二条　文具盒、笔袋等商品应明码标价，价格不得高于周边同类商店。
第三条　禁止销售带有电子游戏、磁力弹射、刀片等功能的文具盒，禁止销售无厂名厂址的“三无”产品。
第四条　学校总务处每学期对文具店检查不少于两次，检查结果在家长群公示。
""",
    ),
    dict(
        slug="snapshot-text-stationery-standard-drafting-note",
        site="搜一下快照 (invented)",
        style="搜索快照",
        genre="编制说明",
        kind="other",
        form="text",
        source="http://kuaizhao.souyixia.com/?url=www.cnwjxh.org.cn/bz/2025/017.html",
        title="《学生用笔袋》团体标准编制说明（征求意见稿）",
        record_title="《学生用笔袋》团体标准编制说明（征求意见稿） - 快照",
        date=None,
        notes="text-only search cache header; a stationery association's drafting note with decimal headings 2.1/2.2; the association's mailbox kept; no date",
        page="""
!d 您正在查看的是搜一下为 www.cnwjxh.org.cn/bz/2025/017.html 保存的快照，抓取时间 2025-07-02 04:11。
!d 原网页可能已经更新或删除，快照仅供参考。
!m 中国文具行业协会团体标准工作委员会（仿）
{T}
{BODY}
!m 返回标准征求意见列表
""",
        body="""
1 任务来源
本标准由协会标准工作委员会于2025年3月立项，主要起草单位为锘城县笔袋及文具包生产企业。
2 主要技术内容
2.1 材料安全：笔袋面料及涂层中可迁移元素、增塑剂含量应符合玩具安全相关限量要求。
2.2 结构要求：拉链头、挂件等小零件应牢固，拉力不小于70牛。
3 征求意见方式
请于2025年8月15日前将意见反馈至邮箱bzwyh_wj@163.com。
""",
    ),
]
