"""holdout142, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="qa-wenda-html-arbitration-letter",
        site="百问通 (invented)",
        style="问答社区",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.baiwentong.com/q/20250312/11807.html",
        title="关于申请商事仲裁立案事宜的函",
        record_title="仲裁委立案申请函怎么写？求一个范本",
        title_in="decorated",
        date=None,
        notes="Q&A page: the question as record title; the answer's sample 函 with placeholders; 回答于 stamp of the answer; no date",
        page="""
<html><head><meta charset="utf-8"><title>仲裁委立案申请函怎么写？求一个范本_百问通</title></head>
<body><div class="top">⟦m 百问通 — 有问题，就会有答案⟧ ⟦a 我要提问⟧</div>
<div class="q"><h2>⟦m 仲裁委立案申请函怎么写？求一个范本⟧</h2><p>⟦m 提问者：小树苗0512　2025-03-12⟧</p></div>
<div class="best"><span>⟦m 最佳答案⟧</span>
<p>⟦m 回答者：仲裁秘书老钱　回答于 2025-03-12 20:31⟧</p>
<h3>{T}</h3>
{BODY}
<p>⟦l 有用 312　无用 4　评论 18⟧</p></div>
<div class="other">⟦l 其他回答（3）⟧ ⟦l 查看更多相关问题⟧</div>
<div class="ft">⟦d 本站回答仅代表网友个人观点，不构成法律意见。⟧ ⟦m ©2025 百问通 京ICP证170338号⟧</div>
</body></html>
""",
        body="""
××仲裁委员会：
我公司与××有限公司因买卖合同货款支付发生争议，双方在合同第十二条约定争议提交贵会仲裁。现我公司依据该仲裁条款，向贵会申请仲裁，请求裁决对方支付货款及逾期付款违约金。
随函附上仲裁申请书正本一份、副本两份，营业执照复印件及合同、对账单等证据材料一套，请予审查立案。
联系人：×××　电话：×××××××××××
××××有限公司（盖章）
××××年××月××日
""",
    ),
    dict(
        slug="qa-zhidao-text-individual-business",
        site="知到社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao-shequ.com/question/8872201",
        title="个体工商户年报逾期了怎么办？",
        record_title=None,
        date="2025-07-02",
        notes="question as the title; answer's 编辑于 byline as the date; numbered list kept; related questions",
        page="""
!m 知到社区 › 财税 › 工商注册
{T}
!m 关注者 26　　被浏览 8,417
!a 写回答　　邀请回答　　好问题 15
!m 营商小助手　市场监管窗口工作人员
!m 编辑于 2025-07-02
{BODY}
!l 赞同 204　　​12 条评论　　​分享　　​收藏　　​喜欢
!l 相关问题
!l 个体户不经营了要注销吗？ 8 个回答
!l 个体户年报需要填哪些内容？ 5 个回答
""",
        body="""
按规定，个体工商户应当在每年1月1日至6月30日报送上一年度年度报告。逾期没报的，会被标记为经营异常状态，但可以补报后申请恢复。具体步骤如下：
1. 登录国家企业信用信息公示系统，选择所在省份，用经营者身份证号登录。
2. 补报上一年度的年度报告，如实填写经营情况和联系方式。
3. 补报完成后，提交“恢复正常记载状态”申请，一般3个工作日内办结。
需要提醒的是，个体户被标记经营异常后，贷款、招投标都会受影响，所以尽早补报最好。如果操作有困难，可以带上营业执照和身份证到辖区市场监管所窗口现场办理。
""",
    ),
    dict(
        slug="anthology-gujin-essay-party-history",
        site="古今斋文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.gujinzhai.net/wenji/juan2/064.html",
        title="在县委党史研究室成立四十周年座谈会上的发言",
        record_title="《古今斋文集》卷二·第64篇｜在县委党史研究室成立四十周年座谈会上的发言",
        date="2023-10-16",
        notes="collection chapter nav; Chinese-numeral date under the speech title; speaker line neutral",
        page="""
