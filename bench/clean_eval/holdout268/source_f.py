"""holdout268, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.

Invented text, sites, places and people; each case written by hand. See ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-grain-measure-no-title",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-bk.com/item/%E7%B1%B3%E6%96%97/30221",
        title="米斗",
        record_title=None,
        date=None,
        notes="encyclopaedia entry, no title in the record: the entry name in <h1> (also the body's first words, "
        "matched as head); edit/discuss/history tabs, infobox, contents box, reference markers glued after "
        "sentences, an 'edit this section' link glued to a heading; 最近编辑 stamps are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>米斗_知源百科</title>
<script src="/static/js/lemma.js"></script>
</head>
<body>
<div class="zy-top">⟦m 知源百科 · 让知识有来处⟧ <a>⟦a 进入词条⟧</a> <a>⟦a 我要创建⟧</a></div>
<div class="zy-tabs">⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 修订历史⟧ ⟦a 收藏词条⟧</div>
<h1>{T}</h1>
<div class="zy-sub">⟦m 传统木制量器⟧</div>
<div class="zy-info">
<p>⟦m 中文名：米斗⟧</p>
<p>⟦m 别　名：粮斗、斗子⟧</p>
<p>⟦m 材　质：杉木、樟木等⟧</p>
<p>⟦m 用　途：量取粮食⟧</p>
</div>
<div class="zy-toc">⟦l 目录　1 形制　2 使用　3 文化⟧</div>
{BODY}
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《镒阳县民俗器物图录》，镒阳县文化馆编⟧</p></div>
<div class="zy-edit">⟦m 词条最近编辑：老木匠的孙子　3 天前⟧ ⟦m 浏览 8702 次⟧</div>
<div class="zy-foot">⟦d 知源百科词条由网友共同编辑，如有错漏欢迎修订⟧ ⟦m ©2024 知源百科⟧</div>
</body>
</html>
""",
        body="""
米斗，旧时用来量取粮食的木制容器，也是民间常用的计量器具，一斗合十升。⟦l [1]⟧
形制⟦a ✎编辑本段⟧
常见的米斗有方斗和圆斗两种。方斗上口大、底小，呈倒置的方台形；圆斗形似木桶。斗身多用杉木、樟木拼板制成，斗口和四角常包铁皮或铜皮，以防磨损。
使用
量粮时，先将米斗装满，再用一根木条（称“斗刮”或“概”）沿斗口刮平，称为“平斗”；不刮平而堆出尖的称为“尖斗”。
文化
米斗常被视为公平与富足的象征，民间有“升斗小民”等说法。一些地区的婚俗中，新娘进门时要跨过盛满谷物的米斗。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-bowen-entry-cricket-cage",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.bowen-baike.cn/wiki/guoguolong",
        title="蝈蝈笼",
        record_title="蝈蝈笼（传统鸣虫笼具）_民俗词条_博闻百科",
        date=None,
        notes="encyclopaedia entry as text: decorated title with a gloss and a column suffix; infobox lines, contents, "
        "edit link; section headings as body lines; no date",
        page="""
!m 博闻百科　博闻强识　人人可编
!t 蝈蝈笼（传统鸣虫笼具）
!a 编辑　|　收藏　|　纠错
!m 类　别：民间手工艺品
!m 主要材料：秫秸、竹篾、葫芦
!l 目录：1 制作材料　2 常见样式　3 养护
{BODY}
!m 本词条由“博闻民俗组”审核
!m 词条统计：浏览 4176 次　编辑 9 次
!d 博闻百科内容来自网友编辑，仅供参考
""",
        body="""
