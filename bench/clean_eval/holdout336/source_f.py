"""holdout336, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (each once as HTML, once as text).

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-highchair-jammer",
        site="上岸驿站论坛 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-99120-1-1.html",
        title="小餐椅里的大民生",
        record_title="〔申论自测〕小餐椅里的大民生（限时60分钟作答）- 申论交流 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer fonts in the post, a reply-to-see prompt, a QQ-group ad and a rating row; posted 2 周前: no date",
        page="""
<html><head><meta charset="utf-8"><title>〔申论自测〕小餐椅里的大民生（限时60分钟作答）- 申论交流 - 上岸驿站论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style><script src="static/js/common.js?v=3"></script></head><body>
<div id="hd">⟦m 上岸驿站论坛⟧ ⟦m 一起上岸，不见不散⟧ <a>⟦a 登录｜注册驿站账号⟧</a></div>
<div class="ad">⟦w 申论一对一批改群：QQ 73281904，进群先领范文包⟧</div>
<div id="pt">⟦m 上岸驿站 › 笔试专区 › 申论交流⟧</div>
<div class="post"><div class="user">⟦m 考鸭小姚⟧ ⟦m 上岸积分 318⟧</div>
<h1>⟦t 〔申论自测〕小餐椅里的大民生（限时60分钟作答）⟧</h1>
<div class="time">⟦m 2 周前 发布 ｜ 阅读 2611⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 楼主设置了隐藏：回复本帖后才能看到批改意见⟧</div>
<div class="rate">⟦l 评分人数 9 ｜ 驿站币 +18 ｜ 收起理由⟧</div></div>
<div class="ft">⟦m 上岸驿站论坛 ｜ 手机版 ｜ 鄂ICP备20011876号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
一把儿童餐椅，价格不过几百元，却连着千家万户的餐桌，也连着孩子的安全。近年来，儿童从餐椅上跌落受伤的事件时有发生，暴露出产品质量、场所管理和家庭看护三个方面的短板。
守好餐椅安全，首先要把好产品关。监管部门应当加大对儿童餐椅的抽检力度，对安全带强度、折叠锁止等关键指标严格把关，让不合格产品无处藏身。
其次要压实场所责任。餐饮门店提供儿童餐椅，就要承担起检查维护的义务，坏了及时修、及时换。
最后要提升家长意识。再好的餐椅也需要正确使用，系好安全带、不离开视线，是每位家长的必修课。
小餐椅折射大民生。把这样的“小事”办好，群众的获得感才会更加实在。
""",
    ),
    dict(
        slug="examforum-gongkao-answer-teether-junk",
        site="公考小站 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.gongkaoxz.net/forum/mianshi/t-30781.html",
        title="有群众反映母婴店销售的牙胶标签不全，你作为市场监管所工作人员怎么处理？",
        record_title="[结构化模拟] 有群众反映母婴店销售的牙胶标签不全，你作为市场监管所工作人员怎么处理？（求点评）- 面试交流 - 公考小站",
        date=None,
        notes="exam forum post as text: an interview answer with anti-scraping junk; posted 5 天前: no date; board suffix and a bracket tag in the record title",
        page="""
!m 公考小站 — 陪你走完备考的每一天
!m 公考小站 » 面试交流 » 结构化模拟
!t [结构化模拟] 有群众反映母婴店销售的牙胶标签不全，你作为市场监管所工作人员怎么处理？（求点评）
!m 作者：上岸的小邱　5 天前　浏览 742　回复 11
{BODY}
!l 沙发　面试官老俞：思路清楚，第三点可以再展开一点
!a 回复　引用　收藏本帖
!w 面试一对一模拟，报名加微信 gkxz_ms2025
!m 公考小站　苏ICP备19027731号
""",
        junk=dict(lines=1, glued=2),
        body="""
