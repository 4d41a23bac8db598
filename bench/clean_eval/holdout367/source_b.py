"""holdout367, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-dengxin-father-reading-lamp",
        site="灯芯絮语 (invented, Typecho-like blog)",
        style="博客",
        genre="博文",
        kind="other",
        form="html",
        source="https://dengxin.blog.lanjianwz.cn/archives/318/",
        title="父亲的那盏阅读灯",
        record_title="父亲的那盏阅读灯 - 旧事一束 - 灯芯絮语",
        date="2025-03-08",
        notes="blog post: the 发布于 byline is the page's date; tag cloud, archive, calendar and comment form; a like prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>父亲的那盏阅读灯 - 旧事一束 - 灯芯絮语</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script src="/usr/themes/lamp/js/highlight.pack.js"></script>
</head><body>
<header><h2 class="site-name">⟦m 灯芯絮语⟧</h2><p class="desc">⟦m 一盏灯，几行字，慢慢写⟧</p>
<nav>⟦m 首页　旧事一束　读书札记　关于⟧</nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：檀影⟧</li><li>⟦m 发布于 2025-03-08⟧</li><li>⟦m 分类：旧事一束⟧</li><li>⟦m 阅读 733⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：父亲, 阅读灯, 旧物⟧</p>
<p class="license">⟦d 本文采用 CC BY-NC 4.0 协议，转载请注明出处⟧</p>
<div class="post-near"><p>⟦l ← 上一篇：春天的第一场雨⟧</p><p>⟦l 下一篇：旧书摊上的《小说月报》 →⟧</p></div>
</article>
<section id="comments"><h3>⟦l 9 条评论⟧</h3>
<ol><li>⟦l 南窗：读到最后一段，眼睛湿了。⟧</li><li>⟦l 小满：我家也有一盏这样的灯，铁皮罩子，至今舍不得扔。⟧</li></ol>
<form>⟦l 称呼（必填）　邮箱（必填）　网站　发表评论⟧</form></section></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 旧物 读书 故乡 父亲 灯 雨 ⟧</p>
<h3>⟦l 归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (6)⟧</li></ul>
<h3>⟦l 日历⟧</h3><table class="cal"><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></aside>
<footer>⟦m © 2025 灯芯絮语 · 由 Typecho 强力驱动 · 主题 Lamp⟧</footer>
</body></html>
""",
        body="""
父亲书桌上的那盏阅读灯，是一九八六年他评上中学高级教师那年买的。绿色的铁皮灯罩，黄铜色的弯脖子，开关是一根垂下来的小拉绳，一拉“咔哒”一声。
小时候我最喜欢趴在桌角看他备课。灯光只照亮桌面那一小块，父亲的影子投在墙上，比他本人大出好几倍。他批改作文时用红墨水，偶尔停下笔，把灯脖子往下压一压，说这样光才不晃眼。
后来我去外地读书，每次放假回家，那盏灯总还在老地方。灯罩的漆掉了几块，父亲用绿色的油漆小心补上，补过的地方颜色深一些，像几片叶子。
父亲退休后眼睛越来越不好，我给他买了一盏新的护眼灯，亮度能调，还不闪。他说好，可第二天我看见新灯被收进了柜子，旧灯依旧亮着。⟦l 觉得写得好，就点个赞吧⟧
前年父亲走了。收拾遗物时，我把那盏灯带回了自己家，放在书桌上。晚上写东西时拉一下绳子，“咔哒”一声，好像他还坐在旁边。
""",
    ),
    dict(
        slug="blog-zhemu-language-lab-headphone-stands-wrapped",
        site="柘木老师的教学笔记 (invented)",
        style="博客",
        genre="博文",
        kind="other",
        form="text",
        source="http://zhemu-teach.blogbus.example.cn/post/2025/1217.html",
        title="语音室里的三十二个耳机架",
        record_title="【教书匠的碎碎念】语音室里的三十二个耳机架 | 柘木老师的教学笔记",
        date=None,
        notes="text hard-wrapped at 56 columns; a relative post time only (no date); categories, prev/next and comments",
        page="""
!m 柘木老师的教学笔记
!m 一个乡村初中英语老师的日常
!m 首页 | 课堂 | 班级 | 杂记 | 留言板
!t 【教书匠的碎碎念】语音室里的三十二个耳机架
!m 发表于 3 天前　分类：杂记　浏览（214）
{T}
{BODY}
!l 分类：杂记 ｜ 标签：语音室，耳机架，学生
!l « 前一篇：期末复习课上的一个小游戏　　后一篇：寒假作业怎么布置 »
!l 评论（3）　添加评论
!l 山那边的陈老师：我们学校也是耳机挂不住，回头试试你们的办法
!m 柘木老师的教学笔记 © 博客服务由博客巴士提供
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
学校的语音室有三十二个座位，每个座位配一副头戴式耳机。以前耳机用完就挂在显示器边上，或者干脆扔在桌上，线缠成一团，每次上课前光理线就要五分钟。
这学期开学，学校给每个座位装了一个耳机架，就是那种可以夹在桌沿上的铝合金小架子。第一节课我什么都没说，想看看孩子们会怎么用。结果下课时，挂上去的只有七副。
第二节课，我花了两分钟教大家怎么把线绕好再挂。不是强制要求，只是说“下一个班的同学来的时候，希望看到一个整齐的语音室”。那天下课，挂好的有二十多副。
现在一个多月过去了，每节课结束，三十二副耳机都会整整齐齐地挂在架子上。有一次我忘了提醒，班长站起来说了一句“耳机上架”，全班就动起来了。
一个小小的耳机架，成本不过二十来块钱，却让我看到了孩子们身上最可贵的东西：只要你相信他们，他们就会做得比你想的更好。
""",
    ),
    dict(
        slug="wechat-liaoyang-childrens-hospital-glow-sticks",
        site="燎阳市儿童医院公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wx.mirror-read.example.cn/s/ly-erte-20251030-a1",
        title="孩子咬破荧光棒怎么办？急诊科医生提醒",
        record_title=None,
        date="2025-10-30",
        notes="no title in the record (the <h1> has it); the account line's date is the page's date; a star prompt glued before the "
        "first words; 分享 and 关注 as content; 阅读原文/在看/赞赏 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>燎阳儿医</title>
<script>var biz="MzI4NTc1Njg0Mw==";var msg_time="1761826500";</script>
</head><body>
<div class="mirror-top">⟦m 公众号文章存档站 · 本页为镜像，内容以原文为准⟧</div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　急诊科 冉知秋　燎阳儿医　2025年10月30日 20:15　湖北⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<p class="qr">⟦a 长按识别二维码，预约专家门诊⟧</p>
<div class="tool">⟦a 阅读原文⟧　⟦l 阅读 1.8万⟧　⟦a 分享⟧　⟦a 点赞 302⟧　⟦a 在看 96⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="comment">⟦l 精选留言⟧<p>⟦l 豆豆妈：上周刚遇到，当时吓坏了，早看到就好了⟧</p><p>⟦l 燎阳儿医（作者）：处理得当一般没事，别太担心⟧</p></div>
</div>
<div class="mirror-foot">⟦d 本站仅对公开发布的公众号文章做存档备份，版权归原作者，如需删除请发邮件至 takedown@mirror-read.example.cn⟧</div>
</body></html>
""",
        p_html='<section style="margin-bottom:12px;"><span style="font-size:16px;">{}</span></section>',
        body="""
⟦a 点击上方蓝字“燎阳儿医”，设为星标不迷路⟧每年演唱会季和万圣节前后，急诊科都会接诊几个咬破荧光棒的孩子。家长往往吓得不轻，抱着孩子一路跑进来。今天我们就来说说，遇到这种情况该怎么办。
荧光棒里装的主要是过氧化氢溶液和一种叫草酸酯的荧光液，还有一个小玻璃管。少量液体进嘴，一般会有辣、麻、苦的感觉，嘴唇可能发红，但大多数不会引起严重中毒。
家长可以这样做：第一，立即让孩子把嘴里的东西吐出来，用清水反复漱口；第二，液体沾到皮肤上，用流动的清水冲洗十五分钟；第三，溅进眼睛的，一定要翻开眼皮冲洗，并尽快到医院眼科检查。
需要马上就医的情况有：孩子吞下了玻璃碎片，出现持续呕吐、呼吸困难，或者嘴里有明显的伤口出血。就医时最好把剩下的荧光棒一起带上，方便医生判断成分。
最后提醒，给三岁以下的孩子买玩具时尽量避开荧光棒。觉得有用的话，欢迎把这篇文章分享到家庭群里，也可以关注我们，获取更多儿童急救知识。
""",
    ),
    dict(
        slug="wechat-tingqiao-pledge-window-locks",
        site="廷桥街道发布 (invented, WeChat article mirrored as text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.mirror.example.org/tingqiaofabu/20250623-pledge",
        title="关于为家中窗户加装儿童安全锁的倡议书",
        record_title="关于为家中窗户加装儿童安全锁的倡议书 | 廷桥街道发布（离线镜像）",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="account line's date differs from the pledge's 成文日期; a follow prompt before the first words; in-article like row and "
        "a recruitment line between paragraphs",
        page="""
!m 廷桥街道发布
!m 原创　廷桥街道发布　2025-06-23 18:02　发表于广东
!t 关于为家中窗户加装儿童安全锁的倡议书 | 廷桥街道发布（离线镜像）
{T}
{BODY}
!a 👆点“在看”，让更多家长看到
!a 阅读原文　　　写留言
!l 近期推送：
!l ▶ 廷桥街道开展夏季防溺水入户宣传
!l ▶ 社区志愿者为独居老人检修电路
!d 镜像页面仅供离线阅读，原文以“廷桥街道发布”公众号为准。
""",
        body="""
⟦a 关注“廷桥街道发布”，第一时间了解身边事⟧各位居民朋友：
暑假即将到来，孩子们在家的时间明显增多。近年来，儿童从窗户坠落的悲剧时有发生，而这类事故大多发生在家长短暂离开的几分钟里。为守护孩子们的平安，廷桥街道向辖区全体居民发出如下倡议：
一、请家中有儿童的家庭，尽快为窗户加装儿童安全锁或限位器，把窗户开启宽度控制在十厘米以内。
二、请不要在窗边摆放床、沙发、椅子等可供攀爬的家具，也不要让孩子独自在阳台玩耍。
⟦w 社区招募“护窗”志愿者，报名请联系网格员小吴，微信 tq_wugrid⟧
三、已安装安全锁的家庭，请定期检查锁具是否松动，钥匙要放在孩子拿不到的地方。
四、请各位邻里相互提醒，发现有孩子攀爬窗台等危险情况，及时敲门提醒或联系社区。
一把锁，守护一个家。让我们共同行动起来，为孩子们撑起安全的“保护伞”。
廷桥街道办事处
2025年6月20日
""",
    ),
    dict(
        slug="docshare-wenhai-request-reading-lamps-doc",
        site="文海共享 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.wenhaigx.com/doc/2025/0306/11938204.html",
        title="关于为乡镇综合文化站采购阅读灯的请示",
        record_title="关于为乡镇综合文化站采购阅读灯的请示.doc",
        date="2025-02-26",
        notes="file-name record title; upload notice, points lock and a service WeChat next to the request's own 联系人/电话; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为乡镇综合文化站采购阅读灯的请示.doc_文海共享</title>
<script src="//cdn.wenhaigx.com/js/preview.3.2.js"></script>
</head><body>
<div class="header">⟦m 文海共享 WENHAI⟧ <input placeholder="搜一搜海量文档"> ⟦a 上传赚积分⟧ ⟦a 登录⟧</div>
<div class="path">⟦m 文海共享 › 行政公文 › 请示报告⟧</div>
<div class="fileinfo"><h1>{T}</h1>
<p>⟦m 格式：doc　大小：36KB　页数：2　上传者：文化站小编　上传于 2025-03-06⟧</p>
<p>⟦a 评分 ★★★★☆　｜　下载 284 次　｜　收藏 61 次⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="lock">⟦a 签到满7天可免积分下载本文档⟧ <button>⟦a 下载（需3积分）⟧</button></div>
<div class="notice">⟦d 本文档为网友自行上传，文海共享仅提供信息存储空间，不对内容真实性负责，若有侵权请举报删除。⟧</div>
<div class="kefu">⟦w 文档下载有问题？加客服微信 wenhai_kf06 处理⟧</div>
<div class="rec"><h4>⟦l 相似文档推荐⟧</h4><ul><li>⟦l 关于申请农家书屋图书更新经费的请示⟧</li><li>⟦l 镇文化站设施设备采购计划表⟧</li></ul></div>
<div class="ft">⟦m 文海共享 © 2018-2025　苏ICP备18056620号-1⟧</div>
</body></html>
""",
        body="""
县文化和旅游局：
我镇综合文化站阅览室现有座位40个，照明仅靠屋顶的六盏日光灯，桌面光线不均，不少座位偏暗。今年寒假期间，每天晚上来阅览室写作业、看书的中小学生有三十多人，家长多次反映孩子看书费眼。
为改善阅读条件，我镇拟为文化站阅览室采购护眼阅读灯40盏，每盏预算280元，共需资金11200元。我镇已从镇级文化经费中安排4000元，尚缺7200元。
特请求县文化和旅游局从县级公共文化服务补助资金中给予支持。采购将严格按照政府采购有关规定执行，灯具到位后统一登记入账，明确专人管理。
妥否，请批示。
联系人：渺原镇综合文化站　褚晓岚，电话：0550-7356207。
渺原镇人民政府
2025年2月26日
""",
    ),
    dict(
        slug="docshare-dianmo-report-headphone-stands-glued-markers",
        site="点墨文档网 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.dianmodoc.com/p-70018832.html",
        title="中学电教管理员2024年度述职报告",
        record_title="中学电教管理员2024年度述职报告（Word版可直接打印）-点墨文档网",
        date="2025-01-08",
        notes="preview text cut by page markers ⭸n⭸, glued to the continuation or on a line of their own; 成文日期 under the signature",
        page="""
!m 点墨文档网 - 一点即得的文档库
!t 中学电教管理员2024年度述职报告（Word版可直接打印）
!m 分类：述职报告 > 教师述职　页数：3　热度：★★★　上传时间：2025-01-13
!a 在线阅读　｜　下载到本地　｜　发送到邮箱
{T}
{BODY}
!a —— 预览到此结束，下载后可查看完整文档 ——
!a 需要 2 点墨豆　　余额不足？充值
!l 同分类文档：图书管理员年度述职报告　实验室管理员个人工作总结　信息技术教师述职报告
!d 点墨文档网所有文档均由用户上传并发布，仅供参考学习，如有侵权请在页面底部提交投诉。
!m 点墨文档网 dianmodoc.com　蜀ICP备19024418号
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⭸{n}⭸", every=110, start=2, glue="mix"),
        body="""
2024年，我担任学校电教管理员，负责全校多媒体教室、语音室、录播室的设备管理和技术保障工作。一年来，在学校领导和同事们的支持下，较好地完成了各项任务。现将履职情况报告如下。
一、设备管理方面。全年完成36间多媒体教室的巡检四轮，维修投影仪、电子白板等设备87台次，保障了正常教学。暑假期间，配合学校完成语音室改造，为64个座位加装了耳机架，解决了耳机随手乱放、线材缠绕损坏的老问题，耳机损耗率比上一年下降了一半以上。
二、技术服务方面。为青年教师开展录播系统使用培训3次；保障县级公开课、学校艺术节等大型活动11场，未出现技术事故。
三、存在的不足。一是设备台账更新不够及时；二是对老师们的个性化需求响应还不够快。
新的一年，我将继续加强学习，提高业务能力，为学校教育教学做好服务。
述职人：翟明远
2025年1月8日
""",
    ),
    dict(
        slug="edu-tingling-notice-headphone-stands-attachments",
        site="廷岭县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tingling.gov.cn/jydt/tzgg/202504/t20250403_33018.html",
        title="关于做好英语听说考试考场耳机及耳机架检查工作的通知",
        record_title="关于做好英语听说考试考场耳机及耳机架检查工作的通知-考务教研-廷岭县教育体育局",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the notice's own 附件 list, the notice's 联系人/电话/邮箱 "
        "next to the site's technical-support line; 下载 as content; 发布时间 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于做好英语听说考试考场耳机及耳机架检查工作的通知-考务教研-廷岭县教育体育局</title>
<script src="/static/js/aria.js"></script>
</head><body>
<div class="fw">⟦a 适老版⟧　⟦a 读屏模式⟧　⟦a 长辈浏览⟧</div>
<div class="logo">⟦m 廷岭县教育体育局　TINGLING EDUCATION & SPORTS⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育新闻⟧</li><li>⟦m 教研动态⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="wz">⟦m 您当前所在：首页 &gt; 教研动态⟧</div>
<div class="detail"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-04-03 09:12　来源：县教研室　阅读：1107⟧</div>
<div class="detail-con">
{BODY}
</div>
<div class="down"><p>⟦a 附件1：考场耳机检查记录表.docx（点击下载）⟧</p><p>⟦a 附件2：备用耳机调配申请表.docx（点击下载）⟧</p></div>
<div class="prev-next"><p>⟦l 上一篇：县中小学春季运动会竞赛规程⟧</p><p>⟦l 下一篇：关于开展义务教育阶段作业设计评比的通知⟧</p></div>
</div>
<div class="foot"><p>⟦m 主办单位：廷岭县教育体育局　地址：廷岭县城关镇学府路9号⟧</p>
<p>⟦m 网站技术支持电话：0738-5520098（工作日）⟧</p><p>⟦m 湘ICP备13017745号-1⟧</p></div>
</body></html>
""",
        body="""
各初级中学：
2025年初中英语听说考试将于5月中旬举行。为确保考试顺利进行，现就考场耳机及耳机架检查工作通知如下。
一、检查内容
各校要对用作考场的语音室逐座位检查耳机的收音、放音和降噪效果，检查耳机架是否牢固、是否遮挡考生视线。耳机架松动或缺失的，要在4月25日前完成维修或补装，考试期间耳机一律挂在耳机架上，不得放在桌面。
二、备用设备
每个考场按座位数的10%准备备用耳机。备用耳机不足的学校，请下载填写附件2，报县教研室统一调配。
三、报送要求
请各校于4月28日前将考场耳机检查记录表（附件1）盖章扫描后报送县教研室。
联系人：邵闻溪，电话：0738-5521346，邮箱：tljyks@126.com。
附件：1.考场耳机检查记录表
2.备用耳机调配申请表
廷岭县教育体育局教研室
2025年4月2日
""",
    ),
    dict(
        slug="edu-liaoyang-dorm-reading-lamps-plan-decimal",
        site="燎阳市楞湖区教育局 (invented, text page)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.lhjy.edu.cn/xwzx/tzgg/2025-08-27/2781.html",
        title="寄宿制学校学生宿舍护眼阅读灯安装实施方案",
        record_title="〔后勤·宿舍照明〕寄宿制学校学生宿舍护眼阅读灯安装实施方案 - 楞湖教育",
        date="2025-08-25",
        notes="decimal headings 1.1–3.2; a read-on-phone line between paragraphs; 成文日期",
        page="""
!m 楞湖教育　燎阳市楞湖区教育局主办
!m 首页 ＞ 通知公告 ＞ 后勤保障
!t 〔后勤·宿舍照明〕寄宿制学校学生宿舍护眼阅读灯安装实施方案
!m 发稿：区教育局后勤科　　审核：闵若川　　访问量：642
{T}
{BODY}
!a 【大字版】【打印】【收藏】【返回列表】
!l 相关链接：区教育局2025年秋季开学工作安排
!m 燎阳市楞湖区教育局　地址：楞湖区湖滨东路61号　邮编：436010
!m 鄂ICP备11009358号
""",
        body="""
为改善寄宿制学校学生晚间学习条件，保护学生视力，区教育局决定在全区寄宿制学校学生宿舍安装护眼阅读灯，特制定本方案。
1 实施范围和标准
1.1 全区7所寄宿制中小学的412间学生宿舍，每个床位安装一盏床头护眼阅读灯。
1.2 阅读灯须为低压直流供电，无可视频闪，色温不高于4000K，灯体采用阻燃材料。
⟦a 手机扫码，随时查看本方案⟧
2 实施步骤
2.1 8月底前，各校统计宿舍床位数和现有线路情况，报区教育局后勤科。
2.2 9月中旬前，区教育局统一招标采购，由中标单位负责安装和线路改造。
2.3 9月底前，各校组织验收，验收合格后投入使用。
3 管理要求
3.1 各校要制定宿舍阅读灯使用规定，统一在晚上十点熄灯后断电，防止学生熬夜。
3.2 阅读灯纳入宿舍安全日查内容，发现损坏及时报修，严禁学生私拉电线、自带大功率电器。
燎阳市楞湖区教育局
2025年8月25日
""",
    ),
    dict(
        slug="oa-tingling-taxi-minutes-wheel-covers",
        site="廷岭县出租汽车公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tlczc.local/doc/view.do?docId=2025110600417",
        title="关于冬季驾驶员方向盘套统一配发的专题会议纪要",
        record_title="〔内部·会议纪要〕关于冬季驾驶员方向盘套统一配发的专题会议纪要 - 廷岭出租OA公文库",
        date="2025-11-04",
        notes="OA document view: 流转记录, read count, archive/forward buttons; the minutes' 时间/地点/主持/参会/记录 lines and a vote count "
        "stay in the body; the date is the meeting's 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔内部·会议纪要〕关于冬季驾驶员方向盘套统一配发的专题会议纪要 - 廷岭出租OA公文库</title>
<script src="/oa/js/docview.js"></script></head><body>
<div class="oa-top">⟦m 廷岭出租协同办公　欢迎您，调度中心 何静姝⟧ <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　公文流转　会议管理　知识库　通讯录⟧</div>
<div class="doc-toolbar">⟦a 归档⟧ ⟦a 转发⟧ ⟦a 标为已读⟧ ⟦a PDF另存⟧</div>
<div class="doc-title"><h2>{T}</h2>
<p>⟦m 文档编号：TLCZ-JY-2025-027　密级：内部　已读 46 人 / 未读 9 人⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-11-05 15:20　综合办 宁书杭　起草⟧</p>
<p>⟦m 2025-11-06 09:41　总经理 尹崇山　审签⟧</p>
<p>⟦m 2025-11-06 10:03　综合办　分发至各车队⟧</p></div>
<div class="oa-foot">⟦d 本系统为公司内部办公平台，文件内容严禁外传。⟧　⟦m 信息中心技术支持 分机 8021⟧</div>
</body></html>
""",
        body="""
时间：2025年11月4日下午3点
地点：公司三楼会议室
主持：副总经理　柯文正
参会：安全技术部、营运部、财务部、工会及四个车队负责人
记录：宁书杭
会议听取了安全技术部关于驾驶员冬季用车情况的汇报，就统一配发方向盘套有关事项进行了研究。纪要如下：
一、会议认为，入冬后部分驾驶员自行购买的毛绒方向盘套过厚、易打滑，存在安全隐患，有必要由公司统一配发符合安全要求的产品。
二、会议确定，为全公司326辆运营车辆每车配发方向盘套一个，选用防滑透气材质，由安全技术部11月20日前完成采购，所需费用在安全生产经费中列支。
三、配发后，各车队要督促驾驶员拆除自购的不合格套子，安全技术部结合月度安全检查进行抽查。
四、关于是否同时为驾驶员配发保暖手套，参会人员表决：赞成7票，反对2票，弃权1票。会议决定一并配发。
""",
    ),
    dict(
        slug="oa-lunxi-callcenter-headphone-rules",
        site="仑溪农商银行内网 (invented, text export)",
        style="企业内网",
        genre="规定",
        kind="regulation",
        form="text",
        source="http://portal.lxrcb.intra/zhidu/kfzx/2025-014.html",
        title="客户服务中心耳机及耳机架卫生管理规定",
        notes="record title as is; 第N条 articles; no date (an effective clause only); read receipt and IT desk lines around it",
        date=None,
        page="""
!m 仑溪农商银行内网门户 › 制度文库 › 客户服务中心
!m 制度编号：LXRCB-KF-2025-014　　发布部门：客户服务中心　　阅读次数：219
{T}
!a [收藏本制度]　[导出Word]　[我已阅读并知悉]
{BODY}
!l 本类其他制度：客户服务中心坐席排班管理办法　｜　客户来电录音调阅规定
!m 内网技术支持：信息科技部 分机 6600
!d 内部资料，注意保密，严禁截图外传
""",
        body="""
第一条　为保障客户服务中心坐席人员身体健康，规范耳机及耳机架的使用和保管，制定本规定。
第二条　坐席人员实行一人一副耳机，耳机上贴姓名标签，不得混用、借用。
第三条　每个坐席配备耳机架一个。下班或离开坐席超过十分钟的，须将耳机挂在耳机架上，不得放在键盘、桌面或抽屉内。
第四条　耳机海绵套每月更换一次，耳机和耳机架每周用酒精棉片擦拭消毒一次，由班组长检查登记。
第五条　耳机或耳机架损坏的，坐席人员应当及时向综合岗报修，不得自行拆卸。
第六条　违反本规定的，由客户服务中心给予提醒；一个季度内累计三次的，在季度考核中扣减相应分值。
第七条　本规定由客户服务中心负责解释，自印发之日起施行。
""",
    ),
]
