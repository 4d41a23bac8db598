"""holdout118, part F: 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="netdisk-xiaoyun-broccoli-html",
        site="小云网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://share.xiaoyunpan.cn/f/8d0e1b",
        title="苘原县西兰花产业合作联社2024年工作总结",
        record_title="苘原县西兰花产业合作联社2024年工作总结.pdf",
        date="2025-01-16",
        notes="cloud-drive HTML preview; file bar and ad; output table; 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>苘原县西兰花产业合作联社2024年工作总结.pdf_免费高速下载|小云网盘</title></head><body>
<div class="bar">⟦m 小云网盘⟧ ⟦a 登录⟧ ⟦a 客户端⟧</div>
<div class="file"><h2>⟦t 苘原县西兰花产业合作联社2024年工作总结.pdf⟧</h2>
<span>⟦m 2025-02-03 10:41 分享　|　大小 1.2M　|　浏览 63⟧</span>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div></div>
<div class="ad">⟦a 开通超级会员，享20T空间⟧</div>
<div class="preview">
{BODY}
</div>
<footer>⟦d 小云网盘仅提供存储服务，文件由用户上传分享。⟧</footer>
</body></html>
""",
        body="""
2024年，联社坚持“统一品种、统一标准、统一销售”，带动社员种植西兰花2.6万亩，实现销售收入1.9亿元。
一、生产情况
季别　面积（亩）　产量（吨）
春茬　11000　16500
秋冬茬　15000　24800
二、主要工作。新建产地预冷库3座，西兰花采后2小时内入库预冷；与两家出口企业签订长期订单，出口量占总销量的31%。
三、存在问题。秋季连阴雨造成部分地块黑腐病发生，损失约800吨。
苘原县西兰花产业合作联社
二〇二五年一月十六日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-sparrow-html",
        site="搜寻网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souxun.com/c?m=9f2a61c0&url=http://lyj.lishui-qu.gov.cn/art/2025/3/12/art_339_1201.html",
        title="关于开展城区麻雀种群数量调查的通知",
        record_title="关于开展城区麻雀种群数量调查的通知",
        date="2025-03-12",
        notes="search-cache frame banner over a bureau page; snapshot stamp is no date; the page's 发布日期 is",
        page="""
<html><head><meta charset="utf-8"><title>关于开展城区麻雀种群数量调查的通知</title></head><body>
<div class="snap">⟦m 这是搜寻网页快照，是网页在 2025年5月2日 03:17 的存档。⟧ ⟦m 当前页面可能已经更改，点击查看当前页面。⟧ ⟦m 以下搜索词已高亮显示：麻雀 调查⟧</div>
<div class="orig">
<div class="top">⟦m 蓠水区林业局⟧</div>
<div class="crumb">⟦m 首页 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-03-12　来源：野生动植物保护站⟧</div>
{BODY}
<div class="ft">⟦m 蓠水区林业局 主办　浙ICP备16020337号⟧</div>
</div></body></html>
""",
        body="""
各街道、各有关单位：
为掌握城区麻雀种群变化情况，我局决定于3月下旬开展城区麻雀种群数量调查。
一、调查方法：采用样线法，在城区设置样线20条，每条长1公里，由调查员在日出后3小时内匀速步行记录。
二、招募志愿者：欢迎市民报名参加，报名者须能识别麻雀等常见鸟类，报名邮箱：yzbh@lishui-ly.cn。
三、注意事项：调查过程中不得捕捉、惊扰鸟类。
蓠水区林业局
2025年3月12日
""",
    ),
    dict(
        slug="snapshot-textcache-firewood-text",
        site="搜寻纯文本快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.souxun.com/t?m=77ab&url=http://www.caohe.gov.cn/zwgk/202411/t20241120_3321.html",
        title="关于林区禁止私自砍伐薪柴的通告",
        record_title=None,
        date="2024-11-20",
        notes="text-only cache; highlight banner; title missing from record; 成文日期",
        page="""
!m 搜寻纯文本快照 — 抓取时间 2025-01-07 11:52:03
!m 原网址：http://www.caohe.gov.cn/zwgk/202411/t20241120_3321.html
!m 提示：本页面为纯文本版本，图片与样式已去除。
!m 槽河乡人民政府　> 政务公开
{T}
{BODY}
!m 槽河乡人民政府　版权所有
""",
        body="""
