"""Dev cases, part I: the forms parts A–H do not use — bare page markers of preview
converters (a lone ``7``, ``P3``, ``p.4``, ``（5）``, ``6/12``, ``第 3 页 共 9 页``, markers
in the middle of a line), related / hot / previous-next lists and tag lines in other
wordings, meta lines in unusual wordings (``文 / 某某``, ``撰稿 | 某某``, ``阅读 1.2w``,
breadcrumbs with ``::`` and ``/``), reprint and upload notices, contact prompts, title
decoration, and documents that end in a data table that must stay. Invented text (sites,
places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenku-shuyuan-lone-number-markers",
        site="书苑文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.shuyuanwk.example.com/p/20931877.html",
        title="2024年县图书馆全民阅读推广工作总结",
        record_title="2024年县图书馆全民阅读推广工作总结.docx",
        date=None,
        notes="preview wrapped at 40 columns, the converter's page numbers bare on lines of their own (a lone 2, 3 …) inside sentences; file-name title",
        page="""
!m 书苑文库 / 文化教育 / 图书馆
!t 2024年县图书馆全民阅读推广工作总结.docx
!a 本文共6页，可免费阅读前3页　　全文下载
{BODY}
!a 阅读已到底，获取完整版请点击右上角按钮
!l 与本文相似的文档
!l 乡镇综合文化站年度工作总结
!l 全民阅读进社区活动方案
""",
        wrap=40,
        pages=dict(fmt="{n}", every=120, start=2),
        body="""
今年，县图书馆围绕“书香县城”建设目标，把全民阅读推广作为中心工作，全年举办各类阅读活动一百四十余场，参与群众超过三万人次。
一、阵地建设
新建城市书房四个、农家书屋提升点十二个，推行通借通还，读者在任何一个服务点借的书都可以就近归还。
二、品牌活动
持续开展“周末亲子共读”“银龄读书会”等品牌活动，邀请本地作家走进校园、走进车间，与读者面对面交流读书体会。
三、存在问题
乡村服务点藏书更新不够及时，部分书屋开放时间不稳定，专业馆员队伍还比较薄弱。
明年，我们将继续完善总分馆体系，推动优质阅读资源向乡村延伸。
""",
    ),
    dict(
        slug="docshare-muyun-report-p-markers-glued",
        site="木云文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://muyun.example.net/share/a7c31e90.html",
        title="关于全区老旧小区加装电梯情况的调研报告",
        record_title="【可编辑】关于全区老旧小区加装电梯情况的调研报告（word版）",
        date="2024-07-22",
        notes="P-numbered page markers glued to the start of the line that continues a cut sentence; decorated record title; 成文日期 under the signature",
        page="""
!a 【可编辑】
!t 关于全区老旧小区加装电梯情况的调研报告
!m 分享者：云上的猫　　|　　2.3万次浏览　　|　　页数：5
{BODY}
!d 温馨提示：本文档由用户分享，木云文档不对其内容的真实性负责，如有侵犯您的权益请联系处理。
!l 你可能还想看：既有住宅加装电梯实施办法解读｜小区停车难问题的调查
""",
        pages=dict(fmt="P{n}", every=130, start=2, glue=True),
        body="""
为摸清全区老旧小区加装电梯工作推进情况，区政协社会法制委员会组成调研组，于6月至7月深入8个街道、21个小区开展实地调研，召开座谈会6次。
一、基本情况
全区2000年以前建成的老旧小区共有多层住宅楼1360栋，其中具备加装条件的约800栋。截至6月底，已完成加装电梯152部，正在施工的有37部。
二、存在的问题
一是居民意见难统一，低层住户担心采光和噪音，协商周期长。二是资金筹措渠道单一，主要依靠居民自筹，部分家庭负担较重。三是后期维保责任不明确。
三、对策建议
建议区政府出台加装电梯协商指引，发挥社区党组织协调作用；拓宽资金渠道，探索公积金提取和金融贷款支持；明确产权和维保主体，建立长效管理机制。
区政协社会法制委员会调研组
2024年7月22日
""",
    ),
    dict(
        slug="wenku-hemu-plan-pdot-markers-mix",
        site="禾木文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.hemuwenku.example.com/view/9f31b2.html",
        title="某镇2025年秸秆综合利用工作实施方案",
        record_title=None,
        date=None,
        notes="no title in the record; preview wrapped at 46 columns; p.N markers glued or on their own line; a reading counter in a new wording; a pay prompt",
        page="""
