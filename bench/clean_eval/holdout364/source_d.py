"""holdout364, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Invented text, sites, places, people and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-lanxi-online-bed-rail-thread",
        site="阑溪在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.lanxionline.com/forum.php?mod=viewthread&tid=930571",
        title="婆婆夜里从床上摔下来了，床护栏到底怎么选？",
        record_title=None,
        date=None,
        notes="a county forum: title missing from the record, found in the thread subject; a weather line, medals, "
        "jammer-font junk, a decoration ad with a phone, a pushed-to-department note; relative times only",
        page="""
<html>
<head>
<meta charset="gbk">
<title>阑溪在线论坛 - 阑溪人的网上家园</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="tb">⟦m 阑溪在线 · 阑溪人的网上家园⟧ ⟦m 今天 阑溪 小雨 9～14℃⟧ ⟦a 登录 · 注册新号⟧</div>
<div class="pt">⟦m 阑溪在线 › 家长里短 › 帖子详情⟧</div>
<table class="post"><tr>
<td class="author">⟦m 南门桥的阿芳⟧<br>⟦m 勋章：热心网友 · 老会员⟧</td>
<td class="content">
<h1><span id="thread_subject">{T}</span></h1>
<div class="when">⟦m 发表于 前天 07:52 ｜ 查看 3571 ｜ 回复 28⟧</div>
<div class="msg">
{BODY}
</div>
<div class="push">⟦l 本帖已由版主推送至“县长信箱·民生直通车”，等待部门回复⟧</div>
</td></tr></table>
<div class="r">⟦l 2楼 斑竹镇老陈 前天 09:10 装那种能折下来的，白天放下去不挡路⟧</div>
<div class="r">⟦l 3楼 冽泉小杨 前天 10:45 社区好像有免费装的，去问问⟧</div>
<div class="ad">⟦w 阑溪家装找老吴，适老化改造一站搞定 微信同号 158 5792 0366⟧</div>
<div class="ft">⟦m 阑溪在线论坛 ｜ 浙ICP备11012879号 ｜ 站务QQ群 52018874⟧</div>
</body>
</html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
上个星期，婆婆半夜起来上厕所，没站稳，从床上摔下来了。幸亏老公听到动静，把她扶起来，去医院拍了片子，骨头没事，就是腰扭了，现在还贴着膏药。
婆婆今年八十二了，一个人睡一张一米五的床，床沿离地有五十多公分。医生说老人夜里坠床很常见，建议在床边装个护栏。
我在网上看了一圈，床护栏有好几种：有插在床垫底下的，有用螺丝固定在床架上的，还有可以上下折叠的。价格从几十块到几百块都有，看得眼花缭乱。
想问问论坛里的朋友：家里老人用的是哪一种？插床垫的那种牢不牢？老人自己起夜能不能放下来？有没有实际用过的给点建议，先谢谢大家了！
""",
    ),
    dict(
        slug="localforum-liequan-nasal-rinser-pharmacy-junk",
        site="冽泉生活网 (invented town forum, text copy)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.liequanlife.com/bbs/thread-58820.html",
        title="带娃去卫生院上了一节洗鼻课，顺便说说药店的洗鼻器",
        record_title="[晒晒生活] 带娃去卫生院上了一节洗鼻课，顺便说说药店的洗鼻器（附价格）- 冽泉杂谈 - 冽泉生活网",
        date=None,
        notes="a town-forum post in text: junk lines and junk glued after 。; a weather line, floors and an ad for a "
        "pharmacy; relative times only (4 天前, 3 小时前)",
        page="""
!m 冽泉生活网 · 冽泉杂谈
!m 冽泉 今日 多云 3～11℃ 空气良
!t [晒晒生活] 带娃去卫生院上了一节洗鼻课，顺便说说药店的洗鼻器（附价格）
!m 作者：桂花糕不甜　4 天前　阅读 1890
{BODY}
!l 1楼　小镇姑娘：周二上午的课吗？下周带我家老大去
!l 2楼　桂花糕不甜（楼主） 3 小时前：对，周二上午九点，在卫生院二楼
!w 冽泉百草堂大药房　冬季鼻炎用品满百减十　电话 0579-87560788
!a 回帖请先登录，新人注册送5个金币
!m 冽泉生活网　站长邮箱 admin@liequanlife.com
""",
        junk=dict(lines=2, glued=2),
        body="""
