"""holdout239, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-yanxia-essay-old-blinds-calendar",
        site="檐下听雨 (invented WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://yanxiatingyu.blog.cn/2025/06/old-blinds/",
        title="老屋的百叶窗",
        record_title="老屋的百叶窗 · 闲笔 · 檐下听雨",
        date=None,
        notes=(
            "blog essay: calendar widget, archive, tag cloud, comment form, a tip-jar line glued after a 。; "
            "only a relative update time (no date)"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>老屋的百叶窗 · 闲笔 · 檐下听雨</title>
<link rel="stylesheet" href="/wp-content/themes/yuting/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 檐下听雨⟧</p><p class="site-description">⟦m 记些旧物，写些闲话⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/xianbi/">⟦m 闲笔⟧</a> <a href="/about/">⟦m 关于⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：闲笔　·　更新于 2 周前　·　86 次阅读⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：老屋 外婆 旧物⟧</footer>
<nav class="post-navigation"><p>⟦l « 前一篇：檐角的铜铃⟧</p><p>⟦l 后一篇：井台边的辘轳 »⟧</p></nav>
<div id="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 芦花：读着读着就想起我奶奶家的木窗了。⟧</p>
<form><p>⟦a 发表评论（邮箱不会被公开，必填项已用*标注）⟧</p></form></div>
</article></main>
<aside class="widget-area">
<section><h2>⟦l 日历⟧</h2><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年六月 (4)⟧</li><li>⟦l 2025年五月 (6)⟧</li></ul></section>
<section><h2>⟦l 标签云⟧</h2><p>⟦l 老屋 故乡 手艺 旧物 节气⟧</p></section>
</aside>
<footer class="site-footer">⟦d 檐下听雨 © 文字版权归作者，转载请先留言⟧ ⟦m 站点程序：WordPress⟧</footer>
</body></html>
""",
        body="""
外婆家的老屋朝南，二楼有一扇木百叶窗，漆成墨绿色，是外公年轻时请木匠做的。
小时候暑假住在那里，午后最热的时候，外婆就把百叶窗的叶片拨到半开，屋里立刻暗下来，阳光被切成一条一条，落在竹席上，像一架没有声音的琴。我躺在席子上数那些光条，数着数着就睡着了。
百叶窗的叶片是活动的，中间有一根木条连着，往上一推全部合上，往下一拉全部打开。我最喜欢干的事，就是趁外婆不注意，把木条推上拉下，让屋里一会儿明一会儿暗。外婆也不骂，只说一句“别把窗子玩坏了”。⟦a 觉得写得还行？请作者喝杯茶⟧
后来老屋翻修，百叶窗换成了铝合金推拉窗。拆下来的旧窗扇被舅舅搬进了柴房，前年我回去，在柴房角落里又看见了它，墨绿色的漆斑驳了，叶片还能动。
""",
    ),
    dict(
        slug="blog-tower-keeper-diary-wrapped-no-title",
        site="塔上的风 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://tashangfeng.blogbus.cn/post/20241103-shanding",
        title="山顶上那座信号塔",
        record_title=None,
        date="2024-11-03",
        notes=(
            "no title in the record: the post's title line; byline 发表于 is the page's date; body hard-wrapped "
            "at 68 columns; tags, prev/next and comments below"
        ),
        page="""
!m 塔上的风 —— 一个铁塔维护员的日常
!m 首页 | 随笔 | 相册 | 留言板
{T}
!m 发表于 2024-11-03 21:40 | 分类：随笔 | 阅读(512) | 评论(9)
{BODY}
!l 标签：铁塔　维护　山村
!l 上一篇：冻雨夜里的一次抢修　　下一篇：我的第一条安全带
!l 网友评论：山里娃：谢谢你们，我家就在山下。
!a 登录后发表评论
!m Powered by BlogBus-like CMS　本博客文字未经许可请勿转载
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
我负责维护的站点里，最远的一座信号塔在骓阳县舢坪村后山顶上，海拔九百多米，车只能开到半山腰，剩下的路要背着工具包走四十分钟。
这座塔是2019年建的，覆盖山下三个自然村和一片茶园。去年冬天一场冻雨，塔上的天线结了厚厚一层冰，整个村子断了信号。那天我和同事凌晨四点出发，爬到山顶时天刚亮，手套冻得像铁片。
除冰、更换跳线、重启设备，一直忙到中午，村里的手机终于有了信号。下山的时候，一位采茶的大姐拦住我们，硬塞了两个煮鸡蛋，说她在外地上学的女儿终于能和她视频了。
干这行八年，我爬过的塔不下两百座。塔是冷的，但每次看到山下亮起的手机屏幕，心里就是热的。
""",
    ),
    dict(
        slug="wechat-qinhu-minzheng-plates-follow-glued",
        site="骎湖民政 公众号镜像 (invented mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.gzhjx.cn/s/qinhuminzheng/20250520_1",
        title="骎湖区完成1.2万块门牌更换，快看看你家的新门牌",
        record_title=None,
        date="2025-05-20",
        notes=(
            "WeChat mirror, no record title (the <h1>); a follow prompt glued before the salutation; "
            "原创 tag, account line with the date, 阅读原文/在看 rows and the mirror's archive note; "
            "关注/扫一扫 as content"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>骎湖民政 - 公众号文章存档</title>
<meta name="viewport" content="width=device-width">
</head><body>
<div class="mirror-top">⟦m 公众号文章存档站 · 收录公开推送⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 骎湖民政⟧ ⟦m 2025-05-20 18:30 发表于骎湖区⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 5921⟧　⟦a 在看 87⟧　⟦a 点赞⟧</div>
<div class="qr">⟦a 长按识别二维码，进入骎湖民政服务大厅⟧</div>
</div>
<div class="mirror-foot"><p>⟦d 本页为原推送的存档副本，版权归原公众号所有⟧</p><p>⟦l 该号其他文章：骎湖区今年首批地名命名公示⟧</p></div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“骎湖民政”关注我们⟧各位居民朋友：
从今年4月开始，骎湖区对辖区内27个老旧小区的门牌号进行了统一更换，截至目前，共更换门牌1.2万余块，新门牌已全部安装到位。
新门牌采用蓝底白字的铝合金材质，右下角印有二维码，用手机扫一扫就能看到所在道路、楼栋和周边便民服务点的信息。老门牌上模糊不清、重号错号的问题也一并作了纠正。
门牌号变了，户籍和不动产登记上的地址需要变更吗？区民政局介绍，本次更换只统一了门牌样式，原有门牌号码基本不变；个别号码调整的住户，社区会逐户上门告知，并协助办理地址变更证明。
居民如需查询新旧门牌对照，可关注“骎湖民政”公众号，在菜单栏点击“门牌查询”即可。
""",
    ),
    dict(
        slug="wechat-zoushui-qixiang-vanes-science-text",
        site="驺水气象 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://mp.weixinjx.net/a/zoushuiqixiang/2025041802",
        title="风向标为什么总指向风吹来的方向？",
        record_title="风向标为什么总指向风吹来的方向？| 驺水气象 - 微信推文备份",
        date="2025-04-18",
        notes=(
            "WeChat mirror as text: account line with the date; a star prompt at the top, 在看/赞 rows and a QR line "
            "at the bottom; a 'swipe on' line between paragraphs"
        ),
        page="""
!m 微信推文备份 › 驺水气象
{T}
!m 驺水气象　2025年04月18日 07:50　驺水
!a 点上方名片，把“驺水气象”设为星标，预警不错过
{BODY}
!a 在看　分享　赞
!w 扫描下方二维码，加入驺水天气爱好者群
!m 本文为推文文字备份，图片未收录
""",
        gap=True,
        body="""
小朋友们有没有注意过，气象站或者老房子的屋顶上，常常立着一个会转的“小箭头”？它就是风向标。
风向标一般由四部分组成：头部的指针、尾部的尾翼、中间的转轴和下面的方位指示。尾翼做得比指针宽大，风一吹，尾翼受到的推力大，就会被推到下风方向，指针自然就指向了风吹来的方向。
所以，风向标指着北方，说明刮的是北风，也就是从北边吹来的风。这一点很多人容易弄反。
⟦a ↓ 继续往下滑，文末有小实验 ↓⟧
气象部门把风向分为16个方位，观测员读数时要看风向标在两分钟内的平均指向。现在自动气象站的风向传感器原理和风向标一样，只是把指向变成了电信号。
动手试试吧：用硬纸板剪一个箭头和一个大尾翼，插在吸管上，再用大头针固定在铅笔橡皮头上，一个简易风向标就做好了。
""",
    ),
    dict(
        slug="docshare-gongdu-contract-strap-template",
        site="共读文档网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.gongduwd.com/doc/51832977.html",
        title="表带委托加工合同（范本）",
        record_title="表带委托加工合同（范本）（可直接打印填写）- 共读文档网",
        date=None,
        notes=(
            "sharing page: upload notice, rating, points lock, service WeChat; a contract template with 第N条, "
            "＿＿ blanks, ×× placeholders and ＿＿＿＿年＿＿月＿＿日 (no date)"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>表带委托加工合同（范本）（可直接打印填写）- 共读文档网</title>
<script src="/assets/gd-viewer.js"></script>
</head><body>
<div class="gd-head">⟦m 共读文档网⟧ <a href="/up">⟦a 我要上传⟧</a> <a href="/vip">⟦a 开通会员⟧</a></div>
<div class="gd-path">⟦m 共读文档网 / 合同协议 / 加工承揽合同⟧</div>
<div class="gd-doc">
<h1>{T}</h1>
<div class="gd-info">⟦m 分享者：合同小仓库　共2页　评分4.6（31人）　下载积分：5⟧</div>
<div class="gd-body">
{BODY}
</div>
<div class="gd-lock">⟦a 积分不足？签到七天可领5积分⟧</div>
<div class="gd-btn">⟦a 下载此合同　收藏　分享给好友⟧</div>
</div>
<div class="gd-side"><h4>⟦l 你可能还需要⟧</h4><ul><li>⟦l 皮具加工承揽合同（通用版）⟧</li><li>⟦l 来料加工协议书范本⟧</li></ul></div>
<div class="gd-service">⟦w 合同定制修改，客服微信：gongdu_kf88⟧</div>
<div class="gd-foot"><p>⟦d 共读文档网所有文档均为用户分享，本站不对其合法性负责，下载前请自行甄别⟧</p><p>⟦m gongduwd.com　鲁ICP备21015566号-3⟧</p></div>
</body></html>
""",
        body="""
委托方（甲方）：××表业有限公司
受托方（乙方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》，甲乙双方就表带委托加工事宜，经协商一致，订立本合同。
第一条　加工产品：表带型号＿＿＿＿，材质＿＿＿＿，宽度＿＿毫米，数量＿＿＿＿条。
第二条　质量要求：乙方应按甲方提供的图纸和样品加工，镍释放量、色牢度等指标须符合国家标准，每批次随货提供检测报告。
第三条　交货：乙方于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定仓库，运费由乙方承担。
第四条　验收：甲方收货后7日内按××标准抽检，不合格批次由乙方返工或退货。
第五条　结算：加工费每条＿＿元，甲方验收合格后30日内支付。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-fenxiang-pledge-blind-cords-docx-markers",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.fxbwd.com/p-2206714.html",
        title="关于消除百叶窗拉绳隐患守护儿童安全的倡议书",
        record_title="关于消除百叶窗拉绳隐患守护儿童安全的倡议书.docx",
        date="2025-05-29",
        notes=(
            "file-name record title; page markers ⫴n⫴ cut sentences, glued with a space to the continuation line; "
            "分享 as content; joint signature with 成文日期"
        ),
        page="""
!m 分享吧文档　fxbwd.com
!t 关于消除百叶窗拉绳隐患守护儿童安全的倡议书.docx
!m 上传：小满妈妈　｜　大小：21KB　｜　更新于 2025-06-02
!a 登录分享吧，免费预览全部页面
{BODY}
!a ↓ 下载本文 ↓（分享吧会员免积分）
!d 本文档由网友分享，分享吧仅作存储，不代表本站观点。
!l 相关推荐：家庭防溺水倡议书 / 儿童居家安全告家长书
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫴{n}⫴", every=90, start=2, glue="mix", sep=" "),
        body="""
广大家长朋友们：
百叶窗、卷帘、罗马帘的拉绳和珠链，是家中容易被忽视的儿童窒息隐患。这类意外多发生在1至4岁的儿童身上，往往几分钟之内就会酿成悲剧。为守护孩子的安全，我们向全体家长倡议：
一、今天就检查一遍家中所有窗饰的拉绳，把垂下的绳子收到孩子够不着的高度，至少离地1.6米。
二、有条件的家庭，尽量选用无拉绳或电动的百叶窗。
三、婴儿床、儿童床、沙发不要紧挨着窗户摆放，防止孩子爬高后接触拉绳。
四、把这份倡议分享给身边有孩子的亲友，让更多家庭一起行动。
孩子的安全没有小事，让我们从一根拉绳做起。
貔山县妇女联合会
貔山县消费者协会
2025年5月29日
""",
    ),
    dict(
        slug="edu-pishan-notice-classroom-blinds-list",
        site="貔山教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.pishan.gov.cn/zbdt/202507/t20250709_30417.html",
        title="关于做好中小学教室百叶窗更换工作的通知",
        record_title="〔装备动态〕关于做好中小学教室百叶窗更换工作的通知 - 貔山教育信息网",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes=(
            "education portal with 长者模式/读屏 links and a technical-support line; numbered list; 下载附件 as "
            "content; the station's own 联系人/电话/邮箱 in the body; posting date also accepted"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>〔装备动态〕关于做好中小学教室百叶窗更换工作的通知 - 貔山教育信息网</title>
<link rel="stylesheet" href="/css/edu.css">
</head><body>
<div class="util"><a>⟦a 长者模式⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a EN⟧</a></div>
<div class="brand">⟦m 貔山教育信息网⟧ <span>⟦m 貔山县教育局主办⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 装备动态⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="pos">⟦m 当前页：首页 » 装备动态⟧</div>
<h2 class="tt">{T}</h2>
<div class="src">⟦m 发布日期：2025-07-09　信息来源：县教育技术装备站　点击量：1533⟧</div>
<div class="ctn">
{BODY}
</div>
<div class="fj"><p>⟦a 附件下载：教室百叶窗更换摸底统计表.xlsx（18KB）⟧</p></div>
<div class="print">⟦a [打印本文]⟧ ⟦a [关闭页面]⟧</div>
<div class="ft">
<p>⟦m 主办单位：貔山县教育局　地址：貔山县学府路9号⟧</p>
<p>⟦m 技术支持：貔山县教育信息中心　电话：0739-5211907⟧</p>
<p>⟦m 黔ICP备08003612号-2⟧</p>
</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为改善教室采光条件，保护学生视力，县教育局决定利用暑假对全县中小学教室破损百叶窗进行集中更换。现将有关事项通知如下：
1.更换范围：全县38所中小学、幼儿园中叶片断裂、调光失灵或拉绳老化的教室百叶窗，预计约1400樘。
2.产品要求：统一采用铝合金叶片手摇式百叶窗，不设外露拉绳，叶片可180度调节，遮光率不低于85%。
3.时间安排：7月20日前各校完成摸底；8月25日前完成安装；开学前完成验收。
4.报送方式：请各校下载附件中的摸底统计表，填写后加盖公章扫描发送至县教育技术装备站邮箱。
附件：教室百叶窗更换摸底统计表
联系人：县教育技术装备站　龚一苇，电话：0739-5216083，邮箱：pshzbz@163.com
貔山县教育局
2025年7月8日
""",
    ),
    dict(
        slug="edu-aocheng-sanxiao-plan-vanes-decimal",
        site="骜城市第三实验小学网站 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.acsy3.edu.cn/kjj/2025/0926/1188.html",
        title="“追风小队”风向标制作与观测活动方案",
        record_title="【科技节】“追风小队”风向标制作与观测活动方案 - 骜城市第三实验小学",
        date="2025-09-26",
        notes="school site as text: decimal headings 1–3.2; a scan-to-read line; 成文日期 under the signature",
        page="""
!m 骜城市第三实验小学　求真·向善·尚美
!m 首页 > 科技节 > 活动方案
{T}
!m 作者：教导处　来源：本站　浏览：392 次
!a 手机扫码，在手机上读这篇
{BODY}
!l 上一篇：2025年秋季学期科技节总体安排
!l 下一篇：“小小气象员”社团招新啦
!m 骜城市第三实验小学 版权所有　地址：骜城市育才路48号　电话：0736-7733102
""",
        body="""
1 活动目的
1.1 让学生了解风向标的结构和工作原理，学会辨别风向。
1.2 培养学生动手制作和坚持观测记录的习惯。
2 活动安排
2.1 制作阶段（10月8日至10月17日）：四至六年级各班利用科学课，以小组为单位制作风向标，材料以废旧物品为主。
2.2 观测阶段（10月20日至11月14日）：各班将作品安装在教学楼顶平台，每天上午课间操时记录风向一次，填写观测记录表。
2.3 展示阶段（11月下旬）：评选“最佳设计奖”“最准观测奖”，优秀作品在校园气象站展出。
3 安全要求
3.1 上楼顶平台须由科学教师带领，学生不得单独上楼。
3.2 制作中使用剪刀、锥子等工具时，须在教师指导下进行。
骜城市第三实验小学教导处
2025年9月26日
""",
    ),
    dict(
        slug="intranet-tieta-minutes-towers-oa-view",
        site="骓阳铁塔运维中心协同办公系统 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.zytt.local/doc/view.do?id=2025-0429-018",
        title="铁塔运维中心2025年第18周安全例会纪要",
        record_title="〔周例会〕铁塔运维中心2025年第18周安全例会纪要 - 协同办公",
        date="2025-04-29",
        notes=(
            "OA document view: 流转记录, read count, a 标记已读 button; the 时间/地点/主持/参会/记录 lines of the "
            "minutes stay in the body (the 时间 line gives the date); 下载并打印 as content"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔周例会〕铁塔运维中心2025年第18周安全例会纪要 - 协同办公</title>
<script src="/oa/js/doc-view.js"></script>
</head><body>
<div class="oa-top">⟦m 骓阳铁塔运维中心 · 协同办公⟧ <span>⟦m 当前用户：值班调度⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-tabs">⟦m 待办　已办　公文阅览　会议纪要⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-info">⟦m 拟稿：综合办　蒲小满　｜　密级：内部　｜　阅读 57 次⟧</div>
<div class="oa-text">
{BODY}
</div>
<div class="oa-btn">⟦a 标记已读⟧ ⟦a 转发⟧ ⟦a 另存为PDF⟧</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 04-29 16:12　综合办 蒲小满　提交⟧</p>
<p>⟦m 04-29 17:03　中心主任 邵景和　审核通过⟧</p>
<p>⟦m 04-30 08:20　系统　分发至各班组⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，请勿外传⟧　⟦m IT服务台分机：8006⟧</div>
</body></html>
""",
        body="""
时间：2025年4月29日上午9:00
地点：运维中心二楼会议室
主持：邵景和
参会：各区域维护班组长、安全员，共16人
记录：蒲小满
一、上周情况。全中心完成信号塔巡检212座，处理告警47条，其中塔体螺栓松动3处、避雷接地电阻超标2处，均已整改。
二、存在问题。舵湾镇两座山区信号塔的上塔爬梯护笼锈蚀严重，登塔作业存在风险。
三、议定事项。
1.舵湾区域班组本周内对两座塔的护笼进行临时加固，5月15日前完成更换。
2.“五一”期间执行24小时值班，登高作业一律报中心审批。
3.各班组5月6日前下载并打印新版登高作业票，旧版停止使用。
""",
    ),
    dict(
        slug="intranet-hengnuo-bulletin-strap-rework-table",
        site="恒诺表业内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.hengnuo-watch.local/notice/2025/0606-03",
        title="关于皮具车间表带返工质量问题的通报",
        record_title="内部通报｜关于皮具车间表带返工质量问题的通报",
        date="2025-06-06",
        notes=(
            "intranet text view: a table of rework batches one row a paragraph; 印发 line stays in the body; "
            "a read-receipt prompt between paragraphs; read count and exporter at the bottom"
        ),
        page="""
!m 恒诺表业内网 › 公司公告 › 质量通报
!t 内部通报｜关于皮具车间表带返工质量问题的通报
!m 发布部门：质量管理部　阅读范围：全体中层及以上
{BODY}
!a 已阅请点击下方“签收”，未签收者系统将每日提醒
!m 已读 143 人　未读 12 人
!a 签收　打印　导出
!d 本页内容属公司内部信息，禁止截图外传。
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
5月份，公司皮具车间生产的出口真皮表带在客户验货时发现批量质量问题，造成返工2360条，直接损失4.1万元。现将有关情况通报如下：
批次　问题　数量
PD2505-07　边油开裂　1180条
PD2505-09　针距不均　760条
PD2505-12　孔位偏移　420条
经调查，问题原因主要是新员工上岗培训不到位、首件检验流于形式、边油烘干时间被随意缩短。
⟦m 〔本通报已同步推送至企业微信〕⟧
公司决定，对皮具车间主任罗晋给予通报批评，扣减当月绩效20%；对当班质检员给予警告。
各车间要引以为戒，严格执行首件检验和工序互检制度，确保不再发生类似问题。
骥川恒诺表业有限公司质量管理部
2025年6月6日
恒诺表业质量管理部　2025年6月6日印发
""",
    ),
]