!m 禾木文库 :: 农业农村 :: 实施方案
{T}
!m 上传于 2025.02.14　　阅读 1.2w　　收藏 86
!a 试读3页，剩余内容开通会员后可见
{BODY}
!a 【获取本篇完整文档】
!l 看过本文的人还看了
!l 2025年春耕生产工作方案
!l 镇村环境卫生整治实施方案
""",
        wrap=46,
        pages=dict(fmt="p.{n}", every=110, start=2, glue="mix"),
        body="""
为加快推进秸秆综合利用，减少秸秆露天焚烧，改善农村生态环境，结合本镇实际，制定本方案。
一、工作目标
到2025年底，全镇秸秆综合利用率稳定在93%以上，秸秆离田利用能力进一步提升，杜绝秸秆露天焚烧现象。
二、重点任务
（一）推进秸秆肥料化利用。推广秸秆机械化粉碎还田技术，全镇完成还田面积两万亩以上。
（二）推进秸秆饲料化利用。扶持两家养殖合作社建设青贮窖，就地转化玉米秸秆。
（三）推进秸秆收储体系建设。在各村设立临时收储点，形成“村收集、镇转运”的收储网络。
三、保障措施
镇成立工作专班，将秸秆综合利用纳入村级年度考核，对工作成效明显的村给予奖补。
""",
    ),
    dict(
        slug="fanwen-jianzhi-notice-paren-markers",
        site="简知范文 (invented)",
        style="范文站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jianzhifw.example.com/tongzhi/2024/3310.html",
        title="关于开展2024年度安全生产大检查的通知",
        record_title="关于开展2024年度安全生产大检查的通知（附检查表）",
        date="2024-03-05",
        notes="page markers in brackets （N） alone or glued, beside a real list numbered (1) (2) (3) that must stay; title decoration '（附检查表）' is no decoration of ours: kept out by the record only",
        title_also=["关于开展2024年度安全生产大检查的通知（附检查表）"],
        page="""
!m 简知范文网 - 公文写作好帮手
!m 位置：首页 / 公文范文 / 通知
{T}
!m 时间：2024-03-06 10:21　热度：2031℃
{BODY}
!a 喜欢这篇范文？点个收藏，下次找得到
!l 前一篇：关于做好春季森林防火工作的通知
!l 后一篇：关于开展消防安全隐患排查的通知
""",
        pages=dict(fmt="（{n}）", every=140, start=4, glue="mix"),
        body="""
各村（社区），镇直各单位：
为切实防范遏制各类生产安全事故，确保全镇安全生产形势稳定，经镇党委、政府研究，决定在全镇范围内开展2024年度安全生产大检查，现将有关事项通知如下。
一、检查时间
2024年3月10日至4月30日。
二、检查重点
（1）道路交通、建筑施工、危险化学品等重点行业领域；
（2）学校、医院、商场超市等人员密集场所；
（3）出租房屋、小作坊等容易发生火灾的场所。
三、工作要求
各单位要高度重视，主要负责人亲自部署，对检查发现的隐患建立台账，明确整改时限和责任人，确保整改到位。
某某镇安全生产委员会办公室
2024年3月5日
""",
    ),
    dict(
        slug="wenku-xinglan-speech-midline-markers",
        site="星阑文档 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://doc.xinglan.example.cn/d/77218.html",
        title="在全县优化营商环境推进会上的讲话",
        record_title="在全县优化营商环境推进会上的讲话.pdf",
        date=None,
        notes="a converter that left its page markers in the middle of lines with spaces around them (- 3 -, 第 4 页 共 9 页, 5/9, Page 6 of 9), between two halves of one sentence; 第3页 named in a body sentence stays",
        page="""
