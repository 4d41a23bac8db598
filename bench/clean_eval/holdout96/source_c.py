"""holdout96, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛. Invented text throughout."""

CASES = [
    dict(
        slug="collection-feiting-speech-airship-retire",
        site="云舟集（个人文集） (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://yunzhouji.wenji360.cn/juan2/p58.html",
        title="在飞艇总装车间退休欢送会上的发言",
        record_title="《云舟集》卷二·第58篇｜在飞艇总装车间退休欢送会上的发言",
        date="2019-12-27",
        notes="collection chapter nav; date in Chinese numerals under title; one-line body with indents",
        page="""
!m 云舟集 · 一个飞艇装配工的四十年
!m 目录 ｜ 卷一 厂志拾遗 ｜ 卷二 发言存稿 ｜ 卷三 书信
!t 《云舟集》卷二·第58篇｜在飞艇总装车间退休欢送会上的发言
{T}
二〇一九年十二月二十七日
{BODY}
!l ◁ 第57篇 给新进厂青工的一封信　　第59篇 囊体缝合工艺回忆 ▷
!m 本篇字数：412　收录时间：2021年春
!d 文集由作者本人整理，请勿转载。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位领导、各位师傅、年轻的同事们：
今天是我在总装车间的最后一天。一九八一年我进厂的时候，车间里只有两顶旧囊体、一台手摇绞车，我们这些学徒工是跟着老师傅一针一线学缝合。
四十年来，我参加了十一型飞艇的总装，最难忘的是第一次系留试飞，大家在机库外站了一整夜，看着它稳稳升起来，好多人都哭了。
我要感谢车间的培养，也要拜托年轻人：飞艇这行急不得，每一道工序都要对得起签字的那支笔。
谢谢大家！
""",
    ),
    dict(
        slug="collection-mugua-diary-papaya-html",
        site="木瓜园笔记（文集） (invented)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://muguayuan.notes-cn.com/book/3/chapter/17",
        title="种木瓜第三年的总结",
        record_title="第十七章 种木瓜第三年的总结 - 木瓜园笔记",
        date=None,
        notes="collection chapter page; no date (only a year in the text, 收录 stamp); chapter nav",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第十七章 种木瓜第三年的总结 - 木瓜园笔记</title></head><body>
<div class="bookhead">⟦m 木瓜园笔记⟧ ⟦m 作者：棠湾阿满⟧ ⟦m 共24章⟧</div>
<div class="chapnav">⟦l 上一章⟧ ⟦l 目录⟧ ⟦l 下一章⟧</div>
<h1>第十七章 {T}</h1>
<div class="chapmeta">⟦m 字数：520　更新于：2天前⟧</div>
<div class="chap">
{BODY}
</div>
<div class="chapnav">⟦l 上一章⟧ ⟦l 目录⟧ ⟦l 下一章⟧</div>
<div class="foot">⟦a 加入书架⟧ ⟦a 推荐本书⟧ ⟦d 本书由作者授权发布⟧</div>
</body></html>
""",
        body="""
到今年，我在坡地上种木瓜已经整三年了。三十亩地，前两年交了不少学费，今年总算有了点样子。
最大的教训是排水。第一年雨季积水，死了四百多棵苗，后来按农技站的建议起高垄、挖排水沟，今年台风过后没有一棵倒伏。
第二个收获是品种。原来种的老品种果子大但不甜，去年换了红肉小果品种，虽然单果轻，收购价却高了一倍。
明年想试试套种花生，把行间的地用起来。种地和写字一样，得一年一年慢慢改。
""",
    ),
    dict(
        slug="party-shuita-speech-water-supply-branch",
        site="枇岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.pilingdj.gov.cn/djyw/202407/t20240701_3305.html",
        title="在村级供水水塔党员责任区挂牌仪式上的讲话",
        record_title="【七一专题】在村级供水水塔党员责任区挂牌仪式上的讲话_枇岭党建网",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="decorated title; date under the speech title; speaker line neutral; portal 发布时间 differs (also accepted)",
        page="""
!m 枇岭党建网　枇岭县委组织部主办
!m 首页 ＞ 党建要闻 ＞ 七一专题
!t 【七一专题】在村级供水水塔党员责任区挂牌仪式上的讲话_枇岭党建网
!m 发布时间：2024-07-01　来源：县水务局党组　【字体：大 中 小】
{T}
县水务局党组书记、局长　杭立群
（2024年6月28日）
{BODY}
!a 打印　收藏　关闭
!l 上一条：全县“两优一先”表彰名单公示
!l 下一条：组织部机关开展主题党日活动
!m 主办：中共枇岭县委组织部　地址：枇岭县政通路1号　邮编：548300
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在全县126座村级供水水塔设立党员责任区，并举行挂牌仪式。这是我们把党组织的作用发挥到群众“水龙头”上的一项具体举措。
每一座水塔都明确一名党员作为责任人，负责日常巡查、水质送检提醒和故障报修，责任人姓名和电话一律公示在水塔下方的牌子上。
各基层党支部要把责任区工作情况纳入党员积分管理，每季度通报一次，群众评价不好的要约谈。
希望同志们守好水塔，管好水源，让群众喝上放心水。
""",
    ),
    dict(
        slug="party-gangwan-summary-typhoon-shelter-html",
        site="海港先锋党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.haigangxianfeng.cn/zbjs/2023/1206/4418.html",
        title="渔港避风塘联合党支部2023年工作总结",
        record_title="渔港避风塘联合党支部2023年工作总结",
        date="2023-12-06",
        notes="Party-building site with sidebar; date under signature; a table of branch activities kept; 学习强国 mention kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>渔港避风塘联合党支部2023年工作总结-支部建设-海港先锋</title></head><body>
<div class="top">⟦m 海港先锋 · 港航系统党建门户⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 理论学习⟧ ⟦m 支部建设⟧ ⟦m 先锋风采⟧</div>
<div class="crumb">⟦m 首页 » 支部建设 » 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：避风塘支部　日期：2023-12-08　阅读：155⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 朋友圈 微博⟧</div>
<div class="side"><h4>⟦l 支部风采⟧</h4><p>⟦l 港务集团第一党支部开展志愿服务⟧</p></div>
<div class="foot">⟦m 版权所有：海港先锋党建网　粤ICP备22017750号⟧</div>
</body></html>
""",
        body="""
2023年，渔港避风塘联合党支部围绕“守港护船、服务渔民”的目标，扎实开展各项工作。
一、组织建设。支部现有党员31名，其中船长党员14名；全年召开支委会12次、党员大会4次，发展预备党员2名。
二、主要活动。
月份　活动　参加人数
5月　伏季休渔政策宣讲　60
8月　台风“海燕”避风转移　210
10月　渔船消防演练　85
三、服务渔民。建立“船长党员联系船户”制度，每名船长党员联系5至8条渔船。党员每天坚持用学习强国学习，带动渔民关注海上安全知识。
四、不足与打算。部分流动党员参加组织生活不够经常，明年将推行“船上党课”。
渔港避风塘联合党支部
2023年12月6日
""",
        date_also=["2023-12-08"],
    ),
    dict(
        slug="hospital-chuanyi-notice-sleep-clinic",
        site="栌川县人民医院官网 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lcxrmyy.com/news/yygg/2024-0315-812.html",
        title="关于开设睡眠呼吸障碍（打鼾）专病门诊的公告",
        record_title="关于开设睡眠呼吸障碍（打鼾）专病门诊的公告-医院公告-栌川县人民医院",
        date="2024-03-15",
        notes="hospital site; 预约挂号 hotline chrome beside the clinic's own 咨询电话 kept",
        page="""
!m 栌川县人民医院　二级甲等综合医院
!m 预约挂号：0835-6100120（24小时）
!m 首页 / 新闻中心 / 医院公告
{T}
!m 发布日期：2024-03-15　来源：医务科　浏览量：2201
{BODY}
!l 相关链接：专家门诊时间表　｜　就诊指南
!m 地址：栌川县滨河北路16号　邮编：625400
!d Copyright © 栌川县人民医院　本站信息仅供参考，不作为诊疗依据
""",
        body="""
为满足群众对睡眠健康的需求，我院耳鼻咽喉科、呼吸与危重症医学科联合开设睡眠呼吸障碍专病门诊，自2024年3月18日起接诊。
一、诊疗范围：打鼾、睡眠中呼吸暂停、白天嗜睡、夜间憋醒等症状。
二、门诊时间：每周二、周四下午，地点在门诊楼三楼12诊室。
三、检查项目：多导睡眠监测需提前预约，住院监测一晚。
咨询电话：0835-6100368（耳鼻咽喉科护士站）
栌川县人民医院
2024年3月15日
""",
    ),
    dict(
        slug="hospital-zitan-news-tinnitus-html",
        site="梓潭市中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ztszyy.cn/xwzx/ywdt/20240911/3361.html",
        title="我院耳鸣耳聋中医特色门诊服务群众超三千人次",
        record_title="我院耳鸣耳聋中医特色门诊服务群众超三千人次",
        date="2024-09-11",
        record_date="2024-09-11",
        notes="record title and date; hospital template with floating consult box; caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院耳鸣耳聋中医特色门诊服务群众超三千人次_梓潭市中医院</title></head><body>
<div class="top">⟦m 梓潭市中医院 三级甲等中医医院⟧ ⟦m 门诊时间：8:00-17:30⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 新闻中心⟧ ⟦m 患者服务⟧</div>
<div class="cur">⟦m 首页 &gt; 新闻中心 &gt; 医院动态⟧</div>
<h2>{T}</h2>
<div class="tm">⟦m 时间：2024-09-11　作者：宣传科 齐琳　点击：582⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　点击预约专家号⟧</div>
<div class="pn">⟦l 上一篇：中秋节门诊安排⟧ ⟦l 下一篇：膏方节预告⟧</div>
<div class="ft">⟦m 梓潭市中医院 版权所有 湘ICP备15008893号⟧</div>
</body></html>
""",
        body="""
开诊一年来，我院耳鼻喉科开设的耳鸣耳聋中医特色门诊累计接诊患者3100余人次，其中突发性耳聋患者有效率达到78%。
门诊采用针刺、耳穴压豆和中药内服相结合的办法，对长期耳鸣患者还配合声音治疗，帮助患者改善睡眠和情绪。
⟦m 图为专家为患者进行耳穴治疗⟧
科室主任提醒，突发听力下降要尽早就医，发病后两周内是治疗的黄金时间。
""",
    ),
    dict(
        slug="univ-hangkong-notice-wind-tunnel-open-day",
        site="栗阳航空职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lyhkzy.edu.cn/info/1032/6617.htm",
        title="关于低速风洞实验室面向中学生开放日活动的通知",
        record_title="关于低速风洞实验室面向中学生开放日活动的通知-通知公告-栗阳航空职业技术学院",
        date="2024-04-22",
        notes="university site; 报名 and 扫码 sentences kept; e-mail of the document kept; 附件",
        page="""
!m 栗阳航空职业技术学院
!m 学校首页 | 学院概况 | 教学科研 | 招生就业 | English
!m 首页 >> 通知公告 >> 正文
{T}
!m 2024年04月22日 15:36　点击：[1180]　作者：航空工程学院
{BODY}
!a 【关闭窗口】
!m 地址：栗阳市蓝天大道9号　邮编：461200　电话：0371-6093 1000
!m 版权所有 © 栗阳航空职业技术学院　豫ICP备10203311号
""",
        body="""
各有关中学：
为普及航空科学知识，我院低速风洞实验室将于5月11日（星期六）面向中学生举办开放日活动。
一、活动内容：风洞原理讲解、翼型吹风演示、纸飞机设计比赛。
二、名额：每场40人，共三场，每所学校限报一场。
三、报名方式：请各校于5月6日前将报名表发送至fengdong@lyhkzy.edu.cn，学生也可扫描附件中的二维码个人报名。
附件：开放日报名表及二维码
航空工程学院
2024年4月22日
""",
    ),
    dict(
        slug="univ-haiyang-plan-cetacean-stranding-html",
        site="枳川海洋学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://hyxy.zhichuan-ou.edu.cn/kyjz/2024/0605/c1193a53312/page.htm",
        title="鲸豚搁浅救助志愿服务队组建方案",
        record_title="鲸豚搁浅救助志愿服务队组建方案",
        date="2024-06-05",
        notes="university page; decimal headings; date under signature; footer with 地址/电话 chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鲸豚搁浅救助志愿服务队组建方案</title></head><body>
<div class="header">⟦m 枳川海洋学院 · 海洋生命科学学院⟧</div>
<div class="menu">⟦m 学院首页⟧ ⟦m 师资队伍⟧ ⟦m 科研进展⟧ ⟦m 学生工作⟧</div>
<div class="path">⟦m 当前位置：学院首页 &gt;&gt; 学生工作⟧</div>
<div class="arti"><h1>{T}</h1>
<p class="arti_metas">⟦m 发布者：团委　发布时间：2024-06-06　浏览次数：89⟧</p>
{BODY}
</div>
<div class="footer">⟦m 地址：枳川市海滨路77号　电话：0476-8820011⟧ ⟦m © 枳川海洋学院⟧</div>
</body></html>
""",
        date_also=["2024-06-06"],
        body="""
1 目的
为及时、科学处置辖区海岸鲸豚类动物搁浅事件，学院组建鲸豚搁浅救助志愿服务队。
2 组成
2.1 服务队由海洋生物学专业教师3名、研究生和本科生志愿者40名组成。
2.2 志愿者须经过理论培训和现场演练，考核合格后方可参与救助。
3 工作要求
3.1 接到渔政部门通报后，值班队员30分钟内集结，携带保湿布、担架和检测设备赶赴现场。
3.2 救助过程中不得擅自拍摄和发布动物伤情信息。
海洋生命科学学院团委
2024年6月5日
""",
    ),
    dict(
        slug="localforum-zhuoyuan-onion-market-notice",
        site="柞原在线社区 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.zuoyuanzx.com/forum.php?mod=viewthread&tid=118024",
        title="柞原县洋葱交易市场临时交通管制公告",
        record_title="[转帖] 柞原县洋葱交易市场临时交通管制公告 - 县城百事通 - 柞原在线社区",
        date="2024-05-20",
        date_also=["2024-05-21"],
        notes="county forum repost; post date differs; replies after; table of detours kept",
        page="""
!m 柞原在线社区 » 县城百事通
!t [转帖] 柞原县洋葱交易市场临时交通管制公告 - 县城百事通 - 柞原在线社区
!m 发帖人：葱农老牛　2024-5-21 07:58　人气：4102
{T}
{BODY}
!m 本帖最后由 葱农老牛 于 2024-5-21 08:03 编辑
!l 沙发　大湾口　收葱季节年年堵，早该管了
!l 板凳　柞原小喇叭　转给跑车的朋友
!a 快速回复　　高级模式　　回复可见隐藏内容
""",
        body="""
洋葱集中上市期间，县洋葱交易市场周边车流量大，为保障交通安全有序，决定自5月22日至6月30日实施临时交通管制。
一、每日5时至12时，市场路禁止大型货车停放，进场货车按指定路线单向通行。
二、绕行路线如下：
方向　原路线　绕行路线
北来车辆　市场路　兴农路—环城东路
南来车辆　工业大道　湖滨路—环城东路
三、违反管制规定的，由公安交警部门依法处理。
柞原县公安局交通警察大队　柞原县农业农村局
2024年5月20日
""",
    ),
    dict(
        slug="localforum-nancheng-hot-air-balloon-html",
        site="柰城生活网论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://bbs.naicheng.life/t/99172",
        title="热气球节文明观赛倡议书",
        record_title="热气球节文明观赛倡议书",
        date="2024-09-26",
        notes="local forum with jammer fonts; signature then date; 关注 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>热气球节文明观赛倡议书 - 柰城杂谈 - 柰城生活网论坛</title></head><body>
<div class="hd">⟦m 柰城生活网⟧ ⟦m 柰城人自己的论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="bm">⟦m 柰城生活网 › 柰城杂谈⟧</div>
<div class="post"><div class="author">⟦m 楼主　沙湾小赵　发表于 2024-9-26 20:11⟧</div>
<h1>{T}</h1>
<div class="message">
{BODY}
</div>
<div class="sign">⟦l 点评 回复 支持(17) 反对(0)⟧</div></div>
<div class="ft">⟦m Powered by 柰城生活网 © 2010-2024⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
广大市民朋友们：
第三届柰城沙漠热气球节将于10月1日至3日在鸣沙湖畔举行。为营造文明、安全的观赛环境，我们倡议：
一、服从现场管理，不进入热气球起飞区和降落区，不追逐降落中的气球。
二、文明停车，按指引停放车辆，不占用应急通道。
三、爱护环境，随手带走垃圾，不在沙丘上刻画。
四、放飞时间受天气影响较大，请关注“柰城文旅”发布的每日放飞信息。
柰城县文明办　柰城县文化和旅游局
2024年9月26日
""",
    ),
]
