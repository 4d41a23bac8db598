"""holdout172, part B: alcohol burners (酒精灯). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-shengyuan-lab-burner-check-notice",
        site="笙原县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.shengyuan.gov.cn/tzgg/2025/0305/3318.html",
        title="关于开展中小学实验室酒精灯安全专项排查的通知",
        date="2025-03-04",
        date_also=["2025-03-05"],
        notes="education portal; the document's own 联系人/电话/邮箱 beside the site's technical line; 附件 list; 成文日期 under signature differs from the posting time",
        page="""
<html><head><meta charset="utf-8"><title>笙原县教育信息网-通知公告</title>
<script type="text/javascript">var _tj=1;</script></head>
<body>
<table width="1000" align="center"><tr><td class="logo">⟦m 笙原县教育信息网⟧</td><td class="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧ | ⟦m 网站地图⟧</td></tr></table>
<div class="menu">⟦m 首页 · 教育动态 · 通知公告 · 教研天地 · 安全教育 · 招生考试⟧</div>
<div class="pos">⟦m 当前位置：首页 » 通知公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布者：县教育局装备中心　发布时间：2025年03月05日　点击：1027次⟧</div>
<div class="con">
{BODY}
</div>
<div class="prt">⟦a 〖打印本文〗⟧ ⟦a 〖返回顶部〗⟧</div>
<div class="ft">⟦m 网站维护：笙原县教育技术服务站　技术支持电话：0745-3328100⟧<br>⟦m 湘ICP备09004412号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为防范实验室火灾事故，确保师生安全，县教育局决定在全县中小学开展实验室酒精灯安全专项排查。现将有关事项通知如下。
一、排查内容
（一）酒精灯灯体有无裂纹、灯芯是否过短或烧焦、灯帽是否配套；
（二）酒精储存是否使用专柜、是否双人双锁、是否超量存放；
（三）实验室是否配备灭火毯、沙桶等灭火器材；
（四）实验教师是否掌握酒精灯“三不”使用规范。
二、时间安排
3月10日至3月21日学校自查，3月24日至4月3日县装备中心抽查。
三、报送要求
请各校于3月21日前将自查表加盖公章后报送县教育局装备中心。
附件：1. 实验室酒精灯安全自查表
2. 酒精灯使用规范示意图
联系人：罗立春　电话：0745-3321067　邮箱：syzbzx@163.com
笙原县教育局
2025年3月4日
""",
    ),
    dict(
        slug="university-juyuan-chem-center-burner-news",
        site="琚原师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jysfxy.edu.cn/info/1021/18844.htm",
        title="化学实验中心完成酒精灯安全升级改造",
        record_title="化学实验中心完成酒精灯安全升级改造-琚原师范学院新闻网",
        date="2025-05-16",
        notes="university news page; byline with 日期 field; photographer line between paragraphs; editor/reviewer lines after the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>化学实验中心完成酒精灯安全升级改造-琚原师范学院新闻网</title></head>
<body>
<div class="header"><img src="/logo.png" alt="校徽"><span>⟦m 琚原师范学院新闻网⟧</span></div>
<div class="nav">⟦m 学院首页 | 综合新闻 | 院系动态 | 媒体琚师 | 专题专栏⟧</div>
<div class="weizhi">⟦m 您的位置：首页 &gt;&gt; 院系动态⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 日期：2025-05-16　来源：化学与材料学院　作者：魏思远　浏览量：⟧<span id="views">⟦m 664⟧</span></div>
{BODY}
<div class="bianji">⟦m 【初审：魏思远　复审：唐宁　终审：江月白】⟧</div>
<div class="prev">⟦l 上一条：我院学子在省师范生技能大赛中获佳绩⟧</div><div class="next">⟦l 下一条：化学与材料学院召开期中教学检查座谈会⟧</div>
<div class="bottom">⟦m 版权所有 © 琚原师范学院　地址：琚原市学府大道88号　邮编：412008⟧</div>
</body></html>
""",
        body="""
近日，化学与材料学院化学实验中心完成酒精灯安全升级改造，全部162个无机化学和有机化学实验台的玻璃酒精灯更换为防倾倒金属酒精灯，并配套安装了台面自动灭火贴。
实验中心主任介绍，传统玻璃酒精灯一旦打翻容易碎裂、酒精外溢，学生操作时稍有不慎就可能引发火情。改造后，灯体底座加重，倾斜超过一定角度会自动熄灭。
⟦m 学生在改造后的实验台上进行加热操作（摄影：卢一鸣）⟧
本学期起，实验中心还将酒精灯规范使用纳入新生实验准入考核，未通过考核的学生不得独立进行加热实验。
""",
    ),
    dict(
        slug="qa-burner-how-to-put-out-answer",
        site="问知道 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenzhidao.cn/question/88120457.html",
        title="酒精灯为什么不能用嘴吹灭？",
        record_title=None,
        date="2025-11-02",
        notes="Q&A: no record title, the question on the page is the title (twice); the answer's 回答于 line is the page's date; vote bar and more answers",
        page="""
!m 问知道 › 教育/科学 › 理工学科 › 化学
!t 酒精灯为什么不能用嘴吹灭？
!m 提问者：匿名用户　　浏览 4021 次
!m 最佳答案　　化学老师老潘　回答于 2025-11-02
{BODY}
!a 👍 有用 532　　👎 没用 7　　分享　　举报
!l 其他 3 条回答 ▽
!l 相关问题：酒精灯里的酒精最多能装多少？　加热试管为什么要先预热？
!t 酒精灯为什么不能用嘴吹灭？
!a 我来回答　　登录后才能发表回答哦
!d 本页问答内容由网友提供，仅代表个人观点。
""",
        body="""
主要有两个原因。
第一，用嘴吹时气流会把火焰压进灯壶里。酒精灯灯壶里有酒精蒸气，火焰被吹进去可能引燃灯内的蒸气，轻则灯帽飞出，重则灯体炸裂、酒精洒出着火。
第二，吹不一定能吹灭，反而容易把火焰吹向自己或旁边同学，造成烧伤。
正确方法是用灯帽从侧面盖灭，盖灭后再把灯帽提起一次、重新盖好，这样可以让灯内温度降下来，下次也容易打开。
""",
    ),
    dict(
        slug="training-kaidi-lab-exam-course-brochure",
        site="启迪实验教育培训中心 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.qidisy.com/news/show-519.html",
        title="2026年中考理化实验操作考试冲刺班招生简章",
        record_title="【2026招生】2026年中考理化实验操作考试冲刺班招生简章 - 启迪实验教育",
        date=None,
        notes="training school: floating consult box and 400 line beside the course office's 报名电话 in the body; trial-lesson prompt between paragraphs; no date",
        page="""
<html><head><meta charset="utf-8"><title>2026年中考理化实验操作考试冲刺班招生简章 - 启迪实验教育</title>
<script>function openChat(){}</script></head>
<body>
<div class="top">⟦m 启迪实验教育 · 专注理化生实验操作培训⟧ ⟦m 全国咨询热线：400-880-6721⟧</div>
<div class="menu">⟦m 首页 课程中心 师资团队 学员风采 联系我们⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 栏目：招生简章　编辑：启迪教务　阅读：2133⟧</div>
<div class="article">
{BODY}
</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 微信扫码加课程顾问⟧ ⟦a 返回顶部⟧</div>
<div class="foot">⟦d 本站课程信息以报名时签订的协议为准，最终解释权归本中心所有。⟧ ⟦m 粤ICP备21054490号⟧</div>
</body></html>
""",
        body="""
为帮助初三学生熟练掌握中考理化实验操作考试的规范和要点，本中心开设实验操作考试冲刺班。
一、课程内容：物理实验6个、化学实验8个，重点训练酒精灯点燃与熄灭、试管加热、气体制取、溶液配制等容易失分的操作环节。
二、上课安排：每周六、周日上午，每期8次课，每班不超过12人，每人独立使用一套实验器材。
⟦a 免费试听一节课，点此预约⟧
三、收费标准：每期1280元，含器材损耗费。
报名地点：启迪实验教育中心二楼教务处　报名电话：0756-2218830
""",
    ),
    dict(
        slug="exam-teacher-recruit-lab-skill-timetable",
        site="珩州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hzrsks.cn/ksgg/2025/0620/7731.html",
        title="珩州市2025年公开招聘中学理化教师实验操作技能测试公告",
        record_title="【考务公告】珩州市2025年公开招聘中学理化教师实验操作技能测试公告",
        date="2025-06-19",
        notes="personnel-exam site; a timetable table; the notice asks candidates to 下载/打印 their admission tickets; the exam office's 咨询电话 beside the site's technical line",
        page="""
<html><head><meta charset="utf-8"><title>珩州人事考试网</title></head>
<body>
<div class="logo">⟦m 珩州人事考试网⟧ ⟦m 公平 公正 高效 便民⟧</div>
<div class="nav">⟦m 首页 考试公告 成绩查询 证书办理 政策法规⟧</div>
<div class="here">⟦m 当前位置：考试公告 &gt; 事业单位招聘⟧</div>
<h3>{T}</h3>
<div class="date">⟦m 发布日期：2025-06-20　　【字体：大 中 小】⟧</div>
{BODY}
<div class="tip">⟦m 网站技术问题请拨打：0596-6120890（仅受理系统故障）⟧</div>
<div class="footer">⟦m 主办：珩州市人事考试中心　闽ICP备12005531号⟧</div>
</body></html>
""",
        body="""
根据珩州市2025年公开招聘中学教师工作安排，现将理化学科实验操作技能测试有关事项公告如下。
一、测试对象：笔试成绩合格并通过资格复审的物理、化学学科考生。
二、测试安排：
学科　日期　时间　地点
物理　6月28日　8:30—12:00　珩州一中实验楼
化学　6月29日　8:30—12:00　珩州一中实验楼
三、测试内容：化学学科考生须完成一项包含酒精灯加热操作的实验，考官依据操作规范评分，酒精灯使用不当造成安全隐患的，该项不得分。
四、考生须于6月25日至27日登录本网站下载并打印准考证，测试当天凭准考证和身份证入场。
咨询电话：0596-6127733
珩州市人事考试中心
2025年6月19日
""",
    ),
    dict(
        slug="download-middle-school-burner-rules-doc",
        site="课件资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.kjzlz.net/soft/43188.html",
        title="中学化学实验室酒精灯使用管理规定",
        record_title="中学化学实验室酒精灯使用管理规定.doc",
        date=None,
        notes="download station text: file-info lines, mirror links and a dead-link report; numbered rules; no date",
        page="""
!m 课件资料站 - 免费教学资源下载
!m 资源名称：中学化学实验室酒精灯使用管理规定.doc
!m 资源大小：36 KB　　资源类别：教学管理　　授权方式：免费　　更新：2025-09-03
!m 下载次数：本日 4　本周 31　总计 907
!a ↓ 电信下载　↓ 联通下载　↓ 本地高速下载
{BODY}
!a 下载地址失效？点此报告错误
!d 本站资源均来自网络，如有侵权请联系删除；资源仅供教学参考，请于下载后24小时内删除。
!l 相关资源：实验室安全管理制度汇编　化学危险品管理台账模板
""",
        body="""
1. 使用前检查灯体有无破损，灯芯是否平整，酒精量不超过灯壶容积的三分之二、不少于四分之一。
2. 点燃酒精灯必须用火柴或点火器，严禁用一只酒精灯去引燃另一只酒精灯。
3. 严禁向燃着的酒精灯内添加酒精，添加酒精须在熄灭并冷却后用漏斗进行。
4. 熄灭酒精灯必须用灯帽盖灭，不得用嘴吹灭。
5. 酒精灯打翻着火时，应立即用湿抹布或灭火毯扑盖，不得用水浇。
6. 实验结束后，由课代表清点酒精灯数量，交实验员入柜保管。
""",
    ),
    dict(
        slug="anthology-chemistry-teacher-burner-essay-wrapped",
        site="砚边集 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://yanbianji.net/wen/juan3/112.html",
        title="一盏酒精灯",
        record_title="《砚边集》卷三·第112篇｜一盏酒精灯",
        date=None,
        notes="personal collection: chapter nav lines; hard-wrapped at 62 columns; no date (a year inside the text is none)",
        page="""
!m 砚边集 · 一个乡村化学教师的文字
!l 卷三　讲台边　｜　目录
{T}
{BODY}
!l ← 上一篇：粉笔灰里的春天　　下一篇：实验室的钥匙 →
!m 本篇字数：约400　｜　收录于卷三
!d 文集中文字为作者原创，未经许可不得转载。
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
一九九二年我刚分到镇中学，实验室只有一个柜子，柜子里有七盏酒精灯，其中两盏的灯帽还是用墨水瓶盖代替的。
那时上化学课，常常是我在讲台上点着一盏灯做演示，四十多个孩子伸长脖子看。火苗蓝蓝的，映在他们眼睛里，教室里安静得能听见灯芯吱吱地响。
后来学校盖了新实验楼，每个学生都能分到一盏灯。我教他们的第一件事，还是怎么点、怎么盖，盖灭以后要再提一下灯帽。
有学生毕业多年回来看我，说别的都忘了，就记得老师那句：火要敬着，不能玩。
""",
    ),
    dict(
        slug="gkforum-interview-lab-fire-question",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.shangangk.com/thread-77120-1-1.html",
        title="实验课上学生打翻酒精灯起火，作为带课老师你怎么处理？",
        record_title="[教招面试] 实验课上学生打翻酒精灯起火，作为带课老师你怎么处理？（附答题思路）- 面试交流 - 上岸公考论坛",
        date=None,
        notes="exam forum: hidden-answer prompt between paragraphs; relative time; no date",
        page="""
!m 上岸公考论坛 › 教师招聘 › 面试交流
!t [教招面试] 实验课上学生打翻酒精灯起火，作为带课老师你怎么处理？（附答题思路）
!m 楼主 备考小蜗牛　发表于 5 天前　|　只看楼主
{BODY}
!a 收藏(63)　　评分　　回复
!l 沙发　上岸吧少年：思路很清楚，第三点可以再展开
!w 教招面试一对一模拟，名师点评，咨询QQ：2847113096
!m 上岸公考论坛　我们陪你一起上岸
""",
        body="""
题目：化学实验课上，一名学生不慎打翻酒精灯，桌面起火，周围学生惊慌尖叫，作为带课老师，你怎么处理？
答题思路如下。
第一，迅速控制火情。立即用湿抹布或实验室配备的灭火毯盖住着火处，隔绝空气灭火，同时让周围学生离开实验台。
⟦a 以下内容需回复本帖后可见⟧
第二，稳定学生情绪。火灭后清点人数，检查有无学生受伤，对轻微烫伤的学生用冷水冲洗并送校医室处理。
第三，做好后续教育。利用这次意外，给全班讲清酒精灯的正确使用方法，并向学校报告，检查其他实验台的器材。
""",
    ),
    dict(
        slug="fanwenapp-lab-safety-training-insight-oneline",
        site="笔下生花APP (invented writing app), share page",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://h5.bixiashenghua.cn/share/article?aid=3f91c0d2",
        title="参加实验室安全培训心得体会",
        record_title="参加实验室安全培训心得体会（精选）｜笔下生花",
        date=None,
        notes="writing-app share page; the whole body on one line, paragraphs only separated by indents; open-in-app prompts; no date",
        page="""
!a 打开笔下生花APP，阅读体验更佳　　立即打开
!m 笔下生花 · 写作素材库
!t 参加实验室安全培训心得体会（精选）
!m 作者：一叶舟　　收藏 218
{BODY}
!a 复制全文需在APP内操作　　下载APP
!l 更多心得：新教师岗前培训心得　安全生产月心得体会
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
上周，我参加了学校组织的实验室安全专题培训，培训由区教研室的老师主讲，内容涉及危险化学品管理、酒精灯和电加热设备使用、实验事故应急处置等方面。
培训中，老师展示了几起因酒精灯使用不当引发的事故案例，有的是向燃着的灯里添酒精，有的是两盏灯对着点火，看得我心里一紧。这些操作在平时实验中看似图方便，其实处处是隐患。
通过培训，我认识到实验安全没有小事。今后我要在每节实验课前检查器材，在学生动手前先讲规范、再做示范，让安全意识成为学生的习惯。
""",
    ),
    dict(
        slug="snapshot-school-alcohol-storage-notice",
        site="搜一搜网页快照 (invented), over a school site",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souyisou.com/c?m=9d78d513d9&p=jxzx.qiongxi.edu.cn/news/2025/1107.html",
        title="关于规范实验室酒精存放和领用的通知",
        record_title="关于规范实验室酒精存放和领用的通知 - 网页快照",
        date="2025-11-06",
        notes="search cache banner above the school page; the crawl time of the snapshot is not a date; 成文日期 under signature",
        page="""
!m 这是 http://jxzx.qiongxi.edu.cn/news/2025/1107.html 的网页快照，保存时间为 2025年11月20日 03:12:47。
!d 当前页面可能已经更改，搜一搜不对快照内容负责。
!a 点击查看当前页面
!m 琼溪县第二中学 > 校园公告
{T}
{BODY}
!m 琼溪县第二中学　地址：琼溪县文昌路12号
""",
        body="""
各教研组、实验室：
近期，部分实验室出现酒精随意存放、学生自行取用酒精灯燃料的情况，存在较大安全隐患。为加强管理，现就有关事项通知如下。
一、实验用酒精统一存放于危化品专柜，实行双人双锁管理，每间实验室临时存放量不得超过500毫升。
二、酒精领用由实验员登记，写明领用时间、数量、用途和领用人，学生不得自行添加酒精。
三、各实验室每周五对酒精灯和酒精存量进行一次清点。
琼溪县第二中学总务处
2025年11月6日
""",
    ),
    dict(
        slug="docshare-lab-consumables-purchase-plan-markers",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.gxwdz.com/p-20391177.html",
        title="2026年度中心学校实验室耗材采购计划",
        record_title="2026年度中心学校实验室耗材采购计划",
        date="2025-12-15",
        notes="document-sharing preview cut by ‹‹n›› page markers; a consumables table one row a paragraph; Chinese-numeral date under the signature",
        page="""
!m 共享文档站 — 分享知识 传播价值
!m 上传者：dz_lab07　　上传时间：2025-12-28　　格式：DOCX　　页数：3
!a 免费下载　　加入文集　　举报
{T}
{BODY}
!a 还有1页未读，继续阅读
!d 本文档为用户上传分享，仅供参考，版权归原作者所有。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="‹‹{n}››", every=150, start=2),
        body="""
为保障2026年度理化生实验教学正常开展，根据各校上报的实验开出计划和现有库存，制定本年度实验室耗材采购计划。
一、采购清单
名称　规格　数量　预算（元）
金属酒精灯　150毫升　120个　3600
酒精灯灯芯　棉质　600根　420
医用酒精　95%　80升　1280
灭火毯　1.2米×1.2米　40条　2400
二、采购方式。以上耗材通过县教育装备采购平台统一采购，酒精由具备危化品经营资质的单位配送到校，不得由教师自行购买携带。
三、经费来源。从学校公用经费中列支，合计7700元。
枣岭镇中心学校
二〇二五年十二月十五日
""",
    ),
]
