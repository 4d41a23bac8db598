"""holdout284, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-kaogong-essay-dropper-culture-jammer",
        site="考公同路论坛 (invented, exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.kaogongtonglu.example.com/thread-402217-1-1.html",
        title="以小见大：从一方砚滴看文化传承",
        record_title="[申论日更·第12天] 以小见大：从一方砚滴看文化传承（请前辈们拍砖）- 申论天地 - 考公同路论坛",
        date=None,
        notes="exam forum: jammer fonts inside the post, a reply-to-see prompt, a rating row and a QQ-group ad; relative post time (no date)",
        page="""
<html><head><meta charset="utf-8"><title>[申论日更·第12天] 以小见大：从一方砚滴看文化传承（请前辈们拍砖）- 申论天地 - 考公同路论坛</title>
<style>.jammer{font-size:0}</style></head><body>
<div id="hd">⟦m 考公同路论坛⟧　⟦m 一个人走得快，一群人走得远⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册同路人⟧</a></div>
<div id="pt">⟦m 考公同路论坛 › 申论天地 › 大作文练笔⟧</div>
<div class="ts"><h1>{T}</h1></div>
<div class="authi">⟦m 上岸冲冲冲　发表于 6 天前　｜　查看 812　回复 19⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦a 参与人数 4　同路币 +12　收起 理由⟧</div>
<div class="adqq">⟦w 申论一对一批改，进群领真题：QQ群 702318845⟧</div>
<div id="ft">⟦m 考公同路论坛　Powered by Discuz!⟧</div>
<script src="/static/js/stat.js?v=20250301"></script>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
砚滴，是古人研墨时往砚台里添水的小器物，不过掌心大小。然而就是这样一件小东西，从汉代的铜砚滴到明清的瓷砚滴，承载了两千年的书写文明。一方砚滴，让我们看到了文化传承的大道理。
文化传承，要守住“器”。器物是文化的载体。如今一些地方的文房作坊后继乏人，老手艺面临失传。保护好这些手艺和器物，文化传承才有根基。
文化传承，要讲好“用”。文化只有被使用，才有生命力。把砚滴、毛笔请进中小学书法课堂，让孩子们亲手研墨、滴水、书写，传统文化就不再是博物馆里的陈列品。
文化传承，更要创新“形”。年轻设计师把砚滴做成文创产品，让古老器物走进了现代生活，这正是创造性转化、创新性发展的生动体现。
以小见大，久久为功。守护好每一件小器物，就是守护我们的文化根脉。
""",
    ),
    dict(
        slug="examforum-kaogong-interview-sanitation-cloaks-junk",
        site="考公同路论坛 (invented, exam forum as text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.kaogongtonglu.example.com/thread-402990-1-1.html",
        title="给环卫工发防雨斗篷被指“作秀”，你怎么看？",
        record_title="〖结构化模拟题〗给环卫工发防雨斗篷被指“作秀”，你怎么看？（含答题思路）- 面试交流区 - 考公同路论坛",
        date=None,
        notes="exam forum as text: board and site suffixes, an aside; junk glued after 。 and on a line; floors and a reply prompt; no date",
        page="""
!m 考公同路论坛 › 面试交流区
!t 〖结构化模拟题〗给环卫工发防雨斗篷被指“作秀”，你怎么看？（含答题思路）
!m 楼主　面霸小陈　发表于 3 小时前
!m 题目：某县为一线环卫工人统一配发防雨斗篷，有网友认为这是“作秀”。对此你怎么看？
{BODY}
!l 2楼　岸上见：第三段的对策很具体，学到了
!l 3楼　面试小白：求问这类题答多长时间合适？
!a 回复本帖可获得同路币 +1
""",
        junk=dict(lines=1, glued=2),
        indent="",
        body="""