!t 在全县优化营商环境推进会上的讲话.pdf
!m 星阑文档　　共9页　　1.4MB
{BODY}
!a 下载本文档需要 5 星币　　　加入书架
!d 声明：文档由网友上传，仅用于学习交流，星阑文档不拥有其版权，如有异议请联系客服处理。
""",
        body="""
同志们：
今天召开全县优化营商环境推进会，主要任务是总结前一阶段工作，查找差距不足，部署下一步重点任务。
过去一年，全县上下把优化营商环境作为“一把手”工程来抓，企业开办时间压缩到一个工作日以内，“一件事一次办”事项达到⟦p  - 3 - ⟧四十二项，市场主体总量同比增长百分之十一。
但也要清醒看到，我们的营商环境与先进地区相比还有不小差距。在今年的第三方评估报告中，第3页列出的十项短板，有六项涉及审批服务，部分窗口仍存在“门好进、脸好看、事难办”的问题。
下一步，各部门要对照评估报告逐项整改，全面推行涉企检查“扫码入企”，坚决杜绝多头检查、⟦p  第 4 页 共 9 页 ⟧重复检查，让企业把更多精力放在生产经营上。
要建立健全政企沟通机制，县级领导每人联系三家以上企业，定期走访，及时帮助⟦p  5/9 ⟧企业解决融资、用工、用地等方面的困难。
同志们，营商环境只有更好，没有最好。希望大家以更大的决心和更实的举措，推动全县营商环境持续优化，为县域经济高质量发展⟦p  Page 6 of 9 ⟧提供有力保障。
""",
    ),
    dict(
        slug="news-yuxi-report-related-wordings",
        site="渝溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yuxinews.example.cn/content/2024-10/18/c_55120.html",
        title="渝溪区今年已完成高标准农田建设5.6万亩",
        date="2024-10-18",
        notes="a news page: a byline as '文/…　图/…', a reading count in '万+', lists below the article in new wordings (大家都在读, 本栏目更多, 编辑精选), hashtag tags, previous/next with arrows",
        page="""
!m 渝溪新闻网 > 本地 > 三农
{T}
!m 2024年10月18日 09:05　　文/记者 陈雨桐　　阅读量 1.5万+
{BODY}
!m （本文来源：渝溪日报客户端　值班编辑：周小满）
!l #高标准农田 #粮食安全 #乡村振兴
!l ← 渝溪区举行秋季征兵欢送仪式
!l 全区中小学秋季运动会陆续开幕 →
!l 大家都在读
!l 渝溪区新增两条公交线路
!l 本栏目更多
!l 编辑精选
""",
        body="""
记者从区农业农村委获悉，今年以来，渝溪区已完成高标准农田建设5.6万亩，占年度任务的93%，预计11月底前全面完工。
据介绍，今年的高标准农田建设重点围绕田块整治、灌溉排水、田间道路等方面展开，建成后项目区亩均粮食产能可提高100斤以上。
为确保工程质量，区农业农村委聘请第三方监理单位全程跟踪，并邀请村民代表担任义务监督员，参与工程验收。
“地平了，路通了，水也引过来了，种地省心多了。”石桥镇种粮大户刘建军说。
""",
    ),
    dict(
        slug="gov-songling-notice-odd-meta-wordings",
        site="松岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.songling.example.gov.cn/zwgk/tzgg/202405/t20240513_90112.html",
        title="松岭县人民政府办公室关于做好2024年防汛工作的通知",
        date="2024-05-13",
        notes="government HTML page: meta in other wordings (信息提供, 撰稿, 初审, 终审, 访问次数), a breadcrumb with '::', a reprint notice, a footer with a resolution hint; the notice's own contact line with a phone stays",
        page="""
