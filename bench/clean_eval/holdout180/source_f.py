"""holdout180, part F: measuring cups and spoons (量杯、量勺) — invented sites, counties (舲溪, 舻城, 艟浦, 舷田 …), people and chrome wording."""

CASES = [
    dict(
        slug="association-hongbei-minutes-measuring-cup",
        site="舻城市焙烤食品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.lcbkxh.example.org.cn/xhdt/2025/0709/88.html",
        title="协会计量器具规范使用专题座谈会纪要",
        record_title="【协会动态】协会计量器具规范使用专题座谈会纪要",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="association text page: member-login row; minutes' 时间/地点/主持/参会/记录 lines; page date differs from the meeting date (date_also); member hotline",
        page="""
!m 舻城市焙烤食品行业协会
!a 会员登录　|　入会指南　|　证书查询
!m 首页 » 协会动态
!t 【协会动态】协会计量器具规范使用专题座谈会纪要
!m 发布：秘书处　2025-07-09
{BODY}
!m 会员服务电话：0576-86006611　地址：舻城市丰收路27号
!d 协会网站内容未经许可不得转载
""",
        body="""
时间：2025年7月8日上午9:00
地点：协会三楼会议室
主持：协会副会长　蒋文华
参会：会员企业代表十四人，市计量测试所工程师一人
记录：协会秘书处　冉晓
会议围绕烘焙门店量杯、量勺、电子秤等计量器具的规范使用进行了座谈。
市计量测试所工程师介绍，抽检发现部分门店使用的塑料量杯刻度磨损、误差超过百分之五，影响产品配方稳定。
会议议定：一、会员企业每半年自查一次计量器具，刻度不清的及时更换；二、协会联系计量测试所为会员提供上门校准服务；三、九月份举办一期计量知识培训班。
""",
    ),
    dict(
        slug="company-kelu-recall-measuring-spoon-html",
        site="科路厨具有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.kelu-kitchen.example.com/news/recall-2025-08.html",
        title="关于召回部分批次不锈钢量勺套装的公告",
        record_title="公司公告丨关于召回部分批次不锈钢量勺套装的公告",
        date="2025-08-15",
        notes="HTML company site: online-service float, a sales 400 line beside the recall line in the body; recalled-batch table; dotted date",
        page="""
<html><head><meta charset="utf-8"><title>公司公告丨关于召回部分批次不锈钢量勺套装的公告</title></head>
<body>
<div class="hd">⟦m 科路厨具 KELU KITCHENWARE⟧ <nav>⟦m 首页 产品中心 新闻中心 服务支持 关于科路⟧</nav></div>
<div class="bn">⟦m 新闻中心 / 公司公告⟧</div>
<h1>⟦t 关于召回部分批次不锈钢量勺套装的公告⟧</h1>
<p class="date">⟦m 2025.08.15　｜　阅读 2,048⟧</p>
<div class="article">
{BODY}
</div>
<div class="kf">⟦a 在线客服 9:00-21:00⟧ ⟦m 全国销售热线 400-900-3388⟧</div>
<div class="ft">⟦d © 2025 艟浦科路厨具有限公司 版权所有⟧ ⟦m 浙ICP备20031177号⟧</div>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，部分批次不锈钢量勺套装的刻度标注有误，1/2茶匙量勺实际容量偏大，可能影响用户烹饪配比。为保障用户权益，我公司决定召回以下批次产品：
产品型号　生产批号　生产日期
KL-MS05　20250312A　2025年3月12日
KL-MS05　20250326B　2025年3月26日
请持有上述批次产品的用户联系我公司免费更换，或凭购买凭证办理全额退款。
召回专线：0574-88012233（工作日9:00-17:00）
给您带来的不便，我们深表歉意。
艟浦科路厨具有限公司
2025年8月15日
""",
    ),
    dict(
        slug="training-tianbei-plan-baking-wrapped-markers",
        site="甜焙烘焙学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.tianbei-school.example.com/jiaowu/2025-autumn.html",
        title="甜焙烘焙学校2025年秋季学员计量实操考核方案",
        record_title="学员心声 | 甜焙烘焙学校2025年秋季学员计量实操考核方案",
        date="2025-09-02",
        notes="training school text page hard-wrapped at 62 columns and cut by page markers ⁅n⁆ glued or not between wrapped lines; consult float; 成文日期",
        wrap=62,
        pages=dict(fmt="⁅{n}⁆", every=150, start=2, glue="mix"),
        page="""
!m 甜焙烘焙学校 · 教务处
!t 甜焙烘焙学校2025年秋季学员计量实操考核方案
!m 发布于 2025-09-03　浏览 311
{BODY}
!w 想学烘焙？添加招生老师微信 tianbei_zs2025，领取试听名额
!l 热门课程：西点全能班 ｜ 裱花进阶班 ｜ 面包研修班
""",
        date_also=["2025-09-03"],
        body="""
一、考核目的
烘焙配方讲究精确，为检验学员使用量杯、量勺和电子秤的规范程度，教务处决定在秋季班结业前组织一次计量实操考核。
二、考核内容
学员在规定时间内按配方准确称量面粉、糖、黄油、牛奶等八种原料，误差不超过百分之二为合格，并口述量杯读数时视线与液面平齐等操作要点。
三、考核安排
九月二十六日在二号实操教室进行，每组六人，每人限时十五分钟，由两名主讲教师现场评分。
甜焙烘焙学校教务处
2025年9月2日
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-speech-nutrition-html",
        site="写作宝App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.xiezuobao.example.com/share/doc?id=551207",
        title="在全县学校食堂“控盐控油”推进会上的讲话",
        record_title="在全县学校食堂“控盐控油”推进会上的讲话（通用版）｜写作宝",
        date="2025-04-22",
        notes="HTML writing-app H5 share: open-app prompts, AI-rewrite button glued after a sentence; date under the speech title; speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在全县学校食堂“控盐控油”推进会上的讲话（通用版）｜写作宝</title></head>
<body>
<div class="app-bar">⟦a 写作宝 · 打开App，体验AI一键成文⟧</div>
<h1>⟦t 在全县学校食堂“控盐控油”推进会上的讲话⟧</h1>
<p class="speaker">县教育局副局长　费宇</p>
<p class="date">（2025年4月22日）</p>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 登录后可免费复制全文⟧</div>
<div class="rel">⟦l 相关范文：学校食堂管理工作会议讲话 · 营养改善计划推进会讲话⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全县学校食堂“控盐控油”推进会，就是要把减盐减油真正落到每一口锅里。
过去我们的食堂做菜靠经验，盐和油“凭手感”，一抽查，有的学校午餐人均用盐超过了标准的一倍。⟦a ✨ AI帮你改写这段⟧
从本学期起，全县所有学校食堂统一配备量勺和定量油壶，按照每人每餐用盐不超过两克、用油不超过十克的标准执行，并在操作间张贴用量表。
各校校长是第一责任人，县局将每月组织一次抽查，结果在全县通报。
""",
    ),
    dict(
        slug="gkforum-shenlun-measure-essay-html",
        site="申论之家 (invented)",
        style="公考论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.shenlunzj.example.com/thread-66021-1-1.html",
        title="申论范文：用好基层治理的“量杯”",
        record_title="[申论范文] 申论范文：用好基层治理的“量杯” - 申论交流 - 申论之家",
        date=None,
        notes="HTML exam forum: hidden-answer prompt, jammer-font junk, floor meta with relative time, sign line; no date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 申论范文：用好基层治理的“量杯” - 申论交流 - 申论之家</title></head>
<body>
<div class="hd">⟦m 申论之家 — 备考路上不孤单⟧</div>
<div class="crumb">⟦m 申论之家 › 申论交流 › 范文赏析⟧</div>
<h1>⟦t 申论范文：用好基层治理的“量杯”⟧</h1>
<div class="auth">⟦m 楼主　岸边的风　发表于 6 小时前　只看楼主⟧</div>
<div class="post">
{BODY}
</div>
<div class="hide">⟦a 本帖有隐藏内容，回复可见批改意见⟧</div>
<div class="pob">⟦l 收藏　点赞 35　回复⟧</div>
</body></html>
""",
        body="""
厨房里的量杯，让每一道菜的味道稳定可控；基层治理也需要这样一只“量杯”，把政策执行的分寸拿捏准确。
用好“量杯”，首先要有刻度。各项政策要有清晰的标准，不能“大概”“差不多”，让群众看得懂、基层干部做得准。
用好“量杯”，还要常校准。政策执行一段时间后，要根据群众反馈及时调整，避免刻度磨损、量不准。
用好“量杯”，更要看视线。读量杯要平视液面，干部看问题也要放低身段，站在群众的角度想问题。
""",
    ),
    dict(
        slug="wiki-wenku-qa-measuring-cup-units",
        site="问知百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenzhi.example.com/wenda/772019.html",
        title="烘焙配方里的1杯是多少毫升？",
        record_title=None,
        date=None,
        notes="no record title: the question on the page; 回答于 relative time; a conversion table kept; no date",
        page="""
!m 问知百科 › 生活 › 烹饪
{T}
!m 1个回答 · 2.1万人看过
!m 烘焙爱好者小满 · 回答于 3 天前
{BODY}
!l 👍 有帮助 662　　💬 评论 18　　⭐ 收藏
!l 大家还在搜：1汤匙等于多少克 / 黄油1杯是多少克
""",
        body="""
不同地区的“杯”标准不一样，看配方的出处很重要。
单位　容量
美制1杯　约240毫升
公制1杯　250毫升
日制1杯　200毫升
国内的烘焙书大多沿用美制或公制，如果配方来自日本，一般按200毫升计算。
另外，量粉类时要用勺子把粉舀进量杯再刮平，不要用量杯直接去舀，否则会压实、偏多。
""",
    ),
    dict(
        slug="netdisk-kuaipan-rule-lab-measuring-html",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://kuaipan.example.com/s/8Zq3mNw1",
        title="中学化学实验室玻璃量器使用和管理制度",
        record_title="中学化学实验室玻璃量器使用和管理制度.wps",
        date=None,
        notes="HTML cloud drive: file-name record title; share stamp and expiry (no date); save/download buttons; a login prompt; 第N条 articles",
        page="""
<html><head><meta charset="utf-8"><title>中学化学实验室玻璃量器使用和管理制度.wps - 快盘分享</title></head>
<body>
<div class="hd">⟦m 快盘分享⟧ ⟦a 登录　注册⟧</div>
<div class="file">⟦m 中学化学实验室玻璃量器使用和管理制度.wps　31.6 KB⟧</div>
<div class="share">⟦m 分享人：舷田二中实验室　2025-03-04 11:20 分享　剩余有效期 6 天⟧</div>
<div class="ops">⟦a 保存到快盘⟧ ⟦a 普通下载⟧ ⟦a 超速下载（会员）⟧</div>
<h3>⟦t 中学化学实验室玻璃量器使用和管理制度⟧</h3>
<div class="preview">
{BODY}
</div>
<div class="end">⟦a 登录快盘查看完整文档⟧</div>
<div class="ft">⟦d 请勿通过快盘分享侵权或违法文件，违者依法追责⟧</div>
</body></html>
""",
        body="""
第一条　本制度所称玻璃量器，是指实验室使用的量筒、量杯、容量瓶、移液管、滴定管等。
第二条　量器使用前应检查有无破损、刻度是否清晰，发现破损的不得使用。
第三条　读数时量器应放在水平桌面上，视线与凹液面最低处保持水平。
第四条　量器不得加热，不得用于配制或储存强腐蚀性溶液。
第五条　实验结束后，学生应将量器清洗干净、倒置晾干，由课代表清点后交实验员。
第六条　量器破损的，应如实登记，实验员每学期汇总后报学校总务处。
""",
    ),
    dict(
        slug="snapshot-text-notice-measuring-canteen",
        site="搜达快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://snap.souda.example.com/cache?q=lingxi-canteen-salt",
        title="关于在全镇中小学食堂推广使用定量盐勺的通知",
        record_title="关于在全镇中小学食堂推广使用定量盐勺的通知 - 快照",
        date="2025-05-16",
        notes="text-only cache: the snapshot banner with a crawl stamp (no date) and a 查看原网页 link; the original page's nav; 成文日期",
        page="""
!d 您查看的是搜达快照，本快照保存于 2025-05-30 02:17:44，搜达与网页内容无关。
!a 查看原网页　|　只看文字
!m 舲溪镇人民政府 › 通知公告
!t 关于在全镇中小学食堂推广使用定量盐勺的通知
{BODY}
!m 舲溪镇人民政府办公室　地址：舲溪镇府前路1号
""",
        body="""
各中小学、幼儿园：
为落实全民健康生活方式行动，减少学生食盐摄入，镇政府决定在全镇中小学和幼儿园食堂推广使用定量盐勺。
镇卫生院将为每所学校食堂免费配发两克、五克定量盐勺各十把，并派员指导使用。
各校食堂要按照每人每餐用盐量登记，每周公示一次，接受家长和学生监督。
舲溪镇人民政府
2025年5月16日
""",
    ),
    dict(
        slug="print-fangchuan-sop-pharmacy-measure-html",
        site="舫川县人民医院药剂科 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.fcrmyy.example.com/yjk/print.aspx?id=334",
        title="门诊药房口服液体药品分装量具管理规程",
        record_title="〔打印稿〕门诊药房口服液体药品分装量具管理规程",
        date=None,
        notes="HTML print view calling window.print(); print time and URL lines; a print footer; numbered steps; no date",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕门诊药房口服液体药品分装量具管理规程</title>
<script>window.onload=function(){window.print();};</script></head>
<body>
<div class="ph">⟦m 舫川县人民医院 · 药剂科⟧</div>
<div class="ph">⟦m 打印时间：2025-04-02 14:36　打印人：yjk_admin⟧</div>
<div class="ph">⟦m https://www.fcrmyy.example.com/yjk/show.aspx?id=334⟧</div>
<h2>⟦t 门诊药房口服液体药品分装量具管理规程⟧</h2>
<div class="txt">
{BODY}
</div>
<div class="pf">⟦p ⌈ 第 1 页 ∕ 共 1 页 ⌋⟧</div>
<div class="pb">⟦a 打印本页　关闭⟧</div>
</body></html>
""",
        body="""
1. 口服液体药品分装须使用专用量杯、量勺或口服注射器，不得用普通餐具替代。
2. 量具按儿童用、成人用分类存放，贴好标识，不得混用。
3. 每次分装后，量具应用纯化水冲洗，晾干后放入专用柜。
4. 量具刻度模糊、破损的，应立即停用并登记更换。
5. 向患者发药时，须同时发放与药品配套的量具，并告知正确用量。
""",
    ),
    dict(
        slug="mail-reply-chain-measuring-request",
        site="舷田县卫生健康局邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:reply-3012@xtwjj.example.gov.cn",
        title="关于为乡镇卫生院配备儿童用药量具的请示",
        record_title="回复：Re: 关于为乡镇卫生院配备儿童用药量具的请示.docx",
        date="2025-02-20",
        date_also=["2025-02-24"],
        notes="a mail reply chain: 发件人/时间 headers, a quoted-reply line, the mail's attachment header; the request's own contact and 成文日期; file-name-like subject",
        page="""
!m 发件人：县卫健局医政股 <yzg@xtwjj.example.gov.cn>
!m 发送时间：2025年2月24日(星期一) 下午3:05
!m 收件人：局办公室 <bgs@xtwjj.example.gov.cn>
!t 主题：回复：Re: 关于为乡镇卫生院配备儿童用药量具的请示.docx
!m 附件：关于为乡镇卫生院配备儿童用药量具的请示.docx（24K）
已阅，同意报局长审定。
!m ------------------ 原始邮件 ------------------
{BODY}
!d 本邮件及其附件含有机密信息，仅限于发送给上述地址的个人或机构使用。
""",
        body="""
县卫生健康局：
我县乡镇卫生院儿科用药中，口服液体制剂占比较高，但目前多数卫生院未配备专用量杯、量勺，药师多凭经验分装，存在剂量误差隐患。
为保障儿童用药安全，建议为全县十四家乡镇卫生院统一配备儿童用药量具，每院配备口服注射器五百支、带刻度量杯和量勺各二百个，所需经费约三万二千元，从基本公共卫生服务经费中列支。
妥否，请批示。
联系人：褚欣　电话：0579-66018832
县卫健局医政股
2025年2月20日
""",
    ),
]
