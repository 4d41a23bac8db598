"""holdout196, part C: Q&A sites, personal collections, Party-building sites, hospital sites and
university sites. Invented text (subjects: door peepholes, ice-cube trays, tyre pumps, oven
mitts, lint rollers); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="qa-yiwen-answer-peephole-removed-question-title",
        site="一问到底 (invented, Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.yiwendaodi.example.com/question/58120447",
        title="门上的猫眼被人从外面拆掉了，该怎么办？",
        record_title=None,
        date=None,
        notes="no record title: the question is the page's <h1>; an accepted-answer badge, answerer card, vote "
        "bar, relative answer time (no date), 'more answers' and related questions; the answer's numbered steps",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>一问到底 - 有问题，就来一问到底</title></head>
<body>
<div class="hd">⟦m 一问到底⟧<input placeholder="搜索你感兴趣的问题"><a>⟦a 我要提问⟧</a><a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 生活 › 居家安全⟧</div>
<div class="q"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名网友　浏览 3,906 次　5 个回答⟧</p></div>
<div class="best"><span>⟦m 最佳答案⟧</span>
<div class="author">⟦m 锁匠老韩　居家安防领域优质回答者⟧</div>
<div class="answer">
{BODY}
</div>
<div class="meta">⟦m 回答于 2 天前⟧　⟦l 👍 赞同 214　👎　💬 评论 19⟧</div></div>
<div class="more">⟦l 查看其余 4 个回答 ▾⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 可视猫眼需要物业同意才能装吗？⟧</li><li>⟦l 防盗门反锁了还能从外面打开吗？⟧</li></ul></div>
<div class="ft">⟦d 本站回答均为网友个人观点，仅供参考⟧　⟦m © 一问到底　京ICP证180462号⟧</div>
</body></html>
""",
        body="""
先别慌，按下面几步处理：
1．先别进门。如果猫眼是在你不在家时被拆的，有可能有人进过屋或者正在屋里，先在门外拍照留证，然后打110报警，等民警到了再一起进门查看。
2．检查门锁。老式猫眼孔拆掉以后，外面的人可以用钩子伸进去拉门内把手，所以要看看门锁有没有被撬的痕迹。
3．尽快换门镜。去五金店买个同孔径的防撬门镜装上，几十块钱的事；门镜内侧最好再加个挡片，不看的时候合上。
4．平时出门记得反锁，睡前把门内把手上的保险钮拨上。
""",
    ),
    dict(
        slug="qa-zhiliao-answer-silicone-ice-tray-smell",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.zhiliao.example.net/q/2025/771093.html",
        title="新买的硅胶冰格有一股橡胶味，正常吗？还能用吗？",
        record_title="新买的硅胶冰格有一股橡胶味，正常吗？还能用吗？ - 知了问答",
        date=None,
        notes="decorated record title; question printed with its tag line; answerer line with a relative time "
        "(no date); vote and collect bar; 'other answers' teaser and a download-app prompt; no date",
        page="""
!m 知了问答 · 生活百科
!t 新买的硅胶冰格有一股橡胶味，正常吗？还能用吗？
!m 标签：#厨房用品 #硅胶 #食品安全　　1,327 人浏览
!m 答主：厨房里的化学课　｜　食品专业在读　｜　3 天前
{BODY}
!l 有用 96　没用 3　｜　收藏　｜　举报
!l 其他 6 条回答 ＞＞ 网友“冰镇西瓜”：我用淘米水泡过，味道淡了不少……
!a 打开知了App，看更多生活妙招
!m 知了问答 wenda.zhiliao.example.net
""",
        body="""
新硅胶冰格有轻微气味比较常见，一般来自生产中残留的低分子物质，但味道刺鼻、久洗不散的，就要小心了。
建议这样处理：先用清水加少量洗洁精洗净，再用开水烫一遍或放进沸水里煮三到五分钟，晾干后放通风处一两天。
如果处理后还有明显橡胶味，或者用手搓表面发白、掉粉，说明材料或工艺可能不过关，不建议用来制冰。
购买时可以看看包装上有没有“食品接触用”字样和执行标准编号，尽量别买没有标签的散装货。
""",
    ),
    dict(
        slug="collection-anling-essay-father-brass-pump-gb2312",
        site="盦岭杂记 (invented, a retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.anlingzaji.example.cn/wenji/juan2/012.htm",
        title="父亲的铜打气筒",
        record_title="《盦岭杂记》卷二·第十二篇｜父亲的铜打气筒",
        date=None,
        notes="old table layout of a personal collection: volume/chapter links, a 护眼 toggle, a visit counter and "
        "the author's mailbox; an essay with only years (no date); a '写于' line with a season only (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>《盦岭杂记》卷二·第十二篇｜父亲的铜打气筒</title></head>
<body bgcolor="#FFFBEF">
<table width="760" align="center"><tr><td align="center">⟦m 盦岭杂记 —— 一个老教书匠的闲笔⟧</td></tr>
<tr><td align="center">⟦m 卷一 乡居　卷二 旧物　卷三 师友　卷四 游记⟧</td></tr>
<tr><td align="right">⟦a [护眼底色]　[正常底色]⟧</td></tr></table>
<table width="760" align="center"><tr><td>
<h2 align="center">{T}</h2>
<p align="center">⟦m 卷二 旧物 · 第十二篇⟧</p>
{BODY}
<p align="right">写于癸卯年冬</p>
</td></tr></table>
<table width="760" align="center"><tr><td align="center">⟦l ←第十一篇 缝纫机上的抽屉⟧　⟦l 返回目录⟧　⟦l 第十三篇 灶台边的风箱→⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：anling_laoshi@example.cn⟧　⟦m 本页访问：4093⟧</td></tr>
<tr><td align="center">⟦d 文章为作者原创，转载请告知⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲有一支铜打气筒，筒身有小臂那么长，把手是两块木片，用铜铆钉钉着。那是一九七八年他用半个月工资从县城五金站买回来的。
那些年家里的“永久”自行车是全家最值钱的东西。父亲每个星期天都要把车擦一遍，然后蹲在门口打气。他一手按住打气筒，一手捏着轮胎，打几下就捏一捏，嘴里还数着数。
村里谁家的车胎瘪了，都来借这支打气筒。借的人多了，皮碗磨坏了好几回，父亲就自己剪一块旧皮子换上，照样好用。
后来家里买了摩托车，又买了小汽车，那支铜打气筒就挂在了柴房的墙上。去年收拾老屋，我把它擦干净带回了城里。有时候看着它，好像还能听见父亲数数的声音。
""",
    ),
    dict(
        slug="collection-hanwen-essay-peephole-new-year-oneline",
        site="寒窗文存 (invented, personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://hanchuangwencun.example.org/p/men-jing.html",
        title="门镜里的年",
        record_title="门镜里的年 — 寒窗文存 — 第三辑",
        date=None,
        notes="the whole body on one line (paragraphs only separated by their indent); collection chrome above "
        "and below: series line, word count, chapter links, a visitor line; no date (an essay)",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 寒窗文存 · 第三辑 · 街坊
!t 门镜里的年
!m 全文约 420 字　收入本辑第 7 篇
{BODY}
!l 上一篇：楼下的修车摊　｜　下一篇：二楼阳台上的鸽子
!l 回到第三辑目录
!m 寒窗文存 由作者自行维护　来访者第 21733 位
""",
        body="""
小时候过年，我最爱趴在家门的猫眼上往外看。那是一只铜边的小圆镜，踮起脚刚好够得着，外面的楼道被它变得又圆又弯，走过来的人都长着大鼻子。
大年三十下午，楼道里的脚步声特别多。我从猫眼里看见对门的张伯伯拎着两条鱼回来，看见楼上的小芳穿着红棉袄跑下楼，还看见邮递员叔叔把一沓贺年卡塞进各家门缝。
最盼的是敲门声。门还没开，我就从猫眼里认出了大姨，认出了舅舅，一边喊“妈，来客人了”，一边抢着去拧门把手。
如今住进了新楼，门上装的是可视门铃，有人按铃，手机上就能看见。可我总觉得，少了踮着脚凑近猫眼的那份期待，年味也淡了些。
""",
    ),
    dict(
        slug="dangjian-guchuan-speech-kitchenware-contest-mitts",
        site="觚川非公党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://fgdj.guchuan.example.org.cn/zbfc/2025/0926/4471.html",
        title="在公司党支部“岗位建功”技能比武总结会上的讲话",
        record_title="【支部风采】在公司党支部“岗位建功”技能比武总结会上的讲话_觚川非公党建网",
        date="2025-09-26",
        notes="a Party-building portal: study-points line, scan-to-read prompt, speaker and date lines under the "
        "title (neutral; the date is the date); the speech title keeps the speaker's role as given; a table of "
        "contest results one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【支部风采】在公司党支部“岗位建功”技能比武总结会上的讲话_觚川非公党建网</title></head>
<body>
<div class="top">⟦m 觚川非公党建网⟧　⟦m 中共觚川县非公有制经济组织和社会组织工作委员会主办⟧</div>
<div class="nav">⟦m 首页｜党建要闻｜支部风采｜党员先锋｜学习园地｜两新动态⟧</div>
<div class="loc">⟦m 当前位置：首页 > 支部风采⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：觚川县明厨厨具有限公司党支部　阅读：781⟧</div>
<div class="points">⟦a 阅读本文满3分钟可获得学习积分 1 分⟧</div>
<div class="text">
<p>公司党支部书记、总经理　冯立新</p>
<p>（2025年9月26日）</p>
{BODY}
</div>
<div class="scan">⟦a 扫一扫 手机上阅读本文⟧</div>
<div class="xg"><h4>⟦l 支部风采⟧</h4><ul><li>⟦l 县物流协会党支部开展“党员示范岗”评选⟧</li><li>⟦l 新兴领域党建工作现场推进会召开⟧</li></ul></div>
<div class="bottom">⟦m 觚川县委两新工委　地址：觚川县人民路18号⟧　⟦m 湘ICP备18009012号-2⟧</div>
</body></html>
""",
        body="""
同志们：
这次“岗位建功”技能比武历时一个月，全公司132名一线职工参赛，比出了技术，也比出了干劲。刚才宣读了获奖名单，我代表公司党支部向获奖的同志表示祝贺。
这次比武我们把隔热手套生产线作为主赛场，设置了三个项目：
比赛项目　参赛人数　一等奖
硅胶压模　46　周小燕
缝制包边　58　潘桂兰
成品检验　28　党员 雷振华
从成绩看，获得一等奖的三名同志中有两名是党员，检验项目前五名里有四名党员，党员先锋作用发挥得比较好。
下一步，支部要把这次比武中总结出来的操作方法编成口诀，在车间推广，让每一副隔热手套都经得起客户检验。
""",
    ),
    dict(
        slug="dangjian-zhishan-summary-volunteer-pump-points",
        site="觯山先锋网 (invented, Party-building text)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zsxianfeng.example.cn/dyzy/2025/1105/2210.html",
        title="城关镇党员志愿服务队“便民打气点”项目工作总结",
        record_title="党员志愿服务｜城关镇党员志愿服务队“便民打气点”项目工作总结",
        date="2025-11-03",
        date_also=["2025-11-05"],
        notes="decorated record title; a 发布日期 byline two days after the 成文日期 (also accepted); a table of "
        "service counts; a sentence inviting people to 扫码 kept as content; share row and site footer",
        page="""
!m 觯山先锋网　中共觯山县委组织部主办
!m 首页 » 党员志愿 » 服务项目
!t 党员志愿服务｜城关镇党员志愿服务队“便民打气点”项目工作总结
!m 发布日期：2025-11-05　来源：城关镇党委　字数：412
{BODY}
!l 分享：微信｜QQ｜复制链接
!l 推荐阅读：党员“敲门行动”走进老旧小区
!m 主办：中共觯山县委组织部　备案号：湘ICP备20031876号
""",
        body="""
今年4月以来，城关镇党员志愿服务队在镇区设立了6个“便民打气点”，为群众免费提供自行车、电动车打气服务。现将半年来的工作情况总结如下。
一、基本情况
每个打气点配备立式打气筒2台、电动充气泵1台，由所在社区党员轮流值守。
打气点　服务次数　参与党员
农贸市场东门　3860　14
县一中北门　2975　11
汽车站广场　2410　9
二、主要做法
打气点统一挂牌，公示值守党员姓名和电话；群众可扫描牌子上的二维码反映设备损坏情况，志愿服务队24小时内派人维修。
三、下一步打算
计划在2026年新增4个打气点，并为打气点加装雨棚。
城关镇党员志愿服务队
2025年11月3日
""",
    ),
    dict(
        slug="hospital-youhu-news-burns-mitts-booking-float",
        site="卣湖县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yhxrmyy.example.com/ksdt/shaoshang/2025/1230/1893.html",
        title="节前烫伤患者增多 烧伤科医生提醒：隔热手套湿了别用",
        record_title="节前烫伤患者增多 烧伤科医生提醒：隔热手套湿了别用_科室动态_卣湖县人民医院",
        date="2025-12-30",
        notes="a hospital site: booking float and a 24-hour hotline in the header; 发布时间 byline (the page's date); "
        "the burns department's own 咨询电话 in the body beside the hospital's lines; photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>节前烫伤患者增多 烧伤科医生提醒：隔热手套湿了别用_科室动态_卣湖县人民医院</title></head>
<body>
<div class="top">⟦m 卣湖县人民医院　二级甲等综合医院⟧　⟦m 24小时急救电话：0746-3312120⟧</div>
<div class="nav">⟦m 医院概况　新闻中心　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="weizhi">⟦m 首页 >> 新闻中心 >> 科室动态⟧</div>
<h3>{T}</h3>
<div class="rq">⟦m 发布时间：2025-12-30　作者：烧伤整形科 石蕾　浏览：466⟧</div>
<div class="wz">
{BODY}
</div>
<div class="fx">⟦l 分享到：微信好友 朋友圈 微博⟧</div>
<div class="float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦w 在线咨询⟧</div>
<div class="foot">⟦m 医院地址：卣湖县迎宾大道66号　预约挂号电话：0746-3319999⟧<br>⟦d Copyright © 2025 卣湖县人民医院 版权所有⟧</div>
</body></html>
""",
        body="""
临近元旦、春节，家家户户开始蒸馒头、炸年货，我院烧伤整形科接诊的手部烫伤患者明显增多，近一周就有11人，其中7人是在取蒸笼、端烤盘时烫伤的。
接诊医生石蕾介绍，不少患者是戴着隔热手套被烫伤的。“手套湿了、破了还在用，或者用薄毛巾代替，热量和蒸汽很快就会透过来。”
⟦m 图为医生为烫伤患者换药。⟧
医生提醒，隔热手套要保持干燥，发现变薄、破洞要及时更换；端取蒸笼时先关火，让蒸汽散一散再动手。
一旦烫伤，应立即用流动的凉水冲洗15至30分钟，不要涂抹牙膏、酱油，水疱不要自行挑破，并及时到医院就诊。
烧伤整形科咨询电话：0746-3312836（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-bucheng-tips-baby-food-ice-tray",
        site="簠城市妇幼保健院 (invented, text)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.bcfybj.example.org/jkkp/2025/03/0318-2.html",
        title="用冰格冻辅食，这几点要注意",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="title and date from the record; a hospital page: header with booking and hotline lines, a 发布日期 "
        "byline with the same date; a numbered list; an expert card and a follow-the-account prompt at the end",
        page="""
!m 簠城市妇幼保健院 · 健康科普
!m 预约挂号 ｜ 检查报告 ｜ 孕妇学校 ｜ 服务热线 0731-8802 6600
{T}
!m 发布日期：2025-03-18　来源：营养科　点击：2051
{BODY}
!m 审核专家：营养科主任医师 钟慧敏
!a 关注“簠城妇幼”公众号，获取更多育儿知识
!l 上一篇：宝宝湿疹，到底要不要忌口？
!l 下一篇：春季儿童过敏高发，家长要做好这些防护
!m 地址：簠城市解放西路219号　湘ICP备10026634号
""",
        body="""
不少家长习惯一次做好几天的辅食，用冰格分装冷冻，吃的时候取一两块加热，既省事又方便。营养科医生提醒，这样做要注意以下几点：
1．冰格要专用。给宝宝冻辅食的冰格不要再用来冻冰块或其他食物，每次用完都要清洗消毒、晾干。
2．做好立即冷冻。辅食做好后稍凉就要分装冷冻，不要在室温下放置过久。
3．标好日期。冻好的辅食块可以转到密封袋里，写上名称和日期，冷冻保存一般不超过一周。
4．加热要彻底。取出后隔水加热或蒸热，搅拌均匀后试好温度再喂；已经加热过的辅食不要再次冷冻。
""",
    ),
    dict(
        slug="university-lianwan-news-smart-peephole-patent-h1",
        site="琏湾大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lwu.example.edu.cn/info/1012/38841.htm",
        title="我校学生团队研发防撬智能门镜获国家实用新型专利授权",
        record_title=None,
        date="2025-10-17",
        notes="no record title: the page's <h1>; a university news page with 发布时间 (the page's date), a "
        "photo caption, a contributor/editor line glued after the last paragraph; campus links in the footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>琏湾大学新闻网</title></head>
<body>
<div class="header">⟦m 琏湾大学新闻网⟧　⟦m 明德 格物 笃行⟧</div>
<div class="menu">⟦m 首页 | 琏大要闻 | 综合新闻 | 院部动态 | 学术科研 | 媒体琏大⟧</div>
<div class="pos">⟦m 当前位置：首页 > 院部动态 > 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-10-17　来源：机电工程学院　点击数：1265⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="prevnext">⟦l 上一条：我校举行2025年秋季运动会⟧<br>⟦l 下一条：学校召开研究生培养工作推进会⟧</div>
<div class="foot">⟦m 地址：琏湾区学府路1号　邮编：415009⟧　⟦m 琏湾大学党委宣传部 版权所有⟧</div>
</body></html>
""",
        body="""
近日，机电工程学院“守门人”大学生创新团队研发的“一种防撬智能门镜”获国家实用新型专利授权。
团队指导老师龚卫东介绍，传统门镜从门外容易被拆卸，不法分子可以借助工具从门镜孔伸入开门。团队设计的智能门镜在镜筒内加装了防撬卡环和震动传感器，门镜一旦被外力拧动，手机就会收到提醒。
⟦m 团队成员在调试智能门镜样机⟧
团队负责人、2022级学生严子航说，团队先后走访了12个老旧小区，听取居民和锁具店师傅的意见，样机改了五版才定型。
目前，该团队正与本地一家五金企业洽谈成果转化事宜。⟦m （通讯员 何佳怡　编辑 韦一鸣）⟧
""",
    ),
    dict(
        slug="university-bucheng-rule-cleanroom-lint-roller",
        site="簠城医学院实验室与设备管理处 (invented, text)",
        style="高校官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://sbc.bcmc.example.edu.cn/gzzd/2025/0612.html",
        title="细胞培养洁净实验室人员进出管理规定",
        record_title="细胞培养洁净实验室人员进出管理规定-规章制度-实验室与设备管理处",
        date=None,
        notes="decorated record title; a university office page: office banner, breadcrumb, view count, "
        "attachment-download line and print/close row; 第N条 articles, one of which speaks of 打印 as content; "
        "no date (a rule with no date)",
        page="""
!m 簠城医学院 · 实验室与设备管理处
!m 首页 / 规章制度 / 实验室安全
!t 细胞培养洁净实验室人员进出管理规定
!m 作者：实验室与设备管理处　浏览次数：308
{BODY}
!a 附件下载：洁净实验室进出登记表.xlsx
!a 【打印】【关闭】
!m 版权所有 © 簠城医学院 实验室与设备管理处　地址：簠城市杏林路8号
""",
        body="""
第一条　为保持细胞培养洁净实验室的洁净度，防止人员进出带入尘埃和纤维，制定本规定。
第二条　进入洁净实验室的人员须经实验室安全培训并考核合格，临时来访人员须由实验室负责人陪同。
第三条　进入缓冲间前，应更换专用拖鞋，穿戴洁净服、帽子和口罩；穿戴完毕后，用粘毛器将洁净服表面由上至下滚粘一遍，重点处理袖口和后背。
第四条　粘毛器粘纸每使用一人次后撕去一层，缓冲间内应常备备用粘纸。
第五条　进出人员须在登记表上签字，登记表每月由实验室管理员打印存档。
第六条　本规定由实验室与设备管理处负责解释，自印发之日起施行。
""",
    ),
]
