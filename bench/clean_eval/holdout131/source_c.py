"""holdout131, part C: collections, Party-building, hospitals, universities, local forums, download sites, exam sites. Invented text."""

CASES = [
    dict(
        slug="anthology-dombra-maker-html-chapter",
        site="琴声集（个人文集） (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://qinshengji.zuopin.cn/chapter/14",
        title="榧原冬不拉琴坊记",
        record_title="第十四章 榧原冬不拉琴坊记 - 琴声集",
        date=None,
        notes="collection chapter page; no date (only a year in passing); chapter navigation and reader chrome",
        page="""
<html><head><meta charset="utf-8"><title>第十四章 榧原冬不拉琴坊记 - 琴声集</title></head>
<body>
<div class="bookbar">⟦m 琴声集⟧ ⟦m 作者：叶尔兰⟧ <a>⟦a 加入书架⟧</a> <a>⟦a 夜间模式⟧</a> <a>⟦a 字号 A- A+⟧</a></div>
<div class="chapnav">⟦l 上一章⟧ ⟦l 目录⟧ ⟦l 下一章⟧</div>
<h2>{T}</h2>
<div class="content">
{BODY}
</div>
<div class="chapnav">⟦l 上一章：牧场上的歌⟧ ⟦l 下一章：老阿肯⟧</div>
<div class="foot">⟦d 本书由作者授权发布，禁止转载。⟧ ⟦m 本章字数：598⟧</div>
</body></html>
""",
        body="""
榧原镇东头有一间不大的琴坊，门口挂着一把没上弦的冬不拉。琴坊的主人叫努尔兰，做琴已经四十多年了。
做一把好冬不拉，要选三年以上自然风干的桑木或松木。琴身要整块挖空，琴板薄到对着太阳能透出光来。努尔兰说，琴板厚一分，声音就闷一分；薄一分，琴就容易裂。
他做琴不用图纸，全凭手感。刨子推过去，他会停下来用指节敲一敲，听一听，再推。一把琴从选料到上弦，要一个多月。
前些年，来学做琴的年轻人少了，努尔兰有点着急。后来镇上的学校开了冬不拉课，孩子们放学就跑来看他做琴，有几个还跟着学会了刨琴板。
离开琴坊的时候，他把一把刚做好的琴递给我，让我弹一下。我不会弹，只拨了一根弦，那声音在小屋里转了好久。
""",
    ),
    dict(
        slug="dangjian-muqam-speech-party-day",
        site="柘源党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.zheyuan.gov.cn/djdt/202407/t20240701_5531.html",
        title="在木卡姆艺术团党支部“七一”主题党日活动上的讲话",
        record_title="在木卡姆艺术团党支部“七一”主题党日活动上的讲话-柘源党建网",
        date="2024-07-01",
        notes="Party-building site; date under the title; speaker line neutral; share bar between paragraphs",
        page="""
!m 柘源党建网　　　旗帜引领 · 党建先行
!m 首页 ＞ 基层动态 ＞ 支部风采
{T}
县文化体育广电和旅游局党组书记　阿依古丽
（2024年7月1日）
!m 发布时间：2024-07-02　来源：县委组织部　【大 中 小】
{BODY}
!l 【上一篇】县直机关工委开展党务干部轮训
!l 【下一篇】乡镇党委书记抓党建述职评议会召开
!m 主办：中共柘源县委组织部　技术支持：县党建信息中心
""",
        body="""
同志们：
今天是党的生日。我们来到木卡姆艺术团，和支部的同志们一起过主题党日，重温入党誓词，观看老艺人的专场演出，很受教育。
艺术团党支部有党员14名，其中国家级传承人1名。这些年，支部坚持“党员上台在前、下乡在前”，每年带队下乡演出五十场以上，把党的声音唱进了牧区和农家。
⟦l 分享到：微信 ｜ 微博 ｜ 复制链接⟧
借此机会，我提三点希望：一是坚持把政治建设放在首位，认真组织好党纪学习教育；二是坚持守正创新，既保护好经典套曲，又创作群众喜闻乐见的新作品；三是坚持培养年轻人，让每一名老党员、老艺人都带出徒弟来。
同志们，让我们以更加饱满的热情做好工作，为建设文化强县贡献力量！
""",
    ),
    dict(
        slug="dangjian-film-festival-summary-html",
        site="榆滨机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://jgdj.yubin.gov.cn/zbjs/2024/1015/22817.html",
        title="电影节组委会临时党支部工作总结",
        record_title="【支部工作】电影节组委会临时党支部工作总结",
        date="2024-10-12",
        notes="decorated record title; modern Party-building template with sidebar; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>电影节组委会临时党支部工作总结 - 榆滨机关党建</title></head>
<body>
<header>⟦m 榆滨机关党建⟧ <nav>⟦m 首页 / 理论学习 / 支部建设 / 党员风采 / 机关作风⟧</nav></header>
<div class="crumbs">⟦m 当前位置 > 支部建设 > 工作交流⟧</div>
<main><h1>{T}</h1>
<div class="info">⟦m 发布日期：2024-10-15　信息来源：市委市级机关工委　字体：[大][中][小]⟧</div>
{BODY}
<div class="bot">⟦a 打印本文⟧ ⟦a 关闭窗口⟧</div></main>
<aside><h4>⟦l 学习专栏⟧</h4><ul><li>⟦l 党纪学习教育应知应会⟧</li><li>⟦l 机关党建“三化”建设指引⟧</li></ul></aside>
<footer>⟦m 中共榆滨市委市级机关工作委员会 主办⟧ ⟦m 鲁ICP备17009254号-3⟧</footer>
</body></html>
""",
        body="""
为确保第五届榆滨海岸电影节各项工作顺利进行，8月初，市委市级机关工委批准成立电影节组委会临时党支部，由抽调到组委会的17名党员组成。现将工作总结如下。
一是把支部建在项目上。支部按展映、宣传、接待、安保四个工作组设立四个党小组，每个党小组长由工作组负责人担任，做到工作推进到哪里、党的组织就覆盖到哪里。
二是党员带头攻坚。在露天放映点布设、雨天应急转场等急难任务中，党员组成突击队，先后完成夜间转场3次，保证了放映零中断。
三是严守纪律规矩。支部专题学习中央八项规定精神，对嘉宾接待、赞助管理等环节建立台账，活动期间未发生违规违纪问题。
电影节闭幕后，临时党支部将按程序撤销，党员的现实表现由支部书面反馈至所在单位党组织。
电影节组委会临时党支部
2024年10月12日
""",
    ),
    dict(
        slug="hospital-torch-festival-news-burns",
        site="樗川县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cchospital.cn/news/yydt/2024-08-02/1793.html",
        title="我院圆满完成火把节医疗保障任务",
        record_title="我院圆满完成火把节医疗保障任务_樗川县人民医院",
        date="2024-08-02",
        notes="hospital site; department's 咨询电话 kept next to the hospital's 预约 line; photo caption inside the body",
        page="""
<html><head><meta charset="utf-8"><title>我院圆满完成火把节医疗保障任务_樗川县人民医院</title></head>
<body>
<div class="head">⟦m 樗川县人民医院　二级甲等综合医院⟧ <span>⟦w 预约挂号：0834-6612120（7×24小时）⟧</span></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 新闻中心⟧</li></ul>
<div class="loc">⟦m 首页 › 新闻中心 › 医院动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：宣传科 沙马阿果　时间：2024-08-02　点击：509⟧</div>
<div class="article">
{BODY}
</div>
<div class="prev-next">⟦l 上一篇：我院开展夏季防溺水义诊⟧<br>⟦l 下一篇：烧伤整形科新增两张负压病床⟧</div>
<div class="foot">⟦m 地址：樗川县火把广场东路16号⟧ ⟦m 川ICP备15021038号⟧ ⟦d 本网站信息仅供参考，不作为诊断依据。⟧</div>
</body></html>
""",
        body="""
7月28日至8月1日，第十二届彝族火把节在我县举行。节会期间，我院派出医护人员42人次、救护车3辆，在火把广场、斗牛场和摔跤场设立医疗救护点，圆满完成医疗保障任务。
五天里，各救护点共接诊群众和游客317人次，其中轻度烧烫伤89人次、外伤56人次、中暑和醉酒42人次，转运入院治疗4人，无一例危重伤员。
⟦m 图为医护人员在火把广场救护点为游客处理烫伤。⟧
烧伤整形科提前储备了烧伤敷料和药品，安排专家24小时在院值守。科室提醒，被火把烫伤后应立即用流动冷水冲洗15到20分钟，不要涂抹牙膏、酱油，也不要自行挑破水疱。
烧伤整形科咨询电话：0834-6612388
""",
    ),
    dict(
        slug="hospital-gymnastics-notice-text-clinic",
        site="苧川区中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhuchuanzyy.com/tzgg/245.html",
        title="关于开设青少年运动损伤专病门诊的通知",
        record_title="关于开设青少年运动损伤专病门诊的通知",
        date=None,
        notes="hospital notice with no date anywhere in the document (only a relative publish time); schedule table kept; 预约 sentence kept",
        page="""
!m 苧川区中医医院 | 大医精诚
!m 首页 - 医院公告
{T}
!m 发布：医务科　　2天前　　浏览 266
{BODY}
!w 健康咨询热线 400-611-2025（工作日8:00—17:30）
!a 关注医院服务号，查报告、缴费更方便
!m 版权所有 © 苧川区中医医院　　地址：苧川区建设北路55号
""",
        body="""
随着我区艺术体操、舞蹈等青少年体育项目的普及，因训练造成的踝关节扭伤、腰背劳损等运动损伤日益增多。为方便患儿就诊，我院骨伤科开设青少年运动损伤专病门诊。
一、出诊安排
时间　出诊医生　职称
周二上午　钱承宇　主任医师
周四下午　方若晴　副主任医师
周六上午　钱承宇　主任医师
二、诊疗项目
运动损伤评估、手法整复、针灸推拿、中药熏洗及康复训练指导。
三、就诊方式
患儿家长可通过医院服务号提前一周预约，也可到门诊一楼挂号窗口现场挂号。首次就诊请携带既往检查资料。
""",
    ),
    dict(
        slug="university-ballroom-news-html-college",
        site="蕨岭师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jlnu.edu.cn/info/1021/38817.htm",
        title="我校体育舞蹈队在全省大学生体育舞蹈锦标赛中获佳绩",
        record_title="我校体育舞蹈队在全省大学生体育舞蹈锦标赛中获佳绩-蕨岭师范学院新闻网",
        date="2024-12-09",
        notes="university news site; byline date; 审核 line chrome; results table kept",
        page="""
<html><head><meta charset="utf-8"><title>我校体育舞蹈队在全省大学生体育舞蹈锦标赛中获佳绩-蕨岭师范学院新闻网</title></head>
<body>
<div class="top">⟦m 蕨岭师范学院新闻网⟧ ⟦m 学院主页⟧ ⟦m English⟧</div>
<div class="menu">⟦m 首页 | 学院要闻 | 综合新闻 | 院部动态 | 媒体师院⟧</div>
<h1>{T}</h1>
<div class="artinfo">⟦m 来源：体育学院　作者：吴思涵　摄影：胡岳　日期：2024-12-09　点击：⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="shenhe">⟦m 初审：马骁　复审：孙蔓　终审：田立⟧</div>
<div class="foot">⟦m 版权所有：蕨岭师范学院党委宣传部　地址：蕨岭市师院路1号⟧</div>
</body></html>
""",
        body="""
12月6日至8日，全省大学生体育舞蹈锦标赛在省体育馆举行。我校体育舞蹈队12名队员参加了拉丁舞和标准舞共9个项目的比赛，获得金牌2枚、银牌3枚。
主要获奖情况如下：
项目　选手　成绩
拉丁舞青年组伦巴单项　周子墨/冯曦　第一名
标准舞青年组华尔兹单项　蒋一鸣/安楠　第一名
拉丁舞集体舞　体育舞蹈队　第二名
据了解，我校体育舞蹈队组建于2016年，队员全部来自体育学院社会体育指导与管理专业。赛前，队员们利用课余时间集训两个月，每天训练三小时以上。
""",
    ),
    dict(
        slug="university-font-course-plan-text",
        site="檀口工艺美术职业学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.tkgm.edu.cn/jwc/info/1005/6621.htm",
        title="字体设计专业校企合作实训教学实施方案",
        record_title="字体设计专业校企合作实训教学实施方案-教务处",
        date="2024-08-30",
        notes="college academic-affairs page; numbered lists; 成文日期 in Chinese numerals; 下载 sentence in the body",
        page="""
!m 檀口工艺美术职业学院 教务处
!m 首页 > 教学管理 > 实践教学
{T}
!m 发布者：教务处　　时间：2024-09-02 15:11　　阅读：403
{BODY}
!a 附件【实训教学实施方案.docx】已下载156次
!l 相关链接：实训周安排表　校外实训基地名单
!m 地址：檀口市职教园区学府路9号　邮编：362100　电话：0595-22610033
""",
        date_also=["2024-09-02"],
        body="""
为提高字体设计专业学生的实践能力，学院与檀口字库有限公司共建实训基地，制定本方案。
一、实训对象
字体设计专业2022级全体学生，共58人。
二、实训安排
1.第一阶段（第1—4周）：在校内工作室学习字库设计软件和汉字结构规范，由企业设计师每周授课两次。
2.第二阶段（第5—12周）：分组进入企业项目组，参与修字、审字工作，每人完成不少于500个字形。
3.第三阶段（第13—16周）：独立完成一套不少于300字的标题字体设计并答辩。
三、考核办法
实训成绩由企业导师评价（50%）、校内导师评价（30%）和答辩成绩（20%）组成。
四、有关要求
学生须遵守企业保密规定，项目字形文件不得拷贝带出。实训日志模板请学生自行在教务系统“实践教学”栏目下载，每周五提交。
檀口工艺美术职业学院教务处
二〇二四年八月三十日
""",
    ),
    dict(
        slug="localforum-roundabout-post-oneline",
        site="楸原在线 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.qiuyuanzx.com/thread-60218-1-1.html",
        title="城东环岛改造施工期间交通组织公告",
        record_title="【出行提醒】城东环岛改造施工期间交通组织公告（附绕行图）",
        date="2025-03-01",
        date_also=["2025-03-02"],
        notes="county forum repost; body on one line; post time differs from the document date",
        page="""
!m 楸原在线 › 楸原民生 › 交通出行
!t 【出行提醒】城东环岛改造施工期间交通组织公告（附绕行图）
!m 楼主：楸原小喇叭　发表于 2025-3-2 08:05　查看 4096　回复 57
{BODY}
!a 本帖图片需登录后查看，请先登录或注册账号
!l 2楼 老城区的猫：终于要改了，每天早上堵半小时
!l 3楼 骑电驴的小王：电动车怎么走？
!m 楸原在线 版权所有　客服QQ群：60218xxxx
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
因城东环岛改造工程施工需要，自2025年3月10日起至2025年8月10日，人民路与迎宾大道交叉口实行半幅封闭施工。现将施工期间交通组织公告如下：
一、由北向南行驶的车辆经纬二路、建设路绕行；由东向西行驶的大型货车禁止驶入迎宾大道。
二、公交3路、7路临时改道，具体站点以公交公司公告为准。
三、行人和非机动车请沿施工围挡内侧临时通道通行，注意避让施工车辆。
给您出行带来的不便，敬请谅解。
楸原县公安局交通管理大队　楸原县住房和城乡建设局
2025年3月1日
""",
    ),
    dict(
        slug="localforum-water-splash-volunteer-html",
        site="楝湖论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.lianhubbs.com/t/44810",
        title="泼水节志愿服务招募倡议书",
        record_title="泼水节志愿服务招募倡议书 - 楝湖论坛",
        date="2025-03-20",
        notes="local forum HTML; the document's own 报名 contacts kept; 扫码报名 sentence in body; floor replies chrome",
        page="""
<html><head><meta charset="utf-8"><title>泼水节志愿服务招募倡议书 - 楝湖论坛</title></head>
<body>
<div class="hd">⟦m 楝湖论坛⟧ ⟦m 楝湖人自己的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="bread">⟦m 楝湖论坛 » 楝湖杂谈 » 公益活动⟧</div>
<div class="thread">
<h1>{T}</h1>
<div class="pi">⟦m 楼主 团县委小杨　发表于 2025-3-21 11:20⟧</div>
{BODY}
</div>
<div class="reply">⟦l 沙发 ｜ 椰林阿哥：已报名，去年也参加了⟧</div>
<div class="reply">⟦l 板凳 ｜ 小卜哨：学生可以报吗？⟧</div>
<div class="ft">⟦m 楝湖论坛 2008-2025⟧ ⟦d 论坛言论仅代表网友个人观点⟧</div>
</body></html>
""",
        date_also=["2025-03-21"],
        body="""
亲爱的朋友们：
一年一度的泼水节即将到来。为让各地游客玩得安全、玩得舒心，共青团楝湖县委员会、县志愿者协会面向社会招募泼水节志愿者200名。
一、服务时间：2025年4月12日至15日。
二、服务岗位：交通引导、游客咨询、医疗辅助、文明劝导、失物招领。
三、招募条件：年满18周岁，身体健康，能熟练使用汉语或傣语，能够全程参加服务。
四、报名方式：扫描团县委公众号文章中的二维码填写报名表，报名截止到4月5日。
报名联系人：刀玉婷　电话：0879-7130521
让我们用热情和微笑，为家乡的节日添彩！
共青团楝湖县委员会
2025年3月20日
""",
    ),
    dict(
        slug="download-floorball-rules-file-info-table",
        site="绿野资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvyezl.com/soft/tiyu/12088.html",
        title="枳城区旱地冰球联赛竞赛规程",
        record_title="枳城区旱地冰球联赛竞赛规程.doc下载",
        date=None,
        notes="old table layout of a download station: file-info table, mirror links and a dead-link report; no date (year in passing only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>枳城区旱地冰球联赛竞赛规程.doc下载 - 绿野资料站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 绿野资料站 www.lvyezl.com⟧</td><td>⟦m 免费资料 天天更新⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 文档资料 → 体育竞赛⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td>⟦m 资料名称：枳城区旱地冰球联赛竞赛规程.doc⟧</td><td>⟦m 资料大小：46 KB⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 更新时间：2024-06-18⟧</td></tr>
<tr><td>⟦m 运行环境：Word/WPS⟧</td><td>⟦m 下载次数：271⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<table width="980" align="center"><tr><td>⟦a 下载地址：电信下载一　联通下载二　本地高速下载⟧</td></tr>
<tr><td>⟦a 下载不了？点此报告死链⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧ ⟦m 冀ICP备11007752号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范枳城区旱地冰球联赛的组织工作，制定本规程。
第二条　联赛由区文体旅局主办，区旱地冰球协会承办，各街道、学校和企业均可组队报名。
第三条　每队报名运动员不超过16人、教练员2人，比赛每方上场5名队员和1名守门员。
第四条　比赛采用国际旱地冰球联合会最新竞赛规则，每场比赛三节，每节15分钟。
第五条　运动员须佩戴护目镜，守门员须佩戴头盔和护具，未按规定佩戴的不得上场。
第六条　各队须为参赛人员购买比赛期间意外伤害保险，报名时提交保单复印件。
第七条　本规程由区旱地冰球协会负责解释。
""",
    ),
    dict(
        slug="download-guozhuang-teaching-plan-text",
        site="学海资料库 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="text",
        source="https://www.xuehaiziliao.net/jiaoan/yinyue/70315.html",
        title="锅庄舞进课堂第一课时教学设计",
        record_title=None,
        date=None,
        notes="download site, title missing from the record; no date; download buttons around; numbered steps kept",
        page="""
!m 学海资料库 — 教案 课件 试题 一网打尽
!m 您的位置：首页 ＞ 教案 ＞ 音乐 ＞ 民族舞蹈
{T}
!m 资料类型：教学设计　　适用年级：七年级　　授权方式：共享　　人气：884
!a ▶ 点击下载（已有114人下载）　▶ 下载帮助
{BODY}
!a 如果下载链接失效，请在评论区留言，管理员会尽快修复。
!l 同类资料：藏族舞蹈欣赏课件 ｜ 民族团结主题班会教案 ｜ 七年级音乐期末测试
!d 声明：本站资料由教师上传，仅供教学参考使用。
""",
        body="""
教学目标：
1.了解锅庄舞的起源和特点，感受民族舞蹈的热情与团结；
2.学会锅庄舞基本步“踏步转身”和“甩袖”两个动作；
3.能够跟随音乐围圈完成一段八拍组合。
教学重点：踏步转身时重心的转换。
教学难点：甩袖动作与步伐的协调配合。
教学过程：
一、导入（5分钟）：播放牧区群众跳锅庄的视频，请学生说说看到了什么。
二、新授（20分钟）：教师分解示范基本步，学生分组练习，小组长互相纠正。
三、组合练习（12分钟）：全班围成圆圈，跟随音乐完成八拍组合，由慢到快练习三遍。
四、小结（3分钟）：请学生谈谈学习锅庄舞的感受，布置课后向家人表演的作业。
""",
    ),
    dict(
        slug="exam-model-un-teacher-notice-html",
        site="椴岭市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.dlrsks.gov.cn/ksxx/sydw/202405/t20240520_3082.html",
        title="椴岭中学2024年公开招聘外语教师面试公告",
        record_title="椴岭中学2024年公开招聘外语教师面试公告",
        date="2024-05-20",
        notes="personnel-exam site; interview schedule table; 打印面试通知书 sentence kept; exam committee's 咨询电话 next to site technical line",
        page="""
<html><head><meta charset="utf-8"><title>椴岭中学2024年公开招聘外语教师面试公告</title></head>
<body>
<div class="head">⟦m 椴岭市人事考试网⟧ <span>⟦m 椴岭市人事考试中心主办⟧</span></div>
<div class="nav">⟦m 首页 | 考试信息 | 成绩查询 | 证书办理 | 政策法规⟧</div>
<div class="crumb">⟦m 您当前的位置：首页 >> 考试信息 >> 事业单位⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 【发布日期：2024-05-20】【字体：大 中 小】⟧</div>
<div class="body">
{BODY}
</div>
<div class="help">⟦w 网站技术支持电话：0871-63310077（仅限网站使用问题）⟧</div>
<div class="foot">⟦m 椴岭市人事考试中心 版权所有⟧ ⟦m 滇ICP备10004221号⟧</div>
</body></html>
""",
        body="""
根据《椴岭中学2024年公开招聘外语教师公告》，经笔试和资格复审，现将面试有关事项公告如下：
一、面试时间和地点
2024年5月26日上午8:00，地点：椴岭中学行政楼四楼会议室。
二、面试形式
面试采取试讲加答辩的方式，试讲15分钟，答辩5分钟。试讲内容为初中英语教材指定课文，考生可结合模拟联合国等课外活动设计教学环节。
三、面试人员名单
岗位　姓名　准考证号
初中英语　林语桐　2024050112
初中英语　贺晓澄　2024050127
初中法语　欧阳岚　2024050203
四、其他事项
考生须于5月24日后登录本网站打印面试通知书，面试当天凭通知书和身份证原件入场。
咨询电话：0871-63378210
椴岭中学
2024年5月20日
""",
    ),
]
