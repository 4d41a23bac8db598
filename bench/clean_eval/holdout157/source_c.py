"""holdout157, part C: bulky waste (old furniture, mattresses) and brine-shrimp (artemia) harvesting on a salt lake.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-bulky-waste-branch-speech-html",
        site="瑗州市城管系统党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.yzcg.example.gov.cn/djdt/2025/0520/407.html",
        title="在大件垃圾拆解中心党员先锋岗授牌仪式上的讲话",
        record_title="在大件垃圾拆解中心党员先锋岗授牌仪式上的讲话-瑗州城管党建",
        date="2025-05-20",
        notes="Party site: speaker and date lines under the title neutral; 学习强国-like 分享 row; 党建专题 sidebar; footer",
        page="""
<html><head><meta charset="utf-8"><title>在大件垃圾拆解中心党员先锋岗授牌仪式上的讲话-瑗州城管党建</title></head><body>
<div class="banner">⟦m 瑗州城管党建　红色引擎 美好城市⟧</div>
<div class="nav">⟦l 党建要闻⟧ ⟦l 支部风采⟧ ⟦l 学习园地⟧ ⟦l 先锋模范⟧</div>
<div class="pos">⟦m 当前位置：党建网 &gt; 支部风采⟧</div>
<h1>⟦t 在大件垃圾拆解中心党员先锋岗授牌仪式上的讲话⟧</h1>
<p class="spk">局党委书记　岑志远</p>
<p class="spk">（2025年5月20日）</p>
<div class="cnt">
{BODY}
</div>
<div class="share">⟦l 分享到：朋友圈　微博　学习群⟧</div>
<div class="side"><h4>⟦l 党建专题⟧</h4><p>⟦l 深入贯彻中央八项规定精神学习教育⟧</p></div>
<div class="ft">⟦m 中共瑗州市城市管理局委员会主办⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在大件垃圾拆解中心为“党员先锋岗”授牌，这是局党委推动党建与业务深度融合的一项具体举措。
拆解中心运行一年来，累计收运拆解废旧家具、床垫等大件垃圾一万二千余吨，木材、金属、海绵分类利用率达到百分之八十五。
这些成绩的背后，是党员同志们冲在一线、不怕脏不怕累的奉献。
希望大家珍惜荣誉，在预约收运、规范拆解、安全生产上继续走在前、作表率。
""",
    ),
    dict(
        slug="univ-brine-shrimp-field-survey-html",
        site="璘口海洋大学水产学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://scxy.lkou.example.edu.cn/info/1021/4418.htm",
        title="水产学院师生赴琮川盐湖开展卤虫资源调查",
        record_title="水产学院师生赴琮川盐湖开展卤虫资源调查",
        date="2025-10-23",
        notes="university news: 供稿/摄影/审核 line, photo caption inside the body, 返回列表 and 关闭, footer with 邮编",
        page="""
<html><head><meta charset="utf-8"><title>水产学院师生赴琮川盐湖开展卤虫资源调查-水产学院</title></head><body>
<div class="hd">⟦m 璘口海洋大学 水产学院⟧</div>
<div class="nav">⟦l 学院概况⟧ ⟦l 师资队伍⟧ ⟦l 人才培养⟧ ⟦l 科学研究⟧ ⟦l 学院新闻⟧</div>
<h2>⟦t 水产学院师生赴琮川盐湖开展卤虫资源调查⟧</h2>
<div class="src">⟦m 发布时间：2025-10-23　供稿：养殖系　摄影：毕晓禾　审核：邹杰⟧</div>
{BODY}
<div class="op">⟦a 【返回列表】⟧ ⟦a 【关闭】⟧</div>
<div class="ft">⟦m 地址：璘口市滨海大道1号　邮编：266109⟧</div>
</body></html>
""",
        body="""
10月中旬，水产学院养殖系师生一行九人赶赴琮川盐湖，开展秋季卤虫资源调查。
⟦m 师生在盐湖岸边采集卤虫卵样品⟧
调查组在湖区设置了二十四个采样点，测定了水体盐度、温度和卤虫成体、卵的密度。
初步结果显示，今年湖区卤虫卵资源量较去年增加约一成，适宜在十一月上旬开捕。
调查数据将提交当地渔业部门，作为确定采捕限额的依据。
""",
    ),
    dict(
        slug="edu-bulky-waste-school-notice",
        site="琅坪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.langping.example.gov.cn/tzgg/3391.html",
        title="关于做好学校废旧课桌椅等大件物品集中处置工作的通知",
        date="2025-07-08",
        notes="education portal: record title clean; 附件 list of the notice kept, the site's attachment download link chrome; the notice's 联系人 kept",
        page="""
