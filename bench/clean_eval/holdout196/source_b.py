"""holdout196, part B: blogs, WeChat mirrors, document-sharing sites, education portals and
enterprise intranets. Invented text (subjects: oven mitts, ice-cube trays, door peepholes,
lint rollers, tyre pumps); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="blog-banshaotang-essay-oven-mitt-burn-time",
        site="半勺糖的烘焙笔记 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://banshaotang.example.me/archives/318/",
        title="被烤盘烫了一次之后，我换掉了所有棉布隔热手套",
        record_title="被烤盘烫了一次之后，我换掉了所有棉布隔热手套 | 半勺糖的烘焙笔记",
        date="2025-01-19",
        notes="a personal blog: the post time in a <time> element (the page's date); category and tags under the "
        "post; a reward button glued after the last paragraph; tag cloud, archive, comment form and a theme footer",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"><title>被烤盘烫了一次之后，我换掉了所有棉布隔热手套 | 半勺糖的烘焙笔记</title>
<link rel="stylesheet" href="/usr/themes/paper/style.css"></head>
<body>
<header><a class="brand">⟦m 半勺糖的烘焙笔记⟧</a><p class="desc">⟦m 一个上班族的周末厨房⟧</p>
<nav>⟦m 首页 · 配方 · 工具 · 关于我 · 留言板⟧</nav></header>
<main><article>
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 半勺糖 · <time datetime="2025-01-19T20:31:00+08:00">2025年01月19日</time> · 工具 · 阅读 2,417⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="tags">⟦l 标签：隔热手套 烤箱 厨房安全⟧</div>
<div class="post-nav">⟦l « 戚风蛋糕开裂的五个原因⟧　⟦l 一台二手烤箱的体检报告 »⟧</div>
</article>
<section id="comments"><h3>⟦l 9 条评论⟧</h3><textarea placeholder="说点什么吧……"></textarea><button>⟦a 提交评论⟧</button></section>
</main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 吐司 欧包 戚风 曲奇 工具 烤箱 发酵⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2025年1月 (4)　2024年12月 (6)　2024年11月 (3)⟧</p></aside>
<footer>⟦d © 2025 半勺糖的烘焙笔记　本站文字未经允许请勿转载⟧　⟦m 主题 Paper by 某某　Powered by Typecho⟧</footer>
</body></html>
""",
        body="""
上周烤面包时，我戴着一副用了两年的棉布隔热手套去端烤盘，刚拿起来就觉得指尖一阵刺痛，烤盘差点扣在地上。摘下手套才发现，拇指位置的棉布早就磨薄了，还沾过水没干透。
后来查了资料才知道，棉布手套一旦受潮，导热会快很多，水汽遇热还可能变成蒸汽烫伤皮肤。
这次我把家里的棉布手套全部换掉了，改用外层硅胶、内衬棉的款式，长度也选了能护住手腕的。用了一周，感觉抓握比以前稳，洗起来也方便。
给同样在家烘焙的朋友几点建议：手套要保持干燥；发现磨薄、破洞就换；端大烤盘时两只手都戴上，别图省事只戴一只。⟦a 觉得有用？请我喝杯咖啡 ☕⟧
""",
    ),
    dict(
        slug="blog-laojie-memoir-aluminium-ice-tray-wrapped",
        site="老街闲人的博客 (invented)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://blog.laojiexianren.example.com/post/2025/tiepi-bingge.html",
        title="那只铝皮冰格",
        record_title="【旧物记】那只铝皮冰格 - 老街闲人的博客",
        date=None,
        notes="hard-wrapped at 58 columns; a memoir with only years in it (no date); 'edited N days ago' stamp; "
        "blog chrome: category line, prev/next, comment count, a follow prompt and a visitor counter",
        wrap=58,
        indent="\u3000\u3000",
        page="""
!m 老街闲人的博客 —— 记下那些慢慢消失的东西
!m 首页 | 旧物记 | 读书 | 行走 | 留言
!t 【旧物记】那只铝皮冰格
!m 分类：旧物记　阅读(388)　评论(12)　最后修改：5 天前
{BODY}
!l 上一篇：外婆的竹壳热水瓶
!l 下一篇：街口那台爆米花机
!l 评论（12）　我要评论
!a 喜欢这篇文章？点击右上角“关注”，更新第一时间知道
!m 本博客已运行 3127 天　总访问量 186044
""",
        body="""
一九九三年夏天，家里买了第一台双门冰箱。冰箱的冷冻室里附带一只铝皮冰格，长方形，里面插着一块能抽出来的铝隔板，一次能冻十二块冰。
那时候冰块可是稀罕东西。每天下午放学，我第一件事就是拉开冷冻室，看冰格里的水冻上没有。冻好的冰格粘在冷冻室底板上，要用力一掰才下得来，手指常常被冻得发麻。
母亲舍不得拿冰块泡饮料，只在父亲喝啤酒时放两块。剩下的，多半被我和妹妹含在嘴里，比谁含得久。
后来家里换了新冰箱，附带的是塑料冰格，那只铝皮冰格不知去了哪里。如今超市里硅胶冰格五颜六色，按一下冰块就弹出来，可我总还记得掰冰格时那一声脆响。
""",
    ),
    dict(
        slug="wechat-guchuan-police-peephole-elders-mirror",
        site="微阅镜像站 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.weiyuejx.example.com/s/gcpa_20250605_01.html",
        title="给独居老人家的门镜装上“防护罩”，觚川民警上门来了",
        record_date="2025-06-05",
        date="2025-06-05",
        notes="title and date from the record; a WeChat mirror: account line with the same post date, "
        "a follow prompt glued before the first sentence, photo captions between paragraphs, 阅读原文/在看/赞赏 "
        "rows and a mirror-site footer; the police station's own phone in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>给独居老人家的门镜装上“防护罩”，觚川民警上门来了</title></head>
<body>
<div class="mirror-bar">⟦m 微阅镜像站 · 公众号文章存档⟧　<a>⟦a 查看原文链接⟧</a></div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 觚川平安⟧ <em>⟦m 2025-06-05 08:02⟧</em> <em>⟦m 湖南⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 6218⟧　⟦a 赞 87⟧　⟦a 在看 41⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="qr">⟦a 长按二维码，关注觚川平安⟧</div>
</div>
<div class="mirror-foot">⟦d 本站镜像内容来自公开的微信公众号，版权归原作者，如需删除请联系站长⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;"><span>{}</span></p></section>',
        body="""
⟦a 点击蓝字 关注我们⟧近日，觚川县公安局城东派出所联合社区，为辖区68户独居、空巢老人免费加装门镜防护罩，并上门讲解防盗知识。
“门镜就是大家常说的猫眼，老式门镜从外面容易被拆掉，坏人可以用工具伸进来开门。”民警罗坤一边安装一边向老人解释。防护罩装在门镜内侧，不看的时候合上，外面的工具就伸不进来。
⟦m ▲民警为老人安装门镜防护罩⟧
在桂花巷居住的刘奶奶今年82岁，子女都在外地。她说：“民警把我家门锁、门镜都检查了一遍，还教我睡前把保险钮拨上，心里踏实多了。”
⟦m ▲民警向老人讲解防盗知识⟧
城东派出所提醒：发现门镜被拆卸或遮挡，请立即报警；需要上门检查门锁、门镜的老年人，可拨打派出所电话0739-6623017预约。
""",
    ),
    dict(
        slug="wechat-banyun-tips-ice-tray-cleaning-text",
        site="号内搬运 (invented, WeChat mirror text)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.haoneibanyun.example.cn/a/9d1f03a7e2.html",
        title="冰格多久洗一次？这几个细节很多人没注意",
        record_title="冰格多久洗一次？这几个细节很多人没注意 - 号内搬运",
        date="2025-07-08",
        notes="decorated record title; account line with a publish date (the page's date); the title printed twice; "
        "a 'read the original' row, a star-the-account prompt between paragraphs and a mirror disclaimer at the end; "
        "a sentence telling readers to 分享 kept as content",
        page="""
!m 号内搬运｜公众号好文，一处看全
{T}
{T}
!m 原创　笪家厨房说　2025年07月08日 11:20
{BODY}
!a 阅读原文　｜　分享　｜　在看
!m 阅读 1.2万　赞 356
!d 以上内容搬运自公开平台，仅作存档展示，著作权归原公众号所有。
""",
        body="""
天气一热，冰格用得勤了，可很多人只在冰块有怪味时才想起洗它。其实，冰格直接接触入口的冰块，清洁不到位，细菌可能随冰块进到饮料里。
一、多久洗一次？
建议每周彻底清洗一次；如果冰块在冷冻室放了一周以上还没用完，倒掉后把冰格一起洗干净再重新制冰。
⟦a 👆 点上方名片，把“笪家厨房说”设为星标，不错过每一篇⟧
二、怎么洗？
硅胶冰格可以用温水加少量小苏打浸泡十分钟，再用软毛刷刷格子的四角；塑料冰格不要用开水烫，以免变形开裂。洗好后要完全晾干，再放回冷冻室。
三、冰块有异味怎么办？
多半是冷冻室里的食物串味。制冰时给冰格盖上盖子或套上保鲜袋，生肉、海鲜要分开密封存放。
觉得有用，就分享给家里负责做饭的那个人吧。
""",
    ),
    dict(
        slug="docshare-huixiang-rule-lint-roller-docx-reader",
        site="汇享文档 (invented, sharing reader)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.huixiangdoc.example.com/doc/6620518.html",
        title="洁衣坊干洗店衣物整烫质检操作规程",
        record_title="洁衣坊干洗店衣物整烫质检操作规程.docx",
        date=None,
        notes="file-name record title; a sharing reader with score and download counts, a points prompt and a "
        "'similar documents' list; 第N条 articles; an upload notice at the end; no date (a rule; upload stamp only)",
        page="""
<html><head><meta charset="utf-8"><title>洁衣坊干洗店衣物整烫质检操作规程.docx-汇享文档</title></head>
<body>
<div class="hd">⟦m 汇享文档⟧<a>⟦a 上传赚积分⟧</a><a>⟦a 我的文档⟧</a></div>
<div class="doc-title"><h1>⟦t 洁衣坊干洗店衣物整烫质检操作规程.docx⟧</h1>
<p>⟦m 上传人：店长小陶　上传日期：2025-04-29　格式：docx　大小：18.6KB　评分：4.8 分⟧</p>
<p>⟦m 浏览 652 次　下载 97 次⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="dl">⟦a 下载本文档需消耗 3 积分，积分不足？签到领积分⟧</div>
<div class="similar"><b>⟦l 相似文档⟧</b><ul><li>⟦l 洗衣店收衣验衣规范.docx⟧</li><li>⟦l 干洗设备日常保养记录表.xls⟧</li></ul></div>
<div class="ft">⟦d 本文档由网友上传，汇享文档只提供存储空间，版权归上传者；发现侵权请联系删除。⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为统一衣物出店前的质量检查标准，减少顾客投诉，制定本规程。
第二条　衣物整烫完毕后，由质检员在出件台逐件检查，检查项目包括污渍、褶皱、纽扣配件和表面浮毛。
第三条　深色毛呢、西装、大衣等易沾毛衣物，应使用粘毛器由上至下、沿同一方向滚粘，领口、袖口、口袋边缘须重点处理，不得来回反复碾压。
第四条　粘毛器粘纸沾满后应立即撕去一层，不得用已沾满的粘纸继续滚粘；粘纸用完须及时领用，登记在耗材领用本上。
第五条　经检查合格的衣物套上防尘袋，挂上取衣牌；不合格的退回整烫工位返工，并在返工单上注明原因。
第六条　本规程自发布之日起执行，由店长负责解释。
""",
    ),
    dict(
        slug="docshare-ziliaozhan-report-bikeshare-pump-pdf",
        site="资料栈 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.ziliaozhan.example.net/view/2025/0121/31877.html",
        title="2024年度共享单车运维站站长述职报告",
        record_title="2024年度共享单车运维站站长述职报告.pdf",
        date="2025-01-08",
        notes="file-name record title; upload notice and a points line at the top, a table of maintenance counts "
        "one row a paragraph; 成文日期 under the signature; upload stamp no date; a pay-to-download line and hot list at the end",
        indent="\u3000\u3000",
        page="""
!m 资料栈 · 文档免费分享平台
!t 2024年度共享单车运维站站长述职报告.pdf
!m 分享者：qixing_ops　｜　上传于 2025-01-21　｜　共 4 页　｜　下载 35 次
!d 温馨提示：本文档由分享者上传，资料栈不对其真实性、准确性负责，如有侵权可申请下架。
{BODY}
!a 完整版需支付 2 元或 20 积分下载，支持微信/支付宝
!l 本周热门：物流配送站年度述职报告｜网点主管个人述职报告范文｜运维人员岗位职责
!m 资料栈 ziliaozhan.example.net　联系我们：kf@ziliaozhan.example.net
""",
        body="""
2024年，我担任斝原县城区共享单车运维站站长，负责城区1800辆共享单车的调度、巡检和维修工作。现将一年来的履职情况报告如下。
一、主要工作
一是规范日常巡检。把城区划分为6个巡检片区，每天早晚高峰前各巡一次，重点检查车胎气压、刹车和车锁。
二是提高维修效率。为每名巡检员配备便携式打气筒和补胎工具，车胎亏气的就地充气，不再一律拉回站内处理。
项目　2023年　2024年
现场充气（次）　3120　9845
返站维修（辆次）　4608　2217
用户故障投诉（件）　512　236
二、存在的不足
站点间调度还不够及时，节假日景区周边车辆紧张的问题没有完全解决。
三、下一步打算
2025年，我将推动在车辆集中停放点增设立式打气筒，并完善调度预案。
述职人：贺明杰
2025年1月8日
""",
    ),
    dict(
        slug="edu-jiayuan-notice-cookery-class-mitts-annex",
        site="斝原县教育局 (invented, education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.jiayuan.example.gov.cn/tzgg/202504/t20250408_11902.html",
        title="关于做好中小学劳动教育烹饪课程安全保障工作的通知",
        record_title="【通知公告】关于做好中小学劳动教育烹饪课程安全保障工作的通知-斝原县教育局",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="an education portal with 关怀版/无障碍 links; 发布时间 the day after the 成文日期 (also accepted); "
        "the bureau's own 联系人/电话/邮箱 beside the site's technical-support line; 附件 list kept; numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【通知公告】关于做好中小学劳动教育烹饪课程安全保障工作的通知-斝原县教育局</title></head>
<body>
<div class="top">⟦a 关怀版⟧ ⟦a 无障碍⟧ ⟦a 收藏本站⟧</div>
<div class="logo">⟦m 斝原县教育局⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="dqwz">⟦m 当前位置：首页 - 通知公告⟧</div>
<div class="article"><h2>{T}</h2>
<div class="sx">⟦m 发布时间：2025-04-08　作者：体卫艺股　点击：1094⟧</div>
<div class="nr">
{BODY}
</div>
<div class="dy">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div></div>
<div class="links">⟦l 上一篇：关于开展2025年春季学校食品安全检查的通知⟧<br>⟦l 下一篇：斝原县中小学生研学实践教育基地名单公示⟧</div>
<div class="footer">⟦m 主办：斝原县教育局　技术支持：斝原县教育信息中心　网站技术服务电话：0745-7261100⟧<br>⟦m 湘ICP备15007734号⟧</div>
</body></html>
""",
        body="""
各中小学校：
根据劳动教育课程安排，本学期各校将陆续开设烹饪类劳动课。为确保学生操作安全，现就有关事项通知如下。
一、配齐防护用品。开设烹饪课的学校，应按每组至少两副的标准配备隔热手套，并配备防烫围裙、灭火毯和急救箱。
二、落实课前教育。每次课前，授课教师要演示隔热手套的正确佩戴方法，讲清蒸锅、烤箱等设备的使用要求。
三、严格课堂管理。学生接触明火和高温器具时，教师须全程在场，端取高温器皿一律由学生戴隔热手套双手操作。
四、及时报送情况。请各校于4月25日前将防护用品配备情况表报县教育局体卫艺股。
联系人：谭晓梅；电话：0745-7268315；邮箱：jytwy@jiayuan.example.gov.cn
附件：1．劳动教育烹饪课程防护用品配备标准
2．防护用品配备情况表
斝原县教育局
2025年4月7日
""",
    ),
    dict(
        slug="edu-youhu-notice-canteen-ice-hygiene-record-date",
        site="卣湖县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yhjyxx.example.cn/Article/ShowArticle.asp?ArticleID=6610",
        title="关于加强高温天气学校食堂自制冷饮和冰块卫生管理的通知",
        record_date="2025-06-10",
        date="2025-06-10",
        notes="record date and title; an ASP-era education site: 文章来源/录入/点击 line, a 【字体：大 中 小】-style row in "
        "new words; the bureau's contact line kept; a 'print this notice and post it' sentence kept as content",
        page="""
!m 卣湖县教育信息网
!m 网站首页 >> 通知公告 >> 正文
{T}
!m 文章来源：县教育局后勤办　录入：admin　点击数：563
!a 〔选择字体：大号　中号　小号〕
卣教后〔2025〕14号
{BODY}
!a 【发表评论】【告诉好友】【打印此文】【关闭窗口】
!l 上一篇文章：卣湖县2025年中考考点安排
!l 下一篇文章：关于开展暑期防溺水安全教育的通知
!m 版权所有：卣湖县教育信息网　管理登录
""",
        body="""
各中小学、幼儿园：
近期我县持续高温，部分学校食堂为师生提供自制冷饮和冰块。为防范食品安全风险，现就有关要求通知如下：
1．制冰用水必须使用符合生活饮用水卫生标准的开水或纯净水，严禁使用未经处理的自来水直接制冰。
2．冰格、冰铲等制冰用具应专用，使用前后清洗消毒，存放在专用保洁柜内，不得与生食容器混放。
3．自制冰块应当天制作当天用完，冷冻室内不得与生肉、水产品混合存放。
4．幼儿园原则上不向幼儿提供冰块，确需降温的，以常温凉白开为主。
请各校将本通知打印张贴在食堂操作间醒目位置，并组织从业人员学习。
联系人：县教育局后勤办　邓光辉　电话：0746-3321287
卣湖县教育局
2025年6月10日
""",
    ),
    dict(
        slug="oa-fangzhi-minutes-lint-roller-flow-record",
        site="锦纶纺织集团协同办公平台 (invented, intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.jinlun-tex.example.local/doc/view.do?id=20250513008",
        title="成品车间粘毛工序质量整改专题会议纪要",
        record_title="[已办结] 成品车间粘毛工序质量整改专题会议纪要 - 协同办公平台",
        date="2025-05-13",
        notes="an intranet document view: user bar, doc header with a 文号 (neutral), read count, a 流转记录 "
        "table after the text; the minutes' 时间/地点/主持/参会/记录 lines kept; the meeting date is the date",
        page="""
<html><head><meta charset="utf-8"><title>[已办结] 成品车间粘毛工序质量整改专题会议纪要 - 协同办公平台</title></head>
<body>
<div class="oa-top">⟦m 锦纶纺织集团协同办公平台⟧　⟦m 当前用户：质检部 黄芳芳⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项(3)　已办事项　公文管理　会议管理　通讯录⟧</div>
<div class="doc-hd"><h2>{T}</h2>
<p>锦纺纪〔2025〕21号</p>
<p>⟦m 拟稿部门：生产管理部　密级：内部　已阅 46 人⟧</p></div>
<div class="doc-bd">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<table><tr><td>⟦m 生产管理部 周海龙 拟稿 2025-05-13 16:40⟧</td></tr>
<tr><td>⟦m 分管副总 宁建华 审核同意 2025-05-14 09:12⟧</td></tr>
<tr><td>⟦m 综合办 分发 2025-05-14 10:05⟧</td></tr></table></div>
<div class="oa-btn">⟦a 打印　导出PDF　转发　归档⟧</div>
<div class="oa-foot">⟦d 内部资料 注意保密 请勿外传⟧</div>
</body></html>
""",
        body="""
时间：2025年5月13日下午2:30
地点：集团三楼第二会议室
主持：宁建华
参会：生产管理部、质检部、成品车间、采购部负责人及班组长
记录：周海龙
会议听取了质检部关于4月份客户退货情况的通报。4月份因成衣表面浮毛、线头超标被退货3批次，均集中在深色针织产品。
会议议定如下：
一、成品车间在包装前增设粘毛工序，深色针织产品逐件用粘毛器滚粘，由班组长抽检。
二、采购部于5月20日前采购工业用大号粘毛滚筒及替换粘纸，保证每个包装台配备两套。
三、质检部修订出厂检验标准，将浮毛、线头检查纳入必检项目。
""",
    ),
    dict(
        slug="oa-jinghua-summary-glassworks-mitts-approval",
        site="晶华玻璃制品公司内网 (invented, intranet text export)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://10.18.2.7/portal/notice/detail?nid=77163",
        title="热端车间2025年上半年劳动防护用品管理工作总结",
        record_title="内网通知-热端车间2025年上半年劳动防护用品管理工作总结",
        date="2025-07-03",
        notes="an intranet export: the portal's user line, a 'signed off' approval trail and a read receipt after "
        "the text; a table one row a paragraph; decimal headings 1.1/1.2; 成文日期 under the signature",
        page="""
!m 晶华玻璃制品有限公司 · 员工门户
!m 您好，安环部 孙倩　[退出]
!t 内网通知-热端车间2025年上半年劳动防护用品管理工作总结
!m 发布部门：热端车间　阅读范围：全体员工　已读 211 / 未读 17
{BODY}
!m 审批记录：车间主任 蒋永福（同意）→ 安环部 孙倩（同意）→ 分管副总 毛振宇（同意，请在全公司推广）
!a 确认已读　｜　下载附件　｜　打印
!d 本页面内容仅限公司内部使用
""",
        body="""
上半年，热端车间围绕“零烫伤”目标，重点抓了高温作业防护用品的更新和管理，现将有关情况总结如下。
1．主要做法
1.1　更换防护手套。将成型、退火工位原用的帆布手套全部更换为芳纶隔热手套，耐温等级由250℃提高到500℃。
1.2　实行以旧换新。隔热手套出现破损、硬化、油污浸透的，凭旧手套到班组长处登记换新，杜绝“带病使用”。
2．主要成效
项目　2024年上半年　2025年上半年
手部烫伤（人次）　7　1
隔热手套领用（副）　640　905
3．下一步打算
下半年将试用加长护腕款隔热手套，并组织一次防护用品正确使用的实操考核。
热端车间
2025年7月3日
""",
    ),
]
