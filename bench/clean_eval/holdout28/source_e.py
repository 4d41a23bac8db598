"""holdout28, part E: an institution-recruitment exam's interview notice, a river-cleaning tender
result, a traffic-accident law firm, a residents' childcare point, a wedding-trade association's
minutes, a pig-breeding company, a bakery school, a 范文 app share page, a village-official exam
post, a dialect encyclopaedia, a NAS-like share and a text-only cache. Everything invented; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="recruit-exam-interview-notice-html",
        site="椴原市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.dyrsks.example.gov.cn/sydw/2025/0612/880.html",
        title="椴原市2025年事业单位公开招聘面试公告",
        record_title="【考务公告】椴原市2025年事业单位公开招聘面试公告",
        date="2025-06-12",
        notes="an exam portal: a column tag; an interview schedule; a sentence telling candidates to print the 面试通知书 (content); the exam office's 咨询电话 beside the site's system hotline; login and query buttons",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】椴原市2025年事业单位公开招聘面试公告</title></head>
<body>
<div class="top">⟦m 椴原市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧ ⟦a 准考证打印入口⟧</div>
<div class="nav">⟦m 首页 事业单位 公务员 职称考试 资格考试 政策法规⟧</div>
<h2>{T}</h2>
<p>⟦m 来源：市人事考试中心　更新时间：2025-06-12 16:30⟧</p>
{BODY}
<div class="foot">⟦m 报名系统技术咨询：0712-3308166⟧ ⟦d 椴原市人事考试中心主办⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将椴原市2025年事业单位公开招聘面试有关事项公告如下。
一、面试安排
岗位类别　面试日期　报到时间
综合管理类　6月21日　7:30
专业技术类　6月22日　7:30
二、考生须于6月18日至20日登录报名系统打印面试通知书。
三、面试咨询电话：0712-3308120。
椴原市人力资源和社会保障局
2025年6月12日
""",
    ),
    dict(
        slug="river-cleaning-bid-result",
        site="柞湾区政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.zuowan.example.gov.cn/cgjg/2025/0808/2231.html",
        title="柞湾区河道保洁服务项目中标结果公告",
        record_title=None,
        date="2025-08-08",
        record_date="2025-08-08",
        notes="a procurement result page: title missing; a candidate table; the purchaser's and agency's contacts; a 'subscribe to bids' prompt and an expert-list line",
        page="""
!m 柞湾区政府采购网
!m 采购公告 > 结果公告
{T}
!m 公告日期：2025-08-08　项目编号：ZW2025-CG-118
!a 订阅同类公告，中标信息第一时间推送
{BODY}
!l 同类公告：柞湾区道路清扫保洁服务项目成交公告
!m 政府采购监督电话：0712-3550012
""",
        body="""
一、项目名称：柞湾区河道保洁服务项目。
二、中标信息
供应商名称　中标金额　服务期
柞湾洁源环境服务有限公司　298.6万元　三年
三、公告期限：自本公告发布之日起一个工作日。
四、联系方式
采购人：柞湾区水利局，联系人：毛工，电话：0712-3551306。
代理机构：柞湾正信招标代理有限公司，联系人：易女士，电话：0712-3567720。
""",
    ),
    dict(
        slug="traffic-accident-law-firm-letter-html",
        site="蓓城安行律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.anxinglaw.example.cn/fxts/2025/0901.html",
        title="致网约车驾驶员的交通事故法律风险提示函",
        record_title="致网约车驾驶员的交通事故法律风险提示函 - 安行律所",
        date="2025-09-01",
        notes="a law firm: the firm's consultation line and an online-consult button; a numbered list; a notice that the letter is not legal advice; a lawyer team box",
        page="""
<html><head><meta charset="utf-8"><title>致网约车驾驶员的交通事故法律风险提示函 - 安行律所</title></head>
<body>
<div class="hd">⟦m 安行律师事务所　交通事故 · 保险理赔⟧ ⟦w 24小时法律咨询 0745-5290110⟧</div>
<div class="nav">⟦m 首页 律所简介 律师团队 典型案例 风险提示⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 作者：安行律师团队　2025-09-01⟧</div>
{BODY}
<div class="team">⟦l 推荐律师：杜明远 执业14年 ｜ 白嘉宁 执业9年⟧ ⟦w 在线咨询⟧</div>
<div class="foot">⟦d 本站内容仅供参考，不构成法律意见⟧</div>
</body></html>
""",
        body="""
各位网约车驾驶员朋友：
近年来，涉及网约车的交通事故纠纷逐年增多，为帮助大家防范法律风险，特作如下提示。
1.务必购买营运性质的车辆保险，家庭自用车辆从事网约车经营发生事故，保险公司可能拒赔。
2.发生事故后及时报警并保存行车记录仪视频，不要私下轻易承担全部责任。
3.注意保存平台接单记录，这是认定事故发生时运营状态的重要证据。
安行律师事务所
2025年9月1日
""",
    ),
    dict(
        slug="residents-childcare-consultation",
        site="栌口街道社区在线 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lukoujd.example.com/sqgg/2025/112.html",
        title="关于征集社区嵌入式托育点意见的通知",
        record_title="关于征集社区嵌入式托育点意见的通知_社区公告_栌口街道社区在线",
        date="2025-10-15",
        notes="a residents' site: a survey sentence telling residents to scan a code (content); the community's own phone beside the site's grid hotline; a 'neighbours' voice' comment box; 温馨提醒 as chrome under the text",
        page="""
!m 栌口街道社区在线 · 邻里一家亲
!m 网格服务热线：0856-7720600
!t 关于征集社区嵌入式托育点意见的通知
!m 发布：和园社区居委会　2025/10/15　阅读 301
{BODY}
!l 邻里声音（3）　我也说两句
!a 温馨提醒：登录后才能发表意见哦
""",
        body="""
各位居民朋友：
为解决双职工家庭“带娃难”问题，和园社区拟在社区服务中心一楼设立嵌入式托育点，现向居民征集意见。
一、托育点计划提供托位二十个，服务二至三岁幼儿。
二、请居民扫描社区公告栏的二维码填写问卷，也可到社区服务中心填写纸质意见表。
三、征集时间为10月15日至10月25日，咨询电话：0856-7721185。
和园社区居民委员会
2025年10月15日
""",
    ),
    dict(
        slug="wedding-association-council-minutes-html",
        site="蓓城县婚庆行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.bchqxh.example.org/xhdt/2025/0618/41.html",
        title="蓓城县婚庆行业协会二届四次理事会会议纪要",
        record_title="蓓城县婚庆行业协会二届四次理事会会议纪要",
        date="2025-06-18",
        notes="an association site: record title as is; minutes lines 时间/地点/主持/出席/列席/记录 and a vote count; a member-login bar and a visitor counter; the date is the meeting's",
        page="""
<html><head><meta charset="utf-8"><title>蓓城县婚庆行业协会二届四次理事会会议纪要</title></head>
<body>
<div class="bar">⟦a 会员单位登录⟧ ⟦a 入会指南⟧</div>
<div class="logo">⟦m 蓓城县婚庆行业协会　喜事新办 诚信为本⟧</div>
<h2>{T}</h2>
<div class="by">⟦m 协会秘书处　｜　阅读：96⟧</div>
{BODY}
<div class="foot">⟦m 本站访问量：20517⟧ ⟦d 蓓城县婚庆行业协会 版权所有⟧</div>
</body></html>
""",
        body="""
时间：2025年6月18日下午
地点：协会会议室
主持：会长陈锦华
出席：理事十三人
列席：监事二人
记录：秘书处 杨柳
一、会议审议通过了《婚庆服务合同示范文本（修订稿）》。表决结果：同意十三票。
二、会议决定下半年组织会员单位开展婚俗改革宣传月活动。
三、会议同意吸收三家企业为新会员单位。
""",
    ),
    dict(
        slug="pig-breeder-corporate-news",
        site="蘼原种猪有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.miyuanzhongzhu.example.com/news/2025/77.html",
        title="蘼原种猪公司核心育种场通过国家级生猪核心育种场复核",
        record_title="公司新闻｜蘼原种猪公司核心育种场通过国家级生猪核心育种场复核",
        date="2025-12-02",
        notes="a corporate news page: a column prefix in the title; a 发布日期 line; a photo caption between paragraphs; an investor-relations and a contact line in the footer",
        page="""
!m 蘼原种猪　｜　良种改变养殖
!m 首页 / 新闻中心 / 公司新闻
!t 蘼原种猪公司核心育种场通过国家级生猪核心育种场复核
!m 发布日期：2025-12-02　浏览：156
{BODY}
!l 上一篇：公司召开2025年冬季生物安全工作会议
!m 投资者关系：ir@miyuanzhongzhu.example.com
!d © 蘼原种猪有限公司 保留一切权利
""",
        body="""
近日，农业农村部公布国家生猪核心育种场复核结果，蘼原种猪公司核心育种场顺利通过复核。
复核专家组对育种场的种猪性能测定、遗传评估、生物安全管理等方面进行了全面检查。
⟦m 图：专家组在测定站查看种猪性能测定数据⟧
近年来，公司每年向社会提供优质种猪三万余头，有力支撑了区域生猪产业发展。
""",
    ),
    dict(
        slug="bakery-school-course-plan-markers",
        site="蘩城麦香烘焙学校 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.maixiangbake.example.com/kc/2025.html",
        title="2025年秋季西点烘焙创业班教学计划",
        record_title="2025年秋季西点烘焙创业班教学计划（附课表）",
        date=None,
        pages=dict(fmt="— 第{n}页 —", every=120, start=2, glue=False),
        notes="a training school: '（附课表）' decoration; markers on lines of their own cut sentences; a schedule table; a trial-class button and a WeChat consultant line; no date",
        page="""
!m 麦香烘焙学校　学手艺 开小店
!t 2025年秋季西点烘焙创业班教学计划
!w 课程顾问微信：maixiang_66　添加备注“烘焙”
{BODY}
!a 预约免费试听课
!l 学员作品｜就业喜报｜开店案例
""",
        body="""
本计划适用于秋季西点烘焙创业班，学制三个月，共计四百八十课时，理论教学与实操训练相结合。
一、教学目标：学员掌握面包、蛋糕、西点的制作技术，具备独立开店经营的能力。
二、课程安排
阶段　内容　课时
第一阶段　面包制作　160
第二阶段　蛋糕与裱花　160
第三阶段　西点与门店经营　160
三、考核方式：每阶段结束进行实操考核，结业时参加职业技能等级认定。
""",
    ),
    dict(
        slug="fanwen-app-share-speech-date-chinese",
        site="公文笔记APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.gongwenbiji.example.com/a/55013",
        title="在全县婚俗改革推进会上的讲话",
        record_title="在全县婚俗改革推进会上的讲话（2025最新）",
        date="2025-03-12",
        notes="a 范文 app share page: '（2025最新）' decoration; date in Chinese numerals under the title; speaker line (neutral); an 'open the app' line of its own inside the body and a download-app footer",
        page="""
!m 公文笔记　｜　分享自用户“笔耕不辍”
!t 在全县婚俗改革推进会上的讲话
县委常委、宣传部部长　岑秀云
（二〇二五年三月十二日）
{BODY}
!a 下载公文笔记APP，查看更多优质讲话稿
""",
        body="""
同志们：
今天召开全县婚俗改革推进会，主要是总结前一阶段工作，部署下一步任务。
去年以来，全县新修订村规民约二百一十份，高价彩礼、大操大办等现象明显减少。
⟦a 打开APP继续阅读全文⟧
下一步，要抓好三项工作：一是深化移风易俗宣传，二是发挥红白理事会作用，三是推广集体婚礼等新型婚俗。
同志们，婚俗改革是一项长期任务，希望大家持之以恒，久久为功。
""",
    ),
    dict(
        slug="village-official-exam-post",
        site="村官考试吧 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.cunguanks.example.com/thread/20811.html",
        title="考上选聘生之后，我在村里的第一年",
        record_title="【上岸分享】考上选聘生之后，我在村里的第一年 - 村官考试吧",
        date="2025-09-16",
        notes="an exam forum: a tag prefix and -site; the post time as publish line; 楼主 badge, likes and a hot-thread list; one line on its own",
        oneline=True,
        indent="　　",
        page="""
!m 村官考试吧 > 经验分享
!t 【上岸分享】考上选聘生之后，我在村里的第一年
!m 楼主　蓓城小禾　2025-09-16 21:08　｜　楼主认证：已上岸
{BODY}
!l 点赞 88　｜　收藏 40　｜　回复 17
!l 本吧热帖：结构化面试必背金句　｜　村官考编经验
""",
        body="""
去年考上选聘生，被分到离县城四十公里的枫林村，转眼已经一年了。
刚去的时候，村里人说的方言我一半听不懂，就每天跟着村支书入户，一户一户地认人。
这一年，我帮村里整理了三百多户的档案，跑下来一个光伏项目，还办起了留守儿童暑期课堂。
想对正在备考的朋友说，基层很苦，但能实实在在为老百姓做点事，值得。
""",
    ),
    dict(
        slug="dialect-encyclopedia-entry",
        site="方志百科 (invented)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="text",
        source="https://baike.fangzhi.example.com/wiki/蓓城话",
        title="蓓城话",
        record_title="蓓城话 - 方志百科",
        date=None,
        notes="an encyclopaedia entry: -site; edit/collect actions, a basic-info box as chrome, an example sentence with a year in it (no date); reference list",
        page="""
!m 方志百科 · 地方知识共建
!t 蓓城话 - 方志百科
!a 编辑　｜　讨论　｜　收藏　｜　历史版本
!m 中文名：蓓城话　｜　分布：蓓城县及周边　｜　所属：湘语
{BODY}
!l 参考资料：《蓓城县志·方言卷》
!m 本页最后修订于 2025年2月1日 08:11
""",
        body="""
蓓城话是蓓城县境内通行的汉语方言，属湘语的一支，使用人口约四十万。
蓓城话保留了较多古汉语入声字，声调共有六个。
据县志记载，1985年县文化馆曾组织过一次全面的方言调查，记录常用词语三千余条。
近年来，县语言文字工作部门开展了方言有声资料建档工作。
""",
    ),
    dict(
        slug="nas-share-bakery-summary",
        site="家用NAS共享页 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://192.0.2.10:5000/sharing/Kf8s1Lq",
        title="社区托育服务点2025年上半年工作总结",
        record_title=None,
        date="2025-07-05",
        notes="a NAS share page: title missing, found only as a file name in the listing (title label); share expiry and size lines; a download-all button; the date at the end",
        page="""
!m 文件共享 - 我的云存储
!m 共享者：hezhi_home　｜　链接有效期至 2025-12-31
!t 社区托育服务点2025年上半年工作总结.docx　34KB
!a 下载全部　｜　以ZIP下载
{BODY}
!d 此共享链接由个人用户创建，请勿用于商业用途。
""",
        body="""
上半年，社区托育服务点在街道和社区的支持下平稳运行，现将工作总结如下。
一是服务规模稳步扩大。在托幼儿由十二名增加到十九名，托位使用率达到百分之九十五。
二是保育质量不断提升。组织保育人员参加培训四次，全员取得保育师证书。
三是安全管理扎实有效。开展消防和防走失演练各两次，未发生安全事故。
和园社区托育服务点
2025年7月5日
""",
    ),
    dict(
        slug="text-cache-general-aviation-notice",
        site="文本快照 of 芪洲通用航空有限公司 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://textcache.example-search.net/t?q=qizhou-ga.example.com/gg/0701",
        title="关于芪洲低空观光航线暑期运行安排的公告",
        record_title="关于芪洲低空观光航线暑期运行安排的公告_芪洲通航",
        date="2025-07-01",
        wrap=70,
        notes="a text-only cache: a cache banner with its crawl time (no date), hard-wrapped at 70 columns; the original page's byline; a booking hotline in the text",
        page="""
!d 【纯文本快照】本页为搜索引擎保存的纯文本版本，保存于 2025-07-09 11:20:31
!d 原始网页可能已修改或删除
!m 芪洲通航 > 公告通知
!t 关于芪洲低空观光航线暑期运行安排的公告
!m 发布时间：2025-07-01
{BODY}
!m 芪洲通用航空有限公司　版权所有
""",
        body="""
为满足暑期游客低空观光需求，我公司自2025年7月5日起至8月31日调整低空观光航线运行安排，现公告如下。
一、运行时间：每日8时至18时，遇雷雨、大风等天气停飞。
二、航线：滨江航线飞行约十五分钟，环湖航线飞行约二十五分钟。
三、乘机须知：乘客须持有效身份证件，孕妇、醉酒者及患有不宜飞行疾病者不得乘机。
四、预约电话：0796-8120766。
芪洲通用航空有限公司
2025年7月1日
""",
    ),
]
