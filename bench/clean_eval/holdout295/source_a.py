"""holdout295, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-bigengzhai-speech-vinegar-pot-table",
        site="笔耕斋范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengzhai.net/jianghua/huiyi/2025/0502/1176.html",
        title="在全县餐饮门店“洁净醋壶”专项行动推进会上的讲话",
        record_title="【会议讲话精选】在全县餐饮门店“洁净醋壶”专项行动推进会上的讲话（压缩精编）_笔耕斋范文网",
        date="2025-04-09",
        notes="old gb2312 table page: marquee, font row, floating ghost-writer QQ box, visitor counter; speaker and date lines under the title are neutral; a writing-service prompt glued after a 。 and a members-only line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【会议讲话精选】在全县餐饮门店“洁净醋壶”专项行动推进会上的讲话（压缩精编）_笔耕斋范文网</title>
<link href="/css/bgz.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="66"><img src="/images/logo.gif" alt=""> <b>⟦m 笔耕斋范文网⟧</b> <span>⟦m 一案在手，落笔不愁⟧</span></td>
<td align="right"><a href="#" onclick="sethome()">⟦a 设笔耕斋为主页⟧</a>　<a href="#">⟦a 存入收藏夹⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" class="nav"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话稿⟧</a></td><td><a href="/zongjie/">⟦m 总结⟧</a></td><td><a href="/fangan/">⟦m 方案⟧</a></td><td><a href="/xinde/">⟦m 心得⟧</a></td>
</tr></table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()">⟦m 笔耕斋温馨提示：所有范文均需结合本单位实情增删，切忌照搬⟧</marquee></td></tr></table>
<table width="960" border="0" align="center"><tr>
<td width="700" valign="top">
<div class="pos">⟦m 所在位置：<a href="/">笔耕斋</a> &gt;&gt; <a href="/jianghua/">讲话稿</a> &gt;&gt; 会议讲话⟧</div>
<h1 align="center">{T}</h1>
<div align="center" class="info">⟦m 整理：斋主小陆　更新：2025-05-02　人气：1388⟧</div>
<div align="center">⟦a 〖阅读字体：特大 大 中 小〗⟧　⟦a 〖打印这篇〗⟧　⟦a 〖关掉本页〗⟧</div>
<p align="center">县市场监督管理局局长　柏立群</p>
<p align="center">（2025年4月9日）</p>
<div class="content">
{BODY}
</div>
<table width="100%"><tr><td>⟦l 上一篇：在全县小餐饮整治提升动员会上的讲话⟧</td><td>⟦l 下一篇：乡镇食安办主任表态发言稿⟧</td></tr></table>
</td>
<td width="250" valign="top">
<div class="box"><b>⟦l 讲话稿排行⟧</b>
<div>⟦l ·市场监管所长年度工作会讲话⟧</div>
<div>⟦l ·餐饮油烟整治推进会讲话稿⟧</div>
<div>⟦l ·食品安全宣传周启动仪式致辞⟧</div>
</div>
</td></tr></table>
<div id="float_qq" style="position:fixed;right:0;top:200px">⟦w 笔耕斋代拟讲话稿 QQ 2875001436⟧</div>
<table width="960" border="0" align="center"><tr><td align="center">
<p>⟦d 笔耕斋所收范文多为网友投稿，版权属原作者，仅供写作借鉴⟧</p>
<p>⟦m 笔耕斋范文网 bigengzhai.net　赣ICP备15032871号⟧</p>
<p>⟦m 您是笔耕斋第 0028571 位访客⟧</p>
</td></tr></table>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开全县餐饮门店“洁净醋壶”专项行动推进会，主要是通报前一阶段检查情况，部署下一步整治工作。刚才，局食品经营科通报了抽查结果，樱渡、芭口两个市场监管所作了交流发言，我都赞同。⟦w 讲话稿量身代拟，加微信 bgz_xiaolu07⟧下面，我讲三点意见。
一、正视问题。桌上一把醋壶，看着是小物件，连着的却是群众的舌尖安全。三月份我们抽查全县218家面馆、饺子馆，有61家醋壶长期不清洗，壶嘴结垢发黑，有的把来路不明的散装醋直接灌进壶里。
⟦a 本篇后半部分仅对笔耕斋会员开放⟧
二、抓住重点。一要定期清洗，醋壶每天收市后清洗、每周消毒一次；二要溯源进货，散装醋必须索证索票；三要亮明标识，每把醋壶贴上灌装日期。
三、压实责任。各市场监管所要把醋壶纳入日常检查清单，对屡查屡犯的门店依法处理，并在县政府网站公示。
同志们，小醋壶连着大民生。希望大家把这件小事办实办好，让群众吃得放心。
""",
    ),
    dict(
        slug="fanwen-motian-insight-rice-basket-weaving",
        site="墨田范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.motianfw.com/xinde/peixun/77310.html",
        title="参加竹编淘米箩非遗技艺培训班的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; no date (a relative 收录 time only); a ghost-writer line glued after the last 。 and an 'unlock' line between paragraphs",
        page="""
!m 墨田范文 · 心得体会频道
!m 位置：墨田范文 / 心得体会 / 培训心得
{T}
!m 投稿：竹下听风　｜　浏览 2190　｜　收录于 3 天前
!a 全文复制　｜　导出Word　｜　放进我的素材夹
{BODY}
!a 觉得有用？点个赞再走　👍 126
!l 同类心得推荐
!l ▸ 非遗传承人研修班学习心得
!l ▸ 乡村工匠培训心得体会（3篇）
!l ▸ 参加农村实用人才培训的收获
!d 墨田范文所载文章来自投稿与网络，仅供学习参考，请勿整篇抄用
!m 墨田范文 motianfw.com　鄂ICP备19027734号-3
""",
        indent="\u3000\u3000",
        body="""
五月下旬，我参加了县人社局和县文化馆联合举办的竹编技艺培训班，跟着猷山县竹编非遗传承人庹满仓师傅学编淘米箩。七天时间，从破竹、刮篾到起底、收口，我第一次完整地编出了一只能用的淘米箩。
第一点体会：手艺要靠慢功夫。庹师傅说，一只好淘米箩，篾片要刮得像纸一样薄，经纬要压得密，米粒才漏不下去。我头两天编的箩底总是歪的，拆了重编四次才算过关。
⟦a 余下两点体会需登录墨田账号后展开⟧
第二点体会：老物件也有新市场。县电商中心的老师给我们算了一笔账：一只手工淘米箩在网上能卖到四五十元，不少城里人愿意为“少用塑料”买单。
第三点体会：传承要有人接棒。班里三十二名学员，四十岁以下的只有九人。我打算回村后约上几位留守妇女一起编，农闲时也能多一份收入。⟦w 各类心得代写包原创，加V：motian_wen88⟧
""",
    ),
    dict(
        slug="wenku-zhijuan-survey-flour-sieve-markers",
        site="知卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhijuanwk.com/doc/8830417526.html",
        title="关于宸岭县不锈钢面筛产业发展情况的调研报告",
        record_title="关于宸岭县不锈钢面筛产业发展情况的调研报告.pdf",
        date="2025-04-15",
        notes="file-name record title; 文库 reader: viewer toolbar, page-marker paragraphs ⎜n⎟ cutting sentences, a paywall; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于宸岭县不锈钢面筛产业发展情况的调研报告.pdf - 知卷文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhijuanwk.com/reader/v3/reader.min.js"></script>
<style>.pager{color:#999;text-align:center}</style>
</head>
<body>
<header class="zj-top"><a class="logo" href="/">⟦m 知卷文库⟧</a><span class="slogan">⟦m 每一页都值得细读⟧</span>
<nav><a href="/">⟦m 首页⟧</a> <a href="/cat/baogao">⟦m 研究报告⟧</a> <a href="/cat/gongwen">⟦m 公文⟧</a> <a href="/vip">⟦a 开通月卡⟧</a> <a href="/login">⟦a 登录 · 新用户注册⟧</a></nav></header>
<div class="crumb">⟦m 知卷文库 › 行业资料 › 调研报告⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 共5页　｜　贡献者：chen***17　｜　上传于2025-04-27　｜　1.2万人读过⟧</p>
<div class="viewer-bar"><button>⟦a 放大⟧</button><button>⟦a 缩小⟧</button><button>⟦a 全屏阅读⟧</button><button>⟦a 下载本PDF（18知卷币）⟧</button></div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 还有2页未展开，开通知卷月卡即可读完⟧</p><p><a>⟦a 19.9元开通月卡⟧</a>　<a>⟦a 单独购买本篇⟧</a></p></div>
<aside class="rel"><h3>⟦l 读过此篇的人也在读⟧</h3><ul>
<li>⟦l 县域小五金产业调研报告（5页）⟧</li>
<li>⟦l 厨具行业质量提升调研.docx⟧</li></ul></aside>
<footer><p>⟦d 知卷文库内文档均由用户上传，若侵犯您的权益请发函至 tousu@zhijuanwk.com⟧</p><p>⟦m © 2025 知卷文库　沪ICP备20031877号⟧</p></footer>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⎜{n}⎟", every=140, start=2),
        body="""
为摸清全县面筛产业底数，县工信局调研组于今年3月走访了芭口镇、宥坪镇的27家面筛生产企业和家庭作坊。现将有关情况报告如下。
一、基本情况。全县现有面筛生产经营主体41家，从业人员约1600人，2024年产量约380万只，产值1.9亿元，产品以不锈钢编织网面筛为主，销往全国20多个省份。
二、存在问题。一是产品同质化严重，80目、100目两种规格占到七成；二是部分作坊使用回收钢丝，筛网生锈、脱丝问题时有发生；三是自有品牌少，多数企业为外地商家贴牌加工。
三、几点建议。（一）制定面筛团体标准，统一目数标识和材质要求；（二）建设公共检测平台，为小微企业提供抽样检测服务；（三）扶持两到三个区域品牌，支持企业开设网店。
宸岭县工业和信息化局调研组
2025年4月15日
""",
    ),
    dict(
        slug="wenku-qingjian-plan-cupboard-wrapped-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://m.qingjianwk.cn/p-5518203.html",
        title="涫川县中小学食堂消毒碗柜更新改造实施方案",
        record_title="涫川县中小学食堂消毒碗柜更新改造实施方案（全文不删节）- 青简文库",
        date="2025-03-20",
        notes="decorated record title; copied from a PDF: hard-wrapped at 62 columns, decimal headings, page markers ⌷n⌷ glued to the continuation line; 成文日期",
        page="""
!m 青简文库　|　千万份文档免费预览
!t 涫川县中小学食堂消毒碗柜更新改造实施方案（全文不删节）
!m 页数：4　大小：96KB　格式：DOCX　上传：2 个月前
!a 阅读模式　｜　下载到手机　｜　加入书架
{BODY}
!a 试读到此为止，剩余1页请下载后阅读
!a ￥3.5 下载原文　　青简会员免费
!d 青简文库仅作信息存储与展示，文档著作权归上传者或原作者所有
!l 相关推荐：学校食堂餐具消毒管理制度 ｜ 食堂设施设备更新方案 ｜ 校园食品安全自查报告
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⌷{n}⌷", every=80, start=2, glue=True),
        body="""
为落实学校食堂餐饮具“一洗二清三消毒四保洁”要求，县教育局决定在2025年春季学期对全县中小学食堂消毒碗柜进行更新改造，特制定本方案。
1.改造范围
1.1 全县38所中小学、12所寄宿制学校的食堂。
1.2 使用年限超过8年或消毒温度达不到120℃的消毒碗柜，一律更换。
2.实施步骤
2.1 摸底登记（3月25日前）：各校填报消毒碗柜台账，写明品牌、容量和购置年份。
2.2 集中采购（4月30日前）：由县教育局统一组织公开招标，选用高温红外型消毒碗柜。
2.3 安装验收（5月31日前）：各校安排专人参与验收，旧碗柜按国有资产处置程序报废。
3.保障措施
3.1 所需资金从学校公用经费和食堂结余中列支，不足部分由县财政补助。
3.2 县教育局将改造情况纳入学校食品安全年度考核。
涫川县教育局
2025年3月20日
""",
    ),
    dict(
        slug="gov-guanchuan-bulletin-vinegar-pot-index-table",
        site="涫川县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.guanchuan.gov.cn/zwgk/tzgg/202505/t20250512_331207.html",
        title="关于全县餐饮门店醋壶卫生专项抽查情况的通报",
        record_title="关于全县餐饮门店醋壶卫生专项抽查情况的通报_通知公告_涫川县人民政府",
        date="2025-05-08",
        date_also=["2025-05-12"],
        notes="county portal: 长辈版/读屏 links, 索引号 table with the 文号 cell unmarked (neutral), a data table one row a paragraph, the document's contact next to the portal's 纠错 line and 12345; the portal's posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于全县餐饮门店醋壶卫生专项抽查情况的通报_通知公告_涫川县人民政府</title>
<meta name="ArticleTitle" content="关于全县餐饮门店醋壶卫生专项抽查情况的通报">
<meta name="PubDate" content="2025-05-12 10:20">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><span>⟦m 涫川县人民政府门户网站⟧</span>　<a href="/elder">⟦a 长辈版⟧</a>　<a href="javascript:;">⟦a 读屏专用⟧</a>　<a href="/en">⟦a 英文版⟧</a></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 走进涫川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="loc">⟦m 您当前所在：首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11360927MB1Q40556T/2025-00418⟧</td><td>⟦m 发布机构：涫川县市场监督管理局⟧</td></tr>
<tr><td>⟦m 主题分类：市场监管、安全生产监管⟧</td><td>⟦m 发文日期：2025-05-12⟧</td></tr>
<tr><td>涫市监通〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="tool">⟦m 来源：县市场监管局　浏览次数：643⟧　⟦a 【字号 放大 复原 缩小】⟧　⟦a 打印⟧</div>
<div class="view TRS_UEDITOR">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关链接⟧</h4><ul><li>⟦l 涫川县2025年食品安全重点工作安排⟧</li><li>⟦l 关于开展小餐饮“亮证亮照”行动的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 网站纠错请拨 0795-7621190（工作日）⟧　⟦m 政务服务便民热线 12345⟧</p>
<p>⟦m 主办：涫川县人民政府办公室　承办：涫川县大数据中心⟧</p>
<p>⟦m 赣ICP备05007712号　赣公网安备36092702000188号　网站标识码3609270004⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
4月中下旬，县市场监管局对城区和樱渡、芭口、宥坪三镇的餐饮门店醋壶卫生开展了专项抽查，共抽查门店120家、醋壶356把。现将有关情况通报如下。
区域　抽查门店　不合格门店　主要问题
城区　64　9　壶嘴结垢、无灌装日期
樱渡镇　21　4　散装醋无票据
芭口镇　19　2　壶身破损
宥坪镇　16　3　醋壶与酱油壶混用
对抽查发现问题的18家门店，已当场责令整改，其中3家拒不改正的已立案调查。各乡镇要督促辖区门店对照问题自查自纠，6月底前完成整改。
联系人：县市场监管局食品经营科　黎晓禾，电话：0795-7623415。
涫川县市场监督管理局
2025年5月8日
""",
    ),
    dict(
        slug="gov-ruyang-notice-farm-tools-attachments",
        site="溽阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ruyang.gov.cn/art/2025/6/3/art_1562_40881.html",
        title="溽阳县文化广电旅游体育局关于征集老面筛等传统农家器具的通知",
        date="2025-05-30",
        notes="the record's own title; a text copy of a portal page: 文号 line neutral, 附件 list, 成文日期 in Chinese numerals, 抄送 and 印发 lines in the body; the portal's 纠错 line and a 政务公开 breadcrumb",
        page="""
!m 溽阳县人民政府　www.ruyang.gov.cn
!m 当前位置：首页 ＞ 政务公开 ＞ 部门文件
{T}
溽文旅体〔2025〕21号
!m 信息来源：县文广旅体局　　公开方式：主动公开　　访问量：318
!a 〔放大〕〔还原〕〔缩小〕　　〔保存本页〕　　〔关闭〕
{BODY}
!l 上一条：溽阳县2025年“村晚”展演活动方案
!l 下一条：关于做好端午节期间文旅市场安全工作的通知
!m 溽阳县人民政府办公室主办　网站纠错：0797-5510632
!m 赣ICP备06003184号-1
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
为丰富县农耕文化馆馆藏，留存乡村记忆，县文广旅体局决定面向社会征集老面筛、竹箩、石磨等传统农家器具。现将有关事项通知如下。
一、征集范围：1980年以前制作、使用过的面筛、罗筛、簸箕、石磨等器具，以及与之相关的老照片、账本。
二、征集方式：以无偿捐赠为主，对具有较高价值的器具可协商收购。捐赠者可获颁收藏证书，姓名列入馆内捐赠榜。
三、征集时间：2025年6月1日至9月30日。
四、有关要求：请各乡镇文化站做好宣传发动，汇总填写《征集器具登记表》，于每月底报县农耕文化馆。
联系人：县农耕文化馆　况青禾，电话：0797-5512208。
附件：1.溽阳县传统农家器具征集登记表
2.捐赠协议书（样本）
溽阳县文化广电旅游体育局
二〇二五年五月三十日
抄送：县委宣传部，县财政局。
溽阳县文化广电旅游体育局办公室　2025年5月30日印发
""",
    ),
    dict(
        slug="news-aicheng-museum-wine-pot-captions",
        site="蔼城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.aichengnews.cn/wenhua/2025-06/18/content_91720.html",
        title="蔼城市博物馆首次展出明代錾花锡酒壶",
        record_title="蔼城市博物馆首次展出明代錾花锡酒壶 - 文化 - 蔼城新闻网",
        date="2025-06-18",
        notes="news portal: app prompt, listen button, byline 发布时间 as the page's date, two photo captions between paragraphs, an editor line glued after the last 。, a 24-hour list",
        page="""
<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>蔼城市博物馆首次展出明代錾花锡酒壶 - 文化 - 蔼城新闻网</title>
<script>window.__AD_SLOT__ = "wenhua_top";</script>
</head>
<body>
<div class="app-tip">⟦a 打开蔼城新闻客户端，看更多本地消息⟧ <a>⟦a 立即打开⟧</a></div>
<header><div class="logo">⟦m 蔼城新闻网⟧</div><div class="slogan">⟦m 蔼城人自己的新闻门户⟧</div>
<nav><a>⟦m 本地⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 文化⟧</a> <a>⟦m 视频⟧</a> <a>⟦m 专题⟧</a></nav></header>
<div class="crumbs">⟦m 蔼城新闻网 ＞ 文化 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-18 09:36⟧　⟦m 来源：蔼城日报⟧　⟦m 记者 樊一苇⟧</div>
<div class="listen"><button>⟦a 听全文（约2分钟）⟧</button></div>
<div class="article-body">
{BODY}
</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 菝湖区老街改造方案公示⟧</li><li>⟦l 漶水河畔新添两处口袋公园⟧</li><li>⟦l 蔼城高考考点今起开放查询⟧</li></ol></aside>
<footer><p>⟦d 蔼城新闻网原创稿件，转载须注明出处并取得书面授权⟧</p><p>⟦m 违法和不良信息举报：0793-3301717⟧</p><p>⟦m 互联网新闻信息服务许可证 36120250016⟧</p></footer>
</body>
</html>
""",
        body="""
本报讯　6月17日，蔼城市博物馆“漶水遗珍”特展开幕，一件明代錾花锡酒壶首次与观众见面。这件酒壶去年在菝湖区一处明代墓葬中出土，通高21厘米，壶身錾刻缠枝莲纹，壶盖上有一只小狮钮。
⟦m 图为展出的明代錾花锡酒壶。樊一苇 摄⟧
据博物馆研究馆员宗立言介绍，锡器在明代江南一带十分常见，但能完整保存下来的锡酒壶并不多。这件酒壶出土时壶嘴断裂，修复人员用了近四个月才将它复原。
⟦m 图为修复人员对比修复前后的照片。樊一苇 摄⟧
特展共展出文物86件（套），展期至10月底。博物馆每周一闭馆，观众可通过“蔼城市博物馆”微信小程序预约参观。⟦m （编辑：符晓岚　审核：卢长庚）⟧
""",
    ),
    dict(
        slug="news-chenling-rice-basket-coop-app-prompt",
        site="宸岭融媒 (invented, county news site)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.chenlingrm.com/xw/xzdt/2025/0611/66218.shtml",
        title="宥坪镇竹编合作社十万只淘米箩销往长三角",
        record_title="宥坪镇竹编合作社十万只淘米箩销往长三角丨宸岭融媒",
        record_date="2025-06-11",
        date="2025-06-11",
        notes="date from the record; an app prompt glued before the news lead, a byline line, a photo caption between paragraphs, a share bar and comments below",
        page="""
!m 宸岭融媒　|　宸岭县融媒体中心主办
!m 首页 ＞ 乡镇动态
{T}
!m 2025-06-11 08:12　宸岭融媒记者 庾晴　通讯员 窦小川
{BODY}
!l 分享本条：朋友圈 / 微博 / 复制链接
!l 网友留言（2）
!l 竹乡人：我家也编过淘米箩，希望多收点
!l 宸岭小吃货：在网上买过，确实好用
!m 宸岭县融媒体中心版权所有　未经许可不得转载
""",
        body="""
⟦a 下载“宸岭融媒”APP，乡镇新闻早知道⟧本网讯　6月10日上午，一辆满载竹编淘米箩的货车从宥坪镇庹家坳村出发，驶往浙江嘉兴。这是宥坪镇竹禾竹编专业合作社今年发出的第十二车货，累计发货已超过十万只。
合作社理事长庹春生介绍，今年年初，合作社与长三角两家连锁超市签订了供货协议，淘米箩按大、中、小三种规格供货，每只收购价8元至15元不等。
⟦m 图为合作社社员在赶制淘米箩（庾晴 摄）⟧
目前，合作社带动周边四个村的280多户农户在家编织，大部分是留守妇女和老人。“一天编五六只，一个月能多挣一千多块。”村民窦桂英说。
""",
    ),
    dict(
        slug="forum-laowu-cupboard-restore-jammer",
        site="老屋新生论坛 (invented, Discuz-like home-DIY forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.laowuxinsheng.com/thread-30871-1-1.html",
        title="翻新外婆留下的老碗柜，前后花了半个月",
        record_title="[旧物改造] 翻新外婆留下的老碗柜，前后花了半个月 - 木作天地 - 老屋新生论坛",
        date=None,
        notes="Discuz-like forum with jammer fonts (junk glued after 。 and on a line of its own), poster panel, rating row, signature, a relative post time (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[旧物改造] 翻新外婆留下的老碗柜，前后花了半个月 - 木作天地 - 老屋新生论坛 - Powered by Discuz!</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦a 登录⟧　⟦a 立即注册⟧　⟦a 找回密码⟧</div>
<div id="hd"><h2>⟦m 老屋新生论坛⟧</h2><p>⟦m 旧屋旧物，动手翻新⟧</p></div>
<div id="pt">⟦m 老屋新生论坛 › 家居改造 › 木作天地 › 查看帖子⟧</div>
<div class="ts">⟦m 查看：4102 ｜ 回复：37⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 刨花儿⟧</p><p>⟦m 积分 2210　帖子 318　木作达人⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 天前 ｜ 只看楼主 ｜ 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6 人　木工币 +15　收起 理由：干货满满⟧</div>
<div class="sign">⟦m 签名：旧木头会说话，慢慢听⟧</div>
<div class="po">⟦a 引用本楼　回复　举报⟧　⟦a 点赞(58)　收藏(21)⟧</div>
</td></tr></table>
<div class="pgs">⟦l 下一帖：老式五斗柜换拉手求推荐⟧</div>
<div id="fastpost">⟦a 登录后才能参与回帖讨论⟧</div>
<div id="ft"><p>⟦m 老屋新生论坛 ( 闽ICP备21007365号 )⟧</p><p>⟦m GMT+8, 2025-6-20 22:41⟧</p></div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
外婆家那口老碗柜是上世纪七十年代请木匠打的，杉木做的，上下两层，上层是纱门，下层放碗碟。外婆去世后在老屋里放了十几年，纱网烂了，柜门也合不拢。
第一步是清理。我用温碱水把里外刷了三遍，再放在阴凉处晾了一个星期，霉味基本散了。
第二步是修。柜脚有一只被虫蛀空，我找了一块老杉木照原样刨了一只换上；两扇纱门的纱网全部换成不锈钢细纱，木框用鱼胶重新粘牢。
第三步是上油。没有刷漆，只上了三遍木蜡油，保留原来的木纹和磨痕。
现在碗柜放在我家厨房里，装的还是碗碟。每次开柜门，总会想起外婆在灶台边忙碌的样子。
""",
    ),
    dict(
        slug="forum-xiyun-wine-pot-appraisal-junk",
        site="锡韵收藏论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.xiyunsc.com/bbs/viewthread.php?tid=12087",
        title="祖上传下来一把锡酒壶，底部有款，请各位老师掌眼",
        record_title="[求鉴定] 祖上传下来一把锡酒壶，底部有款，请各位老师掌眼（实拍九图）- 金属杂项 - 锡韵收藏论坛",
        date=None,
        notes="a collectors' forum thread in plain text: junk as lines and glued after 。, floor lines, a post time given as 昨天 (no date)",
        page="""
!m 锡韵收藏论坛 - 锡器 铜器 杂项交流
!m 论坛首页 » 金属杂项 » 帖子详情
!t [求鉴定] 祖上传下来一把锡酒壶，底部有款，请各位老师掌眼（实拍九图）
!m 楼主：漶水老樵　发表于 昨天 21:14　｜　浏览 967　回复 12
{BODY}
!m [图片] IMG_2031.jpg (218.4 KB, 下载次数: 9)
!m [图片] IMG_2033.jpg (196.7 KB, 下载次数: 7)
!l 沙发　锡斋主人：看包浆是老的，款识要看清楚才好说
!l 板凳　铜雀台下：建议送去正规机构检测含铅量
!a 回帖需先登录　｜　没有账号？马上注册
!m 锡韵收藏论坛　Powered by PHPWind　苏ICP备18025561号
""",
        junk=dict(lines=2, glued=3),
        body="""
各位老师好，家里整理老屋，翻出一把锡酒壶，听我父亲说是曾祖父那辈传下来的，一直放在阁楼的木箱里。
壶高大约18厘米，壶身是六方形，每一面刻了几枝兰草，壶把是包藤的，藤已经烂了一半。壶底有一个方形款，字迹磨得厉害，能认出一个“源”字，另一个字像是“号”。
拿起来掂着很沉，敲起来声音发闷。壶嘴内侧有一圈黑色的东西，用软布擦不掉。
想请教几个问题：一是这种六方锡酒壶大概是什么年代的；二是底款能看出是哪个作坊的吗；三是壶里的黑垢要不要清理，怎么清理不伤壶。
先谢谢各位，实拍图在下面。
""",
    ),
]
