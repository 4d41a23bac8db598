"""holdout375, part C: a Q&A, personal collections, Party portals, hospitals, colleges, a county forum.

Invented text; see ../README.md and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="qa-jiashi-basket-springs-back-text",
        site="家事问问 (invented Q&A), text",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.jiashiwenwen.com/question/551902",
        title="橱柜拉篮推进去总是弹出来，关不严怎么办？",
        record_title="橱柜拉篮推进去总是弹出来，关不严怎么办？ - 家事问问·厨房收纳",
        date=None,
        notes="Q&A as text: the question as the title (decorated in the record), a numbered answer, answer time "
        "'昨天' and a vote row; no date",
        page="""
!m 家事问问 — 过日子的疑难，这里有人答
!m 家事问问 > 厨房收纳 > 橱柜五金
{T}
!m 提问：周末大扫除　　3人关注　　浏览 1045
!m 最佳回答　　木工阿满　回答于 昨天 19:42
{BODY}
!a 👍 有帮助 58　　👎 没帮助 2　　💬 追问
!l 类似问题：拉篮滑轨有响声怎么办？
!l 类似问题：调味拉篮能不能改装成阻尼的？
!d 以上回答由网友提供，仅供参考，动手维修请注意安全。
!m 家事问问 jiashiwenwen.com　沪ICP备18040352号-5
""",
        body="""
