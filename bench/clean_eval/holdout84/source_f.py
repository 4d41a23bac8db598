"""holdout84, part F: a second round of company, training, writing-app, exam-forum, encyclopaedia,
cloud-drive, snapshot, print and mail pages, and a third 范文, 文库 and portal page — a subway
company's holiday timetable, a yangqin summer class, a pine-nut ranger's essay, a laver interview
question, a sounding-station entry, a kesi workshop's plan, a clog museum, a water-polo base, a
quinoa co-op, soybean growers, a tower-crane briefing and a barley insurance notice. Invented
text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-html-metro-spring-festival-timetable",
        site="椤川市轨道交通集团官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lcmetro.example.com/gsgg/202601/t20260120_3312.html",
        title="关于2026年春节假期地铁运营时间调整的公告",
        record_title="关于2026年春节假期地铁运营时间调整的公告",
        date="2026-01-20",
        notes="company HTML: a line-map and app-download nav, a passenger-service hotline (chrome) next to the document's own 服务热线 sentence (kept); a table of lines; the document asks passengers to 关注 the official app (kept)",
        page="""
<html><head><meta charset="utf-8"><title>关于2026年春节假期地铁运营时间调整的公告-椤川地铁</title></head>
<body>
<div class="hd">⟦m 椤川地铁 LUOCHUAN METRO⟧ ⟦a 下载椤川地铁APP⟧ ⟦a 线网图⟧</div>
<div class="nav">首页 | 乘客服务 | 运营公告 | 建设动态 | 企业文化 | 招贤纳士</div>
<div class="crumb">⟦m 首页 > 运营公告⟧</div>
<h1>⟦t 关于2026年春节假期地铁运营时间调整的公告⟧</h1>
<div class="time">⟦m 2026-01-20　|　阅读 1.8万⟧</div>
<div class="main">
{BODY}
</div>
<div class="share">⟦l 分享：朋友圈　微博　复制链接⟧</div>
<div class="ft">⟦w 乘客服务热线：0739-96010（7:00-23:00）⟧ ⟦d ©椤川市轨道交通集团有限公司⟧</div>
</body></html>
""",
        body="""
广大乘客：
为方便市民春节期间出行，地铁运营时间调整如下：
线路　除夕　正月初一至初六
1号线　6:00—21:00　6:30—23:00
2号线　6:00—21:00　6:30—23:00
6号线　6:10—20:30　6:30—22:30
请广大乘客合理安排出行时间。运营信息如有变化，请关注“椤川地铁”官方APP和车站公告，也可拨打服务热线0739-96010咨询。
椤川市轨道交通集团有限公司
2026年1月20日
""",
    ),
    dict(
        slug="training-oneline-yangqin-summer-letter",
        site="韵声民乐培训中心 (invented)",
        style="培训机构",
        genre="告家长书",
        kind="letter",
        form="text",
        source="http://www.yunshengminyue.example.cn/tzgg/2025-07-01.html",
        title="韵声民乐培训中心扬琴暑期班告家长书",
        record_title="韵声民乐培训中心扬琴暑期班告家长书",
        date="2025-07-01",
        notes="a training school text page with the whole letter on one line (paragraphs apart by their indent); trial-lesson and consult prompts; a placeholder line for the parent's signature kept",
        oneline=True,
        indent="　　",
        page="""
!m 韵声民乐培训中心　｜　琵琶 古筝 扬琴 二胡
!w 报名咨询：吴老师 138 0000 5521（微信同号）
{T}
{BODY}
!a 预约一节免费试听课 →
!l 往期活动：民乐汇报演出精彩回顾 ｜ 考级喜报
""",
        body="""