<html><head><meta charset="utf-8"><title>松岭县人民政府办公室关于做好2024年防汛工作的通知</title></head><body>
<div class="top">⟦m 松岭县人民政府⟧ ⟦m 政务公开 | 政务服务 | 互动交流 | 走进松岭⟧</div>
<div class="crumb">⟦m 首页 :: 政务公开 :: 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 信息提供：县应急管理局　撰稿：吴卫东　初审：林可　终审：赵建平⟧</div>
<div class="meta">⟦m 访问次数：<span>472</span>　发布：2024-05-13⟧</div>
<div class="zoom">
{BODY}
</div>
<div class="bar">⟦a 【我要打印】【关闭本文】⟧</div>
<div class="foot">
<p>⟦d 本网站所刊登的各类信息，未经书面授权，任何单位和个人不得转载、摘编或以其他方式使用。⟧</p>
<p>⟦m 网站主办：松岭县人民政府办公室　　建议使用1920×1080分辨率浏览⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县政府各部门：
当前我县已进入主汛期，为切实做好今年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下。
一、压实防汛责任。各乡镇、各部门要严格落实以行政首长负责制为核心的防汛责任制，逐级明确责任人，确保责任到人、措施到位。
二、加强隐患排查。要对水库、山塘、河道堤防和地质灾害隐患点开展拉网式排查，发现问题立即整改。
三、严格值班值守。汛期实行24小时值班和领导带班制度，遇有重大险情须在30分钟内报告县防汛抗旱指挥部办公室，值班电话：0745-6223110。
松岭县人民政府办公室
2024年5月13日
""",
    ),
    dict(
        slug="forum-shanhe-post-floor-meta",
        site="山河论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.shanhe.example.com/thread-880213-1-1.html",
        title="在基层工作十年的几点体会",
        record_title="在基层工作十年的几点体会 - 山河论坛",
        date="2024-04-02",
        notes="a forum thread: floor meta in new wordings (楼主 | 发表于 …, 只看楼主, 倒序看帖), forum junk between lines and glued after sentences, reply and report buttons, a reply box, a signature line",
        page="""
!m 山河论坛 › 基层之声 › 经验交流
{T}
!m 楼主　|　发表于 2024-4-2 21:16　|　只看楼主　|　倒序看帖
{BODY}
!l 本帖最后由 老林 于 2024-4-3 08:02 编辑
!a 回复　　支持(12)　　反对(0)　　举报
!l 签名：脚下沾满泥土，心中沉淀真情
!l 高级模式　|　发表回复
""",
        junk=dict(lines=1, glued=3),
        body="""
在乡镇工作整十年了，从一名普通办事员干到现在，想跟坛友们说说自己的几点体会。
第一，要沉得下去。基层工作千头万绪，只有经常到村里走一走，到群众家里坐一坐，才能知道大家真正需要什么。
第二，要扛得起事。遇到难题不推不躲，能当场解决的当场解决，不能解决的讲清楚原因，群众是通情达理的。
第三，要学得进去。政策更新很快，不学习就跟不上，我每天坚持抽半小时看文件、记笔记。
十年下来，最大的收获是和群众成了朋友，这比什么都值得。
""",
    ),
    dict(
        slug="blog-xiaoshu-notes-reprint-notice",
        site="小树的读书笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://xiaoshu.example.blog/2024/03/reading-notes-12.html",
        title="读《乡土中国》有感",
        record_title="读《乡土中国》有感｜小树的读书笔记",
        date="2024-03-02",
        notes="a personal blog: the site after a bar in the record title, a byline '文 / …', a category and tag row, an originality notice asking readers to keep the link, previous/next with arrows, a comment form",
        page="""
!m 小树的读书笔记｜慢慢读，慢慢想
{T}
!m 文 / 小树　　2024-03-02　　阅读 3,215　　评论 12
{BODY}
!d 原创声明：本文为博主原创，转载请附上原文出处链接及本声明。
!l 分类：读书笔记　标签：乡土中国 / 费孝通 / 社会学
!l ← 前一篇文章：读《平凡的世界》
!l 后一篇文章：春日杂记 →
!l 发表评论　取消回复
!l 昵称（必填）　邮箱（必填）　网址
""",
        body="""