这种情况多半是滑轨的问题，可以按下面的顺序自己排查：
1.先把拉篮里的东西全部拿出来，空篮推一下。如果空篮能关严，说明是装得太重，滑轨被压得往下沉了，减少篮里的瓶瓶罐罐就行。
2.空篮也弹出来，就看看柜体底板是不是往外倾斜。可以调节柜脚高度，让柜子略微往里倾。
3.带阻尼的滑轨，末端有个缓冲器，用久了会卡住。把拉篮拆下来，用干布擦掉轨道里的油污和碎屑，再滴一点缝纫机油。
4.如果滑轨已经明显变形，就只能买同尺寸的滑轨换掉了，拆之前记得拍照留底，免得孔位装错。
""",
    ),
    dict(
        slug="anthology-zhuchuang-memoir-coil-holder-gb2312",
        site="竹窗旧话——倪老师文集 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zhuchuangjiuhua.com/wj/juan2/019.htm",
        title="外婆的铁皮蚊香盘",
        record_title="外婆的铁皮蚊香盘（竹窗旧话·卷二第十九则）",
        date=None,
        notes="old table layout: marquee, 繁體/简体 links, volume and chapter links, visitor counter, the author's mailbox; "
        "a memoir with only a 甲辰年夏 line (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>外婆的铁皮蚊香盘（竹窗旧话·卷二第十九则）</title>
</head>
<body bgcolor="#fbf8ef" topmargin="0">
<table width="800" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td><marquee behavior="alternate">⟦m 竹窗听雨，旧话重提——倪景澄先生文集⟧</marquee></td></tr>
<tr><td align="right">⟦a [繁體] [简体] [字大些] [字小些]⟧</td></tr>
<tr><td>⟦m 文集首页 ｜ 卷一 稠溪旧影 ｜ 卷二 灯下琐记 ｜ 卷三 教书三十年 ｜ 留言簿⟧</td></tr>
</table>
<table width="800" align="center" border="1" bordercolor="#d8cfb8" cellspacing="0" cellpadding="12">
<tr><td align="center"><font size="5"><b>{T}</b></font><br><font color="#999">⟦m 卷二·灯下琐记　第十九则⟧</font></td></tr>
<tr><td>
{BODY}
<p align="right">甲辰年夏　记于朐阳寓所</p>
</td></tr>
<tr><td align="center">⟦l ← 第十八则 老街的剃头挑子⟧　⟦l 回目录⟧　⟦l 第二十则 竹凉床 →⟧</td></tr>
</table>
<table width="800" align="center"><tr><td align="center"><font size="2">
⟦m 本文集承蒙读者厚爱，您是第 086412 位来访者⟧<br>
⟦w 欢迎来信交流：ni_jingcheng@163.com⟧<br>
⟦d 文集内容为倪景澄先生原创，转载请告知作者。⟧
</font></td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
外婆家在稠溪的老街上，夏天一到，屋里的蚊子能把人抬走。天一擦黑，外婆就从碗柜顶上取下那只铁皮蚊香盘，点上一盘蚊香，放在堂屋正中的青砖地上。
那只蚊香盘是外公用一只旧饼干盒的盖子改的，中间焊了一根细铁丝做支架，铁丝顶端弯成一个小钩，正好卡住蚊香的中心。
外婆点蚊香很讲究，总要先把两盘粘在一起的蚊香轻轻掰开，一次只点一盘，点着以后用手扇灭明火，只留一点红星。她说明火会燎着东西，红星慢慢烧才安稳。
香灰落在盘子里，第二天一早外婆把它倒进院子的月季花下，说这灰能肥花。
如今老街拆了，外婆也走了多年，那只蚊香盘却一直放在我家的储物间里。每到夏天闻到蚊香的味道，我就会想起那个青砖地上的小红点。
""",
    ),
    dict(
        slug="anthology-songdeng-memoir-father-pencil-knife",
        site="松灯夜记 (invented personal collection of a retired teacher), text",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://songdengyeji.net/juan4/07.html",
        title="父亲的削笔刀",
        record_title="父亲的削笔刀 ——《松灯夜记》卷四之七",
        date=None,
        notes="collection page as text: volume links, visitor count, a mailbox line; memoir without any date",
        page="""
!m 松灯夜记　·　贾秋生文集
!m 卷一 山村课堂　卷二 同学少年　卷三 乡音　卷四 家常
!t 父亲的削笔刀 ——《松灯夜记》卷四之七
{T}
!m 卷四·家常　　第七篇　　字数：约五百
{BODY}
!l 上篇：母亲的针线笸箩　　下篇：冬夜烤红薯
!l 返回卷四目录
!m 本站访问人次：41127
!w 读者来信请寄：songdeng_jia@126.com
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
父亲是小学教员，一辈子和粉笔、铅笔打交道。他的上衣口袋里总插着一把削笔刀，黑色胶木柄，刀片只有两寸长。
那时候学生用的铅笔大多是几分钱一支的，笔芯软，一写就断。下课铃一响，总有孩子举着断了芯的铅笔围到父亲跟前。父亲接过笔，刀口朝外，三两下削出一个匀称的尖，再吹掉木屑递回去。
我上小学后也想要一把这样的刀。父亲不肯，只教我用他的刀，说刀要朝外推，手指头永远躲在刀背后面。
父亲退休那年，把那把刀连同一盒用剩的铅笔头交给了我。刀片早已磨窄了，我没舍得扔，夹在他的教案本里一起收着。
""",
    ),
    dict(
        slug="party-tihu-summary-guasha-volunteer-table",
        site="逖湖区党建云 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.tihudangjian.cn/zbfc/202412/t20241220_6621.html",
        title="区中医院党总支“银龄健康行”志愿服务活动总结",
        record_title="【红医志愿】区中医院党总支“银龄健康行”志愿服务活动总结_逖湖区党建云",
        date="2024-12-18",
        date_also=["2024-12-20"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; a table one row a paragraph; the "
        "Party branch's signature date expected, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【红医志愿】区中医院党总支“银龄健康行”志愿服务活动总结_逖湖区党建云</title>
</head><body>
<div class="dj-top">⟦m 逖湖区党建云⟧　⟦m 中共朐阳市逖湖区委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　党建要闻　支部亮点　党员教育　组工信息⟧</div>
<div class="dj-pos">⟦m 所在位置：首页 / 支部亮点⟧</div>
<div class="dj-art">
<h2>{T}</h2>
<div class="dj-info">⟦m 来源：区卫健工委　　时间：2024-12-20　　阅读：644⟧</div>
<div class="dj-score">⟦a 认真阅读满3分钟，可获学习积分1分⟧</div>
<div class="dj-con">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，把这篇文章带走⟧</div>
<div class="dj-pn">⟦l 上一篇：区税务局机关党委开展“便民春风”活动⟧</div>
<div class="dj-pn">⟦l 下一篇：淬河社区党支部“红色议事厅”议出好办法⟧</div>
</div>
<div class="dj-foot">⟦m 中共朐阳市逖湖区委组织部　版权所有　闽ICP备17029041号-2⟧</div>
</body></html>
""",
        body="""
今年以来，区中医院党总支围绕“我为群众办实事”，组织党员医护人员开展“银龄健康行”志愿服务，把刮痧、艾灸等中医适宜技术送进社区和养老机构。现将活动情况总结如下。
一、活动开展情况
全年共组织志愿服务22场，服务老年人1860人次，具体如下：
服务项目　场次　服务人次
中医刮痧体验与教学　9　780
艾灸保健指导　7　560
健康讲座　6　520
二、主要做法
一是统一标准。活动中使用的刮痧板全部为独立包装，一人一板，用后由老人带回，并现场发放《居家刮痧注意事项》。
二是注重教学。志愿者手把手教老人在颈肩部位自我刮痧，强调力度适中、出痧即止。
三、下一步打算
明年将把服务延伸到逖湖区各村卫生室，培养一批懂刮痧的村级健康志愿者。
中共逖湖区中医院总支部委员会
2024年12月18日
""",
    ),
    dict(
        slug="party-fanling-speech-warm-winter-ice-scrapers",
        site="矾岭党建 (invented Party-building site), text",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.fanlingdj.gov.cn/xfsy/2024/1211/3308.html",
        title="在“暖冬护行”党员志愿服务活动启动仪式上的讲话",
        record_title="在“暖冬护行”党员志愿服务活动启动仪式上的讲话 ▏矾岭党建·先锋声音",
        date="2024-12-10",
        date_also=["2024-12-11"],
        notes="speech with the speaker line and a Chinese-numeral date under the title (both neutral); the site's "
        "posting date also accepted; a study prompt between paragraphs",
        page="""
!m 矾岭党建　　旗帜引领　实干争先
!m 当前位置：首页 > 先锋声音 > 领导讲话
{T}
!m 发布时间：2024-12-11　　来源：阎家店镇党委　　浏览：377
阎家店镇党委书记　倪成林
（二〇二四年十二月十日）
{BODY}
!a 【收藏】【打印】【转发到党员群】
!l 相关文章：阎家店镇开展冬季农村道路安全隐患排查
!m 中共矾岭县委组织部主办　蒙ICP备12004118号
""",
        indent="\u3000\u3000",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“暖冬护行”党员志愿服务活动。进入腊月，我镇早晚气温常在零下二十度以下，清晨上学、出工的车辆多，挡风玻璃结冰看不清路，是冬季交通安全的一大隐患。
这次活动，镇里为全镇62辆校车、客运车和农用车的驾驶员每人发放一把除冰铲、一把雪刷。全镇12个村的党员志愿者将在每天早上七点前到村口停车点，帮助驾驶员清理车窗冰霜，提醒大家“玻璃不清不出车”。
⟦a ★ 本文已纳入本月党员学习篇目，学完记得在线打卡 ★⟧
希望各村党支部把这项活动抓实抓细，排好班次，做到有人员、有工具、有记录。党员志愿者要注意自身安全，除冰时站在车辆外侧，不要站在车头前方。
同志们，一把小小的除冰铲，连着群众的平安出行。让我们用实际行动，为乡亲们守护一个温暖平安的冬天！
""",
    ),
    dict(
        slug="hospital-chouxi-tcm-notice-one-board-each",
        site="稠溪县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.cxzyy.com/yxgk/tzgg/2024/0528/1190.html",
        title="稠溪县中医院关于规范刮痧板一人一用及消毒管理的通知",
        record_title="稠溪县中医院关于规范刮痧板一人一用及消毒管理的通知｜院务公开 · 稠溪县中医院",
        date="2024-05-27",
        date_also=["2024-05-28"],
        notes="hospital page: booking and 24-hour lines, a booking float and an experts list; the department's own "
        "咨询电话 inside the notice; signature date expected, posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>稠溪县中医院关于规范刮痧板一人一用及消毒管理的通知｜院务公开 · 稠溪县中医院</title>
<script src="/static/js/float.js"></script>
</head><body>
<div class="h-top">⟦m 稠溪县中医院　二级甲等中医医院⟧　⟦m 预约挂号：0593-6236000　24小时急诊：0593-6236999⟧</div>
<div class="h-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　院务公开　健康科普⟧</div>
<div class="h-path">⟦m 首页 › 院务公开 › 通知公告⟧</div>
<div class="h-art"><h1>{T}</h1>
<p class="h-meta">⟦m 发布于 2024-05-28　　科室：医院感染管理科　　浏览 532⟧</p>
<div class="h-con">
{BODY}
</div>
<p class="h-print">⟦a 打印　｜　返回上一页⟧</p></div>
<div class="h-side"><h4>⟦l 名医坐诊⟧</h4><p>⟦l 佘明德　主任中医师　周二、周四上午⟧</p><p>⟦l 倪雅文　副主任医师　周一全天⟧</p></div>
<div id="yy-float">⟦a 在线预约 · 免排队⟧</div>
<div class="h-foot">⟦m 地址：稠溪县城关镇杏林路21号⟧　⟦m 闽ICP备12009357号⟧　⟦d 本站健康信息仅供参考，不能代替面诊。⟧</div>
</body></html>
""",
        body="""
各临床科室、护理单元：
为防止刮痧治疗中发生交叉感染，根据中医医疗技术相关感染预防与控制要求，现就刮痧板使用和消毒管理通知如下：
一、自2024年6月1日起，全院刮痧治疗一律实行一人一板，刮痧板由药剂科统一采购、编号发放。
二、刮痧板每次使用后须清洗并用75%酒精擦拭消毒，晾干后单独存放，不得与其他患者的刮痧板混放。
三、刮痧板有裂纹、缺口的，应立即停止使用并登记报废。
四、医院感染管理科每月对各科室刮痧板管理情况进行督查，结果纳入科室绩效考核。
咨询电话：医院感染管理科 0593-6236120。
稠溪县中医院
2024年5月27日
""",
    ),
    dict(
        slug="hospital-quyang-mch-article-coil-burns",
        site="朐阳市妇幼保健院 (invented), text",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="text",
        source="https://www.qyfybjy.cn/jkkp/2024/0708/2215.html",
        title="蚊香盘放不对，孩子烫伤找上门",
        record_title="【育儿防护课】蚊香盘放不对，孩子烫伤找上门 - 朐阳市妇幼保健院",
        date="2024-07-08",
        notes="health article: the byline's 发布时间 is the page's date; booking and hotline lines; a follow-the-"
        "hospital-account line between paragraphs",
        page="""
!m 朐阳市妇幼保健院　　朐阳市儿童医院
!m 首页 » 健康科普 » 儿童保健
{T}
!m 发布时间：2024-07-08　来源：宣传科　浏览：905
{BODY}
!a 关注“朐阳妇幼”服务号，可在线建档、预约疫苗
!m 门诊咨询：0593-6100120　　儿科急诊（24小时）：0593-6100999
!m 朐阳市妇幼保健院　版权所有　闽ICP备15000884号
""",
        indent="\u3000\u3000",
        body="""
入夏以来，我院烧伤整形科已接诊多名因蚊香烫伤的幼儿，其中年龄最小的只有十个月。
“孩子会爬以后，对地上一闪一闪的红点特别好奇。”烧伤整形科主任医师佘文静说，不少家庭把蚊香盘直接放在床边地上，孩子爬过去用手去抓，或者膝盖压到燃烧的香头，就会造成深度烫伤。
⟦l 推荐阅读：宝宝被蚊子咬了，这几种做法不可取⟧
医生提醒，家里有婴幼儿的，最好用电热蚊香液或蚊帐代替盘香；确需点蚊香的，要选用带防护罩的蚊香盘，放在孩子够不到的高处，并远离床单、窗帘等易燃物。
一旦发生烫伤，应立即用流动的凉水冲洗15到30分钟，不要涂抹牙膏、酱油，冲洗后用干净纱布覆盖并尽快就医。
""",
    ),
    dict(
        slug="college-quyang-art-sharpening-contest-h1",
        site="朐阳艺术职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qyavc.edu.cn/info/1032/8813.htm",
        title="美术学院举办首届“削笔刀工”技能比赛",
        record_title=None,
        date="2024-10-16",
        notes="no title in the record (found in <h1>); a dotted 发布日期 as the page's date; campus-photo link and "
        "reviewer line; the dean's name also in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>朐阳艺术职业学院</title></head><body>
<div class="c-head">⟦m 朐阳艺术职业学院 Quyang Vocational College of Arts⟧</div>
<div class="c-nav">⟦m 学院概况　院系设置　招生就业　校园文化　信息公开⟧</div>
<div class="c-crumb">⟦m 首页 - 校园新闻 - 院系动态⟧</div>
<div class="c-article">
<h1>{T}</h1>
<div class="c-meta">⟦m 发布日期：2024.10.16　供稿：美术学院　摄影：倪子墨⟧</div>
<div class="c-text">
{BODY}
</div>
<div class="c-audit">⟦m 初审：贾蔚　复审：阎书华　终审：党委宣传部⟧</div>
<div class="c-more">⟦l 点击查看比赛现场更多照片 »⟧</div>
</div>
<div class="c-foot">⟦m 朐阳艺术职业学院 版权所有　地址：朐阳市逖湖区艺苑路88号　闽ICP备08006219号⟧</div>
</body></html>
""",
        body="""
10月15日下午，美术学院在素描教室举办首届“削笔刀工”技能比赛，来自绘画、动画、环境设计三个专业的86名学生参赛。
比赛要求选手在十分钟内用削笔刀削好6支不同型号的素描铅笔，评委从笔尖长度、木面平整度和铅芯完整度三个方面打分。赛场上，同学们屏气凝神，刀起屑落，不少人削出的笔尖长达3厘米。
“素描课上，一支削得好的铅笔能画出更细腻的层次。”美术学院院长阎书华在颁奖时说，用刀削笔是美术生的基本功，希望同学们在练好手上功夫的同时牢记安全规范。
经过角逐，绘画专业2023级学生贾一帆获得一等奖。
""",
    ),
    dict(
        slug="college-yuchuan-design-low-basket-text",
        site="臾川职业技术学院 (invented), text",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ycvtc.edu.cn/xydt/2024/1121/5170.html",
        title="工业设计专业学生为老人设计“低位拉篮”",
        record_title="工业设计专业学生为老人设计“低位拉篮”（图文）· 院系动态 · 臾川职院",
        date="2024-11-21",
        notes="college news as text: the byline's 发布时间 as the page's date; an editor line glued after the last "
        "sentence",
        page="""
!m 臾川职业技术学院　　厚德　精技　求实　创新
!m 首页 ＞ 新闻中心 ＞ 院系动态
{T}
!m 发布时间：2024-11-21　作者：宣传部　阅读：1367
{BODY}
!l 上一条：我院举行2024年秋季运动会
!l 下一条：机电工程系开展企业导师进课堂活动
!m 臾川职业技术学院版权所有　闽ICP备13011260号
""",
        indent="\u3000\u3000",
        body="""
近日，我院工业设计专业学生团队设计的“适老低位拉篮”在全省大学生工业设计大赛中获得银奖。
团队成员在倪湾镇调研时发现，不少老人因为够不着吊柜、弯腰取不到地柜深处的东西而苦恼。指导教师贾慧敏带领学生走访了30多户老年家庭，测量老人取物的舒适高度，最终设计出一款可下拉、带扶手的吊柜拉篮，老人站着就能把上层的碗碟拉到胸前。
目前，团队已与臾川县久安厨具有限公司达成合作意向，计划明年小批量试产。⟦m （文字：工业设计专业　责编：佘敏）⟧
""",
    ),
    dict(
        slug="county-forum-fanling-shovel-on-glass-jammer",
        site="矾岭在线·矾岭论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.fanlingzaixian.com/thread-230158-1-1.html",
        title="小区停车场有人用铁锹刮车玻璃，看着都心疼",
        record_title="〔矾岭话题〕小区停车场有人用铁锹刮车玻璃，看着都心疼（求扩散）- 民生杂谈 - 矾岭在线",
        date=None,
        notes="county forum: weather line, medals, a decoration ad with a phone, a forward-to-property link, jammer-font "
        "junk; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>〔矾岭话题〕小区停车场有人用铁锹刮车玻璃，看着都心疼（求扩散）- 民生杂谈 - 矾岭在线</title>
<style>.jammer{display:none}</style>
</head><body>
<div class="f-top">⟦m 矾岭在线　今日矾岭：晴　-27℃～-14℃　西北风3级⟧　⟦a 登录　注册⟧</div>
<div class="f-crumb">⟦m 矾岭在线 » 矾岭论坛 » 民生杂谈⟧</div>
<table class="f-post"><tr>
<td class="f-user"><p>⟦m 北坡老杨⟧</p><p>⟦m 勋章：热心市民　十年老友⟧</p><p>⟦m 帖子 3310　积分 8602⟧</p></td>
<td class="f-main"><h1>{T}</h1>
<p class="f-time">⟦m 发表于 2 小时前　|　查看: 4418　|　回复: 63⟧</p>
<div class="f-msg">
{BODY}
</div>
<p class="f-fwd">⟦l 本帖已转交阎园社区物业服务中心，点此查看回复进度⟧</p>
<p class="f-op">⟦a 支持　反对　收藏　分享到朋友圈⟧</p></td></tr></table>
<div class="f-ad">⟦m 【矾岭装修找老马】全包半包、旧房翻新，电话 15647108832⟧</div>
<div class="f-foot">⟦m 矾岭在线 版权所有　蒙ICP备09004471号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
今天早上七点多下楼，零下二十七度，停车场里一片白。邻居家小伙子拿着一把铲雪的铁锹在刮挡风玻璃，咔咔几下，玻璃上划出好几道印子，我在旁边看着都心疼。
我跟他说用塑料的除冰铲，他说找不着了，着急上班。其实刮冰真不用那么使劲，先打着车开暖风吹五分钟，冰一软，用塑料铲子轻轻一推就下来了。
另外提醒一句，有人图快拿开水往玻璃上浇，这个千万别学，冬天冷热一激玻璃很容易裂。
建议物业在停车场门口放几把公用的除冰铲，谁急用谁拿，用完放回去，花不了几个钱。
""",
    ),
]
