"""holdout55, part C: 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站, 人事考试网 — a
port-inspection Party branch, a homestay town's Party column, an ear-nose-throat hospital, a
rehabilitation hospital, a drama academy, a radio college, county forums, download stations
and exam sites. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-koan-speech-html-column",
        site="榆湾先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yuwanxf.example.gov.cn/dwgz/2025/0701/1902.html",
        title="在口岸查验单位联合党支部“七一”主题党日上的讲话",
        record_title="【支部风采】在口岸查验单位联合党支部“七一”主题党日上的讲话",
        date="2025-07-01",
        notes="decorated record title; speaker line and date under the title; a study-app prompt between paragraphs",
        page="""
<html><head><title>在口岸查验单位联合党支部“七一”主题党日上的讲话-榆湾先锋网</title></head><body>
<div class="banner">⟦m 榆湾先锋网　榆湾市委组织部主办⟧</div>
<div class="nav">⟦m 首页　组工动态　支部风采　党员教育　人才工作⟧</div>
<div class="pos">⟦m 您的位置：首页 &gt; 支部风采⟧</div>
<h1>{T}</h1>
<p>联合党支部书记　黄海澜</p>
<p>（2025年7月1日）</p>
{BODY}
<div class="edit">⟦m 责任编辑：甘露⟧</div>
<div class="ft">⟦m 主办单位：中共榆湾市委组织部　备案号：桂ICP备09001877号⟧</div></body></html>
""",
        body="""
同志们：
今天是党的生日，我们联合党支部在旅检大厅开展主题党日活动，很有意义。
口岸是国家的大门，我们每一名党员都是守门人。
⟦a 打开“榆湾先锋”APP，参加七一党史答题⟧
希望大家立足岗位，在通关服务中亮身份、作表率，让旅客感受到口岸的温度。
""",
    ),
    dict(
        slug="dangjian-minsu-summary-text",
        site="棠浦党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.tangpu.example.gov.cn/jcdj/2025/1230/5560.html",
        title="棠浦县民宿行业党建工作2025年总结",
        record_title="棠浦县民宿行业党建工作2025年总结",
        date="2025-12-30",
        notes="发布 line is the date; data table kept; share bar and QR prompt",
        page="""
!m 棠浦党建网　|　凝心聚力 服务发展
!m 首页 >> 基层党建 >> 两新组织
{T}
!m 来源：县委社会工作部　发布：2025-12-30　浏览：311
{BODY}
!l 分享：微信　微博　QQ
!a 扫一扫，手机看党建
""",
        body="""
今年，县委社会工作部指导成立县民宿行业党委，推动民宿行业党建从“有形覆盖”向“有效覆盖”转变。
全年新建民宿党支部九个，发展党员十一名，选派党建指导员二十六名。
乡镇　民宿数　党支部数
溪口镇　86　4
竹岭乡　52　3
云坪镇　41　2
明年将继续推进“党建+民宿”示范点建设。
""",
    ),
    dict(
        slug="hospital-erbihou-notice-html-bars",
        site="椒川市耳鼻咽喉医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jcebh.example.com/news/notice/2025/0301-612.html",
        title="关于开展“爱耳日”免费听力筛查活动的通知",
        record_title="关于开展“爱耳日”免费听力筛查活动的通知_医院公告_椒川市耳鼻咽喉医院",
        date="2025-02-26",
        notes="hospital portal: appointment hotline next to the department's own consultation phone (kept); 发布时间 differs (document date expected)",
        date_also=["2025-03-01"],
        page="""
<html><head><title>关于开展“爱耳日”免费听力筛查活动的通知_医院公告_椒川市耳鼻咽喉医院</title></head><body>
<div class="top">⟦m 椒川市耳鼻咽喉医院　三级专科医院⟧ ⟦w 预约挂号：0731-96120⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　医院公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-03-01　点击：1520⟧</div>
{BODY}
<div class="side">⟦l 热点新闻　我院开通听力门诊夜诊　人工耳蜗术后康复讲座⟧</div>
<div class="ft">⟦m 地址：椒川市河西路201号　急诊24小时开放⟧</div></body></html>
""",
        body="""
