"""holdout247, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="dengxia-blog-memoir-grandfather-matchbox",
        site="灯下旧事 (invented, Typecho-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://dengxiajiushi.blog.example.net/archives/412/",
        title="外公的火柴盒",
        record_title="外公的火柴盒 ‹ 旧物拾遗 ‹ 灯下旧事",
        date=None,
        notes="a blog memoir: tag cloud, archive, comment form; relative post time; ends with a season-and-year line only (no date); a further-reading line between paragraphs and a tip prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>外公的火柴盒 ‹ 旧物拾遗 ‹ 灯下旧事</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script src="/usr/themes/lamp/app.js"></script>
</head><body>
<header id="header"><a class="site-name" href="/">⟦m 灯下旧事⟧</a><p class="description">⟦m 一盏灯，几行字，写给慢慢远去的旧日子⟧</p>
<nav>⟦m 首页⟧ ⟦m 旧物拾遗⟧ ⟦m 乡间琐记⟧ ⟦m 关于老樵⟧</nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 老樵⟧</li><li>⟦m 2 天前⟧</li><li>⟦m 阅读 211⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：火柴　外公　老物件⟧</p>
<p class="license">⟦d 本文为老樵原创，转载请留下作者名与原文地址⟧</p>
</article>
<div id="comments"><h3>⟦l 已有 5 条评论⟧</h3>
<ol><li>⟦l 南窗：我外婆也把火柴梗留着引火，看哭了⟧</li><li>⟦l 阿秋：鸡牌火柴，太熟悉了⟧</li></ol>
<form><p>⟦l 称呼（必填）　邮箱（必填）　网站⟧</p><button>⟦a 提交评论⟧</button></form></div></main>
<aside id="secondary"><h3>⟦l 标签云⟧</h3><p>⟦l 火柴 煤油灯 搪瓷缸 缝纫机 粮票⟧</p>
<h3>⟦l 归档⟧</h3><ul><li>⟦l 2024年十二月⟧</li><li>⟦l 2024年十一月⟧</li></ul></aside>
<footer>⟦m © 灯下旧事 · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
小时候，外公的上衣口袋里总揣着一盒火柴。火柴盒是黄纸皮的，正面印着一只公鸡，侧面的磷皮被划得发黑。
外公抽旱烟，点烟时把火柴在磷皮上轻轻一擦，“嚓”的一声，一小团火苗就跳出来。他用手掌拢住火，凑到烟锅上，吸两口，再把火柴甩灭，顺手把火柴梗插回盒子里。攒多了，他就拿来给我搭小房子。
⟦l 延伸阅读：奶奶的针线笸箩⟧
那时候火柴金贵，家家都省着用。冬天生炉子，外公总是先把刨花、松针码好，一根火柴就把炉子引着，从不浪费第二根。
后来有了打火机，外公也一直用火柴。他说打火机的火是“冷”的，火柴的火带着木头香。
外公走后，我在他的抽屉里找到半盒火柴，里面还插着几根用过的火柴梗。我把它带回城里，一直放在书桌上。⟦a ☕ 读着有感触，就请老樵喝杯茶⟧
二〇二四年冬，记于灯下
""",
    ),
    dict(
        slug="laozhou-blog-paddle-training-wrapped",
        site="划手老周的博客 (invented)",
        style="博客",
        genre="训练手记",
        kind="other",
        form="text",
        source="http://laozhou-paddle.blog.example.cn/post/20250419.html",
        title="带新队员练桨的第一个月",
        record_title="【训练手记】带新队员练桨的第一个月 —— 划手老周的博客",
        date="2025-04-19",
        notes="a blog post hard-wrapped at 56 columns; the bracketed post time is the page's date; category line, counters, prev/next and comments below",
        page="""
!m 划手老周的博客
!m 龙舟、江水和一群爱划船的人
!t 【训练手记】带新队员练桨的第一个月 —— 划手老周的博客
!m [2025-04-19 22:10]　分类：训练手记
{BODY}
!m 阅读(96)　评论(3)　转载(1)
!l 前一篇：龙舟鼓手怎样带节奏
!l 后一篇：新桨到了，说说怎么选桨
!l 评论：江边小吴 —— 握桨那段讲得清楚，收藏了
!a 写评论需要先登录，登录后还能订阅老周的更新
""",
        wrap=56,
        indent="  ",
        body="""
今年村里龙舟队招了九个新队员，大多是二十出头的小伙子，力气有，可连桨都握不对。这一个月，我主要就教了三件事。
第一是握桨。上手握住桨柄顶端，下手握在桨杆下三分之一处，两手距离差不多一肩半宽。很多新手下手握得太高，划起来只用上了胳膊的劲。
第二是入水。桨叶要竖直插进水里，插到桨叶全部没入再发力，不能“打水漂”。我让他们在岸边对着水桶练插桨，一练就是半个小时。
第三是节奏。一条船二十二支桨，要听鼓点一起下水。刚开始大家你快我慢，桨碰桨，船左右晃。练到第三周，总算能跟上鼓了。
下个月开始练起航和冲刺，希望端午前他们都能顶上去。
""",
    ),
    dict(
        slug="shikou-wechat-mirror-pledge-gong-drum-noise",
        site="mirror of the WeChat account 澨口发布 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.yuedu-mirror.example.cn/a/shikoufabu/20250305_1",
        title="关于文明开展锣鼓健身活动的倡议书",
        record_title=None,
        date="2025-03-04",
        date_also=["2025-03-05"],
        notes="no title in the record: the article's <h1>; a star prompt glued before the salutation; account line one day after the signature date; 阅读原文/在看 rows, QR line, the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta property="og:site_name" content="悦读镜像">
<title>澨口发布 · 悦读镜像</title>
<script src="/static/mirror.js"></script>
</head><body>
<div class="mirror-top">⟦m 悦读镜像 · 公众号文章离线存档⟧</div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 澨口发布⟧ ⟦m 2025年3月5日 17:45⟧ ⟦m 发表于湖北⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
<p style="text-align:center">⟦m 来源：澨口街道社会事务办⟧</p>
<p style="text-align:center">⟦m 编辑：邬小满　校对：柯雨田⟧</p>
</div>
<div class="qr">⟦a 长按识别二维码，第一时间看街道新鲜事⟧</div>
<div class="bottom">⟦a 阅读原文⟧ ⟦l 赞　分享　在看⟧ ⟦l 留言 3⟧</div>
</div>
<div class="mirror-foot">⟦d 悦读镜像只保存公开推送的文字，原文权利属于公众号作者。⟧</div>
</body></html>
""",
        p_html='<section style="line-height:1.75"><p>{}</p></section>',
        body="""
⟦a 点上方“澨口发布”设个星标，街道消息不漏看⟧广大居民朋友们：
近年来，锣鼓健身活动在我街道各广场、公园日益兴起，丰富了居民的业余生活。但也有部分队伍练习时间过早、过晚，音量过大，影响周边居民休息。为此，我们倡议：
一、错时练习。每天早上七点前、晚上八点半后不在居民区周边敲打锣鼓。
二、控制音量。练习时使用消音鼓皮或减少锣钹数量，音量以不影响周边正常生活为宜。
三、就远选址。优先到江滨公园东侧等远离住宅的场地活动。
四、互谅互让。锣鼓队与周边居民多沟通，有意见好好商量。
让锣鼓声既热闹，又不扰民！
澨口街道办事处
2025年3月4日
""",
    ),
    dict(
        slug="tianchuan-fire-wechat-matches-children",
        site="mirror of the WeChat account 湉川消防 (invented)",
        style="公众号镜像",
        genre="安全提示",
        kind="other",
        form="text",
        source="http://gzh.wenzhai-mirror.example.com/tianchuanxf/2025/0123/77102.html",
        title="火柴请收好，别让孩子当玩具",
        record_title="火柴请收好，别让孩子当玩具丨湉川消防（文摘镜像）",
        date="2025-01-23",
        notes="WeChat mirror text: account line with date and place, a follow prompt, audio line; the article itself asks readers to share and follow (content); 在看 and mirror notes below",
        page="""
!m 文摘镜像 › 湉川消防 › 文章
!t 火柴请收好，别让孩子当玩具丨湉川消防（文摘镜像）
!m 原创　湉川消防　2025年01月23日 18:30　云南
!a 👆轻点蓝字，把防火常识装进口袋
!a 🔊 收听本文 03:48
{BODY}
!m 审核：仇定远　编辑：宁采薇
!a 👇点个在看，平安到家
!d 镜像页面只做文字备份，图片与视频请回公众号查看。
""",
        gap=True,
        body="""
寒假里孩子在家时间多，火柴、打火机成了一些孩子眼中的“玩具”。1月20日，湉川县棬溪镇一名八岁男孩在柴房里划火柴玩，引燃了堆放的稻草，幸好家人发现及时，才没有酿成大祸。
消防部门提醒各位家长：
1.火柴、打火机要放在孩子够不到的高处或上锁的抽屉里，用完随手收好。
2.告诉孩子火柴不是玩具，发现别的小朋友玩火要及时告诉大人。
3.柴房、阁楼等堆放可燃物的地方，不要让孩子单独进入。
4.教孩子记住火警电话119，遇到火情先逃生、再报警。
请把这篇提醒分享给家里有孩子的亲友，关注“湉川消防”，及时获取更多防火知识。
""",
    ),
    dict(
        slug="wendangfang-share-request-folding-stools",
        site="文档坊 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.wendangfang.cn/doc/5219047.html",
        title="关于为社区老年活动站购置折叠马扎的请示",
        record_title="〖社区公文〗关于为社区老年活动站购置折叠马扎的请示 · 文档坊",
        date="2025-03-18",
        notes="a sharing page: upload notice, a points lock between paragraphs, a service WeChat in a float beside the request's own mobile; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖社区公文〗关于为社区老年活动站购置折叠马扎的请示 · 文档坊</title>
<script src="//cdn.wendangfang.cn/js/viewer.js"></script>
</head><body>
<div class="wdf-top">⟦m 文档坊⟧ ⟦m 好文档，大家一起用⟧ <a>⟦a 上传文档⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="wdf-crumb">⟦m 文档坊 ▸ 公文范本 ▸ 请示报告⟧</div>
<h1>{T}</h1>
<div class="wdf-meta">⟦m 贡献者：青木社工　｜　2页　｜　浏览 731　｜　评分 4.6⟧</div>
<div class="wdf-upload">⟦d 温馨提醒：本文由用户自行上传，文档坊不对内容的准确性负责，引用前请自行核对。⟧</div>
<div class="wdf-doc">
{BODY}
</div>
<div class="wdf-act"><button>⟦a 下载（2积分）⟧</button> <button>⟦a 放入收藏夹⟧</button> <button>⟦a 分享给同事⟧</button></div>
<div class="wdf-rel"><h4>⟦l 你可能还需要⟧</h4><ul><li>⟦l 关于购置社区办公设备的请示⟧</li><li>⟦l 老年活动站管理制度⟧</li></ul></div>
<div class="wdf-float">⟦w 找不到合用的范本？文档坊客服微信 wdf_kefu07 帮你找⟧</div>
<footer>⟦m © 2025 文档坊 wendangfang.cn　赣ICP备21008862号⟧</footer>
</body></html>
""",
        body="""
澋湖区澨口街道办事处：
湜园社区老年活动站现有会员一百六十余人，每天在活动站门前空地开展合唱、下棋、听讲座等活动。活动站原有的木凳大多已经松动，老人们只好自带板凳，进出很不方便。
⟦a 以下内容需消耗2积分解锁阅读⟧
为改善活动条件，社区拟为活动站购置轻便结实的铝合金折叠马扎一百二十把，每把单价约四十五元，共需资金约五千四百元，拟从社区为民服务专项经费中列支。马扎平时收在活动站储物间，由站长统一管理，户外活动时取用。
妥否，请批示。
联系人：钟晓棠，手机：13907951426
湜园社区居民委员会
2025年3月18日
""",
    ),
    dict(
        slug="wendangyizhan-rules-paddle-room-page-lines",
        site="文档驿站 (invented)",
        style="文档分享",
        genre="管理规定",
        kind="other",
        form="text",
        source="http://www.wdyizhan.com/p/3308172.html",
        title="龙舟队器材室桨具管理规定",
        record_title="龙舟队器材室桨具管理规定.docx",
        date=None,
        notes="a sharing page's text: file-name title, articles 第N条, page markers ⎴第n页⎵ on lines of their own cutting sentences; a rule in force 自印发之日起 (no date)",
        page="""
!m 文档驿站 — 文档在这里歇歇脚
!t 龙舟队器材室桨具管理规定.docx
!m 共3页　｜　上传于 2 个月前　｜　下载券：1
!a 👉 全文下载　　👉 存到我的驿站
{BODY}
!a 预览到此为止，完整文档请用下载券下载
!d 驿站文档由网友上传并对其内容负责，如有侵权请发送邮件至 jubao@wdyizhan.com
!l 相关：游泳馆器材借用制度.doc　｜　体育器材室管理办法.docx
""",
        pages=dict(fmt="⎴第{n}页⎵", every=80, start=2),
        body="""
第一条　为加强龙舟队桨具管理，延长桨具使用寿命，保障训练和比赛安全，制定本规定。
第二条　本规定所称桨具，包括训练桨、比赛桨、舵桨及备用桨。
第三条　桨具实行编号管理，每支桨在桨柄上刻写编号，并登记入册。
第四条　队员训练前凭编号领桨，训练结束后擦干桨叶、桨柄，放回原位，不得私自带离器材室。
第五条　桨具应竖直存放在桨架上，远离暖气和阳光直射处，每月由器材管理员检查一次。
第六条　发现桨叶开裂、桨柄松动的，应立即停止使用，报器材管理员维修或报废。
第七条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="weiyang-edu-notice-classroom-flowerpots",
        site="溦阳教育信息网 (invented, county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.weiyang.gov.example.cn/tzgg/2025/0311/2281.html",
        title="溦阳县教育局关于开展“一班一盆”校园绿植认养活动的通知",
        record_title="溦阳县教育局关于开展“一班一盆”校园绿植认养活动的通知 ▏通知公告 ▏溦阳教育信息网",
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="education portal: 适老/读屏 links, an attachment download link beside the notice's own 附件 list, contact with phone and mailbox beside the site's technical-support line; 请各单位下载附件 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>溦阳县教育局关于开展“一班一盆”校园绿植认养活动的通知 ▏通知公告 ▏溦阳教育信息网</title>
<script src="/js/aria.js"></script>
</head><body>
<div class="top">⟦m 溦阳教育信息网⟧ <a>⟦a 关怀版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 登录⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="loc">⟦m 所在位置：首页 → 通知公告 → 正文⟧</div>
<h2 class="tit">{T}</h2>
<div class="info">⟦m 发文时间：2025-03-11　供稿：德育股　点击量：1322⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 📎 点击下载：“一班一盆”认养登记表.docx⟧</div>
<div class="fj">⟦a 📎 点击下载：班级绿植养护记录表.xlsx⟧</div>
<div class="prev">⟦l 上一条：关于做好春季学期开学安全工作的通知⟧</div>
<div class="next">⟦l 下一条：2025年中小学劳动教育优秀案例征集⟧</div>
<div class="foot"><p>⟦m 溦阳县教育局主办　地址：溦阳县城东路18号⟧</p>
<p>⟦m 平台技术支撑：0792-6610008（工作日）⟧</p></div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为美化校园环境，培养学生爱绿护绿的习惯，县教育局决定在全县中小学、幼儿园开展“一班一盆”校园绿植认养活动。现将有关事项通知如下。
一、每个班级认养一盆绿植，花盆由学校统一配发，班级自选品种，由学生轮流浇水、记录生长情况。
二、花盆一律放在教室内窗台或走廊内侧，不得放在窗外和护栏外沿，防止坠落伤人。
三、请各单位下载附件，填写认养登记表，于3月31日前报县教育局德育股。
联系人：潘语桐，电话：0792-6617245，邮箱：wyjydyg@example.com
附件：1.“一班一盆”认养登记表
2.班级绿植养护记录表
溦阳县教育局
2025年3月10日
""",
    ),
    dict(
        slug="jinghu-edu-summary-gongs-in-schools-table",
        site="澋湖区教育局 (invented, text rendering)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://edu.jinghu.gov.example.cn/tyws/2025/0116/618.html",
        title="澋湖区2024年锣鼓进校园工作总结",
        record_title="〔体艺动态〕澋湖区2024年锣鼓进校园工作总结—澋湖区教育局",
        date="2025-01-15",
        notes="education bureau text page: column prefix, publish line, a table one row a paragraph, a scan-to-read line and footer",
        page="""
!m 澋湖区教育局 · 体艺动态
!t 〔体艺动态〕澋湖区2024年锣鼓进校园工作总结—澋湖区教育局
!m 发布：体卫艺科　2025-01-16　阅读 507
{BODY}
!a 用手机扫一扫，把本页带走
!l 体艺动态其他文章：全区中小学合唱节获奖名单
!m 澋湖区教育局　版权所有　技术支持：区电教馆
""",
        indent="\u3000\u3000",
        body="""
2024年，区教育局把锣鼓艺术作为地方特色课程在中小学推广，取得了初步成效。
一、课程普及。全区二十六所中小学开设锣鼓课，每周一课时，共有学生社团四十二个。
二、师资培训。邀请民间鼓师进校授课，举办教师锣鼓培训班两期，培训音乐教师六十八人次。
三、展示交流。各校锣鼓社团参加区级以上展演情况如下：
学段　参演社团（个）　获奖（项）
小学　18　7
初中　9　4
高中　3　2
四、存在不足。部分农村学校缺少专用排练室，锣鼓声影响其他班级上课。2025年将逐步为有条件的学校改造隔音排练室。
澋湖区教育局
2025年1月15日
""",
    ),
    dict(
        slug="bicheng-match-factory-oa-safety-minutes",
        site="沘城火柴厂办公自动化系统 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.bcmatch.example.local/doc/view?id=20250411-006",
        title="沘城火柴厂二季度安全生产例会纪要",
        record_title="〈会议纪要〉沘城火柴厂二季度安全生产例会纪要 — 沘火OA",
        date="2025-04-10",
        date_also=["2025-04-11"],
        notes="an OA document view: 流转记录, read count, a mark-as-read button, the IT desk's extension; the minutes' 时间/地点/主持/参会/记录 lines; the OA's 发文日期 differs from the meeting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公文查看 - 沘火OA</title>
<script src="/oa/static/flow.js"></script>
</head><body>
<div class="oa-head">⟦m 沘火OA⟧ ⟦m 欢迎您，何青萝（仓储科）⟧ <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事宜⟧ ⟦m 已办事宜⟧ ⟦m 公文管理⟧ ⟦m 通讯录⟧</div>
<div class="oa-doc">
<table class="doc-head"><tr><td>⟦m 发文单位：厂办公室⟧</td><td>⟦m 发文日期：2025-04-11⟧</td><td>⟦m 保密等级：内部⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 拟稿：何青萝 04-10 16:20 → 审核：闵长庚 04-11 08:47 → 分发：厂办公室 04-11 09:05⟧</p></div>
<div class="oa-stat">⟦m 已读 37 人　未读 4 人⟧ <button>⟦a ✔ 标为已阅⟧</button></div>
<div class="oa-foot">⟦m 系统使用问题请拨信息中心分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2025年4月10日上午9时
地点：厂部三楼会议室
主持：副厂长　闵长庚
参会：安全环保科、生产科、仓储科负责人，各车间主任
记录：何青萝
会议通报了一季度安全检查情况，研究了二季度安全生产工作，纪要如下：
一、制梗车间烘干房温度记录不全，由生产科督促车间于4月20日前整改，每两小时记录一次。
二、药头调配间严禁带入手机等电子产品，由安全环保科每周抽查。
三、成品库火柴堆垛高度不得超过1.8米，仓储科立即组织清查。
四、5月组织全厂消防演练，各车间做好人员分组。
""",
    ),
    dict(
        slug="wuchuan-pottery-intranet-bulletin-glaze-table",
        site="浯川陶艺有限公司内部网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.wcty.example.local/zlgl/tb/2024-1008.html",
        title="关于第三季度出口花盆釉面质量问题的通报",
        date="2024-10-08",
        notes="the record's title as is; an intranet text page: login line, column, a table one row a paragraph, a read counter and the IT line",
        page="""
!m 浯川陶艺内部网　｜　当前用户：包玉衡（质检部）
!m 质量管理 › 质量通报
{T}
!m 发布人：质量管理部　发布于 2024-10-08 15:02　已阅 64
{BODY}
!a 导出PDF　｜　转发给同事
!m 内部网络，资料严禁外传　｜　网络故障报修：分机 6100
""",
        body="""
各车间、质检部：
第三季度，公司出口陶瓷花盆出厂抽检中发现釉面质量问题较多，客户投诉三起。现将有关情况通报如下。
车间　抽检数（件）　不合格（件）　主要问题
一车间　1200　36　釉面针孔
二车间　1150　58　釉层流挂
三车间　980　12　底部粘釉
二车间不合格率达百分之五，问题最为突出，主要原因是施釉后未按规定静置就入窑。
请各车间对照问题逐项整改，质检部加密抽检频次，十月份起每批次抽检比例由百分之二提高到百分之五。
浯川陶艺有限公司质量管理部
2024年10月8日
""",
    ),
]
