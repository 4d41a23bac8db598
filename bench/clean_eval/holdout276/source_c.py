"""holdout276, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people; written by hand, one case at a time.
"""

CASES = [
    dict(
        slug="qa-baixiao-heatpad-on-plane-question-title",
        site="百晓问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baixiaowenda.com/q/5520931847",
        title="暖宝宝能带上飞机吗？过安检会被收走吗？",
        record_title=None,
        date=None,
        notes="Q&A page: the question is the title (an <h1>); the asker's note, an adopted-answer badge, the answerer's line "
        "with 回答于 2 天前 (no date), a vote row and more answers",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>百晓问答 - 你问我答，百事通晓</title>
<script src="https://cdn.baixiaowenda.com/qa/main.3f9a.js"></script>
</head>
<body>
<div class="bx-head">⟦m 百晓问答⟧ <form><input placeholder="搜问题"><button>⟦a 搜一下⟧</button></form> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bx-cate">⟦m 百晓问答 › 生活 › 出行⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 下周去哈尔滨出差，想在包里放几片暖宝宝，怕安检不让过。⟧</p>
<p class="q-meta">⟦m 提问者：walker_77　·　2 天前　·　浏览 8,903⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="a-user">⟦m 机场老地勤　·　出行领域优质答主　·　回答于 2 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-vote">⟦a 有用 326⟧ ⟦a 没用 4⟧ ⟦a 评论 18⟧ ⟦a 分享⟧</div>
</div>
<div class="more-ans"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 晓风：可以带，我上个月刚带过，没拆封的都放行了。⟧</p>
<p>⟦l 匿名用户：建议托运，省得解释。⟧</p></div>
<div class="bx-rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 充电暖手宝能带上高铁吗？⟧</p><p>⟦l 暖宝宝过期了还能用吗？⟧</p></div>
<div class="bx-foot">⟦d 百晓问答的回答仅代表答主个人观点，不构成专业建议⟧ ⟦m 京ICP备19074431号⟧</div>
</body>
</html>
""",
        body="""
可以带，但要分清楚情况。
暖宝宝的发热原理是铁粉在空气中氧化放热，本身不属于易燃易爆物品。按照我了解的民航安检规定，未拆封的暖宝宝可以随身携带，也可以放在托运行李里。
需要注意两点：一是已经拆开、正在发热的暖宝宝，最好在登机前取下，有的机场会要求处理掉；二是数量别太多，自用几片到一盒一般没问题，整箱带可能会被询问。
另外，各机场和航空公司的执行尺度略有差别，出发前打电话问一下所乘航班的航空公司最稳妥。
""",
    ),
    dict(
        slug="qa-dalai-go-bowl-wood-or-plastic",
        site="答来网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.dalaiwang.cn/question/88120573/answer/301947",
        title="围棋罐选木头的好还是塑料的好？",
        record_title="围棋罐选木头的好还是塑料的好？ - 答来网",
        date=None,
        notes="Q&A text: the question as the decorated record title; an answerer line edited 昨天 (no date), a vote row, "
        "a comment box and related questions",
        page="""
!m 答来网　有问题，答来帮你
!m 首页 / 兴趣 / 棋牌
!t 围棋罐选木头的好还是塑料的好？
!m 关注者 57　被浏览 12,440
!m 黑白小院　围棋业余五段，带过三年少儿班
!m 编辑于 昨天 18:02
{BODY}
!a ▲ 赞同 214　▼　💬 23 条评论　↗ 分享　☆ 收藏
!l 查看全部 9 个回答
!l 相关问题：围棋棋子玻璃的和云子的差别大吗？
!l 相关问题：孩子学围棋买多大的棋盘合适？
!a 打开答来App，回答更快收到提醒
""",
        body="""
看你怎么用。
如果是孩子上围棋班、平时在家练，塑料罐就够了。轻便、摔不坏，十几二十块钱一对，脏了直接用水冲。
如果是自己下着玩、图个手感，可以考虑木罐。枣木、花梨木的罐子拿在手里温润，棋子落进去声音沉，冬天摸着也不凉。缺点是怕潮怕晒，放在空调出风口附近容易开裂，用完要盖好盖子放在阴凉处。
还有一种藤编罐，透气性好，价格在木罐和塑料罐之间，南方梅雨天也不容易发霉。
我自己家里就是塑料罐给孩子用，木罐留着招待棋友。
""",
    ),
    dict(
        slug="collection-laochen-memoir-tin-printing-gb2312",
        site="老陈文集 (invented, old gb2312 personal site)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laochenwenji.net/wangshi/04.htm",
        title="我在玩具厂印铁车间的那些年",
        record_title="我在玩具厂印铁车间的那些年（《铁皮厂往事》之四）- 老陈文集",
        date=None,
        notes="a retired worker's old table-layout site: chapter links, a visitor counter, the author's mailbox; a memoir "
        "with years only (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我在玩具厂印铁车间的那些年（《铁皮厂往事》之四）- 老陈文集</title>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td bgcolor="#8B5A2B"><font color="#FFFFFF" size="5">⟦m 老陈文集⟧</font>　<font color="#FFFFFF">⟦m 一个老印铁工的笔头子⟧</font></td></tr>
<tr><td>⟦m 首页 | 铁皮厂往事 | 炯城旧影 | 家常话 | 留言簿⟧</td></tr>
<tr><td align="center"><font size="4">⟦t 《铁皮厂往事》之四⟧</font></td></tr>
<tr><td align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〈 之三：冲压车间的“哐当”声⟧　⟦l 回目录⟧　⟦l 之五：厂里的第一台彩印机 〉⟧</td></tr>
<tr><td align="center"><hr>⟦m 本页已被翻阅 <font color="red">4826</font> 次⟧</td></tr>
<tr><td align="center">⟦m 给老陈写信：laochen1956@126.com⟧　⟦d 文字是我自己的，转用请打个招呼⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九七八年秋天，我进了炯城玩具厂，分在印铁车间。那时候厂里最出名的产品就是铁皮青蛙，绿身子、黄肚皮，一年要出几十万只。
印铁就是把青蛙的花纹印到大张的马口铁上。一张铁皮能排二十四只青蛙，印完四道颜色，再送去冲压车间冲成一片一片。老师傅说，颜色套不准，青蛙的眼睛就长歪了，这样的铁皮只能当废料。
我跟的师傅姓翁，他看一眼铁皮就知道油墨调得稠还是稀。有一回我把绿色调浅了半分，他没骂我，只让我把那一垛铁皮一张张翻出来，对着光看了一个下午。
后来厂子改制，印铁车间拆了。家里还留着一只当年试印的铁皮青蛙，眼睛果然有点歪。
""",
    ),
    dict(
        slug="collection-banchuang-essay-candy-wrappers-oneline",
        site="半窗集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://banchuangji.wordpress-cn.example.com/juan2/tangzhi.html",
        title="糖纸里的童年",
        record_title="【半窗集·散文】糖纸里的童年",
        date=None,
        notes="a personal collection: the whole essay on one line (paragraphs apart only by their indent); volume links and "
        "a counter around; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 半窗集　·　卷二　旧时味道
!m 目录｜上一篇：灶膛里的烤红薯｜下一篇：挂在门后的书包
{T}
!m 作者：半窗　字数：约一千字
{BODY}
!a 字体：大 · 中 · 小　　背景：米黄 · 纯白 · 夜间
!l 本卷目录：灶膛里的烤红薯　糖纸里的童年　挂在门后的书包　外婆的蒲扇
!m 已有 1,207 位读者来过
""",
        body="""
小时候，糖是稀罕物，糖纸也是宝贝。
吃完一颗水果糖，舍不得扔掉糖纸，先把上面的糖渍舔干净，再夹进语文课本里压平。玻璃糖纸透亮，对着太阳一看，整个世界都变成了红的、绿的、金的。
那时候班上的男生攒烟盒，女生攒糖纸。下课以后，几个人凑在一起比谁的糖纸多、谁的花样新。一张印着小白兔的奶糖纸，能换三张普通的水果糖纸。
如今超市里的糖五花八门，糖纸却没人攒了。前些天整理旧书，从课本里抖落出几张褪了色的糖纸，我捏在手里看了很久，好像又尝到了那一点甜。
""",
    ),
    dict(
        slug="dangjian-jiongcheng-summary-warm-winter-table",
        site="炯城市直机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.jcjgdj.gov.cn/gzdt/202501/t20250114_9930.html",
        title="市直机关工委“暖冬行动”为户外劳动者送温暖工作总结",
        record_title="【机关党建·暖冬行动】市直机关工委“暖冬行动”为户外劳动者送温暖工作总结 - 炯城市直机关党建网",
        date="2025-01-10",
        date_also=["2025-01-14"],
        notes="Party-building portal: a study-time prompt, a read-on-phone QR line, a 学习强国-like link row; a data table one "
        "row a paragraph; 成文日期 differs from the page date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【机关党建·暖冬行动】市直机关工委“暖冬行动”为户外劳动者送温暖工作总结 - 炯城市直机关党建网</title>
<script src="/js/studytimer.js"></script>
</head>
<body>
<div class="dj-top"><span>⟦m 炯城市直机关党建网⟧</span><span>⟦m 让党旗在机关高高飘扬⟧</span></div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 工作动态⟧ ⟦m 支部风采⟧ ⟦m 党员学习⟧ ⟦m 党务公开⟧ ⟦m 下载中心⟧</div>
<div class="dj-pos">⟦m 首页 ＞ 工作动态 ＞ 机关党建⟧</div>
<div class="dj-art">
<h2>{T}</h2>
<p class="dj-info">⟦m 发布日期：2025-01-14　来源：市直机关工委　作者：组宣科　浏览：2306⟧</p>
<p class="dj-timer">⟦a 本页停留满3分钟，自动计入党员在线学习时长⟧</p>
<div class="dj-con">
{BODY}
</div>
<p class="dj-qr">⟦a 用手机扫右侧二维码，随时随地学⟧</p>
<p class="dj-pn">⟦l 上一篇：市直机关青年理论学习小组开展冬季读书会⟧</p>
<p class="dj-pn">⟦l 下一篇：市直机关工委召开2024年度党建述职评议会⟧</p>
</div>
<div class="dj-links">⟦l 友情链接：炯城市委组织部　炯城市纪委监委　炯城先锋⟧</div>
<div class="dj-foot">⟦m 中共炯城市直属机关工作委员会主办　联系电话：0871-66150312⟧<br>⟦m 琼ICP备12006650号⟧</div>
</body>
</html>
""",
        body="""
2024年12月以来，市直机关工委组织各基层党组织开展“暖冬行动”，为环卫工人、快递小哥、交通协管员等户外劳动者送温暖，现将工作情况总结如下。
一、基本情况。市直机关86个基层党组织、1300余名党员参与，走访户外劳动者服务站42个，发放暖宝宝5.6万片、热饮券3200张。部分单位发放情况如下：
单位　发放暖宝宝（片）　走访服务站（个）
市财政局机关党委　8000　6
市交通运输局机关党委　12000　9
市住建局机关党委　9600　7
二、主要做法。一是党员认领服务站，每周至少去一次；二是发放暖宝宝时同步讲解防烫伤知识；三是建立户外劳动者需求清单，能解决的当场解决。
三、下一步打算。将“暖冬行动”与“夏送清凉”衔接起来，形成常态化关爱机制。
中共炯城市直属机关工作委员会
2025年1月10日
""",
    ),
    dict(
        slug="dangjian-yuxi-insight-old-toy-factory-visit",
        site="昱溪先锋网 (invented Party-building site)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.yuxixianfeng.cn/xxyd/xdth/2025/0321/2208.html",
        title="参观老玩具厂旧址主题党日活动心得体会",
        record_title="参观老玩具厂旧址主题党日活动心得体会（支部党员交流）_昱溪先锋网",
        date=None,
        notes="Party-building text: a 心得 with no date of its own (the page's 更新 stamp is no publish line); a points prompt "
        "glued after a 。 between paragraphs; the site's banner and footer",
        page="""
!m 昱溪先锋网　昱溪县委组织部主办
!m 学习园地 ＞ 心得体会
!t 参观老玩具厂旧址主题党日活动心得体会（支部党员交流）
!m 作者：县档案馆党支部　包明辉　　更新于：2025-03-21
{BODY}
!a 👍 点赞　　💬 写下你的学习感悟
!l 更多心得：重温入党誓词有感　｜　“四下基层”学习体会
!m 昱溪先锋网　版权所有　技术支持：昱溪县大数据服务中心
""",
        body="""
3月15日，支部组织全体党员参观了烁口镇老玩具厂旧址。这里曾经是全县最大的铁皮玩具厂，生产的铁皮青蛙远销全国，如今厂房改成了工业遗产展示馆。
走进展馆，一台台锈迹斑斑的冲床、一排排褪色的铁皮青蛙，让我感触很深。讲解员说，当年厂里的工人大多是附近的农民，他们凭着一股钻劲，硬是把一只小小的青蛙做成了名牌产品。⟦a 发表心得可得5个先锋积分⟧
这次参观让我体会到，干事业靠的是精益求精的态度。一只铁皮青蛙要经过印铁、冲压、装配等十几道工序，哪一道马虎了都不行。我们做机关工作也一样，每一份材料、每一次接待，都要认认真真、一丝不苟。
今后，我将把这份匠心带到工作中去，在平凡岗位上干出不平凡的业绩。
""",
    ),
    dict(
        slug="hospital-huiling-tcm-notice-no-heatpads-wards",
        site="晖岭县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hlxzyy.com/yygk/tzgg/2024-12-09/1538.html",
        title="关于住院患者禁止自行使用暖宝宝等取暖用品的通知",
        record_title="【住院须知】关于住院患者禁止自行使用暖宝宝等取暖用品的通知｜晖岭县中医院",
        date="2024-12-09",
        notes="hospital site: a booking float, a 24-hour emergency line and an experts list; the nursing department's own "
        "咨询电话 in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【住院须知】关于住院患者禁止自行使用暖宝宝等取暖用品的通知｜晖岭县中医院</title>
<script src="/assets/js/yuyue-float.js"></script>
</head>
<body>
<div class="h-top">⟦m 晖岭县中医院⟧<span>⟦m 二级甲等中医医院⟧</span>
<span class="tel">⟦m 急诊24小时：0872-7815120⟧</span></div>
<nav>⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 院务公开⟧</nav>
<div class="loc">⟦m 您所在的位置：首页 - 院务公开 - 通知公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="d-info">⟦m 发布：护理部　日期：2024-12-09　浏览量：773⟧</div>
<div class="d-con">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 坐诊专家⟧</h4><p>⟦l 戴永春　主任医师　针灸推拿科⟧</p><p>⟦l 尹秀兰　副主任医师　皮肤科⟧</p></div>
<div class="float-yy">⟦a 线上预约挂号 · 免排队⟧</div>
<div class="foot">⟦m 地址：晖岭县城关镇杏林路36号　总机：0872-7815000⟧<br>⟦d 本站医学内容仅供参考，身体不适请及时到医院就诊⟧</div>
</body>
</html>
""",
        body="""
各病区、全体住院患者及家属：
入冬以来，部分住院患者自行使用暖宝宝、热水袋取暖，已发生2起低温烫伤。为保障患者安全，现就有关事项通知如下：
一、住院患者不得自行使用暖宝宝、电热毯等取暖用品。确需局部保暖的，由责任护士评估后统一提供取暖措施。
二、糖尿病、偏瘫、昏迷及感觉障碍患者，陪护人员要每2小时查看一次皮肤情况。
三、各病区护士长要将本通知告知每一位新入院患者和家属。
如有疑问，请咨询护理部，电话：0872-7815532。
晖岭县中医院
2024年12月9日
""",
    ),
    dict(
        slug="hospital-jiongcheng-children-tin-toy-cuts-byline",
        site="炯城市儿童医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.jcetyy.cn/jkkp/jzk/2025/0207/827.html",
        title="孩子被铁皮玩具划伤了怎么办？急诊科医生教你三步处理",
        record_title="【急诊室手记】孩子被铁皮玩具划伤了怎么办？急诊科医生教你三步处理-炯城市儿童医院",
        date="2025-02-07",
        notes="hospital text page: the 发布时间 byline is the page's date; the hospital's booking and 24-hour lines around; "
        "a related-department link on a line of its own between paragraphs",
        page="""
!m 炯城市儿童医院　三级甲等儿童专科医院
!m 预约挂号：0871-66087000　24小时急诊：0871-66087120
!m 首页 / 健康科普 / 急诊科
!t 【急诊室手记】孩子被铁皮玩具划伤了怎么办？急诊科医生教你三步处理
!m 发布时间：2025-02-07　作者：急诊科 汤雨晴　审核：医务部
{BODY}
!a 觉得有用，就转给身边的宝爸宝妈
!l 推荐阅读：孩子误吞纽扣电池怎么办　｜　烫伤后第一时间该做什么
!d 科普内容不能替代医生面诊，如有不适请及时就医
!m 炯城市儿童医院　版权所有
""",
        body="""
最近，急诊科接诊了好几个被铁皮玩具划伤手指的孩子。老式铁皮青蛙、铁皮汽车的边缘是折起来的薄铁皮，如果折边不严或者生了锈，就很容易划破孩子娇嫩的皮肤。
遇到这种情况，家长可以按三步处理：
第一步，止血。用干净的纱布或毛巾按压伤口5到10分钟。
第二步，清洗。用流动的清水冲洗伤口，再用碘伏消毒，不要涂牙膏、酱油等土办法。
⟦l 相关科室：小儿外科（周一至周日全天门诊）⟧
第三步，判断。伤口深、出血止不住，或者铁皮上有明显锈迹的，要尽快到医院处理，医生会评估是否需要打破伤风针。
另外，给孩子买铁皮玩具时，要用手摸一摸边缘是否光滑，3岁以下的孩子最好不要玩。
""",
    ),
    dict(
        slug="college-jiongcheng-news-foldable-biscuit-tin-h1",
        site="炯城工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jcgxy.edu.cn/info/1021/18844.htm",
        title="我校学生设计的可折叠饼干盒获省工业设计大赛金奖",
        record_title=None,
        date="2024-11-28",
        notes="university news page: the title only in an <h1>; a bracketed date line is the page's date; photo credit "
        "glued after the last sentence; the college's nav, quick links and footer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>炯城工学院新闻网</title>
<script src="/_sitegray/_sitegray.js"></script>
</head>
<body>
<div class="topline">⟦m <a>学校主页</a> | <a>信息门户</a> | <a>图书馆</a> | <a>EN</a>⟧</div>
<div class="logo">⟦m 炯城工学院新闻网⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 工学要闻⟧ ⟦m 院部动态⟧ ⟦m 媒体工学⟧ ⟦m 校园人物⟧</div>
<div class="position">⟦m 当前位置：首页 &gt;&gt; 院部动态⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="info">⟦m [ 2024-11-28 ]　来源：设计与艺术学院　点击：[ 1057 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="editor">⟦m 审核：邹彦　编辑：吉小满⟧</div>
</div>
<div class="quick"><h4>⟦l 快速通道⟧</h4><p>⟦l 校历　办公电话　校园地图⟧</p></div>
<div class="footer">⟦m 炯城工学院党委宣传部　地址：炯城市熙湖区学府大道200号⟧　⟦m 琼ICP备05001188号⟧</div>
</body>
</html>
""",
        body="""
近日，第十一届省工业设计大赛结果揭晓，我校工业设计专业2021级学生团队的作品《叠叠盒——可折叠铁皮饼干盒》获得产品设计类金奖。
传统铁皮饼干盒吃完后体积大、不好收纳，很多被当作垃圾扔掉。团队在指导老师阮嘉禾的带领下，走访了3家食品企业和20多户家庭，历时半年，设计出一款可以压扁折叠的饼干盒。盒身由四块铁皮通过隐藏式铰链连接，吃完饼干后轻轻一压就能折成原来体积的四分之一，方便回收和再次使用。
团队负责人葛书宁说，下一步将与企业合作试制样品，争取让作品早日走上货架。⟦m （图/设计与艺术学院　文/冯一苇）⟧
""",
    ),
    dict(
        slug="college-xihu-normal-notice-go-exhibition-cn-date",
        site="熙湖师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tw.xhsfxy.edu.cn/tzgg/2024/1022/1377.html",
        title="关于举办“方圆之间”围棋文化展暨棋罐制作技艺讲座的通知",
        record_title="关于举办“方圆之间”围棋文化展暨棋罐制作技艺讲座的通知-校团委-熙湖师范学院",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="university text page: the league committee's notice with a 扫码签到 sentence (content), its own contact; "
        "成文日期 in Chinese numerals under the signature (the 发布于 date differs)",
        page="""
!m 熙湖师范学院　共青团熙湖师范学院委员会
!m 首页 → 团委工作 → 通知公告
{T}
!m 作者：校团委　　发布于：2024-10-22　　阅读：688
!a 〖关闭〗
{BODY}
!l 上一条：关于开展2024年“青年大学习”秋季专题学习的通知
!l 下一条：校园十佳歌手大赛复赛名单
!m 版权所有：熙湖师范学院团委　地址：学院行政楼305室
""",
        body="""
各学院团委、各学生社团：
为丰富校园文化生活，校团委、学生围棋协会定于10月30日至11月3日举办“方圆之间”围棋文化展，并邀请县级非遗项目“藤编棋罐制作技艺”传承人鲍德顺来校开设讲座。现将有关事项通知如下：
一、展览时间和地点：10月30日至11月3日，图书馆一楼展厅。展品包括历代棋具图片、藤编和木制围棋罐实物40余件。
二、讲座时间和地点：11月1日19:00，学术报告厅。
三、请各学院团委组织学生参加，讲座现场可扫码签到，计入第二课堂学分。
校团委联系人：苗思远，电话：0873-4129027。
共青团熙湖师范学院委员会
二〇二四年十月二十一日
""",
    ),
]
