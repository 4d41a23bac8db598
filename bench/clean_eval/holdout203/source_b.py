"""holdout203, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-tingyu-homemade-rain-gauge-table",
        site="听雨笔记 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://tingyubiji.blog.example.net/2025/06/30/homemade-rain-gauge-three-years/",
        title="自制雨量计三年，和气象站的数据差了多少",
        record_title="自制雨量计三年，和气象站的数据差了多少 ｜ 听雨笔记 · 一个气象爱好者的后院",
        record_date="2025-06-30",
        date="2025-06-30",
        notes="WordPress-like blog: calendar widget, tag cloud, archive, comment form, a like button glued after a "
        "sentence; a data table one row a paragraph; record date equals the post date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>自制雨量计三年，和气象站的数据差了多少 ｜ 听雨笔记 · 一个气象爱好者的后院</title>
<link rel="stylesheet" href="/wp-content/themes/rainy/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="post-template-default single">
<header class="site-header">
<p class="site-title">⟦m 听雨笔记⟧</p>
<p class="site-description">⟦m 一个气象爱好者的后院⟧</p>
<nav>⟦m 首页　观测日志　器材折腾　云图相册　关于⟧</nav>
</header>
<main>
<article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2025年6月30日 · 分类：器材折腾 · 6 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：雨量计 / 自制器材 / 观测数据⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 梅雨季的第一场暴雨⟧　⟦l 百叶箱刷漆记 →⟧</nav>
<section id="comments"><h3>⟦l 6 条评论⟧</h3>
<p>⟦l 溪上云：我用的也是可乐瓶，漏斗口容易进树叶，加个网罩好一些。⟧</p>
<h3>⟦l 发表评论⟧</h3><form><textarea placeholder="说点什么"></textarea><button>⟦a 提交评论⟧</button></form></section>
</main>
<aside class="sidebar">
<section><h4>⟦l 日历⟧</h4><table class="wp-calendar"><tr><td>⟦l 2025年六月 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h4>⟦l 标签云⟧</h4><p>⟦l 积雨云 台风 雨量计 百叶箱 风速仪 云图⟧</p></section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年六月 (4)⟧</li><li>⟦l 2025年五月 (6)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m © 2025 听雨笔记 · 自豪地采用 WordPress⟧</footer>
</body>
</html>
""",
        body="""
2022年夏天，我用一个大号饮料瓶做了一个简易雨量计：剪下瓶口倒扣当漏斗，瓶身贴上自己刻的刻度，放在后院离墙三米远的空地上。
三年下来，我把每次降雨的读数都记在本子上，再和两公里外的县气象站公布的数据对比。⟦a 👍 觉得有用就点个赞⟧
年份　自制雨量计（毫米）　气象站（毫米）　差值
2022年　1386　1452　−66
2023年　1520　1571　−51
2024年　1603　1629　−26
前两年差得多，主要是瓶口直径量得不准，蒸发也没考虑。去年换了标准口径的漏斗，又在瓶里加了一层薄油防蒸发，差值就小多了。
自制雨量计当然比不上专业仪器，但用来记录自家院子的雨，已经足够有意思了。
""",
    ),
    dict(
        slug="blog-laojie-cash-registers-wrapped-60",
        site="老街杂货铺 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://laojiezahuo.blog.example.cn/post/219",
        title="我家小卖部的三台收银机",
        record_title="【小店往事】我家小卖部的三台收银机 - 老街杂货铺的博客",
        date=None,
        notes="personal blog: body hard-wrapped at 60 columns with an indent; a view counter and an update stamp (no "
        "date); a reward line glued after the last sentence; prev/next and a comment prompt",
        page="""
!m 老街杂货铺的博客
!m 开了三十年的小卖部，记点柴米油盐
!m 首页 ｜ 小店往事 ｜ 进货日记 ｜ 留言板
!t 【小店往事】我家小卖部的三台收银机
!m 阅读(612)　评论(9)　最后修改于 2 个月前
{BODY}
!l 上一篇：年货进多了怎么办
!l 下一篇：那年冬天的煤球炉
!l 写下你的留言（游客也可以评论）
!m 本博客托管于杂记博客平台
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
我家的小卖部开在老街拐角，三十年里一共用过三台收银机。
第一台是一九九六年父亲从县百货公司淘来的二手机械收银机，摇一下把手，抽屉“哐”地弹出来，小票是一卷窄窄的纸，数字打得深一个浅一个。
第二台是二〇〇九年换的电子收银机，能存商品价格，还能打印日报表。我花了一个星期才学会，父亲却始终只用它开抽屉，算账还是靠他那把算盘。
第三台是前年装的智能收银机，接着扫码枪，顾客用手机一扫就付了钱。如今抽屉里很少放零钱，可我总觉得，少了当年那一声“哐”，小店好像也安静了许多。⟦a 打赏作者一杯茶⟧
""",
    ),
    dict(
        slug="wechat-licheng-fire-life-buoy-h1",
        site="微阅集 (invented, WeChat article mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://weiyueji.example.com/s/lichengxiaofang/20250704-2",
        title="暑期防溺水，救生圈不是万能的，这几点要记牢",
        record_title=None,
        date="2025-07-04",
        notes="WeChat mirror: no record title, the article's <h1>; an 原创 tag and account line (the page's date); a "
        "follow prompt glued before the first words; a photo caption line; 在看/赞赏 rows, a QR line, the mirror's note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>微阅集 - 公众号文章存档</title>
</head>
<body>
<div class="mirror-top">⟦m 微阅集 · 好文章值得存下来⟧　<a href="/">⟦m 返回存档首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span class="original">⟦m 原创⟧</span> <span>⟦m 鳢城消防⟧</span> <span>⟦m 2025年07月04日 18:30⟧</span> <span>⟦m 江西⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读 1.2万　在看 318　♡ 赞 206⟧</div>
<div class="reward">⟦a 喜欢作者 ｜ 赞赏支持⟧</div>
<div class="qr">⟦a 长按二维码 关注鳢城消防 平安伴你过暑假⟧</div>
</div>
<div class="mirror-foot">⟦d 本页由微阅集自动存档，版权归原公众号所有，原文如有更新以原文为准⟧</div>
</body>
</html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“鳢城消防”关注我们⟧暑假到了，不少家长会给孩子买个救生圈去玩水。但消防员要提醒大家：救生圈能帮忙，却不能保命。
第一，充气救生圈会漏气、会翻。孩子套着救生圈被浪一打，很容易头朝下翻进水里，这种情况下救生圈反而会卡住身体。
⟦m 图：消防员在鳢城县獭溪浴场演示救生圈翻扣⟧
第二，腋下式、坐式救生圈更危险。孩子一旦从中间滑出，往往来不及呼救。
第三，大人必须在一臂之内看护。不要一边看手机一边看孩子，溺水往往是无声的。
第四，遇到有人落水，不要贸然下水，可以把岸边的救生圈、木板、绳子抛给落水者，同时拨打119和120。
""",
    ),
    dict(
        slug="wechat-baomi-pledge-shredders-account-date",
        site="微文录 (invented, WeChat article mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.weiwenlu.example.net/a/lichengbaomi/7730418",
        title="关于规范使用碎纸机 守护信息安全的倡议书",
        record_title="保密倡议｜关于规范使用碎纸机 守护信息安全的倡议书 · 鳢城保密 · 微文录",
        date="2025-04-14",
        date_also=["2025-04-15"],
        notes="WeChat mirror text: account line (2025-04-15) and 成文日期 (2025-04-14) differ; a 设为星标 prompt; a "
        "sentence that speaks of 扫码 and 分享 as content; 在看/留言 rows and the mirror's footer",
        page="""
!m 微文录 ▏公众号文章备份
!t 保密倡议｜关于规范使用碎纸机 守护信息安全的倡议书
!m 鳢城保密　2025-04-15 08:02
!a 把“鳢城保密”设为星标，不错过每一次推送
{BODY}
!m 来源：鳢城县国家保密局
!a 分享　在看　留言
!m 文章由微文录收录，点击“原文”可跳转至公众号
""",
        body="""
全县各机关、企事业单位的干部职工：
废弃的文件、报表、快递单看似无用，却可能泄露国家秘密、工作秘密和个人信息。为此，我们向大家发出如下倡议：
一、涉密文件资料严禁当废纸出售，须送县保密技术服务中心集中销毁。
二、含有工作秘密和个人信息的非涉密纸张，使用碎纸机粉碎后再处理，不整页丢弃。
三、各单位碎纸机由专人管理，粉碎后的纸屑不得再拼接使用，发现碎纸机故障要及时报修。
四、扫码参加“保密知识月月答”，并把本倡议分享给身边的同事。
守护信息安全，从用好一台碎纸机做起。
鳢城县国家保密局
2025年4月14日
""",
    ),
    dict(
        slug="docshare-wenxiang-request-shredder-doc",
        site="文享网 (invented, document sharing)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.wenxiang88.com/doc/5518802.html",
        title="关于购置涉密文件碎纸机的请示",
        record_title="关于购置涉密文件碎纸机的请示.doc",
        date="2025-02-26",
        notes="sharing page: file-name title, upload notice, points lock, service WeChat beside the request's own "
        "联系人/电话; a price table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于购置涉密文件碎纸机的请示.doc - 文享网</title>
</head>
<body>
<div class="header"><a href="/" class="logo">⟦m 文享网⟧</a> <span>⟦m 好文档 大家享⟧</span>
<div class="search"><input type="text"><button>⟦a 搜文档⟧</button></div></div>
<div class="crumbs">⟦m 文享网 ＞ 行政公文 ＞ 请示报告⟧</div>
<div class="doc">
<h1>⟦t 关于购置涉密文件碎纸机的请示.doc⟧</h1>
<div class="info">⟦m 上传人：行政小蔡　｜　页数：2　｜　大小：27KB　｜　下载：89⟧</div>
<div class="notice">⟦d 温馨提示：文档为网友分享，文享网不保证其准确性，仅供参阅⟧</div>
<div class="preview">
{BODY}
</div>
<div class="points">⟦a 下载本文档需 3 文享币，本周签到可领币⟧ <a class="btn">⟦a 立即下载⟧</a></div>
</div>
<div class="service">⟦w 找不到想要的材料？加文享客服微信 wxkf_wenxiang 帮你找⟧</div>
<div class="same"><h3>⟦l 同类文档⟧</h3><ul><li>⟦l 关于购置办公电脑的请示.doc⟧</li><li>⟦l 关于更换保密柜的请示.docx⟧</li></ul></div>
<div class="footer">⟦m 文享网 wenxiang88.com　辽ICP备21006618号⟧</div>
</body>
</html>
""",
        body="""
县机关事务服务中心：
根据《鳢城县保密工作检查反馈意见》，我局涉密文件目前由各股室自行撕毁后装袋，存在碎屑过大、可拼复的风险。为落实涉密载体销毁管理规定，拟购置符合保密标准的碎纸机3台，具体如下：
设备　数量　单价（元）　金额（元）
五级保密碎纸机　1台　4800　4800
三级保密碎纸机　2台　1650　3300
合计所需经费8100元，拟从我局办公经费中列支。
妥否，请批示。
联系人：李书媛，电话：0798-5213602。
鳢城县自然资源局
2025年2月26日
""",
    ),
    dict(
        slug="docshare-yiwen-contract-cash-register-wrapped-markers",
        site="易文档 (invented, document sharing)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.yiwendang.net/view/6674103.html",
        title="收银机租赁合同（范本）",
        title_also=["收银机租赁合同"],
        record_title="收银机租赁合同（范本）（可编辑 直接填写）",
        date=None,
        notes="a contract template hard-wrapped at 64 columns, ⬘n⬙ page markers glued to the start of continuation lines; "
        "×× placeholders and ＿＿ blanks, 第N条; an upload notice and a points prompt; no date",
        page="""
!m 易文档 · 合同协议 · 租赁合同
{T}
!m 贡献者：小店帮手　　浏览 2203　　下载 318　　评分 4.3
!d 本文档由用户上传，易文档仅提供存储与预览，不对内容的合法性负责
{BODY}
!a 预览到此为止，下载完整版需 5 易币
!l 相关：POS机租赁协议｜商铺设备租赁合同｜电子秤租用合同
""",
        wrap=64,
        pages=dict(fmt="⬘{n}⬙", every=120, start=2, glue=True),
        body="""
出租方（甲方）：××商贸有限公司
承租方（乙方）：＿＿＿＿＿＿＿＿
第一条 租赁设备。甲方将××型收银机＿＿台（含扫码枪、小票打印机、钱箱各一件）出租给乙方，供乙方在其经营场所使用。
第二条 租赁期限。自＿＿＿＿年＿＿月＿＿日起至＿＿＿＿年＿＿月＿＿日止，期满后乙方如需续租，应提前十五日书面通知甲方。
第三条 租金及支付。每台每月租金＿＿元，乙方应于每月五日前支付当月租金，逾期每日按未付金额的千分之五支付违约金。
第四条 维护与保管。设备的日常维护由甲方负责，乙方应妥善保管，因乙方使用不当造成损坏的，由乙方承担维修费用。
甲方（盖章）：＿＿＿＿　　乙方（签字）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-bxjy-notice-life-buoys-attachment-link",
        site="鲌溪县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.baixi.gov.cn/tzgg/2025/0522/6610.html",
        title="关于在临水学校周边设置救生圈等救生设施的通知",
        record_title="关于在临水学校周边设置救生圈等救生设施的通知_校务通知_鲌溪县教育体育局",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="education portal: 长者模式/无障碍/智能问答 links, an attachment download link beside the 附件 list, the "
        "notice's own 联系人/电话 beside the site's technical line; 成文日期 differs from 发布日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于在临水学校周边设置救生圈等救生设施的通知_校务通知_鲌溪县教育体育局</title>
</head>
<body>
<div class="toolbar"><a>⟦a 长者模式⟧</a> <a>⟦a 无障碍⟧</a> <a>⟦a 智能问答⟧</a></div>
<div class="head">⟦m 鲌溪县教育体育局⟧</div>
<div class="nav">⟦m 首页 ｜ 机构概况 ｜ 校务通知 ｜ 教育资讯 ｜ 招生考试 ｜ 办事指南⟧</div>
<div class="path">⟦m 当前位置：首页 &gt; 校务通知⟧</div>
<div class="detail">
<h2>{T}</h2>
<p class="meta">⟦m 发布日期：2025-05-22　　发布单位：安全与体育股　　阅读：866⟧</p>
<div class="con">
{BODY}
</div>
<p class="attach">⟦a 附件下载：临水学校救生设施配置清单.docx（24KB）⟧</p>
</div>
<div class="links">⟦l 上一条：关于开展2025年中小学生暑期安全教育的通知⟧<br>⟦l 下一条：县教育体育局2025年5月工作要点⟧</div>
<div class="foot">
⟦m 鲌溪县教育体育局 主办　地址：鲌溪县鲌口镇文昌路8号⟧<br>
⟦m 网站技术支持：0793-6850921（工作日）⟧<br>
⟦m 赣ICP备09011873号-4⟧
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
为切实做好防溺水工作，县教育体育局决定在临水学校周边设置救生圈等救生设施。现将有关事项通知如下。
一、设置范围。学校大门外500米以内有河流、水塘、水库的学校，共计31所，名单见附件。
二、设置要求。每处危险水域岸边至少设置救生圈2个、救生杆1根、警示牌1块，救生圈须系救生绳，放在醒目、易取的位置。
三、管理要求。各校要安排专人每周巡查一次，发现救生圈丢失、破损的，要在三日内补齐，并做好巡查记录。
附件：临水学校救生设施配置清单
联系人：县教育体育局安全与体育股　钟立言，电话：0793-6850316。
鲌溪县教育体育局
2025年5月20日
""",
    ),
    dict(
        slug="edu-ganhu-school-canteen-scanners-notice",
        site="鳡湖县第二中学 (invented, school site on the county education cloud)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://gh2z.ganhuedu.cn/xxgg/2025/0224/1183.html",
        title="关于学校食堂启用扫码枪收费的通知",
        record_title="关于学校食堂启用扫码枪收费的通知_校园公告栏_鳡湖二中",
        date="2025-02-24",
        notes="school site text: 扫码 and 下载 as content (a meal code to download, scan-to-pay); the school's own "
        "phone beside the education cloud's service line; 成文日期 under the signature",
        page="""
!m 鳡湖县第二中学　　教育云平台 · 学校频道
!m 学校首页　学校概况　校园公告栏　教学科研　德育天地
{T}
!m 作者：总务处　｜　点击数：1530　｜　更新：2025-02-24
{BODY}
!a 打印　｜　关闭　｜　收藏本页
!m 鳡湖县教育云平台　客服电话：0797-5533100
""",
        indent="\u3000\u3000",
        body="""
各位老师、同学、家长：
为方便师生就餐、减少现金往来，学校食堂自3月3日起在各售饭窗口启用扫码枪收费。现将有关事项通知如下：
1. 学生可用校园卡或本人“电子饭卡”二维码付款，窗口工作人员用扫码枪扫码后即完成扣费。
2. 家长请于3月1日前下载“鳡湖智慧校园”App，绑定孩子的电子饭卡并充值，每次充值不少于50元。
3. 没有手机的学生，可到总务处办理实体校园卡，工本费由学校承担。
4. 启用初期窗口会比较忙，请同学们排队有序，不拥挤、不插队。
如有疑问，请联系总务处，电话：0797-5521864。
鳡湖县第二中学总务处
2025年2月24日
""",
    ),
    dict(
        slug="oa-huayuan-minutes-shredder-flow-record",
        site="华源商贸集团协同办公平台 (invented, OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.huayuan-group.local/doc/view?id=20250318-0412",
        title="财务部关于碎纸机使用管理的专题会议纪要",
        record_title="〔会议纪要〕财务部关于碎纸机使用管理的专题会议纪要 · 华源协同",
        date="2025-03-18",
        notes="OA document view: 流转记录, read count, 标记已阅 and print buttons; the minutes' 时间/地点/主持/参会/记录 "
        "lines stay; the meeting's 时间 line is the date; the intranet extension beside the IT desk line",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔会议纪要〕财务部关于碎纸机使用管理的专题会议纪要 · 华源协同</title>
<script src="/static/oa/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 华源商贸集团 · 协同办公⟧　⟦m 当前用户：出纳 周玥⟧　<a>⟦a 注销⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文查阅　会议管理　通讯录⟧</div>
<div class="oa-crumb">⟦m 公文查阅 / 会议纪要 / 查看⟧</div>
<div class="doc-head">
<h2>⟦t 〔会议纪要〕⟧{T}</h2>
<p>⟦m 拟稿：财务部 胡静　　签发：殷国栋　　已读 37 人⟧</p>
<p><button>⟦a 标记已阅⟧</button> <button>⟦a 打印公文⟧</button> <button>⟦a 转办⟧</button></p>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow">
<h4>⟦l 流转记录⟧</h4>
<table>
<tr><td>⟦l 2025-03-19 09:12　胡静　拟稿⟧</td></tr>
<tr><td>⟦l 2025-03-19 14:40　殷国栋　签发⟧</td></tr>
<tr><td>⟦l 2025-03-20 08:55　办公室　分发至各部门⟧</td></tr>
</table>
</div>
<div class="oa-foot">⟦m 信息中心运维　IT服务台分机：8000⟧</div>
</body>
</html>
""",
        body="""
时间：2025年3月18日下午
地点：集团财务部小会议室
主持：殷国栋
参会：财务部全体人员、办公室 林涛
记录：胡静
会议研究了财务部碎纸机使用管理问题，纪要如下：
一、作废的凭证、报表、银行回单打印件，一律使用部门碎纸机粉碎，不得整张丢进废纸篓。
二、碎纸机由出纳周玥负责管理，每周五下班前清理纸屑箱，每月给刀辊加一次润滑油。
三、碎纸机一次投纸不超过8张，不得粉碎带订书钉、回形针的纸张和光盘。
四、设备出现故障，由办公室联系维修，报修分机：8126。
""",
    ),
    dict(
        slug="intranet-xinlian-bulletin-till-faults-record",
        site="鑫联超市连锁内部网 (invented, intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.xinlian-mart.local/notice/2025/031",
        title="关于2月份门店收银机故障情况的通报",
        record_date="2025-03-05",
        date="2025-03-05",
        notes="intranet text: record title and record date as is; a table one row a paragraph; the IT hotline "
        "beside the document's own extension; a 'mark as read' action and the intranet footer",
        page="""
!m 鑫联超市连锁 · 内部信息网（仅限内网访问）
!m 通知通报 > 运营管理部
{T}
!m 发文部门：运营管理部　　阅读次数：214
!a ☑ 我已阅读　　⎙ 打印
{BODY}
!l 附：往期通报　1月份门店收银机故障情况的通报
!m 信息技术部 7×24 小时报障：8899
!d 内部资料　注意保密　请勿外传
""",
        body="""
各门店：
2月份，全公司32家门店共报修收银机故障57次，较1月份增加12次。主要情况如下：
故障类型　次数　占比
小票打印机卡纸　21　36.8%
扫码枪无法识别　15　26.3%
系统死机　13　22.8%
钱箱弹不开　8　14.0%
其中鲞桥店、鲷湾店报修次数最多，均为6次。经查，主要原因是收银员未按规定清洁打印头、随意插拔扫码枪数据线。
请各门店于3月10日前组织收银员重新学习《收银设备日常维护规范》，店长每周检查一次落实情况。报修请拨运营管理部分机：8231。
运营管理部
2025年3月5日
""",
    ),
]
