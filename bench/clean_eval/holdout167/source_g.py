"""holdout167, part G: nail clippers (指甲刀) — a retired barber's collection, a Party
branch's hand-care volunteers, a hospital's diabetic nail care, a university union, a
county forum, a download station and a personnel-exam page. Invented text."""

CASES = [
    dict(
        slug="anthology-shuiyue-nail-clipper-memoir-html",
        site="水月集 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://www.shuiyueji.example.org/vol3/27.html",
        title="父亲的指甲刀",
        record_title="《水月集》卷三·第27篇｜父亲的指甲刀",
        date=None,
        notes="collection chapter page: volume nav, chapter prev/next; 写于 year only; no date",
        page="""
<html><head><meta charset="utf-8"><title>《水月集》卷三·第27篇｜父亲的指甲刀</title></head><body>
<div class="top">⟦m 水月集 · 一位退休中学教师的文字⟧</div>
<div class="nav">⟦m 卷一 乡音 | 卷二 师说 | 卷三 家常 | 卷四 行旅⟧</div>
<h2>⟦t 《水月集》卷三·第27篇｜父亲的指甲刀⟧</h2>
<div class="txt">
{BODY}
</div>
<p class="tail">（二〇一九年清明写于楝阳）</p>
<div class="pn">⟦l 上一篇：母亲的针线笸箩⟧　⟦l 下一篇：老屋门前的井⟧</div>
<div class="foot">⟦d 本集文字版权归作者所有，转载请注明出处⟧</div>
</body></html>
""",
        body="""
父亲有一把黄铜指甲刀，是他当年在县农机厂评上先进时发的奖品，刀柄上刻着一行小字：“奖给生产能手”。
这把指甲刀用了四十年，刃口磨了又磨，刀柄上的字也快磨平了。家里后来买过好几把新的，父亲还是只用这一把。
父亲晚年手抖，剪指甲成了难事，每个星期天，我就坐在他身边，用这把指甲刀给他剪。他总说，轻点，别剪到肉。
父亲走后，我把指甲刀放进了他的旧工具箱，和他的扳手、卡尺放在一起。
""",
    ),
    dict(
        slug="dangjian-duqiao-volunteers-nail-care-summary",
        site="杜桥先锋网 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.duqiaoxianfeng.example.cn/zbfc/2024/1230/712.html",
        title="“小小指甲刀”为老服务项目2024年工作总结",
        record_title="【支部风采】“小小指甲刀”为老服务项目2024年工作总结 - 杜桥先锋网",
        date="2024-12-30",
        notes="Party-building text page: slogan line, breadcrumb; table of service figures; 成文日期 in Chinese numerals",
        page="""
!m 杜桥先锋网　　红色引领 先锋担当
!m 首页 > 支部风采 > 为民服务
{T}
!m 供稿：城南社区党支部　日期：2024-12-30　点击：315
{BODY}
!l 上一篇：社区党员冬季送温暖活动掠影
!l 下一篇：“红色物业”联席会议制度出台
!m 中共杜桥县委组织部主办
""",
        body="""
今年，城南社区党支部组织党员志愿者开展“小小指甲刀”为老服务，每月两次上门为高龄、失能老人修剪指甲、理发。
一、服务情况
月份　服务次数　服务人数
1—6月　12　286
7—12月　12　341
二、主要做法
一是建立服务台账，对八十岁以上独居老人逐户登记；二是邀请社区卫生服务站护士培训志愿者，掌握糖尿病老人修甲的注意事项；三是统一配备消毒指甲刀，一人一用一消毒。
三、明年打算
扩大志愿者队伍，把服务延伸到辖区两个老旧小区。
城南社区党支部
二〇二四年十二月三十日
""",
    ),
    dict(
        slug="hospital-nanling-diabetic-foot-nail-care-html",
        site="南岭市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.nlsey.example.cn/jkkp/2025/0305/3302.html",
        title="糖尿病患者剪脚指甲的五个要点",
        record_title="【内分泌科】糖尿病患者剪脚指甲的五个要点-南岭市第二人民医院",
        date="2025-03-05",
        notes="hospital site with floating booking box; department consultation line in the body kept beside the hospital's booking and emergency lines",
        page="""
<html><head><meta charset="utf-8"><title>【内分泌科】糖尿病患者剪脚指甲的五个要点-南岭市第二人民医院</title></head><body>
<div class="head">⟦m 南岭市第二人民医院⟧ ⟦m 三级综合医院⟧</div>
<div class="nav">⟦m 首页 医院概况 科室介绍 专家团队 就医指南 健康科普⟧</div>
<div class="where">⟦m 您现在的位置：首页 > 健康科普⟧</div>
<h1>⟦t 糖尿病患者剪脚指甲的五个要点⟧</h1>
<div class="from">⟦m 作者：内分泌科 童雅芝　发布时间：2025-03-05⟧</div>
<div class="content">
{BODY}
</div>
<div class="float">⟦a 在线预约⟧ ⟦a 智能导诊⟧ ⟦a 返回顶部⟧</div>
<div class="foot">⟦m 预约电话：0738-3166000　急诊电话：0738-3166120⟧<br>⟦m 湘ICP备10022815号⟧</div>
</body></html>
""",
        body="""
糖尿病患者足部感觉迟钝，剪指甲时一个小伤口就可能发展成难以愈合的溃疡。剪脚指甲要注意五点：
一是洗后再剪。温水泡脚五分钟，水温不超过三十七度，擦干后指甲变软好剪。
二是平着剪。用平口指甲刀沿趾尖平剪，不要把两边剪得太深，避免甲沟炎。
三是不剪太短。指甲与趾尖平齐即可，剪后用锉刀磨平边缘。
四是看不清请家人帮忙。视力不好的患者不要自己剪。
五是发现问题及时就医。指甲增厚、变色或甲周红肿，请到内分泌科糖尿病足门诊就诊，咨询电话：0738-3166472。
""",
    ),
    dict(
        slug="university-taoli-union-retirees-visit-news",
        site="桃李职业技术学院工会 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://gh.taolivtc.example.edu.cn/info/1011/2291.htm",
        title="校工会为退休教职工送上“修脚修甲”上门服务",
        record_title="校工会为退休教职工送上“修脚修甲”上门服务-桃李职业技术学院工会",
        date="2024-09-20",
        notes="university union news: 发布时间 byline is the page date; photo caption on its own line between paragraphs; editor and reviewer lines glued after the last sentence",
        page="""
!m 桃李职业技术学院　工会
!m 首页 | 工会概况 | 工会动态 | 教工之家 | 文体活动
{T}
!m 发布时间：2024-09-20　浏览次数：286
{BODY}
!l 上一条：工会举办教职工趣味运动会
!m 地址：桃李职业技术学院行政楼五楼　邮编：422300
""",
        body="""
9月18日至19日，校工会联合学院康复治疗专业，组织师生志愿者走进退休教职工家中，为行动不便的老同志提供修脚、修甲服务。
志愿者们带着消毒好的指甲刀、修脚刀和足浴盆，为二十三位退休教职工修剪了指甲，并讲解了居家足部护理知识。
⟦m 志愿者为退休教师修剪指甲⟧
八十六岁的退休教师石老说，眼睛花了，指甲已经一个多月没剪，孩子们来得正是时候。
校工会表示，这项服务将每季度开展一次。⟦m （撰稿：谭一鸣　审核：校工会）⟧
""",
    ),
    dict(
        slug="localforum-qingbo-market-nail-clipper-vendor-notice-html",
        site="青波论坛 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.qingbo.example.net/thread-92110-1-1.html",
        title="关于规范集贸市场流动修甲摊点的通告",
        record_title="[转帖] 关于规范集贸市场流动修甲摊点的通告 - 青波大事 - 青波论坛",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="county forum HTML with jammer fonts; repost of a township notice; posting stamp differs from notice date",
        junk=dict(lines=1, glued=2),
        p_html="<p>{}</p>",
        page="""
<html><head><meta charset="gbk"><title>[转帖] 关于规范集贸市场流动修甲摊点的通告 - 青波大事 - 青波论坛</title></head><body>
<div id="hd">⟦m 青波论坛⟧ ⟦m 青波人的网上家园⟧</div>
<div id="pt">⟦m 青波论坛 › 青波大事 › 查看内容⟧</div>
<h1>⟦t [转帖] 关于规范集贸市场流动修甲摊点的通告⟧</h1>
<div class="authi">⟦m 老街坊 发表于 2025-5-7 08:55⟧ ⟦m 查看: 733 回复: 9⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rp">⟦l 沙发 青波小王：早该管管了，上次剪破了还发炎⟧</div>
<div>⟦a 登录后才能回帖⟧</div>
<div id="ft">⟦m Powered by Discuz!　青波论坛⟧</div>
</body></html>
""",
        body="""
为保障群众健康安全，维护集贸市场经营秩序，现就规范市场内流动修甲、修脚摊点通告如下：
一、在集贸市场内从事修甲、修脚服务的，须到镇市场管理所登记，持有效健康证明经营。
二、经营者应配备消毒设备，指甲刀、修脚刀等工具须一客一消毒。
三、摊点应在市场划定的便民服务区内经营，不得占道。
四、本通告自发布之日起施行。
青波镇人民政府
2025年5月6日
""",
    ),
    dict(
        slug="download-yaoxi-nail-clipper-workshop-ops-rules",
        site="药溪文档下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.yaoxixz.example.cn/down/31220.html",
        title="指甲刀生产企业冲压车间安全操作规程",
        record_title="指甲刀生产企业冲压车间安全操作规程（2025修订）-药溪文档下载",
        date=None,
        notes="download station text page: file info, mirror links, dead-link report; regulation articles kept; no date",
        page="""
!m 药溪文档下载 — 办公资料免费下
!m 当前位置：首页 >> 规章制度 >> 安全操作规程
!t 指甲刀生产企业冲压车间安全操作规程（2025修订）
!m 资料大小：19K　资料类型：.doc　更新：2025-04-18　人气：288
!m 资料介绍：
{BODY}
!a 下载地址：[本地下载1] [本地下载2] [备用镜像]
!a 无法下载？请报告错误
!d 本站所有资料来自网友共享，只做学习交流之用。
""",
        body="""
一、作业前检查冲床离合器、制动器和安全光幕是否正常，发现异常立即报告班长。
二、冲制指甲刀刀片时，严禁用手直接送料或取件，必须使用专用夹钳。
三、更换模具须断电挂牌，由两人配合完成。
四、连续作业两小时应轮换休息十分钟，防止疲劳操作。
五、下班前清理废料，切断电源，填写设备运行记录。
""",
    ),
    dict(
        slug="exam-tiancheng-cosmetology-skill-exam-notice-html",
        site="田城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.tiancheng.example.gov.cn/zyjn/2025/0610/887.html",
        title="2025年第二批美甲师、修脚师职业技能等级认定考试安排的公告",
        record_title="2025年第二批美甲师、修脚师职业技能等级认定考试安排的公告",
        date="2025-06-10",
        record_date="2025-06-10",
        notes="personnel-exam page: timetable table; 准考证 下载/打印 sentence kept; exam centre 咨询电话 beside the site's technical line",
        page="""
<html><head><meta charset="utf-8"><title>2025年第二批美甲师、修脚师职业技能等级认定考试安排的公告_田城市人事考试网</title></head><body>
<div class="top">⟦m 田城市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="nav">⟦m 首页　考试动态　职业技能　公务员考试　事业单位⟧</div>
<h1>⟦t 2025年第二批美甲师、修脚师职业技能等级认定考试安排的公告⟧</h1>
<div class="src">⟦m 来源：市职业技能鉴定中心　2025-06-10⟧ ⟦a 【字体：大 中 小】⟧</div>
<div class="con">
{BODY}
</div>
<div class="foot">⟦m 技术支持电话：0737-2201188（报名系统故障）⟧<br>⟦d 田城市人事考试网 版权所有⟧</div>
</body></html>
""",
        body="""
一、考试时间
科目　日期　时间
理论知识　6月28日　9:00—10:30
技能操作　6月29日　8:30起
二、技能操作说明
修脚师技能考核含修剪趾甲、嵌甲处理两项，考生自带指甲刀、修脚刀等个人工具，工具须经考场消毒后方可使用。
三、准考证
考生请于6月24日起登录本网下载并打印准考证。
四、咨询方式
咨询电话：0737-2236740（市职业技能鉴定中心）。
田城市职业技能鉴定中心
2025年6月10日
""",
    ),
]
