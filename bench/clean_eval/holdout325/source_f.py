"""holdout325, part F: encyclopaedias, cloud drives, search caches, print views and forwarded
mail. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="guangshi-encyclopedia-moisture-box-infobox",
        site="广识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.guangshi.example.com/item/防潮盒/66120",
        title="防潮盒",
        record_title="防潮盒（家居用品）— 广识百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。, an 'edit section' link glued to a heading, a revision stamp; entry name as title (infobox value head); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>防潮盒（家居用品）— 广识百科</title>
<script src="/static/baike/lemma.js"></script>
</head><body>
<div class="top">⟦m 广识百科 · 人人可编的知识库⟧　⟦a 登录　创建词条⟧</div>
<div class="tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1 class="lemma-title">{T}</h1>
<div class="summary-note">⟦m 本词条由“家居达人”团队参与编辑并审核⟧</div>
<div class="lemma-summary">
{BODY}
</div>
<table class="infobox">
<tr><td>⟦m 中文名⟧</td><td>⟦m 防潮盒⟧</td></tr>
<tr><td>⟦m 主要成分⟧</td><td>⟦m 无水氯化钙⟧</td></tr>
<tr><td>⟦m 用　途⟧</td><td>⟦m 衣柜、鞋柜除湿⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 原理　2 使用　3 注意事项⟧</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 家居除湿用品选购指南．俪水科学技术出版社⟧</p>
<p>⟦l [2] 氯化钙吸湿特性研究．日用化学品科学⟧</p></div>
<div class="edit-info">⟦m 词条统计　浏览次数：48213　编辑次数：17次　最近更新：5 个月前⟧</div>
<div class="foot">⟦d 广识百科词条内容由网友共同编辑，如需专业意见请咨询相关人士。⟧</div>
</body></html>
""",
        body="""
防潮盒是一种放置在衣柜、鞋柜等封闭空间内吸收空气中水分的家居用品，常见于南方梅雨地区。⟦l [1]⟧
原理⟦a 编辑本节⟧
防潮盒内装有颗粒状无水氯化钙，氯化钙吸收空气中的水分后逐渐溶解，溶液透过隔层滴入下方集水槽。⟦l [2]⟧
使用
防潮盒一般放在衣柜下层或角落，一个四百毫升规格的防潮盒可用于约一立方米的空间。集水槽装满或颗粒全部溶化后应及时更换。
注意事项
集水槽内的液体有腐蚀性，不宜接触皮肤和金属，也不应倒入植物盆中。
""",
    ),
    dict(
        slug="baiwen-encyclopedia-lipbalm-tube-entry",
        site="百问百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.baiwenbaike.example.net/wiki/chungaoguan",
        title="唇膏管",
        record_title="唇膏管 - 包装词典 - 百问百科",
        date=None,
        notes="encyclopaedia text page: tabs, a contents line, an edit count and a 'last edited' stamp; a one-word entry name; section headings as short body lines; no date",
        page="""
!m 百问百科　｜　包装词典
!a 阅读　编辑　查看历史　讨论
{T}
!m 分类：包装容器 › 化妆品包装
!l 目录：1 结构　2 材质　3 规格
{BODY}
!m 本词条已被编辑 9 次，最后编辑于 4 天前
!d 百问百科内容采用知识共享协议，转载请注明来源。
""",
        body="""
唇膏管是用于盛装唇膏、润唇膏等棒状化妆品的包装容器，通常由管盖、管身和旋转底座三部分组成。
结构
旋转底座内设螺旋轨道，转动底座时，托杯带动膏体沿轨道升降。管盖与管身之间一般设有卡位，防止膏体挥发和受污染。
材质
常见材质有铝、塑料和纸。铝管质感好、耐摔，塑料管成本低、造型多样，纸质唇膏管近年因便于回收而逐渐增多。
规格
常见规格按托杯内径分为十一毫米、十二点一毫米等，容量多在三克至五克之间。
""",
    ),
    dict(
        slug="yunxia-drive-instruction-heatseal-wps-markers",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.com/s/1Hk7qZ9e",
        title="真空收纳袋热封工序作业指导书",
        record_title="真空收纳袋热封工序作业指导书.wps",
        date=None,
        notes="cloud-drive preview: VIP prompts, a share-expiry line, a save-to-drive button, page-marker paragraphs ♝ p.n ♝ cutting sentences; decimal headings 1.1–3.2; file-name record title; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>真空收纳袋热封工序作业指导书.wps_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.example.com/js/preview-core.js"></script>
</head><body>
<div class="hd">⟦m 云匣网盘⟧　⟦a 登录　开通超级匣⟧</div>
<div class="share-info">
<h2>⟦t 真空收纳袋热封工序作业指导书.wps⟧</h2>
<p>⟦m 分享者：瀚洁质量部　｜　大小 36.2KB　｜　链接 7 天后失效⟧</p>
<p>⟦a 保存到我的云匣　｜　普通下载　｜　超级匣极速下载⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 非会员仅可预览前3页，开通超级匣可查看完整文档⟧</div>
<div class="foot">⟦d 云匣网盘严厉打击侵权及违法内容传播，如发现请举报。⟧　⟦m © 2025 云匣科技⟧</div>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="♝ p.{n} ♝", every=100, start=2),
        body="""
1 目的
1.1 规范真空收纳袋热封工序操作，保证热封强度和气密性。
2 操作步骤
2.1 开机预热：接通热封机电源，将温度设定在一百六十五摄氏度至一百七十五摄氏度之间，预热十分钟。
2.2 试封：每班开工前取三个袋坯试封，撕拉检查封口，无虚封、无烫穿方可生产。
2.3 正式热封：袋坯边缘对齐压条，踩下踏板保持两秒，取出后平放冷却。
3 检验
3.1 每小时抽取五个成品做充气保压试验，保压三十分钟不漏气为合格。
3.2 检验结果记入热封工序检验记录表，不合格品隔离存放。
""",
    ),
    dict(
        slug="feige-drive-plan-canteen-lunchbags-pdf-markers",
        site="飞鸽云盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.feigeyun.example.cn/share/9dKx02",
        title="初一年级保温袋分餐送餐工作方案",
        record_title="初一年级保温袋分餐送餐工作方案.pdf",
        date="2025-09-01",
        notes="cloud-drive text preview cut by page markers ♗第n页♗ on lines of their own; file-name record title; a share-code line and expiry; 成文日期 under the school's signature",
        page="""
!m 飞鸽云盘 · 文件分享
!t 初一年级保温袋分餐送餐工作方案.pdf
!m 分享时间：昨天 17:42　　有效期：永久　　浏览 88 次
!a 提取码已自动填写　　［保存到网盘］［下载 PDF］
{BODY}
!a 预览仅显示前 3 页，完整文件请登录后下载
!m 飞鸽云盘 feigeyun.example.cn　客服邮箱：help@feigeyun.example.cn
""",
        pages=dict(fmt="♗第{n}页♗", every=75, start=2),
        body="""
为解决教学楼距离食堂较远、部分年级学生就餐拥挤的问题，经学校行政会研究，决定自本学期起对初一年级实行保温袋分餐送餐。特制定本方案。
一、实施范围
初一年级十二个班，共五百八十名学生。
二、送餐流程
食堂于11:20前完成分餐，按班级装入保温袋，每袋装十个餐盒，由送餐员用推车送到各班门口，11:40前送达。
三、卫生要求
保温袋每次使用后清洗消毒，送餐员须持健康证上岗，送餐途中不得打开保温袋。
四、责任分工
总务处负责采购保温袋和推车，食堂负责分餐和清洗，各班班主任负责组织学生有序取餐。
怡州市第五中学
2025年9月1日
""",
    ),
    dict(
        slug="jingxun-snapshot-consumer-tips-moisture-boxes",
        site="径寻搜索网页快照 (invented search cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.jingxun.example.com/c?u=www.zhaling.example.gov.cn/scjg/202506/t20250602_3319.html",
        title="衣柜防潮盒选购和使用消费提示",
        record_title="〔快照页〕衣柜防潮盒选购和使用消费提示｜樝岭县市场监管局 - 径寻搜索",
        date="2025-05-30",
        date_also=["2025-06-02"],
        notes="search-cache frame: a capture banner with a capture time, highlighted search terms, the cached portal's header and its posting date; 12315 inside the document; 成文日期 vs posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔快照页〕衣柜防潮盒选购和使用消费提示｜樝岭县市场监管局 - 径寻搜索</title>
<base href="http://www.zhaling.example.gov.cn/">
<script>var cacheTs="20250618";</script>
</head><body>
<div style="border:1px solid #999;background:#fffbe6;padding:6px;">
⟦d 这是径寻搜索保存的网页快照，保存于 2025-06-18 03:12，页面可能已经更新。⟧<br>
⟦a 查看原网页　｜　纯文字版　｜　关闭顶栏⟧<br>
⟦m 已为您高亮以下关键词：<b style="background:#ff6">防潮盒</b> <b style="background:#9cf">消费提示</b>⟧
</div>
<div class="gov-head">⟦m 樝岭县市场监督管理局⟧</div>
<div class="gov-nav">⟦m 首页　机构职能　监管动态　消费维权　政务公开⟧</div>
<div class="gov-path">⟦m 您的位置：首页 > 消费维权 > 消费警示⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 发布日期：2025-06-02　来源：消费者权益保护股⟧</div>
<div class="zoom">
{BODY}
</div>
<div class="gov-foot">⟦m 樝岭县市场监督管理局主办　湘ICP备05016372号-9⟧</div>
</body></html>
""",
        body="""
梅雨季节来临，衣柜防潮盒进入销售旺季。县市场监督管理局提醒广大消费者，选购和使用防潮盒时注意以下几点：
一、看标识。选购时查看产品名称、主要成分、净含量、生产企业名称和地址等标识是否齐全，不要购买“三无”产品。
二、看包装。挑选密封完好的产品，包装破损的产品可能已经吸潮失效。
三、放置得当。防潮盒应平放，不能倒置或倾斜，以免液体漏出腐蚀衣物。
四、妥善处置。用完的防潮盒请盖紧后投放，不要让儿童和宠物接触其中的液体。
消费者如发现质量问题，可拨打12315投诉举报。
樝岭县市场监督管理局
2025年5月30日
""",
    ),
    dict(
        slug="zhiwei-text-cache-letter-lipbalm-data",
        site="知微搜索文字缓存 (invented search cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://txtcache.zhiwei.example.net/?q=唇膏管+回收&u=sthjj.lishui.example.gov.cn/tzgg/202511/1043.html",
        title="关于商请提供唇膏管回收数据的函",
        record_title="[留存文字] 关于商请提供唇膏管回收数据的函 — 知微搜索缓存",
        date="2025-11-03",
        date_also=["2025-11-05"],
        notes="text-only cache: a cache banner with a capture stamp, the original URL, the cached portal's lines and posting date; a 函 with its own 联系人/电话 and numbered items; 成文日期 vs posting date",
        page="""
!d 【知微缓存】以下为页面的纯文字存档，抓取于 2025-11-20，原页面可能已变更或删除。
!m 原始地址：sthjj.lishui.example.gov.cn/tzgg/202511/1043.html
!m 检索词：唇膏管　回收
!m 俪水市生态环境局 ｜ 通知公告
{T}
!m 发布日期：2025-11-05　　浏览次数：96
{BODY}
!m 俪水市生态环境局　地址：俪水市恺城区环保路1号　值班电话：0738-7126000
!a ← 返回搜索结果
""",
        body="""
俪水市怿桥商厦：
今年7月以来，贵商厦作为我市唇膏管回收再利用试点单位，在一楼化妆品区设置了回收点，为试点工作提供了大力支持，在此表示感谢。
为做好试点评估，现商请贵商厦于11月20日前提供以下材料：
1.7月至10月唇膏管回收数量，按铝管、塑料管分列；
2.回收点运行中遇到的问题和改进建议；
3.顾客参与情况的简要说明。
联系人：冉秋池，电话：0738-7126094。
俪水市生态环境局
2025年11月3日
""",
    ),
    dict(
        slug="jiyang-print-view-survey-delivery-bags-footer",
        site="佶阳县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="调研报告",
        kind="report",
        form="html",
        source="http://scjgj.jiyang.example.gov.cn/print.jsp?id=20251015-77",
        title="关于外卖骑手保温袋卫生状况的调研报告",
        record_title="【打印清样】关于外卖骑手保温袋卫生状况的调研报告 - 佶阳县市场监督管理局",
        date="2025-10-15",
        notes="print view calling window.print(): a print/close row, the page URL, a print stamp and a print footer ♪ 第1页／本稿共1页 ♪; decimal headings 1.1–3.2; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【打印清样】关于外卖骑手保温袋卫生状况的调研报告 - 佶阳县市场监督管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭本窗口〕⟧</div>
<div class="print-head">⟦m 佶阳县市场监督管理局　网站打印稿⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-meta">⟦m 页面地址：http://scjgj.jiyang.example.gov.cn/zwgk/dybg/202510/t20251015_77.html⟧<br>⟦m 打印时间：2025-11-02 15:47⟧</div>
<div class="print-foot">⟦p ♪ 第1页／本稿共1页 ♪⟧</div>
</body></html>
""",
        body="""
1 调研基本情况
1.1 9月中旬，调研组对县城区三个外卖站点的六十名骑手进行了问卷调查，并现场查看了骑手使用的保温袋。
2 发现的问题
2.1 清洗不及时。六成骑手每周清洗保温袋不到一次，部分保温袋内有汤汁残留和异味。
2.2 破损未更换。约两成保温袋内衬破损或拉链损坏，仍在继续使用。
2.3 生熟混装。部分骑手将生鲜和熟食放在同一保温袋内。
3 工作建议
3.1 督促平台落实保温袋定期清洗消毒和更换制度，站点设置清洗点。
3.2 将保温袋卫生纳入骑手日常抽查内容。
佶阳县市场监督管理局
2025年10月15日
""",
    ),
    dict(
        slug="zhaling-print-bulletin-nursing-homes-table",
        site="樝岭县民政局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://mzj.zhaling.example.gov.cn/print/2025/0721-5.html",
        title="关于全县养老机构梅雨季防潮防霉工作检查情况的通报",
        record_title="♔ 打印 | 关于全县养老机构梅雨季防潮防霉工作检查情况的通报",
        date="2025-07-21",
        notes="text print view: a print banner, the page URL and print time, a print footer ♬ 页 1 of 1 ♬; a table one row a paragraph; 成文日期 under the signature",
        page="""
!a ［打印］　［返回原文］
!m 樝岭县民政局　·　打印版
{T}
!m 发布时间：2025-07-22　　来源：养老服务股
{BODY}
!m 本页网址：http://mzj.zhaling.example.gov.cn/xxgk/tzgg/202507/t20250722_5.html
!m 打印于 2025/08/04 10:03
!p ♬ 页 1 of 1 ♬
""",
        date_also=["2025-07-22"],
        body="""
各乡镇人民政府，各养老机构：
7月上旬，县民政局对全县九家养老机构梅雨季防潮防霉工作进行了检查，重点检查了老人房间衣柜防潮、被褥晾晒和仓库通风情况。现将检查情况通报如下。
机构名称　衣柜防潮盒配置　存在问题
县社会福利中心　已配齐　无
棁口镇敬老院　已配齐　部分防潮盒未及时更换
樝北镇敬老院　未配齐　仓库墙面发霉
请存在问题的机构于7月31日前完成整改，县民政局将适时组织复查。
樝岭县民政局
2025年7月21日
""",
    ),
    dict(
        slug="zhaling-webmail-letter-shavers-attachment-bar",
        site="樝岭企业邮 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zlqiye.example.com/webmail/read?mid=QJ20251114-0042",
        title="关于采购起球器的函",
        record_title="[转发] 回复：关于采购起球器的函",
        date="2025-11-12",
        date_also=["2025-11-13"],
        notes="webmail reading view: folder list, forward headers with a 抄送 of their own and a relative time, the original sender and send date, an attachment bar with download/preview links next to the letter's own 附件 list, 联系人/电话/邮箱 and 抄送 line; letter date vs send date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[转发] 回复：关于采购起球器的函 - 樝岭企业邮</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="mail-top">⟦m 樝岭企业邮⟧　⟦m caigou@qiaojia.zlqiye.example.com⟧　⟦a 设置｜退出⟧</div>
<div class="folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="reader">
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读　打印⟧</div>
<h2 class="subject">⟦t [转发] 回复：关于采购起球器的函⟧</h2>
<div class="headers">
<p>⟦m 发件人：巧家电器商行 覃老板 &lt;boss@qiaojia.zlqiye.example.com&gt;⟧</p>
<p>⟦m 收件人：采购部 &lt;caigou@qiaojia.zlqiye.example.com&gt;⟧</p>
<p>⟦m 抄　送：仓库 &lt;cangku@qiaojia.zlqiye.example.com&gt;⟧</p>
<p>⟦m 时　间：今天 10:05⟧</p>
</div>
<div class="attach-bar">⟦a 📎 2 个附件：起球器采购规格清单.xlsx（16K）　报价单样式.docx（21K）　下载　预览　存到网盘⟧</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：樝岭县福乐养老院 &lt;zlfly_hq@example.cn&gt;⟧</p>
<p>⟦m 发送时间：2025年11月13日 9:18⟧</p>
{BODY}
</div>
<div class="quick-reply">⟦a 快捷回复：收到，谢谢！｜好的，马上处理⟧</div>
</div>
<div class="mail-foot">⟦d 樝岭企业邮提醒您：请勿轻信要求汇款或提供验证码的邮件。⟧</div>
</body></html>
""",
        body="""
樝岭县巧家电器商行：
我院现有入住老人一百八十余人，冬季毛衣、棉服起球较多。经院务会研究，拟向贵商行采购充电式起球器十五台、备用刀网三十个，用于护理员为老人打理衣物。
请贵商行于11月20日前按附件所列规格报价，并注明供货时间和保修期限。
附件：1.起球器采购规格清单
2.报价单（样式）
联系人：覃慧，电话：0736-5236617，邮箱：zlfly_hq@example.cn
樝岭县福乐养老院
2025年11月12日
抄送：县民政局养老服务股
""",
    ),
    dict(
        slug="dangxi-forwarded-mail-notice-relief-bedding",
        site="筜溪县应急管理局 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:yjzhan_dt@dangxi.example.gov.cn",
        title="关于做好救灾物资被褥真空收纳储存工作的通知",
        record_title="FW: 转发：关于做好救灾物资被褥真空收纳储存工作的通知（请各站点查收）",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="a mail forwarded as text: nested forward headers with their own 抄送, a signature block and a mobile-client line; the notice's own 抄送 line stays in the body; notice date vs send date",
        page="""
!m 发件人：筜田镇应急管理站 <yjzhan_dt@dangxi.example.gov.cn>
!m 发送时间：2025年6月6日 星期五 8:41
!m 收件人：各村应急联络员
!t 主题：FW: 转发：关于做好救灾物资被褥真空收纳储存工作的通知（请各站点查收）
!m ------------------ 原始邮件 ------------------
!m 发件人："县应急管理局物资保障股" <wzbz@dangxi.example.gov.cn>
!m 抄送：县减灾办值班室
{BODY}
!m --
!m 筜田镇应急管理站　值班电话 0731-4461199
!a 发自我的手机邮箱客户端
""",
        body="""
各乡镇应急管理站：
为延长救灾储备被褥的存放期限，防止受潮霉变，请各站点对储备库内的棉被、褥子统一采用真空收纳袋储存。具体要求如下：
一、储存前对被褥进行晾晒或烘干，确保干燥后再装袋。
二、每袋装一床被褥，抽真空后在袋外标注品名、数量和入库日期。
三、每季度检查一次，发现漏气、回弹的及时重新装袋。
请于6月30日前完成，并将完成情况报县应急管理局物资保障股。
筜溪县应急管理局
2025年6月5日
抄送：县减灾委员会办公室
""",
    ),
]
