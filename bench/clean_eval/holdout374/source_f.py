"""holdout374, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, mails.
Invented text (see ../README.md and ../build.py for the markup)."""

CASES = [
    dict(
        slug="examforum-dengke-essay-barrier-governance-jammer",
        site="登科园公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.dengkeyuan.com/thread-551730-1-1.html",
        title="小小隔离墩，丈量城市治理的温度",
        record_title="〔申论随写〕小小隔离墩，丈量城市治理的温度（恳请斧正）- 申论写作区 - 登科园",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad, jammer fonts as a line and glued after "
        "sentences; no date (relative post time)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>〔申论随写〕小小隔离墩，丈量城市治理的温度（恳请斧正）- 申论写作区 - 登科园</title>
<style>font.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div class="dk-top">⟦m 登科园公考论坛　一起上岸⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册领资料包⟧</a></div>
<div class="dk-path">⟦m 登科园 › 申论交流 › 申论写作区⟧</div>
<div class="dk-thread">
<div class="dk-user">⟦m 楼主：今年一定上岸的小岳⟧<br>⟦m 备考身份：省考 · 综合类⟧</div>
<h1>{T}</h1>
<div class="dk-time">⟦m 发表于 5 小时前⟧</div>
<div class="dk-msg">
{BODY}
</div>
<div class="dk-rate">⟦l 评分人数 3　登科币 +6　理由：立意不错、结构清晰⟧</div>
<div class="dk-hide">⟦a 本帖含批改意见，回复后可见⟧</div>
</div>
<div class="dk-ad">⟦w 申论一对一精批，加QQ群 531907246 领取范文合集⟧</div>
<div class="dk-reply">⟦l 2楼 上岸的柯柯：第三段的论据可以再具体一点⟧</div>
<div class="dk-foot">⟦m 登科园公考论坛 dengkeyuan.com⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
城市道路上，一排排隔离墩默默伫立。它们不起眼，却规范着车流，守护着行人。从一个小小的隔离墩，可以看见一座城市治理的精细程度和温度。
隔离墩设得好不好，考验的是治理的精准度。有的地方不做调研，一刀切地封死路口，群众绕行多走几公里；有的地方在学校门口精心测算，既留出接送车辆的停靠空间，又隔开了孩子们的通行区域。同样是隔离墩，效果却大不相同。
隔离墩管得好不好，考验的是治理的持久度。不少隔离墩被撞坏后长期无人修复，成了新的安全隐患。只有明确管护责任，建立巡查修复机制，才能让设施始终发挥作用。
城市治理没有小事。把每一个隔离墩设在群众需要的地方，管在群众看得见的时候，城市才会更有温度。
""",
    ),
    dict(
        slug="examforum-dengke-interview-broken-electroscope-junk",
        site="登科园公考论坛 面试版 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.dengkeyuan.com/thread-553018-1-1.html",
        title="检修前发现验电器损坏，你作为班组长怎么处理",
        record_title="【结构化·情景应对】检修前发现验电器损坏，你作为班组长怎么处理（求考官视角点评）",
        date=None,
        notes="exam-forum text thread: junk lines and junk glued after sentences; a poster's aside; replies; no date",
        page="""
!m 登科园公考论坛 › 面试交流 › 结构化真题
!t 【结构化·情景应对】检修前发现验电器损坏，你作为班组长怎么处理（求考官视角点评）
!m 楼主：电网备考人阿邓　｜　发表于 前天 23:08　｜　查看 842　回复 19
!m 题目来源：某供电公司2025年面试回忆版，大家帮忙看看答得怎么样
{BODY}
!l 沙发 考官说的对：思路完整，可以补充一下事后的制度改进
!l 板凳 小卜同学：收藏了，明天模考用
!a 回复可获得1登科币，每日上限10币
!m 登科园 © 2016-2025
""",
        junk=dict(lines=1, glued=2),
        body="""
安全是电力工作的生命线，验电器损坏看似是小事，处理不好就可能酿成大祸。如果我是班组长，我会这样处理。
首先，立即停止作业准备。我会第一时间告诉班组成员，在没有合格验电器之前，任何人不得开展停电检修作业，并将损坏的验电器做好标记，单独存放，防止被误用。
其次，想办法尽快补齐工具。我会联系工器具管理员，从库房调用一支同电压等级、校验合格的验电器；如果库房没有，就向相邻班组借用，借用时要核对校验标签，确认在有效期内。
再次，做好沟通汇报。如果因此影响检修进度，我会及时向调度和上级领导说明情况，说清楚原因和预计恢复时间，请求调整作业计划。
最后，举一反三。作业结束后，我会组织班组对所有安全工器具进行一次全面检查，并建议在每次出工前增加工器具核对环节，避免类似情况再次发生。
""",
    ),
    dict(
        slug="baike-zhiyuan-entry-electroscope-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiyuanbaike.com/item/yandianqi",
        title="验电器",
        record_title="验电器_电学仪器词条_知源百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued inside "
        "sentences, an 'edit this section' link; the entry name opens the body (head match); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>验电器_电学仪器词条_知源百科</title>
<link rel="stylesheet" href="/skins/zy/entry.css">
</head>
<body>
<div class="zy-top">⟦m 知源百科 · 人人可编辑的知识库⟧　<a>⟦a 创建词条⟧</a>　<a>⟦a 个人中心⟧</a></div>
<div class="zy-tabs">⟦a 阅读 ｜ 编辑 ｜ 讨论 ｜ 历史版本⟧</div>
<h1>{T}</h1>
<div class="zy-sub">⟦m 电学仪器词条　本词条由“知源科学”编审团队审核⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：验电器⟧</td></tr>
<tr><td>⟦m 外文名：electroscope⟧</td></tr>
<tr><td>⟦m 学科分类：电学 / 物理实验仪器⟧</td></tr>
</table>
<div class="toc">⟦l 目录：1 结构　2 原理　3 电力验电器⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-ref">⟦l 参考资料：[1] 《中学物理实验仪器手册》　[2] 电力安全工作规程⟧</div>
<div class="zy-stat">⟦m 词条统计：浏览 6.2万次　编辑 17次⟧</div>
<div class="zy-foot">⟦d 知源百科内容由网友共同编辑，如有错漏欢迎指正⟧　⟦m © 2025 zhiyuanbaike.com⟧</div>
</body>
</html>
""",
        body="""
验电器是用来检验物体是否带电以及粗略判断所带电荷多少的仪器，常见于中学物理实验。
结构
常见的验电器由金属球、金属杆和两片金属箔组成，金属杆穿过绝缘塞固定在玻璃瓶中，金属箔挂在金属杆下端。⟦l [1]⟧
原理
带电体接触金属球时，电荷传到两片金属箔上，金属箔带同种电荷而互相排斥张开，张角越大，说明所带电荷越多。⟦a ✎编辑本段⟧
电力验电器
在电力行业中，验电器指用于检测电气设备或线路是否带有运行电压的工具，分为低压验电器和高压验电器。停电检修前必须先验电，确认无电后方可挂接地线。⟦l [2]⟧
""",
    ),
    dict(
        slug="baike-wenzhi-entry-triangle-text",
        site="问知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wenzhibaike.cn/wiki/sanjiaotie",
        title="三角铁",
        record_title="三角铁 - 乐器小百科 - 问知百科",
        date=None,
        notes="encyclopaedia text page: the entry name opens the body (head match); a basic-info block, contents, "
        "section headings; an 'improve this entry' prompt between sections; no date (a revision stamp only)",
        page="""
!m 问知百科　你问我知
!m 首页 > 艺术 > 乐器小百科
{T}
!m 最近修订：半年前　｜　贡献者 9 人
!m 基本信息｜类别：无固定音高打击乐器｜材质：钢｜常见尺寸：4—10英寸
!l 目录　一、形制　二、演奏　三、应用
{BODY}
!l 相关词条：碰铃 · 沙锤 · 木鱼 · 铃鼓
!d 本词条内容仅供参考，不构成专业意见
!m 问知百科 wenzhibaike.cn
""",
        body="""
三角铁是一种用钢条弯成三角形的打击乐器，一角留有开口，用细钢棒敲击发声，声音清脆明亮，余音较长。
一、形制
三角铁一般用直径8至12毫米的圆钢弯制，边长从10厘米到25厘米不等。开口的设计使它不产生明确的音高，因此能与各种调性的音乐配合。
⟦a 你知道三角铁的更多资料？欢迎完善本词条⟧
二、演奏
演奏时用细绳将三角铁悬挂在手指上，使其自由振动，用钢棒敲击底边或斜边。连续在两条边的内侧快速来回敲击，可以奏出颤音。用手握住三角铁可以制止余音。
三、应用
三角铁常用于管弦乐队和军乐队，也是中小学音乐课和幼儿园最常见的打击乐器之一，适合初学者培养节奏感。
""",
    ),
    dict(
        slug="netdisk-yunzhou-points-water-barrier-wps",
        site="云舟网盘 (invented cloud drive)",
        style="网盘分享",
        genre="技术要点",
        kind="other",
        form="html",
        source="https://pan.yunzhou.cc/s/1Tq8xWmB4e",
        title="塑料注水隔离墩安装与日常维护技术要点",
        record_title="塑料注水隔离墩安装与日常维护技术要点.wps",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, sharer's line and expiry; numbered "
        "points; no date (share and expiry stamps only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>塑料注水隔离墩安装与日常维护技术要点.wps_免费高速下载|云舟网盘</title>
<link rel="stylesheet" href="//static.yunzhou.cc/share/v2/share.css">
</head>
<body>
<div class="yz-head">⟦m 云舟网盘 · 文件随身走⟧　<a>⟦a 登录⟧</a>　<a>⟦a 下载客户端⟧</a></div>
<div class="yz-file">
<h2>{T}</h2>
<div class="yz-share">⟦m 分享者：路政小分队 ｜ 分享于 2 周前 ｜ 有效期：永久⟧</div>
<div class="yz-btns">⟦a 保存到我的云舟⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
</div>
<div class="yz-preview">
<p>⟦m 在线预览（仅显示前2页）⟧</p>
{BODY}
</div>
<div class="yz-vip">⟦a 开通超级会员，下载速度提升20倍，首月仅需9元⟧</div>
<div class="yz-report">⟦d 如发现该分享涉及侵权或违规内容，请点击举报⟧</div>
<div class="yz-foot">⟦m ©2025 云舟网盘 yunzhou.cc⟧</div>
</body>
</html>
""",
        body="""
一、安装前准备
1. 核对施工方案，确定隔离墩的摆放位置和数量，现场用粉笔或喷漆画出定位线。
2. 检查隔离墩外观，箱体无裂缝，注水口、排水口密封圈完好，连接件齐全。
二、安装要求
1. 隔离墩应沿定位线首尾相连摆放，相邻两个用连接杆插接牢固，不得留有缝隙。
2. 注水量应达到箱体容积的80%以上，冬季气温低于零度时，应加注防冻液或改用注砂。
3. 道路转角和端头处应设置反光警示灯，夜间保持开启。
三、日常维护
1. 每周巡查一次，检查有无移位、破损、漏水，发现问题当天处理。
2. 每月清洗一次表面，保持反光膜清晰可见。
3. 施工结束后应及时排水、回收，不得长期占道。
""",
    ),
    dict(
        slug="netdisk-shanpan-plan-kindergarten-swingcar-pdf-markers",
        site="闪存盘 (invented cloud drive)",
        style="网盘分享",
        genre="活动方案",
        kind="plan",
        form="text",
        source="https://shancunpan.com/f/8820kd5QwA",
        title="幼儿园户外扭扭车区域活动方案",
        record_title="幼儿园户外扭扭车区域活动方案.pdf",
        date="2025-03-03",
        notes="cloud-drive text preview: file-name record title; '☿ n ☿' markers on lines of their own cutting "
        "paragraphs; save and VIP prompts; date under the signature",
        page="""
!m 闪存盘｜分享文件，快如闪电
!t 幼儿园户外扭扭车区域活动方案.pdf
!m 文件大小 412KB　·　分享人：小蜗牛老师　·　3 天前分享
!a 【转存】　【下载】　【分享给好友】
{BODY}
!a 预览结束，转存到闪存盘即可查看完整文件
!a 闪存盘会员：不限速下载 · 10T空间，点击开通
!d 闪存盘提醒：请勿下载来源不明的文件，谨防诈骗
""",
        pages=dict(fmt="☿ {n} ☿", every=150, start=2),
        body="""
一、活动目标
1. 在骑行中锻炼幼儿的腿部力量、协调能力和平衡能力。
2. 懂得骑行时要注意安全，学会避让同伴，遵守区域规则。
二、活动准备
户外场地东侧平整区域，用软质围栏围出约200平方米的骑行区，地面画出“车道”和“停车场”；扭扭车20辆，提前检查车轮、座板是否牢固。
三、活动过程
1. 热身环节：教师带领幼儿做腿部和手腕的热身运动，讲解骑行规则。
2. 自由骑行：幼儿按顺序取车，沿画好的车道骑行，教师在转弯处和出入口站位看护。
3. 游戏环节：开展“小司机送货”游戏，幼儿骑车把小沙包运到指定“停车场”，培养遵守规则的意识。
4. 整理环节：幼儿把车辆停回“停车场”，摆放整齐。
四、安全要求
同一时间骑行幼儿不超过10人，骑行区内不得奔跑，雨后地面湿滑时暂停活动。
佘岭县城关第二幼儿园
2025年3月3日
""",
    ),
    dict(
        slug="snapshot-chengjing-fire-tip-glovebox-powerbank",
        site="澄镜搜索网页快照 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="news",
        form="html",
        source="http://cache.chengjingsousuo.com/c?u=http%3A%2F%2Fxf.hanxi.gov.cn%2Fxfts%2F2025%2F0702%2F118.html",
        title="高温天气别把充电宝和打火机放进汽车手套箱",
        record_title="高温天气别把充电宝和打火机放进汽车手套箱_邯溪县消防救援大队（澄镜快照）",
        date="2025-07-02",
        notes="search-cache frame: capture banner with a capture time, highlighted search terms, a link to the "
        "current page; the cached page's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>高温天气别把充电宝和打火机放进汽车手套箱_邯溪县消防救援大队（澄镜快照）</title>
</head>
<body>
<div class="xj-cache" style="background:#fffbe6;border:1px solid #e6d690">
<p>⟦d 这是澄镜搜索保存的网页快照，它是该网页在我们抓取时的样子，网页此后可能已经改变。⟧</p>
<p>⟦m 抓取时间：2025年8月3日 06:12:44⟧　<a>⟦a 点此查看当前页面⟧</a></p>
<p>⟦m 已为您高亮显示以下搜索词：手套箱 充电宝⟧</p>
</div>
<div class="orig">
<div class="head">⟦m 邯溪县消防救援大队⟧　⟦m 首页 | 消防动态 | 消防提示 | 办事指南⟧</div>
<div class="crumb">⟦m 当前位置：首页 > 消防提示⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 发布时间：2025-07-02　来源：防火监督科⟧</div>
{BODY}
<div class="orig-foot">⟦m 邯溪县消防救援大队　火警电话：119⟧</div>
</div>
</body>
</html>
""",
        body="""
入夏以来，我县持续高温，阳光直射下停放的汽车，车内温度可达60摄氏度以上，副驾驶前方的手套箱内温度也会随之升高。消防部门提醒广大车主，以下物品不要长时间放在手套箱里。
一、充电宝。充电宝内的锂电池在高温下容易鼓包，严重时可能起火。
二、打火机。一次性打火机内充有液化丁烷，受热后内部压力增大，可能发生爆裂。
三、香水和喷雾。香水含有酒精，喷雾罐内有压缩气体，高温下都有燃爆风险。
四、老花镜和放大镜。镜片聚光可能引燃座椅上的纸巾等易燃物。
此外，车辆长时间停放时，建议使用遮阳挡，适当开一点车窗缝隙通风。一旦车内起火，应立即远离车辆并拨打119报警。
""",
    ),
    dict(
        slug="snapshot-yunfan-letter-borrow-triangles-oneline",
        site="云帆快照 (invented text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.yunfan-search.cn/text?id=73f2c9e01b",
        title="关于商借三角铁等打击乐器的函",
        record_title="关于商借三角铁等打击乐器的函 - 佘岭县文化馆 [纯文字快照]",
        date="2025-10-09",
        notes="text-only cache: the whole letter on one line; a capture stamp and a snapshot disclaimer; the date "
        "under the signature at the end of the line",
        page="""
!d 〔云帆快照〕以下为该网页的纯文字版本，图片与样式已去除；页面内容以原网站为准
!m 快照生成于：2025-10-21 03:40　原网址：http://www.shelingwhg.cn/tzgg/1009.html
!t 关于商借三角铁等打击乐器的函 - 佘岭县文化馆 [纯文字快照]
!m 佘岭县文化馆 ｜ 首页 ｜ 通知公告 ｜ 公共文化服务
{BODY}
!m 佘岭县文化馆　地址：城关镇文化路9号　电话：0731-6213390
!a 返回原网页 ｜ 查看带图片的快照
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
佘岭县第一中学：
我馆定于10月下旬举办“乡村少儿艺术周”活动，其中打击乐合奏节目需要三角铁20个、碰铃10副、木鱼10个。因我馆现有乐器数量不足，特商借贵校音乐教室的上述乐器，借用时间为10月20日至10月31日。
借用期间，我馆将安排专人负责保管，活动结束后按时清点归还；如有损坏，照价赔偿。
恳请贵校予以支持。联系人：群文部　柯雨辰，电话：0731-6213471。
佘岭县文化馆
2025年10月9日
""",
    ),
    dict(
        slug="print-hanxi-power-bulletin-no-voltage-test",
        site="邯溪供电公司安全信息网 打印视图 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://aq.hxgdgs.com/tb/2025/0527/view.jsp?id=66&print=1",
        title="关于一起未按规定验电险些造成触电事故的通报",
        record_title="〖供打印版〗关于一起未按规定验电险些造成触电事故的通报｜安全信息网",
        date="2025-05-27",
        notes="print view calling window.print(): print/close buttons, a print-time line, a 抄送 line, the "
        "bulletin's 文号 (neutral); a print footer '♒ 页 1／1 ♒'",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖供打印版〗关于一起未按规定验电险些造成触电事故的通报｜安全信息网</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 🖨 立即打印⟧　⟦a ✕ 关闭本页⟧　⟦a 调整页边距⟧</div>
<div class="print-head">⟦m 邯溪供电公司安全信息网 · 打印时间：2025-06-03 15:22⟧</div>
<h2 style="text-align:center">{T}</h2>
<p style="text-align:center">邯电安〔2025〕9号</p>
{BODY}
<div class="print-url">⟦m 本页地址：aq.hxgdgs.com/tb/2025/0527/view.jsp?id=66⟧</div>
<div class="print-foot">⟦p ♒ 页 1／1 ♒⟧</div>
</body>
</html>
""",
        body="""
各供电所、各部门：
5月20日，陆口供电所在10kV陆东线某台区进行低压线路检修时，作业人员邓某在未验电的情况下准备挂接地线，被现场监护人员及时制止。经检查，该线路因用户自备发电机反送电，实际带有电压。一起险些造成人身触电的事故被避免。
经调查，事故苗头的主要原因：一是作业人员安全意识淡薄，凭经验认为线路已停电；二是现场验电器放在工具车上，未随身携带；三是工作负责人开工前未逐项交代安全措施。
公司决定：对陆口供电所予以通报批评，对邓某停岗培训一个月，扣发当月绩效。
各单位要引以为戒：停电作业必须先验电、后接地，验电器必须随身携带并在使用前自检；工作负责人要严格执行开工前安全交底。
邯溪供电公司安全监察部
2025年5月27日
抄送：公司领导，各分管部门。
""",
    ),
    dict(
        slug="print-fleet-rules-glovebox-documents",
        site="祉阳市机关事务管理局 公车平台 打印页 (invented)",
        style="打印页",
        genre="规定",
        kind="rule",
        form="text",
        source="http://gc.zhiyang.gov.cn/zhidu/print.aspx?id=41",
        title="公务用车手套箱随车资料管理规定",
        record_title="待打印稿 ▸ 公务用车手套箱随车资料管理规定（第三次修订·现行有效）",
        date=None,
        notes="print view of a rule: print buttons, a print-time line, printing the checklist as content; a print "
        "footer '⚨ 第1页 共1页 ⚨'; no date (only an effective clause)",
        page="""
!a 〔开始打印〕　〔横向打印〕　〔返回〕
!m 祉阳市公务用车服务平台 · 制度文件打印 · 2025/08/14 10:05
!t 待打印稿 ▸ 公务用车手套箱随车资料管理规定（第三次修订·现行有效）
{BODY}
!m 打印人：车管科 贺宁
!p ⚨ 第1页 共1页 ⚨
""",
        body="""
一、为规范公务用车随车资料管理，确保车辆证件齐全、应急物品完备，制定本规定。
二、每辆公务用车的手套箱内应存放以下资料和物品：行驶证副本复印件、交强险保单、车辆保养记录卡、事故快速处理联系卡、随车物品清单。
三、驾驶员每次出车前应检查手套箱内资料是否齐全，发现缺失应及时向车管科报告补办。
四、随车物品清单由车管科统一打印，每季度更新一次，驾驶员核对后签字放入手套箱。
五、手套箱内不得存放现金、私人贵重物品，以及打火机、充电宝等易燃易爆物品。
六、车辆交接时，交接双方应共同核对手套箱内资料，并在交接单上签字。
七、本规定自2025年9月1日起施行。
""",
    ),
    dict(
        slug="mail-kindergarten-letter-order-swingcars-attachments",
        site="邯溪县机关幼儿园 网页邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.hxjgyey.cn/read?mid=ZC3101-0000071",
        title="关于订购户外扭扭车的函",
        record_title="FW转园长：关于订购户外扭扭车的函（后勤组已比价）",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="webmail reading view: forwarded header with send time, an attachment bar beside the letter's own 附件 "
        "list, the letter's contact; the letter's date differs from the mail's send date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>FW转园长：关于订购户外扭扭车的函（后勤组已比价） - 机关幼儿园邮箱</title>
<link rel="stylesheet" href="/webmail/css/read.css">
</head>
<body>
<div class="wm-bar">⟦m 邯溪县机关幼儿园 · 网页邮箱⟧　⟦m 园办公室 bgs@hxjgyey.cn⟧　<a>⟦a 退出邮箱⟧</a></div>
<div class="wm-tools">⟦a 回复 ｜ 回复全部 ｜ 转发 ｜ 删除 ｜ 标记为未读⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：后勤组 邓秋 &lt;houqin@hxjgyey.cn&gt;⟧</p>
<p>⟦m 收件人：园长 卜文静⟧</p>
<p>⟦m 时间：2025年4月8日（星期二）上午9:16⟧</p>
</div>
<div class="wm-body">
<p>⟦m -------- 转发的邮件 --------⟧</p>
{BODY}
</div>
<div class="wm-att">⟦a 附件（2个）：户外扭扭车采购清单.xlsx（18K）　供应商报价单.pdf（302K）　全部下载⟧</div>
<div class="wm-foot">⟦d 本邮件系统仅供园内办公使用，请勿转发涉密内容。⟧</div>
</body>
</html>
""",
        body="""
祉阳乐童玩具经销部：
我园根据户外活动需要，拟向贵部订购儿童扭扭车一批，现将有关事项函告如下：
一、订购数量：LT-08型加宽底盘扭扭车24辆，颜色红、黄、蓝各8辆。
二、质量要求：产品须符合国家玩具安全技术规范，提供出厂检验合格证明；车轮须为带轴承静音轮，座板边缘无毛刺。
三、交货时间：4月25日前送货到园，并现场组装调试。
四、付款方式：验收合格后10个工作日内一次性付清。
请贵部收函后3日内回复确认。联系人：后勤组　邓秋，电话：0731-6258307。
附件：1. 户外扭扭车采购清单
2. 供应商报价单
邯溪县机关幼儿园
2025年4月7日
""",
    ),
    dict(
        slug="mail-marathon-letter-borrow-water-barriers-docx",
        site="转发邮件正文 (invented, text copied from a mail client)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:ssb@zyty.gov.cn?fwd=20250912-2",
        title="关于商借注水隔离墩用于半程马拉松赛事的函",
        record_title="转自外网邮箱：关于商借注水隔离墩用于半程马拉松赛事的函.docx",
        date="2025-09-10",
        date_also=["2025-09-12"],
        notes="forwarded mail as text: mail headers (从/发送时间/收件人/抄送/主题) as meta, a mail footer; the letter's "
        "own 抄送 line in the body; the letter's date differs from the send time",
        page="""
!m ———— 原始邮件 ————
!m 从：祉阳市体育局赛事办<ssb@zyty.gov.cn>
!m 发送时间：2025年9月12日(星期五) 下午3:47
!m 收件人：锺山区城市管理局<cgj_zs@126.com>
!m 抄送：赛事办 贺晓阳
!t 主题：转自外网邮箱：关于商借注水隔离墩用于半程马拉松赛事的函.docx
{BODY}
!m ——
!m 本邮件由“易信企业邮”发送　|　退订此类邮件
""",
        body="""
锺山区城市管理局：
2025祉阳半程马拉松赛定于10月19日举行，赛道途经锺山区和平路、学府路、滨江大道等路段。为保障赛事安全，需要在赛道沿线设置临时隔离设施。因我局现有注水隔离墩数量不足，特商借贵局塑料注水隔离墩600个。
借用时间为10月17日至10月20日，由赛事运营公司负责运输、摆放、注水和回收，使用后按原数清洗归还；如有损坏，按价赔偿。
恳请贵局予以支持为盼。
联系人：市体育局赛事办　贺晓阳，电话：0731-8876152。
祉阳市体育局
2025年9月10日
抄送：祉阳市公安局交通警察支队
""",
    ),
]
