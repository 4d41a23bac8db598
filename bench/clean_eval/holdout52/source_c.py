"""holdout52, part C: dried persimmons (柿饼) of an invented mountain county, 柿岭县 — apps,
exam forums, encyclopaedia, drives, caches, print views, mails and portals. Blind part; invented text."""

CASES = [
    dict(
        slug="shiling-persimmon-summary-app",
        site="笔耕范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bigengapp.example.com/doc/s/Kp20Xh71",
        title="柿岭县林业局2025年柿子产业发展工作总结",
        record_title="柿岭县林业局2025年柿子产业发展工作总结（可编辑）",
        date="2025-12-20",
        notes="writing-app share page; decorated title （可编辑）; AI-rewrite and open-in-app prompts; member unlock line between paragraphs; 成文日期 in Chinese numerals",
        page="""
!m 笔耕APP · 分享页
!t 柿岭县林业局2025年柿子产业发展工作总结（可编辑）
!m 字数 612 · 阅读 4.7k · 收藏 311
!a AI一键改写　｜　在APP内打开
{BODY}
!a 打开笔耕APP，免费领取更多年终总结模板
!d 内容由用户创作分享，仅供参考，禁止商用。
""",
        body="""
2025年，我局围绕“柿子富农”目标，扎实推进柿子产业提质增效，现将全年工作总结如下。
一、基地建设稳步推进。全年新建柿子标准化示范园八个，改造低产柿园一点二万亩。
二、加工能力持续提升。扶持柿饼加工户新建晾晒大棚四十六座，柿饼年产量突破六千吨。
⟦a 以下内容为会员专享，开通笔耕会员立即解锁⟧
三、品牌影响不断扩大。“柿岭柿饼”成功获批国家地理标志保护产品。
2026年，我局将重点抓好柿子精深加工和冷链仓储建设。
柿岭县林业局
二〇二五年十二月二十日
""",
    ),
    dict(
        slug="shiling-shenlun-essay-exam-forum",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="http://bbs.shangan.example.com/thread-771203-1-1.html",
        title="申论范文：让“小柿子”托起乡村振兴“大产业”",
        record_title="【申论高分范文】让“小柿子”托起乡村振兴“大产业”",
        title_also=["让“小柿子”托起乡村振兴“大产业”"],
        date=None,
        notes="exam forum; decorated title; the post's own title carries 申论范文：; post time and 'N hours ago' are no date for an essay; reply-to-view prompt; points",
        page="""
!m 上岸公考论坛 » 申论专区 » 范文赏析
!t 【申论高分范文】让“小柿子”托起乡村振兴“大产业”
!m 发表于 5 小时前 | 作者：稳稳上岸2026 | 积分 1280
{T}
{BODY}
!a 本帖隐藏的内容需要回复才可以浏览
!l 沙发　上岸小白：收藏了，背一背
!l 相关帖子：申论大作文万能结构 | 乡村振兴类热点素材汇总
""",
        body="""
金秋时节，柿岭的山坡上挂满了“红灯笼”，一个个小柿子，正在变成群众增收的大产业。
小柿子要成为大产业，离不开规模化种植。只有把分散的柿树连成片、把零星的农户组织起来，才能形成产业集群。
小柿子要成为大产业，更离不开精深加工。柿饼、柿子醋、柿叶茶，每延长一段链条，就多一分附加值。
小柿子要成为大产业，还需要品牌赋能。地理标志、电商直播，让山里的好东西走出大山。
一枚柿子虽小，却映照着乡村振兴的大文章。
""",
    ),
    dict(
        slug="shiling-persimmon-baike-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="article",
        form="html",
        source="https://baike.zhiyuan.example.com/item/柿岭柿饼/50271",
        title="柿岭柿饼",
        record_title="柿岭柿饼_知源百科",
        date=None,
        notes="encyclopaedia entry; decorated title; edit/cite buttons; reference notes; catalogue box; years in the text are not a date",
        page="""
<html><head><title>{T}_知源百科</title><script src="//s.zhiyuan.example.com/bk.js"></script></head><body>
<div class="top">⟦m 知源百科⟧ ⟦a 进入词条⟧ ⟦a 全站搜索⟧ ⟦a 帮助⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦a 赞 88⟧</div>
<div class="catalog">⟦l 目录　1 历史沿革　2 制作工艺　3 产品特点⟧</div>
{BODY}
<div class="ref">⟦l 参考资料　1. 柿岭县志（2019年版）⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：21907次　编辑次数：14次　最近更新：柿子妹⟧</div>
<div class="ft">⟦d ©2025 知源百科　使用前必读　百科协议⟧</div>
</body></html>
""",
        body="""
柿岭柿饼，柿岭县特产，国家地理标志保护产品，以当地牛心柿为原料，经去皮、晾晒、捏形、出霜等工序制成。
柿岭制作柿饼的历史可追溯到明代，清代已作为贡品进献。
制作工艺：霜降前后采摘八成熟的牛心柿，削皮后挂在竹架上自然晾晒，期间每隔三至四天捏压一次，约四十天后入缸出霜。
产品特点：成品呈扁圆形，表面覆盖一层白色柿霜，果肉橙红透亮，软糯香甜。
""",
    ),
    dict(
        slug="shiling-drying-shed-plan-netdisk",
        site="云格网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunge.example.com/s/1xQvT7mPa",
        title="柿岭县柿饼晾晒大棚建设补助实施方案",
        record_title="柿岭县柿饼晾晒大棚建设补助实施方案.wps",
        date="2025-08-15",
        notes="cloud-drive text preview; file-name title (.wps); share expiry and save-to-drive prompts; subsidy table; 成文日期 under signature",
        page="""
!m 云格网盘 | 分享文件
!t 柿岭县柿饼晾晒大棚建设补助实施方案.wps
!m 分享者：柿岭林业小王　有效期：永久有效　大小：44.2KB
!a 保存到我的网盘　下载（高速通道需开通超级会员）
!m 在线预览 · 仅显示前5000字
{BODY}
!a 预览结束，登录后可查看完整文件
!d 请勿通过网盘分享违法违规内容，一经发现将封禁账号。
""",
        body="""
为改善柿饼晾晒条件，提升产品质量安全水平，制定本实施方案。
一、补助对象：在本县从事柿饼加工、自建标准晾晒大棚的农户和合作社。
二、补助标准：
大棚面积　补助金额
200—500平方米　每座1.5万元
500平方米以上　每座3万元
三、申报程序：由申请人向乡镇提出申请，县林业局会同财政局验收后兑付补助。
柿岭县林业局　柿岭县财政局
2025年8月15日
""",
    ),
    dict(
        slug="shiling-frost-warning-snapshot",
        site="搜栈快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souzhan.example.com/c?u=qx.shiling.example.gov.cn/yj/2025/1030.html",
        title="关于防范寒潮霜冻做好柿饼晾晒防护的紧急通知",
        record_title=None,
        date="2025-10-30",
        notes="search-cache frame around a county meteorological page; cache banner and its crawl time are no date; highlighted keywords line; 成文日期 under the signature",
        page="""
<html><head><title>{T} - 搜栈快照</title></head><body>
<div class="snap">⟦d 这是搜栈对 http://qx.shiling.example.gov.cn/yj/2025/1030.html 的快照，是网页在2025年11月2日 06:14:09的存档。⟧<br>⟦d 当前页面可能已经更改，请点击查看最新页面。⟧<br>⟦m 您的搜索词已标明：寒潮 柿饼⟧</div>
<hr>
<div class="page">
<div class="h">⟦m 柿岭县气象局 首页 | 天气预报 | 预警信息 | 气象科普⟧</div>
<h3>{T}</h3>
{BODY}
<div class="f">⟦m 柿岭县气象局 版权所有⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
据县气象台预报，受强冷空气影响，11月1日至3日我县将出现寒潮天气，最低气温可降至零下三度，山区有霜冻。
当前正值柿饼晾晒关键期，请各乡镇立即通知加工户：
1. 夜间及时收起或覆盖在外晾晒的柿饼，防止冻伤；
2. 有条件的加工户将柿饼移入晾晒大棚，关闭通风口保温；
3. 霜冻过后气温回升再行晾晒，防止柿饼表面结露发霉。
柿岭县气象局
2025年10月30日
""",
    ),
    dict(
        slug="shiling-persimmon-festival-plan-print",
        site="柿岭县人民政府 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.shiling.example.gov.cn/print.jsp?id=80312",
        title="第三届柿岭柿子文化旅游节活动方案",
        record_title="第三届柿岭柿子文化旅游节活动方案",
        date="2025-09-26",
        notes="print view: header with URL and print time (no date), print/close buttons, print footer '页 1 / 2' forms; activity schedule rows; document's own 联系人/电话 line",
        page="""
!m 柿岭县人民政府门户网站
!m http://www.shiling.example.gov.cn/zwgk/fa/2025/0926/80312.html
!a [打印]　[关闭]
{T}
!m 打印时间：2026-01-03 15:27
{BODY}
!p ⌜ 第 1 页 · 共 1 页 ⌟
""",
        body="""
为展示柿岭柿子产业成果，促进农文旅融合，决定举办第三届柿岭柿子文化旅游节。
一、活动时间：2025年10月25日至10月27日。
二、主要活动
日期　活动内容　地点
10月25日　开幕式暨柿饼展销会　柿岭镇红柿广场
10月26日　“柿柿如意”摄影大赛　老鸦岭古柿园
10月27日　柿饼制作技艺比赛　龙湾村晾晒基地
三、工作要求：各牵头单位要制定安全保障预案，确保活动安全有序。
联系人：冯立新　联系电话：0913-5521078
柿岭县人民政府办公室
2025年9月26日
""",
    ),
    dict(
        slug="shiling-coop-forward-mail",
        site="柿岭柿农专业合作社联合社 邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:office@shilingcoop.example.cn?msg=20251105-01",
        title="关于统一收购2025年柿饼的通知",
        record_title="转发：关于统一收购2025年柿饼的通知",
        date="2025-11-04",
        notes="forwarded mail: the mail's own headers (发件人/收件人/时间) as meta; the document's own 附件 list and 抄送 line kept; mail client footer; forward note line",
        page="""
!m 发件人：柿岭联合社办公室 <office@shilingcoop.example.cn>
!m 收件人：各成员社理事长
!m 时间：2025年11月5日（星期三）上午8:42
!t 主题：转发：关于统一收购2025年柿饼的通知
!m 附件：收购价格表.xlsx（12KB）
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!m 此邮件由网易邮箱大师发送
!d 本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。
""",
        body="""
各成员社：
为稳定柿饼收购价格，防止压价抢购，经联合社理事会研究，决定对成员社2025年柿饼实行统一收购。
一、收购时间：2025年12月1日至2026年1月20日。
二、收购标准：按特级、一级、二级三个等级收购，具体价格见附件。
三、各成员社要组织社员按标准分级包装，不得以次充好。
附件：2025年柿饼收购价格表
柿岭柿农专业合作社联合社
2025年11月4日
抄送：县农业农村局，县供销社
""",
    ),
    dict(
        slug="shiling-forestry-bureau-wrapped-portal",
        site="柿岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shiling.example.gov.cn/zwgk/tzgg/2025/0612/79120.html",
        title="关于开展古柿树资源普查的通知",
        record_title="关于开展古柿树资源普查的通知_通知公告_柿岭县人民政府",
        date="2025-06-12",
        notes="county portal pasted as hard-wrapped text (58 columns); decorated title; 文号 under the title neutral; 印发 版记 kept; accessibility toolbar",
        wrap=58,
        indent="    ",
        page="""
!a 无障碍　|　关怀版　|　繁體
!m 柿岭县人民政府 > 政务公开 > 通知公告
!t 关于开展古柿树资源普查的通知_通知公告_柿岭县人民政府
!m 发布机构：县林业局　　发文日期：2025-06-12　　浏览：908
柿林发〔2025〕17号
{BODY}
!m 【我要纠错】　　【关闭】
!m 网站标识码：6110260003　陕ICP备2030002210号
""",
        body="""
各乡镇人民政府，县直有关部门：
为摸清全县古柿树资源底数，加强古柿树保护，县林业局决定于2025年7月至10月开展古柿树资源普查。普查对象为树龄一百年以上的柿树，包括散生古树和古树群。
各乡镇要组织护林员逐村逐户开展调查，填写古柿树每木调查表，拍摄树体照片，并采集定位坐标。
县林业局将对普查结果组织核查，对新发现的古柿树统一挂牌保护。
柿岭县林业局
2025年6月12日
柿岭县林业局办公室　2025年6月12日印发
""",
    ),
    dict(
        slug="shiling-export-news-portal-text",
        site="秦岭南麓新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.qlnanlu.example.com/2025-12/09/content_611203.htm",
        title="柿岭柿饼首次搭乘中欧班列出口",
        record_title=None,
        date="2025-12-09",
        notes="news portal text; no record title; title repeated glued to the lead's start; 发布 line is the date; photo caption and 'more news' list",
        page="""
!m 秦岭南麓新闻网 | 县域经济
{T}
!m 2025-12-09 16:20:31　来源：秦岭南麓新闻网　记者 邵一鸣
{BODY}
!l 更多县域新闻 >>
!l 热门排行：1. 高速新线通车 2. 柿岭冬季旅游线路发布
""",
        body="""
⟦t 柿岭柿饼首次搭乘中欧班列出口⟧12月8日，一列满载柿岭柿饼的集装箱班列从西安国际港站驶出，这是柿岭柿饼首次通过中欧班列出口欧洲。
此次出口柿饼共二十吨，将运往德国杜伊斯堡，再分销至欧洲多国的亚洲超市。
⟦m 图为工作人员在装运柿饼。⟧
“以前柿饼主要卖到国内，现在打开了国际市场。”柿岭县红霜柿业公司负责人孙晓芳说。
""",
    ),
    dict(
        slug="shiling-speech-oldtable-fanwen",
        site="公文宝范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gongwenbao.example.cn/html/jh/2025/1020/30871.asp",
        title="在全县柿饼加工质量提升现场会上的讲话",
        record_title="在全县柿饼加工质量提升现场会上的讲话（优秀范文）",
        date="2025-10-18",
        notes="old gb2312 ASP table layout: marquee, visitor counter, 【字号 大 中 小】 row, floating writing-service box; speaker and date under the title neutral; writing-service prompt between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{T}（优秀范文）-公文宝范文网</title>
<script language="javascript">function fontZoom(s){}</script></head>
<body topmargin="0">
<table width="980" border="0"><tr><td><marquee>⟦m 公文宝范文网欢迎您！每日更新优质范文，助您轻松写材料！⟧</marquee></td></tr></table>
<table width="980"><tr><td>⟦m 首页 | 讲话稿 | 工作总结 | 心得体会 | 述职报告 | 主持词⟧</td></tr></table>
<table width="980"><tr><td width="700">
<div>⟦m 当前位置：公文宝 >> 讲话稿 >> 领导讲话⟧</div>
<h2>{T}</h2>
<div>⟦a 【字号：大 中 小】⟧　⟦m 日期：2025-10-20　人气：1176⟧</div>
<p>县委副书记　赵克俭</p>
<p>（2025年10月18日）</p>
{BODY}
</td><td width="280">⟦l 热门范文排行⟧<br>⟦l 1.在全县秋冬季农业生产会议上的讲话⟧<br>⟦l 2.柿子产业调研报告⟧</td></tr></table>
<div style="position:fixed">⟦w 代写各类公文 包满意 QQ：1548862077⟧</div>
<table width="980"><tr><td>⟦m 您是本站第 00581923 位访客⟧　⟦m 蜀ICP备08021117号⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天我们在龙湾村召开全县柿饼加工质量提升现场会，主要任务是观摩先进、查找不足、部署下一步工作。
刚才大家参观了龙湾村的标准化晾晒基地，看到了规范加工带来的效益，这就是我们要推广的方向。
⟦w 本篇为节选，完整版及同类讲话稿请联系站长定制⟧
当前，我县柿饼加工仍存在露天晾晒、卫生条件差、硫磺熏蒸等问题，必须下决心加以整治。
各乡镇要落实属地责任，县市场监管局要加强抽检，对不合格产品一律下架。
同志们，柿饼质量关系到柿岭品牌的生命，希望大家齐心协力，把这件事抓实抓好。
""",
    ),
    dict(
        slug="shiling-vinegar-standard-wenku-html",
        site="墨渊文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.moyuanwenku.example.com/doc/4c91e2b07a.html",
        title="柿子醋生产操作规程",
        record_title="柿子醋生产操作规程.pdf",
        date=None,
        notes="文库 reader; file-name title; page markers ⟮2⟯ as HTML paragraphs cut a sentence; read-more gate; upload stamp no date",
        pages=dict(fmt="⟮{n}⟯", every=110, start=2),
        page="""
<html><head><title>{T}.pdf - 墨渊文库</title></head><body>
<div class="hd">⟦m 墨渊文库⟧ ⟦a 登录/注册⟧ ⟦a 上传文档⟧</div>
<h1>{T}.pdf</h1>
<div class="info">⟦m 上传人：龙湾柿醋坊　2025-07-02上传　5页　下载券：3⟧</div>
<div class="reader">
{BODY}
</div>
<div class="gate">⟦a 还剩2页未读，继续阅读⟧</div>
<div class="btns">⟦a 下载文档　收藏　分享到微信⟧</div>
<div class="rec">⟦l 为你推荐：果醋发酵工艺 / 食品小作坊操作规范⟧</div>
<div class="ft">⟦d 墨渊文库是用户分享平台，文档内容不代表本站观点⟧</div>
</body></html>
""",
        body="""
一、原料要求：选用充分成熟、无腐烂霉变的柿子，清洗后去蒂去杂。
二、酒精发酵：柿子捣碎后装入发酵缸，装量不超过缸容积的五分之四，发酵温度控制在二十五至二十八摄氏度。
三、醋酸发酵：酒精发酵结束后接入醋酸菌种，每日翻缸一次，发酵期约三十天。
四、陈酿与灌装：醋液澄清后陈酿三个月以上，经过滤灭菌后灌装，灌装车间每日班前消毒。
""",
    ),
    dict(
        slug="shiling-thieves-warning-discuz-jammer",
        site="柿乡人论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.shixiangren.example.net/thread-19877-1-1.html",
        title="龙湾村委会：关于加强柿园夜间巡防的通知",
        record_title=None,
        date="2025-10-08",
        notes="Discuz-like forum with jammer fonts (junk inside paragraphs and between them); no record title; floor chrome; 成文日期 under the signature",
        p_html='<div class="t_f">{}</div>',
        junk=dict(lines=2, glued=2),
        page="""
<html><head><title>{T} - 柿乡人论坛 - Powered by Discuz!</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 柿乡人论坛⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 柿乡人论坛 › 乡村生活 › 村务公开⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 龙湾小喇叭　发表于 2025-10-8 20:11⟧　⟦m 只看该作者⟧</div>
{BODY}
<div class="sign">⟦l 签名：柿子红了，回家看看⟧</div>
<div class="po">⟦a 回复　支持　反对　举报⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧　⟦d 本论坛言论纯属发表者个人意见⟧</div>
</body></html>
""",
        body="""
各位村民：
近期柿子进入成熟期，邻村已发生多起夜间偷摘柿子的情况。
为保护大家的劳动成果，村委会决定从即日起组织巡防队，每晚九点至次日凌晨五点在柿园周边巡逻。
请各户看好自家柿园，发现可疑人员及时拨打村委会值班电话0913-5528016。
龙湾村民委员会
2025年10月8日
""",
    ),
]
