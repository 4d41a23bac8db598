"""holdout262, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Every case written by hand; all names, places, numbers and URLs are invented.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-inkmarker-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/墨斗/20418",
        title="墨斗",
        record_title="墨斗（木工弹线工具）- 知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, an 'edit' link glued to a "
        "section heading, reference markers glued after 。, a references list; the entry name opens the body "
        "(matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>墨斗（木工弹线工具）- 知源百科</title>
<script src="https://baike.zhiyuan.wiki/static/entry.js"></script>
</head>
<body>
<div class="top">⟦m 知源百科⟧ ⟦m 人人可编的知识库⟧ <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a ✎ 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="subtitle">⟦m （木工弹线工具）⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：墨斗⟧</td></tr>
<tr><td>⟦m 类　别：木工工具⟧</td></tr>
<tr><td>⟦m 组　成：墨仓、线轮、墨线、线锥⟧</td></tr>
<tr><td>⟦m 相传发明者：鲁班⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 结构　2 用法　3 文化含义　4 现状⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《民间木作工具图说》，工艺出版社⟧</p><p>⟦l [2] 《古建木作入门》，第二章⟧</p></div>
<div class="entry-stat">⟦m 词条浏览 5.3 万次　编辑 27 次　最近更新于 2 个月前⟧</div>
<div class="foot">⟦d 知源百科内容由网友共同编辑，仅供参考，如需专业意见请咨询相关人士。⟧</div>
</body>
</html>
""",
        body="""
墨斗是中国传统木工用来弹线、划线的工具，由墨仓、线轮、墨线和线锥等部分组成，相传为春秋时期鲁班发明。⟦m [1]⟧
结构
墨斗前部为墨仓，内塞丝绵或棉絮，注入墨汁后使墨线浸湿；后部为线轮，用来收放墨线；墨线末端系一小木钩或铁钉，称“线锥”，弹线时钉在木料一端。
用法⟦a [编辑本节]⟧
弹线时，将线锥固定在木料一端，拉出墨线至另一端，使墨线绷紧并贴于木面，再将墨线中部垂直提起后松开，墨线即在木面上留下一道直线。墨斗也可配合竹笔使用，竹笔蘸墨后可在木料上画短线、做记号。⟦m [2]⟧
文化含义
墨斗弹出的墨线笔直不偏，民间常以“绳墨”比喻规矩和法度。
现状
随着激光放线仪等工具的普及，墨斗在现代建筑施工中已较少使用，但在古建修缮和传统木作中仍是必备工具。
""",
    ),
    dict(
        slug="wiki-shiwu-entry-soup-ladle-text",
        site="识物百科 (invented encyclopaedia, text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.shiwubaike.com/entry/tangshao.html",
        title="汤勺",
        record_title="汤勺_厨房用具_识物百科",
        date=None,
        notes="encyclopaedia text: the entry name in the title and at the start of the body (head); section "
        "headings stay; an 'edit' tab row, a contributors line, a 'see also' list; no date",
        page="""
!m 识物百科 › 生活用品 › 厨房用具
!a 编辑　｜　讨论　｜　收藏词条
{T}
!m 本词条由 17 位网友共同编辑　　浏览 1.9 万
{BODY}
!l 相关词条：公筷　漏勺　饭勺　长柄勺
!d 词条内容仅供参考，转载请注明来自识物百科。
""",
        body="""
汤勺，又称汤匙、羹匙，是用来舀汤、盛汤的餐具，一般由勺头和勺柄两部分组成。
分类
按材质分，常见的有不锈钢汤勺、陶瓷汤勺、木汤勺、硅胶汤勺和一次性塑料汤勺等；按用途分，有个人用的小汤勺、分汤用的公勺和厨房用的长柄汤勺。
选购
选购不锈钢汤勺时，应查看勺柄上的材质标识，食品接触用不锈钢一般为304或316材质；木汤勺应选表面光滑、没有开裂和异味的。长柄汤勺最好选一体成型或焊点牢固的产品。
使用与保养
木汤勺不宜长时间浸泡，洗后应晾干；硅胶汤勺耐高温，但不宜接触明火；不锈钢汤勺不要用钢丝球用力擦洗，以免划伤表面。
""",
    ),
    dict(
        slug="netdisk-yuncang-rules-forging-tongs-pdf",
        site="云仓网盘 (invented cloud drive)",
        style="网盘分享",
        genre="安全操作规程",
        kind="notice",
        form="html",
        source="https://pan.yuncang.cc/s/1qTz8Lm3KfX",
        title="锻打火钳作业安全操作规程",
        record_title="锻打火钳作业安全操作规程.pdf",
        date=None,
        notes="cloud-drive preview: file name and size, a share stamp in relative time, VIP speed prompts, a "
        "'save to my drive' button, a preview-limit line between sections; numbered steps stay; file-name "
        "title; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>锻打火钳作业安全操作规程.pdf_免费高速下载|云仓网盘</title>
<script src="https://pan.yuncang.cc/static/share.bundle.js"></script>
</head>
<body>
<div class="yc-header">⟦m 云仓网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-info">
<h2>⟦t 锻打火钳作业安全操作规程.pdf⟧</h2>
<p>⟦m 412KB　｜　分享者：錞田传习所　｜　3 天前分享　｜　永久有效⟧</p>
<p><button>⟦a 转存至我的云仓⟧</button> <button>⟦a ⬇ 普通下载⟧</button> <button>⟦a ⚡ 超级会员极速下载⟧</button></p>
</div>
<div class="preview">
<div class="pv-title">{T}</div>
{BODY}
</div>
<div class="pv-end">⟦a 在线预览最多显示 3 页，完整文件请下载查看⟧</div>
<div class="report">⟦a 举报该分享⟧</div>
<div class="yc-foot">⟦d 云仓网盘严厉打击侵权及违法内容分享，一经发现立即删除。⟧ ⟦m © 2024 yuncang.cc⟧</div>
</body>
</html>
""",
        p_html='<div class="pv-line">{}</div>',
        body="""
一、作业前
1. 穿戴好长袖工作服、皮围裙、护目镜和劳保手套，不得穿化纤衣物。
2. 检查锻锤锤头与锤柄连接牢固，铁砧放置平稳，淬火水槽盛水不少于三分之二。
3. 清理炉旁易燃物，备好灭火器和沙桶。
二、作业中
1. 用火钳夹取红料时要夹紧夹稳，钳口朝下，不得对着他人。
2. 打锤时，掌钳人与打锤人要口令一致，未喊“打”不得落锤。
3. 淬火时人站侧面，防止蒸汽和热水溅伤。
⟦a 开通会员，免广告在线看全部页⟧
三、作业后
1. 封炉后检查炉火确已压住，关闭鼓风机电源。
2. 锻好的火钳放在指定的冷却架上，挂“高温勿碰”牌，冷却后方可入库。
""",
    ),
    dict(
        slug="netdisk-xiaopan-contract-template-sandals-wps",
        site="小盘分享 (invented cloud-drive share page)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://xiaopan.link/f/7Rw2aQ",
        title="草鞋来料加工合同（范本）",
        record_title="草鞋来料加工合同（范本）.wps",
        date=None,
        notes="cloud-drive text: a contract template with ×× placeholders, ＿＿ blanks and "
        "＿＿＿＿年＿＿月＿＿日 (no date); 第N条 articles; file-name title; a share stamp and a speed prompt",
        page="""
!m 小盘分享　｜　文件预览
!t 草鞋来料加工合同（范本）.wps
!m 28KB　　分享于 昨天 16:20　　下载 96 次
!a 下载　｜　转存　｜　用WPS打开
{BODY}
!a 预览版式可能与原文件不同，建议下载后使用
!a 非会员下载限速 100KB/s，升级会员立享满速
!d 请勿分享违法违规内容，违者封号处理。
""",
        body="""
甲方（委托方）：××文化创意有限公司
乙方（加工方）：××县××镇草编合作社
第一条　甲方委托乙方加工手工稻草草鞋＿＿＿＿双，规格、式样以甲方确认的样品为准。
第二条　稻草由乙方自备，须选用当年晚稻草，无霉变、无虫蛀；鞋绳、装饰布条由甲方提供。
第三条　加工费每双＿＿＿＿元，合计人民币＿＿＿＿元。甲方于合同签订后三日内预付百分之三十，余款验收合格后十日内付清。
第四条　乙方应于＿＿＿＿年＿＿月＿＿日前交货，交货地点为甲方仓库。
第五条　甲方按样品验收，不合格品由乙方返工，返工后仍不合格的，不计加工费。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="snapshot-misuo-news-vats-exhibition-frame",
        site="觅索快照 of 枲原文旅网 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.misuo.cn/c?u=http%3A%2F%2Fwww.xiyuanwl.cn%2Fnews%2F2024%2F0709%2F1216.html",
        title="枲原古镇“太平缸”老物件展开展",
        record_title="枲原古镇“太平缸”老物件展开展_枲原文旅网 - 觅索快照",
        record_date="2024-07-09",
        date="2024-07-09",
        notes="search-cache frame: a capture banner with its own stamp, highlighted terms, the cached site's "
        "nav and footer; date from the record; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>枲原古镇“太平缸”老物件展开展_枲原文旅网 - 觅索快照</title>
<script>document.domain="misuo.cn";</script>
</head>
<body>
<div class="snap-banner" style="border:1px solid #ccc;background:#fffbe6">
<p>⟦m 觅索快照 · 抓取于 2024-07-15 03:12 · 原网页可能已经更新⟧</p>
<p>⟦a 查看原网页 ›⟧</p>
<p>⟦m 已为您标亮：<b>太平缸</b>　<b>老物件展</b>⟧</p>
</div>
<div class="cached">
<div class="site-head">⟦m 枲原文旅网⟧ ⟦m 首页　资讯　景区　非遗　攻略⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：枲原古镇文化站　　点击：651⟧</div>
<div class="art-body">
{BODY}
</div>
</div>
<div class="site-foot">⟦m 枲原县文化和旅游局 主办　湘ICP备17009830号⟧</div>
</div>
</body>
</html>
""",
        body="""
7月8日，“缸里乾坤——枲原古镇太平缸老物件展”在古镇文化馆开展，展出从镇内老宅、祠堂征集来的各式水缸四十二口。
展品中年代最早的是一口明代青石缸，缸壁刻有“水德长流”四字；最大的一口陶缸口径一米二，过去放在镇上的布庄门口，专供救火取水。
⟦m 〔图〕展厅一角，游客在观看明代青石缸。⟧
策展人、镇文化站站长冉青介绍，太平缸是古镇防火体系的重要组成部分，过去镇上几乎每户门前都有一口，“家家有缸，户户有水”。展览将持续到十月底，免费向游客开放。
""",
    ),
    dict(
        slug="snapshot-misuo-text-notice-public-ladle-oneline",
        site="觅索快照 (text-only cache) of 鄀州市餐饮行业协会 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.misuo.cn/t?u=http%3A%2F%2Fwww.yzcyxh.org%2Ftzgg%2F408.html",
        title="关于开展“一菜一公勺”示范餐厅创建活动的通知",
        record_title="关于开展“一菜一公勺”示范餐厅创建活动的通知（纯文字快照）",
        date="2024-04-08",
        notes="a text-only cache: the whole notice on one line; capture banner lines and the cached site's "
        "chrome; 成文日期 at the end of the one line; a sentence about publishing the list on the association's "
        "account stays",
        page="""
!m 觅索快照（纯文字版）　抓取时间：2024-05-02 21:47
!a 〔切换到完整版快照〕　〔查看原网页〕
!m 鄀州市餐饮行业协会 › 通知公告
{T}
!m 发布人：协会秘书处　浏览 440
{BODY}
!m 鄀州市餐饮行业协会　地址：龠湖区振华路66号　电话：0728-6160908
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各会员单位：
为推动公勺公筷上餐桌，协会决定在全市开展“一菜一公勺”示范餐厅创建活动。现将有关事项通知如下。
一、创建标准：每道菜品配一把公勺或一双公筷，公勺与个人餐具的颜色、式样明显区分，店内醒目位置张贴提示。
二、申报方式：符合条件的会员单位于4月30日前填写申报表，报协会秘书处。
三、评选表彰：协会组织人员暗访评估，对达标的餐厅授予“一菜一公勺示范餐厅”牌匾，并在协会公众号上公布名单。
鄀州市餐饮行业协会
2024年4月8日
""",
    ),
    dict(
        slug="print-fuqiao-village-notice-vats-window-print",
        site="枹桥镇人民政府 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fuqiao.gov.cn/print.jsp?id=20240527-33",
        title="关于清理房前屋后积水水缸的通知",
        record_title="〘打印专用〙关于清理房前屋后积水水缸的通知｜枹桥镇政务公开",
        date="2024-05-27",
        notes="print view calling window.print(): print and close buttons, a print stamp (no date), the "
        "village clinic's own contact in the body, a print footer ◻ 第1页　合1页 ◻; 成文日期 under the "
        "signature; a numbered list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〘打印专用〙关于清理房前屋后积水水缸的通知｜枹桥镇政务公开</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a ⎙ 确认打印⟧　⟦a ✕ 关闭预览⟧</div>
<div class="print-head">⟦m 枹桥镇政务公开 · 村务公开栏⟧</div>
<h2 align="center">{T}</h2>
<div class="print-meta">⟦m 信息来源：罋窑村村委会　打印时间：2025-01-07 09:12⟧</div>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p ◻ 第1页　合1页 ◻⟧</div>
</body>
</html>
""",
        body="""
各位村民：
近期雨水多、气温高，蚊虫滋生快。为预防登革热等蚊媒传染病，请各家各户在6月5日前做好以下几件事：
一、房前屋后闲置不用的水缸、坛罐，把积水倒干净后倒扣放置；
二、还在储水的水缸要加盖，每周换一次水；
三、养荷花、养鱼的水缸，可以到村卫生室领取灭蚊幼药片；
四、清理沟渠、竹筒、废轮胎里的积水。
6月6日起，村委会将组织网格员逐户检查，对清理不到位的户张贴提醒单。
联系人：村卫生室郁兰芳　电话：0745-8851026
枹桥镇罋窑村村民委员会
2024年5月27日
""",
    ),
    dict(
        slug="print-yuehu-culture-plan-inkmarker-decimal-footer",
        site="龠湖文化云 (invented, print view as text)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="https://whg.yuehu.gov.cn/print/article/3120",
        title="传统木作技艺进社区工作方案",
        record_title="传统木作技艺进社区工作方案【打印版面】- 龠湖文化云",
        date="2024-03-12",
        notes="a print view as text: print header and stamp, decimal headings 1.1–3.3 stay, the cultural "
        "centre's signature and date, a print footer ⏘ 页 1 · 共 1 ⏘",
        page="""
!a 〔打印〕　〔返回原文〕
!m 龠湖文化云　www.yuehuwhy.cn
{T}
!m 打印日期：2024-12-30　　来源：龠湖区文化馆
{BODY}
!p ⏘ 页 1 · 共 1 ⏘
""",
        body="""
1 活动目标
1.1 2024年在龠湖区十个社区开展传统木作技艺展示和体验活动，每个社区不少于两场。
1.2 让居民认识墨斗、刨子、凿子等传统木工工具，了解榫卯结构。
2 活动内容
2.1 老木匠现场演示墨斗弹线、手工刨削和榫卯拼装。
2.2 居民在指导下用墨斗弹线、用小锯锯木，亲手拼装一只榫卯小凳。
2.3 展出社区居民家中收藏的老木工工具。
3 工作安排
3.1 三月，区文化馆与各社区对接，确定活动时间和场地。
3.2 四月至十月，分批开展活动。
3.3 十一月，总结活动情况，评选优秀组织社区。
龠湖区文化馆
2024年3月12日
""",
    ),
    dict(
        slug="mail-yzwhg-letter-tongs-gifts-attachment-bar",
        site="鄀州市文化馆邮件系统 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yzwhg.org.cn/webmail/read?mid=1:1tK8vQ2b",
        title="关于订制火钳作为非遗伴手礼的函",
        record_title="转发：关于订制火钳作为非遗伴手礼的函.docx",
        date="2024-10-21",
        date_also=["2024-10-23"],
        notes="webmail reading view: a forwarded header, an attachment bar with the two files and download/"
        "preview links beside the letter's own 附件 list, the letter's own 联系人/电话/邮箱; the send date "
        "differs from the 成文日期; file-name title",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于订制火钳作为非遗伴手礼的函.docx - 鄀州市文化馆邮件系统</title>
<script src="/webmail/js/read.min.js?v=5.8.3"></script>
</head>
<body>
<div class="mail-top">⟦m 鄀州市文化馆邮件系统⟧ ⟦m lujingyi@yzwhg.org.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="mail-left">⟦m 收件箱(12)　草稿箱　已发送　通讯录⟧</div>
<div class="mail-toolbar">⟦a 回复　全部回复　转发　删除　标记为 ▾⟧</div>
<div class="mail-head">
<p>⟦m 主题：转发：关于订制火钳作为非遗伴手礼的函.docx⟧</p>
<p>⟦m 发件人：卢静宜 &lt;lujingyi@yzwhg.org.cn&gt;⟧</p>
<p>⟦m 收件人：sales@chuntianduanzao.com⟧</p>
<p>⟦m 时　间：2024年10月23日（星期三）15:06⟧</p>
</div>
<div class="attach-bar">⟦a 📎 附件 2 个：伴手礼火钳样式图.jpg（312K）　报价单.xlsx（18K）　全部下载　在线预览⟧</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：非遗部 &lt;feiyi@yzwhg.org.cn&gt;　日期：2024年10月21日 17:40⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="mail-foot">⟦d 此邮件可能包含保密信息，如误收请删除并告知发件人。⟧</div>
</body>
</html>
""",
        body="""
藟山县錞田锻造有限公司：
我馆拟于今年十二月举办“鄀州非遗年货节”，为参加活动的嘉宾和外地客商准备一份有本地特色的伴手礼。经比选，拟向贵公司订制手工锻打小火钳三百把，有关事项函告如下：
一、规格：长度25厘米，钳柄一端锻出“鄀”字纹样，表面做防锈发黑处理；
二、包装：每把配牛皮纸盒一个，盒内附火钳锻打工艺简介卡片；
三、交货时间：11月30日前送至我馆；
四、报价：请于10月31日前将报价单回复我馆。
附件：1. 伴手礼火钳样式图
2. 报价单（模板）
联系人：卢静宜　电话：0728-6207731　邮箱：feiyi@yzwhg.org.cn
鄀州市文化馆
2024年10月21日
""",
    ),
    dict(
        slug="mail-fwd-text-letter-loan-sandals-exhibit",
        site="forwarded mail (text), 鄀州市文化馆 to 鄅川县文化馆 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:ycwhg-dianzang@ycwhg.cn?fwd=20240829",
        title="关于商借草鞋实物参加非遗展览的函",
        record_title="Fwd: 〖来函〗关于商借草鞋实物参加非遗展览的函",
        date="2024-08-28",
        date_also=["2024-08-29"],
        notes="a forwarded mail as text: mail headers (one with a 抄送 line) above the letter's own 抄送 line; "
        "the forwarder's note neutral; the letter's own 联系人/电话; a numbered list; the send date differs "
        "from the 成文日期; a mail client's signature line",
        page="""
何立新 转给 典藏部：请尽快研究，周五前答复。
!m ---------- Forwarded message ----------
!m 发件人："卢静宜" <feiyi@yzwhg.org.cn>
!m 发送时间：2024年8月29日(星期四) 上午10:12
!m 收件人："鄅川县文化馆" <ycwhg@ycwhg.cn>
!m 抄　送："馆长办公室" <guanzhang@yzwhg.org.cn>
!m 主　题：〖来函〗关于商借草鞋实物参加非遗展览的函
{T}
{BODY}
!d 本邮件由鄀州市文化馆邮件系统发出，请勿直接回复系统地址。
!a 发自我的手机邮箱
""",
        body="""
鄅川县文化馆：
为迎接第十届“鄀州非遗周”，我馆将于9月下旬举办“足下千里——草鞋与行路文化展”。贵馆收藏的民国桐油草鞋、红军草鞋复制品等展品，对展示草鞋的演变历史十分重要，特商借以下展品：
1. 民国桐油草鞋一双；
2. 红军草鞋复制品两双；
3. 草鞋编织工具（鞋耙、稻草捶）一套。
借展期限为2024年9月15日至10月31日。展品往返运输、保险及布展费用均由我馆承担，展期内专人看护，展毕完好归还。
妥否，请函复。
联系人：卢静宜　电话：0728-6207731
鄀州市文化馆
2024年8月28日
抄送：鄀州市文化广电和旅游局
""",
    ),
]
