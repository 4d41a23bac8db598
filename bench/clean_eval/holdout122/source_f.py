"""holdout122, part F: cloud-drive shares, search snapshots, print views, forwarded mails and
one more 范文 page. Invented organisations: a peanut co-op, a walnut station, a lacquer
museum, an elderly canteen, a tennis club, a grape festival. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="netdisk-html-peanut-coop-plan-preview",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.example.com/s/1Hq7ZkP0aa",
        title="花生专业合作社2026年生产经营计划",
        record_title="花生专业合作社2026年生产经营计划.docx",
        date="2025-12-18",
        notes="cloud-drive preview: file name title, share owner, expiry, save button; signature date",
        page="""
<html><head><meta charset="utf-8"><title>花生专业合作社2026年生产经营计划.docx_免费高速下载|云匣网盘</title></head><body>
<div class="hd">⟦m 云匣网盘⟧　⟦a 登录　注册　客户端下载⟧</div>
<div class="file"><h3>⟦t 花生专业合作社2026年生产经营计划.docx⟧</h3><span>⟦m 分享者：瑶城老周　失效时间：永久有效　32.6KB⟧</span></div>
<div class="btn">⟦a 保存到我的网盘　下载(32.6KB)⟧</div>
<div class="preview">
{BODY}
</div>
<div class="end">⟦a 仅支持预览前两页，完整文件请保存后查看⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，发现请举报⟧</div>
</body></html>
""",
        body="""
2026年，合作社计划种植高油酸花生三千二百亩，比今年增加五百亩。
一是统一供种，全部使用经审定的高油酸品种，种子由合作社集中采购。
二是推广机械化播种和收获，与农机服务队签订作业合同。
三是与县油脂公司签订订单收购协议，保底价每斤三元二角。
瑶城县丰禾花生专业合作社
2025年12月18日
""",
    ),
    dict(
        slug="netdisk-text-walnut-station-report-wrapped",
        site="个人NAS分享页 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://nas.lzhou.example.net:5000/sharing/walnut2025",
        title="山区核桃低产园改造情况调查",
        record_title=None,
        date=None,
        notes="NAS share text view, wrapped at 58 columns; no record title (title first line of file found on page); a share expiry and a modification stamp are not dates",
        wrap=58,
        page="""
!m 文件分享 - 璐原林业站资料盘
!m 文件：核桃调查终稿.txt　修改于 2025/11/30 22:14　有效期至 2026/01/31
山区核桃低产园改造情况调查
{BODY}
!a 下载　|　以纯文本查看
!m 由 Synology-like DiskStation 提供
""",
        body="""
今年秋季，站里对五个山区乡镇的核桃低产园改造情况进行了调查，共抽查园地四十六块。
调查发现，实施高接换优的园地平均亩产达到九十公斤，比未改造园地高出一倍以上。
但是部分农户管理跟不上，换优后的树体病虫害较重，个别园地出现了成片死树。
建议下一步加强技术培训，把修剪、施肥和病虫防治的技术要点送到每户农户手中。
""",
    ),
    dict(
        slug="snapshot-html-lacquer-museum-notice-frame",
        site="搜索引擎快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousuo.example.com/c?m=lacquer-museum-0415",
        title="关于漆艺博物馆闭馆维修的公告",
        record_title="关于漆艺博物馆闭馆维修的公告 - 快照",
        date="2025-04-15",
        notes="snapshot frame: cache header with crawl time (not a date), highlighted terms notice, original page's chrome",
        page="""
<html><head><meta charset="utf-8"><title>关于漆艺博物馆闭馆维修的公告 - 快照</title></head><body>
<div class="cachehd">⟦d 这是 http://www.ksqybwg.example.cn/gg/0415.html 的快照，抓取于 2025年6月2日 03:11:45，当前页面可能已更改。⟧<br>⟦a 查看原网页　仅显示文字版⟧</div>
<div class="hl">⟦d 以下搜索词已高亮显示：漆艺 闭馆⟧</div>
<div class="orig">
<div>⟦m 琨山漆艺博物馆　首页 | 展览 | 藏品 | 参观⟧</div>
<h2>⟦t 关于漆艺博物馆闭馆维修的公告⟧</h2>
{BODY}
<div>⟦m 开放时间：周二至周日 9:00-17:00（周一闭馆）⟧</div>
</div>
</body></html>
""",
        body="""
