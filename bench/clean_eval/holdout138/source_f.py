"""holdout138, part F: glazed-tile (琉璃瓦) kilns, their workers and the old buildings they roof.
Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-yaoshan-kiln-studytrip-letter",
        site="窑山县实验小学 (invented)",
        style="教育门户",
        genre="致家长的信",
        kind="letter",
        form="text",
        source="http://www.ysxsyxx.example.edu.cn/jxgl/2025/1009.html",
        title="关于组织学生赴琉璃窑厂研学实践活动致家长的一封信",
        record_title="关于组织学生赴琉璃窑厂研学实践活动致家长的一封信-窑山县实验小学",
        date="2025-10-09",
        notes="school letter with a 回执 with blanks (kept); the school's own 咨询电话; date under signature before the 回执",
        page="""
!m 窑山县实验小学　|　首页　学校概况　家校共育　德育天地
!m 当前位置：家校共育 > 通知公告
{T}
!m 发布人：德育处　点击：1207
{BODY}
!a 【加入收藏】【打印此文】【关闭窗口】
!m 地址：窑山县育才路2号　招生咨询电话：0357-5512008
""",
        body="""
尊敬的家长：
为让孩子们了解家乡传统手工艺，学校定于10月17日组织四年级学生赴城东琉璃窑厂开展研学实践活动，参观琉璃瓦制坯、施釉、烧制的全过程。
一、活动当天7:50在校门口集合，统一乘坐大巴前往，预计15:30返校。
二、请为孩子准备水杯、帽子，穿运动鞋，不带零食和贵重物品。
三、活动费用全免，学校已为学生购买意外伤害保险。
如有疑问，请联系年级组长李老师，电话：0357-5512631。
窑山县实验小学
2025年10月9日
回执
学生姓名：________　班级：________
□同意参加　□不同意参加
家长签字：________
""",
    ),
    dict(
        slug="univ-kaogu-glazed-tile-lecture-report",
        site="晋原大学考古文博学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://kgwb.jinyuan-u.example.edu.cn/xwdt/2025/1121.htm",
        title="琉璃烧造技艺传承人走进学院开讲",
        record_title="琉璃烧造技艺传承人走进学院开讲-考古文博学院",
        date="2025-11-21",
        notes="university school news: 发布时间 is the date; author/review line after the last paragraph glued",
        page="""
!m 晋原大学考古文博学院
!m 首页 » 学院新闻
{T}
!m 发布时间：2025-11-21　浏览次数：533
{BODY}
!l 上一篇：学院举办田野考古安全培训会
!l 下一篇：我院师生参加全国文物修复技能大赛
!m 版权所有：晋原大学考古文博学院　地址：晋原市学府街92号
""",
        body="""
11月19日下午，省级非物质文化遗产琉璃烧造技艺代表性传承人乔永福应邀来到我院，为文物保护技术专业师生作专题讲座。
乔永福结合自家窑厂六代人的经历，讲解了琉璃瓦从选料、制坯到素烧、施釉、釉烧的工艺流程，并展示了修缮古建筑时复烧的仿古构件。
讲座结束后，同学们围绕釉料配方、色差控制等问题踊跃提问。学院将与窑厂共建实践教学基地。⟦m （文/王悦　审核/程立）⟧
""",
    ),
    dict(
        slug="gkforum-shenlun-glaze-craft-jammer",
        site="申论研习社 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="other",
        form="html",
        source="https://www.shenlunyxs.example.com/forum/view/88317.html",
        title="一片琉璃瓦里的“匠心”与“创新”",
        record_title="[申论素材] 一片琉璃瓦里的“匠心”与“创新”（附使用方向） - 素材积累 - 申论研习社",
        date=None,
        notes="exam forum post with jammer fonts; 发表于 a relative time (no date); reply-to-see prompt",
        page="""
