"""holdout78, part D: a school's clay-craft course, a zipper factory's OA, a sock-industry Q&A, a
lime-kiln worker's collection, a sweet-potato noodle village's Party branch, a moxibustion
clinic, a university olive institute, a tinware street on a county forum, a wok foundry's summary
on a download station, a watermelon station's hiring exam, a sunflower-seed purchase, a law firm
on gold-shop recycling and a steamed-bun stall relocation. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-taoni-clay-course-notice-wrapped",
        site="葭湾区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jwjy.example.edu.cn/tzgg/2025/0228/1730.html",
        title="关于开展中小学陶泥手工课程试点的通知",
        record_title="关于开展中小学陶泥手工课程试点的通知_葭湾区教育信息网",
        date="2025-02-28",
        date_also=["2025-03-03"],
        notes="education portal text hard-wrapped at 58 columns with page markers ▸▸n glued or not; 文号 neutral; 成文日期 in Chinese numerals (the later 发布时间 also accepted); 抄送 line kept",
        wrap=58,
        pages=dict(fmt="▸▸{n}", every=150, start=2, glue="mix", sep=" "),
        page="""
!m 葭湾区教育信息网　>>　通知公告
!m 发布者：基础教育科　发布时间：2025-03-03　浏览：407
{T}
葭教基〔2025〕6号
{BODY}
!a 打印本页　|　返回列表
!m 葭湾区教育局主办　区教育信息中心维护
""",
        body="""
