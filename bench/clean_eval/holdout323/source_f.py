"""holdout323, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text throughout; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="shangan-exam-forum-interview-tablet-stands-elderly",
        site="上岸公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shangan-gk.com/thread-408812-1-1.html",
        title="如何组织“平板支架进养老院”志愿服务活动",
        title_also=["如何组织“平板支架进养老院”志愿服务活动？"],
        record_title="〔结构化·组织管理类真题〕如何组织“平板支架进养老院”志愿服务活动？（附答题思路）- 面试交流 - 上岸公考论坛",
        date=None,
        notes="exam forum with a reply-to-see prompt, a rating row and a QQ-group ad; an interview answer with its question line; no date",
        page="""
<html><head><meta charset="utf-8">
<title>〔结构化·组织管理类真题〕如何组织“平板支架进养老院”志愿服务活动？（附答题思路）- 面试交流 - 上岸公考论坛</title>
<link rel="stylesheet" href="/template/shangan/css/thread.css">
<script src="/static/js/common.js"></script>
</head><body>
<div id="hd">⟦m 上岸公考论坛 — 一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸公考论坛 › 面试备考 › 面试交流⟧</div>
<div class="thread"><h1>⟦t 〔结构化·组织管理类真题〕如何组织“平板支架进养老院”志愿服务活动？（附答题思路）⟧</h1>
<div class="authi">⟦m 楼主 岸边的鹭　发表于 4 天前　查看 1,877　回复 42⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 楼主整理的考官评分要点，回帖后可见⟧</div>
<div class="rate">⟦a 评分 参与人数 9　上岸币 +27　收起 理由⟧</div>
<div class="po">⟦a 回复　收藏　分享⟧</div></div>
<div class="ad">⟦w 面试冲刺交流群：QQ群 618203774，进群送真题⟧</div>
<div id="ft">⟦m 上岸公考论坛 bbs.shangan-gk.com　京ICP备20031548号⟧</div>
</body></html>
""",
        body="""
题目：单位准备组织青年干部到养老院开展“平板支架进养老院”志愿服务，帮助老人用平板和家人视频。领导交给你负责，你会如何组织？
这道题我是这样答的：
首先，摸清需求。提前和养老院沟通，了解有多少老人有平板或手机、视力和行动情况如何，按需准备平板支架和放大镜等用品。
其次，精心准备。对志愿者进行简单培训，教会大家支架的安装和视频软件的操作，分组包干，每组负责五到六位老人。
再次，用心服务。活动当天帮老人调好支架高度和角度，手把手教会视频通话，把子女的联系方式存好。
最后，长效跟进。建立志愿者与老人的结对联系，每月回访一次，把一次活动变成长期服务。
""",
    ),
    dict(
        slug="bishitong-forum-essay-footstool-junk",
        site="笔试通论坛 (invented exam forum, text)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.bishitong.com/forum/t/55120.html",
        title="小脚凳里的民生温度",
        record_title="〖大作文打卡·第12天〗小脚凳里的民生温度（各位砖友轻拍）- 申论互改区 - 笔试通论坛",
        date=None,
        notes="申论 essay with forum junk lines and glued junk; reply-to-see prompt and floor replies; no date",
        page="""
!m 笔试通论坛 › 申论互改区
!t 〖大作文打卡·第12天〗小脚凳里的民生温度（各位砖友轻拍）
!m 楼主 青衿　发表于 5 天前　|　查看 903　回复 17
{BODY}
!a 回复本帖可查看批改老师的评语
!l 1# 砚田：立意不错，第三段论证可以再充实。
!l 2# 阿若：结尾有点仓促。
!m 笔试通论坛 bishitong.com　京ICP备19004726号
""",
        junk=dict(lines=2, glued=2),
        body="""
