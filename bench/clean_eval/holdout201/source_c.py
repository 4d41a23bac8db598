"""holdout201, part C: personal collections, Party-building sites, hospitals, colleges, county forums.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="collection-qin-memoir-father-kitchen-knife-gb2312",
        site="秦守拙文存 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.qinshouzhuo-wencun.net/zhaohuo/041.htm",
        title="父亲的那把菜刀",
        record_title="父亲的那把菜刀（灶火集·四十一）— 秦守拙文存",
        date=None,
        notes="a retired teacher's collection in an old table layout: marquee, 繁體 link, chapter links, a visitor counter, the "
        "author's mailbox; a memoir with a year only inside a sentence (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的那把菜刀（灶火集·四十一）— 秦守拙文存</title></head>
<body bgcolor="#fbf7ee" leftmargin="0">
<table width="800" align="center" cellpadding="4"><tr><td bgcolor="#7a4b2a"><font color="#ffffff" size="5">⟦m 秦守拙文存⟧</font>　<font color="#f0e0c0">⟦m 教了一辈子书，写一点旧事⟧</font></td></tr>
<tr><td><marquee scrollamount="2">⟦m 灶火集 · 乡土集 · 讲台集 陆续整理中，谢谢老学生们常来坐坐⟧</marquee></td></tr>
<tr><td align="right"><a href="/big5/">⟦a 繁體閱讀⟧</a>　<a href="/">⟦m 回文存首页⟧</a>　<a href="/zhaohuo/">⟦m 灶火集目录⟧</a></td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font><br><font color="#999999">⟦m 灶火集 第四十一篇　字数 约六百⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←上一篇：鹈口供销社⟧　　⟦l 回目录⟧　　⟦l 下一篇：腊月磨刀匠→⟧</td></tr>
<tr><td><script language="JavaScript">var t=new Date();</script></td></tr>
<tr><td align="center"><font size="2">⟦w 老学生来信请寄：qinshouzhuo@163-mail.net⟧</font><br><font size="2">⟦m 本页已被翻阅 004217 次⟧</font><br><font size="2">⟦d 文存所载均为作者原创，转载请先来信⟧</font></td></tr>
</table>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
父亲那把菜刀，是1978年在鹈口镇供销社买的，黑铁刀身，榆木刀柄，花了两块三毛钱。
那时家里七口人，一日三餐全靠它。切菜、剁肉、劈竹篾，过年还要用它杀鸡。刀用钝了，父亲就端一碗水，坐在门槛上磨，磨一会儿，用大拇指在刃口上轻轻一刮，听那“沙沙”的声音。
我十二岁那年偷拿菜刀削木头手枪，把刃口崩了一个小口。父亲没有骂我，只是磨了整整一个晚上，第二天早上把刀递给我说：“刀是吃饭的家伙，要敬着用。”
后来家里换了不锈钢菜刀，那把老刀就挂在灶屋的墙上。父亲去世后，我把它带进城里，用油纸包好，放在书柜最下层。
如今我也到了父亲当年的年纪，偶尔拿出来磨一磨，听到那熟悉的“沙沙”声，就好像他还坐在门槛上。
""",
    ),
    dict(
        slug="collection-tingchan-memoir-mother-glasses-oneline",
        site="蜩岭听蝉 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://www.tingchan-ji.cn/juan3/mother-glasses.html",
        title="母亲的老花镜",
        record_title="母亲的老花镜 ⋅ 听蝉集（卷三） ⋅ 蜩岭听蝉",
        date=None,
        notes="a personal collection's essay saved with its body on one line; word count, visits, chapter links and a comment box; "
        "a memoir with no date",
        page="""
!m 蜩岭听蝉 · 一个人的小书房
!m 首页 ｜ 听蝉集 ｜ 山居笔记 ｜ 留言
{T}
!m 听蝉集（卷三）　本篇约五百字　已有 1,530 人读过
{BODY}
!l 上一篇：蝉声里的暑假　｜　下一篇：外婆的顶针
!l 读者留言（9）
!l 青柿子：读到最后一段，想起了我妈。
!a 写几句读后感
!m 蜩岭听蝉 © 文字版权归作者
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
母亲是六十岁那年戴上老花镜的，那时她还在缝纫社做零活，穿针总要眯着眼睛对半天。
第一副老花镜是我从县城百货公司买的，玳瑁色的塑料框，母亲嫌贵，说了我好几回，却天天用红绒线拴着挂在脖子上。
后来她的眼睛越来越花，老花镜换了一副又一副，家里的抽屉、针线筐、枕头边，到处都能摸出一副来。她常说，眼镜比孙子还难找。
母亲走后，我整理遗物，一共找出七副老花镜，度数从一百五到三百五，正好记下了她看不清东西的那些年。
我把最后那副留在了自己的书桌上。如今我也开始把报纸拿得远远的，才明白那些年母亲眯着眼睛穿针时，心里有多着急。
""",
    ),
    dict(
        slug="party-yonghu-summary-silver-eyes-table",
        site="鳙湖先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.yhxianfeng.gov.cn/djdt/2025/1028/3316.html",
        title="鹓桥社区党委“银龄护眼”主题党日活动工作总结",
        record_title="【党日掠影】鹓桥社区党委“银龄护眼”主题党日活动工作总结_鳙湖先锋网",
        date="2025-10-24",
        date_also=["2025-10-28"],
        notes="Party-building portal: a study-time prompt, a read-on-phone QR line, the portal's own date (also accepted); "
        "a two-column table one row a paragraph; 成文日期 under the committee's signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【党日掠影】鹓桥社区党委“银龄护眼”主题党日活动工作总结_鳙湖先锋网</title></head><body>
<div class="head">⟦m 鳙湖先锋网⟧ ⟦m 中共鲥江市鳙湖区委组织部主办⟧</div>
<div class="nav">⟦m 首页　要闻　基层党建　党员教育　先锋风采　组工信息⟧</div>
<div class="loc">⟦m 位置：首页 - 基层党建 - 党日掠影⟧</div>
<div class="con">
<h1>{T}</h1>
<p class="src">⟦m 来源：鹓桥社区党委　日期：2025-10-28　字号：大 中 小⟧</p>
<p class="study">⟦a 本页停留满2分钟，自动计入本月学习时长⟧</p>
{BODY}
</div>
<div class="qr">⟦a 手机扫码，把这篇带走读⟧</div>
<div class="prenext">⟦l 上一篇：鹖林社区开展“敲门行动”关爱独居老人⟧<br>⟦l 下一篇：区委组织部召开基层党建观摩推进会⟧</div>
<aside class="zt"><h3>⟦l 专题专栏⟧</h3><p>⟦l 党纪学习教育　“红色帮帮团”在行动⟧</p></aside>
<script src="/js/jquery.qrcode.min.js"></script>
<div class="foot">⟦m 主办：中共鲥江市鳙湖区委组织部　联系邮箱：yhzzb@sj-mail.gov.cn⟧<br>⟦m 粤ICP备09020611号-4⟧</div>
</body></html>
""",
        body="""
10月以来，鹓桥社区党委以“银龄护眼”为主题，组织党员志愿者开展了为期三周的主题党日活动，现将有关情况总结如下。
一、活动开展情况
社区党委联合辖区眼镜店和社区卫生服务站，组织党员志愿者入户走访、集中验光、上门送镜。
项目　数量
入户走访老人　326户
集中验光　212人次
免费配送老花镜　187副
转介眼科就诊　23人
二、主要收获
活动让党员在服务中受教育，也摸清了辖区老年人的用眼需求。不少老人第一次知道老花镜需要验光，也有三位老人因此及早发现了白内障。
三、存在的不足
一是部分行动不便的老人没能参加集中验光；二是后续回访机制还不健全。下一步，社区党委将把上门验光纳入“红色帮帮团”常态服务。
中共鹓桥社区委员会
2025年10月24日
""",
    ),
    dict(
        slug="party-fangcheng-speech-smart-access-cn-date",
        site="鲂城党建网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.fcdj.gov.cn/ldjh/2025/0708/1152.html",
        title="在鲂西街道“红色物业”智慧门禁启用仪式上的讲话",
        date="2025-07-07",
        date_also=["2025-07-08"],
        notes="record title as is; a date under the speech title in Chinese numerals (expected), the portal's posting date also "
        "accepted; speaker line neutral; a study-points line and share row",
        page="""
!m 鲂城党建网
!m 首页 > 领导讲话
{T}
（二〇二五年七月七日）
街道党工委书记　贺文涛
!m 来源：鲂西街道党工委　发布时间：2025-07-08　阅读：604
{BODY}
!a 学完本篇，记得在“鲂城e支部”打卡
!l 转发到：党员群｜支部群｜朋友圈
!l 推荐阅读：鲂城县“红色物业”三年行动方案解读
!m 中共鲂城县委组织部主办　技术维护：县大数据中心
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友，同志们：
今天，鲂西街道首批六个老旧小区的智慧门禁正式启用了。从今天起，居民朋友们可以刷门禁卡进门，也可以用手机或刷脸进门，外来人员进小区要登记，单元门口再也不是谁都能进的“敞口门”了。
这件事，是街道党工委今年承诺的十件民生实事之一。从年初征求意见到今天启用，社区党组织、物业企业和业委会开了二十多次协调会，党员志愿者上门为1800多户居民登记信息、发放门禁卡，特别是为独居老人逐户讲解使用方法。
门禁装上了，管好用好更要紧。物业要守好设备，保证坏了当天修；社区要把门禁数据用在安全服务上，决不能泄露居民信息；也请居民朋友们不要把门禁卡随手借给陌生人。
最后，感谢大家的支持！
""",
    ),
    dict(
        slug="hospital-shijiang-article-reading-glasses-booking-float",
        site="鲥江市第二人民医院网站 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.sjey.com.cn/kpzs/2025/0318/2290.html",
        title="老花镜可以随便买吗？眼科医生：先验光再配镜",
        record_title="【眼健康小课堂】老花镜可以随便买吗？眼科医生：先验光再配镜-鲥江市第二人民医院",
        date="2025-03-18",
        notes="hospital page: a booking float, a 24-hour emergency line and a switchboard in the footer beside the eye clinic's own "
        "咨询电话 in the body; the 发布日期 line is the page's date; author/reviewer line; an experts list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【眼健康小课堂】老花镜可以随便买吗？眼科医生：先验光再配镜-鲥江市第二人民医院</title></head><body>
<div class="top">⟦m 鲥江市第二人民医院⟧ ⟦m 三级综合医院 · 医者仁心⟧ <a>⟦a 网上预约⟧</a> <a>⟦a 报告查询⟧</a></div>
<div class="nav">⟦m 首页　医院概况　就医指南　科室导航　健康科普　护理园地⟧</div>
<div class="path">⟦m 您现在的位置：首页 » 健康科普 » 眼健康小课堂⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-03-18　作者：眼科 巫慧敏　审核：医务部⟧</p>
{BODY}
</div>
<div class="side"><h3>⟦l 眼科专家⟧</h3><p>⟦l 巫慧敏　主任医师　周二、周四上午⟧</p><p>⟦l 戴航　副主任医师　周一、周三全天⟧</p></div>
<div class="float-yy">⟦a 挂号·点这里⟧</div>
<script>var yyEntry="/yuyue/index.html";</script>
<div class="foot"><p>⟦m 急诊急救（24小时）：0785-8230120　总机：0785-8230000⟧</p><p>⟦m 地址：鲥江市鳙湖区健康路66号⟧</p><p>⟦m 粤ICP备11058230号　©鲥江市第二人民医院⟧</p></div>
</body></html>
""",
        body="""
每到门诊，总有老人拿着在地摊上买的老花镜来问：“医生，我这副眼镜怎么越戴越累？”
眼科主任医师巫慧敏介绍，老花是晶状体调节能力下降引起的，但很多老人同时还有近视、远视或散光，两只眼睛的度数也常常不同。成品老花镜两眼度数一样、瞳距固定，戴着容易出现视疲劳、头晕、眼胀。
她建议，第一次配老花镜前，最好到医院做一次全面检查，排除白内障、青光眼、眼底病变等疾病，再根据验光结果配镜；此后每两年复查一次。
我院眼科每周一至周五开设视光门诊，老年患者可提前一天预约。眼科门诊咨询电话：0785-8230641。
""",
    ),
    dict(
        slug="hospital-guixi-tcm-article-knife-cut-first-aid",
        site="鳜溪县中医院网站 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.gxzyy.cn/jkkp/2025/0126/886.html",
        title="切菜切到手，先别急着撒面粉",
        record_title="切菜切到手，先别急着撒面粉｜急诊科·健康科普｜鳜溪县中医院",
        date="2025-01-26",
        notes="hospital text page: booking and emergency hotlines at the top, the 发布日期 line as the page's date, numbered first-aid "
        "steps, a related list and a footer",
        page="""
!m 鳜溪县中医院
!m 预约挂号：0799-6288000　｜　急诊：0799-6288120（全天候）
!m 首页 / 健康科普 / 急诊科
{T}
!m 发布日期：2025-01-26　来源：急诊科　浏览：733
{BODY}
!l 相关科普：烫伤后先冲凉水还是先涂药膏｜鱼刺卡喉别吞饭团
!a 【打印】【收藏】【返回顶部】
!m 鳜溪县中医院　地址：鳜溪县城关镇杏林路3号
""",
        indent="\u3000\u3000",
        body="""
春节前家里备年菜，急诊科接诊的菜刀切伤明显增多，最多的一天接了11例。急诊科护士长翁小禾提醒，切伤后的处理有讲究。
1.先止血。用干净纱布或毛巾直接按压伤口5至10分钟，同时把受伤的手抬高过心脏。
2.再冲洗。血止住后用流动的清水冲洗伤口，不要往伤口上撒面粉、香灰、牙膏，这些东西容易引起感染。
3.看深浅。伤口小而浅的，可用碘伏消毒后贴上无菌敷料；伤口长、深、边缘不齐，或者按压15分钟仍出血不止的，要尽快到医院缝合。
4.防破伤风。被生锈的刀具切伤，或伤口较深，应在24小时内到医院评估是否需要注射破伤风疫苗。
此外，切菜时手指要弯成“猫爪”状，刀刃不要朝向自己；家里有孩子的，菜刀要放到高处。
""",
    ),
    dict(
        slug="college-sjit-notice-freshmen-access-no-title",
        site="鲥江理工学院保卫处网站 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bwc.sjit.edu.cn/info/1031/2216.htm",
        title="关于2025级新生校园卡门禁权限开通的通知",
        record_title=None,
        date="2025-08-25",
        date_also=["2025-08-27"],
        notes="university office page: no record title (the <h1>), a dotted college date line (also accepted), numbered items, an "
        "app named as content, the office's own phone beside the university's switchboard; 成文日期 under the office's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>保卫处</title></head><body>
<div class="hd">⟦m 鲥江理工学院 保卫处⟧ <a>⟦m 学校主页⟧</a> <a>⟦a EN⟧</a></div>
<div class="menu">⟦m 首页　机构设置　通知公告　安全教育　办事指南⟧</div>
<div class="pos">⟦m 首页 >> 通知公告 >> 正文⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="sub">⟦m 2025.08.27　　点击：2,946⟧</p>
{BODY}
</div>
<div class="tool">⟦a 【打印正文】 【关掉此页】⟧</div>
<div class="quick"><h4>⟦l 快速通道⟧</h4><p>⟦l 校园卡服务　车辆通行证办理　失物招领⟧</p></div>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<div class="ft">⟦m 鲥江理工学院保卫处　地址：鲥江市学院路1号　邮编：523901⟧<br>⟦m 学校总机：0785-8811000⟧　⟦m Copyright © 鲥江理工学院⟧</div>
</body></html>
""",
        body="""
各学院、2025级新生：
为保障学生宿舍和实验楼安全，学校宿舍区和实验楼实行校园卡门禁管理。现将2025级新生门禁权限开通事项通知如下：
1.权限开通。新生报到当天领取校园卡后，宿舍楼门禁权限于当日18:00前自动开通。
2.首次使用。首次刷卡前，请在“鲥理工”APP上完成人脸信息采集，门禁支持刷卡和刷脸两种方式。
3.挂失补办。校园卡遗失的，请立即在APP上挂失，凭学生证到一卡通服务中心补办，补办后门禁权限两小时内恢复。
4.注意事项。严禁将校园卡借给他人进入宿舍，严禁尾随他人进入；23:30至次日6:00宿舍门禁关闭，确需出入的须在值班室登记。
门禁使用问题请咨询保卫处治安科，电话：0785-8811207。
保卫处
2025年8月25日
""",
    ),
    dict(
        slug="college-bszy-notice-canteen-knife-register",
        site="鳊山职业技术学院后勤管理处网站 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hq.bszy.edu.cn/tzgg/2025/0310/440.html",
        title="关于学生食堂刀具实行实名领用登记的通知",
        record_title="后勤动态 • 关于学生食堂刀具实行实名领用登记的通知 — 鳊山职院后勤管理处",
        record_date="2025-03-10",
        date="2025-03-10",
        notes="college logistics text page: the record gives the date; the notice's own 联系人/电话 beside the office's 24-hour "
        "repair line; numbered requirements",
        page="""
!m 鳊山职业技术学院 · 后勤管理处
!m 后勤首页 ｜ 饮食服务 ｜ 公寓管理 ｜ 维修服务 ｜ 通知公告
{T}
!m 作者：饮食服务科　　时间：2025-03-10　　阅读：518
{BODY}
!l 上一条：关于开展春季食堂食品安全自查的通知
!l 下一条：学生公寓热水供应时间调整公告
!m 后勤报修（24小时）：0763-5236000
!m 鳊山职业技术学院后勤管理处 版权所有
""",
        indent="\u3000\u3000",
        body="""
各食堂承包单位：
为加强学生食堂刀具安全管理，经学校研究，自3月17日起，学生食堂菜刀、砍骨刀、剔骨刀等刀具实行实名领用登记。现将有关要求通知如下：
一、各食堂要为每把刀具编号并建立台账，报后勤管理处备案。
二、刀具上班时由厨师本人签字领用，下班时清洗消毒后交回，食堂主管当面清点、签字确认。
三、刀具柜应安装在监控范围内，夜间上锁，钥匙由食堂主管保管。
四、后勤管理处每周抽查一次，对台账缺失、刀具去向不明的，按承包合同予以处理。
联系人：饮食服务科　祁向东，电话：0763-5236017。
后勤管理处
2025年3月10日
""",
    ),
    dict(
        slug="localforum-guixi-post-access-card-fee-jammer",
        site="鳜溪生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.guixilife.com/thread-88216-1-1.html",
        title="小区门禁卡补办一张要收50元，合理吗？",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject), a weather line, medals, a decoration ad, a forward-to-department "
        "link, jammer-font junk in the post, a numbered list of questions; relative post time, no date",
        page="""
<html><head><meta charset="gbk"><title>小区门禁卡补办一张要收50元，合理吗？ - 百姓呼声 - 鳜溪生活网</title>
<style>.jammer{display:none}</style></head><body>
<div class="tb">⟦m 鳜溪生活网⟧ ⟦m 今日鳜溪：多云 17～26℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div class="nv">⟦m 首页　百姓呼声　房产家居　二手市场　招聘求职⟧</div>
<div class="pt">⟦m 鳜溪生活网 › 百姓呼声 › 帖子⟧</div>
<div class="adline">⟦w 老房翻新找鳜溪木言装饰，免费上门量房 微信 muyan_zs⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="pi">⟦m 楼主：城东小鱼　发表于 4 天前　｜　查看 2710　回复 64⟧</div>
<div class="medal">⟦m 勋章：热心街坊　爆料达人⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zj">⟦a 已转交县住建局物业科，等待部门答复⟧</div>
<div class="rp">⟦l 2楼 阿福嫂：我们小区补卡20，当场拿⟧</div>
<div class="rp">⟦l 3楼 鳜溪老街：收费标准应该公示在物业服务中心⟧</div>
<div class="fp">⟦a 回复楼主请先登录⟧</div>
<script src="static/js/common.js?Kx9"></script>
<div class="ft">⟦m 鳜溪生活网 guixilife.com　赣ICP备16011935号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我家住城东的欂栌苑小区，上周孩子把门禁卡弄丢了，去物业补办，说一张要交50块钱，还得等三天。
我查了一下，同样的卡网上卖几块钱一张，物业说里面有加密芯片，成本高。可是去年刚交了门禁改造费，现在补一张卡又要50，实在想不通。
想问问大家：
1.你们小区补卡收多少钱？
2.物业收这个钱有没有依据，要不要经过业委会同意？
3.这种情况可以找哪个部门反映？
不是差这几十块钱，就是想弄明白。
""",
    ),
    dict(
        slug="localforum-litang-post-fake-lock-cylinder-sellers",
        site="蠡塘论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.litangbbs.com/forum.php?mod=viewthread&tid=31207",
        title="提醒街坊：有人冒充物业上门推销“免费换锁芯”",
        record_title="〔扩散〕提醒街坊：有人冒充物业上门推销“免费换锁芯” - 蠡塘杂谈 - 蠡塘论坛",
        date=None,
        notes="county forum text: the poster quotes a community policeman's mobile (body) beside a forum ad's phone (chrome); "
        "一、二、三 points; relative post times, no date",
        page="""
!m 蠡塘论坛 — 蠡塘人的网上家园
!m 蠡塘论坛 › 蠡塘杂谈
!t 〔扩散〕提醒街坊：有人冒充物业上门推销“免费换锁芯”
!m 楼主 塘边晒网　　发表于 前天 19:32　　只看楼主
{BODY}
!m 本帖被版主加入“安全提醒”专辑
!l 沙发　水杉林：转给我爸妈了
!l 板凳　蠡塘老朱：我们楼也来过，没开门
!w 开锁换锁找蠡塘快捷锁业，24小时上门 13307859900
!a 发帖须先绑定手机号
""",
        body="""
今天上午，我家楼上来了两个穿蓝马甲的人，说是物业派来的，要给每户“免费升级锁芯”。
我留了个心眼，打电话问物业，物业说根本没有这回事。后来听邻居讲，这两个人先说换锁芯免费，换完又说新锁芯是什么“超C级”，要收三百八，不给钱就不走。
在这里提醒各位街坊，特别是家里有老人的：
一、物业或社区统一换锁，一般会提前在单元门口贴通知，可以打物业电话核实；
二、陌生人上门推销，不要开门，更不要让他们碰家里的锁；
三、真要换锁芯，找正规开锁店，问清价格再动手。
我已经把情况报给了社区民警，民警老郑的电话是13907851126，遇到类似情况也可以直接打给他。
""",
    ),
]
