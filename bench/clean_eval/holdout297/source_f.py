"""holdout297, part F: encyclopaedias and Q&A, cloud drives, search snapshots, print views, forwarded mails.

Invented text, written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="wiki-zhiwu-entry-bamboo-wife",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.wiki/item/竹夫人/30512",
        title="竹夫人",
        record_title="竹夫人（消暑寝具）_知物百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "sentences, an edit link glued to a section heading; the entry name opens the body (matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>竹夫人（消暑寝具）_知物百科</title>
<script src="//baike.zhiwu.wiki/static/lemma.js"></script>
</head>
<body>
<div class="top">⟦m 知物百科 · 万物皆有来历⟧　⟦a 登录　创建词条⟧</div>
<div class="tabs">⟦a 词条　讨论　历史版本　编辑⟧</div>
<div class="lemma">
<h1>{T}</h1>
<p class="sub">⟦m （消暑寝具）⟧</p>
<div class="info-box">
<p>⟦m 中文名：竹夫人⟧</p>
<p>⟦m 别　名：竹几、青奴⟧</p>
<p>⟦m 材　质：竹篾⟧</p>
<p>⟦m 用　途：夏季消暑⟧</p>
</div>
<div class="catalog"><h4>⟦l 目录⟧</h4><p>⟦l 1 名称由来　2 形制　3 产地　4 使用与保养⟧</p></div>
<div class="para">
{BODY}
</div>
<div class="refs"><h4>⟦l 参考资料⟧</h4><p>⟦l [1] 《竹器杂考》，知物出版社⟧</p><p>⟦l [2] 纭川县竹编行业协会网站⟧</p></div>
<div class="stat">⟦m 浏览次数：8万+　编辑次数：14次　最近更新：nanchuang_09⟧</div>
</div>
<div class="foot">⟦d 词条内容由网友协作编辑，仅供参考，不构成专业意见⟧</div>
</body>
</html>
""",
        body="""
竹夫人是一种用竹篾编成的圆柱形消暑寝具，中空多孔，夏季睡眠时抱在怀中或搁在腿间，借竹材的凉意通风散热。
名称由来
竹夫人古称“竹几”，又名“青奴”，因夏夜伴人而眠，民间戏称为“夫人”。古人诗文中多有吟咏竹夫人的句子。⟦m [1]⟧
形制⟦a ✎改本节⟧
常见的竹夫人长约一米，直径约二十厘米，两端收口，通体以六角孔或斜纹编织，也有内置竹节作骨架的做法。
产地
中国南方产竹地区普遍制作，纭川县簌溪镇等地至今保留手工编织技艺。⟦m [2]⟧
使用与保养
竹夫人宜挂放在通风处，避免暴晒和受潮；长期存放前应擦拭干净、晾干，以防发霉。
""",
    ),
    dict(
        slug="wikiqa-zhiwu-trowel-vs-transplanter",
        site="知物百科·问答 (invented, text)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.zhiwu.wiki/q/88201.html",
        title="花铲和移植铲有什么区别？新手该买哪种？",
        record_title=None,
        date=None,
        notes="no title in the record: the question on the page; an expert badge and an answered-time stamp, a "
        "numbered answer, a related-questions list; relative times are no dates",
        page="""
!m 知物百科 › 问答 › 园艺
{T}
!m 1个回答 · 浏览 6312
!m 最佳回答　园艺师老蒋 · 知物认证园艺达人 · 回答于 2 周前
{BODY}
!l 👍 有帮助 208　　👎 没帮助 3
!l 相关问题：多肉换盆用什么铲子？｜花铲生锈了怎么处理？
!a 在知物App中查看更多回答
!d 回答内容仅代表答主个人观点
""",
        body="""
花铲和移植铲都属于手持园艺小铲，主要区别在铲面形状和用途。
1.花铲：铲面较宽，呈勺形或平板形，适合铲土、配土、给盆栽加土，一铲能装较多的土。
2.移植铲：铲面窄而长，前端尖，有的带刻度，适合挖穴、移栽幼苗和种球根，对根系伤害小。
3.材质：两者常见不锈钢、铸铝和碳钢三种。不锈钢耐锈，铸铝轻便，碳钢最结实但要注意防锈。
新手如果只养几盆花，买一把宽口花铲就够用；如果经常育苗、换盆，建议再配一把带刻度的移植铲。
使用后记得擦净泥土、晾干再收纳，木柄的可以偶尔抹一点食用油保养。
""",
    ),
    dict(
        slug="clouddrive-yunxia-instruction-bottle-washing-docx",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1kQ7zF3mWb",
        title="中央厨房调味瓶清洗消毒作业指导书",
        record_title="中央厨房调味瓶清洗消毒作业指导书.docx",
        date="2024-04-10",
        notes="cloud-drive preview cut by page-marker paragraphs of my own form; VIP prompts, save/download buttons, "
        "a share stamp (no date); decimal headings 3.1–3.5; the 编制日期 line is the document's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>中央厨房调味瓶清洗消毒作业指导书.docx_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.cn/static/preview.js"></script>
</head>
<body>
<div class="bar">⟦m 云匣网盘⟧　⟦a 登录　｜　注册领5T空间⟧</div>
<div class="file">
<h2>{T}</h2>
<p>⟦m 文件大小：36KB　｜　分享者：缭香品控小刘　｜　分享于 3 天前⟧</p>
<p>⟦a 保存到我的网盘　　普通下载　　极速下载⟧</p>
</div>
<div class="vip">⟦a 开通云匣超级会员，文档预览不限页⟧</div>
<div class="preview">
{BODY}
</div>
<div class="end">⟦a 预览已结束，完整文件请保存后查看⟧</div>
<div class="foot">⟦d 请勿通过云匣网盘分享侵权或违法文件，一经发现将依法处理⟧<br>⟦m 云匣网盘　京ICP备19042276号⟧</div>
</body>
</html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="⦨{n}⦩", every=110, start=2),
        body="""
1　目的
规范中央厨房调味瓶、调料罐的清洗消毒操作，防止调味品污染。
2　适用范围
适用于中央厨房及各门店使用的玻璃、塑料和不锈钢调味容器。
3　作业步骤
3.1　倒空：将剩余调味品倒入专用回收桶，不得倒回原料桶。
3.2　浸泡：用40至50℃温水加中性洗涤剂浸泡15分钟。
3.3　刷洗：用专用瓶刷刷洗瓶身、瓶口和瓶盖螺纹，重点清除油垢。
3.4　消毒：放入消毒柜高温消毒30分钟，或用有效氯250毫克每升的消毒液浸泡5分钟后冲净。
3.5　晾干：倒置于沥水架上自然晾干，瓶内不得留有水渍。
4　记录
每次清洗消毒后填写《调味容器清洗消毒记录表》，品控员每周核查。
编制部门：缭香餐饮品控部
编制日期：2024年4月10日
""",
    ),
    dict(
        slug="clouddrive-yunxia-rules-cushions-day-care-wps",
        site="云匣网盘 (invented cloud drive, text share)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://pan.yunxia.cn/s/1pR2vT8nKe",
        title="社区居家养老服务中心靠枕使用与清洁规程",
        record_title="社区居家养老服务中心靠枕使用与清洁规程.wps",
        date="2024-09-09",
        notes="file-name record title; a cloud share's text with an extraction code, an expiry line and a save bar; "
        "numbered items; the signature date",
        page="""
!m 云匣网盘 · 分享文件
!m 社区居家养老服务中心靠枕使用与清洁规程.wps　23KB
!m 分享者：粽湾养老中心　提取码：k7m2
!a 该分享链接将在7天后失效，请及时转存
!a 转存到网盘 | 下载 | 举报
{BODY}
!a 想看更多？打开云匣App免费预览全部文件
!m 云匣网盘　京ICP备19042276号
""",
        body="""
一、适用范围。本规程适用于中心日间照料室、助浴室和上门服务中使用的各类靠枕、楔形垫和腰垫。
二、使用要求。
1.为卧床老人翻身侧卧时，背后用楔形靠枕支撑，角度保持在30度左右。
2.老人坐轮椅超过一小时的，腰后加垫靠枕，并协助调整坐姿。
3.靠枕外套破损、潮湿的，不得继续使用。
三、清洁要求。靠枕外套每人一换，日间照料室的靠枕每周集中清洗一次；遇呕吐物、排泄物污染的，单独浸泡消毒后清洗。
四、本规程由中心护理组负责解释，自即日起执行。
粽湾社区居家养老服务中心
2024年9月9日
""",
    ),
    dict(
        slug="snapshot-yousou-hotel-duvet-cover-pledge",
        site="猷搜 (invented search engine, snapshot frame)",
        style="搜索快照",
        genre="服务承诺",
        kind="notice",
        form="html",
        source="https://cache.yousou.cn/c?u=http%3A%2F%2Fwww.ganwanhotel.com%2Fnews%2F88.html",
        title="关于客房被罩床单一客一换的服务承诺",
        record_title="【猷搜缓存】关于客房被罩床单一客一换的服务承诺 - 橄湾宾馆",
        date="2024-05-20",
        notes="snapshot frame: a capture banner with the query terms and a capture time (no date), the hotel page's own "
        "header with a booking line beside the front-desk number in the body; the signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【猷搜缓存】关于客房被罩床单一客一换的服务承诺 - 橄湾宾馆</title>
</head>
<body>
<div class="cache-banner" style="background:#f3f3f3;border:1px solid #ccc">
<p>⟦m 您正在查看猷搜保存的网页副本，原网址：http://www.ganwanhotel.com/news/88.html⟧</p>
<p>⟦m 副本保存于：2024-08-03 04:17　本页可能已经变化⟧</p>
<p>⟦a 命中词：<b style="background:yellow">被罩</b> <b style="background:yellow">一客一换</b>　｜　查看原网页⟧</p>
</div>
<div class="orig">
<div class="h">⟦m 橄湾宾馆 GANWAN HOTEL⟧　⟦m 订房热线：0736-8238 8888⟧</div>
<div class="n">⟦m 首页　客房预订　会议宴会　宾馆新闻　联系我们⟧</div>
<h2>{T}</h2>
<p class="d">⟦m 宾馆新闻　｜　阅读 531⟧</p>
<div class="c">
{BODY}
</div>
<div class="f">⟦m 猷城市橄湾宾馆有限公司　地址：猷城市橄湾区滨河路8号⟧</div>
</div>
</body>
</html>
""",
        body="""
尊敬的宾客：
为让每一位入住的客人睡得安心，橄湾宾馆自2024年6月1日起，对全部客房实行被罩、床单、枕套“一客一换”，并郑重承诺如下：
一、每位客人退房后，客房服务员当场撤换全部床上用品，不二次使用。
二、撤下的被罩、床单送专业洗涤企业高温洗涤消毒，洗涤记录可供查阅。
三、连住客人如需每日更换被罩，可在床头放置“请更换”卡片，我们将免费更换。
四、如您发现被罩有污渍、毛发或破损，请拨打前台电话8000，经核实后当晚房费减半。
欢迎社会各界监督。
猷城市橄湾宾馆有限公司
2024年5月20日
""",
    ),
    dict(
        slug="snapshot-yousou-text-flower-border-maintenance",
        site="猷搜 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="规范",
        kind="other",
        form="text",
        source="https://cache.yousou.cn/t?u=http%3A%2F%2Fylzx.ganwan.gov.cn%2Ftzgg%2F2024%2F0402.html",
        title="橄湾区城市花境养护作业规范（试行）",
        record_title="橄湾区城市花境养护作业规范（试行）· 猷搜文字缓存",
        record_date="2024-04-02",
        date="2024-04-02",
        notes="text-only cache: a banner with the original address and a capture time, a stale-page notice; the date "
        "from the record; numbered items naming trowels; no date in the text",
        page="""
!m 猷搜文字缓存 · 只保留文字，图片与样式已去除
!m 原网址：http://ylzx.ganwan.gov.cn/tzgg/2024/0402.html
!m 缓存时间：2024-09-15 06:12:40
!a 原网页已更新，点此访问最新版本
!m 橄湾区园林绿化中心 › 通知公告
{T}
{BODY}
!m 橄湾区园林绿化中心　电话：0736-8862 5530
""",
        body="""
一、花境养护实行分片包干，每个花境明确一名养护责任人。
二、松土除草每月不少于两次，使用花铲、手锄等手工工具，花境内不得使用除草剂。
三、补植苗木应与原有品种、色系协调，补植后及时浇透定根水。
四、花后残花、枯叶每周清理一次，清理物不得堆放在花境内。
五、养护作业人员须穿着反光背心，在道路沿线作业时设置警示标志。
六、区园林中心每月对各片区花境养护质量进行检查评分，评分结果与养护经费挂钩。
七、本规范自发布之日起试行。
""",
    ),
    dict(
        slug="print-pinghu-care-home-summary-cushions",
        site="娉湖镇人民政府 (invented, print view)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.pinghu.gov.cn/print.asp?id=2207",
        title="娉湖镇敬老院2024年上半年护理工作总结",
        record_title="娉湖镇敬老院2024年上半年护理工作总结（供打印）",
        date="2024-07-05",
        notes="print view calling window.print(): a print-time line and the page address at the top, print/close "
        "buttons and a print footer of my own form at the bottom; the signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>娉湖镇敬老院2024年上半年护理工作总结（供打印）</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload = function () { window.print(); };</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭此页〕⟧</div>
<div class="ph">⟦m 娉湖镇人民政府网　打印时间：2025-01-03 10:22⟧</div>
<div class="ph">⟦m 页面地址：http://www.pinghu.gov.cn/show.asp?id=2207⟧</div>
<h2 align="center">{T}</h2>
<div class="pb">
{BODY}
</div>
<div class="pf">⟦p ⎁ 1 / 1 ⎁⟧</div>
</body>
</html>
""",
        body="""
上半年，院护理组围绕“防跌倒、防压疮、防走失”三项重点，扎实做好入住老人的日常护理工作。
一、基本情况。截至6月底，我院共入住老人86人，其中失能、半失能老人31人，配备护理员14名。
二、防压疮工作。为卧床老人建立翻身记录，每两小时翻身一次；院里新添楔形靠枕40只、护腰靠枕60只，上半年未发生新的压疮。
三、防跌倒工作。浴室、走廊全部加装扶手和防滑地垫，夜间走廊保持照明。
四、存在的不足。护理员年龄偏大，专业培训不够；部分靠枕外套清洗不及时。
下半年，我们将组织护理员参加技能培训，并建立靠枕、坐垫等辅具的清洗登记制度。
娉湖镇敬老院
2024年7月5日
""",
    ),
    dict(
        slug="print-suxi-request-bamboo-workshop-funds",
        site="纭川县人民政府 (invented, print view as text)",
        style="打印页",
        genre="请示",
        kind="other",
        form="text",
        source="http://www.yunchuan.gov.cn/print/zwgk/qs/2024_0318.html",
        title="关于申请簌溪镇竹编非遗工坊改造提升经费的请示",
        record_date="2024-03-15",
        date="2024-03-15",
        notes="title and date as the record gives them; a print view's head lines and a print footer of my own form; "
        "an 附件 line and the contact line under the date kept",
        page="""
!m 纭川县人民政府网 — 打印本页
!m 打印日期：2024-03-21
{T}
{BODY}
!a 〔送去打印〕　〔关掉本页〕
!p — ⌷ 第1页／共1页 ⌷ —
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
簌溪镇竹编非遗工坊建于2016年，现有篾匠38人，年产竹夫人等竹编制品十二万余件。目前工坊存在厂房漏雨、蒸煮设备老化、晾晒场地不足等问题，已影响正常生产。
为保护和传承竹编技艺，带动群众就业增收，我镇拟对工坊进行改造提升，主要内容包括：维修厂房屋面1200平方米，更新竹材蒸煮炭化设备2套，新建晾晒棚600平方米。项目总投资96万元，镇财政自筹26万元，申请县级补助资金70万元。
妥否，请批示。
附件：簌溪镇竹编非遗工坊改造提升项目预算表
簌溪镇人民政府
2024年3月15日
（联系人：蒋卫国，电话：0745-7236 1021）
""",
    ),
    dict(
        slug="mail-liaoling-school-letter-custom-bottles",
        site="晶澜玻璃企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jinglan-glass.com/read?mid=ZC0913-4471",
        title="关于定制刻度调味瓶的函",
        record_title="转发：关于定制刻度调味瓶的函【附规格表】",
        date="2024-09-12",
        date_also=["2024-09-13"],
        notes="webmail reading view: a forwarded header with its own 抄送, an attachment bar beside the letter's own 附件 "
        "list and 抄送 line; the sender's contact and mailbox in the letter; the mail's send date differs from the "
        "letter's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>转发：关于定制刻度调味瓶的函【附规格表】 - 晶澜玻璃企业邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="mail-top">⟦m 晶澜玻璃企业邮箱⟧　⟦m sales02@jinglan-glass.com⟧　⟦a 退出⟧</div>
<div class="folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t 转发：关于定制刻度调味瓶的函【附规格表】⟧</h3>
<p>⟦m 发件人：销售部 王晓丹 &lt;wangxd@jinglan-glass.com&gt;⟧</p>
<p>⟦m 收件人：sales02@jinglan-glass.com⟧</p>
<p>⟦m 抄　送：销售部经理 &lt;salesmgr@jinglan-glass.com&gt;⟧</p>
<p>⟦m 时　间：2024年9月13日（星期五）上午9:40⟧</p>
</div>
<div class="attach-bar">⟦a 附件 2 个：调味瓶规格示意图.jpg（412K）　供货数量明细表.xlsx（18K）　全部打包下载⟧</div>
<div class="mail-body">
<p>⟦m 小刘：缭岭一中的定制需求，请今天内核价后回复对方。⟧</p>
<p>⟦m ———— 以下为转发内容 ————⟧</p>
<p>⟦m 发件人：周建新 &lt;lyyzhqc@liaolingyz.cn&gt;　发送时间：2024-09-13 08:55⟧</p>
<p>⟦m 主题：关于定制刻度调味瓶的函⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 本邮件可能包含公司保密信息，如误收请立即删除⟧</div>
</body>
</html>
""",
        body="""
猷城市晶澜玻璃制品有限公司：
我校学生食堂拟更新餐桌调味瓶，经比选，拟向贵公司定制带刻度玻璃调味瓶一批。现将有关事项函告如下：
一、规格要求：容量300毫升，瓶身印“缭岭一中”字样和50毫升间隔刻度，配食品级防尘盖。
二、数量：醋瓶、酱油瓶各200只，辣椒油罐100只。
三、交货时间：2024年10月15日前送达我校后勤处。
请贵公司于9月20日前提供报价单和样品各一份。
联系人：缭岭县第一中学后勤处　周建新，电话：0737-4230 6605，邮箱：lyyzhqc@liaolingyz.cn
附件：1.调味瓶规格示意图
2.供货数量明细表
缭岭县第一中学后勤处
2024年9月12日
抄送：学校办公室
""",
    ),
    dict(
        slug="mail-youcheng-gardening-contest-notice-fwd",
        site="forwarded mail (invented, text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:lvhua-ban@ywgw.gov.cn",
        title="关于举办“花铲杯”阳台园艺大赛的通知",
        record_title="Fwd: 关于举办“花铲杯”阳台园艺大赛的通知（请转各会员）",
        record_date="2024-04-08",
        date="2024-04-08",
        notes="a forwarded mail as text: the forwarder's note and signature, From/Sent/To/Subject headers; the "
        "association's own mailbox inside the notice; the date from the record",
        page="""
!m 发件人：蒋晓芸 <lvhua-ban@ywgw.gov.cn>
!m 收件人：各街道绿化联络员
!m 主题：Fwd: 关于举办“花铲杯”阳台园艺大赛的通知（请转各会员）
!m 各位联络员：园艺协会的通知，请转发到各社区居民群。晓芸
!m =============== 以下为转发内容 ===============
!m From: 猷城市园艺协会秘书处 <mishuchu@ycyyxh.org>
!m Sent: 2024年4月8日 16:02
!m Subject: 关于举办“花铲杯”阳台园艺大赛的通知
{BODY}
!m ——
!m 蒋晓芸｜橄湾区绿化委员会办公室
!m 此邮件由手机客户端发出
""",
        body="""
各会员单位、园艺爱好者：
为展示家庭园艺成果，倡导绿色生活，猷城市园艺协会定于5月举办首届“花铲杯”阳台园艺大赛。现将有关事项通知如下：
一、参赛对象：猷城市居民，以家庭为单位报名。
二、参赛方式：4月30日前将阳台全景照片3张、作品简介200字以内发送至协会邮箱huachanbei@ycyyxh.org，照片请勿加水印。
三、评选办法：由协会组织专家初评，入围作品由评委上门实地复评，设一等奖3名、二等奖6名、三等奖10名。
四、奖励：获奖家庭颁发证书和园艺工具礼包一份。
大赛进展将在协会公众号“猷城园艺”上发布，欢迎关注。
猷城市园艺协会
2024年4月8日
""",
    ),
]
