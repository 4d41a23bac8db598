"""holdout252, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="collection-luo-memoir-grandma-door-knocker-gb2312",
        site="拾遗斋·骆仲平文集 (invented, old gb2312 personal site)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.luozhongping.example.cn/wenji/laowu/03.htm",
        title="外婆家的门环",
        record_title="〔老屋琐忆·其三〕外婆家的门环",
        date=None,
        notes="a retired man's old gb2312 collection: a marquee, 纯文字/配图 switches, chapter links, a visitor counter and "
        "the author's mailbox; the memoir ends with a 写于 line giving only a year and a season, so no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔老屋琐忆·其三〕外婆家的门环</title>
</head>
<body background="/img/paper.jpg">
<table width="820" align="center" border="0" cellpadding="4">
<tr><td align="center"><font face="楷体_GB2312" size="6">⟦m 拾遗斋⟧</font><br><font size="2">⟦m 骆仲平文集　退休教书匠的笔头子⟧</font></td></tr>
<tr><td><marquee behavior="alternate" scrollamount="2">⟦m 欢迎老同学、老同事常来坐坐，留言请写信⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="/">斋中目录</a> ｜ <a href="/wenji/laowu/">老屋琐忆</a> ｜ <a href="/wenji/jiaoshu/">教书杂记</a> ｜ <a href="/liuyan.htm">翻看来信</a>⟧</td></tr>
<tr><td align="right"><a>⟦a 纯文字版⟧</a>　<a>⟦a 配图版⟧</a></td></tr>
<tr><td align="center"><font size="2">⟦m 〔老屋琐忆·其三〕⟧</font></td></tr>
<tr><td align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="02.htm">⟦l ←其二　老屋后的竹园⟧</a>　　<a href="04.htm">⟦l 其四　堂屋里的八仙桌→⟧</a></td></tr>
<tr><td align="center"><font size="2">⟦m 本斋自开张以来共迎来 21467 位客人⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦w 来信请寄斋主邮箱 luozp1951@example.cn⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦d 斋中文字均为骆仲平所写，转载务请注明作者⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
外婆家在畯湖县城的老街上，是一座两进的小院。院门漆成暗红色，门上一对铜门环，被几代人的手摸得锃亮。
小时候每到暑假，母亲就带我回外婆家。还没走到门口，我就挣脱母亲的手跑过去，踮起脚抓住门环“哐哐”地敲。外婆总是一边应着“来了来了”，一边小跑着来开门。
后来我才知道，敲门环也有讲究。外婆说，轻敲三下是客人，重敲不停的是急事，自家人回来不用敲，喊一声就行。
外婆去世后，老屋卖给了别人，新主人换了防盗门。那对门环不知去向，我也再没有去过那条街。
可每当听到金属碰撞的声音，我总会想起那扇红门，想起门后那一声“来了”。
写于二〇一九年深秋
""",
    ),
    dict(
        slug="collection-lvyi-memoir-forty-years-stamps",
        site="绿衣人文存 (invented, a retired postman's collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://lvyiren.example.net/wencun/jiyou-40.html",
        title="集邮四十年",
        record_title="集邮四十年——《绿衣岁月》选篇",
        date=None,
        notes="a personal collection as text: the title with ——《…》选篇, a 'collected in' line and a word count, "
        "gap lines between paragraphs; an 'edit' stamp only, so no date; a 'read the next piece' link and a guestbook prompt",
        page="""
!m 绿衣人文存 · 一个老邮递员的笔记本
!t 集邮四十年——《绿衣岁月》选篇
!m 收入《绿衣岁月》第二辑　约九百字　最后修改：上月
{BODY}
!l 接着读：《第一封挂号信》
!l 翻回目录
!a 想和老绿衣说两句？请到留言簿签个名
""",
        gap=True,
        body="""
我集邮是从一九八四年开始的。那年我在县邮电局当学徒，每天经手成百上千封信，看着信封上花花绿绿的邮票，慢慢就喜欢上了。
起初不懂门道，见到什么都往本子里夹，也不管盖没盖邮戳、齿孔全不全。后来认识了局里的老集邮家萧伯，他教我用水把信封上的邮票泡下来，晾干后夹在吸水纸里压平，再按年份分类。
四十年来，我攒下了十一本邮册。最珍惜的不是值钱的那几枚，而是一枚普普通通的八分邮票，那是我寄给未婚妻的第一封信退回来时贴的，信封上还有她的笔迹。
如今写信的人少了，邮票也多半躺在集邮册里。可我还是习惯每年去邮局买一套新邮，算是给自己这份爱好一个交代。
""",
    ),
    dict(
        slug="party-jianshui-speech-stamp-party-day-cn-date",
        site="戬水党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jsdj.example.gov.cn/djdt/2024/0702/9316.html",
        title="在机关党支部“方寸之间看党史”主题党日活动上的讲话",
        record_title="【方寸党史课】在机关党支部“方寸之间看党史”主题党日活动上的讲话_党建动态_戬水党建网",
        date="2024-06-28",
        date_also=["2024-07-02"],
        notes="a Party-building portal: a study-points prompt, a read-on-phone QR line; the speaker line and a date in Chinese "
        "numerals under the title (the date); the portal's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【方寸党史课】在机关党支部“方寸之间看党史”主题党日活动上的讲话_党建动态_戬水党建网</title>
</head>
<body>
<div class="dj-top">⟦m 戬水党建网⟧　⟦m 中共戬水县委组织部主办⟧</div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 党建动态⟧</li><li>⟦m 组织建设⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋风采⟧</li></ul>
<div class="dj-loc">⟦m 首页 ＞ 党建动态 ＞ 基层党建⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-meta">⟦m 发布日期：2024-07-02　来源：县直机关工委　浏览量：1358⟧</div>
<p class="dj-c">县直机关工委委员、机关第二党支部书记　甘立群</p>
<p class="dj-c">（二〇二四年六月二十八日）</p>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-study">⟦a 读完本文请在“戬水先锋”平台打卡，可记学习积分1分⟧</div>
<div class="dj-qr">⟦a 用手机扫一扫，在掌上继续阅读本页⟧</div>
</div>
<div class="dj-side"><h4>⟦l 学习专题⟧</h4><p>⟦l 党纪学习教育专栏⟧</p><p>⟦l 红色家书诵读展播⟧</p></div>
<div class="dj-ft">⟦m 版权所有：中共戬水县委组织部　晋ICP备19007754号⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们以“方寸之间看党史”为主题开展主题党日活动，一起观看了县集邮协会带来的红色邮票展。一枚枚邮票，记录了我们党从小到大、由弱到强的光辉历程。
刚才，大家在展板前驻足细看，有的同志还认真做了笔记。我想，这就是主题党日应有的样子：把党史学习融入具体可感的载体之中，让历史“活”起来。
借此机会，我讲三点希望。第一，要在学史中坚定信念，从邮票记录的一个个历史瞬间中汲取前进的力量。第二，要在学史中锤炼作风，像集邮者整理邮册那样，把每一项工作做细做实。第三，要在学史中服务群众，把学习成果转化为为民办实事的具体行动。
同志们，七一即将到来。希望大家以这次活动为契机，立足岗位作贡献，以实际行动迎接党的生日。
""",
    ),
    dict(
        slug="party-tuanxi-summary-drying-poles-volunteers-table",
        site="疃溪机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.tuanxi.example.gov.cn/zbfc/2024/0603/2208.html",
        title="机关第三党支部“银龄安居”晾衣竿安装志愿服务活动总结",
        date="2024-05-31",
        notes="record title as is; a Party site's text page: a 'branch style' column line, a table of households by "
        "estate (one row a paragraph), a like button glued before a heading, a points prompt; 成文日期 under the signature",
        page="""
!m 疃溪机关党建网　|　支部风采
!m 位置：首页 › 支部风采 › 为民办实事
{T}
!m 作者：第三党支部　编发：机关工委宣传科
{BODY}
!a 为好支部点赞（已有 97 人点赞）
!l 更多支部风采：第一党支部“书香机关”读书月活动小结
!m 中共疃溪县直属机关工作委员会　版权所有
""",
        body="""
为把“我为群众办实事”落到实处，今年4月至5月，机关第三党支部联合翂园社区开展“银龄安居”志愿服务活动，为辖区独居和高龄老人免费更换、加装晾衣竿。现将活动情况总结如下。
一、基本情况
支部共组织党员志愿者46人次，走访老人家庭58户，为31户安装了升降晾衣竿，为12户加固了原有晾衣竿。
小区　走访户数　安装户数　加固户数
翂园一区　21　12　5
翂园二区　19　11　4
锦纶新村　18　8　3
⟦a 👍 觉得这件实事办得好，点这里为支部加油⟧二、主要体会
一是需求摸得准，事情才办得实。二是党员带头干，群众才信得过。
三、下一步打算
建立回访制度，每季度上门检查一次晾衣竿使用情况，把好事办好、实事办实。
机关第三党支部
2024年5月31日
""",
    ),
    dict(
        slug="hospital-jianshui-notice-consumables-online-scan",
        site="戬水县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jsxrmyy.example.cn/ywgk/2025/0221/1187.html",
        title="关于启用办公耗材线上申领系统的通知",
        record_title="【总务科通知】关于启用办公耗材线上申领系统的通知 - 戬水县人民医院",
        date="2025-02-21",
        notes="a county hospital: a booking float, a 24-hour line and an emergency line beside the notice's own 联系人/内线; "
        "扫码 as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【总务科通知】关于启用办公耗材线上申领系统的通知 - 戬水县人民医院</title>
</head>
<body>
<div class="h-top">⟦m 戬水县人民医院⟧　⟦m 二级甲等综合医院⟧　⟦m 急诊急救：0713-6688120（全天）⟧</div>
<div class="h-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 院务公开⟧</div>
<div class="h-pos">⟦m 当前位置：首页 ＞ 院务公开⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-meta">⟦m 来源：总务科　发布：院办　点击量：522⟧</div>
<div class="h-txt">
{BODY}
</div>
<div class="h-tools">⟦a 打印正文　｜　关闭页面⟧</div>
</div>
<div class="h-float"><p>⟦a 预约挂号⟧</p><p>⟦m 挂号热线 0713-6688000⟧</p><p>⟦a 报告查询⟧</p><p>⟦a 回到顶端⟧</p></div>
<div class="h-ft"><p>⟦m 地址：戬水县城关镇健康路66号　邮编：436300⟧</p><p>⟦d 本网站医疗信息仅供参考，不能代替医生面诊⟧</p></div>
</body>
</html>
""",
        body="""
各科室、病区：
为规范办公耗材管理，提高领用效率，医院决定自2025年3月1日起启用办公耗材线上申领系统。现将有关事项通知如下：
一、硒鼓、复印纸、墨盒等办公耗材一律通过线上系统申领，纸质申领单同时停用。
二、各科室指定一名耗材管理员，用手机扫描总务科发放的二维码登录系统，填写申领品种和数量后提交。
三、硒鼓实行以旧换新，领取新硒鼓时须交回旧硒鼓；复印纸按科室月定额发放，超出定额的须经分管院领导审批。
四、总务科每周二、周五集中配送，急需的可电话联系。
联系人：总务科 邝志勇，内线电话：8216。
戬水县人民医院总务科
2025年2月21日
""",
    ),
    dict(
        slug="hospital-jianshui-tcm-article-back-sprain-drying",
        site="戬水县中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.jsxzyy.example.cn/kpzs/2025/0326/702.html",
        title="晾衣服时腰扭了？康复科医生教你几招",
        record_title="【腰背健康课】晾衣服时腰扭了？康复科医生教你几招-戬水县中医院",
        date="2025-03-26",
        notes="a hospital's health article: the byline's 发布时间 is the date; a booking line and a consultation prompt at "
        "the bottom; a photo placeholder between paragraphs; a numbered list",
        page="""
!m 戬水县中医院 · 健康科普
!m 首页 > 健康科普 > 康复医学
!t 【腰背健康课】晾衣服时腰扭了？康复科医生教你几招
!m 发布时间：2025-03-26　供稿：康复医学科　浏览：860
{BODY}
!d 科普内容仅供参考，身体不适请及时到正规医院就诊
!w 康复科预约请拨打 0713-6675302，或在“戬水中医院”服务号上自助挂号
!l 相关科普：久坐族的腰，每天十分钟就能护好
""",
        body="""
春天回暖，不少人忙着洗晒被褥。康复科门诊最近接诊了好几位在阳台晾衣服时扭伤腰的患者。
为什么晾个衣服也会伤腰？原因主要是晾衣竿装得太高。人踮脚、仰头、双手上举，再加上湿被子分量重，腰部肌肉突然发力，很容易拉伤。
⟦m ［此处为示意图：正确与错误的晾晒姿势对比］⟧
医生建议：
1.尽量选用可升降的晾衣竿，把竿降到胸口高度再晾。
2.晾晒厚重的被褥时，最好两个人配合，或分几次晾。
3.用撑衣杆挑衣服时，双脚前后分开站稳，不要扭着身子发力。
4.一旦扭伤，先停止活动，48小时内可冷敷，疼痛明显或伴有腿麻的，应及时就医。
""",
    ),
    dict(
        slug="univ-xianzhou-news-stamp-design-award-h1",
        site="暹州学院 (invented, university news site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xzxy.example.edu.cn/info/1032/22871.htm",
        title="我校举办第五届“方寸之间”邮票设计大赛颁奖仪式",
        record_title=None,
        date="2024-12-06",
        notes="no record title: the news page's <h1>; the <title> only the site's name; a dotted date in the byline "
        "(the date); a 'previous/next' pair and a 'share' row; photo credit glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>暹州学院新闻网</title>
</head>
<body>
<div class="xz-head">⟦m 暹州学院新闻网⟧　<a>⟦m 学校主页⟧</a>　<a>⟦a 站内检索⟧</a></div>
<div class="xz-nav">⟦m 暹院要闻⟧ ⟦m 综合新闻⟧ ⟦m 院部动态⟧ ⟦m 媒体暹院⟧ ⟦m 校园人物⟧</div>
<div class="xz-art">
<h1>{T}</h1>
<div class="xz-meta">⟦m 2024.12.06　作者：校团委　摄影：郝一鸣　审核：宣传部　点击数：2270⟧</div>
<div class="xz-con">
{BODY}
</div>
<div class="xz-share">⟦a 分享：微信好友　QQ空间　复制本页地址⟧</div>
<div class="xz-pn"><p>⟦l 上一条：学校召开2024年度实验室安全工作会议⟧</p><p>⟦l 下一条：美术学院师生作品亮相省青年美展⟧</p></div>
</div>
<div class="xz-ft">⟦m 暹州学院党委宣传部　地址：暹州市学苑大道1号⟧</div>
</body>
</html>
""",
        body="""
12月5日下午，第五届“方寸之间”邮票设计大赛颁奖仪式在图书馆报告厅举行。校党委副书记柯明远、校团委及美术学院相关负责人出席仪式。
本届大赛以“家乡的山水”为主题，自9月启动以来共收到全校学生投稿作品386件。经初评、复评，最终评出一等奖3件、二等奖6件、三等奖10件。
获得一等奖的美术学院2022级学生鄢雨桐介绍，她的作品以家乡的梯田为原型，用四枚连票表现了春夏秋冬的不同景色。
仪式上，市邮政分公司还为部分获奖作品制作了个性化邮票，并赠送给获奖学生留念。⟦m （图/郝一鸣　文/校团委　编辑/汪洁）⟧
""",
    ),
    dict(
        slug="univ-xianzhou-notice-exam-printing-copy-paper-download",
        site="暹州学院教务处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jwc.xzxy.example.edu.cn/tzgg/2024/1210/3318.htm",
        title="关于做好2024-2025学年第一学期期末考试试卷印制工作的通知",
        record_title="关于做好2024-2025学年第一学期期末考试试卷印制工作的通知-教务处-暹州学院",
        record_date="2024-12-10",
        date="2024-12-10",
        notes="record gives a date and a title with -column-site; a university office's page: quick links, a 'download "
        "area' link in the sidebar beside 下载 as content; signature and date at the end",
        page="""
!m 暹州学院教务处
!m 快速通道：教务系统 ｜ 选课系统 ｜ 下载专区 ｜ 校历
!t 关于做好2024-2025学年第一学期期末考试试卷印制工作的通知-教务处-暹州学院
!m 发布者：考务科　发布日期：2024-12-10　浏览：1566
{BODY}
!a 【收藏本页】【打印】【关闭】
!l 最新通知：关于2025年寒假教学运行安排的通知
!m 暹州学院教务处　电话：0716-8820011（教务科）
""",
        indent="\u3000\u3000",
        body="""
各学院：
2024-2025学年第一学期期末考试将于2025年1月6日开始。为做好试卷印制工作，现将有关事项通知如下：
一、试卷统一由学校文印中心印制，各学院须于12月20日前将试卷电子稿及印制申请单报送文印中心。印制申请单请从教务处网站“下载专区”下载。
二、试卷一律使用80克A4复印纸单面印制，A3答题纸由文印中心统一提供，各学院不得自行采购。
三、印制过程中，文印中心实行双人操作、全程监控，废卷、校样当日销毁。
四、各学院领取试卷时须两人同行，凭工作证签字领取。
教务处
2024年12月10日
""",
    ),
    dict(
        slug="localforum-tuanxi-drying-pole-dripping-jammer-subject",
        site="疃溪论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tuanxi.example.com/forum.php?mod=viewthread&tid=517720",
        title="楼上晾衣竿天天往下滴水，找物业也不管，怎么办？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; a county forum with a weather line, jammer fonts in the post, medals, "
        "a decoration ad between the post and the replies, a 转交/官方回复 link; posted 3 天前, so no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>疃溪论坛 - 疃溪人自己的网上家园</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="tx-top">⟦m 疃溪论坛⟧　⟦m 今日疃溪：多云转小雨 14~21℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="tx-nav">⟦m 疃溪论坛 › 民生诉求 › 物业小区⟧</div>
<div class="tx-thread">
<h1 id="thread_subject">{T}</h1>
<div class="tx-stat">⟦m 查看 1890 ｜ 回复 42⟧</div>
<table><tr><td class="tx-user"><p>⟦m 锦纶新村老住户⟧</p><p>⟦m 勋章：热心街坊⟧</p></td>
<td class="tx-post">
<div class="tx-time">⟦m 发表于 3 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="tx-official"><a>⟦a 已转交相关部门，点此查看官方回复⟧</a></div>
</td></tr></table>
<div class="tx-ad">⟦w 【广告】锦纶装饰：阳台改造、晾衣架安装一条龙，电话 139 0713 2266⟧</div>
<div class="tx-reply">⟦l 2楼 河滨路小李：同病相怜，我家楼上也这样⟧</div>
<div class="tx-reply">⟦l 3楼 社区网格员小汤：请私信门牌号，我们上门协调⟧</div>
</div>
<div class="tx-ft">⟦m 疃溪论坛　鄂ICP备16044105号　站务QQ群：4127 3358⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
住在锦纶新村7栋3楼，楼上4楼的住户在窗外伸了两根晾衣竿，衣服不拧干就挂出去，水一直往下滴，我家阳台窗台天天是湿的。
上周晒的被子刚收回来，上面一大片水渍，只能重洗。找过两次物业，物业说只能上门劝，没办法强制。
我也上去敲过门，对方态度还行，说以后注意，可没过两天又是老样子。
想问问论坛里的朋友，这种情况除了找物业和社区，还有没有别的办法？听说现在城区不让外挑晾衣竿了，能不能打城管电话？
""",
    ),
    dict(
        slug="localforum-junhu-stolen-door-knockers-junk-text",
        site="畯湖论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.junhubbs.example.com/thread-90316-1-1.html",
        title="老街好几户的铜门环被人撬走了，大家留意",
        record_title="[街坊提醒] 老街好几户的铜门环被人撬走了，大家留意 - 街坊杂谈 - 畯湖论坛",
        date="2024-10-29",
        notes="a county forum thread as text: junk lines and junk glued after 。; the 发表于 line is the date; a police "
        "duty phone inside the post (content) beside the forum's ad QQ; a reply floor and a 'hot threads' line",
        page="""
!m 畯湖论坛 › 街坊杂谈
!t [街坊提醒] 老街好几户的铜门环被人撬走了，大家留意
!m 楼主 老街豆浆王　发表于 2024-10-29 08:17　只看楼主
{BODY}
!m 本帖已被版主设为“提醒帖”
!l 沙发　城关阿平：我家隔壁那户也丢了，报警后还没消息
!w 论坛广告位招租，联系站务QQ 3072615489
!l 本版热帖：老街改造到底拆不拆？｜周末哪里能钓鱼
""",
        junk=dict(lines=2, glued=2),
        body="""
今天早上去老街买早点，发现好几户人家大门上的铜门环不见了，只剩下两个空洞洞的钉眼。
问了一下住在那里的刘婶，她说是前天夜里被人撬走的，一共五户，有两对还是清代的老物件。已经报了警，派出所的民警来看过，调了附近的监控。
老街的门环这些年越来越少，有的被收旧货的买走，有的被偷，现在还能看到的不多了。
提醒住老房子的街坊们，晚上关好门，家里有老门环的，可以考虑先拆下来收好，或者装个监控。
如果有人看到可疑的人或者收购铜门环的，请告诉城关派出所，值班电话0713-6612365。
""",
    ),
]
