"""holdout310, part F: 公考论坛 as text, then 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 — each
once as HTML and once as text. Every page, site, place, person, number and URL here is
invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gkforum-yizhan-interview-answer-step-stool-junk",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.shanganyz.com/forum.php?mod=viewthread&tid=30718",
        title="读者在书库登梯凳取书时摔伤，作为值班馆员你怎么处理？",
        record_title="〖结构化自测〗读者在书库登梯凳取书时摔伤，作为值班馆员你怎么处理？（答得不好请轻喷）- 面试板块 - 上岸驿站论坛",
        date=None,
        notes="an exam forum thread in text: anti-scraping junk as a line and glued after 。; a reply-to-see prompt, a QQ-group ad and replies; the post time is 6 天前, so no date",
        page="""
!m 上岸驿站论坛 › 面试板块 › 结构化练习
!t 〖结构化自测〗读者在书库登梯凳取书时摔伤，作为值班馆员你怎么处理？（答得不好请轻喷）
!m 楼主 小鹿乱撞上岸版　6 天前　阅读 1733　回复 19
{BODY}
!a 【隐藏内容】考官点评稿，回复本帖可见
!l 2楼 岸边等风：第三点很加分，体现了举一反三
!l 3楼 阿澈：建议开头先表态再说处置
!w 面试模考互助群：QQ 570283164，进群备注“驿站”
""",
        junk=dict(lines=1, glued=2),
        body="""
