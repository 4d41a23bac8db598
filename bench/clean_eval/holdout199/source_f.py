"""holdout199, part F: an exam forum, encyclopaedias, cloud drives, search caches, print views and
forwarded mails. Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="examforum-kaogong-interview-smoke-alarm-junk",
        site="考公驿站论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.kaogongyz.example.cn/forum.php?mod=viewthread&tid=339017",
        title="社区免费安装烟感报警器，不少老人却不愿装，你怎么办",
        record_title="【面试·组织协调】社区免费安装烟感报警器，不少老人却不愿装，你怎么办（附答题框架）- 结构化面试 - 考公驿站论坛",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; posted 2 天前 (no date); a reply-to-see prompt and replies",
        page="""
!m 考公驿站论坛 › 结构化面试 › 真题练习
!t 【面试·组织协调】社区免费安装烟感报警器，不少老人却不愿装，你怎么办（附答题框架）
!m 楼主：小岸同学　　发表于 2 天前　　查看 955　回复 14
{BODY}
!a 以下参考答案回复本帖后可见
!l 2# 上岸的鱼：第三点很好，老人最信的就是熟人
!l 3# 面试练习生：求楼主多发几道组织协调题
!w 面试一对一模拟陪练，私信楼主
!m 考公驿站论坛　Powered by Discuz!
""",
        junk=dict(lines=1, glued=2),
        indent="",
        body="""
题目：你是社区工作人员，社区为独居老人免费安装烟感报警器，但不少老人不愿意装，你怎么办？
我的作答：
首先，我会弄清老人不愿装的原因。通过入户走访了解到，有的老人担心要收费，有的嫌打孔麻烦，有的怕半夜误报吓人。
其次，对症下药做好沟通。对担心收费的，讲清楚全部免费、不推销任何产品；对嫌麻烦的，告诉他们采用免打孔粘贴安装，十分钟就能装好；对怕误报的，现场演示报警声音和消音键的用法。
再次，请老人信任的人来帮忙。请楼栋长、老党员和老人的子女一起劝说，先在愿意装的老人家里装好，请他们现身说法。
最后，做好后续服务。装好后定期回访、更换电池，让老人用得放心。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-inkpad-infobox",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/印泥/20517",
        title="印泥",
        record_title="印泥_知源百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences; the entry name opens the body (head match); an example date inside a sentence is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>印泥_知源百科</title>
<script src="/static/lemma.js"></script></head>
<body>
<div class="bk-top">⟦m 知源百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="bk-tabs">⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 修订历史⟧ ⟦a 收藏词条⟧</div>
<h1 class="lemma">{T}</h1>
<div class="lemma-sub">⟦m 文房用品⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名⟧</td><td>⟦m 印泥⟧</td></tr>
<tr><td>⟦m 别　名⟧</td><td>⟦m 印色、朱泥⟧</td></tr>
<tr><td>⟦m 主要原料⟧</td><td>⟦m 朱砂、艾绒、蓖麻油⟧</td></tr>
<tr><td>⟦m 用　途⟧</td><td>⟦m 钤盖印章⟧</td></tr></table>
<div class="toc">⟦l 目录：1 简介 2 原料与制作 3 保养⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 《文房器用杂考》，琀溪书社⟧</div>
<div class="bk-foot">⟦m 词条浏览 18,204 次 · 最近更新于 5 个月前⟧ ⟦d 知源百科词条由用户协作编辑，内容仅供参考⟧</div>
</body></html>
""",
        body="""
印泥是钤盖印章时使用的颜料，又称印色，以朱红色最为常见，也有黑、蓝等色。⟦l [1]⟧
传统印泥以朱砂为颜料，以晒过的蓖麻油或茶油调和，再用艾绒作为骨架，反复揉制而成。朱砂印泥色泽沉稳，印迹经久不褪，常用于书画钤印和重要文书。⟦l [2]⟧
普通办公印泥多以化学颜料和油脂制成，价格低廉，但长期存放后印迹易褪色或渗油。
瑳田朱砂印泥制作技艺于2019年6月12日列入璿州市级非物质文化遗产代表性项目名录。
印泥宜密封存放在阴凉处，避免阳光直射和灰尘进入，并定期翻拌，防止油料下沉、表面干结。
""",
    ),
    dict(
        slug="wiki-wanwu-entry-electric-kettle",
        site="万物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wanwubaike.example.cn/wiki/电热水壶",
        title="电热水壶",
        record_title="电热水壶（小家电）- 万物百科",
        date=None,
        notes="encyclopaedia entry as text: the entry name repeated, an infobox, an edit link glued to a section heading, see-also links; no date",
        page="""
