"""holdout40, part C: a plant-protection station's Party lecture, a sand-control station's Party column, an
occupational-rehab and a children's rehab hospital, a desert research institute and a marine college, a
county forum's street-lamp repair post and a town forum's beach notice, download stations, special-equipment
operator and lifeguard exams. Invented text; see ../README.md and ../build.py."""


def H(title, top, tail, open_="<div class=\"art-body\">", close="</div>"):
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>'
        + title + "</title>\n<script type=\"text/javascript\">document.oncopy=function(){};</script>\n</head><body>\n"
        + top.strip() + "\n" + open_ + "\n{BODY}\n" + close + "\n" + tail.strip() + "\n</body></html>"
    )


CASES = [
    dict(
        slug="dangjian-hetian-zhibao-lecture-cn-date",
        site="禾甸先锋网 (invented)", style="党建网", genre="讲话稿", kind="speech", form="text",
        source="http://www.htxianfeng.example.gov.cn/dk/2025/0627/1186.html",
        title="把论文写在田野上——在县植保植检站党支部七一专题党课上的讲稿",
        record_title="【七一微党课】把论文写在田野上——在县植保植检站党支部七一专题党课上的讲稿",
        date="2025-06-27",
        notes="Party-building site: decorated title; date under the speech title in Chinese numerals and speaker line neutral; study-points tag glued after the first paragraph; a 'study reminder' and a column list",
        page="""
!m 禾甸先锋网　|　党建引领　基层动态　微党课
!t 【七一微党课】把论文写在田野上——在县植保植检站党支部七一专题党课上的讲稿
（二〇二五年六月二十七日）
站党支部书记　鲁长庚
{BODY}
!a 学习完成后请点击“已学习”，可累计学习积分
!l 微党课栏目：讲好身边的故事 | 七一党课合集 | 支部书记谈初心
!m 中共禾甸县委组织部主办　联系电话：0398-5011002
""",
        body="""
同志们：
今天是七一前夕，我想和大家聊聊植保人的初心。⟦l ＃学习积分+1＃⟧
我们站成立五十年来，一代代植保人把论文写在田野上，把成果留在农民家。
去年夏天稻飞虱暴发，支部党员连续二十天驻村蹲点，帮助农户挽回损失两千多万元。
新形势下，我们要在数字植保、绿色防控上下功夫，让党旗在田间地头高高飘扬。
""",
    ),
    dict(
        slug="dangjian-shaqu-party-column-html",
        site="沙渠县直机关党建 (invented)", style="党建网", genre="工作总结", kind="summary", form="html",
        source="https://dj.shaqu.example.gov.cn/jcdj/2025/1209/774.html",
        title="县治沙站党支部2025年度党建工作总结",
        record_title="县治沙站党支部2025年度党建工作总结_基层党建_沙渠县直机关党建",
        date="2025-12-09",
        notes="Party-building portal in HTML: column suffix title; byline 日期 field; a font-size row and a print link; a hot list sidebar; numbered list kept",
        page=H("县治沙站党支部2025年度党建工作总结_基层党建_沙渠县直机关党建", """
<div class="banner">⟦m 沙渠县直机关党建　旗帜引领　实干担当⟧</div>
<div class="dh">⟦l 首页 | 理论学习 | 基层党建 | 党风廉政 | 党员风采⟧</div>
<h1>⟦t 县治沙站党支部2025年度党建工作总结⟧</h1>
<div class="xx">⟦m 日期：2025-12-09　来源：县治沙站　字数：612⟧</div>
<div class="tools">⟦a 字体 [ 大 中 小 ]　打印此页⟧</div>
""", """
<div class="rd"><h3>⟦l 阅读排行⟧</h3><ol><li>⟦l 县直机关工委召开年度述职评议会⟧</li><li>⟦l 党员志愿服务“进沙区”⟧</li></ol></div>
<div class="ft">⟦m 主办：中共沙渠县直属机关工作委员会　备案号：新ICP备17003385号-3⟧</div>
"""),
        body="""
2025年，站党支部坚持党建与治沙业务深度融合，较好完成了全年各项任务。
1.抓学习。全年开展集中学习十二次，组织党员到防护林一线开展现场教学四次。
2.抓堡垒。建成“沙区党员先锋岗”三个，党员带头承担最苦最累的压沙任务。
3.抓作风。开展作风纪律专项整治，查找并整改问题九个。
明年，支部将继续以党建带队建，推动治沙事业高质量发展。
""",
    ),
    dict(
        slug="hospital-kangning-occupational-rehab-notice",
        site="康宁职业病防治院 (invented)", style="医院官网", genre="通知", kind="notice", form="text",
        source="https://www.knzfy.example.cn/yygg/2025/0415/209.html",
        title="关于开展尘肺病康复站免费康复服务的通知",
        record_title="关于开展尘肺病康复站免费康复服务的通知-康宁职业病防治院",
        date="2025-04-15",
        notes="hospital site: a department's 咨询电话 kept beside the hospital's 24-hour line; a 'booking' button glued after the last line; a service-account follow line; a table of sessions",
        page="""
!m 康宁职业病防治院　|　医院概况　科室导航　就医指南
!m 您的位置：首页 → 医院公告
!t 关于开展尘肺病康复站免费康复服务的通知-康宁职业病防治院
!m 发布时间：2025-04-15　点击：689
{BODY}
!m 24小时急诊电话：0558-2090120
!a 关注“康宁职防院”服务号，在线预约挂号
!d 本站医疗信息仅供参考，不能替代医生面诊。
""",
        body="""
为减轻尘肺病患者痛苦，提高生活质量，我院尘肺病康复站即日起面向全市尘肺病患者提供免费康复服务。
服务内容包括呼吸功能训练、运动康复指导和营养干预。
服务安排
项目　时间　地点
呼吸训练　每周一、三、五上午　康复楼二楼
营养门诊　每周二下午　门诊三楼
咨询电话：0558-2090316（康复科）⟦a 【立即预约】⟧
""",
    ),
    dict(
        slug="hospital-tongxin-children-rehab-html",
        site="童心儿童康复医院 (invented)", style="医院官网", genre="新闻", kind="news", form="html",
        source="https://www.tongxin-rehab.example.com/news/2025/0604/88.html",
        title="我院孤独症谱系障碍早期筛查门诊正式开诊",
        record_title="我院孤独症谱系障碍早期筛查门诊正式开诊",
        record_date="2025-06-04",
        date="2025-06-04",
        notes="hospital news page: a floating booking box, a photo caption between paragraphs; body asks parents to 关注/扫码 as content",
        page=H("我院孤独症谱系障碍早期筛查门诊正式开诊_医院新闻_童心儿童康复医院", """
<div class="top">⟦m 童心儿童康复医院　守护每一个星星的孩子⟧</div>
<div class="nav">⟦l 首页　医院介绍　专家团队　医院新闻　联系我们⟧</div>
<h1>⟦t 我院孤独症谱系障碍早期筛查门诊正式开诊⟧</h1>
<p class="date">⟦m 2025-06-04　医院新闻⟧</p>
""", """
<div class="float">⟦w 在线咨询　预约专家　400-820-7731⟧</div>
<div class="ft">⟦m 童心儿童康复医院 版权所有⟧</div>
"""),
        body="""
6月4日，我院孤独症谱系障碍早期筛查门诊正式开诊，首日接诊儿童二十三名。
门诊由儿童保健科、康复科和心理科专家联合坐诊，面向十八月龄至六岁儿童开展筛查。
⟦m 图：医生为儿童进行发育评估⟧
家长可关注医院服务号预约，也可在门诊大厅扫码填写初筛问卷。
院长吕梦华表示，早发现、早干预是改善孤独症儿童预后的关键。
""",
    ),
    dict(
        slug="university-xibei-desert-institute-news",
        site="西陲大学 (invented)", style="高校官网", genre="新闻", kind="news", form="text",
        source="https://news.xichui.example.edu.cn/info/1003/27715.htm",
        title="我校沙漠研究院在流动沙丘固定技术方面取得新进展",
        record_title="我校沙漠研究院在流动沙丘固定技术方面取得新进展-西陲大学新闻网",
        date="2025-11-18",
        notes="university news: title with -site; a byline with 文/图/编辑; a 'previous/next' and campus-news box; the institute's e-mail kept in the body",
        page="""
!m 西陲大学新闻网　|　综合新闻　学术动态　校园人物
!t 我校沙漠研究院在流动沙丘固定技术方面取得新进展-西陲大学新闻网
!m 作者：文/龚晓霞　图/研究院　编辑：魏琳　发布日期：2025-11-18　浏览：1012
{BODY}
!l 上一条：我校举办第十二届研究生学术论坛
!l 下一条：图书馆开展“书香西陲”阅读月活动
!m 西陲大学党委宣传部　版权所有
""",
        body="""
近日，我校沙漠研究院在流动沙丘固定技术方面取得新进展，相关成果发表在国际期刊上。
研究团队利用微生物结皮技术，在三个月内使试验区沙面形成稳定结皮，固沙效果提高百分之四十。
该技术成本低、见效快，已在两个县的防沙治沙工程中推广应用。
欢迎有合作意向的单位联系研究院，邮箱：desert@xichui.example.edu.cn。
""",
    ),
    dict(
        slug="university-haiyang-college-html-internship",
        site="东滨海洋职业学院 (invented)", style="高校官网", genre="工作方案", kind="plan", form="html",
        source="https://www.dbhy.example.edu.cn/jwc/2025/0301/551.html",
        title="水产养殖技术专业2025届学生顶岗实习工作方案",
        record_title="【教务通知】水产养殖技术专业2025届学生顶岗实习工作方案",
        date="2025-03-01",
        notes="college site: decorated title; placement table one row a paragraph; decimal headings; a download link to attachments as chrome; the document's 附件 line kept",
        page=H("水产养殖技术专业2025届学生顶岗实习工作方案-教务处", """
<div class="head">⟦m 东滨海洋职业学院　教务处⟧</div>
<div class="menu">⟦l 首页 | 教学管理 | 实践教学 | 下载中心⟧</div>
<div class="where">⟦m 当前位置：教务处 >> 实践教学⟧</div>
<h2>⟦t 水产养殖技术专业2025届学生顶岗实习工作方案⟧</h2>
<div class="pub">⟦m 发布者：实践科　发布时间：2025-03-01 16:20⟧</div>
""", """
<div class="att">⟦a 附件下载：实习协议书.doc（点击下载）⟧</div>
<div class="foot">⟦m 地址：东滨市海港大道99号　邮编：266500⟧</div>
"""),
        body="""
1.实习目的
1.1　使学生熟悉虾蟹、海带等养殖生产全过程，提高岗位实践能力。
2.实习安排
实习单位　人数　指导教师
海湾养殖合作社　12　孙浩
菱浦水产科技公司　9　苗红
3.实习要求。学生须遵守实习单位管理制度，每周提交实习周记。
附件：实习协议书
教务处
2025年3月1日
""",
    ),
    dict(
        slug="localforum-fengcheng-streetlamp-repost-junk",
        site="枫垣在线论坛 (invented)", style="地方论坛", genre="通知", kind="notice", form="text",
        source="http://bbs.fengcheng-online.example.com/thread-99812-1-1.html",
        title="关于城区部分路段路灯检修期间临时熄灯的通告",
        record_title="【民生】关于城区部分路段路灯检修期间临时熄灯的通告（附路段）",
        date="2025-08-15",
        date_also=["2025-08-16"],
        notes="county forum repost with anti-scraping junk; a decorated title; the post time differs from the notice's date; a detour table kept; a forum ad line",
        junk=dict(lines=1, glued=1),
        page="""
!m 枫垣在线 » 民生资讯 » 帖子详情
!t 【民生】关于城区部分路段路灯检修期间临时熄灯的通告（附路段）
!m 热心市民阿强　发表于 2025-8-16 07:55　|　查看 2306　回复 14
{BODY}
!w 本版广告：城区家电维修上门服务，电话139 0716 5521
!l 沙发　阿梅：晚上出门注意安全
!l 板凳　路人丙：终于要修了
!a 快速回复　发表帖子
""",
        body="""
因城区路灯线路改造需要，定于8月18日至8月22日对下列路段路灯进行检修，检修期间临时熄灯。
路段　熄灯时间
人民路（东门至西门）　8月18日至19日
滨江大道（全段）　8月20日至22日
请过往车辆和行人注意安全，减速慢行。如有疑问，请拨打路灯所值班电话0795-4412306。
枫垣市路灯管理所
2025年8月15日
""",
    ),
    dict(
        slug="localforum-shitang-beach-notice-html",
        site="砚塘镇论坛 (invented)", style="地方论坛", genre="通告", kind="notice", form="html",
        source="https://www.shitangbbs.example.net/viewthread.php?tid=4471",
        title="砚塘镇关于禁止在未开放海域游泳的通告",
        record_title="砚塘镇关于禁止在未开放海域游泳的通告 - 乡镇公告 - 砚塘镇论坛",
        date="2025-07-05",
        notes="town forum HTML (PHPWind-like): poster info card, floor number, a quoted reply, signature line, a 'report' link; relative reply times are not dates",
        page=H("砚塘镇关于禁止在未开放海域游泳的通告 - 乡镇公告 - 砚塘镇论坛", """
<div class="logo">⟦m 砚塘镇论坛　砚塘人自己的家⟧</div>
<div class="bread">⟦m 论坛首页 › 乡镇公告⟧</div>
<h1>⟦t 砚塘镇关于禁止在未开放海域游泳的通告⟧</h1>
<div class="user">⟦m 楼主：镇宣传办　帖子 312　注册 2019-03-07⟧</div>
<div class="floor">⟦m 1#　发布于 2025-07-05 16:40⟧</div>
""", """
<div class="sig">⟦m ——砚塘镇人民政府官方账号——⟧</div>
<div class="reply">⟦l 2#　海边长大的：支持！每年都有出事的。　2小时前⟧</div>
<div class="act">⟦a 回复　引用　举报⟧</div>
"""),
        body="""
为保障群众生命安全，根据有关规定，现就禁止在未开放海域游泳有关事项通告如下。
一、本镇除金沙湾海水浴场外，其余海域均为未开放海域，严禁游泳、戏水。
二、请家长切实履行监护责任，严禁未成年人结伴到海边、水库游泳。
三、发现险情请立即拨打110或镇应急值班电话0576-8730110。
砚塘镇人民政府
2025年7月5日
""",
    ),
    dict(
        slug="download-ruanzi-cylinder-plan-file-info",
        site="软资下载站 (invented)", style="资料下载站", genre="工作方案", kind="plan", form="text",
        source="http://www.ruanzi-down.example.com/soft/doc/72218.html",
        title="气瓶充装站安全隐患排查治理工作方案",
        record_title="气瓶充装站安全隐患排查治理工作方案.doc下载",
        date=None,
        notes="download-station text page: file-info lines, mirror links, 'report dead link', a preview section; no date (update stamp only)",
        page="""
!m 软资下载站 → 文档资料 → 安全管理
!t 气瓶充装站安全隐患排查治理工作方案.doc下载
!m 资料大小：38KB　资料语言：简体中文　更新时间：2025-06-30 11:02
!m 授权方式：免费资料　运行环境：Word/WPS
!a 资料预览：
{BODY}
!a 下载地址：电信下载一　联通下载二　备用下载
!l 下载出错？点此报告死链
!d 本站资料均来自互联网，仅供学习研究，请于下载后24小时内删除。
""",
        body="""
为深入排查气瓶充装站安全隐患，防范各类事故发生，制定本方案。
一、排查范围：全区十二家液化石油气、工业气体气瓶充装单位。
二、排查重点：充装人员持证情况、充装前后检查记录、超期未检气瓶处置等。
三、工作步骤：企业自查、部门检查、集中整治三个阶段，10月底前完成。
""",
    ),
    dict(
        slug="download-tiansheng-html-old-mirrors",
        site="天晟资料网 (invented)", style="资料下载站", genre="工作总结", kind="summary", form="html",
        source="http://www.tiansheng-zl.example.net/down/6620.htm",
        title="2025年上半年海水浴场安全管理工作总结",
        record_title="2025年上半年海水浴场安全管理工作总结",
        date="2025-07-10",
        notes="old ASP download page: a file-info table, star rating, three mirror links and a dead-link report; the summary's signature date at the end",
        page=H("2025年上半年海水浴场安全管理工作总结 - 天晟资料网", """
<table width="100%"><tr><td>⟦m 天晟资料网　资料齐全　下载飞快⟧</td></tr></table>
<table class="info"><tr><td>⟦m 资料名称：2025年上半年海水浴场安全管理工作总结⟧</td></tr>
<tr><td>⟦m 资料类别：工作总结　推荐星级：★★★★☆⟧</td></tr><tr><td>⟦m 添加时间：2025-07-21⟧</td></tr></table>
<div class="yl">⟦a 【资料简介】⟧</div>
""", """
<table><tr><td>⟦a 本地下载一⟧</td><td>⟦a 本地下载二⟧</td><td>⟦a 网通下载⟧</td></tr></table>
<div>⟦l 如果下载地址失效，请点击这里报告错误⟧</div>
<div>⟦m Copyright © 天晟资料网 All Rights Reserved⟧</div>
""", open_="<div class=\"jj\">"),
        body="""
上半年，度假区管委会认真落实海水浴场安全管理责任，浴场开放以来未发生溺水死亡事故。
一是配齐救生力量，招聘持证救生员四十二名，设置瞭望塔十一座。
二是加强警示提醒，在沿岸设置警示牌一百二十块，广播每半小时播报一次安全提示。
三是开展应急演练，联合消防、医疗部门组织海上救援演练两次。
旅游度假区管委会
2025年7月10日
""",
    ),
    dict(
        slug="exam-renkao-special-equipment-timetable",
        site="北原市人事考试网 (invented)", style="人事考试网", genre="通知", kind="notice", form="text",
        source="http://www.bypta.example.gov.cn/kwgg/2025/0512/1880.html",
        title="关于2025年第二批特种设备作业人员考试有关事项的通知",
        record_title="【考务公告】关于2025年第二批特种设备作业人员考试有关事项的通知",
        date="2025-05-12",
        notes="exam site: decorated title; a timetable kept; the exam office's 咨询电话 beside the site's technical-support line; body tells candidates to 打印 and 下载 准考证; a 'scan for results' box",
        page="""
!m 北原市人事考试网　公平　公正　便民
!m 首页 > 考务公告 > 正文
!t 【考务公告】关于2025年第二批特种设备作业人员考试有关事项的通知
!m 发布时间：2025-05-12 10:00　来源：考务科
{BODY}
!m 网站技术支持电话：0471-6659900（仅限网站使用问题）
!a 微信扫码查询考试成绩
!m 北原市人事考试中心　版权所有
""",
        body="""
各报考人员：
2025年第二批特种设备作业人员考试定于6月7日举行，现将有关事项通知如下。
考试科目　时间
理论考试　6月7日9:00-10:30
实际操作　6月7日13:30-17:00
考生须于6月3日至6日登录报名系统下载并打印准考证，凭准考证和身份证参加考试。
考务咨询电话：0471-6659312
北原市人事考试中心
2025年5月12日
""",
    ),
    dict(
        slug="exam-donghai-lifeguard-html-floatbox",
        site="东溆市人事考试网 (invented)", style="人事考试网", genre="公告", kind="notice", form="html",
        source="https://rsks.donghai.example.gov.cn/tzgg/20250320/3319.html",
        title="东溆市2025年公开招聘专职救生员面试公告",
        record_title="东溆市2025年公开招聘专职救生员面试公告",
        date="2025-03-20",
        notes="exam HTML: a floating consult box, a 'related announcements' list, an interviewee table with cells apart by ideographic spaces kept, the document's 咨询电话 kept",
        page=H("东溆市2025年公开招聘专职救生员面试公告", """
<div class="hd">⟦m 东溆市人事考试网⟧ <span>⟦a 考生登录　注册⟧</span></div>
<div class="lm">⟦m 首页 > 招聘公告⟧</div>
<h1>⟦t 东溆市2025年公开招聘专职救生员面试公告⟧</h1>
<div class="sj">⟦m 发布日期：2025-03-20　浏览：4721⟧</div>
""", """
<div class="xg">⟦l 相关公告：东溆市2025年公开招聘专职救生员笔试成绩公示⟧</div>
<div class="kefu">⟦w 在线客服　工作日 9:00-17:00⟧</div>
<div class="ft">⟦m 主办：东溆市人力资源和社会保障局　浙ICP备05011327号⟧</div>
"""),
        body="""
根据招聘公告，现将面试有关事项公告如下。
一、面试人员名单
准考证号　姓名　岗位
2025031007　尚志远　救生员一
2025031022　苗小琪　救生员二
二、面试时间和地点：3月29日上午8:00，市游泳馆二楼。
三、面试形式为结构化面试加游泳技能测试。
咨询电话：0580-2281066
东溆市人力资源和社会保障局
2025年3月20日
""",
    ),
]
