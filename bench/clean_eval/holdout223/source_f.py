"""holdout223, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-bimiantong-interview-stairwell-emergency-lights-jammer",
        site="笔面通公考论坛 (invented, Discuz-like)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.bimiantong.example.com/thread-552031-1-1.html",
        title="社区楼道应急灯长期不亮居民投诉，你作为社区工作人员如何处理",
        record_title="〔结构化面试〕社区楼道应急灯长期不亮居民投诉，你作为社区工作人员如何处理（附答题思路） - 面试交流 - 笔面通论坛",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see line, a rating row and a QQ-group ad; an answer with "
        "第一…第四 points; posted 4 天前 (no date)",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔结构化面试〕社区楼道应急灯长期不亮居民投诉，你作为社区工作人员如何处理（附答题思路） - 面试交流 - 笔面通论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 笔面通公考论坛⟧ ⟦m 笔试面试，一路相通⟧ <a>⟦a 登录⟧</a></div>
<div id="pt">⟦m 笔面通论坛 › 面试交流 › 结构化练习⟧</div>
<div class="qqad">⟦w 社区工作者面试冲刺群，QQ群 681203547，进群领真题⟧</div>
<table><tr>
<td class="pls">⟦m 上岸的小鹿⟧<p>⟦m 精华 3　积分 1176⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 4 天前　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 考官点评已隐藏，回帖后刷新即可查看⟧</div>
<div class="rate">⟦l 评分人数 5　学分 +12　“思路清晰，可以背”⟧</div>
</td></tr></table>
<div class="pl">⟦l 2楼　晚风考公人：第四点加得好，长效机制是加分项⟧</div>
<div id="ft">⟦m 笔面通公考论坛　京ICP备20048862号⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题属于应急处置类，我的答题思路是“先安抚、再查明、后解决、建机制”。
第一，安抚居民情绪。接到投诉后，我会第一时间向居民道歉，感谢他们的反映，并承诺尽快处理。
第二，查明原因。我会和物业一起逐栋检查，弄清楚是灯坏了、电池老化，还是线路问题，并了解以往为什么没有人修。
第三，限期解决。能当天修的当天修；需要采购灯具的，协调物业或申请维修资金，明确完成时间，并在居民群里公示进度。
第四，建立长效机制。推动物业建立楼道应急灯月巡检制度，把维修情况纳入物业考核。
""",
    ),
    dict(
        slug="gkforum-bimiantong-shenlun-essay-bath-heaters-junk",
        site="笔面通公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://bbs.bimiantong.example.com/thread-553118-1-1.html",
        title="一盏浴霸里的民生温度",
        record_title="【申论实战稿】一盏浴霸里的民生温度（自评32分，求指点） - 申论交流 - 笔面通论坛",
        date=None,
        notes="exam-forum post with anti-scraping junk lines and junk glued after 。; floors below; posted 昨天 "
        "(no date)",
        page="""
!m 笔面通公考论坛
!m 笔面通论坛 › 申论交流 › 大作文批改
{T}
!m 楼主：青衿上岸记　发表于 昨天 23:05　查看 906　回复 19
{BODY}
!a 回复　|　点评　|　收藏
!l 沙发　老秦批改：结构完整，分论点可以再提炼，给30分左右
!l 板凳　小鱼儿：结尾那句好，借走了
!m 笔面通公考论坛 · 申论交流版
""",
        junk=dict(lines=2, glued=2),
        body="""
入冬以来，燧阳县不少社区把“为高龄老人家装浴霸”列入了民生实事清单。一盏浴霸，花钱不多，却让老人洗澡不再受冻，也让民生工作有了温度。
民生工作有温度，在于找准需求。冬季老人洗澡受凉生病的情况时有发生，社区干部入户时听到了这个“小烦恼”，把它当成了“大事情”来办。
民生工作有温度，在于办得细致。装浴霸不是一装了之，社区请电工单独布线，还给老人讲清楚怎么开、怎么关，洗完及时断电。
民生无小事，枝叶总关情。把群众的小事当成自己的大事，民生工作才能真正暖到人心里。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-ceiling-lamp-h1-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/吸顶灯/40917",
        title="吸顶灯",
        record_title=None,
        date=None,
        notes="no record title: the entry's <h1> (its one-word name opens the body, matched as head); edit/discuss/"
        "history tabs, infobox, contents box, reference markers glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>知源百科</title>
<script src="/static/wiki/entry.js"></script>
</head>
<body>
<div class="wk-top">⟦m 知源百科 · 知其然，知其所以然⟧ <input placeholder="搜词条"> <a>⟦a 登录⟧</a></div>
<div class="wk-tabs">⟦a 词条正文⟧ ⟦a 修改词条⟧ ⟦a 讨论区⟧ ⟦a 历史版本⟧</div>
<h1 class="wk-title">{T}</h1>
<div class="wk-sum">⟦m 一种紧贴顶面安装的室内灯具⟧</div>
<table class="wk-infobox">
<tr><td>⟦m 中文名：吸顶灯⟧</td></tr>
<tr><td>⟦m 外文名：ceiling lamp⟧</td></tr>
<tr><td>⟦m 所属类别：照明灯具⟧</td></tr>
</table>
<div class="wk-toc">⟦l 目录　1 定义　2 用途　3 分类　4 安装⟧</div>
<div class="wk-body">
{BODY}
</div>
<div class="wk-ref">
<h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 《室内照明设计手册》，爚江科学技术出版社⟧</p>
<p>⟦l [2] 《家用灯具选购与安装》，燧阳电工学会编⟧</p>
</div>
<div class="wk-stat">⟦m 浏览 38,204　·　编辑 41 次　·　最近更新 2 周前⟧</div>
<div class="wk-foot">⟦d 知源百科词条内容由用户协作编辑，仅供参考⟧</div>
</body>
</html>
""",
        body="""
吸顶灯是一种安装时底座紧贴建筑物顶面的灯具，因灯体像吸附在天花板上而得名。⟦l [1]⟧
吸顶灯常用于客厅、卧室、厨房、卫生间、走廊和楼道等场所，具有安装简便、不占层高、光线均匀的特点。
按光源分，吸顶灯可分为白炽灯吸顶灯、荧光灯吸顶灯和LED吸顶灯，目前以LED吸顶灯为主。⟦l [2]⟧按控制方式分，有普通开关、声控、人体感应和遥控等类型。
安装吸顶灯时应先切断电源，底座须用膨胀螺丝固定牢固；卫生间等潮湿场所应选用防水防潮型吸顶灯。
""",
    ),
    dict(
        slug="wiki-cilin-entry-phones-for-elderly-decorated",
        site="词林百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.cilinbaike.example.cn/w/老人手机",
        title="老人手机",
        record_title="老人手机（移动通信终端）- 词林百科",
        date=None,
        notes="encyclopaedia text page: entry name with a disambiguation aside and the site in the record title; "
        "the name opens the body; edit links and a contents line; no date",
        page="""
!m 词林百科
!a 编辑本词条　｜　添加义项　｜　纠错
{T}
!m 同义词：老年手机、老年机
!l 目录：1 简介　2 特点　3 发展　4 消费提示
{BODY}
!l 词条分类：通信设备　老年用品
!m 本词条最近由 用户fz0712 于 6 天前 修改
""",
        body="""
老人手机，又称老年手机，是专为老年人设计的移动电话。
老人手机一般具有大按键、大字体、大音量、长待机等特点，多数还设有一键呼救（SOS）键、亲情号码快拨、来电语音播报和收音机、手电筒等功能。
早期的老人手机以功能机为主，操作简单但无法使用移动互联网应用。近年来，部分厂商推出了老年智能手机，在智能系统上提供简化桌面和远程协助功能。
由于老年人防范意识较弱，一些不法商家以“免费送老人手机”为名捆绑消费，购买时应选择正规渠道。
""",
    ),
    dict(
        slug="netdisk-yunxia-procedure-exhaust-fan-install-pdf-markers",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.com/s/1Kd9xQ2mLw",
        title="卫生间排气扇安装作业指导书",
        record_title="卫生间排气扇安装作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: share header, VIP prompts, page-marker paragraphs ⟟ n ⟟ cutting paragraphs; "
        "decimal headings 1.1–4.1; share stamp and expiry (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>卫生间排气扇安装作业指导书.pdf - 云匣网盘</title>
<script src="https://static.yunxia.example.com/pdfview/viewer.js"></script>
</head>
<body>
<div class="yx-head">⟦m 云匣网盘⟧ <a>⟦a 登录云匣⟧</a> <a>⟦a 客户端下载⟧</a></div>
<div class="yx-share">
<p>⟦m 物业工程部小付 分享了文件⟧</p>
<h2>{T}</h2>
<p>⟦m 286 KB　·　分享于 3 天前　·　7 天后失效⟧</p>
<p>⟦a 保存到我的云匣⟧ ⟦a 普通下载⟧ ⟦a VIP极速下载⟧</p>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 非会员仅可预览前3页，开通云匣VIP查看高清原文⟧</div>
<div class="yx-foot">⟦d 云匣网盘不对用户分享内容负责，发现违规请举报⟧　⟦m 云匣网盘 © 2024⟧</div>
</body>
</html>
""",
        p_html='<p class="pdf-line">{}</p>',
        pages=dict(fmt="⟟ {n} ⟟", every=75, start=2),
        body="""
1 适用范围
1.1 本指导书适用于住宅卫生间吊顶式排气扇的安装。
2 施工准备
2.1 核对排气扇型号与吊顶开孔尺寸，开孔尺寸应比扇体外框大5毫米左右。
2.2 准备电钻、螺丝刀、电笔、铝箔胶带和止回阀。
3 安装步骤
3.1 断开卫生间电源，用电笔确认无电后方可作业。
3.2 将排气扇出风口与排风管连接，接口处用铝箔胶带缠紧，止回阀朝外开启。
3.3 将扇体推入吊顶开孔，用自带卡簧或螺丝固定，接好电源线后装上面板。
4 检查验收
4.1 通电试运行五分钟，检查有无异响、抖动，排风是否顺畅。
""",
    ),
    dict(
        slug="netdisk-cunba-plan-ceiling-lamp-retrofit-pdf-line-markers",
        site="存吧云盘 (invented cloud drive)",
        style="网盘分享",
        genre="实施方案",
        kind="plan",
        form="text",
        source="https://www.cunba.example.net/share/preview?key=Xy7pQ03",
        title="曦园小区公共照明吸顶灯节能改造实施方案",
        record_title="曦园小区公共照明吸顶灯节能改造实施方案.pdf",
        date="2024-04-02",
        notes="cloud-drive text preview: page markers ⧬ 第n页 ⧬ on lines of their own cutting sentences; share "
        "stamp 5 天前 (no date); 成文日期 under the owners' committee",
        page="""
!m 存吧云盘 · 文件预览
!m 分享者：曦园业委会秘书　｜　5 天前　｜　文件大小 512KB
{T}
!a 保存到网盘　下载（需登录）　举报
{BODY}
!a 预览到此为止，完整文件请保存后查看
!d 存吧云盘仅提供存储服务，请勿分享违法违规内容
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⧬ 第{n}页 ⧬", every=70, start=2),
        body="""
为降低小区公共照明能耗，改善楼道照明条件，经业主大会同意，制定本方案。
一、改造范围
全小区24栋楼的楼道、地下车库和架空层，共有吸顶灯936盏。
二、改造内容
将现有节能灯管吸顶灯全部更换为LED人体感应吸顶灯，地下车库灯具同时加装应急照明功能。
三、资金来源
改造费用约18.7万元，从公共收益中列支，不足部分申请使用专项维修资金。
四、进度安排
4月完成招标，5月至6月分楼栋施工，7月组织业主代表验收。
曦园小区业主委员会
2024年4月2日
""",
    ),
    dict(
        slug="snapshot-suguang-notice-bath-heater-checks-highlight",
        site="溯光搜索 网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.suguang.example.com/c?u=http%3A%2F%2Fscjgj.junping.gov.cn%2Ftzgg%2F20241115.html",
        title="关于开展浴霸等冬季取暖电器质量安全检查的通知",
        record_title="〔存档副本〕关于开展浴霸等冬季取暖电器质量安全检查的通知 - 焌坪县市场监督管理局",
        date="2024-11-15",
        notes="snapshot frame: capture banner with highlighted terms and the original URL, then the bureau's page; "
        "capture stamp in relative time; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔存档副本〕关于开展浴霸等冬季取暖电器质量安全检查的通知 - 焌坪县市场监督管理局</title>
<base href="http://scjgj.junping.gov.cn/tzgg/">
<script src="http://cache.suguang.example.com/static/hl.js"></script>
</head>
<body>
<div class="xj-banner" style="border:1px solid #999;background:#ffe">
<p>⟦m 溯光搜索为您保存的存档副本，抓取于 2 天前，原网页可能已更新⟧</p>
<p>⟦m 原网址：http://scjgj.junping.gov.cn/tzgg/20241115.html⟧</p>
<p>⟦a 已标亮以下搜索词：<b style="background:#ff6">浴霸</b> <b style="background:#6ff">取暖电器</b>⟧</p>
</div>
<div class="orig">
<div class="top">⟦m 焌坪县市场监督管理局⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 信息公开⟧ ⟦m 通知公告⟧ ⟦m 办事服务⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布：2024-11-15　来源：产品质量安全监督股⟧</div>
<div class="txt">
{BODY}
</div>
<div class="foot">⟦m 焌坪县市场监督管理局　投诉举报：12315⟧</div>
</div>
</body>
</html>
""",
        body="""
各市场监管所，局机关各股室：
为防范冬季取暖电器引发的火灾和触电事故，局党组研究决定，11月下旬至12月底在全县开展浴霸、电暖器等取暖电器质量安全检查。现将有关事项通知如下：
一、检查对象：辖区内销售浴霸、电暖器、电热毯的商场、家电门店、建材市场和网店实体仓库。
二、检查重点：产品是否有3C认证标志，说明书和警示标识是否齐全，是否销售国家明令淘汰的产品。
三、工作要求：各所于12月31日前将检查情况报局产品质量安全监督股，对发现的问题产品依法立案查处。
焌坪县市场监督管理局
2024年11月15日
""",
    ),
    dict(
        slug="snapshot-suguang-text-plan-school-emergency-lighting-drill",
        site="溯光搜索 纯文字快照 (invented)",
        style="搜索快照",
        genre="方案",
        kind="plan",
        form="text",
        source="http://cache.suguang.example.com/t?u=http%3A%2F%2Fwww.yj4z.cn%2Fxxgk%2F1021.html",
        title="爚江市第四中学应急照明及疏散演练方案",
        record_title="爚江市第四中学应急照明及疏散演练方案_爚江四中 - 溯光快照 · 只看文字",
        date="2024-10-21",
        notes="text-only cache: capture banner and original URL above, the school's chrome inside; a drill date "
        "inside a sentence; 成文日期 under the signature",
        page="""
!m 溯光快照 · 只看文字　抓取于 3 天前，图片与样式已略去
!m 原网址：http://www.yj4z.cn/xxgk/1021.html
!a 查看原网页 ｜ 带图片版
!m 爚江市第四中学 ＞ 学校公告
{T}
!m 发布者：总务处　浏览：733
{BODY}
!l 上一篇：关于调整冬季作息时间的通知
!m 爚江市第四中学　地址：爚江市东湖路21号
""",
        body="""
为提高师生在夜间停电和火灾情况下的自救逃生能力，检验教学楼应急照明灯和疏散指示标志的有效性，学校决定开展一次应急照明及疏散演练。
一、演练时间：2024年10月24日晚自习第一节课。
二、演练内容：模拟教学楼突然停电，应急照明灯自动点亮，各班在班主任带领下沿疏散指示方向撤离至操场。
三、职责分工：总务处负责断电和应急照明灯检查，政教处负责疏散引导，各班主任负责清点人数。
四、注意事项：撤离时不推挤、不奔跑，低姿沿楼梯右侧下楼。
爚江市第四中学
2024年10月21日
""",
    ),
    dict(
        slug="print-xiyuan-notice-phone-tuning-print-footer",
        site="曦园社区 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiyuansq.example.cn/print.asp?id=312",
        title="关于为辖区老年人免费调试老人手机的通知",
        record_title="〔A4打印件〕关于为辖区老年人免费调试老人手机的通知 ◇ 曦园社区",
        date="2024-03-28",
        notes="print view calling window.print(): print/close buttons, print stamp (no date), print footer ◒ 1 / 1 ◓; "
        "booking by QR code is content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔A4打印件〕关于为辖区老年人免费调试老人手机的通知 ◇ 曦园社区</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〖开始打印〗⟧ ⟦a 〖关闭本页〗⟧</div>
<div class="ph">⟦m 烜城区曦园社区居民委员会　居务公开⟧</div>
<h2>{T}</h2>
<div class="pm">⟦m 打印时间：2025-01-06 10:22　打印人：访客⟧</div>
<div class="pb">
{BODY}
</div>
<div class="pf">⟦p ◒ 1 / 1 ◓⟧</div>
<div class="pu">⟦m 本页地址：http://www.xiyuansq.example.cn/show.asp?id=312⟧</div>
</body>
</html>
""",
        body="""
辖区各位老年朋友：
为帮助老年人用好手机、防范电信诈骗，社区联合爚江职业技术学院志愿者，于4月每周三下午在社区党群服务中心为老年人免费调试老人手机。
服务内容：设置一键呼叫和亲情号码，调大字体和音量，安装反诈提醒，清理扣费业务。
参加方式：可扫描社区公告栏上的二维码预约，也可关注“曦园社区”公众号留言报名，或直接到社区登记。
联系电话：0791-8862314。
曦园社区居民委员会
2024年3月28日
""",
    ),
    dict(
        slug="print-mengling-fire-bulletin-restaurant-exhaust-fans-footer",
        site="曚岭县消防救援大队 打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.mlxf.example.gov.cn/print/tb20240621.html",
        title="关于城区餐饮单位排气扇油污清理情况的通报",
        record_title="〈打印页面〉关于城区餐饮单位排气扇油污清理情况的通报 - 曚岭县消防救援大队",
        date="2024-06-21",
        notes="text print view: print header, page URL and a print footer 第1页 ✢ 共1页 closing it; 抄送 line kept; "
        "成文日期 under the signature",
        page="""
!m 曚岭县消防救援大队　·　打印版
{T}
!m 信息来源：防火监督科　打印于 刚刚
{BODY}
!m 本页网址：http://www.mlxf.example.gov.cn/tzgg/tb20240621.html
!p 第1页 ✢ 共1页
""",
        body="""
各乡镇人民政府、县市场监管局：
6月上旬，县消防救援大队对城区168家餐饮单位厨房排气扇油污清理情况进行了检查。结果显示，132家已按要求清理，36家排气扇及风道油污积聚严重，已当场下发责令改正通知书。
其中，县城北门街的3家烧烤店排气扇油污厚度超过3毫米，且风道穿越可燃吊顶，火灾风险较大，已依法查封排气设施，待整改合格后解封。
请各单位督促辖区餐饮单位举一反三，每季度至少清理一次排气扇和风道。
曚岭县消防救援大队
2024年6月21日
抄送：县安委会办公室。
""",
    ),
    dict(
        slug="mail-webmail-letter-classroom-ceiling-lamps-docx",
        site="烜城区实验小学 网页邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xcsyxx.example.cn/read?mid=20240717-0931",
        title="关于订购教室护眼吸顶灯的函",
        record_title="转发：关于订购教室护眼吸顶灯的函.docx",
        date="2024-07-16",
        date_also=["2024-07-17"],
        notes="webmail reading view: forwarded header, an attachment bar beside the letter's own 附件 list, the "
        "mail header's 抄送 beside the letter's own 抄送 line; a table of items; the letter's date expected, the "
        "send date also",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于订购教室护眼吸顶灯的函.docx - 校园邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="wm-top">⟦m 烜城区实验小学 校园邮箱⟧ ⟦m 当前登录：匡立春（总务处）⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(3)⟧ ⟦m 已发送⟧ ⟦m 草稿箱⟧ ⟦m 已删除⟧</div>
<div class="wm-toolbar">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 再次转发⟧ ⟦a 删除⟧ ⟦a 标为未读⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：匡立春 &lt;kuanglc@xcsyxx.example.cn&gt;⟧</p>
<p>⟦m 收件人：明辉照明销售部 &lt;sales@mhzm.example.com&gt;⟧</p>
<p>⟦m 抄　送：区教育局装备站 &lt;zbz@xcedu.example.cn&gt;⟧</p>
<p>⟦m 时　间：2024年7月17日（星期三）上午9:41⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 以下为转发内容 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件 2 个：教室灯具布置图.pdf（1.2M）　订购清单.xlsx（15K）　打包下载⟧</div>
<div class="wm-foot">⟦m 校园邮箱由烜城区教育城域网提供⟧</div>
</body>
</html>
""",
        body="""
爚江明辉照明工程有限公司：
我校暑期将对教学楼32间教室的照明进行改造，经比选，拟向贵公司订购护眼LED吸顶灯一批，具体如下：
品名　型号　数量
护眼LED吸顶灯　MH-X36　384盏
黑板灯　MH-B12　64盏
请贵公司于8月10日前送货并完成安装，货款在验收合格后一次付清。
联系人：总务处 匡立春，电话：0791-8835620。
附件：1.教室灯具布置图
2.订购清单
烜城区实验小学
2024年7月16日
抄送：烜城区教育局装备站
""",
    ),
    dict(
        slug="mail-forward-request-phones-subsidy-headers",
        site="邮件转发 (invented government mail)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:ylfw@gcmz.example.gov.cn",
        title="关于申请老人手机采购补助资金的请示",
        record_title="转发：【请阅示】关于申请老人手机采购补助资金的请示",
        date="2024-06-04",
        date_also=["2024-06-05"],
        notes="forwarded mail as text: forward and original headers (with a 抄送 header) above the request, whose "
        "own 抄送 line and contact stay in the body; the request's date expected, the send date also",
        page="""
!m 发件人：县民政局养老服务股 <ylfw@gcmz.example.gov.cn>
!m 发送时间：2024年6月5日 17:20
!m 收件人：县民政局局长信箱 <jz@gcmz.example.gov.cn>
!m 主题：转发：【请阅示】关于申请老人手机采购补助资金的请示
!m -------- 原始邮件 --------
!m 发件人："烓田镇民政办" <mzb@wtzhen.example.gov.cn>
!m 发送时间：2024年6月5日 08:47
!m 抄送：烓田镇分管民政副镇长 <fg@wtzhen.example.gov.cn>
!m 主题：关于申请老人手机采购补助资金的请示
{BODY}
!m 此邮件由政务邮箱系统发送，请勿直接回复系统地址
""",
        body="""
县民政局：
按照县民政局关于为高龄独居老人配发老人手机的部署，我镇经逐户摸底，确认符合条件的高龄独居老人共86人。
除县里配发的手机外，我镇还有31位75至79周岁的独居老人同样需要老人手机。为让这部分老人也能及时呼救，我镇拟自行采购老人手机31部，每部约260元，共需资金8060元。因镇财力紧张，特申请县民政局给予补助。
妥否，请批示。
联系人：烓田镇民政办 涂海燕，电话：0797-3356018。
烓田镇人民政府
2024年6月4日
抄送：县财政局。
""",
    ),
]
