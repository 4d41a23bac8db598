"""holdout310, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 — each once as HTML and once
as text. Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wengeming-answer-toilet-brush-replace",
        site="问个明白 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengeming.com/q/3310772.html",
        title="马桶刷多久换一次？刷毛发黑了还能接着用吗？",
        record_title=None,
        date=None,
        notes="a Q&A page: no record title, the question as the title in the <h1>; an adopted-answer badge, a vote row, the answerer's card and more answers; the answer was edited 昨天, so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>马桶刷多久换一次？刷毛发黑了还能接着用吗？ - 问个明白</title></head>
<body>
<div class="hd">⟦m 问个明白⟧ <form>⟦a 搜问题⟧</form> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="q">
<div class="tags">⟦l 居家生活 清洁 卫生间⟧</div>
<h1>{T}</h1>
<p class="q-info">⟦m 提问者：青苔小院　｜　浏览 5820 次　｜　2 个回答⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="user">⟦m 保洁老周 · 家政行业 12 年 · 获赞 3.4万⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦l 有用 268 ｜ 无用 4 ｜ 评论 11⟧</div>
<div class="time">⟦m 编辑于 昨天 10:12⟧</div>
</div>
<div class="more"><h3>⟦l 其他 1 条回答⟧</h3>
<p>⟦l 知更鸟：我一般半年换，刷完用开水烫一下。⟧</p>
<a>⟦l 查看更多相关问题 ›⟧</a></div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考，不代表问个明白的观点⟧　⟦m © 问个明白 wengeming.com⟧</div>
</body></html>
""",
        body="""
干了十几年保洁，说说我的经验。
一般家用马桶刷，建议三个月左右换一次刷头。判断要不要换，主要看三点：刷毛是不是已经倒伏、分叉，刷不到马桶圈下面的缝；刷毛有没有发黑、发黄，冲洗后还有异味；刷柄和刷头连接处有没有积垢。
刷毛发黑说明里面已经滋生了霉菌和细菌，用消毒液泡也只能管一时，建议直接换掉，不然越刷越脏。
平时想用得久一点，可以这样做：每次用完把刷头夹在马桶圈下面滴干；刷架底部别积水，每周用消毒液冲一次；家里有老人孩子的，可以选硅胶刷头，干得快、不容易藏污。
""",
    ),
    dict(
        slug="qa-wengeming-answer-step-stool-elderly",
        site="问个明白 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://m.wengeming.com/q/3318406.html",
        title="家里老人用的梯凳，选几步的合适？",
        record_title="家里老人用的梯凳，选几步的合适？（七旬老人用）｜问个明白·居家",
        date=None,
        notes="a Q&A page in text: the record title prefixed 问： with a site and channel suffix; an answerer's line, a vote row and more answers; the answer time is relative (4 天前), so no date",
        page="""
!m 问个明白·居家频道
!t 家里老人用的梯凳，选几步的合适？（七旬老人用）
!m 问题补充：老人七十多岁，主要是够衣柜顶和换灯泡。
!m 最佳回答　｜　居家安全员 阿蔺　｜　4 天前
{BODY}
!l 👍 有用 96　　👎 没用 2　　💬 追问
!l 更多回答（3）
!l 　· 买带扶手的，别图便宜买折叠凳
!l 　· 换灯泡这种事还是让年轻人来吧
!a 打开问个明白APP，查看全部回答
""",
        body="""
给七十多岁的老人选梯凳，我的建议是两步或三步，最高不要超过三步。
一是高度要够用不超用。够衣柜顶一般站到第二步就行，三步梯凳的顶层踏板高度在60厘米左右，对老人来说已经是上限了。
二是一定要带扶手。老人平衡能力下降，上下梯凳时手里有个抓的地方，比什么都重要。扶手最好高出顶层踏板50厘米以上。
三是踏板要宽、要防滑。踏板深度不少于20厘米，表面有防滑纹或防滑胶垫，四个脚要有橡胶脚套。
四是优先选不能折叠的一体式梯凳，或者带锁扣的，避免用着用着自己合上。
另外提醒一句，换灯泡这类要仰头、伸手的活儿，最好等家里年轻人回来再做。
""",
    ),
    dict(
        slug="collection-yantian-memoir-fathers-chalk-box-gb2312",
        site="砚边旧事 (invented, a retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.yantianjiushi.net/wenji/juan2/09.htm",
        title="父亲的粉笔盒",
        record_title="砚边旧事 ▪ 第九篇 ▪ 父亲的粉笔盒",
        date=None,
        notes="an old gb2312 personal collection: 繁體/简体/朗读 links, chapter links, a visitor counter and the author's mailbox; the essay ends with a season-and-year line only, so no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>砚边旧事 ▪ 第九篇 ▪ 父亲的粉笔盒</title>
</head>
<body bgcolor="#FFFDF5">
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 砚边旧事⟧</font><br><font size="2">⟦m 一个老教书匠的文字小园⟧</font></td></tr>
<tr><td align="right"><font size="2">⟦a <a href="?big5">繁體</a> | <a href="?gb">简体</a> | <a href="#">朗读全文</a>⟧</font></td></tr>
<tr><td><font size="2">⟦m 卷二 · 往事如烟⟧</font></td></tr>
<tr><td align="center"><h3>{T}</h3></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><font size="2">⟦l 【上一篇】八仙桌⟧　⟦l 【目录】⟧　⟦l 【下一篇】村口的老槐⟧</font></td></tr>
<tr><td align="center"><font size="1">⟦m 本文集自二〇〇九年开设　累计来访 0046251 人次⟧<br>⟦m 来信请寄：yantian_laoshi@163.net⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲教了一辈子书，留给我的东西不多，其中有一只铁皮粉笔盒。
那是上世纪七十年代公社发的，绿漆，盒盖上压着“为人民服务”五个字。父亲每天早上把粉笔一支支码进去，白的在左，红的黄的在右，从不混放。他说，孩子们看老师怎么摆粉笔，就知道老师怎么做学问。
冬天的教室没有炉子，父亲写黑板时总把粉笔盒揣在棉袄里焐着，说粉笔受了潮写不出字。下课回家，他的衣襟上常常是一片白。
父亲退休那年，把粉笔盒交给了我。我用它装过粉笔，后来学校换了新讲台，我就用它装学生的作文本夹子，一直用到自己也退休。
如今这只粉笔盒放在我书桌的左上角，漆掉了大半，那五个字还看得清。
二〇二三年秋于窠岭
""",
    ),
    dict(
        slug="collection-dengying-essay-mothers-floor-lamp-oneline",
        site="灯影集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://dengyingji.cn/pian/07.html",
        title="母亲的落地灯",
        record_title="《灯影集》之七：母亲的落地灯",
        date=None,
        notes="a personal collection in text with the whole essay on one line (paragraphs only separated by their indent); a 目录/上一篇/下一篇 row and a visitor line; no date",
        page="""
!m 灯影集　·　个人文集
!m 目录 ＞ 第一辑 家常
!t 《灯影集》之七：母亲的落地灯
{BODY}
!l ← 之六：外婆的针线筐　　　之八：父亲的旧单车 →
!m 本集文字版权归作者所有　已有 3102 位读者来过
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
母亲这辈子买过的最贵的一件家具，是一盏落地灯。
那年我上初三，晚上要在客厅的饭桌上写作业。屋里只有一盏吊在房梁上的白炽灯，光发黄，照在作业本上是一圈影子。母亲看我总是弓着背、把脸贴在本子上，心里着急，托人从县城捎回来一盏落地灯，花了她小半个月的工钱。
灯搬回来那天，她在灯底座下面垫了一块旧毛巾，说怕磕坏了地。每天晚上，她先把灯拧亮，再去厨房收拾，等我写完了，她才把灯关掉。
后来我去外地读书、工作，那盏灯一直立在老屋的饭桌旁。去年回家，看见灯罩已经发黄，母亲仍舍不得换，说这灯照出过一个大学生。
""",
    ),
    dict(
        slug="dangjian-chanxi-speech-nursing-room-project-cn-date",
        site="廛溪先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chanxixf.gov.cn/djdt/2025/0522/9917.html",
        title="在“暖心驿站”母婴设施共建项目启动仪式上的讲话",
        record_title="【巾帼建新功】在“暖心驿站”母婴设施共建项目启动仪式上的讲话_廛溪先锋网",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="a Party-building portal: a study-points prompt and a read-on-phone QR line; speaker and date lines under the title (the date in Chinese numerals) are neutral; the speech title keeps the speaker's role; the speech date and the page's 发布时间 differ",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【巾帼建新功】在“暖心驿站”母婴设施共建项目启动仪式上的讲话_廛溪先锋网</title></head>
<body>
<div class="top">⟦m 廛溪先锋网　中共廛溪市委组织部主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 党建动态⟧</li><li>⟦m 组织工作⟧</li><li>⟦m 先锋风采⟧</li><li>⟦m 学习园地⟧</li></ul>
<div class="pos">⟦m 您的位置：首页 > 党建动态 > 基层党建⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="info">⟦m 发布时间：2025-05-22 10:05　来源：市妇联机关党委⟧　⟦a 字号：放大一档 还原⟧</p>
<p class="speaker">爰湖区妇联党组书记、主席　谷清漪</p>
<p class="date">（二〇二五年五月二十日）</p>
<div class="content">
{BODY}
</div>
<p class="study">⟦a 阅读满3分钟可累计学习积分1分⟧</p>
<p class="qr">⟦m 扫一扫，在手机上继续读⟧</p>
</div>
<div class="list"><h4>⟦l 推荐阅读⟧</h4><p>⟦l 婧湾社区党委：把服务送到家门口⟧</p><p>⟦l 廛溪市开展“最美家庭”寻访活动⟧</p></div>
<div class="footer">⟦m 主办单位：中共廛溪市委组织部　承办：市委党员教育中心⟧<br>⟦m 浙ICP备05011320号-1⟧</div>
</body></html>
""",
        body="""
各位领导、同志们、朋友们：
今天，我们在这里启动“暖心驿站”母婴设施共建项目。首先，我代表区妇联，向支持这个项目的各共建单位表示衷心感谢！
今年年初，我们联合各街道妇联开展了一次走访调查，许多年轻妈妈反映，带孩子到商场、公园、社区服务中心，最难的是找不到一张干净的尿布台。一张尿布台花钱不多，却是一件实实在在的民生小事。
按照计划，今年全区将依托党群服务中心、新时代文明实践站和商圈楼宇党建阵地，建设“暖心驿站”30个，每个驿站都配备尿布台、哺乳椅和温奶器。各共建单位党组织要认领项目、包干到点，党员志愿者要定期巡查，确保尿布台用得上、用得放心。
同志们，办好群众身边的小事，就是践行初心的大事。让我们携起手来，把“暖心驿站”建成党群连心的温暖港湾！
""",
    ),
    dict(
        slug="dangjian-xiuyang-summary-volunteers-village-toilets",
        site="庥阳党建 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.xiuyang.gov.cn/zbgz/2024/1230/2718.html",
        title="县直机关第三党支部“洁净家园”志愿服务活动总结",
        record_title="【支部晒实绩】县直机关第三党支部“洁净家园”志愿服务活动总结（附活动统计表）- 庥阳党建",
        date="2024-12-26",
        date_also=["2024-12-30"],
        notes="a Party site in text: a data table one row a paragraph; a study-points prompt line between paragraphs; the 成文日期 and the page's 发布时间 differ",
        page="""
!m 庥阳党建 · 庥阳县委组织部
!m 首页 ＞ 支部工作 ＞ 经验交流
!t 【支部晒实绩】县直机关第三党支部“洁净家园”志愿服务活动总结（附活动统计表）
!m 发布时间：2024-12-30　　来源：县直机关工委
{BODY}
!a 本文已计入“学习庥阳”积分，点此查看我的积分
!l 上一篇：窠岭镇党委开展冬训动员
!l 下一篇：县直机关工委召开年终述职会
""",
        indent="\u3000\u3000",
        body="""
今年以来，县直机关第三党支部结合联系窠岭镇庥坪村的工作实际，组织党员开展“洁净家园”志愿服务活动，帮助村里管好、用好新改建的农村公厕。现将活动情况总结如下。
一、主要做法。支部把庥坪村12座公厕划分为4个责任区，每个责任区由2名党员包干，每月至少开展一次保洁志愿服务，为每座公厕配齐马桶刷、刷架和洗手液，并教会村里的管护员正确使用和消毒马桶刷。
⟦a 学习积分提醒：阅读满 5 分钟可计 1 分⟧
二、活动统计。
季度　参与党员　服务人次　更换马桶刷
第一季度　8　32　24
第二季度　9　36　12
第三季度　8　30　12
第四季度　10　40　24
三、取得成效。经过一年的努力，庥坪村公厕保洁质量明显提升，在全镇公厕管护考评中由第十一名上升到第二名。
明年，支部将继续把“洁净家园”活动做细做实，推动形成长效机制。
中共庥阳县直机关第三支部委员会
2024年12月26日
""",
    ),
    dict(
        slug="hospital-chanxi-fuyou-notice-nursing-room-open",
        site="廛溪市妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chanxifybjy.com/news/gg/2025/0305/1320.html",
        title="关于儿科门诊楼母婴室开放使用的通知",
        record_title="【就诊须知更新】关于儿科门诊楼母婴室开放使用的通知-廛溪市妇幼保健院",
        date="2025-03-05",
        notes="a hospital site: a booking float, a 24-hour line and an experts list; the department's own 咨询电话 in the body beside the site's 预约 and 24-hour lines; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【就诊须知更新】关于儿科门诊楼母婴室开放使用的通知-廛溪市妇幼保健院</title></head>
<body>
<div class="top">⟦m 廛溪市妇幼保健院　廛溪市儿童医院⟧　⟦m 24小时值班电话：0763-2289120⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="path">⟦m 首页 » 新闻中心 » 院内公告⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="meta">⟦m 来源：护理部　点击：906⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="experts"><h4>⟦l 儿科专家出诊⟧</h4><p>⟦l 周一上午 胡静姝 主任医师⟧</p><p>⟦l 周三全天 卜雨桐 副主任医师⟧</p></div>
<div class="float-book">⟦a 在线预约挂号⟧<br>⟦m 预约电话 0763-2289000⟧</div>
<div class="footer">⟦m 地址：廛溪市爰湖区妤园路66号⟧　⟦d 本站健康资讯仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
各位患儿家长：
为方便婴幼儿家长在就诊期间哺乳和更换尿布，我院儿科门诊楼一楼母婴室已完成改造，自2025年3月10日起正式开放使用。现将有关事项通知如下。
一、开放时间：每日7:30至21:00，节假日照常开放。
二、室内设施：母婴室设哺乳间2个，配有尿布台3台、婴儿洗手池、温奶器和一次性隔尿垫。
三、使用须知：使用尿布台时请系好安全束带，家长不要离开宝宝身边；使用后请将尿布丢入指定垃圾桶。尿布台每两小时由保洁人员消毒一次，如发现设施损坏，请告知门诊服务台。家长也可关注“廛溪妇幼”公众号，查看母婴室的位置导引。
四、咨询电话：儿科门诊服务台0763-2289357。
廛溪市妇幼保健院
2025年3月5日
""",
    ),
    dict(
        slug="hospital-yinchuan-rules-ward-cleaning-tools",
        site="夤川县人民医院 (invented)",
        style="医院官网",
        genre="规程",
        kind="other",
        form="text",
        source="http://www.ycxrmyy.com/ygk/zhidu/416.html",
        title="病区卫生间清洁用具管理规程",
        record_title="病区卫生间清洁用具管理规程（院感科修订）｜夤川县人民医院",
        date=None,
        notes="a hospital site in text: a rule with 第N条 articles that speak of 扫码 and 打印 as content; a 24-hour line and a booking line at the bottom; only an effective clause, so no date",
        page="""
!m 夤川县人民医院 · 院感防控专栏
!m 首页 / 院感防控 / 制度规范
!t 病区卫生间清洁用具管理规程（院感科修订）
!m 作者：院感科　浏览量：274
{BODY}
!a 【打印此页】　【返回上页】
!m 急诊急救：0763-6611120（24小时）　预约挂号：0763-6611000
!m 夤川县人民医院版权所有
""",
        body="""
第一条　为规范病区卫生间清洁用具的使用和管理，防止交叉感染，制定本规程。
第二条　病区卫生间清洁用具实行分色管理：红色用于便器，黄色用于洗手池和台面，蓝色用于地面及其他区域。马桶刷一律使用红色刷柄，不得与其他用具混放。
第三条　每间病房卫生间配备马桶刷1把、带沥水底座的刷架1个。马桶刷每日用含氯消毒液浸泡30分钟后晾干，刷头每月更换一次；传染病病区出院后终末消毒时一并更换。
第四条　保洁人员完成消毒后，应扫码登记消毒时间和操作人，病区护士长每周打印一次登记表核查。
第五条　院感科每月对各病区清洁用具管理情况进行抽查，结果纳入科室考核。
第六条　本规程自发布之日起施行，由院感科负责解释。
""",
    ),
    dict(
        slug="university-chanxi-normal-news-library-step-stools",
        site="廛溪师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.cxnu.edu.cn/info/1032/20417.htm",
        title="图书馆为密集书库配置新型防倾倒梯凳",
        record_title=None,
        date="2025-04-11",
        notes="a university news page: no record title, the title found in the <h1>; the dotted date is the page's date; a 撰稿/摄影/编审 line glued after the last sentence, a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>廛溪师范学院新闻网</title></head>
<body>
<div class="hd">⟦m 廛溪师范学院新闻网⟧　⟦a 投稿入口⟧　⟦m 学院主页⟧</div>
<ul class="nav"><li>⟦m 师院要闻⟧</li><li>⟦m 综合新闻⟧</li><li>⟦m 院部动态⟧</li><li>⟦m 媒体师院⟧</li></ul>
<div class="wz">⟦m 当前位置：首页 > 综合新闻⟧</div>
<div class="con">
<h1>{T}</h1>
<div class="sj">⟦m 2025.04.11　浏览：1044⟧</div>
<div class="nr">
{BODY}
</div>
<div class="sx">⟦l 上一条：外国语学院举办第九届翻译大赛⟧<br>⟦l 下一条：学校召开春季学期安全稳定工作会⟧</div>
</div>
<div class="ft">⟦m 廛溪师范学院党委宣传部　地址：廛溪市翳水大道1号⟧</div>
</body></html>
""",
        body="""
近日，图书馆为二楼、三楼密集书库配置了20台新型防倾倒梯凳，替换原有的折叠铝梯，方便师生安全取阅高层书架上的图书。
新梯凳为三步一体式结构，底部装有四个带刹车的万向轮，人站上踏板后轮子自动锁死，下来后才能推动。梯凳两侧设有扶手，踏板铺有防滑胶垫，顶层踏板高度68厘米，能让身高一米六的读者够到最上层书架。
⟦m 图为读者在密集书库使用新梯凳取书。⟧
图书馆流通部负责人介绍，过去书库用的折叠铝梯较轻，曾发生过读者踩空的情况。新梯凳投用前，馆员已逐台进行了承重和防滑测试，并在每排书架端头张贴了使用提示。⟦m （撰稿：童语诺　摄影：韩北　编审：戚望舒）⟧
""",
    ),
    dict(
        slug="university-chanxi-normal-notice-chalk-box-delivery",
        site="廛溪师范学院教务处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jwc.cxnu.edu.cn/tzgg/2025/0217/3306.htm",
        title="关于公共教学楼粉笔盒统一配送的通知",
        date="2025-02-17",
        notes="a university office page in text: the record gives the title as is; the notice's own 联系人/电话 beside the office's switchboard line; a numbered list; the 成文日期 under the signature",
        page="""
!m 廛溪师范学院 教务处
!m 首页 ＞ 通知公告 ＞ 教学运行
{T}
!m 作者：教学运行科　审核：教务处　点击数：652
{BODY}
!a 【关闭】　【打印】
!m 教务处办公室：0763-2106001　地址：行政楼306室
!m Copyright © 廛溪师范学院教务处
""",
        indent="\u3000\u3000",
        body="""
各学院、各位任课教师：
为保证公共教学楼课堂教学正常进行，减少粉笔浪费和粉尘污染，自本学期起，公共教学楼教室粉笔实行统一配送。现将有关事项通知如下：
1.每间教室讲台配备防尘粉笔盒一只，内装白色粉笔一盒、彩色粉笔半盒，由教学楼管理员每天早上7:30前检查补齐。
2.任课教师请勿将粉笔盒带离教室，下课时盖好盒盖，断粉笔请放入盒内左侧小格，由管理员统一回收。
3.如遇粉笔不足或粉笔盒损坏，请扫描讲台上的报修二维码，或拨打教学楼值班室电话。
联系人：滕若岚，电话：0763-2106125。
教务处
2025年2月17日
""",
    ),
]
