"""holdout84, part E: a second round of collections, Party-building, hospital, university,
county-forum, download, exam, tender, law-firm, residents' and association pages — a retired
subway driver, a sounding station's Party branch, a sports-injury clinic, a kesi elective, an
ice-fishing traffic notice, calibration rules, a soybean-extension interview, an abalone
hatchery's bid result, a tower-crane labour lecture, fire hydrants in a courtyard and a dragon-fruit
association's minutes. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-laosiji-subway-essay-wrapped-markers",
        site="老司机的文字 个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://wenji.example.net/laosiji/0012.html",
        title="开末班车的那些年",
        record_title="开末班车的那些年.txt",
        date=None,
        notes="a scanned collection: hard-wrapped at 52 columns, cut by 〖N〗 page markers glued or on their own line (mix); file-name title; a chapter nav and a scanner's note; no date",
        wrap=52,
        indent="　　",
        pages=dict(fmt="〖{n}〗", every=90, start=31, glue="mix"),
        page="""
!m 老司机的文字　｜　第三辑　轨道上的日子
!t 开末班车的那些年.txt
!d 本辑由作者女儿扫描录入，错字请见谅。
{BODY}
!l 【上一篇】第一次进司机室　【下一篇】退休那天
!l 返回第三辑目录
""",
        body="""
我在椤川地铁开了二十二年车，其中有九年开的是末班车。末班车晚上十一点发车，到终点站已是零点过后，车厢里常常只剩下几个人。
有一位在医院上夜班的护士，几乎每天都坐我的车。后来她调走了，最后一次下车时，她在车窗外冲我挥了挥手。
开末班车最怕的是疲劳。我给自己定了规矩：发车前喝一杯浓茶，每到一站都大声确认信号，不管车上有没有乘客。
如今地铁线路越来越多，末班车也越开越晚。每次坐地铁回家，我都会往司机室看一眼，心里默默说一声：辛苦了。
""",
    ),
    dict(
        slug="dangjian-tankong-branch-party-lecture",
        site="桤川气象党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.qcqx.example.gov.cn/dkjg/2025/0627/318.html",
        title="守好高空观测“第一道关口”——在探空站党支部专题党课上的讲稿",
        record_title="守好高空观测“第一道关口”——在探空站党支部专题党课上的讲稿",
        date="2025-06-27",
        notes="Party-building text page: title with a dash subtitle, a speaker line and a date under the title (neutral, the document's date), a 'study and share' call as chrome, a 学习强国-style share line",
        page="""
!m 桤川气象党建　｜　党课讲稿
!m 当前位置：首页 › 党课讲稿
{T}
探空站党支部书记、站长　岳海
（2025年6月27日）
{BODY}
!a 学习笔记　｜　一键分享到学习群
!m 责任编辑：党建办
!l 上一篇：质量就是生命——观测质量专题党课　下一篇：党员先锋岗创建实施方案
""",
        body="""
同志们：
今天这堂党课，我想和大家聊聊“第一道关口”。
探空数据是数值预报的基础，我们每放一个球，就是在为天气预报把第一道关口。数据错了，后面的预报再精细也会出偏差。
守好这道关口，靠的是责任心。十年来，我们站探空资料可用率保持在百分之九十九以上，背后是每位党员同志风里雨里的坚持。
守好这道关口，也靠学习。自动放球系统马上要正式运行，党员要带头学原理、练操作，做新技术的明白人。
希望大家以更高标准守好第一道关口，为气象事业作出新的贡献。
""",
    ),
    dict(
        slug="hospital-html-sanda-sports-injury-clinic",
        site="楝城市中医骨伤医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lcgsyy.example.com/news/yydt/2025-04-09/1882.html",
        title="运动医学科开通散打运动员伤病诊疗绿色通道",
        record_title="运动医学科开通散打运动员伤病诊疗绿色通道",
        date="2025-04-09",
        notes="hospital HTML: appointment bar, an expert card in the sidebar, a 'health tips' list; the department's own 预约电话 (kept) beside the hospital switchboard in the footer",
        page="""
