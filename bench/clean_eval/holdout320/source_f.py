"""holdout320, part F: the text page of 公考论坛, then 百科问答, 网盘分享, 搜索快照, 打印页 and 邮件转发
(one HTML and one text page each).

Invented text (places, people, firms, sites, URLs, phones, ids); written by hand, one case at a
time; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-kaogong-essay-tieback-junk",
        site="考公圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://www.kaogongquan.net/forum/t-66182.html",
        title="小小安全扣，系着大民生",
        record_title="〖申论练笔打卡·第12篇〗小小安全扣，系着大民生（轻点批）— 申论天地 — 考公圈论坛",
        date=None,
        notes="exam forum as text: an essay with anti-scraping junk as lines and glued after a 。; a floor line, a reply-to-see prompt, replies; posted 2 天前 (no date)",
        page="""
!m 考公圈论坛 » 申论天地 » 练笔打卡
!t 〖申论练笔打卡·第12篇〗小小安全扣，系着大民生（轻点批）
!m 1# 楼主：青衿上岸记　Lv.5　2 天前
{BODY}
!a 【回复可见】批改老师的评语和修改稿
!l 2# 申论阿飞：开头不错，第三段论证还能再展开
!l 3# 小白不白：打卡学习
!m 考公圈论坛 kaogongquan.net　备考交流QQ群：608417325
""",
        junk=dict(lines=2, glued=2),
        body="""
窗帘拉绳上的一只安全扣，只有指甲盖大小，却能挡住一场可能发生的悲剧。
近年来，幼儿被窗帘绳缠绕的事故屡有报道。事故的背后，是产品标准的缺位、商家提示的缺失和家长认识的不足。
守护孩子的安全，需要标准“立起来”。有关部门应加快完善儿童家居产品的安全标准，把安全扣、断开装置作为窗帘产品的必备配置。
守护孩子的安全，需要宣传“沉下去”。社区、幼儿园可以通过家长会、入户走访，把居家安全知识讲到每个家庭。
民生无小事，细节见真情。把一只只安全扣系好，就是把千万家庭的幸福系牢。
""",
    ),
    dict(
        slug="wiki-zhiya-entry-radiator-cover-h1",
        site="知芽百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiya.example.com/item/暖气罩/30971",
        title="暖气罩",
        record_title=None,
        date=None,
        notes="encyclopaedia, no record title: the entry name in the <h1> opens the body (head match); infobox, contents box, edit/discuss/history tabs, reference markers glued after sentences and an 'edit this section' link glued to a section heading; no date (an edit stamp only)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知芽百科</title>
<link rel="stylesheet" href="https://baike.zhiya.example.com/css/item.css">
<script src="https://baike.zhiya.example.com/js/item.js" defer></script>
</head>
<body>
<div class="top">⟦m 知芽百科⟧ ⟦m 每个知识都会发芽⟧ <a href="/login">⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<div class="entry">
<h1>{T}</h1>
<div class="infobox">
<p>⟦m 中文名：暖气罩⟧</p>
<p>⟦m 用　途：遮挡、防护暖气片⟧</p>
<p>⟦m 常见材质：木材、金属、复合板⟧</p>
</div>
<div class="toc">⟦l 目录：1 简介　2 分类　3 安装要求⟧</div>
<div class="content">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 住宅室内装饰装修设计规范释义　[2] 《家居》杂志2019年第4期⟧</div>
<div class="edit-info">⟦m 词条最近编辑于 6 个月前　浏览 12,306 次⟧</div>
</div>
<div class="foot">⟦d 知芽百科内容由网友共同编辑，仅供参考，如有错误欢迎纠正。⟧ ⟦m © 2025 知芽百科⟧</div>
</body>
</html>
""",
        body="""
暖气罩是罩在暖气片外面的装饰性防护罩，既能遮挡外形不够美观的暖气片，又能防止人体直接接触高温表面。⟦l [1]⟧
分类⟦a [编辑本段]⟧
按材质分，常见的有实木暖气罩、金属暖气罩和复合板暖气罩；按形式分，有落地式、壁挂式和与窗台一体的嵌入式。
安装要求
暖气罩应留有足够的散热孔和上下通风口，否则会降低供暖效果。用于幼儿园、学校等场所的暖气罩，边角宜做圆角处理。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-jianzhu-entry-trunking-decorated",
        site="筑知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.zhuzhibaike.cn/wiki/dianxiancao.html",
        title="电线槽",
        record_title="电线槽（建筑电气配件）_筑知百科",
        date=None,
        notes="encyclopaedia as text: an entry with the record title decorated; the entry name opens the body (head match); contents line, edit tabs, contributors; no date",
        page="""
