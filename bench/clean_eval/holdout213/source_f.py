"""holdout213, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (each once as HTML, once as text).

Written by hand for this part; every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="examforum-anbian-interview-mahjong-village-jammer",
        site="岸边公考论坛 (invented, exam forum)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="html",
        source="https://bbs.anbiangk.com/thread-921733-1-1.html",
        title="村里自动麻将机越来越多引发邻里矛盾，你怎么看？",
        record_title="〈综合分析〉村里自动麻将机越来越多引发邻里矛盾，你怎么看？（附答题要点）- 面试交流 - 岸边公考论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad; jammer-font junk glued after sentences and on a "
        "line; 【题目】/【参考作答】 sections; 发表于 6 天前 is no date",
        page="""
<html><head><meta charset="utf-8">
<title>〈综合分析〉村里自动麻将机越来越多引发邻里矛盾，你怎么看？（附答题要点）- 面试交流 - 岸边公考论坛</title>
<style>font.jammer{font-size:0;color:transparent}</style>
</head><body>
<div id="hd">⟦m 岸边公考论坛⟧　⟦m 上岸路上，有人同行⟧　⟦a <a>登录</a> | <a>加入岸边</a>⟧</div>
<div id="pt">⟦m 岸边公考论坛 › 面试交流 › 结构化真题⟧</div>
<div class="qun">⟦w 2025省考面试冲刺群：QQ 831290476（验证：岸边）⟧</div>
<table><tr><td class="pls">⟦m 一次上岸的阿楠⟧<p>⟦m 积分 6620　上岸勋章⟧</p></td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 一次上岸的阿楠 发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的答题框架需回复后才能查看⟧</div>
<div class="rate">⟦l 评分　参与人数 9　上岸值 +27⟧</div>
<div class="po">⟦a 回复 收藏 分享到考友群⟧</div></td></tr></table>
<div class="pl">⟦l 2# 鹿角岛：第三点“丰富供给”很加分，收了⟧</div>
<div id="ft">⟦m 岸边公考论坛 anbiangk.com　鲁ICP备19027814号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
【题目】近年来，一些农村自动麻将机越来越多，有的村民整天泡在麻将馆，邻里之间也因噪声、赌资等问题产生矛盾。对此你怎么看？
【参考作答】
麻将本是群众喜闻乐见的娱乐方式，自动麻将机进村，本身说明农民腰包鼓了、闲暇多了。但“小麻将”背后的问题不能忽视：一是一些麻将馆以娱乐为名行赌博之实，有的家庭因此返贫；二是深夜噪声、聚集吸烟影响邻里和睦；三是农村文化生活单一，不少人除了打麻将无事可做。
解决这一问题，不能简单“一刀切”。首先，要依法整治，对借麻将馆聚赌的坚决打击；其次，要加强引导，通过村规民约约定营业时间和娱乐规矩；最后，要丰富供给，办好农家书屋、广场舞队和篮球赛等活动，让村民有更多健康的去处。
以上是我的看法，请各位考官指正。
""",
    ),
    dict(
        slug="examforum-yanxishe-essay-candyfloss-business-junk",
        site="申论研习社论坛 (invented, exam forum, text copy)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="http://bbs.shenlunyanxi.com/t/558217",
        title="一台棉花糖机里的营商环境",
        record_title="【大作文习作】一台棉花糖机里的营商环境（求大佬点评）- 申论批改区 - 申论研习社论坛",
        date=None,
        notes="exam-forum essay: anti-scraping junk as a line and glued after sentences; a marking-service line between "
        "paragraphs; replies below; 今天 08:14 is no date",
        page="""
!m 申论研习社论坛 › 申论批改区
!t 【大作文习作】一台棉花糖机里的营商环境（求大佬点评）
!m 作者：备考第三年　今天 08:14　查看 973　回复 12
{BODY}
!a 收藏本帖　|　求批改（已有 3 位老师接单）
!l 1# 批改老师-老宋：立意准，结构清楚，第二段论证可再加一个例子
!l 2# 小北要上岸：结尾那句好评
!a 回复本帖需先绑定手机号
!m 申论研习社论坛　陕ICP备21006643号
""",
        junk=dict(lines=1, glued=2),
        body="""
