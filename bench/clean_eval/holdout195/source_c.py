"""holdout195, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenyiwen-moldy-cattail-fan-best-answer",
        site="问一问 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenyiwen.cn/q/58830417.html",
        title="蒲扇放了一冬长霉点了，怎么处理还能用？",
        record_title=None,
        date=None,
        notes="Q&A with no record title: the question on the page is the title; best-answer badge, vote bar, more answers; answer time relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问一问 - 有问题，就问一问</title></head>
<body>
<div class="hd">⟦m 问一问⟧ <form><input placeholder="搜索你想知道的"><button>⟦a 搜索答案⟧</button></form> <a>⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 问一问 › 生活 › 家居清洁⟧</div>
<div class="q"><h1>{T}</h1>
<p class="qd">⟦m 提问者：青石板路　｜　浏览 2,418 次　｜　2 个回答⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="ans-user">⟦m 老屋修补匠　回答于 6 天前　｜　已帮助 3.2 万人⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 👍 有用 147　　👎 无用 3　　评论 9⟧</div></div>
<div class="other"><h3>⟦l 其他 1 个回答⟧</h3><p>⟦l 麦田守望：直接扔了买新的吧，十几块钱一把。⟧</p></div>
<div class="more">⟦l 更多相关问题：蒲扇怎么保存不发霉？ ｜ 竹席发霉了怎么办？⟧</div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考，请自行甄别。⟧ ⟦m 问一问 wenyiwen.cn 京ICP备20035512号⟧</div>
</body></html>
""",
        body="""
蒲扇是蒲葵叶晒干做的，受潮后容易长黑色或白色的霉点。只要扇面没有发黑变脆，一般都还能用。
1．先把扇子拿到太阳下暴晒半天，让霉菌干透，再用软毛刷顺着叶脉把霉点刷掉。
2．用淡盐水或白醋兑水，拿干净的布蘸一点轻轻擦拭，不要泡水，擦完放在阴凉通风处晾干。
3．顽固的霉斑可以用棉签蘸少量酒精点涂，擦完再晒一次。
收起来之前一定要晒透，用纸包好放进布袋，不要和衣物一起压在潮湿的柜子里。
""",
    ),
    dict(
        slug="qa-zhidaole-newborn-mosquito-net-answer",
        site="知道了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidaole.net/question/2207734",
        title="新生儿夏天用蚊帐还是驱蚊液好？",
        record_title="新生儿夏天用蚊帐还是驱蚊液好？ - 知道了问答",
        date=None,
        notes="Q&A text: the question as the title; a doctor's answer with a numbered list; vote row and more answers; answer time relative",
        page="""
!m 知道了问答 > 母婴 > 新生儿护理
!t 新生儿夏天用蚊帐还是驱蚊液好？ - 知道了问答
!m 3 个回答　　1.1万 浏览　　关注问题
!m 推荐回答
!m 儿科医生 柯静宜 ｜ 耪山县妇幼保健院　　回答于 2 天前
{BODY}
!l 赞同 862　　｜　　反对　　｜　　12 条评论
!l 查看全部 3 个回答 ∨
!a 下载知道了App，提问有医生回答
!d 本回答仅供参考，不能代替医生面诊。
""",
        body="""
新生儿首选蚊帐，不建议使用驱蚊液。
1．新生儿皮肤薄，对化学成分吸收多，市面上很多驱蚊液说明书写明两个月或六个月以下婴儿禁用。
2．婴儿床的蚊帐要选网眼细密、无异味的，四周塞紧，不要留缝，也不要让蚊帐垂到宝宝脸上。
3．电蚊香液、蚊香尽量不要在宝宝睡觉的房间用，如果要用，应保持通风，并与婴儿床保持距离。
如果宝宝被叮咬后出现大片红肿或发热，请及时就医。
""",
    ),
    dict(
        slug="collection-piyang-memoir-fathers-cattail-fan",
        site="甓阳杂忆 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.piyangzayi.cn/juan2/11.html",
        title="父亲的蒲扇",
        record_title="甓阳杂忆 › 第二辑 › 父亲的蒲扇",
        date=None,
        notes="personal collection reader: chapter links, font-size toggle, visit counter; a memoir with only a year (no date); the author's mailbox in the footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>父亲的蒲扇 - 甓阳杂忆</title></head>
<body bgcolor="#fbf7ee">
<table width="780" align="center"><tr><td>
<div class="head">⟦m 甓阳杂忆 —— 一个老教书匠的文字角落⟧</div>
<div class="menu">⟦m 第一辑·故园 | 第二辑·亲人 | 第三辑·师友 | 留言簿⟧</div>
<div class="pos">⟦m 甓阳杂忆 › 第二辑 › 第十一篇⟧</div>
<h2 align="center">{T}</h2>
<p align="center">⟦a 【字号：大 小】　【护眼底色】⟧</p>
{BODY}
<p>⟦l ← 上一篇：母亲的针线笸箩⟧　⟦l 目录⟧　⟦l 下一篇：大哥的自行车 →⟧</p>
<hr>
<p class="ft">⟦m 本站累计访问：213,876 人次⟧　⟦m 作者信箱：piyang_lao@163.com⟧<br>⟦d 文章为本人所写，转载请告知，谢谢。⟧</p>
</td></tr></table>
</body></html>
""",
        body="""
父亲有一把大蒲扇，扇柄被他的手磨得油亮，扇边用蓝布条锁了一圈，那是母亲的手艺。
夏天的晚上，院子里泼了凉水，父亲搬出竹床，我们兄妹三个挤在上面。父亲坐在小板凳上，一手拿着蒲扇给我们扇风赶蚊子，一手指着天上，教我们认牛郎星、织女星。扇着扇着，我们睡着了，他的扇子却没停。
一九七九年我考上师范，临走前一晚，父亲把那把蒲扇塞进我的网兜，说学校热，带着用。
后来学校装了电扇，蒲扇就挂在宿舍墙上。四十多年过去了，扇面早已发黄，我一直没舍得扔。
""",
    ),
    dict(
        slug="collection-laomishu-name-plates-oneline",
        site="老秘书笔记 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://laomishu.home.blogcn.cc/wenji/036.html",
        title="写了三十年桌牌",
        record_title="【案头旧事】写了三十年桌牌 · 老秘书笔记",
        date=None,
        notes="collection text with the whole body on one line; chapter links and counter; only years in the text (no date)",
        page="""
!m 老秘书笔记 · 文集
!m 目录 ｜ 上一篇：会议通知的“三看” ｜ 下一篇：退休那天
!t 【案头旧事】写了三十年桌牌 · 老秘书笔记
!m 收录于《案头旧事》第三十六篇　　阅读 1,052
{BODY}
!l ← 会议通知的“三看”　　　　退休那天 →
!m 访问计数：0095231
!d 本文集文字版权归作者所有。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九九三年我进县政府办公室，第一件差事就是写桌牌。那时没有打印机，桌牌全靠毛笔写，红纸对折，墨要研得浓，字要写得正。
老主任告诉我，桌牌上的名字写错一笔，丢的是整个办公室的脸。我便把全县科级以上干部的名字抄在一个小本子上，连同音字、生僻字一起注好。
后来有了电脑和打印机，桌牌越做越漂亮，可我还是保留着会前核对两遍的习惯。
二〇二三年退休那天，同事们在我的座位上摆了一块桌牌，上面写着“老师”两个字。那是我写了三十年桌牌，第一次有人为我写。
""",
    ),
    dict(
        slug="dangjian-tanghu-speech-meeting-discipline-cn-date",
        site="耥湖党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.tanghudj.gov.cn/zfjs/202503/t20250307_4410.html",
        title="在县直机关会风会纪整治推进会上的讲话",
        record_title="【纪律作风】在县直机关会风会纪整治推进会上的讲话-耥湖党建网",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="Party-building portal: study-points line, scan-to-read prompt; date under the speech title in Chinese numerals; speaker line neutral; byline date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>【纪律作风】在县直机关会风会纪整治推进会上的讲话-耥湖党建网</title>
<script src="/static/js/dj.js"></script></head>
<body>
<div class="top">⟦m 耥湖党建网 · 中共耥湖县委组织部主办⟧　⟦a 登录学习积分⟧</div>
<div class="nav">⟦m 首页 | 组工动态 | 纪律作风 | 支部风采 | 党员教育 | 理论学习⟧</div>
<div class="pos">⟦m 您所在的位置：首页 &gt; 纪律作风⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-03-07　来源：县直机关工委　浏览：2031⟧</div>
<div class="study">⟦a 认真阅读本文满3分钟可获得学习积分 1 分⟧</div>
<p class="center">（二〇二五年三月六日）</p>
<p class="center">县委常委、县直机关工委书记　严秋实</p>
<div class="content">
{BODY}
</div>
<div class="qr">⟦a 扫描二维码，手机继续阅读⟧</div>
<div class="rel">⟦l 相关阅读：县直机关“文山会海”专项整治实施方案⟧</div>
<div class="ft">⟦m 中共耥湖县委组织部　地址：耥湖县人民路8号　湘ICP备12044190号⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开这次推进会，主要是通报县直机关会风会纪整治情况，对下一步工作作出安排。
一、精简会议数量
今年1至2月，县直机关召开全县性会议同比减少31%。但有的单位仍存在“以会议落实会议”的现象。今后能合并的会议一律合并，能用视频开的不再集中开。
二、严肃会场纪律
会议通知要写明会议时间，参会人员要按桌牌就座，不得随意调换座位、不得委托他人代会。会务部门要提前摆放桌牌、按桌牌签到，对迟到早退、会场玩手机的，由县直机关工委通报。
三、节俭务实办会
会场布置一律从简，不摆花草、不发纪念品，桌牌统一用纸质可回收的，不再定制亚克力桌牌。
同志们，会风连着作风。希望大家从开好每一个会做起，以好的会风带动好的作风。
""",
    ),
    dict(
        slug="dangjian-zengxi-volunteers-mosquito-nets-summary",
        site="罾溪先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zengxixf.cn/zbfc/2025/0810/2231.html",
        title="“夏送清凉·蚊帐进农家”党员志愿服务活动总结",
        date="2025-08-08",
        notes="record title as is; a table one row a paragraph; photo caption between paragraphs; 成文日期",
        page="""
!m 罾溪先锋网　　中共罾溪县委组织部
!m 首页 » 支部风采 » 活动总结
{T}
!m 作者：罾口镇党委　　发布：2025-08-10　　阅读 736
!a 收藏　分享　A+　A-
{BODY}
!l 上一篇：罾口镇开展“主题党日+防汛”活动
!l 下一篇：罱河镇党员冬训工作安排
!m 罾溪先锋网 主办：中共罾溪县委组织部　　联系电话：0738-6219901
""",
        date_also=["2025-08-10"],
        body="""
7月，罾口镇党委组织全镇14个村党支部开展“夏送清凉·蚊帐进农家”党员志愿服务活动，现将活动情况总结如下。
一、基本情况
活动共组织党员志愿者186人次，走访独居老人、留守儿童家庭和困难群众527户，送去蚊帐412顶，帮助挂设蚊帐330户。
村别　走访户数　送蚊帐（顶）
罾口村　63　52
石门村　48　39
上湾村　41　35
⟦m 图为党员志愿者帮助独居老人挂蚊帐。⟧
二、主要做法
一是摸清底数，由村网格员提前上门登记需求；二是包户到人，每名党员联系2至3户，做到送到手、挂上床、教会用。
三、下步打算
将结合秋冬走访，继续关注困难群众生活需求，推动志愿服务常态化。
中共罾溪县罾口镇委员会
2025年8月8日
""",
    ),
    dict(
        slug="hospital-laokou-eye-shield-after-surgery",
        site="醪口县人民医院官网 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.lkxrmyy.com/kepu/yanke/2025/1020/881.html",
        title="眼科手术后，护眼罩这样戴",
        record_title="【健康讲堂】眼科手术后，护眼罩这样戴_醪口县人民医院",
        date="2025-10-20",
        notes="hospital page: booking float, 24-hour line; 发布日期 is the date; the department's own consulting line beside the booking hotline; chrome glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>【健康讲堂】眼科手术后，护眼罩这样戴_醪口县人民医院</title></head>
<body>
<div class="top">⟦m 醪口县人民医院　二级甲等综合医院⟧　⟦m 24小时急救电话：0745-8316120⟧</div>
<div class="nav">⟦m 首页 | 医院概况 | 科室导航 | 就医指南 | 健康讲堂 | 党建文化⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 健康讲堂 &gt; 眼科⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-10-20　作者：眼科 易婉清　浏览量：506⟧</div>
<div class="txt">
{BODY}
</div>
<div class="float">⟦a 预约挂号⟧ ⟦m 预约热线 0745-8316000⟧ ⟦a 返回顶部⟧</div>
<div class="rel">⟦l 上一条：白内障术后饮食注意什么⟧<br>⟦l 下一条：孩子近视了，眼镜要一直戴吗⟧</div>
<div class="ft">⟦m 地址：醪口县迎宾路16号　湘ICP备15009821号⟧<br>⟦d 本站健康科普内容仅供参考，具体诊疗请遵医嘱。⟧</div>
</body></html>
""",
        body="""
做完白内障、青光眼等眼科手术后，医生通常会给患者戴上护眼罩。很多患者嫌闷，回家就摘了，这是不对的。
护眼罩的作用主要有两个：一是防止睡觉时无意识揉眼、压眼；二是防止灰尘、洗澡水进入眼睛。⟦a ⭐加入我的收藏⟧
一般来说，术后一周内睡觉时必须戴好护眼罩，白天可以根据医嘱改戴防护眼镜。戴之前要洗手，护眼罩用酒精棉片擦拭后晾干，松紧带不要勒得太紧。
需要提醒的是，护眼罩和平时睡觉用的遮光眼罩不是一回事，遮光眼罩是软的，不能代替护眼罩。
如有眼痛加重、视力突然下降，请立即返院复诊。眼科门诊电话：0745-8316233。
""",
    ),
    dict(
        slug="hospital-zengxi-infection-ward-nets-wrapped",
        site="罾溪县第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zxdeyy.cn/news/tz/2025-0702.html",
        title="关于感染性疾病科病房统一使用蚊帐的通知",
        record_title="关于感染性疾病科病房统一使用蚊帐的通知 - 罾溪县第二人民医院",
        date="2025-07-02",
        notes="hospital notice hard-wrapped at 64 columns; numbered items; 成文日期; the ward's own phone beside the hospital's switchboard",
        page="""
!m 罾溪县第二人民医院　　医院总机：0738-6280000
!m 首页 > 新闻中心 > 院内通知
!t 关于感染性疾病科病房统一使用蚊帐的通知 - 罾溪县第二人民医院
!m 点击数：338　　更新：3 天前
{BODY}
!a 【打印通知】　【关闭本页】
!l 相关通知：关于加强夏季病媒生物防制工作的通知
!m 罾溪县第二人民医院版权所有
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
各科室：
为防止登革热、疟疾等蚊媒传染病在院内传播，经研究，自7月5日起，感染性疾病科病房统一使用蚊帐，现将有关要求通知如下：
一、感染性疾病科收治的发热待查患者，入院当日即挂设蚊帐，由责任护士检查挂设情况。
二、蚊帐由后勤保障科统一配发，一床一帐，患者出院后送洗衣房高温清洗消毒。
三、病房纱窗、纱门由后勤保障科每周检查一次，发现破损及时修补。
感染性疾病科护士站电话：0738-6280517
罾溪县第二人民医院院感科
2025年7月2日
""",
    ),
    dict(
        slug="university-yucheng-library-shared-power-banks-no-title",
        site="釉城学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ycxy.edu.cn/info/1021/18830.htm",
        title="图书馆引入共享充电宝　读者借还更方便",
        record_title=None,
        date="2025-09-18",
        notes="university news with no record title (h1 on the page); 发布时间 line; photo caption; a sentence about scanning a code as content; editor line glued",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>釉城学院新闻网</title></head>
<body>
<div class="hd">⟦m 釉城学院新闻网 · 党委宣传部主办⟧</div>
<div class="nav">⟦m 首页 学院要闻 综合新闻 院系动态 媒体釉院 校园视点⟧</div>
<div class="pos">⟦m 当前位置: 首页 &gt;&gt; 综合新闻 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-09-18　作者：图书馆 邵清扬　摄影：韩冬　浏览次数：1288⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：我校召开2025年秋季学期教学工作会议⟧<br>⟦l 下一条：外国语学院举办新生入学教育⟧</div>
<div class="ft">⟦m 版权所有©釉城学院　地址：釉城市学府路1号⟧ ⟦m 湘ICP备05011207号⟧</div>
</body></html>
""",
        body="""
新学期开学，图书馆一楼大厅和各阅览室门口新添了6台共享充电宝机柜，共投放充电宝240个，方便读者在馆内学习时为手机、平板充电。
⟦m 图为学生在阅览室门口借用充电宝。⟧
读者用微信扫码即可借用，前30分钟免费，之后每小时收费1元，在馆内任一机柜均可归还。图书馆特别提醒，充电宝不得带出馆外，也不要在座位上边充电边离开。
图书馆馆长郑闻远介绍，此前不少同学反映自习座位插座少，引入共享充电宝后，读者再也不用为找插座“抢位子”了。⟦m （编辑：申晓 审核：罗致远）⟧
""",
    ),
    dict(
        slug="university-diechuan-student-union-quiet-dorm-pledge",
        site="瓞川职业技术学院学生工作网 (invented)",
        style="高校官网",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://xsc.dcvtc.edu.cn/xsh/2025/1009.html",
        title="“静享好眠”宿舍作息倡议书",
        record_title="【学生会】“静享好眠”宿舍作息倡议书 - 学生工作网",
        date="2025-10-09",
        notes="university text: a pledge with a numbered list mentioning eye masks and earplugs; 成文日期 under the signature",
        page="""
!m 瓞川职业技术学院 · 学生工作网
!m 首页 - 学生会 - 通知公告
!t 【学生会】“静享好眠”宿舍作息倡议书 - 学生工作网
!m 发稿单位：校学生会生活部　　浏览：624次
{BODY}
!a 【分享到朋友圈】　　【打印本页】
!l 上一篇：关于开展“文明宿舍”评比的通知
!m 学生工作部（处）　电话：0746-5210031　　技术支持：网络信息中心
""",
        indent="\u3000\u3000",
        body="""
亲爱的同学们：
良好的睡眠是学习生活的保障。近期，生活部收到不少同学反映，宿舍熄灯后有人开灯、外放视频，影响他人休息。为此，我们倡议：
1．23:30熄灯后不开大灯，确需用灯时使用小台灯，并注意遮挡光线。
2．夜间使用手机、电脑请佩戴耳机，音量调低。
3．作息不同的室友之间多沟通，需要早睡的同学可以准备眼罩、耳塞。
4．尊重彼此，有矛盾及时沟通，必要时联系宿管老师协调。
让我们从今晚做起，共建安静舒适的宿舍环境！
校学生会生活部
2025年10月9日
""",
    ),
]
