"""holdout356, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenbida-napkin-ring-left-or-right",
        site="问必答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenbida.com/q/3381720.html",
        title="餐巾环到底应该放在餐盘左边还是右边？",
        record_title="餐巾环到底应该放在餐盘左边还是右边？_生活礼仪问答_问必答",
        date=None,
        notes="Q&A page: the question is the title, the adopted answer the body; adopted badge, vote bar, more answers; relative answer time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>餐巾环到底应该放在餐盘左边还是右边？_生活礼仪问答_问必答</title>
<script src="//s.wenbida.com/js/qa.js"></script>
</head><body>
<div class="wb-head">⟦m 问必答⟧ ⟦m 有问题，必有答⟧ <a>⟦a 我要提问⟧</a></div>
<div class="wb-crumb">⟦m 问必答 › 生活 › 礼仪⟧</div>
<div class="q">
<h1>{T}</h1>
<p class="q-desc">⟦l 提问者补充：下周要在家请客，买了一套餐巾环，不知道怎么摆才对。⟧</p>
<div class="q-meta">⟦m 浏览 3,406 次　关注 27 人⟧</div>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 衙前餐饮老兵　酒店培训师　回答于 4 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦l 有用 218　没用 3　评论 14⟧</div>
</div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 蘑菇酱：我家一般放在盘子正中间，看着整齐⟧</p>
<p>⟦l 仟岭竹匠：竹编的环别泡水，容易发霉⟧</p></div>
<div class="wb-rel">⟦l 相关问题：西餐刀叉怎么摆？ · 宴会餐巾怎么叠好看？⟧</div>
<div class="wb-foot">⟦d 回答内容仅代表答主个人观点，问必答不对其真实性作担保⟧<br>⟦m 问必答 wenbida.com 沪ICP备20041327号⟧</div>
</body></html>
""",
        body="""
这个问题要看摆台的场合。
如果是西式摆台，餐巾环套着卷好的餐巾，一般放在餐盘左侧、叉子的外边，也可以直接放在餐盘正中。中式宴会摆台则通常放在骨碟上，餐巾环上的图案或店名朝向客人。
家里请客不用那么讲究，记住两点就行：一是整桌统一，要么都放左边，要么都放盘子上，别一家一个样；二是餐巾要卷紧再套环，松松垮垮的看着不精神。
另外，客人入座后会先把餐巾抽出来铺在腿上，餐巾环放在餐盘左上方就可以了，用餐结束也不用再套回去。
""",
    ),
    dict(
        slug="qa-haowen-corner-guard-residue-question-title",
        site="好问网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.haowen365.net/question/60913877",
        title="桌角保护套撕掉后留下的胶印怎么去掉？",
        record_title=None,
        date=None,
        notes="no title in the record; the question line is the title; the best answer is the body; relative times only",
        page="""
!m 好问网 — 你问我答，生活不难
!m 分类：家居生活 > 清洁收纳
{T}
!m 提问者：萄萄妈　2 个月前　｜　3 人关注
!l 补充：孩子大了，想把茶几上的保护套撤掉，撕下来全是黄色的胶，用手搓不掉。
!m 最佳答案
{BODY}
!m 答主：尹家保洁小队　｜　回答于 1 个月前
!l 👍 有帮助 96　　👎 没帮助 2
!l 更多回答（3）
!l 汉川居士：吹风机吹一吹再撕，胶会少很多
!a 你也有问题？点击这里免费提问
!d 好问网所有回答均来自网友，仅供参考。
""",
        body="""
桌角保护套的胶大多是泡棉双面胶，时间长了会老化发黄、粘得很牢，别用刀刮，容易刮花桌面。可以按下面的办法试试：
1.先用吹风机热风对着胶印吹一两分钟，胶软了以后用手指往一个方向搓，大部分能搓掉。
2.剩下薄薄的一层，用棉签蘸一点风油精或者食用油涂上，放五分钟，再用干抹布擦。
3.木质桌面擦完后用湿布擦一遍，再用干布擦干，免得留下油渍。
如果是实木打蜡的桌子，最好先在不显眼的地方试一下，确认不掉色再大面积处理。
""",
    ),
    dict(
        slug="anthology-taowan-memoir-tin-tart-moulds-gb2312",
        site="萄湾旧事 · 尹拙夫文集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.yinzhuofu.net/taowan/juan3/05.htm",
        title="母亲的十二只铁皮挞模",
        record_title="母亲的十二只铁皮挞模 ◇ 萄湾旧事·篇五",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: marquee, volume links, author's mailbox and visitor counter; a memoir with only a 冬记 line (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲的十二只铁皮挞模 ◇ 萄湾旧事·篇五</title>
<script>var cnt=0;</script>
</head><body bgcolor="#f6f1e3">
<table width="800" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 萄湾旧事⟧</font><br>⟦m 尹拙夫 著 · 写给萄湾的老街坊⟧</td></tr>
<tr><td><marquee>⟦m 本文集共五卷，陆续录入中，错字漏字敬请来信指正⟧</marquee></td></tr>
<tr><td class="juan">⟦m 卷一 老街　卷二 学堂　卷三 灶间　卷四 河埠　卷五 杂记⟧</td></tr>
</table>
<table width="800" align="center"><tr><td>
<p align="center"><b>{T}</b></p>
{BODY}
<p align="right">二〇二四年冬记于萄湾</p>
<p align="center">⟦l ← 篇四 灶膛里的红薯⟧　⟦l 卷三目录⟧　⟦l 篇六 腊月的米酒 →⟧</p>
</td></tr></table>
<table width="800" align="center"><tr><td align="center">
⟦w 读后有话说，请写信至 yinzhuofu@163.com⟧<br>
⟦m 您是本文集第 <font color=red>021734</font> 位读者⟧<br>
⟦d 文集文字为作者原创，转载请先来信征得同意⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
上世纪九十年代初，母亲在萄湾老街口开了一间小小的西点铺。铺子里最金贵的家当，是她托人从广州捎回来的十二只铁皮挞模。
那时候镇上很少有人见过蛋挞。母亲每天天不亮就起来揉面、叠酥皮，把面皮一个个按进挞模里，再倒进调好的蛋浆。十二只挞模一炉正好，炉门一开，整条街都闻得到香味。
铁皮挞模容易生锈。每天收铺后，母亲都要把挞模一只只擦干，抹上薄薄一层猪油，再用旧报纸包好收进铁盒。她说，模子跟人一样，要惜着用。
后来铺子关了，挞模也不知去向。前年收拾老屋，我在阁楼的铁盒里找到了其中的五只，锈迹斑斑，可捧在手里，仿佛还是温的。
""",
    ),
    dict(
        slug="anthology-nianhua-essay-bone-china-napkin-ring",
        site="拈花小札 (invented personal collection, text export)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://nianhua.zhiji.me/zha/41.txt",
        title="一只骨瓷餐巾环",
        record_title="拈花小札 第41则｜一只骨瓷餐巾环",
        date=None,
        notes="an essay in a personal collection, text export; no date (only 写于 a season); previous/next items and a guestbook line",
        page="""
!m 拈花小札　——　一个老饭店人的零碎记忆
!m 目录 ｜ 第40则 ←　→ 第42则
!t 第41则　一只骨瓷餐巾环
{BODY}
写于某年初夏
!l 本则留言（3）：雄峰旧客：当年我也在那家饭店吃过喜酒。
!a 收入我的书架　｜　推荐给朋友
!m 拈花小札 · 作者自存稿　联系作者：nianhua_lao@qq.com
""",
        indent="\u3000\u3000",
        body="""
我在亨阳饭店做了三十一年，从传菜员做到餐厅经理。退休那天，老同事送我一只骨瓷餐巾环，白底描金，环上烧着饭店的老店徽。
这只环我认得。八十年代饭店接待外宾，特意从景德镇订了两百只骨瓷餐巾环，每次宴会前都由我们一只只擦亮、摆好。那时候规矩严，一桌十只环，店徽必须一律朝外，差一点都要返工。
后来饭店改制，换成了不锈钢的餐巾环，这批骨瓷环慢慢碎的碎、丢的丢，据说只剩下几只。
如今它就放在我书桌上，不套餐巾，只插几支笔。看着它，我常常想起那些一丝不苟的夜晚，想起年轻时候的自己。
""",
    ),
    dict(
        slug="dangjian-rongchuan-summary-corner-guards-volunteers-table",
        site="戎川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.rcxianfeng.gov.cn/jcdj/dzbfc/202506/t20250623_3318.html",
        title="雄峰社区党支部“护幼防磕碰”志愿服务活动总结",
        record_title="【支部行动派】雄峰社区党支部“护幼防磕碰”志愿服务活动总结_戎川先锋网",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="Party portal: study-points prompt and read-on-phone QR line; a data table one row a paragraph; signature date differs from the portal date (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【支部行动派】雄峰社区党支部“护幼防磕碰”志愿服务活动总结_戎川先锋网</title>
<script src="/js/dj-common.js"></script>
</head><body>
<div class="dj-top">⟦m 戎川先锋网⟧ ⟦m 中共戎川县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　要闻动态　基层党建　支部风采　党员教育　先锋人物⟧</div>
<div class="dj-pos">⟦m 当前位置：首页＞基层党建＞支部风采⟧</div>
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-06-23　来源：尹桥镇党委　作者：雄峰社区党支部⟧</div>
<div class="dj-tip">⟦a 党员登录后阅读满3分钟可累计学习积分1分⟧</div>
<div class="dj-con">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，把这篇文章带走⟧</div>
<div class="dj-rel"><b>⟦l 支部风采·更多⟧</b><p>⟦l 萄湾镇“银龄”党员护河队一周年⟧</p><p>⟦l 党员中心户架起联系群众“连心桥”⟧</p></div>
<div class="dj-foot">⟦m 中共戎川县委组织部　版权所有　蜀ICP备09011825号⟧</div>
</body></html>
""",
        body="""
今年5月至6月，雄峰社区党支部以“护幼防磕碰”为主题，组织在职党员和志愿者为辖区有0至6岁儿童的家庭免费加装桌角保护套，现将活动情况总结如下。
一、基本情况。活动共发动党员志愿者43人，分6个小组入户服务，累计走访家庭186户，加装桌角、柜角保护套1420个，发放儿童居家安全提示卡200余张。各网格服务情况如下：
网格　入户数　加装数量　参与党员
第一网格　38户　296个　9人
第二网格　41户　318个　8人
第三网格　35户　257个　7人
第四网格　40户　301个　10人
第五网格　32户　248个　9人
二、主要做法。一是先摸底后服务，由网格员逐户登记家中儿童年龄和需加装数量；二是统一选用硅胶保护套，由社区统一采购；三是加装后现场教家长检查和更换的方法。
三、下一步打算。支部将把这项服务纳入“党员中心户”常态化工作，每半年回访一次，及时更换老化脱落的保护套。
中共戎川县尹桥镇雄峰社区支部委员会
2025年6月20日
""",
    ),
    dict(
        slug="dangjian-hengyang-speech-riceball-canteen-cn-date",
        site="亨阳党建网 (invented Party-building portal, text view)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.hydjw.cn/llxx/ldjh/202504/t20250401_51277.html",
        title="昼湖区委组织部副部长在衙前社区“邻里饭团”助餐点启用仪式上的讲话",
        date="2025-03-28",
        notes="title as the record gives it (with the speaker's role); speaker line and a Chinese-numeral date under the title (neutral; the date is the document's)",
        date_also=["2025-04-01"],
        page="""
!m 亨阳党建网　|　学习·交流·服务
!m 首页 >> 理论学习 >> 领导讲话
!a 〔加大字号〕〔恢复默认〕〔打印文章〕
{T}
昼湖区委组织部副部长　汉卫东
（二〇二五年三月二十八日）
{BODY}
!m 发布：2025-04-01　来源：昼湖区委组织部　浏览：887
!a 分享到微信　分享到朋友圈
!l 【相关链接】衙前社区“党建+助餐”服务模式调查
!m 亨阳市委组织部主办　联系电话：0836-2201123　蜀ICP备12040026号
""",
        indent="\u3000\u3000",
        body="""
各位老人家，同志们、朋友们：
今天，衙前社区“邻里饭团”助餐点正式启用了。在此，我代表区委组织部，向助餐点的启用表示热烈祝贺，向为助餐点建设出力的党员志愿者和爱心商户表示衷心感谢！
“邻里饭团”这个名字起得好。社区的党员志愿者每天上午用饭团模具把软米饭、杂粮饭做成小饭团，搭配两荤一素，给辖区独居和高龄老人送餐上门，一餐只收5元。饭团大小一致、软硬适中，老人吃得方便，志愿者送得也快。
借此机会，我提三点希望：一是要把饭菜质量放在第一位，食材要新鲜，制作要卫生；二是要把好事办实，持续听取老人的意见，不断改进口味和服务；三是要把党员作用发挥好，让更多在职党员到助餐点报到服务。
最后，祝各位老人家身体健康，祝“邻里饭团”越办越红火！
""",
    ),
    dict(
        slug="hospital-rongchuan-er-corner-bump-advice-contacts",
        site="戎川县人民医院 (invented county hospital site)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.rcxrmyy.com/jkkp/2025/0428/1206.html",
        title="孩子磕到桌角后，哪些情况要马上来医院",
        record_title="孩子磕到桌角后，哪些情况要马上来医院 ▸急诊科普 - 戎川县人民医院",
        date="2025-04-28",
        notes="hospital article: booking float, 24-hour line and experts list; the department's own 咨询电话 beside the hospital's booking and switchboard lines; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>孩子磕到桌角后，哪些情况要马上来医院 ▸急诊科普 - 戎川县人民医院</title>
<script src="/static/js/yuyue-float.js"></script>
</head><body>
<div class="yy-top">⟦m 戎川县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 急救电话：0836-4120120（24小时）⟧</div>
<div class="yy-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　院务公开⟧</div>
<div class="yy-pos">⟦m 首页 ＞ 健康科普 ＞ 急诊科普⟧</div>
<h1>{T}</h1>
<div class="yy-info">⟦m 发布时间：2025-04-28　作者：急诊医学科 蘑海燕　审核：医务科⟧</div>
<div class="yy-con">
{BODY}
</div>
<div class="yy-float">⟦a 在线挂号⟧ ⟦a 报告查询⟧ ⟦w 预约专线 0836-4128800⟧</div>
<div class="yy-exp"><h4>⟦l 急诊医学科专家⟧</h4><p>⟦l 尹国强 主任医师 周一、周四全天⟧</p><p>⟦l 汉文静 副主任医师 周二上午⟧</p></div>
<div class="yy-foot">⟦m 医院地址：戎川县尹桥路206号　总机：0836-4122001⟧<br>⟦d 本栏目内容仅供健康参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
桌角磕碰是急诊科最常见的儿童外伤之一。大多数磕碰只是皮肤红肿或起包，家长可以先在家观察处理，但出现下面几种情况，一定要马上送医。
第一，伤口裂开超过1厘米，或者能看到伤口里面的白色组织，需要清创缝合，最好在6小时内处理。
第二，磕在眼眶周围，孩子眼睛睁不开、看东西模糊，或者眼白出血。
第三，磕到头部后出现呕吐、精神差、嗜睡、哭闹不止，这可能是颅内损伤的信号。
第四，按压止血10分钟后仍然出血不止。
预防比处理更重要。家里有学步的孩子，建议给茶几、餐桌、电视柜的桌角都装上保护套，并且经常检查有没有松脱。
急诊医学科咨询电话：0836-4122315（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-hengyang-notice-riceball-ward-meals-extension",
        site="亨阳市妇幼保健院 (invented hospital site, text view)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hyfybjy.cn/yygg/20250303/2217.html",
        title="关于住院患儿营养餐增加饭团品种的通知",
        date="2025-03-03",
        notes="title as the record gives it; the notice's own 内线 beside the hospital switchboard and complaint line; signature date",
        page="""
!m 亨阳市妇幼保健院 — 守护妇女儿童健康
!m 首页 › 院务公开 › 医院公告
!m 作者：营养科　发布：2025-03-03　阅读：1139
{T}
{BODY}
!a 【关闭本页】【打印本页】
!l 上一条：关于调整儿童保健门诊时间的通知
!l 下一条：2025年孕妇学校第一季度课程安排
!m 医院总机：0836-2256000　投诉电话：0836-2256012
!m 亨阳市妇幼保健院　版权所有　地址：昼湖区雄峰路9号
""",
        indent="\u3000\u3000",
        body="""
各临床科室：
为改善住院患儿饮食，营养科经过一个月试制，决定自3月10日起在儿科、新生儿科和儿童康复科的患儿营养餐中增加饭团品种。现将有关事项通知如下。
一、供应品种。营养科使用食品级饭团模具制作小份饭团，每个约60克，分为南瓜小米饭团、胡萝卜鸡蛋饭团和三文鱼软饭团三种，每周一、三、五午餐供应。
二、适用对象。适用于1岁半以上、能自主咀嚼吞咽的患儿；有过敏史的患儿由主管医生在医嘱中注明，营养科按医嘱调整。
三、订餐方法。各科室护士站按原流程在每日上午10:00前通过订餐系统录入，选择“饭团餐”即可。
如有疑问，请联系营养科，内线电话：6135。
亨阳市妇幼保健院营养科
2025年3月3日
""",
    ),
    dict(
        slug="univ-hengyang-voc-napkin-ring-workshop-h1-dotted-date",
        site="亨阳职业技术学院 (invented vocational college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hyzyjs.edu.cn/lyxy/xwdt/2025/0516/c1207a88341/page.htm",
        title="旅游与酒店管理学院举办中餐宴会摆台技能工作坊",
        record_title=None,
        date="2025-05-16",
        notes="no title in the record; the title is the college page's <h1>; a dotted byline date is the page's date; campus-photos and a 文/图/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>亨阳职业技术学院</title>
<script src="/_js/sudy-jquery.js"></script>
</head><body>
<div class="xy-top">⟦m 亨阳职业技术学院⟧ ⟦m 旅游与酒店管理学院⟧ <a>⟦a 学院主站⟧</a></div>
<div class="xy-nav">⟦m 学院首页　学院概况　专业建设　学生工作　新闻动态⟧</div>
<div class="xy-pos">⟦m 新闻动态 ＞ 正文⟧</div>
<h1 class="arti_title">{T}</h1>
<div class="arti_meta">⟦m 2025.05.16　点击：<span>644</span>⟧</div>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="xy-photos">⟦l 点击查看活动现场组图（12张）⟧</div>
<div class="xy-foot">⟦m 亨阳职业技术学院旅游与酒店管理学院　地址：昼湖区学府大道168号⟧<br>⟦m Copyright 2025 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
5月14日下午，旅游与酒店管理学院在实训楼中餐宴会实训室举办中餐宴会摆台技能工作坊，酒店管理专业80余名学生参加。
工作坊特邀亨阳饭店餐饮部经理尹秀兰现场示范。从铺台布、摆骨碟、定位餐具，到餐巾折花和餐巾环摆放，尹经理边做边讲，强调“一桌十套餐具，餐巾环的店徽朝向要完全一致”。随后，学生们分成8组动手练习，指导老师逐组点评纠正。
学院负责人介绍，今年全省职业院校技能大赛中餐主题宴会设计赛项对细节要求更高，学院将定期举办此类工作坊，帮助学生把规范练成习惯。⟦m （文/汉小宇　图/萄一鸣　审核/雄立新）⟧
""",
    ),
    dict(
        slug="univ-hengyang-food-lab-grinder-lending-record-date",
        site="亨阳学院 (invented university site, text view)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://spxy.hyxy.edu.cn/info/1043/6120.htm",
        title="关于规范感官实验室调味研磨器具借用和清洁的通知",
        record_title="关于规范感官实验室调味研磨器具借用和清洁的通知-实验中心-亨阳学院",
        record_date="2025-09-08",
        date="2025-09-08",
        notes="record gives the date; scanning a code spoken of as content; the lab's own contact beside the college office line",
        page="""
!m 亨阳学院食品与生物工程学院
!m 首页 / 实验中心 / 通知公告
!t 关于规范感官实验室调味研磨器具借用和清洁的通知-实验中心
!m 时间：2025-09-08　作者：实验中心　浏览次数：402
{BODY}
!l 〔上一条〕2025年秋季学期实验室安全准入考试安排
!l 〔下一条〕关于开展实验室危险化学品清查的通知
!m 学院办公室：0836-2287001　地址：亨阳学院东校区食品楼
!m 版权所有©亨阳学院食品与生物工程学院
""",
        indent="\u3000\u3000",
        body="""
各教研室、各位同学：
感官实验室现有手动和电动调味研磨器具46件，供食品质量与安全、烹饪与营养教育等专业课程和课题研究使用。为规范借用和清洁管理，现将有关事项通知如下。
一、借用登记。借用前请扫描器具上的二维码填写借用登记，注明用途、研磨物料和归还时间，单次借用不超过3天。
二、专器专用。研磨胡椒、花椒等香辛料和研磨盐类的器具分开存放、分开借用，不得混用。
三、归还清洁。归还前须拆开磨芯，用软毛刷清除残留粉末，晾干后装回，实验室管理员检查合格后方可办理归还。
四、损坏赔偿。因使用不当造成磨芯崩裂的，按器具原价的50%赔偿。
联系人：萄老师，电话：0836-2287316。
食品与生物工程学院实验中心
2025年9月8日
""",
    ),
]