最近重读了费孝通先生的《乡土中国》，比起大学时第一次读，多了不少感触。
书中提出的“差序格局”，像把一块石头丢进水里，以自己为中心一圈圈推出去，越推越远，也越推越薄。这个比喻把乡土社会的人际关系讲得非常透彻。
我在村里长大，对书里写的很多现象都很熟悉。谁家有事，左邻右舍都会来帮忙；村里的事情，往往靠几位老人出面调解。
如今农村变化很大，但“熟人社会”的一些特点依然存在。读懂这本书，有助于我们更好地理解今天的乡村，做好乡村治理工作。
""",
    ),
    dict(
        slug="wechat-qingtian-speech-mirror-follow",
        site="青田发布镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://mp-mirror.example.net/s/qingtian_20240618_01",
        title="在全县青年干部座谈会上的讲话",
        record_title="【收藏】在全县青年干部座谈会上的讲话（全文）",
        date="2024-06-18",
        notes="a WeChat mirror: a follow prompt above the title, bars of 来源 | 编辑 | 审核 in one line each, a 'scan the code' prompt, past-articles list, the reading count and like buttons",
        page="""
!a 点击上方蓝字 关注我们
!t 【收藏】在全县青年干部座谈会上的讲话（全文）
!m 青田发布　2024-06-18 19:30　浙江
!m 来源 | 县委组织部
{BODY}
!m 编辑 | 小周　　审核 | 陈晓
!a ▼ 长按识别二维码，关注青田发布
!l 往期精彩回顾
!l 青田县召开2024年人才工作会议
!a 阅读 2587　　赞 96　　在看 31
""",
        body="""
青年干部同志们：
今天，我们召开全县青年干部座谈会，听了大家的发言，我很受启发。借此机会，我讲三点意见，与大家共勉。
第一，要坚定理想信念。青年干部要把学习作为第一需要，在学思践悟中筑牢信仰之基。
第二，要敢于担当作为。哪里任务最重、条件最苦，青年干部就要冲到哪里，在急难险重任务中磨砺成长。
第三，要严守纪律规矩。要时刻保持清醒头脑，慎独慎微，干干净净做事，清清白白做人。
希望大家珍惜韶华、奋发有为，在推动青田高质量发展的火热实践中书写无愧于时代的青春篇章。
""",
    ),
    dict(
        slug="qa-zhiwen-answer-vote-bar",
        site="知闻问答 (invented)",
        style="问答社区",
        genre="经验",
        kind="other",
        form="text",
        source="https://www.zhiwen.example.com/question/30418/answer/88120",
        title="写调研报告时怎样把问题写深写透？",
        record_title=None,
        date="2024-05-03",
        notes="a Q&A answer: a follow / invite bar, the answerer's line, an 'N people agreed' line, an 'edited on' line with the rights statement, a vote bar with counters, a prompt to see all answers",
        page="""
!m 知闻问答　首页　发现　等你来答
{T}
!a 关注问题　　邀请回答　　写回答
!m 1,203 人赞同了该回答
{BODY}
!m 编辑于 2024-05-03 10:22 · 著作权归作者所有
!a 赞同 1.2K　　56 条评论　　分享　　收藏　　喜欢
!l 查看全部 8 个回答
""",
        body="""
说几点自己的经验，供参考。
首先，问题要找准。调研前先把相关政策和数据吃透，带着问题下去，而不是下去再找问题。
其次，分析要深入。不能停留在现象层面，要多问几个为什么，从体制机制上找原因。
最后，建议要管用。每条建议都要对应一个问题，说清楚谁来做、怎么做、什么时候做完。
写完以后多读几遍，把空话套话删掉，报告自然就有分量了。
""",
    ),
    dict(
        slug="anthology-moxiang-essay-chapter-nav",
        site="墨香文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://moxiang.example.org/works/1182/ch15.html",
        title="老屋后面的那片竹林",
        record_title="老屋后面的那片竹林_墨香文集",
        date="2023-11-20",
        notes="a personal anthology: a collection breadcrumb with '—>', a word-count and reads row with middle dots, a rights notice, chapter navigation and the author's other works",
        page="""
!m 墨香文集 —> 散文随笔 —> 乡愁
{T}
!m 作者：青禾　·　字数：1,086　·　阅读：523　·　2023-11-20
{BODY}
!d 本文由作者授权发布，著作权归作者本人，未经许可请勿转载。
!l 上一章　目录　下一章
!l 作者其他作品：父亲的扁担｜外婆的灶台｜村口的老井
""",
        body="""
