"""holdout107, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (two each). Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenjin-html-legal-aid-how-to-apply",
        site="问津问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenjinqa.example.com/q/5520917",
        title="农民工讨薪怎么申请法律援助？",
        record_title=None,
        date="2025-01-16",
        notes="Q&A page: the question is the title (missing from the record); 回答于 gives the page date; vote bar, other answers and a lawyer-consult float; a numbered list and the centre's own hotline kept",
        page="""
<html><head><meta charset="utf-8"><title>农民工讨薪怎么申请法律援助？ - 问津问答</title></head><body>
<div class="hd">⟦m 问津问答⟧ <input placeholder="搜索你感兴趣的问题"> ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：匿名用户　浏览 3,190 次⟧</p></div>
<div class="best"><div class="who">⟦m 最佳回答　砥原县法律援助中心 陆律⟧ ⟦m 回答于 2025-01-16⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 有用(128)　没用(3)　评论(9)⟧</div></div>
<div class="more">⟦l 其他 4 条回答⟧</div>
<div class="float">⟦w 在线律师1对1免费咨询，3分钟回复⟧</div>
<div class="ft">⟦d 回答内容仅供参考，不构成法律意见⟧ ⟦m © 2025 问津问答⟧</div>
</body></html>
""",
        body="""
农民工追索劳动报酬，申请法律援助不需要审查经济困难条件。具体可以这样办：
1. 带上身份证、能证明劳动关系的材料，比如工资条、考勤记录、工友证言、聊天记录等。
2. 到用工单位所在地或者本人户籍地的法律援助中心窗口申请，也可以拨打12348公共法律服务热线咨询。
3. 法律援助中心一般在七个工作日内作出是否给予援助的决定，符合条件的会指派律师免费代理。
我们中心的值班电话是0735-8812348，工作日都有律师值班。
""",
    ),
    dict(
        slug="qa-chahu-text-oolong-apprentice-summary-answer",
        site="茶壶问答社区 (invented)",
        style="问答社区",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://ask.chahu.example.net/question/77102",
        title="乌龙茶制茶学徒实习总结",
        record_title="乌龙茶制茶学徒实习总结怎么写？求范文",
        date=None,
        notes="a Q&A whose record title is the question; the answer holds the sample summary; relative times (2小时前, 昨天) are not dates; the answerer's line and the 'write for you' prompt are chrome",
        page="""
!m 茶壶问答社区 › 职场写作
!t 乌龙茶制茶学徒实习总结怎么写？求范文
!m 提问于 昨天 19:22　　3 个回答
!m 答主：焙火二十年　2小时前
{BODY}
!l 赞同 46　　收藏　　举报
!w 需要定制总结，私信我，包过审
!l 相关问题：茶厂实习周记怎么写？
""",
        body="""
乌龙茶制茶学徒实习总结
今年四月至九月，我在磻溪一家茶厂跟着师傅实习，先后参与了春茶和秋茶两季的制作。
一是学会了看青做青。摇青是乌龙茶的关键，师傅教我看叶缘红边、闻青气转花香，判断什么时候停摇。
二是学会了焙火。焙火讲究低温慢焙，我在焙笼边守了二十多个夜晚，学会了用手背感受温度。
三是认识到自己的不足。我对不同山场茶青的差别还分辨不清，今后要多跑茶山，多向老师傅请教。
""",
    ),
    dict(
        slug="anthology-gaoyuan-text-snow-leopard-ranger-essay",
        site="高原行吟集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://gaoyuanxy.example.org/wenji/juan3/21.html",
        title="巡山十年记",
        record_title="《高原行吟集》卷三·第21篇｜巡山十年记",
        date="2024-11-05",
        notes="a collection chapter page; decorated title with a volume and number; date in Chinese numerals at the end; chapter navigation and a font-size row are chrome",
        indent="\u3000\u3000",
        gap=True,
        page="""
!m 高原行吟集　作者：尕玛
!l 目录 ｜ 上一篇：牧场的春天 ｜ 下一篇：雪线之上
!t 《高原行吟集》卷三·第21篇｜巡山十年记
!a 字号：小 中 大　背景：白 米 夜
{BODY}
!l 返回目录
!d 本文集文字均为作者原创，转载请先征得同意
""",
        body="""