<html><head><meta charset="utf-8"><title>运动医学科开通散打运动员伤病诊疗绿色通道_楝城市中医骨伤医院</title></head>
<body>
<div class="topbar">⟦a 网上预约⟧ ⟦a 就诊指南⟧ ⟦a 报告查询⟧ ⟦m 急诊：24小时⟧</div>
<div class="logo">⟦m 楝城市中医骨伤医院　三级甲等中医专科医院⟧</div>
<div class="crumb">⟦m 首页 ＞ 新闻中心 ＞ 医院动态⟧</div>
<h1>⟦t 运动医学科开通散打运动员伤病诊疗绿色通道⟧</h1>
<div class="info">⟦m 来源：运动医学科　发布日期：2025-04-09　浏览：618次⟧</div>
<div class="detail">
{BODY}
</div>
<div class="side"><h4>⟦l 专家风采⟧</h4><p>⟦l 宋国强　主任医师　擅长运动损伤、关节镜微创⟧</p><h4>⟦l 健康小贴士⟧</h4><p>⟦l 扭伤后先冷敷还是热敷？⟧</p></div>
<div class="foot">⟦m 医院总机：0596-2281000　地址：楝城市东门路8号⟧ ⟦d 本站健康信息仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
4月8日，我院运动医学科与市武术散打运动管理中心签订合作协议，开通散打运动员伤病诊疗绿色通道。
散打运动对抗性强，运动员容易发生踝关节扭伤、手部骨折和膝关节韧带损伤。绿色通道开通后，运动员可享受优先就诊、优先检查、优先手术服务。
运动医学科还将定期派出医生到训练基地巡诊，为运动员建立伤病档案，开展康复训练指导。
绿色通道预约电话：0596-2281376。
""",
    ),
    dict(
        slug="university-jiaowu-kesi-elective-notice",
        site="澍阳工艺美术职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.syysmy.example.edu.cn/info/1003/4471.htm",
        title="关于2025—2026学年第一学期开设缂丝技艺公共选修课的通知",
        record_title="关于2025—2026学年第一学期开设缂丝技艺公共选修课的通知",
        date="2025-08-28",
        notes="university academic-affairs page: 作者/来源/点击 line, a 'log in to the course system' line which the notice itself asks (kept), a 关闭 line; numbered list; 教务处 signature with date",
        page="""
!m 澍阳工艺美术职业学院教务处
!m 首页 / 通知公告 / 正文
{T}
!m 作者：教务科　来源：教务处　点击数：2085　更新时间：2025年08月28日
{BODY}
!a 【关闭】　【打印】
!m 版权所有：澍阳工艺美术职业学院教务处　地址：澍阳市大学城致远路2号
""",
        body="""
各二级学院、全体学生：
为传承非物质文化遗产，学院决定于2025—2026学年第一学期开设《缂丝技艺》公共选修课。现将有关事项通知如下：
1.课程安排：每周四下午第七、八节，共十六周，计二学分。
2.授课教师：市级非遗传承人钱素梅老师及工艺美术学院专业教师。
3.选课方式：请学生于9月3日至9月6日登录教务系统选课，限选四十人，额满为止。
4.上课地点：实训楼三楼缂丝工作室。
教务处
2025年8月28日
""",
    ),
    dict(
        slug="localforum-html-icefishing-traffic-repost",
        site="榆汀生活网论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="http://bbs.ytlife.example.com/thread-3310-1-1.html",
        title="榆汀县公安局交通警察大队关于冬捕节期间交通管制的通告",
        record_title="【扩散】冬捕节期间交通管制！榆汀县公安局交通警察大队通告",
        title_also=["关于冬捕节期间交通管制的通告"],
        date="2025-12-24",
        notes="a county life forum HTML: a repost with a sensational thread title (decorated record title), a 'top' sticker, user card, a forum ad between floors, replies; the notice's own signature date",
        page="""
