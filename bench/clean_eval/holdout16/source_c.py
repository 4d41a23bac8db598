"""Holdout16 cases, part C: schools, culture and learning sites no earlier part imitates (a county
university for the elderly, a normal college's school-history museum, a children's palace, an
e-commerce training base for farmers, an education examinations authority, an AI assistant's
shared chat, an online political-inquiry board, a read-later app's saved copy, a science and
technology museum, an agricultural university's college, a public-institution recruitment portal).
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="edu-tingze-elderly-university-enrolment-table",
        site="汀泽县老年大学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tzlndx.example.org.cn/zsxx/2025/0815/97.html",
        title="汀泽县老年大学2025年秋季学期招生通知",
        date="2025-08-15",
        notes="a university for the elderly: a course table (one row a paragraph), the notice's own sign-up phone and a sentence telling readers to 关注 an account and 下载 the form; a large-print toggle and a 'listen' button, a 'class photos' box and footer",
        page="""
!m 汀泽县老年大学　老有所学　乐在其中
!m 学校首页 > 招生信息
{T}
!a 🔊 听全文　　大字版　　标准版
!m 编辑：教务处　日期：2025.08.15　浏览：1830
{BODY}
!l 学员风采 ▸ 书法班结业作品展　▸ 合唱团参加市老年艺术节
!m 校址：汀泽县文昌路22号（县老干部活动中心三楼）　电话：0779-5520458
!d 汀泽县老年大学　版权所有
""",
        indent="\u3000\u3000",
        body="""
