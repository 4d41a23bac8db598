"""holdout330, part A: 范文 sites, 文库 previews, government portals, news portals, forums and a
blog. Every document, place, person, firm, site, URL and phone is invented; each case written
by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="mogeng-speech-pillows-for-lone-elders",
        site="墨耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfw.cn/jianghua/huodong/2025/1020/51377.html",
        title="在逍川县“暖枕伴银龄”关爱独居老人活动启动仪式上的讲话",
        record_title="【致辞百宝箱】在逍川县“暖枕伴银龄”关爱独居老人活动启动仪式上的讲话（套用无压力）_墨耕范文网",
        date="2025-10-09",
        date_also=["2025-10-20"],
        notes="gb2312 table page with marquee, 字体/背景色 row, floating QQ box, hot list and visitor counter; "
        "speaker line and date under the title neutral; a ghost-writer QQ glued after a 。; a related link "
        "on a line of its own between paragraphs; the page's 发布时间 differs from the speech date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞百宝箱】在逍川县“暖枕伴银龄”关爱独居老人活动启动仪式上的讲话（套用无压力）_墨耕范文网</title>
<script language="javascript" src="/js/float_qq.js"></script>
<style>td{font-size:12px}.art p{text-indent:2em;line-height:180%}</style>
</head><body bgcolor="#F7F3EA">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td width="260">⟦m 墨耕范文网⟧</td><td>⟦m 笔下有田 耕读传家⟧</td><td align="right">⟦a <a href="#">设为主页</a> | <a href="#">收进浏览器收藏夹</a>⟧</td></tr>
</table>
<marquee scrollamount="3">⟦m 喜讯：本站致辞类范文已突破一万二千篇，会员每日可免费选用三篇⟧</marquee>
<table width="960" align="center"><tr><td>⟦m 网站首页 ┊ 讲话致辞 ┊ 总结汇报 ┊ 心得体会 ┊ 规章制度 ┊ 会员中心⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 您现在的位置：网站首页 &gt;&gt; 讲话致辞 &gt;&gt; 活动启动仪式致辞⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 发布时间：2025-10-20　作者：会员“南窗”投稿　人气：1532⟧</div>
<div align="center">⟦a 【字号调节：特大 较大 适中 偏小】⟧ ⟦a 【背景色：米黄 淡绿 素白】⟧</div>
<p align="center">县民政局局长　秦望舒</p>
<p align="center">（2025年10月9日）</p>
<div class="art">
{BODY}
</div>
<div>⟦l ◇上一篇：在敬老月文艺汇演上的致辞⟧</div>
<div>⟦l ◇下一篇：养老护理员技能比武开幕式讲话⟧</div>
<div>⟦a 〖点此下载本文Word稿〗〖复制全文〗〖纠错〗⟧</div>
</td><td width="240" valign="top">
<table border="1" bordercolor="#D8CBA8" width="100%"><tr><td>⟦l ★本类最受欢迎★⟧</td></tr>
<tr><td>⟦l · 重阳节慰问高龄老人讲话（五篇）⟧</td></tr>
<tr><td>⟦l · 社区助老志愿服务队授旗仪式讲话⟧</td></tr>
<tr><td>⟦l · 民政局长在养老服务推进会上的讲话⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:4px;top:220px">⟦w 写材料找老墨 QQ：2851907736⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦m 您是本站第 0082316 位访客⟧<br>
⟦d 本站所载范文供学习借鉴，请勿整篇照抄后用于正式场合⟧<br>
⟦m Copyright 2009-2025 mogengfw.cn 墨耕范文网　冀ICP备11072946号⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们、朋友们：
今天，我们在这里启动“暖枕伴银龄”关爱独居老人活动。县民政局联合县家纺商会，为全县1260位独居和高龄老人每人送去一个护腰抱枕和一个靠颈抱枕。⟦w 原创讲话稿定制请加QQ 2851907736⟧
⟦l 相关范文：乡镇敬老月慰问活动致辞三则⟧
一只抱枕不贵，但老人靠着它看电视、坐着它择菜，腰背就能少受些累。商会的企业主动让利，抱枕外套全部选用可拆洗的纯棉布，内芯通过了阻燃检测。
下面我提三点要求：一是送到手，镇村干部要逐户上门，不准“放在村部了事”；二是讲清楚，要教老人把抱枕外套拆下来定期清洗；三是回头看，12月底前每户回访一次，问问好不好用。
同志们，关爱老人贵在细微。让我们把这份温暖实实在在送进每一户老人家中！
""",
    ),
    dict(
        slug="xuehai-insight-massage-hammer-training",
        site="学海范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.xuehaifw.net/xinde/gonghui/70913.html",
        title="参加工会“健康小屋”按摩锤使用培训的心得体会",
        record_title="〔心得体会〕参加工会“健康小屋”按摩锤使用培训的心得体会（精选三篇）· 学海范文",
        date=None,
        notes="decorated record title; a collection stamp with a relative time is no date; a members-unlock "
        "line on a line of its own inside the body; a related link glued after a 。",
        page="""
!m 学海范文 xuehaifw.net
!m 材料不用愁，学海里头有
!m 所在栏目：心得体会 ▸ 工会活动心得
!t 〔心得体会〕参加工会“健康小屋”按摩锤使用培训的心得体会（精选三篇）
!m 收录于 3 天前　　被参考 846 次
!a ⊕收藏　　⊕复制　　⊕导出为文档
{T}
{BODY}
!a 以上为第一篇，其余两篇请登录会员后阅览
!l 同栏目推荐：
!l 职工健身活动心得体会（四篇）
!l 工会干部培训班学习心得
!d 学海范文所收文章多由网友整理上传，若涉及版权请来函说明，核实后即予删除
!m 学海范文 版权所有 © 2025　苏ICP备20038417号
""",
        indent="\u3000\u3000",
        body="""
上个月，单位工会在职工之家开设了“健康小屋”，配了六把按摩锤，还请县中医院康复科的师傅给我们上了一堂使用培训课。我原以为按摩锤就是拿来随便敲敲，听完课才知道里面有不少讲究。⟦l 点此查看：按摩锤使用心得范文合集⟧
第一，敲打要找对地方。师傅说，肩井、后背两侧的肌肉可以敲，颈椎正中、腰椎骨头上不能敲，肚子更不能敲。
⟦a 剩余两段需登录后展开阅读⟧
第二，力度要由轻到重。每个部位敲一到两分钟就够了，敲得皮肤发红发紫反而伤了软组织。
第三，有些人不宜使用。血压控制不好的、刚做过手术的、骨质疏松的同事，要先问医生。
以后我打算把这些要点整理成一页纸，贴在健康小屋门口，让大家用得放心。
""",
    ),
    dict(
        slug="yejuan-wenku-survey-foil-marker-paragraphs",
        site="叶卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yejuanwk.com/view/9a41c7e20f.html",
        title="关于社区老年人家庭厨房锡纸使用情况的调研报告",
        record_title="关于社区老年人家庭厨房锡纸使用情况的调研报告.pdf",
        date="2025-06-18",
        notes="file-name record title; a reader cut by page-marker paragraphs '⇴ n ⇴'; a data table one row a "
        "paragraph; an upload stamp is no date; viewer toolbar, coin pay box and upload notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于社区老年人家庭厨房锡纸使用情况的调研报告.pdf - 叶卷文库</title>
<script>window.__DOC__={id:"9a41c7e20f",pages:4};</script>
</head><body>
<header class="yj-top"><a class="logo" href="/">⟦m 叶卷文库⟧</a><input placeholder="找文档、找范文"><a href="/member">⟦a 开通叶卷会员⟧</a><a href="/login">⟦a 登录｜注册⟧</a></header>
<div class="doc-head"><h1>⟦t 关于社区老年人家庭厨房锡纸使用情况的调研报告.pdf⟧</h1>
<p>⟦m 上传者：yj_78****21　上传于2025-07-02　共4页　大小412KB⟧</p>
<div class="viewer-bar">⟦a 放大　缩小　全屏阅读　翻页模式⟧</div></div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall"><p>⟦a 免费预览已到尽头，后续页面需支付3金币⟧</p><button>⟦a 支付金币继续看⟧</button></div>
<aside class="rel"><h4>⟦l 看了本文的人还看了⟧</h4>
<ul><li>⟦l 老年人居家用火用电安全调研报告⟧</li><li>⟦l 社区厨房安全宣传活动方案⟧</li></ul></aside>
<footer>⟦d 叶卷文库仅提供存储空间，文档内容由上传者负责，如有侵权请在线举报⟧<br>⟦m 浙ICP备21045880号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⇴ {n} ⇴", every=90, start=2),
        body="""
为了解老年人家庭使用锡纸的情况，垩湖县消费者协会于今年5月在县城6个社区走访了214户老年人家庭，现将调研情况报告如下。
一、基本情况
使用过锡纸的有168户，占78.5%。主要用途如下：
用途　户数　占比
烤箱烤制　97　57.7%
燃气灶包烤　44　26.2%
微波炉加热　27　16.1%
二、存在的问题
一是把锡纸放进微波炉加热，有3户出现过打火；二是直接把锡纸铺在燃气灶头上接油，堵住了火孔；三是多数老人分不清锡纸和保鲜膜各自能耐多高的温度。
三、建议
建议社区在厨房安全讲座中增加锡纸使用内容，建议商家在包装正面用大字标明“不可用于微波炉”。
垩湖县消费者协会
2025年6月18日
""",
    ),
    dict(
        slug="zhiye-wenku-plan-hotel-spray-wrapped-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.zhiye365.cn/p-7730416.html",
        title="酒店客房布草除味喷雾使用管理方案",
        record_title="【甄选文档】酒店客房布草除味喷雾使用管理方案（可改字版）- 知页文库",
        date="2025-03-12",
        notes="hard-wrapped at 62 columns and cut by markers '⑅n⑅' glued to the continuation line; decimal "
        "headings; 成文日期 in Chinese numerals",
        page="""
!m 知页文库　>　行业资料　>　酒店管理
!t 【甄选文档】酒店客房布草除味喷雾使用管理方案（可改字版）
!m 页数：3　　浏览：1,206　　下载券：2张
!a 下载本文　｜　存入我的文库　｜　转发给好友
{BODY}
!a 剩下的1页需使用下载券查看
!a 用券下载　　　开通包月畅读
!d 本资料由知页文库用户上传分享，仅供参考，版权归原作者所有
!l 同类文档：客房部布草管理制度.doc　|　洗衣房操作规程.docx　|　客房清洁保养标准.pdf
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⑅{n}⑅", every=60, start=2, glue=True),
        body="""
为规范客房部布草间衣物除味喷雾的采购、存放和使用，减少客人对异味和刺激性气味的投诉，结合本店实际，制定本方案。
1 适用范围
1.1 本方案适用于客房部布草间、洗衣房和各楼层工作间。
1.2 客人自带的喷雾不在本方案管理范围之内。
2 使用要求
2.1 只使用经采购部验收、标明成分的无香型除味喷雾，不得使用酒精含量过高的产品。
2.2 喷洒距离保持在30厘米左右，喷后通风不少于15分钟，方可将布草送入客房。
2.3 窗帘、床垫等大件物品先在不显眼处试喷，观察无褪色后再全面使用。
3 存放管理
3.1 喷雾集中存放在阴凉通风的专柜，远离热源，由领班登记领用。
3.2 空瓶统一回收，不得随意丢弃在楼层垃圾桶内。
逍川县瞰山宾馆客房部
二〇二五年三月十二日
""",
    ),
    dict(
        slug="shanxi-portal-notice-foil-spot-check",
        site="嬗溪县市场监督管理局 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjg.shanxi-xian.example.gov.cn/gsgg/2025/0707/4418.html",
        title="关于食品接触用锡纸产品质量监督抽查情况的通告",
        record_title="关于食品接触用锡纸产品质量监督抽查情况的通告_公示公告_嬗溪县市场监督管理局",
        date="2025-07-03",
        date_also=["2025-07-07"],
        notes="modern county portal: 长辈版/读屏 links, 索引号 table (文号 cell unmarked), a data table, the "
        "notice's own 联系人/电话 next to the portal's 纠错 line and 12345; a policy-reading link between "
        "paragraphs; the portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于食品接触用锡纸产品质量监督抽查情况的通告_公示公告_嬗溪县市场监督管理局</title>
<link rel="stylesheet" href="/css/gov2024.css"><script src="/js/jquery.min.js"></script>
</head><body>
<div class="gov-topbar"><span>⟦m 嬗溪县人民政府门户网站⟧</span><a>⟦a 长辈版⟧</a><a>⟦a 屏幕朗读入口⟧</a><a>⟦a 简｜繁⟧</a></div>
<div class="gov-banner">⟦m 嬗溪县市场监督管理局⟧</div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gov-crumb">⟦m 当前所在：首页 ＞ 政务公开 ＞ 公示公告⟧</div>
<table class="gov-index">
<tr><td>⟦m 索引号：11341127MB0X4418⟧</td><td>⟦m 主题分类：市场监管、安全生产⟧</td></tr>
<tr><td>⟦m 发文机关：嬗溪县市场监督管理局⟧</td><td>文号：嬗市监告〔2025〕9号</td></tr>
<tr><td>⟦m 发布日期：2025-07-07⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1 class="gov-title">{T}</h1>
<div class="gov-info">⟦m 浏览次数：387⟧　⟦a 【打印此页】【关闭本页】⟧</div>
<div class="gov-article">
{BODY}
</div>
<div class="gov-share">⟦l 分享到：微信 ｜ 微博 ｜ 复制链接⟧</div>
<div class="gov-related"><h3>⟦l 相关信息⟧</h3>
<p>⟦l 嬗溪县2025年产品质量监督抽查计划⟧</p><p>⟦l 关于儿童文具产品质量监督抽查情况的通告⟧</p></div>
<div class="gov-footer">
<p>⟦m 主办：嬗溪县市场监督管理局　地址：嬗溪县澄明路26号⟧</p>
<p>⟦m 网站纠错热线：0911-6723000　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：3411270017　皖ICP备05011427号⟧</p>
</div>
</body></html>
""",
        body="""
根据年度产品质量监督抽查计划，我局近期对全县生产、销售的食品接触用锡纸（铝箔）产品开展了监督抽查，共抽查样品30批次，合格27批次，不合格3批次。现将不合格产品通告如下：
产品名称　标称生产企业　不合格项目
烧烤锡纸　斫岭县恒亮铝箔制品厂　厚度偏差
锡纸餐盒　嬗溪县宏图包装材料经营部　标签标识
家用铝箔卷　彷城市佳禾日用品商行　蒸发残渣
⟦l 政策解读：一张图看懂这次锡纸抽查⟧
对抽查不合格的产品，我局已依法责令相关企业停止销售、查明原因、限期整改。消费者购买锡纸时，请认准包装上的“食品接触用”字样，不要把锡纸放进微波炉。
联系人：方晓棠　联系电话：0911-6723145
嬗溪县市场监督管理局
2025年7月3日
""",
    ),
    dict(
        slug="xiaochuan-portal-letter-glasses-chains",
        site="逍川县人民政府 (invented county portal)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.xiaochuan.example.gov.cn/zwgk/bmwj/mzj/2025/0905/1276.html",
        title="逍川县民政局关于商请协助做好低视力老人眼镜链发放工作的函",
        date="2025-09-02",
        notes="record title as is; the letter's own 联系人/电话 beside the portal's service line; a 抄送 line; "
        "a phone-reading prompt glued after a 。; a share bar on a line of its own",
        page="""
!m 逍川县人民政府　www.xiaochuan.example.gov.cn
!m 首页 ＞ 政务公开 ＞ 部门文件 ＞ 县民政局
!a 【关怀模式】【无障碍阅读】
{T}
!m 信息来源：县民政局　　公开方式：主动公开　　点击：209
{BODY}
!a 【打印正文】　【关闭窗口】　【返回顶部】
!l 上一条：逍川县民政局关于开展2025年敬老月活动的通知
!l 下一条：关于公布第三批县级养老服务示范站名单的公告
!m 逍川县人民政府办公室主办　政务服务热线：0913-5120000
!m 网站标识码 3608240001　赣公网安备 36082402000119号
""",
        body="""
县残疾人联合会：
为方便低视力和高龄老人取戴老花镜、减少眼镜跌落摔坏，我局计划于9月下旬至10月中旬，在全县养老服务站为1800名老人免费发放硅胶眼镜链。因贵会掌握全县视力残疾人员名册，并有专职助残员队伍，现商请贵会协助以下事项：⟦a 手机扫码继续阅读本文⟧
一、提供持证视力残疾老人名单，以便我局核对发放对象；
二、安排助残员随同上门，帮助行动不便的老人试戴调整；
⟦l 转发至：微信好友　朋友圈　QQ空间⟧
三、对发放后出现佩戴不适的，及时反馈我局予以更换。
联系人：蒋素衣，电话：0913-5126608。
逍川县民政局
2025年9月2日
抄送：县卫生健康局
""",
    ),
    dict(
        slug="xiaochuan-news-massage-hammer-class",
        site="逍川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xcxww.example.cn/xzxw/2025-11/05/content_88217.html",
        title="瞰山镇卫生院开出“敲打课” 教老人正确使用按摩锤",
        record_title="瞰山镇卫生院开出“敲打课” 教老人正确使用按摩锤_乡镇新闻_逍川新闻网",
        date="2025-11-05",
        notes="byline 发布时间 is the page's date; an app prompt glued before the lead; a photo caption between "
        "paragraphs; an editor line glued after the last 。; listen button, 24-hour list, ad slot",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>瞰山镇卫生院开出“敲打课” 教老人正确使用按摩锤_乡镇新闻_逍川新闻网</title>
<meta name="description" content="瞰山镇卫生院中医馆开课教老人使用按摩锤">
<script src="//cdn.xcxww.example.cn/stat.js"></script></head><body>
<div class="xc-top">⟦m 逍川新闻网⟧ ⟦m 逍川县融媒体中心主办⟧ <a>⟦a 下载“逍川发布”客户端⟧</a></div>
<nav>⟦m 首页 时政 乡镇 民生 文旅 视频 专题⟧</nav>
<div class="xc-crumb">⟦m 逍川新闻网 › 乡镇新闻 › 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="xc-byline">⟦m 发布时间：2025-11-05 10:32　来源：逍川县融媒体中心⟧</div>
<div class="xc-listen">⟦a ▶ 收听这篇报道（约2分钟）⟧</div>
{BODY}
<div class="xc-share">⟦l 转到：微信　朋友圈　微博⟧</div>
</article>
<aside><div class="ad">⟦m 广告位招租 0913-5179988⟧</div>
<h3>⟦l 24小时点击排行⟧</h3><ol><li>⟦l 县城至铰塘镇公交加密班次⟧</li><li>⟦l 逍川脐橙开园采摘⟧</li><li>⟦l 冬季用电高峰安全提示⟧</li></ol></aside>
<footer>⟦d 本网原创稿件，转载请注明出处并保留作者署名⟧<br>⟦m 互联网新闻信息服务许可证：36120250019　赣ICP备15007315号⟧</footer>
</body></html>
""",
        body="""
⟦a 打开逍川发布客户端，看本地新鲜事⟧本报讯（通讯员 柯青禾）11月3日上午，瞰山镇卫生院中医馆里坐满了来听课的老人。康复科医生王砚秋拿着一把木柄按摩锤，给大家上了一堂“敲打课”。
“很多老人买了按摩锤，天天往腰上、膝盖上使劲敲，结果越敲越疼。”王砚秋说，按摩锤适合放松肩背、大腿外侧等肌肉丰厚的部位，关节、骨头突出处和静脉曲张处都不能敲。
⟦m 图为医生在中医馆手把手指导老人使用按摩锤。通讯员 柯青禾 摄⟧
课上，医生们还给每位老人量了血压，对患有严重骨质疏松的6位老人，专门叮嘱他们不要自行使用按摩锤。据了解，镇卫生院计划今年底前在全镇12个村巡回开课。⟦m （责任编辑：何晚照　审校：罗一苇）⟧
""",
    ),
    dict(
        slug="caiyun-news-pillow-orders",
        site="彩云城报网 (invented news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.caiyuncb.example.com/jj/20250926/306611.shtml",
        title="逍川县家纺企业抱枕订单排到明年春节",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="record title and date as is; a related link glued after a 。 inside a paragraph; a listen "
        "prompt on a line of its own between paragraphs; comment box, hot list and footer",
        page="""
!m 彩云城报网 | 经济频道
!m 首页 > 经济 > 产业观察
{T}
!m 2025-09-26 07:45　来源：彩云城报　记者 孟知秋
!a 字号：A+ A-　　分享：微信 微博 QQ
{BODY}
!m 【编辑：许流年】
!l 网友评论（0）　登录后发表评论
!l 经济频道热读
!l 彷城市出台家纺产业扶持十条
!l 秋季家纺展会本周开幕
!d 彩云城报网所刊稿件，未经书面授权不得转载、摘编
!m 彩云城报网版权所有　新闻热线：0913-8881207
""",
        indent="\u3000\u3000",
        body="""
9月24日，记者走进逍川县铰塘镇的家纺产业园，一条条缝纫流水线正在赶制抱枕。园区负责人唐素心介绍，今年园区企业接到的抱枕订单已排到明年春节前后，其中出口订单约占四成。
“过去我们只做枕芯，现在从面料印花、缝制到充棉都能在园区完成。”唐素心说，园区今年新上了两条自动充棉线，一个抱枕的充棉时间从40秒缩短到12秒。⟦l 【延伸阅读】铰塘镇家纺产业园二期开工⟧
⟦a 🔊 听新闻⟧
产业园还与县职业中专合办了缝纫工培训班，今年已培训学员210人，其中一半以上是附近的留守妇女。学员马秋禾说：“在家门口上班，一个月能拿四千多元，还能接送孩子。”眼下，园区正在筹建第三条充棉线。
""",
    ),
    dict(
        slug="jingyifang-forum-spray-white-marks-jammer",
        site="净衣坊论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jingyifang.example.com/thread-52018-1-1.html",
        title="自己兑的衣物除味喷雾把大衣喷出了白印子",
        record_title="[洗护翻车] 自己兑的衣物除味喷雾把大衣喷出了白印子 - 洗护交流 - 净衣坊论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk lines and glued junk; posted 3 天前 (no date); rating "
        "row, signature, reply-to-post box and a medal row",
        page="""
<html><head><meta charset="gbk"><title>[洗护翻车] 自己兑的衣物除味喷雾把大衣喷出了白印子 - 洗护交流 - 净衣坊论坛</title>
<style>.jammer{color:#fff;font-size:0}</style><script type="text/javascript">var discuz_uid = 0, STYLEID = 2, IMGDIR = "static/image/common";</script></head><body>
<div id="toptb">⟦m 净衣坊论坛⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 马上注册⟧</a></div>
<div id="pt">⟦m 净衣坊论坛 » 洗护交流 » 帖子详情⟧</div>
<div class="pls"><div class="authi">⟦m 小满晒被子⟧</div><p>⟦m 阶级：洗护达人　积分 1374⟧</p><p>⟦m 勋章：晒图之星 热心回复⟧</p></div>
<div class="plc">
<h1 id="thread_subject">⟦t [洗护翻车] 自己兑的衣物除味喷雾把大衣喷出了白印子⟧</h1>
<div class="authi">⟦m 楼主｜发表于 3 天前｜只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 3 人　洗护币 +9　理由：实用提醒⟧</div>
<div class="sign">⟦m 个性签名：衣服会说话，气味也会⟧</div>
<div class="po">⟦a 回复　引用　举报　加入淘帖⟧</div>
</div>
<div class="reply">⟦a 登录净衣坊即可参与回复讨论⟧</div>
<div id="ft">⟦m 净衣坊论坛 ( 粤ICP备19066210号 ) Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周看网上说白醋加小苏打再兑清水就是衣物除味喷雾，我就照着兑了一瓶。当天晚上，往羊毛大衣上喷了几下挂在阳台。
第二天一看，领口和袖口全是一圈一圈的白印子。用湿毛巾擦也擦不掉，只好送去干洗店，花了六十块。
干洗店老板说，小苏打溶解不完全，干了就会留下白色结晶。醋又是酸性的，深色羊毛面料最怕这个。
现在我改用超市买的成品除味喷雾了。先在衣服内侧缝边试喷，没问题再喷外面。
提醒大家：自己兑的喷雾千万别往贵衣服上喷，要试也先拿旧衣服试。
""",
    ),
    dict(
        slug="jingpian-forum-glasses-chain-subject-junk",
        site="镜片社区 (invented forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.jingpian.example.net/viewthread.php?tid=33871",
        title="眼镜链到底该选金属的还是硅胶的？说说我用了三年的感受",
        record_title=None,
        date=None,
        notes="no record title: the thread subject on the page; junk lines and glued junk; posted 昨天 "
        "(no date); floor replies below",
        page="""
!m 镜片社区 › 老花近视交流区
!m 浏览 2,390 ┃ 回复 17
{T}
!m 楼主：半框老周　　发表于 昨天 21:40　　来自 手机版
{BODY}
!a 顶　踩　收藏本帖　举报
!l 沙发｜眯眯眼：硅胶绳+1，我妈也在用
!l 板凳｜镜架工坊老杨：金属链选轻的空心款就不压耳朵
!a 发帖回帖请先绑定手机号
!m 镜片社区 © 2012-2025　客服邮箱 help@jingpian.example.net
""",
        junk=dict(lines=2, glued=3),
        body="""
我是近视加老花，一天要摘戴眼镜十几次。三年前开始用眼镜链，前后换了四条，说点自己的感受。
金属链子好看，但分量重。挂久了耳朵后面会被镜腿压得疼，冬天贴着脖子也冰。
串珠的链子最容易断。有一次在菜市场断了，珠子撒了一地。
现在用的是硅胶绳，轻，不冰。两头的套圈能卡住各种粗细的镜腿，洗澡前摘下来用清水一冲就行。
还有一点要注意，骑电动车的时候最好把链子塞进衣领，免得被风吹起来挂到后视镜。大家有什么好用的款式也可以推荐一下。
""",
    ),
    dict(
        slug="qingtai-blog-memoir-foil-sweet-potato",
        site="青苔小筑 (invented WordPress-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://qingtai.example-blog.cn/2025/12/kaohongshu/",
        title="锡纸包着的烤红薯",
        record_title="【灶台往事】锡纸包着的烤红薯 – 青苔小筑",
        date=None,
        notes="blog memoir: posted 3 天前 (no date); calendar widget, archive, tag list, comment form; a "
        "'read more' action on a line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>【灶台往事】锡纸包着的烤红薯 – 青苔小筑</title>
<link rel="stylesheet" href="/wp-content/themes/moss/style.css"><script src="/wp-includes/js/comment-reply.min.js?ver=6.4"></script></head>
<body class="single-post">
<header class="site-header"><p class="site-title">⟦m 青苔小筑⟧</p><p class="site-desc">⟦m 在墙角慢慢长的文字⟧</p>
<nav>⟦m 首页　旧时光　读书　关于⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 青苔 · 3 天前 · 旧时光 · 阅读 218⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：童年 灶台 父亲⟧</footer>
</article>
<nav class="post-nav">⟦l ← 外婆的竹饭甑⟧　⟦l 冬至那天的雪 →⟧</nav>
<section id="comments"><h3>⟦l 留下足迹⟧</h3><form>⟦l 昵称（必填）　邮箱（不公开）　发表⟧</form></section>
</main>
<aside class="widget-area">
<section>⟦l 日历：2025年12月　一 二 三 四 五 六 日⟧</section>
<section><h4>⟦l 往期归档⟧</h4><ul><li>⟦l 2025年十一月 (6)⟧</li><li>⟦l 2025年十月 (4)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦d 小筑文字请勿搬运，引用请附上原文链接⟧ ⟦m 本站由 WordPress 驱动 · 主题 Moss⟧</footer>
</body></html>
""",
        body="""
小时候家里没有烤箱，冬天想吃烤红薯，只能等父亲从厂里带回一小卷锡纸。
父亲在食品厂的包装车间上班，车间里裁下来的边角料锡纸，工人们可以带回家。他把锡纸在桌上抹平，包住洗干净的红薯，一层不够再包一层，然后埋进炉膛下面的热灰里。
我和妹妹守在炉子旁边，隔一会儿就问一次“好了没”。父亲用火钳把红薯夹出来，剥开锡纸，热气一下子冒出来，甜味满屋都是。
⟦a 展开剩余段落⟧
后来我才知道，那种锡纸其实是铝箔，真正的锡纸早就不用了。可在我心里，它一直叫锡纸，一直带着炉灰和红薯的味道。
如今超市里的锡纸一卷只要几块钱，烤箱也家家都有，可那样的红薯再也没吃到过。
""",
    ),
]
