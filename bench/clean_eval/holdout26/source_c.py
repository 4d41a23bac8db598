"""holdout26, part C: an audit bureau's and a railway station's Party columns, a dermatology
hospital and a health-check centre, a university of finance and an aviation vocational
college, two county forums, two download stations and two exam sites (tobacco-system and
bank recruitment). Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-shenji-audit-party-lecture-html",
        site="蓟原县审计局党建专栏 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://sjj.jiyuan.example.gov.cn/djzl/2025/0701/66.html",
        title="以审计监督守护民生资金——在局机关七一专题党课上的讲稿",
        record_title="【微党课】以审计监督守护民生资金——在局机关七一专题党课上的讲稿",
        date="2025-06-30",
        notes="Party column: a red banner slogan, a decorated title, speaker and date under the title (neutral; date taken), a '学习强国' style share row, a 'study check-in' button, a column list",
        page="""
<html><head><meta charset="utf-8"><title>以审计监督守护民生资金_党建专栏_蓟原县审计局</title></head><body>
<div class="banner">⟦m 蓟原县审计局 · 党建专栏⟧ ⟦m 不忘初心　依法审计⟧</div>
<div class="crumb">⟦m 首页 ＞＞ 党建专栏 ＞＞ 党课讲堂⟧</div>
<h1>⟦t 【微党课】以审计监督守护民生资金——在局机关七一专题党课上的讲稿⟧</h1>
<p class="sp">局党组书记、局长　闵卫东</p>
<p class="sp">（2025年6月30日）</p>
<div class="txt">
{BODY}
</div>
<div class="check">⟦a 我已学习，点击打卡⟧</div>
<div class="share">⟦l 转发到：朋友圈 ｜ QQ空间 ｜ 学习群⟧</div>
<div class="list"><b>⟦l 党课讲堂⟧</b><p>⟦l 审计人的初心与使命（上）⟧</p><p>⟦l 廉洁从审十二条解读⟧</p></div>
<div class="ft">⟦m 蓟原县审计局主办　联系电话：0719-3357810⟧</div>
</body></html>
""",
        body="""
同志们：
今天，借“七一”这个特殊的日子，我和大家一起交流一个题目：以审计监督守护民生资金。
民生资金是老百姓的“保命钱”“救急钱”。去年，我局对全县养老、医保、低保等九项民生资金开展专项审计，发现并推动整改问题四十三个，追回资金三百一十万元。
作为审计干部，我们要把“如实反映问题”作为第一职责，既不能视而不见，也不能查而不报。
希望全体党员在审计一线亮身份、作表率，让每一分民生资金都用在刀刃上。
""",
    ),
    dict(
        slug="dangjian-tielu-station-branch-plan-text",
        site="铁路党建园地 (invented)",
        style="党建网",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://dj.railway-yuan.example.cn/zbjs/2025/03/0214.html",
        title="萱州站党总支“党员先锋岗”创建活动实施方案",
        record_title="萱州站党总支“党员先锋岗”创建活动实施方案",
        date="2025-03-05",
        notes="a railway Party site: a glued column label before the title line, a 'red flag' slogan line, page markers ⌈N⌉ glued at the continuation, a points-of-study button between paragraphs",
        pages=dict(fmt="⌈{n}⌉", every=130, start=2, glue=True),
        page="""
!m 铁路党建园地　——　一个支部一座堡垒
!m 支部建设 > 创先争优
{T}
!m 录入：萱州站党总支　时间：2025-03-06
{BODY}
!a 学习积分 +2　｜　收藏到“我的学习”
!l 同栏目文章：货运车间“安全旗”评比细则 ｜ 客运车间志愿服务队章程
""",
        body="""
为充分发挥党员在春运、暑运和日常安全生产中的先锋模范作用，站党总支决定在全站开展“党员先锋岗”创建活动，制定本方案。
一、创建范围
客运车间售票、检票、站台服务岗位，货运车间装卸、调度岗位。
⟦a 👉 点此查看本方案学习要点 ⟧
二、创建标准
岗位党员做到服务零投诉、作业零差错、安全零事故，群众满意率达到百分之九十五以上。
三、工作步骤
3月为申报阶段，4月至10月为创建阶段，11月组织考评，对表现突出的先锋岗授牌表彰。
萱州站党总支
2025年3月5日
""",
    ),
    dict(
        slug="hospital-pifu-dermatology-notice-html",
        site="苓川市皮肤病医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lcpfby.example.com/news/notice/2025/0612.html",
        title="关于开展夏季白癜风免费筛查活动的通知",
        record_title="关于开展夏季白癜风免费筛查活动的通知_医院公告_苓川市皮肤病医院",
        date="2025-06-12",
        notes="hospital template: a floating 'online consultation' box, the department's 咨询电话 beside the hospital's 24-hour booking line, a 预约 button, a schedule table, a sentence telling patients to follow the account to book (kept)",
        page="""
