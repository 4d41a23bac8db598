"""holdout358, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, written by hand for this part (see ../README.md and ../build.py for the markup).
"""

CASES = [
    # ------------------------------------------------------------------ 博客 (HTML)
    dict(
        slug="blog-chaimi-grandma-blotting-paper",
        site="柴米手记 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://chaimi.me/archives/1187/",
        title="外婆的那一沓吸油纸",
        record_title="《外婆的那一沓吸油纸》—— 柴米手记（旧物随笔）",
        date="2025-02-11",
        notes="Typecho-like blog: the post's 发布于 line is the page's date; tag cloud, archive, calendar, comment form; a "
        "like button glued after a sentence, a further-reading link between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>《外婆的那一沓吸油纸》—— 柴米手记（旧物随笔）</title>
<link rel="stylesheet" href="https://chaimi.me/usr/themes/plain/style.css">
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="https://chaimi.me/feed/">
<script src="https://chaimi.me/usr/themes/plain/js/theme.js"></script>
</head>
<body>
<header class="site-head">
<a class="site-title" href="/">⟦m 柴米手记⟧</a>
<p class="site-desc">⟦m 灶台边的字，写给慢下来的人⟧</p>
<nav><a href="/">⟦m 回到主页⟧</a> <a href="/category/jiushi/">⟦m 旧物⟧</a> <a href="/category/chufang/">⟦m 厨房⟧</a> <a href="/about.html">⟦m 关于我⟧</a></nav>
</header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发布于 2025-02-11 · 分类：旧物 · 被围观 642 次⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="post-tags">⟦l 本文标签：外婆　吸油纸　旧物⟧</div>
<div class="post-near"><p>⟦l ← 较早的文章：那只掉了漆的搪瓷盆⟧</p><p>⟦l 较新的文章：腊月里的第一锅米糖 →⟧</p></div>
</article>
<section class="comments">
<h3>⟦l 已有 5 条评论⟧</h3>
<p>⟦l 木耳：我奶奶也有这样一沓，压在抽屉最底下。⟧</p>
<p>⟦l 半盏：写得真好，想起小时候的年画。⟧</p>
<form><textarea placeholder="说点什么吧"></textarea><button>⟦a 提交评论⟧</button></form>
</section>
</main>
<aside>
<h4>⟦l 标签云⟧</h4><p>⟦l 厨房 / 外公 / 老街 / 搪瓷 / 年味 / 手艺⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年2月 (3)⟧</p><p>⟦l 2025年1月 (6)⟧</p>
<h4>⟦l 日历⟧</h4><p>⟦l 一 二 三 四 五 六 日⟧</p>
</aside>
<footer><p>⟦m © 2025 柴米手记 · 由 Typecho 驱动 · 主题 Plain⟧</p><p>⟦m 粤ICP备22071309号⟧</p></footer>
</body>
</html>
""",
        body="""
外婆的针线匣子里，除了顶针和线板，还压着一沓薄薄的纸。纸是米黄色的，比糖纸还薄，对着光能看见细细的纤维。小时候我问这是什么，外婆说，是吸油纸。
外婆年轻时在老街的金箔作坊做过工。打金箔要把金片夹在纸里一锤一锤地敲，那纸敲久了，又薄又韧，作坊里的女工就拿它来按脸上的油。外婆说，一张能用好几回，比什么香粉都干净。⟦a ♡ 喜欢这段⟧
⟦l 延伸阅读：老街金箔作坊的最后十年⟧
我上初中那年夏天脸上冒油，外婆从匣子里抽出两张给我，叮嘱我轻轻按，别来回擦。那两张纸我一直夹在语文书里，后来书丢了，纸也跟着不见了。
去年收拾老屋，我在针线匣子底下又找到了那一沓吸油纸，数了数，还剩十一张。我没舍得用，把它们夹进了相册，和外婆的照片放在一起。
""",
    ),
    # ------------------------------------------------------------------ 博客 (text, hard-wrapped)
    dict(
        slug="blog-kuang-pe-teacher-balance-board-wrapped",
        site="老邝的体育课 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://kuangtiyu.blog.lanshu.net/post/2025/05/20/balance-board",
        title="体育课上的平衡板：孩子们从怕到爱",
        record_title="【操场日记】体育课上的平衡板：孩子们从怕到爱 ｜ 老邝的体育课",
        date="2025-05-20",
        notes="blog text hard-wrapped at 58 columns; the bracketed post time is the page's date; a 表格 of the class's "
        "results kept in the body; comment lines, archive and a powered-by line",
        page="""
!m 老邝的体育课
!m 一个乡村体育老师的操场记录
!m 首页 | 操场日记 | 教案分享 | 留言板
!t 【操场日记】体育课上的平衡板：孩子们从怕到爱
!m [2025-05-20 21:13]　分类：操场日记　阅读(219)　评论(3)
{BODY}
!l 本文标签：平衡板 / 二年级 / 体能
!l 上一篇：雨天室内课的五个小游戏
!l 下一篇：跳绳计数器到底靠不靠谱
!l 网友评论：
!l 晴川小学-小周：我们学校也想买，请问是什么规格的？
!l 老邝 回复 晴川小学-小周：宽30厘米、长80厘米的木板，离地10厘米左右。
!a 写下你的评论（需登录）
!m 博客归档：2025年5月(4)　2025年4月(7)
!m 本博客由 蓝书博客 提供空间　·　Powered by LanshuBlog 2.1
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
开学初，学校添了六块平衡板，我拿到二年级的体育课上试了试。第一节课，三十二个孩子里有十一个不敢上去，站在板边直往后缩。
我没有逼他们，而是先让大家在地上画一条线，沿着线走。等走稳了，再把平衡板平放在软垫上，我扶着孩子的手走第一遍，第二遍只扶手腕，第三遍松开。
五周下来，我记了一张小表：
周次　能独立走完的人数　不敢上板的人数
第1周　14人　11人
第3周　23人　4人
第5周　30人　0人
最让我高兴的是小宇。他开学时连跳绳都怕，现在每节课都抢着第一个上板，还会提醒后面的同学“眼睛看前面，别看脚”。
平衡板不贵，用好了却能让胆小的孩子找到信心。下学期我打算加一些转身和抛接球的玩法，再写下来和大家交流。
""",
    ),
    # ------------------------------------------------------------------ 公众号镜像 (HTML, title missing)
    dict(
        slug="wechat-zhuwan-maternal-shoe-buckle-mirror",
        site="微文存档站 (invented mirror of a hospital's WeChat account)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.weiwencundang.com/a/zhuwanfybj/20250607_3.html",
        title="孩子的凉鞋鞋扣，家长每周要摸一摸",
        record_title=None,
        date="2025-06-07",
        notes="WeChat mirror, no title in the record (the <h1>); 原创 tag and the account line with its date as the page's "
        "date; a star prompt before the first words; 在看/阅读原文/赞赏 rows, QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>孩子的凉鞋鞋扣，家长每周要摸一摸 - 株湾区妇幼保健院 - 微文存档站</title>
<link rel="stylesheet" href="/static/mirror.css">
<script>window.__mirror_id="zhuwanfybj-20250607-3";</script>
</head>
<body>
<div class="mirror-bar">⟦m 微文存档站 · 公众号文章备份⟧ <a href="/account/zhuwanfybj">⟦m 进入本号文章列表⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 保健科 小郑⟧</span> <span>⟦m 株湾区妇幼保健院⟧</span> <span>⟦m 2025-06-07 07:30⟧</span> <span>⟦m 衔州⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 5312⟧　⟦a 分享⟧　⟦a 推荐⟧　⟦a 在看 48⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏一下⟧</div>
<div class="qr">⟦a 长按识别二维码，预约儿保门诊⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的存档副本，版权归原公众号所有，如需删除请联系 del@weiwencundang.com⟧</div>
<div class="mirror-more"><h4>⟦l 本号近期文章⟧</h4><p>⟦l 宝宝第一次游泳，这几件事别忽视⟧</p><p>⟦l 夏季儿童门诊时间调整⟧</p></div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方蓝字，把“株湾区妇幼”设为星标⟧天热了，不少孩子穿上了带鞋扣的凉鞋。上周，我院儿保门诊接诊了一个两岁半的男孩，他把凉鞋上的装饰扣抠下来放进嘴里，幸好家长发现得早，没有造成伤害。
鞋扣虽小，风险不能小看。我们建议家长做到以下几点：
1.每周摸一摸。用手指捏住鞋扣往外拉，感觉松动的，要及时缝牢或者换鞋。
2.少选装饰扣。给三岁以下孩子买鞋，尽量选魔术贴或者一体成型的鞋扣，少选水钻、小花等粘上去的装饰。
3.看住孩子的小手。孩子坐着玩鞋扣时，家长要多留意，发现往嘴里放要及时制止。
4.学会海姆立克急救法。万一发生异物卡喉，第一时间施救并拨打120。
如果想了解更多儿童安全知识，可以关注我院每月第一个周六的家长课堂。
""",
    ),
    # ------------------------------------------------------------------ 公众号镜像 (text)
    dict(
        slug="wechat-fanyuan-consumer-pledge-blotting-paper",
        site="号文馆 (invented mirror of a consumer council's WeChat account)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.haowenguan.cn/wx/fanyuanxiaobao/2025041001.html",
        title="关于餐饮行业规范使用食品级吸油纸的倡议书",
        record_title="@全县餐饮店主：关于餐饮行业规范使用食品级吸油纸的倡议书 | 藩原消保",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="WeChat mirror in text: account line's date differs from the 成文日期 under the signature; follow prompt, "
        "在看 row, share sentence as content (分享 as content), mirror's archive note",
        page="""
!m 号文馆 — 好文章不怕丢
!t @全县餐饮店主：关于餐饮行业规范使用食品级吸油纸的倡议书 | 藩原消保
!m 藩原消保　2025-04-10 17:45　浙江
!a 戳上方蓝字“藩原消保”，维权路上不迷路
{BODY}
!a 点个“在看”，让更多店主看到
!m 阅读 2.3万　点赞 146
!w 投诉举报：微信后台回复“投诉”，或拨打 0577-5809 2315
!d 号文馆仅做公众号文章的存档展示，文章著作权属于原作者。
!l 往期回顾：▹ 预付卡消费“三要三不要”　▹ 春节餐饮消费提示
""",
        indent="\u3000\u3000",
        body="""
全县餐饮行业经营者：
油炸食品出锅后用吸油纸垫一垫、吸一吸，是很多店里的老习惯。但近期我们在走访中发现，部分小吃店用餐巾纸、打印纸甚至旧报纸代替吸油纸，这些纸张可能含有荧光增白剂和油墨，接触热油后容易迁移到食品中。为此，我们向全县餐饮经营者发出如下倡议：
一、只用食品级。购买吸油纸时认准“食品接触用”标识和生产许可信息，不用来历不明的纸张接触食品。
二、留好凭证。向供货商索要检验报告和购货票据，保存不少于六个月，方便查验和追溯。
三、一次一换。吸油纸用过一次就要丢弃，不得晾干后重复使用。
四、相互提醒。欢迎大家把这份倡议分享到商户群里，发现同行用错了纸，好心提醒一句。
让顾客吃得放心，就是我们最好的招牌。
藩原县消费者权益保护委员会
藩原县餐饮行业协会
2025年4月8日
""",
    ),
    # ------------------------------------------------------------------ 文档分享 (HTML)
    dict(
        slug="docshare-xiangwen-request-balance-boards",
        site="享文共享文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.xiangwendoc.com/d/20250301/6637102.html",
        title="关于为县直机关幼儿园购置幼儿平衡板的请示",
        record_title="关于为县直机关幼儿园购置幼儿平衡板的请示【已排版·直接套用】- 享文共享文档",
        date="2025-02-24",
        notes="sharing page: file-info box, upload notice, sign-in points lock, service WeChat beside the request's own "
        "联系人/电话; a data table of items; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于为县直机关幼儿园购置幼儿平衡板的请示【已排版·直接套用】- 享文共享文档</title>
<link rel="stylesheet" href="//cdn.xiangwendoc.com/css/detail.css?v=20250211">
<script src="//cdn.xiangwendoc.com/js/detail.js?v=20250211"></script>
</head>
<body>
<div class="xw-head"><a href="/" class="logo">⟦m 享文共享文档⟧</a><span>⟦m 人人可分享，篇篇能套用⟧</span>
<a href="/upload">⟦a 上传文档赚积分⟧</a> <a href="/login">⟦a 账号登录 ｜ 新用户注册⟧</a></div>
<div class="xw-crumb">⟦m 享文 ＞ 党政公文 ＞ 请示报告⟧</div>
<div class="xw-doc">
<h1>{T}</h1>
<table class="xw-info">
<tr><td>⟦m 文件格式：DOCX⟧</td><td>⟦m 文件大小：27.6KB⟧</td><td>⟦m 页数：2⟧</td></tr>
<tr><td>⟦m 分享者：yuanli_2020⟧</td><td>⟦m 分享时间：2025-03-01⟧</td><td>⟦m 评分：★★★★☆ 4.6⟧</td></tr>
</table>
<div class="xw-notice">⟦d 温馨提示：本文档为网友分享，享文只作存储，文中单位和人员信息仅供参考，使用前请自行核实。⟧</div>
<div class="xw-content">
{BODY}
</div>
<div class="xw-lock">⟦a 签到满3天即可免积分下载本篇⟧ <button>⟦a 用20积分下载⟧</button></div>
<div class="xw-kf">⟦w 找不到合适的文档？加客服微信 xiangwen_kf07 帮你找⟧</div>
</div>
<div class="xw-like"><h4>⟦l 相似文档推荐⟧</h4>
<p>⟦l 关于增加幼儿园户外体育器材经费的请示⟧</p><p>⟦l 幼儿园大型玩具采购申请报告⟧</p></div>
<div class="xw-foot"><p>⟦m 享文共享文档 xiangwendoc.com　蜀ICP备20044871号-1⟧</p><p>⟦d 若本站文档侵犯您的权利，请发送邮件至 quanli@xiangwendoc.com⟧</p></div>
</body>
</html>
""",
        body="""
县教育局：
县直机关幼儿园现有9个班、幼儿276名。根据《3—6岁儿童学习与发展指南》关于动作发展的要求，幼儿园计划在户外活动区和室内体能室增设平衡板游戏区。现有平衡类器材仅有2根旧平衡木，已使用11年，表面开裂，不能满足教学需要。为此，拟购置以下器材：
器材名称　数量　预算单价　小计
木质摇摆平衡板　12块　380元　4560元
直线平衡板（带防滑面）　8块　260元　2080元
配套防护软垫　20张　150元　3000元
以上合计9640元，拟从幼儿园2025年公用经费中列支，按规定程序采购。
妥否，请批示。
联系人：县直机关幼儿园　邬丽萍，电话：0578-5320 1146。
县直机关幼儿园
2025年2月24日
""",
    ),
    # ------------------------------------------------------------------ 文档分享 (text, markers on lines of their own)
    dict(
        slug="docshare-yifenxiang-rules-seam-ripper-docx",
        site="易分享文档 (invented)",
        style="文档分享",
        genre="规定/制度",
        kind="rule",
        form="text",
        source="http://www.yifenxiang.net/doc/887214.html",
        title="服装车间小工具领用与报废管理制度",
        record_title="服装车间小工具领用与报废管理制度.docx",
        date=None,
        notes="file-name title; a sharing page's text with ⨮ n ⨮ page markers on lines of their own cutting sentences; "
        "第N条 articles that speak of 扫码/打印 as content; no date (effective clause only)",
        page="""
!m 易分享文档网　www.yifenxiang.net
!t 服装车间小工具领用与报废管理制度.docx
!m 贡献者：针车组长老冯　　格式：docx　　大小：19KB　　下载次数：87
!d 该文件来自网友分享，易分享不对其合法性与准确性负责，下载即表示同意《用户协议》。
{BODY}
!a 文档已预览完毕，下载原文需消耗 5 个分享豆
!a 下载到电脑　｜　发送到手机　｜　收藏
!l 同一分享者的其他文件：裁床安全操作规程.doc　缝纫机日常保养记录表.xls
!m 易分享文档网 ©2016-2025　豫ICP备16022458号
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⨮ {n} ⨮", every=115, start=2),
        body="""
第一条　为加强服装车间小工具的管理，减少丢失和浪费，保证产品质量，制定本制度。
第二条　本制度所称小工具，是指拆线器、纱剪、划粉、顶针、镊子、锥子等单价在50元以下的手工工具。
第三条　员工入职时由班组长按岗位发放小工具一套，领用时用手机扫描工具柜上的二维码登记，工具编号与本人工号绑定。
第四条　拆线器刃口变钝、红色护球脱落或尖头弯曲的，应当以旧换新，不得继续使用，防止划伤面料。
第五条　小工具遗失的，由本人说明情况后补领，一年内遗失两次以上的，按工具价格的50%赔偿。
第六条　报废的小工具由班组统一收回，每月底打印报废清单，经车间主任签字后交仓库处理。
第七条　本制度自发布之日起施行，由生产部负责解释。
""",
    ),
    # ------------------------------------------------------------------ 教育门户 (HTML)
    dict(
        slug="edu-mengchuan-notice-canteen-blotting-paper",
        site="蒙川县教育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.mengchuan.gov.cn/tzgg/202509/t20250904_30172.html",
        title="关于规范中小学校食堂吸油纸采购和使用的通知",
        record_title="关于规范中小学校食堂吸油纸采购和使用的通知_校园安全_蒙川教育在线",
        date="2025-09-02",
        date_also=["2025-09-04"],
        notes="education bureau portal: 老年模式/读屏 links, attachment download links beside the 附件 list, the "
        "bureau's contact and mailbox beside a technical-support line; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范中小学校食堂吸油纸采购和使用的通知_校园安全_蒙川教育在线</title>
<link rel="stylesheet" href="/style/edu2024.css">
<script src="/script/common.js"></script>
</head>
<body>
<div class="edu-top"><span>⟦m 蒙川教育在线⟧</span>
<a href="#">⟦a 老花眼友好版⟧</a> <a href="#">⟦a 开启语音读屏⟧</a> <a href="/en/">⟦m 英文版 EN⟧</a></div>
<div class="edu-banner">⟦m 蒙川县教育局　主办⟧</div>
<ul class="edu-menu"><li>⟦m 机构概况⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 校园安全⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="edu-loc">⟦m 当前页面：首页 » 通知公告 » 校园安全⟧</div>
<div class="edu-art">
<h2>{T}</h2>
<div class="edu-art-info">⟦m 发布日期：2025-09-04　　发布科室：体卫艺科　　访问量：1,045⟧</div>
<div class="edu-art-text">
{BODY}
</div>
<div class="edu-att">
<p>⟦a 附件1下载：食堂吸油纸进货查验登记表.docx⟧</p>
<p>⟦a 附件2下载：合格吸油纸选购要点.pdf⟧</p>
</div>
<div class="edu-art-tools">⟦a 【打印这条通知】⟧ ⟦a 【收藏此文】⟧ ⟦a 【返回顶部】⟧</div>
</div>
<div class="edu-foot">
<p>⟦m 地址：蒙川县城关镇学府路16号　邮编：325900⟧</p>
<p>⟦m 网站技术支持：0577-6530 8800（蒙川县教育技术中心）⟧</p>
<p>⟦m 浙ICP备10022941号-2　浙公网安备33032902000207号⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校、幼儿园：
近期，县市场监管局在专项抽检中发现个别学校食堂使用的吸油纸荧光性物质检出，存在食品安全隐患。为切实保障师生饮食安全，现就规范学校食堂吸油纸采购和使用有关事项通知如下。
一、统一采购渠道。学校食堂吸油纸一律从县学校食材统一配送平台采购，不得自行从农贸市场或网店购买。
二、严格进货查验。食堂管理员要逐批查验吸油纸的食品接触用标识和检验报告，填写进货查验登记表，登记表保存两年。
三、规范使用方法。吸油纸只用于油炸食品出锅后的控油，不得铺在蒸笼、烤盘中加热，用后一次丢弃。
四、开展自查自纠。各校要在9月20日前完成自查，将库存不合格吸油纸全部清退，并将自查报告报县教育局体卫艺科。
联系人：县教育局体卫艺科　柯文杰，电话：0577-6530 2217，邮箱：mctwy@163.com。
附件：1.食堂吸油纸进货查验登记表
2.合格吸油纸选购要点
蒙川县教育局
2025年9月2日
""",
    ),
    # ------------------------------------------------------------------ 教育门户 (text)
    dict(
        slug="edu-fanyuan-notice-performance-bow-ties",
        site="藩原县教育体育局网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.fanyuan.gov.cn/html/2025/tzgg_1119/7734.html",
        title="关于规范学校文艺演出服装和配饰采购的通知",
        record_title="〈艺体科发布〉关于规范学校文艺演出服装和配饰采购的通知",
        date="2025-11-17",
        date_also=["2025-11-19"],
        notes="an education bureau's page as text: 文号 line neutral, a site reading-mode row, numbered list, the "
        "bureau's own 联系电话 beside the site's technical line, 印发 line; 成文日期 under the signature, posting date also accepted",
        page="""
!m 藩原县教育体育局
!m 适老阅读　|　纯文本浏览　|　繁體
!m 您的位置：首页 > 通知公告
!t 〈艺体科发布〉关于规范学校文艺演出服装和配饰采购的通知
!m 作者：艺体科　　日期：2025-11-19　　阅读：563
藩教体〔2025〕88号
{BODY}
!a 分享本页　　打印本页　　返回列表
!m 技术维护：藩原县教育信息中心　0577-5816 0099
!m 版权所有：藩原县教育体育局　浙ICP备12034708号
""",
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园：
近期，有家长反映个别学校为参加文艺汇演，统一要求学生购买演出服装和领结、头花等配饰，价格偏高且使用次数少。为减轻家长负担，现将有关要求通知如下：
1.演出服装和配饰原则上由学校统一配置、循环使用，不得要求家长统一购买。
2.确需学生自备的，应当以学生现有服装为主，白衬衫、深色裤子即可，领结等配饰由学校借用提供。
3.学校采购演出服装和配饰，应当按照规定程序进行，采购情况在校内公示。
4.各校要在12月5日前对本学期文艺演出收费情况开展自查，发现违规收费的立即清退。
对违反规定的学校，县教育体育局将予以通报批评，并追究相关人员责任。
联系电话：0577-5816 2041（县教育体育局艺体科）。
藩原县教育体育局
2025年11月17日
藩原县教育体育局办公室　2025年11月17日印发
""",
    ),
    # ------------------------------------------------------------------ 企业内网 (HTML, minutes)
    dict(
        slug="oa-tayun-minutes-shoe-buckle-pull-test",
        site="踏云鞋业协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tayunshoes.local/doc/view.do?docid=2025030611",
        title="童鞋鞋扣拉力不合格问题专题会议纪要",
        record_title="[部门共享] 童鞋鞋扣拉力不合格问题专题会议纪要（质量部） — 踏云OA",
        date="2025-03-05",
        notes="OA document view: 流转记录, read counts, archive/forward buttons; minutes with 时间/地点/主持/参会/记录 lines "
        "and a vote count; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[部门共享] 童鞋鞋扣拉力不合格问题专题会议纪要（质量部） — 踏云OA</title>
<link rel="stylesheet" href="/oa/theme/blue/main.css">
<script src="/oa/js/docview.js"></script>
</head>
<body>
<div class="oa-top">⟦m 踏云鞋业协同办公平台⟧ <span>⟦m 当前用户：仓储部 许曼⟧</span> <a href="/logout">⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 知识文库⟧ ⟦m 通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 / 部门共享 / 质量部⟧</div>
<div class="oa-doc">
<h3>{T}</h3>
<div class="oa-docinfo">⟦m 拟稿：质量部 蒋楠　　归档号：TY-ZL-2025-019　　已读 64 人 / 未读 11 人⟧</div>
<div class="oa-btns"><button>⟦a 标为已阅⟧</button> <button>⟦a 转给其他同事⟧</button> <button>⟦a 归入我的文件夹⟧</button></div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 03-06 09:12　质量部 蒋楠　起草⟧</p>
<p>⟦l 03-06 10:40　副总经理 洪启　审核通过⟧</p>
<p>⟦l 03-06 14:05　总经办　分发至各部门⟧</p></div>
</div>
<div class="oa-foot">⟦m 踏云鞋业信息部　内线 8009　仅限公司内部使用⟧</div>
</body>
</html>
""",
        body="""
时间：2025年3月5日下午2:30
地点：公司三楼小会议室
主持：洪启（副总经理）
参会：质量部、生产部、采购部、童鞋事业部负责人
记录：蒋楠
会议专题研究了2月份童鞋出货抽检中鞋扣拉力不合格的问题。质量部通报，2月共抽检童凉鞋23批，其中2批装饰扣拉脱力低于60牛，原因是供应商更换了胶水型号，未提前告知。
会议议定以下事项：
一、涉及的2批产品共1860双全部返工，装饰扣改为缝线加固，由生产部在3月15日前完成。
二、采购部暂停与该供应商的合作，重新评估合格供应商名单。
三、自3月起，鞋扣拉力检测由每批抽5双增加到每批抽10双。
关于是否取消童鞋装饰扣设计，参会人员进行了表决：赞成5票，反对2票，弃权1票。会议决定，3岁以下童鞋从夏季新款起不再使用粘贴式装饰扣。
""",
    ),
    # ------------------------------------------------------------------ 企业内网 (text)
    dict(
        slug="oa-jingyan-paper-bulletin-fluorescence",
        site="净颜纸业内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.jingyanpaper.lan/news/detail?id=5531",
        title="关于吸油纸分切车间两批次荧光检测不合格的通报",
        date="2025-07-15",
        notes="record title as is; intranet news page as text: read count and department line, a 文号 line (neutral), a "
        "data table of batches, 抄送 line; 成文日期 under the signature",
        page="""
!m 净颜纸业门户　|　内部信息网
!m 首页 > 通知通报 > 质量通报
{T}
!m 发布部门：品质管理部　　浏览：312　　附件：0
净颜质〔2025〕14号
{BODY}
!a 【标记为已读】　【导出】　【返回】
!m 本系统仅限公司内网访问，请勿外传　信息中心 分机 6001
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
7月10日，品质管理部在例行抽检中发现，分切车间生产的两批次面部吸油纸荧光性物质检测结果为阳性，不符合企业标准。经调查，原因是分切二班在换卷时误用了仓库中的非食品级原纸。
不合格批次情况如下：
批次号　规格　数量
JY250708-2　70×100毫米　1.2万包
JY250709-1　70×100毫米　0.8万包
以上批次已全部封存，未出厂销售。公司决定，对分切二班班长予以通报批评，扣发当月绩效奖金；对仓库保管员予以警告。
各车间要引以为戒，严格执行原纸领用核对制度，换卷前必须核对原纸标签和检验状态，确保不合格原纸不上机。
净颜纸业有限公司品质管理部
2025年7月15日
抄送：总经理室，生产副总。
""",
    ),
]
