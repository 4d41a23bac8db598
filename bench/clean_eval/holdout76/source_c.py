"""holdout76, part C: cherry (樱桃) orchards, a cherry festival, growers and buyers. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-biji-cherry-festival-summary",
        site="笔记范文 App 分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.bijifanwen.example.com/share/a/991203?from=wx",
        title="钴阳镇第五届樱桃文化节工作总结",
        record_title="钴阳镇第五届樱桃文化节工作总结（可编辑）",
        date="2025-05-26",
        indent="\u3000\u3000",
        notes="a writing-app share page: an 打开App fold on a line of its own inside the body, an AI-rewrite prompt glued after the last sentence; a 成文日期",
        page="""
!a 打开笔记范文App，阅读体验更佳
!m 笔记范文 · 总结汇报
!t 钴阳镇第五届樱桃文化节工作总结（可编辑）
!m 已有 2.1w 人阅读　｜　作者：钴阳小编
{BODY}
!a 一键复制　｜　生成同类文章　｜　导出Word
!l 你可能还想看：乡镇旅游节活动总结、农产品展销会总结
""",
        body="""
5月10日至20日，我镇成功举办第五届樱桃文化节，共接待游客8.6万人次，樱桃销售额达1900万元。
一、活动组织有序。镇里成立了由镇长任组长的筹备组，设立交通、安保、接待三个专班。
⟦a 剩余60%内容，打开App免费阅读全文⟧
二、产销对接有力。文化节期间与四家商超签订供货协议，线上直播带货销售樱桃3.2万斤。
三、存在不足。停车位不足，周末高峰时段交通拥堵较为明显。⟦a AI帮你改写这篇⟧
钴阳镇人民政府
2025年5月26日
""",
    ),
    dict(
        slug="gkforum-shangan-cherry-interview-answer",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-33108-1-1.html",
        title="面试真题：樱桃滞销，你作为驻村干部怎么办",
        record_title="[面试真题] 樱桃滞销，你作为驻村干部怎么办（附答题思路）- 结构化面试 - 上岸公考论坛",
        date=None,
        junk=dict(lines=1, glued=2),
        notes="an exam forum: decorated title; junk as a line and glued; a 'reply to see the rest' prompt; a 发表于 with '5 天前' is no date",
        page="""
!m 上岸公考论坛 › 面试交流 › 结构化面试
!t [面试真题] 樱桃滞销，你作为驻村干部怎么办（附答题思路）
!m 楼主 岸上等你 发表于 5 天前 | 查看 4411 | 回复 88
{BODY}
!a 本帖隐藏的内容：回复后可查看完整答题模板
!l 1# 考公三年：思路很清晰，收藏了
!l 2# 小橙子：第二点可以再展开
!m 上岸公考论坛 ©2016-2025
""",
        body="""
题目：你驻村的村子今年樱桃丰收，但收购商压价，大量樱桃滞销，你作为驻村干部怎么办？
答：首先，我会摸清底数，统计全村滞销的数量、品种和成熟时间，做到心中有数。
其次，多方拓宽销路，联系县里的商超、机关食堂和电商平台，同时组织村里的年轻人开展直播销售。
再次，着眼长远，推动村里成立合作社，建设小型冷库，避免明年再出现集中上市、集中滞销的情况。
""",
    ),
    dict(
        slug="baike-wenzhi-cherry-entry",
        site="文知百科 (invented encyclopedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.wenzhi.example.com/item/大樱桃避雨栽培",
        title="大樱桃避雨栽培",
        record_title="大樱桃避雨栽培_文知百科",
        date=None,
        notes="an encyclopaedia entry: an 编辑/收藏 row, a table of contents, references and an 'entry last edited' stamp (no date); decimal headings kept",
        page="""
!m 文知百科 — 人人可编辑的知识库
!t 大樱桃避雨栽培_文知百科
!a 编辑　｜　收藏　｜　分享　｜　讨论
!l 目录　1 概述　2 技术要点　3 效益
{BODY}
!l 参考资料：[1] 《设施果树栽培》第3版
!m 词条最近编辑于 2025-03-17　浏览次数：21908
!d 百科词条内容由网友编辑，仅供参考
""",
        body="""
大樱桃避雨栽培是指在樱桃成熟期前搭建防雨棚，避免雨水造成裂果的一种设施栽培方式。
1 概述
1.1 该技术适用于成熟期多雨的地区，可将裂果率由30%以上降至5%以下。
2 技术要点
2.1 棚膜一般在果实转色前10天左右覆盖，采收后及时揭膜。
2.2 棚内应注意通风，防止温度过高引起落果。
""",
    ),
    dict(
        slug="netdisk-guobao-cherry-cold-storage-plan",
        site="果宝网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.guobao.example.cn/s/1Yk3-cherry",
        title="铂山县樱桃产地冷藏保鲜设施建设实施方案",
        record_title="铂山县樱桃产地冷藏保鲜设施建设实施方案（定稿）.pdf",
        date="2025-03-28",
        wrap=60,
        pages=dict(fmt="⫷{n}⫸", every=90, start=2),
        notes="a cloud-drive PDF preview: a file-name title with （定稿）; text wrapped at 60 columns and cut by ⫷n⫸ markers on lines of their own; share-link expiry and a save prompt",
        page="""
