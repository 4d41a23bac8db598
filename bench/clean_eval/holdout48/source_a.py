"""holdout48, part A: a county silkworm-egg farm (蚕种场) and sericulture station of 桑陌县,
on twelve kinds of site. Everything invented (places, people, sites, URLs, chrome wording);
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-sangmo-summary-chinese-date",
        site="笔耕范文苑 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.bigengfw.example.com/zongjie/nianzhong/20251230_6621.html",
        title="桑陌县蚕种场2025年工作总结",
        record_title="【精选】桑陌县蚕种场2025年工作总结（通用2篇）",
        date="2025-12-28",
        notes="decorated record title; site slogan and breadcrumb; a ghost-writer prompt between paragraphs; 成文日期 in Chinese numerals; a 'more like this' list and a copy-lock line",
        page="""
!m 笔耕范文苑——写材料不再熬夜
!m 您在这里：首页 / 总结大全 / 年终总结 / 正文
!t 【精选】桑陌县蚕种场2025年工作总结（通用2篇）
!m 整理：笔耕小编　更新：2025-12-30　人气：1207
{BODY}
!a 本文已锁定复制，开通笔耕卡即可一键导出Word
!l 看过本文的人还看了
!l ◇ 乡镇农技站2025年度工作总结
!l ◇ 县茧站秋季收购工作小结
!d 本站文章来自会员投稿，如涉及版权请来信，核实后48小时内下架。
""",
        body="""
2025年，县蚕种场在县农业农村局的领导下，紧紧围绕稳产保供、提质增效的目标，较好地完成了全年各项任务。
一、蚕种生产稳中有升
全年共制春、秋两季一代杂交蚕种四万二千张，比上年增长百分之六，蚕种合格率达到百分之九十八点五。
二、冷库改造顺利完成
投资八十六万元完成二号冷库制冷机组更新，库温波动由正负一度缩小到正负零点三度，为蚕种安全浸酸、冷藏提供了保障。
⟦w 写总结卡壳？资深笔杆一对一代笔，微信 bg-wenmi66⟧
三、技术服务进村入户
组织技术员分片包村，全年开展小蚕共育指导一百二十余次，发放《家蚕微粒子病防控明白纸》三千份。
四、存在的不足
一是老旧蚕室保温性能差，二是年轻技术人员偏少，这些问题需要在明年逐步解决。
桑陌县蚕种场
二〇二五年十二月二十八日
""",
    ),
    dict(
        slug="wenku-sangmo-coldstore-rule-pdf-markers",
        site="知渊文档 (invented)",
        style="文库预览",
        genre="制度",
        kind="other",
        form="text",
        source="https://wenku.zhiyuandoc.example.net/view/8c41d0e2a7.html",
        title="蚕种冷藏库管理制度",
        record_title="蚕种冷藏库管理制度.pdf",
        date=None,
        notes="file-name title; preview page markers ⩤n⩥ cutting sentences, glued or not; a paywall prompt and an upload notice at the bottom; rules that speak of 打印 and 复制 as content",
        pages=dict(fmt="⩤{n}⩥", every=150, start=2, glue="mix"),
        page="""
!m 知渊文档 › 农林牧渔 › 蚕桑
!t 蚕种冷藏库管理制度
!m 贡献者：sm_cz2019　上传于 2024-03-11　7页　阅读 392
{BODY}
!a 免费预览已到尽头，剩下5页充值知渊币后继续阅读
!a 〔下载本文档·需12知渊币〕
!d 本文档由用户上传分享，知渊文档仅提供信息存储空间，不对内容真实性负责。
""",
        body="""
