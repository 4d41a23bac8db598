"""holdout95, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网, 地方论坛 — a crane
reserve, a swan lake, Chaozhou, Jin, Huagu and Huadeng opera, Shandong kuaishu, a drum-ballad
troupe, an erhu society, a chime-bell ensemble, a container terminal. Invented text."""

CASES = [
    dict(
        slug="qa-zhidao-html-crane-reserve-answer",
        site="知道圈 (invented)",
        style="问答社区",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://zhidaoquan.example.com/q/77120453",
        title="保护丹顶鹤倡议书",
        record_title="保护丹顶鹤倡议书范文有哪些？",
        date=None,
        notes="Q&A HTML: question title decorated; answer's vote bar and answerer card; an ad box between paragraphs; no date in the document (the answer's '2年前' is relative)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>保护丹顶鹤倡议书范文有哪些？ - 知道圈</title></head><body>
<div class="hdr">⟦m 知道圈⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<h1>⟦t 保护丹顶鹤倡议书范文有哪些？⟧</h1>
<div class="q">⟦m 提问于 2年前 · 3 个回答 · 1.8万 浏览⟧</div>
<div class="ans"><div class="user">⟦m 鹤乡志愿者 · 自然保护区工作人员⟧</div>
{BODY}
<div class="vote">⟦a ▲ 赞同 402　▼　💬 19 条评论　☆ 收藏　⤴ 分享⟧</div></div>
<div class="more">⟦l 查看全部 3 个回答⟧</div>
<div class="foot">⟦d 回答内容仅代表答主个人观点⟧ ⟦m © 知道圈 沪ICP备18066201号⟧</div>
</body></html>
""",
        body="""
亲爱的市民朋友们：
丹顶鹤是国家一级保护野生动物，每年秋冬，都有数百只丹顶鹤飞来我市湿地越冬。
⟦a 【广告】观鸟望远镜 限时五折 立即抢购⟧
为了让丹顶鹤安心越冬，我们倡议：
一、观鸟时保持安静，与鹤群保持三百米以上的距离，不驱赶、不投喂。
二、不在保护区内放牧、捕鱼，不燃放烟花爆竹。
三、发现受伤或死亡的丹顶鹤，及时拨打保护区救护电话。
让我们携起手来，守护“湿地仙子”，共建人与自然和谐共生的美好家园。
""",
    ),
    dict(
        slug="collection-laozhou-speech-swan-lake",
        site="周晓川文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.zhouxiaochuan-wj.example.com/wenji/juan3/045.html",
        title="在天鹅湖湿地保护志愿者表彰会上的讲话",
        record_title="在天鹅湖湿地保护志愿者表彰会上的讲话",
        date="2024-12-22",
        notes="a retired official's collection: volume/chapter nav; a date under the title in parentheses; 'previous/next chapter' and catalogue rows; the author's note at the end is chrome",
        page="""
!m 周晓川文集 · 卷三 讲话选编
!l 目录 | 上一篇 | 下一篇
{T}
（2024年12月22日）
{BODY}
!d 【作者附记】本文据当天讲话录音整理，收入文集时略有删改。
!l ← 上一篇：在候鸟保护宣传月启动仪式上的讲话　　下一篇：在湿地公园开园仪式上的致辞 →
!m 本文集由作者家属整理上网　联系邮箱：zxcwj@example.com
""",
        body="""
同志们，志愿者朋友们：
一年来，天鹅湖湿地保护志愿者队伍不断壮大，注册志愿者已达一千三百人。
大家冒着严寒巡护湖区，劝阻非法捕鱼二百余次，救助受伤天鹅三十一只。
今天受到表彰的五十名优秀志愿者，就是这支队伍中的佼佼者。希望大家再接再厉，继续为保护天鹅湖作出新的贡献。
""",
    ),
    dict(
        slug="collection-html-chaozhou-opera-essay",
        site="潮音书屋 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://chaoyinshuwu.example.cn/essays/2025/chaoju-xinde.html",
        title="学唱潮剧三年的几点体会",
        record_title="学唱潮剧三年的几点体会（随笔）",
        date="2025-02-16",
        notes="personal-collection HTML with a chapter sidebar and a 'reading settings' toolbar; the essay's own date at the end; a footnote-like copyright line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学唱潮剧三年的几点体会（随笔） · 潮音书屋</title></head><body>
<div class="tool">⟦a 阅读设置：字号 A- A+　背景 ☀ ☾⟧</div>
<nav class="chap"><p>⟦l 第一辑　乡音⟧</p><p>⟦l 第二辑　戏缘⟧</p><p>⟦l 第三辑　杂记⟧</p></nav>
<h1>⟦t 学唱潮剧三年的几点体会（随笔）⟧</h1>
<div class="by">⟦m 潮音书屋 · 第二辑 戏缘 · 字数 412⟧</div>
{BODY}
<div class="nav2">⟦l 上一章　目录　下一章⟧</div>
<div class="cp">⟦d 潮音书屋文字均为原创，未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
退休以后，我报名参加了社区潮剧班，一唱就是三年。
第一点体会是，学戏先学字。潮剧唱词用潮州话，每个字的声调都要咬准，否则味道就全变了。
第二点体会是，要多听老唱片。我把班里老师推荐的十几张唱片反复听，边听边记谱。
第三点体会是，唱戏也是交朋友。戏班里的老姐妹们互相帮助，日子过得充实又快乐。
2025年2月16日于玑湾
""",
    ),
    dict(
        slug="dangjian-jinju-report-party-branch",
        site="瑜塘党建网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.yutangdj.example.gov.cn/zbjs/2025/0115/3301.html",
        title="县晋剧团党支部书记2024年抓基层党建工作述职报告",
        record_title="县晋剧团党支部书记2024年抓基层党建工作述职报告",
        date="2025-01-15",
        notes="Party-building site: slogan line, 'study' column nav, a 'join the study' action between paragraphs; 述职人 line under title neutral; date from the page byline (发布时间)",
        page="""
!m 瑜塘党建网　不忘初心　牢记使命
!l 党建要闻 ｜ 支部建设 ｜ 党员教育 ｜ 先锋风采
!m 您当前的位置 ▷ 支部建设 ▷ 述职评议
{T}
!m 发布时间：2025-01-15　作者：县委组织部　字号：【大】【中】【小】
述职人：县晋剧团党支部书记　梁晋生
{BODY}
!l ▲ 返回顶部
!d 瑜塘党建网版权所有　未经授权不得转载
""",
        body="""
2024年，我认真履行抓基层党建第一责任人职责，团结带领剧团党支部和全体党员，推动党建与演出业务深度融合。
一、主要做法。坚持“三会一课”制度，全年召开支部党员大会四次，讲党课三次；组建党员送戏下乡先锋队，全年演出一百六十场。
⟦a ➤ 点击进入“学习园地”专栏⟧
二、存在不足。党员教育方式比较单一，对青年演员的政治引领还不够。
三、下步打算。把发展青年演员入党作为重点，力争今年发展党员两名。
""",
    ),
    dict(
        slug="dangjian-html-huagu-opera-lecture",
        site="珩城机关党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://jgdj.hengcheng.example.gov.cn/djdt/202506/t20250627_8812.html",
        title="用花鼓戏讲好党的故事——在文艺党课展演活动上的讲话",
        record_title=None,
        date="2025-06-27",
        notes="no record title; Party-building HTML; speaker line neutral; date line under the title; a video-player placeholder and a 'recommended lessons' sidebar; a 'scan to study' box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>珩城机关党建</title></head><body>
<div class="head">⟦m 珩城机关党建⟧ ⟦m 市直机关工委主办⟧</div>
<div class="menu">⟦l 首页 / 工作动态 / 理论学习 / 支部风采 / 下载中心⟧</div>
<h1>⟦t 用花鼓戏讲好党的故事——在文艺党课展演活动上的讲话⟧</h1>
<p>市直机关工委书记　任晓东</p>
<p>（2025年6月27日）</p>
<div class="video">⟦a ▶ 播放视频 03:42⟧</div>
<div class="con">
{BODY}
</div>
<div class="side"><p>⟦l 精品党课推荐⟧</p><p>⟦l ·微党课《渡江》⟧</p><p>⟦l ·情景党课《家书》⟧</p></div>
<div class="qr">⟦a 扫码进入“珩城机关党建”学习平台⟧</div>
<div class="ft">⟦m 主办：中共珩城市直属机关工作委员会　电话：0736-7218800⟧</div>
</body></html>
""",
        body="""
同志们：
今天的文艺党课展演，市花鼓戏剧院把党史故事搬上舞台，用群众喜闻乐见的方式讲党课，效果很好。
党课不一定都在会议室里讲，也可以在舞台上唱、在田间地头讲。
希望各机关党组织借鉴这种做法，创新党课形式，让党的创新理论更加深入人心。
""",
    ),
    dict(
        slug="hospital-kangning-notice-huadeng-volunteers",
        site="瑛川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.ycxrmyy.example.cn/yyxw/tzgg/2025/0301/412.html",
        title="关于组织花灯戏志愿演出队进病区慰问的通知",
        record_title="关于组织花灯戏志愿演出队进病区慰问的通知",
        date="2025-03-01",
        notes="hospital site: the 预约挂号 hotline and a 'mobile hospital' prompt as chrome; the notice's own 联系人/电话 kept; date under the signature",
        page="""
!m 瑛川县人民医院　二级甲等综合医院
!a 预约挂号 ｜ 检查报告查询 ｜ 就医指南
!w 24小时急救电话：0872-6120120
!m 首页 >> 医院新闻 >> 通知公告
{T}
!m 发布者：院办　日期：2025-03-01　浏览：233
{BODY}
!a 关注“瑛川县人民医院”服务号，掌上挂号更方便
!m 医院地址：瑛川县人民路18号　邮编：675800
""",
        body="""
各科室：
为丰富住院患者精神生活，院工会联合县花灯戏剧团组建志愿演出队，于3月每周五下午进病区开展慰问演出。
一、演出安排：第一周康复科，第二周老年病科，第三周肿瘤科，第四周儿科。
二、有关要求：各科室要提前安排好演出场地，确保不影响正常诊疗秩序；感染病区不安排演出。
联系人：院工会　毛晓燕　电话：6120318
瑛川县人民医院工会
2025年3月1日
""",
    ),
    dict(
        slug="hospital-html-container-terminal-heatstroke",
        site="玳港市职业病防治院 (invented)",
        style="医院官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.dgzfy.example.org.cn/jkxj/2025/0605/plan.html",
        title="集装箱码头作业人员防暑降温健康干预方案",
        record_title="集装箱码头作业人员防暑降温健康干预方案_玳港市职业病防治院",
        date="2025-06-05",
        notes="hospital HTML: a floating online-consult box, department nav; the plan's table (one row a paragraph) and numbered list kept; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>集装箱码头作业人员防暑降温健康干预方案_玳港市职业病防治院</title></head><body>
<div class="top">⟦m 玳港市职业病防治院⟧ ⟦m 守护劳动者健康⟧</div>
<div class="nav">⟦l 医院概况 科室导航 专家介绍 健康宣教 职业健康检查⟧</div>
<div class="pos">⟦m 当前位置：健康宣教 - 防治方案⟧</div>
<h1>⟦t 集装箱码头作业人员防暑降温健康干预方案⟧</h1>
<div class="info">⟦m 来源：职业健康科　时间：2025-06-05⟧</div>
<div class="txt">
{BODY}
</div>
<div class="float">⟦w 在线咨询　职业健康热线 0668-2350120⟧</div>
<div class="foot">⟦m 粤ICP备12039988号⟧ ⟦d 本站健康信息仅供参考，不能代替医生诊断⟧</div>
</body></html>
""",
        body="""
为预防集装箱码头高温作业人员中暑，保障劳动者健康，制定本方案。
一、干预对象：港区桥吊司机、理货员、绑扎工等露天作业人员。
二、干预措施：
1.调整作业时间，日最高气温达到三十七度时，中午十二时至十五时停止露天作业。
2.在作业区设置清凉驿站，免费供应含盐饮料。
3.开展中暑急救培训，每个班组至少有一名会急救的职工。
三、监测指标：
指标　目标值
中暑发生数　0例
急救培训覆盖率　100%
玳港市职业病防治院
2025年6月5日
""",
    ),
    dict(
        slug="university-kuaishu-news-dash-site",
        site="瑄湾师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.xwnu.example.edu.cn/info/1012/8854.htm",
        title="我校山东快书社团获全省大学生曲艺展演一等奖",
        record_title="我校山东快书社团获全省大学生曲艺展演一等奖-瑄湾师范学院新闻网",
        date="2025-11-28",
        notes="university news: site suffix; byline 发布时间; photo and editor lines; 'campus quick links' at the bottom; the title glued to the lead is not done here — instead repeated in a share card",
        page="""
!m 瑄湾师范学院新闻网
!l 首页　学校要闻　院部动态　媒体师院　校园文化
{T}
!m 发布时间：2025-11-28　文：学生工作处 霍佳怡　图：校团委　审核：邵平
{BODY}
!m 【供稿：学生工作处　编辑：柯晨】
!l 分享卡片：我校山东快书社团获全省大学生曲艺展演一等奖 —— 瑄湾师范学院
!l 校园快捷通道：信息门户　图书馆　教务系统　校历
""",
        body="""
11月26日，第五届全省大学生曲艺展演在省城举行，我校山东快书社团表演的《铁道卫士》获得一等奖。
《铁道卫士》由社团指导教师孔庆祥创作，讲述了一名铁路巡道工坚守岗位的故事。
⟦m 图为社团成员在展演现场表演⟧
该社团成立于2019年，现有成员四十余人，先后在省市曲艺比赛中获奖十一项。
""",
    ),
    dict(
        slug="university-html-drum-ballad-course-notice",
        site="琨岭大学艺术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://art.knu.example.edu.cn/tzgg/2025/0226/c3321a99102/page.htm",
        title="关于开设“京韵大鼓鉴赏与演唱”公共选修课的通知",
        record_title="关于开设“京韵大鼓鉴赏与演唱”公共选修课的通知",
        date="2025-02-26",
        record_date="2025-02-26",
        notes="university HTML with a left column menu, a 'print/close' row and a footer with the school address; a course-schedule table; the notice tells students to 登录 the course system — kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开设“京韵大鼓鉴赏与演唱”公共选修课的通知</title></head><body>
<div class="logo">⟦m 琨岭大学艺术学院⟧ ⟦l 学校主页 | English⟧</div>
<div class="col"><h3>⟦l 通知公告⟧</h3><ul><li>⟦l 学院新闻⟧</li><li>⟦l 教学科研⟧</li><li>⟦l 学生工作⟧</li></ul></div>
<div class="art"><h1>⟦t 关于开设“京韵大鼓鉴赏与演唱”公共选修课的通知⟧</h1>
<div class="meta">⟦m 作者：教务办　发布时间：2025-02-26　浏览次数：[ 570 ]⟧</div>
{BODY}
<div class="opt">⟦a [ 打印 ] [ 关闭 ]⟧</div></div>
<div class="ft">⟦m 地址：琨岭市大学城东路1号　邮编：650500⟧</div>
</body></html>
""",
        body="""
各学院：
为弘扬中华优秀传统文化，本学期艺术学院面向全校本科生开设“京韵大鼓鉴赏与演唱”公共选修课。
课程安排如下：
周次　时间　地点
第3至10周　周三晚7:00-8:40　艺术楼204
第11至16周　周三晚7:00-8:40　艺术楼排练厅
请有意选修的同学于3月5日前登录教务系统完成选课，限选六十人。
艺术学院
2025年2月26日
""",
    ),
    dict(
        slug="localforum-erhu-society-wrapped-junk",
        site="珞川在线社区 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.luochuanzx.example.com/thread-55801-1-1.html",
        title="珞川二胡学会2025年会员大会通知",
        record_title="珞川二胡学会2025年会员大会通知【转】",
        date="2025-04-12",
        notes="local forum: 【转】 decoration; hard-wrapped at 60 columns; forum junk lines; the notice's own 地点/电话 kept; the repost line chrome",
        wrap=60,
        junk=dict(lines=2, glued=1),
        page="""
!m 珞川在线社区 › 城事杂谈 › 文化活动
!t 珞川二胡学会2025年会员大会通知【转】
!m 楼主　弦外有音　|　发表于 2025-04-13 10:02　|　电梯直达
!d 本帖转自“珞川二胡学会”微信群，如有不妥请联系版主删除
{BODY}
!l 【回复】拉了四十年二胡，去凑个热闹！
!a 收藏(3)　分享　支持　反对
""",
        body="""
各位会员：
学会定于2025年4月27日（星期日）上午九点，在珞川市文化馆三楼多功能厅召开2025年会员大会。
大会议程：一、审议学会2024年工作报告和财务报告；二、增补理事；三、会员二胡合奏展示。
请会员带上会员证准时参会。不能参会的会员请提前向秘书处请假。
联系电话：13707731845（秘书处　牛老师）
珞川二胡学会
2025年4月12日
""",
    ),
    dict(
        slug="localforum-html-chime-bell-recruit",
        site="瑜塘百事通 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yutangbst.example.net/forum/t/90331",
        title="瑜塘编钟乐团招募青少年团员公告",
        record_title=None,
        date="2025-07-01",
        notes="no record title; local-forum HTML with sticky-post badge, a user card, a moderator's edit stamp and a hot-thread list; the announcement's own 咨询电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑜塘百事通 - 文体活动版</title></head><body>
<div class="hd">⟦m 瑜塘百事通⟧ ⟦l 首页 二手 招聘 房产 文体活动⟧</div>
<div class="badge">⟦l 【置顶】⟧</div>
<h2>⟦t 瑜塘编钟乐团招募青少年团员公告⟧</h2>
<div class="card">⟦m 楼主：编钟小陈　注册：2021-03　帖子：88⟧</div>
{BODY}
<div class="edit">⟦m 本帖最后由 版主-阿勇 于 2025-7-2 08:11 编辑⟧</div>
<div class="hot"><b>⟦l 本版热帖⟧</b><p>⟦l 暑期少儿游泳班哪家好？⟧</p><p>⟦l 周末去哪儿遛娃⟧</p></div>
<div class="ft">⟦d 帖子内容由网友发布，瑜塘百事通不承担由此引起的法律责任⟧</div>
</body></html>
""",
        body="""
瑜塘编钟乐团成立于2016年，是我县唯一一支编钟演奏团体。为培养编钟艺术后备人才，现面向社会招募青少年团员。
一、招募对象：八至十六周岁，热爱民族音乐，有一定乐理基础者优先。
二、培训安排：每周六下午集中训练，寒暑假安排集训，培训费用全免。
三、报名方式：携带户口本复印件到县文化馆二楼乐团办公室报名。
咨询电话：0575-8830216
瑜塘编钟乐团
2025年7月1日
""",
    ),
]
