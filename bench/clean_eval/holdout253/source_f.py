"""holdout253, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-barbell-h1-html",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.com/item/杠铃/10472",
        title="杠铃",
        record_title=None,
        date=None,
        notes="no title in the record (the entry name in the h1, also the body's first word: matched as head); edit/discuss/"
        "history tabs, infobox, contents box, reference markers glued after 。 and an edit link glued to a section heading",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>杠铃_知源百科</title>
<script src="https://static.zhiyuan-wiki.com/item.js"></script>
</head>
<body>
<div class="wk-top"><a href="/">⟦m 知源百科⟧</a> <form><input placeholder="搜索词条"></form> <a href="/create">⟦a 创建词条⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="wk-tabs">⟦a 编辑词条⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1 class="lemma">{T}</h1>
<div class="lemma-sub">⟦m 举重和力量训练器械⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：杠铃⟧</td><td>⟦m 外文名：barbell⟧</td></tr>
<tr><td>⟦m 用　途：举重、力量训练⟧</td><td>⟦m 组　成：杠铃杆、杠铃片、卡扣⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 结构　2 历史　3 使用⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 国际举重竞赛规则（中文版）⟧</li><li>⟦l 体育器材手册·力量训练器材卷⟧</li></ol></div>
<div class="wk-tag">⟦l 词条标签：体育器材　举重　健身⟧</div>
<div class="wk-foot">⟦m 词条统计：浏览 38462 次　编辑 27 次　最近更新 3 天前⟧<br>⟦d 知源百科词条内容由网友协作编辑，仅供参考。⟧</div>
</body>
</html>
""",
        body="""
杠铃是举重和力量训练中使用的器械，由杠铃杆、杠铃片和卡扣组成。⟦l [1]⟧
结构⟦a [编辑本段]⟧
标准男子杠铃杆长2.2米，重20公斤；女子杠铃杆长2.01米，重15公斤。杆两端的套筒可以转动，以减少举起时对手腕的扭力。杠铃片按重量以颜色区分，比赛中25公斤为红色、20公斤为蓝色、15公斤为黄色、10公斤为绿色。⟦l [2]⟧
历史
现代杠铃起源于19世纪欧洲的力士表演，早期杠铃两端是空心铁球，可灌入沙子调节重量。20世纪初，可拆卸的杠铃片逐渐成为举重比赛的标准器械。
使用
使用杠铃训练时应在两端装好卡扣，大重量卧推、深蹲应在保护架内或有人保护的情况下进行。初学者宜在教练指导下从空杆开始练习。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-relay-baton",
        site="万象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanxiangbaike.cn/wiki/接力棒",
        title="接力棒",
        date=None,
        notes="title from the record (the entry name, matched as head where it stands above the body); tabs, an infobox line, "
        "references and tags; an update stamp 'yesterday' is no date",
        page="""
!m 万象百科 · 人人可编辑的网络百科
!m 首页 > 体育 > 田径器材
{T}
!a 编辑词条　｜　参与讨论　｜　查看历史版本
!m 本词条由万象百科体育编辑组审核　最近更新：昨天
!m 中文名：接力棒　　外文名：relay baton　　所属项目：田径接力
{BODY}
!l 参考资料：1. 田径竞赛规则释义　2. 学校田径运动教学指导
!l 词条标签：体育器材　田径
!d 万象百科内容仅供参考，如有错误欢迎编辑修正。
""",
        body="""
