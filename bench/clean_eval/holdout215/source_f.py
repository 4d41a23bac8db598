"""Holdout215, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Every document, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-anbian-interview-safe-jammer",
        site="岸边公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.anbiangk.com/thread-330951-1-1.html",
        title="单位保险柜的钥匙和密码由同一人保管，你发现后怎么办？",
        record_title="【面试每日一练】单位保险柜的钥匙和密码由同一人保管，你发现后怎么办？（含参考作答）- 面试交流 - 岸边公考社区",
        date=None,
        notes="an exam forum: jammer fonts inside the answer and as a line, a reply-to-see prompt, a QQ-group ad, a rating row; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【面试每日一练】单位保险柜的钥匙和密码由同一人保管，你发现后怎么办？（含参考作答）- 面试交流 - 岸边公考社区</title>
<style>.jammer{font-size:0px;color:#FFFFFF}</style>
</head>
<body>
<div class="ab-top">⟦m 岸边公考社区⟧ <span>⟦m 离上岸，只差一步⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册送资料⟧</a></div>
<div class="ab-ad">⟦w 面试冲刺群：QQ群 608823147，进群领历年真题⟧</div>
<div id="pt">⟦m 岸边公考社区 › 面试交流 › 结构化面试⟧</div>
<div class="ab-thread">
<h1 id="thread_subject">⟦t 【面试每日一练】单位保险柜的钥匙和密码由同一人保管，你发现后怎么办？（含参考作答）⟧</h1>
<div class="authi">⟦m 版主 上岸学姐　发表于 4 天前　查看 2290　回复 71⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏了考官点评，回复本帖后刷新可见⟧</div>
<div class="rate">⟦l 参与评分 9 人　上岸币 +27⟧</div>
<div class="po">⟦a 回复　收藏本帖　分享⟧</div>
</div>
<div class="reply">⟦l 2楼 考编的小羊：第二点私下提醒很加分⟧</div>
<div id="ft">⟦m 岸边公考社区　粤ICP备22014570号　Powered by Discuz!⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
这道题考查的是发现问题、处理问题的能力，作答时要把握“既坚持原则，又讲究方法”。
第一，及时了解情况。我会先核实情况，弄清楚是临时安排还是长期如此，是人手不足还是制度没有落实，不凭主观臆断下结论。
第二，私下善意提醒。如果是同事疏忽，我会找合适的时机私下提醒，说明钥匙和密码由一人掌握既违反财务制度，也不利于保护同事自己，建议尽快调整。
第三，向领导如实汇报。如果问题涉及制度落实，我会向分管领导汇报，建议由出纳和会计分别保管钥匙和密码，并定期更换密码、建立开启登记。
第四，举一反三。今后在工作中，我会主动学习财务和保密制度，发现类似隐患及时提醒、及时报告。
""",
    ),
    dict(
        slug="examforum-shenlun-hardhat-essay-junk",
        site="申论研习社 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.shenlunyxs.com/forum/t-61205.html",
        title="一顶安全帽里的责任与温度",
        record_title="[大作文练笔] 一顶安全帽里的责任与温度（各位老师轻拍）- 申论习作 - 申论研习社",
        date=None,
        notes="an exam forum essay in text: anti-scraping junk as a line and glued after 。, a poster line with a relative time, marking-ad and replies; no date",
        page="""
!m 申论研习社 · 写好每一篇大作文
!m 社区首页 » 申论习作 » 大作文
!t [大作文练笔] 一顶安全帽里的责任与温度（各位老师轻拍）
!m 楼主 小楷写申论　Lv.4　发表于 6 天前
{BODY}
!w 大作文一对一精批，48小时返稿，咨询微信 slyxs_pg
!l 1楼 阿岸老师：立意准确，第三段对策可以再具体一点
!l 2楼 夜读人：结尾很有力量，收藏
!a 登录后才能回复，没有账号？立即注册
""",
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=3),
        body="""
工地上，一顶小小的安全帽，承载着一个劳动者的生命安全，也折射出一座城市的治理水平。
安全帽是责任的象征。对企业而言，为工人配发合格的安全帽、督促他们正确佩戴，是法律规定的义务，更是对生命的基本尊重。一些企业贪图便宜采购劣质产品，一些管理人员对不戴安全帽的现象睁一只眼闭一只眼，这些做法无异于把工人推向危险。
安全帽也应当有温度。夏季高温，工人嫌安全帽闷热是实情。与其简单罚款，不如在产品设计上下功夫，推广透气轻便的新型安全帽；在管理上多一些人情味，合理安排作业时间，设置遮阳休息点。
守护好每一顶安全帽下的生命，需要企业尽责、监管到位、工人自觉。只有各方同向发力，才能让“安全第一”真正落在每一个工地上。
""",
    ),
    dict(
        slug="wiki-zhiyuan-hardhat-entry-h1-tabs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.com/item/安全帽/30215",
        title="安全帽",
        record_title=None,
        date=None,
        notes="no title in the record: the entry name in the <h1> (also the body's first words: head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences and a reference list; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>安全帽 - 知源百科</title>
<script src="/static/wiki/lemma.js"></script>
</head>
<body>
<div class="zy-top">⟦m 知源百科⟧ <span>⟦m 用知识连接世界⟧</span> <a>⟦a 登录⟧</a></div>
<div class="zy-tabs">⟦a 阅读　编辑　讨论　查看历史⟧</div>
<h1 class="lemma-title">{T}</h1>
<div class="lemma-sum">⟦m 个人头部防护用品⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：安全帽⟧</td></tr>
<tr><td>⟦m 外文名：safety helmet⟧</td></tr>
<tr><td>⟦m 组　成：帽壳、帽衬、下颏带⟧</td></tr>
<tr><td>⟦m 应用领域：建筑、矿山、电力⟧</td></tr>
</table>
<div class="catalog">⟦l 目录：1 定义　2 防护原理　3 分类　4 标识与使用⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 劳动防护用品基础知识读本，第二章⟧</p>
<p>⟦l [2] 头部防护用品选用指南⟧</p></div>
<div class="lemma-foot">⟦m 词条统计：浏览 38,612 次　编辑 19 次　最近更新于 2 周前⟧</div>
<div class="zy-foot">⟦d 本词条内容由网友协作编辑，仅供参考，不构成专业意见⟧</div>
</body>
</html>
""",
        body="""
安全帽是对人体头部受坠落物及其他特定因素引起的伤害起防护作用的帽子，由帽壳、帽衬、下颏带及附件等组成，广泛用于建筑施工、矿山、电力等行业。⟦l [1]⟧
安全帽的防护原理是：帽壳承受并分散冲击力，帽衬与帽壳之间留有一定空间，通过缓冲结构吸收冲击能量，从而减轻对头部的伤害。
按帽壳材料分，常见的有塑料安全帽、玻璃钢安全帽和橡胶安全帽等；按性能分，有普通型安全帽和具有阻燃、防静电、电绝缘等性能的特殊型安全帽。⟦l [2]⟧
安全帽产品的帽壳上应有永久性标识，注明制造商名称、生产日期、产品名称及标准编号等信息。使用者应按产品说明调整帽衬，系紧下颏带；受过严重冲击或超过使用期限的安全帽应当报废。
""",
    ),
    dict(
        slug="wiki-wanxiang-swatter-entry-edit-links",
        site="万象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanxiangbaike.cn/wiki/电蚊拍",
        title="电蚊拍",
        record_title="电蚊拍（家用电器）｜万象百科",
        date=None,
        notes="an encyclopaedia entry in text: edit and favourite links, a contents line, an 'edit this section' link glued to the end of a paragraph, a contributors line; the entry name opens the body; no date",
        page="""
!m 万象百科 · 自由的百科全书
!t 电蚊拍（家用电器）
!a 编辑词条　｜　加入收藏　｜　纠错
!m 本词条已被浏览 12,905 次，最后修订于 5 天前
!l 目录　1 简介　2 构造与原理　3 使用注意
{BODY}
!l 相关词条：灭蚊灯　蚊香　驱蚊液
!m 词条贡献者：夏夜蛙鸣、小电工等8人
!d 万象百科内容遵循知识共享协议，引用请注明来源
""",
        body="""
电蚊拍是一种利用高压电网击杀蚊虫的小型家用电器，外形类似羽毛球拍，又称电子灭蚊拍。
电蚊拍通常由拍框、金属电网、高压发生电路、电池和开关组成。按下开关后，电路将电池的低电压升高到一千伏以上，蚊虫触及电网时被电击致死。⟦a [编辑本段]⟧
电蚊拍使用方便、不含化学药剂，在夏季家庭中使用较为普遍。但使用时应注意：不要用手或金属物触碰电网，不要在易燃气体附近使用，充电时应有人看管，并放在儿童接触不到的地方。
""",
    ),
    dict(
        slug="netdisk-qingyun-globe-instruction-marker-paras",
        site="青云盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.qingyunpan.com/s/7Rk2mQx9aL",
        title="32厘米教学地球仪装配作业指导书",
        record_title="32厘米教学地球仪装配作业指导书.pdf",
        date=None,
        notes="a cloud-drive preview: file name, sharer, validity and extraction code, save/download buttons and VIP prompts, page-marker paragraphs ⛮ n ⛮ cutting sentences; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>32厘米教学地球仪装配作业指导书.pdf_免费高速下载|青云盘</title>
<script src="/static/share/preview.js"></script>
</head>
<body>
<div class="qy-head">⟦m 青云盘⟧ <a>⟦a 开通超级VIP⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qy-file">
<h2>⟦t 32厘米教学地球仪装配作业指导书.pdf⟧</h2>
<p>⟦m 分享者：经纬质检小刘　有效期：永久　大小：1.2MB⟧</p>
<p>⟦m 提取码：g4v8⟧</p>
<p><button>⟦a 保存到我的青云盘⟧</button> <button>⟦a 下载（VIP极速）⟧</button></p>
</div>
<div class="qy-preview">
{BODY}
</div>
<div class="qy-vip">⟦a 非会员仅可预览前3页，开通VIP查看完整文件⟧</div>
<div class="qy-foot"><p>⟦d 青云盘仅提供存储空间，分享内容由用户自行上传，侵权请投诉⟧</p><p>⟦a 举报该分享⟧</p></div>
</body>
</html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="⛮ {n} ⛮", every=100, start=2),
        body="""
1 适用范围
本指导书适用于32厘米教学地球仪的总装工序。
2 装配步骤
2.1 检查球体表面印刷是否清晰，有无划伤、气泡，经纬线与海陆轮廓是否对齐。
2.2 将子午圈套在球体上，对准南北极轴孔，插入轴钉，调整松紧度，使球体转动顺畅、停转后不自行滑动。
2.3 将子午圈装入底座支架，地轴与底座平面的夹角调整为66.5度，拧紧固定螺母。
2.4 安装底座配重块和防滑脚垫。
3 检验要求
3.1 每台产品装配完成后转动球体不少于三圈，检查有无异响、卡滞。
3.2 抽检地名标注和国界线，发现印刷错误的整批隔离，报质量部处理。
4 包装
检验合格的产品套上防尘袋，连同合格证、说明书装入彩盒。
""",
    ),
    dict(
        slug="netdisk-xiazi-safe-contract-template-blanks",
        site="匣子云盘 (invented cloud drive)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.xiaziyun.com/share/init?surl=Kq83mW",
        title="保险柜采购合同",
        record_title="保险柜采购合同.docx",
        date=None,
        notes="a cloud-drive share in text: file name, size, sharer, 7-day validity, extraction code, save/download buttons; a contract template with ×× placeholders, ＿＿ blanks, 第N条 articles and ＿＿年＿＿月＿＿日 (no date)",
        page="""
!m 匣子云盘 — 你的文件随身匣
!t 保险柜采购合同.docx
!m 大小：22.4KB　分享者：办公室小何　分享于 2 天前　有效期：7天
!m 提取码：7kqd
!a 保存到我的匣子　下载（超级会员加速）
{BODY}
!a 预览仅显示文本内容，格式请以下载文件为准
!d 匣子云盘不对分享内容负责，违规内容请举报
""",
        body="""
甲方（采购方）：××××××
乙方（供货方）：××××××
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方向乙方采购保险柜事宜订立本合同。
第一条　产品名称、型号、数量：电子密码保险柜，型号＿＿＿＿，数量＿＿台，单价＿＿元，合同总价＿＿＿＿元。
第二条　质量要求：产品须符合国家相关标准，乙方交货时提供产品合格证和检验报告。
第三条　交货：乙方于＿＿年＿＿月＿＿日前将产品送至甲方指定地点，并负责安装固定。
第四条　验收：甲方在收货后5个工作日内完成验收，验收时乙方应当场演示开启、更改密码和应急开启方法。
第五条　售后：质保期为＿＿年，质保期内非人为损坏的，乙方免费维修或更换。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="snapshot-soulei-fishtank-consumer-tip-frame",
        site="搜狸快照 of 螭阳县消费者协会 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.soulei.com/c?u=cyxxh-2024-0821-77&k=鱼缸",
        title="关于选购家用鱼缸及加热棒的消费提示",
        record_title="历史快照 · 关于选购家用鱼缸及加热棒的消费提示_螭阳县消费者协会",
        date="2024-08-20",
        date_also=["2024-08-21"],
        notes="a search engine's snapshot frame: a capture banner and a highlighted-terms line (capture time is no date), the original site's header, byline and footer inside; the association's complaint line beside 12315 in the body; 成文日期 differs from the page date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>历史快照 · 关于选购家用鱼缸及加热棒的消费提示_螭阳县消费者协会</title>
<base href="http://www.cyxxh.org.cn/xfts/2024/0821/77.html">
</head>
<body>
<div class="sl-cache" style="background:#fffbe6;border-bottom:1px solid #e0c060">
<p>⟦d 搜狸快照：这是该网页在2024年9月2日被收录时的样子，原页面可能已变化⟧</p>
<p>⟦m 已为您标亮检索词：鱼缸　加热棒⟧　<a>⟦a 访问原网页⟧</a></p>
</div>
<div class="orig">
<div class="x-head">⟦m 螭阳县消费者协会⟧ <span>⟦m 为消费者说话 替消费者办事⟧</span></div>
<div class="x-nav">⟦m 首页　消协动态　消费提示　投诉指南　案例通报⟧</div>
<h1>{T}</h1>
<div class="x-meta">⟦m 发布时间：2024-08-21　来源：秘书处⟧</div>
<div class="x-body">
{BODY}
</div>
<div class="x-foot">⟦m 螭阳县消费者协会　地址：螭阳县人民路56号⟧</div>
</div>
</body>
</html>
""",
        body="""
近期，县消费者协会陆续接到多起关于家用鱼缸的投诉，主要涉及鱼缸漏水、玻璃自爆和加热棒漏电等问题。为此，县消协提醒广大消费者：
一、选购鱼缸时，要查看玻璃厚度和边角打胶是否均匀，大尺寸鱼缸尽量选择有质保承诺的正规商家，并索要购物凭证。
二、选购加热棒时，要选择有3C认证标志、带自动温控和防干烧功能的产品，不要购买无厂名厂址的“三无”产品。
三、使用时，加热棒必须完全浸入水中，换水前先断电；鱼缸电源宜接入带漏电保护的插座。
消费者权益受到侵害时，可拨打12315或县消协投诉电话0766-5236315反映。
螭阳县消费者协会
2024年8月20日
""",
    ),
    dict(
        slug="snapshot-mijing-globe-bulletin-text-cache",
        site="觅径搜索文字快照 of 蟠州市自然资源和规划局 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://kuaizhao.mijing.cn/text?url=zrzyj.panzhou.gov.cn%2Ftzgg%2F202411%2Ft20241108_5521.html",
        title="关于全市地球仪等地图产品市场专项检查情况的通报",
        record_title="关于全市地球仪等地图产品市场专项检查情况的通报_蟠州市自然资源和规划局 - 觅径文字快照",
        record_date="2024-11-08",
        date="2024-11-08",
        notes="a text-only cache: a crawl banner (no date) and the original URL above the page; the bureau's name in the header is also the signature (head); the record gives the date",
        page="""
!d 觅径搜索 · 文字快照：本页为2024-11-19抓取时的纯文本版本，仅供参考
!m 原网页：http://zrzyj.panzhou.gov.cn/tzgg/202411/t20241108_5521.html
!m 蟠州市自然资源和规划局
{T}
!m 发布时间：2024-11-08　信息来源：国土空间规划科
{BODY}
!m 主办：蟠州市自然资源和规划局　地址：蟠州市政务中心B座
!d 快照内容可能与原网页不一致，请以原网页为准
""",
        body="""
各县（区）自然资源主管部门，市直有关单位：
2024年9月至10月，市自然资源和规划局会同市市场监管局，对全市文具店、书店、教育装备经销企业和电商平台销售的地球仪、地图等产品开展了专项检查。现将有关情况通报如下：
一、基本情况。共检查经营场所146家，抽查地球仪、地图产品312个品种，发现问题产品9个品种，主要是未标注审图号、重要岛屿漏绘和国界线绘制错误。
二、处理情况。对问题产品已全部下架封存，对相关经营者依法立案查处，并责令其向供货商追溯来源。
三、工作要求。各地要加大日常巡查力度，督促经营者落实进货查验制度，引导群众通过正规渠道购买地图产品。
蟠州市自然资源和规划局
2024年11月8日
""",
    ),
    dict(
        slug="print-tuohu-market-bulletin-fishtank-footer",
        site="鼍湖区市场监督管理局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.tuohu.gov.cn/print.aspx?id=20240904-112",
        title="关于部分餐饮单位活鱼暂养鱼缸卫生问题的通报",
        record_title="打印预览 ▹ 关于部分餐饮单位活鱼暂养鱼缸卫生问题的通报 ▹ 鼍湖区市场监督管理局",
        date="2024-09-04",
        notes="a print view calling window.print(): a print-time stamp and the page address at the top, print/close buttons, a print footer ⏆ 页 1／1 ⏆; a problems table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印预览 ▹ 关于部分餐饮单位活鱼暂养鱼缸卫生问题的通报 ▹ 鼍湖区市场监督管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关闭预览〕⟧</div>
<div class="pr-head">⟦m 鼍湖区市场监督管理局⟧</div>
<div class="pr-stamp">⟦m 打印于 2024-09-12 15:26　本页地址：http://scjgj.tuohu.gov.cn/tzgg/20240904/112.html⟧</div>
<h2>{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-footer">⟦p ⏆ 页 1／1 ⏆⟧</div>
</body>
</html>
""",
        body="""
各餐饮服务单位：
8月下旬，区市场监管局对辖区32家经营水产品的餐饮单位开展了专项检查，发现部分单位活鱼暂养鱼缸存在卫生问题，现通报如下：
序号　单位名称　存在问题
1　鼍湖区渔港海鲜酒家　鱼缸水体浑浊，未记录换水和消毒
2　鼍湖区老码头鱼庄　过滤设备损坏，缸内死鱼未及时清理
3　鼍湖区鲜味轩餐厅　暂养鱼缸设在后厨通道，与生熟食品加工区未分隔
对上述单位，区市场监管局已责令限期整改。请各餐饮单位对照检查，落实鱼缸每日巡查、定期换水消毒制度，并做好记录。
鼍湖区市场监督管理局
2024年9月4日
""",
    ),
    dict(
        slug="print-chiyang-school-dorm-swatter-footer",
        site="螭阳县第二中学校园网 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cyez.net/zjc/tz/2024/0603/print_201.html",
        title="关于规范学生宿舍电蚊拍等小电器使用的通知",
        record_title="〘供打印〙关于规范学生宿舍电蚊拍等小电器使用的通知 — 螭阳县第二中学",
        date="2024-06-03",
        notes="a school's print view in text: a print-time stamp (no date), the page address, print/close links and a print footer 第1页 ⸗ 共1页; 成文日期 under the signature",
        page="""
!m 螭阳县第二中学 · 校园网
!m 打印时间：2024-06-05 07:48　打印人：宿管科
!t 〘供打印〙关于规范学生宿舍电蚊拍等小电器使用的通知
!m 本页地址：http://www.cyez.net/zjc/tz/2024/0603/201.html
{BODY}
!a ［打印此页］　［关掉窗口］
!p 第1页 ⸗ 共1页
""",
        indent="\u3000\u3000",
        body="""
各班主任、全体住校生：
入夏以来，宿舍蚊虫增多，不少同学购买了电蚊拍。经学校安全领导小组研究，现就宿舍使用电蚊拍等小电器通知如下：
一、电蚊拍可以在宿舍使用，但必须是有3C标志的正规产品，禁止使用自行改装或电池鼓包的电蚊拍。
二、电蚊拍只能在宿舍楼一楼公共充电区充电，严禁在床铺上、蚊帐内充电，严禁充电过夜。
三、热得快、电热毯、电煮锅等大功率电器仍一律禁止带入宿舍，宿管员每周检查一次，发现违规的予以没收。
四、各班主任要在本周班会上向学生传达本通知，并将学生签字的安全承诺书于6月7日前交政教处。
螭阳县第二中学政教处
2024年6月3日
""",
    ),
    dict(
        slug="mail-chiyang-school-globe-letter-attachment-bar",
        site="螭阳教育邮箱 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.cyedu.cn/readmail?mid=ZL2609-0904-1012",
        title="关于教学用地球仪质量问题的函",
        record_title="Fwd: 关于教学用地球仪质量问题的函（含退换清单）",
        date="2024-09-03",
        date_also=["2024-09-04"],
        notes="a webmail reading view: folder list, the forwarding mail's headers and send time, the forwarded block's headers, an attachment bar beside the letter's own 附件 list, the letter's own contact and mailbox, reply/forward buttons; 成文日期 differs from the send date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 关于教学用地球仪质量问题的函（含退换清单） - 螭阳教育邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 螭阳教育邮箱⟧ <span>⟦m zongwu@cysyxx.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="wm-left"><ul><li>⟦m 收件箱(3)⟧</li><li>⟦m 已发送⟧</li><li>⟦m 草稿箱⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="wm-read">
<div class="wm-btns">⟦a 回复　回复全部　转发　删除　更多⟧</div>
<h3>⟦t Fwd: 关于教学用地球仪质量问题的函（含退换清单）⟧</h3>
<table class="wm-hdr">
<tr><td>⟦m 发件人：县实验小学总务处 &lt;zongwu@cysyxx.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：sales@jingwei-jy.com⟧</td></tr>
<tr><td>⟦m 时　间：2024年9月4日（星期三）上午10:12⟧</td></tr>
</table>
<div class="wm-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 原发件人：符悦然 &lt;fuyueran@cysyxx.cn&gt;⟧</p>
<p>⟦m 主题：关于教学用地球仪质量问题的函⟧</p>
{BODY}
</div>
<div class="wm-att">⟦a 附件 2 个：退换清单.xlsx（14K）　验收照片.zip（3.8M）　打包下载⟧</div>
</div>
<div class="wm-foot">⟦m 螭阳县教育信息中心提供邮件服务　客服：0766-5281000⟧</div>
</body>
</html>
""",
        body="""
蟠州市经纬教学设备有限公司：
我校7月通过县政府采购平台向贵公司采购的教学用地球仪（32厘米）60个，已于8月28日到货。经开学前清点验收，发现以下问题：
1.有9个地球仪子午圈与球体摩擦，转动时有明显卡滞；
2.有4个地球仪球面印刷偏移，部分经纬线与海陆轮廓错位；
3.有2个地球仪底座开裂。
以上15个地球仪已单独封存。请贵公司于9月15日前派人到校核实，并按合同约定予以退换。
联系人：符悦然，电话：0766-5318260，邮箱：fuyueran@cysyxx.cn
附件：1.问题地球仪退换清单
2.验收现场照片
螭阳县实验小学
2024年9月3日
""",
    ),
    dict(
        slug="mail-panjian-hardhat-letter-forwarded-text",
        site="forwarded mail from 蟠建集团邮件系统 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mail://wzsb@panjian-group.com/2024-04-30/0941",
        title="关于更换部分批次安全帽下颏带的函",
        record_title="转发：【重要】关于更换部分批次安全帽下颏带的函",
        date="2024-04-28",
        date_also=["2024-04-30"],
        notes="a forwarded mail as text: the forwarder's headers and a forwarding note (neutral), the original mail's headers, an attachment line and a confidentiality footer; the maker's own contact and mailbox in the letter; 成文日期 differs from the send date",
        page="""
!m 发件人："集团物资设备部" <wzsb@panjian-group.com>
!m 发送时间：2024年4月30日 星期二 09:41
!m 收件人：各项目部安全总监
!t 主题：转发：【重要】关于更换部分批次安全帽下颏带的函
各位：请按函件要求做好配合，清点数量后回复本邮件。物资设备部 焦立
!m -------- 原始邮件 --------
!m 发件人："顶安防护质量部" <quality@dingan-ppe.com>
!m 发送时间：2024年4月28日 16:05
!m 主题：关于更换部分批次安全帽下颏带的函
{BODY}
!a 附件：更换计划表.xlsx（11.2K）　预览　下载
!d 本邮件及其附件含有保密信息，仅限指定收件人使用，误收请删除
""",
        body="""
蟠州建工集团有限公司物资设备部：
我公司于2024年1月向贵公司供应的DA-5型安全帽（生产批次240108、240112），经质量回访发现，部分产品下颏带卡扣在反复使用后可能松脱。帽壳及帽衬各项性能合格，但为确保使用安全，我公司决定免费为上述批次安全帽更换加强型下颏带。
一、更换范围：上述两个批次共1800顶，批次号印在帽壳内侧标签上。
二、更换方式：我公司将于5月10日至20日派技术人员到各项目部现场更换，请各项目部提前清点数量并告知具体地点。
三、更换前，请提醒作业人员每次佩戴时检查卡扣是否扣牢。
联系人：顶安防护质量部 洪清扬，电话：0762-4738815，邮箱：quality@dingan-ppe.com
顶安防护用品有限公司
2024年4月28日
""",
    ),
]
