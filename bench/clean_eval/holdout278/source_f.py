"""holdout278, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-rattan-crate-jammer",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shangan-yz.com/thread-660381-1-1.html",
        title="一只藤筐里的乡村振兴",
        record_title="〔申论作文·初次试笔〕一只藤筐里的乡村振兴（第一次写，求指点别太狠）- 申论天地 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see prompt, a QQ-group ad and a rating row; an essay with no date; relative post time",
        page="""
<html><head><meta charset="utf-8"><title>〔申论作文·初次试笔〕一只藤筐里的乡村振兴（第一次写，求指点别太狠）- 申论天地 - 上岸驿站论坛</title></head>
<body>
<div class="hd">⟦m 上岸驿站论坛 · 陪你一起上岸⟧　<a>⟦a 登录驿站⟧</a></div>
<div class="pt">⟦m 上岸驿站 › 申论天地 › 大作文练笔⟧</div>
<div class="ad">⟦w 申论批改互助群：QQ群 630117245，进群备注“驿站”⟧</div>
<table><tr><td class="pls">⟦m 今年一定上岸的小禾⟧<br>⟦m 驿站新兵　帖子 12⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 5 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分：驿站币 +5　“结构清楚，素材可以再丰富”⟧</div>
<div class="locked">⟦a 本帖附有批改版，回复后可见⟧</div></td></tr></table>
<div class="ft">⟦m 上岸驿站论坛　陕ICP备21002917号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
在熜山镇的藤编产业园里，一根根白藤在编织工手中上下翻飞，不一会儿就成了一只结实的藤筐。一只藤筐卖十几块钱，看似不起眼，却串起了种藤、收藤、编筐、销售一整条产业链，让四百多户群众在家门口端上了饭碗。
一只藤筐，编的是产业。乡村振兴，产业是根本。熜山镇没有贪大求洋，而是从祖辈传下来的手艺里找出路，引进企业统一标准、统一销售，让“土特产”卖出了好价钱。
一只藤筐，编的是人心。合作社把分散的编织户组织起来，党支部把能人带头人培养起来，群众心往一处想，劲往一处使。
一只藤筐，也编着未来。从周转筐到收纳筐、装饰筐，从集市到网店，老手艺正在走出新路子。
乡村振兴没有标准答案，但只要立足本地、扎根群众，每个村都能编出属于自己的“藤筐”。
""",
    ),
    dict(
        slug="examforum-gongkao-interview-round-fan-apprentices-junk",
        site="公考同行网 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.gongkaotx.com/bbs/t-118204.html",
        title="非遗团扇作坊招不到学徒，你怎么看",
        record_title="【面试日日练·第23题】非遗团扇作坊招不到学徒，你怎么看 - 结构化面试 - 公考同行网",
        date=None,
        notes="exam forum text with junk lines and junk glued after sentences; the question and the poster's lead-in neutral, the answer is the body; relative times; no date",
        page="""
!m 公考同行网 › 面试交流 › 结构化面试
!t 【面试日日练·第23题】非遗团扇作坊招不到学徒，你怎么看
!m 楼主 面试冲冲冲　　发表于 2 天前　　查看 1406
题目：某县非遗团扇作坊开出每月三千元学徒工资，半年只招到一个人。对此，你怎么看？
我的作答（计时3分20秒）：
{BODY}
!l 回复　考官视角：第三点可以再具体一些，比如怎么跟职业学校合作
!l 回复　上岸吧少年：打卡，明天见
!a 登录后可查看参考答案与名师点评
!m 公考同行网　鄂ICP备20014418号
""",
        junk=dict(lines=1, glued=2),
        body="""
这个现象反映出传统手艺传承面临的普遍困境，需要理性看待。
首先，原因是多方面的。团扇制作从绷绢到手绘要学三五年，前期收入低，年轻人等不起；同时，社会上对手艺人的认可度还不高，很多家长不愿意让孩子去学。
其次，也要看到积极的一面。作坊愿意开出工资招学徒，说明市场对团扇有需求，手艺本身是有前景的。
对此，我认为可以从三方面入手：一是政府加大扶持，对带徒作坊给予补贴，为学徒缴纳社保；二是与职业学校合作开设定向班，让学徒边学边拿文凭；三是借助短视频、文创市场打开销路，让手艺人的收入涨起来。
只有让学手艺的人有奔头，非遗才能真正传下去。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-round-fan-h1",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.wiki/item/团扇/30217",
        title="团扇",
        record_title=None,
        date=None,
        notes="encyclopaedia: no title in the record (the entry's <h1>, a one-word title that opens the body: head); infobox, contents box, "
        "edit/discuss/history tabs, reference markers glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知物百科 - 认识身边的每一件东西</title></head>