我家老二今年六岁，过敏性鼻炎，一到冬天鼻涕就没停过。上周二听邻居说镇卫生院有免费的“洗鼻小课堂”，就带他去听了一节。
医生讲得很细：要用温的生理盐水，头往前低，张着嘴，慢慢挤。小家伙一开始吓得直躲，后来看医生在模型上演示了一遍，自己也敢试了。
回来路上顺便去了镇上的两家药店看洗鼻器。一家有挤压瓶式的，大人款三十多块，儿童款四十左右，带两包洗鼻盐；另一家有电动的，一百多块，店员说压力可以调。
我最后买了儿童款的挤压瓶，医生说孩子小，手动的好控制力度。用了一个星期，晚上鼻子通多了，睡觉不张嘴了。
有同样情况的家长可以去听听课，不要钱，关键是能学会正确的姿势。
""",
    ),
    dict(
        slug="download-lvye-nasal-rinser-procedure-doc-gb2312",
        site="绿叶资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="操作规程",
        kind="rule",
        form="html",
        source="http://www.lvyezl.com/soft/yiliao/30517.html",
        title="耳鼻喉科门诊洗鼻器使用与消毒操作规程",
        record_title="耳鼻喉科门诊洗鼻器使用与消毒操作规程.doc",
        date=None,
        notes="an old download page: a file-info table, three mirror links, an unzip password, a dead-link report and "
        "a floating ad; a procedure with numbered steps and no date; update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>耳鼻喉科门诊洗鼻器使用与消毒操作规程.doc 下载 - 绿叶资料站</title>
</head>
<body>
<table width="980" align="center" border="0">
<tr><td>⟦m 绿叶资料站 www.lvyezl.com 　资料全 · 下载快 · 无病毒⟧</td></tr>
<tr><td>⟦m 首页 | 医疗卫生 | 行政公文 | 教育教学 | 表格模板 | 排行榜⟧</td></tr>
<tr><td>⟦m 您的位置：绿叶资料站 → 医疗卫生 → 护理规范⟧</td></tr>
</table>
<table width="980" align="center" border="1" bordercolor="#cde3c1" cellspacing="0">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：52 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新日期：2026-02-27⟧</td><td>⟦m 下载次数：1306⟧</td></tr>
<tr><td>⟦m 运行环境：Word/WPS⟧</td><td>⟦m 资料评级：★★★★⟧</td></tr>
<tr><td colspan="2">⟦d 资料简介：以下为资料正文预览，排版以下载后的文件为准⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：［电信高速下载］［联通高速下载］［备用线路下载］⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.lvyezl.com　｜　下载不了？点此报告死链⟧</td></tr>
</table>
<div style="position:absolute;left:4px;top:300px">⟦w 医院制度、应急预案、护理文书代写，绿叶写作组 QQ 1849305527⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料来源于网络收集，仅供学习参考，请于下载后24小时内删除⟧<br>⟦m Copyright 2008-2026 绿叶资料站　冀ICP备08031547号⟧</td></tr></table>
</body>
</html>
""",
        body="""
一、适用范围
本规程适用于耳鼻喉科门诊为患者进行鼻腔冲洗治疗，以及门诊重复使用洗鼻器的清洗和消毒。
二、操作前准备
1. 核对患者信息，询问有无鼻出血、急性中耳炎等禁忌情况。
2. 准备37℃左右的生理盐水500毫升、洗鼻器一套、弯盘和一次性治疗巾。
三、操作步骤
1. 协助患者取坐位，身体前倾，头偏向一侧，嘱其张口呼吸。
2. 将洗鼻器喷头置于上方鼻孔，缓慢加压，使盐水从对侧鼻孔流出；一侧完成后换另一侧。
3. 冲洗结束后嘱患者低头排出残液，轻轻擤鼻，观察有无不适。
四、洗鼻器清洗消毒
1. 使用后立即拆开，用流动水冲洗瓶体、喷头和导管。
2. 在有效氯500mg/L的消毒液中浸泡30分钟，再用清水冲净，晾干后装袋备用。
3. 洗鼻器实行一人一用一消毒，消毒情况记入登记本。
""",
    ),
    dict(
        slug="download-qianye-hub-rules-glued-markers",
        site="千页资料下载 (invented download station, text view)",
        style="资料下载站",
        genre="管理办法",
        kind="rule",
        form="text",
        source="https://www.qianyezl.com/doc/jiaoxue/71520.html",
        title="学校机房USB集线器等外接设备使用管理办法",
        record_title="学校机房USB集线器等外接设备使用管理办法（Word可编辑版）免费下载 - 千页资料下载",
        date=None,
        notes="a download station's text view: page markers glued to the continuation line with a space, cutting "
        "sentences; a file-info line and a download row; rules with no date",
        page="""
!m 千页资料下载　qianyezl.com
!m 首页 → 教学资料 → 学校管理制度
!t 学校机房USB集线器等外接设备使用管理办法（Word可编辑版）免费下载
!m 文件大小 41KB　|　格式 DOC　|　最近更新 2 天前　|　已下载 862 次
{T}
{BODY}
!a ↓ 本地高速下载 ↓　　↓ 网盘备用下载 ↓
!d 千页资料均来自网友分享，版权归原作者，仅供学习交流使用
!l 同分类热门：计算机教室管理制度　·　多媒体设备使用登记表　·　电教设备维护保养制度
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫛{n}⫛", every=120, start=2, glue=True, sep=" "),
        body="""
一、为加强学校计算机教室USB集线器等外接设备的管理，延长设备使用寿命，保障信息技术教学正常进行，制定本办法。
二、计算机教室的USB集线器、读卡器、耳机、摄像头等外接设备由信息技术组统一管理，每台设备贴有编号标签，与教室座位号一一对应。
三、学生上课时应按座位号使用外接设备，不得私自调换、拆卸，不得在集线器上连接手机充电线、电暖宝等与教学无关的设备。
四、任课教师课前检查设备，课后督促学生整理线缆；发现集线器指示灯不亮、接口松动等情况，应在设备使用记录本上登记，并及时告知信息技术组。
五、信息技术组每月对集线器进行一次全面检测，对损坏设备及时维修或更换，并做好维修记录。
六、因学生违反规定造成设备损坏的，按学校有关规定处理。
七、本办法由学校信息中心负责解释。
""",
    ),
    dict(
        slug="pta-yuzhou-exam-notice-lactation-room-pump",
        site="誉州人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yzrsks.cn/kwgg/2026/0509/11823.html",
        title="关于2026年上半年中小学教师资格考试面试考点设置哺乳室的公告",
        record_title="〖面试考务·温馨提示〗关于2026年上半年中小学教师资格考试面试考点设置哺乳室的公告 - 誉州人事考试网",
        date="2026-05-09",
        notes="a personnel-exam site: a maintenance banner and an admission-ticket float; downloading and printing "
        "the 准考证 is content; the exam office's 咨询电话 beside the site's technical line; 附件 list beside an "
        "attachment link",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖面试考务·温馨提示〗关于2026年上半年中小学教师资格考试面试考点设置哺乳室的公告 - 誉州人事考试网</title>
<script src="/js/ks-common.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统升级公告：5月16日0:00—6:00报名系统暂停访问，给您带来不便敬请谅解⟧</div>
<div class="logo">⟦m 誉州人事考试网 · 誉州市人事考试院⟧</div>
<div class="nav">⟦m 首页 考试动态 考务公告 成绩查询 证书领取 政策法规⟧</div>
<div class="loc">⟦m 当前：首页 > 考务公告⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="time">⟦m 来源：誉州市人事考试院　时间：2026-05-09⟧</div>
<div class="con">
{BODY}
</div>
<div class="att">⟦a 📎 附件：哺乳室使用申请表.docx（点击下载）⟧</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口 ›⟧</div>
<div class="foot">⟦w 网站技术咨询：0579-85219960（仅解答报名系统操作问题）⟧ ⟦m 誉州市人事考试院版权所有　浙ICP备07020941号⟧</div>
</body>
</html>
""",
        body="""
各位考生：
为方便哺乳期考生参加考试，2026年上半年中小学教师资格考试面试期间，我市各面试考点均设置哺乳室。现将有关事项公告如下：
一、哺乳室设置。每个考点设置哺乳室1间，配备桌椅、电源插座和储奶冰箱，由考点安排女性工作人员管理。
二、申请办法。需要使用哺乳室的考生，请于5月20日前下载并填写《哺乳室使用申请表》，发送至考试院邮箱yzrsksy@126.com。
三、物品携带。考生可携带吸奶器、储奶袋等哺乳用品进入哺乳室，但不得带入候考室和面试室。吸奶器等物品须接受考点安检。
四、其他事项。考生请于5月25日起登录本网下载并打印准考证，按准考证上的时间和地点参加面试。
咨询电话：誉州市人事考试院考务科　0579-85219318。
附件：哺乳室使用申请表
誉州市人事考试院
2026年5月9日
""",
    ),
    dict(
        slug="pta-kuangchuan-practical-exam-no-own-hubs",
        site="旷川县人事考试中心 (invented county exam site, text copy)",
        style="人事考试网",
        genre="考生须知",
        kind="notice",
        form="text",
        source="http://rsks.kuangchuan.gov.cn/info/2026/0610/472.html",
        title="旷川县2026年事业单位公开招聘计算机类岗位实操考试考生须知",
        record_title="［实操考试］旷川县2026年事业单位公开招聘计算机类岗位实操考试考生须知_考试中心公告_旷川县人事考试中心",
        date="2026-06-10",
        notes="exam instructions in text: a rule forbidding candidates' own USB hubs; the exam centre's 咨询电话 and "
        "the 准考证 printing as content; a scroll notice and an online-service line as chrome",
        page="""
!m 旷川县人事考试中心
!d 【滚动提示】谨防考试诈骗，本中心从未委托任何机构举办考前培训
!m 首页 ＞ 考试中心公告
{T}
!m 发布日期：2026-06-10　发布单位：旷川县人事考试中心　阅读次数：2276
{BODY}
!a 【打印本文】　【返回列表】
!w 在线客服工作时间：工作日 8:30—11:30，14:00—17:00
!m 旷川县人力资源和社会保障局主办　浙ICP备14007715号
""",
        indent="\u3000\u3000",
        body="""
旷川县2026年事业单位公开招聘计算机类岗位实操考试定于6月20日上午在县职业中专计算机实训楼举行。为确保考试顺利进行，现将有关事项告知如下：
一、考生须凭准考证和有效居民身份证参加考试，准考证请于6月15日起登录本网自行打印。
二、考场每个机位已配备键盘、鼠标和带独立供电的USB集线器，考生不得自带U盘、集线器、扩展坞、无线网卡等任何外接设备。
三、考试开始前15分钟，考生应检查机位设备，发现集线器接口松动、键盘鼠标失灵等情况，立即举手报告监考人员。考试开始后，因考生擅自插拔设备导致作答数据丢失的，责任自负。
四、考试时间为120分钟，考试开始30分钟后不得入场，考试结束前30分钟内方可交卷离场。
五、考生应服从考场工作人员管理，违反考试纪律的，按照有关规定严肃处理。
咨询电话：0579-88351206。
旷川县人事考试中心
2026年6月10日
""",
    ),
    dict(
        slug="tender-yuzhou-award-divided-plates-lots",
        site="誉州公共资源交易网 (invented tender platform)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuzhou.gov.cn/jyxx/zfcg/zbgg/20260620/8f1d2e.html",
        title="阑溪县第二实验中学食堂分格餐盘采购项目中标结果公告",
        record_title="【中标结果·食堂设备】阑溪县第二实验中学食堂分格餐盘采购项目中标结果公告（公示期1个工作日）",
        date="2026-06-20",
        notes="a tender platform: a publicity countdown, CA and trading-system lines; lots as table rows; the "
        "purchaser's and agency's contacts beside the platform's hotlines; the notice's date under the agency",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【中标结果·食堂设备】阑溪县第二实验中学食堂分格餐盘采购项目中标结果公告（公示期1个工作日）</title>
<script src="/ggzy/js/countdown.js"></script>
</head>
<body>
<div class="gz-top">⟦m 誉州公共资源交易网 · 誉州市公共资源交易中心⟧</div>
<div class="gz-nav">⟦m 首页 交易信息 政府采购 工程建设 产权交易 诚信体系 服务指南⟧</div>
<div class="gz-pos">⟦m 首页 ≫ 交易信息 ≫ 政府采购 ≫ 中标（成交）公告⟧</div>
<div class="gz-detail">
<h3>{T}</h3>
<div class="gz-info">⟦m 信息时间：2026-06-20 16:05　浏览：318⟧</div>
<div class="gz-count">⟦m 公示剩余：0天 18时 42分⟧</div>
<div class="gz-body">
{BODY}
</div>
</div>
<div class="gz-help">⟦w CA数字证书办理：0579-85218890　交易系统操作：0579-85218877⟧</div>
<div class="gz-ft">⟦m 誉州市公共资源交易中心　地址：誉州市娟湖区市民中心B座⟧ ⟦m 浙ICP备16021573号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：LXCG-2026-0418
二、项目名称：阑溪县第二实验中学食堂分格餐盘采购项目
三、中标信息
包号　货物名称　数量　中标供应商　中标金额
1　五格不锈钢学生餐盘　2400只　誉州市恒洁厨具有限公司　7.92万元
2　四格不锈钢教师餐盘　300只　誉州市恒洁厨具有限公司　1.14万元
3　餐盘高温消毒柜　4台　阑溪县正和商用电器经营部　3.36万元
四、评审专家：何素秋、庞守拙、季云深
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：阑溪县第二实验中学，联系人：俞老师，电话：0579-87236615。
采购代理机构：誉州方圆招标咨询有限公司，联系人：潘工，电话：0579-85291140。
誉州方圆招标咨询有限公司
2026年6月20日
""",
    ),
    dict(
        slug="tender-juanhu-inquiry-bed-rails-record",
        site="娟湖区政府采购网 (invented, text copy)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.juanhu.gov.cn/xjgg/2026/04/27/11066.html",
        title="娟湖区社会福利院护理床护栏询价采购公告",
        record_date="2026-04-27",
        date="2026-04-27",
        notes="an inquiry notice in text, record title and date as is; an items table; downloading the inquiry file "
        "and scanning to register are content; the purchaser's contact beside the platform's CA line",
        page="""
!m 娟湖区政府采购网
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2026-04-27　　信息来源：娟湖区社会福利院
!a [收藏本公告]　[打印]　[关闭]
{BODY}
!w 电子交易平台CA锁办理及技术支持：0579-85177020
!l 上一条：娟湖区实验幼儿园保育用品询价公告
!m 娟湖区财政局主办　浙ICP备13017760号
""",
        body="""
娟湖区社会福利院护理床护栏询价采购项目已具备采购条件，现进行询价采购，欢迎符合条件的供应商参加报价。
一、项目编号：JHFL-XJ-2026-06
二、采购内容
序号　品名　数量　主要参数
1　护理床折叠护栏　80副　铝合金材质，高度不低于35厘米，可单手升降
2　床护栏软包套　160只　阻燃海绵，可拆洗
三、供应商资格：具有独立承担民事责任的能力，近三年经营活动中无重大违法记录。
四、询价文件获取：2026年4月28日至5月6日，请登录娟湖区政府采购网下载询价文件，或扫描本公告下方二维码登记后获取。
五、报价截止时间：2026年5月7日上午9:30。
六、采购人联系方式：娟湖区社会福利院，联系人：邬老师，电话：0579-85170392。
""",
    ),
    dict(
        slug="lawfirm-bingheng-hotel-bed-rail-injury",
        site="秉衡律师事务所 (invented law firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.bingheng-law.com/anli/qinquan/2609.html",
        title="酒店加床护栏松脱致儿童摔伤，责任谁来担？",
        record_title="【以案说法·人身损害】酒店加床护栏松脱致儿童摔伤，责任谁来担？—秉衡律所",
        date=None,
        notes="a law firm page: a lawyer card, a consult float, a 400 line and a repost notice; a case answer with "
        "no date (a repost stamp only)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【以案说法·人身损害】酒店加床护栏松脱致儿童摔伤，责任谁来担？—秉衡律所</title>
<script src="/assets/js/site.js"></script>
</head>
<body>
<div class="bh-top">⟦m 秉衡律师事务所 · 秉公持衡 守护权益⟧ ⟦w 全国咨询热线 400-618-3379⟧</div>
<div class="bh-nav">⟦m 首页 律所介绍 专业团队 以案说法 律师文集 联系我们⟧</div>
<div class="bh-path">⟦m 首页 / 以案说法 / 人身损害⟧</div>
<div class="bh-art">
<h1>{T}</h1>
<div class="bh-meta">⟦m 作者：秉衡律所 柏闻溪律师　转载于本所公众号　3 周前⟧</div>
<div class="bh-con">
{BODY}
</div>
<div class="bh-tip">⟦d 本文仅为普法之用，不构成对具体案件的法律意见⟧</div>
</div>
<div class="bh-card">⟦m 柏闻溪 执业律师 ｜ 擅长：人身损害赔偿、消费者权益 ｜ 执业证号 13307201910682213⟧</div>
<div class="bh-float">⟦w 在线律师免费解答，点我留言⟧</div>
<div class="bh-ft">⟦m 秉衡律师事务所　誉州市娟湖区东城路88号金融大厦16楼⟧ ⟦m 浙ICP备20014468号⟧</div>
</body>
</html>
""",
        body="""
【案情】一家三口入住某酒店，因孩子年纪小，父母向前台要求加一张带护栏的儿童床。当晚孩子翻身时，床护栏一侧的卡扣突然松脱，孩子从床上摔下，造成右臂骨折。事后，家长要求酒店赔偿医疗费、护理费等损失，酒店则认为家长没有尽到看护责任，双方协商未果。
【律师分析】第一，酒店作为经营者，负有安全保障义务。酒店提供的加床及护栏属于其服务设施，应当保证结构牢固、能够正常使用。护栏卡扣松脱，说明酒店在检查、维护上存在过失，应当承担主要责任。
第二，监护人同样负有看护义务。如果证据显示家长明知护栏有异常仍未采取措施，或者孩子在无人看护的情况下发生意外，可以适当减轻酒店的责任。
第三，如果护栏本身存在质量缺陷，酒店在承担责任后，可以向护栏的生产者、销售者追偿。
【律师提示】入住时请当场检查加床护栏是否牢固，发现问题及时要求更换；发生意外后，要保留好现场照片、医疗票据和与酒店沟通的记录，为维权留下证据。
""",
    ),
    dict(
        slug="lawfirm-chenglv-letter-lactation-breaks",
        site="澄律律师事务所 (invented law firm, text copy)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.chenglv-law.cn/wenshu/laodong/2026/55.html",
        title="关于保障哺乳期女职工哺乳时间和吸奶条件的法律提示函",
        record_title="【劳动用工·合规提示】关于保障哺乳期女职工哺乳时间和吸奶条件的法律提示函｜澄律律师事务所",
        date="2026-02-26",
        notes="a law firm's letter to a client company in text: the letter's own 联系人/电话/邮箱 beside the firm's "
        "hotline; 成文日期 under the signature; a lawyer card and a consult prompt as chrome",
        page="""
!m 澄律律师事务所　CHENGLV LAW FIRM
!m 首页 ＞ 律所文书 ＞ 劳动用工
!t 【劳动用工·合规提示】关于保障哺乳期女职工哺乳时间和吸奶条件的法律提示函
!m 整理：澄律劳动法团队　浏览：402
{T}
{BODY}
!w 企业用工合规体检，预约热线 400-860-7275
!m 主办律师：葛知远　执业证号 13307202011034566
!d 本文为本所原创，转载请注明来源“澄律律师事务所”
""",
        indent="\u3000\u3000",
        body="""
誉州市禾丰纺织有限公司：
我所作为贵公司常年法律顾问，近期注意到贵公司生产车间有多名哺乳期女职工反映哺乳时间难以落实、没有合适的吸奶场所。为防范用工风险，现就有关法律规定提示如下：
一、根据《女职工劳动保护特别规定》，对哺乳未满1周岁婴儿的女职工，用人单位应当在每天的劳动时间内为其安排1小时哺乳时间；生育多胞胎的，每多哺乳1个婴儿每天增加1小时。
二、女职工比较多的用人单位，应当根据女职工的需要，建立女职工卫生室、孕妇休息室、哺乳室等设施。建议贵公司在车间附近设置母婴室，配备吸奶器、冰箱和洗手设施，方便职工吸奶和储存母乳。
三、用人单位不得因女职工哺乳而降低其工资、予以辞退或者解除劳动合同。哺乳时间应当计入劳动时间。
请贵公司人力资源部门对照上述规定进行自查，如需协助制定相关制度，请与我所联系。
联系人：葛知远律师，电话：0579-85263317，邮箱：gezhiyuan@chenglv-law.cn。
澄律律师事务所
2026年2月26日
""",
    ),
]