我的答题思路如下，请大家指正。
首先，我认为为环卫工人配发防雨斗篷是一件实实在在的好事。环卫工人常年在户外作业，雨天清扫、推车，原来的雨衣不方便，斗篷能让他们干活更方便、更安全，这是关心一线劳动者的具体体现。
其次，网友质疑“作秀”，也有一定原因。过去个别地方搞慰问拍照多、实际投入少，让群众产生了疑虑。对这种声音，我们不应回避，而应把它当作改进工作的提醒。
最后，要让好事办好、办实。一是公开采购过程和发放名单，接受监督；二是听取环卫工人的使用意见，及时改进款式；三是把关爱延伸到休息驿站、高温补贴等方面，形成长效机制。
总之，检验一项举措是不是“作秀”，要看它能不能解决实际问题。只要真心实意为劳动者着想，质疑自然会消散。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-cloak",
        site="知源百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.example.com/item/斗篷",
        title="斗篷",
        record_title="斗篷（无袖外衣）_知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box and reference markers glued after sentences; the one-word title opens the body (head); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>斗篷（无袖外衣）_知源百科</title></head>
<body>
<div class="top">⟦m 知源百科⟧ <span>⟦m 人人可编辑的知识源头⟧</span> <a>⟦a 进入词条⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="tabs">⟦a 阅读⟧　⟦a 编辑词条⟧　⟦a 讨论页⟧　⟦a 修订历史⟧</div>
<h1>{T}</h1>
<div class="polysemy">⟦m 本词条是多义词，共2个义项⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：斗篷⟧</td></tr><tr><td>⟦m 外文名：cloak⟧</td></tr><tr><td>⟦m 类　别：服装⟧</td></tr><tr><td>⟦m 特　点：无袖、披用⟧</td></tr></table>
<div class="toc">⟦l 目录　1 形制　2 历史　3 现代用途⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《中国服饰演变简史》，峻川出版社⟧</p><p>⟦l 2. 《民间服饰图录》，第86页⟧</p></div>
<div class="stat">⟦m 浏览次数：27,408　编辑次数：14次　最近更新：知源用户 sy_88⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧　⟦m ©2025 知源百科⟧</div>
<script>(function(){var s=document.createElement("script");s.src="//tj.example.net/c.js";document.body.appendChild(s);})();</script>
</body></html>
""",
        body="""
斗篷是一种披在肩上、没有袖子的外衣，通常在领口处用带子或扣子系住，可以防风、防雨和御寒。⟦l [1]⟧
形制
斗篷一般由一整块或几块布料裁制而成，长短不一，短的及腰，长的及踝。有的斗篷带有风帽，俗称“一口钟”。
历史
我国很早就有类似斗篷的服饰，古称“披风”“鹤氅”。明清时期，斗篷在北方十分流行，多用毛皮、呢绒制作，是冬季出行的常见衣物。⟦l [2]⟧
现代用途
现代斗篷仍用于雨具和防寒服，如环卫、交警使用的雨斗篷；也常见于舞台表演、毕业典礼和儿童服装。儿童斗篷领口不宜使用抽绳，以免发生勾挂危险。
""",
    ),
    dict(
        slug="wiki-bowen-entry-plumb-bob",
        site="博闻百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.bowenbaike.example.cn/wiki/铅锤",
        title="铅锤",
        record_title="铅锤 · 词条 - 博闻百科",
        date=None,
        notes="encyclopaedia as text: the entry name opens the body (head); tabs, infobox lines, a contents line, references and counters; no date",
        page="""
!m 博闻百科 | 自由的中文知识库
!a 词条　|　编辑　|　讨论　|　历史版本
{T}
!m 拼音：qiān chuí　　类别：测量工具 / 建筑工具
!l 目录：1 构造　2 用途　3 使用方法
{BODY}
!l 参考文献：[1] 《建筑施工测量》，第三版
!m 本词条已被浏览 9,612 次，最后修改于 5 天前
!d 博闻百科内容采用知识共享署名协议，转载请注明出处
""",
        indent="",
        body="""