<body>
<div class="wk-top">⟦m 知物百科⟧　<input placeholder="搜词条"> <a>⟦a 创建词条⟧</a></div>
<div class="wk-tabs">⟦a 编辑本条⟧　⟦a 讨论区⟧　⟦a 修订记录⟧</div>
<h1>{T}</h1>
<div class="wk-alias">⟦m 同义词：宫扇、纨扇⟧</div>
<table class="wk-info">
<tr><td>⟦m 中文名：团扇⟧</td><td>⟦m 类　别：日用器物 / 工艺品⟧</td></tr>
<tr><td>⟦m 主要材质：竹、绢、纸⟧</td><td>⟦m 常见形制：圆形、椭圆形、海棠形⟧</td></tr>
</table>
<div class="wk-toc">⟦l 目录导航　1 概述　2 形制　3 制作　4 参考资料⟧</div>
<div class="wk-body">
{BODY}
</div>
<div class="wk-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 旻川县文化馆编：《旻川团扇》，内部资料⟧</p><p>⟦l [2] 《日用器物小史》，器物出版社⟧</p></div>
<div class="wk-foot">⟦d 词条内容由网友协作编辑，仅供参考。如有错误，欢迎点击“编辑本条”修改。⟧　⟦m ©知物百科⟧</div>
</body></html>
""",
        body="""
团扇，又称宫扇、纨扇，是一种圆形或近似圆形的有柄扇子，因形如满月、寓意团圆而得名。⟦l [1]⟧
团扇一般由扇框、扇面和扇柄三部分组成。扇框多用细竹或藤条弯制，扇面常用素绢、纱或纸，扇柄用竹、木或牛角制作，柄端可系流苏。
制作团扇要经过选竹、弯框、绷面、装柄等工序，手绘团扇还需在绷好的扇面上作画题字。绷面是关键一步，绢面要绷得平整紧实，才不会起皱。⟦l [2]⟧
团扇既可纳凉，也是书画的载体，历代文人常在扇面上作画题诗。如今，团扇更多作为工艺品和文创礼品出现在人们的生活中。
""",
    ),
    dict(
        slug="wiki-wuzhidao-entry-sugar-blowing-text",
        site="物知道百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wuzhidao-baike.com/view/chuitangren.html",
        title="吹糖人",
        record_title="吹糖人_物知道百科",
        date=None,
        notes="encyclopaedia text: entry name with a site suffix; the entry name opens the body (head); infobox lines, a contents line "
        "and a 'this entry was viewed' line; no date",
        page="""
!m 物知道百科　｜　首页　分类　特色词条
!t 吹糖人
!m 吹糖人　编辑　｜　收藏　｜　本词条被浏览 31760 次
!m 基本信息　名称：吹糖人　类别：传统手工技艺　主要原料：白糖、麦芽糖
!l 目录：1 简介　2 制作过程　3 现状
{BODY}
!l 相关词条：糖画　面塑　捏面人
!d 本百科词条由网友共同编辑，如内容有误请到讨论页反馈。
""",
        body="""
