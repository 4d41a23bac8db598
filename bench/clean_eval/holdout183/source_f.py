"""holdout183, part F: safety pins and brooches (别针) — a garment-accessories association, a
pin maker, a sewing school, a writing app, an exam forum, an encyclopaedia, a cloud drive, a
search cache, a print view and a forwarded mail. All invented."""

CASES = [
    dict(
        slug="association-accessories-minutes-html-login",
        site="煜岭县服装辅料行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.ylfl.example.org.cn/xhdt/2025/0418/77.html",
        title="煜岭县服装辅料行业协会别针专业委员会成立会议纪要",
        record_title="【协会动态】煜岭县服装辅料行业协会别针专业委员会成立会议纪要",
        date="2025-04-18",
        notes="association HTML with a member-login box; minutes' 时间/地点/主持/参会/记录 lines and a vote count kept; 印发 line kept",
        page="""
<html><head><meta charset="utf-8"><title>【协会动态】煜岭县服装辅料行业协会别针专业委员会成立会议纪要</title></head><body>
<div class="top">⟦m 煜岭县服装辅料行业协会⟧ <form>⟦a 会员账号　密码　登录　忘记密码⟧</form></div>
<div class="nav">⟦m 首页 协会简介 协会动态 会员单位 行业数据 联系我们⟧</div>
<h2>⟦t 煜岭县服装辅料行业协会别针专业委员会成立会议纪要⟧</h2>
<div class="meta">⟦m 秘书处　2025-04-18　阅读：156⟧</div>
<div class="con">
{BODY}
</div>
<div class="side">⟦l 最新动态⟧<br>⟦l 协会组织会员赴义乌考察辅料市场⟧</div>
<div class="ft">⟦d Copyright 煜岭县服装辅料行业协会 All Rights Reserved⟧ ⟦m 会员服务电话：0578-8861230⟧</div>
</body></html>
""",
        body="""
时间：2025年4月18日上午9时
地点：县商会大厦五楼会议室
主持：协会秘书长 翁丽华
参会：别针、纽扣、拉链生产企业代表三十一人
记录：潘小雨
会议宣读了别针专业委员会组建方案，选举产生了第一届委员会。
表决结果：同意三十票，弃权一票。
会议明确，专委会今年重点做好镀层环保改造和出口订单信息共享两项工作。
印发：协会各会员单位
""",
    ),
    dict(
        slug="company-pin-maker-export-news-text",
        site="燚江金属制品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yijiangjs.example.com/news/2024-10-22.html",
        title="公司安全别针新生产线投产 日产能提升至八百万枚",
        record_title="公司安全别针新生产线投产 日产能提升至八百万枚_燚江金属",
        date="2024-10-22",
        notes="company news page: dotted date line; sales and online-service chrome; editor line glued after last paragraph",
        page="""
!m 燚江金属 YIJIANG METAL　专业别针制造商
!m 首页 / 新闻动态 / 公司新闻
{T}
!m 2024.10.22　|　浏览量 402
{BODY}
!w 询价请联系外贸部：WhatsApp +86 138 0578 1166
!l 返回列表
!m 燚江金属制品有限公司 © 版权所有　浙ICP备19037218号
""",
        body="""
10月20日，公司投资一千二百万元建设的全自动安全别针生产线正式投产。
新生产线集绕簧、冲头、装帽、镀层于一体，单线日产能达到三百万枚，公司总日产能提升至八百万枚。
同时，新线采用无氰镀层工艺，产品通过了欧盟相关环保检测。
公司负责人表示，新线投产后将重点满足欧洲和中东客户的订单需求。⟦m （文/市场部 沈怡）⟧
""",
    ),
    dict(
        slug="training-sewing-school-brooch-course-html",
        site="巧绣缝纫培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoxiupx.example.com/course/brooch.html",
        title="手工布艺胸针制作周末班招生简章",
        record_title="学员心声 | 手工布艺胸针制作周末班招生简章",
        date=None,
        notes="training school HTML with a floating consult box; school's own 报名电话 beside a 400 line; fee table; no date",
        page="""
<html><head><meta charset="utf-8"><title>学员心声 | 手工布艺胸针制作周末班招生简章</title></head><body>
<div class="hd">⟦m 巧绣缝纫培训学校　让手艺成为一技之长⟧</div>
<div class="nav">⟦m 首页 课程设置 师资力量 学员作品 报名咨询⟧</div>
<h1>⟦t 手工布艺胸针制作周末班招生简章⟧</h1>
<div class="con">
{BODY}
</div>
<div class="kefu">⟦w 在线咨询　预约试听⟧</div>
<div class="ft">⟦m 全国统一咨询热线：400-168-0578⟧ ⟦d ©巧绣缝纫培训学校⟧</div>
</body></html>
""",
        body="""
布艺胸针小巧好看，做好了既能自己戴，也能在集市和网店上售卖。
本期周末班由从事手工布艺十五年的程老师授课，零基础也能学会。
课程　课时　学费
基础班（别针固定、包布、刺绣）　16课时　880元
进阶班（立体花型、串珠）　24课时　1280元
每班限招十二人，材料费另计。
报名电话：0578-8823176（程老师）
""",
    ),
    dict(
        slug="writingapp-volunteer-badge-speech-html",
        site="妙笔范文 (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.miaobifw.example.com/share/essay/20250305",
        title="在学雷锋志愿服务月启动仪式上的讲话",
        record_title="在学雷锋志愿服务月启动仪式上的讲话（通用版）｜妙笔范文",
        date="2025-03-05",
        notes="writing-app H5 share in HTML: open-in-app banner, member unlock line inside the body, AI-rewrite button glued; date under the speech title",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在学雷锋志愿服务月启动仪式上的讲话（通用版）｜妙笔范文</title></head><body>
<div class="openapp">⟦a 打开妙笔范文APP 查看更多⟧</div>
<h1>⟦t 在学雷锋志愿服务月启动仪式上的讲话⟧</h1>
<p class="sub">（2025年3月5日）</p>
<div class="art">
{BODY}
</div>
<div class="bar">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦l 相似范文 12篇⟧</div>
<div class="tip">⟦d 范文仅供参考，请勿直接照搬使用⟧</div>
</body></html>
""",
        body="""
志愿者朋友们：
今天，我们在这里启动学雷锋志愿服务月活动。
刚才，团委的同志给大家别上了志愿者胸章，这枚小小的别针，别住的是一份责任。⟦a AI改写⟧
⟦a 开通VIP，解锁剩余段落⟧
这个月，我们将组织敬老助残、环境清洁、文明交通劝导等十二项志愿服务。
希望大家把雷锋精神落实到一件件小事中，让志愿服务成为我们的生活方式。
谢谢大家！
""",
    ),
    dict(
        slug="gkforum-shenlun-small-pin-essay-junk",
        site="申论人家园 (invented exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shenlunren.example.com/thread-29104-1-1.html",
        title="从一枚别针看县域特色产业的转型之路",
        record_title="[申论范文] 从一枚别针看县域特色产业的转型之路 - 申论批改 - 申论人家园",
        date=None,
        notes="exam forum essay with forum junk lines and glued junk; a hidden-content prompt; posted relative time",
        junk=dict(lines=2, glued=2),
        page="""
!m 申论人家园 › 申论批改 › 帖子
{T}
!m 楼主：熬夜刷题人　发表于 6 天前　|　只看楼主
{BODY}
!a 【回复可见】老师批改意见已隐藏，回复后查看
!l 支持 35 | 反对 0 | 收藏 | 分享
!m 本版规则：禁止发布广告，违者封号
""",
        body="""
小小别针，价值不过几分钱，却撑起了一个县的支柱产业。
过去，这个县靠低价走量，企业之间相互压价，利润薄如纸。
近年来，当地通过组建行业协会、推动镀层环保改造、培育自有品牌，让别针卖出了好价钱。
这启示我们，县域特色产业转型，关键在于从“做得多”转向“做得好”。
唯有坚持创新驱动、抱团发展，小产品才能做成大产业。
""",
    ),
    dict(
        slug="wiki-safety-pin-entry-html-infobox",
        site="知识树百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.zhishishu.example.com/wiki/安全别针",
        title="安全别针",
        record_title=None,
        date=None,
        notes="encyclopaedia HTML with infobox, contents and history tabs; title missing from the record; an example year only",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>安全别针 - 知识树百科</title></head><body>
<div class="top">⟦m 知识树百科⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<div class="tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1>⟦t 安全别针⟧</h1>
<table class="infobox"><tr><td>⟦m 中文名：安全别针⟧</td></tr><tr><td>⟦m 外文名：safety pin⟧</td></tr><tr><td>⟦m 材质：钢丝、黄铜⟧</td></tr></table>
<div class="toc">⟦l 目录：1 历史 2 结构 3 用途⟧</div>
<div class="entry">
{BODY}
</div>
<div class="stat">⟦m 浏览 9820 次 · 编辑 6 次 · 最近更新 3 天前⟧</div>
<div class="ft">⟦d 词条内容由网友协作编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
安全别针是一种带有护帽的弯曲别针，针尖收入护帽后不易扎伤人，故称安全别针。
现代安全别针的样式出现于十九世纪中叶，最初是为了替代容易脱落的直别针。
安全别针一般由一根钢丝绕成，一端绕成弹簧圈，另一端磨尖，护帽由薄金属片冲压而成。
它常用于临时固定衣物、尿布和号码布，也被用作手工饰品的配件。
""",
    ),
    dict(
        slug="netdisk-pin-plating-survey-wrapped-markers",
        site="盘多多分享 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.panduoduo.example.com/f/9Kx2mPq",
        title="燚江镇别针企业镀层工序环保现状调查",
        record_title="燚江镇别针企业镀层工序环保现状调查.pdf",
        date="2024-08-30",
        notes="cloud-drive PDF text preview hard-wrapped at 60 columns and cut by 屏 n markers mixed glue; file-name record title",
        wrap=60,
        pages=dict(fmt="屏 {n}", every=150, start=2, glue="mix"),
        page="""
!m 盘多多分享 — 文件预览
!m 燚江镇别针企业镀层工序环保现状调查.pdf　1.2MB　分享于 2024-09-06
!a 保存到我的网盘　普通下载　极速下载（会员）
{T}
{BODY}
!d 文件由用户分享，与本站无关，如有侵权请联系删除。
!a 预览仅显示前3页
""",
        body="""
按照县生态环境分局的安排，调查组于八月中旬对全镇三十四家别针生产企业的镀层工序进行了逐家排查。
调查发现，仍有九家企业使用小型手工镀槽，废水收集不规范，车间地面存在明显的渗漏痕迹。
另有十二家企业已委托园区集中电镀中心加工，镀层工序不再在厂内进行。
建议对尚未整改的九家企业下达限期整改通知，年底前全部实现集中电镀或关停镀槽。
燚江镇环保站调查组
2024年8月30日
""",
        title_in="file-name",
    ),
    dict(
        slug="snapshot-run-bib-pin-notice-html",
        site="搜一下快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://kuaizhao.souyixia.example.com/cache?id=7712093&url=www.jiongshui-run.example.com%2Fnews%2F36.html",
        title="关于领取2025炅水半程马拉松参赛物品的通知",
        record_title="关于领取2025炅水半程马拉松参赛物品的通知 - 快照",
        date="2025-10-15",
        notes="search-cache frame in HTML with a snapshot banner; a 快照时间 stamp is no date; a 下载/打印 sentence in the body kept; document's own 电话",
        page="""
<html><head><meta charset="utf-8"><title>关于领取2025炅水半程马拉松参赛物品的通知 - 快照</title></head><body>
<div class="cache-head">⟦m 您查看的是 www.jiongshui-run.example.com/news/36.html 的快照，抓取于 2025-10-21 03:18⟧<br>⟦d 本快照仅为方便访问，页面内容以原网站为准⟧ ⟦a 访问原网页⟧</div>
<div class="orig">
<div class="logo">⟦m 炅水半程马拉松官方网站⟧</div>
<div class="nav">⟦m 首页 赛事新闻 参赛指南 成绩查询⟧</div>
<h2>⟦t 关于领取2025炅水半程马拉松参赛物品的通知⟧</h2>
{BODY}
<div class="ft">⟦m 赛事组委会 版权所有⟧</div>
</div>
</body></html>
""",
        body="""
各位跑友：
2025炅水半程马拉松参赛物品将于10月24日至25日在市体育中心东广场发放。
参赛物品包括号码布、计时芯片、别针四枚和参赛服。
请跑友登录赛事官网下载领物确认单，打印后持本人身份证领取；委托他人代领的，须同时提供委托书。
号码布须用别针固定在胸前，不得折叠、遮挡。
咨询电话：0578-8702025
2025炅水半程马拉松组委会
2025年10月15日
""",
    ),
    dict(
        slug="print-factory-needle-control-rule-footer",
        site="煜岭童装厂 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="http://oa.ylcloth.example.com/print/rule/115",
        title="童装生产断针及别针管控制度",
        record_title="〔打印稿〕童装生产断针及别针管控制度",
        date=None,
        notes="print view text: print header and footer ⧏ 1 / 1 ⧐; print time stamp is no date; 第N条 articles; a 扫码 article kept",
        page="""
!a 〖打印〗〖关闭窗口〗
{T}
!m 打印人：品管部 覃琳　打印时间：2025-05-12 14:03
{BODY}
!m 来源：煜岭童装厂企业管理平台 http://oa.ylcloth.example.com/rule/115
!p ⧏ 1 / 1 ⧐
""",
        body="""
第一条　为防止断针、别针等金属异物混入童装，保障儿童穿着安全，制定本制度。
第二条　车间禁止使用别针固定裁片和吊牌，确需使用的须经品管部批准并登记数量。
第三条　断针必须找齐全部残段，粘贴在断针记录本上，由班组长签字确认。
第四条　成品装箱前全部过验针机，员工须扫码记录验针批次。
第五条　违反本制度造成金属异物流出的，按公司奖惩办法处理。
""",
    ),
    dict(
        slug="mail-reply-chain-brooch-gift-request",
        site="炅水市妇联邮件系统 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://mail.jsfl.example.gov.cn/sent/2025-03-01/0007",
        title="关于制作“巾帼建功”纪念胸针的请示",
        record_title="回复：Re: 关于制作“巾帼建功”纪念胸针的请示",
        date="2025-02-26",
        date_also=["2025-03-01"],
        notes="mail reply chain: quoted reply lines, the mail's attachment header beside the document's own 附件; the mail date differs",
        page="""
!m 发件人：宣传部 邓晓
!m 发送时间：2025-03-01 10:44
!m 主题：回复：Re: 关于制作“巾帼建功”纪念胸针的请示
!w 请示已按主席意见修改，数量改为三百枚，请审核。
!m > 原邮件 ------------------
!m > 发件人：办公室；时间：2025-02-27
!m 附件（1）：请示修改稿.docx
{BODY}
!d 本邮件由炅水市妇联邮件系统发送，请勿直接回复系统通知。
""",
        body="""
市妇联：
为表彰全市“巾帼建功”先进个人，拟制作纪念胸针三百枚，在三八节表彰大会上颁发。
胸针采用铜质镀金，背面为安全别针扣，单价二十八元，总计八千四百元。
当否，请批示。
附件：纪念胸针设计样稿
炅水市妇联宣传部
2025年2月26日
""",
    ),
]