!m 琅坪县教育局 · 琅坪教育信息网
!m 首页 → 通知公告
{T}
!m 发布者：装备中心　发布时间：2025-07-08　点击：298
{BODY}
!l 附件下载：处置清单.xls
!a 【打印】【收藏】【关闭】
""",
        body="""
各中小学、幼儿园：
为做好暑期校园环境整治，现就废旧课桌椅、床架、柜子等大件物品集中处置有关事项通知如下。
一、各校于7月20日前完成清点，填写处置清单，经学校资产管理员核对签字。
二、可维修再利用的，由县教育装备中心统一调剂；确需报废的，按资产处置程序报批后交大件垃圾拆解中心处理。
三、严禁将废旧物品随意堆放在校园角落或楼道内。
联系人：谭晓岚，电话：0736-5120446。
附件：废旧大件物品处置清单
琅坪县教育局
2025年7月8日
""",
    ),
    dict(
        slug="exam-brine-station-recruit-html",
        site="琮川县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.congchuan.example.gov.cn/kwgg/2025/0301/662.html",
        title="琮川县盐湖卤虫资源保护站2025年公开招聘工作人员公告",
        record_title=None,
        date="2025-03-01",
        notes="personnel-exam site: no record title; post table one row a paragraph; the recruiting unit's 咨询电话 beside the site's technical line; 准考证打印 spoken of in the body",
        page="""
<html><head><meta charset="utf-8"><title>琮川县人事考试网</title></head><body>
<div class="top">⟦m 琮川县人事考试网⟧ ⟦a 考生登录⟧ ⟦a 报名入口⟧</div>
<div class="menu">⟦l 考试公告⟧ ⟦l 成绩查询⟧ ⟦l 政策法规⟧</div>
<h3>⟦t 琮川县盐湖卤虫资源保护站2025年公开招聘工作人员公告⟧</h3>
<div class="t">⟦m 来源：县人社局　日期：2025-03-01⟧</div>
{BODY}
<div class="help">⟦w 报名系统技术咨询：0979-8212001（工作日9:00-17:00）⟧</div>
<div class="ft">⟦m 琮川县人力资源和社会保障局主办⟧</div>
</body></html>
""",
        body="""
根据工作需要，琮川县盐湖卤虫资源保护站面向社会公开招聘工作人员，现将有关事项公告如下。
岗位　人数　专业要求　学历
资源监测　2　水产养殖、生态学　本科及以上
巡护执法　1　法学　本科及以上
报名时间为3月10日至3月14日，报名人员请登录县人事考试网填报信息。
考生于4月8日至4月12日自行下载打印准考证。
咨询电话：0979-8213566。
""",
    ),
    dict(
        slug="training-brine-shrimp-hatching-course",
        site="瑭水水产技术培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.tsscpx.example.com/kecheng/218.html",
        title="卤虫卵孵化与饵料培育技术培训班教学计划",
        record_title="卤虫卵孵化与饵料培育技术培训班教学计划_瑭水水产技术培训学校",
        date="2025-02-26",
        notes="training school: course table kept; floating QQ consult box; 报名热线 chrome; the school's own 报名电话 in the body",
        page="""
!m 瑭水水产技术培训学校　学技术 到瑭水
!w 在线咨询　QQ：2881094517
!m 课程中心 / 水产养殖
{T}
{BODY}
!w 报名热线：400-018-6655　名额有限，报满即止
!l 热门课程：南美白对虾标粗技术｜鱼病快速诊断
""",
        body="""
一、培训对象：苗种场技术员、对虾和海水鱼育苗从业人员。
二、培训时间：2025年3月17日至3月21日，共5天。
三、课程安排
日期　内容　授课方式
3月17日　卤虫卵质量鉴别　讲授
3月18日　孵化条件控制　实操
3月19日　卤虫无节幼体营养强化　讲授加实操
3月20日至21日　育苗场现场教学　参观
四、报名方式：报名电话0535-7731208，学员须携带身份证复印件。
瑭水水产技术培训学校
2025年2月26日
""",
    ),
    dict(
        slug="gkforum-bulky-waste-shenlun",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-220178-1-1.html",
        title="大件垃圾“扔不掉”，治理要在“最后一公里”发力",
        record_title="[申论范文] 大件垃圾“扔不掉”，治理要在“最后一公里”发力 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum: post time 3天前 (no date), 金币 and 楼层 chrome, a course ad between paragraphs; forum junk",
        page="""
!m 上岸公考论坛 › 申论交流
{T}
!m 楼主：一研为定　3天前　金币 +5
{BODY}
!l 评分　收藏　分享
!l 回复：感谢楼主，论点很清楚
""",
        junk=dict(lines=1, glued=1),
        body="""
