"""holdout300, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: 压面机, 咖啡壶, 茶漏, 碗架, 洗菜盆.
"""

CASES = [
    dict(
        slug="qa-wenlin-tea-strainer-stains-question-title",
        site="问邻 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenlin-ask.com/question/6618204.html",
        title="不锈钢茶漏用久了发黑，怎么洗干净？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question is the title; an adopted-answer badge, a vote bar, more answers; "
        "'answered 5 days ago' is no date; the answerer's card above the answer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问邻 - 有问题，问问邻居</title>
<script src="//static.wenlin-ask.com/q.js"></script>
</head>
<body>
<div class="wl-head"><a href="/">⟦m 问邻⟧</a> <input placeholder="搜问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录问邻⟧</a></div>
<div class="wl-crumb">⟦m 问邻 › 生活 › 家居清洁⟧</div>
<div class="wl-q"><h1>{T}</h1>
<p>⟦m 提问者：喝茶的小满　｜　1,392 人看过⟧</p></div>
<div class="wl-best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="user">⟦m 清洁师傅老邹　｜　家政服务 8 年　｜　回答于 5 天前⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦a 有用 126　没用 3　评论 8⟧</div>
</div>
<div class="wl-more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 茶叶罐里的猫：我用牙膏刷，也挺好使⟧</p>
<p>⟦l 晴川：别用钢丝球，网会刮坏⟧</p></div>
<div class="wl-rel"><h3>⟦l 相似问题⟧</h3><p>⟦l 紫砂壶里的茶垢要不要洗？⟧</p><p>⟦l 保温杯有异味怎么办？⟧</p></div>
<footer>⟦d 问邻上的回答来自网友分享，仅供参考。⟧ ⟦m © 2025 问邻 wenlin-ask.com⟧</footer>
</body>
</html>
""",
        body="""
茶漏发黑一般是茶垢，不是生锈，用家里现成的东西就能洗干净。
1. 把茶漏放进碗里，倒入没过滤网的温水，加两勺小苏打，泡二十分钟左右。
2. 用软毛牙刷顺着网眼的方向轻轻刷，滤网边缘的缝里最容易积垢，要多刷几遍。
3. 如果还有顽固的黄渍，可以用白醋和水按一比三兑好，再泡十分钟。
4. 最后用清水冲干净，甩干水分，放在通风的地方晾干。
平时喝完茶顺手冲一下，每周泡一次小苏打，茶漏就不容易发黑了。不要用钢丝球，会把滤网刮出毛刺。
""",
    ),
    dict(
        slug="qa-chufang-noodle-press-breaking-noodles",
        site="厨房百事问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://ask.chufangbaishi.com/q/90817",
        title="家用压面机压出的面条一煮就断，是哪里没弄对？",
        record_title="家用压面机压出的面条一煮就断，是哪里没弄对？_厨房百事问答",
        date=None,
        notes="Q&A text: the question repeated, an answerer's line with a relative time, a numbered answer, a 'best "
        "answer' line and more questions; no date",
        page="""
!m 厨房百事问答 · 做饭的事都能问
{T}
!m 网友“麦香小院”提问　·　6 个回答　·　浏览 2,047
!m 最佳答案　·　面点师阿梅　·　昨天
{BODY}
!a 👍 有帮助 89　　✎ 追问
!l 更多相关问题：
!l 压面机压出的面片有小孔怎么回事？
!l 手工面和机器压的面哪个更筋道？
!w 想学面点？关注“阿梅面点课”，每周三直播答疑
""",
        body="""
面条一煮就断，多半不是压面机的问题，而是面团没和好。你可以从下面几点找原因：
1. 水放少了。机器压面的面团比手擀的要硬一些，但也不能太干，一般五百克面粉放二百一十克左右的水，和成雪花状再揉成团。
2. 没有醒面。和好的面团要盖上保鲜膜醒二十分钟，让面筋充分形成，再上压面机。
3. 压的次数不够。先用最宽的档位对折着压五六遍，压到面片表面光滑，再逐档调薄。
4. 面粉筋度低。做面条最好用中筋或高筋面粉，低筋粉做蛋糕的，压出来的面很容易断。
另外，煮的时候水要宽、火要旺，面条下锅后别急着搅。
""",
    ),
    dict(
        slug="collection-yanxia-memoir-bamboo-tea-strainer-gb2312",
        site="墙根集 · 龚伯庸文存 (invented, personal collection, old table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.yanxiaji.example.cn/juan2/09.htm",
        title="祖父的竹茶漏",
        record_title="〖墙根集·卷二〗祖父的竹茶漏",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: marquee, chapter links, visitor counter, "
        "the author's mailbox; a 写于 line without a date; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖墙根集·卷二〗祖父的竹茶漏</title>
<script language="JavaScript">var cnt_page="juan2_09";</script>
</head>
<body bgcolor="#fbf7ee">
<table width="760" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 墙根集⟧</font><br><font color="#996633">⟦m 龚伯庸退休后所写的零碎文字⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 卷三《洳河杂记》正在整理，欢迎老朋友来信⟧</marquee></td></tr>
<tr><td>⟦l 卷一　卷二　卷三　留言簿⟧</td></tr>
<tr><td>
<h3 align="center">{T}</h3>
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：老屋的木格窗⟧　⟦l 下一篇：洳河的渡船⟧　⟦l 回卷二目录⟧</td></tr>
<tr><td align="center"><font size="2">⟦m 来信请寄：gongboyong1949@example.net⟧<br>⟦m 本页访问人次：004127⟧<br>⟦d 文章为作者所写，转载请先征得同意。⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
祖父喝了一辈子茶，用的茶漏是他自己编的。
那是一只拳头大的竹茶漏，用后山的慈竹劈成细篾，编成一个浅浅的小兜，边上绕了一圈铜丝。祖父说，竹子滤茶，茶里不带铁味。
每天清早，他把茶叶抓进粗瓷壶，冲上滚水，等上一会儿，再把茶漏架在碗口上倒茶。茶水从竹篾的缝里流下来，茶叶一片也漏不下去。喝完了，他把茶漏挂在灶台边的钉子上，让灶火烘干。
那只茶漏用了二十多年，竹篾被茶水浸成了深褐色，摸上去滑溜溜的。祖父去世那年，它和祖父的茶壶一起放进了木箱里。
如今我也喝茶，用的是不锈钢茶漏，滤得干净，却总觉得少了点什么。
写于洳河边寓所
""",
    ),
    dict(
        slug="collection-laomai-memoir-first-noodle-press-oneline",
        site="老麦的文章合集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://laomai-wenji.example.com/p/12",
        title="我家的第一台压面机",
        date=None,
        notes="record title as is; the whole body on one line (paragraphs apart only by their indent); a collection "
        "header and chapter links; a year in the text is no date",
        page="""
!m 老麦的文章合集 ／ 第二辑 灶台边
{T}
!m 字数 356　｜　收录于合集《灶台边》
{BODY}
!l ← 上一篇 外婆的腌菜坛　｜　下一篇 巷口的面坊 →
!a 转发给家人　｜　加入书签
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九八六年秋天，父亲从埸坪镇的供销社扛回来一台手摇压面机，花了四十二块钱，那是我家第一件“机器”。
压面机是铸铁的，墨绿色，一边是两根光溜溜的压辊，一边是切面条的刀辊，摇把上缠着一圈布条。母亲和好面，父亲摇，我在下面接面片。面片从压辊里吐出来，一遍比一遍薄，最后换到刀辊上，“唰”地一下就成了一把细面条。
那几年，左邻右舍常端着面团来我家压面。压面机摆在堂屋的方桌上，摇把一响，屋里就热闹起来。
后来镇上开了挂面坊，家家都去买现成的面条，压面机就搬进了柴房。前年老屋拆迁，我把它擦干净带回了城里。儿子问这是什么，我说，这是咱家的第一台机器。
""",
    ),
    dict(
        slug="party-kaiyang-summary-wash-basin-volunteers-table",
        site="垲阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.kaiyangxianfeng.cn/jcdt/2024/1225/6612.html",
        title="党员志愿服务队为独居老人更换洗菜盆工作总结",
        record_title="【党员在身边】党员志愿服务队为独居老人更换洗菜盆工作总结_支部履职_垲阳先锋网",
        date="2024-12-20",
        date_also=["2024-12-25"],
        notes="Party portal: a study-points prompt, a 'read on the phone' QR line, a data table one row a paragraph; "
        "成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【党员在身边】党员志愿服务队为独居老人更换洗菜盆工作总结_支部履职_垲阳先锋网</title>
<script src="/js/xf-main.js"></script>
</head>
<body>
<div class="xf-top">⟦m 垲阳先锋网⟧ <span>⟦m 中共垲阳市委组织部主办⟧</span> <a>⟦a 党员登录⟧</a></div>
<div class="xf-nav">⟦m 首页⟧ ⟦m 组工要闻⟧ ⟦m 基层动态⟧ ⟦m 党员教育⟧ ⟦m 人才工作⟧</div>
<div class="xf-pos">⟦m 当前位置：首页 ＞ 基层动态⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-info">⟦m 日期：2024-12-25　来源：畿桥街道党工委　浏览：533⟧</div>
<div class="xf-study">⟦a 阅读满3分钟可得学习积分1分⟧</div>
<div class="xf-con">
{BODY}
</div>
<div class="xf-qr">⟦a 掏出手机扫一扫，本文随身读⟧</div>
<div class="xf-rel"><h4>⟦l 基层动态·更多⟧</h4><ul><li>⟦l 槟园社区“红色管家”上门修水管⟧</li><li>⟦l 畿桥街道开展冬季送温暖活动⟧</li></ul></div>
</div>
<div class="xf-foot">⟦m 中共垲阳市委组织部　版权所有　赣ICP备08003391号-1⟧<br>⟦d 转载本网稿件请注明“来源：垲阳先锋网”。⟧</div>
</body>
</html>
""",
        body="""
今年9月以来，畿桥街道党工委组织辖区党员志愿服务队，开展“小盆子·大民生”行动，为独居老人更换老旧洗菜盆。现将工作情况总结如下。
一、基本情况。志愿服务队共有党员志愿者46名，分成5个小组，入户走访独居老人312户，为其中97户更换了洗菜盆，为21户疏通了下水管。
社区　走访户数　更换户数　疏通户数
槟园社区　118　41　9
岔河社区　106　33　7
庹家湾社区　88　23　5
二、主要做法。一是先摸底，逐户登记洗菜盆的破损情况；二是统一采购带溢水口的不锈钢洗菜盆；三是安装后回访，教老人正确清洗。
三、下一步打算。将把这项服务纳入社区“微心愿”清单，常态化开展。
中共畿桥街道工作委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-qiuhu-speech-coffee-pot-company-branch",
        site="瞿湖党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.qiuhudangjian.cn/jlfy/2024/0708/2215.html",
        title="恒焙公司党支部书记在全区非公企业党建工作推进会上的交流发言",
        record_title="[支部经验谈] 恒焙公司党支部书记在全区非公企业党建工作推进会上的交流发言 - 瞿湖党建网",
        date="2024-07-05",
        date_also=["2024-07-08"],
        notes="a speech whose title keeps the speaker's role; a speaker line and a date line under the title (neutral); "
        "an editor line glued after a 。 inside the body; the posting date differs",
        page="""
!m 瞿湖党建网
!m 首页 ▷ 经验交流 ▷ 两新党建
!t [支部经验谈] 恒焙公司党支部书记在全区非公企业党建工作推进会上的交流发言 - 瞿湖党建网
!m 2024-07-08　区委两新工委　阅读 702
{T}
恒焙咖啡器具有限公司党支部书记　钟亦舟
（2024年7月5日）
{BODY}
!a 〔收藏〕〔打印〕〔分享至党员学习群〕
!l 上一篇：区委组织部开展“两新”党组织书记轮训
!m 中共瞿湖区委组织部　主办
""",
        indent="\u3000\u3000",
        body="""
各位领导、同志们：
恒焙公司是一家生产咖啡壶的民营企业，现有职工380人，党员27名。下面，我把支部这两年的做法向大家作个汇报。
一是把党员放到生产最难的岗位上。摩卡壶的安全阀装配精度要求高，过去返工率在百分之五左右。支部组建了党员攻关组，改进工装夹具，返工率降到了百分之一以下。
二是把支部活动和质量管理结合起来。我们每月开展一次“党员质量日”，党员带头在生产线上查隐患、提建议，两年来共采纳合理化建议64条。⟦m 编辑：区委两新工委　沈若谷⟧
三是把关心职工落到实处。支部牵头建立了困难职工帮扶台账，今年帮扶职工11人次。
下一步，我们将继续以党建引领企业发展，努力把党员身份亮在岗位上。
谢谢大家！
""",
    ),
    dict(
        slug="hospital-xiachuan-burns-coffee-pot-scald",
        site="遐川市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.xcsey.example.cn/kpyd/2025/0311/871.html",
        title="摩卡壶喷溅烫伤后，这样处理少留疤",
        record_title="摩卡壶喷溅烫伤后，这样处理少留疤-健康科普角-遐川市第二人民医院",
        date="2025-03-11",
        notes="hospital page: a booking float, a 24-hour line and an experts list; the burns department's own 咨询电话 "
        "inside the body beside the hospital's booking line; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>摩卡壶喷溅烫伤后，这样处理少留疤-健康科普角-遐川市第二人民医院</title>
<script src="/js/hospital.js"></script>
</head>
<body>
<div class="h-top">⟦m 遐川市第二人民医院⟧ <span>⟦m 三级综合医院 · 全国文明单位⟧</span></div>
<div class="h-nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 就医指南⟧ ⟦m 科普园地⟧</div>
<div class="h-pos">⟦m 您的位置：首页 › 科普园地 › 正文⟧</div>
<div class="h-article">
<h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2025-03-11　科室：烧伤整形科　审核：江暮云 主任医师⟧</div>
<div class="h-text">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 烧伤整形科专家⟧</h4><p>⟦l 江暮云 主任医师 周二、周四上午⟧</p><p>⟦l 侯晓棠 副主任医师 周一全天⟧</p></div>
<div class="h-float">⟦a 手机挂号　检查报告查询⟧</div>
<div class="h-foot">
<p>⟦m 预约挂号：0790-6128000（工作日 8:00—17:30）⟧</p>
<p>⟦m 急诊24小时：0790-6128120⟧</p>
<p>⟦d 科普文章仅供参考，不能代替医生面诊。⟧ ⟦m 赣ICP备12009187号⟧</p>
</div>
</body>
</html>
""",
        body="""
近期，我科接诊了多名被摩卡壶喷溅烫伤的患者，大多是在煮咖啡时打开壶盖查看，被突然喷出的热咖啡烫伤了手和前臂。
摩卡壶工作时，下壶的水被加热到一百度以上，安全阀堵塞或者粉压得太实，都可能导致热咖啡突然喷出。
一旦被烫伤，请记住“冲、脱、泡、盖、送”五个字：立即用流动的凉水冲洗伤处十五到三十分钟；在水中小心脱去衣物和戒指；不要涂牙膏、酱油；用干净的纱布轻轻盖住伤处；起了大水疱或者面积较大的，要及时到医院就诊。
烧伤整形科门诊设在门诊楼四楼，咨询电话：0790-6128461。
""",
    ),
    dict(
        slug="hospital-piexi-nutrition-washing-vegetables-myths",
        site="苤溪县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.pxxrmyy.example.cn/yykt/2025/0618/302.html",
        title="果蔬清洗的三个误区",
        record_title="【营养课堂】果蔬清洗的三个误区 - 苤溪县人民医院营养科",
        date="2025-06-18",
        notes="a hospital nutrition article: the byline's 发布时间 is the page's date; a booking line and a WeChat "
        "follow line at the foot; a font-size row",
        page="""
!m 苤溪县人民医院　｜　营养科
!m 健康教育 ＞ 营养课堂
{T}
!m 发布时间：2025年6月18日　作者：营养科 阮丹青
!a 字体〔大〕〔中〕〔小〕
{BODY}
!m 预约营养门诊请拨：0795-7760112
!a 扫码关注“苤溪县医院”服务号，报告出来第一时间提醒
!l 相关阅读：夏天凉拌菜怎么吃更安全　｜　剩饭剩菜能不能隔夜
""",
        indent="\u3000\u3000",
        body="""
很多人洗菜时有几个习惯，看似讲究，其实并不科学。
误区一：在洗菜盆里泡得越久越干净。蔬菜长时间浸泡，水溶性维生素会流失，叶片上的农药还可能随着水被重新吸附。一般用清水浸泡五到十分钟，再用流水冲洗就可以了。
误区二：加洗洁精洗菜。洗洁精容易残留在菜叶的褶皱里，很难冲干净。果蔬专用清洗剂也要按说明稀释，洗后多冲几遍。
误区三：一个洗菜盆什么都洗。生肉、海鲜和蔬菜水果最好分盆清洗，洗完生肉的洗菜盆要先用热水刷净，再用来洗菜。
记住这几点，洗菜才能洗得干净又保住营养。
""",
    ),
    dict(
        slug="univ-xiachuan-logistics-dish-racks-dorm-h1",
        site="遐川职业技术大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xcvtu.example.edu.cn/info/1021/9934.htm",
        title="后勤集团为学生公寓配置公共碗架",
        record_title=None,
        record_date="2024-09-12",
        date="2024-09-12",
        notes="university news: no record title (the page's <h1>), the record gives the date; a dotted date and a "
        "photo credit in the info line; a photo caption on a line between paragraphs; campus links",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>遐川职业技术大学-新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="u-top">⟦m 遐川职业技术大学新闻网⟧ <a>⟦a 返回学校主页⟧</a> <a>⟦a EN版⟧</a></div>
<div class="u-nav">⟦m 学院要闻⟧ ⟦m 校园动态⟧ ⟦m 媒体职大⟧ ⟦m 图说校园⟧</div>
<div class="u-pos">⟦m 当前位置： 首页 >> 校园动态⟧</div>
<div class="u-art">
<h1>{T}</h1>
<div class="u-info">⟦m 2024.09.12　文：后勤集团 柯雨桐　图：学生记者团　审核：林砚秋　点击：<span>1388</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="u-pn">⟦l 上一条：学校举行2024级新生开学典礼⟧<br>⟦l 下一条：图书馆新增夜间自习区⟧</div>
</div>
<div class="u-foot">⟦m 地址：遐川市学府路88号　邮编：344100⟧<br>⟦m 遐川职业技术大学党委宣传部　版权所有⟧</div>
</body>
</html>
""",
        body="""
新学期伊始，学校后勤集团在8栋学生公寓的公共洗漱间配置了公共碗架，解决了学生宿舍内餐具“无处安放”的问题。
不少同学习惯在宿舍吃早餐、泡面，洗好的碗筷只能放在桌上或窗台上，既不卫生，也影响宿舍整洁。今年6月，学生会在宿舍满意度调查中反映了这一问题。
⟦m 图为学生在公共洗漱间使用新配置的碗架⟧
后勤集团经过调研，选用了壁挂式不锈钢碗架，每层楼配置两组，每组可放碗筷40套。碗架下方设接水槽，由宿管员每天清理。
“以前碗放在桌上总有蚂蚁，现在洗完直接放碗架上，干净多了。”机电学院大二学生许嘉禾说。
""",
    ),
    dict(
        slug="univ-kaiyang-food-college-noodle-press-lab-booking",
        site="垲阳理工学院食品学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://food.kyit.example.edu.cn/tzgg/2025/0303/2210.htm",
        title="关于面制品实训室压面机设备开放预约的通知",
        record_title="关于面制品实训室压面机设备开放预约的通知-食品学院-垲阳理工学院",
        date="2025-03-03",
        notes="a college notice: 扫码预约 and 关注 as content, the lab's own contact beside the college office's line and "
        "the site's technical line; 成文日期 under the signature",
        page="""
!m 垲阳理工学院 · 食品学院
!m 食品学院首页 > 通知公告
{T}
!m 作者：实验中心　来源：食品学院　点击：264　日期：2025-03-03
{BODY}
!l 【关闭本页】　【返回顶部】
!m 学院办公室：0797-5316200　网站维护：校网络中心
!m Copyright © 垲阳理工学院食品学院
""",
        indent="\u3000\u3000",
        body="""
各位师生：
为提高实训设备使用效率，食品学院面制品实训室的压面机等设备自3月10日起向全校师生开放预约使用。现将有关事项通知如下：
一、开放设备。双辊压面机4台、多功能面条机2台、和面机2台。
二、开放时间。每周一至周五14:00—17:00，周六9:00—12:00。
三、预约方式。请扫描实训室门口的二维码，或关注“食品学院实验中心”微信公众号，在“设备预约”栏目中提前一天预约。
四、注意事项。首次使用压面机须参加实训室组织的安全培训；操作时不得佩戴手套，长发须盘起；使用后清理压辊和面屑，填写使用记录。
联系人：蒋晚晴，电话：0797-5316248。
食品学院实验中心
2025年3月3日
""",
    ),
]