<html><head><meta charset="utf-8"><title>【扩散】冬捕节期间交通管制！榆汀县公安局交通警察大队通告 - 榆汀生活网论坛</title></head>
<body>
<div class="hd">⟦m 榆汀生活网 · 论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦m 榆汀人自己的网上家园⟧</div>
<div class="pt">⟦m 榆汀生活网论坛 › 榆汀热点 › 便民信息⟧</div>
<div class="ts"><span>⟦m [置顶]⟧</span><h1>⟦t 【扩散】冬捕节期间交通管制！榆汀县公安局交通警察大队通告⟧</h1></div>
<div class="user">⟦m 楼主：榆汀小喇叭　帖子 3320　积分 9102　　发表于 昨天 19:44⟧</div>
<div class="msg">
<p>榆汀县公安局交通警察大队关于冬捕节期间交通管制的通告</p>
{BODY}
</div>
<div class="ad">⟦w 榆汀同城搬家、货运，随叫随到：155 0000 8812⟧</div>
<div class="reply"><p>⟦l 2楼 冰城小米：收到，谢谢楼主⟧</p><p>⟦l 3楼 湖边人家：那天打算去，得早点出门了⟧</p></div>
<div class="ft">⟦d 本帖内容由网友发布，不代表本站立场⟧</div>
</body></html>
""",
        body="""
为保障第六届查干泡冬捕节期间道路交通安全畅通，根据《中华人民共和国道路交通安全法》有关规定，决定对湖区周边道路实行临时交通管制。现通告如下：
一、管制时间：2025年12月28日6时至18时。
二、管制路段：环湖公路渔场路口至北岸码头段，禁止除持有通行证车辆以外的机动车通行。
三、参加冬捕节的游客车辆，请按照交警指挥停放在指定的三处临时停车场，换乘摆渡车进入湖区。
请广大驾驶人提前规划出行路线，服从现场民警指挥。
榆汀县公安局交通警察大队
2025年12月24日
""",
    ),
    dict(
        slug="download-txt-calibration-instrument-rules",
        site="文档侠资料下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="http://down.wendangxia.example.com/zhidu/20931.html",
        title="企业计量器具管理制度",
        record_title="企业计量器具管理制度.txt",
        date=None,
        notes="a download station text page: file info lines, a 'download with the fast downloader' trap, an 'unzip password' line; articles numbered 第N条 kept; file-name title; no date",
        page="""
!m 文档侠资料下载　→　管理制度　→　质量管理
!t 企业计量器具管理制度.txt
!m 资料大小：12KB　授权：免费　评分：4.6　下载量：1.1万
!a 使用高速下载器下载（推荐）　｜　普通下载
!w 解压密码：wendangxia　｜　客服QQ 2718800561
{BODY}
!l 同类资料：检测设备台账模板 / 计量确认记录表 / 设备点检制度
!d 如发现本站资料侵犯了您的版权，请发邮件告知，我们核实后立即删除。
""",
        body="""