3月3日是全国爱耳日。为普及听力保健知识，我院定于3月3日至7日开展免费听力筛查活动。
一、筛查对象：六十岁以上老人和十四岁以下儿童。
二、地点：门诊楼二楼听力检查中心。
三、咨询电话：听力中心 0731-8526317。
椒川市耳鼻咽喉医院
2025年2月26日
""",
    ),
    dict(
        slug="hospital-kangfu-news-text",
        site="桤源县康复医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.qykfyy.example.cn/yydt/2025/06/1193.html",
        title="我院举办失语症康复家属课堂",
        record_title="我院举办失语症康复家属课堂 - 桤源县康复医院",
        date="2025-06-18",
        notes="hospital news; byline date; photo caption between paragraphs; a sentence about 扫码关注 kept",
        page="""
!m 桤源县康复医院
!m 当前位置：首页＞医院动态
{T}
!m 2025-06-18　文/图：宣传科 蔺晓
{BODY}
!m 【审核：宣传科】
!l 上一篇：康复科获评市级重点专科
""",
        body="""
6月17日下午，我院言语治疗室举办失语症康复家属课堂，三十余名患者家属参加。
言语治疗师邵芳用图片卡片演示了在家里如何陪患者练习命名和复述。
⟦m 家属们认真学习训练方法⟧
课后，治疗师请家属扫码关注科室的康复小课堂，每周会推送一次家庭训练视频。
""",
    ),
    dict(
        slug="university-xiju-news-html-sidebar",
        site="芷岭戏剧学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zlxj.example.edu.cn/info/1021/8876.htm",
        title="我校原创话剧《灯下》入选省大学生戏剧节",
        record_title=None,
        date="2025-05-23",
        notes="no record title; university news template with 作者/审核/日期; sidebar links",
        page="""
<html><head><title>我校原创话剧《灯下》入选省大学生戏剧节-芷岭戏剧学院新闻网</title></head><body>
<div class="hd">⟦m 芷岭戏剧学院新闻网⟧ ⟦m 学院首页 | 综合新闻 | 教学科研 | 校园文化 | 媒体戏院⟧</div>
<h2>{T}</h2>
<div class="art-info">⟦m 作者：表演系　审核：新闻中心　日期：2025-05-23　阅读：[ 907 ]⟧</div>
{BODY}
<div class="rel">⟦l 【相关阅读】表演系举办毕业大戏公演⟧</div>
<div class="ft">⟦m 芷岭戏剧学院党委宣传部　地址：芷岭市文苑路6号⟧</div></body></html>
""",
        body="""
近日，省大学生戏剧节入围名单公布，我校表演系原创话剧《灯下》成功入选。
该剧讲述了一位乡村电影放映员的故事，由表演系2022级学生集体创作。
剧组将于6月赴省城参加展演，目前正在进行第三轮联排。
""",
    ),
    dict(
        slug="university-wuxiandian-plan-text",
        site="榧城电子信息职业学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.fcdz.example.edu.cn/jwc/2025/0310/446.html",
        title="无线电测向社团2025年春季训练方案",
        record_title="【教务处】无线电测向社团2025年春季训练方案",
        date=None,
        notes="decorated record title; no date in the document (year only in title); 更新于 3天前 relative time is no date; schedule table",
        page="""
!m 榧城电子信息职业学院　教务处
!m 首页 / 学生活动 / 社团
{T}
!m 更新于 3天前　浏览 76
{BODY}
!a 附件下载　打印
!m 版权所有©榧城电子信息职业学院
""",
        body="""
为提高社团成员无线电测向技能，备战省大学生无线电测向锦标赛，特制定本训练方案。
周次　训练内容　地点
第3-5周　测向机使用和方位判断　实训楼B201
第6-9周　短距离测向　学校后山
第10-12周　模拟比赛　市体育公园
训练期间每次集合前清点设备，训练结束后及时充电归还。
""",
    ),
    dict(
        slug="localforum-wenquan-notice-county",
        site="椒川论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.jiaochuan.example.com/thread-77102-1-1.html",
        title="关于温泉路夜间施工临时交通管制的通告",
        record_title="【出行提醒】关于温泉路夜间施工临时交通管制的通告 - 椒川论坛",
        date="2025-08-08",
        notes="county forum repost; post time differs from 成文日期; forum junk glued; a detour table",
        date_also=["2025-08-09"],
        junk=dict(lines=1, glued=1),
        page="""
