"""holdout92, part A: fermented bean curd (腐乳) workshops in invented 醅川, 曲坞 and 坛溪.
Written by hand, case by case. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-peichuan-furu-summary-pian",
        site="好范本网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.haofanben.example.com/zongjie/20250112/77310.html",
        title="醅川县腐乳作坊规范提升工作总结",
        record_title="【推荐】醅川县腐乳作坊规范提升工作总结（通用4篇）",
        date="2025-01-08",
        notes="decorated record title; a 篇 switcher row and a ghost-writer line between paragraphs; 成文日期 under the signature",
        page="""
!m 好范本网 — 写材料，先来好范本
!m 当前所在：范本首页 › 工作总结 › 专项总结
!t 【推荐】醅川县腐乳作坊规范提升工作总结（通用4篇）
!l 第1篇　第2篇　第3篇　第4篇
!m 整理：小范　　更新于 3天前　　阅读 2817
{BODY}
!a ↓↓ 本篇全文可一键导出为Word ↓↓
!l 你可能还想看：酱菜作坊整治总结｜小作坊食品安全自查报告范本｜豆制品行业调研
!d 本站范本均来自网友投稿，仅供参考借鉴，请勿照搬使用。
""",
        body="""
2024年，县市场监管局把腐乳作坊规范提升作为民生实事，全县四十一家腐乳作坊全部纳入名录管理。
一是摸清底数。逐户登记作坊地址、从业人数、年产量和销售渠道，建立“一坊一档”。
⟦w 材料赶时间？资深笔杆子一对一代笔，微信 fb_laowang88⟧
二是改造场所。指导作坊实行发酵间、腌制间、包装间分区，三十三家完成改造，八家停业整改。
三是强化抽检。全年抽检腐乳样品一百二十批次，合格率由上年的百分之九十一提高到百分之九十八。
醅川县市场监督管理局
2025年1月8日
""",
    ),
    dict(
        slug="wenku-quwu-furu-survey-brackets-pages",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.zhiye.example.cn/p-55102948.html",
        title="关于曲坞镇腐乳产业发展情况的调研报告",
        record_title="关于曲坞镇腐乳产业发展情况的调研报告.docx",
        date="2024-11-20",
        notes="file-name record title; page markers ⁅n⁆ cutting sentences; a preview-end pay prompt; Chinese-numeral 成文日期",
        pages=dict(fmt="⁅{n}⁆", every=120, start=2),
        page="""
!m 知页文库 · 海量文档在线读
!m 文档分类：行业资料 > 食品加工 > 调研报告
!t 关于曲坞镇腐乳产业发展情况的调研报告.docx
!m 页数：4　大小：36KB　贡献者：qw_2231　上传时间：2025-02-03
{BODY}
!a 预览到此为止，开通知页会员即可阅读并导出全部4页
!a 立即下载（需8知币）　　加入书架
!d 声明：本文档由用户自行上传，知页文库只提供存储空间，如涉及侵权请联系平台删除。
""",
        body="""
