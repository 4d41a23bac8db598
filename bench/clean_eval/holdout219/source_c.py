"""holdout219, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="dalai-qa-cool-box-ice-packs-question-title",
        site="答来问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dalaiwenda.com/q/1190457382.html",
        title="保温箱里放冰袋，夏天能保冷多久？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; adopted-answer badge, vote bar, more answers; "
        "relative times only (3 天前, 昨天)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>答来问答 - 你问，总有人答</title>
<script src="//s.dalaiwenda.com/qa/main.js"></script>
</head><body>
<header><a class="logo">⟦m 答来问答⟧</a><input placeholder="搜索问题"><a>⟦a 我要提问⟧</a><a>⟦a 登录⟧</a></header>
<div class="crumb">⟦m 答来问答 › 生活 › 户外出行⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 匿名用户 · 提问于 3 天前 · 浏览 2,481⟧</p></div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 冷链小白 · 冷链物流从业九年⟧</div>
<div class="a-time">⟦m 回答于 昨天 10:26⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a ▲ 赞同 86　▼　💬 5 条评论⟧</div>
</div>
<div class="others"><h3>⟦l 其余 3 个回答⟧</h3>
<p>⟦l 阿木：泡沫箱别买太薄的，壁厚至少3厘米才管用。⟧</p>
<p>⟦l 夏天的风：可以把矿泉水冻成冰代替冰袋，化了还能喝。⟧</p></div>
<div class="ask">⟦a 还有疑问？向答主追问⟧</div>
<footer>⟦m © 答来问答　京ICP备23011846号⟧　⟦d 回答内容仅代表答主个人观点⟧</footer>
</body></html>
""",
        body="""
这个要看保温箱的材质、冰袋的数量和开箱次数，给你几个大致的参考。
1.普通泡沫保温箱，放两个400毫升的冰袋，室温30度左右，箱内能保持在10度以下大约6到8个小时。
2.带PU发泡层的硬壳保温箱，同样条件能保持12小时以上，好一点的能撑一整天。
3.每开一次箱，冷气就跑掉一部分，所以出门前把东西一次装好，路上尽量少开。
另外提醒一句，冰袋最好提前冻足24小时，放的时候上下各放一层，效果比只放底下好得多。如果是带药品或者母乳，建议再加一支温度计随时看看。
""",
    ),
    dict(
        slug="suishou-qa-photo-frame-glass-glare",
        site="随手问答 (invented Q&A site, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://suishouwenda.cn/question/66201938",
        title="相框玻璃反光，照片看不清怎么办？",
        record_title="相框玻璃反光，照片看不清怎么办？ - 随手问答",
        date=None,
        notes="Q&A as text: question title with a site suffix, one answer, vote row, related questions, an app prompt; "
        "relative time (3 天前) is no date",
        page="""
!m 随手问答 - 有问题，随手问
!m 生活 > 家居 > 装饰摆件
{T}
!m 3 天前 · 浏览 917 · 2 个回答
!m 热心网友 的回答
{BODY}
!a 有用(23)　没用　转给朋友
!l 相关问题
!l 相框背板发霉怎么处理？
!l 照片装框要不要留白边？
!a 下载随手问答App，提问回复都更快
""",
        body="""
相框玻璃反光，主要是普通浮法玻璃表面太光滑。可以从三个方面想办法：
一是换玻璃。装裱店有一种“防眩光玻璃”，表面做了细微的磨砂处理，反光会小很多，价格比普通玻璃贵一倍左右。追求效果的话可以选博物馆用的低反射玻璃，就是贵。
二是换位置。相框别正对着窗户或者灯，稍微往下倾斜一点挂，反光就能躲开大半。
三是不要玻璃。小尺寸的照片可以换成亚克力板，或者干脆做无框画，但要注意防尘。
我家客厅那几个相框就是换了防眩光玻璃，效果还不错。
""",
    ),
    dict(
        slug="wenying-collection-memoir-eight-immortals-table",
        site="闻莺斋文集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.wenyingzhai.net/lbjs/05.htm",
        title="老屋那张八仙桌",
        record_title="老屋那张八仙桌｜娄滨旧事·第五篇 —— 闻莺斋文集",
        date=None,
        notes="gb2312 collection page: marquee, chapter links, visitor counter, the author's mailbox; a memoir with no "
        "date; a 'back to contents' link glued after the last 。",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>老屋那张八仙桌｜娄滨旧事·第五篇 —— 闻莺斋文集</title>
<style>body{font-size:14px;line-height:180%}</style>
</head>
<body bgcolor="#f6f1e7">
<table width="780" align="center" border="0">
<tr><td><marquee behavior="alternate">⟦m 欢迎光临闻莺斋，这里收着一个退休语文教师的旧文⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="index.htm">文集首页</a> ｜ <a href="lbjs.htm">娄滨旧事</a> ｜ <a href="dszj.htm">读书札记</a> ｜ <a href="ly.asp">留言簿</a>⟧</td></tr>
<tr><td align="center"><h2>{T}</h2><font color="#888">⟦m 娄滨旧事·第五篇⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：腊月里的磨坊⟧　⟦l 下一篇：外祖母的蓝布围裙⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：wenyingzhai@126.com⟧　⟦d 文字为作者原创，转载请先来信⟧</td></tr>
<tr><td align="center">⟦m 您是本斋第 00028317 位来客⟧</td></tr>
</table>
<script language="JavaScript" src="/cgi-bin/counter.js"></script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
老屋堂屋正中摆着一张八仙桌，是祖父分家那年请娄滨镇上的木匠打的，榆木做的，桌面厚得像块门板。
那时候家里人多，一日三餐都在这张桌上吃。祖父坐上首，父亲和叔叔分坐两边，我们几个孩子只能挤在下首的长凳上。桌上的菜不多，一碗咸菜、一盆青菜，过年才有一碗红烧肉，祖父先给每个孩子夹一块，剩下的才轮到大人。
桌子用得久了，桌面上被碗底磨出一个个浅浅的圆印子，母亲每年腊月都要用草木灰把它擦一遍。
后来老屋拆了，八仙桌被堂兄搬到了县城的新房里。去年回去吃饭，我又坐在那张桌前，伸手一摸，那些圆印子都还在。⟦l 〖回本辑目录〗⟧
""",
    ),
    dict(
        slug="banmu-collection-essay-mothers-folding-chair-oneline",
        site="半亩园随笔集 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://banmuyuan.sxwj.net/juan3/p14.txt",
        title="母亲的那把折叠椅",
        date=None,
        notes="record gives the title as is; the whole body on one line (paragraphs apart only by their indent); "
        "no date",
        page="""
!m 半亩园随笔集 · 第三卷
!m 目录 | 上一篇 | 下一篇
{T}
!m 字数 612　阅读 203
{BODY}
!l 本卷篇目：母亲的那把折叠椅／父亲的烟斗／姐姐的樟木箱
!d 本集文字均为作者原创，未经同意请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
母亲有一把绿色的帆布折叠椅，是她六十岁那年我从单位领的劳保用品。
她不爱坐沙发，嫌太软，起身费劲，就爱坐这把折叠椅。择菜坐它，晒太阳坐它，夏天晚上在院子里乘凉也坐它。椅子的帆布洗得发白了，她自己用缝纫机补了两块补丁。
有一年我给她买了一把新的藤椅，她坐了两天，又换回了那把折叠椅，说藤椅太沉，挪不动，折叠椅一只手就能拎着走。
如今母亲八十多了，腿脚不如从前。每天下午，她还是拎着那把折叠椅，坐到巷口的老槐树下，和几个老姐妹说说话。
""",
    ),
    dict(
        slug="zuiyang-xianfeng-summary-red-folding-chairs",
        site="觜阳先锋网 (invented county Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zyxianfeng.gov.cn/jcdj/202512/t20251216_20417.html",
        title="县人民医院党委“红椅子”志愿服务项目工作总结",
        record_title="【党员示范岗】县人民医院党委“红椅子”志愿服务项目工作总结-觜阳先锋网",
        date="2025-12-10",
        date_also=["2025-12-16"],
        notes="Party portal: study-points prompt, QR line, share row; the summary's 成文日期 expected, the site's "
        "发布时间 also accepted; a share row glued after a 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【党员示范岗】县人民医院党委“红椅子”志愿服务项目工作总结-觜阳先锋网</title>
<script src="/js/xf.js"></script>
</head><body>
<div class="xf-top">⟦m 觜阳先锋网⟧　<span>⟦m 中共觜阳县委组织部主办⟧</span></div>
<ul class="xf-nav"><li>⟦m 党建要闻⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 干部工作⟧</li><li>⟦m 人才工作⟧</li><li>⟦m 远程教育⟧</li></ul>
<div class="xf-where">⟦m 首页 ＞ 基层党建 ＞ 品牌创建⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-meta">⟦m 来源：县卫健系统党委　发布时间：2025-12-16　阅读：538⟧</div>
<div class="xf-points">⟦a 登录先锋学习平台，读完本文可记0.5学习积分⟧</div>
<div class="xf-text">
{BODY}
</div>
<div class="xf-qr">⟦a 手机扫码，把本文带走⟧</div>
</div>
<div class="xf-side"><h4>⟦l 品牌创建 · 更多⟧</h4><ul><li>⟦l 枢湾村党支部“板凳议事会”工作法⟧</li><li>⟦l 亢河镇“党员中心户”经验交流⟧</li></ul></div>
<div class="xf-foot">⟦m 觜阳先锋网　承办：觜阳县委组织部信息中心　川ICP备16005512号⟧</div>
</body></html>
""",
        body="""
今年以来，院党委组织党员志愿者开展“红椅子”志愿服务，在门诊候诊区、住院部走廊为患者和陪护家属提供折叠椅借用服务，现将工作情况总结如下。
一、基本情况。项目共投放红色折叠椅300把，设借用点6个，全年累计借出2.6万人次，参与志愿服务的党员187名。⟦l 转发到：微信｜QQ空间｜微博⟧
二、主要做法。一是党员认领借用点，每个借用点由一个党支部负责，每天早晚清点、擦拭消毒。二是推行“免押借用”，患者凭就诊卡登记即可借用，离院时归还。三是收集意见，根据陪护家属反映，在儿科和产科病区增加了带靠背的折叠椅。
三、下一步打算。明年将在急诊留观区增设借用点，并把“红椅子”服务纳入党员积分管理。
中共觜阳县人民医院委员会
2025年12月10日
""",
    ),
    dict(
        slug="maochuan-dangjian-speech-projection-screens",
        site="昴川党建 (invented Party-building site, text)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.maochuan.gov.cn/ldjh/2025/0701/9931.html",
        title="县委组织部副部长在村级“红色放映室”投影设备捐赠仪式上的讲话",
        record_title="〔讲话撷英〕县委组织部副部长在村级“红色放映室”投影设备捐赠仪式上的讲话 - 昴川党建",
        date="2025-06-28",
        date_also=["2025-07-01"],
        notes="speech: the decorated title repeated, then the plain title, a date line and a speaker line (neutral) "
        "under it; the site's date also accepted; a 纠错 link glued after the last 。",
        page="""
!m 昴川党建 · 中共昴川县委组织部
!m 首页 › 党建要闻 › 领导讲话
!t 〔讲话撷英〕县委组织部副部长在村级“红色放映室”投影设备捐赠仪式上的讲话
!m 来源：县委组织部　日期：2025-07-01
{T}
（2025年6月28日）
县委组织部副部长　钮文韬
{BODY}
!a 打开昴川党建App，学习本文可累计积分
!l 上一篇：全县基层党组织书记轮训班开班讲话
!m 昴川党建 版权所有
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，县委组织部联合县电影公司，为全县38个村党组织捐赠“红色放映室”投影设备，每个村一台投影仪、一幅100英寸投影幕。这是“七一”前夕我们为基层党组织办的一件实事。
过去，很多村开展党员教育，就是在会议室里围着一台电视看，后排的老党员看不清、听不见。有了投影幕，党课课件、红色电影都能放得清清楚楚，党员教育的效果会好得多。
设备送到了，关键是用起来。各村党组织每月至少组织一次集中观影学习，做好登记，年底县委组织部将进行检查。希望大家把“红色放映室”真正建成党员群众学习的阵地。⟦a 【内容有误？点此纠错】⟧
""",
    ),
    dict(
        slug="zhenhu-tcm-hospital-notice-escort-folding-chairs",
        site="轸湖县中医医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhzyy.com/ywgk/2025/0305/618.html",
        title="关于规范住院病区陪护折叠椅租用管理的通知",
        record_title="关于规范住院病区陪护折叠椅租用管理的通知 -- 院务公开 -- 轸湖县中医医院",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="hospital page: booking float, 24-hour emergency and booking lines beside the notice's own complaint "
        "phone in the body; page date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于规范住院病区陪护折叠椅租用管理的通知 -- 院务公开 -- 轸湖县中医医院</title>
<script src="/js/float-yuyue.js"></script>
</head><body>
<div class="hd"><span class="name">⟦m 轸湖县中医医院⟧</span><span class="tag">⟦m 二级甲等中医医院⟧</span>
<span class="tel">⟦m 急救电话（全天）：0739-6622120⟧</span></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 院务公开⟧</li></ul>
<div class="loc">⟦m 您在这里：首页 » 院务公开 » 院内通知⟧</div>
<h1 class="tit">{T}</h1>
<div class="info">⟦m 发布：院办　时间：2025-03-05　浏览：208⟧</div>
<div class="con">
{BODY}
</div>
<div class="side"><h4>⟦l 名医坐诊⟧</h4><p>⟦l 针灸科　鲍如松　主任医师⟧</p><p>⟦l 骨伤科　简秋平　副主任医师⟧</p></div>
<div id="yuyue" class="float">⟦a 预约挂号：关注“轸湖中医”服务号一键挂号⟧<br>⟦m 预约电话：0739-6622333⟧</div>
<div class="ft">⟦m 地址：轸湖县娄滨路88号　湘ICP备13020194号⟧</div>
</body></html>
""",
        body="""
各病区、各相关科室：
近期，有患者家属反映病区陪护折叠椅租金收取不统一、押金退还慢等问题。为规范管理，经院长办公会研究，现将有关事项通知如下：
一、陪护折叠椅由后勤保障部统一采购、统一编号，各病区不得自行引进社会租赁柜。
二、租用标准统一为每晚5元，押金50元，出院结算时一并退还押金，不得另收清洁费。
三、护士站负责登记发放，后勤保障部每周对折叠椅进行清洁消毒，每月检查一次完好情况。
患者家属如有意见，可拨打后勤保障部电话0739-6622518反映。
轸湖县中医医院
2025年3月3日
""",
    ),
    dict(
        slug="kuiyuan-second-hospital-rules-specimen-cool-boxes",
        site="奎源市第二人民医院 (invented hospital site, text)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.kyey.org.cn/jyk/zdgf/2025/0044.html",
        title="检验标本转运保温箱使用管理规定",
        record_title="【检验科】检验标本转运保温箱使用管理规定_奎源市第二人民医院",
        date=None,
        notes="hospital rules with 第N条 articles (no date: only an effective clause); the hospital's emergency and "
        "booking lines; a font row",
        page="""
!m 奎源市第二人民医院
!m 急诊急救：0716-8120120（全天）　　门诊预约：0716-8120300
!m 科室导航 > 医技科室 > 检验科 > 制度规范
{T}
!m 作者：检验科　浏览次数：77
!a 字体：〔大〕〔中〕〔小〕
{BODY}
!l 上一篇：检验危急值报告制度
!l 下一篇：门诊采血室工作流程
!w 预约挂号请关注“奎源二院”服务号
!m 奎源市第二人民医院 版权所有　鄂ICP备11004329号
""",
        body="""
第一条　为保证检验标本在院内外转运过程中的质量和生物安全，制定本规定。
第二条　本规定所称转运保温箱，是指用于运送血液、体液等检验标本的专用保温箱，箱体须贴有生物安全标识。
第三条　转运保温箱内应放置温度计，常温标本控制在18至25℃，冷藏标本控制在2至8℃。
第四条　标本须装入密封袋后竖直放入保温箱内的试管架，不得与冰袋直接接触。
第五条　每次转运结束后，运送人员应用含氯消毒液擦拭保温箱内壁，并在转运登记本上签字。
第六条　保温箱发生标本泄漏时，应立即按溢洒处置流程处理，并报告检验科负责人。
第七条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="kuiyuan-normal-news-projection-screens-h1",
        site="奎源师范学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.kysfxy.edu.cn/info/1003/28841.htm",
        title="学校完成52间教室投影幕更新改造",
        record_title=None,
        record_date="2025-09-03",
        date="2025-09-03",
        notes="no title in the record: the page's <h1>; the record gives the date, as does the byline; a photo caption "
        "between paragraphs; the body's own 报修 mini-program sentence is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>奎源师范学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="top">⟦m 奎源师范学院新闻网⟧　<a>⟦a 学校主页⟧</a>　<a>⟦a 投稿系统⟧</a></div>
<ul class="menu"><li>⟦m 综合新闻⟧</li><li>⟦m 教学科研⟧</li><li>⟦m 院部动态⟧</li><li>⟦m 媒体奎师⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 » 综合新闻⟧</div>
<form name="_newscontent_fromname">
<h1 align="center">{T}</h1>
<div class="laiyuan">⟦m 来源：国资处　作者：孔令珊　摄影：鲍一鸣　发布时间：2025-09-03　点击数：1204⟧</div>
<div id="vsb_content">
{BODY}
</div>
<div class="bj">⟦m （编辑：程蕙　审核：柯一帆）⟧</div>
</form>
<div class="close">⟦a 【关闭页面】⟧　⟦a 【返回顶部】⟧</div>
<div class="foot">⟦m 奎源师范学院党委宣传部　地址：奎源市晷城区师院路1号⟧</div>
</body></html>
""",
        body="""
暑假期间，学校国有资产与实验室管理处会同信息化建设中心，完成了文渊楼、博雅楼52间多媒体教室投影幕的更新改造。
此次改造将原来的手拉幕全部更换为抗光电动幕，幕面尺寸由100英寸扩大到120英寸，并统一接入教室中控系统，教师上课时一键即可放下或收起幕布。改造后，教室在不拉窗帘的情况下也能看清投影内容。
⟦m 图为改造后的博雅楼多媒体教室⟧
开学第一周，学校组织技术人员在各教学楼值守，及时解答教师使用中的问题。信息化建设中心提醒，如遇设备故障可通过“教室报修”小程序报修。
""",
    ),
    dict(
        slug="zuiyang-vocational-notice-graduation-photo-frames",
        site="觜阳职业技术学院学生工作处 (invented, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xgc.zyzy.edu.cn/info/1021/3307.htm",
        title="关于2025届毕业生领取毕业合影相框的通知",
        record_title="学工动态 | 关于2025届毕业生领取毕业合影相框的通知 - 觜阳职院",
        date="2025-06-16",
        notes="college notice as text: numbered items that tell class monitors to 扫码签到 (content); a reviewer line "
        "glued after a 。; 成文日期 under the signature",
        page="""
!m 觜阳职业技术学院 学生工作处
!m 首页 | 学工动态 | 资助中心 | 心理健康
{T}
!m 发布者：学工处　浏览：655
{BODY}
!a 【收进收藏夹】【打印】【关页】
!m 学生工作处　电话：0836-5539021（工作日）
""",
        body="""
各二级学院：
学校为2025届毕业生定制的毕业合影相框已制作完成，现将领取事项通知如下：
1.领取时间：6月18日至20日，每天8:30—11:30、14:30—17:00。
2.领取地点：大学生活动中心一楼大厅。
3.领取方式：以班级为单位，由班长持班级名单到现场扫码签到后统一领取，每人一个，请当场核对照片和姓名。
4.相框如有破损或照片印错，请于6月25日前到学工处登记更换。⟦m 审核：邢珂⟧
学生工作处
2025年6月16日
""",
    ),
]
