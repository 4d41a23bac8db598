"""holdout255, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-zhifou-answer-tin-caddy-rust-question-title",
        site="知否问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhifouwenda.example.com/q/70215583.html",
        title="铁皮茶叶罐有股铁锈味，还能装茶吗？",
        record_title=None,
        date=None,
        notes="Q&A page without a record title: the question is the title; an adopted-answer badge, the answerer's card, a relative answer time (no date), a vote row, more answers and a 'related questions' box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知否问答 - 有问题，问知否</title></head><body>
<div class="zf-top">⟦m 知否问答⟧ <input placeholder="搜你想问的"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="zf-crumb">⟦m 知否 › 生活 › 居家收纳⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：茶末末　浏览 3,906　关注 41⟧</p></div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者已采纳⟧</div>
<div class="author">⟦m 居家收纳师 · 朱小夏　回答于 前天 22:08⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦l 有帮助 318　没帮助 6　评论 12⟧</div>
</div>
<div class="more"><h3>⟦l 另有 5 个回答，展开看看⟧</h3>
<p>⟦l 网友7721：直接扔了吧，一个罐子才几块钱⟧</p></div>
<div class="side"><h4>⟦l 看过这题的人还问了⟧</h4>
<p>⟦l 紫砂罐和锡罐哪个更适合存绿茶？⟧</p><p>⟦l 茶叶放冰箱要不要套袋？⟧</p></div>
<footer>⟦d 回答内容为网友个人经验，仅供参考。⟧ ⟦m 知否问答 © 2024　沪ICP备20031275号⟧</footer>
</body></html>
""",
        body="""
可以继续用，但要先处理一下。
铁皮茶叶罐大多是马口铁做的，内壁有一层镀锡或涂层。出现铁锈味，一般是涂层磨损、受潮生锈了。
处理办法：先把罐子用温水洗净，彻底晾干；锈点不多的，用软布蘸一点小苏打轻轻擦掉，再放在通风处晾两天。擦完后可以先放一把粗茶叶进去“吸味”，放一周倒掉再装好茶。
如果罐内锈斑成片、涂层大面积脱落，就别再装茶了，改装纽扣、针线之类的杂物。
另外提醒一句：茶叶罐最怕潮，装茶前罐子一定要干透，罐里可以先套一个食品级的密封袋，既防潮又隔开铁皮。
""",
    ),
    dict(
        slug="qa-wenlinju-answer-duster-shedding-oneline",
        site="问邻居 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wenlinju.example.cn/wenda/2981044.html",
        title="新买的鸡毛掸子一直掉毛怎么办？",
        record_title="新买的鸡毛掸子一直掉毛怎么办？ - 家务妙招 - 问邻居",
        date=None,
        notes="Q&A as text with the whole answer on one line; board and site suffix in the record title; a 'most liked' tag, a relative time, a vote row and related questions; no date",
        page="""
!m 问邻居 · 过日子的事问问邻居
!m 问邻居 > 家务妙招 > 清洁打扫
!t 新买的鸡毛掸子一直掉毛怎么办？
!m 7 个回答　2,144 人看过
!m 最多人点赞的回答
!m 灞坪刘阿姨　｜　家政服务员　｜　昨天
{BODY}
!l 赞同 96　｜　反对 2　｜　收起
!l 邻居们还在问：
!l 鸡毛掸子和静电掸哪个好用？
!l 掸子上的灰怎么清理？
!a 我也来回答这个问题 >
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
新掸子掉毛是常见现象，主要是扎制时没绑牢的浮毛和碎毛，一般用上一两周就好了。可以这样处理：
第一，先在室外用力抖几下，把浮毛抖掉，再用手顺着羽毛方向轻轻捋一遍。
第二，用吹风机冷风从掸杆往外吹，能把夹在羽毛里的碎毛吹出来。
第三，如果掉的是整根大毛，说明绑线松了，可以在掸杆上端缠几圈透明胶带加固。
平时用完挂起来，别压着放，也不要沾水。要是用了一个月还大把掉毛，那就是质量问题，建议找商家退换。
""",
    ),
    dict(
        slug="collection-xianchuang-memoir-mother-duster-gb2312",
        site="闲窗文集 (invented retired teacher's collection, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.xianchuang-wenji.example.cn/juan4/09.htm",
        title="母亲的鸡毛掸子",
        record_title="闲窗文集 ▪ 卷四 ▪ 母亲的鸡毛掸子",
        date=None,
        notes="old gb2312 collection page: a marquee, chapter links (目录/上一章/下一章), a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>闲窗文集 ▪ 卷四 ▪ 母亲的鸡毛掸子</title></head>
<body bgcolor="#f6f1e3">
<table width="760" align="center" border="0"><tr><td align="center">⟦m 闲窗文集·一个退休语文教师的笔墨⟧</td></tr>
<tr><td><marquee>⟦m 闲窗小记：卷五正在整理，欢迎老同学来信补正旧事⟧</marquee></td></tr>
<tr><td align="center">⟦l 卷一　卷二　卷三　卷四　卷五　留言簿⟧</td></tr></table>
<table width="760" align="center" border="0"><tr><td>
<p align="center"><font size="5">⟦t 卷四 ▪ 母亲的鸡毛掸子⟧</font></p>
{BODY}
<p align="center">⟦l 〔卷四目录〕⟧　⟦l 〔前一章：外公的旱烟袋〕⟧　⟦l 〔后一章：腊月的磨豆腐〕⟧</p>
</td></tr></table>
<table width="760" align="center"><tr><td align="center">
⟦m 您是闲窗第 058214 位读者⟧<br>
⟦w 来信请寄：xianchuang_lao@mail.example.cn⟧<br>
⟦d 文集文字未经本人同意请勿转载⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候家里穷，屋里没什么值钱的东西，门后却总挂着一把鸡毛掸子。那是母亲自己扎的。
每年腊月杀鸡，母亲都把公鸡尾巴上最长最亮的羽毛拔下来，洗净晾干，一根根挑好收进布袋。攒够了，就找一根细竹竿，用麻线一层一层往上绑，绑一层，抹一道米汤，压一夜，第二天再绑下一层。
那把掸子平时是掸灰的，我调皮的时候，它也是母亲手里的“家法”。不过母亲从来舍不得真打，掸子举得高高的，落下来只轻轻碰一下我的屁股。
后来我参加工作，搬进了楼房，家里用上了吸尘器。母亲扎的最后一把鸡毛掸子，我一直挂在书房门后，羽毛褪了色，也舍不得扔。
""",
    ),
    dict(
        slug="collection-gushuibian-memoir-cooper-uncle",
        site="汩水边上 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://gushuibian.example.net/renwu/laojiu.html",
        title="箍桶匠老舅",
        record_title="箍桶匠老舅【汩水边上·人物篇】",
        date=None,
        notes="a personal collection as text: collection header, a 'people' volume line, a chapter list and a visitor line; a memoir with no date",
        page="""
!m 汩水边上 —— 写给故乡的一些字
!m 文集目录 ∷ 人物篇 ∷ 第七则
!t 箍桶匠老舅【汩水边上·人物篇】
{BODY}
!l ∷ 上一则：剃头的老宋
!l ∷ 下一则：村小的代课老师
!m 本页被翻阅 1,271 次
!d 文集内容系作者回忆，人名多有改动，请勿对号入座。
""",
        gap=True,
        body="""
老舅是我们那一带最有名的箍桶匠。
他挑着一副担子走村串户，一头是刨子、锯子、篾刀，一头是箍好的水桶、脚盆和饭桶。谁家的桶漏了，喊一声“箍桶咯”，他就在门口的树荫下放下担子。
老舅干活从不看图纸。一摞桶板在他手里转几圈，用眼睛一瞄，就知道哪块该刨、哪块该削。箍桶最要紧的是上箍，竹篾在他手里绕成圈，木槌一下一下敲下去，声音又脆又匀。
他常说：“桶不漏，靠的是每一块板都挨得紧。”那时候我不懂，后来才明白，他说的不只是桶。
如今塑料桶、不锈钢桶到处都是，老舅那副担子早就挂在了老屋的墙上。前年他八十岁生日，我们给他买了一只新木桶当寿礼，他摸了半天，笑着说箍得还行，就是竹篾削薄了些。
""",
    ),
    dict(
        slug="dangjian-feiling-summary-pickle-jar-cooperative-table",
        site="淝岭党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.feilingdj.example.gov.cn/jcdj/2024/1223/5530.html",
        title="洱田村党支部发展腌菜坛子产业助农增收工作总结",
        record_title="〖支部风采〗洱田村党支部发展腌菜坛子产业助农增收工作总结_淝岭党建网",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes="Party-building portal: study-points prompt, a read-on-phone QR line, the site's posting date differing from the 成文日期, a data table one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖支部风采〗洱田村党支部发展腌菜坛子产业助农增收工作总结_淝岭党建网</title></head><body>
<div class="dj-head">⟦m 淝岭党建网 · 中共淝岭县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页 ｜ 党建要闻 ｜ 基层党建 ｜ 支部风采 ｜ 党员教育 ｜ 人才工作⟧</div>
<div class="dj-loc">⟦m 所在栏目：基层党建 » 支部风采⟧</div>
<h1>{T}</h1>
<div class="dj-info">⟦m 2024年12月23日　来源：渑塘乡党委　字数：612⟧</div>
<div class="dj-score">⟦a 认真读满3分钟，可记学习积分1分⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，随时随地读党建⟧</div>
<div class="dj-prev">⟦l 前一条：渑塘乡开展党员冬训集中轮训⟧</div>
<div class="dj-next">⟦l 后一条：“头雁”培训班走进淝岭⟧</div>
<div class="dj-foot">⟦m 中共淝岭县委组织部　联系电话：0917-4401122⟧ ⟦m 秦ICP备08004519号⟧</div>
</body></html>
""",
        body="""
今年以来，洱田村党支部立足本村家家会腌菜、户户有老坛的传统，以“支部+合作社+农户”模式发展腌菜坛子产业，带动群众增收致富。现将工作总结如下。
一、主要做法
一是党员带头试。支部书记和5名党员率先成立腌菜专业合作社，统一购置食品级陶制腌菜坛，统一配方和卫生标准。
二是品牌带着走。注册“洱田坛坛香”商标，设计小坛装礼盒，在县城超市和网上店铺销售。
三是服务跟着上。党员分片联系加工户，帮助办理食品小作坊登记，定期上门指导坛子清洗消毒。
二、取得成效
项目　2023年　2024年
加工户数　18　35
腌菜坛使用量（只）　1200　2600
销售额（万元）　46　108
三、下步打算
明年将建设集中发酵间，推动小作坊提档升级，让“一坛菜”成为群众增收的“一门业”。
中共洱田村支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="dangjian-huwan-host-script-earmuffs-date-under-title",
        site="滹湾先锋 (invented Party-building site)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.huwanxianfeng.example.cn/zyfw/2024/1206/318.html",
        title="“暖冬送耳罩”党员志愿服务活动启动仪式主持词",
        date="2024-12-06",
        notes="the record's title as is; a host line and a date line under the title (neutral); agenda items stay in the body; a study-app prompt between two paragraphs; editor line, share row and list below",
        page="""
!m 滹湾先锋 · 区委组织部党员教育平台
!m 首页 ＞ 志愿服务 ＞ 活动风采
{T}
主持人：区城市管理局机关党委书记　仉志刚
（2024年12月6日）
{BODY}
!m 〔编辑：冯一苇　审核：区委组织部组织科〕
!l 转给身边党员：微信 ｜ 钉钉 ｜ 复制链接
!l 志愿服务更多资讯：
!l 滹湾区开展“敲门行动”关爱独居老人
!l 区直机关党员下沉社区报到服务
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位党员志愿者，环卫工人朋友们：
大家上午好！寒冬时节，我们在这里举行“暖冬送耳罩”党员志愿服务活动启动仪式。出席今天仪式的有区直机关工委、区城市管理局的领导同志，以及来自12个机关党支部的60名党员志愿者。
下面，进行第一项议程：请区城市管理局党组书记讲话。大家欢迎！
⟦a 下载“滹湾先锋”App，志愿时长一键认证⟧
感谢精彩讲话。下面进行第二项议程：请党员志愿者代表为环卫工人代表佩戴耳罩。
第三项议程：请环卫工人代表发言。
同志们，一副耳罩虽小，却是党员志愿者的一片心意。希望大家把这份温暖传递下去，常态化开展关爱户外劳动者志愿服务。现在我宣布，“暖冬送耳罩”党员志愿服务活动正式启动！
""",
    ),
    dict(
        slug="hospital-yiyang-second-ent-earmuffs-booking-float",
        site="嶷阳市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.yyseyy.example.com/jkjt/2024/1203/1182.html",
        title="冬季戴耳罩，这几件事要注意",
        record_title="〔耳鼻喉科普〕冬季戴耳罩，这几件事要注意 - 嶷阳市第二人民医院",
        date="2024-12-03",
        notes="hospital page: the 发布时间 byline is the page's date; a booking float, a 24-hour line and an experts list beside the department's own 咨询电话 in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔耳鼻喉科普〕冬季戴耳罩，这几件事要注意 - 嶷阳市第二人民医院</title></head><body>
<div class="hos-top">⟦m 嶷阳市第二人民医院 · 三级综合医院⟧ <span>⟦w 急诊急救（全天候）：0917-3126120⟧</span></div>
<div class="hos-nav">⟦m 医院概况　就医指南　科室导航　专家介绍　健康讲堂　院务公开⟧</div>
<div class="hos-loc">⟦m 当前：健康讲堂 › 耳鼻喉科普⟧</div>
<h1>{T}</h1>
<div class="hos-info">⟦m 发布时间：2024-12-03　供稿：耳鼻咽喉科　点击：2,318⟧</div>
<div class="hos-text">
{BODY}
</div>
<div class="experts"><h4>⟦l 本科室坐诊专家⟧</h4><p>⟦l 冉启明　主任医师　周二、周四上午⟧</p><p>⟦l 邬静怡　副主任医师　周一、周五全天⟧</p></div>
<div class="float-book">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦w 挂号热线 0917-3126000⟧</div>
<div class="hos-foot">⟦m 地址：嶷阳市滹湾区汩水东路206号⟧ ⟦d 健康讲堂文章仅供科普，不能代替面诊。⟧</div>
</body></html>
""",
        body="""
天冷了，不少市民出门都会戴上耳罩。耳鼻咽喉科门诊医生提醒，耳罩戴对了能防冻疮，戴错了也可能惹麻烦。
一、不要戴太紧。耳罩夹得太紧，会压迫耳廓影响血液循环，反而容易冻伤，还可能引起头痛。
二、要经常清洗。耳罩贴着皮肤，容易积汗藏菌，有湿疹、外耳道炎的人更要勤洗勤晒。
三、进屋就摘掉。室内外温差大，戴着耳罩进屋，耳朵捂出汗，出门再吹冷风，容易诱发外耳道炎和耳廓冻疮。
四、骑车时别选全包裹式隔音耳罩，以免听不清身后的车辆鸣笛。
如果耳廓已经出现红肿、发痒、起水疱，不要用火烤或热水烫，应及时到医院就诊。耳鼻咽喉科咨询电话：0917-3126408。
""",
    ),
    dict(
        slug="hospital-yiling-people-allergy-duster-no-date",
        site="沂岭县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.ylxrmyy.example.cn/kepu/2611.html",
        title="过敏体质大扫除，鸡毛掸子要慎用",
        record_title="过敏体质大扫除，鸡毛掸子要慎用_健康小贴士_沂岭县人民医院",
        date=None,
        notes="hospital page as text: an update stamp with a relative time (no date); a booking line and a night-clinic line at the bottom; a WeChat follow prompt glued after the last paragraph",
        page="""
!m 沂岭县人民医院　仁心·仁术
!m 您在这里：首页 - 健康小贴士
{T}
!m 更新：昨天　来源：变态反应科　浏览：866
{BODY}
!a 微信预约挂号请点“就医服务—预约挂号”
!w 夜间门诊咨询：0917-5580120
!l 小贴士推荐：春季花粉过敏怎么防 ｜ 尘螨过敏的居家护理
!m 沂岭县人民医院版权所有　秦ICP备12006633号
""",
        body="""
年底大扫除，不少家庭会拿出鸡毛掸子掸灰。变态反应科医生提醒，对尘螨、禽类羽毛过敏的人，最好别用鸡毛掸子。
鸡毛掸子掸灰，其实是把灰尘从家具上“赶”到空气里。灰尘中的尘螨、霉菌孢子飘浮起来，过敏体质的人吸入后，容易出现打喷嚏、流鼻涕、咳嗽，严重的还会诱发哮喘。羽毛本身的皮屑也是常见的过敏原。
建议过敏体质人群大扫除时做到三点：一是用湿抹布或静电除尘掸代替鸡毛掸子；二是打扫时戴好口罩，打开门窗通风；三是尽量请家人代劳，打扫后半小时再进屋。
如果打扫后出现胸闷、气喘，应及时就医。⟦a 关注“沂岭县医”公众号，健康提醒不漏看⟧
""",
    ),
    dict(
        slug="university-yiyang-news-tea-caddy-design-h1",
        site="嶷阳学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yiyang-u.example.edu.cn/info/1021/8816.htm",
        title="设计学院学生为沂岭茶企设计茶叶罐包装",
        record_title=None,
        record_date="2024-10-21",
        date="2024-10-21",
        notes="university news page without a record title: the title only as <h1>; the record gives the date; a dotted date and a writer/photo/reviewer line; a listen button, a share row and a 'more news' list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>嶷阳学院新闻网</title></head><body>
<div class="u-top">⟦m 嶷阳学院新闻网⟧ <a>⟦a 学校主页⟧</a> <a>⟦a 投稿系统⟧</a></div>
<div class="u-nav">⟦m 学院要闻　教学科研　校园文化　媒体嶷院　图说嶷院⟧</div>
<div class="u-art"><h1>{T}</h1>
<p class="u-meta">⟦m 2024.10.21⟧ ⟦m 文：宣传部 游若涵　图：设计学院　审核：龚晓川⟧ ⟦m 阅读次数：1540⟧</p>
<div class="u-text">
{BODY}
</div>
<div class="u-share">⟦l 分享：微信 · QQ · 学习通⟧</div></div>
<div class="u-more"><h3>⟦l 教学科研 · 更多⟧</h3><p>⟦l 我校获批两门省级一流课程⟧</p><p>⟦l 设计学院举办乡村美育工作坊⟧</p></div>
<div class="u-foot">⟦m 嶷阳学院党委宣传部　地址：嶷阳市学府路1号⟧</div>
</body></html>
""",
        body="""
10月18日，嶷阳学院设计学院“沂岭茶叶罐包装设计”校企合作项目成果展在图书馆一楼开展，32件学生作品吸引了不少师生驻足。
今年暑假，设计学院视觉传达专业三年级的46名学生分成8个小组，走进沂岭县浐口镇的茶园和制罐厂，从采茶、制茶到冲压制罐全程跟班学习。回校后，学生们以当地山水和采茶民俗为元素，设计出圆罐、方罐、竹节罐等多种方案。
“以前觉得茶叶罐就是个装茶的铁盒子，跑了一趟工厂才知道，图案要考虑印铁工艺，罐型要考虑冲压成本。”学生傅雨桐说。
据介绍，已有3家茶企选中了其中7件作品，计划明年春茶上市时投入使用。
""",
    ),
    dict(
        slug="university-yiyang-museum-letter-barrel-loan",
        site="嶷阳学院民俗博物馆 (invented)",
        style="高校官网",
        genre="函",
        kind="letter",
        form="text",
        source="http://museum.yiyang-u.example.edu.cn/tzgg/2024/1216/77.html",
        title="关于商借传统木桶藏品用于教学展览的函",
        record_title="关于商借传统木桶藏品用于教学展览的函-馆务公开-嶷阳学院民俗博物馆",
        date="2024-12-16",
        notes="university museum page as text: column and site suffix in the record title; the letter's own contact, phone and mailbox stay in the body; 成文日期 in Chinese numerals; opening hours and a booking line at the bottom",
        page="""
!m 嶷阳学院民俗博物馆 ｜ 收藏一方水土的记忆
!m 首页 · 馆务公开 · 正文
{T}
!m 发布者：馆办公室　阅读：211
{BODY}
!l 上一条：寒假期间闭馆安排
!l 下一条：“乡土器物”口述史采集志愿者招募
!m 开放时间：周二至周日 9:00-16:30（周一闭馆）
!w 团体参观请提前三天致电预约：0917-7123000
""",
        indent="\u3000\u3000",
        body="""
睢川县文化馆：
我校民俗博物馆拟于2025年3月举办“木作里的生活——传统箍桶技艺展”，作为民俗学、工艺美术等专业的教学实践展览。贵馆收藏的崃溪木桶系列藏品工艺精湛、品类齐全，对展览具有重要价值。
经研究，我馆商请借用贵馆收藏的木质水桶、饭桶、脚盆等藏品共12件，借展期限为2025年3月1日至4月30日。展品运输、保险及布展费用由我校承担，展期内由我馆安排专人值守，确保展品安全。
盼予支持，并请函复。
联系人：游若涵，电话：0917-7123055，邮箱：museum@yiyang-u.example.edu.cn
嶷阳学院民俗博物馆
二〇二四年十二月十六日
""",
    ),
]