尊敬的家长：
您好！本中心扬琴暑期班将于7月10日开课，8月20日结课，共十八次课。为让孩子安全、愉快地学习，请您配合做好以下几点：
一、请按时接送孩子，上课前十分钟到达，下课后请在教室门口接孩子。
二、请为孩子准备琴竹一副、曲谱夹一个，琴由中心提供。
三、孩子每天在家练琴不少于三十分钟，请家长督促并签字。
家长签字：________
韵声民乐培训中心
2025年7月1日
""",
    ),
    dict(
        slug="fanwenapp-html-pinenut-ranger-insight",
        site="笔杆侠APP 分享页 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://m.biganxia.example.com/share/article/88120",
        title="红松林管护员岗位练兵心得体会",
        record_title="红松林管护员岗位练兵心得体会【可编辑】",
        date=None,
        notes="writing-app HTML share page: app banner, 'copy costs points' prompt, 'AI continue writing' button, 'open in app to read the rest' in the middle (a line between paragraphs); decorated record title; no date",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>红松林管护员岗位练兵心得体会【可编辑】</title></head>
<body>
<div class="banner">⟦a 笔杆侠APP — 打开APP，海量范文随心用⟧ <button>⟦a 打开⟧</button></div>
<h2>⟦t 红松林管护员岗位练兵心得体会【可编辑】⟧</h2>
<div class="info">⟦m 笔杆侠精选　｜　1.2万人用过⟧</div>
<div class="art">
{BODY}
</div>
<div class="bar">⟦a 复制全文（消耗2积分）⟧ ⟦a AI续写⟧ ⟦a 导出文档⟧</div>
<div class="rec"><h4>⟦l 你可能还需要⟧</h4><p>⟦l 护林员年度工作总结⟧</p><p>⟦l 森林防火表态发言⟧</p></div>
</body></html>
""",
        body="""
今年5月，林场组织开展了红松林管护员岗位练兵活动，我有幸参加并获得了巡护技能第二名，收获很多。
一是练出了真本领。这次练兵设置了识图定位、防火扑救、有害生物识别等科目，让我把平时工作中模糊的地方都弄清楚了。
⟦a 打开APP阅读剩余60%内容⟧
二是找到了差距。在松子采集期管理的情景模拟中，我对违规上树采集的处置不够规范，今后要加强学习。
三是增强了责任感。红松林是国家的宝贵资源，守护好每一棵红松是我们管护员的本分。
""",
    ),
    dict(
        slug="gkforum-html-laver-interview-model-answer",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="answer",
        form="html",
        source="http://www.shanganba.example.com/thread-20418-1-1.html",
        title="结构化面试模拟题：如何帮助紫菜养殖户拓宽销路",
        record_title="【每日一练】结构化面试模拟题：如何帮助紫菜养殖户拓宽销路",
        date=None,
        notes="exam-forum HTML: daily-practice tag in the record title, a 'reply to see the reference answer' prompt (chrome), a course ad, floor info and a study-group QQ; the question text and the model answer kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>【每日一练】结构化面试模拟题：如何帮助紫菜养殖户拓宽销路 - 上岸吧</title></head>
<body>
<div class="hd">⟦m 上岸吧公考论坛⟧ ⟦m 一起学习，一起上岸⟧</div>
<div class="crumb">⟦m 论坛首页 › 面试专区 › 每日一练⟧</div>
<h1>⟦t 【每日一练】结构化面试模拟题：如何帮助紫菜养殖户拓宽销路⟧</h1>
<div class="author">⟦m 楼主：面试小助手　管理员　发表于 3 小时前⟧</div>
<div class="post">
{BODY}
</div>
<div class="lock">⟦a 本帖隐藏内容需回复后可见⟧</div>
<div class="ad">⟦w 面试一对一模拟，加入备考群 QQ：706228341⟧</div>
<div class="floor">⟦l 沙发　一次上岸：打卡，第37天⟧</div>
</body></html>
""",
        body="""
【题目】某沿海镇紫菜产量大，但销售渠道单一，养殖户收入不稳定。如果你是镇里的工作人员，你会怎样帮助养殖户拓宽销路？
【参考答案】拓宽销路是帮助养殖户稳定增收的关键，我会从以下几个方面入手。
第一，摸清情况。走访养殖户和加工企业，了解产量、品质和现有销售渠道，找准问题所在。
第二，搭建平台。联系县电商服务中心，组织养殖户参加直播带货培训，帮助合作社开设网店。
第三，打造品牌。推动申报地理标志，统一包装和质量标准，提高产品附加值。
第四，跟踪问效。定期回访，及时协调解决销售中遇到的新问题。
""",
    ),
    dict(
        slug="baike-text-sounding-station-entry",
        site="知行百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://www.zhixingbaike.example.com/wiki/高空气象探测站",
        title="高空气象探测站",
        record_title="高空气象探测站 - 知行百科",
        date=None,
        notes="encyclopaedia text page: the entry name repeated in a 'basic info' box, 'edit' and 'cite' links, a 'contributors' line, a see-also list; decimal-less headings kept; no date",
        page="""
!m 知行百科 ＞ 科学 ＞ 气象
!t 高空气象探测站 - 知行百科
!a 编辑词条　｜　引用本词条　｜　收藏
!m 中文名：高空气象探测站　｜　简称：探空站　｜　所属学科：大气科学
{BODY}
!m 词条贡献者：云端观测员、气象小百科等 7 人
!l 另见：地面气象观测站　天气雷达　风廓线雷达
""",
        body="""
高空气象探测站，简称探空站，是利用探空气球携带探空仪，测量自地面至高空大气温度、湿度、气压和风向风速的气象观测站。
工作方式
探空站通常每天在北京时间7时15分和19时15分施放探空气球，气球上升至三十千米左右高空后破裂，探测数据通过无线电实时传回地面。
作用
探空资料是数值天气预报最重要的初始数据之一，也广泛应用于航空、航天和大气科学研究。
发展
近年来，部分探空站开始使用自动放球系统，实现了充灌、施放和数据接收的全过程自动化。
""",
    ),
    dict(
        slug="netdisk-html-kesi-workshop-emergency-plan-pages",
        site="云栈网盘 (invented)",
        style="网盘分享",
        genre="预案",
        kind="plan",
        form="html",
        source="https://yunzhan.example.com/s/kX9aQ2",
        title="缂丝工作室火灾事故应急预案",
        record_title="缂丝工作室火灾事故应急预案.pdf",
        date="2025-03-15",
        notes="cloud-drive HTML share page: file list, extract-code line, a preview whose paragraphs are cut by a ·N· page-marker paragraph, 'save to my drive' and speed-up prompts; file-name title; date at the end",
        pages=dict(fmt="· {n} ·", every=90, start=2),
        page="""
<html><head><meta charset="utf-8"><title>缂丝工作室火灾事故应急预案.pdf_免费高速下载_云栈网盘</title></head>
<body>
<div class="hd">⟦m 云栈网盘⟧ ⟦a 登录⟧ ⟦a 会员中心⟧</div>
<div class="file"><h3>⟦t 缂丝工作室火灾事故应急预案.pdf⟧</h3><span>⟦m 分享者：织梦人　文件大小：310KB　分享时间：3 个月前⟧</span></div>
<div class="code">⟦m 提取码：k7s2⟧</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="end">⟦a 预览仅显示前3页⟧</div>
<div class="ft">⟦d 云栈网盘提醒：请勿相信文件中的任何广告和联系方式⟧</div>
</body></html>
""",
        body="""
为有效预防和处置缂丝工作室火灾事故，保障人员生命和财产安全，结合工作室丝线、木质织机等可燃物较多的特点，制定本预案。
一、组织机构：成立应急处置小组，由工作室负责人任组长，下设报警联络组、灭火疏散组和物资保护组。
二、预防措施：工作室内严禁吸烟和使用明火，电气线路每季度检查一次，每个工作间配备灭火器两具。
三、应急处置：发现火情立即拨打119报警，同时组织人员从最近的安全出口疏散，在确保安全的前提下使用灭火器扑救初起火灾，抢救珍贵织品和图稿。
四、善后处理：火灾扑灭后保护好现场，配合消防部门调查，统计损失情况。
澍阳市锦绣缂丝工作室
2025年3月15日
""",
    ),
    dict(
        slug="snapshot-html-clog-museum-opening-news",
        site="搜索快照 · 木屐博物馆新闻 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://snapshot.zhaozhao.example.com/cache?u=www.tanshan.example.gov.cn/news/2025/0518.html",
        title="檀山木屐博物馆正式开馆",
        record_title="檀山木屐博物馆正式开馆",
        date="2025-05-18",
        notes="a snapshot frame in HTML: the cache header (capture time, a crawl stamp) with 'highlighted words', then the original page's header, byline with 发布时间 (the page's date) and footer",
        page="""
<html><head><meta charset="utf-8"><title>檀山木屐博物馆正式开馆 - 网页快照</title></head>
<body>
<div style="border:1px solid #ccc">⟦d 您查看的是网页快照，保存于2025-06-02 04:17:09，原网页可能已更新。⟧ ⟦a 访问原网页⟧ ⟦m 已为您高亮：木屐　博物馆⟧</div>
<div class="orig">
<div class="logo">⟦m 檀山区人民政府网⟧</div>
<div class="pos">⟦m 首页 > 檀山要闻⟧</div>
<h1>⟦t 檀山木屐博物馆正式开馆⟧</h1>
<div class="src">⟦m 发布时间：2025-05-18 16:20　来源：区文旅局⟧</div>
<div class="txt">
{BODY}
</div>
<div class="foot">⟦m 檀山区人民政府办公室主办　网站标识码：4406050003⟧</div>
</div>
</body></html>
""",
        body="""
5月18日国际博物馆日，檀山木屐博物馆正式开馆。
博物馆位于檀山老街，由一座民国时期的骑楼改建而成，展陈面积八百平方米，收藏各类木屐及制作工具一千二百余件。
展厅分为“木屐源流”“匠人手艺”“木屐与生活”三个部分，还设有体验区，市民可以在非遗传承人指导下亲手做一双木屐。
博物馆实行免费开放，每周一闭馆。
""",
    ),
    dict(
        slug="printview-html-waterpolo-base-rules",
        site="柘原市体育局 打印预览 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="html",
        source="http://tyj.zheyuan.example.gov.cn/print/content_2025_4417.html",
        title="柘原市水球训练基地场馆使用管理办法",
        record_title="柘原市水球训练基地场馆使用管理办法",
        date="2025-02-26",
        notes="an HTML print view: print and close buttons, the 'print time' and page URL at the bottom (stamps, no date), a 第1页/共1页 footer; 发布日期 line at the top is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 柘原市水球训练基地场馆使用管理办法</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<h2>⟦t 柘原市水球训练基地场馆使用管理办法⟧</h2>
<div class="m">⟦m 发布日期：2025-02-26　　发布机构：市体育局⟧</div>
<div class="c">
{BODY}
</div>
<div class="pf">⟦m 打印于 2025/3/4 9:15:02⟧ ⟦m 原文地址：tyj.zheyuan.example.gov.cn/art/2025/2/26/4417.html⟧ ⟦p 第1页/共1页⟧</div>
</body></html>
""",
        body="""
第一条　为规范水球训练基地场馆使用，保障训练和比赛顺利进行，制定本办法。
第二条　场馆优先保障市水球队训练和各级水球比赛，其余时段可向学校、俱乐部开放。
第三条　使用单位须提前七日向基地管理办公室预约，填写场馆使用申请表。
第四条　进入泳池须穿着泳装、佩戴泳帽，严禁穿鞋进入池岸。训练期间须有持证救生员在岗。
第五条　本办法自发布之日起施行。
""",
    ),
    dict(
        slug="mail-fwd-quinoa-coop-meeting-reply-chain",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:forward/20250403-0188",
        title="关于召开藜麦种植合作社社员代表大会的通知",
        record_title="回复：转发：关于召开藜麦种植合作社社员代表大会的通知",
        date="2025-04-02",
        notes="a reply-forward chain: the reply text above, quoted original headers, a mobile-client signature ('sent from my phone') and the mail system's virus-scan footer; the notice's own agenda list and 联系人",
        page="""
!m 发件人：高台乡农经站 <njz_gaotai@example.cn>
!m 收件人：各村文书
!m 日期：2025-04-03 08:41
!m 主题：回复：转发：关于召开藜麦种植合作社社员代表大会的通知
!w 收到请回复一下，参会名单周五前报我。——老宋
!m 发自我的手机
!m ------------------ 原始邮件 ------------------
!m 发件人："芑城县高台藜麦种植专业合作社"
!m 发送时间：2025年4月2日(星期三) 下午5:02
{BODY}
!d 本邮件已经过病毒扫描，请放心阅读。
""",
        body="""
各社员代表：
经理事会研究，定于2025年4月12日上午9时在合作社会议室召开社员代表大会。会议议程如下：
1.审议合作社2024年度工作报告和财务报告；
2.审议2024年度盈余分配方案；
3.审议2025年藜麦种植和收购计划。
请各社员代表准时参加，因故不能参加的请书面委托其他代表。
联系人：尹晓峰，电话：0358-6620914。
芑城县高台藜麦种植专业合作社理事会
2025年4月2日
""",
    ),
    dict(
        slug="fanwen-text-soybean-grower-training-speech",
        site="笔墨范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bimofwk.example.cn/jianghua/nongye/33018.html",
        title="在全镇大豆高产种植技术培训会上的讲话",
        record_title="在全镇大豆高产种植技术培训会上的讲话（精选）",
        date=None,
        notes="范文 text page: the decorated title repeated at the top and glued to the first line; a 'VIP copy' prompt glued after a 。 inside the body; a writing-service line; a related list; no date",
        page="""
!m 笔墨范文库　—　公文写作好帮手
!m 首页 > 讲话稿 > 农业农村
!t 在全镇大豆高产种植技术培训会上的讲话（精选）
!m 时间：2小时前　作者：笔墨小编
{T}{BODY}
!w 需要原创讲话稿？专业写手一对一，微信：bimo-xie2025
!l 相关推荐：春耕生产动员会讲话 ｜ 农业技术培训开班讲话 ｜ 秋收工作部署讲话
!d 声明：本站范文仅供参考学习，请勿直接照搬使用。
""",
        body="""
同志们：
今天我们在这里举办全镇大豆高产种植技术培训会，目的是帮助大家掌握新技术，种好大豆、多打粮食。
近年来，国家加大大豆生产扶持力度，生产者补贴逐年提高。我镇今年大豆种植计划面积三万亩，比去年增加五千亩。⟦a 开通VIP即可复制本文全部内容⟧
种好大豆，关键在技术。一要选好品种，二要适期播种，三要合理密植，四要科学防治病虫害。
希望大家认真听讲，把学到的技术用到田里，夺取今年大豆丰收。
""",
    ),
    dict(
        slug="wenku-html-towercrane-briefing-pages",
        site="优学文库 (invented)",
        style="文库预览",
        genre="交底",
        kind="briefing",
        form="html",
        source="https://www.youxuewk.example.com/d/62011487.html",
        title="塔式起重机安装安全技术交底",
        record_title=None,
        date=None,
        notes="a 文库 preview in HTML: no record title (h1 and <title>), reader toolbar, page-marker paragraphs between two halves of cut paragraphs, an 'unlock the rest' prompt and a related list; placeholder lines of the briefing's sign-off kept; no date",
        pages=dict(fmt="第{n}页", every=90, start=2),
        page="""
<html><head><meta charset="utf-8"><title>塔式起重机安装安全技术交底 - 优学文库</title></head>
<body>
<div class="hd">⟦m 优学文库⟧ ⟦a 上传文档⟧ ⟦a 开通会员⟧</div>
<h1>⟦t 塔式起重机安装安全技术交底⟧</h1>
<div class="tb">⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 全屏⟧ ⟦m 4 页 ｜ 1,203 阅读⟧</div>
<div class="doc">
{BODY}
</div>
<div class="rest">⟦a 还有 2 页未读，点击解锁全文⟧</div>
<div class="rel">⟦l 相关文档：施工升降机安装交底 | 脚手架搭设安全交底 | 起重吊装专项方案⟧</div>
</body></html>
""",
        body="""
一、安装前准备：安装单位应具备起重设备安装工程专业承包资质，安装人员必须持证上岗，安装前应对基础混凝土强度和预埋件进行验收。
二、安装作业要求：安装作业区域应设置警戒线，并派专人监护；风力达到四级及以上时不得进行顶升作业，六级及以上时停止一切安装作业。
三、安装完成后，应由安装单位自检，并委托检验检测机构检验合格后方可投入使用。
交底人：________
接受交底人：________
""",
    ),
    dict(
        slug="gov-text-barley-insurance-notice-cn-date",
        site="栎原县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.liyuanxian.example.gov.cn/zwgk/tzgg/2025/1009/8812.html",
        title="关于做好2025年青稞种植保险理赔工作的通知",
        record_title="关于做好2025年青稞种植保险理赔工作的通知_栎原县人民政府网",
        date="2025-10-09",
        notes="county portal text page: record title with a site suffix, a document number (neutral), a breadcrumb and a 'text only' switch; the signature date in Chinese numerals; 抄送 and 印发 版记 kept",
        page="""
!m 栎原县人民政府网
!a 无障碍　｜　长者模式　｜　纯文本
!m 当前位置：首页 > 政务公开 > 通知公告
!t 关于做好2025年青稞种植保险理赔工作的通知_栎原县人民政府网
栎政办发〔2025〕41号
{BODY}
!m 网站主办：栎原县人民政府办公室　联系电话：0891-5512300
""",
        body="""
各乡（镇）人民政府，县直有关单位：
今年8月以来，我县部分乡镇青稞遭受冰雹灾害。为切实保障受灾农户合法权益，现就做好青稞种植保险理赔工作通知如下：
一、各乡（镇）要组织人员对受灾地块逐户核实，于10月20日前将受灾情况汇总报县农业农村局。
二、承保机构要简化理赔手续，做到应赔尽赔、快赔早赔，理赔结果在村务公开栏公示。
三、县农业农村局、县财政局要加强督促指导，确保理赔资金按时足额发放到户。
栎原县人民政府办公室
二〇二五年十月九日
抄送：县委办公室，县人大常委会办公室。
栎原县人民政府办公室　2025年10月9日印发
""",
    ),
]
