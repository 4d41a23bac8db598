"""Holdout215, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Every document, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-dazhi-fishtank-question-adopted",
        site="答知网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dazhiwang.com/q/30418872.html",
        title="新买的鱼缸要空转多久才能放鱼？",
        record_title=None,
        date=None,
        notes="no title in the record: the question in the <h1>; an adopted-answer badge, a vote row, more answers and related questions; the answer time is relative (no date); a numbered list stays",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新买的鱼缸要空转多久才能放鱼？_答知网</title>
<script src="//s.dazhiwang.com/js/qa.js"></script>
</head>
<body>
<div class="dz-top"><a href="/">⟦m 答知网⟧</a> <span>⟦m 有问题，就有人答⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="dz-crumb">⟦m 答知网 › 生活 › 宠物 › 观赏鱼⟧</div>
<div class="dz-question">
<h1>{T}</h1>
<p class="asker">⟦m 提问者：匿名网友　悬赏 10 知豆　浏览 8816 次⟧</p>
</div>
<div class="dz-answer best">
<p class="badge">⟦m ✔ 提问者已采纳⟧</p>
<p class="who">⟦m 鱼乐无穷 · 水族店店主 · 回答于 3 天前⟧</p>
<div class="dz-answer-text">
{BODY}
</div>
<p class="vote">⟦a 有用 214 ｜ 没用 3 ｜ 评论 12⟧</p>
</div>
<div class="dz-more"><h3>⟦l 其他 6 个回答⟧</h3>
<p>⟦l 青鳉：我空转了一个月，后来一直很稳⟧</p>
<p>⟦l 小鱼干：别听商家说当天就能放，真的会死鱼⟧</p></div>
<div class="dz-related"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 鱼缸水发白是什么原因？⟧</li><li>⟦l 硝化细菌要一直加吗？⟧</li></ul></div>
<div class="dz-foot">⟦m 答知网 © 2012-2024　粤ICP备12071935号⟧</div>
</body>
</html>
""",
        body="""
一般建议空转两到四周，具体要看水质检测结果，不要只看天数。
鱼缸空转的目的是培养硝化细菌，让它们把鱼的排泄物分解掉。新缸刚加水时，里面几乎没有这些细菌，这时放鱼，氨和亚硝酸盐很快就会超标，鱼容易出现浮头、烂鳍甚至死亡。
我的做法是：
1.加水后开启过滤和加热，水温保持在25度左右；
2.第三天开始添加硝化细菌，并放入少量鱼食“喂”细菌；
3.每隔两三天测一次氨和亚硝酸盐，两项连续几天都接近零，才算开缸完成；
4.第一次放鱼只放计划数量的三分之一，观察一周再逐步加。
另外，千万不要一次换太多水，也不要频繁洗滤材，不然前面的功夫就白费了。
""",
    ),
    dict(
        slug="qa-gongyou-hardhat-lifespan-best-answer",
        site="工友问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.gongyouwenda.com/question/772104",
        title="工地安全帽用几年就得换？",
        record_title="工地安全帽用几年就得换？（有最佳答案）｜工友问答",
        date=None,
        notes="a Q&A in text: the question decorated, asker and best-answer lines with a relative time, vote row, more answers, a disclaimer; no date",
        page="""
!m 工友问答 — 干活遇到难题，来这儿问问
!t 工地安全帽用几年就得换？（有最佳答案）
!m 提问：钢筋班小张　分类：施工安全　浏览 3902
!m 最佳答案　答主：老安全员韩叔　回答于 2 天前
{BODY}
!a 有帮助 168　无帮助 2　分享给工友
!l 更多回答（4）
!l 吴工：记得看帽子里面的标签，日期都印在上面
!l 相关问题：安全帽颜色有什么讲究？ | 安全帽下颏带必须系吗？
!d 回答内容仅代表答主个人经验，具体以国家标准和单位规定为准
!m 工友问答 © 2024　京ICP备20026137号
""",
        body="""
安全帽没有一个统一的“几年必换”，但有几条硬杠杠可以参考。
第一，看产品标注的使用期限。正规安全帽的帽壳内侧都有永久性标识，标明生产日期和制造商，有的还注明了报废期限，到期就要更换。
第二，看材质。塑料帽壳长期日晒会老化变脆，一般用到两年半左右就要重点检查，玻璃钢帽壳的寿命相对长一些。
第三，看有没有受过冲击。安全帽只要受过一次较大的冲击，不管外表有没有裂纹，都应当报废。
第四，看外观。帽壳出现裂纹、变形、褪色发白，帽衬断裂或者下颏带老化，都要立即更换。
建议单位建立发放台账，把生产日期登记清楚，到期统一更换，比靠个人记更可靠。
""",
    ),
    dict(
        slug="collection-wanqiao-globe-memoir-gb2312",
        site="晚樵文存 (invented personal site, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.wanqiao-wencun.net/dxsy/2/017.htm",
        title="父亲的地球仪",
        record_title="《灯下拾遗》第二辑 · 父亲的地球仪 — 晚樵文存",
        date=None,
        notes="a retired writer's old gb2312 site: 繁體/简体 links, chapter links, a visitor counter and the author's mailbox; a memoir dated only 写于癸卯年冬 (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《灯下拾遗》第二辑 · 父亲的地球仪 — 晚樵文存</title>
<style type="text/css">body{font-size:14px;background:#f7f3e8}</style>
</head>
<body>
<table width="760" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 晚樵文存⟧</font><br><font color="#666666">⟦m 老来执笔，记些旧人旧事⟧</font></td></tr>
<tr><td align="right">⟦a <a href="/big5/">繁體</a> | <a href="/">简体</a> | <a href="/gb/">本站目录</a>⟧</td></tr>
<tr><td align="center">⟦t 《灯下拾遗》第二辑 · 父亲的地球仪⟧</td></tr>
<tr><td align="center">{T}</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：母亲的针线笸箩⟧　⟦l 返回第二辑目录⟧　⟦l 下一篇：老屋的门槛⟧</td></tr>
<tr><td align="center">⟦m 欢迎来信：wanqiao_1949@wanqiao-wencun.net⟧</td></tr>
<tr><td align="center">⟦m 本页自2009年起被翻阅 0012648 次⟧</td></tr>
<tr><td align="center">⟦d 文中所记皆为作者亲历，转载请先征得同意⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是乡村中学的地理老师，教了三十多年书。他办公桌上有一只地球仪，是上世纪七十年代学校配发的，铁皮底座，球面是纸糊的，颜色早已发黄。
小时候，我最喜欢趁父亲不在，把地球仪转得飞快，然后闭上眼睛用手指一按，按到哪里，就说长大要去哪里。有一次按在了大海中央，父亲笑着说，那你得先学会游泳。
后来学校换了新的教具，这只旧地球仪被父亲带回了家，一直摆在书房的窗台上。球面上有几处他用铅笔写的小字，是当年给学生讲课时标的重点，有些已经看不清了。
父亲退休那年，把地球仪送给了我。如今它摆在我的书架上，我偶尔也会转一转，只是再也不会闭着眼睛去按了。
写于癸卯年冬
""",
    ),
    dict(
        slug="collection-lixia-safe-memoir-wrapped-56",
        site="篱下集 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://lixiaji.cn/juan2/laokuaiji.html",
        title="老会计和他的铁皮柜",
        record_title="老会计和他的铁皮柜（篱下集·卷二）",
        date=None,
        notes="a memoir hard-wrapped at 56 columns; an entry time given only as 2 个月前; chapter links, a reprint notice and the author's mailbox; no date",
        page="""
!m 篱下集 · 一个老供销人的文字
!m 目录　卷一　卷二　卷三　留言簿
!t 老会计和他的铁皮柜（篱下集·卷二）
!m 作者：篱下翁　录入：2 个月前　阅读 316
{BODY}
!l 上一篇：那年的煤油灯　|　下一篇：赶集去
!d 本集文字欢迎转载，请注明出处并告知作者
!m 作者邮箱：lixiaweng1956@lixiaji.cn
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
我参加工作的第一年，在公社供销社当学徒，跟着老会计崔伯记账。
崔伯的办公桌旁立着一只墨绿色的铁皮保险柜，半人多高，柜门上有一个黄铜转盘。每天傍晚，他把当天的现金点两遍，用牛皮纸包好放进柜里，再把转盘左三圈、右两圈地拧一通，最后拉一拉柜门把手，确认锁牢了才下班。
我问他，门都锁了，还拉它干什么？崔伯说，公家的钱，多拉一下，心里踏实。
那只保险柜跟了崔伯二十多年，柜里的钱从来没有差过一分。他退休交接那天，把密码写在纸条上交给接班的会计，又当着大家的面把纸条烧了，说：“从今天起，这个数只有你一个人知道。”
后来我也管过钱，每次锁完保险柜，都会下意识地拉一下柜门。
""",
    ),
    dict(
        slug="dangjian-chiyang-summary-swatter-table",
        site="螭阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.chiyangxianfeng.gov.cn/jcdj/202409/t20240904_2871.html",
        title="蛟口镇党员志愿服务队“清凉一夏”为老服务工作总结",
        record_title="【支部在行动】蛟口镇党员志愿服务队“清凉一夏”为老服务工作总结 - 螭阳先锋网",
        date="2024-08-30",
        date_also=["2024-09-04"],
        notes="a Party-building portal: a study-points prompt on a line of its own between paragraphs, a read-on-phone QR line, a data table one row a paragraph; 成文日期 under the signature differs from the page date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【支部在行动】蛟口镇党员志愿服务队“清凉一夏”为老服务工作总结 - 螭阳先锋网</title>
<script src="/static/js/main.js"></script>
</head>
<body>
<div class="xf-head"><span>⟦m 螭阳先锋网⟧</span> <span>⟦m 中共螭阳县委组织部主办⟧</span></div>
<div class="xf-nav">⟦m 首页　要闻动态　基层党建　干部工作　人才工作　党员教育⟧</div>
<div class="xf-pos">⟦m 当前位置：首页 » 基层党建 » 支部风采⟧</div>
<div class="xf-article">
<h1>{T}</h1>
<div class="xf-info">⟦m 日期：2024-09-04　稿源：蛟口镇党委　阅读 977⟧</div>
<div class="xf-content">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫码，把这篇文章带走⟧</div>
<div class="xf-near">⟦l 上一篇：鲎田镇“党员中心户”带富经验交流会侧记⟧<br>⟦l 下一篇：县委组织部开展年轻干部“墩苗”集中调训⟧</div>
</div>
<div class="xf-foot"><p>⟦m 螭阳县委组织部　地址：螭阳县人民路1号　电话：0766-5210011⟧</p><p>⟦m 湘ICP备13002268号⟧</p></div>
</body>
</html>
""",
        body="""
今年6月至8月，蛟口镇党员志愿服务队围绕“清凉一夏”为老服务主题，组织党员深入独居、空巢老人家中开展志愿服务，现将工作情况总结如下。
一、主要做法
一是摸清底数。各村党支部对辖区独居、空巢老人逐户走访，建立服务清单，明确每户的联系党员。
二是送物上门。为老人免费发放电蚊拍、蚊帐和防暑药品，手把手教老人安全使用电蚊拍，提醒不要在床上充电。
⟦a 阅读本文满一分钟，可获学习积分1分⟧
三是清理环境。组织党员帮助老人清理房前屋后积水和杂物，减少蚊虫滋生。
二、服务成效
项目　数量
走访老人　412户
发放电蚊拍　386把
发放蚊帐　205顶
清理积水点　1130处
三、下一步打算
我们将把夏季为老服务做成常态化项目，进一步完善党员联系户制度，让老人们感受到党组织的温暖。
中共蛟口镇委员会组织办
2024年8月30日
""",
    ),
    dict(
        slug="dangjian-qiuling-speech-safe-cn-date-under-title",
        site="虬岭机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.qljgdj.gov.cn/xxyd/ldjh/2024/0401/612.html",
        title="在县直机关保密工作暨涉密载体管理会议上的讲话",
        date="2024-03-27",
        date_also=["2024-04-01"],
        notes="record title as is; speaker line and a date in Chinese numerals under the title (neutral); a collect link glued after a sentence; a study-points prompt between points; page date differs",
        page="""
!m 虬岭机关党建网
!m 首页 > 学习园地 > 领导讲话
{T}
县委常委、县直机关工委书记　甘泽民
（二〇二四年三月二十七日）
!m 发布：县直机关工委　日期：2024-04-01　阅读：2105
{BODY}
!a 【我要收藏】【发给同事】
!l 延伸学习：机关保密工作“十不准”图解
!m 中共虬岭县直属机关工作委员会　版权所有
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开县直机关保密工作暨涉密载体管理会议，主要是通报近期保密检查情况，对今年工作作出安排。
一、正视问题。春节前，县保密办对28个县直单位进行了保密检查，发现有的单位涉密文件随手放在办公桌上，有的保险柜钥匙插在柜门上，有的保险柜密码多年未换，甚至写在便签上贴在柜子背面。这些问题看似小事，一旦失泄密，后果不堪设想。⟦a 【收藏本篇】⟧
⟦a 学习强机关：读完本篇可记学时0.5⟧
二、抓住重点。各单位要做到涉密载体“件件有登记、份份有去向”，涉密文件一律存放在保密柜或保险柜中，钥匙和密码由专人分别保管，人员调整时及时更换。
三、落实责任。机关党组织书记是本单位保密工作第一责任人，要把保密教育纳入“三会一课”，每年至少组织一次保密警示教育。
同志们，保密工作无小事。希望大家以这次会议为契机，把各项保密措施落到实处。
""",
    ),
    dict(
        slug="hospital-panzhou-burns-swatter-booking-float",
        site="蟠州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.pzsdeyy.com/kpyd/2024/0716/1893.html",
        title="电蚊拍致伤病例增多 烧伤整形科提醒：这样用才安全",
        record_title="【科普驿站】电蚊拍致伤病例增多 烧伤整形科提醒：这样用才安全 - 蟠州市第二人民医院",
        date="2024-07-16",
        notes="hospital site: a booking float, a 24-hour emergency line and an experts list beside the department's own 咨询电话 in the body; 发布时间 byline is the page's date; numbered advice",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【科普驿站】电蚊拍致伤病例增多 烧伤整形科提醒：这样用才安全 - 蟠州市第二人民医院</title>
<script src="/js/float.js"></script>
</head>
<body>
<div class="h-top">⟦m 蟠州市第二人民医院⟧ <span>⟦m 三级甲等综合医院⟧</span> <span>⟦m 24小时急诊电话：0761-88320120⟧</span></div>
<div class="h-nav">⟦m 医院概况　就医指南　科室导航　专家介绍　健康科普　党建文化⟧</div>
<div class="h-crumb">⟦m 首页 &gt; 健康科普 &gt; 科普驿站⟧</div>
<div class="h-article">
<h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2024-07-16　来源：烧伤整形科　浏览次数：2281⟧</div>
<div class="h-content">
{BODY}
</div>
<div class="h-tip">⟦d 科普内容仅供参考，不作为诊疗依据，身体不适请及时就医⟧</div>
</div>
<div class="h-side"><h3>⟦l 本科室专家⟧</h3><ul><li>⟦l 吴明哲　主任医师　周二、周四上午⟧</li><li>⟦l 薛采薇　副主任医师　周三全天⟧</li></ul></div>
<div class="float-box">⟦a 微信预约挂号⟧<br>⟦a 在线咨询⟧<br>⟦a 回到顶部⟧</div>
<div class="h-foot">⟦m 地址：蟠州市鼍湖区建设南路218号　蟠ICP备10021347号⟧</div>
</body>
</html>
""",
        body="""
入夏以来，我院烧伤整形科已接诊多例电蚊拍致伤患者，其中大部分是儿童。
7月上旬，一名5岁男孩趁家人不注意，用手指去摸通电的电蚊拍网面，右手食指被电击灼伤。另一名老人在厨房用电蚊拍拍打蚊子，电火花引燃了附近的杀虫喷雾，导致面部和双手烧伤。
烧伤整形科主任医师吴明哲提醒：
1.电蚊拍应放在儿童够不到的地方，使用后及时关闭电源；
2.不要在喷过杀虫剂、花露水或有燃气泄漏的地方使用电蚊拍；
3.被电击后皮肤发白、起水疱的，先用流动冷水冲洗15至20分钟再就诊，不要涂抹牙膏、酱油。
如有疑问，可拨打烧伤整形科咨询电话0761-88327415。
""",
    ),
    dict(
        slug="hospital-yuanxi-tcm-fishtank-granuloma",
        site="鼋溪县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.yxxzyy.cn/jkkp/pfk/20240530/77.html",
        title="养鱼的人要当心“鱼缸肉芽肿”",
        record_title="皮肤科说丨养鱼的人要当心“鱼缸肉芽肿” - 鼋溪县中医院",
        date=None,
        notes="a county hospital's health article in text: only an update stamp (3 天前), booking and guidance links, the hospital's booking line and service account, a disclaimer; no date",
        page="""
!m 鼋溪县中医院 | 厚德 精诚 仁术
!m 首页 › 健康科普 › 皮肤科
!t 皮肤科说丨养鱼的人要当心“鱼缸肉芽肿”
!m 皮肤科 谈一苇　更新于 3 天前　浏览 667
!a 在线预约　｜　智能导诊
{BODY}
!d 本文仅作健康科普，不能替代医生面诊
!m 预约挂号请拨：0762-4690114　微信搜索“鼋溪县中医院”服务号
!l 相关科普：湿疹反反复复怎么办 | 夏季防晒的几个误区
""",
        body="""
手上有个小伤口，换鱼缸水时没戴手套，几周后伤口处长出暗红色的结节，久久不愈——这可能是“鱼缸肉芽肿”。
鱼缸肉芽肿是由海分枝杆菌感染引起的皮肤病。这种细菌常见于鱼缸水、水草和鱼体表面，当皮肤有破损时，细菌就可能乘虚而入。它多发生在手指、手背，开始是小丘疹，慢慢发展为结节或溃疡，有的还会沿着淋巴管排成一串。
这种病容易被误认为普通皮肤感染，自行涂药往往效果不好。如果有接触鱼缸的经历，就诊时一定要主动告诉医生，以便尽早检查和规范治疗。
预防方法很简单：清洗鱼缸、打理水草时戴上防水手套；手上有伤口时尽量不接触鱼缸水；处理完后用肥皂和流动水洗手。
""",
    ),
    dict(
        slug="university-panzhou-tech-notice-hardhat-h1",
        site="蟠州理工学院基建处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jjc.pzlg.edu.cn/info/1021/3318.htm",
        title="关于进入校园在建工地须规范佩戴安全帽的通知",
        record_title=None,
        date="2024-04-08",
        notes="no title in the record: the notice's <h1>; a university office page with a generic <title>, a print/close row, a share bar and a campus list; the office's own phone in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>通知公告-蟠州理工学院基建处</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="logo-bar">⟦m 蟠州理工学院 基建处⟧ <a>⟦m 学校主页⟧</a> <a>⟦a 校园VPN⟧</a></div>
<div class="menu">⟦m 首页　机构设置　工程动态　规章制度　通知公告　下载专区⟧</div>
<div class="path">⟦m 当前位置：首页 &gt; 通知公告 &gt; 正文⟧</div>
<div class="content-box">
<h1>{T}</h1>
<div class="c-info">⟦m 发布者：基建处办公室　发布时间：2024-04-08　点击：[1318]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="c-tools">⟦a 〔打印〕〔关闭本页〕⟧　⟦l 分享：微信　QQ　企业微信⟧</div>
</div>
<div class="side"><h3>⟦l 工程动态⟧</h3><ul><li>⟦l 图书馆二期主体结构封顶⟧</li><li>⟦l 学生公寓8号楼完成桩基验收⟧</li></ul></div>
<div class="bottom">⟦m 蟠州理工学院基建处　地址：蟠州市经开区明理路6号⟧　⟦m 蟠ICP备05004431号⟧</div>
</body>
</html>
""",
        body="""
各学院、各部门，全体师生：
目前，学校图书馆二期和学生公寓8号楼两个项目正在施工。近期发现，有少数师生为抄近路穿行施工围挡区域，个别外来送货人员未戴安全帽进入工地，存在较大安全隐患。为此，通知如下：
一、施工区域实行封闭管理，除施工、监理和学校基建处工作人员外，其他人员一律不得进入。
二、因工作需要进入施工区域的，须在工地门口登记，领取并规范佩戴安全帽，系好下颏带，由施工方安全员陪同。
三、请各学院提醒学生绕行校内临时通道，不要在围挡附近逗留、拍照。
如发现违规进入施工区域的情况，请及时联系基建处，电话：0761-88615230。
蟠州理工学院基建处
2024年4月8日
""",
    ),
    dict(
        slug="university-panzhou-normal-globe-news-record",
        site="蟠州师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.pzsf.edu.cn/info/1003/21457.htm",
        title="地理科学学院学生为鲎田镇史馆制作三米立体地球仪",
        record_date="2024-11-22",
        date="2024-11-22",
        notes="record title and date as is; a dotted date and 文/图/审核 line, an editor line, prev/next and the publicity office's footer",
        page="""
!m 蟠州师范学院新闻网
!m 首页 / 院部动态 / 地理科学学院
{T}
!m 2024.11.22　文/图：地理科学学院　审核：郑秋屿　点击：528
{BODY}
!m 编辑：钟乔
!l 上一条：学校举行第十届师范生教学技能大赛决赛
!l 下一条：我校学子在省大学生测绘技能竞赛中获一等奖
!m 蟠州师范学院党委宣传部　地址：蟠州市学府大道99号
""",
        body="""
11月20日，一只直径3米的立体地球仪在鲎田镇史馆前广场落成，这是蟠州师范学院地理科学学院师生历时四个月完成的作品。
地球仪采用钢结构骨架和玻璃钢球面，表面绘有地形晕渲和主要河流，底座刻有鲎田镇的经纬度。项目由学院“经纬”学生创新团队承担，14名本科生在指导教师温以宁的带领下，完成了从投影计算、分块放样到现场拼装的全部工作。
“把平面地图变成曲面，每一块都要反复计算误差。”团队负责人、地理科学专业2021级学生严若棠说，这次实践让大家把课堂上学的投影知识真正用了起来。
据介绍，学院今后将与更多乡镇合作，开展地理科普设施设计和研学活动。
""",
    ),
]
