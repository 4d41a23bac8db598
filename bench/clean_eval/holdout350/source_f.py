"""holdout350, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (each once as HTML, once as text).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-shower-stool-jammer",
        site="上岸湾公考论坛 (invented, exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganwan.com/thread-602117-1-1.html",
        title="一张防滑凳里的民生温度",
        record_title="【申论习作·第12篇】一张防滑凳里的民生温度（欢迎各位点评指正）- 申论板块 - 上岸湾",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see prompt, a rating row and a QQ-group ad; a 申论 essay with no "
        "date (only 4 天前)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【申论习作·第12篇】一张防滑凳里的民生温度（欢迎各位点评指正）- 申论板块 - 上岸湾</title>
<style>font.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div class="sa-top">⟦m 上岸湾公考论坛⟧　⟦m 一起备考，一起上岸⟧　<a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div class="sa-nav">⟦m 行测板块　申论板块　面试板块　上岸经验　资料分享⟧</div>
<div class="sa-pos">⟦m 上岸湾 › 申论板块 › 习作互评⟧</div>
<table class="sa-post"><tr>
<td class="sa-user"><p>⟦m 今年必上岸呀⟧</p><p>⟦m 备考中　帖子 88　湾币 1210⟧</p></td>
<td class="sa-main">
<h1>{T}</h1>
<div class="sa-time">⟦m 发表于 4 天前　楼主⟧</div>
<div class="sa-msg">
{BODY}
</div>
<div class="sa-hide">⟦a 本帖附有“民生类申论高分句式30条”，回复本帖后可见⟧</div>
<div class="sa-rate">⟦l 评分：湾币 +5　理由：结构清楚，论据可以再丰富⟧</div>
</td></tr></table>
<div class="sa-reply">⟦l 2楼　笔试138分上岸：开头可以再点一下题，把“小事”和“民生”勾连起来⟧</div>
<div class="sa-ad">⟦w 申论一对一批改，加QQ群 735 208 114 领取范文⟧</div>
<div class="sa-foot">⟦m 上岸湾公考论坛 琼ICP备20007736号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在舠湾社区，党员志愿者把一张张防滑凳送进独居老人的浴室。一张凳子不过百十元，却让老人洗澡时少了几分担心。这件小事告诉我们，民生工作要从群众身边的“小事”做起。
民生无小事，关键在用心。老人跌倒多发生在浴室，这是常识，却常常被忽视。只有真正走进群众家中，才能发现这些藏在细节里的需求。
做好民生小事，还要建立长效机制。送凳只是开始，回访使用情况、推进适老化改造，才能让好事办好、实事办实。
“一枝一叶总关情”。把群众的小事当作自己的大事，民生温度才能真正传递到每一个人身上。
""",
    ),
    dict(
        slug="examforum-shenlun-interview-beach-chair-junk",
        site="申论驿站论坛 (invented, exam forum, text page)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.shenlunyz.com/thread-88710-1-1.html",
        title="海滩沙滩椅“占座”引发游客不满，你怎么看？",
        record_title="〔结构化·社会现象〕海滩沙滩椅“占座”引发游客不满，你怎么看？（内附作答要点）- 面试真题 - 申论驿站",
        date=None,
        notes="an interview answer on an exam forum with junk lines and junk glued after 。; only 6 天前; no date",
        page="""
!m 申论驿站论坛 — 申论面试交流
!m 驿站首页 › 面试真题 › 结构化练习
!t 〔结构化·社会现象〕海滩沙滩椅“占座”引发游客不满，你怎么看？（内附作答要点）
!m 楼主 驿站小考生　6 天前　|　查看 1577　|　回复 26
{BODY}
!l 沙发　面霸阿青：第三点可以加一条“引导游客理性维权”
!l 板凳　考公第三年：思路挺顺，就是语言再口语化一点
!a 回复楼主　｜　只看楼主　｜　收藏本帖
!w 面试模考班火热报名中，咨询请加微信 yizhan-mk
""",
        junk=dict(lines=2, glued=2),
        body="""
这道题我这样答，请各位指正。
首先，暑期海滩游客多，部分摊点把沙滩椅摆满海滩，游客不租椅子就没有地方坐。这种“占座”行为损害了游客的合法权益，也影响地方旅游形象。
其次，问题的根源在于管理缺位。摆放区域不清、价格不公开、投诉渠道不畅，给了个别经营者可乘之机。
最后，解决办法有三：一是划定摆放区域，留出免费休息区；二是公示收费标准，接受游客监督；三是开通投诉热线，对强行租赁的依法查处。
总之，管好一把沙滩椅，就是守护一座城市的好客形象。
""",
    ),
    dict(
        slug="wiki-zhiao-entry-diving-mask-infobox-refs",
        site="知澚百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiao.cn/item/潜水镜/20318",
        title="潜水镜",
        record_title="潜水镜（水下视物装备）- 知澚百科",
        date=None,
        notes="an encyclopaedia entry: tabs, an infobox, a contents box, reference markers glued after a 。; the entry "
        "name opens the body (its <h1> matched as head); no date (an edit stamp only)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>潜水镜（水下视物装备）- 知澚百科</title>
</head>
<body>
<div class="bk-top">⟦m 知澚百科⟧　⟦m 澚海之大，知无不言⟧　<form><input placeholder="搜索词条"><button>⟦a 进入词条⟧</button></form></div>
<div class="bk-tabs">⟦a 浏览　改写本条　词条讨论　修订记录⟧</div>
<div class="bk-entry">
<h1>{T}</h1>
<p class="bk-sub">⟦m 水下视物装备　|　本词条由知澚百科运动户外小组审阅⟧</p>
<table class="bk-info">
<tr><td>⟦m 中文名：潜水镜⟧</td><td>⟦m 别　名：潜水面镜⟧</td></tr>
<tr><td>⟦m 外文名：diving mask⟧</td><td>⟦m 类　别：潜水装备⟧</td></tr>
</table>
<div class="bk-toc"><h3>⟦l 本条目录⟧</h3><p>⟦l 1 构造　2 与游泳镜的区别　3 镜片　4 选购⟧</p></div>
<div class="bk-con">
{BODY}
</div>
<div class="bk-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 潀埼市潜水运动协会.浮潜面镜租赁服务规范.2025⟧</p><p>⟦l [2] 《水下运动装备手册》编写组.水下运动装备手册⟧</p></div>
<div class="bk-stat">⟦m 本条浏览 20,417 次　改写 11 次　最后改写：2 个月前⟧</div>
</div>
<div class="bk-foot">⟦d 知澚百科内容由网友共同编辑，如有错漏请点击“改写本条”修正⟧</div>
</body>
</html>
""",
        body="""
潜水镜，又称潜水面镜，是潜水和浮潜时佩戴的面部装备，由镜片、裙边、镜框和头带组成，能在眼睛前方形成一个空气腔，使人在水下看清景物。⟦l [1]⟧
与游泳镜不同，潜水镜的裙边同时罩住眼睛和鼻子，潜水者可以通过鼻子向面镜内呼气，平衡下潜时面镜内外的压力。
镜片一般采用钢化玻璃，分为单镜片和双镜片两种，近视者可以选配带度数的光学镜片。⟦l [2]⟧
选购潜水镜时，可将面镜轻贴在脸上，不戴头带，用鼻子轻轻吸气，面镜能吸附在脸上不掉落，说明贴合良好。
""",
    ),
    dict(
        slug="wiki-tingwen-entry-kickboard-text",
        site="汀问百科 (invented, encyclopaedia, text page)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="http://www.tingwenbaike.com/view/88213.htm",
        title="浮板",
        record_title="浮板_游泳器材词条_汀问百科",
        date=None,
        notes="an entry as text: the entry name repeated above and opening the body (head match), an edit row, a "
        "contents line and a contributor line; no date",
        page="""
!m 汀问百科 — 每个词条都有一片水
!t 浮板_游泳器材词条_汀问百科
{T}
!a 编辑本条　｜　为本条纠错　｜　收藏本条
!l 目录：1 简介　2 用途　3 注意事项
{BODY}
!l 所属分类：游泳器材　训练用品
!m 本条由 池畔蓝 等9位用户参与编写
""",
        body="""
浮板，又称打水板，是游泳教学和训练中常用的辅助器材，多用EVA泡沫或聚乙烯材料制成，密度低、浮力大。
浮板一般呈长方形或U形，长约40至50厘米。初学者双手扶住浮板，可以把注意力集中在腿部动作上，专门练习打腿；进阶训练中，浮板也可夹在两腿之间，用于单独练习划手。
浮板不属于救生器材，不能代替救生衣或救生圈使用。
使用后应用清水冲洗，放在阴凉通风处晾干，避免长时间暴晒导致材料老化、开裂。
""",
    ),
    dict(
        slug="netdisk-zhoupan-mask-cleaning-instruction-decimal",
        site="舟盘 (invented, cloud-drive share preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.zhoupan.cn/s/1aQ7mKd2",
        title="潜水镜清洗消毒作业指导书",
        record_title="潜水镜清洗消毒作业指导书（租赁点通用）- 舟盘分享",
        date=None,
        notes="cloud-drive preview with save/download buttons and VIP speed prompts; decimal headings 1–4 and 3.1–3.4; "
        "printing the record sheet is content; no date (a share stamp and an expiry only)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>潜水镜清洗消毒作业指导书（租赁点通用）- 舟盘分享</title>
</head>
<body>
<div class="zp-top">⟦m 舟盘⟧　⟦m 文件随舟行⟧　<a>⟦a 登录舟盘⟧</a></div>
<div class="zp-file">
<div class="zp-sharer">⟦m 潜店阿坤 分享了文件　分享于 3 天前　有效期：永久⟧</div>
<h2>{T}</h2>
<div class="zp-name">⟦m 潜水镜清洗消毒作业指导书.docx（18.6KB）⟧</div>
<div class="zp-btns">⟦a 保存到我的舟盘⟧ ⟦a 普通下载⟧ ⟦a 舟盘会员极速下载⟧</div>
<div class="zp-preview">
{BODY}
</div>
<div class="zp-vip">⟦a 当前为非会员限速通道，开通舟盘会员下载提速20倍⟧</div>
</div>
<div class="zp-foot">⟦d 舟盘严禁分享违法违规内容，发现请举报⟧　⟦m 琼ICP备24001193号⟧</div>
</body>
</html>
""",
        body="""
1 目的
规范租赁潜水镜的清洗消毒流程，防止交叉感染。
2 适用范围
本指导书适用于本店所有出租的潜水镜和呼吸管。
3 操作步骤
3.1 回收后立即用淡水冲洗镜片、裙边和头带，去除海水和泥沙。
3.2 将潜水镜浸入有效氯浓度500mg/L的消毒液中，浸泡20分钟。
3.3 取出后用清水冲洗干净，镜片朝上放在通风处阴干，不得暴晒。
3.4 检查裙边是否老化开裂、镜片有无划痕，不合格的挂“停用”牌送修。
4 记录
每次消毒须填写《潜水镜消毒记录表》，记录表每月打印存档。
""",
    ),
    dict(
        slug="netdisk-jingyun-plan-bathroom-stools-wps-lone-markers",
        site="鲸云盘 (invented, cloud-drive share, text page)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.jingyunpan.com/share/init?surl=Jm4kT9",
        title="峝浵镇敬老院浴室防滑改造实施方案",
        record_title="峝浵镇敬老院浴室防滑改造实施方案.wps",
        date="2025-05-30",
        notes="file-name record title; page markers '⛍ n ⛍' on lines of their own cutting sentences; 成文日期 under "
        "the signature; a share stamp that is no date",
        page="""
!m 鲸云盘 | 分享文件预览
!t 峝浵镇敬老院浴室防滑改造实施方案.wps
!m 分享者：峝浵敬老院小吴　｜　分享时间：昨天 16:20　｜　大小：64KB
!a 保存到鲸云盘　　下载　　举报
{BODY}
!a 预览只显示前3页，安装鲸云盘客户端查看完整文件
!d 鲸云盘提醒：请勿下载来路不明的可执行文件
""",
        pages=dict(fmt="⛍ {n} ⛍", every=70, start=2),
        body="""
为减少老人洗浴跌倒事故，根据县民政局养老机构安全提升工作部署，结合我院实际，制定本方案。
一、改造范围：院内公共浴室2间、老人房间内独立卫生间26间。
二、改造内容：一是每个淋浴位配备带靠背扶手的防滑凳；二是地面铺设防滑地砖或防滑涂层；三是淋浴区墙面安装L形扶手和紧急呼叫按钮。
三、实施步骤：6月完成采购，7月分批施工，施工期间老人集中到一楼浴室洗浴，8月上旬组织验收。
四、经费保障：改造经费约8.6万元，从县级养老服务补助资金中列支。
峝浵镇敬老院
2025年5月30日
""",
    ),
    dict(
        slug="snapshot-xunlan-letter-elderly-shower-stools-highlight",
        site="寻澜搜索 (invented, search-engine cache frame)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="html",
        source="http://cache.xunlan.cn/c?u=http%3A%2F%2Fmzj.liaoao.gov.cn%2Ftzgg%2F2025%2F0611%2F402.html",
        title="浬澚县民政局关于商请配合开展老年人浴室防滑用品配发工作的函",
        record_title="浬澚县民政局关于商请配合开展老年人浴室防滑用品配发工作的函_浬澚县民政局（寻澜快照）",
        date="2025-06-09",
        date_also=["2025-06-11"],
        notes="a search-cache frame with a capture banner and highlighted terms around a bureau's page; the letter's "
        "contact in the body; 成文日期 under the signature, the cached page's posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>浬澚县民政局关于商请配合开展老年人浴室防滑用品配发工作的函_浬澚县民政局（寻澜快照）</title>
</head>
<body>
<div class="xl-cache" style="background:#fffbe6;border-bottom:1px solid #e6d8a0">
<p>⟦m 寻澜快照：这是 mzj.liaoao.gov.cn/tzgg/2025/0611/402.html 在 2025-08-03 14:22 被收录时的样子⟧</p>
<p>⟦m 页面可能已更新，⟧<a>⟦a 查看当前页面⟧</a></p>
<p>⟦m 已为您标亮这些搜索词：<b style="background:#ff6">防滑凳</b> <b style="background:#9cf">老年人</b>⟧</p>
</div>
<div class="orig">
<div class="mz-head">⟦m 浬澚县民政局⟧　⟦m 民政为民　民政爱民⟧</div>
<div class="mz-pos">⟦m 首页 &gt; 民政公告⟧</div>
<h2>{T}</h2>
<p class="mz-info">⟦m 发布时间：2025-06-11　来源：养老服务股⟧</p>
<div class="mz-con">
{BODY}
</div>
<div class="mz-foot">⟦m 浬澚县民政局　地址：浬澚县民生路19号　邮编：572499⟧</div>
</div>
</body>
</html>
""",
        body="""
县卫生健康局：
根据今年县政府民生实事安排，我局将为全县300户经济困难高龄老人配发防滑凳、防滑垫等浴室防滑用品。为确保配发对象精准，现商请贵局协助以下事项：
一、请各镇卫生院结合家庭医生签约服务，对签约的高龄老人开展跌倒风险评估，将高风险老人名单于6月20日前反馈我局。
二、配发期间，请家庭医生随同入户，指导老人正确使用防滑凳。
联系人：骆晴，电话：0898-62720936。
浬澚县民政局
2025年6月9日
""",
    ),
    dict(
        slug="snapshot-shibei-text-letter-mask-testing-oneline-cn-date",
        site="拾贝快照 (invented, text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.shibei.cn/text?u=www.cqdiving.org.cn/tzgg/0512.html",
        title="关于商请协助开展潜水镜镜片抗冲击检测的函",
        record_title="关于商请协助开展潜水镜镜片抗冲击检测的函（拾贝快照·纯文本）",
        date="2025-05-12",
        notes="a text-only cache: the whole letter on one line; the association's contact in the body; 成文日期 in "
        "Chinese numerals; a capture stamp that is no date",
        page="""
!m 拾贝快照·纯文本版　原网址：www.cqdiving.org.cn/tzgg/0512.html
!m 收录时间：2025-07-30 09:41　（页面可能已经变化）
{T}
{BODY}
!m 潀埼市潜水运动协会　版权所有
!a 返回拾贝搜索结果
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
潀埼市产品质量检验所：
我协会近期收到多名会员反映，市场上部分低价潜水镜的镜片标称为钢化玻璃，实际为普通玻璃，存在碎裂伤眼的风险。为掌握真实情况，我协会拟从市场购买20个型号的潜水镜样品，商请贵所协助开展镜片抗冲击检测，检测费用由我协会承担。
如蒙同意，请指定联系人与我协会对接。
联系人：龚海宁，电话：0898-35166321。
潀埼市潜水运动协会
二〇二五年五月十二日
""",
    ),
    dict(
        slug="print-congqi-bulletin-beach-chair-stalls-footer",
        site="潀埼市海滨管理处 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://hbglc.congqi.gov.cn/print.jsp?id=20250721",
        title="关于暑期沙滩椅摊点安全检查情况的通报",
        record_title="〘待打印〙关于暑期沙滩椅摊点安全检查情况的通报 - 潀埼市海滨管理处",
        date="2025-07-21",
        notes="a print view calling window.print(): a print toolbar, the source URL and a print footer '⛙ 页码：1／合计：1 ⛙'; "
        "成文日期 under the signature; a print stamp that is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〘待打印〙关于暑期沙滩椅摊点安全检查情况的通报 - 潀埼市海滨管理处</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 〘立即打印〙〘关闭此窗口〙⟧</div>
<div class="pr-head">⟦m 潀埼市海滨管理处　政务信息⟧</div>
<h2>{T}</h2>
<div class="pr-con">
{BODY}
</div>
<div class="pr-url">⟦m 原文地址：http://hbglc.congqi.gov.cn/xxgk/tzgb/20250721.html⟧</div>
<div class="pr-time">⟦m 打印于 2025-08-02 10:16⟧</div>
<div class="pr-page">⟦p ⛙ 页码：1／合计：1 ⛙⟧</div>
</body>
</html>
""",
        body="""
各海水浴场管理所：
7月14日至18日，市海滨管理处对全市5处海水浴场的沙滩椅摊点开展了安全检查，共检查摊点64个、沙滩椅3870把。
检查发现，大部分摊点能够按规定摆放、明码标价，但仍有9个摊点存在问题：埗头滩3个摊点沙滩椅铰链锈蚀未及时更换，蚵壳湾浴场4个摊点占用救生通道，2个摊点未公示价格。
对上述问题，各管理所要督促摊点在7月25日前整改到位，整改情况报市海滨管理处。
潀埼市海滨管理处
2025年7月21日
""",
    ),
    dict(
        slug="print-shuangling-pool-kickboard-rules-record-footer",
        site="礵岺县游泳馆 (invented, print page as text)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.slyyg.cn/print/zhidu-03.html",
        title="礵岺县游泳馆训练器材借用和消毒制度",
        date="2025-06-03",
        notes="record title as is; a print page as text with a print header, the source URL and a print footer "
        "'⛡ 第壹页·共壹页 ⛡'; 成文日期 under the signature",
        page="""
!a 打印本页　|　返回原页面
!m 礵岺县游泳馆 · 管理制度（打印版）
{T}
{BODY}
!m 来源网址：http://www.slyyg.cn/zhidu/03.html
!p ⛡ 第壹页·共壹页 ⛡
""",
        body="""
一、馆内浮板、夹腿板、划水掌等训练器材，供购票入场的游泳者免费借用。
二、借用器材须在服务台登记，离馆前交还；损坏器材的，按价赔偿。
三、器材每日闭馆后集中消毒：先用清水冲洗，再放入消毒池浸泡30分钟，捞出后晾干上架。
四、浮板出现裂口、掉块或明显吸水变重的，由器材管理员登记后报废。
五、本制度由游泳馆负责解释。
礵岺县游泳馆
2025年6月3日
""",
    ),
    dict(
        slug="mail-aoyou-forward-hotel-beach-chair-order-attachment-bar",
        site="澚邮 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.aoyou.cn/read?mid=ZC2025052310331",
        title="关于订购酒店海滩区沙滩椅的函",
        record_title="转发（内部）：关于订购酒店海滩区沙滩椅的函.docx",
        date="2025-05-22",
        date_also=["2025-05-23"],
        notes="webmail reading view with a forwarded header, a mail 抄送 header and an attachment bar beside the "
        "letter's own 附件 list and 抄送 line; the letter's contact and mailbox; 成文日期 under the signature, the send "
        "date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>澚邮 - 读信</title>
</head>
<body>
<div class="ml-top">⟦m 澚邮⟧　⟦m purchase@liaoaohotel.cn⟧　<a>⟦a 收信⟧</a> <a>⟦a 写信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="ml-bar">⟦a 返回　回复　回复全部　转发　删除　标记为⟧</div>
<div class="ml-head">
<h3>⟦m 主题：转发（内部）：关于订购酒店海滩区沙滩椅的函⟧</h3>
<p>⟦m 发件人：冼嘉怡 &lt;purchase@liaoaohotel.cn&gt;⟧</p>
<p>⟦m 收件人：sales@oufan-leisure.com⟧</p>
<p>⟦m 抄　送：finance@liaoaohotel.cn⟧</p>
<p>⟦m 时　间：2025年5月23日（星期五）上午10:33⟧</p>
</div>
<div class="ml-att">⟦a 附件（2 个）：沙滩椅订购清单.xlsx　交货及验收要求.docx　打包下载⟧</div>
<div class="ml-body">
<p>⟦m ---------- 转发邮件信息 ----------⟧</p>
<p>⟦m 原发件人：采购部公共邮箱　原发送时间：2025年5月22日 17:05⟧</p>
{BODY}
</div>
<div class="ml-foot">⟦d 澚邮提示：陌生附件请先查毒后打开⟧　⟦m 澚邮企业版 v6.2⟧</div>
</body>
</html>
""",
        body="""
潀埼鸥帆休闲用品有限公司：
我酒店海滩区将于6月中旬对外开放，拟向贵公司订购可折叠沙滩椅80把、配套小边桌40张，具体规格和数量见附件。
请贵公司于5月30日前报价，并提供样品照片和质检报告。交货地点为浬澚县氹墺镇海滨路18号浬澚海滨宾馆。
联系人：冼嘉怡，电话：0898-62788105，邮箱：purchase@liaoaohotel.cn。
附件：1.沙滩椅订购清单
2.交货及验收要求
浬澚海滨宾馆采购部
2025年5月22日
抄送：宾馆财务部。
""",
    ),
    dict(
        slug="mail-text-forward-swim-ring-test-results-table",
        site="礵岺县水上用品检测站 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:qa@aole-toys.com?fwd=20250512",
        title="关于送检儿童游泳圈检测结果的函",
        record_title="【外部】转发: 关于送检儿童游泳圈检测结果的函",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="a forwarded mail as text: forward headers with a send date (also accepted), a results table one row a "
        "paragraph, the station's contact and mailbox; 成文日期 under the signature; a mail signature and a "
        "confidentiality notice",
        page="""
!m 【外部】转发: 关于送检儿童游泳圈检测结果的函
!m 发件人: 澚乐玩具质量部 <qa@aole-toys.com>
!m 发送时间: 2025年5月12日 星期一 9:18
!m 收件人: 各分厂厂长; 销售部
!m 各位：检测站回函转发如下，请阅。
!m -------- 原始邮件 --------
!m 发件人: 礵岺县水上用品检测站 <jcz@slsjc.cn>
{BODY}
!m 澚乐玩具有限公司 质量部 | 分机 3302
!d 本邮件及附件含有保密信息，仅限收件人使用，误收请删除
""",
        body="""
澚乐玩具有限公司：
贵公司4月28日送检的儿童腋下游泳圈样品（型号AL-Y12，共6只）已检测完毕，结果如下：
检测项目　标准要求　检测结果　单项判定
气室数量　不少于2个　2个　合格
警示标识　应有　有　合格
气嘴密封性　30分钟不漏气　18分钟漏气　不合格
综合判定：所检样品气嘴密封性不符合要求。详细数据见检测报告（编号SL-JC-2025-0517）。
联系人：曾工，电话：0898-62917730，邮箱：jcz@slsjc.cn。
礵岺县水上用品检测站
2025年5月9日
""",
    ),
]
