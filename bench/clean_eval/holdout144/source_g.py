"""holdout144, part G: a village's revised rules in county news, a village financial-disclosure
rule on a 文库 preview, an elders' association's Double-Ninth appeal on a WeChat mirror and a
village accountant's blog on the year-end dividend. Invented."""

CASES = [
    dict(
        slug="news-heyang-village-rules-revision-text",
        site="禾阳融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.heyangrm.example.cn/xz/2025/1103/20431.html",
        title="柏林村修订村规民约 红白事操办有了“新标尺”",
        record_title="柏林村修订村规民约 红白事操办有了“新标尺” - 禾阳融媒",
        date="2025-11-03",
        notes="county media text: a publish line with source and editor gives the date; a 'download the app' strip and a 'recommended' list; a video-link line between paragraphs",
        page="""
!m 禾阳融媒　禾阳人的掌上新闻
!m 首页 / 乡镇 / 正文
!t 柏林村修订村规民约 红白事操办有了“新标尺”
!m 2025-11-03 17:26:09　来源：禾阳融媒　编辑：巫佳琪　审核：段敏
{BODY}
!a 下载“掌上禾阳”APP，看更多本地新闻
!l 推荐阅读：禾阳县乡村“积分超市”覆盖率达九成 · 石门镇举办农民丰收节
""",
        body="""
近日，禾阳县石门镇柏林村召开村民代表大会，表决通过了新修订的村规民约，对红白事操办标准作出明确规定。
新村规民约规定，婚事宴席不超过十五桌，丧事一般不超过三天，提倡不放或少放鞭炮，彩礼不得超过当地倡导标准。
⟦l ▶ 视频：听听柏林村村民怎么说（1分48秒）⟧
村党支部书记介绍，修订前村里先后召开院坝会十二场，征求意见一百三十多条，“规矩是大家一起定的，执行起来也心服口服”。
下一步，村红白理事会将全程参与红白事操办，对带头执行的家庭在“积分超市”给予奖励。
""",
    ),
    dict(
        slug="wenku-zhidao-village-finance-rule-corner-markers",
        site="知道文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="other",
        form="text",
        source="https://wenku.zhidao-doc.example.com/d/73bd0e21.html",
        title="村级财务公开制度",
        record_title="村级财务公开制度（最新版）",
        date=None,
        notes="文库 preview: 最新版 decoration; ⸢n⸣ markers cut sentences; a 'continue reading' action, a rating line; no date in the rule",
        pages=dict(fmt="⸢{n}⸣", every=180, start=2, glue=False),
        page="""
!m 知道文库 | 专业文档分享平台
!t 村级财务公开制度（最新版）
!m ★★★★☆ 4.3分 · 2页 · 3821人已读 · 上传于 2个月前
{BODY}
!a 继续阅读全文（还剩 1 页）
!a 下载文档 · 加入文件夹 · 分享
!d 文档内容由用户上传，若涉及侵权请联系平台处理
""",
        body="""
第一条　为加强村级财务管理，保障村民的知情权、参与权和监督权，结合本镇实际，制定本制度。
第二条　村级财务公开的内容包括：各项收入、各项支出、集体资产和资源、债权债务、集体经济项目收益分配情况。
第三条　财务公开实行按季公开，每季度终了后十日内公开；重大事项随时公开。
第四条　村务监督委员会负责审核公开内容，并在公开榜上签署审核意见。
第五条　公开榜应当设在便于群众观看的地方，同时通过村务微信群等方式公开，公开时间不少于十五天。
第六条　村民对公开内容有疑问的，可以向村务监督委员会反映，村委会应当在十日内作出答复。
""",
    ),
    dict(
        slug="wechat-mirror-laoxie-double-ninth-appeal",
        site="微读镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://weidu-mirror.example.net/a/lxh-0929",
        title="重阳敬老倡议书",
        record_title="重阳敬老倡议书｜岭下村老年人协会",
        date="2025-09-29",
        notes="WeChat mirror: account header with a relative time, 'tap to follow' line, 点赞/在看/分享 row and a mirror source line; date in Chinese numerals under the signature",
        page="""
!a 点击蓝字 关注我们
!t 重阳敬老倡议书
!m 岭下村老年人协会　5天前
{BODY}
!a 点赞 47　在看 12　分享
!m 原文链接：mp.weixin.example.qq.com/s/LxH0929a
!d 本站仅作聚合阅读，内容版权归原作者
""",
        body="""
全村乡亲们：
九九重阳，浓浓敬老情。在重阳节到来之际，岭下村老年人协会向全村乡亲发出倡议：
一、常回家看看。在外工作的年轻人，请多给家中老人打打电话，节假日尽量回家陪伴。
二、邻里互相照应。对独居、高龄老人多串门、多问候，发现异常情况及时告知村委会。
三、参加敬老活动。重阳节当天上午，协会在村文化礼堂举办长寿宴和义诊，欢迎大家参加。
让我们共同营造尊老、敬老、爱老、助老的好风尚！
岭下村老年人协会
二〇二五年九月二十九日
""",
    ),
    dict(
        slug="blog-cunkuaiji-dividend-summary-wrapped",
        site="村会计手记 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://cunkuaiji.example.blog.cn/2025/01/fenhong.html",
        title="石桥村2024年集体经济收益分配情况说明",
        record_title="石桥村2024年集体经济收益分配情况说明 - 村会计手记",
        date="2025-01-22",
        notes="hard-wrapped at 56 columns; blog post-date line; a distribution table kept (a row a paragraph); a 'comments closed' line and a visit counter",
        wrap=56,
        page="""
!m 村会计手记 —— 一本账，一村人
!t 石桥村2024年集体经济收益分配情况说明
!m 发表于 2025年1月22日　作者：老石　分类：村务账本
{BODY}
!l 评论已关闭。
!m 本站已运行 2190 天　累计访问 48,117 次
""",
        body="""
2024年，石桥村集体经济总收入一百八十六万元，扣除各项支出后，可分配收益六十四万元。经村民代表大会讨论通过，分配方案如下：
项目　金额（万元）　比例
提取公积公益金　19.2　30%
村民股份分红　38.4　60%
困难户帮扶金　6.4　10%
全村共有股民一千二百八十人，每股分红三百元，已于1月20日通过“一卡通”发放到户。
以上情况已在村务公开栏公示，村民如有疑问，可向村务监督委员会反映。
""",
    ),
]