第一条　为规范蚕种冷藏库管理，确保蚕种在冷藏期间安全，结合本场实际，制定本制度。
第二条　冷藏库实行专人管理，库管员须经培训合格后上岗，非库管人员未经场长批准不得进入库区。
第三条　蚕种入库前应逐批登记品种、批次、张数和入库时间，入库登记表一式两份，一份存档，一份张贴于库门。
第四条　库管员每日早、中、晚三次记录库内温度和湿度，温度应保持在五摄氏度左右，湿度保持在百分之七十五左右。
第五条　温湿度记录每月打印一次，经场长签字后归档，电子记录不得擅自删除或复制外传。
第六条　发现库温异常，库管员应立即启用备用机组并报告场长，同时做好情况记录。
第七条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="gov-sangmo-egg-distribution-html",
        site="桑陌县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.sangmo.example.gov.cn/zwgk/tzgg/202603/t20260305_44187.html",
        title="关于做好2026年春季蚕种发放工作的通知",
        record_title="关于做好2026年春季蚕种发放工作的通知_通知公告_桑陌县人民政府网",
        date="2026-03-05",
        record_date="2026-03-05",
        notes="modern county portal: elder-mode toolbar, index table, a document number (neutral), a data table one row a paragraph, the bureau's own 联系人/电话 next to the portal's 12345 line, a share bar, a footer with ICP and police filing",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好2026年春季蚕种发放工作的通知_通知公告_桑陌县人民政府网</title>
<link rel="stylesheet" href="/static/css/gov.css"><script src="/static/js/jquery.min.js"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://stat.example.com/hm.js?5e1";})();</script>
</head><body>
<div class="toolbar">⟦a 长者模式⟧ | ⟦a 语音朗读⟧ | ⟦a 简/繁⟧ | ⟦m 今天是：2026年3月9日 星期一⟧</div>
<div class="banner">⟦m 桑陌县人民政府⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进桑陌⟧</li></ul>
<div class="crumb">⟦m 所在栏目：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="suoyin"><tr><td>⟦m 索引号：11331024MB0C41627X/2026-00318⟧</td><td>⟦m 主题分类：农业、畜牧业、渔业⟧</td></tr>
<tr><td>⟦m 发布机构：县农业农村局⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>⟦t 关于做好2026年春季蚕种发放工作的通知⟧</h1>
<div class="byline">⟦m 发布时间：2026-03-05 16:20　来源：县农业农村局　浏览量：<span id="hits">455</span>⟧</div>
<p class="wh">桑农〔2026〕9号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 桑陌县2026年蚕桑产业发展扶持办法⟧</li><li>⟦l 关于开展桑园病虫害统防统治的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：桑陌县人民政府办公室　承办：县大数据发展中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站标识码：3310240017⟧</p>
<p>⟦m 浙ICP备2011302号-1　浙公网安备33102402000119号⟧</p>
</div>
<script>document.getElementById("hits").innerHTML=456;</script>
</body></html>
""",
        body="""
各乡镇人民政府，县蚕种场：
为确保春蚕生产顺利开展，经研究，现将2026年春季蚕种发放工作有关事项通知如下。
一、发放数量
全县春季计划发放一代杂交蚕种一万八千张，由县蚕种场统一供种，各乡镇按下表数量组织领取。
乡镇　计划张数　领取时间
桑林镇　5200　4月2日
陌上乡　4600　4月3日
清溪镇　4100　4月3日
西岙乡　4100　4月4日
二、工作要求
各乡镇要提前落实小蚕共育室，做好消毒和催青准备，严禁使用无证蚕种。
三、联系方式
联系人：县农业农村局经作站　俞晓岚，电话：0576-8712 3306。
桑陌县农业农村局
2026年3月5日
""",
    ),
    dict(
        slug="news-sangmo-spring-cocoon-byline",
        site="桑陌新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.sangmonews.example.cn/bd/2026/0528/c31-90217.html",
        title="桑陌春茧喜获丰收 均价每公斤六十二元",
        record_title=None,
        date="2026-05-28",
        notes="no record title: the h1 headline; a byline 发布时间 as the page's date; a photo caption between paragraphs; an editor line glued after the last paragraph; a hot list and app download banner",
        page="""