一只脚凳，高不过二十厘米，价不过几十元，却被一些地方列入了民生实事清单。小脚凳为何能登上“大清单”？
民生无小事。对于行动不便的老人来说，晾衣、上床、洗澡时脚下多一个稳当的支点，就少一分跌倒的风险。把小事办好，考验的正是治理的精细程度。
办好小事，关键在于听见真实的需求。脚凳的需求不是坐在办公室里想出来的，而是干部走进千家万户问出来的。只有俯下身子，才能找到群众心里的“那件事”。
从一只脚凳出发，我们看到的是以人民为中心的发展思想在基层的生动实践。
""",
    ),
    dict(
        slug="zhiyuan-encyclopedia-nail-file-infobox-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.cn/item/指甲锉/88120",
        title="指甲锉",
        record_title="指甲锉_美容工具_知源百科",
        date=None,
        notes="encyclopaedia with edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences and an edit link glued to a section heading; the entry name opens the body (matched as head); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>指甲锉_美容工具_知源百科</title>
<link rel="stylesheet" href="https://s.zhiyuan.cn/baike/item.css">
<script src="https://s.zhiyuan.cn/baike/item.js"></script>
</head><body>
<div class="bk-top"><a href="/">⟦m 知源百科⟧</a> <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a></div>
<div class="bk-tabs">⟦a 编辑词条　讨论区　修订历史⟧</div>
<div class="bk-title"><h1>{T}</h1> <span class="cat">⟦m （美容工具）⟧</span></div>
<div class="bk-info"><dl>
<dt>⟦m 中文名⟧</dt><dd>⟦m 指甲锉⟧</dd>
<dt>⟦m 外文名⟧</dt><dd>⟦m nail file⟧</dd>
<dt>⟦m 材　质⟧</dt><dd>⟦m 金属、砂纸、玻璃⟧</dd>
</dl></div>
<div class="bk-toc"><h4>⟦l 目录⟧</h4><ol><li>⟦l 1 类型⟧</li><li>⟦l 2 使用方法⟧</li><li>⟦l 3 保养⟧</li></ol></div>
<div class="bk-con">
{BODY}
</div>
<div class="bk-ref"><h4>⟦m 参考资料⟧</h4><p>⟦m [1] 《美甲技术基础》，第二章⟧</p><p>⟦m [2] 家居日用品选购手册⟧</p></div>
<div class="bk-foot">⟦m 词条统计：浏览 26,301 次　编辑 14 次　最近更新 6 天前⟧<br>⟦d 知源百科的词条由网友共同编写，内容仅供参考⟧</div>
</body></html>
""",
        body="""
指甲锉是用于修整指甲形状和边缘的手持工具，常与指甲刀配合使用。⟦l [1]⟧
类型⟦a ✎编辑本节⟧
按材质可分为金属指甲锉、砂条指甲锉和玻璃指甲锉。金属锉经久耐用；砂条锉价格低廉，多为一次性使用；玻璃锉表面细腻，易于清洗。⟦l [2]⟧
使用方法
修甲时应沿同一方向锉动，避免来回拉锯，以免指甲分层。锉面与指甲边缘约成45度角为宜。
保养
金属锉和玻璃锉使用后应清洗擦干，美甲店等经营场所应做到一客一消毒。
""",
    ),
    dict(
        slug="wanxiang-wiki-entry-mothproof-sheet-text",
        site="万象问答百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanxiangwd.com/wiki/fangzhupian",
        title="防蛀片",
        record_title="防蛀片 - 万象问答百科 · 家居词条",
        date=None,
        notes="an entry with section headings; edit/discuss/history tabs and references around it; update stamp 5 天前 is no date",
        page="""
!m 万象问答百科
!m 词条 ＞ 生活 ＞ 家居用品
!t 防蛀片 - 万象问答百科 · 家居词条
!a 编辑词条　｜　讨论　｜　历史版本
!m 本词条由网友共同编辑　最近更新：5 天前
{BODY}
!m 参考资料：[1] 家用防蛀产品选购指南 [2] 居家收纳手册
!l 相关词条：樟脑丸　衣物收纳袋　除湿盒
!d 词条内容仅供参考，如需专业意见请咨询相关领域专家。
""",
        body="""
防蛀片是放置在衣柜、书柜、档案柜中，用于驱避蛀虫的片状家居用品。
主要成分
早期防蛀片多以萘、对二氯苯为有效成分，气味浓烈。近年来，以天然樟脑、雪松油、薰衣草等为原料的无萘防蛀片逐渐普及。
使用方法
防蛀片宜挂在衣柜上部或放在书柜顶层，不宜与衣物、纸张直接接触。一般每三至六个月更换一次，气味明显变淡时应及时更换。
注意事项
含萘、对二氯苯的产品应放在儿童接触不到的地方；皮革、丝绸制品附近应慎用化学类防蛀片。
""",
    ),
    dict(
        slug="feige-drive-instruction-hairband-molding-wps",
        site="飞鸽云盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="rules",
        form="html",
        source="https://pan.feigeyun.com/s/1qR8vKd0Lm",
        title="发箍注塑成型作业指导书",
        title_also=["发箍注塑成型作业指导书（2025版）"],
        record_title="发箍注塑成型作业指导书（2025版）.wps",
        date=None,
        notes="file-name record title with a version tag; cloud-drive preview with VIP prompts; decimal headings 1–4 with 2.1–3.3 stay in the body; share time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>发箍注塑成型作业指导书（2025版）.wps_免费高速下载|飞鸽云盘-分享无限制</title>
<link rel="stylesheet" href="https://pan.feigeyun.com/box/static/css/share.css">
<script src="https://pan.feigeyun.com/box/static/js/share.js"></script>
</head><body>
<div class="fg-head"><a class="logo">⟦m 飞鸽云盘⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="fg-file"><h2>⟦t 发箍注塑成型作业指导书（2025版）.wps⟧</h2>
<p>⟦m 分享者：fz_moju　分享时间：2025-04-11 16:30　有效期：永久有效⟧</p>
<p>⟦m 文件大小：58.2KB⟧</p>
<div class="fg-btns"><button>⟦a 保存到我的云盘⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 极速下载（超级会员）⟧</button></div></div>
<div class="fg-preview"><div class="fg-tip">⟦a 在线预览仅显示前3页，超级会员可预览全部⟧</div>
<h3>{T}</h3>
{BODY}
</div>
<div class="fg-foot">⟦d 请勿分享违法违规内容，飞鸽云盘将依法配合处置⟧<br>⟦m © 2025 飞鸽云盘　浙ICP备22008163号⟧</div>
</body></html>
""",
        body="""
1 适用范围
本指导书适用于注塑车间PP材质儿童发箍的注塑成型工序。
2 作业准备
2.1 开机前检查模具型腔有无残料，顶针是否回位。
2.2 原料须在80摄氏度下烘干2小时，含水率低于0.1%。
3 作业要求
3.1 料筒温度设定为190至210摄氏度，保压时间3秒。
3.2 产品出模后逐件检查齿端，发现毛刺、缺料立即隔离。
3.3 每小时抽取5件做弯曲试验，发箍张开至直线状态不得断裂。
4 安全注意
更换模具时必须断电挂牌，严禁将手伸入合模区域。
""",
    ),
    dict(
        slug="hongyan-drive-plan-tablet-stand-disinfection-pdf-markers",
        site="鸿雁网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.hongyanpan.com/s/8Fq2xZ",
        title="关于病房公用平板支架清洁消毒的实施方案",
        record_title="关于病房公用平板支架清洁消毒的实施方案.pdf",
        date="2025-02-11",
        notes="file-name record title; page markers ⫣ 第n页 ⫣ on lines of their own cut sentences; member prompt after the body; share stamp 2 天前 is no date; signature date",
        page="""
!m 鸿雁网盘 — 文件分享
!m 鸿雁网盘 > 分享文件 > 关于病房公用平板支架清洁消毒的实施方案.pdf
!m 大小：182KB　分享于 2 天前　　浏览 56 次
!a 保存到网盘　　下载（需登录）
{BODY}
!a 非会员仅可预览前4页，开通鸿雁会员可看完整文件
!d 请勿通过网盘传播违法违规内容，发现请举报。
""",
        pages=dict(fmt="⫣ 第{n}页 ⫣", every=60, start=2),
        body="""
为防止病房公用平板支架成为交叉感染的媒介，根据医院感染管理有关规定，制定本方案。
一、适用范围：住院部各病区配备的床旁平板支架及公用平板。
二、清洁消毒要求：支架夹口、支撑臂等手接触部位每日用含醇消毒湿巾擦拭两次；患者出院后，支架须经终末消毒后方可再次使用；隔离病房的支架专室专用，不得外借。
三、职责分工：病区护士负责日常擦拭并登记，保洁人员协助终末消毒，院感科每月抽查一次。
四、本方案自发布之日起执行，由院感科负责解释。
飏川县人民医院院感科
2025年2月11日
""",
    ),
    dict(
        slug="juezong-snapshot-tips-nail-file-market-bureau",
        site="觅迹快照 (invented search-cache frame of a market-regulation bureau page)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.mijisou.com/c?m=9f65cb4a8c8507ed4fece763105392230e54f7&p=syxscjg",
        title="选购指甲锉，记住这“三看”",
        record_title="选购指甲锉，记住这“三看”_消费提示_飔阳县市场监督管理局 - 觅迹快照",
        date="2025-07-30",
        notes="a snapshot frame with a capture banner and highlighted keywords; the capture time is no date; the bureau's 12315 sentence is body; signature date",
        page="""
<html><head><meta charset="utf-8">
<title>选购指甲锉，记住这“三看”_消费提示_飔阳县市场监督管理局 - 觅迹快照</title>
<style>.hl{background:#ff6}</style>
<script>document.domain="mijisou.com";</script>
</head><body>
<div class="snap-banner" style="border:1px solid #999;background:#f5f5f5;padding:6px">
<p>⟦m 这是觅迹搜索于 2025年8月4日 11:20 抓取的网页副本，当前页面可能已经更新⟧</p>
<p>⟦a 点此打开当前页面⟧　⟦m 以下词语已标亮：<span class="hl">指甲锉</span> <span class="hl">选购</span>⟧</p>
<p>⟦d 觅迹与网页作者无关，不对其内容负责⟧</p></div>
<div class="page">
<div class="gov-head">⟦m 飔阳县市场监督管理局⟧</div>
<div class="gov-nav">⟦m 首页　机构概况　信息公开　消费提示　办事服务⟧</div>
<div class="gov-pos">⟦m 首页 > 消费提示⟧</div>
<h2>{T}</h2>
<div class="gov-meta">⟦m 来源：消费者权益保护科　点击数：214⟧</div>
<div class="gov-con">
{BODY}
</div>
<div class="gov-foot">⟦m 飔阳县市场监督管理局 主办　政务服务热线 12345⟧<br>⟦m 湘ICP备11003356号⟧</div>
</div>
</body></html>
""",
        body="""
近来，网购指甲锉的消费者越来越多，市场上产品质量参差不齐。县市场监管局提醒消费者选购时注意“三看”：
一看材质。玻璃锉、不锈钢锉耐用易清洗；砂条锉宜一次性使用。
二看锉面。锉面颗粒应均匀，用手指轻抚无明显凸起和缺损。
三看标识。正规产品应标明生产企业名称、地址和材质，“三无”产品不要买。
消费者在使用中发现质量问题，可拨打12315投诉举报。
飔阳县市场监督管理局
2025年7月30日
""",
    ),
    dict(
        slug="yehen-text-cache-school-dorm-mothproof-sheets",
        site="页痕 (invented text-only search cache of a school page)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yehen.cn/cache?u=www.ycyz.edu.cn%2Ftzgg%2F2025%2F0113%2F1207.html",
        title="关于寒假离校前宿舍衣柜放置防蛀片的通知",
        record_title="关于寒假离校前宿舍衣柜放置防蛀片的通知 ⇰ 飏川县第一中学 · 页痕文字版存档",
        date="2025-01-13",
        date_also=["2025-01-14"],
        notes="a text-only cache: capture line and original URL at the top; the school's own 咨询电话 stays in the body beside its switchboard line; signature date differs from the 发布时间",
        page="""
!m 这是「页痕」保存的纯文本缓存，只显示文字。保存时间：2025-01-20 06:14
!m 原网址：http://www.ycyz.edu.cn/tzgg/2025/0113/1207.html
!a 查看原网页　｜　查看带图片的缓存
!m 飏川县第一中学 > 通知公告
{T}
!m 发布时间：2025-01-14　点击：452
{BODY}
!m 学校地址：飏川县禳明路126号　总机：0719-4268000
!m 飏川县第一中学 版权所有
""",
        body="""
各班主任、全体住校生：
寒假期间宿舍长时间无人，衣柜内存放的冬衣容易被虫蛀。为保护同学们的衣物，学校统一为每间宿舍发放无萘防蛀片一盒，请按以下要求放置：
1.离校前将衣物洗净晾干后再放入衣柜；
2.每个衣柜挂放防蛀片两片，不要直接压在衣物上；
3.贵重物品和食品一律带回家。
宿管员将于1月16日逐间检查。咨询电话：0719-4268013（宿管中心）
飏川县第一中学总务处
2025年1月13日
""",
    ),
    dict(
        slug="tiaoshan-edu-print-bulletin-kindergarten-footstools",
        site="祧山县教育局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jyj.tiaoshan.gov.cn/print.jsp?id=20251031-0447",
        title="关于幼儿园盥洗室脚凳安全隐患排查情况的通报",
        record_title="〈打印视图·A4〉关于幼儿园盥洗室脚凳安全隐患排查情况的通报｜祧山县教育局",
        date="2025-10-31",
        notes="a print view calling window.print(): print/close buttons, URL and print-time lines, a print footer ⮿ 1 ／ 1 ⮿; an inspection table one row a paragraph; signature date",
        page="""
<html><head><meta charset="utf-8">
<title>〈打印视图·A4〉关于幼儿园盥洗室脚凳安全隐患排查情况的通报｜祧山县教育局</title>
<style media="print">.noprint{display:none}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 打印　关闭⟧</div>
<div class="pr-url">⟦m 网页地址：http://jyj.tiaoshan.gov.cn/art/2025/10/31/art_447.html⟧</div>
<div class="pr-time">⟦m 打印时间：2025-11-03 15:27⟧</div>
<h2>{T}</h2>
<div class="pr-src">⟦m 来源：安全股⟧</div>
<div class="pr-con">
{BODY}
</div>
<div class="pr-foot">⟦p ⮿ 1 ／ 1 ⮿⟧</div>
</body></html>
""",
        body="""
各幼儿园：
10月，县教育局对全县23所幼儿园盥洗室脚凳开展了安全排查。总体情况良好，但部分幼儿园存在隐患，现通报如下：
园所　发现问题　整改期限
禳坪镇中心幼儿园　2只脚凳防滑垫脱落　11月10日前
祧园幼儿园　脚凳高度超过25厘米　11月10日前
羖田镇幼儿园　脚凳放在水渍区域　立即整改
请各园对照问题举一反三，每周检查一次脚凳和地面防滑情况，整改情况于11月15日前报县教育局安全股。
祧山县教育局
2025年10月31日
""",
    ),
    dict(
        slug="youth-palace-print-notice-dance-hairbands",
        site="飏川县青少年宫 (invented, print page, text)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycqsng.org.cn/news/print-882.html",
        title="关于少儿舞蹈团演出发箍等头饰统一管理的通知",
        record_title="【可打印版】关于少儿舞蹈团演出发箍等头饰统一管理的通知 - 飏川县青少年宫",
        date="2025-09-05",
        notes="a print page: page address, print date (no date) and buttons above, a print footer ⭹ 第1页（共1页）⭹ closing it; signature date",
        page="""
!m 飏川县青少年宫　打印页面
!m 页面地址：http://www.ycqsng.org.cn/news/show-882.html
!m 打印日期：2025-09-08
!a [打印] [关闭窗口]
{T}
{BODY}
!p ⭹ 第1页（共1页）⭹
""",
        body="""
各位家长：
近期舞蹈团排练中，多名小团员的亮片发箍、皇冠发箍出现脱胶掉钻，有的孩子演出时发箍滑落影响动作。为保证演出效果和孩子安全，经团部研究，自本学期起演出头饰实行统一管理：
一、演出用发箍由团部统一采购、编号，排练后收回，不再由家长自备；
二、发箍内侧加缝防滑绒布，每次演出前由老师检查一遍；
三、孩子日常排练可佩戴无金属件的软发箍。
头饰押金每人50元，学期结束后退还。
飏川县青少年宫少儿舞蹈团
2025年9月5日
""",
    ),
    dict(
        slug="youcheng-no4-webmail-letter-tablet-stands-attachments",
        site="羑城市第四中学 webmail (invented, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yczx.edu.cn/webmail/read?mid=1762321920.88015&folder=INBOX",
        title="关于订购教师用平板支架的函",
        record_title="转来：〔待报价〕关于订购教师用平板支架的函",
        date="2025-11-04",
        date_also=["2025-11-05"],
        notes="webmail reading view: forwarded header, an attachment bar beside the letter's own 附件 list; the school's contact and mailbox stay in the body; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转来：〔待报价〕关于订购教师用平板支架的函 - 羑城四中邮箱</title>
<link rel="stylesheet" href="/webmail/skin/blue/read.css">
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="wm-top">⟦m 羑城四中邮箱⟧ <span>⟦m xiaoban@yczx.edu.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为未读　更多操作⟧</div>
<div class="wm-head">
<h2>⟦t 转来：〔待报价〕关于订购教师用平板支架的函⟧</h2>
<p>⟦m 发件人：校办 &lt;xiaoban@yczx.edu.cn&gt;⟧</p>
<p>⟦m 收件人：sales@zkjingong.com⟧</p>
<p>⟦m 时　间：2025年11月5日（星期三）上午9:12⟧</p></div>
<div class="wm-attach">⟦a 附件 2 个：技术参数表.xlsx（16K）　报价单样表.docx（12K）　打包下载⟧</div>
<div class="wm-body">
<p>⟦m -------- 转发的邮件 --------⟧</p>
<p>⟦m 发件人：总务处 甘露 &lt;zwc@yczx.edu.cn&gt;　日期：2025-11-04 17:40⟧</p>
<p>⟦m 主题：关于订购教师用平板支架的函⟧</p>
{BODY}
</div>
<div class="wm-foot">⟦m 羑城四中邮件系统　技术支持：网络中心 分机 8120⟧</div>
</body></html>
""",
        body="""
飐口精工科技有限公司：
我校拟为全体教师订购桌面平板支架，用于备课和课堂演示。现将需求函告如下：
一、数量：铝合金桌面平板支架120只，颜色为银灰色；
二、要求：可调节高度和角度，底座防滑，支持7.9至13英寸设备；
三、交货：请于11月28日前送至我校总务处。
请贵公司于11月12日前将报价单加盖公章后回传，具体参数见附件。
附件：1.教师用平板支架技术参数表
2.报价单（样表）
联系人：总务处　甘露　电话：0736-2238415　邮箱：zwc@yczx.edu.cn
羑城市第四中学
2025年11月4日
""",
    ),
    dict(
        slug="yangchuan-museum-forwarded-letter-mothproof-textiles-cn-date",
        site="禾邮企业邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:zhk@ycwbs.org.cn?msgid=20250320100512.6617",
        title="关于馆藏纺织品文物库房更换防蛀材料的函",
        record_title="转发：关于馆藏纺织品文物库房更换防蛀材料的函.docx",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes="forwarded headers (with their own 抄送 line) above a letter whose own 抄送 line stays in the body; the contact stays in the body; signature date in Chinese numerals; the mail's send date also accepted",
        page="""
!m ---------- 转发邮件信息 ----------
!m 发件人："飏川县博物馆办公室" <ycbwg_bgs@ycmuseum.org.cn>
!m 发送时间：2025年3月20日(星期四) 10:05
!m 收件人："文保所综合科" <zhk@ycwbs.org.cn>
!m 抄送："保管部" <bgb@ycmuseum.org.cn>
!m 主题：转发：关于馆藏纺织品文物库房更换防蛀材料的函.docx
!m 附件：关于馆藏纺织品文物库房更换防蛀材料的函.docx（28.6K）
{T}
{BODY}
!d 此邮件及附件可能含有保密信息，如误收请立即删除并告知发件人。
!m —— 发自禾邮企业邮箱
""",
        body="""
羑城市文物保护研究所：
我馆纺织品文物库房现有清代至民国服饰、刺绣等藏品412件。近期巡查发现，库房原投放的樟脑类防蛀片挥发后有结晶残留，个别柜架出现霉点。
为确保文物安全，我馆拟更换为专用文物防蛀防霉材料，恳请贵所派员指导选型，并协助检测库房空气中有害物质含量。
联系人：保管部　温如晦　电话：0719-4206631
专此函达。
飏川县博物馆
二〇二五年三月十八日
抄送：飏川县文化和旅游局
""",
    ),
]
