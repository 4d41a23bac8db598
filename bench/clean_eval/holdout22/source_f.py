"""Holdout22, part F: Q&A communities, encyclopaedias and a few more pages of the older kinds.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-zhiwen-hanjian-vs-qingshi",
        site="知问社区 (invented)",
        style="问答社区",
        genre="函",
        kind="other",
        form="text",
        source="https://www.zhiwen.cc/question/88120/answer/301",
        title="平行单位之间商请事项用什么文种？",
        record_title=None,
        date="2025-02-14",
        notes="a Q&A answer: question as title; 回答于 line is the date; a sample 商洽函 with ××××年×月×日 placeholders inside the answer; vote row",
        page="""
!m 知问社区 — 有问题，上知问
!m 首页 > 公文写作 > 问题详情
{T}
!m 3 个回答　·　被浏览 2,417
!m 公文老郭　｜　回答于 2025-02-14 21:30
{BODY}
!l ▲ 赞同 86　　▼　　💬 12 条评论　　⭐ 收藏
!l 相关问题：请示和报告能否合并使用？ · 函的结尾怎么写？
!a 登录知问，查看更多优质回答
""",
        body="""
平行单位或者不相隶属的单位之间商洽工作、询问和答复问题、请求批准，应当用“函”，不能用“请示”。请示只能用于向上级机关请求指示、批准。
举个例子，县民政局请县财政局安排一笔专项经费，两者是平级单位，应写成：
关于商请安排养老服务补助资金的函
县财政局：
为推进居家养老服务，我局拟……，经费约××万元，商请贵局予以安排。
特此函商，请予支持。
县民政局
××××年×月×日
另外要注意，函的语气要平和礼貌，多用“商请”“恳请”“请予函复”等用语。
""",
    ),
    dict(
        slug="qa-baizhi-farm-insurance-html",
        site="百知问答 (invented)",
        style="问答社区",
        genre="通知",
        kind="other",
        form="html",
        source="https://wenda.baizhi.com/q/7720315.html",
        title="政策性农业保险怎么投保？",
        record_title="政策性农业保险怎么投保？_百知问答",
        date="2025-03-26",
        notes="Q&A HTML: best-answer badge, answerer card with 回答于 date, other answers folded, ask button; answer quotes an agriculture bureau's steps",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>政策性农业保险怎么投保？_百知问答</title></head>
<body>
<div class="hd">⟦m 百知问答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：种粮大户老柯　　2025-03-25⟧</p></div>
<div class="best"><span>⟦m ✔ 最佳答案⟧</span>
<div class="user">⟦m 农险经办员小舒 · 百知认证：县农业保险服务站⟧ ⟦m 回答于 2025-03-26⟧</div>
{BODY}
<div class="act">⟦l 有用(214)⟧ ⟦l 没用(3)⟧ ⟦l 评论⟧ ⟦l 分享⟧</div></div>
<div class="other">⟦l 其他 5 条回答 展开⟧</div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考，具体以当地政策为准。⟧ ⟦m ©2025 百知问答⟧</div>
</body></html>
""",
        body="""
你好，以我们县为例，政策性农业保险投保一般按以下步骤办理：
1.确认投保品种。目前可以投保水稻、小麦、玉米、油菜、能繁母猪等，财政补贴保费的75%至80%。
2.登记信息。在村级协保员处登记姓名、身份证号、承保面积和银行卡号。
3.缴纳保费。农户自缴部分可以现金缴纳，也可以扫描保险公司提供的收款码缴纳。
4.公示确认。承保清单在村务公开栏公示5天，无异议后出具保单。
发生灾害后，要在48小时内拨打保险公司报案电话，并保留受灾现场。
""",
    ),
    dict(
        slug="qa-liangyan-heritage-speech-wrapped",
        site="良言问答 (invented)",
        style="问答社区",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.liangyan-qa.net/ask/55013.html",
        title="在非遗传承人收徒仪式上的致辞",
        record_title="求一篇在非遗传承人收徒仪式上的致辞，急！！",
        title_also=["求一篇在非遗传承人收徒仪式上的致辞，急！！"],
        title_in="decorated",
        date=None,
        notes="a Q&A where the asker wants a speech; the answer gives a sample; no date; hard-wrapped at 62; bounty chrome",
        page="""
!m 良言问答 › 写作求助
!t 求一篇在非遗传承人收徒仪式上的致辞，急！！
!m 悬赏 30 良币　|　提问于 4天前
!m 满意回答　|　热心网友“墨香居士”
{BODY}
!l 追问：能再短一点吗？　　回复：可以删去第三段。
!a 我也要回答　　采纳为满意回答
!l 类似问题：拜师仪式主持词 | 非遗传承活动总结
""",
        wrap=62,
        body="""
尊敬的各位领导、各位来宾，朋友们：
今天，我们在这里隆重举行县级非物质文化遗产代表性项目“荻川竹编”传承人收徒仪式。我谨代表县文化馆，向新入门的六位弟子表示热烈祝贺！
竹编技艺在我县已有三百多年历史。一根竹子，经过破篾、刮青、编织等几十道工序，才能成为精美的器物。这门手艺，靠的是一代代匠人的口传心授。
希望各位弟子尊师重道、勤学苦练，把老手艺学到手、传下去；也希望师傅们倾囊相授，不保留、不藏私。
最后，祝愿“荻川竹编”薪火相传、生生不息！谢谢大家！
""",
    ),
    dict(
        slug="wiki-gongwenbaike-jiyao-entry-html",
        site="公文百科 (invented)",
        style="百科问答",
        genre="纪要",
        kind="other",
        form="html",
        source="https://baike.gongwen-wiki.cn/item/会议纪要/1207",
        title="会议纪要",
        title_also=["会议纪要的结构与写法"],
        record_title="会议纪要_公文百科",
        title_in="decorated",
        date=None,
        notes="an encyclopaedia entry: edit/history links, contents box, references, 'was this helpful' row; example dates inside sentences are not the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>会议纪要_公文百科</title></head>
<body>
<div class="hd">⟦m 公文百科⟧ ⟦m 人人可以编辑的公文知识库⟧ <a>⟦a 编辑词条⟧</a> <a>⟦a 历史版本⟧</a></div>
<h1>{T}</h1>
<div class="toc">⟦l 目录 1 结构 2 写法 3 注意事项⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：《党政机关公文处理工作条例》⟧</div>
<div class="help">⟦l 本词条对我有帮助 👍 326⟧</div>
<div class="edit">⟦m 词条统计：浏览 41022 次 · 编辑 17 次 · 最近更新：2025-02-09⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需权威解释请查阅相关法规。⟧</div>
</body></html>
""",
        body="""
会议纪要是用于记载会议主要情况和议定事项的公文。
一、结构。会议纪要一般由标题、正文和落款组成。正文通常包括会议概况和议定事项两部分，会议概况写明时间、地点、主持人和参会人员。
二、写法。例如写作“2024年3月5日，县政府召开第12次常务会议”，应当准确交代时间和会议名称。议定事项可采用“会议认为”“会议要求”“会议决定”等惯用语分条列出。
三、注意事项。纪要不是会议记录，不必逐字逐句记录发言，而应提炼要点；涉及多个单位的事项，要明确责任单位和完成时限。
""",
    ),
    dict(
        slug="wiki-zhishi-shengji-entry-text",
        site="识记百科 (invented)",
        style="百科问答",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.shiji-baike.com/view/workplan",
        title="工作方案",
        record_title="工作方案 - 识记百科",
        date=None,
        notes="encyclopaedia entry for 工作方案 with a sample outline; an example date and a template 20××年 placeholder in the body; no date",
        page="""
!m 识记百科　|　首页　分类　特色词条　帮助
{T}
!m 中文名：工作方案　　类别：公文文种　　适用范围：党政机关、企事业单位
!a [编辑]　[讨论]　[收藏]
{BODY}
!l 词条标签：公文　方案　写作
!l 相关词条：实施方案　工作计划　工作要点
!m 本词条由“识记百科”用户共同编辑　最后修订：三天前
""",
        body="""
工作方案是对某项工作作出全面部署和安排的计划类公文，比工作计划更具体、更具操作性。
工作方案的正文一般包括指导思想、目标任务、工作步骤、保障措施等部分。工作步骤通常按时间顺序分阶段写，例如“动员部署阶段（3月1日至3月15日）”。
落款写制定单位名称和日期，范文中常写作“20××年×月×日”。
撰写工作方案时，目标要量化，措施要具体，责任要明确到单位和个人。
""",
    ),
    dict(
        slug="wiki-nongbaike-seed-regulation-html",
        site="农事百科 (invented)",
        style="百科问答",
        genre="制度",
        kind="other",
        form="html",
        source="https://nongshi.wiki/entry/ytzj-2025",
        title="县农作物种子经营备案管理办法",
        record_title="县农作物种子经营备案管理办法（2025修订）- 农事百科",
        date="2025-02-28",
        notes="an agricultural encyclopaedia quoting a regulation whose articles speak of 打印/下载/扫码; 施行 date in a neutral line; 发布日期 field taken as the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>县农作物种子经营备案管理办法（2025修订）- 农事百科</title></head>
<body>
<div class="hd">⟦m 农事百科⟧ ⟦m 种养殖知识一站查⟧</div>
<div class="crumb">⟦m 农事百科 › 政策法规 › 种业⟧</div>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 发布日期：2025-02-28⟧</td><td>⟦m 效力：现行有效⟧</td><td>⟦m 发布机关：县农业农村局⟧</td></tr></table>
{BODY}
<div class="more">⟦l 延伸阅读：种子标签和使用说明管理办法 | 假劣种子识别⟧</div>
<div class="ft">⟦d 本站法规文本仅供参考，以官方发布为准。⟧ ⟦m © 农事百科⟧</div>
</body></html>
""",
        body="""
第一条　为规范农作物种子经营备案管理，根据《中华人民共和国种子法》，制定本办法。
第二条　在本县从事种子经营的分支机构、专门经营不再分装的包装种子的经营者，应当自领取营业执照之日起十五日内向县农业农村局备案。
第三条　经营者可通过省种业管理平台在线备案，备案完成后自行下载打印备案回执，并在经营场所显著位置公示。
第四条　经营者应当建立种子经营档案，鼓励在种子包装上加印追溯二维码，方便购种农户扫码查询。
第五条　本办法自2025年3月1日起施行。
""",
    ),
    dict(
        slug="wenku-qiuyue-oneline-markers",
        site="秋月文库 (invented)",
        style="文库预览",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.qiuyuewk.com/doc/31877210.html",
        title="2025年社区卫生服务中心家庭医生签约服务工作计划",
        record_title="2025年社区卫生服务中心家庭医生签约服务工作计划（VIP专享）",
        date=None,
        notes="a 文库 preview on one line, cut by '⬩n⬩' markers; decorated title; preview-end prompts; no date",
        page="""
!m 秋月文库　阅尽千万好文档
{T}
!m 上传者：健康小卫士　　共4页　　2.1万次阅读
!a ⇩ 下载文档　　☆ 收藏　　⎘ 分享
{BODY}
!a 本文档为VIP专享，剩余3页请开通秋月VIP后继续阅读
!l 猜你想找：家庭医生签约服务总结　基本公共卫生服务工作计划
!d 秋月文库为用户提供信息存储空间服务，文档内容由用户上传。
""",
        oneline=True,
        indent="　　",
        pages=dict(fmt="⬩{n}⬩", every=160, start=2, glue=True),
        body="""
为进一步做实做细家庭医生签约服务，提高群众获得感，结合中心实际，制定本计划。
一、工作目标。全年常住人口签约率达到40%以上，重点人群签约率达到75%以上，签约居民续约率达到80%以上。
二、主要措施。组建家庭医生团队12个，每个团队由全科医生、护士和公卫人员组成；推出老年人、慢病患者、孕产妇等个性化服务包；每月开展一次入户随访。
三、考核评价。将签约数量、服务质量和居民满意度纳入团队绩效考核，考核结果与绩效工资挂钩。
""",
    ),
    dict(
        slug="fanwen-moyun-inspection-report-html",
        site="墨韵范文网 (invented, modern template)",
        style="范文站",
        genre="报告",
        kind="report",
        form="html",
        source="https://www.moyunfw.com/baogao/diaoyan/9125.html",
        title="关于农村客运“最后一公里”问题的调研报告",
        record_title="关于农村客运“最后一公里”问题的调研报告（通用3篇）",
        date=None,
        notes="a modern 范文 template with copy lock, floating writing-service prompt, 'expand all' action inside the body; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于农村客运“最后一公里”问题的调研报告（通用3篇）</title></head>
<body oncopy="return false">
<div class="hd">⟦m 墨韵范文网⟧ ⟦m 好范文 墨韵有⟧ <a>⟦a 开通终身会员⟧</a></div>
<div class="crumb">⟦m 首页 › 报告 › 调研报告⟧</div>
<h1>⟦t 关于农村客运“最后一公里”问题的调研报告（通用3篇）⟧</h1>
<div class="stat">⟦m 投稿：墨小韵 · 2.3万字 · 免费阅读⟧</div>
<h2>{T}</h2>
{BODY}
<div class="lock">⟦a 复制受限，会员可无限制拷贝并导出⟧</div>
<div class="float">⟦w 材料代笔、改稿润色，找墨韵写作老师：微信 moyun_xz⟧</div>
<div class="rel">⟦l 更多调研报告：农村寄递物流调研 · 城乡公交一体化调研⟧</div>
<div class="ft">⟦m 墨韵范文网 moyunfw.com 苏ICP备22013309号⟧</div>
</body></html>
""",
        body="""
为解决农村群众出行难问题，县交通运输局组织调研组，对全县156个建制村客运通达情况进行了调研。
一、基本情况。全县建制村通客车率已达100%，但有37个村每日班次不足2班，偏远自然村群众出行仍需步行3公里以上到达停靠点。
⟦a ▼ 展开全文（剩余62%）⟧
二、主要问题。一是客流少、线路长，经营企业亏损；二是部分道路窄、错车难，车辆安全隐患大；三是预约响应机制不完善。
三、对策建议。推行“预约响应＋定时班线”模式，开发电话和小程序预约服务；统筹利用校车、邮政车辆开展客货邮融合；加大运营补贴，确保线路“开得通、留得住”。
""",
    ),
    dict(
        slug="gov-shanhe-town-work-points-text",
        site="杉禾镇人民政府 (invented, township portal)",
        style="政府门户",
        genre="工作要点",
        kind="plan",
        form="text",
        source="http://www.shanhe-zhen.gov.cn/zwgk/ghjh/2025/0210/311.html",
        title="杉禾镇2025年度政务公开工作要点",
        record_title=None,
        date="2025-02-10",
        notes="township portal; no record title; 成文日期 in Chinese numerals under the signature; '❬n❭' markers on lines of their own cut sentences; numbered headings",
        page="""
!m 杉禾镇人民政府
!m 首页 ｜ 镇情概况 ｜ 政务公开 ｜ 便民服务
!m 位置：政务公开 > 规划计划
{T}
!m 索引号：SH-2025-00011　　公开方式：主动公开　　点击：86
{BODY}
!a 【关闭】【打印】
!m 杉禾镇人民政府办公室主办　联系电话：0749-3911 002
""",
        indent="　　",
        pages=dict(fmt="❬{n}❭", every=190, start=2, glue=False),
        body="""
各村（社区）、镇直各单位：
为深入推进政务公开标准化规范化，现将2025年度政务公开工作要点印发如下。
1.加强政策解读。镇政府出台的涉及群众切身利益的政策文件，同步发布图文解读，重要政策邀请镇领导开展访谈解读。
2.推进基层公开。全面公开惠农补贴、低保救助、宅基地审批等事项，村（社区）公开栏每季度至少更新一次。
3.优化依申请公开。规范受理、登记、答复流程，依法在规定期限内答复。
4.强化平台建设。完善镇政府网站和政务新媒体内容保障，确保信息发布及时准确。
杉禾镇人民政府办公室
二〇二五年二月十日
""",
    ),
]
