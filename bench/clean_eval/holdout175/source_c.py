"""holdout175, part C: funnels (漏斗). Every text, site, person and place invented."""

CASES = [
    dict(
        slug="edu-funnel-lab-safety-html",
        site="簕口市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lekou.gov.cn/tzgg/2024/0909_331.html",
        title="关于加强中小学化学实验室玻璃漏斗等易碎器材管理的通知",
        date="2024-09-06",
        date_also=["2024-09-09"],
        notes="education portal; 文号 neutral; decimal headings; attachment list; 发布日期 differs from 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于加强中小学化学实验室玻璃漏斗等易碎器材管理的通知-簕口市教育局</title></head><body>
<div class="edu-head">⟦m 簕口市教育局⟧ ⟦m 立德树人　办人民满意的教育⟧</div>
<div class="edu-nav">⟦m 首页｜机构职能｜教育资讯｜通知公告｜政务公开｜招生考试⟧</div>
<div class="edu-loc">⟦m 您现在的位置：首页 ＞ 通知公告⟧</div>
<h1>{T}</h1>
<div class="edu-meta">⟦m 发布日期：2024-09-09　来源：装备中心　字号：大 中 小⟧</div>
<p class="wh">簕教装〔2024〕19号</p>
{BODY}
<div class="edu-print">⟦a 打印此页　关闭窗口⟧</div>
<div class="edu-foot">⟦m 簕口市教育局版权所有　地址：簕口市文昌路6号　浙ICP备09021186号⟧</div>
</body></html>
""",
        body="""
各县（市、区）教育局，市直各学校：
新学期化学、生物实验课陆续开展，为防止玻璃器材破损伤人，现就加强实验室易碎器材管理通知如下。
1.建立台账
1.1 各校要对玻璃漏斗、烧杯、试管等易碎器材逐一登记，注明数量、规格和存放位置。
1.2 破损器材当日登记、当日清理，碎玻璃放入专用收集箱。
2.规范使用
2.1 学生使用玻璃漏斗过滤时，应将漏斗放在铁架台的铁圈上，不得手持。
2.2 实验教师要在课前示范正确操作，课后清点器材。
附件：中小学实验室易碎器材登记表
簕口市教育局
2024年9月6日
""",
    ),
    dict(
        slug="university-funnel-chem-teaching-html",
        site="箐阳理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qylg.edu.cn/info/1021/18833.htm",
        title="化工学院“漏斗里的化学”科普开放日走进中学",
        record_title="化工学院“漏斗里的化学”科普开放日走进中学-箐阳理工学院",
        date="2024-05-20",
        notes="university news: photographer/editor lines, 撰稿 line glued after last sentence, prev/next",
        page="""
<html><head><meta charset="utf-8"><title>化工学院“漏斗里的化学”科普开放日走进中学-箐阳理工学院</title></head><body>
<div class="u-top">⟦m 箐阳理工学院⟧ ⟦a 信息门户 | 图书馆 | 校友 | English⟧</div>
<div class="u-nav">⟦m 学校概况　院系设置　人才培养　科学研究　招生就业　校园文化⟧</div>
<div class="u-path">⟦m 当前位置：首页 > 理工要闻 > 正文⟧</div>
<h2>{T}</h2>
<div class="u-info">⟦m 发布时间：2024-05-20　作者：化工学院　摄影：宁远航　点击：[1207]⟧</div>
{BODY}
<div class="u-pn"><p>⟦l 上一条：我校召开2024届毕业生就业工作推进会⟧</p><p>⟦l 下一条：图书馆举办“世界读书日”系列活动⟧</p></div>
<div class="u-foot">⟦m 地址：箐阳市学府大道99号　邮编：621000⟧ ⟦d 版权所有 © 箐阳理工学院⟧</div>
</body></html>
""",
        body="""
5月18日，化工学院组织师生走进箐阳市第三中学，开展“漏斗里的化学”科普开放日活动。
活动中，研究生志愿者用普通漏斗、分液漏斗和布氏漏斗演示了过滤、萃取和抽滤实验，同学们争相上台动手操作。
化工学院副院长苗晓婷表示，学院将继续发挥学科优势，把更多实验课堂搬进中学。⟦m （撰稿：汤奕　审核：苗晓婷）⟧
""",
    ),
    dict(
        slug="intranet-funnel-feed-hopper-minutes",
        site="丰禾饲料集团内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.fenghe-feed.local/doc/view?id=20240712-03",
        title="关于料仓下料漏斗堵料问题的专题会议纪要",
        record_title="内网公告-关于料仓下料漏斗堵料问题的专题会议纪要",
        date="2024-07-12",
        notes="intranet: 时间/地点/主持/参会/记录 lines kept, read count and approval record chrome",
        page="""
!m 丰禾饲料集团协同办公平台
!m 当前用户：生产部-彭晓　|　退出
!m 公文管理 > 会议纪要 > 查看
{T}
!m 拟稿：生产部　签发：颜立新　阅读次数：64
{BODY}
!m 流转记录：生产部拟稿 → 分管副总审核 → 总经理签发
!a 打印　|　导出PDF　|　返回
!d 内部资料，严禁外传
""",
        body="""
时间：2024年7月12日下午2时
地点：三号车间会议室
主持：颜立新
参会：生产部、设备部、品控部负责人及二号线班组长
记录：彭晓
会议听取了设备部关于二号线料仓下料漏斗频繁堵料的情况汇报。经分析，堵料主要原因是雨季原料含水率偏高，漏斗锥角偏小。
会议决定：一、设备部于7月20日前在漏斗外壁加装振动器，并将锥角由60度改为70度；二、品控部加强进厂原料水分检测，超标原料单独存放；三、生产部每班巡检两次并做好记录。
""",
    ),
    dict(
        slug="hospital-funnel-chest-html",
        site="箖原县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.lyxrmyy.cn/jkkp/2024/1018.html",
        title="孩子胸口凹陷像“漏斗”？可能是漏斗胸",
        record_title="【健康科普】孩子胸口凹陷像“漏斗”？可能是漏斗胸",
        date="2024-10-18",
        notes="hospital site: 预约挂号 bar, department 咨询电话 kept in body, disclaimer",
        page="""
<html><head><meta charset="utf-8"><title>【健康科普】孩子胸口凹陷像“漏斗”？可能是漏斗胸_箖原县人民医院</title></head><body>
<div class="h-top">⟦m 箖原县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦w 预约挂号：0855-3126120⟧</div>
<div class="h-nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普 | 党建园地⟧</div>
<div class="h-loc">⟦m 首页 - 健康科普 - 科普文章⟧</div>
<h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2024-10-18　来源：小儿外科⟧</div>
{BODY}
<div class="h-tip">⟦d 温馨提示：本文仅供健康科普，不能代替医生面诊⟧</div>
<div class="h-foot">⟦m 地址：箖原县人民路112号⟧ ⟦m 黔ICP备15007719号⟧</div>
</body></html>
""",
        body="""
漏斗胸是儿童最常见的胸壁畸形，表现为胸骨连同肋骨向内凹陷，前胸像一个漏斗。
轻度漏斗胸一般不影响心肺功能，可以通过扩胸运动和姿势训练改善；凹陷较深、出现胸闷气短的，应及时到医院评估是否需要手术。
家长发现孩子胸口凹陷，不要过于紧张，也不要拖延，最好在三到十二岁之间就诊。
小儿外科咨询电话：0855-3126348（工作日上午）。
""",
    ),
    dict(
        slug="pexam-funnel-lab-exam-notice",
        site="籁田市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ltrsks.cn/kwgg/2025/0226.html",
        title="籁田市2025年疾控中心检验岗位实操考试安排的通知",
        record_title="【考务公告】籁田市2025年疾控中心检验岗位实操考试安排的通知",
        date="2025-02-26",
        notes="exam site: technical hotline beside document's 咨询电话; 下载打印准考证 sentence kept; timetable rows",
        page="""
!m 籁田市人事考试网
!m 首页　考试公告　报名入口　成绩查询　政策法规
!m 当前位置：首页 >> 考试公告
{T}
!m 来源：籁田市人事考试中心　发布日期：2025-02-26　浏览：3318
{BODY}
!w 网站技术支持：0834-3219900（仅限报名系统故障）
!l 相关公告：籁田市2025年事业单位公开招聘公告
!m 版权所有：籁田市人事考试中心　蜀ICP备10022413号
""",
        body="""
各位考生：
籁田市2025年疾病预防控制中心检验岗位实操考试定于3月8日举行，现将有关事项通知如下。
场次　时间　考试内容
第一场　8:30—10:00　溶液配制与过滤
第二场　10:30—12:00　微生物接种
实操考试中使用的漏斗、滤纸、移液管等器材由考点统一提供，考生不得自带。
请考生于3月5日起登录本网站下载并打印准考证，凭准考证和身份证参加考试。
咨询电话：0834-3217012。
籁田市人事考试中心
2025年2月26日
""",
    ),
    dict(
        slug="lawfirm-funnel-sales-funnel-lecture-html",
        site="衡信律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.hengxinlaw.cn/jiangtang/2024/1102.html",
        title="“销售漏斗”背后的合规风险：写给企业销售团队的法律提示",
        record_title="律所讲堂丨“销售漏斗”背后的合规风险：写给企业销售团队的法律提示",
        date=None,
        notes="law firm: consult float, not-legal-advice notice, numbered points; no date",
        page="""
<html><head><meta charset="utf-8"><title>律所讲堂丨“销售漏斗”背后的合规风险：写给企业销售团队的法律提示</title></head><body>
<div class="lf-top">⟦m 衡信律师事务所⟧ ⟦m 专业　诚信　高效⟧ ⟦w 免费法律咨询：138-0857-6612⟧</div>
<div class="lf-nav">⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 律所讲堂 | 联系我们⟧</div>
<h2>{T}</h2>
<div class="lf-meta">⟦m 主讲：衡信律师事务所合伙人 奚文博　阅读：894⟧</div>
{BODY}
<div class="lf-note">⟦d 本文仅为一般性法律知识分享，不构成对具体案件的法律意见⟧</div>
<div class="lf-float">⟦w 在线留言　电话咨询　微信咨询⟧</div>
<div class="lf-foot">⟦d © 衡信律师事务所⟧ ⟦m 黔ICP备18009913号⟧</div>
</body></html>
""",
        body="""
很多企业用“销售漏斗”管理客户，从线索、意向到成交层层筛选。但漏斗的每一层都可能藏着法律风险。
第一，线索获取阶段，购买或非法获取个人信息用于营销，可能构成侵犯公民个人信息。
第二，意向沟通阶段，夸大宣传、虚构优惠，可能违反广告法和反不正当竞争法。
第三，成交签约阶段，格式条款未尽提示说明义务，可能导致条款无效。
建议企业在设计销售流程时同步设计合规节点，让漏斗既高效又安全。
""",
    ),
    dict(
        slug="localforum-funnel-rain-gutter-junk",
        site="笪湖生活圈 (invented local forum)",
        style="地方论坛",
        genre="求助",
        kind="post",
        form="text",
        source="http://bbs.dahu365.com/thread-402187-1-1.html",
        title="老小区雨水斗堵了楼顶积水，找谁管？",
        record_title="[民生求助] 老小区雨水斗堵了楼顶积水，找谁管？ - 笪湖生活圈",
        date=None,
        notes="local forum post with junk lines and glued junk; replies as list chrome; relative times",
        junk=dict(lines=1, glued=2),
        page="""
!m 笪湖生活圈 › 民生热线 › 帖子详情
{T}
!m 楼主：住在老街的阿杰　|　发表于 昨天 22:41　|　来自手机
{BODY}
!l 沙发　笪湖通：已帮你转给街道城管科了
!l 板凳　隔壁老王：我们小区去年也是这样
!a 快速回复　|　收藏本帖　|　分享
!j Tq8 &3 Pz
!m 笪湖生活圈 - 笪湖人自己的网上家园
""",
        body="""
我家住在光明路老小区六楼顶层，这几天下大雨，楼顶积水一直排不出去，已经渗到我家天花板了。
上去看了一下，是楼顶的雨水斗被树叶和塑料袋堵死了，漏斗口上面的网罩也早就没了。
小区没有物业，找居委会说要报街道，报街道又说要找房管所，来回跑了三趟也没人来修。
请问这种情况到底该找谁？有没有同样遇到过的邻居给支个招。
""",
    ),
    dict(
        slug="gkforum-funnel-essay-model",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="http://www.shanganba.net/forum/thread-559013-1-1.html",
        title="申论范文：别让基层成为政策落实的“漏斗”",
        record_title="[申论范文] 申论范文：别让基层成为政策落实的“漏斗” - 申论交流 - 上岸吧公考论坛",
        date=None,
        notes="exam forum: moderator stamp, reward prompt, study-group ad; no date",
        page="""
!m 上岸吧公考论坛 » 申论交流 » 范文点评
!a 发帖　回复　收藏本帖
{T}
!m 楼主　申论小铁匠　|　积分 2210　|　发表于 5 天前
!l 本帖被版主加入精华
{BODY}
!w 需要一对一批改的同学，加备考群 QQ 73019924
!l 回复 (41)　|　支持 (66)
!a 下载附件：申论范文合集.pdf（需回复后可见）
""",
        indent="　　",
        body="""
政策的生命力在于落实。一些地方上级部署层层传达，到了基层却层层“漏”掉，惠民政策变成了看得见摸不着的“漏斗”。
漏斗之所以漏，一在责任不明，二在能力不足，三在监督缺位。
治“漏”，首先要压实责任，明确每项政策的牵头单位和完成时限；其次要为基层减负赋能，让干部有精力抓落实；再次要畅通群众监督渠道，让每一项政策都有人盯、有人问。
唯有如此，才能让政策红利一滴不漏地流向群众。
""",
    ),
    dict(
        slug="netdisk-funnel-kitchen-training-plan",
        site="云柜网盘分享页 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yungui.cn/s/1kFunnelQ8",
        title="酒店后厨灌装工序培训方案",
        record_title="酒店后厨灌装工序培训方案.docx",
        date="2024-06-03",
        notes="cloud-drive share page: share expiry, save/download buttons, share stamp not a date; document date under signature",
        page="""
!m 云柜网盘
!m 分享者：后厨培训组　|　分享时间：2025-01-15 09:08　|　有效期：永久
{T}
!a 保存到我的网盘　|　下载（52KB）
!d 请勿分享涉及违法违规的内容，违者将被封号
{BODY}
!a 登录后可在线编辑此文件
!m 云柜网盘 © 2025
""",
        body="""
一、培训对象
后厨调料间、面点间新入职员工。
二、培训内容
（一）酱汁、糖浆灌装时使用不锈钢漏斗，漏斗口径应与瓶口匹配，不得用手直接倾倒。
（二）灌装后漏斗立即清洗，挂在指定位置沥干，生熟分开。
（三）热油、热糖浆灌装必须戴隔热手套，防止烫伤。
三、考核方式
培训结束后进行实操考核，合格后方可上岗。
锦廷酒店餐饮部
2024年6月3日
""",
    ),
    dict(
        slug="fanwen-funnel-grain-depot-summary-wrapped",
        site="公文范本网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.gongwenfanben.net/zongjie/2024/12/7741.html",
        title="2024年饲料加工车间设备改造工作总结",
        record_title="2024年饲料加工车间设备改造工作总结（精选）_公文范本网",
        date="2024-12-20",
        notes="范文 site with hard-wrapped body at 60 columns; writing-service prompt between paragraphs",
        wrap=60,
        indent="　　",
        page="""
!m 公文范本网　专注公文写作十五年
!m 首页 > 工作总结 > 企业总结
{T}
!m 时间：2025-01-02　阅读：1120
{BODY}
!a 点击下载Word文档　|　复制本文
!w 代写各类总结报告，咨询热线：182-0851-3307
!l 上一篇：2024年仓储物流部工作总结
!l 下一篇：车间主任年终述职报告
""",
        body="""
2024年，饲料加工车间围绕提质降耗目标，完成了二号、三号生产线的设备改造，生产效率和产品合格率均有明显提升。
一是改造下料系统。将原有方形下料漏斗更换为带振动装置的圆锥形漏斗，堵料次数由每月二十余次降至三次以内。
二是更新计量设备。更换电子配料秤六台，配料误差控制在千分之三以内。
⟦w 更多精品范文请关注公众号“公文范本”⟧
三是加强安全防护。在各漏斗检修口加装防护栏和警示标识，全年未发生安全事故。
2025年，车间将继续推进自动化改造，力争单位能耗再降百分之五。
饲料加工车间
2024年12月20日
""",
    ),
    dict(
        slug="gov-funnel-cloud-seeding-text",
        site="箐阳市人民政府 (invented), text rendering",
        style="政府门户",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.qingyang.gov.cn/zwgk/jcxx/202408/t20240820_88015.html",
        title="箐阳市气象局关于上半年漏斗云和龙卷风天气过程的分析报告",
        record_date="2024-08-20",
        date="2024-08-20",
        notes="gov page as text; record gives date; site-wide links and 网站地图 as chrome",
        page="""
!m 箐阳市人民政府
!a 无障碍　|　关怀版　|　网站地图
!m 您当前的位置：首页 > 政务公开 > 决策信息
{T}
!m 发布机构：箐阳市气象局　　公开方式：主动公开
!a [打印] [关闭] [字号：A+ A A-]
{BODY}
!l 相关文件：箐阳市气象灾害防御规划（2021—2030年）
!m 主办单位：箐阳市人民政府办公室　网站标识码：5110000012
""",
        body="""
今年上半年，我市共出现漏斗云天气过程4次，其中2次发展为龙卷风并触地，造成部分农房和大棚受损。
分析表明，这几次过程均发生在强对流天气背景下，低层风切变明显，持续时间多在十分钟以内。
由于漏斗云和龙卷风尺度小、生消快，目前预警时效仍然偏短。下一步，我局将加密布设自动气象站，完善多部门联动预警机制，并加强对农村地区群众的防灾知识宣传。
""",
    ),
]
