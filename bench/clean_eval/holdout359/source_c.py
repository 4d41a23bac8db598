"""holdout359, part C: Q&A sites, personal collections, Party portals, hospitals and universities.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-youwen-patch-leak-adopted",
        site="有问就答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.youwenjiuda.com/q/7730512.html",
        title="补胎片贴上去还是漏气，是哪一步没做对？",
        record_title="补胎片贴上去还是漏气，是哪一步没做对？ - 有问就答 · 出行频道",
        date=None,
        notes="Q&A page: adopted-answer badge, vote bar, more answers; the best answer is the body; relative times only, no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>补胎片贴上去还是漏气，是哪一步没做对？ - 有问就答 · 出行频道</title>
<script src="//s.youwenjiuda.com/qa.js"></script>
</head><body>
<div class="hd">⟦m 有问就答⟧ <input placeholder="搜一搜你的疑问"> <a>⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 有问就答 › 出行 › 自行车⟧</div>
<div class="q"><h1>{T}</h1>
<p>⟦m 提问者：骑车上班的小满　｜　浏览 2604 次⟧</p>
<p>⟦m 补充：山地车，自己在家补的，补完第二天早上又瘪了。⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="who">⟦m 鹍阳老车匠　回答于 4 天前　擅长：自行车维修⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 有用 132　　没用 3　　评论 11⟧</div></div>
<div class="others"><h3>⟦l 另外 5 条回答⟧</h3>
<p>⟦l 可能是气门芯漏气，先排除一下⟧</p><p>⟦l 直接换内胎吧，补的总归不牢⟧</p></div>
<div class="ft">⟦d 回答内容由网友提供，仅代表个人观点⟧ ⟦m © 有问就答 youwenjiuda.com⟧</div>
</body></html>
""",
        body="""
补了还漏，九成是下面三步中有一步没做到位。
第一，打磨不够。补胎片贴的位置要用锉片打磨到发毛、失去光泽，面积比补胎片大一圈。很多人只轻轻刮两下，胶水就粘不牢。
第二，胶水没等干就贴。涂胶后要等三到五分钟，用手背碰一下不粘手了再贴补胎片，这一点最容易忽略。
第三，贴上后没压实。要用撬胎棒的圆头从中间往四周用力压，把气泡全部赶出去。
另外，补之前先把扎进外胎的小石子或铁丝找出来，不然装回去又会扎破。按这个做法，一般补一次就能用很久。
""",
    ),
    dict(
        slug="qa-zhidian-chest-strap-question-missing",
        site="知点问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidian.wenda.ink/question/55821044",
        title="心率带戴上去一直没有读数是怎么回事？",
        record_title=None,
        date=None,
        notes="Q&A as text, no title in the record: the question is the title; the answer is the body; an 编辑于 stamp and relative times are no dates",
        page="""
!m 知点问答　—　每个问题都值得被认真回答
!m 运动健身 ＞ 跑步装备
{T}
!m 关注者 58　被浏览 9471
!m 夜跑的橙子 的回答　·　编辑于 2 周前
{BODY}
!l 赞同 417　　收藏　　喜欢　　举报
!l 查看全部 23 个回答
!a 登录知点，和跑友一起讨论
""",
        indent="",
        gap=True,
        body="""
我遇到过三次，原因都不一样，你可以按顺序排查。
一是电极太干。胸式心率带是靠皮肤导电测心率的，天冷或者刚出门没出汗时，电极和皮肤接触不好，就会没有读数。戴之前把电极那一圈用清水沾湿就行。
二是电池没电了。大部分心率带用的是纽扣电池，一般能用一年左右。换电池时注意正负极别装反，后盖要拧紧，不然进汗水。
三是没配对。新买的心率带或者换了手表，要在手表的传感器菜单里重新搜索配对，配对时人要戴着心率带，它才会发出信号。
如果这三样都试过还不行，可能是电极带老化了，单独换一根带子就行，不用整套换。
""",
    ),
    dict(
        slug="anthology-wanfeng-memoir-patch-stall-gb2312",
        site="晚枫文存 (invented, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.wanfengwc.com/wenji/yijiu/2-04.htm",
        title="父亲的补胎摊",
        record_title="父亲的补胎摊（《浘河忆旧》第二辑之四）_晚枫文存",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: marquee, volume links, visitor counter, the author's mailbox; no date (only a year and season)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的补胎摊（《浘河忆旧》第二辑之四）_晚枫文存</title>
<style>body{font-size:14px;background:#FFFDF5} .zw{line-height:190%}</style>
</head><body>
<table width="860" align="center" border="0"><tr><td>
<marquee behavior="alternate">⟦m 晚枫文存：一个退休教书人的零碎文字⟧</marquee></td></tr>
<tr><td>⟦m 文存首页⟧ | ⟦m 第一辑·校园杂忆⟧ | ⟦m 第二辑·浘河忆旧⟧ | ⟦m 第三辑·读书札记⟧</td></tr></table>
<table width="860" align="center" border="0"><tr><td class="zw">
<h3 align="center">{T}</h3>
<p align="center">⟦m 《浘河忆旧》第二辑之四　作者：晚枫⟧</p>
{BODY}
<p align="right">写于二〇二五年秋</p>
<p align="center">⟦l ← 上一则：河埠头的修伞人⟧　⟦l 下一则：供销社的玻璃柜台 →⟧</p>
</td></tr></table>
<table width="860" align="center"><tr><td align="center">
⟦w 给晚枫写信：wanfeng_laoshi@163.com⟧<br>⟦m 自2009年开设以来，已有 0215538 人次到访⟧<br>⟦d 文存文字均系原创，转载请告知作者⟧
</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
我小时候，父亲在浘河镇的桥头摆过一个补胎摊。
摊子很简单：一只盛满清水的铁盆，一把锉刀，一罐胶水，一沓剪好的补胎片。补胎片是父亲从报废的内胎上剪下来的，圆的方的都有，用麻绳串着挂在车把上。
来补胎的多是赶集的乡亲。父亲把内胎打上气按进水盆，哪里冒泡哪里就是漏点。他用锉刀把漏点周围锉毛，抹上胶水，嘴里数到六十，再把补胎片按上去，用小锤子敲实。
补一个胎收五分钱。碰上家里困难的，父亲摆摆手，不收了。
如今桥头早已没有补胎摊，可我每次经过，耳边好像还能听见那把小锤子“笃笃”的声音。
""",
    ),
    dict(
        slug="anthology-shiyan-essay-gripper-grandfather",
        site="石砚斋文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shiyanzhai.wenji.site/sanji/07.html",
        title="祖父的弹簧握力器",
        record_title="祖父的弹簧握力器 ◇ 苙家村散记 ◇ 石砚斋文集",
        date=None,
        notes="a personal collection as text: chapter navigation, a reading count and a reprint line; an essay with no date",
        page="""
!m 石砚斋文集
!m 目录 ／ 苙家村散记 ／ 第七篇
!t 祖父的弹簧握力器 ◇ 苙家村散记
!m 文：石砚　　阅读 381
{BODY}
!l ‹ 第六篇　晒谷场上的月亮
!l 第八篇　老井边的辘轳 ›
!m 石砚斋 · 只写家乡的人和事
!d 本集文字由作者本人整理上传，请勿用于任何商业用途
""",
        indent="\u3000\u3000",
        body="""
祖父的床头，一直放着一个弹簧握力器。两根木柄已经被手掌磨得发亮，中间的弹簧锈成了暗红色。
那是他年轻时在公社农机站当修理工，师傅送给他的。祖父说，修拖拉机要拧螺丝、扳扳手，手上没劲可不行。每天收工回家，他就坐在门槛上，一下一下地握。
我上小学时偷偷拿来玩，使出全身力气也只能把两根木柄捏拢一半。祖父笑着说，等你能一口气握满一百下，就算长大了。
祖父八十岁那年，手已经握不动了，可还是每天把握力器拿在手里摩挲。
他走后，我把那个握力器带到了城里，放在书桌上。写东西累了，我就拿起来握几下，仿佛又看见他坐在门槛上的样子。
""",
    ),
    dict(
        slug="dangjian-ruoxi-speech-gloves-volunteers",
        site="蒻溪党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.ruoxidj.gov.cn/xfyl/2025-01/13/c_20715.htm",
        title="在“骑行守护”党员志愿服务队成立仪式上的讲话",
        record_title="【红色引擎·志愿先锋】在“骑行守护”党员志愿服务队成立仪式上的讲话 - 蒻溪党建网",
        date="2025-01-10",
        date_also=["2025-01-13"],
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker line neutral, date in Chinese numerals under the speech title; the portal's posting date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【红色引擎·志愿先锋】在“骑行守护”党员志愿服务队成立仪式上的讲话 - 蒻溪党建网</title>
<script src="/res/dj.js"></script>
</head><body>
<div class="dj-top">⟦m 蒻溪党建网 · 中共蒻溪县委组织部主办⟧</div>
<nav>⟦m 党建首页⟧ ⟦m 组织建设⟧ ⟦m 先锋引领⟧ ⟦m 党员教育⟧ ⟦m 基层风采⟧</nav>
<div class="path">⟦m 现在位置：首页 » 基层风采⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2025-01-13　来源：菉坪镇党委　字体：大 中 小⟧</div>
<p class="spk">菉坪镇党委书记　温嘉树</p>
<p class="spk">（二〇二五年一月十日）</p>
<div class="txt">
{BODY}
</div>
<div class="xx">⟦a 认真阅读满3分钟，可记学习积分1分⟧</div>
<div class="qr">⟦a 掏出手机扫一扫，本文随身带走⟧</div>
<div class="rel"><h4>⟦l 基层风采·更多⟧</h4><p>⟦l 菉坪镇开展冬季送温暖走访活动⟧</p><p>⟦l 苙家村党支部带头清理河道⟧</p></div>
<div class="foot">⟦m 主办：中共蒻溪县委组织部　承办：蒻溪县党员教育中心⟧<br>⟦m 浙公网安备33062402000117号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，“骑行守护”党员志愿服务队正式成立了。首先，我代表镇党委，向报名参加服务队的36名党员同志表示衷心的感谢！
我们镇山路多、弯道多，每到周末，来骑行的外地骑友越来越多，摔车、扎胎、迷路的情况时有发生。成立这支服务队，就是要让党员骑在前面、守在路上。
刚才，我们给每位队员发放了反光背心、骑行手套和急救包。骑行手套不光是护具，也是我们的“身份标识”，骑友看到手背上的党徽，就知道可以找我们帮忙。
希望大家做到三点：一是守规矩，自己先做文明骑行的榜样；二是练本领，人人学会包扎和补胎；三是常在线，每个周末都有队员在重点路段值守。
同志们，让我们用车轮丈量民情，用行动守护平安！
""",
    ),
    dict(
        slug="dangjian-longxiang-report-gripper-table",
        site="滉川先锋网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.hcxianfeng.cn/jcdj/sqdj/202601/t20260109_6207.html",
        title="漋巷社区党总支书记2025年度抓基层党建工作述职报告",
        date="2026-01-08",
        date_also=["2026-01-09"],
        notes="Party site as text, the record's title as is; a data table (one row a paragraph, cells apart by ideographic spaces); the 成文日期 under the signature; a study-points prompt",
        page="""
!m 滉川先锋网　　党建引领 · 先锋作为
!m 位置：首页 ＞ 基层党建 ＞ 社区党建
{T}
!m 2026年01月09日　来源：漋巷社区党总支　阅读 176
!a 阅读本文可计入党员学习时长
{BODY}
!l 上一篇：城关镇召开2025年度党组织书记述职评议会
!l 下一篇：荄口镇机关党支部开展主题党日活动
!m 中共滉川县委组织部 版权所有　建议使用1920×1080分辨率浏览
""",
        indent="\u3000\u3000",
        body="""
2025年，我坚持把抓党建作为第一责任，带领社区党总支围绕“老有所养、老有所乐”开展工作。现将履职情况报告如下。
一是建强队伍。社区党总支下设3个党支部，全年发展党员2名，组织在职党员到社区报到服务412人次。
二是办好实事。针对社区老年人多、跌倒风险高的情况，联合社区卫生服务站开展“握力器进社区”活动，为老人测握力、教锻炼。全年服务情况如下：
项目　人次　备注
握力测量　862　65岁以上老人
握力器借用　317　免费借用一个月
防跌倒讲座　14　每月一次
⟦a 扫码把本文存进“先锋学习”小程序⟧
三是存在不足。活动覆盖面还不够广，行动不便的老人上门服务偏少。下一步，我将组织党员志愿者开展入户测量。
漋巷社区党总支书记　郁青禾
2026年1月8日
""",
    ),
    dict(
        slug="hospital-fuhu-notice-chest-strap-booking",
        site="茀湖区人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fhrmyy.com/yyxw/mzgg/2025/0612/1884.html",
        title="心脏康复门诊开展心肺运动试验的就诊须知",
        record_title="〖门诊须知〗心脏康复门诊开展心肺运动试验的就诊须知｜茀湖区人民医院",
        date="2025-06-12",
        notes="hospital site: booking float, 24-hour line, experts list; the department's 咨询电话 in the body beside the hospital's booking and emergency lines; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〖门诊须知〗心脏康复门诊开展心肺运动试验的就诊须知｜茀湖区人民医院</title>
<script src="/js/yy.js"></script>
</head><body>
<div class="top">⟦m 茀湖区人民医院　二级甲等综合医院⟧　⟦m 挂号预约：0573-89316000⟧　⟦m 急救专线（全天）：0573-89316120⟧</div>
<nav>⟦m 医院概况⟧ ⟦m 就医指南⟧ ⟦m 科室导航⟧ ⟦m 健康科普⟧</nav>
<div class="pos">⟦m 首页 ＞ 医院新闻 ＞ 门诊公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-06-12　发布科室：心血管内科　浏览：934⟧</div>
<div class="art">
{BODY}
</div>
<div class="experts"><h4>⟦l 科室专家⟧</h4><p>⟦l 江暮云 主任医师 周二上午⟧</p><p>⟦l 纪知秋 副主任医师 周四全天⟧</p></div>
<div class="float">⟦a 网上预约　｜　报告查询⟧</div>
<div class="foot">⟦m 地址：澛州市茀湖区鹒园路118号⟧　⟦m 浙ICP备13032107号⟧</div>
</body></html>
""",
        body="""
为帮助心脏康复患者制定安全有效的运动处方，我院心脏康复门诊开展心肺运动试验。现将就诊须知告知如下：
1．检查当天请穿运动鞋和宽松衣服，检查前两小时内不要吃得过饱，不要喝浓茶、咖啡。
2．检查时医护人员会为您佩戴胸式心率带和面罩，您在功率自行车上由慢到快蹬车，全程约20分钟。心率带和面罩均为一人一用一消毒。
3．检查后医生根据结果开具运动处方，告诉您回家锻炼时的靶心率，建议自备心率带监测。
4．近期有不稳定心绞痛、严重心律失常的患者暂不宜检查，请先到心血管内科门诊就诊。
心脏康复门诊咨询电话：0573-89316245（工作日8:00—17:00）
""",
    ),
    dict(
        slug="hospital-kunyang-rehab-gripper-record",
        site="鹍阳县中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.kyzyy.com/jkkp/kangfu/2291.html",
        title="中风后手部康复，握力器怎么练",
        date=None,
        notes="hospital health article as text, the record's title as is; no date (an 更新 stamp only); the hospital's booking line as chrome",
        page="""
!m 鹍阳县中医院　　Kunyang Hospital of TCM
!m 健康科普 › 康复医学科
{T}
!m 作者：康复医学科 言初夏　｜　最后更新：2025-09-30　｜　阅读 1206
{BODY}
!a 觉得有用，就点个赞吧　👍 63
!l 相关科普：中风后肩痛怎么办　｜　卧床老人如何预防压疮
!m 预约挂号请拨 0574-65330000 或关注“鹍阳中医院”服务号
!d 科普内容仅供参考，具体治疗请遵医嘱
""",
        indent="\u3000\u3000",
        body="""
中风后不少患者一侧手握不紧东西，吃饭、穿衣都受影响。握力训练是手部康复的重要内容，但练法不对反而会加重手指痉挛。
先说什么时候开始练。一般在患者病情稳定、手指能主动屈伸以后，由康复医生评估后再开始。手指还处于明显痉挛状态时，不宜用握力器练习。
再说选什么样的握力器。刚开始应选阻力很小的软质握力球或可调握力器，阻力调到能轻松握10次为宜，以后每两周根据情况稍微加一点。
最后说怎么练。每次握住保持3秒，再慢慢放开，放开的过程和握紧一样重要。每天练两到三组，每组10次，练完后做手指伸展放松。
练习中如果出现手指疼痛或肿胀，应暂停练习并及时到康复医学科复诊。
""",
    ),
    dict(
        slug="college-luzhou-news-gloves-h1-missing",
        site="澛州职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lzvtc.edu.cn/xwzx/xyxw/20251216/9047.html",
        title="学院骑行协会发起“旧手套·新温暖”活动",
        record_title=None,
        date="2025-12-16",
        notes="college news page, no title in the record (found in the <h1>); a dotted byline date is the page's date; photo caption between paragraphs; 文/图/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>澛州职业技术学院</title>
<script src="/_js/site.js"></script>
</head><body>
<div class="header">⟦m 澛州职业技术学院⟧ ⟦m 崇技 · 明德 · 致远⟧</div>
<nav>⟦m 学院概况⟧ ⟦m 新闻中心⟧ ⟦m 教学科研⟧ ⟦m 招生就业⟧ ⟦m 校园服务⟧</nav>
<div class="path">⟦m 首页 / 新闻中心 / 校园新闻⟧</div>
<h1>{T}</h1>
<div class="about">⟦m 2025.12.16　学生工作处　点击数：688⟧</div>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="pn">⟦l 上一条：我院举办第五届技能文化节⟧　⟦l 下一条：学院召开冬季消防安全工作会⟧</div>
<div class="footer">⟦m 地址：澛州市茀湖区学府路9号　邮编314099⟧<br>⟦m 版权所有 © 澛州职业技术学院⟧</div>
</body></html>
""",
        body="""
12月以来，学院骑行协会发起“旧手套·新温暖”活动，在校内设置4个回收点，回收同学们闲置的骑行手套，清洗修补后捐赠给城区的外卖骑手和快递小哥。
活动开展两周，共回收骑行手套186双。协会成员利用课余时间逐双清洗、消毒，对开线的指缝进行缝补，最终整理出可用手套151双。
⟦m 图为协会成员在宿舍楼下整理回收的手套⟧
12月14日，协会成员把手套送到茀湖区新就业群体服务站。外卖骑手小田当场试戴后说，掌心的垫子很厚实，冬天握车把再也不冻手了。⟦m 文/图：骑行协会 许梦溪　审核：齐远山⟧
""",
    ),
    dict(
        slug="college-luzhou-normal-pe-notice-record-date",
        site="澛州师范学院体育部 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tyb.lznu.edu.cn/info/1071/3382.htm",
        title="关于体质测试长跑项目佩戴心率带的通知",
        record_title="关于体质测试长跑项目佩戴心率带的通知-公告栏-体育部-澛州师范学院",
        record_date="2025-10-28",
        date="2025-10-28",
        notes="a university department's notice as text: date in the record (and under the signature); a sentence asking students to download and print a form is body",
        page="""
!m 澛州师范学院体育部
!m 首页　部门概况　教学工作　群体竞赛　公告栏
!t 关于体质测试长跑项目佩戴心率带的通知-公告栏
!m 时间：2025-10-28　　点击：[2213]
{BODY}
!a 【关闭窗口】　【打印】
!m 体育部办公室 0573-86557801　地址：田径场东侧看台一楼
""",
        indent="\u3000\u3000",
        body="""
各学院：
为保障学生在体质测试中的安全，今年男生1000米、女生800米测试，将为每位学生佩戴心率带实时监测。现将有关事项通知如下。
一、测试前一周，请各学院组织学生下载并打印《体质测试健康承诺书》，由学生本人签字后交体育部。
二、测试时学生在检录处领取心率带，由工作人员协助佩戴。监测屏显示心率异常的，裁判员将示意学生停止测试。
三、有心脏病史或近期患病的学生，不得参加长跑测试，凭医院证明申请免测。
体育部
2025年10月28日
""",
    ),
]
