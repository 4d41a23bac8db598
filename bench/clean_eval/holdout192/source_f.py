"""holdout192, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, mails.

Invented text (documents, sites, places, people, numbers, URLs, chrome); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-qingdeng-essay-shoe-covers-jammer",
        site="青灯公考论坛 (invented, Discuz-style)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="http://bbs.qingdenggk.com/thread-330172-1-1.html",
        title="从“鞋套之变”看公共服务的温度",
        record_title="[申论范文] 从“鞋套之变”看公共服务的温度 - 申论专区 - 青灯公考论坛",
        date=None,
        notes="exam forum with jammer fonts in an essay, a reply-to-see prompt, a poster card and points; "
        "'发表于 4 天前' is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>[申论范文] 从“鞋套之变”看公共服务的温度 - 申论专区 - 青灯公考论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script>var discuz_uid='0',tid=330172;</script>
</head>
<body>
<div id="hd">⟦m 青灯公考论坛 — 一盏青灯，伴你上岸⟧　⟦a 登录　注册　每日签到领积分⟧</div>
<div id="pt">⟦m 青灯公考论坛 › 笔试交流 › 申论专区⟧</div>
<div class="vt">⟦m 查看: 3820　|　回复: 64⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="pls">⟦m 楼主　申论老吴　版主　积分 9870⟧</div>
<div class="authi">⟦m 发表于 4 天前　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的“写作思路分析”需回复后才可查看⟧</div>
<div class="po">⟦a 回复　收藏(412)　评分　分享⟧</div>
<div class="pgs">⟦l 下一主题：申论大作文高分开头十二式⟧</div>
<div id="ft">⟦m 青灯公考论坛　浙ICP备20013377号⟧　⟦d 论坛内容由网友发布，仅供备考交流。⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
曾几何时，走进医院先套鞋套，几乎成了就医的“规定动作”。如今，越来越多的医院撤掉了门口的鞋套机，这一看似微小的变化，折射出公共服务理念的深刻转变。
鞋套之变，变在回归科学。医学研究表明，门诊和普通病区并不需要鞋套，弯腰穿脱反而增加手部污染和老人跌倒的风险。取消不必要的鞋套，是用科学精神纠正“想当然”的管理惯性。
鞋套之变，变在以人为本。过去，鞋套更多是为了地面“看起来干净”，方便的是管理者；现在，防滑地垫、洗手点替代了鞋套机，方便的是患者。公共服务的出发点，就应当是群众的真实需要。
鞋套之变，变在绿色节约。一家医院一年少用上百万只一次性鞋套，既节省开支，又减少白色污染。
以小见大，公共服务的每一处细节都连着民心。只有多从群众的角度想一想，才能把好事办实、把实事办好。
""",
    ),
    dict(
        slug="gkforum-anbian-interview-badges-answer-junk",
        site="岸边公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.anbiangk.com/ms/zhenti/20931.html",
        title="单位推行佩戴工牌上岗，部分老同志认为没必要，你怎么做？",
        record_title="[面试真题] 单位推行佩戴工牌上岗，部分老同志认为没必要，你怎么做？（附参考答案）",
        date=None,
        notes="exam-forum question as the title, the reference answer as the body, forum junk on a line and "
        "glued; '2小时前' is no date; a course ad and a points prompt",
        page="""
!m 岸边公考社区　>　面试　>　真题解析
!t [面试真题] 单位推行佩戴工牌上岗，部分老同志认为没必要，你怎么做？（附参考答案）
!m 题型：组织管理类　　难度：★★★　　2小时前 更新
!m 【参考答案】
{BODY}
!a 觉得答案有帮助？点赞+收藏，面试前再看一遍
!w 结构化面试一对一模拟，咨询班主任微信 abgk_ms2025
!l 同类真题：推行无纸化办公遇到阻力怎么办 ｜ 同事不配合新制度怎么办
""",
        junk=dict(lines=1, glued=2),
        body="""
佩戴工牌上岗，是推进政务公开、接受群众监督的一项具体举措，也是树立机关良好形象的需要。老同志有想法，可以理解，我会耐心做好沟通，确保制度落地。
第一，弄清想法。我会分别找几位老同志谈心，了解他们不愿佩戴的真实原因，是觉得“大家都认识我，没必要”，还是嫌挂绳不方便、工牌容易丢。
第二，讲清意义。向他们说明，佩戴工牌主要是方便前来办事的群众识别和监督，也是单位对外形象的一部分，不是对老同志的不信任。
第三，解决实际困难。针对挂绳不方便的问题，可以为大家配发胸牌夹；对于容易遗忘的同志，在办公室门口设置工牌存放架，下班存放、上班佩戴。
第四，带头示范。我自己和科室骨干首先做到规范佩戴，并请德高望重的老同志担任“亮牌服务”监督员，发挥他们的带动作用。
通过以上方式，我相信能够得到老同志的理解和支持，使这项制度真正落到实处。
""",
    ),
    dict(
        slug="wiki-zhidian-entry-binder-clip-infobox-h1",
        site="知典百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.zhidianbaike.com/item/%E9%95%BF%E5%B0%BE%E5%A4%B9",
        title="长尾夹",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no record title (the h1); infobox lines, a contents box, edit/history tabs, "
        "related entries; decimal-free sub-headings in the body; '3 个月前' update stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>长尾夹_知典百科</title>
<script src="//static.zhidianbaike.com/item.js"></script>
</head>
<body>
<div class="top">⟦m 知典百科 · 人人可编辑的中文百科⟧　⟦a 登录　创建词条⟧</div>
<div class="tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<div class="lemma">
<h1>{T}</h1>
<div class="lemma-sub">⟦a 收藏　分享　纠错⟧　⟦m 本词条由“办公文具”专题组编辑⟧</div>
<div class="summary">
{BODY}
</div>
</div>
<div class="infobox">
<p>⟦m 中文名　长尾夹⟧</p><p>⟦m 别　名　燕尾夹、铁夹子⟧</p><p>⟦m 类　别　办公文具⟧</p><p>⟦m 主要材质　弹簧钢、镀镍钢丝⟧</p></div>
<div class="catalog">⟦l 目录　1 结构与规格　2 使用方法　3 注意事项⟧</div>
<div class="related">⟦l 相关词条：回形针 · 订书机 · 文件夹 · 票据夹⟧</div>
<div class="stat">⟦m 浏览次数：28,319　编辑次数：14次　最近更新：3 个月前⟧</div>
<div class="foot">⟦d 百科词条由网友共同编辑，内容仅供参考；如需专业意见，请咨询相关专业人士。⟧　⟦m © 2025 知典百科⟧</div>
</body>
</html>
""",
        body="""
长尾夹是一种用于夹持纸张等薄片材料的文具，由一片弯成三角形夹身的弹簧钢片和两只可翻折的金属夹柄组成，因夹柄细长如尾而得名，又称燕尾夹、铁夹子。
结构与规格
长尾夹的夹身多为黑色烤漆，也有彩色和不锈钢材质；夹柄一般为镀镍钢丝。常见规格以夹身宽度计，有15毫米、19毫米、25毫米、32毫米、41毫米、51毫米等，规格越大，可夹持的纸张越厚。
使用方法
使用时捏合两只夹柄撑开夹口，夹住纸张后松开，再将夹柄翻折贴于纸面，便于叠放；也可让夹柄竖立，用于悬挂文件。
注意事项
长尾夹夹力较大，使用时应防止夹伤手指。金属夹身和夹柄受潮后易生锈，文件长期保存或归档时应取下长尾夹，以免锈迹污损纸张。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-poncho-text",
        site="万象百科问答 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.wanxiangwd.cn/view/yupi.html",
        title="雨披",
        record_title="雨披_百科词条 - 万象百科问答",
        date=None,
        notes="encyclopaedia entry as text: a one-word title decorated in the record; sub-headings; a contributor "
        "line and an edit prompt; no date",
        page="""
!m 万象百科问答 > 百科 > 生活用品
{T}
!m 同义词：斗篷式雨衣　　本词条由 3 位网友共同编辑
!a [编辑] [添加义项] [收藏]
{BODY}
!m 词条统计：浏览 6,112 次　最近编辑 昨天
!l 相关词条：雨衣　雨伞　反光背心
!a 对这个词条有疑问？去“万象问答”提问
""",
        body="""
雨披是一种无袖、披覆式的防雨用具，多为斗篷形，穿着时从头部套入，覆盖上身和手臂，常供骑自行车、电动车或徒步时使用。
形制
常见雨披由帽子、披身和前襟组成。单人雨披前襟较长，骑行时可罩住车把；双人雨披在后部加长，可同时遮盖后座乘员。部分雨披的帽檐采用透明材料，并在披身缝有反光条。
材质
早期雨披多用涂胶帆布或油布制成，较为厚重；现代雨披多采用聚氯乙烯、涤纶涂层布等，质地轻便，可折叠收纳。
安全提示
骑行时宜选用帽檐透明、带反光标识的雨披，前襟不宜过长，以免卷入车轮。双人雨披会遮挡后座乘员视线，一些地方的交通管理部门提示谨慎使用。
""",
    ),
    dict(
        slug="netdisk-yuncunbao-plan-sanitation-ponchos-wps-pages",
        site="云存宝 (invented cloud drive)",
        style="网盘分享",
        genre="工作方案",
        kind="other",
        form="html",
        source="https://pan.yuncunbao.com/s/1Qx7mLz0aKp#/preview",
        title="鸾江县环卫所雨季劳动保护用品发放方案",
        record_title="鸾江县环卫所雨季劳动保护用品发放方案.wps",
        date="2025-04-18",
        notes="cloud-drive preview: file-name record title, share info (relative share time, validity), save "
        "and download buttons; page markers ‖第n幅‖ as paragraphs cut sentences; an issue table one row a "
        "paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鸾江县环卫所雨季劳动保护用品发放方案.wps_免费高速下载|云存宝-分享无限制</title>
<script src="https://pan.yuncunbao.com/static/preview.bundle.js"></script>
</head>
<body>
<div class="pan-head">⟦m 云存宝⟧　⟦a 登录　注册　客户端下载⟧</div>
<div class="share-info">
<div class="file-name">⟦t 鸾江县环卫所雨季劳动保护用品发放方案.wps⟧</div>
<div class="file-meta">⟦m 分享者：鸾江环卫小陈　分享于 3 天前　有效期：7天　文件大小：41.5KB⟧</div>
<div class="file-btn">⟦a 保存到我的云存宝　　普通下载　　超级会员极速下载⟧</div>
</div>
<div class="preview">
{BODY}
</div>
<div class="preview-end">⟦a 在线预览仅显示前3页，保存后可查看完整文件⟧</div>
<div class="report">⟦d 如发现分享文件含有违法违规内容，请点击举报，平台将依法处理。⟧</div>
<div class="pan-foot">⟦m ©2025 云存宝　京ICP备21044093号⟧</div>
</body>
</html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="‖第{n}幅‖", every=120, start=2),
        body="""
为切实保障一线环卫工人雨季作业安全，根据县城管局有关要求，结合我所实际，制定本方案。
一、发放对象
全所一线清扫保洁、垃圾收运人员共386人，其中清扫保洁人员312人、收运人员74人。
二、发放标准
品名　发放对象　数量　更换周期
反光分体雨衣　全体一线人员　每人1套　两年
加长反光雨披　骑车巡查人员　每人1件　一年
防滑雨靴　全体一线人员　每人1双　一年
三、工作要求
（一）各班组于4月25日前上报人员名单和雨靴尺码，所办公室统一采购，5月10日前发放到人。
（二）雨披、雨衣须为高可视警示色并带反光条，不得以普通雨披代替。
（三）班组长要督促作业人员雨天规范穿戴，发现破损及时申请更换。
鸾江县环境卫生管理所
2025年4月18日
""",
    ),
    dict(
        slug="netdisk-yunzhou-rule-ppe-storeroom-pdf-mixed-markers",
        site="云舟网盘 (invented cloud drive)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://yunzhoupan.cn/share/k8ZwQ2",
        title="医用防护用品库房管理制度",
        record_title="医用防护用品库房管理制度.pdf",
        date=None,
        notes="cloud-drive text: file-name title repeated, share info, markers ⸰n/3⸰ glued or on their own "
        "lines cutting sentences; a rule of 第N条 articles; effective clause only (no date)",
        page="""
!m 云舟网盘 · 文件分享
!t 医用防护用品库房管理制度.pdf
!m 213KB　|　分享者：后勤小周　|　分享于 2 天前　|　有效期：永久
!a 保存到网盘　　下载（开通超级会员可提速）
{BODY}
!a 预览已结束，下载后可查看高清原文
!d 请勿分享违法违规文件，一经发现将取消分享链接。
""",
        pages=dict(fmt="⸰{n}/3⸰", every=110, start=2, glue="mix"),
        body="""
第一条 为加强医用防护用品管理，保证临床使用安全，制定本制度。
第二条 本制度所称医用防护用品，包括医用口罩、隔离衣、一次性帽子、鞋套、袖套和手套等。
第三条 防护用品入库时，库管员应核对品名、规格、批号和有效期，查验产品合格证明，不合格的一律拒收。
第四条 防护用品应分类存放于离地离墙的货架上，库房保持阴凉干燥，温度不超过30℃，相对湿度不超过80%。
第五条 出库遵循“先进先出、近效期先出”的原则，各科室凭领用单领取，库管员每月盘点一次。
第六条 鞋套、袖套等一次性用品拆包后不得退回库房；过期或包装破损的，按医疗废物有关规定处置。
第七条 本制度自发布之日起执行，由后勤保障部负责解释。
""",
    ),
    dict(
        slug="snapshot-baisou-news-badge-qr-code-frame",
        site="百搜快照 (invented search cache)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.baisou.cn/c?m=9f65cb4a8c8507ed4fece763105392230e54f7&p=ouchuanrmyy",
        title="鸥川县人民医院员工工牌加印二维码 扫码可评价服务",
        record_title="鸥川县人民医院员工工牌加印二维码 扫码可评价服务_鸥川县人民医院 - 百搜快照",
        date="2025-03-20",
        notes="search-cache frame: snapshot banner with its own crawl time (no date), highlight notice, the "
        "hospital page inside with its 发布时间 byline; sentences about scanning a code and not downloading",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鸥川县人民医院员工工牌加印二维码 扫码可评价服务_鸥川县人民医院 - 百搜快照</title>
</head>
<body>
<div class="cache-banner" style="background:#fffbe6;border:1px solid #e6c35c">
<p>⟦m 百搜快照：这是 http://www.ocxrmyy.com/news/yw/2025/0320/1183.html 于 2025年6月2日 11:06:49 的页面快照。⟧</p>
<p>⟦a 当前页面可能已经更新，点击查看最新页面⟧</p>
<p>⟦m 以下搜索词已高亮：工牌 二维码⟧</p>
<p>⟦d 百搜与该网页作者无关，不对其内容负责。⟧</p>
</div>
<div class="orig">
<div class="hd">⟦m 鸥川县人民医院　三级综合医院⟧　⟦m 24小时急诊：0739-7866120⟧</div>
<div class="nav">⟦m 首页　医院概况　新闻动态　科室导航　患者服务　党建文化⟧</div>
<div class="pos">⟦m 首页 &gt; 新闻动态 &gt; 医院要闻⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-03-20　来源：党委办公室　浏览：2,210⟧</div>
<div class="con">
{BODY}
</div>
<div class="pn">⟦l 上一篇：我院开展“世界肾脏日”义诊⟧　⟦l 下一篇：关于调整门诊部分科室出诊时间的通知⟧</div>
<div class="ft">⟦m 鸥川县人民医院　地址：鸥川县滨江路88号　湘ICP备11013520号⟧</div>
</div>
</body>
</html>
""",
        body="""
近日，鸥川县人民医院为全院1600余名职工更换了新版工牌。与旧工牌相比，新工牌背面加印了“服务评价”二维码，患者和家属扫码即可对医务人员的服务进行评价。
医院党委办公室负责人介绍，扫码评价不需要下载任何软件，评价内容直接进入医院行风管理平台，由专人每日查看、分类处理。对收到表扬的职工，医院将在季度评优中予以加分；对群众反映的问题，相关科室须在3个工作日内反馈处理结果。
新工牌启用一个月来，平台已收到评价2300余条，其中表扬1980条、意见建议146条。
据了解，医院还同步推出了“胸牌亮身份”活动，党员职工在工牌上加注党员标识，主动接受群众监督。
""",
    ),
    dict(
        slug="snapshot-baisou-text-cache-drain-cleaning-notice",
        site="百搜快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.baisou.cn/c?m=0a77be31d08813ac4fe1c726592191&p=fengqisq",
        title="关于汛前集中清理楼栋雨水斗和阳台地漏的通知",
        record_title="【快照】关于汛前集中清理楼栋雨水斗和阳台地漏的通知 - 凫湾镇凤栖社区",
        date="2025-04-28",
        notes="text-only cache: snapshot banner with a crawl time (no date) and highlight line; the community's "
        "own contact in the body; 成文日期 under the signature",
        page="""
!m 百搜快照：这是 http://fengqi.fuwan.gov.cn/tzgg/88.html 于 2025年6月11日 08:21:37 的页面快照。
!a 查看最新页面 »
!m 以下关键词已高亮显示：地漏　清理
!d 百搜与该网页作者无关，不对其内容负责。
!m 凫湾镇凤栖社区 ＞ 通知公告
{T}
!m 发布人：凤栖社区　　阅读：410
{BODY}
!l 上一篇：凤栖社区2025年春季义诊活动通知
!m 凫湾镇凤栖社区居民委员会 版权所有
""",
        indent="\u3000\u3000",
        body="""
各位居民、各楼栋长：
为防止汛期雨水排泄不畅、阳台和卫生间地漏倒灌，社区定于5月6日至5月9日组织物业、志愿者对凤栖安置小区各楼栋屋面雨水斗、阳台地漏进行集中清理。现将有关事项通知如下：
一、清理期间，请各户清理阳台地漏周边的花盆、杂物，方便作业人员查看。
二、顶楼住户请配合打开通往屋面的检修口。
三、家中无人的住户，可提前将钥匙委托楼栋长代管，或与网格员另约时间。
四、清理过程中发现地漏破损、缺少盖板的，物业将登记后统一更换，费用从维修资金中列支。
联系人：凤栖社区汪晓晴，电话：0739-8427730。
凫湾镇凤栖社区居民委员会
2025年4月28日
""",
    ),
    dict(
        slug="print-jushui-lab-ppe-rule-window-print",
        site="雎水县产品质量检验所 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.jsqi.org.cn/nbwj/aqgl/31.html?print=1",
        title="理化检测室个人防护用品使用规定",
        record_title="打印页面｜理化检测室个人防护用品使用规定",
        date=None,
        notes="print view calling window.print(): a print stamp and print user (no date), the page URL, a print "
        "footer ⍟ 1 ／ 1 ⍟; a rule whose article speaks of 张贴; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印页面｜理化检测室个人防护用品使用规定</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 打印　｜　关闭⟧</div>
<div class="ph">⟦m 雎水县产品质量检验所 · 内部文件打印⟧</div>
<div class="pt">{T}</div>
<div class="pi">⟦m 打印时间：2025-09-03 15:42　打印人：zhouqing⟧</div>
<div class="pc">
{BODY}
</div>
<div class="pf">⟦m http://www.jsqi.org.cn/nbwj/aqgl/31.html⟧</div>
<div class="pf">⟦p ⍟ 1 ／ 1 ⍟⟧</div>
</body>
</html>
""",
        body="""
一、进入理化检测室的人员应穿着实验服，扣好衣扣，长发须束起。
二、进行酸碱配制、消解等操作时，须佩戴防护眼镜、耐酸碱手套和防护袖套，袖套应罩住实验服袖口。
三、防护袖套为个人专用，每周清洗一次；沾染化学试剂的，应立即摘下并按规定清洗或报废，不得带出检测室。
四、一次性手套、鞋套用后投入指定收集桶，不得随生活垃圾丢弃。
五、检测室门口张贴本规定，新进人员须经安全培训考核合格后方可独立上岗。
六、本规定由质量安全部负责解释。
""",
    ),
    dict(
        slug="print-linchuan-request-traffic-ponchos-footer",
        site="檩川县人民政府网 (invented)",
        style="打印页",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.linchuan.gov.cn/zwgk/qsbg/202505/t20250508_2201.html?print",
        title="关于为交通协管员配发反光雨披的请示",
        record_title="〈打印件〉关于为交通协管员配发反光雨披的请示",
        date="2025-05-06",
        notes="a portal's print view as text: print buttons, the page URL and a print footer; the brigade's own "
        "contact in the body; 成文日期 under the signature",
        page="""
!m 檩川县人民政府网 — 打印
!a [打印本页]　[关闭窗口]
{T}
!m 网址：http://www.linchuan.gov.cn/zwgk/qsbg/202505/t20250508_2201.html
{BODY}
!p —第1页／本件共1页—
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
我县现有交通协管员126名，主要承担城区路口秩序维护、学校周边护学等勤务。雨季期间，协管员冒雨在路口执勤，现有雨衣多为普通样式，颜色暗、无反光标识，在雨雾天气中不易被过往车辆发现，存在较大安全隐患。
为保障协管员执勤安全，我大队拟为全体协管员配发高可视反光雨披，每人2件，共252件。经市场询价，每件约86元，共需资金21672元。
鉴于大队今年公用经费紧张，恳请县政府从县级道路交通安全专项资金中予以解决。
妥否，请批示。
联系人：大队后勤科甘子墨，电话：0736-4175021。
檩川县公安局交通警察大队
2025年5月6日
""",
    ),
    dict(
        slug="mail-sunkou-forward-lanyards-attachment-bar",
        site="隼口精密电子企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.sunkou-pe.com/js6/read.jsp?mid=2025110509120044",
        title="关于统一更换员工工牌安全挂绳的通知",
        record_title="Fwd: 关于统一更换员工工牌安全挂绳的通知",
        date="2025-11-03",
        date_also=["2025-11-04", "2025-11-05"],
        notes="webmail reading view: mail headers, a forwarded-mail block with its own send time, an attachment "
        "bar next to the document's own 附件 list; the mail dates differ from the 成文日期 (also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 关于统一更换员工工牌安全挂绳的通知 - 隼口精密电子企业邮箱</title>
<script src="/js6/read.min.js"></script>
</head>
<body>
<div class="mbox-top">⟦m 隼口精密电子 企业邮箱⟧　⟦a 收件箱(12)　写信　通讯录　设置⟧</div>
<div class="mtool">⟦a 返回　回复　回复全部　转发　删除　标记为　更多⟧</div>
<div class="mhead">
<h3>⟦t Fwd: 关于统一更换员工工牌安全挂绳的通知⟧</h3>
<p>⟦m 发件人：蒋小艾 &lt;jiangxa@sunkou-pe.com&gt;⟧</p>
<p>⟦m 收件人：各部门负责人（邮件组）⟧</p>
<p>⟦m 时　间：2025年11月5日（星期三）上午9:12⟧</p>
</div>
<div class="attach-bar">⟦a 附件（2 个）：挂绳领取登记表.xlsx (18K)　佩戴示意图.jpg (240K)　全部下载　在线预览⟧</div>
<div class="mbody">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：人力资源部 &lt;hr@sunkou-pe.com&gt;　日期：2025年11月4日 16:40⟧</p>
{BODY}
</div>
<div class="msafe">⟦d 此邮件及其附件可能含有保密信息，如您误收本邮件，请立即删除并通知发件人。⟧</div>
<div class="mfoot">⟦m 企业邮箱技术支持：0735-3319000⟧</div>
</body>
</html>
""",
        body="""
各部门、各车间：
为消除工牌挂绳被设备卷入的安全隐患，公司决定自11月10日起，统一将员工工牌挂绳更换为受力自动断开的安全挂绳。现将有关事项通知如下：
一、各部门于11月7日前将本部门人数报人力资源部，由人力资源部统一领取、发放。
二、冲压、注塑、包装等设备操作岗位人员，工牌一律改用背夹式，不再使用挂绳。
三、旧挂绳由各部门收回，交人力资源部集中处理。
四、安全部将于11月下旬对工牌佩戴情况进行抽查。
联系人：人力资源部蒋小艾，分机：6032。
附件：1.各部门挂绳领取登记表
2.背夹式工牌佩戴示意图
人力资源部
2025年11月3日
""",
    ),
    dict(
        slug="mail-ljyz-reply-chain-inquiry-binder-clips-docx",
        site="鸾江县第一中学邮件系统 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:zwc@ljyz.edu.cn?thread=20250312-0047",
        title="关于采购长尾夹等办公文具的询价函",
        record_title="答复: 【询价】关于采购长尾夹等办公文具的询价函.docx",
        date="2025-03-10",
        date_also=["2025-03-11", "2025-03-12"],
        notes="a mail reply chain: the reply on top, the original mail's headers and its attachment line, then "
        "the letter; a price-inquiry table one row a paragraph; the school's own contact and mailbox in the "
        "body; mail dates differ from the 成文日期 (also accepted)",
        page="""
!m 发件人：恒顺文具 销售部 <sales@hengshun-wj.com>
!m 收件人：蓝若溪 <zwc@ljyz.edu.cn>
!m 发送时间：2025-03-12 10:05
!t 答复: 【询价】关于采购长尾夹等办公文具的询价函.docx
!m 蓝老师您好：报价单已按要求盖章，见附件，请查收。如有疑问请随时联系。——恒顺文具销售部 何敏
!m -----原始邮件-----
!m 发件人：蓝若溪 <zwc@ljyz.edu.cn>
!m 发送时间：2025年3月11日 8:47
!m 主题：【询价】关于采购长尾夹等办公文具的询价函.docx
!m 附件：关于采购长尾夹等办公文具的询价函.docx (24KB)
{BODY}
!d 本邮件由鸾江县第一中学邮件系统发送，请勿回复系统通知。
""",
        body="""
鸾江县恒顺文具有限公司：
我校因期末考试试卷装订和日常办公需要，拟采购长尾夹等办公文具一批，现向贵公司询价，请于3月14日前报价。
序号　品名　规格　数量
1　长尾夹　19mm　200盒
2　长尾夹　32mm　120盒
3　长尾夹　51mm　60盒
4　回形针　29mm　80盒
报价要求：
1.报价含税含运费，送货至我校总务处；
2.请注明产品执行标准，并随报价附产品检验报告复印件；
3.报价单加盖公章后扫描发送至本函所列邮箱。
联系人：总务处蓝若溪，电话：0738-5231406，邮箱：zwc@ljyz.edu.cn。
鸾江县第一中学总务处
2025年3月10日
""",
    ),
]
