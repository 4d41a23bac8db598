"""holdout285, part A: 范文 sites, 文库 previews, writing apps, sharing sites and download stations.

Invented text (every county, person, firm, site, URL and number); see ../README.md and ../build.py
for the markup. Each case is written by hand.
"""

CASES = [
    dict(
        slug="fanwen-duxing-speech-coffee-table-gb2312",
        site="笃行范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.duxingfw.cn/jianghua/chanye/2024/0422/71853.html",
        title="在镂阳县茶几家具产业高质量发展推进会上的讲话",
        record_title="〖领导讲话·产业篇〗在镂阳县茶几家具产业高质量发展推进会上的讲话（会员精校）_笃行范文网",
        date="2024-04-18",
        date_also=["2024-04-22"],
        notes="old gb2312 table page: marquee, font-size row, visitor counter, floating ghost-writer QQ box; "
        "speaker and date lines under the speech title (neutral); a ghost-writer prompt glued after a 。; "
        "a member fold on a line of its own between paragraphs; the page's posting date differs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖领导讲话·产业篇〗在镂阳县茶几家具产业高质量发展推进会上的讲话（会员精校）_笃行范文网</title>
<script language="javascript" src="/js/qqfloat.js"></script>
<link rel="stylesheet" href="/css/old.css">
</head><body bgcolor="#f4f1e8">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="">⟦m 笃行范文网·替你把材料写踏实⟧</td>
<td align="right"><a href="#">⟦a 设笃行为首页⟧</a>　<a href="#">⟦a 把本站加入收藏⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#8b0000"><a href="/">⟦m 网站首页⟧</a> <a href="/jianghua/">⟦m 领导讲话⟧</a> <a href="/zongjie/">⟦m 年终总结⟧</a> <a href="/xinde/">⟦m 学习体会⟧</a> <a href="/shuzhi/">⟦m 个人述职⟧</a></td></tr>
<tr><td colspan="2"><div><marquee scrollamount="3">⟦m 笃行范文网十周年：全站讲话稿会员季卡立减30元⟧</marquee></div></td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在位置：笃行范文网 ＞＞ 领导讲话 ＞＞ 产业经济类⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 上传日期：2024-04-22　稿源：会员“松间月”投稿　热度：1937⟧</div>
<div class="zihao">⟦a 【调字号 大·中·小】⟧　⟦a 【打印此稿】⟧</div>
<p align="center">镂阳县人民政府县长　韦松年</p>
<p align="center">（2024年4月18日）</p>
<div class="zhengwen">
{BODY}
</div>
<div class="xiazai"><a href="/down/71853">⟦a ↓ 下载本讲话Word稿（会员免费·非会员3元）⟧</a></div>
<div>⟦l 上一篇：在全县家居建材行业安全生产会议上的讲话⟧</div>
<div>⟦l 下一篇：在镦田镇木业企业座谈会上的发言提纲⟧</div>
</td>
<td width="250" valign="top" bgcolor="#efe9da">
<div class="bt">⟦l 讲话稿·本月点击榜⟧</div>
<ul><li>⟦l 县长在招商引资签约仪式上的讲话⟧</li><li>⟦l 在家具产业园开园仪式上的致辞⟧</li><li>⟦l 在全县民营经济发展大会上的讲话⟧</li></ul>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">
⟦d 笃行范文网所载稿件多为会员投稿及网络收集，仅供写作借鉴，如涉版权请来函，本站核实后撤稿。⟧<br>
⟦m 您是笃行范文网第 0832915 位来访者⟧<br>
⟦m Copyright 2014-2024 duxingfw.cn 赣ICP备16052217号⟧
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:0;top:200px">⟦w 材料代写 在线QQ：2850176634⟧</div>
<script>qqFloat();</script>
</body></html>
""",
        body="""
同志们：
今天，我们召开全县茶几家具产业高质量发展推进会，主要任务是总结产业发展情况，部署下一阶段重点工作。刚才，镟口镇和三家企业作了交流发言，讲得很实在，我都赞同。⟦w 写稿卡壳？笃行代笔一对一，微信dxfw2024⟧
镂阳做茶几已有三十多年。目前全县共有茶几生产企业186家，去年产量420万张，产值突破38亿元，“镂阳茶几”已成为叫得响的区域品牌。同时也要看到，我们的产品大多集中在中低端，设计研发能力弱，钢化玻璃、岩板等关键材料依赖外地采购，部分小作坊安全和环保问题仍然突出。
⟦a 〔以下内容会员可见，开通后继续阅读〕⟧
下面，我讲三点意见。
一要在创新设计上求突破。支持龙头企业建设设计中心，每年举办一届茶几设计大赛，对获奖作品落地生产的给予奖励。
二要在质量标准上下功夫。市场监管部门要牵头制定钢化玻璃茶几地方标准，开展产品质量提升行动，坚决淘汰不合格产品。
三要在营商环境上出实招。各部门要落实好用地、用电、融资等政策，让企业安心发展。
同志们，产业兴则县域兴。希望大家齐心协力，推动茶几产业由“量”的扩张向“质”的提升转变！
""",
    ),
    dict(
        slug="fanwen-mochi-report-bamboo-stool-coop-title-line",
        site="墨池范文库 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.mochifw.com/shuzhi/hezuoshe/2024/0227/20931.html",
        title="杌川县竹凳编织专业合作社理事长2023年度述职报告",
        record_title=None,
        date="2024-01-15",
        notes="no title in the record: the page's title line carries a 【本周热读】 tag; 成文日期 in Chinese numerals; "
        "an update stamp is no date; a related link glued after a 。; a ghost-writer line at the bottom",
        page="""
!m 墨池范文库 · 公文写作好帮手
!m 当前位置：墨池范文库 » 述职报告 » 合作社述职
!t 【本周热读】杌川县竹凳编织专业合作社理事长2023年度述职报告
!m 更新时间：2024-02-27　字数：约1100字　浏览：4,280
!a ☆收藏本页　☆复制链接　☆举报纠错
{BODY}
!w 范文不会改？墨池写手一对一代笔，VX：mochi_xz88
!l ▼ 延伸阅读
!l 村级股份经济合作社理事长述职报告（两篇）
!l 2023年农民专业合作社年终工作总结
!d 墨池范文库文章来自网友投稿与网络整理，若侵犯您的权利请邮件告知，核实后即删。
!m © 墨池范文库 mochifw.com　湘ICP备19041826号
""",
        indent="\u3000\u3000",
        body="""
各位理事、社员代表：
2023年，在镇党委、政府的关心支持下，我和理事会一班人团结带领全体社员，围绕“把竹凳编出好价钱”这个目标，扎实做好各项工作。现将个人履职情况报告如下。
一、主要工作
一是扩大生产规模。合作社社员由去年的47户增加到68户，全年编制竹凳3.6万张，销售收入312万元，社员户均增收1.1万元。⟦l 相关：合作社年终总结五篇汇编⟧
二是提升产品品质。邀请县非遗传承人授课4次，统一竹材选料和烘烤工艺，竹凳开裂返修率由8%降到2%以下。
三是拓宽销售渠道。与两家民宿公司签订长期供货协议，开设网店，线上销售占比达到三成。
二、存在的不足
一是年轻社员少，技艺传承压力大；二是品牌宣传不够，产品附加值不高。
三、明年打算
我将带头学习，办好竹凳编织夜校，争取申报县级农业品牌，让更多乡亲靠一张小竹凳过上好日子。
述职人：何春林
二〇二四年一月十五日
""",
    ),
    dict(
        slug="wenku-qingai-research-coffee-table-pdf-circle-markers",
        site="青霭文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.qingaiwk.com/view/8c31f0a27d.html",
        title="关于钗湖县茶几产业发展情况的调研报告",
        record_title="关于钗湖县茶几产业发展情况的调研报告.pdf",
        date="2024-06-20",
        notes="文库 reader: the file name as the title, viewer toolbar, page markers ❍ n ❍ as paragraphs cutting sentences, "
        "a table one row a paragraph, a coin paywall; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于钗湖县茶几产业发展情况的调研报告.pdf - 青霭文库</title>
<script src="https://static.qingaiwk.com/reader.min.js"></script>
</head><body>
<header class="hd"><a class="logo" href="/">⟦m 青霭文库｜文档随手查⟧</a> <input placeholder="搜索文档"> <a href="/login">⟦a 登录/注册领福利⟧</a></header>
<div class="doc-head">
<h1>⟦t 关于钗湖县茶几产业发展情况的调研报告.pdf⟧</h1>
<p class="meta">⟦m 上传者：云深****7　上传时间：2024-07-02　页数：5页　格式：PDF⟧</p>
<div class="bar">⟦a 全屏阅读　放大　缩小　下载（￥6.8）⟧</div>
</div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 余下3页已锁定，开通青霭月卡即可完整阅读⟧<br><button>⟦a 6.8青霭币解锁本篇⟧</button></div>
<aside class="rel"><h3>⟦l 读过本篇的人还在看⟧</h3><ul>
<li>⟦l 家具产业集群发展调研报告.docx⟧</li><li>⟦l 县域特色产业调研与思考.pdf⟧</li></ul></aside>
<footer>⟦d 青霭文库文档均由用户上传，平台仅提供存储与展示服务，内容真实性请自行甄别。⟧<br>⟦m 沪ICP备20017763号-3⟧</footer>
</body></html>
""",
        pages=dict(fmt="❍ {n} ❍", every=150, start=2),
        body="""
为摸清全县茶几产业发展现状，县工业和信息化局于今年5月组织调研组，走访了钗湖经济开发区和镦田镇、钏溪镇的32家茶几生产企业，召开座谈会4场。现将调研情况报告如下。
一、基本情况
全县现有茶几及配套企业58家，其中规模以上企业11家，从业人员约4300人。2023年茶几产量210万张，产值17.6亿元，主要产品产量如下。
产品类型　产量（万张）　占比
钢化玻璃茶几　96　45.7%
实木茶几　71　33.8%
岩板茶几　43　20.5%
二、存在问题
一是同质化竞争严重，多数企业以仿制为主；二是钢化玻璃自爆投诉时有发生，质量管控薄弱；三是物流成本高，大件产品运输破损率偏高。
三、对策建议
建议设立茶几产业发展专项资金，建设共享喷涂中心和检测平台，引导企业抱团参展、共建品牌。
钗湖县工业和信息化局调研组
2024年6月20日
""",
    ),
    dict(
        slug="wenku-qingjun-plan-bamboo-stool-wrapped-glued-markers",
        site="青筠文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qingjunwk.net/p-33018476.html",
        title="杌川县竹凳编织技艺传承提升工作方案",
        record_title="杌川县竹凳编织技艺传承提升工作方案（可编辑全文版）· 青筠文库",
        date="2024-03-06",
        notes="a 文库 text wrapped at 62 columns, markers ⦪n⦫ glued to the continuation line; decimal headings 1.1–2.3; "
        "a coin prompt and a preview-end line under the text",
        page="""
!m 青筠文库 ＞ 行政公文 ＞ 工作方案
!t 杌川县竹凳编织技艺传承提升工作方案（可编辑全文版）
!m 贡献者：竹***人　共4页　2.1万次阅读
!a 收进我的书架　|　转存到手机　|　举报
{BODY}
!a —— 预览至第3页，余下内容请购买后阅读 ——
!a 单篇购买 3青筠币　｜　包月畅读
!d 本文档为用户上传的个人作品，青筠文库不对其内容的准确性、完整性作任何保证。
!l 同类文档：竹编产业发展规划（2023-2027）｜非遗传承人认定办法
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⦪{n}⦫", every=150, start=2, glue=True),
        body="""
为保护和传承杌川竹凳编织技艺，推动竹编产业提质增效，结合我县实际，制定本方案。
1 工作目标
1.1 到2025年底，培养竹凳编织技艺骨干传承人30名、熟练工500名。
1.2 建成竹凳编织技艺传习所3个，年培训不少于800人次。
2 重点任务
2.1 开展技艺普查。对全县从事竹凳编织的艺人逐户登记，建立传承人档案，整理榫卯拼接、火烤定型等传统工艺要点。
2.2 办好传习课堂。依托榾岭乡、钏溪镇传习所，每季度开设一期竹凳编织培训班，学员考核合格后颁发结业证书。
2.3 推动产品创新。鼓励艺人与设计院校合作，开发适合民宿、茶室使用的新式竹凳。
3 保障措施
县文化和旅游局牵头负责方案实施，财政部门按规定安排传承补助资金，各乡镇明确一名分管领导具体抓落实。
杌川县文化和旅游局
2024年3月6日
""",
    ),
    dict(
        slug="app-miaobi-host-script-crochet-exhibition-h5",
        site="妙笔写作APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.miaobixz.com/share/article?aid=5530172&from=wx",
        title="“巧手钩针·温暖冬日”编织作品展开幕式主持词",
        record_title="“巧手钩针·温暖冬日”编织作品展开幕式主持词（双人版，改改就用）- 妙笔APP",
        date=None,
        notes="a writing app's H5 share: open-app mask, AI buttons glued after a line, a fold line inside the body, "
        "a host script's 甲/乙/合 lines; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“巧手钩针·温暖冬日”编织作品展开幕式主持词（双人版，改改就用）- 妙笔APP</title>
<script>window.__APP_SCHEME__="miaobi://article/5530172";</script>
</head><body>
<div class="open-bar">⟦a 打开妙笔APP，写作快人一步⟧ <a class="btn">⟦a 立即打开⟧</a></div>
<article>
<h2>{T}</h2>
<div class="by">⟦m 妙笔官方范文库 · 主持词频道　3.6万人看过⟧</div>
{BODY}
</article>
<div class="ai-row">⟦a ✦一键仿写同款　✦换个风格重写⟧</div>
<div class="mask">⟦a 余下范文在APP内免费看，点此跳转⟧</div>
<section class="rec"><h3>⟦l 猜你还想写⟧</h3>
<p>⟦l 手工作品展闭幕式主持词⟧</p><p>⟦l 老年大学结业典礼主持稿⟧</p></section>
<footer>⟦m 妙笔写作 · 鍑州妙笔信息技术有限公司⟧</footer>
</body></html>
""",
        body="""
甲：尊敬的各位领导、各位来宾，
乙：亲爱的编织爱好者们，
合：大家上午好！
甲：一根钩针，一团毛线，勾出的是温暖，织出的是情谊。
乙：今天，由鍑州市钩编艺术协会主办的“巧手钩针·温暖冬日”编织作品展在这里隆重开幕。
甲：本次展览共收到作品三百二十件，其中既有七十多岁老奶奶钩的坐垫，也有小学生第一次完成的杯套。⟦a ✧AI润色这一段⟧
⟦a 展开剩余72%▾⟧
乙：展览结束后，部分作品将进行义卖，所得款项全部用于为山区学校购置过冬物品。
甲：首先，有请协会会长致辞。
乙：感谢会长的精彩致辞。接下来，请欣赏钩针快手现场表演。
合：“巧手钩针·温暖冬日”编织作品展开幕式到此结束，欢迎大家参观选购！
""",
    ),
    dict(
        slug="app-subi-summary-iron-bucket-oneline",
        site="速笔写作 (invented writing app)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.subixiezuo.cn/s/f93K2a",
        title="镟口镇2024年铁桶垃圾收集点改造提升工作总结",
        record_title="镟口镇2024年铁桶垃圾收集点改造提升工作总结（范文·可改）| 速笔写作",
        date="2024-12-10",
        notes="a writing app's share page: the whole body on one line, a copy button glued before the first words and "
        "an AI prompt glued after a 。; numbered list 1. 2. 3.; 成文日期 at the end of the line",
        page="""
!m 速笔写作 · 你的随身笔杆子
!t 镟口镇2024年铁桶垃圾收集点改造提升工作总结
!m 范文 · 乡镇工作　已有2,115人收藏
⟦a 【复制全文】⟧{BODY}
!a 想改成你们镇的版本？下载速笔APP，AI帮你改
!l 相关范文：农村垃圾分类工作总结｜人居环境整治百日攻坚总结
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，镟口镇把农村垃圾收集点改造作为人居环境整治的重要内容，全面更换老旧铁桶，取得明显成效。现将有关情况总结如下。
一、主要做法
1. 摸清底数。全镇共排查垃圾收集点412处，其中使用锈蚀破损铁桶的有268处。
2. 分类更换。对仍可使用的铁桶统一除锈刷漆、加装桶盖；对无法修复的，更换为带轮加厚铁桶，共更换铁桶530只。⟦a 〔AI续写本段〕⟧
3. 落实管护。每个收集点明确一名保洁员，铁桶每周清洗一次，做到桶体干净、周边无散落垃圾。
二、取得成效
改造后，收集点周边蚊蝇明显减少，群众满意度由去年的82%提高到96%。
三、下步打算
2025年，我镇将探索铁桶定位管理，推动垃圾收运更加高效。
镟口镇人民政府
2024年12月10日
""",
    ),
    dict(
        slug="docshare-linxiang-contract-dressing-table-blanks",
        site="邻享文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.linxiangdoc.com/d/552871903.html",
        title="梳妆台定制购销合同（范本）",
        record_title="梳妆台定制购销合同（范本）·可编辑打印 - 邻享文档",
        date=None,
        notes="a sharing page: upload notice, points lock, service WeChat; a contract template with ×× placeholders, "
        "＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and 第N条 articles; a points prompt glued after a 。; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>梳妆台定制购销合同（范本）·可编辑打印 - 邻享文档</title>
<script>var docId=552871903;</script></head><body>
<nav class="top">⟦m 邻享文档·好资料人人共享⟧ <a>⟦m 合同协议⟧</a> <a>⟦m 办公模板⟧</a> <a>⟦m 教育资料⟧</a> <a>⟦a 上传赚积分⟧</a></nav>
<div class="crumbs">⟦m 邻享文档 / 合同协议 / 买卖合同⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 分享人：wood_li　格式：DOCX　大小：23.5KB　浏览 1,904 次⟧</div>
<div class="notice">⟦d 本合同范本由网友分享，邻享文档仅作存储展示，具体条款请结合实际并咨询专业人士。⟧</div>
<div class="doc">
{BODY}
</div>
<div class="pay">⟦a 下载完整版需8积分，当前积分不足⟧ <a>⟦a 去赚积分⟧</a></div>
<div class="kefu">⟦w 资料缺页找客服，微信 linxiang_kf01⟧</div>
<div class="same"><h4>⟦l 同分类热门⟧</h4><p>⟦l 实木家具买卖合同.docx⟧</p><p>⟦l 家具定制安装服务协议.doc⟧</p></div>
<footer>⟦m © 2024 邻享文档 linxiangdoc.com　蜀ICP备21008814号⟧</footer>
</body></html>
""",
        body="""
甲方（买方）：××××有限公司
乙方（卖方）：××家具厂
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方向乙方定制梳妆台事宜订立本合同。
第一条　产品为实木梳妆台，规格、数量、单价详见附表，合同总价为人民币＿＿＿＿元。
第二条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，并负责安装调试。⟦a （第2页起需积分查看）⟧
第三条　梳妆台镜面须使用防爆银镜，板材甲醛释放量应符合国家标准E1级及以上要求。
第四条　甲方应在验收合格后＿＿日内付清全部货款。
第五条　乙方提供三年免费保修，保修期内非人为损坏由乙方负责维修或更换。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-fenxiangge-insight-crochet-wps-square-markers",
        site="分享阁 (invented)",
        style="文档分享",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.fenxiangge.net/doc/2024/1104/663015.html",
        title="参加钩针编织技能培训班心得体会",
        record_title="参加钩针编织技能培训班心得体会.wps",
        date=None,
        notes="file-name record title (.wps); markers ◽第n页◽ on lines of their own cutting sentences; upload notice; "
        "an upload stamp is no date",
        page="""
!m 分享阁 — 文档即时分享
!t 参加钩针编织技能培训班心得体会.wps
!m 分享时间：2024-11-04　文件类型：WPS　页数：3　阅读：366
!d 温馨提示：资料来自会员上传，分享阁不保证其原创性，若有侵权请点举报。
{BODY}
!a 看完了？点这里把全文存进你的分享阁
!l 同作者文档：巧手妈妈手工培训总结.wps｜妇女技能培训签到表.xls
""",
        indent="\u3000\u3000",
        pages=dict(fmt="◽第{n}页◽", every=90, start=2),
        body="""
十月中旬，我参加了县妇联举办的钩针编织技能培训班。七天时间里，老师从起针、短针、长针教起，一直教到小熊、杯垫、围巾的完整钩法。我从一开始连针都握不稳，到最后独立钩完一条围巾，心里特别有成就感。
这次培训让我明白了三个道理。第一，手艺是练出来的。老师说，一个合格的钩针作品，背后是上千次重复的动作，急不得。第二，细节决定成败。针数错一针，整片花样就会歪，做事情也是一样。第三，手艺也能变成收入。班上有几位姐妹已经在网上接单，一个钩针玩偶能卖到六十元。
回去以后，我打算和村里几位姐妹组成编织小组，一边带孩子一边做手工，把学到的本领用起来。
""",
    ),
    dict(
        slug="download-xianfeng-rules-iron-fire-bucket-gb2312",
        site="先锋资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.xfzlz.com/soft/zhidu/40217.html",
        title="消防铁桶及消防沙箱管理规定",
        record_title="消防铁桶及消防沙箱管理规定（Word可直接打印）免费下载 - 先锋资料站",
        date=None,
        notes="an old gb2312 download station: file-info table, three mirror links, unzip password, dead-link report; "
        "a rule whose articles speak of 打印 and 扫码; a mirror prompt glued after a 。; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>消防铁桶及消防沙箱管理规定（Word可直接打印）免费下载 - 先锋资料站</title></head>
<body topmargin="0">
<table width="980" align="center"><tr><td>⟦m 先锋资料站 xfzlz.com - 企业管理资料免费下载⟧</td></tr>
<tr><td>⟦m 首页 | 规章制度 | 合同范本 | 表格大全 | 安全资料⟧</td></tr>
<tr><td>⟦m 当前：先锋资料站 → 安全资料 → 消防管理⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><h2>{T}</h2></td></tr>
<tr><td>⟦m 资料大小：18 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2024-03-19⟧</td><td>⟦m 下载人次：6125⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
⟦a ◆ 电信高速下载 ◆ 联通下载 ◆ 备用下载⟧<br>
⟦a 解压口令：www.xfzlz.com⟧<br>
<a href="/report.asp?id=40217">⟦a 下载不了？点此报告死链⟧</a>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦l 相关资料：仓库防火管理制度　动火作业审批表　灭火器月检记录表⟧</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络，仅供交流学习，请于下载后24小时内删除。⟧<br>⟦m 辽ICP备13009821号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强公司消防器材管理，确保消防铁桶、消防沙箱完好有效，制定本规定。
第二条　本规定适用于公司各车间、仓库及办公区域。
第三条　消防铁桶应漆成红色，标明“消防专用”字样，挂放在指定的消防架上，不得挪作他用。
第四条　消防沙箱内的黄沙应保持干燥，每箱配备铁桶两只、铁锹一把。⟦a 〖本站提示：三个镜像内容一致〗⟧
第五条　安全员每月对消防铁桶进行一次检查，发现锈蚀、渗漏的应及时更换，检查记录表打印后存档备查。
第六条　每个消防架上张贴二维码，巡检人员扫码填报检查情况。
第七条　违反本规定挪用消防铁桶的，按公司安全管理制度处理。
第八条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="download-zhiyuan-plan-coffee-table-glass-doc",
        site="知源下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://down.zhiyuanxz.com/wendang/fangan/118420.html",
        title="镂阳县家具行业茶几钢化玻璃安全专项整治工作方案",
        record_title="镂阳县家具行业茶几钢化玻璃安全专项整治工作方案.doc",
        date="2024-05-28",
        notes="a download station's text page: file-name title (.doc), file-info lines, mirror and report lines; "
        "an editor's aside glued before the first words of a line; 成文日期 under the signature",
        page="""
!m 知源下载站｜文档·模板·软件
!m 位置：首页 › 文档下载 › 工作方案
!t 镂阳县家具行业茶几钢化玻璃安全专项整治工作方案.doc
!m 大小：41KB　语言：简体中文　授权：免费　更新：2024-06-11
!a 〔本地下载〕　〔网通下载〕　〔镜像下载〕
{BODY}
!a 文件打不开？先安装WPS或Office 2007以上版本
!a 发现链接失效请反馈，核实后奖励下载点数
!d 知源下载站所收文档来源于网络公开渠道，版权归原作者。
""",
        indent="\u3000\u3000",
        body="""
为切实消除钢化玻璃茶几自爆伤人隐患，保障消费者人身安全，县市场监管局决定在全县开展为期三个月的专项整治，特制定本方案。
一、整治范围
全县茶几生产企业、家具卖场及网店经营者。
二、整治重点
（一）使用未经3C认证钢化玻璃的行为；
⟦m 〔小编注：原文此处附检查表，略〕⟧（二）茶几玻璃面板未做均质处理、边角未倒圆的行为；
（三）产品未标注玻璃厚度、生产厂家等信息的行为。
三、时间安排
6月为自查整改阶段，7月为集中检查阶段，8月为总结提升阶段。
四、工作要求
各市场监管所要建立检查台账，对发现的问题一律责令限期整改，对拒不整改的依法立案查处。
镂阳县市场监督管理局
2024年5月28日
""",
    ),
]
