"""holdout57, part C: association, enterprise, training school, writing app, exam forum, wiki Q&A,
cloud drive, search snapshot, print view and forwarded mail. Invented text."""

CASES = [
    dict(
        slug="association-hengqi-html-weighing-pledge",
        site="楮溪市衡器行业协会 (invented)", style="行业协会", genre="倡议书", kind="initiative", form="html",
        source="http://www.chuxi-hq.example.org/xhdt/2025/0520/91.html",
        title="诚信计量 公平交易——致全市衡器企业的倡议书",
        record_title="[协会倡议] 诚信计量 公平交易——致全市衡器企业的倡议书",
        date="2025-05-20",
        page="""
<html><head><meta charset="utf-8"><title>[协会倡议] 诚信计量 公平交易——致全市衡器企业的倡议书 | 楮溪市衡器行业协会</title></head>
<body>
<header>⟦m 楮溪市衡器行业协会 CHUXI WEIGHING INSTRUMENT ASSOCIATION⟧</header>
<nav>⟦m 协会概况 · 协会动态 · 会员风采 · 政策法规 · 入会指南⟧</nav>
<main>
<h1>⟦t [协会倡议] 诚信计量 公平交易——致全市衡器企业的倡议书⟧</h1>
<div class="line">⟦m 发布：协会秘书处　｜　2025-05-20　｜　浏览 206 次⟧</div>
{BODY}
<div class="btns">⟦l 分享至朋友圈⟧ ⟦a 复制链接⟧</div>
</main>
<aside><h4>⟦l 会员单位⟧</h4><p>⟦l 沣湄恒准科技　桤川精测仪器　楮溪称重设备厂⟧</p><p>⟦a 申请入会 →⟧</p></aside>
<footer>⟦m 秘书处电话：0591-27731806　邮箱：office@chuxi-hq.example.org⟧<br>⟦m 闽ICP备18022417号⟧</footer>
</body></html>
""",
        body="""
全市衡器生产、销售和维修企业：
5月20日是“世界计量日”。计量是公平交易的基础，一台准确的秤，关系着千家万户的切身利益。协会向全体会员企业发出如下倡议：
一、守住底线。坚决不生产、不销售、不改装作弊秤，不为电子秤加装遥控作弊装置。
二、依法检定。督促用户按期送检，维修后的衡器经检定合格方可交付使用。
三、接受监督。在经营场所公开投诉电话，主动接受市场监管部门和群众监督。
让我们携起手来，以诚信计量守护公平交易！
楮溪市衡器行业协会
2025年5月20日
""",
    ),
    dict(
        slug="corp-yanxin-html-news-saltchem",
        site="盐鑫化工集团 (invented)", style="企业官网", genre="新闻", kind="news", form="html",
        source="https://www.yanxin-chem.example.com/news/company/2025/1103.html",
        title="集团召开四季度安全生产专题会",
        record_title=None,
        date="2025-10-09",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻中心-盐鑫化工集团</title><link href="/css/style.css" rel="stylesheet"></head>
<body>
<div class="logo">⟦m 盐鑫化工集团 以盐为本 绿色发展⟧</div>
<ul class="menu"><li>⟦m 走进盐鑫⟧</li><li>⟦m 产品中心⟧</li><li>⟦m 新闻中心⟧</li><li>⟦m 社会责任⟧</li><li>⟦m 人才招聘⟧</li><li>⟦m EN⟧</li></ul>
<div class="banner">⟦m 新闻中心 NEWS CENTER⟧</div>
<div class="crumb">⟦m HOME / 新闻中心 / 集团要闻⟧</div>
<div class="news-detail">
<div class="tit">⟦t 集团召开四季度安全生产专题会⟧</div>
<div class="date">⟦m 发布时间：2025-10-09　　作者：集团安环部⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：盐鑫化工荣获“省级绿色工厂”称号⟧<br>⟦l 下一篇：集团开展国庆节前安全大检查⟧</div>
</div>
<div class="footer">⟦m 销售热线：400-870-2260⟧　⟦d Copyright©2025 盐鑫化工集团有限公司 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
10月9日，集团召开四季度安全生产专题会，总结前三季度安全工作，部署四季度重点任务。
会议通报，前三季度集团未发生一般及以上生产安全事故，隐患整改率达到百分之九十八。
会议要求，各单位要紧盯冬季防冻防凝、液氯储罐和盐硝装置检修等关键环节，严格落实特殊作业审批制度。
集团总经理卜晓峰强调，安全生产没有“差不多”，各级负责人要盯在现场、管在一线。
""",
    ),
    dict(
        slug="training-qiantu-summary-electrician-wrap",
        site="前途职业培训学校 (invented)", style="培训机构", genre="工作总结", kind="summary", form="text",
        source="http://www.qiantu-px.example.cn/article/3308.html",
        title="2025年低压电工作业培训班工作总结",
        record_title="学员天地 | 2025年低压电工作业培训班工作总结",
        date="2025-12-12",
        wrap=64, indent="　　",
        page="""
!m 前途职业培训学校 — 一技在手 前途在握
!m 首页  课程设置  报名须知  学员天地  联系我们
!t 学员天地 | 2025年低压电工作业培训班工作总结
!m 2025-12-15  教务处  阅读(97)
{BODY}
!w 报名咨询：138 0731 6620（许老师，微信同号）
!a 立即在线报名，享早鸟优惠
!m 办学许可证号：湘人社民4301002190号
""",
        body="""
今年我校共举办低压电工作业培训班六期，培训学员三百一十二人，参加应急管理部门组织的考核二百九十八人，一次考核合格率百分之九十一。
在教学安排上，我们把理论课和实操课的比例调整为四比六，新增了剩余电流保护装置安装调试和触电急救两个实操项目。
在师资建设上，学校从县供电所聘请两名一线技师担任兼职教师，把现场案例带进课堂。
明年，我们将争取开办高压电工作业和电力电缆作业培训项目，进一步满足企业用工需求。
前途职业培训学校教务处
2025年12月12日
""",
    ),
    dict(
        slug="app-bimiao-plan-share-page-eggs",
        site="笔喵写作App (invented)", style="范文APP", genre="方案", kind="plan", form="text",
        source="https://share.bimiao.example.app/p/Xq7LmR2c",
        title="药材专业合作社2025年中药材种植技术培训方案",
        record_title="药材专业合作社2025年中药材种植技术培训方案（可编辑）",
        date=None,
        page="""
!a 打开笔喵App，查看完整文档
!m 笔喵 · 写作助手
!t 药材专业合作社2025年中药材种植技术培训方案（可编辑）
!m 来自笔喵用户「山里的药农」的分享　·　1.2万人看过
{BODY}
!a 以上为预览内容，App内一键改写成你的方案
!l 你可能还需要：合作社年度工作计划｜技术培训签到表｜培训总结模板
!a 下载笔喵　　微信打开
""",
        body="""
为提高社员中药材种植技术水平，促进合作社增产增收，特制定本方案。
一、培训对象：合作社全体社员及周边种植户，预计一百五十人。
二、培训内容：黄精、白及的选地整地、育苗移栽、病虫害绿色防控和采收加工。
三、培训方式：集中授课与田间指导相结合，每月组织一次，全年不少于八次。
四、保障措施：合作社负责场地和午餐，培训教材由县农业技术推广中心提供。
××药材专业合作社
20××年×月×日
""",
    ),
    dict(
        slug="gkforum-shenxue-insight-floors",
        site="申学公考论坛 (invented)", style="公考论坛", genre="心得体会", kind="insight", form="text",
        source="http://bbs.shenxue-gk.example.com/t/660215",
        title="基层治超站挂职锻炼心得体会",
        record_title="[申论素材] 基层治超站挂职锻炼心得体会（附可用金句）",
        date=None,
        page="""
!m 申学公考论坛 > 申论交流区 > 素材积累
!t [申论素材] 基层治超站挂职锻炼心得体会（附可用金句）
!m 楼主：上岸吧阿木　　发表于 3 小时前　　阅读 922　回复 30
!d 注：本帖为网友分享，原作者不详，仅供备考参考
{BODY}
!l 【可用金句】“公路是国家的血管，治超就是给血管减负。”
!l 1楼　一战成公　已收藏，感谢楼主
!l 2楼　逢考必过2026　金句那句挺好用
!a 回复本帖可查看楼主整理的素材合集（需登录）
""",
        body="""
按照组织安排，我到县公路超限检测站挂职锻炼三个月，深刻体会到基层执法工作的艰辛与价值。
一是体会到治超工作事关人民群众生命财产安全。一辆严重超限的货车，对桥梁和路面的破坏相当于几百辆小汽车。
二是体会到基层干部的坚守。检测站实行三班倒，夜里一个班组要连续工作十二个小时，同志们从无怨言。
三是体会到执法要讲方法。对初次超限的司机，我们以教育为主，讲清危害，引导其主动卸载。
这段经历让我更加坚定了扎根基层、服务群众的信念。
""",
    ),
    dict(
        slug="wiki-zhiku-entry-metrology-verification",
        site="知库百科 (invented)", style="百科问答", genre="百科", kind="other", form="html",
        source="https://baike.zhiku.example.com/item/强制检定/40211",
        title="强制检定",
        record_title="强制检定_知库百科",
        date=None,
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>强制检定_知库百科</title></head>
<body>
<div class="top">⟦m 知库百科 · 全世界的知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="search">⟦a 进入词条　搜索词条⟧</div>
<div class="lemma">
<h1>⟦t 强制检定⟧</h1>
<div class="tool">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦l 收藏 218⟧ ⟦l 赞 47⟧</div>
<div class="summary">⟦m 本词条由“知库百科·计量科普”团队审核⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 计量法释义（示例出版社，20××年）⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：12038次　编辑次数：9次　最近更新：计量小侠（2025-11-02）⟧</div>
</div>
<div class="foot">⟦d ©2025 知库百科　使用前必读　免责声明⟧</div>
</body></html>
""",
        body="""
强制检定是指由县级以上人民政府计量行政部门指定的法定计量检定机构或者授权的计量技术机构，对强制检定的计量器具实行的定点定期检定。
1. 适用范围
用于贸易结算、安全防护、医疗卫生、环境监测方面的列入强制检定目录的工作计量器具，如集贸市场用秤、加油机、出租车计价器等。
2. 检定周期
检定周期由检定规程规定，例如某市规定集贸市场电子计价秤每年检定一次，使用单位应在有效期届满前申请检定。
3. 法律责任
使用不合格或者未按规定申请检定的计量器具的，由计量行政部门责令停止使用，可并处罚款。
""",
    ),
    dict(
        slug="netdisk-yunmu-speech-share-oneline",
        site="云木网盘 (invented)", style="网盘分享", genre="讲话稿", kind="speech", form="text",
        source="https://pan.yunmu.example.com/s/1bX9kpQe",
        title="在全县电力保供工作推进会上的讲话",
        record_title="在全县电力保供工作推进会上的讲话.docx",
        date=None,
        oneline=True, indent="　　",
        page="""
!m 云木网盘 | 分享你的文件
!m 山村电工 分享了文件　有效期：永久
!t 在全县电力保供工作推进会上的讲话.docx
!m 大小 31.6KB　　分享时间 2025-12-20 18:44　　浏览 64
!a 保存到我的网盘　　下载（需登录）
{BODY}
!d 为保护您的隐私，请勿通过网盘传播涉密文件
!a 举报　　打开云木App，享高速下载
""",
        body="""
同志们：
今天召开全县电力保供工作推进会，主要任务是分析当前电力供需形势，部署迎峰度冬保供工作。
今冬明春全县最大负荷预计达到四十八万千瓦，同比增长百分之九，局部时段存在供电缺口。
各乡镇、各有关部门要把电力保供作为重大民生工程，严格落实有序用电方案，优先保障居民生活、学校医院和重要用户用电。
县供电公司要加强设备巡视和应急抢修，确保故障抢修到达现场时间城区不超过四十五分钟。
同志们，保供就是保民生，希望大家以高度负责的态度抓好各项工作落实。
""",
    ),
    dict(
        slug="snapshot-sousou-cache-salt-regulation",
        site="搜搜快照 (invented)", style="搜索快照", genre="通知", kind="notice", form="text",
        source="http://cache.sousou.example.com/c?m=9d78d513&p=salt-notice",
        title="关于加强食盐质量安全监管的通知",
        record_title="关于加强食盐质量安全监管的通知 - 苇塘县市场监督管理局",
        date="2025-01-22",
        page="""
!d 这是搜搜对 http://scjg.weitang.example.gov.cn/tzgg/202501/t20250122_901.html 的缓存。该快照为2025年12月30日 04:10 的抓取结果。
!d 当前页面可能已经更改。点此查看当前页面。
!d 以下搜索词已高亮显示：食盐 监管
!m 苇塘县市场监督管理局
!m 首页 > 通知公告
!t 关于加强食盐质量安全监管的通知
!m 发布日期：2025-01-22
{BODY}
!m 苇塘县市场监督管理局主办
""",
        body="""
各市场监管所，各食盐批发企业：
为保障春节期间全县食盐质量安全，现就有关事项通知如下。
一、各市场监管所要对辖区超市、农贸市场、小餐饮销售使用的食盐开展专项检查，重点查验进货票据和产品标签。
二、食盐批发企业要严格执行进货查验和销售记录制度，不得向未取得资质的单位和个人购进食盐。
三、对检查中发现的私盐、假冒碘盐，一律依法查处，涉嫌犯罪的移送公安机关。
苇塘县市场监督管理局
2025年1月22日
""",
    ),
    dict(
        slug="print-liwen-view-power-request",
        site="藜州市发展和改革委员会（打印视图）(invented)", style="打印页", genre="请示", kind="request", form="text",
        source="http://fgw.lizhou.example.gov.cn/print.jsp?id=55017",
        title="关于申请农村电网巩固提升工程中央预算内投资的请示",
        record_title="打印 - 关于申请农村电网巩固提升工程中央预算内投资的请示",
        date="2025-02-26",
        page="""
!a 〖打印本页〗〖关闭〗
!m 藜州市发展和改革委员会
!t 关于申请农村电网巩固提升工程中央预算内投资的请示
藜发改能源〔2025〕14号
{BODY}
!m http://fgw.lizhou.example.gov.cn/xxgk/201/55017.html
!m 打印时间：2026/1/4 上午10:32:07
!p 第 1 页，共 1 页
""",
        body="""
省发展和改革委员会：
为加快补齐农村电网短板，我市拟实施2025年农村电网巩固提升工程，现将有关情况请示如下。
一、项目概况：工程涉及九个县（区），新建改造10千伏线路三百二十公里，新增配电变压器四百六十台。
二、投资估算：项目总投资二亿一千万元，申请中央预算内投资四千二百万元，其余由电网企业自筹。
三、前期工作：项目可行性研究报告已通过评审，用地和环评手续正在办理。
妥否，请批示。
附件：1.2025年农村电网巩固提升工程项目汇总表
2.项目可行性研究报告评审意见
藜州市发展和改革委员会
2025年2月26日
（联系人：能源科 符晓东，电话：0736-7022918）
""",
    ),
    dict(
        slug="mail-fw-glassworks-safety-notice",
        site="邮件转发（企业邮箱）(invented)", style="邮件转发", genre="通知", kind="notice", form="text",
        source="mailto:anquan@lihua-glass.example.com?msgid=20250321-0093",
        title="关于开展玻璃窑炉冷修作业安全专项检查的通知",
        record_title="转发：关于开展玻璃窑炉冷修作业安全专项检查的通知",
        date="2025-03-20", date_also=["2025-03-21"],
        page="""
!m 发件人：安全环保部 <anquan@lihua-glass.example.com>
!m 发送时间：2025年3月21日(星期五) 上午8:56
!m 收件人：各车间主任; 设备部; 工程部
!m 主题：转发：关于开展玻璃窑炉冷修作业安全专项检查的通知
各位同事：下面通知请认真落实，附件为检查表。
!m -------- 原始邮件 --------
!m 发件人：集团安全总监办公室
!m 发送时间：2025年3月20日 17:40
{T}
{BODY}
!d 此邮件及附件含有集团内部信息，如您误收，请立即删除并通知发件人。
!a 来自丽华邮·手机版
""",
        body="""
各子公司：
一号浮法线窑炉将于4月初进入冷修期，冷修作业涉及高处、受限空间、动火等多项危险作业，为确保安全，集团决定开展专项检查。
一、检查时间：3月25日至3月31日。
二、检查内容：冷修施工方案审批、承包商资质和人员培训、受限空间通风检测、脚手架验收、消防器材配备。
三、检查结果纳入子公司年度安全考核。
附件：窑炉冷修作业安全检查表
集团安全总监办公室
2025年3月20日
""",
    ),
]
