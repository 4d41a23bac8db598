"""holdout181, part E: window screens (纱窗). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-text-screen-replacement-property",
        site="锪山街道望湖社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.wanghusq.org.cn/tzgg/0418.html",
        title="关于老旧小区集中更换纱窗的通知",
        record_title="关于老旧小区集中更换纱窗的通知 - 望湖社区",
        date="2025-04-18",
        notes="residents' text page; the community's own phone beside the property company's hotline; a 费用 table; 成文日期",
        page="""
!m 望湖社区居民之家
!m 首页 | 社区动态 | 通知公告 | 办事指南
{T}
!m 来源：社区居委会　点击：603
{BODY}
!m 物业服务中心24小时热线：0577-61028800
!l 上一条：望湖社区“邻里节”活动报名啦
!m 望湖社区 ©2025　浙ICP备18077120号-2
""",
        body="""
各位居民：
入夏在即，为解决望湖一区、二区老旧住宅纱窗破损、蚊虫进屋的问题，社区联合物业公司开展纱窗集中更换服务，现将有关事项通知如下：
一、更换范围：望湖一区、二区1至28幢住户自愿报名。
二、收费标准
类型　单价
普通玻纤纱窗　每平方米45元
隐形折叠纱窗　每平方米120元
三、报名时间：4月20日至4月30日，请到社区服务站登记。
社区联系电话：0577-61035526。
望湖社区居民委员会
2025年4月18日
""",
    ),
    dict(
        slug="oa-text-screen-mesh-factory-safety-notice",
        site="锪山华纱网业有限公司内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://10.8.1.20/portal/notice/2025-0612.html",
        title="关于夏季高温期间织网车间安全生产的通知",
        record_title="内网公告-关于夏季高温期间织网车间安全生产的通知",
        date="2025-06-12",
        notes="intranet text: login and portal chrome; a 分机 line of the document beside the IT desk extension; read count",
        page="""
!m 华纱网业 企业门户　|　欢迎您，生产部 王凯　|　退出
!m 门户首页 > 公司公告
!t 内网公告-关于夏季高温期间织网车间安全生产的通知
!m 发布部门：安全环保部　发布日期：2025-06-12　已读：214人
{BODY}
!a 【打印】【收藏】【已阅】
!m 信息中心IT服务台：分机8000
!d 内部资料，注意保密
""",
        body="""
各车间、各部门：
进入夏季以来，织网车间室内温度持续偏高，为防止中暑和设备火灾事故，现就有关要求通知如下：
1. 织网车间实行“做两头、歇中间”，11:30至14:30停止高负荷作业。
2. 每班配发防暑降温饮品，车间主任每两小时巡查一次员工身体状况。
3. 玻纤纱网堆放区严禁烟火，电气线路每周检查一次。
有关问题请联系安全环保部，分机6215。
安全环保部
2025年6月12日
""",
    ),
    dict(
        slug="anthology-html-retired-teacher-summer-screens",
        site="老梁文存 个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://laoliangwencun.net/vol3/031.html",
        title="夏夜的纱窗",
        record_title="《老梁文存》卷三·第31篇｜夏夜的纱窗",
        date=None,
        notes="personal collection with chapter navigation, a visit counter and a comment link; a 写于 year is no date",
        page="""
<html><head><meta charset="utf-8"><title>《老梁文存》卷三·第31篇｜夏夜的纱窗</title></head>
<body>
<div class="site">⟦m 老梁文存 · 一个退休教师的笔记⟧</div>
<div class="toc">⟦m 目录 > 卷三 人间烟火 > 第31篇⟧</div>
<h2>{T}</h2>
{BODY}
<p class="written">写于2021年7月</p>
<div class="nav">⟦l ← 上一篇：巷口的修车铺⟧ ⟦l 下一篇：父亲的搪瓷缸 →⟧</div>
<div class="counter">⟦m 本篇已被阅读 412 次⟧ ⟦l 留言（3）⟧</div>
</body></html>
""",
        body="""