!m 椒川论坛 » 椒川热点 » 交通出行
!t 【出行提醒】关于温泉路夜间施工临时交通管制的通告
!m 椒川路路通　发表于 2025-8-9 07:56　查看: 5120　回复: 33
{BODY}
!m 本帖最后由 椒川路路通 于 2025-8-9 08:10 编辑
!l 回复楼主　　引用　　举报
!m 2# 泡温泉的猫：终于要修了，晚上绕一下没事
""",
        body="""
因温泉路供水管网改造施工需要，定于2025年8月11日至8月25日每日22时至次日6时，对温泉路（汤池桥至镇政府路段）实行临时交通管制。
管制期间，过往车辆请按以下线路绕行：
车型　绕行线路
小型客车　经滨河路、镇政府路绕行
大中型货车　经环镇北路绕行
请广大驾驶人提前规划出行路线，服从现场交警指挥。
椒川县公安局交通警察大队
2025年8月8日
""",
    ),
    dict(
        slug="localforum-lengku-letter-html",
        site="榴溪生活网 (invented)",
        style="地方论坛",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.liuxilife.example.net/thread/204417",
        title="致冷链物流园周边居民的一封信",
        record_title="致冷链物流园周边居民的一封信",
        date="2025-12-10",
        notes="local-forum page with jammer fonts; the letter's own 联系电话 kept next to the forum's ad phone",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><title>致冷链物流园周边居民的一封信 - 榴溪生活网</title></head><body>
<div class="hd">⟦m 榴溪生活网　榴溪人的网上家园⟧ ⟦w 广告合作：0596-7733200⟧</div>
<div class="pt">⟦m 生活网 › 民生关注 › 帖子⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 物流园小陈　楼主　2025-12-11 09:02⟧</div>
<div class="msg">
{BODY}
</div>
<div class="btn">⟦l 顶一下(19)　踩一下(0)　回复⟧</div>
<div class="hot">⟦l 本版热帖：城东菜市场改造进度　榴溪哪里吃早茶⟧</div></body></html>
""",
        body="""
尊敬的周边居民朋友：
近期，物流园冷库机组调试运行，夜间噪音给大家带来了不便，我们深表歉意。
目前，我们已为机组加装隔音罩，并将冷藏车进出时间调整为早六点至晚十点。
如您仍受到噪音影响，欢迎随时反映，联系电话：0596-7261885。
榴溪冷链物流园管理办公室
2025年12月10日
""",
    ),
    dict(
        slug="download-xiju-speech-fileinfo",
        site="万卷资料站 (invented)",
        style="资料下载站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wanjuanzl.example.com/soft/20931.html",
        title="在县话剧团新剧目首演式上的致辞",
        record_title="在县话剧团新剧目首演式上的致辞.doc下载",
        date="2025-09-26",
        notes="old download station: file-info table, mirror links, dead-link report; date under title",
        page="""
<html><head><meta charset="gbk"><title>在县话剧团新剧目首演式上的致辞.doc下载_万卷资料站</title></head><body>
<table><tr><td>⟦m 万卷资料站　www.wanjuanzl.example.com⟧</td></tr></table>
<table class="info"><tr><td>⟦m 资料大小：26KB⟧</td><td>⟦m 资料格式：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-10-13⟧</td><td>⟦m 下载次数：73⟧</td></tr></table>
<h2>{T}</h2>
<p>县委常委、宣传部部长　司马岚</p>
<p>（2025年9月26日）</p>
{BODY}
<table><tr><td>⟦a 下载地址：电信下载 联通下载 备用下载⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报错⟧</td></tr></table>
<div>⟦d 本站资料来自网络，仅供学习研究，请于下载后24小时内删除⟧</div></body></html>
""",
        body="""
各位来宾，朋友们：
今晚，县话剧团新剧目《渡口》在这里首演，我代表县委宣传部表示热烈祝贺。
这部戏取材于我县老艄公的真实故事，剧组六次下乡采风，三易其稿。
希望剧团以此为新起点，多出精品，多下基层，让群众在家门口看到好戏。
预祝首演圆满成功！
""",
    ),
    dict(
        slug="download-nongji-plan-text-mirrors",
        site="农资料下载网 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://down.nongzl.example.net/plan/8812.html",
        title="2025年农机跨区作业服务工作方案",
        record_title="2025年农机跨区作业服务工作方案.wps",
        date="2025-05-06",
        notes="file-name record title; one-line body; download mirrors; 成文日期 at the end",
        oneline=True,
        indent="　　",
        page="""
!m 农资料下载网 - 三农资料一站下
!m 资料名称：2025年农机跨区作业服务工作方案.wps
!m 授权：免费　语言：简体中文　评分：★★★★☆
{T}
{BODY}
!a 本地高速下载　镜像下载一　镜像下载二
!l 同类资料：农机安全生产月方案｜秸秆还田作业补贴办法
""",
        body="""
为做好2025年“三夏”农机跨区作业服务，确保小麦颗粒归仓，制定本方案。
一、在主要国省道设立农机跨区作业接待服务站八个，为机手提供信息、维修和休息服务。
二、协调交通部门对跨区作业的联合收割机运输车辆落实免费通行政策。
三、各服务站要公布服务电话，二十四小时有人值守。
柘川县农业农村局
2025年5月6日
""",
    ),
    dict(
        slug="exam-shouyu-notice-html-personnel",
        site="芷岭人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zlrsks.example.gov.cn/kwgg/2025/0410/3318.html",
        title="关于2025年公开招聘手语翻译员笔试有关事项的通知",
        date="2025-04-10",
        notes="exam site: the committee's consultation phone kept next to the site's technical line; 准考证 download sentence kept; timetable",
        page="""
<html><head><title>关于2025年公开招聘手语翻译员笔试有关事项的通知</title></head><body>
<div class="hd">⟦m 芷岭市人事考试网⟧ ⟦m 首页 考试公告 成绩查询 证书办理⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-04-10　来源：市人事考试中心⟧</div>
{BODY}
<div class="tools">⟦a [打印] [关闭]⟧</div>
<div class="ft">⟦m 网站技术支持电话：0736-7110090（仅限系统问题）⟧</div></body></html>
""",
        body="""
各位报考人员：
2025年公开招聘手语翻译员笔试定于4月26日举行，现将有关事项通知如下：
一、请于4月22日至25日登录本网站下载并打印准考证。
二、考试安排：
科目　时间
综合知识　9:00-11:00
手语基础　14:30-16:00
三、考生须携带准考证和有效身份证件参加考试。
咨询电话：0736-7120356（市残联人事科）
芷岭市人事考试中心
2025年4月10日
""",
    ),
    dict(
        slug="exam-koan-notice-text-result",
        site="榆湾人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.yuwan.example.gov.cn/gs/2025/0820/119.html",
        title="榆湾市口岸服务中心2025年公开招聘工作人员拟聘用人员公示",
        record_title="榆湾市口岸服务中心2025年公开招聘工作人员拟聘用人员公示_公示公告",
        date="2025-08-20",
        record_date="2025-08-20",
        notes="list of candidates as a table; the 监督电话 of the document kept; 发布 line date equals the document date",
        page="""
!m 榆湾人事考试信息网
!m 您当前位置：首页 > 公示公告
{T}
!m 发布时间：2025/08/20　作者：admin　阅读：2203
{BODY}
!a 【收藏本页】【打印】
!m 主办单位：榆湾市人事考试中心　桂ICP备12007733号
""",
        body="""
根据招聘公告，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：
岗位　姓名　准考证号
通关服务岗　伍晓琳　25080102
综合文秘岗　钟北辰　25080217
公示期为2025年8月20日至8月26日。如有异议，请向市人社局反映。监督电话：0779-2256603。
榆湾市口岸服务中心
2025年8月20日
""",
    ),
]
