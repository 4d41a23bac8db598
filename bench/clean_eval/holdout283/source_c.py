"""holdout283, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text, written by hand."""

CASES = [
    dict(
        slug="qa-dakt-gaiwan-hot-fingers-question-title",
        site="答客堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dakt.example.com/q/3302917/a/9918204",
        title="盖碗泡茶总是烫手，有什么好办法吗？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question in the <h1> is the title; an adopted-answer badge, vote bar, "
        "more answers; '回答于 3 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>盖碗泡茶总是烫手，有什么好办法吗？ - 答客堂</title>
<script src="/assets/dakt.bundle.js" defer></script></head><body>
<header>⟦m 答客堂⟧ <span>⟦m 有问必答，答必有据⟧</span> <a>⟦a 提个问题⟧</a> <a>⟦a 登录答客堂⟧</a></header>
<div class="q"><div class="topics">⟦l 话题：茶艺　茶具　生活技巧⟧</div>
<h1>{T}</h1>
<div class="q-meta">⟦m 关注者 126　被浏览 8,904⟧</div>
<div class="q-actions">⟦a 关注问题⟧ ⟦a 写回答⟧ ⟦a 邀请他人作答⟧</div></div>
<div class="answer best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="author">⟦m 茶馆老周 · 茶艺技师⟧</div>
<div class="voters">⟦m 212 人觉得这个回答有帮助⟧</div>
<div class="rich">
{BODY}
</div>
<div class="time">⟦m 回答于 3 天前⟧</div>
<div class="vote">⟦a ▲ 有帮助 212　▼ 没帮助⟧ ⟦a 评论 18⟧ ⟦a 转发⟧ ⟦a 收藏⟧</div></div>
<div class="more"><h3>⟦l 查看其余 6 条回答⟧</h3><p>⟦l 山中客：买个带防烫圈的盖碗就行⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 盖碗和紫砂壶，新手先用哪个？⟧</li><li>⟦l 盖碗出汤总漏叶子怎么办？⟧</li></ul></aside>
<footer>⟦m 答客堂 dakt.example.com　沪ICP备19044127号⟧</footer>
</body></html>
""",
        body="""
做了六年茶馆，带过不少新手，说几个管用的办法。
第一，盖碗别注满水。注到碗沿下方一指宽就够了，留出的空当正好让手指捏着不烫。
第二，选口沿外撇大一点的盖碗。外撇的碗沿散热快，拇指和中指捏在外沿上，温度要低很多。
第三，出汤动作要快。盖子错开一条缝，手腕一翻，三五秒出完汤，时间一长，谁的手都受不了。
第四，先用温水练手型。等动作熟练了再用开水，手自然就不慌了。
""",
    ),
    dict(
        slug="qa-zhiyan-brush-roll-mildew-numbered",
        site="知砚问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.zhiyan.example.net/question/70218",
        title="笔帘发霉了还能用吗？",
        record_title="笔帘发霉了还能用吗？ ｜ 文房问答 ｜ 知砚问答",
        date=None,
        notes="Q&A in text: a numbered list in the answer; '编辑于 2 周前' and '昨天' are no dates",
        page="""
!m 知砚问答 › 文房问答
{T}
!m 提问者：白鹭洲　　1 个回答　　浏览 2,417
!a 我也想知道　　邀请回答
!m 研墨老张 · 书法教师 · 编辑于 2 周前
{BODY}
!a 赞同 86　　收藏　　举报　　评论（5）
!l 网友白鹭洲：按这个法子弄好了，谢谢！（昨天）
!l 相关问题：笔帘用竹丝好还是木片好？
!d 回答仅代表答主个人观点，转载请联系作者授权
""",
        body="""
能用，处理干净就行。我的做法分四步：
1.先把笔帘里的毛笔全部取出，笔头发霉的单独清洗，不要和笔帘一起泡。
2.用软毛刷蘸淡盐水刷掉竹丝上的霉点，缝隙里的用牙签挑出来。
3.放在通风的阴凉处晾两天，不要暴晒，竹丝晒裂了就不好卷了。
4.晾干后用棉布蘸一点白酒擦一遍，可以防止再发霉。
以后记住，笔洗完一定要挂着晾干再卷，梅雨天笔帘最好别收进抽屉。
""",
    ),
    dict(
        slug="anthology-shoucheng-memoir-cowbell-gb2312",
        site="守诚文存 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆文章",
        kind="other",
        form="html",
        source="http://www.shouchengwencun.example.cn/wj/jy/07.htm",
        title="父亲的牛铃",
        record_title="嶒石忆旧·七｜父亲的牛铃 —— 守诚文存",
        date=None,
        notes="retired teacher's collection in an old table layout: marquee, chapter links, a 繁體 link, a visitor "
        "counter and the author's mailbox; a year inside the text only, so no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>嶒石忆旧·七｜父亲的牛铃 —— 守诚文存</title>
<style>body{background:#f6f1e4}td{font-size:14px}</style></head>
<body>
<table width="800" align="center" border="0"><tr><td align="center">⟦m 守诚文存 —— 一个乡村教师的笔记⟧</td></tr>
<tr><td><marquee behavior="alternate" scrollamount="2">⟦m 拙文随手记下，欢迎乡亲们来看看⟧</marquee></td></tr>
<tr><td align="right"><a href="/big5/wj/jy/07.htm">⟦a 繁體閱讀⟧</a> <a href="/">⟦m 文存首页⟧</a> <a href="/wj/jy/">⟦m 嶒石忆旧⟧</a> <a href="/wj/js/">⟦m 教书杂记⟧</a></td></tr></table>
<table width="800" align="center" border="0" cellpadding="8"><tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 罗守诚　　〔嶒石忆旧〕之七⟧</p>
{BODY}
<p>⟦l ← 之六：赶场天⟧　　⟦l 之八：老屋的火塘 →⟧</p>
<p>⟦l 返回《嶒石忆旧》目录⟧</p>
</td></tr></table>
<table width="800" align="center"><tr><td align="center">
⟦w 给作者写信：luoshoucheng1951@mail.example.cn⟧<br>
⟦m 本站已接待访客 0020846 人次⟧<br>
⟦d 文存文字归作者所有，转载请告知⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲放了一辈子牛。他的那只牛铃是黄铜的，拳头大小，铃舌用一截牛骨磨成，挂在我家那头老黄牛的脖子上，一挂就是十几年。
小时候放学回家，还没进村，我就能从山坡上的一片铃声里分辨出我家的那一只。父亲说，每只铃的声音都不一样，就像每个人说话的声音不一样。
一九八七年冬天，老黄牛老死了。父亲把牛铃解下来，用草木灰擦得发亮，挂在堂屋的门框上。有风的夜里，它会轻轻响几声。
后来我到县城教书，父亲进城住了几年，总说睡不踏实，说城里太静，听不到铃声。父亲去世后，那只牛铃我带到了城里，如今挂在书房的窗边。
""",
    ),
    dict(
        slug="anthology-yuchuang-essay-sealing-wax-oneline",
        site="榆窗文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yuchuang.example.org/juan4/huoqi.html",
        title="祖父的火漆印",
        record_title="祖父的火漆印（榆窗文存·卷四）",
        date=None,
        notes="personal collection: the whole body on one line, paragraphs apart only by their indent; no date",
        page="""
!m 榆窗文存　　卷一　卷二　卷三　卷四
!t 祖父的火漆印（榆窗文存·卷四）
!m 作者：郭守拙　　本卷第 11 篇　　阅读 308
{BODY}
!l 上一篇：外公的算盘　　下一篇：老邮筒
!a 收入书架　　｜　　给作者留言
!d 榆窗文存所载均为作者原创，未经同意请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
祖父在县邮电局干了三十年机要员。他有一枚黄铜印章，印面刻着一个篆体的“邮”字，印柄被手磨得发亮。
小时候我常看他封信。他把一根暗红的火漆条凑到煤油灯上，漆滴在信封口上，趁热把铜印按下去，数三个数再抬起，一个圆圆的“邮”字就留在了封口上。
祖父说，火漆印一旦封上，谁拆过一眼就能看出来，所以封的是信，守的是信用。
祖父退休那年，局里把那枚铜印收了回去，他只留下半截火漆条，用红纸包着放在抽屉里。如今那半截火漆还在我这里，颜色已经发黑，却仍有一股淡淡的松香味。
""",
    ),
    dict(
        slug="party-zhiling-summary-cowbell-patrol-table",
        site="郅岭党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.zldj.gov.example.cn/jcdj/202407/t20240709_6612.html",
        title="嶒石镇党委“牛铃夜巡”党员护牧队2024年上半年工作总结",
        record_title="【基层党建·护牧先锋】嶒石镇党委“牛铃夜巡”党员护牧队2024年上半年工作总结-郅岭党建网",
        date="2024-07-05",
        date_also=["2024-07-09"],
        notes="Party portal: a study-points prompt on its own between paragraphs, a read-on-phone QR line; a data "
        "table one row a paragraph; the site's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【基层党建·护牧先锋】嶒石镇党委“牛铃夜巡”党员护牧队2024年上半年工作总结-郅岭党建网</title>
<link rel="stylesheet" href="/style/dj-red.css"><script src="/js/dj.js"></script></head><body>
<div class="dj-top">⟦m 郅岭党建网⟧ <span>⟦m 中共郅岭县委组织部主办⟧</span></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 要闻⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 人才工作⟧</li></ul>
<div class="dj-loc">⟦m 位置：郅岭党建网 → 基层党建 → 乡镇动态⟧</div>
<div class="dj-art"><h1>⟦t 【基层党建·护牧先锋】嶒石镇党委“牛铃夜巡”党员护牧队2024年上半年工作总结⟧</h1>
<div class="dj-info">⟦m 时间：2024-07-09　来源：嶒石镇党委　作者：组宣办⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，把这篇总结带走⟧</div>
<div class="dj-share">⟦l 分享到：学习强国　微信　QQ⟧</div></div>
<div class="dj-side"><h3>⟦l 乡镇动态⟧</h3><ul><li>⟦l 黟坪乡开展“牧区党课进帐篷”活动⟧</li><li>⟦l 鄱塘村党支部召开组织生活会⟧</li></ul></div>
<div class="dj-foot">⟦m 中共郅岭县委组织部　地址：郅岭县政府大院3号楼⟧<br>⟦m 滇ICP备08012743号-5⟧</div>
</body></html>
""",
        body="""
今年以来，镇党委组织农村党员成立“牛铃夜巡”护牧队，依托智能牛铃和夜间巡逻，守护牧民的“钱袋子”。现将上半年工作总结如下。
一、组建队伍。全镇7个村各组建一支护牧分队，共有党员队员56名，每晚分两班巡山，牛铃报警信息实时推送到分队长的手机上。
⟦a 🎖 读完本文，可得党员学习积分 1 分⟧
二、巡护成效。上半年各分队情况如下：
分队　党员人数　夜巡次数　找回走失牛只
嶔家岭村　9　62　14
鄱塘村　8　58　11
其余五村　39　171　23
三、下步打算。下半年将在雨季加密巡逻频次，组织队员学习牛铃定位平台的操作，力争全年不发生一起盗牛案件。
中共郅岭县嶒石镇委员会
2024年7月5日
""",
    ),
    dict(
        slug="party-luchuan-speech-calligraphy-show-cn-date",
        site="潞川机关党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://jgdj.luchuan.gov.example.cn/ldjh/2024/0701/377.html",
        title="在机关“翰墨润初心”书法作品展开幕式上的讲话",
        record_title="〖机关党建〗在机关“翰墨润初心”书法作品展开幕式上的讲话 - 潞川机关党建",
        date="2024-06-28",
        notes="speech: date under the title in Chinese numerals, speaker line neutral; the site's crumb and "
        "footer; no other date",
        page="""
!m 潞川机关党建　｜　市直机关工委主办
!m 首页 » 领导讲话
!t 〖机关党建〗在机关“翰墨润初心”书法作品展开幕式上的讲话
!m 阅读：733　　字号：大 中 小
（二〇二四年六月二十八日）
市直机关工委副书记　覃立行
{BODY}
!a 打印　　关闭　　扫码在手机上阅读
!l 相关讲话：在机关青年读书会上的讲话　在“七一”表彰大会上的讲话
!m 版权所有：中共潞川市直属机关工作委员会
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，市直机关“翰墨润初心”书法作品展在这里开幕。展出的126幅作品，都出自机关党员干部之手，有的写党章党规，有的写家规家训，一笔一画都饱含着对党的深情。
筹备展览时，我到几个支部的书法小组看过。大家的笔帘里插着长短不一的毛笔，有的笔杆已经磨得发亮。一位老同志告诉我，他每天午休写半小时，四年抄完了十二本党章。这种坚持本身就是一种党性修养。
希望各支部以这次展览为契机，把书法活动和党员教育结合起来，以字养心、以文育德，把练字的恒心用到干事创业上。
谢谢大家！
""",
    ),
    dict(
        slug="hospital-luchuan2-burns-griddle-consult-line",
        site="潞川市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.lcey.example.org.cn/kepu/shaoshang/2024/0117/2281.html",
        title="使用电饼铛烫伤了，这样处理才对",
        record_title="居家急救｜使用电饼铛烫伤了，这样处理才对 - 潞川二院",
        date="2024-01-17",
        notes="hospital page: booking float, 24-hour line, experts list; the burns department's own 咨询电话 in the "
        "body beside the hospital's booking line; 发布时间 byline is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>居家急救｜使用电饼铛烫伤了，这样处理才对 - 潞川二院</title>
<script src="/js/yuyue-float.js"></script></head><body>
<div class="h-top">⟦m 潞川市第二人民医院⟧ <span>⟦m 三级综合医院　医保定点单位⟧</span> <span>⟦m 急诊24小时：0870-2218120⟧</span></div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 健康科普⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="h-crumb">⟦m 首页 ＞ 健康科普 ＞ 烧伤外科⟧</div>
<div class="h-art"><h2>{T}</h2>
<p class="h-info">⟦m 发布时间：2024-01-17　作者：烧伤外科 欧阳岚　审核：吴建平⟧</p>
<div class="h-text">
{BODY}
</div>
<div class="h-share">⟦l 转发给家人：微信 朋友圈⟧</div></div>
<div class="h-side"><h3>⟦l 烧伤外科专家⟧</h3><p>⟦l 吴建平 主任医师 周二、周四上午⟧</p><p>⟦l 欧阳岚 副主任医师 周一全天⟧</p></div>
<div id="yy-float" style="position:fixed;right:0;bottom:120px">⟦a 预约挂号⟧<br>⟦m 预约专线 0870-2218000⟧<br>⟦a 微信扫码预约⟧</div>
<div class="h-foot">⟦m 地址：潞川市涠湖区瑑安路209号⟧　⟦m 滇ICP备12004418号⟧<br>⟦d 本站科普内容仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
入冬以来，我院烧伤外科接诊的厨房烫伤患者明显增多，其中不少是在使用电饼铛时被上盖或溅出的热油烫伤的。
烫伤后第一步是冲。立即用流动的凉水冲洗烫伤部位15至30分钟，直到不再疼痛为止。千万不要涂牙膏、酱油或草木灰，这些东西会加重污染，也不利于医生判断伤情。
第二步是脱。在冷水中小心脱去戒指、手表和衣物，粘住皮肤的衣物不要硬扯，可以用剪刀剪开。
第三步是盖。用干净的纱布或毛巾轻轻覆盖，出现水疱不要自行挑破，尽快到医院就诊。
使用电饼铛时，请不要让儿童靠近，开盖时手臂避开上盘。如有疑问，可拨打烧伤外科咨询电话：0870-2218315。
""",
    ),
    dict(
        slug="hospital-jianxi-union-tea-salon-notice",
        site="犍溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jxxrmyy.example.cn/yndt/tz/20240506_118.html",
        title="关于举办“盖碗茶香·医者仁心”职工茶艺沙龙的通知",
        record_title="院内通知｜关于举办“盖碗茶香·医者仁心”职工茶艺沙龙的通知 - 犍溪县人民医院",
        date="2024-05-06",
        notes="hospital notice in text: the union's own 联系人/内线 beside the hospital's booking and emergency "
        "lines; 成文日期 under the signature",
        page="""
!m 犍溪县人民医院　　二级甲等综合医院
!m 预约挂号：0477-8263000　　急诊：0477-8263120
!m 首页 ＞ 院内动态 ＞ 院内通知
!t 院内通知｜关于举办“盖碗茶香·医者仁心”职工茶艺沙龙的通知
!m 发布部门：院工会　　浏览：402
{BODY}
!a 【打印本通知】　【返回】
!l 上一条：关于做好五一节假日值班工作的通知
!l 下一条：2024年护士节表彰名单公示
!m 犍溪县人民医院　地址：犍溪县黟坪路1号
""",
        body="""
各科室、各党支部：
为丰富职工业余生活，缓解一线医护人员的工作压力，院工会定于护士节前夕举办“盖碗茶香·医者仁心”职工茶艺沙龙。现将有关事项通知如下：
一、时间地点：5月10日（星期五）下午4:30，门诊楼六楼职工之家。
二、活动内容：茶艺师讲解盖碗冲泡要领，职工现场体验冲泡和奉茶，并评选“最美奉茶人”。
三、报名办法：每个科室推荐2至3名职工，5月8日前将名单报院工会，当班人员由科室统筹安排。
联系人：院工会　白雅琴，内线：8216。
犍溪县人民医院工会
2024年5月6日
""",
    ),
    dict(
        slug="university-lcnu-news-brush-roll-workshop-h1",
        site="潞川师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lcnu.edu.example.cn/info/1021/30917.htm",
        title="书法学院举办笔帘编织工作坊",
        record_title=None,
        date="2024-11-08",
        notes="university news page: no record title, the <h1> holds it; a dotted date in the byline is the page's "
        "date; a text/photo/review line glued after the last 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>潞川师范学院新闻网</title>
<link rel="stylesheet" href="/css/news.css"></head><body>
<div class="head">⟦m 潞川师范学院新闻网⟧ <a href="https://www.lcnu.edu.example.cn/">⟦m 学校主页⟧</a> <a>⟦a 校内信息门户登录⟧</a></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 师大要闻⟧</li><li>⟦m 院部动态⟧</li><li>⟦m 媒体师大⟧</li><li>⟦m 校园影像⟧</li></ul>
<div class="lm">⟦m 院部动态⟧</div>
<div class="news-detail"><h1>{T}</h1>
<div class="sub">⟦m 2024.11.08　｜　书法学院　｜　浏览：<span>597</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：美术学院师生赴古村写生⟧<br>⟦l 下一条：文学院举办经典诵读决赛⟧</div></div>
<div class="foot">⟦m 潞川师范学院党委宣传部　版权所有⟧ ⟦m 地址：潞川市学府路1号⟧</div>
</body></html>
""",
        p_html='<p class="vsbcontent_p">{}</p>',
        body="""
11月6日下午，书法学院在文房工艺实训室举办笔帘编织工作坊，来自各年级的40余名学生参加。
工作坊邀请非遗竹编艺人邬守田现场授课。邬师傅从选竹、破篾、刮青讲起，示范了经线穿插和收边的手法。学生们两人一组，用事先备好的竹丝编织一尺见方的笔帘，并用布条包边、缝上系带。
“自己编的笔帘，用起来格外珍惜。”书法学2022级学生姚芷晴说。
据悉，书法学院今年开设了“文房器物与制作”选修课，笔帘编织是课程的实践环节之一。⟦m （文／图：邵一禾　审核：覃卫东）⟧
""",
    ),
    dict(
        slug="university-lcit-archives-notice-dossier-sealing-wax",
        site="潞川理工学院档案馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://dag.lcit.edu.example.cn/tzgg/2024/0604/515.htm",
        title="关于2024届毕业生档案密封与转递工作的通知",
        record_title="关于2024届毕业生档案密封与转递工作的通知-档案馆-潞川理工学院",
        date="2024-06-03",
        notes="university archives notice: its own 联系人/电话 beside the office line in the footer; 成文日期 under "
        "the signature; a 登录查询 sentence as content",
        page="""
!m 潞川理工学院档案馆
!m 首页 | 馆务公开 | 通知公告 | 档案查询 | 办事指南
!m 当前位置：首页 >> 通知公告
{T}
!m 作者：档案馆　　时间：2024-06-04　　点击：1288
{BODY}
!a 【打印此页】　【关掉窗口】
!m 馆办公室：0870-2165000　　地址：学校图书馆一楼东侧
!m 版权所有 © 潞川理工学院档案馆
""",
        date_also=["2024-06-04"],
        body="""
各学院：
2024届毕业生档案密封与转递工作即将开始。为确保档案完整、安全，现将有关事项通知如下：
一、档案材料由各学院整理后于6月14日前交档案馆，档案馆逐袋核对材料目录。
二、档案袋封口统一加盖火漆和档案馆密封章，火漆封口处须由经办人骑缝签名，未加盖火漆的档案袋一律不予转递。
三、毕业生可于6月20日后登录学校就业信息网，查询本人档案的转递去向和机要编号。
联系人：档案馆　尹丽娟，电话：0870-2165092。
潞川理工学院档案馆
2024年6月3日
""",
    ),
]
