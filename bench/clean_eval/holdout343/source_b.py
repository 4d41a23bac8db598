"""holdout343, part B: blogs, WeChat mirrors, sharing sites, education portals, intranets. Invented text."""

CASES = [
    dict(
        slug="blog-fenbihui-felt-board-bracket-time",
        site="粉笔灰里的春天 (invented, WordPress-like teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://fenbihui.blog/2025/04/felt-board-four-corners/",
        title="教室后墙那块毛毡板",
        record_title="【班级小事】教室后墙那块毛毡板 ‹ 粉笔灰里的春天",
        date="2025-04-09",
        notes="blog post with a bracketed post time (the page's date), calendar widget, tag cloud, archive, comment form; "
        "a further-reading link glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【班级小事】教室后墙那块毛毡板 ‹ 粉笔灰里的春天</title>
<link rel="stylesheet" href="/wp-content/themes/chalk/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header class="site-header"><p class="site-title"><a href="/">⟦m 粉笔灰里的春天⟧</a></p><p class="site-description">⟦m 一个小学班主任的讲台边笔记⟧</p></header>
<nav class="menu"><ul><li>⟦m 首页⟧</li><li>⟦m 班级小事⟧</li><li>⟦m 读书笔记⟧</li><li>⟦m 关于我⟧</li></ul></nav>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2025-04-09 20:16]　分类：班级小事　by 苏老师⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：毛毡板 / 班级文化 / 三年级⟧</footer>
</article>
<nav class="post-nav"><p>⟦l « 前一篇 给家长的第一封周记回信⟧</p><p>⟦l 后一篇 » 春游前的一堂安全课⟧</p></nav>
<section class="comments">
<h3>⟦l 3 条留言⟧</h3>
<p>⟦l 柳叶：分四格这个办法真好，我们班也想试试。⟧</p>
<p>⟦l 阿禾老师：“大人少贴一点”，说得太对了。⟧</p>
<form><p>⟦a 留下你的想法（邮箱不会被公开）⟧</p><button>⟦a 发表留言⟧</button></form>
</section>
</main>
<aside class="sidebar">
<div class="widget">⟦l 四月 2025 日历：1 2 3 4 5 6 7 8 9 10 …⟧</div>
<div class="widget"><h4>⟦l 标签云⟧</h4><p>⟦l 班会 家访 毛毡板 读书 春游 作文⟧</p></div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年四月 (5)⟧</li><li>⟦l 2025年三月 (8)⟧</li></ul></div>
</aside>
<footer class="site-footer">⟦d 本博文字如需转载，请先留言打个招呼。⟧ ⟦m 由 WordPress 驱动 · 主题 Chalk⟧</footer>
</body>
</html>
""",
        body="""
开学第一周，我把教室后墙那块旧毛毡板彻底清理了一遍。揭下来的东西装了满满一纸箱：褪色的手抄报、卷了边的奖状、去年运动会的照片，还有二十多枚生锈的图钉。
这块毛毡板跟了这个班三年。一年级时，孩子们够不着，只能仰着头看我把他们的画贴上去；到了三年级，他们已经会自己踮着脚，用魔术贴把作品贴得整整齐齐。
这学期我想换个用法。我把毛毡板分成四格：“我的新发现”“本周好问题”“悄悄话信箱”和“作品角”，每格交给一个小组管理，内容由孩子们自己定，我只负责检查有没有尖锐的固定物。⟦l 延伸阅读：班级文化墙的三种布置思路⟧
第一周，“本周好问题”那一格就贴满了便利贴：“为什么毛毡能粘住魔术贴？”“毛毡是用羊毛做的吗？”我没有急着回答，而是把问题留给了科学课。
一块毛毡板，说到底是孩子们的一块地。大人少贴一点，孩子就能多长一点。
""",
    ),
    dict(
        slug="blog-xiaoman-toy-box-labels-wrapped",
        site="小满妈妈的育儿手帐 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://xiaomanmama.cc/notes/104.html",
        title="给玩具收纳箱贴上图画标签以后",
        record_title="给玩具收纳箱贴上图画标签以后｜小满妈妈的育儿手帐 · 收纳篇",
        date=None,
        notes="blog text hard-wrapped at 58 columns; only relative and update stamps, no date; comment box below",
        page="""
!m 小满妈妈的育儿手帐
!m 记录一个普通妈妈和一个四岁女孩的日常
!m 首页 | 收纳篇 | 绘本篇 | 留言本
{T}
!m 写于 3 周前 · 阅读 902 · 最后修改于 5 天前
{BODY}
!l 分类：收纳篇　　标签：玩具收纳 / 秩序感 / 四岁
!l ← 上一篇：带小满第一次去图书馆
!l → 下一篇：周末在阳台种了一盆薄荷
!l 评论（2）
!l 青团妈：我家也是过家家玩具最难收，杂货箱这招学到了
!l 博主回复：哈哈，杂货箱是最后的退路
!a 写下你的评论…　　［提交］
!d 本站所有文字均为原创，转载请联系博主并注明出处。
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
小满四岁以后，家里的玩具就像会繁殖一样，客厅、卧室、阳台到处都是。每天晚上收拾玩具，几乎成了我和她之间的“固定节目”，而且常常以哭闹收场。
上个月，我买了六只半透明的玩具收纳箱，想了个办法：不写字，只贴图。积木箱上贴一张积木的照片，小汽车箱上贴一辆小汽车，毛绒玩具箱上贴一只她最喜欢的兔子。
第一天，她抱着兔子在箱子前站了半天，然后把兔子放了进去，又跑去把散落在沙发底下的积木一块块捡回来。那一刻我差点笑出声。
当然，图画标签不是万能的。有些玩具不好归类，比如一套过家家的厨具里既有小锅又有塑料蔬菜，她就会犹豫。我们商量后，干脆给这类玩具单独设了一只“杂货箱”。
现在，收玩具从每晚的“战斗”变成了游戏。我想，收纳箱真正收起来的不只是玩具，还有孩子一点点长出来的秩序感。
""",
    ),
    dict(
        slug="wechat-gualing-police-bag-cover-missing-title",
        site="号外存档 (invented WeChat mirror) / 卦岭交警",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://haowaicundang.com/a/gualingjiaojing/20250512_2.html",
        title="下雨天，给孩子的书包穿上“反光雨衣”",
        record_title=None,
        date="2025-05-12",
        notes="no title in the record (the <h1>); the account line is the page's date; a star prompt before the salutation; "
        "在看/阅读原文/赞赏 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>下雨天，给孩子的书包穿上“反光雨衣” - 卦岭交警 - 号外存档</title>
<meta name="description" content="公众号文章存档">
<script>var biz="MzU4NDgwMTI3Mg==";</script>
</head>
<body>
<div class="mirror-top">⟦m 号外存档 · 公众号文章备份站⟧ <a href="/">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 卦岭交警⟧</span> <span>⟦m 2025年05月12日 18:30 陕西⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 阅读 5612　　赞 203　　在看 77⟧</div>
<div class="reward">⟦a 喜欢作者，给他一点鼓励⟧</div>
<div class="qr">⟦a 长按识别二维码，关注卦岭交警⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的自动备份，版权属于原公众号，如需删除请发邮件告知。⟧</div>
<div class="mirror-foot">⟦m 号外存档 haowaicundang.com　收录于 2025-05-13⟧</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:1.75em;">{}</p>',
        body="""
⟦w 点上方蓝字“卦岭交警”，设为星标，推送不走丢⟧家长朋友们：
雨季到了，清晨和傍晚的能见度明显下降。孩子们背着深色书包、打着伞走在路边，驾驶人往往很难及早发现。
给书包套上一只带反光条的书包罩，是一个花钱少、见效快的好办法。我们做过一个小实验：夜间在没有路灯的路段，驾驶人在约40米处才能看清穿深色衣服的行人，而书包罩上的反光条在150米外就能被车灯照亮。
选购书包罩时，请注意以下几点：
1.颜色选亮黄、荧光橙等醒目色；
2.反光条要环绕四周，宽度不小于2厘米；
3.尺寸略大于书包，罩口松紧适中，不要遮挡孩子的视线；
4.雨后及时晾干，反光条磨损脱落要及时更换。
也请家长提醒孩子：雨天不追跑，过马路走斑马线，打伞时不要把伞压得太低。
⟦l 往期回顾：暑期骑电动车“一盔一带”提示⟧
""",
    ),
    dict(
        slug="wechat-gaoyang-mch-cup-replace-account-date",
        site="号外存档 (invented WeChat mirror) / 镐阳妇幼保健院",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://haowaicundang.com/a/gaoyangfuyou/20250702_1.html",
        title="孩子的水杯，多久该换一次？",
        record_title="孩子的水杯，多久该换一次？｜镐阳妇幼（公号原文存档）",
        date="2025-07-02",
        notes="account line is the page's date; a follow prompt glued after the last sentence; 在看/赞 rows; archive stamp is no date",
        page="""
!m 号外存档 · 公众号文章备份
!t 孩子的水杯，多久该换一次？｜镐阳妇幼（公号原文存档）
{T}
!m 镐阳妇幼保健院　2025-07-02 17:05　发表于陕西
!m 文｜儿童保健科 季蔓　审核｜柏文涛
{BODY}
!a 分享　　收藏　　在看 121　　赞 340
!l 往期精彩：
!l 宝宝多大可以用吸管杯？
!l 夏季儿童腹泻，这几件事别做错
!d 本文为公众号文章备份，著作权归原作者所有；如需下架，请联系 takedown@haowaicundang.com。
!m 存档时间：2025-07-03 02:14
""",
        body="""
不少家长问：孩子的水杯多久换一次合适？今天，我院儿童保健科的医生来给大家说一说。
一、看材质。儿童水杯常见的有不锈钢、Tritan、PP和硅胶几类。不锈钢杯胆比较耐用，一般两三年更换一次即可；塑料杯身和硅胶吸嘴容易老化，建议半年到一年更换一次。
二、看状态。出现以下情况，不管用了多久都应立即更换：杯身有裂纹或明显划痕；吸嘴、密封圈发黄发黑，清洗后仍有异味；保温效果明显下降，杯底生锈。
三、看清洗。吸管和吸嘴最容易藏污纳垢，每天用完都要拆开清洗，每周用沸水或蒸汽消毒一次。不要用钢丝球刷洗杯身，以免刮出划痕滋生细菌。
四、看用途。儿童水杯最好只装白开水，不建议长时间盛放果汁、牛奶，更不要用保温杯装碳酸饮料。
对孩子的饮水习惯还有疑问，可以在儿童保健门诊就诊时向医生咨询。⟦a 戳右下角“在看”，转给身边的家长⟧
""",
    ),
    dict(
        slug="docshare-zhiyuan-request-paint-boxes-pdf",
        site="纸鸢文档 (invented sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.zhiyuandoc.com/file/20250402/118764.html",
        title="关于为中心小学美术教室购置颜料盒等教学耗材的请示",
        record_title="关于为中心小学美术教室购置颜料盒等教学耗材的请示.pdf",
        date="2025-03-17",
        notes="file-name record title; file-info box, sign-in points lock, service WeChat beside the request's own contact; "
        "upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于为中心小学美术教室购置颜料盒等教学耗材的请示.pdf - 纸鸢文档</title>
<script src="/assets/reader.js"></script>
</head>
<body>
<div class="hd"><a class="logo">⟦m 纸鸢文档⟧</a> <span>⟦m 放飞每一份好资料⟧</span> <a>⟦a 上传我的文档⟧</a> <a>⟦a 签到领积分⟧</a></div>
<div class="bread">⟦m 纸鸢文档 / 公文写作 / 请示报告⟧</div>
<div class="file-box">
<h1>⟦t 关于为中心小学美术教室购置颜料盒等教学耗材的请示.pdf⟧</h1>
<ul>
<li>⟦m 文件大小：186 KB⟧</li><li>⟦m 页数：2 页⟧</li><li>⟦m 分享人：zuo**hm⟧</li><li>⟦m 上传时间：2025-04-02 10:51⟧</li>
</ul>
<p>⟦a 下载需 5 积分（签到 7 天即可免费下载）⟧</p>
</div>
<div class="doc-content">
<h2>{T}</h2>
{BODY}
</div>
<div class="lock">⟦a 已为您展示全部 2 页，喜欢就点个收藏吧⟧</div>
<div class="kefu">⟦w 资料有疑问？加客服微信 zhiyuan_kf09 咨询⟧</div>
<div class="rel"><h4>⟦l 同类文档推荐⟧</h4><ul>
<li>⟦l 关于申请学校功能室设备更新经费的请示.pdf⟧</li>
<li>⟦l 小学美术教学器材配备清单（2024版）.xlsx⟧</li></ul></div>
<div class="ft">⟦d 纸鸢文档仅为用户提供存储分享空间，文档内容由上传者负责；发现侵权内容请点击“举报”。⟧<br>⟦m zhiyuandoc.com　鄂ICP备21008734号⟧</div>
</body>
</html>
""",
        body="""
镇人民政府：
我镇中心小学及所属六个教学点现有学生1286人，按照国家课程方案要求，各年级每周开设美术课两节。目前学校使用的颜料盒大多是2019年统一采购的，经过五年使用，很多颜料盒铰链断裂、盒盖合不拢，颜料干结无法使用，部分班级只能几名学生合用一盒，影响正常教学。
为保障美术课正常开展，经学校行政会研究，拟购置以下教学耗材：
1.十八色水粉颜料盒650盒；
2.十二色固体水彩颜料盒400盒；
3.调色盘、洗笔桶各300个。
以上耗材预计需资金约4.6万元，拟从2025年度学校公用经费中列支。
妥否，请批示。
联系人：俎红梅　联系电话：0917-6351207
俎口镇中心小学
2025年3月17日
""",
    ),
    dict(
        slug="docshare-fengchao-pledge-felt-boards-line-markers",
        site="蜂巢文档 (invented sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://fengchaodoc.cn/d/7c1e0a44.html",
        title="关于教室毛毡板“旧板新用”的倡议书",
        record_title="【绿色校园】关于教室毛毡板“旧板新用”的倡议书（校园张贴版）",
        date="2025-04-22",
        notes="'⋤n⋥' page markers on lines of their own cutting paragraphs; date in Chinese numerals under two signatures; "
        "a sentence asking schools to mail photos is content",
        page="""
!m 蜂巢文档 —— 一格一格攒出来的资料库
!m 首页 › 教育资料 › 校园倡议
!t 【绿色校园】关于教室毛毡板“旧板新用”的倡议书（校园张贴版）
!m 上传：巢友5521　｜　上传于 2025-05-30　｜　DOC　｜　3 页
!a 【下载原文】　【加入蜂巢收藏】　【一键转发】
{T}
{BODY}
!a 预览到此为止，下载后可查看完整排版
!l 相关倡议：节约用纸倡议书｜光盘行动倡议书｜校园旧物循环倡议
!d 蜂巢文档所收资料均来自网友分享，仅供学习参考，请勿用于商业用途。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⋤{n}⋥", every=150, start=2),
        body="""
全县各学校、幼儿园，各位老师：
毛毡板是教室里最常见的展示工具，也是最容易被“一次性使用”的教具。每到学期末，不少学校把旧毛毡板连同上面的图钉、胶带一起拆下扔掉；新学期开始，又统一采购新的毛毡板。这样做既浪费，也不环保。为此，我们向大家发出“旧板新用”倡议：
一、能修不换。毛毡板表面起球、褪色的，可以用粘毛滚筒清理或整块翻面使用；边框松动的，请总务处维修后继续使用。
二、一板多用。旧毛毡板裁成小块，可以做成桌面写字垫、作品托板、数学教具底板，也可以发给学生做手工。
三、干净撤展。撤下展示内容时，请把图钉、双面胶和订书钉清理干净，方便下一个班级接着用。
四、分享交流。欢迎各校把毛毡板再利用的好办法拍成照片，发到县教研室邮箱，我们将择优汇编推广。
让一块毛毡板多用几年，就是给孩子上一堂看得见的节约课。
卦岭县中小学教研室
卦岭县少先队工作委员会
二〇二五年四月二十二日
""",
    ),
    dict(
        slug="edu-gualing-notice-rain-safety-attachments",
        site="卦岭县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.gualing.gov.cn/tzgg/202505/t20250519_6612.html",
        title="卦岭县教育局关于做好雨季学生上下学安全防护工作的通知",
        record_title="卦岭县教育局关于做好雨季学生上下学安全防护工作的通知 - 通知公告 · 卦岭教育",
        date="2025-05-16",
        date_also=["2025-05-19"],
        notes="适老版/读屏 links; the notice's own contact and mailbox beside the site's technical line; 附件 list beside "
        "attachment download links; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>卦岭县教育局关于做好雨季学生上下学安全防护工作的通知 - 通知公告 · 卦岭教育</title>
<script src="/js/aria.js"></script>
<style>.wza{float:right}</style>
</head>
<body>
<div class="top"><span>⟦m 卦岭教育⟧</span><span class="wza">⟦a 适老版⟧ ⟦a 读屏模式⟧ ⟦a 站内检索⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 教育要闻⟧</a><a>⟦m 通知公告⟧</a><a>⟦m 招生考试⟧</a><a>⟦m 安全教育⟧</a></div>
<div class="pos">⟦m 您当前的位置：首页 ＞ 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-05-19　发布单位：县教育局安全股　浏览：1306⟧</p>
<div class="con">
{BODY}
</div>
<div class="attach">
<p>⟦a 点击下载：附件1 致家长的一封信（雨季安全版）.docx⟧</p>
<p>⟦a 点击下载：附件2 雨季安全自查表.xlsx⟧</p>
</div>
<p class="print">⟦a 【打印正文】【关闭本页】⟧</p>
</div>
<div class="list"><h4>⟦l 近期通知⟧</h4><ul><li>⟦l 关于开展2025年防溺水专项督查的通知⟧</li><li>⟦l 关于做好端午节假期安全工作的提醒⟧</li></ul></div>
<div class="foot">
<p>⟦m 主办：卦岭县教育局　地址：卦岭县城关镇育才路6号⟧</p>
<p>⟦m 网站技术支持热线：0917-6622000⟧</p>
<p>⟦m 陇ICP备2021003357号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校、幼儿园：
我县即将进入主汛期，降雨天气增多，学生上下学途中的交通、溺水等安全风险明显上升。为切实做好雨季学生上下学安全防护工作，现将有关事项通知如下：
一、开展一次雨季安全专题教育。各校要在5月底前利用班会、家长会，讲解雨天出行、防雷电、防溺水等安全知识，并把附件中的《致家长的一封信》打印发放到每位家长手中。
二、推广使用反光书包罩。县教育局已为全县一至三年级学生配发反光书包罩，各校要指导学生正确佩戴，提醒家长不要给孩子选用遮挡视线的雨具。
三、加强校门口护学岗值守。雨天上学、放学时段，学校要增派值班教师，配合交警和家长志愿者疏导交通。
四、严格落实信息报送。遇有暴雨红色预警，各校要按规定及时调整到校、离校时间，并报县教育局备案。
联系人：阙志平　联系电话：0917-6622315　邮箱：glxjyjaq@163.com
附件：1.致家长的一封信（雨季安全版）
2.雨季安全自查表
卦岭县教育局
2025年5月16日
""",
    ),
    dict(
        slug="edu-quexi-bulletin-toy-box-check-docno",
        site="阙溪教育 (invented education portal)",
        style="教育门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.quexiedu.cn/tongbao/2025/0430/2207.html",
        title="阙溪县教育体育局关于全县幼儿园玩具收纳箱安全排查情况的通报",
        record_title="阙溪县教育体育局关于全县幼儿园玩具收纳箱安全排查情况的通报｜阙溪教育·通报栏",
        date="2025-04-28",
        notes="文号 line (neutral) under the title; 抄送 line; numbered problems; a glued 'scan to read' prompt",
        page="""
!m 阙溪教育　　阙溪县教育体育局主办
!a 无障碍　|　长辈版　|　手机版
!m 当前位置：首页 >> 通报栏
{T}
阙教体发〔2025〕21号
!m 来源：学前教育股　　点击数：377　　更新时间：2025-04-30
{BODY}
!a 【大字版】【打印】【关闭】
!l 上一篇：关于开展学前教育宣传月活动的通知
!l 下一篇：2025年春季学期幼儿园办园行为督导评估结果
!m 阙溪县教育体育局　地址：阙溪县溪口路18号　邮编：725600
!m 技术维护：阙溪县信息中心　0917-7215500
""",
        body="""
各乡镇中心学校，县直各幼儿园，各民办幼儿园：
4月中旬，县教育体育局组织学前教育股、安全股对全县46所幼儿园的玩具收纳箱和玩教具柜开展了安全排查。现将排查情况通报如下。
一、总体情况
此次共排查活动室、午睡室218间，玩具收纳箱和玩教具柜3140个，发现问题隐患87处，已当场整改52处，其余35处已下发整改通知。
二、主要问题
（一）箱柜固定不牢。部分幼儿园的高柜未与墙体固定，存在倾倒风险。（二）箱体破损老化。有的塑料收纳箱开裂后仍在使用，断口锋利。（三）带盖收纳箱存在夹手隐患。部分翻盖式收纳箱没有安装缓降铰链，盖子容易突然落下。⟦a 扫码把本通报存到手机⟧
三、表扬与批评
县第二幼儿园、弭河镇中心幼儿园建立了玩教具“一柜一卡”管理制度，值得推广；个别民办幼儿园对上次排查指出的问题至今未整改，予以通报批评。
四、工作要求
各园要在5月31日前完成全部整改，并将整改前后的照片报送县教育体育局学前教育股。
阙溪县教育体育局
2025年4月28日
抄送：县市场监督管理局，县消防救援大队。
""",
    ),
    dict(
        slug="oa-caidie-minutes-paint-box-vote",
        site="彩蝶文具 OA (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.caidie-stationery.com/doc/view?id=20250619-031",
        title="彩蝶文具公司颜料盒注塑车间质量分析会会议纪要",
        record_title="【生产口·会议纪要】彩蝶文具公司颜料盒注塑车间质量分析会会议纪要｜彩蝶OA工作台",
        date="2025-06-19",
        notes="OA document view with 流转记录, read count and 归档/转发 buttons; the minutes' 时间 line is the date; "
        "参会/主持/记录 lines and a vote count in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【生产口·会议纪要】彩蝶文具公司颜料盒注塑车间质量分析会会议纪要｜彩蝶OA工作台</title>
<script src="/oa/js/flow.js"></script>
</head>
<body class="oa">
<div class="oa-top">⟦m 彩蝶OA工作台⟧ <span>⟦m 您好，任晓倩（质量部）⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu"><ul><li>⟦m 待办事项⟧</li><li>⟦m 公文流转⟧</li><li>⟦m 会议管理⟧</li><li>⟦m 制度文库⟧</li></ul></div>
<div class="oa-crumb">⟦m 会议管理 › 会议纪要 › 查看⟧</div>
<div class="oa-doc">
<div class="oa-btns">⟦a 归档　转发　导出PDF　标为已读⟧</div>
<h2>{T}</h2>
<div class="oa-meta">⟦m 密级：内部　紧急程度：一般　阅读人数：27⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 任晓倩 起草 → 柏俊峰 审核 → 总经办 签发⟧</p>
<p>⟦m 已阅：质量部、注塑车间、装配车间、采购部、技术部⟧</p></div>
</div>
<div class="oa-foot">⟦d 本系统仅限公司内部使用，严禁外传、截图转发。⟧ ⟦m IT服务台分机：8066⟧</div>
</body>
</html>
""",
        body="""
时间：2025年6月19日下午2:30
地点：公司三楼第二会议室
主持：柏俊峰（生产副总经理）
参会：质量部、注塑车间、装配车间、采购部、技术部负责人及班组长共14人
记录：任晓倩
会议听取了质量部关于5月份颜料盒产品质量情况的通报。5月份共生产十二色、十八色、二十四色颜料盒21.6万只，客户投诉9起，其中盒盖铰链断裂6起、卡扣松脱2起、调色格串色1起。会议逐项分析了原因，形成以下意见：
一、铰链断裂主要因回料比例偏高、材料韧性不足所致。自6月23日起，铰链部位原料的回料比例由30%降至10%以下，由技术部出具工艺变更单。
二、注塑车间要对3号、5号机模具进行保养，每班首件须做开合试验200次，合格后方可批量生产。
三、采购部要对两家原料供应商进行现场复核，7月10日前提交复核报告。
四、会议就是否暂停二十四色颜料盒出货进行了表决：应到14人，实到14人，同意暂停出货、全检后放行的12票，反对1票，弃权1票，议定通过。
""",
    ),
    dict(
        slug="oa-hequan-rules-cup-mouthpiece-record",
        site="禾泉日用品内网 (invented intranet)",
        style="企业内网",
        genre="规定",
        kind="rules",
        form="text",
        source="http://10.8.1.20/zhidu/shengchan/0417.html",
        title="儿童水杯硅胶吸嘴装配工序作业规定",
        date=None,
        notes="title as in the record; 第N条 articles; a rule with only an effective clause, no date; revision stamp is relative",
        page="""
!m 禾泉内网 · 嬴川县禾泉日用品有限公司
!m 制度库 › 生产管理 › 作业规定
!a 【标记已读】　【转发给同事】　【下载附件】
{T}
!m 编号：HQ-SC-017　归口：质量部　最近修订：2 个月前　阅读 216
{BODY}
!l 相关制度：吸管杯总装工序检验规范 ｜ 车间6S管理办法 ｜ 不合格品处置流程
!d 内部资料，未经许可不得对外提供。
!m 信息部值班电话：分机 3020
""",
        indent="\u3000\u3000",
        body="""
第一条　为保证儿童水杯硅胶吸嘴装配质量，防止吸嘴脱落、漏水等问题，根据公司质量管理制度，制定本规定。
第二条　本规定适用于二号车间吸管杯、鸭嘴杯生产线的吸嘴装配工序。
第三条　操作人员上岗前须洗手消毒，佩戴口罩、帽子和一次性手套，不得佩戴戒指、手链等饰物。
第四条　装配前应检查吸嘴外观，有缺料、飞边、杂质、色差的一律挑出，放入红色不合格品盒。
第五条　吸嘴装入杯盖后，须逐只进行拉力检查，拉力不得低于50牛；每小时抽取5只做密封倒置试验，并填写记录表。
第六条　装配台面每两小时用75%酒精擦拭一次，掉落地面的吸嘴不得回用。
第七条　违反本规定造成批量不合格的，按公司奖惩办法处理。
第八条　本规定由质量部负责解释，自发布之日起施行。
""",
    ),
]
