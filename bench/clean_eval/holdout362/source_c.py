"""holdout362, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML page and one text page
each). Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wenqintang-capo-pitch-question-missing-title",
        site="问琴堂 (invented music Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenqintang.com/q/3309127",
        title="变调夹夹上以后音就偏高，是怎么回事？",
        record_title=None,
        date=None,
        notes="a Q&A with no record title: the question is the <h1>; an adopted-answer badge, a vote bar and more answers; "
        "answer times are relative (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>问琴堂 - 乐器问题，琴友来答</title>
<link rel="stylesheet" href="/assets/qa.css">
<script src="/assets/qa.js" defer></script>
</head>
<body>
<div class="wq-top">⟦m 问琴堂 · 乐器问题，琴友来答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wq-crumb">⟦m 问琴堂 / 吉他 / 配件与调音⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 提问者：初学的阿杏　｜　2 天前　｜　悬赏 20 琴币⟧</p>
<p class="q-stat">⟦m 1,806 人看过　4 个回答⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 葛弦 · 吉他教师 · 回答于 1 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a ▲ 有帮助 215　▼ 没帮助 3　评论 12⟧</div>
</div>
<div class="more">
<h3>⟦l 其他 3 个回答⟧</h3>
<p>⟦l 学琴的猫：换个贵点的变调夹就好了，别买几块钱的⟧</p>
<p>⟦a 展开其余回答 ∨⟧</p>
</div>
<div class="wq-side"><h4>⟦l 相关问题⟧</h4>
<p>⟦l 变调夹夹在第几品合适？⟧</p>
<p>⟦l 民谣吉他打品是什么原因？⟧</p></div>
<div class="wq-foot">⟦d 回答内容仅代表答主个人观点，问琴堂不对其准确性作保证。⟧ ⟦m 问琴堂 wenqintang.com　闽ICP备2023041186号⟧</div>
</body>
</html>
""",
        body="""
这种情况很常见，大多不是琴的问题，而是变调夹的用法不对。
第一，夹的位置不对。变调夹应该夹在品丝的正后方，紧贴品丝但不要压在品丝上。夹得离品丝太远，琴弦会被往下拉，音就偏高。
第二，夹得太紧。很多弹簧式变调夹夹力过大，把琴弦压得变形，也会让音偏高。如果是螺旋式的，拧到刚好不打品就可以了。
第三，夹好以后没有重新调音。即使位置和松紧都合适，夹上以后也最好用调音器再检查一遍，特别是三弦和六弦。
按这三点试一下，一般都能解决。
""",
    ),
    dict(
        slug="qa-xinchu-waffle-first-use-numbered",
        site="馨厨问答 (invented kitchen Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://ask.xinchu365.com/question/71520.html",
        title="新买的华夫饼机第一次用要怎么开锅？",
        record_title="新买的华夫饼机第一次用要怎么开锅？求懂的人说说 - 馨厨问答",
        date=None,
        notes="a Q&A as text: the question with a poster's aside and the site name; a numbered list in the answer; "
        "relative answer times only; a question-asker line and more-answers prompt",
        page="""
!m 馨厨问答　厨房里的问题都在这儿
!m 馨厨问答 ＞ 厨房电器 ＞ 早餐机
!t 新买的华夫饼机第一次用要怎么开锅？求懂的人说说
!m 提问人：小周的早餐　3 小时前
!m 最受认可的回答
!m 答主：焙房老梁　｜　西点师　｜　回答于 2 小时前
{BODY}
!a 认可 96　·　不认可　·　收藏回答
!a 查看全部 5 条回答
!l 大家还问了：华夫饼粘盘怎么办？｜华夫饼机能做鸡蛋仔吗？
!m ask.xinchu365.com
""",
        body="""
华夫饼机第一次用之前，确实要先处理一下，步骤不复杂：
1.拆掉包装和保护膜，用湿布把烤盘擦一遍，不要直接冲水，也不要用钢丝球。
2.合上盖子通电预热五分钟左右，第一次加热有点塑料味是正常的，开窗通风就行。
3.断电稍凉后，用刷子在上下烤盘薄薄刷一层食用油，再通电加热两三分钟，这一步就是常说的开锅。
4.第一锅面糊可以少放一点，做出来的华夫饼颜色不均匀的话，建议扔掉不吃。
以后每次用完，等烤盘温热时用软布擦掉残渣就行，涂层能用得更久。
""",
    ),
    dict(
        slug="anthology-baizhou-memoir-tin-music-stand-gb2312",
        site="柏舟文存 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.baizhouwencun.net/wz/juan4/2024_17.asp",
        title="父亲的铁皮乐谱架",
        record_title="父亲的铁皮乐谱架（柏舟文存·铁匣旧藏第五）",
        date=None,
        notes="a retired teacher's collection in an old table layout: a marquee, volume links, the author's mailbox and a "
        "visitor counter; the memoir ends with a 写于 line with only a year and a season (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的铁皮乐谱架（柏舟文存·铁匣旧藏第五）</title>
<style type="text/css">td{font-size:14px;line-height:26px}</style>
</head>
<body bgcolor="#efe9dc">
<table width="820" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" align="center">⟦m 柏舟文存　一个老教书匠的纸上旧事⟧</td></tr>
<tr><td><marquee scrollamount="2">⟦m 欢迎光临柏舟文存，文存陆续整理中，卷五将于春节前后上传⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="juan1.asp">卷一·少年</a>　<a href="juan2.asp">卷二·下乡</a>　<a href="juan3.asp">卷三·讲台</a>　<a href="juan4.asp">卷四·旧物</a>⟧</td></tr>
</table>
<table width="820" border="0" align="center" cellpadding="10" cellspacing="0">
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 作者：柏舟（蓨城中学退休教师）　本篇录入于2024-12-28⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇：母亲的顶针】　【回卷四目录】　【下一篇：那台红灯牌收音机】⟧</td></tr>
</table>
<table width="820" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center">⟦m 来信请寄：baizhou_laoshi@126.com⟧</td></tr>
<tr><td align="center">⟦d 文存中文字均为作者原创，转载务请来信告知。⟧</td></tr>
<tr><td align="center">⟦m 自2009年开站以来，已有 048217 人次来访⟧</td></tr>
</table>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
父亲留下的东西不多，其中有一个铁皮乐谱架，是他在县文化馆吹小号时用的。
那是上世纪七十年代的物件，三条腿，漆成墨绿色，谱托上焊着两个铁夹子。父亲每次排练回来，都要用旧毛巾把它擦一遍，再折起来靠在门后。我小时候趁他不在，偷偷把它撑开，把语文课本放上去，装模作样地“指挥”，被他撞见，他也只是笑。
后来文化馆的乐队散了，小号卖给了一个外地人，乐谱架却留了下来。父亲晚年眼睛不好，就把它放在床头，夹上几页放大的简谱，躺着哼几句。
如今这个乐谱架立在我的书房里，漆已经斑驳，铁夹子还是那么紧。
二〇二四年冬，写于蓨城寓所
""",
    ),
    dict(
        slug="anthology-shiyin-essay-capo-oneline",
        site="拾音小集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shiyinxiaoji.net/juan1/07.html",
        title="一枚变调夹",
        record_title="一枚变调夹 ◇ 拾音小集·卷一第七篇",
        date=None,
        notes="a personal collection's essay with the whole body on one line (paragraphs apart only by their indent); "
        "chapter links and a reading-mode row; no date anywhere",
        page="""
!m 拾音小集 · 听见日子里的声音
!m 卷一 │ 卷二 │ 卷三 │ 作者小记
!t 一枚变调夹 ◇ 拾音小集·卷一第七篇
!a 夜间阅读　｜　字号 A- A+
{BODY}
!l ◁ 上一篇　旧磁带　　　下一篇　巷口的口琴声 ▷
!d 拾音小集文字，转录请注明出处。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我的吉他盒里一直躺着一枚变调夹，黑色的，弹簧有点锈了，夹口的橡胶垫裂了一道口子。
那是大学时一个学长送的。他毕业那天在宿舍楼下弹唱，唱到一半把变调夹从琴头上取下来，塞到我手里，说以后唱高一点的歌就用得着。
我后来换过好几把琴，也买过更好的变调夹，却一直没舍得扔掉这一枚。每次搬家收拾东西，摸到它，就想起那个夏天傍晚的楼下，和一首没唱完的歌。
""",
    ),
    dict(
        slug="dangjian-cuanshan-speech-red-voice-pop-filter",
        site="巑山先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.cuanshanxf.gov.cn/dyjy/2025/0701/2216.html",
        title="在“红色声音”党史故事录制启动仪式上的讲话",
        record_title="〔宣讲现场〕在“红色声音”党史故事录制启动仪式上的讲话 - 巑山先锋网",
        date="2025-06-27",
        date_also=["2025-07-01"],
        notes="a Party portal with a study-points prompt and a read-on-phone QR line; speaker line and date under the "
        "speech title (neutral); the portal's posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔宣讲现场〕在“红色声音”党史故事录制启动仪式上的讲话 - 巑山先锋网</title>
<link rel="stylesheet" href="/res/css/xfw.css">
<script src="/res/js/xfw.js"></script>
</head>
<body>
<div class="xf-head">⟦m 巑山先锋网　中共巑山县委组织部主办⟧</div>
<div class="xf-nav">⟦m 首页 ｜ 组工动态 ｜ 党员教育 ｜ 基层党建 ｜ 先锋风采⟧</div>
<div class="xf-pos">⟦m 您在这里：首页 › 党员教育 › 宣讲现场⟧</div>
<div class="xf-article">
<h1>{T}</h1>
<p class="xf-meta">⟦m 发布：2025-07-01　来源：县委宣传部　阅读：1173⟧</p>
<p class="xf-tip">⟦a 党员登录后阅读满3分钟可计入学习积分⟧</p>
<p class="speaker">县委宣传部副部长　蒋芸</p>
<p class="speaker">（2025年6月27日）</p>
{BODY}
<p class="xf-qr">⟦a 微信扫一扫，把这篇讲话带回手机上读⟧</p>
<p class="xf-edit">⟦m 编辑：冷雪霁　审核：柯正⟧</p>
</div>
<div class="xf-rel"><h3>⟦l 宣讲现场·更多⟧</h3>
<p>⟦l 巑山县“百姓宣讲团”走进屼岭镇⟧</p>
<p>⟦l 县委书记为新任村党组织书记讲党课⟧</p></div>
<div class="xf-foot">⟦m 中共巑山县委组织部　地址：巑山县人民路2号　邮编：419100⟧</div>
</body>
</html>
""",
        body="""
同志们、朋友们：
今天，我们在县图书馆启动“红色声音”党史故事录制活动，邀请老党员、老教师、青年志愿者一起，把发生在巑山大地上的党史故事讲出来、录下来、传下去。
这次录制，县委宣传部和县图书馆专门改造了一间录音室，配齐了麦克风、防喷罩和监听设备。有的老同志担心自己普通话不标准，其实不要紧，我们要的就是带着乡音的真情实感。
借此机会，我提三点希望。一是讲准史实，每个故事都要经过党史专家审核；二是讲活故事，多讲人物、多讲细节；三是用好成果，录好的音频要送进村组、社区和学校。
同志们，红色故事是最好的教材。希望大家用心讲好每一个故事，让红色声音在巑山代代相传。
""",
    ),
    dict(
        slug="dangjian-jiaoxi-summary-cool-station-smoothie-table",
        site="嶕溪党建网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jiaoxidj.cn/zbfc/2025/0902/4418.html",
        title="“清凉驿站”党员志愿服务活动总结",
        record_title="【清凉送一线】“清凉驿站”党员志愿服务活动总结_嶕溪党建网",
        date="2025-08-29",
        notes="a Party portal's text page: a study-points line and a QR line; a data table one row a paragraph; "
        "the 成文日期 under the signature; a like prompt glued after a sentence",
        page="""
!m 嶕溪党建网 — 嶕溪县委组织部
!m 首页 > 基层党建 > 支部工作
!t 【清凉送一线】“清凉驿站”党员志愿服务活动总结
!m 2025-09-02　县城管局机关党支部　浏览 388
!a 学习强县积分 +1（阅读满2分钟）
{BODY}
!a 扫码关注“嶕溪组工”，及时获取党建资讯
!l 相关阅读：县城管局“党员先锋岗”创建工作推进会召开
!m 嶕溪党建网版权所有　技术支持：县委组织部信息科
""",
        indent="\u3000\u3000",
        date_also=["2025-09-02"],
        body="""
今年7月至8月，县城管局机关党支部在城区3个环卫作业点设立“清凉驿站”，组织党员志愿者为环卫工人、快递小哥等户外劳动者提供防暑饮品和休息场所。现将活动情况总结如下。
一、基本情况。支部购置冰沙机2台、冷藏柜1台，每天上午和下午各供应一次绿豆冰沙、酸梅冰沙等饮品。活动期间共有党员志愿者46人次参与值守。
二、服务数据。各驿站服务情况如下：
驿站名称　服务天数　供应饮品（杯）　服务人次
人民路驿站　52　3120　2860
滨江路驿站　48　2640　2415
新区驿站　45　2210　2030
三、经验与不足。驿站选址靠近作业点，饮品现做现供，受到户外劳动者普遍欢迎。⟦a 觉得有用，给支部点个赞⟧不足之处是冰沙机只有两台，高峰时段排队较长。
中共嶕溪县城市管理局机关支部委员会
二〇二五年八月二十九日
""",
    ),
    dict(
        slug="hospital-mianchuan-nutrition-smoothie-dept-phone",
        site="黾川县人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.mcxrmyy.com/kepu/yingyang/2025/0723/1907.html",
        title="术后患者自制果蔬冰沙有讲究",
        record_title="【营养膳食】术后患者自制果蔬冰沙有讲究 - 科室风采 - 黾川县人民医院",
        date="2025-07-23",
        notes="a county hospital page: a booking float, a 24-hour line and an experts list; the nutrition department's own "
        "咨询电话 in the body beside the hospital's booking line; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【营养膳食】术后患者自制果蔬冰沙有讲究 - 科室风采 - 黾川县人民医院</title>
<link rel="stylesheet" href="/skin/hospital.css">
<script src="/skin/yuyue.js"></script>
</head>
<body>
<div class="h-top">⟦m 黾川县人民医院　二级甲等综合医院⟧ ⟦m 急诊24小时：0746-7719120⟧</div>
<div class="h-nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就诊服务 | 健康园地⟧</div>
<div class="h-pos">⟦m 首页 ＞ 健康园地 ＞ 营养膳食⟧</div>
<div class="h-art">
<h1>{T}</h1>
<p class="h-meta">⟦m 发布时间：2025-07-23　作者：临床营养科 曹思琪　浏览：542⟧</p>
<div class="h-txt">
{BODY}
</div>
<p class="h-tip">⟦d 本文仅作健康知识普及，不能替代医生面诊，如有不适请及时就医。⟧</p>
</div>
<div class="h-side">
<h4>⟦l 营养科专家⟧</h4>
<p>⟦l 曹思琪　副主任医师　周二、周四上午⟧</p>
<p>⟦l 韩蓉　主治医师　周一、周五全天⟧</p>
</div>
<div class="h-float">⟦a 在线挂号⟧ ⟦m 预约专线 0746-7719000⟧</div>
<div class="h-foot">⟦m 黾川县人民医院　地址：黾川县健康路88号　湘ICP备10026815号⟧</div>
</body>
</html>
""",
        body="""
天气炎热，不少术后患者家属会用冰沙机给病人打果蔬冰沙解暑。临床营养科提醒，术后患者喝冰沙要注意以下几点。
一是温度别太低。刚做完手术的患者胃肠功能较弱，冰沙打好后最好放置几分钟，等冰碴稍微融化再喝，每次不超过半杯。
二是食材要选对。可选用黄瓜、苹果、梨、西瓜等，糖尿病患者要少用高糖水果，腹部手术后早期不宜饮用。
三是卫生要做好。冰沙机的杯体和刀座用后要及时拆洗，果蔬要洗净去皮，打好的冰沙要现做现喝，不要隔顿。
患者如需个性化的饮食指导，可到门诊三楼临床营养科咨询，咨询电话：0746-7719263（工作日8:00—17:00）。
""",
    ),
    dict(
        slug="hospital-tiaocheng-second-rehab-voice-recording-notice",
        site="蓨城市第二人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tcsdermyy.cn/news/notice/20251105_3320.html",
        title="关于康复医学科言语治疗室开展嗓音录音评估的通知",
        date="2025-11-03",
        notes="the record's title as it is; the rehab department's own 内线 beside the hospital switchboard and a complaint "
        "line; a booking float line; the 成文日期 under the signature; the upload stamp is no date",
        page="""
!m 蓨城市第二人民医院　仁心仁术　守护健康
!m 首页 ＞ 新闻中心 ＞ 院内通知
{T}
!m 发布者：医务部　上传于 2025-11-05 16:02　浏览 217
!a 在线预约挂号　｜　报告查询　｜　来院导航
{BODY}
!l 上一条：关于调整冬季门诊作息时间的通知
!m 医院总机：0736-2450000　投诉电话：0736-2450315
!m 蓨城市第二人民医院　版权所有
""",
        body="""
各临床科室：
为提高嗓音疾病和言语障碍患者的评估质量，康复医学科言语治疗室自11月10日起开展嗓音录音评估服务。现将有关事项通知如下。
一、服务对象。声带术后、脑卒中后言语障碍及需要嗓音功能评估的门诊和住院患者。
二、评估方式。患者在言语治疗室录音间完成持续元音、朗读和对话录音，由治疗师进行声学分析并出具评估报告。录音麦克风加装防喷罩，每位患者使用后更换一次性防喷罩网罩并消毒。
三、预约方法。各科室需要评估的，请通过院内信息系统提交申请，或拨打言语治疗室内线8632预约。
康复医学科
2025年11月3日
""",
    ),
    dict(
        slug="college-tiaocheng-arts-news-music-stands-dotted-date",
        site="蓨城艺术职业学院 (invented vocational college)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tcyszy.edu.cn/info/1032/6719.htm",
        title="音乐系为琴房配齐新乐谱架",
        record_title=None,
        date="2025-10-21",
        notes="a college news page with no record title: the title is the <h1>; a dotted college date is the page's date; "
        "photo captions and a 文/图/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>蓨城艺术职业学院</title>
<link rel="stylesheet" href="/style/xy.css">
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="xy-top">⟦m 蓨城艺术职业学院⟧ ⟦a 信息门户　图书馆　校园邮箱⟧</div>
<div class="xy-nav">⟦m 学院概况 | 院系设置 | 教育教学 | 招生就业 | 校园文化⟧</div>
<div class="xy-pos">⟦m 当前位置: 首页 >> 学院新闻 >> 正文⟧</div>
<div class="xy-con">
<h1>{T}</h1>
<p class="xy-date">⟦m 2025.10.21　　点击数：<span id="dynclicks">389</span>⟧</p>
<div class="v_news_content">
{BODY}
</div>
<p class="xy-pn">⟦l 上一条：我院学生在全省高职院校技能大赛中获佳绩⟧</p>
<p class="xy-pn">⟦l 下一条：学院召开2025年秋季学期教学检查动员会⟧</p>
</div>
<div class="xy-foot">⟦m 地址：蓨城市棆湾区艺苑路6号　邮编：412009　版权所有 © 蓨城艺术职业学院⟧</div>
</body>
</html>
""",
        body="""
近日，音乐系为教学楼四楼和五楼的48间琴房配齐了新乐谱架，学生课后练琴再也不用把谱子摊在钢琴盖上了。
此前，不少琴房的乐谱架是十多年前购置的，有的升降杆卡死，有的谱托开裂。今年暑假，系里对琴房设施进行了全面摸底，共更换乐谱架52个，其中4个放在合奏排练室备用。
⟦m 图为学生在琴房使用新乐谱架练琴⟧
新乐谱架采用可升降折叠设计，谱托加宽，能同时摊开两本乐谱。音乐系还在每层琴房走廊张贴了使用须知，提醒学生用后将乐谱架降到最低位置。
“以前谱子放不稳，翻页的时候经常掉下去，现在方便多了。”声乐专业大二学生范雨桐说。⟦m 文/图：许晴　审核：梅远⟧
""",
    ),
    dict(
        slug="college-mianchuan-normal-rules-guitar-club-articles",
        site="黾川师范高等专科学校 (invented college)",
        style="高校官网",
        genre="规定",
        kind="other",
        form="text",
        source="http://tuanwei.mcsz.edu.cn/stgl/2025/0915/1204.html",
        title="吉他协会器材借用管理规定",
        record_title="吉他协会器材借用管理规定（社团联合会审定稿）- 学生社团 - 黾川师范高等专科学校",
        date=None,
        notes="a college's student-society page: 第N条 articles; a rule with only an effective clause (no date); "
        "the update stamp is no date; a download link and a contact line of the youth league office",
        page="""
!m 黾川师范高等专科学校 · 校团委
!m 首页 » 学生社团 » 社团制度
!t 吉他协会器材借用管理规定（社团联合会审定稿）
!m 更新于 2025-09-15　阅读 205
{BODY}
!t 吉他协会器材借用管理规定
!a 下载本规定（PDF）
!l 社团制度·其他：学生社团活动场地使用办法 ｜ 社团经费管理细则
!m 校团委办公室　电话：0746-7781032　地址：行政楼204室
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范吉他协会器材的借用和管理，保障协会活动正常开展，制定本规定。
第二条　本规定所称器材，包括协会所有的吉他、变调夹、调音器、拾音器、谱架和音箱等。
第三条　协会会员凭学生证借用器材，借用时须在器材登记表上签字，借用期限一般不超过三天。
第四条　变调夹、拨片等小件器材随琴借出、随琴归还，丢失的按原价赔偿。
第五条　器材损坏的，借用人应及时报告器材部，由器材部核定责任后处理。
第六条　本规定由吉他协会器材部负责解释，自公布之日起施行。
""",
    ),
]
