"""holdout44, part A. Invented text (sites, counties, people, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-jiangcai-troupe-speech-tour",
        site="匠材范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jiangcai99.com/jianghua/wenhua/2025/0412/88137.html",
        title="在汐湾县杂技团2025年巡演启动仪式上的讲话",
        record_title="【精选】在汐湾县杂技团2025年巡演启动仪式上的讲话（通用3篇）",
        date="2025-04-08",
        notes="decorated record title; date under the speech title; speaker line neutral",
        page="""
!m 匠材范文库｜写稿不求人
!m 所在栏目：主页 / 致辞讲话 / 文化旅游类
!a 〔复制全文〕〔存为Word〕〔加入我的书架〕
{T}
汐湾县文化和旅游局局长　柯明远
（2025年4月8日）
{BODY}
!a 会员下载无水印完整版，非会员每日可免费阅读2篇
!l 同类范文推荐：
!l 文艺院团年度演出季启动仪式致辞
!l 非遗展演周开幕讲话稿（三篇）
!d 文章均由用户投稿整理，观点不代表本库立场；如涉及权利问题请致函本库处理。
!m 匠材范文库 jiangcai99.com　浙ICP备21088416号-3
""",
        indent="\u3000\u3000",
        body="""
同志们、演员们：
今天，县杂技团2025年“送欢乐下基层”巡演正式启动。全年计划走进14个乡镇、62个行政村，演出不少于120场。
一要守牢安全底线。高空、顶技等节目每场演出前必须检查保护绳和道具，绝不带隐患上台。
二要贴近群众需求。节目编排要多听村民意见，把观众想看的带下去。
希望全团同志把每一场演出都当作首演，演出精气神，演出好口碑！
""",
    ),
    dict(
        slug="wenku-cocoon-station-plan-pages",
        site="易览文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yilan-doc.cn/view/7f3ac21e90.html",
        title="柘坪镇2025年春茧收购工作方案",
        record_title="柘坪镇2025年春茧收购工作方案.docx",
        date="2025-04-22",
        notes="file-name record title; preview page markers of their own form cutting sentences; 成文日期 at the end",
        page="""
