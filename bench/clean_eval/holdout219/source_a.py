"""holdout219, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="mogeng-speech-folding-chairs-rest-points",
        site="墨耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogeng5.com/jianghua/lingdao/2025/0503/41877.html",
        title="县民政局局长在全县“银龄歇脚点”折叠椅投放启动仪式上的讲话",
        record_title="【致辞讲话】县民政局局长在全县“银龄歇脚点”折叠椅投放启动仪式上的讲话（二选一）_墨耕范文网",
        date="2025-04-16",
        date_also=["2025-05-03"],
        notes="gb2312 table page: marquee, font row, floating QQ box, hot list, counter; date under the speech "
        "title, the site's update date also accepted; speaker line neutral; a ghost-writer prompt glued after a 。 "
        "and an 'open piece 2' line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞讲话】县民政局局长在全县“银龄歇脚点”折叠椅投放启动仪式上的讲话（二选一）_墨耕范文网</title>
<link href="/skin/mg.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top">⟦a <a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="/wap/">手机访问</a>⟧</td></tr>
<tr><td><marquee scrollamount="3">⟦m 墨耕范文网欢迎您！讲话致辞、总结计划天天更新，本站新域名mogeng5.com请记牢⟧</marquee></td></tr>
<tr><td class="menu">⟦m <a href="/">首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/fangan/">计划方案</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：墨耕范文网 &gt;&gt; 讲话致辞 &gt;&gt; 领导讲话⟧</div>
<table width="100%"><tr><td align="center"><h1>⟦t 【致辞讲话】县民政局局长在全县“银龄歇脚点”折叠椅投放启动仪式上的讲话（二选一）⟧</h1></td></tr>
<tr><td align="center" class="info">⟦m 更新时间：2025-05-03　来源：墨耕整理　人气：1877⟧</td></tr>
<tr><td align="center">⟦a 〖字号：特大 大 中 小〗〖底色：豆沙绿 米黄 默认〗⟧</td></tr></table>
<div class="pian">⟦m 第1篇⟧</div>
<p align="center"><b>{T}</b></p>
<p align="center">（2025年4月16日）</p>
<p align="center">县民政局局长　邬定坤</p>
<div id="zw">
{BODY}
</div>
<div class="gn">⟦a 〖抄下全文〗〖存成Word〗〖打出来看〗⟧</div>
<div class="sx">⟦l 上一篇：乡镇敬老院院长年终表态发言⟧<br>⟦l 下一篇：重阳节走访慰问老党员致辞⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="bt">⟦l 讲话致辞排行⟧</div>
<ul><li><a href="/jianghua/7312.html">⟦l 社区老年食堂开业仪式讲话⟧</a></li>
<li><a href="/jianghua/7390.html">⟦l 养老服务工作推进会主持词⟧</a></li>
<li><a href="/jianghua/7415.html">⟦l 民政局长在全县民政工作会上的讲话⟧</a></li></ul>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:220px;">⟦w 写作咨询 QQ：3172094458（早八点半至晚十点）⟧</div>
<table width="960" align="center" class="foot"><tr><td>
⟦d 墨耕范文网所收文章多为网友投稿及网络整理，仅作学习参考，引用请注明出处。⟧<br>
⟦m Copyright 2009-2025 墨耕范文网 All Rights Reserved　川ICP备10027731号⟧<br>
⟦m 本站已被访问 4088213 次⟧
</td></tr></table>
<script>document.write('<img src="/count.asp?id=41877" width="0" height="0">');</script>
</body></html>
""",
        body="""
同志们、朋友们：
今天，我们在昴川县杓口镇文化广场举行全县“银龄歇脚点”折叠椅投放启动仪式。首批1200把折叠椅将安放在全县86个公交站台、菜市场入口和社区卫生服务站门前，让老年朋友走累了有地方歇一歇。
这件事看起来小，却是群众反映最集中的一件事。去年县里开展“我为老人办实事”走访，不少老人说买菜回来腿脚发软，站台上连个坐的地方都没有。民生无小事，我们把这件事列入了今年的民生实事清单。⟦w 材料赶不出来？墨耕写手一对一代笔，QQ 3172094458⟧
⟦a 本篇为第1篇，展开第2篇请点此处⟧
借此机会，我提三点要求。一是管好用好。各镇要明确每个歇脚点的管护人，折叠椅每周检查一次，发现松动、锈蚀及时维修更换。二是方便群众。折叠椅用链条固定在立柱上，老人自行打开、用后收起，任何单位不得上锁或挪作他用。三是听取意见。请各社区把老人的意见及时收集上来，明年再根据需求增加点位。
谢谢大家！
""",
    ),
    dict(
        slug="antou-insight-photo-frames-for-elders",
        site="案头范文汇 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.antoufw.com/xinde/zhiyuan/2025/19066.html",
        title="参加“老照片进相框”敬老志愿服务的心得体会",
        record_title="参加“老照片进相框”敬老志愿服务的心得体会（优秀范文参考）- 案头范文汇",
        date=None,
        notes="decorated title repeated with its aside; no date (a 收录 stamp only); ghost-writer WeChat glued after a 。; "
        "a login prompt on a line of its own between paragraphs",
        page="""
!m 案头范文汇 · 写材料不再熬夜
!m 当前：案头范文汇 ＞ 心得体会 ＞ 志愿服务心得
!t 参加“老照片进相框”敬老志愿服务的心得体会（优秀范文参考）
!m 字数：约600字　热度：★★★★☆　收录：2025-03-11
!a 一键复制　｜　下载Word　｜　收藏
{BODY}
!a 复制全文　存到我的文档　加入收藏夹
!l 同类范文：
!l 敬老院志愿服务活动总结（两篇）
!l 重阳节走访孤寡老人心得
!l 团支部“银发守护”主题活动方案
!d 本文由案头范文汇会员上传，内容仅代表作者观点，如有侵权请联系我们删除。
!m 案头范文汇 antoufw.com　沪ICP备18044027号
""",
        indent="\u3000\u3000",
        body="""
上个月，单位团支部组织青年志愿者到觜阳县亢河镇敬老院开展“老照片进相框”志愿服务，我第一次参加这样的活动，感触很深。
活动前，我们先把老人们压在箱底的老照片收集起来，用扫描仪翻拍、修复，再挑选合适的相框装好。有位九十岁的老奶奶，手里只有一张巴掌大的结婚照，边角已经发黄卷起。⟦w 需要原创心得请找案头小编，微信 antou_xz88⟧照片修好装进相框那天，她用手摸了又摸，说了好几遍“跟新的一样”。
⟦a ▼ 余下内容登录后可见，新用户注册即送3次下载 ▼⟧
这次活动让我明白，敬老不一定要做多大的事。一个相框花不了几十块钱，却能把老人一辈子的念想好好收起来、摆出来。
今后，我会继续参加志愿服务，把这份耐心和细心带到日常工作中去。
""",
    ),
    dict(
        slug="zhiye-wenku-plan-projection-screens-markers",
        site="知页文库 (invented, document reader)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhiyewenku.com/p/6b41c07d2e.html",
        title="昴川县实验小学多媒体教室投影幕更换实施方案",
        record_title="昴川县实验小学多媒体教室投影幕更换实施方案 - 知页文库",
        date="2025-03-20",
        notes="modern reader: toolbar, page-marker paragraphs (⥊ n ⥋) cutting sentences, paywall after the body, "
        "upload line with a stamp that is no date; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>昴川县实验小学多媒体教室投影幕更换实施方案 - 知页文库</title>
<script src="https://static.zhiyewenku.com/reader/v3/app.js" defer></script>
<style>.page-gap{color:#999;text-align:center}</style>
</head><body>
<header class="zy-head"><a class="logo" href="/">⟦m 知页文库⟧</a><span class="slogan">⟦m 一页一页，都是知识⟧</span>
<form class="search"><input placeholder="搜你想要的文档"><button>⟦a 搜索⟧</button></form>
<a href="/member">⟦a 开通知页月卡⟧</a> <a href="/login">⟦a 账号登录⟧</a></header>
<nav class="cat">⟦m 知页文库 › 教育专区 › 学校管理 › 后勤保障⟧</nav>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：zy_teacher0731　共3页　1.2千次阅读　上传于2025-04-02⟧</div>
<div class="toolbar">⟦a 全屏阅读　放大　缩小　跳至第 页⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="paywall"><p>⟦a 免费预览已结束，剩余1页可支付3知页币继续阅读⟧</p><button>⟦a 立即购买本篇⟧</button></div>
</main>
<aside class="rel"><h3>⟦l 看了本文的人还看了⟧</h3><ol>
<li>⟦l 中小学教室多媒体设备管理制度⟧</li>
<li>⟦l 学校电教设备维修保养工作方案⟧</li>
<li>⟦l 录播教室建设项目验收报告⟧</li></ol></aside>
<footer class="zy-foot"><p>⟦d 知页文库文档均由用户上传，知页仅提供信息存储空间，若有侵权请通过申诉通道反馈。⟧</p>
<p>⟦m © 2025 zhiyewenku.com　浙ICP备21007593号-4⟧</p></footer>
<script>window.__ZY__={docId:"6b41c07d2e",pages:3};</script>
</body></html>
""",
        p_html='<p class="txt">{}</p>',
        pages=dict(fmt="⥊ {n} ⥋", every=120, start=2),
        body="""
为改善课堂教学显示效果，消除部分教室投影幕发黄、卷边、起皱等问题，学校决定在今年春季学期对多媒体教室投影幕进行集中更换，特制定本方案。
一、更换范围。全校共有多媒体教室36间，经总务处逐间检查，需更换投影幕的教室24间，其中电动幕14间、手拉幕10间。
二、时间安排。3月24日至4月4日利用课后时间分批施工，每天不超过4间，施工期间受影响班级临时调整到录播教室上课。
三、技术要求。新幕布统一采用120英寸白塑幕，比例16∶10，电动幕须带遥控和限位开关，安装后幕面平整、无褶皱，下沿距讲台地面不低于90厘米。
四、验收与管理。施工结束后由总务处会同信息中心逐间验收，合格后纳入教室设备台账，由各班电教管理员负责日常收放。
昴川县实验小学
2025年3月20日
""",
    ),
    dict(
        slug="juanshu-wenku-survey-cool-boxes-wrapped-markers",
        site="卷舒文库 (invented, text preview)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://juanshuwk.cn/view/20250620/9931742.html",
        title="关于外卖配送保温箱卫生状况的调研报告",
        record_title="关于外卖配送保温箱卫生状况的调研报告.pdf",
        date="2025-06-12",
        notes="file-name record title repeated on the page; hard-wrapped at 62 columns and cut by ⪦n⪧ markers glued "
        "to the continuation; date in Chinese numerals; upload time is no date; a preview-end prompt after the body",
        page="""
!m 卷舒文库 - 卷起是书，舒展是知
!t 关于外卖配送保温箱卫生状况的调研报告.pdf
!m 页数：3　大小：218KB　上传时间：2025-06-20　被下载：57次
!a 举报　收藏　分享到微信
{BODY}
!a 阅读已到底，如需完整文档请支付2元或开通卷舒月卡
!l 与本文相关的文档
!l 外卖骑手职业安全状况调查
!l 网络订餐食品安全监管工作总结
!d 卷舒文库仅提供文档在线预览，文档内容由上传者负责。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⪦{n}⪧", every=120, start=2, glue=True),
        body="""
今年5月，县消费者协会联合县市场监督管理局，对城区外卖骑手使用的配送保温箱卫生状况开展了专题调研。调研组在轸湖县城区4个商圈随机拦访骑手126名，对其中60个保温箱内壁进行了采样检测。
调研发现，骑手普遍知道保温箱要定期清洁，但真正做到每天擦拭的只有31人，约占四分之一；有19个保温箱内壁菌落总数明显偏高，箱角残留汤汁、油渍的情况较为常见。部分骑手反映，配送高峰时连吃饭都顾不上，更没有时间清洗箱子。
为此，调研组建议：一是由平台在骑手站点设置免费清洗消毒点；二是将保温箱卫生纳入平台对骑手的日常考核；三是市场监管部门在抽查餐饮外卖时一并检查配送环节。
轸湖县消费者协会
二〇二五年六月十二日
""",
    ),
    dict(
        slug="maochuan-portal-notice-dining-tables-index-table",
        site="昴川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.maochuan.gov.cn/xxgk/tzgg/202504/t20250410_3301577.html",
        title="昴川县民政局关于为农村互助幸福院配置适老化餐桌的通知",
        record_title="昴川县民政局关于为农村互助幸福院配置适老化餐桌的通知_通知公告_昴川县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="county portal: 适老/读屏 links, 索引号 table (文号 cell unmarked, neutral), 纠错 and 12345 lines "
        "beside the notice's own 联系人/电话; 附件 list, 抄送 and 印发 lines in the body; portal date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>昴川县民政局关于为农村互助幸福院配置适老化餐桌的通知_通知公告_昴川县人民政府</title>
<link rel="stylesheet" href="/images/mc2025.css">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="topline"><span>⟦a 银发友好版⟧</span> <span>⟦a 屏幕朗读⟧</span> <span>⟦a 简/繁⟧</span> <span>⟦a 邮箱登录⟧</span></div>
<div class="head"><img src="/images/logo.png" alt=""><span class="name">⟦m 昴川县人民政府⟧</span><span class="sub">⟦m 昴星照川　宜居昴川⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 昴川概况⟧</li><li>⟦m 信息公开目录⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="crumb">⟦m 当前所在：首页 / 信息公开目录 / 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：115133290089042619/2025-00417⟧</td><td>⟦m 信息分类：社会保障、民政⟧</td></tr>
<tr><td>⟦m 发文单位：昴川县民政局⟧</td><td>⟦m 生成日期：2025-04-08⟧</td></tr>
<tr><td>文号：昴民发〔2025〕9号</td><td>⟦m 公开日期：2025-04-10⟧</td></tr>
</table>
<h2 class="wz-title">{T}</h2>
<div class="wz-tool">⟦a 字号 ＋ －　｜　打印该页　｜　关闭本页⟧</div>
<div class="wz-body">
{BODY}
</div>
<div class="xg">⟦l 相关稿件：昴川县2025年民政领域民生实事项目清单⟧</div>
<div class="foot">
<p>⟦m 昴川县人民政府办公室　主办　　昴川县大数据中心　运维⟧</p>
<p>⟦m 网站标识码5133290017　蜀ICP备05021184号⟧</p>
<p>⟦m 政务服务便民热线：12345　网页内容纠错：0836-7710999⟧</p>
</div>
<script src="/js/count.js?id=3301577"></script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各镇人民政府，县直有关单位：
为改善农村互助幸福院老年人就餐条件，县民政局决定今年为全县42个农村互助幸福院统一配置适老化餐桌。现将有关事项通知如下。
一、配置标准。每张餐桌坐4至6人，桌角做圆角处理，桌面高度72厘米左右，桌下留足轮椅进出空间。
二、工作步骤。4月25日前各镇报送需求表，5月由县民政局统一采购，6月底前配送安装到位。
三、有关要求。各镇要指定专人负责验收，建立餐桌使用管护台账，不得将配置的餐桌挪作他用。
联系人：县民政局养老服务股　常秀芬　电话：0836-7712403
附件：1.农村互助幸福院适老化餐桌需求表
2.适老化餐桌验收单
昴川县民政局
2025年4月8日
抄送：县财政局，县乡村振兴局。
昴川县民政局办公室　2025年4月8日印发
""",
    ),
    dict(
        slug="guicheng-portal-bulletin-folding-chair-rentals",
        site="奎源市晷城区人民政府 (invented district portal, text rendering)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.guicheng.kuiyuan.gov.cn/zwgk/scjg/202505/t20250512_88410.html",
        title="晷城区市场监督管理局关于景区出租折叠椅价格检查情况的通报",
        record_title="晷城区市场监督管理局关于景区出租折叠椅价格检查情况的通报 - 晷城区人民政府",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="district portal as text; a data table (one row a paragraph, cells apart by ideographic spaces); "
        "the body's own 12315 beside the portal's hotline; page date differs from the 成文日期",
        page="""
!m 奎源市晷城区人民政府
!a 无障碍　|　关怀版　|　登录
!m 首页 » 政务公开 » 部门信息 » 区市场监督管理局
{T}
!m 来源：区市场监督管理局　发布日期：2025-05-12 09:30　浏览量：306
!a 【A+】【A-】【打印本文】
{BODY}
!l 上一条：晷城区2025年第一季度食品安全抽检信息公告
!l 下一条：关于开展“五一”节日市场价格巡查的提醒告诫函
!m 晷城区人民政府办公室主办　网站热线：0833-2616000
!m 桂ICP备09018326号-2
""",
        body="""
5月1日至5日，区市场监督管理局对辖区3个景区和2个城市公园出租折叠椅、遮阳伞的价格行为进行了检查。现将检查情况通报如下。
一、总体情况。共检查出租摊点27个，其中明码标价规范的19个，存在问题的8个。
二、存在问题的摊点
所在地点　摊点数　主要问题
璇溪湿地公园　3　未标明押金退还办法
魁峰景区　4　不足一小时按一天收费
滨河公园　1　未公示价格
三、处理意见。以上8个摊点已责令当场整改，其中2个拒不整改的已依法立案调查。请各景区管理单位加强对出租摊点的日常管理，游客如遇乱收费可拨打12315投诉。
奎源市晷城区市场监督管理局
2025年5月9日
""",
    ),
    dict(
        slug="zuiyang-news-projection-screen-film-team",
        site="觜阳新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zuiyangnews.cn/xz/2025-06/18/content_571093.html",
        title="氐岭镇流动放映队换上新投影幕 “露天电影”又回来了",
        record_title="氐岭镇流动放映队换上新投影幕 “露天电影”又回来了 - 觜阳新闻网",
        date="2025-06-18",
        notes="news page: an app prompt glued before the lead, a photo caption between paragraphs, an editor line "
        "glued after the last 。; byline 发布时间 is the page's date; 24-hour list in the sidebar",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>氐岭镇流动放映队换上新投影幕 “露天电影”又回来了 - 觜阳新闻网</title>
<meta name="description" content="氐岭镇流动放映队换上新投影幕">
<script>var _zyq=_zyq||[];_zyq.push(['page','571093']);</script>
</head><body>
<div class="bar">⟦m 觜阳县融媒体中心主办⟧　<a>⟦a 下载掌上觜阳⟧</a>　<a>⟦a 投稿爆料⟧</a></div>
<div class="logo">⟦m 觜阳新闻网⟧</div>
<ul class="menu"><li>⟦m 时政⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 民生⟧</li><li>⟦m 旅游⟧</li><li>⟦m 视频⟧</li></ul>
<div class="wrap"><div class="left">
<div class="where">⟦m 觜阳新闻网 &gt; 乡镇 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-18 08:42　来源：觜阳县融媒体中心　记者：卜晓岚⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈　微博　QQ⟧</div>
</div>
<div class="right"><h4>⟦l 24小时热读⟧</h4><ul>
<li>⟦l 觜阳县今年首批高温补贴发放到位⟧</li>
<li>⟦l 亢河大桥夜间限行一周⟧</li>
<li>⟦l 枢湾村的杨梅熟了⟧</li></ul></div></div>
<div class="foot">⟦d 本网原创稿件未经书面授权不得转载　违法和不良信息举报：0836-5520110⟧<br>⟦m 川ICP备18033021号　川公网安备51343202000118号⟧</div>
</body></html>
""",
        body="""
⟦a 打开觜阳新闻客户端，本地消息早知道⟧本报讯 6月17日晚，觜阳县氐岭镇枢湾村文化广场上人头攒动，镇流动放映队用新换的投影幕放映了电影《我和我的家乡》，200多名村民自带板凳前来观看。
氐岭镇流动放映队成立于2009年，原来使用的是一块挂在竹竿上的白布，风一吹就晃，画面也发灰。今年县文旅局为全县8支流动放映队统一配发了带支架的便携式投影幕，幕面更亮，十分钟就能搭好。
⟦m 图：村民在枢湾村文化广场看露天电影（卜晓岚 摄）⟧
放映员许长根说，新幕布收起来只有一米多长，放在面包车后备厢里就能带走，今年计划在全镇14个村放映120场。⟦m 责编：单雯　终审：尚立诚⟧
""",
    ),
    dict(
        slug="zhenhu-online-news-cool-boxes-meal-delivery",
        site="轸湖在线 (invented county news site)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.zhenhuonline.com/minsheng/2025/0109/22817.shtml",
        title="轸湖县老年助餐点用上保温箱 送餐到家饭菜不凉",
        record_date="2025-01-09",
        date="2025-01-09",
        notes="record gives title and date; title repeated; byline with source/author/time; share row and copyright",
        page="""
!m 轸湖在线 | 轸湖人自己的新闻网
!m 首页 > 民生 > 正文
{T}
!m 来源：轸湖在线　作者：闫卓　2025-01-09 10:15
!a 文字 大号 标准 小号
{BODY}
!a 转给：微信好友　朋友圈　微博
!l 相关新闻
!l 娄滨镇长者食堂试运营一个月
!l 冬季送餐上门服务再扩面
!d 凡注明“来源：轸湖在线”的稿件，著作权均归本网，转用须经书面许可。
!m 轸湖在线 版权所有　湘ICP备16008842号
""",
        body="""
“饭菜送到手里还是热的，比以前强多了。”1月8日中午，家住轸湖县娄滨镇罡北社区的八旬老人聂兰英接过送餐员递来的饭盒，高兴地说。
今年元旦起，轸湖县为全县23个老年助餐点配备了120个保温箱，用于为行动不便的老人送餐上门。以前送餐员用塑料袋提着饭盒骑电动车送，冬天走一趟饭菜就凉了；如今饭盒放进保温箱，半小时内温度基本不变。
县民政局相关负责人介绍，目前全县每天送餐上门约560份，下一步将为保温箱统一编号，定期清洗消毒，并把送餐范围扩大到偏远村组。
""",
    ),
    dict(
        slug="baohua-forum-post-photo-frames-jammer",
        site="刨花木作论坛 (invented, Discuz-like woodworking forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.baohuamuzuo.com/thread-208817-1-1.html",
        title="用边角料做实木相框的几点经验",
        record_title="[手作分享] 用边角料做实木相框的几点经验 - 小件木作 - 刨花木作论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk as a line and glued after 。, rating row, signature, replies; "
        "the post time is relative (3 天前): no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[手作分享] 用边角料做实木相框的几点经验 - 小件木作 - 刨花木作论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js"></script>
</head><body>
<div id="toptb">⟦a 快捷导航⟧　<a>⟦a 登录⟧</a>　<a>⟦a 立即注册⟧</a></div>
<div id="hd"><div class="logo">⟦m 刨花木作论坛⟧</div><div class="slogan">⟦m 一刀一刨，慢慢来⟧</div></div>
<div id="pt">⟦m 刨花木作论坛 › 木作交流 › 小件木作 › 查看内容⟧</div>
<div class="hm">⟦m 查看: 1432 | 回复: 26⟧</div>
<h1 class="ts"><a>⟦m [手作分享]⟧</a> <span id="thread_subject">{T}</span></h1>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 榫卯老周⟧</div><p>⟦m 积分 3890　木屑 1207　帖子 488⟧</p></td>
<td class="plc"><div class="pi">⟦m 楼主⟧　<em>⟦m 发表于 3 天前⟧</em>　<a>⟦a 仅看此人⟧</a></div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 3　木屑 +15　收起　理由⟧</div>
<div class="sign">⟦m 木头不会骗人，手艺也不会。——老周的工作台⟧</div>
<div class="po">⟦a 回复　支持　反对　举报⟧</div>
</td></tr></table>
<div class="pl"><p>⟦l 沙发　木匠小沈：樱桃木做相框颜色真好看⟧</p><p>⟦l 板凳　北窗：请教一下背板用什么材料？⟧</p></div>
<div id="f_pst">⟦a 登录以后才能跟帖，还没有账号？点这里注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　刨花木作论坛　苏ICP备19052218号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
去年家里打柜子剩下一堆胡桃木和樱桃木边角料，扔了可惜，琢磨了一阵子做成了相框，陆续做了二十多个，送亲戚朋友都说好。把几点经验跟大家分享一下。
一、选料。相框边条宽3到4厘米就够了，太宽显得笨重。边角料要先放一两个月，等含水率稳定了再用，不然装上玻璃后容易开裂。
二、开槽。背面要开一道放玻璃和背板的槽，深度8毫米左右。我用的是修边机配直刀，一次吃刀不要太深，分两三次走完。
三、拼角。四个角用45度斜接，胶合后加一片木饼或者钉两枚蚊钉，不然时间长了角会松。
四、上油。最后用木蜡油擦两遍，颜色温润，也不怕手摸。
欢迎大家交流，有问题回帖问就行。
""",
    ),
    dict(
        slug="qimu-forum-post-slate-dining-table-missing-title",
        site="栖木家居论坛 (invented home-furnishing forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.qimujiaju.com/t/5521904",
        title="岩板餐桌用了两年，说说真实感受",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject on the page; junk lines and glued junk; the post time is "
        "昨天 (no date); replies and a login prompt below",
        page="""
!m 栖木家居论坛 › 装修经验 › 家具选购
{T}
!m 楼主：青柠不加糖　发表于 昨天 21:46　只看楼主
!m 阅读 2306　回复 41
{BODY}
!a 回帖　引用本楼　举报
!l 2# 猫在窗台：同款，冬天确实凉，我家铺了硅胶垫
!l 3# 老屋新装：岩板桌边一定要选加厚的
!a 登录后才能参与讨论，没有账号？马上注册
!m 栖木家居论坛 qimujiaju.com　京ICP备20014471号
""",
        junk=dict(lines=2, glued=3),
        body="""
前年装修新房，跟风买了一张岩板餐桌，1.6米长，花了四千出头。用了两年，说说真实感受，给正在纠结的朋友参考。
先说优点。岩板桌面确实耐刮、耐烫，热锅直接放上去也没留印子，酱油、红酒洒了一擦就干净，这一点比我家以前的实木桌省心多了。
再说缺点。一是冬天摸上去冰凉，吃饭时胳膊搭在桌上很不舒服，后来只好铺了桌旗。二是边角怕磕，有一次孩子拿玩具车撞了一下，桌边崩掉了米粒大的一块。三是太重，两个人都搬不动，搬家时得请师傅。
总的来说，家里有老人小孩的，建议选圆角、带包边的款式。
""",
    ),
]
