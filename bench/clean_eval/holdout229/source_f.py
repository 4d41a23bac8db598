"""holdout229, part F: an exam forum, encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="examforum-yizhan-interview-briefcase-purchase-junk",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gkyizhan.com/forum/t-55190.html",
        title="领导让你采购一批公文包，同事说价格太高，你怎么办？",
        record_title="〔组织管理·每日一练〕领导让你采购一批公文包，同事说价格太高，你怎么办？ - 结构化互评 - 公考驿站论坛",
        date=None,
        notes="an exam-forum thread as text: junk lines and junk glued after 。; the poster's line with a relative time (昨天); a reply-to-see line, replies; no date",
        page="""
!m 公考驿站论坛 › 面试天地 › 结构化互评
!t 〔组织管理·每日一练〕领导让你采购一批公文包，同事说价格太高，你怎么办？
!m 发帖人：考编第三年　昨天 22:17　围观 611
!m 我的作答如下，请各位考友帮忙挑挑毛病：
{BODY}
!a 【回复本帖可查看考官点评】
!l 1# 上岸就吃火锅：第三段可以再具体一点
!l 2# 芸芸：整体框架不错，收藏了
!m 公考驿站论坛　驿路同行，一起上岸
""",
        junk=dict(lines=1, glued=2),
        indent="",
        body="""
