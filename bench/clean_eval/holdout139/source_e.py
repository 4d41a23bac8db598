"""holdout139, part E: a joint-replacement rehabilitation class at a county hospital, a Keshan
disease institute's field survey, a jaw-harp festival post on a county forum, a daoqing troupe's
summary on a download station, a rare-disease centre's interview notice, a green-tide salvage
bid result, a law firm on water-rights trading, a residents' colorectal screening notice, a
Su-embroidery association's minutes, an iron-painting company's apprentice notice and a
steel-drum school. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="hospital-guanjie-rehab-school-news-text",
        site="琛湖县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.chenhuyy.example.com/xwzx/yydt/2025-05-30/2281.html",
        title="我院开办关节置换术后康复学校",
        record_title="我院开办关节置换术后康复学校-琛湖县人民医院",
        date="2025-05-30",
        notes="hospital text page: site-suffix title; the hospital's appointment line at top and an online-booking prompt; the ward's own 咨询电话 kept; a photo caption between paragraphs",
        page="""
!m 琛湖县人民医院　二级甲等综合医院
!m 预约挂号：0736-7719999　｜　急救电话：120
!m 医院首页 > 新闻中心 > 医院动态
{T}
!m 发布者：宣传科　发布日期：2025-05-30　浏览次数：844
{BODY}
!a 网上预约挂号　　智能导诊　　报告查询
!l 上一篇：我院开展世界无烟日宣传活动
!l 下一篇：骨科完成首例机器人辅助膝关节置换术
!m 地址：琛湖县人民路168号　邮编：415300
""",
        body="""
