"""holdout362, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML page and one text page
each). Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-yunjian-essay-music-stand-missing-screw",
        site="谱架边的絮语 (invented teacher's blog on 纸鸢博客)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://linxiaotang.zhiyuanblog.com/archives/412.html",
        title="那个缺了一颗螺丝的乐谱架",
        record_title="那个缺了一颗螺丝的乐谱架 - 教琴手记 - 谱架边的絮语",
        date="2025-04-12",
        notes="a Typecho-like blog: tag cloud, archive, calendar and comment form; the bracketed post time is the page's date; "
        "a like prompt glued after a sentence and a reward line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>那个缺了一颗螺丝的乐谱架 - 教琴手记 - 谱架边的絮语</title>
<link rel="stylesheet" href="https://linxiaotang.zhiyuanblog.com/usr/themes/paper/style.css">
<script src="https://cdn.zhiyuanblog.com/js/highlight.pack.js"></script>
</head>
<body>
<header id="header">
<div class="site-name">⟦m 谱架边的絮语⟧</div>
<div class="description">⟦m 一个乡村音乐老师的教琴手记⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/category/jiaoqin/">教琴手记</a> <a href="/category/shenghuo/">檞坪日常</a> <a href="/about.html">关于我</a>⟧</nav>
</header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 林小棠⟧</li><li>⟦m [2025-04-12 21:40]⟧</li><li>⟦m 分类：教琴手记⟧</li><li>⟦l 7 条评论⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：乐谱架, 乡村学校, 音乐课⟧</p>
<p class="license">⟦d 本文由林小棠原创，转载请保留作者署名与原文地址。⟧</p>
</article>
<div id="comments">
<h3>⟦l 已有 7 条评论⟧</h3>
<ol><li>⟦l 蔡老师 2025-04-13 07:22 读到最后眼眶有点热，我们学校也有这样的旧谱架⟧</li></ol>
<form>⟦l 称呼（必填）　邮箱（必填）　网站　提交评论⟧</form>
</div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 口琴 竖笛 合唱 乐谱架 农村教育 期末汇演⟧</p></section>
<section><h3>⟦l 归档⟧</h3><ul><li>⟦l 2025 年 4 月 (3)⟧</li><li>⟦l 2025 年 3 月 (5)⟧</li></ul></section>
<section><h3>⟦l 日历⟧</h3><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
</aside>
<footer id="footer">⟦m © 2025 谱架边的絮语 · 由纸鸢博客强力驱动 · 黔ICP备2024031277号⟧</footer>
</body>
</html>
""",
        body="""
音乐教室角落里有一个乐谱架，升降杆上少了一颗螺丝，只能用一截铁丝缠着。它是我十年前刚到檞坪村小学时，老校长从镇上背回来的。
那时候学校只有一台脚踏风琴，孩子们连简谱都认不全。老校长说，先有个谱架，就像个上课的样子了。后来孩子们轮流把歌谱抄在大纸上，夹在这个谱架上，一个字一个字地唱。⟦a 觉得写得还行，就点个赞吧⟧
⟦a 喜欢这篇文章，可以请作者喝杯奶茶～⟧
前年县里给学校配了十个新的折叠乐谱架，银灰色，轻巧又结实。孩子们抢着用新的，旧谱架就被挪到了墙角。可每到期末汇演，总有孩子把它搬出来，说它“站得最稳”。
我一直没有给它换上那颗螺丝。那截铁丝，是一个已经上了高中的学生当年帮我缠上去的。
""",
    ),
    dict(
        slug="blog-guopan-mama-smoothie-wrapped-58",
        site="果盘妈妈的厨房 (invented personal blog)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="text",
        source="http://guopanmama.diandiblog.cn/post/20250612-bingsha.html",
        title="给孩子做冰沙，我踩过的三个坑",
        record_title="给孩子做冰沙，我踩过的三个坑 - 厨房日记 - 果盘妈妈的厨房",
        date=None,
        notes="a personal blog exported as text and hard-wrapped at 58 columns; relative post and edit times only; "
        "an ad line between paragraphs, a subscribe prompt glued after a sentence",
        page="""
!m 果盘妈妈的厨房｜一日三餐，慢慢来
!m 首页　厨房日记　宝宝辅食　留言板
!t 给孩子做冰沙，我踩过的三个坑 - 厨房日记
!m 果盘妈妈　写于 3 天前　｜　阅读 1208　｜　评论 19
{BODY}
!l 本文所属分类：厨房日记　｜　标签：冰沙　夏天　亲子厨房
!l ← 较早一篇：自制酸奶碗的五种吃法
!l → 较新一篇：带娃逛早市，买到一箱小番茄
!a 给果盘妈妈写留言（登录后可发表）
!m 点滴博客 diandiblog.cn 提供空间服务
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
天一热，家里两个孩子就天天嚷着要喝冰沙。去年买了一台冰沙机，折腾了一个夏天，总算摸出点门道，把踩过的坑记下来，给新手妈妈们提个醒。
第一个坑，是冰块放太多。刚开始我觉得越冰越好，结果打出来全是冰碴，孩子喝两口就喊牙疼。后来改成冻好的水果块加少量冰块，口感绵密多了。
⟦a 〔广告〕夏日冰沙机限时直降，点击了解详情⟧
第二个坑，是一开机就用最高档。冰沙机的杯子里冰块还没转起来，电机就嗡嗡地闷响，有一次还跳了闸。现在我都先用低速点几下，再慢慢调高。⟦a 订阅果盘妈妈，新文章第一时间送达⟧
第三个坑，是洗杯子偷懒。刀座下面的缝隙最容易藏果渣，我现在每次用完都加一点温水和洗洁精空转半分钟，再拆开冲洗。
夏天还长，冰沙适量喝就好，孩子的肠胃可经不起天天冰。
""",
    ),
    dict(
        slug="wechat-fengchao-mirror-pop-filter-star-prompt",
        site="蜂巢推文镜像 (invented WeChat mirror) / 声纹录音棚 (account)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.fengchaotw.com/a/shengwenlyp/20250802/7712086.html",
        title="录人声为什么一定要加防喷罩？",
        record_title="录人声为什么一定要加防喷罩？｜声纹录音棚 · 蜂巢推文镜像",
        date="2025-08-02",
        notes="a WeChat mirror: 原创 tag, account line with the date (the page's date), a star prompt glued before the "
        "first words, 在看/阅读原文/赞赏 rows, the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>录人声为什么一定要加防喷罩？｜声纹录音棚 · 蜂巢推文镜像</title>
<link rel="stylesheet" href="/css/mirror.css">
</head>
<body>
<div class="fc-bar">⟦m 蜂巢推文镜像 · 好文章不怕找不到⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span>
<span>⟦m 阿澈⟧</span>
<span>⟦m 声纹录音棚⟧</span>
<em>⟦m 2025年8月2日 21:15　辽宁⟧</em>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧ ⟦a 赞赏作者⟧ ⟦l 喜欢此内容的人还喜欢⟧</div>
<div class="like_row">⟦a 分享　点赞 68　在看 21⟧</div>
<div class="qr">⟦a 长按识别下方二维码，预约声纹录音棚体验课⟧</div>
</div>
<div class="mirror_note">⟦d 本页为蜂巢推文镜像自动存档的公众号文章，版权归原公众号所有，如需下架请联系 fengchao_kf@163.com⟧</div>
<div class="fc-foot">⟦m 蜂巢推文镜像 fengchaotw.com　京ICP备2023009128号⟧</div>
<script>var biz="MzI0NDU3ODcxNQ==";</script>
</body>
</html>
""",
        p_html='<section style="margin-bottom:12px;"><span style="font-size:15px;">{}</span></section>',
        body="""
⟦a 点上方“声纹录音棚”→右上角“···”→设为星标，不错过每期干货⟧很多刚开始在家录人声的朋友都会问：我的麦克风挺贵的，为什么录出来的声音里总有“噗噗”声？答案很简单，你缺一个防喷罩。
人在说“p”“b”这类音时，嘴里会冲出一股气流。这股气流打在电容麦克风的振膜上，就会形成低频的爆破声，后期很难完全去掉。
防喷罩的作用，就是在嘴和麦克风之间加一道“筛子”。常见的有两种：一种是双层尼龙网，价格便宜，声音更通透；另一种是金属网，耐用好清洗，但对高频稍有影响。
安装时，防喷罩离麦克风大约5到10厘米，人离防喷罩再保持一拳左右的距离。⟦l 往期推荐：一张表看懂入门声卡怎么选⟧尼龙网最好每月用清水轻轻冲洗一次，晾干后再装回去。
""",
    ),
    dict(
        slug="wechat-dingdang-mirror-waffle-kitchen-pledge",
        site="叮当文摘镜像 (invented WeChat mirror) / 枏溪社区 (account)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://dingdangwz.net/mp/nanxisq/2025/09/05/3381.html",
        title="关于文明使用社区共享厨房华夫饼机的倡议书",
        record_title="关于文明使用社区共享厨房华夫饼机的倡议书 | 枏溪社区 - 叮当文摘",
        date="2025-09-03",
        date_also=["2025-09-05"],
        notes="a WeChat mirror as text: account line with its own date, the pledge's date under its signature; a sentence "
        "asking neighbours to share the pledge is content; a follow prompt glued before the salutation",
        page="""
!m 叮当文摘 · 公众号文章镜像
!t 关于文明使用社区共享厨房华夫饼机的倡议书
!m 枏溪社区　2025-09-05 18:30　江西
!m 阅读 973
{BODY}
!a 点一下“在看”，让更多邻居看到
!l 枏溪社区往期：“邻里厨房”开张啦｜共享厨房预约规则
!a 阅读原文 › 预约共享厨房
!d 叮当文摘仅作公众号文章备份，文章版权归原作者，如有疑问请留言。
!m dingdangwz.net　赣ICP备2024006612号-1
""",
        body="""
⟦a 点击蓝字“枏溪社区”，获取更多社区动态⟧亲爱的邻居们：
社区“邻里厨房”开放三个月来，已接待居民使用680余人次。其中两台华夫饼机最受欢迎，不少家长带着孩子来做早餐。但我们也发现，有的邻居用完没有断电，烤盘上残留面糊，还有人把设备带回了家。
为让共享厨房用得更久、更安心，社区居委会向全体居民发出如下倡议：
一、按需预约。使用华夫饼机请提前在社区服务台或小程序预约，每次不超过一小时。
二、规范操作。儿童须在家长陪同下使用，设备用完及时断电，待烤盘冷却后擦拭干净。
三、爱护公物。设备不得带离厨房，发现故障请及时告知值班社工。
也请大家把这份倡议分享给楼栋里的邻居，共同守护我们的“邻里厨房”。
枏溪社区居民委员会
2025年9月3日
""",
    ),
    dict(
        slug="docshare-wendangwu-request-smoothie-docx",
        site="共享文档坞 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.wendangwu.com/doc/98172463.html",
        title="关于购置冰沙机用于高温时段防暑降温饮品供应的请示",
        record_title="关于购置冰沙机用于高温时段防暑降温饮品供应的请示.docx",
        date="2025-06-20",
        notes="a sharing page with a file-info box, a sign-in points lock and a service WeChat; the request's own "
        "contact line beside the site's service WeChat; a file name as the record's title",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于购置冰沙机用于高温时段防暑降温饮品供应的请示.docx-共享文档坞</title>
<link rel="stylesheet" href="//s.wendangwu.com/css/view.css">
<script src="//s.wendangwu.com/js/view.js"></script>
</head>
<body>
<div class="wdw-top">⟦m 共享文档坞 | 停靠你需要的每一份文档⟧ <a>⟦a 免费注册⟧</a> <a>⟦a 我的文档坞⟧</a></div>
<div class="wdw-crumb">⟦m 文档坞 › 行政公文 › 请示报告⟧</div>
<div class="wdw-info">
<h1>{T}</h1>
<dl><dt>⟦m 文件格式：DOCX　文件大小：31.6KB　页数：2⟧</dt><dd>⟦m 分享人：后勤小蒋　分享于 2025-07-02⟧</dd></dl>
</div>
<div class="wdw-viewer">
{BODY}
</div>
<div class="wdw-lock">⟦a 签到满3天解锁下载，今日已签到 1/3⟧</div>
<div class="wdw-btns">⟦a 下载源文件⟧ ⟦a 举报该文档⟧</div>
<div class="wdw-service">⟦w 找不到想要的材料？文档坞客服微信 wdw-kefu07 帮你找⟧</div>
<div class="wdw-more"><h4>⟦l 相近文档⟧</h4>
<p>⟦l 关于申请购置职工食堂消毒设备的请示.docx⟧</p>
<p>⟦l 夏季高温防暑降温工作方案（单位通用）.doc⟧</p></div>
<div class="wdw-foot">⟦d 共享文档坞的文档均由网友分享，平台不对文档内容负责，仅供学习研究。⟧ ⟦m 沪ICP备2021033950号⟧</div>
</body>
</html>
""",
        body="""
县机关事务服务中心：
今年入夏以来，我局城区执法中队、环卫监管中队长时间户外作业，据统计，6月以来日最高气温超过35℃的天数已达11天。为做好高温时段一线人员防暑降温工作，我局计划在机关食堂增设防暑饮品供应点，现将有关事项请示如下。
一、购置需求。拟购置商用冰沙机2台，用于制作绿豆冰沙、酸梅冰沙等防暑饮品，每日上午十点和下午三点各供应一次。
⟦d 文档坞提示：本文档仅供格式参考，内容以发文单位正式印发的文件为准⟧
二、资金预算。经市场询价，每台约2800元，合计5600元，拟从我局年度公用经费中列支。
三、管理措施。设备由机关食堂专人管理，建立使用和清洗登记制度。
妥否，请批示。
联系人：蒋明川　联系电话：0745-5236618
嶕溪县城市管理局
2025年6月20日
""",
    ),
    dict(
        slug="docshare-shuqian-letter-capo-testing-wps-cn-date",
        site="书签文档网 (invented document-sharing site)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.shuqianwd.com/view/5520813.html",
        title="关于商请对吉他变调夹样品开展耐久性测试的函",
        record_title="关于商请对吉他变调夹样品开展耐久性测试的函.wps",
        date="2025-06-03",
        notes="a sharing page as text with a .wps file name as the record's title; the 成文日期 in Chinese numerals; "
        "an upload notice, a points lock and a members-only line",
        page="""
!m 书签文档网　夹住每一页有用的资料
!m 文档分类 ＞ 公文函件 ＞ 商洽函
!t 关于商请对吉他变调夹样品开展耐久性测试的函.wps
!m 上传会员：弦外之音　文件：WPS　2页　大小 22KB
!a 在线预览　｜　收藏本文档　｜　举报
{BODY}
!a 本文档需2个书签币下载，开通年卡会员可免费下载全站文档
!d 书签文档网所有资源均为会员上传，若有侵犯您的权利，请联系本站处理。
!l 相关文档：关于商请协助开展产品检测的函 ｜ 检测委托书（范本）
!m 书签文档网 shuqianwd.com　苏ICP备22019834号
""",
        indent="\u3000\u3000",
        body="""
蓨城市产品质量检验所：
我公司系黾川县一家从事吉他配件生产的企业，主要产品为弹簧式和螺旋式吉他变调夹，年产量约40万只。近期，部分客户反映我公司弹簧式变调夹使用一段时间后出现夹力下降的情况。为查明原因、改进工艺，特商请贵所对我公司送检的变调夹样品开展耐久性测试。
一、样品情况。弹簧式变调夹样品3个型号，每个型号10只，共30只。
二、测试项目。开合寿命测试（不少于5000次）、夹力衰减测试和橡胶垫耐老化测试。
三、费用承担。测试费用由我公司承担，按贵所收费标准结算。
盼予支持为感。
黾川县韵弦乐器配件有限公司
二〇二五年六月三日
""",
    ),
    dict(
        slug="edu-mianchuan-notice-music-stands-attachments",
        site="黾川县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.mianchuan.gov.cn/tzgg/2025/0912/8841.html",
        title="关于做好2025年中小学音乐教室乐谱架配发工作的通知",
        record_title="【教学装备·到校清点】关于做好2025年中小学音乐教室乐谱架配发工作的通知_黾川县教育局",
        date="2025-09-10",
        date_also=["2025-09-12"],
        notes="an education portal with 适老版/读屏 links and attachment download links; 附件 list beside the links; "
        "the notice's own contact and mailbox beside the site's technical line; 抄送 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【教学装备·到校清点】关于做好2025年中小学音乐教室乐谱架配发工作的通知_黾川县教育局</title>
<link href="/css/edu.css" rel="stylesheet">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="edu-top">⟦a 适老版 ｜ 读屏模式⟧ ⟦m 黾川县教育局　立德树人·办好人民满意的教育⟧</div>
<ul class="edu-nav">⟦m <li>首页</li><li>教育要闻</li><li>通知公告</li><li>政策文件</li><li>招生考试</li>⟧</ul>
<div class="edu-loc">⟦m 现在的位置：首页 ＞ 通知公告 ＞ 装备动态⟧</div>
<div class="edu-art">
<h2>{T}</h2>
<p class="edu-info">⟦m 发布人：装备中心　发布日期：2025-09-12　点击：631⟧</p>
<div class="edu-txt">
{BODY}
</div>
<div class="edu-fj">
<p>⟦a 附件1 乐谱架配发明细表.xls　点击下载⟧</p>
<p>⟦a 附件2 乐谱架签收单.doc　点击下载⟧</p>
</div>
<p>⟦a 【打印本页】【返回顶部】⟧</p>
</div>
<div class="edu-foot">
<p>⟦m 版权所有：黾川县教育局　地址：黾川县黾阳镇文昌路19号⟧</p>
<p>⟦m 网站技术支持：0746-7726690（工作日）　湘ICP备09021584号⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学：
根据县教育局年度教学装备采购计划，今年为全县22所中小学音乐教室新配发可升降折叠式乐谱架620个，现已完成采购和验收，定于9月下旬统一配送到校。为做好配发工作，现将有关事项通知如下。
一、各校须指定一名装备管理员负责接收，清点数量、检查质量后在签收单上签字并加盖学校公章。
二、乐谱架到校后要及时登记入账，贴好资产标签，统一放置在音乐教室或器材室，不得挪作他用。
三、各校须于10月15日前将签收单扫描件报送县教育局装备中心。
附件：1.乐谱架配发明细表
2.乐谱架签收单
联系人：田蕙　联系电话：0746-7723108　邮箱：mcjyzb@163.com
黾川县教育局
2025年9月10日
抄送：县财政局。
""",
    ),
    dict(
        slug="edu-lunwan-notice-campus-radio-pop-filter-record",
        site="蓨城市棆湾区教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.lunwan.tiaocheng.gov.cn/xxgk/tzgg/202510/t20251014_5567.html",
        title="关于开展2025年校园广播站设备维护工作的通知",
        record_date="2025-10-14",
        date="2025-10-14",
        notes="the record's title and date as they are; a document number line under the title (neutral); a screen-reader "
        "row and a QR line at the top; a numbered list that speaks of 防喷罩",
        page="""
!m 蓨城市棆湾区教育局
!a 读屏专用 ｜ 大字版 ｜ 关怀模式
!m 首页 ＞ 信息公开 ＞ 通知公告
{T}
棆教办〔2025〕44号
!m 发布日期：2025-10-14　信息来源：区电教馆　访问量：402
{BODY}
!a 手机扫码，本文随时查看
!l 上一篇：棆湾区2025年秋季学期中小学作息时间安排
!l 下一篇：关于组织参加全市中小学生朗读大赛的通知
!m 主办：蓨城市棆湾区教育局　维护：区电教馆　电话：0736-2391106
""",
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园：
为保障校园广播正常运行，提高广播音质，区教育局决定于10月下旬至11月底在全区开展校园广播站设备维护工作。现将有关事项通知如下。
一、维护内容
1.检查广播站调音台、功放和音箱线路，更换老化线材。
2.为播音室麦克风配齐防喷罩，破损的尼龙网一律更换。
3.清洁播音室麦克风、耳机和防喷罩，建立清洁记录。
二、工作要求
各校要安排专人配合区电教馆技术人员做好维护工作，维护结束后在设备维护登记表上签字确认。
蓨城市棆湾区教育局办公室
2025年10月14日
""",
    ),
    dict(
        slug="oa-beile-minutes-waffle-trial-vote",
        site="巑山焙乐电器有限公司 协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.beile-dq.com/seeyon/collaboration.do?method=summary&affairId=6617320983",
        title="华夫饼机新品试产协调会会议纪要",
        record_title="[会务归档] 华夫饼机新品试产协调会会议纪要 - 焙乐协同办公",
        date="2025-07-22",
        notes="an OA document view with its 流转记录, read counts and archive/forward buttons; the minutes' 时间/地点/主持/"
        "参会/记录 lines and a vote count; the 时间 line is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[会务归档] 华夫饼机新品试产协调会会议纪要 - 焙乐协同办公</title>
<link rel="stylesheet" href="/seeyon/common/skin/default.css">
<script src="/seeyon/common/js/summary.js"></script>
</head>
<body>
<div class="oa-head">⟦m 焙乐协同办公　BEILE OA⟧ ⟦m 当前用户：谭佳（品质部）⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-tabs">⟦m 待办事项 | 已办事项 | 公文管理 | 会议管理 | 知识中心⟧</div>
<div class="oa-summary">
<h2>{T}</h2>
<p>⟦m 发起人：总经办 汤蔓　发起时间：2025-07-23 09:05　密级：内部⟧</p>
<p>⟦a 归档　转发　打印　收藏⟧</p>
<div class="oa-content">
{BODY}
</div>
<div class="oa-flow">
<h4>⟦l 流转记录⟧</h4>
<p>⟦l 汤蔓 发起 2025-07-23 09:05⟧</p>
<p>⟦l 周启航 已阅 2025-07-23 10:17⟧</p>
<p>⟦l 谭佳 已阅 2025-07-23 14:40⟧</p>
</div>
<p class="oa-read">⟦m 已读 14 人　未读 3 人⟧</p>
<p>⟦a 标为已读并关闭⟧</p>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传　焙乐电器信息中心维护⟧</div>
</body>
</html>
""",
        body="""
时间：2025年7月22日下午3:00
地点：公司三楼第二会议室
主持：周启航（副总经理）
参会：研发部、生产部、品质部、采购部、销售部负责人
记录：汤蔓
会议听取了研发部关于BL-W12可拆洗双面华夫饼机试产准备情况的汇报，研究了试产中存在的问题，形成以下意见：
一、烤盘涂层供应商由两家增加到三家，采购部于8月5日前完成新供应商样品送检。
二、生产部在二号装配线安排小批量试产500台，品质部全程跟线，重点检测温控器和泄漏电流。
三、销售部根据试产情况调整首批出口订单交期。
会议对是否将试产批次由500台增加到800台进行了表决，到会7人，同意2票，反对5票，维持500台不变。
""",
    ),
    dict(
        slug="oa-hengrun-bulletin-smoothie-blade-injury-record-title",
        site="嶕溪恒润餐饮管理有限公司 内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.12.0.8/portal/notice/detail?id=2025-0716-031",
        title="关于一起冰沙机刀片划伤事件的通报",
        date="2025-07-16",
        notes="an intranet notice as text: the record's title as it is; read counts and a sign-confirm line; "
        "the 成文日期 under the signature; a sentence telling staff to print and post the rules is content",
        page="""
!m 恒润内网 | 嶕溪恒润餐饮管理有限公司
!m 门户首页 / 公司公告 / 安全通报
{T}
!m 发布部门：安全环保部　阅读：126　需确认阅读：是
!a 【签收确认】【下载附件】【打印】
{BODY}
!a 您尚未确认阅读本通知，请点击页面顶部“签收确认”
!l 本栏目最近更新：2025年第二季度食品安全检查情况 ｜ 关于调整员工体检时间的通知
!d 本系统仅限公司内部网络访问　信息中心 分机 8006
""",
        body="""
各门店、中央厨房：
7月12日下午，公司第三门店员工李某在清洗冰沙机时，未拔电源即伸手取出刀座，误触启动键，致使右手食指被刀片划伤，缝合四针。事件发生后，门店及时送医，目前伤情稳定。
经调查，此次事件的主要原因是员工违反操作规程，门店日常安全培训流于形式。为吸取教训，公司决定：
一、对第三门店予以通报批评，扣减门店当月安全考核分10分。
二、各门店于7月25日前组织一次冰沙机、切片机等设备安全操作培训。
三、各门店将《冰沙机安全操作规程》打印张贴在设备旁，清洗前必须先断电。
嶕溪恒润餐饮管理有限公司
2025年7月16日
""",
    ),
]
