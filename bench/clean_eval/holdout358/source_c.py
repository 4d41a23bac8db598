"""holdout358, part C: Q&A sites, personal collections, Party-building portals, hospitals, colleges.

Invented text, written by hand for this part (see ../README.md and ../build.py for the markup).
"""

CASES = [
    # ------------------------------------------------------------------ 问答社区 (HTML, question as title)
    dict(
        slug="qa-zhiliao-bow-tie-lopsided",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowenda.com/q/3381904.html",
        title="系领结总是歪向一边，有什么诀窍吗？",
        record_title=None,
        date=None,
        notes="Q&A page, no title in the record (the question in <h1>); adopted-answer badge, vote row, more answers; "
        "answer times relative (no date); numbered steps kept",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>系领结总是歪向一边，有什么诀窍吗？_知了问答</title>
<link rel="stylesheet" href="https://s.zhiliaowenda.com/qa/css/question.css">
<script src="https://s.zhiliaowenda.com/qa/js/question.js" async></script>
</head>
<body>
<div class="zl-header"><a href="/" class="zl-logo">⟦m 知了问答⟧</a><span>⟦m 有问题，就问知了⟧</span>
<input placeholder="输入你的问题"><a class="zl-ask">⟦a 我要提问⟧</a></div>
<div class="zl-crumb">⟦m 知了问答 › 生活 › 服饰穿搭⟧</div>
<div class="zl-q">
<h1>{T}</h1>
<p class="zl-q-desc">⟦m 提问者：小满同学　·　浏览 4,280 次　·　3 天前⟧</p>
</div>
<div class="zl-best">
<div class="zl-badge">⟦m ✔ 提问者采纳⟧</div>
<div class="zl-author">⟦m 答主：正装老杨　|　服饰搭配领域创作者　|　回答于 2 天前⟧</div>
<div class="zl-answer">
{BODY}
</div>
<div class="zl-vote">⟦a 有用 265⟧ ⟦a 没用 3⟧ ⟦a 评论 14⟧ ⟦a 转给好友⟧ ⟦a 举报⟧</div>
</div>
<div class="zl-more"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 橙子不酸：买现成的预系款，省事。⟧</p>
<p>⟦l 阿笙：对着镜子多练几次就好了，手感很重要。⟧</p></div>
<div class="zl-side"><h4>⟦l 相关问题⟧</h4><p>⟦l 领结和领带哪个更正式？⟧</p><p>⟦l 婚礼伴郎领结选什么颜色？⟧</p></div>
<div class="zl-foot">⟦d 知了问答内容由用户提供，仅供参考，不代表平台观点。⟧ ⟦m 京ICP证170883号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
领结歪，多半不是手笨，而是两端长短没调好。我做了十几年西装定制，给你说几个实用的办法。
1.先调长度。自系领结的带子上有刻度或调节扣，按自己的领围调好，系之前让左端比右端长约4厘米。
2.第一道结要紧。长端压短端绕一圈后，往上拉紧，这一步松了，后面怎么整都会歪。
3.打结时看镜子里的中线。把短端折成结身的形状横在领口正中，再用长端从前面绕过去，塞进后面的圈里。
4.最后整形。两手分别捏住结身两侧轻轻往外拉，同时看两边的翅膀是否一样大，不一样就拉小的那边。
另外，衬衫领口一定要扣上第一粒扣子，领口不正，领结也正不了。多练几次，三分钟就能系得端端正正。
""",
    ),
    # ------------------------------------------------------------------ 问答社区 (text)
    dict(
        slug="qa-dayifang-blotting-paper-oily-skin",
        site="答疑坊 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.dayifang.net/wenti/779231",
        title="吸油纸用多了，脸会不会越吸越油？",
        record_title="吸油纸用多了，脸会不会越吸越油？（求懂行的回答）- 护肤美妆 - 答疑坊",
        date=None,
        notes="Q&A in text: the question repeated, an answerer's credential line, vote row, more answers with relative "
        "times; no date",
        page="""
!m 答疑坊　——　问题在这里有答案
!m 分类：护肤美妆 › 油性皮肤
!t 吸油纸用多了，脸会不会越吸越油？（求懂行的回答）
!m 匿名用户　提问于 昨天　　2人关注　　浏览 917
!m 最佳回答
!m 皮肤科护师 夏至未至　　回答于 昨天 22:15
{BODY}
!a 赞同 88　　反对 1　　收藏　　举报
!l 更多回答（4）
!l 路人乙：我一天用七八张，好像是越用越油……
!l 阿鲤：改用散粉了，感觉比吸油纸好
!a 登录答疑坊，写下你的回答
!m 答疑坊 dayifang.net　冀ICP备19008862号-1
""",
        indent="",
        gap=True,
        body="""
先说结论：正常使用吸油纸不会让皮肤越来越油，但用法不对，确实可能让你觉得“越吸越油”。
皮肤出油多少，主要由皮脂腺决定，和年龄、激素、天气关系最大。吸油纸只是把已经分泌到表面的油脂带走，并不会刺激皮脂腺多分泌。
那为什么有人觉得越用越油呢？常见原因有两个。一是用力来回擦，把角质层擦伤了，皮肤变得敏感泛红，看上去更油亮；二是用得太频繁，一两个小时就按一次，心理上也更在意出油。
正确的用法是：把吸油纸轻轻贴在T区，停两三秒再拿开，不要擦；一天用三四次就够了。
如果出油特别严重，还伴有痘痘，建议到正规医院皮肤科看看，不要只靠吸油纸。
""",
    ),
    # ------------------------------------------------------------------ 个人文集 (HTML, gb2312 table layout)
    dict(
        slug="anthology-chaibonian-mother-seam-ripper",
        site="柴伯年文存 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.chaibonian.com/caiyulu/juan2/05.htm",
        title="母亲的拆线器",
        record_title="母亲的拆线器（《裁余录》卷二之五）",
        date=None,
        notes="a retired tailor's collection in a gb2312 table layout: marquee, volume links, the author's mailbox, visitor "
        "counter; memoir with only a year-and-season line (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲的拆线器（《裁余录》卷二之五）</title>
<style type="text/css">body{font-size:14px;line-height:26px}td{font-size:14px}</style>
</head>
<body bgcolor="#faf6ee">
<table width="780" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center" class="top">⟦m 柴伯年文存⟧</td></tr>
<tr><td align="center">⟦m 一个老裁缝的零碎文字⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦d 本站文字皆为柴某自写，转载请先来信说一声，谢谢。⟧</marquee></td></tr>
<tr><td align="center">⟦l 卷一　学徒　　卷二　家事　　卷三　街坊　　卷四　闲话⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 柴伯年　文⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ［上一篇：缝纫机的皮带］［返回卷二目录］［下一篇：过年的新罩衫］⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：chaibn1951@126.com⟧</td></tr>
<tr><td align="center">⟦m 自2009年开站，来访者已有 031,877 人次⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲的针线笸箩里有一把拆线器，木柄，铜叉，柄上缠着一圈蓝布条。那是父亲在县城百货公司给她买的，花了两毛三分钱。
那时候家里五个孩子，衣服是老大穿了老二穿，老二穿了老三穿。每到换季，母亲就坐在门槛上拆衣服：袖口磨破了，拆下来翻个面再缝；裤腿短了，把贴边拆开放长一寸。拆线器在她手里一挑一拉，线头就齐齐断开，布面上一点毛都不起。
我十四岁学裁缝，师傅给的第一件工具也是拆线器。他说，会拆才会做。我那时听不懂，后来给人改了几十年衣服，才知道拆比缝难，缝错了能拆，拆坏了就补不回来了。
母亲走后，那把拆线器归了我。铜叉早就磨短了，蓝布条也褪成了灰白色，我一直放在工具箱最上层，用的时候少，看的时候多。
（乙巳年春，记于炎口老屋）
""",
    ),
    # ------------------------------------------------------------------ 个人文集 (text)
    dict(
        slug="anthology-yanyu-father-cobbler-buckles",
        site="檐雨集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yanyuji.net/juan1/014.html",
        title="父亲的鞋扣盒",
        date=None,
        notes="record title as is; a collection chapter in text: volume navigation, the author's note, a visitor counter; "
        "essay without a date",
        page="""
!m 檐雨集　·　邬竹溪散文
!m 卷一　旧街　　第十四篇
{T}
!m 字数：1,062　　点击：2,391
{BODY}
!l ◂ 前一篇：陡岭的渡船　　｜　　目录　　｜　　后一篇：冬天的煤球炉 ▸
!d 作者附言：文中人物均为实有，街名略作改动。转载请与作者联系。
!m 檐雨集自二〇一二年起更新，已收文章一百四十三篇
""",
        indent="\u3000\u3000",
        body="""
父亲在栅桥头摆了三十多年修鞋摊，摊子上最宝贝的是一只铁皮盒，里面装满了各式各样的鞋扣。
盒子原本是装饼干的，盖子上的画早就磨没了。打开来，铜扣、铁扣、塑料扣，方的、圆的、带齿的，按大小分在几个小格子里。谁家凉鞋的扣子掉了，父亲就在盒子里翻，总能找到一颗差不多的。
我上小学时，最喜欢帮父亲给鞋扣配对。一只鞋掉了扣，另一只还在，父亲就让我拿着剩下的那只去盒子里比。找到一模一样的，他会摸摸我的头，说我眼睛尖。
后来街上的人都穿运动鞋和皮鞋，带鞋扣的鞋少了，来换扣的人也少了。父亲收摊那年，把铁皮盒交给了我，说里面的扣子他攒了半辈子，扔了可惜。
如今铁皮盒放在我的书架上。偶尔打开，叮叮当当的响声里，好像还能听见栅桥头的吆喝。
""",
    ),
    # ------------------------------------------------------------------ 党建网 (HTML, speech)
    dict(
        slug="party-mengchuan-speech-balance-board-volunteers",
        site="蒙川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mcxianfeng.cn/jcdj/sqdj/202503/t20250324_10476.html",
        title="在“银龄稳步”党员志愿服务项目启动仪式上的讲话",
        record_title="【红色引擎·社区】在“银龄稳步”党员志愿服务项目启动仪式上的讲话 - 蒙川先锋网",
        date="2025-03-20",
        date_also=["2025-03-24"],
        notes="Party portal: date under the speech title in Chinese numerals, speaker line neutral, page date differs; a "
        "study-points prompt, a read-on-phone QR line, a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【红色引擎·社区】在“银龄稳步”党员志愿服务项目启动仪式上的讲话 - 蒙川先锋网</title>
<link rel="stylesheet" href="/res/css/djw.css">
<script src="/res/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="dj-top">⟦m 蒙川先锋网⟧　⟦m 中共蒙川县委组织部主办⟧</div>
<div class="dj-nav">⟦m 先锋首页⟧ ⟦m 组工动态⟧ ⟦m 基层党建⟧ ⟦m 党员教育⟧ ⟦m 人才工作⟧</div>
<div class="dj-pos">⟦m 当前位置：首页 > 基层党建 > 社区党建⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<p class="dj-info">⟦m 时间：2025-03-24　来源：郡园社区党委　作者：社区党建办⟧</p>
<p class="dj-score">⟦a 认真读完本文，可获学习积分1分⟧</p>
<p class="dj-sub">（二〇二五年三月二十日）</p>
<p class="dj-sub">郡园社区党委书记　黎秋萍</p>
<div class="dj-text">
{BODY}
</div>
<p class="dj-qr">⟦a 扫码把这篇讲话存到手机里⟧</p>
<p class="dj-edit">⟦m 编辑：汤晓宁　　审核：韦国栋⟧</p>
</div>
<div class="dj-rel"><h4>⟦l 延伸阅读⟧</h4>
<p>⟦l 郡园社区“红色楼长”制度运行一周年回顾⟧</p><p>⟦l 蒙川县社区党员志愿服务积分管理办法⟧</p></div>
<div class="dj-foot"><p>⟦m 中共蒙川县委组织部　版权所有　地址：蒙川县府前街1号⟧</p><p>⟦m 浙ICP备13027761号-4⟧</p></div>
</body>
</html>
""",
        body="""
各位党员志愿者，各位居民朋友：
今天，我们在这里启动“银龄稳步”党员志愿服务项目。这个项目的名字是老党员们一起商量出来的，意思很简单，就是让社区里的老人走得稳、站得稳、过得稳。
⟦l 图：党员志愿者在启动仪式上演示平衡板训练⟧
去年，社区党委组织党员入户走访了612户老人家庭，大家反映最多的，就是怕摔跤。为此，我们和县人民医院康复医学科结对，为社区配备了8块平衡板，培训了16名党员志愿者担任训练陪护员。
对参加项目的党员志愿者，我提三点希望。一是要有耐心，老人学得慢，我们要一遍一遍地教；二是要讲安全，每次训练前都要检查平衡板和软垫，训练时寸步不离；三是要当好联络员，发现老人身体有异常，及时联系家属和社区医生。
同志们，守护老人的每一步，就是我们党员最朴实的初心。希望大家把这件小事做细、做实、做长久。
""",
    ),
    # ------------------------------------------------------------------ 党建网 (text, summary with a table)
    dict(
        slug="party-zhuwan-summary-mending-team",
        site="株湾区党建网 (invented)",
        style="党建网",
        genre="总结",
        kind="summary",
        form="text",
        source="https://dj.zhuwan.gov.cn/zbfc/2025/0708/2274.html",
        title="株湾区旺亭社区党员志愿缝补队2025年上半年工作总结",
        record_title="〔支部晾晒台〕株湾区旺亭社区党员志愿缝补队2025年上半年工作总结_株湾党建",
        date="2025-07-03",
        date_also=["2025-07-08"],
        notes="Party portal as text: posting date differs from the 成文日期; a data table one row a paragraph; a "
        "study-points line and a QR line; 关注 as content",
        page="""
!m 株湾区党建网　｜　株湾党建
!m 首页 ＞ 支部风采
!t 〔支部晾晒台〕株湾区旺亭社区党员志愿缝补队2025年上半年工作总结
!m 发布：2025-07-08　　供稿：旺亭社区党支部　　阅读量：486
!a 本文计入“株湾e学”学习积分，阅读满3分钟有效
{BODY}
!a 手机扫一扫　随时随地学
!l 相关链接：旺亭社区“针线暖心”服务点揭牌　|　株湾区志愿服务项目大赛获奖名单
!m 中共株湾区委组织部　主办　　电话：0577-8812 3306
""",
        indent="\u3000\u3000",
        body="""
⟦a 【学习打卡】⟧今年上半年，旺亭社区党员志愿缝补队在社区党支部的带领下，坚持每月第二、第四个周六开展缝补服务，为居民缝补衣物、改制旧衣，受到群众欢迎。现将有关情况总结如下。
一、服务开展情况。缝补队现有党员队员14名，其中退休裁缝3名。半年来共开展集中服务12次，服务情况如下：
月份　服务人次　缝补件数
1—2月　86人次　143件
3—4月　112人次　197件
5—6月　95人次　168件
二、主要做法。一是添置工具。用社区党建经费购置了缝纫机2台和拆线器、剪刀、顶针等小工具30套。二是带徒传艺。3名老裁缝每次服务前给年轻队员上半小时课，教拆线、锁边等基本功。三是上门服务。为行动不便的11位老人提供上门取送。
三、下半年打算。计划在社区公众号开设“缝补小课堂”，欢迎居民关注；同时培训新队员8名，把服务延伸到两个老旧小区。
中共旺亭社区支部委员会
2025年7月3日
""",
    ),
    # ------------------------------------------------------------------ 医院官网 (HTML)
    dict(
        slug="hospital-mengchuan-rehab-notice-balance-board",
        site="蒙川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mcrmyy.com/news/tzgg/2025-02-28/1482.html",
        title="关于开设老年人平衡板防跌倒训练小组的通知",
        record_title="【康复医学科·通知】关于开设老年人平衡板防跌倒训练小组的通知｜蒙川县人民医院",
        date="2025-02-27",
        date_also=["2025-02-28"],
        notes="hospital site: booking float, 24-hour line and switchboard beside the department's own 咨询电话; a "
        "timetable; 扫码 as content (sign-up QR code); posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【康复医学科·通知】关于开设老年人平衡板防跌倒训练小组的通知｜蒙川县人民医院</title>
<link rel="stylesheet" href="/static/hospital/css/base.css">
<script src="/static/hospital/js/float.js"></script>
</head>
<body>
<div class="hp-top"><span>⟦m 蒙川县人民医院⟧</span><span>⟦m 二级甲等综合医院⟧</span>
<span>⟦m 总机：0577-6521 0120⟧</span><span>⟦m 急诊24小时：0577-6521 0999⟧</span></div>
<div class="hp-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 新闻公告⟧</div>
<div class="hp-loc">⟦m 首页 → 新闻公告 → 院内通知⟧</div>
<div class="hp-art">
<h1>{T}</h1>
<div class="hp-info">⟦m 发布日期：2025-02-28　　发布科室：康复医学科　　点击数：733⟧</div>
<div class="hp-text">
{BODY}
</div>
<div class="hp-tools">⟦a 〔打印〕〔收藏〕〔返回上页〕⟧</div>
</div>
<div class="hp-side"><h4>⟦l 科室专家⟧</h4><p>⟦l 祁朝晖　康复医学科主任医师⟧</p><p>⟦l 詹雨桐　康复治疗师⟧</p></div>
<div class="hp-float">⟦a 微信挂号　门诊预约⟧<br>⟦m 预约专线 0577-6521 3000⟧</div>
<div class="hp-foot"><p>⟦m 地址：蒙川县城关镇人民路207号⟧</p><p>⟦d 本网站医疗信息仅供参考，不能代替医生面诊。⟧</p><p>⟦m 浙ICP备06027314号⟧</p></div>
</body>
</html>
""",
        body="""
各位患者和家属：
为帮助老年人降低跌倒风险，我科自3月起开设平衡板防跌倒训练小组，由康复治疗师带领，在平衡板和扶手架上进行重心转移、单腿站立等训练。现将有关事项通知如下。
一、参加对象。65岁以上、能独立行走、近一年有跌倒经历或担心跌倒的老人。严重骨质疏松、未控制的高血压患者不宜参加。
二、训练安排。每期6周，每周两次，每次40分钟：
组别　时间　地点
上午组　周二、周五9:00—9:40　门诊楼四楼康复大厅
下午组　周二、周五15:00—15:40　门诊楼四楼康复大厅
三、报名方式。老人或家属可到康复医学科护士站报名，也可扫描护士站张贴的二维码填写报名表。首次训练前需做一次平衡能力评估。
四、费用。评估按医保规定收费，训练小组免费。
咨询电话：0577-6521 4407（康复医学科护士站）。
蒙川县人民医院康复医学科
2025年2月27日
""",
    ),
    # ------------------------------------------------------------------ 医院官网 (text)
    dict(
        slug="hospital-xianzhou-children-nickel-buckle",
        site="衔州市儿童医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.xzetyy.org.cn/jkkp/pfk/20250616/3329.html",
        title="金属鞋扣也会“咬”人？谈谈儿童镍过敏",
        record_title="【儿童皮肤小课堂】金属鞋扣也会“咬”人？谈谈儿童镍过敏 · 科普园地 · 衔州市儿童医院",
        date="2025-06-16",
        notes="hospital article as text: the byline's 发布时间 is the page's date; booking and 24-hour lines as chrome; "
        "a doctor's card line; a disclaimer footer",
        page="""
!m 衔州市儿童医院　Xianzhou Children's Hospital
!m 网上预约 0577-8890 6000　　24小时急诊 0577-8890 6120
!m 首页 / 健康科普 / 皮肤科
!t 【儿童皮肤小课堂】金属鞋扣也会“咬”人？谈谈儿童镍过敏
!m 发布时间：2025-06-16　　作者：皮肤科 殷若兰　　浏览：1,328
{BODY}
!m 殷若兰　皮肤科副主任医师　门诊时间：周一上午、周四全天
!a 在线挂号　　｜　　分享给朋友
!d 科普文章仅供参考，具体诊疗请遵医嘱。
!m 衔州市儿童医院　版权所有　浙ICP备05033109号
""",
        indent="\u3000\u3000",
        body="""
夏天一到，皮肤科门诊总会来几个脚背发红、起疹子的孩子。家长往往以为是蚊虫叮咬，仔细一看，疹子的位置正好是凉鞋金属鞋扣贴着的地方。这很可能是镍过敏。
镍是制作金属鞋扣、皮带扣、拉链头的常用金属。有的孩子皮肤接触镍以后，会在接触部位出现红斑、丘疹，严重的还会起水疱、流水，医学上叫过敏性接触性皮炎。天热出汗，汗液会让镍更容易析出，所以夏天更常见。
如果怀疑孩子镍过敏，家长可以这样做：先停穿这双鞋，用清水洗净患处；症状轻的一般几天就会消退；如果起了水疱或者范围扩大，要及时就医，不要自行涂抹偏方。
预防上，给孩子选鞋时尽量挑塑料扣或包了布的鞋扣；已经买了的，可以在鞋扣背面贴一层医用胶布，把金属和皮肤隔开。
""",
    ),
    # ------------------------------------------------------------------ 高校官网 (HTML, title missing)
    dict(
        slug="college-fanyuan-hotel-bow-tie-training",
        site="藩原职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fyzjxy.edu.cn/info/1032/6618.htm",
        title="酒店管理专业开展领结系法与西餐礼仪服务实训",
        record_title=None,
        date="2025-10-16",
        notes="college news page, no title in the record (the <h1>); dotted date in the info line as the page's date; "
        "photo caption between paragraphs; campus-photos link; 下载 as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>酒店管理专业开展领结系法与西餐礼仪服务实训-藩原职业技术学院</title>
<link rel="stylesheet" href="/style/xy.css">
<script src="/js/jquery.js"></script>
</head>
<body>
<div class="xy-head"><span>⟦m 藩原职业技术学院⟧</span><span>⟦m 厚德　精技　笃行⟧</span>
<a href="/xxgk/">⟦m 信息公开⟧</a> <a href="https://mail.fyzjxy.edu.cn">⟦m 校园邮箱⟧</a></div>
<div class="xy-nav">⟦m 学校概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 校园新闻⟧ ⟦m 图说藩职⟧</div>
<div class="xy-crumb">⟦m 首页 ＞ 校园新闻 ＞ 院部动态⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 2025.10.16　旅游与酒店学院　文/伍思琪　图/邵一帆　审核/童立新　点击：⟧<span id="dynclicks">⟦m 402⟧</span></div>
<div class="xy-cont">
{BODY}
</div>
<div class="xy-more"><a href="/tsfz/">⟦l 更多校园图片请进入“图说藩职”⟧</a></div>
</div>
<div class="xy-foot"><p>⟦m 藩原职业技术学院　地址：藩原县职教园区文渊路8号　邮编：325800⟧</p><p>⟦m 浙ICP备11056201号⟧</p></div>
</body>
</html>
""",
        body="""
10月15日下午，旅游与酒店学院在西餐实训室开展领结系法与西餐礼仪服务实训，酒店管理专业2024级两个班的68名学生参加。
实训邀请了衔州君澜酒店餐饮部经理贺明轩担任指导。贺明轩从领结的种类讲起，告诉同学们宴会服务一般选用黑色自系领结，领结宽度不宜超过眉眼的距离。随后，他一步一步示范自系领结的方法，同学们两人一组，对着镜子互相纠正。
⟦l 图为学生在实训室练习自系领结⟧
在西餐摆台和斟酒服务环节，同学们戴着自己系好的领结完成了全套操作。学生代表龚雨晴说，以前觉得领结只是装饰，今天才明白，一个端正的领结也是服务态度的一部分。
据了解，实训所用的评分标准已上传至学院教学平台，学生可登录下载，对照练习。
""",
    ),
    # ------------------------------------------------------------------ 高校官网 (text)
    dict(
        slug="college-xianzhou-garment-contest-seam-ripper",
        site="衔州纺织服装学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.xzfzxy.edu.cn/xwzx/xyxw/2025-12-03/8821.html",
        title="服装设计与工艺专业举办“巧手拆改”技能竞赛",
        record_title="服装设计与工艺专业举办“巧手拆改”技能竞赛【学院快讯】- 衔州纺织服装学院",
        date="2025-12-03",
        notes="college news as text: 发布时间 line as the page's date; photo caption and an editor line; prev/next links",
        page="""
!m 衔州纺织服装学院　新闻网
!m 首页　学院要闻　院系动态　媒体衔纺　专题网站
!m 当前位置：新闻网 ＞ 院系动态
!t 服装设计与工艺专业举办“巧手拆改”技能竞赛【学院快讯】
!m 发布时间：2025-12-03　　作者：服装工程系　　浏览次数：357
{BODY}
!m 摄影：倪可心　　责任编辑：甘露
!l 上一条：我院学子在省服装制版技能大赛中获一等奖
!l 下一条：服装工程系召开期中教学检查座谈会
!m Copyright © 衔州纺织服装学院 党委宣传部　浙ICP备05047712号
""",
        indent="\u3000\u3000",
        body="""
12月2日，服装工程系在成衣工艺实训室举办“巧手拆改”技能竞赛，来自服装设计与工艺专业的42名学生同台比拼。
竞赛分为两个环节。第一个环节是拆线，选手要在10分钟内用拆线器拆开一件衬衫的袖子和侧缝，要求线头清理干净、面料不破损、针眼不扩大。第二个环节是改制，选手要把拆下的衣片改成一件儿童马甲。
“拆线看着简单，其实最考验耐心。”担任评委的教师秦雅芳说，拆线器要顺着线迹挑，遇到回针的地方要先挑断几针再拉，心急的同学往往把面料挑出小洞。
⟦l 图为选手在竞赛中用拆线器拆解衬衫袖子⟧
经过三个小时的比拼，2023级学生蔡欣怡获得一等奖。据悉，获奖作品将在学院服装展厅展出一个月。
""",
    ),
]
