"""holdout378, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.

Invented text (sites, places, people, numbers, URLs, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-xunzhi-bunker-rake-entry-infobox-refs",
        site="寻知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.xunzhi.com/item/沙坑耙/60217",
        title="沙坑耙",
        record_title="沙坑耙（高尔夫球场养护用具）- 寻知百科",
        date=None,
        notes="an entry with 阅读/编辑/讨论 tabs, an infobox, a contents box and reference markers glued after 。; the "
        "entry name opens the body (head); an edit-section link glued to a heading; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>沙坑耙（高尔夫球场养护用具）- 寻知百科</title>
<script src="/static/xz/lemma.js"></script></head>
<body>
<div class="xz-top">⟦m 寻知百科　求知路上的一盏灯⟧　<a>⟦a 个人中心⟧</a>　<a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 词条正文⟧ ⟦a 修改本词条⟧ ⟦a 讨论区⟧ ⟦a 修订记录⟧</div>
<div class="lemma">
<h1>{T}</h1>
<div class="polysemant">⟦m 高尔夫球场养护用具⟧</div>
<div class="infobox"><dl><dt>⟦m 中文名⟧</dt><dd>⟦m 沙坑耙子⟧</dd><dt>⟦m 外文名⟧</dt><dd>⟦m bunker rake⟧</dd><dt>⟦m 用　途⟧</dt><dd>⟦m 平整沙坑沙面⟧</dd><dt>⟦m 常见材质⟧</dt><dd>⟦m 塑料耙头、铝合金或玻璃钢手柄⟧</dd></dl></div>
<div class="catalog">⟦l 目录　1 简介　2 结构　3 摆放方式　4 使用礼仪⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《球场草坪养护技术手册》，慈湾体育出版社⟧</p><p>⟦l [2] 愉湖高尔夫球会草坪部：沙坑养护作业规程⟧</p></div>
<div class="lemma-stat">⟦m 浏览次数：8,614　编辑次数：11次　最近更新：愉湖草坪人⟧</div>
</div>
<div class="xz-foot">⟦d 寻知百科内容由网友共同编辑，如需专业意见请咨询相关人士⟧　⟦m ©2025 寻知百科⟧</div>
</body></html>
""",
        body="""
沙坑耙是高尔夫球场用来平整沙坑沙面的专用工具，由耙头和长柄组成，一般放置在沙坑边缘，供球员击球后和养护工日常作业时使用。⟦m [1]⟧
结构⟦a [修改此段]⟧
常见的沙坑耙耙头宽40至70厘米，多用工程塑料制成，一侧为耙齿、一侧为平板，耙齿用来松动和梳理沙面，平板用来抹平表面。手柄长1.2至1.8米，材质有铝合金、玻璃钢和木质等，颜色多为白色或黄色，便于在草坪上识别。
摆放方式
各球场对沙坑耙的摆放位置要求不一。有的球场规定放在沙坑外侧，手柄与球道方向平行，以减少对球滚动的影响；有的球场则规定放在沙坑内靠边处，以免影响割草作业。具体以球场的本地规则为准。⟦m [2]⟧
使用礼仪
球员出沙后，应从沙坑较低的一侧退出，边退边用沙坑耙把自己留下的脚印和击球痕迹耙平，最后把沙坑耙放回原位。按照通行的规则，沙坑耙属于可移动妨碍物，球员可以在击球前将其移开而不受处罚。
""",
    ),
    dict(
        slug="wiki-qa-why-salute-21-guns-record-title",
        site="寻知百科·知识问答 (invented encyclopaedia Q&A)",
        style="百科问答",
        genre="知识问答",
        kind="other",
        form="text",
        source="https://baike.xunzhi.com/wenda/1190327",
        title="礼炮为什么要鸣放21响？",
        date=None,
        notes="record title as is (a question); an encyclopaedia-style answer; years in the text are no date; counters "
        "and a helpful-vote row",
        page="""
!m 寻知百科 › 知识问答 › 历史文化
{T}
!m 寻知知识团认证回答　·　浏览 2.3万　·　5 个月前更新
{BODY}
!a 这个回答对你有帮助吗？　有帮助（1,204）　没帮助（31）
!l 延伸问题：开国大典上的礼炮是从哪里来的？｜礼炮和烟花有什么不同？
!d 知识问答内容仅供参考，欢迎在讨论区指正
!m 寻知百科 xunzhi.com
""",
        body="""
鸣放礼炮是国际上通行的一种礼仪，起源于早期的海上交往。当时的军舰驶入他国港口时，会把炮膛里的炮弹打空，表示没有敌意，这种做法后来逐渐演变成鸣炮致敬的礼节。
至于为什么是21响，比较流行的说法与英国海军的惯例有关。早年英国规定舰船鸣炮致敬时响数不超过7响，而岸上炮台因火药充足，可以鸣放舰船的三倍，也就是21响。久而久之，21响成为最高规格的礼炮，用于欢迎国家元首等最隆重的场合。
不同的场合，礼炮的响数也不一样。一般来说，欢迎国家元首鸣放21响，欢迎政府首脑鸣放19响。我国在1949年开国大典上，54门礼炮齐鸣28响，寓意中国共产党从成立到新中国诞生走过了28年的历程，这是一个特殊的安排。
如今，各国的礼炮多使用专门的礼炮弹，只发出声响、不装弹头，既庄重又安全。
""",
    ),
    dict(
        slug="netdisk-suishencang-signin-board-spec-wps",
        site="随身仓网盘 (invented cloud drive)",
        style="网盘分享",
        genre="规范",
        kind="other",
        form="html",
        source="https://pan.suishencang.com/s/1kQz8VxT3p",
        title="聪岭县会展中心会议签到板制作与摆放规范",
        record_title="聪岭县会展中心会议签到板制作与摆放规范.wps",
        date="2025-02-10",
        notes="file-name record title; a cloud-drive preview with save/download buttons, VIP speed prompts and share "
        "stamps (no dates); numbered clauses; the centre's signature date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>聪岭县会展中心会议签到板制作与摆放规范.wps_免费高速下载｜随身仓网盘</title>
<script src="//static.suishencang.com/pan/share.js"></script></head>
<body>
<div class="pan-top">⟦m 随身仓网盘 · 文件随身带⟧　<a>⟦a 登录⟧</a>　<a>⟦a 开通超级仓⟧</a></div>
<div class="share-info"><h2>{T}</h2>
<p>⟦m 分享者：会展小钟　分享于 3 天前　有效期：永久⟧</p>
<p>⟦m 文件大小：52.6KB　浏览 213 次　保存 19 次⟧</p></div>
<div class="share-btns"><a>⟦a 保存到我的随身仓⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 超级仓极速下载⟧</a></div>
<div class="preview-tip">⟦a 在线预览仅显示前3页，完整内容请下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级仓，下载速度提升10倍，首月仅需6元⟧</div>
<div class="report">⟦a 举报此分享⟧</div>
<div class="pan-foot">⟦d 随身仓网盘严禁存储、分享违法违规内容⟧　⟦m ©2025 随身仓　京ICP备21013395号⟧</div>
</body></html>
""",
        body="""
为统一会展中心承接会议的签到板制作和摆放标准，提升会务服务形象，制定本规范。
一、适用范围。本规范适用于会展中心各会议厅、报告厅承接的各类会议、论坛和推介活动。
二、制作标准。1. 签到板尺寸分为2.4米×1.2米和1.8米×0.9米两种，按参会人数选用，100人以下使用小号，100人以上使用大号。2. 框架统一采用铝合金材质，板面使用5毫米白色雪弗板，表面覆哑光膜，防止反光和签字笔打滑。3. 板面上方三分之一用于印制会议名称、主办单位和会议日期，下方三分之二留作签名区。
三、摆放要求。1. 签到板应摆放在会场入口一侧，距入口不少于3米，不得遮挡消防通道和安全出口标志。2. 每块签到板配备签字笔不少于15支，设签到桌一张。3. 签到板底座须加配重块，室外使用时风力超过4级应收回室内。
四、回收保管。会议结束后，签到板由主办单位带走的，办理交接登记；不带走的，由会展中心保存30天后统一处理。
聪岭县会展中心
2025年2月10日
""",
    ),
    dict(
        slug="netdisk-suishencang-placard-guide-pdf-markers-alone",
        site="随身仓网盘 (invented cloud drive, text export)",
        style="网盘分享",
        genre="指引",
        kind="other",
        form="text",
        source="https://pan.suishencang.com/s/7mWe2RcL0b?preview=txt",
        title="慈湾半程马拉松观赛手举牌设计与制作指引",
        record_title="慈湾半程马拉松观赛手举牌设计与制作指引.pdf",
        date="2025-03-25",
        notes="file-name record title; a cloud drive's text preview cut by page markers on lines of their own; the "
        "organising committee's signature date",
        page="""
!m 随身仓网盘 › 分享文件预览（文本模式）
!m 文件名：慈湾半程马拉松观赛手举牌设计与制作指引.pdf　｜　4 页　｜　1.1MB
!m 分享人：慈湾跑团小韦　｜　今天 08:40 分享
!a 保存到我的随身仓　　下载原文件
{T}
{BODY}
!a 文本预览由系统自动转换，排版可能与原文件不同
!a 超级仓会员可在线查看原始排版
!m 随身仓 suishencang.com
""",
        pages=dict(fmt="⨚ {n} ⨚", every=130, start=2),
        body="""
为鼓励市民文明观赛、安全举牌，组委会对观赛手举牌的设计和制作提出以下指引，供各观赛点、跑团和市民参考。
一、材质。手举牌板面建议使用KT板、瓦楞纸板或轻质PVC板，厚度不超过8毫米；手柄使用木质或塑料圆杆，不使用金属杆、竹签和带尖头的杆子。
二、尺寸。板面不超过60厘米×45厘米，整牌重量不超过500克，手柄长度不超过1米，以免遮挡后排观众视线。
三、内容。牌面文字建议不超过12个字，字体要大、颜色对比要强，便于跑者在奔跑中看清；不得出现商业广告和不文明用语。
四、举牌方式。观赛时请站在隔离带以外，举牌高度不超过头顶，不将手举牌伸入赛道，不在补给站和医疗点附近聚集举牌。
五、回收。赛后可将手举牌投入各观赛点的回收箱，组委会将统一清洁后再次利用。
2025慈湾半程马拉松组委会办公室
2025年3月25日
""",
    ),
    dict(
        slug="snapshot-wenqu-salute-notice-capture-banner-record-date",
        site="问渠搜索快照 (invented search cache) of 伦港区人民政府",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="https://cache.wenqu.so/c?u=http%3A%2F%2Fwww.lungang.gov.cn%2Ftzgg%2F202501%2Ft20250115_5521.html",
        title="伦港区烟花爆竹禁放工作领导小组办公室关于婚庆等活动中礼炮燃放的通告",
        record_title="伦港区烟花爆竹禁放工作领导小组办公室关于婚庆等活动中礼炮燃放的通告_伦港区人民政府（问渠快照）",
        record_date="2025-01-15",
        date="2025-01-15",
        notes="record date; a snapshot frame with a capture banner, highlighted search terms and the cached portal's "
        "chrome; capture stamp is no date",
        page="""
<html><head><meta charset="utf-8"><title>伦港区烟花爆竹禁放工作领导小组办公室关于婚庆等活动中礼炮燃放的通告_伦港区人民政府（问渠快照）</title>
<style>.hl{background:#ffef8a}</style></head>
<body>
<div class="snap-banner" style="border:1px solid #ccc;background:#f6f6f6">
<p>⟦d 这是问渠搜索对 http://www.lungang.gov.cn/tzgg/202501/t20250115_5521.html 的快照，是该网页在问渠抓取时的样子。⟧</p>
<p>⟦m 快照抓取于：2025-02-03 04:16:55⟧</p>
<p>⟦m 以下搜索词已高亮显示：<span class="hl">礼炮</span> <span class="hl">婚庆</span>⟧</p>
<p>⟦a 问渠不对网页内容负责　查看原网页⟧</p></div>
<div class="cached">
<div class="gov-head">⟦m 慈湾市伦港区人民政府⟧</div>
<div class="gov-nav">⟦m 首页⟧ ⟦m 政务公开⟧ ⟦m 政务服务⟧ ⟦m 互动交流⟧ ⟦m 走进伦港⟧</div>
<div class="gov-pos">⟦m 当前位置：首页 > 政务公开 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="gov-info">⟦m 发布时间：2025-01-15　来源：区禁放办　字号：[大 中 小]⟧</div>
<div class="gov-text">
{BODY}
</div>
<div class="gov-foot">⟦m 伦港区人民政府办公室主办　网站标识码4301120021⟧</div>
</div>
</body></html>
""",
        body="""
为减少燃放礼炮带来的安全隐患和环境污染，根据《慈湾市烟花爆竹燃放安全管理规定》，现就本区婚庆、开业等活动中礼炮燃放有关事项通告如下：
一、本区禁放区域内，任何单位和个人不得在婚庆、开业、乔迁等活动中燃放礼炮、彩带礼炮等烟花爆竹类产品。
二、鼓励使用电子礼炮等不含火药的替代产品。全区各新时代文明实践站提供电子礼炮免费借用服务。
三、酒店、婚庆公司不得为客户提供或代为燃放礼炮类烟花爆竹产品，不得在服务合同中约定燃放礼炮。
四、违反本通告规定的，由公安机关依法予以处罚。
五、本通告自发布之日起施行。
举报电话：0736-2345110（区禁放办）。
伦港区烟花爆竹禁放工作领导小组办公室
2025年1月15日
""",
    ),
    dict(
        slug="snapshot-wenqu-text-signin-board-rental-oneline",
        site="问渠搜索 文字快照 (invented search cache) of 愉湖会议中心",
        style="搜索快照",
        genre="须知",
        kind="other",
        form="text",
        source="https://cache.wenqu.so/t?u=http%3A%2F%2Fwww.yuhuhyzx.com%2Ffw%2Fqdb.html",
        title="愉湖会议中心签到板租用须知",
        date=None,
        notes="record title as is; a text-only cache with the whole body on one line; the snapshot stamp is no date",
        page="""
!d 【问渠文字快照】本页为 www.yuhuhyzx.com/fw/qdb.html 的纯文字版本，图片和样式已去除。
!m 快照时间 2025-05-02 06:13　｜　问渠搜索
!m 愉湖会议中心 > 会务服务 > 设备租用
{T}
{BODY}
!m 预订电话：0736-2260888　地址：愉湖体育公园北门
!l 会务服务：会议室预订｜投影音响租用｜茶歇服务
!m © 愉湖会议中心
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
本中心为在中心举办会议、论坛、发布会的客户提供签到板租用服务，相关事项说明如下。
签到板有两种规格：大号2.4米×1.2米，每块每天租金180元；小号1.8米×0.9米，每块每天租金120元。租金含铝合金框架、配重底座和签到桌一张，签字笔由客户自备。
客户需提前3天预订，并提供板面设计稿；中心可代为喷绘板面，喷绘费按实际面积另计。
签到板由中心工作人员负责安装和拆除，客户不得自行移动，如需调整位置请联系现场服务人员。
因客户原因造成签到板框架变形或损坏的，按维修费用照价赔偿。
""",
    ),
    dict(
        slug="print-yuhu-park-practice-bunker-rules-window-print",
        site="愉湖体育公园管理处 (invented, print view)",
        style="打印页",
        genre="须知",
        kind="other",
        form="html",
        source="http://www.yuhupark.cn/gl/xuzhi/55.html?print=1",
        title="愉湖体育公园高尔夫练习场沙坑使用须知",
        record_title="〖纸质版预览〗愉湖体育公园高尔夫练习场沙坑使用须知 · 愉湖体育公园",
        date=None,
        notes="a print view calling window.print(); numbered articles; a print stamp (no date) and a print footer in a "
        "form of my own",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖纸质版预览〗愉湖体育公园高尔夫练习场沙坑使用须知 · 愉湖体育公园</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint">⟦a 🖨 立即打印　✕ 关闭预览⟧</div>
<div class="print-head">⟦m 愉湖体育公园管理处　www.yuhupark.cn⟧</div>
<div class="print-meta">⟦m 本页打印于 2025-06-18 10:02　打印人：访客⟧</div>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-url">⟦m 原文链接：http://www.yuhupark.cn/gl/xuzhi/55.html⟧</div>
<div class="print-foot">⟦p ≎ 第1页 共1页 ≎⟧</div>
</body></html>
""",
        body="""
一、练习场设沙坑练习区3处，开放时间为每日7:00—19:00，遇雨天或沙坑积水时暂停开放。
二、进入沙坑练习前，请先在服务台登记并领取练习球，每人每次练习时间不超过40分钟。
三、请从沙坑较低的一侧进出，不要踩踏沙坑边缘的草坡。
四、每次练习结束后，请使用沙坑边放置的沙坑耙将沙面耙平，并将沙坑耙放回原处，耙头朝外平放。
五、沙坑耙仅限平整沙面使用，请勿用来撑地、敲击或挥舞，损坏的请告知服务台。
六、儿童须在成人或教练陪同下进入沙坑练习区。
七、本须知由愉湖体育公园管理处负责解释。
""",
    ),
    dict(
        slug="print-lungang-arch-inspection-bulletin-print-footer",
        site="伦港区城市管理和综合执法局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://cgj.lungang.gov.cn/gzdt/202410/t20241014_3092.html?print",
        title="伦港区城市管理和综合执法局关于国庆期间气拱门专项检查情况的通报",
        record_title="便于打印 ⇢ 伦港区城市管理和综合执法局关于国庆期间气拱门专项检查情况的通报",
        date="2024-10-12",
        date_also=["2024-10-14"],
        notes="a print view as text: a print stamp (no date), the 发布日期 that differs from the signature date, a table "
        "and a print footer in a form of my own",
        page="""
!m 伦港区城市管理和综合执法局　打印版
!m 打印时间：2024-10-15 16:48
!t 便于打印 ⇢ 伦港区城市管理和综合执法局关于国庆期间气拱门专项检查情况的通报
{T}
!m 发布日期：2024-10-14　信息来源：市容环境科
{BODY}
!m 本文地址：http://cgj.lungang.gov.cn/gzdt/202410/t20241014_3092.html
!p ⊯ 1／1 ⊯
""",
        indent="\u3000\u3000",
        body="""
各街道办事处，局属各中队：
国庆假期期间，我局组织对全区商业街区、广场和主要道路两侧设置的气拱门开展了专项检查。现将检查情况通报如下：
一、检查总体情况
10月1日至7日，共出动执法人员186人次，检查气拱门72座，其中经审批设置的51座，未经审批设置的21座；发现固定措施不到位的19座，鼓风机线路私拉乱接的8处。
二、各街道检查情况
街道　检查数量（座）　未经审批（座）　已整改（座）
湖滨街道　24　6　6
学府街道　17　5　5
会展街道　20　7　6
港湾街道　11　3　3
三、存在的问题
个别商户存在侥幸心理，节前审批到期后未及时撤收；部分庆典公司搭设后无人看护，10月4日大风期间有2座气拱门发生偏移。
四、工作要求
各街道要将气拱门纳入日常巡查，对会展街道尚未整改的1处，于10月18日前督促整改到位。
伦港区城市管理和综合执法局
2024年10月12日
""",
    ),
    dict(
        slug="mail-gongchuanjiaoyu-placard-order-letter-docx-attachment",
        site="恭川教育邮 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.gcedu.cn/read?mid=AG2024092309a7",
        title="关于商请制作校运会入场式手举牌的函",
        record_title="转自体育组：关于商请制作校运会入场式手举牌的函.docx",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="a webmail reading view with a forwarded header and an attachment bar; file-name subject; the letter's own "
        "附件 line beside the mail's attachment bar; the school's contact, phone and mailbox; send date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转自体育组：关于商请制作校运会入场式手举牌的函.docx - 恭川教育邮</title>
<script src="/webmail/js/read.js"></script></head>
<body>
<div class="wm-top">⟦m 恭川教育邮 mail.gcedu.cn⟧　⟦m 曹善文&lt;caoshanwen@gcedu.cn&gt;⟧　<a>⟦a 退出邮箱⟧</a></div>
<div class="wm-left">⟦l 收件箱(3)⟧ ⟦l 草稿箱⟧ ⟦l 已发送⟧ ⟦l 已删除⟧</div>
<div class="wm-toolbar">⟦a 回复 回复全部 转发 删除 标为未读⟧</div>
<div class="wm-head">
<p>⟦m 主题：转自体育组：关于商请制作校运会入场式手举牌的函.docx⟧</p>
<p>⟦m 发件人：贞阳县第一中学办公室&lt;zy1zbgs@gcedu.cn&gt;⟧</p>
<p>⟦m 收件人：恭川彩印标识有限公司&lt;gccy2004@163.com&gt;⟧</p>
<p>⟦m 时　间：2024年9月23日（星期一）上午10:16⟧</p>
</div>
<div class="wm-fwd">⟦m -------- 转发的邮件 --------⟧<br>⟦m 原发件人：韦慈丽（体育组）　原主题：手举牌的函⟧</div>
<div class="wm-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-attach">⟦a 📎 附件（2个）：关于商请制作校运会入场式手举牌的函.docx（22KB）　手举牌样式及数量清单.xlsx（11KB）　全部下载⟧</div>
<div class="wm-foot">⟦d 本邮件由恭川教育邮发送，请注意识别诈骗邮件⟧</div>
</body></html>
""",
        body="""
恭川彩印标识有限公司：
我校定于2024年10月16日至17日举行第十二届田径运动会，开幕式设入场式环节，需制作手举牌46块。经比较，贵公司去年为第五届湾区博览会制作的手举牌质量较好，特商请贵公司承担本次制作任务。具体要求如下：
一、规格：板面采用5毫米PVC板，尺寸60厘米×40厘米，双面彩印；手柄为木质圆杆，长1米，边角打磨成圆角。
二、内容：各班班名及口号，样式和数量详见附件。
三、时间：请于9月30日前报价，10月12日前交货到校。
请贵公司收到本函后及时回复。
联系人：韦慈丽，电话：0739-4471032，邮箱：weicili@gcedu.cn。
附件：手举牌样式及数量清单
贞阳县第一中学
2024年9月20日
""",
    ),
    dict(
        slug="mail-forwarded-signin-board-request-wrapped-text",
        site="慈湾政务邮 (invented mail system, forwarded as plain text)",
        style="邮件转发",
        genre="请示",
        kind="notice",
        form="text",
        source="mailto:tzcjzx@congling.gov.cn?mid=20250227-0931",
        title="关于购置会议签到板及配套展架的请示",
        record_title="FWD｜请审阅｜关于购置会议签到板及配套展架的请示",
        date="2025-02-26",
        date_also=["2025-02-27"],
        notes="a mail forwarded as plain text: mail headers and a forward note above the document, hard-wrapped at 66 "
        "columns with blank lines between paragraphs; the mail's send date differs from the 请示's date (in Chinese numerals)",
        page="""
!m 发件人：聪岭县投资促进中心综合科 <tzcjzx@congling.gov.cn>
!m 收件人：县财政局行政政法股 <czj_xzzf@congling.gov.cn>
!m 发送时间：2025年2月27日 星期四 09:31
!t 主题：FWD｜请审阅｜关于购置会议签到板及配套展架的请示
!m 附件：请示扫描件.pdf (1.3MB)
!w 林股长：请示原件已报县政府，先发电子版请贵股提前审阅，有问题请打综合科电话 0736-5830217。
!m ---------- 以下为转发内容 ----------
{T}
{BODY}
!d 此邮件由慈湾政务邮系统发出，仅供工作使用，请勿外传。
!m 慈湾政务邮 · 聪岭县节点
""",
        wrap=66,
        gap=True,
        body="""
县人民政府：
我中心承担全县招商推介、项目签约等活动的会务保障工作。目前使用的会议签到板购置于2016年，共6块，框架多处变形，板面发黄起皮，已难以满足重要活动的使用要求。去年以来，我中心承办各类会议和活动41场，其中需要使用签到板的有29场，多次临时向会展公司租用，累计支出租金1.6万元。
为节约经费、提升会务服务水平，我中心拟购置铝合金框架签到板10块（大号6块、小号4块）及配套展架10副，预算共计2.8万元，所需资金从我中心2025年度公用经费中统筹解决。
妥否，请批示。
聪岭县投资促进中心
二〇二五年二月二十六日
""",
    ),
]
