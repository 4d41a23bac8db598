"""holdout372, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mails.

Invented text, written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-qingjin-shenlun-cup-holder-jammer",
        site="青衿公考论坛 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.qingjingk.com/thread-530277-1-1.html",
        title="从一只漱口杯架看民生服务的“最后一厘米”",
        record_title="〔申论·每周一练〕从一只漱口杯架看民生服务的“最后一厘米”（第27练，求批改）- 申论天地 - 青衿公考论坛",
        date=None,
        notes="exam forum with jammer fonts in the post, a reply-to-see prompt, a rating row and a QQ-group ad; "
        "relative post time only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔申论·每周一练〕从一只漱口杯架看民生服务的“最后一厘米”（第27练，求批改）- 申论天地 - 青衿公考论坛</title>
<style>font.jammer{position:absolute;left:-9999px}</style>
<script src="static/js/discuz.js"></script>
</head>
<body>
<div id="toptb">⟦m 青衿公考论坛⟧ ⟦m 青青子衿，一起上岸⟧ ⟦a 会员登录⟧ ⟦a 注册新马甲⟧</div>
<div class="qqad">⟦w 2025省考申论批改群：QQ 706318842，进群先看群公告⟧</div>
<div id="pt">⟦m 青衿公考论坛 › 笔试交流 › 申论天地⟧</div>
<div class="pls">⟦m 楼主：想上岸的小满　｜　积分 486　｜　阅读权限 20⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2 周前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分 参与人数 3　体力 +9　“立意不错，第三段论证再充实些”⟧</div>
<div class="locked">⟦a 本帖隐藏的参考范文需回复后才能查看⟧</div>
<div class="reply">⟦l 沙发　申论刷题狗：开头切口小，挺好的⟧</div>
<div class="reply">⟦l 板凳　阿栗：结尾可以再升华一下，呼应标题⟧</div>
<div id="ft">⟦m Powered by Discuz!　青衿公考论坛　京ICP备21015396号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
前不久，一位网友在政务平台留言：镇卫生院新住院楼宽敞明亮，卫生间里却没有一只漱口杯架，老人只能把杯子放在地上。卫生院很快回复，月底前全部装好。一只杯架花不了几个钱，却折射出民生服务的“最后一厘米”。
“最后一厘米”难在看不见。设计图纸上有床位、有设备，却少有人蹲下身子，站在一位卧床老人的角度想一想，杯子该放在哪里。民生服务的短板，往往就藏在这些不起眼的细节里。
“最后一厘米”贵在肯弯腰。补上这一厘米，不需要大投入，需要的是把群众的小事当成大事来办的态度。多到现场走一走，多听听使用者的声音，很多问题在建成之前就能避免。
“最后一厘米”成于常态化。一次留言、一次整改固然可喜，更重要的是建立畅通的意见收集和快速回应机制，让每一个细小的诉求都有人听、有人管。
民生无小事，细节见真情。把“最后一厘米”走完，群众的满意度才会实实在在地提上去。
""",
    ),
    dict(
        slug="gkforum-shangan-interview-staples-junk-text",
        site="上岸驿站·面试区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.shanganyizhan.com/forum/mianshi/t-88154.html",
        title="单位开展节约用纸活动，领导让你负责回收订书钉，你怎么做？",
        record_title="【结构化·模拟题】单位开展节约用纸活动，领导让你负责回收订书钉，你怎么做？（楼主自答，轻拍）",
        date=None,
        notes="an exam forum thread copied as text with anti-scraping junk as lines and glued after 。; a reply-to-see "
        "line and a study-group ad; relative time only",
        page="""
!m 上岸驿站 — 公考人的加油站
!m 面试区 › 结构化真题 › 组织管理类
!t 【结构化·模拟题】单位开展节约用纸活动，领导让你负责回收订书钉，你怎么做？（楼主自答，轻拍）
!m 楼主 橘子汽水味的申论　｜　发布于 4 天前　｜　浏览 1577
{BODY}
!a 🔒 回复本帖可查看考官点评
!l 1楼 面试陪练小金：思路清晰，第三点很加分
!l 2楼 考编三年了：收藏，明天模考就用这个思路
!w 面试一对一模拟陪练，私信或加微信 shangan_mianshi99
!m 上岸驿站 shanganyizhan.com　客服邮箱 help@shanganyizhan.com
""",
        junk=dict(lines=2, glued=2),
        body="""
这是一项看似琐碎、实则考验细心和组织能力的工作，我会从以下几方面做好。
第一，摸清底数。先到各科室了解日常用纸和废纸处理的情况，弄清楚哪些材料装订多、废纸从哪里来，心里有数再动手。
第二，配齐工具、定好规矩。向办公室申请为每个科室配一把起钉器和一个回收盒，商量确定“废纸回收前先起钉、钉子入盒”的做法，把要求写成简单的提示贴在打印机旁边。
第三，做好宣传和示范。在工作群里发一个起钉器使用的小视频，说明回收订书钉对保护粉碎机、提高再生纸质量的好处；我自己先带头做，每周五下班前到各科室收一次回收盒。
第四，及时总结反馈。每月统计回收的订书钉和废纸数量，向领导汇报，对做得好的科室在例会上提出表扬，让节约成为大家的习惯。
""",
    ),
    dict(
        slug="encyclopedia-zhiwu-staple-remover-entry",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiwubaike.com/item/起钉器/30215",
        title="起钉器",
        record_title=None,
        date=None,
        notes="no title in the record (the entry name in <h1> gives it, matched as head since it opens the body); "
        "阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued after sentences and a "
        "'[修改本节]' link glued to a heading",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>起钉器 - 知物百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="wk-top">⟦m 知物百科⟧ ⟦m 每一件小东西都有来历⟧ ⟦a 进入词条⟧ ⟦a 搜索词条⟧</div>
<div class="tabs">⟦a 阅读⟧ ⟦a 编辑词条⟧ ⟦a 讨论（4）⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<table class="infobox">
<tr><td>⟦m 中文名：起钉器⟧</td></tr>
<tr><td>⟦m 别　称：除钉器、拔钉器⟧</td></tr>
<tr><td>⟦m 类　别：办公文具⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 结构　2 使用方法　3 注意事项⟧</div>
<div class="wk-text">
{BODY}
</div>
<div class="refs">⟦l 参考资料　[1] 办公文具选用指南，文具出版社　[2] 档案整理实务手册⟧</div>
<div class="wk-stat">⟦m 词条浏览 8841 次　·　最近更新：3 个月前　·　贡献者 12 人⟧</div>
<div class="wk-foot">⟦d 知物百科词条内容由网友协作编辑，仅供参考⟧　⟦m © 知物百科 zhiwubaike.com⟧</div>
</body>
</html>
""",
        body="""
起钉器是一种用来拆除订书钉的手工工具，常见于办公室、档案室和学校。⟦l [1]⟧
结构⟦a [修改本节]⟧
常见的起钉器由两片相对的金属钳口、一根弹簧和塑料握柄组成。每片钳口末端有一对弯曲的齿尖，捏合握柄时，齿尖从两侧插到钉身下方，把钉子撬起。另有一种笔式起钉器，前端为扁平的金属舌片，适合拆除少量钉子。
使用方法
拆除订书钉时，一般先把文件翻到背面，用齿尖撬直两只弯折的钉脚，再翻回正面夹出钉身，这样对纸张的损伤最小。⟦l [2]⟧
注意事项
起钉器齿尖较尖锐，使用时手指不要放在钳口之间；儿童应在成人看护下使用。拆除锈蚀的订书钉时，可在钉脚下垫一张卡纸，防止撕破纸张。
""",
    ),
    dict(
        slug="encyclopedia-bianqi-numbering-machine-entry-text",
        site="便器百科 (invented encyclopaedia, text copy)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://baike.bianqi-wiki.cn/wiki/号码机",
        title="号码机",
        record_title="号码机_号码机词条_便器百科",
        date=None,
        notes="an encyclopaedia entry copied as text: the entry name opens the body (the repeated title matched as head); "
        "tabs, an infobox, a contents line, reference markers glued after sentences; no date",
        page="""
!m 便器百科 — 认识身边的每一件器物
!a 阅读 ｜ 编辑 ｜ 讨论 ｜ 查看历史
!t 号码机_号码机词条_便器百科
{T}
!m 外文名：numbering machine　　类别：办公设备　　用途：连续打印编号
!l 目录：1 简介　2 分类　3 使用
{BODY}
!l 参考资料：[甲] 办公设备使用与维护，第3版；[乙] 票据管理实务问答
!m 本词条由 18 位编辑者共同编辑，最后修订于 2 个月前
!d 便器百科内容采用知识共享署名协议，引用请注明来源。
""",
        indent="",
        body="""
号码机是一种在纸张上打印连续号码的设备，广泛用于票据、证件、试卷、门票等需要编号的场合。⟦l [甲]⟧
分类
按驱动方式，号码机可分为手动号码机和电动号码机。手动号码机靠按压手柄完成打号，每按一次，字轮自动进一位；电动号码机由电机驱动，可连续进纸打号，速度较快。按号码位数，常见的有六位、七位和八位号码机。
使用
号码机一般有“连续”“重复”“固定”三种模式。连续模式下每打一次号码加一；重复模式下同一号码打印两次或多次后再进位，适用于一式多联的票据。⟦l [乙]⟧打号前应检查墨垫是否干涸，并核对起始号码，打号后应逐本核对，防止出现跳号、重号。
""",
    ),
    dict(
        slug="netdisk-shiguang-tds-pen-work-instruction-pdf",
        site="拾光网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="rule",
        form="html",
        source="https://pan.shiguangpan.com/s/1qZf7Kd2WmPx",
        title="水质笔校准与使用作业指导书",
        record_title="水质笔校准与使用作业指导书（2024版）.pdf",
        date=None,
        notes="a file name with a year tag as the record title; a cloud-drive preview with save/download buttons, VIP "
        "speed prompts and a share expiry; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>水质笔校准与使用作业指导书（2024版）.pdf_免费高速下载｜拾光网盘</title>
<script src="//pan.shiguangpan.com/static/preview.js"></script>
</head>
<body>
<div class="pan-top">⟦m 拾光网盘⟧ ⟦a 扫码登录⟧ ⟦a 下载客户端⟧</div>
<div class="share-info">
<p>⟦m 分享者：疾控检验科小邓⟧</p>
<p>⟦m 分享于 2024-06-21 09:47　有效期：永久有效⟧</p>
<p>⟦m 水质笔校准与使用作业指导书（2024版）.pdf　412KB⟧</p>
</div>
<div class="pan-btns">⟦a 存进我的拾光盘⟧ ⟦a 普通下载⟧ ⟦a 开通拾光超级会员，下载提速50倍⟧</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="pan-tip">⟦a 在线预览仅显示前 2 页，完整内容请下载查看⟧</div>
<div class="pan-foot">⟦d 拾光网盘提醒：请勿分享侵权、违法文件，一经发现立即删除⟧　⟦m © 拾光网盘 shiguangpan.com⟧</div>
</body>
</html>
""",
        body="""
1　目的
规范水质笔（TDS笔）的校准、使用和保管，保证快速筛查数据准确可比。
2　适用范围
本指导书适用于农村饮水快速筛查工作中使用的水质笔。
3　校准
3.1　每批次使用前，用342ppm标准校准液校准一次；连续使用时每周校准一次。
3.2　校准时将笔头浸入校准液，待读数稳定后，用附带的小螺丝刀调节校准旋钮，使读数与标准值一致。
4　使用
4.1　测量前用待测水样冲洗笔头两次。
4.2　笔头浸入水样约2厘米，轻轻搅动，读数稳定后记录，每个水样测量三次取平均值。
4.3　水温与25℃相差较大时，应开启温度补偿功能。
5　保管
水质笔用后用纯净水冲洗笔头，擦干后盖好保护帽，连同校准液一起避光存放；电量不足时及时更换纽扣电池。
""",
    ),
    dict(
        slug="netdisk-xiapan-cup-holder-acceptance-wps-lone-markers",
        site="匣盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="验收要点",
        kind="rule",
        form="text",
        source="https://www.xiapan.cn/share/preview?fid=5c0e92aa17",
        title="寄宿生宿舍漱口杯架安装验收要点",
        record_title="寄宿生宿舍漱口杯架安装验收要点（后勤用）.wps",
        date=None,
        notes="a cloud drive's text preview of a .wps file cut by ⇊n⇊ page markers on lines of their own; share and VIP "
        "chrome; numbered points; no date",
        page="""
!m 匣盘 · 文件分享
!m 寄宿生宿舍漱口杯架安装验收要点（后勤用）.wps　　38 KB
!m 分享人：旼阳二中后勤　　分享时间：2 天前　　浏览 64 次
!a 转存到我的匣盘　　下载（非会员限速 100KB/s）
{T}
{BODY}
!a 以上为文本预览，排版以原文件为准
!a 开通匣盘会员：不限速下载、在线编辑WPS文档
!d 匣盘仅提供文件存储服务，文件内容由分享者负责。
""",
        indent="",
        pages=dict(fmt="⇊{n}⇊", every=110, start=2, glue=False),
        body="""
一、安装位置。杯架安装在宿舍洗漱台正上方墙面，下沿距地面不低于1.2米，距洗漱台面不低于0.3米，左右居中。
二、固定方式。杯架用不少于2颗膨胀螺丝固定，安装后用手向下按压杯架前沿，不得有松动、倾斜；严禁只用胶粘或吸盘固定。
三、杯位数量。杯位数应与宿舍床位数一致，每个杯位下方贴床号标签，标签清晰、不易脱落。
四、排水检查。往每个杯位倒入少量清水，水应顺滴水槽流入洗漱池，不得溅到墙面或积存在杯架内。
五、验收记录。每间宿舍验收合格后，由后勤人员和宿管员在验收表上共同签字，验收表交后勤处存档。
""",
    ),
    dict(
        slug="snapshot-miye-school-filter-jug-notice-cache",
        site="觅页搜索 网页快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.miyesou.com/c?u=http%3A%2F%2Fjyj.banxi.gov.cn%2Ftzgg%2F20240318%2F2207.html",
        title="关于做好学校饮水净水壶配备和管理工作的通知",
        record_title="关于做好学校饮水净水壶配备和管理工作的通知_坢溪县教育局（觅页快照）",
        date="2024-03-15",
        date_also=["2024-03-18"],
        notes="a search-cache frame: a capture banner, highlighted keywords and the cached portal's own chrome; the "
        "cached page's posting date differs from the 成文日期; the capture stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于做好学校饮水净水壶配备和管理工作的通知_坢溪县教育局（觅页快照）</title>
<style>.hl{background:#ff6}</style>
</head>
<body>
<div class="cache-banner">
<p>⟦d 这是觅页搜索对 http://jyj.banxi.gov.cn/tzgg/20240318/2207.html 的网页快照，是该网页于 2024-05-02 11:26 被抓取时的样子。⟧</p>
<p>⟦d 网页可能已经更新，请点击原网页查看最新内容。以下关键词已高亮：净水壶 学校⟧</p>
</div>
<div class="orig">
<div class="o-top">⟦m 坢溪县教育局⟧ ⟦m 坢溪教育信息网⟧</div>
<div class="o-nav">⟦m 局网首页⟧ ⟦m 教育动态⟧ ⟦m 公示公告⟧ ⟦m 学校安全⟧</div>
<div class="o-art">
<h2>{T}</h2>
<p class="o-info">⟦m 发布：2024-03-18　来源：县教育局安全股　阅读：604⟧</p>
<div class="o-text">
{BODY}
</div>
<p class="o-tool">⟦a 【放大】【缩小】【打印】⟧</p>
</div>
<div class="o-foot">⟦m 坢溪县教育局主办　湘ICP备12008873号⟧</div>
</div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
目前我县部分农村学校仍以自备井或山泉水为饮用水源。为保障师生饮水安全，现就做好学校饮水净水壶配备和管理工作通知如下。
一、配备范围。未接通城镇供水管网、暂不具备安装直饮水设备条件的农村学校和教学点，按每个班级2个、教师办公室1个的标准配备净水壶。
二、管理要求。净水壶由班主任指定学生值日管理，每天清洗壶体，滤芯按说明书规定周期更换；过滤后的水须煮沸后饮用，严禁直接饮用生水。
三、台账登记。各校建立净水壶和滤芯更换登记台账，学校卫生管理人员每周检查一次。
四、经费保障。所需经费从学校公用经费中列支，4月15日前完成配备。
坢溪县教育局
2024年3月15日
""",
    ),
    dict(
        slug="snapshot-textcache-numbering-repair-letter-oneline",
        site="寻途快照（纯文字） (invented search cache, text-only)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.xuntu.cn/text?url=www.zcczj.gov.cn%2Fxxgk%2F2024%2F0813%2F118.html",
        title="关于商请协助维修票据号码机的函",
        date="2024-08-12",
        notes="title from the record as is; a text-only cache with the whole letter on one line; the capture line is no "
        "date; the letter's own contact; 成文日期 at the end of the line",
        page="""
!d 寻途快照（纯文字版）：以下是 www.zcczj.gov.cn/xxgk/2024/0813/118.html 于 2024年9月6日 的存档，原页面可能已变化。
!a 查看原网页　｜　查看带图快照
!m 钊川县财政局 › 信息公开 › 函件
{T}
{BODY}
!m 钊川县财政局　地址：钊川县人民路33号　湘ICP备13010562号
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
钖城市锳宏办公设备有限公司：
我局2022年向贵公司采购的HM-5电动号码机2台，近期先后出现字轮卡滞、计数器不归零等故障，影响非税收入票据编号工作。
该设备已过保修期，现商请贵公司派技术人员于8月下旬来我局检修，维修费用按贵公司收费标准由我局支付。
联系人：彭佳慧　电话：0743-3217709
钊川县财政局
2024年8月12日
""",
    ),
    dict(
        slug="print-yunqi-hotel-cup-holder-rules-window-print",
        site="云栖宾馆管理平台 (invented print view)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="http://mgmt.yunqihotel.cn/zhidu/print.aspx?id=27",
        title="客房漱口杯及杯架清洗消毒制度",
        record_title="打印预览 ‖ 客房漱口杯及杯架清洗消毒制度 - 云栖宾馆",
        date=None,
        notes="a hotel's rule in a print view calling window.print(): print toolbar, print stamp and a print footer "
        "⌐ 第1页 共1页 ¬; 第N条 articles; no date (an effective clause only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印预览 ‖ 客房漱口杯及杯架清洗消毒制度 - 云栖宾馆</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 🖨 立即打印⟧　⟦a 返回制度列表⟧　⟦a 调整页边距⟧</div>
<div class="print-head">⟦m 云栖宾馆 · 制度汇编⟧　⟦m 打印人：客房部 梁秋月　打印于 2024-11-02 15:40⟧</div>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p ⌐ 第1页 共1页 ¬⟧</div>
</body>
</html>
""",
        body="""
第一条　为防止客房漱口杯和杯架成为交叉感染的源头，保障宾客健康，制定本制度。
第二条　客房漱口杯实行“一客一换一消毒”，退房后由楼层服务员统一收回，送布草间消毒间集中清洗消毒，严禁在客房卫生间内冲洗后直接摆回。
第三条　漱口杯清洗消毒按“一洗、二刷、三冲、四消毒、五保洁”程序进行，消毒后放入保洁柜，取用时不得用手接触杯口。
第四条　客房卫生间杯架每次做房时用专用抹布擦拭，每周用含氯消毒液擦拭消毒一次；杯架专用抹布与马桶、面盆抹布分色存放，不得混用。
第五条　客房部每日抽查客房不少于10间，抽查结果记入卫生检查记录。
第六条　本制度自下发之日起执行。
""",
    ),
    dict(
        slug="print-banxi-water-bureau-tds-circular-wrapped-66",
        site="坢溪县水利局 打印稿 (invented print view, text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://slj.banxi.gov.cn/print.jsp?id=4410",
        title="关于全县学校直饮水设备水质笔抽测情况的通报",
        record_title="〖打印稿·内部〗关于全县学校直饮水设备水质笔抽测情况的通报 - 坢溪县水利局",
        date="2024-10-28",
        notes="a print view copied as text, hard-wrapped at 66 columns; a print stamp and a print footer ⊫ 1 / 1 ⊫; a "
        "table one row a paragraph; 抄送 line; 成文日期 under the signature",
        page="""
!m 坢溪县水利局　打印稿
!m 打印时间：2024/10/30 09:12　打印人：农水股
{T}
{BODY}
!p ⊫ 1 / 1 ⊫
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各乡镇水利站、县直有关学校：
10月中旬，县水利局会同县教育局，使用水质笔对全县22所学校的直饮水设备出水进行了抽测，现将有关情况通报如下。
一、总体情况。共抽测直饮水设备61台，出水读数在50以下的52台，50至100的6台，100以上的3台。
二、读数偏高的设备
学校　设备位置　出水读数　原水读数
坢溪县第三中学　二号教学楼一层　186　214
城西小学　食堂门口　143　196
石桥中心小学　学生宿舍一楼　121　188
三、原因及要求。经初步检查，上述3台设备滤芯超期未换。请相关学校于11月10日前完成滤芯更换，并请有资质的检测机构取样检测，结果报县水利局农水股。
抄送：县教育局。
坢溪县水利局
2024年10月28日
""",
    ),
    dict(
        slug="mail-yinghu-archive-staple-remover-inquiry-webmail",
        site="锳湖区档案馆 工作邮箱（网页版） (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yinghu-da.gov.cn/webmail/read?mid=ZC4207-0188&folder=INBOX",
        title="关于采购窄口起钉器的询价函",
        record_title="经办转寄：关于采购窄口起钉器的询价函.docx",
        date="2024-02-26",
        date_also=["2024-02-27"],
        notes="a webmail reading view with a forwarded header and an attachment bar; the letter's own 附件 list, contact "
        "and mailbox; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>经办转寄：关于采购窄口起钉器的询价函.docx - 锳湖区档案馆工作邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 锳湖区档案馆 工作邮箱⟧　⟦m lixm@yinghu-da.gov.cn⟧　⟦a 退出⟧</div>
<div class="wm-left">⟦m 收件箱 (12)⟧ ⟦m 草稿箱⟧ ⟦m 已发送⟧ ⟦m 垃圾邮件⟧</div>
<div class="wm-tools">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<p>⟦m 主题：经办转寄：关于采购窄口起钉器的询价函.docx⟧</p>
<p>⟦m 发件人：李晓明 &lt;lixm@yinghu-da.gov.cn&gt;⟧</p>
<p>⟦m 收件人：sales@hengtai-wenju.com⟧</p>
<p>⟦m 时　间：2024年2月27日（星期二）上午10:16⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 以下为转发的原始邮件 ----------⟧</div>
<div class="wm-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件 2 个（共 46KB）：询价函.docx　询价清单.xlsx　全部下载　在线预览⟧</div>
<div class="wm-foot">⟦d 本邮件系统仅用于公务通信，请勿发送涉密信息。⟧</div>
</body>
</html>
""",
        body="""
恒泰文具有限公司：
我馆今年计划对馆藏1990年以前的文书档案开展拆卷除钉和重新装订，需采购窄口起钉器一批。现向贵公司询价，具体要求如下：
一、产品要求：钳口宽度不大于8毫米，齿尖经钝化处理，握柄带防滑护套，弹簧开合顺畅。
二、采购数量：40把。
三、报价要求：请注明单价、总价、交货期及是否含税含运费，并提供样品1把。
请于3月8日前将报价单盖章后扫描发送至我馆邮箱。
附件：1．询价函
2．询价清单
联系人：李晓明　电话：0772-2831506　邮箱：lixm@yinghu-da.gov.cn
锳湖区档案馆
2024年2月26日
""",
    ),
    dict(
        slug="mail-fenshui-receipt-numbering-notice-forwarded-text",
        site="昐水县供销合作社联合社 转寄邮件 (invented forwarded mail, text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:caiwu@fsgxs.cn?subject=zhuanji-20240902",
        title="关于启用新版收据并统一机打编号的通知",
        record_title="转寄（内部）：关于启用新版收据并统一机打编号的通知",
        date="2024-08-30",
        date_also=["2024-09-02"],
        notes="a forwarded mail exported as text: mail headers and a forwarding note above, a signature block below; the "
        "notice's own 抄送 line and 成文日期; the mail's send date differs",
        page="""
!m 发件人：供销社财务股 <caiwu@fsgxs.cn>
!m 收件人：各基层社、社属企业财务负责人
!m 发送时间：2024年9月2日 星期一 08:47
!t 转寄（内部）：关于启用新版收据并统一机打编号的通知
!m 各位：转发联社通知，请按时落实，有问题直接回复本邮件。——财务股 祝红
{T}
{BODY}
!m --
!m 昐水县供销社财务股　内线 6021
!d 此邮件及附件仅限收件人阅读，如误收请删除并告知发件人。
""",
        indent="",
        body="""
各基层供销社、社属企业：
为规范收款凭证管理，联社决定自9月15日起在全系统启用新版收据，旧版收据同时停止使用。现将有关事项通知如下。
一、新版收据由联社财务股统一印制，每本50份，一式三联。
二、新版收据的编号统一由联社财务股用号码机集中打印，各单位不得自行编号、涂改编号；领用时核对起止号码并签字。
三、旧版收据的空白部分于9月20日前交回联社财务股，由财务股登记后统一销毁。
四、各单位要指定专人保管收据，发现缺号、重号的，立即报告联社财务股。
抄送：联社主任、监事会
昐水县供销合作社联合社
2024年8月30日
""",
    ),
]
