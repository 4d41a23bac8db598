"""holdout266, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, mails.

Invented text; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="examforum-shangan-interview-birdcage-park-dispute-jammer",
        site="上岸吧公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="http://bbs.shangan8.example/thread-662091-1-1.html",
        title="公园里遛鸟老人与晨练群众因鸟笼起争执，你怎么处理？",
        record_title="【面试真题·临场应变】公园里遛鸟老人与晨练群众因鸟笼起争执，你怎么处理？（附我的答题，望点拨） - 面试备考 - 上岸吧",
        date=None,
        notes="exam forum with jammer fonts in the post, a reply-to-see prompt and a QQ-group ad; post time 2 天前 is "
        "no date; decorated title (bracket prefix with a middle dot, aside, board and site suffixes)",
        page="""
<html><head><meta charset="gbk"><title>【面试真题·临场应变】公园里遛鸟老人与晨练群众因鸟笼起争执，你怎么处理？（附我的答题，望点拨） - 面试备考 - 上岸吧</title>
<style>.jammer{color:#fdfdfd;font-size:1px}</style><script src="static/js/forum_viewthread.js"></script></head><body>
<div id="hd">⟦m 上岸吧公考论坛⟧ ⟦m 一起备考，一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸吧 › 面试备考 › 结构化真题⟧</div>
<div class="ad">⟦w 面试一对一陪练群 QQ 736620418，进群领真题包⟧</div>
<h1 id="thread_subject">{T}</h1>
<table><tr><td class="pls">⟦m 今年必上岸⟧<br>⟦m 积分 862　帖子 47⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 2 天前　｜　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复才能查看⟧</div>
<div class="rate">⟦l 评分 ｜ 金币 +6 ｜ 思路清晰⟧</div></td></tr></table>
<div class="ft">⟦m 上岸吧公考论坛 ( 鲁ICP备20019376号 )⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
题目：你是公园管理员，早上遛鸟的老人把鸟笼挂在健身区的树上，跳广场舞的群众嫌音乐吓鸟被老人指责，双方起了争执，你怎么处理？
我的作答：首先，我会马上赶到现场，把双方劝开，请大家先到旁边的凉亭坐下，避免矛盾升级。
其次，分别听取双方诉求。老人希望鸟有安静的环境，晨练群众也有正常活动的需要，双方都有道理。
再次，现场协调。我会建议老人把鸟笼挂到公园东侧的鸟笼架区，同时请晨练队伍把音乐音量调低。
最后，事后在公园划定遛鸟区和晨练区，设置提示牌，避免类似争执再次发生。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-bamboo-blind-inheritance-junk",
        site="申论研习社 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="http://www.shenlun-yxs.example/forum/t/31877",
        title="一挂竹帘里的传承之道",
        record_title="[申论周练] 一挂竹帘里的传承之道（请各位老师指点）- 大作文练笔 - 申论研习社",
        date=None,
        notes="exam-forum essay with junk lines and junk glued after sentences; post time 4 天前 is no date; bracket "
        "tag, aside, board and site suffixes; a reply-to-see-comments prompt",
        page="""
!m 申论研习社 › 大作文练笔
!t [申论周练] 一挂竹帘里的传承之道（请各位老师指点）
!m 作者：小镇做题人　发表于 4 天前　浏览 907
{BODY}
!a 回复后可查看老师批改意见
!l 1楼 阅卷老王：立意不错，第三段论据可以再具体些。
!l 2楼 上岸学姐：结尾有力量，收藏了。
!m 申论研习社 · 只做有用的练笔
""",
        junk=dict(lines=2, glued=2),
        body="""
在鞴川，一挂竹帘要经过破篾、拉丝、织帘、上漆二十多道工序。一位老艺人一辈子只做这一件事，做出了省级地理标志产品。一挂竹帘告诉我们：非遗传承，贵在守正，也贵在出新。
守正，就是守住手艺的根。机器可以织出整齐的竹帘，却织不出老艺人手上的温度。只有把核心技艺原原本本传下去，非遗才有灵魂。
出新，就是让老手艺走进新生活。把竹帘做成茶席、灯罩，用直播把竹帘卖到海外，非遗才能活起来。
传承从来不是把老物件锁进展柜，而是让它继续挂在千家万户的窗前。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-laundry-mallet-infobox-h1",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.example/item/捣衣棒槌",
        title="捣衣棒槌",
        record_title=None,
        date=None,
        notes="no title in the record and a generic <title>: the entry name in the <h1>, which also opens the body "
        "(head match); infobox, contents box, edit/discuss/history tabs, reference markers glued after sentences and "
        "an 'edit this section' link glued to a section heading; no date (a relative edit stamp)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知物百科 - 万物皆有来历</title><script src="//static.zhiwu.example/lemma.js"></script></head>
<body>
<div class="top">⟦m 知物百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 我要创建⟧</a></div>
<div class="tabs">⟦a 词条　讨论　历史版本　编辑⟧</div>
<h1>{T}</h1>
<div class="lemma-meta">⟦m 本词条由知物百科用户共同编辑　最近修订：2 个月前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：捣衣棒槌⟧</td></tr><tr><td>⟦m 别称：棒槌、捣衣杵⟧</td></tr><tr><td>⟦m 材质：枣木、槐木、桑木等⟧</td></tr><tr><td>⟦m 用途：捶洗衣物⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 形制　2 使用　3 文化⟧</div>
{BODY}
<div class="refs">⟦l 参考资料：[1] 《杴山民俗志》，民俗志编委会编⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如有不实请点击纠错。⟧　⟦m © 2024 知物百科⟧</div>
</body></html>
""",
        body="""
捣衣棒槌，又称棒槌、捣衣杵，是旧时捶洗衣物用的木制工具。⟦l [1]⟧
形制⟦a [编辑本段]⟧
棒槌多用枣木、槐木、桑木等硬木制成，长约一尺半，一端为较粗的槌头，另一端为便于握持的手柄，也有两端粗细相近的直棒式。
使用
洗衣时，将浸湿的衣物铺在河边石板上，抡起棒槌反复捶打，使污垢随水排出，再放入水中漂洗。这种方法尤其适合洗粗布和被单。
文化
“万户捣衣声”常见于古代诗词。在不少地方，棒槌还是女子出嫁时的陪嫁之物。⟦l [1]⟧
""",
    ),
    dict(
        slug="wiki-bowu-entry-tobacco-pipe-text",
        site="博物词典 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.bowu-cidian.example/ci/yandou",
        title="烟斗",
        record_title="烟斗_吸烟器具_博物词典",
        date=None,
        notes="an entry whose one-word name opens the body (head match for the repeated title); category and site "
        "suffixes; an infobox line, a contents line and a 'hide' action between sections; no date",
        page="""
!m 博物词典 | 一物一词条
!m 分类：日用器具 › 烟具
{T}
!m 本词条浏览 6,218 次　｜　最近编辑 3 个月前
!m 中文名：烟斗　｜　外文名：tobacco pipe　｜　主要材质：石楠根、海泡石、玉米芯
!l 目录：1 结构　2 材质　3 保养
{BODY}
!l 相关词条：雪茄　｜　水烟袋　｜　烟丝
!d 博物词典内容由网友编写，仅供参考
""",
        body="""
烟斗是一种吸食烟丝的器具，由斗钵、烟道、斗柄和斗嘴组成。
结构
斗钵用来装烟丝，烟丝燃烧产生的烟经烟道、斗柄从斗嘴吸出。斗柄有直柄和弯柄之分。
⟦a 收起本节 ▲⟧
材质
常见的斗钵材质有石楠根、海泡石、玉米芯和梨木等，其中石楠根耐热、不易开裂，使用最广。
保养
每次抽完要等烟斗完全冷却后再清理烟灰，用通条清理烟道。新斗开斗时宜少装烟丝，让斗钵内壁慢慢形成一层碳层。
""",
    ),
    dict(
        slug="clouddrive-yunxia-work-instruction-quilt-cover-sewing-docx",
        site="云匣网盘 (invented cloud drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.example/s/1Qw8ZtLm0bV",
        title="被套缝制作业指导书",
        record_title="被套缝制作业指导书-车间版.docx",
        date=None,
        notes="file-name record title (with a 车间版 tag); a cloud-drive preview with VIP prompts, a save-to-drive "
        "button and a share expiry; decimal headings 1.1–3.2; the document's own title line in the preview; no date "
        "(share and expiry stamps are no dates)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>被套缝制作业指导书-车间版.docx_免费高速下载|云匣网盘</title><script src="/static/preview-docx.js"></script></head>
<body>
<div class="yx-head">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级匣子会员⟧</a></div>
<div class="share-info">⟦t 被套缝制作业指导书-车间版.docx⟧<br>⟦m 分享者：暖眠车间主任　｜　86.2KB　｜　链接 7 天后失效⟧</div>
<div class="share-btn">⟦a 保存到我的云匣　｜　下载（需超级会员加速）⟧</div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="vip-tip">⟦a 非会员仅预览前 3 页，开通超级匣子可查看全部⟧</div>
<div class="yx-foot">⟦d 云匣网盘严禁分享违法违规内容，发现请举报。⟧　⟦m © 云匣网盘 2024⟧</div>
</body></html>
""",
        body="""
1 适用范围
1.1 本指导书适用于缝制车间拉链式被套的裁剪、缝合和检验工序。
2 作业要求
2.1 裁剪：按工艺单尺寸裁片，1.5米被套面料裁成两片，每边预留1.5厘米缝份。
2.2 缝合：用平缝机沿边缝合，针距每3厘米12至14针，四角要缝成直角，不得起皱。
2.3 装拉链：拉链安装在被套尾部，拉链头朝左，拉链两端各回针三次。
3 检验
3.1 每件被套翻面检查线头，线头长度不超过0.3厘米。
3.2 抽检尺寸，误差不超过正负1厘米；不合格品挂红牌返修。
""",
    ),
    dict(
        slug="clouddrive-chengzi-craft-points-bamboo-blind-pdf-markers",
        site="橙子云盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="工艺要点",
        kind="other",
        form="text",
        source="https://www.chengzi-pan.example/share/8kQ20xa",
        title="竹丝帘编织工艺要点",
        record_title="竹丝帘编织工艺要点.pdf",
        date=None,
        notes="file-name record title; a cloud drive's text preview cut by '〷第n页〷' markers on lines of their "
        "own; decimal headings; no date; VIP and save-to-drive chrome, a share stamp (no date)",
        page="""
!m 橙子云盘 · 文件预览
!t 竹丝帘编织工艺要点.pdf
!m 分享时间：3 天前　｜　大小 1.2MB　｜　浏览 88 次
!a 【保存到橙子云盘】【普通下载】【超级会员极速下载】
{T}
{BODY}
!a 预览页数已达上限，开通橙子会员继续预览
!d 橙子云盘仅提供存储服务，文件内容由分享者负责
""",
        pages=dict(fmt="〷第{n}页〷", every=70, start=2),
        body="""
1.选料
1.1 选用三至四年生毛竹，竹节平直、无虫眼，冬季砍伐为宜。
1.2 竹料锯段后浸泡三天，去除竹青，防止日后发霉。
2.拉丝
2.1 竹片经破篾刀分成薄片，再穿过拉丝板拉成直径约一毫米的竹丝。
2.2 竹丝要粗细一致，拉好后放在通风处阴干，不可暴晒。
3.编织
3.1 用棉线或尼龙线作经线，竹丝作纬线，每隔三厘米打一道结。
3.2 织好的竹帘刷两遍清漆，晾干后包边、装拉绳。
""",
    ),
    dict(
        slug="snapshot-tanjing-town-notice-birdcage-morning-exercise",
        site="探径快照 (invented search-engine cache) / 饧坪镇人民政府 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.tanjing.example/c?u=www.xingping.gov.example/tzgg/2024/0509_3.html",
        title="关于规范晨练广场鸟笼悬挂的通知",
        record_title="关于规范晨练广场鸟笼悬挂的通知 - 饧坪镇人民政府 - 探径快照",
        date="2024-05-08",
        date_also=["2024-05-09"],
        notes="a search cache frame with a capture banner and highlighted terms; the original page's publish line "
        "differs from the 成文日期 under the signature (also accepted); the capture time is no date; two suffixes",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范晨练广场鸟笼悬挂的通知 - 饧坪镇人民政府 - 探径快照</title><script src="http://cache.tanjing.example/hl.js"></script></head>
<body>
<div class="cache-banner" style="border:1px solid #ccc">
<p>⟦d 这是探径对 http://www.xingping.gov.example/tzgg/2024/0509_3.html 的缓存，是网页在探径抓取时的样子，当前页面可能已经更改。⟧</p>
<p>⟦m 抓取于 6 周前　｜　已为您高亮：<b style="background:yellow">鸟笼</b> <b style="background:#9ff">晨练</b>⟧</p>
<p>⟦a 查看当前网页　｜　仅显示文字版⟧</p></div>
<div class="orig">
<div class="gov-top">⟦m 饧坪镇人民政府⟧ ⟦m 秔阳县饧坪镇人民政府主办⟧</div>
<div class="gov-nav">⟦m 首页 › 镇务公开 › 通知公告⟧</div>
<h2>{T}</h2>
<p class="gov-info">⟦m 发布时间：2024-05-09　信息来源：镇综合执法办⟧</p>
{BODY}
<div class="gov-foot">⟦m 饧坪镇党政办公室　电话：0710-3168001⟧</div>
</div>
</body></html>
""",
        body="""
各村（社区），镇区各单位：
近来，镇区文化广场晨练的群众增多，部分遛鸟群众把鸟笼挂在广场的路灯杆和健身器材上，既影响他人晨练，也存在鸟笼坠落伤人的隐患。为此，现通知如下：
一、镇里已在文化广场东侧竹林边安装鸟笼挂架20个，请遛鸟群众统一悬挂。
二、不得在路灯杆、健身器材、护栏上悬挂鸟笼。
三、镇综合执法办每天早上安排人员巡查劝导。
饧坪镇人民政府
2024年5月8日
""",
    ),
    dict(
        slug="snapshot-sulan-text-cache-new-pipe-breaking-in",
        site="速览快照 (invented text-only search cache) / 老橡木烟具店 (invented shop blog)",
        style="搜索快照",
        genre="经验分享",
        kind="other",
        form="text",
        source="http://kz.sulan.example/text?url=laoxiangmu-pipe.example/blog/kaidou.html",
        title="新烟斗开斗的五个步骤",
        record_title="〔仅文本快照〕新烟斗开斗的五个步骤 - 老橡木烟具店",
        date=None,
        notes="a text-only cache of a shop's blog post; a numbered list; the cache time (5 天前) and a store "
        "update stamp are no dates; a shop ad glued after the last sentence",
        page="""
!d 速览快照（纯文本版）：本页为 laoxiangmu-pipe.example/blog/kaidou.html 的缓存，快照生成于 5 天前。
!a 查看原网页　｜　查看带图快照
!m 老橡木烟具店 · 烟斗知识
!t 新烟斗开斗的五个步骤｜老橡木烟具店
!m 店长阿橡　｜　本文最后更新于上周
{BODY}
!l 相关文章：烟斗为什么会“返潮”？　｜　通条怎么选
!m 老橡木烟具店　营业时间 10:00—21:00
""",
        body="""
新买的烟斗斗钵里还没有碳层，直接满斗猛抽容易烧坏木头。开斗可以按下面五步来：
1.第一次只装三分之一斗烟丝，压得松一些。
2.点火后慢慢吸，每分钟吸两三口，不要让斗钵烫手。
3.每次抽完放凉，再用通条清理烟道和斗钵里的残灰。
4.前十次逐渐增加到半斗、三分之二斗，最后再装满斗。
5.一个月左右，斗钵内壁会形成一层薄薄的碳层，开斗就完成了。⟦a 店内石楠根烟斗满 300 减 30，点此选购⟧
""",
    ),
    dict(
        slug="print-xianshan-museum-call-for-laundry-tools-footer",
        site="杴山县民俗博物馆 (invented museum site, print view)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xsmsbwg.example/gg/2024/0712.html?print=1",
        title="杴山县民俗博物馆关于征集传统洗衣用具的公告",
        record_title="[打印全文] 杴山县民俗博物馆关于征集传统洗衣用具的公告－杴山民俗博物馆",
        date="2024-07-12",
        notes="a print view calling window.print(): print/close buttons, the print-time line (no date) and a print "
        "footer '第1页 ⏎ 共1页'; the museum's own 联系人/电话/邮箱 in the text; 成文日期 under the signature; "
        "the museum's name also the signature (head match)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[打印全文] 杴山县民俗博物馆关于征集传统洗衣用具的公告－杴山民俗博物馆</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint">⟦a 🖨 立即打印　✕ 关闭本页⟧</div>
<div class="ph">⟦m 杴山县民俗博物馆⟧　⟦m 打印时间：刚刚⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 本页地址：http://www.xsmsbwg.example/gg/2024/0712.html⟧</div>
<div class="pf">⟦p 第1页 ⏎ 共1页⟧</div>
</body></html>
""",
        body="""
为丰富“洗衣旧事”专题展陈，我馆面向社会征集传统洗衣用具。现将有关事项公告如下：
一、征集范围：捶衣棒槌、搓衣板、木盆、皂角、洗衣石、晾衣竹竿等，以1980年以前的实物为主。
二、征集方式：捐赠或借展均可。捐赠者由我馆颁发收藏证书，并在展签上注明捐赠人姓名。
三、征集时间：即日起至9月30日。
联系人：封晓宁，电话：0718-6658012，邮箱：xsmsbwg@163.example。
杴山县民俗博物馆
2024年7月12日
""",
    ),
    dict(
        slug="print-jiangyang-plan-nursing-home-quilt-covers-record",
        site="秔阳县民政局 (invented county bureau site, print view)",
        style="打印页",
        genre="方案",
        kind="other",
        form="text",
        source="http://mzj.jiangyang.gov.example/tzgg/202411/t20241118_5512.html?view=print",
        title="秔阳县敬老院冬季被套换洗工作方案",
        record_title="【打印预览稿】秔阳县敬老院冬季被套换洗工作方案 - 秔阳县民政局",
        record_date="2024-11-18",
        date="2024-11-18",
        notes="date given by the record; a print view with a print/close row, a print-time line and a print footer "
        "'〠 1 / 1 〠'; a numbered plan with 抄送 and 印发 lines; decorated title (bracket prefix, bureau suffix)",
        page="""
!a 【送打印机】　【关闭预览】
!m 秔阳县民政局　打印时间：今天 10:26
{T}
{BODY}
!m 原文链接：http://mzj.jiangyang.gov.example/tzgg/202411/t20241118_5512.html
!p 〠 1 / 1 〠
""",
        indent="\u3000\u3000",
        body="""
为让全县敬老院老人温暖过冬，县民政局决定在11月下旬至12月上旬开展冬季被套集中换洗工作，制定本方案。
一、换洗范围。全县9所敬老院的全部在院老人被套、床单和枕套。
二、工作安排。每所敬老院按每人两套配备冬季被套，轮换使用，每周换洗一次；失能老人的被套随脏随换。换下的被套统一送县社会福利院洗衣房高温清洗消毒。
三、工作要求。各敬老院要建立被套换洗登记表，县民政局将不定期抽查。
秔阳县民政局
2024年11月18日
抄送：各乡镇人民政府。
秔阳县民政局办公室　2024年11月18日印发
""",
    ),
    dict(
        slug="mail-chancheng-library-letter-bamboo-blind-samples-webmail",
        site="韂城图书馆 webmail (invented, 邮易通 reading view)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.youyitong.example/read?mid=ZC0917-88213",
        title="关于确认古籍阅览区竹帘样品的函",
        record_title="转发(FW)：关于确认古籍阅览区竹帘样品的函（请于周五前回复）",
        date="2024-09-13",
        date_also=["2024-09-18"],
        notes="webmail reading view with a forwarded header, an attachment bar beside the letter's own 附件 list, "
        "the library's contact and mailbox in the letter; the send date differs from the 成文日期 (also accepted); "
        "a forward prefix and an aside",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邮易通 - 读信</title><script src="/webmail/js/readmail.js"></script></head>
<body>
<div class="mail-top">⟦m 邮易通企业邮箱⟧　⟦m 生产管理部 黎振华⟧　<a>⟦a 退出⟧</a></div>
<div class="mail-tools">⟦a 回复　全部回复　转发　删除　标记为　更多⟧</div>
<div class="mail-head">
<h2>⟦t 转发(FW)：关于确认古籍阅览区竹帘样品的函（请于周五前回复）⟧</h2>
<p>⟦m 发件人：采购部 林若溪 &lt;linruoxi@cuihuang-bamboo.example&gt;⟧</p>
<p>⟦m 收件人：生产管理部 黎振华⟧</p>
<p>⟦m 时间：2024年9月18日（星期三）上午10:12⟧</p></div>
<div class="mail-note">⟦m 黎经理：图书馆的确认函转给你，请安排排产，周五前回个交期。⟧</div>
<div class="mail-fwd">⟦m ------------------ 原始邮件 ------------------⟧<br>
⟦m 发件人：韂城图书馆古籍部 &lt;gjb@cclib.example&gt;⟧<br>
⟦m 发送时间：2024年9月13日（星期五）下午4:05⟧<br>
⟦m 主题：关于确认古籍阅览区竹帘样品的函⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attach-bar">⟦a 📎 附件（2 个）：竹帘样品确认单.xlsx　阅览区窗户尺寸图.pdf　全部下载　在线预览⟧</div>
<div class="mail-foot">⟦d 本邮件由邮易通安全扫描，未发现病毒。⟧</div>
</body></html>
""",
        body="""
鞴川翠篁竹制品有限公司：
贵公司8月30日寄来的古籍阅览区竹帘样品已收到。经我馆古籍部和后勤科共同查看，细丝本色样品透光适中、无异味，符合古籍阅览区遮光要求，确认选用该款样品。
请贵公司按附件尺寸加工竹帘24挂，帘边包浅灰色棉布，10月20日前完成安装。
联系人：卓敏，电话：0736-8897105，邮箱：gjb@cclib.example。
附件：1.竹帘样品确认单
2.阅览区窗户尺寸图
韂城图书馆
2024年9月13日
""",
    ),
    dict(
        slug="mail-aoling-culture-centre-letter-borrow-pipes-docx",
        site="嶅岭县文化馆 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mail://culture-aoling/2024/fwd-1107",
        title="关于商借老烟斗参加民俗展的函",
        record_title="[转寄] Fwd：关于商借老烟斗参加民俗展的函.docx",
        date="2024-11-05",
        date_also=["2024-11-07"],
        notes="file-name record title behind a forward prefix; forwarded mail headers (发件人/发送时间/收件人/主题), a "
        "mail-client signature and an attachment line; the letter's own 联系人/电话; the send date differs from the "
        "成文日期 (also accepted)",
        page="""
!m ---------- 转发邮件 ----------
!m 发件人：嶅岭县文化馆办公室 <whg_office@aoling.example>
!m 发送时间：2024年11月7日 15:40
!m 收件人：韂城市烟斗收藏协会秘书处 <mishuchu@ccpipe-xh.example>
!m 主题：[转寄] Fwd：关于商借老烟斗参加民俗展的函.docx
!a 附件：关于商借老烟斗参加民俗展的函.docx（24KB）　预览　下载
{T}
{BODY}
!m 发自我的手机邮箱客户端
""",
        body="""
韂城市烟斗收藏协会：
我馆定于12月在馆内举办“旧时光里的烟火气”民俗展，拟设“老烟斗”展区。素闻贵会会员收藏的本地老烟斗品类丰富、年代久远，特商借老烟斗30只参展。
借展期限为12月1日至次年2月28日。展品由我馆专车接送，展期内24小时监控，并为全部展品购买保险。展览结束后5日内原样归还。
请贵会于11月20日前回复借展意向及清单。
联系人：苗一帆，电话：0739-5233018。
嶅岭县文化馆
2024年11月5日
""",
    ),
]
