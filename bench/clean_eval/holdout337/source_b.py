"""holdout337, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-miaowu-diy-cat-board-calendar-html",
        site="喵呜小筑 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://miaowu-xiaozhu.blog/2025/02/16/diy-scratcher/",
        title="给两只猫做了一块会“长高”的猫抓板",
        record_title="给两只猫做了一块会“长高”的猫抓板 ✎ 手作记录 ✎ 喵呜小筑",
        date="2025-02-16",
        notes="blog post with calendar widget, archive, tag cloud and comment form; the post's 发表于 date is the page's date; "
        "a 'like' row between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>给两只猫做了一块会“长高”的猫抓板 ✎ 手作记录 ✎ 喵呜小筑</title>
<link rel="stylesheet" id="twentyfourteen-style-css" href="/wp-content/themes/miao/style.css" media="all">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header id="masthead"><p class="site-title">⟦m 喵呜小筑⟧</p><p class="site-description">⟦m 两只猫，一个人，一屋子纸屑⟧</p>
<nav>⟦m 首页　手作记录　猫粮测评　关于我⟧</nav></header>
<main><article class="post">
<header class="entry-header"><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025年2月16日　作者 年糕妈　分类 手作记录⟧</div></header>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：DIY、瓦楞纸、猫抓板、橘猫⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 上一篇 橘子第一次洗澡的惨烈现场⟧　⟦l 下一篇 → 冻干测评：五个牌子的鸡胸肉⟧</nav>
<div id="comments"><h3>⟦l 3 条评论⟧</h3>
<p>⟦l 不吃香菜：求纸板卷圆盘的视频！⟧</p>
<p>⟦l 年糕妈 回复 不吃香菜：下周补上～⟧</p>
<form>⟦l 发表评论　昵称（必填）　邮箱（不会公开）　提交评论⟧</form></div></main>
<aside id="secondary">
<section class="widget_calendar"><h2>⟦l 2025年二月⟧</h2><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_archive"><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年二月 (3)⟧</li><li>⟦l 2025年一月 (5)⟧</li></ul></section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2>⟦l 猫抓板 冻干 猫砂 驱虫 绝育⟧</section>
</aside>
<footer id="colophon">⟦m © 2025 喵呜小筑 · 由 WordPress 强力驱动⟧</footer>
</body></html>
""",
        body="""
家里的橘子和年糕都爱挠沙发，买来的猫抓板一个月就被抓成了纸屑。上个周末，我决定自己动手做一块。
材料很简单：快递纸箱拆下的瓦楞纸板、一块松木底板、一瓶食品级玉米淀粉胶。先把纸板裁成五厘米宽的长条，卷成一个大圆盘，边卷边刷胶，再用麻绳捆紧晾一夜。
⟦a ♥ 喜欢这篇就点个小鱼干（28）⟧
所谓会“长高”，是我把底板做成了可以叠放的两层。下层抓平了，就把上层翻过来换一面，两只猫可以一个躺着一个抓。
用了三个星期，沙发终于保住了。唯一的缺点是纸屑多，需要每天拿吸尘器吸一遍。如果你家猫也爱抓家具，不妨试试自己做一块。
""",
    ),
    dict(
        slug="blog-gangbian-nets-essay-wrapped-62",
        site="缸边笔记 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://gangbian.blogchina-like.net/post/1187",
        title="一把鱼缸网，也分三六九等",
        record_title="缸边笔记 ▷ 养鱼杂谈 ▷ 一把鱼缸网，也分三六九等",
        date=None,
        notes="blog essay hard-wrapped at 62 columns; blog name and column as a prefix chain in the record title; "
        "'最后更新：5 天前' is no date; related posts and a comment count below",
        page="""
!m 缸边笔记 —— 蹲在鱼缸边写字的人
!m 首页 | 养鱼杂谈 | 器材折腾 | 留言板
{T}
!m 最后更新：5 天前　｜　分类：养鱼杂谈　｜　阅读（867）
{BODY}
!l 本文标签：鱼缸网 检疫 新手
!l 你可能还想看：新缸开缸的七个坑　｜　灯鱼为什么总是掉色
!l 评论（6）　发表你的看法
!m 缸边笔记 · 自2017年起 · 本站文字转载请留言
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
刚养鱼的时候，我以为鱼缸网随便买一把就行，后来才知道这里面也有讲究。
先说网眼。捞小灯鱼、孔雀鱼要用细密的白色尼龙网，网眼越细，鱼鳍越不容易被挂住；捞金鱼、罗汉这类大鱼，就得用粗一点的绿色网，入水阻力小，鱼也不容易受惊。
再说网柄。缸深六十厘米以上，最好买能伸缩的不锈钢柄，塑料柄一用力就弯。
还有一条最容易被忽略：一缸一网。从病鱼缸里捞过鱼的网，千万别直接伸进别的缸里，要先用高锰酸钾溶液泡上半小时，再用清水冲净、晾干。我家四个缸就挂着四把颜色不同的网，谁也不串。
一把几块钱的网，用对了能少死好几条鱼，这笔账怎么算都划算。
""",
    ),
    dict(
        slug="wechat-mengchi-hospital-brushing-h1-html",
        site="公号文摘阁 (invented WeChat mirror) / 萌齿宠物医院 account",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://gzh-wenzhai.cn/a/mengchi/20250402-01.html",
        title="给狗狗刷牙，这三件事比选牙刷更重要",
        record_title=None,
        date="2025-04-02",
        notes="no title in the record: the mirror's <h1>; the account line's date is the page's date; a star prompt glued "
        "before the first words; a past-issues link glued after the last 。; 原创 tag, 阅读原文/在看 rows, QR line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公号文摘阁 - 萌齿宠物医院</title>
<meta name="referrer" content="no-referrer">
<script>var biz="MzI0NTc3ODQ1Mg==";</script>
</head><body>
<div class="mirror-top">⟦m 公号文摘阁 · 好文章值得再读一遍⟧ <a href="/">⟦m 返回文摘阁首页⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 萌齿宠物医院　2025年4月2日 09:12　浙江⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 2.3万⟧　⟦a 赞 318⟧　⟦a 在看 96⟧</div>
<div class="qr">⟦a 长按识别二维码，关注萌齿宠物医院⟧</div>
</div>
<div class="mirror-note">⟦d 本页为文摘阁自动收录的公众号文章副本，版权属于原公众号，如需删除请发邮件至 del@gzh-wenzhai.cn⟧</div>
<div class="mirror-foot">⟦m 公号文摘阁　蜀ICP备22013576号⟧</div>
</body></html>
""",
        p_html='<section style="margin:12px 0"><p><span style="font-size:16px">{}</span></p></section>',
        body="""
⟦a 轻触上方“萌齿宠物医院”加星标⟧很多主人问我们：狗牙刷到底买哪种最好？其实，比起牙刷的款式，下面三件事更重要。
第一，从小练习。幼犬换完牙后，就可以每天用手指轻摸它的牙龈，让它习惯嘴巴被碰。成年后再开始刷牙，往往要花更长时间适应。
第二，选对牙膏。人用牙膏含有氟和发泡剂，狗狗会吞下去，可能引起肠胃不适。请一定使用宠物专用的酶解牙膏。
第三，坚持比力度重要。每天刷一次、每次一两分钟，效果远好于一周狠狠刷一次。刷的时候重点照顾上颌后牙外侧，那里最容易长牙结石。
如果狗狗已经有明显口臭、牙龈出血，可能已经有牙周炎，请先到医院做口腔检查，再开始居家刷牙。⟦l 往期回顾：猫咪口炎的五个信号⟧
""",
    ),
    dict(
        slug="wechat-linshui-consumer-pledge-heater-text",
        site="潾水消保 account, mirrored on 号外存档 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://haowai-cundang.com/p/linshuixb/2025112001",
        title="关于冬季安全使用水族温控棒的倡议书",
        record_title="【冬季消费警示】关于冬季安全使用水族温控棒的倡议书 —— 潾水消保 · 文章镜像",
        date="2025-11-18",
        date_also=["2025-11-20"],
        notes="WeChat mirror as text: account line with its posting date; the 倡议书's 成文日期 differs (document's date "
        "expected); an 在看 prompt glued after a 。; the mirror's archive note and a QR line",
        page="""
!m 号外存档 | 公众号文章镜像
!t 【冬季消费警示】关于冬季安全使用水族温控棒的倡议书
!m 潾水消保　2025-11-20 17:30
!a 戳蓝字“潾水消保”关注我们
{BODY}
!a 阅读原文　｜　分享　｜　在看 41
!a 扫码关注潾水消保，维权咨询不迷路
!d 号外存档仅做公众号文章的归档备份，文章版权归原作者所有。
""",
        body="""
广大消费者朋友：
入冬以来，不少家庭为观赏鱼缸添置了温控棒。温控棒长期浸在水中通电工作，如果选购不当、使用不慎，容易引发漏电甚至火灾。为此，县消费者协会向大家发出如下倡议：
一、选购正规产品。认准有3C标志、标明厂名厂址的温控棒，不买“三无”低价产品。
二、规范安装使用。温控棒要完全没入水中，换水、清洗前先拔插头；出门远行时，可在插座上加装漏电保护器。
三、定期检查更换。发现棒体有裂纹、进水、指示灯不亮等情况，立即停止使用。
四、及时维权投诉。买到问题产品，可拨打12315或到县消费者协会投诉，也可以关注县消费者协会公众号在线提交投诉。⟦a 点亮“在看”，让更多鱼友看到⟧
潾水县消费者协会
2025年11月18日
""",
    ),
    dict(
        slug="docshare-shiye-request-air-pumps-docx-html",
        site="拾叶文档 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.shiyedoc.com/d/39a71c52e0.html",
        title="关于为生物实验室购置静音增氧泵的请示",
        record_title="关于为生物实验室购置静音增氧泵的请示.docx",
        date="2025-03-05",
        notes="file-name record title; sharing reader with an upload notice, a points lock and a service WeChat beside the "
        "request's own 联系人/电话; 成文日期 under the signature; upload date is no date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>关于为生物实验室购置静音增氧泵的请示.docx - 拾叶文档</title>
<script>window.DOC_CFG={ext:"docx",score:3};</script></head>
<body>
<header><a href="/" class="logo">⟦m 拾叶文档⟧</a> <span>⟦m 片片拾来皆是宝⟧</span> <a href="/up">⟦a 上传文档领积分⟧</a></header>
<section class="doc">
<h1>⟦t 关于为生物实验室购置静音增氧泵的请示.docx⟧</h1>
<div class="info">⟦m 分享人：潾塘一老师　2025-03-09 上传　阅读 612　下载 37⟧</div>
<div class="notice">⟦d 该文档由拾叶网友自行上传，仅用于学习交流；如涉及您的版权，请联系平台删除。⟧</div>
<article class="doc-body">
{BODY}
</article>
<div class="lock">⟦a 下载此文档需 3 积分，积分不够？签到可领⟧</div>
</section>
<aside><h4>⟦l 大家还下载了⟧</h4><ul><li>⟦l 关于增加实验教学经费的请示.docx⟧</li><li>⟦l 学校实验室设备采购申请报告.doc⟧</li></ul></aside>
<footer>⟦w 文档问题找拾叶客服，微信：shiye_kf01⟧　⟦m 拾叶文档 © 2025　赣ICP备20011478号⟧</footer>
</body></html>
""",
        body="""
县教育局：
我校生物实验室现有水族箱12个，用于初中生物“鱼的呼吸”“水生生态系统”等实验教学。原配增氧泵已使用8年，噪声大、故障多，今年以来先后损坏5台，影响了正常教学。
为保障实验教学需要，我校拟购置静音增氧泵15台（含备用3台）及配套气管、气石，预算约4500元，从学校公用经费中列支。
以上请示当否，请批示。
联系人：汤若晴，电话：0597-6632418
潾水县潾塘乡中心学校
2025年3月5日
""",
    ),
    dict(
        slug="docshare-guizi-rules-grooming-tools-print",
        site="共享文件柜 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://wenjiangui.net/share/k7Rm2Q",
        title="宠物美容店洗护工具清洁消毒管理制度",
        record_title="宠物美容店洗护工具清洁消毒管理制度（附消毒登记表，打印张贴版）",
        date=None,
        notes="rules with 第N条 articles, one speaking of printing the register (content, not chrome); decorated record "
        "title; uploader line, disclaimer and a download button; no date (only an effective clause)",
        page="""
!m 共享文件柜　资料随手存，随手取
!t 宠物美容店洗护工具清洁消毒管理制度（附消毒登记表，打印张贴版）
!m 柜主：小满宠物　放入时间：2 个月前　格式：DOC　2页
!d 柜内文件均为用户自主存放分享，本站不审核内容，请谨慎参考。
{BODY}
!a 取出文件（下载DOC）　　转存到我的柜子
!l 同柜文件：宠物店顾客须知.doc　宠物寄养协议.doc　洗护价目表.xls
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
第一条　为防止犬猫之间交叉感染，保障洗护服务安全，制定本制度。
第二条　狗牙刷、指套牙刷实行一宠一刷，由前台登记宠物姓名后发放，用后装入标有宠物姓名的透气盒存放，不得混用。
第三条　梳子、剪刀、指甲钳每次使用后，先清除毛发，再用含氯消毒液浸泡十五分钟，清水冲净后晾干。
第四条　狗牙刷每三个月更换一次；刷毛分叉、脱落的，应当立即更换。
第五条　店长每日核对消毒情况，消毒登记表每月打印一份，签字后归档保存一年。
第六条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="edu-chanyang-notice-bio-corner-attachment-html",
        site="蒇阳县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.chanyang.gov.cn/tzgg/2025/1015/8812.html",
        title="关于开展中小学生物角用电安全专项排查的通知",
        record_title="【安全排查】关于开展中小学生物角用电安全专项排查的通知 ｜ 蒇阳教育",
        date="2025-10-13",
        date_also=["2025-10-15"],
        notes="education portal with 读屏/适老 links, an attachment download link beside the notice's own 附件 line, the "
        "notice's contact, phone and mailbox beside a technical-support line; document number neutral; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【安全排查】关于开展中小学生物角用电安全专项排查的通知 ｜ 蒇阳教育</title>
<script src="/assets/js/jquery-3.6.0.min.js"></script></head>
<body>
<div class="top">⟦m 蒇阳县教育局⟧ <span class="tools">⟦a 适老模式⟧ ⟦a 读屏⟧ ⟦a 高对比⟧</span></div>
<div class="menu">⟦m 首页　教育动态　通知公告　政务公开　招生考试　办事服务⟧</div>
<div class="loc">⟦m 您的位置：首页 &gt;&gt; 通知公告⟧</div>
<div class="news-title"><h2>{T}</h2>
<p class="src">⟦m 发布者：安全股　发布时间：2025-10-15 10:06　点击数：1327⟧</p></div>
<p class="wh">蒇教安〔2025〕41号</p>
<div class="news-content">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：中小学生物角用电设备排查登记表.xlsx（21KB）⟧</div>
<div class="sx">⟦l 上一篇：关于做好秋冬季学校食堂食品安全工作的通知⟧<br>⟦l 下一篇：蒇阳县2025年中小学科技节获奖名单公示⟧</div>
<div class="foot">⟦m 蒇阳县教育局主办　技术支持：蒇阳县教育信息中心（0597-5321900）⟧<br>⟦m 闽ICP备06019922号-1⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
近期，外地发生一起学校生物角增氧泵电源线老化引发的火情。为消除安全隐患，县教育局决定在全县中小学开展生物角用电安全专项排查。现将有关事项通知如下：
一、排查范围。各校生物实验室、科学室及班级生物角使用的增氧泵、温控棒、照明灯等用电设备。
二、排查重点。电源线有无破损老化，插座是否带漏电保护，设备是否放置在易燃物旁，放学后是否断电。
三、工作要求。各校于10月31日前完成排查整改，填写登记表并报县教育局安全股。
附件：中小学生物角用电设备排查登记表
联系人：芮嘉禾，电话：0597-5321706，邮箱：cyjy_aqg@cyedu.cn
蒇阳县教育局
2025年10月13日
""",
    ),
    dict(
        slug="edu-yingmei-school-notice-fish-corner-scan",
        site="颍湄教育网 (invented district education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ymjy.net/xxdt/syxx/2025/0909/2207.html",
        title="关于班级自然角饲养观赏鱼有关事项的通知",
        record_title="〔致家长的一封信·通知〕关于班级自然角饲养观赏鱼有关事项的通知 - 颍湄区实验小学",
        date="2025-09-08",
        date_also=["2025-09-09"],
        notes="school notice on a district education portal: a numbered list, a sentence asking parents to scan a QR "
        "code (content, not chrome), a scan-to-read line and a screen-reader row (chrome); 成文日期 under the signature, "
        "the portal's date line a day later",
        page="""
!m 颍湄教育网
!a 无障碍阅读　|　关怀版　|　手机扫码阅读本文
!m 当前位置：首页 > 学校动态 > 颍湄区实验小学
{T}
!m 来源：颍湄区实验小学　编辑：韦小满　日期：2025-09-09
{BODY}
!a 【关闭窗口】【打印这页】
!l 相关信息：颍湄区实验小学2025年秋季开学须知　|　关于规范学生携带手机入校的通知
!m 颍湄区教育局主办　联系电话：0597-8890101　闽ICP备09004821号
""",
        indent="\u3000\u3000",
        body="""
各位家长：
为培养孩子们的观察能力和责任意识，本学期各班将在教室自然角饲养观赏鱼。为做好此项工作，现将有关事项通知如下：
1.每班由班主任统一采购鱼缸、鱼缸网和增氧设备，请家长不要让孩子自行带鱼到校。
2.学生轮流担任“护鱼员”，负责每天喂食一次。鱼缸网由护鱼员使用，用后挂在鱼缸旁晾干，不得拿来追逐打闹。
3.周末和假期，鱼缸由学校统一托管。
4.如孩子对鱼类过敏或有其他情况，请扫描班级群内的二维码填写说明。
感谢您的支持与配合！
颍湄区实验小学
2025年9月8日
""",
    ),
    dict(
        slug="intranet-shaoling-minutes-heater-quality-oa-html",
        site="劭岭恒温电器有限公司 OA (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.shaoling-hengwen.local/doc/view?id=20250926-031",
        title="2025年第三季度温控棒质量分析会会议纪要",
        record_title="【质量部·纪要】2025年第三季度温控棒质量分析会会议纪要（限内部流转）",
        date="2025-09-26",
        notes="OA document view: 流转记录, read count, a sign-off button and an IT desk extension; the minutes' 时间/地点/主持/"
        "参会/记录 lines stay in the body; the date is the 时间 line's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>恒温协同办公平台 - 公文查看</title>
<script src="/oa/static/js/oa-core.js"></script></head>
<body>
<div class="oa-top">⟦m 劭岭恒温 · 协同办公平台⟧ <span>⟦m 当前用户：仲怀远（质量部）⟧</span> <a href="/logout">⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议纪要　通讯录⟧</div>
<div class="oa-doc">
<div class="doc-title">⟦t 【质量部·纪要】2025年第三季度温控棒质量分析会会议纪要（限内部流转）⟧</div>
<h2>{T}</h2>
<div class="doc-meta">⟦m 拟稿：萧禾　审核：仲怀远　阅读次数：58⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-act"><button>⟦a 已阅，签收本文⟧</button> <button>⟦a 转办他人⟧</button></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><table>
<tr><td>⟦l 2025-09-27 09:14 萧禾 提交⟧</td></tr>
<tr><td>⟦l 2025-09-27 10:02 仲怀远 审核通过⟧</td></tr>
<tr><td>⟦l 2025-09-27 10:30 分发至生产部、技术部、售后服务部、采购部⟧</td></tr></table></div>
</div>
<div class="oa-foot">⟦m 信息中心运维，系统故障请拨内线 8010⟧</div>
</body></html>
""",
        body="""
时间：2025年9月26日下午2:30
地点：公司三楼第二会议室
主持：质量部经理 仲怀远
参会：生产部、技术部、售后服务部、采购部负责人
记录：萧禾
会议通报了第三季度温控棒售后返修情况。本季度共返修温控棒1126支，返修率1.8%，比上季度上升0.5个百分点，主要原因是300瓦型号的玻璃管在出厂跌落测试中出现隐性裂纹。
会议议定：一、技术部10月10日前完成玻璃管壁厚改进方案；二、采购部暂停向原供应商采购该批次玻璃管；三、生产部对库存3200支300瓦产品逐支复检；四、售后服务部对已售出产品开展电话回访。
""",
    ),
    dict(
        slug="intranet-hongshan-bulletin-toothbrush-bristles",
        site="竑山宠友日用品有限公司内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://in.hongshan-pet.local/news/notice/2025/0704-2.html",
        title="关于一车间狗牙刷刷毛脱落质量问题的通报",
        record_title="〔厂内通报〕关于一车间狗牙刷刷毛脱落质量问题的通报 · 宠友内网",
        date="2025-07-04",
        notes="company intranet notice: a prefix with 丨 and an intranet suffix; the 通报's own 抄送 line; read count, "
        "login line and a confidentiality footer; 成文日期 under the signature",
        page="""
!m 竑山宠友内网　|　员工之家
!m 欢迎您，质量部 罗明川　[退出]
!m 首页 › 公司公告 › 内部通报
{T}
!m 发文部门：总经理办公室　阅读：214人次
{BODY}
!a 【我已阅读】　【下载附件】　【返回列表】
!d 内网信息仅供本公司员工查阅，严禁截图外传。
!m 竑山宠友日用品有限公司 信息部 维护　内线：6600
""",
        body="""
各部门、各车间：
6月下旬，公司接到电商客户反馈，批号为YS2506-17的双头狗牙刷出现刷毛脱落，共涉及产品8600支。经质量部调查，原因是一车间植毛机更换刷毛后未按规定做拉力抽检，致使部分刷头植毛不牢。
为严肃工艺纪律，经公司研究，决定对一车间予以通报批评，扣除一车间6月份质量奖金，对当班班长罗以川给予书面警告。
各车间要引以为戒，严格执行首件检验和过程抽检制度，植毛拉力每两小时抽检一次，记录由质检员签字确认。
竑山宠友日用品有限公司
2025年7月4日
抄送：总经理办公室，质量部。
""",
    ),
]
