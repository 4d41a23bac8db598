"""holdout333, part C: Q&A sites, personal collections, Party-building sites, hospitals, colleges.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wengemingbai-cockroach-bait-kids-cats-question",
        site="问个明白 (invented, Zhihu-like Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.cn/question/62017733/answer/910284",
        title="家里有两岁宝宝和一只猫，用什么灭蟑药比较安全？",
        record_title=None,
        date=None,
        notes="Q&A page without a record title: the question (<h1>) is the title; an adopted-answer badge, a vote "
        "bar, more answers; 回答于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>家里有两岁宝宝和一只猫，用什么灭蟑药比较安全？ - 问个明白</title>
<script src="https://static.wengemingbai.cn/app.7f3c.js" defer></script>
</head>
<body>
<header class="AppHeader"><a href="/">⟦m 问个明白⟧</a> <a href="/explore">⟦m 发现⟧</a> <a href="/hot">⟦m 热榜⟧</a> <input placeholder="搜你想问的"> <button>⟦a 我要提问⟧</button></header>
<div class="QuestionHeader">
<div class="tags">⟦l 家居生活 · 灭蟑 · 养猫⟧</div>
<h1 class="QuestionHeader-title">{T}</h1>
<div class="QuestionHeader-detail">⟦m 关注者 318　被浏览 41,207⟧</div>
<div class="QuestionButtons">⟦a ＋关注问题⟧ ⟦a ✎ 写回答⟧ ⟦a 邀请回答⟧</div>
</div>
<div class="AnswerItem">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="AuthorInfo">⟦m 虫控小詹　有害生物防制从业8年⟧</div>
<div class="RichContent">
{BODY}
</div>
<div class="ContentItem-time">⟦m 回答于 3 天前 · 著作权归作者所有⟧</div>
<div class="ContentItem-actions">⟦a ▲ 赞同 526　▼　💬 43 条评论　⤴ 分享　★ 收藏　♡ 喜欢⟧</div>
</div>
<div class="MoreAnswers"><h4>⟦l 查看全部 27 个回答⟧</h4>
<p>⟦l 猫咪误食蟑螂药怎么办？⟧</p><p>⟦l 硼酸灭蟑螂真的安全吗？⟧</p></div>
<footer>⟦m © 2025 问个明白　京ICP证160217号⟧　⟦d 回答内容仅代表答主观点，涉及用药请遵医嘱或说明书⟧</footer>
</body>
</html>
""",
        body="""
我家也是娃加猫的配置，说说我的做法，供参考。
首选毒饵盒。药剂装在塑料盒里，只留蟑螂能钻进去的小口，孩子和猫舔不到。放在冰箱底、橱柜深处、洗衣机背后，一个房间三到四个就够。
胶饵也可以用，但要点在猫跳不上去、孩子摸不到的位置，比如吊柜内侧顶部、灶台下方的缝里，一个点黄豆大小。
不建议用杀虫喷雾和粉剂。喷雾会在地面残留，猫走过再舔爪子就吃进去了；粉剂容易被孩子抓到。
最后，买的时候认准包装上的农药登记证号，放药后把说明书收好，万一误食可以带着去医院。
""",
    ),
    dict(
        slug="qa-zhiliao-diffuser-tap-water-answer",
        site="知了问答网 (invented, Baidu-Zhidao-like Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhishi.zhiliaowenda.net/q/1180274.html",
        title="香薰机里能不能直接加自来水？",
        record_title="香薰机里能不能直接加自来水？_生活常识_知了问答网",
        date=None,
        notes="a Q&A page as text: the question repeated, a best-answer badge, the answerer's line with a relative "
        "time, other answers and a 'you may also ask' list; no date",
        page="""
!m 知了问答网 > 生活常识 > 家用电器
!t 香薰机里能不能直接加自来水？
!m 提问者：匿名用户　　2 个月前　　｜　　3 个回答
!m ★ 最佳答案
!m 答主：姜小暖　生活常识达人　　采纳率 92%
{BODY}
!a 有用(208)　没用(6)　　追问　　举报
!l 其余2条回答
!l 悠悠草：可以加，但是要经常换水。
!l 匿名用户：我家一直加的凉白开。
!l 相关问题：香薰机可以放卧室吗？　｜　香薰机不出雾是坏了吗？
!d 本页问答由网友提供，仅供参考，不代表知了问答网观点。
""",
        body="""
能加，但不建议长期这么用。
自来水里含钙、镁离子，在超声波振荡下会析出，时间长了雾化片表面结一层白垢，出雾量会越来越小；出来的水雾落在家具上，也会留下白色斑点。
比较好的做法是用纯净水或凉白开，水位不要超过水箱上的MAX线。每次用完把剩水倒掉，一周用软布擦一次水箱和雾化片。
如果实在只能用自来水，建议先接一盆放一晚，再加进去，能减少一部分水垢。
""",
    ),
    dict(
        slug="collection-songlaoshi-grandma-fly-paper-gb2312",
        site="宋老师文集 (invented, personal site with old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.songwenji.net/huixi/07.htm",
        title="外婆灶间的那条粘蝇纸",
        record_title="外婆灶间的那条粘蝇纸（《卉溪旧事》之七）— 宋老师文集",
        date=None,
        notes="a retired teacher's personal site, old gb2312 tables: marquee, 繁體/简体 links, chapter links, "
        "visitor counter and the author's mailbox; a memoir ending with a 写于 line (season and year only, no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>外婆灶间的那条粘蝇纸（《卉溪旧事》之七）— 宋老师文集</title>
<style type="text/css">body{font-size:14px;background:#fdf6e3}</style>
<script language="JavaScript" src="counter.js"></script>
</head>
<body>
<table width="760" align="center" border="0"><tr>
<td>⟦m 宋老师文集 · 卉溪旧事⟧</td>
<td align="right"><a href="big5/07.htm">⟦a 繁體版⟧</a> <a href="07.htm">⟦a 简体版⟧</a></td>
</tr></table>
<table width="760" align="center"><tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎来到宋老师的小园地，文字粗浅，聊以自娱⟧</marquee></td></tr></table>
<table width="760" align="center" border="1" cellspacing="0" bordercolor="#cc9966">
<tr><td align="center">⟦m <a href="../index.htm">文集首页</a> | <a href="index.htm">卉溪旧事目录</a> | <a href="../jiaoan/">教案存稿</a> | <a href="../liuyan.asp">留言簿</a>⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="06.htm">⟦l 〈〈 上一则：祠堂里的扁担⟧</a>　<a href="08.htm">⟦l 下一则：雨天的油纸伞 〉〉⟧</a></td></tr>
</table>
<table width="760" align="center"><tr>
<td align="center">⟦m 本页已被翻阅 <img src="count.asp?id=07"> 次⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：songlaoshi1952@huixi-mail.net⟧</td></tr>
<tr><td align="center">⟦d 本集文字为宋老师所写，未经同意请勿转贴⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
外婆家的灶间在老屋最里头，低矮、昏暗，房梁上常年垂着一条粘蝇纸。
那是镇上供销社卖的，一分钱一条，卷在一个纸筒里，拉开来有一尺多长，一面涂着黄褐色的胶，闻起来有股松香味。外婆把它挂在离灶台远远的梁上，说挂近了，油烟一熏就不粘了。
夏天，那条纸上总是密密麻麻粘满了苍蝇。我小时候淘气，踮着脚用竹竿去捅，结果纸粘在了头发上，外婆用菜油给我搓了半个钟头才弄干净，一边搓一边笑骂。
如今外婆不在了，老屋也拆了。前几天在超市又看见粘蝇纸，包装花花绿绿，我站在货架前看了很久。
二〇二四年冬，写于芬湖
""",
    ),
    dict(
        slug="collection-dengxia-mosquito-band-daughter-oneline",
        site="灯下小集 (invented, personal essay collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://dengxia.jianwen.me/juan2/17",
        title="给女儿买驱蚊手环",
        record_title="给女儿买驱蚊手环 ·《灯下小集》卷二",
        date=None,
        notes="a personal collection's text page with the whole essay on one line (paragraphs apart only by their "
        "indent); chapter links and a collection footer; no date",
        page="""
!m 灯下小集 · 卷二 · 第十七篇
!m 目录　｜　上一篇　｜　下一篇
{T}
!m 字数：约三百　　收入时间：去年
{BODY}
!l ◁ 上一篇：女儿的第一双凉鞋　　▷ 下一篇：夜里那只蚊子
!m 《灯下小集》作者 韦青禾　版权所有，转载须经作者同意
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
女儿三岁那年夏天，幼儿园组织去公园看荷花。出门前一晚，我跑了三家店，给她买驱蚊手环。
第一家店的手环做成小兔子的样子，店员说“纯天然，宝宝放心戴”。我翻过来找了半天，包装上没有一个字写着成分。第二家店的倒是写了成分，可标着“三岁以上使用”，女儿才刚满三岁，我犹豫了。
第三家是药店，店员给我看包装上的登记证号，又提醒我别让孩子咬。我买了两个，一个给女儿，一个给自己。
第二天晚上接她回家，她把手环举得高高的说：“妈妈，我一个包都没有！”那一刻我觉得，跑三家店值了。
""",
    ),
    dict(
        slug="party-yichuan-summary-elderly-remote-covers",
        site="颐川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.yichuanxf.gov.cn/zbfc/202512/t20251208_55120.html",
        title="机关第三党支部“银龄助老”志愿服务工作总结",
        record_title="【先锋足迹】机关第三党支部“银龄助老”志愿服务工作总结_颐川先锋网",
        date="2025-12-05",
        date_also=["2025-12-08"],
        notes="Party-building portal: a study-points prompt, a read-on-phone QR line, a service table one row a "
        "paragraph; 成文日期 expected, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【先锋足迹】机关第三党支部“银龄助老”志愿服务工作总结_颐川先锋网</title>
<script src="/res/js/jquery.js"></script>
<script src="/res/js/points.js"></script>
</head>
<body>
<div class="xf-top">⟦m 颐川先锋网 · 中共颐川县委组织部主办⟧ <a href="/login">⟦a 党员登录⟧</a></div>
<div class="xf-nav"><a href="/">⟦m 首页⟧</a> <a href="/djyw/">⟦m 党建要闻⟧</a> <a href="/zbfc/">⟦m 支部工作⟧</a> <a href="/xxyd/">⟦m 学习园地⟧</a> <a href="/zyfw/">⟦m 志愿服务⟧</a></div>
<div class="xf-crumb">⟦m 位置：首页 → 支部工作 → 先锋足迹⟧</div>
<div class="xf-article">
<h1>{T}</h1>
<p class="xf-info">⟦m 发布：2025-12-08　来源：县直机关工委　浏览：603⟧</p>
<div class="xf-points">⟦a 党员登录后阅读满3分钟可得学习积分1分⟧</div>
<div class="xf-body">
{BODY}
</div>
<div class="xf-qr">⟦a 扫码用手机继续阅读⟧</div>
<div class="xf-pn">⟦l 上一篇：县直机关开展“冬日暖心”走访慰问⟧　⟦l 下一篇：第五党支部主题党日活动纪实⟧</div>
</div>
<div class="xf-side"><h4>⟦l 专题专栏⟧</h4><p>⟦l 办实事·解民忧⟧</p><p>⟦l 党员志愿服务风采⟧</p></div>
<div class="xf-foot">⟦m 中共颐川县委组织部　地址：颐川县颐和路1号　电话：0934-6612380⟧<br>⟦m 甘ICP备12003318号⟧</div>
<script>Points.start(180);</script>
</body>
</html>
""",
        body="""
今年以来，机关第三党支部以“银龄助老”为主题，组织党员到结对的颐景社区开展志愿服务，着力解决高龄老人家电使用难问题。现将全年工作总结如下。
一、主要做法
支部通过入户走访发现，老人们最头疼的是遥控器按键小、字迹磨损，经常按错。支部党员自筹资金购买大字硅胶遥控器套，在常用键上贴醒目标识，逐户上门安装并教老人使用。
二、服务情况
月份　服务户数　安装遥控器套（个）　参与党员（人次）
4月　26　58　14
7月　31　67　17
10月　22　49　12
三、下一步打算
支部将把遥控器套安装与燃气、用电安全检查结合起来，每季度回访一次。
中共颐川县直机关第三支部委员会
2025年12月5日
""",
    ),
    dict(
        slug="party-ruxi-speech-members-cockroach-cn-date",
        site="茹溪党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ruxidj.cn/ldjh/2025/0522/2033.html",
        title="在“党员进小区·病媒共防治”活动启动仪式上的讲话",
        record_title="【党员先行】在“党员进小区·病媒共防治”活动启动仪式上的讲话 - 茹溪党建网",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="a speech with its date in Chinese numerals under the title and a speaker line (both neutral); "
        "the site's posting line (its date also accepted) and a study prompt around it",
        page="""
!m 茹溪党建网
!m 首页 > 领导讲话 > 正文
{T}
（二〇二五年五月二十日）
中共穆塘镇委员会副书记　蔡文博
!m 时间：2025-05-22 16:08　　来源：穆塘镇党委　　浏览量：441
{BODY}
!a 学习强县 · 点击“学完了”记录本次学习
!l 延伸阅读：穆塘镇“党员中心户”工作法
!m 茹溪党建网 版权所有　技术支持：茹溪县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
同志们、居民朋友们：
今天，我们在这里启动“党员进小区·病媒共防治”活动。这次活动，就是要发动在职党员回到居住小区，带头清理楼道杂物，帮助居民科学灭蟑、灭鼠。
老旧小区楼道堆物多、下水管道老化，蟑螂滋生严重，居民反映强烈。镇里已经采购灭蟑胶饵和毒饵盒3000套，今天起由党员志愿者分楼栋发放，并手把手教大家怎么放、放在哪。
希望每一名党员都当好宣传员、示范员，先把自己家清理干净，再带动左邻右舍。我相信，只要大家一起动手，我们的小区一定会更加干净整洁。
""",
    ),
    dict(
        slug="hospital-qingyang-dermatitis-mosquito-bands",
        site="卿阳县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.qyxrmyy.com/kpzx/pfk/2025-07-15/3307.html",
        title="警惕驱蚊手环引起的接触性皮炎",
        record_title="皮肤科科普 ▏警惕驱蚊手环引起的接触性皮炎 - 卿阳县人民医院",
        date="2025-07-15",
        notes="hospital site: a booking float, a 24-hour line and an experts list; the dermatology department's own "
        "咨询电话 in the body next to the hospital's 预约 and 24-hour lines; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>皮肤科科普 ▏警惕驱蚊手环引起的接触性皮炎 - 卿阳县人民医院</title>
<script src="/static/js/swiper.min.js"></script>
</head>
<body>
<div class="h-top">⟦m 卿阳县人民医院 · 二级甲等综合医院⟧　⟦m 预约挂号：0936-4590114⟧　⟦m 24小时急救：0936-4590120⟧</div>
<div class="h-nav"><a href="/">⟦m 医院首页⟧</a> <a href="/ksdh/">⟦m 科室导航⟧</a> <a href="/zjjs/">⟦m 专家介绍⟧</a> <a href="/kpzx/">⟦m 健康科普⟧</a> <a href="/jzzn/">⟦m 就诊指南⟧</a></div>
<div class="h-crumb">⟦m 当前位置：首页 / 健康科普 / 皮肤科⟧</div>
<div class="h-art">
<h1>{T}</h1>
<p class="h-meta">⟦m 发布时间：2025-07-15　作者：皮肤科 潘蕾　阅读：2876⟧</p>
<div class="h-body">
{BODY}
</div>
</div>
<div class="h-side"><h3>⟦l 皮肤科坐诊专家⟧</h3><p>⟦l 潘蕾　副主任医师　周一、周三全天⟧</p><p>⟦l 冯仲秋　主治医师　周二、周五上午⟧</p></div>
<div class="h-float">⟦a 在线预约⟧ ⟦a 报告查询⟧ ⟦a 来院路线⟧</div>
<div class="h-foot">⟦m 地址：卿阳县莉坪大道216号⟧　⟦m 陕ICP备14019905号-1⟧<br>⟦d 科普文章仅供参考，不能替代医生面诊⟧</div>
</body>
</html>
""",
        body="""
每年七八月，皮肤科门诊都会接诊一些手腕起红疹的小患者，追问病史，很多都戴过驱蚊手环。
驱蚊手环中的驱蚊成分和香精，长时间贴着皮肤，可能引起接触性皮炎，表现为手腕一圈发红、起小丘疹、瘙痒，严重的还会起水疱。儿童皮肤薄，更容易出现。
出现症状后，应立即摘下手环，用清水冲洗局部，不要抓挠。症状轻的可外用炉甘石洗剂；起水疱、渗液的，请及时到医院就诊。
建议家长：手环尽量戴在衣服外面，不要贴着皮肤，晚上睡觉时摘下。
皮肤科咨询电话：0936-4590276（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-yichuan-tcm-notice-ward-flies-wrapped",
        site="颐川县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycxzyy.cn/ywgk/tzgg/20250604/118.html",
        title="关于住院部夏季防蝇工作的通知",
        record_title="关于住院部夏季防蝇工作的通知-院务通知-颐川县中医医院",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="a hospital notice hard-wrapped at 66 columns; the hospital's switchboard and a booking line in the "
        "chrome, the logistics department's own duty phone in the body; 成文日期 under the signature "
        "expected, the posting date also accepted",
        page="""
!m 颐川县中医医院　院务公开
!m 首页 >> 院务公开 >> 通知公告
{T}
!m 发布者：后勤保障科　　发布于：2025-06-04　　点击：233
{BODY}
!l 【相关通知】关于做好院区夏季防暑降温工作的通知
!m 医院总机：0934-6630001　　预约挂号：0934-6630114
!m 颐川县中医医院 版权所有
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
各临床科室、后勤班组：
入夏以来，住院部苍蝇明显增多，部分患者和家属有意见。为保持病区整洁，现就夏季防蝇工作通知如下。
一、各病区开水间、污物间、配餐间由保洁员每日清理两次，垃圾桶一律加盖。
二、配餐间、污物间可悬挂粘蝇纸，病房、护士站、治疗室内不得悬挂，以免影响患者休息和院感管理。
三、粘蝇纸由后勤保障科统一配发，粘满后卷起装袋，按生活垃圾处理。
四、发现纱窗破损的，请及时报修，后勤值班电话：6630258。
颐川县中医医院后勤保障科
2025年6月3日
""",
    ),
    dict(
        slug="college-yaocheng-dorm-check-diffusers-h1",
        site="尧城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ycvtc.edu.cn/info/1021/8840.htm",
        title="学生公寓开展用电安全检查 香薰机使用有了“三不”规定",
        record_title=None,
        date="2025-10-16",
        notes="a college news page without a record title: the <h1> gives it; the dotted date in the info line is "
        "the page's date; photo caption between paragraphs; a reviewer line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>学生公寓开展用电安全检查 香薰机使用有了“三不”规定-尧城职业技术学院</title>
<script src="/system/resource/js/vsbscreen.min.js"></script>
</head>
<body>
<div class="header">⟦m 尧城职业技术学院 Yaocheng Vocational and Technical College⟧</div>
<div class="menu"><a href="/">⟦m 学校首页⟧</a> <a href="/xxgk/">⟦m 学校概况⟧</a> <a href="/xyxw/">⟦m 校园新闻⟧</a> <a href="/xsgz/">⟦m 学生工作⟧</a> <a href="/zsjy/">⟦m 招生就业⟧</a></div>
<div class="position">⟦m 当前位置: 首页 &gt;&gt; 校园新闻 &gt;&gt; 综合新闻⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="info">⟦m 2025.10.16　文字：保卫处 邢子航　摄影：学生记者团　点击数：[1382]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【打印此页】　【关闭窗口】⟧</div>
</div>
<div class="footer">⟦m 地址：尧城市舜河区职教路9号　邮编：735100⟧<br>⟦m 版权所有 © 尧城职业技术学院　甘ICP备09003512号⟧</div>
</body>
</html>
""",
        body="""
10月14日至15日，学校保卫处、学生处联合对全校12栋学生公寓开展用电安全检查，共检查宿舍1106间，收缴大功率电器37件。
检查中发现，不少宿舍在使用香薰机。保卫处负责人介绍，香薰机功率小，不属于违规电器，但放在床上、接在排插末端、整夜不断电等用法存在隐患。
⟦m 检查人员在宿舍查看香薰机摆放情况⟧
为此，学校对香薰机使用提出“三不”规定：不放在床铺和书堆上，不与其他电器共用排插，不在离开宿舍和睡觉时开机。下一步，学校将把香薰机纳入宿舍安全日常检查内容。⟦m （审核：卓立新）⟧
""",
    ),
    dict(
        slug="college-yaocheng-dorm-cockroach-gel-schedule",
        site="尧城理工学院后勤服务处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.yclgxy.edu.cn/tzgg/2025/0923/662.htm",
        title="关于学生宿舍集中投放灭蟑胶饵的通知",
        record_title="关于学生宿舍集中投放灭蟑胶饵的通知-后勤服务处-尧城理工学院",
        date="2025-09-22",
        date_also=["2025-09-23"],
        notes="a college office page as text: a schedule table one row a paragraph, the office's own contact next to "
        "the IT centre's line; 成文日期 expected, the page's date also accepted",
        page="""
!m 尧城理工学院 后勤服务处
!m 首页 | 部门概况 | 通知公告 | 服务指南 | 下载专区
!m 您的位置：首页 >> 通知公告
{T}
!m 日期：2025-09-23　　作者：后勤服务处　　浏览：2410
{BODY}
!l 上一条：关于2025年秋季学期热水供应时间调整的通知
!l 下一条：学生公寓报修流程（2025版）
!m 网络与信息中心技术支持：0931-8627001
!m 版权所有：尧城理工学院后勤服务处
""",
        indent="\u3000\u3000",
        body="""
各学院、各位同学：
为做好秋季病媒生物防制，后勤服务处定于9月25日至9月30日对学生宿舍集中投放灭蟑胶饵，具体安排如下：
日期　楼栋　时间
9月25日　1—4号楼　14:00—17:00
9月26日　5—8号楼　14:00—17:00
9月29日　9—12号楼　14:00—17:00
请各宿舍当天留一名同学在寝室配合，提前清理桌下和柜底杂物。投药后一周内请勿擦拭药点，也不要在药点附近喷洒花露水等驱虫产品。
联系人：殷老师，电话：0931-8627466。
尧城理工学院后勤服务处
2025年9月22日
""",
    ),
]
