"""holdout295, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkforum-shangan-interview-cupboard-elderly-jammer",
        site="上岸之家公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganzhijia.com/thread-77102-1-1.html",
        title="社区新添消毒碗柜老人不会用，你怎么办？",
        record_title="【结构化·社区题】社区新添消毒碗柜老人不会用，你怎么办？（含破题三步） - 面试交流 - 上岸之家",
        date=None,
        notes="exam forum with jammer fonts, a reply-to-see prompt, a QQ-group ad and a rating row; a model answer; a relative post time (no date)",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>【结构化·社区题】社区新添消毒碗柜老人不会用，你怎么办？（含破题三步） - 面试交流 - 上岸之家</title>
<style>font.jammer{font-size:0px;color:#FFFFFF}</style>
</head>
<body>
<div class="hd">⟦m 上岸之家公考论坛⟧ ⟦m 一起备考，一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册领资料⟧</a></div>
<div class="pt">⟦m 上岸之家 › 面试交流 › 结构化真题⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="author">⟦m 楼主：岸边等风来⟧ ⟦m 发表于 2 天前⟧ ⟦m 查看 1766 ｜ 回复 48⟧</div>
<div class="msg">
<p>题目：社区为辖区老人添置了消毒碗柜，但是很多老人不会用，也不愿意用，还是习惯用开水烫碗。如果你是社区工作人员，你会怎么做？</p>
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的完整思路导图需回复后可见⟧</div>
<div class="rate">⟦l 评分 参与人数 9　上岸值 +27⟧</div>
<div class="ad">⟦w 面试抱团练习群，QQ群号 815200347，进群暗号：上岸⟧</div>
</div>
<div class="ft">⟦m 上岸之家公考论坛　苏ICP备22031175号-2⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我的答题思路如下，供大家参考。
首先，要理解老人。老人用开水烫碗几十年，对新东西有顾虑，担心费电、怕操作复杂，这很正常，不能简单说老人“观念落后”。
其次，我会做好三件事。一是上门演示，联系厂家技术人员和社区志愿者，在长者食堂和老人家里现场演示碗柜怎么开、怎么关、消毒要多久，把操作步骤做成大字卡片贴在碗柜上。二是算清账，告诉老人碗柜消毒一次用电不到一度，比烧开水还省。三是请带头人，先请几位愿意尝试的老人用起来，让他们在邻里间讲讲体会。
最后，持续跟进。一个月后回访使用情况，碗柜出了问题及时联系维修，把好事办好。
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-vinegar-pot-junk",
        site="申论研习社 (invented exam forum, text)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.shenlunyxs.com/forum/t-30518.html",
        title="小醋壶里的大民生",
        record_title="『申论大作文』小醋壶里的大民生——请各位研友指点 - 申论研习社",
        date=None,
        notes="an exam-forum essay post in plain text with junk lines and junk glued after 。; a moderator's comment and replies below; no date (发表于 4 天前)",
        page="""
!m 申论研习社 — 申论写作交流社区
!m 首页 » 大作文批改区 » 正文
!t 『申论大作文』小醋壶里的大民生——请各位研友指点
!m 作者：晨读的鹿　发表于 4 天前　阅读 602　回复 19
{BODY}
!l 版主点评：立意准确，第三段论证可再加一个正面案例。评分：34/40
!l 回复 #2　逆风上岸：结尾升华得好，收藏了
!a 登录后可以回复、打分和收藏
!m 申论研习社　浙ICP备21044128号
""",
        junk=dict(lines=2, glued=3),
        body="""
