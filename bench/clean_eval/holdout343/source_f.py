"""holdout343, part F: exam forums, encyclopaedias, cloud drives, snapshots, print views, mail. Invented text."""

CASES = [
    dict(
        slug="examforum-shangan-interview-cup-purchase-jammer",
        site="上岸研习社论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyanxi.com/thread-77120-1-1.html",
        title="学校要求统一购买指定水杯引发家长不满，作为学校办公室工作人员你怎么处理？",
        record_title="【家校沟通·结构化】学校要求统一购买指定水杯引发家长不满，作为学校办公室工作人员你怎么处理？（附作答，求点评） - 面试交流 - 上岸研习社论坛",
        date=None,
        notes="exam forum with a reply-to-see prompt, a rating row, a QQ-group ad and jammer fonts; the post is '3 天前', no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>【家校沟通·结构化】学校要求统一购买指定水杯引发家长不满，作为学校办公室工作人员你怎么处理？（附作答，求点评） - 面试交流 - 上岸研习社论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="hd">⟦m 上岸研习社论坛⟧ <span>⟦m 一起熬过备考的每个夜晚⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="qq-ad">⟦w 2025教招面试冲刺群，QQ群号 738216045，进群领真题⟧</div>
<div id="pt">⟦m 上岸研习社 › 面试交流 › 结构化面试⟧</div>
<div class="post">
<h1>⟦t 【家校沟通·结构化】学校要求统一购买指定水杯引发家长不满，作为学校办公室工作人员你怎么处理？（附作答，求点评）⟧</h1>
<p class="authi">⟦m 上岸的小树 · 3 天前 · 查看 1,487 · 回复 26⟧</p>
<div class="t_f">
<p><b>{T}</b></p>
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏内容：高分参考答案，回复后刷新可见⟧</div>
<p class="rate">⟦l 评分 5 人　研值 +15　理由：思路清晰⟧</p>
<p class="po">⟦a 回复　引用　收藏　举报⟧</p>
</div>
<div class="reply">⟦l 2楼 面霸在路上：第二点可以再展开，说说相关规定⟧</div>
<div id="ft">⟦m 上岸研习社论坛 ©2025　京ICP备21033617号⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：某小学要求学生统一购买指定品牌的水杯，部分家长在家长群里表示不满，认为学校变相收费。如果你是学校办公室工作人员，你会怎么处理？
我的作答如下，请各位研友拍砖。
首先，我会第一时间向校领导汇报家长群里的情况，同时了解学校提出这一要求的初衷。学校可能是出于统一饮水管理、避免学生使用劣质水杯的考虑，但做法上欠妥。
其次，我会建议学校及时调整做法。学校不得强制或变相强制学生购买指定商品，可以改为发布水杯选购建议，列明材质、容量等要求，由家长自主选择购买。
再次，做好沟通解释。在家长群里发布说明，诚恳回应家长关切，讲清楚调整后的安排；对已经购买的家长，协调供应商办理退货。
最后，举一反三。建议学校今后涉及学生用品的事项，事先征求家委会意见，避免类似问题再次发生。
""",
    ),
    dict(
        slug="examforum-modaoshi-essay-felt-board-junk",
        site="磨刀石公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.modaoshi-gk.com/bbs/shenlun/t-31552.html",
        title="一块毛毡板上的“小治理”",
        record_title="[申论·千字习作] 一块毛毡板上的“小治理”（写了三遍，求批改） - 申论区 - 磨刀石公考论坛",
        date=None,
        notes="exam-forum essay with junk lines and junk glued after 。; '前天 23:05' and an edit stamp, no date",
        page="""
!m 磨刀石公考论坛 — 刀越磨越快
!m 首页 » 申论区 » 大作文练习
!t [申论·千字习作] 一块毛毡板上的“小治理”（写了三遍，求批改）
!m 楼主 考研转公考的阿泽　前天 23:05　｜　阅读 906　｜　回复 19
!m 本帖最后由 考研转公考的阿泽 于 昨天 07:40 修改
{T}
{BODY}
!l 沙发 申论搬砖人：第三段论证可以加一个数据
!l 板凳 阿泽的研友：标题不错，开头再紧凑点
!a 回帖可见版主批改意见
!w 申论一对一批改，微信 mds_pigai（备注论坛）
!m 磨刀石公考论坛 Powered by Discuz! X3.4
""",
        junk=dict(lines=1, glued=3),
        body="""
在滁坪镇一个村的党群服务中心，墙上挂着一块普普通通的毛毡板。村民有什么想法、有什么难处，就写在卡片上，用魔术贴贴上去；村干部每周一揭下卡片逐条答复，办结的再贴回“已办”一栏。
一块毛毡板，为什么能成为村民的“连心板”？
因为它降低了表达的门槛。不少村民不习惯开会发言，也不会用手机反映问题。一张卡片、一支笔，就能把心里话说出来。
因为它让办理过程看得见。卡片从“待办”挪到“已办”，每一步都贴在墙上，村民路过就能看到。信任就在一次次“看得见”中积累起来。
因为它把小事当成了大事。修一段路灯、清一条水沟、调解一次邻里纠纷，看似琐碎，却件件关系群众的日常生活。
基层治理不一定需要高大上的平台。用心倾听、及时回应、公开透明，一块毛毡板也能撑起一方治理的“小天地”。
""",
    ),
    dict(
        slug="wiki-boshi-entry-paint-box",
        site="博识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.boshibaike.com/item/颜料盒/40213",
        title="颜料盒",
        record_title="颜料盒（绘画用品）_博识百科",
        date=None,
        notes="encyclopaedia with 阅读/编辑/讨论/历史 tabs, an infobox, a contents box and reference markers; the entry "
        "name opens the body (head match); an 'edit this section' link glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>颜料盒（绘画用品）_博识百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="bk-top">⟦m 博识百科⟧ <span>⟦m 知识的每一页都由你书写⟧</span> <form><input><button>⟦a 进入词条⟧</button></form></div>
<div class="tabs">⟦a 阅读 ｜ 编辑 ｜ 讨论 ｜ 历史版本⟧</div>
<h1>{T}</h1>
<div class="poly">⟦m 绘画用品⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：颜料盒⟧</td></tr>
<tr><td>⟦m 外文名：paint box⟧</td></tr>
<tr><td>⟦m 所属类别：美术用品、学习用品⟧</td></tr>
</table>
<div class="toc">⟦l 目录：1 结构　2 分类　3 使用与保养⟧</div>
<div class="wiki-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 《中小学美术学习用品配备指南》，镐阳教育出版社⟧</li></ol></div>
<div class="bk-stat">⟦m 浏览次数：18,306　编辑次数：11次⟧</div>
<div class="bk-foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关领域人士。⟧ ⟦m ©2025 博识百科⟧</div>
</body>
</html>
""",
        body="""
颜料盒是用来盛放、调配和携带绘画颜料的盒子，常见于水彩、水粉和国画的学习与创作，也是中小学美术课的常用学习用品。
结构
颜料盒一般由盒体、盒盖和若干颜料格组成。多数颜料盒的盒盖内侧可以兼作调色盘，部分产品配有可拆卸的颜料格，便于更换单色颜料。⟦l [1]⟧
分类
按材质分，颜料盒有铁皮、塑料、陶瓷等类型；按用途分，有固体水彩颜料盒、管装颜料收纳盒和分装颜料盒等。铁皮颜料盒结实耐用，塑料颜料盒轻便价廉，陶瓷颜料盒多用于国画颜料的调配。
使用与保养
使用后应及时清洗调色区，保持颜料格干燥，避免颜料发霉或串色；长时间不用时，应盖紧盒盖放在阴凉处。供儿童使用的颜料盒应注意铰链、卡扣等部件是否牢固，并防止幼儿误食颜料。⟦a [编辑本段]⟧
""",
    ),
    dict(
        slug="wiki-wanwu-entry-bag-cover",
        site="万物小百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://wanwu-baike.cn/wiki/书包罩",
        title="书包罩",
        record_title="书包罩（学生雨具）- 万物小百科",
        date=None,
        notes="encyclopaedia text with tabs, an infobox and a last-edited stamp; the entry name opens the body (head match)",
        page="""
!m 万物小百科　|　一物一条，说清楚
!a 词条　讨论　编辑　查看历史
{T}
!m 学生雨具
!m 中文名：书包罩　｜　别　名：书包防雨罩　｜　类　别：学生用品
!m 本词条最近一次编辑：5 个月前，共 7 位编辑者
{BODY}
!l 相关词条：雨衣 ｜ 反光背心 ｜ 书包
!d 本站内容依据知识共享协议发布，转载请保留作者信息。
""",
        body="""
书包罩，又称书包防雨罩，是套在书包外面用于防雨、防尘的罩子，多为学生上下学时使用。
书包罩一般采用防水涤纶、尼龙等面料制成，罩口缝有松紧带，可以包住书包的背面和底部，不影响背带的使用。
为了提高雨天和夜间出行的安全性，许多书包罩采用亮黄色、荧光橙色等醒目颜色，并缝有反光条。在车灯照射下，反光条可以提醒驾驶人及早发现行人。
选购书包罩时，应根据书包装满后的尺寸选择合适型号，检查反光条是否牢固、面料是否防水。使用后应晾干保存，避免霉变。
近年来，一些地方的教育部门和交通管理部门在雨季为中小学生免费配发反光书包罩，作为校园交通安全教育的一项措施。
""",
    ),
    dict(
        slug="netdisk-yunxia-felt-board-points-docx",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="技术要点",
        kind="other",
        form="html",
        source="https://pan.yunxia.cc/s/7Fq2KmX0",
        title="毛毡板教具制作与保养要点",
        record_title="毛毡板教具制作与保养要点.docx",
        date=None,
        notes="file-name record title; cloud-drive preview with save/download buttons and VIP speed prompts; decimal headings; "
        "share and expiry stamps are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>毛毡板教具制作与保养要点.docx_免费高速下载|云匣网盘</title>
<script src="/js/pan-share.js"></script>
</head>
<body>
<div class="pan-top">⟦m 云匣网盘⟧ <span>⟦m 装得下，找得到⟧</span> <a>⟦a 登录⟧</a></div>
<div class="share-info">
<h2>⟦t 毛毡板教具制作与保养要点.docx⟧</h2>
<p>⟦m 分享者：毡趣***堂　分享于 2 周前　有效期：永久有效⟧</p>
<p>⟦m 文件大小：1.26 MB⟧</p>
<p><a>⟦a 保存到我的云匣⟧</a> <a>⟦a 下载（普通用户限速 100KB/s）⟧</a></p>
<p class="vip">⟦a 开通超级会员，下载不限速，还能在线解压⟧</p>
</div>
<div class="preview">
<p class="pv-tip">⟦a 文档预览仅显示前 3 页⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="report">⟦a 举报该分享⟧</div>
<div class="pan-foot">⟦d 请勿分享违法违规内容，云匣网盘将依法处理违规分享。⟧ ⟦m 客服电话：400-117-2065⟧</div>
</body>
</html>
""",
        body="""
1 材料选择
1.1 毛毡宜选用厚度2至3毫米的涤纶毛毡，颜色鲜艳、不掉色，边缘裁切后不易起毛。
1.2 底板可选用椴木板或高密度泡沫板，表面平整，四角打磨成圆角。
1.3 粘接材料选用环保白乳胶或热熔胶，不使用有刺激性气味的胶水。
2 制作要点
2.1 先在底板上画出分区，再按分区裁剪毛毡，毛毡四周比底板多留1厘米，包边后用胶固定。
2.2 需要反复粘贴的配件，背面统一粘贴细钩魔术贴，钩面朝外。
2.3 供小班幼儿使用的配件，边长不小于3厘米，防止误吞。
3 保养方法
3.1 每周用粘毛滚筒清理毛毡表面的灰尘和碎屑。
3.2 毛毡表面起球时，用毛刷顺同一方向轻刷，不要用剪刀修剪。
3.3 受潮的毛毡板应放在通风处阴干，不得暴晒或用吹风机高温烘烤。
""",
    ),
    dict(
        slug="netdisk-youzi-toy-box-disinfection-pdf-markers",
        site="柚子网盘 (invented cloud drive)",
        style="网盘分享",
        genre="操作规程",
        kind="rules",
        form="text",
        source="https://youzipan.com/share/b91c0e27",
        title="幼儿园玩具收纳箱清洁消毒操作规程",
        record_title="幼儿园玩具收纳箱清洁消毒操作规程.pdf",
        date="2025-03-03",
        notes="file-name record title; '⤷n⤶' markers glued with a space to the continuation line; decimal headings; "
        "成文日期 under the signature; share stamp is no date",
        page="""
!m 柚子网盘 · 分享预览
!t 幼儿园玩具收纳箱清洁消毒操作规程.pdf
!m 来自 珵湖学前***科 的分享　·　1 天前　·　PDF　·　418 KB
!a ［转存到网盘］　［下载］　［用手机打开］
!a 非会员下载速度较慢，开通柚子会员立享极速通道
{T}
{BODY}
!a 预览结束，下载后查看原文排版
!d 柚子网盘提醒：请勿通过网盘传播违法违规内容
""",
        pages=dict(fmt="⤷{n}⤶", every=130, start=2, glue=True, sep=" "),
        body="""
1 适用范围
本规程适用于珵湖区各公办幼儿园活动室、午睡室和户外活动区的玩具收纳箱及箱内玩具的日常清洁消毒。
2 清洁消毒频次
2.1 收纳箱外表面每日用清水擦拭一次，每周用有效氯浓度为250至500毫克每升的含氯消毒液擦拭一次。
2.2 塑料、木质玩具每周清洗消毒一次，毛绒玩具每两周清洗并在阳光下暴晒一次。
2.3 发生手足口病等传染病时，应按卫生保健部门要求增加消毒频次。
3 操作步骤
3.1 清空收纳箱，将玩具按材质分类放入专用周转筐。
3.2 用消毒液擦拭收纳箱内外表面，作用30分钟后用清水擦净，开盖晾干。
3.3 玩具浸泡消毒后用清水冲洗干净，晾干后放回收纳箱，并在记录表上签字。
4 注意事项
消毒液应现配现用，配制和使用时佩戴手套；消毒作业应在幼儿离园或午睡后进行，作业结束后开窗通风。
珵湖区教育局学前教育科
2025年3月3日
""",
    ),
    dict(
        slug="snapshot-midu-school-water-cup-tips",
        site="觅渡搜索 (invented search engine snapshot)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.midusou.com/c?u=http%3A%2F%2Fwww.gbxx.edu.cn%2Fjxtz%2F0513.html",
        title="镐北小学关于学生在校饮水和水杯使用的温馨提示",
        record_title="【觅渡快照】镐北小学关于学生在校饮水和水杯使用的温馨提示 - 镐北小学校园网",
        date="2025-05-12",
        date_also=["2025-05-13"],
        notes="search-cache frame with a capture banner and highlighted terms; the cached page's posting date differs from "
        "the 成文日期; a sentence asks parents to follow the school's account (content)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【觅渡快照】镐北小学关于学生在校饮水和水杯使用的温馨提示 - 镐北小学校园网</title>
</head>
<body>
<div class="midu-banner">⟦d 这是觅渡搜索保存的网页快照，原网页可能已经更改或失效，快照抓取于 5 天前⟧ <a>⟦a 打开当前网页⟧</a></div>
<div class="midu-hl">⟦m 以下词语已被高亮：<b style="background:#ff9">水杯</b> <b style="background:#9cf">饮水</b>⟧</div>
<div class="cached">
<div class="sch-top">⟦m 镐北小学校园网⟧ <span>⟦m 珵湖区镐北小学⟧</span></div>
<div class="sch-nav">⟦m 学校首页 | 学校概况 | 家校通知 | 德育天地 | 校园风采⟧</div>
<h2>{T}</h2>
<p class="sch-info">⟦m 发布时间：2025-05-13　发布人：德育处　阅读：904⟧</p>
<div class="sch-text">
{BODY}
</div>
<p>⟦l 上一条：关于开展“六一”游园活动的通知　下一条：五月份学生食谱公示⟧</p>
<div class="sch-foot">⟦m 珵湖区镐北小学　电话：0917-5302811　地址：镐北街道学府路2号⟧</div>
</div>
</body>
</html>
""",
        body="""
各位家长：
天气渐热，学生在校饮水需求明显增加。为保障孩子们在校饮水卫生和安全，现将有关事项提示如下：
一、请为孩子准备一只专用水杯，容量以400至600毫升为宜，杯身贴上姓名和班级，避免拿错。
二、水杯请选择标明材质的正规产品，吸管杯的吸嘴和密封圈要定期更换。
三、学校每层楼都设有直饮水机，孩子可在课间自行接水，请不要让孩子带含糖饮料到校。
四、请每天放学后清洗水杯，每周彻底消毒一次。
五、学校已开通“镐北小学”微信公众号，家长可关注公众号查看每周饮水健康小知识。
感谢各位家长的理解与配合！
珵湖区镐北小学
2025年5月12日
""",
    ),
    dict(
        slug="snapshot-midu-text-letter-paint-box-testing-oneline",
        site="觅渡搜索 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://snapshot.midusou.com/text?u=http%3A%2F%2Fwww.gywjxh.org%2Ftzgg%2F1020.html",
        title="关于委托检测儿童颜料盒样品的函",
        record_title="关于委托检测儿童颜料盒样品的函_镐阳市文具行业协会（觅渡纯文字快照）",
        date="2025-10-20",
        notes="text-only cache with the body on one line; the letter's own contact and mailbox; Chinese-numeral 成文日期; "
        "the capture stamp is no date",
        page="""
!d 觅渡纯文字快照：本页仅保留原网页文字，图片与样式已省略
!m 原网址：http://www.gywjxh.org/tzgg/1020.html　　抓取时间：2025年10月28日 08:14
!a 查看完整快照　｜　访问原网页
!m 镐阳市文具行业协会 > 通知公告
{T}
{BODY}
!m 镐阳市文具行业协会　会员服务电话：0917-5117260
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
镐阳市产品质量检验所：
为配合《儿童颜料盒》团体标准的制定工作，我会拟委托贵所对会员企业送检的颜料盒样品进行检测。现将有关事项函告如下：
一、样品情况：十二色、十八色、二十四色颜料盒各10盒，共30盒，分别来自6家会员企业。
二、检测项目：盒盖开合耐久性、小零件、锐利边缘、可迁移元素及标识标注。
三、时间安排：样品拟于11月3日前送达贵所，请于11月28日前出具检测报告。
四、检测费用由我会统一支付，请贵所提供收费明细。
联系人：季小雯　电话：0917-5117261　邮箱：gywjxh@126.com
请予支持为盼。
镐阳市文具行业协会
二〇二五年十月二十日
""",
    ),
    dict(
        slug="print-quexi-bulletin-bag-cover-spot-check",
        site="阙溪县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.quexi.gov.cn/print.jsp?id=20250512001",
        title="阙溪县市场监督管理局关于学生书包罩产品质量抽查情况的通报",
        record_title="〔竖版A4·打印稿〕阙溪县市场监督管理局关于学生书包罩产品质量抽查情况的通报",
        date="2025-05-09",
        notes="print view calling window.print(); 文号 line (neutral); a data table; 印发 line; print footer '⪬ 第 1 页 / 共 1 页 ⪭'",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔竖版A4·打印稿〕阙溪县市场监督管理局关于学生书包罩产品质量抽查情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a ✕ 关闭本窗口⟧</div>
<div class="pr-head">⟦m 阙溪县市场监督管理局　政务信息打印页⟧</div>
<h2 align="center">{T}</h2>
<p align="center">阙市监函〔2025〕14号</p>
<div class="pr-body">
{BODY}
</div>
<div class="pr-url">⟦m 打印自：http://scjgj.quexi.gov.cn/art/2025/5/12/art_1189_3301.html⟧</div>
<div class="pr-foot">⟦p ⪬ 第 1 页 / 共 1 页 ⪭⟧</div>
</body>
</html>
""",
        body="""
各市场监管所，局机关各股室：
为保障学生雨季出行安全，我局于2025年4月对县城及各乡镇学校周边文具店、超市销售的学生书包罩开展了产品质量抽查，共抽查书包罩样品24批次。现将抽查情况通报如下：
一、抽查结果。经检验，合格18批次，不合格6批次，合格率75%。不合格项目主要集中在反光条逆反射性能、面料防水性能和标识标注三个方面。
二、不合格产品情况
销售单位　样品名称　不合格项目
弭河镇文友文具店　卡通书包罩　反光条逆反射性能
城关镇百佳超市　学生防雨书包罩　面料防水性能
俎口镇学府文具店　反光书包罩　标识标注
三、处理要求。各市场监管所要督促辖区销售单位立即下架不合格产品，对校园周边无吊牌、无合格证的书包罩开展清理，5月20日前将处理情况报局产品质量股。
阙溪县市场监督管理局
2025年5月9日
阙溪县市场监督管理局办公室　　2025年5月9日印发
""",
    ),
    dict(
        slug="print-gaoyang-library-felt-wall-rules",
        site="镐阳市图书馆 (invented, print version)",
        style="打印页",
        genre="规定",
        kind="rules",
        form="text",
        source="https://www.gylib.org.cn/print/gz/0412.html",
        title="镐阳市图书馆少儿阅览区毛毡板展示墙使用管理规定",
        record_title="镐阳市图书馆少儿阅览区毛毡板展示墙使用管理规定【打印专版】",
        date=None,
        notes="print version with a print stamp and page URL; 第N条 articles with only an effective clause; print footer '⨌ 1 / 1 ⨌'",
        page="""
!m 镐阳市图书馆 · 打印专版
!m 打印时间：2025-11-03 10:21　　打印人：访客
{T}
{BODY}
!m 本页地址：https://www.gylib.org.cn/gz/0412.html
!p ⨌ 1 / 1 ⨌
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范少儿阅览区毛毡板展示墙的使用，营造整洁有序的阅读环境，制定本规定。
第二条　毛毡板展示墙主要用于展示少儿读者的读书笔记、绘画作品和本馆少儿阅读活动信息。
第三条　读者、学校和社会组织申请使用展示墙的，应提前五个工作日向少儿服务部提出，经同意后按指定区域张贴。
第四条　展示内容一律使用魔术贴或软磁贴固定，不得使用图钉、大头针和双面胶。
第五条　展示墙不得张贴商业广告、培训招生信息及与少儿阅读无关的内容。
第六条　展示期一般不超过一个月，到期由申请人自行撤展，逾期未撤的由少儿服务部统一清理。
第七条　本规定由少儿服务部负责解释，自公布之日起施行。
""",
    ),
    dict(
        slug="mail-gaoyang-kindergarten-letter-toy-cabinets-webmail",
        site="校园邮 (invented webmail) / 镐阳市实验幼儿园",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.gysyyey.cn/read?mid=ZL3021-0703",
        title="关于订购幼儿园玩具收纳柜（箱）有关事项的函",
        record_title="FWD▸ 关于订购幼儿园玩具收纳柜（箱）有关事项的函（报价请回复）",
        date="2025-07-01",
        date_also=["2025-07-03"],
        notes="webmail reading view with a forwarded header and an attachment bar beside the letter's own 附件 list; "
        "the letter's contact and mailbox; the mail's send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>FWD▸ 关于订购幼儿园玩具收纳柜（箱）有关事项的函（报价请回复） - 校园邮</title>
<script src="/mail/js/reader.js"></script>
</head>
<body>
<div class="mail-top">⟦m 校园邮 · 镐阳市实验幼儿园⟧ <span>⟦m yuanban@gysyyey.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="mail-left"><ul><li>⟦m 收件箱 (12)⟧</li><li>⟦m 已发送⟧</li><li>⟦m 草稿箱⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="mail-toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t FWD▸ 关于订购幼儿园玩具收纳柜（箱）有关事项的函（报价请回复）⟧</h3>
<p>⟦m 发件人：柏老师 &lt;gysyyey@163.com&gt;⟧</p>
<p>⟦m 收件人：森童家具 销售部 &lt;sales@sentong-jj.com&gt;⟧</p>
<p>⟦m 时　间：2025年7月3日（星期四）上午10:05⟧</p>
</div>
<div class="mail-fwd">⟦m ---------- 转发邮件信息 ----------⟧<br>⟦m 原发件人：园长办公室　原主题：订购函（定稿）⟧</div>
<div class="mail-body">
<h4>{T}</h4>
{BODY}
</div>
<div class="mail-att">⟦a 📎 附件 2 个（共 3.4 MB）：新园区平面布置图.pdf　收纳柜样式参考.jpg　［全部下载］⟧</div>
<div class="mail-foot">⟦d 本邮件及附件仅供收件人使用，如误收请删除并告知发件人。⟧</div>
</body>
</html>
""",
        body="""
镐阳市森童家具有限公司：
我园新园区计划于9月开园，需配备活动室玩具收纳柜及收纳箱一批。经园务会研究，拟向贵公司订购以下产品：
品名　规格　数量
三层木质玩具收纳柜　长120厘米×宽35厘米×高80厘米　24组
塑料玩具收纳箱（带翻盖）　长40厘米×宽30厘米×高25厘米　180个
有关要求如下：
一、收纳柜须做圆角处理，背板可与墙体固定，漆面须符合儿童家具有关标准。
二、收纳箱翻盖须带缓降铰链，箱体不得有毛刺和锐利边缘。
三、请于8月15日前送货到园并负责安装，我园组织验收合格后付款。
请贵公司收到本函后，于7月10日前将报价单和产品检验报告发至我园邮箱。
联系人：柏老师　电话：0917-5301126　邮箱：gysyyey@163.com
附件：1.新园区活动室平面布置图
2.收纳柜样式参考图
镐阳市实验幼儿园
2025年7月1日
""",
    ),
    dict(
        slug="mail-yingchuan-feedback-sippy-cup-forwarded-text",
        site="小鲸邮局 (invented company mail, forwarded as plain text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:zhiliang@xiaojinghe.com?msg=20250528-0941",
        title="关于“小鲸”学饮杯试用情况的反馈",
        record_title="[转质量部] 关于“小鲸”学饮杯试用情况的反馈（烦请阅后回复）",
        date="2025-05-26",
        date_also=["2025-05-28"],
        notes="plain-text forward: quoted headers, a forward note, the letter with its 附件 line and contact; "
        "the mail date differs from the 成文日期",
        page="""
!m 发件人: 销售二部 任悦 <renyue@xiaojinghe.com>
!m 发送时间: 2025年5月28日 星期三 09:41
!m 收件人: 质量部 <zhiliang@xiaojinghe.com>
!t 主题: [转质量部] 关于“小鲸”学饮杯试用情况的反馈（烦请阅后回复）
!w 质量部各位好，幼儿园的反馈转给你们，麻烦看下第二条，周五前回个意见。——任悦
!m -------- 原始邮件 --------
!m 发件人: 任园长 <ycyy_ren@126.com>
!m 收件人: 销售二部 任悦
{T}
{BODY}
!d 此邮件可能包含保密信息，未经许可请勿转发给公司以外的人员。
!m 镐阳小鲸儿童用品有限公司 · 销售二部 · 分机 6203
""",
        body="""
镐阳小鲸儿童用品有限公司：
今年4月，贵公司向我园小班提供“小鲸”学饮杯60只用于试用。经过一个月的使用，现将试用情况反馈如下：
一、总体评价。多数教师和家长认为学饮杯握把大小合适，刻度清晰，方便老师掌握幼儿饮水量。
二、存在问题。一是有7只杯子的杯盖在使用中出现漏水，主要是密封圈装配不到位；二是杯身贴纸洗几次后容易起翘；三是吸嘴较硬，个别幼儿反映不好吸。
三、改进建议。建议加强密封圈装配检验，改用印刷姓名区代替贴纸，并提供软硬两种吸嘴供选择。
附件：学饮杯试用情况统计表
联系人：任园长　电话：0917-8316650
嬴川县第一幼儿园
2025年5月26日
""",
    ),
]
