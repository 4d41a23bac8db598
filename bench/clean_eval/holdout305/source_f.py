"""holdout305, part F: encyclopaedias, cloud drives, search snapshots, print views and forwarded mail.

Invented text (places, people, sites, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-wujinbaike-entry-window-latch-no-title",
        site="五金百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wujin-zhishi.com/item/chuangshuan",
        title="窗栓",
        record_title=None,
        date=None,
        notes="no title in the record and only the site's name in <title>: the entry's <h1> gives it (matched as head, "
        "since the entry's name opens the body); edit/discuss/history tabs, an infobox, a contents box, reference "
        "markers glued after a 。 and an 'edit this section' link glued to two section headings; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>五金百科 - 门窗五金知识库</title></head>
<body>
<div class="bk-top">⟦m 五金百科⟧ <input placeholder="搜词条"> <a>⟦a 我来写词条⟧</a></div>
<div class="bk-tabs">⟦a 词条正文 ｜ 讨论区 ｜ 修订记录⟧</div>
<h1>{T}</h1>
<p class="bk-sub">⟦m 门窗五金配件⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：窗栓⟧</td></tr>
<tr><td>⟦m 俗称：窗插、插栓⟧</td></tr>
<tr><td>⟦m 所属类别：门窗五金⟧</td></tr>
<tr><td>⟦m 常见材质：锌合金、不锈钢⟧</td></tr>
</table>
<div class="toc">⟦l 本词条目录 1 构造 2 分类 3 使用与维护⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 门窗五金件通用技术条件编写组. 门窗五金入门. 第2版⟧</p><p>⟦l [2] 校园安全设施配置指引（征求意见稿）⟧</p></div>
<div class="bk-meta">⟦m 本词条由 3 位编者共同完善，浏览 6,218 次，上次修订：2 周前⟧</div>
<div class="bk-foot">⟦d 五金百科内容由网友编写，仅供参考，不构成专业意见。⟧</div>
</body></html>
""",
        body="""
窗栓是安装在窗扇上，用于把窗扇与窗框锁定的五金件，又称窗插、插栓。
构造⟦a 〔改写此节〕⟧
窗栓一般由栓座、栓杆和拉手组成，部分带有弹簧，拨动拉手后栓杆在弹簧作用下自动复位。常见材质有铁、锌合金、铝合金和不锈钢。⟦l [1]⟧
分类⟦a 〔改写此节〕⟧
按安装方式可分为明装窗栓和暗装窗栓；按功能可分为普通窗栓、防风窗栓和限位窗栓。限位窗栓可把窗扇开启宽度限制在一定范围内，多用于学校、医院和有儿童的家庭。⟦l [2]⟧
使用与维护
窗栓应定期检查，发现栓杆锈蚀、弹簧失效或固定螺丝松动，应及时更换或紧固。插孔内的灰尘可用毛刷清除，再滴少量润滑油。
""",
    ),
    dict(
        slug="wiki-zhiyu-entry-shrimp-trap",
        site="知渔百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.zhiyubaike.cn/wiki/xialong",
        title="虾笼",
        record_title="虾笼（捕捞渔具）- 知渔百科",
        date=None,
        notes="encyclopaedia text: an entry name with a disambiguation aside and the site's name in the title; the "
        "entry name opens the body (head match); section headings, a contents line, an edit link, a revision stamp; "
        "no date",
        page="""
!m 知渔百科 · 渔业知识共建
!t 虾笼（捕捞渔具）
{T}
!m 义项：捕捞渔具　｜　另见：虾笼（竹编器物）
!l 目录：形制　使用　管理
{BODY}
!m 词条贡献者：水边人 等 5 人　｜　最近修订：6 天前
!a ✎ 补充这个词条
!d 知渔百科词条遵循共享协议，引用请注明出处。
""",
        indent="",
        body="""
虾笼是一种用于诱捕虾类的笼壶类渔具，多以竹篾、塑料或聚乙烯网衣制成，笼内放置诱饵，虾类进入后难以逃出。
形制
传统虾笼多为竹编圆筒形，一端或两端设漏斗状入口。现代虾笼以折叠式网笼为主，由钢丝框架和网衣组成，可多节串联，俗称地笼。
使用
虾笼通常傍晚投放、清晨起捕，投放于水草丰茂、水流平缓的浅水区。诱饵可用螺蛳肉、动物内脏或炒香的麦麸。
管理
我国多地对虾笼的网目尺寸和使用水域有明确规定。在禁渔区、禁渔期内投放虾笼，或使用网目过密的虾笼，属于违法捕捞行为。
""",
    ),
    dict(
        slug="clouddrive-yunxia-rules-ranch-hay-fork-wps-markers",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="制度/规程",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1fKq8mZ2",
        title="禺山牧场手工具领用管理制度",
        record_title="禺山牧场手工具领用管理制度.wps",
        date="2025-02-10",
        notes="file-name record title; a cloud-drive preview cut by page-marker paragraphs (⑄ 第n页 ⑄) with VIP "
        "prompts and a share-expiry line; 第N条 articles, one of them about printing a stock-take sheet (content); "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>禺山牧场手工具领用管理制度.wps_免费高速下载|云匣网盘</title></head>
<body>
<div class="yx-top">⟦m 云匣网盘⟧ <a>⟦a 登录云匣⟧</a></div>
<div class="yx-share"><p class="fn">⟦t 禺山牧场手工具领用管理制度.wps⟧</p>
<p>⟦m 分享者：牧场办公室小孟　｜　31.5KB　｜　链接 5 天后失效⟧</p>
<p>⟦a 保存到我的云匣 ｜ 普通下载 ｜ 超级会员极速下载⟧</p></div>
<div class="yx-preview"><p class="tip">⟦m 在线预览（仅显示前 3 页）⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="yx-vip">⟦a 开通云匣超级会员，在线预览不限页数⟧</div>
<div class="yx-foot">⟦d 云匣网盘不对用户分享的文件内容负责，如发现违规内容请举报。⟧　⟦m 粤ICP备19011243号⟧</div>
</body></html>
""",
        pages=dict(fmt="⑄ 第{n}页 ⑄", every=120, start=2),
        body="""
第一条　为加强场内手工具管理，防止丢失和伤人事故，制定本制度。
第二条　本制度所称手工具，包括草叉、木锨、铁锹、镰刀、扫帚等饲草作业工具。
第三条　手工具实行以旧换新、凭卡领用。各班组凭领用卡到仓库领取，草叉每人限领一把，损坏的须交回旧叉方可换领。
第四条　草叉、镰刀等带尖带刃工具，使用后须清洗并齿尖朝下挂放在工具架上，严禁随意丢在饲草堆中或斜靠在通道旁。
第五条　仓库管理员每月盘点一次，打印盘点表交场部存档。
第六条　因违规放置造成人员受伤的，追究班组长责任。
第七条　本制度自印发之日起施行。
硎山县国营禺山牧场
2025年2月10日
""",
    ),
    dict(
        slug="clouddrive-panhe-research-bamboo-duck-crates-pdf-markers",
        site="盘盒分享 (invented cloud drive, text extract)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.panhe.cc/share/preview/7d3a91e0",
        title="关于圉川县竹编鸭笼产业发展情况的调研报告",
        record_title="关于圉川县竹编鸭笼产业发展情况的调研报告.pdf",
        date="2025-04-28",
        notes="file-name record title; the PDF's text cut by page markers ⍘ n ⍘ on lines of their own; a share box "
        "with an extraction code and a VIP prompt; 成文日期 under the research group's signature",
        page="""
!m 盘盒分享
!t 关于圉川县竹编鸭笼产业发展情况的调研报告.pdf
!m 362 KB　｜　来自：政协小文　｜　提取码：k7qd
!a 转存　｜　下载　｜　举报
{T}
{BODY}
!a 预览到此为止，下载完整文件请开通盘盒会员
!d 盘盒分享文件由用户上传，请遵守法律法规合理使用。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⍘ {n} ⍘", every=150, start=2),
        body="""
为了解竹编鸭笼产业现状，县政协经济委员会于3月下旬至4月中旬，深入禺山、柒里铺等4个乡镇开展调研，走访编笼户52户、收购商6家。现将情况报告如下。
一、基本情况
全县现有竹编鸭笼从业人员约310人，年产鸭笼约9万只，其中七成销往周边养鸭大户，三成作为工艺品进入城市市场。从业人员平均年龄61岁，40岁以下的不足20人。
二、存在问题
一是塑料鸭笼价格低、耐用，竹编鸭笼在养殖市场的份额逐年下降；二是原料竹材收购价上涨，编笼利润变薄；三是缺少统一品牌和标准，产品卖不上价。
三、对策建议
建议将竹编鸭笼纳入县非遗保护和乡村工匠扶持范围，支持协会注册集体商标，引导产品向文创收纳、园艺装饰方向转型，并在职业学校开设竹编课程，培养青年传承人。
县政协经济委员会调研组
2025年4月28日
""",
    ),
    dict(
        slug="snapshot-wasou-bulletin-crab-trap-clearance-table",
        site="蛙搜 (invented search engine's snapshot) / 圃溪县农业农村局",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="html",
        source="https://cache.wasou.com/c?u=http%3A%2F%2Fnyj.puxi.gov.cn%2Ftzgg%2F2025%2F0606.html",
        title="关于圃湖违规蟹笼清理情况的通报",
        record_title="关于圃湖违规蟹笼清理情况的通报 - 蛙搜页面存档",
        date="2025-06-06",
        notes="a search snapshot frame with a capture banner and highlighted keywords around a bureau page; a document "
        "number line (neutral); a table one row a paragraph; the capture time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于圃湖违规蟹笼清理情况的通报 - 蛙搜页面存档</title></head>
<body>
<div class="ws-banner">⟦d 这是蛙搜于 3 天前 抓取的网页存档，原网页可能已经变动。⟧ ⟦a 去看当前页面⟧</div>
<div class="ws-kw">⟦m 以下词语已高亮：圃湖 蟹笼 清理⟧</div>
<hr>
<div class="orig-top">⟦m 圃溪县农业农村局⟧ ⟦m 局网首页 ＞ 渔业通告栏⟧</div>
<h2>{T}</h2>
<p>圃农渔〔2025〕14号</p>
<p class="orig-info">⟦m 发布人：渔业股　访问量：377⟧</p>
{BODY}
<div class="orig-foot">⟦m 圃溪县农业农村局 版权所有　地址：圃溪县城南路88号⟧</div>
</body></html>
""",
        body="""
沿湖各乡镇，县直有关单位：
5月以来，县农业农村局会同沿湖乡镇对圃湖违规蟹笼开展集中清理，现将清理情况通报如下：
乡镇　清理蟹笼（只）　清理地笼（条）　立案（起）
菸田镇　1260　48　5
虢口镇　930　31　3
匡港镇　415　12　1
总体看，菸田镇、虢口镇清理力度较大，成效明显；匡港镇沿湖村组仍有夜间偷下蟹笼现象，巡查不够到位。
请各乡镇对照问题抓好整改，6月20日前将整改情况报县农业农村局渔业股。
圃溪县农业农村局
2025年6月6日
""",
    ),
    dict(
        slug="snapshot-souyou-text-cache-rusty-window-latch",
        site="搜游 (invented search engine's text-only cache) / 家居巧手网",
        style="搜索快照",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://txt.souyou.cn/cache?q=chuangshuan&u=jiajuqiaoshou.com/a/2025/0327/771.html",
        title="窗栓生锈拉不动？三步轻松搞定",
        record_title="〔只留文字的存档〕窗栓生锈拉不动？三步轻松搞定 ‹ 家居巧手网",
        date="2025-03-27",
        notes="a text-only cache: the cache's header lines, the original page's byline with 发布时间 as the page's "
        "date; a capture stamp is no date; three steps as paragraphs",
        page="""
!d 〔只留文字的存档〕搜游保存于 前天 14:02，仅保留文字，原页面以实际为准
!m 原网址：jiajuqiaoshou.com/a/2025/0327/771.html
!m 家居巧手网 › 维修小妙招
{T}
!m 发布时间：2025-03-27　作者：巧手阿莲
{BODY}
!l 你也许还想知道：纱窗破洞怎么补 ｜ 木窗变形关不严怎么办
!m 家居巧手网 · 豫ICP备20033187号
""",
        indent="\u3000\u3000",
        body="""
南方回南天一过，不少人家的铁窗栓锈得拉不动了。其实处理起来并不难，三步就能搞定。
第一步，松动。往栓杆和栓座的缝隙里喷一点除锈剂，等十分钟，让它渗进去。没有除锈剂的，用白醋也行，只是要多等一会儿。
第二步，除锈。用细砂纸或钢丝球来回擦拭栓杆，把表面的锈层磨掉，再用干布擦干净。
第三步，润滑。在栓杆上薄薄地抹一层凡士林或滴两滴缝纫机油，来回拉动几次，让油均匀分布。
如果栓杆已经锈穿、弯曲，或者弹簧断了，就别修了，直接换新的更省事。
""",
    ),
    dict(
        slug="print-jiling-scjg-reply-letter-hay-fork-quality",
        site="蒺岭县市场监督管理局 (invented; print view)",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://scjg.jiling.gov.cn/print.jsp?id=20250618003",
        title="关于草叉产品质量投诉处理情况的复函",
        record_title="打印稿 ▹ 关于草叉产品质量投诉处理情况的复函 · 蒺岭县市场监督管理局",
        date="2025-06-18",
        notes="a print view calling window.print(): a print bar, a compact header, a URL line and a print footer "
        "(第1页 ⹍ 共1页); 成文日期 in Chinese numerals under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印稿 ▹ 关于草叉产品质量投诉处理情况的复函 · 蒺岭县市场监督管理局</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.pbar{display:none}}</style></head>
<body>
<div class="pbar">⟦a ⎙ 打印　｜　✕ 关掉打印视图⟧</div>
<div class="phead">⟦m 蒺岭县市场监督管理局 · 信息公开⟧</div>
<h2>{T}</h2>
{BODY}
<div class="purl">⟦m 页面地址：http://scjg.jiling.gov.cn/xxgk/hf/20250618003.html⟧</div>
<div class="pfoot">⟦p 第1页 ⹍ 共1页⟧</div>
</body></html>
""",
        body="""
蒺岭县消费者协会：
你会《关于转送草叉质量投诉的函》收悉。经核查，现将有关情况函复如下：
一、投诉人于今年5月在我县农资市场购买的四齿草叉，系我县东关农具厂生产。经县产品质量检验所抽样检测，该批次草叉叉齿硬度低于标准要求，属不合格产品。
二、我局已责令该厂停止销售同批次产品，对已售出的1400余把草叉实施召回，并对投诉人予以退货和赔偿。
三、我局将于6月底前对全县农具生产企业开展一次专项检查。
特此函复。
蒺岭县市场监督管理局
二〇二五年六月十八日
""",
    ),
    dict(
        slug="print-yushan-host-script-bamboo-duck-crate-show",
        site="禺山乡人民政府 (invented; print view as text)",
        style="打印页",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.yushanxiang.gov.cn/print/2025/0516/hostscript.html",
        title="禺山乡竹编鸭笼技艺展演暨非遗传承人收徒仪式主持词",
        record_title="〖排版待打〗禺山乡竹编鸭笼技艺展演暨非遗传承人收徒仪式主持词",
        date="2025-05-16",
        notes="a text print view: a print header, a date line under the title (neutral), a print footer closing the "
        "page (⍖ 1 / 1 ⍖); a sentence asking guests to scan and follow an account (content)",
        page="""
!a 〖排版待打〗　按 Ctrl+P 打印　｜　返回原文
!m 禺山乡人民政府网站　打印时间：今天 10:26
{T}
2025年5月16日
{BODY}
!m 本页来自：www.yushanxiang.gov.cn
!p ⍖ 1 / 1 ⍖
""",
        indent="\u3000\u3000",
        body="""
各位领导、各位来宾，朋友们：
大家上午好！欢迎来到禺山乡竹编鸭笼技艺展演暨非遗传承人收徒仪式现场。
竹编鸭笼是我们禺山人祖祖辈辈传下来的手艺。今天，我们不仅要欣赏老艺人的精湛技艺，还要见证这门手艺后继有人。
下面，进行第一项：请竹编艺人现场展演鸭笼编织技艺。
下面，进行第二项：举行收徒仪式。请县级传承人熊德茂师傅和三位徒弟上台，徒弟行拜师礼、递拜师帖，师傅赠送篾刀。
下面，进行第三项：请乡党委书记致辞。
朋友们，一根竹篾连着过去，也连着未来。本次活动到此结束，欢迎大家到展区参观，扫码关注禺山竹编了解更多。谢谢大家！
""",
    ),
    dict(
        slug="mail-jiling-webmail-quote-letter-shrimp-traps-docx",
        site="蒺岭县渔业技术推广站邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jlyjz.cn/read?mid=ZC2817-0417",
        title="关于折叠虾笼报价的函",
        record_title="转发：湖丰渔具报价函.docx",
        date="2025-04-15",
        date_also=["2025-04-17"],
        notes="webmail reading view of a forwarded mail: mail headers, a forwarded header block and an attachment bar "
        "beside the letter's own 附件 list; a price table one row a paragraph; the supplier's own contact, phone and "
        "mailbox stay; the send date differs from the letter's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：湖丰渔具报价函.docx - 蒺岭渔技站邮箱</title></head>
<body>
<div class="wm-side">⟦m 收件箱(12) 草稿箱 已发送 已删除 通讯录⟧</div>
<div class="wm-tool">⟦a 回复 全部回复 转发 删除 标为未读⟧</div>
<div class="wm-head">
<p>⟦m 主题：转发：湖丰渔具报价函.docx⟧</p>
<p>⟦m 发件人：站长 谭启明 &lt;tanqm@jlyjz.cn&gt;⟧</p>
<p>⟦m 收件人：计财股 &lt;jicai@jlyjz.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月17日（周四）上午9:41⟧</p>
</div>
<div class="wm-body">
<p>⟦m 请计财股按报价走采购流程。⟧</p>
<p>⟦m -------- 转发的邮件 --------⟧</p>
<p>⟦m 发件人：覃晓峰 &lt;sales@hufengyuju.cn&gt;⟧</p>
<p>⟦m 发送时间：2025-04-16 15:20⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-att"><b>⟦a 附件 2 个（共 1.3MB）⟧</b>
<p>⟦a 产品检测报告.pdf　预览　下载⟧</p>
<p>⟦a 营业执照复印件.jpg　预览　下载⟧</p>
<p>⟦a 打包下载全部附件⟧</p></div>
<div class="wm-foot">⟦m 蒺岭县渔业技术推广站 · 政务邮箱⟧</div>
</body></html>
""",
        body="""
蒺岭县渔业技术推广站：
贵站《关于询购折叠虾笼的函》收悉。根据贵站提出的规格要求，我公司报价如下：
品名　规格　单价（元）
折叠虾笼（10节）　长5米，网目1厘米　38
折叠虾笼（20节）　长10米，网目1厘米　68
以上报价含税、含运费，有效期30天。供货周期为收到订单后7个工作日。
附件：1. 产品检测报告
2. 营业执照复印件
联系人：覃晓峰，电话：15973640812，邮箱：sales@hufengyuju.cn
圃溪县湖丰渔具有限公司
2025年4月15日
""",
    ),
    dict(
        slug="mail-forwarded-crab-association-number-tags-text",
        site="菸田镇农办邮箱 (invented; a forwarded mail saved as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:nongban@yantian-puxi.gov.cn?msg=20250928-02",
        title="关于领取2025年度蟹笼编号牌的通知",
        record_title="Fwd: [协会发文] 关于领取2025年度蟹笼编号牌的通知",
        date="2025-09-26",
        date_also=["2025-09-28"],
        notes="a forwarded mail as text: Fwd and a bracketed tag in the subject; mail headers, a forwarding note, the "
        "original header block and a mobile signature; the association's own contact stays; the send date differs "
        "from the 成文日期",
        page="""
!m 主题：Fwd: [协会发文] 关于领取2025年度蟹笼编号牌的通知
!m 发件人：菸田镇农办 <nongban@yantian-puxi.gov.cn>
!m 收件人：各村（居）委会
!m 日期：2025年9月28日 08:17
!m 各村请转告养蟹户，按时去领。
!m ---------- Forwarded message ---------
!m From: 圃湖河蟹产业协会秘书处 <mishuchu@puhuhexie.org.cn>
!m Date: 2025年9月26日 16:40
{T}
{BODY}
!m —— 用农办的手机发出 ——
""",
        indent="",
        body="""
各会员单位：
根据第二届理事会第四次会议决定，自2025年10月起，会员使用的蟹笼须悬挂协会统一编号牌。现将领取有关事项通知如下：
一、领取时间：10月8日至10月17日（工作日）上午8:30至11:30。
二、领取地点：协会秘书处（菸田镇湖滨路26号）。
三、领取办法：按会员登记的蟹笼数量领取，每只蟹笼一块，工本费由协会承担。请携带会员证，代领的须出示委托书。
四、编号牌须用不锈钢扎带固定在蟹笼顶部，不得涂改、转借。
联系人：沙雨桐，电话：0736-5846631。
圃湖河蟹产业协会秘书处
2025年9月26日
""",
    ),
]
