"""Holdout5, part F: schools, universities, hospitals, Party schools — a university
Party-committee site, a college's 学院新闻, a hospital news page, a teacher-resource site, a
county education bureau, a Party-school site, a vocational school, a kindergarten's notice
board and a health commission. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="univ-party-heze-lecture-html",
        site="鹤泽理工学院党委宣传部 (invented)",
        style="高校官网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="https://xcb.hzlg.example.edu.cn/info/1032/5518.htm",
        title="赓续红色血脉　争做时代新人——在学校“开学第一课”上的专题党课",
        record_title="赓续红色血脉　争做时代新人——在学校“开学第一课”上的专题党课-鹤泽理工学院党委宣传部",
        record_date="2024-09-03",
        date="2024-09-03",
        notes="university Party-committee page (HTML): 党委宣传部 header, 网站首页/机构设置 nav, 作者/摄影/审核 line "
        "(三审三校 style), 点击数 via script, 【关闭】; speech with a 同学们 opening",
        page="""
<html><head><meta charset="utf-8"><title>赓续红色血脉　争做时代新人——在学校“开学第一课”上的专题党课-鹤泽理工学院党委宣传部</title></head><body>
<div class="head">⟦m 中共鹤泽理工学院委员会宣传部⟧</div>
<div class="nav">⟦m 网站首页　机构设置　理论学习　新闻动态　校园文化⟧</div>
<div class="pos">⟦m 当前位置: 首页 &gt;&gt; 理论学习 &gt;&gt; 正文⟧</div>
<h2>{T}</h2>
<div class="about">⟦m 作者：党委宣传部　审核：向明远　发布时间：2024-09-03　点击数：⟧<script>_showDynClicks("wbnews", 1723, 5518)</script></div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关闭】　【打印】⟧</div>
<div class="foot">⟦m Copyright © 2024 鹤泽理工学院党委宣传部　地址：鹤泽市学府路1号⟧</div>
</body></html>
""",
        body="""
同学们：
今天是新学期开学的第一天，我们在这里上一堂特殊的党课。我想和大家聊一聊，新时代的青年应当怎样赓续红色血脉。
一要坚定理想信念。理想信念是精神之“钙”。同学们正处在人生的“拔节孕穗期”，要把个人理想融入国家发展，在学习中筑牢信仰之基。
二要练就过硬本领。学习是青年成长进步的阶梯。希望大家珍惜大学时光，潜心钻研专业知识，积极参加科研训练和社会实践。
三要锤炼品德修为。青年的价值取向决定了未来整个社会的价值取向。同学们要明大德、守公德、严私德，做到知行合一。
同学们，青春由磨砺而出彩。希望大家不负韶华，在奋斗中书写无悔的青春篇章！
""",
    ),
    dict(
        slug="college-news-tingjiang-vocational-photo-by",
        site="汀江职业技术学院 学院新闻 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tjzy.example.edu.cn/xyxw/2024/1126/c188a21730/page.htm",
        title="我院学子在全省职业院校技能大赛中获佳绩",
        record_title="我院学子在全省职业院校技能大赛中获佳绩",
        date="2024-11-26",
        notes="college news: 文：/图：/审核： trailer line, 浏览次数, 上一篇/下一篇 in 【】, 学院地址 footer with 邮编; the "
        "news lead has the date; a photo caption between two paragraphs",
        page="""
!m 汀江职业技术学院 | 学院新闻
{T}
!m 发布者：宣传统战部　发布时间：2024-11-26　浏览次数：655
{BODY}
!m （文：宣传统战部　图：机电工程学院　审核：侯建新）
!l 【上一篇】学院召开2024年秋季学期教学工作会议
!l 【下一篇】学院开展消防应急疏散演练
!m 地址：汀江县职教园区育才路6号　邮编：341900　招生热线：0797-2218866
""",
        body="""
11月22日至25日，2024年全省职业院校技能大赛高职组比赛落下帷幕。我院选派的6支代表队在工业机器人技术应用、电子商务技能等赛项中获得一等奖1项、二等奖3项、三等奖2项，创历史最好成绩。
⟦m 图为获奖选手与指导教师合影⟧
近年来，学院坚持以赛促教、以赛促学，建立“校赛—省赛—国赛”三级选拔机制，每年参与技能竞赛的学生超过1200人次。
学院负责人表示，将以此次比赛为契机，进一步深化产教融合，提升技术技能人才培养质量。
""",
    ),
    dict(
        slug="hospital-tongyu-news-department-tags",
        site="桐屿区中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tyzyy.example.com/news/yydt/2025/0218/1127.html",
        title="我院开展“中医药进社区”义诊活动",
        record_title="我院开展“中医药进社区”义诊活动_医院动态_桐屿区中医院",
        date="2025-02-16",
        notes="hospital news (HTML): 预约挂号/专家介绍/科室导航 nav, 发布科室 line, 标签 and 分享 boxes, 就医服务热线 "
        "footer, an 急诊24小时 banner; the date only inside the lead",
        page="""