旧沙发、旧床垫往哪扔？这个看似琐碎的问题，却困扰着不少城市居民。
大件垃圾体积大、拆解难，如果没有便捷的收运渠道，就会被偷偷丢在楼道、河边，成为城市管理的顽疾。
⟦a 【申论提分班】名师批改，点击领取免费试听课⟧
治理大件垃圾，首先要畅通预约收运渠道，让居民“一个电话就上门”。
其次要建设规范的拆解中心，把木材、金属、布料分类利用起来。
最后要明确收费标准，做到公开透明，让居民愿意付费、放心付费。
""",
    ),
    dict(
        slug="netdisk-brine-shrimp-harvest-plan-html",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.example.com/s/1Kq8vR3mTn",
        title="2025年琮川盐湖卤虫卵采捕管理方案",
        record_title="2025年琮川盐湖卤虫卵采捕管理方案.pdf",
        date="2025-10-30",
        notes="cloud drive preview: share-by line, file size, save/download buttons, expiry line; a page-marker paragraph ⸢2⸣ cuts a sentence",
        page="""
<html><head><meta charset="utf-8"><title>2025年琮川盐湖卤虫卵采捕管理方案.pdf_免费高速下载|云匣网盘</title></head><body>
<div class="bar">⟦m 云匣网盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file">⟦m 2025年琮川盐湖卤虫卵采捕管理方案.pdf⟧ ⟦m 1.2M⟧</div>
<div class="who">⟦m 分享者：湖区渔政小韩　有效期：永久有效⟧</div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 下载(1.2M)⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 请勿分享侵权、违法内容，一经发现将永久封禁账号。⟧</div>
</body></html>
""",
        pages=dict(fmt="⸢{n}⸣", every=140, start=2),
        body="""
为科学利用盐湖卤虫资源，保护湖区生态，制定本方案。
一、采捕时间：2025年11月5日至2026年1月31日，其余时间禁止采捕。
二、采捕限额：全湖区卤虫卵采捕总量控制在一千二百吨以内，按持证单位分配。
三、作业要求：采捕船只须悬挂作业标志，使用网目符合规定的网具，严禁破坏湖岸植被。
四、监督管理：县渔政部门实行驻湖监管，对超限额采捕的依法处罚。
琮川县农业农村局
2025年10月30日
""",
    ),
    dict(
        slug="anthology-saltlake-memoir",
        site="盐湖札记 (invented personal collection)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.wenji-yanhu.example.com/juan2/31.html",
        title="湖上的红色",
        record_title="《盐湖札记》卷二·第31篇｜湖上的红色",
        date="2024-12-18",
        notes="personal collection: chapter nav, 卷 prefix in the record title, a closing date at the end of the essay, 本卷目录 list",
        page="""
!m 盐湖札记 · 一位老渔政员的文集
!l 上一篇：盐碱地上的红柳　|　目录　|　下一篇：冬捕那年
{T}
{BODY}
!l 本卷目录：湖上的红色 / 冬捕那年 / 老站长的笔记本
!d 文集内容为作者原创，转载请注明出处
""",
        body="""
第一次来到琮川盐湖，我以为湖水是被夕阳染红的。
后来才知道，那片红色是成千上万的卤虫，还有湖里的藻类。
每年秋末，湖岸就会聚集起收卵的人，他们用细网把浮在水面的卤虫卵捞起来，晒干后卖给育苗场。
在湖边工作的二十多年里，我见过卤虫多的年份，也见过几乎捞不到卵的年份。
湖是有脾气的，取之有度，它才会一年一年地红下去。
2024年12月18日　于湖区站
""",
    ),
    dict(
        slug="docshare-bulky-waste-summary",
        site="文档汇 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wendanghui.example.com/p-77120391.html",
        title="瑗州市大件垃圾收运处置工作总结",
        record_title="瑗州市大件垃圾收运处置工作总结.docx",
        date="2025-12-26",
        notes="document-sharing page: uploader and pages line, upload notice with a search prompt, 下载积分 action; a data table kept",
        page="""
!m 文档汇 > 行业资料 > 环保环卫
{T}
!m 上传人：w***09　上传时间：2026-01-04　页数：3　浏览：62
!a 下载积分：5　立即下载　加入文件夹
{BODY}
!d 该文档为用户上传，版权归原作者所有；如需更多相关资料，请在文档汇搜索“垃圾分类总结”。
""",
        body="""
