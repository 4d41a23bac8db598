"""holdout282, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenda-iron-kettle-first-use-question-title",
        site="答疑坊 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dayifang.cn/question/5830217.html",
        title="新买的铁壶第一次用之前要怎么开壶？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record, the question is the title; adopted-answer badge, vote row, more answers; "
        "回答于 2 年前 is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新买的铁壶第一次用之前要怎么开壶？_答疑坊</title>
<script>var QID=5830217;</script>
<script src="https://s.dayifang.cn/js/q.min.js"></script>
</head><body>
<div class="top">⟦m 答疑坊⟧ ⟦m 有问题，答疑坊⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 答疑坊 › 生活 › 茶具茶器⟧</div>
<div class="question">
<h1>{T}</h1>
<div class="q-meta">⟦m 提问者：兰汀　浏览 8921 次⟧</div>
<div class="q-desc">⟦l 补充：朋友送的，说明书丢了，怕弄坏⟧</div>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳的回答⟧</div>
<div class="ans-author">⟦m 陉坪壶匠　茶具类认证答主　回答于 2 年前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 有帮助 318　没帮助 6　追问　举报⟧</div>
</div>
<div class="others"><h3>⟦l 其余 3 条回答⟧</h3>
<p>⟦l 茶小白：我直接烧了三遍水就用了，没啥问题⟧</p>
<p>⟦l 鹤松堂：别用洗洁精，记住这个就行⟧</p></div>
<div class="related">⟦l 相关问题：铁壶烧水有铁锈味正常吗 ｜ 铁壶能放在电陶炉上烧吗⟧</div>
<div class="ft">⟦m © 2025 答疑坊　蜀ICP备22018407号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
我用铁壶五六年了，说说自己的做法，供参考。
第一步，先用清水冲洗一遍壶身和内壁，不要用洗洁精，也不要用硬刷子。
第二步，装八分满清水，小火烧开后倒掉，这样重复两三次，把壶里的浮尘和铁腥味去掉。
第三步，可以放一把不太好的茶叶或者茶渣，和水一起煮二十分钟左右，然后把茶叶倒掉，用清水再煮一遍。
最后，每次用完趁热倒净水，开盖晾干。
新壶前几次烧的水有一点铁味是正常的，用一段时间就好了。
""",
    ),
    dict(
        slug="qa-zhiwenjia-longevity-lock-gift-decorated",
        site="知问家 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhiwenjia.com/yuer/q/2209175",
        title="宝宝满月送长命锁有什么讲究？",
        record_title="宝宝满月送长命锁有什么讲究？_育儿问答_知问家",
        date=None,
        notes="Q&A text: the question decorated with a column and site; answer with a numbered list; a like row glued after "
        "a 。; no date (the answer's time is relative)",
        page="""
!m 知问家 · 育儿问答
{T}
!m 5个回答　被浏览 1.3万次
!a 写回答　邀请回答　关注问题
!m 最佳回答　|　育儿嫂阿芸　|　昨天 22:15
{BODY}
!l 展开其他4个回答
!l 你可能还想问：长命锁什么时候摘？　满月酒回礼送什么好？
!m 知问家 zhiwenjia.com　京ICP备19038822号
""",
        body="""
送长命锁是很多地方的老习俗，寓意锁住平安、长命百岁，一般由外婆家或者关系很近的亲友送。说几点需要注意的：
1. 材质最好选足银或金，足银的会标“S990”或“足银”字样，别买镀银和白铜的，容易过敏。
2. 尺寸要小巧，锁身边缘要圆滑，铃铛不宜太多太小，防止宝宝抓下来放进嘴里。⟦a 👍 赞同 206⟧
3. 满月时挂一挂、拍个照就行，平时最好收起来，尤其是睡觉时一定要摘掉，绳子绕脖子很危险。
4. 可以在背面刻上宝宝的名字和出生日期，留作纪念。
总之心意最重要，不必追求太贵太重。
""",
    ),
    dict(
        slug="collection-lu-memoir-mother-needle-basket-gb2312",
        site="逯老汉文集 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.lulaohan-wenji.cn/ganjiu/juan2/09.htm",
        title="母亲的针线笸箩",
        record_title="《矸塘旧事》卷二·母亲的针线笸箩 — 逯老汉文集",
        date=None,
        notes="retired villager's collection in an old table layout: 繁體/简体 links, chapter links, reader counter, "
        "the author's mailbox; a memoir with only a lunar-year 写于 line",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《矸塘旧事》卷二·母亲的针线笸箩 — 逯老汉文集</title>
<style type="text/css">body{font-size:14px;background:#f7f1e3}</style>
<script language="JavaScript" src="../js/count.js"></script>
</head>
<body>
<table width="780" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center" class="tt">⟦m 逯老汉文集⟧</td></tr>
<tr><td align="center">⟦m 一个庄稼人写给儿孙的旧事⟧</td></tr>
<tr><td align="right">⟦a <a href="big5/09.htm">繁體</a> | <a href="09.htm">简体</a>⟧</td></tr>
<tr><td>⟦m <a href="../index.htm">文集首页</a> → <a href="index.htm">《矸塘旧事》卷二</a> → 第九篇⟧</td></tr>
<tr><td align="center"><font size="5">{T}</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〈〈 第八篇　村口的老井⟧　⟦l 回到卷二目录⟧　⟦l 第十篇　腊月里的磨坊 〉〉⟧</td></tr>
<tr><td align="center">⟦m 本篇已有 2316 人次读过⟧</td></tr>
<tr><td align="center">⟦w 读后有话想说，请写信给老汉：lulaohan1951@kuaixin.cn⟧</td></tr>
<tr><td align="center">⟦d 文集文字归逯老汉所有，引用请捎个信⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候家里穷，一家六口人的衣裳鞋袜全靠母亲一双手。她有个柳条编的针线笸箩，里面放着剪刀、顶针、线板，还有一个布包，别着长短不一的十几根缝衣针。
晚上煤油灯下，母亲总是在缝缝补补。针用钝了，她就在头发里蹭一蹭，再往下扎。我们兄妹几个的衣服，膝盖和胳膊肘上都打着补丁，可针脚匀匀的，穿出去从没人笑话。
有一回我贪玩，拿缝衣针去挑手上的刺，一不小心把针弄丢了。母亲打着灯在地上找了半宿，说针金贵，丢一根就少一根。
如今母亲走了二十年，那个笸箩我还留着，里面的针早就锈了，可我舍不得扔。
写于乙巳年清明
""",
    ),
    dict(
        slug="collection-yanjiao-essay-tiger-shoes-oneline-record",
        site="蒲窗集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://puchuangji.homepage-like.cn/sanwen/hutouxie.html",
        title="奶奶做的虎头鞋",
        date=None,
        notes="record title as is; the whole body on one line; collection chrome: chapter nav, counter, copyright",
        page="""
!m 蒲窗集 · 一个中年人的散文小院
!m 文集首页 → 散文 → 第三十一篇
{T}
{BODY}
!l 上一篇：外公的旱烟袋　　下一篇：老屋后的柿子树
!l 返回散文目录
!m 本页访问：1088
!d 文字为作者原创，转载请先留言征得同意
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
我家箱底压着一双虎头鞋，是奶奶在我出生前一个月做好的。鞋面是大红的灯芯绒，虎头用黄丝线绣眼睛，黑丝线绣胡须，额头上一个大大的“王”字，两只耳朵还絮了棉花，摸上去软乎乎的。
听母亲说，那年冬天奶奶眼睛已经不太好，每天只能在中午太阳最好的时候做一会儿，前前后后做了一个多月。
老人们说，给孩子穿虎头鞋能辟邪壮胆，孩子走路稳当。我穿着它学会了走路，后来脚长大了穿不下，母亲就把它洗干净收了起来。
去年我有了儿子，特意把这双鞋翻出来给他穿上拍了张照片，寄给了远在老家的母亲。
""",
    ),
    dict(
        slug="party-xiahu-summary-red-needle-kit-table",
        site="霅湖党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.xiahudj.gov-like.cn/jcdj/zbfc/202510/t20251016_9024.html",
        title="聃园社区党支部“红色针线包”志愿服务工作总结",
        record_title="【党员先锋·志愿】聃园社区党支部“红色针线包”志愿服务工作总结_霅湖党建网",
        date="2025-10-15",
        date_also=["2025-10-16"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line, a service table (one row a paragraph); "
        "成文日期 under the signature, the portal's 发布时间 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【党员先锋·志愿】聃园社区党支部“红色针线包”志愿服务工作总结_霅湖党建网</title>
<link rel="stylesheet" href="/css/dj-red.css">
<script src="/js/dj.js"></script>
</head><body>
<div class="dj-head">⟦m 霅湖党建网⟧ ⟦m 中共霅湖市委组织部主办⟧</div>
<div class="dj-nav">⟦m <a>首页</a> <a>要闻</a> <a>基层党建</a> <a>支部风采</a> <a>党员教育</a> <a>人才工作</a>⟧</div>
<div class="dj-pos">⟦m 您现在的位置：首页 > 基层党建 > 支部风采⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-10-16　来源：窎川区委组织部　浏览：752⟧</div>
<div class="dj-study">⟦a 登录学习账号，读满60秒计0.5学时⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，在手机上接着读⟧</div>
<div class="dj-tools">⟦a 〔打印〕〔收藏〕〔关闭〕⟧</div>
</div>
<div class="dj-more"><h3>⟦l 支部风采 · 更多⟧</h3><p>⟦l 趵口镇党委“田间课堂”进村入户⟧</p><p>⟦l 陉坪社区党员楼栋长制见实效⟧</p></div>
<div class="dj-foot">⟦m 霅湖党建网版权所有　主办：中共霅湖市委组织部　湘ICP备10023517号⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
今年以来，聃园社区党支部组织党员志愿者开展“红色针线包”便民缝补服务，把服务点设在社区党群服务中心门口，每周六上午为居民免费缝补衣物。现将工作情况总结如下。
一、服务开展情况
月份　服务次数　缝补件数　参与党员
1—3月　12　386　47人次
4—6月　13　452　58人次
7—9月　13　401　52人次
二、主要做法
支部为每名志愿者配发针线包，内有不同型号的缝衣针、顶针和常用色线；对行动不便的老人实行上门服务，全年上门67次。
三、下一步打算
计划吸纳辖区裁缝店加入，增加改衣、换拉链等项目。
中共聃园社区支部委员会
2025年10月15日
""",
    ),
    dict(
        slug="party-ziling-speech-tiger-shoe-coop-cn-date",
        site="訾岭先锋网 (invented township Party site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.zilingxf.cn/jhzc/2025/0310/664.html",
        title="在逯家湾村虎头鞋手工艺专业合作社成立大会上的讲话",
        record_title="〔乡村振兴·讲话〕在逯家湾村虎头鞋手工艺专业合作社成立大会上的讲话 - 訾岭先锋网",
        date="2025-03-08",
        date_also=["2025-03-10"],
        notes="speech under its title: date in Chinese numerals and speaker line (both neutral); the posting date also "
        "accepted; a study prompt between paragraphs",
        page="""
!m 訾岭先锋网
!m 首页 › 讲话致辞 › 村级讲话
{T}
!m 来源：訾岭乡党委　发布：2025-03-10　阅读：433
（二〇二五年三月八日）
村党支部书记　逯长顺
{BODY}
!a 〔字号 大 中 小〕〔打印〕
!l 上一篇：訾岭乡2025年村级组织运转经费分配方案
!l 下一篇：逯家湾村“两委”班子述职测评结果公示
!m 訾岭乡党委主办　联系电话：0736-4920011
""",
        indent="\u3000\u3000",
        body="""
各位乡亲、各位姐妹：
今天是三八妇女节，我们逯家湾村虎头鞋手工艺专业合作社正式成立了。我代表村党支部，向入社的五十六位姐妹表示祝贺！
这两年，村里的绣娘们在家门口做虎头鞋，一年下来人均多挣了八千多块。但是大家单打独斗，接单靠熟人，价钱压得低。成立合作社，就是要统一接单、统一标准、统一品牌，让手艺卖出好价钱。
⟦a 先锋学习：读完本文，记得到“学习打卡”里登记⟧
村党支部会当好服务员：帮合作社对接电商平台，请县里的传承人来讲课，合作社每年的盈余按章程分红。
希望姐妹们把针脚缝得更细、把老虎绣得更精神，让逯家湾的虎头鞋走得更远！
""",
    ),
    dict(
        slug="hospital-fangxi-mch-lock-risks-booking-float",
        site="祊溪县妇幼保健院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.fxfybjy.com/jkkp/erbao/2025/0422/1107.html",
        title="给宝宝戴长命锁，这三个风险家长要当心",
        record_title="〖儿保小贴士〗给宝宝戴长命锁，这三个风险家长要当心-祊溪县妇幼保健院",
        date="2025-04-22",
        notes="hospital page: a booking float, a 24-hour line and a switchboard beside the department's own 咨询电话; "
        "the byline's 发布时间 is the page's date; an 'experts' list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖儿保小贴士〗给宝宝戴长命锁，这三个风险家长要当心-祊溪县妇幼保健院</title>
<script src="/static/js/float-yy.js"></script>
</head><body>
<div class="hos-top">⟦m 祊溪县妇幼保健院⟧ ⟦m 二级甲等妇幼保健院⟧ ⟦m 24小时母婴急救：0735-7215120⟧</div>
<div class="hos-nav">⟦m <a>首页</a> <a>医院概况</a> <a>科室导航</a> <a>专家介绍</a> <a>就医指南</a> <a>健康科普</a>⟧</div>
<div class="hos-pos">⟦m 首页 ＞ 健康科普 ＞ 儿保小贴士⟧</div>
<div class="hos-art">
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2025-04-22　作者：儿童保健科 臬晓晴　浏览：1580⟧</p>
{BODY}
</div>
<div class="hos-float">⟦a 在线挂号⟧ ⟦a 报告查询⟧ ⟦w 预约专线 0735-7215000⟧</div>
<div class="hos-exp"><h3>⟦l 本科专家⟧</h3><p>⟦l 訾兰芳　主任医师　周二、周四上午⟧</p></div>
<div class="hos-foot">⟦m 院址：祊溪县育婴路2号　总机：0735-7215001⟧ ⟦d 科普内容仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
在儿童保健门诊，经常有家长给几个月大的宝宝戴着长命锁来体检。长命锁寓意美好，但从安全角度看，有三个风险家长需要当心。
一是勒颈窒息。挂锁的红绳或银链如果过长，宝宝翻身、抓挠时容易缠绕颈部，睡觉时风险更大。
二是误吞异物。锁上的小铃铛、坠子一旦脱落，很容易被宝宝放进嘴里，造成气道异物。
三是皮肤过敏和重金属超标。一些廉价的“银锁”其实是白铜镀银，含镍较多，可能引起接触性皮炎。
建议长命锁以收藏、拍照为主，日常不要给三岁以下的宝宝佩戴。如宝宝出现误吞，请立即到医院急诊就诊。
儿童保健科咨询电话：0735-7215063
""",
    ),
    dict(
        slug="hospital-xiahu-second-swallowed-needle-record-date",
        site="霅湖市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.xhsey.com/news/kepu/20250812/3341.html",
        title="孩子误吞缝衣针，家长千万别做这两件事",
        record_title="孩子误吞缝衣针，家长千万别做这两件事 - 急诊课堂 - 霅湖市第二人民医院",
        record_date="2025-08-12",
        date="2025-08-12",
        notes="record date; hospital text: the department's own 咨询电话 beside the switchboard and a booking line; "
        "a photo placeholder between paragraphs",
        page="""
!m 霅湖市第二人民医院
!m 首页 > 新闻中心 > 健康科普
{T}
!m 发布日期：2025-08-12　来源：急诊医学科　阅读：2274
{BODY}
!a 分享到朋友圈　收藏本文
!m 医院总机：0736-3318000　预约挂号：0736-3318114
!m 地址：霅湖市窎川区康复路58号
!d 本站健康科普仅供参考，具体诊疗请遵医嘱
""",
        indent="\u3000\u3000",
        body="""
近日，我院急诊科接诊了一名4岁男孩，他在奶奶缝被子时趁大人不注意，把一根缝衣针放进嘴里玩，不慎吞了下去。经X线检查，缝衣针已到达胃内，医生通过胃镜顺利将其取出。
⟦m ［图片：胃镜下取出的缝衣针］⟧
急诊科医生提醒，孩子误吞尖锐异物后，家长千万别做两件事：一是不要让孩子大口吃韭菜、馒头“裹”着咽下去，这样可能把针推向更深处；二是不要拍背、倒提催吐，以免针划伤食管。
正确的做法是让孩子保持安静、禁食禁水，尽快到有内镜条件的医院就诊。平时，家里的缝衣针、别针要放在孩子够不着的地方。
急诊科咨询电话：0736-3318120
""",
    ),
    dict(
        slug="college-xiahu-soldering-contest-h1-dotted-date",
        site="霅湖职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xhzjy.edu.cn/info/1031/22718.htm",
        title="电子信息学院举办第八届“匠心杯”手工焊接技能竞赛",
        record_title=None,
        date="2025-11-27",
        notes="college news: no title in the record, the <h1>; a dotted date in the info line is the page's date; "
        "photo captions between paragraphs; quick links",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>霅湖职业技术学院</title>
<link rel="stylesheet" href="/style/xy2023.css">
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="xy-head">⟦m 霅湖职业技术学院⟧ ⟦m 崇技尚德　知行合一⟧</div>
<div class="xy-quick">⟦m <a>信息门户</a> <a>图书馆</a> <a>招生网</a> <a>就业网</a> <a>English</a>⟧</div>
<div class="xy-nav">⟦m <a>学校首页</a> <a>学院概况</a> <a>院系设置</a> <a>新闻中心</a> <a>人才培养</a>⟧</div>
<div class="xy-pos">⟦m 新闻中心 ＞ 院部动态⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 2025.11.27　供稿：电子信息学院　摄影：胊一帆　点击：<span id="dynclicks">1093</span>⟧</div>
{BODY}
<div class="xy-edit">⟦m 审核：矸立群⟧</div>
</div>
<div class="xy-foot">⟦m 地址：霅湖市大学城学苑路1号　邮编：415900　学院办公室：0736-2580001⟧ ⟦m 湘ICP备06008211号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
11月26日下午，电子信息学院第八届“匠心杯”手工焊接技能竞赛在实训楼B座举行，来自三个年级的84名学生参赛。
比赛分为贴片元件焊接和收音机整机装配两个项目，要求选手在90分钟内用电烙铁完成指定电路板的焊接，并通电调试。评委从焊点质量、装配工艺、功能实现和工位整洁四个方面评分。
⟦m 竞赛现场（胊一帆 摄）⟧
赛场上，选手们手持电烙铁，屏息凝神，一个个焊点圆润饱满。经过激烈角逐，2023级应用电子技术专业的窎思远获得一等奖。
学院负责人表示，竞赛将与省级职业院校技能大赛选拔相衔接。
""",
    ),
    dict(
        slug="college-fashion-notice-sewing-needle-lab",
        site="霅湖纺织服装学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://sxzx.xhfzxy.edu.cn/tzgg/2025/1020/318.html",
        title="关于加强手缝工艺实训室针具管理的通知",
        record_title="关于加强手缝工艺实训室针具管理的通知 - 实训动态 - 霅湖纺织服装学院",
        date="2025-10-20",
        notes="college text: the notice's own rules beside the centre's office line; 成文日期 under the signature; "
        "a share row glued after the last 。 of a paragraph",
        page="""
!m 霅湖纺织服装学院 · 实训中心
!m 首页 | 中心概况 | 实训动态 | 设备预约 | 安全管理
{T}
!m 发布者：实训中心　点击：406
{BODY}
!l 【上一条】关于2025年秋季学期实训室开放时间的通知
!l 【下一条】服装CAD实训室设备报修流程
!m 实训中心办公室：0736-2671032　地址：纺织楼A区一层
!m Copyright © 霅湖纺织服装学院 实训中心
""",
        indent="\u3000\u3000",
        body="""
各班级：
近期手缝工艺实训室多次在地面和座椅缝隙中发现遗落的缝衣针，已有一名同学被扎伤手指。为保障实训安全，现就针具管理通知如下：
一、实行针具领用登记。学生进入实训室凭学生证领取针盒，每盒缝衣针10枚，课后清点交回，由实训指导老师签字确认。
二、断针、弯针一律投入讲台上的废针回收瓶，严禁随手丢弃。⟦l 转发到班级群　转发到QQ空间⟧
三、每次课后由值日生使用磁吸棒清扫地面和桌面。
四、对违反规定、多次遗失针具的学生，取消当次实训成绩。
服装与设计学院实训中心
2025年10月20日
""",
    ),
]
