"""holdout293, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text each).

Invented throughout; subjects 煤炉, 竹椅, 笔洗, 算筹, 秤砣. Markup: see ../build.py.
"""

CASES = [
    dict(
        slug="qa-wenmo-brush-washer-smell-question-title",
        site="问墨网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenmo.cn/question/58120377.html",
        title="新买的陶瓷笔洗有股怪味，怎么去除？",
        record_title=None,
        date=None,
        notes="no record title: the question (h1) is the title; the adopted answer is the body; vote bar, "
        "more answers, a related-questions list; 回答于 2 天前 (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问墨网 - 书画爱好者的问答社区</title>
<script src="//cdn.wenmo.cn/qa.js"></script></head><body>
<div class="hd">⟦m 问墨网⟧<span>⟦m 书画路上，有问必答⟧</span>⟦a 我要提问⟧ ⟦a 登录 · 入驻⟧</div>
<div class="crumb">⟦m 问墨网 > 文房用品 > 笔洗⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：砚边小白　　浏览 3281 次　　关注 41 人⟧</p></div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳　本题最佳回答⟧</div>
<div class="ans-user">⟦m 石上清泉　文房器物领域 答主　回答于 2 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 👍 有帮助 86　｜　👎 没帮助 3　｜　评论 5⟧</div>
</div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 淡墨轩：用茶叶渣泡一晚上也行，我试过⟧</p>
<p>⟦l 一叶：别用洗洁精，会有残留⟧</p></div>
<div class="relq"><h3>⟦l 相关问题⟧</h3><p>⟦l 笔洗里的墨垢怎么清理？⟧</p><p>⟦l 书法初学用什么笔洗好？⟧</p></div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考，不代表问墨网观点。⟧<br>⟦m ©2025 问墨网 wenmo.cn⟧</div>
</body></html>
""",
        body="""
新笔洗有味道，多半是釉面烧制或包装时带来的，一般不影响使用，可以按下面的办法处理：
第一，先用清水冲洗，再用软布蘸少量小苏打水，把内外壁都擦一遍，尤其是底足没上釉的地方，那里最容易吸味。
第二，在笔洗里装满温水，放两勺白醋泡上半天，倒掉后再用清水冲净。
第三，冲洗后倒扣在通风处晾干，放两三天味道基本就散了。
要注意的是，不要用开水直接烫，冷热骤变可能让釉面开裂；也不要用洗洁精反复浸泡，残留的香精会影响墨色。如果是低价的塑料笔洗，味道一直散不掉，建议换一个陶瓷的。
""",
    ),
    dict(
        slug="qa-qiujie-counting-rods-how-to-lay-numbers",
        site="求解问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.qiujiewenda.com/q/2219034.html",
        title="算筹怎么摆出数字？",
        record_title="算筹怎么摆出数字？（数学史板块）- 求解问答",
        date=None,
        notes="Q&A text: the answer is the body (numbered list); vote row, other answers, an ad line between "
        "paragraphs; answer time 昨天 (no date)",
        page="""
!m 求解问答　|　每个问题都值得认真回答
!m 首页 > 学习 > 数学史
!t 算筹怎么摆出数字？（数学史板块）
!m 提问者：豆豆妈妈　　2人关注　　浏览 956
!m 最佳答案　　数学老师老魏　回答于 昨天 20:15
{BODY}
!a 赞同 37　　反对 1　　收藏　　举报
!l 另有 2 位网友作答
!l 小学三年级课本上有图，可以对照着摆。
!l 其实就是纵横交替，记住口诀就行。
!d 求解问答内容由用户生成，请理性参考。
""",
        body="""
算筹是一根根小棍，摆数字时有纵式和横式两种摆法：
1.纵式：一到五分别用一到五根竖着的小棍表示，六到九则用一根横棍放在上面代表五，下面再加一到四根竖棍。
2.横式：正好反过来，一到五用横棍，六到九用一根竖棍代表五，再加横棍。
3.多位数：个位用纵式，十位用横式，百位又用纵式，纵横相间，这样相邻两位不容易混淆。
⟦a 广告　家长都在用的“数学史”动画课，前三节免费⟧
4.遇到零就空一位不摆。比如六百零八，就是百位摆纵式的六，十位空着，个位摆纵式的八。
给孩子练习时，可以用冰棍棒代替，摆完让孩子念出来，很快就能掌握。
""",
    ),
    dict(
        slug="collection-shitang-memoir-grandfather-counting-rods",
        site="轼堂文存 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.shitangwencun.com/wen/014.htm",
        title="祖父的一捆竹算筹",
        record_title="祖父的一捆竹算筹（轼堂文存·第十四篇）",
        date=None,
        notes="retired teacher's collection in an old table layout: marquee, chapter links, visitor counter, "
        "the author's mailbox; memoir dated only by a season (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>祖父的一捆竹算筹（轼堂文存·第十四篇）</title>
<script language="JavaScript">var cnt=0;</script></head>
<body bgcolor="#FFFCF2">
<table width="780" align="center" border="0"><tr><td align="center">
<font face="楷体_GB2312" size="6">⟦m 轼堂文存⟧</font><br>
<font color="#996600">⟦m 一个老数学教师的旧事与闲话⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦a 欢迎老同学、老同事来信叙旧，文末有我的邮箱⟧</marquee></td></tr>
<tr><td align="center">⟦l 卷一·教书　卷二·故乡　卷三·闲读　全部目录⟧</td></tr>
<tr><td>
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 卷二·故乡　第十四篇　录入：轼堂主人⟧</p>
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：老屋门口的石碾⟧　⟦l 下一篇：父亲教我打算盘⟧</td></tr>
<tr><td align="center">⟦w 读后有话想说，请写信到 shitang1952@126.com⟧</td></tr>
<tr><td align="center"><font size="2">⟦m 本页已被阅读 004127 次⟧<br>⟦d 文存中文章均为本人原创，转载请告知⟧</font></td></tr>
</table></body></html>
""",
        body="""
祖父是乡里的老账房，他有一捆竹算筹，用红布条扎着，放在八仙桌的抽屉里。每根算筹约有筷子一半长，被摸得油亮发红。
我上小学那年，祖父把算筹倒在桌上，教我摆数。竖着摆是一、二、三，横着摆是十、二十、三十，摆到六就要把一根横过来压在上面。他说，这叫“纵横相间”，老祖宗几千年前就这么算账了。
后来我教了三十多年数学，讲到位值和进位，总会想起那张八仙桌。学生们用铅笔摆算筹的时候，我仿佛又看见祖父眯着眼睛，一根一根地数。
那捆算筹在搬家时丢了，我至今觉得可惜。
二〇一九年冬，记于砘川
""",
    ),
    dict(
        slug="collection-chenggan-memoir-father-weights-oneline",
        site="秤杆集 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://chenggan.jiyuwen.net/xiangtu/09.html",
        title="父亲的秤砣",
        record_title="〈秤杆集·乡土篇〉父亲的秤砣",
        date=None,
        notes="memoir in a personal collection, the whole body on one line (paragraphs apart only by their indent); "
        "collection navigation and a counter; no date",
        page="""
!m 秤杆集　——　乡土、旧物与人情
!m 目录：乡土篇　｜　旧物篇　｜　人物篇　｜　后记
!t 〈秤杆集·乡土篇〉父亲的秤砣
!m 作者：孙秉谦　　乡土篇之九
{BODY}
!l 【前一篇】赶集　　【后一篇】挑水的扁担
!w 喜欢这些文字的朋友，可加作者微信 sbq_chenggan 交流
!m 访问人次：21650
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲在公社供销社卖了二十年菜籽和化肥，用的是一杆十六两制的老杆秤，配一只铸铁秤砣，砣身上刻着一个“公”字。
父亲说，秤砣是秤的良心。每天开门前，他都要把秤砣擦干净，挂在秤钩上试一试，看秤杆平不平。有一回秤砣磕掉了一小块，他硬是跑了三十里路，到县里换了一只新的。
后来供销社改了制，父亲把那只旧秤砣带回家，压在腌菜缸的盖子上，一压就是好些年。
如今父亲不在了，秤砣还在，那个“公”字已经磨得看不太清。我把它擦干净，放在书架上，每次看见，都像听见父亲在说：做人也要有杆秤。
""",
    ),
    dict(
        slug="party-duanhu-summary-bamboo-chair-council",
        site="缎湖先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.duanhuxianfeng.gov.cn/jcdj/2024-12/26/c_30917.html",
        title="厘园社区党委2024年“竹椅议事会”工作总结",
        record_title="【基层治理·经验】厘园社区党委2024年“竹椅议事会”工作总结-缎湖先锋网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="Party portal: study-points prompt, read-on-phone QR line; the page's 发布时间 differs from the "
        "成文日期; a data table; a photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【基层治理·经验】厘园社区党委2024年“竹椅议事会”工作总结-缎湖先锋网</title>
<script src="/static/js/xianfeng.js"></script></head><body>
<div class="dj-top">⟦m 缎湖先锋网　中共缎湖区委组织部主办⟧</div>
<div class="dj-nav">⟦m <a>首页</a> <a>组工动态</a> <a>基层党建</a> <a>干部工作</a> <a>人才工作</a> <a>先锋学堂</a>⟧</div>
<div class="dj-loc">⟦m 首页 >> 基层党建 >> 社区党建⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2024-12-26　来源：厘园社区党委　浏览：1,904⟧</div>
<div class="dj-points">⟦a 党员登录后阅读满3分钟，可获学习积分1分⟧</div>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-qr">⟦a 扫码在手机上继续读本文⟧</div>
<div class="dj-rel"><b>⟦l 推荐阅读⟧</b> ⟦l 柿子树下议家事：邻区“院落会”见闻⟧ ⟦l 楼栋党小组怎么建？这份指引请收好⟧</div>
</div>
<div class="dj-foot">⟦m 缎湖区委组织部　地址：缎湖区府前街2号　电话：0791-8811203⟧<br>⟦m 赣ICP备17003290号-2⟧</div>
</body></html>
""",
        body="""
今年以来，厘园社区党委把议事桌搬到楼栋口，几把竹椅一摆，党员、居民围坐议事，形成了“竹椅议事会”工作法。现将全年工作总结如下。
一、主要做法。每月第二个周六下午，各网格在楼下摆竹椅开会，社区“两委”成员、楼栋长、在职党员和居民代表参加，群众提事、大家议事、党委定事。
⟦m 图为厘园社区5号楼居民围坐竹椅议事　社区供图⟧
二、取得成效。全年开展议事会情况如下：
网格　议事次数　收集问题　已解决
一网格　12　31　29
二网格　11　26　25
三网格　12　35　32
三、下步打算。明年将把竹椅议事会延伸到小区物业和共建单位，让更多小事在楼下议好、办好。
中共厘园社区委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-taixi-speech-coal-stove-warm-winter",
        site="炱溪党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.taixidj.gov.cn/xfxd/202411/t20241118_5013.html",
        title="在“暖冬换炉”志愿服务活动启动仪式上的讲话",
        date="2024-11-15",
        notes="record title as is; a date in Chinese numerals and a speaker line under the speech title "
        "(neutral); body hard-wrapped at 68 columns; study-app prompt and share row",
        page="""
!m 炱溪党建网　｜　炱溪县委组织部
!m 首页 ＞ 先锋行动 ＞ 志愿服务
{T}
（二〇二四年十一月十五日）
县委组织部副部长　蓝启文
!m 来源：炱溪党建网　　点击数：678
{BODY}
!a 下载“炱溪先锋”学习APP，随时随地学党建
!a 分享到：微信　QQ　微博　　【打印正文】
!l 上一篇：县直机关党员冬季集中轮训开班
!m 炱溪县委组织部主办　　技术支持：炱溪县信息中心
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在这里启动“暖冬换炉”志愿服务活动，组织党员志愿者为全县独居老人、困难家庭更换带烟道的节能煤炉、安装一氧化碳报警器。
煤炉取暖是不少农村老人过冬的老习惯，但老旧煤炉漏烟、烟囱不通，一不留神就会出事。为群众换一只安全的炉子，就是为群众办的一件实事。
希望志愿者们做到三点：一要换到位，炉子、烟囱、风斗一次装好，不留隐患；二要讲明白，把用炉安全常识讲给老人听，教会他们使用报警器；三要常回访，入冬后每月上门看一看。
同志们，寒冬将至，让我们用实际行动把温暖和安全送到群众家中！
""",
    ),
    dict(
        slug="hospital-dunchuan-coal-stove-co-poisoning",
        site="砘川县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.dcxrmyy.com/jkkp/2024/1209/2281.html",
        title="冬季用煤炉，警惕一氧化碳中毒",
        record_title="〔急诊室来信〕冬季用煤炉，警惕一氧化碳中毒丨砘川县人民医院",
        date="2024-12-09",
        notes="hospital site: booking float, 24-hour line and a complaint line beside the article's own 急诊科 "
        "phone; the byline's 发布时间 is the page's date; experts list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔急诊室来信〕冬季用煤炉，警惕一氧化碳中毒丨砘川县人民医院</title>
<script src="/js/yuyue-float.js"></script></head><body>
<div class="h-top">⟦m 砘川县人民医院　二级甲等综合医院⟧　⟦a 网上预约挂号⟧ ⟦a 就诊卡查询⟧</div>
<div class="h-nav">⟦m <a>医院首页</a> <a>医院概况</a> <a>科室导航</a> <a>专家介绍</a> <a>健康科普</a> <a>院务公开</a>⟧</div>
<div class="h-path">⟦m 您所在的位置：健康科普 › 急诊医学⟧</div>
<div class="h-art"><h1>{T}</h1>
<p class="h-info">⟦m 发布时间：2024-12-09　供稿：急诊科　审核：医务科　阅读：1326⟧</p>
{BODY}
</div>
<div class="h-side"><h4>⟦l 急诊科专家⟧</h4><p>⟦l 彭立群 主任医师　擅长急危重症救治⟧</p><p>⟦l 章慧 副主任医师　擅长中毒急救⟧</p></div>
<div class="h-float">⟦a 预约挂号　点我⟧</div>
<div class="h-foot">⟦m 24小时服务热线：0748-5130120⟧　⟦m 投诉监督电话：0748-5130999⟧<br>⟦m 地址：砘川县建设路66号　湘ICP备14011207号⟧</div>
</body></html>
""",
        body="""
近一周，我院急诊科已接诊5名一氧化碳中毒患者，都是在家中用煤炉取暖时发生的。
一氧化碳无色无味，中毒初期会出现头痛、头晕、恶心、乏力，很多人误以为是感冒，等到站不起来时已经错过了自救时机。
用煤炉取暖，一定要安装烟囱并经常检查是否堵塞、漏气；卧室内不要放煤炉；门窗要留缝通风；最好在炉子所在房间安装一氧化碳报警器。
发现有人中毒，应立即打开门窗，把患者转移到通风处，解开衣领，保持呼吸通畅，并尽快送医。中重度中毒患者需要尽早进行高压氧治疗。
急诊科24小时值班电话：0748-5130268。
""",
    ),
    dict(
        slug="hospital-rencheng-tcm-bamboo-chair-fall-hip",
        site="轫城市中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="text",
        source="http://www.rczyy.cn/kepu/ggk/1507.html",
        title="老人从竹椅上摔倒后髋部疼，要当心骨折",
        record_title="老人从竹椅上摔倒后髋部疼，要当心骨折_骨伤科_轫城市中医院",
        date="2024-07-30",
        notes="hospital text: the byline's 发布日期 is the page's date; the department's consulting phone in the "
        "body beside the hospital's booking line; a share row and a related list",
        page="""
!m 轫城市中医院　|　大医精诚　仁心仁术
!m 首页 ＞ 科室导航 ＞ 骨伤科 ＞ 科普园地
{T}
!m 发布日期：2024-07-30　　作者：骨伤科 冯志远　　访问量：802
{BODY}
!a 分享　｜　收藏　｜　字体：大　中　小
!l 科普园地：老年人骨质疏松的日常调养　｜　腰椎间盘突出能不能推拿
!m 预约挂号：0795-3326000（周一至周日 7:30—17:00）
!m 轫城市中医院版权所有　豫ICP备16030112号
""",
        indent="\u3000\u3000",
        body="""
夏天不少老人喜欢坐在竹椅上乘凉。竹椅用久了，椅腿容易开裂、松动，老人起身时一晃，很容易侧身摔倒。
上个月，我科就接诊了3位从竹椅上摔倒的老人，其中2位是股骨颈骨折。老人摔倒后如果出现髋部疼痛、不能站立、一条腿变短或向外翻，一定不要强行扶起来走路，应让老人平躺，尽快送医拍片。
预防摔倒，家里的老竹椅要经常检查，松了及时修，裂了就换；给老人选椅子，最好选带扶手、椅腿粗壮的。
如有疑问，可拨打骨伤科咨询电话0795-3326415。
""",
    ),
    dict(
        slug="university-rencheng-normal-counting-rods-exhibit-h1",
        site="轫城师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.rcnu.edu.cn/info/1021/60917.htm",
        title="数学与统计学院举办“算筹里的中国数学”文化展",
        record_title=None,
        date="2024-05-17",
        notes="no record title: the h1; a dotted college date (2024.05.17) is the page's date; photo caption "
        "between paragraphs; 文/图/审核 line glued after the last sentence",
        page="""
<!DOCTYPE html><html lang="zh-cn"><head><meta charset="utf-8"><title>轫城师范学院新闻网</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="top">⟦m 轫城师范学院⟧　⟦m 新闻网⟧　⟦a English | 旧版入口⟧</div>
<div class="nav">⟦m <a>首页</a> <a>师大要闻</a> <a>院部动态</a> <a>媒体师大</a> <a>校园人物</a>⟧</div>
<div class="pos">⟦m 当前位置：首页 > 院部动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2024.05.17　来源：数学与统计学院　点击：⟧<span id="dynclicks">⟦m 1187⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关掉此窗】⟧</div>
<div class="foot">⟦m 轫城师范学院党委宣传部　地址：轫城市学府大道88号⟧<br>⟦m 赣ICP备05003661号⟧</div>
</body></html>
""",
        body="""
5月16日，数学与统计学院“算筹里的中国数学”文化展在图书馆一楼开展。展览分“筹以记数”“筹以算术”“筹以成书”三个单元，展出复制算筹、算板和古代算书图版60余件。
开展当天，数学专业学生志愿者现场教参观者用算筹摆数、做加减法，不少附近小学的学生也跟着家长前来体验。
⟦m 图为志愿者指导小学生用算筹摆多位数⟧
学院负责人介绍，展览将持续到6月底，其间还将举办两场数学史讲座，并把展品带进附属小学的数学课堂。⟦m （文/卢思远　图/许宁　审核/季红）⟧
""",
    ),
    dict(
        slug="university-luyang-brush-washer-donation",
        site="辂阳学院新闻中心 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.luyangu.edu.cn/2024/0603/c1180a44871/page.htm",
        title="校友向学校博物馆捐赠清代青花笔洗",
        record_title="校友向学校博物馆捐赠清代青花笔洗（附现场照片）｜辂阳学院新闻中心",
        date="2024-06-03",
        notes="college news text: 发稿时间 line is the page's date; editor line glued after the last sentence; "
        "photo caption between paragraphs",
        page="""
!m 辂阳学院新闻中心　　学院首页 | 综合新闻 | 校园文化 | 图片新闻
!m 当前位置：首页 > 校园文化
{T}
!m 发稿时间：2024-06-03　　撰稿：郑雅　　摄影：骆天
{BODY}
!l 上一条：我校书法社获全省高校书法大赛团体二等奖
!l 下一条：图书馆古籍修复室对外开放
!m 辂阳学院党委宣传部　版权所有
""",
        indent="\u3000\u3000",
        body="""
6月1日，1988届中文系校友吕文谦回到母校，将珍藏多年的一件清代青花笔洗捐赠给学校博物馆。
这件笔洗口径12厘米，敞口浅腹，内底绘青花山水，外壁题有“洗心”二字，保存较为完整。吕文谦说，这件笔洗是他四十年前在老家收藏的，希望它在母校发挥作用，让更多学生了解文房文化。
⟦m 校友吕文谦（左）向学校博物馆移交笔洗⟧
学校博物馆将对笔洗进行登记建档，并在今年秋季的“文房清供”专题展中展出。⟦m 编辑：华琳⟧
""",
    ),
]
