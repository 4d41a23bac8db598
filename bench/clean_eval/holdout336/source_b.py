"""holdout336, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (each once as HTML, once as text).

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-youba-essay-dispenser-train-list",
        site="柚爸札记 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://youba-zhaji.net/2024/10/12/naifenge-gaotie/",
        title="带娃坐三趟高铁，我靠一个奶粉格撑下来",
        record_title="带娃坐三趟高铁，我靠一个奶粉格撑下来 – 育儿手账 – 柚爸札记",
        date="2024-10-12",
        notes="blog post: the post's 发表于 line is the page's date; a numbered list; a photo placeholder between paragraphs; a tip line glued after the last sentence; tag cloud, archive and comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>带娃坐三趟高铁，我靠一个奶粉格撑下来 – 育儿手账 – 柚爸札记</title>
<link rel="stylesheet" href="/wp-content/themes/lite/style.css"><script src="/wp-includes/js/emoji.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 柚爸札记⟧</p><p class="site-description">⟦m 一个理工男的带娃流水账⟧</p>
<nav>⟦m 首页⟧ ⟦m 育儿手账⟧ ⟦m 好物清单⟧ ⟦m 关于柚爸⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年10月12日 21:40 · 分类：育儿手账 · 阅读 326⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：奶粉格 出行 高铁带娃⟧</footer>
<nav class="post-nav">⟦l « 女儿的第一双学步鞋⟧ ⟦l 秋天的第一罐米粉 »⟧</nav>
<section id="comments"><h3>⟦l 《带娃坐三趟高铁，我靠一个奶粉格撑下来》有 6 条评论⟧</h3>
<p>⟦l 大橙子：第2条太对了，我上次就是没晾干，一路都是奶粉疙瘩⟧</p>
<form>⟦a 发表你的看法（邮箱不会被公开）⟧<button>⟦a 提交评论⟧</button></form></section>
</article></main>
<aside class="widget-area"><h4>⟦l 标签云⟧</h4><p>⟦l 辅食 睡眠 出行 绘本 好物 体检⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年10月 (4)⟧</li><li>⟦l 2024年9月 (7)⟧</li></ul></aside>
<footer class="site-footer">⟦m © 2024 柚爸札记 · 自豪地使用开源博客程序⟧</footer>
</body></html>
""",
        body="""
国庆带女儿回老家，单程要换三趟高铁，前后七个多小时。出发前我最发愁的，就是路上怎么冲奶。
以前出门，我们都是把整罐奶粉塞进包里，每次冲奶都要在摇晃的车厢里一勺一勺地数，洒得满桌都是。这次我提前买了一个三层的奶粉格，在家就按每顿的量分好。路上总结了几点经验：
⟦m [图片：装好三顿奶粉的奶粉格]⟧
1. 每一格只装一顿的量，格子上贴好标签，夜里也不会冲错。
2. 奶粉格要提前洗净晾干，有一点水汽奶粉就会结块。
3. 温水装在保温壶里，先倒水后倒粉，出粉口对准奶瓶就不会洒。
4. 用完的格子当天清洗，别把剩下的奶粉留到第二天。
到家后我算了算，一路冲了五次奶，一次也没洒。一个三十来块钱的小盒子，让一个新手爸爸少了不少狼狈。⟦a 觉得有用就转给带娃出门的朋友吧⟧
""",
    ),
    dict(
        slug="blog-lanlan-essay-helmet-wrapped-70",
        site="岚岚的小屋 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://lanlanxiaowu.blog.example.cn/post/3312",
        title="学步那年的小头盔",
        record_title="学步那年的小头盔 · 慢慢长大（随笔）- 岚岚的小屋",
        date=None,
        notes="personal blog essay hard-wrapped at 70 columns; only a relative time (2 天前): no date; a past-post link on a line of its own between paragraphs; a like prompt glued after the last sentence",
        page="""
!m 岚岚的小屋 —— 把日子过成喜欢的样子
!m 首页 | 随笔 | 相册 | 留言板
!t 学步那年的小头盔 · 慢慢长大（随笔）
!m 2 天前　分类：慢慢长大　浏览：88　评论：3
{BODY}
!l 标签：学步　防撞头盔　育儿随笔
!l 上一篇：给女儿剪的第一次头发
!l 下一篇：周末去湿地公园看白鹭
!l 评论（3）　蒲公英妈妈：看哭了，我家也磕过一个大包
!m 本博客文字均为原创　转载请先留言
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
女儿十一个月开始扶着沙发走，摔跤成了家常便饭。有一次她松手往前扑，额头磕在茶几角上，起了一个紫红的大包，我抱着她哭了半天，比她哭得还凶。
第二天我就下单了一顶防撞头盔。头盔是软海绵做的，前面有两只小兔耳朵，后面一个大圆垫子，专门护着后脑勺。刚戴上时她很抗拒，一个劲地往下扯，我就自己先戴着在她面前走来走去，她咯咯地笑，后来也就乖乖戴上了。
⟦l ——往期回顾：女儿第一次自己吃饭——⟧
那顶头盔陪她走过了学步最难的两个月。后来她走稳了，头盔被收进了柜子里，现在还在。
回头看，头盔确实帮了忙，可更管用的是我们后来把茶几搬走了，桌角都贴了防撞条。再好的头盔，也代替不了大人的眼睛。⟦a （喜欢就点个小红心吧）⟧
""",
    ),
    dict(
        slug="wechat-weidu-article-sleepsack-h1-title",
        site="微读馆 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weiduguan.com/a/yc-fybjy/20241105-01.html",
        title="秋冬给宝宝选防踢被，记住这四点",
        record_title=None,
        date="2024-11-05",
        notes="no record title: the mirror's <h1>; the account line's time is the page's date; a follow prompt glued before the first words; 阅读原文/在看/赞赏 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微读馆 - 公号好文随时读</title>
<meta name="viewport" content="width=device-width"><script src="/js/lazyload.js"></script></head>
<body>
<div class="mirror-top">⟦m 微读馆 · 公号好文随时读⟧ <a href="/">⟦m 馆藏首页⟧</a> <a href="/hot">⟦m 本周热读⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta"><span class="original">⟦m 原创⟧</span> ⟦m 屹川县妇幼保健院　2024-11-05 08:00　江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按下方二维码，把专业育儿知识装进口袋⟧</div>
<div class="tool">⟦a 阅读原文⟧ ⟦a 分享⟧ ⟦a 在看 17⟧ ⟦a 赞 42⟧</div>
<div class="reward">⟦a 喜欢作者，请作者喝杯奶茶⟧</div>
</div>
<div class="mirror-note">⟦d 本页由微读馆自动存档自公开公号文章，著作权归原公号所有⟧</div>
<div class="mirror-rel"><h4>⟦l 该公号的其他文章⟧</h4><p>⟦l 宝宝出牙期的五个信号⟧</p><p>⟦l 冬季婴幼儿居家防烫伤指南⟧</p></div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75;">{}</p></section>',
        body="""
⟦a 轻点上方“屹川县妇幼保健院”加个关注⟧天气一天天转凉，不少家长来门诊咨询：孩子晚上总踢被子，要不要用防踢被？用哪种好？今天，儿童保健科的医生给大家讲一讲。
一、看厚度。防踢被的厚度要和室温匹配。室温在18至20度时，选填充薄一些的就够了；有暖气的北方家庭，用夹层的即可。
二、看尺码。领口、袖口过大，孩子容易缩进被子里；过小又勒得难受，以能伸进两根手指为宜。
三、看材质。贴身一层最好选纯棉，填充物要蓬松透气，买回来先洗一遍再用。
四、看孩子。摸摸孩子的后颈，温热干爽说明合适；如果潮湿出汗，就要减薄。
特别提醒，1岁以内的婴儿睡觉时，床上不要放枕头、毛绒玩具和厚被子，防踢被也不能代替大人的看护。
""",
    ),
    dict(
        slug="wechat-xinyuan-article-highchair-follow-glued",
        site="公号存阅 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="社区提示",
        kind="notice",
        form="text",
        source="http://cunyue.example.net/mp/xinyuan-shequ/2025032101",
        title="宝宝坐餐椅，这五件事要做到",
        record_title="宝宝坐餐椅，这五件事要做到 ｜ 欣苑社区之家（镜像存档）",
        date="2025-03-21",
        notes="WeChat mirror as text: the account line's date is the page's date; a follow prompt glued before the first words; a numbered list; a 在看 row and the mirror's note below",
        page="""
!m 公号存阅 — 好文章不怕删
{T}
!m 欣苑社区之家　2025-03-21 17:45
{BODY}
!a 阅读原文　　分享　　在看
!a 扫一扫，关注欣苑社区之家
!d 存阅页面由程序自动抓取，仅用于留存备查，如原作者要求删除请来信
!l 同公号近期文章：欣苑社区春季义诊安排｜楼道杂物清理通知
""",
        body="""
⟦a 关注“欣苑社区之家”，社区大事小情早知道⟧最近，社区卫生服务站接诊了两起幼儿从餐椅上摔下来的情况，所幸都没有大碍。社区妇联的志愿者整理了五条提醒，请家里有小宝宝的居民收好：
1.每次坐餐椅都要扣好安全带，特别是裆部那一条。
2.餐椅要放在平整的地面上，远离桌子边和墙壁，防止孩子蹬踏借力。
3.折叠餐椅打开后，要确认锁扣卡到位再让孩子坐。
4.孩子坐在餐椅上时，大人不要走开去接电话、拿东西。
5.餐椅托盘、卡扣松动时要及时维修或更换。
社区近期开展“安全小家”入户活动，需要帮忙检查餐椅的家庭，可以到社区服务大厅登记。
""",
    ),
    dict(
        slug="docshare-jianye-request-highchair-docx",
        site="捡页文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.jianyedoc.com/d/2025/0829/5517302.html",
        title="浩塘镇中心幼儿园关于购置托班儿童餐椅的请示",
        record_title="浩塘镇中心幼儿园关于购置托班儿童餐椅的请示.docx",
        date="2025-08-25",
        notes="sharing page: file-name record title, an upload notice, a points lock and a service WeChat beside the request's own 联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>浩塘镇中心幼儿园关于购置托班儿童餐椅的请示.docx - 捡页文档网</title>
<script>var docid=5517302;</script></head><body>
<div class="hd">⟦m 捡页文档网⟧ <span>⟦m 捡起每一页有用的文档⟧</span> <a>⟦a 上传赚捡页币⟧</a></div>
<div class="bread">⟦m 捡页文档 ＞ 教育文档 ＞ 公文请示⟧</div>
<div class="docbox"><h2>⟦t 浩塘镇中心幼儿园关于购置托班儿童餐椅的请示.docx⟧</h2>
<p class="info">⟦m 分享者：园务小董　文件大小：21KB　格式：docx　下载：37次⟧</p>
<p class="warn">⟦d 该文件由分享者上传，捡页文档网不对内容的准确性负责；发现侵权请走举报通道⟧</p>
<div class="txt">
{BODY}
</div>
<div class="lock">⟦a 下载原文件需3捡页币，新用户首单免费⟧</div>
<div class="kf">⟦w 找不到想要的文档？添加客服微信 jianye_kf01 帮你找⟧</div></div>
<div class="list"><h4>⟦l 这些请示你可能也需要⟧</h4><p>⟦l 关于增设幼儿园午休床的请示.docx⟧</p><p>⟦l 关于申请托班保育员编制的请示.doc⟧</p></div>
<div class="ft">⟦m 捡页文档网 jianyedoc.com　皖ICP备21008863号-2⟧</div>
</body></html>
""",
        body="""
沽岭县教育体育局：
我园今年秋季新开设托班2个，招收2至3岁幼儿40名。托班幼儿年龄小，现有的小椅子没有护栏和安全带，进餐时幼儿容易滑落，存在安全隐患。
为保障托班幼儿进餐安全，我园拟购置带安全带、可调节高度的儿童餐椅42把（含备用2把），按市场询价每把约260元，共需资金约10920元，拟从我园公用经费中列支。
妥否，请批示。
联系人：董佳怡　联系电话：0793-5268112
沽岭县浩塘镇中心幼儿园
2025年8月25日
""",
    ),
    dict(
        slug="docshare-xiangyue-pledge-helmet-upload-notice",
        site="享阅文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://xiangyuedoc.cn/doc/7788120.html",
        title="学步宝宝居家安全防护倡议书",
        record_title="学步宝宝居家安全防护倡议书（可编辑版）_享阅文档",
        date="2025-04-30",
        notes="sharing page as text: upload notice and points prompt; a sentence asking readers to share the pledge stays; a rating row between paragraphs; 成文日期 under the signature",
        page="""
!m 享阅文档 · 分享让阅读更轻松
!t 学步宝宝居家安全防护倡议书（可编辑版）
!m 贡献者：阿岚的小号　上传于：2025-05-06　格式：DOC　2页
!d 该资料由享阅用户自主上传，享阅文档仅提供在线预览，著作权归上传者所有
{BODY}
!a 本文档需5享阅积分下载，签到每天送2积分
!l 相关倡议书：文明养犬倡议书｜家庭防火安全倡议书｜节约用水倡议书
!m 享阅文档 xiangyuedoc.cn　鲁ICP备19046612号
""",
        gap=True,
        body="""
各位家长朋友：
1岁到2岁是孩子学走路的关键时期，也是磕碰跌落的高发期。为守护学步宝宝的安全，弥江市妇女联合会向全市家长发出如下倡议：
一、做好居家环境改造。给桌角、床角贴上防撞条，楼梯口和阳台装好护栏，地面保持干燥整洁。
二、科学使用防护用品。防撞头盔、护膝等可以作为辅助，但要选购有中文标识和检验报告的产品，系带松紧以能伸进一指为宜。
⟦l 文档评分：★★★★☆（31人评）⟧
三、做到看护不离眼。再好的防护用品也不能代替大人的看护，孩子活动时，身边要始终有人。
四、学会应急处置。家长要掌握跌落后的观察要点，孩子出现呕吐、精神差等情况要及时就医。
欢迎大家把这份倡议分享给身边的家长，让更多宝宝平安长大。
弥江市妇女联合会
2025年4月30日
""",
    ),
    dict(
        slug="edu-yichuan-notice-sleepsack-contact-attachment",
        site="屹川教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yichuan.gov.cn/tzgg/2025/1201/6641.html",
        title="关于做好托幼机构冬季午睡保暖与安全工作的通知",
        record_title="关于做好托幼机构冬季午睡保暖与安全工作的通知_通知通告_屹川教育信息网",
        date="2025-11-28",
        date_also=["2025-12-01"],
        notes="education bureau portal with 适老版/读屏 links; the notice's own 联系人/电话/邮箱 beside the site's technical line; 附件 line beside an attachment download link; a 下载附件 sentence stays; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好托幼机构冬季午睡保暖与安全工作的通知_通知通告_屹川教育信息网</title>
<script src="/js/elder-mode.js"></script></head>
<body>
<div class="top">⟦a 适老版⟧ ⟦a 读屏⟧ ⟦a 简/繁⟧ <span>⟦m 今天是：<span id="today"></span>⟧</span></div>
<div class="banner">⟦m 屹川教育信息网　屹川县教育体育局主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知通告⟧ ⟦m 学前天地⟧ ⟦m 政策文件⟧ ⟦m 办事指南⟧</div>
<div class="position">⟦m 当前：首页 » 通知通告⟧</div>
<div class="article"><h2>{T}</h2>
<p class="source">⟦m 发布时间：2025-12-01　作者：学前教育股　点击量：1126⟧</p>
<div class="content">
{BODY}
</div>
<p class="attach">⟦a 📎 托幼机构冬季午睡安全自查表.docx（点此下载）⟧</p>
<p class="tool">⟦a 【打印正文】【关闭本页】⟧</p></div>
<div class="same"><h4>⟦l 同栏目信息⟧</h4><p>⟦l 关于开展2025年秋季学期幼儿园保教质量督导的通知⟧</p><p>⟦l 屹川县托育机构从业人员培训报名通知⟧</p></div>
<div class="foot">⟦m 技术支持：屹川县教育信息中心　电话：0795-3310999⟧<br>⟦m 赣ICP备10006729号-3⟧</div>
</body></html>
""",
        body="""
各乡镇中心幼儿园，县直幼儿园，各托育机构：
入冬以来，我县气温明显下降。为做好幼儿冬季午睡保暖和安全工作，现将有关事项通知如下：
一、科学保暖。午睡室温度保持在18℃至22℃，小月龄幼儿可使用合身的防踢被，不得使用电热毯，不得给幼儿盖过厚的棉被。
二、加强巡视。午睡期间保育人员不得离岗，每15分钟巡视一次，重点查看幼儿口鼻有无被遮挡。
三、开展自查。请各园（所）下载附件中的自查表，于12月10日前完成自查，并将盖章扫描件发送至学前教育股邮箱。
联系人：尹晓红，电话：0795-3317026，邮箱：ycxqjy@163.com。
附件：托幼机构冬季午睡安全自查表
屹川县教育体育局
2025年11月28日
""",
    ),
    dict(
        slug="edu-mohe-kindergarten-notice-teether-record",
        site="屹川县沫河镇中心幼儿园网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://mhzxy.yichuan.edu.cn/news/2025/0909/318.html",
        title="关于托班幼儿自带牙胶入园的温馨提示",
        date="2025-09-08",
        date_also=["2025-09-09"],
        notes="record title as is; a kindergarten's notice to parents with a numbered list; the site's posting line differs from the date under the signature",
        page="""
!m 沫河镇中心幼儿园 · 让每一颗种子慢慢发芽
!m 首页 > 家园共育 > 通知
{T}
!m 发稿：托班组　发布时间：2025-09-09　阅读：214
!a [放大字体] [缩小字体] [打印此页]
{BODY}
!l 上一条：2025年秋季学期开学温馨提示
!l 下一条：托班一日作息时间安排
!m 园址：屹川县沫河镇学前路6号　园办电话：0795-3381526
!m 版权所有 © 屹川县沫河镇中心幼儿园
""",
        indent="\u3000\u3000",
        body="""
亲爱的托班家长们：
近期，托班不少宝宝正处在出牙期，爱咬东西、流口水。为了让宝宝在园里舒服一些，也为了卫生安全，现就自带牙胶入园的事项提示如下：
1. 牙胶请选择整体式硅胶牙胶，不要带带水牙胶、带小零件或挂绳的牙胶。
2. 牙胶请装在写有宝宝名字的独立收纳盒里，每天由家长带回清洗。
3. 请不要把牙胶挂在宝宝脖子上，以免发生缠绕。
4. 老师会在餐前、午睡前收起牙胶，宝宝需要时再发给他。
感谢家长们的理解和配合！
沫河镇中心幼儿园托班组
2025年9月8日
""",
    ),
    dict(
        slug="oa-ruihe-minutes-teether-circulation",
        site="睿和母婴用品有限公司协同办公系统 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.ruihe-baby.local/doc/view?id=20251015-0088",
        title="第三季度牙胶产品质量分析会会议纪要",
        record_title="会议存档丨第三季度牙胶产品质量分析会会议纪要（内部资料）- 睿和OA",
        date="2025-10-14",
        notes="intranet document view: the minutes' 时间/地点/主持/参会/记录 lines stay and the 时间 line gives the date; 流转记录, read count and an acknowledge button",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>会议存档丨第三季度牙胶产品质量分析会会议纪要（内部资料）- 睿和OA</title>
<script src="/oa/js/app.js"></script></head><body>
<div class="oa-top">⟦m 睿和OA⟧ ⟦m 欢迎您，质量部 邵雨晴⟧ <a>⟦a 切换账号⟧</a> <a>⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 制度汇编⟧ ⟦m 通讯录⟧</div>
<div class="oa-doc">
<div class="doc-tit">{T}</div>
<div class="doc-meta">⟦m 拟稿：质量部　密级：内部　阅读次数：56⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btns">⟦a 我已阅知⟧ ⟦a 转发他人⟧ ⟦a 转存成PDF⟧</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 邵雨晴 拟稿 2025-10-15 09:12⟧</td></tr>
<tr><td>⟦m 鲍振宇 审核通过 2025-10-15 10:40⟧</td></tr>
<tr><td>⟦m 综合办 分发至各部门 2025-10-15 14:03⟧</td></tr></table>
</div>
<div class="oa-foot">⟦m 睿和母婴 信息部维护　IT服务分机 8010⟧</div>
</body></html>
""",
        body="""
时间：2025年10月14日下午2:30
地点：公司二楼质量部会议室
主持：鲍振宇（质量总监）
参会：生产部、采购部、研发中心、质量部负责人及相关人员
记录：邵雨晴
会议听取了质量部关于第三季度牙胶产品质量情况的汇报。第三季度共生产牙胶类产品41.6万件，出厂检验合格率99.2%，客户投诉的硅胶异味问题涉及2个批次。
会议认为，异味主要与二次硫化时间不足有关。会议决定：
一、生产部自10月20日起将二次硫化时间由4小时调整为6小时，质量部每批抽样做气味评定。
二、采购部对硅胶原料供应商开展一次现场审核，11月底前提交审核报告。
三、研发中心评估带水牙胶外壳加厚方案，下次例会汇报。
""",
    ),
    dict(
        slug="intranet-hengwen-rules-highchair-articles",
        site="恒稳家居内网 (invented)",
        style="企业内网",
        genre="规程",
        kind="regulation",
        form="text",
        source="http://intra.hengwen-home.local/zhidu/QW-ZL-0317",
        title="餐椅总装车间安全带扭力检验规程",
        date=None,
        notes="record title as is; a rule with 第N条 articles speaking of 扫码 and 打印 as content; file number and revision as meta; no date (effective on publication)",
        page="""
!m 恒稳家居内网 · 制度文件库
!m 位置：制度文件库 / 质量管理 / 作业规程
{T}
!m 文件编号：QW-ZL-0317　版本：A/2　归口：质量部
!m 已读 132 人　未读 17 人
{BODY}
!a 〔下载PDF〕〔打印〕〔加入我的收藏〕
!l 相关制度：成品出厂检验管理办法｜不合格品控制程序
!m 内网问题请拨IT服务台 8866
""",
        body="""
第一条　为规范儿童餐椅安全带扭力检验，确保出厂产品安全带连接牢固，制定本规程。
第二条　本规程适用于总装车间生产的全部型号儿童餐椅。
第三条　检验员每班开工前应校准扭力计，校准结果记入《量具点检记录》，扭力计超出允差的不得使用。
第四条　每台餐椅的安全带固定点应逐台检验，施加150牛拉力并保持10秒，固定点不得松动、撕裂。
第五条　检验合格的餐椅由检验员在系统中扫码确认，打印合格标签贴于椅背内侧。
第六条　检验不合格的餐椅应挂红牌隔离，由班组长组织返工，返工后重新检验。
第七条　本规程由质量部负责解释，自发布之日起执行。
""",
    ),
]