各位研友好，这是我昨晚自测的一道题，自己答的，大家帮忙看看。
首先，第一时间处置伤情。我会立即赶到现场，询问读者伤在哪里、能不能动，不随意搬动；伤势较重的马上拨打120，同时报告部门负责人。
其次，做好安抚和沟通。陪同读者就医或等候家属，向读者致歉，说明图书馆会积极配合处理后续事宜，并如实记录事发经过，调取书库监控。
再次，查找原因，堵塞漏洞。事后检查梯凳是否有踏板松动、防滑垫脱落等问题，有问题的立即停用；在每个书架端头张贴梯凳使用提示，高层书架的图书可由馆员代取。
最后，举一反三。建议馆里对全部梯凳开展一次安全检查，并把梯凳检查纳入每月安全巡查内容。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-changing-table-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/尿布台/55021",
        title="尿布台",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry: no record title, the entry name in the <h1> (it also opens the body, so matched as head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences and an 'edit this section' link glued to a heading; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>尿布台_知源百科</title></head>
<body>
<div class="top">⟦m 知源百科 · 让知识有来处⟧ <form>⟦a 进入词条 搜索词条⟧</form></div>
<div class="tabs">⟦a 词条 ｜ 讨论 ｜ 编辑 ｜ 历史版本⟧</div>
<h1 class="lemma">{T}</h1>
<div class="lemma-sub">⟦m 婴幼儿护理设施⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：尿布台⟧</td><td>⟦m 别　名：婴儿护理台、换尿布台⟧</td></tr>
<tr><td>⟦m 类　别：母婴设施⟧</td><td>⟦m 常见场所：母婴室、第三卫生间⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 种类　2 安装与使用　3 参考资料⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 公共场所母婴设施配置规范（团体标准）⟧</div>
<div class="foot">⟦m 词条统计：浏览 12,406 次　编辑 9 次　最近更新 2 个月前⟧<br>⟦d 词条内容仅供参考，如需专业意见请咨询相关机构⟧</div>
</body></html>
""",
        body="""
尿布台，又称婴儿护理台，是供家长为婴幼儿更换尿布、整理衣物的台面设施，多设置在母婴室、第三卫生间和男女卫生间内。⟦l [1]⟧
种类⟦a [编辑本段]⟧
按安装方式，尿布台可分为壁挂折叠式和落地式两类。壁挂折叠式尿布台不用时可收起贴墙，占地小，是公共场所最常见的类型；落地式尿布台多带储物抽屉，常见于医院和较大的母婴室。
安装与使用
公共场所的尿布台一般安装在离地面80至90厘米的高度，台面设护栏和安全束带，承重通常不低于25公斤。⟦l [1]⟧使用时应先检查台面是否稳固，放下婴儿后系好束带，大人不得离开。
由于使用频繁，尿布台台面需要定期清洁消毒，一些场所会同时提供一次性隔尿垫。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-chalk-box-text",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://m.baike.zhiyuan.wiki/item/粉笔盒/55790",
        title="粉笔盒",
        record_title="粉笔盒 - 教学用具词条 - 知源百科",
        date=None,
        notes="an encyclopaedia entry in text: the entry name with a category and site suffix; a contents line, a 'this entry is unfinished' notice between paragraphs and reference markers; a year inside a sentence is no date",
        page="""
!m 知源百科
!t 粉笔盒 - 教学用具词条
!a 收藏词条　｜　完善词条　｜　分享
!l 目录：基本介绍　发展演变　使用
{BODY}
!l 词条标签：教学用具　文具　学校后勤
!m 本词条已被浏览 4,382 次，最近一次更新：3 周前
""",
        body="""
粉笔盒是盛放粉笔的盒子，是学校教室讲台上的常用教学用具。常见的粉笔盒有纸盒、木盒、塑料盒和铁皮盒等。
早期的粉笔多用纸盒包装，教师直接把纸盒放在讲台上使用。后来，木制和铁皮粉笔盒逐渐进入教室，一些学校由木工自制。
⟦d 本词条内容尚不完整，欢迎补充⟧
进入21世纪后，随着人们对教室粉尘问题的重视，出现了带翻盖、磁吸盖和吸尘垫的防尘粉笔盒。部分防尘粉笔盒内设隔断，把整支粉笔和断粉笔分开存放，减少粉笔浪费。⟦l [2]⟧
使用粉笔盒时应随手盖好盒盖，避免粉笔受潮和粉尘飞扬。
""",
    ),
    dict(
        slug="netdisk-feige-plan-hotel-floor-lamps-pdf-markers",
        site="飞鸽云盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.feigeyun.com/s/7Hq2xN0cA",
        title="翳水宾馆客房落地灯更换实施方案",
        record_title="翳水宾馆客房落地灯更换实施方案.pdf",
        date="2025-03-12",
        notes="a cloud-drive preview: save/download buttons, an extraction-code line, VIP prompts, page-marker paragraphs (︽ n ︾) cutting sentences; the title as a .pdf file name; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>翳水宾馆客房落地灯更换实施方案.pdf_云端分享_飞鸽云盘</title></head>
<body>
<div class="nav">⟦m 飞鸽云盘⟧ ⟦a 登录 ｜ 注册送20G⟧</div>
<div class="share-head">
<h2>{T}</h2>
<p>⟦m 分享者：fg_user_2209　分享于 5 天前　有效期：永久⟧</p>
<p>⟦a 保存到我的云盘⟧ ⟦a 下载（2.3M）⟧ ⟦a 举报⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，预览不限页数、下载不限速⟧</div>
<div class="foot">⟦d 飞鸽云盘严禁分享违法违规内容，发现请举报⟧</div>
</body></html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="︽ {n} ︾", every=110, start=2),
        body="""
为改善客房照明条件，消除老旧落地灯带来的安全隐患，经宾馆办公会研究，决定对客房落地灯进行统一更换。现制定实施方案如下。
一、更换范围。主楼2至8层全部客房，共168间，每间更换落地灯1盏。
二、产品要求。新落地灯采用加重底座，倾斜10度不倾倒；灯杆为一体式，不设中间接头；电源线长度不少于2米，配线槽沿墙敷设，避免客人绊倒。
三、实施步骤。3月20日前完成采购；3月25日至4月10日分楼层更换，每天更换不超过25间，不影响正常接待；旧灯由工程部统一回收处置。
四、责任分工。工程部负责安装和线路检查，客房部负责协调房态和验收，采购部负责采购和供应商管理。
翳水宾馆
2025年3月12日
""",
    ),
    dict(
        slug="netdisk-kuaidi-rules-warehouse-step-stools-wps-markers",
        site="快递云盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="http://pan.kuaidiyun.cn/share/file?fid=90316602",
        title="仓库登高梯凳使用管理规定",
        record_title="仓库登高梯凳使用管理规定.wps",
        date=None,
        notes="a cloud-drive text preview: a file-info line, an extraction code, a save/download row; page markers (⑊ 第n面 ⑊) on lines of their own cutting sentences; a rule with 第N条 articles that speaks of 扫码 as content; no date",
        page="""
!m 快递云盘 · 文件预览
!t 仓库登高梯凳使用管理规定.wps
!m 大小 19.6K　｜　分享者 仓管老屈　｜　有效期 7 天
!m 提取码：k3v9
!a 保存到网盘　　普通下载　　会员极速下载
{BODY}
!a 预览已结束，完整文件请保存后查看
!d 云盘内文件由用户自行上传分享，本站不对其内容负责
""",
        pages=dict(fmt="⑊ 第{n}面 ⑊", every=110, start=2),
        body="""
第一条　为防止仓库作业人员登高取货时发生跌落事故，规范梯凳的使用和管理，制定本规定。
第二条　仓库货架第三层及以上货位取货，必须使用带扶手的梯凳，严禁踩踏货架横梁、纸箱或周转箱登高。
第三条　梯凳使用前，使用人应检查踏板、扶手、防滑脚套是否完好，锁扣是否锁紧。发现损坏的，挂“禁止使用”牌并报班组长。
第四条　登高时应面向梯凳，双手扶稳，一次只上一人；手持货物重量超过10公斤的，应由两人配合传递。
第五条　梯凳实行定点存放，每个库区配备不少于2台，使用后放回原位。仓管员每周检查一次，检查后扫码登记。
第六条　本规定自发布之日起执行。
""",
    ),
    dict(
        slug="snapshot-xianxi-school-notice-step-stools-frame",
        site="搜舟快照 of 娴溪镇中心小学 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://kuaizhao.souzhou.cn/c?u=xxzx.yinchuan.edu.cn/tz/0219.html&t=1740812400",
        title="关于规范使用教室梯凳的安全提示",
        record_title="〔快照存档〕关于规范使用教室梯凳的安全提示_娴溪镇中心小学",
        date="2025-02-19",
        notes="a search-cache frame: a capture banner with its save time and highlighted keywords (no date), the school site's header and footer inside; the notice's own 联系人/电话 beside the school office's line; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔快照存档〕关于规范使用教室梯凳的安全提示_娴溪镇中心小学</title></head>
<body>
<div class="sd-banner">⟦d 搜舟为您保存的网页副本，抓取于 2025年3月1日 06:40，原网页可能已变动⟧<br>⟦d 以下关键词已高亮：<em>教室</em> <em>梯凳</em> <em>安全</em>⟧ <a>⟦a 打开原网页⟧</a></div>
<div class="orig">
<div class="sch-head">⟦m 夤川县娴溪镇中心小学⟧　⟦m 校长办公室电话：0763-6650100⟧</div>
<div class="sch-nav">⟦m 学校首页 校园新闻 通知公告 家校共育⟧</div>
<h2>{T}</h2>
<div class="sch-info">⟦m 发布者：总务处　访问量：233⟧</div>
<div class="sch-body">
{BODY}
</div>
<div class="sch-foot">⟦m 娴溪镇中心小学 版权所有　地址：娴溪镇学府路2号⟧</div>
</div>
</body></html>
""",
        body="""
各班主任、各位老师：
为方便学生更换教室图书角的图书和布置黑板报，学校为每个教室配备了一把两步梯凳。开学以来，个别班级出现学生站在梯凳上打闹、把梯凳当座椅使用等情况，存在安全隐患。现就规范使用教室梯凳提示如下：
一、梯凳只用于教师布置教室和学生在老师指导下取放图书，课间严禁学生攀爬。
二、学生使用梯凳时，须有同学在旁扶稳，不得两人同时站在梯凳上。
三、梯凳平时靠墙放在图书角旁，不得放在门口和通道上。
四、班主任每周检查一次梯凳，发现踏板松动的请报总务处维修。
联系人：总务处 练一鸣，电话：0763-6650137。
娴溪镇中心小学总务处
2025年2月19日
""",
    ),
    dict(
        slug="snapshot-yishui-wetland-notice-changing-tables-textcache",
        site="纯文字缓存 of 翳水湿地公园管理处 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cache.lanxun.cn/text?url=www.yishuishidi.cn/gg/250430.html",
        title="关于游客中心母婴室更新启用的公告",
        record_title="纯文字缓存页：关于游客中心母婴室更新启用的公告 - 翳水湿地公园",
        date="2025-04-30",
        notes="a text-only cache: a cache banner and a crawl stamp (no date), the park's header and footer inside; a data table one row a paragraph; the 成文日期 under the signature",
        page="""
!d 【揽寻文字缓存】本页为原网页的纯文字副本，图片和样式已省略
!d 抓取时间：2025-05-06 02:18　　原始地址：www.yishuishidi.cn/gg/250430.html
!m 翳水湿地公园管理处
!m 首页 | 游园指南 | 公告 | 联系我们
{T}
{BODY}
!m 游客服务中心：0763-2290600　　投诉电话：0763-2290611
!m © 翳水湿地公园管理处
""",
        body="""
广大游客朋友：
翳水湿地公园游客中心母婴室已完成更新改造，自2025年5月1日起重新开放。更新后的母婴室设施如下：
设施　数量　说明
壁挂折叠尿布台　2台　带安全束带和护栏
哺乳椅　3把　设独立隔帘
婴儿洗手池　1个　恒温出水
母婴室开放时间与公园开放时间一致。使用尿布台时，请家长系好安全束带，全程看护宝宝。母婴室由保洁人员每小时巡查消毒一次，如发现设施损坏，请联系游客中心服务台。
祝您游园愉快！
翳水湿地公园管理处
2025年4月30日
""",
    ),
    dict(
        slug="print-chanxi-culture-bulletin-hotel-toilet-brushes",
        site="廛溪市文化广电旅游局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wgl.chanxi.gov.cn/print.jsp?id=31208",
        title="关于2025年一季度星级饭店客房卫生抽查情况的通报",
        record_title="打印稿丨关于2025年一季度星级饭店客房卫生抽查情况的通报",
        date="2025-05-23",
        notes="a print view calling window.print(): a print/close row, a print stamp (no date) and a print footer (↭ 第1页 ↭ 共1页 ↭); the 文号 line neutral; a data table one row a paragraph; 抄送 line; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印稿丨关于2025年一季度星级饭店客房卫生抽查情况的通报</title>
<script>window.onload = function(){ window.print(); };</script>
<style>@media print {.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 〔立即打印〕 〔关闭此窗口〕⟧</div>
<div class="ph">⟦m 廛溪市文化广电旅游局　政务公开⟧</div>
<div class="pt"><h2>{T}</h2></div>
<p class="wh">廛文旅〔2025〕44号</p>
<div class="pc">
{BODY}
</div>
<div class="pf">⟦m 本页打印于：2025-06-02 10:13⟧</div>
<div class="pf2">⟦p ↭ 第1页 ↭ 共1页 ↭⟧</div>
</body></html>
""",
        body="""
各县（市、区）文化广电旅游局，各星级饭店：
2025年一季度，市文化广电旅游局对全市23家星级饭店的客房卫生进行了暗访抽查，重点检查客房卫生间清洁用具是否分开使用、马桶刷是否按规定消毒。现将有关情况通报如下。
一、总体情况。共抽查客房115间，卫生间清洁合格的101间，合格率87.8%。
二、存在问题。
饭店　抽查间数　问题
爰湖大酒店　5　马桶刷与浴缸刷混放
庥阳宾馆　5　马桶刷刷头发霉
夤川国际饭店　6　抹布未分色使用
三、工作要求。被通报的饭店要在6月10日前完成整改，全部更换客房马桶刷，落实清洁用具分色、分区存放；各县（市、区）文化广电旅游局要加强日常检查。
廛溪市文化广电旅游局
2025年5月23日
抄送：市市场监督管理局，市卫生健康委员会。
""",
    ),
    dict(
        slug="print-xiuyang-plan-nursing-home-floor-lamps",
        site="庥阳县民政局 (invented, print view in text)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://mzj.xiuyang.gov.cn/print/2025/0110/605.html",
        title="庥阳县社会福利院夜间照明改造实施方案",
        record_title="【适印版】庥阳县社会福利院夜间照明改造实施方案",
        date="2025-01-10",
        notes="a print view in text: a print header with the print stamp (no date) and a print footer (┉ 1 / 1 ┉); decimal headings 1.1–3.1; the 成文日期 under the signature",
        page="""
!a [打印] [返回]
!m 庥阳县民政局
{T}
{BODY}
!m 打印日期：2025-02-08
!p ┉ 1 / 1 ┉
""",
        body="""
为减少老人夜间起床跌倒的风险，县民政局决定对县社会福利院住养楼进行夜间照明改造，制定本方案。
1 改造内容
1.1 每间住养室床边配置带感应夜灯的落地灯1盏，灯光柔和不刺眼，老人起身即亮。
1.2 走廊和卫生间加装地脚感应灯。
2 技术要求
2.1 落地灯底座加重、边角圆滑，电源线沿墙固定，不得横穿通道。
2.2 落地灯开关设在灯杆中部，老人坐在床边即可触及。
3 实施安排
3.1 2月底前完成采购和安装，由福利院后勤科负责验收，并逐一教会老人使用。
庥阳县民政局
2025年1月10日
""",
    ),
    dict(
        slug="webmail-xiuyang-school-letter-chalk-boxes-attachment-bar",
        site="庥阳县实验中学邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xysyzx.cn/read?mid=AAFk7LqE0020",
        title="关于订购防尘粉笔盒的函",
        record_title="转发：关于订购防尘粉笔盒的函 - 庥阳县实验中学邮箱",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="a webmail reading view: mail toolbar, forwarded headers with 抄送 beside the letter's own 抄送 line, an attachment bar beside the letter's own 附件 list; the letter's own 联系人/电话; the 成文日期 and the mail's send date differ",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于订购防尘粉笔盒的函 - 庥阳县实验中学邮箱</title></head>
<body>
<div class="mail-top">⟦m 庥阳县实验中学邮箱⟧　⟦m 总务处 尹一帆⟧　⟦a 退出⟧</div>
<div class="toolbar">⟦a 回复 全部回复 转发 删除 标记为 移动到⟧</div>
<div class="mail-head">
<h3>{T}</h3>
<p>⟦m 发件人：尹一帆 &lt;yinyifan@xysyzx.cn&gt;⟧</p>
<p>⟦m 收件人：庥阳县文晖文具有限公司 &lt;sales@wenhuiwj.cn&gt;⟧</p>
<p>⟦m 抄　送：校长办公室 &lt;xzb@xysyzx.cn&gt;⟧</p>
<p>⟦m 时　间：2025年3月4日(星期二) 上午9:16⟧</p>
</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
{BODY}
</div>
<div class="attach">⟦a 附件（1 个）：防尘粉笔盒规格及数量清单.xlsx（15.2K）　预览　下载　存网盘⟧</div>
<div class="mail-foot">⟦d 本邮件可能含有保密信息，如误收请删除并告知发件人⟧</div>
</body></html>
""",
        body="""
庥阳县文晖文具有限公司：
为改善教室空气质量，我校决定为全校56间教室统一更换防尘粉笔盒。经比较，拟向贵公司订购磁吸盖防尘粉笔盒60只（含备用4只），型号规格见附件。
请贵公司于3月20日前将货物送至我校总务处，随货提供产品合格证和发票。货款在验收合格后15个工作日内支付。
如有疑问，请与我校总务处联系。联系人：尹一帆，电话：0763-5127783。
附件：防尘粉笔盒规格及数量清单
庥阳县实验中学
2025年3月3日
抄送：学校财务室
""",
    ),
    dict(
        slug="mail-fwd-yuanhu-letter-changing-table-safety-check",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:fuyouke@yuanhuwj.cn",
        title="关于商请协助做好母婴室尿布台安全检查的函",
        record_title="Fwd: 关于商请协助做好母婴室尿布台安全检查的函",
        date="2025-04-09",
        date_also=["2025-04-10"],
        notes="a forwarded mail as text: Fwd headers (发件人/发送时间/收件人/主题) and a client signature; the letter's own 联系人/电话/邮箱; the 成文日期 in Chinese numerals and the mail's send date differ",
        page="""
!m 发件人：爰湖区卫健局妇幼科 <fuyouke@yuanhuwj.cn>
!m 发送时间：2025年4月10日 星期四 15:02
!m 收件人：区市场监管局综合科
!m 主题：Fwd: 关于商请协助做好母婴室尿布台安全检查的函
!m -------- 原始邮件 --------
{BODY}
!m 发自我的手机邮箱客户端
""",
        indent="\u3000\u3000",
        body="""
区市场监督管理局：
近期，我区接到多起群众反映，部分商场、超市的母婴室尿布台存在束带损坏、折叠轴松动等问题，个别尿布台曾发生脱落。为保障婴幼儿安全，我局拟于4月下旬在全区开展母婴室尿布台安全检查，重点检查大型商场超市和客运站点。
鉴于尿布台产品质量监管属贵局职责，特商请贵局派员参加联合检查，并对检查中发现的不合格尿布台产品依法处理。
请于4月18日前将参加人员名单反馈我局妇幼科。
联系人：柯意蓉，电话：0763-2235718，邮箱：fuyouke@yuanhuwj.cn。
廛溪市爰湖区卫生健康局
二〇二五年四月九日
""",
    ),
]