走进一家面馆，桌上的醋壶往往是顾客最先伸手的东西。一把小小的醋壶，装的是调味的醋，映照的却是一座城市的民生温度。
小醋壶连着食品安全。有的醋壶长期不洗，壶嘴结满醋垢；有的店家把来路不明的散装醋灌进壶里。群众看在眼里，心里难免打鼓。守护好一把醋壶，就是守护群众舌尖上的安全。
小醋壶考验治理精度。一些地方把醋壶卫生纳入日常检查，推行醋壶贴灌装日期、一日一清，让“小切口”撬动“大治理”。治理不在大而在实，把群众身边的小事办好，就是最实在的民生。
小醋壶凝聚共治合力。监管部门严格执法，行业协会倡议自律，经营者主动担责，消费者积极监督，方能让每一把醋壶都干干净净。
民生无小事。把小醋壶管好，群众的获得感就会多一分。
""",
    ),
    dict(
        slug="wiki-qiwutong-entry-pewter-wine-pot-infobox",
        site="百器通 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.baiqitong.com/item/锡酒壶",
        title="锡酒壶",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's <h1>, whose one-word name also opens the body (head match); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>百器通 - 中国器物知识库</title>
</head>
<body>
<div class="topbar">⟦m 百器通⟧ ⟦m 中国器物知识库⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs"><a>⟦a 编辑词条⟧</a> <a>⟦a 讨论区⟧</a> <a>⟦a 历史版本⟧</a></div>
<h1 class="entry-name">{T}</h1>
<div class="infobox"><table>
<tr><td>⟦m 中文名：锡酒壶⟧</td></tr>
<tr><td>⟦m 类　别：酒器、锡器⟧</td></tr>
<tr><td>⟦m 主要材质：锡合金⟧</td></tr>
<tr><td>⟦m 流行年代：明清至近代⟧</td></tr>
</table></div>
<div class="catalog"><b>⟦l 目录⟧</b> ⟦l 1 形制⟧ ⟦l 2 工艺⟧ ⟦l 3 使用注意⟧</div>
<div class="entry-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 宗立言.江南锡器考略.蔼城:漶水书社,2019⟧</p><p>⟦l [2] 兰青岩.锡器与铅暴露.职业与健康,2021⟧</p></div>
<div class="entry-foot">⟦m 词条浏览 8290 次⟧ ⟦m 最近更新：3 天前⟧ ⟦l 词条标签：器物 酒器 非遗⟧</div>
<div class="ft">⟦d 百器通内容由网友协作编辑，仅供参考⟧</div>
</body>
</html>
""",
        body="""
锡酒壶，用锡或锡合金打制的盛酒、温酒器具，明清时期在江南地区十分流行，民间常用作婚嫁陪嫁和节庆待客之器。⟦l [1]⟧
形制
锡酒壶多为圆腹或六方、八方腹，带盖，有提梁式和执把式两种。讲究的酒壶在壶身錾刻花鸟、诗文，壶盖上铸狮、桃等小钮。
工艺
传统锡酒壶的制作大致分熔锡、浇片、裁剪、焊接、打磨、錾花六道工序，一把精工酒壶往往需要一个匠人工作十余天。
使用注意
旧时部分锡器掺有铅，长期用其温酒、盛酒可能导致铅摄入过量。⟦l [2]⟧收藏的老锡酒壶宜作陈列之用，日常饮酒应选用无铅锡器或陶瓷、玻璃酒具。
""",
    ),
    dict(
        slug="wiki-xiangtu-entry-rice-washing-basket",
        site="乡土百科 (invented encyclopaedia, text copy)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://xiangtubaike.cn/wiki/taomiluo",
        title="淘米箩",
        record_title="淘米箩（竹编炊具）- 乡土百科词条",
        date=None,
        notes="an encyclopaedia entry as text: the entry name also opens the body (head match for the repeated title), a 'this entry is locked' notice, an infobox of its own lines, a contents line, see-also links; no date",
        page="""
!m 乡土百科 · 记录乡村生活的百科全书
!a 编辑　｜　收藏词条　｜　纠错
{T}
!m 别名：淘箩、米筲箕　｜　材质：毛竹篾　｜　用途：淘米、沥水
!l 目录：1 简介　2 制作　3 使用与保养
{BODY}
!l 相关词条：竹筲箕　面筛　簸箕
!d 本词条由乡土百科编委会审定，已锁定编辑
!m 乡土百科 xiangtubaike.cn
""",
        body="""
淘米箩是南方农村常用的竹编炊具，用来淘洗大米、沥干水分，也可用来晾晒蔬菜。箩身多呈圆形，口大底小，底部编得细密，水能漏下而米粒不漏。
制作：淘米箩一般用三至五年生的毛竹，经破竹、刮篾、蒸煮、起底、编箩身、收口等工序制成。箩底常用“人”字纹或“米”字纹编法，箩口用粗篾缠边加固。
使用与保养：淘米箩用后应冲洗干净，倒扣在通风处晾干，避免长期泡水或在潮湿处存放，否则篾片容易发霉变黑。发霉的淘米箩可用淡盐水刷洗后晒干，霉斑严重的应及时更换。
近年来，随着塑料淘米篮普及，竹编淘米箩逐渐少见，一些地方已将淘米箩编织技艺列入非物质文化遗产保护名录。
""",
    ),
    dict(
        slug="netdisk-xiaozhou-sieve-inspection-rules-docx",
        site="小舟网盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.xiaozhou.cn/s/1Qm8vRt3K",
        title="面筛出厂检验规程",
        record_title="面筛出厂检验规程.docx",
        date="2025-02-20",
        notes="file-name record title; a cloud-drive share preview: sharer, expiry, 'save to my drive', VIP prompts; decimal headings 1–4.2 in the body; 成文日期 under the issuing department",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>面筛出厂检验规程.docx_免费高速下载|小舟网盘</title>
</head>
<body>
<div class="pan-top">⟦m 小舟网盘⟧ ⟦m 轻舟载文件⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-info">
<div class="file-name">{T}</div>
<div class="sharer">⟦m 分享者：质量部小吴⟧ ⟦m 分享于 5 天前⟧ ⟦m 链接有效期：剩余 2 天⟧</div>
<div class="ops"><button>⟦a 保存到我的小舟⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级会员极速下载⟧</button></div>
</div>
<div class="preview">
{BODY}
</div>
<div class="preview-end">⟦a 在线预览仅支持前3页，开通会员预览全部⟧</div>
<div class="pan-foot">⟦d 小舟网盘不对用户分享的文件内容负责，如遇侵权请投诉⟧ ⟦m © 小舟网盘 2025⟧</div>
</body>
</html>
""",
        p_html='<div class="docx-p">{}</div>',
        body="""
1 范围
本规程规定了本公司不锈钢面筛出厂检验的项目、方法和判定规则，适用于直径20至40厘米的单层、双层面筛。
2 检验项目
2.1 外观：筛网平整、无破洞、无脱丝，筛框焊缝光滑、无毛刺。
2.2 目数：用放大镜和标准尺检查，实测目数与标识目数偏差不超过5%。
2.3 牢固度：将2公斤砝码放在筛网中央静置1分钟，网面不得脱焊、塌陷。
3 抽样方法
每批随机抽取20只，批量超过5000只的抽取32只。
4 判定规则
4.1 全部项目合格的，判该批合格。
4.2 有一只不合格的，加倍抽样复检；复检仍有不合格的，判该批不合格，整批返工。
宸岭五金制品有限公司质量部
2025年2月20日
""",
    ),
    dict(
        slug="netdisk-yunxia-report-cupboard-workshop-markers",
        site="云匣网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://yunxia.pan.cn/share/init?surl=8dGk2Lw",
        title="2024年度碗柜车间主任述职报告",
        record_title="2024年度碗柜车间主任述职报告.pdf",
        date="2025-01-08",
        notes="file-name record title; a cloud-drive text preview cut by page markers ❒ 第n页 ❒ on lines of their own; VIP prompts; 成文日期",
        page="""
!m 云匣网盘　｜　文件分享
!t 2024年度碗柜车间主任述职报告.pdf
!m 大小：356KB　｜　分享时间：昨天 18:22　｜　提取次数：14
!a 保存至云匣　　下载（需开通会员）
!m —— 以下为PDF文字预览 ——
{BODY}
!a 预览已结束，开通云匣VIP可下载原文件
!d 请勿通过云匣分享违法违规内容，一经发现将封禁链接
""",
        indent="\u3000\u3000",
        pages=dict(fmt="❒ 第{n}页 ❒", every=130, start=2),
        body="""
2024年，我担任公司碗柜车间主任，在公司领导和各部门的支持下，带领车间58名职工完成了全年生产任务。现将履职情况报告如下。
一、生产任务完成情况。全年生产实木碗柜、消毒碗柜柜体共计2.6万台，完成年计划的108%；产品一次交验合格率98.7%，比上年提高1.2个百分点。
二、主要工作。一是改进柜门封边工艺，解决了柜门受潮变形的问题；二是推行班组“5S”管理，车间粉尘浓度下降三成；三是组织技能比武两次，培养木工技术骨干6名。
三、存在的不足。一是新款转角碗柜投产慢，影响了部分订单交期；二是安全教育形式单一，全年仍发生轻微划伤事故2起。
四、2025年打算。重点抓好智能喷涂线调试和新款碗柜量产，确保安全生产零事故。
碗柜车间主任　甘立松
2025年1月8日
""",
    ),
    dict(
        slug="snapshot-souji-vinegar-museum-news-frame",
        site="搜芥搜索快照 of 滂溪县文旅网 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.soujie.cn/c?u=http%3A%2F%2Fwww.pangxiwl.cn%2Fxw%2F2025%2F0426%2F518.html",
        title="滂溪老坛醋博物馆新展百年醋壶",
        record_title="滂溪老坛醋博物馆新展百年醋壶 ‖ 搜芥缓存页",
        date="2025-04-26",
        notes="a search-cache frame: capture banner with the original URL and highlighted keywords, the original page's chrome inside; byline 发布时间 as the page's date; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>滂溪老坛醋博物馆新展百年醋壶 ‖ 搜芥缓存页</title>
</head>
<body>
<div class="cache-banner" style="border:1px solid #999;background:#ffd">
<p>⟦d 您正在查看搜芥于 2025-05-03 14:20 保存的页面快照，当前页面可能已经变化⟧</p>
<p>⟦m 原网址：http://www.pangxiwl.cn/xw/2025/0426/518.html⟧</p>
<p>⟦m 已为您标亮以下搜索词：醋壶 博物馆⟧　<a>⟦a 查看原网页⟧</a></p>
</div>
<div class="orig">
<div class="orig-head">⟦m 滂溪县文化广电旅游局⟧ ⟦m 首页 | 文旅资讯 | 景区景点 | 非遗保护⟧</div>
<h2>{T}</h2>
<p class="orig-meta">⟦m 发布时间：2025年04月26日　来源：滂溪县文旅局⟧</p>
<div class="orig-body">
{BODY}
</div>
<div class="orig-foot">⟦m 滂溪县文化广电旅游局主办　技术支持：滂溪县融媒体中心⟧</div>
</div>
</body>
</html>
""",
        body="""
4月25日，滂溪老坛醋博物馆“壶里乾坤”醋具专题展开展，80余把不同年代的醋壶首次集中亮相，吸引了不少市民和游客前来参观。
展出的醋壶中，年代最早的是一把清末的锡醋壶，壶身刻有“滂溪老坛”字样，是当年醋坊给老主顾送醋用的。此外还有民国时期的粗陶醋壶、上世纪六七十年代的搪瓷醋壶，以及如今餐馆里常见的玻璃醋壶。
⟦m 图为市民在展柜前观看清末锡醋壶⟧
博物馆负责人介绍，一把醋壶的变化，记录了滂溪人吃醋、用醋的生活变迁。展览将持续到年底，市民可免费参观。
""",
    ),
    dict(
        slug="snapshot-yecang-textcache-sieve-heritage-wrapped",
        site="页藏文字快照 of 猷山县芭口镇人民政府 (invented)",
        style="搜索快照",
        genre="公示",
        kind="notice",
        form="text",
        source="https://yecang-cache.cn/text?url=www.bakouzhen.gov.cn/gsgg/2025/0318.html",
        title="关于推荐芭口面筛制作技艺申报县级非物质文化遗产代表性项目的公示",
        record_title="〔纯文本快照·页藏〕关于推荐芭口面筛制作技艺申报县级非物质文化遗产代表性项目的公示",
        date="2025-03-18",
        notes="a text-only cache: capture lines at the top, the original page's chrome; the notice hard-wrapped at 66 columns; the 公示 period and contact in the body; 成文日期",
        page="""
!d 【页藏文字快照】本页为2025-04-02抓取的纯文字版本，图片与样式已省略
!m 原始地址：www.bakouzhen.gov.cn/gsgg/2025/0318.html
!m 猷山县芭口镇人民政府　>　公示公告
{T}
!m 发布人：镇综合文化站　　点击数：97
{BODY}
!m 芭口镇人民政府　版权所有　赣ICP备15005509号-4
!a 返回原网页　|　重新抓取
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
根据《猷山县非物质文化遗产代表性项目申报评审办法》，经镇综合文化站调查、专家论证，芭口镇拟推荐“芭口面筛制作技艺”申报第五批县级非物质文化遗产代表性项目。现将有关情况公示如下：
芭口面筛制作技艺起源于清代中期，以杉木薄板弯圈、竹钉接口、手工绷铜丝网为主要特点，所制面筛筛面平整、经久耐用，曾远销周边各县。目前掌握该技艺的匠人仅余3人，均在65岁以上，亟待保护传承。
公示期为2025年3月18日至3月27日。如有异议，请在公示期内以书面形式向镇综合文化站反映。
联系人：况明远，电话：0797-6218033。
猷山县芭口镇人民政府
2025年3月18日
""",
    ),
    dict(
        slug="print-ruyang-coop-notice-basket-mould-footer",
        site="溽阳县供销合作社 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.rygxs.gov.cn/print.asp?id=1932",
        title="关于做好竹编淘米箩等竹木制品防霉工作的通知",
        record_title="[打印预览窗] 关于做好竹编淘米箩等竹木制品防霉工作的通知 ‹ 溽阳供销",
        date="2025-06-05",
        notes="a print view calling window.print(): print-time and page-address lines, a print/close row, a print footer ⬬ 1 / 1 ⬬ closing the page; numbered list; 成文日期",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>[打印预览窗] 关于做好竹编淘米箩等竹木制品防霉工作的通知 ‹ 溽阳供销</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 【立即打印】⟧ ⟦a 【关闭本窗口】⟧</div>
<div class="print-head">⟦m 溽阳县供销合作社 · 打印稿⟧</div>
<div class="print-head">⟦m 打印于：2025-06-09 10:17⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-url">⟦m 网页地址：http://www.rygxs.gov.cn/show.asp?id=1932⟧</div>
<div class="print-foot">⟦p ⬬ 1 / 1 ⬬⟧</div>
</body>
</html>
""",
        body="""
各基层供销社、社属企业：
入夏以来，我县阴雨天气多、空气湿度大，竹编淘米箩、竹篮、竹蒸笼等竹木制品在仓储、运输中极易发霉。5月份，县社抽查发现有两家网点库存的淘米箩出现霉斑。为减少损失，保障消费者用得放心，现就有关事项通知如下：
1.仓库要保持通风干燥，竹木制品离地离墙存放，堆垛不宜过高。
2.收购环节严把质量关，篾片未经蒸煮、晾晒不彻底的一律不收。
3.已出现轻微霉斑的产品，用淡盐水刷洗晒干后单独存放，霉变严重的不得上架销售。
4.各网点每周检查一次库存，并将情况报县社业务科。
溽阳县供销合作社
2025年6月5日
""",
    ),
    dict(
        slug="print-aicheng-museum-letter-borrow-wine-pot",
        site="蔼城市博物馆 (invented, print view as text)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.acmuseum.cn/gzdt/print_2025_0320.html",
        title="关于商借明代錾花锡酒壶参加“漶水遗珍”特展的函",
        record_title="打印友好版 » 关于商借明代錾花锡酒壶参加“漶水遗珍”特展的函 — 蔼城市博物馆",
        date="2025-03-20",
        notes="a print view as text: the museum's name, a print-time line and the page's address at the top, a print footer ❐ 第1页 / 共1页 ❐ at the end; a 函 with 文号 line (neutral) and 成文日期 in Chinese numerals",
        page="""
!m 蔼城市博物馆　工作动态　打印页
!m 打印时间：2025-03-24 16:05:33
!m 本页地址：http://www.acmuseum.cn/gzdt/2025_0320.html
{T}
蔼博函〔2025〕7号
{BODY}
!a [ 送打印机 ]　[ 关掉此窗 ]
!p ❐ 第1页 / 共1页 ❐
""",
        indent="\u3000\u3000",
        body="""
菝湖区文物管理所：
我馆定于2025年6月至10月举办“漶水遗珍”特展，集中展示近年来我市出土的明清器物。贵所保管的明代錾花锡酒壶（2024年菝湖区明墓出土），造型完整、纹饰精美，是反映明代江南锡器工艺的重要实物。经研究，我馆拟向贵所商借该件文物参展。
借展期限自2025年6月1日至10月31日。借展期间，我馆负责文物的包装、运输、保险和安全保卫，展出时使用恒温恒湿独立展柜，并在展签上注明“菝湖区文物管理所藏”。
如蒙同意，请予函复。
联系人：宗立言，电话：0793-3317206。
蔼城市博物馆
二〇二五年三月二十日
""",
    ),
    dict(
        slug="webmail-guanchuan-catering-inquiry-vinegar-pots-attachbar",
        site="滂溪晶华玻璃企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="询价函",
        kind="letter",
        form="html",
        source="https://exmail.jinghuaglass.com.cn/read?mid=ZC3811-0523",
        title="关于团购密封式餐桌醋壶的询价函",
        record_title="[外部] 转发: 关于团购密封式餐桌醋壶的询价函 - 晶华玻璃企业邮箱",
        date="2025-05-22",
        date_also=["2025-05-23"],
        notes="a webmail reading view: forwarded header lines, an attachment bar next to the letter's own 附件 list, the supplier's contact; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[外部] 转发: 关于团购密封式餐桌醋壶的询价函 - 晶华玻璃企业邮箱</title>
</head>
<body>
<div class="mail-top">⟦m 晶华玻璃 · 企业邮箱⟧ ⟦m sales@jinghuaglass.com.cn⟧ <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="mail-folder">⟦m 收件箱（7封未读）⟧ ⟦m 草稿箱⟧ ⟦m 已发送⟧ ⟦m 垃圾邮件⟧</div>
<div class="read-tool"><a>⟦a 回复⟧</a> <a>⟦a 回复全部⟧</a> <a>⟦a 转发⟧</a> <a>⟦a 标为未读⟧</a> <a>⟦a 移动到…⟧</a></div>
<div class="read-head">
<h3>{T}</h3>
<p>⟦m 发件人：涫川县餐饮行业协会秘书处 &lt;mishuchu@gccyxh.org.cn&gt;⟧</p>
<p>⟦m 收件人：sales@jinghuaglass.com.cn⟧</p>
<p>⟦m 时　间：2025年5月23日（星期五）上午9:41⟧</p>
</div>
<div class="attach-bar">⟦a 附件 2 个（共 186KB）：醋壶需求清单.xlsx　报价单模板.docx　全部下载⟧</div>
<div class="read-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 此邮件来自外部发件人，请谨慎点击其中的链接⟧</div>
</body>
</html>
""",
        body="""
滂溪晶华玻璃器皿有限公司：
为落实县市场监管局“洁净醋壶”专项行动要求，我会拟组织会员餐饮门店统一采购密封式餐桌醋壶，首批约3000只。现向贵公司询价，有关事项如下：
一、产品要求：容量200至300毫升，带防尘翻盖或按压出液口，壶身可拆洗，材质符合食品接触用玻璃制品国家标准。
二、报价内容：请按附件格式填报单价、起订量、供货周期和售后服务承诺，并提供近一年的产品检测报告。
三、报价截止：2025年5月30日前将盖章报价单扫描件发送至本邮箱。
附件：1.醋壶需求清单
2.报价单模板
联系人：协会秘书处　甄晓帆，电话：0795-7650288。
涫川县餐饮行业协会
2025年5月22日
""",
    ),
    dict(
        slug="mailfwd-youshan-letter-collect-rice-baskets",
        site="猷山县文化馆 mail forwarded as text (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:wgz@youping.gov.cn",
        title="关于征集竹编淘米箩参加省民间工艺精品展的函",
        record_title="FW: 回复: 关于征集竹编淘米箩参加省民间工艺精品展的函",
        date="2025-07-10",
        date_also=["2025-07-14"],
        notes="a forwarded mail as text: forward header lines and the original header, a reply line, the sender's signature block and a mail-client footer; the letter's 抄送 line in the body; the forward date differs from the letter's date",
        page="""
!m 发件人："宥坪镇文广站" <wgz@youping.gov.cn>
!m 发送时间：2025年7月14日 15:02
!m 收件人：庹春生 <zhuyun_coop@163.com>
!m 主题：FW: 回复: 关于征集竹编淘米箩参加省民间工艺精品展的函
!w 庹理事长：县文化馆的函转给你，请合作社挑选几只精品箩，月底前送镇文广站。——窦小川
!m -------- 原始邮件 --------
!m 发件人：猷山县文化馆 <ysxwhg@126.com>
!m 日期：2025年7月10日 09:26
{BODY}
!m ——————————
!m 宥坪镇综合文化广播电视站　窦小川　0797-6209015
!d 发自我的手机邮箱客户端
""",
        body="""
各乡镇综合文化站：
省文化和旅游厅将于9月举办全省民间工艺精品展，我馆拟推荐一批竹编淘米箩参展。请各乡镇协助征集，有关事项如下：
一、征集要求：手工编制、形制传统、工艺精良的竹编淘米箩，新编、老旧均可，每件作品须附制作者姓名和简要说明。
二、报送时间：8月5日前将作品送至县文化馆非遗部，由专家评选后确定参展作品。
三、参展作品由我馆统一登记、包装和运送，展览结束后原件退还。
联系人：县文化馆非遗部　蒲晓岚，电话：0797-6201127。
猷山县文化馆
2025年7月10日
抄送：县文化广电旅游局。
""",
    ),
]