<html><head><meta charset="utf-8"><title>关于开展夏季白癜风免费筛查活动的通知_医院公告_苓川市皮肤病医院</title></head><body>
<div class="logo">⟦m 苓川市皮肤病医院　二级专科医院⟧</div>
<div class="nav">⟦l 医院概况 科室导航 专家团队 就医指南 健康科普⟧</div>
<div class="book">⟦a 预约挂号⟧ ⟦m 预约电话（24小时）：0735-2600120⟧</div>
<div class="loc">⟦m 首页 / 医院公告⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 时间：2025-06-12　作者：医务科⟧</div>
<div class="body">
{BODY}
</div>
<div class="float">⟦w 在线咨询　医生在线，立即对话⟧</div>
<div class="foot">⟦m 院址：苓川市滨江东路18号⟧ ⟦d 本站内容仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
为帮助白癜风患者早发现、早治疗，我院决定于6月下旬开展夏季白癜风免费筛查活动，现将有关事项通知如下。
一、筛查安排
日期　地点　项目
6月21日　门诊三楼　伍德灯检查
6月22日　门诊三楼　皮肤镜检查
6月28日　杉坪县人民医院　义诊咨询
二、参加方式
患者可关注“苓川皮肤病医院”服务号，在“活动预约”栏目登记，也可现场排队。
三、咨询电话
白癜风诊疗科咨询电话：0735-2600338（工作日8:00—17:30）。
苓川市皮肤病医院
2025年6月12日
""",
    ),
    dict(
        slug="hospital-tijian-health-check-summary-text",
        site="萱州市第二人民医院健康管理中心 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xz2yy.example.cn/jkgl/dt/2025-12-30/88.html",
        title="健康管理中心2025年工作总结",
        record_title="【体检中心】健康管理中心2025年工作总结",
        date="2025-12-30",
        notes="a hospital's department page: a decorated title, a 'text size' row, a data table, glued 'back to top' after the last paragraph, a footer with the hospital's ICP and address",
        page="""
!m 萱州市第二人民医院 ｜ 健康管理中心
!m 科室首页 › 科室动态
!t 【体检中心】健康管理中心2025年工作总结
!a 正文字号：小 · 中 · 大
{BODY}
!m 医院地址：萱州市朝阳路266号　备案号：湘ICP备19004521号
""",
        body="""
2025年，健康管理中心坚持“以客户为中心”的服务理念，体检人次和服务质量稳步提升。
一、主要业务数据
项目　2025年　2024年
个人体检（人次）　18600　16200
团体体检（人次）　31400　28900
重大阳性结果随访（例）　412　355
二、主要工作
开通线上预约和电子报告查询，客户平均等候时间缩短至二十分钟以内。
三、明年打算
明年将增设心理测评和骨密度检测项目，完善慢病风险评估服务。⟦a ↑返回顶部⟧
健康管理中心
2025年12月30日
""",
    ),
    dict(
        slug="university-caijing-graduation-speech-html",
        site="萱州财经学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://news.xzcj.example.edu.cn/info/1021/9907.htm",
        title="在2025届毕业典礼上的讲话",
        record_title="在2025届毕业典礼上的讲话-萱州财经学院新闻网",
        date="2025-06-25",
        date_also=["2025-06-26"],
        notes="university news template: a 学院要闻 banner, byline with 发布时间 a day later than the speech date (the speech's date expected, the byline's accepted), a speaker line (neutral), a photographer credit between paragraphs, a 'hot tags' row",
        page="""
<html><head><meta charset="utf-8"><title>在2025届毕业典礼上的讲话-萱州财经学院新闻网</title></head><body>
<div class="top">⟦m 萱州财经学院新闻网⟧ ⟦l 学院要闻　综合新闻　媒体财院　校园视点⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-26　供稿：党委宣传部　浏览次数：5610⟧</div>
<div class="art">
<p>党委书记　储正卿</p>
<p>（2025年6月25日）</p>
{BODY}
</div>
<div class="tags">⟦l 热门标签：毕业季　校友　招生⟧</div>
<div class="foot">⟦m 萱州财经学院党委宣传部　地址：萱州市财院路1号⟧</div>
</body></html>
""",
        body="""