<html><head><meta charset="utf-8"><title>桑陌春茧喜获丰收 均价每公斤六十二元 - 桑陌新闻网</title>
<script src="//ad.example.com/float.js"></script></head><body>
<div class="top">⟦m 桑陌新闻网　桑陌县融媒体中心主办⟧ ⟦a 下载“看桑陌”客户端⟧</div>
<div class="menu">⟦m 本地　时政　民生　乡镇　视频　专题⟧</div>
<div class="path">⟦m 桑陌新闻网 » 本地新闻⟧</div>
<h1>⟦t 桑陌春茧喜获丰收 均价每公斤六十二元⟧</h1>
<div class="meta">⟦m 发布时间：2026年05月28日 09:12　来源：看桑陌　记者 蒋一帆 通讯员 陆楠⟧</div>
<div class="content">
{BODY}
</div>
<div class="hot"><b>⟦l 24小时热读⟧</b><ol><li>⟦l 桑陌至临港快速路明起封闭施工⟧</li><li>⟦l 县一中新校区主体结顶⟧</li><li>⟦l 端午假期全县景区接待游客12万人次⟧</li></ol></div>
<div class="copy">⟦d 凡本网注明“来源：看桑陌”的作品，版权均属桑陌县融媒体中心，转载请注明出处。⟧</div>
<div class="ft">⟦m 新闻热线：0576-8719 0110　违法和不良信息举报：jubao@sangmonews.example.cn⟧</div>
</body></html>
""",
        body="""
