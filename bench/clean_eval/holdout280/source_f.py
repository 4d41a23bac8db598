"""holdout280, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wiki-nongqi-entry-ploughshare-h1-refs",
        site="农器百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.nongqibaike.example.cn/item/犁铧",
        title="犁铧",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no record title, the entry name in an <h1> that also opens the body (head match); read/edit/history tabs, an infobox, a contents box, reference markers glued after sentences; an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>农器百科 - 农具与农耕的百科全书</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="top">⟦m 农器百科⟧ ⟦m 农具与农耕的百科全书⟧ <input placeholder="搜词条"> <a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 阅读⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1 class="lemma">{T}</h1>
<div class="sub">⟦m 农具部件 · 耕作机械⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：犁铧⟧</td><td>⟦m 别　名：犁头、犁铲⟧</td></tr>
<tr><td>⟦m 类　别：耕作农具部件⟧</td><td>⟦m 常用材料：铸铁、六十五锰钢⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 概述　2 材料与制作　3 类型　4 使用与维护　5 参考资料⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《农具图说》，农业出版社，1982年⟧</p><p>⟦l [2] 澎崇县农机推广站《铧式犁使用手册》⟧</p></div>
<div class="stat">⟦m 浏览 8,817 次　｜　编辑 14 次　｜　最近更新：2 个月前⟧</div>
<div class="foot">⟦d 词条内容由网友协作编辑，仅供参考⟧ ⟦m © 农器百科 nongqibaike.example.cn⟧</div>
</body>
</html>
""",
        body="""
犁铧，又称犁头、犁铲，是安装在犁体前端、用于切开和破碎土壤的部件，通常呈三角形或梯形。⟦m [1]⟧
犁铧多用铸铁或钢制成。传统犁铧由铁匠锻打，刃口夹钢；现代犁铧多采用六十五锰钢等材料冲压成型，并经淬火处理以提高耐磨性。
按形状，犁铧可分为三角铧、梯形铧和凿形铧等。三角铧多用于畜力犁，梯形铧常见于拖拉机牵引的铧式犁。⟦m [2]⟧
犁铧在使用中会逐渐磨钝，刃口厚度超过规定值时应及时修复或更换，否则会增加牵引阻力，降低耕地质量。
""",
    ),
    dict(
        slug="wiki-bowu-entry-whisk-aside-title",
        site="博物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.bowubaike.example.com/wiki/fuchen.html",
        title="拂尘",
        record_title="拂尘（传统器物）- 博物百科",
        date=None,
        notes="encyclopaedia text page: entry name with an aside and site suffix in the record; the entry name line opens the page and the body (head match); edit/discuss row, contents line, an update stamp (no date)",
        page="""
!m 博物百科 · 器物与民俗
!t 拂尘（传统器物）
{T}
!a 编辑词条　　参与讨论　　收藏本词条
!l 目录：1 简介　2 历史　3 制作　4 现代用途
{BODY}
!m 本词条由博物百科编委会审核　｜　最近修订：2 个月前　｜　浏览 3,406
!l 相关词条：麈尾　｜　掸子　｜　拂尘功
!d 博物百科词条遵循知识共享协议，引用请注明出处
""",
        body="""
拂尘是一种用来掸除灰尘、驱赶蚊蝇的传统器物，由柄和尾两部分组成，尾部多用马尾、牛尾或麻丝等材料扎成。
拂尘在古代常为文人雅士随身所持，后来成为道教常用的法器，在戏曲表演中也常作为道具出现。
传统拂尘的制作包括选尾、洗尾、梳理、扎把、装柄等工序，柄多以竹、木或骨角制成。
近年来，一些地方兴起以拂尘为器械的健身运动，称为拂尘功或拂尘操。
""",
    ),
    dict(
        slug="netdisk-yunzhou-lesson-brush-marker-paras",
        site="云舟网盘 (invented cloud drive)",
        style="网盘分享",
        genre="教学设计",
        kind="other",
        form="html",
        source="https://pan.yunzhou.example.com/s/1qWx8ZkT",
        title="三年级美术《会跳舞的画笔》教学设计",
        record_title="三年级美术《会跳舞的画笔》教学设计.docx",
        date=None,
        notes="cloud-drive preview: file-name record title; page-marker paragraphs (☳ n ☳) cutting sentences; VIP and save-to-drive prompts; share time 6 天前 (no date); numbered steps",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>三年级美术《会跳舞的画笔》教学设计.docx_免费高速下载|云舟网盘</title>
<script src="/js/preview.js"></script>
</head>
<body>
<div class="nav">⟦m 云舟网盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="share-info">
<div class="fname">⟦t 三年级美术《会跳舞的画笔》教学设计.docx⟧</div>
<div class="fmeta">⟦m 分享者：小学美术资源库　｜　6 天前分享　｜　大小 1.2MB⟧</div>
<div class="ops"><button>⟦a 转存进我的云舟⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 会员极速下载⟧</button></div>
</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="vip">⟦a 非会员仅可预览前3页，开通会员看全部⟧</div>
<div class="report">⟦a 举报此分享⟧</div>
<div class="foot">⟦d 云舟网盘不对用户分享的内容负责，如有侵权请提交权利通知⟧ ⟦m 粤ICP备19061133号⟧</div>
</body>
</html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="☳ {n} ☳", every=110, start=2),
        body="""
一、教学目标
1.认识水彩画笔的种类，了解圆头笔、扁头笔画出的不同笔触。
2.能用点、线、面等笔触表现音乐的节奏，体验画笔“跳舞”的乐趣。
二、教学重点
运用不同画笔和笔法表现节奏感。
三、教学过程
1.导入：播放一段欢快的音乐，请学生闭眼聆听，说说听到音乐时心里的感觉。
2.示范：教师分别用圆头笔、扁头笔在黑板上的画纸上示范点、扫、拖、转等笔法。
3.实践：学生边听音乐边作画，用画笔把听到的节奏画下来。
4.评价：学生展示作品，说说自己的画笔是怎样“跳舞”的。
四、课后延伸
请学生回家后为家人播放一首喜欢的歌曲，再画一幅“音乐画”。
""",
    ),
    dict(
        slug="netdisk-panyou-guide-meter-chain-markers",
        site="盘友分享 (invented cloud-drive share page)",
        style="网盘分享",
        genre="实训指导书",
        kind="other",
        form="text",
        source="http://share.panyou.example.cn/f/7Hc20xLm",
        title="数字万用表使用实训指导书",
        record_title="数字万用表使用实训指导书.pdf",
        date=None,
        notes="cloud-drive text preview: file-name record title; page markers (⛓ 第n页 ⛓) on lines of their own cutting sentences; save-to-drive and VIP lines; no date",
        page="""
!m 盘友分享 · 资料随手存
!t 数字万用表使用实训指导书.pdf
!m 来自：电工教研室的盘　｜　文件大小 864KB　｜　有效期：永久
!a 保存到盘　　下载　　分享给好友
!m 在线预览：
{BODY}
!a 预览页数已达上限，开通盘友会员后查看全部 12 页
!d 请勿分享违法违规内容，盘友分享将依法配合处理
""",
        pages=dict(fmt="⛓ 第{n}页 ⛓", every=100, start=2),
        body="""
实训目的：掌握数字万用表测量直流电压、交流电压、电阻和通断的方法，养成先选挡后测量的习惯。
实训器材：数字万用表一块，直流稳压电源一台，电阻若干，实训电路板一块。
实训步骤：
1.测直流电压。将黑表笔插入COM孔，红表笔插入VΩ孔，功能开关置于直流电压二十伏挡，表笔并联在被测电路两端，读取显示值。
2.测电阻。断开被测电路电源，将功能开关置于电阻挡，两表笔分别接触电阻两端，读数时手不要同时接触两支表笔的金属部分。
3.测通断。将功能开关置于蜂鸣挡，表笔接触被测线路两端，蜂鸣器响表示线路导通。
注意事项：测量过程中不得转动功能开关；测量结束后将开关置于OFF位置。
""",
    ),
    dict(
        slug="snapshot-taxue-museum-whisk-call-frame",
        site="踏雪快照 of 雍瀑县博物馆 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="https://kuaizhao.taxue.example.com/cache?u=www.ypbwg.example.cn%2Fgg%2F2025%2F0507%2F41.html",
        title="关于征集民间老拂尘藏品的公告",
        record_title="关于征集民间老拂尘藏品的公告_雍瀑县博物馆 - 踏雪快照",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="search-cache frame: a capture banner with its capture time (no date), highlighted terms; the museum's own contact and mailbox in the body; the museum page's posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于征集民间老拂尘藏品的公告_雍瀑县博物馆 - 踏雪快照</title>
<script src="https://kuaizhao.taxue.example.com/js/hl.js"></script>
</head>
<body>
<div class="kz-banner">⟦d 踏雪快照：此为2025年6月2日抓取时的页面副本，原网页可能已变化或删除⟧ <a>⟦a 访问原网页⟧</a></div>
<div class="kz-hl">⟦d 下列搜索词已用颜色标出：<b>拂尘</b> <b>征集</b>⟧</div>
<div class="kz-frame">
<div class="site-head">⟦m 雍瀑县博物馆⟧ ⟦m 开放时间：周二至周日 9:00-17:00⟧</div>
<div class="site-nav">⟦m <a>首页</a> <a>展览</a> <a>典藏</a> <a>公告</a> <a>参观服务</a>⟧</div>
<h2>{T}</h2>
<div class="site-meta">⟦m 2025-05-07　｜　博物馆办公室⟧</div>
<div class="site-body">
{BODY}
</div>
<div class="site-foot">⟦m 雍瀑县博物馆　预约电话：0734-3326600⟧ ⟦m 湘ICP备15020441号⟧</div>
</div>
</body>
</html>
""",
        body="""
为丰富馆藏，筹办“拂尘与民俗”专题展览，雍瀑县博物馆现面向社会征集民间老拂尘及相关物品，现将有关事项公告如下：
一、征集范围：清代至二十世纪八十年代制作的各类拂尘，以及与拂尘制作、使用有关的工具、照片和文字资料。
二、征集方式：捐赠、寄存或有偿征集。捐赠者由博物馆颁发收藏证书，并在展览中注明捐赠者姓名。
三、征集时间：即日起至2025年8月31日。
联系人：章慧　电话：0734-3326617　邮箱：zhengji@ypbwg.example.cn
雍瀑县博物馆
2025年5月6日
""",
    ),
    dict(
        slug="snapshot-hongyan-text-cache-whisk-oral-history",
        site="鸿雁快照 text-only cache of 崎莹县文化馆 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.hongyan.example.cn/text?q=qywhg-2024-0528",
        title="关于开展拂尘制作技艺口述史调查的通知",
        record_title="关于开展拂尘制作技艺口述史调查的通知 - 崎莹县文化馆（文字版网页快照）",
        date="2024-05-28",
        notes="text-only cache: a banner with the capture time (no date), the original site's header and footer inside; scanning and sending a form spoken of as content; the centre's contact and mailbox",
        page="""
!d 鸿雁快照（纯文字）｜收录时间 2024-07-19 03:41｜页面内容以原网站为准
!d 本页已去除图片和样式，仅保留文字
!m 崎莹县文化馆
!m 首页 · 场馆动态 · 通知公告 · 非遗保护
{T}
{BODY}
!m 崎莹县文化馆　地址：崎莹县文化路12号　服务电话：0731-3856600
!m 湘ICP备12016620号-1
""",
        body="""
各乡镇综合文化站：
为抢救性记录拂尘制作技艺，县文化馆决定于今年六月至九月开展拂尘制作技艺口述史调查。现将有关事项通知如下：
一、调查对象：县内从事拂尘制作二十年以上的艺人，以及曾在道观、戏班从事拂尘修整的老人。
二、调查内容：艺人的从艺经历、拜师传承、制作工序、工具材料及行业习俗等。
三、工作要求：请各文化站于六月十五日前摸排推荐调查对象，填写推荐表后扫描发送至县文化馆邮箱 feiyi@qywhg.example.cn。
联系人：鲁晓宁　电话：0731-3856618
崎莹县文化馆
2024年5月28日
""",
    ),
    dict(
        slug="print-pengchong-plan-plough-exhibit-decimal",
        site="澎崇县农耕文化馆 print view (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.pcngwhg.example.cn/print.aspx?id=2025071502",
        title="“犁铧翻新土”农耕文化展布展方案",
        record_title="打印本｜“犁铧翻新土”农耕文化展布展方案",
        date="2025-07-15",
        notes="print view calling window.print(): print-time and address lines, a print/close row, decimal headings 1–3.3, an exhibition period inside sentences; a print footer (♮ 第 1 页 · 共 1 页 ♮) closes the page",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印本｜“犁铧翻新土”农耕文化展布展方案</title>
<style>@media print {.noprint{display:none}}</style>
<script>window.onload = function(){ window.print(); };</script>
</head>
<body>
<div class="noprint">⟦a 立即打印⟧ ⟦a 关掉此页⟧</div>
<div class="ph">⟦m 澎崇县农耕文化馆⟧</div>
<div class="ph">⟦m 打印于 2025-08-02 10:16　原文：http://www.pcngwhg.example.cn/gzdt/2025/0715/37.html⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="pf">⟦p ♮ 第 1 页 · 共 1 页 ♮⟧</div>
</body>
</html>
""",
        body="""
1 展览概况
1.1 展览名称：犁铧翻新土——澎崇农耕文化展。
1.2 展览时间：2025年9月20日至12月20日。
1.3 展览地点：澎崇县农耕文化馆一楼临时展厅。
2 展陈内容
2.1 第一单元“木与铁”，展出木犁、铁犁及各时期犁铧四十余件。
2.2 第二单元“炉与锤”，复原晤昭村铁匠铺场景，展示犁铧锻打工具和工序。
2.3 第三单元“牛与机”，展示从畜力犁到拖拉机牵引铧式犁的演变。
3 工作分工
3.1 陈列部负责展品征集、编目和布展。
3.2 宣教部负责讲解词撰写和讲解员培训。
3.3 办公室负责经费保障和安全保卫。
澎崇县农耕文化馆
2025年7月15日
""",
    ),
    dict(
        slug="print-xuyu-bulletin-care-homes-warmers",
        site="靖漩市旭隅区民政局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://mzj.xuyu.example.gov.cn/print/2024/1212/608.html",
        title="关于养老机构冬季取暖用品安全检查情况的通报",
        record_title="打印简版 » 关于养老机构冬季取暖用品安全检查情况的通报",
        date="2024-12-12",
        notes="a text print view: print date and page address at the top (no date), printing a safety notice spoken of as content, the bureau's contact; a print footer (⚼ 1 / 1 ⚼) closes it",
        page="""
!m 靖漩市旭隅区民政局
!m 打印日期：2024-12-16　　页面地址：http://mzj.xuyu.example.gov.cn/tzgg/2024/1212/608.html
!t 打印简版 » 关于养老机构冬季取暖用品安全检查情况的通报
{BODY}
!a ［送打印机］　［关闭此窗］
!p ⚼ 1 / 1 ⚼
""",
        body="""
各养老机构：
十二月上旬，区民政局对辖区九家养老机构冬季取暖用品使用情况进行了安全检查。总体看，各机构重视程度较高，但仍有部分问题需要整改：
一、两家机构仍在使用焊缝锈蚀的旧汤婆子，且未配布套；
二、一家机构护理员夜间未按规定巡查，存在老人整夜抱着汤婆子睡觉的情况；
三、三家机构未建立取暖用品登记台账。
请上述机构于十二月二十日前整改到位，并将整改情况报区民政局养老服务科。整改期间，请各机构打印《取暖用品安全使用提示》张贴在每间居室门后。
联系人：汪晓燕　电话：0739-2241307
靖漩市旭隅区民政局
2024年12月12日
""",
    ),
    dict(
        slug="mail-hancai-webmail-letter-brush-sets-attach-bar",
        site="翰彩文具企业邮箱 webmail view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.hancai-wj.example.cn/read?mid=ZL2905-31d7&folder=INBOX",
        title="关于定制毕业纪念画笔套装的函",
        record_title="Fwd: 【请协助】关于定制毕业纪念画笔套装的函",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="webmail reading view: forwarded header with its own 抄送 and send time (another date), an attachment bar beside the letter's own 附件 list, the letter's own 抄送 line and contact/mailbox in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 【请协助】关于定制毕业纪念画笔套装的函 - 翰彩文具企业邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="mail-top">⟦m 翰彩文具企业邮箱⟧ ⟦m 严晓 &lt;yanxiao@hancai-wj.example.cn&gt;⟧ <a>⟦a 退出⟧</a></div>
<div class="mail-left">⟦m <a>收件箱(12)</a> <a>星标邮件</a> <a>草稿箱</a> <a>已发送</a> <a>垃圾箱</a>⟧</div>
<div class="mail-toolbar">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="mail-head">
<div class="subj">⟦t Fwd: 【请协助】关于定制毕业纪念画笔套装的函⟧</div>
<div>⟦m 发件人：销售部 卞晓晨 &lt;xiaoshou@hancai-wj.example.cn&gt;⟧</div>
<div>⟦m 收件人：严晓 &lt;yanxiao@hancai-wj.example.cn&gt;⟧</div>
<div>⟦m 时　间：2025年5月9日（星期五）上午10:21⟧</div>
</div>
<div class="mail-body">
<p>⟦m ---------- 转发邮件信息 ----------⟧</p>
<p>⟦m 发件人：靖漩学院美术学院办公室 &lt;msxy_bgs@jxxy.example.edu.cn&gt;⟧</p>
<p>⟦m 抄送：资产管理处 &lt;zcc@jxxy.example.edu.cn&gt;⟧</p>
<p>⟦m 主题：关于定制毕业纪念画笔套装的函⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="attach-bar">⟦a 附件 2 个：刻字样稿.pdf（316K）、毕业生名单.xlsx（24K）　全部下载　预览⟧</div>
<div class="mail-foot">⟦d 此邮件来自外部发件人，请谨慎点击链接和附件⟧</div>
</body>
</html>
""",
        body="""
靖漩市翰彩文具有限公司：
我院2025届美术学专业毕业生共一百二十六人。为留存纪念，经学院研究，拟向贵公司定制毕业纪念画笔套装一百三十套，每套含狼毫、羊毫画笔各三支，笔杆刻“靖漩学院美术学院2025届”字样。
请贵公司于五月二十日前提供样品和报价，交货时间不晚于六月十五日。
附件：1.纪念画笔套装刻字样稿
2.毕业生名单（按班级）
联系人：邵雨辰　电话：0739-2201548　邮箱：msxy_bgs@jxxy.example.edu.cn
靖漩学院美术学院
2025年5月8日
抄送：学院资产管理处
""",
    ),
    dict(
        slug="mail-forward-text-museum-loan-whisk",
        site="forwarded mail as text (invented museums)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:wbk@qybwg.example.cn?msg=20250611-0904",
        title="关于商借清代马尾拂尘展品的函",
        record_title="Fwd: 关于商借清代马尾拂尘展品的函（请审阅）",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="a letter forwarded as text: the forwarder's headers (send time another date, a header 抄送) above the letter's own 抄送 line; the letter's contact in the body; the mail client's footer",
        page="""
!m 发件人：崎莹县博物馆办公室 <bgs@qybwg.example.cn>
!m 发送时间：2025-06-11 09:04
!m 收件人：馆长 <guanzhang@qybwg.example.cn>
!m 抄送：藏品部 <cangpin@qybwg.example.cn>
!t 主题：Fwd: 关于商借清代马尾拂尘展品的函（请审阅）
请馆长审阅。
!m -------- 原邮件 --------
!m 发件人：雍瀑县博物馆 <zhengji@ypbwg.example.cn>
!m 日期：2025年6月10日 16:37
{T}
{BODY}
!d 本邮件及附件仅发给指定收件人，如误收请删除并告知发件人
!m 发自青简邮箱App
""",
        body="""
崎莹县博物馆：
我馆拟于今年九月举办“拂尘与民俗”专题展览。经了解，贵馆藏有清代白马尾拂尘一柄（藏品号QY-0417），工艺精湛，保存完好，对展览主题有重要意义。为此，特商请贵馆同意将该藏品借展。
借展期限为2025年9月1日至12月31日。借展期间，我馆负责藏品的运输、保险和安全保卫，展品按贵馆要求恒温恒湿保存。
恳请予以支持，并盼函复。
联系人：章慧　电话：0734-3326617
雍瀑县博物馆
2025年6月10日
抄送：雍瀑县文化和旅游局
""",
    ),
]