2025年，市城管局坚持便民、规范、循环利用的原则，推进大件垃圾收运处置体系建设。
一、收运网络进一步完善。全市设置大件垃圾临时投放点二百一十个，开通电话和小程序预约收运。
二、拆解能力明显提升。城北拆解中心全年拆解大件垃圾情况如下：
类别　数量（吨）　资源化利用率
废旧家具　8600　86%
床垫沙发　2400　79%
三、存在的问题。部分老旧小区临时投放点设置不足，居民偷倒现象仍有发生。
瑗州市城市管理局
2025年12月26日
""",
    ),
    dict(
        slug="fanwen-brine-coop-summary-html",
        site="范文之家 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.fwzj-old.example.com/zongjie/2025/3108.asp",
        title="卤虫卵采捕合作社年度工作总结",
        record_title="卤虫卵采捕合作社年度工作总结（通用3篇）",
        date="2025-01-12",
        notes="old gb2312 ASP table layout: marquee, visitor counter, 【阅读字号】 row, floating consult box; decorated record title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>卤虫卵采捕合作社年度工作总结（通用3篇）-范文之家</title></head><body>
<table width="100%"><tr><td>⟦m 范文之家 fwzj-old.example.com⟧</td><td><marquee>⟦d 本站所有范文仅供参考，严禁用于商业用途⟧</marquee></td></tr></table>
<table><tr><td>⟦m 您的位置：范文之家 → 工作总结 → 单位工作总结⟧</td></tr></table>
<table><tr><td><h1>⟦t 卤虫卵采捕合作社年度工作总结⟧</h1></td></tr>
<tr><td>⟦a 【阅读字号：特大 大 中 小】⟧ ⟦m 发布：admin　更新：2025-03-02⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<div class="float">⟦w 代写总结 QQ 1390852266⟧</div>
<table><tr><td>⟦m 您是本站第 0091827 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，合作社在县渔政部门的指导下，坚持持证采捕、限额作业，各项工作平稳有序。
全年组织社员采捕卤虫卵一百零六吨，经烘干、分级后销售给省内外育苗企业，实现销售收入九百余万元。
合作社投入二十万元购置了两台卵粒分离设备，产品孵化率提高到百分之八十以上。
新的一年，合作社将进一步规范采捕作业，配合做好湖区生态保护。
琮川县红湖卤虫卵采捕专业合作社
2025年1月12日
""",
    ),
    dict(
        slug="wenku-bulky-waste-collection-rules-wrapped",
        site="学海文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://www.xuehaiwk.example.com/doc/5520871.html",
        title="瑄田市大件垃圾预约收运服务规范",
        record_title=None,
        date=None,
        notes="文库 text hard-wrapped at 58 columns and cut by page markers 〘2〙 on lines of their own; no title in the record (found on the page); no date (a year only in the preview stamp)",
        page="""
!m 学海文库　资料预览
!m 预览生成于 2025 年 · 共3页
{T}
{BODY}
!a 试读结束，付费后可阅读全文
!a 下载本文档（5元）
""",
        wrap=58,
        pages=dict(fmt="〘{n}〙", every=150, start=2),
        body="""
第一条　为规范大件垃圾预约收运服务，方便居民投放，制定本规范。
第二条　本规范所称大件垃圾，是指体积较大、整体性强，需要拆分再处理的废弃物品，包括废旧家具、床垫、沙发等。
第三条　居民可通过服务热线或小程序预约收运，收运单位应在预约后三个工作日内上门。
第四条　收运人员上门时应出示工作证件，按公示标准收费，并出具收费凭证。
第五条　收运的大件垃圾应运至拆解中心，不得随意丢弃或倒卖。
""",
    ),
    dict(
        slug="print-brine-shrimp-export-minutes-html",
        site="瑭水卤虫卵产业协会 (invented) print view",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.tslcxh.example.org/print.php?aid=219",
        title="卤虫卵产品质量提升座谈会纪要",
        record_title="〔打印稿〕卤虫卵产品质量提升座谈会纪要",
        date="2025-08-14",
        notes="print view calling window.print(); minutes' 时间/地点/主持/参加/记录 lines kept; print footer 页码 1/1",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 卤虫卵产品质量提升座谈会纪要</title><script>window.onload=function(){window.print();}</script></head><body>
<div class="pt">⟦a [打印本文] [关闭]⟧</div>
<h2>⟦t 卤虫卵产品质量提升座谈会纪要⟧</h2>
<div class="from">⟦m 本文地址：http://www.tslcxh.example.org/news/219.html⟧</div>
{BODY}
<div class="pf">⟦m 页码 1/1⟧</div>
</body></html>
""",
        body="""
时间：2025年8月12日上午9:00
地点：协会会议室
主持：协会会长 钱佑平
参加：会员企业代表十一人，市海洋渔业局、市场监管局有关同志
记录：吕珊
会议认为，近年来部分企业卤虫卵孵化率标注不实，影响了行业声誉。
会议议定：一、协会制定团体标准，统一孵化率检测方法；二、会员企业产品包装标注批次和检测结果。
瑭水卤虫卵产业协会秘书处
2025年8月14日
""",
    ),
]
