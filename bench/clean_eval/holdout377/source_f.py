"""holdout377, part F: exam forums, encyclopaedias, cloud drives, search caches, print views and mails.

Written by hand; all names, places, sites, URLs and numbers are invented. See ../build.py.
"""

CASES = [
    dict(
        slug="examforum-dengke-interview-jigger-complaint-jammer",
        site="登科公考论坛 (invented, Discuz-like)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.dengkegk.com/thread-301877-1-1.html",
        title="有市民投诉酒吧量酒器缺量，作为市场监管执法人员你怎么处理",
        record_title="〔结构化面试·应急应变〕有市民投诉酒吧量酒器缺量，作为市场监管执法人员你怎么处理（附答题思路） - 面试交流 - 登科公考论坛",
        date=None,
        notes="an exam forum's answer post with jammer-font junk; a reply-to-see prompt, a rating row, a QQ-group "
        "ad; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔结构化面试·应急应变〕有市民投诉酒吧量酒器缺量，作为市场监管执法人员你怎么处理（附答题思路） - 面试交流 - 登科公考论坛</title>
<style>.jammer{display:inline-block;width:0;overflow:hidden}</style>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 登科公考论坛 · 一起上岸⟧　<a href="/login">⟦a 登录⟧</a>　<a href="/reg">⟦a 注册登科号⟧</a></div>
<div id="pt">⟦m 登科公考 › 面试交流 › 结构化真题⟧</div>
<div class="qqad">⟦w 面试互练群：7712-0358-6，进群发题型领答题模板⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 上岸的小满　Lv.5 进面达人　帖子 216⟧</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 小时前　｜　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖含隐藏的评分细则，回帖后刷新可见⟧</div>
<div class="rate">⟦l 评分人数 9　积分 +27　理由：思路清晰⟧</div>
<div class="po">⟦a 回复　收藏　分享　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 备考第三年：第四点“举一反三”加得好⟧</div>
<div id="ft">⟦m 登科公考论坛 dengkegk.com　鲁ICP备20033817号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
这道题属于应急应变类，我的答题思路是“稳情绪、查事实、依法办、促规范”。
第一，及时回应投诉人。接到投诉后，我会第一时间和投诉人联系，详细了解消费时间、门店名称、所点酒品和缺量情况，请他保留好消费凭证，并告知处理时限。
第二，依法现场核查。我会和同事一起到酒吧检查，查看吧台使用的量酒器是否有清晰刻度、有无变形，必要时用标准量器现场比对，并调取监控了解出品过程。
第三，分情况处理。如果量酒器不合格或者存在故意少量，依法责令整改并立案调查，同时督促经营者向消费者退赔；如果是误会，要向投诉人耐心解释。
第四，举一反三。建议开展一次酒吧计量专项检查，推动行业协会倡导足量出品，并通过媒体公布投诉电话。
以上是我的回答，请各位批评指正。
""",
    ),
    dict(
        slug="examforum-mojie-shenlun-chalk-craft-junk",
        site="墨阶公考社区 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.mojie-gk.com/t/52281.html",
        title="一块巧克粉里的匠心",
        record_title="【三稿求拍砖】一块巧克粉里的匠心（求各位老师打分） - 申论专区 - 墨阶公考社区",
        date=None,
        notes="a 申论 essay on an exam forum with anti-scraping junk as lines and glued after 。; a poster line "
        "with a relative time (no date), replies and a points prompt",
        page="""
!m 墨阶公考社区
!m 社区首页 » 申论专区 » 大作文互改
!t 【三稿求拍砖】一块巧克粉里的匠心（求各位老师打分）
!m 作者：今年必上岸　发表于 5 天前　阅读 744　评论 11
{BODY}
!l 1楼 阅卷组老吴：立意不错，第三段论证还可以再展开，给个二类上
!l 2楼 冲鸭：标题很抓人，学习了
!a 回帖可获2积分，积分可兑换申论批改
!m 墨阶公考社区 mojie-gk.com
""",
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=3),
        body="""
一块巧克粉，不过拇指大小，却是台球运动中不可缺少的小物件。它的作用，是让皮头与母球之间多一分摩擦、少一次滑杆。看似微不足道，做好它却并不容易。
鄃阳县一家体育用品企业，二十年只做巧克粉一件事。为了让颗粒更细、掉粉更少，技术人员反复调整配方，光是研磨工艺就改了十几次。正是这种对“小东西”的较真，让它的产品走进了国内外的专业赛场。
这启示我们，工匠精神不在于做多大的事，而在于把一件事做到极致。无论是制造业的转型升级，还是基层治理的精细化，都需要这种“较真”的态度。
当前，一些地方和企业热衷于追逐“大项目”“新概念”，却忽视了在细分领域深耕细作。殊不知，能把一块巧克粉做到最好，同样是了不起的本事。
让我们多一些“小题大做”的匠心，少一些浮躁和功利。
""",
    ),
    dict(
        slug="encyclopedia-shihai-entry-jigger-infobox",
        site="识海百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.shihai.wiki/item/%E9%87%8F%E9%85%92%E5%99%A8",
        title="量酒器",
        record_title="量酒器（吧台器具）- 识海百科",
        date=None,
        notes="an encyclopaedia entry: tabs, an infobox, a contents box, reference markers and an 'edit section' "
        "link glued after sentences; the entry name opens the body (its title label matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>量酒器（吧台器具）- 识海百科</title>
<link rel="stylesheet" href="https://static.shihai.wiki/entry/v5.css">
<script src="https://static.shihai.wiki/entry/v5.js" defer></script>
</head>
<body>
<div class="sh-top">⟦m 识海百科 · 知识如海，一识即得⟧ <a href="/user">⟦a 登录后参与编辑⟧</a></div>
<div class="sh-tabs">⟦a 查看　修改本词条　讨论区　历次修订⟧</div>
<div class="sh-entry">
<h1>{T}</h1>
<div class="sh-sub">⟦m 吧台器具 ｜ 词条浏览 6,402 次 ｜ 最近修订：4 个月前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：量酒器⟧</td></tr>
<tr><td>⟦m 别称：盎司杯、酒吧量杯⟧</td></tr>
<tr><td>⟦m 常见材质：不锈钢⟧</td></tr>
<tr><td>⟦m 常见规格：30/45毫升，20/40毫升⟧</td></tr>
</table>
<div class="toc">⟦l 本条目录：1 形制　2 使用方法　3 保养⟧</div>
<div class="sh-text">
{BODY}
</div>
<div class="sh-ref">⟦l 参考资料：[1] 《吧台实务》第三章 ［2］《民生计量器具管理手册》⟧</div>
<div class="sh-cat">⟦l 所属分类：调酒　餐饮器具　计量器具⟧</div>
</div>
<div class="sh-foot">⟦d 识海百科词条由网友协作编写，内容仅供参考。⟧</div>
</body>
</html>
""",
        body="""
量酒器，又称盎司杯，是调酒时用来量取基酒、利口酒等酒液分量的器具，多用不锈钢制成，是吧台最常用的器具之一。⟦l [1]⟧
形制
常见的量酒器为双头形，两端各有一个杯口，容量一大一小，中间收腰，便于手持。国内常用规格有30毫升/45毫升、20毫升/40毫升等，也有按盎司标注的1盎司/1.5盎司款式。另有单头带刻度的日式量酒器，杯内刻有多道容量线。
使用方法
量取时应将量酒器端平，把酒液倒至与杯口齐平或对应刻度线，再一次性倒入调酒杯或调酒壶。熟练的调酒师常以食指和中指夹住量酒器腰部，倒酒、翻转一气呵成。⟦a 〔改写这一节〕⟧
保养
量酒器使用后应及时冲洗，避免不同酒液串味；杯口受磕碰变形会影响容量，应及时更换。在经营场所用于计量酒水的量酒器属于计量器具，应保证准确。⟦l ［2］⟧
""",
    ),
    dict(
        slug="encyclopedia-boshi-entry-cue-chalk-text",
        site="博识百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.boshibaike.com/entry/qiaokefen",
        title="巧克粉",
        record_title="巧克粉 - 百科·台球用品 - 博识百科",
        date=None,
        notes="an encyclopaedia entry as text: the entry name opens the body (title label matched as head); "
        "tabs, counters, a contents line, tags and contributors; an update stamp (no date)",
        page="""
!m 博识百科 — 博采众识
{T}
!a 编辑　｜　收藏词条　｜　纠错反馈
!m 浏览：12,880　编辑：19次　更新于：上个月
!l 目录：1 简介　2 成分与形制　3 历史　4 使用
{BODY}
!l 词条标签：台球　运动器材　耗材
!m 本词条贡献者：绿呢台边、九球少年 等11人
""",
        body="""
巧克粉是台球运动中涂抹在球杆皮头上的方块状粉块，用于增加皮头与母球之间的摩擦力，防止击球时出现滑杆。“巧克粉”一名源自英文chalk的音译。
巧克粉通常由碳化硅等细磨料、黏合剂和颜料压制而成，呈边长约二厘米的立方体，一面有凹坑，使用时将皮头在凹坑内轻轻擦拭。颜色以蓝色、绿色最为常见，与台呢颜色相近，便于清扫。
早期台球运动中，球员曾用普通石灰块擦拭皮头，效果不稳定。十九世纪后期，专用巧克粉出现并逐步普及。
使用巧克粉时，应在球台外擦拭，避免粉末落在台呢上；擦拭后宜将粉块凹面朝上放置。
""",
    ),
    dict(
        slug="netdisk-yuntun-dartboard-care-points-pdf",
        site="云囤网盘 (invented)",
        style="网盘分享",
        genre="技术要点",
        kind="other",
        form="html",
        source="https://pan.yuntun.cn/s/7fQk2Lx0aB",
        title="飞镖盘安装与维护要点",
        record_title="飞镖盘安装与维护要点.pdf",
        date=None,
        notes="a cloud-drive preview of a PDF: save/download buttons, VIP speed prompts, the file name as the "
        "record title, decimal headings; the share's validity and a share stamp (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>飞镖盘安装与维护要点.pdf_免费高速下载｜云囤网盘</title>
<link rel="stylesheet" href="https://res.yuntun.cn/share/pc.css">
<script src="https://res.yuntun.cn/share/pc.js"></script>
</head>
<body>
<div class="yt-head">⟦m 云囤网盘 · 资料多囤一点⟧ <a href="/login">⟦a 登录云囤⟧</a></div>
<div class="yt-file">
<div class="fname">⟦t 飞镖盘安装与维护要点.pdf⟧</div>
<div class="finfo">⟦m 分享者：镖馆老板娘　大小：1.8M　有效期：永久　分享于 2 周前⟧</div>
<div class="fbtn">⟦a 存到我的云囤　　普通下载　　举报⟧</div>
</div>
<div class="yt-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="yt-vip">⟦a 非会员下载限速 100KB/s，开通超级囤囤享极速⟧</div>
<div class="yt-foot">⟦d 云囤仅提供存储空间，文件内容由分享者负责，违规内容请举报。⟧</div>
<script>YT.preview.init({fid:'7fQk2Lx0aB'});</script>
</body>
</html>
""",
        body="""
1 安装
1.1 飞镖盘应挂设在平整、坚固的墙面上，靶心距地面1.73米，20分区位于正上方。
1.2 投掷线距镖盘面的水平距离为2.37米，靶心至投掷线的对角线距离为2.93米。
1.3 镖盘周围建议加装直径不小于90厘米的防护圈或软木背板，保护墙面。
2 日常维护
2.1 剑麻镖盘每周旋转一次，使20分区依次换到其他位置，避免局部过度磨损。
2.2 拔镖时应顺着镖身方向旋转拔出，不要左右掰动，以免损伤剑麻纤维。
2.3 镖盘不宜用水擦洗，受潮后剑麻膨胀会影响使用；室内空气过于干燥时，可在镖盘附近放一盆清水。
3 更换
镖盘中心区域出现明显凹坑、金属分隔线松动时，应及时更换。
""",
    ),
    dict(
        slug="netdisk-qingyou-summary-sofathrow-docx-glued-markers",
        site="青柚网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qingyoupan.com/share/init?surl=Hq3vK9",
        title="2024年陑坪镇沙发巾帮扶车间工作总结",
        record_title="2024年陑坪镇沙发巾帮扶车间工作总结.docx",
        date="2025-01-06",
        notes="a .docx file name as the record title; page markers (⫲n⫲) cutting sentences, on lines of their own "
        "or glued to the continuation line; the 成文日期 under the signature",
        page="""
!m 青柚网盘 · 分享页
!t 2024年陑坪镇沙发巾帮扶车间工作总结.docx
!m 分享人：陑坪小周　文件大小：33KB　提取码：c7mq
!a 保存到青柚　｜　下载　｜　在线预览（文档版）
{BODY}
!a 开通柚子会员，预览全部页面并批量下载
!d 青柚网盘不对分享内容负责，如发现违法违规请向平台举报。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫲{n}⫲", every=110, start=2, glue="mix"),
        body="""
2024年，陑坪镇沙发巾帮扶车间在镇党委、政府的关心支持下，坚持“稳岗位、增收入、提质量”的目标，全年各项工作取得新进展。
一、生产经营稳步增长。全年承接沙发巾订单41批次，加工钩织沙发巾、提花沙发巾3.1万条，实现加工收入128万元，同比增长22%。
二、带动就业成效明显。车间现有编织工人46名，其中脱贫户家庭成员19名、残疾人2名，全年发放工资96万元，工人人均年收入2.09万元。
三、技能水平不断提高。全年组织钩织花型、提花织机操作培训6期，培训工人120人次，产品返工率由年初的9%下降到5%。
四、存在的问题。一是织机设备老化，故障频繁；二是订单淡旺季明显，三四月份工人收入偏低；三是缺少自有花型和品牌。
2025年，车间将争取资金更新设备，探索开发自有品牌沙发巾，力争全年加工收入突破150万元。
陑坪镇沙发巾帮扶车间
2025年1月6日
""",
    ),
    dict(
        slug="snapshot-mijian-notice-hotel-wineracks-banner",
        site="觅见搜索 网页快照 of 洭溪县商务局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.mijian.com/c?u=kuangxi-swj-20250515-1033&k=%E7%BA%A2%E9%85%92%E6%9E%B6",
        title="关于开展宾馆客房壁挂式红酒架安全隐患排查的通知",
        record_title="关于开展宾馆客房壁挂式红酒架安全隐患排查的通知_洭溪县商务局 - 觅见快照",
        date="2025-05-14",
        date_also=["2025-05-15"],
        notes="a search-cache frame: capture banner and highlighted keywords above the county bureau's page; the "
        "bureau's 发布日期 differs from the 成文日期; the capture time is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展宾馆客房壁挂式红酒架安全隐患排查的通知_洭溪县商务局 - 觅见快照</title>
<style>.mj-bar{background:#fffbe6}.hl{background:#ff0}</style>
</head>
<body>
<div class="mj-bar">
<p>⟦d 觅见快照：本页为觅见于 2025年06月02日 03:41 抓取时的样子，原网页可能已变动，访问最新版请点这里。⟧</p>
<p>⟦d 已帮你标黄的词：红酒架　安全隐患　宾馆⟧</p>
</div>
<div class="orig">
<div class="gov-head">⟦m 洭溪县商务局⟧</div>
<div class="gov-nav">⟦m 首页　机构职能　政策文件　通知公告　商务服务⟧</div>
<div class="gov-path">⟦m 当前位置：首页 >> 通知公告⟧</div>
<h2>{T}</h2>
<div class="gov-info">⟦m 发布日期：2025-05-15　信息来源：市场运行股　访问量：173⟧</div>
<div class="gov-body">
{BODY}
</div>
<div class="gov-foot">⟦m 洭溪县商务局主办　地址：洭溪县商贸路2号　电话：0746-3356600⟧</div>
</div>
</body>
</html>
""",
        body="""
各宾馆、酒店：
近期，外地发生一起酒店客房壁挂红酒架脱落砸伤住客事件。为吸取教训，防范类似事故，县商务局决定在全县宾馆、酒店开展客房壁挂式红酒架安全隐患排查。现将有关事项通知如下：
一、排查内容。客房、餐厅包厢内壁挂式红酒架的安装是否牢固，是否固定在承重墙上；支架、螺栓有无松动、锈蚀；酒架承重是否超过标称值。
二、排查要求。各单位要逐间排查、建立台账，对发现的隐患立即整改；无法确认安装质量的，一律拆除或改为落地式酒架。
三、报送时间。请于5月30日前将排查整改情况报县商务局市场运行股。
联系人：蒋明，电话：0746-3356612。
洭溪县商务局
2025年5月14日
""",
    ),
    dict(
        slug="snapshot-mijian-text-letter-jigger-verification-oneline",
        site="觅见搜索 文字快照 of 峑湖区市场监管局 (invented)",
        style="搜索快照",
        genre="函",
        kind="other",
        form="text",
        source="http://cache.mijian.com/t?u=quehu-scjg-han-0805",
        title="关于商请协助开展酒吧量酒器计量检定的函",
        record_title="关于商请协助开展酒吧量酒器计量检定的函（觅见网页快照·仅文字）",
        date="2025-08-05",
        notes="a text-only cache of a bureau's letter whose body stands on one line; the 成文日期 in Chinese "
        "numerals; the capture banner's time is no date",
        page="""
!d 觅见文字快照｜抓取于 2025-08-21 22:07，页面图片与样式已去除
!m 原网址：http://www.quehu.gov.cn/scjg/tzgg/202508/t20250806_6639120.html
!m 鄡城市峑湖区市场监督管理局 > 通知公告
{T}
{BODY}
!m 区市场监管局办公室　值班电话：0739-5128800
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
鄡城市计量检定测试所：
为做好辖区酒吧、餐饮场所量酒器计量监督工作，我局拟于9月开展量酒器专项监督检查。因我局缺少专用检定设备和专业技术人员，特商请贵所给予协助。
一、请贵所派出检定人员2名，于9月上旬至中旬随同我局执法人员开展现场检查，对抽取的量酒器进行容量检测。
二、预计抽检量酒器约300只，检测费用由我局按有关规定支付。
三、请贵所对检测结果出具书面报告，作为我局执法依据。
如蒙同意，请于8月15日前函复。联系人：吕婷，电话：0739-5128815。
鄡城市峑湖区市场监督管理局
二〇二五年八月五日
""",
    ),
    dict(
        slug="print-qiaocheng-college-billiards-room-rules-footer",
        site="鄡城学院体育部 打印页 (invented)",
        style="打印页",
        genre="管理办法",
        kind="other",
        form="html",
        source="https://tyb.qcxy.edu.cn/gzzd/print.jsp?id=2207",
        title="鄡城学院体育馆台球室开放管理办法",
        record_title="鄡城学院体育馆台球室开放管理办法（页面打印稿）｜体育部规章",
        date="2025-02-24",
        notes="a print view calling window.print(): print-time and address lines at the top, a print/close row and "
        "a print footer (⪠ 第1页 共1页 ⪠); an effective date in the text and the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鄡城学院体育馆台球室开放管理办法（页面打印稿）｜体育部规章</title>
<style>@media print{.noprint{display:none}} body{font-family:SimSun;width:680px;margin:0 auto}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 【立即打印】【关闭本页】⟧</div>
<div class="phead">⟦m 鄡城学院体育部　规章制度⟧</div>
<div class="pmeta">⟦m 打印于：2025-03-05 10:14　原文地址：https://tyb.qcxy.edu.cn/gzzd/2207.htm⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pbody">
{BODY}
</div>
<div class="pfoot">⟦p ⪠ 第1页 共1页 ⪠⟧</div>
</body>
</html>
""",
        body="""
为加强体育馆台球室管理，方便师生开展台球活动，制定本办法。
一、台球室开放时间为周一至周五15:00—21:30，周六、周日9:00—21:30，法定节假日另行通知。
二、师生凭校园卡在服务台登记使用，每次每台使用时间不超过两小时。
三、球杆、台球、巧克粉由台球室统一提供。请在台外擦巧克粉，不得将巧克粉放在台边或台面上，不得坐、靠球台。
四、爱护台呢，禁止跳球、扎杆等容易损坏台呢的击球动作。损坏器材的，按价赔偿。
五、保持室内整洁，禁止吸烟、饮食。
六、本办法自2025年3月1日起施行。
鄡城学院体育部
2025年2月24日
""",
    ),
    dict(
        slug="print-qiaocheng-scjg-bulletin-sofathrow-spotcheck-footer",
        site="鄡城市市场监督管理局 打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.qiaocheng.gov.cn/zwgk/tzgg/202509/print_t20250916_7701.html",
        title="关于沙发巾产品质量监督抽查结果的通报",
        record_title="〔页面打印〕关于沙发巾产品质量监督抽查结果的通报 - 鄡城市市场监督管理局",
        date="2025-09-15",
        notes="a print view as text: print-time line, a table one row a paragraph, 抄送 and 印发 lines, a print "
        "footer (⋀ 页码 1 ／ 1 ⋀); the print time is no date",
        page="""
!m 鄡城市市场监督管理局 · 打印页面
!m 打印时间：2025-09-18 16:02:47
!t 〔页面打印〕关于沙发巾产品质量监督抽查结果的通报
{BODY}
!a ［打印］　［返回原页面］
!p ⋀ 页码 1 ／ 1 ⋀
""",
        indent="\u3000\u3000",
        body="""
各县市区市场监督管理局：
根据年度监督抽查计划，市局于7月至8月组织对全市生产、销售的沙发巾产品质量进行了监督抽查。共抽查42家企业和经营户的50批次产品，合格44批次，不合格6批次，不合格发现率12%。不合格项目主要为纤维含量、耐摩擦色牢度和尺寸变化率。部分不合格产品情况如下：
产品名称　标称生产者　不合格项目
提花沙发巾　郰川县某家纺厂　纤维含量
雪尼尔沙发巾　鄃阳县某纺织品公司　耐湿摩擦色牢度
钩织沙发巾　洭溪县某编织车间　水洗尺寸变化率
对抽查不合格的产品，各地要依法责令企业整改，并在30日内组织复查。
鄡城市市场监督管理局
2025年9月15日
抄送：市消费者权益保护委员会。
鄡城市市场监督管理局办公室　2025年9月15日印发
""",
    ),
    dict(
        slug="mail-aorui-webmail-letter-dartboard-order-attachments",
        site="奥锐体育 企业邮箱 网页版 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.aorui-sport.com/webmail/read?mid=20250403-77120",
        title="关于订购比赛用飞镖盘的函",
        record_title="〔待报价〕转发：关于订购比赛用飞镖盘的函",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="a webmail reading view: forwarded header with its own 抄送 beside the letter's 抄送 line, an "
        "attachment bar beside the letter's 附件 lines, the letter's contact, phone and mailbox; the mail's date "
        "differs from the letter's",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔待报价〕转发：关于订购比赛用飞镖盘的函 - 奥锐体育企业邮箱</title>
<link rel="stylesheet" href="/webmail/css/read.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 奥锐体育企业邮箱　容蔚 &lt;rongwei@aorui-sport.com&gt;⟧ <a href="/logout">⟦a 退出邮箱⟧</a></div>
<div class="wm-folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-toolbar">⟦a 回复　回复全部　转发　删除　标记为未读　移动到…⟧</div>
<div class="wm-read">
<h2 class="subject">⟦t 〔待报价〕转发：关于订购比赛用飞镖盘的函⟧</h2>
<div class="hdr">
<p>⟦m 发件人：销售部 王启 &lt;wangqi@aorui-sport.com&gt;⟧</p>
<p>⟦m 收件人：容蔚 &lt;rongwei@aorui-sport.com&gt;⟧</p>
<p>⟦m 抄　送：财务部 &lt;caiwu@aorui-sport.com&gt;⟧</p>
<p>⟦m 时　间：2025年4月3日（周四）上午10:12⟧</p>
</div>
<div class="attbar">⟦a 附件 2 个：比赛器材需求清单.xlsx（12K）　竞赛规程.pdf（186K）　全部打包下载⟧</div>
<div class="fwd">⟦m -------- 以下为转发内容 --------⟧</div>
<div class="mailbody">
<p style="text-align:center"><b>{T}</b></p>
{BODY}
</div>
</div>
<div class="wm-foot">⟦m 奥锐体育企业邮箱　技术支持：信息部 分机 8800⟧</div>
</body>
</html>
""",
        body="""
鄡城市奥锐体育器材有限公司：
我会定于2025年5月举办“郰川县第三届飞镖公开赛”，需订购比赛用飞镖盘一批。经比较，拟向贵公司订购以下产品：
一、比赛级剑麻飞镖盘20块，规格为直径45.1厘米，须附带数字环和挂件。
二、飞镖盘防护圈20个，黑色。
请贵公司于4月10日前报送正式报价单及产品质检报告，并确认能否于4月30日前送货到郰川县全民健身中心。
联系人：郰川县飞镖运动协会秘书长　温晓岚，电话：13874621905，邮箱：zcfeibiao@126.com。
附件：1.比赛器材需求清单
2.公开赛竞赛规程
郰川县飞镖运动协会
2025年4月2日
抄送：郰川县体育总会
""",
    ),
    dict(
        slug="mail-senyue-forwarded-text-letter-winerack-test-docx",
        site="森悦家居 邮件转发文本 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mailto:qa-all@senyue-home.com?subject=fwd-fankuihan-20250723",
        title="关于红酒架样品检测情况的反馈函",
        record_title="关于红酒架样品检测情况的反馈函.docx",
        date="2025-07-22",
        date_also=["2025-07-23"],
        notes="a forwarded mail saved as text: headers, an attachment line with a download link, the letter with "
        "its own contact; the attachment's file name as the record title; the send date differs from the letter's",
        page="""
!m ——— 转发的邮件（原始信息如下）———
!m 发件人："范晓婷" <fxt@senyue-home.com>
!m 发送时间：2025年7月23日 星期三 08:47
!m 收件人："质量部全体" <qa-all@senyue-home.com>
!m 主题：转发：关于红酒架样品检测情况的反馈函.docx
!a 附件：关于红酒架样品检测情况的反馈函.docx（68.2 KB）　预览　下载
各位：检测所的反馈函已到，请质量部和生产部尽快对照整改。
{T}
{BODY}
!d 本邮件及其附件含森悦家居保密信息，仅限指定收件人阅读。
!m 森悦家居 质量管理部 ｜ 分机 8206
""",
        body="""
鄡城森悦家居有限公司：
贵公司6月30日送检的壁挂式红酒架样品（型号SY-W12，3件）已检测完毕。现将检测情况反馈如下：
一、静载荷试验。按标称承重25公斤的1.5倍加载，持续24小时，3件样品中有1件挂墙支架焊点出现可见裂纹，其余2件未见异常。
二、稳定性与外观。样品表面涂层完好，无毛刺、锐边，符合要求。
三、结论与建议。该型号产品支架焊接质量一致性不足，建议贵公司改进焊接工艺，加强出厂检验，改进后重新送检。
正式检测报告（编号QX-JC-2025-0712）已通过快递寄出，请注意查收。
联系人：检测二部　宁工，电话：0746-3371526。
洭溪县产品质量检验所
2025年7月22日
""",
    ),
]
