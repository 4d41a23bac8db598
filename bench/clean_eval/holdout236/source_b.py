"""holdout236, part B: blogs, WeChat mirrors, document-sharing pages, education portals and intranets.

Everything invented; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="blog-shaishu-memoir-dv-camcorder",
        site="晒书斋 (invented, personal blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://shaishuzhai.blog/2025/05/old-dv-camcorder/",
        title="老DV摄像机里的那些年",
        record_title="【物件絮语】老DV摄像机里的那些年 – 晒书斋",
        date=None,
        notes="Hexo-like blog: an edited stamp and a reading-time line (no date), a tag cloud, an archive by month, a comment form and a tip button; a memoir with only a 写于 line in a sexagenary year",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【物件絮语】老DV摄像机里的那些年 – 晒书斋</title>
<link rel="alternate" type="application/rss+xml" href="/atom.xml">
<script defer src="/js/theme-switch.js"></script>
</head><body>
<header><a class="site" href="/">⟦m 晒书斋⟧</a><p class="motto">⟦m 俯身拾起日子里的零碎⟧</p>
<nav><a href="/">⟦m 主页⟧</a> <a href="/archives/">⟦m 归档⟧</a> <a href="/about/">⟦m 关于我⟧</a> <a href="/atom.xml">⟦a RSS订阅⟧</a></nav></header>
<main><article>
<h1 class="post-title">⟦t 【物件絮语】老DV摄像机里的那些年⟧</h1>
<div class="post-meta">⟦m 最后编辑于 2 个月前 · 阅读约需 4 分钟 · 分类：旧物记⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="reward">⟦a 觉得写得好，请博主喝杯茶⟧</div>
<div class="post-nav">⟦l ← 较早：外婆的搪瓷缸⟧　⟦l 较新：一台收音机的三次搬家 →⟧</div>
<section id="comments"><h3>⟦l 给晒书斋留句话⟧</h3><form><textarea placeholder="说点什么吧"></textarea><button>⟦a 提交留言⟧</button></form></section>
</article></main>
<aside>
<div class="widget"><h4>⟦l 标签墙⟧</h4><p>⟦l 旧物记 家事 影像 读书 远行⟧</p></div>
<div class="widget"><h4>⟦l 按月翻看⟧</h4><ul><li>⟦l 二〇二五年五月 (3)⟧</li><li>⟦l 二〇二五年四月 (5)⟧</li></ul></div>
</aside>
<footer>⟦d 本站文字除注明外均为原创，引用请写明出处⟧　⟦m Powered by Hexo · Theme Pebble⟧</footer>
</body></html>
""",
        body="""
整理书柜的时候，在最底层翻出了那台银灰色的DV摄像机，电池早就鼓了，磁带仓里还卡着一盒没取出来的带子。
这台摄像机是父亲2006年托人从省城买回来的，花了他差不多三个月的工资。那几年，家里每逢过年、我开学、妹妹参加文艺汇演，父亲都扛着它跟在后面，嘴里还念叨着“别挡镜头”。
父亲拍得并不好，画面常常歪着，有一半时间镜头对着地面。可正是这些摇摇晃晃的画面，留下了奶奶在灶台边包饺子的背影，留下了老房子院子里那棵枣树。
后来手机能拍视频了，摄像机就被收进了柜子。去年我把十几盒磁带送去转成了数字文件，父亲看着电脑屏幕，看了整整一个下午，一句话也没说。
那台摄像机已经修不好了，我还是把它擦干净，放回了书柜最显眼的地方。
写于乙巳年立夏
""",
    ),
    dict(
        slug="blog-manmen-tripod-buying-notes-wrapped",
        site="慢门日志 (invented, photography blog)",
        style="博客",
        genre="经验文章",
        kind="other",
        form="text",
        source="http://manmenrizhi.net/post/tripod-notes-for-beginners.html",
        title="给初学者的三脚架选购笔记",
        record_title="给初学者的三脚架选购笔记 - 器材杂记 - 慢门日志",
        date="2025-04-12",
        notes="blog text hard-wrapped at 64 columns; a 发表于 line gives the page's date; a view counter, tags and a comment count below; a tip line between paragraphs",
        page="""
!m 慢门日志 —— 把快门放慢一点
!m 首页 / 器材杂记 / 正文
{T}
!m 发表于 2025-04-12　作者：老周　阅读 1876
{BODY}
!l 标签：三脚架 / 入门 / 器材
!l 这篇文章有 23 条留言，展开看看 ↓
!l 上一篇：夜景长曝光的五个小窍门
!m © 慢门日志 manmenrizhi.net　浙ICP备21011487号
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
常有刚入门的朋友问我，三脚架到底该怎么挑。我把这几年自己用过、帮朋友挑过的经验整理一下，供大家参考。
一是先想清楚拍什么。主要拍风光、夜景的，脚架要稳，最高高度最好不低于眼睛的位置；经常出门旅行的，重量和收纳长度更重要，收起来能塞进背包侧袋的最方便。
二是材料按预算选。铝合金脚架便宜耐摔，缺点是重、冬天冰手；碳纤维脚架轻，减震也好，但价格要贵一倍左右。
⟦a 这篇笔记有用的话，记得点个“在意”⟧
三是承重要留余量。标称承重最好是相机加最重镜头的两倍以上，脚架在风里才不会发抖。
四是云台别凑合。球形云台调整快，适合大多数场景；拍建筑和全景的，可以考虑三维云台。
最后，买之前尽量到实体店上手试一试，把脚管全部拉开，用手压一压，稳不稳一试便知。
""",
    ),
    dict(
        slug="wechat-quchuan-bus-senior-card-suspend",
        site="鼩川公交 (invented WeChat account, mirrored by 微读存档)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.weidu-cundang.com/s/quchuan-bus/20250603-1",
        title="这6种情况，老年公交卡会被暂停使用",
        record_title=None,
        date="2025-06-03",
        notes="WeChat mirror: no record title, the title in the <h1>; the account line gives the date; a star prompt glued before the salutation; 扫码/关注 sentences are content; 阅读原文/在看 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>这6种情况，老年公交卡会被暂停使用 - 微读存档</title>
<script>var mirror={src:'mp',biz:'MzA5NDQ1quchuan'};</script></head>
<body>
<div class="mirror-bar">⟦m 微读存档 · 公众号文章备份⟧ <a href="/">⟦m 回到存档首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　鼩川公交　2025年6月3日 09:15　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，把“鼩川公交”加到常用⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 6021⟧　⟦a 点赞 88　在看 31⟧</div>
<div class="comment">⟦l 精选留言 · 写留言⟧</div>
</div>
<div class="mirror-note">⟦d 本页由微读存档自动抓取备份，版权归原公众号所有⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75;">{}</p></section>',
        body="""
⟦a 点上方蓝字“鼩川公交”，再点右上角设为星标⟧各位乘客：
为规范老年人免费乘车公交卡使用，保障老年乘客的合法权益，6月15日起，县公交公司将对下列6种情况的老年公交卡暂停免费乘车功能：
一是超过一年未年审的；二是转借他人使用的；三是持卡人户籍已迁出本县的；四是一卡多人轮流刷卡的；五是卡片损坏后私自修补的；六是挂失后又找回继续使用的。
被暂停的卡片，持卡人本人携带身份证到县公交公司卡务大厅核实后即可恢复。
今年起年审不用再跑网点了。关注本公众号后，点击菜单栏“卡务服务—老年卡年审”，按提示扫码完成人脸识别，当场就能年审。
咨询电话：0736-2215087（工作日8:30—17:30）。
""",
    ),
    dict(
        slug="wechat-fujiang-hrss-grad-file-pocket",
        site="蚨江人社 (invented WeChat account, mirrored by 公号文章馆)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gonghaowzg.com/a/fujiangrenshe/2025062011.html",
        title="毕业生注意！你的档案袋千万别自己拆",
        record_title="毕业生注意！你的档案袋千万别自己拆 | 蚨江人社 · 公号文章馆",
        date="2025-06-20",
        notes="WeChat mirror as text: the account line gives the date; a 分享 sentence is content; an editor line glued after a sentence; 在看/分享 rows and a mirror note",
        page="""
!m 公号文章馆 > 政务 > 蚨江人社
!t 毕业生注意！你的档案袋千万别自己拆 | 蚨江人社 · 公号文章馆
!m 蚨江人社　2025-06-20 18:00　发表于福建
{T}
{BODY}
!a 分享　　收藏　　在看 214
!l 往期回顾：灵活就业人员社保缴费指南 ｜ 2025年高校毕业生就业补贴申领
!d 公号文章馆仅作存档展示，文章版权归原作者及公众号所有。
""",
        body="""
又到毕业季，不少同学领到了学校发的密封档案袋。这里提醒大家：档案袋千万不能自己拆！
档案袋里装的是你的学籍表、成绩单、体检表、党团材料等，是你今后考公、入职、评职称、办理退休的重要依据。档案袋一经本人拆封，用人单位和档案管理部门有权不予接收，后果就是“死档”。
那么毕业后档案该怎么处理？已落实工作单位且单位有档案管理权限的，由学校直接转递；暂未就业的，可以转到户籍所在地人才服务机构，蚨江市人才服务中心可以免费代管两年。
如果发现档案袋破损或封条脱落，不要自行粘贴，请及时联系学校就业指导中心重新封装。⟦m 编辑：林小满　审核：杜宇⟧
请把这篇文章分享给身边的应届毕业生吧。
""",
    ),
    dict(
        slug="docshare-zhanqiao-pledge-laptop-points",
        site="栈桥文档网 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.zhanqiaodoc.com/d/5920347.html",
        title="关于规范使用办公笔记本电脑的倡议书",
        record_title="关于规范使用办公笔记本电脑的倡议书（word版可直接打印） - 栈桥文档网",
        date="2025-03-10",
        notes="sharing page: an upload notice, a points lock line of its own between paragraphs, a service WeChat float, a rating row; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于规范使用办公笔记本电脑的倡议书（word版可直接打印） - 栈桥文档网</title>
<script src="//cdn.zhanqiaodoc.com/js/view.js"></script></head>
<body>
<div class="head"><a href="/">⟦m 栈桥文档网⟧</a> <span>⟦m 让每份文档都有人接着用⟧</span> <a href="/upload">⟦a 我要传文档⟧</a> <a href="/user">⟦a 个人中心⟧</a></div>
<div class="bread">⟦m 文档分类 / 行政公文 / 倡议书⟧</div>
<div class="docbox">
<h1>{T}</h1>
<div class="docinfo">⟦m 分享者：zq_hailan　格式：docx　页数：2　评分：★★★★☆（41人）⟧</div>
<div class="doctext">
{BODY}
</div>
<div class="getdoc">⟦a 下载原文档需 5 桥贝　|　分享给好友赚桥贝⟧</div>
</div>
<div class="notice">⟦d 本文档系网友上传分享，栈桥文档网仅提供信息存储服务；若涉及您的权益请告知，我们核实后下架。⟧</div>
<div class="kefu" style="position:fixed;bottom:40px;right:10px">⟦w 找不到想要的文档？加客服微信zqdoc_kefu帮你找⟧</div>
<div class="foot">⟦m 栈桥文档网 zhanqiaodoc.com　鲁ICP备22017730号-1⟧</div>
</body></html>
""",
        body="""
全局干部职工：
办公笔记本电脑是我们日常工作的重要工具，也是单位信息安全的重要关口。近期，兄弟单位接连发生笔记本电脑外带丢失、连接公共网络感染病毒等事件，教训深刻。为此，局办公室向全体干部职工发出如下倡议：
一、专机专用。办公笔记本电脑只用于处理工作事务，不安装游戏、炒股等与工作无关的软件，不交给家人和他人使用。
⟦a 剩余1页需用桥贝解锁，登录后可查看⟧
二、安全上网。不连接宾馆、车站等场所的公共无线网络，不随意插入来历不明的U盘。
三、妥善保管。外出携带笔记本电脑要随身看管，不放在车内无人看守；离开座位时及时锁屏。
四、按时维护。定期更新系统补丁和杀毒软件，发现异常及时报告信息中心。
让我们从自身做起，用好、管好每一台笔记本电脑。
橚山县市场监督管理局办公室
2025年3月10日
""",
    ),
    dict(
        slug="docshare-shuiyun-host-script-camcorder-club",
        site="水云文库分享 (invented)",
        style="文档分享",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://share.shuiyunwk.cn/file/2025/04/77813020.html",
        title="“小小摄像师”校园影视社团成立仪式主持词",
        record_title="“小小摄像师”校园影视社团成立仪式主持词.docx",
        date="2025-04-18",
        notes="file-name record title; a date line under the title (neutral) is the document's date; a scan-to-join sentence is content; download-count and share chrome; a related list",
        page="""
!m 水云文库分享 | 教育 > 校园活动 > 主持词
!t “小小摄像师”校园影视社团成立仪式主持词.docx
!m 上传：水云用户9472　下载：318次　共3页　上传时间 2 天前
!a 〖免费下载〗〖转存到我的文库〗〖复制链接〗
{T}
（2025年4月18日）
{BODY}
!a —— 预览已到底，全文共3页 ——
!l 相关文档：少先队入队仪式主持词 | 校园艺术节开幕式主持词 | 社团招新活动方案
!d 水云文库分享上的文档均由用户自行上传，如有版权问题请发邮件至 banquan@shuiyunwk.cn 。
""",
        body="""
尊敬的各位老师，亲爱的同学们：
大家下午好！春风送暖，万物生长。今天，我们在这里隆重举行驎田镇中心小学“小小摄像师”校园影视社团成立仪式。
首先，请允许我介绍出席今天仪式的嘉宾：县融媒体中心摄像记者卢文涛老师，学校党支部书记、校长汤春华老师。让我们以热烈的掌声表示欢迎！
下面进行第一项：请汤校长致辞。
感谢汤校长的殷切寄语！下面进行第二项：捐赠仪式。县融媒体中心向我们社团捐赠摄像机2台、三脚架2副，请卢老师和汤校长上台交接。
下面进行第三项：社团指导老师授旗。
同学们，一台摄像机就是一双观察世界的眼睛。想加入社团的同学，可以扫描展板上的二维码报名。
“小小摄像师”校园影视社团成立仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="edu-pianchang-notice-teacher-laptops-attach",
        site="楩城市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.piancheng.example.gov.cn/tzgg/2025/0825/1442.html",
        title="关于开展2025年新任教师办公笔记本电脑配发工作的通知",
        record_title="关于开展2025年新任教师办公笔记本电脑配发工作的通知-通知与公告-楩城市教育局",
        date="2025-08-22",
        date_also=["2025-08-25"],
        notes="education bureau: age-friendly and screen-reader links; the notice's own contact and mailbox beside the site's technical line; a 下载附件 sentence is content; an attachment download link; 附件 list; 成文日期 differs from the page date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>关于开展2025年新任教师办公笔记本电脑配发工作的通知-通知与公告-楩城市教育局</title>
<script src="/js/aria.js"></script></head>
<body>
<div class="top"><span>⟦m 楩城市教育局 · 楩城教育信息网⟧</span><span><a>⟦a 关怀版⟧</a> <a>⟦a 听读模式⟧</a></span></div>
<div class="menu"><a>⟦m 首页⟧</a> <a>⟦m 教育动态⟧</a> <a>⟦m 通知公告⟧</a> <a>⟦m 招生考试⟧</a> <a>⟦m 政策文件⟧</a></div>
<div class="loc">⟦m 您现在的位置：首页 ＞＞ 通知公告⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="meta">⟦m 来源：计划财务科　发布：2025-08-25　浏览：1129次⟧</p>
<div class="content">
{BODY}
</div>
<p class="fj">⟦a 附件下载：附件1.新任教师笔记本电脑领用登记表.xlsx⟧</p>
<p class="fj">⟦a 附件下载：附件2.笔记本电脑使用承诺书.docx⟧</p>
<p class="share">⟦l 分享本页到：微信 QQ 钉钉⟧</p>
</div>
<div class="foot"><p>⟦m 楩城市教育局主办　地址：楩城市文昌路18号⟧</p><p>⟦m 本网技术服务：0759-3361055（工作日）⟧</p><p>⟦m 粤ICP备11053318号-2⟧</p></div>
</body></html>
""",
        body="""
各区教育局，市直属各学校：
为改善新任教师办公条件，推进教育信息化应用，市教育局决定为2025年新招聘的公办学校教师配发办公笔记本电脑。现将有关事项通知如下。
一、配发范围。2025年经公开招聘入职的市直学校和各区公办中小学、幼儿园在编教师，共计412人。
二、配发方式。笔记本电脑由市教育局统一采购，各学校按名单到市教育装备中心集中领取，领取时须携带本人工作证。
三、有关要求。请各学校下载附件1，如实填写领用人信息，于9月5日前报送至指定邮箱。笔记本电脑属国有资产，教师调离本市时须交回学校。
联系人：计划财务科 简宁，电话：0759-3360218，邮箱：jcj_zb@piancheng.example.cn。
附件：1.新任教师笔记本电脑领用登记表
2.笔记本电脑使用承诺书
楩城市教育局
2025年8月22日
""",
    ),
    dict(
        slug="edu-xiaoshan-notice-grad-file-pockets-list",
        site="橚山教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xiaoshanjy.cn/tzgg/2025/0609/4401.html",
        title="关于做好2025届初中毕业生学生档案袋装袋工作的通知",
        record_title="【中招资讯】关于做好2025届初中毕业生学生档案袋装袋工作的通知｜橚山教育网",
        date="2025-06-06",
        date_also=["2025-06-09"],
        notes="education portal text: a numbered 1. 2. 3. list of the pocket's contents; 抄送 line; a font row and a scan-to-read line; the bureau's date differs from the posting line",
        page="""
!m 橚山教育网　县教育局主办
!m 首页 - 通知公告 - 中考中招
!t 【中招资讯】关于做好2025届初中毕业生学生档案袋装袋工作的通知
!m 发布者：基教股　发布时间：2025-06-09 15:20　点击数：983
!a 字体：【大】【中】【小】　【打印】
{BODY}
!a 用手机扫一扫，本文随身读
!l 相关通知：2025年中考报名工作安排 ｜ 初中学业水平考试考务细则
!m 橚山县教育局　地址：橚山县学府路2号　技术维护：县教育信息中心
""",
        body="""
各初级中学：
为做好2025届初中毕业生学籍档案移交工作，现将学生档案袋装袋有关事项通知如下。
一、装袋材料。每名毕业生一个档案袋，袋内材料依次为：
1.初中学生学籍卡；
2.初中三年成绩登记表；
3.综合素质评价表；
4.体检表；
5.共青团员的入团志愿书。
二、装袋要求。档案袋统一使用县教育局印制的牛皮纸档案袋，袋面填写学生姓名、身份证号、毕业学校，装袋后由学校密封并加盖学校公章和经办人签名。
三、移交时间。各学校于7月10日前将档案袋按录取学校分类装箱，送县教育局基教股统一移交。
橚山县教育局
2025年6月6日
抄送：各高级中学，县职业中专。
""",
    ),
    dict(
        slug="oa-linying-minutes-tripod-clamp",
        site="驎影光学 协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.linyingoptics.local/doc/view?id=20250612-017",
        title="关于三脚架扳扣锁松脱问题的专题会议纪要",
        record_title="[质量纪要] 关于三脚架扳扣锁松脱问题的专题会议纪要 - 驎影协同办公",
        date="2025-06-12",
        notes="OA document view: the minutes' 时间 line gives the date; 时间/地点/主持/参会/记录 lines in the body; a flow record table, a read count and a mark-as-read button; a vote count",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[质量纪要] 关于三脚架扳扣锁松脱问题的专题会议纪要 - 驎影协同办公</title>
<script src="/oa/static/viewer.js"></script></head>
<body>
<div class="oa-head">⟦m 驎影光学 · 协同办公平台⟧　<span>⟦m 当前用户：质量部 曹敏⟧</span>　<a>⟦a 退出登录⟧</a></div>
<div class="oa-tabs">⟦m 待办(6)　已办　公文管理　会议纪要　知识库⟧</div>
<div class="doc">
<h2>{T}</h2>
<div class="doc-meta">⟦m 拟稿：质量部　密级：内部　已阅人数：47⟧</div>
<div class="doc-body">
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 质量部 曹敏 拟稿 → 生产副总 万里 审核 → 总经理 伍岳 签发⟧</td></tr></table>
<div class="ops"><button>⟦a 标为已读⟧</button> <button>⟦a 导出版式文件⟧</button> <button>⟦a 转给同事⟧</button></div>
</div>
<div class="oa-foot">⟦d 内部资料，禁止截屏外传⟧　⟦m 驎影光学信息部运维　分机 8006⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日下午2:30
地点：公司三楼第二会议室
主持：生产副总 万里
参会：质量部、生产部、采购部、售后服务部负责人及扳扣锁供应商代表
记录：曹敏
近一个月，售后服务部共收到客户关于T-225型铝合金三脚架扳扣锁松脱的投诉19起。会议听取了质量部的原因分析，经讨论，纪要如下：
一、原因。扳扣锁塑料卡舌本批次原料变更，低温下韧性下降，是松脱的主要原因。
二、措施。立即停用该批次卡舌，库存的1260支三脚架逐支返工更换；已售出的，由售后服务部主动联系客户免费更换扳扣锁。
三、整改。采购部7月1日前完成供应商质量约谈，质量部修订扳扣锁来料检验标准，增加低温冲击试验。
会议对是否召回已售产品进行了表决，参会7人中5人同意以免费更换代替召回。
""",
    ),
    dict(
        slug="intranet-quchuan-busgroup-reader-fault-record",
        site="鼩川公交集团内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.20.1.8/portal/notice/2025/0415-22.html",
        title="关于部分车辆公交卡读卡机故障处理情况的通报",
        date="2025-04-15",
        record_date="2025-04-15",
        notes="record gives title and date; intranet text page with a login line, a read count and an export button; the 集团 name is also the signature (matched at the head)",
        page="""
!m 鼩川公交集团
!m 内部门户 ＞ 通知通报 ＞ 运营通报
{T}
!m 发布部门：运营服务部　阅读次数：312　密级：内部
{BODY}
!a 导出PDF　|　标记已读
!m 鼩川公交集团信息中心技术支持　内线 6600
""",
        body="""
各车队、卡务中心：
4月8日至10日，集团部分城乡线路车辆出现公交卡读卡机刷卡无反应、重复扣费等故障，共涉及车辆23台、乘客投诉41起。现将处理情况通报如下。
经排查，故障原因是读卡机程序升级后与部分老款公交卡不兼容。信息中心于4月11日完成程序回退，故障已全部排除。对重复扣费的乘客，卡务中心已逐一核实退款，共退款386元。
此次故障暴露出程序升级前测试不充分、故障上报不及时等问题。各车队驾驶员发现读卡机异常，要在10分钟内报调度，不得让乘客“刷不上就下车”。
鼩川公交集团运营服务部
2025年4月15日
""",
    ),
]