十年前，我从牧民成了一名雪豹巡护员。第一次上山，我连雪豹的脚印都认不出来。
老队长教我看岩壁上的刮痕，闻石头缝里的气味，告诉我雪豹总是沿着山脊走。
这十年，我们在巡护线上装了四十多台红外相机，拍到的雪豹从最初的三只，增加到现在的十七只。
有人问我苦不苦。冬天零下三十度，一走就是十几天，说不苦是假的。可是每次在相机里看到雪豹带着幼崽走过，我就觉得值。
二〇二四年十一月五日于矶岭
""",
    ),
    dict(
        slug="anthology-yeshu-html-antelope-station-retired-chief",
        site="野书斋文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://yeshuzhai.example.net/cun/2025/antelope-station.html",
        title="在措勒保护站建站三十周年座谈会上的发言",
        record_title="野书斋文存 · 在措勒保护站建站三十周年座谈会上的发言",
        date="2025-03-18",
        notes="personal collection page with reading settings; the speaker line under the title is neutral; date under the title; the speaker keeps the role the document gives",
        page="""
<html><head><meta charset="utf-8"><title>野书斋文存 · 在措勒保护站建站三十周年座谈会上的发言</title></head><body>
<div class="top">⟦m 野书斋文存⟧ ⟦m 旧稿新抄，聊以自存⟧</div>
<div class="toc">⟦l 文存目录⟧ ⟦l 随笔⟧ ⟦l 讲稿⟧ ⟦l 书信⟧</div>
<div class="setting">⟦a 阅读设置：护眼模式 · 宋体 · 楷体⟧</div>
<h1>{T}</h1>
<p class="sub">保护站原站长　才让多吉</p>
<p class="sub">（2025年3月18日）</p>
<div class="body">
{BODY}
</div>
<div class="pn">⟦l ← 上一篇：给年轻队员的一封信⟧　⟦l 下一篇：风雪索加路 →⟧</div>
<div class="ft">⟦d 文存所收均为本人旧稿，仅供亲友阅览⟧</div>
</body></html>
""",
        body="""
同志们，朋友们：
三十年前，保护站只有三顶帐篷、两辆旧吉普。那时候藏羚羊不到两万只，盗猎分子的枪声就在耳边。
三十年来，一代代队员在无人区里巡山、反盗猎、救助受伤的小羊，有的同志把生命留在了这片土地上。
今天，藏羚羊已经恢复到七万多只，这是国家保护的成果，也是全体队员用青春换来的。
我已经退休了，但心还在保护站。希望年轻的同志们把这份事业接下去，守好这片高原。
""",
    ),
    dict(
        slug="dangjian-huanan-html-crested-ibis-party-lecture",
        site="华南林业党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.hnly.example.gov.cn/dkjt/2024/0701/308.html",
        title="守护朱鹮　践行初心——在保护区党支部主题党课上的讲稿",
        record_title="【党课讲堂】守护朱鹮　践行初心——在保护区党支部主题党课上的讲稿",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="Party-building page: video placeholder and study-platform QR; date in Chinese numerals under the lecture title (neutral line); the portal's 发布时间 differs (accepted too); decorated title",
        page="""
<html><head><meta charset="utf-8"><title>【党课讲堂】守护朱鹮　践行初心——在保护区党支部主题党课上的讲稿</title></head><body>
<div class="hd">⟦m 华南林业党建网⟧ ⟦m 不忘初心　牢记使命⟧</div>
<div class="nav">⟦m 首页　支部建设　党课讲堂　先锋风采　廉政教育⟧</div>
<div class="crumb">⟦m 首页 > 党课讲堂⟧</div>
<h1>⟦t 【党课讲堂】守护朱鹮　践行初心——在保护区党支部主题党课上的讲稿⟧</h1>
<div class="info">⟦m 发布时间：2024-07-01　来源：保护区党支部　浏览：517⟧</div>
<p class="c">保护区党支部书记　何朝阳</p>
<p class="c">（二〇二四年六月二十八日）</p>
<div class="video">⟦a 点击播放党课视频⟧</div>
<div class="content">
{BODY}
</div>
<div class="qr">⟦a 扫码登录学习平台，记录学习积分⟧</div>
<div class="ft">⟦m 主办：华南林业局机关党委⟧　⟦m 粤ICP备09018830号⟧</div>
</body></html>
""",
        body="""
