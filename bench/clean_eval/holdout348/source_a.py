"""holdout348, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Everything here is invented (sites, places, people, numbers, chrome wording); see ../README.md
and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="moqi-speech-eldercare-skirting-gb2312",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqi-fw.cn/jh/minzheng/2025/0506/41172.htm",
        title="在全县养老机构适老化改造暨防撞踢脚线安装现场会上的讲话",
        record_title="【讲话选萃】在全县养老机构适老化改造暨防撞踢脚线安装现场会上的讲话（换个名头就能讲）_墨畦范文网",
        date="2025-04-18",
        date_also=["2025-05-06"],
        notes="gb2312 table page with a marquee, a font/background row, a floating ghost-writer QQ box, a hot list and "
        "a visitor counter; speaker and date lines under the title are neutral; a ghost-writer WeChat glued after a 。",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话选萃】在全县养老机构适老化改造暨防撞踢脚线安装现场会上的讲话（换个名头就能讲）_墨畦范文网</title>
<meta name="keywords" content="适老化改造,踢脚线,现场会讲话">
<link href="/skin/mq2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mq_float.js"></script>
<style>td{font-size:12px} .zw p{line-height:200%}</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨畦范文网⟧</td><td class="slogan">⟦m 一垄一畦，耕好每一篇稿子⟧</td><td align="right"><a href="/member/login.asp">⟦a 会员登入⟧</a> <a href="/member/reg.asp">⟦a 新会员开户⟧</a></td></tr>
<tr><td colspan="3"><marquee scrollamount="3" onmouseover="this.stop()">⟦m 【站务】“适老化改造”专题新上线范文二百余篇，年卡会员可整篇取用⟧</marquee></td></tr>
<tr><td colspan="3" class="nav">⟦m <a href="/">返回首页</a> | <a href="/jh/">领导讲话</a> | <a href="/zj/">工作总结</a> | <a href="/fa/">活动方案</a> | <a href="/xd/">心得体会</a> | <a href="/zcc/">主持串词</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：墨畦范文网 &gt;&gt; 领导讲话 &gt;&gt; 民政养老讲话⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 发布时间：2025-05-06　录入：畦边客　人气：1207⟧</div>
<div class="zihao">⟦a 【字体：特大 中号 小号】⟧ ⟦a 【底色：护眼绿 宣纸白】⟧</div>
<div class="zw">
<p>副县长　鲍晓岚</p>
<p>（2025年4月18日）</p>
{BODY}
</div>
<div class="zwend">⟦a 【一键拷贝全文】⟧ ⟦a 【另存为Word稿】⟧ ⟦a 【放进我的书架】⟧</div>
<div class="sxp">⟦l 上一篇：在全县民政工作会议上的讲话（精编）⟧<br>⟦l 下一篇：在敬老院消防安全培训会上的讲话⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="sidetit">⟦l 本栏一周排行⟧</div>
<ul><li><a href="/jh/1.htm">⟦l 在养老服务体系建设推进会上的讲话⟧</a></li>
<li><a href="/jh/2.htm">⟦l 民政局长在老龄工作会议上的讲话稿⟧</a></li>
<li><a href="/jh/3.htm">⟦l 在敬老院“床边改造”观摩会上的讲话⟧</a></li></ul>
</td></tr></table>
<div id="mq_float" style="position:fixed;right:8px;top:220px">⟦w 写作咨询　QQ：2870031649（不在线请留言）⟧</div>
<table width="960" align="center" class="foot"><tr><td>
⟦d 本站范文均由会员投稿整理，仅供写作参考，如有侵权请致信站务邮箱。⟧<br>
⟦m Copyright 2009-2025 墨畦范文网 www.moqi-fw.cn　湘ICP备09011745号⟧<br>
⟦m 您是本站第 0098213 位访客⟧
</td></tr></table>
<script>document.write('<img src="/count.asp?id=41172" width="0" height="0">');</script>
</body></html>
""",
        body="""
同志们：
今天我们在堧田镇中心敬老院召开现场会，大家刚才看了走廊和居室新装的圆角防撞踢脚线，也听了院长的介绍，我感触很深。⟦w 代笔讲话稿、汇报材料请加微信：mq_wen2025⟧
一、为什么要抓踢脚线这件小事
全县养老机构入住老人中，七成以上行动不便，夜间起身多靠扶墙摸行。去年县民政局排查发现，直角木质踢脚线脱落、翘边的有四百余处，轮椅和助行器磕碰时有发生。小小一条踢脚线，连着的是老人的安全。
二、改什么、怎么改
一是统一标准，新装踢脚线一律采用高度不低于十二厘米的圆弧防撞款，颜色与地面形成明显反差；二是先急后缓，先改走廊、卫生间和活动室，再改居室；三是严把质量，材料进场要有检测报告，甲醛释放量不达标的一律退货。
三、几点要求
各乡镇要在六月底前完成辖区敬老院改造，民政、市场监管部门要联合验收，确保件件有着落、处处见实效。
同志们，适老化改造没有小事，希望大家把这件实事办实、办好。
""",
    ),
    dict(
        slug="gaotian-insight-charcoal-tongs-training",
        site="稿田范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gaotian8.cn/xinde/peixun/77305.html",
        title="参加冬季安全用炭培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line carries a 〖编辑精选〗 tag; a member line between "
        "paragraphs; a related link glued after a 。; an update stamp with a relative time is no date",
        page="""
!m 稿田范文库　写材料，来稿田
!m 您的位置：稿田范文库 › 心得体会 › 培训心得
!t 〖编辑精选〗参加冬季安全用炭培训的心得体会
!m 字数：约620字　取用次数：86　更新：3 天前
!a 〔复制本篇〕〔存为Word〕〔放入收藏〕
{BODY}
!w 材料定制、润色改稿请联系：微信 gt_gaotian88（备注来意）
!l 上一篇：防范一氧化碳中毒专题培训心得
!l 下一篇：村级网格员年度走访工作心得体会
!l 大家都在看：冬季消防安全培训心得（5篇）｜安全生产月学习心得体会
!d 温馨提示：本库范文仅供写作参考，请结合实际修改后使用，切勿原样照搬。
!m 稿田范文库 gaotian8.cn　皖ICP备2022031875号
""",
        indent="\u3000\u3000",
        body="""
十一月中旬，镇里组织村组干部和网格员参加冬季安全用炭培训，我作为村里的网格员参加了学习。一上午的课不长，却让我对家家户户习以为常的炭火有了新的认识。
一是小工具里有大学问。授课的消防员拿出一把长柄炭夹和一把短火钳对比，讲起夹炭的讲究：炭夹要够长，手离炭盆至少一尺；夹红炭要稳，不能甩；用完要挂在墙钩上，不能随手扔在棉被、纸箱旁边。以前村里不少老人用筷子、铁丝拨炭，现在想来真是捏一把汗。⟦l 同类范文：网格员冬季入户走访心得⟧
⟦a 开通年卡会员，本篇及全库范文不限次取用⟧
二是通风比什么都要紧。培训讲了几起一氧化碳中毒的案例，都是门窗紧闭、炭盆放在卧室里。烧炭取暖一定要留缝通风，睡前要把炭火熄灭。
三是宣传要落到每一户。回村后，我准备和村干部一起挨家挨户查看炭盆摆放，给独居老人每户送一把长柄炭夹，并把注意事项讲到他们听懂为止。
安全用炭看似是小事，关系的却是一家人的平安。我要把这次学到的知识用到日常走访中去。
""",
    ),
    dict(
        slug="zhiyan-wenku-survey-rollers-marker-paragraphs",
        site="知砚文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyanwenku.com/p/5520871936.html",
        title="关于“刷新老楼道”志愿活动粉刷工具耗材使用情况的调研报告",
        record_title="关于“刷新老楼道”志愿活动粉刷工具耗材使用情况的调研报告（附统计表·可改）- 知砚文库",
        date="2025-06-20",
        notes="文库 reader: a viewer toolbar, page-marker paragraphs ⇞ n ⇟ cutting sentences, a coin pay box; "
        "a data table one row a paragraph; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于“刷新老楼道”志愿活动粉刷工具耗材使用情况的调研报告（附统计表·可改）- 知砚文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="//static.zhiyanwenku.com/reader/v5/reader.css">
<script src="//static.zhiyanwenku.com/reader/v5/reader.min.js" defer></script>
</head><body>
<header class="zy-top"><a class="logo" href="/">⟦m 知砚文库⟧</a><span class="tagline">⟦m 研一方墨，读万卷文⟧</span>
<nav><a href="/c/gw">⟦m 公文写作⟧</a><a href="/c/dy">⟦m 调研报告⟧</a><a href="/c/jy">⟦m 教育资料⟧</a></nav>
<a class="login" href="/u/login">⟦a 砚友登录｜新砚友⟧</a></header>
<div class="crumbs">⟦m 知砚文库 › 公文写作 › 调研报告 › 社区治理⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：砚池里的鱼　上传于 2025-07-11　共 5 页　2.3 千字　格式 DOCX⟧</p>
<p class="score">⟦m 评分 4.6　已有 38 人评价⟧</p></div>
<div class="viewer-bar">⟦a 缩放 ＋ ／ －⟧ ⟦a 适合页宽⟧ ⟦a 双页阅读⟧ ⟦a 朗读此页⟧</div>
<div class="viewer">
{BODY}
</div>
<div class="paywall"><p>⟦a 预览只到这里啦，余下内容需 12 砚币解锁⟧</p><button>⟦a 砚币解锁并下载⟧</button><button>⟦a 充值砚币⟧</button></div>
<aside class="rec"><h3>⟦l 读过这篇的人也在读⟧</h3><ul>
<li>⟦l 老旧小区楼道微改造调研报告⟧</li><li>⟦l 志愿服务物资管理情况的调查与思考⟧</li><li>⟦l 关于社区志愿服务站点运行情况的报告⟧</li></ul></aside>
<footer>⟦d 文档内容由上传者提供，知砚文库仅提供存储与展示，若有版权疑问请通过“版权申诉”通道提交。⟧<br>⟦m 蜀ICP备23017756号-2　知砚（成都）信息技术有限公司⟧</footer>
<script>zy.reader.init({docId:"5520871936",trial:5});</script>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⇞ {n} ⇟", every=130, start=2),
        body="""
今年三月以来，昳州市文明办组织党员和志愿者开展“刷新老楼道”活动，已粉刷老旧小区楼道一百二十六个。为摸清粉刷工具和耗材的实际使用情况，调研组于五月走访了三个街道的十四个志愿服务点，现将有关情况报告如下。
一、基本情况
各服务点共领用滚筒刷九百八十把，其中九英寸中毛滚筒刷约占六成，四英寸小滚筒刷主要用于窗台、管道背面等窄处。
街道　领用滚筒刷（把）　报废（把）　平均可刷面积（平方米/把）
东关街道　210　64　95
西坊街道　168　41　110
镫北街道　142　37　102
二、发现的问题
一是部分滚筒刷掉毛严重，墙面粘毛后需要返工；二是清洗不及时，乳胶漆干结在刷毛里，一把刷子用两次就报废；三是伸缩杆与刷柄接口不统一，志愿者只能蹲着刷墙脚。
三、建议
统一采购不易掉毛的中毛滚筒刷，每个服务点配一只清洗桶，用后当天清洗晾干；刷柄接口统一为标准螺纹，并配齐伸缩杆。
昳州市文明办调研组
2025年6月20日
""",
    ),
    dict(
        slug="yunxiu-wenku-plan-skirting-wrapped-glued-markers",
        site="云岫文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://wk.yunxiu365.com/view/0c7d19e4a2.html",
        title="矞阳县第二实验小学教学楼踢脚线更换实施方案",
        record_title="矞阳县第二实验小学教学楼踢脚线更换实施方案.pdf",
        date="2025-07-02",
        notes="file-name record title; a PDF text hard-wrapped at 62 columns with page markers ⇅n⇅ glued to the "
        "continuation lines; decimal headings; the title repeated with .pdf",
        page="""
!m 云岫文库 · 文档在线读
!m 教育文档 > 校园后勤 > 基建维修
!t 矞阳县第二实验小学教学楼踢脚线更换实施方案.pdf
!m 上传者：yx_用户0721　文件大小：318KB　共4页　阅读 1.1万
!a ⊕ 放大　⊖ 缩小　⇲ 全屏阅读　☆ 收进文件夹
{BODY}
!a 试读到此为止。开通书卷会员，可查看全文并获取源文件
!a 下载本文档（需 8 枚岫币）
!l 相关文档：校舍暑期维修工程安全管理方案 ｜ 中小学厕所改造实施方案 ｜ 教室墙裙翻新预算表
!d 本文档为用户上传的共享资料，云岫文库不对其内容的准确性负责，若有侵权请提交申诉。
!m 云岫文库 yunxiu365.com　浙ICP备21044720号-3
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⇅{n}⇅", every=110, start=2, glue=True),
        body="""
为消除教学楼走廊、楼梯间踢脚线脱落带来的安全隐患，结合暑期校舍维修计划，制定本方案。
1 工作目标
1.1 八月二十日前完成教学楼一至四层走廊、楼梯间及卫生间踢脚线更换，共约一千一百延米。
1.2 新装踢脚线全部采用不锈钢或铝合金材质，阳角处做圆弧处理，杜绝尖角伤人。
2 实施步骤
2.1 拆除阶段（7月10日至7月20日）：拆除旧瓷砖踢脚线和木质踢脚线，清理墙根空鼓砂浆，修补墙面后再行安装。
2.2 安装阶段（7月21日至8月15日）：按先楼梯后走廊的顺序施工，每完成一层，由总务处会同监理验收一层。
2.3 收尾阶段（8月16日至8月20日）：打胶、清洁，逐段复查固定件是否松动，验收合格后方可交付使用。
3 安全要求
施工期间封闭作业区域，切割作业安排在操场东侧临时加工棚进行，严禁在教学楼内切割金属，施工人员须佩戴护目镜和手套。
矞阳县第二实验小学
2025年7月2日
""",
    ),
    dict(
        slug="yichuan-portal-notice-charcoal-tongs-index-table",
        site="祎川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yichuan.gov.cn/art/2024/11/27/art_1288_77613.html",
        title="祎川县应急管理局关于加强用炭餐饮场所炭火安全管理的通知",
        record_title="祎川县应急管理局关于加强用炭餐饮场所炭火安全管理的通知_应急动态_祎川县人民政府",
        date="2024-11-25",
        date_also=["2024-11-27"],
        notes="county portal: 大字版/语音导读 links, an index table whose 文号 cell is unmarked (neutral), an attachment "
        "download link beside the 附件 list, the document's own contact beside a 差错反馈 line; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>祎川县应急管理局关于加强用炭餐饮场所炭火安全管理的通知_应急动态_祎川县人民政府</title>
<meta name="SiteName" content="祎川县人民政府"><meta name="ColumnName" content="应急动态">
<link rel="stylesheet" href="/static/portal2023/css/main.css">
<script src="/static/portal2023/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：<span id="today"></span>⟧</span> <a href="#">⟦a 大字版⟧</a> <a href="#">⟦a 语音导读⟧</a> <a href="#">⟦a 移动端⟧</a> <a href="/search">⟦a 站内检索⟧</a></div>
<div class="banner"><span class="sitename">⟦m 祎川县人民政府⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进祎川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前所在：首页 &gt; 政务公开 &gt; 部门信息 &gt; 应急动态⟧</div>
<table class="gkxx">
<tr><td>⟦m 索引号：11330827MB1F0212X/2024-00418⟧</td><td>⟦m 主题分类：安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：祎川县应急管理局⟧</td><td>文号：祎应急〔2024〕37号</td></tr>
<tr><td>⟦m 发布日期：2024-11-27⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h2 class="tit">{T}</h2>
<div class="tools">⟦m 浏览次数：<span id="hits">582</span>⟧ ⟦a 文字大小：加大 默认 减小⟧ ⟦a 扫一扫在手机上看⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：用炭餐饮场所安全检查表.xlsx⟧<br>⟦a 附件下载：炭炉及炭夹配备标准.pdf⟧</div>
<div class="close">⟦a 【结束浏览】⟧ ⟦a 【回到顶部】⟧</div>
</div>
<div class="xgwz"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县消防救援大队开展冬季火灾防控“夜查”行动⟧</li><li>⟦l 关于做好今冬明春安全防范工作的提示⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：祎川县人民政府办公室　承办：祎川县数据服务中心⟧</p>
<p>⟦m 内容差错反馈：0579-6830012（工作日）⟧</p>
<p>⟦m 网站标识码 3307270009　浙公网安备 33072702000355号⟧</p>
</div>
<script>document.getElementById("today").innerText=new Date().toLocaleDateString();</script>
</body></html>
""",
        body="""
各乡镇人民政府，县市场监管局、县商务局，各餐饮经营单位：
入冬以来，我县烧烤、铜锅涮肉、围炉煮茶等用炭餐饮经营活动明显增多，部分场所存在炭火无人看管、炭夹等器具随意摆放、排烟不畅等问题。为防范火灾和一氧化碳中毒事故，现就有关事项通知如下。
一、规范器具配备。用炭餐饮场所每个炭炉应配备长度不少于四十厘米的金属炭夹和防烫手套，炭夹用后挂放在专用支架上，不得放在桌面、座椅或易燃物旁。
二、规范引燃和熄灭。木炭应在后厨通风处集中引燃，由专人用炭夹分送，严禁使用酒精、汽油助燃；营业结束后余炭须放入带盖铁桶熄灭。
三、加强通风检测。包间使用炭火的，须安装一氧化碳报警器并保持排风设施正常运行。
请各乡镇于12月10日前将排查情况报县应急管理局。
联系人：符嘉禾，电话：0579-6832217。
附件：1.用炭餐饮场所安全检查表
2.炭炉及炭夹配备标准
祎川县应急管理局
2024年11月25日
抄送：县消防救援大队。
祎川县应急管理局办公室　2024年11月25日印发
""",
    ),
    dict(
        slug="yizhou-samr-bulletin-skirting-wrapped-cn-date",
        site="昳州市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.yizhou.gov.cn/zwgk/zlcc/202503/t20250317_90214.html",
        title="昳州市市场监督管理局关于2025年第一季度踢脚线产品质量监督抽查情况的通报",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="record title as is; a 文号 line under the title (neutral); hard-wrapped at 66 columns; a spot-check "
        "table one row a paragraph; 成文日期 in Chinese numerals; the portal's posting date also accepted",
        page="""
!m 昳州市市场监督管理局　政务公开专栏
!m 首页 ＞ 政务公开 ＞ 质量抽查通报
{T}
昳市监〔2025〕19号
!m 信息来源：产品质量安全监督管理科　公开方式：主动公开　发布：2025-03-17　浏览：436
!a 字号〔放大｜复位〕　〔打印此页〕　〔转发给朋友〕
{BODY}
!a 〔抽查不合格产品名单.et　点此下载〕
!l 上一条：昳州市市场监督管理局关于电动自行车头盔质量抽查情况的通报
!l 下一条：关于开展2025年“3·15”消费维权系列宣传活动的通知
!d 本网站由昳州市人民政府办公室主办，昳州市大数据服务中心负责运维
!m 网站标识码：3608000021　赣公网安备36080202000147号
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各县（市、区）市场监督管理局，市局各有关科室：
为加强装饰装修材料质量监管，2025年第一季度，市局组织对全市建材市场、家居卖场和网络店铺销售的踢脚线产品开展了监督抽查，共抽查32家企业生产的40批次产品，发现不合格产品7批次，不合格发现率17.5%。现将有关情况通报如下。
一、抽查结果
产品类别　抽查批次　不合格批次　主要不合格项目
木质及密度板踢脚线　18　5　甲醛释放量
PVC踢脚线　12　2　加热后尺寸变化率
铝合金踢脚线　10　0　无
二、处理要求
对抽查不合格的产品，各地要依法责令生产、销售企业立即停止销售，查清货值和流向，督促召回已售出产品，并于4月30日前将核查处置情况报市局产品质量安全监督管理科。
三、消费提示
消费者选购踢脚线时，应查看产品合格证和检验报告，优先选择甲醛释放量标注为E1级及以上的产品，安装后保持室内通风。
昳州市市场监督管理局
二〇二五年三月十四日
""",
    ),
    dict(
        slug="yuyang-news-pizza-cutter-consumer-tip",
        site="矞阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuyangnews.cn/ms/2025-03/09/content_660193.html",
        title="市场监管部门提醒：滚轮披萨刀选购使用要当心",
        record_title="市场监管部门提醒：滚轮披萨刀选购使用要当心｜矞阳新闻网·消费课堂",
        record_date="2025-03-09",
        date="2025-03-09",
        notes="county news portal: a client prompt before the lead's first words, a listen button, a photo caption "
        "between paragraphs, an editor line glued after the last sentence, a 24-hour list and an ad slot",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>市场监管部门提醒：滚轮披萨刀选购使用要当心｜矞阳新闻网·消费课堂</title>
<meta name="description" content="县市场监管局提醒市民选购滚轮披萨刀时注意刀轮和护手。">
<link rel="stylesheet" href="/css/news2024.css">
<script async src="/js/adslot.js"></script>
</head><body>
<div class="hd"><a href="/" class="logo">⟦m 矞阳新闻网⟧</a><span class="sub">⟦m 矞阳县融媒体中心主办⟧</span>
<div class="nav"><a>⟦m 时政⟧</a><a>⟦m 民生⟧</a><a>⟦m 乡镇⟧</a><a>⟦m 视听⟧</a><a>⟦m 消费观察⟧</a></div></div>
<div class="adslot">⟦m 【广告】矞阳农商银行“暖冬贷”火热办理中⟧</div>
<div class="crumb">⟦m 矞阳新闻网 ＞ 民生 ＞ 消费观察⟧</div>
<div class="art"><h1>{T}</h1>
<div class="byline">⟦m 2025-03-09 08:16　来源：矞阳日报　记者：甘露微⟧</div>
<div class="listen">⟦a 🔊 收听本文（约2分钟）⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦a 转发到：微信好友 ｜ 朋友圈 ｜ 微博⟧</div>
</div>
<div class="hot24"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 矞阳县城区新增三处便民早餐点⟧</li><li>⟦l 硪桥镇油菜花海迎来最佳观赏期⟧</li><li>⟦l 县人民医院开通夜间儿科门诊⟧</li></ol></div>
<div class="ft">⟦d 本网所刊原创稿件，未经授权不得转载、摘编。⟧<br>⟦m 新闻热线：0736-5289110　违法和不良信息举报：0736-5289119⟧<br>⟦m 湘ICP备18020631号⟧</div>
</body></html>
""",
        body="""
⟦a 下载“矞阳新闻”客户端，看更多本地资讯⟧本报讯（记者　甘露微）随着家庭烘焙流行，不少市民在网上购买滚轮披萨刀。记者3月8日从县市场监管局获悉，今年以来该局共接到披萨刀相关投诉11起，主要集中在刀轮松动、护手缺失和刀刃锈蚀。
县市场监管局工作人员介绍，合格的滚轮披萨刀刀轮应转动顺滑、不晃动，手柄与刀头之间应有挡板，防止切割时手指滑向刀刃。部分低价产品的刀轮仅靠一颗铆钉固定，用几次就会松脱，容易伤手。
⟦m 图为县市场监管局工作人员演示披萨刀的正确握法。　记者　甘露微　摄⟧
工作人员提醒，市民选购时要看清材质标识，使用后及时清洗擦干，存放时套上刀轮护套，放在儿童够不着的地方。如发现产品质量问题，可拨打12315投诉举报。⟦m 编辑：苏景行　审校：廖一帆⟧
""",
    ),
    dict(
        slug="bingxi-media-plasterers-contest-putty-knife",
        site="昺溪融媒 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.bingxirm.cn/xz/20250423/88120.html",
        title="塝口镇举办首届泥瓦工技能比武 二十名工匠比拼腻子刀功夫",
        record_title=None,
        date="2025-04-23",
        notes="no title in the record (the page's title line); the 发布时间 byline is the page's date; a photo "
        "caption between paragraphs; an editor line, a 24-hour list and a share row at the bottom",
        page="""
!m 昺溪融媒 · 掌上昺溪
!m 首页 / 乡镇动态
{T}
!m 发布时间：2025-04-23 10:05　来源：塝口镇融媒体工作站
!a ▶ 听新闻　｜　A+　A-
{BODY}
!m 责任编辑：覃一苇
!a 分享至：微信　朋友圈　QQ空间
!l 24小时热闻
!l · 昺溪县启动春季植树“认种认养”
!l · 堧田镇新建三座乡村公交候车亭
!d 昺溪融媒原创稿件，转载请注明出处。
!m 昺溪县融媒体中心主办　新闻热线：0578-7216655
""",
        body="""
4月22日，塝口镇首届泥瓦工技能比武在镇文化广场举行，来自全镇各村的20名泥瓦工同场竞技。
比武设墙面批刮腻子和阴阳角找平两个项目。参赛选手手持腻子刀，在两米见方的墙板上批刮两遍，评委用两米靠尺检查平整度，再用强光手电侧照查看刀痕。
⟦m 〔现场图〕选手在墙板上批刮腻子。通讯员　卢青　摄⟧
“腻子刀要握得稳，下刀角度在三十度左右，收刀不能拖泥带水。”获得一等奖的碹坪村工匠石满仓说，他干这一行已经二十三年。
据了解，此次比武由镇人社服务中心和镇建筑业协会联合举办，获奖选手将优先推荐参加县级职业技能等级认定。
""",
    ),
    dict(
        slug="guobian-forum-pizza-cutters-jammer",
        site="锅边厨友论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.guobian.net/thread-402117-1-1.html",
        title="滚轮披萨刀和摇摆式披萨刀，哪个更顺手？",
        record_title="[厨具闲聊] 滚轮披萨刀和摇摆式披萨刀，哪个更顺手？ - 烘焙器具版 - 锅边厨友论坛",
        date=None,
        notes="Discuz-like thread: poster panel, jammer-font junk inside the post, a rating row, a signature, replies; "
        "post times are relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[厨具闲聊] 滚轮披萨刀和摇摆式披萨刀，哪个更顺手？ - 烘焙器具版 - 锅边厨友论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Q7x"></script>
</head><body>
<div id="toptb">⟦a 快捷导航⟧ ⟦a 找回密码⟧ ⟦a 立即入伙⟧</div>
<div id="hd"><a href="./">⟦m 锅边厨友论坛⟧</a> <span>⟦m 围着灶台聊到天亮⟧</span></div>
<div id="pt">⟦m 锅边厨友论坛 › 器具与食材 › 烘焙器具版 › 帖子详情⟧</div>
<div class="hm">⟦m 浏览：1890 ｜ 回帖：27⟧</div>
<table id="pid_1"><tr>
<td class="pls"><div class="pi">⟦m 芝士拉丝控⟧</div><p>⟦m 等级：掌勺 ｜ 菜谱 12 ｜ 勺币 3460⟧</p></td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 楼主 ｜ 发表于 5 天前 ｜ 只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 3　勺币 +6　好厨友+1 说得在理⟧</div>
<div class="sign">⟦m 签名：不粘锅是信仰，铸铁锅是浪漫。⟧</div>
<div class="po">⟦a 点赞 ｜ 收藏 ｜ 分享 ｜ 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼　面粉不够用　2 小时前：摇摆刀切厚底真的爽，就是收纳头疼。⟧</div>
<div class="reply">⟦l 3楼　烤箱小白　1 小时前：求护手款链接！⟧</div>
<div id="f_pst">⟦a 登录后方可参与讨论　登录 ｜ 入伙⟧</div>
<div id="ft">⟦m 锅边厨友论坛　粤ICP备20067713号-1⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里自己做披萨快两年了，前后用过三把披萨刀，说说感受，给想入手的朋友参考。
第一把是超市买的滚轮披萨刀，刀轮直径七厘米左右，切薄底的很顺，一推到底。可碰上厚底、芝士多的，刀轮会把芝士往前推，切口拉丝，边上的料也被挤掉。
第二把是摇摆式的，半月形长刀，两手压着左右一摇就断，厚底也不怕。缺点是占地方，刀刃长，洗的时候得格外小心。
第三把是带护手的大轮款，刀轮十厘米，手柄和刀头之间有一块挡板，切的时候手不会往前滑，目前用得最多。
总结一下：薄底选滚轮，厚底选摇摆刀。不管哪种，用完都擦干收好，别让孩子拿去玩。
""",
    ),
    dict(
        slug="qiyou-forum-roller-shedding-text-junk",
        site="漆友家装论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.qiyoujz.com/t/558201",
        title="自己刷墙，滚筒刷老掉毛怎么办？",
        record_title="【小白请教】自己刷墙，滚筒刷老掉毛怎么办？（第一次刷乳胶漆）",
        date=None,
        notes="forum help thread: anti-scraping junk as lines and glued after 。; relative post times; replies and "
        "a reply box below",
        page="""
!m 漆友家装论坛 - 自己动手，装个好家
!m 漆友家装论坛 » 油漆涂料区 » 刷墙交流
!t 【小白请教】自己刷墙，滚筒刷老掉毛怎么办？（第一次刷乳胶漆）
!m 围观 964　跟帖 18
!m 小满装修中　发表于 3 天前　只看该作者　楼层跳转
{BODY}
!a 顶　踩　收藏本帖　举报
!l 沙发　老漆匠阿丙　发表于 3 天前
!l 没干透就别抠，等干了用320目砂纸轻磨，再薄刷一遍。
!l 板凳　刷子控　发表于 2 天前
!l 中毛的吃漆多、出活快，短毛的适合要求平整的面。
!a 游客无法回帖，请先 登录 或 注册新号
!m 漆友家装论坛 ｜ 手机版 ｜ 联系站长
""",
        junk=dict(lines=2, glued=3),
        body="""
新房交房后想自己刷一遍乳胶漆，买了两把滚筒刷，结果刷了半面墙，墙上全是细毛。用手一抠还留印子。
我是这样操作的：拆开包装直接蘸漆，滚筒在托盘里来回滚了几下就上墙。一次蘸得比较多，来回推了好几遍。
后来问了楼下装修的师傅，他说新滚筒刷第一次用前要先用清水泡一泡，再用胶带把表面浮毛粘一遍，甩干后再用。蘸漆不能太多，上墙后按“W”字形走，别来回猛推。
想问问大家，已经粘了毛的那半面墙，是等干了用砂纸打磨再补刷，还是现在趁湿处理？另外，中毛和短毛的滚筒刷，刷乳胶漆哪个更合适？
""",
    ),
]
