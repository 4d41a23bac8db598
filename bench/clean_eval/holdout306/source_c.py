"""holdout306, part C: Q&A sites, personal collections, Party-building sites, hospitals and colleges.

Invented text throughout (sites, places, people, phones, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="qa-wenzhiliao-rusty-ladle-rack-question-title",
        site="问知了 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhiliao.example.com/q/58820317",
        title="不锈钢汤勺架用久了生锈发黑，还能用吗？怎么清理？",
        record_title=None,
        date=None,
        notes="no title in the record: the question (h1) is the title; an adopted-answer badge, the answerer's card, "
        "vote row, more answers and related questions; '回答于 3 天前' is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>不锈钢汤勺架用久了生锈发黑，还能用吗？怎么清理？ - 问知了</title><script src="/static/qa/answer.js"></script></head>
<body><header><a href="/">⟦m 问知了⟧</a> <form><input name="q"><button>⟦a 搜索⟧</button></form> <a href="/ask">⟦a 我要提问⟧</a></header>
<div class="q"><div class="q-tags">⟦l 家居 清洁 不锈钢⟧</div><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　浏览 2.3万　关注问题 118⟧</p></div>
<div class="answer best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="author">⟦m 居家小能手老韩　家政培训讲师⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-meta">⟦m 回答于 3 天前⟧ ⟦l 赞同 642　反对　评论 37⟧ ⟦a 分享 收藏 举报⟧</div></div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3><p>⟦l 铁锈斑：用柠檬片擦也行，我家一直这么弄⟧</p></div>
<aside>⟦l 相关问题：砧板发霉了还能接着用吗？⟧</aside>
<footer>⟦m 问知了 © 2025　京ICP证180624号⟧</footer></body></html>
""",
        body="""
谢邀。先说结论：表面有点锈斑、发黑的汤勺架，清理干净后可以继续用；如果锈穿了、焊点松了，建议直接换掉。
不锈钢并不是绝对不生锈。很多便宜的汤勺架用的是201不锈钢，含镍少，长期挂着湿汤勺、溅到酱油和盐水，就容易出锈点。
清理可以这样做：
1.用温水加几滴洗洁精，把油污先刷掉；
2.锈点处撒小苏打或者涂一点白醋，静置十分钟，用百洁布顺着纹路擦；
3.清水冲净后一定要擦干，挂回去之前晾一会儿。
以后买汤勺架，认准304不锈钢，底座带接水盘的更好。平时汤勺沥干再挂，锈就很少出了。
""",
    ),
    dict(
        slug="qa-tianbian-what-is-threshing-tub",
        site="田边问答 (invented farming Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.tianbianwenda.example.cn/question/31077.html",
        title="禾桶是什么农具？南方打禾为什么用方桶？",
        record_title="禾桶是什么农具？南方打禾为什么用方桶？ - 田边问答",
        date=None,
        notes="a farming Q&A: the question with the site's name in the record; best-answer label, the answerer's line "
        "with '回答于 2 天前' (no date), vote row, other answers and a follow-up prompt; an ad line between paragraphs",
        page="""
!m 田边问答 · 有农事，问田边
!t 禾桶是什么农具？南方打禾为什么用方桶？ - 田边问答
!m 2位网友关注　｜　浏览 5,216
!l 最佳回答
!m 回答者：稻草人阿丰　农技员　　回答于 2 天前
{BODY}
!l 👍 有用(231)　　👎 没用(4)
!l 其他回答（3）
!l 泥腿子：我们那叫“打谷桶”，也是方的
!a 还有疑问？立即追问
!l 相关问题：风车是怎么把瘪谷吹走的？
""",
        body="""
禾桶是南方稻区脱粒用的木桶，也叫扮桶、打谷桶，各地叫法不同。它用杉木板拼成，口大底小，一般是方形，四个角用铁皮或竹箍加固，一只桶能有六七十斤重。
打禾的时候，两三个人围着禾桶，双手握住稻把，高高举起往桶壁内侧摔打，谷粒就落进桶里。为了不让谷子溅出去，桶口三面还要围一圈竹席，叫禾桶罩。
⟦d 【推广】田边农资商城，秋收用品满99包邮⟧
为什么做成方的？一是方桶四个面都能站人摔打，几个人同时干活互不碍事；二是方桶底下可以垫两根木杠，在水田里像拖船一样拉着走，圆桶就不好拖；三是方桶的木板是直的，比圆桶好做，乡下木匠都会。
现在机器收割普及了，禾桶基本用不上了，只在一些农耕展馆和老人家里还能见到。
""",
    ),
    dict(
        slug="collection-mengkou-laozhou-memoir-threshing-tub-gb2312",
        site="甿口老周文集 (invented personal site, old gb2312 tables)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.mengkou-laozhou.example.net/daoxiang/09.htm",
        title="打禾时节的大禾桶",
        record_title="稻香旧忆之九：打禾时节的大禾桶 — 甿口老周文集",
        date=None,
        notes="a retired teacher's collection in old table layout: a marquee, chapter links, the author's mailbox and a "
        "visitor counter; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>稻香旧忆之九：打禾时节的大禾桶 — 甿口老周文集</title><script language="javascript" src="/count/counter.js"></script></head>
<body bgcolor="#FFFFF0">
<table width="800" align="center" border="0"><tr><td align="center"><font size="5" color="#006400">⟦m 甿口老周文集⟧</font><br><font size="2">⟦m 退休中学语文教师周守田的自留地⟧</font></td></tr>
<tr><td><marquee>⟦d 欢迎来到老周的小园子，文章均为原创，转载请打声招呼⟧</marquee></td></tr>
<tr><td align="center">⟦m [首页]　[稻香旧忆]　[读书札记]　[诗词]　[留言簿]⟧</td></tr></table>
<table width="800" align="center" border="1" cellspacing="0" bordercolor="#CCCCCC"><tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 稻香旧忆 · 第九篇　｜　阅读 736 次⟧</p>
{BODY}
<p align="center">⟦l ＜＜ 第八篇：队屋里的风车　｜　第十篇：割禾的镰刀 ＞＞⟧</p>
</td></tr></table>
<table width="800" align="center"><tr><td align="center"><font size="2">⟦m 与老周通信：laozhou_mk@example.net⟧<br>⟦m 本站自开通以来访问人次：<font color="red">58109</font>⟧</font></td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
我老家在甿口乡的山冲里，田少，一家就那么几丘。可每到打禾，队里的大禾桶一抬出来，整个冲里就热闹了。
那只禾桶是生产队的，杉木做的，四四方方，要两个壮劳力才抬得动。桶口三面插着竹席，叫禾桶罩，打禾时谷子往罩上一溅，又落回桶里，一粒都跑不掉。
打禾讲究节奏。父亲和二叔一左一右，双手举起一把稻子，“嘭”地摔在桶壁上，一下、两下、三下，再翻过来摔两下，稻草往身后一丢，又抓起下一把。我那时十来岁，专门负责递稻把，一个下午跑下来，腿肚子都打颤。
禾桶满了，大人用撮箕把谷子撮进箩筐，挑回晒谷坪。桶在水田里一拖，划出一道深深的沟，像一条小船走过的水路。
""",
    ),
    dict(
        slug="collection-taoshouzhuo-essay-yangma-poem",
        site="陶守拙文集 (invented, on a free collection host)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wenji.shiguang.example.com/taoshouzhuo/27.html",
        title="读《秧马歌》随想",
        record_title="〈南窗杂记〉读《秧马歌》随想 · 陶守拙文集",
        date=None,
        notes="an essay in a personal collection ending with a '写于乙巳年谷雨' line (no date); an 'added 2 months ago' "
        "stamp; a picture-credit aside glued after a sentence",
        page="""
!m 陶守拙文集
!m 南窗杂记　｜　耤水旧事　｜　诗稿　｜　来信
!t 〈南窗杂记〉读《秧马歌》随想
!m 第27篇　阅读 154　添加于 2 个月前
{BODY}
!l ← 上一篇　祖屋后的那口井
!l → 下一篇　外公的蓑衣
!d 文集内容为作者原创，未经同意请勿转贴
!m 文集空间由“拾光文集”免费提供
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
苏东坡早年游武昌，见农夫都骑着一种木制农具在秧田里拔秧，印象很深，后来写了《秧马歌》。序里说它“腹如小舟，昂其首尾”，农人骑在上面，在泥里来去自如。
我小时候在耤水乡下见过秧马，和序里写的几乎一样：一块船形的底板，上面钉一条窄窄的坐板，前头微微翘起。外公坐在上面拔秧，腰背挺直，一上午也不喊累。⟦m （配图为外公用过的秧马，摄于老屋阁楼）⟧
东坡后来还把秧马的样子和做法讲给各地的朋友和地方官，劝他们推广。一个屡遭贬谪的文人，心里惦记的却是农人的腰疼，这份心思，比诗句本身更打动我。
如今秧马早已退出田间，只在展馆里偶尔一见。重读这首诗，想起的不只是一件农具，还有那些弯着腰在秧田里过了一辈子的人。
写于乙巳年谷雨，南窗下
""",
    ),
    dict(
        slug="dangjian-dangxi-speech-red-harvest-rakes",
        site="垱溪先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.dxxianfeng.example.gov.cn/jcdj/xzjd/202509/t20250929_4471.html",
        title="在“红色秋收”党员志愿服务队出征仪式上的讲话",
        record_title="【先锋在秋收】在“红色秋收”党员志愿服务队出征仪式上的讲话 - 垱溪先锋网",
        date="2025-09-26",
        date_also=["2025-09-29"],
        notes="a Party-building portal with a study-points prompt and a read-on-phone line; the speaker line and the "
        "date under the title are neutral; the date under the title expected, the portal's 发布时间 also accepted; a "
        "highlight button glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【先锋在秋收】在“红色秋收”党员志愿服务队出征仪式上的讲话 - 垱溪先锋网</title><script src="/js/xuexi-points.js"></script></head><body>
<div class="dj-top">⟦m 垱溪先锋网⟧ ⟦m 中共垱溪县委组织部主办⟧</div>
<div class="dj-nav"><a>⟦m 首页⟧</a> <a>⟦m 组工动态⟧</a> <a>⟦m 基层党建⟧</a> <a>⟦m 先锋风采⟧</a> <a>⟦m 党员教育⟧</a></div>
<div class="dj-crumb">⟦m 位置：首页 ⇒ 基层党建 ⇒ 乡镇街道⟧</div>
<h1>{T}</h1>
<p class="speaker">堨头镇党委书记　毛思远</p>
<p class="sdate">（2025年9月26日）</p>
<div class="dj-meta">⟦m 来源：堨头镇党委　发布时间：2025-09-29　访问量：884⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-points">⟦a 认真阅读满3分钟，可获得学习积分1分⟧</div>
<div class="dj-phone">⟦a 用手机扫描二维码继续阅读⟧</div>
<div class="dj-rel"><h4>⟦l 相关阅读⟧</h4><p>⟦l 县委组织部部署秋收秋种党员先锋行动⟧</p><p>⟦l 壆下镇党员帮收帮晒记⟧</p></div>
<div class="dj-foot">⟦m 中共垱溪县委组织部　版权所有　地址：垱溪县府前路1号⟧ ⟦m 组工咨询电话：0716-7329380⟧</div>
</body></html>
""",
        body="""
同志们：
秋分刚过，稻子黄了。今天我们在这里举行“红色秋收”党员志愿服务队出征仪式，就是要动员全镇党员干部走到田间、走到晒场，帮群众把一年的收成稳稳当当收回家。
今年全镇的任务很明确：一是帮扶到户，对全镇87户缺劳力的脱贫户、独居老人户，由党员结对包收包晒；二是守好晒场，12个村级晒场各设一个党员服务岗，备齐谷耙、晒垫和防雨布，谁家要用随时来借；三是守住安全，劝导群众不在公路上晒粮，夜间轮流值守，防火防盗。⟦a 【标为重点】⟧
同志们，群众的粮食就是群众的心头肉。希望大家撸起袖子、扛起谷耙，把党旗插在秋收一线，让乡亲们看到共产党员的样子！
""",
    ),
    dict(
        slug="dangjian-qiuyuan-summary-canteen-ladle-racks-table",
        site="坵原党建网 (invented Party-building portal, text page)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qydangjian.example.cn/csjcdj/sqdt/2025/0708/2216.html",
        title="壋前社区党支部“邻里爱心食堂”上半年工作总结",
        record_title="壋前社区党支部“邻里爱心食堂”上半年工作总结【邻里食堂专栏】_坵原党建网",
        date="2025-07-03",
        date_also=["2025-07-08"],
        notes="a Party branch's summary with a service table (one row a paragraph) on a Party portal; a study-check-in "
        "prompt above, a correction/print/share row and a column list below; the branch's date expected, the portal's "
        "time line also accepted",
        page="""
!m 坵原党建网
!m 当前位置：首页 > 城市基层党建 > 社区动态
!t 壋前社区党支部“邻里爱心食堂”上半年工作总结【邻里食堂专栏】
!m 作者：壋前社区　时间：2025-07-08　浏览：207
!a ◎ 学习打卡：阅读本文可计入今日学习时长
{BODY}
!a 【我要纠错】【打印】【分享】
!l 专栏文章：“邻里爱心食堂”开张了　/　党员志愿者的一天
!m 坵原县委组织部主办　技术支持：坵原县融媒体中心
""",
        body="""
今年上半年，社区党支部依托“邻里爱心食堂”为辖区老人提供助餐服务，党员志愿者参与帮厨、送餐、清洁，食堂运行平稳。现将有关情况总结如下。
一、服务情况
月份　就餐人次　送餐上门人次　党员志愿者服务时长（小时）
1—2月　2860　412　318
3—4月　3175　455　364
5—6月　3390　503　392
二、主要做法
一是规范后厨卫生。针对老人反映汤勺挂在墙边积油的问题，支部筹资更换了带接水盘的不锈钢汤勺架，汤勺、漏勺分区悬挂，每餐后消毒。二是坚持党员轮值，每天安排两名党员值守窗口，听取老人意见。
三、下半年打算
继续扩大送餐范围，争取把周边两个小区的独居老人纳入服务。
中共壋前社区支部委员会
2025年7月3日
""",
    ),
    dict(
        slug="hospital-houzhou-second-spoon-feeding-article",
        site="垕州市第二人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.hzsdeyy.example.com/jkkp/hlkt/2025/0512/903.html",
        title="术后进流食，护士教您用好一把瓷勺",
        record_title="护理课堂 · 术后进流食，护士教您用好一把瓷勺_垕州市第二人民医院",
        date="2025-05-12",
        notes="a hospital page with a 24-hour emergency line at the top and a booking float with its own line; the "
        "article's own 护士站 phone stays in the body; a photo caption between paragraphs; the byline's 发布时间 is the "
        "page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>护理课堂 · 术后进流食，护士教您用好一把瓷勺_垕州市第二人民医院</title><script src="/js/hospital.js"></script></head><body>
<div class="hos-top">⟦m 垕州市第二人民医院⟧ ⟦m 三级综合医院⟧ <span>⟦m 24小时急救电话：0739-2610120⟧</span></div>
<div class="hos-nav"><a>⟦m 首页⟧</a> <a>⟦m 医院概况⟧</a> <a>⟦m 科室导航⟧</a> <a>⟦m 专家介绍⟧</a> <a>⟦m 健康科普⟧</a> <a>⟦m 患者服务⟧</a></div>
<div class="crumb">⟦m 您在这里：健康科普 › 护理课堂⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：普外科 龚雅琴　发布时间：2025-05-12　浏览：1,904⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ⟧</div>
<div class="float-book"><a>⟦a 在线预约挂号⟧</a> <span>⟦m 预约专线 0739-2610999⟧</span></div>
<div class="side"><h4>⟦l 护理课堂 · 近期文章⟧</h4><ul><li>⟦l 鼻饲管怎么护理？⟧</li><li>⟦l 卧床老人如何翻身⟧</li></ul></div>
<div class="footer">⟦m 地址：垕州市塥口区医院路12号⟧ ⟦m 湘ICP备10027731号⟧ ⟦d 本站科普内容仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
不少家属在病人术后第一次进流食时手忙脚乱：用不锈钢勺怕烫嘴，用吸管又怕呛着。其实，一把普通的白瓷勺就很好用。
为什么推荐瓷勺？瓷勺导热慢，汤水不容易烫嘴；勺面宽而浅，一勺的量大约五毫升，便于控制每口的多少；勺沿圆润，不容易碰伤口唇。
⟦m （图：护士在病房示范半勺喂食法）⟧
喂的时候注意三点：一是先让病人半坐或摇高床头三十度以上；二是每次只舀半勺，从嘴角一侧慢慢喂入，看到病人咽下再喂下一口；三是如果出现呛咳，要立即停止，让病人休息片刻。
瓷勺用完要单独清洗，有裂纹、缺口的应及时更换。
如有疑问，可咨询我院普外科护士站，电话：0739-2610532。
""",
    ),
    dict(
        slug="hospital-qiuyuan-notice-pantry-ladle-racks",
        site="坵原县人民医院 (invented hospital site, text page)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qyxrmyy.example.cn/ywgk/ynzt/2025/0618/166.html",
        title="关于规范病区配餐间汤勺架清洗消毒工作的通知",
        record_title="【院感提醒】关于规范病区配餐间汤勺架清洗消毒工作的通知 · 坵原县人民医院",
        date="2025-06-18",
        notes="a hospital notice: the department's own 联系人/电话 (with an extension) in the body beside the site's "
        "24-hour and booking lines at the top; print/send buttons and a footer",
        page="""
!m 坵原县人民医院 官方网站
!m 24小时服务热线：0734-5120000　｜　预约挂号：0734-5120888
!m 首页 » 院务公开 » 院内通知
!t 【院感提醒】关于规范病区配餐间汤勺架清洗消毒工作的通知
!m 发布科室：医院感染管理科　　阅读量：96
{BODY}
!a 🖨 打印　　✉ 发送给同事
!l 院内通知：关于开展手卫生依从性调查的通知
!d 版权所有 坵原县人民医院　未经许可不得转载
""",
        body="""
各病区、营养食堂：
近期院感科巡查发现，部分病区配餐间的汤勺架长期不清洗，挂钩处积有油垢，底座接水盘有积水，存在交叉污染风险。为规范管理，现就有关要求通知如下：
一、各病区配餐间汤勺架由营养食堂统一配备，须为304不锈钢材质，带可拆卸接水盘。
二、汤勺、漏勺使用后应先清洗、消毒、沥干，再悬挂于汤勺架上，生熟分开，标识清楚。
三、汤勺架每日下班前清洁一次，接水盘每日倒空擦干；每周五用含氯消毒液浸泡擦拭一次，并填写消毒登记本。
四、院感科每月抽查一次，检查结果纳入科室院感质控考核。
联系人：院感科 严秋月，电话：0734-5120316（内线 8316）
坵原县人民医院医院感染管理科
2025年6月18日
""",
    ),
    dict(
        slug="college-houzhou-agri-news-yangma-donation-h1",
        site="垕州农业职业学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hzagri-college.example.edu.cn/xyxw/2025/0418/c118a5502/page.htm",
        title="农学院农耕文化馆新添十二件秧马藏品",
        record_title=None,
        date="2025-04-18",
        notes="no title in the record and a column-only <title>: the h1 holds it; the dotted date line '2025.04.18' with "
        "source/author/reviewer is the page's date; an extended-reading link glued after a sentence; a photo caption "
        "and prev/next links under the text",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>学院新闻-垕州农业职业学院</title><script src="/_js/jquery.sudy.wp.visitcount.js"></script></head><body>
<div class="header">⟦m 垕州农业职业学院⟧ ⟦m 明农 · 躬耕 · 致用⟧ <a>⟦a 信息门户⟧</a> <a>⟦a EN⟧</a></div>
<div class="nav"><a>⟦m 学校首页⟧</a> <a>⟦m 学院概况⟧</a> <a>⟦m 教学科研⟧</a> <a>⟦m 招生就业⟧</a> <a>⟦m 校园文化⟧</a></div>
<div class="lm">⟦m 学院新闻⟧</div>
<h1 class="arti-title">{T}</h1>
<p class="arti-meta">⟦m 2025.04.18　来源：农学院　撰稿：尹思齐　审核：钱嘉陵　点击：<span>503</span>⟧</p>
<div class="arti-con">
{BODY}
</div>
<div class="pics">⟦m 图为捐赠的秧马在农耕文化馆展出（农学院供图）⟧</div>
<div class="side"><h4>⟦l 热点新闻⟧</h4><ul><li>⟦l 我校两项农技成果入选省推广目录⟧</li><li>⟦l 春季学期教学检查全面启动⟧</li></ul></div>
<div class="arti-next">⟦l 上一条：我校举办春季田间管理技能竞赛⟧ ⟦l 下一条：校园开放日接待中学生600余人⟧</div>
<div class="footer">⟦m 地址：垕州市塥口区学苑路88号　邮编：421300⟧ ⟦m 湘ICP备06011258号⟧</div>
</body></html>
""",
        body="""
4月16日，农学院农耕文化馆迎来一批特殊的“新成员”：十二件秧马。这批秧马由校友、畇阳县退休农技员萧德润历时三年从周边乡村收集，无偿捐赠给学校。
这些秧马形制各不相同，有的底板宽大，适合烂泥田；有的底板窄长，两头高高翘起，适合在秧行间穿梭。其中一件坐板上刻着“一九六三年置”字样，是目前馆内年代最久的秧马。⟦l 延伸阅读：农耕文化馆开放时间及预约方式⟧
捐赠仪式上，农学院院长邓立衡向萧德润颁发了捐赠证书。他表示，学院将把这批秧马用于“作物栽培学”“农业史”等课程的实物教学，并在今年秋季学期开设农耕器具专题展。
""",
    ),
    dict(
        slug="college-yunyang-notice-drying-ground-labour",
        site="畇阳学院教务处 (invented college office site, text page)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.yunyang-univ.example.edu.cn/tzgg/2025/0929/1877.html",
        title="关于组织2025级新生参加晒场劳动教育实践的通知",
        record_title="教务通知：关于组织2025级新生参加晒场劳动教育实践的通知｜畇阳学院",
        date="2025-09-28",
        date_also=["2025-09-29"],
        notes="a college office's notice; the office's own phone line is site chrome at the bottom; the office's date "
        "under its name expected, the 发布 date also accepted",
        page="""
!m 畇阳学院 教务处
!m 首页 | 教学管理 | 实践教学 | 通知公告 | 下载中心
!t 教务通知：关于组织2025级新生参加晒场劳动教育实践的通知
!m 作者：实践教学科　　发布：2025-09-29　　浏览：1,318
{BODY}
!a ［打印此页］　［关闭窗口］
!m 教务处办公室：0738-8216070　地址：行政楼三楼
!d 畇阳学院教务处 版权所有
""",
        body="""
各二级学院：
根据学校劳动教育课程安排，定于10月13日至17日组织2025级新生到学校农业实践基地参加晒场劳动教育实践，现将有关事项通知如下。
一、内容安排。学生在指导教师带领下完成稻谷摊晒、用谷耙翻晒、收谷入仓等劳动，每班实践半天，计劳动教育课程1学时。
二、分组安排。各学院按班级排定批次，于10月9日前将名单报教务处实践教学科。
三、注意事项。学生须着长袖衣裤、戴遮阳帽，谷耙、木锨等农具由基地统一发放，用后清点归还。
四、考核方式。实践结束后每人提交劳动心得一篇，由指导教师评定成绩。
教务处
2025年9月28日
""",
    ),
]
