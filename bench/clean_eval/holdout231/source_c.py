"""holdout231, part C: Q&A sites, personal collections, Party-building sites, hospitals,
universities, county forums. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wenmingbai-qa-stb-no-signal-question-title",
        site="问个明白 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.example.cn/q/31877204.html",
        title="机顶盒开机后一直显示“无信号”，是哪里出了问题？",
        record_title=None,
        date=None,
        notes="no record title: the question in <h1>; an adopted-answer badge, a vote row, more answers and related questions; relative times only (no date); a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>机顶盒开机后一直显示“无信号”，是哪里出了问题？_问个明白</title>
</head>
<body>
<div class="hd">⟦m 问个明白⟧　<span>⟦m 有问题，问个明白⟧</span>　<a>⟦a 我要提问⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问个明白 › 数码家电 › 电视机顶盒⟧</div>
<div class="q">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名网友　┆　2941人看过⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问人采纳的回答⟧</div>
<div class="ans-user">⟦m 家电维修小宋　┆　回答于 2 天前⟧</div>
<div class="ans-text">
{BODY}
</div>
<div class="vote">⟦l 有帮助 86 ┆ 没帮助 3⟧　⟦a 评论⟧　⟦a 分享⟧</div>
</div>
<div class="others"><h3>⟦l 其他4条回答⟧</h3>
<p>⟦l 老电工：先看看是不是把信号源按到别的口了⟧</p>
<p>⟦l 匿名用户：打广电客服，他们远程就能查⟧</p></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 机顶盒遥控器按了没反应怎么办？⟧</li><li>⟦l 电视有声音没图像是什么原因？⟧</li></ul></div>
<div class="ft">⟦d 答案由网友提供，仅供参考，请谨慎甄别⟧　⟦m 问个明白 ©2024⟧</div>
<script src="https://s.wengemingbai.example.cn/js/vote.js"></script>
</body>
</html>
""",
        body="""
出现“无信号”，多数不是机顶盒坏了，可以按下面的顺序自己排查：
1. 先看电视的信号源。用电视遥控器按“信号源”或“输入”键，选到机顶盒连接的那个接口，比如HDMI1或AV。很多时候是家里孩子按乱了。
2. 再看连接线。检查机顶盒和电视之间的HDMI线是否插紧，可以拔下来重新插一次；有线电视用户还要看墙上的同轴电缆接头有没有松动。
3. 重启机顶盒。拔掉机顶盒电源，等一分钟再插上，看前面板指示灯是否正常亮起。
4. 看提示信息。如果屏幕上显示“E03”“信号中断”之类的提示，说明是线路问题，要打当地广电的客服电话报修。
以上都试过还不行，就可能是机顶盒本身故障了，在保修期内可以免费更换。
""",
    ),
    dict(
        slug="wenzhiquan-qa-cat5e-vs-cat6-cable",
        site="问知圈 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenzhiquan.example.cn/question/58801/answer/220931",
        title="超五类网线和六类网线差在哪？装修该选哪种？",
        record_title="超五类网线和六类网线差在哪？装修该选哪种？_家装问答_问知圈",
        date=None,
        notes="decorated record title; an answerer card, an 'edited 2 weeks ago' stamp, a vote/share row and related questions; no date",
        page="""
!m 问知圈 — 把问题问清楚
!m 首页　发现　话题　｜　登录　注册
!t 超五类网线和六类网线差在哪？装修该选哪种？
!m 话题：家装　弱电　网线　｜　关注者 1208　被浏览 31.6万
!l 3 个回答　默认排序
!m 弱电师傅阿坤
!m 家装网络话题优秀答主
{BODY}
!m 编辑于 2 周前 · 著作权归作者所有
!l ▲ 赞同 312　　💬 41 条评论　　分享　　收藏　　喜欢
!a 写回答
!l 相关问题：家里网线要不要预埋两根？　｜　网线能和电线穿一根管吗？
""",
        body="""
简单说，两者主要差在带宽和抗干扰能力上。
超五类网线的带宽是100MHz，家用时基本能跑满千兆；六类网线带宽250MHz，线芯更粗，中间多了十字骨架，线对之间的串扰更小，跑千兆更稳，短距离还能跑到万兆。
价格上，一箱305米的六类线比超五类贵一百多元，分摊到一套房子里，多花不了多少钱。
我的建议是：新房装修一律上六类线。网线埋进墙里至少要用十几年，现在宽带动不动就是千兆，超五类很快就不够用了。
另外提醒两点：一是认准无氧铜，别买“铜包铝”；二是网线和电线不要穿同一根管，至少隔开30厘米，否则容易受干扰。
""",
    ),
    dict(
        slug="tangling-xianbi-collection-ink-cartridge-memoir-gb2312",
        site="樘岭闲笔 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.tanglingxianbi.example.cn/wenji/juan2/017.htm",
        title="换墨盒的老周",
        record_title="换墨盒的老周【樘岭闲笔·辑二】",
        date=None,
        notes="a retired clerk's collection in an old gb2312 table layout: marquee, 繁體 link, chapter links, a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>换墨盒的老周【樘岭闲笔·辑二】</title>
</head>
<body bgcolor="#F5F0E6">
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 樘岭闲笔⟧</font><br><font size="2">⟦m 一个老办公室人的零碎文字⟧</font></td></tr>
<tr><td><marquee>⟦m 欢迎来坐坐，茶是淡的，字是真的⟧</marquee></td></tr>
<tr><td align="right"><a href="/big5/">⟦a 繁體版⟧</a> | <a href="/wenji/">⟦m 文集目录⟧</a> | <a href="/liuyan/">⟦m 留言本⟧</a></td></tr>
</table>
<table width="780" align="center" border="0">
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center"><font size="2">⟦m 辑二·机关旧事　第十七篇⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ＜＜前一篇：传达室的报纸架⟧　⟦l 回辑二目录⟧　⟦l 后一篇：局里的第一台复印机＞＞⟧</td></tr>
</table>
<table width="780" align="center"><tr><td align="center"><font size="2">
⟦m 来信请寄：laozhou_jiu@example-mail.cn⟧<br>
⟦m 本页已被翻阅 2716 次⟧<br>
⟦d 文字为作者原创，转载请先来信说一声⟧
</font></td></tr></table>
<script language="javascript" src="/count/counter.asp"></script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
老周是我们局办公室的打字员，也是全局唯一会换墨盒的人。
九十年代末，局里添了第一台喷墨打印机，宝贝得很，放在办公室里间，钥匙由老周管着。谁要打材料，先把软盘交给他，他打好了再喊人来取。
那时的墨盒贵，一个要一百多块。老周舍不得，墨快用完时，就把墨盒取出来，用针管从小孔里注墨，注完用胶带封好，再放回去接着打。他说这叫“续命”，一个墨盒能续三四回。
有一年年底赶材料，墨盒突然不出墨了。老周把墨盒泡在温水里，拿棉签一点一点擦喷头，擦了半个钟头，打出来的字又黑又亮。局长站在旁边看，说老周这手艺能开个铺子。
后来局里的打印机越来越多，墨盒也便宜了，没人再续墨。老周退休那天，把一支注墨的针管留在了抽屉里，用报纸包着，上面写着“备用”。
""",
    ),
    dict(
        slug="danhu-shiyi-collection-first-usb-oneline",
        site="萏湖拾遗文集 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://danhushiyi.example.cn/xiaowujian/05.txt",
        title="我的第一个U盘",
        record_title="萏湖拾遗 ‖ 我的第一个U盘（小物件系列·五）",
        date=None,
        notes="decorated record title; the whole body on one line, paragraphs apart only by their indent; a year but no date",
        page="""
!m 萏湖拾遗文集　>　小物件系列
!t 我的第一个U盘（小物件系列·五）
!m 文／萏湖老吴
{BODY}
!l 〔上一篇：搪瓷缸子〕　〔下一篇：我家的收音机〕
!d 本集文字版权归作者，转贴请注明萏湖拾遗。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
二〇〇五年夏天，我用第一个月的工资买了一个U盘，128兆，花了一百六十块。
那时候单位里拷文件还用软盘，一张软盘只能装1.44兆，一份带照片的材料要分好几张。我的U盘一拿出来，同事们都围过来看，说这么小一个东西，能顶一百张软盘。
我给它拴了一根红绳，挂在钥匙串上，走到哪带到哪。科里的材料、家里的照片、孩子的儿歌，全装在里面。
有一次出差，U盘掉在了宾馆的床缝里，我回去翻了半个钟头才找到。从那以后，我养成了一个习惯，重要的东西至少存两份。
后来U盘越做越大，几十个G也不稀奇了。那个128兆的老U盘早就读不出来了，我还是把它放在抽屉里，红绳都褪成了粉色。
""",
    ),
    dict(
        slug="tangling-dangjian-speech-remote-education-stb",
        site="樘岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.tldj.example.cn/yjyd/2024/0530/6618.html",
        title="在全县党员远程教育终端站点机顶盒更新培训会上的讲话",
        record_title="【远教园地】在全县党员远程教育终端站点机顶盒更新培训会上的讲话_樘岭党建网",
        date="2024-05-28",
        date_also=["2024-05-30"],
        notes="Party-building portal: date under the speech title, speaker line neutral, a study-points prompt and a read-on-phone QR line; a page date two days later",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【远教园地】在全县党员远程教育终端站点机顶盒更新培训会上的讲话_樘岭党建网</title>
</head>
<body>
<div class="dj-top">⟦m 樘岭党建网　中共樘岭县委组织部主办⟧</div>
<nav>⟦m 首页　组工动态　远教园地　党员之家　人才工作　基层风采⟧</nav>
<div class="pos">⟦m 首页 ＞ 远教园地 ＞ 工作部署⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="info">⟦m 发布：2024-05-30　来源：县委组织部电教中心　浏览：688⟧</p>
<p class="points">⟦a 已登录的党员读完本文可记学习积分1分⟧</p>
<p class="sub">（2024年5月28日）</p>
<p class="sub">县委组织部副部长　尹春华</p>
<div class="text">
{BODY}
</div>
<p class="qr">⟦a 用手机扫一扫，本文带着走⟧</p>
</div>
<div class="side"><h4>⟦l 远教园地·近期⟧</h4><ul><li>⟦l 远教站点管理员“擂台赛”决赛举行⟧</li><li>⟦l 5月远教课件点播排行公布⟧</li></ul></div>
<div class="foot">⟦m 中共樘岭县委组织部　地址：樘岭县人民路1号　湘ICP备17011268号⟧</div>
<script src="/js/study-points.js"></script>
</body>
</html>
""",
        body="""
同志们：
党员远程教育终端站点是党员群众家门口的“学习课堂”。今年，县里投入资金86万元，为全县213个村（社区）终端站点更换新一代机顶盒，实现课件点播、直播课堂和学习积分“一盒通”。今天举办这次培训，就是要让各站点管理员尽快用好新设备。下面，我讲三点意见。
一要学会用。新机顶盒功能多，操作也比过去复杂。各站点管理员要把培训内容学透，回去后能独立完成开机联网、课件下载、故障排查等操作。
二要经常用。终端站点不能当摆设，每月至少组织2次集中学习，把农业技术、政策解读等群众爱看的课件用起来。
三要管好用。机顶盒要专人保管、专柜存放，建立使用登记台账，不得挪作他用。县委组织部将每季度通报各站点使用情况。
同志们，希望大家学有所获，把远程教育这块阵地守好、用好。
""",
    ),
    dict(
        slug="jiongchuan-xianfeng-summary-broadband-volunteers",
        site="泂川先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jcxianfeng.example.cn/zbfc/202412/t20241226_9031.html",
        title="机关第三党支部“网线进农家”志愿服务活动总结",
        record_title="机关第三党支部“网线进农家”志愿服务活动总结_支部风采_泂川先锋网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="Party portal text: 成文日期 under the signature and a later page date; a study prompt glued after a sentence; a further-reading link between paragraphs",
        page="""
!m 泂川先锋网
!m 组织工作　｜　党员教育　｜　支部风采　｜　先锋人物
!m 当前位置：首页 >> 支部风采
{T}
!m 日期：2024-12-26　　作者：县工信局机关党委　　阅读：241
{BODY}
!a 本文已收入“支部工作法”专栏　〔收藏〕〔打印〕
!l ◇ 更多支部风采 ◇
!l 县卫健局党支部开展义诊进乡村活动
!l 县住建局机关支部“红色工地”建设纪实
!m 主办：中共泂川县委组织部　技术维护：泂川县政务服务数据中心
""",
        indent="\u3000\u3000",
        body="""
今年以来，县工信局机关第三党支部结合“我为群众办实事”实践活动，在结对帮扶的毳坪镇开展“网线进农家”志愿服务活动，现将有关情况总结如下。
一、主要做法
支部组织12名党员与通信运营企业技术员组成志愿服务队，利用周末先后8次进村入户，为留守老人、脱贫户免费布放入户网线、调试路由器，共服务农户143户，新接入宽带96户。⟦a 点赞支部，分享身边的先锋故事⟧
⟦l 延伸阅读：毳坪镇光纤宽带覆盖情况调查⟧
二、取得成效
毳坪镇3个偏远村民小组实现了光纤宽带全覆盖，不少老人第一次和外地子女视频通话。志愿队还帮助17户农户开通了网店，销售土蜂蜜、笋干等农产品。
三、存在不足及下步打算
目前志愿服务仍以集中活动为主，日常维护跟不上。下一步，支部将在每个村培养1至2名“网络明白人”，做到小故障不出村。
中共泂川县工信局机关第三支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="rangkou-hospital-notice-workstation-monitors",
        site="瀼口县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.rkxrmyy.example.cn/ywgk/2024/0311/552.html",
        title="关于门诊医生工作站显示器分批更换的通知",
        record_title="关于门诊医生工作站显示器分批更换的通知-院务公开-瀼口县人民医院",
        date="2024-03-11",
        notes="hospital site: a booking float, a 24-hour emergency line and a booking line beside the notice's own 联系人/电话; an experts list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于门诊医生工作站显示器分批更换的通知-院务公开-瀼口县人民医院</title>
</head>
<body>
<div class="h-top">⟦m 瀼口县人民医院　二级甲等综合医院⟧　<span>⟦m 急诊急救（24小时）：0745-3360120⟧</span></div>
<nav>⟦m 医院概况　就医指南　科室导航　专家介绍　院务公开　健康科普⟧</nav>
<div class="loc">⟦m 首页 · 院务公开 · 院内通知⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="meta">⟦m 发布部门：院办　日期：2024-03-11　阅读量：355⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="float-yy">⟦a 线上预约挂号⟧<br>⟦m 预约电话 0745-3361114⟧</div>
<div class="experts"><h4>⟦l 本周坐诊专家⟧</h4><ul><li>⟦l 彭立人　心内科　主任医师⟧</li><li>⟦l 黎青　眼科　副主任医师⟧</li></ul></div>
<div class="foot">⟦m 地址：瀼口县滨江路226号　邮编：556400⟧<br>⟦d 本网站医疗信息仅供参考，不能替代医生面诊⟧</div>
<script src="/js/yuyue-float.js"></script>
</body>
</html>
""",
        body="""
各临床科室、医技科室：
为改善门诊医生工作站使用条件，信息科将对门诊楼使用超过6年的112台显示器分批更换。现将有关事项通知如下。
一、更换时间：3月16日至3月31日，每天18:00以后施工，不影响白天门诊。
二、更换顺序：先内科、外科诊区，后妇产科、儿科及医技科室。
三、各科室请在更换前将工作站桌面上的个人文件保存到科室共享盘，更换过程中不涉及主机数据。
四、新显示器支持护眼模式，信息科将在科室晨会时间进行使用指导。
联系人：信息科　谭俊，电话：0745-3361024（院内分机6024）。
瀼口县人民医院办公室
2024年3月11日
""",
    ),
    dict(
        slug="danhu-hospital-rules-ward-ink-cartridges",
        site="萏湖区人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.dhqrmyy.example.cn/gzzd/2024/0110/301.html",
        title="病区打印机墨盒领用管理规定",
        date="2024-01-08",
        notes="title as the record gives it; 第N条 articles; an effective date inside an article (not the date); 成文日期 under the signature; hospital hotlines around",
        page="""
!m 萏湖区人民医院　｜　预约挂号　｜　24小时急救热线 0746-2209120
!m 首页 > 院务公开 > 规章制度
{T}
!m 时间：2024-01-10　来源：设备科　浏览：97
{BODY}
!a 【打印】【返回列表】
!l 相关制度：医疗设备维修报修流程　｜　科室低值耗材管理办法
!m 萏湖区人民医院版权所有　地址：萏湖区湖滨大道18号
""",
        date_also=["2024-01-10"],
        body="""
第一条　为规范病区打印机墨盒领用，控制耗材成本，结合医院实际，制定本规定。
第二条　各病区打印机墨盒由设备科统一采购、统一发放，各病区不得自行购买。
第三条　领用墨盒实行“以旧换新”，病区护士长凭空墨盒到设备科库房领取新墨盒，空墨盒由设备科登记后交供应商回收。
第四条　各病区每月墨盒领用量原则上不超过上年同期月均用量的110%，超出部分须说明原因。
第五条　打印医嘱、护理记录等文书时，应优先使用双面打印和省墨模式。
第六条　本规定自2024年2月1日起施行。
萏湖区人民医院设备科
2024年1月8日
""",
    ),
    dict(
        slug="kuicheng-vocational-news-dorm-cables-h1",
        site="櫆城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kcvtc.example.edu.cn/info/1023/4471.htm",
        title="信息中心为东区学生公寓完成网线改造",
        record_title=None,
        date="2024-09-06",
        notes="no record title: the title in <h1>; the byline's 发布时间 is the page's date; 扫码报修 as content; photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>信息中心为东区学生公寓完成网线改造-櫆城职业技术学院</title>
</head>
<body>
<div class="header">⟦m 櫆城职业技术学院⟧　<a>⟦a 信息门户⟧</a>　<a>⟦a 校园邮箱⟧</a>　<a>⟦a EN版⟧</a></div>
<div class="nav">⟦m 学校概况　院系设置　教育教学　招生就业　校园生活⟧</div>
<div class="path">⟦m 首页 » 校园新闻 » 正文⟧</div>
<div class="arc">
<h1>{T}</h1>
<div class="arc-info">⟦m 发布时间：2024-09-06　作者：信息中心　摄影：曾彦　审核：冯家宁　点击：[1208]⟧</div>
<div class="arc-body">
{BODY}
</div>
<div class="arc-share">⟦l 分享到：微信 微博 复制链接⟧</div>
</div>
<div class="foot">⟦m 櫆城职业技术学院　地址：櫆城市学府路99号　赣ICP备05017733号⟧</div>
<script src="/_js/_portletPlugs/visitcount.js"></script>
</body>
</html>
""",
        body="""
暑假期间，学校信息中心对东区5栋学生公寓进行了网线改造，把宿舍原来的超五类网线全部更换为六类网线，每间宿舍的信息点由2个增加到4个，新学期开学前已全部完工。
此次改造共布放网线约4.2万米，更换信息面板1680个。施工队利用假期分栋进场，每栋完工后由信息中心逐点测试，确保每个端口都能稳定跑满千兆。
⟦m 图为信息中心工作人员在东区3栋测试网络端口⟧
“以前四个人共用两个网口，还得自己买交换机，现在每人一个口，上网课都不卡了。”机电学院大二学生邹一鸣说。
信息中心提醒，宿舍网络出现故障时，同学们可扫描宿舍门后张贴的二维码在线报修，工作人员将在24小时内上门处理。
""",
    ),
    dict(
        slug="fuwan-college-notice-no-personal-usb",
        site="洑湾学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://syzx.fwxy.example.edu.cn/tzgg/20240305/775.html",
        title="关于实验室公用电脑禁止使用个人U盘的通知",
        record_title="〔实验中心〕关于实验室公用电脑禁止使用个人U盘的通知 · 洑湾学院",
        date="2024-03-04",
        notes="university department page: decorated record title; the notice's own 联系电话 beside the school switchboard; 下载 as content",
        page="""
!m 洑湾学院计算机实验中心
!m 中心首页｜中心概况｜实验教学｜开放预约｜通知公告
!t 〔实验中心〕关于实验室公用电脑禁止使用个人U盘的通知
!m 作者：实验中心　发布于：2024-03-05　浏览次数：463
{BODY}
!l 上一条：2024年春季学期实验室开放时间安排
!l 下一条：关于开展实验室安全隐患自查的通知
!m 洑湾学院　学校总机：0743-8120000　地址：洑湾县大学城文华路3号
""",
        date_also=["2024-03-05"],
        body="""
各学院、全体师生：
近期，计算机实验中心多台公用电脑因插入个人U盘感染病毒，导致上机考试中断。为保障实验教学和考试正常进行，自3月11日起，实验中心公用电脑一律禁止使用个人U盘。现将有关事项通知如下。
一、上课所需课件、作业文件，请任课教师提前上传至教学平台，学生上机时在平台下载。
二、确需拷贝文件的，可到实验中心值班室使用专用U盘，由值班人员查毒后拷贝。
三、实验中心电脑已关闭USB存储接口，请勿自行拆机或更改设置。
联系电话：实验中心值班室　0743-8125536。
洑湾学院计算机实验中心
2024年3月4日
""",
    ),
    dict(
        slug="jiongchuan-online-forum-stb-fee-jammer",
        site="泂川在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jiongchuan-online.example.cn/thread-77012-1-1.html",
        title="广电机顶盒每年那笔费用到底交的是什么？",
        record_title="[街坊求解] 广电机顶盒每年那笔费用到底交的是什么？ - 百姓热线 - 泂川在线",
        date=None,
        notes="county forum with a weather line, medals, jammer-font junk in the post, a forwarded-to-department link and an ad QQ; relative post time (no date)",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>[街坊求解] 广电机顶盒每年那笔费用到底交的是什么？ - 百姓热线 - 泂川在线</title>
<style>font.jammer{display:none}</style>
</head>
<body>
<div id="toptb">⟦m 泂川在线　泂川人的网上家园⟧　<span>⟦m 今日泂川：多云转晴 8~16℃⟧</span>　<a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 泂川在线 › 百姓热线⟧</div>
<div class="thread">
<h1>⟦t [街坊求解] 广电机顶盒每年那笔费用到底交的是什么？⟧</h1>
<div class="pi">⟦m 楼主：河边杨柳　┆　发表于 前天 20:14　┆　查看 5106　回复 87⟧</div>
<div class="medal">⟦m 勋章：热心街坊　优秀版友⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="forward">⟦l 本帖已转交县广电网络公司，点此查看官方答复⟧</div>
<div class="rp">⟦l 沙发　菜园子：同问，我家也交了好几年⟧</div>
<div class="rp">⟦l 板凳　泂川小马：营业厅确实可以改套餐⟧</div>
</div>
<div class="ad">⟦w 承接家电上门维修安装，QQ：30917726⟧</div>
<div id="ft">⟦m 泂川在线　湘ICP备14020093号-2⟧</div>
<script src="static/js/forum_viewthread.js?v=3"></script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
家里装的是县广电的机顶盒，每年年底都要交一笔298元的费用，说是“收视维护费”。我想问问懂行的朋友，这笔钱到底交的是什么？
我查了一下，中央台和省台的基本节目是不收费的，那收的应该是付费频道和点播的钱。可我家就老两口看看新闻和天气预报，点播从来不用。
上个月去营业厅问，工作人员说可以改成只收基本收视费的套餐，一年只要一百多元，但要本人带身份证去办。我爸妈都七十多了，跑一趟不容易。
希望广电公司能把各个套餐的价格公示出来，再开通电话或者网上办理的渠道，让老人少跑腿。
""",
    ),
    dict(
        slug="paku-forum-found-usb-thread-subject-junk",
        site="筢口生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.pakou-life.example.cn/bbs/t-30215.html",
        title="在筢口镇菜市场捡到一个U盘，里面有孩子的照片，寻失主",
        record_title=None,
        date=None,
        notes="no record title: the thread subject on the page; forum junk as lines and glued after 。; relative post time (no date); 转发 as content",
        page="""
!m 筢口生活网 · 镇上的事大家说
!m 论坛首页 » 失物招领
!m 主题：
{T}
!m 楼主　筢口街坊　｜　发表于 1 小时前　｜　查看 388
{BODY}
!l 1楼　豆腐西施：帮顶，希望早点找到
!l 2楼　镇上老李：好人一生平安
!d 温馨提示：认领失物请核对信息，谨防冒领，本站不承担相关责任。
!m 筢口生活网　客服QQ群：508811093
""",
        junk=dict(lines=2, glued=2),
        body="""
今天上午十点左右，我在筢口镇菜市场东门卖豆腐的摊位旁边捡到一个红色的U盘，上面挂着一个小熊钥匙扣。
我用家里的旧电脑打开看了一下，里面有很多孩子的照片和一份幼儿园的毕业相册文件，应该是哪位家长丢的，肯定很着急。
为了不泄露别人的隐私，我没有再往下翻。U盘现在放在菜市场管理处，失主请带上能说明U盘里内容的信息去领取。
也麻烦大家帮忙转发一下，谢谢！
""",
    ),
]