铅锤，又称线坠、垂球，是利用重力原理确定铅垂线的简单工具，由锤体和吊线两部分组成。
构造
锤体多用铜、钢或铅制成，上端呈圆柱形，下端为圆锥形尖头，顶部中心有孔用于系线。锤体重量从几十克到一千克以上不等。
用途
铅锤广泛用于建筑施工和工程测量。砌筑工用它检查墙体、柱子是否垂直；测量人员用它将仪器中心对准地面标志点。
使用方法
使用时将吊线一端固定，使锤体自然下垂，待锤体静止后，吊线即为铅垂线。刮风时应采取挡风措施，以免锤体摆动影响精度。
""",
    ),
    dict(
        slug="clouddrive-yunzhou-guide-plumb-docx-markers",
        site="云舟网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunzhou.example.com/s/7HqKx2Pw",
        title="砌体工程铅锤吊线施工作业指导书",
        record_title="砌体工程铅锤吊线施工作业指导书.docx",
        date="2025-03-05",
        notes="cloud-drive preview: VIP prompts, share info, marker paragraphs cutting sentences; decimal headings 1.1–3.2; the signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>砌体工程铅锤吊线施工作业指导书.docx_免费高速下载｜云舟网盘</title></head>
<body>
<div class="pan-top">⟦m 云舟网盘⟧　<a>⟦a 开通超级会员⟧</a>　<a>⟦a 客户端下载⟧</a></div>
<div class="share-info">⟦m 分享者：三项目部资料员　分享于 2 周前　有效期：永久⟧</div>
<div class="file-head"><h2>{T}</h2><span>⟦m 文件大小：38.6KB⟧</span></div>
<div class="toolbar">⟦a 转存至我的云舟⟧　⟦a 普通下载⟧　⟦a 超级会员极速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 非会员仅可预览前3页，开通会员畅享文档在线预览⟧</div>
<div class="ft">⟦d 请勿分享侵权或违法文件，网盘依法对违规分享进行处理⟧　⟦m 云舟网盘 © 2025⟧</div>
<script>window.dataLayer=window.dataLayer||[];</script>
</body></html>
""",
        pages=dict(fmt="⯑ {n} ⯑", every=100, start=2),
        body="""
1.适用范围
1.1本指导书适用于本项目部砖砌体和砌块砌体的垂直度控制。
2.工具准备
2.1每个砌筑作业面配备铅锤不少于2个，铅锤重量0.5千克，吊线采用直径1毫米以内的尼龙编织线。
2.2使用前检查锤尖是否居中、吊线有无结头和磨损，不合格的不得使用。
3.操作要点
3.1墙角吊线：在墙角上端固定吊线，铅锤下垂至距地面约50毫米处，待锤体静止后，用钢尺量取墙面至吊线的距离，上下两点相差不得超过3毫米。
3.2每砌筑一步架高度检查一次，发现偏差及时纠正，严禁砌完后再整体调整。
邾城建工集团第三项目部
2025年3月5日
""",
    ),
    dict(
        slug="clouddrive-qingyan-request-dropper-cases-pdf",
        site="青檐云盘 (invented, cloud-drive share as text)",
        style="网盘分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.qingyanpan.example.cn/s/1mZ8yT0",
        title="关于购置砚滴专题展恒温展柜的请示",
        record_title="关于购置砚滴专题展恒温展柜的请示.pdf",
        date="2024-10-15",
        notes="file-name title; page markers of my own on lines of their own cutting sentences; share header and VIP prompt; 成文日期 under the signature",
        page="""
!m 青檐云盘 · 文件分享
!m 关于购置砚滴专题展恒温展柜的请示.pdf　　214KB　　分享时间：昨天
!a 〔保存到云盘〕〔下载〕〔举报〕
{BODY}
!a 开通青檐会员，PDF在线预览不限页数
!d 青檐云盘仅提供存储服务，分享内容由分享者负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⭖ 第{n}页 ⭖", every=80, start=2),
        body="""
县文化和旅游局：
我馆计划于2025年1月举办“水润砚田——历代砚滴展”，拟展出宋代至民国时期的铜、瓷、玉、石质砚滴136件，其中一级文物3件、二级文物11件。现有展柜多为普通玻璃柜，没有温湿度调控功能，铜质和玉质文物长期陈列容易锈蚀、开裂，不符合文物保护要求。
为确保展品安全，我馆拟购置恒温恒湿独立展柜6台、通柜2组，共需资金46.5万元。所需资金申请从县级文物保护专项资金中列支。
以上请示当否，请批示。
联系人：苗清和，电话：0875-3319027。
甯溪县博物馆
2024年10月15日
""",
    ),
    dict(
        slug="snapshot-suying-letter-teacake-gi-html",
        site="溯影搜索 (invented, snapshot frame)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="html",
        source="https://cache.suying-search.example.com/c?q=茶饼+地理标志&u=http%3A%2F%2Fcyzx.zhiyuan.example.cn%2Ftzgg%2F2025%2F0226%2F71.html",
        title="郅原县茶产业发展中心关于商请协助开展茶饼地理标志保护宣传的函",
        record_title="郅原县茶产业发展中心关于商请协助开展茶饼地理标志保护宣传的函｜溯影搜索 · 快照留档",
        date="2025-02-26",
        notes="search-cache frame: capture banner, highlighted terms, the original page's nav inside; a 函 with its 联系人 line and 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>郅原县茶产业发展中心关于商请协助开展茶饼地理标志保护宣传的函｜溯影搜索 · 快照留档</title></head>
<body>
<div class="cache-banner" style="background:#fffbe6">
<p>⟦m 溯影快照：这是 http://cyzx.zhiyuan.example.cn/tzgg/2025/0226/71.html 在本引擎的存档副本⟧</p>
<p>⟦m 存档于 3 天前，原网页可能已经更新⟧ <a>⟦a 访问原网页⟧</a></p>
<p>⟦m 已为您标亮以下关键词：<b style="background:#ff0">茶饼</b> <b style="background:#ff0">地理标志</b>⟧</p></div>
<div class="orig">
<div>⟦m 郅原县茶产业发展中心⟧　⟦m 首页 | 中心概况 | 产业动态 | 通知公告⟧</div>
<h3>{T}</h3>
<div>⟦m 发布时间：2025-02-26　阅读：88⟧</div>
{BODY}
<div>⟦m 郅原县茶产业发展中心　电话：0871-6625100⟧</div></div>
<script type="text/javascript" src="/js/share.min.js"></script>
</body></html>
""",
        body="""
郅原县融媒体中心：
“郅原茶饼”于2024年获批国家农产品地理标志登记保护。为提高品牌知名度，防止外地茶饼冒用“郅原茶饼”名称，我中心计划于3月至5月开展地理标志保护宣传月活动，现商请贵中心给予协助：
一、在县电视台和“郅原发布”客户端开设“认准郅原茶饼”专栏，介绍地理标志专用标志的识别方法。
二、派记者随同我中心到菟湾镇、雒塘乡等主产区，拍摄茶饼压制技艺专题片一部。
三、协助制作宣传海报和短视频，在春茶交易会期间播放。
所需费用由我中心承担。请予支持为盼。
联系人：柯晓芸，电话：0871-6625136。
郅原县茶产业发展中心
2025年2月26日
""",
    ),
    dict(
        slug="snapshot-text-notice-nightstand-spotcheck-table",
        site="溯影搜索 (invented, text-only snapshot)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="https://cache.suying-search.example.com/t?u=http%3A%2F%2Fscjg.zhucheng.example.cn%2Fcjgg%2F2024%2F1209%2F303.html",
        title="邾城市市场监督管理局关于床头柜产品质量监督抽查结果的通告",
        record_title="〔快照·已过期〕邾城市市场监督管理局关于床头柜产品质量监督抽查结果的通告",
        date="2024-12-09",
        notes="text-only snapshot: capture lines and the original page's breadcrumb; a results table one row a paragraph; 成文日期 under the signature",
        page="""
!m 溯影快照（纯文字版）：本页为 http://scjg.zhucheng.example.cn/cjgg/2024/1209/303.html 的存档
!m 抓取时间：上个月　　网页可能已更新或删除
!m 邾城市市场监督管理局 > 抽检公告
{T}
{BODY}
!m 邾城市市场监督管理局主办　12315投诉举报热线
!a 返回溯影搜索结果
""",
        indent="\u3000\u3000",
        body="""
2024年第四季度，我局组织对全市生产、销售的床头柜产品质量进行了监督抽查，共抽查24家企业的24批次产品，合格20批次。现将不合格产品通告如下：
产品名称　生产企业　不合格项目
实木床头柜　邾城福居家具厂　稳定性
板式床头柜　梵潭区佳木家具经营部　甲醛释放量
儿童床头柜　邾城童趣家居有限公司　稳定性、边缘及尖端
板式床头柜　邾城恒美家具有限公司　标志与使用说明
对抽查不合格的企业，我局已责令其停止生产、销售不合格产品，限期整改，并依法立案查处。
邾城市市场监督管理局
2024年12月9日
""",
    ),
    dict(
        slug="print-ningxi-host-script-dropper-exhibition",
        site="甯溪县博物馆 (invented, print view)",
        style="打印页",
        genre="主持词",
        kind="speech",
        form="html",
        source="http://www.nxmuseum.example.cn/print.asp?id=418",
        title="“水润砚田——历代砚滴展”开幕式主持词",
        record_title="〖供打印〗“水润砚田——历代砚滴展”开幕式主持词",
        date=None,
        notes="print view calling window.print(): print/close buttons, the page address, a print footer of my own; a host script without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖供打印〗“水润砚田——历代砚滴展”开幕式主持词</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a 【立即打印】【返回原文】【关闭】⟧</div>
<div class="ph">⟦m 甯溪县博物馆　www.nxmuseum.example.cn⟧</div>
<h2>{T}</h2>
{BODY}
<p class="src">⟦m 原文地址：http://www.nxmuseum.example.cn/show.asp?id=418⟧</p>
<div class="pf">⟦p ⮕ 本页1 · 合计1页 ⮕⟧</div>
<script>document.querySelectorAll("img").forEach(function(i){i.loading="lazy"});</script>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，女士们、先生们：
大家上午好！欢迎大家来到甯溪县博物馆，参加“水润砚田——历代砚滴展”开幕式。
砚滴虽小，却是文房中不可缺少的器物。本次展览汇集了宋代至民国时期的砚滴136件，其中不少是县内藏家无偿借展的珍品。
首先，请允许我介绍出席今天开幕式的领导和嘉宾。（略）
下面，请县文化和旅游局局长致辞。
（致辞）
接下来，请藏家代表晏秋石先生发言。
（发言）
现在，请各位领导和嘉宾上台，共同为展览剪彩！
展览开幕式到此结束，请大家随讲解员参观展厅。谢谢大家！
""",
    ),
    dict(
        slug="print-junchuan-summary-opera-cloaks",
        site="峻川县川剧传习中心 (invented, print view as text)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jcchuanju.example.cn/print/2024/0128.html",
        title="峻川县川剧传习中心2024年戏服斗篷修复工作总结",
        record_title="［打印稿·存档］峻川县川剧传习中心2024年戏服斗篷修复工作总结",
        date="2025-01-20",
        notes="print view as text: print header lines, a print stamp (no date) and a print footer of my own; 成文日期 under the signature",
        page="""
!m 峻川县川剧传习中心　网页打印稿
!m 打印时间：刚刚　　打印人：访客
{T}
{BODY}
!m 本文网址：http://www.jcchuanju.example.cn/news/2024/0128.html
!p ⬱ 第 1 页 ⮑ 全 1 页 ⬱
""",
        indent="\u3000\u3000",
        body="""
2024年，中心把戏服修复作为传承保护的重点工作，全年共修复各类戏服斗篷47件，其中清末民初的老斗篷9件。现将工作情况总结如下。
一、摸清家底。对库存的126件斗篷逐件登记拍照，按破损程度分为轻度、中度、重度三类，建立修复档案。
二、请进老师傅。聘请县内两位七十多岁的老裁缝和一位刺绣艺人，带领中心3名青年演员学习补绣、换里、钉珠等技艺。
三、边修边用。修复后的斗篷在《白蛇传》《柳荫记》等剧目中重新登台，演出32场，观众反响很好。
存在的问题是修复用的老式丝线、金线难以购买，部分重度破损的斗篷只能暂缓修复。2025年，中心将争取非遗保护资金，继续推进修复工作。
峻川县川剧传习中心
2025年1月20日
""",
    ),
    dict(
        slug="mail-yunxin-forward-letter-teacake-prices",
        site="云信邮箱 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yunxin.example.com/read?mid=1741006612.2887",
        title="关于2025年春茶茶饼供货价格调整的函",
        record_title="转发：关于2025年春茶茶饼供货价格调整的函.docx",
        date="2025-03-01",
        date_also=["2025-03-03"],
        notes="webmail reading view: folder list, forwarded header, an attachment bar beside the letter's own 附件 list; the letter's 成文日期 expected, the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>云信邮箱 - 读信</title></head>
<body>
<div class="mail-top">⟦m 云信邮箱⟧　⟦m sales_zhao@dianchun.example.com⟧　<a>⟦a 退出⟧</a></div>
<div class="folders">⟦m 收件箱(12)　星标邮件　已发送　草稿箱　垃圾邮件⟧</div>
<div class="read-tools">⟦a 回复　全部回复　转发　删除　标记为⟧</div>
<div class="mail-head">
<h3>{T}</h3>
<p>⟦m 发件人：云岚茶业 销售部 &lt;yunlan_sales@yunlan-tea.example.cn&gt;⟧</p>
<p>⟦m 时　间：2025年3月3日（星期一）上午10:26⟧</p>
<p>⟦m 收件人：滇春茶庄 赵经理⟧</p>
<p>⟦m 主　题：转发：关于2025年春茶茶饼供货价格调整的函.docx⟧</p></div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2 个）　价格调整表.xlsx（18K）　供货协议补充条款.docx（22K）　全部下载　在线预览⟧</div>
<div class="mail-ft">⟦d 云信邮箱提醒：请勿轻信邮件中的汇款要求⟧</div>
<script src="/assets/app.bundle.js" defer></script>
</body></html>
""",
        body="""
滇春茶庄：
感谢贵庄多年来对我公司的支持。受今年春季低温天气影响，郅原县茶区春茶鲜叶减产约两成，收购价格同比上涨18%。经公司研究，自2025年4月1日起，对春茶茶饼供货价格作如下调整：
一、古树生茶饼（357克）供货价由每饼168元调整为每饼188元。
二、台地生茶饼（357克）供货价由每饼62元调整为每饼68元。
三、熟茶饼价格保持不变。
3月31日前已确认的订单，仍按原价执行。
附件：1.价格调整表
2.供货协议补充条款
郅原县云岚茶业有限公司
2025年3月1日
""",
    ),
    dict(
        slug="mail-fwd-notice-plumb-calibration-text",
        site="稳妥邮 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:ceiliang-team@zcjg.example.cn",
        title="关于开展2025年度测量仪器及铅锤送检工作的通知",
        record_title="Fwd: 关于开展2025年度测量仪器及铅锤送检工作的通知（请各项目部周五前回复）",
        date="2025-02-20",
        date_also=["2025-02-24"],
        notes="forwarded mail as text: forward headers, a forwarder's note, the institute's contact and mailbox in the letter beside a mail-client footer; the letter's date expected, the forward date also accepted",
        page="""
!m 发件人：钱晓东 <qianxd@zcjg.example.cn>
!m 发送时间：2025年2月24日 星期一 08:47
!m 收件人：各项目部测量组
!t 主题：Fwd: 关于开展2025年度测量仪器及铅锤送检工作的通知（请各项目部周五前回复）
!w 各位：请按下面通知准备送检清单，周五前发我汇总。——质安部 钱晓东
!m -------- 原始邮件 --------
!m 发件人：邾城市测绘院计量检定室
!m 日期：2025-02-20
{BODY}
!d 本邮件可能包含保密信息，如误收请立即删除并通知发件人
!a 由稳妥邮手机客户端发送
""",
        indent="",
        body="""
各有关单位：
根据计量管理有关规定，我院将于3月10日至3月21日集中开展2025年度测量仪器检定工作。除经纬仪、水准仪、全站仪外，今年首次将施工用铅锤纳入检定范围。现将有关事项通知如下：
一、铅锤检定项目为锤尖偏心度和吊线同轴度，偏心超过0.5毫米的判为不合格。
二、请各单位于3月5日前将送检清单发送至我院邮箱，注明仪器名称、型号、编号和数量。
三、送检时请携带仪器说明书，铅锤按每10个一组装袋，标明单位名称。
联系人：祁文博，电话：0797-8243117，邮箱：zccky_jd@zhucheng.example.cn。
邾城市测绘院计量检定室
2025年2月20日
""",
    ),
]
