"""holdout379, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Invented text; every site, place, person, phone and URL is made up. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="blog-zhumie-lantern-for-daughter-typecho",
        site="竹篾与纸 (invented personal blog, Typecho-like)",
        style="博客",
        genre="博客",
        kind="other",
        form="html",
        source="https://zhumieyuzhi.blog/archives/217/",
        title="给女儿扎一盏走马灯",
        record_title="给女儿扎一盏走马灯 ┊ 竹篾与纸",
        date="2025-02-09",
        notes="Typecho-like blog: calendar, tag cloud, archive, comment form; the post's time line as the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>给女儿扎一盏走马灯 ┊ 竹篾与纸</title>
<link rel="alternate" type="application/rss+xml" href="https://zhumieyuzhi.blog/feed/">
<link rel="stylesheet" href="https://zhumieyuzhi.blog/usr/themes/bamboo/style.css">
</head><body>
<header id="header"><a class="site-name" href="/">⟦m 竹篾与纸⟧</a>
<p class="description">⟦m 一个父亲的周末手工簿⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 手工⟧</a> <a>⟦m 读书⟧</a> <a>⟦m 关于我⟧</a></nav></header>
<div id="main"><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：阿篾⟧</li><li>⟦m 时间：2025年2月9日 22:14⟧</li><li>⟦m 分类：手工⟧</li><li>⟦m 4 条评论⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：元宵、纸扎、亲子⟧</p>
<p class="license">⟦d 本文采用 CC BY-NC 4.0 许可，转载请保留原文链接与署名⟧</p>
</article>
<ul class="post-near"><li>⟦l 较早的一篇：用易拉罐做一个小风车⟧</li><li>⟦l 较新的一篇：女儿的第一本剪纸册⟧</li></ul>
<div id="comments"><h3>⟦l 已有 4 条评论⟧</h3>
<p>⟦l 小夏：兔子追胡萝卜，太可爱了⟧</p>
<p>⟦l 老周在熳川：叶轮角度那段说得明白，我也试试⟧</p>
<form>⟦a 称呼 · 邮箱 · 网站 · 提交评论⟧</form></div></div>
<aside id="secondary">
<section><h3>⟦l 二〇二五年二月⟧</h3><table class="calendar"><tr><td>⟦l 日 一 二 三 四 五 六⟧</td></tr></table></section>
<section><h3>⟦l 标签云⟧</h3><p>⟦l 纸扎 · 竹编 · 木工 · 亲子 · 读书笔记⟧</p></section>
<section><h3>⟦l 归档⟧</h3><p>⟦l 2025 年 2 月 (3)　2025 年 1 月 (5)　2024 年 12 月 (2)⟧</p></section>
</aside>
<footer>⟦m © 2025 竹篾与纸 · 由 Typecho 强力驱动⟧</footer>
</body></html>
""",
        body="""
元宵节前，女儿从幼儿园回来，说老师讲了走马灯，问我会不会做。我小时候在熳川外婆家见过，想了想，决定陪她试一试。
骨架用的是六根细竹篾，底座剪了一个易拉罐做托盘，中间立一根铁丝当轴。最难的是顶上的叶轮，纸片剪成八瓣，每一瓣都要斜着折出同样的角度，热气往上走，叶轮才转得起来。
⟦d 文中照片均为博主自摄，未经允许请勿搬运⟧
女儿负责画剪影，她画了一只兔子追一根胡萝卜，说这样兔子永远追不上。我们把剪影贴在内层的圆筒上，外面再蒙一层宣纸。
点上蜡烛的那一刻，兔子真的跑起来了。她趴在桌边看了足足半个小时，最后说：“爸爸，明年我们做一匹会跑的小马。”
其实这盏灯做得很粗糙，转两圈就会卡一下。但我想，她记住的应该不是灯，而是那个晚上。
""",
    ),
    dict(
        slug="blog-xiantou-grandma-dudou-wrapped-58",
        site="线头札记 (invented personal blog, text page)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://xiantouzhaji.net/post/2025/grandma-dudou",
        title="外婆的红肚兜",
        record_title="外婆的红肚兜 —— 线头札记 · 生活随笔",
        date=None,
        notes="hard-wrapped at 58 columns; no date (only a relative update time); blog chrome above and below",
        page="""
!m 线头札记
!m 缝缝补补的日子 / 随笔 / 旧物
{T}
!m 阿针 · 更新于 2 天前 · 阅读 318
!a 字号 A+ A- │ 夜间模式
{BODY}
!l ← 上一篇：母亲的顶针　　下一篇：一床百家被 →
!l 读者留言（6）：写得真好，我外婆也给我缝过 / 鲤鱼绣得好精致 / 看哭了
!d 文字为博主原创，图片请勿盗用，转载前请先留言。
!m 线头札记 · 始于2016
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
整理旧衣柜的时候，我在樟木箱底翻出一件红肚兜，布已经褪成了淡淡的橘色，上面绣着一条胖鲤鱼和几朵莲花。母亲说，这是外婆在我满月时亲手缝的。
外婆是倩溪佼田人，年轻时跟着村里的老绣娘学过打籽绣。她绣鲤鱼的鳞片，每一片都用几十个小疙瘩堆出来，摸上去像一粒粒小米。
小时候夏天热，外婆总让我光着膀子只穿肚兜，说肚脐眼不能着凉。我嫌它土，一出门就偷偷脱下来塞进裤兜，回家再穿上，以为外婆不知道。
后来才听母亲说，外婆每次都看见了，只是笑笑，从来不说破。
现在孩子们都穿纯棉的连体衣，肚兜早就不用了。我把它洗干净，装进一个玻璃相框，挂在了女儿的房间里。
""",
    ),
    dict(
        slug="wechat-mirror-bugle-donation-h1-follow-prompt",
        site="公号备份馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://gonghaobeifen.com/a/biaoling-tyjr/20250801-3",
        title="老号手把珍藏四十年的军号捐给县烈士纪念馆",
        record_title=None,
        date="2025-08-01",
        notes="WeChat mirror: no record title (found in the <h1>); 原创 tag, a follow prompt before the first words, "
        "在看/阅读原文/赞赏 rows, QR line, the mirror's archive note; the account line's date as the date; "
        "a phone number of the memorial hall in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>公号备份馆</title>
<meta name="description" content="公众号文章备份与检索">
<script src="/assets/mirror.js"></script>
</head><body>
<div class="mirror-head">⟦m 公号备份馆⟧ <a>⟦m 热门公众号⟧</a> <a>⟦m 分类检索⟧</a> <a>⟦a 提交收录⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 彪岭退役军人⟧</span> <span>⟦m 2025-08-01 18:30⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<p>⟦a 长按识别下方二维码，了解更多退役军人服务信息⟧</p>
<div class="tool-row">⟦a 阅读原文⟧　⟦l 阅读 3921⟧　⟦l 在看 187⟧　⟦a 喜欢作者⟧</div>
<div class="reward">⟦a 赞赏支持 · 已有 12 人赞赏⟧</div>
</div>
<div class="mirror-note">⟦d 本页由公号备份馆自动抓取存档，版权归原公众号所有，如需删除请联系 del@gonghaobeifen.com⟧</div>
<div class="more"><h4>⟦l 该公众号其他文章⟧</h4>
<p>⟦l 退役军人优待证申领常见问题解答⟧</p><p>⟦l 彪岭县“八一”慰问活动启动⟧</p></div>
<footer>⟦m 公号备份馆 gonghaobeifen.com　京ICP备22041307号⟧</footer>
</body></html>
""",
        p_html='<section style="margin-bottom:12px;"><span style="font-size:16px;">{}</span></section>',
        body="""
⟦a 点击上方蓝字，关注彪岭退役军人⟧7月30日上午，八十一岁的老兵辛振坚拄着拐杖来到县烈士纪念馆，把一支珍藏了四十多年的铜军号郑重交到讲解员手中。
这支军号跟着辛老走过了在部队的十一年。1979年退伍时，连队特批他带回了这支号嘴磕坏的旧号。回到仲坪镇后，他每年八一都会擦一遍，挂在堂屋正中。
“我年纪大了，放在家里怕以后没人懂它。”辛老说，捐给纪念馆，能让更多孩子知道军号是怎么回事。
纪念馆负责人介绍，这支军号将在“铜号记忆”展区展出，并附上辛老口述的从军经历。馆方也欢迎广大退役军人捐赠有故事的老物件，联系电话0571-6652 8810。
""",
    ),
    dict(
        slug="wechat-mirror-surf-pledge-star-prompt-text",
        site="推文镜像馆 (invented WeChat mirror, text page)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://tuiwenjingxiang.cn/xietu-surf/2025062001",
        title="关于文明冲浪、守护逢潮湾的倡议书",
        record_title="关于文明冲浪、守护逢潮湾的倡议书｜偕涂冲浪运动协会（推文转存）",
        date="2025-06-18",
        date_also=["2025-06-20"],
        notes="WeChat mirror as text: a star prompt glued before the addressee line; 成文日期 expected, the "
        "account date also accepted; association's name in the signature only",
        page="""
!m 推文镜像馆 · 转存好推文
{T}
!m 偕涂冲浪运动协会　2025年6月20日 07:45
!m 转存自公众号　原文共 1012 字　预计阅读 3 分钟
{BODY}
!a 觉得有用就点个“在看”，让更多浪友看到
!l ▍往期回顾：逢潮湾夏季浪况周报第3期｜救生员培训班报名开启
!d 本页为公众号文章转存，仅作存档，图片与视频未保留。
!m 推文镜像馆 tuiwenjingxiang.cn
""",
        body="""
⟦a 戳上方名片，设为星标，第一时间收到协会消息⟧广大冲浪爱好者、冲浪俱乐部和板具租赁经营者：
夏季浪季已经到来，逢潮湾每天有上千人下水。为了让大家玩得安全、玩得文明，偕涂县冲浪运动协会向全体冲浪爱好者发出如下倡议：
一、守规矩。遵守“先到先得、内侧优先”的排浪规则，不抢浪、不横穿他人冲浪路线。
二、保安全。下水前查看浪况和潮汐，冲浪板必须系好脚绳；新手请在教练陪同下到划定的初学区练习。
三、护海滩。自带垃圾袋，不在沙滩丢弃破损的冲浪板、蜡块包装和饮料瓶。
四、互帮助。发现有人遇险，第一时间呼叫救生员，并在确保自身安全的前提下施以援手。
浪有高低，人心向善。让我们一起守护这片海湾。
偕涂县冲浪运动协会
2025年6月18日
""",
    ),
    dict(
        slug="docshare-gongxiang-request-bubble-installation-doc",
        site="共享文档圈 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.gongxiangwendang.com/doc/7720391586.html",
        title="关于在儿童公园增设互动泡泡机装置的请示",
        record_title="关于在儿童公园增设互动泡泡机装置的请示.doc",
        date="2025-04-02",
        notes="file name as record title; file-info box, points lock, service WeChat; the request's own contact "
        "line in the body; a 12345 mention inside a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于在儿童公园增设互动泡泡机装置的请示.doc-共享文档圈</title>
<link rel="stylesheet" href="/css/doc-view.css">
</head><body>
<div class="hd">⟦m 共享文档圈 · 好文档一起用⟧ <a>⟦a 我要上传⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="crumb">⟦m 共享文档圈 / 行政公文 / 请示报告⟧</div>
<div class="doc-wrap">
<div class="file-info"><h1>{T}</h1>
<table><tr><td>⟦m 格式：doc⟧</td><td>⟦m 体积：38KB⟧</td><td>⟦m 页数：2⟧</td></tr>
<tr><td>⟦m 分享者：公园小管家⟧</td><td>⟦m 分享时间：2025-04-29⟧</td><td>⟦m 下载：64次⟧</td></tr></table>
<p class="stars">⟦l 文档评分 ★★★★☆ 4.3（19人评）⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 签到满7天可解锁高清原稿，当前已签到 2 天⟧</div>
<div class="btns"><a>⟦a 下载此文档（需15积分）⟧</a> <a>⟦a 加入文集⟧</a></div>
<p class="notice">⟦d 文档为用户自行分享，本站不对其真实性负责；若涉及隐私或版权问题，请发邮件至 jubao@gongxiangwendang.com⟧</p>
</div>
<div class="kefu">⟦w 找不到想要的文档？添加客服微信 gxwd_kefu08 代为查找⟧</div>
<aside><h3>⟦l 猜你需要⟧</h3><p>⟦l 关于购置公园游乐设施的请示（范例）⟧</p><p>⟦l 城市公园服务提升工作方案⟧</p></aside>
<footer>⟦m 共享文档圈 © 2025　粤ICP备21077402号⟧</footer>
</body></html>
""",
        body="""
莫湖区城市管理局：
区儿童公园自2019年开放以来，日均接待游客约三千人次。今年以来，不少家长通过12345热线和园内意见箱建议增加适合低龄儿童的互动设施。经调研，我处拟在中心草坪和亲水平台各增设一组大型互动泡泡机装置。
一、装置情况
每组装置由感应出泡机、循环储液箱和排水地垫组成，儿童挥手即可触发出泡，单组预算约4.8万元，两组合计9.6万元。
二、安全措施
装置选用食品级原料调配的泡泡液，出泡口高度不低于1.8米；地面铺设排水防滑垫，安排专人每日巡查。
三、资金来源
拟从今年公园维护经费中列支，不申请新增预算。
妥否，请批示。
联系人：蒋昔言，电话：0754-8826 3015
莫湖区儿童公园管理处
2025年4月2日
""",
    ),
    dict(
        slug="docshare-huzhu-host-script-lantern-lone-markers",
        site="文档互助网 (invented document-sharing site, text page)",
        style="文档分享",
        genre="主持词",
        kind="other",
        form="text",
        source="http://www.wendanghuzhu.com/view/3318406.html",
        title="熳川县元宵走马灯会开幕式主持词",
        record_title="熳川县元宵走马灯会开幕式主持词〔完整串词·可编辑〕",
        date=None,
        notes="page markers ⥒第n页⥓ on lines of their own cutting sentences; no date in the host script; "
        "upload notice and member prompts",
        page="""
!m 文档互助网 — 你传我用，互助共享
!m 位置：文档互助网 › 主持串词 › 节庆活动
!t 熳川县元宵走马灯会开幕式主持词〔完整串词·可编辑〕
!m 贡献者：灯影阑珊　｜　已被下载 211 次　｜　上传于 2024-12-30
!a ◆ 开通互助会员，全站文档不限次下载
{T}
{BODY}
!a 全文已展示完毕。下载源文件请点击右侧“获取文档”，会员免费
!l 相似文档：元宵灯会开幕式致辞 ｜ 社区猜灯谜活动主持词 ｜ 非遗展演晚会串词
!d 本文档由网友上传，仅供学习交流，版权归原作者所有；如有侵权请联系平台删除。
""",
        pages=dict(fmt="⥒第{n}页⥓", every=110, start=2, glue=False),
        body="""
尊敬的各位领导、各位来宾，亲爱的乡亲们：
大家晚上好！灯火映古街，人马绕灯转。欢迎大家来到熳川县元宵走马灯会开幕式现场。
走马灯是我们熳川人过元宵的老规矩。从明代起，县城和丈口一带就有“正月十五看马灯”的习俗。今晚，老街两旁挂起了三百二十盏走马灯，其中八十盏是传习所学员今年新扎的作品。
首先，请允许我介绍出席今天开幕式的领导和嘉宾……（介绍略）
下面，请县委常委、宣传部部长致辞，大家掌声欢迎。
感谢领导的讲话。接下来，请欣赏丈口镇中心小学学生带来的表演《小小走马灯》。
现在，我宣布，熳川县元宵走马灯会正式开幕！请大家有序观灯，注意安全，祝大家元宵快乐、阖家团圆！
""",
    ),
    dict(
        slug="edu-mohu-notice-bubble-safety-attachments",
        site="炫埠市莫湖区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.mohu.xuanbu.gov.cn/tzgg/2025/0509/5127.html",
        title="关于开展校园泡泡机及泡泡液安全排查的通知",
        record_title="关于开展校园泡泡机及泡泡液安全排查的通知·莫湖教育·校园安全栏",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="education portal with 读屏/关怀 links, attachment download links beside the 附件 list, the notice's "
        "contact and mailbox beside a technical-support line; 成文日期 expected, posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展校园泡泡机及泡泡液安全排查的通知·莫湖教育·校园安全栏</title>
<link rel="stylesheet" href="/skin/mhjy/index.css">
</head><body>
<div class="top">⟦m 欢迎访问炫埠市莫湖区教育信息网⟧ <a>⟦a 切换读屏模式⟧</a> <a>⟦a 关怀模式⟧</a> <a>⟦a 邮箱登录⟧</a></div>
<div class="logo">⟦m 莫湖教育　立德树人 · 向美而行⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 安全教育⟧</li></ul>
<div class="pos">⟦m 位置：首页 &gt; 通知公告⟧</div>
<div class="show">
<h2>{T}</h2>
<div class="info">⟦m 来源：区教育局安全科　发布日期：2025-05-09　浏览量：1542⟧</div>
<div class="content">
{BODY}
</div>
<ul class="attach"><li><a href="/uploads/2025/05/dengjibiao.docx">⟦a ▣ 附件1 下载（docx，24KB）⟧</a></li>
<li><a href="/uploads/2025/05/tishi.pdf">⟦a ▣ 附件2 下载（pdf，310KB）⟧</a></li></ul>
<p class="scan">⟦a 手机扫一扫，通知随身看⟧</p>
</div>
<div class="links"><h4>⟦l 最新通知⟧</h4><p>⟦l 关于做好2025年中考体育考试工作的通知⟧</p><p>⟦l 莫湖区中小学防溺水安全提醒⟧</p></div>
<div class="foot">⟦m 主办：炫埠市莫湖区教育局⟧<br>⟦m 技术支持：莫湖区教育信息中心 0754-8835 0000⟧<br>⟦m 粤ICP备10033870号-4⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
近期，市场监管部门抽检发现部分儿童泡泡机存在电池仓易打开、泡泡液防腐剂超标等问题。为保障师生安全，区教育局决定在全区学校、幼儿园开展一次泡泡机及泡泡液安全排查。现将有关事项通知如下。
一、排查范围：各校园内用于教学、游戏和活动的泡泡机、泡泡枪及配套泡泡液。
二、排查内容：产品是否有3C标志和中文标识，电池仓是否用螺丝固定，泡泡液是否来自正规渠道。
三、工作要求：各单位于5月23日前完成排查，对不合格产品一律停用封存，并填写排查登记表报区教育局安全科。
联系人：胡若谨，电话：0754-8835 6120，邮箱：mhjyaqk@126.com。
附件：1.校园泡泡机安全排查登记表
2.泡泡机选购与使用提示
莫湖区教育局
2025年5月8日
""",
    ),
    dict(
        slug="edu-biaoling-notice-bugle-campus-docno",
        site="彪岭县教育体育局 (invented, text page)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.biaoling.gov.cn/art/2025/8/27/art_3321_90418.html",
        title="关于开展“嘹亮军号进校园”国防教育活动的通知",
        record_title="关于开展“嘹亮军号进校园”国防教育活动的通知（德育科）- 彪岭教育体育",
        date="2025-08-26",
        notes="a 文号 line under the title (neutral); joint issuers and 成文日期; education-portal chrome",
        page="""
!m 彪岭县教育体育局
!m 首页 ∷ 政策文件 ∷ 德育工作
!t 关于开展“嘹亮军号进校园”国防教育活动的通知（德育科）
!m 文章来源：县教育体育局德育科　录入：管理员　阅读：906
!a 【加入收藏】【打印文章】【关闭】
{T}
彪教体〔2025〕41号
{BODY}
!l 相关文章：全县中小学国防教育示范校申报工作启动　/　开学第一课活动安排
!m 彪岭县教育体育局　地址：彪岭县城南路66号　电话：0571-6650 2180
!m 浙ICP备09013357号
""",
        body="""
各中小学：
为深入开展国防教育，传承红色基因，经研究，县教育体育局决定联合县人武部在全县中小学开展“嘹亮军号进校园”国防教育活动。现将有关事项通知如下。
一、活动时间
2025年9月至12月。
二、活动内容
（一）军号知识讲座。由县人武部安排退役号手到校讲解军号的历史和常用号谱。
（二）号谱学唱。各校利用音乐课组织学生学唱起床号、集合号、冲锋号的旋律。
（三）校园号手选拔。有条件的学校可组建5至10人的学生军号队，在升旗仪式上吹奏。
三、有关要求
各校要高度重视，将活动与开学第一课、国家公祭日等结合起来，确保活动安全有序。活动结束后，请于12月20日前将总结材料报送县教育体育局德育科。
彪岭县教育体育局
彪岭县人民武装部
2025年8月26日
""",
    ),
    dict(
        slug="oa-langqi-minutes-softboard-delamination-vote",
        site="浪骑运动器材有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.langqi-sports.local/doc/view?id=20250709-0032",
        title="关于软板脱层质量问题的专题会议纪要",
        record_title="〔品质复盘〕关于软板脱层质量问题的专题会议纪要 - 浪骑协同办公",
        date="2025-07-09",
        notes="OA document view with 流转记录, read counts and archive/forward buttons; the 时间/地点/主持/参会/记录 "
        "lines and a vote count in the body; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔品质复盘〕关于软板脱层质量问题的专题会议纪要 - 浪骑协同办公</title>
<link rel="stylesheet" href="/oa/css/docview.css">
<script src="/oa/js/watermark.js"></script>
</head><body>
<div class="oa-top">⟦m 浪骑协同办公⟧ <span>⟦m 当前用户：采购部 韦嘉⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu"><a>⟦m 待办⟧</a> <a>⟦m 已办⟧</a> <a>⟦m 公文⟧</a> <a>⟦m 会务⟧</a> <a>⟦m 知识库⟧</a></div>
<div class="doc-path">⟦m 公文 › 会议纪要 › 质量管理⟧</div>
<div class="doc">
<div class="doc-title">{T}</div>
<div class="doc-meta">⟦m 拟稿：质检部　签发：吕迈　密级：内部⟧　⟦m 已读 28 / 未读 6⟧</div>
<div class="doc-btns"><button>⟦a 归档⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 输出为PDF⟧</button> <button>⟦a 标为已阅⟧</button></div>
<div class="doc-content">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 07-10 09:02　质检部 雷佳茵　拟稿⟧</p>
<p>⟦m 07-10 11:40　总经理 吕迈　签发⟧</p>
<p>⟦m 07-10 13:15　办公室　分发至各部门⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截屏外传　当前水印：韦嘉-采购部⟧　⟦m 信息中心分机 8012⟧</div>
</body></html>
""",
        body="""
时间：2025年7月9日14:30
地点：公司三楼质检会议室
主持：总经理 吕迈
参会：生产部、质检部、采购部、销售部负责人
记录：质检部 雷佳茵
会议听取了质检部关于6月批次软板脱层问题的汇报。6月共出货软板2140块，收到客户脱层投诉37起，主要集中在EVA面层与泡沫芯粘接处。经初步分析，原因一是梅雨季车间湿度偏高，二是新换的胶水供应商批次不稳定。
会议议定以下事项：
一、即日起对库存软板逐块复检，脱层产品一律不得出库，由销售部负责联系客户换货。
二、压合车间加装两台除湿机，湿度超过70%时暂停压合作业。
三、采购部暂停使用新供应商胶水，恢复原供应商供货，并在7月20日前完成胶水比对试验。
四、质检部修订软板出厂检验标准，增加剥离强度抽检项目。
以上事项经参会人员表决，5票同意，0票反对，1票弃权，通过。
""",
    ),
    dict(
        slug="oa-qianshang-rules-dudou-samples-scan-print",
        site="倩裳服饰有限公司内网 (invented intranet, text page)",
        style="企业内网",
        genre="规定",
        kind="rules",
        form="text",
        source="http://intra.qianshang.local/zhidu/xingzheng/0417",
        title="倩裳服饰有限公司肚兜样品管理规定",
        record_title="【规章速查】倩裳服饰有限公司肚兜样品管理规定 · 倩裳内网",
        date=None,
        notes="第N条 articles that speak of 打印 and 扫码 as content; no date (effective on issue); intranet chrome",
        page="""
!m 倩裳内网 · 行政部
!m 制度汇编 ▷ 行政管理 ▷ 样品
!t 【规章速查】倩裳服饰有限公司肚兜样品管理规定
!m 发布部门：行政部　版本：V2.1　阅读人数：143
!a ［下载附件］［打印制度］［我已阅读并知晓］
{T}
{BODY}
!m 本制度由行政部维护，如有疑问请拨内线 6021
!l 同类制度：成衣仓库出入库管理办法　｜　设计稿保密管理规定
!d 公司内部文件，仅限员工查阅，不得外传。
""",
        body="""
第一条　为加强肚兜系列样品的保管和借用管理，防止样品丢失、污损和款式外泄，制定本规定。
第二条　本规定所称样品，是指设计部打样完成的刺绣肚兜、真丝肚兜和童装肚兜，以及客户寄来的来样。
第三条　样品入库时，由样品管理员逐件拍照，打印样品标签缝在内侧，并录入样品管理系统。
第四条　借用样品须在系统中提交申请，经部门负责人同意后，借用人扫码领取；归还时再次扫码，管理员当面检查绣面和系带。
第五条　样品外借给客户或参展的，借用期限不超过十五天，由业务员负责追回。
第六条　样品发生丢失或严重污损的，借用人应当按样品成本价赔偿。
第七条　本规定由行政部负责解释，自印发之日起施行。
""",
    ),
]