5月28日，我院骨科在住院部六楼开办关节置换术后康复学校，首期二十余名患者及家属参加学习。
很多患者做完髋、膝关节置换手术后，回家不知道怎么锻炼，导致关节僵硬、恢复缓慢。康复学校就是为解决这一问题而开设的。
⟦l 图为康复治疗师指导患者进行屈膝训练⟧
康复学校每两周开课一次，由骨科医生、康复治疗师和专科护士轮流授课，内容包括术后功能锻炼、防跌倒和居家护理。
参加学习的患者可免费领取康复训练手册，出院后还可通过电话随访获得指导。
骨科咨询电话：0736-7719362
""",
    ),
    dict(
        slug="university-keshan-institute-survey-html",
        site="琮州医科大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.czmu.example.edu.cn/xwzx/xyxw/2025/0826/16620.htm",
        title="地方病研究所完成克山病病区硒营养状况调查",
        record_title="地方病研究所完成克山病病区硒营养状况调查-琮州医科大学新闻网",
        date="2025-08-26",
        notes="university news site HTML: site-suffix title; 发布时间 byline; photo and text credits; a data table of results kept; a 'back to top' and share row; campus footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>地方病研究所完成克山病病区硒营养状况调查-琮州医科大学新闻网</title></head>
<body>
<div class="header"><div class="logo">⟦m 琮州医科大学新闻网⟧</div>
<ul class="nav"><li>⟦m 学校首页⟧</li><li>⟦m 综合新闻⟧</li><li>⟦m 学院动态⟧</li><li>⟦m 科研成果⟧</li><li>⟦m 媒体医大⟧</li></ul></div>
<div class="main">
<div class="location">⟦m 当前位置：首页 » 学院动态⟧</div>
<h1>⟦t 地方病研究所完成克山病病区硒营养状况调查⟧</h1>
<div class="info">⟦m 发布时间：2025-08-26　文：公卫学院　图：程立　编辑：闫歌　点击数：1033⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="tool">⟦l 分享到⟧ ⟦a 【关闭】⟧ ⟦a 【返回顶部】⟧</div>
</div>
<div class="footer"><p>⟦m 地址：琮州市医学院路1号　邮编：150081⟧</p><p>⟦d 版权所有 © 琮州医科大学 宣传部⟧</p></div>
</body></html>
""",
        body="""
7月至8月，我校地方病研究所组织师生二十八人，分赴省内三个克山病历史病区县开展居民硒营养状况调查。
调查组入户采集居民发样和当地主粮样品，共完成问卷一千五百份，检测样品二千一百余份。
主要结果如下：
指标　2015年　2025年
居民发硒均值（微克/克）　0.21　0.34
主粮硒含量达标率　61%　83%
结果显示，病区居民硒营养水平较十年前明显改善，近十年未发现新发克山病病例。
研究所将把调查结果报送省卫生健康委，为调整地方病防治策略提供依据。
""",
    ),
    dict(
        slug="localforum-kouxian-festival-post-junk",
        site="玗川生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.yuchuanlife.example.com/thread-55082-1-1.html",
        title="关于举办第五届口弦文化节的通知",
        record_title="【转】关于举办第五届口弦文化节的通知 - 玗川生活网论坛",
        date="2025-10-11",
        notes="county forum: decorated title (【转】 and board/site); forum junk lines and glued junk; a schedule table kept; the poster's 发表于 is after the notice's date (both accepted)",
        date_also=["2025-10-13"],
        junk=dict(lines=1, glued=2),
        page="""
!m 玗川生活网论坛 › 玗川头条 › 本地活动
!t 【转】关于举办第五届口弦文化节的通知
!m 楼主：山歌阿依　发表于 2025-10-13 11:20
!m 查看：1872　回复：23
{BODY}
!l 回复 #2 彝乡小妹：去年去过，口弦比赛特别好听！
!l 回复 #3 玗川老王：停车方便吗？
!a 发帖请先登录，没有账号？注册一个
!m 玗川生活网　客服QQ：30022188
""",
        body="""
各乡镇人民政府，县直有关单位：
为保护传承口弦这一非物质文化遗产，经县人民政府同意，定于10月下旬举办第五届口弦文化节。现将有关事项通知如下。
一、时间：2025年10月25日至26日。
二、地点：玗川县民族文化广场。
三、活动安排：
日期　内容
10月25日　开幕式、口弦演奏大赛
10月26日　口弦制作技艺展示、民族歌舞展演
四、各乡镇要组织口弦传承人和演奏爱好者报名参赛，于10月20日前将名单报县文化馆。
玗川县文化和旅游局
2025年10月11日
""",
    ),
    dict(
        slug="download-daoqing-troupe-summary-text",
        site="文图资料库下载站 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.wentuzlk.example.net/down/zj/44921.html",
        title="瑄岭县道情艺术传习团2025年上半年工作总结",
        record_title="瑄岭县道情艺术传习团2025年上半年工作总结.doc",
        date="2025-07-02",
        notes="download station text: file-name title; file-info lines, three download links and a dead-link report; 更新时间 stamp differs (not a publish line); the 成文日期 is the date",
        page="""
!m 文图资料库下载站 — 公文资料免费下载
!m 首页 » 工作总结 » 半年总结
!t 瑄岭县道情艺术传习团2025年上半年工作总结.doc
!m 资料类型：.doc　大小：31KB　更新时间：2025-08-19　下载：86
!m 运行环境：WPS/Office
!m 【内容预览】
{BODY}
!a ↓ 本地下载一　↓ 本地下载二　↓ 网盘下载
!a 如下载地址失效，请点此反馈
!d 资料来自网络收集整理，如侵犯您的权益请来信告知，我们将及时删除
""",
        body="""
上半年，传习团在县文化馆指导下，坚持“传、演、教”结合，各项工作有序推进，现总结如下。
一、传承记录。完成《韩湘子传》等三部传统道情剧目的唱腔记谱，采访老艺人五人。
二、演出惠民。开展道情进村演出四十二场，观众一万二千余人次。
三、培训新人。在两所中学开设道情兴趣班，学员六十余人，每周授课一次。
四、存在不足。演员老龄化问题突出，渔鼓、简板等乐器缺少专业修制人员。
下半年，传习团将争取县里支持，招收青年学员，排演一部反映乡村振兴的新剧目。
瑄岭县道情艺术传习团
2025年7月2日
""",
    ),
    dict(
        slug="exam-hanjianbing-centre-interview-html",
        site="瑗州人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.yzpta.example.gov.cn/ksxx/mszg/20250904/991.html",
        title="市罕见病诊疗协作中心2025年公开招聘专业技术人员面试公告",
        record_title="【考务公告】市罕见病诊疗协作中心2025年公开招聘专业技术人员面试公告",
        date="2025-09-04",
        notes="personnel-exam site HTML: decorated title; interview timetable kept; the centre's 咨询电话 kept beside the site's technical line; a sentence telling candidates to 登录打印面试通知书 kept",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】市罕见病诊疗协作中心2025年公开招聘专业技术人员面试公告</title></head>
<body>
<div class="banner">⟦m 瑗州人事考试信息网⟧</div>
<div class="nav">⟦m 首页 · 考试动态 · 报名入口 · 准考证打印 · 成绩查询⟧</div>
<div class="crumb">⟦m 您的位置：首页 > 考试信息 > 面试资格⟧</div>
<h3>⟦t 市罕见病诊疗协作中心2025年公开招聘专业技术人员面试公告⟧</h3>
<div class="time">⟦m 发布时间：2025-09-04　来源：市卫生健康委⟧</div>
<div class="text">
{BODY}
</div>
<div class="fix">⟦m 报名系统技术咨询：0898-6553 2019（工作时间）⟧</div>
<div class="foot">⟦m 主办：瑗州市人事考试中心⟧ ⟦m 琼ICP备08000633号-1⟧</div>
</body></html>
""",
        body="""
根据市罕见病诊疗协作中心2025年公开招聘专业技术人员笔试成绩，现将面试有关事项公告如下。
一、面试安排
岗位　面试时间　入围人数
遗传咨询岗　9月13日上午　6
临床医师岗　9月13日下午　9
二、面试地点：瑗州市人民医院行政楼四楼会议室。
三、请入围考生于9月10日起登录报名系统，打印面试通知书。
四、考生须于面试当天7:30前到达候考室，逾时未到者视为自动放弃。
咨询电话：0898-6553 7102（市罕见病诊疗协作中心办公室）
瑗州市卫生健康委员会
2025年9月4日
""",
    ),
    dict(
        slug="tender-hutai-salvage-result-text",
        site="瑞湾政府采购网 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.ruiwancg.example.gov.cn/cgxx/zbgg/20250612/7710.html",
        title="2025年近岸海域浒苔应急打捞服务项目中标结果公告",
        record_title="2025年近岸海域浒苔应急打捞服务项目中标结果公告",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="procurement site: record title and date; a bid-result table kept; purchaser and agency contacts kept; CA and platform lines as chrome",
        page="""
!m 瑞湾政府采购网
!m 采购信息 ＞ 结果公告 ＞ 中标公告
{T}
!m 发布日期：2025-06-12　浏览：431
!a 【收藏】【打印】
{BODY}
!m 平台客服：400-6023-118　CA证书办理：0532-8866 1003
!l 相关公告：浒苔应急打捞服务项目招标公告
!m 瑞湾市财政局　主办
""",
        body="""
一、项目编号：RWCG2025-0533
二、项目名称：2025年近岸海域浒苔应急打捞服务项目
三、中标信息：
包号　中标供应商　中标金额（万元）
1　瑞湾海清环境工程有限公司　218.6
2　瑞湾蓝港船舶服务有限公司　164.0
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：瑞湾市海洋发展局　联系人：迟先生　电话：0532-8861 2077
采购代理机构：瑞湾正平项目管理有限公司　联系人：鞠女士　电话：0532-8870 5146
""",
    ),
    dict(
        slug="lawfirm-shuiquan-trading-article-html",
        site="澄源律师事务所 (invented)",
        style="律所网站",
        genre="评论",
        kind="other",
        form="html",
        source="https://www.chengyuanlaw.example.cn/view/2025/1021.html",
        title="水权交易合同的几个法律问题",
        record_title="【律师观点】水权交易合同的几个法律问题 - 澄源律师事务所",
        date="2025-10-21",
        notes="law-firm article HTML: decorated title; author box, consult box, disclaimer; a 发布日期 byline; numbered headings kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【律师观点】水权交易合同的几个法律问题 - 澄源律师事务所</title></head>
<body>
<div class="head">⟦m 澄源律师事务所⟧ ⟦m 专注自然资源与环境法律服务⟧</div>
<div class="nav">⟦m 首页 | 关于我们 | 业务领域 | 律师观点 | 联系我们⟧</div>
<div class="article">
<h1>⟦t 水权交易合同的几个法律问题⟧</h1>
<p class="by">⟦m 作者：潘若水 律师　发布日期：2025-10-21　阅读：265⟧</p>
{BODY}
<div class="author">⟦m 潘若水，澄源律师事务所高级合伙人，主要执业领域为水资源与环境法律⟧</div>
<div class="consult">⟦w 咨询热线：0951-5087 226　微信号：chengyuan_law⟧</div>
<p class="disc">⟦d 声明：本文仅代表作者个人观点，不视为律师事务所出具的法律意见⟧</p>
</div>
<div class="rel">⟦l 推荐阅读：取水许可行政诉讼要点　生态补偿协议的效力⟧</div>
<div class="foot">⟦m Copyright © 澄源律师事务所　宁ICP备19003382号⟧</div>
</body></html>
""",
        body="""
近年来，一些地方开展了水权交易试点。交易中签订的合同应注意以下几个法律问题。
一、交易主体资格。出让方应当依法取得取水许可或者灌溉用水户水权，没有合法权源的，合同可能无效。
二、交易标的和期限。合同应写明交易水量、取水地点和期限，期限一般不得超过取水许可证的剩余有效期。
三、审批和登记。区域水权交易、取水权交易须经有关水行政主管部门批准，并办理变更手续，未经批准的不得实际转让。
四、违约责任。建议约定因干旱等原因不能足额供水时的处理办法，避免日后发生争议。
""",
    ),
    dict(
        slug="community-jiezhichang-screening-html",
        site="梧桐里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wutongli-sq.example.cn/news/show-882.html",
        title="关于开展社区居民结直肠癌免费筛查的通知",
        record_title=None,
        date="2025-04-14",
        notes="residents' site HTML with weather strip and service icons; no record title; a health centre's own phone kept beside the community's duty line; sentence asking residents to 扫码预约 kept",
        page="""
<html><head><meta charset="utf-8"><title>梧桐里社区网</title></head>
<body>
<div class="top">⟦m 梧桐里社区网⟧ ⟦m 今日 晴 14～24℃⟧</div>
<div class="icons">⟦m 社区概况　办事指南　便民服务　志愿服务　居民议事⟧</div>
<div class="crumb">⟦m 首页 - 社区通知⟧</div>
<h2>⟦t 关于开展社区居民结直肠癌免费筛查的通知⟧</h2>
<div class="meta">⟦m 来源：社区卫生服务站　日期：2025-04-14⟧</div>
<div class="body">
{BODY}
</div>
<div class="like">⟦l 有用(41)　留言⟧</div>
<div class="foot">⟦m 社区服务站值班电话：0571-8670 3315⟧ ⟦d 本站信息由社区居委会负责发布⟧</div>
</body></html>
""",
        body="""
各位居民：
为提高结直肠癌早诊早治率，社区卫生服务站将为辖区50至74周岁常住居民提供结直肠癌免费筛查。
一、筛查内容：问卷风险评估和粪便潜血检测，初筛阳性者转诊医院做肠镜检查。
二、筛查时间：4月21日至5月30日，每周一、三、五上午。
三、参加方式：居民可扫描社区公告栏上的二维码预约，也可携带身份证到服务站现场登记。
联系电话：0571-8670 2259（社区卫生服务站）
梧桐里社区卫生服务站
2025年4月14日
""",
    ),
    dict(
        slug="assoc-suxiu-council-minutes-vote",
        site="琇州刺绣协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.xiuzhoucx.example.org.cn/xhdt/2025/0113/88.html",
        title="琇州刺绣协会三届五次理事会会议纪要",
        record_title="[协会动态] 琇州刺绣协会三届五次理事会会议纪要",
        date="2025-01-13",
        notes="association text page: decorated title; 时间/地点/主持/出席/记录 lines and a vote count kept; the association name at the top equals the signature (head label)",
        page="""
!m 琇州刺绣协会
!m 协会首页 ｜ 协会动态 ｜ 苏绣名家 ｜ 会员服务 ｜ 入会申请
!t [协会动态] 琇州刺绣协会三届五次理事会会议纪要
!m 来源：协会秘书处　发布：2025-01-13　阅读：189
{BODY}
!a 【加入协会】　【联系我们】
!m 协会地址：琇州市绣娘街12号　邮箱：xzcx@example.org.cn
""",
        body="""
时间：2025年1月10日上午9:30
地点：协会会议室
主持：会长 戚梅
出席：理事二十一人（应到二十三人）
记录：副秘书长 蒋依
会议审议通过了以下事项：
一、协会2024年工作报告和2025年工作计划。
二、吸收新会员三十二名，其中青年绣娘十九名。
三、举办2025年苏绣技艺大赛的方案，赛事定于5月举行。
表决情况：同意21票，反对0票，弃权0票。
琇州刺绣协会秘书处
2025年1月13日
""",
    ),
    dict(
        slug="company-tiehua-apprentice-notice-text",
        site="珩湖铁画工艺有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.henghutiehua.example.com/news/zhaopin2025.html",
        title="关于招收铁画锻制技艺学徒的公告",
        record_title="关于招收铁画锻制技艺学徒的公告_珩湖铁画官网",
        date="2025-02-20",
        notes="company site text: site-suffix title; product-mall buttons and a customer-service box around; the company's own recruitment phone kept; address footer",
        page="""
!m 珩湖铁画 · 以铁为墨 以锤为笔
!m 首页　铁画作品　定制服务　大师工作室　新闻公告　联系我们
!a 进入在线商城　　作品定制咨询
!m 新闻公告 / 正文
{T}
!m 2025-02-20　浏览 617
{BODY}
!w 定制铁画请联系客服：0553-3126088（9:00-18:00）
!l 上一条：铁画作品亮相文博会
!m 珩湖铁画工艺有限公司　地址：珩湖市古城南街66号
""",
        body="""
铁画是以铁为原料，经锻打、焊接、淬火等工序制成的传统工艺美术品。为传承铁画锻制技艺，我公司决定面向社会招收学徒。
一、招收人数：6名。
二、报名条件：18至30周岁，身体健康，吃苦耐劳，有美术基础者优先。
三、培养方式：由公司工艺美术大师带徒，学制三年，学习期间公司提供食宿并发放生活补贴。
四、报名时间：即日起至3月15日。
报名电话：0553-3126015（人事部 冉女士）
珩湖铁画工艺有限公司
2025年2月20日
""",
    ),
    dict(
        slug="training-gangu-steel-drum-course-html",
        site="南洋音符钢鼓学堂 (invented)",
        style="培训机构",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.nanyangyinfu.example.com/course/2025-winter.html",
        title="2025年寒假钢鼓体验营招生公告",
        record_title="2025年寒假钢鼓体验营招生公告（附课程表）",
        date="2025-12-01",
        notes="training school HTML: decorated title (附课程表); a trial-lesson box and a 'book now' button; course table kept; the school's 报名电话 kept beside a 400 consult line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2025年寒假钢鼓体验营招生公告（附课程表）</title></head>
<body>
<div class="head">⟦m 南洋音符钢鼓学堂⟧ ⟦w 全国咨询：400-770-2266⟧</div>
<div class="menu">⟦m 首页　课程介绍　师资力量　学员作品　校区地址⟧</div>
<div class="page">
<h1>⟦t 2025年寒假钢鼓体验营招生公告⟧</h1>
<div class="time">⟦m 发布时间：2025-12-01⟧</div>
{BODY}
</div>
<div class="aside"><p>⟦a 0元预约试听课⟧</p><p>⟦a 立即报名⟧</p><p>⟦l 热门课程：尤克里里 · 非洲手鼓 · 卡林巴⟧</p></div>
<div class="foot">⟦d ©南洋音符艺术培训 版权所有⟧ ⟦m 粤ICP备21077302号⟧</div>
</body></html>
""",
        body="""
钢鼓是一种用油桶改制的打击乐器，音色清亮，容易上手。寒假期间，学堂开设钢鼓体验营，欢迎7至14岁的小朋友报名。
课程安排：
营期　日期　课时
第一期　1月19日—1月24日　12课时
第二期　2月9日—2月14日　12课时
结营时举办学员汇报音乐会，邀请家长观看。
每期限招20人，学费980元，含乐器使用费和教材费。
报名电话：020-8723 4451（白云校区）
""",
    ),
]