亲爱的2025届毕业生同学们：
今天，我们在这里隆重举行毕业典礼，为三千二百一十八名同学送行。
四年前，你们带着梦想走进财院；四年后，你们带着本领走向社会。
⟦m （摄影：校记者团 乔一鸣）⟧
希望大家牢记“诚信、笃学、经世、济民”的校训，在各自的岗位上守住诚信的底线。
无论走多远，母校永远是你们温暖的家。祝同学们前程似锦！
""",
    ),
    dict(
        slug="university-hangkong-college-internship-plan-text",
        site="茴港航空职业学院 (invented)",
        style="高校官网",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://jwc.hghkzy.example.edu.cn/sxgl/2025/0305/31.html",
        title="2025届学生顶岗实习工作方案",
        record_title="2025届学生顶岗实习工作方案.pdf",
        date="2025-03-05",
        notes="a college 教务处 page with a PDF: file-name title, wrapped at 58 columns, a placement table, a numbered list, the office's own e-mail; a PDF viewer toolbar line",
        wrap=58,
        page="""
!m 茴港航空职业学院教务处
!m 首页 ｜ 教学管理 ｜ 实习管理
!t 2025届学生顶岗实习工作方案.pdf
!a 🔍 放大　🔍 缩小　⤓ 下载原文件　🖨 打印
{BODY}
!m 文件大小：386KB　发布部门：教务处
""",
        body="""
为规范学生顶岗实习管理，保障实习质量和学生安全，根据有关规定，结合我院实际，制定本方案。
一、实习时间
2025年3月10日至2025年8月31日，共二十五周。
二、实习单位安排
专业　实习单位　人数
民航运输　萝湾机场　46
飞机机电设备维修　茴港通用航空公司　38
空中乘务　省内三家航空公司　52
三、管理要求
1．每名学生须签订三方协议，购买实习责任保险。
2．校内指导教师每两周至少联系学生一次，并做好记录。
3．实习期间，学生须每周在实习管理平台提交周记。
四、联系方式
实习管理办公室邮箱：sxb@hghkzy.example.edu.cn。
茴港航空职业学院教务处
2025年3月5日
""",
    ),
    dict(
        slug="localforum-rongping-parking-notice-junk",
        site="榕坪生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.rongpinglife.example.com/thread-88120-1-1.html",
        title="关于老城区部分路段施划临时停车泊位的通告",
        record_title="老城区要划停车位了！关于老城区部分路段施划临时停车泊位的通告",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="a county life forum reposting a traffic police notice: a poster's hook in the title, junk lines and glued junk, the post's 发布于 date one day later (the notice's date expected), replies below",
        junk=dict(lines=2, glued=2),
        page="""
!m 榕坪生活网 › 榕坪杂谈 › 便民信息
!t 老城区要划停车位了！关于老城区部分路段施划临时停车泊位的通告
!m 楼主 小城老马　发布于 2025-11-04 08:12　来自手机
{BODY}
!l 沙发 | 萝卜丝：终于要划了，早该管管了
!l 板凳 | 路过打酱油：收费不？
!a 回复帖子　↑顶　收藏本帖
""",
        body="""
为缓解老城区停车难问题，规范车辆停放秩序，经研究，决定在老城区部分路段施划临时停车泊位，现通告如下：
一、施划路段：解放路（人民路口至南门口）、文昌街、书院巷，共计泊位二百一十个。
二、停放时间：每日7时至22时，22时后至次日7时禁止占用泊位过夜停放。
三、泊位内停车暂不收费，车辆须按泊位标线顺向停放。
四、本通告自2025年11月10日起施行。
榕坪县公安局交通警察大队
2025年11月3日
""",
    ),
    dict(
        slug="localforum-aitang-shadow-play-news-html",
        site="艾塘论坛 (invented)",
        style="地方论坛",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.aitangbbs.example.net/read.php?tid=33017",
        title="艾塘皮影戏进校园 百年老戏有了新传人",
        record_title=None,
        date="2025-05-16",
        notes="a town forum's HTML thread (PHPWind-like): no record title, title in the h1; floor header with 发表于; a 'user level' card, a bottom share row and a 'report' link; jammer fonts absent, a reply quote below",
        p_html="<p>{}</p>",
        page="""