各中小学：
为落实劳动教育和美育工作要求，培养学生动手能力和审美素养，区教育局决定在部分中小学开展陶泥手工课程试点。
一、试点学校：区实验小学、滨江小学、葭湾第三中学。
二、课程安排：每周一课时，纳入校本课程，由美术教师和区非遗传承人共同授课。
三、设施保障：试点学校要设置陶艺教室，配备拉坯机和电窑，电窑须由专人管理，严格落实用电安全。
四、成果展示：学期末举办全区学生陶艺作品展。
葭湾区教育局
二〇二五年二月二十八日
抄送：区教育督导室，区少年宫。
""",
    ),
    dict(
        slug="oa-html-lalian-zipper-factory-report",
        site="金链拉链厂OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.jinlian-zip.example.local/wf/doc.jsp?docid=88172",
        title="关于三号电镀线停产整改情况的报告",
        record_title="关于三号电镀线停产整改情况的报告",
        date="2025-10-17",
        notes="intranet document view: header fields table (拟稿/核稿/签发), a 流转记录 list and read count; 主送 line; the report's own 联系人 kept; an 附件 list",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 金链OA</title><script src="/wf/js/form.js"></script></head><body>
<div class="bar">⟦m 金链拉链厂协同办公系统　当前用户：质量部 吕婷⟧ ⟦a 退出⟧</div>
<div class="menu">⟦m 待办事宜 已办事宜 公文管理 通知公告 通讯录⟧</div>
<table class="fields"><tr><td>⟦m 文件类型：上行文⟧</td><td>⟦m 紧急程度：急⟧</td></tr>
<tr><td>⟦m 拟稿：安环部 石峰⟧</td><td>⟦m 签发：厂长 詹立群⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<div class="flow">⟦m 流转记录：2025-10-17 石峰 提交｜2025-10-17 陆芸 核稿｜2025-10-18 詹立群 签发⟧</div>
<div class="read">⟦m 阅读情况：已读 19 / 未读 3⟧</div>
<div class="btns">⟦a 正文下载 打印 转发 归档⟧</div>
</body></html>
""",
        body="""
厂部：
10月9日，区生态环境局在检查中发现我厂三号电镀线废水收集槽存在渗漏，责令停产整改。现将整改情况报告如下。
一、立即停产。当天停止三号电镀线生产，将在产订单调配到一、二号线。
二、查清原因。经排查，渗漏系收集槽防腐层老化开裂所致，未发现废水外排。
三、落实整改。更换收集槽内衬，新增渗漏报警装置，对全厂废水管路进行了全面检测。
四、举一反三。建立电镀线每日巡检记录，安环部每周抽查。
目前整改已全部完成，拟向区生态环境局申请复产验收。
附件：1.整改前后对比照片
2.废水管路检测报告
联系人：石峰　电话：8137（内线）
安全环保部
2025年10月17日
""",
    ),
    dict(
        slug="qa-html-wazi-socks-summary-answer",
        site="答客网 (invented)",
        style="问答社区",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.dake.example.com/question/7712059",
        title="袜业园区招商工作总结怎么写？",
        record_title=None,
        date=None,
        notes="Q&A page: the question as title (no record title); the accepted answer's sample summary as body; answer time relative; vote bar and a 'more answers' box; no date",
        page="""
<html><head><meta charset="utf-8"><title>袜业园区招商工作总结怎么写？ - 答客网</title></head><body>
<div class="hd">⟦m 答客网　有问必答⟧ ⟦a 提问 登录⟧</div>
<div class="q"><h1>{T}</h1><div class="qmeta">⟦m 匿名用户 提问于 1周前 · 浏览 562⟧</div></div>
<div class="ans"><div class="best">⟦m 采纳答案⟧</div><div class="who">⟦m 写材料的老陈 · 回答于 6天前⟧</div>
{BODY}
<div class="vote">⟦l 赞同 31 反对 0 评论 4⟧</div></div>
<div class="other">⟦l 其他 2 条回答 展开⟧</div>
<div class="ft">⟦d 用户回答仅代表个人观点⟧ ⟦m © 答客网⟧</div>
</body></html>
""",
        body="""
给你一个框架，按实际情况填数据就行：
今年以来，园区招商工作紧紧围绕袜业产业链补链强链，共接洽企业六十三家，签约落地十九家，协议投资额十二亿元。
一是突出链条招商，重点引进纱线、定型、包装等配套企业，园区配套率提高到百分之七十。
二是创新招商方式，组织袜业博览会和直播电商对接会，以商招商成效明显。
三是优化服务保障，实行项目专员全程代办，企业从签约到开工平均缩短到四十五天。
存在的问题主要是标准厂房供给不足，高端人才引进较难。下一步将加快二期厂房建设，完善人才公寓配套。
""",
    ),
    dict(
        slug="anthology-html-lime-kiln-essay",
        site="窑火集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="html",
        source="http://www.yaohuoji.example.org/wenji/juan1/p12.html",
        title="记石灰窑关停那一天",
        record_title="《窑火集》卷一·第12篇｜记石灰窑关停那一天",
        date="2019-11-05",
        notes="a retired kiln worker's collection: decorated record title; chapter nav; the author's date line under the title (the document's date); a family note footer",
        page="""
<html><head><meta charset="utf-8"><title>《窑火集》卷一·第12篇｜记石灰窑关停那一天</title></head><body>
<div class="book">⟦m 窑火集 —— 一个老窑工的文字⟧</div>
<div class="chap">⟦l 卷一 窑边岁月 ｜ 上一篇：学徒第一年 ｜ 下一篇：老伙计们 ｜ 目录⟧</div>
<h2>{T}</h2>
<div class="date">2019年11月5日　记于菖原</div>
{BODY}
<div class="chap">⟦l 返回目录　下一篇 »⟧</div>
<div class="note">⟦d 本集由作者子女整理上网，文字未经改动，谢绝转载⟧</div>
</body></html>
""",
        body="""
今天是菖原石灰窑关停的日子。早上我特意换了件干净衣服，去窑上再看一眼。
这座窑是1972年建的，我十八岁进窑，烧了三十一年石灰，手上脸上都是那些年留下的印记。
那时候烧窑全靠人工，装石头、添煤、出灰，一班下来满身白灰，只有眼睛是黑的。
这些年县里抓环保，老窑烟大粉尘大，关停是迟早的事。我心里明白，这是为子孙后代好。
窑口封上的时候，几个老伙计都没说话，有人偷偷抹了眼睛。
窑停了，山会慢慢绿回来，这也算是我们这辈人对这片山的一点补偿吧。
""",
    ),
    dict(
        slug="dangjian-hongshu-noodle-village-report",
        site="菖原县党建网 (invented)",
        style="党建网",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.cydj.example.gov.cn/dybg/2025/0520/411.html",
        title="关于红薯粉条产业带动村集体增收的调研报告",
        record_title="【支部调研】关于红薯粉条产业带动村集体增收的调研报告",
        date="2025-05-20",
        notes="Party-building site text: decorated record title; a decimal-heading structure (1.1, 1.2); a data table; publish line; a 'learning reminder' line between paragraphs",
        page="""
!m 菖原县党建网　红色菖原
!m 首页 > 调查研究 > 基层调研
{T}
!m 发布时间：2025-05-20 10:02　来源：县委组织部　作者：马永平
{BODY}
!a 【打印本页】【关闭窗口】
!l 上一篇：关于村级议事协商的调研 | 下一篇：党员志愿服务积分制的实践与思考
!m 中共菖原县委组织部主办　技术支持：县大数据中心
""",
        body="""
为了解红薯粉条产业发展对村集体经济的带动作用，调研组于4月深入白杨村等五个村开展了专题调研。
1.基本情况
1.1 产业规模。五个村共种植红薯一万二千亩，建有粉条加工坊三十八家，年产粉条四千二百吨。
1.2 集体收入。
村名　2023年集体收入（万元）　2024年集体收入（万元）
白杨村　18.6　32.4
石桥村　12.1　20.8
⟦l 学习提示：点击进入“党建引领乡村振兴”专题⟧
2.主要做法
2.1 支部领办。村党支部牵头成立粉条合作社，统一收购、统一加工、统一品牌。
2.2 能人带动。党员致富带头人包户帮带，推广无矾粉条加工工艺。
3.对策建议：加大冷库和晾晒场建设投入，培育区域公共品牌，推进电商销售。
""",
    ),
    dict(
        slug="hospital-aijiu-tcm-clinic-notice-text",
        site="蔺城市中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lczyy.example.com/yygg/2025/0708/880.html",
        title="关于三伏天开展艾灸贴敷服务的通知",
        record_title="关于三伏天开展艾灸贴敷服务的通知-蔺城市中医院",
        date="2025-07-08",
        notes="hospital site text: the clinic's own 咨询电话 next to the hospital's 挂号 line in the footer; a sentence asking patients to 关注 the hospital's account to book stays; schedule table; 发布日期 byline",
        page="""
!m 蔺城市中医院　大医精诚
!m 首页 | 医院概况 | 名医堂 | 特色专科 | 就诊指南 | 医院公告
!m 当前位置：首页 > 医院公告
{T}
!m 发布日期：2025-07-08　来源：针灸推拿科　点击：3107
{BODY}
!l 上一篇：关于调整夏季门诊时间的通知
!l 下一篇：我院开展“中医药进社区”义诊活动
!m 挂号预约：0838-2256 1000　地址：蔺城市杏林路1号
!d 本站所有信息仅供参考，不能作为诊断和治疗依据
""",
        body="""
三伏天是冬病夏治的最佳时机。我院针灸推拿科将于今年三伏期间开展艾灸及穴位贴敷服务，现将有关事项通知如下。
贴敷时间安排
伏次　日期
初伏　7月20日
中伏　7月30日
末伏　8月9日
适用人群：慢性支气管炎、过敏性鼻炎、虚寒型胃痛、关节冷痛等患者。
注意事项：孕妇、皮肤过敏者及两岁以下儿童不宜贴敷；贴敷后当天不宜冷水洗浴。
请患者提前关注医院服务号进行预约，按预约时段就诊，避免排队。
针灸推拿科咨询电话：0838-2256 1326
""",
    ),
    dict(
        slug="university-html-olive-institute-news",
        site="南岭农林大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nlafu.example.edu.cn/info/1106/33092.htm",
        title="我校油橄榄研究所新品种通过省级审定",
        record_title="我校油橄榄研究所新品种通过省级审定-南岭农林大学",
        date="2025-12-03",
        notes="university news page: top menu, quick links sidebar, an 作者/摄影/编辑 line, the 发布时间 byline, a photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校油橄榄研究所新品种通过省级审定-南岭农林大学</title>
<script type="text/javascript">_showDynClicks("wbnews", 1638, 33092)</script></head><body>
<div class="header">⟦m 南岭农林大学 NANLING AGRICULTURE AND FORESTRY UNIVERSITY⟧</div>
<div class="nav">⟦m 学校首页 学校概况 院系设置 科学研究 招生就业 校园生活⟧</div>
<div class="pos">⟦m 当前位置: 首页 >> 南岭要闻 >> 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-12-03　作者：科研处 通讯员 翟宁　点击：⟧</div>
{BODY}
<div class="editor">⟦m 摄影：方植　编辑：钟声　审核：余启⟧</div>
<div class="side">⟦l 快速通道 · 信息门户 · 图书馆 · 校历 · 校园邮箱⟧</div>
<div class="foot">⟦m 地址：南岭市学府路8号 邮编：541000⟧ ⟦m 桂ICP备05001817号⟧</div>
</body></html>
""",
        body="""
近日，省林木品种审定委员会公布了2025年审定通过的林木良种名单，我校油橄榄研究所选育的“南橄3号”名列其中。
该品种经过十二年的选育和区域试验，具有结果早、产量高、含油率高等特点，盛果期亩产鲜果可达八百公斤，果实含油率百分之二十一。
⟦m 图为研究所科研人员在试验基地采收油橄榄⟧
研究所所长介绍，“南橄3号”适应南方多雨气候，对孔雀斑病有较强抗性，适合在我省丘陵山区推广种植。
下一步，研究所将联合地方林业部门建设良种繁育基地，计划三年内推广种植两万亩。
""",
    ),
    dict(
        slug="localforum-xiqi-tinware-street-notice",
        site="锡口人论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xikouren.example.com/bbs/dispbbs.asp?boardid=3&id=70215",
        title="锡器老街临时交通管制的通知",
        record_title="锡器老街临时交通管制的通知【附绕行路线】 - 锡口杂谈 - 锡口人论坛",
        date="2025-09-24",
        notes="county forum (old ASP board): decorated record title; a post line; a detour table; forum junk glued; replies below; the notice's own phone kept",
        junk=dict(lines=1, glued=2),
        page="""
!m 锡口人论坛　→　锡口杂谈　→　浏览帖子
!m 本帖被浏览 1277 次，回复 9 次
!t 锡器老街临时交通管制的通知【附绕行路线】
!m 楼主：街道小秘书　发帖时间：2025-9-24 17:42:03
{BODY}
!l 第2楼　打锡佬：终于要修了，路面坑坑洼洼好多年了
!l 第3楼　小锡匠：店铺送货怎么办？
!a 快速回复　引用　编辑　举报
!m 锡口人论坛　粤ICP备18033107号
""",
        body="""
锡器老街沿线商户、居民：
为实施锡器老街石板路面修复工程，经交警部门同意，自2025年9月28日至10月25日对老街实行临时交通管制。
管制期间，老街全段禁止机动车通行，非机动车和行人可在施工围挡外侧通行。
绕行路线如下：
方向　绕行道路
往北　经锡山路、打铜巷
往南　经新河路、滨河东路
沿街锡器店铺如需运送货物，可在每天早上七点前联系施工单位安排临时通行。
联系电话：0768-6219 550
锡口街道办事处
2025年9月24日
""",
    ),
    dict(
        slug="download-tiegu-wok-foundry-summary",
        site="文稿下载吧 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wengaoxz.example.com/down/2025/zj-38071.html",
        title="铁锅铸造厂2025年上半年安全生产工作总结",
        record_title="铁锅铸造厂2025年上半年安全生产工作总结（word版）免费下载",
        date="2025-07-04",
        notes="download station text: file-info block, download links and a dead-link report; decorated record title; an unzip-password line; date under the signature",
        indent="    ",
        page="""
!m 文稿下载吧 - 首页 - 工作总结 - 安全工作总结
!t 铁锅铸造厂2025年上半年安全生产工作总结（word版）
!m 文件大小：29.6KB　|　文件格式：.doc　|　更新日期：2025-07-11　|　下载次数：66
!m 软件语言：简体中文　|　授权：免费
【内容预览】
{BODY}
!a 【下载地址】　本地下载　|　网通下载　|　电信下载
!a 解压密码：www.wengaoxz.example.com
!a 下载链接失效？点击报错
!l 下载排行：1.安全生产月活动总结 2.车间班组长年终总结 3.企业消防演练方案
""",
        body="""
今年上半年，我厂认真落实安全生产责任制，实现了无重大安全事故的目标。现将主要工作总结如下。
一、抓责任落实。厂长与各车间主任签订安全生产责任书，车间与班组层层签订，做到责任到人。
二、抓隐患整改。上半年共开展安全检查十四次，排查隐患五十二处，已整改五十处，剩余两处已落实资金和期限。
三、抓高温作业防护。熔炼和浇铸岗位全部配发隔热服和防护面罩，增设移动式降温风机八台。
四、抓培训演练。组织全员安全培训三次，开展铁水外溢应急演练一次。
下半年，我厂将重点抓好除尘设备改造和职业健康体检工作。
铁锅铸造厂安全科
2025年7月4日
""",
    ),
    dict(
        slug="pta-text-watermelon-station-hiring",
        site="苓口市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lkrsks.example.gov.cn/sydw/2025/0512/2261.html",
        title="苓口市农科所西瓜试验站2025年公开招聘专业技术人员面试公告",
        record_title="苓口市农科所西瓜试验站2025年公开招聘专业技术人员面试公告",
        date="2025-05-12",
        notes="personnel-exam site text: an interview list table, the exam office's own phone beside the site's technical line; a sentence asking candidates to 下载打印 a form stays; date under the signature",
        page="""
!m 苓口市人事考试信息网　【事业单位招聘】
{T}
!m 发布时间：2025-05-12　浏览次数：2216　字号：[大][中][小]
{BODY}
!a 【打印】　【关闭】
!m 网站技术支持：0736-2218 8008（工作日）
!m 主办：苓口市人力资源和社会保障局
""",
        body="""
根据招聘公告，现将苓口市农科所西瓜试验站2025年公开招聘专业技术人员面试有关事项公告如下。
一、进入面试人员名单
岗位　姓名　笔试成绩
育种研究　罗芸　76.5
育种研究　曾凡　74.0
栽培技术　卫东来　71.5
二、面试时间：2025年5月24日上午8:30，考生须于8:00前到达候考室。
三、面试地点：苓口市农科所综合楼三楼。
四、请考生登录本网站下载打印《面试资格审查表》，面试当天与身份证一并交验。
联系电话：0736-2251 4470（市农科所人事科）
苓口市农业科学研究所
2025年5月12日
""",
    ),
    dict(
        slug="tender-html-sunflower-seed-purchase",
        site="沙原县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.shayuancg.example.gov.cn/cggg/2025/0226/6610.html",
        title="沙原县2025年向日葵良种采购项目竞争性磋商公告",
        record_title="沙原县2025年向日葵良种采购项目竞争性磋商公告",
        date="2025-02-26",
        notes="procurement portal: project table (项目编号 row), buyer and agency contacts kept beside the platform's CA hotline; 公告期限; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>沙原县政府采购网-采购公告</title></head><body>
<div class="logo">⟦m 沙原县政府采购网⟧ ⟦a 供应商登录 专家登录⟧</div>
<div class="nav">⟦m 首页 采购公告 中标公告 更正公告 政策法规 办事指南⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-02-26 17:20　信息来源：沙原县农业技术推广中心⟧</div>
{BODY}
<div class="btn">⟦a 我要报名 下载采购文件 收藏⟧</div>
<div class="foot">⟦m CA证书办理咨询：400-7808-1566⟧ ⟦m 沙原县财政局主办⟧</div>
</body></html>
""",
        body="""
沙原县农业技术推广中心就2025年向日葵良种采购项目进行竞争性磋商，欢迎合格的供应商参加。
一、项目基本情况
项目编号　预算金额　采购数量
SYCG-2025-017　86万元　食葵良种四万公斤
二、供应商资格要求：具有农作物种子生产经营许可证，所供种子须通过国家或省级品种登记。
三、获取磋商文件时间：2025年2月27日至3月5日。
四、响应文件提交截止时间：2025年3月10日9时30分。
五、公告期限：自本公告发布之日起五个工作日。
采购人：沙原县农业技术推广中心　联系人：闫大勇　电话：0478-6621 309
代理机构：沙原县诚信招标代理有限公司　联系人：包雪　电话：0478-6650 772
""",
    ),
    dict(
        slug="lawfirm-text-gold-recycling-article",
        site="衡信律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="article",
        form="text",
        source="http://www.hengxinlaw.example.com/news/show-1172.html",
        title="金店回收旧金饰发生纠纷怎么办",
        record_title="【律师说法】金店回收旧金饰发生纠纷怎么办 - 衡信律师事务所",
        date="2025-03-14",
        notes="law-firm site text: decorated record title; author and time line; firm hotline and WeChat consult prompt; a disclaimer; numbered list kept",
        page="""
!m 衡信律师事务所　专业 · 诚信 · 高效
!m 首页 > 律师说法
{T}
!m 作者：温敬之律师　时间：2025-03-14　阅读：1206
{BODY}
!d 本文仅供参考，不构成法律意见，具体问题请咨询专业律师。
!w 遇到类似问题？拨打24小时法律咨询热线 180-0751-2200，或添加律师微信 hxlaw_wen
!l 相关文章：购买黄金饰品的消费陷阱 | 网购珠宝退货纠纷
""",
        body="""
金价上涨以来，不少市民把家里的旧金饰拿到金店回收，因称重、折价产生的纠纷也随之增多。
常见纠纷主要有三类：一是称重时不当面，回收后重量“缩水”；二是以“成色不足”为由大幅压价；三是事先不说明手续费，结算时才扣除。
遇到纠纷，消费者可以这样做：
1.回收前问清回收价格、手续费和检测方式，最好要求书面确认；
2.称重、熔炼过程全程在场，必要时录像；
3.要求金店出具回收凭证，写明重量、成色和价格；
4.协商不成的，可向市场监管部门投诉，或向法院起诉。
选择正规金店、保留好购买票据，是避免纠纷的关键。
""",
    ),
    dict(
        slug="community-html-baozi-stall-relocation",
        site="柳岸社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.liuan-sq.example.org/news/tz/0916.html",
        title="关于早餐包子摊点集中搬迁至便民早餐点的通知",
        record_title="【便民】关于早餐包子摊点集中搬迁至便民早餐点的通知",
        date="2025-09-16",
        notes="residents' site: decorated record title; a neighbourhood-helper widget, a WeChat-group prompt; the community's own phone beside the property hotline; a stall table; signature date",
        page="""
<html><head><meta charset="utf-8"><title>关于早餐包子摊点集中搬迁至便民早餐点的通知 - 柳岸社区服务网</title></head><body>
<div class="hd">⟦m 柳岸社区服务网　家门口的服务站⟧</div>
<div class="nav">⟦m 首页 社区公告 便民服务 邻里互助 党群之家⟧</div>
<h2>{T}</h2>
<div class="pub">⟦m 柳岸社区居委会　2025-09-16　阅读 655⟧</div>
{BODY}
<div class="group">⟦w 扫码加入柳岸邻里群，社区消息早知道⟧</div>
<div class="helper">⟦l 邻里帮帮 · 失物招领 · 二手转让 · 家政推荐⟧</div>
<div class="foot">⟦m 物业客服热线：0591-8765 4300⟧ ⟦m ©柳岸社区⟧</div>
</body></html>
""",
        body="""
各位居民、各早餐摊主：
为解决小区东门早高峰占道经营、油烟扰民等问题，经社区、物业和城管中队协商，决定将东门附近的早餐包子摊点集中搬迁至新建的便民早餐点。
便民早餐点位于东门南侧停车场旁，共设八个标准化摊位，配备油烟净化设施和洗手池。
摊位编号　经营品种
1—3号　包子、馒头
4—5号　豆浆、油条
6—8号　粥、面食
搬迁时间为9月22日至9月25日，9月26日起东门外不再允许设摊。
摊主可到社区居委会登记摊位，咨询电话：0591-8765 2218。
柳岸社区居民委员会
2025年9月16日
""",
    ),
]
