"""holdout299, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML page and one text
each). Invented text: counties, towns, people, sites, URLs and numbers; see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="binang-speech-kitchen-pot-brushes-old-table",
        site="笔囊公文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.binanggw.com/jianghua/xiangzhen/2025/0320/8817.html",
        title="在全镇餐饮后厨清洁提升行动推进会上的讲话",
        record_title="【讲话汇萃】在全镇餐饮后厨清洁提升行动推进会上的讲话（共3篇·可任选）_笔囊公文网",
        date="2025-03-14",
        date_also=["2025-03-20"],
        notes="old table layout with a marquee, a font row, a floating ghost-writer box, a hot list and a visitor "
        "counter; speaker and date lines under the title (neutral); the site's update date differs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话汇萃】在全镇餐饮后厨清洁提升行动推进会上的讲话（共3篇·可任选）_笔囊公文网</title>
<link href="/css/jn2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/floatqq.js"></script>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300"><img src="/images/logo_jn.gif" border="0"></td>
<td>⟦m 笔囊公文网——机关笔杆子的素材口袋⟧</td>
<td align="right">⟦a <a href="/user/reg.asp">新用户注册</a> | <a href="/user/login.asp">会员登录</a> | <a href="javascript:window.external.AddFavorite(location.href)">收藏笔囊</a>⟧</td>
</tr></table>
<table width="960" border="0" align="center" class="daohang"><tr><td>
⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">工作总结</a> | <a href="/fangan/">活动方案</a> | <a href="/xinde/">心得体会</a> | <a href="/zhuchi/">主持串词</a>⟧
</td></tr></table>
<table width="960" border="0" align="center"><tr><td>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦a 笔囊公文网温馨提示：全站材料免费阅读，笔囊VIP可一键下载原版Word，每天仅需三毛钱！⟧</marquee>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="710" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您的位置：笔囊公文网 → 领导讲话 → 乡镇领导讲话 → 正文⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="xinxi">⟦m 更新时间：2025-03-20　整理：笔囊小编　人气：1462⟧</td></tr>
<tr><td align="center">⟦a 〖阅读字体：放大 还原 缩小〗⟧　⟦a 〖夜间护眼色〗⟧</td></tr>
<tr><td class="zhengwen">
<p align="center">攸田镇党委副书记、镇长　韦秋帆</p>
<p align="center">（2025年3月14日）</p>
{BODY}
</td></tr>
<tr><td align="center">⟦a 〖复制本篇讲话〗〖存为Word〗〖打印此稿〗⟧</td></tr>
<tr><td>⟦l 上一篇：镇长在春季消防安全工作会上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇：在全镇食品经营户集中培训会上的讲话⟧</td></tr>
</table></td>
<td width="250" valign="top">
<table width="100%" class="bian"><tr><td><b>⟦l 本周笔囊热点⟧</b></td></tr>
<tr><td>⟦l ·乡镇长在“放心餐饮”创建会上的讲话⟧</td></tr>
<tr><td>⟦l ·市场监管所长年度表态发言⟧</td></tr>
<tr><td>⟦l ·餐饮油烟整治动员会讲话稿⟧</td></tr>
<tr><td>⟦l ·食品安全宣传周启动仪式致辞⟧</td></tr>
</table></td></tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 笔囊写手在线：讲话稿代写代改 QQ 3104762285⟧</div>
<table width="960" border="0" align="center" class="dibu"><tr><td align="center">
⟦d 本站文章由网友投稿或网络收集整理，若有侵犯您权益的，请来信告知站长处理。⟧<br>
⟦m 笔囊公文网 www.binanggw.com　湘ICP备19082731号⟧<br>
⟦m 您是笔囊公文网第 0418327 位读者⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全镇餐饮后厨清洁提升行动推进会，主要是通报前期检查情况，部署下一阶段工作。
上个月，镇市场监管所联合卫健部门对全镇86家餐饮店后厨进行了检查，发现不少店铺还在使用掉丝的钢丝锅刷和长期不换的竹刷把，有的锅刷泡在泔水桶边过夜，滋生细菌，群众意见很大。
下面，我讲三点意见。
一要立足“小锅刷”抓细节。各店要按照炒锅、汤锅、砧板分区配备锅刷，颜色区分、定点悬挂、每周更换，钢丝脱落的一律停用。
⟦l 笔囊推荐：市场监管领域讲话稿专辑（共36篇）⟧
二要压实责任抓整改。各村（社区）要把检查发现的问题逐户建立台账，6月底前完成整改销号。
三要常态长效抓巩固。镇里将把后厨清洁纳入“放心餐饮”星级评定，对连续两次检查不合格的店铺予以通报。
同志们，后厨干不干净，关系群众“舌尖上的安全”。希望大家从一把锅刷做起，把这项工作抓实抓好。
""",
    ),
    dict(
        slug="mangzhong-insight-picnic-mats-family-day",
        site="芒种文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.mangzhongwg.com/xinde/shequ/73306.html",
        title="带领社区亲子家庭开展草坪野餐活动的心得体会",
        record_title="带领社区亲子家庭开展草坪野餐活动的心得体会（精修两篇）- 芒种文稿网",
        date=None,
        notes="a 收录 stamp is no date; a 'piece 1' line, a member lock for piece 2 and a ghost-writer line; "
        "a copy-this-paragraph button glued after a 。",
        page="""
!m 芒种文稿网 · 心得体会频道
!m 当前所在：芒种文稿网 ＞ 心得体会 ＞ 社区工作心得
!t 带领社区亲子家庭开展草坪野餐活动的心得体会（精修两篇）
!m 收录：2025-05-09　字数：约520字　热度：★★★★☆
!a 〔复制全文〕〔下载为DOCX〕〔加入书签〕
{T}
!m 第1篇
{BODY}
!a 第2篇内容为会员专享，开通芒种会员即可查看并下载
!w 原创心得代笔，48小时交稿：微信 mangzhong_wengao
!l 同类推荐：社区亲子阅读活动心得　｜　邻里节活动总结范文　｜　志愿服务心得体会3篇
!d 芒种文稿网所载文章仅供写作参考，请勿整篇照搬，转载须注明出处。
!m 芒种文稿网 mangzhongwg.com 赣ICP备20037715号-1
""",
        indent="\u3000\u3000",
        body="""
五月的第二个周末，我和社区的几位同事组织了一场“草坪上的家”亲子野餐活动，32个家庭带着野餐垫来到巽溪公园的草坪上。活动只有半天，却让我对社区工作有了新的体会。
一是小活动要有大准备。我们提前两周踩点，划出野餐区和游戏区，准备了备用野餐垫、垃圾袋和急救包。当天有两户家庭忘带野餐垫，备用的正好派上了用场。
二是让居民自己当主角。我们没有安排冗长的讲话，而是请家长们把野餐垫拼在一起，办了一场“垫子上的跳蚤市场”，孩子们交换绘本和玩具，大人们互相加了联系方式。⟦a 〔复制此段〕⟧
三是结束比开始更重要。活动结束时，每个家庭把自己的野餐垫抖干净、叠好带走，草坪上没有留下一片纸屑。看到孩子们弯腰捡垃圾，我觉得这比任何宣传都管用。
今后，我们打算把亲子野餐做成每季度一次的固定活动，让更多邻里在一块垫子上熟络起来。
""",
    ),
    dict(
        slug="zhiye-wenku-survey-cup-brushes-pdf-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhiye365.com/view/b7c41d09e2.html",
        title="关于全县中小学生水杯清洁情况的调研报告",
        record_title="关于全县中小学生水杯清洁情况的调研报告.pdf",
        date="2025-04-25",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs cutting sentences, a coin paywall; the file "
        "name as the record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于全县中小学生水杯清洁情况的调研报告.pdf - 知页文库</title>
<script src="https://static.zhiye365.com/reader/v3/viewer.min.js"></script>
<style>.reader-page{margin:12px auto;width:780px}</style>
</head><body>
<header class="zy-head"><a class="logo" href="/">⟦m 知页文库⟧</a>
<form class="search"><input placeholder="搜文档、搜资料"><button>⟦a 搜一下⟧</button></form>
<a href="/vip">⟦a 开通知页会员⟧</a> <a href="/login">⟦a 登录或注册⟧</a></header>
<nav class="crumb">⟦m 知页文库 ＞ 专业资料 ＞ 医药卫生 ＞ 公共卫生⟧</nav>
<div class="doc-head"><h2>⟦t 关于全县中小学生水杯清洁情况的调研报告.pdf⟧</h2>
<p class="doc-meta">⟦m 4页　｜　上传于 2025-05-11　｜　1.3万次阅读　｜　评分 4.6⟧</p></div>
<div class="viewer-bar">⟦a 适合宽度　　上一页　下一页　　全屏阅读⟧</div>
<div class="reader-page">
<h1 class="doc-title">{T}</h1>
{BODY}
</div>
<div class="paywall"><p>⟦a 试看页数已用完，支付 3 个知币即可读完整篇⟧</p>
<p><button>⟦a 立即支付⟧</button>　<button>⟦a 开通会员免费读⟧</button></p></div>
<aside class="rel"><h3>⟦l 看过这篇的人还看了⟧</h3><ul>
<li>⟦l 学校饮用水卫生管理自查报告⟧</li>
<li>⟦l 儿童餐具清洁消毒情况调查分析⟧</li>
<li>⟦l 校园健康教育课教案（饮水卫生）⟧</li></ul></aside>
<footer>⟦d 文档为用户上传分享，知页文库只提供存储与展示空间，如涉及侵权请致函删除。⟧<br>⟦m © 2025 知页文库 zhiye365.com　浙ICP备22015574号⟧</footer>
</body></html>
""",
        pages=dict(fmt="▛ {n} ▟", every=130, start=2),
        body="""
为了解全县中小学生自带水杯的清洁状况，今年3月至4月，县疾控中心会同县教育局，在城区和攸田、奚口两镇抽取12所学校，对1440名学生的水杯开展了问卷调查和采样检测。现将有关情况报告如下。
一、基本情况
调查显示，学生水杯以塑料杯和保温杯为主，占91.6%。每天清洗水杯的学生占63.2%，家中配有专用杯刷的仅占38.5%，其余多用清水冲洗或用洗碗布擦拭。采样检测的240只水杯中，杯口和杯盖密封圈菌落总数超标的有57只。
二、主要问题
一是清洗不彻底，保温杯杯底和吸管内壁难以清洁；二是杯刷配备率低，部分杯刷长期不换、刷毛发黑；三是学校缺少水杯清洗的指导和场地。
三、对策建议
建议各学校将水杯清洁纳入健康教育课，倡导“一人一杯一刷”；家长为孩子配备长柄杯刷和吸管刷，每三个月更换一次；学校在饮水点旁设置清洗池，方便学生午间清洗。
巽川县疾病预防控制中心
2025年4月25日
""",
    ),
    dict(
        slug="qingjian-wenku-plan-kettle-sleeves-wrapped-glued-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qingjianwk.com/p-88120736.html",
        title="巽川县2025年环卫工人冬季水壶套配发工作方案",
        record_title="【青简甄选】巽川县2025年环卫工人冬季水壶套配发工作方案（可编辑）",
        date="2025-10-22",
        notes="a PDF preview as text: hard-wrapped at 62 columns and cut by glued page markers; an upload line "
        "and a voucher paywall; 成文日期 under the signature",
        page="""
!m 青简文库 > 行政公文 > 工作方案
!t 【青简甄选】巽川县2025年环卫工人冬季水壶套配发工作方案（可编辑）
!m 上传者：冬青子　｜　共3页　｜　浏览 1208　｜　下载 64
!a 阅读模式　全屏　放大　缩小
{T}
{BODY}
!a 预览已到末页，剩余内容需兑换下载券后阅读
!a 原价 8 下载券　立即兑换
!l 与本文相关的文档：环卫工人关爱活动方案　冬季送温暖活动实施方案
!d 本文档由用户自行上传，青简文库仅提供信息存储空间，如有侵权请联系我们删除。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="┍{n}┑", every=120, start=2, glue=True),
        body="""
为切实关心关爱环卫工人，帮助一线环卫工人冬季喝上热水，县城市管理局决定为全县环卫工人配发保温水壶套。为确保配发工作有序开展，特制定本方案。
一、配发范围
全县城区及各乡镇在岗环卫工人，共计612人。
二、配发标准
每人配发加厚保温水壶套1只。水壶套外层为防水牛津布，内衬珍珠棉，带斜挎肩带，可容纳1升保温壶。
三、时间安排
（一）11月10日前，各环卫所上报在岗人员名单；
（二）11月20日前，完成采购和质量抽检；
（三）11月30日前，由各环卫所逐人发放，并由本人签字确认。
四、工作要求
各环卫所要认真核对名单，做到不漏一人；发放时要向环卫工人讲清水壶套的清洗和晾晒方法，避免内衬受潮发霉。
巽川县城市管理局
2025年10月22日
""",
    ),
    dict(
        slug="xunchuan-gov-notice-picnic-mat-rental-index-table",
        site="巽川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xunchuan.gov.cn/zwgk/bmwj/cgj/202504/t20250421_90417.html",
        title="关于规范巽溪滨水公园野餐垫租赁经营行为的通知",
        record_title="关于规范巽溪滨水公园野餐垫租赁经营行为的通知｜城管执法·巽川县人民政府门户网站",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="a county portal: care-mode links, an index table (the 文号 cell unmarked), the document's own contact "
        "beside the portal's 纠错 line and 12345; 附件 list beside an attachment link; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于规范巽溪滨水公园野餐垫租赁经营行为的通知｜城管执法·巽川县人民政府门户网站</title>
<meta name="SiteName" content="巽川县人民政府门户网站"><meta name="PubDate" content="2025-04-21 10:05">
<script src="/common/js/jquery.min.js"></script><script src="/common/js/zwgk-tools.js"></script>
</head><body>
<div class="topbar">⟦a 关怀长辈版⟧　⟦a 盲人读屏通道⟧　⟦a 手机看巽川⟧　⟦a 个人登录｜法人登录⟧</div>
<div class="banner">⟦m 巽川县人民政府门户网站⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进巽川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县城市管理局⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11430925MB1792044K/2025-00417⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发布机构：巽川县城市管理局⟧</td><td>发文字号：巽城管〔2025〕17号</td></tr>
<tr><td>⟦m 成文日期：2025-04-18⟧</td><td>⟦m 公开日期：2025-04-21⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="zwbox">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：野餐垫租赁服务点位置图.pdf（386KB）⟧</div>
<div class="tools">⟦a 【大 中 小】　【打印此页】　【关闭页面】⟧　⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4>
<p>⟦l 巽川县城市公园管理办法（修订）⟧</p><p>⟦l 县城管局关于开展占道经营专项整治的公告⟧</p></div>
<footer>
<p>⟦m 主办：巽川县人民政府办公室　承办：巽川县融媒体中心⟧</p>
<p>⟦m 网站纠错电话：0739-5520012　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备05008823号　湘公网安备43092502000141号　网站标识码4309250011⟧</p>
</footer>
</body></html>
""",
        body="""
各景区管理处、各相关经营户：
今年以来，巽溪滨水公园草坪野餐人数明显增加，部分经营户占用绿地和步道出租野餐垫，存在收费不明码标价、垫子不清洗、随意扩大摆摊范围等问题，群众反映较多。为维护公园秩序，现就有关事项通知如下：
一、野餐垫租赁实行定点经营，仅限公园东门和北门两处服务点，其他区域一律不得摆摊出租。
二、经营户须在服务点醒目位置公示租赁价格，野餐垫每次回收后须清洁，每周至少消毒一次。
三、县城市管理局将会同巽溪街道开展联合巡查，对违规经营的依法处理。
联系人：祁若澜，联系电话：0739-5521806。
附件：1.巽溪滨水公园野餐垫租赁服务点位置图
2.野餐垫租赁经营户承诺书
巽川县城市管理局
2025年4月18日
抄送：县市场监管局，巽溪街道办事处。
巽川县城市管理局办公室　　2025年4月18日印发
""",
    ),
    dict(
        slug="youcheng-health-notice-drool-towels-wrapped-record",
        site="宸州市宥城区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.youcheng.gov.cn/zwgk/bmdt/wjj/202506/t20250604_33126.html",
        title="关于为辖区新生儿家庭发放婴幼儿护理包的通知",
        record_date="2025-06-03",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="record title and date as is; hard-wrapped at 56 columns with indents; the document's own contact "
        "beside the district's hotline and a 纠错 line in the footer",
        page="""
!m 宸州市宥城区人民政府
!m 首页 › 政务公开 › 部门动态 › 卫生健康
{T}
!m 信息来源：区卫生健康局　发布日期：2025-06-04　浏览次数：377
!a 【字号 大｜中｜小】【打印本页】【关闭窗口】
{BODY}
!l 扫一扫在手机上查看当前页面
!m 主办：宸州市宥城区人民政府办公室　政府网站标识码：3307020013
!m 宥城区政务服务热线：0739-12345　网站纠错：0739-8800321
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各街道社区卫生服务中心：
为落实宸州市“生育友好”惠民举措，区卫生健康局决定自2025年7月1日起，为辖区内新出生婴儿家庭免费发放婴幼儿护理包。现将有关事项通知如下。
一、发放对象为父母一方户籍在宥城区、2025年7月1日以后出生的婴儿家庭。
二、护理包内含纯棉口水巾6条、纱布浴巾2条、婴儿指甲剪1把及《婴幼儿居家护理手册》1册。口水巾为双层纱布材质，经检测符合婴幼儿纺织品A类标准。
三、各社区卫生服务中心在开展新生儿首次家庭访视时一并发放，现场指导家长正确使用和清洗口水巾，并做好登记。
四、请各中心于每月5日前将上月发放台账报区妇幼保健所。
联系人：闵一禾，电话：0739-8806125。
宸州市宥城区卫生健康局
2025年6月3日
""",
    ),
    dict(
        slug="xunchuan-news-pot-brush-spot-check-table",
        site="巽川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xunchuannews.cn/msgz/2025-05/20/content_51872.html",
        title="县市场监管局抽检20批次锅刷 3批次钢丝锅刷不合格",
        record_title="县市场监管局抽检20批次锅刷 3批次钢丝锅刷不合格 - 巽川新闻网·民生",
        date="2025-05-20",
        notes="a county news portal: app prompt, listen button, byline 发布时间 as the page's date, a data table one "
        "row a paragraph, a photo caption between paragraphs, a 24-hour list and an ad slot",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>县市场监管局抽检20批次锅刷 3批次钢丝锅刷不合格 - 巽川新闻网·民生</title>
<script>window._xcStat = {id: 51872};</script>
</head><body>
<div class="top">⟦m 巽川新闻网⟧　⟦m 巽川县融媒体中心主办⟧　<a href="/app">⟦a 下载“看巽川”客户端⟧</a></div>
<nav>⟦m 首页　时政　民生　乡镇　视频　专题⟧</nav>
<div class="pos">⟦m 首页 » 民生关注 » 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-20 08:41　来源：巽川新闻网　记者：洪予安⟧</div>
<div class="listen">⟦a 🔊 点击收听本文⟧</div>
<div class="content">
{BODY}
</div>
<div class="editor">⟦m 【责任编辑：简宁　终审：符长河】⟧</div>
</article>
<div class="ad">⟦a 广告位招租 电话：0739-5526600⟧</div>
<aside><h3>⟦l 24小时点击排行⟧</h3><ol>
<li>⟦l 巽川县城区新增4处便民修车点⟧</li>
<li>⟦l 攸田镇杨梅进入采摘期⟧</li>
<li>⟦l 巽溪大桥夜间限行通告⟧</li></ol></aside>
<footer>⟦d 本网原创稿件未经授权不得转载，违者追究法律责任。⟧<br>⟦m 巽川新闻网 版权所有　互联网新闻信息服务许可证：43120230018⟧</footer>
</body></html>
""",
        body="""
本报讯（记者 洪予安）5月19日，县市场监管局发布锅刷、钢丝球等厨房清洁用品质量抽检结果。此次共抽检县城超市、农贸市场和网店销售的锅刷产品20批次，其中17批次合格，3批次钢丝锅刷因钢丝断裂脱落不合格。
抽检不合格产品情况如下：
产品名称　标称生产企业　不合格项目
不锈钢丝长柄锅刷　宸州某日用品厂　钢丝抗拉脱力
加厚钢丝球锅刷　奚口镇某作坊　钢丝抗拉脱力
双头钢丝锅刷　外省某电商店铺　钢丝抗拉脱力、标识
⟦m 图为执法人员在超市检查锅刷产品标签。（记者 洪予安 摄）⟧
县市场监管局相关负责人介绍，钢丝锅刷使用中如果钢丝断落，容易残留在锅具或食物中，存在误食风险。目前，不合格产品已全部下架，相关经营者已被立案调查。
该负责人提醒，消费者选购锅刷时应查看标签是否齐全，使用前用力拉扯刷头检查是否掉丝，发现刷毛松动要及时更换。
""",
    ),
    dict(
        slug="rongmei-news-riverbank-picnic-mats-no-title",
        site="巽川融媒 (invented, news app web page)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.xcrongmei.cn/news/xzcz/20250505/77120.html",
        title="奚口镇河滩音乐节 千张野餐垫铺出“草地客厅”",
        record_title=None,
        date="2025-05-05",
        notes="no record title: the headline line under the breadcrumb; byline 发布时间 as the page's date; an app "
        "prompt glued before the lead's first words; editor line, hot list",
        page="""
!m 巽川融媒 · 掌上巽川
!m 本地 ＞ 乡镇传真
{T}
!m 来源：巽川融媒　作者：苏叶 实习生 田小满　发布时间：2025-05-05 20:16
!a 听新闻 ▷　　字号 A+ A-
{BODY}
!m （编辑：贺晴　审核：莫川）
!l 全天热读榜单
!l 1 县城新增3条夜班公交线路
!l 2 攸田镇杨梅进入采摘期
!l 3 巽川县首届村BA总决赛开赛
!a 打开巽川融媒客户端，爆料线索有奖励
""",
        body="""
⟦a 用巽川融媒APP打开，阅读体验更佳⟧五一假期，奚口镇在巽溪河滩举办首届“河滩草地音乐节”，三天吸引游客2.6万人次。河滩上千张野餐垫一字排开，游客席地而坐听歌、野餐，成了假日里的“草地客厅”。
为保护河滩草皮，镇里提前划定了8块野餐区，每块区域之间留出3米宽的通道，并安排20名志愿者引导游客有序铺垫。现场还设置了野餐垫租借点，押金20元，归还时全额退还，三天共借出野餐垫1100余张。
“垫子都是统一清洗消毒过的，干净又方便，不用自己从家里背。”来自宸州市区的游客陶女士说。
音乐节结束后，志愿者和环卫工人连夜清理河滩，共收集垃圾1.4吨，草地基本恢复原貌。镇文化站负责人表示，下一步将总结经验，把音乐节办成奚口镇的文旅名片。
""",
    ),
    dict(
        slug="chuyouhui-forum-cup-brush-review-jammer",
        site="厨友汇论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.chuyouhui.net/thread-402217-1-1.html",
        title="用过五种杯刷后，说说保温杯到底该怎么刷",
        record_title="【好物测评】用过五种杯刷后，说说保温杯到底该怎么刷 - 锅碗瓢盆 - 厨友汇论坛",
        date=None,
        notes="a Discuz-like thread with jammer-font junk in the post, a rating row, a signature and replies; "
        "the post time is relative (3 天前): no date",
        page="""
<html><head><meta charset="gbk">
<title>【好物测评】用过五种杯刷后，说说保温杯到底该怎么刷 - 锅碗瓢盆 - 厨友汇论坛 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head><body>
<div id="toptb">⟦m 厨友汇论坛⟧　<a>⟦a 设为首页⟧</a>　<a>⟦a 收藏本论坛⟧</a>　<a href="member.php?mod=register">⟦a 注册成为厨友⟧</a></div>
<div id="pt">⟦m 厨友汇论坛 › 厨房生活 › 锅碗瓢盆 › 查看内容⟧</div>
<div class="pl">
<table><tr><td class="pls">
<div class="authi">⟦m 杯杯不离手⟧</div>
<p>⟦m 帖子 318　精华 2　厨艺值 1260⟧</p>
</td><td class="plc">
<h1 id="thread_subject">⟦t 【好物测评】用过五种杯刷后，说说保温杯到底该怎么刷⟧</h1>
<div class="authi">⟦m 发表于 3 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8821">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　厨艺值 +18　收起 理由：干货满满⟧</div>
<div class="sign">⟦m 签名：杯子洗干净，茶水才好喝～⟧</div>
<div class="po">⟦a 回复　引用　举报　支持　反对⟧</div>
</td></tr></table></div>
<div class="pl">⟦l 沙发　小灶台：弯头刷已下单，谢谢楼主⟧</div>
<div class="pl">⟦l 板凳　酸菜鱼不酸：密封圈那条缝原来要专门的刷子⟧</div>
<div id="f_pst">⟦a 登录后才能参与回复　登录　｜　注册⟧</div>
<div id="ft">⟦m 厨友汇论坛 ( 粤ICP备21066130号 )⟧　⟦m GMT+8, 2025-6-2 21:07⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=3),
        body="""
家里保温杯有四只，光杯刷前后买过五种，踩过不少坑，简单说说体会。
第一种是海绵头杯刷，便宜好用，但海绵容易藏污，用两个月就发黑，我现在基本不买了。
第二种是尼龙毛杯刷，刷杯底很给力。缺点是刷毛硬，刷久了杯壁会有细划痕。
第三种是硅胶杯刷，不藏水不发霉。刷奶渍、茶垢效果一般，得配点小苏打。
第四种是带弯头的长柄杯刷，专门对付杯底拐角，这个真心推荐。
第五种是吸管刷加杯盖缝隙刷的组合装，密封圈那条缝全靠它。
总结一下：杯身用硅胶或尼龙刷，杯底用弯头刷，杯盖和密封圈用细缝刷。每次刷完倒挂晾干，刷子三个月左右换一次。
""",
    ),
    dict(
        slug="nuannuan-forum-homemade-drool-towels-junk-no-title",
        site="暖暖妈妈圈 (invented, mothers' forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.nuannuanmama.com/t/611902",
        title="分享一下自己给宝宝做口水巾的方法",
        record_title=None,
        date=None,
        notes="no record title: the thread subject line; anti-scraping junk as lines and glued after 。; the post "
        "time is 昨天: no date",
        page="""
!m 暖暖妈妈圈 » 育儿交流 » 手工DIY
{T}
!m 楼主：豆豆的小棉袄　发表于 昨天 21:40　｜　查看 2316　｜　回复 41
!a 只看楼主　｜　复制本帖链接　｜　收藏
{BODY}
!a 点赞 128　｜　收藏 57
!l 2楼　柚子妈：请问六层纱布在哪买的呀？
!l 3楼　楼主回复：网上搜纱布面料就有，选A类的
!l 4楼　小鹿乱撞：收藏了，周末试试
!a 登录暖暖妈妈圈，和20万宝妈一起聊育儿
""",
        junk=dict(lines=2, glued=3),
        body="""
宝宝四个月开始流口水，买的口水巾要么太薄一会儿就湿透，要么扣子太硬硌脖子，干脆自己动手做了几条，分享给姐妹们。
材料：六层纱布一块，素色纯棉布一块，按扣两副。
做法：先用硬纸板画一个三角形的样板，边长大约四十厘米，照着样板剪出纱布和棉布各一片。两片正面相对，沿边缝一圈，留五厘米的返口翻过来，再沿边压一道明线。最后在两个角上钉按扣，一条口水巾就做好了。
几点经验：布料一定要先过水缩一遍；按扣用树脂的，别用金属的；颜色选浅一点，脏了容易发现。
做一条大概半小时，一次多做几条轮换着用，比买的合脖子。
""",
    ),
]
