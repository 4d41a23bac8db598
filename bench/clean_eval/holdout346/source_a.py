"""holdout346, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="molifan-speech-book-film-gb2312",
        site="墨犁范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.molifanwen.com/jianghua/jiaoyu/20250227/11804.html",
        title="在全县中小学“绿色包书”行动推进会上的讲话",
        record_title="〘讲话·开学季〙在全县中小学“绿色包书”行动推进会上的讲话（附开头结尾）_墨犁范文苑",
        date="2025-02-24",
        date_also=["2025-02-27"],
        notes="old table layout with marquee, font row, floating QQ box and visitor counter; date under the speech title, page date also accepted; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〘讲话·开学季〙在全县中小学“绿色包书”行动推进会上的讲话（附开头结尾）_墨犁范文苑</title>
<script language="javascript" src="/js/count.asp?id=11804"></script>
<style>td{font-size:12px}.zw{font-size:14px;line-height:200%}</style>
</head><body topmargin="0">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/logo.gif"> ⟦m 墨犁范文苑 · 一犁春雨写文章⟧</td><td align="right"><a href="/user/login.asp">⟦a 会员登入⟧</a>　<a href="/user/reg.asp">⟦a 新会员报到⟧</a></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 苑首页⟧</a> <a href="/jianghua/">⟦m 领导讲话⟧</a> <a href="/zongjie/">⟦m 总结汇报⟧</a> <a href="/tongzhi/">⟦m 通知公文⟧</a> <a href="/xinde/">⟦m 心得感悟⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦w 苑内笔杆承接讲话稿、汇报稿量身撰写，当天出初稿，联系微信 molifw_0824⟧</marquee></td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您所在的栏目：墨犁范文苑 &gt;&gt; 领导讲话 &gt;&gt; 教育系统讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 收录时间：2025-02-27　整理：青砚　人气：1284⟧</div>
<div align="center">⟦a 〖阅读字体：特大 ｜ 偏大 ｜ 适中〗〖底色：米黄 ｜ 豆绿 ｜ 纸白〗⟧</div>
<p align="center">弋饶县教育体育局局长　孟冠庭</p>
<p align="center">（2025年2月24日）</p>
<div class="zw">
{BODY}
</div>
<div align="center"><a href="/down.asp?id=11804">⟦a 〓 下载这篇讲话（WORD，扣2个犁币）〓⟧</a></div>
<div>⟦l 上一篇：全县教育系统安全工作会上的讲话（秋季）⟧<br>⟦l 下一篇：在“书香校园”阅读节开幕式上的致辞⟧</div>
</td>
<td width="250" valign="top">
<table border="1" bordercolor="#cccccc"><tr><td>⟦l ◆本栏点击排行◆⟧</td></tr>
<tr><td><a href="/a/9921.html">⟦l 校长在开学典礼上的讲话稿三篇⟧</a></td></tr>
<tr><td><a href="/a/9870.html">⟦l 教育局长在中考备考会上的讲话⟧</a></td></tr>
<tr><td><a href="/a/9702.html">⟦l 在课后服务工作推进会上的讲话提纲⟧</a></td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:4px;top:220px">⟦w 写作顾问在线 QQ 3317 0826 随时答疑⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦d 本苑范文供写作借鉴，引用请自行核实数据，切勿原样照搬于正式场合。⟧<br>
⟦m 您是本苑第 0389217 位来访者⟧　⟦m 墨犁范文苑 版权所有　赣ICP备17052203号⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
新学期的课本已经发到孩子们手中，今天召开这个推进会，就是要把“绿色包书”这件小事办实办好。去年秋季，县市场监管局抽检城区文具店的包书膜十二批次，有三批次邻苯二甲酸酯超标，不少家长反映包书膜一拆开气味刺鼻。下面，我讲三点意见。
一、把好进校园的质量关。各校一律不得统一代购包书膜，确需向家长推荐的，只能推荐标注材质、附有检验报告的产品。⟦a 【拷贝这一段】⟧
二、倡导循环使用。鼓励高年级学生把完好的包书膜留给低年级，也提倡用旧挂历纸、牛皮纸动手包书，让孩子在包书中学会爱惜课本。
三、做好宣传引导。各校要利用开学家长会讲清劣质包书膜的危害，不搞一刀切，不给家长增加额外负担。
同志们，给课本穿上一件安全的“外衣”，就是给孩子多一分保护。希望大家抓紧行动，确保本学期末全县中小学“绿色包书”覆盖率达到百分之九十以上。
""",
    ),
    dict(
        slug="jiandu-insight-exam-folder-no-title",
        site="简牍文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jiandu-wg.com/xinde/jiaoshi/52077.html",
        title="用错题试卷夹陪学生复盘一学期的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record, found as the page's title line after a tag line; no date anywhere (a 收录 line is no date); a writing-service prompt glued after a sentence",
        page="""
!m 简牍文稿网 · 教师专栏
!m 位置：简牍文稿网 / 心得体会 / 教师心得 / 正文
!l 标签：错题整理　学习习惯　初中数学
{T}
!m 投稿：山茶　约 330 字　已被 416 人借鉴
!a 全文复制 ｜ 生成PDF ｜ 放进素材篮
{BODY}
!a 会员专享：本篇可一键导出带页眉页脚的Word版
!w 要定制教师心得？老写手三小时交稿，微信 jiandu_wengao
!l 同类精选
!l · 班主任带班育人心得（初二下学期）
!l · “双减”背景下作业管理的实践体会
!d 简牍文稿网所载文章系会员投稿，观点仅代表作者本人。
!m jiandu-wg.com　湘ICP备20118437号-1
""",
        indent="\u3000\u3000",
        body="""
这学期，我在初二（3）班试着让每个学生准备一个A4试卷夹，专门收纳订正过的试卷和错题。一学期下来，收获比我预想的要多。
一是试卷不再“满书包乱飞”。以前讲评试卷，总有几个学生翻半天找不到，现在按单元插进试卷夹，五分钟就能翻到要讲的那一张。
二是复盘有了抓手。我要求学生在每张试卷右上角写上错因，月考前把试卷夹里的错题重做一遍，全班数学平均分从71.4分提高到78.9分。⟦w 代写教师心得，加QQ 2810 5573⟧
三是家长看得见。家长会上，我请家长翻一翻孩子的试卷夹，不少家长说这是第一次知道孩子到底错在哪里。
当然，也有学生只把试卷夹当“收纳袋”，塞进去就不再翻。下学期，我打算每两周抽查一次，让试卷夹真正成为学生自己的复盘本。
""",
    ),
    dict(
        slug="puye-wenku-book-film-survey-pdf-markers",
        site="璞页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.puye.cn/view/7c2e91d04a6f.html",
        title="关于中小学生包书膜质量安全情况的调研报告",
        record_title="关于中小学生包书膜质量安全情况的调研报告.pdf",
        date="2025-04-18",
        notes="file name as the record title; viewer toolbar, coin pay box; page-marker paragraphs ⩜ n ⩝ cut sentences; data table; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于中小学生包书膜质量安全情况的调研报告.pdf - 璞页文库</title>
<script src="https://static.puye.cn/reader/v3/viewer.min.js"></script>
</head><body>
<header class="pw-head"><span class="logo">⟦m 璞页文库⟧</span><input placeholder="搜文档、搜资料"><a class="vip">⟦a 开通璞页会员⟧</a><a>⟦a 登录 · 注册⟧</a></header>
<nav class="crumbs">⟦m 璞页文库 › 行业资料 › 质量检测 › 调研报告⟧</nav>
<main><section class="doc-info">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：qz_kaiyuan　｜　4页　｜　186KB　｜　PDF⟧</p>
<p class="meta">⟦m 2.3万人已读　评分 4.6⟧</p>
</section>
<div class="reader-bar">⟦a 放大　缩小　适应页宽　全屏阅读　目录⟧</div>
<div class="reader-pages">
{BODY}
</div>
<div class="paywall">⟦a 试读已到第3页，支付 6 璞币解锁余下全部内容⟧<button>⟦a 立即解锁⟧</button></div>
<div class="doc-actions">⟦a 下载原文件　｜　加入文件夹　｜　分享给好友⟧</div>
</main>
<aside><h3>⟦l 与本篇相关的文档⟧</h3><ul>
<li>⟦l 学生文具质量抽检情况报告（2024）⟧</li>
<li>⟦l 校园周边文具店专项整治工作总结⟧</li>
<li>⟦l 开学季消费提示：如何挑选包书皮⟧</li></ul></aside>
<footer>⟦d 文档由用户上传，璞页文库仅提供存储和在线预览服务，若内容侵权请提交权属证明，平台核实后处理。⟧<br>⟦m © 2025 puye.cn 璞页文库　浙ICP备21066031号⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⩜ {n} ⩝", every=110, start=2),
        body="""
为掌握我县中小学生使用包书膜的质量安全状况，今年3月，县消费者权益保护委员会联合县市场监管局，在城区和4个乡镇的23家文具店、5所学校周边摊点开展调研，购买样品40批次送检。现将有关情况报告如下。
一、检测结果
检测项目　样品批次　不合格批次　不合格率
邻苯二甲酸酯　40　5　12.5%
可迁移重金属　40　1　2.5%
气味等级　40　7　17.5%
二、主要问题
一是低价产品问题集中，不合格样品中有6批次单价低于每张0.3元；二是标识不全，14批次未标注材质和生产企业；三是学校周边摊点无票进货的现象较为普遍。
三、有关建议
建议市场监管部门将包书膜纳入开学季文具专项抽检，教育部门引导学校不得指定购买，家长选购时注意闻气味、看标识、留票据。
郈昌县消费者权益保护委员会
2025年4月18日
""",
    ),
    dict(
        slug="tuoling-wenku-board-sticker-plan-wrapped-markers",
        site="驼铃文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.tuolingwenku.com/p-5502813.html",
        title="沾庆区第二小学教室黑板贴规范使用试点方案",
        record_title="〔教务参阅〕沾庆区第二小学教室黑板贴规范使用试点方案（节选预览）- 驼铃文库",
        date="2025-03-03",
        notes="hard-wrapped at 62 columns, cut by page markers ⭃n⭄ glued to the continuation line; decorated record title; 成文日期 under the signature",
        page="""
!m 驼铃文库 — 路再远也有好文档
!a 免费预览前2页 · 下载完整版需 3 驼铃币
!m 文档分类：中小学 › 教学管理 › 方案计划
{T}
!m 贡献者：hl_wang2021　｜　页数：3　｜　浏览 907 次
{BODY}
!a 预览结束，余下 1 页请下载后查看
!a 【下载完整文档】　【收进我的书架】
!l 看过本文的人还看了：班级文化墙布置方案　教室护眼照明改造方案
!d 本文档由驼铃文库用户上传，版权归原作者，如有侵犯请联系站务处理。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⭃{n}⭄", every=105, start=2, glue=True),
        body="""
为减少教室黑板上各类黏贴物对板书和学生视力的影响，经校务会研究，决定在三、四年级12个班开展黑板贴规范使用试点，方案如下。
一、试点内容
黑板正面只保留课程表和值日表两张磁性黑板贴，统一贴在黑板两侧边框内；班级口号、评比栏等一律移到教室后墙；禁止在黑板书写区张贴胶质贴纸，已有的由班主任在3月10日前清理干净，残胶用温水软化后擦除，不得用刀片刮。
二、工作要求
各班每周五由卫生委员检查一次黑板贴是否起翘、反光，发现问题报总务处更换。试点结束后，学校将请眼科医生到校测量黑板反光情况，形成评估报告，再决定是否在全校推开。
沾庆区第二小学教务处
2025年3月3日
""",
    ),
    dict(
        slug="yirao-gov-book-film-spot-check-notice",
        site="弋饶县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yirao.gov.cn/xxgk/tzgg/202508/t20250814_301276.html",
        title="关于开展2025年秋季学生包书膜专项抽检的通知",
        record_title="关于开展2025年秋季学生包书膜专项抽检的通知_部门公文_弋饶县人民政府门户网站",
        date="2025-08-12",
        date_also=["2025-08-14"],
        notes="index table (文号 cell unmarked, neutral); attachment download link beside the 附件 list; the bureau's 联系人/电话 beside the portal's 纠错 line and 12345; 抄送 and 印发 lines in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展2025年秋季学生包书膜专项抽检的通知_部门公文_弋饶县人民政府门户网站</title>
<meta name="ArticleTitle" content="关于开展2025年秋季学生包书膜专项抽检的通知">
<script src="/js/jquery.min.js"></script><script>var pageId="301276";</script>
</head><body>
<div class="topbar">⟦m 欢迎来到弋饶县人民政府门户网站⟧ <a>⟦a 长辈版⟧</a> <a>⟦a 读屏助手⟧</a> <a>⟦a 繁体⟧</a></div>
<div class="banner">⟦m 弋饶县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进弋饶⟧</li></ul>
<div class="position">⟦m 当前位置： 首页 &gt; 政务公开 &gt; 部门公文 &gt; 县市场监督管理局⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11360725MB1520438K/2025-00917⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：弋饶县市场监督管理局⟧</td><td>⟦m 成文日期：2025-08-12⟧</td></tr>
<tr><td>文　　号：弋市监函〔2025〕41号</td><td>⟦m 发布日期：2025-08-14⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-tools">⟦a 【字号：大 中 小】【打印本页】【关闭】⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：秋季学生包书膜专项抽检任务分配表.xlsx（12KB）⟧</div>
<div class="read-on-phone">⟦a 手机扫一扫，在掌上弋饶继续读⟧</div>
<div class="xggj">⟦l 延伸稿件：⟧<a>⟦l 县市场监管局开展开学季校园周边文具店检查⟧</a></div>
<div class="jiucuo">⟦m 发现页面差错请拨打网站纠错电话 0793-6120045⟧　⟦m 政务服务便民热线 12345⟧</div>
<div class="footer">⟦m 主办：弋饶县人民政府办公室　承办：弋饶县大数据中心⟧<br>⟦m 网站标识码 3611270011　赣ICP备05006641号　赣公网安备36112702000118号⟧</div>
</body></html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
为保障学生用品质量安全，局里决定在秋季开学前后开展学生包书膜专项抽检，现将有关事项通知如下。
一、抽检范围。县城区及各乡镇学校周边文具店、商超文具专柜、网络直播销售的包书膜、书皮纸和自粘书套。
二、抽检项目。重点检测邻苯二甲酸酯、可迁移元素和标识标注，每个乡镇抽样不少于6批次。
三、时间安排。8月20日至9月20日完成抽样，10月15日前汇总结果并向社会公布。
联系人：欧阳沁，电话：0793-6123318。
附件：1.秋季学生包书膜专项抽检任务分配表
2.包书膜抽样单（样式）
弋饶县市场监督管理局
2025年8月12日
抄送：县教育体育局，县消费者权益保护委员会。
弋饶县市场监督管理局办公室　2025年8月12日印发
""",
    ),
    dict(
        slug="houchang-gov-exam-folder-fee-bulletin-wrapped",
        site="郈昌县人民政府 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.houchang.gov.cn/zwgk/bmwj/jyj/202510/t20251009_88412.html",
        title="郈昌县教育体育局关于部分学校违规统一征订试卷夹问题的通报",
        record_title="郈昌县教育体育局关于部分学校违规统一征订试卷夹问题的通报 - 郈昌县人民政府网",
        record_date="2025-10-09",
        date="2025-10-09",
        notes="text copied from the portal, hard-wrapped at 64 columns; 文号 line neutral; data table; 抄送 line; the record gives the date",
        page="""
!m 郈昌县人民政府网 ｜ 政务公开 ｜ 部门文件
!a 【大字】【标准】【打印】【收藏本页】
{T}
郈教体通〔2025〕22号
!m 信息来源：县教育体育局　点击数：2206
{BODY}
!l 上一条：郈昌县2025年秋季学期中小学校历
!l 下一条：关于做好中小学生课后服务收费公示的通知
!m 郈昌县人民政府办公室主办　网站纠错：0795-5318802
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
各乡镇中心学校，县直各学校：
9月下旬，县教育体育局对全县中小学秋季开学收费情况开展专项检查，发现部分学校以“统一规格、方便管理”为由，向学生统一征订试卷夹，违反了教辅材料和学习用品由学生自愿购买的规定。现将有关情况通报如下。
学校　征订数量　收费标准　处理结果
县第四中学　1260个　每个8元　全额清退
苟岭镇中学　430个　每个6元　全额清退
巨槛乡中心小学　210个　每个5元　全额清退
上述学校已于10月8日前将所收款项全部退还家长，相关负责人已被约谈。各校要举一反三，严禁以任何名义统一征订试卷夹等学习用品，学生自行准备的试卷夹不作颜色、品牌要求。
郈昌县教育体育局
2025年10月9日
抄送：县纪委监委驻县教育体育局纪检监察组，县市场监督管理局。
""",
    ),
    dict(
        slug="yirao-news-volunteers-book-film-no-title",
        site="弋饶新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yiraoxw.cn/2025/0302/xw_40217.shtml",
        title="百名志愿者走进乡村小学 为留守儿童的新课本包上书膜",
        record_title=None,
        date="2025-03-02",
        notes="no title in the record, found in the <h1>; a client prompt glued before the lead's first words; photo captions between paragraphs; byline's 发布时间 as the date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>弋饶新闻网</title>
<script>window._tj=['xw_40217'];</script>
</head><body>
<div class="top-links">⟦m 弋饶新闻网 弋饶县融媒体中心主办⟧　<a>⟦a 下载“弋饶发布”客户端⟧</a></div>
<nav>⟦m 首页 | 时政 | 民生 | 教育 | 乡村 | 视频 | 专题⟧</nav>
<div class="bread">⟦m 首页 > 教育 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-03-02 18:46　来源：弋饶新闻网　记者：卢明蒙　通讯员：饶小溪⟧</div>
<div class="listen">⟦a ▷ 听新闻⟧</div>
{BODY}
<p class="editor">⟦m （编辑：涂可　审核：魏庆年）⟧</p>
</article>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<aside><h4>⟦l 24小时热读⟧</h4><ol>
<li>⟦l 县城这条老街改造完成，周末迎客⟧</li>
<li>⟦l 春耕时节，农技员把课堂搬到田埂上⟧</li>
<li>⟦l 县人民医院新院区门诊楼封顶⟧</li></ol></aside>
<div class="ad-slot">⟦a 广告位招商 0793-6207711⟧</div>
<footer>⟦d 本网稿件未经授权不得转载，违者追究法律责任。⟧ ⟦m 互联网新闻信息服务许可证 36120240017⟧</footer>
</body></html>
""",
        body="""
⟦a 打开弋饶发布App，看更多本地新闻⟧3月2日上午，百名青年志愿者带着两千多张环保包书膜，分头来到奉驼镇、涡界镇的7所村小，帮留守儿童给新学期的课本“穿新衣”。
在奉驼镇中心小学，志愿者先教孩子们量书、裁膜、折角，再手把手把包书膜贴平，一个上午包好了六百多本书。四年级学生小霞说，奶奶眼睛不好，以前都是用旧报纸包书，今年终于有了透明的书皮。
⟦m 图为志愿者在奉驼镇中心小学教学生包书。（通讯员 饶小溪 摄）⟧
据了解，这批包书膜由县青年企业家协会捐赠，全部经过第三方检测。团县委相关负责人表示，活动还将持续到3月底，覆盖全县28所村小。
""",
    ),
    dict(
        slug="liguan-news-magnet-factory-line",
        site="黎冠新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.liguannews.com/cj/2025-05/16/content_301944.htm",
        title="沾庆区首条教学磁铁贴全自动生产线投产",
        record_title="沾庆区首条教学磁铁贴全自动生产线投产 - 产业前沿 - 黎冠新闻网",
        date="2025-05-16",
        notes="decorated record title (column and site); byline with 发布时间 as the date; photo caption and a related link between paragraphs; an editor line glued after the last paragraph",
        page="""
!m 黎冠新闻网 ｜ 黎冠日报社主办
!m 首页 > 产业前沿 > 正文
{T}
!m 发布时间：2025-05-16 10:12　来源：黎冠日报　记者 顾庆阳
!a 字体：A+ A-　　分享：微信 微博
{BODY}
!l 【相关阅读】沾庆区磁材产业园一季度产值同比增长一成
!l 【相关阅读】黎冠市出台文教用品产业提质行动计划
!d 黎冠新闻网所刊原创稿件，转载请注明出处。
!m 违法和不良信息举报电话：0796-2180110
""",
        body="""
5月15日，位于沾庆区磁材产业园的黎冠驼峰磁业有限公司，首条教学磁铁贴全自动生产线正式投产。这条线从磁条挤出、覆膜、印刷到模切全部自动完成，每天可生产白板用磁铁贴12万片。
“过去裁切靠工人手工，边角毛糙，还容易把磁粉掉在白板上。”公司生产部经理王蒙介绍，新生产线采用软磁条一体成型工艺，磁铁贴边缘光滑，吸力比原来提高约两成。
⟦m 图为工人在检查刚下线的教学磁铁贴。记者 顾庆阳 摄⟧
目前，该公司的磁铁贴主要供应中小学和幼儿园，用于白板教学、作业展示和班级评比。区经济和信息化局相关负责人表示，今年将支持更多文教用品企业开展自动化改造。⟦m 责任编辑：冯许⟧
""",
    ),
    dict(
        slug="jianke-forum-keyboard-cover-review-jammer",
        site="键客部落 (invented, Discuz-like hobby forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jiankebuluo.com/thread-286150-1-1.html",
        title="用了三个月的硅胶和TPU键盘膜，说说真实感受",
        record_title="[长期体验] 用了三个月的硅胶和TPU键盘膜，说说真实感受 - 笔记本外设区 - 键客部落",
        date=None,
        notes="forum thread with jammer fonts glued and on a line; poster panel, rating row, signature; relative post time (no date)",
        page="""
<html><head><meta charset="utf-8"><title>[长期体验] 用了三个月的硅胶和TPU键盘膜，说说真实感受 - 笔记本外设区 - 键客部落</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb">⟦m 键客部落 · 敲出好手感⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即入伙⟧</a></div>
<div id="pt">⟦m 键客部落 › 硬件交流 › 笔记本外设区 › 查看主题⟧</div>
<div class="viewthread">
<div class="ts">⟦m 阅读 5133 ┃ 回帖 47⟧</div>
<h1><span id="thread_subject">{T}</span></h1>
<table><tr>
<td class="pls"><p>⟦m 敲字的橘子⟧</p><p>⟦m 积分 2210　主题 36　等级：资深键客⟧</p></td>
<td class="plc"><div class="authi">⟦m 楼主 ┃ 发表于 3 天前 ┃ 只看他⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 6　键币 +18　收起 理由⟧</div>
<div class="sign">⟦m 签名：码字为生，键帽是我的老朋友⟧</div>
<div class="po">⟦a 回复　引用　举报　点赞 31⟧</div>
</td></tr></table>
</div>
<div class="reply-box">⟦a 登录后才能参与讨论，没有账号？马上入伙⟧</div>
<div id="ft">⟦m 键客部落 ( 粤ICP备19087724号 )⟧ ⟦m 基于 Discuz! X3.5 搭建⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=3),
        body="""
先说结论：怕水选硅胶，怕手感变差选TPU。下面是我在同一台笔记本上轮流用两张键盘膜三个月的记录。
硅胶膜厚一些，防水确实好，上个月打翻半杯奶茶，擦干净键盘一点事没有。缺点是用久了发黄，键帽上的字有点糊，打字时会有轻微的拖拽感。
TPU膜薄得几乎感觉不到，打字手感和不贴差不多，透光也好。但它贴合度一般，边缘容易翘，我用了两个月就在空格键那里裂了一道小口子。
还有一点要提醒：两种膜都会影响散热，有的笔记本出风口就在键盘下面，夏天最好揭掉用。
""",
    ),
    dict(
        slug="shouzuo-forum-clay-fridge-magnet-junk",
        site="手作磁贴同好会 (invented forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.cizhitonghao.net/forum/topic/17734",
        title="自己用软陶做冰箱磁铁贴，新手踩过的几个坑",
        record_title="【软陶入坑笔记】自己用软陶做冰箱磁铁贴，新手踩过的几个坑（附成品图）",
        date=None,
        notes="text forum post with anti-scraping junk as lines and glued after 。; relative post time; a poster's aside between paragraphs; no date",
        page="""
!m 手作磁贴同好会 › 教程分享 › 软陶 黏土
!t 【软陶入坑笔记】自己用软陶做冰箱磁铁贴，新手踩过的几个坑（附成品图）
!m 楼主：柚子皮皮　发帖 2 天前　浏览 684　回复 23
{BODY}
!a 顶　踩　收藏此帖　举报
!l 2楼 陶土小熊：磁铁在哪买的？求链接
!l 3楼 柚子皮皮：回复 陶土小熊：本地五金店，十块钱五十颗
!a 游客请先登录，登录后可以回帖和下载附件
!m 同好会 ©2019-2025　站长邮箱 admin@cizhitonghao.net
""",
        junk=dict(lines=2, glued=3),
        body="""
上周末第一次做软陶冰箱贴，一共做了十二个，成功的只有七个，记录一下踩过的坑，给想入门的朋友参考。
第一，磁铁别直接按进生坯里。我一开始图省事，把小圆磁铁压进去一起烤，结果烤完磁铁周围全裂了。正确做法是烤好放凉后，再用胶把磁铁粘在背面。
第二，烤箱温度要按软陶包装上写的来。我有两个烤到发黑，就是因为温度调高了二十度。
⟦m （本段图片加载中……）⟧
第三，胶别用普通的双面胶。冰箱门一开一关有震动，双面胶粘的磁铁没两天就掉了，换成环氧树脂胶以后就牢了。
第四，做好的冰箱贴别太厚太重，超过一定重量，小磁铁吸不住，会慢慢往下滑。
""",
    ),
]
