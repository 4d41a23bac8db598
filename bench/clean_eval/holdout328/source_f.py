"""holdout328, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Every case below was written by hand for this part.
"""

CASES = [
    dict(
        slug="gkforum-anshang-essay-filter-paper-zero-waste-jammer",
        site="岸上公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.anshanggk.com/thread-40712-1-1.html",
        title="从一张咖啡滤纸看“无废城市”建设",
        record_title="【申论随手练·第12篇】从一张咖啡滤纸看“无废城市”建设（求研友挑刺）- 申论天地 - 岸上公考论坛",
        date=None,
        notes="exam forum: jammer fonts glued and as a line, a reply-to-see prompt, a QQ-group ad and a rating row; "
        "an essay, posted 6 天前 (no date)",
        page="""
<html><head><meta charset="utf-8"><title>【申论随手练·第12篇】从一张咖啡滤纸看“无废城市”建设（求研友挑刺）- 申论天地 - 岸上公考论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div id="hd">⟦m 岸上公考论坛 · 上岸路上不孤单⟧ ⟦a 登录 | 注册新研友⟧</div>
<div id="pt">⟦m 岸上公考论坛 › 申论天地 › 大作文练笔⟧</div>
<div class="qqad">⟦w 2025省考申论批改群：QQ群 871204459，进群领范文⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 楼主 一定要上岸的阿宕⟧<br>⟦m 主题 17 · 帖子 203⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 6 天前 | 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的批改意见，需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 研币 +6 参与 3 人 · 结构清楚，论据再具体些⟧</div>
<div class="po">⟦a 回复 · 收藏 · 分享 · 举报⟧</div>
</td></tr></table>
<div id="ft">⟦m 岸上公考论坛　豫ICP备20077341号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
一张咖啡滤纸，用完即弃，似乎微不足道。可是在咖啡消费快速增长的今天，全国每天被丢弃的滤纸和咖啡渣，已经是一个不容忽视的数字。
“无废城市”不是没有废弃物的城市，而是让废弃物尽可能减量、尽可能再利用的城市。沌阳县一家咖啡馆把用过的滤纸和咖啡渣送到果园堆肥，果园再把水果卖回咖啡馆做甜点，小小的循环，正是“无废”理念的生动注脚。
推进“无废城市”建设，既需要政府完善分类收运体系，让厨余垃圾有去处；也需要企业改进设计，用可降解、免漂白的材料替代一次性塑料；更需要每个市民从身边小事做起，把一张滤纸、一袋咖啡渣投进正确的垃圾桶。
积小胜为大胜。当千千万万张滤纸找到归宿，城市的天空会更蓝，土地会更肥沃。
""",
    ),
    dict(
        slug="gkforum-anshang-interview-reusable-clips-junk",
        site="岸上公考论坛 · 结构化面试 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.anshanggk.com/thread-41338-1-1.html",
        title="社区推广可重复使用封口夹替代一次性保鲜袋遇冷，你会怎么做？",
        record_title="〔结构化·每日一题〕社区推广可重复使用封口夹替代一次性保鲜袋遇冷，你会怎么做？（含我的思路）- 结构化面试 - 岸上公考论坛",
        date=None,
        notes="exam forum post as text: junk lines and junk glued after sentences; a numbered answer; posted 3 天前 "
        "(no date); reply-to-see and rating rows, a course ad",
        page="""
!m 岸上公考论坛 › 结构化面试 › 每日一题
!t 〔结构化·每日一题〕社区推广可重复使用封口夹替代一次性保鲜袋遇冷，你会怎么做？（含我的思路）
!m 楼主：面试冲冲冲　发表于 3 天前　查看 1206　回复 47
{BODY}
!a 回复本帖可查看考官点评
!l 评分：研币 +4（2人）
!w 面试一对一模拟，名师带练，报名咨询 139 8172 6604
!m 岸上公考论坛 · 手机版 · 小黑板
""",
        junk=dict(lines=2, glued=2),
        body="""
我的思路是先找原因，再对症下药，最后形成长效机制。
1.摸清原因。我会通过入户走访、居民群问卷等方式，了解居民不愿用的原因，比如觉得封口夹不如保鲜袋方便，担心夹不严，或者根本不知道有这项活动。
2.改进推广。针对“不方便”，在社区厨房课上现场演示袋口卷两折再夹的方法；针对“不知道”，请楼栋长把封口夹送到家门口，顺便讲解；还可以开展“一个月少用多少保鲜袋”的家庭打卡，给坚持的家庭发小奖品。
3.巩固成效。活动结束后统计保鲜袋使用量的变化，把做得好的家庭经验在社区公众号上分享，形成持续的减塑习惯。
以上是我的答案，请各位考官和研友指正。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-dumpling-mould-infobox",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiwu-baike.cn/item/饺子模",
        title="饺子模",
        record_title="饺子模_知物百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "sentences and an 'edit this section' link glued to a heading; the entry name opens the body (title label "
        "matched as head); last-edited 3 个月前 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>饺子模_知物百科</title></head>
<body>
<div class="top">⟦m 知物百科 · 万物皆有来处⟧ <input placeholder="搜索词条"> ⟦a 登录 · 创建词条⟧</div>
<div class="tabs">⟦a 词条 讨论 编辑 历史版本⟧</div>
<div class="title"><h1>{T}</h1><span>⟦m （面食成型器具）⟧</span></div>
<div class="info">⟦m 本词条由知物百科编辑团队审核 · 最近编辑于 3 个月前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名　饺子模⟧</td></tr>
<tr><td>⟦m 外文名　dumpling mould⟧</td></tr>
<tr><td>⟦m 类　别　面食成型工具⟧</td></tr>
<tr><td>⟦m 常见材质　塑料、不锈钢、木材⟧</td></tr>
</table>
<div class="toc">⟦l 目录 1 结构与材质 2 使用方法 3 清洗与保养⟧</div>
<div class="content">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 中式面点器具图说. 贲城：贲城轻工出版社⟧</p><p>⟦l [2] 家庭厨房小工具选购与使用⟧</p></div>
<div class="ft">⟦d 知物百科词条内容由网友协作编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
饺子模是一种辅助包制饺子的厨房工具，通常由两片带花边的半圆形模板用铰链连接而成。使用时将饺子皮放在模具上，放入馅料后合上挤压即可成型。⟦m [1]⟧
结构与材质⟦a [编辑本段]⟧
常见的饺子模有塑料、不锈钢、铝合金和木质等材质。塑料饺子模价格低、重量轻，但花边容易磨损；不锈钢饺子模耐用，便于清洗消毒；木质饺子模多为手工雕刻，花纹精细，常见于北方民间。
使用方法
先将饺子皮平铺在模具中央，馅料不宜超过凹槽的七分满，合模后用力按压两三秒，使边缘粘合。部分饺子模带有切边刀口，可将面片直接压切成型。⟦m [2]⟧
清洗与保养
用后应及时清除残留的面粉和馅料，用温水洗净后晾干。木质饺子模不宜长时间浸泡或高温消毒，以免开裂变形。
""",
    ),
    dict(
        slug="wiki-yizhi-entry-coffee-filter-paper-text",
        site="易知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.yizhibaike.com/wiki/咖啡滤纸",
        title="咖啡滤纸",
        record_title="咖啡滤纸 - 易知百科 · 生活类词条",
        date=None,
        notes="encyclopaedia entry as text: the entry name opens the body (title label matched as head); an infobox "
        "block, an edit count, a 'this entry needs sources' notice and a share row; no date",
        page="""
!m 易知百科 › 生活 › 厨房用品
{T}
!m 编辑次数：14次　最近更新：去年秋天
!m 中文名：咖啡滤纸｜用途：过滤咖啡粉｜常见形状：锥形、扇形、蛋糕杯形
!d 本词条缺少参考资料，欢迎补充可靠来源
{BODY}
!a 编辑词条　｜　收藏　｜　分享到微信
!l 相关词条：手冲壶　滤杯　法压壶
""",
        body="""
咖啡滤纸是手冲、滴滤咖啡时用于过滤咖啡粉的专用纸，多以木浆或竹浆为原料制成，具有一定的湿强度和透水性。
按形状分，常见的有锥形滤纸、扇形滤纸和蛋糕杯形滤纸，需与相应形状的滤杯配合使用。按颜色分，有经过漂白的白色滤纸和未经漂白的原色滤纸。
滤纸的纤维密度影响咖啡液的流速：密度大的滤纸流速较慢，萃取更充分；密度小的流速较快，口感更清爽。
使用前通常先用热水润湿滤纸，一方面使滤纸贴合滤杯，另一方面去除纸张本身的气味。用过的滤纸连同咖啡渣可作为厨余垃圾处理，也可用于堆肥。
""",
    ),
    dict(
        slug="netdisk-yuncang-rules-piping-room-pdf-marker-paragraphs",
        site="云仓盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.yuncangpan.com/s/1hQ7xv2Lm0",
        title="裱花间卫生与裱花袋清洗消毒规程",
        record_title="裱花间卫生与裱花袋清洗消毒规程.pdf",
        date=None,
        notes="cloud-drive share preview of a .pdf: VIP prompts, a sharer line with a share stamp (no date), page-marker "
        "paragraphs ⯞ 第n页 ⯞ cutting sentences; a work rule with numbered items and no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>裱花间卫生与裱花袋清洗消毒规程.pdf_免费高速下载|云仓盘-分享无限制</title></head>
<body>
<div class="hd">⟦m 云仓盘⟧ ⟦a 开通超级会员，下载不限速⟧ ⟦a 登录⟧</div>
<div class="share-info">
<p>⟦t 裱花间卫生与裱花袋清洗消毒规程.pdf⟧</p>
<p>⟦m 分享者：甜品师小宕　分享于 昨天 21:06　文件大小：318KB⟧</p>
<p>⟦m 链接长期有效，不设提取码⟧</p>
<div class="btns">⟦a 保存到我的云仓 · 普通下载⟧</div>
</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="limit">⟦a 预览仅显示前 3 页，超级会员可在线看全部⟧</div>
<div class="ft">⟦d 云仓盘倡导绿色分享，请勿分享违法违规内容，发现请举报⟧</div>
</body></html>
""",
        p_html='<p class="pdf-line">{}</p>',
        pages=dict(fmt="⯞ 第{n}页 ⯞", every=110, start=2),
        body="""
一、本规程适用于门店裱花间的日常卫生管理和可重复使用裱花袋的清洗消毒。
二、裱花间须专人专用，操作人员进入前应更换专用工作服、戴口罩和一次性手套，非裱花人员不得入内。
三、裱花间每天营业前开启紫外线灯消毒30分钟，操作台、转台每班用75%酒精擦拭两次。
四、一次性裱花袋只能使用一次，用后立即丢入带盖垃圾桶，不得清洗后重复使用。
五、硅胶和布质裱花袋用后应翻面，先用40℃左右温水冲去奶油，再用食品用洗洁精清洗，清水冲净后煮沸消毒10分钟，倒挂晾干后放入专用保洁柜。
六、清洗消毒情况由当班人员填写记录，店长每周检查一次。
""",
    ),
    dict(
        slug="netdisk-xiaomi-request-dehumidifiers-docx-own-line-markers",
        site="小觅网盘 (invented)",
        style="网盘分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://xiaomipan.cn/share/k3Fq2ZnW",
        title="关于为烘焙纸仓库增购除湿机的请示",
        record_title="关于为烘焙纸仓库增购除湿机的请示.docx",
        date="2025-06-18",
        notes="cloud-drive text preview of a .docx: page markers ✄ n ✄ on lines of their own cutting sentences; a share "
        "stamp (no date); a 请示 with 妥否，请批示 and its 成文日期 under the signature",
        page="""
!m 小觅网盘 · 文件预览
!t 关于为烘焙纸仓库增购除湿机的请示.docx
!m 来自：禾笺仓储部的分享　共享于 2 天前　11.2KB
!a 下载　｜　转存　｜　用小觅APP打开
{BODY}
!a 在线预览仅供查看，编辑请下载到本地
!d 小觅网盘不对用户分享的文件内容负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="✄ {n} ✄", every=90, start=2),
        body="""
公司领导：
入梅以来，空气湿度持续偏高，成品仓库相对湿度多次超过80%，近一周已有两家门店反映收到的烘焙纸卷受潮粘连、硅油涂层起泡。经排查，主要原因是仓库现有的2台除湿机功率不足，无法覆盖1200平方米的库区。
为保证烘焙纸产品质量，减少退货损失，仓储部拟增购工业除湿机4台，每台日除湿量150升，预计费用共计3.6万元，从部门年度设备维护费中列支。
同时，我部已将库内烘焙纸全部上架存放，托盘离地不低于15厘米，每天上午、下午各记录一次温湿度。
妥否，请批示。
贲城禾笺新材料有限公司仓储部
2025年6月18日
""",
    ),
    dict(
        slug="snapshot-souying-school-canteen-baking-paper-banner",
        site="搜萤 (invented search engine snapshot) / 宕桥中学",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.souying.com/c?u=www.dqzx.edu.cn/hqgl/2025/0304/61.html",
        title="关于食堂烤箱统一使用烘焙纸的通知",
        record_title="关于食堂烤箱统一使用烘焙纸的通知 ‖ 网页缓存 · 搜萤",
        date="2025-03-04",
        notes="snapshot frame: a capture banner with the snapshot time (no date) and highlighted keywords; the school's "
        "page inside with its own nav and 发布日期 equal to the notice's date; the canteen's contact beside the school "
        "office line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于食堂烤箱统一使用烘焙纸的通知 ‖ 网页缓存 · 搜萤</title></head>
<body>
<div class="sy-banner">⟦d 这是搜萤对 www.dqzx.edu.cn/hqgl/2025/0304/61.html 的缓存，是该网页在 6 天前被抓取时的样子⟧<br>⟦a 以下搜索词已被高亮：烘焙纸 食堂⟧ <a>⟦a 查看当前页面⟧</a></div>
<div class="page">
<div class="top">⟦m 贲城市宕桥中学　后勤管理⟧</div>
<div class="nav">⟦m 学校首页 | 校务公开 | 后勤管理 | 德育之窗⟧</div>
<h2>{T}</h2>
<div class="sx">⟦m 发布日期：2025-03-04　发布人：总务处⟧</div>
{BODY}
<div class="ft">⟦m 校办电话：0836-2412001　贲城市宕桥中学 版权所有⟧</div>
</div>
</body></html>
""",
        body="""
学校食堂、教师烘焙社团：
近期检查中发现，食堂烤箱烤盘存在用锡纸、报纸垫底的情况，锡纸遇酸性食材易析出，报纸油墨更不得接触食品。为保障师生饮食安全，现通知如下：
一、自3月10日起，食堂和烘焙社团使用烤箱烤制面点、点心时，烤盘一律垫食品级烘焙纸。
二、烘焙纸由总务处统一采购，各使用部门按周领用，严禁自行购买来源不明的产品。
三、烘焙纸按烤盘尺寸裁剪，不得超出烤盘边缘，以免接触发热管引发火情。
联系人：食堂管理员 扈建军，电话：0836-2412036。
宕桥中学总务处
2025年3月4日
""",
    ),
    dict(
        slug="snapshot-souying-text-cache-woodcarved-dumpling-moulds-heritage",
        site="搜萤 文字版缓存 (invented) / 妫岭融媒",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="https://cache.souying.com/t?u=www.glrm.cn/wh/2025/0215/5520.html",
        title="木刻饺子模制作技艺入选县级非物质文化遗产代表性项目名录",
        record_title="木刻饺子模制作技艺入选县级非物质文化遗产代表性项目名录（文字版缓存页）",
        record_date="2025-02-15",
        date="2025-02-15",
        notes="text-only cache: the engine's capture line (no date), the original page's nav and byline; the record's date "
        "equals the byline's",
        page="""
!d 搜萤文字版缓存：原网页可能已更新，本页只保留文字内容，抓取于上周三
!a 查看原网页　｜　图片版快照
!m 妫岭融媒 › 文化
{T}
!m 2025-02-15 10:20　来源：妫岭融媒　记者 绸晓月
{BODY}
!l 相关新闻：妫岭剪纸进校园活动启动　县文化馆春节展览开幕
!m 妫岭融媒 www.glrm.cn
""",
        indent="\u3000\u3000",
        body="""
日前，妫岭县人民政府公布第六批县级非物质文化遗产代表性项目名录，宕桥镇的“木刻饺子模制作技艺”名列其中。
木刻饺子模多用梨木、枣木制作，匠人先将木料刨平、晾干，再用刻刀在模板上刻出麦穗、元宝、莲花等花纹，一只饺子模要经过二十多道工序。宕桥镇的木刻饺子模已有一百多年历史，过去家家户户过年都用它包饺子。
这项技艺的第四代传承人、七十二岁的邢老汉告诉记者，他十五岁跟父亲学刻模子，如今每年还能做三百多只，买主多是城里人和外地游客。
县文化馆负责人表示，将支持传承人开设传习点，让更多年轻人学会这门手艺。
""",
    ),
    dict(
        slug="print-michuan-bulletin-cafe-filters-window-print-footer",
        site="谧川县市场监督管理局 打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.michuan.gov.cn/print.jsp?id=20250611-44",
        title="关于全县咖啡门店一次性滤纸使用检查情况的通报",
        record_title="【仅供打印】关于全县咖啡门店一次性滤纸使用检查情况的通报",
        date="2025-06-10",
        notes="print view calling window.print(): a print/close button row, a print footer 第1页 ⫝ 共1页 closing the page; "
        "文号 neutral; 抄送 and 印发 lines and a table in the body",
        page="""
<html><head><meta charset="utf-8"><title>【仅供打印】关于全县咖啡门店一次性滤纸使用检查情况的通报</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a [立即打印] [返回原页面]⟧</div>
<div class="printhead">⟦m 谧川县市场监督管理局 · 信息公开⟧</div>
<h2>{T}</h2>
<p align="center">谧市监〔2025〕31号</p>
{BODY}
<div class="printfoot">⟦m 打印时间：刚刚⟧　⟦m 本页地址：http://scjgj.michuan.gov.cn/art/2025/6/11/art_44.html⟧</div>
<div class="pageno">⟦p 第1页 ⫝ 共1页⟧</div>
</body></html>
""",
        body="""
各市场监管所：
5月下旬，我局组织对全县42家咖啡门店食品接触材料使用情况进行了检查，重点检查一次性咖啡滤纸的进货查验、储存和使用。现将情况通报如下。
检查情况　门店数
进货查验记录完整　35
滤纸与清洁剂混放　5
使用无标识散装滤纸　2
对存在问题的7家门店，已责令当场整改，其中2家使用无标识散装滤纸的门店已立案调查。
各所要加强日常巡查，督促咖啡门店落实进货查验和索证索票制度，7月底前完成辖区门店全覆盖检查。
谧川县市场监督管理局
2025年6月10日
抄送：县卫生健康局。
谧川县市场监督管理局办公室　　2025年6月10日印发
""",
    ),
    dict(
        slug="print-lvxi-notice-piping-bags-single-use-print-footer",
        site="闾溪县卫生健康综合监督执法局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wsjd.lvxi.gov.cn/print/2025/0422/88.html",
        title="关于规范蛋糕店裱花间一次性裱花袋使用的通知",
        record_title="关于规范蛋糕店裱花间一次性裱花袋使用的通知（排版供打印）",
        date="2025-04-22",
        notes="print view as text: a print-button line on top, the page address and a print footer ⩂ 1 / 1 ⩂ at the "
        "bottom; numbered requirements; 成文日期 under the signature",
        page="""
!a 〔打印本页〕　〔关闭预览〕
!m 闾溪县卫生健康综合监督执法局
{T}
{BODY}
!m 原文网址：http://wsjd.lvxi.gov.cn/tzgg/2025/0422/88.html
!p ⩂ 1 / 1 ⩂
""",
        indent="\u3000\u3000",
        body="""
各蛋糕店、烘焙门店：
近期监督检查发现，部分门店存在一次性裱花袋清洗后重复使用、裱花袋与抹布混放等问题，存在食品安全隐患。现就有关要求通知如下：
1.一次性裱花袋限一次使用，用后立即废弃，严禁清洗后重复使用。
2.未使用的裱花袋应存放在裱花间专用的密闭容器内，不得与清洁用品、抹布混放。
3.可重复使用的裱花袋应每班清洗消毒，并做好记录。
4.裱花操作人员应持有效健康证明，操作时戴口罩和一次性手套。
我局将于5月起开展专项检查，对违反上述要求的门店依法处理。
闾溪县卫生健康综合监督执法局
2025年4月22日
""",
    ),
    dict(
        slug="mail-webmail-fwd-quote-letter-steel-clips-attachment-bar",
        site="宕桥中学邮件系统 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.dqzx.edu.cn/read?mid=1743651122_73",
        title="关于不锈钢封口夹报价的函",
        record_title="[外来邮件] Fwd: 关于不锈钢封口夹报价的函",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="webmail reading view: mail headers (发件人/收件人/抄送/时间), a forwarded-message header, an attachment bar "
        "beside the letter's own 附件 line; the supplier's contact under the headers; the mail's send date differs "
        "from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[外来邮件] Fwd: 关于不锈钢封口夹报价的函 - 宕桥中学邮件系统</title></head>
<body>
<div class="mailtop">⟦m 宕桥中学邮件系统⟧ ⟦m 总务处 zwc@dqzx.edu.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="folders">⟦m 收件箱(12) 草稿箱 已发送 已删除 垃圾邮件⟧</div>
<div class="toolbar">⟦a 回复 全部回复 转发 删除 标为未读 更多操作⟧</div>
<div class="mailhead">
<h3>⟦t [外来邮件] Fwd: 关于不锈钢封口夹报价的函⟧</h3>
<p>⟦m 发件人：扈建军 &lt;hujj@dqzx.edu.cn&gt;⟧</p>
<p>⟦m 收件人：总务处 &lt;zwc@dqzx.edu.cn&gt;⟧</p>
<p>⟦m 抄　送：食堂管理组⟧</p>
<p>⟦m 时　间：2025年4月3日（星期四）上午9:41⟧</p>
</div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 发件人：绸禾家居大客户部 &lt;dkh@chouhe-home.com&gt;⟧<br>⟦m 主题：关于不锈钢封口夹报价的函⟧</div>
<div class="mailbody">
<h4>{T}</h4>
{BODY}
</div>
<div class="attach">⟦a 附件（1 个）：报价单-宕桥中学.xlsx（18.6K）　预览　下载　存网盘⟧</div>
<div class="mailfoot">⟦d 本邮件来自外部发件人，请谨慎点击其中的链接⟧</div>
</body></html>
""",
        body="""
宕桥中学总务处：
贵校3月28日关于食堂封口夹询价的来函收悉。根据贵校提出的规格和数量，现将报价函告如下：
一、产品：绸禾耐低温不锈钢弹簧封口夹，宽10厘米，单价6.8元，数量200个，合计1360元。
二、交货：合同签订后5个工作日内送货到校，免收运费。
三、质保：自交货之日起一年内，夹子出现断裂、锈蚀的，免费更换。
本报价有效期30天。如无异议，请在附件报价单上签字盖章后扫描回传。
联系人：胭佳琪，电话：0836-2157730。
附件：报价单
谧川县绸禾家居用品有限公司
2025年4月2日
""",
    ),
    dict(
        slug="mail-text-forward-letter-dumpling-mould-samples-cn-date",
        site="妫岭县文化馆 邮件转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:archive/glwhg/2024-12-02-fwd.eml",
        title="关于借用木刻饺子模参加民俗展览的函",
        record_title="转发：【样品事宜】关于借用木刻饺子模参加民俗展览的函",
        date="2024-11-28",
        date_also=["2024-12-02"],
        notes="a forwarded mail as text: forwarded headers with the send date (differing from the letter's date); the "
        "letter's 成文日期 in Chinese numerals; the letter's own contact and 抄送 line; a mail client's footer",
        page="""
!m 发件人：妫岭县文化馆办公室 <bgs@glwhg.cn>
!m 发送时间：2024年12月2日 星期一 15:06
!m 收件人：宕桥镇文化站
!t 主　题：转发：【样品事宜】关于借用木刻饺子模参加民俗展览的函
!m ------------------ 原始邮件 ------------------
{BODY}
!d 此邮件由邮件客户端自动转发，如有疑问请直接回复发件人
!a 本邮件含 0 个附件
""",
        body="""
宕桥镇文化站：
我馆定于2025年1月10日至2月20日举办“年味·妫岭民俗器物展”。贵镇木刻饺子模制作技艺历史悠久、特色鲜明，拟借用木刻饺子模12只（含半成品2只）、刻刀一套参加展览。
借用期间，我馆负责展品的运输、保管和保险，展览结束后7日内完好归还。展览期间拟邀请传承人到馆现场演示刻模技艺两次，具体时间另行商定。
请于12月15日前函复为盼。
联系人：胭若兰，电话：0871-3342217。
妫岭县文化馆
二〇二四年十一月二十八日
抄送：妫岭县文化和旅游局
""",
    ),
]
