"""holdout367, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-bilong-speech-window-locks-gb2312",
        site="笔垄范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bilongfw.com/jianghua/anquan/2025/0603/71842.html",
        title="在全县高层住宅窗户安全锁安装推进会上的讲话",
        record_title="【推进会讲稿·平安家园】在全县高层住宅窗户安全锁安装推进会上的讲话（附结尾金句）_笔垄范文网",
        date="2025-05-16",
        date_also=["2025-06-03"],
        notes="old gb2312 table layout: marquee, 字号/护眼 row, floating ghost-writer box, reading ranking, visitor counter; "
        "speaker and date lines under the speech title are neutral; posting date differs; a writer prompt glued after a 。",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【推进会讲稿·平安家园】在全县高层住宅窗户安全锁安装推进会上的讲话（附结尾金句）_笔垄范文网</title>
<script language="javascript" src="/js/ad_top.js"></script>
<style type="text/css">td{font-size:12px;line-height:22px}</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300"><img src="/images/logo.gif" alt=""> ⟦m 笔垄范文网 · 笔下有田，案头有粮⟧</td>
<td align="right"><a href="/">⟦m 网站首页⟧</a>　<a href="javascript:AddFav()">⟦a 把笔垄加入收藏夹⟧</a></td>
</tr></table>
<table width="960" align="center" bgcolor="#2f5f8f"><tr><td>⟦m <a href="/jianghua/">讲话稿</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/shuzhi/">述职报告</a> | <a href="/fangan/">方案计划</a>⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 笔垄范文网每日更新公文三百余篇，老用户续费年卡享七五折⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：笔垄范文网 &gt;&gt; 讲话稿 &gt;&gt; 安全生产讲话 &gt;&gt; 阅读正文⟧</div>
<h1 align="center">{T}</h1>
<div align="center">⟦m 发布时间：2025-06-03　人气：<span id="hits">1642</span>　录入：笔垄小吏⟧</div>
<div align="center">⟦a 【字号：特大 大 中 小】【护眼底色】【关闭本页】⟧</div>
<p align="center">仑溪县人民政府副县长　龚立衡</p>
<p align="center">（2025年5月16日）</p>
{BODY}
<p>⟦a 本篇讲话稿全文2160字，开通笔垄年卡即可下载Word原稿⟧</p>
<table><tr><td>⟦l 上一篇：全县汛前安全检查动员会主持词（完整版）⟧</td><td>⟦l 下一篇：在物业服务质量提升大会上的讲话⟧</td></tr></table>
</td><td width="250" valign="top">
<table><tr><td class="bt">⟦l 本栏阅读排行⟧</td></tr>
<tr><td>⟦l ·在燃气安全专项整治会上的讲话（三篇）⟧</td></tr>
<tr><td>⟦l ·老旧小区改造动员会县长讲话稿⟧</td></tr>
<tr><td>⟦l ·在电动车进楼整治推进会上的讲话⟧</td></tr></table>
<div id="float_qq" style="position:absolute;right:0;top:220px">⟦w 笔垄代笔 QQ在线答疑⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站范文由会员整理上传，仅作写作参考，严禁原文照搬用于正式场合⟧<br>⟦m Copyright 2009-2025 笔垄范文网 All Rights Reserved　冀ICP备09031764号⟧<br>⟦m 您是本站第 00382716 位访客⟧</td></tr></table>
<script language="javascript">document.write('<img src="/count.asp?id=71842" width="0" height="0">');</script>
</body></html>
""",
        body="""
同志们：
今天我们召开这次推进会，主要是通报前一阶段高层住宅窗户安全锁安装情况，部署下一步工作。刚才，县住建局通报了进度，城关镇和渺原镇作了交流发言，我都赞同。下面我讲三点意见。
一、看清风险，把“小锁”当成“大事”来抓
去年以来，全省发生多起儿童从高层住宅窗户坠落的事故，教训极其惨痛。一把几十块钱的限位锁，能把窗户开启宽度控制在十厘米以内，就能挡住一场家庭悲剧。各镇、各部门务必把这项工作当作民生实事来抓，不能认为是可有可无的小事。
二、突出重点，确保六月底前完成首批安装
全县首批确定的1.26万户有十二岁以下儿童的高层住户，要在六月底前全部完成入户安装。住建部门负责把好产品质量关，物业企业负责入户登记和安装，社区负责做好群众动员。对不愿安装的住户，要讲清道理、耐心说服，不能一装了之，也不能一劝了之。⟦w 整篇讲稿想换成本单位口吻？笔垄写手一对一改稿，QQ：2863019547⟧
三、压实责任，建立长效管护机制
安装完成后，物业企业要每季度检查一次，发现锁具损坏的及时更换；新建商品住宅要把窗户限位装置纳入竣工验收内容。县里将把这项工作纳入年度民生考核，对进度滞后的镇和部门进行通报。
同志们，守护孩子的安全就是守护千家万户的希望。希望大家以对群众高度负责的态度，把这件好事办实、把这件实事办好！
""",
    ),
    dict(
        slug="fanwen-qiaobi-insight-glow-sticks-drill",
        site="巧笔范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.qiaobifw.cn/xinde/yingji/20250918/5530.html",
        title="参加社区夜间应急疏散演练心得体会",
        record_title="参加社区夜间应急疏散演练心得体会（群众版·800字）- 巧笔范文库",
        date=None,
        notes="no date anywhere (an update stamp only); a member-unlock line between body paragraphs; a copy prompt glued after a 。",
        page="""
!m 巧笔范文库｜写材料不再熬夜
!m 首页 ▹ 心得体会 ▹ 应急演练心得
!t 参加社区夜间应急疏散演练心得体会（群众版·800字）
!m 更新于 2025-09-18　｜　字数：约800　｜　收录编号 QB5530
!a ［复制到剪贴板］　［转成Word］　［放进我的素材夹］
{T}
{BODY}
!a 剩余段落已隐藏，巧笔会员一键展开并下载
!l 同类心得推荐：
!l 消防安全疏散演练个人感悟
!l 参加防空警报试鸣活动有感
!l 社区网格员应急值守工作心得
!d 巧笔范文库内容均为用户投稿或整理，使用前请结合本单位实际修改。
!m 巧笔范文库 qiaobifw.cn　鄂ICP备2021008815号-3
""",
        indent="\u3000\u3000",
        body="""
九月中旬的一个晚上，我参加了仑园社区组织的夜间应急疏散演练。演练模拟小区突发停电并伴有燃气泄漏，要求居民在十分钟内从楼道撤到中心广场。短短一个多小时，让我这个住了十几年的“老住户”重新认识了自家楼道。
最让我触动的是那些荧光棒。停电以后楼道漆黑一片，志愿者提前在每层转角挂上了绿色荧光棒，老人孩子顺着亮光往下走，没有一个人慌乱。⟦a 长按复制本段⟧社区的李主任说，荧光棒不用电、不怕水、一折就亮，比手电筒更适合挂在固定位置指路。
⟦a 开通巧笔VIP，阅读全文不限次⟧
演练也暴露出一些问题。有的住户把杂物堆在楼梯口，撤离时差点绊倒；有的老人听不清广播，是邻居挨家敲门才叫下来的。我家门口的鞋柜，其实也占了半个楼道。
回家以后，我第一件事就是把鞋柜挪进屋里，又买了几根荧光棒放进应急包。安全不是演出来给人看的，而是平时一点一滴做出来的。下次演练，我还要报名当志愿者。
""",
    ),
    dict(
        slug="wenku-haoshu-survey-reading-lamps-html-pages",
        site="浩书文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.haoshuwenku.com/view/4f8a21c9d0e7.html",
        title="关于全县农家书屋阅读灯配置情况的调研报告",
        record_title="关于全县农家书屋阅读灯配置情况的调研报告.pdf",
        date="2025-03-20",
        notes="file-name record title; viewer toolbar; page markers ⯓ n ⯔ as HTML paragraphs cut sentences; coin pay box; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县农家书屋阅读灯配置情况的调研报告.pdf - 浩书文库</title>
<script src="https://static.haoshuwenku.com/reader/v3/viewer.min.js"></script>
<link rel="stylesheet" href="/css/reader.css">
</head><body>
<header class="hs-top"><a class="logo" href="/">⟦m 浩书文库 · 好书好文随手查⟧</a>
<nav>⟦m 首页　教育资料　行业报告　党政公文　合同模板⟧</nav>
<a class="login" href="/passport">⟦a 登录/注册领阅读券⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：书屋看门人　｜　上传日期 2025-04-07　｜　共 5 页　｜　PDF　｜　1.3MB⟧</p>
<div class="viewer-bar">⟦a 缩小　放大　适合宽度　全屏阅读⟧</div></div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall"><p>⟦a 余下 2 页为付费内容，支付 18 浩书币即可继续阅读⟧</p><button>⟦a 去充值⟧</button></div>
<aside class="rel"><h3>⟦l 读了这篇的人也在看⟧</h3><ul>
<li>⟦l 农家书屋提质增效工作经验材料⟧</li>
<li>⟦l 乡镇综合文化站设施设备清查报告⟧</li></ul></aside>
<footer>⟦d 浩书文库所有文档均由用户上传，如发现侵权内容请提交申诉，平台核实后下架。⟧<br>⟦m 浙ICP备20061493号-4　浩书文库版权所有⟧</footer>
<script>window.__HS_DOC__={id:"4f8a21c9d0e7",pages:5};</script>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⯓ {n} ⯔", every=240, start=2),
        body="""
为了解全县农家书屋夜间开放条件，县委宣传部会同县文旅局组成调研组，于今年二月走访了6个镇的32家农家书屋，查看照明设施，听取管理员和读者意见。现将有关情况报告如下。
一、基本情况
全县现有农家书屋186家，其中设在村级党群服务中心的152家。调研的32家书屋中，配有专用阅读灯的只有9家，其余23家仅靠顶灯照明，桌面照度普遍不足200勒克斯，低于阅读环境的一般要求。
二、存在的问题
一是灯具老化。部分书屋仍在使用十多年前配发的荧光台灯，频闪明显，读者反映看久了眼睛发酸。二是数量不足。一个书屋通常只有一两盏灯，晚上来写作业的学生多时只能挤在一张桌子旁。三是管护缺位。灯具坏了没人报修，有的书屋干脆晚上不开门。
三、几点建议
（一）分批更换。建议今明两年从文化惠民资金中安排专项，为每家书屋配备不少于四盏护眼阅读灯。（二）明确责任。把灯具维护纳入书屋管理员职责，镇文化站每季度巡查一次。（三）延长开放。照明条件改善后，推动书屋在寒暑假每周至少三个晚上对外开放。
仑溪县委宣传部调研组
2025年3月20日
""",
    ),
    dict(
        slug="wenku-jinzhang-plan-wheel-covers-wrapped-glued",
        site="金章文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.jinzhang.net/p/20251011/8837260.html",
        title="城市公交驾驶员方向盘套统一更换工作方案",
        record_title="【可编辑·公交行业】城市公交驾驶员方向盘套统一更换工作方案（红头可改）",
        date="2025-10-09",
        notes="text hard-wrapped at 62 columns, page markers ➲n glued to the continuation line; 成文日期 in Chinese numerals",
        page="""
!m 金章文库
!m 文档 › 行业资料 › 交通运输 › 公交
!t 【可编辑·公交行业】城市公交驾驶员方向盘套统一更换工作方案（红头可改）
!m 贡献者 章台柳　上传 2025-10-11　浏览 906　页数 4
!a ▤ 目录　▢ 单页　▥ 双页　⊕ 放大　⊖ 缩小
{T}
{BODY}
!a 试读已到末页，剩余 1 页请使用金章币解锁
!a 立即解锁（6金章币）　　加入书架
!l 猜您需要：公交车厢消毒作业规程　驾驶员岗前体检工作方案　冬季行车安全提示卡
!d 本文档由用户上传，金章文库仅提供存储服务，如涉及版权问题请致信 jubao@jinzhang.net。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="➲{n}", every=180, start=2, glue=True),
        body="""
为改善公交驾驶员操作条件，减少因方向盘打滑、过冷过热引发的操作失误，根据公司年度安全生产工作安排，决定对全部运营车辆的方向盘套进行统一更换，特制定本方案。
一、更换范围
公司所属12条线路的248辆运营车辆，以及6辆备用车、3辆教练车，共计257辆。
二、产品要求
方向盘套采用透气防滑材质，外径与车型匹配，不得有异味、脱线和开胶；每批到货须附第三方检测报告，甲醛、多环芳烃等指标符合国家标准。
三、实施步骤
（一）摸底登记（10月15日前）。各车队逐车登记方向盘型号和现用套子状况，汇总报安全技术部。
（二）集中更换（10月16日至31日）。利用夜间收车时间分线路更换，每换一辆由驾驶员签字确认。
（三）检查验收（11月上旬）。安全技术部按不低于20%的比例抽查，发现松动、滑脱的限期整改。
四、工作要求
各车队要严格按照方案执行，严禁驾驶员私自加装毛绒、珠串等不符合安全要求的装饰套。更换下来的旧套统一回收处理，不得随意丢弃。
仑溪县公共交通有限公司
二〇二五年十月九日
""",
    ),
    dict(
        slug="gov-lunxi-notice-window-locks-index-attachments",
        site="仑溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lunxi.gov.cn/zwgk/tzgg/202505/t20250512_118406.html",
        title="关于开展高层住宅儿童窗户限位锁免费安装工作的通知",
        record_title="关于开展高层住宅儿童窗户限位锁免费安装工作的通知_通知公告_仑溪县人民政府",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="county portal: 长者模式/读屏 links, 索引号 table with the 文号 cell unmarked (neutral), attachment download link next to the "
        "document's own 附件 list; the notice's own 联系人/电话 next to the portal's 纠错 line and 12345; 扫码 sentence as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展高层住宅儿童窗户限位锁免费安装工作的通知_通知公告_仑溪县人民政府</title>
<meta name="ArticleTitle" content="关于开展高层住宅儿童窗户限位锁免费安装工作的通知">
<script src="/js/jquery-1.8.3.min.js"></script><script src="/js/fontsize.js"></script>
</head><body>
<div class="topbar">⟦a 长者模式⟧　⟦a 读屏专用⟧　⟦a 简/繁⟧　<a href="/sitemap">⟦m 站点导航⟧</a></div>
<div class="banner"><img src="/images/banner2025.jpg" alt="">⟦m 仑溪县人民政府　lunxi.gov.cn⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 走进仑溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 › 政务公开 › 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11341127MB1K03297R/2025-00418⟧</td><td>⟦m 主题分类：城乡建设、住房⟧</td></tr>
<tr><td>⟦m 发布机构：仑溪县住房和城乡建设局⟧</td><td>⟦m 发布日期：2025-05-12⟧</td></tr>
<tr><td>文号：仑建〔2025〕31号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h2>{T}</h2>
<div class="tool">⟦a 【文字：大 中 小】⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：1.仑溪县首批限位锁安装住户名册.xls（48KB）⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="related">⟦l 相关信息⟧<ul><li>⟦l 县住建局召开物业企业安全生产例会⟧</li><li>⟦l 关于开展住宅小区消防通道清障行动的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：仑溪县人民政府办公室　承办：仑溪县政务公开中心⟧</p>
<p>⟦m 网站标识码3411270031　皖ICP备05011937号　皖公网安备34112702000188号⟧</p>
<p>⟦m 网站纠错电话：0550-7130061　政务服务便民热线：12345⟧</p>
</div>
<script>var _trsfrom="lunxi";</script>
</body></html>
""",
        body="""
各镇人民政府，县直有关单位，各物业服务企业：
为防范儿童高处坠落事故，经县政府同意，决定在全县开展高层住宅儿童窗户限位锁免费安装工作。现将有关事项通知如下。
一、安装对象
全县七层及以上住宅中，家中有十二周岁以下儿童的住户，由住户自愿申请，县财政承担锁具和安装费用。
二、时间安排
5月15日至5月31日为登记阶段，6月1日至6月30日为集中安装阶段。住户可向所在小区物业服务中心登记，也可扫描小区公告栏上的二维码在线登记。
三、工作要求
各物业服务企业要安排专人入户安装，安装后由住户在验收单上签字；各镇要做好无物业小区的兜底安装。县住建局将会同县市场监管局对锁具质量进行抽检。
联系人：县住建局物业科　钱文澜，联系电话：0550-7138214。
附件：1.仑溪县首批限位锁安装住户名册
2.窗户限位锁入户安装验收单
仑溪县住房和城乡建设局
2025年5月9日
""",
    ),
    dict(
        slug="gov-tingling-bulletin-glow-sticks-wrapped-table",
        site="廷岭县市场监督管理局 (invented, text export of the county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.tingling.gov.cn/xxgk/jdcj/202507/t20250714_55302.html",
        title="关于校园周边店铺销售荧光棒产品质量抽检情况的通报",
        date="2025-07-10",
        date_also=["2025-07-14"],
        notes="record title as is; text hard-wrapped at 60 columns; 文号 line under the title neutral; spot-check table one row a paragraph; "
        "抄送 and 印发 lines kept in the body",
        page="""
!m 廷岭县市场监督管理局
!m 网站首页 > 信息公开 > 监督抽检
{T}
廷市监〔2025〕46号
!m 信息来源：质量监督股　发布时间：2025-07-14　浏览次数：386
!a 〖打印〗〖关闭〗
{BODY}
!l 上一条：廷岭县2025年第二季度食品安全监督抽检信息
!l 下一条：关于开展暑期儿童用品质量专项检查的公告
!m 廷岭县市场监督管理局主办　电话：0738-5512306　地址：廷岭县城关镇建设中路17号
!m 湘ICP备12004478号-2
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
各市场监管所，局机关各股室：
为保障学生用品质量安全，6月下旬，我局对全县中小学校周边文具店、小超市销售的荧光棒产品开展了监督抽检，共抽检12家店铺的20批次产品，检出不合格产品5批次。现将有关情况通报如下。
一、不合格产品情况
店铺名称　产品名称　不合格项目
城关镇育才文具店　彩色荧光棒（15支装）　邻苯二甲酸酯
城关镇晨光小超市　手环荧光棒　外壳破损时液体外漏
廷口镇学友文具　夜光棒玩具　标识不全
廷口镇惠民便利店　荧光棒（散装）　无厂名厂址
马坪乡红星商店　演唱会荧光棒　邻苯二甲酸酯
二、处理措施
对上述5家店铺，已责令其立即下架不合格产品，并依法立案调查。对无厂名厂址的产品，已追溯进货渠道，移送供货地市场监管部门处理。
三、工作要求
各市场监管所要在开学前对辖区学校周边店铺再开展一次全面检查，督促经营者落实进货查验制度，不得销售“三无”荧光棒。
廷岭县市场监督管理局
2025年7月10日
抄送：县教育局，县消费者权益保护委员会。
廷岭县市场监督管理局办公室　2025年7月10日印发
""",
    ),
    dict(
        slug="news-liaoyang-library-reading-lamps-h1",
        site="燎阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.liaoyangnews.cn/city/2025-11/27/content_9015523.htm",
        title="市图书馆24小时自习室换上新阅读灯",
        record_title=None,
        date="2025-11-27",
        notes="no title in the record (the <h1> has it); byline 发布时间 is the page's date; a client prompt glued before the lead; "
        "a photo caption between paragraphs; an editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>燎阳新闻网</title>
<script async src="https://ad.liaoyangnews.cn/slot.js"></script>
</head><body>
<div class="gtop">⟦m 燎阳新闻网　燎阳日报社主管主办⟧ <a href="/app">⟦a 下载燎阳新闻客户端⟧</a></div>
<nav>⟦m 首页 | 时政 | 城事 | 区县 | 民生 | 文旅 | 评论 | 视频⟧</nav>
<div class="crumb">⟦m 燎阳新闻网 > 城事⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-11-27 08:35　来源：燎阳日报　记者 庄梓禾　通讯员 罗一苇⟧</div>
<div class="tts"><button>⟦a 听新闻⟧</button> <button>⟦a 字号A+⟧</button></div>
<div class="content">
{BODY}
</div>
</article>
<div class="adbox">⟦m 广告位招租 0716-8802117⟧</div>
<aside><h3>⟦l 热读24h⟧</h3><ol><li>⟦l 楞湖区新增三处口袋公园⟧</li><li>⟦l 燎阳至渺原城际公交下月开通⟧</li><li>⟦l 今冬首场寒潮来袭，这些路段注意结冰⟧</li></ol></aside>
<footer>⟦d 凡本网注明“来源：燎阳日报”的作品，未经书面授权不得转载、摘编。⟧<br>⟦m 鄂ICP备06007312号　互联网新闻信息服务许可证42120170009⟧</footer>
</body></html>
""",
        body="""
⟦a 打开客户端，看更多城事⟧本报讯　26日晚上九点多，市图书馆一楼的24小时自习室里坐满了备考的年轻人。与往常不同的是，每张桌子上都多了一盏可以调节亮度和色温的阅读灯。
据市图书馆读者服务部负责人介绍，自习室开放三年来，读者反映最多的就是顶灯太暗、看书费眼睛。今年馆里利用市级文化专项资金，为自习室的96个座位全部配上了新阅读灯，灯臂可以折叠，亮度分五档，晚上十一点后会自动调到柔和模式。
⟦m 图为读者在自习室使用新阅读灯。记者 庄梓禾 摄⟧
“以前都是自己带小台灯，还得抢插座，现在方便多了。”正在准备研究生考试的楞湖区读者谢雨桐说。
馆方同时提醒，新灯具属于公共设施，读者离开时请随手关灯，发现故障可以告诉值班人员。据悉，明年市图书馆还将为少儿阅览区更换一批低蓝光阅读灯。⟦m （责任编辑：温启航）⟧
""",
    ),
    dict(
        slug="news-lunxi-rongmei-knitted-wheel-covers",
        site="仑溪融媒 (invented, county news app text page)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.lunxirm.cn/news/20251203/184467.html",
        title="退休职工为公交司机织了两百多个方向盘套",
        record_title="退休职工为公交司机织了两百多个方向盘套｜仑溪融媒·暖新闻",
        record_date="2025-12-03",
        date="2025-12-03",
        notes="record date; a photo caption and a related link between paragraphs; a share bar glued after the last sentence",
        page="""
!m 仑溪融媒　县融媒体中心出品
!m 首页 / 民生 / 暖新闻
!t 退休职工为公交司机织了两百多个方向盘套｜仑溪融媒·暖新闻
!m 仑溪融媒记者 葛晴川　2025-12-03 17:20　阅读 2.1万
!a 🔊 播报本文　　Aa 调整字号
{T}
{BODY}
!l 点赞 418　　留言 37　　转发
!l 热门留言：
!l 渺原老粉：我妈也在织，明年报名！
!l 公交迷阿杰：8路那位司机的红色套子就是这个吧
!d 本文为仑溪融媒原创，转载请联系授权。
!m 仑溪县融媒体中心　新闻热线：0550-7121110
""",
        indent="\u3000\u3000",
        body="""
入冬以来，仑溪县城的公交司机们陆续收到了一份特别的礼物：一个个用毛线织成、带着防滑颗粒的方向盘套。织它们的，是县纺织厂的二十多位退休女工。
这件事缘起于十月。退休职工文秀兰坐公交时，看见司机师傅的手冻得通红，握方向盘时不时要搓一搓。回家后她翻出压箱底的毛线，照着方向盘的尺寸织了一个。没想到司机特别喜欢，还说别的车队也需要。
⟦m 退休职工在社区活动室赶织方向盘套。葛晴川 摄⟧
文秀兰在老同事群里一说，大家纷纷响应。她们专门请教了公交公司的安全员：套子不能太厚、不能有流苏、接口必须缝牢。两个月下来，她们一共织了236个，覆盖了全县所有公交线路。
⟦l 延伸阅读：县公交公司开通两条夜班线路⟧
公交公司安全技术部负责人表示，这些方向盘套经过逐个检查，符合行车安全要求，“师傅们握着它，心里也是暖的”。⟦l 分享到：微信｜朋友圈｜微博⟧
""",
    ),
    dict(
        slug="forum-mujiang-headphone-stand-jammer",
        site="木匠坊论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.mujiangfang.com/thread-662017-1-1.html",
        title="用边角料胡桃木做了个耳机架",
        record_title="[手作晾晒] 用边角料胡桃木做了个耳机架（尺寸图见附件）- 小件木作 - 木匠坊论坛",
        date=None,
        notes="Discuz-like post with jammer fonts; relative post times only (no date); poster panel, rating row, signature, replies",
        page="""
<html><head><meta charset="gbk">
<title>[手作晾晒] 用边角料胡桃木做了个耳机架（尺寸图见附件）- 小件木作 - 木匠坊论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js"></script>
</head><body>
<div id="toptb">⟦m 木匠坊论坛 — 手作人的家⟧　<a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 木匠坊 › 作品交流 › 小件木作 › 浏览主题⟧</div>
<div class="hm">⟦m 查看: 5408｜回复: 61⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 刨花老周⟧</div><dl><dd>⟦m 主题 52　帖子 1377　木屑 9640⟧</dd><dd>⟦m 金牌木匠⟧</dd></dl></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [手作晾晒] 用边角料胡桃木做了个耳机架（尺寸图见附件）⟧</span></h1>
<div class="authi">⟦m 楼主｜发表于 4 天前｜只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_2208431">
{BODY}
</td></tr></table></div>
<div class="attach">⟦a 耳机架尺寸图.jpg（182.6 KB，下载次数：371）⟧</div>
<div class="rate">⟦l 参与人数 9　木屑 +45　收起 理由⟧</div>
<div class="sign">⟦l 签名：慢工出细活，刨子推到底。⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏　点赞⟧</div>
</td></tr></table>
<div class="pl">⟦l 沙发｜榫卯小白 发表于 4 天前：榫头那里是不是用了燕尾？求细节图⟧</div>
<div class="pl">⟦l 板凳｜山核桃 发表于 3 天前：木纹太漂亮了，已收藏⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没有账号？注册一个⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　木匠坊论坛　粤ICP备18033106号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前阵子给工作室换了头戴式耳机，一直随手搭在显示器上，耳罩都压变形了。正好上次做茶盘剩下几块胡桃木边角料，周末就动手做了个耳机架，分享一下过程。
整体结构很简单：一块底座、一根立柱、一个挂臂。底座是十五乘十二厘米，厚两厘米；立柱高二十六厘米；挂臂做成弧形，宽度和头梁差不多，这样耳机挂上去不会压出折痕。
立柱和底座用的是半隐藏的直榫，没上钉子，只涂了木工胶。挂臂的弧度我是先用硬纸板画样，再拿线锯锯出来，用砂纸从八十目一路磨到四百目。
表面处理用的是木蜡油，刷了两遍，手感很温润。底座下面贴了四块软木垫，防止划伤桌面，也能防滑。
做完放在桌上，比买的金属架子好看多了。材料几乎零成本，前后花了两个晚上。有兄弟想做的话，尺寸图我放在附件里了。
""",
    ),
    dict(
        slug="forum-yeyou-night-fishing-glow-sticks-junk",
        site="夜游钓鱼论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.yeyoudiao.com/bbs/read.php?tid=390127",
        title="夜钓荧光棒到底选多粗？说说我这几年的经验",
        record_title="[钓友心得] 夜钓荧光棒到底选多粗？说说我这几年的经验【原创勿转】",
        date=None,
        notes="forum post with text junk lines and glued junk; relative times only; replies and a floor bar below",
        page="""
!m 夜游钓鱼论坛 · 夜钓发烧友聚集地
!m 论坛首页 » 钓技交流 » 夜钓专区
!t [钓友心得] 夜钓荧光棒到底选多粗？说说我这几年的经验【原创勿转】
!m 楼主：渔火阿满　　等级：资深钓手　　发帖 318
!m 发表于 昨天 23:48　　阅读 2766　　回复 44
{T}
{BODY}
!a 支持(52)　反对(1)　收藏本帖　举报
!l 2楼 塘边老樊：说得对，我就吃过大棒子的亏，小鲫鱼全看不出来
!l 3楼 钓不完的鲢：电子夜光漂现在便宜，楼主有空也测测
!l 4楼 月下翁：收藏了，今晚就去试试两毫米的
!a 快速回复（需登录）
!m 夜游钓鱼论坛　Powered by PHPWind　苏ICP备16047720号
""",
        junk=dict(lines=2, glued=3),
        body="""
夜钓快五年了，荧光棒前前后后买过不下十个牌子，今天说说选粗细的一点体会，供新手参考。
先说结论：钓鲫鱼、小鲤鱼，用直径两毫米、长四厘米左右的就够了；钓大鲤、草鱼，水面远、风浪大，可以用三到四毫米的。棒子越粗越亮，但也越重，会压住浮漂的灵敏度。
很多新手一上来就买最粗最亮的，结果浮漂吃铅变了，小口根本看不出来。我的办法是先调好漂，再插荧光棒，插上以后重新调一次，让漂尾露出一目半左右。
再说颜色。绿色在水面上最显眼，黄色次之，红色看久了眼睛累。水面有路灯倒影的时候，我一般换黄色，更容易和灯光区分开。
最后提醒一句：用过的荧光棒别随手扔在水边，里面的液体对鱼和水鸟都不好。我都是装进随身带的小袋子，回家一起丢到有害垃圾桶里。
""",
    ),
]