蝈蝈笼是用来饲养、携带蝈蝈等鸣虫的笼具，流行于华北及中原各地，是一种传统民间手工艺品。
制作材料
蝈蝈笼多用秫秸（高粱秆）、竹篾、葫芦、苇子等材料制作。秫秸笼轻便透气，造价低廉；竹篾笼结实耐用；葫芦笼多在冬季使用，可揣在怀中保暖。
常见样式
常见的有六角笼、圆笼、楼阁笼、葫芦笼等。楼阁笼层层叠叠，形似亭台，编织难度最大。
养护
笼子宜挂在阴凉通风处，避免暴晒和雨淋；秫秸笼受潮后易发霉，应及时晾干。
""",
    ),
    dict(
        slug="clouddrive-panxia-standard-armchair-acceptance-markers",
        site="盘匣云 (invented cloud drive)",
        style="网盘分享",
        genre="标准",
        kind="other",
        form="html",
        source="https://pan.panxia-yun.com/s/8fKq27LmZ",
        title="红木太师椅成品验收标准",
        record_title="红木太师椅成品验收标准（2024年二版）.wps",
        date=None,
        notes="cloud-drive preview: page-marker paragraphs '⟰n⟱' cut sentences; file-name record title with a year "
        "tag (no date); decimal headings; VIP prompts, share expiry; 分享于 昨天 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>红木太师椅成品验收标准（2024年二版）.wps｜盘匣云 免费分享</title>
<script src="//static.panxia-yun.com/preview.js"></script>
</head>
<body>
<div class="px-top">⟦m 盘匣云⟧ ⟦m 你的文件，随身的匣子⟧ <a>⟦a 登录盘匣⟧</a></div>
<div class="px-share">
<p>⟦t 红木太师椅成品验收标准（2024年二版）.wps⟧</p>
<p>⟦m 分享者：榫韵品管部　分享于 昨天　有效期：永久⟧</p>
<p>⟦a 保存到我的盘匣⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p>
</div>
<div class="px-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="px-end">⟦a 在线预览仅显示前3页，开通超级会员查看完整文档⟧</div>
<div class="px-foot">⟦d 盘匣云严禁分享违法违规内容，发现请举报⟧ ⟦m © 盘匣云 panxia-yun.com⟧</div>
</body>
</html>
""",
        p_html='<p class="px-p">{}</p>',
        pages=dict(fmt="⟰{n}⟱", every=90, start=2),
        body="""
1 适用范围
本标准适用于本厂生产的红木太师椅成品出厂验收。
2 外观要求
2.1 椅面、靠背、扶手表面平整光滑，无明显刀痕、毛刺和砂痕。
2.2 雕刻纹样清晰完整，与确认图纸一致，不得有崩口、断纹。
2.3 拼板缝隙不大于0.2毫米，色差不明显。
3 结构要求
3.1 各部件以榫卯连接，不得使用铁钉和螺钉。
3.2 椅子放置于平台上，四腿着地平稳，晃动量不大于1毫米。
3.3 成人坐于椅面前后摇动三次，各连接部位无松动、无异响。
4 含水率
木材含水率应在8%至12%之间，每批抽检不少于3把。
5 判定
以上各项全部合格的判为合格品，有一项不合格的返工后重新验收。
""",
    ),
    dict(
        slug="clouddrive-cunyi-instruction-bronze-casting-markers",
        site="存易网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.cunyi-pan.com/share/q7Tz0aWk",
        title="铜香炉熔铸作业指导书",
        record_title="铜香炉熔铸作业指导书.pdf",
        date=None,
        notes="cloud-drive text preview: page markers '⛫ n/4 ⛫' on lines of their own cut sentences; file-name "
        "record title; a work instruction with numbered steps and no date; share and expiry stamps are no dates",
        page="""
!m 存易网盘　文件分享
!t 铜香炉熔铸作业指导书.pdf
!m 分享人：德丰铜器厂技术科　　文件大小：1.2MB　　7天后过期
!a 保存到存易　　下载（需登录）
{T}
{BODY}
!a 预览到此结束，登录存易后下载完整PDF
!d 存易网盘仅提供存储服务，文件内容由分享者负责
""",
        pages=dict(fmt="⛫ {n}/4 ⛫", every=100, start=2),
        body="""
一、适用范围
本指导书适用于铜香炉砂型铸造中的熔铜和浇铸工序。
二、作业准备
1.检查中频电炉、坩埚和浇包，坩埚有裂纹的不得使用。
2.砂型须烘干，型腔内无散砂；浇铸区地面保持干燥，不得有积水。
3.作业人员穿戴阻燃工作服、防护面罩、隔热手套和高帮劳保鞋。
三、作业步骤
1.按配料单称取铜锭和回炉料，分批加入坩埚，不得一次加满。
2.铜液温度达到1150℃至1180℃时，加入除渣剂，扒净浮渣。
3.浇铸时浇包口贴近浇口杯，一次浇满，中途不得断流。
4.浇铸后的香炉在砂型内自然冷却不少于两小时，方可开箱取件。
四、注意事项
铜液严禁接触水和潮湿工具，以防爆溅伤人。
""",
    ),
    dict(
        slug="snapshot-xueji-villager-donates-qing-grain-measure",
        site="雪迹搜索 (invented search cache)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.xueji-sou.com/c?u=www.zhuling-wgl.gov.cn/xwdt/20240416/118.html",
        title="鞨原乡村民向县博物馆捐赠清代米斗",
        record_title="[快照存档] 鞨原乡村民向县博物馆捐赠清代米斗 — 铢岭县文化广电和旅游局 · 雪迹",
        date="2024-04-16",
        notes="search-cache frame: capture banner with a capture time (no date), highlighted terms, the original page's "
        "chrome inside; the original byline 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[快照存档] 鞨原乡村民向县博物馆捐赠清代米斗 — 铢岭县文化广电和旅游局 · 雪迹</title>
<script>var xj_hl = ["米斗", "捐赠"];</script>
</head>
<body>
<div class="mz-cache">
<p>⟦d 雪迹提示：您看到的是本页于 2024-05-02 11:20 被雪迹收录时的样子，页面可能已经更新⟧</p>
<p>⟦a 查看原网页⟧ ⟦a 纯文字版⟧</p>
<p>⟦m 已为您标亮的词：米斗　捐赠⟧</p>
</div>
<div class="orig">
<div class="wg-head">⟦m 铢岭县文化广电和旅游局⟧</div>
<div class="wg-nav">⟦m 首页　工作动态　文物保护　公共服务　政务公开⟧</div>
<div class="wg-loc">⟦m 首页 > 工作动态⟧</div>
<h1>{T}</h1>
<div class="wg-meta">⟦m 发布时间：2024-04-16　信息来源：县博物馆　字号：大 中 小⟧</div>
{BODY}
<div class="wg-foot">⟦m 铢岭县文化广电和旅游局主办　电话：0735-3318021⟧</div>
</div>
</body>
</html>
""",
        body="""
4月15日，铢岭县鞨原乡村民欧阳德厚将家中珍藏的一只清代米斗捐赠给县博物馆。
这只米斗为樟木方斗，斗口长32厘米，四角包铜，斗身一侧刻有“道光廿年置”字样。欧阳德厚说，米斗是祖上传下来的，家里人商量后，觉得放在博物馆里能让更多人看到。
县博物馆工作人员对米斗进行了登记和拍照，并向欧阳德厚颁发了捐赠证书。经初步鉴定，该米斗保存完好，对研究本地清代粮食计量习俗具有一定价值。
今年以来，县博物馆已接收群众捐赠的传统农具、计量器具等藏品37件。
""",
    ),
    dict(
        slug="snapshot-huisheng-song-incense-burner-unearthed-oneline",
        site="回声搜索 (invented text-only cache)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kz.huisheng-search.cn/text?url=www.zishui-wbzx.cn/gzdt/2024/0703/77.html",
        title="鸒口镇古寺遗址出土宋代青白瓷香炉",
        record_title="鸒口镇古寺遗址出土宋代青白瓷香炉 - 锱水县文物保护中心 〔回声·纯文本快照〕",
        date="2024-07-03",
        notes="text-only cache: the body on one line; capture banner (no date); the original byline 发布时间 is the "
        "page's date; a 'view the original' link",
        page="""
!d 【回声快照】以下为该网页的纯文本存档，抓取于 2024-07-20，原网页可能已改动
!a 转到原网页　|　带图片版快照
!m 锱水县文物保护中心 > 工作动态
{T}
!m 发布时间：2024-07-03　来源：考古部　浏览次数：467
{BODY}
!m 锱水县文物保护中心　地址：锱水县文昌路31号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
近日，锱水县文物保护中心在鸒口镇一处古寺遗址开展考古勘探时，清理出一件宋代青白瓷香炉。
这件香炉高约11厘米，口沿外翻，腹部饰有三道弦纹，下承三只兽足，釉色莹润，除一足略有残损外基本完整。
考古人员介绍，遗址内还发现了大量瓦片和一段石砌台基，结合出土器物判断，这里可能是一座宋元时期的寺院。
目前，香炉已移交县博物馆进行修复，相关考古工作仍在进行。
""",
    ),
    dict(
        slug="print-huaniao-market-notice-insect-cages",
        site="秉川市花鸟市场管理处 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.bchuaniao.com/print.aspx?id=2024083002",
        title="关于规范秋季鸣虫及虫具经营秩序的通知",
        record_title="〔打印用稿〕关于规范秋季鸣虫及虫具经营秩序的通知——秉川市花鸟市场管理处",
        date="2024-08-30",
        notes="print view calling window.print(): print toolbar, print stamp (no date), the page URL, a print footer "
        "closing the page; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔打印用稿〕关于规范秋季鸣虫及虫具经营秩序的通知——秉川市花鸟市场管理处</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload = function(){ window.print(); };</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕〔关闭本页〕〔返回正文页〕⟧</div>
<div class="pr-head">⟦m 秉川市花鸟市场管理处　公告栏⟧</div>
<h2>{T}</h2>
<div class="pr-meta">⟦m 打印于 今天 10:42　本页地址：www.bchuaniao.com/gg/2024083002⟧</div>
{BODY}
<div class="pr-foot">⟦p ⦀ 第1页／共1页 ⦀⟧</div>
</body>
</html>
""",
        body="""
各经营户：
秋季是鸣虫交易旺季，为维护市场秩序，保护野生动物资源，现将有关事项通知如下：
一、鸣虫及蝈蝈笼经营户须在市场东区划定的摊位内经营，不得在通道、出入口摆摊。
二、禁止收购、出售国家和省重点保护的野生动物，所售蝈蝈、蟋蟀须为人工繁育。
三、蝈蝈笼、虫具须明码标价，手工笼具须标明制作材料。
四、每日收市后，各经营户须清扫摊位，死亡鸣虫装袋后投入指定垃圾桶。
对违反上述规定的，市场管理处将责令改正；拒不改正的，终止摊位租赁合同。
秉川市花鸟市场管理处
2024年8月30日
""",
    ),
    dict(
        slug="print-folk-museum-request-grain-measure-repair-funds",
        site="镒阳县民俗博物馆 (invented, print view)",
        style="打印页",
        genre="请示",
        kind="report",
        form="text",
        source="http://www.yyminsu.org.cn/print/gongwen/1008.html",
        title="关于申请馆藏老米斗保护修复经费的请示",
        record_title="[打印友好版] 关于申请馆藏老米斗保护修复经费的请示 | 镒阳县民俗博物馆",
        date="2024-10-08",
        notes="print view as text: 成文日期 in Chinese numerals; print header with the page URL and a print stamp (no date), the request's own "
        "联系人/电话, 妥否请批示, a print footer closing the page",
        page="""
!m 镒阳县民俗博物馆　—　公文打印
!m 原文链接：http://www.yyminsu.org.cn/gongwen/1008.html
!m 打印时间：2 小时前
{T}
{BODY}
!p ⎻ 第1页 共1页 ⎻
""",
        indent="\u3000\u3000",
        body="""
县文化和旅游局：
我馆现藏老米斗43件，其中17件存在斗板开裂、铁箍锈蚀、虫蛀等病害，亟需修复。为做好藏品保护，我馆拟于今年11月至明年3月开展老米斗保护修复，现将有关事项请示如下：
一、修复内容：低温杀虫、清洁除锈、开裂斗板粘合、缺失部件补配等。
二、经费预算：修复材料费3.2万元，专家劳务费1.8万元，共计5万元。
三、实施方式：聘请省博物馆木器修复专家指导，我馆业务人员具体实施。
妥否，请批示。
联系人：卢静和，电话：0739-6690437
镒阳县民俗博物馆
二〇二四年十月八日
""",
    ),
    dict(
        slug="mail-defeng-webmail-letter-bronze-incense-burner",
        site="德丰铜器厂企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.defeng-tongqi.com/read?mid=0607-0914-3321",
        title="关于订制大殿铜香炉的函",
        record_title="FW：【订制】关于订制大殿铜香炉的函",
        date="2024-06-06",
        date_also=["2024-06-07"],
        notes="webmail reading view: forwarded header (发件人/收件人/抄送/时间), an attachment bar beside the letter's own "
        "附件 list; the letter's own 联系人/电话; the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>FW：【订制】关于订制大殿铜香炉的函 - 德丰企业邮</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="wm-top">⟦m 德丰企业邮⟧ ⟦m 销售部 邵可 ｜ shaoke@defeng-tongqi.com⟧ ⟦a 退出⟧</div>
<div class="wm-tools">⟦a 回复　全部回复　转发　删除　标为未读　更多⟧</div>
<div class="wm-subject"><h2>⟦t FW：【订制】关于订制大殿铜香炉的函⟧</h2></div>
<div class="wm-head">
<p>⟦m 发件人：邵德丰 &lt;shaodefeng@defeng-tongqi.com&gt;⟧</p>
<p>⟦m 收件人：销售部 邵可 &lt;shaoke@defeng-tongqi.com&gt;⟧</p>
<p>⟦m 抄　送：技术科 &lt;jishu@defeng-tongqi.com&gt;⟧</p>
<p>⟦m 时　间：2024年6月7日（星期五）上午9:14⟧</p>
</div>
<div class="wm-fwd">⟦m 小邵：药王庙的订单，你先出个报价。——邵⟧</div>
<div class="wm-fwd">⟦m ---------- 原始邮件 ----------⟧</div>
<div class="wm-fwd">⟦m 发件人：鸒口药王庙寺管会 &lt;yaowangmiao_sgh@163.com&gt;　发送时间：2024年6月6日 16:40⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">
<p>⟦a 📎 2 个附件（共 3.4MB）　全部下载　打包预览⟧</p>
<p>⟦a 场地平面图.jpg（2.1MB）　预览　下载⟧</p>
<p>⟦a 原香炉照片.jpg（1.3MB）　预览　下载⟧</p>
</div>
<div class="wm-foot">⟦m 德丰企业邮 · 由锱邮云提供技术支持⟧</div>
</body>
</html>
""",
        body="""
锱水县鸒口镇德丰铜器厂：
我寺大殿前的铁香炉使用多年，炉身锈蚀开裂，拟更换为铜香炉一只。经寺管会研究，特函商以下事项：
一、香炉为三足双耳圆鼎式，通高1.6米，口径1.1米，炉身铸“风调雨顺”四字。
二、请贵厂于6月20日前提供设计图和报价，交货时间不晚于10月底。
三、香炉运输、安装由贵厂负责，费用列入报价。
联系人：释明远（寺管会办公室），电话：0738-5277013。
附件：1.大殿前场地平面图
2.原香炉照片
锱水县鸒口镇药王庙管理委员会
2024年6月6日
""",
    ),
    dict(
        slug="mail-forwarded-text-letter-borrow-grain-measures",
        site="镒阳县民俗博物馆 (invented, a mail forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://yyminsu.org.cn/inbox/20240904-0817",
        title="关于商借老米斗参加民间米斗收藏展的函",
        record_title="Fwd：（请阅办）关于商借老米斗参加民间米斗收藏展的函",
        date="2024-09-03",
        date_also=["2024-09-04"],
        notes="a mail forwarded as text: forward header with its own 抄送 line beside the letter's 抄送 line; the "
        "letter's own 联系人/电话/邮箱 and 附件; the forward date also accepted; a mobile-client signature",
        page="""
!m 主题：Fwd：（请阅办）关于商借老米斗参加民间米斗收藏展的函
!m 发件人："镒阳县民俗博物馆办公室" <bgs@yyminsu.org.cn>
!m 日期：2024年9月4日 08:17
!m 收件人：典藏部 <diancang@yyminsu.org.cn>
!m 抄送：馆长 <guanzhang@yyminsu.org.cn>
!m 请典藏部拟回复意见，周五前报馆长。
!m ---------- Forwarded message ---------
!m From: 秉川市博物馆陈列部 <clb@bcmuseum.cn>
{T}
{BODY}
!m 发自我的手机邮箱客户端
""",
        body="""
镒阳县民俗博物馆：
我馆定于10月8日至明年1月5日举办“斗量千秋——民间米斗收藏展”。贵馆收藏的老米斗品类齐全、特色鲜明，为丰富展览内容，特商借贵馆藏品6件参展，清单附后。
借展期间，藏品由我馆派专车接送，全程购买保险，展出时使用独立展柜，展毕按原状归还。
如蒙同意，请于9月15日前回复。
联系人：冉静秋，电话：0736-2209518，邮箱：bcbwg_zl@126.com
附件：借展藏品清单
秉川市博物馆
2024年9月3日
抄送：秉川市文化广电和旅游局
""",
    ),
]