全县离退休干部职工和中老年朋友：
县老年大学2025年秋季学期定于9月8日开学。为满足广大老年朋友的学习需求，本学期新开设智能手机应用、短视频制作两个专业。现将招生事项通知如下。
一、招生对象
年龄在50周岁至80周岁、身体健康、生活能够自理的中老年人。
二、开设课程
专业　上课时间　学制　学费（元/学期）
书法　周一上午　两年　200
国画　周二上午　两年　240
声乐合唱　周三下午　一年　150
太极拳　周四上午　一年　150
智能手机应用　周五上午　一学期　100
短视频制作　周五下午　一学期　120
三、报名方式
8月20日至8月30日，每天上午8:30至11:30到县老年大学教务处现场报名，报名时请携带身份证和一寸照片两张。也可关注“汀泽老年大学”微信公众号，下载报名表填写后发送至教务处邮箱。
四、联系方式
教务处，联系人：蔡老师，电话：0779-5520461。
汀泽县老年大学
2025年8月15日
""",
    ),
    dict(
        slug="college-mingchuan-normal-anniversary-address-html",
        site="茗川师范学院 校史馆 (invented)",
        style="高校官网",
        genre="致辞",
        kind="speech",
        form="html",
        source="https://xsg.mcnu.example.edu.cn/info/1024/2206.htm",
        title="在茗川师范学院建校七十周年纪念大会上的致辞",
        record_title="在茗川师范学院建校七十周年纪念大会上的致辞-校史馆-茗川师范学院",
        date="2025-10-18",
        notes="a school-history museum page: record title _column_school; the president's name line and a date under the title are neutral; an 'online museum' nav, an anniversary slogan banner, a donation prompt and a visitor-booking box in the sidebar; footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在茗川师范学院建校七十周年纪念大会上的致辞-校史馆-茗川师范学院</title></head>
<body>
<div class="header"><div class="logo">⟦m 茗川师范学院校史馆⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 校史沿革⟧</li><li>⟦m 历任领导⟧</li><li>⟦m 名师风采⟧</li><li>⟦m 校友记忆⟧</li><li>⟦m 网上展馆⟧</li></ul></div>
<div class="banner">⟦m 七十载弦歌不辍　育桃李芬芳满园⟧</div>
<div class="content-wrap">
<div class="article">
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 校友记忆 &gt;&gt; 讲话致辞⟧</div>
<h1>{T}</h1>
<p class="speaker">校长　沈知远</p>
<p class="speaker">（2025年10月18日）</p>
{BODY}
<div class="art-foot">⟦m 供稿：校史馆　责编：孙一鸣⟧</div>
</div>
<div class="aside">
<div class="box">⟦a 预约参观：每周二至周日 9:00-17:00　在线预约⟧</div>
<div class="box">⟦w 校友捐赠热线：0736-8890712⟧</div>
<div class="box"><h4>⟦l 校史故事⟧</h4><ul><li>⟦l 一张1955年的招生简章⟧</li><li>⟦l 老图书馆的前世今生⟧</li></ul></div>
</div></div>
<div class="footer">⟦m 茗川师范学院校史馆　地址：茗川市学府路1号图书馆西侧⟧　⟦m 湘ICP备05001932号⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，亲爱的校友们、老师们、同学们：
金秋十月，丹桂飘香。今天，我们在这里隆重集会，庆祝茗川师范学院建校七十周年。在此，我代表学校党委和全体师生员工，向拨冗出席大会的各位领导、各位嘉宾表示热烈欢迎，向海内外广大校友致以亲切问候！
七十年前，茗川师范学校在城南几间借来的民房里诞生，首届只招收了两个班、96名学生。七十年来，一代代茗师人筚路蓝缕、薪火相传，学校从中等师范学校发展成为拥有15个二级学院、1.8万名全日制在校生的本科院校，累计为社会培养输送了12万余名毕业生，其中近七成扎根基层从事教育工作。
七十年的办学历程告诉我们：师范是学校的根，育人是学校的魂。无论学校怎样发展，我们都要坚守“学高为师、身正为范”的校训，坚守为基础教育培养优秀教师的初心。
站在新的起点上，学校将深入推进教师教育改革，加快建设特色鲜明的高水平师范大学。我们真诚希望各位领导、各位校友一如既往地关心支持学校发展，共同书写茗川师范学院更加辉煌的篇章！
最后，祝各位来宾、各位校友身体健康、工作顺利！谢谢大家！
""",
    ),
    dict(
        slug="edu-tangdi-childrens-palace-plan-wrapped-no-title",
        site="棠棣市青少年宫 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.tdsqsng.example.org.cn/hdgg/2025/0618/405.html",
        title="棠棣市青少年宫2025年暑期公益课堂实施方案",
        record_title=None,
        date="2025-06-16",
        notes="a children's palace: no record title; hard-wrapped at 70 columns; a schedule table (one row a paragraph) and numbered lists; the plan tells parents to 扫码 and gives a sign-up website; a 'booking' button row, a WeChat-group prompt and footer",
        page="""
!m 棠棣市青少年宫　|　快乐成长的乐园
!m 首页 » 活动公告
{T}
!m 发布部门：活动部　　更新日期：2025年06月18日
{BODY}
!a 【立即预约】　【我的订单】　【返回】
!w 家长交流群已满，新群请添加小助手：tdqsng_helper
!m 地址：棠棣市中山北路88号　咨询：0851-3326677
!d Copyright©棠棣市青少年宫 All rights reserved.
""",
        indent="\u3000\u3000",
        wrap=70,
        date_also=["2025-06-18"],
        body="""
为丰富未成年人暑期生活，帮助家长解决暑期“看护难”问题，市青少年宫决定在暑期开设公益课堂，特制定本方案。
一、活动时间
2025年7月7日至8月15日，分两期举办，每期三周。
二、招收对象
全市6至14周岁的中小学生，优先招收进城务工人员子女、农村留守儿童和困难家庭儿童。
三、课程安排
课程名称　适合年龄　上课时间　名额
少儿书法　8至12岁　周一、周三上午　40
创意美术　6至10岁　周二、周四上午　40
趣味编程　10至14岁　周一、周三下午　30
非遗剪纸　8至14岁　周二、周四下午　30
篮球基础　9至14岁　周五全天　50
四、报名方式
1.线上报名：7月1日9:00起，家长可扫描本方案所附二维码或登录市青少年宫官网www.tdsqsng.example.org.cn报名，每名儿童限报两门课程。
2.线下报名：不便线上报名的家长，可携带户口簿到青少年宫一楼服务台报名。
五、工作要求
各课程负责老师要提前备好课，做好学员签到签退和安全管理工作；活动部要做好场地、器材保障，每天开课前对场馆进行消毒通风。
棠棣市青少年宫
2025年6月16日
""",
    ),
    dict(
        slug="training-luwan-ecommerce-base-summary-no-date",
        site="芦湾县新农人电商培训基地 (invented)",
        style="培训机构",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.lwxnr.example.com/news/zj/2024-zj.html",
        title="新农人电商培训基地2024年度工作总结",
        record_title="新农人电商培训基地2024年度工作总结（附培训数据）_芦湾新农人",
        date=None,
        notes="a farmers' e-commerce training base: decorated record title; no date in the document; the page says '更新：昨天'; a free-trial-class prompt, a course ad with a price and a WeChat contact, a 'student stories' list",
        page="""
!m 芦湾新农人 · 手机就是新农具
!m 首页 > 基地动态 > 总结
!t 新农人电商培训基地2024年度工作总结（附培训数据）
!m 更新：昨天　阅读 96
{BODY}
!a 👉 0元领取直播带货入门课（限前100名）
!l 热门课程：短视频拍摄与剪辑（7天）¥0 政府补贴　｜　农产品直播带货实操（15天）¥680
!w 报名咨询加微信：lwxnr2019（常老师）
!l 学员故事：从种橙子到卖橙子，返乡青年小周的一年
""",
        body="""
2024年，新农人电商培训基地在县商务局、县人社局的指导下，围绕“培养一批、带动一批、致富一批”的目标，扎实开展农村电商人才培训，取得了较好成效。
一、培训规模持续扩大
全年举办各类培训班46期，培训学员3120人次，比上年增长35%。其中短视频拍摄与剪辑班18期、直播带货实操班14期、网店运营班9期、电商创业提升班5期。
二、培训质量稳步提升
基地坚持“理论+实操+孵化”培训模式，学员结业后可入驻基地孵化区免费使用直播间三个月。全年孵化电商创业主体87个，学员结业后开设网店、直播账号的比例达到62%。
三、带动增收成效明显
学员帮助销售脐橙、茶油、腊肉等本地农产品1.6亿元，带动2100余户农户增收。返乡青年周某结业后开设的脐橙网店，全年销售额突破800万元。
四、存在的不足
一是部分学员年龄偏大，对智能设备操作不熟练，学习效果有待提高；二是供应链、物流等配套服务还不够完善，制约了学员网店做大做强。
下一步，基地将针对不同群体分层分类开展培训，联合物流企业建设产地仓，帮助学员把“流量”变成“销量”。
""",
    ),
    dict(
        slug="exam-luyang-self-study-exam-notice-table-layout",
        site="麓阳市教育考试院 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.lyeea.example.cn/zxks/tzgg/202508/t20250826_3041.html",
        title="麓阳市2025年10月高等教育自学考试报名公告",
        record_date="2025-08-26",
        date="2025-08-26",
        notes="an education examinations authority in an old table layout: a login/query bar, a scrolling notice, the exam timetable as rows of a table (one row a paragraph), the notice's own phone and a sentence telling candidates to 下载打印 their admission ticket; a QR box and footer",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>麓阳市教育考试院</title></head>
<body>
<table width="1002" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" height="100"><font size="6" color="#0A3D91"><b>⟦m 麓阳市教育考试院⟧</b></font><br><font color="#666666">⟦m 公平　公正　科学　规范⟧</font></td></tr>
<tr><td colspan="2" bgcolor="#0A3D91"><font color="#FFFFFF">⟦m 首页 ｜ 普通高考 ｜ 中考中招 ｜ 自学考试 ｜ 成人高考 ｜ 社会考试 ｜ 信息公开⟧</font></td></tr>
<tr><td colspan="2" bgcolor="#FFF8DC"><marquee>⟦m 温馨提示：考试院从未委托任何机构代办报名，谨防上当受骗！⟧</marquee></td></tr>
<tr><td width="220" valign="top">
<table width="100%"><tr><td bgcolor="#E8EEF8">⟦a 考生服务⟧</td></tr><tr><td>⟦a 成绩查询⟧</td></tr><tr><td>⟦a 准考证打印⟧</td></tr><tr><td>⟦a 报名入口⟧</td></tr></table>
<table width="100%"><tr><td align="center"><img src="/images/wx.jpg"><br>⟦a 扫码关注“麓阳考试”⟧</td></tr></table>
</td>
<td valign="top">
<table width="96%" align="center">
<tr><td>⟦m 您当前的位置：首页 &gt; 自学考试 &gt; 通知公告⟧</td></tr>
<tr><td align="center"><font size="4" color="#C00000"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 来源：自考办　发布时间：2025-08-26　点击：12068⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#F2F2F2">⟦m 麓阳市教育考试院　地址：麓阳市建设北路59号　咨询电话：0745-2237100⟧<br>⟦m 湘ICP备09012288号⟧</td></tr>
</table></body></html>
""",
        body="""
我市2025年10月高等教育自学考试定于10月25日至26日举行。现将报名有关事项公告如下：
一、报名时间
新生注册和老考生报考时间为9月5日9:00至9月12日17:00，逾期不再补报。
二、报名办法
考生登录省教育考试院自学考试网上报名系统进行注册、报考和缴费。新生须先到所在县（市、区）自考办进行现场确认，采集照片和指纹信息。
三、考试时间安排
日期　上午9:00—11:30　下午14:30—17:00
10月25日　中国近现代史纲要　马克思主义基本原理
10月26日　英语（二）　思想道德修养与法律基础
四、准考证打印
考生须于10月20日至10月25日登录报名系统自行下载打印准考证，凭准考证和有效身份证件参加考试。
五、咨询电话
市自考办：0745-2237116。
""",
    ),
    dict(
        slug="qa-ai-assistant-pledge-template-placeholders",
        site="灵犀AI写作助手 对话分享页 (invented)",
        style="百科问答",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://share.lingxi-ai.example.com/c/7f3a9e21b0",
        title="关于节约用水的倡议书",
        record_title=None,
        date=None,
        notes="an AI chat's shared page: the user's request line is neutral; the generated pledge ends with a template signature and an example date with ×× placeholders (no date); an AI-content notice, regenerate/copy/share buttons, a 'continue asking' box and the app's promotion",
        page="""
!m 灵犀AI · 你的写作搭子
!m 对话分享 · 由用户「青禾」分享
帮我写一份社区节约用水的倡议书，正式一点
{T}
{BODY}
!d 以上内容由AI生成，不代表开发者立场，请注意甄别
!a 🔄 重新生成　📋 复制　🔗 分享对话
!l 继续追问…　例如：改得更口语化一些
!a 下载灵犀AI App，写材料快人一步
""",
        body="""
社区广大居民朋友们：
水是生命之源，也是城市发展不可缺少的宝贵资源。近年来，我市人均水资源占有量持续偏低，夏季用水高峰期供水压力较大。为增强居民节水意识，共同守护宝贵的水资源，我们向全体居民发出如下倡议：
一、树立节水意识。从我做起、从小事做起，自觉养成随手关水龙头的好习惯，让节约用水成为每个家庭的自觉行动。
二、使用节水器具。家庭装修或更换器具时，优先选用节水型水龙头、马桶和淋浴器，及时维修漏水的管道和阀门。
三、坚持一水多用。用淘米水浇花、洗菜水冲厕所，洗衣机尽量满负荷运行，减少不必要的用水。
四、争当节水宣传员。主动向家人、邻居宣传节水知识，劝阻和制止浪费用水的行为。
节约用水，人人有责。让我们携起手来，珍惜每一滴水，共建节水型社区！
××社区居民委员会
××××年××月××日
""",
    ),
    dict(
        slug="qa-bicen-wenzheng-reply-two-dates",
        site="碧岑问政 · 网络问政平台 (invented)",
        style="问答社区",
        genre="答复",
        kind="letter",
        form="text",
        source="https://wz.bicen.example.gov.cn/msg/detail/2025052811873",
        title="关于枫溪乡中心小学门前道路积水问题的答复",
        date="2025-06-02",
        date_also=["2025-06-03"],
        notes="an online political-inquiry board: the citizen's message stands above the reply as neutral lines; the reply is the body, with its own 联系电话; a 答复时间 line (also accepted) differs from the reply's signature date; satisfaction-rating buttons, a 'similar messages' list and a footer",
        page="""
!m 碧岑问政 · 您的声音我们在听
!m 首页 > 留言办理 > 办理详情
!m 留言编号：BC2025052811873　　类别：城乡建设　　状态：已办结
网友“枫溪家长”留言：枫溪乡中心小学门前的乡道一下雨就积水，最深的地方没过脚踝，孩子们上学只能绕行，希望有关部门尽快解决。
!m 留言时间：2025-05-28 07:41
{T}
!m 答复单位：碧岑县交通运输局　　答复时间：2025-06-03 16:20
{BODY}
!a 满意　　基本满意　　不满意　　（请对本次办理进行评价）
!l 相似留言：
!l 枫溪乡至石门村公路路灯不亮的问题
!l 县城东环路公交站台积水严重
!d 网友留言仅代表个人观点，与本平台无关。
""",
        body="""
网友您好：
您反映的枫溪乡中心小学门前道路积水问题收悉。接到留言后，我局立即会同枫溪乡人民政府到现场进行了实地查看。
经查，该路段为枫溪至大坪乡道K2+300至K2+450段，因路面低于两侧地面且原有排水边沟被淤泥堵塞，雨天排水不畅造成积水。
目前，乡政府已组织人员对边沟进行了清淤疏通，积水问题得到初步缓解。我局已将该路段排水改造纳入今年农村公路养护计划，将新建排水涵管2处、加高路面150米，计划于7月底前完工，施工期间将避开学生上下学时段。
感谢您对交通工作的关心和支持。如有疑问，请联系县交通运输局公路股，联系电话：0778-6231025。
碧岑县交通运输局
2025年6月2日
""",
    ),
    dict(
        slug="anthology-songting-read-later-essay-saved",
        site="稍后读 App 导出 · 老邓的书房 (invented)",
        style="个人文集",
        genre="读后感",
        kind="other",
        form="text",
        source="https://later.example.app/read/9921047",
        title="读《乡土中国》有感",
        record_title="读《乡土中国》有感 | 老邓的书房",
        date=None,
        notes="a read-later app's saved copy of a personal collection: 'saved on' and reading-time lines (no date of the essay), the original link, highlights counter, archive/delete buttons, tags; the essay's own mention of 下载 an e-book",
        page="""
!m 稍后读 · 已保存
!m 保存于 2025-04-09 · 预计阅读 5 分钟 · 来自 laodeng.example.net
!t 读《乡土中国》有感 | 老邓的书房
!m 原文链接：https://laodeng.example.net/2023/xiangtu.html
{BODY}
!l 标签：读书　社会学　费孝通
!a ☆ 收藏　🗂 归档　🗑 删除　✏ 高亮（3）
""",
        body="""
退休以后时间多了，我把年轻时没读完的书又找出来读。这个冬天，我重读了费孝通先生的《乡土中国》。书是在手机上下载的电子版，字可以调得很大，对我这样眼睛不好的人很友好。
三十多年前在公社当文书，我第一次读这本书，只觉得说的都是身边的事，没有读出什么味道。如今再读，才明白“差序格局”“礼治秩序”这些概念，把我们熟悉的乡村讲透了。
书里说，乡土社会是“熟人社会”，人们靠的是从小养成的规矩，而不是白纸黑字的条文。我想起当年调解邻里纠纷，村里老人说一句话，往往比我们拿着文件讲半天还管用。
如今的村庄变化很大，年轻人大多外出务工，熟人社会慢慢变成了“半熟人社会”。但我觉得，费先生讲的那些道理并没有过时。做好乡村工作，既要讲法治，也要懂人情、重乡约，这本书值得每一个在基层工作的年轻人读一读。
""",
    ),
    dict(
        slug="edu-qingyue-science-museum-plan-html",
        site="青樾市科学技术馆 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qykjg.example.org.cn/kpdt/202508/t20250820_566.html",
        title="青樾市科技馆2025年全国科普日活动方案",
        date="2025-08-18",
        notes="a science-and-technology museum: a ticket-booking bar, an opening-hours banner, the plan's own 时间/地点 lines, a numbered activity list, a sentence telling visitors to 关注 and 预约 online, and the contact line; a 'featured exhibitions' box and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>青樾市科技馆2025年全国科普日活动方案</title></head>
<body>
<div class="bar">⟦a 免费预约参观⟧ ⟦a 团体预约⟧ ⟦a 票务查询⟧</div>
<div class="brand">⟦m 青樾市科学技术馆⟧<span>⟦m 探索无限　启迪未来⟧</span></div>
<div class="open">⟦m 开放时间：周二至周日 9:00—16:30（16:00停止入馆），周一闭馆⟧</div>
<div class="menu">⟦m 首页　参观指南　展览展示　科普活动　科学教育　新闻动态⟧</div>
<main>
<div class="bread">⟦m 首页 &gt; 科普活动 &gt; 活动预告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-08-20　活动部⟧</div>
{BODY}
</main>
<aside><h3>⟦l 精彩展览⟧</h3><ul><li>⟦l “深海探秘”主题展⟧</li><li>⟦l 机器人互动体验区⟧</li><li>⟦l 儿童科学乐园⟧</li></ul></aside>
<footer>⟦m 青樾市科学技术馆　地址：青樾市滨江大道500号　服务热线：0576-8812345⟧<br>⟦d 版权所有 © 青樾市科学技术馆⟧</footer>
</body></html>
""",
        date_also=["2025-08-20"],
        body="""
为深入贯彻落实全民科学素质行动规划纲要，营造讲科学、爱科学、学科学、用科学的良好氛围，根据市科协统一部署，结合我馆实际，制定本方案。
一、活动主题
科技创新　科普同行
二、活动时间和地点
时间：2025年9月20日至9月26日
地点：青樾市科技馆及各县（市、区）科普教育基地
三、主要活动
1.科学实验秀。每天上午10:00、下午2:30在一楼中庭开展液氮、静电等科学实验表演。
2.院士专家科普报告会。邀请省内科学家走进科技馆，面向中小学生开展科普讲座两场。
3.科普大篷车进乡村。组织科普大篷车赴4个县区的8所乡村学校开展巡展。
4.“小小讲解员”体验活动。招募30名中小学生参加讲解培训，活动期间上岗服务。
四、参与方式
活动期间科技馆免费开放，观众可关注“青樾科技馆”微信公众号，提前一天在线预约入馆。
五、联系方式
活动部，联系人：贺晓蕾，电话：0576-8812360。
青樾市科学技术馆
2025年8月18日
""",
    ),
    dict(
        slug="college-luyang-agri-party-points-pdf-page-of",
        site="麓阳农业大学动物科技学院 (invented)",
        style="高校官网",
        genre="工作要点",
        kind="plan",
        form="text",
        source="https://dkxy.lyau.example.edu.cn/__local/3/AB/77/2025gzyd.pdf",
        title="动物科技学院党委2025年工作要点",
        record_title="动物科技学院党委2025年工作要点.pdf",
        date=None,
        notes="a college's PDF in a browser viewer: file-name title, the only year is in the title; page markers '[Page n of 4]' on lines of their own cutting sentences; a viewer toolbar and a download-count line",
        page="""
!m 麓阳农业大学动物科技学院 · 文件下载
!t 动物科技学院党委2025年工作要点.pdf
!m 文件大小：186KB　　下载次数：73
!a ⬇ 下载　🖨 打印　⤢ 全屏
{BODY}
""",
        pages=dict(fmt="[Page {n} of 4]", every=160, start=2),
        body="""
2025年，学院党委以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，推动学院党建和事业发展再上新台阶。
一、加强政治建设
1.健全理论学习制度。坚持党委理论学习中心组每月集中学习，全年安排专题研讨不少于6次。
2.落实意识形态工作责任制。加强对课堂、讲座、论坛、网络平台的管理，每学期开展一次意识形态工作专题研判。
二、加强基层组织建设
3.推进“双带头人”教师党支部书记培育工程，教工党支部书记“双带头人”比例保持100%。
4.开展“样板支部”创建，年内建成校级样板支部2个，力争1个支部入选省级样板支部培育创建单位。
5.严格发展党员程序，全年计划发展学生党员45名、教职工党员2名。
三、服务学科发展和人才培养
6.以党建引领畜牧学一流学科建设，组织党员教师团队开展生猪、肉牛产业技术攻关。
7.实施“科技小院”育人计划，组织研究生党员常驻养殖企业开展技术服务。
四、加强党风廉政建设
8.落实全面从严治党主体责任，开展廉政风险点排查，重点加强科研经费、招生录取等领域监督。
""",
    ),
    dict(
        slug="exam-mingchuan-recruit-notice-positions-table",
        site="茗川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.mcrsks.example.cn/sydw/2025/0410/1339.html",
        title="茗川市2025年市直事业单位公开招聘工作人员公告",
        record_title="【茗川人事考试】茗川市2025年市直事业单位公开招聘工作人员公告",
        date="2025-04-09",
        notes="a recruitment portal: decorated record title; a positions table (one row a paragraph); the notice tells candidates to 下载 and 打印 forms and 关注 an account, and gives its own consultation and supervision phones; a candidate-login reminder, a scrolling 'latest' list and footer",
        page="""
!m 茗川人事考试网　　考生登录 | 报名入口 | 成绩查询
!m 当前：首页 > 事业单位招聘 > 招聘公告
!t 【茗川人事考试】茗川市2025年市直事业单位公开招聘工作人员公告
!m 信息来源：市人社局　　发布日期：2025-04-10　　阅读：35107
{BODY}
!a 报名系统入口 >>>　　准考证打印入口 >>>
!l 最新动态
!l ◇ 关于2025年市直事业单位公开招聘笔试有关事项的温馨提示
!l ◇ 2025年茗川市“三支一扶”计划招募公告
!m 茗川市人力资源和社会保障局主办　技术支持：茗川市人事考试中心
""",
        date_also=["2025-04-10"],
        body="""
根据《事业单位人事管理条例》等有关规定，经市人力资源和社会保障局同意，市直有关事业单位决定面向社会公开招聘工作人员32名。现将有关事项公告如下：
一、招聘岗位
招聘单位　岗位名称　人数　学历要求
市疾病预防控制中心　公共卫生医师　4　本科及以上
市城市规划设计研究院　规划设计　3　硕士研究生及以上
市档案馆　档案管理　2　本科及以上
市农业技术推广中心　农技推广　5　本科及以上
二、报名时间和方式
报名时间为2025年4月16日9:00至4月22日17:00。本次招聘采取网上报名方式，应聘人员登录茗川人事考试网报名系统填报信息、上传照片。
三、资格审查
资格审查贯穿招聘全过程。进入面试的人员须下载并打印《资格审查表》，按通知要求携带相关材料原件参加现场资格审查。
四、其他事项
本次招聘不指定考试辅导用书，不举办也不委托任何机构举办考试辅导培训班。有关招聘信息请关注“茗川人社”微信公众号。
政策咨询电话：0736-2216120
监督电话：0736-2216135
茗川市人力资源和社会保障局
2025年4月9日
""",
    ),
]