眼下正是春茧收购旺季，在桑林镇茧站门口，前来交售蚕茧的农用车排起了长队。
“今年茧子个头匀，光泽好，一张种卖了两千多元。”陌上乡蚕农施大伯一边过磅一边笑着说。
⟦m ▲ 桑林镇茧站，蚕农排队交售春茧。通讯员 陆楠 摄⟧
据县蚕种场统计，今年全县春季饲养蚕种一万八千张，预计产茧八百六十吨，收购均价每公斤六十二元，比去年同期高出七元。
县农业农村局相关负责人介绍，近年来县里推广小蚕共育和方格蔟自动上蔟技术，蚕茧上车率明显提高。
下一步，该县将引导茧站与缫丝企业签订订单，稳定蚕农收益。⟦m （责任编辑：邵敏）⟧
""",
    ),
    dict(
        slug="forum-sangmo-repost-junk-date-also",
        site="桑乡论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.sangxiang.example.com/thread-55210-1-1.html",
        title="关于春蚕期间禁止在桑园周边喷施农药的通告",
        record_title="[转] 关于春蚕期间禁止在桑园周边喷施农药的通告 - 农事交流 - 桑乡论坛",
        date="2026-04-06",
        date_also=["2026-04-08"],
        notes="forum repost with anti-scraping junk lines and glued junk; post date differs from the 成文日期 (both accepted); floor numbers, a signature line and a reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 桑乡论坛 › 农事交流 › 帖子详情
!m 查看: 2418 | 回复: 19
!t [转] 关于春蚕期间禁止在桑园周边喷施农药的通告
!m 老桑头 发表于 2026-4-8 07:45
!m 楼主 | 只看该作者 | 倒序浏览
{BODY}
!m 《好好养蚕，天天向上》——老桑头的签名档
!l 沙发　桃源蚕户：谢谢楼主提醒，隔壁茶园天天打药
!l 板凳　小满：顶一个
!l 快速回复：您需要登录后才可以回帖 登录 | 注册
""",
        body="""
为保障春蚕生产安全，防止农药中毒造成蚕农损失，现就有关事项通告如下：
一、自2026年4月10日至5月31日春蚕饲养期间，禁止在桑园周边五十米范围内喷施菊酯类等对家蚕有毒的农药。
二、茶园、果园确需防治病虫害的，应选用生物农药，并提前两天告知相邻蚕农。
三、因违规用药造成家蚕中毒的，由施药人依法承担赔偿责任。
四、举报电话：0576-8712 3390（县农业综合行政执法队）。
桑陌县农业农村局
2026年4月6日
""",
    ),
    dict(
        slug="blog-sangmo-technician-wrapped",
        site="茧子日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://jianziriji.example.blog.cn/post/2025/11/cuiqing-notes.html",
        title="做了二十年催青工作的一点体会",
        record_title="做了二十年催青工作的一点体会 | 茧子日记",
        date="2025-11-16",
        notes="hard-wrapped at 58 columns with an indent; a bracketed blog post time as the page's date; tags, prev/next and a comment box; a sentence of the text about 分享 kept",
        wrap=58,
        indent="　　",
        page="""
!m 茧子日记 —— 一个蚕种技术员的碎碎念
!t 做了二十年催青工作的一点体会
!m [2025-11-16 21:37]　分类：养蚕那些事　阅读(211)　评论(4)
{BODY}
!l 标签：催青 蚕种 家蚕 经验
!l « 上一篇：秋蚕上蔟那几天　|　下一篇：冷库里的冬天 »
!l 发表评论（昵称必填）
!d © 茧子日记 转载请注明出处
""",
        body="""
从我二〇〇五年进场算起，催青这件事我已经做了整整二十年，今天把一些体会写下来，分享给刚入行的年轻同事。
催青的关键是温度，前期二十二摄氏度左右，逐步升到二十五摄氏度，升温不能急，每天升一度为宜，否则胚子发育不齐，出蚁就参差不齐。
湿度也很要紧，我们一般控制在百分之七十五到八十之间，太干了蚕卵失水，太湿了容易发霉，这些都需要勤看勤记。
见点以后要注意遮光，让胚子同步发育，到了出蚁前一天再感光，第二天早上基本能一齐孵化。
这些经验都是老场长一点一点教给我的，现在我也到了带徒弟的年纪，希望这些笔记能对大家有点用。
""",
    ),
    dict(
        slug="wechat-sangmo-mulberry-pledge-html",
        site="桑陌农技 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.mirror-reader.example.com/s/sangmonongji_7Hq2LkZ",
        title="致全县蚕农朋友的一封倡议书",
        record_title="致全县蚕农朋友的一封倡议书｜桑陌农技",
        date="2026-04-01",
        notes="a WeChat-style mirror: account name and original label, a follow prompt before the first sentence, 阅读原文/在看/赞 rows, a reward box; a sentence asking readers to 关注 a service account is content",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>致全县蚕农朋友的一封倡议书｜桑陌农技</title>
<style>.rich_media_content p{line-height:1.75}</style></head><body>
<div class="rich_media">
<h2 class="rich_media_title">⟦t 致全县蚕农朋友的一封倡议书⟧</h2>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 桑陌农技⟧ ⟦m 2026-04-01 18:05⟧ ⟦m 浙江⟧</div>
<p>⟦a 点击上方蓝字“桑陌农技”，一键关注不迷路⟧</p>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦m 文字：县蚕桑技术推广站　编辑：小桑　审核：王立群⟧</p>
<div class="reward">⟦a 喜欢作者⟧ ⟦a 赞赏⟧</div>
<div class="tool">⟦a 阅读原文⟧ ⟦a 分享⟧ ⟦a 点赞 37⟧ ⟦a 在看 12⟧</div>
<div class="qrcode">⟦a 长按识别二维码，获取更多农技资讯⟧</div>
</div></body></html>
""",
        body="""
全县广大蚕农朋友们：
春蚕饲养即将开始，为确保蚕茧丰收，县蚕桑技术推广站向大家发出如下倡议。
一是做好蚕室蚕具消毒，做到养蚕前消毒一次、养蚕中随时消毒、养蚕后及时消毒。
二是坚持小蚕共育，由共育户统一饲养到三龄再分户饲养，减少病害发生。
三是合理使用农药，桑园附近施药前主动告知邻居，共同守护蚕桑生产安全。
四是及时掌握技术信息，大家可以关注“桑陌农技服务”小程序，查看每日叶温和饲育提示。
让我们携起手来，共同打好春蚕生产这一仗。
桑陌县蚕桑技术推广站
2026年4月1日
""",
    ),
    dict(
        slug="share-sangmo-minutes-attendance",
        site="共享文稿站 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.gxwengao.example.com/doc/2025-0917-33816.html",
        title="县蚕种场秋季制种工作协调会会议纪要",
        record_title="县蚕种场秋季制种工作协调会会议纪要（可编辑）",
        date="2025-09-12",
        notes="minutes: 时间/地点/主持/参会/记录 lines kept; a sharing site's uploader line, download button and points rule at the top and bottom; an upload notice",
        page="""
!m 共享文稿站 | 文档 > 行政公文 > 会议纪要
!t 县蚕种场秋季制种工作协调会会议纪要（可编辑）
!m 分享者：Cocoon_77　格式：docx　大小：26KB　2025-09-17 收录
!a ↓立即下载（消耗2积分）　☆加入收藏
{BODY}
!d 声明：本文档由网友自行分享，仅供学习交流，如有侵权请联系站方删除。
!m 客服邮箱：kefu@gxwengao.example.com
""",
        body="""
时间：2025年9月12日上午9时
地点：县蚕种场二楼会议室
主持：场长 沈国荣
参会：各生产组组长、技术科、财务科负责人
记录：李佳
会议听取了技术科关于秋季制种准备情况的汇报，研究了以下事项。
一、秋季计划制种二万二千张，原蚕饲养于9月20日前全部结束。
二、冷库二号机组检修由设备组负责，9月18日前完成。
三、制种期间临时用工按每天一百六十元标准发放，由财务科按周结算。
会议要求各组按照分工抓好落实，确保秋季制种质量。
""",
    ),
    dict(
        slug="edu-sangmo-school-silkworm-receipt-html",
        site="桑陌县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.smjy.example.net.cn/Article/ShowArticle.asp?ArticleID=8812",
        title="关于开展“养蚕观察”劳动实践活动的通知",
        record_title="关于开展“养蚕观察”劳动实践活动的通知",
        date="2026-04-15",
        notes="old ASP table layout: a marquee, a font-size row, a visitor counter; a letter with a receipt slip (回执) and its blanks kept; a sentence about 打印 the 回执 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于开展“养蚕观察”劳动实践活动的通知--桑陌县教育信息网</title></head>
<body bgcolor="#F2F7EC"><table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><marquee scrollamount="3">⟦m 热烈欢迎各位老师访问桑陌县教育信息网！⟧</marquee></td></tr>
<tr><td class="nav">⟦m 网站首页 | 教育新闻 | 通知公告 | 教研天地 | 德育之窗 | 下载中心⟧</td></tr>
<tr><td>⟦m 当前位置：首页 >> 通知公告 >> 正文⟧</td></tr>
<tr><td align="center"><font size="4"><b>⟦t 关于开展“养蚕观察”劳动实践活动的通知⟧</b></font></td></tr>
<tr><td align="center">⟦m 作者：基教科　来源：本站原创　点击数：<font color="red">318</font>　更新时间：2026-4-15⟧</td></tr>
<tr><td align="right">⟦a 【字体：大 中 小】⟧</td></tr>
<tr><td class="zw">
{BODY}
</td></tr>
<tr><td>⟦l 上一篇文章：县教育局关于春季运动会的补充通知⟧</td></tr>
<tr><td>⟦l 下一篇文章：关于做好春季传染病防控工作的提醒⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0086213 位访客⟧</td></tr>
<tr><td align="center">⟦d Copyright 2009-2026 桑陌县教育局 All Rights Reserved⟧　⟦m 技术支持：桑陌信息中心⟧</td></tr>
</table></body></html>
""",
        body="""
各中小学：
为落实劳动教育要求，县教育局与县蚕种场联合开展“养蚕观察”劳动实践活动，现将有关事项通知如下。
一、参加对象为全县小学三至五年级学生，以班级为单位自愿报名。
二、县蚕种场免费提供蚕种和桑叶，每班蚕种一盒，请学校于4月25日前派人到场领取。
三、学生观察记录可拍照后由班主任汇总，优秀作品将在县教育信息网展示。
四、请各校打印下面的回执，填写后于4月22日前交基教科。
联系人：基教科 潘雯，电话：0576-8712 6041。
回执
学校：________　班级：________　参加人数：____
桑陌县教育局基教科
2026年4月15日
""",
    ),
    dict(
        slug="oa-sangmo-farm-minutes-flow",
        site="桑陌县蚕种场协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.smcz.example.local/doc/view?id=2026-0113",
        title="场务会议纪要（2026年第1期）",
        record_title=None,
        date="2026-01-13",
        notes="an intranet document view: system name, a 流转记录 list and read count at the bottom; no record title (the title line on the page); minutes lines kept; a vote count kept",
        page="""
!m 桑陌县蚕种场协同办公平台 V3.2　当前用户：技术科-陈晨
!m 公文管理 ＞ 收文 ＞ 查看
!t 场务会议纪要（2026年第1期）
!m 密级：内部　紧急程度：普通　拟稿：办公室
{BODY}
!l 流转记录
!l 办公室 王蓓　2026-01-13 16:02　已发送
!l 技术科 陈晨　2026-01-14 08:31　已阅
!m 已阅 27 人　未阅 3 人
!a 【返回列表】【打印】【导出PDF】
""",
        body="""
时间：2026年1月13日下午
地点：场部会议室
主持：沈国荣
出席：场领导班子成员、各科室负责人
会议研究了以下事项：
一、通过2026年蚕种生产计划，全年计划制种六万五千张，其中春种二万张、秋种四万五千张。
二、通过冷库值班制度修订稿，表决结果：同意9票，反对0票，弃权1票。
三、春节期间冷库实行双人值班，值班表由办公室另行下发。
桑陌县蚕种场办公室
2026年1月13日
""",
    ),
    dict(
        slug="qa-sangmo-egg-storage-answer",
        site="农友问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.nongyou.example.com/q/60338125.html",
        title="买回来的蚕种暂时不孵化，放冰箱冷藏可以吗？",
        record_title="买回来的蚕种暂时不孵化，放冰箱冷藏可以吗？急！！-农友问答",
        date="2026-03-29",
        notes="a Q&A: the asker's question as title with a decoration; a best-answer label, a 回答于 line as the page's date; relative times on other answers are not dates; an 'ask an expert' prompt",
        page="""
!m 农友问答 · 种养殖问题找农友
!t 买回来的蚕种暂时不孵化，放冰箱冷藏可以吗？
!m 提问者：山脚下的小院　3天前　浏览 1180
!l 最佳答案
!m 蚕桑老周（县蚕桑站退休技术员）回答于 2026-03-29
{BODY}
!a 有用(86)　没用(2)　举报
!l 其他回答（3）
!l 阿萍养蚕：可以的，我家都放冰箱下层　5天前
!w 种养殖难题拍照上传，专家30分钟内免费解答
""",
        body="""
可以短期冷藏，但要注意方法。
蚕种买回来如果还没有开始催青，可以放在冰箱冷藏室，温度保持在五摄氏度左右，一般不要超过十天。
放之前用透气的纸盒装好，不要用塑料袋密封，也不要和水果、蔬菜放在一起，防止受潮和沾染异味。
如果蚕种已经见点，也就是卵面出现小黑点，就不能再冷藏了，应该马上在二十五摄氏度左右的环境中孵化。
从冰箱取出后先在室温下放半天，再开始催青，这样出蚁会比较整齐。
""",
    ),
    dict(
        slug="anthology-sangmo-1986-speech-date-under-title",
        site="老蚕农文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://laocannong.example.org/wencun/juan2/017.html",
        title="在桑陌县蚕种场建场三十周年庆祝会上的讲话",
        record_title="《老蚕农文存》卷二·第十七篇｜在桑陌县蚕种场建场三十周年庆祝会上的讲话",
        date="1986-10-08",
        notes="a personal collection: volume line, the date under the speech title in Chinese numerals, a speaker line (neutral) with the role as given; a typist's note and chapter nav at the bottom",
        page="""
!m 老蚕农文存　卷二　场志旧稿
!t 在桑陌县蚕种场建场三十周年庆祝会上的讲话
场长　何守义
（一九八六年十月八日）
{BODY}
!m 〔录入：何小舟，据手稿整理，2024年冬〕
!l ‹ 上一篇　卷二·第十六篇　|　卷二·第十八篇　下一篇 ›
!l 返回目录
""",
        body="""
同志们：
今天，我们在这里隆重集会，庆祝县蚕种场建场三十周年。
三十年前，我们的前辈在几间草房里起步，靠一台土温箱、几十个蚕匾开始了制种工作。
三十年来，全场职工艰苦奋斗，蚕种年产量从建场时的三千张增加到现在的四万张，良种覆盖了全县所有乡镇。
这些成绩的取得，离不开县委、县政府的关心，也离不开全体职工的辛勤付出。
希望大家发扬老一辈的创业精神，为全县蚕桑生产作出新的更大贡献。
""",
    ),
]