小时候家里的纱窗是绿色的塑料纱，用图钉钉在木窗框上，一个夏天下来，总会被我们捅出几个洞。
母亲就剪一块旧纱布，用针线把洞缝上，补丁一块叠着一块，远看像一幅地图。
夏夜里，屋外的蚊子在纱窗上嗡嗡地撞，屋里点着一盏灯，父亲看报，我写作业。
如今住进楼房，换上了不锈钢的隐形纱窗，可那扇打满补丁的绿纱窗，还常常在梦里出现。
""",
    ),
    dict(
        slug="county-forum-screen-repair-volunteers-junk",
        site="锪山论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.huoshan.net/thread-330271-1-1.html",
        title="退休老哥几个免费给独居老人修纱窗，缺材料求支援",
        record_title="[爱心接力] 退休老哥几个免费给独居老人修纱窗，缺材料求支援 - 锪山论坛",
        date=None,
        notes="county forum with junk lines and junk glued; a moderator's note and replies as chrome; the poster's own phone for donations kept in the body",
        page="""
!m 锪山论坛 › 城事生活 › 爱心公益
!t [爱心接力] 退休老哥几个免费给独居老人修纱窗，缺材料求支援
!m 楼主：老钳工　发表于 2 小时前　|　阅读 1132　回复 38
!m 本帖已被版主加精
{BODY}
!l 沙发　锪山小喇叭：点赞！我家有半卷纱网明天送过去
!l 板凳　一心向阳：求地址，周末过去帮忙
!a 回复　分享到朋友圈
!m 锪山论坛 — 锪山人的网上家园
""",
        junk=dict(lines=2, glued=2),
        body="""
我们几个厂里退休的老伙计，从上个月开始在城关镇几个老小区给独居老人修纱窗，已经修了37户。老房子的纱窗大多是二三十年前装的，纱网脆了，窗框也变形了，老人们自己弄不了，请人又舍不得花钱。
现在最缺的是纱网、压条和铝合金边框，哪位家里有装修剩下的，或者建材店愿意支持一点，我们感激不尽。
联系人：老孙，电话13857712096（白天都在）。
""",
    ),
    dict(
        slug="hospital-ward-anti-mosquito-screens-news",
        site="锪山县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hszyy.cn/yydt/2025/0603/1419.html",
        title="我院为全部病房加装防蚊纱窗",
        record_title="我院为全部病房加装防蚊纱窗_医院动态_锪山县中医院",
        date="2025-06-03",
        notes="hospital news with a booking float; 发布时间 line; photo caption between paragraphs; the logistics department's phone beside the hospital's 24-hour line",
        page="""
<html><head><meta charset="utf-8"><title>我院为全部病房加装防蚊纱窗_医院动态_锪山县中医院</title></head>
<body>
<div class="top">⟦m 锪山县中医院⟧ ⟦m 大医精诚　仁心仁术⟧</div>
<div class="nav">⟦m 首页 医院概况 科室导航 专家团队 医院动态 就医指南 联系我们⟧</div>
<div class="crumb">⟦m 您的位置：首页 > 医院动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-03　来源：后勤保障科　浏览：388⟧</div>
<div class="content">
{BODY}
</div>
<div class="float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦m 24小时服务热线：0577-61199120⟧</div>
<div class="footer">⟦m 锪山县中医院　地址：锪山县健康路66号　浙ICP备10031284号⟧</div>
</body></html>
""",
        body="""
