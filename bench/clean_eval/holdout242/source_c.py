"""holdout242, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenda-mouldy-mat-question-title",
        site="问得好 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendehao.cn/question/5528107/answer/90117",
        title="凉席发霉了怎么处理？还能继续睡吗？",
        record_title=None,
        date=None,
        notes="Q&A page, no title in the record: the question is the title; the question's description is left unmarked "
        "(neutral); an adopted-answer badge, answerer line with 3 天前 (no date), vote bar, more answers, related questions",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问得好 - 生活问答</title></head><body>
<div class="header"><span class="logo">⟦m 问得好⟧</span><span>⟦m 生活里的难题，这里有人答⟧</span><a>⟦a 我要提问⟧</a><a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问得好 › 家居生活 › 清洁收纳⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">去年收起来的竹席今年拿出来全是小黑点，擦了还有味道，家里有小孩，不知道还能不能用。</p>
<p class="q-meta">⟦m 提问者：桉溪妈妈　｜　关注 312　｜　浏览 4.8万⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m 提问者采纳⟧</div>
<div class="author">⟦m 居家小能手　｜　家政服务从业11年　｜　回答于 3 天前⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="vote">⟦a 有用 218　没用 4　评论 16　分享⟧</div>
</div>
<div class="others"><h3>⟦l 其他 6 条回答⟧</h3>
<div class="a">⟦l 蒲公英：我家都是用淘米水擦，晒两天就好了……⟧</div>
<div class="a">⟦l 老席匠：藤席别用消毒液，容易发脆⟧</div>
<a>⟦a 写下我的回答⟧</a></div>
<div class="side"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 冰丝凉席能放洗衣机洗吗？⟧</li><li>⟦l 新买的竹席有股酸味正常吗？⟧</li></ul></div>
<div class="foot">⟦m 问得好 wendehao.cn　苏ICP备20077412号⟧</div>
<script src="//s.wendehao.cn/js/vote.min.js" async></script>
</body></html>
""",
        body="""
凉席发霉要看程度。表面只有零星霉点的，可以处理后继续用；霉斑成片、已经渗进竹片或草芯里的，建议直接换掉，尤其是家里有老人、孩子或过敏体质的人。
处理方法：
1.先把凉席拿到户外，用软毛刷把表面的霉点刷掉，避免霉菌孢子在屋里飞散。
2.用温水加少量白醋或含氯消毒液（按说明稀释）擦洗两遍，缝隙处用旧牙刷刷。
3.放在通风处晾干后，再拿到太阳下晒半天，晒的时候正反面都要翻。
4.收纳前确认完全干透，卷起来装进透气的布袋，不要用塑料袋密封。
平时睡觉出汗多的，每天起床后用干毛巾擦一遍席面，能少很多麻烦。
""",
    ),
    dict(
        slug="qa-linwen-answer-hose-car-wash",
        site="邻问网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.linwen.net/q/771204",
        title="小区消防箱里的水带能拿来洗车吗？",
        record_title="小区消防箱里的水带能拿来洗车吗？ - 邻问网",
        date=None,
        notes="an answer as text: the question with the site suffix, answerer line with 2 天前 (no date), an adoption note "
        "glued after the last 。, vote row, more answers, an answer disclaimer",
        page="""
!m 邻问网 — 有问题，问邻居
!t 小区消防箱里的水带能拿来洗车吗？ - 邻问网
!m 提问者：匿名用户　｜　分类：生活 > 物业纠纷　｜　浏览 3.6万
!l 已有 9 个回答　按热度排序
!m 消防员阿桥　｜　认证：消防救援站指导员　｜　2 天前
{BODY}
!a 赞同 1.2万　反对　｜　评论 208　｜　分享　｜　举报
!l 更多回答
!l 物业小唐：我们小区抓到过两次，直接报给社区了……
!a 我来答　邀请邻居答
!d 以上回答为网友个人看法，仅供参考，不代表邻问网立场。
""",
        body="""
不能。消防箱里的水带、水枪属于消防设施，只能用于灭火和消防演练，平时挪作他用是违法行为。
《中华人民共和国消防法》规定，任何单位、个人不得损坏、挪用或者擅自拆除、停用消防设施、器材。情节严重的，可能被处以罚款。
从实际情况看，拿消防水带洗车危害也不小：一是水带反复拖拽、暴晒，会加快老化，真着火时可能爆管；二是消火栓阀门频繁开关，容易渗漏；三是用完不按原样盘好，紧急时难以快速展开。
如果小区确实有洗车需求，可以向物业建议在停车场设置专用取水点。发现有人挪用消防水带的，可以拨打119或向物业、社区反映。⟦m （此回答已被提问者采纳）⟧
""",
    ),
    dict(
        slug="collection-baiyin-memoir-bamboo-stretcher-table-layout",
        site="柏荫斋文存 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆文章",
        kind="other",
        form="html",
        source="http://www.baiyinzhai.net/wencun/wangshi/05.htm",
        title="那副竹担架",
        record_title="〔往事钩沉·之五〕那副竹担架 — 柏荫斋文存",
        date=None,
        notes="a retired teacher's collection in an old table layout: marquee, 繁體/简体 links, chapter links, visitor counter, "
        "the author's mailbox; a memoir closed by a season-and-place line (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔往事钩沉·之五〕那副竹担架 — 柏荫斋文存</title>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 柏荫斋文存⟧</font></td></tr>
<tr><td align="right"><a href="big5/05.htm">⟦a 繁體⟧</a> <a href="05.htm">⟦a 简体⟧</a></td></tr>
<tr><td><marquee>⟦m 退休教书匠的旧文新抄，欢迎常来柏荫斋坐坐⟧</marquee></td></tr>
<tr><td>⟦m 首页 ｜ 往事钩沉 ｜ 教坛杂记 ｜ 诗词习作 ｜ 留言簿⟧</td></tr>
</table>
<table width="780" align="center" border="1" bordercolor="#C8B88A" cellspacing="0" cellpadding="12">
<tr><td>
<p align="center"><font size="4">⟦t 〔往事钩沉·之五〕那副竹担架⟧</font></p>
<p align="center">{T}</p>
{BODY}
<p align="center">⟦l 〖上一篇：堤上的油灯〗⟧ ⟦l 〖返回目录〗⟧ ⟦l 〖下一篇：卫生院的马灯〗⟧</p>
</td></tr>
</table>
<table width="780" align="center"><tr><td align="center">
⟦m 斋主：郁怀章　来信请寄 baiyinzhai@126.example.com⟧<br>
⟦m 本站自2009年开通，您是第 086412 位来客⟧<br>
⟦d 文章均为斋主原创，转载请先征得同意⟧
</td></tr></table>
<script language="javascript" src="/count/count.asp?style=num"></script>
</body></html>
""",
        body="""
一九九八年夏天，桢阳发大水，我在镇中学教书，跟着村里的青壮年上堤抢险。
堤上没有救护车，伤员全靠人抬。村里的篾匠连夜扎了一副竹担架，两根毛竹做杠，中间绷上麻绳编的网，再铺一床旧棉被。
有天半夜，一位抢险的民兵被石头砸伤了腿。我和三个后生抬着他，沿着泥泞的堤坝走了五里路，才把他送到公社卫生院。一路上谁也没说话，只听见竹杠吱呀吱呀地响。
后来听说，那副竹担架在汛期里前后抬过十几个人。洪水退了，篾匠把它挂在祠堂的墙上，说是留个念想。
如今镇上的卫生院早有了铝合金担架和救护车，可我总记得那副竹担架，记得肩膀上那道被竹杠磨出来的红印。
二〇二四年冬于桢阳
""",
    ),
    dict(
        slug="collection-qingxi-essay-summer-mat-oneline",
        site="清溪斋文集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://qingxizhai.example.net/sanwen/3/12.html",
        title="竹席上的夏夜",
        record_title=None,
        date=None,
        notes="a personal collection's essay with the whole body on one line; no title in the record (the title line); "
        "a relative 收录 time; catalogue links and a copyright line",
        page="""
!m 清溪斋文集 › 散文卷 › 第三辑
!m 作者：许晚枫　｜　字数：268　｜　收录于 2 个月前
{T}
{BODY}
!l 本辑目录：上一篇《井台》　下一篇《蒲扇》
!d 文字版权归作者，转载前请先留言联系
!a 复制本文链接
!m 清溪斋文集 · 个人作品存档
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
小时候的夏夜，一家人都睡在院子里的竹席上。
父亲把竹席铺在两条长凳架起的门板上，母亲摇着蒲扇，给我们讲牛郎织女的故事。
月亮升起来，竹席渐渐有了凉意，我数着星星，数着数着就睡着了。
后来搬进楼房，装了空调，竹席换成了冰丝席，再也没有在院子里睡过觉。
前些天整理旧物，那床竹席还卷在柜顶，边上的篾条已经发黄，摸上去却仍是光滑的。
我把它铺在阳台上，夜里躺了一会儿，楼下车声不断，天上也看不见几颗星星，可那股竹子的凉，还是从前的样子。
""",
    ),
    dict(
        slug="dangjian-pohu-summary-building-kits-points",
        site="珀湖先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.pohu-xianfeng.cn/zbfc/2025/0718/6632.html",
        title="栀岭社区党支部“急救箱进楼栋”志愿服务工作总结",
        record_title="【红色楼栋】栀岭社区党支部“急救箱进楼栋”志愿服务工作总结 - 珀湖先锋网",
        date="2025-07-15",
        date_also=["2025-07-18"],
        notes="Party-building portal: study-points prompt, read-on-phone QR line, share bar; a summary with (一)(二)(三) items; "
        "the portal's date differs from the 成文日期 under the branch's signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【红色楼栋】栀岭社区党支部“急救箱进楼栋”志愿服务工作总结 - 珀湖先锋网</title>
</head><body>
<div class="top">⟦m 珀湖先锋网⟧ ⟦m 中共玮城市珀湖区委组织部主办⟧ <a>⟦a 党员登录⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 组工动态⟧</li><li>⟦m 支部天地⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋榜样⟧</li></ul>
<div class="pos">⟦m 首页 &gt; 支部天地 &gt; 正文⟧</div>
<div class="detail">
<h1>⟦t 【红色楼栋】栀岭社区党支部“急救箱进楼栋”志愿服务工作总结⟧</h1>
<div class="sub">⟦m 信息来源：濯川街道党工委　发布时间：2025-07-18　阅读：1340⟧</div>
<div class="points">⟦a 登录后阅读满5分钟，可获学习积分2分⟧</div>
<div class="txt">
<p style="text-align:center">{T}</p>
{BODY}
</div>
<div class="share">⟦l 分享至：微信 ｜ 学习强国 ｜ 微博⟧</div>
<div class="mobile">⟦a 手机扫码，随时随地学⟧</div>
</div>
<div class="list"><h4>⟦l 支部天地 · 更多⟧</h4><ul><li>⟦l 淙湾社区党支部开展夏季送清凉活动⟧</li><li>⟦l 榄园社区“党员楼栋长”上岗⟧</li></ul></div>
<div class="foot">⟦m 版权所有：中共玮城市珀湖区委组织部　湘ICP备16024481号⟧</div>
<script>setTimeout(function(){addStudyPoints(6632)},300000);</script>
</body></html>
""",
        body="""
今年以来，栀岭社区党支部组织党员志愿者开展“急救箱进楼栋”志愿服务，在辖区42栋居民楼各配置了1个公共急救箱，取得了较好效果。现将工作情况总结如下。
一、主要做法
（一）党员认领。42名在职和退休党员每人认领一栋楼，负责急救箱的日常检查和物品补充。
（二）技能培训。联合社区卫生服务站开展急救培训4期，培训党员和楼栋长136人次。
（三）账目公开。急救箱物品由辖区药店和居民捐赠，每季度在楼栋公示栏公开使用和补充情况。
二、取得成效
半年来，楼栋急救箱共使用87次，处置割伤、烫伤、扭伤等小伤情，居民满意度明显提升。
三、下一步打算
我们将把急救箱管护纳入党员积分管理，并争取在明年实现辖区小区全覆盖。
中共栀岭社区支部委员会
2025年7月15日
""",
    ),
    dict(
        slug="dangjian-yangshui-plan-party-day-mirrors",
        site="泱水党建网 (invented Party-building portal)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.ysdj.gov.cn/zbgz/ztdr/2025/0808/1903.html",
        title="县公路养护站党支部“擦亮路口反光镜”主题党日活动方案",
        record_title="〖党日方案〗县公路养护站党支部“擦亮路口反光镜”主题党日活动方案_泱水党建网",
        date="2025-08-06",
        date_also=["2025-08-08"],
        notes="Party portal as text: a study-points prompt above the body, a QR line below; a plan with its time and numbered "
        "items; the portal's time line differs from the 成文日期 (in Chinese numerals)",
        page="""
!m 泱水党建网　｜　党员教育　党务知识　支部工作
!m 首页 > 支部工作 > 主题党日
!t 〖党日方案〗县公路养护站党支部“擦亮路口反光镜”主题党日活动方案
!m 来源：县交通运输局机关党委　时间：2025-08-08　浏览：402
!a 学习本文满3分钟可累计学习积分1分
{BODY}
!a 扫一扫，用手机继续学习
!l 上一篇：县交通运输局党委2025年党建工作要点
!l 下一篇：“七一”主题党日活动掠影
!m 泱水县委组织部主办　湘ICP备17010235号
""",
        indent="\u3000\u3000",
        body="""
为推动党员在服务群众中发挥先锋作用，支部决定8月开展“擦亮路口反光镜”主题党日活动，特制定本方案。
一、活动时间
2025年8月15日（星期五）上午8:00—11:30。
二、参加人员
支部全体党员、入党积极分子，共19人。
三、活动内容
1.重温入党誓词，学习农村公路安全管护有关规定。
2.分3个小组，对县道泱石线沿线11个急弯路口的反光镜进行擦拭、紧固和角度调整，登记破损镜面。
3.向沿线村民发放安全出行提示卡，讲解从反光镜里判断来车的方法。
四、有关要求
党员统一穿反光背心，作业时设置警示锥桶，注意来往车辆。活动结束后，各小组于8月18日前提交破损镜面清单。
县公路养护站党支部
二〇二五年八月六日
""",
    ),
    dict(
        slug="hospital-anxi-news-hose-cabinet-drill-booking-float",
        site="桉溪县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.axrmyy.cn/news/yydt/2025-11-12/2198.html",
        title="桉溪县人民医院开展病房楼消防箱实操演练",
        record_title="桉溪县人民医院开展病房楼消防箱实操演练 - 院内动态 - 桉溪县人民医院",
        date="2025-11-12",
        notes="hospital site: booking float, 24-hour service line and switchboard beside the security office's own phone in "
        "the last paragraph; a photo caption between paragraphs; experts list; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>桉溪县人民医院开展病房楼消防箱实操演练 - 院内动态 - 桉溪县人民医院</title>
</head><body>
<div class="topline">⟦m 24小时服务热线：0734-5121120⟧ ⟦m 总机：0734-5120000⟧</div>
<div class="head"><div class="logo">⟦m 桉溪县人民医院⟧</div><div class="motto">⟦m 仁心仁术　守护桉溪⟧</div></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 院内动态⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 › 院内动态⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-11-12　作者：院办　浏览：745⟧</div>
<div class="body">
{BODY}
</div>
<div class="pn">⟦l 上一条：我院与榄园社区签约家庭医生服务⟧<br>⟦l 下一条：麻醉科开展无痛胃肠镜宣传周活动⟧</div>
</div>
<div class="experts"><h4>⟦l 专家介绍⟧</h4><ul><li>⟦l 急诊科　骆启明　主任医师⟧</li><li>⟦l 骨科　符长青　副主任医师⟧</li></ul></div>
<div class="float-book"><a>⟦a 预约挂号⟧</a><a>⟦a 报告查询⟧</a><a>⟦a 返回顶部⟧</a></div>
<div class="foot">⟦m 地址：桉溪县人民路66号　邮编：414500⟧<br>⟦m 湘ICP备12006683号-1⟧</div>
<script src="/js/float-book.js"></script>
</body></html>
""",
        body="""
11月9日是全国消防日。11月11日下午，桉溪县人民医院在住院部病房楼开展消防应急演练，各临床科室护士长和保卫人员共120余人参加。
演练模拟住院部6楼配餐间起火。值班护士发现火情后，立即按下消防箱内的报警按钮，同时组织轻症患者沿疏散通道撤离；保卫科队员赶到后，打开消防箱，连接水带和水枪，两人配合出水灭火。
⟦m 图：保卫科队员示范消防箱水带连接（院办供图）⟧
演练结束后，保卫科科长覃志远对消防箱的日常检查作了讲解，要求各科室每月检查一次本区域的消防箱，确保箱门无遮挡、水带无破损。
下一步，医院将把消防箱实操纳入新入职员工岗前培训。如有消防安全方面的疑问，可拨打保卫科电话0734-5120119咨询。
""",
    ),
    dict(
        slug="hospital-yunchuan-tcm-notice-ward-mats",
        site="韫川县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.ycxzyy.cn/hlb/tzgg/2025/0626/388.html",
        title="关于夏季病房凉席使用与消毒管理的通知",
        record_title="护理动态 › 关于夏季病房凉席使用与消毒管理的通知 — 韫川县中医医院",
        date="2025-06-25",
        date_also=["2025-06-26"],
        notes="hospital page as text: a booking line beside the notice's own 联系人/电话 line; the page's date differs from the "
        "成文日期; numbered items",
        page="""
!m 韫川县中医医院　预约挂号：0735-4460000
!m 首页 › 护理园地 › 护理动态
{T}
!m 发布：2025-06-26　来源：护理部　点击：318
{BODY}
!a [打印本文] [关闭本页]
!l 上一篇：护理部组织开展中医护理技术竞赛
!l 下一篇：关于做好防暑降温工作的提醒
!m 韫川县中医医院 版权所有　地址：韫川县杏林路3号
""",
        indent="\u3000\u3000",
        body="""
各病区：
为做好夏季住院患者防暑降温工作，预防交叉感染，现就病房凉席使用与消毒管理通知如下。
一、凉席由各病区统一领取，一床一席，不得混用；患者自带凉席的，须经病区护士检查清洁后方可使用。
二、患者出院或转科后，凉席须用500mg/L含氯消毒液擦拭，作用30分钟后清水擦净晾干，并在登记本上记录。
三、对压力性损伤高风险、皮肤破损或高龄卧床患者，原则上不使用竹席，可选用透气床垫。
四、护理部将在7月中旬对各病区进行抽查，结果纳入护理质量考核。
联系人：护理部 温雅琴，电话：0735-4467021（内线6021）。
护理部
2025年6月25日
""",
    ),
    dict(
        slug="university-weicheng-news-campus-mirrors-h1",
        site="玮城理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.wcit.edu.cn/xyxw/2025/1021/c1108a44517/page.htm",
        title="学校在校园12处弯道路口安装凸面反光镜",
        record_title=None,
        date="2025-10-21",
        notes="a university news page, no title in the record: the <h1>; a dotted date line is the date; writer/reviewer line, "
        "views, photo news list, footer with address and switchboard",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>玮城理工学院新闻网</title></head><body>
<div class="header"><div class="logo">⟦m 玮城理工学院新闻网⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 学校要闻⟧</li><li>⟦m 综合新闻⟧</li><li>⟦m 校园风采⟧</li><li>⟦m 媒体理工⟧</li></ul></div>
<div class="path">⟦m 首页 » 综合新闻⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="arti-meta"><span>⟦m 2025.10.21⟧</span> <span>⟦m 文：后勤管理处 罗一帆　审核：唐启⟧</span> <span>⟦m 浏览：1163⟧</span></div>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="arti-tools">⟦a 【收藏本文】【打印本页】【关闭窗口】⟧</div>
</div>
<div class="photo"><h4>⟦l 图片新闻⟧</h4><ul><li>⟦l 我校学子在省大学生力学竞赛中获一等奖⟧</li><li>⟦l 秋季运动会圆满落幕⟧</li></ul></div>
<div class="footer"><p>⟦m 地址：玮城市珀湖区学府路1号　邮编：414000⟧</p><p>⟦m 学校总机：0730-8810000　投稿邮箱：xwzx@wcit.edu.cn⟧</p><p>⟦m 玮城理工学院党委宣传部 版权所有⟧</p></div>
<script language="javascript" src="/system/resource/js/counter.js"></script><script>_jsq_(1108,"/page.htm",44517)</script>
</body></html>
""",
        body="""
近日，后勤管理处在校园主干道和宿舍区的12处弯道、丁字路口安装了凸面反光镜，进一步改善校内交通安全状况。
此前，学生代表在“校长接待日”上反映，图书馆北侧弯道和南苑宿舍区路口视线受阻，电动车、自行车与行人时有碰擦。后勤管理处会同保卫处实地勘察后，确定了安装点位。
此次安装的反光镜直径为80厘米，镜面采用防雾材料，立柱上贴有反光警示条。后勤管理处表示，将安排专人每月检查一次，发现损坏及时更换。
保卫处提醒同学们，经过弯道时请减速慢行，看镜确认后再通过。
""",
    ),
    dict(
        slug="university-anxi-vocational-notice-dorm-hose-cabinets",
        site="桉溪职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.axvtc.edu.cn/tzgg/2025/1030/1207.html",
        title="关于开展学生公寓消防箱专项检查的通知",
        record_title="关于开展学生公寓消防箱专项检查的通知-保卫处-桉溪职业技术学院",
        date="2025-10-30",
        notes="a college department's notice as text: the office's own contact line inside the body, the college switchboard "
        "in the footer; the page date equals the 成文日期",
        page="""
!m 桉溪职业技术学院 · 保卫处
!m 首页 / 通知公告
{T}
!m 发布者：保卫处　发布日期：2025-10-30　访问量：540
{BODY}
!l 附件下载区（暂无附件）
!l 返回列表
!m 桉溪职业技术学院 保卫处　学院总机：0734-5590000
""",
        body="""
各学院、学生公寓管理中心：
为消除学生公寓消防安全隐患，保卫处定于11月3日至14日开展学生公寓消防箱专项检查。现将有关事项通知如下。
一、检查范围：全校14栋学生公寓的室内消防箱，共218个。
二、检查内容：箱门能否正常开启，水带、水枪、接口是否齐全完好，报警按钮是否有效，箱前是否堆放杂物。
三、工作要求：各学院辅导员要提前告知学生不得在消防箱内存放物品；检查中发现的问题由公寓管理中心在一周内整改。
保卫处联系人：卢子涵，电话：0734-8823119。
保卫处
2025年10月30日
""",
    ),
]
