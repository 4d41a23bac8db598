"""holdout324, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, site, place, person, number and URL here is invented; each case was written by
hand (see ../README.md and ../build.py for the markup). Objects: magazine racks (杂志架),
picture hooks (挂画钩), shoe trees (鞋撑), tie racks (领带架) and key chains (钥匙链).
"""

CASES = [
    dict(
        slug="weibian-speech-farm-library-magazine-racks-gb2312",
        site="韦编范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.weibianfw.example.com/jianghua/xiangcun/2024/0419/31527.html",
        title="在全镇农家书屋提质增效暨杂志架更新推进会上的讲话",
        record_title="【书屋讲稿】在全镇农家书屋提质增效暨杂志架更新推进会上的讲话（同题另附两篇）_韦编范文网",
        date="2024-04-16",
        date_also=["2024-04-19"],
        notes=(
            "old gb2312 table page: marquee, nav row, font/print/collect row, floating ghost-writer box, "
            "visitor counter; date under the speech title (the site's posting date also accepted); speaker "
            "line neutral; a writing-service id glued after a 。 and a member-unlock line between paragraphs"
        ),
        p_html='<p style="TEXT-INDENT: 2em; LINE-HEIGHT: 180%">{}</p>',
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【书屋讲稿】在全镇农家书屋提质增效暨杂志架更新推进会上的讲话（同题另附两篇）_韦编范文网</title>
<link href="/css/wb.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.asp?id=31527"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="280"><img src="/images/wb_logo.gif" width="260" height="60"></td>
<td><font color="#990000">⟦m 韦编范文网 —— 韦编三绝，笔下无难稿⟧</font></td></tr>
<tr><td colspan="2"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">⟦l ★ 本站“乡村文化振兴”讲话稿专栏已上新127篇，另有春训、冬训发言材料陆续更新中 ★⟧</marquee></td></tr>
<tr bgcolor="#7B1F1F"><td colspan="2" height="28">⟦m <a href="/">本站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得感悟</a> | <a href="/gongwen/">公文写作</a> | <a href="/zhuchi/">主持串词</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td>⟦m 您所在位置：<a href="/">韦编范文网</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; <a href="/jianghua/xiangcun/">乡村振兴讲话</a>⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center"><font color="#888888">⟦m 时间：2024-04-19 09:12　　来源：会员投稿　　人气：4127⟧</font></td></tr>
<tr><td align="center">⟦a 〖字体：大 中 小〗〖打印此页〗〖收藏此篇〗⟧</td></tr>
<tr><td align="center">澙口镇党委副书记　闵嘉树</td></tr>
<tr><td align="center">（2024年4月16日）</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：<a href="/jianghua/xiangcun/31526.html">在村级文化广场建设现场会上的讲话</a>⟧</td></tr>
<tr><td>⟦l 下一篇：<a href="/jianghua/xiangcun/31528.html">全民阅读月启动仪式致辞（范本）</a>⟧</td></tr>
</table>
</td>
<td width="260" valign="top" bgcolor="#FFF8EE">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td><b>⟦l 本栏热点排行⟧</b></td></tr>
<tr><td>⟦l ·在文化站长培训班开班式上的讲话⟧</td></tr>
<tr><td>⟦l ·农家书屋管理员述职报告（两篇）⟧</td></tr>
<tr><td>⟦l ·乡镇全民阅读工作总结范文⟧</td></tr>
<tr><td>⟦l ·书香社区创建推进会主持词⟧</td></tr>
</table>
</td></tr>
</table>
<div id="qqfloat" style="position:absolute;right:6px;top:180px;width:120px;border:1px solid #C00">
<p>⟦w 原创代笔 QQ：3058126674⟧</p>
<p>⟦w 微信同号，添加请注明“韦编”⟧</p>
</div>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0" bgcolor="#EEEEEE">
<tr><td align="center">⟦d 本站稿件均由会员上传，仅作写作参考，转载请保留出处⟧</td></tr>
<tr><td align="center">⟦m Copyright &copy; 2011-2024 韦编范文网 weibianfw.example.com　冀ICP备11087342号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 00581736 位来访者⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
今天召开全镇农家书屋提质增效暨杂志架更新推进会，主要是总结去年书屋运行情况，部署今年杂志架更新和期刊配送工作。刚才，镇文化站通报了全镇21个书屋的开放情况，潽岭村和漼湖社区作了交流发言，讲得很实在。⟦w 〔写材料找韦编，微信号 wbfw_2024〕⟧下面，我讲三点意见。
一、正视问题，看到书屋“有书少人”的短板
去年检查发现，不少书屋的杂志还摞在纸箱里，旧木架松动变形，新到的期刊没处摆。杂志摆不出来，配送就等于白送。
⟦a ……余下2篇范文及本篇Word原稿，登录会员后方可查看……⟧
二、突出重点，把杂志架更新抓实抓细
今年镇里统筹资金9.6万元，为每个书屋更新一组斜面杂志架，6月底前全部安装到位。各村要提前腾出靠窗、采光好的墙面，文化站要按农技、健康、少儿三类分区上架，每月10日前完成新刊更换。
三、压实责任，让书屋真正热起来
各村党组织书记是书屋管理第一责任人，管理员要做到每周开放不少于五天。镇里将把书屋开放和杂志更新情况纳入年度考核。
同志们，一个杂志架虽小，连着群众的精神生活。希望大家把这件实事办好、办实。
""",
    ),
    dict(
        slug="wenduofang-report-shoe-tree-workshop-cn-date",
        site="文牍坊范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenduofang.example.cn/shuzhi/qiye/20250109/88412.html",
        title="鞋撑车间主任2024年度述职报告",
        record_title="鞋撑车间主任2024年度述职报告（车间述职样稿）-文牍坊",
        date="2025-01-06",
        date_also=["2025-01-09"],
        notes=(
            "成文日期 in Chinese numerals under the signature; the site's posting date also accepted; a data "
            "table one row a paragraph; a member prompt between paragraphs; a copy notice glued after a 。"
        ),
        indent="\u3000\u3000",
        page="""
!m 文牍坊范文网｜一站式公文素材库
!m 首页 / 述职报告 / 企业述职 / 正文
!t 鞋撑车间主任2024年度述职报告（车间述职样稿）
!m 更新：2025-01-09　　编辑：小牍　　已有 2206 人参考
!a 复制受限｜开通会员一键导出
{T}
{BODY}
!a 觉得有用？点个“有帮助”吧　👍 186
!l 本栏目还有：
!l 》木制品公司生产部经理述职报告
!l 》一线班组长年终述职（三篇合集）
!l 》质检员个人述职报告范文
!d 文牍坊所收文章仅供借鉴，内容版权归原作者所有，侵删。
!m 文牍坊 wenduofang.example.cn　鲁ICP备20031967号-1
""",
        body="""
各位领导、同事们：
2024年，我在公司领导班子带领下，主持濩田木制品有限公司鞋撑车间全面工作，现将一年来的履职情况报告如下。
一、主要指标完成情况
全年车间围绕“稳产量、提合格率、降损耗”三项目标组织生产，主要指标均好于上年。
指标　2023年　2024年
鞋撑产量（万双）　38.2　46.5
一次交验合格率　95.1%　97.6%
木料损耗率　7.8%　5.9%
二、重点工作
一是推行香樟木料分级下料，把边角料集中用于儿童鞋撑，全年节约木料约41立方米。二是改造弹簧连杆压装工位，压装工时由每双40秒缩短到28秒。⟦d 本文为会员原创，未经授权禁止转载。⟧三是和外贸客户对接，新开发可调节长度鞋撑3个型号。
⟦a 开通VIP：免费下载本文完整Word版→⟧
三、存在的不足
车间烘干房容量不足，雨季木料含水率控制不稳；新进员工培训周期偏长，个别工位仍靠老师傅“带着干”。
2025年，我将把烘干房扩容和岗位标准化作业作为重点，力争全年产量突破52万双。
述职人：鲍承远
二〇二五年一月六日
""",
    ),
    dict(
        slug="zhiye-wenku-research-picture-hooks-pdf-markers",
        site="知页文库 (invented document-preview reader)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewenku.example.com/view/7c41e0a2b95d.html",
        title="关于老旧小区居民挂画钩使用安全情况的调研报告",
        record_title="关于老旧小区居民挂画钩使用安全情况的调研报告.pdf",
        date="2024-09-20",
        notes=(
            "文库 reader: viewer toolbar, page markers ⏯ n ⏯ as paragraphs cutting sentences, a paywall box; "
            "upload stamp is no date; 成文日期 under the signature; a numbered list"
        ),
        pages=dict(fmt="⏯ {n} ⏯", every=140, start=2),
        p_html='<p class="reader-txt">{}</p>',
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于老旧小区居民挂画钩使用安全情况的调研报告.pdf - 知页文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://static.zhiyewenku.example.com/reader/v3/viewer.min.js"></script>
</head>
<body>
<header class="zy-head">
<a class="logo" href="/">⟦m 知页文库⟧</a>
<nav>⟦m <a href="/">首页</a> <a href="/cat/gongwen">公文</a> <a href="/cat/baogao">报告</a> <a href="/cat/jiaoyu">教育</a>⟧</nav>
<form class="search"><input placeholder="搜文档、找资料"><button>⟦a 搜文档⟧</button></form>
<a href="/login">⟦a 登录｜免费注册⟧</a>
</header>
<div class="doc-top">
<h1>⟦t 关于老旧小区居民挂画钩使用安全情况的调研报告.pdf⟧</h1>
<div class="doc-meta">⟦m 上传者：溙城社区工作者　上传于 2025-02-11　共4页　浏览 1893 次⟧</div>
<div class="toolbar">⟦a 全屏阅读 ｜ 放大 ｜ 缩小 ｜ 适合页宽⟧</div>
</div>
<div class="reader">
<div class="page-inner">
<h2>{T}</h2>
{BODY}
</div>
<div class="paywall">
<p>⟦a 预览已到第4页末尾，付费 3.80 元即可下载无水印原文⟧</p>
<p>⟦a 立即下载　｜　加入文档袋⟧</p>
</div>
</div>
<aside class="related">
<h3>⟦l 看过本文档的人还在看⟧</h3>
<ul>
<li>⟦l 老旧小区改造入户安全排查表.docx⟧</li>
<li>⟦l 居民室内装饰安全小知识.ppt⟧</li>
<li>⟦l 社区防灾减灾调研报告（2024）.pdf⟧</li>
</ul>
</aside>
<footer>
<p>⟦d 知页文库仅提供信息存储空间，文档由用户上传，如侵犯您的权益请联系我们删除。⟧</p>
<p>⟦m ©2025 知页文库　沪ICP备22047816号-3⟧</p>
</footer>
</body>
</html>
""",
        body="""
为摸清老旧小区居民室内悬挂相框、装饰画的安全状况，8月至9月，区住建局会同三个街道，对溙城区建成于2000年以前的14个小区开展入户调研，共走访居民426户。现将有关情况报告如下。
一、基本情况
被访户中，有312户在墙上悬挂相框或装饰画，共使用各类挂画钩1160余个。其中，钉入式铁钩占58%，免钉粘贴钩占31%，其余为膨胀螺丝和挂镜线。
二、主要问题
1.粘贴钩超重使用。约四成粘贴钩实际承重超过标称值，夏季返潮后脱落明显。
2.钩位选择不当。有47户把大幅相框挂在床头正上方，存在砸伤隐患。
3.墙体老化。部分外墙内侧墙皮空鼓，钉入后松动。
三、对策建议
建议由街道组织志愿者开展入户检查，对床头、沙发上方的重物挂件逐户提醒；在社区宣传栏公布不同挂画钩的承重参考值；将挂件检查纳入老旧小区改造入户排查内容。
溙城区住房和城乡建设局调研组
2024年9月20日
""",
    ),
    dict(
        slug="shiyu-wenku-plan-key-chains-wrapped-glued-markers",
        site="拾羽文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.shiyu-doc.example.com/d/550938117.html",
        title="关于为独居老人发放防走失钥匙链的实施方案",
        record_title="【文库臻选】关于为独居老人发放防走失钥匙链的实施方案（内容可改）",
        date="2025-03-18",
        notes=(
            "文库 text preview hard-wrapped at 62 columns; page markers ⍵n⍵ glued to the continuation line; "
            "sentences on 扫码 are content; 成文日期 under the signature"
        ),
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⍵{n}⍵", every=150, start=2, glue=True),
        page="""
!m 拾羽文库 · 文档在线预览
!t 【文库臻选】关于为独居老人发放防走失钥匙链的实施方案（内容可改）
!m 格式：DOCX　页数：3　大小：41.6KB　下载券：2
!a 点击展开阅读全文 ⌄
{T}
{BODY}
!a 试读结束｜剩余内容需使用2张下载券获取
!l 同类文档：居家养老服务站建设方案　｜　特殊困难老人探访关爱制度
!d 本文档由用户自行上传，拾羽文库不对内容的准确性承担责任。
""",
        body="""
为进一步做好独居、失能及认知障碍老年人走失预防工作，县民政局决定在全县开展防走失钥匙链发放工作，特制定本方案。
一、发放对象
全县70周岁以上独居老人，以及经评估有认知障碍倾向的老年人，预计发放4800个。
二、钥匙链功能
钥匙链正面刻老人姓名和所在村（社区），背面印有专属二维码。老人走失时，他人扫码即可看到家属和网格员电话，不显示住址等隐私信息。
三、实施步骤
（一）摸底登记。4月10日前，各乡镇民政办会同村（社区）逐户登记，录入联系人信息。
（二）集中发放。4月下旬由网格员上门发放，现场教会老人和家属使用，把钥匙链挂在老人常用的钥匙串上。
（三）动态更新。家属电话变更的，由村（社区）及时在后台更新。
四、工作要求
各乡镇要明确专人负责，发放情况每月5日前报县民政局养老服务股。
漈溪县民政局
2025年3月18日
""",
    ),
    dict(
        slug="jiechuan-gov-notice-magazine-racks-hall-index-table",
        site="岕川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jiechuan.example.gov.cn/zwgk/tzgg/202406/t20240605_318842.html",
        title="关于规范政务服务大厅政策宣传资料杂志架设置的通知",
        record_title="关于规范政务服务大厅政策宣传资料杂志架设置的通知_县政务服务中心_岕川县人民政府门户网站",
        date="2024-06-03",
        date_also=["2024-06-05"],
        notes=(
            "county portal: 长辈版/无障碍/繁體 row, 索引号 table with an unmarked 文号 cell (neutral), a 纠错 "
            "line and 12345 beside the notice's own 联系人/电话; 附件 list, 抄送 and 印发 lines in the body; "
            "成文日期 differs from the portal's 发布日期 (also accepted)"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范政务服务大厅政策宣传资料杂志架设置的通知_县政务服务中心_岕川县人民政府门户网站</title>
<meta name="ArticleTitle" content="关于规范政务服务大厅政策宣传资料杂志架设置的通知">
<meta name="PubDate" content="2024-06-05 10:30">
<script src="/js/jquery.min.js"></script>
<script src="/js/elder-mode.js"></script>
</head>
<body>
<div class="gov-topbar">
<span>⟦m 岕川县人民政府门户网站⟧</span>
<a href="javascript:;">⟦a 长辈版⟧</a> <a href="javascript:;">⟦a 无障碍⟧</a> <a href="javascript:;">⟦a 繁體⟧</a> <a href="/m/">⟦a 移动端⟧</a>
</div>
<div class="gov-nav">⟦m <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjjc/">走进岕川</a>⟧</div>
<div class="location">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11520427MB1790346X/2024-01883⟧</td><td>⟦m 主题分类：政务服务⟧</td></tr>
<tr><td>⟦m 发布机构：岕川县政务服务中心⟧</td><td>⟦m 发布日期：2024-06-05⟧</td></tr>
<tr><td>岕政服办〔2024〕17号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="article-tools">⟦a 〔字号 放大 默认 缩小〕⟧ ⟦a 【打印该文】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related">
<h4>⟦l 相关阅读⟧</h4>
<p>⟦l 岕川县政务服务中心2024年窗口服务提升方案⟧</p>
<p>⟦l 关于开展“好差评”满意度回访工作的通知⟧</p>
</div>
<div class="gov-footer">
<p>⟦m 主办：岕川县人民政府办公室　承办：岕川县大数据中心⟧</p>
<p>⟦m 网站纠错电话：0935-7712409　便民服务热线：12345⟧</p>
<p>⟦m 网站标识码：5204270009　黔ICP备13004528号　黔公网安备52042702000219号⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直各部门：
为方便群众取阅政策资料，提升政务服务大厅服务形象，现就规范大厅政策宣传资料杂志架设置有关事项通知如下。
一、统一设置标准。县、乡两级政务服务大厅应在等候区和综合窗口附近各设置落地式杂志架不少于1组，杂志架高度不超过1.5米，分类标识清晰，不得遮挡消防通道和指示标识。
二、规范摆放内容。杂志架只摆放现行有效的政策解读、办事指南和便民手册，过期资料每月清理一次；商业广告、未经审核的宣传品一律不得上架。
三、落实管理责任。各进驻部门负责本部门资料的补充更换，大厅管理办每季度开展一次检查，并将结果纳入窗口考评。
联系人：顾沛然　联系电话：0935-7713026
附件：1.政务服务大厅杂志架设置点位表
2.政策宣传资料目录（第一批）
岕川县政务服务中心
2024年6月3日
抄送：县委办公室，县政府办公室。
岕川县政务服务中心办公室　2024年6月3日印发
""",
    ),
    dict(
        slug="guangyang-samr-bulletin-key-chains-spot-check-table",
        site="洸阳市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.guangyang.example.gov.cn/zljd/ccgg/202505/t20250523_55172.html",
        title="关于2025年儿童钥匙链等小饰品质量监督抽查情况的通报",
        record_title="关于2025年儿童钥匙链等小饰品质量监督抽查情况的通报 - 抽检结果通报 - 洸阳市市场监督管理局",
        date="2025-05-21",
        date_also=["2025-05-23"],
        notes=(
            "bureau page as text: breadcrumb with 索引号, a table of unqualified products one row a "
            "paragraph, the bureau's own 联系人/电话 beside the site's 12315 and 纠错 lines; 成文日期 (the page's "
            "发布时间 also accepted)"
        ),
        page="""
!m 洸阳市市场监督管理局
!m 首页 > 质量监督 > 抽查公告
!m 索引号：GY-SCJG-2025-00941　公开方式：主动公开
{T}
!m 发布时间：2025-05-23 16:08　浏览次数：642
!a 【大字】【标准】【小字】　【打印】　【关闭本页】
{BODY}
!l 相关公告：关于2025年第一季度电动自行车质量抽查情况的通报
!m 投诉举报：12315　网站纠错：0913-3308876
!m 洸阳市市场监督管理局主办　陕ICP备05012774号
""",
        body="""
各县（区）市场监督管理局：
为加强儿童用品质量安全监管，今年4月，市局组织对全市商场、文具店、景区商店销售的儿童钥匙链、书包挂件等小饰品开展监督抽查，共抽检60批次，合格54批次，不合格6批次。
不合格产品主要问题为可触及小零件脱落和可迁移元素超标，具体如下。
产品名称　标称生产企业　不合格项目
卡通软胶钥匙链　溙城区乐趣饰品有限公司　小零件
磁吸玩偶钥匙链　濩田镇星点工艺品店　小零件
金属字母钥匙链　渃源县鑫达五金制品厂　可迁移元素（铅）
各县（区）局要依法对不合格产品的生产、销售者进行处理，责令其停止销售，并于6月20日前将核查处置情况报市局质量监督科。
联系人：杭书宁　电话：0913-3309152
洸阳市市场监督管理局
2025年5月21日
""",
    ),
    dict(
        slug="guangyang-news-volunteers-picture-hooks-caption-editor",
        site="洸阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gyxww.example.cn/shequ/2024-10/12/content_2281945.htm",
        title="漼湖社区“挂画钩”志愿队上门帮独居老人固定相框",
        record_title="漼湖社区“挂画钩”志愿队上门帮独居老人固定相框_社区民生_洸阳新闻网",
        date="2024-10-12",
        notes=(
            "news page: an app prompt glued before the lead, a photo caption between paragraphs, an editor "
            "line glued after the last 。; the byline's 发布时间 is the page's date; 24-hour list"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>漼湖社区“挂画钩”志愿队上门帮独居老人固定相框_社区民生_洸阳新闻网</title>
<script>window.adSlots = ["top-banner", "side-1"];</script>
</head>
<body>
<div class="topbar">⟦m 洸阳新闻网　洸阳市委宣传部主管⟧　<a>⟦a 客户端下载⟧</a>　<a>⟦a 登录⟧</a></div>
<nav class="channels">⟦m <a>首页</a> <a>时政</a> <a>县区</a> <a>社区民生</a> <a>图片</a> <a>视频</a> <a>专题</a>⟧</nav>
<div class="crumbs">⟦m 洸阳新闻网 &gt; 社区民生 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-10-12 17:36　来源：洸阳日报　记者 庞清越 通讯员 刘芊⟧</div>
<div class="listen">⟦a 🔊 听新闻⟧</div>
<div class="content">
{BODY}
</div>
<div class="share-bar">⟦l 转发到：朋友圈 | 微博 | 复制链接⟧</div>
</article>
<aside>
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 洸阳东站改造后首趟列车开出⟧</li>
<li>⟦l 秋季养老金待遇调整今起发放⟧</li>
<li>⟦l 城西菜市场提升改造完工⟧</li>
</ol>
<div class="ad">⟦a 广告　｜　秋装焕新季，满300减50⟧</div>
</aside>
<footer>
<p>⟦d 凡注明“来源：洸阳新闻网”的作品，未经授权不得转载、摘编。⟧</p>
<p>⟦m 互联网新闻信息服务许可证：61120190014　陕ICP备09018822号⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开“洸阳+”APP，看更多身边事⟧本报讯　“这幅全家福挂了二十多年，去年钉子松了，一直不敢动它。”10月10日上午，漼湖社区82岁的独居老人陶桂珍看着重新挂好的相框，连声道谢。
今年以来，漼湖社区组织退休电工、木工和党员志愿者组成“挂画钩”志愿队，为辖区独居、高龄老人上门检查墙上的相框、镜子和挂钟，松动的重新固定，挂在床头上方的建议移位。
⟦m 图为志愿者为老人更换挂画钩。（刘芊　摄）⟧
志愿队队长吴振邦介绍，老房子墙体普遍老化，老人自己踩凳子挂东西容易摔倒。志愿队随身带着不同规格的挂画钩和膨胀螺丝，先看墙体再选钩子，一户一般不超过半小时。
截至目前，志愿队已上门服务137户，更换挂画钩400余个，排除床头重物隐患29处。⟦m （责任编辑：孟一帆）⟧
""",
    ),
    dict(
        slug="jiexi-news-shoe-tree-coop-orders",
        site="漈溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jxxww.example.cn/xiangzhen/20241120/114705.html",
        title="岏山镇木作合作社香樟鞋撑订单排到明年三月",
        record_date="2024-11-20",
        date="2024-11-20",
        notes="news page as text: record title and date as is; channel row, 24-hour list and a reporter line; a photo caption on a line of its own inside the body",
        page="""
!m 漈溪新闻网 | 漈溪县融媒体中心
!m 首页　乡镇　产业　民生　视频　专题
{T}
!m 2024-11-20 08:05　来源：漈溪县融媒体中心　记者：傅清溪
!a 大号字　中号字　小号字
{BODY}
!m 编审：蔡一鸣　终审：郑柏林
!l 24小时排行
!l 1 县城第二水厂年底通水
!l 2 漈溪冬季农业技术培训开班
!l 3 岏山中学新建食堂投用
!m 漈溪新闻网版权所有　网络举报电话：0596-8820117
""",
        body="""
入冬以来，岏山镇潽岭村木作合作社的车间里一直忙到晚上九点。切料、打磨、装弹簧连杆，一双双香樟木鞋撑从工人手里出来，装箱发往沿海几家皮鞋厂。合作社负责人祁望舒说，今年的订单已经排到了明年三月。
潽岭村山上香樟多，过去村民做点木勺、砧板，卖不上价。前年，合作社从浙江请来师傅，专做鞋撑这个“小品类”：香樟木能吸潮防虫，配在皮鞋里卖，厂家愿意出好价钱。
⟦m 合作社工人正在打磨鞋撑。记者 傅清溪 摄⟧
目前合作社有固定工人36名，大多是附近的留守妇女，人均月收入3200元左右。今年合作社销售鞋撑11万双，产值约260万元，村集体分红18万元。
祁望舒说，明年打算再添一条烘干线，把下脚料做成鞋楦和衣架，让一根木头“吃干榨尽”。
""",
    ),
    dict(
        slug="qiaoshoufang-forum-tie-rack-diy-jammer",
        site="巧手坊论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qiaoshoufang.example.com/thread-662081-1-1.html",
        title="旧衣架改的领带架，步骤都在这儿了",
        record_title="[旧物新做] 旧衣架改的领带架，步骤都在这儿了 - 手作改造区 - 巧手坊论坛",
        date=None,
        notes=(
            "Discuz-like thread: jammer fonts inside the post, a rating row, a signature, a 'reply to see' "
            "prompt; the post time is relative (3 天前), no date; a numbered list of steps"
        ),
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[旧物新做] 旧衣架改的领带架，步骤都在这儿了 - 手作改造区 - 巧手坊论坛 - Powered by Discuz!</title>
<script src="static/js/common.js?Xq3"></script>
<style>.jammer{color:#fff;font-size:0}</style>
</head>
<body>
<div id="hd">⟦m 巧手坊论坛⟧ <a href="member.php?mod=register">⟦a 注册新账号⟧</a> <a href="member.php?mod=logging">⟦a 登入⟧</a></div>
<div id="pt">⟦m 巧手坊论坛 › 家居手作 › 手作改造区 › 查看帖子⟧</div>
<div class="ts"><h1>⟦t [旧物新做] 旧衣架改的领带架，步骤都在这儿了⟧</h1></div>
<div class="hm">⟦m 浏览：3308　回帖：41⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 木屑满地⟧</div><p>⟦m 积分 2287　手作达人⟧</p></td>
<td class="plc">
<div class="authi">⟦m 楼主　发表于 3 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8820193">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　手艺值 +18　收起 理由⟧</div>
<div class="sign">⟦m 签名：闲来做点小木活，欢迎同城交流⟧</div>
<div class="po">⟦a 回复 支持(27) 反对(0) 收藏 分享⟧</div>
</td></tr></table>
<div class="locked">⟦a 本帖还有一张尺寸图，回复后可见⟧</div>
<div class="pgs">⟦l 上个主题：废旧木托盘做的鞋柜⟧ ⟦l 下个主题：给阳台做了个折叠晾衣架⟧</div>
<div id="ft">⟦m 巧手坊论坛 ( 浙ICP备19022851号-2 )⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        body="""
家里领带越攒越多，挂在衣柜横杆上老是滑下来，买现成的领带架又嫌占地方，干脆拿两个旧木衣架改了一个，用了一个月挺顺手，分享给大家。
材料：旧木衣架两个，木螺丝8颗，圆木棒一根（直径1厘米左右），砂纸、木蜡油少许。
1.把衣架的挂钩拆下来留着，横杆两头各锯掉3厘米。
2.在横杆上每隔4厘米钻一个孔，圆木棒锯成12厘米一段，插进去用胶固定，就是挂领带的横齿。
3.两个衣架上下叠放，中间用木条连起来，拧上木螺丝，整体做成两层。
4.打磨后刷一遍木蜡油，晾一天再装回挂钩。
做好以后能挂二十来条领带，挂在衣柜门内侧正好。注意横齿的头要磨圆，不然容易勾丝。
""",
    ),
    dict(
        slug="yaoyou-forum-souvenir-key-chains-junk",
        site="钥友论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.yaoyou-bbs.example.net/forum.php?mod=viewthread&tid=30917",
        title="攒了十年的景区纪念钥匙链",
        record_title="[匙圈晒藏] 攒了十年的景区纪念钥匙链（附九张图）- 匙圈天地 - 钥友论坛",
        date=None,
        notes="forum text: junk lines and junk glued after 。; replies below; posted 昨天 (no date)",
        junk=dict(lines=2, glued=3),
        page="""
!m 钥友论坛 - 钥匙圈爱好者的家
!m 钥友论坛 » 匙圈天地 » 藏品交流
!t [匙圈晒藏] 攒了十年的景区纪念钥匙链（附九张图）
!m 查看: 1274 | 回复: 23
!m 闲云野鹤 发表于 昨天 22:47 | 只看楼主 | 倒序看帖
{BODY}
!a 收藏(35)　　点赞(61)　　举报
!l 2# 老钥匙：第三张那个铜的是漈溪古镇的吧，我也有一个
!l 3# 林间小鹿：太全了，求出一个重复的
!a 登录后才能发表回复　登录 | 注册
!m 手机版 | 小黑屋 | 钥友论坛
!m GMT+8, 2025-6-8 07:31
""",
        body="""
从2015年第一次去岕川大峡谷买了个木头钥匙链开始，我每到一个地方就带一个回来，到今年正好十年，一共攒了143个，趁着搬家整理，拍了几张给大家看看。
按材质分，铜的最多，有41个；木头的28个，亚克力的也不少，就是放久了容易发黄。最贵的是在濩田古窑买的一个瓷片钥匙链，80块，最便宜的是两块钱一个的塑料小灯笼。
我的收纳办法很简单：在墙上钉一块洞洞板，按省份分区挂，每个下面贴张小标签，写上地点和年份。铜的容易氧化发黑，我每年梅雨季前用软布擦一遍。
现在很多景区的钥匙链都是同一个厂出的，换个名字就卖，越来越没意思了。大家有什么特别的，也晒出来看看吧。
""",
    ),
]