考官您好。领导把采购任务交给我，是对我的信任；同事提出价格太高，也是出于对公家钱物负责，两方面我都要认真对待。
首先，我会核实情况。把采购清单和报价单拿出来，对照单位的经费标准和政府采购目录，看看公文包的单价是否超标，是不是选了不必要的高配材质。
其次，我会多方比价。通过政府采购平台和两三家供应商询价，在保证提手、拉链等质量要求的前提下，列出几套价格不同的方案。
再次，我会及时汇报。把同事的意见、比价结果和我的建议一并向领导汇报，由领导决策，不擅自改变采购内容。
最后，采购完成后，我会做好登记和发放，把结果反馈给提出意见的同事，感谢他的提醒。
""",
    ),
    dict(
        slug="baike-zhiyuan-entry-spirit-level-infobox-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.cn/item/水平仪/40712",
        title="水平仪",
        record_title="水平仪（测量器具）_知源百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, an 'edit this section' link glued to a heading; the entry name opens the body (title label matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>水平仪（测量器具）_知源百科</title>
</head>
<body>
<div class="top">⟦m 知源百科 · 人人可编的知识源⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="tabs">⟦a 词条 ｜ 编辑 ｜ 讨论 ｜ 历史版本⟧</div>
<div class="lemma">
<h1>{T}</h1>
<div class="subtitle">⟦m （测量器具）⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：水平仪⟧</td></tr>
<tr><td>⟦m 外文名：spirit level⟧</td></tr>
<tr><td>⟦m 分　类：角度测量器具⟧</td></tr>
<tr><td>⟦m 常见类型：水平尺、框式、电子、激光⟧</td></tr>
</table>
<div class="catalog">⟦l 目录 1 原理 2 分类 3 使用与校准 4 参考资料⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《几何量测量器具使用手册》，知源出版编辑部整理⟧</p><p>⟦l [2] 《建筑装饰装修工程质量验收标准》相关条文⟧</p></div>
<div class="stat">⟦m 词条浏览 9.6万次 · 编辑 23 次 · 最近更新：2 个月前⟧</div>
</div>
<div class="foot">⟦d 知源百科词条由网友协作编辑，内容仅供参考⟧ ⟦m ©2025 zhiyuan-wiki.cn⟧</div>
</body>
</html>
""",
        body="""
水平仪是一种测量被测面相对于水平面微小倾角的器具，广泛用于建筑施工、机械安装和家居装修。⟦l [1]⟧
原理⟦a [编辑本段]⟧
常见的气泡水平仪在密封的玻璃管内注入液体并留一个气泡，玻璃管内壁磨成一定曲率。被测面倾斜时，气泡向高的一端移动，根据气泡偏离刻线的格数即可读出倾斜程度。
分类
按结构可分为水平尺、框式水平仪、电子水平仪和激光水平仪。激光水平仪利用自动安平装置投射出水平或垂直的激光线，适合大面积放线。
使用与校准
使用时应将被测面擦净，读数时视线与气泡垂直。水平仪的零位可用调头法检查：在同一位置正反各测一次，两次读数之差的一半即为零位误差。⟦l [2]⟧
""",
    ),
    dict(
        slug="baike-jiaju-entry-doormat-title-line",
        site="家居小百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.jiajubaike.net/citiao/mendian.html",
        title="门垫",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry as text without a record title: the entry name on a title line, an entry card, a contents line; the entry name also opens the body (matched as head); an update stamp; no date",
        page="""
!m 家居小百科 | 家里的事儿一查就懂
{T}
!m 词条卡片：别名 地垫、脚垫 ｜ 类别 家居织物 ｜ 常见材质 椰棕、橡胶、棉麻
!l 目录：简介 · 材质 · 选购 · 清洁
!m 本词条最近修订于 3 天前 · 共 11 位编者
{BODY}
!l 相关词条：浴室防滑垫 ｜ 玄关柜 ｜ 除螨
!d 词条内容由编者整理，不构成购买建议
""",
        indent="",
        body="""
门垫，又称地垫、脚垫，是铺在入户门内外用于刮除鞋底泥沙、吸收水分的家居织物。
按材质，门垫常见椰棕、橡胶、PVC丝圈和棉麻几类。椰棕和丝圈刮泥能力强，适合放在门外；棉麻门垫柔软吸水，多放在门内；橡胶底能防滑，但透气性较差。
选购门垫时，尺寸以略窄于门宽为宜，厚度不宜超过1.5厘米，以免开门时刮蹭或绊脚。家中有老人的，宜选边缘带斜坡的款式。
门垫应定期拍打、清洗和晾晒。门外的门垫雨天后要及时晾干，避免地面发霉；门内的门垫每一两周清洗一次。
""",
    ),
    dict(
        slug="netdisk-xiaoyun-plan-teacup-disinfection-wps-markers",
        site="小云盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.xiaoyunpan.cn/s/1aQ8mZc7",
        title="会议中心茶杯清洗消毒工作方案",
        record_title="会议中心茶杯清洗消毒工作方案.wps",
        date="2025-06-16",
        notes="cloud-drive preview: VIP prompts, save/download buttons, a share expiry line; page-marker paragraphs cut sentences (⚮ 第n页 ⚮); decimal headings 1.1–3.2; file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>会议中心茶杯清洗消毒工作方案.wps_免费高速下载|小云盘</title>
<script src="https://pan.xiaoyunpan.cn/static/preview.js"></script>
</head>
<body>
<div class="pan-top">⟦m 小云盘⟧ ⟦a 登录⟧ ⟦a 开通超级会员⟧</div>
<div class="share-info">
<div class="file">⟦t 会议中心茶杯清洗消毒工作方案.wps⟧</div>
<div class="who">⟦m 分享者：云上的茶 · 分享于 5 天前 · 有效期：永久⟧</div>
<div class="ops">⟦a 转存至我的云盘⟧ ⟦a 普通下载⟧ ⟦a 极速下载（超级会员）⟧</div>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 非会员仅可预览前 3 页，开通超级会员看完整文档⟧</div>
<div class="report">⟦a 举报此分享⟧</div>
<div class="pan-foot">⟦m ©2025 小云盘　浙B2-20180377⟧</div>
</body>
</html>
""",
        p_html='<div class="pv-p">{}</div>',
        pages=dict(fmt="⚮ 第{n}页 ⚮", every=140, start=2),
        body="""
为规范会议中心茶杯的清洗消毒，防止交叉感染，保障参会人员健康，结合会议中心实际，制定本方案。
1 适用范围
1.1 本方案适用于会议中心各会议室、贵宾室和接待室使用的陶瓷茶杯、杯盖和杯垫。
2 清洗消毒流程
2.1 会议结束后30分钟内回收茶杯，倒掉残茶，用流动水冲净杯内茶渍，杯盖、杯垫分开放置。
2.2 茶杯放入洗碗机清洗后，送入高温消毒柜，温度不低于120℃，保持时间不少于20分钟。
2.3 消毒后的茶杯倒扣放入保洁柜，保洁柜每天擦拭一次，标明“已消毒”。
3 管理要求
3.1 茶杯实行登记管理，杯口破损、有裂纹的一律报废，不得继续使用。
3.2 保洁班长每天检查消毒记录，综合办每月抽查一次。
犀川县会议中心综合办公室
2025年6月16日
""",
    ),
    dict(
        slug="netdisk-kuaipan-acceptance-briefcase-pdf-glued-markers",
        site="快盘分享 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.kuaipanfx.com/s/7Hc2Wq",
        title="公文包到货验收要点",
        record_title="公文包到货验收要点.pdf",
        date=None,
        notes="a cloud-drive text preview with a file-name record title: page markers ⍅n⍆ glued to the continuation of cut lines; share and VIP lines; acceptance points without a date",
        page="""
!m 快盘分享 · 文件预览
!t 公文包到货验收要点.pdf
!m 分享人：资产科小郁　分享时间：2025-12-01　文件大小：214KB
!a 转存到我的快盘　｜　下载（需登录）
{BODY}
!a 预览到此结束，余下页请下载后查看
!d 快盘仅提供存储服务，文件内容由分享人负责
""",
        indent="",
        pages=dict(fmt="⍅{n}⍆", every=80, start=2, glue=True),
        body="""
一、核对单据。到货时先核对送货单、合同和装箱单，品名、型号、数量、颜色一致后再开箱。
二、外观检查。逐只检查公文包表面有无划痕、褶皱和色差，缝线是否均匀、有无跳针和线头，包角、包底是否加固。
三、五金件检查。拉链往返拉动五次应顺滑无卡顿，锁扣开合灵活，提手和肩带连接扣无松动、无锈迹。
四、抽样试验。每批按5%抽样，做提手拉力和装载试验：包内装五公斤重物，提起后上下晃动二十次，提手根部不开线、不变形。
五、验收记录。验收人员如实填写验收单，发现不合格的，拍照留存并通知供货方限期更换。
""",
    ),
    dict(
        slug="snapshot-xunzhi-police-notice-seatbelt-checks",
        site="寻知快照 (invented search cache of 貂溪县公安局's site)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="https://cache.xunzhi.cn/c?u=http%3A%2F%2Fgaj.diaoxi.gov.cn%2Ftzgg%2F8812.html",
        title="关于在城区主干道开展机动车安全带使用情况抽查的通告",
        record_title="〔网页留存〕关于在城区主干道开展机动车安全带使用情况抽查的通告 - 貂溪县公安局",
        date="2025-09-05",
        notes="search cache frame: a capture banner with the crawl time, highlighted search terms inside the body (visible text unchanged), the original page's own chrome below; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔网页留存〕关于在城区主干道开展机动车安全带使用情况抽查的通告 - 貂溪县公安局</title>
<style>.hl{background:#ff0}</style>
</head>
<body>
<div class="cache-banner">
<p>⟦d 这是寻知保存的网页副本，抓取于 2025年9月11日 03:18:46；原网页可能已经改变。⟧</p>
<p>⟦a 查看原网页⟧ ⟦a 只看文字⟧</p>
<p>⟦m 已标出的搜索词：安全带 抽查⟧</p>
</div>
<div class="orig">
<div class="gov-head">⟦m 貂溪县公安局 · 平安貂溪⟧</div>
<div class="gov-nav">⟦m 首页 警务公开 通知公告 办事服务 警民互动⟧</div>
<h1>{T}</h1>
<div class="gov-info">⟦m 来源：县公安局交警大队　发布日期：2025-09-06⟧</div>
<div class="gov-text">
{BODY}
</div>
<div class="gov-foot">⟦m 貂溪县公安局 主办　报警求助：110⟧</div>
</div>
</body>
</html>
""",
        date_also=["2025-09-06"],
        body="""
为进一步规范驾驶人和乘车人使用安全带，预防和减少道路交通事故伤亡，县公安局交警大队定于2025年9月10日至12月31日在城区主干道开展机动车安全带使用情况抽查。现通告如下：
一、抽查路段为人民路、环城北路、貂溪大道及各学校周边道路。
二、抽查采取路面检查和电子监控抓拍相结合的方式。对驾驶人、乘车人未按规定使用安全带的，依法予以处罚，并通过媒体曝光典型案例。
三、请各运输企业、驾驶人培训学校加强对驾驶人的教育，提醒乘车人上车后系好安全带。
特此通告。
貂溪县公安局
2025年9月5日
""",
    ),
    dict(
        slug="snapshot-textcache-metrology-free-level-calibration",
        site="搜得快照·文字版 (invented text-only search cache of 蘧阳县计量检定测试所's site)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kz.soude.cn/text?url=http%3A%2F%2Fwww.qyjiliang.cn%2Fnews%2F318.html",
        title="关于为建筑施工企业免费检定水平仪的通知",
        date="2025-05-16",
        date_also=["2025-05-17"],
        notes="a text-only cache with the record's own title: capture line, highlight line and the original site's own chrome; the notice's own 联系人/电话 beside the institute's switchboard; 成文日期 expected, the original page's 发布时间 also accepted (the crawl stamp is no date)",
        page="""
!d 【搜得·文字快照】本页为 2025-05-24 14:02 抓取的纯文字版本，原页面可能已更新
!a 返回原网页　·　带图片查看
!m 快照命中词：水平仪 检定
!m 蘧阳县计量检定测试所
!m 首页 → 新闻公告
{T}
!m 发布时间：2025-05-17　点击：61
{BODY}
!m 所总机：0738-5210900　地址：蘧阳县计量大楼
""",
        indent="\u3000\u3000",
        body="""
各建筑施工企业：
为帮助企业提高施工测量质量，我所决定在“5·20世界计量日”期间为县内建筑施工企业免费检定水平仪。现将有关事项通知如下：
一、检定范围。气泡水平尺、框式水平仪、条式水平仪，每家企业不超过20台。
二、检定时间。5月20日至6月20日，每周一至周五上午8:30至11:30。
三、送检要求。送检水平仪应擦拭干净，附送检清单一份，注明器具名称、规格和出厂编号；检定合格的出具检定证书，不合格的告知原因。
联系人：邵明川，电话：0738-5210936。
蘧阳县计量检定测试所
2025年5月16日
""",
    ),
    dict(
        slug="print-xichuan-bulletin-classified-briefcase-footer",
        site="犀川县机关事务服务中心 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jgsw.xichuan.gov.cn/print.jsp?id=5517",
        title="关于机关工作人员携带涉密文件情况专项检查的通报",
        record_title="（打印版本）关于机关工作人员携带涉密文件情况专项检查的通报 ◆ 犀川县机关事务服务中心",
        date="2025-11-14",
        notes="a print view calling window.print(): print/close buttons, the printing time, a print footer ⍉ 第1页／共1页 ⍉ closing the page; a bulletin on briefcases for classified papers with 抄送 and 印发 lines; 文号 line neutral; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>（打印版本）关于机关工作人员携带涉密文件情况专项检查的通报 ◆ 犀川县机关事务服务中心</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕〔关闭本窗口〕⟧</div>
<div class="print-head">⟦m 犀川县机关事务服务中心 · 打印页⟧</div>
<h2>{T}</h2>
<p class="wh">犀机事〔2025〕31号</p>
<div class="print-body">
{BODY}
</div>
<div class="print-time">⟦m 打印于：2025-11-20 09:41⟧</div>
<div class="print-foot">⟦p ⍉ 第1页／共1页 ⍉⟧</div>
</body>
</html>
""",
        body="""
县直各单位：
10月下旬，县机关事务服务中心会同县保密机要局，对县直23个单位工作人员外出携带涉密文件的情况进行了专项检查。现将有关情况通报如下。
一、总体情况。大多数单位能够按规定使用带锁公文包携带涉密文件，做到专包专用、包不离身。
二、存在问题。检查发现，3个单位有工作人员用普通手提袋装涉密文件外出；2个单位的带锁公文包钥匙由多人共用；1名工作人员在餐馆就餐时将公文包放在邻桌座位上。
三、工作要求。各单位要为需要外出携带涉密文件的人员配备带锁公文包，建立领用登记制度；携带涉密文件外出原则上两人同行，途中不得进入与工作无关的场所。
犀川县机关事务服务中心
2025年11月14日
抄送：县委保密委员会办公室。
犀川县机关事务服务中心办公室　2025年11月14日印发
""",
    ),
    dict(
        slug="print-anju-notice-fire-lane-doormats-footer",
        site="麈湖安居物业服务有限公司 (invented, print view as text)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zhanju-wy.com/print/notice/2025/118",
        title="关于清理消防通道门垫及杂物的通知",
        record_title="打印 ▷ 关于清理消防通道门垫及杂物的通知 ▷ 麈湖安居物业",
        date="2025-12-02",
        notes="a print view as text: print-view head and printing-time lines, the property's duty line beside the notice's own 联系电话, a print footer — 1 ⌵ 1 — closing it; 成文日期",
        page="""
!m 麈湖安居物业 · 打印预览
!a 【打印】【返回】
{T}
!m 打印时间：2025-12-05 16:22
{BODY}
!m 物业24小时客服：0736-2207788
!p — 1 ⌵ 1 —
""",
        indent="\u3000\u3000",
        body="""
尊敬的业主：
近期消防检查发现，本小区部分楼栋消防通道和楼梯前室堆放了门垫、鞋架和纸箱，个别住户在防火门下塞门垫，导致防火门无法自动关闭。根据消防安全有关规定，现通知如下：
1.请业主于12月10日前清理本户门前通道的杂物，门垫不得伸入楼梯前室和消防通道。
2.防火门下严禁塞门垫、木楔等物品，防火门应保持常闭。
3.12月11日起，物业将会同社区进行巡查，逾期未清理的，物业将拍照留存后统一清理。
联系电话：0736-2207615（物业服务中心）
麈湖安居物业服务有限公司犀锦苑项目部
2025年12月2日
""",
    ),
    dict(
        slug="mail-yunxiang-letter-custom-teacups-webmail-attachbar",
        site="云享企业邮 (invented webmail, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yunxiangmail.cn/read?mid=ZX2025091500871",
        title="关于定制会议用茶杯的函",
        record_title="转发：关于定制会议用茶杯的函",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="webmail reading view: forwarded header with 发件人/收件人/抄送/时间, an attachment bar with file sizes beside the letter's own 附件 list, the letter's own 联系人/电话/邮箱; 成文日期 expected, the mail's send date also",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>云享企业邮 - 读信</title>
<script src="/js/mail-read.js"></script>
</head>
<body>
<div class="mail-top">⟦m 云享企业邮⟧ ⟦m 窑口瓷业销售部 xiaoshou@yaokouci.com⟧ ⟦a 退出⟧</div>
<div class="mail-tools">⟦a 回复 ｜ 回复全部 ｜ 转发 ｜ 删除 ｜ 标记为 ▾⟧</div>
<div class="mail-subject">⟦t 转发：关于定制会议用茶杯的函⟧</div>
<div class="mail-head">
<p>⟦m 发件人：卞晓薇 &lt;bianxw@yaokouci.com&gt;⟧</p>
<p>⟦m 收件人：销售部 &lt;xiaoshou@yaokouci.com&gt;⟧</p>
<p>⟦m 时　间：2025年9月15日（星期一）上午10:06⟧</p>
</div>
<div class="mail-body">
<p>各位：客户来函转给大家，请销售部周三前报打样方案。</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：犀川县会议中心综合办公室 &lt;xchyzx@163.com&gt;⟧</p>
<p>⟦m 发送时间：2025年9月12日 16:40⟧</p>
<p>⟦m 主题：关于定制会议用茶杯的函⟧</p>
{BODY}
</div>
<div class="attach-bar">
<p>⟦a 附件 2 个（共 1.8 MB）　全部打包下载⟧</p>
<p>⟦a 茶杯样式要求.docx　36 KB　预览 ｜ 下载⟧</p>
<p>⟦a 会议中心标识文件.pdf　1.7 MB　预览 ｜ 下载⟧</p>
</div>
<div class="mail-foot">⟦d 邮件已通过云享反病毒扫描⟧</div>
</body>
</html>
""",
        body="""
犀川县窑口瓷业有限公司：
我中心会议室目前仍使用一次性纸杯。为落实节约型机关建设要求，我中心拟定制一批印有会议中心标识的带盖陶瓷茶杯，替代一次性纸杯。经了解，贵公司生产的白瓷茶杯质量较好，现商请贵公司提供定制服务，具体事项如下：
一、定制数量为带盖白瓷茶杯300只，容量约350毫升，杯身外侧印会议中心标识，杯内壁不施彩。
二、请贵公司于9月25日前提供样杯2只及报价，并附铅、镉溶出量检测报告。
三、交货时间为11月15日前，交货地点为犀川县会议中心。
联系人：单文洁，电话：0834-6608213，邮箱：xchyzx@163.com。
附件：1.茶杯样式要求
2.会议中心标识文件
犀川县会议中心综合办公室
2025年9月12日
""",
    ),
    dict(
        slug="mail-text-fwd-supervision-notice-level-recheck-wrap72",
        site="forwarded mail, as text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://inbox/2025-04-28/fwd-jianli-0417",
        title="关于对在用水平仪进行复检的通知",
        record_title="Fwd: 关于对在用水平仪进行复检的通知",
        date="2025-04-25",
        date_also=["2025-04-28"],
        notes="a forwarded mail as text, the body hard-wrapped at 72 columns: outer and inner mail headers, a forward note, a signature block and a mail-client footer; the notice's own 联系人/电话 and 抄送 line; 成文日期 expected, the forwarding date also",
        page="""
!m 发件人: 韦一鸣 <weiym@zhuan-zs.com>
!m 发送时间: 2025年4月28日 星期一 08:52
!m 收件人: 二项目部全体 <xm2@zhuan-zs.com>
!t 主题: Fwd: 关于对在用水平仪进行复检的通知
各班组长：监理的通知转给大家，周四前把水平仪交到库房。
!m -------- 原始邮件 --------
!m 发件人: 麈湖恒信工程监理有限公司 <hengxin_jl@126.com>
!m 日期: 2025年4月25日 17:31
!m 主题: 关于对在用水平仪进行复检的通知
{BODY}
--
!m 韦一鸣 | 筑安装饰 二项目部 技术负责人
!m 手机 186 7364 2209
!d 此邮件从筑安装饰邮件系统发出，内容仅供收件人使用
""",
        wrap=72,
        indent="",
        body="""
筑安装饰二项目部：
近期我司在犀锦苑小区精装修工程巡查中发现，部分楼层地砖平整度偏差超过允许范围，经现场复核，与班组使用的水平仪零位偏差有关。为保证后续施工质量，现要求如下：
一、请项目部于5月6日前对现场在用的全部水平仪进行复检，复检可送有资质的计量机构，也可由项目部用标准平板按调头法自检并做好记录。
二、复检不合格的水平仪立即停用，贴上停用标识并退出现场。
三、复检记录请于5月7日前报监理部，我部将随机抽取不少于5台进行现场比对。
联系人：郝志平，电话：0736-2280354。
麈湖恒信工程监理有限公司犀锦苑项目监理部
2025年4月25日
抄送：犀锦苑小区项目建设单位工程部。
""",
    ),
]
