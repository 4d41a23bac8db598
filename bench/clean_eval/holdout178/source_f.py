"""holdout178, part F: stone mortars (石臼). Invented text, sites, people and places; see ../README.md."""

CASES = [
    dict(
        slug="association-shidiao-initiative-mortar-html",
        site="岵山石雕行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.hsshidiao.org.cn/xhgg/2024/0520/118.html",
        title="关于规范旧石臼、石磨收购交易的倡议书",
        record_title="关于规范旧石臼、石磨收购交易的倡议书_岵山石雕行业协会",
        date="2024-05-20",
        notes="association with member login and 入会 buttons; numbered list; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范旧石臼、石磨收购交易的倡议书_岵山石雕行业协会</title></head>
<body>
<div class="hd">⟦m 岵山石雕行业协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦m 协会简介⟧ ⟦m 协会公告⟧ ⟦m 会员单位⟧ ⟦m 行业资讯⟧</div>
<div class="pos">⟦m 首页 ▸ 协会公告⟧</div>
<h1>{T}</h1>
<div class="sj">⟦m 发布时间：2024-05-20　来源：协会秘书处⟧</div>
{BODY}
<div class="ft">⟦m 岵山石雕行业协会 地址：岵山县石匠街1号　电话：0595-8620117⟧ ⟦m 闽ICP备18012204号⟧</div>
</body></html>
""",
        body="""
各会员单位、广大从业者：
近年来，旧石臼、石磨等老石器在庭院景观市场走俏，一些人深入农村低价收购，甚至出现盗挖、哄抬价格等现象。为此，协会倡议：
1. 不收购来源不明的旧石器，不收购文物保护单位范围内的石构件；
2. 收购时如实告知用途和价格，不欺骗农村老人；
3. 新仿石臼须标明“新作”，不得以旧充新；
4. 发现盗挖、倒卖文物线索的，及时向文物部门报告。
岵山石雕行业协会
2024年5月20日
""",
    ),
    dict(
        slug="company-ciba-news-mortar-rice-cake-line",
        site="崧溪糍粑食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.songxi-ciba.com/news/148.html",
        title="石臼手打糍粑生产线通过食品生产许可现场核查",
        record_title="石臼手打糍粑生产线通过食品生产许可现场核查 - 崧溪糍粑",
        date="2024-12-16",
        notes="company text page: product menu, online service, 400 line; 发布时间 line; 分享 bar between paragraphs",
        page="""
!m 崧溪糍粑食品有限公司 | 传统手打 · 只用糯米
!m 首页　产品中心　新闻动态　工艺溯源　联系我们
!m 全国订购热线 400-009-7725
{T}
!m 发布时间：2024-12-16　作者：企划部
{BODY}
!w 批发、代理、团购请添加客服微信：songxiciba01
!l 上一篇：公司参加县年货节展销会
!d 版权所有 © 崧溪糍粑食品有限公司　闽ICP备22019377号-1
""",
        body="""
12月13日，县市场监管局组织专家对我公司石臼手打糍粑生产线进行了食品生产许可现场核查，生产线顺利通过。
这条生产线保留了传统的石臼舂打工艺，同时对石臼进行了食品级打磨和封釉处理，木槌改用可拆洗的食品级材料，车间按照洁净区要求改造。
⟦l 分享到：微信　QQ　微博⟧
公司负责人表示，将把“石臼手打”作为品牌特色，让传统糍粑安全地走上更多人的餐桌。
""",
    ),
    dict(
        slug="training-chayi-course-mortar-leicha-html",
        site="岭上茶艺培训中心 (invented)",
        style="培训机构",
        genre="课程介绍",
        kind="other",
        form="html",
        source="https://www.lingshang-chayi.cn/course/leicha.html",
        title="客家擂茶制作体验课课程介绍",
        record_title="客家擂茶制作体验课课程介绍-岭上茶艺培训中心",
        date=None,
        notes="training school: enrolment float, trial-class buttons, teacher card; placeholders; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>客家擂茶制作体验课课程介绍-岭上茶艺培训中心</title></head>
<body>
<div class="hd">⟦m 岭上茶艺培训中心⟧ ⟦m 茶艺师·评茶员·非遗茶俗⟧ ⟦w 报名热线：0597-3389921⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资⟧ ⟦m 学员作品⟧</div>
<h1>{T}</h1>
{BODY}
<div class="teacher">⟦w 授课老师：钟玉梅，客家擂茶县级非遗传承人｜预约试听⟧</div>
<div class="float">⟦a 在线报名⟧ ⟦a 领取优惠券⟧</div>
<div class="ft">⟦m 岭上茶艺培训中心 版权所有⟧</div>
</body></html>
""",
        body="""
一、课程简介：擂茶是客家人待客的传统茶饮。本课程带领学员使用陶制擂钵或小石臼，把茶叶、芝麻、花生、薄荷等原料擂成茶泥，再冲入沸水饮用。
二、课程时长：3小时，每班不超过12人。
三、课程内容：擂茶的由来；原料的选配；擂棍和石臼的用法；冲泡与品饮。
四、开课时间：每月第____个周六下午。
五、收费标准：每人____元，含全部原料，学员作品可带走。
""",
    ),
    dict(
        slug="fanwenapp-bigeng-summary-mortar-village-museum-html",
        site="笔耕APP (invented writing app share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.bigengapp.cn/share/wz/330917",
        title="崮阳镇农耕文化陈列馆建设工作总结",
        record_title="【优选】崮阳镇农耕文化陈列馆建设工作总结（可编辑）",
        date="2024-12-26",
        notes="writing-app share page: open-app banner, AI rewrite, member unlock prompt between paragraphs; decorated record title; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>崮阳镇农耕文化陈列馆建设工作总结 - 笔耕</title></head>
<body>
<div class="openapp">⟦a 在笔耕APP中打开，查看更多同类范文 ›⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 范文编号 BG330917 · 字数 612 · 已有 1,904 人使用⟧</div>
{BODY}
<div class="tools">⟦a AI帮我改写⟧ ⟦a 复制全文⟧ ⟦a 生成Word⟧</div>
<div class="rec">⟦l 你可能还需要：陈列馆开馆仪式主持词 · 乡村记忆馆讲解词⟧</div>
</body></html>
""",
        body="""
今年以来，我镇按照“一镇一馆”的要求，利用原粮站仓库建成农耕文化陈列馆，于12月中旬正式开馆。现将建设情况总结如下。
一、广泛征集展品。发动各村收集石臼、石磨、扁担、辘轳、风车等老农具312件，其中石臼就有27个，大的重达三百多斤。
⟦a 会员专享：解锁剩余全文及同类范文200篇⟧
二、精心布展。按“耕、种、收、藏、食”五个单元布展，每件展品配上捐赠人姓名和使用故事。
三、下一步打算。将陈列馆纳入中小学劳动教育基地，定期组织石臼舂米等体验活动。
崮阳镇人民政府
2024年12月26日
""",
    ),
    dict(
        slug="gkforum-kaoshang-material-mortar-essay-html",
        site="考上啦论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.kaoshangla.com/thread-5190-1-1.html",
        title="申论范文：老石臼里的乡愁与新路",
        record_title="申论范文：老石臼里的乡愁与新路 - 申论写作 - 考上啦论坛",
        date="2024-10-30",
        notes="exam forum HTML: moderator badge, points, reply-to-see box, 发表于 date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>申论范文：老石臼里的乡愁与新路 - 申论写作 - 考上啦论坛</title></head>
<body>
<div class="hd">⟦m 考上啦论坛 · 公务员 事业单位 选调生⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="nav">⟦m 首页 › 申论写作 › 范文赏析⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 版主 申论阿岩　发表于 2024-10-30 22:10　积分 6620⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的内容：评分细则，回复后可查看⟧</div>
<div class="po">⟦l 回复　收藏　评分⟧</div>
<div class="ft">⟦d 论坛所有帖子仅代表作者观点。⟧</div>
</body></html>
""",
        body="""
在许多村庄的墙角，还能看到一只布满青苔的石臼。它曾经舂过稻米、捣过糍粑，如今静静地躺着，成了乡愁的一个符号。
守住乡愁，不是把老物件锁进仓库。崧溪的糍粑作坊让石臼重新舂响，带动二十多户村民增收，这说明传统可以成为产业。
守住乡愁，更要守住规矩。一些人低价收购、倒卖旧石臼，甚至盗挖古村的石构件，这就需要有关部门加强监管。
让老石臼在新时代发出新声，需要的是尊重、创新和规范。
""",
    ),
    dict(
        slug="baike-zhishi-entry-stone-mortar",
        site="知识林百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.zhishilin.com/baike/shijiu.html",
        title="石臼",
        record_title="石臼（舂米用具）_知识林百科",
        date=None,
        notes="encyclopaedia text entry: infobox lines, 目录, edit links, references; title also the first word of the body",
        page="""
!m 知识林百科 — 人人可编辑的百科全书
!a 编辑　|　收藏　|　分享　|　纠错
{T}
!m 拼音：shí jiù　　类别：传统农具　　材质：花岗岩、青石
!l 目录：1 简介　2 用法　3 现状
{BODY}
!l 参考资料：[1] 闽中农具志 [2] 岵山县石作工艺调查
!m 本词条浏览次数：41,207　最后修订：半年前
!d 知识林百科内容仅供参考，如需专业建议请咨询相关人士。
""",
        body="""
石臼是用石头凿成的舂捣器具，中间凹陷，配合木杵或石杵使用，用于舂米、捣糍粑、捣药和加工辣椒等。
使用时，把谷物放入臼中，用杵反复舂捣，使谷壳脱落或使食物成泥。大型石臼配踏碓使用，用脚踩动杠杆带动杵头起落。
随着碾米机的普及，石臼在农村已很少用于舂米，但在糍粑、擂茶等传统食品制作中仍有使用，也常被用作庭院装饰。
""",
    ),
    dict(
        slug="pan-kuaipan-plan-mortar-food-festival-html",
        site="快盘分享 (invented cloud drive)",
        style="网盘分享",
        genre="活动方案",
        kind="plan",
        form="html",
        source="https://share.kuaipan-cloud.example.com/f/ciba2025",
        title="2025年崧溪镇“石臼打糍粑”民俗活动方案",
        record_title="2025年崧溪镇“石臼打糍粑”民俗活动方案.wps",
        date="2025-01-05",
        notes="cloud-drive preview with page markers as HTML paragraphs (⊶n⊷); file-name record title; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2025年崧溪镇“石臼打糍粑”民俗活动方案.wps - 快盘分享</title></head>
<body>
<div class="hd">⟦m 快盘分享⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="file">⟦m 2025年崧溪镇“石臼打糍粑”民俗活动方案.wps　56KB　分享于 2025-01-06⟧</div>
<div class="ops">⟦a 普通下载⟧ ⟦a 极速下载（需开通会员）⟧ ⟦a 保存到网盘⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 快盘分享严禁传播违法违规内容，举报邮箱 report@kuaipan-cloud.example.com⟧</div>
</body></html>
""",
        pages=dict(fmt="⊶{n}⊷", every=120, start=2),
        body="""
为丰富群众节日文化生活，展示传统民俗，镇里决定于春节期间举办“石臼打糍粑”民俗活动，特制定本方案。
一、活动时间：2025年2月1日（正月初四）上午9时。
二、活动地点：崧溪镇老街文化广场。
三、活动内容：各村组队用石臼、木槌现场打糍粑比赛；糍粑免费品尝；老手艺人展示石臼舂米。
四、安全保障：派出所负责现场秩序，卫生院设医疗点，比赛用木槌赛前逐一检查。
崧溪镇人民政府
2025年1月5日
""",
    ),
    dict(
        slug="snapshot-kuaisou-notice-mortar-theft-oneline",
        site="快搜网页快照 (invented search cache)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://snapshot.kuaisou.example.com/?url=www.hushan-wl.gov.cn/tzgg/1207.html",
        title="岵山县文物局关于严厉打击盗窃古村落石构件违法行为的通告",
        record_title="岵山县文物局关于严厉打击盗窃古村落石构件违法行为的通告",
        date="2023-12-07",
        notes="text-only cache: cache header lines; body all on one line; signature date",
        page="""
!d 快搜快照：本页为 www.hushan-wl.gov.cn/tzgg/1207.html 于 2024-08-19 的文本缓存，原网页可能已更新。
!d 仅显示文字版本　|　查看完整版本
!m 岵山县文物局 · 通知公告
{T}
{BODY}
!m 岵山县文物局 主办
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
近期，我县部分古村落发生石臼、石磨、拴马石、柱础等石构件被盗事件。为保护文物安全，现通告如下：
一、古村落内的石构件属于集体或个人财产，其中已登记为文物的受法律保护，任何单位和个人不得擅自收购、倒卖。
二、对盗窃、倒卖文物的，依法追究法律责任。
三、欢迎群众举报，举报电话：0595-8612300，经查实的给予奖励。
岵山县文物局
2023年12月7日
""",
    ),
    dict(
        slug="print-jiyang-minutes-mortar-heritage-html",
        site="岌阳县文化馆 打印页 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.jiyangwhg.cn/print.aspx?id=2291",
        title="县级非遗项目“石臼舂米技艺”保护工作座谈会纪要",
        record_title="县级非遗项目“石臼舂米技艺”保护工作座谈会纪要",
        date="2024-09-19",
        notes="print view calling window.print(); print header/footer; minutes' 时间/地点/主持 lines and 抄送 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印 - 岌阳县文化馆</title><script>window.onload=function(){window.print();}</script></head>
<body>
<div class="ph">⟦m 岌阳县文化馆 · 打印版本⟧ ⟦a [立即打印] [返回原文]⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 原文地址：https://www.jiyangwhg.cn/news.aspx?id=2291⟧</div>
<div class="pf2">⟦p ‹ 1 / 1 ›⟧</div>
</body></html>
""",
        body="""
时间：2024年9月19日上午
地点：县文化馆三楼会议室
主持：馆长 陶文清
参加：非遗股、崧溪镇文化站、项目传承人代表
会议听取了“石臼舂米技艺”传承情况汇报，议定如下事项：
一、为2名代表性传承人各配备学徒2名，传习补助按每人每年2000元发放。
二、在崧溪镇老街设传习点，每月开展一次公开展示。
三、年底前完成技艺的影像记录和文字整理。
抄送：县文化和旅游局
岌阳县文化馆
2024年9月19日
""",
    ),
    dict(
        slug="mail-reply-chain-mortar-exhibit-transport-html",
        site="岌阳政务邮箱 网页版 (invented)",
        style="邮件转发",
        genre="请示",
        kind="letter",
        form="html",
        source="https://mail.jiyang.gov.example.cn/read?mid=880213",
        title="关于申请农耕展品运输经费的请示",
        record_title="回复：关于申请农耕展品运输经费的请示",
        date="2024-10-08",
        notes="webmail reading view with attachment bar and reply chain; the request's own 附件 and 联系人 kept; quoted reply header chrome",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>回复：关于申请农耕展品运输经费的请示 - 政务邮箱</title></head>
<body>
<div class="mailbar">⟦a 返回　回复　转发　删除　标记为未读⟧</div>
<div class="hdrs"><p>⟦m 主题：回复：关于申请农耕展品运输经费的请示⟧</p><p>⟦m 发件人：县财政局行政政法股 &lt;xzzf@jiyang.gov.example.cn&gt;⟧</p><p>⟦m 时间：2024-10-10 15:32⟧</p></div>
<div class="reply"><p>⟦w 已收悉，请按附件格式补充预算明细后再报。⟧</p></div>
<div class="quote"><p>⟦m ------------------ 原始邮件 ------------------⟧</p><p>⟦m 发件人：县文化馆办公室⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="att">⟦a 附件（1）：运输费用预算.xls 22KB　预览　下载⟧</div>
</body></html>
""",
        body="""
县财政局：
为筹建崮阳镇农耕文化陈列馆，我馆需将征集的石臼、石磨等大件展品27件从各村运至展馆。这些展品单件重量多在一百公斤以上，须用吊车和货车运输。
经询价，运输及吊装费用共计2.36万元。我馆公用经费无法列支，特申请专项经费。
妥否，请批示。
附件：运输费用预算
联系人：殷晓岚　电话：0598-6632021
岌阳县文化馆
2024年10月8日
""",
    ),
]