老屋后面有一片竹林，是爷爷年轻时亲手栽下的。
小时候，竹林是我们的乐园。春天挖笋，夏天乘凉，秋天捡竹叶生火，冬天看雪压弯竹梢，一年四季都有说不完的乐趣。
后来我离开家乡到城里读书、工作，回老家的次数越来越少。去年秋天回去，看见竹林比从前更密了，风一吹，沙沙作响，好像在跟我打招呼。
竹子扎根深，经得起风雨。我想，这大概就是爷爷栽竹的用意吧。
""",
    ),
    dict(
        slug="oa-lanxin-plan-trailing-table",
        site="蓝鑫集团协同办公平台 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://oa.lanxin.example.com/doc/view?id=20240308112",
        title="2024年安全生产目标责任分解方案",
        date="2024-03-08",
        notes="an intranet page: a confidentiality label, a read-receipt counter, a 发文部门/文件编号 row; the document ends with a data table (rows of short cells without sentence ends) that must stay; buttons after it",
        page="""
!m 蓝鑫集团协同办公平台　｜　公文流转
!m 内部资料　注意保密
{T}
!m 发文部门：安全环保部　　文件编号：LX-AQ-2024-07　　发布日期：2024-03-08
!m 已读 158 人　未读 12 人
{BODY}
!a 打印　|　导出PDF　|　返回列表
!d 本信息仅限集团内部员工查阅，严禁截屏外传。
""",
        body="""
为落实集团2024年安全生产工作会议精神，确保全年安全生产目标实现，现将主要目标责任分解如下。
一、总体目标
全年不发生较大及以上生产安全事故，一般事故起数同比下降10%，隐患整改率达到100%。
二、责任分解
各单位主要负责人是本单位安全生产第一责任人，对本单位安全生产工作全面负责。分管负责人对分管领域安全生产工作负直接领导责任。
三、主要指标分解表
单位　　隐患排查次数　　培训覆盖率　　应急演练次数
一分公司　　24　　100%　　4
二分公司　　24　　100%　　4
物流中心　　12　　100%　　2
""",
    ),
    dict(
        slug="edu-yuying-notice-contact-in-body",
        site="育英实验学校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuying.example.edu.cn/tzgg/2024/0612/7710.html",
        title="关于2024年暑假安全教育工作的通知",
        date="2024-06-12",
        notes="school HTML page: a breadcrumb with '→' and spaces, meta with 信息来源 and 点击数, the notice's own contact sentence with a phone (stays), an admissions WeChat prompt (goes), a footer with an address and a post code",
        page="""
<html><head><meta charset="utf-8"><title>关于2024年暑假安全教育工作的通知—育英实验学校</title></head><body>
<div class="head">⟦m 育英实验学校⟧ ⟦m 学校首页　学校概况　德育之窗　教学科研　招生专栏⟧</div>
<div class="pos">⟦m 当前位置 → 首页 → 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息来源：政教处　　作者：李明　　点击数：318　　更新：2024-06-12⟧</div>
<div class="con">
{BODY}
</div>
<div class="side">⟦w 2024级招生咨询：请添加招生办老师微信 yuying_zs2024⟧</div>
<div class="foot">⟦m 地址：育英县城南新区学府路88号　邮编：421300　备案号：育ICP备2013000456号⟧</div>
</body></html>
""",
        body="""
各班主任、全体学生家长：
暑假即将来临，为确保学生度过一个安全、愉快的假期，现就暑假安全教育工作通知如下。
一、各班要在放假前召开一次安全主题班会，重点讲清防溺水、交通安全、用电用气安全和网络安全知识。
二、请家长切实履行监护责任，不让孩子私自下河游泳，不让未满12周岁的孩子骑自行车上路。
三、假期中如遇紧急情况，请及时与班主任联系，学校值班电话：0734-8261002。
育英实验学校
2024年6月12日
""",
    ),
    dict(
        slug="fanwen-wenyuan-insight-writer-prompts",
        site="文苑范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wenyuanfw.example.com/xinde/2024/11802.html",
        title="学习新修订《中国共产党纪律处分条例》心得体会",
        record_title="【干货】学习新修订《中国共产党纪律处分条例》心得体会（收藏版）",
        date="2024-05-20",
        notes="a 范文 site: a decorated record title, a writing-service prompt with a disguised messenger and an id, a prompt to claim templates, an upload notice in other words, related list headed '本类热点'",
        page="""
