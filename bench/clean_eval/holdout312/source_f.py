"""holdout312, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="examforum-shangan-interview-stairwell-lamp-complaint",
        site="上岸公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shangangk.com/thread-771320-1-1.html",
        title="社区老楼楼道壁灯坏了半年没人修，居民向你投诉，你怎么处理？",
        record_title="〔结构化·应急应变〕社区老楼楼道壁灯坏了半年没人修，居民向你投诉，你怎么处理？（附作答逻辑梳理）- 面试交流 - 上岸公考社区",
        date=None,
        notes="exam forum: reply-to-see prompt between paragraphs, rating row, QQ-group ad, signature; "
        "a relative post time (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔结构化·应急应变〕社区老楼楼道壁灯坏了半年没人修，居民向你投诉，你怎么处理？（附作答逻辑梳理）- 面试交流 - 上岸公考社区</title>
<script src="/static/js/common.js?v=X35"></script>
</head>
<body>
<div id="hd">⟦m 上岸公考社区⟧ <span>⟦m 一起上岸，不负韶华⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸公考社区 › 面试交流 › 结构化面试⟧</div>
<div class="plc">
<h1>⟦t 〔结构化·应急应变〕社区老楼楼道壁灯坏了半年没人修，居民向你投诉，你怎么处理？（附作答逻辑梳理）⟧</h1>
<div class="authi">⟦m 楼主 乘风上岸 ｜ 发表于 4 天前 ｜ 查看 5210 ｜ 回复 88⟧</div>
<div class="t_f">
<p>题目：{T}</p>
{BODY}
</div>
<div class="rate">⟦l 参与评分 9 人　学分 +15　“逻辑清楚，收藏了”⟧</div>
<div class="sign">⟦m 签名：今年不上岸，明年接着划⟧</div>
</div>
<div class="ad">⟦w 【面试冲刺】名师一对一模拟，进QQ群 881204733 领取题本⟧</div>
<div class="replies"><p>⟦l 沙发 小鹿考编：第二点很好，先安抚再解决⟧</p></div>
<div id="ft">⟦m 上岸公考社区 ©2025　京ICP备18052240号⟧</div>
</body>
</html>
""",
        body="""
我的作答如下：
第一，稳定情绪。我会先向居民致歉，感谢他们的反映，耐心听清楚是哪几栋楼、坏了多久、有没有人因此摔伤，做好记录。
第二，立即处置。当天联系物业和电工上门查看，能修的马上修；一时修不好的，先在楼道装临时照明灯，并在楼门口张贴告示说明维修时间。
⟦a 回复本帖可查看第三、四点完整作答⟧
第三，查找原因。了解壁灯长期没人修的原因，是维修资金不到位，还是物业和社区责任不清，向领导汇报后推动解决。
第四，建立长效机制。建议社区建立楼道照明定期巡查制度，由楼栋长每月检查一次，发现问题当天上报。
""",
    ),
    dict(
        slug="examforum-shangan-essay-nursery-pots-green-junk",
        site="上岸公考社区 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://bbs.shangangk.com/thread-771988-1-1.html",
        title="小小营养钵里的绿色发展",
        record_title="[习作求点评] 小小营养钵里的绿色发展（请各位前辈斧正） - 申论互评区 - 上岸公考社区",
        date=None,
        notes="exam forum as text with anti-scraping junk; the post time is 2 天前 (no date); replies",
        page="""
!m 上岸公考社区 › 申论互评区
!t [习作求点评] 小小营养钵里的绿色发展（请各位前辈斧正）
!m 楼主：笔下有山河　　发表于 2 天前　　查看 1377　回复 19
{T}
{BODY}
!a 评分　收藏　分享　举报
!l 2楼 申论阿姨：立意不错，第三段例子可以再具体些
!l 3楼 上岸锦鲤：结尾有力，给个二类上
!a 回帖后才能看到楼主的批改原稿
!m 上岸公考社区 ©2025
""",
        junk=dict(lines=2, glued=2),
        body="""
春天的田野里，一排排营养钵托着嫩绿的秧苗。小小的营养钵，既关系着一季的收成，也考验着绿色发展的成色。
塑料营养钵便宜好用，却常被随手丢在田间地头，成了“白色污染”。这提醒我们，发展不能只算眼前的经济账，还要算长远的生态账。
破解这一难题，既要靠政策引导，用补贴推广可降解营养钵；也要靠机制创新，在村里设立回收点，让废旧营养钵有处可去；更要靠群众参与，让“用完回收”成为种植户的习惯。
绿色发展不是口号，就藏在一只只营养钵的去留之间。把小事做好，乡村才能既有“金山银山”，又有“绿水青山”。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-fridge-magnet-h1",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/冰箱贴",
        title="冰箱贴",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's <h1>; infobox, contents box, edit/discuss/history tabs, "
        "an 'edit this section' link glued to a heading, reference markers glued after sentences; "
        "the entry name opens the body (head)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>冰箱贴_知源百科</title>
<script src="//s.zhiyuan.wiki/js/lemma.js"></script>
</head>
<body>
<div class="zy-top">⟦m 知源百科⟧ <span>⟦m 万物有源，知其所以⟧</span> <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="zy-tabs"><a>⟦a 词条⟧</a><a>⟦a 讨论⟧</a><a>⟦a 编辑历史⟧</a></div>
<h1>{T}</h1>
<div class="zy-sub">⟦m 家居装饰用品⟧ ⟦m 本词条由“知源百科·生活馆”审核⟧</div>
<div class="infobox">
<p>⟦m 中文名：冰箱贴⟧</p><p>⟦m 外文名：fridge magnet⟧</p><p>⟦m 类　别：家居装饰品、旅游纪念品⟧</p><p>⟦m 常见材质：树脂、软磁、金属、陶瓷⟧</p>
</div>
<div class="toc">⟦l 目录　1 简介　2 种类　3 安全提示⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 家居小物件的收藏文化. 逄州晚报⟧</p><p>⟦l 2. 儿童误吞磁性异物的预防. 健康生活周刊⟧</p></div>
<div class="zy-stat">⟦m 浏览次数：20,418　编辑次数：9次　最近更新：5 个月前⟧</div>
<div class="zy-foot">⟦d 知源百科词条内容由网友协作编辑，仅供参考，不构成专业意见⟧</div>
</body>
</html>
""",
        body="""
冰箱贴是一种吸附在冰箱等铁质表面的装饰物，背面装有磁铁或软磁片，常用于装饰或固定便条。⟦l [1]⟧
种类⟦a [编辑本节]⟧
按材质可分为树脂冰箱贴、软磁冰箱贴、金属冰箱贴和陶瓷冰箱贴等。旅游景区和博物馆常把地标建筑、馆藏文物图案做成冰箱贴，作为文创纪念品出售，一些收藏者以收集各地冰箱贴为乐。
安全提示
部分冰箱贴内嵌小型强力磁铁，容易脱落。儿童误吞两枚以上磁铁时，磁铁可能隔着肠壁相互吸引，造成肠道损伤，因此应放在儿童够不着的位置。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-landing-net-text",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiyuan.wiki/item/抄网",
        title="抄网",
        record_title="抄网_渔具词条_知源百科",
        date=None,
        notes="an encyclopaedia entry as text: infobox lines, a contents line, section headings; the entry name "
        "opens the body (head); an update stamp is no date",
        page="""
!m 知源百科 › 体育运动 › 钓鱼 › 渔具
{T}
!m 渔具的一种
!m 中文名：抄网　　别　名：捞网、抄子　　用　途：抄取鱼获
!l 目录：1 结构　2 选用　3 使用
{BODY}
!m 词条浏览 8,733 次　　最近更新于 3 周前
!a ✎ 我来完善这个词条
!d 知源百科提醒：词条内容仅供参考
""",
        body="""
抄网，又称捞网，是钓鱼时用来抄取鱼获的辅助渔具，由网杆、网头和网兜三部分组成。
结构
网杆多为碳素或玻璃钢材质，可伸缩，常见长度为2.1米至5米；网头有圆形、三角形等形状，可折叠；网兜有尼龙网、硅胶网和无结网之分。
选用
野钓或在高岸边垂钓宜选用长杆抄网；钓大鱼宜选网头直径大、网兜深的抄网。无结网和硅胶网对鱼体伤害较小，适合放流和竞技比赛。
使用
抄鱼时应先将鱼遛至水面、鱼头朝向岸边，再将抄网从鱼头方向没入水中抄起，切忌从鱼尾追抄。
""",
    ),
    dict(
        slug="clouddrive-xiaoyun-contract-template-nursery-pots-marks",
        site="小云盘分享 (invented cloud-drive preview)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://pan.xiaoyunpan.cn/s/8tQw2LmA",
        title="营养钵采购合同（范本）",
        record_title="营养钵采购合同（范本）.doc",
        date=None,
        notes="file-name record title; cloud-drive preview cut by page-marker paragraphs ⟂ n ⟂; a contract template "
        "with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 articles; VIP speed prompts; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>营养钵采购合同（范本）.doc - 小云盘分享</title>
<script src="/static/pan-preview.js"></script>
</head>
<body>
<div class="pan-top">⟦m 小云盘⟧ <span>⟦m 你的文件，随身带走⟧</span> <a>⟦a 登录小云盘⟧</a></div>
<div class="pan-file">
<p class="fname">⟦t 营养钵采购合同（范本）.doc⟧</p>
<p class="finfo">⟦m 42.5KB　｜　分享者：育苗***站　｜　分享于 6 天前　｜　有效期：永久⟧</p>
<div class="pan-btn"><button>⟦a 保存到我的小云盘⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级会员极速下载⟧</button></div>
</div>
<div class="pan-preview">
<p class="tip">⟦m 在线预览（文档转换可能存在排版偏差）⟧</p>
<p class="doc-title">{T}</p>
{BODY}
</div>
<div class="pan-vip">⟦a 开通超级会员，下载提速30倍，首月仅需9元⟧</div>
<div class="pan-foot">⟦d 小云盘严禁分享违法违规内容，如发现侵权请举报⟧　⟦m 小云盘 xiaoyunpan.cn　浙ICP备20033186号⟧</div>
</body>
</html>
""",
        pages=dict(fmt="⟂ {n} ⟂", every=120, start=2),
        body="""
甲方（采购方）：××县××镇农业服务中心
乙方（供货方）：＿＿＿＿＿＿＿＿有限公司
第一条　乙方向甲方供应营养钵共计＿＿＿＿万只，规格为口径＿＿厘米、高＿＿厘米，单价＿＿＿＿元/只。
第二条　营养钵应无破损、无异味，钵底排水孔完整，可降解营养钵须提供降解性能检测报告。
第三条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定的育苗基地，运输费用由乙方承担。
第四条　甲方收货后3日内组织验收，验收合格后15日内付清货款。
第五条　乙方交付的营养钵不符合约定的，应负责退换，并承担由此造成的秧苗损失。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="clouddrive-xiaoyun-plan-tea-pet-expo-week",
        site="小云盘分享 (invented cloud-drive preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://pan.xiaoyunpan.cn/s/3pZr7NcE",
        title="2025年遨溪紫陶茶宠展销周活动方案",
        record_title="2025年遨溪紫陶茶宠展销周活动方案（报审稿）.docx - 小云盘分享",
        date="2025-04-25",
        notes="cloud-drive text preview: file list, save/download buttons, a VIP line; a decorated file name with a "
        "site suffix; a schedule table; 成文日期 under the signature",
        page="""
!m 小云盘 › 分享的文件
!m 📁 展销周资料（3个文件）
!l 　├ 展位平面图.jpg　　2.1MB
!l 　├ 参展商报名表.xlsx　　18KB
!t 　└ 2025年遨溪紫陶茶宠展销周活动方案（报审稿）.docx　　29KB
!a [保存到小云盘]　[下载]　[举报]
!m 分享者：紫陶***会　　分享时间：昨天 16:40
{T}
{BODY}
!a 下载速度慢？超级会员不限速 ＞＞
!d 请勿通过小云盘传播侵权内容
""",
        indent="\u3000\u3000",
        body="""
为展示遨溪紫陶茶宠制作技艺，拓宽手艺人销售渠道，县文化和旅游局、县紫陶行业协会定于5月举办2025年遨溪紫陶茶宠展销周，特制定本方案。
一、时间地点：5月16日至22日，紫陶小镇窑前街。
二、活动内容
日期　　内容
5月16日　　开幕式暨茶宠新品发布
5月17日至21日　　茶宠展销、现场捏塑体验
5月22日　　优秀作品评选颁奖
三、工作要求：各参展单位须于5月10日前报名，展品须附釉料检测合格报告。
遨溪县文化和旅游局
2025年4月25日
""",
    ),
    dict(
        slug="snapshot-yingguang-notice-wall-lamp-fire-check",
        site="萤光搜 snapshot of 迥川县应急管理局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.yingguangsou.com/c?u=http://yjj.jiongchuan.gov.cn/tzgg/2025/0430/216.html",
        title="关于开展老旧住宅楼道壁灯及线路火灾隐患排查的通知",
        record_title="关于开展老旧住宅楼道壁灯及线路火灾隐患排查的通知 - 迥川县应急管理局 [萤光快照]",
        date="2025-04-29",
        date_also=["2025-04-30"],
        notes="snapshot frame: capture banner (a capture time is no date), highlighted keywords; the cached page's "
        "posting date differs from the 成文日期; 抄送 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展老旧住宅楼道壁灯及线路火灾隐患排查的通知 - 迥川县应急管理局 [萤光快照]</title>
<script>var cacheTs=1746253260;</script>
</head>
<body>
<div class="yg-banner">⟦m 这是萤光搜于 2025-05-03 14:21 保存的网页副本，原网页可能已更新⟧<br>
⟦a 查看原网页⟧ ⟦a 关闭副本提示⟧　⟦m 已为您标出：<b>壁灯</b> <b>火灾隐患</b>⟧</div>
<div class="orig">
<div class="o-head">⟦m 迥川县应急管理局⟧　⟦m 首页 | 应急要闻 | 通知公告 | 应急科普⟧</div>
<div class="o-path">⟦m 位置：首页 > 通知公告⟧</div>
<h2>{T}</h2>
<div class="o-info">⟦m 发布日期：2025-04-30　来源：防灾减灾股⟧</div>
<div class="o-text">
{BODY}
</div>
<div class="o-foot">⟦m 迥川县应急管理局 主办　值班电话：0938-6210119⟧</div>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县消防救援大队：
近期，我县发生一起因楼道壁灯线路老化引发的火情。为消除隐患，决定在全县开展老旧住宅楼道壁灯及线路火灾隐患排查。现通知如下。
一、排查范围：2005年以前建成的老旧住宅楼道及公共区域照明线路。
二、排查重点：壁灯灯具老化破损、线路裸露、私拉乱接、灯具周边堆放可燃杂物等问题。
三、时间安排：5月31日前完成排查，6月15日前完成整改。
四、各乡镇要建立隐患台账，排查结果于6月20日前报县应急管理局。
迥川县应急管理局
2025年4月29日
抄送：县住房和城乡建设局。
""",
    ),
    dict(
        slug="snapshot-yingguang-text-cache-tea-pet-workshop-record-date",
        site="萤光搜 text cache of 逦口镇人民政府 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="https://cache.yingguangsou.com/t?u=http://www.likou.gov.cn/xzdt/2025/0328/90.html",
        title="逦口镇茶宠工坊入选省级非遗工坊名单",
        record_title="〔只读文字版缓存〕逦口镇茶宠工坊入选省级非遗工坊名单 - 逦口镇人民政府",
        record_date="2025-03-28",
        date="2025-03-28",
        notes="text-only cache: capture banner lines, the cached page's nav and footer; date from the record",
        page="""
!m 【萤光搜·纯文字缓存】本页保存于 2025-04-06，仅含文字，图片与样式已省略
!a 返回原网页 ｜ 查看带格式副本
!m ———— 以下为原网页内容 ————
!m 逦口镇人民政府 ｜ 首页 ｜ 乡镇动态 ｜ 政务公开
{T}
!m 时间：2025-03-28　来源：镇综合办　阅读：236
{BODY}
!l 上一篇：逦口镇开展春季植树活动
!m 迥川县逦口镇人民政府主办　陇ICP备18003525号
""",
        body="""
近日，省文化和旅游厅公布第三批省级非遗工坊名单，逦口镇紫陶茶宠工坊榜上有名。
该工坊成立于2021年，以紫陶茶宠捏塑为主要产品，现有手艺人和学徒31人，其中留守妇女23人。工坊坚持“一人一技、居家就业”，把茶宠制作的粗坯整形、打磨等工序分发到农户家中完成，带动周边群众人均月增收2000余元。
下一步，逦口镇将以入选省级非遗工坊为契机，建设茶宠展示体验中心，推动非遗技艺与乡村旅游融合发展。
""",
    ),
    dict(
        slug="print-jiongchuan-notice-rescue-landing-nets-footer",
        site="迥川县水利局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://slj.jiongchuan.gov.cn/print.jsp?id=7715",
        title="关于在逦溪水库垂钓区配置救生抄网等救生器材的通知",
        record_title="打印视图 ⇢ 关于在逦溪水库垂钓区配置救生抄网等救生器材的通知 - 迥川县水利局",
        date="2025-05-20",
        notes="print view calling window.print(): print and close buttons, a print stamp (no date), a print footer "
        "⧾ 本页 1 · 合计 1 ⧾ closing the page; 附件 line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印视图 ⇢ 关于在逦溪水库垂钓区配置救生抄网等救生器材的通知 - 迥川县水利局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 🖨 马上打印⟧　⟦a ✕ 不打了，关闭⟧</div>
<div class="p-head">⟦m 迥川县水利局　http://slj.jiongchuan.gov.cn⟧</div>
<h2>{T}</h2>
<div class="p-info">⟦m 打印于：刚刚　打印人：访客⟧</div>
<div class="p-body">
{BODY}
</div>
<div class="p-foot">⟦p ⧾ 本页 1 · 合计 1 ⧾⟧</div>
</body>
</html>
""",
        body="""
逦口镇人民政府，逦溪水库管理所：
为防止垂钓人员落水事故，根据《关于规范逦溪水库垂钓秩序的工作方案》，现就垂钓区救生器材配置有关事项通知如下。
一、在水库东岸、西岸垂钓区每隔100米设置一个救生器材点，每点配置长柄救生抄网1把、救生圈1个、救生绳1根。
二、救生器材由水库管理所负责日常检查，发现损坏、丢失的，3日内补齐。
三、逦口镇组织护库员每日巡查两次，劝离在禁钓区垂钓人员。
附件：逦溪水库垂钓区救生器材点位图
迥川县水利局
2025年5月20日
""",
    ),
    dict(
        slug="print-qiuhe-summary-seedling-service-text-footer",
        site="逑河镇人民政府 (invented, print view as text)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qiuhe.gov.cn/print/2024/1230/148.html",
        title="逑河镇农业服务中心2024年育苗服务工作总结",
        record_title="〔A4打印排版〕逑河镇农业服务中心2024年育苗服务工作总结",
        date="2024-12-28",
        date_also=["2024-12-30"],
        notes="print view as text: print buttons, a print stamp, a print footer ⋷ 1 / 1 页 ⋷ closing it; "
        "a table; 印发 line dated two days after the 成文日期 (also accepted)",
        page="""
!a [ 立即打印 ]　[ 返回原文 ]
!m 逑河镇人民政府网　www.qiuhe.gov.cn
{T}
!m 本页生成于 2 小时前（打印版）
{BODY}
!p ⋷ 1 / 1 页 ⋷
""",
        indent="\u3000\u3000",
        body="""
2024年，镇农业服务中心围绕“育好苗、种好地”，为全镇种植户提供育苗服务，现将工作总结如下。
一、集中育苗服务。中心育苗基地全年用营养钵培育蔬菜秧苗286万株，其中按成本价供应困难户31万株。
品种　　育苗数（万株）
辣椒　　124
茄子　　88
番茄　　74
二、技术培训服务。举办育苗技术培训班8期，培训460人次。
三、回收利用服务。设立回收点5个，回收塑料营养钵4.2万只。
逑河镇农业服务中心
2024年12月28日
逑河镇党政综合办公室　2024年12月30日印发
""",
    ),
    dict(
        slug="mail-museum-letter-custom-fridge-magnets-webmail",
        site="逄州市博物馆 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.pzmuseum.org.cn/read?mid=AQ7731",
        title="关于商请定制馆藏纹样冰箱贴的函",
        record_title="转发：【博物馆来函】关于商请定制馆藏纹样冰箱贴的函",
        date="2025-04-14",
        date_also=["2025-04-15"],
        notes="webmail reading view: folder list, forwarded header with its own 抄送, an attachment bar next to the "
        "letter's 附件 list, the letter's own 抄送 line and contact; the mail's send date differs from the letter's",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>转发：【博物馆来函】关于商请定制馆藏纹样冰箱贴的函 - 逄州市博物馆邮件系统</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 逄州市博物馆邮件系统⟧ ⟦m wenchuang@pzmuseum.org.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-left"><p>⟦m 收件箱(4)⟧</p><p>⟦m 已发送⟧</p><p>⟦m 草稿箱⟧</p><p>⟦m 垃圾箱⟧</p></div>
<div class="wm-main">
<div class="wm-bar">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标为未读⟧</div>
<h2>⟦t 转发：【博物馆来函】关于商请定制馆藏纹样冰箱贴的函⟧</h2>
<div class="wm-head">
<p>⟦m 发件人：韦清 &lt;weiqing@pzmuseum.org.cn&gt;⟧</p>
<p>⟦m 收件人：ciyun_sales@ciyunwenchuang.com⟧</p>
<p>⟦m 抄　送：wenchuang@pzmuseum.org.cn⟧</p>
<p>⟦m 时　间：2025年4月15日（星期二）上午10:26⟧</p>
</div>
<div class="wm-fwd">⟦m -------- 转发的邮件 --------⟧</div>
<div class="wm-body">
<p>{T}</p>
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件 2 个（共 3.4MB）：纹样图稿.zip　定制需求表.xlsx　打包下载⟧</div>
</div>
<div class="wm-foot">⟦d 本邮件及附件仅发给指定收件人，误收请删除⟧</div>
</body>
</html>
""",
        body="""
遨溪县磁韵文化创意有限公司：
为丰富馆内文创产品，我馆拟以馆藏青铜器纹样为题材，定制一批冰箱贴。经了解，贵公司在磁性文创产品方面经验丰富，特商请承接此项定制工作。
一、定制数量约5000枚，分饕餮纹、云雷纹两款。
二、冰箱贴磁铁须牢固粘接，符合儿童用品相关安全要求。
三、请贵公司于4月25日前寄送样品两套。
联系人：韦清，电话：0539-2218046，邮箱：weiqing@pzmuseum.org.cn。
附件：1.纹样图稿
2.定制需求表
逄州市博物馆
2025年4月14日
抄送：逄州市文化和旅游局
""",
    ),
    dict(
        slug="mail-erhu-notice-stair-lamp-acceptance-forwarded-docx",
        site="forwarded mail (text, invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:fwd-0625@erhu-jsj.mail.local",
        title="关于召开楼道亮灯工程验收会的通知",
        record_title="Fwd: 关于召开楼道亮灯工程验收会的通知.docx",
        date="2025-06-24",
        date_also=["2025-06-25"],
        notes="a forwarded mail as text: forward header lines, a forwarding note, the attachment line of the mail; "
        "the notice's own 附件 and contact; the mail's date differs from the 成文日期",
        page="""
!m ---------- Forwarded message ----------
!m From: 迩湖区住建局城建科 <cjk@erhu-jsj.gov.cn>
!m Date: 2025年6月25日 周三 09:12
!m Subject: 关于召开楼道亮灯工程验收会的通知.docx
!m To: 逡园社区 <junyuan_sq@163.com>, 遑桥社区 <hqsq2019@163.com>
!w 各位好，通知请查收，有问题随时打我手机 138 5391 2076（小伍）
{T}
{BODY}
!a 附件：关于召开楼道亮灯工程验收会的通知.docx (32K)　下载 | 预览
!d 此邮件由迩湖区政务邮箱发出，请勿直接回复
""",
        body="""
逡园社区、遑桥社区，各施工单位：
2025年楼道亮灯工程已基本完工，共更换楼道感应壁灯1260盏。经研究，定于6月27日下午2:30在逡园社区党群服务中心召开验收会，现将有关事项通知如下。
一、参会人员：各社区分管负责人、施工单位项目负责人、监理单位代表。
二、会议内容：听取施工情况汇报，抽查楼道壁灯安装质量，研究整改事项。
三、请各施工单位提前准备竣工资料，并于6月26日前报区住建局城建科。
联系人：伍晓，电话：0539-2265302。
附件：楼道亮灯工程验收抽查表
迩湖区住房和城乡建设局
2025年6月24日
""",
    ),
]