各位观众：
因展厅空调及消防系统改造，我馆定于2025年4月21日至5月31日闭馆维修。
闭馆期间，线上展厅照常开放，观众可通过官方网站浏览馆藏精品。
给您带来的不便，敬请谅解。
琨山漆艺博物馆
2025年4月15日
""",
    ),
    dict(
        slug="snapshot-text-elderly-canteen-rules-cache",
        site="文字快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="plan",
        form="text",
        source="http://webcache.chaxun.example.net/text?u=sq-zcd-gz",
        title="社区老年助餐点运营管理规定",
        record_title="社区老年助餐点运营管理规定_快照",
        date=None,
        notes="text-only cache: banner with crawl time; no date in the document; articles mention 扫码 kept",
        page="""
!d 【快照】本页是网页的文字版缓存，保存时间 2025-09-07 14:20:03，仅供参考。
!a 返回原网页 | 完整版快照
!t 社区老年助餐点运营管理规定_快照
{BODY}
!m 瑾山街道金桂社区　地址：金桂路77号
""",
        body="""
第一条　助餐点面向辖区六十周岁以上老年人提供午餐服务。
第二条　老年人就餐时刷老年卡或扫码支付，八十周岁以上老人享受每餐三元补贴。
第三条　助餐点每日公示菜谱，食材留样四十八小时备查。
第四条　运营单位每季度向社区居委会报告运营情况。
""",
    ),
    dict(
        slug="print-html-tennis-club-rules-footer",
        site="瑜湾网球俱乐部 (invented)",
        style="打印页",
        genre="制度",
        kind="plan",
        form="html",
        source="http://www.ywtennis.example.com/print.asp?id=37",
        title="瑜湾网球俱乐部场地使用须知",
        record_title="打印 - 瑜湾网球俱乐部场地使用须知",
        date="2025-03-15",
        notes="print view: print/close buttons, URL line and print footer 『第1页／共1页』; date in the notice's own line",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 瑜湾网球俱乐部场地使用须知</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〖打印本页〗　〖关闭〗⟧</div>
<h3>⟦t 瑜湾网球俱乐部场地使用须知⟧</h3>
<div>⟦m 页面地址：http://www.ywtennis.example.com/show.asp?id=37⟧</div>
{BODY}
<div class="pf">⟦p 『第1页／共1页』⟧</div>
</body></html>
""",
        body="""
一、会员须提前一天通过前台或俱乐部小程序预约场地，每次限用两小时。
二、进场须穿平底网球鞋，禁止携带玻璃瓶装饮料。
三、雷雨天气室外场地暂停使用，已预约的可改期。
四、本须知自2025年3月15日起执行。
瑜湾网球俱乐部
2025年3月15日
""",
    ),
    dict(
        slug="print-text-grape-festival-plan",
        site="瑛州市葡萄节组委会 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yzgrape.example.gov.cn/print/2025/0701.html",
        title="第六届瑛州葡萄文化旅游节活动方案",
        record_title="〔打印稿〕第六届瑛州葡萄文化旅游节活动方案",
        date="2025-07-01",
        notes="print view text: printed-at stamp (not a date), URL, page footer; schedule table kept",
        page="""
!a 打印　　关闭窗口
!m 打印时间：2025/8/3 9:46:11
!t 〔打印稿〕第六届瑛州葡萄文化旅游节活动方案
!m 本文网址：http://www.yzgrape.example.gov.cn/hd/2025/0701.html
{BODY}
!p ∷ 1 / 1 ∷
""",
        body="""
为展示瑛州葡萄产业发展成果，促进农文旅融合，定于8月举办第六届瑛州葡萄文化旅游节。
日期　活动　地点
8月8日　开幕式　葡萄小镇广场
8月9日—8月20日　采摘体验周　各葡萄园
8月15日　葡萄品鉴评比　市农科所
各乡镇要做好交通疏导和食品安全保障工作。
瑛州市葡萄节组委会
2025年7月1日
""",
    ),
    dict(
        slug="mail-html-pigeon-race-forward",
        site="琲水体育总会邮件存档 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.bstyzh.example.org/archive/2025/msg-0318.html",
        title="关于做好春季信鸽竞翔安全管理工作的通知",
        record_title="Fwd: 关于做好春季信鸽竞翔安全管理工作的通知",
        date="2025-03-17",
        notes="webmail archive: mail headers, forward header; the notice's own 抄送 line and 附件 kept; send date differs (accepted)",
        date_also=["2025-03-18"],
        page="""
<html><head><meta charset="utf-8"><title>Fwd: 关于做好春季信鸽竞翔安全管理工作的通知</title></head><body>
<div class="mailbar">⟦m 邮件归档 · 琲水市体育总会⟧　⟦a 回复　转发　删除　打印⟧</div>
<div class="hdr">⟦m 发件人：秘书处 &lt;msc@bstyzh.example.org&gt;⟧<br>⟦m 收件人：各单项协会⟧<br>⟦m 日期：2025年3月18日 星期二 08:52⟧<br>⟦m 主题：Fwd: 关于做好春季信鸽竞翔安全管理工作的通知⟧</div>
<div class="fw">⟦m ---------- 转发的邮件 ----------⟧</div>
<h3>关于做好春季信鸽竞翔安全管理工作的通知</h3>
{BODY}
<div class="sig">⟦m -- 此邮件由琲水市体育总会邮件系统发送⟧</div>
</body></html>
""",
        body="""
市信鸽协会：
春季竞翔活动即将开始，为确保赛事安全有序，请做好以下工作。
一、司放地须远离机场净空区和高压线路，司放前向当地公安部门报备。
二、严格执行动物防疫规定，参赛鸽须接种新城疫疫苗。
附件：春季竞翔安全检查表
抄送：市体育局群体科
琲水市体育总会
2025年3月17日
""",
    ),
    dict(
        slug="mail-text-chestnut-subsidy-reply-chain",
        site="珙城县农业农村局邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto-archive://gcnyj/2025/0410-reply",
        title="关于申请板栗低产园改造补助资金的请示",
        record_title="答复：Re: 关于申请板栗低产园改造补助资金的请示.docx",
        date="2025-04-08",
        notes="mail reply chain: reply text above (chrome), quoted headers; request's own 联系人 line kept; file-name-like decorated title",
        page="""
!m 发件人：县农业农村局办公室
!m 发送时间：2025年4月10日（星期四）下午3:21
!m 主题：答复：Re: 关于申请板栗低产园改造补助资金的请示.docx
!l 已收到，转计财股研究办理。
!m ------------------ 原始邮件 ------------------
!m 发件人：石门乡人民政府
!m 附件：1个（请示.docx）
关于申请板栗低产园改造补助资金的请示
{BODY}
!d 本邮件及附件含有保密信息，如非指定收件人请立即删除。
""",
        body="""
县农业农村局：
我乡现有板栗园一万一千亩，其中低产园约四千亩，树龄老化，产量逐年下降。
今年我乡计划改造低产园一千五百亩，每亩需投入嫁接、修剪和施肥费用八百元，共需资金一百二十万元。
恳请县农业农村局给予补助资金六十万元，其余由乡财政和农户自筹。
妥否，请批示。
联系人：骆志远　电话：0736-7208816
石门乡人民政府
2025年4月8日
""",
    ),
    dict(
        slug="fanwen-text-strawberry-pledge-markers-mix",
        site="范文之家 (invented)",
        style="范文站",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.fanwenzj.example.com/changyi/2025/3390.html",
        title="文明采摘倡议书",
        record_title="文明采摘倡议书（通用3篇）_范文之家",
        date=None,
        notes="范文 page with 〘第n页〙 markers glued or not; 'collect' button glued after a sentence; no date (template 20××年×月×日 kept)",
        pages=dict(fmt="〘第{n}页〙", every=90, start=2, glue="mix"),
        page="""
!m 范文之家 > 倡议书 > 环保倡议书
!t 文明采摘倡议书（通用3篇）_范文之家
!m 时间：2025-02-11 | 浏览：9921 | 来源：网友投稿
{BODY}
!a 复制全文　下载本文　收藏本页
!w 找不到合适范文？专业写手一对一服务，QQ 20513388
""",
        body="""
亲爱的游客朋友们：
草莓采摘季到了，为了让大家玩得开心、吃得放心，我们向广大游客发出如下倡议。
一、按照园区指引有序采摘，不踩踏垄沟，不攀折植株。
二、采摘多少买多少，不随意丢弃果实。⟦a 【收藏本文】⟧
三、爱护园区环境，垃圾分类投放，带走随身垃圾。
让我们从自己做起，做文明游客。
××草莓园
20××年×月×日
""",
    ),
]
