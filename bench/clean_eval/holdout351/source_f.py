"""holdout351, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Written by hand for the blind part holdout351 (see ../README.md and ../build.py for the
markup). Every place, person, firm, site, URL, phone number and chrome line is invented.
"""

CASES = [
    dict(
        slug="examforum-shenlun-essay-float-village-junk",
        site="申论研习社 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://bbs.shenlunyanxi.com/t/31207.html",
        title="一枚鱼漂里的乡村振兴",
        record_title="[申论练手·乡村振兴] 一枚鱼漂里的乡村振兴（大作文第一稿，请各位轻拍）- 申论交流 - 申论研习社",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; a poster's word-count line; replies; "
        "relative times only",
        page="""
!m 申论研习社 · 一起写好大作文
!m 申论研习社 > 申论交流 > 大作文批改
!t [申论练手·乡村振兴] 一枚鱼漂里的乡村振兴（大作文第一稿，请各位轻拍）
!m 作者：碆湾小考生　　发表于 4 天前　　阅读 915　回复 22
!m 正文约1000字，限时50分钟完成
{BODY}
!l 2楼 老叶批改：立意不错，第三段论据可以再具体些
!l 3楼 小溪：“守住土味”这个说法很好，借鉴了
!a 回复后可下载本帖批改版PDF
!m 申论研习社 湘ICP备20019987号
""",
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=2),
        body="""
在浟水县碆湾镇，一枚小小的鱼漂撑起了一个年产值两亿多元的产业。从走街串巷的手艺人，到产品销往全国的产业园，碆湾鱼漂的故事告诉我们：乡村振兴，既要守住“土”味，也要闯出新路。
守住“土”味，就是要立足本地资源和传统手艺。碆湾人做鱼漂三十多年，靠的是河滩上的芦苇和一代代传下来的手艺。正是这份扎根乡土的积累，让小鱼漂有了闯大市场的底气。离开了本地特色，乡村产业就成了无源之水。
闯出新路，就是要用新技术、新模式为传统产业赋能。数控打磨让产品更精良，电商直播让销路更宽广，高校团队研发的夜光鱼漂让产品更环保。传统手艺只有不断创新，才能跟上市场的步伐。
当然，产业做大了，也要防止“劣币驱逐良币”。行业协会制定自律公约，正是为了守护“碆湾鱼漂”这块招牌。
一枚鱼漂，浮沉之间见初心。乡村振兴的路上，需要更多这样既守得住、又闯得出的“碆湾样本”。
""",
    ),
    dict(
        slug="wiki-boshi-entry-pet-bed",
        site="博识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="encyclopaedia entry",
        kind="other",
        form="html",
        source="https://baike.boshibk.com/item/宠物窝/58213",
        title="宠物窝",
        record_title="宠物窝（宠物起居用品）_博识百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued after "
        "sentences, an edit-section link glued to a heading; the entry name as title and infobox value "
        "(head); no date (an edit stamp only)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>宠物窝（宠物起居用品）_博识百科</title>
<script src="//static.boshibk.com/item.js"></script>
</head>
<body>
<div class="bk-top">⟦m 博识百科 · 人人可编的知识库⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bk-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1 class="bk-title">{T}</h1>
<div class="bk-sub">⟦m 宠物起居用品⟧</div>
<table class="bk-info">
<tr><td>⟦m 中文名⟧</td><td>⟦t 宠物窝⟧</td></tr>
<tr><td>⟦m 别　名：宠物床、猫窝、狗窝⟧</td></tr>
<tr><td>⟦m 类　别：宠物用品⟧</td></tr>
<tr><td>⟦m 常见材质：棉布、PP棉、记忆海绵⟧</td></tr>
</table>
<div class="bk-toc">⟦l 目录：1 材质　2 选购与使用　3 参考资料⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="bk-ref"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 宠物用品分类与术语，行业资料汇编⟧</p>
<p>⟦l [2] 家用宠物窝选购指南，消费者刊物⟧</p></div>
<div class="bk-edit">⟦m 最近更新：6 天前（编辑者：布偶爱好者）⟧</div>
<div class="bk-foot">⟦d 词条内容由网友共同编辑，仅供参考，如需专业意见请咨询兽医。⟧ ⟦m ©2025 博识百科⟧</div>
</body>
</html>
""",
        body="""
宠物窝是供猫、犬等家养宠物休息和睡眠使用的用品，通常由外套、填充物和底垫组成，按形状可分为圆形窝、方形窝、封闭式窝和吊床式窝等。⟦m [1]⟧
材质⟦a ✎ 改这一段⟧
宠物窝的外套多采用棉布、灯芯绒、牛津布或短毛绒，填充物常用PP棉、珍珠棉、记忆海绵等，底部一般加装防滑或防水材料。⟦m [2]⟧夏季使用的凉窝多采用藤编或冰丝面料。
选购与使用
选购宠物窝时，应根据宠物的体型选择尺寸，以宠物能完全伸展身体为宜；老年宠物和关节不好的宠物宜选用边缘较低、支撑性好的款式。宠物窝应放在通风、干燥、避开阳光直射的位置，并定期清洗和晾晒，以减少螨虫和细菌滋生。
""",
    ),
    dict(
        slug="wiki-nongzhi-entry-greenhouse-film",
        site="农知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="encyclopaedia entry",
        kind="other",
        form="text",
        source="https://www.nongzhibaike.cn/entry/dapengmo",
        title="大棚膜",
        record_title="大棚膜 - 农资词条 - 农知百科",
        date=None,
        notes="encyclopaedia as text: entry name repeated on top (head), infobox lines, contents line, "
        "references; no date",
        page="""
!m 农知百科　懂农业的百科全书
!m 农知百科 > 农资 > 农用薄膜
{T}
!m 词条统计：浏览 3.2万　编辑 14次　最近更新 2 个月前
!a 收藏词条　|　我要编辑　|　纠错
!m 中文名：大棚膜　外文名：greenhouse film　主要原料：PE、EVA、PO
!l 目录　1 分类　2 使用与回收　3 参考资料
{BODY}
!l 参考资料：设施园艺覆盖材料应用手册；农用薄膜回收利用技术指南
!l 词条标签：农资　设施农业　农膜
!d 本词条内容仅供参考，具体使用请咨询当地农技部门。
""",
        body="""
大棚膜，又称棚膜，是覆盖在塑料大棚、日光温室等设施骨架上的农用塑料薄膜，主要起透光、保温、防雨的作用，是设施农业最基本的生产资料之一。
分类
按原料可分为聚乙烯（PE）膜、乙烯-醋酸乙烯（EVA）膜和聚烯烃（PO）膜等；按功能可分为无滴膜、消雾膜、转光膜、耐老化膜等。其中PO膜透光率高、使用寿命长，一般可连续使用三到五年，近年来推广面积逐年扩大。
使用与回收
覆膜宜选择无风的晴天进行，膜面要拉紧、压牢，避免大风天“鼓膜”损坏。大棚膜老化后透光率下降，应及时更换。换下的旧膜应清除泥土后交由回收网点统一处理，不得随意丢弃或焚烧。
""",
    ),
    dict(
        slug="drive-yunxia-contract-template-pet-bowls",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="合同范本",
        kind="contract",
        form="html",
        source="https://pan.yunxia.com/s/1Qx7Rb02kPwz",
        title="宠物碗采购合同（范本）",
        record_title="【范本·可打印填写】宠物碗采购合同（范本）｜云匣网盘 · 好友分享",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, a share-expiry line; a contract "
        "template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【范本·可打印填写】宠物碗采购合同（范本）｜云匣网盘 · 好友分享</title>
<script src="https://pan.yunxia.com/static/share.min.js"></script>
</head>
<body>
<div class="yx-top">⟦m 云匣网盘 · 你的文件随身匣⟧ <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="yx-share">
<p>⟦m 分享者：采购小苏　分享于 2 周前　有效期：永久⟧</p>
<p>⟦m 文件：宠物碗采购合同（范本）.docx　36.8KB⟧</p>
<div class="yx-btns"><a>⟦a 保存到我的云匣⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 超级会员极速下载⟧</a></div>
</div>
<div class="yx-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="yx-vip">⟦a 开通超级会员，预览全文不限页数，下载提速10倍⟧</div>
<div class="yx-report">⟦a 举报该分享⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣网盘分享侵权或违法内容，一经发现将取消分享。⟧ ⟦m ©2025 云匣网盘⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：××宠物用品有限公司
乙方（供货方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关规定，甲乙双方经平等协商，就宠物碗采购事宜订立本合同。
第一条　产品名称、规格、数量：不锈钢宠物碗，规格××厘米，数量＿＿＿＿个，单价＿＿＿＿元，合计金额（大写）＿＿＿＿＿＿元。
第二条　质量要求：产品应符合食品接触用金属材料及制品的国家标准，乙方每批次交货时须提供有效的检测报告。
第三条　交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定仓库，运费由乙方承担。
第四条　验收：甲方收货后5个工作日内完成验收，发现质量问题的，乙方应无条件退换。
第五条　付款方式：验收合格后＿＿日内，甲方一次性支付全部货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="drive-shancun-plan-stand-sink-marks-wps",
        site="闪存盘分享 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shancunpan.com/share/8c41d2",
        title="手机支架注塑件缩痕问题整改方案",
        record_title="手机支架注塑件缩痕问题整改方案.wps",
        date="2025-08-05",
        notes="file-name record title; cloud-drive preview as text; page markers ⮮ pn ⮯ glued with a space to "
        "the continuation of cut paragraphs; 成文日期 under the signature",
        page="""
!m 闪存盘分享
!t 手机支架注塑件缩痕问题整改方案.wps
!m 分享人：稳拿生产部　文件大小 52KB　分享时间 3 天前
!a 保存到网盘　　下载（非会员限速100KB/s）
!m ——— 在线预览 ———
{BODY}
!a 预览模式仅显示前5页，完整内容请下载后查看
!d 闪存盘不对用户分享的文件内容承担责任
""",
        pages=dict(fmt="⮮ p{n} ⮯", every=125, start=2, glue=True, sep=" "),
        body="""
为解决近期Z5系列手机支架托架注塑件批量出现缩痕的问题，提高产品外观合格率，经生产部、技术部共同分析，制定本整改方案。
一、问题概况
7月份，Z5托架注塑件外观不良率由平时的1.2%上升至6.8%，不良主要表现为托架背面加强筋对应位置出现凹陷缩痕，影响产品外观和客户体验。
二、原因分析
经排查，主要原因有三：一是7月气温升高，模具冷却水温偏高，冷却不充分；二是新批次原料含水率偏高，烘料时间不足；三是保压时间设定偏短。
⟦t 手机支架注塑件缩痕问题整改方案⟧
三、整改措施
（一）加装模温机，将模具温度控制在45至50摄氏度。
（二）原料烘干时间由2小时延长至4小时，上机前抽检含水率。
（三）保压时间由3秒调整为5秒，并由技术部重新确认工艺参数。
四、完成时限
上述措施于8月15日前全部落实到位，8月底前外观不良率降至1.5%以下。
浤州稳拿科技有限公司生产部
2025年8月5日
""",
    ),
    dict(
        slug="cache-moji-tip-glow-float-batteries",
        site="墨迹快照 (invented search cache) / 浟水县市场监督管理局 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.mojikuaizhao.com/c?u=http%3A%2F%2Fscjg.youshui.gov.cn%2Fxfts%2F2025%2F0723%2F118.html",
        title="关于夜光电子鱼漂电池使用安全的消费提示",
        record_title="关于夜光电子鱼漂电池使用安全的消费提示 - 浟水县市场监督管理局（墨迹快照）",
        date="2025-07-22",
        date_also=["2025-07-23"],
        notes="search-cache frame: capture banner with the original URL and a highlighted-terms line, the "
        "cached portal's chrome; a 12315 sentence in the body; the cached page's posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于夜光电子鱼漂电池使用安全的消费提示 - 浟水县市场监督管理局（墨迹快照）</title>
<base href="http://scjg.youshui.gov.cn/xfts/2025/0723/118.html">
</head>
<body>
<div style="border:1px solid #ccc;background:#fffbe6;padding:6px;">
<p>⟦m 这是墨迹快照为您保存的网页副本，抓取于 2 天前。⟧</p>
<p>⟦m 原网页：http://scjg.youshui.gov.cn/xfts/2025/0723/118.html⟧</p>
<p>⟦a 已为您标亮的词：<b style="background:#ff6">鱼漂</b> <b style="background:#9f9">电池</b>⟧　⟦a 查看原网页 ›⟧</p>
<p>⟦d 墨迹快照仅为检索便利提供，与原网站无关，其内容以原网页为准。⟧</p>
</div>
<hr>
<div class="ys-head">⟦m 浟水县市场监督管理局⟧</div>
<div class="ys-nav">⟦m 首页 | 机构职能 | 政务公开 | 消费维权 | 办事服务⟧</div>
<div class="ys-pos">⟦m 当前位置：首页 > 消费维权 > 消费提示⟧</div>
<h3>{T}</h3>
<div class="ys-info">⟦m 发布日期：2025-07-23　来源：消费者权益保护股⟧</div>
<div class="ys-con">
{BODY}
</div>
<div class="ys-foot">⟦m 浟水县市场监督管理局 版权所有　湘ICP备06019833号⟧</div>
</body>
</html>
""",
        body="""
夏季夜钓进入旺季，夜光电子鱼漂销量明显增加。近期，我局接到多起消费者关于电子鱼漂电池发热、鼓包的咨询。为保障消费者安全，现作如下消费提示：
一、选购有标识的产品。购买电子鱼漂时，应查看产品是否标明生产厂名、厂址、电池型号和执行标准，不购买“三无”产品。
二、正确使用和存放电池。电子鱼漂多使用纽扣电池或小型充电电池，使用后应及时取出，不要与钥匙、硬币等金属物品混放，避免短路发热。
三、不要私自改装。不要为了提高亮度，自行更换大容量电池或改装电路。
四、废旧电池不乱丢。用过的电池请投放到有害垃圾收集点，切勿丢入河道、水塘。
消费者可关注“浟水市场监管”微信公众号，及时了解钓具等产品的抽检信息。如发现产品质量问题，可拨打12315投诉举报。
浟水县市场监督管理局
2025年7月22日
""",
    ),
    dict(
        slug="cache-shisui-letter-bowl-testing-oneline",
        site="拾穗搜索 (invented search cache, text-only)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.shisuiso.com/text?id=7c0a99e1&u=www.pxxiehui.org.cn%2Ftzgg%2F2025%2F0416.html",
        title="关于商请提供宠物碗检测技术支持的函",
        record_title="关于商请提供宠物碗检测技术支持的函（纯文本存档·拾穗）",
        date="2025-04-14",
        notes="text-only cache: capture banner and original URL; the whole letter on one line; the letter's "
        "own contact; 成文日期 at the end",
        page="""
!m 拾穗搜索 · 纯文本存档
!m 本页是 www.pxxiehui.org.cn/tzgg/2025/0416.html 的纯文本副本，存档时间：5 天前
!a 返回搜索结果　　打开原网页
!m 泙溪县消费者协会 > 通知公告
{T}
{BODY}
!d 存档副本可能与原网页不一致，请以原网页为准。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
浤州市产品质量检验所：
近期，我会陆续接到消费者关于宠物碗有异味、掉色的投诉。为做好消费维权工作，我会拟于5月开展宠物碗比较试验，对市面上销售的20款宠物碗进行检测。鉴于贵所在食品接触材料检测方面具有丰富经验和专业设备，特商请贵所在样品检测、检测方案制定等方面给予技术支持。
检测费用由我会按有关规定支付。如蒙同意，请于4月25日前函复。
联系人：泙溪县消费者协会秘书处　危若兰，电话：0797-6328315
泙溪县消费者协会
2025年4月14日
""",
    ),
    dict(
        slug="print-lingchuan-report-boarding-pet-beds",
        site="淩川县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.lingchuan.gov.cn/print.jsp?id=20250926017",
        title="关于宠物寄养门店宠物窝卫生检查情况的通报",
        record_title="打印版面 ⇢ 关于宠物寄养门店宠物窝卫生检查情况的通报｜淩川县市场监督管理局",
        date="2025-09-26",
        notes="print view calling window.print(): print/close buttons, the source URL line, a data table; the "
        "print footer ⯬ 第1页 共1页 ⯭ closes the page",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印版面 ⇢ 关于宠物寄养门店宠物窝卫生检查情况的通报｜淩川县市场监督管理局</title>
<style>@media print {.noprint{display:none}}</style>
<script>window.onload = function () { window.print(); };</script>
</head>
<body>
<div class="noprint">⟦a 〔开始打印〕　〔关闭本窗口〕⟧</div>
<div class="p-src">⟦m 淩川县市场监督管理局　http://scjg.lingchuan.gov.cn⟧</div>
<h2>{T}</h2>
<div class="p-info">⟦m 信息来源：食品药品和特种设备股　打印时间：2025-10-03 14:22⟧</div>
<div class="p-text">
{BODY}
</div>
<div class="p-foot">⟦p ⯬ 第1页 共1页 ⯭⟧</div>
</body>
</html>
""",
        body="""
各市场监管所，各宠物寄养门店：
为预防宠物疫病传播，保障寄养宠物健康，9月中下旬，县市场监督管理局会同县农业农村局对城区24家宠物寄养门店开展了卫生专项检查，重点检查宠物窝、笼舍的清洗消毒情况。现将检查情况通报如下：
检查项目　合格门店　不合格门店
宠物窝清洗消毒记录　19家　5家
一宠一窝隔离使用　21家　3家
消毒剂规范存放　22家　2家
检查发现，部分门店宠物窝长期不清洗，个别门店将患病宠物与健康宠物混用宠物窝，存在疫病传播隐患。对检查中发现问题的门店，已责令限期整改，整改情况将纳入复查。
请各寄养门店对照问题认真自查，建立宠物窝清洗消毒台账，做到一宠一窝、用后即洗、定期消毒。
淩川县市场监督管理局
2025年9月26日
""",
    ),
    dict(
        slug="print-bowan-notice-flood-season-float-plants",
        site="碆湾镇人民政府 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.bowanzhen.gov.cn/print/2025/0530/41.html",
        title="关于做好汛期鱼漂生产企业安全生产工作的通知",
        record_title="〔存档打印件〕关于做好汛期鱼漂生产企业安全生产工作的通知 - 碆湾镇人民政府",
        date="2025-05-30",
        notes="print view as text: print header with the URL and a print time, a sentence about printing the "
        "hazard ledger (content); the print footer ⮰ 第 1 页（共 1 页）⮱ closes the page",
        page="""
!a 【打印】【返回】
!m 碆湾镇人民政府网站　www.bowanzhen.gov.cn
{T}
!m 发布：镇安监站　打印于 2025-06-02 08:47
{BODY}
!m 本页地址：http://www.bowanzhen.gov.cn/zwgk/2025/0530/41.html
!p ⮰ 第 1 页（共 1 页）⮱
""",
        indent="\u3000\u3000",
        body="""
各村（社区），各鱼漂生产企业：
当前已进入主汛期，为切实做好鱼漂生产企业汛期安全生产工作，现将有关事项通知如下：
一、加强仓库防潮防火。鱼漂生产使用的油漆、稀释剂等易燃物品要存放在专用仓库，严禁堆放在生产车间和员工宿舍。
二、做好用电安全检查。各企业要对打磨、烘干设备和电气线路开展一次全面检查，雷雨天气期间暂停户外喷漆作业。
三、落实隐患排查整改。各企业要建立隐患排查台账，整改完成后将台账打印出来张贴在车间醒目位置，接受员工监督。
镇安监站将于6月上旬对全镇鱼漂生产企业开展督查。
碆湾镇人民政府
2025年5月30日
""",
    ),
    dict(
        slug="mail-youetong-letter-archive-phone-stands-docx",
        site="邮e通 (invented webmail) / 浤州市档案馆 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.youetong.cn/read?mid=2025101009260044",
        title="关于订购口述档案采集用手机支架的函",
        record_title="转发：关于订购口述档案采集用手机支架的函.docx",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="webmail reading view: forwarded header with its own 抄送 beside the letter's 抄送 line, an "
        "attachment bar beside the letter's 附件 list; the letter's contact and mailbox; mail date differs; "
        "file-name record title",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>邮e通 - 读信</title>
<script src="https://mail.youetong.cn/js/reader.js"></script>
</head>
<body>
<div class="ml-top">⟦m 邮e通企业邮箱⟧ ⟦m sales@wennatech.com⟧ <a>⟦a 退出⟧</a></div>
<div class="ml-side">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="ml-bar">⟦a 回复　回复全部　转发　删除　标记为 ▾⟧</div>
<div class="ml-head">
<p>⟦m 主题：转发：关于订购口述档案采集用手机支架的函.docx⟧</p>
<p>⟦m 发件人：浤州市档案馆征集编研科 &lt;hzdagzj@163.com&gt;⟧</p>
<p>⟦m 收件人：稳拿科技销售部 &lt;sales@wennatech.com&gt;⟧</p>
<p>⟦m 抄　送：稳拿科技客服部 &lt;service@wennatech.com&gt;⟧</p>
<p>⟦m 时　间：2025年10月10日（星期五）09:26⟧</p>
</div>
<div class="ml-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="ml-att">
<p>⟦a 📎 附件 3 个（共 268KB）　全部下载　打包预览⟧</p>
<p>⟦a 关于订购口述档案采集用手机支架的函.docx⟧</p>
<p>⟦a 口述档案采集设备需求清单.xlsx⟧</p>
<p>⟦a 供应商信息登记表.docx⟧</p>
</div>
<div class="ml-foot">⟦d 邮e通提醒：请勿轻易打开来历不明的附件。⟧</div>
</body>
</html>
""",
        body="""
浤州稳拿科技有限公司：
我馆计划于今年11月开展“口述档案”采集工作，需要为采访录制配备一批手机支架。经比较，贵公司生产的Z7折叠铝合金手机支架和落地式直播支架较为适合，现函请贵公司按以下需求报价：
1. Z7折叠铝合金手机支架，20个；
2. 落地式直播支架（带补光灯），6套。
请贵公司于10月20日前将报价单及产品检测报告发送至我馆邮箱。
联系人：浤州市档案馆征集编研科　覃书言，电话：0739-8260417，邮箱：hzdagzj@163.com
附件：1.口述档案采集设备需求清单
2.供应商信息登记表
浤州市档案馆
2025年10月9日
抄送：浤州市档案局办公室
""",
    ),
    dict(
        slug="mail-bowan-forward-float-spot-check-letter",
        site="碆湾镇经发办 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:bwzjfb@163.com?id=20250820-1005",
        title="关于鱼漂产品质量抽检结果的告知函",
        record_title="抄转：关于鱼漂产品质量抽检结果的告知函（镇经发办转各企业）",
        date="2025-08-18",
        date_also=["2025-08-20"],
        notes="forwarded mail as text: mail headers, the forwarder's note (neutral), an original-mail divider, "
        "the mail's attachment line beside the letter's 附件 list; mail date differs from the 成文日期",
        page="""
!m 发件人：碆湾镇经发办 <bwzjfb@163.com>
!m 发送时间：2025年8月20日 星期三 10:05
!m 收件人：碆湾镇鱼漂企业群发组
!t 主题：抄转：关于鱼漂产品质量抽检结果的告知函（镇经发办转各企业）
!a 附件（2个）：抽检结果汇总表.xlsx　不合格企业名单.docx　〔全部下载〕
各位企业负责人：县市场监管局来函转给大家，请认真阅读，按时整改。
!m -------- 原始邮件 --------
!m 发件人：浟水县市场监督管理局质量监督科 <yszljdk@163.com>
!m 日期：2025年8月18日 16:40
{T}
{BODY}
!m 发自我的随身邮App
""",
        body="""
浟水县碆湾镇人民政府：
我局于2025年7月对辖区内鱼漂产品开展了质量抽检，共抽检贵镇12家企业生产的鱼漂产品24批次，其中合格21批次，不合格3批次，不合格项目为吃铅量标注值偏差超出允许范围。现将抽检结果告知贵镇，请督促相关企业及时整改，并于9月15日前将整改情况报我局。
附件：1.鱼漂产品质量抽检结果汇总表
2.不合格产品企业名单
联系人：质量监督科　邢思齐，电话：0739-7817306
浟水县市场监督管理局
2025年8月18日
""",
    ),
]
