"""holdout152, part C: education, hospital, university, exam sites and exam forums. Invented text."""

CASES = [
    dict(
        slug="edu-pucheng-national-security-notice-html",
        site="莆岭县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.puling.edu.cn/tzgg/2024/0408/2281.html",
        title="关于组织开展2024年“4·15”全民国家安全教育日校园主题活动的通知",
        record_title="关于组织开展2024年“4·15”全民国家安全教育日校园主题活动的通知_莆岭县教育信息网",
        date="2024-04-08",
        notes="old table layout with font-size row and counter; 附件 list kept; own contact beside the site's tech line",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于组织开展2024年“4·15”全民国家安全教育日校园主题活动的通知_莆岭县教育信息网</title></head>
<body>
<table width="1000" align="center"><tr><td>⟦m 莆岭县教育信息网⟧</td><td>⟦m 2024年4月8日 星期一⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 教育动态 | 通知公告 | 政策法规 | 招生考试 | 教师园地⟧</td></tr></table>
<table width="1000" align="center"><tr><td>
<p>⟦m 当前位置: 首页 >> 通知公告⟧</p>
<h3>{T}</h3>
<p>⟦m 作者：德育股　点击数：735　更新时间：2024-4-8⟧　⟦a 【字体：小 大】⟧</p>
{BODY}
<p>⟦a 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】⟧</p>
</td></tr></table>
<table width="1000" align="center"><tr><td align="center">⟦m 网站技术支持电话：0594-2670011⟧<br>⟦m 闽ICP备05003317号⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学、幼儿园：
2024年4月15日是第九个全民国家安全教育日。为增强师生国家安全意识，经研究，决定在全县各级各类学校开展国家安全教育日校园主题活动。现将有关事项通知如下。
一、活动主题：总体国家安全观·创新引领10周年。
二、活动内容：各校要围绕主题，开展一次国旗下讲话、一节主题班会、一期黑板报，中学可组织国家安全知识竞赛。
三、有关要求：各校于4月22日前将活动总结和3至5张照片报送县教育局德育股。
联系人：许蔓　电话：0594-2670358
附件：1. 国家安全教育日主题班会参考教案
2. 活动总结报送表
莆岭县教育局
2024年4月8日
""",
    ),
    dict(
        slug="edu-cenxi-labour-education-plan-text",
        site="岑溪区中小学教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.cxedu.net.cn/jyyw/2024/09/t20240905_3312.html",
        title="岑溪区中小学劳动教育实践基地建设实施方案",
        record_title=None,
        date=None,
        notes="title missing; no date anywhere (只有学年); chrome between paragraphs on its own line",
        page="""
!m 岑溪区中小学教育网
!m 位置：首页 » 教育要闻
{T}
!m 浏览次数：302　字号：[大][中][小]
{BODY}
!a ☞ 打印本页 ☞ 关闭
!l 上一篇：2024年秋季学期开学安全检查通报
!l 下一篇：区教育局召开新学年校长工作会议
!m 主办：岑溪区教育局　地址：岑溪区文昌路15号
""",
        body="""
为贯彻落实关于全面加强新时代大中小学劳动教育的要求，推动劳动教育课程化、常态化，结合我区实际，制定本方案。
一、建设目标。2024—2025学年，全区建成区级劳动教育实践基地3个、校级劳动实践园地20个，实现中小学劳动实践全覆盖。
二、建设内容。区级基地依托农业园区和职业学校建设，设置农耕体验、手工制作、家政烹饪等课程模块；校级园地利用校内空地开辟种植区。
⟦l 【推荐阅读】区教育局关于加强中小学作业管理的通知⟧
三、课程安排。小学每周不少于1课时，初中每学期集中安排一周实践，高中结合研究性学习开展。
四、保障措施。区财政安排专项资金，各校配备劳动教育专兼职教师，并将学生劳动素养纳入综合素质评价。
""",
    ),
    dict(
        slug="hospital-muyang-hand-surgery-news-html",
        site="慕阳市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mysey.com/news/ksdt/2024-06-18/1402.html",
        title="我院手外科成功为一名工人完成断指再植手术",
        record_title="我院手外科成功为一名工人完成断指再植手术-慕阳市第二人民医院",
        date="2024-06-18",
        notes="hospital site; department's 咨询电话 kept beside the hospital's 24-hour line; 发布日期 byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院手外科成功为一名工人完成断指再植手术-慕阳市第二人民医院</title></head>
<body>
<div class="header">⟦m 慕阳市第二人民医院　三级综合医院⟧<span>⟦m 24小时急诊：0758-2310120⟧</span></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 新闻动态⟧</li></ul>
<div class="sub-loc">⟦m 当前位置：首页 - 新闻动态 - 科室动态⟧</div>
<h2>{T}</h2>
<p class="date">⟦m 发布日期：2024-06-18　发布人：宣传科　阅读次数：981⟧</p>
{BODY}
<div class="ewm">⟦a 扫码关注医院服务号，在线预约挂号⟧</div>
<div class="footer">⟦m 地址：慕阳市健康路66号⟧　⟦m 粤ICP备10047715号⟧　⟦d 本网站信息仅供参考，不作为诊疗依据⟧</div>
</body></html>
""",
        body="""
6月10日深夜，一名在五金厂作业的工人左手食指、中指被冲压机切断，被工友紧急送到我院急诊。
手外科值班医生接诊后立即启动断指再植绿色通道，由科主任邱振华带领团队在显微镜下连续手术6个多小时，成功吻合指动脉、指神经和静脉。
术后经过一周的精心护理，患者两根再植手指血运良好，已顺利存活。
邱振华提醒，发生断指后要用干净纱布包扎伤口止血，断指用干燥清洁的塑料袋包好，外面放冰块冷藏，切忌将断指直接泡在水或酒精中，并尽快到有条件的医院就诊。
手外科咨询电话：0758-2310569
""",
    ),
    dict(
        slug="hospital-taohe-voice-clinic-notice-text",
        site="桃河县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.thxzyy.cn/yygg/20240902/771.html",
        title="关于开设教师嗓音保健门诊的公告",
        record_title="【医院公告】关于开设教师嗓音保健门诊的公告",
        date="2024-09-02",
        notes="decorated title; schedule table; a 预约 sentence with 关注; site banner glued to the last line",
        page="""
!m 桃河县中医院　厚德　精诚　仁术
!m 首页 / 医院公告
!t 【医院公告】关于开设教师嗓音保健门诊的公告
!m 时间：2024年09月02日　来源：医务科
{BODY}
!l 【返回列表】
!d 版权所有 © 桃河县中医院　未经许可请勿转载
!m 预约挂号：0797-6230114　投诉电话：0797-6230100
""",
        indent="\u3000\u3000",
        body="""
为做好教师职业病防治工作，帮助广大教师预防和治疗慢性咽喉炎、声带小结等嗓音疾病，我院耳鼻喉科自2024年9月10日起开设教师嗓音保健门诊。现将有关事项公告如下：
一、出诊安排
日期　时段　出诊医生
每周二　下午　龙雅琴（副主任医师）
每周六　上午　田浩（主治医师）
二、服务项目：嗓音评估、电子喉镜检查、中药雾化、针灸理疗和发声训练指导。
三、预约方式：可关注“桃河县中医院”服务号预约，也可现场挂号。教师凭教师资格证或工作证可享受检查费八折优惠。⟦m 桃河县中医院官网⟧
""",
    ),
    dict(
        slug="univ-beihu-correspondence-enrolment-html",
        site="北湖师范学院继续教育学院 (invented)",
        style="高校官网",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://jxjy.bhnu.edu.cn/info/1032/5578.htm",
        title="北湖师范学院2025年成人高等教育函授站招生简章",
        record_title="北湖师范学院2025年成人高等教育函授站招生简章-继续教育学院",
        date="2025-03-05",
        notes="university template; fee table; URL and mailbox of the document kept; 下载 in a body sentence",
        page="""
<html><head><meta charset="utf-8"><title>北湖师范学院2025年成人高等教育函授站招生简章-继续教育学院</title></head>
<body>
<div class="top">⟦m 北湖师范学院　继续教育学院⟧　⟦m 学校主页⟧　⟦m English⟧</div>
<div class="menu">⟦m 学院概况 | 招生信息 | 教学管理 | 学籍管理 | 函授站点 | 下载中心⟧</div>
<div class="local">⟦m 您所在的位置: 首页 &gt;&gt; 招生信息 &gt;&gt; 正文⟧</div>
<form><h1>{T}</h1>
<div class="xx">⟦m 2025-03-05 09:00　点击：[2218]⟧</div>
<div class="v_news_content">
{BODY}
</div></form>
<div class="foot">⟦m 地址：北湖市师院路1号继续教育学院办公楼⟧<br>⟦m Copyright © 北湖师范学院继续教育学院⟧</div>
</body></html>
""",
        body="""
经省教育厅批准，我校2025年继续在各函授站招收成人高等教育学生。现将有关事项公布如下：
一、招生层次和专业：专科起点本科设汉语言文学、小学教育、学前教育、英语4个专业，学制3年，学习形式为函授。
二、函授站点和收费标准
函授站　地址　学费（元/年）
北湖本部　北湖市师院路1号　2600
萩塘函授站　萩塘县职教中心　2400
三、报名办法：考生须在9月统一报名期间登录省教育考试院网站报名，并于10月参加全国成人高校招生统一考试。
四、咨询方式：招生简章和专业介绍可在学院网站下载。
咨询电话：0739-5281116
电子邮箱：bhjxjy@bhnu.edu.cn
北湖师范学院继续教育学院
2025年3月5日
""",
    ),
    dict(
        slug="univ-linmu-wood-lab-safety-text",
        site="林木学院材料科学与工程学院 (invented)",
        style="高校官网",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://clxy.linmu.edu.cn/sysaq/2024/1021/1077.html",
        title="木材科学实验室安全管理办法",
        record_title="木材科学实验室安全管理办法（2024年修订）_材料学院",
        date="2024-10-18",
        notes="decorated title with revision year; articles speak of 打印/下载/扫码; date after 本办法 clause",
        page="""
!m 林木学院 材料科学与工程学院
!m 首页 > 实验室安全 > 规章制度
!t 木材科学实验室安全管理办法（2024年修订）
!m 作者：实验中心　审核：吴磊　发布：2024-10-21　浏览：116
{BODY}
!a 附件下载 ▼　分享 ▼
!m 学院办公室：0551-6578 2203　地址：学府路289号材料楼
!m © 材料科学与工程学院
""",
        body="""
第一条　为加强木材科学实验室安全管理，保障师生人身和财产安全，根据学校实验室安全管理规定，制定本办法。
第二条　进入实验室的人员须通过实验室安全准入考试，考试合格后扫码领取电子准入证。
第三条　木工机械操作须两人以上在场，操作前检查防护罩，严禁戴手套操作旋转设备。
第四条　干燥箱、热压机等加热设备运行期间须有人值守，下班前切断电源。
第五条　化学试剂按类别分柜存放，危险化学品领用须登记，台账每月打印存档。
第六条　实验室安全检查表可从学院网站下载，各课题组每周自查一次。
第七条　本办法自2024年10月18日起施行。
""",
    ),
    dict(
        slug="exam-jinzhou-forest-police-notice-html",
        site="槿州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jzrsks.cn/ksxx/gwy/202405/t20240520_4410.html",
        title="2024年槿州市森林公安机关招录人民警察体能测评公告",
        record_title=None,
        date="2024-05-20",
        notes="exam site; title missing; timetable; 打印准考证 sentence kept; exam committee phone kept beside the site's tech line",
        page="""
<html><head><meta charset="utf-8"><title>2024年槿州市森林公安机关招录人民警察体能测评公告</title></head>
<body>
<div class="head">⟦m 槿州人事考试网⟧⟦m 槿州市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页　考试信息　报名入口　成绩查询　证书管理　政策法规⟧</div>
<div class="pos">⟦m 当前位置：首页 / 考试信息 / 公务员考试⟧</div>
<div class="article"><div class="t">{T}</div>
<div class="m">⟦m 发布时间：2024-05-20　来源：市公务员局⟧　⟦a 【打印】【关闭】⟧</div>
{BODY}
</div>
<div class="notice">⟦d 温馨提示：本网站是槿州市唯一指定的人事考试报名网站，谨防假冒⟧</div>
<div class="foot">⟦m 网站技术支持：0710-3326655（工作日）⟧　⟦m 鄂ICP备13004471号⟧</div>
</body></html>
""",
        body="""
根据2024年槿州市考试录用公务员工作安排，现将森林公安机关人民警察职位体能测评有关事项公告如下：
一、测评对象：报考森林公安机关人民警察职位、笔试成绩进入体能测评范围的考生，名单见附件。
二、测评时间和地点
日期　项目　地点
5月28日上午　10米×4往返跑　市体育中心田径场
5月28日下午　1000米跑、纵跳摸高　市体育中心田径场
三、考生须于5月25日至27日登录本网站打印体能测评准考证，测评时携带准考证和身份证。
四、测评项目有一项不达标的，即为不合格，不得进入面试。
咨询电话：0710-3326091
槿州市公务员局
2024年5月20日
""",
    ),
    dict(
        slug="exam-heyuan-plant-protection-skill-text",
        site="荷源职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hyzyjd.org.cn/tzgg/2024/0712/901.html",
        title="关于开展2024年第三批农作物植保员职业技能等级认定的通知",
        record_title="关于开展2024年第三批农作物植保员职业技能等级认定的通知_荷源职业技能鉴定网",
        date="2024-07-12",
        notes="numbered list; 报名网址 of the document kept; site's slogan and login prompt",
        page="""
!m 荷源职业技能鉴定网　技能成就梦想
!a 考生登录 | 机构登录
!m 首页 > 通知公告
{T}
!m 2024-07-12　　阅读 842 次
{BODY}
!l 附件：（无）
!l 最新公告：关于2024年第二批电工证书发放的通知
!m 荷源市职业技能鉴定指导中心 版权所有
""",
        body="""
各有关单位、广大考生：
根据年度工作计划，我中心定于8月开展2024年第三批农作物植保员职业技能等级认定，现将有关事项通知如下：
1. 认定等级：五级（初级工）、四级（中级工）、三级（高级工）。
2. 报名时间：7月15日至7月31日，报名网址为 http://bm.hyzyjd.org.cn 。
3. 考试时间：8月17日理论知识考试，8月18日技能操作考核。
4. 考核内容：理论知识包括病虫害识别、农药安全使用等；技能操作包括病虫害田间调查和植保无人机喷雾作业。
5. 收费标准：按省定标准执行，五级120元、四级160元、三级220元。
荷源市职业技能鉴定指导中心
2024年7月12日
""",
    ),
    dict(
        slug="gkforum-jingdi-police-dog-post",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="经验交流",
        kind="post",
        form="text",
        source="https://bbs.shangan8.com/thread-77120-1-1.html",
        title="警犬技术岗面试经验：我是怎么通过结构化和犬只亲和测试的",
        record_title="【上岸经验】警犬技术岗面试经验：我是怎么通过结构化和犬只亲和测试的 - 面试交流 - 上岸吧",
        date="2024-07-03",
        notes="exam forum; 发表于 byline; junk glued; relative time in replies",
        page="""
!m 上岸吧 › 面试交流 › 查看主题
!t 【上岸经验】警犬技术岗面试经验：我是怎么通过结构化和犬只亲和测试的
!m 楼主  犬队新兵小周  |  发表于 2024-7-3 22:15  |  查看 4417  回复 63
{BODY}
!l 支持  收藏  分享
!m 沙发  岸边等风来  2天前
!l 恭喜楼主！请问亲和测试是和几条犬一起？
!a 登录后可查看更多回复
!m 上岸吧 © 2015-2024 | 京ICP备16022039号
""",
        junk=dict(lines=1, glued=1),
        body="""
今年考的是市公安局警犬基地的警犬技术岗，笔试第三进面，最后总分第一上岸，来还愿。
面试分两部分：结构化面试和犬只亲和测试。结构化和普通岗位差不多，四道题，其中一道专业题问“如何理解警犬在现代警务中的作用”，我从搜爆、追踪、治安巡逻三个方面答的。
亲和测试是重点。考官牵出一条马犬，让考生在规定区域内接近、抚摸、喂食，观察犬只反应和考生的肢体语言。我平时在家养狗，没有紧张，蹲下来侧身让犬先闻手，它很快就放松了。
建议报考这个岗位的同学，备考期间多去宠物店或者救助站接触大型犬，克服怕狗的心理。
最后祝大家都能上岸！
""",
    ),
    dict(
        slug="gkforum-songlin-forest-firefighter-html",
        site="考公驿站论坛 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.kaogongyz.com/t/52217",
        title="在森林消防员入职培训开班式上的表态发言",
        record_title="[面试素材] 在森林消防员入职培训开班式上的表态发言（附答题思路）",
        date=None,
        notes="exam forum; model speech with 20××年×月×日 placeholder (no date); speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 在森林消防员入职培训开班式上的表态发言（附答题思路） - 考公驿站</title></head>
<body>
<div id="top">⟦m 考公驿站 · 备考交流社区⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="crumbs">⟦m 论坛首页 » 面试素材 » 帖子⟧</div>
<div class="post">
<div class="poster">⟦m 楼主：松林小丁　等级：驿站达人⟧</div>
<h1>⟦t [面试素材] 在森林消防员入职培训开班式上的表态发言（附答题思路）⟧</h1>
<div class="time">⟦m 3天前　阅读 1206⟧</div>
<div class="body">
<p>⟦m 以下为模拟题参考范文，仅供练习：⟧</p>
<h3>{T}</h3>
<p>新队员代表　×××</p>
{BODY}
</div>
<div class="act">⟦l 👍 有用(88)　💬 回复　⭐ 收藏⟧</div>
</div>
<div class="related">⟦l 相关帖子：应急管理局面试真题汇总｜森林消防体能标准详解⟧</div>
<div id="ft">⟦d 本帖内容由网友发布，不代表本站观点⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、教官，亲爱的战友们：
大家好！我是新队员×××，很荣幸作为新队员代表发言。
从今天起，我们正式成为一名森林消防员。穿上这身橙色制服，就意味着肩上多了一份守护绿水青山的责任。
在接下来三个月的入职培训中，我代表全体新队员表态：一是严守纪律，令行禁止；二是刻苦训练，练就过硬的体能和扑火技能；三是虚心学习，向老队员请教实战经验。
请领导和教官放心，我们一定不负韶华，早日成为合格的森林卫士！
20××年×月×日
""",
    ),
]
