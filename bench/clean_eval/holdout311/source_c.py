"""holdout311, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text, written by hand; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-baixiao-washbasin-stand-rust-no-title",
        site="百晓问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baixiao-wenda.com/q/40027716.html",
        title="不锈钢脸盆架用了两年就生锈，有什么办法处理？",
        record_title=None,
        date=None,
        notes="no title in the record: the question in the <h1> is the title; the adopted answer is the body; "
        "回答于 3 天前 and 提问于 昨天 are no dates; more answers and a vote row after the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>百晓问答 - 有问题，百晓知</title>
<script src="/s/bx-answer.js"></script>
</head><body>
<div class="bx-head">⟦m 百晓问答⟧ <input placeholder="搜一搜你的问题"> <a>⟦a 我也要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bx-cat">⟦m 分类：生活 › 家居 › 清洁保养⟧</div>
<div class="bx-q">
<h1>{T}</h1>
<div class="bx-qmeta">⟦m 匿名用户 提问于 昨天 22:14　｜　浏览 1109 次⟧</div>
</div>
<div class="bx-best">
<div class="bx-badge">⟦m ✔ 提问者采纳⟧</div>
<div class="bx-user">⟦m 居家达人老邢　｜　回答于 3 天前　｜　擅长：家居清洁⟧</div>
<div class="bx-content">
{BODY}
</div>
<div class="bx-vote">⟦l 有用 86　没用 2　评论 5⟧ ⟦a 转给微信好友⟧</div>
</div>
<div class="bx-others"><h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 热心网友：用除锈剂喷一下，然后擦干就行⟧</p>
<p>⟦l 阿杰：直接换塑料的，不会锈⟧</p></div>
<div class="bx-related"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 卫生间置物架发黄怎么清洗？⟧</li><li>⟦l 304和201不锈钢怎么区分？⟧</li></ul></div>
<div class="bx-foot">⟦d 回答内容由网友提供，仅供参考，百晓问答不对其准确性负责⟧ ⟦m © 百晓问答 baixiao-wenda.com⟧</div>
</body></html>
""",
        body="""
不锈钢脸盆架生锈，多半是买到了201材质的，或者表面有划痕，卫生间潮气一重就容易起锈点。处理可以分三步。
第一步，用牙膏或小苏打加水调成糊，拿软布蘸着擦锈点，轻的锈斑基本能擦掉。
第二步，擦不掉的地方用白醋浸湿纸巾敷二十分钟，再用旧牙刷刷，最后一定要用清水冲净、擦干。
第三步，处理完涂一层薄薄的凡士林或缝纫机油，能隔开水汽。
平时盆用完倒扣，别让水一直滴在架子上。如果锈到焊点发黑、架子晃动，建议直接换一个304材质的，几十块钱，省心。
""",
    ),
    dict(
        slug="qa-xiaode-chicken-trough-numbered-answer",
        site="晓得问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://m.xiaode-wenda.cn/question/8812034",
        title="喂鸡槽怎么做才能不让鸡扒料？",
        record_title="喂鸡槽怎么做才能不让鸡扒料？ - 晓得问答·三农频道",
        date=None,
        notes="Q&A in text: a numbered answer; answer time 2 天前 is no date; a follow-the-answerer prompt glued before the first words",
        page="""
!m 晓得问答 · 三农频道
!t 喂鸡槽怎么做才能不让鸡扒料？ - 晓得问答
!m 5 个回答　·　被浏览 2,318 次
!a 写回答　　邀请别人来答
!m 最佳回答
!m 鞅阳老韦　养殖户　｜　2 天前
{BODY}
!l 赞同 214　·　反对　·　收藏　·　举报
!l 查看全部 5 个回答 ∨
!l 你可能也想问：鸡槽多高合适？　｜　小鸡用什么料槽好？
!m 晓得问答 xiaode-wenda.cn　京ICP备22017736号-4
""",
        body="""
⟦a ＋关注老韦，看更多养鸡实操⟧养了十几年鸡，说说我的办法，供参考。
1.槽要窄要深。槽口宽度控制在八到十厘米，深度不少于十厘米，鸡头能伸进去，爪子伸不进去。
2.加防扒格栅。在槽口上方装一排竖条，间距五厘米左右，鸡只能从缝里啄食。
3.装防踩横杆。槽上方架一根能转动的圆木棍，鸡一站上去就转，站不住。
4.料别加太满。每次加到槽深的三分之一，吃完再添，撒出来的自然少。
另外槽的高度要跟鸡背齐平，小鸡和大鸡最好分槽喂。
""",
    ),
    dict(
        slug="collection-paohen-memoir-grandfather-washbasin-stand",
        site="《刨痕集》 a retired carpenter's collection (invented, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.paohenji.cn/juan2/047.htm",
        title="爷爷做的脸盆架",
        record_title="《刨痕集》卷二·爷爷做的脸盆架",
        date=None,
        notes="old gb2312 table layout: marquee, chapter links, visitor counter, the author's mailbox; 写于二〇二三年秋 has no day: no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《刨痕集》卷二·爷爷做的脸盆架</title>
<style>body{background:#f6f1e4}.txt{font-size:15px;line-height:28px}</style>
<script language="javascript" src="/count/counter.js"></script>
</head><body>
<table width="780" align="center" border="0"><tr><td>
<marquee behavior="alternate">⟦m 欢迎走进刨痕集，茶已泡好，请慢慢看⟧</marquee>
</td></tr>
<tr><td align="center">⟦m 刨痕集　——一个老木匠孙子的闲笔⟧</td></tr>
<tr><td align="center">⟦m 卷一 刨花　｜　卷二 墨斗　｜　卷三 榫卯　｜　留言簿⟧</td></tr>
<tr><td>
<h3 align="center">{T}</h3>
<div align="center">⟦m 卷二·墨斗　第四十七篇⟧</div>
<div class="txt">
{BODY}
</div>
</td></tr>
<tr><td align="center">⟦l 上一篇：墨斗线⟧　⟦l 回目录⟧　⟦l 下一篇：那只樟木箱⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：paohen_laosui@163.com⟧</td></tr>
<tr><td align="center">⟦m 本集自2006年开张，您是第 058213 位看客⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
爷爷是墼岭县廒口镇有名的木匠。我小时候家里用的脸盆架，就是他用一截老榆木做的。
那架子三条腿，上面一圈圆托正好卡住搪瓷盆，背后高出一截，挂毛巾，顶上还雕了一对小喜鹊。爷爷说，这是给我爸妈结婚时打的，喜鹊登枝，图个吉利。
冬天早上，母亲把热水倒进盆里，我踮着脚够着洗脸，热气扑在喜鹊上，木头被熏得发亮。
后来家里装了洗手池，脸盆架被搬进了柴房。前几年老屋翻修，我把它擦干净，摆在书房一角，放一盆吊兰。来客人问起，我就讲讲爷爷的手艺。
写于二〇二三年秋
""",
    ),
    dict(
        slug="collection-chaifei-memoir-stone-trough-oneline",
        site="柴扉集 a retired clerk's collection (invented)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://chaifeiji.net/wen/pixi-5.html",
        title="老屋檐下的喂鸡槽",
        record_title="老屋檐下的喂鸡槽（爿溪忆旧之五）— 柴扉集",
        date=None,
        notes="a memoir with the whole body on one line (paragraphs apart only by their indent); no date anywhere",
        page="""
!m 柴扉集 · 爿溪忆旧
!t 老屋檐下的喂鸡槽（爿溪忆旧之五）
!m 文 / 隋柴扉
{BODY}
!l « 之四 晒谷场上的露天电影　　之六 外婆的腌菜坛 »
!m 柴扉集 · 写给故乡的小文章　转载请告知作者
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
小时候，我家老屋檐下摆着一只石头凿的喂鸡槽，是外公从山上背下来的青石，槽底被鸡啄得光溜溜的。
每天放学，母亲让我拌鸡食：一瓢糠，半瓢碎米，再浇点剩菜汤，搅匀了倒进槽里。十几只鸡呼啦一下围过来，挤得槽边全是羽毛。
有一年发大水，院子淹了，鸡都飞上了柴垛，那只石槽却稳稳地待在原地。水退以后，母亲蹲在槽边刷了一下午的淤泥。
如今老屋没人住了，石槽还在檐下，积了半槽雨水，偶尔有麻雀落在槽沿上喝水。
""",
    ),
    dict(
        slug="dangjian-jiling-summary-paired-help-table",
        site="墼岭先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.jlxianfeng.gov.cn/zbfc/202412/t20241226_9021.html",
        title="隋家坝村党支部2024年党员结对帮扶工作总结",
        record_title="【结对帮扶】隋家坝村党支部2024年党员结对帮扶工作总结_墼岭先锋网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="Party portal: study-points prompt, read-on-phone line; a table one row a paragraph; site date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【结对帮扶】隋家坝村党支部2024年党员结对帮扶工作总结_墼岭先锋网</title>
<script src="/js/xf-stat.js"></script>
</head><body>
<div class="xf-top">⟦m 墼岭先锋网⟧ <span>⟦m 中共墼岭县委组织部主办⟧</span></div>
<div class="xf-nav">⟦m 首页⟧ ⟦m 组工动态⟧ ⟦m 支部风采⟧ ⟦m 党员教育⟧ ⟦m 人才工作⟧</div>
<div class="xf-pos">⟦m 您在这里：首页 » 支部风采 » 村级组织⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-meta">⟦m 刊发日期：2024-12-26　来源：爿溪乡党委　阅读数：327⟧</div>
<div class="xf-tip">⟦a 登录先锋学习账号，读完本文可记学习积分 1 分⟧</div>
<div class="xf-body">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫右侧码，在手机上接着读⟧</div>
<div class="xf-pn">⟦l 上一篇：廒口镇开展党员冬训“擂台赛”⟧<br>⟦l 下一篇：县委组织部召开村党组织书记述职评议会⟧</div>
</div>
<div class="xf-foot">⟦m 版权所有：中共墼岭县委组织部　联系电话：0731-5861212⟧<br>⟦m 湘ICP备08011254号-2⟧</div>
</body></html>
""",
        body="""
2024年，村党支部组织全村38名党员与56户脱贫户、监测户结对，围绕发展庭院养殖开展帮扶。现将有关情况总结如下。
一、主要做法
支部摸清各户养鸡养猪意愿后，筹集资金为结对户配送饲料桶和喂鸡槽，党员上门帮助安装，并讲解清洗消毒方法。
物资　数量　受益户数
饲料桶　112只　56户
喂鸡槽　64条　41户
二、取得成效
结对户饲料浪费明显减少，全年户均出栏土鸡比上年多15只，增收约一千二百元。
三、下步打算
明年支部将继续开展结对帮扶，组织党员定期回访，帮助农户解决养殖中遇到的实际问题。
中共墼岭县爿溪乡隋家坝村支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="dangjian-yangyang-speech-coop-cn-date",
        site="鞅阳先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yyxianfeng.cn/jcsy/2025/0122/4413.html",
        title="村党支部书记在旺禾养鸡合作社年度社员大会上的讲话",
        record_title="【一线声音】村党支部书记在旺禾养鸡合作社年度社员大会上的讲话 - 鞅阳先锋网",
        date="2025-01-18",
        notes="speech with its date in Chinese numerals under the title and a speaker line (both neutral); the title keeps the speaker's role",
        page="""
!m 鞅阳先锋网　｜　鞅阳县委组织部
!m 首页 ＞ 基层实践 ＞ 村社书记说
!t 【一线声音】村党支部书记在旺禾养鸡合作社年度社员大会上的讲话
!m 上线：2025-01-22　　编辑：韦敏
!a 〔大字〕〔小字〕〔听全文〕
{T}
阚集镇旺禾村党支部书记　韦德明
（二〇二五年一月十八日）
{BODY}
!a 学习打卡：本文已计入今日阅读任务
!l 更多“村社书记说”：
!l 在村级集体经济发展推进会上的表态发言
!l 村党支部书记在冬季消防安全会上的讲话
!m 鞅阳先锋网 版权所有　赣ICP备16020741号
""",
        indent="\u3000\u3000",
        body="""
各位社员、同志们：
过去一年，合作社换上了新的防扒料喂鸡槽，全年节省饲料三万多斤，出栏土鸡四万二千只，社员人均分红比上年多了八百元。这些成绩是大家一起干出来的。
新的一年，我提三点希望。
第一，把槽具管好。喂鸡槽每天清残料，每周消毒一次，坏了的格栅及时换，别让好槽变成病源。
第二，把账目理清。饲料进出、鸡苗数量、销售收入都要按月公开，让每位社员心里有本明白账。
第三，把路子拓宽。村里正在联系廛河的超市，争取把我们的土鸡蛋摆上货架。
同志们，只要我们心往一处想、劲往一处使，合作社的日子一定会越过越红火！
""",
    ),
    dict(
        slug="hospital-chanhe2-rehab-bath-stool-article",
        site="廛河市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.chanhe2yuan.com/jkkp/kfyx/20240523/2210.html",
        title="老人出院回家，浴室里先备一张浴凳",
        record_title="【出院康复讲堂】老人出院回家，浴室里先备一张浴凳_廛河市第二人民医院",
        date="2024-05-23",
        notes="hospital page: booking float and 24-hour line next to the department's own 咨询电话 in the body; numbered list; 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【出院康复讲堂】老人出院回家，浴室里先备一张浴凳_廛河市第二人民医院</title>
<script src="/js/yuyue-float.js"></script>
</head><body>
<div class="h-top">⟦m 廛河市第二人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <a>⟦a 门诊排班查询⟧</a></div>
<div class="h-nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 健康科普⟧ ⟦m 就医指南⟧</div>
<div class="h-crumb">⟦m 首页 - 健康科普 - 康复医学⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2024-05-23　供稿科室：康复医学科　作者：邢蕾⟧</div>
<div class="h-body">
{BODY}
</div>
<div class="h-share">⟦l 转发给家人：微信 ｜ 朋友圈 ｜ 复制链接⟧</div>
</div>
<div class="h-side"><h4>⟦l 康复科专家⟧</h4><ul><li>⟦l 隋振国　主任医师　周二、周四上午⟧</li><li>⟦l 韦丽　副主任医师　周一全天⟧</li></ul></div>
<div class="h-float">⟦w 在线约号 / 电话约号 0774-6610114⟧</div>
<div class="h-foot"><p>⟦m 急诊24小时：0774-6612120　院址：廛河市荮溪区和平路57号⟧</p><p>⟦m 桂ICP备12006033号⟧</p></div>
</body></html>
""",
        body="""
不少老年患者出院回家后，第一次洗澡就出了意外。康复医学科提醒，髋关节、膝关节术后或者中风恢复期的老人，洗澡时最好坐着洗，浴室里先备好一张浴凳。
选浴凳要注意以下几点：
1.高度合适。坐下后大腿与地面平行、双脚能平放在地上为宜，一般在40至45厘米之间。
2.凳脚防滑。四条腿都要有橡胶脚垫，放到湿地面上推一推，不能滑动。
3.带扶手更好。一侧或两侧有扶手，老人起身时有借力的地方。
4.家属陪同。第一次使用时家属要在旁边，帮老人坐稳、起身。
如有康复方面的疑问，可拨打康复医学科咨询电话0774-6612083（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-meishui-notice-or-shoe-benches-record-title",
        site="浼水县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.msxrmyy.cn/ywgk/tzgg/2024-06-11/508.html",
        title="关于手术室更衣区换鞋凳更换的通知",
        date="2024-06-11",
        notes="the record gives the title as is; the notice's own internal line next to the hospital's booking and 24-hour lines; signature date",
        page="""
!m 浼水县人民医院
!m 预约挂号 0774-7321114　　急诊 0774-7322120
!m 首页 > 院务公开 > 通知公告
{T}
!m 2024-06-11　　后勤保障部　　浏览：211
{BODY}
!a 【打印】　【返回】
!l 相关公告：关于门诊楼电梯维保的通知　｜　关于开展消防演练的通知
!m 地址：浼水县碉湾大道206号　邮编：547300
!m © 浼水县人民医院　信息中心维护
""",
        body="""
各手术科室、麻醉科：
为改善手术室更衣区环境，防止医务人员换鞋时滑倒，医院决定更换手术室更衣区的换鞋凳。现将有关事项通知如下。
一、6月15日至6月16日，后勤保障部将拆除旧木质换鞋凳，安装带鞋格的不锈钢换鞋凳12组。
二、施工期间，更衣区临时移至手术室二楼示教室，请各科室提前告知手术人员。
三、新换鞋凳分设清洁区和非清洁区，请按地面标识分区换鞋，外出鞋不得带入清洁区。
联系人：后勤保障部 邢工　电话：6213（内线）
浼水县人民医院后勤保障部
2024年6月11日
""",
    ),
    dict(
        slug="college-chanhe-agri-news-washbasin-stands-h1",
        site="廛河农林职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chnlxy.edu.cn/info/1032/6617.htm",
        title="学生公寓洗漱间新装壁挂式脸盆架",
        record_title=None,
        date="2024-09-06",
        notes="no title in the record: the news page's <h1>; a dotted date line is the page's date; a photo placeholder between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>廛河农林职业学院</title>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script>
</head><body>
<div class="xy-head">⟦m 廛河农林职业学院⟧ <span>⟦m 厚德 笃学 知农 爱农⟧</span> <a>⟦a 校内门户⟧</a> <a>⟦a 校友之家⟧</a></div>
<div class="xy-nav">⟦m 学院首页⟧ ⟦m 学院概况⟧ ⟦m 校园新闻⟧ ⟦m 招生就业⟧ ⟦m 后勤服务⟧</div>
<div class="xy-pos">⟦m 当前位置：学院首页 &gt;&gt; 校园新闻 &gt;&gt; 综合新闻⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 2024.09.06　文：后勤管理处　图：韦晓楠　点击：[896]⟧</div>
<div class="xy-body">
{BODY}
</div>
<div class="xy-close">⟦a 【看完关掉本页】⟧</div>
</div>
<div class="xy-foot">⟦m 地址：廛河市荮溪区学府路3号　邮编：526070⟧<br>⟦m 版权所有 © 廛河农林职业学院　粤ICP备06043190号⟧</div>
</body></html>
""",
        body="""
近日，学校后勤管理处完成了3号、5号学生公寓洗漱间的改造，为312间宿舍新装了壁挂式不锈钢脸盆架。
此前，两栋公寓的洗漱间使用落地铁架，学生反映架子容易锈、盆放不稳，地面也总是积水。今年暑假，后勤管理处在征求学生意见后，改为壁挂式安装，每个架子分上下两层，可同时放两只脸盆，下方留空便于拖地。
⟦m ［图片］改造后的5号公寓洗漱间⟧
开学首周，不少同学在洗漱间拍照“打卡”。2023级园艺专业学生韦晓楠说：“盆终于不会掉了，洗漱间也宽敞了。”
后勤管理处表示，其余四栋公寓的改造将在寒假期间完成。
""",
    ),
    dict(
        slug="college-chanhe-agri-report-trough-decimal-headings",
        site="廛河农林职业学院 动物科学学院 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://dkxy.chnlxy.edu.cn/sjjx/2024/0730/1187.html",
        title="关于阚集镇肉鸡养殖场喂鸡槽配置情况的实习调研报告",
        record_title="关于阚集镇肉鸡养殖场喂鸡槽配置情况的实习调研报告｜实践教学 - 动物科学学院",
        date="2024-07-26",
        date_also=["2024-07-30"],
        notes="college page in text: decimal headings 1.1–3.2; the page's posting date differs from the report's own date",
        page="""
!m 廛河农林职业学院　动物科学学院
!m 学院首页 / 实践教学 / 顶岗实习
!t 关于阚集镇肉鸡养殖场喂鸡槽配置情况的实习调研报告｜实践教学
!m 作者：实习小组　审核：院办　时间：2024-07-30　浏览：143
{BODY}
!a 〖打印本文〗　〖关闭窗口〗
!l 上一篇：2024年暑期“三下乡”实践团出发
!l 下一篇：动物科学学院召开实习总结会
!m 动物科学学院 版权所有　地址：学府路3号实训楼5层
""",
        body="""
1 调研概况
1.1 调研时间与对象：2024年7月8日至7月19日，我们在阚集镇5家肉鸡养殖场顶岗实习，对各场喂鸡槽配置情况进行了记录。
1.2 调研方法：实地测量槽位长度，统计存栏数量，并访谈饲养员。
2 主要发现
2.1 槽位普遍不足。5家养殖场中有3家每只鸡占有槽位不足5厘米，采食时拥挤，弱鸡吃不上料。
2.2 槽具老化。2家养殖场仍使用镀锌铁皮槽，边缘锈蚀，存在划伤鸡只的隐患。
3 建议
3.1 按每只肉鸡不少于8厘米的标准补足槽位。
3.2 逐步更换为塑料或不锈钢槽具，并定期检修。
动物科学学院2022级实习小组
2024年7月26日
""",
    ),
]