!m 古今斋文集　·　一个老党史工作者的笔记
!l 目录　｜　卷一　卷二　卷三
!t 《古今斋文集》卷二·第64篇｜在县委党史研究室成立四十周年座谈会上的发言
{T}
（二〇二三年十月十六日）
原县委党史研究室主任　闻道远
{BODY}
!l ← 第63篇：编纂《中共浦阳县历史》第二卷的回忆　｜　第65篇：寻访红军标语记 →
!d 本文集文字均为作者原创，未经许可请勿转载。
""",
        indent="\u3000\u3000",
        body="""
各位领导、各位同志：
四十年前的今天，县委党史资料征集办公室挂牌成立，那时全办只有三个人、一间房、两张桌子。今天回头看，正是这间小屋，为全县留下了一百多万字的党史资料。
我在党史研究室工作了二十六年，最难忘的是八十年代走村串户征集史料的日子。为了核实一次游击战斗的时间，我们前后走访了十一位老人，翻阅了三个县的档案，最后才把日期确定下来。党史工作，靠的就是这样一份较真。
希望年轻的同志们守住“史实准确”这条生命线，把老一辈的口述抓紧记录下来，让后人知道这片土地上发生过的事情。
谢谢大家。
""",
    ),
    dict(
        slug="anthology-moyun-html-health-inspector",
        site="墨云斋 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://moyunzhai.cn/collection/jiandu/12.html",
        title="当了三十年卫生监督员",
        record_title="当了三十年卫生监督员 - 墨云斋",
        date=None,
        notes="personal collection chapter page with sidebar TOC; no date; chrome line inside the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>当了三十年卫生监督员 - 墨云斋</title></head>
<body><div class="banner">⟦m 墨云斋 · 退休老干部邱子墨的文字⟧</div>
<div class="wrap"><div class="toc"><h4>⟦l 本卷目录⟧</h4><ol><li>⟦l 第十一章 夜查小旅馆⟧</li><li>⟦l 第十二章 当了三十年卫生监督员⟧</li><li>⟦l 第十三章 退休那天⟧</li></ol></div>
<div class="chapter"><h1>{T}</h1><p class="crumbs">⟦m 文集 / 卷三·监督手记 / 第十二章⟧</p>
{BODY}
<p class="pager">⟦l 上一章⟧ ⟦l 下一章⟧ ⟦l 返回目录⟧</p></div></div>
<div class="ft">⟦m 墨云斋 由作者家人维护⟧</div>
</body></html>
""",
        body="""
一九八九年秋天，我从卫生防疫站调到新成立的卫生监督所，一干就是三十年。
那时候查公共浴室，靠的是一支温度计、一个采样瓶和一本手写的记录簿。现在年轻人拿着执法记录仪，手机上就能开具监督意见书，变化真是太大了。
⟦l 本章字数：1826　　阅读进度 12/20⟧
这三十年里，我最看重的是“事前讲明白”。很多小店主不是故意违法，是不知道规矩。我宁可多跑两趟，把要求讲清楚，也不愿意一上来就开罚单。
如今退休了，偶尔路过老城区那几家理发店，老板们还会喊一声“邱所长”，我心里是暖的。
""",
    ),
    dict(
        slug="party-hongqi-html-branch-party-history",
        site="浦阳党建网 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.puyangdj.gov.cn/djdt/202506/t20250603_3318.html",
        title="关于开展“党史进支部”巡回宣讲活动的实施方案",
        record_title="关于开展“党史进支部”巡回宣讲活动的实施方案_浦阳党建网",
        date="2025-06-03",
        notes="Party-building portal; rota table; 印发 line kept; date under the issuer",
        page="""
<html><head><meta charset="utf-8"><title>关于开展“党史进支部”巡回宣讲活动的实施方案_浦阳党建网</title></head>
<body><div class="logo">⟦m 浦阳党建网⟧ ⟦m 中共浦阳县委组织部主办⟧</div>
<div class="nav">⟦m 首页 | 党建动态 | 组织建设 | 党员教育 | 远程教育 | 党内法规⟧</div>
<div class="pos">⟦m 您现在的位置：首页 > 党建动态⟧</div>
<h1>{T}</h1>
<div class="ly">⟦m 来源：县委党史研究室　作者：综合科　发布时间：2025-06-03⟧</div>
{BODY}
<div class="print">⟦a 【打印文章】⟧ ⟦a 【关闭】⟧</div>
<div class="links">⟦l 友情链接：共产党员网　省委组织部　学习强国⟧</div>
<div class="copy">⟦m 版权所有：中共浦阳县委组织部　技术维护：县融媒体中心⟧</div>
</body></html>
""",
        body="""
为推动党史学习教育常态化长效化，县委党史研究室决定于6月至9月在全县开展“党史进支部”巡回宣讲活动，特制定本方案。
一、宣讲内容
以《中共浦阳县地方史》为主要教材，重点讲述县域革命斗争史和改革开放以来的发展历程。
二、宣讲安排
月份　宣讲片区　宣讲人
6月　城关片区　周立言
7月　东部山区　计秋萍
8月　西部平原　萧长林
9月　机关和企业支部　研究室全体
三、工作要求
各基层党组织要结合主题党日安排宣讲，每场不少于60人；宣讲结束后填写反馈表，报县委党史研究室。
中共浦阳县委党史研究室
2025年6月3日
中共浦阳县委党史研究室办公室　2025年6月3日印发
""",
    ),
    dict(
        slug="party-dangyuanjia-text-market-speech",
        site="党员之家网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.dyzhijia.org.cn/jianghua/2025/0701/20577.html",
        title="在个体私营经济党建工作推进会上的讲话",
        record_title="【七一专题】在个体私营经济党建工作推进会上的讲话",
        date="2025-06-27",
        notes="decorated title; date under the speech title; speaker line neutral; hard-wrapped",
        page="""
!m 党员之家网　　学习　交流　服务
!m 首页 > 讲话交流 > 七一专题
!t 【七一专题】在个体私营经济党建工作推进会上的讲话
!m 投稿：红枫　　审核：站务组　　2025-07-01
{T}
（2025年6月27日）
县委常委、组织部部长　欧阳敏
{BODY}
!a ☞ 收藏本文　☞ 推荐给朋友　☞ 打印
!l 热门：非公企业党建调研报告｜新就业群体党建工作总结
!d 本站所载文章仅供学习交流使用。
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
同志们：
全县现有个体工商户4.3万户、私营企业8600余家，是稳就业、促发展的重要力量。抓好个体私营经济党建工作，既是政治任务，也是服务发展的实际需要。
下一步，重点抓好三件事：一是扩大组织覆盖，对有3名以上党员的市场、商圈一律单独建立党组织；二是选好配强党建指导员，从机关选派120名干部联系重点商户；三是推动党建与经营深度融合，开展“党员诚信经营户”评选。
同志们，个体私营经济党建工作大有可为，希望大家拿出实招，确保年底前各项任务落地见效。
""",
    ),
    dict(
        slug="hospital-xinhe-html-anaesthesia-clinic",
        site="新禾县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xhxrmyy.com/news/gonggao/2025/0221/1470.html",
        title="关于麻醉评估门诊调整出诊时间的公告",
        record_title="关于麻醉评估门诊调整出诊时间的公告-新禾县人民医院",
        date="2025-02-21",
        notes="hospital site: department's 咨询电话 kept beside the hospital's booking hotline; schedule table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于麻醉评估门诊调整出诊时间的公告-新禾县人民医院</title></head>
<body><div class="top">⟦m 新禾县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 预约挂号：0736-7012120⟧</div>
<div class="menu">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻中心 | 健康科普⟧</div>
<div class="here">⟦m 首页 > 新闻中心 > 医院公告⟧</div>
<h2>{T}</h2>
<p class="time">⟦m 发布者：院办　时间：2025-02-21　浏览：1523⟧</p>
{BODY}
<div class="side">⟦l 快速通道：门诊排班　检查预约　报告查询　住院须知⟧</div>
<div class="foot">⟦m 地址：新禾县人民路66号　湘ICP备15011723号⟧ ⟦d 本网信息仅供参考，具体诊疗请遵医嘱。⟧</div>
</body></html>
""",
        body="""
为方便择期手术患者术前评估，自2025年3月1日起，我院麻醉评估门诊出诊时间调整如下：
日期　时间　地点
周一至周五　8:00—12:00，14:30—17:30　门诊楼三楼12诊室
周六　8:00—12:00　门诊楼三楼12诊室
需行择期手术的患者，请携带近期检查报告和正在服用的药物清单就诊。
麻醉科咨询电话：0736-7012368
特此公告。
新禾县人民医院
2025年2月21日
""",
    ),
    dict(
        slug="hospital-boan-text-trauma-centre",
        site="博安市第二人民医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.baey.org.cn/ywdt/1902.jhtml",
        title="创伤中心2024年度工作总结",
        date="2025-01-10",
        record_date="2025-01-10",
        notes="record date; indicators table; chrome glued after a sentence; chrome line between paragraphs",
        page="""
!m 博安市第二人民医院 · 院务动态
{T}
!m 发布部门：创伤中心　　日期：2025-01-10　　点击：977
{BODY}
!a [ 返回顶部 ]　[ 打印 ]
!m 急诊急救电话：0315-2828120　　地址：博安市建设南路210号
!m 冀ICP备12009034号
""",
        body="""
2024年，创伤中心坚持“以患者为中心、以时间为生命”，全年收治严重创伤患者1086例，抢救成功率96.3%。⟦a 字号：大 中 小⟧
主要指标完成情况如下：
指标　2023年　2024年
严重创伤患者平均入院至手术时间（分钟）　78　59
多学科会诊到位时间（分钟）　15　10
⟦m 点击图片可查看大图⟧
下一年，我们将完善院前院内信息共享平台，力争把入院至手术时间再缩短10分钟。
""",
    ),
    dict(
        slug="college-yunlu-html-sports-medicine",
        site="云麓体育学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ylsport.edu.cn/info/1012/5523.htm",
        title="我校运动医学研究中心揭牌",
        record_title=None,
        date="2025-04-22",
        notes="university news page; 发布日期 byline; photo caption between paragraphs; writer/reviewer line",
        page="""
<html><head><meta charset="utf-8"><title>我校运动医学研究中心揭牌-云麓体育学院新闻网</title></head>
<body><div class="hd">⟦m 云麓体育学院新闻网⟧ ⟦a 学校主页⟧ ⟦a English⟧</div>
<div class="nav">⟦m 首页 校园要闻 综合新闻 学院动态 媒体云体 专题⟧</div>
<div class="cur">⟦m 当前位置: 首页 >> 校园要闻 >> 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-04-22　作者：田佳禾　来源：科研处　点击：[2190]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="sh">⟦m 审核：肖岩⟧</div>
<div class="bottom">⟦m 地址：长沙市岳麓区体院路1号　邮编：410012　©云麓体育学院 版权所有⟧</div>
</body></html>
""",
        body="""
4月21日，我校运动医学研究中心揭牌仪式在康复楼举行。
该中心整合运动康复学、运动人体科学和体育教育训练学三个学科力量，设有运动损伤评估、运动康复和运动营养三个实验室，将为省队运动员和全民健身人群提供损伤预防和康复服务。
⟦m 图为揭牌仪式现场（摄影：龙晨）⟧
中心主任邓凯表示，中心今年将重点开展青少年运动损伤流行病学调查，并与三家医院共建运动医学门诊。
""",
    ),
    dict(
        slug="college-hanshan-text-dietitian-course",
        site="寒山医学高等专科学校 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.hsyz.edu.cn/tz/2024/1015/2231.html",
        title="关于开设“临床营养与膳食指导”选修课的通知",
        record_title="关于开设“临床营养与膳食指导”选修课的通知-教务处",
        date="2024-10-15",
        notes="academic-affairs page; course table; a 扫码 sentence in the body; e-mail contact kept",
        page="""
!m 寒山医学高等专科学校教务处
!m 首页 / 通知公告
!t 关于开设“临床营养与膳食指导”选修课的通知-教务处
!m 作者：教务科　　时间：2024-10-15　　浏览：655
{BODY}
!l 附件下载：（无）
!m Copyright © 寒山医学高等专科学校 教务处　　电话：0512-65118870
""",
        body="""
各二级学院：
为提升学生临床营养实践能力，经研究，本学期增开“临床营养与膳食指导”公共选修课。
课程　学时　学分　上课时间　地点
临床营养与膳食指导　32　2　周三晚18:30—20:50　实训楼B305
课程由营养科主任营养师授课，面向全校二年级学生，限选80人。学生请于10月20日前扫描教学楼公告栏上的选课二维码报名，额满即止。
联系人：教务处　汤老师　邮箱：jwc_tang@hsyz.edu.cn
教务处
2024年10月15日
""",
    ),
]
