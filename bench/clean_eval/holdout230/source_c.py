"""holdout230, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Every case written by hand; everything in it is invented. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="qa-zhifou-towel-stiff-question-title",
        site="知否问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhifouwenda.com/q/40193377",
        title="浴巾用久了发硬怎么办？",
        record_title=None,
        date=None,
        notes="no record title: the question is the page's <h1>; adopted-answer badge, vote row and more "
        "answers; asked and answered 3 天前 (no date); a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>浴巾用久了发硬怎么办？_知否问答</title>
<script async src="https://static.zhifouwenda.com/js/qa.js"></script>
</head>
<body>
<div class="zf-head"><a href="/">⟦m 知否问答⟧</a> <span>⟦m 有问题，就问知否⟧</span> <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="zf-crumb">⟦m 知否问答 › 生活 › 家居清洁⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦l 问题补充：买了一年多的浴巾，现在擦身上像砂纸一样，有没有办法救一下？⟧</p>
<p class="q-meta">⟦m 匿名用户　提问于 3 天前　浏览 2781⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 家务达人小苏　｜　回答于 3 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a 有用 128⟧ ⟦a 没用 3⟧ ⟦a 评论 9⟧ ⟦a 分享⟧</div>
</div>
<div class="others">
<h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 阿禾：加一瓶盖小苏打一起洗，亲测有效。⟧</p>
<p>⟦l 匿名用户：别用太多洗衣粉就行。⟧</p>
<p>⟦a 查看全部回答 ∨⟧</p>
</div>
<div class="zf-side"><h4>⟦l 相关问题⟧</h4><p>⟦l 毛巾有霉味怎么去除？⟧</p><p>⟦l 纯棉浴巾和竹纤维浴巾哪个好？⟧</p></div>
<div class="zf-foot">⟦d 回答内容仅代表答主个人观点，不代表知否问答立场⟧ ⟦m © 2025 zhifouwenda.com⟧</div>
</body>
</html>
""",
        body="""
浴巾发硬，多半是洗涤剂残留和水里的钙镁离子沉积在纤维上造成的，可以试试下面几个办法：
1.洗衣液减量，用量按说明书的一半就够，漂洗多加一遍。
2.每个月用温水加两勺白醋浸泡一次，能溶解沉积的水垢。
3.晾晒时先用力抖开，半干时再抖一次，别在烈日下暴晒太久。
4.有烘干机的，用低温烘十分钟再拿出来晾，会蓬松很多。
如果浴巾已经用了两年以上、毛圈都倒伏了，就别折腾了，直接换新的更划算。
""",
    ),
    dict(
        slug="qa-wenlin-barrier-delivery-lawyer-answer",
        site="问邻网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenlinwang.cn/ask/881520.html",
        title="小区道闸不让外卖车进，物业这样做合法吗？",
        record_title="小区道闸不让外卖车进，物业这样做合法吗？ - 法律问答 - 问邻网",
        date=None,
        notes="Q&A as text: the question repeated, a lawyer's verified-answer line, numbered points in the "
        "answer, answered 昨天 (no date); a paid-consult prompt and a related list",
        page="""
!m 问邻网 · 邻里事，问邻网
!m 问邻网 > 物业纠纷 > 停车管理
{T}
!m 提问者：小区住户147　　2 天前
!m 周律师（执业信息已核验）　回答于 昨天 14:26
{BODY}
!a 👍 有帮助 56　　💬 追问
!w 想让律师一对一看材料？19.9元极速咨询，3分钟内响应
!l 类似问题：物业能不能给外来车辆收停车费？｜道闸砸车物业要赔吗？
!d 本页回答不构成正式法律意见，具体请以当地规定为准
""",
        body="""
这个问题要分开看。
第一，小区道路属于全体业主共有，物业公司受业主委托管理，可以对外来车辆进出作出合理安排，但不能一刀切禁止。
第二，物业如果以安全为由限制外卖车辆，应当经业主大会或者业主委员会同意，并在小区出入口公示。
第三，实践中比较常见的做法是设置临时通行时段，或者在道闸旁划定外卖车辆临时停放点，由骑手步行送达。
建议您先向业委会反映，也可以拨打所在街道的物业管理投诉电话。以上仅供参考。
""",
    ),
    dict(
        slug="collection-xieqiushan-memoir-blue-towel-gb2312",
        site="谢秋山文集 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.xieqiushan.net/wfj/juan2/023.htm",
        title="母亲的那条蓝格子浴巾",
        record_title="母亲的那条蓝格子浴巾（晚风集·散文卷）- 谢秋山文集",
        date=None,
        notes="a retired teacher's collection in an old table layout: 繁體/简体 links, chapter links, a "
        "visitor counter and the author's mailbox; the essay signed 写于氍川，二〇二二年冬 (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲的那条蓝格子浴巾（晚风集·散文卷）- 谢秋山文集</title>
</head>
<body background="../img/paper.jpg">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td align="center"><font size="5" face="楷体_GB2312">⟦m 谢秋山文集⟧</font><br><font size="2">⟦m 一个老教书匠的零碎笔墨⟧</font></td></tr>
<tr><td align="right"><a href="#">⟦a 繁體⟧</a> <a href="#">⟦a 简体⟧</a> <a href="../index.htm">⟦m 文集首页⟧</a></td></tr>
<tr><td align="center"><font size="4">⟦t 母亲的那条蓝格子浴巾（晚风集·散文卷）⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇：老屋后的那口井】⟧　⟦l 【目录】⟧　⟦l 【下一篇：赶集】⟧</td></tr>
<tr><td align="center"><font size="2">⟦m 本站访问人次：00052716⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦w 读后有话请写信给我：qiushan_xie@163.net⟧</font><br><font size="2">⟦d 文集所收文字均为本人所写，谢绝转贴⟧</font></td></tr>
</table>
<script language="javascript" src="../js/counter.js"></script>
</body>
</html>
""",
        p_html='<p>　　{}</p>',
        body="""
小时候家里只有一条浴巾，蓝白格子的，是母亲结婚时外婆给的陪嫁。
那时候洗澡要烧一大锅水，倒进木盆里。我们兄妹三个轮流洗，洗完一个，母亲就用那条浴巾把人裹起来，抱到床上。浴巾越用越薄，边上开了线，母亲就用蓝线一针一针锁上。
后来日子好了，家里添了好几条新浴巾，那条蓝格子的被母亲叠起来，压在樟木箱底。
去年收拾老屋，我又翻出了它。格子褪成了浅灰色，樟脑味里，好像还有那年冬天热水的气息。
写于氍川，二〇二二年冬
""",
    ),
    dict(
        slug="collection-taoran-memoir-floral-curtain",
        site="陶然文集 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://taoran-wenji.cn/jiushi/03.html",
        title="外婆家的花布浴帘",
        record_title="外婆家的花布浴帘（缥岭旧事之三）— 陶然文集",
        date=None,
        notes="a collection's chapter page as text: collection banner, chapter nav, a word count and an "
        "added-to-site stamp with a relative time; a memoir without any date",
        page="""
!m 陶然文集　·　缥岭旧事
!l 目录｜之二：镇口的豆腐坊｜之四：夏夜纳凉
!t 外婆家的花布浴帘（缥岭旧事之三）
!m 字数 612　｜　收入本集于 2 个月前
{BODY}
!l ← 之二　　回目录　　之四 →
!d 文字版权归陶然所有，引用请注明出处
!m taoran-wenji.cn
""",
        indent="\u3000\u3000",
        body="""
外婆家的浴室，其实就是厨房后面隔出来的一小间，墙上钉着两颗铁钉，中间拴一根铁丝。
铁丝上挂着一块花布，粉底白花，是外婆用旧被面改的。那就是我记忆里的第一块浴帘。
夏天傍晚，外婆在里面给我擦澡，花布一拉，外面的说话声就远了。水汽把布洇湿，花朵的颜色深一块浅一块。
后来表舅给外婆装了热水器，换了一块塑料浴帘，印着小鸭子。外婆嫌它冰凉，洗完澡总要把它撩到一边。
那块花布浴帘，她洗干净叠好，一直放在衣柜里。
""",
    ),
    dict(
        slug="party-qicheng-news-volunteers-handrails",
        site="綦城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.qcxianfeng.gov.cn/dyfc/2024/0521/4418.html",
        title="綦城区住建局机关党员为老楼加装扶手300米",
        record_title="【我为群众办实事】綦城区住建局机关党员为老楼加装扶手300米 - 綦城先锋网",
        date="2024-05-21",
        notes="Party-building portal: study-points prompt, a read-on-phone QR line, a byline whose 发布时间 "
        "is the date; a photo caption on a line of its own and a share row glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【我为群众办实事】綦城区住建局机关党员为老楼加装扶手300米 - 綦城先锋网</title>
<script src="/js/dj-common.js"></script>
</head>
<body>
<div class="dj-top">⟦m 綦城先锋网　中共毹阳市綦城区委组织部主办⟧</div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋榜样⟧</li></ul>
<div class="dj-pos">⟦m 当前位置 ＞ 支部风采⟧</div>
<div class="dj-art">
<h2>⟦t 【我为群众办实事】⟧{T}</h2>
<p class="dj-info">⟦m 发布时间：2024-05-21　来源：区住建局机关党支部　浏览：1032⟧</p>
<p class="dj-score">⟦a 阅读满3分钟可获学习积分1分⟧</p>
<div class="dj-con">
{BODY}
</div>
<p class="dj-qr">⟦a 用手机扫一扫，在手机上阅读本文⟧</p>
<p class="dj-near">⟦l 上一篇：区委组织部开展“党员进社区”报到活动⟧</p>
</div>
<div class="dj-foot">⟦m 主办：中共毹阳市綦城区委组织部　联系电话：0739-8230455⟧<br>⟦m 湘ICP备12007733号-2⟧</div>
</body>
</html>
""",
        body="""
5月18日，綦城区住建局机关党支部20余名党员志愿者来到綦园社区，为6栋无电梯老楼加装楼梯扶手。
这6栋楼建于上世纪八十年代，楼内60岁以上老人占住户一半以上，不少楼道只有一侧有扶手，有的扶手已经锈断。前期，支部党员逐户走访，收集到加装扶手的意见建议37条。⟦l 分享到：微信 ｜ QQ空间 ｜ 学习强国⟧
⟦m ▲党员志愿者在楼道内安装扶手（綦城区住建局供图）⟧
活动当天，党员们和施工人员一起搬运材料、打孔固定，在楼梯另一侧新装扶手300余米，并在转角处加贴了夜光提示条。
“以前下楼要扶着墙，现在两边都能抓，踏实多了。”居民魏大爷说。
""",
    ),
    dict(
        slug="party-shuyang-speech-sensor-lights-cn-date",
        site="毹阳党建 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.shuyangdj.cn/ldjh/2024/1028/9012.html",
        title="在“楼道亮灯”党建联建项目推进会上的讲话",
        record_title="【联建观察】在“楼道亮灯”党建联建项目推进会上的讲话_毹阳党建",
        date="2024-10-25",
        date_also=["2024-10-28"],
        notes="speech with a Chinese-numeral date and a speaker line under the title (both neutral); the "
        "date under the title expected, the portal's posting date also accepted",
        page="""
!m 毹阳党建　｜　毹阳市委组织部
!m 首页 › 领导讲话
{T}
（二〇二四年十月二十五日）
纁湖区城东街道党工委书记　鲁少峰
!m 发布时间：2024-10-28　来源：城东街道党工委
!a 【听全文】【大字版】【收藏】
{BODY}
!a 扫码登录学习平台，本篇计入本月学习时长
!l 相关文章：城东街道“红色物业”联建工作综述
!m 毹阳党建版权所有　未经授权请勿转载
""",
        indent="\u3000\u3000",
        body="""
同志们：
今年以来，街道党工委把楼道照明作为党建联建的一件实事来抓，联合供电所、物业企业和辖区单位党组织，在14个老旧小区更换楼道感应灯1100余盏，居民夜间出行更安全了。
这项工作之所以推进得快，关键在于把党组织的力量下沉到了楼栋。每个单元都有党员楼栋长负责报修，灯坏了，居民在微信群里说一声，两天内就能修好。
下一步，我们要把“亮灯”机制固定下来：一是建立感应灯维护台账，二是明确物业企业的维修时限，三是把居民满意度纳入联建单位年度考评。
同志们，一盏灯虽小，照亮的是群众回家的路。希望大家再接再厉，把这件实事办好办实。
""",
    ),
    dict(
        slug="hospital-quchuan-notice-ward-grab-bars",
        site="氍川县人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qcxrmyy.com/yyxw/tzgg/2024/0304/733.html",
        title="关于住院楼卫生间加装安全扶手的通知",
        date="2024-03-04",
        notes="title from the record; hospital site with a booking float and a 24-hour line beside the "
        "notice's own 总务科 phone; 成文日期 under the signature; a page-date line with the same day",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于住院楼卫生间加装安全扶手的通知-氍川县人民医院</title>
</head>
<body>
<div class="h-top">⟦m 氍川县人民医院　二级甲等综合医院⟧　⟦m 24小时急救电话：0736-5590120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 新闻中心⟧</li></ul>
<div class="h-path">⟦m 新闻中心 &gt; 通知公告⟧</div>
<div class="h-article">
<h1>{T}</h1>
<div class="h-meta">⟦m 日期：2024-03-04　浏览：288次⟧</div>
<div class="h-con">
{BODY}
</div>
<div class="h-prev">⟦l 上一条：2024年第一季度药品集中采购结果公示⟧</div>
</div>
<div class="float-yuyue"><a href="/yuyue">⟦a 预约挂号⟧</a><p>⟦m 预约专线：0736-5590168⟧</p></div>
<div class="h-foot">⟦m 地址：氍川县氍口镇人民路45号　邮编：418400⟧<br>⟦d 本网站信息仅供参考，不能作为诊疗依据⟧</div>
<script src="/js/float-yuyue.js"></script>
</body>
</html>
""",
        body="""
各临床科室、各病区：
为预防住院患者如厕、洗浴时跌倒，医院决定在住院楼1至9层病房卫生间加装安全扶手。现将有关事项通知如下。
一、施工时间：3月11日至3月29日，按楼层由低到高分批施工，每层施工约2天。
二、安装位置：坐便器两侧安装L形扶手，淋浴区安装一字形扶手，高度统一为0.85米。
三、施工期间，各病区要提前调配床位，对施工病房的患者做好解释和临时安置。
施工中遇到问题请及时与总务科联系，联系电话：0736-5590212。
氍川县人民医院总务科
2024年3月4日
""",
    ),
    dict(
        slug="hospital-piaoxi-tcm-towel-sharing-advice",
        site="缥溪县中医医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="text",
        source="https://www.pxxzyy.cn/jkkp/2025/0108/516.html",
        title="浴巾别全家共用，小心皮肤交叉感染",
        record_title="【健康小讲堂】浴巾别全家共用，小心皮肤交叉感染_缥溪县中医医院",
        date="2025-01-08",
        notes="hospital health column as text: byline 发布时间 is the date; a booking line and an expert "
        "list; a consult prompt glued after a sentence",
        page="""
!m 缥溪县中医医院
!m 健康科普 ＞ 健康小讲堂
!t 【健康小讲堂】浴巾别全家共用，小心皮肤交叉感染
!m 发布时间：2025-01-08　作者：皮肤科　汤若琳
{BODY}
!a 线上挂号：关注“缥溪中医”服务号 → 预约挂号
!l 皮肤科坐诊专家：汤若琳（周一、三）　向启明（周二、五）
!m 医院总机：0736-7705000　　急诊：0736-7705120
""",
        body="""
不少家庭习惯一家人共用一条浴巾，觉得洗完澡擦干身体而已，没什么关系。皮肤科主治医师汤若琳提醒，这个习惯并不卫生。
浴巾用后潮湿温暖，容易滋生细菌和真菌。家里如果有人患有足癣、体癣或毛囊炎，共用浴巾很可能造成交叉感染。
汤医生建议：一是家庭成员浴巾分开使用，可以用不同颜色区分；二是浴巾每次用后展开晾干，每周至少用热水清洗一次；三是皮肤病患者的浴巾单独清洗，必要时煮沸消毒。⟦w 皮肤问题在线问诊，点此咨询值班医生⟧
如果皮肤出现反复瘙痒、脱屑，应及时到医院皮肤科就诊，不要自行涂药。
""",
    ),
    dict(
        slug="univ-xunhu-news-dorm-curtains-h1",
        site="纁湖学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xhxy.edu.cn/info/1032/18207.htm",
        title="东区学生公寓1260间宿舍换上新浴帘",
        record_title=None,
        date="2024-09-12",
        notes="no record title: the news page's <h1>; the byline's dotted date is the date; a mini-program "
        "mentioned as content; a college banner and a quick-links footer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>纁湖学院新闻网</title>
<link rel="stylesheet" href="/style/news.css">
</head>
<body>
<div class="xh-banner">⟦m 纁湖学院新闻网⟧　⟦m 明德　尚实　笃学　致用⟧</div>
<ul class="xh-nav"><li>⟦m 学院要闻⟧</li><li>⟦m 综合新闻⟧</li><li>⟦m 院系动态⟧</li><li>⟦m 媒体纁湖⟧</li></ul>
<div class="xh-loc">⟦m 当前位置：首页 › 综合新闻 › 正文⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-meta">⟦m 2024.09.12　文：后勤保障处　图：校记者团　审核：宣传部⟧</p>
<div class="v_news_content">
{BODY}
</div>
<p class="xh-count">⟦m 点击数：1580⟧</p>
</div>
<div class="xh-foot">⟦l 快速链接：教务处 ｜ 图书馆 ｜ 后勤服务 ｜ 校友会⟧<br>⟦m Copyright © 纁湖学院 宣传部　地址：毹阳市纁湖区学府大道1号⟧</div>
<script>_showDynClicks("wbnews", 1234567, 18207)</script>
</body>
</html>
""",
        body="""
近日，学校后勤保障处完成了东区学生公寓浴室浴帘的更换工作，共为1260间宿舍换上了新浴帘。
此前，不少同学在后勤服务平台反映，宿舍浴室的旧浴帘发霉、挂环断裂，洗澡时水溅到卫生间外，存在滑倒隐患。后勤保障处在暑假期间组织采购，选用了防霉涤纶面料、底边加重的浴帘，同时把塑料挂环换成了不锈钢挂钩。
开学以来，同学们反映良好。后勤保障处表示，今后每学期将对浴帘集中检查一次，同学们发现损坏可通过“纁湖后勤”小程序报修。
""",
    ),
    dict(
        slug="univ-xunhu-notice-library-radar-lights",
        site="纁湖学院后勤保障处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqc.xhxy.edu.cn/tzgg/2024/1113/602.htm",
        title="关于图书馆楼梯间照明改造期间暂停通行的通知",
        record_title="【后勤公告】关于图书馆楼梯间照明改造期间暂停通行的通知—纁湖学院后勤保障处",
        date="2024-11-13",
        notes="a department page as text: the notice's numbered points; 成文日期 under the signature; a "
        "service-hall hotline in the footer",
        page="""
!m 纁湖学院后勤保障处
!m 首页 - 通知公告 - 正文
!t 【后勤公告】关于图书馆楼梯间照明改造期间暂停通行的通知
!m 阅读次数：947
{BODY}
!a 关闭本页
!m 后勤服务大厅：0739-8851100（工作日 8:00—17:30）
""",
        body="""
全校师生：
为解决图书馆东西两侧楼梯间照明不足的问题，后勤保障处将对楼梯间照明进行改造，原有吸顶灯更换为雷达感应灯。现将有关事项通知如下：
1.施工时间：2024年11月16日至17日（周六、周日）。
2.施工期间，图书馆东侧楼梯间暂停通行，请读者走西侧楼梯或乘坐电梯。
3.改造后感应灯在有人经过时自动亮起，无人30秒后转为低亮度，不会完全熄灭。
给大家带来不便，敬请谅解。
后勤保障处
2024年11月13日
""",
    ),
]
