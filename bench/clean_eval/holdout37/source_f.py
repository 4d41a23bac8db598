"""holdout37, part F: a print view, forwarded mails and more pages of the older kinds — a
kayak association, a vinegar brewery, a dispatch centre, a tofu workshop, a chestnut co-op,
a guide-dog base, a car-wash trade school, a yak co-op. Invented text."""

CASES = [
    dict(
        slug="print-html-qinwan-seawall-summary",
        site="溱湾县水利局打印页 (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://slj.qinwan.example.gov.cn/print/art_2025_3318.html",
        title="溱湾县海堤管理所2025年度工作总结",
        record_title="〔打印稿〕溱湾县海堤管理所2025年度工作总结",
        date="2025-12-26",
        notes="HTML print view: print/close buttons, printed URL and print time, print footer `⁅第1页/共1页⁆`; 成文日期 in Chinese numerals; a data table kept",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕溱湾县海堤管理所2025年度工作总结</title><style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a 〖打印本文〗⟧ ⟦a 〖关闭〗⟧</div>
<div class="phead">⟦m 溱湾县水利局　　工作总结⟧</div>
<h2>⟦t 〔打印稿〕溱湾县海堤管理所2025年度工作总结⟧</h2>
<div class="pinfo">⟦m 来源：海堤管理所　打印于 2026-01-04 09:51⟧</div>
{BODY}
<div class="purl">⟦m 本文地址：http://slj.qinwan.example.gov.cn/art/2025/12/26/art_3318.html⟧</div>
<div class="pfoot">⟦p ⁅第1页/共1页⁆⟧</div>
</body></html>
""",
        body="""
2025年，海堤管理所围绕“堤固、岸绿、人安”目标，扎实做好海堤运行管理各项工作。
一、工程管护。全年巡查海堤一千二百余次，维修堤顶道路三点二公里，更换涵闸启闭机四台。
二、防台防汛。成功防御台风三次，主汛期海堤未发生险情。
三、主要指标完成情况：
指标　年度目标　完成情况
海堤巡查覆盖率　百分之百　百分之百
隐患整改销号率　百分之九十五　百分之九十八
四、明年打算。推进东港海堤提标加固，建设海堤数字化监测平台。
溱湾县海堤管理所
二〇二五年十二月二十六日
""",
    ),
    dict(
        slug="mail-fwd-html-kayak-venue-request-chain",
        site="泜水县体育中心邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.zstyzx.example.gov.cn/read?mid=2025052101",
        title="关于借用滨江公园水域举办皮划艇巡游活动的请示",
        record_title="答复：Fw: 关于借用滨江公园水域举办皮划艇巡游活动的请示.docx",
        date="2025-05-14",
        date_also=["2025-05-21"],
        notes="webmail reply chain: header block (from/to/cc/date), the reply text above the forwarded document, attachment bar; the document's own 附件 line and contact kept; mail send dates differ from the 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>答复：Fw: 关于借用滨江公园水域举办皮划艇巡游活动的请示.docx - 政务邮箱</title></head><body>
<div class="toolbar">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 打印⟧</div>
<div class="mhead"><p>⟦m 主题：答复：Fw: 关于借用滨江公园水域举办皮划艇巡游活动的请示.docx⟧</p>
<p>⟦m 发件人：县体育中心办公室 &lt;tyzx@zstyzx.example.gov.cn&gt;⟧</p>
<p>⟦m 收件人：县皮划艇协会 &lt;zsky2025@example.com&gt;⟧</p><p>⟦m 时间：2025年5月21日（星期三）下午3:06⟧</p></div>
<div class="reply">⟦m 协会：来函已收悉，经研究同意借用，请与园区管理处对接安全保障方案。——县体育中心办公室⟧</div>
<div class="quote"><p>⟦m ------------------ 原始邮件 ------------------⟧</p><p>⟦m 发件人："泜水县皮划艇协会"；发送时间：2025年5月14日 10:22⟧</p>
{BODY}
</div>
<div class="att">⟦a 附件（1 个）：请示.docx（24K）　预览　下载⟧</div>
<div class="foot">⟦d 本邮件系统仅用于政务办公，请勿发送涉密信息。⟧</div>
</body></html>
""",
        body="""
县体育中心：
我协会定于6月8日举办2025年泜水皮划艇野水巡游活动，终点设在县城滨江公园下水点。
为保障活动顺利进行，恳请同意借用滨江公园东段水域及岸线，使用时间为当日上午8时至12时。
活动期间，协会将配备救生艇两艘、救生员六名，并购买公众责任保险。
妥否，请批示。
附件：活动安全保障方案
联系人：甘泽　电话：139 0000 2216
泜水县皮划艇协会
2025年5月14日
""",
    ),
    dict(
        slug="mail-text-fw-tofu-workshop-health-notice",
        site="浍城市场监管邮件简报 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive/hc-scjg/2025-10-09-tofu",
        title="关于开展豆制品小作坊专项检查的通知",
        record_title="转发：关于开展豆制品小作坊专项检查的通知",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="forwarded mail text: forward header lines, the forwarder's note, a mail's own 附件 header (meta) next to the document's own 附件 list (kept), 抄送 版记 kept, an unsubscribe footer",
        page="""
!m 发件人：市场监管所综合科 <zhk@hcscjg.example.gov.cn>
!m 发送时间：2025-10-10 08:47
!m 收件人：各片区食品安全协管员
!m 附件：豆制品小作坊检查表.xlsx (18KB)
!m 各位协管员：请按通知要求做好配合。——综合科
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 您收到这封邮件是因为您订阅了“浍城市场监管简报”。如需退订请回复TD。
""",
        body="""
各片区食品安全协管员：
为保障豆制品质量安全，市场监管所决定于10月13日至31日对辖区豆制品小作坊开展专项检查。
一、检查内容：登记证公示、原料进货查验、生产环境卫生、卤水和凝固剂使用情况。
二、检查方式：采取“四不两直”方式，每个作坊检查后填写检查表。
三、发现使用非食用物质的，立即封存产品并上报。
附件：豆制品小作坊检查表
浍城市场监督管理所
2025年10月9日
抄送：市市场监管局食品生产科。
""",
    ),
    dict(
        slug="fanwen-wrapped-chestnut-coop-speech",
        site="文秘帮范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.wenmibang.example.com/jh/2025/9137.html",
        title="在板栗合作社秋季收购动员会上的讲话",
        record_title="在板栗合作社秋季收购动员会上的讲话（精选通用版）_文秘帮",
        date="2025-09-06",
        notes="hard-wrapped at 64 columns, cut by `⁅N⁆` markers glued at line starts; speaker and date under the title neutral; a writing-service contact at the bottom; related list",
        wrap=64,
        pages=dict(fmt="⁅{n}⁆", every=150, start=2, glue=True),
        page="""
!m 文秘帮范文网 | 专业公文写作平台
!m 当前位置：首页 > 讲话稿 > 农业农村
{T}
合作社理事长　郑家福
（2025年9月6日）
{BODY}
!w 找不到合适的范文？专业写手量身定制，QQ：1937720558
!l 本类热门：秋收动员会讲话｜合作社年度分红大会主持词
""",
        body="""
各位社员、各位收购点负责人：
今天召开秋季收购动员会，主要是安排今年的板栗收购工作。今年全镇板栗挂果率高，预计收购量比去年增加三成，任务重、时间紧。
第一，统一收购标准。各收购点要严格按照等级标准收购，一级栗、二级栗分开存放，不得压级压价。
第二，做好冷藏保鲜。收购的板栗当天入冷库，冷库温度控制在零到二摄氏度。
第三，及时兑付货款。合作社承诺货款七日内结清，绝不打白条。
同志们，板栗是大家的“致富果”，希望大家齐心协力，把今年的收购工作做好。
""",
    ),
    dict(
        slug="wenku-oneline-yak-coop-dividend-plan",
        site="云栈文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunzhan.example.com/p/3e01dd27.html",
        title="牦牛养殖专业合作社2025年度盈余分配方案",
        record_title="【可编辑】牦牛养殖专业合作社2025年度盈余分配方案",
        date="2025-12-28",
        notes="one-line body cut by `❮N❯` page markers; a dividend table kept; preview-end prompt; decorated title",
        oneline=True,
        indent="　　",
        pages=dict(fmt="❮{n}❯", every=120, start=2),
        page="""
!m 云栈文库 › 农业 › 合作社管理
!t 【可编辑】牦牛养殖专业合作社2025年度盈余分配方案
!m 4.6分　｜　2页　｜　上传时间：2天前
{BODY}
!a 预览已结束，剩余内容请下载后查看
!a 下载文档（5金币）
""",
        body="""
根据合作社章程和2025年度财务决算，经理事会研究，制定本年度盈余分配方案。
一、本年度可分配盈余八十六万元，提取公积金百分之十，余额按交易量返还和出资额分红。
二、分配明细：
项目　比例　金额
交易量返还　百分之六十　四十六万四千四百元
出资额分红　百分之三十　二十三万二千二百元
三、本方案经成员大会表决通过后执行。
牦牛养殖专业合作社理事会
2025年12月28日
""",
    ),
    dict(
        slug="gov-pailing-text-tofu-inspection-cn-date",
        site="淠岭县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.peiling.example.gov.cn/tzgg/2025/1120/58.html",
        title="关于豆制品小作坊专项检查情况的通报",
        record_title="关于豆制品小作坊专项检查情况的通报_淠岭县市场监督管理局",
        date="2025-11-20",
        notes="county bureau page: 索引号 lines, doc number under the title neutral, a list of problems kept, 印发 line kept, 成文日期 in Chinese numerals, a font-size row glued after the last paragraph",
        page="""
!m 淠岭县市场监督管理局　　政务公开
!m 索引号：MB1D22316/2025-01133　　公开方式：主动公开
{T}
淠市监〔2025〕61号
{BODY}
!l 【我要纠错】　【相关文件】
!m 淠岭县市场监督管理局　电话：0558-6612315
""",
        body="""
各市场监管所：
10月中旬至11月中旬，县局组织对全县豆制品小作坊开展了专项检查，共检查小作坊四十七家。现将有关情况通报如下：
一、总体情况。大部分小作坊能够做到持证生产、规范经营，生产环境明显改善。
二、存在问题。一是五家作坊未建立原料进货台账；二是三家作坊卤水存放不规范；三是两家作坊未按规定公示登记证。
三、下步要求。各所要督促问题作坊于12月15日前完成整改，逾期未整改的依法查处。
淠岭县市场监督管理局
二〇二五年十一月二十日
淠岭县市场监督管理局办公室　2025年11月20日印发⟦a 【字号：大 中 小】⟧
""",
    ),
    dict(
        slug="news-zhishui-text-brewery-open-day",
        site="泜水融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zsrongmei.example.cn/news/20251018/7712.html",
        title="老陈醋厂开放日吸引上千市民体验古法酿醋",
        record_title="老陈醋厂开放日吸引上千市民体验古法酿醋 - 泜水融媒",
        date="2025-10-18",
        notes="county media-centre page: dotted app date line, a voice-reading button, an editor line glued after the last paragraph, a 'recommended' list; the brewery's own ticket booking sentence (关注公众号预约) kept",
        page="""
!m 泜水融媒　县融媒体中心主办
!a 🔊 听新闻
{T}
!m 2025.10.18 17:40　泜水融媒记者　潘一鸣
{BODY}
!l 为你推荐
!l 县城老街改造完工　古韵新颜迎客来
!d 版权声明：泜水融媒原创稿件，转载须注明来源。
""",
        body="""
10月18日，泜水老陈醋厂举办第三届开放日活动，一千二百余名市民走进醋厂，体验古法酿醋。
在晾晒场，上百口醋缸一字排开，市民们跟着老师傅学习翻醅、淋醋，亲手灌装一瓶属于自己的陈醋。
醋厂负责人介绍，今后每月第三个周六都将开放参观，市民关注醋厂公众号即可预约。⟦m （编辑：林小雅）⟧
""",
    ),
    dict(
        slug="wechat-mirror-text-guide-dog-adoption-letter",
        site="号外镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://haowai.example.org/mp/guidedog-foster-2025",
        title="致爱心家庭的一封信——诚邀您成为导盲犬寄养家庭",
        record_title="致爱心家庭的一封信——诚邀您成为导盲犬寄养家庭",
        date="2025-03-18",
        record_date="2025-03-18",
        notes="WeChat mirror text: account line, a 'star the account' prompt, a sign-up QR line in the body as its own line between paragraphs, the letter's own 联系电话 kept, 'read the original', mirror footer",
        page="""
!m 湔川导盲犬训练基地　2025年03月18日 20:00　四川
!a 点击上方“湔川导盲犬”，设为星标，第一时间收到推送
{T}
{BODY}
!l 阅读原文　　阅读 3.1万　　在看 211
!d 本站内容镜像自微信公众平台，仅供存档浏览。
""",
        body="""
亲爱的朋友：
每一只导盲犬在正式训练前，都要在寄养家庭中度过一年左右的幼年时光，学会适应城市生活。
今年，基地将有二十只幼犬需要寄养家庭。我们诚挚邀请有爱心、有时间的家庭加入。
⟦a 长按下方二维码填写寄养申请⟧
寄养家庭需满足以下条件：家中有固定住所，每天能陪伴幼犬外出两次以上，愿意参加基地每月一次的培训。
联系电话：028-8719 2260（基地寄养部）
湔川导盲犬训练基地
2025年3月18日
""",
    ),
    dict(
        slug="forum-yunhai-text-ice-rink-notice-junk",
        site="云海冰雪论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yunhaibx.example.com/bbs/thread/40218",
        title="洣岗市全民健身中心滑冰馆春节期间开放时间调整的通知",
        record_title="[转] 洣岗市全民健身中心滑冰馆春节期间开放时间调整的通知",
        date="2026-01-20",
        notes="forum repost, text: junk lines and glued junk, floor meta, a schedule table kept, a 'buy skates' ad in the signature; relative 昨天 not a date",
        junk=dict(lines=2, glued=1),
        page="""
!m 云海冰雪论坛 » 冰场资讯 » 帖子详情
!t [转] 洣岗市全民健身中心滑冰馆春节期间开放时间调整的通知
!m 冰刀少年　发表于 昨天 21:16　|　只看楼主
{BODY}
!l 支持 9　反对 0　｜　回复 14
!w 签名：专业冰鞋磨刀、冰刀鞋出租，V：bingdao777
""",
        body="""
广大滑冰爱好者：
春节期间，滑冰馆开放时间调整如下：
日期　开放时间
2月16日至2月17日　闭馆
2月18日至2月22日　10:00—21:00
2月23日起　恢复正常开放
闭馆期间将对冰面进行维护保养，给您带来的不便敬请谅解。
洣岗市全民健身中心
2026年1月20日
""",
    ),
    dict(
        slug="app-share-text-carwash-school-graduation",
        site="材料侠APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.cailiaoxia.example.app/doc/88120?from=share",
        title="在汽车美容技师培训班结业典礼上的讲话",
        record_title="在汽车美容技师培训班结业典礼上的讲话｜材料侠",
        date="2025-06-28",
        record_date="2025-06-28",
        notes="app share page: 'open in app' and 'continue reading in the app' prompts, speaker line neutral, date under the title, a like/collect bar; speech keeps the speaker's role",
        page="""
!a 在材料侠APP中打开，阅读体验更佳
{T}
浍城市洗车行业协会会长　祁美兰
（2025年6月28日）
{BODY}
!a 继续阅读全文需在APP内查看 >
!l 赞 52　收藏 18　评论 3
""",
        body="""
各位学员，老师们：
今天，第六期汽车美容技师培训班圆满结业，四十二名学员全部通过考核，我代表协会表示热烈祝贺！
三个月来，大家从清洗、打蜡、内饰护理到顾客沟通，一项一项练，手上磨出了茧子，技术也一天天进步。
希望大家走上岗位后，守住诚信，练好手艺，用心对待每一位顾客。
祝大家前程似锦！
""",
    ),
    dict(
        slug="blog-text-dispatcher-night-shift-notes",
        site="夜班调度员的小站 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://yebantiaodu.example.blog/posts/2025-02-14",
        title="做120调度员的第七年",
        record_title="做120调度员的第七年 | 夜班调度员的小站",
        date="2025-02-14",
        notes="personal blog text: blog header, 'posted' line (the page's date), reading time, tags and archive, an RSS link; the text's own talk of sharing a list with new colleagues kept",
        page="""
!m 夜班调度员的小站
!m Home · Archives · About · RSS
{T}
!m 发表于 2025-02-14 · 约 3 分钟读完
{BODY}
!l #急救调度 #夜班 #随笔
!l « 上一篇：那个下雪的除夕　　下一篇：给新人的十条建议 »
!d 本站文章采用 CC BY-NC 4.0 许可协议，转载请注明出处。
""",
        body="""
今年是我做120调度员的第七年，一共接了大概十一万个电话。
很多人以为调度员只是接电话、派车，其实最难的是在电话里稳住对方，一边问清地址，一边指导家属做心肺复苏。
有一次，一位老人在电话那头说不清楚自己在哪里，我们凭着他说的“听得见火车声”，最终在铁路桥下找到了他。
这些年，我把常用的电话指导口令整理成了一张清单，分享给每一位新同事。
""",
    ),
    dict(
        slug="docshare-text-sign-language-service-survey",
        site="文档共享库 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.wdgxk.example.com/doc/20251122/44017.html",
        title="关于全县公共服务窗口手语服务情况的调研报告",
        record_title="关于全县公共服务窗口手语服务情况的调研报告.pdf",
        date="2025-11-22",
        notes="file-name title; page markers `·N/3·` on lines of their own; upload notice and a 'report' link; a survey table kept; 成文日期",
        pages=dict(fmt="·{n}/3·", every=140, start=2),
        page="""
!m 文档共享库 > 社会民生 > 调研报告
!t 关于全县公共服务窗口手语服务情况的调研报告.pdf
!m 上传者：wxs2025　上传时间：2025-11-30　共3页
{BODY}
!d 温馨提示：本文档由用户上传，本站不对内容真实性负责，侵权请举报。
!a 下载到本地　　|　　举报
""",
        body="""
为了解全县公共服务窗口手语服务情况，县残联会同涢溪手语翻译协会于10月至11月开展了专题调研。
一、调研范围。走访政务服务中心、医院、银行、车站等窗口单位三十六家。
二、基本情况：
窗口类型　走访数量　能提供手语服务
政务服务　十二家　五家
医疗机构　九家　二家
三、主要问题。能提供手语服务的窗口不足三成，工作人员手语水平普遍较低，视频手语翻译知晓率不高。
四、建议。将手语服务纳入窗口服务规范，分批组织窗口工作人员参加手语培训。
涢溪县残疾人联合会
2025年11月22日
""",
    ),
]