吹糖人是一种传统民间手工技艺，艺人把熬好的糖稀吹塑成人物、动物等造型，既可观赏，也能食用。
制作时，艺人先把白糖和麦芽糖按一定比例加水熬成糖稀，保温在小铜锅里。取一小团糖稀揉成空心球，捏出小口后一边吹气一边用手捏、拉、掐，做出葫芦、老鼠、猴子等形状，最后插在竹签上冷却定型。
过去，吹糖人的艺人常挑着糖担走街串巷，担子一头是炭炉糖锅，一头是插满糖人的木架。
随着生活方式的变化，吹糖人的艺人越来越少。目前，一些地方已将吹糖人技艺列入非物质文化遗产名录，并通过进校园、进社区等方式开展传承活动。
""",
    ),
    dict(
        slug="netdisk-yunduo-lesson-plan-sugar-figures-pdf-marks",
        site="云朵网盘 (invented cloud drive preview)",
        style="网盘分享",
        genre="教案",
        kind="other",
        form="html",
        source="https://pan.yunduo-cloud.com/s/1kTq8vH3xR2",
        title="美术课《吹糖人》教学设计",
        record_title="美术课《吹糖人》教学设计.pdf",
        date=None,
        notes="cloud-drive preview: file-name record title; page-marker paragraphs '⚅ n ⚅' cut sentences; VIP prompts, a share expiry stamp; "
        "a lesson plan with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>美术课《吹糖人》教学设计.pdf - 云朵网盘</title></head>
<body>
<div class="yd-top">⟦m 云朵网盘⟧　<a>⟦a 注册送10G空间⟧</a></div>
<div class="yd-file"><h2>{T}</h2>
<p class="yd-meta">⟦m 分享者：晙塘小学美术组　　大小 1.6MB　　有效期：剩余 6 天⟧</p>
<div class="yd-btns"><a>⟦a 保存到我的云朵⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 超级会员极速下载⟧</a></div></div>
<div class="yd-preview">
{BODY}
</div>
<div class="yd-end">⟦a 在线预览最多显示 3 页，开通超级会员看完整文件⟧</div>
<div class="yd-foot">⟦d 请勿通过云朵网盘分享侵权或违法内容，一经发现将取消分享。⟧　⟦m 云朵网盘 ©2025⟧</div>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⚅ {n} ⚅", every=110, start=2),
        body="""
一、教学目标
1.了解吹糖人这一民间手工技艺的历史和制作过程。
2.学习用超轻黏土模仿吹糖人的造型方法，完成一件动物造型作品。
3.感受民间艺人的智慧，培养热爱传统文化的情感。
二、教学重难点
重点是抓住动物的主要特征进行概括造型；难点是用捏、拉、压等方法表现动物的动态。
三、教学过程
（一）导入。播放晏春生师傅吹糖人的视频，请学生说说看到了哪些动作。
（二）新授。教师示范用黄色黏土捏一只小老鼠，边做边讲解先做身体、再拉出头尾、最后添加耳朵的步骤。
（三）实践。学生分组创作，教师巡回指导，提醒学生注意作品的比例和动态。
（四）展评。把作品插在泡沫板上，模仿糖担的样子展示，学生互相评价。
四、课后延伸
请学生回家向长辈了解小时候见过的糖人，下节课分享。
""",
    ),
    dict(
        slug="netdisk-kuaipan-summary-fan-factory-safety-marks",
        site="快盘分享 (invented cloud drive)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://share.kuaipan-box.cn/f/9QmZ3aLk",
        title="2025年度旻川扇厂绷绢车间安全生产工作总结",
        record_title="2025年度旻川扇厂绷绢车间安全生产工作总结.pdf",
        date="2025-12-28",
        notes="cloud-drive text preview: file-name record title; page markers '⏸ 第n页 ⏸' on lines of their own cut sentences; "
        "a hazards table; 成文日期; the share's expiry stamp is no date",
        page="""