同志们：
今天这堂党课，我想和大家讲讲朱鹮，讲讲我们这些守鹮人。
四十多年前，野生朱鹮在全世界只剩下七只。老一辈护鸟人住在山里，风餐露宿，一守就是一辈子。
今天，朱鹮种群已经发展到一万多只，我们保护区也迎来了野外放归的第十个年头。
作为党员，我们要把守护朱鹮当作践行初心的具体行动：巡护要走到位，监测要记准确，宣传要进村入户。
希望每一名党员都做朱鹮的守护者，让这一抹“东方红”在我们这一代人手里越飞越多。
""",
    ),
    dict(
        slug="dangjian-jiangcheng-text-sandbag-depot-pledge",
        site="江城机关党建 (invented)",
        style="党建网",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.jcjgdj.example.gov.cn/xfzl/2025/0608/91.html",
        title="防汛物资仓库党员突击队承诺书",
        record_title="防汛物资仓库党员突击队承诺书_江城机关党建",
        date="2025-06-08",
        notes="Party-building text page; a sandbag stock table kept; a like/share row between paragraphs; a 学习强国-like link row and a print link at the bottom",
        page="""
!m 江城机关党建 ｜ 先锋指南
!m 当前位置：首页 → 先锋阵地 → 支部风采
{T}
!m 2025-06-08　江城市防汛物资储备中心党支部
{BODY}
!a 打印本页　关闭窗口
!l 友情链接：共产党员网 · 江城市政府
""",
        body="""
汛期将至，为确保防汛物资随调随到，我们防汛物资仓库党员突击队郑重承诺：
一、二十四小时在岗。主汛期实行党员带班，接到调令后三十分钟内完成装车。
二、物资底数清楚。现有储备如下：
品名　数量　存放库区
编织袋　120000条　一号库
吸水膨胀袋　8000条　二号库
救生衣　1500件　三号库
⟦l 点赞 32　转发 9⟧
三、冲锋在前。遇有险情，党员第一时间赶赴一线，哪里需要就到哪里。
江城市防汛物资储备中心党支部
2025年6月8日
""",
    ),
    dict(
        slug="hospital-jiangwan-html-cupping-clinic-hours",
        site="江湾市中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jwszyy.example.cn/news/gg/2024/1104/1122.html",
        title="关于调整拔罐刮痧门诊服务时间的公告",
        record_title="关于调整拔罐刮痧门诊服务时间的公告 - 江湾市中医院",
        date="2024-11-04",
        notes="hospital site with a floating consult box; the department's own 咨询电话 kept next to the hospital's 预约挂号 line (chrome); a time table kept; 【患者服务】 column",
        page="""
<html><head><meta charset="utf-8"><title>关于调整拔罐刮痧门诊服务时间的公告 - 江湾市中医院</title></head><body>
<div class="top">⟦m 江湾市中医院 三级甲等中医医院⟧ ⟦w 预约挂号：0731-85520120⟧</div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　新闻中心⟧</div>
<div class="loc">⟦m 新闻中心 > 医院公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2024-11-04　作者：门诊部⟧</div>
<div class="content">
{BODY}
</div>
<div class="kf">⟦w 在线问诊⟧ ⟦w 专家咨询⟧ ⟦a 返回顶部⟧</div>
<div class="ft">⟦m 地址：江湾市芙蓉路108号⟧ ⟦m 湘ICP备06011298号-2⟧</div>
</body></html>
""",
        body="""
广大患者朋友：
为方便上班族就诊，自2024年11月11日起，我院针灸推拿科拔罐刮痧门诊服务时间调整如下：
星期　上午　下午　晚间
周一至周五　8:00-12:00　14:30-17:30　18:30-20:30
周六、周日　8:00-12:00　14:30-17:30　停诊
晚间门诊以拔罐、刮痧、艾灸等项目为主，不开放专家号。
科室咨询电话：0731-85520366
特此公告。
江湾市中医院门诊部
2024年11月4日
""",
    ),
    dict(
        slug="hospital-leshan-text-lost-and-found-rules",
        site="乐善县人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.lsxrmyy.example.com/zd/2025/0115/62.html",
        title="门诊大厅失物招领管理规定",
        record_title="【院务公开】门诊大厅失物招领管理规定",
        date="2025-01-15",
        notes="hospital page; decorated title; articles speak of 扫码 and 打印 (kept); a hospital slogan line and a WeChat follow line as chrome; signature date",
        page="""
