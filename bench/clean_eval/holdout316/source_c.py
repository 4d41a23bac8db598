"""holdout316, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text case each).

Everything is invented (sites, places, people, firms, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenlai-milk-pan-scorching-question",
        site="问来问往 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenlaiwenwang.example.com/q/77120458.html",
        title="奶锅煮牛奶为什么总是糊底？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record (the question is the title), adopted-answer badge, vote row, more "
        "answers, a related-questions box; times are relative: no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>奶锅煮牛奶为什么总是糊底？_问来问往</title>
<script src="//s.wenlaiwenwang.example.com/js/qa.js"></script>
</head>
<body>
<div class="header">⟦m 问来问往⟧ ⟦m 有疑问，来问问⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="crumbs">⟦m 问来问往 › 生活 › 厨房⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 每次早上用奶锅热牛奶，锅底都会糊一层，洗也很难洗，有什么办法吗？⟧</p>
<p class="q-meta">⟦m 提问者：匿名网友　3 天前　浏览 5406⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者已采纳此回答⟧</div>
<div class="ans-user">⟦m 厨房里的老周　生活达人　回答于 3 天前⟧</div>
<div class="ans-content">
{BODY}
</div>
<div class="vote">⟦a 有帮助(126)　没帮助(3)　评论(8)⟧</div>
</div>
<div class="more">
<h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 清风徐来：我都是先放一点点水再倒奶，确实不粘。⟧</p>
<p>⟦l 用户94410：换个厚底的锅吧，薄锅没救。⟧</p>
</div>
<div class="related"><h3>⟦l 你可能也想问⟧</h3><p>⟦l 不粘奶锅的涂层掉了还能用吗？⟧</p><p>⟦l 煮牛奶要煮开吗？⟧</p></div>
<div class="footer">⟦d 回答内容由网友提供，仅代表个人观点，请谨慎参考⟧　⟦m ©2025 问来问往　浙ICP备18066302号⟧</div>
</body>
</html>
""",
        body="""
奶锅糊底，多半是这三个原因：
1.火太大。牛奶里的蛋白质和乳糖受热后很容易粘在锅底，局部温度一高就会焦化。煮牛奶用小火或中小火就够了。
2.不搅拌。牛奶下锅后要用勺子或硅胶铲沿着锅底不停地慢慢搅，尤其是快开的时候，一停手就容易糊。
3.锅本身的问题。薄底的铝奶锅导热快但受热不均，建议换成复合底的不锈钢奶锅或者不粘奶锅。
还有一个小窍门：倒牛奶之前，先在奶锅里放一点清水涮一下，让锅底挂一层水膜，再倒牛奶就不容易粘锅了。已经糊了的锅，可以加水和小苏打煮开，泡一会儿再用软布擦。
""",
    ),
    dict(
        slug="qa-youwen-rice-scoop-wood-or-silicone",
        site="有问必答网 (invented Q&A site, text capture)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.youwenbida.example.cn/question/3304918",
        title="不粘锅用木头饭铲还是硅胶饭铲好？",
        record_title="不粘锅用木头饭铲还是硅胶饭铲好？ - 有问必答网",
        date=None,
        notes="Q&A text: the question line repeated as the title, a vote row glued after the answer's last 。, "
        "other answers below; answered 前天: no date",
        page="""
!m 有问必答网 — 生活百事问
!m 首页 › 家居生活 › 厨具
{T}
!m 提问：柠檬不酸　　前天 19:22　　2个回答　　关注 17
!m 热心网友“米饭不加糖”的回答（前天 20:05）
{BODY}
!l 其他回答
!l 锅碗瓢盆：硅胶的好清洗，木头的容易发霉。
!a 写回答　　邀请别人回答　　举报
!l 相关问题：铁锅用什么铲子？｜硅胶铲有异味正常吗？
!d 本站回答由网友提供，不代表有问必答网观点。
""",
        body="""
不粘锅最怕的是刮花涂层，所以铁铲、不锈钢铲都不建议用，木头饭铲和硅胶饭铲都可以，各有各的好处。
木头饭铲手感好，不导热，炒菜时握着不烫手，但吸水，用完要及时晾干，不然容易开裂、发霉，一般半年左右就该换了。
硅胶饭铲耐高温、好清洗，不伤涂层，缺点是比较软，翻炒大块的肉不太得劲。买的时候要选食品级铂金硅胶，闻一下没有异味的。
我家是两种都备着：炒菜用硅胶的，盛饭用木头的。⟦a 觉得有用就点个赞 👍⟧
""",
    ),
    dict(
        slug="collection-yanxia-memoir-window-hook-gb2312",
        site="檐下拾遗 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆文章",
        kind="other",
        form="html",
        source="http://www.yanxiashiyi.example.cn/juan2/039.htm",
        title="老屋的窗钩",
        record_title="《檐下拾遗》卷二·老屋的窗钩",
        date=None,
        notes="retired teacher's collection in an old gb2312 layout: marquee, chapter links, visitor counter, the "
        "author's mailbox; a memoir with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《檐下拾遗》卷二·老屋的窗钩</title>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5" color="#6B3A1E">⟦m 檐下拾遗⟧</font></td></tr>
<tr><td><marquee behavior="alternate" scrollamount="2">⟦m 欢迎来到老祁的小书斋，文章陆续更新中，闲时常来坐坐⟧</marquee></td></tr>
<tr><td align="center">⟦m 卷一 · 乡居　卷二 · 家事　卷三 · 讲台　卷四 · 行旅⟧</td></tr>
</table>
<table width="780" align="center" border="0">
<tr><td align="center"><font size="4"><b>⟦t 卷二·老屋的窗钩⟧</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←上一篇：母亲的针线笸箩⟧　⟦l 回到卷二目录⟧　⟦l 下一篇：堂屋里的八仙桌→⟧</td></tr>
</table>
<table width="780" align="center" border="0">
<tr><td align="center">⟦m 来信请寄：laoqi_yanxia@example.cn⟧</td></tr>
<tr><td align="center">⟦m 您是第 <font color="red">026513</font> 位来访的朋友⟧</td></tr>
<tr><td align="center">⟦d 文章为老祁原创，转载请写明出处和作者⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
老屋的窗是父亲亲手做的木格窗，窗框刷着枣红色的漆，每扇窗框上都钉着一只铁窗钩。风大的时候，把窗推开，钩子往窗台上的铁环里一挂，窗扇就稳稳地停住了。
小时候我个子矮，够不着窗钩，每次开窗都得搬个小板凳。父亲说，等你能自己挂上窗钩，就算长大了。
那些窗钩用了二十多年，锈了又刷漆，刷了漆又锈。父亲每年入冬前都要拿砂纸把它们一只只打磨干净，再抹上一层机油。
如今老屋早已拆了，父亲也走了好些年。前些日子在旧货市场看见一只一模一样的铁窗钩，我站在摊前看了很久，最后还是买了下来，放在书桌上当镇纸。
""",
    ),
    dict(
        slug="collection-dengxia-essay-daughters-earphone-case-oneline",
        site="灯影絮谈 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://dengxiaxuyu.example.net/wen/14.txt",
        title="女儿的耳机盒",
        record_title="女儿的耳机盒（录自《灯影絮谈》）",
        date=None,
        notes="an essay on one line (paragraphs separated only by their indent); collection chrome around it; "
        "an export stamp is no date",
        page="""
!m 《灯影絮谈》文集　第十四篇
{T}
!m 作者：檀一苇　　导出于 2025-07-30
{BODY}
!l ← 第十三篇：菜市场的秤　　　第十五篇：雨伞 →
!m 文集目录　｜　作者简介　｜　写信给作者
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
女儿上初中后，书包侧袋里多了一只白色的耳机盒。
那是她用攒了一年的压岁钱买的，每天放学回家第一件事，就是把它放到床头充电。
有一回她把耳机盒落在了公交车上，急得晚饭都没吃，一遍遍给公交公司打电话。
第二天，司机师傅把耳机盒送到了学校门卫室，盒子上还贴了一张纸条：“小姑娘，下次别再丢三落四了。”
女儿把那张纸条夹进了日记本。我想，她记住的也许不是那只耳机盒，而是一个陌生人的好意。
""",
    ),
    dict(
        slug="party-zhenchuan-speech-rice-scoops-cn-date",
        site="袗川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.zcxianfeng.example.cn/zfjs/2025/0307/10492.html",
        title="县委副书记在县直机关“光盘行动”暨食堂定量饭铲推广现场会上的讲话",
        record_title="【作风建设进行时】县委副书记在县直机关“光盘行动”暨食堂定量饭铲推广现场会上的讲话 - 袗川先锋网",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="Party portal: study-points prompt, read-on-phone QR line; date under the speech title in Chinese "
        "numerals, the portal's posting date also accepted; the speaker line is neutral; the title keeps the "
        "speaker's role",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【作风建设进行时】县委副书记在县直机关“光盘行动”暨食堂定量饭铲推广现场会上的讲话 - 袗川先锋网</title>
<script src="/static/js/dj.js"></script>
</head>
<body>
<div class="dj-top">⟦m 袗川先锋网⟧ ⟦m 中共袗川县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 作风建设⟧ ⟦m 基层组织⟧ ⟦m 党员教育⟧ ⟦m 先锋风采⟧</div>
<div class="dj-loc">⟦m 您现在的位置：首页 ＞＞ 作风建设⟧</div>
<div class="dj-article">
<h1>{T}</h1>
<div class="dj-info">⟦m 时间：2025-03-07　来源：县委办公室　编辑：孔晴岚⟧</div>
<div class="dj-points">⟦a 登录“先锋学习”账号，读完本文记0.5学分⟧</div>
<p class="c">（二〇二五年三月五日）</p>
<p class="c">蒲明远</p>
<div class="dj-con">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，在手机上继续读⟧</div>
<div class="dj-tool">⟦a 〔收藏〕〔打印〕〔关闭〕⟧</div>
</div>
<div class="dj-rel"><h4>⟦l 作风建设·更多⟧</h4><p>⟦l 县直机关开展“节约型机关”创建回头看⟧</p><p>⟦l 袗川县纪委监委通报3起违反中央八项规定精神问题⟧</p></div>
<div class="dj-foot">⟦m 中共袗川县委组织部　地址：袗川县人民路1号　邮编：417600⟧<br>⟦m 湘ICP备09012377号-2⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们在县机关第一食堂召开现场会，推广定量饭铲的做法。刚才大家参观了打饭窗口，看了刻度饭铲的使用演示，县机关事务服务中心也介绍了试点情况，我很赞同。
试点三个月来，机关第一食堂每餐剩余饭菜从60多公斤降到了30公斤左右。这个变化说明，节约粮食既要靠自觉，也要靠管用的办法。
下面，我讲两点意见。一要带头做表率。党员干部在食堂吃饭要按需取餐、光盘离席，不能一边喊节约、一边剩半盘。二要推广好经验。4月底前，县直各单位食堂都要配齐定量饭铲，并在窗口公示分量标准，县纪委监委机关要把食堂浪费问题纳入作风督查内容。
同志们，一粒米、一铲饭，连着党风政风。希望大家从自身做起，从每一餐做起。
""",
    ),
    dict(
        slug="party-mianzhou-summary-mousepads-volunteers-table",
        site="冕州党建 (invented Party-building portal, text capture)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mianzhoudj.example.cn/zzsh/2025/0108/5527.html",
        title="冕州数字产业园党委2024年“指尖助学”志愿服务工作总结",
        record_title="【组织生活】冕州数字产业园党委2024年“指尖助学”志愿服务工作总结·冕州党建",
        date="2024-12-26",
        date_also=["2025-01-08"],
        notes="Party portal text: a small data table (one row a paragraph, ideographic spaces), 成文日期 in Chinese "
        "numerals, the page's posting date also accepted; a photo line between paragraphs",
        page="""
!m 冕州党建　冕州市委组织部主办
!m 首页 > 组织生活 > 基层党建
{T}
!m 发布日期：2025-01-08　　信息来源：冕州数字产业园党委　　浏览量：359
{BODY}
!a 〖我要纠错〗〖打印〗〖分享至学习群〗
!l 相关阅读：产业园区“党建+”模式的三点启示
!m 主办：中共冕州市委组织部　承办：冕州市党员教育中心　技术维护电话：0738-2219003
""",
        body="""
2024年，园区党委以“指尖助学”志愿服务为载体，组织党员为山区学校计算机教室捐赠鼠标、鼠标垫等设备，开展信息技术支教。现将全年工作总结如下。
一、主要做法
园区党委与袗川县、帨湖县的5所乡村学校结对，各党支部按照“一支部一学校”认领任务，党员利用周末开展志愿服务。
⟦m 〔图片：党员志愿者在袨田镇中学计算机教室更换鼠标垫〕⟧
二、完成情况
项目　数量
捐赠鼠标　320只
捐赠鼠标垫　480块
支教课时　96节
参与党员　143人次
三、下一步打算
2025年，园区党委将把结对学校扩大到10所，并探索开设线上编程兴趣课。
中共冕州数字产业园委员会
二〇二四年十二月二十六日
""",
    ),
    dict(
        slug="hospital-xiongyang-earphone-case-cleaning-byline",
        site="褧阳县人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.xyrmyy.example.cn/jkkp/2025/0612/1893.html",
        title="耳机盒多久没清洁了？",
        record_title="健康科普 ▹ 耳机盒多久没清洁了？ ｜ 褧阳县人民医院",
        date="2025-06-12",
        notes="hospital page: booking float, 24-hour emergency line and experts box beside the department's own "
        "咨询电话 in the body; byline 发布时间 as the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>健康科普 ▹ 耳机盒多久没清洁了？ ｜ 褧阳县人民医院</title>
<script src="/js/yy.js"></script>
</head>
<body>
<div class="yy-top">⟦m 褧阳县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 急救电话（24小时）：0731-8826120⟧</div>
<div class="yy-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="yy-loc">⟦m 首页 → 健康科普 → 五官健康⟧</div>
<div class="yy-art">
<h1>{T}</h1>
<p class="yy-meta">⟦m 发布时间：2025-06-12　作者：耳鼻咽喉科　钟婉柠　阅读：822⟧</p>
{BODY}
</div>
<div class="yy-float">⟦a 网上挂号⟧<br>⟦m 预约电话：0731-8826000⟧<br>⟦a 返回顶部⟧</div>
<div class="yy-side"><h4>⟦l 本科室专家⟧</h4><p>⟦l 钟婉柠　主任医师　周二、周四全天⟧</p><p>⟦l 苗子衿　副主任医师　周一、周五上午⟧</p></div>
<div class="yy-foot">⟦d 科普文章仅供参考，不能代替医生面诊，如有不适请及时就医⟧<br>⟦m 地址：褧阳县迎宾大道268号　湘ICP备15004120号⟧</div>
</body>
</html>
""",
        body="""
不少人每天戴耳机，却很少想到清洁耳机盒。耳鼻咽喉科门诊近期接诊的外耳道炎患者中，有相当一部分人有长时间佩戴入耳式耳机的习惯。
耳机盒是耳机每天“回家”的地方，盒内温暖、密闭，耳垢、汗液和灰尘积在充电槽里，容易滋生细菌，再通过耳机带进耳道。
建议大家每周用棉签蘸少量75%酒精擦拭耳机盒内壁和充电槽，注意不要让液体流进充电触点；耳机的硅胶耳塞套可以取下来用清水冲洗，晾干后再装回。
如果出现耳痒、耳痛、耳道流水等症状，请及时到医院就诊，不要自行掏挖。
耳鼻咽喉科咨询电话：0731-8826145（工作日8:00-17:30）
""",
    ),
    dict(
        slug="hospital-xiongyang-notice-paediatric-milk-pans",
        site="褧阳县人民医院 (invented hospital site, text capture)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xyrmyy.example.cn/tzgg/2025/0703/1911.html",
        title="关于规范儿科病区配餐间奶锅使用管理的通知",
        date="2025-07-02",
        notes="record title as is; the nursing department's own contact in the body beside the hospital's "
        "24-hour line and booking line; signature date",
        page="""
!m 褧阳县人民医院　XIONGYANG COUNTY PEOPLE'S HOSPITAL
!m 首页 | 医院概况 | 新闻中心 | 通知公告 | 护理园地
{T}
!m 发布：护理部　　2025-07-03　　点击：245
{BODY}
!a 打印本文 | 关闭页面
!l 上一篇：关于调整门诊午间挂号时间的通知
!m 急诊急救：0731-8826120（24小时）　预约挂号：0731-8826000
!m 褧阳县人民医院版权所有　技术支持：冕州云医信息科技
""",
        body="""
各儿科病区：
近期，个别病区配餐间出现家属用自带奶锅在电磁炉上加热食物后无人看管的情况，存在烫伤和火灾隐患。为加强配餐间管理，现将有关要求通知如下。
一、配餐间统一配备不锈钢奶锅和专用电磁炉，仅供冲调奶粉、加热辅食使用，家属不得自带电器。
二、奶锅使用后由护理员清洗并放回消毒柜，每日下班前登记使用和消毒情况。
三、加热过程中必须有人看护，严禁儿童进入配餐间。
请各病区护士长组织学习并抓好落实。联系人：护理部　戚芸舒，电话：0731-8826230。
褧阳县人民医院护理部
2025年7月2日
""",
    ),
    dict(
        slug="university-mianzhou-tech-mousepad-design-contest-h1",
        site="冕州理工学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.mzlg.example.edu.cn/info/1021/20516.htm",
        title="计算机学院举办首届鼠标垫创意设计大赛",
        record_title=None,
        date="2025-05-21",
        notes="university news page: no title in the record (the <h1>), a dotted date in the byline as the page's "
        "date, a photo caption between paragraphs, a 文/图/审核 line glued after the last 。",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>计算机学院举办首届鼠标垫创意设计大赛-冕州理工学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="head">⟦m 冕州理工学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 信息门户⟧</a></div>
<div class="menu">⟦m 理工要闻⟧ ⟦m 院部动态⟧ ⟦m 学术科研⟧ ⟦m 校园文化⟧ ⟦m 媒体理工⟧</div>
<div class="pos">⟦m 当前位置: 首页 &gt;&gt; 院部动态 &gt;&gt; 正文⟧</div>
<form name="_newscontent_fromname">
<h1>{T}</h1>
<div class="info">⟦m 2025.05.21　点击：<span id="dynclicks">1378</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
</form>
<div class="pn">⟦l 上一条：我校在全省大学生数学建模竞赛中获佳绩⟧<br>⟦l 下一条：图书馆举办“毕业季·好书漂流”活动⟧</div>
<div class="foot">⟦m 地址：冕州市弁城区学院路9号　邮编：418000⟧<br>⟦m 版权所有 © 冕州理工学院党委宣传部⟧</div>
</body>
</html>
""",
        body="""
5月20日，计算机学院首届鼠标垫创意设计大赛决赛在学院报告厅举行，来自全校8个学院的46件作品进入决赛。
本次大赛以“桌面上的校园”为主题，参赛作品既有校园风景插画，也有把常用快捷键、编程语法印在鼠标垫上的实用设计。
⟦m 图为决赛现场，参赛学生讲解设计思路。⟧
经过现场答辩和评委打分，软件工程专业2023级学生邬诗涵的作品《一页代码》获得一等奖。
学院副院长蒋明澈表示，获奖作品将由学院合作企业小批量生产，作为学院对外交流的纪念品。⟦m （文/图：计算机学院　审核：蒋明澈）⟧
""",
    ),
    dict(
        slug="university-mianzhou-tech-logistics-rice-scoops-record-date",
        site="冕州理工学院后勤服务中心 (invented, text capture)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hq.mzlg.example.edu.cn/tzgg/2025/0901/388.htm",
        title="关于学生食堂启用定量饭铲的通知",
        record_title="关于学生食堂启用定量饭铲的通知 · 后勤服务中心 · 冕州理工学院",
        record_date="2025-09-01",
        date="2025-09-01",
        notes="record date; the logistics centre's own phone in the body beside the site's switchboard; prices in a "
        "numbered list",
        page="""
!m 冕州理工学院　后勤服务中心
!m 首页 ＞ 公告通知栏
{T}
!m 作者：饮食服务科　　时间：2025-09-01　　浏览：1902
{BODY}
!a 【打印这页】【关掉】
!l 上一条：2025年秋季学期学生公寓入住须知
!l 下一条：关于校园一卡通充值系统升级的公告
!m 学校总机：0738-4410000　后勤服务中心 版权所有
""",
        body="""
全校师生：
为倡导节约用餐，减少剩饭剩菜，经研究，学校第一、第二学生食堂自9月8日起在主食窗口启用定量饭铲。现将有关事项通知如下。
一、米饭按小份、中份、大份三种规格供应，分别为100克、150克、200克，价格分别为0.5元、0.8元、1元。
二、同学们可根据饭量选择，吃不饱可免费添加一次。
三、各窗口将张贴分量示意图，欢迎师生监督。
对食堂服务有意见建议的，可拨打后勤服务中心电话0738-4412066。
后勤服务中心
2025年9月1日
""",
    ),
]