<html><head><meta charset="gbk"><title>艾塘皮影戏进校园 百年老戏有了新传人 - 本地新鲜事 - 艾塘论坛</title></head><body>
<div class="h">⟦m 艾塘论坛 — 艾塘人的网上家园⟧</div>
<div class="bread">⟦m 艾塘论坛 » 本地新鲜事 » 浏览帖子⟧</div>
<h1>{T}</h1>
<table><tr><td class="user">⟦m 塘边听戏⟧<br>⟦m 等级：秀才　帖子：812⟧</td>
<td><div class="tip">⟦m 发表于 2025-05-16 20:41⟧ ⟦m 楼主⟧</div>
{BODY}
</td></tr></table>
<div class="re">⟦l 2楼 老戏迷：小时候看过，现在的娃娃有福了！⟧</div>
<div class="op">⟦l 分享到微信 ｜ 举报 ｜ 回复⟧</div>
</body></html>
""",
        body="""
5月15日下午，艾塘镇中心小学的操场上锣鼓声声，镇皮影戏剧团的老艺人们带着《龟鹤斗》走进校园。
演出结束后，七十二岁的传承人钟老根手把手教孩子们操纵皮影，“手腕要活，眼睛要跟着影子走。”
据了解，镇中心小学已把皮影戏列为校本课程，每周开设一节，由剧团派人授课。
钟老根说，老戏能在娃娃们手里传下去，他心里最踏实。
""",
    ),
    dict(
        slug="download-jiuzhan-rules-papermill-html-oldtable",
        site="久站资料下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.jiuzhan.example.com/soft/zd/31877.html",
        title="造纸企业危险化学品安全管理制度",
        record_title="造纸企业危险化学品安全管理制度[DOC格式]",
        date=None,
        notes="old download station table page: file-info table (大小/语言/授权/更新), mirror links, a dead-link report, a decorated title; the rule's articles speak of 打印/复印/扫码 (kept); an update stamp (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>造纸企业危险化学品安全管理制度[DOC格式]_久站资料下载</title></head><body>
<table width="980"><tr><td>⟦m 久站资料下载　资料齐全 下载飞快⟧</td></tr>
<tr><td>⟦m 当前位置：久站首页 → 规章制度 → 安全生产⟧</td></tr>
<tr><td><h1>⟦t 造纸企业危险化学品安全管理制度[DOC格式]⟧</h1>
<table class="info"><tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr><tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2025-02-11⟧</td></tr></table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<div class="down">⟦a 下载地址一（电信）⟧ ⟦a 下载地址二（联通）⟧ ⟦a 下载地址三（备用）⟧</div>
<div class="bad">⟦a 无法下载？点此报告死链⟧</div>
</td></tr>
<tr><td>⟦d 本站资料均收集自网络，仅供学习研究，请于下载后24小时内删除⟧</td></tr></table></body></html>
""",
        body="""
第一条　为加强公司危险化学品安全管理，预防事故发生，根据国家有关规定，制定本制度。
第二条　危险化学品入库前，仓库保管员须扫码核对电子标签，核对无误后方可入库。
第三条　危险化学品领用实行“双人领取、双人签字”制度，领用单须打印后由部门负责人签字确认。
第四条　危险化学品安全技术说明书须复印一份张贴于使用岗位。
第五条　本制度由安全环保部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="download-youzi-report-ceramics-text",
        site="柚子文档下载站 (invented)",
        style="资料下载站",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.youzidoc.example.com/down/2025/77102.html",
        title="关于县域日用陶瓷产业转型升级的调研报告",
        record_title="关于县域日用陶瓷产业转型升级的调研报告 免费下载",
        date="2025-09-18",
        notes="a download station: a ' 免费下载' suffix, page markers ❮N❯ on lines of their own, a download-count line, a 'similar resources' list, a copyright-complaint line",
        pages=dict(fmt="❮{n}❯", every=140, start=2),
        page="""