!m 乐善县人民医院　厚德　精医　乐善
!m 首页 ＞ 院务公开 ＞ 规章制度
!t 【院务公开】门诊大厅失物招领管理规定
!m 日期：2025-01-15　点击：208
{BODY}
!a 关注“乐善县人民医院”服务号，挂号缴费更方便
!m 乐善县人民医院 版权所有
""",
        body="""
一、门诊大厅服务台为失物招领点，负责拾得物品的登记、保管和认领。
二、工作人员收到拾得物品后，应当场登记物品名称、拾得时间和地点，贵重物品须两人共同清点。
三、失主可扫描服务台的失物招领二维码查询登记信息，认领时须出示有效身份证件。
四、超过三个月无人认领的物品，由保卫科打印清单，按规定统一处理。
五、本规定自发布之日起执行。
乐善县人民医院
2025年1月15日
""",
    ),
    dict(
        slug="university-lingnan-html-weather-radar-news",
        site="岭南理工大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lnlg.example.edu.cn/info/1002/18844.htm",
        title="我校X波段天气雷达观测站正式投入运行",
        record_title="我校X波段天气雷达观测站正式投入运行-岭南理工大学新闻网",
        date="2025-04-09",
        notes="university news page: byline with 作者/摄影/审核; photo caption between paragraphs; a 'share to' bar and a related list; the university's slogan line",
        page="""
<html><head><meta charset="utf-8"><title>我校X波段天气雷达观测站正式投入运行-岭南理工大学新闻网</title></head><body>
<div class="logo">⟦m 岭南理工大学新闻网⟧ ⟦m 博学笃行　格物致新⟧</div>
<div class="nav">⟦m 首页　综合新闻　学院动态　媒体理工　校园人物⟧</div>
<h1>{T}</h1>
<div class="ainfo">⟦m 时间：2025-04-09　作者：大气科学学院　摄影：梁宇　审核：邵青⟧ ⟦m 浏览次数：1034⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="bdshare">⟦l 分享到：⟧</div>
<div class="xg"><h4>⟦l 相关新闻⟧</h4><p>⟦l 大气科学学院举办气象开放日⟧</p><p>⟦l 我校学子获全国气象知识竞赛一等奖⟧</p></div>
<div class="ft">⟦m 版权所有：岭南理工大学党委宣传部⟧</div>
</body></html>
""",
        body="""
4月8日，我校X波段双偏振天气雷达观测站在图书馆楼顶正式投入运行。
该雷达探测半径六十公里，每六分钟完成一次体积扫描，可对短时强降水、冰雹等灾害性天气进行精细观测。
⟦m 图为雷达观测站外景⟧
大气科学学院院长卢振华介绍，观测数据将接入市气象台业务平台，同时用于本科生实习和研究生科研。
下一步，学院将与市气象局共建联合实验室，开展城市暴雨临近预报研究。
""",
    ),
    dict(
        slug="university-beichuan-text-eucommia-institute-minutes",
        site="北川农林大学 (invented)",
        style="高校官网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://dzy.bcnl.example.edu.cn/tzgg/2024/1212/433.html",
        title="杜仲研究所学术委员会2024年第二次会议纪要",
        date="2024-12-10",
        date_also=["2024-12-12"],
        notes="university institute page; minutes' 时间/地点/主持/出席/记录 lines kept; vote count kept; meeting date vs posting date (accepted too); email of the institute kept",
        page="""
!m 北川农林大学杜仲研究所
!m 首页 | 研究所概况 | 科研团队 | 通知公告
{T}
!m 发布者：所办公室　发布时间：2024-12-12　阅读：96
{BODY}
!l 上一条：关于申报2025年校级科研项目的通知
!m 地址：北川市农大路1号　邮编：621000
""",
        body="""
时间：2024年12月10日14:30
地点：林学楼412会议室
主持：所长 黎文博
出席：学术委员会委员九人
记录：祁敏
一、会议听取了杜仲胶提取工艺中试项目进展汇报，同意项目进入第二阶段。
二、会议审议了三名青年教师申报校级科研项目的材料，经无记名投票，九票同意推荐两项。
三、会议商定，2025年上半年举办杜仲产业技术研讨会，会务联系邮箱为duzhong_lab@example.edu.cn。
""",
    ),
]
