"""holdout381, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text (places, people, sites, URLs, phones and chrome wording); see ../README.md and
../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="blog-anfang-father-canvas-camera-bag",
        site="暗房手记 (invented, Typecho-like personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://anfangshouji.net/archives/412/",
        title="父亲的那只帆布相机包",
        record_title="父亲的那只帆布相机包 - 父辈物件 - 暗房手记",
        date="2024-11-03",
        notes="Typecho-like blog: the bracketed post time under the title is the page's date; a related-post link "
        "glued after a sentence; tag cloud, archive, calendar and comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="UTF-8">
<title>父亲的那只帆布相机包 - 父辈物件 - 暗房手记</title>
<link rel="alternate" type="application/rss+xml" href="https://anfangshouji.net/feed/">
<script src="/usr/themes/darkroom/js/main.js"></script>
</head><body>
<header id="header"><a class="site-name" href="/">⟦m 暗房手记⟧</a><p class="description">⟦m 显影、定影，和一些慢下来的日子⟧</p>
<nav>⟦m 首页　胶片笔记　父辈物件　留言板　关于我⟧</nav></header>
<main id="main"><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m [2024-11-03 21:40] 作者：顾远舟 ｜ 分类：父辈物件 ｜ 阅读 622⟧</div>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 本文标签：帆布包 胶片 父亲 县文化馆⟧</p>
<p class="license">⟦d 本文采用署名—非商业性使用许可，转载请留出处和作者名⟧</p>
<div class="post-near"><p>⟦l « 较早的一篇：暗袋里的三卷过期胶卷⟧</p><p>⟦l 较新的一篇：给老测光表换电池记 »⟧</p></div>
</article>
<div id="comments"><h3>⟦l 已有 5 条评论⟧</h3>
<ol><li>⟦l 远山灯火：侧兜里的野山楂，看得我眼眶一热。⟧</li><li>⟦l 木子：我爸也有一只，可惜搬家时弄丢了。⟧</li></ol>
<form>⟦a 称呼 * 邮箱 * 网站 说点什么吧 提交评论⟧</form></div></main>
<aside id="sidebar"><section><h3>⟦l 标签云⟧</h3><p>⟦l 胶片 暗房 双反 老物件 父亲 扫街 显影液⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年11月 (3)⟧</li><li>⟦l 2024年10月 (5)⟧</li></ul></section>
<section><h3>⟦l 月历⟧</h3><p>⟦l 一 二 三 四 五 六 日⟧</p></section></aside>
<footer id="footer">⟦m © 2024 暗房手记 · 由 Typecho 驱动 · 主题 Darkroom⟧</footer>
</body></html>
""",
        body="""
父亲留下的东西不多，最常被我拿出来看的，是一只军绿色的帆布相机包。包角磨得发白，背带上缝过三回，扣子也换过一颗黄铜的。
那是1983年父亲当上县文化馆摄影干事时，馆里配给他的。包里常年装着一台海鸥双反相机、两卷黑白胶卷和一块擦镜布。他背着它跑遍了全县的乡镇，拍过插秧、修水库，也拍过乡村小学的第一次运动会。⟦l 〔相关：那台海鸥双反后来去了哪里〕⟧
小时候我最盼他下乡回来，因为包的侧兜里总会有一把野山楂或者几颗糖。后来我才知道，那个侧兜原本是放测光表的。
父亲退休那年，把相机交还了馆里，包却留了下来。如今我用数码相机拍照，出门背的是轻便的新包，可每次整理器材，还是会把这只旧帆布包拿出来晒一晒，闻一闻那股淡淡的樟脑味。
""",
    ),
    dict(
        slug="blog-langan-grandma-bead-curtain-wrapped",
        site="栏杆小记 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://langanxiaoji.blog.cn/post/2025/04/grandma-curtain.html",
        title="外婆家门口的那道珠帘",
        record_title="外婆家门口的那道珠帘 | 栏杆小记",
        date=None,
        notes="blog as text, hard-wrapped at 58 columns; no date (a 最后修改 stamp in relative time only); "
        "tags, archive and comments below",
        page="""
!m 栏杆小记 —— 倚着栏杆，看看旧街
!m 首页 · 散文 · 老街旧事 · 关于
{T}
!m 分类：老街旧事　　最后修改：2 天前　　阅读 341
{BODY}
!l 标签：珠帘　外婆　箭滩老街
!l ← 上一篇：老街剃头铺的转椅
!l → 下一篇：阳台上那盆不开花的兰
!l 读者留言（3）
!l 小满：我外婆家也有，竹节的，夏天一碰就响。
!l 栏杆（博主）回复 小满：是啊，那个声音一听就知道到家了。
!a 发表评论请先登录
!m Copyright © 栏杆小记　本站由个人维护
""",
        wrap=58,
        indent="　　",
        body="""
外婆家在箭滩镇老街的拐角，临街的堂屋门口挂着一道珠帘。珠子是细竹节和红色玻璃珠一颗隔一颗穿起来的，风一吹，哗啦啦地响，像有人在门口轻轻说话。
那道珠帘是外婆年轻时自己穿的。她说，那会儿家里买不起木门帘，夏天又要通风，就跟街坊学着劈竹子、烧珠子，穿了整整一个冬天。
小时候我最爱从珠帘里钻进钻出，珠串打在脸上凉凉的。外婆从不嫌我吵，只叮嘱一句：“别扯，线断了要重穿。”
去年老街改造，外婆搬进了新楼房，那道珠帘被小心地卷起来，装进一只旧纸箱。前些天我回去看她，她又把它挂在了阳台门上。风一吹，还是那熟悉的声音。
""",
    ),
    dict(
        slug="wechat-tuiwen-fire-brigade-foot-warmer-missing-title",
        site="推文存档馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://tuiwencundang.com/a/yinchuanxf/20241209-01.html",
        title="暖脚宝整夜通电？这几个坏习惯要改",
        record_title=None,
        date="2024-12-09",
        notes="WeChat mirror: no title in the record (found in the <h1>); a star prompt glued before the first words; "
        "原创 tag, account line (the page's date), 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note; "
        "an image notice between paragraphs; a numbered list and a sentence asking readers to forward the article (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>推文存档馆 - 公众号文章归档</title>
<script src="/static/tw-mirror.js"></script>
</head><body>
<div class="tw-bar">⟦m 推文存档馆 · 替你留住删不掉的好文章⟧ <a>⟦a 按公众号检索⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span>⟦m 原创⟧</span> <span>⟦m 氤川消防　2024-12-09 18:05　发表于湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rm-tool">⟦a 阅读原文⟧　⟦m 阅读 1.6万⟧　⟦a 赞 214　在看 97⟧</div>
<div class="rm-reward">⟦a 喜欢作者 · 赞赏支持⟧</div>
<div class="rm-qr">⟦a 长按识别二维码，关注氤川消防⟧</div>
</div>
<div class="tw-note">⟦d 本页为存档副本，抓取于公众号公开推送，版权归原公众号所有，如需删除请留言⟧</div>
<div class="tw-more"><h4>⟦l 同一公众号的其他推送⟧</h4><ul><li>⟦l 电动车进楼入户，罚！⟧</li><li>⟦l 冬季用火用电安全提示⟧</li></ul></div>
</body></html>
""",
        p_html='<p style="margin:0 8px 16px;line-height:1.75;">{}</p>',
        body="""
⟦a 点上方蓝字“氤川消防”，设为星标不迷路⟧天冷了，不少朋友晚上睡觉前喜欢把暖脚宝塞进被窝，有的干脆整夜插着电。消防员提醒，这样做存在不小的火灾隐患。
上周，伶塘镇一户居民家中的充电式暖脚宝在被窝里持续加热，导致棉被阴燃，所幸家人及时闻到焦味，没有造成人员伤亡。
⟦d 文中配图仅作示意，并非事发现场⟧
使用暖脚宝，请记住这几点：
1.选购带有强制性认证标志和过热保护功能的产品，不买“三无”产品。
2.充电式暖脚宝充满电后及时拔掉插头，不要边充电边使用。
3.不要把暖脚宝长时间放在被窝里，更不要抱着入睡。
4.发现外壳鼓包、漏液或有焦糊味时，立即停止使用。
5.老人和小孩使用时，家人要多留意。
冬季防火，一个都不能少。请把这篇文章转给家里的长辈，提醒他们安全取暖。
""",
    ),
    dict(
        slug="wechat-text-school-pledge-no-teleprompter",
        site="推文存档馆文字版 (invented WeChat mirror, text-only view)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://tuiwencundang.com/t/yysyzx/20250305-02.txt",
        title="关于校园演讲比赛不使用提词器的倡议书",
        record_title="〔倡议〕关于校园演讲比赛不使用提词器的倡议书 · 澐阳实验中学公众号 · 推文存档馆",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="WeChat mirror as text: account line with the posting date; the 倡议 is signed and dated two days "
        "earlier (expected), a 在看 prompt and a follow line glued after sentences",
        page="""
!m 推文存档馆 · 文字版
{T}
!m 澐阳实验中学　2025年3月5日 17:30
!m 学生会 学生会宣传部　阅读 1086
{BODY}
!a 阅读原文　｜　在看 58
!a 觉得有用就点个“在看”吧
!d 文字版由存档馆自动转写，图片及排版已省略；原文著作权归澐阳实验中学公众号
""",
        body="""
亲爱的同学们：
第六届“少年说”演讲比赛即将开始报名。近两年，有的同学在比赛中借助平板电脑当提词器，看着屏幕一字一句地念，虽然流畅，却少了和听众的交流，也少了演讲本来的味道。⟦a 〔点亮小心心，下期更精彩〕⟧为此，校学生会向全体同学发出如下倡议：
一、自己动笔写稿。演讲稿要自己构思、自己修改，说自己想说的话。
二、提前熟悉内容。把稿子读熟、讲熟，上台时不依赖提词器，最多带一张提纲卡片。
三、大胆面对观众。眼睛看着同学和评委，把紧张变成真诚。
四、互相帮助练习。同学之间可以结对试讲，互相提意见。
同学们，演讲比的不是谁念得准，而是谁讲得真。让我们放下提词器，用自己的声音讲好自己的故事！
澐阳县实验中学学生会
2025年3月3日⟦a 关注“澐阳实验中学”，校园大小事早知道⟧
""",
    ),
    dict(
        slug="docshare-yeyetong-shutter-cable-rules-pdf",
        site="页页通文档 (invented)",
        style="文档分享",
        genre="规定/制度",
        kind="other",
        form="html",
        source="https://www.yeyetong.cn/doc/20250318/6620471.html",
        title="报社摄影部快门线借用管理规定",
        record_title="报社摄影部快门线借用管理规定.pdf",
        date=None,
        notes="document-sharing page: file-name record title, file-info box, sign-in points lock and a service "
        "WeChat; 第N条 articles that speak of a 器材管理系统 and a 损坏报告单; no date (effective clause only, "
        "an upload stamp is no date)",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>报社摄影部快门线借用管理规定.pdf - 页页通文档</title>
<script src="https://cdn.yeyetong.cn/js/viewer-3.2.js"></script>
</head><body>
<div class="yy-top"><a class="yy-logo">⟦m 页页通文档⟧</a><span>⟦m 好文档，页页通⟧</span><a>⟦a 签到领积分⟧</a><a>⟦a 我的文档⟧</a></div>
<div class="yy-crumb">⟦m 页页通 / 办公文档 / 规章制度 / 器材管理⟧</div>
<div class="yy-fileinfo"><h1>{T}</h1>
<table><tr><td>⟦m 文件大小：168.2KB⟧</td><td>⟦m 页数：2页⟧</td><td>⟦m 分享于 2025-03-18⟧</td></tr>
<tr><td>⟦m 分享者：tuyi_0427⟧</td><td>⟦m 浏览 812⟧</td><td>⟦m 下载 37⟧</td></tr></table></div>
<div class="yy-view">
{BODY}
</div>
<div class="yy-lock">⟦a 余下内容需消耗 6 积分查看，今日签到可得 2 积分⟧</div>
<div class="yy-btns"><a>⟦a 下载原文件⟧</a><a>⟦a 加入收藏⟧</a><a>⟦a 复制链接⟧</a></div>
<div class="yy-kf">⟦w 找不到想要的制度？添加客服微信 yyt_wendang 帮你代找⟧</div>
<div class="yy-rel"><h3>⟦l 相近文档推荐⟧</h3><ul><li>⟦l 单位固定资产借用登记制度.docx⟧</li><li>⟦l 新闻采访车辆使用管理办法.pdf⟧</li></ul></div>
<div class="yy-foot">⟦d 页页通为文档分享平台，文档均由用户上传，平台不对内容的真实性负责⟧<br>⟦m 浙ICP备20014527号　违法和不良信息举报：jubao@yeyetong.cn⟧</div>
</body></html>
""",
        body="""
第一条　为规范摄影部快门线（含有线快门线和无线遥控器）的借用和保管，减少丢失和损坏，制定本规定。
第二条　快门线由摄影部器材室统一登记编号，每根快门线贴有编号标签，并配备收纳袋。
第三条　记者借用快门线须在器材管理系统中提交申请，经部门主任审批后，凭工作证到器材室领取。
第四条　借用期限一般不超过7天，因外采任务需要延期的，应在到期前一天办理续借。
第五条　归还时由器材管理员当面检查插头、线身和按键，发现损坏的，借用人应说明情况并填写损坏报告单。
第六条　因保管不善造成丢失的，借用人按原价的50%予以赔偿。
第七条　本规定由摄影部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-gaozhi-report-camera-bag-keeper-markers-mix",
        site="共享稿纸 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://gaozhi.share.cn/s/Qe7Lk20",
        title="2024年度器材库相机包管理岗位述职报告",
        record_title="【年度述职·器材岗】2024年度器材库相机包管理岗位述职报告（器材员版·改数即用）",
        date="2024-12-27",
        notes="sharing page as text: preview converter markers '⭎ n ⭏' cutting paragraphs, either on a line of "
        "their own or glued with a space to the continuation; a scan-to-borrow sentence is content; the 述职人 line and the date under it",
        page="""
!m 共享稿纸 | 把好稿子分享给需要的人
!t 【年度述职·器材岗】2024年度器材库相机包管理岗位述职报告（器材员版·改数即用）
!m 分享人：器材员小葛　　上传：2025-01-02　　浏览：466
!a 预览　｜　下载（需 3 张稿纸券）　｜　转存
{BODY}
!a 预览只显示前 2 页，下载后可查看全部内容
!w 需要代改数据、套本单位情况，私信“稿纸小管家”
!d 共享稿纸仅提供文档存储与分享，内容由分享人负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⭎ {n} ⭏", every=130, start=2, glue="mix", sep=" "),
        body="""
按照中心安排，我自2024年初起负责器材库相机包的管理工作。现将一年来的履职情况报告如下。
一、清点建账情况
年初接手时，器材库共有相机包86只，其中双肩包31只、单肩包38只、拉杆箱式17只。我逐只核对编号、拍照建档，全年新购23只，报废9只，年末实有100只，账实相符率100%。
二、日常维护情况
我每季度组织一次集中维护，重点检查拉链、肩带、防雨罩和内衬隔板，全年更换拉链头14个、肩带扣22个，清洗内衬40余只次。梅雨季节前，统一在包内放置防潮剂，全年未发生器材受潮发霉问题。
三、存在的不足
一是对外采归还不及时的情况督促不够，个别相机包在采访车上一放就是半个月；二是拉杆箱式相机包轮子损坏较多，配件采购渠道没有及时打通。
四、明年打算
明年我将推动在每只相机包上贴借用二维码，记者扫码即可完成借还登记，同时与供货商协商建立配件储备。
述职人：葛小满
2024年12月27日
""",
    ),
    dict(
        slug="edu-yinchuan-notice-foot-warmers-dorms",
        site="氤川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.yinchuan.gov.cn/tzgg/202412/t20241204_61833.html",
        title="关于冬季校园规范使用暖脚宝等电取暖器具的通知",
        record_title="关于冬季校园规范使用暖脚宝等电取暖器具的通知-安全教育专栏-氤川县教育体育局",
        date="2024-12-02",
        date_also=["2024-12-04"],
        notes="education portal: 适老化/读屏 links, a 文号 line under the title (neutral), attachment download "
        "links beside the notice's own 附件 list, the notice's contact, phone and mailbox beside the site's "
        "technical-support line; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于冬季校园规范使用暖脚宝等电取暖器具的通知-安全教育专栏-氤川县教育体育局</title>
<link rel="stylesheet" href="/css/jtj2023.css">
<script src="/js/wza.js" id="wza-assist"></script>
</head><body>
<div class="jt-top">⟦a 长者浏览模式⟧ ⟦a 读屏辅助⟧ ⟦a 进入移动版⟧</div>
<div class="jt-logo">⟦m 氤川县教育体育局 · 办人民满意的教育⟧</div>
<ul class="jt-nav"><li>⟦m 机构概况⟧</li><li>⟦m 教育资讯⟧</li><li>⟦m 安全教育⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="jt-loc">⟦m 当前位置：首页 - 安全教育 - 通知文件⟧</div>
<div class="jt-art"><h2>{T}</h2>
<p class="jt-wh">氤教体发〔2024〕58号</p>
<p class="jt-info">⟦m 发布日期：2024-12-04　信息来源：安全股　阅读次数：3175⟧</p>
<div class="jt-con">
{BODY}
</div>
<div class="jt-down"><p>⟦a 📎 附件1 冬季校园电取暖器具排查表.docx（点击下载）⟧</p><p>⟦a 📎 附件2 致家长的一封信（样稿）.docx（点击下载）⟧</p></div>
<div class="jt-act">⟦a 【打印正文】【收藏】【返回上页】⟧</div>
</div>
<div class="jt-side"><h3>⟦l 安全教育 · 近期文件⟧</h3><ul><li>⟦l 关于做好寒假前校园消防检查的通知⟧</li><li>⟦l 中小学冬季防溺水防冻伤提示⟧</li></ul></div>
<div class="jt-foot"><p>⟦m 氤川县教育体育局主办　地址：氤川县文昌路26号⟧</p>
<p>⟦m 网站技术支持电话：0744-8250999（仅受理网站故障）⟧</p><p>⟦m 湘ICP备12008830号-2⟧</p></div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
近日气温持续走低，部分学校教室和宿舍出现师生自带暖脚宝、电热毯等电取暖器具的情况，存在用电安全隐患。为确保师生冬季安全，现就有关事项通知如下。
一、学生宿舍一律禁止使用暖脚宝、电热毯等电取暖器具，学校要在12月10日前完成一次全面排查。
二、教室确需取暖的，由学校统一配置符合安全标准的取暖设备，不得由学生自带暖脚宝插电使用。
三、各校要利用班会、家长群做好宣传，引导学生以增添衣物、课间活动等方式保暖。
四、各校排查整改情况请于12月13日前报局安全股，并填写附件中的排查表。
联系人：邬清禾，电话：0744-8253017，邮箱：aqg@yinchuanedu.cn。
附件：1.冬季校园电取暖器具排查表
2.致家长的一封信（样稿）
氤川县教育体育局
2024年12月2日
""",
    ),
    dict(
        slug="edu-yunyang-notice-teleprompters-campus-tv",
        site="澐阳县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jyj.yunyang.gov.cn/zbgz/2025/0401/2871.html",
        title="关于为中小学校园电视台配发提词器的通知",
        record_title="关于为中小学校园电视台配发提词器的通知 - 装备工作 - 澐阳县教育局",
        date="2025-04-01",
        notes="education portal as text: a notice with its own contact beside the site's service line; "
        "成文日期 under the signature; font-size and print actions, a scan-to-read line",
        page="""
!m 澐阳县教育局
!m 首页 ＞ 教育装备 ＞ 装备工作
{T}
!m 发布：装备中心　时间：2025-04-01 16:05　点击：904
!a 字号【大】【中】【小】　打印　关闭
{BODY}
!a 用手机扫一扫，随时读本文
!l 上一篇：2025年全县中小学实验室安全检查工作方案
!l 下一篇：关于开展教育装备资产清查的通知
!m 澐阳县教育局版权所有　服务电话：0739-6231100
""",
        body="""
各中小学校：
为支持学校开展校园电视台、红领巾广播站建设，提升学生播音主持能力，县教育局利用教育装备专项资金采购了一批便携式提词器，现将配发有关事项通知如下。
一、配发范围。全县已建成校园电视台的32所中小学校，每校配发提词器1套（含显示屏、分光玻璃、翻页遥控器和支架）。
二、领取时间和地点。请各校于4月8日至4月10日到县教育装备中心仓库领取，领取时携带学校公章和资产登记表。
三、使用管理。提词器纳入学校固定资产管理，由校园电视台指导教师负责保管，不得挪作他用。
四、培训安排。4月17日下午在县实验小学开展操作培训，每校派1名指导教师参加。
联系人：蒋若岚，电话：0739-6238842。
澐阳县教育局
2025年4月1日
""",
    ),
    dict(
        slug="oa-shengguang-minutes-camera-bag-selection",
        site="昇光传媒集团协同办公 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.shengguangmedia.local/doc/view.do?id=20250318-0112",
        title="摄影部相机包采购选型评审会会议纪要",
        record_title="〖选型纪要〗摄影部相机包采购选型评审会会议纪要｜昇光传媒集团协同办公",
        date="2025-03-18",
        notes="OA document view: 流转记录, read count and a 标记已阅 button; the minutes' 时间/地点/主持/参会/记录 "
        "lines and a vote count; the date is the 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖选型纪要〗摄影部相机包采购选型评审会会议纪要｜昇光传媒集团协同办公</title>
<script src="/oa/static/seeyon-lite.js"></script>
</head><body>
<div class="oa-head">⟦m 昇光传媒集团协同办公平台⟧ <span>⟦m 当前用户：贺知秋（摄影部）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办 | 已办 | 公文 | 会议 | 知识库⟧</div>
<div class="oa-doc"><h2>{T}</h2>
<div class="oa-meta">⟦m 文档编号：SG-HY-2025-031　密级：内部　已阅 23 人⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-ops">⟦a 标记已阅⟧ ⟦a 转发同事⟧ ⟦a 存成PDF文件⟧</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 贺知秋　起草　03-18 17:20⟧</p><p>⟦m 葛远川　审核通过　03-19 09:02⟧</p><p>⟦m 综合办　分发　03-19 10:15⟧</p></div></div>
<div class="oa-side"><h4>⟦l 同类纪要⟧</h4><p>⟦l 摄影部无人机采购论证会纪要⟧</p><p>⟦l 2025年一季度设备采购联席会纪要⟧</p></div>
<div class="oa-foot">⟦d 本平台信息仅限集团内部使用，严禁截图外传⟧　⟦m IT服务台 分机 8008⟧</div>
</body></html>
""",
        body="""
时间：2025年3月18日下午2:30
地点：集团三楼第二会议室
主持：摄影部主任　葛远川
参会：摄影部、采购中心、财务部、审计室相关人员共9人
记录：贺知秋
会议对摄影部2025年相机包采购选型进行了评审，纪要如下。
一、采购中心介绍了三家供应商的样品情况。三款双肩相机包在容量、背负和防雨性能上各有长短，报价在680元至1150元之间。
二、摄影部记者代表试背后提出，外采以一机两镜为主，建议选中等容量、带侧开口的款式，并要求配独立防雨罩。
三、经与会人员举手表决，8票同意、1票弃权，确定选用第二家供应商的中号双肩包，采购数量40只，预算控制在3.6万元以内。
四、采购中心按程序于3月底前完成采购，摄影部负责验收和登记发放。
""",
    ),
    dict(
        slug="oa-zhuizhu-bulletin-bead-threading-record-title",
        site="彧城缀珠工艺品有限公司内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://192.168.10.8/portal/notice/2025/0403-07",
        title="关于二车间穿珠工序质量问题的通报",
        date="2025-04-03",
        notes="intranet notice as text, title from the record as is; a numbered list; 成文日期 under the "
        "company's name; read count, attachment-free export buttons and an IT line",
        page="""
!m 缀珠内网 · 公司公告
!m 发布部门：质检部　　发布人：彭语桐　　已读 87／未读 12
{T}
{BODY}
!a 【确认已读】　【导出】　【返回列表】
!l 相关公告：关于开展“质量月”活动的通知
!d 内部资料，请勿外传
!m 信息中心维护　内线 6600
""",
        body="""
各车间、各部门：
3月份，公司接到客户退货投诉2起，涉及二车间生产的水晶珠帘共180挂，主要问题是珠串长度不一、定位结松脱。经质检部调查，原因是二车间在赶制订单期间，部分新员工未按作业指导书每二十颗珠打一个定位结，班组长抽检也流于形式。
为严肃生产纪律，经公司研究，决定对二车间予以通报批评，扣减该车间当月质量奖金的30%，对负有直接管理责任的班组长扣减当月绩效。
各车间要引以为戒，做好以下工作：
1.重新组织员工学习穿珠工序作业指导书，新员工考核合格后方可上岗。
2.班组长每两小时抽检一次，抽检记录当日上传系统。
3.质检部每周对成品珠帘进行一次拉力和长度复检。
彧城缀珠工艺品有限公司
2025年4月3日
""",
    ),
]
