"""holdout282, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-niesui-memoir-grandma-longevity-lock",
        site="臬水边的小屋 (invented, WordPress-style blog)",
        style="博客",
        genre="回忆录",
        kind="other",
        form="html",
        source="https://niesuibian.blog.cn-ink.net/2025/02/grandma-lock/",
        title="外婆的长命锁",
        record_title="外婆的长命锁 · 檐角旧物 — 臬水边的小屋",
        date=None,
        notes="blog essay: calendar widget, archive, tag cloud, comment form; a like button glued after a 。; "
        "updated 3 周前 and a lunar-year 写于 line are no dates",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>外婆的长命锁 · 檐角旧物 — 臬水边的小屋</title>
<link rel="stylesheet" id="twentyish-css" href="/wp-content/themes/twentyish/style.css?ver=2.4">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head><body class="post-template-default single">
<header id="masthead"><p class="site-title">⟦m 臬水边的小屋⟧</p><p class="site-description">⟦m 一盏灯，几件旧物，慢慢写⟧</p>
<nav>⟦m <a href="/">首页</a> <a href="/category/jiuwu/">檐角旧物</a> <a href="/category/dushu/">读书</a> <a href="/about/">关于我</a>⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 更新于 3 周前 · 分类：檐角旧物 · 阅读 812⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：长命锁 / 外婆 / 老银器⟧</footer>
<nav class="post-navigation">⟦l ← 前一篇：母亲的樟木箱⟧ ⟦l 后一篇：老屋门口的石磨 →⟧</nav>
<div id="comments"><h3>⟦l 来都来了，说两句⟧</h3><p>⟦l 昵称（必填）　邮箱（不会公开）　网站⟧</p><p>⟦a 提交留言⟧</p></div>
</article></main>
<aside id="secondary">
<section class="widget_calendar"><h2>⟦l 日历⟧</h2><table><caption>⟦l 2025年二月⟧</caption><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_archive"><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年二月 (4)⟧</li><li>⟦l 2025年一月 (6)⟧</li></ul></section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2><p>⟦l 旧物 外婆 故乡 银器 读书 小城⟧</p></section>
</aside>
<footer id="colophon">⟦d 本站文字均为原创，未经同意请勿转载⟧ ⟦m 由 WordPress 驱动 · 臬水边的小屋 © 2025⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
我出生那年，外婆托镇上的银匠打了一把长命锁。锁只有半个巴掌大，正面錾着“长命百岁”四个字，背面是一只胖乎乎的麒麟，底下坠着三个小铃铛，一走路就叮当响。
母亲说，我满月那天，外婆亲手把锁挂在我脖子上，嘴里念叨着“锁住了，锁住了”。⟦a ♡ 喜欢(12)⟧后来我上了学，嫌它叮当响难为情，偷偷摘下来塞进了抽屉。
前些年外婆搬家，在樟木箱底翻出了这把锁，银面已经发黑，铃铛也掉了一个。外婆用牙膏一点点擦亮，又交到我手上，说等我有了孩子再给孩子戴。
如今女儿快满周岁了，那把锁就放在她的床头。外婆已经不在了，可每次看到它，我都觉得她还在身边。
写于乙巳年正月，外婆冥寿前夜
""",
    ),
    dict(
        slug="blog-yanhuo-essay-rusty-iron-kettle-wrapped",
        site="烟火茶寮的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://yanhuochaliao.chaliaoblog.cn/post/2025-03-09/6613",
        title="铁壶生锈了别急着扔",
        record_title="铁壶生锈了别急着扔 - 茶事杂记 - 烟火茶寮的博客",
        date="2025-03-09",
        notes="blog text hard-wrapped at 56 columns; the 发表于 line is the page's date; counters, prev/next and comments below",
        page="""
!m 烟火茶寮的博客
!m 一壶水，一炉火，一点闲
!m 首页 | 茶事杂记 | 壶边闲话 | 留言板
{T}
!m 发表于 2025-03-09 21:40 | 分类：茶事杂记 | 阅读(561) | 评论(9)
{BODY}
!a 转载 | 收藏 | 推荐给茶友
!l 上一篇：砂铫与铁瓶，哪个煮水更好
!l 下一篇：炭炉入门：从一块橄榄炭说起
!l 最新评论
!l 陉坪老铁：我家的壶也是这么养回来的
!m 本博客由 茶寮博客 提供托管　备案号：闽ICP备17012289号
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
朋友送我的那把铁壶，去年梅雨季忘了收，再拿出来时壶底一圈红锈，他心疼得直说可惜了。其实铁壶生锈并不可怕，只要处理得当还能接着用。
先说内壁。铁壶内壁一般经过高温氧化处理，形成一层保护膜，烧水时出现的红褐色斑点多是水中矿物质附着，不影响使用，千万别用钢丝球去刷。
再说外壁。外壁的漆面掉了露出锈迹，可以趁壶身温热时用软布蘸少量茶汤擦拭，茶里的成分和铁锈结合，会慢慢变成黑色的一层。
最要紧的是养成习惯：每次烧完水趁热倒净余水，打开壶盖让余温把内壁烘干。这样用上几年，壶会越来越温润。
""",
    ),
    dict(
        slug="wechat-xiahu-fire-soldering-iron-star-prompt",
        site="微信文章快存 (invented WeChat mirror) / 霅湖消防",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wxkc.cn-mirror.net/s/xiahu119/20250603-01",
        title="电烙铁用完随手一放，差点烧了整间屋",
        record_title="提醒丨电烙铁用完随手一放，差点烧了整间屋 - 霅湖消防 - 微信文章快存",
        date="2025-06-03",
        notes="WeChat mirror: a star prompt glued before the first sentence, numbered tips, 原创 tag, 阅读原文/在看 row, "
        "a QR line and the mirror's note; the account line's date is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>提醒丨电烙铁用完随手一放，差点烧了整间屋 - 霅湖消防 - 微信文章快存</title>
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<script src="/assets/mirror.min.js"></script>
</head><body>
<div class="mirror-bar">⟦m 微信文章快存 · 好文章不怕删⟧ <a href="/">⟦m 首页⟧</a> <a href="/hot">⟦l 热文⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> ⟦m 霅湖消防 2025-06-03 18:05 湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注霅湖消防⟧</div>
<div class="rich_media_tool">⟦l 阅读原文　阅读 2.1万　赞 136　在看 58⟧</div>
<div class="comment">⟦l 精选留言⟧<p>⟦l 窎川小周：转给家里搞无线电的老爸了⟧</p></div>
</div>
<div class="mirror-note">⟦d 本页内容转存自微信公众平台，版权归原公众号，如需删除请联系快存客服⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点一下上方“霅湖消防”，设为星标不迷路⟧6月1日下午，霅湖市窎川区一居民楼内冒出浓烟。消防员赶到后发现，起火的是三楼一户人家的书桌，桌上一把电烙铁仍插着电，周围的纸盒和塑料袋已被烧焦。
经了解，住户是一名中学生，当天在家做电子小制作，临时出门取快递，把通电的电烙铁直接搁在了桌面上。
消防提醒：
1. 电烙铁工作温度可达三百度以上，使用时必须放在专用烙铁架上；
2. 周围不要堆放纸张、塑料等易燃物；
3. 离开时务必拔下插头，不要只关插线板开关；
4. 家长要教孩子掌握工具的安全用法。
如发现火情，请立即拨打119。
""",
    ),
    dict(
        slug="wechat-leichuan-museum-lock-exhibition-text",
        site="公号文章留存站 (invented WeChat mirror) / 砳川县博物馆",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="http://gzhlc.cn-archive.org/a/leichuanbwg/250518",
        title="“锁”住的祝福：馆藏长命锁特展开幕",
        record_title="“锁”住的祝福：馆藏长命锁特展开幕｜砳川县博物馆（公号文章留存）",
        date="2025-05-18",
        notes="mirrored account article: the account line's date is the page's date; a 文字/图片 line glued after the last 。; "
        "a sentence asking readers to 关注 the account is content",
        page="""
!m 公号文章留存站
!m 砳川县博物馆 的文章
{T}
!m 原创　砳川县博物馆　2025-05-18 10:02
!a 听全文
{BODY}
!a 喜欢此内容的人还喜欢
!l 馆藏故事｜一只清代铜手炉
!l 五一假期开放时间调整公告
!l 写留言　阅读 3406　赞 87　推荐 41
!d 本站仅留存公开发布的公众号文章，原文版权属原作者所有
""",
        indent="",
        gap=True,
        body="""
5月18日国际博物馆日，“锁住的祝福——馆藏长命锁特展”在砳川县博物馆二楼临展厅开幕。
本次展览共展出清代至民国时期的长命锁86件，材质有银、铜、玉等，纹样包括麒麟送子、五谷丰登、状元及第等。其中一件清代银鎏金长命锁，锁身錾刻百子图，工艺精细，是首次与观众见面。
长命锁寄托着长辈对孩子平安长大的期盼，也是研究地方民俗和金银工艺的重要实物。展览将持续至8月31日，免费向公众开放，周一闭馆。
观众可关注“砳川县博物馆”公众号，预约讲解服务和查询开放时间。⟦m 文字：聃小舟　图片：馆藏部　编审：矸青⟧
""",
    ),
    dict(
        slug="share-chuanyuewendang-request-soldering-irons-docx",
        site="传阅文档 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.chuanyuewendang.cn/d/77310452.html",
        title="关于购置恒温电烙铁等电子实训耗材的请示",
        record_title="关于购置恒温电烙铁等电子实训耗材的请示.docx",
        date="2025-03-03",
        notes="sharing page: upload notice, points lock, rating row, service WeChat and 400 line beside the request's own "
        "联系人/电话; numbered list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于购置恒温电烙铁等电子实训耗材的请示.docx-传阅文档</title>
<link rel="stylesheet" href="//static.chuanyuewendang.cn/css/view.css">
<script src="//static.chuanyuewendang.cn/js/view.js"></script>
</head><body>
<div class="hd">⟦m 传阅文档⟧ ⟦m 好文档 大家享⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bread">⟦m 传阅文档 › 办公文档 › 请示报告 › 教育系统⟧</div>
<h1 class="doc-title">{T}</h1>
<div class="doc-info">⟦m 格式：docx　页数：2　上传时间：2025-03-18　下载：231⟧</div>
<div class="score">⟦l 评分 ★★★★☆ 4.3（27人评）⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="pay">⟦a 完整文档需5积分下载，积分不足？签到领积分⟧</div>
<div class="notice">⟦d 本文档为网友自行上传，传阅文档不对内容的准确性负责，若侵犯您的权益请反馈，我们核实后删除⟧</div>
<div class="svc">⟦w 文档问题找客服：微信 cywd_kefu01　电话 400-836-7712⟧</div>
<div class="rel"><h4>⟦l 同类文档⟧</h4><p>⟦l 关于购置实训室设备的请示（职业学校）⟧</p><p>⟦l 电子实训室建设方案⟧</p></div>
<div class="ft">⟦m ©2025 传阅文档 chuanyuewendang.cn 京ICP备20019844号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
县教育局：
我校电子技术应用专业现有学生216人，实训室现有电烙铁大多为2016年购置的普通外热式烙铁，温度不可调，烙铁头损耗快，部分已出现漏电现象，存在安全隐患，难以满足教学和技能竞赛需要。
为保障实训教学安全，经学校行政会研究，拟购置以下设备和耗材：
1. 恒温电烙铁（带焊台）60台；
2. 防静电烙铁架60个；
3. 无铅焊锡丝及松香若干。
预算约4.8万元，拟从学校公用经费中列支。
妥否，请批示。
联系人：闾明轩　电话：0735-6612097
胊阳县职业中等专业学校
2025年3月3日
""",
    ),
    dict(
        slug="share-gongxiang-pledge-needle-mending-cn-date",
        site="众享文稿库 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.zxwengao.com/doc/2025/10/558130.html",
        title="“一针一线暖童心”为留守儿童缝补衣物的倡议书",
        record_title="【倡议书范本】“一针一线暖童心”为留守儿童缝补衣物的倡议书（妇联版）- 众享文稿库",
        date="2025-10-09",
        notes="sharing text: upload notice, points lock, rating; 成文日期 in Chinese numerals; a copy-lock line between paragraphs",
        page="""
!m 众享文稿库 — 文稿共享平台
!m 首页 > 倡议书 > 公益倡议
{T}
!m 上传：巧姐　上传于 2025-10-21　页数：1　下载 96　评分 4.7
{BODY}
!a 剩余内容已折叠，花3个文稿豆即可查看完整版
!d 本文稿系用户上传，平台仅提供信息存储空间服务；如内容侵权，请联系我们删除
!l 猜你需要：关爱留守儿童志愿服务倡议书 ｜ 妇联“巾帼志愿”活动方案
!m 众享文稿库 zxwengao.com　客服QQ：3302871146
""",
        indent="\u3000\u3000",
        body="""
全镇广大妇女同志们：
天气渐凉，我镇不少留守儿童的衣服破了没人补、扣子掉了没人钉。为让孩子们穿得暖和、体面，镇妇联向大家发出如下倡议：
一、备好一个针线包。家中有缝衣针、顶针和各色棉线的，请多备一份，捐到村妇女之家。
⟦a 文稿豆不够？分享本页给好友可得2豆⟧
二、认领一个孩子。每位志愿者与一名留守儿童结对，每月上门帮孩子缝补一次衣物。
三、教会一门手艺。请有经验的大姐教高年级孩子学会穿针、钉扣子，让他们学会照顾自己。
一针一线虽小，却能缝进温暖。让我们行动起来！
趵口镇妇女联合会
二〇二五年十月九日
""",
    ),
    dict(
        slug="edu-fangxi-notice-tiger-shoe-into-schools-attachment",
        site="祊溪县教育局网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.fangxi.gov.cn/ksfw/tzgg/202511/t20251104_33921.html",
        title="关于开展“虎头鞋里的年味”非遗进校园活动的通知",
        record_title="关于开展“虎头鞋里的年味”非遗进校园活动的通知_科室通知_祊溪县教育局网",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="education bureau: 适老/读屏 links, an attachment download link beside the 附件 list, the notice's own "
        "联系人/电话/邮箱 beside a technical-support line; 请各单位下载附件 is content; the 发布时间 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展“虎头鞋里的年味”非遗进校园活动的通知_科室通知_祊溪县教育局网</title>
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/fxedu-common.js"></script>
</head><body>
<div class="top">⟦m 祊溪县教育局网⟧ ⟦m 立德树人　办好人民满意的教育⟧ <a>⟦a 适老版⟧</a> <a>⟦a 读屏开关⟧</a></div>
<div class="nav">⟦m <a>首页</a> <a>教育新闻</a> <a>科室通知</a> <a>政务公开</a> <a>教研天地</a> <a>招生考试</a>⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 科室通知 &gt;&gt; 基础教育⟧</div>
<div class="con">
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-11-04 10:12　来源：基础教育股　点击数：<span>1376</span>⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 📎 活动报名表.xlsx（点击下载，36KB）⟧<br>⟦a 📎 授课安排表.docx（点击下载，21KB）⟧</div>
<div class="btns">⟦a 【收藏】【打印】【关闭】⟧</div>
</div>
<div class="foot">
<p>⟦m 主办：祊溪县教育局　地址：祊溪县学府路9号⟧</p>
<p>⟦m 技术支持：霅湖云点网络科技有限公司　服务电话：0735-8800917⟧</p>
<p>⟦m 湘ICP备13021077号-2⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
各中小学、幼儿园：
为传承优秀传统文化，县教育局联合县文化馆，决定于2025年11月至12月在全县中小学开展“虎头鞋里的年味”非遗进校园活动。现将有关事项通知如下：
一、活动内容。邀请虎头鞋制作技艺传承人进校园授课，每校不少于2课时；各校组织学生制作简易虎头鞋挂件，并举办小型展示。
二、报送要求。请各单位下载附件，填写后于11月20日前发送至指定邮箱。
联系人：矸玉婷　电话：0735-8821436　邮箱：fxjyj_djk@fxedu.cn
附件：1.活动报名表
2.授课安排表
祊溪县教育局
2025年11月3日
""",
    ),
    dict(
        slug="edu-nieshui-school-notice-needle-safety-record",
        site="臬水县实验小学网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.nssyxx.edu-net.cn/jwc/2025/0905/1840.html",
        title="关于规范劳动教育课缝纫工具使用管理的通知",
        date="2025-09-05",
        notes="record title as is; school site text with a campus slogan, a school-app prompt glued after a 。 and a "
        "visitor line; numbered list; 成文日期 under the signature (the posting date differs and is also accepted)",
        date_also=["2025-09-06"],
        page="""
!m 臬水县实验小学
!m 学校首页 ▸ 教务之窗 ▸ 通知公告
{T}
!m 作者：教务处　时间：2025-09-06　阅读次数：289
{BODY}
!a 【打印】 【返回上页】
!l 相关链接：劳动教育课程实施方案 ｜ 秋季学期作息时间表
!m 臬水县实验小学 版权所有　校址：臬水县文昌路27号　电话：0736-4410208
""",
        indent="\u3000\u3000",
        body="""
各年级、各班：
本学期起，三至六年级劳动教育课开设“缝沙包”“钉纽扣”等手缝单元。为防止学生在课上被缝衣针扎伤或误将针带出教室，现就有关事项通知如下：
1. 缝衣针由劳动教师统一保管，上课时按人发放，下课前当堂清点收回，数目不符不得下课。
2. 学生一律使用圆头大眼针，不得自带尖头细针。
3. 每个针线包配一个针插，针不用时必须插在针插上，不得含在嘴里或别在衣服上。
4. 教室配备急救箱，如有扎伤及时消毒并告知家长。⟦a 家长请下载“臬小家校通”查看课表⟧
请各班主任于本周班会课向学生强调以上要求。
臬水县实验小学教务处
2025年9月5日
""",
    ),
    dict(
        slug="oa-honghan-minutes-soldering-station-flow-record",
        site="鸿焊电子协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.honghan-elec.local/doc/view.do?id=2025071100338",
        title="装接车间电烙铁更换恒温焊台专题会议纪要",
        record_title="〔督办件〕装接车间电烙铁更换恒温焊台专题会议纪要 - 鸿焊电子协同办公平台",
        date="2025-07-10",
        date_also=["2025-07-11"],
        notes="OA document view: 时间/地点/主持/参会/记录 lines (the 时间 line gives the date), 流转记录, read count, "
        "a 已阅 button; the 拟稿日期 also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔督办件〕装接车间电烙铁更换恒温焊台专题会议纪要 - 鸿焊电子协同办公平台</title>
<link rel="stylesheet" href="/oa/css/docview.css">
<script src="/oa/js/docview.js"></script>
</head><body>
<div class="oa-top">⟦m 鸿焊电子协同办公平台⟧ ⟦m 当前用户：品质部 訾婷⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m <a>待办事项</a> <a>公文管理</a> <a>会议管理</a> <a>知识库</a> <a>通讯录</a>⟧</div>
<div class="oa-crumb">⟦m 公文管理 / 收文 / 会议纪要 / 查看⟧</div>
<div class="doc">
<div class="doc-tag">⟦m 〔督办件〕⟧</div>
<h2>{T}</h2>
<div class="doc-meta">⟦m 拟稿：生产部　拟稿日期：2025-07-11　密级：内部　已阅 46 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btn">⟦a 标为已读并归档⟧ ⟦a 转给同事⟧ ⟦a 另存为PDF⟧</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-07-11 09:14 生产部 闾国栋 签发⟧</p>
<p>⟦m 2025-07-11 09:40 办公室 分送 装接车间、设备科、品质部、采购部⟧</p>
<p>⟦m 2025-07-11 14:02 采购部 已阅⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传，截屏外发将追究责任⟧ ⟦m IT服务台分机 8086⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
时间：2025年7月10日下午3:00
地点：公司三楼第二会议室
主持：生产副总　闾国栋
参会：装接车间、设备科、品质部、采购部负责人
记录：訾婷
会议听取了装接车间关于普通电烙铁使用情况的汇报。上半年车间因烙铁温度不稳导致虚焊、焊盘脱落的返修板共1372块，占返修总量的41%。
会议议定：
一、8月底前将车间128把普通电烙铁全部更换为恒温焊台，由采购部负责询价。
二、设备科每周点检焊台温度，填写点检记录。
三、品质部9月起按月统计焊接不良率并通报。
""",
    ),
    dict(
        slug="oa-gangshan-foundry-bulletin-scald-record-date",
        site="矼山铁艺铸造OA (invented intranet export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://192.168.10.8/oa/gwgl/fw/2025/0620-017",
        title="关于铸造车间一起烫伤事故的通报",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="record title and record date; OA export with its header fields, approval trail and read count",
        page="""
!m 矼山铁艺铸造 · 内部办公系统　【发文】
!m 文件类型：通报　紧急程度：一般　阅读范围：全体员工
{T}
!m 发文部门：安全环保部　签发人：逯建国　已读 213 / 未读 18
{BODY}
!m 审批轨迹：安全环保部 起草 → 分管副总 审核 → 总经理 签发 → 行政部 分发
!a [标记为已读]　[导出]　[打印]
!d 本系统信息仅限公司内部使用
""",
        indent="\u3000\u3000",
        body="""
各车间、部门：
6月18日上午，铸造车间浇注工位在浇注铁壶壶身时，一名员工未按规定穿戴护脚罩，铁水溅出落入鞋内，造成右脚背二度烫伤，已送医治疗，预计休养三周。
经调查，事故直接原因是该员工违章作业，车间班组长现场监督不到位，安全员当班未进行上岗前劳保检查。
经公司研究，决定对当事员工给予书面警告，扣罚班组长当月绩效工资500元，对铸造车间予以通报批评。
各部门要引以为戒，于6月25日前组织一次劳保用品穿戴专项检查。
矼山县铁艺铸造有限公司安全环保部
2025年6月20日
""",
    ),
]
