"""holdout319, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-haowen-harness-age-question-title",
        site="好问社区 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.haowenshequ.example.com/q/8817302.html",
        title="宝宝几个月可以用学步带？用学步带会不会影响走路？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question is the title; question detail, adopted-answer badge, vote bar, more answers; 回答于 5 天前 (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>好问社区</title>
<script src="/static/js/qa-bundle.js"></script>
</head>
<body>
<div class="header"><span class="logo">⟦m 好问社区⟧</span><span class="slogan">⟦m 有问题，上好问⟧</span><a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="breadcrumb">⟦m 好问社区 &gt; 育儿 &gt; 婴幼儿护理⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-detail">⟦m 宝宝十一个月了，扶着沙发能走几步，婆婆说买个学步带省事，我怕对腿不好，有懂的家长或医生说说吗？⟧</p>
<p class="q-meta">⟦m 提问者：橙子妈　｜　浏览 2.6万　｜　关注问题 143⟧</p>
</div>
<div class="best-answer">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 儿保科护士小安　｜　回答于 5 天前⟧</div>
<div class="answer-content">
{BODY}
</div>
<div class="vote">⟦a 有用 862　｜　没用 9　｜　评论 31　｜　转给好友⟧</div>
</div>
<div class="other-answers"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 豆豆爸：我们家一岁两个月开始用，去公园很方便。⟧</p>
<p>⟦l 匿名用户：别用太久，孩子会依赖。⟧</p>
<p>⟦a 展开剩余回答 ∨⟧</p></div>
<div class="side"><h4>⟦l 相关问题⟧</h4><p>⟦l 宝宝学走路要不要穿学步鞋？⟧</p><p>⟦l 学步车和学步带哪个好？⟧</p></div>
<div class="footer">⟦d 好问社区的回答仅代表答主个人观点，不构成医疗建议。⟧<br>⟦m 好问社区 haowenshequ.example.com　京ICP备21008840号⟧</div>
</body>
</html>
""",
        body="""
一般建议等宝宝能自己扶着站稳、开始迈步以后再用，多数孩子在十个月到一岁多之间。太早用，宝宝腿部力量不够，身体全挂在带子上，反而容易养成踮脚、往前冲的习惯。
学步带本身不会影响走路，关键看怎么用：
1.大人只在孩子快摔倒时轻轻提一下，平时带子保持松弛，不要一直往上拽；
2.每次用二三十分钟就够了，让孩子多在平地上自己练；
3.选背心式的，受力在胸背部，不要选只套在腋下的那种。
另外要提醒一句，学步带不能代替看护，楼梯、水边还是要大人抱着或牵着手。
""",
    ),
    dict(
        slug="qa-wenshenghuo-soap-pump-stuck",
        site="问生活 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenshenghuo.example.net/question/20931778",
        title="洗手液瓶的按压头按不下去了怎么办？",
        record_title="洗手液瓶的按压头按不下去了怎么办？（共3条解答）- 问生活",
        date=None,
        notes="Q&A text page: answer count in the record title, best-answer badge, votes, other answers; 昨天 and an edited stamp (no date)",
        page="""
!m 问生活 · 过日子的问题都在这
!m 问生活 > 家居日用 > 清洁
!t 洗手液瓶的按压头按不下去了怎么办？
!m 3个回答　｜　被浏览 4,187 次
!m 最佳回答　·　居家小能手阿梅　·　昨天 21:14　·　已编辑
{BODY}
!a 👍 赞同 312　　💬 评论 18　　⭐ 收藏
!l 另有 2 位网友作答
!l 老王五金：直接换个压头，十块钱的事。
!l 匿名：泡热水真的有用，亲测。
!a 登录问生活，写下你的回答
!d 回答内容由网友提供，仅供参考。
""",
        body="""
按不下去多半是压头里的液体干了，把弹簧和出液口粘住了，不一定是坏了。可以按下面的办法试试：
1.把压头拧下来，泡在一碗温水里十分钟，让干掉的洗手液化开；
2.泡好后拿出来，在水里反复按几下，直到出水顺畅；
3.用纸巾擦干再装回去，先空按几下把水排出来。
如果泡过还是按不动，或者按下去弹不回来，那就是里面的弹簧锈了或断了，建议直接换一个同口径的压头，超市和网上都有卖，记得先量一下瓶口直径。
平时洗手液快用完时别让它在压头里干着，也能少出这种毛病。
""",
    ),
    dict(
        slug="anthology-kuang-memoir-horseshoe-keyhook",
        site="邝明远文集 (invented, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.kuangmingyuan.example.net/zzyj/07.htm",
        title="父亲的马掌钥匙挂",
        record_title="《辎州忆旧》第七篇：父亲的马掌钥匙挂 ∥ 邝明远文集",
        date=None,
        notes="old table layout: marquee, 繁體 link, chapter links, visitor counter and the author's mailbox; a collection-and-chapter prefix in the record title; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《辎州忆旧》第七篇：父亲的马掌钥匙挂 ∥ 邝明远文集</title>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#F5F0E1">
<table width="800" border="0" align="center" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 邝明远文集⟧</font><br>⟦m 退休教师的自留地⟧</td></tr>
<tr><td align="right">⟦m <a href="../index.htm">文集首页</a> | <a href="index.htm">辎州忆旧（目录）</a> |⟧ <a href="#">⟦a 繁體版⟧</a></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎老同学、老同事来文集里坐坐，留言请写信⟧</marquee></td></tr>
<tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 《辎州忆旧》之七⟧</p>
{BODY}
</td></tr>
<tr><td align="center"><a href="06.htm">⟦l ← 第六篇：粮站门口的大秤⟧</a>　<a href="08.htm">⟦l 第八篇：城隍庙前的剃头挑子 →⟧</a></td></tr>
<tr><td align="center">⟦m 本站访问人次：<font color="red">00031975</font>⟧<br>⟦w 来信请寄 kuangmy_1951@example.net⟧<br>⟦d 文集文字为作者所有，转引请告知⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我家老屋的门后，曾挂着一只用旧马掌做的钥匙挂。那是父亲年轻时在运输队赶马车留下的，马掌磨得一边厚一边薄，他在铁匠铺里请人焊上三个弯钩，钉在门框边上。
那时候家里钥匙不多，一把大门钥匙，一把碗柜钥匙，还有一把自行车锁的小钥匙。父亲下班回来，总是先把钥匙挂上，再摘帽子，几十年没变过。
母亲说，马掌钉在门上图个吉利，父亲却说，挂钥匙顺手，省得找。
父亲去世后，我们搬进了楼房。那只马掌钥匙挂被我用砂纸擦去锈迹，刷了一层清漆，挂在新家的玄关上。每天进门挂钥匙的时候，我都会想起门框边那个熟悉的身影。
""",
    ),
    dict(
        slug="anthology-yanjiao-essay-bucket-lid-oneline",
        site="檐角集 (invented personal collection, text export)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yanjiaoji.example.org/juan2/shuitonggai.txt",
        title="水桶盖",
        record_title="水桶盖｜散文集《檐角集》第二辑",
        date=None,
        notes="whole essay on one line, paragraphs apart only by their indent; collection header and footer; no date",
        page="""
!m 《檐角集》电子版　第二辑：井台
!m 目录 ｜ 上一篇：井绳 ｜ 下一篇：扁担
{T}
{BODY}
!m （本篇字数：约360）
!d 《檐角集》文字版权归作者，网络转载须注明出处。
!l 读者留言 3 条 → 点此查看
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
小时候家在镇上，吃水要到街口的井台去挑。家家户户都有一对木水桶，也都有一只水桶盖。
我家的水桶盖是父亲用旧门板改的，圆圆一块，边上钉了一圈铁皮，中间挖了个手抓的凹槽。挑水回来，水倒进缸里，盖子就压在缸口上，防灰，也防猫。
夏天的傍晚，母亲把西瓜放进水桶，盖上盖子，吊进井里冰着。等父亲收工回来，一家人围着井台吃瓜，那是我记忆里最凉快的时刻。
后来镇上通了自来水，井台填平了，木水桶也不知去向。只有那只水桶盖，被母亲留下来当了擀面板，一直用到今天。
""",
    ),
    dict(
        slug="party-lianhu-summary-kitchen-lid-racks",
        site="辌湖区机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.lhjgdj.example.gov.cn/zbfc/202412/t20241224_4410.html",
        title="辌安社区党支部“厨房微改造”志愿服务工作总结",
        record_title="【红色厨房·支部在行动】辌安社区党支部“厨房微改造”志愿服务工作总结——辌湖区机关党建网",
        date="2024-12-20",
        date_also=["2024-12-24"],
        notes="Party portal: study-points prompt, read-on-phone QR line, service-figure table one row a paragraph; site date after the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【红色厨房·支部在行动】辌安社区党支部“厨房微改造”志愿服务工作总结——辌湖区机关党建网</title>
<script src="/js/dj.js"></script>
</head>
<body>
<div class="dj-top"><img src="/img/dangqi.png" alt="">⟦m 辌湖区机关党建网⟧<span>⟦m 不忘初心　牢记使命⟧</span></div>
<div class="dj-nav">⟦m 首页 | 党建要闻 | 支部风采 | 党员教育 | 志愿服务 | 廉政建设⟧</div>
<div class="dj-pos">⟦m 当前位置：首页 » 支部风采⟧</div>
<div class="dj-article">
<h1>{T}</h1>
<p class="dj-info">⟦m 发布日期：2024-12-24　来源：辌安社区党支部　阅读：512⟧</p>
<div class="dj-con">
{BODY}
</div>
<p class="dj-jifen">⟦a 阅读满3分钟可计入党员学习积分1分，请登录后阅读⟧</p>
<p class="dj-qr">⟦a 手机扫一扫，随时随地看党建⟧</p>
</div>
<div class="dj-rel"><h4>⟦l 同类推荐⟧</h4><p>⟦l 在职党员进社区“双报到”工作经验交流⟧</p><p>⟦l 党员志愿服务积分管理办法（试行）⟧</p></div>
<div class="dj-foot">⟦m 中共辌湖区直属机关工作委员会主办⟧<br>⟦m 地址：辌湖区辌河东路9号　电话：0728-6230671⟧</div>
</body>
</html>
""",
        body="""
今年以来，辌安社区党支部组织在职党员和志愿者开展“厨房微改造”志愿服务，为辖区高龄、独居老人免费安装壁挂式锅盖架、调料架和挂钩，让老人做饭少弯腰、少磕碰。现将全年工作总结如下。
一、服务开展情况
服务项目　户数　件数
壁挂式锅盖架　58　58
调料架　41　43
不锈钢挂钩　66　210
二、主要做法
一是上门摸底，按老人身高和使用习惯确定安装位置；二是党员认领，每名党员至少结对服务两户；三是回访维修，安装后一个月内逐户回访，松动的及时加固。
三、下一步打算
明年将把服务扩展到残疾人家庭，并联系辖区五金店提供优惠配件。
中共辌安社区支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-weiping-speech-bucket-lid-campaign",
        site="磑坪党建 (invented township Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.weiping.example.gov.cn/ldjh/2024/0529/207.html",
        title="在磑坪镇“给水桶戴帽子”爱国卫生行动启动仪式上的讲话",
        record_title="【书记讲话】在磑坪镇“给水桶戴帽子”爱国卫生行动启动仪式上的讲话_磑坪党建",
        date="2024-05-28",
        notes="speech: speaker line (neutral) and a Chinese-numeral date line under the title; a ghost-writer prompt glued after a 。; points prompt",
        page="""
!m 磑坪党建 · 基层组织建设网
!m 首页 → 领导讲话 → 正文
{T}
镇党委书记　闻志刚
（二〇二四年五月二十八日）
!m 编辑：镇党建办　浏览：304
{BODY}
!a 本文已阅，点击领取学习积分
!l 相关讲话：在全镇党员冬训动员会上的讲话
!m 中共磑坪镇委员会主办　技术支持：县委网信办
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在这里启动“给水桶戴帽子”爱国卫生行动。全镇目前仍有四成农户用水桶、水缸储水，很多桶口常年敞着，是蚊虫滋生的重灾区。去年我镇报告登革热输入病例两例，教训不能忘。
这次行动，镇里统一采购了五千只带密封圈的水桶盖，由各村党员干部送到户、装到位。⟦w 领导讲话写不顺？私信小磑，48小时内出稿⟧我讲三点要求：
第一，党员要带头，自家的水桶先盖好，再去帮邻居；
第二，村干部要包片，一户一户过，不留死角；
第三，卫生院要跟进，每周抽查，发现问题立即整改。
同志们，小小的桶盖，连着群众的健康。希望大家真抓实干，把好事办好、实事办实！
""",
    ),
    dict(
        slug="hospital-yinyang-mch-harness-article",
        site="闉阳县妇幼保健院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.yyxfybjy.example.cn/jkkp/2024/0415/562.html",
        title="学步带怎么选、怎么用？儿保医生划重点",
        record_title="学步带怎么选、怎么用？儿保医生划重点 ｜ 健康科普 ｜ 闉阳县妇幼保健院",
        date="2024-04-15",
        notes="hospital page: booking float, 24-hour and booking lines, experts list; the department's own 咨询电话 in the body; 发布时间 byline as the page date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>学步带怎么选、怎么用？儿保医生划重点 ｜ 健康科普 ｜ 闉阳县妇幼保健院</title>
<script src="/static/js/hospital.js"></script>
</head>
<body>
<div class="h-top">⟦m 闉阳县妇幼保健院⟧ ⟦m 二级甲等妇幼保健机构⟧</div>
<div class="h-tel">⟦m 预约挂号：0736-5208000　　24小时急诊：0736-5208120⟧</div>
<div class="h-nav">⟦m 首页 ｜ 医院概况 ｜ 科室导航 ｜ 专家介绍 ｜ 健康科普 ｜ 就医指南⟧</div>
<div class="h-loc">⟦m 当前位置：首页 &gt; 健康科普⟧</div>
<div class="h-art">
<h1>{T}</h1>
<p class="h-info">⟦m 发布时间：2024-04-15　作者：儿童保健科　浏览：741⟧</p>
<div class="h-con">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 儿保科专家⟧</h4><p>⟦l 宁晓燕　主任医师　周一、周三全天⟧</p><p>⟦l 柏青　副主任医师　周二、周五上午⟧</p></div>
<div class="h-float">⟦a 在线预约 ▸ 不用排队⟧</div>
<div class="h-foot">⟦d 本站健康科普内容仅供参考，具体诊疗请遵医嘱。⟧<br>⟦m 院址：闉阳县健康路26号　湘ICP备17012209号⟧</div>
</body>
</html>
""",
        body="""
随着天气转暖，带宝宝出门的家长多了起来，不少家长会给刚学走路的孩子用上学步带。儿童保健科医生提醒，学步带用得好是帮手，用不好也可能带来伤害。
选购时要注意三点：一是选背心式，受力分散在胸背部；二是锁扣要牢，不能一拉就开；三是牵引绳不宜过长，一般不超过一米二。
使用时要做到“三不”：不把带子套在孩子脖子或手腕上，不在楼梯和水边依赖学步带，不在孩子摔倒时猛拽带子，以免拉伤肩膀。
如果孩子一岁半后仍走不稳、经常踮脚走路，请及时到儿童保健科就诊。
儿童保健科咨询电话：0736-5208816（工作日8:00-17:30）
""",
    ),
    dict(
        slug="hospital-zizhou-erxuan-notice-soap-bottles",
        site="辎州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zzsdermyy.example.cn/yngg/2024/0227/1093.html",
        title="关于加强病区洗手液瓶管理的通知",
        date="2024-02-26",
        notes="record title as is; infection-control notice with an internal 联系人/电话 beside the hospital's switchboard line; 成文日期",
        page="""
!m 辎州市第二人民医院　院内公告
!m 首页 > 院务公开 > 院内公告
{T}
!m 发布科室：医院感染管理科　发布于：2024-02-27　阅读 402
!a 【打印】【返回】
{BODY}
!l 上一条：关于调整门诊挂号时间的通知
!m 医院总机：0728-3012000　地址：辎州市中山南路188号
!d Copyright © 辎州市第二人民医院 版权所有
""",
        date_also=["2024-02-27"],
        indent="\u3000\u3000",
        body="""
各临床科室、医技科室：
为落实手卫生规范，降低医院感染风险，现就病区洗手液瓶管理有关要求通知如下：
一、各病区洗手液瓶一律使用一次性密封包装，禁止向旧瓶内续装或兑水；
二、洗手液瓶开启后须在瓶身标明开启日期和时间，开启后使用不超过30天；
三、各科室手卫生联络员每周检查一次洗手液瓶余量和有效期，发现过期、污染的立即更换；
四、院感科将每月开展手卫生专项督查，结果纳入科室绩效考核。
联系人：院感科　鲁佳　电话：8217（内线）
辎州市第二人民医院医院感染管理科
2024年2月26日
""",
    ),
    dict(
        slug="college-zizhou-tech-news-dorm-keyhooks",
        site="辎州理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zzit.example.edu.cn/info/1003/27716.htm",
        title="宿管中心为学生宿舍安装钥匙挂 “忘带钥匙”求助量下降六成",
        record_title=None,
        date="2024-10-11",
        notes="university news: no record title, the <h1>; dotted date in the byline; 文/图/审核 line glued after the last paragraph; quick links and footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>辎州理工学院新闻网</title>
<script src="/_js/jquery.min.js"></script>
<script src="/_js/dynclicks.js"></script>
</head>
<body>
<div class="header">⟦m 辎州理工学院新闻网⟧<div class="quick">⟦m 学校主页 ｜ 信息门户 ｜ 图书馆 ｜ 校历⟧</div></div>
<div class="nav">⟦m 首页　理工要闻　综合新闻　院部动态　校园文化　媒体理工⟧</div>
<div class="place">⟦m 当前位置：首页 &gt;&gt; 综合新闻⟧</div>
<div class="arti">
<h1>{T}</h1>
<p class="arti-meta">⟦m 2024.10.11　来源：学生公寓管理中心　点击：<span id="dynclicks_27716">1126</span>⟧</p>
<div class="v_news_content">
{BODY}
</div>
</div>
<div class="pn"><p>⟦l 上一条：我校学子在省大学生机械创新设计大赛中获佳绩⟧</p><p>⟦l 下一条：图书馆开展新生入馆教育⟧</p></div>
<div class="footer">⟦m 版权所有：辎州理工学院党委宣传部　地址：辎州市学府大道1号⟧</div>
<script>_jsq_(1003,'/content.jsp',27716,1792355112)</script>
</body>
</html>
""",
        body="""
近日，学校学生公寓管理中心为东区12栋学生宿舍的每个房间安装了门后钥匙挂，并在挂钩旁贴上“出门三件套：钥匙、校园卡、手机”的提醒贴。
据宿管中心统计，上学期东区宿舍因忘带钥匙到值班室求助开门的有1400多人次，夜间求助占了三成以上。安装钥匙挂一个多月来，求助量下降了六成。
“以前钥匙随手一放，早上赶课一着急就忘了。现在出门前看一眼挂钩就知道。”机械学院2023级学生冯晨阳说。
宿管中心负责人表示，下一步将在西区宿舍推广，并征集学生设计的文创钥匙挂。⟦m （文/图：邵一凡　审核：尹红）⟧
""",
    ),
    dict(
        slug="college-zizhou-tech-letter-lid-rack-relocate",
        site="辎州理工学院后勤保障处 (invented)",
        style="高校官网",
        genre="函",
        kind="other",
        form="text",
        source="http://hqc.zzit.example.edu.cn/tzgg/2025/0414/608.html",
        title="关于商请调整学生食堂锅盖架安装位置的函",
        record_title="后勤动态｜关于商请调整学生食堂锅盖架安装位置的函",
        date="2025-04-14",
        notes="a department's letter to a supplier: its own 联系人/电话 beside the office's service line; column prefix in the record title; 成文日期",
        page="""
!m 辎州理工学院后勤保障处
!m 首页 · 部门概况 · 后勤动态 · 办事指南 · 下载专区
!t 后勤动态｜关于商请调整学生食堂锅盖架安装位置的函
!m 作者：饮食服务中心　　时间：2025-04-15　　浏览：96
{BODY}
!a 【关闭】　【打印本文】
!m 后勤服务热线：0728-3865000（24小时报修）
!m Copyright © 辎州理工学院后勤保障处
""",
        date_also=["2025-04-15"],
        body="""
辎州市恒达厨具设备有限公司：
贵公司承建的我校第二学生食堂厨房改造项目，已于近日完成锅盖架安装。经我处与食堂管理人员现场查看，发现部分壁挂式锅盖架安装在炒灶正上方，长时间受蒸汽熏烤，挂件已出现变色，且厨师取放锅盖须越过灶口，存在烫伤隐患。
为确保使用安全，现商请贵公司于4月25日前将炒灶区的6组锅盖架移至灶台两侧墙面，安装高度以距地面1.3米至1.5米为宜，所需费用按合同约定处理。
请予支持，并于4月18日前函复我处。
联系人：殷浩　电话：0728-3865120
辎州理工学院后勤保障处
2025年4月14日
""",
    ),
]
