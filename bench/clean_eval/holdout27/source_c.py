"""holdout27, part C: schools, exams, training and hospitals (a PE entrance-exam
arrangement, a Mandarin-proficiency test station, a university lab-safety office and
international office, a licensed-pharmacist exam notice, a fire-facility operator
appraisal, a welding school, a seafarers' training centre, exam forums, an ethnic
(Mongolian) medicine hospital and a hospital's check-up centre). Everything invented."""

CASES = [
    dict(
        slug="edu-yuanchuan-pe-exam-arrangement-html",
        site="瑗川市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.yuanchuan.example.gov.cn/tzgg/2025/0305/6120.html",
        title="关于做好2025年初中学业水平体育与健康考试工作的通知",
        record_title="关于做好2025年初中学业水平体育与健康考试工作的通知_瑗川教育",
        date="2025-03-05",
        notes="education portal: a top bar with an app link and a service-hall button, a schedule table one row a paragraph, a sentence telling candidates to 下载打印 the admission card, the bureau's own 咨询电话 beside the portal's 信箱; 附件 list; a column list",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年初中学业水平体育与健康考试工作的通知_瑗川教育</title></head><body>
<div class="tb">⟦a 教育服务大厅⟧ ⟦a 手机版⟧ ⟦a 局长信箱⟧</div>
<div class="banner">⟦m 瑗川教育　立德树人 办人民满意教育⟧</div>
<div class="menu">⟦m 首页 | 教育要闻 | 通知公告 | 招生考试 | 政策文件 | 互动交流⟧</div>
<div class="pos">⟦m 当前位置：首页 ▸ 招生考试 ▸ 中考⟧</div>
<h2>{T}</h2>
<div class="art-info">⟦m 日期：2025-03-05　来源：基础教育科　作者：体卫艺科⟧</div>
{BODY}
<div class="lm"><h5>⟦l 招生考试⟧</h5><ul><li>⟦l 2025年普通高中招生工作意见⟧</li><li>⟦l 初中学业水平考试考生须知⟧</li></ul></div>
<div class="foot">⟦m 瑗川市教育局主办　地址：瑗川市府前路2号⟧<br>⟦m 网站信箱：jyj_web@yuanchuan.example.gov.cn⟧</div>
</body></html>
""",
        body="""
各县（区）教育局，市直各初级中学：
根据省教育厅有关文件精神，现就2025年初中学业水平体育与健康考试工作通知如下：
一、考试时间和地点
区域　考试日期　考点
城东区、城西区　4月15日至18日　市体育中心
瑗南县、北塘县　4月21日至24日　瑗南县第一中学
二、考试项目
必考项目为男子1000米跑、女子800米跑；选考项目从立定跳远、一分钟跳绳、篮球运球中任选两项。
三、有关要求
考生须于考前三天登录市中考服务平台下载打印准考证，凭准考证和身份证参加考试。因伤病不能参加考试的，须于3月25日前提交县级以上医院诊断证明申请缓考或免考。
咨询电话：0736-2213057（市教育局体卫艺科）
附件：1.体育考试评分标准
2.缓考免考申请表
瑗川市教育局
2025年3月5日
""",
    ),
    dict(
        slug="edu-qingchuan-mandarin-test-notice",
        site="磬川县普通话水平测试站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qcjy.example.cn/pths/2025/0409.html",
        title="磬川县2025年第二季度普通话水平测试报名通知",
        record_title="磬川县2025年第二季度普通话水平测试报名通知（附报名流程）",
        date="2025-04-09",
        indent="\u3000\u3000",
        notes="decorated record title （附报名流程）; numbered steps with 扫码/关注/打印 as content; the station's own 咨询电话 kept; a login prompt between paragraphs and a 'share to' bar glued after a sentence",
        page="""
!m 磬川教育信息网
!m 首页 ＞ 语言文字 ＞ 普通话测试
!t 磬川县2025年第二季度普通话水平测试报名通知
!m 作者：测试站　　发布：2025-04-09　　阅读：2106
{BODY}
!l ◀ 前一篇：关于开展第28届推普周活动的通知
!l ▶ 后一篇：县语委办公室2024年工作总结
!m 磬川县教育局　版权所有　　湘ICP备14020097号
""",
        body="""
根据省语言文字工作委员会的安排，我站将于2025年5月10日至11日组织第二季度普通话水平测试。现将报名事项通知如下：
一、报名对象：在职教师、师范类在校学生及其他需要取得普通话等级证书的社会人员。
二、报名流程：
1.关注“磬川语言文字”微信公众号，点击菜单栏“测试报名”，扫码进入报名系统。
2.如实填写个人信息，上传近期免冠证件照，在线缴纳测试费50元。⟦l 分享到：微信好友｜朋友圈｜QQ⟧
3.5月6日后登录报名系统自行打印准考证。
⟦a 登录后可查看历次测试成绩⟧
三、测试时须携带准考证和身份证原件，提前20分钟到达县第二中学测试点候测。
咨询电话：0743-6682147（工作日）
磬川县普通话水平测试站
2025年4月9日
""",
    ),
    dict(
        slug="univ-zongzhou-lab-safety-notice-html",
        site="琮州理工学院实验室与设备管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://sbc.zzlg.example.edu.cn/info/1031/4418.htm",
        title="关于开展2025年春季学期实验室安全专项检查的通知",
        record_title="关于开展2025年春季学期实验室安全专项检查的通知-实验室与设备管理处",
        date="2025-03-10",
        notes="university office template: a 'quick links' row, a VPN/ mail login row, a checklist with decimal headings 2.1/2.2, a sentence telling staff to 下载 a self-check form, a footer with the office's phone; a click counter via script",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年春季学期实验室安全专项检查的通知-实验室与设备管理处</title></head><body>
<div class="quick">⟦a 学校主页　｜　信息门户　｜　VPN　｜　邮箱登录⟧</div>
<div class="dept">⟦m 琮州理工学院 · 实验室与设备管理处⟧</div>
<div class="nav">⟦m 处室概况　通知公告　安全管理　资产管理　采购管理　下载专区⟧</div>
<div class="crumb">⟦m 首页 >> 通知公告 >> 正文⟧</div>
<h1>{T}</h1>
<p class="time">⟦m 发布时间：2025-03-10　点击：⟧<script>document.write(371)</script></p>
{BODY}
<p class="pn">⟦l 上一条：关于报送2025年大型仪器设备购置计划的通知⟧</p>
<p class="pn">⟦l 下一条：危险化学品集中采购平台使用说明⟧</p>
<div class="foot">⟦m 地址：琮州市学府大道1号实验楼A座305　电话：0854-8721046⟧　⟦d ©2025 琮州理工学院⟧</div>
</body></html>
""",
        body="""
各学院、各实验教学中心：
为消除实验室安全隐患，学校定于3月17日至4月11日开展实验室安全专项检查。现将有关事项通知如下：
一、检查范围
全校所有教学、科研实验室，重点检查涉及危险化学品、特种设备和生物样本的实验室。
二、检查内容
2.1 安全责任：实验室安全责任人和安全员是否明确，安全制度是否上墙。
2.2 危险化学品：是否建立台账，剧毒、易制爆化学品是否落实双人双锁管理。
2.3 设施设备：通风柜、洗眼器、应急喷淋装置是否完好有效。
三、工作要求
各单位须于3月14日前从本处网站“下载专区”下载自查表，完成自查并报送电子版。检查发现的问题，实行清单化整改，逾期未整改的暂停实验室使用。
实验室与设备管理处
2025年3月10日
""",
    ),
    dict(
        slug="univ-jinshan-intl-office-summary",
        site="瑾山大学国际交流合作处 (invented)",
        style="高校官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://gjc.jinshan-u.example.edu.cn/xwdt/2025/0110/c1442a88213/page.htm",
        title="国际交流合作处2024年工作总结",
        record_title="国际交流合作处2024年工作总结",
        date="2025-01-10",
        gap=True,
        notes="a university office page with English nav, a language switch and a 'visitors' widget; figures table; an editor/reviewer line glued after the last sentence; 发布 date in a byline and the same date under the signature",
        page="""
!a 中文 | English
!m 瑾山大学国际交流合作处 Office of International Cooperation and Exchanges
!m Home　About　Programs　Students　Scholars　Contact
!m 新闻动态
{T}
!m 发布者：综合办　发布时间：2025-01-10　浏览次数：418
{BODY}
!m 访客统计：今日 37 / 累计 126,540
!d Copyright © 瑾山大学 All rights reserved.
""",
        body="""
2024年，国际交流合作处围绕学校“双一流”建设目标，积极拓展国际合作渠道，各项工作取得新成效。
一、合作网络持续扩展。新签校际合作协议11份，合作院校覆盖22个国家和地区。
二、师生交流更加活跃。全年派出学生交流学习318人次，接收国际学生236人。
项目　2023年　2024年
短期交流学生　204　318
来华学历生　141　236
三、引智工作稳步推进。聘请外籍专家39人，举办国际学术会议5场。
2025年，我处将重点推进联合培养项目和海外实习基地建设。
国际交流合作处
2025年1月10日⟦m 撰稿：骆依依　审核：宋振国⟧
""",
    ),
    dict(
        slug="exam-xuanjiang-pharmacist-exam-notice-html",
        site="瑄江省人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xjpta.example.gov.cn/ksxx/zyzs/202507/t20250708_6610.html",
        title="2025年度执业药师职业资格考试考务通知",
        record_title="【考务公告】2025年度执业药师职业资格考试考务通知",
        date="2025-07-08",
        record_date="2025-07-08",
        notes="exam portal: a 'candidate login' and real-name verification strip, an anti-fraud ticker, the exam timetable one row a paragraph, the committee's 咨询电话 beside the site's technical line, a sentence telling candidates to 下载打印 the admission card",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】2025年度执业药师职业资格考试考务通知</title></head><body>
<div class="strip">⟦a 考生登录⟧ ⟦a 实名认证⟧ ⟦a 证书查询⟧</div>
<div class="ticker">⟦d 郑重提醒：本网从未委托任何机构或个人代报名、代缴费，谨防上当受骗！⟧</div>
<div class="hd">⟦m 瑄江省人事考试网⟧</div>
<div class="nav">⟦m 首页　考试信息　报名入口　成绩查询　证书办理　政策法规⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：省人事考试中心　发布时间：2025-07-08 10:00⟧</div>
{BODY}
<div class="tech">⟦w 报名系统技术支持：0716-8899 3100（工作日）⟧</div>
<div class="ft">⟦m 主办：瑄江省人事考试中心⟧　⟦m 瑄ICP备05002184号⟧</div>
</body></html>
""",
        body="""
各有关单位、各位报考人员：
2025年度执业药师职业资格考试定于10月18日、19日举行，现将考务工作有关事项通知如下：
一、考试时间
日期　时间　科目
10月18日　9:00—11:30　药学（中药学）专业知识（一）
10月18日　14:00—16:30　药学（中药学）专业知识（二）
10月19日　9:00—11:30　药事管理与法规
10月19日　14:00—16:30　药学（中药学）综合知识与技能
二、报名时间
8月5日至8月15日，报考人员登录报名系统进行网上报名和缴费。
三、准考证打印
10月13日至10月17日，报考人员登录报名系统下载打印准考证。
考务咨询电话：0716-8861209（省人事考试中心考务处）
瑄江省人事考试中心
2025年7月8日
""",
    ),
    dict(
        slug="exam-yaoping-fire-operator-appraisal",
        site="瑶坪县职业技能鉴定中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ypjnjd.example.cn/tzgg/show_903.aspx",
        title="关于组织消防设施操作员职业技能等级认定的通知",
        record_title=None,
        date="2025-08-19",
        indent="\u3000\u3000",
        notes="no record title; a column label glued before the title line on the page and after a sentence; a fees table; the centre's 报名电话 kept; a 'related' list and a hotline in the footer",
        page="""
!m 瑶坪县职业技能鉴定中心
!m 技能认定 / 通知公告
⟦m 【通知公告】⟧关于组织消防设施操作员职业技能等级认定的通知
!m 更新时间：2025-08-19 08:47　来源：鉴定科
{BODY}
!l 相关链接：职业技能等级证书查询　|　评价机构名录
!m 服务热线：0745-6288000　地址：瑶坪县人社大楼二楼
""",
        body="""
各有关单位、各位学员：
根据年度认定计划，我中心定于2025年9月下旬组织消防设施操作员职业技能等级认定。现将有关事项通知如下：
一、认定等级及收费
等级　理论考试　技能考核　收费标准
五级／初级工　闭卷笔试　实操　380元
四级／中级工　机考　实操　460元
二、报名条件按国家职业技能标准执行，报名时须提交身份证、学历证书及相关工作年限证明。⟦a 点击收藏本文⟧
三、报名时间为8月20日至9月5日，逾期不予受理。
报名电话：0745-6213672（鉴定科　周老师）
瑶坪县职业技能鉴定中心
2025年8月19日
""",
    ),
    dict(
        slug="training-zongzhou-welding-school-old-table",
        site="琮州金焊职业培训学校 (invented, old table site)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="http://www.zzjinhan.example.com/zsjz.asp?id=12",
        title="琮州金焊职业培训学校2025年秋季焊工培训招生简章",
        record_title="琮州金焊职业培训学校2025年秋季焊工培训招生简章",
        date=None,
        p_html="<p>　　{}</p>",
        notes="gb2312 table layout with a floating QQ box, a 'hot courses' marquee and a visitor counter; classes table; the school's own 报名电话 in the text beside a floating consult box; no date (year only in the title, a page-update stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>琮州金焊职业培训学校2025年秋季焊工培训招生简章</title></head>
<body><table width="960" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 琮州金焊职业培训学校　学技术 到金焊⟧</td><td align="right">⟦a 设为首页　加入收藏⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 学校简介 | 招生简章 | 师资力量 | 学员就业 | 在线报名⟧</td></tr>
<tr><td colspan="2"><marquee>⟦l 热门课程：电焊工　氩弧焊　二保焊　叉车　电工⟧</marquee></td></tr>
<tr><td width="700" valign="top">
<h3 align="center">{T}</h3>
<p align="center">⟦m 更新时间：2025-8-1 9:26:31　浏览次数：2981⟧</p>
{BODY}
</td><td valign="top">
<div>⟦w 在线咨询QQ：2851190376⟧</div>
<div>⟦l 学员风采⟧</div><div>⟦l 证书样本⟧</div>
<div>⟦m 访问统计：总访问量 318,207⟧</div></td></tr>
<tr><td colspan="2" align="center">⟦d 版权所有：琮州金焊职业培训学校　　技术支持：琮州网络⟧</td></tr>
</table></body></html>
""",
        body="""
我校是经县人力资源和社会保障局批准设立的职业培训机构，常年开展焊工等特种作业培训。现面向社会招收秋季焊工培训学员。
一、培训项目
班次　学时　学费
手工电弧焊初级班　30天　2600元
氩弧焊提高班　45天　3800元
二保焊专项班　20天　1900元
二、招生对象：年满18周岁、身体健康、初中以上文化程度的城乡劳动者。
三、培训方式：理论与实操相结合，实操课时不少于总课时的百分之七十，结业后参加特种作业操作证考试。
报名电话：0854-7365220（招生办）
""",
    ),
    dict(
        slug="training-zhangpu-seafarer-centre-notice",
        site="璋浦海员培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zphypx.example.com/notice/2025-10-09.html",
        title="关于2025年第四期船员基本安全培训开班的通知",
        record_title="关于2025年第四期船员基本安全培训开班的通知｜璋浦海员培训",
        date="2025-10-09",
        indent="\u3000\u3000",
        notes="a training centre page: a course-consultant card with a mobile and WeChat, a 'book a place' call to action between paragraphs, a numbered materials list, a sentence telling trainees to 关注 the account; footer with a licence number",
        page="""
!m 璋浦海员培训中心 · 海事局认可培训机构
!m 首页 / 培训通知 / 正文
!t 关于2025年第四期船员基本安全培训开班的通知｜璋浦海员培训
!w 课程顾问 小林 138 2277 0915（微信同号）
{BODY}
!l 往期通知：第三期船员基本安全培训考试合格名单
!m 培训机构许可证编号：ZP-HY-2019-006　地址：璋浦港区海员路16号
""",
        body="""
各位学员：
我中心2025年第四期船员基本安全培训定于10月20日开班，培训时间为10天。现将有关事项通知如下：
一、报到时须携带以下材料：
1.身份证原件及复印件；
2.船员体检合格证明；
3.近期白底证件照4张。
⟦a 立即预约名额 >>⟧
二、培训内容包括个人求生、防火灭火、基本急救和个人安全与社会责任，结业考试由海事管理机构组织。
三、学员可关注中心公众号“璋浦海员培训”，及时了解考试安排和成绩。
璋浦海员培训中心
2025年10月9日
""",
    ),
    dict(
        slug="examforum-pharmacist-prep-post-junk",
        site="药考之家论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.yaokaozhijia.example.com/thread-44190-1-1.html",
        title="在职一年过执业药师四科的复习体会",
        record_title="[经验分享] 在职一年过执业药师四科的复习体会（附时间安排）",
        date="2024-12-26",
        junk=dict(lines=1, glued=3),
        notes="forum post with anti-scraping junk as a line and glued after 。; the post's 发表于 line is the page's date; a signature line, a reward prompt and replies below; a schedule table in the body",
        page="""
!m 药考之家论坛 › 执业药师 › 经验交流
!m 查看: 5620 | 回复: 47
!t [经验分享] 在职一年过执业药师四科的复习体会（附时间安排）
!m 药房小陈 发表于 2024-12-26 22:18 | 只看该作者 | 倒序浏览
{BODY}
!m ———— 签名：今天多背一页，明天多一分把握 ————
!a 打赏　收藏　举报
!l 2# 一只鹿：感谢分享，正在准备明年的考试
!l 3# 兔兔不吃药：楼主能分享一下笔记吗
!a 您需要登录后才可以回帖　登录 | 注册
""",
        body="""
今年成绩出来了，四科一次全过，分享一下我作为在职药房人员的复习体会。
第一，时间要早规划。我从三月开始复习，每天晚上学习两个小时，周末各学习四小时。
阶段　时间　任务
基础　3月至6月　过一遍教材
强化　7月至9月　做真题和章节练习
冲刺　10月　模拟考试和错题回顾
第二，法规要反复记。药事管理与法规知识点多而碎，我把易混的时限、数字整理成表格，每天早上背十分钟。
第三，综合知识要联系工作。很多题目就是药房里常见的用药咨询，平时多留心，考试时就能举一反三。
最后祝明年考试的朋友们都能顺利通过！
""",
    ),
    dict(
        slug="examforum-selection-exam-answer-discuz",
        site="遴选考试论坛 (invented, Discuz-like)",
        style="公考论坛",
        genre="范文",
        kind="other",
        form="html",
        source="https://www.linxuanbbs.example.com/forum.php?mod=viewthread&tid=20731",
        title="以“小切口”推动基层治理“大变化”",
        title_also=["以小切口推动基层治理大变化"],
        record_title="【申论范文】以“小切口”推动基层治理“大变化” - 遴选笔试交流 - 遴选考试论坛",
        date="2025-05-03",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        notes="Discuz-like thread with jammer fonts inside the post, a poster card, a 'reply to see the PDF' box, a rating row and replies; the 发表于 line is the page's date",
        page="""
<html><head><meta charset="gbk"><title>【申论范文】以“小切口”推动基层治理“大变化” - 遴选笔试交流 - 遴选考试论坛</title></head><body>
<div id="toptb">⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 遴选考试论坛 › 笔试交流 › 申论范文⟧</div>
<table><tr><td class="pls">⟦m 上岸的阿泽⟧<br>⟦m 帖子 218 积分 3460 金币 77⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-5-3 20:41 | 显示全部楼层⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容：回复后可查看PDF批注版⟧</div>
<div class="rate">⟦l 评分　参与人数 6　金币 +18　收起 理由⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发 小满同学：结构清楚，学习了⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　|　遴选考试论坛 ( 皖ICP备22001355号-1 )⟧</div>
</body></html>
""",
        body="""
基层治理千头万绪，群众感受最深的往往是身边的小事。推动基层治理提质增效，既要有全局谋划，更要善于从小切口入手。
小切口要切在群众急难愁盼处。楼道里的一盏灯、路口的一块指示牌，看似微不足道，却直接关系群众的获得感。基层干部要俯下身子听民声，把群众的“问题清单”变成工作的“任务清单”。
小切口要切在机制创新上。一些地方推行“网格吹哨、部门报到”，让小事不出网格、大事不出社区，正是以机制之变破解治理之难。
小切口要切出大格局。解决好一件件小事，积小胜为大胜，才能推动基层治理发生由点到面的大变化。
""",
    ),
    dict(
        slug="hosp-qiongban-mongolian-medicine-notice-html",
        site="琼坂县蒙医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qbmyyy.example.cn/yygg/20250620/1388.html",
        title="关于开展三伏天蒙医传统疗法服务的通知",
        record_title="关于开展三伏天蒙医传统疗法服务的通知_医院公告_琼坂县蒙医医院",
        date="2025-06-20",
        notes="hospital template: booking/report-query buttons, a bilingual (Mongolian name in Latin transcription) header, a schedule table, the department's 咨询电话 beside the hospital's 24-hour emergency line, a sentence telling patients to 扫码 book; a 'health tips' list",
        page="""
<html><head><meta charset="utf-8"><title>关于开展三伏天蒙医传统疗法服务的通知_医院公告_琼坂县蒙医医院</title></head><body>
<div class="top">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 院长信箱⟧</div>
<div class="logo">⟦m 琼坂县蒙医医院　Qiongban Mongol Emnelge⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 医院公告 | 党建文化⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布时间：2025-06-20　浏览：1,582 次⟧</div>
{BODY}
<div class="tips"><h4>⟦l 健康科普⟧</h4><ul><li>⟦l 夏季养生：蒙医讲究“调和三根”⟧</li><li>⟦l 温针疗法适合哪些人⟧</li></ul></div>
<div class="ft">⟦m 急诊24小时：0479-5230120⟧　⟦m 地址：琼坂县那达慕大街27号⟧</div>
</body></html>
""",
        body="""
广大患者朋友：
三伏天是开展冬病夏治的有利时机。我院蒙医传统疗法中心将于三伏期间开展温针、灸疗、药浴等特色疗法服务。具体安排如下：
伏期　日期　服务时间
初伏　7月20日至7月29日　8:00—17:30
中伏　7月30日至8月18日　8:00—17:30
末伏　8月19日至8月28日　8:00—12:00
适宜人群：慢性支气管炎、关节疼痛、脾胃虚寒等患者。孕妇、皮肤破损者及高热患者不宜治疗。
患者可通过医院微信服务号扫码预约，也可到门诊一楼蒙医传统疗法中心现场登记。
咨询电话：0479-5231866（蒙医传统疗法中心）
琼坂县蒙医医院
2025年6月20日
""",
    ),
    dict(
        slug="hosp-daihu-checkup-centre-notice",
        site="玳湖县人民医院健康管理中心 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dhxrmyy.example.com/jkgl/2025/1104.html",
        title="关于2025年度单位职工团体体检预约安排的通知",
        record_title="【健康管理中心】关于2025年度单位职工团体体检预约安排的通知",
        date="2025-11-04",
        indent="\u3000\u3000",
        notes="hospital page: a 'today's duty experts' line, a package ad on a line of its own inside the body, fasting instructions as a numbered list; the centre's 预约电话 kept beside the hospital's switchboard in the footer",
        page="""
!m 玳湖县人民医院　健康管理中心
!m 首页 › 健康管理 › 通知
!m 今日坐诊专家：内科 韦主任　外科 钟主任
!t 【健康管理中心】关于2025年度单位职工团体体检预约安排的通知
!m 时间：2025-11-04　编辑：健康管理中心
{BODY}
!l 您可能还关注：体检报告怎么看？十项指标解读
!m 医院总机：0736-7211111　地址：玳湖县人民路1号
!d 本站医疗信息仅供参考，不能替代医生面诊
""",
        body="""
各有关单位：
为做好2025年度单位职工团体体检工作，现将预约安排通知如下：
一、各单位请于11月20日前与健康管理中心联系，确定体检日期和人数，中心将根据预约顺序统筹安排。
⟦a 【限时优惠】中老年深度体检套餐立减200元，点击了解⟧
二、体检注意事项：
1.体检前一天晚上8点后禁食，体检当天早晨空腹。
2.女职工月经期间不宜做妇科检查和尿检。
3.请携带身份证，穿着宽松衣物，勿佩戴金属饰品。
三、体检报告一般在体检后7个工作日内出具，单位可统一领取。
预约电话：0736-7216620（健康管理中心　卢护士长）
玳湖县人民医院
2025年11月4日
""",
    ),
]
