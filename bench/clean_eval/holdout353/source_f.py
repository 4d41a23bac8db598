"""holdout353, part F: encyclopaedias, cloud drives, search caches, print views, forwarded mails.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-sauce-dish-entry",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiyuanbaike.com/item/酱料碟/30817",
        title="酱料碟",
        record_title="酱料碟（食器）_知源百科",
        date=None,
        notes="encyclopaedia: reading/editing/discussion/history tabs, an infobox, a contents box, reference markers "
        "glued after sentences and an 'edit this section' link glued to a heading; the entry name opens the body "
        "(the repeated title matched as head); an edit stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>酱料碟（食器）_知源百科</title>
<script src="//static.zhiyuanbaike.com/item.js"></script>
</head>
<body>
<div class="zy-top">⟦m 知源百科 · 人人可编的知识源⟧　<a>⟦a 登录⟧</a>　<a>⟦a 创建词条⟧</a></div>
<div class="zy-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="zy-sub">⟦m 一种盛放蘸料、调味汁的小型餐具⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名　酱料碟⟧</td></tr>
<tr><td>⟦m 别　名　蘸碟、味碟、调料碟⟧</td></tr>
<tr><td>⟦m 常见材质　陶瓷、不锈钢、密胺⟧</td></tr>
</table>
<div class="toc">⟦l 目录：1 概述　2 种类　3 使用与清洁⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 陶瓷餐具选购与使用手册．日用陶瓷出版社⟧</p><p>⟦l [2] 餐饮服务食品安全操作规范解读⟧</p></div>
<div class="zy-edit">⟦m 本词条由 37 位用户共同编辑　最近编辑：6 个月前⟧</div>
<div class="zy-foot">⟦d 知源百科词条内容仅供参考，如需专业意见请咨询相关人士⟧　⟦m ©2024 知源百科⟧</div>
</body>
</html>
""",
        body="""
酱料碟，又称蘸碟、味碟，是用来盛放酱油、醋、芝麻酱、辣椒油等蘸料和调味汁的小型浅口餐具，常见于火锅、饺子、白切鸡等需要蘸食的菜品。⟦l [1]⟧
概述⟦a [编辑本节]⟧
酱料碟口径一般在8至12厘米之间，深度较浅，便于蘸取。中式餐桌上，酱料碟通常按每人一只摆放，也有将几种蘸料分格盛放的多格酱料碟。
种类
按材质分，有陶瓷、不锈钢、密胺、玻璃等；按形状分，有圆碟、方碟、花口碟和多格碟。陶瓷酱料碟耐高温、易清洗，使用最为普遍。⟦l [2]⟧
使用与清洁
酱料碟直接接触入口食品，应一人一碟。餐馆使用的酱料碟须与其他餐具一样清洗消毒；芝麻酱等黏稠蘸料宜先用温水浸泡后再洗。
""",
    ),
    dict(
        slug="wiki-wanwu-bowl-holder-entry-disambiguation",
        site="万物词典 (invented encyclopaedia, text view)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wanwucidian.cn/ci/wantuo-canju",
        title="碗托（餐具）",
        title_also=["碗托"],
        record_title="碗托（餐具）- 万物词典",
        date=None,
        notes="encyclopaedia entry in text: a disambiguation line (the Shanxi snack), an infobox and a contents line; "
        "the entry name opens the body; no date",
        page="""
!m 万物词典 · 查一个词，懂一件物
{T}
!l 本词条介绍的是餐具。关于陕晋一带的荞面小吃，请见“碗托（小吃）”。
!m 【基本信息】类别：餐具配件　｜　常见材质：硅胶、竹木、不锈钢
!l 【目录】概述 ｜ 类型 ｜ 适用人群
{BODY}
!a ✎ 完善本词条　　☰ 查看修订记录
!m 浏览次数：2,318　　上次修订：上个月
!d 万物词典内容由网友编写，仅供参考
""",
        body="""
碗托，指垫在碗底、用来隔热、防滑或方便端取的托座，是一种常见的餐具配件。
概述
盛放热汤、热饭时，碗壁温度较高，直接端取容易烫手。碗托将碗与手、碗与桌面隔开，起到隔热和稳定碗身的作用。
类型
常见的碗托有硅胶碗托、竹木碗托和不锈钢碗托。硅胶碗托柔软防滑，耐温一般可达200摄氏度；竹木碗托隔热好，但需注意防霉；不锈钢碗托耐用，但传热快，多用于盛放温食。
适用人群
碗托适合老人、儿童以及手部力量较弱的人群使用。养老机构、学校食堂和医院营养食堂常为就餐者配备碗托。
""",
    ),
    dict(
        slug="netdisk-xiayun-aroma-cup-slip-casting-wps",
        site="匣云盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.xiayunpan.cn/s/1qWeR7tY",
        title="闻香杯注浆成型作业指导书",
        record_title="闻香杯注浆成型作业指导书_吉瓷工艺部.wps",
        date=None,
        notes="cloud-drive share preview: save/download buttons, VIP speed prompts, a share stamp and an expiry line; a "
        "work instruction with numbered steps and no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>闻香杯注浆成型作业指导书_吉瓷工艺部.wps_免费高速下载｜匣云盘</title>
<script src="https://pan.xiayunpan.cn/share/preview.js"></script>
</head>
<body>
<div class="yx-top">⟦m 匣云盘⟧　<a>⟦a 登录匣云盘⟧</a>　<a>⟦a 下载客户端⟧</a></div>
<div class="yx-file">
<p>⟦t 闻香杯注浆成型作业指导书_吉瓷工艺部.wps⟧</p>
<p>⟦m 分享者：jici_gyb　｜　分享于 3 周前　｜　62.5 KB⟧</p>
<p>⟦m 链接有效期：永久有效⟧</p>
</div>
<div class="yx-btn">⟦a 保存到我的匣云盘⟧　⟦a 普通下载⟧　⟦a 超级会员极速下载⟧</div>
<div class="yx-preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="yx-vip">⟦a 普通用户下载限速 100KB/s，开通超级会员立享满速⟧</div>
<div class="yx-report">⟦d 如分享内容侵犯了您的权益，请点此举报⟧</div>
<div class="yx-foot">⟦m 匣云盘 © 2024　浙ICP备20085117号⟧</div>
</body>
</html>
""",
        body="""
一、适用范围：本指导书适用于双层及单层闻香杯的注浆成型工序。
二、准备工作
1．检查石膏模具是否干燥、完好，模具含水率超过12%的不得使用。
2．泥浆比重控制在1.78至1.80之间，使用前搅拌不少于30分钟。
三、操作步骤
1．将模具合拢并用橡皮圈扎紧，杯口朝上放置在注浆台上。
2．沿模具注浆口缓慢注满泥浆，注浆时不得中断，防止产生气泡。
3．静置吸浆约8分钟，待杯壁厚度达到1.5毫米后倒出余浆。
4．倒浆后将模具倒置控浆15分钟，再开模取出坯体。
四、注意事项
坯体取出后应轻拿轻放，放在晾坯架上自然阴干，不得曝晒。发现杯口变形、杯壁开裂的坯体，直接回收，不得流入下道工序。
""",
    ),
    dict(
        slug="netdisk-panhe-sauce-dish-cleaning-pdf-markers",
        site="盘盒网盘 (invented cloud drive, text extract)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="text",
        source="https://www.panhe.cc/share/init?surl=K7vM2xQ",
        title="火锅店酱料碟清洗消毒操作规程",
        record_title="火锅店酱料碟清洗消毒操作规程.pdf",
        date=None,
        notes="cloud-drive text extract of a PDF: page markers ⥺n⥻ glued with a space to the continuation line, "
        "cutting sentences; numbered steps; share and expiry stamps are no dates",
        page="""
!t 火锅店酱料碟清洗消毒操作规程.pdf
!m 盘盒网盘 · 文件预览
!m 分享人：老灶火锅后厨　　过期时间：7 天后　　大小：318 KB
!a 转存到我的盘盒　　下载（需登录）
{T}
{BODY}
!a 预览仅显示前 2 页，完整内容请下载后查看
!a 开通盘盒会员，下载不限速
!d 盘盒网盘不对用户分享的文件内容负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⥺{n}⥻", every=140, start=2, glue=True, sep=" "),
        body="""
一、目的：规范酱料碟的清洗消毒，防止交叉污染，保证顾客用餐安全。
二、适用范围：本店所有陶瓷、不锈钢酱料碟及多格蘸料盘。
三、操作程序
1．回收。撤台时将酱料碟与碗筷分开收集，倒掉残余蘸料，不得将剩余蘸料倒回调料台。
2．浸泡。芝麻酱、腐乳等黏稠蘸料的酱料碟先放入40摄氏度左右的温水中浸泡10分钟。
3．清洗。用洗洁精逐只刷洗碟面和碟底，再用流动清水冲净。
4．消毒。洗净的酱料碟放入消毒柜，温度120摄氏度以上，时间不少于15分钟；或放入洗碗机高温消毒。
5．保洁。消毒后的酱料碟放入保洁柜，取用时手不接触碟面。
四、检查记录：当班领班每班检查一次，填写餐具消毒记录，发现破损的酱料碟立即剔除。
""",
    ),
    dict(
        slug="snapshot-ouxun-consumer-council-noodle-bowl-tip",
        site="鸥寻快照 (invented search-engine cache of a consumer council's page)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.ouxun.cn/c?u=www.ytxfzxh.org.cn/xfts/2024/0115.html",
        title="夷塘县消费者协会关于选购使用面碗的消费提示",
        record_title="夷塘县消费者协会关于选购使用面碗的消费提示 - 夷塘县消费者协会（鸥寻快照）",
        date="2024-01-12",
        date_also=["2024-01-15"],
        notes="search cache frame: a capture banner with a snapshot time (no date), highlighted keywords, the cached "
        "page's own nav and footer; the 提示's date (the cached page's posting date also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>夷塘县消费者协会关于选购使用面碗的消费提示 - 夷塘县消费者协会（鸥寻快照）</title>
<style>.hl{background:#ff0}</style>
</head>
<body>
<div class="cache-bar">⟦m 这是鸥寻对 www.ytxfzxh.org.cn/xfts/2024/0115.html 的快照，抓取于 3 个月前⟧</div>
<div class="cache-bar2">⟦m 网页可能已经更新，点此查看当前页面⟧　⟦m 已为您标亮：<span class="hl">面碗</span> <span class="hl">消费提示</span>⟧</div>
<div class="cached">
<div class="site">⟦m 夷塘县消费者协会⟧</div>
<ul class="nav"><li>⟦m 协会首页⟧</li><li>⟦m 消费提示⟧</li><li>⟦m 投诉指南⟧</li></ul>
<h2>{T}</h2>
<p class="meta">⟦m 发布日期：2024-01-15　浏览：318⟧</p>
{BODY}
<p class="foot">⟦m 夷塘县消费者协会　投诉热线 12315⟧</p>
</div>
<div class="cache-foot">⟦d 鸥寻快照仅作为网页的缓存副本，与原网站无关⟧</div>
</body>
</html>
""",
        body="""
广大消费者：
春节临近，不少家庭会添置新碗碟。近期，县消协接到多起关于面碗开裂、掉色的投诉。为此，县消协提醒消费者选购和使用面碗时注意以下几点：
一、到正规商场、超市购买，保留购物凭证，不买无厂名厂址、无合格证的“三无”面碗。
二、彩绘面碗尽量选择釉中彩、釉下彩产品，内壁有彩绘图案的面碗不宜盛放酸性食物。
三、密胺面碗不能放进微波炉加热，出现发黄、起毛的应及时更换。
四、陶瓷面碗不宜从冰箱取出后立即注入滚烫的汤，防止骤冷骤热造成炸裂。
消费者权益受到侵害的，可拨打12315投诉。
夷塘县消费者协会
2024年1月12日
""",
    ),
    dict(
        slug="snapshot-duya-salt-spoon-month-notice-oneline",
        site="渡鸦搜索 · 纯文字快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.duya.cn/t?url=wjj.yuping.gov.cn/tzgg/202408/0021.html",
        title="虞坪县卫生健康局关于开展“减盐控油 一勺到位”宣传月活动的通知",
        record_title="〔仅文字快照〕虞坪县卫生健康局关于开展“减盐控油 一勺到位”宣传月活动的通知",
        date="2024-08-28",
        notes="text-only cache with the whole body on one line; a capture line and a view-original link at the top; "
        "the notice's date; the bureau's contact in the body",
        page="""
!m 渡鸦搜索 · 纯文字快照　原网址：wjj.yuping.gov.cn/tzgg/202408/0021.html
!m 快照生成于 5 天前，页面内容以原网站为准
!a 〔查看原网页〕〔关闭快照〕
!m 标亮关键词：减盐　调味勺
{T}
{BODY}
!m 虞坪县卫生健康局网站　版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各乡镇卫生院、县直各医疗卫生单位：
为推进全民健康生活方式行动，县卫生健康局决定于9月在全县开展“减盐控油 一勺到位”宣传月活动。现将有关事项通知如下：
一、活动内容。各单位要结合家庭医生签约服务，入户讲解限盐知识，为高血压、糖尿病患者家庭发放定量调味勺和控油壶。
二、工作要求。各乡镇卫生院于9月30日前完成辖区内重点人群入户宣传，活动总结于10月10日前报县疾控中心。
联系人：钦敏　电话：0736-5127704
虞坪县卫生健康局
2024年8月28日
""",
    ),
    dict(
        slug="print-zcscjg-noodle-shop-bowl-spot-check-bulletin",
        site="肇川市市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.zhaochuan.gov.cn/print.jsp?id=33180",
        title="关于全市面馆餐具抽检情况的通报",
        record_title="〔打印视图·A4〕关于全市面馆餐具抽检情况的通报",
        date="2024-11-29",
        notes="print view calling window.print(): a print/close row, the source URL line, a spot-check table, the "
        "通报's date; a print footer ⚿ 第1页／共1页 ⚿ closes the page",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔打印视图·A4〕关于全市面馆餐具抽检情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕〔退出打印视图〕⟧</div>
<div class="src">⟦m 出处：肇川市市场监督管理局 scjg.zhaochuan.gov.cn⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pfoot">⟦p ⚿ 第1页／共1页 ⚿⟧</div>
</body>
</html>
""",
        body="""
各区县市场监管局：
11月，市局组织对全市面馆使用的面碗等餐具开展了监督抽检，共抽检面碗样品60批次，其中合格54批次、不合格6批次。现将有关情况通报如下：
区县　抽检批次　不合格批次　主要问题
姑湖区　24　2　大肠菌群检出
虞坪县　14　1　阴离子合成洗涤剂残留
夷塘县　12　2　大肠菌群检出
偃河县　10　1　密胺面碗甲醛迁移量超标
对抽检不合格的面馆，各地要依法处理，督促其整改餐具清洗消毒流程，并于12月20日前将处理情况报市局。
肇川市市场监督管理局
2024年11月29日
""",
    ),
    dict(
        slug="print-eqiao-salt-spoon-activity-plan-decimal",
        site="姑湖区娥桥街道办事处 (invented, print view in text)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.guhu.gov.cn/eqiaojd/print/2024-0410.html",
        title="娥桥街道“一勺控盐”进家庭活动方案",
        record_title="娥桥街道“一勺控盐”进家庭活动方案（双面打印版）",
        date="2024-04-10",
        notes="print view in text: a print prompt and a URL line at the top; decimal headings 1.1–3.2; a printed "
        "sign-in sheet and scanning a code as content; the plan's date; a print footer ╌ 1／1 页 ╌ closes it",
        page="""
!a 【打印】【取消】
!m 页面地址：http://www.guhu.gov.cn/eqiaojd/2024-0410.html
{T}
{BODY}
!p ╌ 1／1 页 ╌
""",
        body="""
1 活动目标
1.1 让辖区居民掌握每日用盐标准，学会使用定量调味勺。
1.2 年内为辖区高血压患者家庭发放定量调味勺不少于800套。
2 活动安排
2.1 4月下旬，各社区利用居民议事会开展“一勺控盐”讲座，讲座签到表统一打印，会后交街道存档。
2.2 5月至6月，社区卫生服务站医生随家庭医生签约服务入户，发放定量调味勺并现场演示。
2.3 7月，组织“控盐家庭”评选，居民可扫描社区公告栏上的二维码报名。
3 保障措施
3.1 街道公共卫生办牵头，各社区明确一名专干负责。
3.2 所需经费从街道健康促进经费中列支。
姑湖区娥桥街道办事处
2024年4月10日
""",
    ),
    dict(
        slug="mail-zcsyxx-seasoning-spoon-order-letter-docx",
        site="肇川实验小学邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zcsyxx.edu.cn/read?mid=20240313-0087",
        title="关于订购定量调味勺的函",
        record_title="Re：FW：关于订购定量调味勺的函.docx",
        date="2024-03-12",
        date_also=["2024-03-13"],
        notes="webmail reading view with a forwarded header and an attachment bar; the letter's own 附件 line and 抄送 "
        "line beside the mail header's 抄送; the school's contact and mailbox in the body; the letter's date (the "
        "mail's send date also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Re：FW：关于订购定量调味勺的函.docx - 肇川实验小学邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 肇川实验小学邮箱⟧　⟦m 后勤处 · jiwang@zcsyxx.edu.cn⟧　<a>⟦a 退出登录⟧</a></div>
<div class="wm-left"><ul><li>⟦m 收件箱(12)⟧</li><li>⟦m 草稿箱⟧</li><li>⟦m 已发送⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="wm-ops">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<p>⟦t Re：FW：关于订购定量调味勺的函.docx⟧</p>
<p>⟦m 发件人：丰仪日用品销售部 &lt;sales@fengyi-home.cn&gt;⟧</p>
<p>⟦m 收件人：吉望 &lt;jiwang@zcsyxx.edu.cn&gt;⟧</p>
<p>⟦m 抄　送：后勤处公共邮箱⟧</p>
<p>⟦m 时　间：2024年3月13日（星期三）上午9:41⟧</p>
</div>
<div class="wm-fwd">⟦m -------- 转发的邮件 --------⟧</div>
<div class="wm-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-attach">⟦a 附件（1 个）：调味勺订购清单.xlsx 14K　预览 ｜ 下载 ｜ 存网盘⟧</div>
<div class="wm-foot">⟦m 肇川实验小学信息中心提供邮件服务⟧</div>
</body>
</html>
""",
        body="""
虞坪县丰仪日用品有限公司：
我校食堂拟从本学期起推行定量调味，经比较，拟向贵公司订购二号定量调味勺一批。现将有关事项函告如下：
一、订购数量：盐勺（2克）60把，油勺（10毫升）60把，酱油勺（5毫升）60把。
二、质量要求：刻度清晰、不易磨损，材质为食品级304不锈钢，随货提供检测报告。
三、交货时间：3月25日前送至我校食堂。
请贵公司收函后报价并确认交货时间。
联系人：吉望　电话：0739-8840265　邮箱：jiwang@zcsyxx.edu.cn
附件：调味勺订购清单
肇川市实验小学
2024年3月12日
抄送：学校总务处
""",
    ),
    dict(
        slug="mail-forward-school-borrow-aroma-cups-letter",
        site="茶器协会邮件转发 (invented mail forward, text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:mishuchu@zcchaqi.org.cn?fwd=20241016",
        title="关于借用闻香杯等茶具开展茶文化进校园活动的函",
        record_title="转发 ⇢ 关于借用闻香杯等茶具开展茶文化进校园活动的函",
        date="2024-10-14",
        date_also=["2024-10-16"],
        notes="a forwarded mail in text: forward and original headers (发件人/收件人/日期/主题) as chrome; the letter's own "
        "contact; the letter's date (the forward's date also accepted); a mail client signature at the bottom",
        page="""
!m ---------- 转发邮件信息 ----------
!m 发件人：协会秘书处 <mishuchu@zcchaqi.org.cn>
!m 发送日期：2024-10-16 08:57
!m 收件人：各理事单位
!m 主　题：转发 ⇢ 关于借用闻香杯等茶具开展茶文化进校园活动的函
!m 各理事单位：附件是寺前镇中心小学来函，有条件的单位请直接联系学校。——秘书处
!m ---------- 原始邮件 ----------
!m From: 寺前镇中心小学 <sqzx_xx@163.com>
{T}
{BODY}
!m 发自我的移动办公邮箱
""",
        body="""
肇川市茶器行业协会：
为弘扬传统茶文化，我校计划于11月在四、五年级开展“茶文化进校园”系列活动，组织学生学习功夫茶的基本礼仪和品饮方法。由于学校缺少成套茶具，特致函贵会，恳请协调会员单位借用闻香杯、品茗杯等茶具。
一、借用数量：闻香杯、品茗杯各80只，公道杯、茶盘各10件。
二、借用时间：11月4日至11月29日，活动结束后一周内归还，如有损坏照价赔偿。
三、学校将安排专人负责茶具的保管和清洗。
联系人：卧晓燕　电话：0739-8893017
寺前镇中心小学
2024年10月14日
""",
    ),
]
