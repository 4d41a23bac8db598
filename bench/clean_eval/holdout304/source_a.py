"""holdout304, part A: 范文 sites, 文库 previews, government portals, news portals and forums
(each once as HTML and once as text). Every case written by hand; the documents are about
衣帽钩, 挂衣架, 钥匙盒, 竹梯 and 梳妆盒. Invented text (sites, places, people, numbers, URLs);
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-jianxiang-speech-bamboo-ladder-gb2312",
        site="笺香范文馆 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jianxiangfw.com/jianghua/anquan/2025042117336.html",
        title="在全县农村自建房施工竹梯安全专项整治推进会上的讲话",
        record_title="〖讲话范本〗在全县农村自建房施工竹梯安全专项整治推进会上的讲话（拿稿可改）_笺香范文馆",
        date="2025-04-16",
        date_also=["2025-04-21"],
        notes="old gb2312 table layout: marquee, 【字号】 row, visitor counter, floating QQ box, hot list; a speaker and a date line under the title (neutral); the site's 发布 date differs; a collect link glued after a 。, a ghost-writer line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖讲话范本〗在全县农村自建房施工竹梯安全专项整治推进会上的讲话（拿稿可改）_笺香范文馆</title>
<link href="/css/jx2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/jxcount.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/jxlogo.gif" alt=""></td>
<td align="right"><font color="#7a0000">⟦m 笺香范文馆·写稿不求人⟧</font> ⟦a <a href="#">设为主页</a> | <a href="#">把本馆加进收藏</a>⟧</td></tr>
</table>
<table width="778" border="0" align="center" bgcolor="#7a0000"><tr><td height="26">
<a href="/">⟦m 馆首页⟧</a>　<a href="/jianghua/">⟦m 讲话发言⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/xinde/">⟦m 心得感悟⟧</a>　<a href="/fangan/">⟦m 计划方案⟧</a>　<a href="/gongwen/">⟦m 公文格式⟧</a>
</td></tr></table>
<table width="778" border="0" align="center"><tr><td><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">⟦a ★笺香范文馆新会员首充即送七天不限量下载，老会员续费八折★⟧</marquee></td></tr></table>
<table width="778" border="0" align="center"><tr>
<td width="560" valign="top">
<table width="100%"><tr><td>⟦m 您在这里：笺香范文馆 &gt;&gt; 讲话发言 &gt;&gt; 安全生产讲话 &gt;&gt; 查看正文⟧</td></tr></table>
<table width="100%"><tr><td align="center"><font size="4"><b>⟦t 〖讲话范本〗在全县农村自建房施工竹梯安全专项整治推进会上的讲话（拿稿可改）⟧</b></font></td></tr>
<tr><td align="center">⟦m 发布：2025-04-21　整理：笺香小编　已阅：3306 次⟧</td></tr>
<tr><td align="center">⟦a 【字号：特大 · 适中 · 偏小】【背景：米黄 · 护眼绿】⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">县应急管理局局长　郑晓岚</td></tr>
<tr><td align="center">（2025年4月16日）</td></tr>
<tr><td class="zw">
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：全镇森林防火誓师大会表态发言⟧<br>⟦l 下一篇：夏季防溺水工作推进会主持词⟧</td></tr>
</table>
</td>
<td width="218" valign="top" bgcolor="#fff8ee">
<table width="100%"><tr><td><b>⟦l 本月下载最多⟧</b></td></tr>
<tr><td>⟦l ·在安全生产月启动仪式上的讲话⟧</td></tr>
<tr><td>⟦l ·建筑工地高处坠落警示讲话⟧</td></tr>
<tr><td>⟦l ·村级安全员培训班开班讲话⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:6px;top:180px;border:1px solid #c00;background:#fff">⟦w 写材料找老笺 QQ：2907716653⟧<br>⟦w 加急稿件两小时交付⟧</div>
<table width="778" border="0" align="center"><tr><td align="center">
⟦d 本馆文章多为网友投寄，供学习参考，照抄照搬后果自负。⟧<br>
⟦m 笺香范文馆 www.jianxiangfw.com　湘ICP备15208734号⟧<br>
⟦m 您是本馆第 00861275 位访客⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开这次推进会，主要是通报前一阶段竹梯安全专项整治情况，对下一步工作再作部署。
今年以来，全县农村自建房施工中发生高处坠落事故3起，其中2起与使用破损竹梯有关，教训十分深刻。⟦a 【收藏本文】⟧各乡镇、各部门一定要从中吸取教训，把整治工作抓实抓细。
⟦w 稿子不会改？馆长一对一帮改，微信jxfw_laojian⟧
一要摸清底数。各乡镇要在5月底前对在建自建房工地逐一排查，登记竹梯数量和完好情况，建立台账。
二要淘汰破旧。横档松动、梯脚开裂、绑扎铁丝锈断的竹梯，一律停止使用，当场贴上“禁用”标签。
三要规范使用。竹梯架设角度保持在75度左右，梯脚设防滑垫，上下梯时必须有人扶梯，严禁两人同梯作业。
同志们，安全无小事。希望大家以对群众高度负责的态度，确保整治取得实效。
""",
    ),
    dict(
        slug="fanwen-shengmo-pledge-hanger-recycling",
        site="绳墨范文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.shengmofw.cn/changyi/huanbao/62207.html",
        title="关于回收再利用干洗店挂衣架的倡议书",
        record_title="关于回收再利用干洗店挂衣架的倡议书（范文精编·可改）- 绳墨范文网",
        date="2025-06-05",
        notes="decorated record title (（范文精编·可改）- site); signature date; a ghost-writer line between paragraphs, a collect link glued after a 。, a 'sharing' sentence that is content",
        page="""
!m 绳墨范文网 | 好文章自有分寸
!m 当前所在：首页 › 倡议书 › 环保倡议
!t 关于回收再利用干洗店挂衣架的倡议书（范文精编·可改）- 绳墨范文网
!m 投稿：绿叶子　收录于 2025-06-07　浏览 915
!a 〔一键复制〕〔存为Word〕〔发到手机〕
{T}
{BODY}
!a 登录会员，全站倡议书范文不限次数下载
!l 同栏目热文：
!l 节约用水倡议书（社区版）
!l 垃圾分类“进小区”倡议书
!l 绿色出行周倡议书范文
!d 本站范文供参考学习，请勿直接用于正式发文，因照搬引起的问题本站不担责。
!m 绳墨范文网 shengmofw.cn　苏ICP备21039904号-1
""",
        indent="\u3000\u3000",
        body="""
全市各干洗店经营者、广大市民朋友：
一件衣服送洗一次，往往就会带回一只塑料或铁丝挂衣架。这些挂衣架大多用过一次便被丢弃，既浪费资源，又增加了垃圾处理负担。为此，我们发出如下倡议：
一、干洗店设立挂衣架回收箱，顾客取衣时可将家中闲置的挂衣架交回，完好的清洁消毒后循环使用。⟦a 点此收藏⟧
二、市民朋友取衣时可自带挂衣架或选择折叠包装，不需要的挂衣架当场留给店家。
⟦w 急用倡议书、活动方案？专人代笔，加微信smfw_2025⟧
三、欢迎大家把本倡议分享给亲友和邻居，让更多人加入到挂衣架回收行动中来。
小小挂衣架，环保大文章。让我们从身边小事做起，共同守护洨阳的绿水蓝天！
洨阳市洗染行业协会
2025年6月5日
""",
    ),
    dict(
        slug="wenku-qingwu-plan-key-box-html-markers",
        site="青梧文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qingwuwk.com/view/a7c2e91d40.html",
        title="机关公务用车钥匙盒智能化管理实施方案",
        record_title="机关公务用车钥匙盒智能化管理实施方案.docx",
        date="2025-03-12",
        notes="file-name record title; a 文库 reader with a viewer toolbar, page-marker paragraphs (⧀ n ⧁) between the halves of cut paragraphs, a paywall and a coin box; decimal headings 1.1–3.1; signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>机关公务用车钥匙盒智能化管理实施方案.docx - 青梧文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.QW_DOC={id:"a7c2e91d40",pages:6,free:2};</script>
<style>.reader p{line-height:1.9}.marker{color:#bbb;text-align:center}</style>
</head><body>
<header class="qw-top"><a class="logo" href="/">⟦m 青梧文库⟧</a><nav>⟦m <a href="/gw/">公文</a> · <a href="/fa/">方案</a> · <a href="/zj/">总结</a>⟧</nav><a class="vip" href="/vip">⟦a 开青梧年卡，六折下全站⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传人：吏海扁舟　　2025-03-18 上传　　共6页　　2.1万阅读⟧</p>
<div class="viewer-bar">⟦a 适合宽度　|　全屏阅读　|　加入书架　|　举报本文⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 还剩4页未读，支付8个青梧币继续阅读⟧</p><button>⟦a 用币解锁⟧</button> <button>⟦a 开年卡免费看⟧</button></div>
<aside class="similar"><h4>⟦l 读过此文的人也在翻⟧</h4><ul>
<li>⟦l 机关车辆管理办法（2024修订）⟧</li>
<li>⟦l 公车平台派车流程图⟧</li>
<li>⟦l 单位印章与钥匙保管制度⟧</li></ul></aside>
<footer>⟦d 青梧文库内容均由用户自行上传，本站仅提供存储与展示服务。⟧<br>⟦m ©青梧文库 qingwuwk.com　浙ICP备23015508号-2⟧</footer>
</body></html>
""",
        p_html='<p class="txt">{}</p>',
        pages=dict(fmt="⧀ {n} ⧁", every=110, start=2),
        body="""
为解决公务用车钥匙交接无记录、借用无审批的问题，结合机关实际，制定本方案。
1.总体要求
1.1 将机关现有12辆公务用车的钥匙全部纳入智能钥匙盒统一保管，做到一车一格、一钥一码。
1.2 钥匙取用与派车单关联，未经审批的派车单无法开启钥匙格。
2.实施步骤
2.1 3月下旬完成钥匙盒选型和安装，安装位置为机关一楼车管室。
2.2 4月上旬录入驾驶员信息，组织驾驶员培训，讲清刷卡取钥、按时归还的操作要求。
2.3 4月中旬起试运行一个月，试运行期间纸质登记与系统记录同时进行。
3.保障措施
3.1 办公室负责钥匙盒日常维护，每月导出取用记录，发现超时未还的车辆及时通报。
髻山县机关事务服务中心
2025年3月12日
""",
    ),
    dict(
        slug="wenku-hesui-research-bamboo-ladder-wrapped",
        site="禾穗文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.hesuiwenku.com/p-20417736.html",
        title="关于鞍塘镇竹梯编制产业发展情况的调研报告",
        record_title="【禾穗精品】关于鞍塘镇竹梯编制产业发展情况的调研报告 - 禾穗文库",
        date="2025-05-18",
        notes="decorated record title; a PDF-like text hard-wrapped at 62 columns and cut by page markers (⚳ n ⚳) on lines of their own; signature date in Chinese numerals; data table",
        page="""
!m 禾穗文库 · 文档在线预览
!t 【禾穗精品】关于鞍塘镇竹梯编制产业发展情况的调研报告 - 禾穗文库
!m 贡献者：乡村观察员　|　5页　|　下载 137 次　|　更新于 2025-06-02
!a 本文免费预览前3页，下载全文请使用禾穗券
{T}
{BODY}
!a 预览到此为止，余下内容请下载原文档查看
!l 相关文档：竹编产业调研报告 · 乡村特色产业发展思考 · 手工业合作社章程
!d 文档内容由网友上传，如涉及侵权请联系禾穗文库删除。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⚳ {n} ⚳", every=110, start=2),
        body="""
鞍塘镇地处簑岭县西部山区，毛竹资源丰富，编制竹梯是当地延续百余年的传统手艺。今年4月，县工商联调研组深入鞍塘镇6个村和3家竹制品合作社，对竹梯编制产业进行了专题调研。
一、基本情况
全镇从事竹梯编制的农户有214户，年产竹梯约3.8万架，主要销往周边县市的果园、建筑工地和电力施工单位。
年份　产量（万架）　产值（万元）
2023年　3.1　465
2024年　3.8　592
二、存在的问题
一是产品标准不统一，竹材含水率、横档间距全凭经验把握；二是从业人员老化，50岁以下的篾匠不足三成；三是销售渠道单一，网上销售刚刚起步。
三、几点建议
建议由县市场监管局牵头制定竹梯地方标准，支持合作社开展质量检测，并组织年轻人参加篾匠技艺培训。
簑岭县工商业联合会
二〇二五年五月十八日
""",
    ),
    dict(
        slug="gov-suoling-notice-toilet-coat-hooks-html",
        site="簑岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.suolingxian.gov.cn/zwgk/tzgg/202505/t20250512_480913.html",
        title="关于在全县城乡公共厕所统一加装衣帽钩和置物台的通知",
        record_title="关于在全县城乡公共厕所统一加装衣帽钩和置物台的通知_通知公告_簑岭县人民政府",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="county portal with 长者模式/读屏 links, an 索引号 table (文号 cell unmarked), a 纠错 line; the notice's own 联系人/电话 next to the portal's hotline; 附件 list and 'download the attachment' as content; 抄送 line; portal date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于在全县城乡公共厕所统一加装衣帽钩和置物台的通知_通知公告_簑岭县人民政府</title>
<meta name="SiteName" content="簑岭县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/js/sl-jquery.min.js"></script><script>var _sl_stat=1;</script>
</head><body>
<div class="gov-top"><span>⟦m 簑岭县人民政府 欢迎您⟧</span><a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 读屏专用⟧</a> <a href="#">⟦a 手机版⟧</a></div>
<div class="gov-banner">⟦m 簑岭县人民政府门户网站⟧</div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进簑岭⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：11432617MB1E7604XK/2025-00381⟧</td><td>⟦m 发布机构：县城市管理局⟧</td></tr>
<tr><td>文号：簑城管发〔2025〕17号</td><td>⟦m 公开日期：2025-05-12⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-tool">⟦a 【字体：大 中 小】　【打印此页】　【关闭窗口】⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-share">⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="related"><h4>⟦l 相关阅读⟧</h4><p>⟦l 簑岭县城区公厕第三方保洁考核办法⟧</p><p>⟦l 2025年县城市容环境整治工作要点⟧</p></div>
<div class="gov-foot">
<p>⟦m 主办：簑岭县人民政府办公室　承办：簑岭县融媒体中心⟧</p>
<p>⟦m 网站标识码：4326170012　湘公网安备43261702000144号⟧</p>
<p>⟦m 网页纠错电话：0739-7321005（工作日）⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为提升公共厕所人性化服务水平，县城市管理局决定在全县城乡公共厕所统一加装衣帽钩和置物台。现将有关事项通知如下：
一、每个厕位内侧门板加装不锈钢衣帽钩1个，安装高度距地面1.5米至1.6米；无障碍厕位另加装低位衣帽钩1个。
二、洗手区加装置物台，台面宽度不小于20厘米。
三、请各乡镇于5月20日前下载附件1填写点位清单，6月30日前完成安装，并按附件2组织自查验收。
联系人：周若岚　电话：0739-7321840
附件：1.公共厕所衣帽钩安装点位清单
2.公共厕所人性化设施验收表
簑岭县城市管理局
2025年5月9日
抄送：县人民政府办公室，县住建局。
""",
    ),
    dict(
        slug="gov-xiaoyang-bulletin-vanity-toy-wrapped",
        site="洨阳市市场监督管理局 (invented), text rendering",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.xiaoyangshi.gov.cn/zwgk/zljd/202507/t20250704_22871.html",
        title="关于儿童化妆玩具梳妆盒产品质量监督抽查情况的通报",
        record_title="关于儿童化妆玩具梳妆盒产品质量监督抽查情况的通报_质量抽查_洨阳市市场监督管理局",
        date="2025-07-02",
        date_also=["2025-07-04"],
        notes="government page as text, hard-wrapped at 56 columns; table of unqualified products (cells apart by ideographic spaces); 抄送 line; site date differs from the 成文日期",
        page="""
!m 洨阳市市场监督管理局
!m 网站首页 ＞ 政务公开 ＞ 质量抽查
{T}
!m 信息来源：质量监督科　　发布日期：2025-07-04　　点击数：1208
!a 【收藏】　【打印】　【字号：大·中·小】
洨市监质〔2025〕42号
{BODY}
!a 【关闭】　【返回顶部】
!m 洨阳市市场监督管理局版权所有　地址：洨阳市建设北路88号
!m 违法和不良信息举报：0736-12315
""",
        wrap=56,
        body="""
各县（区）市场监督管理局：
今年6月，市局组织对全市商场、文具店和网店销售的儿童化妆玩具梳妆盒开展了产品质量监督抽查，共抽查42家单位的60批次产品，不合格9批次，不合格发现率15%。不合格项目主要为可迁移元素和小零件，部分梳妆盒内附的小镜片边缘锋利。
不合格产品如下：
标称生产企业　产品名称　不合格项目
洨阳乐颜玩具厂　公主梳妆盒　可迁移元素
鬓川县童梦日用品店　彩妆梳妆盒　小零件
各县（区）局要督促销售者立即下架不合格产品，依法开展后处理，并于7月31日前将处理情况报市局质量监督科。
洨阳市市场监督管理局
2025年7月2日
抄送：省市场监督管理局质量监督处。
""",
    ),
    dict(
        slug="news-binchuan-bamboo-ladder-craftsman",
        site="鬓川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.binchuannews.cn/xz/2025-08/14/content_55812.html",
        title="八旬篾匠坚守竹梯手艺　一年编出三百架",
        record_title="八旬篾匠坚守竹梯手艺　一年编出三百架 - 鬓川新闻网",
        record_date="2025-08-14",
        date="2025-08-14",
        notes="news portal: an app prompt glued before the lead, a photo caption between paragraphs, a listen button, an editor line glued after the last paragraph, 24-hour list",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>八旬篾匠坚守竹梯手艺　一年编出三百架 - 鬓川新闻网</title>
<script async src="/static/bcn-ad.js"></script>
</head><body>
<div class="bcn-top">⟦m 鬓川新闻网 · 鬓川人自己的新闻⟧ <a>⟦a 登录⟧</a> <a>⟦a 读报⟧</a></div>
<nav>⟦m 时政　乡镇　民生　文旅　视频　专题⟧</nav>
<div class="loc">⟦m 首页 / 乡镇 / 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-08-14 09:26　来源：鬓川县融媒体中心　记者 苏沐阳⟧</div>
<div class="listen">⟦a ▶ 收听本文（约2分钟）⟧</div>
<div class="article">
{BODY}
</div>
<div class="share-row">⟦l 转到：朋友圈 | 微博 | 复制链接⟧</div>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 鬓川至洨阳城际公交8月起加密班次⟧</li><li>⟦l 铗口镇早稻开镰　亩产提高40斤⟧</li></ol></aside>
<footer>⟦d 凡本网注明“来源：鬓川县融媒体中心”的作品，转载须注明出处。⟧<br>⟦m 新闻热线：0731-5829901　湘ICP备19022756号⟧</footer>
</body></html>
""",
        body="""
⟦a 打开鬓川APP，看更多乡镇新鲜事⟧8月12日清晨，铗口镇祁家坳村的晒谷坪上，81岁的篾匠焦德昌正用篾刀把一根毛竹剖成两半。“竹梯好不好，先看竹子老不老。”他一边说，一边用手指敲了敲竹节。
焦德昌16岁学篾匠手艺，做了六十多年竹梯。他做的竹梯横档用榫头穿过梯帮，不用一根铁钉，附近果园的采果工人都认他的手艺。
⟦m 图为焦德昌在检查竹梯横档。（苏沐阳　摄）⟧
去年，焦德昌一共编了300多架竹梯。镇里把他的作坊列为非遗传习点，今年已有5名年轻人跟他学艺。“手艺不能断在我手里。”老人说。⟦m （编辑：田小禾　审核：罗一帆）⟧
""",
    ),
    dict(
        slug="news-xiaoyang-key-box-elderly-no-title",
        site="洨阳网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.xiaoyangwang.com/shehui/20250903/c_118204.html",
        title="社区装上“钥匙寄存盒”　独居老人忘带钥匙不再犯愁",
        record_title=None,
        date="2025-09-03",
        notes="no record title: the headline line under the site lines; a 发布时间 byline is the page's date; a related-news box; a photo caption between paragraphs",
        page="""
!m 洨阳网——洨阳日报社主办
!m 首页 > 社会 > 正文
{T}
!m 发布时间：2025-09-03 07:45　来源：洨阳日报　作者：见习记者 阮青
!a 分享　评论(12)　字号 A+ A-
{BODY}
!m 责编：龚雨桐
!l 相关新闻
!l 鬏城区推出“长者助餐卡”　百余名老人受益
!l 我市新增32处社区便民服务点
!m 洨阳网版权所有　未经授权禁止转载
""",
        body="""
本报讯　“以前忘带钥匙只能在楼道里干等，现在扫一下脸就能把备用钥匙取出来。”9月2日，家住鬏城区珮园社区的78岁老人蒋秀英说。
今年8月，珮园社区在社区服务站门口安装了一组“钥匙寄存盒”，共48个格口，辖区独居、空巢老人可自愿把一把备用钥匙存放在里面。
⟦m 图：社区工作人员教老人使用钥匙寄存盒。⟧
老人取钥匙时需刷脸或输入密码，每次开箱都会自动记录，并向老人子女的手机发送提醒。目前已有31户老人办理了寄存。社区书记廖文静介绍，下一步将在另外两个小区推广。
""",
    ),
    dict(
        slug="forum-jiazhuang-diy-coat-hooks-jammer",
        site="家装小匠论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jzxiaojiang.com/thread-330871-1-1.html",
        title="门后装了一排实木衣帽钩，分享下过程和踩过的坑",
        record_title="[巧手改造] 门后装了一排实木衣帽钩，分享下过程和踩过的坑 - 收纳改造 - 家装小匠论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, a rating row, a signature, relative post time (no date), forum board suffix in the record title",
        page="""
<html><head><meta charset="gbk"><title>[巧手改造] 门后装了一排实木衣帽钩，分享下过程和踩过的坑 - 收纳改造 - 家装小匠论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 家装小匠论坛⟧　⟦a <a>登录</a> | <a>注册新账号</a>⟧　<a>⟦a 今日签到领铜钉⟧</a></div>
<div id="pt">⟦m 家装小匠论坛 › 居家改造 › 收纳改造 › 帖子详情⟧</div>
<div class="hm">⟦m 浏览: 4120 | 回复: 37⟧</div>
<table class="plhin"><tr><td class="pls"><div>⟦m 刨花先生⟧</div><div>⟦m 木工学徒　积分 862⟧</div></td>
<td class="plc"><h1><span id="thread_subject">⟦t [巧手改造] 门后装了一排实木衣帽钩，分享下过程和踩过的坑⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 5　铜钉 +12　实用 +5　收起理由⟧</div>
<div class="sign">⟦m ———— 刨花先生：慢慢刨，总会平的 ————⟧</div>
<div class="po">⟦a 回复　支持(26)　反对(0)　收藏⟧</div></td></tr></table>
<div class="pgs">⟦l 下一主题：玄关换鞋凳做成翻盖收纳，附尺寸图⟧</div>
<div id="ft">⟦m 家装小匠论坛 ( 粤ICP备22051167号 )⟧　⟦m GMT+8, 2025-11-20 22:14⟧</div>
</body></html>
""",
        junk=dict(lines=2, glued=3),
        body="""
家里进门那块墙太窄，放不下落地挂衣架，就想在门后装一排衣帽钩。前后折腾了两个周末，记录一下，给想装的朋友参考。
材料：白橡木板一块，长80厘米，铜质双头衣帽钩5个，膨胀螺丝4颗。木板先打磨上木蜡油，晾干再装钩子，钩子间距15厘米左右，挂大衣不会挤。
第一个坑：门是空心门，螺丝拧不住。后来改成把木板固定在门框边的墙上，门开关都不碰。
第二个坑：钩子装得太高，孩子够不着。最后在下面又加了两个低位的，专门挂书包和帽子。
总花费不到两百块，挂东西特别稳，大家有问题楼下问。
""",
    ),
    dict(
        slug="forum-shouna-hanger-brittle-junk",
        site="收纳控论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.shounakong.net/t/558120",
        title="塑料挂衣架用半年就脆断，大家都用什么材质的？",
        record_title="[居家杂谈] 塑料挂衣架用半年就脆断，大家都用什么材质的？（附三种对比图）- 衣物收纳 - 收纳控论坛",
        date=None,
        notes="forum thread as text: junk lines and junk glued after 。; replies below; relative times only (no date)",
        page="""
!m 收纳控论坛 — 家里再小也能收得下
!m 首页 » 衣物收纳 » 帖子
!t [居家杂谈] 塑料挂衣架用半年就脆断，大家都用什么材质的？（附三种对比图）
!m 楼主：晾衣杆上的猫　发表于 昨天 21:14　阅读 1867
{BODY}
!m [图片已折叠，点击展开 3 张]
!a 点赞 41　回复　收藏　举报
!l 2#　柚子不酸：我家全换成植绒的了，衣服不滑，就是贵点
!l 3#　老周收纳：实木的最耐用，阳台晒东西别用就行
!l 查看全部 26 条回复 »
!a 登录后参与讨论
""",
        junk=dict(lines=2, glued=3),
        body="""
去年双十一买了一百个塑料挂衣架，阳台上晒了半年，最近一拿就断，已经断了二十多个。断口发白，一捏就碎，应该是被太阳晒老化了。
我又对比了家里的几种：铁丝外面包塑料的，用了三年还好，就是时间长了会生锈弄脏衣服；实木的结实，但是占地方，挂满一柜子挺沉；植绒的防滑，挂丝质衣服最好，但不能沾水，只能放衣柜里。
现在想全部换掉，阳台晒衣服到底用什么材质的好？有没有不怕晒又不生锈的？
""",
    ),
]
