"""holdout354, part F: exam forums, encyclopaedia/Q&A pages, cloud drives, search caches, print views, mails.

Invented text (places, people, firms, sites, URLs, phones and chrome wording); see ../README.md
and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-fork-night-market-jammer",
        site="上岸驿站公考论坛 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-602193-1-1.html",
        title="从“一把烤叉”看夜市烧烤摊的安全治理",
        record_title="【申论每日一练】从“一把烤叉”看夜市烧烤摊的安全治理（第18篇，求点评）- 申论交流 - 上岸驿站",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad and jammer-font junk in a 申论 essay; post "
        "time relative (4 天前), so no date",
        page="""
<html>
<head><meta charset="utf-8">
<title>【申论每日一练】从“一把烤叉”看夜市烧烤摊的安全治理（第18篇，求点评）- 申论交流 - 上岸驿站</title>
<style>.jammer{display:inline;font-size:0px;color:#FDFDFD}</style>
</head>
<body>
<div id="hd">⟦m 上岸驿站⟧ <span>⟦m 陪你走完备考的每一站⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册上岸号⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 申论专区 › 申论交流⟧</div>
<div class="qq-ad">⟦w 2026省考申论批改群 QQ 71520836，进群先领范文⟧</div>
<table><tr>
<td class="pls"><p>⟦m 晨读小站长⟧</p><p>⟦m 备考天数 212⟧</p></td>
<td class="plc"><h1>⟦t 【申论每日一练】从“一把烤叉”看夜市烧烤摊的安全治理（第18篇，求点评）⟧</h1>
<div class="authi">⟦m 发表于 4 天前 ｜ 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖另附老师批改稿，回复本帖后刷新可见⟧</div>
<div class="rate">⟦l 评分人数 9　上岸币 +27　写得有条理⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 今年必上岸：第三段对策可以再展开一点⟧</div>
<div id="ft">⟦m 上岸驿站 ( 鄂ICP备22013355号 )⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
夜市烧烤摊是城市烟火气的象征，但一把小小的烤叉，却折射出烧烤摊安全治理的短板。
近年来，一些地方夜市烧烤摊使用的烤叉没有护套、随意摆放，顾客和路过的儿童被扎伤的事件时有发生。问题的根源在于，流动摊贩多、监管力量少，安全责任在摊主、夜市管理方和监管部门之间存在空白。
治理烧烤摊安全，要在“细”字上下功夫。一要明确夜市管理方的主体责任，把烤叉等器具的摆放和回收纳入摊位管理规定；二要发挥行业组织作用，为摊主统一配发带护套的烤叉；三要畅通群众监督渠道，让隐患早发现、早整改。
城市的烟火气，离不开安全的底气。管好一把烤叉，守护的是千家万户的安心。
""",
    ),
    dict(
        slug="examforum-kaogong-interview-scoop-junk-text",
        site="考公研习社论坛 (invented, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kgyxs.net/forum/mianshi/t-33018.html",
        title="结构化面试：社区冷饮摊冰淇淋勺不卫生被曝光，你如何处理",
        record_title="【面试答题分享】结构化面试：社区冷饮摊冰淇淋勺不卫生被曝光，你如何处理（含考官点评）",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。 in an interview answer; post time relative "
        "(前天), so no date",
        page="""
!m 考公研习社 › 面试交流 › 结构化真题
!t 【面试答题分享】结构化面试：社区冷饮摊冰淇淋勺不卫生被曝光，你如何处理（含考官点评）
!m 楼主：冲鸭研究生　前天 23:10　浏览 2047
{BODY}
!l 1楼 面试官老吴：思路完整，回应关切那一步可以加上跟进回访
!l 2楼 小岛上岸了：收藏了，明天模拟用
!a 回复可见完整点评（剩余 1 条）
!m 考公研习社 · 研习群 81046629
""",
        junk=dict(lines=2, glued=2),
        body="""
这道题属于应急应变类，我的作答思路如下。
首先，第一时间核实情况。我会到冷饮摊实地查看，了解冰淇淋勺的清洗和存放情况，同时联系发帖的居民，了解具体经过。
其次，分类处理。如果情况属实，我会联系市场监管所依法处理，督促摊主立即更换、消毒勺具；如果有居民食用后身体不适，及时协助就医。
再次，回应关切。通过社区公众号和楼栋群发布处理进展，说明整改情况，避免谣言扩散。
最后，建立长效机制。联合市场监管所对辖区冷饮摊开展一次卫生培训，把勺具卫生纳入网格员日常巡查内容。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-rolling-mat-infobox",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.wiki/item/擀面垫",
        title="擀面垫",
        record_title="擀面垫（厨房用具）_知物百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued inside "
        "sentences; the entry's name opens the body (matched as head); edit stamp relative; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>擀面垫（厨房用具）_知物百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="zw-head">⟦m 知物百科⟧ <span>⟦m 万物皆有来历⟧</span> <form><input placeholder="搜词条"><button>⟦a 进入词条⟧</button></form></div>
<div class="zw-tabs">⟦a 阅读⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1 class="zw-title">{T}</h1>
<p class="zw-sub">⟦m 厨房用具　｜　本词条由“厨具”专题认证⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：擀面垫⟧</td></tr>
<tr><td>⟦m 别名：揉面垫、硅胶案板垫⟧</td></tr>
<tr><td>⟦m 主要材质：食品级硅胶⟧</td></tr>
<tr><td>⟦m 用途：揉面、擀皮⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 外观与规格　2 使用方法　3 清洁与保存　4 参考资料⟧</div>
<div class="zw-text">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《家用厨具选购与使用》，家居出版社⟧</p><p>⟦l [2] 知物百科厨具专题组，擀面垫使用提示⟧</p></div>
<p class="zw-edit">⟦m 词条最近更新于 3 个月前，浏览 16733 次⟧</p>
<div class="zw-foot">⟦d 知物百科词条内容由网友共同编辑，如有疑问请点讨论页反馈⟧</div>
</body>
</html>
""",
        body="""
擀面垫是揉面、擀制面皮时铺在案板上的垫子，多用食品级硅胶制成，也有硅胶与玻璃纤维复合的产品⟦l [1]⟧。
外观与规格。常见尺寸为50×40厘米和60×40厘米，垫面印有刻度和圆形尺寸线，便于擀出大小一致的面皮。
使用方法。使用前擦净案板，将擀面垫平铺，必要时撒少量干粉。擀面垫不宜直接用刀切割，避免划伤垫面⟦l [2]⟧。
清洁与保存。用温水和中性洗涤剂清洗，擦干后卷起或平放保存，不宜折叠，避免与尖锐物品混放。垫面出现划痕、变色或明显异味时，应及时更换。
""",
    ),
    dict(
        slug="wiki-zaotou-qa-steamer-cloth-boil-text",
        site="灶头百科·问答 (invented, text)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zaotou-baike.com/wenda/55120.html",
        title="新蒸布第一次用之前要先煮一下吗？",
        record_title="新蒸布第一次用之前要先煮一下吗？_灶头百科问答频道",
        date=None,
        notes="encyclopaedia Q&A as text: a question as the title, an expert answer as the body; 更新于 stamp and "
        "relative time are no date",
        page="""
!m 灶头百科 ｜ 问答频道
!m 灶头百科 > 问答 > 厨房用品
!t 新蒸布第一次用之前要先煮一下吗？_灶头百科问答频道
!m 答主：面点师傅老庄（认证）　｜　更新于 6 天前
{BODY}
!a 这个回答有用吗？　有用 355　没用 4
!l 相关词条：蒸布 · 笼屉 · 硅胶蒸垫
!l 大家还问：蒸布发霉了怎么洗白？
!d 灶头百科问答内容仅供生活参考。
""",
        body="""
要煮，而且建议煮两次。
新买的纯棉蒸布在纺织过程中可能残留浆料和灰尘，直接用来蒸馒头，布上的浆料遇热会粘住面皮，蒸出来的馒头底部发黏，还可能有异味。
第一次使用前，可以先用清水搓洗一遍，再放进锅里加水煮沸10到15分钟，捞出后用清水冲净、晾干。煮的时候加一小勺食用碱或小苏打，去浆效果更好。
如果是硅胶蒸布，则不需要煮，用温水加洗洁精洗净即可。
平时使用后，蒸布也要及时洗净晾干，不要湿着叠放，否则容易发霉。
""",
    ),
    dict(
        slug="drive-yuncang-sop-steamer-cloth-wps",
        site="云仓网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yuncang.cc/s/1qZ8mRk2",
        title="中央厨房蒸布集中洗消作业指导书",
        record_title="中央厨房蒸布集中洗消作业指导书（ZY-SOP-12）.wps",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, share stamp; file-name record title "
        "with a document code; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>中央厨房蒸布集中洗消作业指导书（ZY-SOP-12）.wps - 云仓网盘</title>
<script src="/js/preview-wps.js"></script>
</head>
<body>
<div class="yc-top">⟦m 云仓网盘⟧ <a>⟦a 登录云仓⟧</a> <a>⟦a 下载云仓客户端⟧</a></div>
<div class="yc-file">
<p class="fname">⟦t 中央厨房蒸布集中洗消作业指导书（ZY-SOP-12）.wps⟧</p>
<p class="finfo">⟦m 分享者：中厨品控小林　｜　分享于 2 周前　｜　46.5KB　｜　有效期：永久⟧</p>
<p class="fbtn">⟦a 转存到我的云仓⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p>
</div>
<div class="yc-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="yc-vip">⟦a 预览仅支持前2页，开通超级会员看全部⟧</div>
<div class="yc-foot">⟦d 云仓网盘严禁分享违法内容，发现请举报⟧ ⟦m © 2025 yuncang.cc⟧</div>
</body>
</html>
""",
        body="""
1 目的：规范蒸布集中洗消作业，确保蒸布清洁、无霉变。
2 适用范围：中央厨房面点车间所用的全部蒸布。
3 作业步骤
3.1 回收：各班组收工后将用过的蒸布放入红色回收筐，送至洗消间。
3.2 预洗：抖落面渣，用40℃左右的温水浸泡15分钟后搓洗。
3.3 煮沸：放入蒸煮锅，水沸后保持20分钟。
3.4 晾干：挂在洗消间不锈钢晾架上，开启排风，晾干后叠放进绿色洁净筐。
4 注意事项：蒸布有破洞、霉斑的，单独放入黄色报废袋，由班组长登记后报废。
""",
    ),
    dict(
        slug="drive-nas-points-basket-weaving-pdf-markers",
        site="竹韵家庭云 (invented NAS share page, text)",
        style="网盘分享",
        genre="技术要点",
        kind="other",
        form="text",
        source="http://zhuyun.myds.me:5000/sharing/Tq81xLw",
        title="竹编淘米篮编织技术要点",
        record_title="竹编淘米篮编织技术要点（培训讲义2025版）.pdf",
        date=None,
        notes="NAS share page as text: file-name record title with a version tag; page markers '⍹ n ⍹' glued with "
        "a space to the start of the continuation line; no date (the share stamp is no date)",
        page="""
!m 竹韵家庭云 · 文件分享
!t 竹编淘米篮编织技术要点（培训讲义2025版）.pdf
!m 共享人：yashan_zhubian　共享时间：1 个月前　文件大小：1.8MB
!a 下载　｜　保存到我的共享空间
{T}
{BODY}
!a 文档预览生成于服务器，图片可能无法显示
!d 本链接由用户自行共享，与设备厂商无关。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⍹ {n} ⍹", every=120, start=2, glue=True, sep=" "),
        body="""
一、选竹。选用三至四年生的毛竹或水竹，竹节长、竹壁厚薄均匀，砍伐时间以秋冬季为宜，此时竹子含糖量低，编成的淘米篮不易生虫发霉。
二、破篾和刮篾。将竹子剖成宽约0.5厘米的篾片，用篾刀刮去内侧竹黄，篾片厚度控制在0.8毫米左右，边缘刮光，避免淘米时扎手、挂米。
三、编底。以十字交叉起底，采用“挑一压一”编法，篮底缝隙保持在1毫米左右，既能沥水又不漏米。
四、编身和收口。篮身用“挑二压二”编法向上编织，高度约12厘米。收口时用宽篾包边，再用细篾缠紧三道，防止松散。
五、成品处理。编好的淘米篮用沸水烫煮5分钟，晾干后即可使用，不刷漆、不上色。
""",
    ),
    dict(
        slug="cache-soutu-notice-school-shop-scoop",
        site="搜途网页快照 (invented search cache) / 弘溢县第一中学",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.soutu.com/c?u=http%3A%2F%2Fwww.hyyz.net%2Fzwc%2F20250904.html",
        title="关于规范校园超市冷饮销售和冰淇淋勺使用的通知",
        record_title="关于规范校园超市冷饮销售和冰淇淋勺使用的通知_弘溢县第一中学 - 搜途网页快照",
        date="2025-09-04",
        notes="search-cache frame: capture banner with highlighted terms around a school page; the notice's own "
        "联系人 and phone; 成文日期 under the office's name",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>关于规范校园超市冷饮销售和冰淇淋勺使用的通知_弘溢县第一中学 - 搜途网页快照</title>
</head>
<body>
<div class="st-cache" style="border:1px solid #ccc;background:#f7f7f7;padding:8px">
<p>⟦m 这是搜途对 http://www.hyyz.net/zwc/20250904.html 的页面留档，抓取于 9 月 7 日⟧</p>
<p>⟦m 原网页可能已经变化，⟧<a>⟦a 去看原网页⟧</a></p>
<p>⟦m 已标出这些搜索词：<b style="background:#ff6">冰淇淋勺</b> <b style="background:#9ff">校园超市</b>⟧</p>
</div>
<div class="school">
<div class="sc-top">⟦m 弘溢县第一中学⟧ <span>⟦m 明德　砺志　求是⟧</span></div>
<div class="sc-nav">⟦m 学校首页　学校概况　德育天地　教学科研　总务后勤⟧</div>
<div class="sc-art">
<h3>{T}</h3>
<p>⟦m 所属栏目：总务后勤　　浏览：522⟧</p>
{BODY}
</div>
<div class="sc-foot">⟦m 弘溢县第一中学　地址：弘溢县学府路1号⟧</div>
</div>
</body>
</html>
""",
        body="""
校园超市经营方：
近期有学生反映，校园超市销售的盒装冰淇淋配送的勺子散装堆放在收银台旁，没有包装。为保障学生饮食卫生，现就有关事项通知如下：
一、冰淇淋配送的小勺须为独立包装，散装勺具一律停止使用。
二、现场分装冰淇淋的，冰淇淋勺须放置在带盖的消毒盒内，每天营业结束后清洗消毒。
三、每天晚自习后停止销售冷饮，避免学生夜间大量食用冷饮。
学校总务处将每周检查一次，检查结果纳入超市经营考核。联系人：总务处付晓勤，电话0736-7456019。
弘溢县第一中学总务处
2025年9月4日
""",
    ),
    dict(
        slug="cache-xunyuan-letter-fork-testing-cn-date-text",
        site="寻源搜索文字快照 (invented text-only cache) / 弘溢县市场监督管理局",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kuaizhao.xunyuan.cn/text?id=6b1f0e2a77",
        title="关于商请协助开展烤叉产品抽样检测的函",
        record_title="关于商请协助开展烤叉产品抽样检测的函 - 弘溢县市场监督管理局（寻源文字快照）",
        date="2025-06-23",
        notes="text-only cache: capture banner lines; a letter with its own 联系人 and phone and a date in Chinese "
        "numerals under the signature",
        page="""
!m 【寻源文字快照】仅保留网页中的文字，图片和样式已去除
!m 留档网址：http://scjg.hongyi.gov.cn/gzdt/202506/t20250624_1209.html
!m 留档时间：约 2 个月前
!t 关于商请协助开展烤叉产品抽样检测的函 - 弘溢县市场监督管理局
{BODY}
!m 弘溢县市场监督管理局版权所有　地址：弘溢县建设路66号
!a 【寻源】查看该网站的其他快照
""",
        indent="\u3000\u3000",
        body="""
彰衍市产品质量检验所：
为做好夏季烧烤用品质量安全监管，我局拟于7月对辖区商超和五金店销售的烤叉产品开展一次抽样检测，检测项目为铬、镍等重金属迁移量和叉柄焊接牢固度。因我县缺乏相应检测设备，特商请贵所给予协助。
拟抽样产品约30批次，检测费用由我局按贵所收费标准支付。
妥否，请函复。
联系人：弘溢县市场监督管理局产品质量股　韦振涛
电话：0736-7318826
弘溢县市场监督管理局
二〇二五年六月二十三日
""",
    ),
    dict(
        slug="print-huipai-bulletin-rolling-mat-footer",
        site="慧湃区市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.huipai.gov.cn/print.jsp?id=2025082907",
        title="关于烘焙门店擀面垫等食品接触用具专项检查情况的通报",
        record_title="〘打印专页〙关于烘焙门店擀面垫等食品接触用具专项检查情况的通报 ‐ 慧湃区市场监管局",
        date="2025-08-29",
        notes="print view calling window.print(): print/close buttons, the page URL, a 文号 line (neutral) and a "
        "print footer with ⛦ at the end; 成文日期 under the bureau's name",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>〘打印专页〙关于烘焙门店擀面垫等食品接触用具专项检查情况的通报 ‐ 慧湃区市场监管局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关掉窗口〕⟧</div>
<p class="src">⟦m 慧湃区市场监督管理局 — 打印版本⟧</p>
<h2>{T}</h2>
<p>慧市监通〔2025〕16号</p>
{BODY}
<p class="url">⟦m 原文地址：http://scjg.huipai.gov.cn/xxgk/tzgg/2025082907.html⟧</p>
<p class="pf">⟦p ⛦ 第1页 ⛦ 共1页 ⛦⟧</p>
</body>
</html>
""",
        body="""
各市场监管所：
8月中旬，区局对辖区56家烘焙门店使用的擀面垫、烘焙纸等食品接触用具开展了专项检查，现将检查情况通报如下。
检查发现，有9家门店使用的硅胶擀面垫无任何标识，无法提供合格证明；有6家门店的擀面垫划痕严重、边缘破损，仍在使用；有3家门店将擀面垫与抹布、清洁剂混放。
对上述问题，区局已责令相关门店立即整改，对无法提供合格证明的擀面垫予以下架封存。各市场监管所要在9月底前开展一次复查，确保整改到位。
慧湃区市场监督管理局
2025年8月29日
""",
    ),
    dict(
        slug="print-zhaodian-kindergarten-rules-basket-text",
        site="兆淀县第二幼儿园 (invented, print view as text)",
        style="打印页",
        genre="规定/制度",
        kind="other",
        form="text",
        source="http://www.zdey.net/houqin/zhidu/print.asp?id=31",
        title="幼儿园厨房淘米篮清洗晾晒规定",
        date=None,
        notes="print view as text: title from the record; 第N条 articles; a print-time stamp (no date) and a print "
        "footer with ⏼",
        page="""
!m 兆淀县第二幼儿园 · 后勤制度 · 打印
!m 打印时间：刚刚
{T}
{BODY}
!m 本页链接：http://www.zdey.net/houqin/zhidu/31.html
!p ⏼ 第 1 页，共 1 页 ⏼
""",
        body="""
第一条　为保证幼儿米饭卫生安全，规范厨房淘米篮的使用、清洗和晾晒，制定本规定。
第二条　厨房淘米篮分为生米淘洗专用和杂粮淘洗专用两类，用红、蓝两色标签区分，不得混用。
第三条　淘米篮每次使用后，应用流水冲洗干净，篮底缝隙中的碎米用软毛刷清除。
第四条　清洗后的淘米篮应倒扣在专用晾架上自然晾干，不得放在地面或水池内。
第五条　竹制淘米篮每周用沸水烫煮一次；塑料淘米篮出现裂纹、变形的，立即更换。
第六条　本规定由幼儿园后勤组负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="mail-zhuochu-letter-scoop-order-attachment-bar",
        site="彰衍企业邮 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zyqiye.com/read?mid=20250610-4471",
        title="关于冰淇淋勺订货数量和交货时间的确认函",
        record_title="转发（请采购部留存）：关于冰淇淋勺订货数量和交货时间的确认函",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="webmail reading view: forwarded header with the mail's own 抄送, an attachment bar beside the "
        "letter's 附件 line, the supplier's 联系人/电话/邮箱 and the letter's own 抄送; the send date differs",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>转发（请采购部留存）：关于冰淇淋勺订货数量和交货时间的确认函 - 彰衍企业邮</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="wm-top">⟦m 彰衍企业邮⟧ <span>⟦m caigou@tiandao-food.com⟧</span> <a>⟦a 注销⟧</a></div>
<div class="wm-left">⟦m 收件箱(14)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-read">
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为…⟧</div>
<h2>⟦t 转发（请采购部留存）：关于冰淇淋勺订货数量和交货时间的确认函⟧</h2>
<p>⟦m 发件人：甜岛餐饮-行政部 韩思齐 &lt;hansq@tiandao-food.com&gt;⟧</p>
<p>⟦m 收件人：采购部 &lt;caigou@tiandao-food.com&gt;⟧</p>
<p>⟦m 抄　送：财务部 &lt;caiwu@tiandao-food.com&gt;⟧</p>
<p>⟦m 时　间：2025年6月10日（周二）上午 9:26⟧</p>
<p>⟦m 韩思齐：供应商的确认函，请采购部核对后留存。⟧</p>
<p>⟦m ---------- 以下为转发内容 ----------⟧</p>
<h3>{T}</h3>
{BODY}
<div class="wm-att">⟦a 📎 附件 1 个：订货明细表.xlsx（12.6K）　下载　预览⟧</div>
</div>
<div class="wm-foot">⟦m 彰衍企业邮 · 安全邮箱服务⟧ ⟦d 本邮件可能包含保密信息，如误收请删除⟧</div>
</body>
</html>
""",
        body="""
彰衍甜岛餐饮管理有限公司：
贵公司6月5日发来的订货单已收悉。经核对，现将订货事项确认如下：
一、不锈钢推杆冰淇淋勺（4号，直径5厘米）300把，单价26元。
二、勺具清洗刷100把，单价4元。
三、合计金额8200元，我公司将于6月20日前送货至贵公司中心仓库。
如有异议，请于收到本函后3日内告知。
联系人：彰衍卓厨商贸有限公司销售部　包一凡　电话：0736-8276604　邮箱：baoyf@zyzhuochu.com
附件：订货明细表
彰衍卓厨商贸有限公司
2025年6月9日
抄送：本公司财务部
""",
    ),
    dict(
        slug="mail-text-camp-fork-recall-notice-docx",
        site="forwarded mail as text (invented) / 弘溢山野文旅集团",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:yingdi-all@hyshanye.com?fwd=20250719",
        title="关于露营基地烤叉统一回收更换的通知",
        record_title="FYI｜关于露营基地烤叉统一回收更换的通知.docx",
        date="2025-07-18",
        date_also=["2025-07-19"],
        notes="a forwarded mail as text: header lines, a forwarding note and an attachment line; file-name record "
        "title; the notice's own 联系人 and phone; the forward date differs from the 成文日期",
        page="""
!m 发件人：集团安全管理部 <anquan@hyshanye.com>
!m 发送时间：2025年7月19日 星期六 10:12
!m 收件人：各营地站长 <yingdi-all@hyshanye.com>
!m 抄送：物资部 <wuzi@hyshanye.com>
!t 主题：FYI｜关于露营基地烤叉统一回收更换的通知.docx
!m 各位站长：集团通知正文贴在下面，原件见附件，请各站点照办。
!m ——— 被转发的邮件 ———
{T}
{BODY}
!a [附件] 关于露营基地烤叉统一回收更换的通知.docx (31 KB)
!d 此邮件由弘溢山野文旅集团邮件系统发送，请勿直接回复系统地址。
""",
        body="""
各营地站点：
近期，集团安全检查发现部分营地仍在使用自制焊接烤叉，叉柄过短、无护套，存在扎伤和烫伤隐患。经研究，决定对所有营地的烤叉统一回收更换，现通知如下：
一、7月25日前，各站点将现有烤叉全部清点回收，登记数量后交物资部。
二、物资部统一配发一体成型、带隔热手柄和叉尖护套的新烤叉，每个烧烤位配2把。
三、新烤叉实行借还登记，游客归还时由营地员工检查叉尖护套是否齐全。
联系人：物资部 聂晴　电话：0736-6632507
弘溢山野文旅集团有限公司
2025年7月18日
""",
    ),
]