接力棒是田径接力跑项目中运动员依次传递的器材，通常为光滑的空心圆管。
规格
根据田径竞赛规则，接力棒应为木质、金属或其他硬质材料制成的一根整体光滑的空心圆管，长28至30厘米，外径4厘米左右，重量不少于50克，表面涂有醒目颜色，以便裁判观察。
使用规则
接力棒必须在接力区内完成交接，交接以接力棒在接棒人手中的位置为准。比赛中不得戴手套或在手上涂抹物质以便握棒。接力棒掉落时，须由掉棒运动员拾起。
其他用途
接力棒也常用作比喻，指前人交给后人的任务或责任，如“接过前辈的接力棒”。
""",
    ),
    dict(
        slug="clouddrive-yunfan-instruction-wrist-guard-wps-html",
        site="云帆网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="rules",
        form="html",
        source="https://pan.yunfan-drive.com/s/1kQ8zWr3mT",
        title="护腕成品质量检验作业指导书",
        record_title="护腕成品质量检验作业指导书.wps",
        date=None,
        notes="file-name record title; cloud-drive preview with sharer line, VIP prompts and a report link; decimal headings "
        "3.1–4.2; a work instruction, no date; the share time '2 天前' is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>护腕成品质量检验作业指导书.wps_免费高速下载|云帆网盘</title>
<script src="/static/pan/share.js"></script>
</head>
<body>
<div class="pan-top"><a href="/">⟦m 云帆网盘⟧</a> <a href="/vip">⟦a 开通超级会员，下载不限速⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="share-info">
<h2>{T}</h2>
<p>⟦m 分享者：质检部小章　分享于 2 天前　有效期：7天　大小：36KB⟧</p>
<div class="btns">⟦a 转存至我的云帆盘⟧ ⟦a 下载⟧ ⟦a 举报⟧</div>
</div>
<div class="preview">
<p class="pv-tip">⟦a 文档预览（WPS格式，部分排版可能有变化）⟧</p>
{BODY}
</div>
<div class="vip-tip">⟦a 非会员单文件下载限速100KB/s，超级会员享极速通道⟧</div>
<div class="pan-foot">⟦d 请勿通过网盘分享违法违规内容，如有侵权请提交举报。⟧<br>⟦m 云帆网盘 © 2025 yunfan-drive.com⟧</div>
</body>
</html>
""",
        body="""
1 目的
规范护腕成品检验方法，确保出厂产品质量符合要求。
2 适用范围
本指导书适用于本公司生产的针织护腕、缠绕式护腕和加压护腕的成品检验。
3 检验项目与方法
3.1 外观：在自然光下目测，表面无污渍、破洞、跳线，商标位置端正。
3.2 尺寸：用软尺测量长度和周长，偏差不超过±5毫米。
3.3 弹力：将护腕拉伸至原长的1.5倍，保持10秒后松开，回缩率不低于95%。
3.4 缝线强度：对缝合处施加50牛拉力，缝线不得断裂、脱开。
4 抽样与判定
4.1 每批次按5%随机抽样，最少不低于20副。
4.2 抽检不合格数超过2副的，整批返工复检。
5 记录
检验结果填写在成品检验记录表中，记录保存两年。
""",
    ),
    dict(
        slug="clouddrive-panduoduo-summary-vault-pdf-wrapped-markers",
        site="盘多多分享 (invented cloud-drive share page)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.panduoduo8.com/s/e91f4a2c",
        title="羲阳县体操馆2024年器材维护工作总结",
        record_title="羲阳县体操馆2024年器材维护工作总结.pdf",
        date="2025-01-06",
        notes="file-name record title; a PDF preview hard-wrapped at 54 columns and cut by page markers ◟n◞ (glued or not); "
        "成文日期 in Chinese numerals; 'shared 2 days ago' is no date",
        page="""
!m 盘多多分享 · 资源免费分享
!m 分享者：体操馆小邬　｜　分享时间：2 天前　｜　有效期：永久
!m 文件名：羲阳县体操馆2024年器材维护工作总结.pdf　（286KB）
!a 保存到我的网盘　　普通下载　　超级会员极速下载
{BODY}
!a 预览仅显示前2页，下载后查看全部内容
!d 请勿分享违法违规内容，如发现侵权请点击举报。
""",
        wrap=54,
        indent="\u3000\u3000",
        pages=dict(fmt="◟{n}◞", every=110, start=2, glue="mix"),
        body="""
2024年，县体操馆在县文化广电旅游体育局的指导下，坚持日常检查、定期保养、及时维修的原则，全年器材完好率保持在98%以上，未发生因器材问题导致的伤害事故。现将全年工作总结如下。
一、建立检查制度。每天开馆前由值班人员检查跳马、跳箱、高低杠等器材，每周由器材管理员全面检查一次，检查结果填入台账。
二、做好定期保养。全年对3台跳马的马身皮面进行了两次清洁上油，更换跳马升降卡销6个、踏跳板弹簧12根，对保护垫进行了翻面和补充填充。
三、及时维修更新。对一台使用超过15年的老跳马予以报废，新购置可调节跳马1台。
四、存在问题。部分器材配件需从外地采购，维修周期较长。明年将提前储备常用配件。
羲阳县体操馆
二〇二五年一月六日
""",
    ),
    dict(
        slug="snapshot-tanlu-news-sunhats-traffic-wardens-html",
        site="探路搜索 (invented search engine cache)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.tanlu-so.com/c?m=9f83a1&u=http%3A%2F%2Fwww.xixi.gov.cn%2Fgaj%2F20250709%2F2281.html",
        title="熹溪交警为交通协管员配发“清凉装备”",
        record_title="熹溪交警为交通协管员配发“清凉装备”_探路快照留存",
        date="2025-07-09",
        notes="snapshot frame: a capture banner with highlighted keywords and a capture time (no date) above the cached page; the "
        "cached page's 发布时间 is the date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>熹溪交警为交通协管员配发“清凉装备”_探路快照留存</title>
<script src="http://cache.tanlu-so.com/js/hl.js"></script>
</head>
<body>
<div class="snap-banner" style="border:1px solid #ccc;background:#fffbe6">
<p>⟦m 这是探路搜索于 2025年7月21日 03:14 保存的该网页快照，当前页面可能已经变化。⟧</p>
<p>⟦m 关键词已高亮：<b style="background:#ff6">太阳帽</b> <b style="background:#9ff">协管员</b>⟧</p>
<p><a href="#">⟦a 打开原网页⟧</a>　<a href="#">⟦a 看纯文字版⟧</a></p>
</div>
<div class="cached">
<div class="g-head">⟦m 熹溪县公安局⟧ ⟦m 首页　警务公开　交通管理　便民服务⟧</div>
<div class="g-pos">⟦m 当前位置：首页 &gt; 交通管理 &gt; 交警动态⟧</div>
<h2>{T}</h2>
<p class="g-info">⟦m 发布时间：2025-07-09　来源：县公安局交警大队　浏览次数：312⟧</p>
{BODY}
<div class="g-side"><h4>⟦l 交警动态⟧</h4><p>⟦l 国道改扩建路段分时通行⟧</p><p>⟦l 暑期学生交通安全提示⟧</p></div>
<div class="g-foot">⟦m 熹溪县公安局主办　报警电话：110⟧</div>
</div>
</body>
</html>
""",
        body="""
7月8日，熹溪县公安局交警大队为全县62名交通协管员配发了太阳帽、冰袖、降温背心等“清凉装备”。
新配发的太阳帽为执勤专用款，帽檐加宽，帽身采用浅蓝色透气面料，两侧缝有反光条，后方可拆卸的护颈布能遮挡午后阳光。“以前戴的是普通大檐帽，不透气，站一上午头皮全是汗。”在县城十字路口执勤的协管员龙小勇说。
交警大队还调整了高温时段的勤务安排，中午时段由固定岗改为巡逻岗，协管员每站岗一小时轮换休息一次。
""",
    ),
    dict(
        slug="snapshot-souyi-text-gym-wrist-guards-lending",
        site="搜易 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://txtcache.souyi.cn/?url=http%3A%2F%2Fwww.xytyg.cn%2Fgonggao%2F2025%2F0902%2F58.html",
        title="关于举重区免费借用护腕、护膝的温馨提示",
        record_title="关于举重区免费借用护腕、护膝的温馨提示（文字缓存·搜易）",
        record_date="2025-09-02",
        date="2025-09-02",
        notes="text-only cache: capture line (a crawl stamp, no date), original URL, a link row; date from the record, "
        "also under the signature",
        page="""
!m 搜易 网页快照（纯文本）
!m 这是 搜易 于 2025-09-20 07:41 抓取的网页文本，原网页可能已经更新。
!m 原始网址：http://www.xytyg.cn/gonggao/2025/0902/58.html
!a 查看原网页　｜　关闭文本快照
!m 羲阳县体育馆 > 场馆公告
{T}
{BODY}
!l 上一条：关于国庆期间开放时间调整的公告
!m 羲阳县体育馆　咨询电话：0797-5851288
""",
        body="""
各位健身会员：
为减少举重训练中的手腕和膝关节损伤，自9月5日起，本馆举重区前台提供护腕、护膝免费借用服务，现将有关事项提示如下：
一、会员凭会员卡借用，每次限借护腕、护膝各一副，当日归还。
二、护具每天闭馆后统一清洗消毒，请会员爱惜使用，不要随意拉扯。
三、个人有特殊需要的，建议自备合适尺码的护具。
四、借用护具不能代替正确的动作和必要的保护，进行大重量训练时请务必在教练或同伴保护下进行。
羲阳县体育馆
2025年9月2日
""",
    ),
    dict(
        slug="print-xixi-rules-relay-events-html",
        site="熹溪县教育体育局 (invented, print view)",
        style="打印页",
        genre="竞赛规程",
        kind="rules",
        form="html",
        source="https://jyj.xixi.gov.cn/print.jsp?id=118802",
        title="熹溪县2025年中学生田径运动会接力项目竞赛规程",
        record_title="打印排版页 » 熹溪县2025年中学生田径运动会接力项目竞赛规程",
        date=None,
        notes="print view calling window.print(): a print/close bar, a print-time stamp (no date), the page URL and a print "
        "footer ⋰ 页 1 / 1 ⋱; rules with a numbered list, no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>打印排版页 » 熹溪县2025年中学生田径运动会接力项目竞赛规程</title>
<style>@media print{.pbar{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body class="print">
<div class="pbar"><a href="javascript:window.print()">⟦a 立即打印⟧</a> <a href="javascript:window.close()">⟦a 关闭预览⟧</a></div>
<div class="phead">⟦m 熹溪县教育体育局 · 打印视图⟧</div>
<h2>{T}</h2>
<p>⟦m 发布：体卫艺股　打印时间：2025-09-30 10:44⟧</p>
{BODY}
<p>⟦m 本页地址：https://jyj.xixi.gov.cn/jydt/tzgg/202509/t20250926_118802.html⟧</p>
<div class="pfoot">⟦p ⋰ 页 1 / 1 ⋱⟧</div>
</body>
</html>
""",
        body="""
一、竞赛项目
初中男子组、女子组：4×100米接力、4×400米接力；高中男子组、女子组：4×100米接力、4×400米接力。
二、参赛办法
每校每个项目限报1队，每队报名4至6人，每人限报2项接力。
三、竞赛办法
1. 比赛采用最新田径竞赛规则。
2. 接力棒由大会统一提供，赛前在检录处领取，赛后交还。
3. 接力棒交接必须在30米接力区内完成，掉棒须由掉棒运动员拾起。
4. 各组按成绩录取前八名。
四、报名与资格审查
各校于10月8日前报送报名表，参赛学生须持学籍卡参加检录。
""",
    ),
    dict(
        slug="print-jingcheng-samr-bulletin-barbell-check",
        site="憬城市市场监督管理局 (invented, text print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.jingcheng.gov.cn/print/2025/1121/5570.html",
        title="关于健身器材（杠铃）产品质量监督抽查情况的通报",
        record_title="关于健身器材（杠铃）产品质量监督抽查情况的通报（市监局存档打印）",
        date="2025-11-20",
        notes="text print view: print header with a print stamp (no date), a table of failed products, a print footer "
        "〰 第1页，共1页 〰 closing the page; 成文日期 under the signature",
        page="""
!m 憬城市市场监督管理局　打印页面
!m 打印时间：2025/11/24 15:02:37
{T}
{BODY}
!m 网页地址：http://scjgj.jingcheng.gov.cn/zwgk/tzgg/2025/1121/5570.html
!p 〰 第1页，共1页 〰
""",
        body="""
各县（市、区）市场监督管理局：
根据年度产品质量监督抽查计划，市局于今年9月至10月组织对全市生产、销售的杠铃产品进行了质量监督抽查。现将抽查情况通报如下：
本次共抽查20家企业生产的杠铃产品24批次，检出不合格产品3批次，不合格发现率12.5%。不合格项目主要为杠铃片实际重量偏差和卡扣锁紧力。不合格产品情况如下：
产品名称　标称生产企业　不合格项目
家用电镀杠铃　憬城某健身器材厂　杠铃片重量偏差
包胶杠铃片　璨江某体育用品公司　重量偏差、标识
可调节杠铃　翩水某商贸公司　卡扣锁紧力
各地要依法对不合格产品生产、销售企业进行处理，并于12月31日前将处理结果报市局。
憬城市市场监督管理局
2025年11月20日
""",
    ),
    dict(
        slug="webmail-xixi-union-letter-sunhats-attachments-html",
        site="熹溪企业邮 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.guanhua-hat.com/read?mid=ZL2509011402",
        title="关于订制第六届职工运动会志愿者太阳帽的函",
        record_title="转发：关于订制第六届职工运动会志愿者太阳帽的函",
        date="2025-08-28",
        date_also=["2025-09-01"],
        notes="webmail reading view: folder list, toolbar, forwarded-mail headers and an attachment bar beside the letter's own "
        "附件 list and 联系人/电话/邮箱; the letter's date differs from the forward's send date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于订制第六届职工运动会志愿者太阳帽的函</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 冠华帽业企业邮箱⟧　⟦m sales@guanhua-hat.com　｜　设置　｜　退出⟧</div>
<div class="wm-left">⟦l 收件箱(12)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="wm-tool">⟦a 回复　回复全部　转发　删除　标记为　移动到⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：冠华帽业销售部 &lt;sales@guanhua-hat.com&gt;⟧</p>
<p>⟦m 时　间：2025年9月1日（星期一）14:02⟧</p>
<p>⟦m 收件人：生产部 &lt;prod@guanhua-hat.com&gt;⟧</p>
</div>
<div class="wm-body">
<p>⟦m -------- 转发邮件信息 --------⟧</p>
<p>⟦m 发件人："殷晓岚" &lt;yinxl@xixi-zgh.cn&gt;⟧</p>
<p>⟦m 发送时间：2025年8月28日（星期四）16:30⟧</p>
<p>⟦m 主题：关于订制第六届职工运动会志愿者太阳帽的函⟧</p>
{BODY}
</div>
<div class="wm-att">⟦a 附件（2 个）：志愿者太阳帽样式图.jpg（412K）　订制数量明细表.xlsx（18K）　全部下载　在线预览⟧</div>
<div class="wm-foot">⟦d 冠华帽业企业邮箱　请勿点击来历不明的链接⟧</div>
</body>
</html>
""",
        body="""
羲阳县冠华帽业有限公司：
熹溪县第六届职工运动会定于10月中旬举行，届时将有志愿者300名参与赛会服务。为统一志愿者形象、做好防晒，我会拟向贵公司订制志愿者太阳帽一批，现将有关事项函告如下：
一、数量及规格：太阳帽300顶，白色宽檐款，帽檐正面印运动会名称及会徽，尺码按附件2执行。
二、交货时间：请于9月30日前送至县总工会一楼服务大厅。
三、价格：请贵公司于9月5日前报价，报价含印字和运费。
请贵公司收到函后及时回复。
联系人：殷晓岚，电话：0793-4402261，邮箱：yinxl@xixi-zgh.cn。
附件：1.志愿者太阳帽样式图
2.订制数量明细表
熹溪县总工会
2025年8月28日
""",
    ),
    dict(
        slug="mailfwd-xiyang-letter-borrow-vault",
        site="mail forwarded as text (invented school and gym mailboxes)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:tcg_office@xytyg.cn",
        title="关于借用体操跳马器材的函",
        record_title="Fwd: 关于借用体操跳马器材的函",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="a mail forwarded as text: the forwarder's note (neutral), forwarded headers (the subject line a repeated title), "
        "a mobile-mail signature and a confidentiality footer; the letter's date differs from the send date",
        page="""
!m 发件人：黎晴 <liqing@xytyg.cn>
!m 时间：2025年10月10日 10:26
!m 收件人：馆长 <guanzhang@xytyg.cn>
!t 主题：Fwd: 关于借用体操跳马器材的函
馆长，实验中学发来的借用函，请您审批。
!m ---------- Forwarded message ----------
!m From: 羲阳县实验中学办公室 <office@xysyzx.cn>
!m Date: 2025年10月10日 周五 08:52
!m To: 羲阳县体操馆 <tcg_office@xytyg.cn>
!t Subject: 关于借用体操跳马器材的函
{BODY}
!a —— 发自我的手机邮箱
!d 本邮件及其附件可能含有保密信息，仅限指定收件人使用。
""",
        body="""
羲阳县体操馆：
我校定于10月下旬举行秋季体操技能展示活动，因学校现有跳马1台正在维修，无法满足活动需要。经研究，拟向贵馆借用可调节跳马1台、保护垫2块，借用时间为10月22日至10月26日。
借用期间，我校将安排专人负责器材的运输、保管和使用，保证按期完好归还；如有损坏，照价赔偿。
恳请贵馆予以支持为盼。
联系人：冉东升，电话：13607972258。
羲阳县实验中学
2025年10月9日
""",
    ),
]