第一条　为加强本公司计量器具管理，保证量值准确可靠，依据《中华人民共和国计量法》，制定本制度。
第二条　本制度适用于公司生产、检验、能源计量和贸易结算中使用的全部计量器具。
第三条　质量部是计量器具的归口管理部门，负责建立计量器具台账，编制年度检定校准计划。
第四条　列入强制检定目录的计量器具，必须按期送法定计量检定机构检定；其他计量器具由质量部组织校准。
第五条　检定或校准不合格的计量器具，应贴停用标识，不得使用。
第六条　本制度由质量部负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="rsks-html-soybean-extension-interview",
        site="柘原县人力资源和社会保障局 人事考试专栏 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsj.zheyuan.example.gov.cn/rsks/202507/t20250714_9910.html",
        title="柘原县2025年乡镇农技推广（大豆玉米带状复合种植）岗位面试公告",
        record_title="柘原县2025年乡镇农技推广（大豆玉米带状复合种植）岗位面试公告",
        date="2025-07-14",
        notes="exam column HTML: a scrolling notice bar, an exam calendar sidebar, an admission-ticket login button (chrome) while the notice itself asks candidates to 打印 the interview notice (kept); a table of candidates' numbers",
        page="""
<html><head><meta charset="utf-8"><title>柘原县2025年乡镇农技推广（大豆玉米带状复合种植）岗位面试公告</title></head>
<body>
<div class="hd">⟦m 柘原县人力资源和社会保障局⟧ ⟦m 人事考试专栏⟧</div>
<div class="scroll">⟦m 【最新】2025年下半年事业单位公开招聘报名即将开始，请关注本栏目⟧</div>
<div class="loc">⟦m 位置：首页 > 人事考试 > 考试公告⟧</div>
<h1>⟦t 柘原县2025年乡镇农技推广（大豆玉米带状复合种植）岗位面试公告⟧</h1>
<div class="m">⟦m 时间：2025-07-14　发布人：考试股⟧</div>
<div class="body">
{BODY}
</div>
<div class="btn">⟦a 准考证打印入口⟧ ⟦a 成绩查询入口⟧</div>
<div class="cal"><h4>⟦l 考试日历⟧</h4><p>⟦l 7月 面试　8月 体检　9月 公示⟧</p></div>
<div class="ft">⟦m 柘原县人力资源和社会保障局主办　网站标识码：6207240008⟧</div>
</body></html>
""",
        body="""
根据柘原县2025年乡镇农技推广岗位公开招聘工作安排，现将面试有关事项公告如下：
一、面试人员名单
岗位　笔试准考证号
农技推广岗（一）　250110203、250110217、250110226
农技推广岗（二）　250110305、250110311、250110329
二、面试时间和地点：2025年7月20日8:00，县委党校教学楼。
三、请面试人员于7月18日前自行打印面试通知书，面试当天携带通知书和身份证原件按时报到。
四、面试采取结构化面试方式，满分一百分。
柘原县人力资源和社会保障局
2025年7月14日
""",
    ),
    dict(
        slug="tender-text-abalone-hatchery-bid-result",
        site="椹原县政府采购网 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://zfcg.zhenyuan.example.gov.cn/zbgg/20250626/4410.html",
        title="椹原县鲍鱼良种场育苗设备采购项目中标结果公告",
        record_title="椹原县鲍鱼良种场育苗设备采购项目中标结果公告",
        date="2025-06-26",
        notes="procurement text page: 项目编号 and 公告期限 meta, a 'bid-supervision hotline' chrome line while the document has its own 质疑 contact; a results table; an 'expand full text' action between paragraphs",
        page="""
!m 椹原县政府采购网
!m 首页 > 采购公告 > 中标（成交）结果公告
{T}
!m 项目编号：ZY2025-HC-041　　公告期限：1个工作日　　发布时间：2025-06-26
{BODY}
!w 采购监督举报电话：0596-7700312（县财政局）
!l 上一条：县第二中学食堂设备采购中标公告　下一条：县人民医院救护车采购更正公告
""",
        body="""
一、项目名称：椹原县鲍鱼良种场育苗设备采购项目。
二、中标信息
包号　中标供应商　中标金额
1　闽海水产设备有限公司　126.8万元
2　椹原蓝湾科技有限公司　74.5万元
⟦a 展开全文∨⟧
三、评审专家名单：范宏、詹立文、黄敏、苏晓东、汪建。
四、凡对本次公告内容提出询问、质疑的，请按以下方式联系：采购人椹原县鲍鱼良种场，联系人：欧阳先生，电话：0596-7731208。
五、公告期限：自本公告发布之日起一个工作日。
""",
    ),
    dict(
        slug="lawfirm-html-towercrane-injury-lecture",
        site="栎原明律律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="lecture",
        form="html",
        source="https://www.minglvlaw.example.com/view/2025/0916.html",
        title="塔吊作业人员工伤认定与赔偿的法律要点",
        record_title="塔吊作业人员工伤认定与赔偿的法律要点—明律普法讲堂",
        date="2025-09-16",
        notes="law firm HTML: lawyer team nav, an online-consult chat widget, a 'lecture video' block, WeChat QR follow prompt, a disclaimer; the lecture's own date line under the title (a byline 发布时间 too, the same day)",
        page="""
<html><head><meta charset="utf-8"><title>塔吊作业人员工伤认定与赔偿的法律要点—明律普法讲堂</title></head>
<body>
<div class="hd">⟦m 明律律师事务所　专注劳动与工程纠纷⟧ ⟦w 咨询电话 0913-6610088⟧</div>
<div class="nav">首页 | 律所简介 | 律师团队 | 普法讲堂 | 成功案例 | 联系我们</div>
<h1>⟦t 塔吊作业人员工伤认定与赔偿的法律要点⟧</h1>
<div class="meta">⟦m 主讲：熊志远 律师　发布时间：2025-09-16　阅读 1,026⟧</div>
<div class="video">⟦a ▶ 观看讲座视频（时长42分钟）⟧</div>
<div class="article">
{BODY}
</div>
<div class="chat">⟦a 在线律师 · 立即咨询⟧</div>
<div class="qr">⟦a 微信扫一扫，关注明律普法⟧</div>
<div class="ft">⟦d 本文观点仅代表律师个人，不构成法律意见。⟧ ⟦m 陕ICP备16020011号⟧</div>
</body></html>
""",
        body="""
各位工友：
今天结合几个真实案例，讲讲塔吊作业人员在工伤认定和赔偿中需要注意的几个问题。
第一，劳动关系是前提。塔吊司机、信号工很多是劳务公司派遣或者挂靠的，发生事故后要先弄清楚用工主体，必要时申请劳动关系确认仲裁。
第二，申请时限要记牢。用人单位应当在事故发生之日起三十日内申请工伤认定；单位不申请的，本人或者近亲属可以在一年内申请。
第三，保存好证据。考勤记录、工资流水、操作证、事故现场照片和证人联系方式都要妥善保存。
希望大家在安全作业的同时，也学会用法律保护自己。
""",
    ),
    dict(
        slug="community-text-hydrant-blocked-reminder",
        site="桐源街道槐荫社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://huaiyin.tongyuan.example.cn/gg/2025/1104.html",
        title="关于清理小区消火栓周边堆放杂物的通知",
        record_title="关于清理小区消火栓周边堆放杂物的通知",
        date=None,
        notes="residents' site: a 'neighbourhood help' hotline and a property-repair ad; a site line glued before a 。 inside a body sentence; the document's own 网格员 contact kept; no date (signature without date, only a relative 'posted yesterday')",
        page="""
!m 槐荫社区网　｜　社区事务　｜　昨天发布
!a 字号　大　小　　｜　夜间模式
{T}
{BODY}
!w 邻里互助热线：0555-8123456（24小时）
!a 小区维修找“槐荫帮”，下单立减5元
""",
        body="""
各位居民：
近期社区联合消防救援站对辖区小区进行检查，发现部分楼栋消火栓周边堆放纸箱、旧家具，个别消火栓箱被电动车遮挡⟦m （槐荫社区网讯）⟧。
消火栓是火灾时的“救命水”，被遮挡就可能耽误灭火。请各位居民于本周日前自行清理消火栓周边杂物，逾期未清理的，社区将联合物业统一清理。
如有疑问，请联系本楼栋网格员，或拨打社区电话0555-8120617。
槐荫社区居民委员会
""",
    ),
    dict(
        slug="association-dragonfruit-council-minutes",
        site="桤川市火龙果产业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.qchlg.example.org/xhgg/2025/0312.html",
        title="桤川市火龙果产业协会第二届理事会第三次会议纪要",
        record_title="桤川市火龙果产业协会第二届理事会第三次会议纪要",
        date="2025-03-12",
        notes="association text page: a membership-fee reminder and a 'download the member form' action as chrome; minutes with 时间/地点/主持/出席 lines; the date from the 时间 line",
        page="""
!m 桤川市火龙果产业协会 ｜ 协会公告
!m 发布者：秘书处　　浏览：215
{T}
{BODY}
!a 会员登记表下载　｜　会费缴纳说明
!m 协会秘书处电话：0913-2200871　邮箱 qchlg@example.org
""",
        body="""
时间：2025年3月12日上午
地点：协会会议室
主持：会长 韦德林
出席：理事十七人，监事二人
会议审议通过了以下事项：
一、通过协会2024年工作报告和财务收支情况报告。
二、同意吸收桤川绿源果业有限公司等六家单位为新会员。
三、决定于7月举办第二届火龙果品鉴节，由秘书处牵头制定方案。
四、会议要求各理事单位带头执行协会团体标准，提升火龙果品质。
""",
    ),
]