<html><head><meta charset="utf-8"><title>我院开展“中医药进社区”义诊活动_医院动态_桐屿区中医院</title></head><body>
<div class="emg">⟦w 急诊24小时服务电话：0751-3318120⟧</div>
<div class="nav">⟦a 预约挂号⟧ ⟦m 专家介绍　科室导航　就医指南　医院动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布科室：治未病中心　来源：本院　阅读：273⟧</div>
<div class="txt">
{BODY}
</div>
<div class="tags">⟦l 标签：义诊　中医药　社区服务⟧</div>
<div class="ft">⟦m 桐屿区中医院　二级甲等中医医院　地址：桐屿区人民西路88号⟧</div>
</body></html>
""",
        body="""
2月16日上午，我院治未病中心联合针灸推拿科、脾胃病科等科室专家，走进桐屿区东湖社区开展“中医药进社区”义诊活动。
活动现场，专家们为居民提供中医体质辨识、血压血糖测量、健康咨询等服务，并现场演示穴位按摩、八段锦等中医养生方法。
本次活动共接待居民180余人次，发放中医药健康宣传资料500余份。
""",
    ),
    dict(
        slug="teacher-res-jiaoan-lesson-plan-points",
        site="教研岚 教师资源网 (invented)",
        style="教育门户",
        genre="教学设计",
        kind="other",
        form="text",
        source="https://www.jiaoyanlan.example.com/ziyuan/yuwen/8/41162.html",
        title="《背影》教学设计（第二课时）",
        record_title="《背影》教学设计（第二课时）【优质课】",
        title_also=["《背影》教学设计"],
        date=None,
        notes="teacher-resource site: 学科/年级/版本/类型 filters, 资料点数 and 下载需2点 prompt, 上传教师 line, 资源评分 "
        "stars, 同类资源 list; the lesson plan's numbered 教学目标 / 教学过程 kept",
        page="""
!m 教研岚教师资源网　|　备课好帮手
!m 学科：语文　年级：八年级上册　版本：统编版　类型：教案
!t 《背影》教学设计（第二课时）【优质课】
!m 上传教师：岚山中学 陶老师　　资源评分：★★★★☆ 4.6
!a 下载需2点　　我的点数：0　　充值
{BODY}
!l 同类资源：《背影》课件PPT　《背影》同步练习（含答案）
!d 本站资源均由教师上传分享，若侵犯您的权益请联系管理员。
""",
        body="""
一、教学目标
1.品味文中朴实而饱含深情的语言。
2.理解父亲“背影”所蕴含的深沉父爱。
3.引导学生体会亲情，学会感恩。
二、教学重难点
抓住“背影”这一线索，体会作者的思想感情。
三、教学过程
（一）导入新课。播放歌曲《父亲》，引导学生谈谈自己印象最深的父亲的一个瞬间。
（二）研读“望父买橘”片段。找出描写父亲动作的词语，体会这些动词背后的父爱。
（三）拓展延伸。请同学们课后给父亲写一封信，说说心里话。
四、教学反思
本课以读促悟，学生参与度较高，但个别学生对父子之间的复杂情感体会还不够深入。
""",
    ),
    dict(
        slug="edu-bureau-luting-notice-attachment-table",
        site="渌汀县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.luting.example.gov.cn/tzgg/2024/0522/6671.html",
        title="关于做好2024年中考体育考试工作的通知",
        record_title="关于做好2024年中考体育考试工作的通知",
        record_date="2024-05-22",
        date="2024-05-22",
        notes="education bureau: 文号 line (neutral), a schedule table and a 联系人/电话 line in the body, an 附件 list with "
        "two items, 附件下载 links after (chrome), 信息员 line",
        page="""
!m 渌汀县教育局　|　通知公告
{T}
渌教体〔2024〕11号
!m 信息员：罗佳　　发布日期：2024年05月22日　　【打印】【关闭】
{BODY}
!a 附件下载：1.2024年中考体育考试日程安排表.xls　2.考生体育考试须知.doc
!m 渌汀县教育局版权所有
""",
        body="""