!m 文苑范文网　＞　心得体会　＞　学习心得
!t 【干货】学习新修订《中国共产党纪律处分条例》心得体会（收藏版）
!m 发布者：文苑小编　　时间：2024-05-20　　人气：6,211
{BODY}
!w 一对一材料辅导，先看稿后付款，V：wenyuan_laoshi66
!w 添加老师领取300套心得模板，备注“文苑”
!d 本站部分内容来自网友投稿，若有不妥之处请留言告知，我们会在24小时内处理。
!l 本类热点
!l 党纪学习教育读书班研讨发言
!l 学习党纪心得体会3篇
""",
        body="""
近期，我认真学习了新修订的《中国共产党纪律处分条例》，深刻认识到这次修订是推进全面从严治党的重要举措。
一是要深学细悟，把条例学深学透。条例是党员干部的行为底线，只有把每一条规定都弄清楚、记明白，才能做到知敬畏、存戒惧、守底线。
二是要对照检视，把问题找准找实。我结合自身岗位，从工作作风、廉洁自律等方面逐条对照，查找出三方面的不足，并制定了整改措施。
三是要知行合一，把纪律挺在前面。今后，我将把条例要求落实到日常工作的各个环节，自觉接受监督，做一名遵规守纪的合格党员。
""",
    ),
    dict(
        slug="news-jinghe-html-stats-table-end",
        site="泾河日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jinghedaily.example.cn/jj/2024-07/20/content_33101.htm",
        title="上半年全市经济运行稳中向好",
        date="2024-07-20",
        notes="news HTML page: a byline with 稿件来源 and 责编, the article ends with a data table of indicators (must stay), then a share bar, a corrections prompt, a hot list under '热搜榜'",
        page="""
<html><head><meta charset="utf-8"><title>上半年全市经济运行稳中向好_泾河日报网</title></head><body>
<div class="nav">⟦m 泾河日报网⟧ ⟦m 首页 | 时政 | 经济 | 社会 | 文旅 | 评论⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 稿件来源：泾河日报　　责编：韩露　　2024-07-20 07:45⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦a 分享至：朋友圈　微博　QQ好友　复制链接⟧</div>
<div class="err">⟦a 发现错误？点此纠错⟧</div>
<div class="hot"><h3>⟦l 热搜榜⟧</h3><ol><li>⟦l 泾河大桥主体工程完工⟧</li><li>⟦l 市区新增停车泊位三千个⟧</li></ol></div>
</body></html>
""",
        body="""
记者从市统计局获悉，上半年，全市经济运行总体平稳、稳中向好，主要指标增速好于预期。
其中，规模以上工业增加值增长7.2%，固定资产投资增长6.5%，社会消费品零售总额增长5.8%，均高于全省平均水平。
市统计局有关负责人表示，下半年将密切跟踪经济运行态势，为市委、市政府决策提供及时准确的统计服务。
附：上半年主要经济指标
指标　绝对值（亿元）　增速（%）
地区生产总值　1286.4　6.1
规模以上工业增加值　402.7　7.2
社会消费品零售总额　531.9　5.8
""",
    ),
    dict(
        slug="docshare-qiantang-pledge-upload-notice",
        site="钱塘资料分享 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://share.qiantang.example.com/f/8812aa.html",
        title="文明祭扫倡议书",
        record_title="文明祭扫倡议书(2篇)",
        date="2024-03-28",
        notes="a sharing page: pages cut by '第 N 页 共 3 页' on their own line, an upload notice in other words, a reprint prompt, a download bar with a price and points, an id-like file number",
        page="""
