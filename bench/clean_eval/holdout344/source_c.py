"""holdout344, part C: personal collections, Party-building sites, hospitals, universities and
county forums. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-jianshan-memoir-bamboo-cutlery-box-gb2312",
        site="茧山闲话 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.jianshan-zayi.cn/juan3/p19.htm",
        title="父亲编的竹餐具盒",
        record_title="父亲编的竹餐具盒 —— 茧山闲话（作者手订本）",
        date=None,
        notes="retired teacher's collection in an old table layout: marquee, volume links, author's mailbox and a "
        "visitor counter; a memoir with only a place line (no date); a chapter-jump line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲编的竹餐具盒 —— 茧山闲话（作者手订本）</title>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td><marquee direction="left" scrollamount="2">⟦m 老屋、旧物、乡音——一个退休教书匠的零碎记忆⟧</marquee></td></tr>
<tr><td align="center"><font size="5" color="#663300">⟦m 茧山闲话⟧</font><br><font size="2">⟦m 柯守拙 著⟧</font></td></tr>
<tr><td align="center">⟦l 卷一·童年　｜　卷二·求学　｜　卷三·家常　｜　卷四·师友⟧</td></tr>
</table>
<table width="780" align="center" border="1" bordercolor="#C8B88A" cellspacing="0" cellpadding="12">
<tr><td>
<p align="center"><b>⟦t 父亲编的竹餐具盒 —— 茧山闲话（作者手订本）⟧</b></p>
<p align="right">⟦m 卷三·家常　第十九篇⟧</p>
{BODY}
</td></tr>
</table>
<table width="780" align="center" border="0">
<tr><td>⟦l ← 卷三第十八篇：灶膛里的烤红薯⟧</td><td align="right">⟦l 卷三第二十篇：端午的艾草 →⟧</td></tr>
<tr><td colspan="2" align="center">⟦w 欢迎来信交流：keshouzhuo@139.com⟧</td></tr>
<tr><td colspan="2" align="center">⟦m 本站开通以来访问量：<font color="red">0041976</font>⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是个篾匠。小时候家里吃饭的碗筷，从来不放在碗柜里，而是装在他编的一只竹餐具盒里，挂在灶台边的墙上。
那只餐具盒是用茧山后坡的水竹编的，三格，上宽下窄，底下留着一排细细的缝，碗筷洗完插进去，水就顺着缝滴到地上。父亲说，竹子透气，筷子不会发霉。
⟦l 【本卷目录】点击返回卷三·家常⟧
每年腊月，父亲都要把餐具盒摘下来，放在大锅里用开水煮一遍，再拿到院子里晒上两天。我那时候嫌麻烦，他却说：“吃饭的家什，马虎不得。”
后来我到县城教书，家里换了不锈钢的餐具架，那只竹餐具盒就收进了阁楼。前年整理老屋，我把它找了出来，竹篾已经发黄，格子却一根没散。
现在它挂在我书房的墙上，不装碗筷了，插着几支毛笔。有客人问起，我就说，这是我父亲的手艺。
写于茧山老屋
""",
    ),
    dict(
        slug="anthology-text-rinse-cups-dorm-oneline",
        site="晚檐小品 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://wanyan-xiaopin.net/txt/012.txt",
        title="师范宿舍窗台上的漱口杯",
        record_title="师范宿舍窗台上的漱口杯 ·《晚檐小品》卷上其十二",
        date=None,
        notes="an essay on one line (paragraphs separated only by their indent); collection header and chapter "
        "links around it; no date (only a season in the last line)",
        page="""
!m 《晚檐小品》　汪静之 随笔集
!m 目录 ｜ 上一篇：操场边的老槐树 ｜ 下一篇：第一次站上讲台
!t 师范宿舍窗台上的漱口杯 ·《晚檐小品》卷上其十二
{BODY}
!l ［返回目录］　［上一篇］　［下一篇］
!d 本集文字为作者自存，转载请注明出处
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
读师范那三年，我们宿舍住八个人，窗台上就排着八只漱口杯。
杯子是入学时学校统一发的，白底红字，印着“咏川师范”四个字。为了不拿错，大家各自在杯底做了记号：有人贴胶布，有人用小刀刻名字，我在杯把上缠了一圈红毛线。
每天早上六点，起床铃一响，八个人端着漱口杯挤到走廊尽头的水房，叮叮当当，像一支不成调的乐队。冬天水冷，大家就先在杯里兑一点暖瓶里的热水，谁的暖瓶满，谁就成了那天早上最受欢迎的人。
毕业那天，我们把漱口杯留在了窗台上，说是留给下一届的师弟。后来回学校，宿舍楼早已翻新，窗台上再也没有那排杯子了。
那年秋天，整理旧物时想起，记下几笔。
""",
    ),
    dict(
        slug="dangjian-juanyuan-summary-rinse-cups-volunteers",
        site="咏川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="总结",
        kind="summary",
        form="html",
        source="http://www.ycxianfeng.cn/jcdj/sqdj/202411/t20241120_77316.html",
        title="眷园社区党支部“小杯子·暖人心”为独居老人更换漱口杯志愿服务活动总结",
        record_title="【网格志愿·纪实】眷园社区党支部“小杯子·暖人心”为独居老人更换漱口杯志愿服务活动总结_咏川先锋网",
        date="2024-11-18",
        date_also=["2024-11-20"],
        notes="Party-building portal: a study-points prompt, a read-on-phone QR line, a data table (one row a "
        "paragraph, cells apart by ideographic spaces); the posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【网格志愿·纪实】眷园社区党支部“小杯子·暖人心”为独居老人更换漱口杯志愿服务活动总结_咏川先锋网</title></head>
<body>
<div class="xf-top">⟦m 咏川先锋网　中共咏川市委组织部主办⟧</div>
<ul class="xf-nav"><li>⟦m 首页⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋风采⟧</li><li>⟦m 组工信息⟧</li></ul>
<div class="xf-loc">⟦m 您所在的位置：首页 &gt;&gt; 基层党建 &gt;&gt; 社区党建⟧</div>
<h1 class="xf-h1">{T}</h1>
<div class="xf-source">⟦m 来源：汪湖区眷园社区　｜　发布日期：2024-11-20　｜　字号：大 中 小⟧</div>
<div class="xf-study">⟦a 登录“先锋学习”账号，阅读满3分钟可计学习积分⟧</div>
<div class="xf-article">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫码，把这篇带回家读⟧</div>
<div class="xf-related"><h4>⟦l 相关阅读⟧</h4><p>⟦l 熏风里社区党员“敲门行动”温暖独居老人⟧</p><p>⟦l 汪湖区开展党员志愿服务月活动⟧</p></div>
<div class="xf-foot">⟦m 咏川先锋网　版权所有　赣ICP备10007238号　党员服务热线：12371⟧</div>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
为做实“我为群众办实事”，10月下旬至11月中旬，眷园社区党支部组织党员志愿者开展了“小杯子·暖人心”志愿服务活动，为辖区独居老人上门更换漱口杯和牙刷，同步开展口腔健康宣传。现将活动情况总结如下。
一、基本情况
活动共组织党员志愿者26人次，联系社区卫生服务站医生2名，走访独居、高龄老人47户，为老人更换防摔漱口杯47只、软毛牙刷94支。
服务网格　走访户数　更换漱口杯　发放宣传册
一网格　18　18　18
二网格　16　16　16
三网格　13　13　13
二、主要做法
一是摸清需求，网格员提前入户了解老人口腔护理情况；二是医生随行，现场讲解漱口杯清洁和假牙护理方法；三是建立台账，约定半年后回访。
三、下一步打算
社区党支部将把此项活动纳入党员志愿服务常态化项目，每半年开展一次。
中共眷园社区支部委员会
2024年11月18日
""",
    ),
    dict(
        slug="dangjian-text-speech-tape-dispenser-cn-date",
        site="轩岭机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://jgdj.xuanling.gov.cn/ztdr/2024/0423/1082.html",
        title="在“节约办公从一只胶带座做起”主题党日活动上的讲话",
        record_title="〔党日实录〕在“节约办公从一只胶带座做起”主题党日活动上的讲话 - 轩岭机关党建网",
        date="2024-04-19",
        date_also=["2024-04-23"],
        notes="speech with a date in Chinese numerals and a speaker line under its title (both neutral); the "
        "page's posting date differs; a 'study-card' prompt between paragraphs",
        page="""
!m 轩岭机关党建网　　县直机关工委主办
!m 首页 ＞ 主题党日 ＞ 正文
!t 〔党日实录〕在“节约办公从一只胶带座做起”主题党日活动上的讲话
!m 发稿：2024-04-23　　来源：县直机关工委　　阅读：612
{T}
（二〇二四年四月十九日）
县直机关工委书记　汪立新
{BODY}
!a 【分享到学习群】　【打印】　【收藏到我的学习夹】
!l ◆ 同期链接：县直机关“光盘行动”倡议
!m 轩岭机关党建网　地址：轩岭县行政中心5楼
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天这个主题党日，题目定得很小：从一只胶带座做起。为什么选这个题目？上个月，工委办公室清点办公用品，发现各部门领用的胶带座已经超过三百个，平均每人将近两个，不少是用了一两次就丢在抽屉里，有的切刀还没拆封。
一只胶带座值不了几个钱，可它反映的是我们机关的作风问题：领用不登记，使用不爱惜，坏了就换新的。这和中央关于党政机关过紧日子的要求是不相符的。
⟦a 学习卡：本次党日活动计入个人年度学习记录⟧
借这次党日活动，我提三点要求。第一，各支部要把办公用品节约纳入支部工作，带头清理闲置物品，能共用的共用。第二，机关事务部门要建立办公用品领用台账，胶带座、订书机等耐用品以旧换新。第三，每名党员都要从身边小事做起，节约一张纸、一段胶带、一度电。
同志们，节约办公不是小题大做，而是作风建设的具体体现。希望大家从今天做起，从自己做起。
""",
    ),
    dict(
        slug="hospital-ychk-rinse-cups-degradable-record-date",
        site="咏川市口腔医院官网 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yckqyy.com/news/gonggao/2024-05-08/612.html",
        title="口腔科门诊启用一次性可降解漱口杯的公告",
        record_title="【看牙须知】口腔科门诊启用一次性可降解漱口杯的公告-门诊服务-咏川市口腔医院",
        record_date="2024-05-08",
        date="2024-05-08",
        notes="hospital page: booking float, 24-hour line, experts list; the department's own 咨询电话 beside "
        "the hospital's booking and emergency lines; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【看牙须知】口腔科门诊启用一次性可降解漱口杯的公告-门诊服务-咏川市口腔医院</title></head>
<body>
<div class="yy-top">⟦m 咏川市口腔医院　三级口腔专科医院⟧　⟦m 预约挂号：0739-8612000⟧　⟦m 夜间急诊：0739-8612120（24小时）⟧</div>
<ul class="yy-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 新闻公告⟧</li></ul>
<div class="yy-pos">⟦m 首页 / 新闻公告 / 医院公告⟧</div>
<h1>{T}</h1>
<div class="yy-date">⟦m 时间：2024-05-08　作者：门诊部　浏览：1290⟧</div>
<div class="yy-body">
{BODY}
</div>
<div class="yy-experts"><h4>⟦l 口腔科坐诊专家⟧</h4><p>⟦l 汪振华 主任医师（周一、周三上午）⟧</p><p>⟦l 冉丽 副主任医师（周二、周五全天）⟧</p></div>
<div class="yy-float">⟦a 在线预约 · 免排队⟧</div>
<div class="yy-foot">⟦m 咏川市口腔医院　地址：咏川市汪湖区湖滨南路218号　赣ICP备12004571号⟧</div>
</body>
</html>
""",
        body="""
尊敬的患者朋友：
为落实塑料污染治理要求，保障诊疗安全，我院口腔科门诊自2024年5月13日起，将原有的一次性塑料漱口杯全部更换为可降解纸质漱口杯。现将有关事项公告如下：
一、新漱口杯采用食品级淋膜纸制作，一人一杯、用后即弃，患者漱口后请将杯子留在漱口台上，由护士统一处理。
二、儿童患者就诊时，可向护士申领加厚防捏漱口杯。
三、使用过程中如有意见建议，欢迎向门诊部反映。
口腔科咨询电话：0739-8612235（工作日8:00—17:30）。
感谢您的理解与支持！
咏川市口腔医院门诊部
2024年5月8日
""",
    ),
    dict(
        slug="hospital-text-cutlery-boxes-inpatient-wrapped",
        site="滁湾县人民医院网站 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cwxrmyy.com/yyxw/tzgg/2024/08/3315.html",
        title="关于住院患者订餐统一使用可循环餐具盒的通知",
        record_title="关于住院患者订餐统一使用可循环餐具盒的通知 - 病区服务 - 滁湾县人民医院",
        date="2024-08-12",
        notes="hospital notice as text, hard-wrapped at 56 columns; the nutrition department's 内线 beside the "
        "hospital switchboard and complaint line; a 'follow for the menu' line between paragraphs",
        page="""
!m 滁湾县人民医院　　二级甲等综合医院
!m 总机：0739-7723001　　投诉电话：0739-7723315
!m 医院首页 >> 医院新闻 >> 通知公告
{T}
!m 发布：营养科　　点击：573次
{BODY}
!l 上一条：关于调整门诊夜间急诊分诊流程的通知
!l 下一条：我院开展2024年“医师节”系列活动
!m 滁湾县人民医院　地址：滁湾县城南大道99号
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各病区、各住院患者及家属：
为减少一次性餐盒使用，提高住院患者订餐的卫生水平，经医院研究，自2024年8月20日起，住院患者订餐统一使用可循环不锈钢餐具盒。现将有关事项通知如下：
一、餐具盒由营养科统一配送、统一回收，每只餐具盒贴有病区和床号标签，请勿带离病区。
二、患者用餐后，请将餐具盒放在床头柜上，配餐员将于餐后一小时内回收，送回营养科清洗消毒。
⟦a 关注医院服务号“滁湾县医”，每天查看订餐菜单⟧
三、传染病区患者仍使用一次性餐盒，由病区按医疗废物规定处理。
四、餐具盒如有遗失或损坏，请及时告知病区护士站。
联系人：营养科　冉春燕，内线：8306。
滁湾县人民医院营养科
2024年8月12日
""",
    ),
    dict(
        slug="university-ycsf-news-umbrella-bag-machines-missing",
        site="咏川师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ycsfxy.edu.cn/info/1021/6518.htm",
        title="图书馆东门新添两台自助雨伞套机",
        record_title=None,
        date="2024-06-18",
        notes="university news page: title only in the <h1> (missing from the record); a dotted date line is the "
        "page's date; a campus-photos link between paragraphs; an editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>图书馆东门新添两台自助雨伞套机-咏川师范学院新闻网</title></head>
<body>
<div class="sf-head">⟦m 咏川师范学院新闻网⟧　⟦m 笃学　敦行　为师⟧</div>
<ul class="sf-nav"><li>⟦m 学院要闻⟧</li><li>⟦m 校园动态⟧</li><li>⟦m 媒体师院⟧</li><li>⟦m 图说师院⟧</li></ul>
<div class="sf-path">⟦m 当前位置：首页 » 校园动态 » 正文⟧</div>
<h1 class="sf-h1">{T}</h1>
<div class="sf-info">⟦m 2024.06.18　　来源：图书馆　　作者：冉晓晗　　点击：[1187]⟧</div>
<div class="sf-content">
{BODY}
</div>
<div class="sf-prev">⟦l 上一篇：我校学子在省师范生教学技能大赛中获佳绩⟧</div>
<div class="sf-foot">⟦m 咏川师范学院党委宣传部　地址：咏川市汪湖区师院路1号　邮编：341099⟧</div>
</body>
</html>
""",
        body="""
本网讯　入梅以来，连续降雨让图书馆东门大厅的地面时常湿滑。6月中旬，图书馆在东门入口新添了两台自助雨伞套机，读者进馆前将湿伞插入机器即可自动套袋，既方便又能避免雨水滴落。
伞套机旁还设置了滴水伞架和伞套回收箱，读者也可以把伞放在伞架上，出馆时再取。
⟦l 点击查看更多校园雨景照片⟧
图书馆读者服务部负责人介绍，伞套机采用可降解材料的伞套，每台可装约300只。图书馆还招募了学生志愿者，雨天在入口引导读者使用，并定时清理回收箱。
“以前进门要甩半天伞，现在一插一拉就好了。”文学院大二学生汪可心说。⟦m 编辑：柯宁　审核：冉建国⟧
""",
    ),
    dict(
        slug="university-text-report-dish-brushes-canteen-survey",
        site="咏川理工学院学生工作网 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://xsc.ycligong.edu.cn/xshgz/2024/1212/2204.html",
        title="学生食堂自助洗碗区洗碗刷使用情况调研报告",
        record_title="【学生会调研】学生食堂自助洗碗区洗碗刷使用情况调研报告 - 学工视窗",
        date="2024-12-10",
        notes="a student union's survey with a data table (cells apart by ideographic spaces); a reviewer "
        "line glued after a sentence; 成文日期 under the signature",
        page="""
!m 咏川理工学院 · 学生工作处
!m 首页 > 学生组织 > 学生会动态
!t 【学生会调研】学生食堂自助洗碗区洗碗刷使用情况调研报告
!m 发布：校学生会生活部　｜　浏览 402 次
{T}
{BODY}
!a 【返回列表】　【关闭窗口】
!m 咏川理工学院学生工作处　地址：咏川市郎桥路88号
""",
        indent="\u3000\u3000",
        body="""
为了解学生食堂自助洗碗区洗碗刷的使用和卫生状况，11月下旬，校学生会生活部对三个学生食堂开展了调研，共发放问卷600份，收回有效问卷552份，并实地观察了各食堂洗碗区。
一、基本情况
食堂　洗碗刷数量　更换周期　满意率
一食堂　24把　每两周　71%
二食堂　18把　每月　52%
三食堂　12把　不固定　38%
二、发现的问题
一是洗碗刷数量不足，用餐高峰时排队等刷子；二是部分刷子长时间泡在水槽里，刷毛发黑；三是三食堂没有固定的更换周期。⟦m （调研数据经生活部部长复核）⟧
三、建议
建议各食堂按高峰人数配足洗碗刷，设置挂架让刷子沥干，统一每两周更换一次，并在洗碗区张贴更换日期。
校学生会生活部
2024年12月10日
""",
    ),
    dict(
        slug="county-forum-takeaway-cutlery-box-jammer",
        site="滁湾论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="http://bbs.chuwan.cc/thread-508812-1-1.html",
        title="外卖送来的餐具盒盖子扣不紧，汤洒了一路",
        record_title="[槽点] 外卖送来的餐具盒盖子扣不紧，汤洒了一路 - 滁湾杂谈 - 滁湾论坛",
        date=None,
        notes="county forum: weather line, medals, a decoration ad with a phone, a forward-to-bureau link, "
        "jammer-font junk in the post; posted '昨天' (no date)",
        page="""
<html>
<head><meta charset="gbk"><title>[槽点] 外卖送来的餐具盒盖子扣不紧，汤洒了一路 - 滁湾杂谈 - 滁湾论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div class="cw-top">⟦m 滁湾论坛 · 滁湾人自己的网上家园⟧　⟦m 今天 小雨 18~23℃⟧</div>
<div class="cw-pos">⟦m 滁湾论坛 › 滁湾杂谈 › 帖子详情⟧</div>
<div class="cw-thread">
<div class="cw-user">⟦m 城南老码头⟧<br>⟦m 勋章：热心网友 · 十年老坛友⟧</div>
<div class="cw-post">
<h1>⟦t [槽点] 外卖送来的餐具盒盖子扣不紧，汤洒了一路⟧</h1>
<div class="cw-time">⟦m 发表于 昨天 19:52 ｜ 只看楼主⟧</div>
<div class="cw-msg">
{BODY}
</div>
<div class="cw-forward">⟦a 转交县市场监管局 · 官方回复通道⟧</div>
<div class="cw-act">⟦a 回复　顶　踩　分享⟧</div>
</div>
</div>
<div class="cw-ad">⟦w 滁湾装修找老汪，全包半包都接，电话 13907395218⟧</div>
<div class="cw-foot">⟦m 滁湾论坛 bbs.chuwan.cc　赣ICP备13002769号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
昨晚在城东一家粉店点了份牛肉汤粉，送到家拆开一看，汤洒了半袋子，餐具盒盖子只扣住了一边，袋子里全是油。
打电话给店家，老板说是新换的餐具盒，盖子卡扣比以前的浅，好几个顾客都反映过了。我问为什么不换回去，他说新盒子便宜一毛多。
我不是计较这一份粉钱，是觉得这种盒子装热汤太危险了，烫着小孩怎么办？骑手也说，这家的单子他都不敢骑快。
希望店家多花一毛钱，换个扣得紧的餐具盒。也想问问懂行的坛友，外卖餐具盒有没有什么标准，盖子扣不紧算不算质量问题？
""",
    ),
    dict(
        slug="county-forum-text-umbrella-bag-machine-broken-missing",
        site="轩岭生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.xlshw.com/t/227615",
        title="县医院门诊楼门口的伞套机又坏了",
        record_title=None,
        date=None,
        notes="county forum as text: thread subject as the title (missing from the record); junk lines and junk "
        "glued after sentences; '2 小时前' (no date); an official-reply link and replies below",
        page="""
!m 轩岭生活网论坛 — 吃喝玩乐 · 家长里短
!m 轩岭生活网论坛 » 民生直通车 » 浏览帖子
{T}
!m 楼主：雨天骑车人　｜　2 小时前　｜　查看 318　回复 11
{BODY}
!a ☞ 本帖已推送至“民生直通车”，等待部门回复
!l 1# 北门阿姨：上礼拜我去也是坏的，地上全是水
!l 2# 轩岭县人民医院（认证）：感谢反映，已通知后勤维修
!l 3# 雨天骑车人：谢谢，希望尽快修好
!a 还没注册？注册后可以回帖发图
!m 轩岭生活网　客服电话 0739-8231777
""",
        junk=dict(lines=2, glued=2),
        body="""
今天上午带老人去县医院看病，门诊楼门口那台伞套机又坏了，伞插进去拉不出袋子，后面排了一串人。
这已经是这个月第三次碰到了。伞套机旁边连个提示都没有，大家只好拿着湿伞进大厅，大厅地面全是水，保洁员拖都拖不过来。我亲眼看到一位拄拐的老人差点滑倒，幸好旁边有人扶了一把。
不是说一定要有伞套机，坏了修就是了。修不了的话，门口放个滴水的伞架、铺块防滑垫也行啊。
医院人来人往，老人孩子多，这种小事希望能重视一下。
""",
    ),
]