!m 果宝网盘 | 分享文件
!m 铂山县樱桃产地冷藏保鲜设施建设实施方案（定稿）.pdf　　1.2MB
!m 分享者：果农老周　｜　链接有效期：7天
!a 保存到我的网盘　　下载（超级会员免排队）
{BODY}
!a 预览仅显示前2页，完整内容请下载后查看
!d 请勿分享违法违规内容，一经发现将取消分享
""",
        body="""
为减少樱桃采后损失，延长销售期，根据省农产品产地冷藏保鲜设施建设工作要求，结合我县实际，制定本方案。
一、建设任务。2025年在全县樱桃主产乡镇新建产地冷藏保鲜设施20座，新增库容6000吨。
二、补助标准。按设施建设总造价的30%给予补助，单个主体补助不超过100万元。
三、工作要求。各乡镇要在4月15日前完成项目申报，县农业农村局组织验收。
铂山县农业农村局
2025年3月28日
""",
    ),
    dict(
        slug="snapshot-sousou-cherry-price-notice-html",
        site="搜搜快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousou.example.com/c?u=http%3A%2F%2Fwww.xinwan.example.gov.cn%2Ftzgg%2F8812.html",
        title="关于规范樱桃收购市场秩序的通知",
        record_title="关于规范樱桃收购市场秩序的通知 - 搜搜快照",
        date="2025-05-08",
        notes="a snapshot frame: the cache banner with a crawl time (not a date); the cached page's own chrome beneath; a 举报电话 of the document kept beside the page's footer phone",
        page="""
<html><head><meta charset="utf-8"><title>关于规范樱桃收购市场秩序的通知 - 搜搜快照</title></head><body>
<div class="cache-banner">⟦d 这是 http://www.xinwan.example.gov.cn/tzgg/8812.html 的快照，是网页在 2025年6月2日 03:14 的存档。当前页面可能已经更改。⟧<br>⟦a 查看当前页面　｜　纯文字版本⟧</div>
<div class="orig">
<div>⟦m 锌湾县市场监督管理局⟧</div>
<div>⟦m 首页 > 通知公告⟧</div>
<h2>{T}</h2>
<div>⟦m 发布日期：2025-05-08　访问量：1330⟧</div>
{BODY}
<div>⟦m 联系我们｜网站地图｜监督电话：0736-7011234⟧</div>
</div></body></html>
""",
        body="""
