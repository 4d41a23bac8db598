"""holdout315, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text each).

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhiliao-sushi-mat-mould-question-title",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.zhiliaowenda.com/q/20871346.html",
        title="寿司帘发霉了还能用吗？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record, the question in the <h1>; adopted-answer badge, vote row, "
        "more answers; answered 3 天前: no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>知了问答 - 有问题，知了帮你答</title></head><body>
<div class="zl-top">⟦m 知了问答⟧ ⟦m 有问题，知了帮你答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="zl-crumb">⟦m 知了问答 > 生活 > 厨房用品⟧</div>
<div class="question">
<h1 class="q-title">{T}</h1>
<div class="q-desc">⟦m 提问者：匿名用户　｜　浏览 2130 次⟧</div>
</div>
<div class="best">
<div class="badge">⟦m 提问者采纳⟧</div>
<div class="ans-user">⟦m 厨房里的老秦　｜　回答于 3 天前　｜　采纳率 91%⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 有帮助 128　没帮助 3　追问⟧</div>
</div>
<div class="more"><h3>⟦l 其他 2 个回答⟧</h3>
<p>⟦l 扔了吧，十几块钱的东西别省⟧</p>
<p>⟦l 我家都是开水烫完放太阳底下晒⟧</p></div>
<div class="zl-rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 竹砧板发黑怎么清洗？⟧</p><p>⟦l 硅胶寿司帘好用吗？⟧</p></div>
<div class="zl-foot">⟦m ©2025 知了问答 zhiliaowenda.com　渝ICP备19011325号⟧</div>
<script async src="//s.zhiliaowenda.com/tj.js"></script>
</body></html>
""",
        body="""
发霉的寿司帘不建议继续用。竹条之间的缝隙和穿线的棉绳最容易藏霉菌，表面刷干净了，缝里的霉斑还在，卷寿司时米饭直接接触帘子，吃下去不卫生。
如果只是刚出现几个小白点，可以用小苏打水浸泡半小时，再用旧牙刷顺着竹条刷，开水烫一遍后放在通风处彻底晾干。出现黑斑或者有霉味的，就直接扔掉，一张新帘子也就十几块钱。
以后想避免发霉，有三个办法：一是用之前包一层保鲜膜；二是用完立刻刷洗，立起来晾干再收；三是不要放在水槽边和密闭的抽屉里。
""",
    ),
    dict(
        slug="qa-wenbida-rental-safety-gate-drilling",
        site="问必答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.wenbida.cn/question/88410277",
        title="租的房子能装打孔的安全门栏吗？",
        record_title="租的房子能装打孔的安全门栏吗？ - 问必答·家居频道",
        date=None,
        notes="Q&A text: the question decorated with the site's channel; the best answer as the body; other "
        "answers and related questions below; relative answer time, no date",
        page="""
!m 问必答 · 家居频道
!t 租的房子能装打孔的安全门栏吗？
!m 2 个回答　·　被浏览 760 次
!m 最佳回答
!m 法律爱好者阿远　回答于 2 天前
{BODY}
!a 赞同 54　　反对　　收起
!l 其他回答：
!l 房东不让就买压力的，别折腾。
!l 相关问题：租房安装婴儿床护栏需要房东同意吗
!m 问必答 wenbida.cn　京ICP备20017732号
""",
        indent="",
        body="""
一般来说，租来的房子打孔前要先征得房东同意。租赁合同里大多写着“未经出租人同意不得擅自改变房屋结构或装修”，在墙上打几个螺丝孔虽然不算改变结构，但退租时房东可以要求你恢复原状，或者从押金里扣修补费。
建议这样做：先给房东发个消息说明情况，最好拿到书面或者聊天记录上的同意；再约定退租时由你负责补孔、刷漆。
如果房东不同意，可以选压力式的安全门栏，靠两侧顶住墙面固定，不用打孔。但要记住，压力式门栏不适合装在楼梯上口，孩子一推容易整体脱落。
""",
    ),
    dict(
        slug="collection-wenshouzhuo-memoir-steamer-rack-gb2312",
        site="温守拙文集 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.wenshouzhuo.net/shisui/06.htm",
        title="母亲的竹蒸架",
        record_title="母亲的竹蒸架（拾穗录之六）— 温守拙文集",
        date=None,
        notes="retired teacher's collection in an old gb2312 table layout: 繁體/简体 links, chapter links, visitor "
        "counter, author's mailbox; a 写于 line with only a year and a lunar month: no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>母亲的竹蒸架（拾穗录之六）— 温守拙文集</title></head>
<body bgcolor="#f7f3e8">
<table width="780" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 温守拙文集⟧</font><br><font size="2">⟦m 一个退休教书匠的旧事与闲话⟧</font></td></tr>
<tr><td align="right">⟦a 繁體版 ｜ 简体版 ｜ 大字阅读⟧</td></tr>
<tr><td>⟦m 拾穗录 → 第六篇⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〈 第五篇 老井边的辘轳⟧　⟦l 目录⟧　⟦l 第七篇 父亲的旱烟袋 〉⟧</td></tr>
<tr><td align="center">⟦m 本文集已被翻阅 018824 次⟧<br>⟦w 读后有话，请寄 wsz1951@126.com⟧<br>⟦d 文章系作者原创，转载请先来信⟧</td></tr>
</table><script language="JavaScript" src="../count.asp?page=shisui06"></script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候家里蒸馒头，用的是母亲从集上买回来的竹蒸架。那是一只圆圆的架子，十几根竹片交叉编成井字，边上用篾条箍了一圈，放进大铁锅里，正好卡在锅沿下面一拃的地方。
每到腊月，母亲天不亮就起来揉面，一锅蒸二十个馒头。揭开锅盖，白汽扑满整间灶屋，我们兄妹几个守在锅边，等着母亲把第一个馒头掰开分给我们。
蒸完馒头，母亲总要把竹蒸架刷干净，挂在灶屋门后的钉子上晾着。那只蒸架用了十几年，竹片被蒸汽熏成了酱色，边上的篾条断了，母亲就用铁丝缠上接着用。
如今家里早换了不锈钢蒸锅，可我总记得那只酱色的竹蒸架，和它上面冒着热气的馒头。
（写于二〇二四年腊月）
""",
    ),
    dict(
        slug="collection-yanxia-essay-egg-rack-oneline",
        site="屋檐下的老物件 个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yanxiajiuwu.cn/wenji/11.txt",
        title="外公的铁丝蛋架",
        record_title="外公的铁丝蛋架 ·《屋檐下的老物件》第十一记",
        date=None,
        notes="personal collection as text, the whole essay on one line (paragraphs apart only by their indent); "
        "collection line, chapter links and counter around it; no date",
        page="""
!m 屋檐下的老物件 · 个人文集
!m 卷一　厨房里的旧时光
{T}
{BODY}
!l 上一篇：奶奶的腌菜坛　　下一篇：灶台上的铜勺
!m 本篇阅读 452 次　收录于 2025 年夏
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外公是村里的铁匠，退休以后闲不住，常用铁丝给左邻右舍做些小物件。我印象最深的是他做的蛋架。
他先把粗铁丝弯成一个个小圈，每个圈刚好托住一个鸡蛋，再用细铁丝把十二个小圈连成一排，装上四条腿，一只蛋架就做好了。外婆把蛋架放在碗柜顶上，家里的鸡下了蛋，就一个个摆进去。
那时候鸡蛋金贵，外婆总说，放在蛋架上的鸡蛋不会滚，也不会磕破。
前些年收拾老屋，我在碗柜顶上又看见了那只蛋架，铁丝已经生锈，小圈还是圆的。我把它带回城里擦干净，摆在了自家厨房的窗台上。
""",
    ),
    dict(
        slug="dangjian-yiyang-speech-drain-plug-cn-date",
        site="翌阳先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yiyangxianfeng.gov.cn/djdt/202505/t20250512_30417.html",
        title="在“我为群众办实事”老旧小区下水塞改造项目启动仪式上的讲话",
        record_title="在“我为群众办实事”老旧小区下水塞改造项目启动仪式上的讲话_党建动态_翌阳先锋网",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="Party-building portal: study-points prompt, read-on-phone QR line; the date under the speech title "
        "in Chinese numerals differs from the page's date; the speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在“我为群众办实事”老旧小区下水塞改造项目启动仪式上的讲话_党建动态_翌阳先锋网</title></head><body>
<div class="dj-top">⟦m 翌阳先锋网⟧ ⟦m 中共翌阳县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 党建动态⟧ ⟦m 基层组织⟧ ⟦m 党员教育⟧ ⟦m 人才工作⟧</div>
<div class="dj-loc">⟦m 您现在的位置：首页 / 党建动态⟧</div>
<h1>{T}</h1>
<div class="dj-info">⟦m 时间：2025-05-12　信息来源：羚口街道党工委　阅读量：933⟧</div>
<p class="dj-date" style="text-align:center">（二〇二五年五月九日）</p>
<p class="dj-speaker" style="text-align:center">羚口街道党工委书记　闵晓峰</p>
<div class="dj-text">
{BODY}
</div>
<div class="dj-score">⟦a 阅读满3分钟可累计党员学习积分1分⟧</div>
<div class="dj-qr">⟦a 扫一扫，在手机上继续阅读本文⟧</div>
<div class="dj-foot">⟦m 中共翌阳县委组织部　版权所有　赣ICP备08011206号-2⟧</div>
<script src="/js/jifen.js"></script>
<script>startReadTimer(180);</script>
</body></html>
""",
        body="""
同志们、居民朋友们：
今天，我们在鹅塘社区启动老旧小区下水塞改造项目。这个项目是街道党工委“我为群众办实事”清单中的一项，群众在走访中反映最多的问题之一，就是老房子厨房、卫生间的下水塞坏了没人修、夏天返臭味。
这次改造覆盖街道17个老旧小区、3200余户，由社区党组织牵头，党员志愿者入户登记，物业企业统一更换，费用由县财政和产权单位共同承担，居民不掏一分钱。
希望各社区党组织把这件小事当作大事来办，让党员走在前面，让群众看到变化。我宣布，项目正式启动！
""",
    ),
    dict(
        slug="dangjian-chengxi-summary-safety-gate-volunteers-table",
        site="橙溪党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://dj.chengxi.gov.cn/jczz/2025/1222/4418.html",
        title="县妇幼保健院党支部2025年“护苗安家”志愿服务工作总结",
        date="2025-12-20",
        notes="Party site as text: the record gives the title as is; a data table one row a paragraph; "
        "成文日期 under the signature; 学习强国-like share row and footer",
        page="""
!m 橙溪党建　|　凝心聚力　红色橙溪
!m 首页 > 基层组织 > 支部风采
{T}
!m 来源：县卫健系统党委　发布：2025-12-22　浏览 318
!a 【大字】【小字】【打印】
{BODY}
!l 分享：微信 ｜ 学习群 ｜ 复制链接
!l 上一篇：县疾控中心党支部开展主题党日活动
!m 橙溪县委组织部主办　联系我们：cxdj@chengxi.gov.cn
""",
        indent="\u3000\u3000",
        body="""
今年以来，院党支部组织党员志愿者开展“护苗安家”志愿服务，为困难家庭免费上门安装婴幼儿安全门栏，共服务家庭156户。现将有关情况总结如下。
一、服务情况
镇别　服务户数　安装门栏
穹岭镇　48　61
琳湾镇　57　70
沐田镇　51　66
二、主要做法
党员志愿者两人一组上门，先看户型、量尺寸，再安装、讲解，最后请家长现场试推门栏并签字确认。
三、下一步打算
明年将把回访纳入志愿服务内容，每半年检查一次已安装的门栏。
橙溪县妇幼保健院党支部
2025年12月20日
""",
        date_also=["2025-12-22"],
    ),
    dict(
        slug="hospital-lingchuan-burn-steamer-rack-article",
        site="聆川市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="article",
        form="html",
        source="https://www.lcsdeyy.com/kepu/2025/0120/1733.html",
        title="端蒸架时被烫伤，第一时间该怎么做",
        record_title="【冬季防烫伤】端蒸架时被烫伤，第一时间该怎么做-聆川市第二人民医院",
        date="2025-01-20",
        notes="hospital site: booking float, 24-hour line, experts list; the byline's 发布时间 is the page's date; "
        "the department's own 咨询电话 kept in the body next to the hospital's booking line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【冬季防烫伤】端蒸架时被烫伤，第一时间该怎么做-聆川市第二人民医院</title></head><body>
<div class="h-top">⟦m 聆川市第二人民医院⟧ ⟦m 三级综合医院⟧ ⟦m 24小时急救电话：0798-5520120⟧</div>
<div class="h-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="h-loc">⟦m 当前位置：首页 » 健康科普 » 烧伤整形科⟧</div>
<h2>{T}</h2>
<div class="h-meta">⟦m 发布时间：2025-01-20　作者：烧伤整形科 龚若愚　点击数：2607⟧</div>
<div class="h-art">
{BODY}
</div>
<div class="h-float">⟦a 在线预约挂号　0798-5520000⟧</div>
<div class="h-side"><h4>⟦l 本科室专家⟧</h4><p>⟦l 龚若愚 主任医师　周三上午⟧</p><p>⟦l 严歆 副主任医师　周五全天⟧</p></div>
<div class="h-foot">⟦m 地址：聆川市玫冈区康宁路66号　赣ICP备13008821号⟧</div>
<script src="/js/yuyue-float.js"></script>
</body></html>
""",
        body="""
临近春节，家家户户蒸馒头、蒸年糕，烧伤整形科门诊接诊的手部烫伤患者明显增多，其中不少是揭锅时直接用手去端蒸架造成的。
被蒸汽或蒸架烫伤后，请记住“冲、脱、泡、盖、送”五个字：立即用流动的凉水冲洗烫伤处15到30分钟；小心脱去戒指、手表；冲洗后可在凉水中浸泡；用干净的纱布轻轻盖住；起了水疱或烫伤面积较大的，及时到医院就诊。
千万不要涂牙膏、酱油，也不要自行挑破水疱。取放蒸架时请戴隔热手套，或者使用专用的蒸架夹。
烧伤整形科咨询电话：0798-5523614（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-yiyang-notice-ward-drain-plugs",
        site="翌阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yyxrmyy.cn/ywgk/2025/0619/902.html",
        title="关于住院部卫生间下水塞统一更换的通知",
        record_title="关于住院部卫生间下水塞统一更换的通知_院务公开_翌阳县人民医院",
        date="2025-06-18",
        notes="hospital site as text: the general-affairs office's own phone kept in the body next to the "
        "hospital's 24-hour and booking lines; a schedule in a numbered list; 成文日期 under the signature",
        page="""
!m 翌阳县人民医院　二级甲等综合医院
!m 预约挂号：0793-6330000　　急诊24小时：0793-6330120
!m 首页 › 院务公开 › 通知公告
{T}
!m 发布者：总务科　发布于：2025-06-19　阅读：431
{BODY}
!a [打印此通知]　[关闭窗口]
!l 上一条：关于调整夏季门诊作息时间的通知
!l 下一条：2025年度住院医师规范化培训招收简章
!m 翌阳县人民医院 地址：翌阳县城南大道101号
""",
        indent="\u3000\u3000",
        body="""
各病区、各科室：
近期，住院部多个病区反映卫生间洗手盆下水塞损坏、积水返味。经总务科排查，住院部共有下水塞386个，其中需要更换的142个。为改善患者住院环境，医院决定统一更换，现将有关事项通知如下：
一、更换时间：6月23日至6月27日，每天9:00—11:30、15:00—17:00。
二、更换顺序：由住院部一楼逐层向上，每个病区施工约半天。
三、请各病区提前告知患者及陪护人员，施工期间请配合维修人员进入病房卫生间。
联系电话：总务科 0793-6331208
翌阳县人民医院总务科
2025年6月18日
""",
        date_also=["2025-06-19"],
    ),
    dict(
        slug="college-lingchuan-news-sushi-mat-international-h1",
        site="聆川学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lcxy.edu.cn/info/1021/18842.htm",
        title="国际学生走进食堂后厨 用寿司帘卷出“家乡味”",
        record_title=None,
        record_date="2025-11-22",
        date="2025-11-22",
        notes="university news page: no title in the record, the <h1> on the page; the record gives the date; "
        "a photo caption between paragraphs and a 文/图/审核 line glued after the last 。",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>聆川学院新闻网</title></head><body>
<div class="xy-top">⟦m 聆川学院新闻网⟧ ⟦m 博学 笃行 致远⟧</div>
<div class="xy-nav">⟦m 学院要闻⟧ ⟦m 综合新闻⟧ ⟦m 媒体聆院⟧ ⟦m 校园人物⟧ ⟦m 图说聆院⟧</div>
<div class="xy-loc">⟦m 首页 &gt;&gt; 综合新闻 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="xy-info">⟦m 2025.11.22　来源：后勤服务中心　浏览：1064⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="xy-pn">⟦l 上一篇：我校举办第九届体育文化节⟧<br>⟦l 下一篇：图书馆开展“阅读马拉松”活动⟧</div>
<div class="xy-foot">⟦m 聆川学院党委宣传部　版权所有　赣ICP备05004410号⟧</div>
<script type="text/javascript">_showDynClicks("wbnews", 1021, 18842)</script>
</body></html>
""",
        body="""
11月21日下午，后勤服务中心在第二食堂举办“舌尖上的家乡”国际学生美食交流活动，来自8个国家的30余名国际学生与食堂师傅一起动手做寿司。
活动现场，面点师傅先演示了寿司帘的用法：铺保鲜膜，摊米饭，放馅料，借着寿司帘一压一卷，一条紧实的寿司就成形了。来自越南的留学生阮氏秋第一次用寿司帘，卷了三次才成功，她说：“卷起来很有成就感。”
⟦m 图为国际学生在食堂师傅指导下卷寿司⟧
后勤服务中心负责人表示，今后将每学期举办一次类似活动，丰富国际学生的校园生活。⟦m 文/图：国际交流学院 庞悦　审核：宗立言⟧
""",
    ),
    dict(
        slug="college-lingchuan-notice-canteen-egg-racks",
        site="聆川学院饮食服务中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hq.lcxy.edu.cn/ysfw/tz/2025/0926.htm",
        title="关于各食堂启用鲜蛋蛋架分区存放的通知",
        record_title="关于各食堂启用鲜蛋蛋架分区存放的通知-饮食服务中心-聆川学院",
        date="2025-09-26",
        notes="college department page as text: department prefix and school suffix in the title; numbered list; "
        "成文日期 under the signature; footer with address",
        page="""
!m 聆川学院后勤管理处 · 饮食服务中心
!m 首页　中心概况　通知公告　食品安全　意见反馈
!m 通知公告
{T}
!m 作者：饮食服务中心　时间：2025-09-26 15:12　点击：196
{BODY}
!l 【上一篇】关于国庆假期食堂营业安排的通知
!l 【下一篇】第二食堂三楼风味窗口招租公告
!m 聆川学院后勤管理处　地址：聆川学院东区后勤楼
""",
        indent="\u3000\u3000",
        body="""
各食堂：
为落实食品安全主体责任，饮食服务中心决定自10月8日起，在各食堂库房统一启用分区存放的不锈钢蛋架，现将有关要求通知如下：
1.鲜蛋到货后由库管员验收，按供货单位和进货日期分区上架，每层蛋架悬挂标识牌。
2.蛋架上的鲜蛋存放不得超过7天，出库时坚持先进先出。
3.蛋架每周五下午清洗消毒一次，消毒记录贴于库房门后。
4.中心将不定期抽查，抽查结果纳入食堂月度考核。
聆川学院饮食服务中心
2025年9月26日
""",
    ),
]
