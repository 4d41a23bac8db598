"""holdout354, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text (places, people, firms, sites, URLs, phones and chrome wording); see ../README.md
and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="blog-mianan-essay-rolling-mat-typecho",
        site="面案边的日子 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://mianan.blog/archives/412/",
        title="母亲的面板和我的擀面垫",
        record_title="母亲的面板和我的擀面垫 ⁂ 面案边的日子",
        date="2025-02-09",
        notes="Typecho-like blog: tag cloud, archive, calendar, comment form; the bracketed post time under the title "
        "is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="UTF-8">
<title>母亲的面板和我的擀面垫 ⁂ 面案边的日子</title>
<link rel="stylesheet" href="/usr/themes/mianan/style.css">
<script src="/usr/themes/mianan/js/prism.js"></script>
</head>
<body>
<header id="header"><a class="site-name" href="/">⟦m 面案边的日子⟧</a><p class="desc">⟦m 一个北方媳妇的厨房随笔⟧</p>
<nav>⟦m 首页　随笔　面食笔记　关于我⟧</nav></header>
<main id="main">
<article class="post">
<h2 class="post-title">{T}</h2>
<p class="post-meta">⟦m [2025-02-09 21:40]　作者：阿蘅　分类：随笔⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 本文标签：母亲　面食　厨房旧物⟧</p>
<p class="post-near">⟦l « 腊八蒜泡了二十天⟧　⟦l 正月里的第一锅馒头 »⟧</p>
</article>
<div id="comments"><h3>⟦l 已有 5 条评论⟧</h3>
<ol><li>⟦l 青团子：看哭了，我妈也有一块磨得发亮的面板。⟧</li></ol>
<form><p>⟦l 称呼 *　电邮 *　网址⟧</p><button>⟦a 发出评论⟧</button></form></div>
</main>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 馒头 饺子 面条 发面 母亲 旧物 节气⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年2月 (4)⟧</li><li>⟦l 2025年1月 (7)⟧</li></ul></section>
<section><h3>⟦l 日历⟧</h3><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
</aside>
<footer id="footer">⟦d 本博文字均为原创，转载请先留言征得同意。⟧ ⟦m 由 Typecho 强力驱动⟧</footer>
</body>
</html>
""",
        body="""
母亲擀了一辈子面，用的是一块枣木面板，边角磨得溜圆，板面中间因为常年用力，微微凹下去一块。
我成家后，厨房小，放不下那样大的面板，就在网上买了一张硅胶擀面垫。第一次用它擀饺子皮，母亲站在旁边直摇头，说软塌塌的，使不上劲。
可用了几回，她也改了口。垫子不粘面，擀完一卷，冲洗干净就能收起来，不像木面板要晾上大半天，还怕开裂生虫。垫子上印着一圈圈的刻度，她擀的饺子皮大小一致，比从前更匀了。
今年春节，母亲让我也给她买一张。那块枣木面板，她没舍得扔，洗净擦油，挂在了老屋的墙上。
""",
    ),
    dict(
        slug="blog-qingchuang-memoir-rice-basket-wrapped-56",
        site="晴窗小记 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://qingchuang.xyz/2025/04/bamboo-basket.html",
        title="外婆的竹淘米篮",
        record_title="外婆的竹淘米篮 — 旧物拾遗 — 晴窗小记",
        date=None,
        notes="blog text hard-wrapped at 56 columns; the essay ends with a 写于 line (no full date); edit and view "
        "counters, tags, older/newer links and a comment prompt",
        page="""
!m 晴窗小记
!m 写字、读书、做饭，慢慢过日子
!m 首页 / 旧物拾遗
!t 外婆的竹淘米篮 — 旧物拾遗
!m 阅读 728 · 评论 11 · 最后修改于 5 天前
{BODY}
!l 标签：外婆 / 竹器 / 灶台
!l ← 上一篇：铜汤婆子
!l 下一篇：一只搪瓷缸 →
!a 写下你的留言（审核后显示）
!d © 晴窗小记　文字未经允许请勿转载
""",
        wrap=56,
        indent="  ",
        body="""
外婆家的灶台边，挂着一只竹淘米篮。篮子是外公年轻时编的，篾片细密，边口用竹皮缠了三道，几十年用下来，竹色已经变成了深褐色。
每天做饭前，外婆把米倒进篮里，提到门前的小溪边，一手拎篮，一手在米里轻轻搅动，白色的米汤顺着篾缝流进溪水，引得小鱼围过来。她说淘米要快，泡久了米的香气就走了。
外婆去世后，那只淘米篮不知去向。去年我在雅汕镇的集市上看见一位老篾匠在编淘米篮，站着看了很久，买了一只回家。它挂在我家厨房的墙上，我很少用它，只是偶尔看一眼。
（写于乙巳年春分）
""",
    ),
    dict(
        slug="wechat-mirror-fire-account-roasting-fork-no-title",
        site="公号文摘馆 (invented WeChat mirror) / 彰衍消防",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.gzhwenzhai.com/a/zyxf/20250703/66190.html",
        title="烧烤季，烤叉和炭火这样用才安全",
        record_title=None,
        date="2025-07-03",
        notes="WeChat mirror: no title in the record, the <h1> holds it; a star prompt glued before the first words; "
        "the account line is the page's date; 在看/分享 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>烧烤季，烤叉和炭火这样用才安全 - 公号文摘馆</title>
<script>var msgId="2247519033";</script>
</head>
<body>
<div class="mirror-bar">⟦m 公号文摘馆 · 好文章值得再读一遍⟧　<a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 彰衍消防　2025年7月3日 18:20　湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<p class="qr">⟦a 长按识别二维码，把“彰衍消防”加入常读⟧</p>
<div class="tool">⟦l 转发　点赞 86　在看 31⟧</div>
<div class="more"><h4>⟦l 彰衍消防往期推送⟧</h4><ul><li>⟦l 电动自行车进楼入户，危险有多大？⟧</li><li>⟦l 高温天，车里这几样东西别放⟧</li></ul></div>
</div>
<div class="mirror-foot">⟦d 本页为公号文摘馆自动收录的公开文章，著作权归原公众号所有，如需删除请联系我们⟧<br>⟦m gzhwenzhai.com 沪ICP备23015579号⟧</div>
</body>
</html>
""",
        p_html='<p style="margin-bottom:16px;line-height:1.75em;">{}</p>',
        body="""
⟦a 戳上方“彰衍消防”，把我们设为星标⟧入夏以来，露营烧烤成了不少市民周末的首选。烤叉、炭火用得不当，既容易伤人，也可能引发火灾。
⟦d 图片来源：彰衍消防宣传科，转载请注明⟧
烤叉：选一体成型、叉柄不短于45厘米的，手离火远一些；叉尖不用时套上护套，不要插在草地上，也不要交给孩子玩耍。
炭火：烧烤炉要放在平整的空地上，远离帐篷、树木和干草；不要用汽油、酒精引火，添炭时用长柄火钳。
收尾：烧烤结束后，用水把炭火彻底浇灭，确认没有余温再离开；烤叉冷却后收进收纳袋带走。
一旦发生烫伤，立即用流动的凉水冲洗15分钟以上；如果引发火情，第一时间拨打119。
""",
    ),
    dict(
        slug="wechat-text-consumer-survey-scoop-account-date",
        site="微文存档站 (invented WeChat mirror, text) / 慧湃区市场监管",
        style="公众号镜像",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wwcd.cc/s/huipai-scjg/2025-06-30/3",
        title="关于城区冷饮门店冰淇淋勺卫生状况的调查报告",
        record_title="关于城区冷饮门店冰淇淋勺卫生状况的调查报告 ◇ 慧湃区市场监管 · 微文存档",
        date="2025-06-26",
        date_also=["2025-06-30"],
        notes="WeChat mirror as text: the account line's date differs from the 成文日期 under the signature; a "
        "consumer-complaint line (12315) in the body; follow prompt and archive note",
        page="""
!m 微文存档 · 公众号文章备份
!t 关于城区冷饮门店冰淇淋勺卫生状况的调查报告 ◇ 慧湃区市场监管
!m 慧湃区市场监管　2025-06-30 17:45
!m 转载自：慧湃区消费者协会
{BODY}
!a 觉得有用，点一下“在看”让更多人看到
!a 关注“慧湃区市场监管”，消费提示早知道
!l 往期回顾 ▏ 夏季自制冷饮要注意什么
!d 存档说明：本站仅备份公开推送，原文如有更新以公众号为准。
""",
        indent="\u3000\u3000",
        body="""
6月上旬，慧湃区消费者协会组织志愿者，以普通顾客身份走访了城区40家冷饮门店，重点观察冰淇淋勺的存放和使用情况，现将调查情况报告如下。
⟦m [图片] 志愿者暗访时拍下的静水杯⟧
一、基本情况。40家门店中，将冰淇淋勺放在流动水勺槽中的有17家，放在静水杯中的有19家，直接放在冰柜边沿的有4家。
二、主要问题。一是静水杯换水不及时，有11家门店杯中的水已明显浑浊。二是一勺多用，有9家门店用同一把勺子给顾客试吃后继续分装。三是门店员工普遍不了解勺具清洗要求。
三、建议。建议经营者配备流动水勺槽，做到一味一勺、试吃用一次性勺；建议市场监管部门将勺具卫生纳入冷饮店日常检查；也提醒消费者发现问题时及时拨打12315反映。
慧湃区消费者协会
2025年6月26日
""",
    ),
    dict(
        slug="share-gongxiang-request-steamer-cloth-docx",
        site="共享文档坊 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.gxwdf.com/doc/2025/05/19/a8c3e71.html",
        title="关于为学校食堂购置硅胶蒸布的请示",
        record_title="关于为学校食堂购置硅胶蒸布的请示.docx",
        date="2025-04-22",
        notes="sharing page: file-info box, sign-in points lock, service WeChat beside the request's own 联系人 and "
        "phone; file-name record title; 成文日期 under the school's name",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8">
<title>关于为学校食堂购置硅胶蒸布的请示.docx - 共享文档坊</title>
<script src="/static/js/viewer.js"></script>
</head>
<body>
<div class="top">⟦m 共享文档坊⟧ <span>⟦m 分享一份，收获一份⟧</span> <a>⟦a 上传我的文档⟧</a> <a>⟦a 进坊 ∣ 新坊友⟧</a></div>
<div class="crumb">⟦m 文档坊 › 教育 › 学校管理 › 后勤⟧</div>
<div class="fileinfo">
<h1>{T}</h1>
<table>
<tr><td>⟦m 文件格式：DOCX⟧</td><td>⟦m 文件大小：19.4KB⟧</td></tr>
<tr><td>⟦m 分享者：后勤老罗⟧</td><td>⟦m 分享于：3 个月前⟧</td></tr>
<tr><td>⟦m 下载次数：212⟧</td><td>⟦m 文档评分：★★★★☆⟧</td></tr>
</table></div>
<div class="preview">
{BODY}
</div>
<div class="lock">⟦a 签到满3天即可获得下载资格，今日还未签到⟧ <a>⟦a 去签到领文档豆⟧</a></div>
<div class="svc">⟦w 找不到想要的文档？加坊主微信 gxwdf_kf 帮您找⟧</div>
<div class="rel"><h3>⟦l 和这篇相似的文档⟧</h3><ul><li>⟦l 关于购置食堂消毒柜的请示.doc⟧</li><li>⟦l 学校食堂设备更新申请报告.docx⟧</li></ul></div>
<div class="foot">⟦d 文档坊所有文件均由用户分享，若涉及版权问题请发邮件至 jubao@gxwdf.com⟧<br>⟦m © 2025 共享文档坊 gxwdf.com　蜀ICP备24008113号⟧</div>
</body>
</html>
""",
        body="""
县教育局：
我校食堂承担全校1320名学生的早餐和午餐，每天蒸制馒头、包子约2600个。目前使用的纯棉蒸布共48块，已用两年多，大部分发黄变硬，洗后容易滋生霉菌，今年春季县疾控中心采样检测，有6块霉菌超标。
为保障学生饮食安全，我校拟将全部蒸布更换为食品级硅胶蒸布。硅胶蒸布耐高温、不粘面、易清洗，可用沸水或消毒柜消毒，使用寿命在三年以上。经询价，需购置直径60厘米的硅胶蒸布60块，单价38元，共计2280元。
妥否，请批示。
联系人：罗晓岚　电话：0736-7651902
裕滔县第三中学
2025年4月22日
""",
    ),
    dict(
        slug="share-hutong-plan-rolling-mat-glued-markers",
        site="资料互通网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.zlhutong.net/view/553901.html",
        title="社区亲子烘焙课堂擀面垫采购和使用方案",
        record_title="社区亲子烘焙课堂擀面垫采购和使用方案（改好就能交）·资料互通网",
        date="2025-03-05",
        notes="sharing page as text: page markers '⮠n⮡' glued to the start of the line that continues a cut "
        "sentence; file box, exchange-points lock and disclaimer; 成文日期 under the residents' committee",
        page="""
!m 资料互通网 — 你有我有，资料互通
!m 位置：首页 › 社区工作 › 活动方案
!t 社区亲子烘焙课堂擀面垫采购和使用方案（改好就能交）
!m 共享人：辉奥里小苏　页数：3　已被下载 96 次
!a 【用互通点下载】　【加入我的资料夹】
{BODY}
!a 预览只显示部分页面，下载后可看完整格式
!a 互通点余额不足，上传一份资料可得 5 点
!d 资料互通网的资料由网友共享，如发现侵权内容，请联系站务处理。
!l 同栏目资料：社区四点半课堂实施方案 ｜ 社区志愿服务活动方案（通用）
""",
        pages=dict(fmt="⮠{n}⮡", every=140, start=2, glue=True),
        body="""
为办好辉奥里社区“周末亲子烘焙课堂”，保障课堂用具卫生安全，结合课堂实际，制定本方案。
一、采购数量和标准。课堂每期招收12组家庭，需采购硅胶擀面垫15张，其中3张备用。擀面垫须为食品级硅胶材质，尺寸不小于50×40厘米，带刻度，供货商须提供检测报告。
二、使用要求。擀面垫每次课前用温水冲洗，课后用中性洗涤剂清洗，擦干后平放或卷起存放，不得折叠。禁止在擀面垫上用刀具切割，切面团使用专用刮板。
三、更换和管理。擀面垫由社区志愿者苏澜负责登记保管，出现破损、变色、异味的及时报废更换，每学期统一检查一次。
四、经费。采购经费约900元，从社区惠民服务项目资金中列支。
辉奥里社区居民委员会
2025年3月5日
""",
    ),
    dict(
        slug="edu-huipai-notice-scoop-attachments",
        site="慧湃区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.huipai.gov.cn/tzgg/2025/0630/8841.html",
        title="关于加强学校食堂冰淇淋勺等分餐工具消毒管理的通知",
        record_title="关于加强学校食堂冰淇淋勺等分餐工具消毒管理的通知 ‖ 慧湃区教育局",
        date="2025-06-27",
        date_also=["2025-06-30"],
        notes="education portal: 适老/读屏 links, attachment download links beside the notice's own 附件 list, its "
        "联系人/电话/邮箱 beside the site's technical-support line, a sentence that speaks of filling in and sending "
        "an attachment; the page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>关于加强学校食堂冰淇淋勺等分餐工具消毒管理的通知 ‖ 慧湃区教育局</title>
<script src="/js/wza/assist.js"></script>
</head>
<body>
<div class="edu-top">⟦m 彰衍市慧湃区教育局⟧ <span><a>⟦a 适老版⟧</a> <a>⟦a 读屏模式⟧</a> <a>⟦a 局长信箱⟧</a></span></div>
<div class="edu-nav">⟦m 首页　教育要闻　通知公告　政策文件　办事指南⟧</div>
<div class="edu-crumb">⟦m 你在这里：首页 → 通知公告⟧</div>
<div class="edu-article">
<h2>{T}</h2>
<p class="info">⟦m 发布：2025-06-30　作者：后勤保障科　点击量：2274⟧</p>
<div class="edu-text">
{BODY}
</div>
<ul class="edu-files">
<li>⟦a 下载：分餐工具自查表（Word，25KB）⟧</li>
<li>⟦a 下载：勺具清洗消毒操作要点（PDF，310KB）⟧</li>
</ul>
<div class="edu-tools">⟦a 打印正文　｜　关闭页面⟧</div>
<p class="edu-scan">⟦a 用手机扫一扫，在手机上继续看⟧</p>
</div>
<div class="edu-foot">
<p>⟦m 主办：彰衍市慧湃区教育局　地址：慧湃区文昌路16号⟧</p>
<p>⟦m 技术支持：彰衍云网科技 0736-8800265⟧</p>
<p>⟦m 湘ICP备13020976号-2⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各中小学、幼儿园：
夏季部分学校食堂为学生提供冰淇淋、冰沙等冷饮甜品，使用冰淇淋勺、分餐勺等工具较多。近期抽查发现，个别学校冰淇淋勺与其他餐具混放，消毒记录不全。为保障师生饮食安全，现就有关事项通知如下：
1.冰淇淋勺等分餐工具实行专人专管，使用前后均须清洗消毒，消毒后放入带盖保洁柜。
2.冷饮分装时，一种口味使用一把勺子，勺具每两小时更换一次。
3.各校于7月10日前完成自查，下载并填写附件1，盖章后报区教育局后勤保障科。
联系人：葛思远　电话：0736-8823117　邮箱：hphq_hqk@163.com
附件：1.学校食堂分餐工具消毒自查表
2.冰淇淋勺清洗消毒操作要点
慧湃区教育局
2025年6月27日
""",
    ),
    dict(
        slug="edu-zhaodian-notice-camp-fork-docno-text",
        site="兆淀县教育和体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.zhaodian.gov.cn/html/tzgg/20250912/1207.html",
        title="关于做好秋季研学实践活动烧烤环节安全管理的通知",
        record_title="关于做好秋季研学实践活动烧烤环节安全管理的通知【兆淀教体】",
        date="2025-09-12",
        notes="education bureau page as text: a 文号 line under the title (neutral), numbered items （一）…（四）, "
        "成文日期 under the bureau's name",
        page="""
!m 兆淀县教育和体育局
!m 首页 >> 通知公告 >> 正文
{T}
兆教体函〔2025〕45号
!m 文章来源：安全稳定股　　点击：908
!a [ 大 ][ 中 ][ 小 ]　[ 打印 ]
{BODY}
!l 上一条：关于开展2025年秋季学校传染病防控工作的通知
!l 下一条：兆淀县2025年教师资格认定工作公告
!m 兆淀县教育和体育局版权所有　地址：兆淀县迎宾大道59号　邮编：418300
""",
        indent="\u3000\u3000",
        body="""
各中小学校：
秋季研学实践活动即将开始，部分研学营地安排了户外烧烤环节。烧烤使用的烤叉、炭火容易造成扎伤、烫伤，为确保学生安全，现就有关事项通知如下。
（一）烧烤环节须由营地教练和带队教师共同看护，每名成人看护学生不超过8人。
（二）营地提供的烤叉应带隔热手柄和叉尖护套，叉柄长度不少于45厘米，学生不得拿烤叉追逐打闹。
（三）小学三年级以下学生不安排自行烧烤，由营地人员烤制后分发。
（四）各校出发前须对学生进行一次安全教育，并将教育记录留存备查。
兆淀县教育和体育局
2025年9月12日
""",
    ),
    dict(
        slug="oa-zhengdian-minutes-steamer-cloth-vote",
        site="彰衍蒸点食品有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.zhengdian-food.com/doc/view.do?id=20250516031",
        title="关于更换蒸布供应商的专题会议纪要",
        record_title="◎已归档◎关于更换蒸布供应商的专题会议纪要 — 蒸点协同办公",
        date="2025-05-16",
        notes="OA document view: 流转记录, read counts, archive and forward buttons; minutes with 时间/地点/主持/参会/"
        "记录 lines and a vote count; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>◎已归档◎关于更换蒸布供应商的专题会议纪要 — 蒸点协同办公</title>
<script src="/oa/js/flow.js"></script>
</head>
<body class="oa">
<div class="oa-head">⟦m 蒸点协同办公⟧ <span>⟦m 当前用户：生产部 齐岚⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事宜　已办事宜　公文查阅　会议管理　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-btns">⟦a 标为已读⟧ ⟦a 转交他人⟧ ⟦a 归入文件夹⟧ ⟦a 存为PDF副本⟧</div>
<h2>{T}</h2>
<p class="oa-meta">⟦m 拟稿：综合办 石蔓　签发：房毅　密级：内部⟧</p>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<table><tr><td>⟦l 05-16 16:40　石蔓　起草⟧</td></tr><tr><td>⟦l 05-17 09:12　房毅　签发⟧</td></tr><tr><td>⟦l 05-17 09:30　系统　分送7个部门⟧</td></tr></table></div>
<p class="oa-read">⟦m 已阅 23 人　未阅 4 人⟧</p>
</div>
<div class="oa-foot">⟦d 仅限本公司员工查阅，请勿截图外发⟧ ⟦m 信息中心技术支持 分机 8010⟧</div>
</body>
</html>
""",
        body="""
时间：2025年5月16日上午9:30
地点：公司三楼会议室
主持：副总经理 房毅
参会：采购部、生产部、品控部、财务部负责人
记录：综合办 石蔓
会议听取了品控部关于车间在用蒸布抽检情况的汇报。4月份，品控部对在用的纯棉蒸布抽检20块，有5块霉菌超标，原供应商今年已有3次未按期供货。会议研究议定如下事项：
一、同意更换蒸布供应商，由采购部在三家候选供应商中比价确定，新蒸布须提供食品接触材料检测报告。
二、生产部自6月起执行蒸布“一班一换、集中煮洗”制度，品控部每周抽检一次。
三、财务部按程序办理与原供应商解除合同的相关事宜。
会议对第一项事项进行了表决，参会7人，同意6人，弃权1人，表决通过。
""",
    ),
    dict(
        slug="oa-fenghe-bulletin-rice-basket-oneline",
        site="兆淀丰禾餐饮服务有限公司内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/fenghe/notice/2025/0508-02.html",
        title="关于二号食堂淘米篮破损未及时更换问题的通报",
        record_date="2025-05-08",
        date="2025-05-08",
        notes="intranet text: the whole body on one line, paragraphs separated only by their indent; title and date "
        "from the record",
        page="""
!m 丰禾内网 ｜ 公告通报
!m 发布部门：品控组　　阅读：61
{T}
{BODY}
!a [返回列表]　[本条已读]
!m 丰禾餐饮信息部维护　内线 6006
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各食堂班组：
5月6日，公司品控组在检查二号食堂时发现，淘米用的塑料淘米篮底部有两处裂口，边缘有塑料碎屑，班组已经发现但未上报，也未更换，仍在继续使用。
淘米篮破损后，塑料碎屑可能混入米中，存在食品安全隐患。经研究，对二号食堂米饭班组给予通报批评，扣减班组当月考核分5分。
各食堂要立即对淘米篮、沥水篮等器具开展一次自查，发现破损的当天更换，自查情况于5月12日前报品控组。
兆淀丰禾餐饮服务有限公司
2025年5月8日
""",
    ),
]
