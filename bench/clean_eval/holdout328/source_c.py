"""holdout328, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Every case below was written by hand for this part.
"""

CASES = [
    dict(
        slug="qa-wenchu-answer-baking-paper-sides-question-title",
        site="问厨 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenchu.net/q/551873.html",
        title="烘焙纸正反面有区别吗？烤饼干该用哪一面？",
        record_title=None,
        date=None,
        notes="Q&A with no title in the record: the question is the title; an adopted-answer badge, the answerer's line "
        "with 回答于 昨天 (no date), a vote row, more answers and an ask box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问厨 - 厨房里的问题问厨</title></head>
<body>
<div class="hd">⟦m 问厨 · 厨房里的问题问厨⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录问厨⟧</a></div>
<div class="crumb">⟦m 问厨 &gt; 烘焙 &gt; 工具与材料⟧</div>
<div class="question"><h1>{T}</h1>
<p>⟦m 提问者：小雨点点　｜　浏览 2,318 次　｜　关注问题 27⟧</p></div>
<div class="best"><span class="badge">⟦m 最佳回答⟧</span>
<div class="author">⟦m 烤箱里的猫 · 烘焙爱好者 · 回答于 昨天⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦a 有用 86　没用 2　评论 5　分享⟧</div></div>
<div class="more"><h3>⟦l 其他 3 条回答⟧</h3><p>⟦l 匿名网友：两面都可以，我一直随便用⟧</p><p>⟦l 芝士就是力量：超市买的大都是双面的⟧</p></div>
<div class="ask">⟦l 相关问题：油布和烘焙纸哪个好用？ 锡纸可以代替烘焙纸吗？⟧</div>
<div class="ft">⟦m 问厨 wenchu.net　京ICP备18066102号⟧</div>
</body></html>
""",
        body="""
一般家用的烘焙纸两面都涂了硅油，正反面没有区别，哪一面朝上都可以。
少数单面涂层的烘焙纸，一面光滑发亮，一面略显粗糙，这种要把光滑的涂层面朝向食物。分不清的话，可以滴一滴水上去，水珠圆圆地滚动的那一面就是涂层面。
烤饼干时还要注意三点：
1.烘焙纸不要超出烤盘太多，翘起的纸边碰到发热管容易烤焦；
2.温度不要超过包装上标注的上限，一般是220℃左右；
3.烤完连纸一起拖到晾网上，等饼干凉透再揭，底部更完整。
""",
    ),
    dict(
        slug="qa-chushi-answer-dumpling-mould-splits",
        site="厨事问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.chushi365.com/question/20931",
        title="饺子模包出来的饺子总是开口怎么办？",
        record_title="饺子模包出来的饺子总是开口怎么办？ - 厨事问答",
        date=None,
        notes="Q&A as text: record title with - site; answer with a numbered list; answer time 5 天前 (no date); "
        "vote row, a 'see all answers' prompt and a related-questions box",
        page="""
!m 厨事问答 > 家常面食 > 饺子馄饨
{T}
!m 2 个回答 · 905 次浏览
!m 面点师阿邢 · 中式面点师（二级）　5 天前
{BODY}
!a 赞同 133　反对　评论 9　分享　收藏
!a 登录厨事问答，查看另外 1 个回答
!l 相关问题：饺子皮擀好放多久会干？｜冻饺子怎么煮不破？
""",
        body="""
用饺子模包饺子开口，多半是下面这几个原因，可以逐一排查：
1.皮太干。饺子皮擀好后放久了表面会结皮，合模时两边粘不住。擀好的皮要用湿布盖着，随用随取。
2.馅太多。模子的容量是固定的，馅放多了，合上时会被挤到边缘，把两层皮隔开。一般放到模子凹槽的七分满就够了。
3.边上沾了油或馅汁。放馅时注意别碰到皮的边缘，沾了的话用手指蘸点清水抹一下。
4.压得太轻。合模后要用掌心用力压两三秒，让花边真正咬合。
另外，塑料饺子模用久了花边会磨平，压出来的边不紧，建议一两年换一只。
""",
    ),
    dict(
        slug="anthology-mianan-memoir-cloth-piping-bag-gb2312",
        site="面案余话 (invented, a retired pastry cook's collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.mianan-yuhua.cn/wenji/juan5/27.htm",
        title="我的第一只布裱花袋",
        record_title="《面案余话》第五辑·我的第一只布裱花袋",
        date=None,
        notes="old gb2312 personal collection: marquee, chapter links, a visitor counter and the author's mailbox; a "
        "memoir with only years (一九八三年) in it, no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《面案余话》第五辑·我的第一只布裱花袋</title></head>
<body background="/img/paper.jpg">
<table width="760" align="center" border="0"><tr><td align="center">⟦m 面案余话 —— 一个老面点师的四十年⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦d 文集文字为作者本人所写，转载请先来信征得同意⟧</marquee></td></tr>
<tr><td align="center">⟦m 第一辑 学徒 | 第二辑 灶台 | 第三辑 师傅们 | 第四辑 南下 | 第五辑 手艺⟧</td></tr></table>
<table width="760" align="center"><tr><td align="center"><font size="5">{T}</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇】做月饼的那个秋天⟧　⟦l 【下一篇】师傅的擀面杖⟧　⟦l 【回目录】⟧</td></tr></table>
<table width="760" align="center"><tr><td align="center">
⟦m 与作者通信：mianan_laoxu@163.net⟧<br>
⟦m 本站访问量：0052718⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九八三年我进县食品厂当学徒，分在糕点车间。那时没有一次性裱花袋，师傅发给我的第一件工具，就是一只帆布缝的裱花袋。
袋子是车间里的老阿姨用缝纫机扎的，三角形，口上包着一圈白布边，尖上剪个小口，塞进一只铜裱花嘴。新袋子硬，挤不出花来，师傅让我先装上猪油和面粉调的“假奶油”，天天下班后练一个钟头。
布袋最怕不干净。每天用完要翻过来，用碱水刷、开水烫，再挂在窗口晾干。有一回我偷懒没翻面，第二天袋子里一股哈喇味，被师傅罚洗了一个星期的烤盘。
后来有了塑料袋、硅胶袋，那只布袋就不再用了。我一直留着它，袋口的白布边已经发黄，可一摸上去，还是当年那股硬邦邦的劲儿。
""",
    ),
    dict(
        slug="anthology-yandeng-essay-clip-wrapped-66",
        site="檐灯小集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yandengxiaoji.net/juan2/14.html",
        title="一只竹夹子",
        record_title="一只竹夹子 ·《檐灯小集》卷二",
        date=None,
        notes="an essay hard-wrapped at 66 columns in a personal collection; no date; chapter navigation, a visitor "
        "count and a mailbox line",
        page="""
!m 檐灯小集 · 隍埠老沈的文字
!m 卷一 乡居　卷二 器物　卷三 行旅
{T}
{BODY}
!l 〔上一篇〕外婆的针线笸箩　〔下一篇〕搪瓷缸子
!m 来信请寄 laoshen_dx@126.net　本集已有 6113 人次翻阅
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
外婆的碗柜里有一只竹夹子，两片竹片用铁丝弯成的弹簧连着，夹口削得很薄，是外公在世时用边角料做的。
那时候家里的红糖、芝麻、炒米都装在牛皮纸袋里，吃完一回，外婆就把袋口折两折，用竹夹子一夹，立在柜子的角落。夹子只有一只，哪个袋子刚开，就夹哪个。
后来超市里有了各色塑料封口夹，十块钱一大包，红的绿的，还带卡扣。我给外婆买过一包，她用了几天，又换回了那只竹夹子，说塑料的“夹得太死，掰得手疼”。
外婆走后，碗柜搬到了我家。那只竹夹子夹在一袋没吃完的芝麻上，竹片已经磨得发亮。我没舍得拿下来，芝麻早就换过好几回了。
""",
    ),
    dict(
        slug="dangjian-xuyuan-speech-party-day-dumpling-cn-date",
        site="虔湖先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qianhuxf.cn/ztdr/2024/1223/8815.html",
        title="在机关党支部“冬至暖心·饺子传情”主题党日活动上的讲话",
        record_title="〔支部活动·冬至〕在机关党支部“冬至暖心·饺子传情”主题党日活动上的讲话 _ 虔湖先锋网",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line; speaker line neutral and the date under the "
        "title in Chinese numerals; the portal's posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔支部活动·冬至〕在机关党支部“冬至暖心·饺子传情”主题党日活动上的讲话 _ 虔湖先锋网</title></head>
<body>
<div class="top">⟦m 虔湖先锋网 · 中共贲城市虔湖区委组织部主办⟧</div>
<div class="nav">⟦m 首页　党建要闻　组织建设　党员教育　主题党日　先锋风采⟧</div>
<div class="pos">⟦m 位置：首页 / 主题党日 / 活动讲话⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 发布：2024-12-23　来源：区机关工委　浏览：764⟧</div>
<p class="speaker">区机关事务中心党支部书记　盱建平</p>
<p class="date">（二〇二四年十二月二十日）</p>
<div class="txt">
{BODY}
</div>
<div class="study">⟦a 阅读满 3 分钟可计入本年度党员学习积分⟧</div>
<div class="qr">⟦a 手机扫一扫，随时随地读先锋⟧</div>
</div>
<div class="side"><h4>⟦l 主题党日推荐⟧</h4><ul><li>⟦l 重温入党誓词主题党日活动方案⟧</li><li>⟦l “学雷锋”主题党日主持词⟧</li></ul></div>
<div class="foot">⟦m 中共贲城市虔湖区委组织部　地址：虔湖区新华路88号⟧　⟦m 蜀ICP备17044120号⟧</div>
</body></html>
""",
        body="""
同志们：
今天是冬至。按照支部年度计划，我们把这次主题党日放在盱园社区，和社区的老人们一起包饺子。
刚才大家分了组，有的擀皮、有的调馅，不少年轻同志是第一次包饺子，社区准备的十几只饺子模派上了大用场。我看了一下，用模子包的饺子一个个整整齐齐，这就是办法总比困难多。
开展这次活动，目的有三个：一是在传统节日里重温为民服务的初心；二是让机关党员走出办公室，了解社区老人的实际需求；三是把支部“结对共建”的承诺落到具体事情上。
包好的饺子，请大家分组送到结对的二十四户独居老人家里，顺便看看他们家的水电、取暖有没有问题，回来后把情况登记好，交给社区跟进。
同志们，一碗饺子虽小，连着的是群众冷暖。希望大家把今天的热情带到日常工作中去。
""",
    ),
    dict(
        slug="dangjian-xuyuan-summary-sweet-classroom-table",
        site="虔湖先锋网 · 支部风采 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qianhuxf.cn/zbfc/2025/0108/9021.html",
        title="盱园社区党支部2024年“甜蜜课堂”志愿服务工作总结",
        date="2025-01-06",
        date_also=["2025-01-08"],
        notes="Party portal as text with the record's own title: a table of classes (one row a paragraph), a sentence "
        "about sharing the course video as content; posting date differs from the 成文日期",
        page="""
!m 虔湖先锋网 › 支部风采
{T}
!m 发布时间：2025-01-08　作者：盱园社区党支部　阅读：431
!a 分享到朋友圈　|　打印本文　|　字号 A A
{BODY}
!a 学习积分 +1：已为您记录本次阅读
!l 相关：社区党支部“银发课堂”工作总结　在职党员双报到服务情况汇报
""",
        indent="\u3000\u3000",
        body="""
2024年，盱园社区党支部联合辖区两家烘焙店开设“甜蜜课堂”，由党员志愿者教社区老人和孩子做蛋糕、学裱花，全年开课14期，服务居民326人次。现将有关情况总结如下。
一、开课情况
季度　期数　参加人次　主要内容
第一季度　3　61　戚风蛋糕、奶油打发
第二季度　4　98　裱花袋使用、玫瑰花裱花
第三季度　3　72　亲子饼干、糖霜装饰
第四季度　4　95　生日蛋糕、节日礼盒
二、主要做法
一是党员带头当“助教”，每期至少2名党员志愿者到场；二是统一采购可清洗的硅胶裱花袋，课后集中清洗消毒，减少一次性用品；三是把课程视频分享到社区居民群，方便行动不便的老人在家学习。
三、下一步打算
2025年计划增加面点课程，并在盱园社区长者食堂设固定教学点。
中共盱园社区支部委员会
2025年1月6日
""",
    ),
    dict(
        slug="hospital-bencheng-second-news-baking-paper-burns",
        site="贲城市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bcsdermyy.com/xwdt/2025/0217/1288.html",
        title="烤箱取物烫伤多发 烧伤整形科提醒：揭烘焙纸要等冷却",
        record_title="烤箱取物烫伤多发 烧伤整形科提醒：揭烘焙纸要等冷却-新闻动态-贲城市第二人民医院",
        date="2025-02-17",
        notes="hospital site: a booking float, a 24-hour line and the switchboard beside the department's own 咨询电话 in "
        "the body; the byline's 发布时间 is the page's date; an expert list in the sidebar",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>烤箱取物烫伤多发 烧伤整形科提醒：揭烘焙纸要等冷却-新闻动态-贲城市第二人民医院</title></head>
<body>
<div class="top">⟦m 贲城市第二人民医院 · 三级乙等综合医院⟧ ⟦m 急诊24小时：0836-2219120⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻动态 | 健康科普⟧</div>
<div class="loc">⟦m 首页 - 新闻动态 - 院内新闻⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-02-17　供稿：烧伤整形科　浏览：517⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="side"><h3>⟦l 烧伤整形科专家⟧</h3><ul><li>⟦l 扈立群　主任医师　周一、周四上午⟧</li><li>⟦l 邢晓冬　副主任医师　周二全天⟧</li></ul></div>
<div class="float-yy">⟦a 预约挂号 · 关注贲城二院服务号⟧</div>
<div class="foot">⟦m 医院总机：0836-2219000　地址：贲城市虔湖区宕桥路216号⟧<br>⟦d 本网站医疗信息仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
春节前后家庭烘焙增多，烧伤整形科近一个月接诊了11名在烤箱取物时烫伤的患者，其中7人是在揭烘焙纸或拖烤盘时被烫伤手指和手腕。
科室主任扈立群介绍，刚出炉的烤盘温度可达200℃以上，烘焙纸本身不烫手，但纸下的烤盘和糖浆温度很高，徒手去揭、去拖，很容易造成二度烫伤。
医生提醒：取烤盘一定要戴厚的隔热手套；烤好的点心连同烘焙纸一起放到晾网上，等冷却几分钟再揭纸；一旦烫伤，立即用流动的凉水冲洗15到20分钟，不要涂抹牙膏、酱油，起了水疱不要自行挑破。
烫伤面积较大或伤在关节处的，应及时就医。烧伤整形科咨询电话：0836-2219361（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-guiling-science-filter-coffee-nutrition",
        site="妫岭县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.glxrmyy.cn/jkkp/yyk/2025/0310/602.html",
        title="每天一杯手冲咖啡，滤纸替你挡住了什么",
        record_title="【营养师说】每天一杯手冲咖啡，滤纸替你挡住了什么 ｜ 妫岭县人民医院",
        date="2025-03-10",
        notes="hospital science piece as text: the byline's 发布时间 is the page's date; the hospital's appointment line "
        "and a 'follow our service account' prompt; a doctor card",
        page="""
!m 妫岭县人民医院　健康科普　营养科
{T}
!m 发布时间：2025-03-10　作者：营养科 宕丽娟　审核：医务科
!a 字号：大　中　小　　｜　　打印　　｜　　关闭
{BODY}
!m 宕丽娟，营养科主治医师，擅长慢病营养管理
!a 预约营养门诊：微信搜索“妫岭县人民医院”服务号
!m 医院地址：妫岭县城关镇南大街39号　总机：0871-3261120
""",
        indent="\u3000\u3000",
        body="""
不少人习惯每天喝一杯手冲咖啡。和煮咖啡、法压壶相比，手冲时用的那张滤纸，其实悄悄帮了我们的忙。
咖啡豆里含有咖啡醇和咖啡豆醇两种物质，研究发现它们会升高血液中的低密度脂蛋白胆固醇。这两种物质主要存在于咖啡的油脂里，而滤纸能把大部分油脂挡在纸上。
所以，血脂偏高的朋友如果爱喝咖啡，更适合选择用滤纸过滤的冲法，少喝不经过滤的煮咖啡。
当然，滤纸挡不住咖啡因。孕妇、心律失常患者和睡眠不好的人仍要控制饮用量，下午三点以后最好不喝。
另外，加糖、加奶精会让一杯咖啡的热量翻好几倍，想控制体重的话，尽量喝不加糖的黑咖啡。
""",
    ),
    dict(
        slug="university-bczy-news-piping-skills-festival-h1",
        site="贲城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bczyjs.edu.cn/info/1021/5530.htm",
        title="食品工程学院举办第三届裱花技能节",
        record_title=None,
        date="2025-05-16",
        notes="college news page with no title in the record: the <h1>; a dotted college date line is the page's date; "
        "a photo caption between paragraphs, a 'back to top' link and the college's address block",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>贲城职业技术学院</title></head>
<body>
<div class="header">⟦m 贲城职业技术学院⟧ ⟦m 厚德 精技 笃行 致远⟧</div>
<div class="menu">⟦m 学院概况　院系设置　教学科研　招生就业　校园文化　信息公开⟧</div>
<div class="lm">⟦m 当前位置：首页 &gt; 院系动态⟧</div>
<form name="_newscontent_fromname">
<h1 class="titlestyle">{T}</h1>
<div class="timestyle">⟦m 2025.05.16　作者：食品工程学院　摄影：绸凯　点击数：[ 391 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
</form>
<div class="back">⟦a 【返回页首】⟧　⟦a 【关掉窗口】⟧</div>
<div class="footer">⟦m 地址：贲城市虔湖区学府大道1号　邮编：641300⟧<br>⟦m 招生咨询：0836-2380110　版权所有：贲城职业技术学院⟧</div>
</body></html>
""",
        body="""
5月14日至15日，食品工程学院第三届裱花技能节在实训楼举行，烘焙、食品营养等专业的86名学生参加了比赛。
技能节设基础裱花、主题蛋糕和创意甜品台三个项目。基础裱花项目要求选手用同一只裱花袋连续裱出玫瑰、菊花、贝壳边三种花型，考验的是手上力度的控制。
⟦m 图为学生在主题蛋糕项目中裱花。⟧
评委由学院教师和宕桥两家烘焙企业的技术主管担任。经过两天角逐，22级烘焙专业的邢梓涵获得基础裱花项目第一名。
学院负责人表示，技能节已连续办了三届，今年首次要求练习环节全部使用可清洗的裱花袋，引导学生养成节约耗材的习惯。
""",
    ),
    dict(
        slug="university-bcnl-notice-sample-bag-clips-lab",
        site="贲城农林学院 实验室与设备管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://sbc.bcnlxy.edu.cn/tzgg/2025/0303/338.htm",
        title="关于规范实验室样品袋封口管理的通知",
        record_title="关于规范实验室样品袋封口管理的通知-实验室与设备管理处-贲城农林学院",
        date="2025-03-03",
        notes="a university office's notice as text: numbered requirements, the office's own contact and mailbox beside "
        "the site's technical line; 成文日期 under the signature",
        page="""
!m 贲城农林学院　实验室与设备管理处
!m 首页 - 通知公告
{T}
!m 来源：实验室安全科　作者：邢蕾　日期：2025-03-03　浏览：288
{BODY}
!l 上一条：2025年春季学期危险化学品集中采购的通知
!l 下一条：关于开展实验室安全准入考试的通知
!m 版权所有 © 贲城农林学院实验室与设备管理处　网站维护：信息化中心 0836-2591024
""",
        indent="\u3000\u3000",
        body="""
各学院、各实验中心：
近期检查发现，部分实验室土壤、种子、饲料样品袋封口不严，有的用订书钉封口，有的仅折叠未封，导致样品受潮、霉变和交叉污染。为规范样品管理，现就有关事项通知如下：
1.暂存样品的自封袋、牛皮纸袋，开封后一律用封口夹夹紧，封口夹由各实验室按需申领；
2.不得使用订书钉、回形针封口，防止划破手套和袋体；
3.样品袋上应标明样品编号、采集日期和责任人，封口夹上不得粘贴标签；
4.冷冻保存的样品须使用耐低温封口夹。
请各实验室于3月15日前完成自查整改。
联系人：邢蕾，电话：0836-2591316，邮箱：sysaq@bcnlxy.edu.cn。
贲城农林学院实验室与设备管理处
2025年3月3日
""",
    ),
]
