"""holdout53, part E: writing apps, exam forums, encyclopaedias, cloud drives, search
snapshots and print views — an aid station, marrow donors, community correction, a seismic
essay, soil conservation, an oral-history plan, a levee plan. Invented text."""

CASES = [
    dict(
        slug="fanwenapp-text-aidstation-summary",
        site="笔下生花 APP 分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bxsh.example.com/m/article?id=551902&from=wx",
        title="磐溪县救助管理站2025年上半年工作总结",
        record_title="磐溪县救助管理站2025年上半年工作总结（精选范文）",
        date="2025-07-04",
        notes="app share page: decorated title; 'open in app' and member-unlock lines between paragraphs; a writer's AI-rewrite button glued after a 。; date from the signature",
        page="""
!m 笔下生花 · 懂你的写作助手
!t 磐溪县救助管理站2025年上半年工作总结（精选范文）
!m 3.4万人看过　|　收藏 812
{BODY}
!a 打开APP，一键改写成你的单位
!l 为你推荐：民政局半年工作总结　敬老院工作总结
""",
        body="""
今年上半年，我站坚持“应救尽救”原则，共救助各类流浪乞讨人员二百零六人次。
一是强化主动救助，开展街面巡查一百四十次，劝导入站五十三人。⟦a AI帮我续写⟧
⟦a 会员专享：解锁剩余全部内容⟧
二是做好寻亲服务，通过人脸识别和新媒体寻亲帮助十九名受助人员返乡。
三是加强站内管理，完成消防设施改造，全年无安全事故。
磐溪县救助管理站
2025年7月4日
""",
    ),
    dict(
        slug="fanwenapp-text-marrow-speech-oneline",
        site="公文宝 APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.gongwenbao.example.cn/s/9Qw2Lm",
        title="在造血干细胞捐献者表彰会上的致辞",
        record_title="在造血干细胞捐献者表彰会上的致辞",
        date=None,
        notes="the speech on one line after a title bar; no date (only 2小时前 on the share); bottom toolbar",
        oneline=True,
        indent="　　",
        page="""
!m 公文宝　·　热门范文
{T}
!m 作者：红心小编　2小时前
{BODY}
!a 复制　　导出Word　　分享给同事
!d 范文仅供参考，使用前请结合实际修改。
""",
        body="""
尊敬的各位捐献者、各位来宾：
今天，我们在这里隆重表彰去年以来实现造血干细胞捐献的六位志愿者。
你们用自己的行动诠释了“人道、博爱、奉献”的精神，为素不相识的患者带去了生的希望。
希望更多的人了解捐献、支持捐献，让爱心接力永不停歇。
""",
    ),
    dict(
        slug="gkforum-text-correction-interview-material",
        site="上岸研习社论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.shangan.example.com/thread-7718230-1-1.html",
        title="司法所社区矫正岗位实习心得",
        record_title="[面试素材] 司法所社区矫正岗位实习心得 - 结构化面试 - 上岸研习社",
        date="2026-03-21",
        notes="exam forum: decorated title; 发表于 is the date; junk glued; a VIP-course ad line between paragraphs; reply floors",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸研习社 › 结构化面试 › 面试素材
!t [面试素材] 司法所社区矫正岗位实习心得 - 结构化面试 - 上岸研习社
!m 楼主 小泷同学 发表于 2026-3-21 22:40
{BODY}
!l 沙发 上岸锦鲤：收藏了，谢谢楼主
!a 回复后可查看楼主其他素材　　【回复】【引用】
""",
        body="""
去年暑假，我在泷水县城关司法所实习了两个月，主要协助社区矫正工作。
实习期间，我跟着工作人员做了二十多次走访，发现每个矫正对象背后都有不同的家庭故事。
⟦a 【面试冲刺班】名师一对一模拟，立即咨询 >>⟧
我体会最深的是，社区矫正既要严格监管，也要有温度，帮助他们重新找到生活的方向。
这段经历让我更加坚定了报考基层司法行政岗位的决心。
""",
    ),
    dict(
        slug="gkforum-html-seismic-essay-practice",
        site="申论研习网论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.shenlunyx.example.net/bbs/post/60213.html",
        title="筑牢防震减灾的群众防线",
        record_title=None,
        date="2026-08-11",
        notes="no record title; an essay practice post: the essay title inside the post under the poster's line; 发帖时间 as the date; a teacher's score reply, ad banner",
        page="""
<html><head><meta charset="utf-8"><title>【申论练笔】求批改，防震减灾主题 - 申论研习网论坛</title></head><body>
<div class="hd">⟦m 申论研习网论坛⟧ ⟦a 登录⟧ ⟦a 注册送资料⟧</div>
<div class="bar">⟦m 首页 > 申论 > 大作文练笔⟧</div>
<div class="topic">⟦m 【申论练笔】求批改，防震减灾主题⟧</div>
<div class="user">⟦m 备考ing小矶　发帖时间：2026-08-11 20:03⟧</div>
<div class="post">
<h3>⟦t 筑牢防震减灾的群众防线⟧</h3>
{BODY}
</div>
<div class="floor">⟦l 2# 申论老师·陈：立意准确，论证稍显单薄，给22分。⟧</div>
<div class="ad">⟦a 2027省考申论精批班开课，前50名半价⟧</div>
<div class="ft">⟦m 申论研习网 版权所有⟧</div>
</body></html>
""",
        body="""
地震无法阻止，但灾害可以减轻。筑牢防震减灾的群众防线，关键在于提高每个人的避险能力。
一方面，要让科普走进社区和学校，使群众掌握基本的避险和自救技能。
另一方面，要建好用好应急避难场所，平时常演练，急时能管用。
只有人人都成为防灾减灾的参与者，才能真正把灾害损失降到最低。
""",
    ),
    dict(
        slug="wiki-text-soil-plan-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.zhiyuan.example.com/item/水土保持方案/10392",
        title="水土保持方案",
        record_title="水土保持方案_知源百科",
        date=None,
        notes="encyclopaedia entry: example dates and a 20××年 placeholder inside sentences are not dates; edit links, catalogue, 'cited by' and a contribution note",
        page="""
!m 知源百科　|　让知识有源头
!t 水土保持方案_知源百科
!a 编辑　　讨论　　收藏　　上传视频
!l 目录：1 定义　2 编报范围　3 审批
!m 本词条由“知源百科·水利科普团队”参与编辑并审核
{BODY}
!m 词条统计：浏览次数 18,204　编辑次数 9次　最近更新：水保学徒
!d 百科词条内容由网友共同编辑，如需专业意见请咨询相关部门。
""",
        body="""
水土保持方案是生产建设单位在项目开工前编制的预防和治理水土流失的技术文件。
凡在山区、丘陵区、风沙区以及容易发生水土流失的其他区域开办生产建设项目的，都应当编制水土保持方案。
例如，某公路项目于2019年3月立项，应在开工前取得水土保持方案审批文件。
方案封面的编制日期一般写作“20××年××月”，由编制单位填写。
""",
    ),
    dict(
        slug="wiki-html-dragonboat-entry-placeholders",
        site="问典 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://www.wendian.example.cn/wiki/龙舟竞渡安全须知",
        title="龙舟竞渡安全须知",
        record_title="龙舟竞渡安全须知 - 问典",
        date=None,
        notes="encyclopaedia HTML: a sample notice with ××××年×月×日 placeholder inside the entry; infobox; reference list; edit links",
        page="""
<html><head><meta charset="utf-8"><title>龙舟竞渡安全须知 - 问典</title></head><body>
<div class="top">⟦m 问典⟧ ⟦a 创建词条⟧ ⟦a 个人中心⟧</div>
<h1>⟦t 龙舟竞渡安全须知⟧</h1>
<div class="tools">⟦a 编辑词条⟧ ⟦a 添加义项⟧ ⟦l 分享⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：龙舟竞渡安全须知⟧</td></tr><tr><td>⟦m 适用对象：龙舟赛组织者及参赛队⟧</td></tr></table>
{BODY}
<div class="ref">⟦l 参考资料：1.《群众体育活动安全管理指引》⟧</div>
<div class="foot">⟦m ©2026 问典　使用问典前必读⟧</div>
</body></html>
""",
        body="""
龙舟竞渡安全须知是龙舟赛事组织者在赛前向参赛队伍发布的安全要求，一般包括装备、气象和救援三方面内容。
常见的格式是：开头说明赛事名称和时间，中间逐条列明要求，结尾署组织单位名称和日期，日期处可先写作“××××年×月×日”。
主要要求包括：全体队员必须穿着救生衣；遇雷电大风立即停赛；赛道沿线配置救援船只。
""",
    ),
    dict(
        slug="netdisk-text-oral-history-plan",
        site="云筐网盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://pan.yunkuang.example.com/s/1xQ7rTz0",
        title="沅坪县口述历史采集工作方案",
        record_title=None,
        date="2026-03-30",
        notes="no record title; cloud-drive share: the title only as a file name with size (title_also); text preview cut by markers ⟮n⟯; save-to-drive buttons; an expiry line",
        title_also=["沅坪县口述历史采集工作方案.docx"],
        pages=dict(fmt="⟮{n}⟯", every=120, start=2),
        page="""
!m 云筐网盘　|　分享的文件
!t 沅坪县口述历史采集工作方案.docx　（27.6 KB）
!m 分享者：文史小管家　有效期：永久有效
!a 保存到我的网盘　　普通下载　　超级会员极速下载
{BODY}
!d 请勿分享违法违规内容，云筐将依法配合有关部门处理。
""",
        body="""
为系统保存沅坪县重大历史事件亲历者的记忆，县政协文史委决定开展口述历史采集工作。
一、采集对象：年满八十周岁、亲历本县重要历史事件的老同志、老教师、老工人和老农民。
二、采集方式：以录音录像为主，每名受访者采访不少于两次，每次不超过两小时。
三、成果形式：整理文字稿，编印《沅坪口述历史》第一辑。
沅坪县政协文史和学习委员会
2026年3月30日
""",
    ),
    dict(
        slug="netdisk-html-levee-flood-plan-preview",
        site="飞匣云盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.feixia.example.com/share/init?surl=Kq81mPz",
        title="泷水县堤防管理所2026年度汛方案",
        record_title="泷水县堤防管理所2026年度汛方案.pdf",
        date="2026-04-20",
        notes="cloud-drive PDF preview: file-name title; page markers as HTML paragraphs 〖n/4〗; a login and speed-up prompt",
        pages=dict(fmt="〖{n}/4〗", every=100, start=2),
        page="""
<html><head><meta charset="utf-8"><title>泷水县堤防管理所2026年度汛方案.pdf_免费高速下载|飞匣云盘</title></head><body>
<div class="hd">⟦m 飞匣云盘⟧ ⟦a 登录⟧ ⟦a 开通会员⟧</div>
<div class="file"><span>⟦t 泷水县堤防管理所2026年度汛方案.pdf⟧</span> <span>⟦m 1.2M⟧</span> <span>⟦m 2026-04-21 09:55 分享⟧</span></div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 下载（1.2M）⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 当前为预览模式，开通会员可高清无损预览⟧</div>
<div class="ft">⟦d 飞匣云盘严厉打击侵权盗版，举报请联系 jubao@feixia.example.com⟧</div>
</body></html>
""",
        body="""
为确保江堤安全度汛，结合我所管理的堤防实际，制定本方案。
一、责任分工：所长负总责，分管副所长具体负责，每五公里堤段落实一名巡堤责任人。
二、巡查制度：水位超过警戒水位时，实行昼夜不间断巡查，每两小时报告一次。
三、物资储备：储备编织袋三万条、块石八百立方米、救生衣二百件。
泷水县堤防管理所
2026年4月20日
""",
    ),
    dict(
        slug="snapshot-text-aidstation-heat-notice",
        site="搜寻快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souxun.example.com/c?m=8f1a2e&u=mz.panxi.example.gov.cn/2026/0710.html",
        title="关于做好高温天气流浪乞讨人员救助工作的通知",
        record_title="关于做好高温天气流浪乞讨人员救助工作的通知",
        date="2026-07-10",
        notes="text-only cache: a snapshot banner with a crawl time (not a date), highlighted-keyword note; the page's own 发布日期 line is the date",
        page="""
!d 这是 http://mz.panxi.example.gov.cn/2026/0710.html 的快照，是网页在 2026年7月14日 03:12:45 GMT 的样子。
!d 当前页面可能已更改，请点击此处查看当前页面。
!m 以下搜索词已被标亮：高温 救助
!m 磐溪县民政局 > 工作动态
{T}
!m 发布日期：2026-07-10
{BODY}
!m 磐溪县民政局　版权所有
""",
        body="""
各乡镇人民政府、县救助管理站：
近期我县持续高温，为保障流浪乞讨人员生命安全，现就有关工作通知如下。
一、救助管理站要开放避暑场所，提供饮用水和防暑药品，做到全天候开放。
二、各乡镇要组织人员开展街面巡查，发现中暑人员及时送医。
磐溪县民政局
2026年7月10日
""",
    ),
    dict(
        slug="snapshot-html-hotspring-news-frame",
        site="易搜网页快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://snapshot.yisou.example.net/?url=www.mywqxh.example.org.cn/xhdt/2026/0918/81.html",
        title="温泉旅游行业协会组织开展服务技能比武",
        record_title="温泉旅游行业协会组织开展服务技能比武",
        record_date="2026-09-18",
        date="2026-09-18",
        notes="snapshot frame around the association's page: a banner with the snapshot stamp; inside, a 发布 line as the date; nav of the original page",
        page="""
<html><head><meta charset="utf-8"><title>温泉旅游行业协会组织开展服务技能比武 - 易搜快照</title></head><body>
<div class="snap">⟦d 易搜快照：本页为网页存档副本，保存于 2026-09-25 11:08，内容以原网站为准。⟧ ⟦a 访问原网页⟧</div>
<div class="orig">
<div class="hd">⟦m 湄阳县温泉旅游行业协会⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧</div>
<h2>⟦t 温泉旅游行业协会组织开展服务技能比武⟧</h2>
<div class="meta">⟦m 发布：2026-09-18　来源：秘书处⟧</div>
{BODY}
<div class="ft">⟦m 协会地址：湄阳县汤泉路6号⟧</div>
</div></body></html>
""",
        body="""
9月17日，湄阳县温泉旅游行业协会组织会员单位开展服务技能比武，来自十四家企业的五十六名员工参赛。
比武设前台接待、泡池救护和客房服务三个项目，全部按实操考核。
协会负责人表示，将把比武中的优秀做法整理成服务规范，在全行业推广。
""",
    ),
    dict(
        slug="print-text-poetry-society-notice",
        site="漪城诗词网 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycshici.example.org/print.asp?id=1442",
        title="关于征集“春江花月”主题诗词作品的通知",
        record_title="打印 - 关于征集“春江花月”主题诗词作品的通知",
        date="2026-03-12",
        notes="print view: decorated title 'print - '; a print footer with page count and a print time stamp (not a date); the society's own e-mail kept",
        page="""
!t 打印 - 关于征集“春江花月”主题诗词作品的通知
!m 漪城诗词网　　http://www.ycshici.example.org
{BODY}
!m 打印时间：2026-04-02 10:31
!a [ 打印本页 ]　[ 关闭窗口 ]
!p 第 1 页，共 1 页
""",
        body="""
各位会员、诗词爱好者：
为迎接春季雅集，学会面向社会征集“春江花月”主题诗词作品。
一、作品要求：格律诗词须符合平水韵或中华新韵，每人限投二首。
二、投稿方式：请将作品发送至学会邮箱ycshici@example.org，截止日期为4月15日。
漪城市诗词学会
2026年3月12日
""",
    ),
    dict(
        slug="print-html-creditunion-summary-view",
        site="垟川农信 打印视图 (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.ycrcb.example.com.cn/print/2026/0110-summary.html",
        title="垟川农商银行2025年普惠金融工作总结",
        record_title="〔打印稿〕垟川农商银行2025年普惠金融工作总结",
        date="2026-01-10",
        notes="print view HTML: decorated title; a print toolbar and print footer; a table of loans kept",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕垟川农商银行2025年普惠金融工作总结</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印⟧ ⟦a 返回⟧ ⟦a 字号 A+ A-⟧</div>
<h1>⟦t 垟川农商银行2025年普惠金融工作总结⟧</h1>
{BODY}
<div class="pf">⟦p — 页 1 / 1 —⟧</div>
<div class="pf">⟦m 文档地址：https://www.ycrcb.example.com.cn/gywm/2026/0110.html⟧</div>
</body></html>
""",
        body="""
2025年，我行坚持支农支小定位，普惠金融各项指标稳步增长。
指标　年末余额（亿元）　比年初增长
普惠型小微企业贷款　42.6　12.3%
涉农贷款　88.1　8.7%
全年新增首贷户一千三百余户，为七十二个行政村开展整村授信。
垟川农村商业银行股份有限公司
2026年1月10日
""",
    ),
]