我会按照“核实情况、依法处置、举一反三”的思路来处理。
第一，及时回应，核实情况。接到反映后，我会先向群众表示感谢，详细记录商品名称、购买地点和具体问题。随后尽快到门店现场核查，查看在售牙胶的标签是否标注了材质、适用月龄、生产者信息等内容。
第二，依法处置。如果情况属实，我会责令门店将标签不全的商品下架，要求其提供进货票据，追溯供货来源。涉及违法的，按程序移交执法人员处理，处理结果及时反馈给群众。
第三，举一反三。我会建议所里对辖区母婴店开展一次集中检查，同时通过社区宣传栏、公众号提醒家长选购牙胶时看清标签。
以上是我的回答，谢谢考官。
""",
    ),
    dict(
        slug="wiki-zhiya-entry-teether-head-title",
        site="知芽百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiya.com/item/牙胶/30917",
        title="牙胶",
        record_title="牙胶（婴幼儿口腔用品）_知芽百科",
        date=None,
        notes="encyclopaedia entry with edit/discuss/history tabs, an infobox and a contents box; the one-word title also opens the body (head); section headings on lines of their own; a reference marker glued after a sentence; updated 3 天前: no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>牙胶（婴幼儿口腔用品）_知芽百科</title>
<script src="/static/wiki/toc.js"></script></head>
<body>
<div class="top">⟦m 知芽百科⟧ ⟦m 育儿知识，一查就懂⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条 ｜ 编辑 ｜ 讨论 ｜ 历史版本⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 婴幼儿口腔用品⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：牙胶⟧</td></tr><tr><td>⟦m 别　名：咬咬胶、磨牙棒⟧</td></tr><tr><td>⟦m 适用年龄：4个月至2岁⟧</td></tr></table>
<div class="toc">⟦l 目录：1 材质　2 使用方法　3 清洁与更换⟧</div>
<div class="main">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 婴幼儿口腔护理手册，弥江科学技术出版社⟧</div>
<div class="stat">⟦m 浏览次数：8127　编辑次数：6次　最近更新：3 天前⟧</div>
<div class="ft">⟦d 知芽百科内容仅供参考，不能代替医生的诊断与建议⟧</div>
</body></html>
""",
        body="""
牙胶，又称磨牙棒、咬咬胶，是供出牙期婴幼儿咀嚼、用以缓解牙龈不适的口腔用品，一般适用于4个月至2岁的婴幼儿。
材质
常见的牙胶有硅胶牙胶、带水牙胶和木质牙胶等。硅胶牙胶多为一体成型，可耐高温；带水牙胶内部注有液体，冷藏后使用；木质牙胶多由天然木材打磨而成。⟦m [1]⟧
使用方法
使用前应检查牙胶有无破损，可冷藏后给婴幼儿使用，但一般不宜冷冻。婴幼儿使用时应有成人看护，不宜将牙胶用绳带挂在婴幼儿颈部。
清洁与更换
牙胶应每日清洁，硅胶牙胶可煮沸消毒；出现裂纹、变形或咬痕较深时应及时更换。
""",
    ),
    dict(
        slug="wiki-zhiya-qa-sleepsack-vs-sack",
        site="知芽百科 (invented encyclopaedia Q&A)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://baike.zhiya.com/wenda/8812.html",
        title="防踢被和睡袋有什么区别？",
        record_title="【育儿问答】防踢被和睡袋有什么区别？_知芽百科",
        date=None,
        notes="encyclopaedia Q&A as text: a numbered answer by a certified childcare worker; no date",
        page="""
!m 知芽百科 · 问答
!m 知芽百科 › 母婴 › 睡眠
!t 【育儿问答】防踢被和睡袋有什么区别？
!m 权威解答 · 认证育婴师 祝琳　已有 2.1万人看过
{BODY}
!a 有帮助 356　　没帮助 8
!l 大家还在问：宝宝几个月可以不用睡袋？｜防踢被要不要带袖子？
!d 本问答内容仅供参考，不构成医疗建议
""",
        body="""
防踢被和睡袋都是为了防止婴幼儿夜里踢被着凉而设计的，两者常常被混着叫，但细分起来有以下区别：
1. 形状不同。睡袋多为背心式或带袖的袋状，下摆封闭；防踢被形式更多样，有分腿式的，也有像小被子一样用绑带固定在床上的。
2. 适用阶段不同。睡袋适合还不会走路的小月龄婴儿；分腿式防踢被方便孩子翻身、站立，更适合会爬会走的幼儿。
3. 使用方式不同。睡袋需要整个套在身上，固定式的防踢被只需把两侧绑带系在床栏上。
选择时应根据孩子的月龄、睡眠习惯和室温来决定。不论哪一种，都不能代替成人夜间的看护。
""",
    ),
    dict(
        slug="clouddrive-feiyun-plan-helmet-wps-markers",
        site="飞匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.feixia.cn/s/1qZt7Kp0",
        title="屹川县托育机构婴幼儿防跌落安全提升行动方案",
        record_title="屹川县托育机构婴幼儿防跌落安全提升行动方案.wps",
        date="2025-03-18",
        notes="cloud-drive preview cut by page-marker paragraphs; file-name record title; save/download buttons and a VIP prompt; the share time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>屹川县托育机构婴幼儿防跌落安全提升行动方案.wps_免费高速下载|飞匣网盘</title>
<script src="/static/pan.js"></script></head>
<body>
<div class="hd">⟦m 飞匣网盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录飞匣⟧</a></div>
<div class="share-info"><h2>⟦t 屹川县托育机构婴幼儿防跌落安全提升行动方案.wps⟧</h2>
<p>⟦m 分享者：y***9　分享于 2025-04-02 20:11　有效期：永久⟧</p>
<p>⟦a 保存到我的飞匣⟧ ⟦a 下载（1.1MB）⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 预览仅展示前3页，开通飞匣会员享原速下载⟧</div>
<div class="ft">⟦d 请勿通过飞匣网盘分享违法违规内容，发现请举报⟧ ⟦m © 2025 飞匣网盘⟧</div>
</body></html>
""",
        p_html='<div class="line">{}</div>',
        pages=dict(fmt="≼{n}≽", every=130, start=2),
        body="""
为切实预防托育机构婴幼儿跌落、磕碰伤害，提升托育服务安全水平，制定本方案。
一、工作目标
到2025年底，全县托育机构全部完成防跌落设施改造，学步区防撞头盔、软垫等防护用品配备率达到100%。
二、重点任务
（一）排查隐患。各托育机构对照检查清单，对床栏、楼梯、窗户、桌角等部位逐一排查，建立隐患台账。
（二）配齐用品。学步区按每名幼儿一顶的标准配备防撞头盔，头盔须有中文标识和检验报告，并定期清洗消毒。
（三）培训人员。县卫健委组织保育人员开展防跌落照护和应急处置培训，全年不少于2次。
三、保障措施
各乡镇要把托育机构安全纳入日常检查内容，县卫健委每季度开展一次抽查，抽查结果在全县通报。
屹川县卫生健康委员会
2025年3月18日
""",
    ),
    dict(
        slug="clouddrive-mibox-summary-dispenser-pdf-markers",
        site="米盒云盘 (invented cloud drive)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://mibox.example.com/share/p7Hc2a",
        title="沽岭县2025年上半年食品相关产品质量监管工作总结",
        record_title="沽岭县2025年上半年食品相关产品质量监管工作总结.pdf",
        date="2025-07-03",
        notes="cloud-drive text preview: page markers on lines of their own cut sentences; file-name record title; a 扫码 sentence stays; the date under the signature",
        page="""
!m 米盒云盘 · 文件预览
!t 沽岭县2025年上半年食品相关产品质量监管工作总结.pdf
!m 分享人：盒友8820　文件大小：640KB　共3页
!a 保存到米盒　|　下载　|　举报
{BODY}
!a 开通米盒SVIP，预览文档不限页数
!m 米盒云盘 mibox.example.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫁ P{n} ⫂", every=150, start=2),
        body="""
2025年上半年，县市场监管局围绕奶粉格、奶瓶、餐具等婴幼儿食品相关产品，强化生产、流通环节监管，全县未发生食品相关产品质量安全事件。现将有关情况总结如下。
一、主要工作
（一）开展专项检查。检查母婴店、商超等经营主体146家次，下架标签不合格的奶粉格、辅食盒等产品83件。
（二）强化监督抽检。抽检奶粉格15批次、奶瓶12批次，不合格2批次，已全部完成核查处置。
（三）推进社会共治。在12家母婴店试点设置“扫码查检测”展板，消费者可扫码查看在售奶粉格的检测报告。
二、存在问题
网络销售的奶粉格来源复杂，监管手段还不够多；部分经营者对食品接触用产品的标签要求不熟悉。
三、下半年打算
下半年，我局将把网店销售的奶粉格纳入抽检范围，并组织经营者开展一次标签知识培训。
沽岭县市场监督管理局
2025年7月3日
""",
    ),
    dict(
        slug="snapshot-yinghuo-tips-dispenser-portal-frame",
        site="萤火搜索网页缓存 (invented search cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.yinghuoso.com/c?u=www.yichuan.gov.cn/xxgk/xfts/202510/t20251010_31120.html",
        title="关于选购和使用奶粉格的消费提示",
        record_title="关于选购和使用奶粉格的消费提示_屹川县人民政府 - 萤火搜索·网页缓存",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="search-cache frame with a capture banner and highlighted keywords around the county portal's page; the capture time is no date; the portal's publish date differs from the 成文日期; a 12315 sentence stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于选购和使用奶粉格的消费提示_屹川县人民政府 - 萤火搜索·网页缓存</title>
<script>var cacheTime="2025-10-27 03:14";</script></head>
<body>
<div class="cache-bar">⟦d 这是萤火搜索于 2025-10-27 03:14 存下的页面副本，原网页可能已经变化⟧ <a>⟦a 查看原网页⟧</a></div>
<div class="cache-kw">⟦m 已为您标亮的搜索词：奶粉格 消费提示⟧</div>
<div class="orig">
<div class="gov-hd">⟦m 屹川县人民政府⟧ ⟦m 首页｜信息公开｜办事服务｜政民互动⟧</div>
<div class="gov-pos">⟦m 当前位置：信息公开 &gt; 消费提示⟧</div>
<h1>{T}</h1>
<div class="gov-meta">⟦m 发布时间：2025-10-10　来源：县市场监管局⟧</div>
<div class="gov-body">
{BODY}
</div>
<div class="gov-ft">⟦m 屹川县人民政府办公室主办　赣ICP备06004417号⟧</div>
</div>
</body></html>
""",
        body="""
广大消费者：
奶粉格是家长外出携带奶粉的常用器具。为帮助消费者科学选购、安全使用，屹川县市场监督管理局发布如下消费提示：
一、看标签。选购时查看产品是否标注“食品接触用”、材质名称、耐热温度和生产企业信息。
二、闻气味。打开盖子闻一闻，有刺鼻异味的不要购买。
三、试密封。盖子、旋转出粉口要开合顺畅、闭合紧密。
四、勤清洗。每次使用后拆开清洗，彻底晾干后再装奶粉。
五、留凭证。购买时索要发票或保存电子订单，发现质量问题可拨打12315投诉。
屹川县市场监督管理局
2025年10月9日
""",
    ),
    dict(
        slug="snapshot-yinghuo-text-teether-nursery-notice",
        site="萤火搜索纯文本缓存 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.yinghuoso.com/t?u=ygtyzx.example.cn/tz/1028.html",
        title="关于启用婴幼儿牙胶统一消毒管理的通知",
        record_title="关于启用婴幼儿牙胶统一消毒管理的通知 - 阳光托育中心 [萤火纯文本缓存]",
        date="2025-10-28",
        notes="text-only search cache: the cache banner, source URL and keyword line above the nursery's page; the nursery's own contact line stays; the cache time is no date",
        page="""
!m 萤火搜索 · 纯文本缓存
!m 原网址：http://ygtyzx.example.cn/tz/1028.html
!d 缓存于 2025-11-02 07:45，内容以原网页当前版本为准
!m 已标出关键词：牙胶　消毒
!m 阳光托育中心 > 通知公告
{T}
{BODY}
!l 上一篇：阳光托育中心11月食谱
!m 阳光托育中心　地址：屹川县沫河镇育才路9号
""",
        body="""
各位家长：
为减少婴幼儿之间的交叉感染，自2025年11月3日起，我中心对婴幼儿在园使用的牙胶实行统一消毒管理，现将有关事项通知如下：
一、每名幼儿在园使用的牙胶由家长提供，限1个，须为可煮沸消毒的一体式硅胶牙胶。
二、牙胶入园时由保健医登记编号，每日午睡后统一煮沸消毒，放入个人专用收纳格。
三、发现牙胶有破损、裂纹的，保健医将及时通知家长更换。
四、请家长不要再让孩子从家里带其他牙胶入园。
如有疑问，请联系保健室祝老师，电话：0795-3374105。
屹川县沫河镇阳光托育中心
2025年10月28日
""",
    ),
    dict(
        slug="print-mijiang-bulletin-teether-footer",
        site="弥江市市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.mijiang.gov.cn/print.jsp?id=88317",
        title="关于2025年第三季度婴幼儿牙胶产品质量监督抽查情况的通报",
        record_title="〔打印版面〕关于2025年第三季度婴幼儿牙胶产品质量监督抽查情况的通报 - 弥江市市场监管局",
        date="2025-11-12",
        notes="print view calling window.print(): print/close buttons, the printed URL and a print footer closing the page; the bulletin's own 联系人/电话 stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔打印版面〕关于2025年第三季度婴幼儿牙胶产品质量监督抽查情况的通报 - 弥江市市场监管局</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 〖立即打印〗〖关闭窗口〗⟧</div>
<div class="phd">⟦m 弥江市市场监督管理局　门户网站⟧</div>
<h2>{T}</h2>
<div class="pmeta">⟦m 来源：产品质量安全监督管理科　日期：2025-11-13⟧</div>
<div class="pbody">
{BODY}
</div>
<div class="purl">⟦m 本页网址：http://scjg.mijiang.gov.cn/art/2025/11/13/art_88317.html⟧</div>
<div class="pfoot">⟦p ⯪ 第1页 / 共1页 ⯫⟧</div>
</body></html>
""",
        date_also=["2025-11-13"],
        body="""
各县（区）市场监督管理局：
2025年第三季度，市局组织对全市生产、销售的婴幼儿牙胶产品开展了质量监督抽查。现将抽查情况通报如下：
一、抽查基本情况。共抽查牙胶产品40批次，合格37批次，不合格3批次，不合格项目为邻苯二甲酸酯和小零件。
二、不合格产品处理。对抽查不合格的产品，各地要依法责令企业停止生产销售，督促企业查明原因、整改到位，并在11月30日前将处理情况报市局产品质量安全监督管理科。
三、下一步工作。各地要把牙胶等婴幼儿口腔用品列为日常监管重点，加大对网店销售产品的抽查力度。
联系人：姚文辉，电话：0796-8211536。
弥江市市场监督管理局
2025年11月12日
""",
    ),
    dict(
        slug="print-huangxi-nursery-notice-sleepsack-cn-date",
        site="煌溪区第二托育园网站 (invented, print view as text)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hx2ty.example.cn/print/notice-1110.html",
        title="关于冬季午睡统一使用防踢被的通知",
        record_title="仅正文打印 › 关于冬季午睡统一使用防踢被的通知（家长版）",
        date="2025-11-10",
        notes="print view as text: print buttons, a print-time stamp (no date), the printed URL and a print footer; date in Chinese numerals under the signature",
        page="""
!m 煌溪区第二托育园 · 打印视图
!m 打印时间：2025-11-18 09:40
!a [打印] [返回原文]
{T}
{BODY}
!m 原文链接：http://hx2ty.example.cn/notice/1110.html
!p ⇄ 第 1 页 · 共 1 页 ⇄
""",
        indent="\u3000\u3000",
        body="""
各位家长：
随着气温下降，为保证幼儿午睡既保暖又安全，经园务会研究，自11月17日起，托小班幼儿午睡统一使用防踢被，不再使用家中带来的厚棉被。有关事项通知如下：
一、防踢被由幼儿园统一采购，按幼儿身高分S、M、L三个尺码，费用从保育费中列支，家长无需另行缴费。
二、每名幼儿一件，绣有名字，每周五由幼儿园统一清洗晾晒。
三、如幼儿有过敏等特殊情况需自带睡具的，请于11月14日前告知班主任。
感谢各位家长的支持与配合！
煌溪区第二托育园
二〇二五年十一月十日
""",
    ),
    dict(
        slug="mail-webmail-letter-highchair-attachment-bar",
        site="沽岭政务邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.guling.gov.cn/read?mid=0623-7715",
        title="关于商请协助开展托育机构儿童餐椅安全检测的函",
        record_title="转发：关于商请协助开展托育机构儿童餐椅安全检测的函",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="webmail reading view of a forwarded letter: mail headers (with their own 抄送), a forwarded-message line and an attachment bar beside the letter's own 附件 list and 联系人/电话/邮箱; the mail's send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于商请协助开展托育机构儿童餐椅安全检测的函 - 沽岭政务邮箱</title>
<script src="/webmail/js/reader.js"></script></head>
<body>
<div class="mail-top">⟦m 沽岭政务邮箱⟧ ⟦m 收件箱(12)⟧ ⟦a 写信⟧ ⟦a 退出⟧</div>
<div class="mail-bar">⟦a 回复 ｜ 回复全部 ｜ 转发 ｜ 删除 ｜ 标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t 转发：关于商请协助开展托育机构儿童餐椅安全检测的函⟧</h3>
<p>⟦m 发件人：郭晓岚 &lt;glwjw_tyk@163.com&gt;⟧</p>
<p>⟦m 收件人：弥江市产品质量检验所办公室⟧</p>
<p>⟦m 抄　送：沽岭县教育体育局学前教育股⟧</p>
<p>⟦m 时　间：2025年6月23日（星期一）上午10:18⟧</p>
</div>
<div class="mail-body">
<p>⟦m ——— 原始邮件已转发 ———⟧</p>
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2个）：托育机构名单.xlsx（18K）　检测项目及要求.docx（22K）　打包下载⟧</div>
<div class="mail-ft">⟦d 政务邮箱严禁传输涉密信息⟧</div>
</body></html>
""",
        body="""
弥江市产品质量检验所：
为落实托育机构安全管理要求，我委拟于今年7月对全县27家托育机构在用的儿童餐椅开展一次安全检测。因我委缺乏专业检测设备和人员，特商请贵所予以技术支持，协助对餐椅的稳定性、安全带强度和锁止装置进行现场检测。
检测时间初定为7月14日至18日，具体安排请贵所与我委联系确定。检测费用按贵所收费标准由我委支付。
联系人：郭晓岚，电话：0793-5231708，邮箱：glwjw_tyk@163.com。
附件：1.托育机构名单及在用餐椅数量
2.检测项目及要求
沽岭县卫生健康委员会
2025年6月20日
""",
    ),
    dict(
        slug="mail-fwd-letter-helmet-standard-docx",
        site="forwarded mail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://inbox/2025-04-14/fwd-mjytxh-0412",
        title="关于婴幼儿防撞头盔团体标准征求意见的函",
        record_title="Fwd: 关于婴幼儿防撞头盔团体标准征求意见的函.docx",
        date="2025-04-12",
        date_also=["2025-04-14"],
        notes="a forwarded mail saved as text: Fwd and .docx in the record title; mail headers, a forwarder's note and an attachment line beside the letter's own 附件 line and contact; the mail date differs from the 成文日期",
        page="""
!m 发件人：倪工（质量部）
!m 日期：2025年4月14日 周一 15:02
!m 主题：Fwd: 关于婴幼儿防撞头盔团体标准征求意见的函.docx
!m 收件人：研发中心；生产部
!m 转给大家看一下，周五前把意见汇总给我。
!m ——— 以下为转发内容 ———
!m 发件人：弥江市婴童用品协会秘书处 <mjytxh@126.com>
{BODY}
!m 附件：意见反馈表.docx（16 KB）
!d 此邮件及附件仅供收件人使用，如误收请删除
""",
        body="""
各会员单位：
《婴幼儿防撞头盔团体标准（征求意见稿）》已经协会三届五次理事会审议通过，现面向会员单位公开征求意见。请各单位组织技术、质量人员认真研究，重点对系带强度、海绵阻燃、头围分号等指标提出修改意见。
请于2025年5月10日前将《意见反馈表》以电子邮件方式发送至协会秘书处。逾期未反馈的，视为无意见。
联系人：姚蕾，电话：0796-8219007，邮箱：mjytxh@126.com。
附件：意见反馈表
弥江市婴童用品协会
2025年4月12日
""",
    ),
]
