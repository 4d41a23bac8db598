"""holdout122, part A: 范文 sites, 文库 previews, county portals, news portals, forums and a blog.
Invented organisations: a shadow-puppet troupe, an archery range, a chestnut co-op, racing-pigeon
lofts, a suona band, village basketball. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-yanhua-speech-shadow-puppet-html",
        site="砚花范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yanhuafw.example.com/jianghua/20250612/7731.html",
        title="在琚阳县皮影戏传承展演启动仪式上的讲话",
        record_title="在琚阳县皮影戏传承展演启动仪式上的讲话（精选范本）_砚花范文网",
        date="2025-06-12",
        notes="old table layout with a marquee, a font-size row, a floating writing box; speaker and date lines under the title neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在琚阳县皮影戏传承展演启动仪式上的讲话（精选范本）_砚花范文网</title>
<script>var _hm=[];</script></head><body>
<table width="960"><tr><td><marquee>⟦m 砚花范文网——每天更新千篇实用范文，写材料不再熬夜⟧</marquee></td></tr>
<tr><td class="nav">⟦m 网站首页 | 讲话稿 | 工作总结 | 心得体会 | 演讲稿 | 合同范本⟧</td></tr>
<tr><td>⟦m 您现在的位置：砚花范文网 >> 讲话稿 >> 开幕致辞⟧</td></tr></table>
<table><tr><td width="700">
<h1>⟦t 在琚阳县皮影戏传承展演启动仪式上的讲话⟧</h1>
<div>⟦m 时间：2025-06-14 09:12　栏目：开幕致辞　阅读：1386次⟧</div>
<div>⟦a 【字号：放大　默认　缩小】⟧</div>
<p>县文化和旅游局局长　尹素卿</p>
<p>（2025年6月12日）</p>
{BODY}
<div>⟦l 上一篇：在全县非遗工作推进会上的讲话⟧</div>
<div>⟦l 下一篇：在文化馆新馆开馆仪式上的致辞⟧</div>
</td><td width="260">
<div class="hot"><b>⟦l 热门范文排行⟧</b><ul><li>⟦l 1. 领导在开班仪式上的讲话稿⟧</li><li>⟦l 2. 迎新春团拜会致辞（三篇）⟧</li></ul></div>
</td></tr></table>
<div id="float">⟦w 材料加急代笔 微信同号 188 6021 3390⟧</div>
<div class="foot">⟦d 本站范文来源于网友投稿，仅作写作参考，如涉及版权请来信删除。⟧<br>⟦m 备案号：蜀ICP备2021007713号-2⟧</div>
<script>document.write('<img src="/count.asp">');</script>
</body></html>
""",
        body="""
同志们，朋友们：
今天，我们在这里启动琚阳县皮影戏传承展演活动，这是全县文化工作的一件喜事。
琚阳皮影戏已有三百多年历史，2011年列入省级非物质文化遗产代表性项目名录，目前全县有民间皮影班社七个、从艺人员四十余人。
这次展演为期两个月，将在十二个乡镇巡回演出六十场，同时开设皮影雕刻体验课堂。
希望各班社以这次展演为契机，多带徒弟、多排新戏，让老手艺在年轻人手里活起来。
最后，预祝展演活动圆满成功！
""",
    ),
    dict(
        slug="fanwen-mobile-summary-archery-range",
        site="文思范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.wensifw.example.net/zongjie/88012.html",
        title="璜山射箭训练基地2024年度工作总结",
        record_title="【通用】璜山射箭训练基地2024年度工作总结（可编辑）",
        date="2025-01-08",
        notes="mobile 范文 page; decorated title repeated; a VIP unlock line inside the body; signature date",
        indent="　　",
        page="""
!m 文思范文 · 手机版
!m 首页 › 年终总结 › 单位总结
!t 【通用】璜山射箭训练基地2024年度工作总结（可编辑）
!m 编辑：小思　更新：3天前　浏览 2.1万
{BODY}
!a 👍 有用　⭐ 加入收藏　📄 导出为Word
!l 大家还在看：
!l · 体育馆年度工作总结范文
!l · 青少年训练中心半年总结
!d 声明：文思范文所有资料均来自互联网，版权归原作者所有。
""",
        body="""
2024年，基地在县体育局的领导下，围绕“以赛促训、普及提高”的目标，各项工作稳步推进。
一、训练工作。全年接待专业队员训练一万二千人次，举办青少年射箭体验营八期，参训学生五百六十人。
⟦a 剩余2/3内容，开通会员即可阅读全文⟧
二、安全管理。修订靶场安全管理规定，落实箭道隔离和安全员值守制度，全年未发生安全事故。
三、存在问题。器材老化较为严重，专职教练只有三名，难以满足周末训练需求。
璜山射箭训练基地
2025年1月8日
""",
    ),
    dict(
        slug="wenku-qianmo-plan-chestnut-bracket-markers",
        site="阡陌文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.qianmo.example.com/view/a81c3f0d2e.html",
        title="珙城县板栗产业提质增效实施方案",
        record_title="珙城县板栗产业提质增效实施方案.docx",
        date="2025-03-20",
        notes="file-name title; preview with ⦅n⦆ page markers cutting sentences; upload notice; pay prompt at the end",
        pages=dict(fmt="⦅{n}⦆", every=140, start=2),
        page="""
!m 阡陌文库 > 农林牧渔 > 种植技术
!t 珙城县板栗产业提质增效实施方案.docx
!m 上传者：gc_nongye　　大小：86KB　　共6页
!d 本文档为用户上传分享，平台仅提供存储空间，内容真实性请自行甄别。
{BODY}
!a — 预览已到底，余下4页请付费下载 —
!a ￥3.00 立即下载　　加入文件夹
!l 相关文档：板栗嫁接技术要点 / 林下经济发展规划
""",
        body="""
为推动全县板栗产业由规模扩张向质量效益转变，结合我县实际，制定本方案。
一、目标任务。到2027年，全县改造低产板栗园三万亩，建成标准化示范基地十个，板栗综合产值达到八亿元。
二、主要措施。实施品种改良工程，推广早实丰产良种；建设冷链仓储设施，延长鲜栗销售期；扶持精深加工企业，开发即食栗仁、栗子粉等产品。
三、保障措施。县财政每年安排产业发展资金一千五百万元，各乡镇明确一名分管领导具体负责。
珙城县人民政府办公室
2025年3月20日
""",
    ),
    dict(
        slug="wenku-html-reader-pigeon-loft-rules",
        site="云篆文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="plan",
        form="html",
        source="https://www.yunzhuanwk.example.cn/p/6602914.html",
        title="琇原市信鸽协会公棚管理制度",
        record_title=None,
        date=None,
        notes="no record title, title from the reader's h1; ❮n❯ page paragraphs cut sentences; articles speak of 扫码 and 打印 (kept); no date",
        pages=dict(fmt="❮{n}❯", every=160, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>云篆文库 - 在线阅读</title><link rel="stylesheet" href="/r.css"></head><body>
<header><div class="logo">⟦m 云篆文库⟧</div><nav>⟦m 首页　分类　排行榜　会员中心⟧</nav><a>⟦a 登录 / 注册⟧</a></header>
<main><h1>琇原市信鸽协会公棚管理制度</h1>
<div class="info">⟦m 4.6分　127人评价　下载次数：309⟧</div>
<div class="doc">
{BODY}
</div>
<div class="paywall">⟦a 试看结束，开通年卡后可无限下载本文档⟧</div>
<div class="tools">⟦a 下载文档　收藏　举报⟧</div></main>
<aside><h3>⟦l 猜你喜欢⟧</h3><ul><li>⟦l 信鸽竞翔规则（2024版）⟧</li><li>⟦l 鸽舍卫生消毒记录表⟧</li></ul></aside>
<footer>⟦d 云篆文库内容由用户上传，若侵犯您的权益，请通过页面底部入口提交申诉。⟧</footer>
<script src="/js/reader.min.js"></script></body></html>
""",
        body="""
第一条　为规范公棚管理，保障竞翔比赛公平公正，根据协会章程，制定本制度。
第二条　参赛幼鸽入棚时，由工作人员逐羽扫码登记足环号，鸽主当场核对信息并签字确认。
第三条　公棚实行全天候视频监控，监控录像保存期限不少于九十天，任何人不得擅自删除。
第四条　比赛成绩由电子计时系统自动生成，工作人员打印成绩单后在公棚公告栏张贴三天。
第五条　本制度自协会理事会审议通过之日起施行。
""",
    ),
    dict(
        slug="gov-gongcheng-notice-suona-html-index-table",
        site="璟口县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jingkou.example.gov.cn/xxgk/tzgg/202504/t20250411_118204.html",
        title="关于开展民间唢呐艺人普查登记工作的通知",
        record_title="关于开展民间唢呐艺人普查登记工作的通知_璟口县人民政府",
        date="2025-04-11",
        notes="信息公开 page with an index table, an elder-mode switch; the notice's own contact line beside the site's 12345; a document number neutral; a table of schedule kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展民间唢呐艺人普查登记工作的通知_璟口县人民政府</title></head><body>
<div class="top">⟦m 璟口县人民政府门户网站⟧ <span>⟦a 长辈版　无障碍　繁體⟧</span></div>
<div class="nav">⟦m 首页 | 政务公开 | 政务服务 | 互动交流 | 走进璟口⟧</div>
<div class="pos">⟦m 当前位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11430923MB1520871Q/2025-00418⟧</td><td>⟦m 发布机构：县文化馆⟧</td></tr>
<tr><td>⟦m 主题分类：文化、广电、新闻出版⟧</td><td>⟦m 成文日期：2025-04-11⟧</td></tr></table>
<h2>⟦t 关于开展民间唢呐艺人普查登记工作的通知⟧</h2>
<p class="wh">璟文馆〔2025〕6号</p>
{BODY}
<div class="ops">⟦a 【打印本页】　【关闭窗口】⟧</div>
<div class="links">⟦l 相关链接：县文化馆　县非遗保护中心　市文化和旅游局⟧</div>
<div class="foot">⟦m 主办：璟口县人民政府办公室　政务服务热线：12345⟧<br>⟦m 网站标识码：4309230003　湘ICP备05011209号⟧</div>
</body></html>
""",
        body="""
各乡镇综合文化站：
为摸清全县民间唢呐艺人底数，做好传统音乐类非遗项目保护工作，县文化馆决定开展民间唢呐艺人普查登记。
一、登记对象为本县户籍、能独立演奏传统曲牌的唢呐艺人，不限年龄。
二、时间安排如下：
阶段　时间　内容
摸底　4月15日—4月30日　各站入户了解
登记　5月1日—5月20日　填写登记表、录制曲牌
汇总　5月21日—5月31日　县文化馆汇总建档
三、各站要安排专人负责，5月31日前将登记表报县文化馆非遗部。
联系人：龙晓岚　电话：0737-6228145
璟口县文化馆
2025年4月11日
""",
    ),
    dict(
        slug="gov-text-village-basketball-request-cn-date",
        site="瑄城县体育局 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="text",
        source="http://tyj.xuancheng.example.gov.cn/zwgk/202507/t20250703_90031.html",
        title="关于申请举办首届乡村篮球联赛经费的请示",
        record_title=None,
        date="2025-07-02",
        notes="no record title; 成文日期 in Chinese numerals; a page byline date differs (also accepted); a font row and a QR prompt at the bottom",
        date_also=["2025-07-03"],
        page="""
!m 瑄城县体育局
!m 首页 / 政务公开 / 请示报告
关于申请举办首届乡村篮球联赛经费的请示
!m 发布时间：2025-07-03 16:20　来源：群众体育股　点击数：412
!a 字体：【大】【中】【小】
{BODY}
!a 扫描二维码，在手机上阅读本页
!m 瑄城县体育局 版权所有　地址：瑄城县体育路9号
""",
        body="""
县人民政府：
近年来，我县乡村篮球运动发展迅速，全县有村级篮球队一百一十二支，群众参与热情很高。
为丰富农村群众文化体育生活，我局拟于今年8月至10月举办首届乡村篮球联赛，设乡镇赛区十四个，总决赛在县体育馆举行。
联赛预计需要经费四十六万元，主要用于场地维护、裁判补贴、保险和奖品，恳请县人民政府予以支持。
妥否，请批示。
瑄城县体育局
二〇二五年七月二日
""",
    ),
    dict(
        slug="news-html-chestnut-harvest-photo-captions",
        site="珙城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gcxww.example.com/bendi/2025-09/26/content_55120.htm",
        title="珙城十万亩板栗进入采收期",
        record_title="珙城十万亩板栗进入采收期",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="news portal: photo captions between paragraphs, editor line glued after the last paragraph, hot list, share bar; farmers' own phone in the text kept",
        page="""
<html><head><meta charset="utf-8"><title>珙城十万亩板栗进入采收期 - 珙城新闻网</title></head><body>
<div class="head">⟦m 珙城新闻网⟧ ⟦m 珙城县融媒体中心主办⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 本地⟧</li><li>⟦m 乡村⟧</li><li>⟦m 视频⟧</li></ul>
<h1>⟦t 珙城十万亩板栗进入采收期⟧</h1>
<div class="byline">⟦m 2025-09-26 08:41　来源：珙城县融媒体中心　记者：包云舒　通讯员：罗一帆⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信 QQ空间 微博⟧</div>
<div class="rank"><h3>⟦l 24小时热读⟧</h3><p>⟦l 县城新增两条公交线路⟧</p><p>⟦l 秋季征兵体检开始⟧</p></div>
<div class="foot">⟦d 未经本网授权，不得转载、摘编或利用其它方式使用上述作品。⟧</div>
</body></html>
""",
        body="""
9月下旬，珙城县十万亩板栗陆续成熟，各乡镇栗农抢抓晴好天气采收。
在石门乡栗树坪村，村民们手持竹竿打落栗蓬，再用铁钳剥出栗子，装袋运往村里的收购点。
⟦m 图为石门乡村民在采收板栗。（记者 包云舒 摄）⟧
“今年雨水匀，栗子个头大，收购价每斤比去年高五毛钱。”种植大户陶德旺说。
县板栗协会在各主产村设立收购服务点二十个，栗农可拨打协会收购专线0736-7015266预约上门收购。
据介绍，今年全县板栗预计产量一万八千吨，产值有望突破三亿元。⟦m （责任编辑：龚宁）⟧
""",
    ),
    dict(
        slug="news-text-tennis-tournament-decorated",
        site="瑜湾晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yuwanwb.example.com/ty/2025/0518/229041.shtml",
        title="瑜湾市第三届业余网球公开赛落幕",
        record_title="瑜湾市第三届业余网球公开赛落幕|瑜湾晚报网",
        date="2025-05-18",
        notes="title repeated twice; a 'see also' link inside the body; a dotted date byline",
        page="""
!m 瑜湾晚报网｜体育频道
{T}
!m 2025.05.18　瑜湾晚报　文/蔡一苇
{T}
{BODY}
!l 【延伸阅读】市全民健身中心新增六片硬地球场
!a 打开瑜湾晚报APP，阅读更多精彩内容
!l 评论（0）　我要评论
""",
        body="""
5月18日，瑜湾市第三届业余网球公开赛在市全民健身中心落下帷幕，来自全市的三百二十名选手参加了比赛。
本届比赛设男子单打、女子单打、男子双打和混合双打等七个组别，比赛持续了十天。
⟦l ▶相关：业余网球公开赛报名通道开启⟧
六十二岁的退休教师邱德明和搭档获得混合双打中老年组冠军，他说每周要打三次球。
市网球协会负责人表示，明年将增设青少年组别，吸引更多孩子走上球场。
""",
    ),
    dict(
        slug="forum-discuz-pigeon-race-junk-html",
        site="琲水信鸽论坛 (invented)",
        style="论坛",
        genre="总结",
        kind="summary",
        form="html",
        source="http://bbs.beishuigz.example.net/thread-40218-1-1.html",
        title="琲水春季五百公里赛总结",
        record_title="[赛事总结] 琲水春季五百公里赛总结 - 赛事交流 - 琲水信鸽论坛",
        date="2025-04-28",
        notes="Discuz-like thread with jammer fonts; floor meta; a reply box at the end",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>[赛事总结] 琲水春季五百公里赛总结 - 赛事交流 - 琲水信鸽论坛</title></head><body>
<div id="hd">⟦m 琲水信鸽论坛⟧ ⟦a 用户名 密码 自动登录 找回密码 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 赛事交流 › 查看内容⟧</div>
<div class="ts">⟦t [赛事总结] 琲水春季五百公里赛总结⟧</div>
<div class="authi">⟦m 飞翔的灰瓦 发表于 2025-4-28 21:06 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：养鸽二十年，一羽一世界⟧</div>
<div class="pob">⟦l 回复　支持(12)　反对(0)　举报⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2025⟧</div>
</body></html>
""",
        body="""
各位鸽友：
琲水春季五百公里赛已于4月26日顺利完成，现将比赛情况总结如下。
本次比赛共集鸽一千六百四十羽，4月26日早上6时在司放地开笼，当天归巢八百一十七羽，归巢率约百分之五十。
冠军由城东赵师傅的雨点雄获得，分速每分钟一千二百八十米。
比赛期间天气晴好，但中途遇到侧风，部分鸽子偏航，建议大家赛前多做家飞训练。
琲水信鸽协会赛事组
2025年4月28日
""",
    ),
    dict(
        slug="forum-text-suona-band-minutes-floor",
        site="瑭溪民乐吧 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://tieba.tangximy.example.com/p/8800211",
        title="瑭溪唢呐班年会纪要",
        record_title=None,
        date="2025-02-16",
        notes="no record title; minutes' 时间/地点/主持/参会 lines kept; floor meta and a reply line; forum junk lines; meeting date in the text (time line) differs from post time",
        date_also=["2025-02-18"],
        junk=dict(lines=2, glued=1),
        page="""
!m 瑭溪民乐吧 > 看帖
瑭溪唢呐班年会纪要
!m 楼主：老杨吹唢呐　Lv.7　2025-02-18 20:33
{BODY}
!l 回复(23)　收藏　只看楼主
!m 2楼　吹打小王：支持杨师傅，年会开得好！
!l 下一页　尾页
""",
        body="""
时间：2025年2月16日上午
地点：瑭溪镇文化站二楼
主持：杨福根
参会：唢呐班全体成员十四人
会议回顾了去年的演出情况，全年共参加婚丧喜庆和文化下乡演出八十六场。
会议决定，今年继续每周六晚在文化站集中排练，新学员由杨福根、袁长顺两位老师负责教学。
会议还商定，演出收入的百分之十留作班里公积金，用于购置乐器和服装。
""",
    ),
    dict(
        slug="blog-archer-coach-notes-tag-cloud",
        site="弓弦集·个人博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://gongxianji.example.blog/2025/03/notes-on-teaching-kids.html",
        title="教孩子射箭的一点体会",
        record_title="【随笔】教孩子射箭的一点体会 | 弓弦集",
        date="2025-03-09",
        notes="WordPress-like blog: tag cloud, archive, comments count; a bracketed post time",
        page="""
<html><head><meta charset="utf-8"><title>【随笔】教孩子射箭的一点体会 | 弓弦集</title></head><body>
<header><h1 class="site">⟦m 弓弦集⟧</h1><p>⟦m 一个业余射箭教练的自留地⟧</p></header>
<article><h2>⟦t 【随笔】教孩子射箭的一点体会⟧</h2>
<p class="time">⟦m [2025-03-09 22:14]　分类：教学手记⟧</p>
{BODY}
<p class="tags">⟦l 标签：射箭 青少年 体育教学⟧</p>
<p>⟦l 评论(5)　阅读(388)⟧</p></article>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (2)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 反曲弓 复合弓 器材 比赛 随想⟧</p></aside>
<footer>⟦d © 弓弦集 保留所有权利 转载请注明出处⟧</footer>
</body></html>
""",
        body="""
带孩子练射箭三年了，最大的体会是先教规矩，再教技术。
每次上课前，我都让孩子们复述一遍靶场规则：箭不对人，听哨开弓，拔箭一起去。
十岁以下的孩子力量小，我一般先用十二磅的练习弓，等动作稳定了再慢慢加磅数。
孩子们最需要的不是表扬成绩，而是看到自己每周一点点的进步。
""",
    ),
]
