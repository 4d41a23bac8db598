"""holdout369, part C: personal collections, Party-building sites, hospitals, universities, local forums, a download station. Invented text."""

CASES = [
    dict(
        slug="anthology-banmuzhai-memoir-heating-table-gb2312",
        site="半亩斋文钞 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.banmuzhai.example.net/wenchao/juan4/019.htm",
        title="外婆的电暖桌",
        record_title="外婆的电暖桌（《半亩斋文钞》卷四·第十九篇）",
        date=None,
        notes="gb2312 collection page: marquee, 繁體/简体 links, chapter links, visitor counter and the author's mailbox; a memoir closing with a year-only 记于 line (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>外婆的电暖桌（《半亩斋文钞》卷四·第十九篇）</title>
<style type="text/css">td{font-size:14px;line-height:200%}</style>
</head>
<body bgcolor="#f6f1e4">
<table width="780" align="center" border="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 半亩斋文钞⟧</font><br>⟦m 周守拙散文随笔自选集⟧</td></tr>
<tr><td><marquee behavior="alternate" scrollamount="2">⟦m 文钞已收文章二百一十篇，每逢初一、十五添新篇⟧</marquee></td></tr>
<tr><td align="right">⟦a <a href="?lang=big5">繁体版</a>｜<a href="?lang=gb">简体</a>⟧　<a href="/wenchao/">⟦m 总目⟧</a></td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center"><font color="gray">⟦m 卷四　乡居旧事⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←上篇：老屋后的柿子树⟧　⟦l 卷四目录⟧　⟦l 下篇：舅舅的二八自行车→⟧</td></tr>
<tr><td align="center"><hr size="1">⟦d 文钞所收皆为拙作，转载请来信告知⟧<br>⟦m 来信请寄：banmuzhai_zhou@example.net⟧<br>⟦m 本页已被翻阅 12083 次⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
外婆家在挹川乡下，冬天冷得早。小时候每到寒假，我最盼的就是钻进外婆的火桌子。
那时的火桌子是木头做的，桌面下留一个空，放一只陶火盆，盆里是烧得通红、又压了一层灰的木炭。一家人围坐，棉被搭在腿上，外婆一边纳鞋底，一边讲她年轻时赶集的事。
后来舅舅在城里打工，给外婆买回一张电暖桌。桌子底下装着发热管，插上电，一拧旋钮就热，不用生炭，也没有烟。外婆起初不放心，总要伸手到桌下摸一摸，生怕它“烧起来”。
用了两个冬天，外婆才真正喜欢上它。她说，最好的是夜里不用起来添炭了。
如今外婆已经不在，那张电暖桌还摆在老屋的堂前。每回回去，我都要坐一坐，把手放在桌面上，好像还能摸到一点暖。
乙巳年冬月，记于挹川城西
""",
    ),
    dict(
        slug="anthology-wuyan-essay-glow-stars-dorm-oneline",
        site="梧檐集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wuyanji.example.org/juan2/17.html",
        title="窗边的那几颗星",
        record_title="窗边的那几颗星 ·《梧檐集》第二卷",
        date=None,
        notes="whole essay on one line, paragraphs only separated by their ideographic-space indents; collection header, chapter links and a reader count; no date",
        page="""
!m 梧檐集　｜　一个中学语文老师的旧文
!m 第二卷 · 青年时
{T}
!m 作者：梧檐　　字数：约600　　阅读：2147
{BODY}
!l 〈 上一篇　　第二卷目录　　下一篇：师范食堂的二两米饭 〉
!l 读者留言（14）
!l 柚子：我们宿舍当年也贴过，是月亮和小船
!d 梧檐集文字版权归作者所有，未经同意请勿转载或收入任何文集。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
读师范那年，我们宿舍的上铺老萧从家里带来一包夜光贴，说是他妹妹偷偷塞进行李箱的。
那是一包五角星，最大的有巴掌大，最小的只有指甲盖那么一点。老萧把它们贴在宿舍的天花板上，排成一个歪歪扭扭的猎户座，说是照着地理课本贴的。
熄灯以后，八个人躺在床上，看着那几颗绿莹莹的星星，谁也不说话。过了一会儿，有人开始讲家里的事，讲着讲着，声音就低了下去。
毕业那天，我们把星星一颗一颗揭下来，每人分了一颗。我那颗后来夹在一本旧词典里，早就不亮了。
前些日子整理书柜，它从书页里掉了出来。我把它放在窗台上晒了一下午，晚上关灯一看，竟然还透出一点点微光。
""",
    ),
    dict(
        slug="dangjian-xianfeng-speech-glow-volunteers-cn-date",
        site="俨城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.ycxianfeng.example.cn/jcdj/2025/1016/12288.html",
        title="在“楼道微光”党员志愿服务项目启动仪式上的讲话",
        record_title="【支部在身边】在“楼道微光”党员志愿服务项目启动仪式上的讲话_基层党建_俨城先锋网",
        date="2025-10-15",
        date_also=["2025-10-16"],
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker line and a date in Chinese numerals under the title (neutral); the page's posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【支部在身边】在“楼道微光”党员志愿服务项目启动仪式上的讲话_基层党建_俨城先锋网</title>
<script src="/js/xf-common.js"></script>
</head>
<body>
<div class="xf-banner">⟦m 俨城先锋网⟧ <span>⟦m 中共俨城市委组织部主办⟧</span></div>
<div class="xf-nav">⟦m 首页 · 要闻 · 基层党建 · 党员教育 · 干部工作 · 人才工作⟧</div>
<div class="xf-path">⟦m 您所在的位置：首页 ＞ 基层党建 ＞ 街道社区⟧</div>
<div class="xf-article">
<h1>{T}</h1>
<div class="xf-info">⟦m 来源：僖园街道党工委　发布时间：2025-10-16　浏览量：842⟧</div>
<div class="xf-study">⟦a 登录“先锋学习”账号，读完本文可得 1 学分⟧</div>
<p class="speaker">僖园街道党工委书记　荀立诚</p>
<p class="speaker">（二〇二五年十月十五日）</p>
<div class="xf-text">
{BODY}
</div>
<div class="xf-qr">⟦a 手机扫码，把这篇讲话带在路上读⟧</div>
<div class="xf-edit">⟦m 责任编辑：尚文渊⟧</div>
</div>
<div class="xf-side"><h3>⟦l 基层党建 · 最新⟧</h3>
<ul><li>⟦l 勰湖区“红色物业”观摩会召开⟧</li><li>⟦l 僖园街道开展党员冬训第一课⟧</li></ul></div>
<div class="xf-foot">⟦m 主办：中共俨城市委组织部　浙ICP备09011452号⟧<br>⟦d 本网刊发文章版权归原作者和本网所有⟧</div>
</body>
</html>
""",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“楼道微光”党员志愿服务项目。这个项目的内容很简单，就是由街道党员志愿者给辖区23个老旧小区的楼道贴上夜光指示贴，让老人们夜里上下楼看得见台阶、找得到出口。
为什么要做这件事？今年夏天走访时，好几位老人跟我们说，晚上楼道灯坏了，只能扶着墙一步一步往下挪。有一位八十多岁的老党员，就是夜里下楼时摔伤了腿。群众的小事，就是我们党员的大事。
下面，我提三点希望。第一，要把活干细。每一级台阶、每一个转角都要贴到位，贴完要逐层检查。第二，要把话说到。张贴时顺便问问老人家里还有什么难处，能解决的当场解决，解决不了的记下来交给社区。第三，要把事做长。夜光贴会褪色、会脱落，各支部要认领楼栋，每季度回访一次。
同志们，一张夜光贴照亮的是一段楼梯，连着的是党员和群众的心。预祝项目圆满成功！
""",
    ),
    dict(
        slug="dangjian-zhuoshan-summary-heating-tables-table-record-title",
        site="倬山党建 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.zhuoshan.example.cn/zbfc/20260105/4471.html",
        title="侬塘村党支部2025年“冬日暖巢”志愿服务工作总结",
        date="2025-12-30",
        date_also=["2026-01-05"],
        notes="record title as is; data table one row a paragraph; study-points line between paragraphs; 成文日期 in Chinese numerals under the signature, the posting date also accepted",
        page="""
!m 倬山党建
!m 中共倬山县委组织部
!m 首页 ＞ 支部风采 ＞ 村级党组织
{T}
!m 发布时间：2026-01-05　　来源：玤口镇党委　　阅读：319
!a 字号：A+　A　A-　　　分享到学习群
{BODY}
!l 【相关】玤口镇党员志愿服务积分兑换细则出台
!l 【相关】衮河沿线村“党员联户”经验做法
!m 倬山党建网　版权所有　技术支持：倬山县信息中心
""",
        indent="\u3000\u3000",
        body="""
今年11月以来，村党支部围绕“让老人温暖过冬”，组织党员志愿者开展“冬日暖巢”行动，重点为独居、高龄老人解决冬季取暖和用电安全问题。现将有关情况总结如下。
一、摸清底数。支部8名党员分片入户，走访全村60岁以上老人132户，其中独居老人27户，建立了“一户一卡”。
二、送暖上门。争取镇慈善分会和爱心企业支持，为17户困难老人送去电暖桌，并由村电工上门检查线路、单独安装插座。
⟦a 党员读完全文并留言，可记学习积分1分⟧
三、讲清安全。每送一张电暖桌，志愿者都当面教老人使用，反复叮嘱桌下不放衣物、睡前要断电。
四、回访跟进。志愿者每周回访一次，发现问题及时处理。主要数据如下：
项目　户数　备注
入户走访　132　覆盖全部老年户
赠送电暖桌　17　困难独居老人优先
更换老化插座　23　村电工义务完成
下一步，支部将把回访纳入党员“设岗定责”，确保整个冬季不断档。
侬塘村党支部
二〇二五年十二月三十日
""",
    ),
    dict(
        slug="hospital-yancheng-third-notice-ward-adapters-record-date",
        site="俨城市第三人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yc3hospital.example.cn/ywgk/tzgg/20250915/2031.html",
        title="关于病区禁止使用自带插头转换器和插线板的通知",
        record_title="关于病区禁止使用自带插头转换器和插线板的通知 ▪ 院务公开 ▪ 俨城三院",
        record_date="2025-09-15",
        date="2025-09-15",
        notes="hospital page: booking float, 24-hour line, experts list; the notice's own 咨询电话 (保卫科) beside the hospital's switchboard and booking lines; a sentence about scanning a code as content; date in the record",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于病区禁止使用自带插头转换器和插线板的通知 ▪ 院务公开 ▪ 俨城三院</title>
<link rel="stylesheet" href="/css/hosp.css">
</head>
<body>
<div class="h-top">⟦m 俨城市第三人民医院⟧ ⟦m 二级甲等综合医院⟧ <span>⟦m 24小时总值班：0575-86339000⟧</span></div>
<div class="h-nav">⟦m 医院概况 ｜ 科室导航 ｜ 专家介绍 ｜ 就医指南 ｜ 院务公开 ｜ 健康科普⟧</div>
<div class="h-path">⟦m 首页 → 院务公开 → 通知公告⟧</div>
<div class="h-art">
<h2>{T}</h2>
<div class="h-meta">⟦m 发布科室：保卫科　日期：2025-09-15　浏览：1522⟧</div>
<div class="h-con">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 本周坐诊专家⟧</h4>
<p>⟦l 心内科　时永康　主任医师　周二上午⟧</p>
<p>⟦l 呼吸科　幸若兰　副主任医师　周四全天⟧</p></div>
<div class="h-float">⟦w 在线预约挂号 · 分时段就诊 0575-86339111⟧</div>
<div class="h-foot">⟦m 地址：俨城市勰湖区康宁路66号　邮编：312099⟧<br>⟦d 本网站健康信息仅供参考，不能代替医生面诊⟧<br>⟦m 浙ICP备12044073号⟧</div>
</body>
</html>
""",
        body="""
各病区、各位患者及家属：
近期，医院在安全检查中发现，部分病房有患者家属用自带的插头转换器、插线板给手机、电饭煲、取暖器等供电，有的插在床头设备带上，与医疗设备共用电源。为保障医疗设备运行和患者安全，现通知如下：
一、病区内禁止使用自带的插头转换器、插线板，禁止使用电饭煲、电热水壶、取暖器等大功率电器。
二、各病区护士站设有公共充电柜，患者及家属可扫码免费使用。
三、床头设备带上的电源插座仅供医疗设备使用，任何人不得私自接用。
四、保卫科和后勤保障部将不定期检查，发现违规电器暂时代为保管，出院时归还。
感谢大家的理解和配合。
咨询电话：保卫科 0575-86339120
俨城市第三人民医院
2025年9月15日
""",
    ),
    dict(
        slug="hospital-yichuan-tcm-article-eye-strain-lightbar",
        site="挹川县中医院 (invented hospital site)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="text",
        source="http://www.ycxzyy.example.cn/jkkp/2025/0221/862.html",
        title="长时间看屏幕眼睛酸？试试这四招",
        record_title="【眼科小讲堂】长时间看屏幕眼睛酸？试试这四招 - 挹川县中医院",
        date="2025-02-21",
        notes="hospital text page: byline 发布时间 is the page's date; numbered list; a booking prompt glued after a sentence; 24-hour and booking lines at the foot",
        page="""
!m 挹川县中医院
!m 首页 | 名医堂 | 特色专科 | 健康科普 | 预约挂号
!m 位置：健康科普 » 眼科
{T}
!m 发布时间：2025-02-21　　作者：眼科 沈清扬　　审核：医务科
{BODY}
!l 上一篇：立春后养肝，这几样菜可以多吃
!l 下一篇：儿童近视防控，家长最容易忽视的三件事
!m 24小时急诊：0578-52261120　　预约电话：0578-52261000
!m 地址：挹川县城关镇杏林路18号
!d 科普文章仅供参考，具体诊疗请遵医嘱
""",
        indent="\u3000\u3000",
        body="""
冬季昼短夜长，不少人下班后还要对着电脑加班，眼睛干涩、酸胀的情况明显增多。我院眼科门诊近一个月接诊的视疲劳患者比秋季多了近三成。眼科主治医师沈清扬提醒大家，可以从四个方面缓解：
1. 改善照明。晚上用电脑不要只开屏幕，可以给显示器装一个挂灯，或者打开台灯，让桌面和屏幕的亮度接近。
2. 注意距离。屏幕离眼睛50至70厘米，屏幕上沿略低于视线。
3. 多眨眼、常远眺。每用眼40分钟，起身看看窗外6米以外的地方，做几次慢眨眼。
4. 热敷按摩。用温热毛巾敷眼10分钟，再轻揉睛明、攒竹、太阳等穴位。
如果眼部不适持续两周以上，或者出现视力下降、眼痛，应及时到医院就诊。⟦w 眼科专家号可在“挹川中医”小程序提前7天预约⟧
""",
    ),
    dict(
        slug="college-yanzhi-news-keyboard-volunteers-missing-title",
        site="俨城职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ycvtc.example.edu.cn/xyxw/2025/0522/5519.html",
        title="电子信息学院志愿者为图书馆清洁近三百台电脑键盘",
        record_title=None,
        date="2025-05-22",
        notes="no title in the record, <title> only the college's name: the <h1> holds it; a dotted college date is the page's date; a campus-photos link between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<title>俨城职业技术学院</title>
<script src="/_js/jquery.sudy.wp.visitcount.js"></script>
</head>
<body>
<div class="yz-head">⟦m 俨城职业技术学院⟧ ⟦m Yancheng Vocational &amp; Technical College⟧</div>
<div class="yz-nav">⟦m 学院概况　院系设置　教育教学　招生就业　校园文化　信息公开⟧</div>
<div class="yz-path">⟦m 当前位置：首页 » 学院新闻 » 正文⟧</div>
<div class="yz-art">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 发布日期：2025.05.22　｜　供稿：电子信息学院　｜　浏览：<span>513</span>⟧</p>
<div class="read">
{BODY}
</div>
<p class="arti_editor">⟦m 文/图：宗欣怡　编辑：仝乐　审核：费振声⟧</p>
</div>
<div class="yz-links">⟦l 友情链接：俨城市教育局 ｜ 俨城理工大学 ｜ 全国职业院校技能大赛⟧</div>
<div class="yz-foot">⟦m 地址：俨城市勰湖区职教路1号　邮编：312088⟧ ⟦m 浙ICP备05012397号⟧</div>
</body>
</html>
""",
        body="""
5月20日至21日，电子信息学院青年志愿者协会的26名志愿者走进校图书馆，为电子阅览室和检索区的286台电脑键盘进行了一次清洁。
志愿者们分成6个小组，先给电脑断电，再用键盘刷逐行清扫键帽缝隙，最后用酒精棉片擦拭键面和鼠标。遇到按键卡顿、字迹磨损的键盘，志愿者逐一登记，交给图书馆技术部统一维修更换。
⟦l 点此查看活动现场组图（12张）⟧
图书馆技术部负责人郜长林说，阅览室的键盘使用频率高，平时只能做简单擦拭，这次志愿者帮了大忙。
活动结束后，协会与图书馆商定，今后每月第三周安排一次清洁服务，并把清洁要点做成卡片，放在每台电脑旁。
""",
    ),
    dict(
        slug="university-yanli-notice-adapters-international-students",
        site="俨城理工大学国际交流处 (invented university site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://oic.ylg.example.edu.cn/tzgg/20250828/701.html",
        title="关于为新入学国际学生发放插头转换器的通知",
        record_title="关于为新入学国际学生发放插头转换器的通知_通知公告_国际交流处 · 俨城理工大学",
        date="2025-08-28",
        notes="university office page: the notice's own contact, phone and mailbox; a bilingual switch and a campus-map link; 成文日期 under the signature",
        page="""
!m 俨城理工大学　国际交流处
!a 中文 ｜ EN
!m 处首页 > 公告通知
{T}
!m 发布者：国际学生事务办公室　　时间：2025-08-28 16:20　　阅读：904
{BODY}
!l 附：校园地图（国际学生公寓位置）
!l 相关通知：2025级国际学生报到须知　｜　国际学生医疗保险办理说明
!m 俨城理工大学国际交流处　地址：行政楼五楼　版权所有
""",
        indent="\u3000\u3000",
        body="""
各位2025级国际学生：
欢迎来到俨城理工大学！考虑到大部分同学携带的电子产品插头与我国插座不兼容，国际交流处为每位新生准备了一个多国通用插头转换器。现将领取事项通知如下：
一、领取时间：9月1日至9月5日，每天9:00—17:00。
二、领取地点：国际学生公寓1号楼一楼服务台。
三、领取方式：凭护照或录取通知书领取，每人限领一个，代领需出示被代领人证件复印件。
四、使用提示：我国民用电压为220伏，请确认电器铭牌上标有“220V”或“100-240V”后再使用；吹风机、卷发棒等大功率电器请勿通过转换器长时间使用。
如有疑问，请联系国际学生事务办公室。
联系人：苗可欣　电话：0575-86770352　邮箱：isso@ylg.example.edu.cn
国际交流处
2025年8月28日
""",
    ),
    dict(
        slug="localforum-zhuoshan-heating-table-fire-jammer-missing-title",
        site="倬山人家论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.zhuoshanrenjia.example.com/thread-775301-1-1.html",
        title="楼下邻居家电暖桌烧了，大家冬天用的时候千万注意",
        record_title=None,
        date=None,
        notes="county forum: weather line, medals, jammer fonts, a decoration ad with a QQ, a forward-to-department link; thread subject is the title (record has none); a numbered list of the poster's own; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>倬山人家论坛 - 百姓杂谈</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div class="zs-bar">⟦m 倬山人家⟧ ⟦m 今日倬山：小雨转阴 2℃～7℃⟧ <a>⟦a 签到领铜板⟧</a></div>
<div class="zs-crumb">⟦m 倬山人家 ＞ 百姓杂谈 ＞ 正文⟧</div>
<div class="post">
<div class="user">⟦m 玤口老四⟧ <span>⟦m 勋章：热心乡邻 · 三年老友⟧</span></div>
<h1 id="thread_subject">{T}</h1>
<div class="ptime">⟦m 发表于 前天 23:17⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="forward">⟦l 本帖已转交县应急管理局，等待官方回复⟧</div>
<div class="po">⟦a 支持(58)　反对(0)　回复　分享⟧</div>
</div>
<div class="replies">
<p>⟦l 2楼 衮河边的猫：我家也用电暖桌，回去就把桌布剪短了⟧</p>
<p>⟦l 3楼 小区业主阿彬：物业看看帖子吧，灭火器真该换了⟧</p>
</div>
<div class="ad">⟦w 倬山本地家装，全屋焕新 QQ 3015569280⟧</div>
<div class="ft">⟦m 倬山人家论坛 ( 浙ICP备16027751号 )⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
昨天晚上十点多，我们楼下三单元一户人家的电暖桌烧起来了，整个楼道都是烟，好多人穿着睡衣就往外跑。
听说是老人在桌子底下烤袜子，睡着了没关电。幸好对门的小伙子闻到焦味去敲门，拿灭火器喷灭了，人没事，就是沙发和桌子全烧了。
发这个帖子就是想提醒大家：
第一，桌子底下千万别烤东西，袜子、鞋垫、毛巾都不行。
第二，桌布别拖到地上，那个发热管很烫的。
第三，睡觉、出门一定要拔插头，别光关开关。
第四，家里备个灭火器，几十块钱的事。
另外想问问物业，我们小区楼道的灭火器多久没检查了？我下楼看了一下，压力表的指针都到红区了。
""",
    ),
    dict(
        slug="localforum-yichuan-glow-stairs-junk",
        site="挹川在线 · 街坊茶座 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.yichuanzaixian.example.cn/t/3318824",
        title="我们单元自己凑钱给楼梯贴了夜光贴，效果出乎意料",
        record_title="【邻里晒晒】我们单元自己凑钱给楼梯贴了夜光贴，效果出乎意料（附买料明细）",
        date=None,
        notes="county forum as text: junk lines and junk glued after 。; a weather line, floor replies, an official-account ad; relative post time is no date",
        page="""
!m 挹川在线 · 街坊茶座
!m 今日挹川　阴　1℃～8℃　空气质量：良
!m 茶座首页 ＞ 邻里之间
!t 【邻里晒晒】我们单元自己凑钱给楼梯贴了夜光贴，效果出乎意料（附买料明细）
!m 楼主：城西老粮站　　发表于 昨天 20:06　　查看 3188　回复 64
{BODY}
!l 沙发　挹水人家：点赞！我们楼也想弄，求链接
!l 板凳　城西老粮站 回复 挹水人家：搜“夜光胶带 2cm”就行
!l 地板　老街坊：楼道灯坏了几年没人修，物业呢？
!a 回复本帖　　|　　我也要晒
!w 本地生活号“挹川小喇叭”招募爆料员，微信 ycxlb_2025
!m 挹川在线 版权所有 · 违法和不良信息举报：0578-52200110
""",
        junk=dict(lines=2, glued=3),
        body="""
我们住的是城西老粮站宿舍，九十年代的老楼，楼道灯坏了好几年，一直没人管。
上个月单元群里有人提议自己贴夜光贴，一户出十块钱，六层十二户，凑了一百二。三楼的王叔在网上买了两卷夜光胶带，又买了一包箭头贴。
周六下午，几个退休的叔叔阿姨一起动手，每级台阶的边上贴一条，每个拐角贴一个箭头，一共贴了两个多小时。
晚上关灯一看，台阶边一条条绿线清清楚楚，比想象中亮多了。对门八十岁的刘奶奶说，晚上下楼倒垃圾终于不用打手电了。
有几条经验分享一下：贴之前一定要把台阶擦干净，不然几天就翘边；胶带选宽一点的，两厘米左右正好；箭头要贴在眼睛平视的高度，太低了看不见。
花钱不多，大家都说值。
""",
    ),
    dict(
        slug="download-baishi-rule-callcenter-lightbars-doc-gb2312",
        site="百拾资料站 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="规定",
        kind="other",
        form="html",
        source="http://www.baishi-ziliao.example.com/soft/zhidu/20511.html",
        title="呼叫中心座席显示器挂灯使用管理规定",
        record_title="呼叫中心座席显示器挂灯使用管理规定.doc",
        date=None,
        notes="file-name record title; gb2312 download page: file-info table, three download links, an unzip password, a dead-link report; 第N条 articles; no date (effective on issue)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>呼叫中心座席显示器挂灯使用管理规定.doc - 百拾资料站</title>
<script language="JavaScript" src="/js/count.js"></script>
</head>
<body>
<table width="980" align="center" cellspacing="0" cellpadding="0">
<tr><td class="logo">⟦m 百拾资料站⟧　⟦m 制度·表格·范本，一站拾齐⟧</td><td align="right">⟦a 把百拾放进收藏 | 手机访问⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 ┊ 规章制度 ┊ 合同范本 ┊ 表格大全 ┊ 工作总结 ┊ 课件教案⟧</td></tr>
<tr><td colspan="2" class="path">⟦m 当前位置：百拾资料站 → 规章制度 → 行政管理⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" bordercolor="#d8d8d8">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：34 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 整理者：资料小拾⟧</td><td>⟦m 更新于：上月 12 日⟧</td></tr>
<tr><td>⟦m 下载次数：1207⟧</td><td>⟦m 推荐星级：★★★★☆⟧</td></tr>
<tr><td colspan="2" class="intro">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载通道：电信高速下载　联通备用下载　本站本地下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压口令：baishi（若无法打开请先更新解压软件）⟧</td></tr>
<tr><td colspan="2">⟦a 发现下载地址失灵？点此报告给管理员⟧</td></tr>
</table>
<table width="980" align="center"><tr><td align="center">
⟦d 本站资料由网友提供并整理，仅供交流参考，商用请联系原作者⟧<br>
⟦m 百拾资料站 baishi-ziliao.example.com　冀ICP备15021784号⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范呼叫中心座席照明设备的使用，保护座席人员视力，制定本规定。
第二条　本规定所称显示器挂灯，是指安装在座席显示器上沿、为桌面提供局部照明的灯具。
第三条　显示器挂灯由综合保障部统一采购、安装和登记，座席人员不得自行拆卸、更换或带离。
第四条　夜班及阴雨天气，座席人员应开启挂灯，亮度以桌面文字清晰、屏幕无反光为宜。
第五条　挂灯出现闪烁、不亮、夹具松动等情况，座席人员应通过工单系统报修，不得自行拆修。
第六条　交接班时，接班人员应检查挂灯状态，并在交接记录中注明。
第七条　本规定由综合保障部负责解释，自印发之日起执行。
""",
    ),
]
