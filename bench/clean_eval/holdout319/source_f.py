"""holdout319, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text, written by
hand; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="examforum-shangan-essay-bucket-lid-junk",
        site="登科公考论坛 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="http://bbs.shangangk.example.com/thread-781104-1-1.html",
        title="小桶盖里的大民生",
        record_title="〔申论百日练·Day 37〕小桶盖里的大民生（欢迎互评）- 申论天地 - 登科公考论坛",
        date=None,
        notes="exam forum essay: junk lines and junk glued after 。; a check-in prefix and a poster's aside in the record title; 2 小时前 (no date)",
        page="""
!m 登科公考论坛 - 备考路上不孤单
!m 登科公考论坛 › 申论天地 › 大作文打卡
!t 〔申论百日练·Day 37〕小桶盖里的大民生（欢迎互评）
!m 一颗上岸的心　发表于 2 小时前　|　查看 508　|　回复 14
{BODY}
!a 评分　收藏　分享
!l 1# 申论阿姨：立意不错，第三段论证再具体一点就更好了
!l 2# 小岸：同打卡，互评一下我的？
!w 申论批改小组招人，加QQ群 61730882 暗号“上岸”
!m 登科公考论坛 ( 京ICP备20031516号 )
""",
        junk=dict(lines=1, glued=2),
        body="""
