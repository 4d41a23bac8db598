"""holdout206, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="examforum-shangan-interview-purifier-complaint-jammer",
        site="上岸驿站论坛 (invented civil-service exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-503318-1-1.html",
        title="社区门口净水机水质遭投诉，你怎么处理？",
        record_title="【结构化面试·基层治理】社区门口净水机水质遭投诉，你怎么处理？ - 面试交流区 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer-font junk in the post, a reply-to-unlock prompt, a rating row, a QQ-group ad; 发表于 5 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【结构化面试·基层治理】社区门口净水机水质遭投诉，你怎么处理？ - 面试交流区 - 上岸驿站论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="static/js/common.js?SA2"></script>
<script src="static/js/forum_viewthread.js?SA2"></script>
</head>
<body>
<div id="hd">⟦m 上岸驿站论坛⟧ <span>⟦m 一起上岸，一个都不能少⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 面试交流区 › 结构化面试⟧</div>
<h1 class="ts">⟦m 【结构化面试·基层治理】⟧{T}</h1>
<div class="pls">⟦m 今天也要上岸⟧ ⟦m 积分 3306 ｜ 岸币 214⟧</div>
<div class="pi">⟦m 发表于 5 天前 ｜ 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖参考答案回帖后方可查看⟧</div>
<div class="rate">⟦l 评分：岸币 +5 ｜ 思路清楚，层次分明⟧</div>
<div class="ad">⟦w 面试押题群 QQ 608312774，进群领100道基层治理真题⟧</div>
<div class="replies">
<p>⟦l 晚风：第四点很加分，长效机制写得好。⟧</p>
<p>⟦l 一只考研鸭：学习了，明天模拟就用这个框架。⟧</p>
</div>
<div id="ft">⟦m 上岸驿站论坛 shanganyz.com　豫ICP备21019930号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
题目：你是社区工作人员，居民反映社区门口的自助净水机出水有异味，情绪激动，你怎么处理？
这道题考查的是组织协调和群众工作能力，我的答题思路如下。
首先，第一时间回应群众。我会到现场查看净水机的运行情况，在机器上张贴告示，请居民暂停取水，并在社区群里说明情况，避免大家继续饮用。
其次，厘清责任，联动处置。联系设备运营方，要求其立即派人检修、更换滤芯；同时请卫生监督部门对出水进行抽检，检测合格后再恢复使用。
再次，向群众反馈结果。把检测报告贴在机器旁边，把滤芯更换时间、运营方联系方式一并公示，接受大家监督。
最后，建立长效机制。推动社区与运营方签订管理协议，约定滤芯更换周期和水质检测频次，把辖区公共净水设备纳入网格员日常巡查内容。
以上是我的作答，请各位研友批评指正。
""",
    ),
    dict(
        slug="examforum-kaogong-essay-airfryer-consumption-junk",
        site="考公加油站 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.kaogongjyz.com/bbs/read-77204.html",
        title="一口锅里的消费新变化",
        record_title="[申论大作文·练笔] 一口锅里的消费新变化（欢迎拍砖）- 申论写作区 - 考公加油站",
        date=None,
        notes="exam forum as text: anti-scraping junk lines and glued junk; a poster line with 昨天 23:05 (no date); replies with scores; an 申论 essay",
        page="""
!m 考公加油站 — 申论·面试·行测
!m 考公加油站 › 申论写作区 › 帖子
!t [申论大作文·练笔] 一口锅里的消费新变化（欢迎拍砖）
!m 楼主：破釜沉舟2026　　昨天 23:05　　阅读 655　　回复 12
{BODY}
!l 1楼　老辛批改：立意准，二三段论证可以再加一个数据，估分30/40。
!l 2楼　上岸了的学姐：结尾漂亮，开头稍微平了点。
!a 回复后可领取本帖的批改模板
!m 考公加油站 kaogongjyz.com
""",
        junk=dict(lines=1, glued=2),
        body="""
几年前，空气炸锅还只是少数家庭厨房里的新鲜物件；如今，它已成为不少年轻人搬新家必备的“三大件”之一。一口锅的走俏，折射出消费观念的深刻变化。
这是健康意识的觉醒。少油甚至无油的烹饪方式，契合了人们对健康饮食的追求。消费者不再只看价格，而是更看重产品能否带来更好的生活品质。
这是制造能力的跃升。从依赖进口到国产品牌占据主流，从单一功能到可视、蒸烤一体，背后是我国小家电产业链的持续升级。
这也提出了新的治理课题。虚标容量、涂层不达标等问题时有发生，需要监管部门加强抽检，引导企业以质取胜。
一口锅里有民生，也有发展。让消费者买得放心、用得安心，才能让消费潜力持续释放。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-disinfection-cabinet",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/消毒柜/30127",
        title="消毒柜",
        record_title="消毒柜 [厨房电器词条] · 知源百科",
        date=None,
        notes="encyclopaedia: 词条/讨论/历史/编辑 tabs, an infobox, a contents box, reference markers glued after sentences, an edit link glued to a section heading; the entry name (h1) opens the body (head); a revision stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>消毒柜 [厨房电器词条] · 知源百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="top">⟦m 知源百科⟧ <span>⟦m 人人可编的知识库⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="tabs"><a>⟦a 词条⟧</a> <a>⟦a 讨论⟧</a> <a>⟦a 历史版本⟧</a> <a>⟦a 编辑⟧</a></div>
<h1>{T}</h1>
<div class="sub">⟦m 厨房电器 · 餐具消毒设备⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：消毒柜⟧</td></tr>
<tr><td>⟦m 外文名：dish sterilizer⟧</td></tr>
<tr><td>⟦m 类　别：厨房电器⟧</td></tr>
</table>
<div class="toc"><b>⟦l 目录⟧</b><ol><li>⟦l 1 分类⟧</li><li>⟦l 2 使用注意⟧</li><li>⟦l 3 参考资料⟧</li></ol></div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 家用和类似用途电器的安全　消毒柜的特殊要求⟧</li><li>⟦l 餐饮服务餐具清洗消毒操作指南⟧</li></ol></div>
<div class="rev">⟦m 本词条最后修订于 4 个月前，已被浏览 8,271 次⟧</div>
<div class="foot">⟦d 词条内容由网友协作编辑，仅供参考，不构成专业建议。⟧</div>
</body>
</html>
""",
        body="""
消毒柜是通过高温、臭氧、紫外线等方式对餐具进行消毒、烘干和保洁存放的厨房电器。⟦m [1]⟧
分类⟦a ✎改写此节⟧
按消毒方式，消毒柜可分为高温型、臭氧型、紫外线型和组合型。高温型多用红外线加热管，柜内温度可达一百二十摄氏度以上；臭氧型和紫外线型属于低温消毒，适用于塑料、玻璃等不耐高温的餐具。⟦m [2]⟧
按安装方式，可分为立式、壁挂式和嵌入式。
使用注意⟦a ✎改写此节⟧
餐具放入前应沥干水分；消毒过程中不宜开门；消毒结束后，臭氧型消毒柜宜稍候再开门取用。长期不用时应定期通电，防止元件受潮。
""",
    ),
    dict(
        slug="wiki-baixiao-entry-electric-blanket-text",
        site="百晓问答 (invented Q&A encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.baixiaowd.com/baike/dianreitan.html",
        title="电热毯",
        record_title="电热毯_生活电器词条_百晓问答",
        date=None,
        notes="encyclopaedia entry as text: the entry name at the top and opening the body (head), an infobox line, a contents line, reference markers and a related-questions list; no date",
        page="""
!m 百晓问答 · 百科频道
{T}
!m 又名：电褥子　　分类：生活电器 › 取暖电器
!l 目录：1 结构　2 使用与安全
{BODY}
!l 参考资料：[1] 家用电热毯安全使用指南
!l 相关问题：电热毯开一整夜会怎样？｜电热毯和电热垫有什么区别？
!a 觉得词条有误？点击纠错，一起完善
!m 百晓问答 baixiaowd.com 版权所有
""",
        body="""
电热毯，又称电褥子，是一种铺在床上、通过内部电热线通电发热来取暖的生活电器。
结构
电热毯一般由毯体、电热线和控制器组成。电热线呈蛇形均匀分布在毯体内，控制器用于开关和调节温度，部分产品带有定时和过热保护功能。
使用与安全
电热毯应平铺使用，不宜折叠或在上面放置重物；入睡后宜关闭或调至低温档。婴幼儿、行动不便者及皮肤感觉迟钝者应慎用。⟦m [1]⟧电热毯的安全使用年限一般为六年左右。
""",
    ),
    dict(
        slug="netdisk-yunxia-install-guide-purifier-pdf-markers",
        site="云匣网盘 (invented cloud-drive share page)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1qXv8Rk2",
        title="厨下净水器上门安装作业指导书",
        record_title="厨下净水器上门安装作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: file-name record title, marker paragraphs '◩ n ◪' cutting sentences, decimal headings, VIP prompts, a link-expiry line (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>厨下净水器上门安装作业指导书.pdf - 云匣网盘</title>
<script src="https://pan.yunxia.cn/static/preview.js"></script>
</head>
<body>
<div class="pan-top">⟦m 云匣网盘⟧ <a>⟦a 登录云匣⟧</a> <a>⟦a 开通超级匣⟧</a></div>
<div class="share-info">
<h2>⟦t 厨下净水器上门安装作业指导书.pdf⟧</h2>
<p>⟦m 分享者：清源售后-老邹　　大小 2.3MB⟧</p>
<p>⟦m 链接有效期：还剩 6 天⟧</p>
<p><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级匣极速下载⟧</button></p>
</div>
<div class="preview">
{BODY}
</div>
<div class="preview-end">⟦a 非会员只能预览前3页，开通超级匣看完整文件⟧</div>
<div class="pan-foot">⟦d 云匣网盘不对用户分享内容负责，发现违规内容请举报。⟧</div>
</body>
</html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="◩ {n} ◪", every=120, start=2),
        body="""
1 适用范围
本指导书适用于本公司厨下式反渗透净水器的上门安装作业。
2 安装前准备
2.1 核对型号。安装人员到达后，应与用户核对产品型号和配件是否齐全。
2.2 检查环境。确认橱柜内有三孔插座，进水压力在0.1至0.4兆帕之间，下水管畅通。
3 安装步骤
3.1 关闭进水总阀，安装进水三通和球阀。
3.2 在台面或水槽上开孔，安装纯水龙头。
3.3 按管路图连接进水管、纯水管和废水管，快接头插入到位后轻拉确认。
3.4 打开进水阀，通电冲洗滤芯十五分钟，检查各接口有无渗漏。
4 交付
向用户演示取水和滤芯更换提醒，填写安装单并请用户签字确认。
""",
    ),
    dict(
        slug="netdisk-panhe-summary-soymilk-service-wps-markers",
        site="盘盒分享 (invented cloud-drive share, text preview)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.panhe.net/share/9TgwQ3",
        title="豆乐电器鲋湾售后服务站2024年工作总结",
        record_title="豆乐电器鲋湾售后服务站2024年工作总结.wps",
        date="2025-01-10",
        notes="file-name record title (.wps); page markers '⚏ 第n页 ⚏' on lines of their own cutting sentences; a share stamp (3 周前) is no date; signature date",
        page="""
!m 盘盒分享　|　文件预览
!t 豆乐电器鲋湾售后服务站2024年工作总结.wps
!m 分享人：fuwan_shouhou　　分享于 3 周前　　52KB
!a 转存到我的盘盒　　下载　　举报
{BODY}
!a 在线预览仅显示前3页，下载后查看全文
!a 开通盘盒会员，下载不限速
!d 盘盒仅提供存储服务，文件内容由分享者负责。
""",
        pages=dict(fmt="⚏ 第{n}页 ⚏", every=90, start=2),
        body="""
2024年，鲋湾售后服务站在公司客服中心的指导下，围绕“快修、修好、回访”三个环节，较好完成了全年豆浆机维修服务任务。
一、主要工作
全年共受理豆浆机维修二千一百三十六台次，其中电机故障七百零四台次、加热管故障五百二十一台次、刀片和密封圈更换九百一十一台次。平均上门响应时间由去年的两天缩短到一天以内，维修一次修好率达到百分之九十六。
二、存在的不足
部分老机型配件短缺，个别用户等待时间超过一周；维修人员只有三人，旺季人手紧张。
三、明年打算
一是提前储备常用配件；二是再招聘一名维修工；三是开展维修后电话回访，回访率达到百分之百。
鲋湾售后服务站
2025年1月10日
""",
    ),
    dict(
        slug="snapshot-tanli-bulletin-blanket-spot-check-table",
        site="探骊搜索 快照 (invented search cache of a city bureau's page)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="html",
        source="https://cache.tanlisou.com/c?u=http%3A%2F%2Fscjgj.meicheng.gov.cn%2Fxxgk%2F20251113-221.html",
        title="关于2025年电热毯产品质量监督抽查结果的通报",
        record_title="关于2025年电热毯产品质量监督抽查结果的通报_楣城市市场监督管理局（快照）- 探骊搜索",
        date="2025-11-12",
        date_also=["2025-11-13"],
        notes="search-cache frame: a capture banner with a capture time, a highlighted-terms line, then the cached bureau page; a data table one row a paragraph; the document's date expected, the cached page's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于2025年电热毯产品质量监督抽查结果的通报_楣城市市场监督管理局（快照）- 探骊搜索</title>
<base href="http://scjgj.meicheng.gov.cn/xxgk/">
<script>var CACHE_TS=1763020800;</script>
</head>
<body>
<div class="cache-banner" style="background:#fffbe6;border:1px solid #e6d38a">
<p>⟦m 这是探骊搜索保存的网页副本，抓取于 5 天前，原网页可能已经变化。⟧</p>
<p>⟦a 查看原网页⟧ ⟦a 只看文字⟧</p>
<p>⟦m 下列词语已被高亮：电热毯 抽查 通报⟧</p>
</div>
<hr>
<div class="cached">
<div class="gov-head">⟦m 楣城市市场监督管理局⟧</div>
<div class="gov-nav">⟦m 首页 | 信息公开 | 抽检公告 | 办事服务 | 互动交流⟧</div>
<h2>{T}</h2>
<p class="gov-info">⟦m 发布日期：2025-11-13　来源：产品质量安全监督管理科⟧</p>
{BODY}
<div class="gov-foot">⟦m 楣城市市场监督管理局主办　网站标识码：4311000041⟧</div>
</div>
</body>
</html>
""",
        body="""
各县（区）市场监督管理局：
2025年10月，我局组织对全市流通领域电热毯产品质量开展了监督抽查，共抽查三十二家经营单位的四十批次产品，检验合格三十五批次，不合格五批次。
不合格项目主要为输入功率偏差超标、标志和说明不符合要求、温控器动作温度偏高。部分不合格产品情况如下：
产品名称　标称生产企业　不合格项目
双人电热毯　枋川县暖眠电器厂　输入功率
单人电热毯　楣城市绒乡家纺有限公司　标志和说明
调温型电热毯　桷阳县恒温电子有限公司　温控器动作温度
请各县（区）局依法对不合格产品的经营者进行处理，责令其立即停止销售。
楣城市市场监督管理局
2025年11月12日
""",
    ),
    dict(
        slug="snapshot-tanli-text-consumer-tip-airfryer",
        site="探骊搜索 文字快照 (invented text-only cache of a consumer association's page)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="https://cache.tanlisou.com/t?u=http%3A%2F%2Fwww.yxxiaoxie.org%2Ftsgg%2F0120.html",
        title="空气炸锅选购使用消费提示",
        record_title="空气炸锅选购使用消费提示 - 楹溪县消费者协会 [文本快照]",
        date="2025-01-20",
        notes="text-only cache: a capture banner with a relative capture time (no date), the cached association page's header and footer; a 12315 line as content; signature date",
        page="""
!m 【文字版快照】抓取时间：昨天 14:02　　原网页：www.yxxiaoxie.org/tsgg/0120.html
!a 返回带图片的快照　　|　　访问原网页
!m 楹溪县消费者协会　　首页　消费提示　投诉指南　联系我们
{T}
{BODY}
!m 楹溪县消费者协会　　投诉咨询：12315　　地址：楹溪县城关镇和平路7号
!d 快照内容由搜索引擎自动保存，探骊搜索不对其内容负责。
""",
        indent="\u3000\u3000",
        body="""
近期，空气炸锅销售火热，县消协也陆续收到一些相关投诉。为帮助消费者明白消费，现发布如下提示：
一、看标识。选购时要查看产品是否有3C认证标志，铭牌上的额定功率、容量等信息是否完整。
二、看涂层。内胆涂层应均匀光滑，无起泡、划痕，使用时避免用金属铲刮擦。
三、看说明。使用前仔细阅读说明书，不要空烧，不要在烤篮内放置过多食材，机器背面的出风口要与墙面保持距离。
四、留凭证。购买后妥善保存发票和保修卡，出现质量问题可拨打12315投诉。
楹溪县消费者协会
2025年1月20日
""",
    ),
    dict(
        slug="print-gonghu-school-notice-new-cabinets",
        site="栱湖区实验小学 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ghsyxx.cn/print.asp?id=1208",
        title="关于启用食堂新购消毒柜的通知",
        record_title="打印本页 ▪ 关于启用食堂新购消毒柜的通知 — 栱湖区实验小学",
        date="2025-08-26",
        notes="a school's print view calling window.print(): a print/close row, a printed-at line (no date), a URL line and a print footer '⛉ 第1页 ∣ 共1页 ⛉'; signature date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>打印本页 ▪ 关于启用食堂新购消毒柜的通知 — 栱湖区实验小学</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style>
</head>
<body>
<div class="noprint">⟦a 〖马上打印〗⟧ ⟦a 〖不打了，关闭〗⟧</div>
<div class="ph">⟦m 栱湖区实验小学 · 校务公开⟧</div>
<h3 align="center">{T}</h3>
<p align="center">⟦m 打印于：刚刚　　来源：总务处⟧</p>
{BODY}
<p>⟦m 本文网址：http://www.ghsyxx.cn/show.asp?id=1208⟧</p>
<p align="center">⟦p ⛉ 第1页 ∣ 共1页 ⛉⟧</p>
</body>
</html>
""",
        body="""
各班主任、食堂全体员工：
学校新购置的六台热风循环消毒柜已完成安装调试，定于9月1日起正式启用。现将有关事项通知如下：
一、食堂餐具统一使用新消毒柜消毒，原有两台旧消毒柜停止使用，由总务处统一处置。
二、食堂员工须于8月29日下午参加厂家组织的操作培训，培训后方可上岗操作。
三、各班学生餐具由值日生在就餐后送回食堂，不得带回教室存放。
四、总务处每周检查一次消毒记录，每月公示一次检查结果。
栱湖区实验小学总务处
2025年8月26日
""",
    ),
    dict(
        slug="print-anju-plan-water-station-decimal",
        site="楣城安居物业 (invented, print view as text)",
        style="打印页",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.mcanju.com/print/notice-0401.html",
        title="麂园小区直饮净水站巡检维护方案",
        record_title="打印视图 » 麂园小区直饮净水站巡检维护方案",
        date="2025-04-01",
        notes="a property company's print view as text: a print/back line, a URL line and a print footer '⍓ 1 ／ 1 ⍓'; decimal headings 2.1–3.2; signature date",
        page="""
!a 〔打印〕　〔返回原文〕
!m 楣城安居物业服务有限公司 · 通知公告
{T}
{BODY}
!m 原文地址：http://www.mcanju.com/notice/0401.html
!p ⍓ 1 ／ 1 ⍓
""",
        body="""
1 目的
为保障麂园小区直饮净水站出水安全，规范设备巡检维护，制定本方案。
2 巡检内容
2.1 每日巡检：查看设备运行指示、出水压力和水质在线监测数值，清洁取水口。
2.2 每周巡检：检查管路接头有无渗漏，对取水口进行消毒。
2.3 每月巡检：对出水进行余氯、浊度快检，记录检测结果。
3 维护要求
3.1 PP棉滤芯每三个月更换一次，活性炭滤芯每半年更换一次。
3.2 每季度委托有资质的机构检测一次水质，检测报告在站点公示。
4 责任分工
物业工程部负责日常巡检，客服中心负责公示和居民咨询。
楣城安居物业服务有限公司麂园项目部
2025年4月1日
""",
    ),
    dict(
        slug="mail-yingxi-letter-soymilk-order-webmail",
        site="楹溪教育邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.yxedu.cn/read?mid=20250408091233-77",
        title="关于商请供应幼儿园早餐用豆浆机的函",
        record_title="转发：关于商请供应幼儿园早餐用豆浆机的函【请各园周三前回复】",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="webmail reading view: a forwarded header with 抄送, a forwarder's note, the letter's own 附件 list next to the mail's attachment bar, the letter's own 抄送 line; the signature date expected, the send date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于商请供应幼儿园早餐用豆浆机的函【请各园周三前回复】 - 楹溪教育邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="mail-top">⟦m 楹溪教育邮箱⟧ <span>⟦m gzh@yxedu.cn⟧</span> <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a> <a>⟦a 退出⟧</a></div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标为未读　更多操作 ▾⟧</div>
<div class="mail-head">
<h2>⟦t 转发：关于商请供应幼儿园早餐用豆浆机的函【请各园周三前回复】⟧</h2>
<p>⟦m 发件人：县教育局学前教育股 &lt;xqk@yxedu.cn&gt;⟧</p>
<p>⟦m 收件人：各公办幼儿园⟧</p>
<p>⟦m 抄　送：县财政局教科文股 &lt;jkw@yxcz.gov.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月8日（星期二）上午9:12⟧</p>
</div>
<div class="mail-body">
<p>⟦m 各园：转发县局致豆乐电器的商请函，请核对本园收货地址，周三前回复学前股。——学前股 小孔⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3 align="center">{T}</h3>
{BODY}
</div>
<div class="attach-bar">
<p>⟦a 附件（2 个）⟧</p>
<p>⟦a 各幼儿园收货地址表.xlsx（14.2K）　预览　下载⟧</p>
<p>⟦a 售后服务承诺书（样式）.docx（11.8K）　预览　下载⟧</p>
<p>⟦a 打包下载全部附件⟧</p>
</div>
<div class="mail-foot">⟦m 楹溪教育邮箱 · 楹溪县教育信息中心维护⟧</div>
</body>
</html>
""",
        body="""
楹溪县豆乐电器有限公司：
为改善幼儿早餐营养，我局拟为全县十九所公办幼儿园统一配置商用豆浆机。经前期询价比较，拟向贵公司订购SJ-30型商用豆浆机十九台，单价二千八百元，总价五万三千二百元。
请贵公司于收函后五个工作日内确认供货时间，并提供产品检测报告和售后服务承诺。设备须送货到各园，并对炊事员进行操作培训。
联系人：孔令仪　电话：0739-6526017　邮箱：xqk@yxedu.cn
附件：1.各幼儿园收货地址表
2.售后服务承诺书（样式）
楹溪县教育局
2025年4月7日
抄送：县财政局，各公办幼儿园。
""",
    ),
    dict(
        slug="mail-cuiling-fwd-letter-blanket-guide-wrapped",
        site="forwarded mail, plain text (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:forward-20251126@cuiling.gov.cn",
        title="关于征求电热毯使用安全指引意见的函",
        record_title="Fwd: 关于征求电热毯使用安全指引意见的函",
        date="2025-11-25",
        date_also=["2025-11-26"],
        notes="a forwarded mail as plain text: forwarded headers, a forwarder's note and signature with a mobile; the letter hard-wrapped at 66 columns; its own 联系人/电话/邮箱 and 附件 line; the signature date expected, the send date also accepted",
        page="""
!m 发件人: 榱岭县应急管理局 <yjj@cuiling.gov.cn>
!m 日期: 2025年11月26日 周三 10:31
!m 收件人: 各乡镇应急办 <xzyjb@cuiling.gov.cn>
!t 主题: Fwd: 关于征求电热毯使用安全指引意见的函
!m 各位：局里的征求意见函，请各乡镇汇总后按时反馈。收到请回复。
!m —— 应急局办公室 晏子谦 / 手机 135 7391 6084
!m -------- 转发的消息 --------
{T}
{BODY}
!m 此邮件由榱岭县政务邮件系统发出，请勿直接回复系统地址
""",
        wrap=66,
        indent="    ",
        body="""
各乡镇人民政府，县直有关单位：
为减少冬季电热毯引发的火灾和烫伤事故，我局起草了《榱岭县电热毯使用安全指引（征求意见稿）》，现送你单位征求意见。
请认真研究，提出修改意见，于12月5日前将书面意见反馈我局消防安全科。逾期未反馈的，视为无意见。
联系人：晏子谦　电话：0739-6618420　邮箱：cl_yjfk@163.com
附件：榱岭县电热毯使用安全指引（征求意见稿）
榱岭县应急管理局
2025年11月25日
""",
    ),
]
