"""holdout325, part B: blogs, WeChat mirrors, document-sharing pages, education portals and
intranets. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="shulian-blog-memoir-lipbalm-tubes",
        site="疏帘闲笔 (invented personal blog, WordPress-like)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://shulian.example.net/2025/02/11/grandma-drawer/",
        title="外婆抽屉里的唇膏管",
        record_title="旧物手帖｜外婆抽屉里的唇膏管 - 疏帘闲笔",
        date="2025-02-11",
        notes="blog post: calendar widget, archive, tag row, comment form; a repost notice glued after the last 。; the post's 发表于 line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>旧物手帖｜外婆抽屉里的唇膏管 - 疏帘闲笔</title>
<link rel="stylesheet" href="/wp-content/themes/quietpaper/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header id="masthead"><p class="site-title">⟦m 疏帘闲笔⟧</p><p class="site-description">⟦m 一道疏帘，写些旧人旧物⟧</p>
<nav>⟦m 首页　旧物手帖　读书札　关于我⟧</nav></header>
<main><article>
<h1 class="entry-title">⟦t 旧物手帖｜外婆抽屉里的唇膏管⟧</h1>
<div class="entry-meta">⟦m 发表于 2025-02-11　作者 窗边的阿蘅　分类 旧物手帖⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：外婆　冬天　旧物　唇膏⟧</div>
<nav class="post-nav">⟦l « 旧物手帖｜搪瓷缸上的红双喜⟧　⟦l 旧物手帖｜一把铜钥匙 »⟧</nav>
<section id="comments"><h3>⟦l 5 条评论⟧</h3>
<p>⟦l 山茶：看哭了，我外婆也是什么都舍不得扔。⟧</p>
<form>⟦a 发表评论（邮箱不会被公开）⟧<textarea></textarea><button>⟦a 提交留言⟧</button></form></section>
</article></main>
<aside id="secondary">
<section class="widget_calendar">⟦l 2025年二月　一 二 三 四 五 六 日⟧</section>
<section class="widget_archive"><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年二月 (3)⟧</li><li>⟦l 2025年一月 (5)⟧</li></ul></section>
</aside>
<footer>⟦m © 2025 疏帘闲笔 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
外婆的五斗柜最上面一层抽屉，放着一把木梳、一盒雪花膏，还有七八支用空了的唇膏管。
那些唇膏管大多是铝皮的，上面印着早已停产的牌子。外婆说，冬天在菜地里干活，嘴唇裂得出血，一支唇膏要省着用一整冬，用完了舍不得扔，洗干净了装针线。
我小时候最爱拧那些空管子，一拧一推，里面空空的，却总闻得到一点淡淡的蜡香。
外婆走后，舅舅收拾遗物，别的东西都分了，那几支唇膏管我要了下来。现在它们躺在我书桌上的笔筒里，装着回形针和几颗备用纽扣。
每年冬天嘴唇发干的时候，我都会想起外婆在灯下搓着手说的那句“省着点用，还能再用一个冬天”。⟦d （本文首发于作者个人号，转载请先私信打招呼）⟧
""",
    ),
    dict(
        slug="xiaolin-blog-lunchbag-tips-wrapped-56",
        site="小林的讲台日志 (invented teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://xiaolinlaoshi.blog.example.com/post/2025/lunchbag",
        title="给孩子挑保温袋的三点经验",
        record_title="【班主任随笔】给孩子挑保温袋的三点经验 - 小林的讲台日志 - 博客园地",
        date=None,
        notes="a teacher's blog post hard-wrapped at 56 columns; a relative post time (2 天前) and a view count, no date",
        page="""
!m 小林的讲台日志　｜　一个小学班主任的碎碎念
!m 博客园地 › 小林的讲台日志 › 教育随笔
!t 【班主任随笔】给孩子挑保温袋的三点经验
!m 2 天前　阅读(388)　评论(6)　推荐(21)
{BODY}
!l 分类：教育随笔　　标签：带饭 保温袋 家校沟通
!a 觉得有用？点个推荐，让更多家长看到
!l 上一篇：开学第一周，我给家长写的一封信
!l 下一篇：孩子午睡总说冷，我们班做了这三件事
!m 博客园地 · 写给认真生活的人　© 2025
""",
        wrap=56,
        body="""
开学第二周，班上有三个孩子的午饭到中午就凉了，我挨个看了他们的保温袋，发现问题都差不多。结合这几年带班的观察，说说挑保温袋的三点经验。
一看内衬。内衬最好是加厚的铝箔珍珠棉，摸上去有一定厚度，太薄的只能挡挡灰。
二看开口。拉链式比魔术贴式保温效果好，袋口最好有一圈防风边，孩子拿进拿出也不容易漏汤。
三看大小。袋子比饭盒大一圈就够了，空间太大热气散得快。可以在饭盒和袋子之间塞一块干毛巾。
最后提醒家长，保温袋每周至少擦洗一次，晾干后再用，不然容易有异味。
""",
    ),
    dict(
        slug="weidu-mirror-lipbalm-sharing-h1-follow-prompt",
        site="微读存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://weidu.example.org/a/lsey/20250115_31027",
        title="唇膏能不能共用？皮肤科医生这样说",
        record_title=None,
        date="2025-01-15",
        notes="WeChat mirror, no record title: the <h1>; a follow prompt glued before the first words; an account/date line as the page's date; 阅读原文/在看/赞 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>微读存档</title>
<script>var msg_source="wx";var ct="1736911200";</script>
</head><body>
<div class="mirror-bar">⟦m 微读存档 · 好文章不怕丢⟧　⟦a 搜索公众号文章⟧</div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　俪水市第二人民医院　2025-01-15 08:30　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别下方二维码，预约皮肤科专家号⟧</div>
<div class="tool">⟦l 阅读原文　阅读 5621　分享　在看 73　赞 96⟧</div>
<div class="mirror-note">⟦d 本页为微读存档自动收录的公众号文章快照，版权归原公众号所有。⟧</div>
<div class="mirror-more"><h4>⟦l 该公众号的其他文章⟧</h4>
<p>⟦l 冬季手足皲裂，这样护理最有效⟧</p><p>⟦l 孩子嘴角干裂起皮，别再舔了⟧</p></div>
</div>
<footer>⟦m weidu.example.org 仅供个人存档阅读　蜀ICP备22008133号⟧</footer>
</body></html>
""",
        p_html='<section><p style="line-height:1.75;">{}</p></section>',
        body="""
⟦a 点击上方蓝字关注我们，健康科普每周更⟧天气一冷，很多人包里都会备一支唇膏。可不少人也有这样的习惯：闺蜜之间互相借着用，家里几个人共用一支。这样做到底行不行？
我院皮肤科主任医师叶秋蘅提醒，唇膏最好一人一支，不要共用。嘴唇黏膜薄，唇膏直接接触唇部，共用容易传播单纯疱疹病毒，也就是大家常说的“上火起泡”。
此外，唇膏管拧出过长容易折断，手指一掰再塞回去，也会把细菌带进膏体。建议每次拧出两三毫米即可，用完及时盖好盖子。
开封后的唇膏一般建议半年到一年内用完。如果发现膏体变色、有异味，就不要再用了。
""",
    ),
    dict(
        slug="weiwen-mirror-pledge-vacuumbags-donation",
        site="微文汇存 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://wxhc.example.com/kaicheng-yigong/2025-10-21-1",
        title="关于用真空收纳袋打包冬衣捐赠山区学校的倡议书",
        record_title="一起行动丨关于用真空收纳袋打包冬衣捐赠山区学校的倡议书 · 恺城义工 · 微文汇存",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="a mirrored account article: the account's date differs from the pledge's 成文日期 (also accepted); a sentence asking readers to 分享 the pledge is content; reward and 在看 rows",
        page="""
!m 微文汇存｜公众号文章备份站
!t 一起行动丨关于用真空收纳袋打包冬衣捐赠山区学校的倡议书
!m 恺城义工　2025年10月21日 19:05
!a 戳蓝字“恺城义工”，第一时间收到活动召集
{BODY}
!a 喜欢作者　赞赏 12 人
!l 阅读 2307　　在看 58　　留言 9
!l 精选留言：已经打包好三袋，周末送过去！
!d 文章来源于公众号“恺城义工”，微文汇存仅作备份，侵删。
""",
        body="""
亲爱的街坊邻居们：
寒冬将至，佶阳县山区的四所村小还有不少孩子缺少厚实的冬衣。为此，恺城区义工联合会发起“冬衣进山”捐赠活动，倡议如下：
一、请捐赠八成新以上、洗净晾干的棉衣、毛衣和羽绒服，破损、霉变的衣物请勿捐赠。
二、请将衣物按尺码分类，装入真空收纳袋抽气压缩，每袋贴上写明尺码和件数的纸条，既节省运输空间，又能防潮防尘。
三、请于11月15日前将衣物送至各社区党群服务中心，义工将统一装车运往山区。
也请您把这份倡议分享到所在的业主群和亲友群，让更多人参与进来。
恺城区义工联合会
2025年10月20日
""",
    ),
    dict(
        slug="zhanqiao-share-request-moisture-docx",
        site="栈桥文档共享 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.zhanqiaodoc.example.com/d/5f20ab7719.html",
        title="关于为学生宿舍购置衣柜防潮盒的请示",
        record_title="关于为学生宿舍购置衣柜防潮盒的请示.docx",
        date="2025-03-18",
        notes="sharing page: an upload notice, a points lock, a service WeChat line; file-name record title; the request's own 联系人/电话 next to the site's service line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于为学生宿舍购置衣柜防潮盒的请示.docx-栈桥文档共享</title>
<script src="/static/js/viewer.js"></script>
</head><body>
<div class="header"><span class="logo">⟦m 栈桥文档共享⟧</span><span class="slogan">⟦m 文档互通，知识靠岸⟧</span>
<span class="user">⟦a 登录　注册送20积分⟧</span></div>
<div class="nav">⟦m 首页 | 公文 | 教育 | 合同 | 我的上传⟧</div>
<div class="doc-head"><h1>⟦t 关于为学生宿舍购置衣柜防潮盒的请示.docx⟧</h1>
<p>⟦m 贡献者：钟老师2019　大小：18KB　页数：1　下载：76⟧</p></div>
<div class="upnotice">⟦d 此文档为用户分享，栈桥只做存储与展示，不对文档内容负责；如有版权问题请提交申诉。⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 下载此文档需消耗5积分，积分不足可签到领取⟧</div>
<div class="side"><h4>⟦l 同类文档推荐⟧</h4>
<ul><li>⟦l 关于增设学生宿舍晾衣架的请示⟧</li><li>⟦l 学校购置空调经费的请示（范文）⟧</li></ul></div>
<div class="kefu">⟦w 找不到想要的文档？添加客服微信 zhanqiao_kf88 代找⟧</div>
<div class="footer">⟦m © 栈桥文档共享 2025　闽ICP备21009937号-2⟧</div>
</body></html>
""",
        body="""
县教育局：
我校现有寄宿生一千二百六十人，宿舍楼均建于上世纪九十年代，一楼和朝北房间长期潮湿，每年梅雨季节学生衣物发霉的情况较为普遍，家长多次反映。
为改善学生住宿条件，我校拟为三栋宿舍楼的八百四十个衣柜各配置防潮盒两个，全年更换四次，共需防潮盒六千七百二十个，按单价每个二元八角测算，约需经费一万八千八百一十六元，拟从学校公用经费中列支。
妥否，请批示。
联系人：钟一帆　电话：0739-6620471
佶阳县第二中学
2025年3月18日
""",
    ),
    dict(
        slug="yunzhi-share-contract-template-lunchbags",
        site="云帙文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.yunzhidoc.example.cn/hetong/caigou/66104.html",
        title="保温袋采购合同（范本）",
        record_title="保温袋采购合同（范本）【可下载可改】 - 云帙文档",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日 (no date); 第N条 articles; an upload notice and a download-count line; a preview-lock line between articles",
        page="""
!m 云帙文档 — 合同协议 · 采购合同
!t 保温袋采购合同（范本）【可下载可改】
!m 上传于2025-05-11　｜　格式：DOC　｜　已被下载 1.3千次
!d 本文档由用户上传，云帙文档仅提供在线预览，不保证内容与正本一致。
{BODY}
!a 下载完整版（含附件表格）：普通用户2积分，帙卡会员免费
!l 猜你还需要：校服采购合同范本　食堂食材配送合同范本
!m 云帙文档 yunzhidoc.example.cn
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××箱包有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方就保温袋采购事宜，经协商一致，订立本合同。
第一条　乙方向甲方提供学生用保温袋＿＿个，单价＿＿元，合同总价＿＿元。
第二条　保温袋内衬应为食品级材料，保温时间不少于四小时，乙方交货时提供检测报告。
⟦a —— 预览模式仅显示部分条款，完整内容请下载查看 ——⟧
第三条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，甲方当场验收。
第四条　产品出现开线、内衬破损等质量问题的，乙方应在七日内免费更换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="shichuan-edu-notice-lunchbags-attachment",
        site="葹川县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.shichuan.example.gov.cn/tzgg/2025/0903/2217.html",
        title="关于规范学生自带午餐保温袋使用管理的通知",
        record_title="关于规范学生自带午餐保温袋使用管理的通知（教育局发文）-葹川县教育信息网",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="education portal: 适老/读屏 links, an attachment download link beside the 附件 line, a technical-support line next to the bureau's own 联系人/电话/邮箱; a sentence telling schools to 下载 the attachment is content; 成文日期 vs posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于规范学生自带午餐保温袋使用管理的通知（教育局发文）-葹川县教育信息网</title>
<script src="/js/accessibility.js"></script>
</head><body>
<div class="top">⟦a 适老版 | 无障碍阅读⟧　⟦m 葹川县教育局主办⟧</div>
<div class="logo">⟦m 葹川县教育信息网⟧</div>
<div class="menu">⟦m 首页　教育要闻　通知公告　政务公开　招生考试　资源下载⟧</div>
<div class="pos">⟦m 当前栏目：通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="sub">⟦m 发布：安全股　　时间：2025年09月03日　　浏览：1107⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 点击下载：学生带餐保温袋管理情况统计表.xlsx⟧</div>
<div class="pager">⟦l 上一篇：2025年秋季学期开学工作督导安排⟧<br>⟦l 下一篇：关于做好新学期校车安全管理工作的通知⟧</div>
</div>
<div class="foot">
<p>⟦m 网站技术支持：葹川智联信息科技　技术服务电话：0736-5233080⟧</p>
<p>⟦m 地址：葹川县葹华路12号　湘ICP备12008811号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
近期，部分学校反映学生自带午餐保温袋存在清洗不及时、混放串味等问题。为保障学生饮食安全，现就有关事项通知如下。
一、各校要在教室或餐厅设置保温袋存放架，一人一格，贴好姓名标签。
二、班主任每周五提醒学生将保温袋带回家清洗，学校每月开展一次抽查。
三、各校请下载附件，于9月20日前将本校带餐学生人数和存放架配置情况报县教育局安全股。
附件：学生带餐保温袋管理情况统计表
联系人：骆晓岚，电话：0736-5219083，邮箱：sxjyaqg@example.cn。
葹川县教育局
2025年9月2日
""",
    ),
    dict(
        slug="lishui-school-notice-shavers-scan-code",
        site="俪水市实验中学 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lsszx.example.cn/xygg/20251110/1093.html",
        title="关于在寄宿班级配发起球器的通知",
        record_title="关于在寄宿班级配发起球器的通知 - 团务公告 - 俪水市实验中学",
        date="2025-11-10",
        notes="school site: a 扫码登记 sentence is content; a read-count line, a scan-to-follow school account line and a footer with the school's address",
        page="""
!m 俪水市实验中学　厚德　笃学　致远
!m 学校首页 → 校园公告 → 正文
{T}
!m 发布者：团委　　发布日期：2025-11-10　　阅读：587
{BODY}
!a 微信扫一扫，关注“俪水实验中学”校园号
!l 【返回列表】　【关闭本页】
!m 学校地址：俪水市恺城区书院路9号　招生咨询：0738-7105520
""",
        body="""
各寄宿班级：
冬季校服穿着频繁，袖口、前襟起球较多。为帮助同学们保持校服整洁，学校团委为每个寄宿班级配发充电式起球器两个。现将有关事项通知如下。
一、领取方式：各班生活委员于11月14日中午到团委办公室扫码登记后领取。
二、使用要求：起球器由生活委员保管，使用后及时清理毛屑，充电时须有人看管，不得在宿舍内过夜充电。
三、损坏报修：如刀网损坏，请到团委办公室登记更换，不得自行拆卸。
校团委
2025年11月10日
""",
    ),
    dict(
        slug="hanjie-oa-minutes-valve-leak-vote",
        site="瀚洁协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hanjie.example.local/doc/view?id=20250515-0071",
        title="关于单向阀漏气问题整改的会议纪要",
        record_title="【例行纪要】关于单向阀漏气问题整改的会议纪要（第七期）· 瀚洁OA",
        date="2025-05-14",
        date_also=["2025-05-15"],
        notes="OA document view: user bar, 流转记录, read count, an 'I have read it' button; the minutes' 时间/地点/主持/参会/记录 lines and a vote count are body; the meeting date vs the OA posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【例行纪要】关于单向阀漏气问题整改的会议纪要（第七期）· 瀚洁OA</title>
<script src="/oa/js/flow.js"></script>
</head><body>
<div class="oa-head">⟦m 佶阳瀚洁日用品有限公司 · 协同办公平台⟧　⟦m 当前用户：生产部 吴小溪⟧　⟦a 退出登录⟧</div>
<div class="oa-menu">⟦m 待办事项　公文管理　会议管理　知识文档　通讯录⟧</div>
<div class="doc">
<div class="doc-title">{T}</div>
<div class="doc-info">⟦m 发文部门：总经理办公室　登记时间：2025-05-15 09:26　密级：内部⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 总经办 起草 → 郑启元 审核 → 已分发至 4 个部门⟧</p>
<p>⟦m 已读 23 人　未读 5 人⟧</p></div>
<button class="read-btn">⟦a 我已阅知⟧</button>
</div>
<div class="oa-foot">⟦m 瀚洁OA 3.2　如遇系统问题请拨打信息中心分机 8021⟧</div>
</body></html>
""",
        body="""
时间：2025年5月14日14:30
地点：公司二楼第一会议室
主持：常务副总经理　郑启元
参会：质量部、生产部、采购部、销售部负责人
记录：质量部　吴小溪
会议听取了质量部关于四月份客户投诉情况的汇报。四月份共收到真空收纳袋漏气投诉三十七起，经拆检，主要原因是单向阀密封圈供应商更换后材料硬度偏高。会议议定以下事项：
一、采购部即日起恢复原供应商供货，新供应商样品须经质量部检测合格后方可使用。
二、生产部对库存的一万二千套产品逐批抽检气密性，不合格批次全部返工。
三、销售部对投诉客户一律免费换货。
以上事项经参会人员表决，五票同意，零票反对。
""",
    ),
    dict(
        slug="shuzao-intranet-bulletin-moisture-inspection-table",
        site="舒燥日化内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.shuzao.example.local/notice/2025/0403-2",
        title="关于三月份防潮盒出厂检验情况的通报",
        date="2025-04-03",
        notes="intranet notice: user and menu lines, a confidentiality reminder; record title as is; a table one row a paragraph; 成文日期 under the signature",
        page="""
!m 佶阳舒燥日化有限公司内部信息门户
!m 欢迎您，包装车间 覃工　｜　修改密码　｜　安全退出
!m 公告通报 ＞ 质量通报
{T}
!m 发布人：质检科　　发布时间：2025-04-03 16:10　　已阅：146
{BODY}
!d 内部资料，严禁截图外传，违者按《信息安全管理规定》处理。
!l 相关通报：二月份防潮盒出厂检验情况通报｜关于加强热封设备点检的通知
!m 舒燥内网 v2.6　技术支持：信息部 分机 6600
""",
        body="""
各车间、各部门：
三月份，质检科对出厂的衣柜防潮盒进行了逐批检验，共检验四十二批次，合格四十批次，两批次因透气膜热封不牢返工。具体情况如下：
车间　检验批次　合格批次　问题
一车间　十五　十五　无
二车间　十四　十三　透气膜脱边
三车间　十三　十二　透气膜脱边
二车间、三车间要查明热封温度控制原因，四月十日前将整改报告报质检科。全体员工要严格按作业指导书操作，确保产品质量。
质检科
2025年4月3日
""",
    ),
]
