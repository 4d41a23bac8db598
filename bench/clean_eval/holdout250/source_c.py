"""holdout250, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="qa-html-sleeve-cover-washing-question-title",
        site="问知台 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhitai.example.com/question/60718832",
        title="套袖用久了袖口发黄发黑，怎么洗干净？",
        record_title=None,
        date=None,
        notes=(
            "Q&A page, no title in the record: the question <h1> is the title; the adopted answer is the body; "
            "an adopted badge, a vote row, more answers and an ask box; answered '3 天前', so no date"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问知台 - 有问题，就有人答</title>
<script src="/assets/qa.bundle.js" defer></script></head><body>
<header><a href="/">⟦m 问知台⟧</a> <form><input name="q"><button>⟦a 搜答案⟧</button></form> ⟦a 我要提问⟧ ⟦a 注册或登录⟧</header>
<div class="crumbs">⟦m 问知台 &gt; 生活 &gt; 家居清洁⟧</div>
<div class="q"><h1>{T}</h1>
<p class="q-desc">⟦m 提问者：晴天小碗　|　3 天前　|　浏览 2,017 次⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="ans-user">⟦m 持家有道的阿秀　生活达人　回答 1,309⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="ans-meta">⟦m 回答于 3 天前⟧</div>
<div class="vote">⟦l 有用 862　没用 14　评论 31⟧</div></div>
<div class="others"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 小林：用洗洁精泡就行，油渍都是洗洁精管用⟧</p><p>⟦l 匿名用户：发黄的直接换新的吧，几块钱一副⟧</p></div>
<div class="ask">⟦a 还有疑问？向 持家有道的阿秀 追问⟧</div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 白色工作服领口发黄怎么洗？⟧</p><p>⟦l 围裙上的油渍怎么去掉？⟧</p></div>
<footer>⟦m ©2024 问知台　京ICP备20047718号⟧</footer>
</body></html>
""",
        body="""
套袖发黄发黑，多半是袖口的油渍和汗渍混在一起氧化了，分三步处理比较省事。
1.先泡：一盆温水（40度左右）加一勺小苏打、几滴洗洁精，套袖泡半小时，让油渍松开。
2.再刷：袖口最脏的那一圈，抹上肥皂，用软毛刷顺着布纹刷，不要来回猛搓，免得起球。
3.后漂：白色或浅色的棉套袖，可以再用氧系漂白剂泡二十分钟；有松紧带的不要用含氯的漂白水，松紧带会被泡坏。
洗完挂在通风处阴干，别暴晒。平时一副套袖戴三四天就换洗一次，就不会脏到发黑了。
""",
    ),
    dict(
        slug="qa-text-scale-pan-tampering-how-to-tell",
        site="百姓问答堂 (invented Q&A site, text capture)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baixingwendatang.example.cn/q/2209183.html",
        title="菜市场电子秤的秤盘被动过手脚，怎么看出来？",
        title_also=["菜市场电子秤的秤盘被动过手脚，怎么看出来"],
        record_title="菜市场电子秤的秤盘被动过手脚，怎么看出来？急 - 百姓问答堂",
        date=None,
        notes=(
            "Q&A as text: decorated record title (a poster's aside and the site); the answer is the body, with a "
            "1. 2. 3. list; '昨天' stamps are no date; other answers and a share row below"
        ),
        page="""
!m 百姓问答堂 · 生活常识
!t 菜市场电子秤的秤盘被动过手脚，怎么看出来？急
!m 网友 买菜的老钱 提问于 昨天 08:12　　2个回答
!m 最佳回答　来自 市场监管小刘（认证：计量检定员）
{BODY}
!m 回答时间 昨天 09:40　　赞同 413
!l 其他回答：买个小钩秤自己复秤最靠谱。
!a 分享到朋友圈　复制链接　举报
!l 猜你想问：电子秤不准可以打哪个电话投诉？
""",
        body="""
秤盘是电子秤最容易被动手脚的地方，老百姓自己也能查出几种常见情况。
1.看秤盘底：把秤盘拿起来翻过来，正规秤盘底面光滑平整，如果粘着小磁片、胶块，或者有一层夹板，就有问题。
2.看空秤：拿走秤盘，秤上显示的不是零或负数，放回秤盘才归零，说明秤盘分量不对。
3.看复秤：买完菜到市场的公平秤上复称，差额超过允许误差的，当场找市场管理处。
发现问题可以拨打12315投诉，也可以找市场里的公平秤值守人员。
""",
    ),
    dict(
        slug="collection-html-father-steelyard-pan-gb2312",
        site="半亩园文集 (invented, old gb2312 personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.banmuyuan-wj.example.net/wutian/2-07.htm",
        title="父亲的秤盘",
        record_title="《浯田旧事》第二辑·父亲的秤盘 — 半亩园文集",
        date=None,
        notes=(
            "old gb2312 table layout: a marquee, chapter links, a visitor counter and the author's mailbox; a "
            "memoir ending with a 干支-year line, so no date; the collection and chapter names decorate the title"
        ),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《浯田旧事》第二辑·父亲的秤盘 — 半亩园文集</title>
<script language="JavaScript">document.oncontextmenu=function(){return false;}</script>
</head><body bgcolor="#FFFDF5" text="#333333">
<table width="800" border="0" align="center"><tr><td align="center">
<font size="5">⟦m 半亩园文集⟧</font><br>
<marquee width="600" scrollamount="2">⟦m 半亩方塘一鉴开——蒲石先生退休后的文字小园⟧</marquee>
</td></tr>
<tr><td>⟦m <a href="/">文集首页</a>｜<a href="/wutian/">浯田旧事</a>｜<a href="/shici/">诗词习作</a>｜<a href="/book/">留言簿</a>⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font><br>⟦m 《浯田旧事》第二辑　第七篇⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇：供销社的柜台】　【目录】　【下一篇：挑盐的扁担】⟧</td></tr>
<tr><td align="center">⟦d 文章为蒲石原创，转载请征得作者同意⟧<br>⟦m 写信给蒲石：pushi1948@example.net⟧<br>⟦m 本文集自开通以来访问人次：<img src="/cgi-bin/count.gif">31862⟧</td></tr>
</table></body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲在浯田供销社卖了三十年盐和糖，他那杆秤的秤盘，是我小时候见过最亮的东西。
那是一只黄铜秤盘，碗口大小，边上打着三个小眼，拴着麻绳。父亲每天开门前先用草木灰把它擦一遍，擦得能照见人影。有人说他多此一举，他说秤盘是给人看的，亮亮堂堂，买东西的人才放心。
我十二岁那年偷偷在秤盘底下按过一块泥巴，想看看秤会不会变。父亲发现后，没有打我，只是让我把泥巴抠干净，又把秤盘擦了一遍，说：“秤上差一两，心里差一斤。”
那只秤盘后来随父亲下葬了。我写下这些，是怕自己老了，把这句话也忘了。
甲辰年腊月记于浯田老屋
""",
    ),
    dict(
        slug="collection-text-lion-head-great-uncle-wrapped",
        site="洎阳闲笔 (invented personal collection, text)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://jiyangxianbi.example.org/yijiu/05.txt",
        title="扎狮头的三叔公",
        record_title="扎狮头的三叔公（洎阳忆往·之五）◇ 洎阳闲笔",
        date=None,
        notes="a personal collection as text: hard-wrapped at 68 columns, a chapter line and a contents link; no date",
        page="""
!m 洎阳闲笔　·　忆往卷
!m ◇ 目录　◇ 上一篇　◇ 下一篇
{T}
!m 忆往·之五
{BODY}
!l ◇ 返回忆往卷目录
!d 本文集文字均为作者原创，未经许可请勿转载。
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
三叔公扎了一辈子狮头，洎阳镇上过年舞的狮子，十有八九出自他的手。
他扎狮头从破竹开始。毛竹要冬天砍的，劈成篾片后在灶上熏半个月，才不生虫不变形。骨架扎好，他用棉纸一层层糊，糊七层，每层都要等干透。最费工夫的是眼睛和嘴，他用细铁丝做机关，舞狮人手一拉，狮子就眨眼张嘴。
我小时候常蹲在他的作坊门口看，他嫌我碍事，却总会把剪下的彩纸边角塞给我。
三叔公去世那年，镇上的狮队抬着他扎的最后一只狮头，在他门前舞了三圈。
""",
    ),
    dict(
        slug="dangjian-html-red-fan-volunteers-summary-table",
        site="郐水党建网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.kuaishuidj.example.cn/zbfc/2024/1226/9327.html",
        title="县直机关“红扇子”文艺志愿服务队2024年工作总结",
        record_title="【支部天地】县直机关“红扇子”文艺志愿服务队2024年工作总结_郐水党建网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes=(
            "Party portal with a study-points prompt and a read-on-phone line; a service table one row a "
            "paragraph; the summary's date under the signature, the portal's date also accepted"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【支部天地】县直机关“红扇子”文艺志愿服务队2024年工作总结_郐水党建网</title>
<script src="/js/dj-common.js"></script></head><body>
<div class="dj-head">⟦m 郐水党建网⟧　⟦m 中共郐水县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　党建要闻　支部天地　党员教育　基层风采⟧</div>
<div class="dj-loc">⟦m 您所在的位置：首页 › 支部天地⟧</div>
<h1>{T}</h1>
<div class="dj-meta">⟦m 2024-12-26 09:30　来源：县直机关工委　编辑：韩若溪⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-xf">⟦a 登录“郐水先锋”学习平台阅读本文，可获得0.5学习积分⟧</div>
<div class="dj-qr">⟦a 扫二维码在手机上继续看⟧</div>
<div class="dj-foot">⟦m 中共郐水县委组织部　版权所有　苏ICP备05041833号⟧</div>
</body></html>
""",
        body="""
2024年，县直机关“红扇子”文艺志愿服务队在机关工委的指导下，坚持每月“送文艺下基层”，把党的政策编进秧歌、唱进村头。
一年来，服务队由26名机关党员和退休干部组成，自筹经费添置秧歌扇60把、腰鼓20面，编排了《扇子花开》《好政策进万家》等秧歌节目6个。全年服务情况如下：
季度　演出场次　服务群众（人次）
第一季度　5　1800
第二季度　7　2600
第三季度　6　2100
第四季度　8　3300
明年，服务队将吸收更多年轻党员加入，把演出送到更偏远的村组。
中共郐水县直机关工委
2024年12月20日
""",
    ),
    dict(
        slug="dangjian-text-red-sleeve-volunteer-plan",
        site="苒溪先锋网 (invented Party-building site, text capture)",
        style="党建网",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.ranxixianfeng.example.cn/jcdj/2024/0415/3871.html",
        title="泐水村党支部“红套袖”党员志愿服务活动方案",
        date="2024-04-12",
        notes=(
            "the record gives the title as is; a study-platform prompt between paragraphs; a share row glued after "
            "a 。; date under the signature; the page's posting date is the same day's later date"
        ),
        date_also=["2024-04-15"],
        page="""
!m 苒溪先锋网 — 苒溪县基层党建工作门户
!m 首页 › 基层党建 › 村级组织
{T}
!m 发布：2024-04-15　作者：葸坪镇党委　阅读 408
!a 字号 ↑ ↓　│　护眼色　│　打印
{BODY}
!l 上一篇：芘园社区党委“邻里议事会”工作法
!l 下一篇：浯田镇开展农村党员冬春训
!m 苒溪先锋网　蜀ICP备13041226号
""",
        indent="\u3000\u3000",
        body="""
为发挥农村党员先锋模范作用，结合村里老人多、留守户多的实际，村党支部决定开展“红套袖”党员志愿服务活动。
一、服务对象。全村70岁以上独居老人、留守儿童家庭共47户。
二、服务内容。党员佩戴统一的红色套袖，每周入户一次，帮助老人打扫卫生、代购代办、检查用电用气安全；农忙时节帮留守户抢收抢种。
⟦a 登录“苒溪先锋”App学习本文可累计学时⟧
三、组织方式。全村23名党员分成5个小组，每组包联9至10户，组长由支委担任。活动情况每月在党员大会上通报。⟦l 分享到：微信　QQ　微博⟧
四、工作要求。党员入户要戴红套袖、亮身份，做到群众有事找得到、有难帮得上。
中共葸坪镇泐水村支部委员会
2024年4月12日
""",
    ),
    dict(
        slug="hospital-html-infection-office-sleeve-covers-notice",
        site="莜川县人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycxrmyy.example.cn/yw/tzgg/2025/0318/2206.html",
        title="关于规范使用一次性防水套袖的通知",
        record_title="关于规范使用一次性防水套袖的通知 - 院务公开 - 莜川县人民医院",
        record_date="2025-03-18",
        date="2025-03-18",
        notes=(
            "hospital site with a booking float, a 24-hour line and an experts list; the infection office's own "
            "咨询电话 stays beside the booking hotline; the record gives the date"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于规范使用一次性防水套袖的通知 - 院务公开 - 莜川县人民医院</title>
<script src="/js/yy-main.js"></script></head><body>
<div class="yy-top">⟦m 莜川县人民医院　二级甲等综合医院⟧　⟦m 24小时急救电话：0736-56120120⟧</div>
<div class="yy-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　院务公开⟧</div>
<div class="yy-loc">⟦m 当前位置：首页 - 院务公开 - 通知公告⟧</div>
<h1>{T}</h1>
<div class="yy-meta">⟦m 发布日期：2025-03-18　　发布科室：医院感染管理科　　浏览：318⟧</div>
<div class="yy-con">
{BODY}
</div>
<div class="yy-side"><h4>⟦l 专家推荐⟧</h4><p>⟦l 伍明哲　主任医师　骨科⟧</p><p>⟦l 庞素心　副主任医师　消化内科⟧</p></div>
<div class="yy-float">⟦a 预约挂号⟧<br>⟦m 预约电话：0736-56129999⟧</div>
<div class="yy-foot">⟦m 莜川县人民医院　地址：莜川县城南路99号　湘ICP备16011253号⟧</div>
</body></html>
""",
        body="""
全院各科室：
为降低诊疗操作中的职业暴露风险，减少工作服袖口污染，医院感染管理科对防水套袖的使用作如下规定：
一、消毒供应中心去污区、内镜清洗室、检验科标本前处理岗位，以及口腔科、换药室进行有喷溅风险的操作时，必须佩戴一次性防水套袖。
二、一次性防水套袖一人一用，操作结束即弃置于医疗废物桶，不得重复使用或带出工作区域。
三、套袖由各科室按月向总务科申领，申领量纳入科室耗材考核。
四、感染管理科每月随机抽查，抽查结果在院周会上通报。
咨询电话：医院感染管理科 0736-56120563。
莜川县人民医院医院感染管理科
2025年3月18日
""",
    ),
    dict(
        slug="hospital-text-rehab-lion-dancers-neck-waist",
        site="芏阳县中医院 (invented hospital site, text capture)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.tyzyy.example.cn/kpzs/2025/0206/774.html",
        title="舞狮演员怎样预防颈腰损伤",
        record_title="【康复科说】舞狮演员怎样预防颈腰损伤 ｜ 芏阳县中医院",
        date="2025-02-06",
        notes=(
            "hospital health article as text: the byline's 发布时间 is the page's date; a booking line and a "
            "WeChat follow line; a consult prompt glued after a 。"
        ),
        page="""
!m 芏阳县中医院 · 健康科普
!m 首页 > 科普知识 > 康复医学科
!t 【康复科说】舞狮演员怎样预防颈腰损伤 ｜ 芏阳县中医院
!m 发布时间：2025-02-06　作者：康复医学科 汪沐晴　阅读量：529
{BODY}
!m 门诊预约：关注“芏阳县中医院”服务号，点“预约挂号”
!l 相关科普：春节久坐打麻将，腰椎吃不消
!m 芏阳县中医院　地址：芏阳县杏林路3号
""",
        body="""
春节前后是舞狮演出的旺季，康复医学科接诊的舞狮演员明显增多，大多是颈部和腰部损伤。
狮头一般重三到五公斤，舞狮头的演员要长时间举在头顶，还要做甩头、摆头等动作，颈椎承受的压力很大；舞狮尾的演员长时间弯腰，腰部肌肉容易劳损。⟦w 颈腰不适，可在线咨询康复科医生⟧
预防要注意三点：一是演出前做好热身，转颈、活动肩背至少十分钟；二是连续舞狮不超过二十分钟，中间轮换休息；三是选择重量合适、内衬合身的狮头，头箍不要太紧。
如果出现手臂发麻、腰痛向腿部放射，要及时到医院就诊。
""",
    ),
    dict(
        slug="university-html-lion-dance-club-gold-h1",
        site="邴城职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bczy.example.edu.cn/xwzx/xyxw/2024/1118/12083.html",
        title="我校醒狮社在省大学生舞龙舞狮锦标赛中获得金奖",
        record_title=None,
        date="2024-11-18",
        notes=(
            "college news page, no title in the record: the <h1> holds it; a dotted date in the info line is the "
            "page's date; text/photo/review credits glued after the last 。; quick links and footer"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学院新闻-邴城职业技术学院</title>
<script src="/_js/jquery.min.js"></script></head><body>
<div class="header">⟦m 邴城职业技术学院⟧ ⟦m BINGCHENG VOCATIONAL AND TECHNICAL COLLEGE⟧</div>
<div class="menu">⟦m 学院首页　学院概况　新闻中心　院系设置　招生就业　校园文化⟧</div>
<div class="path">⟦m 新闻中心 &gt; 学院新闻⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2024.11.18　点击：[<span>1633</span>]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="kslj">⟦l 快速链接：图书馆　教务系统　校园邮箱　信息公开⟧</div>
<div class="footer">⟦m 地址：邴城市迤岭区学府大道1号　邮编：614300⟧<br>⟦m 版权所有 © 邴城职业技术学院　蜀ICP备08017643号⟧</div>
</body></html>
""",
        body="""
11月16日至17日，省第九届大学生舞龙舞狮锦标赛在邴城市举行，我校醒狮社代表队凭借传统南狮套路《醒狮闹春》获得高职组金奖。
醒狮社成立于2019年，现有社员46人。这次比赛用的一对狮头，是社员们跟着垓湾镇狮头艺人学艺后，用三个月时间自己扎制、彩绘的。比赛中，两名队员在一米五高的梅花桩上完成了腾跃、采青等高难度动作，赢得全场掌声。
学校将以此次获奖为契机，把舞狮纳入体育选修课程，让更多学生接触这项传统体育项目。⟦m （文/图 学生记者 梁一诺　审核 体育部）⟧
""",
    ),
    dict(
        slug="university-text-finance-office-invoice-clips-decimal",
        site="莜川师范学院计划财务处 (invented, text capture)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cwc.ycsy.example.edu.cn/info/1021/3365.htm",
        title="关于启用报销单据投递柜及规范使用发票夹的通知",
        date_also=["2024-02-27"],
        record_title="关于启用报销单据投递柜及规范使用发票夹的通知｜计划财务处｜莜川师院",
        date="2024-02-26",
        notes=(
            "a university office page as text; decimal headings 1.1–2.2 stay in the body; a sentence about printing "
            "a barcode as content; date under the signature"
        ),
        page="""
!m 莜川师范学院 · 计划财务处
!m 首页　机构设置　规章制度　办事指南　下载中心
!t 关于启用报销单据投递柜及规范使用发票夹的通知｜计划财务处｜莜川师院
!m 2024年02月27日 10:42　　浏览：[947]
{BODY}
!a 【阅毕关闭】
!m 计划财务处　办公电话：0736-56338001（总值班）
""",
        body="""
全校各单位：
为减少教职工报销排队时间，计划财务处于3月1日起在行政楼一楼启用报销单据投递柜。现将有关要求通知如下：
1.投递要求
1.1 教职工在网上报销系统填报后，打印带条形码的报销单，与原始单据一起放入投递袋。
1.2 原始发票用计划财务处统一配发的发票夹夹在报销单左上角，不得装订、折叠。
2.其他事项
2.1 发票夹可到行政楼205室免费领取，单据审核完毕后随投递袋一并退回，请循环使用。
2.2 单据投递后三个工作日内完成审核，审核结果以短信通知。
计划财务处
2024年2月26日
""",
    ),
]
