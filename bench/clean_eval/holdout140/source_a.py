"""holdout140, part A: old wells, paulownia, flag-raising teams and bus shelters (invented)."""

CASES = [
    dict(
        slug="fanwen-lijing-oldwell-speech-decorated",
        site="笔耕范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bigengfw.example.com/jianghua/20250412/6613.html",
        title="在全县古井保护利用现场推进会上的讲话",
        record_title="在全县古井保护利用现场推进会上的讲话（精选）_笔耕范文网",
        date="2025-04-10",
        notes="speech with date under the title; speaker line neutral; writing-service prompt glued after a sentence; related list",
        page="""
!m 笔耕范文网 — 写材料，来笔耕
!m 首页 › 讲话稿 › 会议讲话 › 正文
{T}
（2025年4月10日）
县委常委、副县长　韦承砚
!a 【一键复制全文】　【存为Word】
{BODY}
!l 猜你还想看：
!l 在全县农村饮水安全工作会上的讲话
!l 传统村落保护座谈会发言稿
!d 本站文章来自会员投稿，仅供写作参考，严禁整篇照搬。
""",
        body="""
同志们：
今天我们在砾川镇上庄村召开现场推进会，实地看了明代双眼井和清代八角井的修缮情况，大家都很受启发。
全县现存登记在册的古井一百二十七口，其中仍在使用的有四十三口，这是祖先留给我们的宝贵遗产。⟦w 材料不会写？专业笔杆子一对一代拟，VX：bigeng_fw88⟧
下一步，各乡镇要落实“一井一档”，明确管护责任人，严禁填埋、加盖和私自改建。
文旅部门要结合乡村旅游线路，把古井故事讲出来，让老井成为乡愁的载体。
同志们，保护古井就是保护文脉，希望大家以这次会议为契机，把各项工作抓细抓实。
""",
    ),
    dict(
        slug="wenku-paotong-plan-page-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiye.example.net/view/a81f0c22e9.html",
        title="磬溪县泡桐速生丰产林建设实施方案",
        record_title="磬溪县泡桐速生丰产林建设实施方案.docx",
        date="2025-02-26",
        notes="file-name title; preview page markers ⁅n⁆ cut sentences; preview-end and VIP prompts; 成文日期 at the end",
        pages=dict(fmt="⁅{n}⁆", every=110, start=2, glue=False),
        page="""
!m 知页文库　海量文档，随时预览
!m 上传者：林下清风　｜　格式：DOCX　｜　页数：5　｜　2.3万次浏览
!a 下载本文档（需38知币）
{BODY}
!a 预览已到末页，剩余3页请下载原文档阅读
!l 相关文档：泡桐栽培技术规程｜林下经济发展规划｜速生林抚育管理办法
!d 文档内容由用户上传，本站仅提供存储与展示，如涉侵权请联系我们处理。
""",
        body="""
为加快发展林业产业，增加农民收入，根据省市有关林业产业发展规划，结合我县实际，制定本方案。
一、总体目标
到2027年，全县新建泡桐速生丰产林三万亩，改造低效泡桐林八千亩，建成良种采穗圃两处，泡桐木材年加工能力达到五万立方米。
二、重点任务
（一）推广良种壮苗。以白花泡桐、兰考泡桐为主，统一由县林木种苗站供苗，苗木须有检验合格证。
（二）规范栽植抚育。栽植密度每亩二十株至三十株，前三年实行林粮间作，及时抹芽修枝，防治泡桐丛枝病。
（三）延伸加工链条。支持桐木板材、乐器音板和家具企业就近收购，鼓励建设烘干窑和拼板车间。
三、保障措施
各乡镇要成立工作专班，县财政按每亩三百元给予造林补助，验收合格后兑付。
磬溪县林业局
2025年2月26日
""",
    ),
    dict(
        slug="gov-chuanshi-well-notice-html-index-table",
        site="砥山县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.dishan.example.gov.cn/zwgk/tzgg/202505/t20250519_88120.html",
        title="关于开展全县古井普查登记工作的通知",
        record_title="关于开展全县古井普查登记工作的通知_砥山县人民政府",
        date="2025-05-16",
        notes="modern county portal with 索引号 table, 无障碍 row, font-size row; document number neutral; contact line of the document kept; 附件 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展全县古井普查登记工作的通知_砥山县人民政府</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦a 简体｜繁體⟧</div>
<div class="logo">⟦m 砥山县人民政府⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 当前所在：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11452300MB1C7730XJ/2025-00412⟧</td><td>⟦m 发文机关：砥山县文化和旅游局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-05-16⟧</td><td>⟦m 主题分类：文化、广电、新闻出版⟧</td></tr></table>
<h1>{T}</h1>
<div class="doc-no">砥文旅〔2025〕19号</div>
<div class="fontsize">⟦a 字号：【大 中 小】⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="footer"><p>⟦d 主办单位：砥山县人民政府办公室　版权所有，未经授权禁止复制⟧</p><p>⟦m 网站标识码：4523000019　桂ICP备05004471号-2⟧</p><p>⟦m 政务服务热线：12345⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为摸清全县古井底数，加强保护利用，县文化和旅游局决定自6月起开展古井普查登记工作。现将有关事项通知如下。
一、普查范围。凡1949年以前开凿、现存井口完整或遗迹可辨的水井，均纳入普查。
二、普查内容。包括位置坐标、开凿年代、井深、井栏形制、水质及使用情况，每口井须拍摄不少于六张照片。
三、时间安排。6月1日至7月31日为调查阶段，8月15日前各乡镇报送普查登记表。
联系人：覃晓岚，电话：0771-7362215，邮箱：dswlj_gj@example.cn。
附件：1.古井普查登记表
2.古井普查照片拍摄要求
砥山县文化和旅游局
2025年5月16日
""",
    ),
    dict(
        slug="news-qiyuan-flag-team-photo-caption",
        site="碚口新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.beikou.example.com/jy/2025-09-02/40718.html",
        title="碚口二中国旗护卫队迎来第十五批新队员",
        record_title=None,
        date="2025-09-01",
        notes="news with byline 发布时间; photo caption and 'more pictures' link between paragraphs; editor line at the end; title missing from record",
        page="""
!m 碚口新闻网 > 教育 > 校园动态
{T}
!m 发布时间：2025-09-01 17:42　来源：碚口日报全媒体　记者 钟一禾　通讯员 阮晴
!a A+ A- 　朗读
{BODY}
!m （编辑：潘小满　审核：程岳）
!l 上一篇：全市秋季学期开学工作平稳有序
!l 下一篇：碚口职校新增无人机应用专业
!m 碚口新闻网版权所有　联系我们：0775-2261003
""",
        body="""
9月1日清晨，碚口二中操场上，二十四名新队员身着礼服，第一次以国旗护卫队员的身份完成了升旗仪式。
这支护卫队成立于2011年，十四年来坚持每周一升旗，累计培养队员三百余名。
⟦m 图为新队员在升旗仪式上正步行进。记者 钟一禾 摄⟧
“正步要踢出精气神，每一步都是七十五厘米。”教官、退役武警刘镇川说，新队员们利用暑假集训了二十天。
初二学生麦思远说，第一次抛出国旗时手心全是汗，但听到国歌响起，心里只有骄傲。⟦l 点击查看更多图片>>⟧
学校德育处表示，将继续把升旗仪式作为开学第一课，引导学生厚植爱国情怀。
""",
    ),
    dict(
        slug="forum-luguo-shelter-complaint-junk",
        site="硖口人论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.xiakouren.example.com/thread-330871-1-1.html",
        title="关于爱护公交候车亭的倡议",
        record_title="[民生杂谈] 关于爱护公交候车亭的倡议 - 硖口人论坛",
        date="2025-06-20",
        date_also=["2025-06-21"],
        notes="Discuz-like floor; forum junk lines and glued; post time differs from the 成文日期 (document's expected, post's also)",
        junk=dict(lines=2, glued=2),
        page="""
!m 硖口人论坛 » 民生杂谈 » 正文
!l 查看: 2271 | 回复: 38
{T}
!m 楼主　磴原老街坊　发表于 2025-6-21 08:13
!m 只看该作者　倒序浏览
{BODY}
!l 回复　支持(56)　反对(0)
!m 帖子: 1190　主题: 87　积分: 4403
!d 本帖内容仅代表网友观点，与硖口人论坛立场无关。
!l 快速回复：您需要登录后才可以回帖
""",
        body="""
全体市民朋友们：
近来，城区部分公交候车亭出现乱贴小广告、座椅被刻划、灯箱玻璃被砸等现象，给大家候车带来不便。
候车亭是城市的“会客厅”，也是我们每天出行的落脚点，爱护它就是爱护我们自己的生活。
为此，我们倡议：不在候车亭张贴、涂写；不躺卧占用座椅；发现设施损坏，及时拨打公交集团服务电话0776-3288110报修。
让我们从身边做起，共同守护干净整洁的候车环境。
硖口市公共交通集团有限公司
2025年6月20日
""",
    ),
    dict(
        slug="blog-chenxi-paotong-diary-html",
        site="桐荫手记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://tongyin.example.blog/2025/03/paotong-jiashou.html",
        title="嫁接泡桐的第三个春天",
        record_title="嫁接泡桐的第三个春天 | 桐荫手记",
        date="2025-03-28",
        notes="blog: tag cloud, archive, comments with relative times; posted-on date is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>嫁接泡桐的第三个春天 | 桐荫手记</title></head><body>
<header><div class="site">⟦m 桐荫手记⟧</div><div class="motto">⟦m 一个林场老职工的碎碎念⟧</div>
<nav>⟦m 首页　林场日志　读书　关于我⟧</nav></header>
<article><h2>{T}</h2>
<div class="meta">⟦m 发表于 2025年3月28日 · 分类：林场日志 · 阅读 412⟧</div>
{BODY}
<div class="tags">⟦l 标签：泡桐　嫁接　林场⟧</div>
</article>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (2)⟧</li></ul>
<h3>⟦l 最新评论⟧</h3><ul><li>⟦l 山间一棵树：老师傅写得真细，3天前⟧</li><li>⟦l 小桐：求接穗来源，昨天⟧</li></ul></aside>
<footer>⟦d © 2019-2025 桐荫手记　转载请注明出处⟧</footer>
</body></html>
""",
        body="""
今年清明前，林场后坡那片泡桐又抽出了新芽，这是我们用兰考泡桐接穗嫁接后的第三个春天。
三年前，场里的老泡桐丛枝病严重，很多树枝梢像扫帚一样，长不成材。
老场长提议用抗病品种嫁接，我们试了劈接和插皮接两种方法，成活率分别是百分之七十一和百分之八十六。
现在这些树胸径已经有十五厘米，主干通直，几乎看不到丛枝病的症状。
记下这些，是想告诉年轻的同事：林子里的事急不得，一棵树要等，一个方法也要等。
""",
    ),
    dict(
        slug="wechat-yunshi-flag-letter-mirror",
        site="微阅镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.weiyue.example.cn/s/Qx7r2mKd0",
        title="致全市少先队员的一封信：升旗时，请向国旗敬礼",
        record_title="致全市少先队员的一封信：升旗时，请向国旗敬礼",
        date=None,
        notes="WeChat mirror: account line, 阅读原文/在看/点赞, a QR prompt; a sentence of the letter itself speaks of 扫码/关注 (kept); no date in the letter",
        page="""
!m 磐湖少先队　　磐湖市少工委
!m 原创　昨天 20:31
{BODY}
!a 阅读原文
!l 分享　点赞 128　在看 44
!a 长按识别二维码，关注“磐湖少先队”
!m 本页面由微阅镜像站自动转存，更新时间：2025-10-09 03:12
""",
        body="""
亲爱的少先队员们：
五星红旗是中华人民共和国的象征和标志，每一次升旗仪式，都是我们和祖国的一次约会。
升旗时，请你们面向国旗，立正站好，行标准队礼，目送国旗升至旗杆顶端。
奏唱国歌时，不说话、不走动、不东张西望，声音洪亮，吐字清晰。
同学们可以扫描学校公告栏里的二维码，观看“标准队礼”示范视频，也可以关注学校少先队大队部的通知，报名参加升旗手选拔。
让我们从一次升旗做起，做一名合格的红领巾。
磐湖市少先队工作委员会
""",
    ),
    dict(
        slug="share-shelter-design-spec-upload-notice",
        site="豆丁阁文档共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.douding-ge.example.com/p-5528173.html",
        title="城市公交候车亭设置技术要求",
        record_title="城市公交候车亭设置技术要求（可编辑）",
        date=None,
        notes="sharing site: decorated title, decimal headings, numbered items, upload notice in own wording, price and download buttons; no date",
        page="""
!m 豆丁阁 — 分享你的文档
!t 城市公交候车亭设置技术要求（可编辑）
!m 共 12 页　｜　贡献者：ts_zhou　｜　上传于 2024-11-03
!a 立即下载　加入收藏　举报
{BODY}
!a 还剩 9 页未读，继续阅读需支付 5 积分
!d 声明：此文档由个人用户分享，豆丁阁不对其内容的准确性负责；若您是版权方，请发邮件至本站申诉。
!l 同类推荐：公交站台无障碍设计导则（28页）　道路附属设施设置规范（41页）
""",
        body="""
1 范围
本要求规定了城市公交候车亭的选址、尺寸、结构、照明和信息设施等技术要求，适用于新建和改建候车亭。
2 选址
2.1 候车亭宜设在距交叉口五十米以外的路段，不得占用盲道。
2.2 人行道宽度小于三米的路段，宜采用无顶棚的简易站牌。
3 尺寸与结构
3.1 候车亭长度不小于六米，顶棚净高不小于二点五米，进深不小于一点五米。
3.2 顶棚应采用防紫外线材料，结构应能抵抗当地五十年一遇的风荷载。
4 照明与信息
4.1 夜间照度不低于五十勒克斯，灯具应具备防水功能。
4.2 站牌应标明线路、首末班时间和票价，鼓励设置电子到站预报屏。
""",
    ),
    dict(
        slug="edu-moxi-flag-duty-roster-html-old",
        site="墨溪县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.moxiedu.example.net/Article/ShowArticle.asp?ArticleID=2715",
        title="关于本学期各校升旗仪式轮值安排的通知",
        record_title="关于本学期各校升旗仪式轮值安排的通知",
        date="2025-02-17",
        notes="old gb2312 table layout: marquee, 今天是 date cell, a [ 字号 ] row, visitor counter; data table one row a paragraph",
        p_html="<tr><td class=\"txt\">{}</td></tr>",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>墨溪县教育信息网</title></head>
<body><table width="960" align="center"><tr><td>⟦m 墨溪县教育信息网⟧</td><td>⟦m 今天是：2025年10月8日 星期三⟧</td></tr>
<tr><td colspan="2"><marquee>⟦l 热烈祝贺我县中考成绩再创新高！欢迎访问墨溪县教育信息网！⟧</marquee></td></tr>
<tr><td>⟦m 您现在的位置： 网站首页 &gt;&gt; 通知公告⟧</td></tr></table>
<table width="960" align="center">
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 作者：县教育局德育股　点击数：356　更新时间：2025-2-17⟧</td></tr>
<tr><td>⟦a [ 字号：大 中 小 ]⟧　⟦a [ 关闭本页 ]⟧</td></tr>
{BODY}
</table>
<table width="960" align="center"><tr><td>⟦l 【发表评论】【加入收藏】【告诉好友】【打印此文】⟧</td></tr>
<tr><td>⟦d 墨溪县教育局主办　技术支持：墨溪电教站⟧</td></tr><tr><td>⟦m 您是第 0082714 位访问者⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学校：
为进一步规范升旗仪式，现将本学期县城各校轮流承担县政府广场周一升旗任务的安排通知如下。
周次　承担学校　带队负责人
第2周　墨溪一中　郑立群
第4周　墨溪二小　饶春梅
第6周　实验中学　岑卫
第8周　城关小学　韩冬青
各校须提前一周组织护旗手训练，统一着装，当日7时20分前到达广场。
墨溪县教育局
2025年2月17日
""",
    ),
    dict(
        slug="intranet-guchen-bus-shelter-minutes",
        site="磴原公交集团OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.dengyuanbus.example.local/doc/view?id=20250317-09",
        title="候车亭广告灯箱改造专题会议纪要",
        record_title="【会议纪要】候车亭广告灯箱改造专题会议纪要",
        date="2025-03-14",
        notes="OA export: approval trail and read count, minutes' 时间/地点/主持/参加/记录 lines kept, 抄送 kept",
        page="""
!m 磴原公交集团协同办公平台
!m 文档中心 / 会议纪要 / 2025
!m 拟稿：综合办 林沁　　审核：副总经理 彭秋来　　签发：总经理 宁远
!m 阅读 67 次
{BODY}
!l 流转记录：2025-03-17 09:12 林沁 提交　→　09:40 彭秋来 同意　→　10:05 宁远 签发
!l 阅读意见（0）　添加意见
!d 内部资料　严禁外传
""",
        body="""
时间：2025年3月14日下午3时
地点：集团三楼第二会议室
主持：彭秋来
参加：运营部、资产部、广告公司、安全保卫部负责人
记录：林沁
会议研究了城区一百一十二座候车亭广告灯箱改造事宜，形成如下意见：
一、灯箱全部更换为LED光源，由资产部牵头，4月底前完成招标。
二、改造期间广告公司须设置安全围挡，夜间施工不得超过22时。
三、安全保卫部每月抽查一次灯箱线路，发现漏电隐患立即断电处置。
抄送：集团领导班子成员
""",
    ),
    dict(
        slug="qa-lijing-well-water-drinkable",
        site="问得好 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendehao.example.com/question/77213906",
        title="老家院子里的古井水还能直接喝吗？",
        record_title=None,
        date=None,
        notes="Q&A page: question as title (missing from record), accepted answer, answerer card, 回答于 relative time not a date, related questions",
        page="""
<html><head><meta charset="utf-8"><title>老家院子里的古井水还能直接喝吗？ - 问得好</title></head><body>
<div class="hd">⟦m 问得好⟧ ⟦a 登录 / 注册⟧ ⟦a 我要提问⟧</div>
<h1>{T}</h1>
<div class="q-meta">⟦m 提问者：小院春深　｜　浏览 3.1万　｜　关注 212⟧</div>
<div class="answer"><div class="badge">⟦m 最佳答案⟧</div>
<div class="author">⟦m 砚池 · 环境工程师 · 回答于 5天前⟧</div>
{BODY}
<div class="acts">⟦l 赞同 873　　评论 41　　收藏　　举报⟧</div></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 井水烧开了有白色水垢正常吗？⟧</li><li>⟦l 农村压水井怎么消毒？⟧</li></ul></div>
<div class="ft">⟦d 问得好所有回答均为网友观点，仅供参考⟧　⟦m 京ICP证170338号⟧</div>
</body></html>
""",
        body="""
不建议直接喝，最好先送检。
古井多是浅层地下水，容易受周边厕所、畜圈和化肥的影响，大肠菌群和硝酸盐超标比较常见。
可以取一升水样，送到当地疾控中心或有资质的检测机构，做常规的三十多项指标检测，费用一般在几百元。
检测合格前，如果要用，至少煮沸三分钟以上再喝；平时用井水洗菜浇花问题不大。
另外，井口要加盖，井台周围三十米内不要堆放垃圾和粪肥。
""",
    ),
]