!m 快盘分享 · 文件预览
!t 2025年度旻川扇厂绷绢车间安全生产工作总结.pdf
!m 分享人：扇厂安全员老季　　大小：412KB　　过期时间：7天后
!a 保存到快盘　｜　下载（需登录）　｜　举报
{BODY}
!a 非会员仅可预览前 3 页
!d 快盘仅提供存储服务，文件内容由分享人负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⏸ 第{n}页 ⏸", every=90, start=2),
        body="""
2025年，绷绢车间在厂部领导下，坚持“安全第一、预防为主”，全年未发生工伤事故，现将安全生产工作总结如下。
一、主要工作
一是落实岗位责任。车间与18名员工逐一签订安全责任书，每班设一名兼职安全员，负责班前检查和班后清场。
二是整治电气隐患。对绷绢台的电熨斗、烘干灯线路进行全面检查，更换老化电线120米，加装漏电保护器6个。
三是加强防火管理。绢料、浆糊、颜料分区存放，车间内严禁吸烟，全年组织消防演练两次。
二、隐患整改情况
隐患类别　发现数　已整改数
电气线路　9　9
消防器材　4　4
物料堆放　6　5
三、存在的不足
部分员工佩戴防护口罩不规范，个别物料堆放点仍占用通道。明年将加强日常巡查和考核。
旻川扇厂绷绢车间
2025年12月28日
""",
    ),
    dict(
        slug="snapshot-xundu-notice-school-protective-graters",
        site="寻渡快照 (invented search-engine cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xundu.cn/c?u=www.zhsyxx.cn/zwc/2025/0304/211.html",
        title="关于食堂更换防护型擦菜板的通知",
        record_title="关于食堂更换防护型擦菜板的通知 - 焯湖区实验小学 - 寻渡快照",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="snapshot frame: capture banner with highlighted query words, the school site's own chrome inside; the school office's line "
        "beside the notice's contact; 成文日期 differs from the school page's date (also accepted); capture stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于食堂更换防护型擦菜板的通知 - 焯湖区实验小学 - 寻渡快照</title></head>
<body>
<div class="xd-banner">⟦d 寻渡快照：这是网页 www.zhsyxx.cn/zwc/2025/0304/211.html 于 2025-04-11 被寻渡抓取时的样子，原网页可能已经变化。⟧<br>⟦m 已为您标出查询词：<b style="background:#ff0">擦菜板</b> <b style="background:#0ff">食堂</b>⟧　<a>⟦a 查看原网页⟧</a></div>
<div class="orig">
<div class="s-top">⟦m 焯湖区实验小学⟧　⟦m 校长室｜德育处｜教务处｜总务处⟧</div>
<div class="s-pos">⟦m 首页 &gt; 总务处 &gt; 通知⟧</div>
<h2>{T}</h2>
<p class="s-info">⟦m 日期：2025-03-04　作者：总务处　点击：266⟧</p>
<div class="s-con">
{BODY}
</div>
<div class="s-foot">⟦m 学校办公室：0739-6216001⟧　⟦m 焯湖区实验小学 版权所有⟧</div>
</div>
</body></html>
""",
        body="""
学校食堂全体员工：
上学期食堂切配间发生两起员工使用擦菜板擦伤手指的事件。为防止类似事件再次发生，经学校研究，决定更换食堂现有擦菜板。现将有关事项通知如下：
一、3月10日前，总务处统一采购带护手器的防护型擦菜板12块，原有普通擦菜板全部收回报废。
二、食堂切配人员使用擦菜板时必须使用护手器或佩戴防割手套，食堂管理员每天检查。
三、新擦菜板到货后，由供货方对切配人员进行一次使用培训。
联系人：总务处　邬建明，电话：0739-6216023。
焯湖区实验小学总务处
2025年3月3日
""",
    ),
    dict(
        slug="snapshot-xundu-textcache-research-handstove-smiths-wrapped",
        site="寻渡快照 (invented, text-only cache)",
        style="搜索快照",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://cache.xundu.cn/t?u=www.yuchengwl.gov.cn/dybg/2025/1103.html",
        title="关于燠城县手炉铜匠从业情况的调研报告",
        record_title=None,
        date="2025-10-30",
        notes="text-only cache: no title in the record (the page's title line); text hard-wrapped at 66 columns; "
        "capture banner and the cached site's chrome; 成文日期",
        page="""
!d 寻渡快照（纯文字版）：本页是 www.yuchengwl.gov.cn/dybg/2025/1103.html 的文字缓存，抓取于 5 天前。
!a 查看带图片的完整快照 ｜ 访问原网页
!m 燠城县文化和旅游局 ＞ 调查研究
{T}
!m 发布日期未知　　来源：县文旅局非遗股
{BODY}
!m 燠城县文化和旅游局主办
!d 寻渡快照与上述网页作者无关，不对其内容负责。
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
为摸清全县手炉铜匠从业现状，县文旅局非遗股于今年9月至10月，走访了城关镇铜匠街、燠岭镇老街的铜器作坊，并对从业人员逐一登记。现将调研情况报告如下。
一、基本情况。全县现有手炉制作作坊9家，从业人员31人，其中能独立完成全套工序的师傅7人，平均年龄68岁；学徒6人，均在三十岁以下。年产手炉约1500只，多为订制和旅游纪念品。
二、主要问题。一是后继乏人，师傅带徒意愿不强，学徒留不住；二是作坊多为前店后坊，场地狭小，錾花、焊接作业存在消防隐患；三是缺少统一品牌，价格参差不齐。
三、对策建议。建议落实传习补助政策，建设铜匠街手炉传习工坊，注册“燠城手炉”集体商标，并借助手炉文化节扩大影响。
燠城县文化和旅游局非遗股
2025年10月30日
""",
    ),
    dict(
        slug="print-minchuan-plan-round-fan-month-footer",
        site="旻川县文化馆 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.mcwhg.cn/print.aspx?id=4412",
        title="2025年旻川团扇文化月活动方案",
        record_title="【纸质存档版】2025年旻川团扇文化月活动方案 - 旻川县文化馆",
        date="2025-05-20",
        notes="print view calling window.print(): a print stamp (no date), print/close buttons and a print footer '⛣ 第1页／共1页 ⛣'; "
        "decimal headings 1.1–3.2 kept; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【纸质存档版】2025年旻川团扇文化月活动方案 - 旻川县文化馆</title>
<script>window.onload = function () { window.print(); };</script>
<style>@media print {.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 🖨 立即打印⟧　⟦a ✕ 关闭本页⟧</div>
<div class="p-head">⟦m 旻川县文化馆 · 网页打印稿⟧</div>
<h2>{T}</h2>
<p class="p-stamp">⟦m 打印于 2025-06-03 10:12　打印人：guest⟧</p>
<div class="p-con">
{BODY}
</div>
<div class="p-url">⟦m 原文网址：https://www.mcwhg.cn/show.aspx?id=4412⟧</div>
<div class="p-foot">⟦p ⛣ 第1页／共1页 ⛣⟧</div>
</body></html>
""",
        body="""
为传承团扇制作技艺，丰富群众文化生活，县文化馆定于6月举办2025年旻川团扇文化月活动，特制定本方案。
1.活动内容
1.1 团扇精品展。6月1日至30日在文化馆展厅展出老团扇和当代团扇作品80件。
1.2 手绘体验课。每周六上午开设团扇手绘体验课，每期30人，免费提供扇坯和颜料。
2.活动安排
2.1 6月1日上午举行开幕式，邀请县扇业协会会员参加。
2.2 6月15日举办“我的团扇”亲子绘画比赛。
3.工作要求
3.1 展厅安排专人值守，每天闭馆后检查门窗和电源。
3.2 体验课由县扇业协会推荐的手绘师担任指导。
旻川县文化馆
2025年5月20日
""",
    ),
    dict(
        slug="print-juyuan-notice-market-rattan-crates-footer",
        site="泃源县市场服务中心 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jyscfw.cn/print/notice-20250610.html",
        title="关于规范农贸市场藤筐周转使用的通知",
        record_title="🖨 打印视图 ▸ 关于规范农贸市场藤筐周转使用的通知 · 泃源县市场服务中心",
        date="2025-06-10",
        notes="print view as text: print buttons, a print stamp and a print footer '—⛌ 1 / 1 ⛌—'; 成文日期",
        page="""
!a [ 打印 ]　[ 返回原页 ]
!m 泃源县市场服务中心 —— 打印视图
{T}
!m 页面生成：2025-06-18 15:40
{BODY}
!m 本页地址：http://www.jyscfw.cn/notice/20250610.html
!p —⛌ 1 / 1 ⛌—
""",
        body="""
各农贸市场开办单位、各经营户：
为落实《关于用藤筐替代一次性塑料周转箱的倡议书》，推动市场绿色周转，现就规范藤筐周转使用通知如下：
一、各农贸市场要在7月1日前设立藤筐集中存放点，配备遮雨棚和晾晒架。
二、藤筐实行“借一还一”，经营户凭摊位证借用，当天收市前归还。
三、市场管理方每周对藤筐清洗消毒一次，发霉、破损的及时更换。
四、各市场使用藤筐情况纳入文明市场考评。
泃源县市场服务中心
2025年6月10日
""",
    ),
    dict(
        slug="mail-fenghe-reply-quote-graters-webmail-attachments",
        site="谷雨邮 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.guyuyou.cn/read?mid=ZC2025082209331",
        title="关于擦菜板等厨具报价事宜的复函",
        record_title="Fwd: 回复：关于擦菜板等厨具报价事宜的复函.docx",
        date="2025-08-21",
        date_also=["2025-08-22"],
        notes="webmail reading view: forwarded header with its own 抄送 beside the letter's 抄送 line; an attachment bar beside the "
        "letter's 附件 list; the firm's contact and mailbox in the letter; 成文日期 differs from the send date (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>谷雨邮 - 读信</title></head>
<body>
<div class="gy-top">⟦m 谷雨邮 · 企业邮箱⟧　⟦m zongwu@jtzxxx.cn⟧　<a>⟦a 退出邮箱⟧</a></div>
<div class="gy-tools">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<div class="gy-head">
<p>⟦t 主　题：Fwd: 回复：关于擦菜板等厨具报价事宜的复函.docx⟧</p>
<p>⟦m 发件人：石向前 &lt;zongwu@jtzxxx.cn&gt;⟧</p>
<p>⟦m 收件人：校长室 &lt;xzs@jtzxxx.cn&gt;⟧</p>
<p>⟦m 抄　送：食堂管理员 &lt;shitang@jtzxxx.cn&gt;⟧</p>
<p>⟦m 时　间：2025年8月22日 09:33（星期五）⟧</p></div>
<div class="gy-fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 发件人：锋禾厨具销售部 &lt;sales@fenghe-kitchen.com&gt;⟧</div>
<div class="gy-body">
{BODY}
</div>
<div class="gy-att">⟦a 📎 附件 2 个：报价单.xlsx（18K）　产品检测报告.pdf（1.2M）　全部下载⟧</div>
<div class="gy-foot">⟦d 谷雨邮提醒：请勿轻信邮件中的汇款要求⟧</div>
</body></html>
""",
        body="""
晙塘镇中心小学：
贵校《关于食堂厨具询价的函》收悉。经研究，现将我公司报价事宜函复如下：
一、我公司可按贵校询价清单供货：带护手器四面不锈钢擦菜板20块，单价46元；三刀片刨丝器12个，单价32元；5级防割手套40副，单价18元。合计2024元，含税含运费。
二、货物可在合同签订后5个工作日内送达贵校食堂，并免费为切配人员进行一次使用培训。
三、报价有效期为30天。
联系人：郑秋阳，电话：0739-6170366，邮箱：sales@fenghe-kitchen.com。
附件：1.报价单
2.产品检测报告
皞阳锋禾厨具有限公司销售部
2025年8月21日
抄送：公司财务部。
""",
    ),
    dict(
        slug="mail-wenhuaguan-invitation-sugar-artists-forwarded-text",
        site="皞阳市文化馆群文部邮件 (invented, forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:fwd-20250108-lantern@mail.haoyang-whg.cn",
        title="关于邀请糖人艺人参加元宵灯会展演的函",
        record_title="转发：关于邀请糖人艺人参加元宵灯会展演的函",
        date="2025-01-06",
        date_also=["2025-01-08"],
        notes="a forwarded mail as text: mail headers as chrome, the forwarder's note neutral; the letter's own contact; a sentence telling "
        "artists to follow the culture centre's account kept; 成文日期 differs from the send date (also accepted)",
        page="""
!m 发件人：皞阳市文化馆群文部 <qunwen@haoyang-whg.cn>
!m 收件人：皞阳市民间工艺美术协会 <mjgy_xh@163.com>
!m 日　期：2025年1月8日 星期三 16:05
!t 主　题：转发：关于邀请糖人艺人参加元宵灯会展演的函
!m 附件：元宵灯会展演报名表.docx
协会的各位老师：馆里的正式函件转给大家，有意参加的请直接回复本邮件。——群文部 小乔
!m -------- 原始邮件 --------
{BODY}
!d 此邮件及附件仅发给指定收件人，如误收请删除。
!m 皞阳市文化馆群文部 · 发自手机邮箱
""",
        body="""
皞阳市民间工艺美术协会：
为丰富元宵节群众文化生活，我馆定于2025年2月12日晚在老街广场举办元宵灯会，现诚邀贵会组织糖人、糖画艺人参加现场展演。
一、展演时间：2月12日18:00—21:30。
二、展演地点：老街广场东侧非遗展演区，每位艺人安排一个摊位，现场提供电源和桌椅。
三、展演期间制作的糖人可免费赠送给小朋友，材料费由我馆按每人300元给予补贴。
请于1月20日前将报名表报送我馆群文部。艺人可关注“皞阳市文化馆”公众号，查看展演区位置图。
联系人：乔语桐，电话：0739-6031180。
皞阳市文化馆
2025年1月6日
""",
    ),
]