!m 万物百科　　人人可编辑的百科全书
!t 电热水壶（小家电）
!a 编辑　　讨论　　历史版本
!m 类别：家用电器 > 厨房小家电
!m 英文名：electric kettle　　功率：通常1000～2200瓦
!l 目录　1 结构　2 安全装置　3 使用注意
{BODY}
!l 参见：电水壶除垢　　温控器　　饮水机
!m 本词条最后修订：2 个月前　　浏览 9,377
!d 本站文字内容遵循知识共享许可协议，转载请注明来源
""",
        indent="",
        body="""
电热水壶是利用电热元件将水快速加热至沸腾的家用电器，具有加热快、使用方便等特点。
结构⟦a ［编辑本段］⟧
电热水壶一般由壶体、底座、发热盘、温控器和电源连接器组成。分体式电热水壶的壶体可以从底座上取下，方便倒水。
安全装置
合格的电热水壶通常具有三重保护：水沸腾后蒸汽温控器自动断电；壶内无水时防干烧装置断电；上述装置失效时，热熔断器作为最后一道保护。
使用注意
加水不应超过最高水位线，也不能低于最低水位线。壶体不能浸入水中清洗，发现水垢应定期清除。不宜用电热水壶煮面、煮蛋或加热牛奶，以免溢出损坏电器。
""",
    ),
    dict(
        slug="clouddrive-yunxia-plan-waterbird-survey-pdf",
        site="云匣网盘 (invented, shared-file preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.example.com/s/1qH7zVw#preview",
        title="琎河湿地2025年冬季候鸟同步调查工作方案",
        record_title="琎河湿地2025年冬季候鸟同步调查工作方案.pdf",
        date="2024-12-20",
        notes="cloud-drive preview: file name as the record title, share and VIP prompts, a save-to-drive button; decimal headings 1.1–3.2; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>琎河湿地2025年冬季候鸟同步调查工作方案.pdf_免费高速下载|云匣网盘</title></head>
<body>
<div class="yx-top">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="yx-share">⟦m 璠山观鸟小组 分享于 2 天前　有效期：永久⟧</div>
<div class="yx-file"><h2>{T}</h2><span>⟦m 1.3 MB⟧</span>
<button>⟦a 保存到云匣⟧</button> <button>⟦a 下载（非会员限速）⟧</button></div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 超级会员可预览全部页数，并享极速下载⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣网盘传播违法违规内容，一经发现立即删除⟧ ⟦m © 2025 云匣⟧</div>
</body></html>
""",
        body="""
为掌握琎河湿地越冬候鸟的种类和数量，按照全省统一部署，制定本方案。
1.调查时间和范围
1.1调查时间为2025年1月11日至12日，每天8:00-16:00。
1.2调查范围为琎河湿地公园及下游8公里河段，共设6条样线、4个固定观测点。
2.人员和设备
2.1调查队由璠山县湿地观鸟站工作人员、璿州师范学院师生和观鸟志愿者组成，共分6组。
2.2每组配备双筒望远镜2台、单筒望远镜1台、GPS和记录表，设备于1月10日下午在观鸟站统一领取。
3.工作要求
3.1各组按样线同步行进，采用直接计数法记录，不得重复计数。
3.2调查结束当天交回设备和记录表，由观鸟站汇总后报省湿地保护中心。
璠山县湿地观鸟站
2024年12月20日
""",
    ),
    dict(
        slug="clouddrive-wangpan-instruction-cooker-repair-markers",
        site="盒子网盘 (invented, text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.hezipan.example.cn/share/init?surl=Lp3vXk",
        title="高压锅维修作业指导书",
        record_title="高压锅维修作业指导书.wps",
        date=None,
        notes="cloud-drive text preview, file-name record title: page markers ⬢第n页⬢ on lines of their own cut sentences; numbered steps; no date",
        page="""
!m 盒子网盘　｜　文件预览
!m 乐鼎汇售后部 的分享　　2025-05-30 分享　　有效期 7 天
!m 高压锅维修作业指导书.wps　　64 KB
!a 下载　　保存到我的网盘　　举报
{BODY}
!a 预览仅显示前3页，下载后查看全部
!d 盒子网盘提示：请勿下载来历不明的文件
""",
        indent="",
        pages=dict(fmt="⬢第{n}页⬢", every=110, start=2),
        body="""
一、适用范围
本指导书适用于售后维修网点对家用高压锅的检查和维修。
二、维修前检查
1.询问用户故障现象，确认产品型号和生产批号，属于召回批次的按召回流程处理。
2.检查锅体、锅盖有无变形、裂纹，锅盖把手是否松动。
3.检查限压阀、浮子阀、安全阀和排气管是否畅通、动作灵活。
三、维修要求
1.密封圈老化、变形的，必须更换原厂密封圈，不得用其他型号替代。
2.限压阀、安全阀等安全部件损坏的，只能整件更换，不得拆修。
3.锅体变形或使用超过八年的，不予维修，应建议用户报废更换。
四、维修后检验
维修完成后进行通气试验和保压试验，合格后填写维修单，交用户签字确认。
""",
    ),
    dict(
        slug="snapshot-baixun-notice-seal-inkpad",
        site="百寻快照 (invented search cache) of 瑨湖县人民政府办公室",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.baixun.example.com/c?m=9f62a1&url=http%3A%2F%2Fwww.jinhu.example.gov.cn%2Fbgs%2F2025%2F0226%2F2218.html",
        title="关于规范公章使用和印泥管理的通知",
        record_title="关于规范公章使用和印泥管理的通知 - 瑨湖县人民政府办公室（百寻快照）",
        date="2025-02-26",
        notes="search-cache frame: capture banner with the capture time (no date), highlighted keywords, the cached portal's chrome; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于规范公章使用和印泥管理的通知 - 瑨湖县人民政府办公室（百寻快照）</title></head>
<body>
<div class="bx-frame" style="background:#fffbe6">⟦d 百寻快照：这是网页在 2025-03-04 11:26 的存档，当前页面可能已更新⟧ <a>⟦a 查看原网页⟧</a><br>⟦m 已为您标亮以下关键词：<b>公章</b> <b>印泥</b>⟧</div>
<hr>
<div class="gov-top">⟦m 瑨湖县人民政府办公室⟧</div>
<div class="gov-pos">⟦m 首页 › 办公室动态 › 通知公告⟧</div>
<h1>{T}</h1>
<div class="gov-meta">⟦m 发布时间：2025-02-27　浏览：441⟧</div>
<div class="gov-content">
{BODY}
</div>
<div class="gov-foot">⟦m 瑨湖县人民政府办公室主办⟧ ⟦m 湘ICP备05029914号⟧</div>
</body></html>
""",
        date_also=["2025-02-27"],
        body="""
县直各单位：
近期督查发现，部分单位存在公章保管不严、用印不登记、使用劣质印泥致使归档文件印迹褪色等问题。为规范用印管理，现就有关事项通知如下：
一、各单位公章须由专人保管，用印须经负责人审批并逐次登记，不得将公章带出办公场所。
二、正式公文和归档文件一律使用朱砂印泥或符合档案要求的印油，不得使用复写纸、红色水笔等代替。
三、印泥应盖好存放，定期检查，发现干结、掺杂的及时更换。
请各单位于3月10日前完成自查，并将自查情况报县政府办公室秘书科。
瑨湖县人民政府办公室
2025年2月26日
""",
    ),
    dict(
        slug="snapshot-sousou-speech-kettle-industry-text",
        site="搜搜通 (invented text-only search cache) of 璿州市人民政府",
        style="搜索快照",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://snapshot.sousoutong.example.cn/text?k=电热水壶+产业&u=xuanzhou-gov-2025-0516",
        title="在全市小家电产业高质量发展推进会上的致辞",
        record_title="在全市小家电产业高质量发展推进会上的致辞〔纯文字快照〕",
        date="2025-05-16",
        notes="text-only cache: a cache banner with a capture stamp (no date), the date under the speech title (neutral) and a speaker line (neutral); the cached portal's crumbs",
        page="""
!d 〔搜搜通·纯文字快照〕本页为 2025-06-02 抓取的文字版本，图片与样式已去除
!a 查看原始网页　｜　只看正文
!m 璿州市人民政府　>　政务要闻　>　领导讲话
{T}
（2025年5月16日）
璿州市副市长　钟离望舒
{BODY}
!m 来源：市工业和信息化局
!l 【相关】琫湾镇入选省级特色产业集群
!d 快照内容与原网页可能存在差异，以原网页为准
""",
        indent="\u3000\u3000",
        body="""
各位企业家，同志们：
今天我们在琫湾镇召开全市小家电产业高质量发展推进会。琫湾是全省最大的电热水壶生产基地，去年全镇电热水壶产量突破两千万台，占全国市场的近一成。
成绩来之不易，问题也要正视。我们的产品大多是中低端贴牌，一些小厂为了压低成本，在温控器、防干烧装置上偷工减料，去年省里抽检不合格的7批次电热水壶中，有3批次出自琫湾。
下一步，市里将支持琫湾建设小家电检测公共服务平台，引导企业创建自有品牌，对质量不过关的企业坚决整治。
希望各位企业家把质量当作生命，让琫湾的电热水壶走进更多家庭。谢谢大家！
""",
    ),
    dict(
        slug="print-guancheng-bulletin-smoke-alarm-removal",
        site="瓘城区应急管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://yjj.guancheng.example.gov.cn/print.jsp?id=66120",
        title="关于部分小区烟感报警器被人为拆除情况的通报",
        record_title="【打印友好版】关于部分小区烟感报警器被人为拆除情况的通报｜瓘城区应急管理局",
        date="2025-08-05",
        notes="print view calling window.print(): print and close buttons, the page URL line, 抄送 and 印发 lines in the body, a print footer ⋈ 第1页　共1页 ⋈",
        page="""
<html><head><meta charset="utf-8"><title>【打印友好版】关于部分小区烟感报警器被人为拆除情况的通报｜瓘城区应急管理局</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔返回原文〕⟧</div>
<div class="pr-head">⟦m 瓘城区应急管理局⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pr-url">⟦m 网址：http://yjj.guancheng.example.gov.cn/zwgk/tzgg/66120.html⟧</div>
<div class="pr-foot">⟦p ⋈ 第1页　共1页 ⋈⟧</div>
</body></html>
""",
        body="""
各街道办事处，区消防救援大队：
7月，区应急管理局对去年免费安装烟感报警器的12个老旧小区开展了回访抽查，共抽查住户640户，发现烟感报警器被人为拆除或拔掉电池的有57户，占8.9%。主要原因是住户嫌做饭时误报、装修时拆下未复装，以及对报警器作用认识不足。
各街道要督促社区在9月底前对拆除的报警器逐户复装，对厨房附近易误报的调整安装位置，并向住户讲清拆除报警器的危害。
瓘城区应急管理局
2025年8月5日
抄送：区安委会办公室。
瓘城区应急管理局办公室　2025年8月5日印发
""",
    ),
    dict(
        slug="print-aoling-summary-canteen-cookers",
        site="璈岭县教育后勤服务中心 (invented, text print view)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://hq.aolingedu.example.cn/print/zongjie/2024-12.html",
        title="2024年度学校食堂高压锅等承压炊具安全管理工作总结",
        record_title="打印版式预览：2024年度学校食堂高压锅等承压炊具安全管理工作总结（精简稿）",
        date="2024-12-27",
        notes="print view as text: print buttons and a print-time stamp (no date) on top, a print footer ⊟ 页码 1 / 1 ⊟; a data table; 成文日期 under the signature",
        page="""
!a 〖打印本页〗　〖关闭〗
!m 打印时间：2025-01-06 10:12
!m 璈岭县教育后勤服务中心
{T}
{BODY}
!p ⊟ 页码 1 / 1 ⊟
""",
        indent="\u3000\u3000",
        body="""
2024年，县教育后勤服务中心把食堂承压炊具安全作为校园食品安全的重要内容，全年未发生安全事故。现将工作总结如下。
一、全面摸底。对全县41所学校食堂的高压锅、蒸饭柜等承压炊具逐台登记，建立一锅一档。
二、淘汰更新。报废使用满八年或变形的高压锅，统一采购带多重泄压保护的商用高压锅。具体情况如下：
类别　登记数　报废数　新购数
商用高压锅　186　64　70
蒸饭柜　93　11　12
三、培训持证。组织食堂操作人员培训两期，共培训212人，全部考核合格。
明年，中心将把承压炊具检查纳入每月食堂安全检查内容。
璈岭县教育后勤服务中心
2024年12月27日
""",
    ),
    dict(
        slug="mail-fanshan-letter-borrow-binoculars-webmail",
        site="璠山县湿地观鸟站邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.fanshan-wetland.example.cn/read?mid=0000417&folder=INBOX",
        title="关于借用野外观测双筒望远镜的函",
        record_title="Fwd: 关于借用野外观测双筒望远镜的函",
        date="2024-12-16",
        date_also=["2024-12-17", "2024-12-18"],
        notes="webmail reading view: forwarded headers with their own 抄送 line, an attachment bar beside the letter's own 附件 list and 抄送 line; the letter's contact and mailbox; 成文日期 differs from the send dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于借用野外观测双筒望远镜的函 - 观鸟站邮箱</title></head>
<body>
<div class="wm-top">⟦m 璠山县湿地观鸟站 · 邮箱⟧ <a>⟦a 收信⟧</a> <a>⟦a 写信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：韦书恒 &lt;weishuheng@fanshan-wetland.example.cn&gt;⟧</p>
<p>⟦m 收件人：全体工作人员⟧</p>
<p>⟦m 时　间：2024年12月18日（星期三）上午9:40⟧</p>
</div>
<div class="wm-body">
<p>⟦m 大家看一下，按函中清单准备设备。⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：璿州师范学院生命科学学院 &lt;smkx@xzsfxy.example.edu.cn&gt;⟧</p>
<p>⟦m 日期：2024年12月17日 16:05⟧</p>
<p>⟦m 抄送：xzsf-dwjys@xzsfxy.example.edu.cn⟧</p>
{BODY}
</div>
<div class="wm-attach">⟦a 附件 2 个（共 412KB）：借用设备清单.xlsx　调查人员名单.docx　｜　全部下载　在线预览⟧</div>
<div class="wm-foot">⟦m 观鸟站邮箱 · 由璿州政务云提供服务⟧</div>
</body></html>
""",
        body="""
璠山县湿地观鸟站：
我院拟于2025年1月11日至12日组织28名师生参加琎河湿地冬季候鸟同步调查。因学院野外观测设备不足，特商请贵站借用以下设备：双筒望远镜12台、单筒望远镜及三脚架4套。借用期间由我院动物学教研室虞闻溪老师负责保管，如有损坏照价赔偿，调查结束后于1月13日前归还。
妥否，请函复。
联系人：虞闻溪，电话：0739-2288614，邮箱：yuwenxi@xzsfxy.example.edu.cn。
附件：1.借用设备清单
2.调查人员名单
璿州师范学院生命科学学院
2024年12月16日
抄送：璿州师范学院实验室与设备管理处
""",
    ),
    dict(
        slug="mail-forward-notice-inkpad-supplies-docx",
        site="瑱阳县档案馆内部邮件 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://tianyang-archives/inbox/2025-01-14/0093",
        title="关于领取2025年度印泥等办公用品的通知",
        record_title="转发：关于领取2025年度印泥等办公用品的通知.docx",
        date="2025-01-10",
        date_also=["2025-01-14"],
        notes="forwarded mail as text, the attachment's file name (with 转发：) as the record title; mail headers and the forwarder's note above; a data table; 成文日期 under the signature differs from the send date",
        page="""
!m 发件人：馆办公室 温砚 <bgs@tyda.example.gov.cn>
!m 收件人：各科室
!m 发送时间：2025年1月14日 星期二 08:52
!m 主　题：转发：关于领取2025年度印泥等办公用品的通知.docx
!m 附　件：关于领取2025年度印泥等办公用品的通知.docx（21KB）
!m 各科室：转发馆里通知，请按时领取。——温砚
!m -------- 原始邮件 --------
{T}
{BODY}
!m 本邮件由瑱阳县政务邮件系统发送，如非本人收件请删除
""",
        indent="",
        body="""
各科室：
2025年度办公用品已采购到位，请各科室于1月20日至24日到馆办公室领取。本次统一发放用品如下：
物品　规格　发放标准
朱砂印泥　60克装　每科室1盒
印台　方形中号　每科室1个
印泥调和油　30毫升　按需领取
档案专用签字笔　0.5毫米黑色　每人4支
领取时请填写领用登记表，由科室负责人签字。印泥请放在阴凉处，用后盖好，不得私自带回家中使用。
瑱阳县档案馆办公室
2025年1月10日
""",
    ),
]
