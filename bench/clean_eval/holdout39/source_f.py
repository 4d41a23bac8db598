"""holdout39, part F: a magic contest notice on a hobby forum, a balloon pilot's safety pledge
on a sharing site, an oilfield's letter to families, militia flood duty on a news portal, an
organ-donation month notice, an ice-sports host script, a KTV association's report on a
文库, a conscription notice, an oilfield survey on a preview, a Q&A with a sample request, a
coffee co-op's reply chain and a hot-spring water rule in print. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="forum-moshujia-contest-notice-floors-html",
        site="魔术家园论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.moshujia.example.com/forum/t/40215",
        title="关于举办第三届萸山魔术大赛的通知",
        record_title="【转】关于举办第三届萸山魔术大赛的通知 - 赛事活动 - 魔术家园论坛",
        date="2025-07-02",
        date_also=["2025-07-04"],
        notes="a hobby forum thread (modern template): OP card with level and post count, 发表于 another date (also accepted), floors of replies, a 'reply to download the entry form' line; the notice's own 报名邮箱 and 联系电话; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【转】关于举办第三届萸山魔术大赛的通知 - 赛事活动 - 魔术家园论坛</title></head>
<body>
<nav class="bar">⟦m 魔术家园论坛⟧ ⟦m 首页 · 近景魔术 · 舞台魔术 · 赛事活动 · 道具交易⟧ ⟦a 发帖⟧</nav>
<div class="crumbs">⟦m 论坛 / 赛事活动 / 帖子详情⟧</div>
<div class="op"><div class="user">⟦m 扑克手老周　Lv.7 魔术达人　帖子 1266⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发表于 2025-07-04 19:22 · 浏览 3518 · 回复 44⟧</div>
<div class="content">
{BODY}
</div>
<div class="hide">⟦a 回复本帖即可下载报名表（附件 32KB）⟧</div></div>
<div class="floor">⟦l #2 小白学硬币：第一次参赛，求带！⟧</div>
<div class="floor">⟦l #3 近景阿强：去年拿了铜奖，今年冲金⟧</div>
<div class="foot">⟦d 论坛内容由会员发布，转载请注明出处⟧ ⟦m 浙ICP备20071155号⟧</div>
</body></html>
""",
        body="""
各会员、各魔术爱好者：
为展示魔术艺术魅力，发现和培养魔术人才，萸山魔术协会定于2025年8月16日在萸山县文化中心举办第三届萸山魔术大赛。现将有关事项通知如下：
一、比赛分为近景魔术和舞台魔术两个组别，设金、银、铜奖和优秀奖。
二、参赛者请于7月31日前将报名表和表演视频发送至报名邮箱 ysms_ds@yushanms.example.org。
三、参赛节目时长不超过8分钟，不得使用明火和危险道具。
联系电话：0735-7136062（协会秘书处）
萸山魔术协会
2025年7月2日
""",
    ),
    dict(
        slug="docshare-jianfen-balloon-pilot-pledge-html",
        site="简分享文档 (invented)",
        style="文档分享",
        genre="承诺书",
        kind="pledge",
        form="html",
        source="https://www.jianfenxiang.example.com/d/5e1a77b3.html",
        title="热气球驾驶员飞行安全承诺书",
        record_title="热气球驾驶员飞行安全承诺书",
        date=None,
        notes="a document-sharing reader: uploader and rating rows, a 'report' link, 'upload to earn' button, a preview-end line and a download box; the pledge's template placeholders (____年__月__日, 签名：____) are no date",
        page="""
<html><head><meta charset="utf-8"><title>热气球驾驶员飞行安全承诺书 - 简分享文档</title></head>
<body>
<div class="hd">⟦m 简分享文档⟧ ⟦a 上传文档赚现金⟧ ⟦a 登录⟧</div>
<div class="doc-head"><h1>{T}</h1>
<div>⟦m 上传人：飞行者Z　　评分：4.6　　1页　　下载 212 次⟧</div>
<div>⟦a 举报该文档⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 本文档共1页，已全部展示　下载文档（免积分）⟧</div>
<div class="rel">⟦l 你可能喜欢：滑翔伞飞行安全协议　景区游乐设施安全承诺书⟧</div>
<div class="ft">⟦d 用户上传内容仅代表个人观点，如有侵权请联系 report@jianfenxiang.example.com⟧</div>
</body></html>
""",
        body="""
本人作为热气球驾驶员，参加本次热气球文化节飞行活动，郑重承诺如下：
一、严格遵守飞行规则和空域管理规定，服从现场飞行指挥。
二、每次飞行前认真检查球囊、吊篮、燃烧器和燃料瓶，不驾驶存在故障的热气球。
三、严格控制载客人数，不在风速、能见度等气象条件不符合要求时飞行。
四、飞行中如遇突发情况，立即按应急程序处置并报告指挥部。
承诺人签名：________
____年__月__日
""",
    ),
    dict(
        slug="wechat-caiyou-family-letter-mirror",
        site="珂州油田 公众号镜像 (invented)",
        style="公众号镜像",
        genre="公开信",
        kind="letter",
        form="text",
        source="https://wx.mpreader.example.cn/kzyt/2026/0120",
        title="致油田职工家属的一封信",
        record_title="家书丨致油田职工家属的一封信",
        date="2026-01-18",
        notes="a WeChat mirror: decorated record title with a column prefix, author line with an account date, 'original' mark, 'read the original' and 'watching' buttons, a comment section (精选留言); signature date differs from the account date (also accepted)",
        date_also=["2026-01-20"],
        page="""
!t 家书丨致油田职工家属的一封信
!m 原创　珂州油田工会　珂州油田　2026年01月20日 07:30
!a 听全文
{BODY}
!a 阅读原文　　分享　　收藏　　点赞 1,034　　在看 211
!l 精选留言：我家老李在井上过年，我们全家支持他！　赞 88
!l 写留言
""",
        body="""
亲爱的职工家属们：
新春佳节即将来临，油田党委、工会向你们致以节日的问候和衷心的感谢！
一年来，油田广大职工坚守在井场、站库，克服严寒酷暑，全年生产原油412万吨。这些成绩的背后，离不开家属们的理解和支持。
春节期间，仍有三千多名职工坚守生产一线。请大家多给他们打个电话，提醒他们注意休息、安全作业。
油田工会将组织慰问小组走访一线职工家庭，帮助解决实际困难。
祝大家新春快乐，阖家幸福！
珂州油田工会
2026年1月18日
""",
    ),
    dict(
        slug="news-yushan-militia-flood-duty-html",
        site="萸山新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yushannews.example.cn/xw/bxyw/202507/t20250711_118302.shtml",
        title="萸山民兵应急分队连续奋战48小时 转移受困群众300余人",
        record_title="萸山民兵应急分队连续奋战48小时 转移受困群众300余人_萸山新闻网",
        date="2025-07-11",
        notes="a county news portal: top 'digital paper / app download' bar, a video placeholder line, an editor line glued after the last sentence, a 'related reports' box between paragraphs, a comment box; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>萸山民兵应急分队连续奋战48小时 转移受困群众300余人_萸山新闻网</title></head>
<body>
<div class="topbar">⟦a 数字报　客户端下载　无障碍阅读⟧</div>
<div class="logo">⟦m 萸山新闻网⟧ ⟦m 萸山县融媒体中心主办⟧</div>
<div class="nav">⟦m 本县要闻　乡镇动态　图片新闻　视频萸山　专题⟧</div>
<div class="main"><h1>{T}</h1>
<div class="info">⟦m 2025-07-11 08:45:12　来源：萸山县融媒体中心⟧</div>
<div class="video">⟦a 点击播放视频 ▶ 02:36⟧</div>
{BODY}
<div class="cmt">⟦l 网友评论（0）　请文明发言⟧</div></div>
<div class="ft">⟦d 萸山新闻网所有原创内容，未经授权不得转载⟧ ⟦m 互联网新闻信息服务许可证：43120210012⟧</div>
</body></html>
""",
        body="""
7月8日以来，我县普降暴雨，部分乡镇出现内涝险情。县人武部紧急调集民兵应急分队120余人，连续奋战48小时，转移受困群众300余人。
在青岗乡，洪水漫进河边的敬老院，民兵们蹚着齐腰深的水，把28名老人一个个背上冲锋舟。
⟦l 相关报道：县防指启动防汛Ⅲ级应急响应⟧
目前，民兵应急分队仍在各乡镇协助开展排涝和清淤工作。⟦m （编辑：邱宁　审核：洪波）⟧
""",
    ),
    dict(
        slug="gov-yushan-organ-donation-month-html",
        site="萸山县卫生健康局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://wjj.yushan.example.gov.cn/zwgk/tzgg/202503/t20250318_55120.html",
        title="关于开展2025年人体器官捐献宣传月活动的通知",
        record_title="关于开展2025年人体器官捐献宣传月活动的通知",
        date="2025-03-18",
        notes="a government portal (modern): accessibility and elderly-mode toolbar, an index table, share row, 'related' box, footer with 网站标识码 and 政府网站找错; the notice's contact and attachments kept; sentences about 扫码登记 捐献意愿 as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年人体器官捐献宣传月活动的通知</title></head>
<body>
<div class="tool">⟦a 无障碍浏览⟧ ⟦a 关怀版⟧ ⟦a 繁體⟧</div>
<div class="hd">⟦m 萸山县卫生健康局⟧</div>
<div class="pos">⟦m 首页 > 政务公开 > 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 发布机构：萸山县卫生健康局⟧</td><td>⟦m 发文日期：2025年03月18日⟧</td></tr></table>
<h1>{T}</h1>
{BODY}
<div class="share">⟦l 分享：微信　微博　复制链接⟧</div>
<div class="rel">⟦l 相关阅读：我县新增3名遗体器官捐献志愿登记者⟧</div>
<div class="ft">⟦m 网站标识码：4312270023⟧ ⟦a 政府网站找错⟧ ⟦m 湘公网安备43122702000118号⟧</div>
</body></html>
""",
        body="""
各乡镇卫生院，县直各医疗卫生单位：
为普及人体器官捐献知识，弘扬“生命接力”的人道主义精神，我局决定于4月开展人体器官捐献宣传月活动。现将有关事项通知如下：
一、活动内容。各单位要在门诊大厅、候诊区设置宣传展板，组织医务人员进社区开展宣讲。
二、引导登记。宣传中可引导群众扫码登记捐献意愿，登记完全自愿，可随时变更或撤销。
三、总结报送。请各单位于5月10日前将活动总结报县卫生健康局医政股。
附件：人体器官捐献宣传月活动情况统计表
联系人：韩萍　电话：0735-7122630
萸山县卫生健康局
2025年3月18日
""",
    ),
    dict(
        slug="fanwen-wenhai-ice-awards-host-script",
        site="文海范文 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.wenhaifw.example.com/zhuchici/58812.html",
        title="冰雪运动中心年度总结表彰大会主持词",
        record_title="冰雪运动中心年度总结表彰大会主持词（通用5篇）",
        date=None,
        notes="a 范文 page: decorated record title (通用5篇), page title as 'topic + 篇一', a copy/download row, a writing-service box between paragraphs, the next-篇 link; a host script with placeholders ×× and no date",
        page="""
!m 文海范文 > 主持词 > 会议主持词
!t 冰雪运动中心年度总结表彰大会主持词（通用5篇）
!m 更新时间：昨天 16:20　作者：文海编辑部
!a 【复制本篇】　【下载全部5篇】
!l 篇一：冰雪运动中心年度总结表彰大会主持词
{BODY}
!l 篇二：体育系统年度表彰大会主持词 >>
!d 文海范文所有文章仅供参考，禁止商业转载。
""",
        indent="　　",
        body="""
各位领导、同志们：
大家上午好！冰雪运动中心年度总结表彰大会现在开始。
出席今天大会的领导有：××局长、××副局长，以及中心全体干部职工和运动员代表。
⟦w 需要原创主持词？专业写手量身定制，联系微信 whfw-088⟧
今天大会共有四项议程：一是中心主任作年度工作总结；二是宣读表彰决定；三是为先进集体和个人颁奖；四是请××局长讲话。
下面进行第一项议程，请中心主任作年度工作总结。
同志们，大会到此结束，散会！
""",
    ),
    dict(
        slug="wenku-kege-ktv-report-wrapped-glued-markers",
        site="可阁文库 (invented)",
        style="文库预览",
        genre="工作报告",
        kind="report",
        form="text",
        source="https://wk.kege.example.com/p/20260112009.html",
        title="琚水市娱乐场所行业协会2025年工作报告",
        record_title="琚水市娱乐场所行业协会2025年工作报告.pdf",
        date="2026-01-10",
        notes="a 文库 preview: wrapped at 60 columns, page markers ⧼N⧽ glued at line starts or on their own (mix); page-count and score meta; 'continue reading' and pay prompts; the report's date in Chinese numerals under the title (neutral) and the date expected from it",
        wrap=60,
        pages=dict(fmt="⧼{n}⧽", every=150, start=2, glue="mix"),
        page="""
!m 可阁文库　|　社会团体
!t 琚水市娱乐场所行业协会2025年工作报告.pdf
!m 5页 · 评分4.2 · 浏览703
!a 下载本文档（5可阁币）　　开通VIP免费下
{T}
（二〇二六年一月十日在协会第二届会员大会第三次会议上）
{BODY}
!a 继续阅读全文需付费，您已阅读40%
!l 相关文档：行业协会年度工作报告范文　协会秘书长述职报告
""",
        indent="    ",
        body="""
各位会员代表：
我代表协会理事会向大会报告2025年工作，请予审议。
一、行业自律持续加强。协会修订了《娱乐场所行业自律公约》，组织会员单位签订公约128份，开展“诚信经营示范店”评选，评出示范店20家。
二、安全培训扎实开展。协会联合消防救援部门举办消防安全培训班6期，培训从业人员910人次，组织会员单位开展疏散演练。
三、版权问题得到缓解。协会与音乐著作权集体管理组织开展集体协商，为会员单位争取了较为合理的许可费标准。
2026年，协会将继续发挥桥梁纽带作用，推动全市娱乐场所行业规范健康发展。
""",
    ),
    dict(
        slug="gov-tangxi-conscription-notice-glued",
        site="棠溪县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.tangxi.example.gov.cn/art/2025/1/15/art_1201_66012.html",
        title="棠溪县2025年度征兵通告",
        record_title="棠溪县2025年度征兵通告_棠溪县人民政府",
        date="2025-01-15",
        notes="a county portal as text: a font-size row glued at the end of a paragraph, a 'related' line between paragraphs; the notice's own 咨询电话 next to the site's 政务服务热线; the joint signature and date",
        page="""
!m 棠溪县人民政府门户网站
!m 当前位置：首页 > 政务公开 > 通知公告
!t 棠溪县2025年度征兵通告
!m 信息来源：县征兵办　发布时间：2025-01-15 10:30　浏览次数：2214
{BODY}
!m 政务服务热线：12345
!m 主办：棠溪县人民政府办公室　承办：县大数据中心
""",
        indent="　　",
        body="""
根据上级征兵命令，我县2025年度征兵工作即将开始。现将有关事项通告如下：
一、征集对象。以高校毕业生为重点，年满18至22周岁的男性青年，大学毕业生可放宽至24周岁。⟦a 【字体：大　中　小】⟧
二、报名时间。男兵网上报名截止时间为8月10日，女兵报名时间另行通知。
⟦l 相关阅读：大学生参军入伍优惠政策解读⟧
三、优待政策。入伍青年享受家庭优待金、学费补偿和退役后就业安置等政策。
咨询电话：0759-6620155（县征兵办）
棠溪县人民政府　　棠溪县人民武装部
2025年1月15日
""",
    ),
    dict(
        slug="wenku-lingyun-oilfield-survey-arrow-markers",
        site="凌云文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.lingyunwk.example.com/doc/77120388.html",
        title="关于老油田职工住房改善情况的调研报告",
        record_title="【精品】关于老油田职工住房改善情况的调研报告（可编辑）",
        date=None,
        notes="a free 文库 preview: decorated record title (【精品】…（可编辑）), page markers ❮N/4❯ on lines of their own cutting sentences, a 'free preview ends' prompt and an upload notice; no date anywhere (upload stamp only)",
        pages=dict(fmt="❮{n}/4❯", every=140, start=2),
        page="""
!m 凌云文库 · 调研报告
!t 【精品】关于老油田职工住房改善情况的调研报告（可编辑）
!m 上传时间：2025-09-21　贡献者：油城笔杆
!d 本文档由用户上传，凌云文库不拥有其著作权，如有疑问请点击“侵权投诉”。
{BODY}
!a 免费预览已结束，剩余内容需下载后查看
""",
        body="""
为了解老油田职工住房状况，推动解决职工“住房难”问题，调研组于今年8月深入三个采油厂生活基地，通过入户走访、问卷调查等方式进行了专题调研。
一、基本情况。三个生活基地现有职工住房1.2万套，其中上世纪八九十年代建成的砖混楼房占六成以上，普遍存在管网老化、无电梯、停车难等问题。
二、职工诉求。问卷显示，职工最关心的是老旧小区改造和子女就近入学，其次是冬季供暖质量。
三、对策建议。一是将生活基地纳入地方老旧小区改造计划；二是探索职工住房租售并举；三是加快供暖管网更新改造。
""",
    ),
    dict(
        slug="qa-gongwen-hyperbaric-request-template",
        site="公文问答社 (invented)",
        style="问答社区",
        genre="请示",
        kind="answer",
        form="text",
        source="https://www.gongwenwenda.example.com/q/40771",
        title="关于购置多人高压氧舱的请示",
        record_title="医院申请购买高压氧舱的请示怎么写？求范文",
        title_in="decorated",
        date=None,
        notes="a Q&A asking for a sample: the question is the record title, the expected title is the sample's; relative times (昨天, 2小时前); the sample's placeholders (××, 20××年×月×日) are no date; adopt/answer buttons",
        page="""
!m 公文问答社 › 公文写作 › 请示
!m 医院申请购买高压氧舱的请示怎么写？求范文
!m 提问于 昨天 21:07　　悬赏 20 积分
!m 网友“老秘书” 的回答　2小时前
给你个模板，按实际情况改：
{T}
{BODY}
!a 采纳为满意回答　　追问　　点赞 12
!l 相关问题：请示和报告的区别是什么？　购置设备的请示要附预算吗？
""",
        body="""
××市卫生健康委员会：
我院现有高压氧舱一台，已使用十二年，设备老化严重，难以满足一氧化碳中毒、突发性耳聋等患者的治疗需求。
为提高急危重症救治能力，我院拟购置多人高压氧舱一台，预算××万元，资金由医院自筹解决。
妥否，请批示。
附件：购置多人高压氧舱可行性论证报告
××医院
20××年×月×日
""",
    ),
    dict(
        slug="mail-re-coffee-purchase-point-reply-docx",
        site="云雾咖啡庄园 邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://exmail.yunwucoffee.example.com/cgi-bin/readmail?t=20251103",
        title="关于增设咖啡鲜果收购点的复函",
        record_title="答复：Re: 关于增设咖啡鲜果收购点的复函.docx",
        date="2025-11-03",
        notes="a reply chain: reply headers (发件人/发送时间/收件人/主题), the quoted original ('在 … 写道：') and its signature are chrome; the reply letter is the body; the mail's attachment header vs the letter's own 附件; file-name record title",
        page="""
!m 发件人：云雾咖啡庄园 收购部 <shougou@yunwucoffee.example.com>
!m 发送时间：2025年11月3日 16:40
!m 收件人：岭下村村民委员会 <lingxiacun@163.example.com>
!t 主题：答复：Re: 关于增设咖啡鲜果收购点的复函.docx
!m 附件：关于增设咖啡鲜果收购点的复函.docx（18KB）
{BODY}
!m 在 2025年10月28日 09:12，岭下村村民委员会 写道：
!m > 贵庄园：我村咖啡种植面积逐年扩大，村民送果路途较远，恳请在我村增设收购点……
!m > 岭下村村民委员会
""",
        body="""
岭下村村民委员会：
你村《关于请求增设咖啡鲜果收购点的函》收悉。经研究，现函复如下：
一、同意在你村增设临时收购点，收购期为11月15日至次年2月底。
二、收购点场地由你村提供，庄园负责派驻收购人员和过磅设备。
三、收购价格与庄园公布的价格一致，不另行加价或压价。
附件：临时收购点设置要求
联系人：收购部　邱海　　电话：0883-6128806
云雾咖啡庄园
2025年11月3日
""",
    ),
    dict(
        slug="print-kezhou-hotspring-water-rule-footers",
        site="珂州温泉度假区 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.kezhou-wenquan.example.com/guanli/shuizhi.html?print=1",
        title="温泉泡池水质管理制度",
        record_title="〖打印稿〗温泉泡池水质管理制度",
        date="2025-02-20",
        notes="a print view: header with site and URL, print time (no date), a running print head 'page x' between articles (on its own line inside the body), a print footer; the rule's own 施行 date and its 打印 sentence as content",
        page="""
!m 珂州温泉度假区管理有限公司 - 管理制度
!m https://www.kezhou-wenquan.example.com/guanli/shuizhi.html
!t 〖打印稿〗温泉泡池水质管理制度
!m 打印人：admin　打印于 2025/12/02 08:55
{BODY}
!p ——第 2 页，共 2 页——
""",
        body="""
第一条　为保障游客健康，规范温泉泡池水质管理，制定本制度。
第二条　各泡池每日营业前须进行换水或补水，并检测余氯、pH值和浊度。
第三条　检测结果由水质管理员每日打印张贴在泡池入口公示栏，并保存一年以上。
⟦p ——第 1 页，共 2 页——⟧
第四条　水质检测不合格的泡池，须立即停止使用，查明原因并处理合格后方可开放。
第五条　本制度自2025年2月20日起施行。
""",
    ),
]