近日，我院后勤保障科完成了全院12个病区、236间病房的防蚊纱窗加装工程。
以往夏季，不少病房开窗通风时蚊虫较多，部分老年患者和陪护家属反映晚上睡不好。今年院里投入资金18万元，统一安装了可拆洗的推拉式纱窗。
⟦m 图为工人在住院部三楼安装纱窗。⟧
纱窗使用中如有损坏，请联系后勤保障科，电话：0577-61199352。
""",
    ),
    dict(
        slug="lawfirm-tenant-screen-deposit-lecture-float",
        site="锪山明正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.mingzhenglawyer.cn/article/2025/0722.html",
        title="退租时房东以纱窗破了为由扣押金，合理吗？",
        record_title="法律讲堂丨退租时房东以纱窗破了为由扣押金，合理吗？-明正律所",
        date="2025-07-22",
        notes="law firm with a consult float; 日期 byline; legal text quoted; disclaimer",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨退租时房东以纱窗破了为由扣押金，合理吗？-明正律所</title></head>
<body>
<div class="hd">⟦m 明正律师事务所⟧ ⟦m 专注民商事纠纷⟧ <nav>⟦m 首页 律所简介 律师团队 法律讲堂 联系我们⟧</nav></div>
<div class="art"><h1>⟦t 法律讲堂丨退租时房东以纱窗破了为由扣押金，合理吗？⟧</h1>
<p class="meta">⟦m 日期：2025-07-22　作者：郑岚律师　阅读：1509⟧</p>
{BODY}
</div>
<div class="consult">⟦w 律师在线 免费咨询⟧ ⟦w 24小时咨询电话：0577-61110148⟧</div>
<div class="disc">⟦d 本文为律师个人观点，仅供参考，不构成法律意见。⟧</div>
<div class="ft">⟦m © 2025 锪山明正律师事务所⟧</div>
</body></html>
""",
        body="""
小周租住的房子到期退租，房东检查时发现一扇纱窗破了个洞，当即表示要从押金里扣500元。
根据民法典的规定，承租人应当妥善保管租赁物，因保管不善造成租赁物毁损、灭失的，应当承担赔偿责任；但租赁物因正常使用发生的损耗，承租人不承担责任。
纱窗用了多年自然老化破损，属于正常损耗；如果是租客人为损坏，也只应按照维修的合理费用赔偿，一扇普通纱窗更换费用通常不过百元。
建议租客入住时拍照记录房屋设施状况，退租时与房东共同验房，发生争议可以向当地住房租赁调解组织申请调解。
""",
    ),
    dict(
        slug="wiki-text-shachuang-entry-example-date",
        site="百知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baizhibaike.com/wiki/纱窗",
        title="纱窗",
        record_title="纱窗 - 百知百科",
        date=None,
        notes="encyclopaedia text page with infobox lines, edit links and a history note; an example year inside a sentence is no date",
        page="""
!m 百知百科 — 自由的知识库
!a 编辑词条　|　添加义项　|　收藏
{T}
!m 中文名：纱窗　　类别：门窗配件　　主要材料：玻璃纤维、不锈钢、尼龙
!l 目录：1 概述　2 种类　3 安装与维护
{BODY}
!m 本词条最后编辑于：6个月前　浏览：48,910
!l 相关词条：窗帘　防盗窗　隐形门
!d 本站词条由网友共同编辑，如有错误欢迎修正。
""",
        body="""
纱窗，装在窗户上用以通风并防止蚊蝇飞入的网状窗扇。
早期纱窗多用棉纱或铁丝网制作，20世纪80年代起塑料纱和玻璃纤维纱在城市家庭普及。
按开启方式，纱窗可分为固定式、推拉式、平开式和隐形折叠式等；按纱网材料，可分为玻纤纱、不锈钢纱、金刚网等。
纱窗应每年至少清洗一次，纱网老化变脆时应及时更换。
""",
    ),
    dict(
        slug="download-text-screen-install-spec-wrapped",
        site="建材标准下载网 (invented)",
        style="资料下载站",
        genre="技术规范",
        kind="other",
        form="text",
        source="http://www.jcbzxz.com/down/7716.html",
        title="住宅纱窗安装技术要点",
        record_title="住宅纱窗安装技术要点.wps",
        date=None,
        notes="download station in text, hard-wrapped at 64 columns; file info and download lines; decimal headings; no date",
        page="""
!m 建材标准下载网 — 免费建材资料下载
!m 首页 >> 门窗幕墙 >> 施工工艺
{T}
!m 资料大小：41KB　格式：WPS　下载次数：557　更新：2024-09-30
!a 【本地下载】【网通下载】【电信下载】
{BODY}
!a 下载不了？点击这里报告错误
!d 本站所有资料均来源于网络，版权归原作者所有。
""",
        wrap=64,
        body="""
1 一般规定
1.1 纱窗安装应在窗框安装完成、墙面抹灰干燥后进行，避免砂浆污染纱网。
1.2 纱网宜采用玻璃纤维涂塑纱或不锈钢纱，网孔不大于1.2毫米。
2 安装要点
2.1 纱窗扇与窗框之间的缝隙不应大于2毫米，推拉纱窗应设置防脱落装置。
2.2 高层住宅外开窗不宜安装外挂式纱窗，宜采用内置折叠式纱窗。
3 验收
纱窗开关应灵活，纱网绷紧平整，无破损、无明显皱褶。
""",
    ),
    dict(
        slug="exam-text-housing-repair-centre-admission-ticket",
        site="锪山市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hsrsks.cn/kwgg/2025/0508.html",
        title="锪山市房屋维修服务中心2025年公开招聘工作人员笔试公告",
        record_title="锪山市房屋维修服务中心2025年公开招聘工作人员笔试公告",
        date="2025-05-08",
        record_date="2025-05-08",
        notes="personnel-exam text page: record gives title and date; 准考证 download/print as content; exam table; the centre's 咨询电话 beside the site's technical line",
        page="""
!m 锪山市人事考试网
!m 首页 > 考务公告
{T}
!m 发布日期：2025-05-08　浏览：2871
{BODY}
!a 【准考证打印入口】　【成绩查询入口】
!m 网站技术咨询：0577-61007733（工作日）
!m 主办：锪山市人力资源和社会保障局　浙ICP备09051122号
""",
        body="""
经审核，报名参加锪山市房屋维修服务中心公开招聘的考生共412人，现将笔试有关事项公告如下：
一、笔试时间地点
科目　时间　地点
综合基础知识　5月18日9:00-11:00　锪山市第二中学
专业知识（房屋维修）　5月18日14:00-15:30　锪山市第二中学
二、专业知识考试内容包括门窗、纱窗、防水等房屋常见部位的维修工艺和安全常识。
三、请考生于5月14日至17日登录本网下载打印准考证。
咨询电话：0577-61027619（市房屋维修服务中心）
""",
    ),
    dict(
        slug="wenku-html-township-elderly-screens-plan-markers",
        site="纳川文库 (invented)",
        style="文库预览",
        genre="实施方案",
        kind="plan",
        form="html",
        source="https://www.nachuanwenku.com/view/e7c1a2b9.html",
        title="锪山县城南镇为高龄老人免费安装防蚊纱窗实施方案",
        record_title="锪山县城南镇为高龄老人免费安装防蚊纱窗实施方案（通用版）",
        date="2025-05-12",
        notes="文库 reader with page markers ·p n· as HTML paragraphs cutting sentences; VIP lock; upload stamp no date; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>锪山县城南镇为高龄老人免费安装防蚊纱窗实施方案（通用版）</title></head>
<body>
<div class="hd">⟦m 纳川文库⟧ <input placeholder="搜索海量文档"> ⟦a 开通VIP⟧ ⟦a 登录⟧</div>
<div class="doc-hd"><h1>⟦t 锪山县城南镇为高龄老人免费安装防蚊纱窗实施方案（通用版）⟧</h1>
<p>⟦m 上传时间：2025-05-20　页数：3页　阅读：219⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a VIP会员可免费下载此文档，当前可试读2页⟧</div>
<div class="rec">⟦l 猜你喜欢：老年人居家适老化改造方案　为民办实事项目实施方案⟧</div>
<div class="ft">⟦d 文档为用户上传，纳川文库仅提供存储服务⟧</div>
</body></html>
""",
        p_html='<p class="reader-p">{}</p>',
        pages=dict(fmt="·p{n}·", every=110, start=2),
        body="""
为切实办好民生实事，改善高龄老人居住条件，经镇党委、政府研究，决定为全镇80周岁以上老人免费安装防蚊纱窗，特制定本方案。
一、实施对象。全镇户籍80周岁以上、居住在自有住房的老人，共计约460户。
二、实施步骤。5月底前由各村（社区）入户摸底，6月份统一组织施工，7月10日前完成验收。
三、资金保障。所需资金约23万元，由镇财政和慈善资金共同承担。
锪山县城南镇人民政府
2025年5月12日
""",
    ),
]
