"""holdout318, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text case each).

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-bigengzhai-speech-hutch-upgrade-gb2312",
        site="笔耕斋范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengzhai.cn/jianghua/nongye/2025/0420/5531.html",
        title="副县长在全县兔笼标准化改造推进会上的讲话",
        record_title="【讲稿直通车】副县长在全县兔笼标准化改造推进会上的讲话（两版可挑）_笔耕斋",
        date="2025-04-16",
        date_also=["2025-04-20"],
        notes="gb2312 table page with a marquee, a font/background row, a floating QQ box, a hot list and a visitor counter; "
        "speaker and date lines under the title are neutral; the site's 发布 date differs from the speech date; "
        "a ghost-writer WeChat glued after a 。 and a collect line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿直通车】副县长在全县兔笼标准化改造推进会上的讲话（两版可挑）_笔耕斋</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/tongji.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/bgz_logo.gif" width="280" height="60" alt=""></td>
<td>⟦m 笔耕斋范文网⟧<br>⟦m 一支笔写尽机关事⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 会员登陆⟧</a> <a href="/user/reg.asp">⟦a 新会员注册⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#8B0000">
<tr><td class="menu">⟦m 首页 ┊ 讲话发言 ┊ 总结汇报 ┊ 述职述廉 ┊ 计划规划 ┊ 调研文章 ┊ 会议纪要⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 笔耕斋十六年老站，每日更新机关材料三百篇，找稿子先搜一搜⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您正在浏览：笔耕斋 → 讲话发言 → 农业农村讲话 → 阅读⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center">⟦m 发布：2025-04-20　整理：耕夫　阅读数：1673⟧</td></tr>
<tr><td align="center">⟦a 【字体：特大 较大 标准】【底色：豆沙绿 米黄 纯白】【关闭本页】⟧</td></tr>
<tr><td align="center">槃溪县人民政府副县长　沈宜禾</td></tr>
<tr><td align="center">（2025年4月16日）</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a 【整篇复制】⟧ ⟦a 【打包成Word带走】⟧</td></tr>
<tr><td>⟦l 上一篇：在全县春季畜禽疫病防控会议上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇：县畜牧兽医服务中心2024年度工作汇报⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" bgcolor="#F5F5DC">
<tr><td class="t">⟦l 本栏七日热读⟧</td></tr>
<tr><td>⟦l ·在全县养殖业转型升级大会上的发言⟧</td></tr>
<tr><td>⟦l ·分管副县长在畜牧产业调度会上的讲话⟧</td></tr>
<tr><td>⟦l ·在肉兔产业链招商推介会上的致辞⟧</td></tr>
</table>
<div id="qqkefu" style="position:fixed;right:0;top:180px">⟦w 改稿请找笔耕斋老耿 QQ 3306418872⟧</div>
</td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#EEEEEE">
<tr><td align="center">⟦d 本站稿件多由会员上传，仅作写作借鉴；如涉及您的权益，请来信说明，核实后即行撤下。⟧<br>
⟦m 笔耕斋范文网 bigengzhai.cn ©2009-2025　湘ICP备09018827号⟧<br>
⟦m 您是本站第 00421176 位来宾⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
今天召开全县兔笼标准化改造推进会，主要任务是总结前段工作，部署下一步改造任务。刚才，蜊湾镇和甂口镇作了交流发言，讲得很实在，我都赞成。⟦w 材料不会写？找老耿代笔，微信 bgz_laogeng⟧
一、看清差距。全县现有规模兔场64家，存笼种兔11.2万只，但仍有近三成兔场使用竹木旧笼，底网间隙过大，兔子脚皮炎发病率比标准笼舍高出一倍多。
⟦a ★觉得有用？点这里收进我的材料夹★⟧
二、抓住重点。今年县里安排改造资金380万元，对更换镀锌双层兔笼、加装自动饮水和粪板的兔场按笼位给予补助，每个笼位补助18元，6月底前完成第一批验收。
三、压实责任。各镇要逐场建立改造台账，畜牧兽医站要派技术员驻场指导，财政部门要及时拨付补助资金，不能让养殖户垫资等待。
同志们，兔笼虽小，连着养殖户的钱袋子。希望大家抓紧抓实，确保年底全县标准化笼位占比达到八成以上。
""",
    ),
    dict(
        slug="fanwen-mochixuan-insight-lens-case-training",
        site="墨砚轩范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.moyanxuan.net/xinde/peixun/20250611/77302.html",
        title="参加隐形眼镜护理规范培训的心得体会",
        record_title="参加隐形眼镜护理规范培训的心得体会（优选两则）-墨砚轩范文",
        date=None,
        notes="a 心得 with no date anywhere (only an update stamp); decorated record title; writing-service prompt glued after a 。; "
        "a repeated decorated title line and a members-only copy prompt",
        page="""
!m 墨砚轩范文｜写得顺手，改得省心
!m 位置：墨砚轩 ＞ 心得体会 ＞ 培训学习心得
!t 参加隐形眼镜护理规范培训的心得体会（优选两则）
!m 栏目编辑：青岑　更新于 2025-06-11　热度 936
!a 〔放大〕〔缩小〕〔复制段落〕〔我要纠错〕
{T}
{BODY}
!a 第二则已折叠，开通砚友会员即可展开并导出
!l 换一批看看：
!l ◇ 验光师岗位技能培训心得（精短）
!l ◇ 参加眼视光继续教育学习的收获
!l ◇ 门店服务礼仪培训小结
!d 墨砚轩所收文章由网友投递，观点归原作者，仅供借鉴参考，不作他用。
!m 墨砚轩 moyanxuan.net　沪ICP备20047731号-3
""",
        indent="\u3000\u3000",
        body="""
上周，公司组织全体验光员参加了隐形眼镜护理规范培训，眼科医院的刘主任用两个小时讲清了一个常被忽视的问题：镜盒。
过去我给顾客配镜，总把注意力放在度数和基弧上，镜盒随手送一个就算了。刘主任展示的一组培养结果让我很吃惊：使用超过三个月的镜盒，半数以上能检出细菌生物膜，有的还检出了棘阿米巴。⟦w 心得总结代写，砚友小编V：myx_xiaobian⟧
培训后我有三点体会。一是镜盒和镜片同样重要，镜盒至少每三个月更换一次。二是护理要讲方法，每次取出镜片后要倒掉旧液、用新护理液冲洗、开盖倒扣晾干，绝不能用自来水冲。三是宣教要说在前面，交付镜片时就要把这些要点讲给顾客听。
今后，我会把镜盒更换提醒写进回访记录，让每位顾客都用上干净的镜盒。
""",
    ),
    dict(
        slug="wenku-zhizhan-survey-kitchen-scale-salt-pdf",
        site="知栈文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhizhanwenku.com/view/8d0f31c27a.html",
        title="关于盎川县居民家庭厨房秤使用与减盐情况的调研报告",
        record_title="关于盎川县居民家庭厨房秤使用与减盐情况的调研报告.pdf",
        date="2025-05-12",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⤝ n ⤞ between the halves of cut paragraphs, a paywall; "
        "a survey table one row a paragraph; an unlock prompt glued after a 。; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于盎川县居民家庭厨房秤使用与减盐情况的调研报告.pdf - 知栈文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhizhanwenku.com/reader/v3/reader.min.js"></script>
<script>window.__DOC__={id:"8d0f31c27a",pages:5,free:2};</script>
</head>
<body class="reader">
<header class="zz-top">
<a class="logo" href="/">⟦m 知栈文库⟧</a>
<nav><a href="/c/gov">⟦m 公文⟧</a><a href="/c/edu">⟦m 教育⟧</a><a href="/c/med">⟦m 医药卫生⟧</a><a href="/c/law">⟦m 法律⟧</a></nav>
<div class="user"><a href="/login">⟦a 登录 · 注册账号⟧</a> <a class="vip" href="/vip">⟦a 栈卡会员 月付9.9⟧</a></div>
</header>
<div class="doc-head">
<h1 class="doc-title">⟦t 关于盎川县居民家庭厨房秤使用与减盐情况的调研报告.pdf⟧</h1>
<div class="doc-meta">⟦m 上传者：栈友_fz0921　上传于 2025-06-03　共5页　4.1万阅读⟧</div>
<div class="doc-score">⟦m 文档评分 4.6　已有 311 人评价⟧</div>
</div>
<div class="viewer-bar">⟦a － 缩小　＋ 放大　⛶ 全屏阅读　☰ 目录⟧</div>
<div class="viewer">
{BODY}
</div>
<div class="paywall">
<p>⟦a 免费预览已到尽头，剩下 3 页请购买后阅读⟧</p>
<p><button>⟦a 单篇购买 ￥3.80⟧</button> <button>⟦a 开栈卡免费读⟧</button></p>
</div>
<aside class="related">
<h3>⟦l 看了本文的人还看了⟧</h3>
<ul>
<li><a href="/view/71ac">⟦l 社区居民减盐行动实施情况调查⟧</a></li>
<li><a href="/view/5be2">⟦l 农村家庭食用油摄入状况调查分析⟧</a></li>
<li><a href="/view/09d4">⟦l 慢性病综合防控示范区建设自评报告⟧</a></li>
</ul>
</aside>
<footer class="zz-foot">
<p>⟦d 知栈文库文档均由用户上传，知栈仅提供信息存储空间，如文档侵犯您的权利，请发起投诉。⟧</p>
<p>⟦m © 2025 知栈文库 zhizhanwenku.com　浙ICP备22013874号-2⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⤝ {n} ⤞", every=150, start=2),
        body="""
为了解居民家庭用盐情况和厨房秤等控盐工具的使用现状，县疾控中心于2025年3月至4月在甐水镇、轾岭乡和县城3个社区开展入户调查，共回收有效问卷612份。现将主要情况报告如下。⟦a 解锁全部5页仅需一张栈卡⟧
一、基本情况
受访家庭中，家里有厨房秤的占41.3%，其中经常用秤称量盐和油的仅占9.6%。调查结果如下：
类别　家庭数　占比
有厨房秤且常用　59　9.6%
有厨房秤但少用　194　31.7%
没有厨房秤　359　58.7%
二、存在的问题
一是控盐意识与行为脱节，多数家庭知道少盐好，但做菜仍凭手感。二是老年家庭使用电子秤有困难，看不清小数字、不会去皮。三是部分限盐勺、厨房秤发放后闲置。
三、对策建议
建议将厨房秤使用示范纳入家庭医生签约服务，选用大字屏、一键去皮的机型，并在社区开展“称一称、减一减”体验活动。
盎川县疾病预防控制中心
2025年5月12日
""",
    ),
    dict(
        slug="wenku-dianshu-plan-child-locks-wrapped-markers",
        site="典墅文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.dianshuwk.com/p-3391207746.html",
        title="祗阳县第二幼儿园儿童锁安全防护实施方案",
        record_title="祗阳县第二幼儿园儿童锁安全防护实施方案（幼儿园后勤可参照）- 典墅文库",
        date="2025-03-06",
        notes="a 文库 text preview hard-wrapped at 62 columns and cut by ⮂n⮂ markers glued to the continuation line; "
        "decimal headings 1.1–3.2 stay unjoined; 成文日期 in Chinese numerals; preview-end prompt and related list",
        page="""
!m 典墅文库 · 文档在线预览
!t 祗阳县第二幼儿园儿童锁安全防护实施方案（幼儿园后勤可参照）
!m 文档页数：4页　浏览：2218　收藏：47　贡献者：典墅用户7Q3k
!a ⇩ 存到我的书房　　⎙ 打印预览（需登录）
{BODY}
!a — 可免费预览前2页，后续内容请兑换墅币后查看 —
!l 相关推荐
!l ▸ 幼儿园安全隐患排查整改方案
!l ▸ 托育机构设施设备安全管理办法
!d 文档内容来源于网络上传，典墅文库不对其真实性负责，仅供参考交流。
!m 典墅文库 dianshuwk.com　粤ICP备21088415号
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⮂{n}⮂", every=110, start=2, glue=True),
        body="""
为防止幼儿在园内误开柜门、窗户和电器插座造成伤害，结合我园实际，制定本方案。
1 工作目标
1.1 2025年4月底前，全园柜门、抽屉、窗户、插座全部加装儿童锁，做到应装尽装，药品柜和消毒柜必须使用带钥匙的锁具。
1.2 建立儿童锁日常检查制度，发现损坏、松脱的锁具，后勤组须在24小时内更换，并在检查表上签字确认。
2 实施步骤
2.1 排查阶段（3月10日至3月20日）：后勤组逐班排查，登记需加装锁具的位置、数量和锁具类型。
2.2 安装阶段（3月21日至4月20日）：分楼层安装，药品柜、消毒柜和清洁用品柜优先，安装时幼儿不得在场。
2.3 验收阶段（4月21日至4月30日）：园长带队逐间验收，验收情况在教职工会上通报。
3 保障措施
3.1 所需经费约1.2万元，从公用经费中列支。
3.2 各班保育员为本班儿童锁第一责任人，每天离园前检查一遍。
祗阳县第二幼儿园
二〇二五年三月六日
""",
    ),
    dict(
        slug="gov-angchuan-bulletin-kitchen-scale-spotcheck",
        site="盎川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.angchuan.gov.cn/zwgk/xxgk/scjg/202504/t20250410_2219874.html",
        title="盎川县市场监督管理局关于2025年第一季度厨房秤产品质量监督抽查情况的通报",
        record_title="盎川县市场监督管理局关于2025年第一季度厨房秤产品质量监督抽查情况的通报 ‖ 政务公开 ‖ 盎川县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="county portal: 长者模式/读屏/繁體 links, an 索引号 table (the 文号 cell unmarked, neutral), a 纠错 line and 12345; "
        "the bureau's own 联系人/电话 kept; a spot-check table one row a paragraph; 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>盎川县市场监督管理局关于2025年第一季度厨房秤产品质量监督抽查情况的通报 ‖ 政务公开 ‖ 盎川县人民政府</title>
<meta name="SiteName" content="盎川县人民政府">
<meta name="ColumnName" content="部门文件">
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="https://zfwzgl.example.gov.cn/jiucuo/monitor.js?sitecode=4307390019"></script>
</head>
<body>
<div class="top-tools">
<span>⟦m 今天是：星期四⟧</span>
<a href="javascript:;">⟦a 长者模式⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a> <a href="javascript:;">⟦a 繁體版⟧</a> <a href="/wza/">⟦a 无障碍辅助浏览⟧</a>
</div>
<div class="banner"><img src="/images/banner2025.jpg" alt=""><span>⟦m 盎川县人民政府⟧</span></div>
<ul class="mainnav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjac/">⟦m 走进盎川⟧</a></li>
</ul>
<div class="crumbs">⟦m 当前所处：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县市场监管局⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索 引 号：11430739MB1D23417X/2025-00417⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发文机关：盎川县市场监督管理局⟧</td><td>⟦m 成文日期：2025-04-08⟧</td></tr>
<tr><td>文　　号：盎市监通〔2025〕9号</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-tools">⟦a 【文字 放大 还原 缩小】⟧ ⟦a 【送打印机】⟧ ⟦a 【关闭此页】⟧ <span>⟦m 浏览次数：418⟧</span></div>
<div class="art-content">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="relate"><h4>⟦l 相关文件⟧</h4>
<ul><li><a href="#">⟦l 盎川县市场监督管理局关于电动自行车头盔质量抽查结果的公告⟧</a></li>
<li><a href="#">⟦l 县市场监管局2024年计量器具专项检查情况通报⟧</a></li></ul></div>
<div class="footer">
<p>⟦m 主办：盎川县人民政府办公室　承办：盎川县政务服务和大数据中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站纠错请拨：0736-7200119⟧</p>
<p>⟦m 网站标识码：4307390019　湘ICP备05008812号　湘公网安备 43073902000127号⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位：
2025年第一季度，我局对全县商场、超市、电商网点销售的厨房秤开展了产品质量监督抽查，共抽查20家经营单位的32批次产品，检出不合格产品5批次，不合格率15.6%。现将有关情况通报如下。
一、不合格产品情况
经营单位　产品名称　不合格项目
甐水镇百乐购超市　电子厨房秤　称量误差
县城惠邻家居店　机械厨房秤　标志和说明书
轾岭乡兴旺日杂店　电子厨房秤　称量误差、电池仓
“盎川优选”网店　电子厨房秤　去皮功能
县城美厨生活馆　电子厨房秤　称量误差
二、处理要求
对抽查不合格的产品，各经营单位要立即下架，我局将依法立案调查。各乡镇要督促辖区经营者落实进货查验制度，不得销售无合格证明的厨房秤。
联系人：韦晓岚　电话：0736-7215408
盎川县市场监督管理局
2025年4月8日
""",
    ),
    dict(
        slug="gov-panxi-notice-hutch-subsidy-annex-copy",
        site="槃溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.panxi.gov.cn/bmxxgk/nyncj/tzgg/202502/t20250226_88130.html",
        title="槃溪县农业农村局关于开展2025年兔笼标准化改造补助申报工作的通知",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="record title as is; 文号 line neutral; 附件 list, 抄送 and 印发 lines in the body; the bureau's contact next to the "
        "portal's 纠错 line and 12345; 成文日期 in Chinese numerals; the portal's 发布日期 also accepted",
        page="""
!m 槃溪县人民政府网
!m 首页 ／ 部门信息公开 ／ 县农业农村局 ／ 通知公告
!a 〔大字版〕〔语音朗读〕〔简/繁〕
{T}
!m 发布日期：2025-02-26　信息来源：县农业农村局　访问量：705
槃农发〔2025〕6号
{BODY}
!a 【打印】【收藏】【关闭】
!l 上一条：关于做好春季重大动物疫病集中免疫工作的通知
!l 下一条：槃溪县2025年农机购置补贴实施方案
!m 主办单位：槃溪县人民政府办公室　　纠错热线：0743-5800612　　便民服务：12345
!m 湘ICP备06014420号　网站标识码4331250004
""",
        indent="\u3000\u3000",
        body="""
各镇人民政府，县直有关单位：
为推进肉兔养殖提质增效，县政府决定2025年继续实施兔笼标准化改造补助。现将有关事项通知如下。
一、补助对象。存栏种兔300只以上、取得动物防疫条件合格证的养殖场户。
二、补助标准。更换镀锌双层兔笼的，每个笼位补助18元；加装自动饮水系统的，每个笼位另补助4元。同一笼位不重复享受补助。
三、申报程序。养殖场户向所在镇畜牧兽医站申报，镇级初审后于3月31日前报县农业农村局，县里组织现场核验后公示7天。
联系人：尹佩瑶　电话：0743-5826193
附件：1.兔笼标准化改造补助申报表
2.兔笼改造验收标准
槃溪县农业农村局
二〇二五年二月二十四日
抄送：县财政局，县畜牧兽医服务中心。
槃溪县农业农村局办公室　2025年2月24日印发
""",
    ),
    dict(
        slug="news-yicheng-child-locks-fulian-record-date",
        site="瓵城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yichengnews.cn/msxw/2025-05/29/content_4417706.html",
        title="鼒川区妇联为300户有幼儿家庭免费安装儿童锁",
        record_title="鼒川区妇联为300户有幼儿家庭免费安装儿童锁 · 百姓身边 · 瓵城新闻网",
        record_date="2025-05-29",
        date="2025-05-29",
        notes="county news portal: an app prompt glued before the lead, a listen button, a photo caption between paragraphs, "
        "an editor line glued after the last paragraph, a 24-hour list and an ad slot; date from the record",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鼒川区妇联为300户有幼儿家庭免费安装儿童锁 · 百姓身边 · 瓵城新闻网</title>
<meta name="description" content="鼒川区妇联联合区消防救援大队为300户家庭免费安装儿童锁">
<script async src="https://ad.yichengnews.cn/slot.js"></script>
</head>
<body>
<div class="topbar">⟦m 瓵城新闻网　瓵城市唯一重点新闻网站⟧ <a href="/app">⟦a 下载瓵城新闻APP⟧</a></div>
<nav class="channel"><a href="/">⟦m 首页⟧</a> <a href="/sz/">⟦m 时政⟧</a> <a href="/ms/">⟦m 民生⟧</a> <a href="/qx/">⟦m 区县⟧</a> <a href="/sp/">⟦m 视频⟧</a> <a href="/pl/">⟦m 评论⟧</a></nav>
<div class="pos">⟦m 瓵城新闻网 » 民生频道 » 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 2025-05-29 07:52　来源：瓵城日报　记者 邵雨晴⟧</div>
<div class="listen"><button>⟦a ▷ 听新闻⟧</button></div>
<div class="txt">
{BODY}
</div>
<div class="share-row">⟦l 转发到：朋友圈 / 微博 / 复制链接⟧</div>
</article>
<div class="ad-slot">⟦a 广告｜鬶门家居节 全场焕新⟧</div>
<aside>
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 瓵城地铁2号线北延段开始试运行⟧</li>
<li>⟦l 鼒川区新增三处口袋公园⟧</li>
<li>⟦l 市区部分路段6月起实行潮汐车道⟧</li>
</ol>
</aside>
<footer>
<p>⟦d 凡本网注明“来源：瓵城日报”的作品，未经授权不得转载、摘编。⟧</p>
<p>⟦m 瓵城新闻网 版权所有　互联网新闻信息服务许可证 43120190017　违法和不良信息举报：0739-8862110⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开瓵城新闻APP，本地资讯早知道⟧本报讯（记者 邵雨晴 通讯员 潘可）5月28日，鼒川区妇联联合区消防救援大队走进鬶门街道，为辖区300户有6岁以下幼儿的家庭免费安装窗户限位器、柜门锁和插座保护盖。
“孩子刚会爬，什么都想拉开看看。”家住鬶门社区的龚女士说，工作人员上门半小时就装好了五把锁，还教她检查窗户限位器是否牢固。
⟦m ▲ 志愿者在居民家中为橱柜加装儿童锁。邵雨晴 摄⟧
区妇联负责人介绍，今年以来，全区已发生幼儿误食洗涤剂、攀爬窗台等意外伤害事件7起。此次活动所需锁具由爱心企业捐赠，下一步将覆盖全区所有街道。⟦m （编辑 夏初 审核 郑凯文）⟧
""",
    ),
    dict(
        slug="news-keshan-tissue-box-bagasse-oneline",
        site="榼山在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.keshanzx.com/jingji/2025/0318/30412.shtml",
        title="榼山：一只纸巾盒的“绿色转身”",
        record_title="〖榼山制造〗榼山：一只纸巾盒的“绿色转身”｜榼山在线",
        date="2025-03-18",
        notes="the whole article on one line; a byline's time as the page's date; a font-size row and a comment box",
        page="""
!m 榼山在线　www.keshanzx.com
!m 首页 - 榼山制造 - 正文
{T}
!m 2025-03-18 08:40　来源：榼山融媒　作者：柯小满
!a 字号：A+ A A-　　｜　　✉ 推荐给朋友
{BODY}
!l 网友评论（0）　我来说两句
!l 相关新闻：蛳港镇工业园新签约项目5个　　县工信局召开纸品行业座谈会
!m 榼山在线 版权所有　新闻热线：0744-3361870
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
近日，位于蛳港镇的榼山县恒舒纸品有限公司新上一条甘蔗渣模压纸巾盒生产线，每天可生产纸巾盒4万只。
过去，酒店和餐馆用的纸巾盒多为塑料或覆膜纸板，用旧后难以回收。该公司技术负责人柯敏介绍，新纸巾盒以制糖厂的甘蔗渣为原料，不覆膜、不上光，废弃后三个月左右即可自然降解。
目前，公司已与县内18家宾馆签订供货协议。县工信局表示，将支持企业申报绿色产品认证，带动更多纸品企业转型。
""",
    ),
    dict(
        slug="forum-tuwowo-diy-balcony-hutch-jammer",
        site="兔窝窝论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tuwowo.net/thread-90217-1-1.html",
        title="自己动手做阳台兔笼",
        record_title="[巧手搭窝] 自己动手做阳台兔笼（图文+尺寸表） - 宠兔起居版 - 兔窝窝论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, a rating row, a signature, replies; post time 3 天前 is no date; "
        "a numbered list of steps",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[巧手搭窝] 自己动手做阳台兔笼（图文+尺寸表） - 宠兔起居版 - 兔窝窝论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Kq3"></script>
</head>
<body>
<div id="toptb">⟦m 兔窝窝论坛⟧ <a>⟦a 切换到窄版⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 兔窝窝 › 养兔大家谈 › 宠兔起居版 › 查看帖子⟧</div>
<div class="thread-stat">⟦m 查看: 4132 ┆ 回复: 38⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 胡萝卜不够吃⟧</div><dl><dt>⟦m 积分 2210 ┆ 兔龄 5年 ┆ 中级饲养员⟧</dt></dl></td>
<td class="plc">
<h1 id="thread_subject">⟦t [巧手搭窝] 自己动手做阳台兔笼（图文+尺寸表）⟧</h1>
<div class="authi">⟦m 发表于 3 天前 ┆ 只看楼主 ┆ 电梯直达⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_772901">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分 参与人数 6　兔粮 +18　收起 理由：实用！⟧</div>
<div class="sign">⟦m 签名：家有两只垂耳，一只叫汤圆，一只叫麻薯⟧</div>
<div class="po">⟦a 回复 ┆ 支持 ┆ 收藏 ┆ 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发 ┆ 小雪团 ┆ 2 天前：底网那条太重要了，我家之前就是脚垫出问题⟧</div>
<div class="reply">⟦l 板凳 ┆ 阿蒲 ┆ 昨天 21:06：求问木板刷的什么漆？⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，没有账号？注册一个⟧</div>
<div id="ft">⟦m 兔窝窝论坛 tuwowo.net ( 闽ICP备19062205号-1 )⟧ ⟦m Powered by Discuz! X3.5⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里两只兔子之前住宠物店买的铁丝笼，底部是细铁丝网，半年下来一只得了脚皮炎。今年春天我干脆自己做了一个阳台兔笼，用了一个周末，材料费不到三百元，分享一下做法。
1. 框架用松木方，整体长120厘米、宽60厘米、高100厘米，分上下两层，中间开一个斜坡通道。
2. 底板不用铁丝网，铺整块竹板，板与板之间留5毫米缝隙，下面放抽拉式粪盘，每天抽出来清理一次。
3. 四周用镀锌网围起来，网孔不超过2.5厘米，防止兔子把头伸出去卡住。
4. 门装在正面，用两个搭扣加一把小挂锁，兔子会用牙拱门，普通插销挡不住。
做好后放在朝东的阳台，夏天中午用遮阳网挡一挡。两只兔子住了三个月，脚垫都好了。
""",
    ),
    dict(
        slug="forum-chufangshuo-kitchen-scale-choice-junk",
        site="厨房说论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.chufangshuo.cn/t/551840",
        title="厨房秤选机械的还是电子的？用了三年说说感受",
        record_title="【器具选购】厨房秤选机械的还是电子的？用了三年说说感受 - 锅碗瓢盆区 - 厨房说",
        date=None,
        notes="a forum thread with anti-scraping junk as a line and glued after 。; relative times (昨天, 5 小时前) are no dates; "
        "a numbered comparison in the post",
        page="""
!m 厨房说 · 下厨的人都在这
!m 厨房说 > 锅碗瓢盆区 > 帖子详情
!t 【器具选购】厨房秤选机械的还是电子的？用了三年说说感受
!m 楼主：烘焙小白菜　　昨天 22:14　　阅读 1806　　回复 27
!a [只看楼主] [倒序看帖] [收藏本帖]
{BODY}
!l 1# 豆沙包 5 小时前：同感，电子秤一定要选能称到0.1克的
!l 2# 阿坤爸爸 3 小时前：机械秤放了几年指针回不到零了
!a 回帖需先绑定手机号　去绑定
!m 厨房说 chufangshuo.cn　京ICP备23007712号
""",
        junk=dict(lines=1, glued=2),
        body="""
三年前开始学做面包，先后买过一台机械厨房秤和两台电子厨房秤，说说我的感受，给新手参考。
机械秤的好处是不用电池，摔一下也不容易坏，适合称蔬菜、面粉这种大份量的东西。缺点是刻度太粗，最小只能看到5克，称酵母、盐根本不准，用久了指针还会回不到零。
电子秤我现在用的这台最小能称到0.1克，有去皮功能，把盆放上去清零再倒面粉，非常方便。要注意三点：
1. 选秤盘大一点的，放大碗不会挡住屏幕。
2. 电池没电时读数会飘，看到低电量提示就换。
3. 用前放在平整台面上，别放在砧板上称。
总结一下：只做家常菜，机械秤够用；要做烘焙，还是买一台好一点的电子秤。
""",
    ),
]
