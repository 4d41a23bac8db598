"""holdout19, part D: WeChat mirrors, education portals, universities, personnel-exam sites and training schools.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wechat-weichuan-sifa-html-correction-study-notice",
        site="mirror of the WeChat account 蔚川司法 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wxread.example.net/a/wcsf/2025-03-11/8c3d0e.html",
        title="蔚川区社区矫正中心关于开展2025年社区矫正对象集中教育学习的通知",
        date="2025-03-11",
        notes="WeChat-style mirror: account line with time and place (the date), a 'modified' stamp, an audio bar, reward and comment rows in new wording; the notice's own 联系电话 and a sentence about scanning the sign-in code stay",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蔚川区社区矫正中心关于开展2025年社区矫正对象集中教育学习的通知</title></head><body>
<div class="mirror-bar">⟦m 微阅镜像 · 公众号文章存档⟧ <a>⟦a 打开原文⟧</a></div>
<div id="page">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 蔚川司法⟧</span> <em>⟦m 2025年03月11日 17:40⟧</em> <em>⟦m 江苏⟧</em></div>
<div class="audio">⟦a ▶ 收听本文　约5分钟⟧</div>
<div id="js_content">
{BODY}
</div>
<p class="modify">⟦m 文章已于2025-03-12修改⟧</p>
<div class="reward">⟦a 喜欢作者 · 赞赏⟧</div>
<div class="ops">⟦l 👍 赞 · 🔁 分享 · ♡ 推荐⟧</div>
<div class="cmt">⟦l 留言区 · 精选⟧ ⟦l 作者已设置关注7天后才可留言⟧</div>
<div class="follow">⟦a 长按识别下方二维码，关注“蔚川司法”⟧</div>
</div></body></html>
""",
        p_html='<section style="margin:0 8px"><p style="line-height:1.75em">{}</p></section>',
        body="""
各司法所：
为加强社区矫正对象的教育帮扶，增强其法治观念和社会责任感，区社区矫正中心决定于3月下旬组织开展2025年第一季度社区矫正对象集中教育学习。现将有关事项通知如下。
一、学习时间。2025年3月24日至3月28日，分五个批次进行，每批次半天。
二、学习地点。区社区矫正中心三楼教育室（蔚川区长宁路88号）。
三、参加对象。全区在册社区矫正对象，由各司法所按批次安排表通知到人。因病或其他特殊情况不能参加的，须提前向所在司法所书面请假。
四、学习内容。包括宪法和《社区矫正法》学习、警示教育片观看、心理健康讲座和就业政策解读。
五、有关要求。参加人员须按时签到，现场扫描签到二维码登记，不得代签；学习期间遵守纪律，手机调至静音。对无正当理由不参加学习的，依法予以处理。
联系电话：0517-6650312。
蔚川区社区矫正中心
2025年3月11日
""",
    ),
    dict(
        slug="wechat-xiaoqiao-letter-nursery-summer-health",
        site="mirror of the WeChat account 小桥托育 (invented)",
        style="公众号镜像",
        genre="致家长的一封信",
        kind="notice",
        form="text",
        source="http://gzh.archive-read.example.com/xqty/20250603-02.html",
        title="致家长的一封信——夏季传染病预防",
        record_title="【家园共育】致家长的一封信——夏季传染病预防",
        date="2025-06-03",
        notes="nursery account mirror: decorated record title; a crawl stamp (收录于) is no date; the letter's own date; a 回执 line; follow and 'read more' prompts between paragraphs",
        page="""
!m 公众号存档 › 小桥托育
!t 【家园共育】致家长的一封信——夏季传染病预防
!m 小桥托育　　收录于 2025-06-05　　阅读 1,077
!a 戳上方蓝色字体关注，育儿干货不错过
{BODY}
!a 👇 戳左下角“原文”预约入园参观
!l 往期回顾 ▏如何帮助宝宝顺利度过入托分离期
!l 往期回顾 ▏托育中心6月食谱公布
!a 你点的每个“赞”，我们都认真当成了喜欢
""",
        gap=True,
        body="""
亲爱的家长朋友们：
夏季气温升高，手足口病、疱疹性咽峡炎、诺如病毒感染等传染病进入高发期。婴幼儿抵抗力较弱，需要托育中心和家庭共同做好预防。为此，我们提醒您注意以下几点：
一、做好晨间检查。请您每天送托前观察宝宝的精神状态、体温以及手、足、口腔有无疱疹，如有发热、皮疹、呕吐等症状，请及时就医并暂停送托。
二、养成卫生习惯。教育宝宝饭前便后用流动水洗手，不吃生冷食物，不与他人共用水杯和毛巾。
三、减少聚集活动。尽量少带宝宝到人员密集、空气不流通的场所，外出回家后及时给宝宝洗手、更换衣物。
四、及时沟通病情。宝宝患病确诊后，请第一时间告知班级老师；病愈返托时，须提供医院出具的复课证明。
⟦a 关注我们，每周推送科学育儿知识⟧
托育中心每天对活动室、玩具、寝具进行消毒，并开展晨午检和全日观察。让我们携手共同守护宝宝的健康！
小桥托育中心
2025年6月3日
回执：请家长阅读后在班级群内回复“已阅”。
""",
    ),
    dict(
        slug="wechat-qile-go-rules-youth-tournament",
        site="mirror of the WeChat account 蔚川围棋 (invented)",
        style="公众号镜像",
        genre="竞赛规程",
        kind="notice",
        form="text",
        source="https://mp-copy.example.org/s/wc-weiqi/20250402",
        title="2025年蔚川区“棋乐杯”少儿围棋公开赛竞赛规程",
        record_title=None,
        date="2025-04-02",
        notes="no record title; a Go association's account mirror: the account line's time is the date; group table rows; the rules' own sign-up link, 扫码报名 sentence and contact stay; a collection row and 'like' prompt",
        page="""
!m 蔚川围棋　2025-04-02 18:00
!m 合集 #赛事通知 12个
{T}
{BODY}
!l 查看原文 ›　　👍 46　　✨ 9 人推荐
!a 分享给棋友，一起来下棋 ⇪
!m 图文编辑｜黎小满　　审核｜区围棋协会秘书处
""",
        body="""
一、主办单位
蔚川区文化体育和旅游局
二、承办单位
蔚川区围棋协会
三、比赛时间和地点
2025年4月26日至27日，蔚川区全民健身中心二楼棋牌馆。4月26日8:30报到。
四、参赛组别
组别　参赛资格　赛制
启蒙组　2019年1月1日以后出生　积分编排7轮
少年A组　业余2段及以下　积分编排7轮
少年B组　业余3段及以上　积分编排6轮
五、比赛规则
执行中国围棋协会审定的最新《中国围棋竞赛规则》，黑贴3又3/4子，每方基本用时30分钟，读秒30秒3次。
六、录取名次与奖励
各组别录取前八名，颁发奖杯和证书；成绩优异者可按规定申报段位。
七、报名办法
即日起至4月18日，登录报名系统（https://bm.wcgo.example.cn）或扫描海报二维码报名，报名费每人80元。
八、联系方式
联系人：韦老师，电话：13951026730。
本规程解释权归蔚川区围棋协会。
""",
    ),
    dict(
        slug="edu-qianyuan-html-notice-red-scarf-survey",
        site="芊原县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.qianyuan.example.gov.cn/xwzx/tzgg/2025/06/t20250616_7710.html",
        title="关于开展2025年“红领巾寻访”暑期实践活动的通知",
        date="2025-06-16",
        notes="county education portal template: a joint notice from the Youth League, Young Pioneers work committee and the bureau; byline 发布时间 (same as the 成文日期); 附件 list; a sentence telling schools to download the form",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年“红领巾寻访”暑期实践活动的通知_芊原县教育体育局</title></head><body>
<div class="top">⟦m 芊原县教育体育局⟧ <span>⟦m 立德树人　办人民满意教育⟧</span></div>
<div class="nav">⟦m 首页 | 教育要闻 | 通知公告 | 政务公开 | 招生考试 | 德育之窗 | 体育卫生⟧</div>
<div class="path">⟦m 您当前所在位置：首页 &gt;&gt; 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-06-16　文章来源：县少工委办公室　阅读次数：742⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：红领巾寻访活动报名表.xlsx⟧</div>
<div class="opt">⟦a [ 打印 ]⟧ ⟦a [ 返回顶部 ]⟧</div>
</div>
<div class="right"><div class="tit">⟦l 通知公告⟧</div><ul><li>⟦l 2025年中小学生游泳技能培训安排⟧</li><li>⟦l 关于做好中考期间安全保障工作的通知⟧</li></ul></div>
<div class="foot">⟦m 主办单位：芊原县教育体育局　联系电话：0738-7220115　湘ICP备2021013306号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为引导少先队员在暑期实践中了解家乡、热爱家乡，经研究，共青团芊原县委、县少工委、县教育体育局决定在全县少先队员中开展2025年“红领巾寻访”暑期实践活动。现将有关事项通知如下。
一、活动主题
红领巾寻访家乡新变化
二、活动内容
（一）寻访红色足迹。组织少先队员走进县革命烈士纪念馆、老区村史馆，聆听革命故事，开展“我讲红色故事”活动。
（二）寻访家乡建设。以小队为单位走访产业园区、美丽乡村、社区服务中心，用照片、手抄报、短视频记录家乡变化。
（三）寻访身边榜样。采访身边的劳动模范、道德模范和优秀志愿者，撰写寻访日记。
三、活动要求
各校要落实安全责任，寻访活动须由辅导员或家长带队，严禁组织少先队员到水边、工地等危险区域活动。请各校下载附件报名表，于7月5日前将报名表报送县少工委办公室，邮箱：qyxsgw@qianyuan.example.cn。活动成果于9月10日前报送，县少工委将评选一批优秀寻访小队。
附件：红领巾寻访活动报名表
共青团芊原县委
芊原县少先队工作委员会
芊原县教育体育局
2025年6月16日
""",
    ),
    dict(
        slug="edu-qiupu-intl-school-notice-term-start",
        site="萩浦外籍人员子女学校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.qpis.example.edu.cn/news/2025/08/autumn-term",
        title="2025—2026学年秋季开学致家长通知",
        record_title="School News | 2025—2026学年秋季开学致家长通知",
        date="2025-08-15",
        notes="international school site: bilingual nav and decorated record title; a school-year range in the title is no date; the notice's own date; a bus timetable as rows; a language switch and parent-portal login as chrome",
        page="""
!m QPIS 萩浦外籍人员子女学校　　中文 | English
!m Home 首页 › News 新闻 › Notices 通知
!t School News | 2025—2026学年秋季开学致家长通知
!a Parent Portal 家长平台登录
{T}
!m Posted by 校务办公室 Admissions & Operations
{BODY}
!l Related 相关：Uniform Shop Hours 校服店开放时间 | Lunch Menu 午餐菜单
!m © 2025 QPIS. All rights reserved. 萩浦外籍人员子女学校
""",
        body="""
尊敬的家长：
欢迎您和孩子回到校园！2025—2026学年秋季学期即将开始，现将开学相关安排通知如下。
一、报到时间：8月25日（星期一）8:00—11:30，小学部在A楼大厅报到，中学部在B楼大厅报到。8月26日正式上课。
二、校车安排：开学首周校车按以下时刻运行，如需调整站点，请在8月20日前联系校务办公室。
线路　首站发车　到校时间
1号线（滨江新城）　7:05　7:50
2号线（高铁站片区）　7:10　7:55
3号线（老城区）　7:00　7:45
三、健康材料：新生须提交入学体检表和预防接种证明；老生如有新的过敏或慢性病情况，请及时更新健康档案。
四、家长会：各年级家长会将于9月6日（星期六）上午举行，具体安排另行通知。
如有疑问，请致电校务办公室0792-8655200，或发送邮件至office@qpis.example.edu.cn。
祝孩子们新学期学习进步、快乐成长！
萩浦外籍人员子女学校校务办公室
2025年8月15日
""",
    ),
    dict(
        slug="edu-qianyuan-platform-letter-refund-risk",
        site="芊原县校外培训监管服务平台 (invented)",
        style="教育门户",
        genre="告家长书",
        kind="notice",
        form="text",
        source="https://xwpx.qianyuan.example.gov.cn/gg/20250708/55.html",
        title="关于谨防校外培训“退费难”风险的告家长书",
        record_title=None,
        date="2025-07-08",
        notes="no record title; an off-campus-training supervision platform: login and app prompts, a 'query institutions' box; the letter's own hotline, platform URL and a sentence about checking the platform stay; 成文日期",
        page="""
!m 芊原县校外培训监管服务平台
!a 家长登录｜机构登录｜下载“芊原培训通”App
!m 平台首页 ▸ 风险提示
{T}
!m 发布单位：县教育体育局校外教育培训监管股　　发布：2025-07-08
{BODY}
!a 🔍 机构查询：输入机构名称，查看办学许可与资金监管情况
!l 风险提示：警惕“超长预付”营销｜寒暑期培训收费提醒｜如何识别无证培训
!m 技术支持：芊原县教育信息中心
""",
        body="""
各位家长：
暑假将至，校外培训进入报名高峰。近期，我县接到多起家长反映培训机构“退费难”的投诉。为保护您的合法权益，现提醒如下：
一、选择有资质的机构。报名前请登录县校外培训监管服务平台（https://xwpx.qianyuan.example.gov.cn）查询机构是否取得办学许可证，不选择无证无照机构。
二、不交超长预付费。按照规定，培训机构一次性收取费用的时间跨度不得超过3个月或60课时，对要求一次性缴纳超过上述标准费用的机构，请坚决拒绝。
三、通过监管账户缴费。请通过平台或机构的资金监管专用账户缴费，不要向个人账户转账，不要使用培训贷。
四、签订规范合同。请使用教育部门和市场监管部门制定的示范文本签订培训合同，明确退费条款，并保留好缴费凭证。
如发现违规培训行为或遇到退费纠纷，请拨打县校外培训监管举报电话0738-7229053。
芊原县教育体育局
2025年7月8日
""",
    ),
    dict(
        slug="univ-zhushan-open-html-thesis-arrangement",
        site="苎山开放大学 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zsou.example.edu.cn/jwc/tzgg/2025/0303/1702.html",
        title="关于2025年春季学期毕业论文（设计）工作安排的通知",
        date="2025-03-03",
        notes="open-university template: top links, nav, left column menu, byline with 发布时间, a schedule table, the notice's own system URL and mailbox; a visitor count and a 'back' button",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2025年春季学期毕业论文（设计）工作安排的通知-苎山开放大学教务处</title></head><body>
<div class="toplink">⟦m 学习平台 | 教职工入口 | 学生入口 | English⟧</div>
<div class="logo">⟦m 苎山开放大学　教务处⟧ <span>⟦m 有教无类　学无止境⟧</span></div>
<div class="menu">⟦m 首页　机构设置　教学管理　考试管理　学籍管理　下载中心⟧</div>
<div class="side"><h3>⟦l 通知公告⟧</h3><ul><li>⟦l 教学动态⟧</li><li>⟦l 规章制度⟧</li><li>⟦l 常用表格⟧</li></ul></div>
<div class="main">
<div class="loc">⟦m 当前位置：首页 - 通知公告⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 作者：教务处　来源：教务处　发布时间：2025-03-03　点击数：1189⟧</div>
<div class="article">
{BODY}
</div>
<div class="btns">⟦a 【返回】⟧ ⟦a 【打印】⟧</div>
</div>
<div class="foot">⟦m 苎山开放大学 版权所有　地址：苎山市学府路2号　苏ICP备05020771号⟧</div>
</body></html>
""",
        body="""
各分校（学院）、教学点：
根据学校本专科毕业论文（设计）管理办法，现将2025年春季学期毕业论文（设计）工作安排通知如下。
一、时间安排
阶段　时间　工作内容
选题　3月10日—3月24日　学生在系统中选题，指导教师审核
开题　3月25日—4月13日　提交开题报告
初稿　4月14日—5月11日　提交初稿，教师指导修改
定稿与查重　5月12日—5月25日　提交定稿，统一检测
答辩　6月1日—6月15日　各分校组织答辩
二、有关要求
（一）论文选题、开题、初稿、定稿均须在毕业论文管理系统（https://lw.zsou.example.edu.cn）中完成，纸质材料不再作为过程材料提交。
（二）论文文字复制比不得超过30%；超过30%的，须在一周内修改后重新检测，重新检测仍不合格的，取消本学期答辩资格。
（三）各分校要严格审核指导教师资格，每名指导教师指导学生一般不超过15人。
三、联系方式
教务处实践教学科，电话：0519-8360217，邮箱：sjjx@zsou.example.edu.cn。
苎山开放大学教务处
2025年3月3日
""",
    ),
    dict(
        slug="univ-haiyang-assets-notice-equipment-disposal",
        site="蒲岚海洋大学国有资产管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://gzc.plou.example.edu.cn/info/1031/2290.htm",
        title="关于开展2025年度仪器设备报废处置工作的通知",
        record_title="关于开展2025年度仪器设备报废处置工作的通知-国有资产管理处",
        date="2025-04-10",
        notes="university office page: decorated record title (-office); the notice's own 附件, contact line, a system URL and a sentence about printing the form; a 'visits' counter line and a 'close' button",
        page="""
!m 蒲岚海洋大学　国有资产管理处
!m 首页　>　通知公告　>　正文
{T}
!m 2025年04月10日 15:22　　　点击：[ 612 ]
{BODY}
!a 【关闭】
!l 上一条：关于开展2025年度公房使用情况核查的通知
!l 下一条：大型仪器设备开放共享绩效考核结果公布
!m Copyright © 蒲岚海洋大学国有资产管理处　地址：行政楼五楼
""",
        indent="\u3000\u3000",
        body="""
各学院、各部门：
为盘活存量资产，规范仪器设备报废处置工作，经研究，决定开展2025年度仪器设备报废处置工作。现将有关事项通知如下。
一、报废范围：已达到或超过规定使用年限、确实无法继续使用，或者虽未达到使用年限但因技术落后、损坏严重且无修复价值的仪器设备。单价50万元以上的仪器设备报废，须另附技术鉴定报告。
二、申报流程：各单位资产管理员登录资产管理系统（http://zc.plou.example.edu.cn）填报报废申请，打印《仪器设备报废申请表》，经单位负责人签字盖章后，于5月16日前送至国有资产管理处（行政楼508室）。
三、集中处置：国资处将会同有关部门对申报设备进行现场核查，经学校审批后统一回收、集中处置。未经批准，任何单位和个人不得擅自拆卸、变卖、丢弃拟报废设备。
附件：1．仪器设备报废申请表
2．仪器设备技术鉴定报告（模板）
联系人：阮小芸，电话：0591-2278309。
国有资产管理处
2025年4月10日
""",
    ),
    dict(
        slug="exam-qianyuan-html-self-study-registration",
        site="芊原市教育考试院 (invented)",
        style="人事考试网",
        genre="简章",
        kind="notice",
        form="html",
        source="https://www.qyeea.example.cn/zxks/2025/0818/9021.html",
        title="芊原市2025年10月高等教育自学考试报考简章",
        record_date="2025-08-18",
        date="2025-08-18",
        notes="exam authority template: record date; a floating 'important notices' box, an exam schedule table, the 简章's own registration URL, consultation phone and a sentence telling candidates to download and print the admission ticket",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>芊原市2025年10月高等教育自学考试报考简章</title></head><body>
<div class="float">⟦a 重要提醒：谨防考试类诈骗，本院从未委托任何机构代报名 ✕⟧</div>
<div class="head">⟦m 芊原市教育考试院⟧ ⟦m 公平　公正　科学　规范⟧</div>
<div class="nav">⟦m 首页 | 高考 | 中考 | 自学考试 | 成人高考 | 社会考试 | 信息公开⟧</div>
<div class="pos">⟦m 当前位置 》 自学考试 》 考试公告⟧</div>
<div class="bd">
<h1>{T}</h1>
<p class="sj">⟦m 日期：2025-08-18　来源：自考办　浏览：21566⟧</p>
<div class="nr">
{BODY}
</div>
<p class="dy">⟦a 打印本页 | 收藏 | 关闭⟧</p>
</div>
<div class="link">⟦l 友情链接：省教育考试院　中国教育考试网　市人社局⟧</div>
<div class="foot">⟦m 芊原市教育考试院　咨询电话（工作日）：0738-8116120　湘ICP备09001872号⟧</div>
</body></html>
""",
        body="""
一、报考时间
2025年9月1日9:00至9月10日17:00，考生登录自学考试管理系统（https://zk.qyeea.example.cn）报考，逾期不再补报。
二、报考对象
不受性别、年龄、民族、种族和已受教育程度的限制，凡在芊原市居住或工作的公民均可报考。
三、考试时间
日期　上午（9:00—11:30）　下午（14:30—17:00）
10月25日　中国近现代史纲要　马克思主义基本原理
10月26日　英语（二）　管理学原理
四、报考费用
每科次报考费45元，考生须在报考时通过网上支付系统缴纳，缴费成功后报考信息方为有效。
五、准考证打印
考生须于10月20日至10月26日登录自学考试管理系统下载并打印准考证，凭准考证和有效身份证件参加考试。
六、咨询方式
各县（市、区）自考办咨询电话见附件。市自考办咨询电话：0738-8116126。
""",
    ),
    dict(
        slug="exam-tanxi-text-interview-notice-circle-markers",
        site="檀溪人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.txrsks.example.cn/sydw/2025/0612/4428.html",
        title="2025年檀溪市文化市场综合执法支队公开招聘工作人员面试公告",
        record_title="【面试】2025年檀溪市文化市场综合执法支队公开招聘工作人员面试公告",
        date="2025-06-12",
        notes="personnel-exam site: decorated record title; converter markers '○ n ○' on lines of their own; a list of interviewees as table rows; the notice's own 咨询电话 and a sentence about downloading the interview notice",
        page="""
!m 檀溪人事考试网 · 事业单位招聘
!t 【面试】2025年檀溪市文化市场综合执法支队公开招聘工作人员面试公告
!m 信息来源：市人社局事业单位人事管理科　　发布日期：2025-06-12
!a 字号：［大］［中］［小］　　［打印］　　［关闭］
{T}
{BODY}
!l 附件：面试人员名单.xls（点击下载）
!l 相关公告：笔试成绩查询通知 | 资格复审公告
!m 檀溪市人事考试中心 主办　　咨询：0576-8836700（考务）
""",
        pages=dict(fmt="○ {n} ○", every=220, start=2),
        body="""
根据《2025年檀溪市文化市场综合执法支队公开招聘工作人员公告》，经笔试和资格复审，现将面试有关事项公告如下：
一、面试人员名单
岗位代码　岗位名称　面试人员
TX2501　执法一线岗位　陆晓峰　贾婷婷　闻卓
TX2502　执法一线岗位　柯宇航　邹欣然　莫一帆
TX2503　综合文字岗位　孔令瑶　严思齐　范佳楠
二、面试时间和地点
面试定于2025年6月21日（星期六）上午8:00开始，地点为檀溪市行政学院（檀溪市清风路9号）。考生须于7:30前到达候考室，逾时未到的视为自动放弃。
三、面试方式
面试采取结构化面试方式，满分100分，合格分数线为60分。面试成绩当场公布。
四、有关要求
考生须在6月19日前登录本网站下载并打印面试通知书，面试当天携带面试通知书和有效身份证件原件参加面试。
咨询电话：0576-8830512。
檀溪市文化市场综合执法支队
2025年6月12日
""",
    ),
    dict(
        slug="training-xiangyu-drone-rules-print-download",
        site="翔宇无人机驾驶员培训学校 (invented)",
        style="培训机构",
        genre="管理规定",
        kind="other",
        form="text",
        source="https://www.xiangyu-uav.example.com/about/zhidu/12.html",
        title="翔宇无人机驾驶员培训学校学员安全管理规定",
        record_title="制度公开丨翔宇无人机驾驶员培训学校学员安全管理规定",
        date="2025-02-20",
        notes="drone-pilot school: decorated record title; articles about printing, copying and downloading flight data (body); a sign-up hotline and course ads as chrome; 印发 date at the end",
        page="""
!m 翔宇无人机驾驶员培训学校　CAAC授权合格证培训
!m 首页 ｜ 课程设置 ｜ 报名流程 ｜ 制度公开 ｜ 学员风采
!t 制度公开丨翔宇无人机驾驶员培训学校学员安全管理规定
!w 报名咨询（同微信）：17756201339　　周末班、脱产班火热招生中
{T}
{BODY}
!a 🖨 打印本页　　📥 下载PDF版
!l 推荐课程：多旋翼视距内驾驶员｜植保无人机操作手｜航拍摄影进阶
!d 本站课程及价格以实际签订的培训协议为准。
!m 翔宇无人机驾驶员培训学校 皖ICP备22014470号
""",
        body="""
第一条　为加强学员安全管理，保障培训飞行安全，根据民航有关规定，结合本校实际，制定本规定。
第二条　学员进入训练场须佩戴学员证，服从教员和安全员指挥，未经教员同意，不得擅自开启飞行器电源。
第三条　每次飞行训练前，学员须填写《飞行前检查单》，检查单一式两份，由学员打印后交教员签字，一份留存、一份归档。
第四条　学员不得复制、外传训练场空域批复文件和飞行数据；确因学习需要下载飞行日志的，须经教务办公室审批。
第五条　遇有大风、雷雨、低能见度等不适航天气，当日飞行训练一律取消，学员不得私自组织飞行。
第六条　学员违反本规定的，视情节给予批评教育、暂停训练直至劝退处理；造成人员伤害或财产损失的，依法承担相应责任。
第七条　本规定由学校教务办公室负责解释，自印发之日起施行。
翔宇无人机驾驶员培训学校
2025年2月20日印发
""",
    ),
    dict(
        slug="training-shaojun-html-plan-defence-camp",
        site="椿溪少年军校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.cxsjjx.example.cn/news/2025/0605/308.html",
        title="2025年暑期少年军校国防教育夏令营实施方案",
        date="2025-06-05",
        notes="youth military-camp school template: sign-up banner, nav, byline with 发布时间, a camp schedule table, the plan's own fee, bank account and contact lines; a floating consultation box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年暑期少年军校国防教育夏令营实施方案 - 椿溪少年军校</title></head><body>
<div class="banner">⟦a 🔥 夏令营报名通道已开启 点击立即抢位 🔥⟧</div>
<div class="header">⟦m 椿溪少年军校⟧ ⟦m 强体魄　铸品格　育英才⟧</div>
<div class="nav">⟦m 首页 | 学校简介 | 营期安排 | 新闻动态 | 在线报名 | 联系我们⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-05　发布人：教务处　浏览量：3302⟧</div>
<div class="detail">
{BODY}
</div>
</div>
<div class="kefu">⟦w 在线咨询 ☎ 0795-3308866　招生老师微信：cxsjjx2025⟧</div>
<div class="foot">⟦m 椿溪少年军校　地址：椿溪县青松岭国防教育基地　赣ICP备2023005519号⟧</div>
</body></html>
""",
        body="""
为增强青少年国防观念，培养学生吃苦耐劳、团结协作的优良品质，学校决定举办2025年暑期少年军校国防教育夏令营，现制定方案如下。
一、营期安排
营期　时间　招收对象　名额
第一营　7月6日—7月12日　小学四至六年级　120人
第二营　7月15日—7月21日　初中一、二年级　120人
第三营　8月3日—8月9日　小学四年级至初中二年级　100人
二、训练内容
队列训练、内务整理、国防知识讲座、战术基础、野外定向、消防逃生演练、红色教育基地参观等，结营时举行汇报表演。
三、安全保障
营地实行封闭式管理，每12名营员配备1名教官和1名生活老师；营地设医务室，配备专职校医；全体营员统一购买意外伤害保险。
四、收费标准
每营收费2280元（含食宿、服装、保险、教材），报名时一次缴清。缴费账户：椿溪少年军校，开户行：椿溪农商银行城关支行，账号：6230 0119 0000 7712。
五、报名方式
家长可到学校招生办现场报名，或拨打招生电话0795-3308101预约报名，每营额满即止。
椿溪少年军校
2025年6月5日
""",
    ),
]
