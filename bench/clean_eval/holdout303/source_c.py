"""holdout303, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Every page, site, place, person, phone and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="qa-dayifang-heat-pack-microwave-question-h1",
        site="答疑坊 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dayifang.com/q/8830127.html",
        title="热敷袋放微波炉里加热会炸吗？",
        record_title=None,
        date=None,
        notes="a Q&A page: no title in the record, the question in the <h1> is the title; an adopted-answer badge, a vote row, "
        "the answerer's card, a relative answer time (3 天前, no date), more answers and a 'write an answer' box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>答疑坊</title></head><body>
<div class="top"><a>⟦m 答疑坊⟧</a> <span>⟦m 有疑就问，有答必应⟧</span> <a>⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 答疑坊 &gt; 生活 &gt; 家居健康⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：冬天怕冷的阿茶　｜　被浏览 8,213 次⟧</p></div>
<div class="best">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 鹿鸣山下 · 家电维修从业十二年⟧</div>
<div class="answer">
{BODY}
</div>
<div class="a-meta">⟦m 回答于 3 天前⟧</div>
<div class="votes">⟦a 有用 428　没用 6　评论 13⟧</div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3><p>⟦l 禾禾：我家的盐袋子天天转，一点事没有⟧</p><p>⟦l 查看全部回答⟧</p></div>
<div class="write">⟦a 我来回答这个问题⟧</div>
<div class="ft">⟦d 答疑坊内容均由网友提供，仅供参考，不构成专业意见⟧<br>⟦m © 2025 dayifang.com⟧</div>
</body></html>
""",
        body="""
会不会炸，要看热敷袋是什么做的。
填充物是粗盐、荞麦壳、艾草这类干料，外面是纯棉布袋的，可以用微波炉加热，一般中火一到两分钟，中间拿出来揉一揉，让热量均匀。
注水式的橡胶袋和里面装凝胶的热敷袋，千万不要放进微波炉，里面的液体受热膨胀，很容易胀破甚至炸开，把人烫伤。
电热式的热敷袋更不能放，里面有电线和发热片，会打火。
加热后先用手背试一下温度，再包上毛巾敷。包装上写着“禁止微波加热”的，一律按说明书来。
""",
    ),
    dict(
        slug="qa-wenjin-cufflinks-shirt-question-suffix",
        site="问津社区 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenjin-sq.com/question/301755/answer/88012",
        title="袖扣到底该怎么配衬衫？",
        record_title="袖扣到底该怎么配衬衫？新手求教 - 问津社区",
        date=None,
        notes="a Q&A as text: the question with the poster's aside and the site name as the record title; the answerer's line, "
        "a vote count, an 'edited yesterday' stamp (no date), a login prompt for more answers",
        page="""
!m 问津社区 › 穿搭 › 男士配饰
!t 袖扣到底该怎么配衬衫？新手求教
!m 关注者 214　被浏览 36,502
!m 衣橱里的老周　男装买手
!m 1,086 人觉得这个回答有帮助
{BODY}
!m 编辑于 昨天 18:02
!a 有帮助 1086　｜　评论 57　｜　收藏　｜　转发
!a 登录问津，看其余 22 个回答
""",
        body="""
先确认衬衫能不能戴袖扣。袖扣要配“法式袖口”或者两用袖口的衬衫，普通纽扣袖口是戴不了的。
法式袖口要向外翻折，两边袖口对齐捏在一起，把袖扣从外侧穿过四个扣眼，再把背面的活动杆转平固定。
款式上，上班选银色、枪色这类低调的素面袖扣就够了；婚礼、年会可以选带珐琅或宝石的。
有个小原则：袖扣的颜色最好和手表、皮带扣、领带夹保持同一色系，看起来更协调。
最后，袖口露出西装袖一到两厘米正好，袖扣才看得见。
""",
    ),
    dict(
        slug="anthology-weiyu-memoir-teachers-brass-warmer",
        site="煨芋集 (invented personal site, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.weiyuji-home.net/juan3/1104.htm",
        title="林先生的怀炉",
        record_title="《煨芋集》卷三 · 林先生的怀炉",
        date=None,
        notes="a retired writer's old gb2312 site: a marquee, 繁體/简体 links, chapter links, a visit counter and the author's "
        "mailbox; a memoir of a village teacher's hand warmer, without any date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《煨芋集》卷三 · 林先生的怀炉</title>
</head>
<body bgcolor="#f5f0e1">
<table width="760" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 煨芋集⟧</font><br>
<font size="2">⟦m 一个老教书匠的闲笔⟧</font>
</td></tr>
<tr><td><marquee>⟦m 欢迎各位老友来煨芋集坐坐，炉火正旺，芋头刚熟⟧</marquee></td></tr>
<tr><td align="right"><a href="/big5/">⟦a 繁體⟧</a> | <a href="/">⟦a 简体⟧</a></td></tr>
<tr><td><a href="/juan1/">⟦m 卷一 乡音⟧</a> | <a href="/juan2/">⟦m 卷二 旧物⟧</a> | <a href="/juan3/">⟦m 卷三 师友⟧</a></td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="1103.htm">⟦l 上一章　陈校长的铜铃⟧</a>　<a href="1105.htm">⟦l 下一章　一支旧钢笔⟧</a>　<a href="index.htm">⟦l 回卷三目录⟧</a></td></tr>
<tr><td align="center"><font size="2">⟦m 来信请寄：weiyu_laoshi@weiyuji-home.net⟧<br>⟦m 本集自开张以来，已有 21907 人次来访⟧</font></td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我上小学时，教语文的林先生有一只黄铜怀炉，比巴掌略大，盖子上镂着一圈云纹。
那时学校的窗户糊着塑料布，冬天教室里冷得像冰窖。林先生每天早上从家里带来烧透的木炭，埋进怀炉里的草木灰中，放在讲台一角。
谁的手冻得握不住笔，就可以上去捂一会儿。我手上长冻疮，是去得最多的一个。林先生自己却常常把手缩在袖子里，说他是北方人，不怕冷。
后来学校装上了暖气，那只怀炉就再没出现过。前年回乡，听说林先生已经过世，怀炉由他的女儿收着。
如今想起那间教室，我最先记起的，总是讲台角上的那一团暖。
""",
    ),
    dict(
        slug="anthology-shiqiao-essay-foot-basin-new-year-oneline",
        site="石桥文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://shiqiao-wencun.net/mingxi/09.html",
        title="洗脚盆里的年味",
        record_title="洗脚盆里的年味（暝溪旧事之九）— 石桥文存",
        date=None,
        notes="a personal collection's essay with the whole body on one line (paragraphs apart only by their indents); chapter "
        "links and a visit counter; no date",
        page="""
!m 石桥文存 · 暝溪旧事
!t 洗脚盆里的年味（暝溪旧事之九）— 石桥文存
!m 作者：石桥　　字数：约五百
{BODY}
!l 前一篇：灶膛里的烤红薯（暝溪旧事之八）
!l 后一篇：正月里的龙灯（暝溪旧事之十）
!m 石桥文存已被翻阅 6,318 次
!d 文存所有文字版权归作者本人，转载须经同意
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
小时候过年，最难忘的是除夕夜那一盆洗脚水。
母亲说，除夕要洗脚，来年走好运。吃过年夜饭，她把灶上烧开的水舀进那只大木盆，兑好凉水，一家五口轮流洗。
父亲总是最后一个洗，水已经不太热了，他却洗得最久，说泡泡脚一年的累就散了。
那只木盆是爷爷打的，箍着两道铁圈，用了二十多年也不漏水。后来换成了塑料盆，再后来，母亲的脚步越来越慢，轮到我给她端洗脚水。
今年除夕，我又给母亲洗了一次脚。水还是那么热，年味也还在。
""",
    ),
    dict(
        slug="dangjian-qichuan-summary-heat-packs-building-sites-table",
        site="汔川党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.qichuandj.gov.cn/xfzx/202501/t20250117_4402.html",
        title="住建局机关第二党支部“一袋暖意”进工地志愿服务工作总结",
        record_title="【支部亮点展示】住建局机关第二党支部“一袋暖意”进工地志愿服务工作总结_先锋在线_汔川党建网",
        date="2025-01-15",
        date_also=["2025-01-17"],
        notes="a Party-building portal: a study-points prompt, a read-on-phone QR line, a column sidebar; a summary with a data "
        "table (one row a paragraph); the signature's 成文日期 is expected, the portal's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【支部亮点展示】住建局机关第二党支部“一袋暖意”进工地志愿服务工作总结_先锋在线_汔川党建网</title></head><body>
<div class="banner">⟦m 汔川党建网⟧ <span>⟦m 中共汔川县委组织部主办⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 要闻动态⟧</a> <a>⟦m 先锋在线⟧</a> <a>⟦m 学习园地⟧</a> <a>⟦m 党员服务⟧</a></div>
<div class="where">⟦m 您所在的位置：首页 &gt; 先锋在线⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：县住建局机关第二党支部　日期：2025-01-17　浏览：503⟧</div>
<div class="jifen">⟦a 登录“汔川先锋”学习平台，阅读本文可得1积分⟧</div>
<div class="article">
{BODY}
</div>
<div class="qr">⟦a 用手机扫码，在路上也能读⟧</div>
<div class="column"><h3>⟦l 先锋在线·更多⟧</h3><ul><li>⟦l 河湾村党支部：夜校开到田埂边⟧</li><li>⟦l 党员志愿者为独居老人修缮房屋⟧</li></ul></div>
<div class="foot">⟦m 中共汔川县委组织部　版权所有⟧<br>⟦m 地址：汔川县人民路2号　电话：0895-2210346⟧</div>
</body></html>
""",
        body="""
入冬以来，汔川县住建局机关第二党支部组织党员志愿者开展“一袋暖意”进工地志愿服务，为在建项目的一线建筑工人送去中药热敷袋。现将有关情况总结如下。
一、服务情况
志愿者利用周末集中缝制热敷袋，由县中医院提供艾叶、花椒等药材，发放情况如下：
工地名称　发放数量　参与党员
城南安置房项目　126个　18人
汔川大桥项目　84个　12人
县一中新校区项目　30个　6人
二、主要体会
一是党员带头、家属参与，二十多名职工家属主动加入缝制队伍。二是医护把关，县中医院医生到工地为工人讲解热敷注意事项。
三、下一步打算
支部将把“一袋暖意”纳入冬季常态化服务，建立服务台账，做到年年有、人人知。
中共汔川县住房和城乡建设局机关第二支部委员会
2025年1月15日
""",
    ),
    dict(
        slug="dangjian-cuyang-host-script-warmer-donation",
        site="徂阳先锋网 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.cuyangxf.cn/ztdr/2024/1226/1180.html",
        title="“暖冬行动”怀炉捐赠仪式主持词",
        record_title="【党日活动素材】“暖冬行动”怀炉捐赠仪式主持词（含仪式流程）- 徂阳先锋网",
        date=None,
        notes="a Party site's text page: a host script (no date); a study-points prompt above, an app prompt glued after a line, "
        "a 'more host scripts' link between paragraphs",
        page="""
!m 徂阳先锋网　学习　服务　交流
!m 当前位置：首页 > 主题党日 > 活动资料
!t 【党日活动素材】“暖冬行动”怀炉捐赠仪式主持词（含仪式流程）
!a 学习积分 +1　｜　收藏到我的学习夹
{BODY}
!l 上一篇：主题党日“重温入党誓词”活动主持词
!l 下一篇：党员冬训动员会议程安排
!m 徂阳市委组织部主办　技术维护：徂阳市大数据中心
""",
        body="""
各位党员同志，环卫工人朋友们：
大家上午好！今天，我们在这里举行“暖冬行动”怀炉捐赠仪式，把党员们认捐的二百只怀炉送到环卫工人手中。
首先，请允许我介绍出席今天仪式的领导和嘉宾：街道党工委副书记庞子衿同志，市城管局环卫处负责同志，以及各支部的党员代表。
⟦l 更多活动主持词范本请进入资料库⟧
下面进行第一项：请街道党工委副书记庞子衿同志致辞。
进行第二项：请党员代表向环卫工人赠送怀炉。
进行第三项：请环卫工人代表发言。⟦a 下载徂阳先锋APP，同步收看活动直播⟧
同志们，一只怀炉暖的是手，更暖的是心。捐赠仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-xianyuan-tcm-heat-pack-contraindications",
        site="莶原县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.xyxzyy.com/jkkp/2025/0213/1306.html",
        title="哪些情况不能用热敷袋",
        record_title="哪些情况不能用热敷袋 - 养生课堂 - 莶原县中医院",
        date=None,
        notes="a county hospital's health article: a booking float, a 24-hour emergency line and a booking line in the footer "
        "beside the department's own 咨询电话 in the body; an 'updated 2 days ago' stamp (no date); an expert list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>哪些情况不能用热敷袋 - 养生课堂 - 莶原县中医院</title></head><body>
<div class="hd">⟦m 莶原县中医院⟧ <span>⟦m 二级甲等中医医院⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 医院概况⟧</a> <a>⟦m 科室导航⟧</a> <a>⟦m 养生课堂⟧</a> <a>⟦m 就医指南⟧</a></div>
<div class="pos">⟦m 首页 / 养生课堂 / 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 康复科　更新于 2 天前　阅读 2,671⟧</div>
<div class="txt">
{BODY}
</div>
<div class="zj"><h3>⟦l 康复科专家⟧</h3><p>⟦l 贺临川 主任医师 周二、周四上午⟧</p><p>⟦l 林朝雨 副主任医师 周一、周五全天⟧</p></div>
<div class="float">⟦a 在线预约 ›⟧</div>
<div class="ft"><p>⟦m 24小时急诊：0893-4410120⟧　⟦m 预约挂号：0893-4416666⟧</p><p>⟦m 莶原县中医院 版权所有　地址：莶原县杏林路8号⟧</p></div>
</body></html>
""",
        body="""
热敷简便易行，很多人家里都备着热敷袋。但康复科医生提醒，下面几种情况不宜热敷：
1.急性扭伤、挫伤后48小时内，局部还在出血肿胀，热敷会加重肿胀。
2.皮肤有破损、湿疹或化脓感染的部位。
3.原因不明的急性腹痛，热敷可能掩盖病情。
4.糖尿病足、下肢血管病变等感觉迟钝的患者，容易发生低温烫伤。
5.孕妇的腹部和腰骶部。
热敷时温度不宜超过50摄氏度，每次不超过20分钟。有疑问可拨打康复科咨询电话：0893-4417302。
""",
    ),
    dict(
        slug="hospital-luochuan-ward-basins-one-per-bed",
        site="荦川县第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lcxdeyy.cn/yygg/2025/0304/920.html",
        title="关于住院病区实行洗脚盆“一床一盆”管理的通知",
        record_title="关于住院病区实行洗脚盆“一床一盆”管理的通知_医院公告_荦川二院",
        date="2025-03-03",
        notes="a hospital notice as text: the infection-control office's own line beside the hospital's booking and emergency "
        "lines; scanning a code to watch a disinfection video is content; a booking prompt glued after a sentence; the hospital's "
        "name above is also the signature (head)",
        page="""
!m 荦川县第二人民医院
!m 首页 - 医院公告
{T}
!m 发布人：医院感染管理科　　2025-03-04　　浏览 287
{BODY}
!a 线上预约挂号请点击这里
!m 门诊预约：0894-6600000　　急诊值班：0894-6600120
!m 荦川县第二人民医院 版权所有
""",
        body="""
各临床科室：
为加强医院感染管理，防止患者之间交叉感染，经医院感染管理委员会研究，自3月10日起，全院住院病区实行洗脚盆“一床一盆”管理。现将有关要求通知如下：
1.病区为每张病床配备一只专用洗脚盆，盆底标注床号，患者出院后由保洁员消毒备用。
2.洗脚盆每次使用后冲洗晾干，每周用含氯消毒液浸泡消毒一次，并做好登记。
3.护士长每周检查一次落实情况，医院感染管理科不定期抽查。
各科室可扫描护理部公示栏上的二维码，观看洗脚盆消毒操作视频。联系电话：0894-6602318（医院感染管理科）。⟦a 戳这里，免排队挂专家号⟧
荦川县第二人民医院
2025年3月3日
""",
    ),
    dict(
        slug="university-qucheng-news-etiquette-lecture-h1",
        site="麴城理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qclg.edu.cn/info/1012/28810.htm",
        title="就业指导中心举办“职场第一套正装”礼仪讲座",
        record_title=None,
        date="2025-04-11",
        notes="a university news page: no title in the record, the <h1> gives it; a dotted date line is the page's date; a "
        "文/图/审核 line glued after the last sentence; a quick-links sidebar and the campus footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>麴城理工学院新闻网</title></head><body>
<div class="header">⟦m 麴城理工学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 信息公开⟧</a></div>
<div class="menu"><a>⟦m 首页⟧</a> <a>⟦m 综合新闻⟧</a> <a>⟦m 院部动态⟧</a> <a>⟦m 媒体理工⟧</a> <a>⟦m 校园视点⟧</a></div>
<div class="cur">⟦m 当前位置：首页 &gt;&gt; 院部动态 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 2025.04.11　点击：[1207]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="prevnext"><p>⟦l 上一条：我校学子在省大学生创新大赛中获佳绩⟧</p><p>⟦l 下一条：图书馆开展“世界读书日”系列活动⟧</p></div>
<div class="quick"><h3>⟦l 快速通道⟧</h3><p>⟦l 校历 ｜ 邮箱 ｜ 办公电话⟧</p></div>
<div class="footer">⟦m 版权所有：麴城理工学院党委宣传部⟧<br>⟦m 地址：麴城市学府大道99号　邮编：652100⟧</div>
</body></html>
""",
        body="""
4月10日晚，学校就业指导中心在图书馆报告厅举办“职场第一套正装”礼仪讲座，邀请形象顾问单若溪为二百余名毕业生讲解面试着装。
单若溪从西装的选择讲起，结合现场同学的穿着逐一点评。她提醒男生，领带夹并不是必需品，如果佩戴，应夹在衬衫第三和第四粒纽扣之间，宽度不要超过领带；袖扣适合正式晚宴，面试时普通袖口的衬衫就足够了。
讲座结束后，就业指导中心为现场报名的三十名家庭经济困难学生每人发放了一套正装和一枚领带夹。
据悉，本学期就业指导中心还将举办简历诊断、模拟面试等系列活动。⟦m （文/就业指导中心　图/学生记者团　审核/何闻笛）⟧
""",
    ),
    dict(
        slug="university-qucheng-dorm-corridor-basins",
        site="麴城理工学院保卫处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.qclg.edu.cn/tzgg/2024/1106/512.htm",
        title="关于规范学生宿舍走廊洗脚盆等物品摆放的通知",
        date="2024-11-05",
        date_also=["2024-11-06"],
        notes="the record gives the title; a security office's notice on a university site: the office's duty line in the "
        "footer, a 'download the form' link and a print row; the signature's 成文日期 (the page's date also accepted)",
        page="""
!m 麴城理工学院保卫处
!m 首页 | 通知公告 | 消防安全 | 治安管理 | 办事指南
{T}
!m 发布时间：2024-11-06　　浏览量：3316
!a 【打印本通知】【关闭本页】
{BODY}
!a 相关表格：宿舍安全自查表（点此下载）
!m 保卫处值班电话：0896-8852110（24小时）
!m Copyright © 麴城理工学院保卫处
""",
        body="""
各学院、全体住宿学生：
近期，学校保卫处在宿舍消防安全检查中发现，部分宿舍楼的走廊、楼梯间堆放洗脚盆、水桶、鞋架等物品，占用疏散通道，一旦发生火灾，将严重影响人员疏散。为保障同学们的生命安全，现通知如下：
一、洗脚盆、水桶等生活用品一律放在宿舍内床下或阳台，不得摆放在走廊和楼梯间。
二、保卫处将联合宿管中心每周开展检查，走廊内的物品将先行清理，暂存宿管值班室。
三、对多次违规的宿舍，取消当年文明宿舍评选资格。
请各学院将本通知传达到每一位住宿学生。
麴城理工学院保卫处
2024年11月5日
""",
    ),
]