!m 易览文库 > 农林牧渔 > 蚕桑养殖
{T}
!m 上传者：ztt_9921　　共3页　　1.6万次浏览　　评分 4.6
!a ★ 收藏　　⇩ 下载（8下载券）　　⎘ 阅读模式
{BODY}
!a ——预览到此为止，余下2页需购买后阅读——
!a 立即购买本文档　¥3.80
!d 本文档为用户上传分享，文库仅提供存储与预览服务，若侵犯您的权益请提交申诉。
!l 看过本文的人还看了：蚕茧质量检验规程.doc　｜　桑园冬季管理技术要点.pdf
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⸨{n}⸩", every=90, start=2, glue="mix"),
        body="""
为做好今年春茧收购工作，保障蚕农利益，结合我镇实际，制定本方案。
一、收购时间。春茧收购自5月20日开始，至6月10日结束，各收购点每日7时至18时开秤。
二、收购标准。坚持按质论价、优质优价，上车茧、次下茧分级收购，严禁压级压价和打白条。
三、工作要求。镇茧站要在收购前完成烘茧设备检修，各村蚕桑辅导员要提前摸清产量，避免蚕农排队过长。
柘坪镇人民政府
2025年4月22日
""",
    ),
    dict(
        slug="gov-xiwan-tide-station-notice-html",
        site="汐湾县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiwan.gov.cn/zwgk/tzgg/202507/t20250703_1203318.html",
        title="关于汐湾潮位站观测场周边禁止停靠船只的通告",
        record_title="关于汐湾潮位站观测场周边禁止停靠船只的通告_汐湾县人民政府网",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="modern portal: elderly-mode bar, 索引号 table, share row; the notice's own contact next to the portal's hotline; site suffix in the record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于汐湾潮位站观测场周边禁止停靠船只的通告_汐湾县人民政府网</title>
<script src="/js/jquery.min.js"></script><script>var siteId='xw001';</script>
<link rel="stylesheet" href="/css/main.css"></head><body>
<div class="topbar"><span>⟦m 汐湾县人民政府　欢迎您⟧</span><a href="#">⟦a 适老模式⟧</a><a href="#">⟦a 无障碍阅读⟧</a><a href="/en">⟦m English⟧</a></div>
<div class="nav"><ul><li>⟦m 首　页⟧</li><li>⟦m 走进汐湾⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="pos">⟦m 您的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：11330X21-0045/2025-07118⟧</td><td>⟦m 发文机构：县自然资源局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 发布日期：2025-07-03⟧</td></tr></table>
<h2>{T}</h2>
<div class="src">⟦m 来源：县自然资源局　浏览次数：<span id="views">417</span>⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="share">⟦a 【打印正文】　【关闭本页】　【字体：大 中 小】⟧</div>
<div class="share2">⟦l 分享至：微博　微信　QQ空间⟧</div>
<div class="rel"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 汐湾县海洋观测设施保护办法⟧</li><li>⟦l 关于开展休渔期渔船巡查的通知⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：汐湾县人民政府办公室　承办：县大数据中心⟧</p><p>⟦m 网站标识码3310220017　浙公网安备33102202000145号⟧</p><p>⟦m 政务服务热线：0576-12345（24小时）⟧</p></div>
<script>_trackPage();</script>
</body></html>
""",
        body="""
为保障汐湾潮位站观测数据准确连续，依据有关规定，现就观测场周边管理事项通告如下：
一、潮位站验潮井外沿50米水域内禁止停靠、系泊各类船只，禁止抛锚和设置网具。
二、禁止攀爬、挪动验潮井护栏及水准点标志。
三、违反本通告的，由有关部门依法处理。
联系人：潘海潮　联系电话：0576-87231406
汐湾县自然资源局
2025年7月2日
""",
    ),
    dict(
        slug="news-radar-station-open-day-html",
        site="柘溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zhexi.com.cn/shehui/2025-05/20/c_418806.htm",
        title="天气雷达站首次向中小学生开放 200名学生走近“追云神器”",
        record_title=None,
        date="2025-05-20",
        notes="no record title: headline from the page; byline date; photo caption and ad between paragraphs; editor glued after the last paragraph",
        page="""
<html><head><meta charset="gbk"><title>天气雷达站首次向中小学生开放_社会_柘溪新闻网</title></head>
<body>
<div id="hd"><a href="/">⟦m 柘溪新闻网⟧</a> <span>⟦m 柘溪第一门户　聚焦身边事⟧</span> <a href="/app">⟦a 下载柘溪新闻客户端⟧</a></div>
<div id="menu">⟦m 要闻 | 时政 | 社会 | 民生 | 视频 | 专题⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-20 09:14　来源：柘溪日报　记者 鲁晓岚 通讯员 吴砚⟧</div>
{BODY}
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 柘溪至汐湾快速路主线贯通⟧</li><li>⟦l 今夏首个高温预警发布⟧</li></ol></div>
<div class="cmt">⟦l 网友评论（0）　发表评论请先登录⟧</div>
</div>
<div id="ft">⟦d 凡注明“来源：柘溪新闻网”的作品，未经授权不得转载、摘编。⟧<br>⟦m 互联网新闻信息服务许可证：33120190021⟧</div>
</body></html>
""",
        body="""
5月19日，位于柘溪县青岗山顶的天气雷达站迎来一批特别的客人，全县6所中小学的200名学生走进雷达塔，近距离了解雷达怎样“看见”云和雨。
⟦m 图为学生在雷达站值班室观看回波图。摄影 吴砚⟧
雷达站站长韩立川介绍，这部雷达探测半径达460公里，每6分钟完成一次立体扫描。
⟦a 打开客户端看高清大图 ＞＞⟧
“原来天气预报要靠这么多数据！”柘溪县实验小学五年级学生丁一诺说。据了解，雷达站今后每季度将举办一次开放日活动。⟦m （责任编辑：程玥）⟧
""",
    ),
    dict(
        slug="forum-lighthouse-keeper-post-junk",
        site="海岬论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="proposal",
        form="text",
        source="https://bbs.haijia.net/thread-552190-1-1.html",
        title="关于保护鲛屿老灯塔的倡议书",
        record_title="[转帖] 关于保护鲛屿老灯塔的倡议书 - 海岛风物 - 海岬论坛",
        date="2025-06-01",
        date_also=["2025-06-03"],
        notes="forum thread: floor header, signature, jammer junk lines and glued junk; 成文日期 differs from the post time (also accepted)",
        page="""
!m 海岬论坛 » 海岛风物 » 正文
!m 查看: 1904 | 回复: 27
!t [转帖] 关于保护鲛屿老灯塔的倡议书
!m 望潮人　楼主　发表于 2025-6-3 21:07
!m 只看该作者　倒序浏览
{T}
{BODY}
!l 签名：看过三十年的潮，也守过一盏灯。
!a 回复　　支持(36)　　反对(0)　　举报
!l 沙发 灯塔迷小陈 发表于 2025-6-3 21:40 顶，上次上岛灯罩都生锈了
!l 快速回复：您需要登录后才可以回帖 登录 | 注册
!m Powered by HJ-BBS　© 2011-2025 海岬论坛
""",
        junk=dict(lines=2, glued=2),
        body="""
鲛屿老灯塔建于1931年，是我县现存最早的航海灯塔。近年来，部分游客攀爬塔身、在墙面刻字，灯塔保护面临压力。为此，我们倡议：
一是文明参观。不攀爬塔身，不刻画涂写，不带火种进入灯室。
二是主动守护。发现塔身裂缝、护栏松动等情况，及时告知县文物保护所。
三是传播灯塔故事。欢迎把您与灯塔的老照片分享给县档案馆，共同留住海岛记忆。
鲛屿村民委员会　汐湾县灯塔爱好者联谊会
2025年6月1日
""",
    ),
    dict(
        slug="blog-instrument-factory-worker-essay",
        site="笙岭小记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://shengling-xiaoji.blog.lbfs.cn/archives/1187",
        title="做了二十年唢呐哨片，我想说的几句话",
        record_title="【手记】做了二十年唢呐哨片，我想说的几句话 | 笙岭小记",
        date=None,
        notes="blog post with only a relative time; tag row, archive, prev/next; no date",
        page="""
!m 笙岭小记 — 一个乐器厂老工人的博客
!m 首页　｜　随笔　｜　手艺　｜　留言板
!t 【手记】做了二十年唢呐哨片，我想说的几句话
!m 发表于 3天前 · 分类：手艺 · 阅读 286
{BODY}
!l 标签：唢呐　哨片　民族乐器　手艺人
!l « 上一篇：芦苇收回来以后　　下一篇：厂里来了两个学徒 »
!l 文章归档：2025年6月(4)　2025年5月(7)　2025年4月(3)
!a 喜欢这篇？点个赞吧 ♥ 12
!m 本博客托管于林北博客服务 lbfs.cn
""",
        gap=True,
        body="""
我在笙岭民族乐器厂做唢呐哨片，今年正好是第二十年。
做哨片靠的是芦苇。芦苇要选秋后第二年的，太嫩吹不响，太老又发闷。
很多人问我有没有诀窍。我觉得诀窍就是耐心，一片哨片要削、烫、压、修十几道工序，哪一道急了都不行。
厂里今年来了两个年轻人，我愿意把这点手艺都教给他们。
""",
    ),
    dict(
        slug="wechat-vermicelli-workshop-pledge-html",
        site="蕨塘粉丝合作社公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="proposal",
        form="html",
        source="https://mp.wxreader.cn/s/JuetangFensi_20250316",
        title="蕨塘红薯粉丝诚信经营倡议书",
        date="2025-03-15",
        notes="WeChat-style mirror: account line with date, follow card, reward row, 在看 row; body in sections",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蕨塘红薯粉丝诚信经营倡议书</title>
<style>.rich_media{max-width:677px}</style></head><body>
<div class="mirror-bar">⟦m 公众号文章镜像 · 仅供存档⟧ <a href="#">⟦a 查看原文⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 蕨塘粉丝合作社　2025-03-16 07:30　湖南⟧</div>
<section class="content">
{BODY}
</section>
<div class="qr">⟦a 长按识别二维码，关注“蕨塘粉丝合作社”⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦l 分享　收藏　点赞 41　在看 9⟧</div>
<div class="more">⟦l 往期回顾：晒粉场又忙起来了｜合作社第三届社员大会召开⟧</div>
</div>
<div class="mirror-foot">⟦d 镜像内容版权归原公众号所有，本站不对其内容负责。⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75;">{}</p></section>',
        body="""
全体社员、各加工户：
蕨塘红薯粉丝是我们的金字招牌。为守住这块招牌，合作社向大家倡议：
一、坚持纯红薯淀粉制作，不掺杂其他淀粉，不添加明矾。
二、包装袋如实标注产地、生产日期，扫码可查每一批次的晒粉记录。
三、不压价、不串货，维护统一销售价格。
让我们共同守护蕨塘粉丝的好名声！
蕨塘粉丝专业合作社理事会
2025年3月15日
""",
    ),
    dict(
        slug="docshare-book-restoration-rules-pdf",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.gxdocs.net/p-30918842.html",
        title="檀垭县图书馆古籍修复室管理规定",
        record_title="檀垭县图书馆古籍修复室管理规定.pdf",
        date="2024-11-18",
        notes="file-name record title; the rules' own articles speak of 复制/拍照/下载 (kept); 成文日期 in Chinese numerals",
        page="""
!m 共享文档站 - 文档分享平台
!t 檀垭县图书馆古籍修复室管理规定.pdf　（共2页）
!m 页数：2　　大小：186KB　　上传时间：2025-02-11　　下载次数：37
!a 【下载原文】　【在线预览】　【举报】
!d 温馨提示：文档由会员上传，本站不保证其准确性，下载前请仔细预览。
{T}
{BODY}
!a 原文格式为PDF，下载需消耗1积分
!l 相关文档：古籍普查登记工作手册　古籍修复用纸标准
!m 客服邮箱：help@gxdocs.net
""",
        body="""
第一条　为加强古籍修复室管理，保护馆藏古籍安全，制定本规定。
第二条　非修复人员未经批准不得进入修复室。
第三条　待修古籍禁止复制、拍照；确需留存影像的，由修复人员在修复档案中登记后统一拍摄。
第四条　修复档案电子版存放于馆内局域网，不得下载至个人设备。
第五条　本规定自印发之日起施行。
檀垭县图书馆
二〇二四年十一月十八日
""",
    ),
    dict(
        slug="edu-acrobatics-school-enrolment-oldtable",
        site="汐湾县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xwedu.net/Article/ShowArticle.asp?ArticleID=6613",
        title="汐湾县杂技艺术学校2025年招生简章",
        record_title="汐湾县杂技艺术学校2025年招生简章 - 汐湾县教育信息网",
        date="2025-05-12",
        notes="old gb2312/ASP table layout: marquee, visitor counter, font row; enrolment table rows with ideographic spaces; school's own phone next to the site's",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>汐湾县杂技艺术学校2025年招生简章 - 汐湾县教育信息网</title></head>
<body bgcolor="#F3F8FF">
<table width="960" align="center" border="0"><tr><td><img src="/images/banner.jpg"></td></tr>
<tr><td class="menu">⟦m 网站首页 | 教育动态 | 招生考试 | 德育园地 | 教研在线 | 下载中心⟧</td></tr>
<tr><td><marquee scrollamount="3">⟦l 热烈庆祝汐湾县第十二届中小学生运动会圆满闭幕！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="220" valign="top"><table><tr><td>⟦l 最新公告⟧</td></tr><tr><td>⟦l ·2025年中考体育考试安排⟧</td></tr><tr><td>⟦l ·暑期防溺水致家长的一封信⟧</td></tr></table></td>
<td valign="top">
<table><tr><td>⟦m 当前位置：首页 >> 招生考试 >> 招生信息⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 作者：招生办　来源：本站原创　点击数：1207　更新时间：2025-5-12⟧</td></tr>
<tr><td>⟦a 【字体：小 大】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 上一篇文章：县职教中心2025年秋季招生计划⟧</td></tr>
<tr><td>⟦l 下一篇文章：关于做好2025年学前教育招生工作的通知⟧</td></tr>
<tr><td>⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 您是本站第 0528361 位访客⟧<br>⟦m 版权所有：汐湾县教育局　技术支持：汐湾网联科技⟧<br>⟦m 浙ICP备05011822号⟧<br>⟦m 本站电话：0576-87220011⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br />",
        body="""
汐湾县杂技艺术学校是县杂技团附属的中等职业学校，2025年面向全省招收杂技表演专业新生。
专业　招生人数　学制　招生对象
杂技表演（男）　20人　6年　9至12周岁
杂技表演（女）　20人　6年　9至12周岁
报名时间：6月1日至6月20日，考生可扫描学校官网二维码下载报名表。
咨询电话：0576-87315520（招生办 唐老师）
汐湾县杂技艺术学校
2025年5月12日
""",
    ),
    dict(
        slug="intranet-instrument-factory-minutes",
        site="笙岭乐器厂内部信息平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.shengling-yq.local/doc/view?id=20250409-03",
        title="2025年第二季度安全生产例会纪要",
        record_title="内部通报：2025年第二季度安全生产例会纪要",
        date="2025-04-10",
        date_also=["2025-04-09"],
        notes="intranet document view: 流转 trail, read count, reply box; minutes' 时间/地点/主持/参会 lines kept; issue date in Chinese numerals with the meeting date also accepted",
        page="""
!m 笙岭乐器厂 · 协同办公平台
!m 公文中心 / 会议纪要 / 查看
!t 内部通报：2025年第二季度安全生产例会纪要
!m 拟稿：安全科 闫秋生　审核：副厂长 施德庆　阅读 93 人次
!a 【转发】【导出】【打印】【标记已读】
{BODY}
!l 流转记录：安全科 拟稿 → 厂办 核稿 → 厂长 签发 → 各车间 已阅
!l 意见栏：暂无意见　【我要留言】
!d 内部资料，严禁外传
""",
        body="""
时间：2025年4月9日下午2时
地点：厂部二楼会议室
主持：施德庆
参会：各车间主任、安全员
会议通报了一季度安全检查情况，木工车间除尘设备滤袋破损1处、烘房温控记录不全2次，已全部整改。
会议议定：
1.4月底前完成全厂电线线路排查；
2.烘房实行双人值守，温控记录每2小时填写一次；
3.新进学徒须经三级安全教育后方可上岗。
笙岭民族乐器厂办公室
二〇二五年四月十日
""",
    ),
    dict(
        slug="qa-cocoon-price-question",
        site="问知道 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenzhidao.com/question/418220936.html",
        title="春茧收购价格是怎么定的？为什么每个茧站不一样？",
        record_title=None,
        date="2025-05-28",
        notes="question as the page title, missing from the record; best answer kept; 回答于 line is the page's date",
        page="""
!m 问知道 > 农业 > 养殖
{T}
!m 提问者：蚕坪小周　2个回答　浏览 1534
!a 我来答　　关注问题　　邀请回答
!m 最佳答案　　柘坪老蚕农　回答于 2025-05-28
{BODY}
!a 有帮助(58)　　无帮助(2)　　评论
!l 其他回答：各地不一样，去茧站问最准。
!l 相关问题：烘茧和鲜茧价格差多少？ · 上车茧是什么意思？
!d 回答内容由网友提供，仅供参考，不代表问知道观点。
""",
        body="""
春茧价格一般由县里的茧丝绸行业协会根据当年生丝行情提出指导价，各茧站在指导价上下浮动。
各茧站价格不同，主要是因为评茧标准执行得不一样，出丝率高的茧能评到更高等级。
建议交茧前先看茧站公示的评茧标准，有疑问可以当场要求复检。
""",
    ),
    dict(
        slug="collection-lighthouse-keeper-memoir-wrap",
        site="鲛屿守灯人文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jiaoyu-lamp.cn/wencun/juan2/07.html",
        title="在鲛屿灯塔建塔九十周年座谈会上的发言",
        record_title="《守灯文存》卷二·第7篇｜在鲛屿灯塔建塔九十周年座谈会上的发言",
        date=None,
        notes="personal collection; hard-wrapped at 58 columns; no date (the year only through the anniversary); chapter navigation",
        page="""
!m 鲛屿守灯人文存
!m 卷一 · 卷二 · 卷三 · 附录
!t 《守灯文存》卷二·第7篇｜在鲛屿灯塔建塔九十周年座谈会上的发言
!m 录入：孙女 许青禾
{BODY}
!l ← 第6篇　　目录　　第8篇 →
!d 本站文字为家人整理，转载请联系。
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
各位领导、各位乡亲：
我十九岁上岛守灯，一守就是三十一年。那时候岛上没有电，灯塔用的是煤油灯，每天傍晚要爬上一百零六级台阶去点灯，天亮再上去熄灯。
最难的是台风天。风大的时候人站不住，我和老伴就用绳子把自己拴在栏杆上擦灯罩，生怕灯光暗了，船看不见。
今天灯塔换上了自动化设备，再也不用人守夜了。我只希望年轻人记住，这盏灯曾经有人守过。
谢谢大家！
""",
    ),
]