<html><head><meta charset="utf-8"><title>[申论素材] 一片琉璃瓦里的“匠心”与“创新”（附使用方向） - 素材积累 - 申论研习社</title></head>
<body><div id="hd">⟦m 申论研习社⟧ ⟦a 签到领积分⟧</div>
<div id="pt">⟦m 申论研习社 › 申论备考 › 素材积累⟧</div>
<div class="post"><h1>{T}</h1><div class="au">⟦m 楼主：上岸的蜗牛　发表于 昨天 21:40⟧</div>
<div class="t_f">
{BODY}
</div></div>
<div class="lock">⟦a 本帖隐藏内容需回复可见⟧</div>
<div class="rel">⟦l 热门素材：非遗保护的“活态传承”　乡村振兴中的手艺人⟧</div>
<div id="ft">⟦d 申论研习社所有素材仅供备考学习⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=1),
        body="""
素材：窑山琉璃烧造已有六百多年历史。老窑工们坚守传统釉料配方，一片瓦要经过二十多道工序。近年来，窑厂引入电窑控温技术，成品率由六成提高到九成，产品远销海外。
使用方向：传统文化保护与创新；工匠精神；非遗的产业化发展。
金句：守正，才能不迷失方向；创新，才能把握时代。
""",
    ),
    dict(
        slug="dangjian-kiln-branch-july-first-speech-html",
        site="窑山先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yaoshanxf.example.cn/zbfc/2025/0701/2209.html",
        title="在琉璃窑厂党支部庆祝建党104周年大会上的讲话",
        record_title="【支部风采】在琉璃窑厂党支部庆祝建党104周年大会上的讲话",
        date="2025-07-01",
        notes="Party-building site: speaker and date lines under the title (neutral); study-points box; share bar",
        page="""
<html><head><meta charset="utf-8"><title>【支部风采】在琉璃窑厂党支部庆祝建党104周年大会上的讲话</title></head>
<body><div class="hd">⟦m 窑山先锋网⟧　⟦m 中共窑山县委组织部主办⟧</div>
<div class="nav">⟦m 首页　组工动态　支部风采　党员教育　先锋榜样⟧</div>
<div class="art"><h1>{T}</h1>
<p class="sp">窑厂党支部书记　乔永福</p>
<p class="sp">（2025年7月1日）</p>
{BODY}
</div>
<div class="study">⟦a 已学习　积分+1　去答题⟧</div>
<div class="share">⟦l 分享到：微信 | QQ | 微博⟧</div>
<div class="ft">⟦m 窑山县委组织部　晋ICP备10022716号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里隆重集会，庆祝中国共产党成立104周年。
窑厂党支部现有党员14名，其中一线窑工党员9名。这一年，党员们带头攻关釉色配方，带头承担古建修缮项目的复烧任务，支部被评为全县“五星级党支部”。
新的一年，希望每一名党员都像一片好琉璃那样，经得起烈火，守得住本色，在岗位上发光发热。
""",
    ),
    dict(
        slug="community-yaokou-kiln-smoke-notice",
        site="窑口社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yaokou-sq.example.cn/gg/2025/0806.html",
        title="关于窑厂烟气治理改造期间有关事项的通知",
        record_title="【社区公告】关于窑厂烟气治理改造期间有关事项的通知",
        date="2025-08-06",
        notes="residents' site: grid worker's mobile and the firm's own line kept beside a 便民热线",
        page="""
!m 窑口社区网　｜　社区公告　便民服务　志愿者之家
!w 社区便民热线：0357-5560110
{T}
!m 发布时间：2025-08-06　阅读：689
{BODY}
!l 分享到邻里圈
!a 扫码进入社区服务小程序
""",
        body="""
各位居民：
为减少烟气排放，城东琉璃窑厂将于8月10日至9月20日实施窑炉天然气改造。改造期间有关事项通知如下：
一、施工时间为每日7:00至12:00、14:00至19:00，夜间不施工。
二、施工车辆经窑口路进出，请居民注意出行安全，看管好儿童。
三、如有噪声、扬尘等问题，可联系窑厂办公室：0357-5563309，或本网格网格员：13834572210。
窑口社区居民委员会
2025年8月6日
""",
    ),
    dict(
        slug="wiki-glazed-tile-entry-infobox",
        site="博知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://www.bozhibaike.example.com/wiki/琉璃瓦",
        title="琉璃瓦",
        record_title="琉璃瓦 - 博知百科",
        date=None,
        notes="encyclopaedia: info box, catalogue, edit links; example years inside sentences are no date",
        page="""
<html><head><meta charset="utf-8"><title>琉璃瓦 - 博知百科</title></head>
<body><div class="top">⟦m 博知百科⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<h1>{T}</h1>
<table class="infobox"><tr><td>⟦m 中文名：琉璃瓦⟧</td></tr><tr><td>⟦m 主要原料：陶土、釉料⟧</td></tr><tr><td>⟦m 烧成温度：约1100℃⟧</td></tr></table>
<div class="toc">⟦m 目录　1 概述　2 历史　3 工艺⟧</div>
{BODY}
<div class="edit">⟦a 编辑本段⟧</div>
<div class="ref">⟦l 参考资料：［1］中国古建筑材料概说⟧</div>
<div class="ft">⟦m 词条统计：浏览 18,302 次　编辑 41 次⟧</div>
</body></html>
""",
        body="""
琉璃瓦是施以铅釉烧制而成的建筑构件，颜色有黄、绿、蓝等多种，常用于宫殿、庙宇、陵寝等重要建筑的屋顶。
琉璃瓦的使用始于北魏，宋代《营造法式》对其制作已有详细记载，明清时期达到鼎盛。
制作时先将陶土制坯、阴干，经素烧后施釉，再入窑以较低温度釉烧而成。
1987年以后，多地窑厂恢复传统烧造工艺，承担古建筑修缮所需琉璃构件的复制任务。
""",
    ),
    dict(
        slug="exam-wenbao-restoration-posts-text",
        site="晋原人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jyrsks.example.gov.cn/sydw/2025/0915/441.html",
        title="晋原市古建筑保护研究所2025年公开招聘工作人员公告",
        record_title="晋原市古建筑保护研究所2025年公开招聘工作人员公告_事业单位招聘_晋原人事考试网",
        date="2025-09-15",
        notes="exam site: the site's technical line beside the institute's 咨询电话; post table; 打印准考证 sentence kept",
        page="""
!m 晋原人事考试网　|　网上报名　成绩查询　证书查询
!m 首页 > 事业单位招聘
{T}
!m 发布日期：2025-09-15　来源：市人社局
{BODY}
!w 网上报名技术支持：0351-7820990
!l 相关公告：晋原市博物馆2025年公开招聘公告
""",
        body="""
根据工作需要，晋原市古建筑保护研究所面向社会公开招聘工作人员4名。
岗位　人数　专业要求
古建修缮技术员　2　建筑学、文物保护技术
琉璃构件复制技术员　1　陶瓷艺术设计、材料科学
文献资料员　1　历史学、考古学
一、报名时间：9月22日至9月26日，网上报名。
二、笔试时间：10月19日，请考生于10月15日起登录本网站打印准考证。
咨询电话：0351-7231146（市古建筑保护研究所人事科）
晋原市人力资源和社会保障局
2025年9月15日
""",
    ),
    dict(
        slug="hospital-zhiye-kiln-lead-screening-html",
        site="窑山县疾病预防控制中心职业病防治所 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ysjk.example.cn/zyb/2025/0324.html",
        title="关于开展琉璃釉料作业人员职业健康检查的通知",
        record_title="关于开展琉璃釉料作业人员职业健康检查的通知_职业病防治",
        date="2025-03-24",
        notes="hospital site: floating consult box and booking line beside the department's own 咨询电话; schedule table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展琉璃釉料作业人员职业健康检查的通知_职业病防治</title></head>
<body><div class="hd">⟦m 窑山县职业病防治所⟧　⟦m 体检预约：0357-5520120⟧</div>
<div class="nav">⟦m 首页　机构简介　体检指南　健康科普　信息公开⟧</div>
<div class="art"><h2>{T}</h2><div class="i">⟦m 发布时间：2025-03-24　作者：体检科⟧</div>
{BODY}
</div>
<div class="float">⟦w 在线咨询　点击与医生对话⟧</div>
<div class="ft">⟦d 本站健康信息仅供参考，不能替代医生诊断。⟧　⟦m 晋ICP备13001988号⟧</div>
</body></html>
""",
        body="""
各琉璃制品生产企业：
釉料中含有铅等有害物质，长期接触可能引起职业性铅中毒。为保障劳动者健康，我所将为全县琉璃釉料作业人员开展在岗期间职业健康检查。
日期　企业
4月8日　城东琉璃窑厂
4月9日　窑口琉璃建材有限公司
4月10日　其他企业
检查项目包括血铅、血常规、神经系统检查等，请受检人员空腹前来。
体检科咨询电话：0357-5520136
窑山县职业病防治所
2025年3月24日
""",
    ),
    dict(
        slug="lawfirm-tile-purchase-contract-tips-html",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="html",
        source="https://www.hengzheng-law.example.cn/view/773.html",
        title="古建修缮采购琉璃瓦，合同要写清这几点",
        record_title="律师提示 | 古建修缮采购琉璃瓦，合同要写清这几点",
        date="2025-05-12",
        notes="law-firm site: byline date; consult prompt and disclaimer; numbered points kept",
        page="""
<html><head><meta charset="utf-8"><title>律师提示 | 古建修缮采购琉璃瓦，合同要写清这几点</title></head>
<body><div class="hd">⟦m 衡正律师事务所⟧　⟦m 建设工程　合同纠纷　文物法务⟧</div>
<div class="crumb">⟦m 首页 / 律师文集⟧</div>
<div class="art"><h1>{T}</h1><p>⟦m 冯楠律师　2025-05-12⟧</p>
{BODY}
</div>
<div class="consult">⟦w 合同审查预约：0351-8236677　工作日在线⟧</div>
<div class="disc">⟦d 本文为律师个人观点，仅供参考，不作为法律意见。⟧</div>
</body></html>
""",
        body="""
古建筑修缮所用琉璃瓦多为定制产品，规格、釉色与原构件是否一致，直接关系到修缮质量。签订采购合同时，建议写清以下几点：
1. 样品确认。约定以双方封存的样品作为验收标准，并写明色差允许范围。
2. 质量标准。写明吸水率、抗冻性等指标和检测机构。
3. 交付与损耗。约定包装方式和运输破损的承担，以及备用构件数量。
4. 违约责任。对延期交付、质量不合格约定明确的违约金计算方式。
""",
    ),
    dict(
        slug="docshare-kiln-firing-briefing-wrapped-markers",
        site="共享书屋 (invented)",
        style="文档分享",
        genre="技术交底",
        kind="other",
        form="text",
        source="https://www.gongxiangshuwu.example.com/d/4410982.html",
        title="琉璃瓦釉烧工序技术交底",
        record_title="琉璃瓦釉烧工序技术交底（通用版）",
        date="2025-03-05",
        notes="hard-wrapped at 60 columns and cut by ⦅n⦆ markers glued; upload notice; date under signature",
        page="""
!m 共享书屋 > 工程技术 > 技术交底
{T}
!m 分享者：窑火工坊　页数：3　下载：17次
!d 本文档来自网友分享，共享书屋不拥有其著作权，如有侵权请联系删除。
{BODY}
!a 下载本文档（需 3 积分）
!l 同类文档：素烧工序作业指导书　窑炉点火安全操作规程
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⦅{n}⦆", every=160, start=2, glue=True),
        body="""
一、适用范围：本交底适用于城东琉璃窑厂釉烧窑的装窑、升温、保温和出窑作业。
二、装窑要求：素坯施釉后须晾干不少于24小时，装窑时构件之间留出不小于1厘米的间隙，釉面不得相互接触。
三、温度控制：升温速度每小时不超过100℃，在900℃至1000℃保温2小时，严禁超温。
四、出窑要求：窑温降至80℃以下方可开窑，出窑构件逐件检查釉面，有缺釉、流釉的单独堆放。
交底人：乔建军　接受人：釉烧班全体
2025年3月5日
""",
    ),
]