在畚岭县人民广场，卖棉花糖的摊主罗大姐最近多了一张“摊位证”。这张小小的证件，让她告别了“打一枪换一个地方”的日子，也让我们看到了营商环境优化的一个缩影。
营商环境不只是大企业的事。对一个推着棉花糖机谋生的小摊主来说，营商环境就是有没有一个能安心摆摊的位置，有没有一条清楚的规矩。过去，流动摊贩往往被视作管理的“麻烦”，一赶了之；如今，城管部门划定便民摊位，明确经营时间和卫生要求，既方便了群众，也守住了市容。
⟦w 大作文一对一精批，28元一篇，私信楼主⟧
优化营商环境，要把“小摊”当“小事”，更要把“小事”当“大事”。一方面，要放得开，给“小个体”留足发展空间；另一方面，要管得好，用规则代替随意。
一台棉花糖机转出的，是城市治理的温度。
""",
    ),
    dict(
        slug="wiki-qiwu-entry-spool-infobox-edit-links",
        site="器物百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.qiwu-wiki.cn/item/线轴/40771",
        title="线轴",
        record_title="线轴（纺织器材）_器物百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after sentences "
        "and an 'edit this section' link glued to a section heading; the one-word entry name stands in the body "
        "(matched as head); no date (last-edit stamp is no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>线轴（纺织器材）_器物百科</title>
<script src="/static/wiki.js"></script>
</head><body>
<div class="topbar">⟦m 器物百科 · 万物有来历⟧ <a>⟦a 登录⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 词条 讨论 编辑 历史版本⟧</div>
<h1 class="lemma-title">{T}</h1>
<p class="lemma-sub">⟦m （纺织器材）⟧</p>
<div class="infobox">
<p>⟦m 中文名　线轴⟧</p><p>⟦m 别　名　筒管、纱管⟧</p><p>⟦m 类　别　纺织器材⟧</p><p>⟦m 常见材质　木、塑料、纸⟧</p></div>
<div class="toc">⟦l 目录　1 结构　2 材质　3 用途⟧</div>
<div class="lemma-main">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《纺纱工艺学》第三版，纺织器材章⟧</p><p>⟦l [2] 杵川县纺织行业协会：纸质线轴推广情况，2025⟧</p></div>
<div class="stat">⟦m 本词条被浏览 8371 次，最近更新于 2 个月前⟧</div>
<div class="foot">⟦d 器物百科词条内容仅供参考，如需专业意见请咨询相关人士⟧　⟦m © 2025 qiwu-wiki.cn⟧</div>
</body></html>
""",
        body="""
线轴，又称筒管、纱管，是用于卷绕纱线、缝纫线等线材的轴状器材，广泛用于纺纱、织造和缝纫。
结构⟦a ✎修改本段⟧
线轴一般由中空的轴身和两端的挡边组成。按外形可分为平行线轴、锥形线轴（宝塔线轴）和带边线轴等。
材质
早期线轴多用木材车制，后来逐渐被塑料线轴取代。近年来，以再生纸浆为原料的纸质线轴因便于回收，在纺织企业中的用量逐年增加。⟦m [2]⟧
用途
在纺纱厂，络筒机将管纱上的纱线卷绕到线轴上，形成容量更大的筒子，供整经、织造使用。⟦m [1]⟧家用缝纫机使用的小线轴一般每轴绕线200至500米。
""",
    ),
    dict(
        slug="wiki-chushi-entry-chopping-block-text",
        site="厨事百科 (invented, text copy)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.chushi-baike.com/citiao/caidun.html",
        title="菜墩",
        record_title="菜墩_厨事百科",
        date=None,
        notes="encyclopaedia text: the one-word entry name stands in the body (the repeated title matched as head); a "
        "contributor line and a 'related entries' list; no date (最后编辑 3 天前 is no date)",
        page="""
!m 厨事百科
!m 首页 > 厨房用具 > 刀具与砧板
{T}
!m 拼音：cài dūn　｜　又名：砧板、菜板
!a 编辑词条　收藏　分享
{BODY}
!m 词条贡献者：灶台边的老饕　最后编辑：3 天前
!l 相关词条：菜刀 · 刀工 · 竹蒸笼 · 擀面杖
!d 厨事百科内容由网友共同编辑，如有错漏欢迎指正
""",
        body="""
菜墩，又称砧板、菜板，是切菜、剁肉时垫在下面的厨房用具，多为圆柱形或长方形。
按材质，菜墩可分为木质、竹质和塑料三类。木质菜墩以银杏木、皂角木、柳木为佳，质地细密，不易掉渣；竹质菜墩由竹片胶合而成，轻便易干；塑料菜墩多用聚乙烯制作，便于分色使用。
使用木质菜墩时，新墩宜先用盐水浸泡或涂刷食用油，以减少开裂；日常用后应刮净、洗净，竖放晾干，避免霉变。
在餐饮业中，为防止交叉污染，通常按生肉、水产、蔬果、熟食分色分用。
""",
    ),
    dict(
        slug="clouddrive-yunxia-summary-mahjong-aftersales-pdf-markers",
        site="云匣网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://pan.yunxia-cloud.com/s/1qZk7fPbW3",
        title="2024年度自动麻将机售后服务工作总结",
        record_title="2024年度自动麻将机售后服务工作总结.pdf",
        date="2025-01-20",
        notes="cloud-drive PDF preview: VIP prompts, save/download buttons, share stamp (no date); page-marker paragraphs "
        "◭ p.n ◭ cut sentences; file name as record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>2024年度自动麻将机售后服务工作总结.pdf_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia-cloud.com/js/pdfviewer.js"></script>
</head><body>
<div class="nav">⟦m 云匣网盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录/注册云匣⟧</a></div>
<div class="share-info"><h2>{T}</h2>
<p>⟦m 分享者：鸿牌售后小刘　分享于 4 天前　大小 1.2MB⟧</p>
<p>⟦a 转存至我的云匣⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p></div>
<div class="pdf-preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，在线预览PDF不限页数⟧</div>
<div class="foot">⟦d 云匣网盘严禁分享违法违规内容，发现请举报⟧　⟦m © 2025 云匣网盘⟧</div>
</body></html>
""",
        pages=dict(fmt="◭ p.{n} ◭", every=110, start=2),
        body="""
2024年，售后服务部围绕“响应快、修得好、回访勤”的目标，全年受理用户报修1.36万单，比上年下降11%，用户满意度达到97.6%。
一、缩短响应时间。在全国设立县级服务网点412个，城区报修承诺24小时上门，乡镇48小时上门，全年按时上门率96%。
二、提高一次修复率。针对报修最多的升牌故障和洗牌卡牌，编写《常见故障速查手册》，对网点师傅轮训两期，一次修复率由82%提高到91%。
三、做好回访。维修完成后3日内电话回访，对不满意的订单由区域主管复核处理。
四、存在的问题。部分偏远网点配件库存不足，过山车机型维修技术人员偏少。
2025年，我们将建立区域配件中心仓，力争用户满意度达到98%以上。
鸿牌机械有限公司售后服务部
2025年1月20日
""",
    ),
    dict(
        slug="clouddrive-feige-instruction-copper-pot-tinning-pdf",
        site="飞鸽云盘 (invented, cloud-drive text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="http://www.feigepan.com/file/8d07c3e1",
        title="铜火锅内壁镀锡作业指导书",
        record_title="铜火锅内壁镀锡作业指导书.pdf",
        date=None,
        notes="cloud-drive text preview: file facts, a VIP line between sections; decimal headings 3.1–3.4; file name as "
        "record title; no date (upload stamp only)",
        page="""
!m 飞鸽云盘 — 文件极速分享
!m 文件名：铜火锅内壁镀锡作业指导书.pdf
!m 文件大小：356KB　上传时间：2025-02-17 21:40　下载次数：63
!a [立即下载]　[转存到我的飞鸽]　[举报]
{T}
{BODY}
!a 开通飞鸽会员，免等待高速下载
!d 本文件由用户上传，飞鸽云盘不对内容负责
""",
        body="""
1.适用范围：本指导书适用于紫铜火锅锅体内壁及烟囱外壁的热浸镀锡作业。
2.材料要求：使用含锡量不低于99.9%的纯锡锭，严禁使用含铅焊锡。
3.作业步骤
3.1 除油：锅体用碱液清洗，清水冲净后晾干。
3.2 酸洗：用稀盐酸去除氧化层，时间不超过2分钟。
⟦a 预览仅显示部分内容，完整版请下载⟧
3.3 上锡：锅体加热至锡熔点以上，用棉纱蘸锡均匀擦涂，锡层厚度以盖住铜色为准。
3.4 冷却：自然冷却后用清水冲洗，擦干。
4.质量检验：锡层应光亮均匀，无漏铜、起泡；每批抽取1口送检铅含量。
5.安全注意：作业时佩戴防护手套和口罩，酸洗间保持通风。
""",
    ),
    dict(
        slug="snapshot-lingxi-notice-candyfloss-stalls-frame",
        site="灵犀搜索快照 of 畚岭县城市管理局 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.lingxisou.com/c?u=http%3A%2F%2Fcgj.benling.gov.cn%2Ftzgg%2F2025%2F0428%2F1187.html",
        title="关于规范城区流动棉花糖摊点经营的通告",
        record_title="[网页快照] 关于规范城区流动棉花糖摊点经营的通告_畚岭县城市管理局",
        date="2025-04-25",
        date_also=["2025-04-28"],
        notes="snapshot frame: capture banner with its crawl time (no date), highlighted keywords line; the cached page's "
        "own nav and posting date; a body sentence naming an effective date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[网页快照] 关于规范城区流动棉花糖摊点经营的通告_畚岭县城市管理局</title>
<base href="http://cgj.benling.gov.cn/tzgg/2025/0428/1187.html">
</head><body>
<div class="lx-cache-head">
<p>⟦m 这是灵犀搜索对 http://cgj.benling.gov.cn/tzgg/2025/0428/1187.html 保存的快照，抓取于 2025年5月6日 03:12⟧</p>
<p>⟦m 原网页可能已更新，灵犀搜索与该网页的作者无关⟧</p>
<p>⟦m 以下搜索词已标亮：棉花糖 摊点⟧</p>
</div>
<div class="gov-head">⟦m 畚岭县城市管理局⟧ ⟦m 首页 | 机构职能 | 通知公告 | 便民服务⟧</div>
<div class="gov-crumb">⟦m 当前位置：首页 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<p class="gov-meta">⟦m 发布日期：2025-04-28　来源：市容管理股⟧</p>
<div class="gov-text">
{BODY}
</div>
<div class="gov-foot">⟦m 畚岭县城市管理局主办　城管服务热线：0793-7712319⟧</div>
</body></html>
""",
        body="""
为方便群众生活，维护市容秩序，保障食品安全，现就城区流动棉花糖摊点经营有关事项通告如下：
一、城区人民广场东侧、滨河公园北门、县体育馆南侧设置棉花糖等小吃便民摊位共24个，经营者须向县城管局申请摊位证，免收摊位费。
二、经营时间为每日9:00至21:00，节假日可延长至22:00。
三、经营者须使用带漏电保护的电动棉花糖机，禁止使用液化气罐加热；所用白砂糖、食用色素须有合格证明。
四、摊位周边应保持整洁，收摊时带走垃圾。
五、对在学校大门两侧50米内占道经营的，依法予以查处。
本通告自2025年5月1日起施行。
畚岭县城市管理局
2025年4月25日
""",
    ),
    dict(
        slug="snapshot-lingxi-text-request-block-sterilisers-cn-date",
        site="灵犀搜索 text-only snapshot of 笤溪镇中心学校 (invented)",
        style="搜索快照",
        genre="请示",
        kind="notice",
        form="text",
        source="http://cache.lingxisou.com/t?u=http%3A%2F%2Fwww.tiaoxi-zx.cn%2Fxxgk%2F2025%2F0423%2F66.html",
        title="关于申请购置学校食堂菜墩消毒柜的请示",
        record_title="快照·纯文本｜关于申请购置学校食堂菜墩消毒柜的请示",
        date="2025-04-22",
        notes="text-only snapshot: capture lines on top (their crawl time no date); 成文日期 in Chinese numerals under the "
        "signature; the school's own 联系人/电话; 妥否，请批示",
        page="""
!m 灵犀搜索 · 纯文本快照
!m 快照抓取时间：2025-05-09 11:47（网页可能已经更新）
!m 原始地址：http://www.tiaoxi-zx.cn/xxgk/2025/0423/66.html
!m 笤溪镇中心学校 > 信息公开 > 请示报告
{T}
{BODY}
!m 笤溪镇中心学校　地址：塅溪县笤溪镇学府路1号
!m 查看原网页　｜　返回搜索结果
""",
        body="""
县教育体育局：
我校现有学生1260人，其中寄宿生830人，食堂每天供应三餐。目前食堂使用的菜墩消毒主要靠开水烫洗，消毒效果不稳定。今年春季学期，县疾控中心抽检我校食堂菜墩表面，大肠菌群检出超标一次。
为切实保障师生饮食安全，我校拟购置菜墩专用紫外线消毒柜2台，并更换分色塑料菜墩16块，预算共计1.86万元。目前学校公用经费难以承担，特申请县教体局予以专项资金支持。
妥否，请批示。
联系人：甘建平，电话：0793-5561182。
塅溪县笤溪镇中心学校
二〇二五年四月二十二日
""",
    ),
    dict(
        slug="print-chuchuan-notice-spool-warehouse-fire-footer",
        site="杵川县应急管理局 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://yjj.chuchuan.gov.cn/tzgg/2025/0606/print_318.html",
        title="关于开展纺织企业线轴仓储消防安全专项检查的通知",
        record_title="打印版 » 关于开展纺织企业线轴仓储消防安全专项检查的通知",
        date="2025-06-05",
        notes="print view calling window.print(): print/close buttons, source URL and print-time stamp (no date), a print "
        "footer ⁕ 第1页 ∕ 共1页 ⁕ closing the page; a sentence about 打印盖章 is content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>打印版 » 关于开展纺织企业线轴仓储消防安全专项检查的通知</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a ⎙ 打印本页 ｜ ✕ 关掉⟧</div>
<div class="print-head">⟦m 杵川县应急管理局　http://yjj.chuchuan.gov.cn⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-meta">⟦m 打印时间：2025-06-10 09:14　打印人：访客⟧</div>
<div class="print-foot">⟦p ⁕ 第1页 ∕ 共1页 ⁕⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各纺织企业：
纺织企业线轴仓库堆放的纱线、纸质和塑料线轴均属可燃物，一旦起火蔓延快、扑救难。为防范火灾事故，县应急管理局决定在全县开展纺织企业线轴仓储消防安全专项检查。现将有关事项通知如下：
一、检查时间：2025年6月9日至6月30日。
二、检查重点：线轴与纱线是否分区存放，堆垛高度、间距是否符合要求；仓库内有无私拉电线、违规为电动叉车充电；消防通道是否畅通，灭火器材是否完好。
三、工作要求：各企业要先行自查，填写自查表并打印盖章后报所在乡镇；县应急管理局将会同消防救援大队进行抽查，对发现的隐患督促限期整改。
杵川县应急管理局
2025年6月5日
""",
    ),
    dict(
        slug="print-gongcheng-police-bulletin-cheating-tables-footer",
        site="湓江市公安局觥城分局 print view (invented, text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://gcfj.penjiang.gov.cn/jwgk/2025/0509/print_77.html",
        title="关于查处棋牌室使用作弊麻将机案件情况的通报",
        record_title="打印稿预览：关于查处棋牌室使用作弊麻将机案件情况的通报",
        date="2025-05-08",
        notes="print view text: print header with URL and print time (no date), a case table (one row a paragraph), an "
        "印发 line, and a print footer ⫘ 1 ⁄ 1 ⫘ closing the page; 成文日期 under the signature",
        page="""
!a 〖打印〗　〖关闭〗
!m 湓江市公安局觥城分局 · 警务公开
!m http://gcfj.penjiang.gov.cn/jwgk/2025/0509/77.html
{T}
{BODY}
!m 打印于 2025/5/12 16:03
!p ⫘ 1 ⁄ 1 ⫘
""",
        body="""
各派出所，局属各单位：
今年以来，我局持续开展棋牌室治安秩序专项整治，共检查棋牌室、茶楼214家次，查处利用作弊麻将机诈骗赌客案件3起，现将有关情况通报如下：
案件　查处时间　涉案麻将机（台）　处理结果
鏊山“和顺棋牌室”遥控麻将机诈赌案　3月12日　4　刑事拘留3人
浜湾“乐友茶楼”透视麻将机案　4月3日　2　行政拘留2人
凼口镇某民房聚赌案　4月26日　6　刑事拘留5人
各单位要举一反三，加强对辖区棋牌室的日常检查，发现使用改装麻将机的，依法从严查处；同时通过社区、网格加强宣传，提醒群众远离赌博。
湓江市公安局觥城分局
2025年5月8日
湓江市公安局觥城分局办公室　2025年5月8日印发
""",
    ),
    dict(
        slug="mail-webmail-letter-copper-pot-test-reports-attachments",
        site="湓江市产品质量检验所 webmail (invented, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.pjzjs.cn/read?mid=ZL20250318-0094",
        title="关于商请提供铜火锅样品检测报告的函",
        record_title="转发：关于商请提供铜火锅样品检测报告的函【请阅】",
        date="2025-03-17",
        date_also=["2025-03-18"],
        notes="webmail reading view: forwarded header (发件人/收件人/抄送/时间), an attachment bar beside the letter's own 附件 "
        "list, the letter's own 抄送 line and 联系人/电话/邮箱; 成文日期 vs the mail's send date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转发：关于商请提供铜火锅样品检测报告的函【请阅】 - 湓江质检邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="mail-top">⟦m 湓江质检邮箱⟧ <span>⟦m jiance1@pjzjs.cn⟧</span> ⟦a 收信 写信 通讯录⟧</div>
<div class="toolbar">⟦a 回复 全部回复 转发 删除 标记为未读⟧</div>
<div class="mail-head"><h3>{T}</h3>
<p>⟦m 发件人：所办公室 &lt;bgs@pjzjs.cn&gt;⟧</p>
<p>⟦m 收件人：检测一室 &lt;jiance1@pjzjs.cn&gt;⟧</p>
<p>⟦m 抄　送：质量负责人 &lt;zlfzr@pjzjs.cn&gt;⟧</p>
<p>⟦m 时　间：2025年3月18日（星期二）上午9:26⟧</p></div>
<div class="att-bar">⟦a 附件（2个）：样品委托检验清单.xlsx（14K）　样品封样照片.zip（3.1M）　全部下载　在线预览⟧</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：斛山县市场监管局 &lt;spk@hushan-scjg.cn&gt;　日期：2025年3月17日 17:02⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 本邮件及附件仅供指定收件人使用，如误收请删除并告知发件人⟧</div>
</body></html>
""",
        body="""
湓江市产品质量检验所：
我局在2025年第一季度餐饮具专项抽查中，抽取斛山县梁记铜器工坊等3家企业生产的紫铜火锅样品6批次，委托贵所进行镀锡层铅含量和迁移量检测。因县政府拟于3月底前召开铜火锅产业推进会，需引用检测结果，特商请贵所于3月25日前提供检测报告。
附件：1.样品委托检验清单
2.样品封样照片
联系人：方若兰，电话：0793-6218417，邮箱：spk@hushan-scjg.cn
斛山县市场监督管理局
2025年3月17日
抄送：斛山县工业和信息化局
""",
    ),
    dict(
        slug="mail-fwd-youth-palace-letter-candyfloss-rental",
        site="forwarded mail (invented, plain text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:sales@tianyun-elec.com?fwd=20250513",
        title="关于暑期棉花糖制作体验课设备需求的函",
        record_title="Fwd: 关于暑期棉花糖制作体验课设备需求的函（附需求清单）",
        date="2025-05-12",
        date_also=["2025-05-13"],
        notes="forwarded mail as text: forward header lines and a mail-client footer; the letter's own 联系人/电话 and "
        "mailbox; 成文日期 vs the forward date",
        page="""
!m 主题：Fwd: 关于暑期棉花糖制作体验课设备需求的函（附需求清单）
!m 发件人：甜云电器销售部 <sales@tianyun-elec.com>
!m 收件人：商用产品组 <shangyong@tianyun-elec.com>
!m 日期：2025年5月13日 周二 10:18
!m -------- 原始邮件 --------
!m 发件人：觥城区青少年宫 <qsng_hd@gongcheng-youth.cn>
!m 日期：2025年5月12日 16:40
{BODY}
!m 发自我的甜云企业邮箱
!d 此邮件可能包含保密信息，未经许可请勿转发
""",
        body="""
湓江甜云电器有限公司：
觥城区青少年宫今年暑期拟开设“甜蜜实验室”棉花糖制作体验课，每期20名学员，共开设6期。经了解，贵公司生产的商用棉花糖机安全性能较好，现就设备需求函告如下：
一、拟租用商用棉花糖机4台，租期为7月7日至8月15日，须配备防护罩和漏电保护装置。
二、请贵公司派技术人员在开课前对我宫2名教师进行操作和安全培训。
三、请于5月30日前将报价及产品合格证明发送至我宫邮箱qsng_hd@gongcheng-youth.cn。
联系人：聂婉清，电话：0793-8237716。
觥城区青少年宫
2025年5月12日
""",
    ),
]
