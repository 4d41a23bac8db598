"""holdout262, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Every case written by hand; the sites, places, people, firms, URLs and numbers are invented.
Objects: straw sandals (草鞋), soup ladles (汤勺), fire tongs (火钳), water vats (水缸) and
carpenter's ink markers (墨斗). See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-qingjian-speech-sandal-class-gb2312",
        site="青简范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qingjianfw.com.cn/jianghua/wenhua/2024050218317.html",
        title="在全县草鞋编织技艺传承培训班开班仪式上的讲话",
        record_title="【开班致辞】在全县草鞋编织技艺传承培训班开班仪式上的讲话（开班用稿）_青简范文网",
        date="2024-04-16",
        date_also=["2024-05-02"],
        notes="gb2312 table page: marquee notice, reading row, floating consult box, hot list, visitor counter; "
        "date and speaker lines under the title neutral, the site's 发布时间 differs; a ghost-writer line between "
        "paragraphs and a copy button glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【开班致辞】在全县草鞋编织技艺传承培训班开班仪式上的讲话（开班用稿）_青简范文网</title>
<meta name="keywords" content="草鞋,编织,培训班,开班仪式,讲话">
<link href="/css/qj2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/inc/qj_count.js"></script>
</head>
<body bgcolor="#F3EFE4" topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/qj_logo.gif" alt="">⟦m 青简范文网⟧</td><td>⟦m 一纸青简，半生文章⟧</td><td align="right">⟦a <a href="#">设为首页</a> | <a href="#">收藏青简</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td>⟦m 首 页 | 讲话致辞 | 工作总结 | 心得体会 | 调研报告 | 主持串词 | 会员中心⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦d 青简范文网郑重提醒：范文仅供写作参照，切勿原封不动用于正式会议。⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您的位置：青简范文网 &gt;&gt; 讲话致辞 &gt;&gt; 文化旅游讲话⟧</td></tr></table>
<table width="100%" class="wenzhang">
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center">⟦m 发布时间：2024-05-02 09:14　投稿会员：竹风　浏览：1280 次⟧</td></tr>
<tr><td align="center">⟦a 〔字号：特大 偏大 适中〕〔底色：米黄 豆绿 素白〕⟧</td></tr>
<tr><td align="center">（2024年4月16日）</td></tr>
<tr><td align="center">县文化和旅游局局长　申玉琳</td></tr>
<tr><td class="zhengwen">
{BODY}
</td></tr>
<tr><td align="right">⟦a 〖打印这篇〗〖转给同事〗〖存成文档〗⟧</td></tr>
<tr><td>⟦l 上一篇：在全县竹编产业发展座谈会上的发言⟧</td></tr>
<tr><td>⟦l 下一篇：非遗传承人代表座谈会主持串词⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" class="side"><tr><td>⟦l ◆本栏点击排行◆⟧</td></tr>
<tr><td><a href="/jianghua/wenhua/18002.html">⟦l 在乡村文化振兴推进会上的讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/wenhua/17741.html">⟦l 非遗工坊揭牌仪式致辞（三篇）⟧</a></td></tr>
<tr><td><a href="/jianghua/wenhua/17530.html">⟦l 文化馆暑期公益培训开班讲话⟧</a></td></tr>
</table>
</td></tr>
</table>
<div id="qj_float" style="position:fixed;right:6px;top:220px">⟦w 写作顾问在线 QQ：3306187542⟧</div>
<table width="960" align="center" class="foot">
<tr><td align="center">⟦d 本站文章由会员投稿整理，版权归原作者，若有不妥请来函，核实后即删。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 青简范文网 www.qingjianfw.com.cn 湘ICP备09031672号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0036918 位来宾⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们、学员们：
今天，全县草鞋编织技艺传承培训班正式开班了。首先，我代表县文化和旅游局，向前来授课的三位老艺人表示衷心感谢，向参加培训的四十二名学员表示热烈欢迎！
草鞋编织是我县流传了几百年的老手艺。过去，山里人上山砍柴、下田插秧都离不开一双草鞋；如今穿草鞋的人少了，会打草鞋的人更少了。据县文化馆去年摸底，全县能完整打出一双草鞋的老人已不足六十人，平均年龄七十一岁。这门手艺再不抓紧传下去，就可能断在我们这一代人手里。⟦a 〖复制这一段〗⟧
⟦w 讲话稿写不顺手？青简笔杆一对一代拟，微信 qjfw_bigan2017⟧
这次培训为期十天，由县文化馆承办，枹桥镇草编合作社提供场地和稻草。希望大家做到三点：一是沉下心来学，从选草、搓绳、起头、编底到收口，每一道工序都跟着师傅一遍遍练；二是带着问题学，多想想草鞋怎样和研学旅游、文创产品结合起来；三是学成以后传下去，回到村里至少再带两名徒弟。
同志们，一根稻草不起眼，编在一起就能走千山万水。预祝培训班圆满成功！
""",
    ),
    dict(
        slug="fanwen-yanmo-research-coal-stove-tongs",
        site="研墨斋公文网 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yanmozhai.cn/diaoyan/anquan/70213.html",
        title="关于农村冬季燃煤取暖安全情况的调研报告",
        record_title="关于农村冬季燃煤取暖安全情况的调研报告（含调研提纲）｜研墨斋公文网",
        date="2024-12-09",
        notes="成文日期 in Chinese numerals under the signature; the page's update stamp is no date; a ghost-writer "
        "line between paragraphs, a related link glued after a 。",
        page="""
!m 研墨斋公文网 · 字斟句酌每一篇
!m 所在栏目：首页 ≫ 调研报告 ≫ 安全生产
!t 关于农村冬季燃煤取暖安全情况的调研报告（含调研提纲）
!m 更新：2025-01-03　　字数：约1600　　人气：968
!a ▷ 一键复制　▷ 转存Word　▷ 加入我的素材夹
{BODY}
!a 全文未完？开通研墨斋年卡，四千篇调研报告随意取用
!l 同类推荐：农村独居老人安全状况调研｜冬季森林防火调研报告
!l 相邻文章：← 关于乡镇应急队伍建设的调研　→ 关于农村自建房安全的调研
!d 研墨斋所载范文来源于会员分享，如涉版权问题请致函 banquan@yanmozhai.cn
!m 研墨斋公文网 yanmozhai.cn 版权所有　赣ICP备16044187号
""",
        indent="\u3000\u3000",
        body="""
为摸清农村冬季燃煤取暖安全底数，十一月下旬，县应急管理局会同县卫健局组成调研组，走访了橛口、甔坪两镇的九个村、一百二十六户农户。现将有关情况报告如下。
一、基本情况
受访农户中，仍用蜂窝煤炉取暖的有八十一户，占百分之六十四，其中独居老人户二十九户。多数农户把煤炉放在卧室或堂屋，夜间封火后门窗紧闭。⟦l （延伸阅读：煤炉安全十问十答）⟧
⟦w 材料赶时间？研墨斋写手在线接单，加V：yanmo_xiezuo88⟧
二、存在的问题
一是通风意识差，四成农户没有安装烟囱或烟囱接口漏气；二是用具陈旧，不少老人用的火钳、炉钩已经锈断，夹煤时常把红煤掉在地上；三是报警器配备率低，装了一氧化碳报警器的只有七户。
三、对策建议
建议各镇组织网格员逐户上门，帮老人检查烟囱、更换破损的火钳和炉具；县里统一采购一批报警器，优先发放给独居老人户；村广播每晚播放一次防煤气中毒提示。
藟山县应急管理局调研组
二〇二四年十二月九日
""",
    ),
    dict(
        slug="wenku-jiuzhang-report-vats-marker-paras",
        site="九章文库 (invented, 文库 reader)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.jiuzhangdoc.com/view/5c0e7a91d3b24f6e.html",
        title="鄫阳县古村落消防水缸保存现状调研报告",
        record_title="鄫阳县古村落消防水缸保存现状调研报告.pdf",
        date="2024-08-20",
        notes="文库 reader: viewer toolbar, page count, marker paragraphs ⯅ n ⯆ cutting sentences, a member line "
        "between paragraphs, paywall; the upload stamp is no date; file-name title",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鄫阳县古村落消防水缸保存现状调研报告.pdf - 九章文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.jiuzhangdoc.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="jz-top"><a class="logo" href="/">⟦m 九章文库⟧</a><form class="search"><input placeholder="搜文档、搜资料"><button>⟦a 搜 索⟧</button></form><a href="/login">⟦a 登录 · 注册新账号⟧</a></header>
<nav class="crumb">⟦m 九章文库 › 行业资料 › 文物保护 › 调研报告⟧</nav>
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传时间：2024-09-11　共 5 页　2.1 MB　阅读 3516⟧</div>
<div class="viewer-bar">⟦a 适应宽度　放大　缩小　全屏阅读⟧</div>
</div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="paywall">⟦a 试读结束，剩余 2 页开通九章会员即可查看⟧<button>⟦a 9.9 元开通月度会员⟧</button></div>
<aside class="related"><h3>⟦l 相似文档⟧</h3>
<ul><li>⟦l 传统村落消防安全隐患排查报告⟧</li><li>⟦l 古建筑消防设施配置现状分析⟧</li><li>⟦l 村级文物保护员工作职责⟧</li></ul></aside>
<footer class="jz-foot"><p>⟦d 九章文库文档均由用户上传，平台仅提供存储与展示服务，侵权投诉请走“权利人通道”。⟧</p><p>⟦m © 2024 jiuzhangdoc.com 浙ICP备20011375号-3⟧</p></footer>
</body>
</html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⯅ {n} ⯆", every=150, start=2),
        body="""
鄫阳县现有省级以上传统村落十四个，村中祠堂、民居前后多设有储水防火的大水缸，当地俗称“太平缸”。为摸清这些水缸的保存状况，县文物保护中心于今年七月组织人员逐村开展了调查。
一、数量与分布
共登记水缸二百一十七口，其中石缸一百三十八口、陶缸六十九口、铁缸十口；位于祠堂、庙宇前的八十六口，位于民居院落的一百三十一口。
⟦a 会员专享：本页以下内容开通月卡后可复制⟧
二、保存现状
完好可蓄水的一百二十九口，有裂缝或渗漏的六十三口，缸体破碎、仅存残件的二十五口。调查中发现，常年无人蓄水的水缸中，有相当一部分长满青苔、堆满杂物，已经失去应急取水的作用。
三、几点建议
一是将保存较好的水缸纳入村落消防设施统一管理，明确每口缸的看护人；二是对渗漏水缸请专业匠人修补，不得用水泥简单封堵；三是在缸旁设置说明牌，讲清太平缸的来历和用途。
鄫阳县文物保护中心
2024年8月20日
""",
    ),
    dict(
        slug="wenku-jiangxin-disclosure-inkline-wrapped-glued",
        site="匠心文库 (invented)",
        style="文库预览",
        genre="技术交底",
        kind="other",
        form="text",
        source="https://www.jiangxinwk.net/p/88130462.html",
        title="古建修缮工程木构件弹线放样技术交底",
        record_title=None,
        date=None,
        notes="no title in the record (title line on the page); preview hard-wrapped at 56 columns and cut by ☶n☶ "
        "markers glued to the continuation line; numbered steps; blanks for signatures, no date; upload stamp only",
        page="""
!m 匠心文库 ▸ 建筑工程 ▸ 施工技术交底
{T}
!m 贡献者：luban_2016　｜　4 页　｜　上传于 2024-10-22　｜　浏览 2731
!a 本文档可免费预览前 3 页，下载需 5 匠币
{BODY}
!a ——— 预览到此为止，完整内容请下载原文 ———
!l 大家还在看：木结构屋面修缮技术交底｜古建油饰彩画施工方案｜斗拱拆安作业指导
!d 文档内容由贡献者上传并对其负责，匠心文库不保证其完整性与适用性。
""",
        indent="\u3000\u3000",
        wrap=56,
        pages=dict(fmt="☶{n}☶", every=120, start=2, glue=True),
        body="""
一、适用范围
本交底适用于邿溪县文庙大成殿修缮工程中梁、枋、柱等木构件的弹线放样作业。
二、工具准备
作业前应备齐墨斗、竹笔、角尺、丈杆和线坠。墨斗内墨汁应调至浓淡适中，墨线以细棉线为宜，使用前须检查线轮转动是否顺畅、线绳有无断股。
三、操作要点
1. 弹线前先在构件两端按丈杆点出定位点，两人各执线端，将墨线拉紧、贴紧木面。
2. 一人在中部将墨线垂直提起约一寸后松手，一次弹成，不得重复弹打，以免出现双线。
3. 弹出的墨线须用角尺复核，偏差超过两毫米的，应刨平后重新弹线。
四、注意事项
墨斗用后应将线绳收回、擦净斗口，存放在干燥处；高处弹线必须系好安全带，严禁站在未固定的构件上作业。
交底人：＿＿＿＿　　接收人：＿＿＿＿
""",
    ),
    dict(
        slug="gov-yuezhou-bulletin-ladles-spotcheck",
        site="鄀州市市场监督管理局 (invented, municipal portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://scjgj.yuezhou.gov.cn/zwgk/tzgg/202410/t20241018_3385120.html",
        title="关于2024年第三季度不锈钢汤勺等餐饮具产品质量监督抽查情况的通报",
        record_title="关于2024年第三季度不锈钢汤勺等餐饮具产品质量监督抽查情况的通报 - 公示公告 - 鄀州市市场监督管理局",
        date="2024-10-15",
        date_also=["2024-10-18"],
        notes="municipal portal with 长者/读屏/繁體 row, 索引号 table (the 文号 cell unmarked), a table of "
        "failed products one row a paragraph, the bureau's own 联系人/电话 beside the portal's 纠错 line and "
        "12345; 成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于2024年第三季度不锈钢汤勺等餐饮具产品质量监督抽查情况的通报 - 公示公告 - 鄀州市市场监督管理局</title>
<meta name="ArticleTitle" content="关于2024年第三季度不锈钢汤勺等餐饮具产品质量监督抽查情况的通报">
<meta name="PubDate" content="2024-10-18 16:20">
<script src="/js/gov-common.js"></script>
</head>
<body>
<div class="top-bar"><span>⟦m 鄀州市人民政府 主办⟧</span> <a href="#">⟦a 长者浏览⟧</a> <a href="#">⟦a 读屏专线⟧</a> <a href="#">⟦a 繁體⟧</a></div>
<div class="banner"><h2>⟦m 鄀州市市场监督管理局⟧</h2></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="location">⟦m 当前位置： 首页 &gt; 政务公开 &gt; 公示公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11429006MB1C73502X/2024-01183⟧</td><td>⟦m 主题分类：质量监管⟧</td></tr>
<tr><td>⟦m 发布机构：鄀州市市场监督管理局产品质量安全监督管理处⟧</td><td>⟦m 发布日期：2024-10-18⟧</td></tr>
<tr><td>文号：鄀市监质〔2024〕41号</td><td>⟦m 有效性：现行有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-tools">⟦a 【文字 放大 还原 缩小】⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 2024年第二季度电热水壶产品质量抽查情况通报⟧</p>
<p>⟦l 鄀州市餐饮具集中消毒单位抽检结果公示⟧</p></div>
<div class="footer">
<p>⟦m 主办：鄀州市市场监督管理局　地址：鄀州市龠湖区振华路218号⟧</p>
<p>⟦m 网站纠错：0728-6151234（工作日）　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：4290000045　鄂ICP备05011842号　鄂公网安备42900002000317号⟧</p>
</div>
</body>
</html>
""",
        body="""
各区市场监管局，各有关单位：
为加强餐饮具产品质量安全监管，我局于2024年7月至9月组织开展了不锈钢汤勺、汤锅等餐饮具产品质量监督抽查，共抽查生产、销售企业48家，产品60批次，检出不合格产品7批次。其中汤勺类产品抽查22批次，不合格4批次，主要问题为镍、铬迁移量超标和标志标识不规范。
不合格汤勺产品情况如下：
产品名称　标称生产企业　不合格项目
不锈钢长柄汤勺　鄀州市锦勺厨具厂　镍迁移量
加厚火锅汤勺　龠湖区恒旺五金制品店　标志标识
不锈钢漏勺套装　鄀州市百味家厨具有限公司　铬迁移量
儿童短柄汤勺　龠湖区乐嘉日用品商行　镍迁移量、标志标识
各区市场监管局要依法责令上述企业停止生产、销售不合格产品，督促其查明原因、限期整改，并于11月15日前将后处理情况报送市局。
联系人：钱沐阳　电话：0728-6153207
鄀州市市场监督管理局
2024年10月15日
""",
    ),
    dict(
        slug="gov-shixi-notice-vats-wrapped-annex",
        site="邿溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shixi.gov.cn/zwgk/bmwj/wgl/202406/t20240605_661902.html",
        title="关于做好传统村落消防水缸蓄水维护工作的通知",
        record_title="关于做好传统村落消防水缸蓄水维护工作的通知｜部门发文_邿溪县人民政府门户网站",
        date="2024-06-03",
        date_also=["2024-06-05", "2024-06-04"],
        notes="county portal text hard-wrapped at 70 columns; 文号 line neutral; the notice's own 联系人/电话, a 附件 "
        "list, a joint signature, 抄送 and 印发 lines stay; the portal's 公开时间 and the 印发 date differ from the "
        "成文日期",
        page="""
!m 邿溪县人民政府门户网站
!m 首页 > 政务公开 > 部门发文 > 县文广旅局
!a 【长辈版】【读屏】【繁體中文】
{T}
!m 信息来源：县文广旅局　　公开时间：2024-06-05　　浏览次数：287
邿文旅发〔2024〕19号
{BODY}
!a 【打印本页】　【关闭窗口】　【我要纠错】
!l 上一条：关于开展2024年文化和自然遗产日系列活动的通知
!l 下一条：县文广旅局2024年政务公开工作要点
!m 主办单位：邿溪县人民政府办公室　　技术支持：邿溪县大数据中心
!m 湘ICP备12007730号　　政府网站标识码：4313290011
""",
        wrap=70,
        body="""
各镇人民政府，县直有关单位：
入夏以来，我县降雨偏少，部分传统村落消防水缸蓄水不足，有的缸体破损多年未修，一旦发生火情，难以就近取水扑救。为守住传统村落消防安全底线，现就有关事项通知如下。
一、六月底前，各镇组织对辖区传统村落内的消防水缸逐口检查，缸内水位保持在缸深三分之二以上，并清除缸内杂物和青苔。
二、对破损渗漏的水缸，登记造册后报县文广旅局，由县里统一组织匠人修补；确需更换的，应选用与原缸形制相近的石缸或陶缸。
三、每口水缸明确一名看护人，原则上由缸旁住户或村保洁员担任，每周查看一次水位。
联系人：宋青禾，电话：0739-7261508。
附件：1. 传统村落消防水缸登记表
2. 水缸看护人名单
邿溪县文化广电和旅游局　　邿溪县消防救援大队
2024年6月3日
抄送：县应急管理局，县住建局。
邿溪县文化广电和旅游局办公室　　2024年6月4日印发
""",
    ),
    dict(
        slug="news-yuchuan-sandal-workshop-captions",
        site="鄅川新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuchuannews.cn/xzbb/2024-06/12/content_48810.html",
        title="枹桥镇七旬老人收徒传艺，草鞋走进文创店",
        record_title="枹桥镇七旬老人收徒传艺，草鞋走进文创店｜镇村 · 鄅川新闻网",
        date="2024-06-12",
        notes="county news portal: an app prompt glued before the lead, a photo caption between paragraphs, a "
        "reporter line glued after the last 。, listen button, 24-hour list; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>枹桥镇七旬老人收徒传艺，草鞋走进文创店｜镇村 · 鄅川新闻网</title>
<meta property="og:site_name" content="鄅川新闻网">
<script async src="https://tj.yuchuannews.cn/t.js"></script>
</head>
<body>
<header><div class="logo">⟦m 鄅川新闻网⟧</div><div class="slogan">⟦m 鄅川人自己的新闻网⟧</div>
<nav>⟦m 首页　时政　镇村　民生　文旅　视频　专题⟧</nav></header>
<div class="pos">⟦m 首页 / 镇村播报 / 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-06-12 08:30　来源：鄅川日报⟧</div>
<div class="listen">⟦a ▶ 点击收听本文⟧</div>
<div class="content">
{BODY}
</div>
<div class="article-foot">⟦m 【责任编辑：岑若溪】⟧</div>
<div class="share-row">⟦l 分享：朋友圈 ｜ 微博 ｜ 复制链接⟧</div>
</article>
<aside>
<h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 县城新增两条公交线路下周开通⟧</li><li>⟦l 甔坪镇杨梅节本周六开幕⟧</li><li>⟦l 鄅川中考体育考试安排出炉⟧</li></ol>
<div class="app-ad">⟦a 下载鄅川融媒 · 新闻早知道⟧</div>
</aside>
<footer>
<p>⟦d 凡本网注明“来源：鄅川日报”的作品，未经书面授权不得转载、摘编。⟧</p>
<p>⟦m 鄅川县融媒体中心 主办　新闻热线：0745-8820110⟧</p>
<p>⟦m 互联网新闻信息服务许可证 43120230089　湘ICP备18001276号⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
⟦a 打开鄅川融媒App，看更多身边事⟧本报讯　初夏时节，在枹桥镇罋窑村的草编工坊里，七十三岁的匡德顺正手把手教几名年轻人打草鞋。
匡德顺从十二岁起跟父亲学打草鞋，一打就是六十年。他说，打草鞋讲究“紧、匀、正”，稻草要先捶软，绳要搓得紧，鞋底要编得匀，穿起来才不硌脚。
⟦m 图为匡德顺（右）在指导徒弟编鞋底。通讯员　柯晓岚　摄⟧
去年，镇里把工坊列为乡村非遗工坊，帮他招来六名徒弟。如今工坊每月能编草鞋四百多双，其中一半做成了小巧的挂件和摆件，摆进了县城和景区的文创店，最贵的一双卖到八十八元。
“以前草鞋是穷人穿的，现在成了城里人的稀罕物。”匡德顺笑着说，只要有人愿意学，他就一直教下去。⟦m （记者　蒲一帆　通讯员　柯晓岚）⟧
""",
    ),
    dict(
        slug="news-yuezhou-online-inkline-contest",
        site="鄀州在线 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.yuezhouonline.com/chengshi/20240926/4471052.shtml",
        title="鄀州市举办古建木作技能比武，墨斗弹线比精度",
        record_date="2024-09-26",
        date="2024-09-26",
        notes="title and date from the record; a listen button glued before the lead, an editor line glued after "
        "the last 。; a font row, a related-news box and a comment count",
        page="""
!m 鄀州在线 — 城事·民生·服务
!m 首页 > 城事 > 正文
{T}
!m 2024-09-26 07:58　来源：鄀州在线　　阅读 1.6万
!a A+　A-　｜　夜间
{BODY}
!l 相关新闻
!l · 龠湖区职业技能实训基地投用三年培训万人次
!l · 全市古建修缮企业名录更新
!l 网友评论（12）　去发表 ›
!d 本网原创稿件，转载须注明出处“鄀州在线”。
!m 违法和不良信息举报：0728-6119000　jubao@yuezhouonline.com
""",
        body="""
⟦a 〔听新闻〕⟧9月25日，鄀州市古建筑木作技能比武在龠湖区职业技能实训基地举行，来自全市古建修缮企业的三十六名木工同台竞技。
比武设弹线放样、榫卯制作和构件安装三个项目。弹线放样环节，选手要在三米长的杉木上用墨斗弹出两条平行墨线，裁判用钢尺逐段测量，偏差每超过一毫米扣两分。
“墨斗看着简单，要弹得又直又细，靠的是手上的功夫。”参赛选手、四十八岁的老木工傅长庚说，他这次用的墨斗是师父传下来的，已经用了三十多年。
经过一天角逐，龠湖区古建公司的郁承志获得第一名，将被推荐参加全省职业技能大赛。⟦m （编辑：施雨桐　审核：柴明远）⟧
""",
    ),
    dict(
        slug="forum-zaotai-ladle-copper-jammer",
        site="灶台论坛 (invented, Discuz-like kitchenware forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.zaotai.net/thread-402281-1-1.html",
        title="家里传了三代的铜汤勺，还能用来盛汤吗",
        record_title="〔晒家当〕家里传了三代的铜汤勺，还能用来盛汤吗·锅碗瓢盆版·灶台论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post (lines and glued), rating row, signature, "
        "replies; posted '3 天前' (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>〔晒家当〕家里传了三代的铜汤勺，还能用来盛汤吗·锅碗瓢盆版·灶台论坛</title>
<script src="data/cache/common.js?zT4"></script>
<style>.jammer{color:#fff;font-size:0px}</style>
</head>
<body>
<div id="hd"><div class="wp">⟦m 灶台论坛⟧ ⟦m 一口锅的江湖⟧ <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 立即入伙⟧</a></div></div>
<div id="pt">⟦m 灶台论坛 › 器物区 › 锅碗瓢盆 › 查看帖子⟧</div>
<div class="thread-stat">⟦m 查看: 1906 ｜ 回复: 23⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 老灶头阿满⟧</div><p>⟦m 帖子 318　灶币 2070　等级：掌勺⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 天前 ｜ 只看楼主 ｜ 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_9812207">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 4　灶币 +12　收起 理由：老物件好看⟧</div>
<div class="sign">⟦l 签名：锅里有饭，心里不慌⟧</div>
<div class="po">⟦a 回复 ｜ 收藏 ｜ 点赞 ｜ 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　青花小碗：先别用来盛汤，拿去检测一下再说⟧</div>
<div class="reply">⟦l 板凳　铁锅阿七：挂墙上也挺好，念想比用处重要⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论　登录 ｜ 入伙⟧</div>
<div id="ft">⟦m Powered by 灶台论坛 © 2012-2024　粤ICP备14062210号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
各位灶友好，前几天翻老屋，找到一把铜汤勺，是我爷爷那辈传下来的。勺头有巴掌大，柄上还刻着一个“福”字。
勺子外面是一层黑绿色的锈，我用小苏打加白醋擦了两遍，露出了一点铜色，但勺头里面还是发暗。
想请教几个问题：这种老铜勺现在还能不能用来盛汤？听说铜锈有毒，是不是擦干净就行？要不要找人重新镀一层锡？
我本来打算挂在厨房墙上当个念想，家里老人却说汤勺就是拿来用的，放着反而可惜。先谢过各位老师傅了。
""",
    ),
    dict(
        slug="forum-shanye-sandal-hike-junk",
        site="山野户外论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.shanyehw.com/t/117306",
        title="穿草鞋走完鄅川古驿道",
        record_title="【古道行记】穿草鞋走完鄅川古驿道（长帖多图）_徒步交流_山野户外论坛",
        date=None,
        notes="forum text with anti-scraping junk on lines of their own and glued after 。; a numbered list of "
        "tips; posted '昨天 21:40' (no date); floor replies and a reply box",
        page="""
!m 山野户外论坛 › 徒步交流 › 帖子详情
!t 【古道行记】穿草鞋走完鄅川古驿道（长帖多图）
!m 楼主：背包客老樊　　发表于 昨天 21:40　　查看 842　回复 17
!m 【1楼】
{BODY}
!l 【2楼】 走路的蜗牛：佩服，我穿运动鞋都走得腿软
!l 【3楼】 青岗岭：求草鞋师傅的联系方式
!l 【4楼】 背包客老樊：回复 青岗岭：私信你了
!a ✎ 发表回复（登录后可发帖）
!m 山野户外论坛 © 2008-2024　客服邮箱 kefu@shanyehw.com
""",
        junk=dict(lines=2, glued=2),
        body="""
上周末，我和三个驴友穿着枹桥镇匡师傅打的草鞋，走完了鄅川古驿道南段。全程十八公里，用了七个小时。
出发前大家都担心草鞋磨脚。结果走下来，脚底比穿运动鞋还舒服，青石板路上也不打滑。只是过溪的时候草鞋吸了水，变得有点沉。
给想尝试的朋友几点建议：
1. 新草鞋先在家穿两天，把鞋耳和绳结踩软；
2. 一定要穿厚一点的棉袜，脚背和绳子接触的地方最容易磨红；
3. 多带一双备用，我们一行四人，走到半路就有两双鞋底磨穿了；
4. 下雨天别穿，湿了的稻草又重又滑。
总的来说，穿草鞋走古道是一种很特别的体验，走在几百年前挑夫走过的石阶上，好像离那时候的人近了一点。
""",
    ),
]
