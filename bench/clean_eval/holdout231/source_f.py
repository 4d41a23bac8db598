"""holdout231, part F: encyclopaedia and Q&A pages, cloud-drive shares, search-cache
snapshots, print views, forwarded mails. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="zhiyuan-baike-entry-ink-cartridge-h1",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.cn/item/墨盒/10492",
        title="墨盒",
        record_title=None,
        date=None,
        notes="no record title: the entry name in <h1> (also the first word of the body: head); infobox, contents box, edit/discuss/history tabs, reference markers glued after sentences, an edit link glued to a section heading; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>墨盒_知源百科</title>
</head>
<body>
<div class="bk-top">⟦m 知源百科 · 人人可编的知识库⟧　<input placeholder="搜索词条">　<a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 编辑⟧　⟦a 讨论⟧　⟦a 历史版本⟧　⟦a 收藏⟧</div>
<h1>{T}</h1>
<p class="sum">⟦m 本词条由“知源百科·办公设备”编辑组审核⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：墨盒⟧</td><td>⟦m 外文名：ink cartridge⟧</td></tr>
<tr><td>⟦m 类　别：打印耗材⟧</td><td>⟦m 适用设备：喷墨打印机⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 分类　2 使用与回收　3 参考资料⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 办公设备耗材使用手册，知源出版编辑部整理⟧</p><p>⟦l [2] 再生墨盒行业发展报告（摘编）⟧</p></div>
<div class="edit-info">⟦m 词条统计：浏览 8.2万次　编辑 31次　最近更新于 2 个月前⟧</div>
<footer>⟦d 知源百科内容由用户协作编辑，仅供参考，不构成专业建议⟧</footer>
<script src="/static/js/lemma-edit.js"></script>
</body>
</html>
""",
        body="""
墨盒是喷墨打印机中用来储存墨水并向打印头供墨的部件，通常为塑料外壳，内装墨水或吸附墨水的海绵。⟦m [1]⟧
分类⟦a [编辑本段]⟧
按是否集成打印头，墨盒可分为一体式墨盒和分离式墨盒。一体式墨盒把喷头和墨水仓做在一起，更换墨盒即同时更换喷头；分离式墨盒只储存墨水，喷头固定在打印机上，单次更换成本较低。
按来源，墨盒可分为原装墨盒、兼容墨盒和再生墨盒。再生墨盒是将回收的空墨盒经清洗、检测、重新注墨后制成的产品。⟦m [2]⟧
使用与回收
墨盒开封后应尽快装机使用，长期不用容易造成喷头堵塞。更换下来的空墨盒属于有害垃圾，应单独投放或交由回收机构处理，不应混入其他垃圾。
""",
    ),
    dict(
        slug="rangzhi-baike-qa-usb-insert-disk-prompt",
        site="瀼知百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://zhidao.rangzhi.example.cn/q/772019.html",
        title="U盘插上后提示“请将磁盘插入驱动器”是怎么回事？",
        record_title="U盘插上后提示“请将磁盘插入驱动器”是怎么回事？_瀼知百科问答",
        date=None,
        notes="Q&A encyclopaedia text: a best-answer badge, an answerer line with an adoption rate and 'yesterday', more answers and recommendations; no date",
        page="""
!m 瀼知百科问答　｜　知道的都告诉你
!m 分类：电脑/网络 > 硬件 > 存储
{T}
!m 提问者：wangnaini_1962　｜　浏览 1.4万
!l ★ 最佳回复
!m 回答者：数码百事通　采纳率 92%　回答时间：昨天
{BODY}
!l 有用(213)　没用(5)　｜　追问
!l 其他2条回答 ＞
!l 为你推荐：U盘容量显示0字节怎么修复　｜　电脑识别不了U盘怎么办
""",
        body="""
出现这个提示，说明电脑识别到了U盘的USB接口，但读不到里面的存储芯片，常见原因有三种：
一是U盘的分区表损坏。多发生在拷贝文件时直接拔出U盘、突然断电等情况之后，在“磁盘管理”中查看时一般显示“无媒体”。
二是主控芯片出了问题。主控芯片负责管理存储芯片，主控出错时，电脑只能认出一个容量为0的设备。可以用厂家提供的量产工具修复，但会清空数据。
三是存储芯片损坏。U盘使用年限较长、写入次数过多，芯片可能损坏，这种情况基本无法修复。
如果U盘里有重要资料，建议先找专业的数据恢复机构处理，不要自行修复或格式化。
""",
    ),
    dict(
        slug="danyun-drive-preview-monitor-acceptance-docx",
        site="萏云盘 (invented cloud drive)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="html",
        source="https://pan.danyun.example.cn/s/1Xk8rQ2mWv",
        title="显示器到货验收要点",
        record_title="显示器到货验收要点.docx",
        date=None,
        notes="file-name record title; a cloud-drive preview cut by marker paragraphs ⎰n⎱ with VIP prompts, an expiry line and a share stamp; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>显示器到货验收要点.docx_免费高速下载|萏云盘-分享无限制</title>
</head>
<body>
<div class="pan-top">⟦m 萏云盘⟧　<a>⟦a 登录领20G空间⟧</a></div>
<div class="share-head">
<h2>⟦t 显示器到货验收要点.docx⟧</h2>
<p>⟦m 分享者：萏湖装备小何　｜　分享于 2 天前　｜　有效期：剩余 5 天⟧</p>
<p>⟦a 保存到我的萏云盘⟧　⟦a 下载（38KB）⟧　⟦a 举报⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 在线预览仅展示部分页面，开通萏云超级会员查看全文⟧</div>
<div class="foot">⟦d 请勿通过萏云盘分享侵权或违法内容，一经发现立即删除⟧　⟦m ©2024 萏云盘⟧</div>
<script src="https://pan.danyun.example.cn/static/preview.bundle.js"></script>
</body>
</html>
""",
        p_html='<div class="pv-p">{}</div>',
        pages=dict(fmt="⎰{n}⎱", every=130, start=2),
        body="""
1 适用范围
本要点适用于机关、学校批量采购的台式电脑显示器到货验收。
2 外观检查
2.1 核对包装箱数量、型号与送货单一致，包装无破损、受潮。
2.2 开箱检查屏幕表面无划痕、无压伤，边框无裂缝，底座安装牢固。
3 通电检查
3.1 每台显示器接通电源后应在10秒内正常点亮，无闪屏、无异常声响。
3.2 使用纯黑、纯白、纯红、纯绿、纯蓝五种画面逐一检查，亮点、暗点合计不得超过合同约定的数量。
3.3 检查亮度、对比度调节和各输入接口是否正常。
4 资料核对
4.1 每台显示器应附有合格证、保修卡和说明书，序列号与包装箱标签一致。
4.2 验收完成后，验收人员应填写验收单并签字，存在问题的应在验收单中注明并拍照留存。
""",
    ),
    dict(
        slug="danyun-drive-text-cable-test-rectification-pdf",
        site="萏云盘 text export (invented)",
        style="网盘分享",
        genre="报告",
        kind="report",
        form="text",
        source="https://pan.danyun.example.cn/s/9Pq3vLt0Za",
        title="关于综合布线网线测试问题的整改方案",
        record_title="关于综合布线网线测试问题的整改方案.pdf",
        date="2024-11-11",
        notes="file-name record title; a cloud-drive text preview with page markers ⚊ 第n页 ⚊ on lines of their own cutting sentences; 成文日期 under the signature",
        page="""
!m 萏云盘 › 他人分享
!t 关于综合布线网线测试问题的整改方案.pdf
!m 212KB　｜　分享于 3 天前　｜　浏览 41
!a 保存到网盘　　普通下载　　超级会员极速下载
{T}
{BODY}
!a 文档预览已结束，下载后查看完整内容
!d 该文件由用户自行分享，萏云盘不对文件内容负责
""",
        pages=dict(fmt="⚊ 第{n}页 ⚊", every=110, start=2),
        body="""
萏湖区政务服务中心：
11月5日，我公司对中心办公区综合布线进行了全面测试，共测试信息点位486个，合格451个，不合格35个，合格率92.8%。现将整改方案报告如下。
一、问题原因
经逐条排查，不合格点位中，有21个为水晶头压接不良，有9个为网线中间被装修钉子打穿，有5个为单根网线长度超过90米导致衰减超标。
二、整改措施
（一）对压接不良的点位，重新压接水晶头并逐一复测。
（二）对被打穿的网线，整根更换，不得在中间接续。
（三）对超长的点位，在楼层弱电间增设交换机，缩短线缆长度。
三、完成时限
全部整改工作于11月20日前完成，整改后请贵中心派员到现场复测。
萏湖锐通网络工程有限公司
2024年11月11日
""",
    ),
    dict(
        slug="xunzhi-cache-snapshot-school-cable-hazards",
        site="寻知搜索 cache of 樘岭县第二中学 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xunzhi.example.cn/c?u=http%3A%2F%2Fwww.tl2z.example.cn%2Ftzgg%2F1029.html",
        title="关于开展校园网网线安全隐患排查的通知",
        record_title="缓存页：关于开展校园网网线安全隐患排查的通知_樘岭二中 — 寻知搜索",
        date="2024-10-28",
        notes="a snapshot frame with a capture banner (a capture stamp, no date) and a highlighted-keywords line around the school's own page; the school's contact beside its switchboard",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>缓存页：关于开展校园网网线安全隐患排查的通知_樘岭二中 — 寻知搜索</title>
</head>
<body>
<div class="cache-banner" style="background:#fffbe6">
<p>⟦m 寻知搜索缓存：本页是 http://www.tl2z.example.cn/tzgg/1029.html 被寻知抓取时的样子，原网页可能已经改变⟧</p>
<p>⟦m 抓取于 2024/11/02 04:37⟧　<a>⟦a 打开当前网页⟧</a></p>
<p>⟦m 已为您标亮的搜索词：网线　隐患　排查⟧</p>
</div>
<div class="orig">
<div class="school-top">⟦m 樘岭县第二中学⟧　<span>⟦m 厚德 笃学 求真 尚美⟧</span></div>
<div class="nav">⟦m 学校首页　学校概况　德育之窗　教学科研　通知公告⟧</div>
<h3>{T}</h3>
<p class="info">⟦m 发布人：信息中心　时间：2024-10-29　点击数：217⟧</p>
<div class="content">
{BODY}
</div>
<p class="foot">⟦m 樘岭县第二中学　学校总机：0744-5170000　湘ICP备12016650号⟧</p>
</div>
<script>/* cache frame */</script>
</body>
</html>
""",
        date_also=["2024-10-29"],
        body="""
各年级组、各处室：
近期，我校部分教室和办公室出现网线外皮破损、网线与电源线缠绕等情况，存在漏电和火灾隐患。为保障师生安全，学校决定10月30日至11月8日开展校园网网线安全隐患排查。现将有关事项通知如下。
一、排查内容：网线是否有破损、挤压、老化，是否与电源线同槽或缠绕，弱电箱是否上锁、是否堆放杂物。
二、排查方式：各年级组、处室先自查，信息中心随后逐楼复查，发现问题当场登记。
三、整改要求：能当场整改的立即整改；需要更换网线的，由信息中心统一安排，不得私自拉线。
联系人：信息中心　施晓军，电话：0744-5172238。
樘岭县第二中学
2024年10月28日
""",
    ),
    dict(
        slug="soude-text-cache-letter-scrapped-monitors",
        site="搜得快 text-only cache (invented)",
        style="搜索快照",
        genre="函",
        kind="other",
        form="text",
        source="http://kuaizhao.soude.example.cn/text?id=5f02a19c7e",
        title="关于商请协助处置报废显示器的函",
        record_title="纯文字版缓存：关于商请协助处置报废显示器的函",
        date="2024-06-03",
        notes="text-only cache: a capture stamp (no date), a search-terms line and a full-page link; the letter's own 联系人/电话; 成文日期 under the signature",
        page="""
!m 搜得快 · 纯文字版缓存
!m 本缓存抓取于 2024-06-20 03:11，仅保留文字内容
!a [查看完整网页版]　[关闭缓存条]
!m 搜索词：报废显示器　函
!m 萏湖区住房和城乡建设局 > 政务公开 > 部门文件
{T}
{BODY}
!m 萏湖区住房和城乡建设局　版权所有
""",
        body="""
萏湖区再生资源回收利用中心：
我局机关近年陆续淘汰的旧显示器共计87台，已按规定履行资产报废审批手续，现集中存放在机关后院库房。因我局不具备电子废弃物处置条件，为防止随意处置造成环境污染和信息泄露，特商请贵中心协助上门回收，并按规定交有资质的企业拆解处理。
以上显示器不含存储数据的部件，回收费用按双方协商办理。如蒙同意，请与我局办公室联系。
联系人：邝文娟，电话：0746-2217053。
萏湖区住房和城乡建设局
2024年6月3日
""",
    ),
    dict(
        slug="danhu-service-center-print-view-network-outage",
        site="萏湖区政务服务中心 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://zwfw.danhu.example.gov.cn/print.jsp?id=4418",
        title="关于办公楼弱电网线改造期间临时停网的通知",
        record_title="［打印页］关于办公楼弱电网线改造期间临时停网的通知 —— 萏湖区政务服务中心",
        record_date="2024-05-20",
        date="2024-05-20",
        notes="a print view calling window.print(): a print toolbar, a print stamp, the page URL, and a print footer 第1页 ⚆ 共1页; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>［打印页］关于办公楼弱电网线改造期间临时停网的通知 —— 萏湖区政务服务中心</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 打印本页⟧　⟦a 关闭窗口⟧</div>
<div class="print-head">⟦m 萏湖区政务服务中心　网上办事大厅⟧</div>
<h2>{T}</h2>
<div class="print-meta">⟦m 打印时间：2024-05-21 09:14⟧</div>
<div class="print-body">
{BODY}
</div>
<div class="print-url">⟦m 本页地址：https://zwfw.danhu.example.gov.cn/tzgg/4418.html⟧</div>
<div class="print-foot">⟦p 第1页 ⚆ 共1页⟧</div>
</body>
</html>
""",
        body="""
各入驻窗口单位：
因办公楼弱电网线改造施工，5月25日（星期六）8:00至5月26日（星期日）18:00，政务服务中心三至五楼将临时停网。现将有关事项通知如下。
一、停网期间，三至五楼各窗口内网业务系统和互联网均无法使用，一、二楼大厅不受影响。
二、请各窗口单位提前做好工作安排，需在周末办理的业务，请临时调整到一楼综合窗口办理。
三、施工结束后，请各窗口于5月27日上班时检查网络，如有异常及时报信息科。
萏湖区政务服务中心
2024年5月20日
""",
    ),
    dict(
        slug="fuwan-stats-print-text-encrypted-usb",
        site="洑湾县统计局 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tjj.fuwan.example.gov.cn/print/20241018-01.html",
        title="关于全面启用加密U盘的通知",
        record_title="关于全面启用加密U盘的通知【打印排版】",
        date="2024-10-18",
        notes="a print view as text: a print stamp, the page URL and a print footer ⚇ 1/1 ⚇ closing the page; 成文日期 under the signature",
        page="""
!m 洑湾县统计局　｜　打印预览
!m 打印日期：2024年10月22日
{T}
{BODY}
!m 原文链接：http://tjj.fuwan.example.gov.cn/tzgg/20241018-01.html
!p ⚇ 1/1 ⚇
""",
        indent="\u3000\u3000",
        body="""
局属各单位、机关各科室：
为落实保密工作要求，经局党组研究，决定自2024年11月1日起全面启用加密U盘。现将有关事项通知如下。
一、局办公室已为各单位、各科室配发加密U盘共68个，请于10月25日前到局办公室领取，领取时需登记使用人和用途。
二、加密U盘须设置8位以上密码，连续输错5次将自动锁定，锁定后须到局办公室解锁。
三、11月1日以后，各单位办公电脑一律不得使用普通U盘拷贝工作文件。
四、加密U盘遗失的，应立即报告局办公室。
洑湾县统计局办公室
2024年10月18日
""",
    ),
    dict(
        slug="rangkou-webmail-fwd-letter-ink-supply-attachments",
        site="webmail reading view at 瀼口县立信办公用品有限公司 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.lixin-bg.example.cn/read?mid=ZC2412120021",
        title="关于确认2025年度打印耗材（墨盒）供货清单的函",
        record_title="Fwd: 关于确认2025年度打印耗材（墨盒）供货清单的函",
        date="2024-12-10",
        date_also=["2024-12-12"],
        notes="webmail reading view: a forwarded header with a later send date, an external-mail warning, an attachment bar beside the letter's own 附件 list and its own 联系人/电话/邮箱",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Fwd: 关于确认2025年度打印耗材（墨盒）供货清单的函 - 企业邮箱</title>
</head>
<body>
<div class="mail-top">⟦m 企业邮箱⟧　<a>⟦a 写信⟧</a>　<a>⟦a 收信⟧</a>　<a>⟦a 通讯录⟧</a></div>
<div class="mail-tools">⟦a 回复　全部回复　转发　删除　标为未读⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: 关于确认2025年度打印耗材（墨盒）供货清单的函⟧</h3>
<p>⟦m 发件人：周立信 &lt;zhoulx@lixin-bg.example.cn&gt;⟧</p>
<p>⟦m 时　间：2024年12月12日（星期四）下午3:05⟧</p>
<p>⟦m 收件人：采购部 &lt;cgb@lixin-bg.example.cn&gt;⟧</p>
</div>
<div class="ext-warn">⟦d 这封邮件来自单位以外的地址，请核实发件人身份后再打开附件⟧</div>
<div class="mail-body">
<p>⟦m 请采购部核对下面这份清单，周五前回复。⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：彭絮 &lt;caigou@rk-ggfw.example.cn&gt;⟧</p>
<p>⟦m 日期：2024年12月10日 16:48⟧</p>
<p>⟦m 主题：关于确认2025年度打印耗材（墨盒）供货清单的函⟧</p>
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2个）：供货清单.xlsx（21K）　回执.docx（13K）　全部打包下载⟧</div>
<div class="mail-foot">⟦m 企业邮箱 · 安全稳定的办公邮件服务⟧</div>
<script src="/webmail/js/readmail.min.js"></script>
</body>
</html>
""",
        body="""
瀼口县立信办公用品有限公司：
根据我中心与贵公司签订的办公耗材供货协议，现将2025年度打印耗材（墨盒）供货清单发给贵公司，请予确认。
一、供货清单见附件1，共涉及墨盒型号9种，全年预计用量1160个。
二、请贵公司在清单中逐项填写单价、品牌及原装或兼容属性，于12月20日前加盖公章后扫描发回本邮箱。
三、供货的墨盒须与清单型号一致，每批次随货附合格证明；兼容墨盒须提供不少于6个月的质保。
联系人：彭絮，电话：0745-3255018，邮箱：caigou@rk-ggfw.example.cn。
附件：1. 2025年度打印耗材（墨盒）供货清单
2. 供货确认函回执
瀼口县公共服务中心
2024年12月10日
""",
    ),
    dict(
        slug="jiongchuan-mail-forward-stb-meeting-notice",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:pakou-whz@example-mail.cn#20240924",
        title="关于召开全县广电机顶盒换装工作调度会的通知",
        record_title="转发：关于召开全县广电机顶盒换装工作调度会的通知",
        date="2024-09-23",
        date_also=["2024-09-24"],
        notes="a forwarded mail as text: the forwarder's note and headers with a later send date, a mobile-mail signature; the notice's own 联系人/电话 and 抄送 line",
        page="""
!m 发件人：筢口镇文化站 <pakou-whz@example-mail.cn>
!m 日期：2024年9月24日 星期二 上午8:47
!m 收件人：各村文化管理员
!t 主题：转发：关于召开全县广电机顶盒换装工作调度会的通知
!m 各位看一下，周五上午的会，各村把进度报给我。
!m ----- 转发邮件 -----
!m 发件人：县文旅广体局办公室
!m 日期：2024年9月23日 17:20
{BODY}
!m —— 来自手机邮箱，回复请注明村名
""",
        body="""
各乡镇人民政府，县广电网络公司：
为加快推进全县直播卫星机顶盒换装工作，经县政府同意，定于9月27日召开全县广电机顶盒换装工作调度会。现将有关事项通知如下。
一、会议时间：9月27日（星期五）上午9:00，会期半天。
二、会议地点：县政府三楼第一会议室。
三、参会人员：各乡镇分管负责同志、文化站站长，县广电网络公司主要负责同志。
四、有关要求：请各乡镇准备本乡镇换装进度和存在问题的书面材料，会上作3分钟发言。
联系人：县文旅广体局　黄晓岚，电话：0739-6208372。
泂川县文化旅游广电体育局
2024年9月23日
抄送：县政府办公室。
""",
    ),
]
