"""holdout159, part F: encyclopaedias, cloud drives, search caches, print views, forwarded mails. Invented text."""

CASES = [
    dict(
        slug="wiki-baike-scrub-typhus-notice-entry-text",
        site="百知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.baizhi.net/item/恙虫病防控通知/1182",
        title="恙虫病防控通知",
        record_title="恙虫病防控通知_百知百科",
        date=None,
        notes="encyclopaedia entry on a notice type; a template placeholder date and an example year are no date; edit links",
        page="""
!m 百知百科
!a 编辑　｜　讨论　｜　收藏　｜　分享
{T}
!m 本词条由“公文写作”科普团队审核　浏览次数：6031　最近更新：2025-10-12
!l 目录　1 概述　2 写作要点　3 范例
{BODY}
!l 词条标签：公文　卫生　传染病
!d 百科词条内容由网友编辑，仅供参考
""",
        body="""
恙虫病防控通知是卫生健康部门在恙虫病流行季节前后，部署防控工作的通知类公文。
写作要点：一般包括疫情形势、防控措施、工作要求三部分，措施应写明灭鼠、野外防护和病例早诊早治等内容。
范例结尾：“××县卫生健康局　20××年×月×日”。
如某地2019年的通知，就专门要求秋收期间下田劳作时扎紧袖口、裤脚。
""",
    ),
    dict(
        slug="wiki-zhiwu-birch-bark-craft-entry-html",
        site="知物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiwubaike.com/wiki/桦树皮制作技艺",
        title="桦树皮制作技艺",
        record_title=None,
        date=None,
        notes="encyclopaedia page; no record title; contents box; no date (reference years only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>桦树皮制作技艺 - 知物百科</title></head>
<body><div class="hd">⟦m 知物百科 · 万物皆可知⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="entry"><h1>{T}</h1>
<div class="tools">⟦a 编辑词条⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="toc">⟦l 目录：1 简介 2 工艺 3 保护⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：《北方民族手工艺图录》⟧</div></div>
<div class="ft">⟦m 知物百科 © 2025⟧　⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧</div>
</body></html>
""",
        body="""
桦树皮制作技艺是我国北方森林民族利用白桦树皮制作生活用品和工艺品的传统技艺。
其工艺主要包括剥皮、蒸煮、压平、裁剪、缝合和压花等环节，可制作桶、盒、碗、船等器物。
该技艺已被列入国家级非物质文化遗产代表性项目名录，多地建立了传习所开展保护传承。
""",
    ),
    dict(
        slug="netdisk-yunbao-hepatitis-e-speech-markers",
        site="云宝网盘分享页 (invented)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://pan.yunbao.cn/s/1qHx8ZkW",
        title="在全县戊型肝炎防控工作培训会上的讲话",
        record_title="在全县戊型肝炎防控工作培训会上的讲话.docx",
        date="2025-04-22",
        notes="cloud-drive preview; file-name record title; date under the speech title; page markers ⌜n⌝ cutting sentences, glued or not",
        page="""
!m 云宝网盘 · 文件分享
!t 在全县戊型肝炎防控工作培训会上的讲话.docx
!m 分享者：yb_2307****　分享时间：2025-05-06　有效期：永久
!a 保存到我的网盘　｜　下载（48KB）　｜　举报
{T}
（2025年4月22日）
{BODY}
!a 预览仅显示前3页，完整内容请下载查看
!d 请勿分享违法违规内容，云宝网盘将依法配合监管
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⌜{n}⌝", every=110, start=2, glue="mix"),
        body="""
同志们：
戊型肝炎主要经粪口途径传播，近年来我县每年报告病例在40例左右，以中老年人为主，春季是高发季节。
下面，我讲三点意见。
一要抓好监测报告。各医疗机构对急性肝炎病例要及时开展戊肝抗体检测，做到应检尽检、及时报告。
二要抓好重点环节。加强农村饮用水卫生监测和餐饮单位监督检查，倡导生熟分开，不吃未煮熟的猪肝等食物。
三要抓好重点人群。对孕妇、慢性肝病患者等重点人群开展健康教育。
同志们，春季防控时间紧、任务重，希望大家学有所用，把各项措施落到实处。
""",
    ),
    dict(
        slug="netdisk-lanyun-adenoid-screening-plan-text",
        site="蓝云盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://lanyunpan.com/share/init?surl=Tq72nX",
        title="2025年玙水县学龄前儿童腺样体肥大筛查工作方案",
        record_title="2025年玙水县学龄前儿童腺样体肥大筛查工作方案.wps",
        date="2025-03-24",
        notes="cloud drive text preview; .wps file name; screening table; the plan's own contact kept",
        page="""
!m 蓝云盘
!m 全部文件 > 共享 > 卫健资料
!t 2025年玙水县学龄前儿童腺样体肥大筛查工作方案.wps
!m 大小：36KB　修改时间：2025-04-01 10:22　分享者：wj****
!a 下载　保存到网盘　用WPS打开
{BODY}
!a 文件预览结束，下载后可编辑完整文档
!m 蓝云盘 © 2025　客服邮箱：help@lanyunpan.com
""",
        body="""
为早期发现学龄前儿童腺样体肥大，减少对儿童睡眠和生长发育的影响，制定本方案。
一、筛查对象：全县幼儿园4至6岁儿童。
二、筛查安排：
乡镇　时间　承担医院
城关镇　4月　县人民医院
其他乡镇　5月至6月　县妇幼保健院
三、工作要求：筛查阳性儿童要告知家长，及时转诊到耳鼻喉科确诊。
联系人：县卫健局妇幼股　欧阳倩　电话：0745-6553107。
玙水县卫生健康局
2025年3月24日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-leopard-cat-notice-html",
        site="快照搜索缓存页 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.kuaizhao-so.com/c?u=http%3A%2F%2Fwww.jianglin.gov.cn%2Flyj%2F2025%2F1106%2F441.html",
        title="关于救护野生豹猫的通告",
        record_title="关于救护野生豹猫的通告 - 快照",
        date="2025-11-06",
        notes="search-cache frame with its banner and snapshot time (not a date); highlight notice; the bureau's own 救护电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于救护野生豹猫的通告 - 快照</title></head>
<body><div class="snap-bar">⟦d 这是 http://www.jianglin.gov.cn/lyj/2025/1106/441.html 的快照，是网页在 2025-12-02 03:14 的存档。当前页面可能已经更改。⟧ <a>⟦a 查看当前网页⟧</a> ⟦m 已高亮显示：豹猫 救护⟧</div>
<hr>
<div class="orig"><div class="site">⟦m 江林县林业局⟧</div>
<div class="loc">⟦m 首页 &gt; 通知公告⟧</div>
<h1>{T}</h1>
<p>⟦m 发布时间：2025-11-06　来源：野生动植物保护股⟧</p>
{BODY}
<div class="ft">⟦m 江林县林业局主办　地址：江林县林业路2号⟧</div></div>
</body></html>
""",
        body="""
近期，我县多个乡镇村民发现误入农舍、受伤的野生豹猫。豹猫为国家二级重点保护野生动物。
一、发现受伤或被困豹猫，请勿自行捕捉、饲养，应立即报告。
二、严禁非法猎捕、收购、出售豹猫及其制品，违者依法追究责任。
野生动物救护电话：0745-2218110（24小时）。
江林县林业局
2025年11月6日
""",
    ),
    dict(
        slug="snapshot-text-pebble-painting-title-glued",
        site="搜搜快照 (invented text cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snap.sousou.cn/?url=www.lichuanwh.cn/tz/2025/62.html",
        title="关于举办枥川县首届河滩石头画创作大赛的通知",
        record_title=None,
        date="2025-08-01",
        notes="text-only cache; no record title; the title printed again glued to the first sentence; cache time not a date",
        page="""
!d 搜搜快照：本页面为2025年9月3日抓取的网页文本快照，与原网页可能不一致
!m 原网址：www.lichuanwh.cn/tz/2025/62.html
!m 枥川县文化馆
{T}
!m 发布时间：2025-08-01
{T}{BODY}
!m 枥川县文化馆 电话：0745-6226210
""",
        body="""
为丰富群众文化生活，县文化馆定于8月至9月举办首届河滩石头画创作大赛。
一、参赛要求：作品以河滩卵石为载体，题材健康向上，每人限报2件。
二、收件时间：9月1日至9月15日，送至县文化馆一楼。
三、奖项设置：设一等奖3名、二等奖6名、三等奖10名。
枥川县文化馆
2025年8月1日
""",
    ),
    dict(
        slug="print-shuili-towpath-restoration-plan-html",
        site="琯溪县文化和旅游局 (invented, print view)",
        style="打印页",
        genre="实施方案",
        kind="plan",
        form="html",
        source="https://wlj.guanxi.gov.cn/print.jsp?id=20251022",
        title="古运河纤道修缮保护实施方案",
        record_title="打印预览 - 古运河纤道修缮保护实施方案",
        date="2025-10-20",
        notes="print view calling window.print(); print footer page marker; decimal headings; the bureau's own contact kept",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 古运河纤道修缮保护实施方案</title>
<script>window.onload=function(){window.print();}</script></head>
<body><div class="noprint">⟦a [打印本页]　[关闭窗口]⟧</div>
<div class="print-head">⟦m 琯溪县文化和旅游局 · 打印版⟧</div>
<h2>{T}</h2>
<p class="src">⟦m 发布日期：2025-10-22　来源：文物保护股⟧</p>
{BODY}
<div class="print-foot">⟦p 第 1 页 ∕ 共 1 页⟧　⟦m https://wlj.guanxi.gov.cn/art/2025/10/22/art_1208_4417.html⟧</div>
</body></html>
""",
        date_also=["2025-10-22"],
        body="""
为保护古运河纤道这一重要文化遗产，制定本方案。
1 修缮范围
1.1 运河东岸纤道3.2公里，其中石板路面2.1公里。
1.2 沿线古桥4座、系缆石17处。
2 修缮原则
坚持“最小干预”，尽量使用原材料、原工艺，不改变文物原状。
3 进度安排
2025年11月开工，2026年6月完工。
联系人：文物保护股　汤文博，电话：0578-3121762。
琯溪县文化和旅游局
2025年10月20日
""",
    ),
    dict(
        slug="print-text-signpost-replacement-notice",
        site="瑄田市交通运输局 (invented, print copy)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.xuantian.gov.cn/col/col812/art/2025/0604/print",
        title="关于更换城区旅游指路牌的通知",
        record_title="〔打印稿〕关于更换城区旅游指路牌的通知",
        date="2025-06-04",
        notes="print copy; decorated record title; print stamp is no date; print footer; 印发 line kept",
        page="""
!m 瑄田市交通运输局
!a 打印　　关闭
{T}
!m 打印时间：2025-06-09 15:47
{BODY}
!p 第1页／共1页
!m 页面地址：http://jtj.xuantian.gov.cn/col/col812/art/2025/0604/
""",
        body="""
各有关单位：
为提升城区旅游服务水平，市交通运输局决定对城区82块旅游指路牌进行更换，增加英文标注和二维码导览。
施工期间请各单位配合做好交通组织，施工单位要设置警示标志，确保行人和车辆安全。
瑄田市交通运输局
2025年6月4日
瑄田市交通运输局办公室　2025年6月4日印发
""",
    ),
    dict(
        slug="mail-fwd-hepatitis-a-canteen-vaccination",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://exmail.hengda-group.com/msg/20250303-1182",
        title="关于组织食堂从业人员接种甲肝疫苗的通知",
        record_title="Fwd: 关于组织食堂从业人员接种甲肝疫苗的通知",
        date="2025-03-03",
        notes="forwarded mail; send header lines; the notice's own 附件 and contact kept; mail signature chrome",
        page="""
!m 发件人：行政部 张慧 <zhanghui@hengda-group.com>
!m 发送时间：2025年3月3日（星期一）16:20
!m 收件人：各分公司综合部
!t 主题：Fwd: 关于组织食堂从业人员接种甲肝疫苗的通知
!a 回复　回复全部　转发　删除
{BODY}
!m ----------
!m 张慧　行政部　分机 8012
!d 本邮件及其附件含有保密信息，仅限指定收件人使用。
""",
        body="""
各分公司：
为预防甲型肝炎，保障员工饮食安全，集团决定组织所有食堂从业人员接种甲肝疫苗。
一、接种时间：3月10日至3月14日。
二、接种地点：各分公司所在地社区卫生服务中心。
三、费用：由集团统一承担。
附件：食堂从业人员接种名单.xlsx
联系人：行政部　张慧，电话：0571-86510233。
集团行政部
2025年3月3日
""",
    ),
    dict(
        slug="mail-reply-silo-inspection-html",
        site="网页邮箱阅读页 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.jinfeng-feed.com/read?mid=20251015-0091",
        title="关于开展饲料筒仓安全专项检查的通知",
        record_title="转发：关于开展饲料筒仓安全专项检查的通知",
        date="2025-10-14",
        date_also=["2025-10-15"],
        notes="webmail reading view with header table and attachment bar; the mail date differs from the 成文日期; 附件 list kept",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于开展饲料筒仓安全专项检查的通知 - 金丰邮箱</title></head>
<body><div class="mail-top">⟦m 金丰邮箱⟧ ⟦a 收信　写信　通讯录⟧</div>
<table class="mail-head"><tr><td>⟦m 发件人：安环部 <anhuan@jinfeng-feed.com>⟧</td></tr>
<tr><td>⟦m 时　间：2025年10月15日 08:41⟧</td></tr>
<tr><td>⟦m 收件人：各生产厂厂长⟧</td></tr>
<tr><td>⟦t 主　题：转发：关于开展饲料筒仓安全专项检查的通知⟧</td></tr></table>
<div class="attach">⟦a 附件（1个）：筒仓检查表.xlsx　下载　预览⟧</div>
<div class="mail-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="mail-op">⟦a 回复　转发　标记为未读　删除⟧</div>
</body></html>
""",
        body="""
各生产厂：
筒仓结块清理、粉尘爆炸是饲料企业的重大风险。为防范事故，公司决定开展饲料筒仓安全专项检查。
一、检查内容：筒仓结构、防爆电器、除尘设施、清仓作业审批。
二、时间安排：10月20日前各厂自查，10月底前公司抽查。
三、进仓清理必须执行有限空间作业审批，严禁单人作业。
附件：饲料筒仓安全检查表
金丰饲料集团安全环保部
2025年10月14日
""",
    ),
]