曲坞镇制作腐乳已有三百多年历史，现有腐乳生产企业三家、家庭作坊二十六户，年产腐乳约一千八百吨。
调研发现，全镇腐乳产业存在品牌散、包装旧、销售渠道单一等问题，多数作坊仍靠赶集和熟人销售。
为此建议：整合“曲坞腐乳”区域公用品牌，统一标识和质量标准；建设共享发酵车间，降低小作坊改造成本；依托电商服务站开拓线上销路。
曲坞镇人民政府调研组
二〇二四年十一月二十日
""",
    ),
    dict(
        slug="gov-tanxi-furu-notice-html-index",
        site="坛溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tanxi.example.gov.cn/zwgk/tzgg/202503/t20250311_88214.html",
        title="坛溪县市场监督管理局关于开展腐乳小作坊登记证年度核验的通知",
        record_title=None,
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="no record title: the h1; 信息公开 index table; 长辈版 toolbar; the bureau's 联系人/电话 kept next to the site's 12345 footer line",
        p_html='<p style="text-indent:2em">{}</p>',
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>坛溪县市场监督管理局关于开展腐乳小作坊登记证年度核验的通知_坛溪县人民政府</title>
<script src="/static/js/jquery.min.js"></script>
<script>var _stat = {site: "tanxi", col: "tzgg"};</script>
</head><body>
<div class="topbar">⟦a 长辈版　｜　无障碍浏览　｜　English⟧</div>
<div class="logo">⟦m 坛溪县人民政府　www.tanxi.example.gov.cn⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进坛溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="meta">
<tr><td>⟦m 索引号：TX-SCJG-2025-0047⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文机构：坛溪县市场监督管理局⟧</td><td>⟦m 公开日期：2025-03-11⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="tools">⟦a 〔 大字 ｜ 默认 〕　收藏　打印此页⟧</div>
<div class="content">
{BODY}
</div>
<div class="fx">⟦l 分享至：微博　微信　QQ空间⟧</div>
<div class="related"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 坛溪县食品小作坊登记管理办法（试行）⟧</li><li>⟦l 2024年坛溪县食品安全抽检结果公示⟧</li></ul></div>
<div class="foot">
<p>⟦m 主办：坛溪县人民政府办公室　承办：县大数据中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站标识码：3310290011⟧</p>
<p>⟦m 浙ICP备20250311号-1⟧</p>
</div>
<script>document.write('<img src="/stat.gif">');</script>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处，各腐乳小作坊：
为巩固腐乳小作坊规范提升成果，县局决定于3月15日至4月30日开展小作坊登记证年度核验。现将有关事项通知如下：
一、核验对象。持有有效期内食品小作坊登记证的腐乳、豆腐乳生产作坊。
二、核验内容。场所布局、原料进货台账、发酵用盐和添加剂使用记录、从业人员健康证明。
三、办理方式。作坊可到各市场监管所窗口现场办理，也可登录“坛溪市场监管”平台上传材料。
联系人：周蓓　电话：0573-8821406
坛溪县市场监督管理局
2025年3月10日
""",
    ),
    dict(
        slug="news-peichuan-furu-festival-html-caption",
        site="醅川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.peichuan.example.com/xw/2025/0420/31568.html",
        title="醅川首届腐乳文化节开幕 二十家老作坊同台亮手艺",
        record_title="醅川首届腐乳文化节开幕 二十家老作坊同台亮手艺_醅川新闻网",
        date="2025-04-19",
        record_date="2025-04-19",
        notes="site suffix; byline 发布时间 as the page date; a photo caption and a download-app line between paragraphs; editor line glued after the last sentence",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>醅川首届腐乳文化节开幕 二十家老作坊同台亮手艺_醅川新闻网</title>
<link rel="stylesheet" href="/css/news.css"></head>
<body>
<header><div class="brand">⟦m 醅川新闻网 · 醅川县融媒体中心主办⟧</div>
<nav>⟦m 首页 ｜ 本地 ｜ 乡镇 ｜ 民生 ｜ 视频 ｜ 专题⟧</nav></header>
<div class="path">⟦m 首页 &gt;&gt; 本地新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-04-19 18:42　来源：醅川融媒　记者 吕晓澄⟧</div>
{BODY}
</article>
<aside><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 县城东环路将实行单向通行⟧</li><li>⟦l 醅川今年新增三所公办幼儿园⟧</li><li>⟦l 油菜花田里的乡村音乐会⟧</li></ol></aside>
<footer><p>⟦d 本网原创稿件，未经授权不得转载，违者追究法律责任。⟧</p><p>⟦m 醅川县融媒体中心　新闻热线：0573-8800110⟧</p></footer>
<script src="/js/count.js"></script>
</body></html>
""",
        body="""
4月19日上午，醅川县首届腐乳文化节在曲坞镇老街开幕，全县二十家老作坊同台展示霉豆腐制作手艺。
⟦m 图为游客在老街品尝红方腐乳。（记者 吕晓澄 摄）⟧
开幕式上，县非遗保护中心为“曲坞腐乳制作技艺”传承人颁发证书，三家作坊现场签约电商订单。
⟦a 打开醅川融媒APP，看文化节直播回放⟧
文化节为期三天，设有腐乳品鉴、亲子制作体验、老字号市集等活动，预计接待游客三万人次。⟦m （编辑：施雨 审核：陆禾）⟧
""",
    ),
    dict(
        slug="forum-quwu-furu-mold-post-junk",
        site="曲坞生活圈 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.quwu.example.net/thread-60214-1-1.html",
        title="自家做腐乳长黑毛了还能吃吗？老作坊师傅来答",
        record_title="自家做腐乳长黑毛了还能吃吗？老作坊师傅来答 - 美食厨房 - 曲坞生活圈",
        date=None,
        notes="forum junk lines and glued junk; floor meta; relative time 2小时前 is no date; reply box and board nav",
        junk=dict(lines=1, glued=2),
        page="""
!m 曲坞生活圈 › 吃在曲坞 › 美食厨房
!l 返回列表　　发新帖　　回复
!t 自家做腐乳长黑毛了还能吃吗？老作坊师傅来答 - 美食厨房 - 曲坞生活圈
!m 楼主：坛子老陈　　发表于 2小时前　　只看该作者
!m 查看: 1562 | 回复: 23
{BODY}
!l 收藏 0　　分享　　支持 12　　反对 0
!l 快速回复：请先登录后再参与讨论
!m Powered by QuwuBBS © 2016-2025
""",
        body="""
最近好几个街坊问我，自己在家做腐乳，豆腐块上长出黑毛还能不能吃，我在作坊干了二十多年，说几句实在话。
正常发酵长的是白色或淡黄色的毛，像棉絮一样，这是毛霉，是好东西。
如果长出黑色、绿色或者粉红色的毛，说明杂菌污染了，整坛都不要吃，别舍不得。
家里做要注意三条：豆腐要压干水分，发霉时温度控制在十五到二十度，装坛前的盐和酒一定要放够。
""",
    ),
    dict(
        slug="blog-tanxi-furu-workshop-html-tags",
        site="豆香小记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://douxiang.example.blog/2024/12/visit-old-workshop.html",
        title="冬至前去看外婆的腐乳坊",
        record_title="冬至前去看外婆的腐乳坊 | 豆香小记",
        date="2024-12-18",
        notes="blog with tag cloud, archive, reward button between paragraphs and a reprint line after the last one; date in bracketed post time",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>冬至前去看外婆的腐乳坊 | 豆香小记</title>
<script async src="/js/theme.js"></script></head>
<body><div id="wrap">
<div id="header"><h2>⟦m 豆香小记⟧</h2><p>⟦m 写一点吃的，写一点人⟧</p></div>
<div id="menu">⟦m 首页　归档　标签　关于我⟧</div>
<div class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m [2024-12-18 21:06]　分类：乡味　阅读(488)⟧</div>
{BODY}
<div class="post-tags">⟦l 标签：腐乳　外婆　坛溪　冬至⟧</div>
<div class="nav-links">⟦l « 上一篇：腌笃鲜的笋要挑哪种⟧<br>⟦l 下一篇：县城最后一家爆米花摊 »⟧</div>
<div id="comments">⟦l 发表评论（已有 9 条）⟧</div>
</div>
<div id="sidebar"><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年12月 (4)⟧</li><li>⟦l 2024年11月 (6)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 豆制品 腌菜 老街 手艺人 年货⟧</p></div>
<div id="footer">⟦d © 2024 豆香小记 · 文字版权归作者所有⟧</div>
</div></body></html>
""",
        body="""
冬至前一个周末，我回坛溪看外婆。她的腐乳坊在老屋后院，一排土坛子挨着墙根，已经摆了四十年。
外婆说，做腐乳最怕心急，豆腐块在竹匾上发霉要等五六天，毛长到一寸长才算好。
⟦a 觉得写得还行，请作者喝杯豆浆 ☕ 打赏⟧
今年她只做了八坛，说手腕不如从前了。临走时她塞给我两瓶，瓶口用红纸封着，像小时候一样。
⟦d 原创文字，转载请先留言。⟧
""",
    ),
    dict(
        slug="wechat-peichuan-furu-pledge-mirror",
        site="微文镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://wx.mirror.example.com/s/pc_furu_0315",
        title="醅川县腐乳行业诚信经营倡议书",
        record_title="倡议｜醅川县腐乳行业诚信经营倡议书",
        date="2025-03-15",
        notes="account mirror: account line with date; 听全文 and 关注 prompts; 在看/赞 bar; 阅读原文; sentences speaking of 扫码 kept",
        page="""
!t 倡议｜醅川县腐乳行业诚信经营倡议书
!m 醅川食品协会　2025-03-15 08:30　浙江
!a ▶ 听全文 03:12
!w 👆点击上方蓝字「醅川食品协会」关注我们
{BODY}
!l 阅读原文
!l 分享　收藏　在看 37　赞 52
!d 文章内容来源于公众号，本站仅做镜像展示
""",
        body="""
全县腐乳生产经营者：
为维护“醅川腐乳”的好口碑，县食品行业协会向全体会员发出如下倡议：
一、守住原料关，选用非转基因大豆，不用霉变原料和工业盐。
二、守住标签关，如实标注生产日期、配料和生产者名称，不夸大宣传功效。
三、守住承诺关，在店堂张贴追溯二维码，欢迎顾客扫码查看每一批产品的检验报告。
让我们携起手来，做良心腐乳，卖放心产品。
醅川县食品行业协会
2025年3月15日
""",
    ),
    dict(
        slug="docshare-quwu-furu-plan-pagination",
        site="共享稿库 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gonggaoku.example.net/doc/8841092.html",
        title="曲坞镇腐乳共享发酵车间建设实施方案",
        record_title="曲坞镇腐乳共享发酵车间建设实施方案（可编辑版）",
        date="2025-02-26",
        notes="(可编辑版) decoration; markers ≺n≻ glued at line starts; upload notice; a data table kept",
        pages=dict(fmt="≺{n}≻", every=110, start=2, glue=True),
        page="""
!m 共享稿库 ｜ 让文档流动起来
!t 曲坞镇腐乳共享发酵车间建设实施方案（可编辑版）
!m 上传者：镇村规划小李　｜　浏览 906　｜　下载 41
!a 【全文阅读】　【下载本文档】　【举报】
{BODY}
!d 温馨提示：本文档由会员分享，平台不对内容的准确性负责，下载前请先预览确认。
!l 同类文档：腐乳作坊改造方案｜食品小作坊园区建设方案｜豆制品加工车间设计说明
""",
        body="""
为解决家庭腐乳作坊场地小、设施旧、达标难的问题，镇政府决定建设共享发酵车间，制定本方案。
一、建设内容。在老粮站旧址改建车间一千二百平方米，设恒温发酵间四间、腌制间两间、包装间一间。
二、资金安排。
项目　金额（万元）　来源
厂房改造　180　乡村振兴衔接资金
设备购置　95　县级食品安全专项
三、使用管理。车间由镇强村公司运营，作坊按坛位计费，统一执行卫生和检验制度。
曲坞镇人民政府
2025年2月26日
""",
    ),
    dict(
        slug="edu-tanxi-furu-labour-lesson-html",
        site="坛溪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tanxi.example.gov.cn/jyxw/2025/0402/4410.html",
        title="关于组织中小学生开展“一块腐乳的诞生”劳动实践周活动的通知",
        date="2025-04-02",
        notes="education bureau page with login box and a teacher-platform float; numbered list and a download sentence kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>关于组织中小学生开展“一块腐乳的诞生”劳动实践周活动的通知</title></head>
<body>
<div id="top">⟦m 坛溪教育网 ｜ 坛溪县教育局主办⟧</div>
<div id="login">⟦a 用户名 ____ 密码 ____ 〔登录〕〔注册〕⟧</div>
<div id="nav">⟦m 首页 · 教育要闻 · 通知公告 · 德育园地 · 教师发展⟧</div>
<div id="loc">⟦m 当前栏目：通知公告⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布人：基教科　点击：1207　日期：2025年04月02日⟧</p>
{BODY}
<div class="float">⟦a 教师研修平台入口 ›⟧</div>
<p class="back">⟦a 【返回顶部】【关闭本页】⟧</p>
<div id="foot">⟦m 地址：坛溪县学府路8号　邮编：314600　技术支持：坛溪电教馆⟧</div>
</body></html>
""",
        body="""
各中小学校：
为落实劳动教育要求，县教育局决定于4月21日至25日组织开展“一块腐乳的诞生”劳动实践周活动。
1. 小学高年级学生参观坛溪老作坊，了解点豆腐、发霉、腌坛等工序。
2. 初中学生在劳动基地分组制作腐乳，记录发酵观察日记。
3. 各校于5月10日前报送活动总结和优秀观察日记各三篇。
活动安全预案模板请从县教育局网站“下载中心”自行下载。
坛溪县教育局
2025年4月2日
""",
    ),
    dict(
        slug="oa-peichuan-furu-factory-minutes",
        site="醅川红方食品有限公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.hongfang.example.local/doc/view?id=20250507",
        title="关于腐乳发酵车间温控改造的专题会议纪要",
        record_title="【内部】关于腐乳发酵车间温控改造的专题会议纪要",
        date="2025-05-06",
        notes="intranet view: approval trail and read receipt at bottom; minutes' 时间/地点/主持/参会/记录 lines kept",
        page="""
!m 红方OA ▸ 公文管理 ▸ 会议纪要 ▸ 查看
!a 〔返回〕〔转发〕〔导出PDF〕〔打印〕
!t 【内部】关于腐乳发酵车间温控改造的专题会议纪要
!m 密级：内部　　拟稿：生产部 葛青　　文档编号：HF-JY-2025-019
{BODY}
!m 流转记录：葛青 拟稿 05-06 16:20 → 许振华 审核 05-07 09:02 → 办公室 分发 05-07 10:15
!m 已阅 34 人 / 未阅 6 人
!d 内部资料，请勿外传
""",
        body="""
时间：2025年5月6日下午2点
地点：公司三楼会议室
主持：许振华
参会：生产部、设备部、品控部负责人
记录：葛青
会议研究了发酵车间温控改造事项，形成如下意见：
一、同意更换三号、四号发酵间恒温设备，设备部五月底前完成招标。
二、改造期间红方腐乳减产两成，品控部同步做好老批次留样。
""",
    ),
    dict(
        slug="qa-tanxi-furu-salt-answer-html",
        site="问知了 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenzhile.example.com/q/3309182",
        title="腐乳盐分太高，作坊有没有减盐的办法？",
        record_title=None,
        date="2025-01-23",
        notes="no record title: the question heading; answer header with 回答于 date; vote bar; related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>腐乳盐分太高，作坊有没有减盐的办法？ - 问知了</title></head>
<body>
<div class="hd">⟦m 问知了 ｜ 有问题，就问知了⟧　⟦a 登录 ｜ 注册 ｜ 我要提问⟧</div>
<div class="cat">⟦m 美食 › 调味品 › 豆制品⟧</div>
<h1 class="q">{T}</h1>
<div class="qinfo">⟦m 提问者：坛边人　3 个回答　1.2万 浏览⟧</div>
<div class="best">
<div class="who">⟦m 最佳回答 ｜ 食品工程师 蒋一鸣 回答于 2025-01-23⟧</div>
{BODY}
<div class="vote">⟦l 👍 有用 216　　👎 没用 4　　💬 评论 18⟧</div>
</div>
<div class="side"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 红方和白方腐乳有什么区别？⟧</li><li>⟦l 腐乳开盖后能放多久？⟧</li></ul></div>
<div class="ft">⟦d 回答仅代表答主个人观点，不构成专业建议⟧　⟦m 问知了 © 2025⟧</div>
</body></html>
""",
        body="""
可以减，但要分步来，不能一下子把盐砍掉，否则容易酸败。
第一，腌坯时把用盐量从百分之十六降到百分之十二左右，同时延长腌制时间。
第二，汤料里适当提高黄酒比例，酒精也能抑菌。
第三，成品改用小瓶装并冷藏销售，减少开瓶后的变质风险。
我们作坊试了一年，低盐红方的销量反而比老产品高。
""",
    ),
    dict(
        slug="collection-quwu-furu-memoir-wrap",
        site="老坛文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://laotan.example.org/wencun/juan2/27.html",
        title="父亲的霉豆腐",
        record_title="《老坛文存》卷二·第27篇：父亲的霉豆腐",
        date="2023-09-03",
        notes="hard-wrapped at 60 columns; collection navigation; closing date with place at the end",
        wrap=60,
        indent="　　",
        page="""
!m 老坛文存 · 许伯庸个人文集
!m 目录 ＞ 卷二 乡味 ＞ 第27篇
!t 《老坛文存》卷二·第27篇：父亲的霉豆腐
{BODY}
!l ← 第26篇 腊月的磨坊　　｜　　第28篇 上学的石板路 →
!d 文集内容为作者原创，仅供亲友阅读。
""",
        body="""
父亲一辈子只会一门手艺，就是做霉豆腐。曲坞人把腐乳叫霉豆腐，叫得土，吃得香。
每年秋后，父亲把豆腐切成麻将大小的方块，一块一块码在稻草上，盖上纱布，放进阁楼。那几天他夜里总要爬上去看两三回，怕热了，又怕冷了。
如今阁楼早已拆了，父亲也走了十年。我在超市里买过很多种腐乳，再没有一种是那个味道。
二〇二三年九月三日，写于曲坞老屋
""",
    ),
]