!m 筑知百科 · 建筑行业知识库
!a 编辑　｜　收藏　｜　纠错
!t 电线槽（建筑电气配件）
!m 所属分类：建筑电气 ＞ 配线器材
!l 目录　1 定义　2 种类　3 敷设要点
{BODY}
!m 本词条贡献者：电气小匠、筑梦人 等 9 人
!m 最后修订：3 个月前
""",
        body="""
电线槽，又称走线槽、配线槽，是用来将电源线、数据线等线材规范整理、固定在墙面或天花板上的电工用具。
按材质可分为塑料（PVC）线槽和金属线槽两类。塑料线槽重量轻、价格低，多用于住宅和办公室；金属线槽强度高、防火性能好，多用于工厂车间和机房。
敷设线槽时，应做到横平竖直，转角使用配套的弯头；强电与弱电线路应分槽敷设；线槽内导线总截面积一般不超过线槽内截面积的百分之四十。
""",
    ),
    dict(
        slug="netdisk-yunhe-plan-hotel-tiebacks-wps-markers",
        site="云盒网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunhe.example.com/s/8hTq2wLx",
        title="澜悦酒店亲子客房窗帘安全扣更换实施方案",
        record_title="澜悦酒店亲子客房窗帘安全扣更换实施方案（2025定稿）.wps",
        date="2025-04-16",
        notes="cloud-drive preview: the record title is a file name; page-marker paragraphs ⧿ n ⧿ cut the text; VIP prompts, an extraction code, a save button; decimal headings 1.1/2.1; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>澜悦酒店亲子客房窗帘安全扣更换实施方案（2025定稿）.wps_免费高速下载|云盒网盘</title>
<link rel="stylesheet" href="https://pan.yunhe.example.com/static/share.css">
<script src="https://pan.yunhe.example.com/static/share.js"></script>
</head>
<body>
<div class="yh-top">⟦m 云盒网盘⟧ <a href="/vip">⟦a 超级会员 限时5折⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="yh-file">
<div class="fname">⟦t 澜悦酒店亲子客房窗帘安全扣更换实施方案（2025定稿）.wps⟧</div>
<div class="finfo">⟦m 42.8KB　｜　分享者：客房部小祁　｜　失效时间：永久有效⟧</div>
<div class="fbtn"><button>⟦a 保存到云盒⟧</button> <button>⟦a 下载⟧</button></div>
</div>
<div class="yh-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="yh-vip">⟦a 非会员仅可预览前3页，开通超级会员查看完整文档⟧</div>
<div class="yh-report">⟦d 如发现该分享内容涉嫌侵权或违规，请点击举报⟧</div>
<div class="yh-foot">⟦m 云盒网盘　京ICP备19058716号　© 2025 云盒科技⟧</div>
<script>share.preview({pages:3});</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        pages=dict(fmt="⧿ {n} ⧿", every=90, start=2),
        body="""
为消除亲子客房儿童缠绕隐患，集团决定对各门店亲子客房窗帘绑带统一更换为断开式安全扣，制定本方案。
1 更换范围
1.1 鄮州中心店、跸口店、莒塘店亲子客房共六十四间。
1.2 每间客房布帘、纱帘各配安全扣一对，共一百二十八对。
2 实施安排
2.1 客房部于4月25日前完成采购，安全扣须符合断开力不大于六十牛的要求。
2.2 各门店利用空房时段逐间更换，5月10日前全部完成，更换后由值班经理签字确认。
3 检查要求
每日查房时检查安全扣是否完好，缺失的当日补装。
澜悦酒店集团客房管理部
2025年4月16日
""",
    ),
    dict(
        slug="netdisk-quanpan-summary-socket-covers-pdf-markers",
        site="全盘分享 (invented cloud-drive share)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.quanpanfx.com/share/r2Vk9aP",
        title="莒塘县艿香托育园2024年度安全设施维护工作总结",
        record_title="莒塘县艿香托育园2024年度安全设施维护工作总结.pdf",
        date="2025-01-06",
        notes="cloud-drive share as text: the record title is a file name; page markers ⚁ 第n页 ⚁ on lines of their own cut sentences; share info and save buttons; 成文日期 under the signature",
        page="""