!m 柚子文档下载站 ｜ 海量文档 免费下载
!t 关于县域日用陶瓷产业转型升级的调研报告 免费下载
!m 下载次数：1,034　文件格式：WPS　评分：★★★★☆
{BODY}
!a ▶ 高速下载（需安装柚子下载器）　▶ 普通下载
!l 相似资源：陶瓷企业年度工作总结 ｜ 县域特色产业发展规划范本
!d 如发现本站资源侵犯您的版权，请发送邮件至版权投诉邮箱，我们将在3个工作日内处理
""",
        body="""
日用陶瓷是橦城县的传统优势产业。为推动产业转型升级，县工信局会同县政协经济委于8月开展了专题调研。
一、产业现状
全县现有日用陶瓷企业一百二十七家，其中规模以上企业三十一家，年产值四十八亿元，从业人员二万一千人。
二、存在问题
产品以中低档为主，自主品牌少；窑炉能耗偏高，环保压力较大；设计人才匮乏。
三、对策建议
一是推进“煤改气”窑炉改造；二是建设陶瓷设计研发中心；三是组织企业抱团参加国内外展会，打响区域品牌。
橦城县工业和信息化局
2025年9月18日
""",
    ),
    dict(
        slug="exam-yancao-tobacco-recruit-notice-html",
        site="蕤阳市烟草专卖局招聘考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zp.ryyc.example.com/gg/2025/0410-01.html",
        title="蕤阳市烟草专卖局（公司）2025年员工招聘笔试公告",
        record_title="蕤阳市烟草专卖局（公司）2025年员工招聘笔试公告",
        record_date="2025-04-10",
        date="2025-04-10",
        notes="an exam portal: record title and date; a login box for candidates, a countdown widget, an exam timetable, the sentence telling candidates to download and print the admission ticket (kept), the committee's 咨询电话 beside the site's 技术支持 line",
        page="""
<html><head><meta charset="utf-8"><title>笔试公告 - 蕤阳市烟草专卖局招聘考试网</title></head><body>
<div class="hd">⟦m 蕤阳市烟草专卖局（公司）招聘考试网⟧</div>
<div class="login">⟦a 考生登录⟧ ⟦a 忘记密码⟧ ⟦a 注册账号⟧</div>
<div class="cd">⟦m 距笔试还有 16 天⟧</div>
<h2>{T}</h2>
<div class="c">
{BODY}
</div>
<div class="ft">⟦m 报名系统技术支持：400-806-3321（9:00—18:00）⟧<br>⟦d © 蕤阳市烟草专卖局（公司） 版权所有⟧</div>
</body></html>
""",
        body="""
根据《蕤阳市烟草专卖局（公司）2025年员工招聘公告》，现将笔试有关事项公告如下。
一、笔试时间和科目
日期　时间　科目
4月26日　9:00—11:00　综合知识
4月26日　14:00—16:00　专业知识
二、准考证打印
请考生于4月20日至25日登录本网站下载并打印准考证，凭准考证和身份证参加考试。
三、注意事项
考生须提前三十分钟到达考点，开考十五分钟后不得入场。
四、咨询电话
招聘工作领导小组办公室：0731-8512206。
蕤阳市烟草专卖局（公司）人事科
2025年4月10日
""",
    ),
    dict(
        slug="exam-yinhang-bank-interview-list-text",
        site="苓川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.lingchuan.example.gov.cn/ksxx/2025/0820/512.html",
        title="苓川农村商业银行2025年招聘面试公告",
        record_title=None,
        date="2025-08-20",
        notes="an exam site's text page: no record title, title on the page; an interviewee table; the bank's own 联系人/电话 beside the site's 考务热线; a 'share to' line; a QR-code prompt at the bottom",
        page="""
!m 苓川人事考试信息网
!m 考试信息 — 招聘公告
{T}
!m 发布时间：2025-08-20 17:05　点击数：6612
{BODY}
!l 分享到：微信好友 · 朋友圈 · QQ
!m 考务热线：0735-2288100（工作日）
!a 扫码关注“苓川人事考试”，考试信息早知道
""",
        body="""
根据招聘工作安排，经笔试和资格复审，现将面试有关事项公告如下。
一、面试人员名单
序号　姓名　报考岗位　笔试成绩
1　翟思远　综合柜员　78.5
2　郝静怡　综合柜员　77.0
3　苗泽宇　客户经理　81.5
二、面试时间地点
2025年8月30日上午8:30，苓川农村商业银行总行八楼培训中心。
三、联系方式
联系人：毕女士，电话：0735-2265017。
苓川农村商业银行人力资源部
2025年8月20日
""",
    ),
]
