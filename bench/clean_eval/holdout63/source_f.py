"""holdout63, part F: more text pages across styles (wraps, markers, one line, glued chrome). Invented text."""

CASES = [
    dict(
        slug="fanwen-moxiang-text-pigeon-club-host",
        site="墨香范文屋 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.moxiangfw.example/zcc/2025/7781.html",
        title="信鸽协会年度颁奖晚会主持词",
        record_title="信鸽协会年度颁奖晚会主持词_墨香范文屋",
        date=None,
        notes="decorated title glued to the first line; writing-service contact between paragraphs; no date",
        page="""
!m 墨香范文屋 · 主持词大全
!m 当前位置：墨香范文屋 > 主持词 > 晚会主持词
{BODY}
!l 相关主持词：体育颁奖典礼主持词｜年会主持串词
!d 声明：本站内容由网友投稿，仅供参考。
""",
        body="""
⟦t 信鸽协会年度颁奖晚会主持词⟧尊敬的各位领导、各位鸽友：大家晚上好！
一年来，我们的信鸽翱翔蓝天，赛出了成绩，也赛出了友谊。
⟦w 材料写不出来？找墨香代笔，微信：moxiang_xz⟧
下面，有请协会会长为获得春季公棚赛冠军的鸽友颁奖。
让我们期待来年再创佳绩，晚会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="wenku-lanye-text-ferry-report-wrapped-markers",
        site="蓝页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://lanye.wenku.example/doc/30021.html",
        title="关于全县农村渡口渡船安全状况的调研报告",
        record_title="关于全县农村渡口渡船安全状况的调研报告（精选）",
        date="2025-09-18",
        notes="hard-wrapped at 58 columns; page markers ‹n› between wrapped lines, mixed glue",
        page="""
!m 蓝页文库
!t 关于全县农村渡口渡船安全状况的调研报告（精选）
!a 全文共5页，当前试读3页
{BODY}
!a 试读结束，完整版请付费 3.8 元
!d 蓝页文库不对用户上传文档的真实性负责。
""",
        wrap=58,
        pages=dict(fmt="‹{n}›", every=130, start=2, glue="mix"),
        body="""
根据县政协年度工作安排，调研组于8月下旬深入全县7个乡镇，对12处农村渡口进行了实地调研。
调研发现，全县渡船平均船龄达16年，部分渡船救生设备配备不足，船工年龄普遍偏大，平均年龄58岁。
建议：一是加快老旧渡船更新；二是落实渡口管理经费；三是加强船工队伍建设，鼓励年轻人持证上岗。
县政协社会法制委员会调研组
2025年9月18日
""",
    ),
    dict(
        slug="gov-weiting-text-kite-heritage-opinion",
        site="苇汀县文化馆网 (invented)",
        style="政府门户",
        genre="意见",
        kind="opinion",
        form="text",
        source="http://whg.weiting.example/fwzx/2025/66.html",
        title="关于加强风筝非遗传承保护的实施意见",
        record_title=None,
        date="2025-02-26",
        notes="title missing in record; 文号 neutral; 成文日期; 下载 sentence of content kept; glued meta",
        page="""
!m 苇汀县文化馆 | 非遗保护 | 公共文化 | 馆藏资源
!m 首页 » 非遗保护 » 政策文件
{T}
苇文旅发〔2025〕4号
{BODY}
!m 【信息来源：县文化馆】【发布日期：2025-03-03】
!a 【关闭本页】
""",
        body="""
为做好风筝制作技艺的传承保护，提出如下意见。
一、建立传承人名录，对代表性传承人每年给予传承补助。
二、开设风筝传习所，每年培养学徒不少于20人。
三、建设数字档案，传承人作品图片和视频资料由县文化馆统一采集，群众可在文化馆网站下载观看。
苇汀县文化和旅游局
2025年2月26日
""",
    ),
    dict(
        slug="news-baisha-text-salt-festival-title-twice",
        site="白沙新闻在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.baishaxw.example/2025/10/11/a88.html",
        title="首届海盐文化节在滨海开幕",
        record_title="首届海盐文化节在滨海开幕--白沙新闻在线",
        date="2025-10-11",
        notes="title twice; byline date; editor line; share bar glued after a 。",
        page="""
!m 白沙新闻在线　权威 · 及时 · 贴近
!t 首届海盐文化节在滨海开幕--白沙新闻在线
{T}
!m 2025年10月11日 09:12　来源：白沙日报
{BODY}
!m 【编辑：欧阳晴　校对：黎平】
!l 新闻排行　① 滨海高铁站改扩建　② 秋季招聘会
""",
        body="""
10月10日，首届海盐文化节在滨海镇北芦盐场开幕，吸引游客近万人。⟦l 分享至：朋友圈 微博 复制链接⟧
文化节为期三天，设有古法晒盐展示、盐雕艺术展和海鲜美食街等活动。
主办方介绍，将把文化节办成每年一届的品牌活动。
""",
    ),
    dict(
        slug="blog-sangyuan-text-oneline-silk-road",
        site="桑园拾光 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://sangyuanshiguang.example/p/202",
        title="外婆的缫丝车",
        record_title="外婆的缫丝车 - 桑园拾光",
        date="2025-01-19",
        notes="blog; whole body on one line; byline 发布于 date; comment box",
        page="""
!m 桑园拾光 | 首页 | 随笔 | 相册
!t 外婆的缫丝车 - 桑园拾光
!m 发布于 2025-01-19 · 阅读 322
{BODY}
!l 评论（4）　写下你的评论…
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆家的堂屋里，一直放着一架老缫丝车。
小时候我常坐在旁边，看她把蚕茧放进热水锅里，找出丝头，一圈圈绕上丝框。
如今缫丝车成了家里的老物件，可那一锅热水的气味，我至今还记得。
""",
    ),
    dict(
        slug="docshare-wendou-text-dragon-boat-budget",
        site="文斗文档 (invented)",
        style="文档分享",
        genre="预算表",
        kind="plan",
        form="text",
        source="https://www.wendoudoc.example/view/99121",
        title="菱港村龙舟赛经费预算方案",
        record_title="菱港村龙舟赛经费预算方案（可直接打印）",
        date=None,
        notes="decorated title; budget table kept; upload notice; no date",
        page="""
!m 文斗文档 — 文档分享平台
!t 菱港村龙舟赛经费预算方案（可直接打印）
!m 上传人：菱港小陈　格式：xlsx转文本　阅读 96
{BODY}
!d 本文档由网友上传至文斗文档，仅供交流，侵删。
!a 获取原文件请点击“立即下载”
""",
        body="""
为办好今年村龙舟赛，村委会编制经费预算如下：
项目　金额（元）
龙舟维修　12000
奖金奖品　8000
安全保障　5000
合计　25000
经费由村集体收入和村民自愿捐助解决，使用情况赛后张榜公布。
""",
    ),
    dict(
        slug="qa-zhidao-text-pigeon-homing",
        site="知道吧问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="http://zhidaoba.example/q/71723",
        title="信鸽为什么能找到回家的路？",
        record_title=None,
        date=None,
        notes="title missing, printed as question; answer with votes; no date",
        page="""
!m 知道吧 · 问答
{T}
!m 提问于 2年前　3个回答
!m 已采纳
{BODY}
!l 👍 120　💬 评论
!a 打开APP查看更多回答
""",
        body="""
科学家认为信鸽主要靠几种“导航”方式：一是感知地球磁场；二是利用太阳的位置判断方向；三是记住熟悉的地标。
所以信鸽从小就要训练，让它熟悉鸽舍周边的环境。
""",
    ),
    dict(
        slug="localforum-yinghai-text-salt-road-complaint",
        site="萤海论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.yinghai.example/thread-5521-1-1.html",
        title="盐场路什么时候能修好？",
        record_title="盐场路什么时候能修好？ - 民生热线 - 萤海论坛",
        date=None,
        notes="local forum with an official reply dated relative; junk; wrap 66",
        page="""
!m 萤海论坛 » 民生热线
!t 盐场路什么时候能修好？ - 民生热线 - 萤海论坛
!m 发表于 5 天前 | 只看该作者 | 倒序浏览
{BODY}
!l 相关帖子：滨海公交几点收班
!m 萤海论坛　手机版
""",
        wrap=66,
        junk=dict(lines=1, glued=1),
        body="""
盐场路坑坑洼洼大半年了，下雨天积水到脚脖子，电动车经常摔倒。
听说去年就立项了，到现在也没动工。希望有关部门给个说法。
""",
    ),
    dict(
        slug="rsks-luchuan-text-kite-teacher-interview",
        site="蓼川人事人才网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rc.luchuan.example/gg/2025/88.html",
        title="蓼川镇文化站公开招聘风筝传习员面试公告",
        record_title="蓼川镇文化站公开招聘风筝传习员面试公告",
        record_date="2025-05-30",
        date="2025-05-30",
        notes="record date; candidates table kept; 咨询电话 kept next to site phone",
        page="""
!m 蓼川人事人才网　服务热线：0566-3350001
!m 首页 > 招考公告
{T}
{BODY}
!a 【字号：大 中 小】　【打印本页】
!m 蓼川镇人力资源服务站主办
""",
        body="""
根据招聘公告，现将进入面试人员名单公布如下：
准考证号　姓名
250101　程晓鸢
250104　蔡安
250107　孟舒
面试时间：6月7日上午8:30，地点：镇文化站二楼。
咨询电话：0566-3350218
""",
    ),
    dict(
        slug="print-haidong-text-salt-inspection-report",
        site="海东市场监管（打印版） (invented)",
        style="打印页",
        genre="报告",
        kind="report",
        form="text",
        source="http://scjg.haidong.example/print/2211",
        title="2025年第三季度食盐质量抽检情况报告",
        record_title="2025年第三季度食盐质量抽检情况报告.pdf",
        date="2025-10-12",
        notes="print view; file-name title; table kept; print-time stamp not a date; Chinese-numeral date",
        page="""
!a [打印]　[关闭窗口]
{T}
{BODY}
!m 本页地址：scjg.haidong.example/art/2211　打印时间：2025-11-02
""",
        body="""
第三季度共抽检食盐样品60批次，合格58批次，合格率96.7%。
品种　批次　合格
精制盐　32　31
日晒盐　28　27
不合格产品均已责令下架，并依法立案调查。
海东市市场监督管理局
二〇二五年十月十二日
""",
    ),
]