为保护森林资源，预防森林火灾，现就林区禁止私自砍伐薪柴有关事项通告如下：
一、未经林业主管部门批准，任何单位和个人不得在国有林区、生态公益林内砍伐林木作为薪柴。
二、确需采集枯枝落叶用作燃料的农户，应向村委会登记，在指定区域采集。
三、乡政府为困难农户免费发放电暖炉，鼓励以电代柴。
四、违反本通告的，由林业主管部门依法处理。
槽河乡人民政府
2024年11月20日
""",
    ),
    dict(
        slug="print-shanzhu-mangosteen-html",
        site="崖州热带农业网 (invented) — print view",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.yzrdny.cn/print.php?id=4410",
        title="山竹引种试种示范基地建设方案",
        record_title="打印预览 - 山竹引种试种示范基地建设方案",
        date="2024-04-09",
        notes="print view with print/close buttons and print footer 页码; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 山竹引种试种示范基地建设方案</title>
<style>@media print{.np{display:none}}</style></head><body>
<div class="np">⟦a 🖨 打印本页⟧　⟦a 关闭⟧</div>
<div class="site">⟦m 崖州热带农业网　www.yzrdny.cn⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印时间：2025-05-30 15:02⟧　⟦p 第 1 页 ∕ 共 1 页⟧</div>
</body></html>
""",
        body="""
为探索山竹在本地区的适应性，丰富热带水果品种结构，制定本方案。
一、建设地点：崖州区南山岭农场，面积80亩。
二、建设内容：引进山竹嫁接苗4000株，配套建设遮阳网、喷灌系统和防风林带。
三、技术措施：幼苗期遮阴50%，冬季寒潮来临前覆盖防寒膜，定期监测土壤湿度。
四、进度安排：2024年5月完成定植，2027年开始试花试果。
崖州区热带农业技术推广站
2024年4月9日
""",
    ),
    dict(
        slug="print-zhoupu-congee-text",
        site="蔺州市场监管信息网 (invented) — print",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://scjg.linzhou.gov.cn/print/2024/9921",
        title="关于粥铺类小餐饮门店落实“明厨亮灶”的通知",
        record_title="〔打印稿〕关于粥铺类小餐饮门店落实“明厨亮灶”的通知",
        date="2024-06-14",
        notes="print text; print header URL and footer; wrapped at 66 columns; 抄送 kept",
        page="""
!m 蔺州市场监管信息网 http://scjg.linzhou.gov.cn
!m 打印日期：2024/6/20
{T}
{BODY}
!p — 1/1 —
""",
        wrap=66,
        body="""
各市场监管所：
近年来，城区粥铺类小餐饮门店数量快速增长，部分门店后厨设在阁楼或后巷，卫生状况难以监督。为此，要求各所督促辖区粥铺门店于7月31日前落实“明厨亮灶”：
一、后厨与就餐区之间设置透明玻璃隔断，或安装视频设备并在就餐区显示屏实时播放。
二、熬粥用水、米豆等原料建立进货查验记录。
三、隔夜粥品一律不得销售。
蔺州市市场监督管理局
2024年6月14日
抄送：市餐饮行业协会
""",
    ),
    dict(
        slug="mail-fwd-duckweed-cleanup-text",
        site="蕙田区水务局邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:forwarded/2024-06-03/huitian-water",
        title="关于开展夏季河道浮萍集中打捞的通知",
        record_title="Fwd: 关于开展夏季河道浮萍集中打捞的通知",
        date="2024-05-31",
        date_also=["2024-06-03"],
        notes="forwarded mail: headers, forward note, signature, disclaimer; document's own 附件 list kept; send date differs",
        page="""
!m 发件人：蕙田区水务局办公室 <bgs@htsw.gov.cn>
!m 发送时间：2024年6月3日 星期一 09:12
!m 收件人：各街道城建办
!m 主题：Fwd: 关于开展夏季河道浮萍集中打捞的通知
!w 各位好，转发如下，请按要求落实。——办公室 小邵
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!m --
!m 蕙田区水务局办公室　电话 028-85311020
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除。
""",
        body="""
各街道：
入夏以来，气温升高，部分河道浮萍大面积繁殖，影响水体景观和水质。经研究，决定于6月5日至6月30日开展夏季河道浮萍集中打捞。
一、各街道负责辖区内支流河道的打捞，区河道管理所负责干流河道。
二、打捞的浮萍应及时清运至指定堆放点，不得在河岸堆放。
三、各街道每周五前报送打捞进度。
附件：1.河道浮萍打捞责任分工表
2.打捞进度周报表
蕙田区水务局
2024年5月31日
""",
    ),
    dict(
        slug="mail-reply-pillow-factory-text",
        site="芥子枕业邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:reply-chain/2025-02-11/jiezi-pillow",
        title="关于购置决明子除尘筛选设备的请示",
        record_title="回复：Re: 关于购置决明子除尘筛选设备的请示.docx",
        date="2025-02-10",
        date_also=["2025-02-11"],
        notes="reply chain above the forwarded request; file-name decorated title; quoted reply lines chrome; the request's own 联系人 kept",
        page="""
!m 发件人：芥子枕业 总经办 <zjb@jiezi-pillow.com>
!m 时间：2025-02-11 16:48
!m 主题：回复：Re: 关于购置决明子除尘筛选设备的请示.docx
!l > 同意，请采购部走比价流程。——马总
!l >> 已收到，请马总审批。
!m 附件：关于购置决明子除尘筛选设备的请示.docx（28KB）
!m ------------------ 原始邮件 ------------------
{T}
{BODY}
!d 本邮件可能包含商业机密，未经许可不得转发。
""",
        body="""
公司领导：
我车间现用的决明子除尘筛选设备已使用9年，除尘效率下降，粉尘浓度多次接近限值，影响职工健康和产品质量。为此，拟购置新型决明子除尘筛选设备一台，预算18.6万元。
妥否，请批示。
联系人：填充车间　秦卫东，分机8023。
填充车间
2025年2月10日
""",
    ),
]
