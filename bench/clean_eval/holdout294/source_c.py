"""holdout294, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="qa-datu-kerosene-lamp-black-smoke",
        site="答途问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.datu-wenda.com/q/1730044218",
        title="煤油灯一点就冒黑烟，灯罩很快就黑了，是怎么回事？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; an adopted-answer badge, a vote row, more answers and a "
        "hot list; the answer was given 昨天: no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>答途问答</title>
<script>window.QA={qid:1730044218,login:false};</script>
</head><body>
<div class="topnav">⟦m 答途问答⟧ <a>⟦m 问题广场⟧</a> <a>⟦m 生活百事⟧</a> <a>⟦a 我要提问⟧</a> <a>⟦a 登录答途⟧</a></div>
<div class="q">
<h1>{T}</h1>
<div class="q-desc">⟦m 提问者：灯影摇曳　｜　3个回答　｜　浏览 1,203⟧</div>
<div class="q-tags">⟦l 家居生活　老物件　照明⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 老灯匠周师傅　｜　答途达人·家居类　｜　回答于 昨天 20:31⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a 有用 86　没用 2　收起评论⟧</div>
</div>
<div class="more"><h3>⟦l 另有 2 位网友作答⟧</h3>
<p>⟦l 小树林：可能是煤油不纯，换一家买试试。⟧</p>
<p>⟦l 匿名用户：灯罩上面是不是有裂？⟧</p></div>
<div class="hot"><h3>⟦l 同类问题热榜⟧</h3><p>⟦l 老式马蹄灯的玻璃罩哪里能配到？⟧</p><p>⟦l 停电了用什么照明最安全？⟧</p></div>
<div class="foot">⟦d 答途问答内容由网友贡献，仅供参考，不代表本站观点。⟧ ⟦m ©2025 datu-wenda.com⟧</div>
</body></html>
""",
        body="""
冒黑烟多半是灯芯露得太高，燃烧不充分造成的，可以从这几方面检查：
1.灯芯高度。点灯后把灯芯往下拧，火苗呈稳定的扁圆形、顶端不冒尖就合适，一般露出两三毫米即可。
2.灯芯剪得不平。灯芯顶端要剪平，再把两个角稍微剪圆，火苗才会均匀。
3.燃料不对。煤油灯只能用灯用煤油，千万不要掺柴油或汽油，既冒烟又危险。
4.灯罩没放正。灯罩底座和卡爪要对齐，进气不畅也会冒烟。
调好以后，灯罩用报纸团蘸点温水擦一擦，就能恢复透亮。另外提醒一句，点灯时远离窗帘和柴草，人离开要熄灯。
""",
    ),
    dict(
        slug="qa-zhiliao-wash-cotton-shoes",
        site="知了问吧 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhiliaowenba.com/question/66120937",
        title="棉鞋能直接放洗衣机洗吗？怎么洗才不变形？",
        record_title="棉鞋能直接放洗衣机洗吗？怎么洗才不变形？_居家妙招_知了问吧",
        date=None,
        notes="a Q&A's question with a board and site suffix; answered 2 天前: no date; a vote row and an app "
        "prompt glued after the last sentence",
        page="""
!m 知了问吧 › 居家妙招
!t 棉鞋能直接放洗衣机洗吗？怎么洗才不变形？
!m 提问者：小棉袄她妈　2 个回答　被浏览 869 次
!m 最佳回答 · 巧手林阿姨 · 2 天前
{BODY}
!a 赞同 47　　反对 1　　分享　　举报
!l 查看另外 1 个回答 ∨
!l 相关问题：羽绒服能不能手洗？｜ 千层底布鞋发霉了怎么办？
!m 知了问吧 ©2025　京ICP备22014731号
""",
        body="""
不建议直接放洗衣机，尤其是千层底和手工棉鞋，一甩就容易变形、开胶。我家一直这么洗：
第一步，先把鞋垫抽出来单独洗，鞋里的棉絮用刷子轻轻扫一遍。
第二步，盆里放温水，加少量洗衣液，用软毛刷蘸水刷鞋面，脏的地方多刷几下，不要整只泡在水里。
第三步，用清水把鞋面擦干净，往鞋里塞满卫生纸或旧报纸吸水定型。
第四步，放在通风阴凉处晾干，不要暴晒，也不要放在暖气片上烤，不然鞋面会发硬。
平时穿完可以在鞋里放一包干燥剂，能少洗好几回。⟦a 下载知了APP，收藏这个妙招⟧
""",
    ),
    dict(
        slug="collection-weishouzhuo-memoir-mother-cotton-shoes",
        site="韦守拙文集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.weishouzhuo.net/wenji/juan2/14.htm",
        title="母亲做的棉鞋",
        record_title="〔卷二〕母亲做的棉鞋——韦守拙文集",
        date=None,
        notes="a retired teacher's collection in an old table layout: a marquee, chapter links, a visitor counter and "
        "the author's mailbox; the essay ends with a place-and-season line (a year only): no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔卷二〕母亲做的棉鞋——韦守拙文集</title>
<style>body{font-size:14px;background:#f7f3e8}</style>
<script language="JavaScript">function addFav(){window.external.AddFavorite(location.href,document.title);}</script>
</head><body>
<table width="780" align="center" border="0" cellpadding="4">
<tr><td bgcolor="#5b3a1e"><font color="#fff">⟦m 韦守拙文集　·　教书四十年，闲写一辈子⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎老同事、老学生常来看看，留言必复⟧</marquee></td></tr>
<tr><td>⟦m 卷一 教坛⟧　⟦m 卷二 家事⟧　⟦m 卷三 乡音⟧　⟦m 留言簿⟧</td></tr>
<tr><td align="center"><font size="5">{T}</font></td></tr>
<tr><td align="center"><font color="#888">⟦m 韦守拙　文　｜　卷二 家事　第十四篇⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇】灶台边的年⟧　⟦l 【目录】⟧　⟦l 【下一篇】父亲的独轮车⟧</td></tr>
<tr><td align="center">⟦w 来信请寄 weishouzhuo1951@example-mail.cn⟧</td></tr>
<tr><td align="center"><font size="2">⟦m 本页已被翻阅 002761 次⟧　⟦d 文章归作者所有，引用请注明出处⟧</font></td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候，一进腊月，母亲就在煤油灯下纳鞋底。
鞋底是用旧布一层层糊起来的，母亲叫它“袼褙”。晒干的袼褙按鞋样剪好，叠上七八层，再用麻绳一针一针地纳。针钝了，她就在头发里蹭一蹭；线紧了，她就用牙咬着拽一下。
鞋面是黑灯芯绒，里面絮上新弹的棉花。一双棉鞋要做四五个晚上，我们兄妹四个，一个冬天母亲要做八双。
大年初一早上，枕头边总摆着一双新棉鞋。穿上它踩在雪地里，脚底板又厚又暖，走起路来咯吱咯吱响。
如今商场里的棉鞋样式多得挑花了眼，我却再也没穿过那样暖和的鞋。
（二〇二三年冬于濮湾）
""",
    ),
    dict(
        slug="collection-huaiyinju-memoir-lamp-chimney-missing",
        site="槐荫居文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://huaiyinju.example-home.cn/juan1/09.html",
        title="那盏擦不完的灯罩",
        record_title=None,
        date=None,
        notes="no record title: the page's title line; hard-wrapped at 66 columns with blank lines between paragraphs; "
        "chapter navigation and the author's mailbox; a year in the text is no date",
        page="""
!m 槐荫居文存 · 黎守一个人文集
!m 卷一 乡土　卷二 师友　卷三 杂感　留言
{T}
!m 〔卷一·乡土〕第九篇　　本篇已被翻阅 1207 次
{BODY}
!l ← 上一篇：村口的老碾盘　　下一篇：外婆的纺车 →
!w 赐教请寄：huaiyinju_li@example-mail.cn
!d 本文集文字版权归作者所有，未经许可请勿转载。
""",
        indent="\u3000\u3000",
        gap=True,
        wrap=66,
        body="""
我家那盏煤油灯，是父亲结婚时从供销社买的，玻璃灯罩细腰大肚，像个葫芦。
擦灯罩是我的活。每天傍晚，母亲把灯罩递给我，我哈一口气，用旧报纸团在里面转圈擦，直到对着窗口看不见一点黑烟。擦坏了要挨骂，因为一只灯罩要两毛钱。
晚上全家人围着这盏灯。父亲看报，母亲缝补，我趴在桌角写作业。灯芯不能拧太高，费油；也不能太低，伤眼睛。
一九七八年村里通了电，那盏灯被收进了柜子。前几年老屋翻修，我又把它找了出来，灯罩还在，只是再也擦不亮了。
""",
    ),
    dict(
        slug="party-fachuan-speech-kerosene-lamp-party-day",
        site="垡川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.fcdj.gov.cn/zbfc/2024/0702/3187.html",
        title="在“煤油灯下忆初心”主题党日活动上的讲话",
        record_title="【初心灯火】在“煤油灯下忆初心”主题党日活动上的讲话_垡川党建网",
        date="2024-06-28",
        date_also=["2024-07-02"],
        notes="a speech with the speaker's line and a date line under the title (neutral); the Party site's date differs; "
        "a study-points prompt and a read-on-phone line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【初心灯火】在“煤油灯下忆初心”主题党日活动上的讲话_垡川党建网</title>
<script src="/js/djw.js"></script>
</head><body>
<div class="dj-top">⟦m 垡川党建网⟧ <span>⟦m 中共垡川县委组织部主办⟧</span></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋故事⟧</li></ul>
<div class="dj-pos">⟦m 当前位置：首页 &gt;&gt; 支部风采⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2024-07-02　来源：砘石镇党委　阅读 562⟧</div>
<div class="dj-score">⟦a 认真读完本文可获学习积分 2 分⟧</div>
<div class="dj-txt">
<p style="text-align:center">砘石镇党委书记　潘志远</p>
<p style="text-align:center">（2024年6月28日）</p>
{BODY}
</div>
<div class="dj-phone">⟦a 微信扫码，把这篇讲话带回家⟧</div>
</div>
<div class="dj-side"><h3>⟦l 先锋故事⟧</h3><p>⟦l 七十年守着一所夜校旧址⟧</p><p>⟦l 老支书的三本账⟧</p></div>
<div class="dj-foot">⟦m 中共垡川县委组织部　版权所有⟧　⟦m 冀ICP备12033418号-2⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们来到镇党史教育基地，在这盏用过七十多年的煤油灯前开展主题党日活动，就是要回望来路、重温初心。
刚才，大家参观了夜校旧址，听了老党员讲述当年在煤油灯下识字、记账、学文件的故事。那时候条件艰苦，但共产党员心里有一盏灯，始终照着为群众办事的方向。
借此机会，我讲三点意见。一要学历史、明初心，把党史学习教育同本职工作结合起来；二要办实事、解民忧，各村党支部要围绕道路、饮水、养老等群众急难愁盼问题各列出两件实事；三要严纪律、转作风，以扎扎实实的成效回应群众期盼。
同志们，老一辈共产党员在煤油灯下点亮了砘石的希望，我们这一代更要把这盏灯传下去！
""",
    ),
    dict(
        slug="party-xianfeng-summary-cotton-shoes-volunteers-glued-title",
        site="洫阳先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xyxianfeng.cn/zbfc/jgdj/2024-12-18/9920.html",
        title="市委老干部局党支部“送棉鞋·暖心窝”志愿服务活动总结",
        record_title="【暖冬先锋】市委老干部局党支部“送棉鞋·暖心窝”志愿服务活动总结 - 洫阳先锋网",
        date="2024-12-16",
        date_also=["2024-12-18"],
        notes="the title glued to the first sentence; a study-points prompt above it; the site's date differs from the "
        "成文日期; a numbered 一是/二是 list",
        page="""
!m 洫阳先锋网　｜　中共洫阳市委组织部主办
!m 首页 › 支部风采 › 机关党建
!m 来源：机关党支部　　时间：2024-12-18　　点击：203
!a 登录“先锋学堂”后阅读本文，可累计学习积分1分
{T}{BODY}
!a 〔推荐给支部〕　〔存入学习清单〕
!l 上一篇：市档案馆党支部开展“档案里的党史”微党课
!l 下一篇：市机关事务局党员冬季义务劳动
!m 洫阳先锋网版权所有　未经授权禁止复制
""",
        indent="\u3000\u3000",
        body="""
为践行“我为群众办实事”，今年11月，市委老干部局党支部组织党员志愿者开展“送棉鞋·暖心窝”志愿服务活动，现将活动情况总结如下。
一、活动开展情况。支部党员自愿捐款1.86万元，采购加厚防滑棉鞋260双，分三批送到沓溪社区、濮湾街道的独居老人和困难离退休干部家中。
二、主要做法。一是提前摸底，由社区网格员逐户登记老人鞋码；二是上门服务，党员志愿者两人一组，帮老人试穿、调换；三是延伸服务，顺带检查老人家中电器和取暖设施，发现隐患12处，当场整改9处。
三、下一步打算。支部将把送温暖活动常态化，建立独居老人结对联系台账，每月至少上门走访一次。
中共洫阳市委老干部局党支部
2024年12月16日
""",
    ),
    dict(
        slug="hospital-xuyang-second-frostbite-cotton-shoes",
        site="洫阳市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.xyey.com.cn/jkkp/2024/1205/1508.html",
        title="冬季防冻疮，从选对一双棉鞋开始",
        record_title="【皮肤科说冬】冬季防冻疮，从选对一双棉鞋开始-洫阳市第二人民医院",
        record_date="2024-12-05",
        date="2024-12-05",
        notes="record date; the department's own 咨询电话 stays beside the hospital's booking float and 24-hour "
        "emergency line; a numbered list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>【皮肤科说冬】冬季防冻疮，从选对一双棉鞋开始-洫阳市第二人民医院</title>
<script src="/static/js/swiper.min.js"></script>
</head><body>
<div class="h-top">⟦m 洫阳市第二人民医院⟧ <span>⟦m 三级综合医院 · 医保定点单位⟧</span></div>
<nav>⟦m 医院概况　就医指南　科室导航　专家介绍　健康科普⟧</nav>
<div class="h-pos">⟦m 首页 ▶ 健康科普 ▶ 皮肤科⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-meta">⟦m 来源：皮肤科　作者：冯晓霞　审核：医务部　2024-12-05⟧</div>
<div class="h-txt">
{BODY}
</div>
<div class="h-note">⟦d 本文仅作健康知识普及，不能代替医生面诊，身体不适请及时就医。⟧</div>
</div>
<div class="h-float"><p>⟦w 预约挂号专线 0397-6258000⟧</p><p>⟦a 在线挂号⟧</p></div>
<div class="h-side"><h3>⟦l 科普推荐⟧</h3><p>⟦l 老人冬季洗澡要注意哪些？⟧</p><p>⟦l 手脚冰凉一定是气血不足吗？⟧</p></div>
<div class="h-foot"><p>⟦m 急诊24小时服务：0397-6258120⟧</p><p>⟦m 地址：洫阳市卫东路216号　豫ICP备14019930号⟧</p></div>
</body></html>
""",
        body="""
每年入冬，皮肤科门诊都会迎来不少冻疮患者，其中以中小学生、户外工作者和老年人居多。冻疮好发于手指、脚趾、足跟和耳廓，一旦长过，第二年很容易复发。
预防脚部冻疮，选对棉鞋很关键：
1.鞋码宜宽松半码。鞋子太紧会压迫血管，脚反而更冷。
2.鞋里要保持干燥。棉鞋受潮后保暖性大大下降，出汗多的孩子最好准备两双轮换，每天晾晒。
3.鞋底要厚且防滑。老人选鞋尤其要注意防滑，避免雪天摔倒。
此外，不要用热水烫或火烤冻僵的脚，应先用温水慢慢复温。冻疮出现破溃、流水时，请及时到医院就诊。
皮肤科咨询电话：0397-6258304（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-tcm-notice-canteen-steamers",
        site="洫阳市中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xyszyy.cn/ywgk/ynzt/2024-09-03/771.html",
        title="关于营养食堂更换新型蒸屉期间调整早餐供应的通知",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="record title as is; the notice's own phone beside the hospital's booking line; the posting date "
        "differs from the 成文日期",
        page="""
!m 洫阳市中医院
!m 首页 ＞ 院务公开 ＞ 院内通知
{T}
!m 发布日期：2024-09-03　作者：营养科　浏览：277
!w 挂号预约：0397-6271000　｜　互联网医院 24 小时在线
{BODY}
!a 〖打印〗〖返回列表〗
!l 上一条：关于开展职工消防安全培训的通知
!m 洫阳市中医院　地址：洫阳市健康路9号　豫ICP备16008802号
""",
        indent="\u3000\u3000",
        body="""
各科室、全体职工：
为提升面点制作卫生水平，医院营养食堂将把现有竹木蒸屉全部更换为可高温消毒的不锈钢蒸屉。更换期间，早餐供应安排调整如下：
一、9月5日至9月7日，职工食堂早餐暂停供应包子、馒头等蒸制面点，增加粥品、鸡蛋和烙饼。
二、住院病人营养餐照常供应，由合作餐厨临时加工蒸制主食。
三、9月8日起恢复正常供应。
给大家带来的不便，敬请谅解。如有意见建议，请联系营养科，电话：0397-6271135。
洫阳市中医院营养科
2024年9月2日
""",
    ),
    dict(
        slug="university-xysf-news-window-flower-exhibition-h1",
        site="洫阳师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xysfxy.edu.cn/info/1012/28841.htm",
        title="美术学院举办“窗明花好”师生窗花作品展",
        record_title=None,
        date="2025-01-08",
        notes="no record title: the <h1>; a university news page with author/photo/review line, a 发布时间 line as "
        "the page's date, a click counter and a share row",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>洫阳师范学院新闻网</title>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script>_jsq_(1012,'/info.jsp',28841,1507334421)</script>
</head><body>
<div class="header"><div class="logo">⟦m 洫阳师范学院新闻网⟧</div>
<div class="links"><a>⟦m 学校主页⟧</a> <a>⟦m 信息门户⟧</a> <a>⟦m 英文版⟧</a></div></div>
<div class="menu">⟦m 首页　师院要闻　综合新闻　院部动态　媒体师院　图说师院⟧</div>
<div class="where">⟦m 当前位置: 首页 &gt;&gt; 院部动态 &gt;&gt; 正文⟧</div>
<div class="content-box">
<h1>{T}</h1>
<div class="info">⟦m 作者：美术学院　摄影：范以宁　审核：党委宣传部⟧　⟦m 发布时间：2025-01-08⟧　⟦m 点击数：1366⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦a 分享至：微信　微博　QQ⟧</div>
<div class="prev-next">⟦l 上一条：音乐学院举行新年音乐会⟧ ⟦l 下一条：图书馆开展寒假阅读推荐活动⟧</div>
</div>
<div class="footer">⟦m 洫阳师范学院党委宣传部　地址：洫阳市学府路1号⟧<br>⟦m 豫ICP备05014402号⟧</div>
</body></html>
""",
        body="""
1月7日，由美术学院主办的“窗明花好”师生窗花作品展在学院展厅开幕，展出师生创作的窗花作品186幅。
本次展览分为“传统纹样”“生肖新韵”“校园掠影”三个单元。其中，学生以图书馆、钟楼等校园建筑为题材创作的系列窗花，吸引了众多师生驻足观看。
⟦m 展览现场（范以宁 摄）⟧
据介绍，美术学院自2022年开设民间剪纸选修课以来，已有四百余名学生选修，并多次邀请埤口镇窗花传承人禚秀兰走进课堂。
展览将持续至1月20日，免费向校内外观众开放。
""",
    ),
    dict(
        slug="university-xylg-notice-no-kerosene-lamps-dorms",
        site="洫阳理工学院保卫处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.xylg.edu.cn/tzgg/2024/1129/431.htm",
        title="关于严禁在学生宿舍使用煤油灯、蜡烛等明火的通知",
        record_title="【宿舍防火】关于严禁在学生宿舍使用煤油灯、蜡烛等明火的通知 - 保卫处 - 洫阳理工学院",
        date="2024-11-29",
        notes="a security office's notice with a 1. 2. 3. list; the office's own duty phone beside the university "
        "switchboard line; 成文日期 under the signature",
        page="""
!m 洫阳理工学院 · 保卫处
!m 首页 | 机构设置 | 通知公告 | 安全教育 | 办事指南
!m 当前位置：保卫处 > 通知公告
{T}
!m 作者：综合科　来源：保卫处　点击量：2210
{BODY}
!l 【关闭】　【上一篇：关于开展冬季消防演练的通知】
!m 学校总机：0397-6500000　地址：洫阳市科技大道6号
!m Copyright © 洫阳理工学院保卫处
""",
        body="""
各学院、全体学生：
近期，个别学生在宿舍使用煤油灯、香薰蜡烛营造“氛围感”，存在严重火灾隐患。为保障师生生命财产安全，现就有关事项通知如下：
1.严禁在学生宿舍使用煤油灯、蜡烛、酒精炉等一切明火器具。
2.严禁在宿舍存放煤油、酒精等易燃液体。
3.保卫处将会同学生工作处于12月开展宿舍安全检查，发现违规器具一律暂扣，并通报所在学院。
4.停电期间请使用充电式应急灯，学校已在各楼栋值班室配备应急照明。
请各学院及时传达到每一名学生。保卫处值班电话：0397-6501110。
洫阳理工学院保卫处
2024年11月29日
""",
    ),
]