各初级中学：
根据市教育局统一部署，我县2024年初中学业水平考试体育科目考试定于6月3日至6月6日在县体育中心举行。现将有关事项通知如下。
一、考试日程
日期｜上午｜下午
6月3日｜县一中｜县二中
6月4日｜城东中学｜城西中学
6月5日｜各乡镇中学｜各乡镇中学
6月6日｜补考｜——
二、工作要求
各校要加强考前安全教育，安排专人带队，购买考生意外伤害保险，确保考试安全有序。
联系人：县教育局体卫艺股 阳建华，电话：0731-2671065。
附件：1.2024年中考体育考试日程安排表
2.考生体育考试须知
渌汀县教育局
2024年5月21日
""",
        date_also=["2024-05-21"],
    ),
    dict(
        slug="partyschool-zheyang-lecture-notes-wrapped",
        site="中共柘阳市委党校 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.zydx.example.gov.cn/jxky/kcjs/202406/t20240614_2213.html",
        title="新时代“枫桥经验”的基层实践",
        record_title="【精品课程】新时代“枫桥经验”的基层实践",
        date=None,
        notes="Party-school course page: 【精品课程】 decoration, 主讲人/课时/课程类别 lines, 课程视频 button, wrapped at 60 "
        "columns with decimal headings 1.1 1.2; no date",
        page="""
!m 中共柘阳市委党校（柘阳行政学院）
!m 教学科研 > 课程建设 > 精品课程
!t 【精品课程】新时代“枫桥经验”的基层实践
!m 主讲人：刘书瑶　副教授　　课时：3学时　　课程类别：社会治理
!a ▶ 观看课程视频
{BODY}
!l 课程评价（12）　我要评价
!m 地址：柘阳市党校路18号　电话：0793-8812201
""",
        wrap=60,
        body="""
1 “枫桥经验”的时代内涵
1.1 坚持党的领导。基层党组织是基层治理的“主心骨”，要把党的领导贯穿基层治理全过程。
1.2 坚持以人民为中心。依靠群众就地化解矛盾，做到“小事不出村、大事不出镇、矛盾不上交”。
2 柘阳的实践探索
2.1 建设综治中心。全市乡镇（街道）综治中心实现全覆盖，推行矛盾纠纷“一站式受理、一揽子调处、全链条解决”。
2.2 发展网格化管理。全市划分网格3260个，配备专兼职网格员5100余名。
3 几点思考
推进基层治理现代化，既要用好传统经验，也要善用数字技术，让治理更加精准高效。
""",
    ),
    dict(
        slug="kindergarten-xiaoyu-notice-parents-wechat-group",
        site="岫山县实验幼儿园 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xssyey.example.com/news/show-902.html",
        title="岫山县实验幼儿园2025年春季招生公告",
        record_title="岫山县实验幼儿园2025年春季招生公告",
        date="2025-02-10",
        notes="kindergarten page: 园所概况/保教工作 nav, the notice's own 咨询电话 and 报名地点 kept while the site's "
        "园长信箱 and '扫码加入家长群' prompt go; a 温馨提示 box between paragraphs; signature date",
        page="""
!m 岫山县实验幼儿园　快乐成长每一天
!m 园所概况　保教工作　家园共育　招生信息
{T}
!m 添加时间：2025-02-10　点击：1886
{BODY}
!w 扫码加入“实验幼儿园家长群”，获取更多招生资讯
!m 园长信箱：xssyey@example.com
""",
        body="""
根据县教育局有关规定，现将我园2025年春季招生有关事项公告如下：
一、招生对象：2021年9月1日至2022年8月31日出生、具有本县户籍或父母在县城务工的适龄幼儿。
二、招生计划：小班2个，共60人。
⟦d 温馨提示：招生期间请勿轻信任何“内部名额”，谨防上当受骗。⟧
三、报名时间及地点：2月17日至2月19日（上午8:30—11:30），幼儿园一楼门厅。
四、报名材料：幼儿户口簿、出生医学证明、预防接种证及复印件。
咨询电话：0797-6612309。
岫山县实验幼儿园
2025年2月10日
""",
    ),
    dict(
        slug="health-commission-tingjiang-plan-html-list",
        site="汀江县卫生健康委员会 (invented)",
        style="政府门户",
        genre="实施方案",
        kind="other",
        form="html",
        source="https://wjw.tingjiang.example.gov.cn/zwgk/ghjh/202403/t20240311_6610.html",
        title="汀江县2024年基本公共卫生服务项目实施方案",
        record_title="汀江县2024年基本公共卫生服务项目实施方案",
        record_date="2024-03-11",
        date="2024-03-11",
        notes="health-commission page (HTML) with <ul> lists inside the body (rendered as lines), an 解读 link, a 政务公开 "
        "side box; the plan's 附件 line kept",
        page="""
