"""holdout43, part F: print views, forwarded mails, 范文 and 文库 pages, portals, news, forums,
blogs, mirrors, sharing, education and intranet pages. Invented text."""

CASES = [
    dict(
        slug="print-chaobu-tide-table-notice-html",
        site="潮埠县人民政府网打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chaobu.example.gov.cn/print.jsp?id=55120",
        title="关于发布2025年第四季度潮汐预报的通知",
        record_title="关于发布2025年第四季度潮汐预报的通知 - 打印",
        date="2025-09-25",
        notes="print-view HTML: decorated title (- 打印); print/close buttons; the URL and a print stamp (no date); a tide table one row a paragraph; print footer 页 x/y as a page marker",
        page="""
<html><head><meta charset="utf-8"><title>关于发布2025年第四季度潮汐预报的通知 - 打印</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〖打印本页〗⟧ ⟦a 〖关闭〗⟧</div>
<div class="src">⟦m 来源网址：http://www.chaobu.example.gov.cn/art/2025/9/25/art_55120.html⟧</div>
<h3>⟦t 关于发布2025年第四季度潮汐预报的通知⟧</h3>
{BODY}
<div class="pf">⟦m 打印日期：2025年10月8日⟧</div>
<div class="pg">⟦p 页 1 / 1⟧</div>
</body></html>
""",
        body="""
各镇人民政府，县直有关单位：
现将潮埠验潮站编制的2025年第四季度天文大潮预报发布如下，请各单位做好沿海防范工作。
日期　高潮时　潮高
10月7日　14:20　412厘米
11月5日　13:55　405厘米
天文大潮期间叠加大风天气时，可能出现超警戒潮位，请沿海养殖户提前做好加固。
潮埠县人民政府办公室
2025年9月25日
""",
    ),
    dict(
        slug="mail-reply-lubo-brine-permit-request",
        site="卤泊盐化集团企业邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://mail.lubo-salt.example.com/sent/0417",
        title="关于延续卤水采矿许可证的请示",
        record_title="答复：Re: 关于延续卤水采矿许可证的请示.docx",
        date="2025-04-15",
        notes="mail reply chain: file-name title with Re:; quoted reply lines and headers as meta; the mail's attachment header next to the document's own 附件 line; a mobile signature; the request's signature date",
        page="""
!m 发件人：马骁 <maxiao@lubo-salt.example.com>
!m 时间：2025-04-17 09:31
!m 主题：答复：Re: 关于延续卤水采矿许可证的请示.docx
!l 收到，已转自然资源局。
!m 发自我的手机
!m ------------------ 原始邮件 ------------------
!t 关于延续卤水采矿许可证的请示.docx
!m 附件(1)：关于延续卤水采矿许可证的请示.docx
{BODY}
!d 本邮件仅发送给指定收件人，未经许可不得转发。
""",
        body="""
卤泊县自然资源局：
我公司东采区卤水采矿许可证将于2025年7月31日到期。为保证正常生产，现申请延续采矿许可证，延续期限五年。
延续期间，我公司将严格落实矿山地质环境保护和土地复垦方案，按时缴纳各项税费。
妥否，请批示。
附件：采矿许可证延续申请书
卤泊盐化集团有限公司
2025年4月15日
""",
    ),
    dict(
        slug="fanwen-mobanzhan-grape-coop-charter-template",
        site="模板栈范文 (invented)",
        style="范文站",
        genre="章程",
        kind="rules",
        form="text",
        source="https://www.mobanzhan.example.com/zhangcheng/31208.html",
        title="葡萄种植专业合作社章程",
        record_title="葡萄种植专业合作社章程（word可改）",
        date=None,
        notes="template page: decorated title; ×× placeholders and a 20××年×月×日 date placeholder (no date); copy prompts; a writer-service box; related templates",
        page="""
!m 模板栈范文　范文模板随心改
!m 首页 / 章程制度 / 合作社章程
!t 葡萄种植专业合作社章程（word可改）
!m 更新：模板君　人气：3128
!a 一键复制全文　｜　下载Word（已有2341人下载）
{BODY}
!w 需要定制章程？专业文秘为您代拟，咨询热线 177-0906-3321
!l 猜你想找：合作社成立申请书 | 社员大会决议模板 | 合作社财务制度
""",
        body="""
第一章　总则
第一条　为保护成员的合法权益，增加成员收入，依照有关法律规定，制定本章程。
第二条　本社名称：××县××葡萄种植专业合作社。
第三条　本社住所：××县××镇××村。
第二章　成员
第四条　具有民事行为能力的公民，承认并遵守本章程，可申请成为本社成员。
本章程经成员大会于20××年×月×日表决通过。
""",
    ),
    dict(
        slug="wenku-zhihe-lighthouse-safety-rules-pages",
        site="知合文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.zhihewk.example.com/doc/9981223.html",
        title="汐岬灯塔站安全值守制度",
        record_title="【精编】汐岬灯塔站安全值守制度（通用版）",
        date="2024-12-20",
        notes="文库 preview: decorated title; page markers ✕N✕ glued or on lines of their own; a preview-end prompt; a 印发 date at the end; articles about 打印 as content",
        pages=dict(fmt="✕{n}✕", every=60, start=2, glue="mix"),
        page="""
!m 知合文库 - 知识合集
!t 【精编】汐岬灯塔站安全值守制度（通用版）
!m 4.6分（52人评价）　浏览 3301　下载 77
{BODY}
!a 本文档为付费文档，阅读全文请购买或开通会员
!l 评论(3)：写得很实用 / 可以参考 / 谢谢分享
""",
        body="""
第一条　灯塔站实行二十四小时值守制度，值守人员不得少于二人。
第二条　值守人员每两小时巡视一次灯室和机房，检查灯器、电源和通信设备运行情况，并填写值守记录。
第三条　值守记录每月打印一份装订存档，保存期限不少于五年。
第四条　遇台风、雷暴等恶劣天气，站长须在站带班，确保灯光正常。
第五条　本制度自印发之日起执行。
汐岬灯塔站
2024年12月20日印发
""",
    ),
    dict(
        slug="gov-zhanchuan-grazing-ban-letter",
        site="毡川县人民政府 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.zhanchuan.example.gov.cn/xxgk/wj/2025/0310/189.html",
        title="毡川县林业和草原局关于商请协助做好春季休牧工作的函",
        record_title="毡川县林业和草原局关于商请协助做好春季休牧工作的函",
        record_date="2025-03-10",
        date="2025-03-10",
        notes="portal text page: record title and date; document number neutral; 抄送 kept; 索引号/发文字号 table lines as meta; a share bar",
        page="""
!m 毡川县人民政府　信息公开
!m 索引号：000014349/2025-00312　　发布机构：县林草局
!m 发文字号：毡林草函〔2025〕7号　　成文日期：2025-03-10
!t 毡川县林业和草原局关于商请协助做好春季休牧工作的函
毡林草函〔2025〕7号
{BODY}
!l 分享到：微信　微博　QQ
!a 打印　　关闭
""",
        body="""
县公安局、县市场监督管理局：
根据草原保护工作安排，我县于4月1日至5月15日在全县天然草原实行春季休牧。
为确保休牧制度落到实处，商请贵单位协助做好休牧期间的巡查执法和牲畜交易市场监管工作。
特此函商。
毡川县林业和草原局
2025年3月10日
抄送：县人民政府办公室
""",
    ),
    dict(
        slug="news-haiyun-lighthouse-open-day-html",
        site="海云融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.haiyunrm.example.com/xw/2025-05/24/content_88291.html",
        title="汐岬灯塔首次向公众开放",
        record_title=None,
        date="2025-05-24",
        notes="融媒 HTML: no record title (found in h1); the title repeated glued to the lead; byline time; a video player label and an app download prompt on lines of their own inside the body; editor line glued after the last sentence",
        page="""
<html><head><meta charset="utf-8"><title>汐岬灯塔首次向公众开放 - 海云融媒</title></head><body>
<div class="nav">⟦m 海云融媒⟧ ⟦l 首页 新闻 政务 视频 直播 专题⟧ ⟦a 下载海云APP⟧</div>
<h1>汐岬灯塔首次向公众开放</h1>
<div class="meta">⟦m 发布时间：2025-05-24 17:36　来源：海云融媒中心⟧</div>
{BODY}
<div class="rel">⟦l 相关新闻：滩湖社区招募灯塔开放日志愿者⟧</div>
<div class="ft">⟦d 海云融媒版权所有⟧ ⟦m 琼ICP备19003306号-2⟧</div>
</body></html>
""",
        body="""
⟦t 汐岬灯塔首次向公众开放⟧5月24日，汐岬灯塔站举办首个开放日，二百余名市民游客登塔参观。
⟦a ▶ 视频加载中，点击播放⟧
参观者在工作人员带领下登上三十二米高的塔顶，了解灯器构造和航标知识。
⟦a 打开海云APP，看更多现场图片⟧
汐岬灯塔建于一九六三年，是本地区现存最早的灯塔之一。
灯塔站负责人表示，今后每年将举办两次开放日，让更多人了解航标文化。⟦m （编辑：唐小帆）⟧
""",
    ),
    dict(
        slug="forum-diaoyu-sturgeon-release-warning",
        site="钓友之家论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.diaoyouzj.example.com/bbs/t-40812.html",
        title="关于放流期间禁止在鲟湾江段垂钓的紧急通知",
        record_title="[转帖] 关于放流期间禁止在鲟湾江段垂钓的紧急通知 - 江河钓场 - 钓友之家论坛",
        date="2025-04-15",
        date_also=["2025-04-16"],
        notes="anglers' forum repost: board-site suffix; junk lines and glued junk; a poster's hook line; signature date expected, post time also accepted; quick-reply box",
        junk=dict(lines=2, glued=1),
        page="""
!m 钓友之家论坛 › 江河钓场
!t [转帖] 关于放流期间禁止在鲟湾江段垂钓的紧急通知
!m 作者：老钓翁　发布于：2025-04-16 06:30　浏览：2210
!l 各位钓友这几天别去下码头了，转一下
{BODY}
!l 回帖：好的，谢谢提醒（钓鱼佬小张）
!l 回帖：放流是好事，支持（江边一蓑）
!a 快速回帖 — 请先登录
""",
        body="""
各位钓鱼爱好者：
4月18日鲟湾江段将举行鲟鱼增殖放流活动。为保护放流幼鱼，4月16日至5月15日，鲟湾镇下码头至青石滩江段禁止一切垂钓活动。
禁钓期间，渔政执法人员将加强巡查，对违规垂钓者依法处理。
请广大钓友相互转告，共同保护鲟鱼资源。
鲟湾县农业农村局渔政执法大队
2025年4月15日
""",
    ),
    dict(
        slug="blog-binghao-observer-notes-wrapped",
        site="冰岙观测手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://binghao-obs.example.blog.net/2025/09/notes-melt",
        title="今年冰舌又退了十米",
        record_title="今年冰舌又退了十米 - 冰岙观测手记 - 博客",
        date=None,
        notes="blog: decorated title; hard-wrapped at 60 columns; relative post time (no date); a year in a sentence only; reader counters and tags; a 'share' sentence kept as content",
        wrap=60,
        page="""
!m 冰岙观测手记 —— 在冰川边上工作的日子
!t 今年冰舌又退了十米
!m 发表于 3天前　|　阅读 1088　|　评论 17
{BODY}
!l 标签：冰川　气候变化　观测站
!l 推荐阅读：冰川上的第一场雪 / 花杆是怎么打进冰里的
!d 转载请注明出处
""",
        body="""
这个夏天的消融期结束了，我们把今年的测量数据整理出来，冰舌末端比去年又后退了十米左右。
站里的老同志说，他们刚来的时候，冰舌一直延伸到现在观景台下面的那块大石头。
数据本身是冰冷的，但每次站在冰舌前面，我都能感觉到它在一点点变小。
我把今年拍的几张对比照片分享在这里，希望更多人关注冰川的变化。
""",
    ),
    dict(
        slug="wechat-liuyuan-nadam-initiative-html",
        site="骝原文旅 (mirror on 读公号, invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://dugonghao.example.cn/s/liuyuanwenlv/20250722",
        title="文明观赛倡议书",
        record_title="文明观赛倡议书｜骝原文旅",
        date="2025-07-22",
        notes="WeChat mirror HTML: account suffix; account line time; a 'follow star' prompt; a poster caption; 阅读原文/分享/在看 row; the document's 关注 sentence kept as content",
        page="""
<html><head><meta charset="utf-8"><title>文明观赛倡议书｜骝原文旅</title></head><body>
<div class="mirror">⟦m 读公号 · 公众号文章聚合⟧ ⟦a 打开微信阅读⟧</div>
<h1 class="rich_media_title">文明观赛倡议书</h1>
<div class="rich_media_meta">⟦m 骝原文旅　2025-07-22 20:00⟧</div>
<p>⟦m 把“骝原文旅”设为星标，第一时间获取最新资讯⟧</p>
{BODY}
<p>⟦m ▲ 图片来源：骝原马场⟧</p>
<p>⟦l 阅读原文　分享　在看　赞⟧</p>
<div class="mirror-ft">⟦d 本页内容转载自微信公众平台，版权归原作者⟧</div>
</body></html>
""",
        body="""
广大观众朋友：
一年一度的那达慕大会即将在骝原马场开幕。为营造文明有序的观赛环境，我们倡议：
一、文明观赛，为所有骑手加油喝彩，不起哄，不向赛道投掷物品。
二、遵守秩序，不翻越赛道围栏，不在马匹通道逗留拍照。
三、爱护草原，带走自己的垃圾，不在草原上生火烧烤。
请关注骝原文旅公众号，获取赛程和交通管制信息。
骝原县文化体育广播电视和旅游局
2025年7月22日
""",
    ),
    dict(
        slug="docshare-wendangku-tide-station-report-pages",
        site="文档库分享网 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wendangku.example.com/share/66120.html",
        title="潮埠验潮站站长2024年度述职报告",
        record_title="潮埠验潮站站长2024年度述职报告",
        date="2025-01-15",
        notes="sharing page: record title; page markers ⟅N⟆ on lines of their own in a 64-column wrap; upload date (no date) beside the 成文日期 in Chinese numerals",
        wrap=64,
        indent="　　",
        pages=dict(fmt="⟅{n}⟆", every=60, start=2),
        page="""
!m 文档库分享网　分享你的知识
!t 潮埠验潮站站长2024年度述职报告
!m 上传日期：2025-02-08　页数：3页　格式：pdf
!a 免费下载　　收藏　　分享给好友
{BODY}
!d 文档为网友上传，仅供学习交流，不得用于商业用途。
""",
        body="""
2024年，我认真履行站长职责，带领全站职工完成了潮位观测、设备维护和安全生产各项任务。
一是抓好观测质量，全年潮位数据完整率达到百分之九十九点七，连续五年被评为优秀观测站。
二是推进设备升级，完成雷达水位计安装和数据自动传输系统建设。
三是抓好党风廉政建设，严格执行财务制度，全年无违规违纪问题。
不足之处是对青年职工的培养还不够，今后将加强传帮带。
述职人：陶建国
二〇二五年一月十五日
""",
    ),
    dict(
        slug="edu-xunwan-school-fish-protect-html",
        site="鲟湾县教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xunwanedu.example.gov.cn/info/tz/2025/0325/502.html",
        title="关于开展“保护鲟鱼 从我做起”主题教育活动的通知",
        record_title=None,
        date="2025-03-25",
        notes="modern education HTML: no record title (h2); document number neutral; 附件 list; an 'elder mode' toolbar; prev/next links; the notice asks schools to download materials (content)",
        page="""
<html><head><meta charset="utf-8"><title>鲟湾县教育网</title></head><body>
<div class="tb">⟦a 长者模式⟧ ⟦a 无障碍浏览⟧</div>
<div class="logo">⟦m 鲟湾县教育网⟧</div>
<div class="nav">⟦l 首页 | 教育新闻 | 通知公告 | 政策文件 | 教育资源⟧</div>
<h2>关于开展“保护鲟鱼 从我做起”主题教育活动的通知</h2>
<div class="info">⟦m 时间：2025-03-25　来源：德育股⟧</div>
<p>鲟教函〔2025〕12号</p>
{BODY}
<div class="pn">⟦l 上一篇：春季学期开学工作检查通报⟧ ⟦l 下一篇：中考体育考试安排⟧</div>
<div class="ft">⟦m 鲟湾县教育局主办　川ICP备17008123号⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为增强学生保护珍稀水生生物的意识，县教育局决定在全县开展“保护鲟鱼 从我做起”主题教育活动。
各校可从县教育网资源栏目下载主题班会课件和宣传海报。
活动期间，各校要组织一次主题班会，鼓励学生参加鲟鱼增殖放流志愿活动。
附件：1.主题班会课件
2.宣传海报
鲟湾县教育局
2025年3月25日
""",
    ),
    dict(
        slug="oa-winery-cellar-safety-notice-text",
        site="葡川酒庄OA (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.puchuan-winery.example.local/notice/2025-08-30",
        title="关于加强发酵车间二氧化碳防护的通知",
        record_title="[已阅] 关于加强发酵车间二氧化碳防护的通知",
        date="2025-08-30",
        notes="intranet text: decorated title; read receipts and a reply box; the notice's own numbered items and 印发 line; a duty phone kept",
        page="""
!m 葡川酒庄协同办公　｜　欢迎您：生产部 杜明
!m 通知公告 » 详情
!t [已阅] 关于加强发酵车间二氧化碳防护的通知
!m 发布人：安全环保部　阅读状态：已读 73 / 未读 4
{BODY}
!l 回复意见：（请输入）　提交
!a 打印　导出　返回
""",
        body="""
各车间、各部门：
酿造季即将开始，发酵车间二氧化碳浓度可能超标。为防止窒息事故，现就有关事项通知如下：
1.发酵车间须全天开启通风设备，进入发酵罐区前必须检测二氧化碳浓度。
2.严禁单人进入发酵罐内作业，罐外须有专人监护。
3.发现有人晕倒，不得盲目施救，应立即报告。
安全值班电话：0906-7719110
葡川酒庄安全环保部
2025年8月30日
""",
    ),
]