!t 莒塘县艿香托育园2024年度安全设施维护工作总结.pdf
!m 文件大小 316KB · 分享人 艿香园务 · 2 周前分享
!a 转存到我的网盘　　下载（需登录）
!m 提取码：n7x4
{BODY}
!a 仅预览部分内容，转存后查看完整文件
!d 全盘分享仅提供网络存储服务，分享内容由用户自行负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⚁ 第{n}页 ⚁", every=80, start=2),
        body="""
2024年，我园坚持“安全第一、预防为主”，把插座保护盖、防夹门、防撞角等安全设施的日常维护作为保育工作的重要内容，全年未发生幼儿意外伤害事件。
一是全面更换插座保护盖。上半年将全园一百零六个插座的插片式保护盖全部换成旋转式，幼儿无法自行取下。
二是坚持每日检查。保育员每天晨检时逐个查看保护盖，全年发现并补装缺失保护盖十四个。
三是开展家园共育。通过家长会向家长发放居家用电安全提示，建议家庭同步加装保护盖。
存在的不足是部分设施维修登记不够及时，新的一年将建立电子台账。
莒塘县艿香托育园
2025年1月6日
""",
    ),
    dict(
        slug="snapshot-naitian-notice-towel-quilts-highlight",
        site="觅隙快照 of 艿田镇人民政府 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snap.mixi.example.com/cache?u=naitian.gov.cn/art/2025/5/28/art_31_6102.html",
        title="艿田镇中心敬老院关于做好夏季毛巾被换季清洗工作的通知",
        record_title="【快照留底】艿田镇中心敬老院关于做好夏季毛巾被换季清洗工作的通知 · 艿田镇人民政府",
        date="2025-05-27",
        notes="search-cache frame: a capture banner with its own stamp and highlighted keywords above the town site's page; 成文日期 under the signature; the cache stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>艿田镇中心敬老院关于做好夏季毛巾被换季清洗工作的通知 - 艿田镇人民政府</title>
<style>.snap-hd{background:#fffbe6}.hl{background:#ff0}</style>
<script src="http://snap.mixi.example.com/js/snapbar.js"></script>
</head>
<body>
<div class="snap-hd">
<p>⟦d 您正在浏览的是觅隙为该网页保存的快照，抓取于 5 天前，原网页可能已变动。⟧</p>
<p>⟦d 已为您标亮关键词：<span class="hl">毛巾被</span>　<span class="hl">敬老院</span>⟧</p>
<p><a href="http://www.naitian.gov.cn/art/2025/5/28/art_31_6102.html">⟦a 点此访问原网页⟧</a></p>
</div>
<div class="orig">
<div class="hd">⟦m 艿田镇人民政府⟧</div>
<div class="nav">⟦m 首页　镇情概况　政务公开　便民服务　社会事业⟧</div>
<div class="pos">⟦m 首页 &gt; 社会事业 &gt; 养老服务⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息来源：镇中心敬老院　阅读：<span>97</span>⟧</div>
<div class="text">
{BODY}
</div>
<div class="ft">⟦m 艿田镇人民政府 主办　镇党政办电话：0539-5203 1001⟧</div>
</div>
</body>
</html>
""",
        body="""
各护理班组：
入夏以来气温逐渐升高，为让老人睡得舒适、卫生，现就做好毛巾被换季清洗工作通知如下：
一、6月1日起，全院老人的冬被统一收起，换用毛巾被。收起的冬被由洗衣房清洗、晾晒后入库。
二、毛巾被实行一人两条，轮换使用，每周清洗一次；失能老人的毛巾被视情况随时更换。
三、各班组长要逐一检查毛巾被有无破损、起球，发现问题报后勤更换。
艿田镇中心敬老院
2025年5月27日
""",
    ),
    dict(
        slug="snapshot-xisou-text-cache-trunking-news",
        site="曦搜文字快照 of 跸口发布 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://cache.xisou.example.cn/text?id=bkfb-20250926-4418",
        title="跸口区老旧小区楼道电线槽改造全面完工",
        record_title="曦搜缓存 ▸ 跸口区老旧小区楼道电线槽改造全面完工 - 跸口发布",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="a text-only search cache: the capture line and a highlighted-terms line above, the original site's lines inside; the record gives the date (the same as the byline)",
        page="""
!d 曦搜文字快照｜本页为纯文字版，图片已省略｜抓取于 2025-10-03 04:17
!d 关键词已标亮：电线槽 改造
!m 跸口发布 — 跸口区融媒体中心
{T}
!m 2025-09-26 17:48　来源：跸口发布　记者：芮小满
{BODY}
!l 相关阅读：跸口区2026年老旧小区改造计划征求意见
!m 跸口区融媒体中心版权所有
""",
        body="""
9月下旬，跸口区最后一批老旧小区楼道电线槽改造工程通过验收，今年纳入计划的二十三个小区全部完工。
改造中，施工单位为一百八十六个单元的楼道更换了阻燃电线槽，把原来散乱的电表线、网线、有线电视线分槽收纳，同步更换了破损的楼道插座和开关。
区住建局相关负责人介绍，改造前已向居民公示施工方案，完工后由社区、物业和居民代表共同验收。
""",
    ),
    dict(
        slug="print-xingling-bulletin-radiator-cover-checks",
        site="荥岭市教育局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jyj.xingling.gov.cn/print.jsp?id=77120",
        title="荥岭市教育局关于冬季校园暖气罩安全检查情况的通报",
        record_title="〔归档打印稿〕荥岭市教育局关于冬季校园暖气罩安全检查情况的通报——荥岭市教育局",
        date="2024-12-16",
        notes="a print view calling window.print(): print and close buttons, a print stamp (no date), a document number line (neutral), a print footer ⚄ 第1页／共1页 ⚄; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔归档打印稿〕荥岭市教育局关于冬季校园暖气罩安全检查情况的通报——荥岭市教育局</title>
<style>@media print{.noprint{display:none}}body{width:680px;margin:0 auto}</style>
</head>
<body onload="window.print()">
<div class="noprint">⟦a 〖立即打印〗　〖关闭本页〗⟧</div>
<div class="print-head">⟦m 荥岭市教育局　www.xljyj.gov.cn⟧</div>
<h2 align="center">{T}</h2>
<p align="center">荥教安〔2024〕22号</p>
<div class="print-body">
{BODY}
</div>
<div class="print-stamp">⟦m 打印时间：刚刚　打印人：游客⟧</div>
<div class="print-foot">⟦p ⚄ 第1页／共1页 ⚄⟧</div>
<script>function closePrint(){window.opener=null;window.close();}</script>
</body>
</html>
""",
        body="""
各县（市、区）教育局，市直各学校：
12月上旬，市教育局组织对全市九十二所中小学、幼儿园冬季校园暖气罩安全情况进行了抽查。总体看，多数学校能按要求加装暖气罩并定期检查，但也发现一些问题：
一是七所学校走廊暖气片未加装暖气罩；二是部分暖气罩边角锋利，有的已经松动；三是个别学校在暖气罩上堆放易燃物品。
请各单位对照问题立即整改，12月31日前将整改情况报市教育局安全科。
荥岭市教育局
2024年12月16日
""",
    ),
    dict(
        slug="print-wuye-report-trunking-electrician",
        site="鄮州和悦物业服务有限公司 (invented, print view as text)",
        style="打印页",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://oa.heyuewy.example.com/print?doc=SZ-2025-031",
        title="工程部水电班长2024年度述职报告",
        date="2025-01-10",
        notes="print view as text: the record gives the title as is; a print button row and a print stamp (no date); a print footer ⁃ 1／1 ⁃ closes the page; the 述职人's date at the end",
        page="""
!a 〖打印〗〖导出〗〖返回〗
!m 鄮州和悦物业服务有限公司 · 文档打印
{T}
{BODY}
!m 打印人：工程部 焦小川　打印于 昨天 08:42
!p ⁃ 1／1 ⁃
""",
        body="""
2024年，我带领水电班六名同事，负责公司所管五个小区的公共区域水电维修。现将一年来的工作述职如下。
一、完成楼道电线槽整改。全年更换破损电线槽一千三百余米，补装盖板二百一十块，清理楼道私拉电线四十七处，所管小区未发生一起电气火灾。
二、提高报修响应速度。推行“半小时到场”，全年处理业主报修两千一百余单，满意率百分之九十七。
三、存在不足。班组人员年龄偏大，新技术学习不够。今年计划组织两次线槽敷设和配电箱维护的内部培训。
述职人：水电班班长　尤长顺
2025年1月10日
""",
    ),
    dict(
        slug="webmail-bikou-letter-towel-quilts-attachment-bar",
        site="跸口区政务邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.bikou.gov.cn/read?mid=ZC1804-28813",
        title="关于订购夏季毛巾被的函",
        record_title="FW: 〔急件〕关于订购夏季毛巾被的函（含规格表）",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="webmail reading view: forwarded header with its own 抄送, an attachment bar beside the letter's own 附件 lines and 抄送 line, the letter's contact and mailbox; send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>跸口区政务邮箱 - 读信</title>
<link rel="stylesheet" href="/webmail/skin/default/read.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 跸口区政务邮箱⟧ <span>⟦m sunyue@bikou.gov.cn⟧</span> <a href="/logout">⟦a 退出⟧</a></div>
<div class="wm-tool">⟦a 返回　回复　全部回复　转发　删除　标记为…　更多⟧</div>
<div class="wm-head">
<p>⟦t FW: 〔急件〕关于订购夏季毛巾被的函（含规格表）⟧</p>
<p>⟦m 发件人：区养老服务指导中心 综合科 &lt;zhzx_zhk@bikou.gov.cn&gt;⟧</p>
<p>⟦m 收件人：孙悦 &lt;sunyue@bikou.gov.cn&gt;⟧</p>
<p>⟦m 抄　送：区民政局养老科 &lt;ylk@bikou.gov.cn&gt;⟧</p>
<p>⟦m 时　间：2025年6月4日（星期三）上午10:26⟧</p>
</div>
<div class="wm-body">
<p>⟦m 孙悦：请按函中规格跟厂家确认报价，周五前回复。——综合科 魏敏⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-attach">
<p>⟦a 📎 2 个附件（共 86KB）　全部下载　在线预览⟧</p>
<p>⟦a 毛巾被规格及数量表.xlsx（31KB）⟧</p>
<p>⟦a 配送点位清单.docx（55KB）⟧</p>
</div>
<div class="wm-foot">⟦m 跸口区电子政务中心　邮箱问题请拨 0574-8877 0000⟧</div>
</body>
</html>
""",
        body="""
莒塘恒绵纺织有限公司：
为做好今夏独居、高龄老人防暑关爱工作，我中心拟向贵公司订购夏季毛巾被一千二百条，现将有关事项函告如下：
一、规格为150厘米×200厘米，纯棉，克重不低于每平方米三百五十克，颜色以浅色为主。
二、请于6月20日前分批送达全区九个街道的养老服务站。
三、请于6月9日前书面回复报价及交货安排。
附件：1.毛巾被规格及数量表
2.配送点位清单
联系人：魏敏　电话：0574-8877 3162　邮箱：zhzx_zhk@bikou.gov.cn
跸口区养老服务指导中心
2025年6月3日
抄送：区民政局养老科
""",
    ),
    dict(
        slug="mailfwd-lanyue-letter-tieback-supplier-docx",
        site="澜悦酒店集团 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:purchasing@lanyue-hotels.example.com?msg=20250422-0931",
        title="关于更换客房窗帘绑带扣的函",
        record_title="Fwd: 关于更换客房窗帘绑带扣的函.docx",
        date="2025-04-21",
        date_also=["2025-04-22"],
        notes="a forwarded mail as text: the record title is a file name after Fwd:; forwarded headers, a forwarding note, a client footer; the letter's own contact; the mail's send date differs from the 成文日期",
        page="""
!m 发件人：澜悦酒店集团采购部 <purchasing@lanyue-hotels.example.com>
!m 发送时间：2025-04-22 09:31
!m 收件人：鄮州安然家居用品有限公司 销售部
!t 主题：Fwd: 关于更换客房窗帘绑带扣的函.docx
!m 附件：关于更换客房窗帘绑带扣的函.docx (18 KB)
!m 祁经理您好，附件为我集团正式函件，正文贴在下面，请查收并尽快回复。
!m -------- Forwarded Message --------
{BODY}
!d 本邮件及附件含保密信息，仅限指定收件人使用，如误收请立即删除。
!m 从澜悦移动办公发送
""",
        body="""
鄮州安然家居用品有限公司：
我集团各门店亲子客房目前使用的窗帘绑带扣系贵司于2023年供货。近期客房部检查发现，部分绑带扣卡簧松弛，绑带容易脱落垂地，存在儿童缠绕隐患。
为此，我集团拟将上述绑带扣全部更换为断开式安全扣，数量约一百三十对。请贵司于4月30日前提供产品样品、检测报告和报价。
联系人：采购部 祁文　电话：0574-8868 2109
澜悦酒店集团有限公司
2025年4月21日
""",
    ),
]
