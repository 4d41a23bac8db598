"""holdout155, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-cailiaoxinghe-research-policy-office-table",
        site="材料星河网 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.cailiaoxinghe.com/diaoyan/gongye/2024/91736.html",
        title="关于我县“小升规”工业企业培育情况的调研报告",
        record_title="关于我县“小升规”工业企业培育情况的调研报告（精选范文）-材料星河网",
        date="2024-09-12",
        notes="policy research office's survey; decorated record title; a data table; a writing prompt between paragraphs; 成文日期 at the end",
        page="""
!m 材料星河网｜笔头有星河，落墨成材料
!m 所在栏目：首页 / 调研报告 / 工业经济调研
!t 关于我县“小升规”工业企业培育情况的调研报告（精选范文）
!m 收录时间：3天前　　浏览 2781 次　　本篇字数：约1200字
!a ☆ 收藏本篇　　✎ 纠错　　⇩ 存为Word
{BODY}
!a 温馨提醒：会员可免费下载无水印完整版，非会员每日限复制3段。
!l 同类调研看这里 ▸ 关于县域民营经济发展的调研报告 ▸ 规上企业“倍增计划”调研报告3篇
!d 本站范文均来源于会员投稿，著作权归原作者，转载引用请注明出处。
!m 材料星河网 cailiaoxinghe.com　浙ICP备20193357号-4　技术支持：星河网络
""",
        body="""
