"""Holdout12, part C: personal collections, Party-building, hospitals, universities, local forums, download sites. Invented text."""

CASES = [
    dict(
        slug="anthology-jiuyu-speech-volume-nav",
        site="旧雨文集 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://jiuyu.wenji.org/zhao-shuyuan/vol2/017.html",
        title="在全镇退役军人座谈会上的讲话",
        record_title="在全镇退役军人座谈会上的讲话（赵书远文稿·卷二）",
        date="2024-08-01",
        notes="a personal collection: volume navigation, the collector's note, chapter links; date under the title",
        page="""
!m 旧雨文集 · 赵书远文稿
!m 卷二　基层讲话（2021—2024）　第17篇／共42篇
!l ◁ 上一篇　目录　下一篇 ▷
{T}
（2024年8月1日）
{BODY}
!m 整理者按：本篇据作者手稿录入，个别数字经核对更正。
!l ◁ 上一篇：在全镇防汛救灾总结表彰会上的讲话
!l 下一篇：在镇第十九届人大三次会议闭幕时的讲话 ▷
!d 文集内容由作者本人授权发布，未经许可请勿转载。
""",
        indent="　　",
        body="""
各位老战友、同志们：
在建军节到来之际，我们召开全镇退役军人座谈会，同大家一起共庆节日、共叙情谊。首先，我代表镇党委、镇政府，向全镇1300多名退役军人和军属致以节日的祝贺和崇高的敬意！
刚才，几位同志的发言让我很受感动。老班长黄德顺同志退役后回村带头种植葡萄，带动28户乡亲增收；青年退役军人祝磊同志在抗洪抢险中冲锋在前，被评为县级“最美退役军人”。你们脱下军装，本色不改，是全镇干部群众学习的榜样。
这些年，镇里在退役军人服务保障上做了一些工作：建成镇、村两级退役军人服务站，为困难退役军人发放帮扶资金，为退役军人家庭悬挂光荣牌。但我们也知道，还有一些同志在就业、医疗、住房等方面存在困难。镇退役军人服务站要建立台账，逐一走访，能解决的马上解决，一时解决不了的要讲清政策、跟踪落实。
希望大家继续发扬人民军队的优良传统，在乡村振兴、基层治理、平安建设中发挥骨干作用。镇党委、镇政府将一如既往关心支持大家，让退役军人成为全社会尊重的人。
最后，祝大家节日快乐、身体健康、阖家幸福！
""",
    ),
    dict(
        slug="anthology-qingshan-report-html-catalog",
        site="青衫集 (invented personal collection)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://qingshanji.net/works/2023/diaoyan-05.html",
        title="关于农村集体“三资”管理的调查与思考",
        date=None,
        notes="collection HTML: catalog sidebar, reading-progress bar, font-size switcher, collector's annotation after the body; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于农村集体“三资”管理的调查与思考 · 青衫集</title></head><body>
<div class="brand">⟦m 青衫集　——一名县委办老同志的笔记⟧</div>
<div class="progress">⟦a 阅读进度 0%⟧</div>
<div class="fs">⟦a 字号：小 · 标准 · 大 · 特大⟧</div>
<div class="layout">
<nav class="catalog"><h4>⟦l 本集目录⟧</h4>
<p>⟦l 01 县域经济发展的几点思考⟧</p><p>⟦l 02 关于山区教育布局调整的调查⟧</p><p>⟦l 03 “河长制”落实情况调研⟧</p><p>⟦l 04 关于农村集体“三资”管理的调查与思考（本篇）⟧</p></nav>
<div class="paper">
<h1>{T}</h1>
{BODY}
<p class="note">⟦m 【编者注】本文原载于县委办内刊，收入本集时略有删节。⟧</p>
</div></div>
<div class="pager">⟦l « 上一篇 · 返回目录 · 下一篇 »⟧</div>
<div class="foot">⟦m 青衫集 个人文集 仅作存档　联系：qingshanji#163.com⟧</div>
</body></html>
""",
        body="""
农村集体资金、资产、资源（简称“三资”）是农村集体经济组织的重要物质基础，管好用好“三资”，直接关系农民群众切身利益和农村社会稳定。近期，笔者随县委督查室到6个乡镇、18个村，就农村集体“三资”管理情况进行了调查。
从调查情况看，近年来各地普遍推行了村账乡代管、村务监督委员会等制度，“三资”管理总体规范。但也存在一些不容忽视的问题：一是底数不清，部分村对集体资产登记不全，一些早年建设的村部、仓库、机耕路没有入账；二是合同管理不规范，有的资源发包合同期限过长、价格过低，有的合同到期后未续签仍在使用；三是监督流于形式，个别村务监督委员会成员由村干部亲属担任，监督作用发挥不够。
针对上述问题，笔者认为应当从三个方面着力。其一，全面开展清产核资“回头看”，建立“三资”电子台账，做到账实相符、动态更新。其二，规范资产资源交易，凡标的额达到一定标准的，一律进入乡镇农村产权交易平台公开交易。其三，强化监督问责，把“三资”管理纳入村级巡察和村干部经济责任审计重点内容，对侵占挪用集体资产的严肃查处。
“三资”管理看似是经济问题，实则是民心问题。只有把集体的家底管清楚、用明白，才能让群众放心、让干部安心。
""",
    ),
    dict(
        slug="dangjian-hongshi-lecture-html-outline-qr",
        site="红石党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="https://www.hongshidj.cn/dkjg/202506/t20250624_77102.html",
        title="传承红色基因　担当时代使命——七一专题党课讲稿",
        record_date="2025-06-24",
        date="2025-06-24",
        notes="Party-building site: banner slogan, nav, source/author/editor meta, font and print tools, QR share, related lectures; outline headings 一、（一）",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>传承红色基因　担当时代使命——七一专题党课讲稿_红石党建网</title></head><body>
<div class="banner">⟦m 红石党建网⟧ ⟦m 不忘初心　牢记使命⟧</div>
<div class="nav">⟦m 首页　党建要闻　理论学习　党课专栏　基层党建　廉政在线　先锋风采⟧</div>
<div class="place">⟦m 当前位置：首页 - 党课专栏 - 精品党课⟧</div>
<div class="art">
<div class="art-t">{T}</div>
<div class="art-i">⟦m 来源：市直机关工委　　作者：葛文涛　　时间：2025-06-24⟧</div>
<div class="art-tool">⟦a 【字号 放大 缩小】⟧ ⟦a 【打印】⟧ ⟦a 【扫一扫在手机打开当前页】⟧</div>
<div class="art-c">
{BODY}
</div>
<div class="art-e">⟦m 责任编辑：马思远⟧</div>
</div>
<div class="xg"><div>⟦l 相关党课⟧</div><p>⟦l 新时代党员如何践行初心使命⟧</p><p>⟦l 从党史中汲取奋进力量⟧</p></div>
<div class="foot">⟦m 中共红石市委组织部主办　红石市党员教育中心承办⟧ ⟦m 湘ICP备14011205号⟧</div>
</body></html>
""",
        body="""
同志们：
今天是“七一”前夕，我们在这里上一堂专题党课，主题是“传承红色基因、担当时代使命”。下面，我讲三个方面的内容。
一、红色基因是我们党的精神命脉
（一）红色基因孕育于伟大斗争。从南湖红船扬帆起航，到井冈山星火燎原，再到延安窑洞里的灯火，一代代共产党人在血与火的考验中铸就了坚定信仰、对党忠诚、为民服务的精神品格。
（二）红色基因体现在党员的日常言行中。传承红色基因，不是空喊口号，而是要落实在对待工作的态度上、服务群众的感情上、遵规守纪的自觉上。
二、传承红色基因要知行合一
（一）在学习中传承。要把党史学习教育常态化长效化，经常读一读红色经典，走一走红色遗址，讲一讲身边的先进典型。
（二）在实践中传承。我们市直机关党员要立足岗位，当好服务发展的“店小二”，在急难险重任务面前冲得上、顶得住。
三、担当时代使命要从我做起
1.要敢于担当。面对矛盾不回避，遇到困难不退缩，在推动高质量发展中勇挑重担。
2.要善于担当。加强学习、提高本领，切实增强解决实际问题的能力。
3.要廉洁担当。严守纪律规矩，做到干净干事、清白做人。
同志们，红色基因代代相传，使命担当接力赓续。让我们以更加昂扬的精神状态，在新征程上书写新的答卷！
""",
    ),
    dict(
        slug="dangjian-xianfeng-plan-decorated-text",
        site="先锋e家 党建云平台 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://dj.xianfengejia.cn/activity/plan/20250828/5117.html",
        title="9月份主题党日活动方案",
        record_title="【支部必备】9月份主题党日活动方案（附流程）",
        date="2025-08-28",
        notes="decorated record title; platform chrome (积分, 学习打卡), the branch's own schedule lines kept; date under the signature",
        page="""
!m 先锋e家·党建云
!m 支部工作 > 主题党日 > 活动方案
!t 【支部必备】9月份主题党日活动方案（附流程）
!a 学习打卡 +2积分　｜　⇪ 下发至支部　｜　☆ 收藏方案
{T}
{BODY}
!a 一键生成活动记录表 ▸
!l 其他支部还在用：8月份主题党日方案｜国庆节主题党日方案｜党员政治生日活动方案
!d 平台资料仅供各级党组织参考使用
""",
        indent="　　",
        body="""
为进一步加强支部建设，增强党员党性修养，根据机关党委年度工作安排，结合支部实际，制定9月份主题党日活动方案。
一、活动主题
学思践悟强党性　立足岗位作表率
二、活动时间
2025年9月5日（星期五）下午3:00
三、活动地点
局机关五楼党员活动室
四、参加人员
支部全体党员，入党积极分子列席
五、活动流程
（一）重温入党誓词。由支部书记领誓，全体党员面向党旗重温入党誓词。
（二）集中学习。学习《中国共产党党员教育管理工作条例》相关内容，观看警示教育片。
（三）交流研讨。每名党员结合岗位实际，围绕“如何在本职工作中发挥先锋模范作用”作简短发言。
（四）缴纳党费。按月足额缴纳9月份党费。
（五）志愿服务。活动结束后，组织党员到联系社区开展“清洁家园”志愿服务。
六、有关要求
全体党员要按时参加，不得无故缺席；确因特殊情况不能参加的，须向支部书记请假。支部组织委员负责做好活动记录。
第三党支部
2025年8月28日
""",
    ),
    dict(
        slug="hospital-ruikang-notice-html-visitor-table",
        site="瑞康市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.rkdeyy.com/news/notice/2025-09-03/812.html",
        title="关于调整住院部探视管理规定的通知",
        date="2025-09-03",
        notes="hospital site: appointment and hotline chrome, nav, table of visiting hours as rows, the hospital's own service phone in the body; date from 发布时间 and signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于调整住院部探视管理规定的通知-瑞康市第二人民医院</title></head><body>
<div class="top">⟦m 瑞康市第二人民医院　三级乙等综合医院⟧ ⟦m 急救电话：0717-6120120⟧ <a>⟦a 预约挂号⟧</a> <a>⟦a 报告查询⟧</a></div>
<div class="nav">⟦m 医院概况　新闻动态　科室导航　专家介绍　就医指南　党建文化⟧</div>
<div class="pos">⟦m 位置：首页 > 新闻动态 > 医院公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<p class="time">⟦m 发布时间：2025-09-03　发布者：院办　阅读：3094⟧</p>
{BODY}
</div>
<div class="side"><p>⟦l 门诊时间⟧</p><p>⟦l 医保政策⟧</p><p>⟦l 院长信箱⟧</p><p>⟦l 满意度调查⟧</p></div>
<div class="foot">⟦m 地址：瑞康市解放大道301号　邮编：443100⟧ ⟦m Copyright© 2025 瑞康市第二人民医院⟧ ⟦m 鄂ICP备11007341号⟧</div>
</body></html>
""",
        body="""
各位患者及家属：
为保障住院患者安心治疗和休息，维护良好的诊疗秩序，降低院内交叉感染风险，经院务会研究，决定自2025年9月10日起调整住院部探视管理规定，现将有关事项通知如下。
一、探视时间
病区　探视时段
普通病区　每日15:00—17:00、19:00—20:30
重症监护病区　每日16:00—16:30
新生儿病区　每周二、周五15:00—15:30（视频探视）
二、探视要求
每位患者每次限1人探视，陪护人员实行“一患一陪护”，凭陪护证出入。12岁以下儿童不宜进入病区探视。探视人员如有发热、咳嗽等症状，请暂缓探视。
三、其他事项
请探视人员自觉遵守医院规定，保持病区安静，不在病区内吸烟、喧哗。对患者的病情咨询，请在医生查房后向主管医生了解。
如有疑问，请拨打医院服务中心电话：0717-6128866。
感谢您的理解与配合！
瑞康市第二人民医院
2025年9月3日
""",
    ),
    dict(
        slug="hospital-anning-summary-text-party",
        site="安宁县中医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.anningzyy.cn/djwh/20250108/1102.html",
        title="县中医院2024年行风建设工作总结",
        record_title="县中医院2024年行风建设工作总结_安宁县中医院",
        date="2025-01-08",
        notes="hospital text page; the hospital slogan between title and body; views line; 行风 complaint hotline in the body kept",
        page="""
!m 安宁县中医院　　医者仁心　大医精诚
!m 首页 >> 党建文化 >> 行风建设
{T}
!m 医院精神：厚德　精术　仁爱　创新
!m 信息来源：院纪委办　　时间：2025年01月08日　　浏览：608
{BODY}
!a 【字体：大　中　小】【打印】【关闭】
!m 医院地址：安宁县城关镇杏林路9号　　导医台：0879-5531200
""",
        indent="　　",
        body="""
2024年，我院坚持以人民健康为中心，持续深化医药领域腐败问题集中整治和行业作风建设，医院行风建设取得明显成效。
一是健全制度体系。修订完善《医务人员医德考评实施细则》《收受“红包”“回扣”责任追究办法》等制度9项，将医德医风考评结果与职称晋升、评先评优、绩效分配挂钩。
二是开展集中整治。聚焦药品耗材采购、医保基金使用、检查检验等重点环节，开展自查自纠，发现并整改问题27个，退回不合理收费4.3万元。
三是加强教育引导。组织全院职工观看警示教育片、参观廉政教育基地，举办“医德医风大讲堂”6期，全院职工签订廉洁行医承诺书。
四是畅通监督渠道。在门诊、住院部设置意见箱12个，公布行风监督电话0879-5531317，聘请社会监督员10名，全年收到表扬信62封、锦旗48面，患者满意度达到96.3%。
2025年，我院将继续把行风建设作为一项长期任务抓紧抓实，努力为群众提供更加优质、便捷、放心的医疗服务。
""",
    ),
    dict(
        slug="univ-qiming-speech-html-president-under-title",
        site="启明大学新闻网 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://news.qiming.edu.cn/info/1003/28877.htm",
        title="在2025级本科生开学典礼上的讲话",
        record_title="校长在2025级本科生开学典礼上的讲话-启明大学新闻网",
        date="2025-09-06",
        date_also=["2025-09-07"],
        notes="university news site: speaker and date lines under the title (neutral), photo credit, editors, column nav, footer with address; speech body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>校长在2025级本科生开学典礼上的讲话-启明大学新闻网</title></head><body>
<div class="sitehd">⟦m 启明大学新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m English⟧</a></div>
<div class="col">⟦m 启明要闻 | 综合新闻 | 教学科研 | 学子风采 | 媒体启明 | 讲话文章⟧</div>
<div class="crumb">⟦m 首页 → 讲话文章 → 正文⟧</div>
<div class="info-t">{T}</div>
<div class="spk">启明大学校长　严知秋</div>
<div class="dt">（2025年9月6日）</div>
<div class="info-m">⟦m 发布日期：2025-09-07　点击：<span>4981</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="edt">⟦m 文字整理：党委宣传部　责任编辑：邱雨禾⟧</div>
<div class="foot">⟦m 启明大学党委宣传部主办　地址：江宁大学城启明路1号⟧ ⟦m 苏ICP备05007118号⟧</div>
</body></html>
""",
        body="""
亲爱的2025级新同学们，各位老师、各位家长：
大家上午好！今天，我们在这里隆重举行2025级本科生开学典礼，4860名新同学正式成为启明大学的一员。我代表学校，向你们表示热烈的欢迎！
同学们，大学是人生的新起点。在今后的四年里，我希望大家做好三件事。
第一，学会独立思考。大学的学习不同于中学，没有人会每天告诉你该做什么。希望大家多问几个为什么，不迷信权威、不人云亦云，在质疑和探索中形成自己的见解。
第二，学会与人相处。你们来自全国31个省区市，有着不同的成长背景和生活习惯。希望大家彼此尊重、相互包容，在集体生活中学会合作、学会担当。
第三，学会关心社会。大学不是象牙塔，希望大家把个人成长同国家发展紧密联系起来，多到基层去、到实践中去，了解国情、服务社会。
同学们，启明园里的每一棵树、每一条路，都见证过一代代学子的奋斗。愿你们在这里读书、思考、成长，度过一段无悔的青春时光！
谢谢大家！
""",
    ),
    dict(
        slug="univ-lanling-notice-text-docno-attachment",
        site="兰陵职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.llvtc.edu.cn/jwc/tzgg/2025/1015/4412.html",
        title="关于开展2025—2026学年第一学期期中教学检查的通知",
        record_title=None,
        date="2025-10-15",
        notes="no record title; the 教务处 page in text; document number line neutral; attachment names of the notice kept; the only date is the signature",
        page="""
!m 兰陵职业技术学院 教务处
!m 当前位置：首页 — 通知公告
{T}
兰职院教〔2025〕52号
!m 点击数：417　　【关闭本页】
{BODY}
!l 附件下载：期中教学检查自查表.docx（下载次数：88）
!m 版权所有：兰陵职业技术学院教务处　地址：兰陵市职教园区学府大道6号
""",
        body="""
各二级学院、各教学部：
为全面了解本学期教学运行情况，及时发现和解决教学工作中存在的问题，进一步提高教学质量，经研究，决定开展2025—2026学年第一学期期中教学检查。现将有关事项通知如下。
一、检查时间
2025年11月3日至11月14日（第10周至第11周）。
二、检查内容
（一）教学运行情况。检查课程表执行、调停课、教师到岗和学生出勤情况。
（二）教学资料情况。检查授课计划、教案、课件、作业批改和实训指导书等教学文件。
（三）实践教学情况。重点检查实训课开出率、校外实习学生管理情况。
三、检查方式
各二级学院先行自查，学校组织督导组随机听课、抽查资料，并召开学生座谈会。
四、工作要求
各二级学院于11月17日前将自查报告和附件1、附件2报送教务处。
附件：1.期中教学检查自查表
2.学生座谈会意见汇总表
教务处
2025年10月15日
""",
    ),
    dict(
        slug="localforum-taoxi-pledge-junk-glued",
        site="桃溪在线 (invented local forum)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.taoxi0558.com/thread-99120-1-1.html",
        title="关于节约用水的倡议书",
        record_title="【转帖】关于节约用水的倡议书",
        date="2025-07-26",
        notes="local forum: board info, level badges, anti-scraping junk glued after 。 and as lines, reply floors; the pledge's own date at the end",
        page="""
!m 桃溪在线 › 桃溪杂谈 › 查看帖子
!t 【转帖】关于节约用水的倡议书
!m 楼主：溪边垂钓　　等级：七品县令　　发帖时间：2025-07-27 10:05
{BODY}
!l 2楼　溪上人家：支持！我们小区最近晚上水压都很低
!l 3楼　阿福爸爸：节约用水人人有责
!a 快速回复　　高级模式　　【点我发帖】
!d 桃溪在线所有帖子仅代表网友个人观点，与本站立场无关。
!m 桃溪在线　客服QQ群：311209876　皖ICP备13004487号
""",
        junk=dict(lines=2, glued=4),
        indent="　　",
        body="""
全县广大居民朋友们：
入夏以来，我县持续高温少雨，县城主要供水水源水位持续下降，加之用水需求大幅增加，城区供水压力明显加大，部分高层住户出现水压不足的情况。为保障全县居民基本生活用水，县城市管理局、县水务公司向全体居民发出如下倡议。
一、树立节水意识。水是生命之源，请大家充分认识当前供水形势的严峻性，从自身做起，从点滴做起，珍惜每一滴水。
二、养成节水习惯。洗菜、淘米的水可以用来浇花，洗衣服的水可以用来冲厕所；刷牙、洗手时随手关闭水龙头；尽量淋浴、缩短淋浴时间。
三、检修用水设施。请及时检查家中水龙头、马桶水箱等设施，发现跑冒滴漏要及时维修。
四、错峰合理用水。请尽量避开早上7点至9点、晚上7点至10点的用水高峰时段洗衣、储水。
五、共同监督浪费。发现公共供水管道漏水、破损以及浪费水资源的行为，请及时拨打供水服务热线96616反映。
节约用水，人人有责。让我们携起手来，共同度过用水紧张期！
县城市管理局
县水务有限公司
2025年7月26日
""",
    ),
    dict(
        slug="localforum-meicheng-news-html-floors",
        site="梅城论坛 (invented local forum)",
        style="地方论坛",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.meichengbbs.cn/t/558231",
        title="梅城老街改造工程本月底完工",
        record_title="梅城老街改造工程本月底完工（附交通绕行图）",
        date=None,
        notes="local forum HTML: ads bar, hot-post ribbon, user cards, reply floors with quotes, board rules; a news item reposted without its date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>梅城老街改造工程本月底完工（附交通绕行图）- 梅城论坛</title></head><body>
<div class="ad">⟦m 梅城论坛——梅城人自己的网上家园⟧ ⟦w 商家入驻热线：139 0576 2218⟧</div>
<div class="ribbon">⟦l 今日热帖：梅城二中录取分数线出炉 ｜ 周末哪里可以摘杨梅⟧</div>
<div class="crumb">⟦m 梅城论坛 » 城事播报 » 正文⟧</div>
<div class="post first">
<div class="ucard">⟦m 小城记者站⟧ ⟦m 版主⟧</div>
<h1>⟦t 梅城老街改造工程本月底完工（附交通绕行图）⟧</h1>
<div class="pbody">
{BODY}
</div>
<div class="pfoot">⟦l 收藏(12)　评分　举报　回复⟧</div>
</div>
<div class="post">⟦l 沙发　老街坊阿强：终于要完工了，盼了快一年⟧</div>
<div class="post">⟦l 板凳　梅子黄时：引用 老街坊阿强：同盼！修好了带娃去逛⟧</div>
<div class="rules">⟦d 版规：转载新闻请注明来源，禁止发布广告，违者删帖⟧</div>
<div class="ft">⟦m 梅城论坛 © 2006-2025　浙ICP备06018720号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
记者从县住建局获悉，梅城老街改造提升工程目前已进入收尾阶段，预计本月底全面完工并恢复通行。
梅城老街全长1.2公里，始建于明代，沿街保留有清末民初建筑40余处。由于年久失修，老街存在路面破损、管线杂乱、排水不畅等问题。去年9月，县里启动老街改造提升工程，对街巷路面、地下管网、建筑立面和夜景照明进行全面改造。
施工中，项目坚持“修旧如旧”原则，路面采用原拆下的青石板重新铺设，对沿街历史建筑实行“一楼一策”保护修缮，同时将强弱电线路全部改为地下敷设。
目前，老街路面铺设、管网改造已全部完成，正在进行立面修缮收尾和绿化种植。完工后，老街将引入非遗工坊、特色餐饮和文创店铺，打造集文化体验、休闲购物于一体的特色街区。
施工期间，老街仍实行交通管制，请市民绕行解放路、北门路通行。
""",
    ),
    dict(
        slug="download-xiazaiba-plan-file-name-meta",
        site="下载吧资料站 (invented)",
        style="资料下载站",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.xzbzl.com/soft/doc/203318.html",
        title="2025年社区网格化管理工作计划",
        record_title="2025年社区网格化管理工作计划.doc",
        date=None,
        notes="download site: file size, format, licence, rating, mirror links, unzip password; plan text in the 'content preview'; no date",
        page="""
!m 下载吧资料站 > 办公文档 > 计划方案
!t 2025年社区网格化管理工作计划.doc
!m 资料大小：46KB　资料格式：doc　授权方式：免费　更新时间：2025-03-11
!m 资料评分：★★★★☆　下载次数：1536
!a ↓ 电信高速下载　　↓ 联通高速下载　　↓ 本地下载
!d 解压密码：www.xzbzl.com　　提示：本站资料均来自网络，仅供学习研究之用
!m 内容预览：
{BODY}
!l 同类资料排行：1.社区工作计划范文 2.网格员工作总结 3.社区治理创新方案
!a 报告错误　　收藏本页
""",
        body="""
2025年，我社区将以党建引领为核心，持续深化网格化管理，推动服务管理力量向网格下沉，不断提升基层治理精细化水平。
一、优化网格设置。按照“规模适度、便于管理、界定清晰”的原则，将社区划分为12个基础网格、2个专属网格，每个网格配备1名专职网格员和若干名兼职网格员，实现网格全覆盖、无缝隙。
二、建强网格队伍。建立“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系，吸纳在职党员、退休干部、热心居民加入网格服务队伍，全年开展网格员业务培训不少于4次。
三、做实网格服务。网格员每周走访网格内居民不少于20户，重点关注独居老人、残疾人、困难家庭等群体，做到底数清、情况明。对居民反映的问题，实行“网格发现、社区吹哨、部门报到”闭环处置。
四、强化考核激励。制定网格员考核办法，将走访入户、问题处置、群众满意度等纳入考核内容，考核结果与绩效报酬挂钩，激发网格员工作积极性。
""",
    ),
    dict(
        slug="download-wenjuku-summary-html-mirrors",
        site="文具库下载 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://down.wenjuku.net/fanwen/zj/11820.html",
        title="2025年上半年统计工作总结",
        record_title="2025年上半年统计工作总结 免费下载-文具库",
        date="2025-07-04",
        notes="download site HTML: spec table, mirror buttons, virus-scan badge, rating stars, 'people also downloaded'; the summary has its own signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年上半年统计工作总结 免费下载-文具库</title></head><body>
<div class="hd">⟦m 文具库 · 绿色资料下载⟧ <a>⟦a 手机版⟧</a></div>
<div class="crumb">⟦m 文具库首页 ＞ 范文资料 ＞ 工作总结⟧</div>
<div class="info">
<h1>{T}</h1>
<table class="spec"><tr><td>⟦m 文件类型：Word⟧</td><td>⟦m 文件大小：29.4KB⟧</td></tr><tr><td>⟦m 语言：简体中文⟧</td><td>⟦m 安全检测：✔ 无病毒 ✔ 无广告⟧</td></tr></table>
<div class="btns">⟦a 立即下载⟧ ⟦a 备用地址一⟧ ⟦a 备用地址二⟧</div>
</div>
<div class="intro"><h2>⟦m 资料简介⟧</h2>
{BODY}
</div>
<div class="also"><h3>⟦l 下载了本资料的人还下载了⟧</h3><p>⟦l 统计局年度工作总结.docx⟧</p><p>⟦l 统计调查工作计划.doc⟧</p></div>
<div class="ft">⟦d 本站所有资料均来源于网络，如有侵犯您的权益，请联系我们删除⟧ ⟦m 文具库 wenjuku.net⟧</div>
</body></html>
""",
        body="""
今年上半年，县统计局在县委、县政府的正确领导和市统计局的精心指导下，紧紧围绕统计中心工作，扎实推进统计调查、统计服务和统计监督各项工作，较好地完成了上半年目标任务。
一、统计调查任务圆满完成。按时完成各项常规统计报表的采集、审核和上报工作，数据质量稳步提高。顺利完成第五次全国经济普查资料开发和成果发布工作，编印《经济普查资料汇编》300册。
二、统计服务能力不断提升。围绕县委、县政府关注的重点工作，撰写统计分析报告14篇，其中2篇获县领导肯定性批示。按月编印《统计月报》，为领导决策提供数据支撑。
三、统计执法监督持续加强。开展统计执法“双随机”检查，抽查企业38家，对发现的问题督促整改到位，全县统计工作秩序进一步规范。
四、统计基层基础持续夯实。组织乡镇统计员、企业统计人员业务培训2期，培训450人次，统计队伍业务能力得到提升。
下半年，我们将紧盯全年目标任务，加强经济运行监测分析，为全县经济社会高质量发展提供优质统计服务。
县统计局
2025年7月4日
""",
    ),
]