各樱桃收购商户：
为维护樱桃收购季市场秩序，保护种植户合法权益，现将有关要求通知如下：
一、收购商户须在收购点醒目位置公示收购价格和分级标准。
二、使用的电子秤须经计量检定合格，严禁短斤少两。
三、对压级压价、强买强卖等行为，群众可拨打举报电话12315或0736-7011879反映。
锌湾县市场监督管理局
2025年5月8日
""",
    ),
    dict(
        slug="print-biyuan-cherry-purchase-contract-html",
        site="铋原县农业农村局 打印页 (invented)",
        style="打印页",
        genre="合同范本",
        kind="other",
        form="html",
        source="http://nyj.biyuan.example.gov.cn/print.jsp?id=5521",
        title="樱桃订单收购合同（示范文本）",
        record_title="打印预览 - 樱桃订单收购合同（示范文本）",
        date=None,
        notes="a print view: print/close buttons, a print footer '页 1 / 1' and the print time (not a date); template placeholders kept; no date (示范文本 with ____年__月__日)",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 樱桃订单收购合同（示范文本）</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a [ 打印 ]　[ 关闭 ]⟧</div>
<div>⟦m 铋原县农业农村局⟧</div>
<h3>{T}</h3>
{BODY}
<div class="pf">⟦p 页 1 / 1⟧　⟦m 打印时间：2025-06-03 10:21⟧</div>
</body></html>
""",
        body="""
甲方（收购方）：__________
乙方（种植户）：__________
第一条　乙方按本合同约定向甲方交售樱桃______斤，品种为______。
第二条　收购价格按交售当日市场价确定，一级果不低于每斤____元。
第三条　乙方应于____年__月__日前交货，甲方验收后三日内付清货款。
甲方（签章）：　　　　乙方（签字）：
""",
    ),
    dict(
        slug="mail-bachuan-cherry-fair-request-html",
        site="钯川县邮件系统 (invented webmail)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.bachuan.example.gov.cn/read?mid=ZL8812",
        title="关于申请樱桃节展销场地的请示",
        record_title="Fw: 关于申请樱桃节展销场地的请示",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="a webmail reader: From/To/date headers, a forwarded-mail header, the mail's own attachment bar beside the document's 附件 line; the send date differs from the 成文日期 (document expected, send date accepted)",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于申请樱桃节展销场地的请示</title></head><body>
<div class="tb">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mhead"><h2>⟦t Fw: 关于申请樱桃节展销场地的请示⟧</h2>
<p>⟦m 发件人：钯川镇政府办 &lt;zfb@bachuan.example.gov.cn&gt;⟧</p>
<p>⟦m 收件人：县商务局办公室⟧</p>
<p>⟦m 时　间：2025年4月3日(星期四) 上午9:40⟧</p></div>
<div class="att">⟦a 附件（1 个）：展销场地平面图.pdf（218K）　预览　下载⟧</div>
<div class="mbody">
<p>⟦m -------- 转发的邮件 --------⟧</p>
<h3>关于申请樱桃节展销场地的请示</h3>
{BODY}
</div>
<div class="sign">⟦m 此邮件由钯川政务邮箱发送，手机请访问 m.mail.bachuan⟧</div>
</body></html>
""",
        body="""
县商务局：
我镇定于5月中旬举办樱桃采摘节，拟在镇农贸市场东侧空地设置展销摊位60个。为确保活动顺利开展，特申请使用该场地15天。
妥否，请批示。
附件：展销场地平面图
钯川镇人民政府
2025年4月2日
""",
    ),
    dict(
        slug="fanwen-haowendao-cherry-grower-speech",
        site="好文道范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.haowendao.example.com/jianghua/nongye/7713.html",
        title="在樱桃种植技术现场观摩会上的讲话",
        record_title="在樱桃种植技术现场观摩会上的讲话_农业讲话_好文道范文网",
        date=None,
        indent="\u3000\u3000",
        notes="a 范文 site: column and site suffix; a 'contact the editor for a custom speech' prompt glued before a paragraph; a marquee line; no date (a 时间： publish line with only a relative time)",
        page="""
!l 最新：开学典礼致辞　｜　党课讲稿　｜　述职报告
!m 好文道范文网 > 讲话稿 > 农业讲话
!t 在樱桃种植技术现场观摩会上的讲话_农业讲话_好文道范文网
!m 时间：昨天　来源：网友投稿　阅读：302
{BODY}
!a 复制全文　｜　下载本文　｜　加入收藏
!l 相关范文：在果树春季管理现场会上的讲话
!m 好文道范文网 www.haowendao.example.com 版权所有
""",
        body="""
各位果农朋友：
今天我们在这里召开樱桃种植技术现场观摩会，就是要把好的做法看在眼里、学到手上。
刚才大家看了避雨棚、矮化密植和水肥一体化三个示范点，效果一目了然。
⟦w 需要定制讲话稿请联系小编，QQ 2210978834⟧希望大家回去以后结合自家果园实际，先选一两项技术试起来。
""",
    ),
    dict(
        slug="wenku-qianxue-cherry-report-html-pages",
        site="千学文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qianxue-wk.example.com/p-55120943.html",
        title="关于锆溪县樱桃产业发展情况的调研报告",
        record_title="关于锆溪县樱桃产业发展情况的调研报告 - 千学文库",
        date=None,
        pages=dict(fmt="▷{n}◁", every=110, start=2),
        notes="a sharing reader: page markers ▷n◁ as paragraphs between halves of cut paragraphs; upload time and page count (not dates); VIP prompt",
        page="""
<html><head><meta charset="utf-8"><title>关于锆溪县樱桃产业发展情况的调研报告 - 千学文库</title></head><body>
<div class="hd">⟦m 千学文库⟧ <input placeholder="搜索文档"> ⟦a 登录 / 注册⟧</div>
<div class="crumb">⟦m 千学文库 > 行业资料 > 农林牧渔⟧</div>
<h1>{T}</h1>
<div class="docinfo">⟦m 上传时间：2025-07-30　页数：4页　浏览：517⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 开通VIP，免费下载本文档　￥0.9/天起⟧</div>
<div class="rel"><h4>⟦l 相关文档⟧</h4><p>⟦l 县域特色水果产业调研报告⟧</p><p>⟦l 设施果树发展情况调研⟧</p></div>
</body></html>
""",
        body="""
锆溪县是全省樱桃主产县之一，种植面积4.2万亩，年产量约3万吨，产值6亿元。调研组走访了6个乡镇、15家合作社和40余户种植户。
调研发现，全县樱桃产业主要存在品种老化、采后处理能力不足、品牌影响力不强等问题，其中冷链设施缺口尤为突出。
建议加快品种更新，三年内完成1万亩老园改造；统筹建设产地冷库，打造县域公共品牌。
""",
    ),
    dict(
        slug="gov-xinwan-cherry-subsidy-notice",
        site="锌湾县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xinwan.example.gov.cn/zwgk/tzgg/202502/t20250214_2201.html",
        title="锌湾县樱桃老园改造补助申报工作的通知",
        record_title=None,
        date="2025-02-14",
        indent="\u3000\u3000",
        notes="a county portal with no record title; the title found in the page's heading; a 信息公开 meta block; 文号 neutral; the 印发 line kept",
        page="""
!m 锌湾县人民政府门户网站
!m 首页 ＞ 政务公开 ＞ 通知公告
!m 索引号：XW-00112-2025-00019　｜　发文机关：县农业农村局　｜　公开方式：主动公开
{T}
锌农发〔2025〕3号
{BODY}
!a 【字体：大 中 小】【打印】【关闭】
!l 上一篇：关于做好春耕备耕工作的通知
!m 锌湾县人民政府办公室主办　　湘ICP备05002199号
""",
        body="""
各乡镇人民政府：
为加快樱桃老园改造，提高果园效益，县里决定开展2025年樱桃老园改造补助申报工作。
一、补助对象：全县连片改造10亩以上的种植户、家庭农场和合作社。
二、补助标准：每亩补助800元，由县财政直接兑付到户。
三、申报时间：2025年2月20日至3月20日。
锌湾县农业农村局
2025年2月14日
锌湾县农业农村局办公室　2025年2月14日印发
""",
    ),
    dict(
        slug="news-boshan-cherry-first-train-html",
        site="铂山日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.boshanrb.example.cn/content/2025-05/09/content_66103.html",
        title="铂山樱桃首发冷链专列发往长三角",
        record_title="铂山樱桃首发冷链专列发往长三角",
        date="2025-05-09",
        notes="a news portal with a 点击排行 list; the record title; a reporter line glued before the lead and an 'enlarge the photo' prompt between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>铂山樱桃首发冷链专列发往长三角_铂山日报网</title>
<script async src="//stat.example.cn/s.js"></script></head><body>
<div class="top">⟦m 铂山日报网　铂山第一新闻门户⟧　⟦a 数字报　客户端　投稿⟧</div>
<div class="channel">⟦m 首页 > 铂山新闻 > 经济⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 2025年05月09日 10:02　来源：铂山日报⟧</div>
<div class="content">
{BODY}
</div>
<div class="rank"><h3>⟦l 点击排行⟧</h3><ol><li>⟦l 铂山城区新增两条公交线路⟧</li><li>⟦l 全市中考体育考试结束⟧</li></ol></div>
<div class="copy">⟦d 铂山日报社版权所有，未经书面授权不得转载⟧</div>
</body></html>
""",
        body="""
⟦m 本报讯（记者 严婧）⟧5月8日晚，满载42吨铂山樱桃的冷链专列从铂山站驶出，将于36小时后抵达上海。
这是铂山樱桃首次通过铁路冷链批量外运，比公路运输每吨节省运费约300元。
⟦a 点击图片查看大图⟧
据了解，今年樱桃季将开行冷链专列8趟，预计外运樱桃300余吨。
""",
    ),
    dict(
        slug="forum-guoyou-cherry-crack-discussion",
        site="果友论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.guoyou-bbs.example.com/t/556102",
        title="今年樱桃裂果少了，说说我的三点做法",
        record_title="今年樱桃裂果少了，说说我的三点做法",
        date="2025-06-14",
        indent="\u3000\u3000",
        notes="a growers' forum: level and points of the poster, 发表于 as the page date, a signature line under the post and a 'thanks' button glued after the last sentence",
        page="""
!m 果友论坛 » 核果类 » 樱桃种植交流
{T}
!m 铋原老赵　Lv.6 果园达人　积分 2290
!m 发表于 2025-06-14 19:55 | 电梯直达
{BODY}
!l ———— 个性签名：种樱桃二十年，欢迎交流 ————
!l 最新回复：果二代 · 10分钟前
!m 手机版 | 果友论坛 | 联系管理员
""",
        body="""
往年我家樱桃一到下雨就裂一片，今年裂果明显少了，说说我的做法。
一是盖了简易避雨棚，花钱不多，效果最明显。
二是控水，转色期以后少浇水、勤浇小水，不让土壤忽干忽湿。
三是补钙，花后每隔十天叶面喷一次钙肥，连喷三次。⟦a 觉得有用请点【感谢】⟧
""",
    ),
]