为摸清全县“小升规”工业企业培育底数，县委政策研究室会同县经信局组成调研组，于8月中下旬走访了6个乡镇（街道）、2个工业园区的31家企业，召开座谈会4场。现将调研情况报告如下。
一、基本情况
截至7月底，全县纳入“小升规”培育库的企业共86家，其中今年新升规企业19家，完成年度目标任务的63%。主要指标如下：
类别　培育库企业数　已升规　占比
机械制造　27　7　25.9%
食品加工　21　5　23.8%
新型建材　16　4　25.0%
其他　22　3　13.6%
⟦w 材料不会写？资深笔杆子一对一代笔，加微信 xinghe_bigan 备注“调研”⟧
二、存在的主要问题
一是企业“不愿升”。部分企业担心升规后税费、社保、统计报表负担加重，存在“长不大”心态。二是企业“不能升”。受订单不足和融资难影响，部分企业产值在2000万元门槛附近徘徊。三是服务“不够准”。部门政策宣讲多、上门指导少，惠企政策兑现周期偏长。
三、对策建议
（一）建立“一企一策”培育台账，由县领导联系重点企业，按季度跟踪产值变化。
（二）落实升规奖励资金，首次升规企业给予一次性奖励10万元，并在用地、用电、融资等方面优先保障。
（三）组建由统计、税务、人社部门组成的服务专班，帮助企业规范财务核算和统计报送，消除升规后顾之忧。
中共溆滨县委政策研究室
2024年9月12日
""",
    ),
    dict(
        slug="fanwen-yiwenge-debrief-cement-pipe-old-table",
        site="忆文阁范文 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.yiwenge.net/shuzhi/qiye/1203/55817.asp",
        title="水泥制管厂安全生产管理员2023年度述职报告",
        record_title=None,
        date=None,
        notes="old gb2312 table layout with marquee and visitor counter; no record title; no date (only a 下载次数 and upload stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>水泥制管厂安全生产管理员2023年度述职报告--忆文阁范文</title>
<script language="javascript" src="/js/count.asp?id=55817"></script>
</head><body bgcolor="#F6F1E7">
<table width="960" align="center" border="0"><tr><td>
<table width="100%"><tr><td class="logo">⟦m 忆文阁范文 — 好文章，慢慢读⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧ | ⟦a 会员登录⟧</td></tr></table>
<marquee scrollamount="3">⟦m 欢迎光临忆文阁！本站已收录范文68万篇，每日更新⟧</marquee>
<table width="100%"><tr><td class="nav">⟦m 网站首页⟧ | ⟦m 述职报告⟧ | ⟦m 工作总结⟧ | ⟦m 心得体会⟧ | ⟦m 演讲稿⟧</td></tr></table>
<table width="100%"><tr><td width="72%" valign="top">
<div class="path">⟦m 您的位置：忆文阁范文 >> 述职报告 >> 企业述职⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 上传：匿名网友　更新：2024-3-2 9:41:07　下载次数：<font color="red">133</font>⟧</div>
<div class="font">⟦a 【字体：大 中 小】【双击滚屏】⟧</div>
<div id="art">
{BODY}
</div>
<div>⟦l ★上一篇：砂石料场安全员年终述职⟧</div><div>⟦l ★下一篇：混凝土搅拌站班组长述职报告⟧</div>
</td><td width="28%" valign="top">
<table border="1"><tr><td>⟦l 阅读排行⟧</td></tr>
<tr><td>⟦l ·企业安全员述职报告范文⟧</td></tr>
<tr><td>⟦l ·车间主任述职述廉报告⟧</td></tr>
<tr><td>⟦w 代写述职：QQ 2871553046⟧</td></tr></table>
</td></tr></table>
<table width="100%"><tr><td align="center">⟦m 本站访问人次：<b>4587210</b>⟧<br>⟦d 内容均由网友上传，如有侵权请来函，我们核实后立即删除⟧<br>⟦m Copyright 2007-2024 www.yiwenge.net 湘ICP备08012771号⟧</td></tr></table>
</td></tr></table>
</body></html>
""",
        p_html="<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>",
        body="""
2023年，我在厂部和安全生产委员会的领导下，担任全厂安全生产管理员，主要负责安全检查、隐患整改、教育培训和特种设备管理等工作。现将一年来的履职情况述职如下。
一、抓制度，夯实安全管理基础
结合离心制管、悬辊制管两条生产线的特点，修订了《行车吊运安全操作规程》《蒸汽养护窑作业规程》等制度11项，编制岗位安全操作卡36张，张贴到每台设备旁。
二、抓检查，推动隐患闭环整改
全年开展日常巡查240余次、专项检查12次，发现并整改隐患87处，整改率100%。重点整治了钢筋笼焊接区通风不良、养护窑门锁失灵、成品管堆放超高等问题。
三、抓培训，提升员工安全意识
组织三级安全教育新员工28人，开展行车工、电焊工等特种作业人员复训4期，举办消防演练和有限空间救援演练各1次，全年未发生轻伤以上事故。
四、不足与打算
我在安全管理信息化方面还比较薄弱，隐患台账仍以纸质为主。新的一年，我将推动隐患排查电子化，进一步落实全员安全生产责任制，确保全厂安全形势持续稳定。
""",
    ),
    dict(
        slug="wenku-fengyu-plan-carbon-fibre-pp-markers",
        site="峰语文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.fengyu-doc.com/p/c7e1f0a82d.html",
        title="碳纤维复合材料车间粉尘防爆专项整治方案",
        record_title="碳纤维复合材料车间粉尘防爆专项整治方案.docx",
        date="2024-04-18",
        notes="file-name title; a converter's '— pp.N —' markers cut sentences, glued or not; the plan's own contact; 成文日期",
        page="""
!m 峰语文库
!a 文档格式：DOCX　　共4页　　售价：6.80　　⤓ 下载文档　　★ 收藏
!t 碳纤维复合材料车间粉尘防爆专项整治方案.docx
!m 上传者：yz_安环部小刘　　上传于：2024-05-07　　浏览量：392
{BODY}
!a —— 试读到此结束，剩余内容请付费后继续阅读 ——
!a 立即购买（¥6.80）　　开通峰语VIP全站免费
!d 峰语文库仅提供信息存储空间，文档内容由用户上传，如发现侵权请通过“投诉举报”通道处理。
!l 相关文档：粉尘涉爆企业专项检查表｜铝镁粉尘防爆安全规程解读｜打磨车间除尘系统改造方案
""",
        indent="\u3000\u3000",
        pages=dict(fmt="— pp.{n} —", every=190, start=2, glue="mix", sep=" "),
        body="""
为深入排查治理碳纤维复合材料车间粉尘爆炸风险，防范较大以上事故发生，根据《工贸企业粉尘防爆安全规定》，结合公司实际，制定本方案。
一、整治范围
本方案适用于预浸料裁切、制品打磨、修边和机加工四个工段，以及配套的集中除尘系统和粉尘收集间。
二、整治内容
（一）除尘系统。逐台检查除尘器泄爆、隔爆装置和锁气卸灰装置，风管内不得有积尘，除尘器不得设在室内。
（二）清扫制度。打磨工段每班清扫不少于一次，使用防爆吸尘器，严禁用压缩空气吹扫积尘。
（三）点火源管控。作业区电气设备达到防爆等级要求，严禁明火作业；确需动火的，按动火作业审批程序办理。
三、时间安排
4月20日至5月10日为自查自改阶段，5月11日至5月31日为集中整治阶段，6月上旬由安环部组织验收。
四、工作要求
各工段负责人是本工段整治第一责任人，整治情况每周五前报安环部。联系人：刘建峰，电话：0576-85321047。
楸岭恒拓碳纤维科技有限公司
2024年4月18日
""",
    ),
    dict(
        slug="wenku-qinglan-speech-hilsa-release-html-markers",
        site="青岚文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qinglanwenku.cn/view/8d20337a.html",
        title="在鲥鱼增殖放流活动启动仪式上的致辞",
        record_title="在鲥鱼增殖放流活动启动仪式上的致辞 - 青岚文库",
        date="2024-06-06",
        notes="a preview reader with page markers as paragraphs; date under the speech title; speaker line neutral",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>在鲥鱼增殖放流活动启动仪式上的致辞 - 青岚文库</title>
<link rel="stylesheet" href="/static/reader.css"><script src="/static/reader.min.js"></script>
</head><body>
<header class="bar"><span class="brand">⟦m 青岚文库 · 专业文档分享平台⟧</span><nav>⟦m 精品文档⟧ ⟦m 行业资料⟧ ⟦m 党政范文⟧</nav><a class="btn">⟦a 登录/注册⟧</a></header>
<div class="docinfo"><h1>{T}</h1><p>⟦m 页数：3　大小：22KB　贡献者：海边的阿鹭　2024-06-21⟧</p></div>
<div class="reader">
<p class="center">（2024年6月6日）</p>
<p class="center">杞水县农业农村局副局长　周晓帆</p>
{BODY}
</div>
<div class="paywall"><p>⟦a 预览已结束，剩余1页需下载后阅读⟧</p><p>⟦a 下载券下载（2券）　｜　加入书架⟧</p></div>
<aside><h4>⟦l 猜你想找⟧</h4><ul><li>⟦l 长江禁渔宣传致辞⟧</li><li>⟦l 全国放鱼日活动主持词⟧</li><li>⟦l 水生生物保护倡议书⟧</li></ul></aside>
<footer>⟦d 本文档为用户分享，平台不对其真实性负责⟧ ⟦m 青岚文库 版权所有 鄂ICP备2022004316号⟧</footer>
</body></html>
""",
        p_html='<p class="pg">{}</p>',
        pages=dict(fmt="⊱{n}⊰", every=230, start=2),
        body="""
各位领导、同志们、朋友们：
大家上午好！今天，我们在杞水口江段举行鲥鱼增殖放流活动启动仪式，这是我县落实长江流域重点水域禁捕退捕、修复珍稀水生生物资源的一项具体行动。在此，我代表县农业农村局，向长期关心支持渔业资源保护的各界朋友表示衷心感谢！
鲥鱼曾是长江中下游的名贵鱼类，由于过度捕捞和生境破坏，野生种群已多年难觅踪迹。近年来，县水产技术推广站联合科研院所开展人工繁育攻关，今年首批培育的6万尾鲥鱼苗种经检疫合格，今天将全部放归江中。
希望沿江乡镇和广大群众共同守护这些“江中珍宝”，发现误捕鲥鱼要及时放生，发现非法捕捞要及时举报。渔政执法部门要加强巡查，确保放流鱼苗安全成长。
最后，祝今天的活动圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="gov-zhangqu-notice-fish-fry-quality-html",
        site="槠阳县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhuyang.gov.cn/xxgk/tzgg/202403/t20240311_771204.html",
        title="关于开展2024年水产苗种质量安全专项检查的通知",
        record_title="关于开展2024年水产苗种质量安全专项检查的通知_槠阳县人民政府",
        date="2024-03-11",
        date_also=["2024-03-08"],
        notes="county portal with index table; byline date vs 成文日期; the notice's own contact next to the portal's hotline; 附件 list; document number neutral",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>关于开展2024年水产苗种质量安全专项检查的通知_槠阳县人民政府</title>
<meta name="ArticleTitle" content="关于开展2024年水产苗种质量安全专项检查的通知">
<script src="/common/js/jquery.min.js"></script><script>var siteId="zy001";</script>
</head><body>
<div class="head"><div class="logo">⟦m 槠阳县人民政府⟧</div><div class="tools">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦m 繁體⟧</div></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进槠阳⟧</li></ul>
<div class="loc">⟦m 当前所在：首页 › 政务公开 › 通知公告⟧</div>
<table class="meta">
<tr><td>⟦m 索引号：11431127MB1C20481X/2024-00318⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
<tr><td>⟦m 发文机关：槠阳县农业农村局⟧</td><td>⟦m 发布日期：2024-03-11⟧</td></tr>
</table>
<h1>{T}</h1>
<p class="wh">槠农发〔2024〕9号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="act">⟦a 【打印此页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享至：微博 微信⟧</div>
<div class="rel"><h3>⟦l 相关链接⟧</h3><p>⟦l 县农业农村局2024年渔业工作要点⟧</p><p>⟦l 春季水产养殖病害防控技术指导意见⟧</p></div>
<div class="foot"><p>⟦m 主办：槠阳县人民政府办公室　政府网站标识码：4311270012⟧</p><p>⟦m 政务服务热线：12345　湘公网安备43112702000118号⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县水产技术推广站，各水产苗种生产单位：
为规范水产苗种生产经营秩序，从源头保障水产品质量安全，县农业农村局决定于3月中旬至5月底在全县开展水产苗种质量安全专项检查。现将有关事项通知如下。
一、检查对象
全县持证水产苗种场12家、未持证苗种繁育点以及苗种经营门店。
二、检查内容
（一）是否依法取得《水产苗种生产许可证》，生产品种、规模是否与许可内容一致；
（二）亲本来源、繁育记录、用药记录、销售记录是否齐全；
（三）是否使用禁用药物，苗种产地检疫是否按规定申报。
三、工作步骤
3月25日前为企业自查阶段；3月26日至4月30日为集中检查阶段，县局抽调执法、技术人员组成两个检查组分片检查，并对鳜鱼、黄颡鱼等苗种抽样送检；5月为整改落实阶段。
四、有关要求
各乡镇要明确一名联络员，于3月20日前将联络员名单报县农业农村局渔业股。联系人：胡雅婷，电话：0735-6621378，邮箱：zyyyg@163.com。
附件：1.水产苗种场自查表
2.水产苗种抽样检测品种及项目
槠阳县农业农村局
2024年3月8日
""",
    ),
    dict(
        slug="gov-yuao-publicity-hot-dry-rock-html",
        site="榆岙县自然资源局 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="html",
        source="https://zrzyj.yuao.gov.cn/gsgg/2024/1016/4471.shtml",
        title="榆岙县干热岩勘查试验井项目临时用地公示",
        record_title=None,
        date="2024-10-16",
        notes="bureau sub-site; no record title; the only date is a 发布于 byline (成文 date equal); a table of plots; objections contact kept; a QR sentence in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>公示公告 - 榆岙县自然资源局</title>
<style>.wrap{width:1100px}</style><script async src="/stat/tj.js"></script>
</head><body>
<div class="topbar">⟦m 今天是：<span id="today"></span>⟧ ⟦m 欢迎访问榆岙县自然资源局网站⟧ <a>⟦a 手机版⟧</a></div>
<div class="nav">⟦m 机构概况⟧ ⟦m 政策法规⟧ ⟦m 公示公告⟧ ⟦m 办事指南⟧ ⟦m 在线咨询⟧</div>
<div class="crumbs">⟦m 榆岙县自然资源局 ＞ 公示公告 ＞ 用地公示⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="sub">⟦m 发布于 2024-10-16　来源：耕地保护股　浏览：<em>207</em>⟧ ⟦a 字号：大 中 小⟧</div>
{BODY}
</div>
<div class="prevnext">⟦l 上一条：2024年第三批次城镇建设用地报批公示⟧<br>⟦l 下一条：关于地质灾害隐患点巡查情况的通报⟧</div>
<div class="side"><h4>⟦l 热点关注⟧</h4><p>⟦l 不动产登记“一窗受理”指南⟧</p><p>⟦l 耕地占补平衡政策问答⟧</p></div>
<div class="footer">⟦m 榆岙县自然资源局版权所有　地址：榆岙县滨江路18号　电话：0578-3352101⟧<br>⟦m 备案编号：浙ICP备13009258号⟧</div>
</body></html>
""",
        body="""
根据《土地管理法》和临时用地管理有关规定，省地质调查院在我县实施干热岩勘查试验井项目，需临时使用土地，现将有关情况公示如下：
一、项目名称：榆岙县干热岩勘查试验井（HDR-YA1井）
二、用地位置及面积：
地块编号　所在村　面积（平方米）　地类
LS-01　芰湾镇石塘村　4200　其他草地
LS-02　芰湾镇石塘村　1860　裸土地
三、使用期限：自批准之日起不超过两年，期满后由用地单位负责恢复原状并交还。
四、公示期限：2024年10月16日至2024年10月22日。
公示期间，如有异议，请以书面形式向县自然资源局耕地保护股反映，联系电话：0578-3352136。群众也可扫描公示栏内二维码查看项目勘界图。
榆岙县自然资源局
2024年10月16日
""",
    ),
    dict(
        slug="news-haimen-goby-coop-html-photo-caption",
        site="芰湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jiwannews.com/bendi/2024-07/23/content_3390712.htm",
        title="滩涂上的“跳跳鱼”跳出增收路",
        record_title="滩涂上的“跳跳鱼”跳出增收路｜芰湾新闻网",
        date="2024-07-23",
        notes="news page; record title with ｜ site; photo caption between paragraphs; editor line glued after the last paragraph; byline time is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>滩涂上的“跳跳鱼”跳出增收路｜芰湾新闻网</title>
<script src="//cdn.jiwannews.com/ad.js"></script></head><body>
<div class="masthead">⟦m 芰湾新闻网⟧ ⟦m 芰湾唯一重点新闻网站⟧</div>
<div class="channels">⟦m 本地⟧ ⟦m 时政⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 专题⟧</div>
<div class="art"><h1>{T}</h1>
<div class="by">⟦m 2024-07-23 08:16　　来源：芰湾日报　　记者 林舒涵 通讯员 蔡永平⟧</div>
<div class="bd">
{BODY}
</div></div>
<div class="share">⟦l 分享到 ▸ 微信好友 ▸ 朋友圈 ▸ 微博⟧</div>
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 芰湾大桥明起夜间限行⟧</li><li>⟦l 暑期海边游泳安全提示⟧</li></ol></div>
<div class="ft">⟦d 未经本网书面授权，不得转载、摘编本网作品⟧<br>⟦m 芰湾新闻网 互联网新闻信息服务许可证：33120190012⟧</div>
</body></html>
""",
        body="""
7月的芰湾镇南滩，退潮后的泥涂上，一条条弹涂鱼蹦跳着觅食。在蒲岙弹涂鱼养殖专业合作社的塘边，社员们正忙着起捕今年的第二批成鱼。
“一亩塘一季能收三四百斤，塘边收购价每斤六十多元。”合作社理事长陈德水告诉记者。2021年，合作社在县海洋渔业技术人员指导下，把闲置的低产滩涂改造成仿生态养殖塘，如今规模已扩大到420亩，带动周边42户渔民入社。
⟦m 图为合作社社员在滩涂养殖塘起捕弹涂鱼。林舒涵 摄⟧
弹涂鱼对水质要求高，合作社坚持不投喂人工饲料，靠塘内自然生长的底栖藻类喂养。去年，合作社注册了“南滩跳跳”商标，产品通过电商销往沪杭等地，社员人均分红1.8万元。
下一步，合作社计划建设苗种繁育车间，解决野生苗种来源不稳定的问题。⟦m （责任编辑：吴小溪）⟧
""",
    ),
    dict(
        slug="news-yunshe-sitting-volleyball-text-dated",
        site="楝江在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.lianjiangol.com/tiyu/202409/t20240914_118723.html",
        title="楝江县坐式排球队首次捧回省残运会奖牌",
        record_title="【体育】楝江县坐式排球队首次捧回省残运会奖牌",
        date="2024-09-14",
        notes="text page of a news portal; bracket column in the record title; title printed twice; a 发稿时间 line; relative times in the hot list are not dates",
        page="""
!m 楝江在线｜lianjiangol.com
!m 首页 > 新闻 > 体育
{T}
!m 发稿时间：2024年09月14日 19:02　　稿源：楝江融媒　　字号：A+ A-
!t 【体育】楝江县坐式排球队首次捧回省残运会奖牌
{BODY}
!m 编辑：邵梦　审核：黄启航
!l 【热门】
!l 楝江马路改造进度通报（2小时前）
!l 秋季开学交通提示（昨天）
!a 下载“楝江在线”客户端，看更多本地新闻
!d 凡本网注明“来源：楝江在线”的作品，版权均属楝江在线所有。
""",
        body="""
9月13日晚，在省第十一届残疾人运动会坐式排球男子组铜牌争夺赛中，楝江县代表队以3比1战胜对手，获得第三名。这是我县坐式排球项目首次在省残运会上获得奖牌。
楝江县坐式排球队组建于2021年，12名队员均为下肢残疾人，其中年龄最大的52岁，最小的19岁。队伍由县残联牵头组建，县体育馆免费提供训练场地，每周训练三次。
主教练孙海波介绍，坐式排球要求队员臀部始终接触地面，移动全靠手臂支撑，对上肢力量和团队配合要求很高。“队员们手上磨出了老茧，但没有一个人叫苦。”
县残联负责人表示，将以此次比赛为契机，在各乡镇残疾人之家推广坐式排球等适合残疾人的体育项目，让更多残疾人走出家门、参与运动。
""",
    ),
    dict(
        slug="forum-haigeng-conch-post-junk-floors",
        site="海耕渔友论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.haigengyu.com/thread-80427-1-1.html",
        title="关于海螺禁捕期内自觉休渔的倡议书",
        record_title="[转帖] 关于海螺禁捕期内自觉休渔的倡议书 - 渔事杂谈 - 海耕渔友论坛",
        date="2024-04-25",
        date_also=["2024-04-28"],
        notes="forum repost with anti-scraping junk lines and glued junk; floor meta; 成文日期 vs post time",
        page="""
!m 海耕渔友论坛 » 渔事杂谈 » 查看主题
!l 【上一主题】【下一主题】
!t [转帖] 关于海螺禁捕期内自觉休渔的倡议书
!m 楼主　老船长阿旺　　发表于 2024-4-28 21:07　　只看该作者
!m 帖子 1632　精华 3　积分 4851　注册时间 2016-11-2
{BODY}
!l 回复　引用　举报　　评分 +5
!m 沙发　浪里白条_88　发表于 2024-4-28 21:30
!l 支持！我们村已经把笼子都收了。
!d 声明：论坛内帖子仅代表发帖人观点，与本站立场无关。
!m Powered by HGBBS X3.4 © 2012-2024 haigengyu.com
""",
        junk=dict(lines=2, glued=3),
        body="""
全县广大渔民朋友：
为保护海螺等底栖贝类资源，促进近海渔业可持续发展，根据县海洋与渔业局关于设立海螺禁捕期的通告，2024年5月1日至7月31日为全县海螺禁捕期。在此，县海螺产业协会向大家发出如下倡议：
一、自觉遵守禁捕规定。禁捕期内不下笼、不放网，不捕捞、不收购、不销售海螺，已投放的螺笼请于4月30日前全部收回。
二、主动配合执法检查。对渔政执法人员的检查要积极配合，不阻挠、不围堵，发现有人违规偷捕的，请拨打渔政举报电话0576-85120110。
三、互相监督，共同守护。各村渔民小组要发挥作用，左邻右舍互相提醒，让“留足种螺、来年好收”成为大家的共识。
海里的螺多了，我们的日子才能长长久久。让我们从自己做起，从现在做起，共同守护好这片蓝色家园！
芰湾县海螺产业协会
2024年4月25日
""",
    ),
    dict(
        slug="forum-jinggong-stamping-html-discuz-jammer",
        site="精工冲压技术论坛 (invented)",
        style="论坛",
        genre="制度",
        kind="other",
        form="html",
        source="https://bbs.jinggongcy.com/forum.php?mod=viewthread&tid=226105",
        title="冲压车间模具安装调试安全管理规定",
        record_title="冲压车间模具安装调试安全管理规定（分享，欢迎补充）",
        date=None,
        notes="Discuz-like forum with jammer fonts; decorated record title; articles speak of 扫码/打印 as content; no date (only post and edit stamps)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>冲压车间模具安装调试安全管理规定（分享，欢迎补充） - 安全管理 - 精工冲压技术论坛</title>
<script src="static/js/common.js"></script><style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 精工冲压技术论坛⟧ ⟦m 冲压人自己的技术社区⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 论坛 › 技术交流 › 安全管理 › 查看内容⟧</div>
<div class="pl">
<div class="authi">⟦m 模修老赵 发表于 3 天前 | 查看: 1890 | 回复: 27⟧</div>
<h1>{T}</h1>
<div class="t_fsz">
{BODY}
</div>
<div class="pstatus">⟦m 本帖最后由 模修老赵 于 2 天前 编辑⟧</div>
<div class="sign">⟦l 收藏 13　分享　支持 46　反对 0⟧</div>
</div>
<div class="reply">⟦m 2# 冲床小白 发表于 3 天前⟧<p>⟦l 干货，收藏了，我们厂正缺这个⟧</p></div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5 | 精工冲压技术论坛 | 苏ICP备17025561号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
第一条　为规范冲压模具安装、调试作业，防止挤压、剪切伤害事故，制定本规定。
第二条　模具安装调试必须由经培训合格的模修工担任，操作工不得擅自拆装模具。
第三条　安装模具前，应将压力机滑块停在下死点，切断主电源并挂“禁止合闸”警示牌，由作业人员本人持有锁具钥匙。
第四条　调试时应使用寸动或单次行程，严禁使用连续行程；双手操纵按钮不得短接，光电保护装置不得屏蔽。
第五条　模具安装完成后，作业人员应扫描设备上的二维码填写电子点检表，班组长确认后方可交付生产。
第六条　调试记录每月打印一份，由车间存档备查，保存期不少于一年。
第七条　违反本规定的，按公司安全生产奖惩办法处理。
""",
    ),
]