<html><head><meta charset="utf-8"><title>汀江县2024年基本公共卫生服务项目实施方案</title></head><body>
<div class="top">⟦m 汀江县卫生健康委员会⟧ ⟦a 网站支持IPv6⟧</div>
<div class="pos">⟦m 首页 ＞ 政务公开 ＞ 规划计划⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 时间：2024-03-11　来源：基层卫生健康股⟧</div>
<div class="zw">
{BODY}
</div>
<div class="jd">⟦l 政策解读：一图读懂2024年基本公共卫生服务项目⟧</div>
<div class="side"><h3>⟦l 政务公开⟧</h3><ul><li>⟦l 机构职能⟧</li><li>⟦l 财政预决算⟧</li></ul></div>
</body></html>
""",
        body="""
为进一步做好基本公共卫生服务项目工作，提高项目实施质量，根据上级有关文件精神，结合我县实际，制定本方案。
一、项目内容
2024年人均基本公共卫生服务经费补助标准为94元，继续实施居民健康档案管理、预防接种、0～6岁儿童健康管理、孕产妇健康管理、老年人健康管理、慢性病患者健康管理等12类服务项目。
二、工作目标
到2024年底，居民电子健康档案建档率达到90%以上，65岁及以上老年人城乡社区规范健康管理服务率达到62%以上。
三、资金管理
项目资金实行“先预拨、后结算”，县财政局按照绩效评价结果拨付资金，严禁挤占挪用。
附件：汀江县2024年基本公共卫生服务项目绩效评价指标
""",
    ),
    dict(
        slug="school-jiaowu-luting-no1-exam-schedule",
        site="渌汀县第一中学 教务处 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ltyz.example.com/jwc/article-1206.html",
        title="关于2024—2025学年第一学期期末考试安排的通知",
        record_title="教务处：关于2024—2025学年第一学期期末考试安排的通知",
        date="2025-01-06",
        notes="school 教务处 page: '教务处：' prefix in the record title, 校园网 header, an exam timetable and the notice's own "
        "监考 requirements, a 成文日期 with the office; 访问统计 footer",
        page="""
!m 渌汀一中校园网 · 教务处
!t 教务处：关于2024—2025学年第一学期期末考试安排的通知
!m 作者：教务处　时间：2025-01-06　阅读：1203
{BODY}
!m 您是本站第 0328714 位访客
!m 渌汀县第一中学　湘ICP备13009915号-1
""",
        body="""
各年级组、各班主任：
本学期期末考试定于1月13日至1月15日进行，现将有关事项通知如下。
一、考试时间
1月13日：上午语文，下午数学；
1月14日：上午英语，下午物理、历史；
1月15日：上午化学、政治，下午生物、地理。
二、考务要求
1.监考教师提前15分钟到教务处领取试卷，不得迟到、早退。
2.考试期间严禁学生携带手机等电子产品进入考场。
三、阅卷安排
各学科于1月16日集中网上阅卷，1月18日前完成成绩录入。
教务处
2025年1月6日
""",
    ),
    dict(
        slug="hospital-heze-maternal-report-floating-consult",
        site="鹤泽市妇幼保健院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.hzfy.example.com/yygk/gzbg/2025/0115/311.html",
        title="鹤泽市妇幼保健院2024年工作总结",
        record_title="鹤泽市妇幼保健院2024年工作总结",
        date="2025-01-15",
        notes="hospital page: a floating 在线咨询/预约 box glued to the top line, 医保定点 slogan, a data table in the "
        "body, a 返回顶部 button; 成文日期 under the signature",
        page="""
!w 在线咨询　｜　预约挂号　｜　咨询热线 0798-8263300
!m 鹤泽市妇幼保健院　三级妇幼保健院　医保定点医院
!m 首页 > 医院概况 > 工作报告
{T}
{BODY}
!a ▲返回顶部
""",
        body="""
2024年，我院坚持以妇女儿童健康为中心，聚焦保健与临床融合发展，较好地完成了年度各项目标任务。
一、主要业务指标
指标｜2024年｜同比
门急诊人次｜41.2万｜+6.8%
住院人次｜1.96万｜+4.1%
分娩量｜5120例｜-3.2%
二、重点工作
全市孕产妇死亡率、婴儿死亡率分别控制在8.6/10万和2.9‰以下；新生儿疾病筛查率达到99.6%；建成市级危重孕产妇救治中心。
三、2025年工作思路
持续推进“一站式”妇幼健康服务，加快儿童早期发展中心建设，提升危重孕产妇和新生儿救治能力。
鹤泽市妇幼保健院
2025年1月15日
""",
    ),
]
