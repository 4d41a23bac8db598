"""holdout302, part F: hospitals, universities, personnel-exam sites, print views and forwarded mails.
Invented text (places, people, firms, sites, URLs, numbers); see ../README.md and ../build.py for the
markup. Each case written by hand."""

CASES = [
    dict(
        slug="hospital-fangyang-derm-article-summer-quilt-mites",
        site="淓阳县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.fyxrmyy.cn/jkkp/pfk/2025-07-08/520.html",
        title="凉被久不洗，小心螨虫性皮炎找上门",
        record_title="【皮肤科普】凉被久不洗，小心螨虫性皮炎找上门 - 淓阳县人民医院",
        date="2025-07-08",
        notes="hospital: experts list, booking float, 24-hour line; the department's own 咨询电话 in the body; "
        "the byline's 发布时间 as the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【皮肤科普】凉被久不洗，小心螨虫性皮炎找上门 - 淓阳县人民医院</title></head><body>
<div class="hd">⟦m 淓阳县人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <span>⟦w 24小时急诊：0736-5238120⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 健康科普⟧ ⟦m 就医指南⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 健康科普 &gt; 皮肤科⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-08　作者：皮肤科　审核：医务科　浏览量：683⟧</div>
<div class="con">
{BODY}
</div></div>
<div class="side"><h4>⟦l 皮肤科出诊专家⟧</h4><p>⟦l 邬春林　主任医师　周一、周三全天⟧</p><p>⟦l 詹晓敏　副主任医师　周二、周五上午⟧</p></div>
<div class="float">⟦w 微信预约挂号：关注“淓阳县人民医院”服务号⟧</div>
<div class="ft">⟦m 地址：淓阳县城关镇人民路169号　预约挂号电话：0736-5238000⟧<br>⟦m 湘ICP备08007720号⟧</div>
</body></html>
""",
        body="""
入夏以来，医院皮肤科门诊接诊的螨虫性皮炎患者明显增多。不少患者身上起了成片的红色小丘疹，晚上痒得睡不着。医生追问后发现，很多人的凉被是从柜子里拿出来直接就盖，一整个夏天都没洗过。
皮肤科主任医师邬春林介绍，凉被在柜子里放了大半年，容易积聚尘螨；夏天人体出汗多，皮屑和汗液又为尘螨提供了“食物”。
为此，医生建议：凉被拿出来后先清洗、暴晒再使用；使用期间每两周清洗一次，能晒太阳的尽量晒；出现皮疹瘙痒不要抓挠，及时到医院就诊。
皮肤科咨询电话：0736-5238116（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-mancheng-tcm-nursing-summary-fitted-sheets",
        site="鄤城区中医医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mczyy.cn/hlyd/hldt/20250709/215.html",
        title="护理部2025年上半年病床单元管理工作小结",
        record_title="护理部2025年上半年病床单元管理工作小结_护理园地_鄤城区中医医院",
        date="2025-07-04",
        date_also=["2025-07-09"],
        notes="hospital: booking and 24-hour lines after the body; posting date differs from the nursing "
        "department's 成文日期",
        page="""
!m 鄤城区中医医院　二级甲等中医医院
!m 首页 > 护理园地 > 护理动态
!t 护理部2025年上半年病床单元管理工作小结
!m 来源：护理部　时间：2025-07-09　点击：94
{BODY}
!w 预约挂号：0730-8305100　急诊（24小时）：0730-8305120
!l 上一篇：我院开展“5·12”护士节系列活动
!m 鄤城区中医医院 版权所有　地址：鄤城区杏林路28号
""",
        indent="\u3000\u3000",
        body="""
今年上半年，护理部以病房床笠更换为切入点，推进病床单元规范化管理，住院患者对床单位整洁度的满意度由去年的91.2%提升到96.8%。
一是全面推行床笠。5月起，全院12个病区的普通床单全部更换为床笠，其中卧床病人使用防水床笠，减少了床单移位引起的皮肤压伤。
二是规范更换流程。制定《病床单元终末处理规范》，明确病人出院后床笠、被套、枕套一律更换，污染床笠单独装袋、标识后送洗。
三是开展培训考核。组织护士、护工铺床技能培训6场，考核合格率100%。
下半年，护理部将继续做好床单位清洁质量督查，每月随机抽查不少于60张床位。
鄤城区中医医院护理部
2025年7月4日
""",
    ),
    dict(
        slug="university-huanshan-poly-news-dorm-folding-trouser-racks",
        site="峘山职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hszy.edu.cn/info/1021/8836.htm",
        title="后勤处为学生公寓加装折叠裤架",
        record_title="后勤处为学生公寓加装折叠裤架 · 后勤服务 · 峘山职院",
        date="2025-09-05",
        notes="university news: EN link, dotted date line as the page's date, a 文/图 line glued after the last "
        "。, a click counter",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>后勤处为学生公寓加装折叠裤架 · 后勤服务 · 峘山职院</title></head><body>
<div class="top">⟦m 峘山职业技术学院⟧ <a>⟦a EN⟧</a> <a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a></div>
<div class="nav">⟦m 学校首页⟧ ⟦m 学院概况⟧ ⟦m 教育教学⟧ ⟦m 招生就业⟧ ⟦m 后勤服务⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 后勤服务 &gt;&gt; 后勤动态⟧</div>
<form name="_newscontent_fromname"><h1>{T}</h1>
<div class="datetime">⟦m 2025.09.05　　点击：<span id="dynclicks">318</span>⟧</div>
<div class="v_news_content">
{BODY}
</div></form>
<div class="pn">⟦l 上一条：学院召开2025年秋季开学后勤保障工作会⟧<br>⟦l 下一条：学生食堂推出“一元早餐”⟧</div>
<div class="ft">⟦m 峘山职业技术学院　地址：峘山市鄤城区职教大道66号　邮编：419100⟧<br>⟦m 湘ICP备05016283号⟧</div>
</body></html>
""",
        body="""
开学前夕，学院后勤处为全院6栋学生公寓的1080间宿舍加装了壁挂式折叠裤架，9月5日已全部安装到位。
此前，不少学生反映宿舍衣柜空间小，裤子只能叠放在床上或搭在椅背上。后勤处经过调研，选用了可折叠收起的壁挂裤架，每间宿舍安装一组，每组6个挂杆，不用时可以收起贴墙，不占空间。
2024级学生王雨萱说：“现在裤子都能挂起来，宿舍整齐多了。”
后勤处负责人表示，下一步将根据学生反馈，在宿舍内增设鞋架和书架。⟦m （文/后勤处 吴珂　图/学生记者团）⟧
""",
    ),
    dict(
        slug="university-jianchuan-normal-notice-canteen-board-rack-colours",
        site="洊川师范高等专科学校后勤管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.jcsz.edu.cn/tzgg/2025/0326/61.html",
        title="关于食堂砧板架分色管理的通知",
        record_title="〔后勤通知〕关于食堂砧板架分色管理的通知 - 洊川师专后勤管理处",
        date="2025-03-24",
        date_also=["2025-03-26"],
        notes="university office: numbered list 1.–4.; posting date differs from the 成文日期; service line "
        "and postcode after the body",
        page="""
!m 洊川师范高等专科学校 · 后勤管理处
!m 首页 | 机构设置 | 通知公告 | 饮食服务 | 公寓管理
!t 〔后勤通知〕关于食堂砧板架分色管理的通知
!m 发布日期：2025-03-26　作者：饮食服务中心　浏览：421
{BODY}
!a 【打印通知】【关闭本窗】
!w 后勤服务热线：0735-6700110
!m 地址：洊川县学府路1号　邮编：421600
""",
        indent="\u3000\u3000",
        body="""
各食堂承包经营单位：
为防止生熟交叉污染，根据市场监管部门有关要求，学校决定自4月1日起在各食堂推行砧板及砧板架分色管理。现将有关要求通知如下：
1.砧板按用途分为红、绿、蓝、黄四色，分别用于生肉、果蔬、熟食和面点，不得混用。
2.砧板架同样按颜色分区设置，每个砧板架只插放同一颜色的砧板，并在架上张贴标识。
3.砧板和砧板架每餐后清洗，每日下班前消毒一次，做好记录。
4.后勤管理处将不定期检查，检查结果纳入食堂月度考核。
后勤管理处
2025年3月24日
""",
    ),
    dict(
        slug="exam-huanshan-skills-cleaner-practical-rag-racks",
        site="峘山市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hsrsks.cn/zyjn/20250804/3307.html",
        title="关于2025年第三批保洁员职业技能等级认定实操考核的公告",
        record_date="2025-08-04",
        date="2025-08-04",
        notes="record title and date; maintenance banner, admission-ticket entry float, technical line beside "
        "the centre's own 咨询电话; a timetable one row a paragraph; '下载并打印准考证' as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年第三批保洁员职业技能等级认定实操考核的公告_峘山市人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统维护通知：8月9日0:00至6:00报名系统停机维护，请错峰登录⟧</div>
<div class="hd">⟦m 峘山市人事考试网⟧ <span>⟦m 峘山市人事考试院　峘山市职业技能鉴定中心⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 职业技能⟧ ⟦m 成绩查询⟧ ⟦m 证书查询⟧</div>
<div class="art"><h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-08-04　信息来源：职业技能鉴定中心⟧</div>
<div class="con">
{BODY}
</div></div>
<div class="float-entry"><a>⟦a 准考证打印入口 ›⟧</a></div>
<div class="ft">⟦w 网站技术支持：0730-8236000（工作日9:00-17:00）⟧<br>⟦m 峘山市人力资源和社会保障局主办　湘ICP备09012255号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年第三批保洁员职业技能等级认定实操考核定于8月16日举行。现将有关事项公告如下：
一、考核安排
时间　等级　考核内容
8月16日上午　五级　厨房台面与抹布架清洁
8月16日下午　四级　后厨分区清洁与抹布分色挂放
二、准考证打印：考生请于8月12日至8月15日登录本网下载并打印准考证。
三、注意事项：考生须携带准考证和身份证提前30分钟到达考场；考核所需抹布、抹布架、清洁剂由考点统一提供，不得自带。
咨询电话：0730-8236071（市职业技能鉴定中心）
峘山市职业技能鉴定中心
2025年8月4日
""",
    ),
    dict(
        slug="exam-fangyang-sewing-worker-summer-quilt-skills",
        site="淓阳县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.fangyang.gov.cn/zyjn/2025-06-16/118.html",
        title="关于开展2025年缝纫工（家用纺织品）职业技能等级认定的公告",
        record_title="〖技能认定〗关于开展2025年缝纫工（家用纺织品）职业技能等级认定的公告_淓阳人事考试",
        date="2025-06-16",
        notes="exam site: an upgrade banner with a date-like time (no date), sign-up link, technical line "
        "beside the institute's own 咨询电话; 成文日期",
        page="""
!m 淓阳县人事考试网
!d ◆ 系统公告：6月18日22:00—24:00系统升级，暂停报名服务 ◆
!m 首页 > 考试公告 > 职业技能
!t 〖技能认定〗关于开展2025年缝纫工（家用纺织品）职业技能等级认定的公告
!m 发布时间：2025-06-16　来源：县职业技能鉴定所
{BODY}
!a 〔进入网上报名系统〕
!w 网站技术支持：0736-5129000
!m 淓阳县人力资源和社会保障局主办
""",
        indent="\u3000\u3000",
        body="""
为提升家纺企业从业人员技能水平，县职业技能鉴定所定于7月举行2025年缝纫工（家用纺织品）职业技能等级认定。现将有关事项公告如下：
一、报名条件：在我县家纺企业从事缝纫工作满1年的人员。
二、报名时间：6月20日至6月30日，由所在企业统一报名。
三、考核方式：理论知识考试采用闭卷笔试；操作技能考核要求考生在90分钟内完成一条夏凉被的绗缝和包边，由考评员现场评分。
四、收费标准：按省定标准执行，符合条件的可申领职业技能提升补贴。
咨询电话：0736-5129078
淓阳县职业技能鉴定所
2025年6月16日
""",
    ),
    dict(
        slug="print-jianchuan-scjg-plan-canteen-board-rack-check",
        site="洊川县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="other",
        form="html",
        source="http://scjg.jianchuan.gov.cn/print.jsp?id=40712",
        title="全县校园食堂砧板架专项检查工作方案",
        record_title="全县校园食堂砧板架专项检查工作方案【打印适配版】",
        date="2025-04-07",
        notes="print view calling window.print(): print toolbar, source URL and print-time lines (no date), a "
        "print footer '⍽ 第1页 ⍽ 共1页 ⍽' closing the page; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>全县校园食堂砧板架专项检查工作方案【打印适配版】</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a 打印本页⟧　⟦a 关闭⟧　⟦a 页面设置⟧</div>
<div class="print-head">⟦m 洊川县市场监督管理局　政务信息⟧</div>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-foot"><p>⟦m 原文地址：http://scjg.jianchuan.gov.cn/spjg/2025/0407/40712.html⟧</p><p>⟦m 打印时间：2025-05-06 15:22⟧</p><p>⟦p ⍽ 第1页 ⍽ 共1页 ⍽⟧</p></div>
</body></html>
""",
        body="""
为进一步规范校园食堂砧板及砧板架管理，防范食品安全风险，县市场监管局决定联合县教育局开展校园食堂砧板架专项检查。现制定方案如下。
一、检查时间：2025年4月14日至4月30日。
二、检查范围：全县中小学、幼儿园食堂，共计63家。
三、检查内容：砧板架材质是否符合食品接触要求；生熟砧板是否分架存放；砧板架是否离地离墙、有无霉斑积水；清洗消毒记录是否完整。
四、工作要求：各检查组要如实填写检查记录，发现问题当场反馈、限期整改；5月10日前将检查情况报县局食品经营科。
洊川县市场监督管理局
2025年4月7日
""",
    ),
    dict(
        slug="print-anju-property-rules-drying-area-trouser-racks",
        site="沨水安居物业 业主服务平台 (invented, print view)",
        style="打印页",
        genre="须知",
        kind="notice",
        form="text",
        source="https://yz.anjuwy.cn/notice/print?id=3318",
        title="小区公共晾晒区裤架使用须知",
        record_title="（张贴打印用）小区公共晾晒区裤架使用须知 ▸ 沨水安居物业",
        date=None,
        notes="print view as text: print time and page address (no date), a print footer '⎪ 1 / 1 ⎪'; "
        "numbered list 1.–4.; use rules with no date",
        page="""
!m 沨水安居物业服务有限公司 · 业主服务平台
!t （张贴打印用）小区公共晾晒区裤架使用须知
!m 打印时间：2025/8/19 下午3:07
!m 页面地址：https://yz.anjuwy.cn/notice/detail?id=3318
{BODY}
!p ⎪ 1 / 1 ⎪
""",
        body="""
为方便业主晾晒衣物，物业在各楼栋公共晾晒区安装了不锈钢多层裤架。为保持晾晒区整洁有序，请大家遵守以下事项：
1.裤架供全体业主免费使用，晾晒后请在当天收回衣物，不得长期占用。
2.每个挂杆限挂2条裤子，请勿挂放被褥、地毯等重物，以免裤架变形。
3.请勿在裤架上悬挂广告、绑扎绳索。
4.裤架如有松动、损坏，请拨打物业服务中心电话或告知楼栋管家，物业将在24小时内维修。
感谢各位业主的理解与配合！
沨水安居物业服务中心
""",
    ),
    dict(
        slug="mail-webmail-fwd-hotel-order-letter-fitted-sheets",
        site="岧溪邮 (invented webmail, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.tiaoxiyou.cn/read?mid=1749519660_77301",
        title="关于订制客房防水床笠的函",
        record_title="Fwd:（请于周五前回复）关于订制客房防水床笠的函",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="webmail reading view: forwarded header with its own 抄送 line beside the letter's 抄送 line, an "
        "attachment bar beside the letter's 附件 list, the letter's contact, phone and mailbox; mail send date "
        "differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>岧溪邮 - 读信</title></head><body>
<div class="mail-top">⟦m 岧溪邮⟧ ⟦m caigou@chengyuanhotel.cn⟧ <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="mail-tools">⟦a 返回　回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t Fwd:（请于周五前回复）关于订制客房防水床笠的函⟧</h3>
<p>⟦m 发件人：采购部 温海 &lt;caigou@chengyuanhotel.cn&gt;⟧</p>
<p>⟦m 收件人：沨水暖巢家纺 销售部 &lt;sales@nuanchao.cn&gt;⟧</p>
<p>⟦m 抄　送：布草间 岑雅琴 &lt;cenyq@chengyuanhotel.cn&gt;⟧</p>
<p>⟦m 时　间：2025年6月10日（星期二）上午9:41⟧</p>
</div>
<div class="mail-attach">⟦a 附件（2个）：床笠规格示意图.jpg（312K）　报价单格式.xlsx（18K）　打包下载⟧</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：岑雅琴 &lt;cenyq@chengyuanhotel.cn&gt;　日期：2025年6月9日 17:02⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 岧溪邮提醒：请勿轻信邮件中的汇款、中奖信息⟧</div>
</body></html>
""",
        body="""
沨水暖巢家纺有限公司：
我酒店因客房改造需要，拟订制一批防水床笠，现将有关要求函告如下：
一、规格数量：180×200×30厘米，200条；120×200×30厘米，80条。
二、质量要求：面层为纯棉，底层为防水透气膜，四周全包松紧，可耐受80℃热水洗涤。
三、交货时间：7月15日前送达我酒店布草间。
请贵公司于6月13日前提供报价单和样品。
联系人：岑雅琴　　电话：0734-7216630　　邮箱：cenyq@chengyuanhotel.cn
附件：1.床笠规格示意图
2.报价单格式
岧溪澄苑大酒店
2025年6月9日
抄送：酒店财务部。
""",
    ),
    dict(
        slug="mail-forwarded-text-letter-canteen-rag-racks",
        site="沨水城关中心小学邮件系统 (invented, mail forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:shitang@fscgzx.edu.cn?msg=20250515082011",
        title="关于协助更换食堂抹布架的函",
        record_title="转发：关于协助更换食堂抹布架的函（附清单）",
        date="2025-05-14",
        date_also=["2025-05-15"],
        notes="mail forwarded as text: forward header, the forwarder's note (neutral), the original header; "
        "an items table one row a paragraph; the sender's contact; forward date differs from the 成文日期",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："总务处 黎晓东" <zwc@fscgzx.edu.cn>
!m 发送时间：2025年5月15日(星期四) 上午8:20
!m 收件人："食堂管理员" <shitang@fscgzx.edu.cn>
!t 主题：转发：关于协助更换食堂抹布架的函（附清单）
食堂请看一下，按时间提前安排好。
!m ---------- 原始邮件 ----------
!m 发件人：鑫厨维保 <xinchu_wb@163.com>
!m 发送时间：2025年5月14日 17:36
!t 主题：关于协助更换食堂抹布架的函
{BODY}
!m 此邮件经 沨水城关中心小学 邮件系统 转发
!d 本邮件及其附件可能含有保密信息，仅限指定收件人使用。
""",
        body="""
沨水县城关镇中心小学：
根据县教育局食堂标准化建设要求，贵校食堂需更换不锈钢抹布架。我公司作为食堂设备维保单位，拟于5月24日（星期六）上门拆除旧架、安装新架，共需更换抹布架9组，清单如下：
位置　数量　规格
粗加工间　3组　五钩
切配间　2组　五钩
洗消间　4组　八钩
安装期间需停用洗消间约4小时，请贵校提前做好安排，并派人现场确认。
联系人：盛工　电话：139 7390 2261
沨水县鑫厨设备维保有限公司
2025年5月14日
""",
    ),
]
