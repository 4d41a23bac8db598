"""holdout167, part B: alarm clocks (闹钟) — a boarding school's wake-up rules, a clock
factory's OA, a Q&A, a retired watchman's collection, a Party branch, a hospital's
medication-alarm service, a university dormitory, a county forum. Invented text."""

CASES = [
    dict(
        slug="edu-loushui-boarding-alarm-clock-notice-html",
        site="椤水县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.luoshui.example.gov.cn/tzgg/2024/0902/5531.html",
        title="关于规范寄宿制学校学生宿舍闹钟使用管理的通知",
        record_title="关于规范寄宿制学校学生宿舍闹钟使用管理的通知-椤水县教育体育局",
        date="2024-08-30",
        date_also=["2024-09-02"],
        notes="education bureau page: top links, breadcrumb, byline with 发布时间 differing from 成文日期, related list in sidebar; numbered list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于规范寄宿制学校学生宿舍闹钟使用管理的通知-椤水县教育体育局</title></head><body>
<div class="top">⟦m 椤水县教育体育局　欢迎您！⟧ <a>⟦a 登录⟧</a> <a>⟦a 设为首页⟧</a></div>
<div class="nav">⟦m 首页 | 教育动态 | 通知公告 | 招生考试 | 德育天地 | 教师发展⟧</div>
<div class="loc">⟦m 您的位置：首页 > 通知公告⟧</div>
<h2>⟦t 关于规范寄宿制学校学生宿舍闹钟使用管理的通知⟧</h2>
<p class="info">⟦m 发布时间：2024-09-02　来源：基础教育股　点击量：2207⟧</p>
<div class="content">
{BODY}
</div>
<div class="side"><h4>⟦l 最新公告⟧</h4><p>⟦l 2024年秋季学期校车安全工作要求⟧</p><p>⟦l 关于开展中小学作息时间专项检查的通知⟧</p></div>
<div class="foot">⟦d 版权所有：椤水县教育体育局　技术支持：椤水网络中心⟧<br>⟦m 地址：椤水县文昌路12号　备案号：黔ICP备12003917号⟧</div>
</body></html>
""",
        body="""
各寄宿制中小学：
近期部分学校反映，学生宿舍内闹钟铃声此起彼伏，早起时间不一，影响同宿舍学生休息；个别学生携带手机以“定闹钟”为由熬夜。为保障学生睡眠，现就有关事项通知如下。
1．宿舍统一作息。各校统一设定起床铃，小学不早于6时40分，初中不早于6时20分，宿舍内不再使用个人闹钟。
2．确需个人闹钟的，应为无光、低音量的机械或电子闹钟，由班主任登记。
3．严禁以闹钟功能为由携带手机进入宿舍。
4．各校于9月20日前将作息时间表报基础教育股备案。
椤水县教育体育局
2024年8月30日
""",
    ),
    dict(
        slug="oa-lishan-clock-factory-minutes-intranet",
        site="栎埠钟表厂OA (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.libuclock.example.local/doc/view?id=20250314-07",
        title="栎埠钟表厂闹钟机芯返修问题专题会议纪要",
        record_title="内网公文-栎埠钟表厂闹钟机芯返修问题专题会议纪要",
        date="2025-03-14",
        notes="intranet doc view: 流转记录 and read count after the body; minutes with 时间/地点/主持/参会/记录 lines; data table with ideographic spaces",
        page="""
!m 栎埠钟表厂协同办公平台
!m 公文管理 / 会议纪要 / 查看
!t 内网公文-栎埠钟表厂闹钟机芯返修问题专题会议纪要
!m 起草：厂办 严思雨　密级：内部　阅读 58 次
{BODY}
!l 流转记录：厂办拟稿 → 副厂长审核 → 厂长签发 → 分送各车间
!a 打印　导出PDF　返回列表
!d 内部资料，严禁外传
""",
        body="""
时间：2025年3月14日下午2时
地点：厂部三楼会议室
主持：副厂长 邵建平
参会：质检科、总装车间、机芯车间、采购科负责人
记录：严思雨
会议听取了质检科关于一季度闹钟机芯返修情况的汇报，分析了原因，明确了整改措施。纪要如下：
一、返修情况
型号　返修数　主要问题
QZ-12　214　走时偏快
JX-7　96　打铃不响
二、议定事项
（一）机芯车间对QZ-12振子批次全部复检，3月底前完成。
（二）采购科更换打铃簧片供应商，新供应商样品须经质检科确认。
（三）总装车间增加出厂前连续打铃三次的检验工序。
栎埠钟表厂办公室
2025年3月14日
""",
    ),
    dict(
        slug="qa-wending-elderly-alarm-clock-answer",
        site="问鼎知道 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.wending.example.com/question/77120985.html",
        title="给八十岁的老人买闹钟，要注意哪些？",
        record_title="给八十岁的老人买闹钟，要注意哪些？_问鼎知道",
        date="2025-02-11",
        notes="Q&A: question as title with _site; 回答于 is the page's date; vote bar and 其他回答 after; a 'report' action glued after the last sentence",
        page="""
!m 问鼎知道 · 有问必答
!m 首页 > 生活 > 家居用品
{T}
!m 提问者：晴川阁下　2025-02-10
!m 最佳答案
!m 采纳率 92%　擅长：适老用品　回答于 2025-02-11 09:12
{BODY}
!l 有用(347)　没用(6)
!l 其他回答（3）
!l 买那种会说话报时的，我奶奶特别喜欢。
!a 我来回答
!m ©2025 问鼎知道
""",
        body="""
家里老人用的闹钟，主要看四点：
1．字要大。表盘数字最好在三厘米以上，带夜光或者按键背光，半夜看时间不用戴眼镜。
2．声音要够响但不刺耳。听力下降的老人可以选铃声加震动枕垫的款式。
3．按键要少。一个设闹钟、一个停止就够了，按键多了老人记不住。
4．尽量选电池供电的，停电也不影响，电池没电前会有提醒。
另外，如果老人要按时吃药，可以买带多组闹钟和语音提示的药盒闹钟，每天几点吃什么药能直接播报出来。⟦a 举报⟧
""",
    ),
    dict(
        slug="anthology-zhouyi-watchman-alarm-clock-essay",
        site="槐荫文存 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://www.huaiyinwencun.example.org/juan2/61.html",
        title="一只马蹄闹钟",
        record_title="《槐荫文存》卷二·第61篇｜一只马蹄闹钟",
        date=None,
        notes="collection chapter: volume title prefix; 写于 year only (no date); chapter prev/next nav; a 'collected into' line",
        page="""
!m 槐荫文存 · 一个老守林人的笔记
!m 目录 › 卷二 山居 › 第61篇
!t 《槐荫文存》卷二·第61篇｜一只马蹄闹钟
!m 字数：612　更新：昨天
{BODY}
!m （写于一九九八年冬，二〇二三年整理）
!l ← 第60篇　护林站的水缸　|　第62篇　雪夜查山 →
!a 加入书签
!m 本文已收入《槐荫文存》卷二
""",
        body="""
护林站的墙上挂过一只马蹄闹钟，铁皮外壳，两只铃铛像两只耳朵，是老站长从县城供销社买回来的。
那时候站里没有电，收音机的电池舍不得用，全靠这只闹钟叫我们起床巡山。每晚睡前，我都要拧紧发条，把闹针拨到五点。
冬天山里冷，闹钟一响，屋里的人都缩在被子里不愿动，老站长就第一个起身，把闹钟拿在手里让它响个够，直到大家全都坐起来。
后来站里通了电，有了电子钟，马蹄闹钟被收进了抽屉。老站长退休那年，我把它包好还给了他，他笑着说，这钟比他准。
""",
    ),
    dict(
        slug="dangjian-yuantian-early-shift-branch-speech-html",
        site="楸田党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.qiutian.example.gov.cn/zbjs/2025/0701/3097.html",
        title="在公交集团早班驾驶员党员“闹钟承诺”启动会上的讲话",
        record_title="【支部活动】在公交集团早班驾驶员党员“闹钟承诺”启动会上的讲话_楸田党建网",
        date="2025-06-27",
        notes="Party-building portal: speaker line and date under the speech title (speaker neutral); date in Chinese numerals under the title; sidebar and footer",
        page="""
<html><head><meta charset="utf-8"><title>【支部活动】在公交集团早班驾驶员党员“闹钟承诺”启动会上的讲话_楸田党建网</title></head><body>
<div class="head">⟦m 楸田党建网⟧ ⟦m 不忘初心　牢记使命⟧</div>
<div class="menu">⟦m 首页 | 党建要闻 | 支部建设 | 党员教育 | 廉政之窗⟧</div>
<div class="pos">⟦m 当前位置：首页 - 支部建设⟧</div>
<h1>⟦t 在公交集团早班驾驶员党员“闹钟承诺”启动会上的讲话⟧</h1>
<p class="speaker">公交集团第二党支部书记 韩立群</p>
<p class="speaker">（二〇二五年六月二十七日）</p>
<div class="text">
{BODY}
</div>
<div class="edit">⟦m 编辑：宁夏　审核：党建办⟧</div>
<div class="rel">⟦l 相关链接：出租车行业党建联盟成立 | 公交站亭“红色驿站”投用⟧</div>
<div class="footer">⟦d 楸田党建网 版权所有 未经许可不得复制⟧</div>
</body></html>
""",
        body="""
同志们：
我们支部四十二名党员驾驶员，有三十一名开的是早班车，首班车五点半发车，意味着大家四点多就要起床。
今天启动“闹钟承诺”，就是请每名早班党员公开承诺：闹钟一响不拖延，准点出车不误点，一年不漏一个班。
一是守时就是守信。群众在站台上等的是一辆车，看的是我们公交人的作风。
二是互相叫早。每条线路结成叫早对子，一人未按时签到，对子党员五分钟内电话联系。
三是关心早班同志的身体。支部将协调食堂提前供应早餐，为早班驾驶员安排午间休息室。
希望大家把承诺落到每一个清晨，谢谢大家。
""",
    ),
    dict(
        slug="hospital-chahu-medication-alarm-service-news",
        site="桫湖县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.shahuhospital.example.cn/yydt/2024/1119/1288.html",
        title="药学部为慢病老人免费设置“吃药闹钟”",
        record_title="药学部为慢病老人免费设置“吃药闹钟”-桫湖县人民医院",
        date="2024-11-19",
        notes="hospital news: department's own consultation phone kept next to the hospital's 24-hour and booking lines in the footer; 发布日期 byline; photo caption line",
        page="""
!m 桫湖县人民医院　二级甲等综合医院
!m 首页 | 医院概况 | 科室导航 | 就医指南 | 医院动态 | 健康科普
!m 医院动态 > 院内新闻
{T}
!m 发布日期：2024-11-19　撰稿：药学部 邝婷　浏览：731
{BODY}
!l 上一条：我院开展冬季消防演练
!l 下一条：糖尿病日义诊活动走进社区
!m 急诊24小时电话：0736-5120120　预约挂号：0736-5123366
!m 地址：桫湖县人民路88号
""",
        body="""
11月起，药学部在门诊药房开设“用药提醒服务台”，为六十五岁以上慢病患者免费设置吃药闹钟。
不少老人同时服用三四种药，早饭前、饭后、睡前时间各不相同，漏服、重服时有发生。药师根据处方，为老人在手机或专用药盒闹钟上逐一设置提醒，并在药袋上贴好大字标签。
⟦m 图为药师为患者调试药盒闹钟⟧
服务开设半个月来，已为二百一十六位老人设置用药提醒。
如需咨询，可拨打药学部电话0736-5121847，或在工作日到门诊一楼药房窗口办理。
""",
    ),
    dict(
        slug="university-canglan-dorm-quiet-alarm-initiative-html",
        site="沧澜师范学院学生工作处 (invented)",
        style="高校官网",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://xgc.canglan-nu.example.edu.cn/info/1034/6611.htm",
        title="“静音闹钟”宿舍文明倡议书",
        record_title=None,
        date="2024-10-15",
        notes="university faculty site; no record title; the title found in the h1; campus address footer; related news; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>学生工作处-沧澜师范学院</title></head><body>
<div class="hd">⟦m 沧澜师范学院　学生工作处⟧ ⟦a English⟧ ⟦a 学校主页⟧</div>
<div class="nav">⟦m 首页　机构设置　学生教育　资助工作　心理健康　公寓管理⟧</div>
<div class="path">⟦m 当前位置：首页 > 公寓管理 > 正文⟧</div>
<h3>⟦t “静音闹钟”宿舍文明倡议书⟧</h3>
<div class="meta">⟦m 作者：公寓管理中心　点击：[1320]次⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：关于开展宿舍安全用电检查的通知⟧<br>⟦l 下一条：2024年秋季学期“文明宿舍”评选结果公示⟧</div>
<div class="ft">⟦m 版权所有©沧澜师范学院　地址：沧澜市学府大道1号　邮编：421800⟧</div>
</body></html>
""",
        body="""
亲爱的同学们：
同一间宿舍里，有人七点上课，有人十点才有课。一只响个不停的闹钟，可能让室友一早上都睡不好。为此，学生工作处向全体住校同学发出倡议：
一、优先使用震动手环或耳机闹钟，确需铃声的，音量调到最低。
二、闹钟响后及时关闭，不反复“再睡五分钟”。
三、各宿舍可商定统一的起床时间，写进宿舍公约。
四、遇到室友闹钟影响休息，先友好沟通，沟通不成可找楼栋辅导员协调。
让我们从一只闹钟做起，共建安静和谐的宿舍。
沧澜师范学院学生工作处
2024年10月15日
""",
    ),
    dict(
        slug="localforum-yanmen-clock-tower-alarm-repair-post",
        site="檵阳在线 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.jiyangzaixian.example.com/forum.php?mod=viewthread&tid=208813",
        title="关于城关一小校园电铃更换为定时闹铃系统期间作息调整的告家长书",
        record_title="[校园资讯] 关于城关一小校园电铃更换为定时闹铃系统期间作息调整的告家长书 - 教育交流 - 檵阳在线",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="county forum repost: forum junk as lines and glued; posting stamp differs from the letter's date; floor replies",
        junk=dict(lines=1, glued=2),
        page="""
!m 檵阳在线 - 檵阳人自己的网上家园
!m 檵阳在线 › 教育交流 › 查看帖子
!t [校园资讯] 关于城关一小校园电铃更换为定时闹铃系统期间作息调整的告家长书
!m 城关家长 发表于 2025-4-8 19:02 | 查看: 966 | 回复: 12
{BODY}
!l 2楼　小豆妈 发表于 2025-4-8 20:11
!l 终于换了，以前那个电铃声音太吓人。
!a 回复　支持　反对
!m 檵阳在线 版权所有
""",
        body="""
尊敬的各位家长：
我校原有校园电铃使用已超过十五年，故障频繁。学校决定于4月14日至4月18日将其更换为定时闹铃系统。施工期间，作息调整如下：
一、上午第一节课仍为8时整开始，各班由值日教师手摇铃提醒。
二、课间操暂停一周，改为教室内眼保健操。
三、下午放学时间不变，请家长按时接送。
新系统启用后，铃声将改为轻音乐提示，更有利于孩子们的听力保护。感谢各位家长的理解和支持。
檵阳县城关第一小学
2025年4月7日
""",
    ),
]
