"""Holdout 20, part C: schools, hospitals, training and exam sites no earlier part names — an
agricultural broadcasting school's training-class opening, a vocational college's logistics
group, a university security office, a student-nutrition programme office on an education
portal, a martyrs' cemetery docent's blog, a tuberculosis control institute, a county
hospital's nursing department, a diving school, a safety-production exam centre, an
auxiliary-police recruitment forum, a hospital blood-transfusion department on an old table
layout and a township central school's notice. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="edu-yanhu-nongguangxiao-speech-html",
        site="砚湖市农业广播电视学校 (invented)",
        style="教育门户",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.yhngx.example.edu.cn/xxyw/2025/0310/c118a6623/page.htm",
        title="在2025年高素质农民培育班开班典礼上的讲话",
        date="2025-03-08",
        date_also=["2025-03-10"],
        notes="an agricultural broadcasting school's modern template: a portal bar (学员平台/云课堂/English), nav, breadcrumb, the speaker line and the date under the title (neutral), a 'publisher/reviewer/time' line two days later, a photo caption line, a 'read more news' box and a footer with address and 备案",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在2025年高素质农民培育班开班典礼上的讲话</title></head>
<body>
<div class="portal">⟦a 学员平台⟧ · ⟦a 云上课堂⟧ · ⟦a 校友之家⟧ · ⟦a English⟧</div>
<div class="header"><div class="logo">⟦m 砚湖市农业广播电视学校 Yanhu Agricultural Broadcasting School⟧</div>
<div class="nav">⟦m 学校概况　培训项目　农民教育　田间学校　学员风采　新闻中心⟧</div></div>
<div class="wrap">
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 新闻中心 &gt;&gt; 学校要闻⟧</div>
<div class="article">
<h1 class="arti_title">{T}</h1>
<p class="arti_sub">校长　宁海波</p>
<p class="arti_sub">（2025年3月8日）</p>
<p class="arti_metas">⟦m 发布者：办公室　审核：熊立　发布时间：2025-03-10　浏览次数：1527⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<p class="pic-note">⟦m （图为开班典礼现场。摄影：田子豪）⟧</p>
</div>
<div class="more"><h4>⟦l 学校要闻⟧</h4><ul><li>⟦l 我校召开2025年农民教育培训工作会议⟧</li><li>⟦l 田间学校开展春耕技术现场教学⟧</li><li>⟦l 更多要闻 ››⟧</li></ul></div>
</div>
<div class="footer">⟦m 地址：砚湖市学苑路66号　邮编：436000　电话：0712-3561001⟧<br>⟦m 鄂ICP备05006713号　版权所有：砚湖市农业广播电视学校⟧</div>
</body></html>
""",
        body="""
各位学员，老师们：
大家好！在这春回大地、万物复苏的美好时节，我们迎来了2025年高素质农民培育班的开班。首先，我代表学校，向来自全市各县区的486名学员表示热烈的欢迎！
在座的各位学员，有的是种粮大户和家庭农场主，有的是农民合作社带头人，有的是返乡创业的年轻人，还有的是村里的“土专家”“田秀才”。你们放下手中的农活来参加培训，就是选择了用知识和技术改变生产、改变生活。
在此，我对大家提三点希望。第一，希望大家珍惜机会，学以致用。要把课堂上学到的新品种、新技术、新模式带回去，用到自家的田里、棚里和养殖场里。第二，希望大家善用资源，互学互助。学校建设了12个田间学校和线上云课堂，开设了四十余门实用技术课程，大家要多交流、多请教，结成互帮互助的学习小组。第三，希望大家遵守纪律，安全学习。培训期间要按时上课，外出实训要服从安排，注意交通和人身安全。
老师们，农民教育培训的对象特殊，需要我们付出更多的耐心和爱心。希望大家多到田间地头去讲课，让每一位学员学有所获、学有所成。
最后，祝学员们学业进步、生产丰收，祝老师们身体健康、工作愉快！谢谢大家！
""",
    ),
    dict(
        slug="univ-lanqiao-houqin-notice-html-scan-repair",
        site="岚桥职业技术学院后勤集团 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://hq.lqzy.example.edu.cn/info/1021/3318.htm",
        title="关于2025年暑假期间学生宿舍及食堂安排的通知",
        record_title="关于2025年暑假期间学生宿舍及食堂安排的通知-后勤集团",
        record_date="2025-07-04",
        date="2025-07-04",
        notes="a college logistics group's site: service-hall buttons (报修/缴费/失物招领), the notice tells students to 扫码 a mini-program for repairs and gives its own duty phone; a 'click count' script line, share row, footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年暑假期间学生宿舍及食堂安排的通知-后勤集团</title></head>
<body>
<div class="top">⟦m 岚桥职业技术学院后勤集团⟧　<span>⟦m 服务育人 · 管理育人 · 环境育人⟧</span></div>
<div class="svc">⟦a 网上报修⟧ ⟦a 水电缴费⟧ ⟦a 失物招领⟧</div>
<div class="nav">⟦m 集团首页 ｜ 集团概况 ｜ 饮食服务 ｜ 公寓管理 ｜ 物业维修 ｜ 通知公告⟧</div>
<div class="list-path">⟦m 您现在的位置： 首页 &gt; 通知公告 &gt; 正文⟧</div>
<form name="_newscontent_fromname">
<h2>{T}</h2>
<div class="sj">⟦m 发布日期：2025-07-04　作者：公寓管理中心　点击：⟧<span id="dynclicks_wbnews_3318"><script>_showDynClicks("wbnews", 1643512345, 3318)</script></span></div>
<div id="vsb_content">
{BODY}
</div>
<div class="fx">⟦l 分享到： 微信 QQ 微博⟧</div>
</form>
<div class="foot">⟦m 版权所有 © 岚桥职业技术学院后勤集团　地址：岚桥县职教园区1号⟧</div>
</body></html>
""",
        body="""
各二级学院、全体在校学生：
2025年暑假即将来临，为做好假期学生住宿和就餐保障工作，现将有关安排通知如下：
一、宿舍安排
1. 暑假期间，3号、5号学生公寓正常开放，其余公寓实行封楼管理；
2. 因实习、竞赛、科研等原因需留校的学生，须于7月8日前经所在学院审核后到公寓管理中心办理留宿登记，并于7月10日前搬入指定公寓；
3. 离校学生请关闭宿舍门窗和电源，贵重物品随身带走。
二、食堂安排
暑假期间，第一食堂一楼正常营业，营业时间为早餐7:00—8:30，午餐11:30—12:30，晚餐17:30—18:30；其余食堂暂停营业。
三、维修服务
留校学生宿舍设施如有损坏，可微信扫描宿舍门后的“岚职后勤”小程序码在线报修，紧急情况请拨打后勤值班电话0734-6810119。
请各学院做好通知传达工作，确保每一位学生知晓。
后勤集团
2025年7月4日
""",
    ),
    dict(
        slug="univ-jichuan-baowei-notice-wrapped-no-title",
        site="霁川大学保卫处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.jcu.example.edu.cn/tzgg/2025/1105/448.html",
        title="关于开展2025年秋季学生宿舍消防疏散演练的通知",
        record_title=None,
        date="2025-11-05",
        notes="a university security office page: no record title; a hotline ribbon (110 of the campus) at the top, body hard-wrapped at 66 columns with indented paragraphs, a table of drills one row a paragraph, the office's own 联系人 in the body, '附件下载' link and footer",
        indent="\u3000\u3000",
        wrap=66,
        page="""
!m 霁川大学保卫处（武装部）
!m 校园报警电话：0795-8826110　｜　平安校园　人人有责
!m 通知公告 >> 正文
{T}
!m 作者：消防科　来源：保卫处　阅读次数：906
{BODY}
!a 附件下载：宿舍楼疏散路线图.pdf
!l 【上一条】关于加强校园电动自行车停放充电管理的通告
!m 地址：霁川大学逸夫楼一楼　邮编：336000
""",
        body="""
各学院、学生工作部、后勤管理处：
为进一步增强师生消防安全意识，提高火灾应急处置和自救逃生能力，根据学校年度消防工作计划，保卫处定于11月中旬在各学生宿舍区开展秋季消防疏散演练。现将有关事项通知如下：
一、演练安排
宿舍区　演练时间　集合地点
东区1—6号楼　11月12日19:30　东区篮球场
西区7—12号楼　11月13日19:30　西区田径场
南区研究生公寓　11月14日19:30　南区中心广场
二、演练内容
模拟宿舍楼内发生火情，学生听到警报后，按照疏散路线图用湿毛巾捂住口鼻，低姿有序撤离至集合地点，并由宿舍长清点人数后向辅导员报告。演练结束后，由消防科工作人员讲解灭火器使用方法并组织学生现场实操。
三、工作要求
各学院要提前做好动员，辅导员须全程到场组织；演练期间不得使用电梯，不得拥挤推搡，确保演练安全有序。
联系人：保卫处消防科　吴老师　电话：0795-8826083。
保卫处
2025年11月5日
""",
    ),
    dict(
        slug="edu-langyu-yingyangcan-plan-html-schedule",
        site="琅屿县教育信息网·学生营养办专栏 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://jyj.langyu.example.gov.cn/yyb/tzgg/202508/t20250829_1120.html",
        title="琅屿县2025年秋季学期农村义务教育学生营养改善计划实施方案",
        record_title="琅屿县2025年秋季学期农村义务教育学生营养改善计划实施方案【营养办】",
        date="2025-08-28",
        date_also=["2025-08-29"],
        notes="a student-nutrition programme office's column on a county education portal: a parents' supervision button, nav, breadcrumb, byline 发布时间 a day after the 成文日期 (the 成文日期 expected), a meal-standard table, the office's own 联系人 and a sentence about 扫码查看 menus, 'related' and 'hot' boxes, footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>琅屿县2025年秋季学期农村义务教育学生营养改善计划实施方案【营养办】</title></head>
<body>
<div class="hd">⟦m 琅屿县教育信息网⟧<span class="sub">⟦m 学生营养改善计划专栏⟧</span><a class="btn">⟦a 家长陪餐监督入口⟧</a></div>
<div class="nav">⟦m 首页 政策文件 通知公告 食品安全 膳食指南 监督举报⟧</div>
<div class="bread">⟦m 首页 » 通知公告⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-08-29　来源：县学生营养办　点击：502⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="side"><div class="b"><h3>⟦l 相关通知⟧</h3><p>⟦l 2025年春季学期营养餐食品安全检查情况通报⟧</p><p>⟦l 关于公布学校食堂大宗食材供应商名单的通知⟧</p></div>
<div class="b"><h3>⟦l 点击排行⟧</h3><p>⟦l 1 学生营养餐每周带量食谱⟧</p><p>⟦l 2 致家长的一封信（营养餐）⟧</p></div></div>
<div class="ft">⟦m 琅屿县教育局主办　技术支持：琅屿县电教馆⟧<br>⟦d 本站部分图片来源于学校投稿，如涉及肖像权问题请联系删除⟧</div>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
为深入实施农村义务教育学生营养改善计划，切实改善农村学生营养健康状况，结合我县实际，制定本方案。
一、实施范围
全县农村义务教育阶段学校，共计126所，受益学生约4.3万人。
二、供餐标准及模式
学段　补助标准　供餐模式　供餐时间
小学　每生每天5元　食堂供餐　9月1日—次年1月16日
初中　每生每天5元　食堂供餐　9月1日—次年1月16日
寄宿制学校　每生每天5元　食堂供餐（含早餐）　9月1日—次年1月16日
三、组织实施
（一）各学校要严格落实“三统一”要求，大宗食材实行统一招标采购，米、面、油、肉等由县级统一配送。
（二）学校每周公布带量食谱，家长可扫描学校食堂门口的二维码查看每日菜品和食材来源。
（三）严格落实校领导陪餐和家长代表陪餐制度，每学期组织家长陪餐不少于2次。
四、安全保障
各学校要严格执行食品安全管理制度，落实食品留样、索证索票和晨检制度，从业人员须持有效健康证明上岗。
五、联系方式
县学生营养改善计划办公室：杨老师，联系电话：0855-7321516。
琅屿县教育局
2025年8月28日
""",
    ),
    dict(
        slug="blog-junxi-lingyuan-docent-insight-post-time",
        site="松风的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://blog.songfeng.example.net/u/songfeng/post/20250406-88.html",
        title="清明讲解工作有感",
        record_title="【随笔】清明讲解工作有感 - 松风的博客",
        date="2025-04-06",
        notes="a martyrs' cemetery docent's blog: the blog's name and motto, a post line with time/category/reads/comments (the page's date), tags, a previous/next pair in other words, a comment list and a blogroll",
        page="""
!m 松风的博客
!m 一座陵园，一段历史，一份传承
!t 【随笔】清明讲解工作有感 - 松风的博客
!m 2025-04-06 21:14　｜　分类：讲解手记　｜　阅读(56)　｜　评论(2)
{BODY}
!l 标签：清明　烈士陵园　讲解员手记
!l 较新一篇：给小学生讲“最可爱的人”
!l 较早一篇：整理烈士遗物档案的日子（三）
!l 评论（2）
!l 木棉：每年都带孩子去，讲解特别打动人。
!l 松风 回复 木棉：谢谢，欢迎常来。
!l 我的博友：老陈说历史　｜　乡村教师小杨
""",
        body="""
今年清明前后，筠溪县烈士陵园共接待祭扫群众和参观团体一万二千余人次，我和同事们一天最多要讲解十几场。嗓子哑了，心里却格外踏实。
讲到筠溪籍战士蒋长庚在战斗中牺牲时年仅十九岁，来参观的中学生里好几个悄悄红了眼眶。十九岁，只比他们大几岁而已。那一刻我深深感到，讲解员讲的不只是历史，更是一份沉甸甸的嘱托。
今年有一位八十多岁的老人，由孙子推着轮椅来到陵园，在一块墓碑前久久不愿离开。老人告诉我，墓碑上的名字是他的哥哥，七十多年来，他第一次找到哥哥安息的地方。那天晚上，我把老人讲述的故事一字一句记了下来，准备补充到烈士事迹档案里。
作为一名烈士陵园讲解员，我深深体会到，讲好英烈故事不能只靠背解说词，要下功夫研究史料、走访烈士亲属，让每一个名字都鲜活起来。今后，我将继续做好英烈事迹的挖掘整理工作，让更多的人记住他们，让红色基因代代相传。
""",
    ),
    dict(
        slug="hospital-tankou-jiefang-news-html-hotline",
        site="檀口市结核病防治所 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tkjfs.example.org.cn/ywdt/2025/0325/712.html",
        title="我所开展2025年“世界防治结核病日”系列宣传活动",
        record_title="我所开展2025年“世界防治结核病日”系列宣传活动_所务动态_檀口市结核病防治所",
        date="2025-03-25",
        notes="a tuberculosis control institute's site: booking and report-query buttons, an appointment phone in the header next to the institute's own free-screening line in the body; byline with 发布时间 (the page's date), a photographer line, a 'scan to follow' card, a medical disclaimer, footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我所开展2025年“世界防治结核病日”系列宣传活动_所务动态_檀口市结核病防治所</title></head>
<body>
<div class="head"><div class="logo">⟦m 檀口市结核病防治所（檀口市胸科门诊部）⟧</div>
<div class="tel">⟦m 预约挂号：0738-8236120⟧</div>
<div class="tools">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 来所导航⟧</div></div>
<div class="nav">⟦m 首页 本所概况 科室导航 专家介绍 就诊指南 所务动态 健康科普⟧</div>
<div class="here">⟦m 所在位置：首页 / 所务动态⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="detail-meta">⟦m 发布时间：2025-03-25 10:32　来源：健康教育科　浏览量：614⟧</div>
<div class="detail-body">
{BODY}
</div>
<div class="detail-photo">⟦m 文/图：健康教育科 覃雨⟧</div>
</div>
<div class="right"><div class="qr"><img src="/img/qr.jpg"><p>⟦a 扫码关注“檀口结防”服务号⟧</p></div></div>
<div class="foot"><p>⟦d 本站健康科普内容仅供参考，不能替代医生面诊。⟧</p><p>⟦m 地址：檀口市桂花路210号　湘ICP备16017392号⟧</p></div>
</body></html>
""",
        body="""
3月24日是第30个“世界防治结核病日”。为普及结核病防治知识，提高公众防治意识，我所围绕今年“你我共同努力　终结结核流行”的宣传主题，开展了为期一周的系列宣传活动。
活动期间，我所组织医务人员走进社区、学校和企业，开展结核病防治知识讲座6场，现场提供咨询和筛查服务，共服务群众1200余人次。
在檀口市第一中学，我所主任医师邓佩华为高一新生作了《校园结核病的预防与发现》专题讲座，提醒同学们咳嗽、咳痰两周以上要及时就诊。在城东社区，医务人员为65岁以上老年人和糖尿病患者开展胸部影像筛查，对筛查异常的居民给出了进一步检查建议。
此外，我所还通过公众号、视频号推送结核病防治科普文章和短视频15篇（条）。我所结核病免费筛查咨询电话0738-8239525工作日全天开通，市民也可拨打全国卫生健康服务热线12320咨询。
""",
    ),
    dict(
        slug="hospital-yichuan-nursing-plan-signature",
        site="漪川县人民医院 (invented)",
        style="医院官网",
        genre="工作计划",
        kind="plan",
        form="text",
        source="http://www.ycxrmyy.example.com/hlb/gzjh/2025/0106/33.html",
        title="漪川县人民医院护理部2025年工作计划",
        date="2025-01-06",
        notes="a county hospital's nursing-department page: the hospital's slogan, a 24-hour emergency line and a complaint line in the header, numbered lists and decimal headings (1.1, 1.2), a signature date of the department; '护理园地' box under the text",
        page="""
!m 漪川县人民医院 · 二级甲等综合医院
!m 急救电话：0574-6512120（24小时）　投诉电话：0574-6512345
!m 护理园地 - 工作计划
{T}
!m 录入：护理部　　点击数：174
!a 【大字体】【小字体】【关闭】
{BODY}
!l 护理园地：
!l · 护理部2024年工作总结
!l · 我院举办“5·12”国际护士节表彰大会
""",
        body="""
2025年，护理部将以提升护理质量、保障患者安全为核心，以深化优质护理服务为主线，持续加强护理队伍建设，推动全院护理工作高质量发展。
1 加强护理质量与安全管理
1.1 完善三级护理质量控制体系，护理部每月、科室每周开展质量检查，全年护理质量综合合格率保持在95%以上。
1.2 加强护理不良事件管理，鼓励主动上报，每季度开展典型案例分析，杜绝重大护理差错发生。
2 深化优质护理服务
2.1 优质护理服务病房覆盖率达到100%，推行责任制整体护理，责任护士对分管患者实行全程负责。
2.2 拓展延续护理服务，对出院的慢性病患者开展电话回访和上门随访，出院患者随访率达到90%以上。
3 加强护理人才队伍建设
3.1 实施分层级培训，全年组织护理业务培训24次、操作考核4次。
3.2 选派10名骨干护士到上级医院进修学习，重点培养重症、血液净化、伤口造口等专科护士。
4 做好护理教学和科研
全年接收护理实习生60名，完成带教计划；鼓励护理人员开展护理科研和技术革新，力争申报市级护理科研课题1项。
护理部
2025年1月6日
""",
    ),
    dict(
        slug="training-tiaozhou-diving-notice-no-date",
        site="苕洲蓝鲸潜水培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lanjing-dive.example.com/xyzx/xuzhi/61.html",
        title="关于规范潜水训练安全管理的通知",
        record_title="【学员须知】关于规范潜水训练安全管理的通知（必读）",
        date=None,
        notes="a diving school: enrolment hotline and 'free trial dive' prompts, course ads under the text, a WeChat consultant id; the notice itself names 扫码 sign-in and a dive-log app; no date anywhere (the notice is signed by the 教学部 only)",
        page="""
!m 蓝鲸潜水 — 国际潜水教练认证中心 · 小班教学
!w 报名热线：0572-2830688　微信同号
!t 【学员须知】关于规范潜水训练安全管理的通知（必读）
!m 学员中心 / 须知公告　　阅读：2,218
{BODY}
!a 👉 预约免费体验潜水
!l 热招课程：开放水域潜水员　｜　进阶开放水域　｜　救援潜水员专项班
!w 课程顾问 小鲸：lanjing_2025（备注“咨询”）
!d 课程介绍及图片仅供参考，以实际开班通知为准。
""",
        body="""
各位学员：
为进一步加强潜水训练安全管理，保障学员人身安全和设备安全，根据潜水运动有关安全规范和中心训练管理规定，现就规范潜水训练安全管理有关事项通知如下：
一、严格训练纪律。学员须按课表准时到达训练场馆，到场后扫描泳池入口二维码签到，未签到人员不得参加当日下水训练。
二、落实潜伴制度。所有水下训练必须两人一组结伴进行，严禁单人下潜；开放水域训练须由教练全程带领，不得擅自脱离队伍。
三、规范装备使用。下水前须按照检查单逐项检查气瓶压力、调节器、浮力调整器和配重，发现异常立即报告教练；训练结束后及时在潜水日志App中记录潜水时间和深度。
四、注意身体状况。患感冒、中耳炎或饮酒后，一律不得下水训练；训练中如出现耳痛、头晕等不适，应立即示意教练并缓慢上升。
五、违规处理。对违反上述规定的学员，视情节给予警告、暂停训练直至取消培训资格的处理。
请各位学员认真遵守，安全训练，顺利取证。
中心教学部
""",
    ),
    dict(
        slug="exam-cuicen-anquan-ks-notice-html-table",
        site="翠岑县安全生产考试中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://aqks.cuicen.example.gov.cn/kwxx/2025/0820/3812.html",
        title="关于2025年第三季度特种作业操作证理论考试安排的通知",
        record_date="2025-08-20",
        date="2025-08-20",
        notes="a county safety-production exam centre: login/registration buttons, an exam-calendar sidebar, an exam timetable as a table, the notice tells candidates to 下载并打印准考证 from its own URL and gives its own 咨询电话 next to the footer's technical-support phone; an anti-fraud notice box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年第三季度特种作业操作证理论考试安排的通知</title></head>
<body>
<div class="hd"><span class="logo">⟦m 翠岑县安全生产考试网⟧</span><span class="login">⟦a 考生登录⟧ | ⟦a 新用户注册⟧</span></div>
<div class="nav">⟦m 首页 | 考试信息 | 报名入口 | 成绩查询 | 证书查询 | 政策法规⟧</div>
<div class="main"><div class="left">
<div class="crumb">⟦m 位置：首页 ＞ 考试信息 ＞ 特种作业⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 时间：2025-08-20　浏览：4,319 次⟧</div>
<div class="text">
{BODY}
</div>
<div class="warn">⟦d 郑重提醒：本中心从未委托任何机构或个人代办证书，请考生提高警惕，谨防上当受骗。⟧</div>
</div>
<div class="right"><h3>⟦l 考试日历⟧</h3><ul><li>⟦l 9月 低压电工作业⟧</li><li>⟦l 9月 焊接与热切割作业⟧</li><li>⟦l 10月 高处作业⟧</li></ul></div></div>
<div class="ft">⟦m 主办：翠岑县应急管理局　技术支持电话：0736-5122901⟧<br>⟦m 湘ICP备13009271号-4⟧</div>
</body></html>
""",
        body="""
各有关单位，各位考生：
2025年第三季度特种作业操作证理论考试将于9月举行。现将我县考点有关事项通知如下：
一、考试时间及工种
日期　时间　作业类别
9月13日　9:00—10:30　低压电工作业
9月13日　14:00—15:30　焊接与热切割作业
9月14日　9:00—10:30　高处安装、维护、拆除作业
二、准考证打印
考生须于9月8日至9月12日登录翠岑县安全生产考试网（https://aqks.cuicen.example.gov.cn）下载并打印准考证，准考证须用A4纸打印，逾期不再补打。
三、考试地点
翠岑县职业技术学校实训楼三楼（县城文昌路18号），具体考场以准考证为准。
四、有关要求
考生应携带准考证和有效居民身份证原件参加考试，开考后15分钟不得入场。理论考试采用计算机考试方式，考生应提前熟悉考试系统操作。
五、咨询方式
考务咨询电话：0736-5122966（工作日8:00—12:00，14:30—17:30）。
翠岑县安全生产考试中心
2025年8月20日
""",
    ),
    dict(
        slug="gkforum-luting-fujing-recruit-repost-junk",
        site="辅警招考交流社区 (invented)",
        style="公考论坛",
        genre="公告",
        kind="notice",
        form="text",
        source="https://bbs.fujingkao.example.com/thread-31882-1-1.html",
        title="鹭汀区公安分局2025年公开招聘警务辅助人员公告",
        record_title="【搬运】鹭汀区公安分局2025年公开招聘警务辅助人员公告（附岗位表）",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="an auxiliary-police recruitment forum repost: anti-scraping junk as lines and glued after 。; the poster's line with a post time (the 成文日期 expected, the post time also accepted); a positions table; the bureau's own 咨询电话 and registration e-mail; numbered replies (2#, 3#) and a level badge",
        page="""
!m 辅警招考交流社区 › 招考公告 › 福建
!t 【搬运】鹭汀区公安分局2025年公开招聘警务辅助人员公告（附岗位表）
!m 楼主　上岸小鹿鹿　Lv.6 备考达人　发帖时间 2025-06-11 07:52
!m 浏览 3521　｜　回帖 48
{BODY}
!a 本帖隐藏的附件需要回复才能下载：岗位表.xlsx
!l 2#　一定上岸吧：去年体能测试是什么项目？
!l 3#　上岸小鹿鹿：去年是10米×4往返跑和1000米跑，供参考
!a 登录后参与讨论　｜　注册新账号
!m 辅警招考交流社区　闽ICP备22004177号
""",
        junk=dict(lines=2, glued=4),
        body="""
为进一步加强警务辅助力量建设，根据有关规定，经研究，鹭汀区公安分局决定面向社会公开招聘警务辅助人员。现将有关事项公告如下：
一、招聘岗位及人数
岗位代码　岗位名称　人数　学历要求
LT01　治安巡逻岗　12　高中（中专）及以上
LT02　交通管理岗　8　高中（中专）及以上
LT03　综合文职岗　3　大专及以上
二、报名条件
具有中华人民共和国国籍，遵守宪法和法律，品行端正，年龄在18周岁以上、30周岁以下，具有正常履行职责的身体条件。退役军人年龄可放宽至35周岁。
三、报名方式
本次招聘采取网上报名方式，报名时间为2025年6月16日至6月22日。报考人员将报名表、身份证、学历证书扫描件发送至报名邮箱ltfjzp@163.com，邮件标题注明“岗位代码+姓名”。
四、考试方式
考试采取体能测试、笔试和面试相结合的方式，体能测试不合格者不得进入笔试。笔试时间、地点另行通知。
五、咨询电话
0592-5566213（工作日上午8:30—12:00，下午14:30—17:30）。
鹭汀区公安分局
2025年6月10日
""",
    ),
    dict(
        slug="hospital-luyu-sanyuan-shuxueke-pledge-old-table",
        site="鹭屿市第三人民医院 (invented)",
        style="医院官网",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.lysy.example.com/sxk/ShowNews.asp?id=208",
        title="无偿献血　你我同行——致全院职工的倡议书",
        title_also=["致全院职工的倡议书"],
        record_title="【输血科】无偿献血　你我同行——致全院职工的倡议书",
        date="2025-06-09",
        notes="a hospital blood-transfusion department's page on an old table layout: a scrolling notice, a left column of links, a 'hits' line without a date, the pledge's own sign-up phone and place next to the hospital's switchboard in the footer",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【输血科】无偿献血　你我同行——致全院职工的倡议书</title></head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="90" background="images/top.jpg">⟦m 鹭屿市第三人民医院 · 输血科专栏⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 科学用血　安全输血——欢迎访问输血科专栏⟧</marquee></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td width="180" valign="top" bgcolor="#E8F1FA">
<table width="100%"><tr><td>⟦l ◎ 科室简介⟧</td></tr><tr><td>⟦l ◎ 用血须知⟧</td></tr><tr><td>⟦l ◎ 献血光荣榜⟧</td></tr><tr><td>⟦l ◎ 返回医院首页⟧</td></tr></table>
</td>
<td valign="top">
<table width="100%" border="0"><tr><td align="center"><strong>{T}</strong></td></tr>
<tr><td align="center">⟦m 文章来源：输血科　点击：433⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a [打印本文] [返回上页]⟧</td></tr></table>
</td></tr></table>
<table width="1000" align="center"><tr><td align="center" bgcolor="#1E5AA8"><font color="#FFFFFF">⟦m 医院总机：0592-6023000　地址：鹭屿市海沧大道333号⟧</font></td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
全院职工：
“一袋血，一份爱，一条生命。”6月14日是第二十二个世界献血者日。当前正值夏季用血高峰，我院临床用血较为紧张，部分择期手术因血源不足被迫推迟。为弘扬“奉献、友爱、互助、进步”的精神，输血科向全院职工发出倡议：
一、主动参与，奉献爱心。凡年龄在18周岁至60周岁、身体健康的职工，都可以参加无偿献血。献血前一天请清淡饮食、保证睡眠，献血当天不要空腹。
二、广泛宣传，传递温暖。利用门诊、病房和社区义诊等机会，向患者和群众宣传无偿献血知识，消除对献血的误解和顾虑。
三、以身作则，带动身边。希望各科室负责人和医护骨干带头献血，带动身边的同事、朋友加入无偿献血的队伍。
本次集中献血活动定于6月14日上午8:30至11:30在门诊楼前广场举行，市中心血站采血车将到场采血。报名请联系输血科，电话：0592-6023182。
献出一份热血，点亮一份希望。让我们用热血守护生命！
鹭屿市第三人民医院输血科
2025年6月9日
""",
    ),
    dict(
        slug="edu-junxi-zhongxinxiao-notice-doc-markers",
        site="筠溪县芸湖镇中心学校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yunhuzx.junxi.example.edu.cn/xxgk/2025/0630/W020250630318.doc",
        title="关于做好2025年暑期学生防溺水安全教育工作的通知",
        record_title="关于做好2025年暑期学生防溺水安全教育工作的通知.doc",
        date="2025-06-27",
        notes="a township central school's .doc converted to text: a file-name title, the school's own header lines, a document number (neutral), page markers ⸦N⸧ cutting sentences glued to the continuation, a sentence telling schools to 下载打印 a letter to parents, a 成文日期 in Chinese numerals",
        pages=dict(fmt="⸦{n}⸧", every=120, start=2, glue=True),
        page="""
!m 芸湖镇中心学校 校务公开
!m 文件下载 ▸ 安全教育
芸中校〔2025〕15号
{T}
{BODY}
!d 本文件由学校办公室发布，转载请注明出处。
""",
        body="""
各村小、教学点，中心幼儿园：
暑假即将来临，学生溺水事故进入高发期。为切实做好暑期学生防溺水工作，保障学生生命安全，现就有关事项通知如下：
一、开展一次集中教育。各校（园）要在放假前利用班会课、国旗下讲话等形式，对学生开展一次防溺水专题教育，讲清“六不”要求，让每一名学生入脑入心。
二、落实家校共管责任。各校要下载打印《致家长的一封信》，由班主任发放到每一位家长手中，并收回家长签字的回执；要通过家长会、班级群等方式提醒家长切实履行监护责任。
三、加强危险水域巡查。中心学校将联合镇政府、各村委会，组织教师、村干部和志愿者对辖区内河流、山塘、水库等危险水域开展巡查，发现学生私自下水及时劝离。
四、严格信息报送制度。假期实行24小时值班制度，值班人员要保持通讯畅通，如遇突发情况，须在第一时间报告中心学校。
芸湖镇中心学校
二〇二五年六月二十七日
""",
    ),
]
