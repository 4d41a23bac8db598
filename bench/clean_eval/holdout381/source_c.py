"""holdout381, part C: Q&A sites, personal collections, Party-building sites, hospitals, colleges, a county forum.

Invented text (places, people, sites, URLs, phones and chrome wording); see ../README.md and
../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="qa-wenqitang-shutter-cable-no-response-question",
        site="问器堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenqitang.com/q/1738806.html",
        title="快门线插上相机没反应是什么原因？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record, the question in the <h1> is the title; the adopted answer is the "
        "body (a numbered checklist); asker and answerer stamps in relative time; vote row and more answers",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>问器堂 - 器材问题，有人懂</title>
<script src="https://s.wenqitang.com/qa/app.9f1c.js" async></script>
</head><body>
<div class="wq-top"><a>⟦m 问器堂⟧</a> <span>⟦m 器材问题，有人懂⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登入 / 新用户⟧</a></div>
<div class="wq-crumb">⟦m 问器堂 ＞ 摄影器材 ＞ 配件⟧</div>
<div class="wq-q"><h1>{T}</h1>
<p class="wq-qdesc">⟦m 提问者：匿名用户　｜　2 天前　｜　浏览 1204⟧</p>
<p class="wq-qtags">⟦l 话题：快门线 遥控 单反配件⟧</p></div>
<div class="wq-best"><div class="wq-badge">⟦m ✔ 提问者采纳⟧</div>
<div class="wq-who">⟦m 回答者：修机老冯（器材维修 13 年）　｜　1 天前⟧</div>
<div class="wq-ans">
{BODY}
</div>
<div class="wq-vote">⟦a 有帮助 86　没帮助 2　评论 5⟧</div></div>
<div class="wq-more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 光圈不大：我也遇到过，后来发现是相机开了自拍模式⟧</p>
<p>⟦l 小徐同学：无线的先看接收器灯亮不亮⟧</p></div>
<div class="wq-side"><h4>⟦l 大家还在问⟧</h4><ul><li>⟦l 快门线和自拍定时有什么区别？⟧</li><li>⟦l 拍星轨用哪种快门线好？⟧</li></ul></div>
<div class="wq-foot">⟦d 回答内容仅代表答主个人观点，不构成维修建议⟧　⟦m © 问器堂 wenqitang.com⟧</div>
</body></html>
""",
        body="""
快门线插上没反应，一般可以按下面的顺序排查：
1.先确认型号是否匹配。不同品牌、甚至同品牌不同系列的快门线接口都不一样，插得进去不代表能用。
2.检查相机设置。有些相机要在菜单里打开遥控或外接快门选项，自拍模式下也可能不响应有线快门线。
3.看看插头有没有插到底。部分机身的接口盖比较紧，插头没完全插进去就会接触不良。
4.换一台相机试试。如果在别的机身上能用，多半是相机接口氧化了，可以用干净的橡皮轻擦金属触点。
5.排除以上问题还是不行，基本就是快门线内部断线了，便宜的线建议直接换新，贵的可以找售后检修。
补充一句：无线快门线还要检查电池和配对，接收器的指示灯不亮，先换电池再重新配对。
""",
    ),
    dict(
        slug="qa-suiwen-camera-bag-desiccant",
        site="随问随答网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.suiwensuida.net/wenda/5507213.html",
        title="相机包里放干燥剂有用吗？",
        record_title="相机包里放干燥剂有用吗？ - 摄影器材 - 随问随答网",
        date=None,
        notes="Q&A as text: the best answer is the body; asked 3 天前 and answered 昨天 (relative, no date); "
        "a like row, a follow prompt and other answers",
        page="""
!m 随问随答网 — 有问题，随时问
!m 分类：数码 › 摄影器材
{T}
!m 提问时间：3 天前　　浏览：2236 次
!m ★ 最佳答案　　答主：梅雨季的胶片　　回答于 昨天
{BODY}
!a 👍 觉得有用 132　　🔖 加入收藏
!a 关注“摄影器材”话题，有新问题第一时间提醒你
!l 其他回答（3）
!l 石头记：放一包在侧袋就行，别和镜头挤一块。
!l 夏至未至：长期存放还是得上防潮柜。
!d 本页回答来自网友，仅供参考
""",
        body="""
有用，但要用对方法。
相机包本身并不密封，放干燥剂只能短时间降低包里的湿度，适合外出拍摄或者梅雨天临时存放。如果器材要长期存放，还是建议放进防潮箱或者电子防潮柜。
放干燥剂注意三点：一是选硅胶类的，变色硅胶吸饱水会变色，方便判断什么时候该换；二是不要和镜头直接接触，用小布袋装好放在侧袋里；三是定期更换或烘干，吸饱水的干燥剂放在包里反而会变成“加湿器”。
另外，从冷的地方进到暖和的室内，先别急着打开相机包，让器材慢慢回温，可以避免镜头起雾。
""",
    ),
    dict(
        slug="anthology-lingtang-tailor-shop-bead-curtain-gb2312",
        site="伶塘旧话 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.lingtangjiuhua.com/juan2/11.htm",
        title="裁缝铺门口的珠帘",
        record_title="裁缝铺门口的珠帘（《伶塘旧话》第二卷之十一）",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: 繁體/简体 links, volume links, "
        "previous/next chapter, the author's mailbox and a visitor counter; the essay ends with a season-only "
        "写于 line (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>裁缝铺门口的珠帘（《伶塘旧话》第二卷之十一）</title>
<style type="text/css">td{font-size:14px;line-height:180%}</style>
</head><body bgcolor="#F6F1E4">
<table width="760" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 伶塘旧话⟧</font><br>⟦m 一个老教书匠记下的小镇往事⟧</td></tr>
<tr><td align="right">⟦a <a href="/big5/">繁体字版</a> | <a href="/">简体阅读</a>⟧</td></tr>
<tr><td align="center">⟦l 第一卷 街巷　第二卷 手艺　第三卷 人物　第四卷 节令⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 第二卷 手艺　第十一篇　作者：石伶之⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←上一篇：弹棉花的刘师傅⟧　⟦l 回本卷目录⟧　⟦l 下一篇：铁匠铺的风箱→⟧</td></tr>
<tr><td align="center">⟦w 读后有话要说，请写信给我：shilingzhi1951@sina.com⟧</td></tr>
<tr><td align="center">⟦m 本站自二○○六年开通以来，已有 206418 人次到访⟧</td></tr>
<tr><td align="center">⟦d 文中所写皆为作者亲历，转载请告知作者⟧</td></tr>
</table>
<script language="javascript" src="/count.asp?page=j2-11"></script>
</body></html>
""",
        p_html='<p>　　{}</p>',
        body="""
父亲的裁缝铺开在伶塘老街的中段，铺面不大，门口却挂着一挂珠帘。珠子是县城百货公司买来的玻璃珠，淡绿色，一串串垂到门槛，把街上的尘土和日头挡在外面。
那挂珠帘是母亲穿的。一九七九年铺子开张，母亲连着熬了半个月的夜，每一串都数过，不多不少一百二十颗。她说，做手艺的人家，门面要清清爽爽。
来做衣裳的街坊掀帘进门，珠子碰出一阵脆响，父亲不用抬头就知道来了客人。夏天午后没人，我就趴在柜台上，看阳光透过珠帘在地上晃出一片绿影子。
后来铺子关了，珠帘也不知去向。前几年回老街，那间铺面改成了奶茶店，门口挂着塑料的水晶帘，风一吹也响，只是声音不一样了。
二○二三年秋记于氤川
""",
    ),
    dict(
        slug="anthology-huatong-announcer-teleprompter-memoir",
        site="话筒边的日子 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://huatongbian.cn/wenji/04.html",
        title="我和提词器打交道的那些年",
        record_title="我和提词器打交道的那些年（话筒边的日子·之四）",
        date=None,
        notes="a retired announcer's collection as text: chapter links, a reader's note link, a counter; "
        "years inside the memoir are no dates",
        page="""
!m 话筒边的日子 · 一个县台播音员的回忆
!m 目录 ｜ 之三：第一次直播 ｜ 之五：台里的那口大钟
{T}
!m 文／邱曼声　　本篇字数 468
{BODY}
!l 【前一篇】之三：第一次直播
!l 【后一篇】之五：台里的那口大钟
!w 老同事、老听众想和我聊聊，可发邮件到 qiumansheng@huatongbian.cn
!m 本文集已被翻阅 38152 次
""",
        indent="\u3000\u3000",
        body="""
1992年我进县电视台当播音员的时候，台里还没有提词器。新闻稿是手写的，录像前要背得滚瓜烂熟，实在记不住，就把稿子压在镜头下面，低头瞄一眼再抬头。
1998年，台里买回第一台提词器，一个大木箱子架在摄像机前面，里面是一台黑白显示器，字要靠技术员在隔壁摇着稿纸卷往上推。推快了我跟不上，推慢了我只好干等，录一条新闻常常要返工好几遍。
后来换成了电脑提词，字大了，也清楚了，再后来有了脚踏翻页，播音员自己就能控制速度。可我总觉得，看着提词器念稿和心里有稿子说话，是两回事。
退休前带徒弟，我让他们每条稿子先读三遍再上机。提词器是拐杖，不能当腿。
""",
    ),
    dict(
        slug="party-shengling-speech-no-teleprompter-contest",
        site="昇岭党员之家 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.slpartyhome.cn/jgdj/2025/0512/7718.html",
        title="县直机关工委书记在机关青年“脱稿讲”宣讲比赛总结会上的讲话",
        record_title="【青年理论学习】县直机关工委书记在机关青年“脱稿讲”宣讲比赛总结会上的讲话_昇岭党员之家",
        date="2025-05-08",
        date_also=["2025-05-12"],
        notes="Party-building portal: speaker line and date under the speech title (neutral); the page's 发布时间 "
        "differs (also accepted); a study-points prompt, a read-on-phone QR line; the speech speaks of 提词器",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【青年理论学习】县直机关工委书记在机关青年“脱稿讲”宣讲比赛总结会上的讲话_昇岭党员之家</title>
<script src="/static/dj/party.js"></script>
</head><body>
<div class="dj-top">⟦m 昇岭党员之家 · 中共昇岭县委组织部主办⟧ <a>⟦a 党员登录⟧</a></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 机关党建⟧</li><li>⟦m 基层动态⟧</li><li>⟦m 学习园地⟧</li><li>⟦m 党员服务⟧</li></ul>
<div class="dj-pos">⟦m 位置：首页 » 机关党建 » 工作动态⟧</div>
<div class="dj-art"><h1>{T}</h1>
<p class="dj-spk">县直机关工委书记　詹云帆</p>
<p class="dj-date">（2025年5月8日）</p>
<p class="dj-info">⟦m 发布时间：2025-05-12 10:30　来源：县直机关工委　阅读：1873⟧</p>
<div class="dj-con">
{BODY}
</div>
<div class="dj-score">⟦a 完整阅读本文可获学习积分 1 分，请登录后阅读⟧</div>
<div class="dj-qr">⟦a 手机扫码，把这篇讲话带在身边读⟧</div>
<div class="dj-pn"><p>⟦l 上一篇：县直机关第二季度党建观摩会召开⟧</p><p>⟦l 下一篇：机关青年理论学习小组工作指引⟧</p></div></div>
<div class="dj-foot">⟦m 主办：中共昇岭县委组织部　技术维护：县信息中心⟧<br>⟦m 湘ICP备09011862号-4⟧</div>
</body></html>
""",
        body="""
同志们：
为期一个月的机关青年“脱稿讲”宣讲比赛今天圆满落幕。18个单位的46名青年干部走上讲台，不看稿、不用提词器，讲政策、讲身边事，讲出了新时代机关青年的精气神。在此，我代表县直机关工委，向获奖的同志表示祝贺！
这次比赛我们专门定了一条规矩：不准使用提词器。有的同志一开始不理解，说现在电视台都用提词器，我们为什么不能用？我想说的是，机关干部的讲话不是播新闻，群众要听的是你心里有没有数、嘴上有没有真话。离开了提词器，讲得磕绊一点不要紧，讲的是自己的话，才能打动人。
希望大家把比赛中练出来的本领用到工作中去。开会发言少念稿子，下基层宣讲多用群众语言，真正做到心中有数、口中有词、脚下有路。
谢谢大家！
""",
    ),
    dict(
        slug="party-yucheng-summary-foot-warmers-table",
        site="彧城机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.yucheng.gov.cn/zbfc/202501/t20250114_3306.html",
        title="机关党支部“暖脚宝进万家”志愿服务活动总结",
        record_title="【邻里送暖】机关党支部“暖脚宝进万家”志愿服务活动总结（含发放统计表）- 彧城机关党建网",
        date="2025-01-10",
        date_also=["2025-01-14"],
        notes="Party site as text: a data table (one row a paragraph, cells apart by ideographic spaces); "
        "成文日期 under the branch's name; the page's posting date differs (also accepted)",
        page="""
!m 彧城机关党建网
!m 首页 / 支部风采 / 志愿服务
{T}
!m 发布：2025-01-14　来源：区住建局机关党支部　浏览：562
!a 【大字】【标准】【打印】
{BODY}
!l 【上一篇】区财政局党支部开展新春慰问活动
!l 【下一篇】机关党员“双报到”工作推进情况通报
!d 本网所载文章，转载请注明“彧城机关党建网”
""",
        body="""
为深化“我为群众办实事”实践活动，2024年12月至2025年1月，区住建局机关党支部组织党员志愿者开展“暖脚宝进万家”志愿服务活动，为辖区困难老人送去温暖。现将活动情况总结如下。
一、活动开展情况
支部共组织党员志愿者32人次，走访昫光、曌园两个社区的困难老人家庭，发放暖脚宝和安全用电提示卡，并现场教老人使用。
二、发放情况
社区　走访户数　发放暖脚宝（台）　检修插座（处）
昫光社区　46　46　13
曌园社区　39　41　9
合计　85　87　22
三、活动体会
一是小物件办成了暖心事，老人们对党员上门服务十分认可；二是入户时顺带检查用电安全，发现并消除隐患22处。下一步，支部将把入户走访作为常态化志愿服务项目，每季度开展一次。
彧城区住建局机关党支部
2025年1月10日
""",
    ),
    dict(
        slug="hospital-yinchuan-diabetes-foot-warmer-burns",
        site="氤川县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.ycxrmyy.com/jkkp/2024/1216/1522.html",
        title="糖尿病患者冬季慎用暖脚宝",
        record_title="【内分泌科提醒】糖尿病患者冬季慎用暖脚宝｜医生说·氤川县人民医院",
        date="2024-12-16",
        notes="hospital site: the article's 发布时间 is the page's date; a department's 咨询电话 in the body "
        "beside the hospital's booking float and 24-hour emergency line; an experts list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【内分泌科提醒】糖尿病患者冬季慎用暖脚宝｜医生说·氤川县人民医院</title>
<script src="/js/hospital-float.js"></script>
</head><body>
<div class="h-top">⟦m 氤川县人民医院　二级甲等综合医院⟧ <span>⟦m 急诊24小时：0744-8212120⟧</span></div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 医生说⟧</li></ul>
<div class="h-pos">⟦m 您在这里：首页 › 医生说 › 内分泌科⟧</div>
<div class="h-art"><h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2024-12-16　作者：内分泌科 邹采薇　审核：医务科⟧</div>
<div class="h-con">
{BODY}
</div>
<div class="h-tip">⟦d 本文仅为健康科普，不能替代医生面诊⟧</div></div>
<div class="h-side"><h3>⟦l 内分泌科出诊专家⟧</h3><p>⟦l 邹采薇 主任医师 周二全天⟧</p><p>⟦l 严牧之 副主任医师 周四全天⟧</p></div>
<div class="h-float">⟦a 预约挂号 ▸ 关注“氤川县人民医院”服务号⟧</div>
<div class="h-foot">⟦m 地址：氤川县解放东路118号　总机：0744-8212000⟧<br>⟦m 湘ICP备14002716号⟧</div>
</body></html>
""",
        body="""
每年冬天，内分泌科都会接诊几位被暖脚宝烫伤的糖尿病患者。伤口看起来不大，却往往要住院治疗一两个月。
为什么糖尿病患者更容易被烫伤？长期血糖控制不好的患者，常常合并周围神经病变，脚对温度和疼痛不敏感，暖脚宝温度过高也感觉不到。同时，下肢血液循环差，一旦烫伤，伤口很难愈合，严重的甚至发展成糖尿病足。
我们建议：
1.糖尿病患者尽量不用暖脚宝、热水袋直接接触皮肤取暖，可以穿厚棉袜、适当活动双脚。
2.确需使用的，温度调到最低档，用毛巾包裹，使用时间不超过半小时，并请家人帮忙试温。
3.每天睡前检查双脚，发现水疱、红肿及时就医，不要自行挑破。
内分泌科糖尿病足门诊每周二、周四全天开诊，咨询电话：0744-8212365。
""",
    ),
    dict(
        slug="hospital-zhezhou-mch-bead-curtain-removal",
        site="喆州市妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zzfybjy.cn/yygg/20250415/662.html",
        title="关于儿科门诊拆除装饰珠帘的通知",
        record_title="〔院务公告〕关于儿科门诊拆除装饰珠帘的通知—喆州市妇幼保健院",
        date="2025-04-15",
        notes="hospital notice as text: the notice's own 后勤保障科 phone beside the hospital's booking and "
        "24-hour lines; 成文日期 under the hospital's name (the site name also signs the notice: head/tail)",
        page="""
!m 喆州市妇幼保健院
!m 网上预约：关注服务号“喆州妇幼”　｜　24小时咨询：0731-5526120
!m 首页 → 院务公开 → 院务公告
{T}
!m 发布日期：2025-04-15　｜　发布科室：院办
{BODY}
!a 〖打印〗　〖关闭〗
!l 上一条：2025年孕妇学校第二季度课程安排
!l 下一条：关于调整儿童保健科周末门诊时间的通知
!m 喆州市妇幼保健院 版权所有　湘ICP备11023047号
""",
        body="""
各科室、各位就诊家长：
近期，儿科门诊候诊区发生1起幼儿拽断装饰珠帘、误将珠子放入口中的情况，经医护人员及时处置，未造成伤害。为消除安全隐患，医院决定拆除儿科门诊区域的全部装饰珠帘，现将有关事项通知如下。
一、4月20日前，后勤保障科拆除儿科门诊、儿童保健科候诊区及诊室门口的装饰珠帘，改为可擦洗的软门帘。
二、其他科室如悬挂珠帘、挂饰等小件装饰物，请自查后报后勤保障科统一处理。
三、请家长就诊时看护好孩子，发现孩子误吞异物，立即告知医护人员。
如有疑问，请联系后勤保障科，电话：0731-5526418。
喆州市妇幼保健院
2025年4月15日
""",
    ),
    dict(
        slug="college-zhezhou-media-diy-teleprompter-news",
        site="喆州传媒职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zzcmxy.edu.cn/info/1031/20517.htm",
        title="学生自制开源提词器亮相校园主持人大赛",
        record_title=None,
        date="2025-05-22",
        notes="college news page: no title in the record (found in the <h1>); a dotted date in the byline is the "
        "page's date; a 文/图/审核 line glued after the last sentence; a campus-photos link; a sentence about "
        "software opened for download (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>喆州传媒职业学院</title>
<link rel="stylesheet" href="/style/xw.css">
</head><body>
<div class="xy-head">⟦m 喆州传媒职业学院 · 新闻网⟧ <a>⟦a 学院主页⟧</a> <a>⟦a 信息门户⟧</a></div>
<div class="xy-nav">⟦m 学院要闻 ｜ 院系动态 ｜ 媒体传媒 ｜ 校园人物⟧</div>
<div class="xy-art"><h1>{T}</h1>
<p class="xy-date">⟦m 2025.05.22　来源：新闻传播系　点击数：1406⟧</p>
<div class="xy-con">
{BODY}
</div>
<p class="xy-more">⟦l 📷 更多比赛现场照片请进入“校园影像”栏目⟧</p>
<p class="xy-nb">⟦l 上一条：学院与县融媒体中心共建实训基地⟧　⟦l 下一条：2025届毕业生作品展开幕⟧</p></div>
<div class="xy-foot">⟦m 地址：喆州市彧城区学府大道9号　邮编：412008⟧<br>⟦m 版权所有 © 喆州传媒职业学院　湘ICP备06011523号⟧</div>
<script src="/system/resource/js/counter.js"></script>
<script>_showDynClicks("wbnews", 1838409, 20517);</script>
</body></html>
""",
        body="""
5月20日晚，第十二届校园主持人大赛决赛在学校大礼堂举行。舞台前方，三台由新闻传播系学生自制的提词器格外引人注目。
这几台提词器由传媒技术专业的4名学生利用课余时间制作，他们用旧显示器、亚克力分光板和木制支架搭建主体，自己编写了开源提词软件，支持手机遥控和语速自动跟随。整套设备的材料费不到800元，仅为市售同类产品的五分之一。
“我们想让学弟学妹在比赛中也能用上提词器，提前适应专业演播室的工作方式。”团队负责人、2022级学生温亦舟说。
据了解，学院将把这批提词器放入实训中心，供播音主持专业学生日常练习使用，相关软件也已在校内实训平台开放下载。⟦m （文/图：新闻传播系 瞿若溪　审核：葛青岩）⟧
""",
    ),
    dict(
        slug="college-zhezhou-lab-shutter-cable-loans-record",
        site="喆州学院艺术设计学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ysxy.zzxy.edu.cn/tzgg/2025/0310/1187.html",
        title="关于摄影实验室快门线等小件器材借还的通知",
        record_date="2025-03-10",
        date="2025-03-10",
        notes="college notice as text, title and date from the record; the lab's own contact beside the college "
        "office's line; 成文日期 under the lab's name",
        page="""
!m 喆州学院艺术设计学院
!m 学院首页 ＞ 通知公告
{T}
!m 作者：实验中心　时间：2025-03-10　浏览：733
{BODY}
!a 【打印本页】　【关闭】
!m 学院办公室：0731-5590100　地址：喆州学院东校区艺设楼
!m Copyright 喆州学院艺术设计学院
""",
        body="""
各位同学：
本学期摄影实验室新购置有线快门线20根、无线快门线10套，以满足摄影、摄像课程的外拍需求。为做好小件器材管理，现将借还有关事项通知如下。
一、借用须由任课教师在实验室管理系统中提交课程借用单，学生凭校园卡领取，一人一次限借一件。
二、快门线须在借用后3个教学日内归还，归还时实验室管理员当场测试，接口损坏或线身破损的，按学院器材赔偿办法处理。
三、无线快门线随套配发纽扣电池，请勿私自更换其他型号电池。
四、实验室开放时间为周一至周五8:00—17:30。
联系人：实验室管理员庞书语，电话：0731-5590217。
艺术设计学院摄影实验室
2025年3月10日
""",
    ),
    dict(
        slug="localforum-lingtang-bead-curtain-sidewalk-jammer",
        site="伶塘生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.lingtanglife.com/thread-90216-1-1.html",
        title="老街奶茶店门口的珠帘伸到人行道上，能不能管管",
        record_title=None,
        date=None,
        notes="county forum with jammer fonts: no title in the record (the thread subject); a weather line, "
        "medals, a decoration ad, a forward-to-department link and an official-reply link; posted 4 小时前",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>伶塘生活网 - 伶塘人自己的论坛</title>
<style>.jammer{display:none}</style>
</head><body>
<div class="lt-top">⟦m 伶塘生活网 · 伶塘人自己的论坛⟧　⟦m 今日伶塘：小雨转阴 14～19℃⟧</div>
<div class="lt-pos">⟦m 伶塘生活网 › 伶塘杂谈 › 街坊说事⟧</div>
<div class="lt-thread"><h1 id="thread_subject">{T}</h1>
<div class="lt-user">⟦m 楼主：风吹麦浪92⟧　⟦m 勋章：热心街坊 · 老会员⟧</div>
<div class="lt-time">⟦m 发表于 4 小时前　查看 2316　回复 58⟧</div>
<div class="lt-post">
{BODY}
</div>
<div class="lt-fw">⟦a ➥ 一键转给镇城管中队⟧</div>
<div class="lt-gf">⟦l 镇政府官方回复（1）：已转老街社区核实处理⟧</div>
<div class="lt-ad">⟦w 伶塘本地装修一条龙，量房免费，电话 139 0744 6218⟧</div>
<div class="lt-reply"><p>⟦l 2楼 老街土著：那挂帘子我也被甩过⟧</p><p>⟦l 3楼 阿宁：支持楼主，人行道是大家的⟧</p></div>
<div class="lt-box">⟦a 说两句吧……（请先登录）⟧</div></div>
<div class="lt-foot">⟦m 伶塘生活网 lingtanglife.com　湘ICP备15007302号⟧</div>
<script src="static/js/forum_viewthread.js?Rk3"></script>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
今天下午骑电动车经过老街中段，那家新开的奶茶店门口挂了一大挂珠帘，长得拖到人行道上，风一吹直接甩出来，正好打在我脸上，眼睛到现在还有点疼。
我停下来跟店员说了一下，店员说是老板特意买的网红款，好看，不肯收。可那一段人行道本来就窄，老人孩子走过去很容易被勾到，下雨天珠子还会甩水。
也不是说不让挂，能不能往里收一点，或者剪短一截？有没有懂行的朋友说说，这种情况该找城管还是找社区？
""",
    ),
]