!t 文明祭扫倡议书(2篇)
!m 文件编号：QT-20240328-0071　　上传者：春风十里
!a 下载需要 2 积分　　VIP免积分下载　　举报
{BODY}
!d 该资料是网友分享的，平台只做信息存储，若资料侵犯了您的权益，请提交申诉，核实后立即下架。
!a 觉得有用就转发给身边的朋友吧
""",
        pages=dict(fmt="第 {n} 页 共 3 页", every=150, start=2),
        body="""
广大市民朋友们：
清明将至，又到了缅怀先人、寄托哀思的时节。为倡导文明新风，保护生态环境，我们向全市市民发出如下倡议。
一、提倡鲜花祭扫、植树祭扫、网络祭扫等文明方式，不在林区、墓区焚烧纸钱、燃放鞭炮。
二、合理安排出行时间，尽量错峰祭扫，乘坐公共交通，遵守交通秩序。
三、从我做起，从家庭做起，带动亲朋好友共同参与文明祭扫。
让我们携起手来，用文明的方式寄托哀思，共建美丽家园。
市文明办
2024年3月28日
""",
    ),
    dict(
        slug="wenku-lanting-minutes-dashed-page-markers-wrapped",
        site="兰亭文档库 (invented)",
        style="文库预览",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://www.lantingdoc.example.com/v/3318820.html",
        title="镇党委2024年第8次理论学习中心组学习会议纪要",
        record_title="镇党委2024年第8次理论学习中心组学习会议纪要.doc",
        date="2024-08-27",
        notes="wrapped at 42 columns with '— 第 N 页 —' markers glued or alone, some after a wrap that fell on a sentence end; a lone QQ group id at the very end",
        page="""
!t 镇党委2024年第8次理论学习中心组学习会议纪要.doc
!m 兰亭文档库　>　党建文库　>　会议纪要
!a 文档预览完毕，完整版下载仅需 2 积分
{BODY}
!l 同栏目资讯
!l 村级组织换届选举工作纪要
!w 资料交流QQ群：581204377
""",
        wrap=42,
        pages=dict(fmt="— 第 {n} 页 —", every=100, start=2, glue="mix"),
        body="""
8月27日上午，镇党委召开2024年第8次理论学习中心组学习会议，镇党委书记主持会议，中心组成员参加学习。会议集中学习了党的二十届三中全会精神，围绕进一步全面深化改革进行了交流研讨。
会议指出，学习贯彻全会精神是当前和今后一个时期的重大政治任务，全镇上下要原原本本学、联系实际学，切实把思想和行动统一到全会精神上来。
会议要求，要把学习成果转化为推动工作的实际成效，聚焦产业发展、基层治理和民生保障，谋划一批改革举措，推动各项工作落地见效。
镇党委办公室
2024年8月27日
""",
    ),
    dict(
        slug="docshare-feiyun-letter-bracket-total-markers",
        site="飞云共享文库 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://feiyun.example.com/doc/f-20240415.html",
        title="关于商请协助做好高校毕业生就业服务工作的函",
        record_title="【推荐下载】关于商请协助做好高校毕业生就业服务工作的函（附回执）",
        date="2024-04-15",
        notes="'[N/M]' markers glued to the continuation line, a decorated record title with an attachment label, an upload notice citing the site in other words, a prompt to follow an account with its id",
        page="""
!t 【推荐下载】关于商请协助做好高校毕业生就业服务工作的函（附回执）
!m 上传人：晨星　|　2024-04-18　|　已有 86 人下载
{BODY}
!d 以上内容为平台用户自行上传，飞云共享文库仅作展示，不对内容负责，若有侵权请联系删除。
!w 更多公文资料请关注公众号：feiyun_wenku
""",
        pages=dict(fmt="[{n}/3]", every=150, start=2, glue=True),
        body="""
县直有关单位：
为做好2024年高校毕业生就业服务工作，帮助毕业生尽早实现就业，县人力资源和社会保障局拟于5月中旬举办高校毕业生专场招聘会，现商请贵单位协助做好以下工作。
一、请梳理本单位及所属企业的用人需求，于4月30日前将岗位信息表报送我局。
二、请安排专人参加招聘会现场咨询，向毕业生宣传相关就业政策。
感谢贵单位的大力支持！
县人力资源和社会保障局
2024年4月15日
""",
    ),
]