一只水桶盖，值不了几个钱，却能挡住蚊虫、护住一家人的饮水安全。某镇在登革热防控中，没有大张旗鼓地搞宣传，而是由党员干部挨家挨户给储水桶配上桶盖，一个夏天下来，蚊虫密度明显下降。
小桶盖背后，是基层治理的“小切口”思维。群众的难处往往具体而细小，只有俯下身子、走进家门，才能发现那只敞着口的水桶。
小桶盖背后，也是“办实事”的方法论。与其发一百份倡议书，不如送一只桶盖、教一遍用法。政策落到群众身上，才能变成看得见的实惠。
治理之道，莫向外求。从一只桶盖做起，把小事办好，民生温度自然就有了。
""",
    ),
    dict(
        slug="examforum-jinbang-interview-key-custody",
        site="金榜公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://www.jinbanggk.example.cn/forum/t-330927.html",
        title="社区为独居老人代管钥匙，有居民担心隐私泄露，你怎么办？",
        record_title="【结构化·真题还原】社区为独居老人代管钥匙，有居民担心隐私泄露，你怎么办？（内附三步作答法）- 结构化面试 - 金榜公考社区",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad; question as the title with an exam prefix and an aside; 3 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【结构化·真题还原】社区为独居老人代管钥匙，有居民担心隐私泄露，你怎么办？（内附三步作答法）- 结构化面试 - 金榜公考社区</title>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="hd">⟦m 金榜公考社区⟧　<a>⟦a 登录⟧</a>　<a>⟦a 免费注册⟧</a></div>
<div class="nav">⟦m 首页 ｜ 国考 ｜ 省考 ｜ 事业单位 ｜ 结构化面试 ｜ 资料下载⟧</div>
<div class="crumb">⟦m 金榜公考社区 › 结构化面试 › 真题讨论⟧</div>
<div class="thread">
<h1>⟦t 【结构化·真题还原】社区为独居老人代管钥匙，有居民担心隐私泄露，你怎么办？（内附三步作答法）⟧</h1>
<div class="author">⟦m 面试小能手　发表于 3 天前　｜　只看楼主⟧</div>
<div class="post">
{BODY}
</div>
<div class="hidden-tip">⟦a 本帖隐藏的评分细则需回复后才能查看⟧</div>
<div class="rate">⟦l 评分　参与人数 9　金币 +27　理由：思路清晰⟧</div>
<div class="ad">⟦w 结构化面试一对一模拟，进群领真题：QQ群 90261734⟧</div>
</div>
<div class="replies"><p>⟦l 沙发　上岸上岸：第三点很加分⟧</p><p>⟦l 板凳　小林：可以再加一句总结升华⟧</p></div>
<div class="ft">⟦m 金榜公考社区 ©2025　粤ICP备21044302号⟧</div>
</body>
</html>
""",
        body="""
社区为独居老人代管钥匙、设立钥匙挂板，初衷是好的，但居民担心隐私泄露也合情合理。如果我是社区工作人员，我会这样做：
第一，及时回应，把顾虑摸清楚。通过楼栋微信群和上门走访，了解居民具体担心什么，是钥匙被冒领，还是门牌信息外泄。
第二，完善制度，把风险堵住。钥匙只挂编号不写门牌，挂板锁进柜子，取用时双人核对、登记签字，全程有监控。
第三，公开透明，把信任建起来。邀请居民代表参与制定管理办法，定期公示取用记录，坚持自愿原则，不愿意寄存的绝不勉强。
服务群众既要有热心，也要有细心，把好事办稳妥，才能真正办到群众心坎上。
""",
    ),
    dict(
        slug="wiki-wanzhi-entry-toddler-harness",
        site="万知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wanzhi.example.com/item/学步带/30619",
        title="学步带",
        record_title="学步带_婴童用品词条_万知百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after 。, an edit link glued to a section heading; the entry name opens the body (head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>学步带_婴童用品词条_万知百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="wiki-top">⟦m 万知百科⟧ <form><input placeholder="搜词条"><button>⟦a 进入词条⟧</button></form></div>
<div class="tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1 class="lemma">{T}</h1>
<div class="lemma-sub">⟦m 婴幼儿学步辅助用品⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：学步带⟧</td><td>⟦m 别　名：学步牵引带⟧</td></tr>
<tr><td>⟦m 适用年龄：约10个月至3岁⟧</td><td>⟦m 主要材质：涤纶织带、塑料锁扣⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 形制　2 使用注意　3 争议⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 婴幼儿用品使用手册 . 万知出版社⟧</p><p>⟦l [2] 儿童用品安全通识 . 2019⟧</p></div>
<div class="stat">⟦m 浏览 31,402 次　编辑 14 次　最近编辑：2 个月前⟧</div>
<div class="ft">⟦d 万知百科词条由网友协作编写，内容仅供参考。⟧</div>
</body>
</html>
""",
        body="""
学步带是帮助婴幼儿学习走路、防止其跌倒或走失的辅助用品，通常由穿戴在幼儿身上的背心或胸带和供成人握持的牵引绳组成。⟦l [1]⟧
形制⟦a [编辑本节]⟧
常见的学步带有背心式、提篮式和腕带式三种。背心式受力分散于胸背部，适用于刚学步的幼儿；提篮式多用于幼儿尚不能独立站立的阶段；腕带式主要用于防止幼儿在人多场所走失。⟦l [2]⟧
使用注意
使用学步带时，成人不宜长时间向上提拉，以免幼儿形成依赖或造成肩部拉伤。牵引绳不应缠绕在幼儿颈部，在楼梯、水边等危险场所不能以学步带代替看护。
争议
有观点认为学步带限制了幼儿自由探索，也有观点认为在人流密集场所使用学步带可有效降低走失风险。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-lid-rack",
        site="知源百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.zhiyuanbaike.example.org/wiki/锅盖架",
        title="锅盖架",
        record_title="锅盖架 - 厨具词条 - 知源百科",
        date=None,
        notes="text entry: the entry name with a column and site suffix; edit row, view counter, an update stamp (no date), categories",
        page="""
!m 知源百科 · 自由的知识库
!t 锅盖架 - 厨具词条 - 知源百科
!a 编辑　｜　添加到收藏夹　｜　分享词条
!m 本词条已被浏览 8,714 次，最后修订于 5 天前
{BODY}
!l 词条分类：厨房用具 · 家居收纳 · 不锈钢制品
!m 词条创建者：灶台边　协作者 6 人
!d 知源百科内容以知识共享方式发布，引用请注明来源。
""",
        body="""
锅盖架，又称锅盖座、锅盖托，是用于放置锅盖的厨房用具，可防止锅盖上的水汽和油污滴落在台面上，并节省灶台空间。
分类
按安装方式可分为台面立式、壁挂式和柜门挂式。台面立式无需打孔，移动方便；壁挂式固定在墙面，多配有接水盘；柜门挂式安装于橱柜门内侧，适合小户型厨房。
材质
常见材质有不锈钢、铁艺喷塑、竹木和塑料。不锈钢耐腐蚀、易清洁，是家庭和餐饮后厨最常用的材质；竹木制品外观自然，但长期受潮易发霉。
选购
选购时应注意承重、挂钩间距与家中锅盖尺寸是否匹配，壁挂式还应确认墙体能否承重。
""",
    ),
    dict(
        slug="clouddrive-xiaoyun-plan-bottle-reuse-pdf",
        site="晓云网盘 (invented cloud drive preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.xiaoyun.example.com/s/1qZ8rT0vKe",
        title="洗手液瓶回收再利用试点方案",
        record_title="洗手液瓶回收再利用试点方案.pdf",
        date="2025-01-09",
        notes="cloud-drive preview: file-name record title, VIP prompts, share stamp (no date); decimal headings 1.1–3.2; joint signature and 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>洗手液瓶回收再利用试点方案.pdf_免费高速下载｜晓云网盘</title>
<script src="//pan.xiaoyun.example.com/static/preview.js"></script>
</head>
<body>
<div class="pan-top">⟦m 晓云网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-info"><p>⟦t 洗手液瓶回收再利用试点方案.pdf⟧</p><p>⟦m 分享者：环保志愿者阿澄　分享于 2025-02-14 20:31　文件大小 386KB　有效期：永久⟧</p>
<p>⟦a 保存到我的网盘　｜　下载（普通用户限速）⟧</p></div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="vip-tip">⟦a 非会员仅可预览前3页，开通超级会员可预览全部并极速下载⟧</div>
<div class="report">⟦a 举报此分享⟧</div>
<div class="pan-foot">⟦d 请勿分享违法违规内容，晓云网盘将依法配合有关部门处理。⟧</div>
</body>
</html>
""",
        body="""
为减少一次性塑料包装浪费，市生态环境局联合市商务局在主城区开展洗手液瓶回收再利用试点。
1 试点范围
1.1 选取辎州市主城区20家连锁超市和10个社区作为首批试点。
1.2 试点时间为2025年3月至12月。
2 工作内容
2.1 在试点超市设置洗手液瓶回收箱，消费者交回空瓶可兑换积分或购物券。
2.2 回收的空瓶由合作企业统一清洗、消毒、检测，合格的重新灌装销售，不合格的进入再生利用环节。
2.3 试点社区在垃圾分类亭旁设置回收点，由社区志愿者每周集中转运一次。
3 保障措施
3.1 各部门明确专人负责，每月报送试点进展。
3.2 试点结束后开展评估，形成可复制推广的经验。
辎州市生态环境局　辎州市商务局
2025年1月9日
""",
    ),
    dict(
        slug="clouddrive-panbao-instruction-lid-molding-wps-markers",
        site="盘宝分享 (invented cloud-drive text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.panbao.example.net/share/init?surl=Wq3z81",
        title="20升水桶盖注塑成型作业指导书",
        record_title="20升水桶盖注塑成型作业指导书（2024修订）.wps",
        date=None,
        notes="cloud-drive text preview: file-name record title with a revision tag; page markers ⸑ pn ⸑ glued with a space to the continuation; share stamp (no date)",
        page="""
!m 盘宝分享 — 文件分享，快人一步
!m 20升水桶盖注塑成型作业指导书（2024修订）.wps　｜　62KB　｜　分享于 3 天前
!a 预览　｜　保存到盘宝　｜　下载需登录
{T}
{BODY}
!a 预览结束，登录后下载原文件
!d 此文件由用户分享，盘宝不对内容负责
""",
        pages=dict(fmt="⸑ p{n} ⸑", every=120, start=2, glue=True, sep=" "),
        body="""
一、适用范围。本指导书适用于注塑车间20升水桶盖的成型生产。
二、开机准备。开机前检查模具冷却水路是否畅通，料斗内聚丙烯原料须经80℃烘干两小时以上，混入的回收料不得超过百分之十五。
三、工艺参数。料筒温度控制在190℃至220℃，注射压力60至75兆帕，保压时间11秒，冷却时间18秒，操作工不得擅自调整参数。
四、取件与定型。桶盖出模后立即放在定型架上，盖面朝下冷却不少于20分钟，冷却期间不得叠放。
五、自检。每小时抽检5只，检查盖边平整度和密封圈槽尺寸，翘曲超过1毫米的判为不合格，单独存放并做好标识。
六、交接班。交接班时须填写生产记录表，注明模具状态和不良品数量。
""",
    ),
    dict(
        slug="snapshot-baicha-notice-container-lids",
        site="百查网页快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.baicha.example.com/c?m=9f3a20c1&p=yyxwjj&u=http%3A%2F%2Fwjj.yinyang.example.gov.cn%2Ftzgg%2F2024%2F0704%2F518.html",
        title="关于开展夏季储水容器加盖灭蚊专项行动的通知",
        record_title="关于开展夏季储水容器加盖灭蚊专项行动的通知_闉阳县卫生健康局 - 百查快照",
        date="2024-07-03",
        date_also=["2024-07-04"],
        notes="snapshot frame: capture banner with highlighted terms and a capture time (no date), the cached portal's own 发布日期 a day after the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展夏季储水容器加盖灭蚊专项行动的通知_闉阳县卫生健康局 - 百查快照</title>
<style>.hl{background:#ff0}</style>
<script src="//cache.baicha.example.com/js/hl.js"></script>
</head>
<body>
<div class="cache-banner">
<p>⟦d 这是百查对 http://wjj.yinyang.example.gov.cn/tzgg/2024/0704/518.html 的快照，是网页在 2024-08-19 02:17 被收录时的样子。⟧</p>
<p>⟦m 百查已为您标出以下关键词：<span class="hl">水桶盖</span> <span class="hl">灭蚊</span>⟧</p>
<p>⟦a 查看原网页 ｜ 纯文字版本⟧</p>
</div>
<div class="orig">
<div class="top">⟦m 闉阳县卫生健康局⟧</div>
<div class="nav">⟦m 首页 机构职能 通知公告 疾病防控 健康科普 政务公开⟧</div>
<div class="art">
<h3>{T}</h3>
<p>⟦m 发布日期：2024-07-04　来源：疾控股　浏览次数：384⟧</p>
{BODY}
</div>
<div class="foot">⟦m 闉阳县卫生健康局主办　湘ICP备16020931号⟧</div>
</div>
</body>
</html>
""",
        body="""
各乡镇卫生院、村卫生室，县直各医疗卫生单位：
当前正值蚊虫活跃季节，为有效降低蚊媒密度，预防登革热等传染病，县卫生健康局决定在全县开展夏季储水容器加盖灭蚊专项行动。
一、行动时间：7月5日至9月30日。
二、工作内容：各乡镇卫生院组织村医入户排查，对储水桶、水缸未加盖的农户，督促配齐水桶盖；对废弃容器积水，指导群众及时清倒。
三、工作要求：各单位每半月报送一次排查情况，县卫生健康局将适时开展抽查。
闉阳县卫生健康局
2024年7月3日
""",
    ),
    dict(
        slug="snapshot-souyi-text-weiping-lid-handout-record",
        site="搜易网页快照 (invented search cache, text-only)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://kuaizhao.souyi.example.cn/txt?url=http%3A%2F%2Fwww.weiping.example.gov.cn%2Fgg%2F0611.html",
        title="磑坪镇人民政府关于免费发放水桶盖的公告",
        record_title="磑坪镇人民政府关于免费发放水桶盖的公告〔搜易文字快照〕",
        record_date="2024-06-11",
        date="2024-06-11",
        notes="text-only cache: the record gives the date; capture banner and an original-page link; 成文日期 the same day",
        page="""
!d 搜易快照：您查看的是本页面于 2024-09-02 收录时的纯文字版本，当前页面可能已更新。
!a 返回原网页　|　带图片版本
!m 磑坪镇人民政府网 > 公示公告
{T}
{BODY}
!m 磑坪镇人民政府办公室　电话：0737-4251006
""",
        body="""
全镇广大农户：
为落实“给水桶戴帽子”爱国卫生行动，镇政府统一采购了一批带密封圈的水桶盖，免费发放给使用储水桶、水缸的农户。现将有关事项公告如下：
一、发放对象：本镇户籍、家中使用储水桶或水缸储水的农户，每户最多领取两只。
二、发放方式：由各村党员干部登记后送货上门，行动不便的农户由村医协助安装。
三、发放时间：6月12日至6月30日。
水桶盖尺寸不合适的，可在7月10日前到村委会调换。
磑坪镇人民政府
2024年6月11日
""",
    ),
    dict(
        slug="print-lianhu-bulletin-restaurant-lid-racks",
        site="辌湖区市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.lianhu.example.gov.cn/print.jsp?id=40917",
        title="关于全区餐饮单位后厨锅盖架配置检查情况的通报",
        record_title="〔打印页面·A4竖排〕关于全区餐饮单位后厨锅盖架配置检查情况的通报 —— 辌湖区市场监督管理局",
        date="2024-10-30",
        notes="print view calling window.print(): print and close buttons, print stamp (no date), inspection table one row a paragraph, a print footer ⬰ 第1页 ∕ 共1页 ⬰; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔打印页面·A4竖排〕关于全区餐饮单位后厨锅盖架配置检查情况的通报 —— 辌湖区市场监督管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 【立即打印】　【关闭本窗口】⟧</div>
<div class="print-head">⟦m 辌湖区市场监督管理局 · 政务信息⟧</div>
<h2>{T}</h2>
<div class="print-meta">⟦m 打印时间：2024-11-05 10:26　打印人：访客⟧</div>
<div class="print-body">
{BODY}
</div>
<div class="print-url">⟦m 原文地址：http://scjg.lianhu.example.gov.cn/tzgg/2024/1030/40917.html⟧</div>
<div class="print-foot">⟦p ⬰ 第1页 ∕ 共1页 ⬰⟧</div>
</body>
</html>
""",
        body="""
各餐饮服务单位：
10月中旬，区市场监督管理局对全区32家餐饮单位后厨锅盖架配置和使用情况进行了检查。现将检查情况通报如下：
检查项目　合格单位（家）　不合格单位（家）
锅盖架配置　27　5
锅盖离地存放　24　8
锅盖架清洁　22　10
检查发现，部分单位锅盖直接放在地面或垃圾桶旁，锅盖架油污积存、长期不清洗。对存在问题的单位，执法人员已当场责令整改，并将于11月组织复查。
请各餐饮单位对照检查，配齐锅盖架，落实每日清洁制度。
辌湖区市场监督管理局
2024年10月30日
""",
    ),
    dict(
        slug="print-xiaoxingchen-minutes-harness-outing",
        site="小星辰托育园园务系统 (invented, text print view)",
        style="打印页",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://oa.xiaoxingchen-ty.example.cn/meeting/print?id=2025041",
        title="户外活动安全专题会议纪要",
        record_title="⎙ 打印 ｜ 户外活动安全专题会议纪要（园务会）",
        date="2025-04-09",
        notes="text print view: print buttons and print stamp (no date), minutes with 时间/地点/主持/参会/记录 lines, a print footer ⹃ 页 1 ／ 1 ⹃",
        page="""
!a [打印]　[导出]　[关闭]
!m 辌湖区小星辰托育园 · 园务管理系统
{T}
!m 打印人：园办 佟悦　打印于 2025-04-12 08:47
{BODY}
!m 本纪要由园务管理系统生成
!p ⹃ 页 1 ／ 1 ⹃
""",
        body="""
时间：2025年4月9日15:30
地点：园部多功能室
主持：园长　许静怡
参会：各班保育员、保健医生、后勤主管
记录：文员　佟悦
会议通报了上月户外散步中一名幼儿学步带牵引绳脱手的情况，所幸未造成伤害。
会议议定：
一、外出前由保健医生逐条检查学步带锁扣和牵引绳，破损的立即停用；
二、保育员须将牵引绳腕带套在手腕上，不得只用手握持；
三、过马路时一律改为牵手，每名保育员最多照看两名幼儿；
四、后勤主管本月内增购学步带10条，替换使用满一年的旧带。
""",
    ),
    dict(
        slug="webmail-zhicheng-yizhong-fwd-letter-keyhooks",
        site="轵城一中邮件系统 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.zcyz.example.edu.cn/read?mid=ZC20240911-00418",
        title="关于定制校庆纪念钥匙挂的函",
        record_title="Fwd: 【已确认】关于定制校庆纪念钥匙挂的函",
        date="2024-09-10",
        date_also=["2024-09-11"],
        notes="webmail reading view: forwarded header (send date a day after the letter), attachment bar beside the letter's own 附件 list, the mail's 抄送 header beside the letter's own 抄送 line; contact and mailbox in the letter",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 【已确认】关于定制校庆纪念钥匙挂的函 - 轵城一中邮件系统</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="mail-top">⟦m 轵城一中邮件系统⟧　⟦m 车振宇 &lt;xiaoqing@zcyz.example.edu.cn&gt;⟧　<a>⟦a 退出⟧</a></div>
<div class="mail-left">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="mail-read">
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标为未读　更多 ▾⟧</div>
<h2 class="subject">⟦t Fwd: 【已确认】关于定制校庆纪念钥匙挂的函⟧</h2>
<table class="mail-head">
<tr><td>⟦m 发件人：车振宇 &lt;xiaoqing@zcyz.example.edu.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：销售部 &lt;sales@qiaogong-craft.example.com&gt;⟧</td></tr>
<tr><td>⟦m 抄送：总务处 &lt;zongwu@zcyz.example.edu.cn&gt;⟧</td></tr>
<tr><td>⟦m 时间：2024年9月11日(星期三) 上午9:12⟧</td></tr>
</table>
<div class="att-bar"><p>⟦a 📎 附件 2 个（共 3.4MB）　全部打包下载⟧</p><p>⟦a 校庆纪念钥匙挂设计稿.pdf　3.1MB　预览 ｜ 下载⟧</p><p>⟦a 校徽标准色值说明.docx　0.3MB　预览 ｜ 下载⟧</p></div>
<div class="fwd-head"><p>⟦m ------------------ 原始邮件 ------------------⟧</p><p>⟦m 发件人：校庆办⟧</p><p>⟦m 发送时间：2024年9月10日 17:40⟧</p></div>
<div class="mail-body">
{BODY}
</div>
</div>
<div class="mail-foot">⟦d 本邮件系统仅供轵城市第一中学教职工使用⟧</div>
</body>
</html>
""",
        body="""
轵城市巧工工艺品有限公司：
我校将于今年11月举行建校六十周年校庆活动。经研究，拟向贵公司定制校庆纪念钥匙挂1500只，用于赠送返校校友和来宾。具体要求如下：
一、材质为黄铜镀金，正面为校徽，背面刻“1964—2024”字样；
二、每只单独包装，包装盒印校庆标识；
三、10月31日前交货。
请贵公司按附件中的设计稿打样，并于9月20日前提供样品和报价。
附件：1.校庆纪念钥匙挂设计稿
2.校徽标准色值说明
联系人：校庆办　车振宇　电话：0728-3317706　邮箱：xiaoqing@zcyz.example.edu.cn
轵城市第一中学校庆工作办公室
2024年9月10日
抄送：学校办公室，总务处
""",
    ),
    dict(
        slug="mail-yaoling-cdc-fwd-letter-soap-bottles-docx",
        site="轺岭县教育局体卫艺股转发邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mailto:forward/2024-03-18/yaoling-cdc-0315",
        title="关于规范学校洗手液瓶使用管理的函",
        record_title="转发：关于规范学校洗手液瓶使用管理的函.docx",
        date="2024-03-15",
        date_also=["2024-03-18"],
        notes="forwarded mail as text: a file-name subject, forward headers with the send date three days after the letter, a mobile-client signature; the letter's own 联系人/电话",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：轺岭县教育局体卫艺股 <tiweiyi@yljyj.example.cn>
!m 日期：2024年3月18日 周一 10:05
!m 主题：转发：关于规范学校洗手液瓶使用管理的函.docx
!m 收件人：各中小学校卫生室
!m 各位老师：县疾控中心来函，正文已粘贴如下，请阅后落实。
{T}
{BODY}
!m —— 发自我的手机邮箱客户端
!d 此邮件及附件仅发给指定收件人，如误收请立即删除。
""",
        body="""
全县各中小学校：
近期，我中心在学校传染病防控检查中发现，部分学校洗手液瓶存在反复续装、兑水稀释、瓶身污渍较多等问题。为规范洗手液瓶使用管理，现函告如下：
一、洗手液瓶应当专瓶专用，用完后整瓶更换或清洗消毒晾干后再灌装；
二、不得向洗手液中兑水；
三、洗手液瓶应当摆放在干燥、洁净处，压头每周擦拭消毒一次。
请各校对照落实，县疾控中心将在下学期开学检查中予以抽查。
联系人：庞医生　电话：0737-4219308
轺岭县疾病预防控制中心
2024年3月15日
""",
    ),
]
