"""holdout115, part E: a food testing lab, an IP law practice, a bocce club, a Chinese-checkers
player's collection, a village photovoltaic station, an auto-repair technicians' exam, CNG
filling stations on an exam forum, a lathe-turning course, an infant daycare, a wind-tunnel
lab, centenarians on an exam forum and a water-saving entry.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="netdisk-jiance-testing-lab-html",
        site="方舟云盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://pan.fangzhou.example.cn/share/init?surl=Tq8vWm",
        title="食品检验检测中心2024年质量管理工作总结",
        record_title="食品检验检测中心2024年质量管理工作总结.pdf",
        date="2025-01-15",
        notes="a cloud-drive preview in HTML: share card, an extraction-code line, 'save to drive', a preview limit, an ad; a file-name title; a data table kept; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>食品检验检测中心2024年质量管理工作总结.pdf_免费高速下载|方舟云盘</title></head><body>
<div class="hd">⟦m 方舟云盘⟧ ⟦a 登录　注册　客户端下载⟧</div>
<div class="share">⟦m 分享者：质量科-阿杰　2025-01-16 09:02 分享　有效期：7天⟧</div>
<div class="file"><h2>⟦t 食品检验检测中心2024年质量管理工作总结.pdf⟧</h2>⟦m 大小：412KB⟧ ⟦a 保存到云盘　下载⟧</div>
<div class="pv">
{BODY}
</div>
<div class="limit">⟦a 预览最多显示3页，开通超级会员预览全部⟧</div>
<div class="ad">⟦l 广告 · 云盘空间不足？2T空间只要9.9元⟧</div>
</body></html>
""",
        body="""
2024年，中心以通过资质认定复评审为重点，持续完善质量管理体系，检验检测工作质量稳步提升。
一、主要数据
项目　2023年　2024年
检验样品（批次）　6820　7415
能力验证（项次）　14　18
客户投诉（起）　3　1
二、体系运行。全年开展内部审核两次、管理评审一次，发现不符合项九项，均已整改闭环。
三、人员能力。组织内部培训二十四期，新增授权签字人两名。
食品检验检测中心
2025年1月15日
""",
    ),
    dict(
        slug="lawfirm-zhiyuan-ip-lecture-html",
        site="智源知识产权律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.zhiyuan-iplaw.example.com/insights/2025/0426-lecture.html",
        title="在中小企业知识产权保护沙龙上的讲话",
        record_title="在中小企业知识产权保护沙龙上的讲话｜智源观点",
        date="2025-04-26",
        notes="a law firm's site: practice-area nav, a lawyer card, a consult form and a 'not legal advice' disclaimer; a speaker line and date line neutral; the date from the date line",
        page="""
<html><head><meta charset="utf-8"><title>在中小企业知识产权保护沙龙上的讲话｜智源观点</title></head><body>
<div class="hd">⟦m 智源知识产权律师事务所⟧ ⟦l 专利 | 商标 | 著作权 | 商业秘密 | 智源观点⟧</div>
<div class="crumb">⟦m 首页 / 智源观点 / 律师讲堂⟧</div>
<h1>⟦t 在中小企业知识产权保护沙龙上的讲话⟧</h1>
<p>智源所合伙人　蓝文涛</p>
<p>（2025年4月26日）</p>
{BODY}
<div class="card">⟦w 蓝文涛律师　执业证号 13101200910233876　电话 021-6238 7701⟧</div>
<div class="form">⟦w 留下您的问题，律师将在1个工作日内回复⟧</div>
<div class="disc">⟦d 本文仅为作者观点，不视为智源所正式法律意见⟧</div>
<footer>⟦m © 2025 智源知识产权律师事务所 沪ICP备15008812号⟧</footer>
</body></html>
""",
        body="""
各位企业家朋友：
今天是世界知识产权日，很高兴和大家聊一聊中小企业如何保护好自己的创新成果。
我们代理的案件中，不少企业产品卖火了才想起注册商标，结果发现商标早已被别人抢注。
第一个建议是“商标先行”，产品上市前就要把核心商标和相近类别注册下来。
第二个建议是管好商业秘密，与核心员工签订保密协议，对配方、图纸分级管理。
第三个建议是留存证据，研发记录、设计底稿都要标注日期、妥善保存。谢谢大家。
""",
    ),
    dict(
        slug="localforum-heyang-bocce-club-html",
        site="河阳人家论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.heyangrenjia.example.com/thread-20117-1-1.html",
        title="河阳地掷球俱乐部招募新会员啦",
        record_title="河阳地掷球俱乐部招募新会员啦 - 河阳人家论坛 - Powered by Discuz!",
        date="2025-09-06",
        notes="a county forum in HTML: a 'Powered by' suffix in the record title, board path, user card, a 'reply to see' box, post rating; the date from the 发表于 line",
        page="""
<html><head><meta charset="utf-8"><title>河阳地掷球俱乐部招募新会员啦 - 河阳人家论坛 - Powered by Discuz!</title></head><body>
<div id="toptb">⟦a 设为首页　收藏本站　手机版⟧</div>
<div id="hd">⟦m 河阳人家论坛　河阳人自己的网上家园⟧</div>
<div id="pt">⟦m 河阳人家 › 休闲运动 › 球类天地⟧</div>
<table><tr><td class="pls">⟦m 球友老丁　UID 8812　主题 36　积分 1120⟧</td>
<td><h1>⟦t 河阳地掷球俱乐部招募新会员啦⟧</h1>
<div class="authi">⟦m 发表于 2025-9-6 08:55⟧　⟦l 电梯直达⟧</div>
{BODY}
<div class="locked">⟦a 游客，如果您要查看本帖隐藏内容请回复⟧</div>
<div class="po">⟦l 回复　支持　反对　收藏⟧</div></td></tr></table>
<div id="ft">⟦m 河阳人家论坛 ( 冀ICP备13022771号 )⟧</div>
</body></html>
""",
        body="""
河阳地掷球俱乐部成立三年了，现有会员四十多人，年龄最大的七十一岁，最小的十九岁。
地掷球规则简单，不剧烈，特别适合中老年朋友锻炼身体，也适合带孩子一起玩。
俱乐部每周二、四、六早上七点在滨河公园地掷球场活动，器材免费提供。
新会员入会免会费，只需填写一张登记表。有兴趣的朋友周六直接来球场找我就行。
""",
    ),
    dict(
        slug="anthology-tiaoqi-checkers-html-chapter",
        site="棋趣人生·吕平棋文集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://www.qiqurensheng.example.net/lvping/wj/27.html",
        title="教孙女下跳棋",
        record_title="第二十七篇 教孙女下跳棋",
        date=None,
        notes="a personal collection in HTML: 卷/篇 nav, a reading-progress bar, a font-size switch, a comments count; decorated record title (篇 number); no date",
        page="""
<html><head><meta charset="utf-8"><title>第二十七篇 教孙女下跳棋 - 棋趣人生</title></head><body>
<div class="hd">⟦m 棋趣人生 · 吕平棋文集⟧</div>
<div class="toc">⟦l 卷三 家常棋话　｜　目录　｜　上一篇　｜　下一篇⟧</div>
<div class="tools">⟦a 字号：小 中 大⟧　⟦a 夜间模式⟧</div>
<h2>⟦t 第二十七篇 教孙女下跳棋⟧</h2>
{BODY}
<div class="prog">⟦m 本卷阅读进度 27/40⟧</div>
<div class="nav">⟦l 上一篇：退休后的第一盘棋　　下一篇：棋盘上的六种颜色⟧</div>
<div class="cmt">⟦l 读者留言（5）⟧</div>
</body></html>
""",
        body="""
孙女上二年级，放暑假回来，翻出了我那副用了三十年的玻璃弹珠跳棋。
我先教她最简单的走法：一步一格，或者隔着一颗棋子跳过去，能连跳就连跳。
她学得快，第三盘就知道给自己“搭桥”，把几颗棋子排成一条线，一口气跳到对面。
下棋的时候她总爱悔棋，我也由着她。我想，小孩子学棋，先喜欢上再说，规矩慢慢来。
""",
    ),
    dict(
        slug="dangjian-shanyang-pv-station-html",
        site="山阳县组织工作网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://zzb.shanyang.example.gov.cn/jcdj/2025/0719/553.html",
        title="村党支部领办光伏电站让集体经济“晒”出新收益",
        record_title="村党支部领办光伏电站让集体经济“晒”出新收益",
        date="2025-07-19",
        notes="a Party organisation site in HTML: a 学习强国-style link row, a slogan header, an 'editor/reviewer' line, a 'print/close' row, a related-news list; 发布时间 line",
        page="""
<html><head><meta charset="utf-8"><title>山阳县组织工作网</title></head><body>
<div class="banner">⟦m 山阳县组织工作网　不忘初心 牢记使命⟧</div>
<div class="nav">⟦l 首页　组工动态　基层党建　干部工作　人才工作　远程教育⟧</div>
<div class="loc">⟦m 当前位置：首页 -> 基层党建⟧</div>
<h1>⟦t 村党支部领办光伏电站让集体经济“晒”出新收益⟧</h1>
<div class="info">⟦m 发布时间：2025-07-19　来源：杨柳镇党委⟧</div>
{BODY}
<div class="ed">⟦m 编辑：卓然　审核：江海波⟧</div>
<div class="tool">⟦a 【打印】【关闭】⟧</div>
<div class="rel">⟦l 相关新闻：党建引领“小网格”撬动基层“大治理”⟧</div>
<div class="ft">⟦m 中共山阳县委组织部主办　陕ICP备0521773号⟧</div>
</body></html>
""",
        body="""
盛夏时节，杨柳镇石门村村委会屋顶和村旁荒坡上，一排排光伏板在阳光下熠熠生辉。
前年，石门村党支部牵头成立村级光伏合作社，利用荒坡和公共建筑屋顶建成装机容量三百千瓦的光伏电站。
电站并网发电以来，年均发电三十六万千瓦时，为村集体带来收益二十余万元。
村党支部书记介绍，收益的一部分用于村里道路亮化和困难群众帮扶，一部分作为公益岗位工资。
""",
    ),
    dict(
        slug="rsks-qiaocheng-auto-repair-exam-html",
        site="峤城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.qiaocheng.example.gov.cn/ksxx/2025/1020/9012.html",
        title="2025年机动车维修技术人员职业资格考试考务通知",
        record_title="2025年机动车维修技术人员职业资格考试考务通知",
        date="2025-10-20",
        notes="a personnel-exam site in HTML: 考试日历 sidebar, 报名入口 buttons, an anti-fraud notice, a print-ticket action; the notice's own 咨询电话 kept; the date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>考试通知-峤城人事考试网</title></head><body>
<div class="top">⟦m 峤城人事考试网⟧ ⟦a 网上报名　准考证打印　成绩查询⟧</div>
<div class="side"><h4>⟦l 考试日历⟧</h4><p>⟦l 11月 二级建造师　12月 机动车维修⟧</p></div>
<div class="main">
<div class="pos">⟦m 首页 » 考试信息 » 职业资格⟧</div>
<h2>⟦t 2025年机动车维修技术人员职业资格考试考务通知⟧</h2>
{BODY}
</div>
<div class="warn">⟦d 提醒：本网从未委托任何机构代理报名，谨防诈骗⟧</div>
<div class="ft">⟦m 峤城市人事考试院　地址：人民南路88号⟧</div>
</body></html>
""",
        body="""
各有关考生：
2025年机动车维修技术人员职业资格考试将于12月13日举行，现将考务有关事项通知如下。
一、报名时间：11月3日至11月12日，考生登录考试报名系统填报信息并上传照片。
二、考试科目：汽车维修、摩托车维修两个专业，均为闭卷笔试。
三、准考证打印：12月8日起考生自行登录系统打印。
咨询电话：0817-2621453（工作日）。
峤城市人事考试院
2025年10月20日
""",
    ),
    dict(
        slug="gkforum-cng-station-interview-answer",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-771203-1-1.html",
        title="面试真题：加气站安全检查发现问题后你怎么组织整改",
        record_title="【面试真题】加气站安全检查发现问题后你怎么组织整改（附高分答案）",
        date=None,
        notes="an exam forum: board path, an exam-period badge, floor meta, a 回复可见 prompt, a coupon ad for a course between paragraphs; anti-scraping junk; no date",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 › 面试交流 › 真题解析
!t 【面试真题】加气站安全检查发现问题后你怎么组织整改（附高分答案）
!m 楼主：上岸学姐　考试通关勋章　　发表于 昨天 22:10
{BODY}
!w 想要一对一面试点评？加学姐微信：shangan_xj
!l 回复 88　　查看 4127　　收藏 301
""",
        body="""
题目：你是应急管理局工作人员，在对辖区CNG加气站进行安全检查时，发现储气井压力表超期未检、站内员工违规使用手机。你怎么组织整改？
答：首先，当场责令停止违规行为，对压力表超期问题，要求企业立即停用相关设施，并下达限期整改通知书。
其次，督促企业委托有资质的机构对压力表进行检定，同时对全站设备开展一次自查。
⟦a 面试课程限时5折，点击领券⟧
再次，约谈企业负责人，要求加强员工安全培训，把站内禁止使用手机的规定落到实处。
最后，整改期满后进行复查，并将检查情况纳入企业安全信用记录。
""",
    ),
    dict(
        slug="college-qinghai-tech-lathe-course-text",
        site="青海工业职业技术学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.qhgyzy.example.edu.cn/jwc/tzgg/2025/0305/166.html",
        title="数控车工技能提升培训班实施方案",
        record_title="数控车工技能提升培训班实施方案-教务处",
        date="2025-03-05",
        notes="a college page: a department suffix, campus nav, a 'visits' line, a 'back to top' link; decimal headings; the date under the signature; a download sentence of the plan kept",
        page="""
!m 青海工业职业技术学院　教务处
!l 学院首页　机构设置　教学管理　实践教学　下载中心
!t 数控车工技能提升培训班实施方案-教务处
!m 作者：实训中心　　访问次数：301
{BODY}
!l 返回顶部 ↑
!m 版权所有：青海工业职业技术学院　地址：西宁市城北区学院路1号
""",
        body="""
1.培训目标
面向机械制造类专业在校生和合作企业职工，提升数控车削编程与加工能力，培训后能够考取数控车工中级证书。
2.培训安排
2.1 时间：2025年3月17日至4月25日，利用周末和晚间上课。
2.2 地点：学院实训中心数控车间。
3.培训内容
包括零件图识读、数控编程、刀具选用、车床操作和质量检测。学员可在学院下载中心下载讲义和练习图纸。
青海工业职业技术学院教务处
2025年3月5日
""",
    ),
    dict(
        slug="edu-luocheng-infant-daycare-html",
        site="洛城区教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lcjyw.example.cn/xqjy/2025/0612/2071.html",
        title="关于公布2025年普惠性托育机构名单的通知",
        record_title=None,
        date="2025-06-12",
        notes="an education portal in HTML: tabbed columns, a school-search box, a hit counter; no record title; a list of daycare centres one row a paragraph; date from 发布日期",
        page="""
<html><head><meta charset="utf-8"><title>洛城区教育网</title></head><body>
<div class="hd">⟦m 洛城区教育网　立德树人 办好人民满意的教育⟧</div>
<div class="nav">⟦l 首页 | 教育动态 | 学前教育 | 义务教育 | 招生考试 | 家校共育⟧</div>
<div class="search">⟦a 学校查询　请输入学校名称　搜索⟧</div>
<h1>⟦t 关于公布2025年普惠性托育机构名单的通知⟧</h1>
<div class="meta">⟦m 发布日期：2025-06-12　点击：1893　发布科室：学前教育科⟧</div>
{BODY}
<div class="tab">⟦l 通知公告　教育动态　政策解读⟧</div>
<div class="ft">⟦m 洛城区教育局　豫ICP备0708127号⟧</div>
</body></html>
""",
        body="""
各街道、各有关单位：
经机构申报、街道初审、区级评估，现将2025年洛城区普惠性托育机构名单公布如下：
序号　机构名称　托位数
1　小橡树托育园　80
2　禾苗婴幼儿照护中心　60
3　洛城区妇幼保健院附属托育中心　120
普惠性托育机构收费标准按区发展改革部门核定的价格执行，请各机构在显著位置公示。
""",
    ),
    dict(
        slug="university-donghai-wind-tunnel-html",
        site="东海理工大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.dhlg.example.edu.cn/info/1021/40917.htm",
        title="我校低速风洞实验室面向中学生开放",
        record_title="我校低速风洞实验室面向中学生开放-东海理工大学新闻网",
        date="2025-05-18",
        notes="a university news site: a college quick-links bar, photo/text credit lines, a 'previous/next' pair, a footer with address and 备案; 发布时间 in a metadata row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校低速风洞实验室面向中学生开放-东海理工大学新闻网</title></head><body>
<div class="topbar">⟦l 学校主页　信息门户　图书馆　English⟧</div>
<div class="hd">⟦m 东海理工大学新闻网⟧</div>
<div class="nav">⟦l 综合新闻 | 教学科研 | 校园文化 | 媒体理工⟧</div>
<h1>⟦t 我校低速风洞实验室面向中学生开放⟧</h1>
<div class="meta">⟦m 发布时间：2025-05-18　作者：航空学院 祁帆　摄影：于洋　点击：[1520]⟧</div>
{BODY}
<div class="credit">⟦m 审核：倪乐⟧</div>
<div class="pn">⟦l 上一篇：我校举行第十届研究生学术年会⟧<br>⟦l 下一篇：校运动会圆满落幕⟧</div>
<footer>⟦m 地址：东海市临港大道1800号　邮编：201306⟧ ⟦m 沪ICP备05011190号⟧</footer>
</body></html>
""",
        body="""
5月17日，在全国科技活动周期间，我校航空学院低速风洞实验室迎来了来自五所中学的一百二十名学生。
在实验室老师的讲解下，同学们观看了机翼模型的烟流显示实验，直观认识了气流分离和涡的形成。
同学们还动手制作了纸飞机模型，放进风洞测量升力，比一比谁的设计更合理。
据悉，实验室今年将开放日活动固定为每月一次，全年预计接待中学生一千人次。
""",
    ),
    dict(
        slug="gkforum-centenarians-shenlun-essay",
        site="笔试圈公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.bishiquan.example.com/t/3390127",
        title="申论范文：让百岁老人的笑容更灿烂",
        record_title="申论范文：让百岁老人的笑容更灿烂",
        date=None,
        notes="an exam forum: moderator badge, a 'highlighted' tag, a points-for-download prompt, a 'more essays' list; hard-wrapped at 64 columns; no date",
        wrap=64,
        page="""
!m 笔试圈公考社区 > 申论专区 > 范文赏析
!l [精华] [原创]
{T}
!m 版主 申论老周　　阅读权限 10　　2025届
{BODY}
!a 下载本文Word版需要 5 金币
!l 更多范文：基层治理要“接地气” | 以数字化赋能乡村振兴
""",
        body="""
截至去年底，我省百岁老人已达六千余人，长寿之乡的名片越擦越亮。让百岁老人的笑容更灿烂，是检验民生温度的一把尺子。
让百岁老人笑得灿烂，要把关爱落到实处。长寿津贴要按时足额发放，家庭医生要定期上门，让老人不出家门就能看病问诊。
让百岁老人笑得灿烂，要让他们的故事被看见。不少百岁老人亲历了时代变迁，记录他们的口述史，是一份珍贵的社会财富。
老有所养、老有所乐，百岁老人的笑容，是一个地方最动人的风景。
""",
    ),
    dict(
        slug="baike-jieshui-water-saving-entry-text",
        site="知道百科 (invented)",
        style="百科问答",
        genre="方案",
        kind="plan",
        form="text",
        source="https://baike.zhidao.example.com/view/1177031.htm",
        title="节水型单位",
        record_title="节水型单位_知道百科",
        date=None,
        notes="an encyclopaedia entry in text: 义项, edit/history links, a 'contents' line, a reference list and a 'help improve' prompt; a numbered list kept; no date",
        page="""
!m 知道百科　>　社会　>　公共管理
!t 节水型单位_知道百科
!a 编辑　　收藏　　有用+1
!l 目录：1 定义　2 创建标准　3 意义
{BODY}
!l 参考资料：[1] 公共机构节水管理规范
!a 内容不完善？帮助完善此词条
!m 词条统计：浏览 8211 次　最近更新：2天前
""",
        body="""
节水型单位是指用水管理规范、节水设施完善、用水效率较高，经主管部门评价达到节水标准的机关、学校、医院和企业等单位。
创建节水型单位一般应达到以下要求：
1.建立节水管理制度，有专人负责用水管理。
2.用水计量器具配备齐全，定期开展水平衡测试。
3.节水器具普及率达到百分之百，无跑冒滴漏现象。
4.人均用水量或单位产品用水量低于当地定额。
""",
    ),
]
