"""holdout366, part A: 范文 sites, 文库 readers, sharing pages, download stations, writing apps and
cloud drives. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-limo-speech-film-stalls-gb2312",
        site="犁墨范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.limofw.example.com/fayan/zuotan/2025/0502/17306.html",
        title="在全县手机维修及配件经营行业规范提升座谈会上的讲话",
        record_title="【犁墨精校·座谈讲话】在全县手机维修及配件经营行业规范提升座谈会上的讲话（全文无删节）_犁墨范文网",
        date="2025-04-16",
        date_also=["2025-05-02"],
        notes="old gb2312 table layout: marquee, font/background row, floating ghost-writer QQ box, monthly list, visitor counter; "
        "speaker and date lines under the title (neutral); a ghost-writer line glued after a sentence; the page's posting date differs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【犁墨精校·座谈讲话】在全县手机维修及配件经营行业规范提升座谈会上的讲话（全文无删节）_犁墨范文网</title>
<link href="/css/limo2012.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/limo_float.js"></script>
<script language="javascript">function setFont(s){document.getElementById('wz').style.fontSize=s+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo_limo.gif" alt=""><b>⟦m 犁墨范文网⟧</b></td>
<td>⟦m 耕字成文，犁墨有声 —— 机关材料写作参考⟧</td>
<td align="right"><a href="#">⟦a 把犁墨设为首页⟧</a>　<a href="#">⟦a 收藏犁墨范文⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#8B2B14"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/fayan/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td>
<td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/fangan/">⟦m 方案计划⟧</a></td><td><a href="/gongwen/">⟦m 公文格式⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦d 犁墨提醒：本站范文只作写作思路参考，正式场合使用请结合本单位实际改写⟧</marquee></td></tr></table>
<table width="960" border="0" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在位置：犁墨范文网 &gt;&gt; 讲话发言 &gt;&gt; 座谈会发言⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 发布日期：2025-05-02　来源：会员投稿　人气：1460⟧</div>
<div class="ziti">⟦a 【字号调节：A+ A A-】【底色：护眼绿 米黄 素白】⟧</div>
<p align="center">县市场监督管理局局长　闵哲</p>
<p align="center">（2025年4月16日）</p>
<div id="wz">
{BODY}
</div>
<div class="xiazai"><a href="/down/17306.html">⟦a 下载本篇讲话稿（Word文档，会员免费）⟧</a></div>
<div class="sxp">⟦l 上一篇：乡镇市场监管所2024年度工作总结⟧<br>⟦l 下一篇：在全县消费维权暨诚信经营推进会上的讲话⟧</div>
</td>
<td width="250" valign="top">
<table class="bk"><tr><td>⟦l 本月犁墨热读⟧</td></tr>
<tr><td><a href="/fayan/88.html">⟦l 在个体工商户座谈会上的讲话⟧</a></td></tr>
<tr><td><a href="/fayan/91.html">⟦l 市场监管局长在行业协会年会上的致辞⟧</a></td></tr>
<tr><td><a href="/zongjie/37.html">⟦l 消费投诉处理工作情况汇报⟧</a></td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:8px;top:260px">⟦w 写材料找犁墨：QQ 2950118 7⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦m 您是犁墨范文网第 0386215 位访客⟧<br>
⟦d 本站稿件由会员上传，版权归原作者所有，如有不妥请来函说明⟧<br>
⟦m Copyright 2009-2025 limofw.example.com 犁墨范文网　湘ICP备09031877号⟧
</td></tr></table>
<script language="javascript">var cnt=new Image();cnt.src="/count.asp?id=17306";</script>
</body>
</html>
""",
        body="""
同志们：
今天把全县四十多家手机维修店、配件店的负责人请到一起，专门谈一谈钢化膜经营中的规范问题。去年以来，县消费者协会受理涉及手机贴膜的投诉63件，其中“先报十元、贴完要价一百八”的就有29件，群众意见很大。
第一，价格要明明白白。从5月1日起，全县所有贴膜摊点、门店都要在显眼位置公示膜的品牌、材质和单价，贴膜前必须让顾客确认价格，不得以“高清”“防爆”等名目临时加价。⟦w 讲话稿不会写？犁墨写手一对一代笔，微信 limo_xz77⟧
第二，质量要经得起检验。市场监管部门将对钢化膜开展季度抽检，重点检查表面硬度、透光率和边缘崩边情况。抽检不合格的，要下架、要公示，情节严重的依法查处。
第三，行业要自我管起来。希望各经营户带头签订诚信经营承诺，县个体劳动者协会要牵头建立“红黑榜”，让守规矩的多赚口碑，让耍滑头的无处藏身。
同志们，一张钢化膜虽小，却连着群众的“钱袋子”和县城的营商环境。希望大家说到做到，共同把这个行业做得更干净、更透明。
""",
    ),
    dict(
        slug="fanwen-shijian-host-script-wish-bottles",
        site="拾笺范文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.shijianfw.example.net/zhuchici/banhui/40917.html",
        title="“心愿漂流瓶”主题班会主持词",
        record_title="「主题班会·串场稿」“心愿漂流瓶”主题班会主持词（开场+结束语齐全）- 拾笺范文网",
        date=None,
        notes="a host script with no date (an upload line with a relative time); a ghost-writer line between two paragraphs; a month-card prompt under the text",
        page="""
!m 拾笺范文网　·　班会活动专栏
!m 导航：拾笺首页 / 主持词 / 班会主持词
!t 「主题班会·串场稿」“心愿漂流瓶”主题班会主持词（开场+结束语齐全）
!m 上传：若溪老师　　浏览量：2318　　更新于 3 天前
!a [一键复制本稿] [存为Word] [放进我的素材夹]
{BODY}
!a 余下串词需开通拾笺月卡后查看，月卡9.9元畅读全站
!l 同类主持词推荐
!l ▸ 六一儿童节文艺汇演主持词（小学版）
!l ▸ 感恩教育主题班会串场词
!l ▸ 毕业季“写给十年后的我”班会流程
!d 拾笺范文网所收主持词均来自教师投稿，转载请写明出自拾笺。
!m 拾笺范文网 shijianfw.example.net　客服邮箱：kefu@shijianfw.example.net
""",
        body="""
甲：亲爱的同学们，
乙：敬爱的老师们，
合：大家下午好！
甲：一个小小的瓶子，装着一张折好的纸条，从这个人手里漂到那个人手里。
乙：今天，我们四年级二班就用“心愿漂流瓶”的方式，把心里想说却没说出口的话，悄悄送给身边的同学。
合：“心愿漂流瓶”主题班会现在开始！
甲：首先请同学们拿出课前写好的纸条，卷好后放进自己的瓶子里，再把瓶子放进讲台前的“大海”纸箱。
⟦w 串词不合心意？拾笺写手一对一改稿，微信 sjfw-gai⟧
乙：接下来，每位同学从纸箱里随机取出一只瓶子，读一读别人的心愿，想一想自己能为他做点什么。
甲：有的心愿是“希望同桌借我一块橡皮”，有的心愿是“希望能和大家一起踢球”。原来身边的小愿望，只要伸伸手就能实现。
乙：请拿到瓶子的同学在纸条背面写下一句回应，再把瓶子送还给它的主人。
合：今天的漂流瓶，停靠在了彼此的心里。“心愿漂流瓶”主题班会到此结束，谢谢大家！
""",
        indent="",
    ),
    dict(
        slug="wenku-moxia-plan-laptop-stands-pdf-marker-paras",
        site="墨匣文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wenku.moxia.example.com/view/8c41e0a97d.html",
        title="朗屏光电科技有限公司办公工位人体工学改善方案",
        record_title="朗屏光电科技有限公司办公工位人体工学改善方案.pdf",
        date="2025-02-24",
        notes="a 文库 reader: viewer toolbar, file info, upload stamp (no date), coin pay box; page markers ≾ n ≿ as paragraphs "
        "cutting sentences; a numbered list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>朗屏光电科技有限公司办公工位人体工学改善方案.pdf - 墨匣文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.moxia.example.com/reader/v5/reader.min.js"></script>
<script>window.__DOC__={id:"8c41e0a97d",pages:4,free:2};</script>
</head>
<body>
<header class="mx-top">
<a class="logo" href="/">⟦m 墨匣文库⟧</a>
<nav><a href="/c/gongwen">⟦m 公文范本⟧</a><a href="/c/qiye">⟦m 企业管理⟧</a><a href="/c/hr">⟦m 行政人事⟧</a></nav>
<form class="search"><input placeholder="搜文档"><button>⟦a 搜文档⟧</button></form>
<a href="/login">⟦a 登录墨匣⟧</a>
</header>
<div class="crumb">⟦m 墨匣文库 › 企业管理 › 行政后勤⟧</div>
<div class="doc-head">
<h1>⟦t 朗屏光电科技有限公司办公工位人体工学改善方案.pdf⟧</h1>
<div class="doc-meta">⟦m 页数：4页　大小：312KB　格式：PDF⟧</div>
<div class="doc-meta">⟦m 上传者：屏风后的猫　上传于 2025-03-09　阅读 884 次⟧</div>
</div>
<div class="viewer-bar"><button>⟦a 放大阅读⟧</button><button>⟦a 缩小阅读⟧</button><button>⟦a 全屏沉浸阅读⟧</button></div>
<div class="viewer">
<div class="page-body">
{T}
{BODY}
</div>
</div>
<div class="pay-box">
<p>⟦a 下载本文档需 12 墨币（约 ¥2.40）⟧</p>
<p><a class="btn">⟦a 立刻下载原文档⟧</a>　<a class="btn">⟦a 开通墨匣SVIP，全站文档免币下⟧</a></p>
</div>
<aside class="rel">
<h3>⟦l 跟这篇差不多的文档⟧</h3>
<ul><li>⟦l 办公室5S管理推行方案⟧</li><li>⟦l 员工职业健康体检实施方案⟧</li><li>⟦l 公司办公家具更新采购计划⟧</li></ul>
</aside>
<footer>
<p>⟦d 墨匣文库所有文档均由用户上传，仅提供在线预览，若有侵权请提交举证材料⟧</p>
<p>⟦m © 2025 moxia.example.com 墨匣文库　京ICP备20250817号-1⟧</p>
</footer>
<script>Reader.init(window.__DOC__);</script>
</body>
</html>
""",
        pages=dict(fmt="≾ {n} ≿", every=100, start=2),
        body="""
为缓解长时间伏案办公带来的颈肩不适，提升员工工作舒适度，公司决定在研发、财务、客服三个部门开展办公工位人体工学改善，特制定本方案。
一、改善范围
本次改善覆盖研发部、财务部、客服部共计146个工位，其中使用笔记本电脑办公的工位112个。
二、主要措施
1.为每个笔记本电脑工位配发可调节高度的铝合金笔记本支架1个，并配外接键盘、鼠标各1套，使屏幕上沿与视线基本平齐。
2.对座椅高度和扶手进行逐一调整，由行政专员到工位现场指导。
3.在各部门张贴《正确坐姿示意图》，提醒员工每工作1小时起身活动5分钟。
三、时间安排
3月10日前完成支架采购，3月20日前完成配发和安装，3月底前收集员工使用反馈。
四、经费预算
本次改善预计支出4.6万元，从行政费用中列支。
综合管理部
2025年2月24日
""",
    ),
    dict(
        slug="wenku-jianshu-survey-film-market-wrapped-glued-markers",
        site="简枢文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.jianshuwk.example.com/doc/55309172.html",
        title="关于镠州市手机钢化膜零售市场的调研报告",
        record_title="【市调精选】关于镠州市手机钢化膜零售市场的调研报告（附走访样本数据）- 简枢文库",
        date="2025-03-18",
        notes="a 文库 text hard-wrapped at 62 columns and cut by page markers ≶n≷ glued to the continuation line; an inclusion stamp (no date); "
        "成文日期 under the signature",
        page="""
!m 简枢文库 · 专业文档在线读
!t 【市调精选】关于镠州市手机钢化膜零售市场的调研报告（附走访样本数据）
!m 贡献者：晚风拂柳　｜　共 6 页　｜　已有 1,027 人阅读　｜　收录于 2025-04-02
!a 本文档可免费预览前 3 页，完整版请用“简枢币”兑换
{BODY}
!a 预览已结束，剩余 3 页兑换后可继续阅读
!a 兑换全文（18 简枢币）　　放进书架
!l 看过本文的人还看了：
!l 手机配件市场价格监测分析报告
!l 关于城区夜市经营秩序的调查与思考
!d 简枢文库仅提供信息存储空间，文档由用户上传，如侵犯您的权益请通过底部反馈入口联系处理。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="≶{n}≷", every=150, start=2, glue=True),
        body="""
为了解我市手机钢化膜零售市场的价格、质量和服务状况，2025年2月至3月，市消保委组织志愿者以普通消费者身份，走访了城区5个商圈、2个车站周边的58家门店和摊点，并购买样品送检。现将调研情况报告如下。
一、价格差异大，临时加价现象突出
调查显示，门店标价的普通钢化膜多在15元至40元之间，但车站周边摊点有11家未明码标价，其中7家在贴膜后以“进口材料”“纳米镀膜”等理由加价，最高一张收费260元。
二、质量参差不齐，部分产品名不副实
送检的30个样品中，表面硬度达到宣称等级的有19个，透光率低于标称值的有8个，另有6个宣称“防窥”的样品实际防窥角度明显偏小。
三、几点建议
一是推动经营户全面明码标价，贴膜前须向消费者出示价格并确认；二是加强对车站、商圈等重点区域的巡查；三是引导消费者选择正规门店，保留购买凭证，遇到强行加价及时拨打12315投诉。
镠州市消费者权益保护委员会
2025年3月18日
""",
    ),
    dict(
        slug="docshare-gongxiang-request-laptop-stands-doc",
        site="共享文档汇 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.gxwdh.example.com/p-38127705.html",
        title="关于为政务服务窗口配置笔记本支架的请示",
        record_title="关于为政务服务窗口配置笔记本支架的请示.doc",
        date="2025-01-13",
        notes="a sharing page: file-info box, share stamp (no date), sign-in points lock, service WeChat beside the request's own 联系人/电话; "
        "upload notice; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于为政务服务窗口配置笔记本支架的请示.doc-共享文档汇</title>
<script>var _gx=_gx||[];_gx.push(['page','p-38127705']);</script>
<style>.dl{background:#f60;color:#fff}</style>
</head>
<body>
<div class="gx-head">
<span class="logo">⟦m 共享文档汇⟧</span> <span class="slogan">⟦m 好文档，大家一起用⟧</span>
<a href="/u/login">⟦a 登录⟧</a> <a href="/u/reg">⟦a 免费注册领积分⟧</a>
</div>
<ul class="gx-nav"><li>⟦m 首页⟧</li><li>⟦m 党政公文⟧</li><li>⟦m 行业资料⟧</li><li>⟦m 教育专区⟧</li></ul>
<div class="gx-main">
<h1>{T}</h1>
<table class="info">
<tr><td>⟦m 文档格式：DOC　文档页数：1　文件大小：26 KB⟧</td></tr>
<tr><td>⟦m 分享者：qiaomu_1986　分享时间：2025-02-17　下载次数：57⟧</td></tr>
</table>
<div class="preview">
{BODY}
</div>
<div class="lock">⟦a 连续签到满7天即可免积分下载此文档⟧</div>
<a class="dl">⟦a 下载此文档（需3积分）⟧</a>
<div class="kf">⟦w 找不到想要的文档？客服微信 gxwdh_kf 帮你代找代改⟧</div>
<div class="notice">⟦d 本文档由网友自行上传分享，共享文档汇只提供存储服务，内容如有不妥请联系删除⟧</div>
</div>
<div class="gx-side">
<h4>⟦l 大家还在下⟧</h4>
<p>⟦l 关于增设便民服务窗口的请示⟧</p>
<p>⟦l 关于申请购置办公设备的报告⟧</p>
</div>
<div class="gx-foot">⟦m 共享文档汇 gxwdh.example.com　浙ICP备18044127号⟧</div>
</body>
</html>
""",
        body="""
县政务服务管理办公室：
我中心现有综合受理窗口24个，窗口工作人员均使用笔记本电脑办理业务。由于电脑屏幕位置偏低，工作人员长期低头操作，今年体检中有9人查出颈椎问题，部分同志反映下午时段明显疲劳，影响服务效率。
为改善窗口人员工作条件，我中心拟为每个窗口配置可调节笔记本支架1个，共24个，按每个85元测算，共需经费2040元，拟从中心2025年度办公经费中列支。
妥否，请批示。
联系人：邬晓岚，电话：0745-5226415
轲山县政务服务中心
2025年1月13日
""",
    ),
    dict(
        slug="docshare-zhiyuan-pledge-bottles-lone-markers",
        site="纸鸢文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.zhiyuanwd.example.cn/doc/20250611-0473.html",
        title="“不让漂流瓶变成海漂垃圾”倡议书",
        record_title="〘倡议范文〙“不让漂流瓶变成海漂垃圾”倡议书 - 纸鸢文档",
        date="2025-06-08",
        notes="page markers ⩰ 第n页 ⩰ on lines of their own cutting sentences; a document id line; upload notice; 成文日期 under the signature",
        page="""
!m 纸鸢文档 — 文档随风，分享无界
!m 当前：首页 › 倡议书 › 环保倡议
!t 〘倡议范文〙“不让漂流瓶变成海漂垃圾”倡议书
!m 文档编号：ZY-20250611-0473　　上传用户：蓝色海岸线
!a ☆ 收进文件夹　　⇩ 下载TXT版　　⎙ 打印这份倡议
{BODY}
!d 本文档由“蓝色海岸线”上传至纸鸢文档，纸鸢文档不对其内容真实性负责。
!l 相关文档：世界海洋日主题活动方案　｜　净滩行动志愿者招募书
""",
        indent="",
        pages=dict(fmt="⩰ 第{n}页 ⩰", every=115, start=2),
        body="""
全县青少年朋友们：
在瓶子里写下心愿，抛进大海，等待远方的人拾起，这是很多人心中浪漫的想象。可是，在我们的沙咀海滩，志愿者们去年净滩时捡到的各类玻璃瓶、塑料瓶中，有不少就是被人当作“漂流瓶”扔进海里的。
一只漂流瓶可能在海上漂流数年，玻璃破碎后会划伤赶海的群众，塑料瓶在阳光和海浪作用下碎成微塑料，最终进入鱼虾的身体。
为此，我们倡议：
一、不向大海、河流投放漂流瓶，把想说的话写上“海洋心愿墙”，或者寄给远方的笔友。
二、在海边拾到漂流瓶，读完后请带离海滩，投入可回收物垃圾桶。
三、积极参加每月第二个周六的净滩活动，用行动守护家门口的蓝色海湾。
让心愿有处安放，让大海少一份负担。
冽川县青少年海洋科普志愿服务队
2025年6月8日
""",
    ),
    dict(
        slug="download-lvye-rules-stand-workshop-wps-gb2312",
        site="绿叶资料站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规定",
        kind="other",
        form="html",
        source="http://www.lvyezl.example.com/soft/guizhang/20241130/6672.html",
        title="笔记本支架装配车间安全操作规程",
        record_title="笔记本支架装配车间安全操作规程.wps",
        date=None,
        notes="old gb2312 download station: file-info table with an update stamp (no date), three download points, unzip password, "
        "dead-link report; 第N条 articles in one <br> cell; a rule with only an effective clause",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>笔记本支架装配车间安全操作规程.wps - 绿叶资料站</title>
<script language="javascript" src="/inc/lvye_ad.js"></script>
</head>
<body bgcolor="#F3F8EE">
<table width="900" align="center" border="0"><tr>
<td>⟦m 绿叶资料站⟧　⟦m 实用文档 · 规章制度 · 表格模板⟧</td>
<td align="right"><a href="/">⟦m 返回首页⟧</a>　<a href="/list_zd.html">⟦m 规章制度⟧</a>　<a href="/list_bg.html">⟦m 表格模板⟧</a></td>
</tr></table>
<table width="900" align="center"><tr><td>⟦m 当前位置：绿叶资料站 → 规章制度 → 安全生产⟧</td></tr></table>
<table width="900" align="center" border="1" bordercolor="#A8C890" cellspacing="0">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：18 KB⟧</td><td>⟦m 资料类别：规章制度 / 安全生产⟧</td></tr>
<tr><td>⟦m 适用软件：WPS / Office⟧</td><td>⟦m 更新时间：2024-11-30⟧</td></tr>
<tr><td>⟦m 资料等级：★★★☆☆⟧</td><td>⟦m 下载人气：本周 63　总计 1209⟧</td></tr>
<tr><td colspan="2">⟦m 资料预览：⟧<br>
{BODY}
</td></tr>
<tr><td colspan="2">⟦m 下载地址：⟧ <a href="/d/1/6672">⟦a 华东电信下载点⟧</a> <a href="/d/2/6672">⟦a 华北联通下载点⟧</a> <a href="/d/3/6672">⟦a 备用下载点（压缩包）⟧</a></td></tr>
<tr><td colspan="2">⟦m 解压密码：lvyezl.example.com⟧　<a href="/err.asp?id=6672">⟦a 链接打不开？向站长报告⟧</a></td></tr>
</table>
<table width="900" align="center"><tr><td>⟦l 同类资料：冲压车间安全操作规程　包装车间6S管理制度　叉车安全操作规程⟧</td></tr></table>
<table width="900" align="center"><tr><td align="center">
⟦d 绿叶资料站所有资源均收集于网络，仅供交流学习，请于下载后24小时内删除⟧<br>
⟦m 绿叶资料站 lvyezl.example.com　豫ICP备10027764号⟧
</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范笔记本支架装配作业，防止机械伤害和物体打击事故，制定本规程。
第二条　本规程适用于装配车间铆压、折弯、攻丝和包装各工序的作业人员。
第三条　作业人员上岗前必须穿戴工作服、防护手套和防护眼镜，长发须盘入工作帽内。
第四条　铆压机作业时，双手不得伸入上下模之间；更换模具必须切断电源，并在开关处悬挂“禁止合闸”标识牌。
第五条　铝合金支架折弯后边缘锋利，搬运时须使用周转箱，不得徒手成捆提拿。
第六条　设备运行中发现异响、卡料，应立即按下急停按钮，报告班组长处理，不得擅自拆卸防护罩。
第七条　每班结束后清理工位铝屑，填写设备点检表。
第八条　本规程自发布之日起施行，由生产部负责解释。
""",
    ),
    dict(
        slug="download-wendangcang-plan-film-service-glued-markers",
        site="文档仓下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wendangcang.example.com/hangye/lingshou/9914.html",
        title="手机钢化膜贴装服务规范化提升工作方案",
        record_title="手机钢化膜贴装服务规范化提升工作方案［Word原版·改改就能交］_文档仓下载站",
        date=None,
        notes="page markers ⇃n⇂ glued to the continuation line (unwrapped text); a plan without signature or date; "
        "download counts and a relative update time",
        page="""
!m 文档仓下载站 | 海量实用文档免费下
!m 当前位置：文档仓 > 行业文档 > 零售服务
!t 手机钢化膜贴装服务规范化提升工作方案［Word原版·改改就能交］
!m 文件大小：31.6K　｜　下载次数：2047　｜　更新：2 天前
!a ▼ 点这里进入下载页（免注册）
{BODY}
!a 以上为文档部分预览，下载后可得完整可编辑版本
!a 马上下载　　⇪ 转给朋友
!l 猜你还想下：门店服务礼仪培训方案　/　连锁店顾客投诉处理办法
!d 声明：文档仓资源均来自网友分享，仅作学习研究之用，下载后请于24小时内删除。
!m 文档仓 wendangcang.example.com 2019-2025
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⇃{n}⇂", every=105, start=2, glue=True),
        body="""
为提升门店贴膜服务质量，减少因价格不透明、贴装不规范引发的投诉，结合门店实际，制定本方案。
一、工作目标
通过三个月的规范提升，实现门店贴膜价格公示率100%，顾客返工率控制在3%以内，服务投诉同比下降一半。
二、重点任务
（一）统一价目公示。在收银台和贴膜台分别张贴价目表，列明普通膜、全屏膜、防窥膜的品牌和价格。
（二）规范贴装流程。按照清洁屏幕、除尘定位、贴合排气、边缘检查、顾客验收五个步骤操作，每一步都请顾客确认。
（三）落实售后承诺。七天内出现气泡、翘边的免费重贴，非人为碎裂的按半价更换。
三、保障措施
各门店店长为第一责任人，区域督导每月抽查一次，检查结果与门店绩效挂钩。
""",
    ),
    dict(
        slug="app-biluo-insight-beach-cleanup-h5",
        site="笔落范文 App (invented, H5 share page)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://h5.biluo.example.com/share/essay?id=7730215&from=wx",
        title="参加海岸净滩志愿活动心得体会",
        record_title="参加海岸净滩志愿活动心得体会（新手也能直接用）· 笔落范文",
        date=None,
        notes="a writing app's H5 share: open-app mask, an AI-polish button glued after a sentence, an expand prompt on a line of its own inside the body, "
        "AI buttons and a sharer line; no date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>参加海岸净滩志愿活动心得体会（新手也能直接用）· 笔落范文</title>
<script src="https://h5.biluo.example.com/static/js/openapp.3a91.js"></script>
</head>
<body>
<div class="open-mask"><p>⟦a 打开笔落App，看完整范文还能一键仿写⟧</p><button>⟦a 立即打开⟧</button></div>
<header class="bar"><span>⟦m 笔落范文⟧</span><span>⟦m 写得好，不如写得快⟧</span></header>
<article>
<h1>⟦t 参加海岸净滩志愿活动心得体会（新手也能直接用）⟧</h1>
<div class="author">⟦m 由笔落用户“小满”分享　·　已有 906 人仿写⟧</div>
{BODY}
</article>
<div class="ai-row"><button>⟦a AI照着这篇帮我写⟧</button><button>⟦a 换成我的单位和姓名⟧</button></div>
<section class="more"><h3>⟦l 更多净滩心得 →⟧</h3>
<p>⟦l 参加“世界海洋日”志愿服务心得⟧</p><p>⟦l 团员青年环保实践活动感悟⟧</p></section>
<footer>⟦d 笔落范文内容由用户创作或分享，仅供参考，请勿直接抄袭⟧</footer>
<script>OpenApp.bind('.open-mask button');</script>
</body>
</html>
""",
        body="""
上周六，我跟着单位团支部来到沙咀海滩，参加了一次净滩志愿活动。三个小时里，我们一行二十多人沿着海岸线捡拾垃圾，装满了整整四十袋。
让我印象最深的，是在礁石缝里捡到的一个漂流瓶。瓶口用蜡封着，里面卷着一张已经泛黄的纸条，字迹模糊得看不清。⟦a AI帮我润色这一段⟧
带队的老师说，这样的瓶子每次净滩都能捡到好几个。很多人以为自己放走的是一份浪漫，其实留给大海的是一件垃圾。
⟦a 展开剩余内容，登录笔落即可阅读⟧
这次活动让我明白，保护海洋不只是口号，而是从不乱扔一个瓶子、不留下一只塑料袋做起。今后，我会把净滩活动坚持下去，也会把这次经历讲给身边的朋友听。
""",
    ),
    dict(
        slug="app-cailiaoxia-report-admin-office-oneline",
        site="材料匣子 App (invented, share page as text)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.cailiaoxia.example.com/s/Qx8r2Lk",
        title="2024年度行政办公室主任述职报告",
        record_title="2024年度行政办公室主任述职报告（述职季·高分版）｜材料匣子App",
        date="2025-01-09",
        notes="the whole body on one line (paragraphs apart only by their indent); a relative update time (no date); 成文日期 after the 述职人 line",
        page="""
!m 材料匣子App · 分享页
!m 打开App，写材料快人一步
!t 2024年度行政办公室主任述职报告（述职季·高分版）
!m 来自“喻老师的素材库”　　收藏 318　｜　1天前更新
{BODY}
!a App里可免费换一篇同类述职报告
!a 复制全文需先登录 ∣ 去登录
!l 同类推荐：后勤服务中心主任述职报告　·　机关事务科长年度述职
!m © 材料匣子 · 沪ICP备2023088163号-3A
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位领导、同事们：
2024年，我主持行政办公室全面工作，围绕“服务保障、节支增效”两条主线，较好完成了各项任务。现将履职情况报告如下。
一是抓好后勤保障。全年完成办公用品集中采购4批次，为全院132名职工更换了可调节笔记本支架和外接键盘，职工颈肩不适的反映明显减少。
二是抓好节支降耗。推行公务用车统一调度，办公用电同比下降9.3%，印刷费同比下降21%。
三是抓好制度建设。修订办公设备领用、维修和报废办法3项，做到有章可循。
不足之处是对新入职人员的指导还不够细。新的一年，我将继续提升服务意识，把后勤保障做得更实。
述职人：喻青禾
2025年1月9日
""",
    ),
    dict(
        slug="netdisk-panzhou-contract-template-stands-docx",
        site="盘舟网盘 (invented)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://pan.panzhou.example.com/s/1Hq7ZkT0cW",
        title="笔记本支架采购合同（范本）",
        record_title="笔记本支架采购合同（范本）.docx",
        date=None,
        notes="a cloud-drive preview: save/download buttons, VIP speed prompt, sharer and validity lines; a contract template with ×× placeholders, "
        "＿＿ blanks and ＿＿＿＿年＿＿月＿＿日, 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>笔记本支架采购合同（范本）.docx_免费高速下载|盘舟网盘-分享无限制</title>
<script src="https://pan.panzhou.example.com/static/share.bundle.js"></script>
</head>
<body>
<div class="pz-top"><span>⟦m 盘舟网盘⟧</span><a>⟦a 客户端下载⟧</a><a>⟦a 登录盘舟⟧</a></div>
<div class="share-info">
<h2>⟦t 笔记本支架采购合同（范本）.docx⟧</h2>
<p>⟦m 分享者：采购小能手　有效期：永久有效⟧</p>
<p>⟦m 文件大小：38.2KB　浏览 312 次　保存 41 次⟧</p>
<p><button>⟦a 转存到我的盘舟⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a SVIP极速通道下载⟧</button></p>
</div>
<div class="preview-tip">⟦a 当前为在线预览，格式可能与原文档略有出入⟧</div>
<div class="preview">
{T}
{BODY}
</div>
<div class="vip">⟦a 开通SVIP，下载提速最高可达50倍⟧</div>
<div class="pz-foot">⟦d 请勿通过盘舟网盘分享违法违规内容，一经发现将依法配合有关部门处理⟧ ⟦m 盘舟网盘 © 2025　粤ICP备21066610号⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：××××××
乙方（供货方）：××××××
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方采购笔记本支架事宜订立本合同。
第一条　产品名称为铝合金可调节笔记本支架，型号＿＿＿＿，数量＿＿＿＿个，单价＿＿＿＿元，合同总价人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　乙方应于合同签订后＿＿日内将货物送至甲方指定地点××××，运输及装卸费用由乙方承担。
第三条　产品应符合国家有关标准，承重不低于＿＿千克，可调节角度不少于＿＿档；甲方验收时发现质量问题的，乙方应在7日内无偿更换。
第四条　甲方在验收合格后＿＿日内支付全部货款。
第五条　任何一方违约的，应向对方支付合同总价＿＿%的违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日　　签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="netdisk-lanjing-speech-marine-litter-pdf-cn-date",
        site="蓝鲸云盘 (invented, share page as text)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://yun.lanjing.example.com/share/init?surl=f8Kq2mWx",
        title="在全县海洋垃圾清理专项行动部署会上的讲话",
        record_title="在全县海洋垃圾清理专项行动部署会上的讲话.pdf",
        date="2025-06-05",
        notes="a cloud-drive share as text: a relative share time and a validity line (no date), the file name above the preview; "
        "speaker line and a date in Chinese numerals under the title (neutral)",
        page="""
!m 蓝鲸云盘 · 文件分享
!m 分享人：冽川海洋办小李　｜　分享于 5 天前　｜　有效期 7 天
!t 在全县海洋垃圾清理专项行动部署会上的讲话.pdf
!m 1.2 MB　·　PDF文档　·　共 3 页
!a 存到我的云盘　　下载　　举报此分享
!a 未登录只能预览，登录后下载不限速
{T}
副县长　宓海宁
（二〇二五年六月五日）
{BODY}
!a 预览到此为止，下载文件可看全部 3 页
!d 蓝鲸云盘提醒：请勿通过网盘传播涉密文件，发现违规分享请及时举报。
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开会议，部署全县海洋垃圾清理专项行动。去年以来，全县沿海六个乡镇共清理岸滩垃圾310余吨，其中塑料瓶、玻璃瓶占了相当比例，不少是游客抛下的“漂流瓶”和饮料瓶。
第一，要把清理任务落到每一段岸线。各乡镇按照“段长制”划分责任岸段，每周清理不少于一次，节假日前后加密清理。
第二，要从源头上减少入海垃圾。文旅部门要在景区和码头设置提醒牌，劝阻游客投放漂流瓶和随手丢弃瓶罐；渔业部门要督促渔船把生活垃圾带回岸上。
第三，要发动群众广泛参与。团县委、教育部门要组织学生和志愿者开展净滩活动，让爱护海洋成为全县上下的自觉行动。
同志们，守护一片干净的海，需要久久为功。希望大家迅速行动，确保专项行动取得实效。
""",
    ),
]
