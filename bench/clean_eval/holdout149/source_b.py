"""holdout149, part B: a forum, blogs, WeChat mirrors, document sharing, education portals, intranets. Invented text."""

CASES = [
    dict(
        slug="forum-tiekuai-html-powerlifting-rules",
        site="铁块俱乐部论坛 (invented)",
        style="论坛",
        genre="制度",
        kind="other",
        form="html",
        source="https://bbs.tiekuai.club/t/55207",
        title="力量举训练馆安全使用规定",
        record_title="[置顶] 力量举训练馆安全使用规定（新会员必读）",
        date="2024-01-05",
        notes="Discuz-like HTML thread with jammer fonts; numbered rules; post time is the date",
        page="""
<html><head><meta charset="utf-8"><title>[置顶] 力量举训练馆安全使用规定（新会员必读） - 馆务公告 - 铁块俱乐部论坛</title>
<script src="static/js/common.js"></script><style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="hd">⟦m 铁块俱乐部论坛 — 深蹲卧推硬拉，一个都不能少⟧</div>
<div id="pt">⟦m 铁块俱乐部论坛 › 馆务公告 › 查看内容⟧</div>
<div class="pls">⟦m 楼主：馆长老K　UID 3　积分 8840⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2024-1-5 18:02　|　查看 2204　|　回复 37⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复⟧ ⟦l 引用⟧ ⟦l 收藏⟧ ⟦l 评分⟧</div>
<div class="reply">⟦l 2# 卧推一百二：收到，周末去馆里一定先看规定⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧ ⟦m 粤ICP备22014583号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
为保障会员训练安全，维护训练馆正常秩序，经俱乐部理事会讨论，制定本规定，请全体会员遵守。
一、进行深蹲、卧推大重量训练时，必须有保护人在场，并正确设置安全杠高度。
二、杠铃片使用后须放回片架，不得随意堆放在地面或倚靠在器械上。
三、硬拉训练请在硬拉平台上进行，落杠时控制速度，禁止从高处扔杠。
四、训练前须充分热身；身体不适、饮酒后不得进行大重量训练。
五、未成年会员须在教练指导下训练。
六、违反本规定造成器械损坏的，照价赔偿；屡次违反的，暂停会员资格一个月。
本规定自2024年1月8日起执行。
""",
    ),
    dict(
        slug="blog-wuji-tungsten-retired-engineer",
        site="乌矶山人的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://blog.laoshanren.net/wujishanren/archives/2024/03/1177.html",
        title="我在钨矿的三十年（退休座谈会发言）",
        record_title="我在钨矿的三十年（退休座谈会发言） - 乌矶山人的博客 - 随笔",
        date="2024-03-29",
        notes="blog with tag cloud, archive, visitor counter; date under the speech title; blog post time differs",
        date_also=["2024-03-30"],
        page="""
!m 乌矶山人的博客
!m 一个老矿工的唠叨
!m 首页　|　博文目录　|　相册　|　关于我
{T}
!m 分类：随笔 ｜ 2024-03-30 20:14 ｜ 阅读(246) ｜ 评论(9)
（2024年3月29日）
{BODY}
!l 标签：钨矿　退休　老同事
!l « 前一篇：矿区的老食堂　　后一篇：给孙子讲选矿 »
!l 文章归档：2024年3月(4)　2024年2月(6)　2024年1月(3)
!m 访客总数：18,772
!d 本博客文字未经许可请勿转载，转载请注明出处。
""",
        indent="\u3000\u3000",
        body="""
各位领导，各位老同事：
今天矿上为我们几个退休的老职工开座谈会，我心里很激动。1994年我从地质学校毕业分到钨矿，第一天下井，巷道里又黑又潮，师傅递给我一盏矿灯，说了一句“眼睛放亮，脚下踩实”。这句话我记了三十年。
那些年，选矿厂的回收率只有七十多，我们技术组白天跟班、晚上算数据，一点一点改摇床、改浮选药剂，到我退休时，回收率已经稳定在86%以上。这不是哪一个人的功劳，是一代代钨矿人一起干出来的。
我最想对年轻同志说的是：安全永远是第一位的。矿山上的每一条规程，背后都有血的教训。
退休了，我还住在矿区，大家有什么技术上的事，随时来家里喝茶聊天。谢谢大家！
""",
    ),
    dict(
        slug="blog-yunchan-html-obstetric-nurse",
        site="云产房手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://yunchanfang.blog.example-host.cn/post/2024/05/12/midwife-notes",
        title="产科护理工作十年心得",
        record_title=None,
        date="2024-05-12",
        notes="modern blog template with sidebar, archive, tags; no record title; post date in byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>产科护理工作十年心得 · 云产房手记</title>
<link rel="alternate" type="application/rss+xml" href="/feed"><script defer src="/assets/theme.js"></script></head>
<body><header><a class="site-title">⟦m 云产房手记⟧</a><p class="tagline">⟦m 一名产科护士的值班本⟧</p>
<nav>⟦m 文章⟧ ⟦m 归档⟧ ⟦m 关于⟧ ⟦a 订阅RSS⟧</nav></header>
<main><article><h2>{T}</h2><p class="post-meta">⟦m 发表于 2024-05-12 · 字数 812 · 阅读约 3 分钟⟧</p>
{BODY}
<p class="tags">⟦l #护理 #产科 #国际护士节⟧</p>
<div class="nav-links">⟦l ← 夜班的第一声啼哭⟧ ⟦l 产后访视路上 →⟧</div>
<section class="comments"><p>⟦l 已有 6 条评论⟧</p><p>⟦a 登录后参与讨论⟧</p></section></article></main>
<aside><h3>⟦l 最近文章⟧</h3><ul><li>⟦l 母乳喂养的几个误区⟧</li><li>⟦l 孕晚期为什么要数胎动⟧</li></ul>
<h3>⟦l 归档⟧</h3><p>⟦l 2024年5月 (2)⟧</p></aside>
<footer>⟦d 本站文字仅代表个人观点，不构成医疗建议。⟧ ⟦m © 2019–2024 云产房手记 · Powered by Hexo⟧</footer>
</body></html>
""",
        body="""
今天是国际护士节，也是我在产科工作的第十个年头。翻看这些年的值班记录，想写几句心里话。
一是产科护理，时间就是安全。产后出血、羊水栓塞这些急症往往来得又快又猛，我们科每个月都做急救演练，从呼叫到建立两条静脉通道，要求在三分钟内完成。
二是沟通和技术一样重要。很多初产妇紧张焦虑，一句耐心的解释、一次握手，比什么都管用。我们科推行“一对一责任助产”以后，产妇满意度明显提高。
三是要不断学习。十年间，产科的观念变化很大，从过去的常规侧切到现在的会阴保护，从产后卧床到早期下床活动，每一项改变都需要我们重新学习。
愿每一位妈妈平安，每一个宝宝健康。
""",
    ),
    dict(
        slug="wechat-qinggui-mirror-light-rail",
        site="微信文章镜像站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wxmirror.example.net/s/qinggui_metro/20240620_2",
        title="关于轻轨2号线调整首末班车时间的公告",
        record_title="关于轻轨2号线调整首末班车时间的公告丨栎川轻轨",
        date="2024-06-20",
        notes="mirror of an official account; follow prompts top and bottom; data table; own service hotline in body",
        page="""
!m 栎川轻轨
!m 原创　栎川轻轨运营　2024-06-20 17:30　发表于栎川
!a 点击上方蓝字，关注我们
{T}
{BODY}
!a 长按识别二维码，关注“栎川轻轨”
!l 往期推荐｜轻轨站点便民雨伞借用指南
!l 分享　　点赞　　在看
!m 阅读 1.6万
""",
        body="""
各位乘客：
为更好地满足市民早晚出行需求，经研究，自2024年7月1日起，轻轨2号线首末班车时间调整如下。
车站　首班车（往东站方向）　末班车（往东站方向）
西湖公园站　6:00　23:10
市民中心站　6:12　23:22
栎川东站　6:35　23:45
调整后，2号线全天开行列车将增加8列次，高峰时段行车间隔缩短至5分钟。
乘客可通过官方App或站内公告栏查询各站具体时刻。如有疑问，请拨打轻轨服务热线0762-96133。
感谢广大乘客的理解与支持！
栎川轻轨运营有限公司
2024年6月20日
""",
    ),
    dict(
        slug="wechat-brt-html-mirror-safety-month",
        site="公号存档 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://gzhcundang.example.org/a/brt-yunyun/8831",
        title="文明乘车 安全出行——致广大BRT乘客的倡议书",
        record_title="文明乘车 安全出行——致广大BRT乘客的倡议书",
        record_date="2024-06-01",
        date="2024-06-01",
        notes="WeChat-archive page with account card, 阅读原文, 在看, and a body sentence that speaks of 关注/扫码 as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>文明乘车 安全出行——致广大BRT乘客的倡议书</title>
<script>var biz="MzA5NjY3";</script></head><body>
<div class="arch-top">⟦m 公号存档 · 收录 12,440 个公众号⟧ ⟦a 搜索公众号⟧</div>
<div class="rich_media"><h1>{T}</h1>
<div class="meta">⟦m 槠口快速公交　2024年6月1日 08:00⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 喜欢此内容的人还喜欢⟧ ⟦l 在看 86⟧</div>
<div class="card">⟦m 槠口快速公交　微信号：zk_brt_official⟧ ⟦a 扫码关注⟧</div></div>
<div class="arch-foot">⟦d 本站仅做公众号文章备份，版权归原作者所有。⟧</div>
</body></html>
""",
        body="""
广大乘客朋友们：
快速公交（BRT）开通三年来，日均客流已突破九万人次，成为市民出行的重要选择。在安全生产月到来之际，我们向大家发出如下倡议：
一、有序候车。请在站台黄色安全线内排队候车，先下后上，不拥挤、不抢上。
二、安全乘车。车辆行驶中请握紧扶手，不要倚靠车门；严禁携带易燃易爆等危险物品进站乘车。
三、文明礼让。主动为老、弱、病、残、孕及怀抱婴儿的乘客让座，车厢内不大声喧哗、不饮食。
四、共同监督。发现安全隐患或不文明行为，可扫描站台立柱上的二维码反映，也可关注本公众号留言。
让我们携手共建安全、文明、畅通的快速公交！
""",
    ),
    dict(
        slug="docshare-kaolin-rules-upload-notice",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.gongxiangwendang.com/doc/3318027.html",
        title="高岭土选矿车间岗位安全操作规程",
        record_title="高岭土选矿车间岗位安全操作规程.pdf",
        date=None,
        notes="file-name record title; repeated title; upload notice; decimal headings; no date",
        page="""
!m 共享文档站　分享知识 传播价值
!t 高岭土选矿车间岗位安全操作规程.pdf
!m 上传人：矿山老杨　上传时间：下载次数：52　文档页数：3
!a 下载积分：2　　|　　收藏　　|　　全屏阅读
{T}
{BODY}
!d 本文档由用户自行上传，内容真实性由上传者负责，若有侵权请点击“投诉”并提交证明材料。
!a 本文档为预览版，完整版请下载后查看
!l 热门文档：破碎机操作规程 · 球磨机安全操作规程 · 压滤机岗位职责
""",
        body="""
1 总则
1.1 为规范高岭土选矿车间各岗位作业行为，防止人身伤害和设备事故，制定本规程。
1.2 本规程适用于车间制浆、除砂、分级、压滤和烘干各岗位。
2 通用要求
2.1 上岗人员须经三级安全教育并考试合格，按规定穿戴工作服、安全帽、防尘口罩和防护眼镜。
2.2 交接班时须检查设备防护罩、急停按钮和电气接地是否完好，发现问题及时报告班长。
3 岗位要求
3.1 制浆岗位：投料时人员不得站在料斗正下方，严禁用手清理搅拌槽内杂物。
3.2 压滤岗位：压滤机运行中禁止在滤板间作业；卸饼时须确认油泵已停止、压力已泄除。
3.3 烘干岗位：定期检查热风炉燃烧情况，严禁在烘干房内吸烟或使用明火。
4 附则
4.1 本规程由生产技术部负责解释。
""",
    ),
    dict(
        slug="docshare-antimony-html-emergency-plan",
        site="文档集市 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wdjishi.example.com/d/antimony-smelter-plan-20240415",
        title="锑冶炼厂二氧化硫泄漏事故现场处置方案",
        record_title="锑冶炼厂二氧化硫泄漏事故现场处置方案（最新版）",
        date="2024-04-15",
        notes="document-sharing HTML with page-marker paragraph; 附件 list and emergency phone list kept; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>锑冶炼厂二氧化硫泄漏事故现场处置方案（最新版） - 文档集市</title>
<script src="/js/preview.js"></script></head><body>
<div class="nav">⟦m 文档集市⟧ ⟦m 分类：安全管理 / 应急预案⟧ ⟦a 我的书架⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 页数 6　大小 88KB　浏览 1.1k⟧ ⟦a 收藏本文档⟧ ⟦a 举报⟧</div>
<div class="doc">
{BODY}
</div>
<div class="more">⟦a 加载更多页 ▼⟧</div>
<div class="dl">⟦a 下载原文档　仅需 5 金币⟧</div>
<div class="rec">⟦l 猜你喜欢：冶炼车间火灾处置卡 / 危化品泄漏应急演练脚本⟧</div>
<div class="ft">⟦d 文档集市为用户提供文档存储服务，不对内容负责。⟧ ⟦m 客服邮箱 help@wdjishi.example.com⟧</div>
</body></html>
""",
        pages=dict(fmt="第 {n} 页 / 共 6 页", every=300, start=2),
        body="""
1 事故特征
制酸工段吸收塔、转化器及相关管道、阀门发生泄漏时，二氧化硫气体可能在短时间内扩散至厂区，造成人员中毒。泄漏多发于设备检修后开车和管道腐蚀部位。
2 应急组织与职责
现场处置组由当班值长任组长，成员包括当班操作工、设备维修工和安全员。组长负责判断事态、下达停车指令并向厂应急指挥部报告。
3 处置程序
3.1 发现泄漏后，操作工立即佩戴正压式空气呼吸器，关闭泄漏点前后阀门，停止风机运行。
3.2 安全员组织无关人员向上风向疏散，并在泄漏区域设置警戒线。
3.3 维修工在确认泄漏点隔离后进行堵漏，堵漏完成后经检测合格方可恢复生产。
4 注意事项
进入泄漏区域必须两人以上同行，严禁单人作业；中毒人员应迅速移至空气新鲜处，必要时拨打120。
附件：1.应急物资清单
2.厂内应急联络电话表
制酸车间
2024年4月15日
""",
    ),
    dict(
        slug="edu-nanke-juvenile-protection-notice",
        site="南珂区教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.nanke.gov.cn/html/tzgg/2024/0826/3317.html",
        title="关于开展2024年秋季学期未成年人保护主题教育周活动的通知",
        record_title="关于开展2024年秋季学期未成年人保护主题教育周活动的通知",
        date="2024-08-26",
        notes="education bureau page; doc number neutral; own contact and email next to site contact; date in signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>南珂区教育体育局-通知公告</title>
<script src="/skin/js/nav.js"></script></head><body>
<div class="top">⟦m 南珂区教育体育局　NANKE EDUCATION &amp; SPORTS BUREAU⟧</div>
<div class="menu">⟦m 局情概况⟧ ⟦m 教育动态⟧ ⟦m 通知公告⟧ ⟦m 招生考试⟧ ⟦m 办事指南⟧</div>
<div class="place">⟦m 您当前所在位置：网站首页 -> 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 作者：安全科　录入时间：2024/8/26　点击数：⟧</div>
<p>南教体〔2024〕58号</p>
{BODY}
<div class="pr">⟦a 〖打印本文〗⟧ ⟦a 〖返回顶部〗⟧</div>
<div class="links">⟦l 友情链接：市教育局 | 区人民政府 | 国家中小学智慧教育平台⟧</div>
<div class="foot">⟦m 联系电话：0746-3120605　技术支持：南珂网络⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为深入贯彻《未成年人保护法》，增强学生自我保护意识和能力，区教体局决定于9月第二周开展未成年人保护主题教育周活动。现将有关事项通知如下。
一、活动内容
1.上好一堂主题课。各校以班为单位，围绕防欺凌、防性侵、防沉迷网络等内容开展主题班会。
2.开展一次家长课堂。通过家长会或线上讲座，向家长宣讲家庭保护责任。
3.组织一次排查。对留守、困境儿童逐一建立关爱台账。
二、有关要求
各校于9月20日前将活动总结及图片报区教体局安全科。
联系人：邓若溪，电话：0746-3120618，邮箱：nkjtaq@163.com。
南珂区教育体育局
2024年8月26日
""",
    ),
    dict(
        slug="edu-yuanqiao-text-sports-meet-triple-jump",
        site="源桥中学校园网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yqzx.net/news/show.asp?id=2841",
        title="源桥中学第三十一届田径运动会竞赛规程",
        record_title="源桥中学第三十一届田径运动会竞赛规程【校园网】",
        date="2024-10-08",
        notes="school site text; numbered lists; 时间/地点 lines kept; date in signature Chinese numerals",
        page="""
!m 源桥中学校园网
!m 网站首页 → 德育天地 → 体育艺术
!t 源桥中学第三十一届田径运动会竞赛规程【校园网】
!m 文章来源：体育组　　发布人：admin　　点击：
!a 【双击滚屏】【关闭窗口】
{BODY}
!l 上一篇文章：关于举行国庆诗歌朗诵比赛的通知
!l 下一篇文章：高一新生军训总结表彰大会召开
!m 版权所有：源桥中学　地址：源桥镇学府路1号　技术维护：信息中心
""",
        body="""
一、比赛时间：2024年10月17日至18日。
二、比赛地点：学校田径场。
三、竞赛项目
男子组：100米、200米、400米、1500米、跳高、跳远、三级跳远、铅球、4×100米接力。
女子组：100米、200米、400米、800米、跳高、跳远、铅球、4×100米接力。
四、参赛办法
1.每班每项限报2人，每人限报2项（接力除外）。
2.三级跳远起跳板距沙坑前沿男子为9米，参赛学生须在体育老师指导下完成赛前试跳。
五、录取名次与计分：各项取前六名，按7、5、4、3、2、1计分，破校纪录者加计5分。
六、报名：各班于10月11日前将报名表交体育组。
源桥中学体育组
二〇二四年十月八日
""",
    ),
    dict(
        slug="oa-nickel-html-minutes-intranet",
        site="栎川镍业协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.lcniye.local/doc/view?id=20240711003",
        title="镍精炼分厂2024年第三季度安全生产例会纪要",
        record_title="镍精炼分厂2024年第三季度安全生产例会纪要",
        date="2024-07-11",
        notes="intranet document view with 流转记录 and read count; minutes' 时间/地点/主持 lines kept; 抄送 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公文查看 - 协同办公平台</title>
<script src="/oa/js/sso.js"></script></head><body>
<div class="oa-top">⟦m 栎川镍业协同办公平台⟧ ⟦m 欢迎您，周予安（安环部）⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办(3)⟧ ⟦m 已办⟧ ⟦m 公文查阅⟧ ⟦m 通讯录⟧</div>
<div class="doc-title"><h3>{T}</h3></div>
<div class="doc-meta">⟦m 密级：内部　文号：精炼纪〔2024〕9号　已读 47 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><p>⟦m 流转记录：2024-07-12 09:10 安环部 张琰 起草 → 09:55 分厂厂长 审核 → 10:20 办公室 分发⟧</p></div>
<div class="btns">⟦a 导出PDF⟧ ⟦a 打印⟧ ⟦a 转发⟧</div>
<div class="oa-foot">⟦d 内部资料，严禁外传⟧ ⟦m 技术支持：信息中心 分机 8066⟧</div>
</body></html>
""",
        body="""
时间：2024年7月11日下午3:00
地点：分厂三楼会议室
主持：分厂厂长 贺长风
参加人员：分厂班子成员、各工段长、安全员
会议听取了安环部上半年安全生产情况通报，分析了当前高温季节安全形势，研究部署了第三季度重点工作。纪要如下：
一、会议指出，上半年分厂未发生轻伤以上事故，但6月份电解槽区域发生一起酸液飞溅未遂事件，暴露出劳保用品佩戴不规范的问题。
二、会议要求，各工段7月底前完成高温作业岗位防暑降温设施检查，电解工段增设两处洗眼器。
三、会议决定，8月组织一次氯气泄漏应急演练，由安全员牵头制定演练方案。
抄送：公司安环部，工会。
""",
    ),
    dict(
        slug="intranet-abrasive-text-monthly-report",
        site="楝湖磨料磨具股份公司内网 (invented)",
        style="企业内网",
        genre="工作汇报",
        kind="report",
        form="text",
        source="http://intra.lhmoliao.com/news/2024/0905/1290.html",
        title="砂轮车间8月份生产经营情况汇报",
        record_title=None,
        date="2024-09-05",
        notes="intranet export; no record title; table; chrome glued to a body line; date in signature",
        page="""
!m 楝湖磨料磨具 · 员工之家
!m 内网首页 > 部门动态 > 生产制造部
{T}
!m 发布部门：砂轮车间　　浏览：113　　
{BODY}
!a [导出Word]　[发送给同事]
!l 部门动态更多 >>
!d 本网站仅限公司内部访问，请勿截图外传。
""",
        body="""
8月份，车间克服高温和订单集中的双重压力，完成了各项生产任务。现将有关情况汇报如下。
一、主要指标完成情况
指标　计划　实际　完成率
树脂砂轮产量（万片）　42　44.6　106.2%
陶瓷砂轮产量（万片）　18　17.1　95.0%
一次合格率　97.5%　98.1%　—
二、主要问题。陶瓷砂轮因隧道窑检修停产三天，产量未完成计划；另有一批出口砂轮回转强度抽检不合格，已全部返工。⟦l 相关阅读：质量部8月质量简报⟧
三、9月打算。确保隧道窑稳定运行，陶瓷砂轮补齐8月欠产；加强混料工序管控，杜绝批量质量问题。
砂轮车间
2024年9月5日
""",
    ),
]
