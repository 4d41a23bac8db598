"""holdout169, part C: reflective vests (反光背心) — a personnel-exam site, a law firm, a
residents' site, a sanitation association, a training school, a writing app, an exam forum,
a cloud drive, a search cache, a county portal and a news app. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="exam-sanitation-inspector-interview-html",
        site="芨山市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.jsrsks.example.gov.cn/kwgg/2025/0815/2210.html",
        title="芨山市2025年公开招聘环卫安全督导员面试公告",
        record_title="【考务公告】芨山市2025年公开招聘环卫安全督导员面试公告",
        date="2025-08-15",
        notes="exam site: the site's technical line beside the exam committee's own 咨询电话; a timetable; a sentence telling candidates to 下载打印 the notice",
        page="""
<html><head><meta charset="utf-8"><title>芨山市人事考试网</title></head><body>
<div class="hd">⟦m 芨山市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 注册⟧</div>
<div class="nv">⟦l 首页⟧ ⟦l 考试公告⟧ ⟦l 成绩查询⟧ ⟦l 准考证打印⟧ ⟦l 政策法规⟧</div>
<div class="wz">⟦m 您现在的位置：考试公告 >> 事业单位⟧</div>
<h3>⟦t 【考务公告】芨山市2025年公开招聘环卫安全督导员面试公告⟧</h3>
<div class="sj">⟦m 发布日期：2025-08-15　发布单位：市人事考试中心⟧</div>
{BODY}
<div class="tip">⟦w 网站技术问题请致电：0717-6613300（仅限系统故障）⟧</div>
<div class="ft">⟦d 芨山市人力资源和社会保障局主办　未经授权禁止镜像⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将环卫安全督导员岗位面试有关事项公告如下。
一、面试时间和地点
日期　时段　地点
8月23日　上午8:00报到　市职业技术学校实训楼
8月23日　下午13:30报到　市职业技术学校实训楼
二、面试内容：结构化面试加道路作业安全实操，实操包括规范穿戴反光背心、摆放锥形桶等。
三、考生须于8月20日至22日登录本网站下载并打印面试通知书，凭通知书和身份证参加面试。
咨询电话：0717-6611452（市环境卫生管理处人事科）。
芨山市人事考试中心
2025年8月15日
""",
    ),
    dict(
        slug="lawfirm-road-worker-vest-liability-html",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="article",
        form="html",
        source="https://www.zhengheng-law.example.com/jiangtang/2025/0507.html",
        title="道路作业人员未穿反光背心被撞，责任怎么划分？",
        record_title="律师讲堂丨道路作业人员未穿反光背心被撞，责任怎么划分？",
        date=None,
        notes="law firm: a consult card with a phone and WeChat, a not-legal-advice disclaimer; no date (relative update time only)",
        page="""
<html><head><meta charset="utf-8"><title>律师讲堂丨道路作业人员未穿反光背心被撞-正衡律师事务所</title></head><body>
<div class="top">⟦m 正衡律师事务所　专注交通与劳动争议⟧</div>
<div class="menu">⟦l 律所简介⟧ ⟦l 专业团队⟧ ⟦l 律师讲堂⟧ ⟦l 经典案例⟧</div>
<h1>⟦t 道路作业人员未穿反光背心被撞，责任怎么划分？⟧</h1>
<div class="meta">⟦m 主讲：贺律师　更新于 6天前⟧</div>
{BODY}
<div class="card">⟦w 遇到类似纠纷？免费咨询 138-0721-6650（微信同号）⟧</div>
<div class="disc">⟦d 本文仅为普法讲解，不构成对具体案件的法律意见⟧</div>
<div class="more">⟦l 相关讲堂：工伤认定中的“上下班途中”⟧</div>
</body></html>
""",
        body="""
环卫工人、养护工人在道路上作业时被车辆撞伤，常见的争议是：作业人员没穿反光背心，算不算自己也有过错？
第一，机动车驾驶人负有注意义务，不能因为对方没穿反光背心就当然免责。
第二，作业单位未按规定配发反光背心、未设置警示标志的，应当对劳动者承担相应责任。
第三，劳动者在工作中受伤，可以依法申请工伤认定，与向肇事方索赔并不冲突。
""",
    ),
    dict(
        slug="community-night-patrol-vest-notice",
        site="蓂水县东篱社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.donglisq.example.org/gonggao/2025-1102.html",
        title="关于组建夜间义务巡逻队的通知",
        record_title="【居民须知】关于组建夜间义务巡逻队的通知",
        date="2025-11-02",
        notes="residents' site: community duty phone in the body beside a property hotline in the footer; a sign-up QR sentence in the body; chrome line between paragraphs",
        page="""
!m 东篱社区网 · 邻里一家亲
!l 首页 | 社区公告 | 便民服务 | 志愿服务 | 邻里圈
!t 【居民须知】关于组建夜间义务巡逻队的通知
!m 东篱社区居委会　2025-11-02　阅读 641
{BODY}
!w 物业24小时报修：0731-8899 4520
!l 点赞 35　评论 8　转发
""",
        body="""
各位居民：
入冬以来天黑得早，为加强小区夜间安全防范，社区决定组建夜间义务巡逻队，欢迎热心居民报名。
巡逻时间为每晚19:00至21:00，每组三人，社区统一配发反光背心、手电筒和对讲机。
⟦a 点击这里一键报名志愿服务⟧
报名请扫描社区公告栏上的二维码，或到居委会一楼登记。
社区值班电话：0731-8865 2107。
东篱社区居民委员会
2025年11月2日
""",
    ),
    dict(
        slug="association-sanitation-vest-standard-pledge-html",
        site="藜川县环境卫生协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.lchwxh.example.org.cn/xhdt/2025/0318/66.html",
        title="关于统一环卫作业反光背心配发标准的倡议",
        record_title="【协会倡议】关于统一环卫作业反光背心配发标准的倡议",
        date="2025-03-18",
        notes="association page: member-login, join-us float, a 入会咨询 line; numbered pledge items",
        page="""
<html><head><meta charset="utf-8"><title>藜川县环境卫生协会</title></head><body>
<div class="hd">⟦m 藜川县环境卫生协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦l 协会概况⟧ ⟦l 协会动态⟧ ⟦l 行业标准⟧ ⟦l 会员风采⟧</div>
<h2>⟦t 【协会倡议】关于统一环卫作业反光背心配发标准的倡议⟧</h2>
<p class="info">⟦m 发布时间：2025-03-18　来源：协会秘书处⟧</p>
{BODY}
<div class="join">⟦w 入会咨询：秘书处 0731-5531728⟧</div>
<div class="ft">⟦d 藜川县环境卫生协会版权所有⟧ ⟦m 湘ICP备2024017736号⟧</div>
</body></html>
""",
        body="""
全县各环卫作业企业：
目前各企业配发的反光背心颜色、反光条宽度不一，部分背心洗过几次后反光条脱落，夜间警示效果大打折扣。
为此，协会向全体会员单位倡议：
1. 统一采用荧光橙底色、反光条宽度不小于五厘米的背心；
2. 每名一线作业人员每年至少配发两件，破损、褪色的及时更换；
3. 夜间和雨雾天气作业必须穿着，班组长每班检查。
藜川县环境卫生协会
2025年3月18日
""",
    ),
    dict(
        slug="training-road-safety-course-brochure",
        site="安行职业培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="brochure",
        form="text",
        source="https://www.anxing-px.example.com/kecheng/2025/dlzy.html",
        title="道路养护作业安全员培训招生简章",
        record_title="学员必看 | 道路养护作业安全员培训招生简章",
        date=None,
        notes="training school: promo lines, a float consult box, a course table, the school's own 报名电话 in the body beside a 400 line; no date",
        page="""
!m 安行职业培训学校 — 持证上岗，安全先行
!a 免费试听　领取资料
!t 学员必看 | 道路养护作业安全员培训招生简章
{BODY}
!w 全国招生热线 400-686-3021　在线老师等你来问
!l 热门课程：叉车司机　电工证　高处作业
!d 最终解释权归本校所有
""",
        body="""
一、培训对象：公路、市政道路养护单位的一线作业人员和班组长。
二、课程安排：
模块　内容　课时
作业区设置　锥形桶、警示牌和反光背心的规范使用　8
应急处置　车辆闯入、人员受伤的处置流程　6
实操考核　模拟作业区布设　4
三、报名方式：携身份证复印件到校报名，报名电话：0738-2315507（教务处）。
""",
    ),
    dict(
        slug="app-township-vest-distribution-summary",
        site="笔记范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.bijifanwen.example.com/share/article?id=ad9f17",
        title="乡镇交通安全劝导站工作总结",
        record_title="乡镇交通安全劝导站工作总结（通用版）｜笔记范文APP",
        date=None,
        notes="writing app H5 share: open-in-app banners, a VIP unlock line between paragraphs, share counts; no date",
        page="""
!a 打开APP，阅读全文更流畅
!t 乡镇交通安全劝导站工作总结（通用版）
!m 笔记范文 · 总结汇报 · 1.2万人看过
{BODY}
!a 开通VIP，解锁全部1200篇同类范文
!l 猜你喜欢：农村道路交通安全工作总结　劝导员个人述职报告
!a 分享到微信　复制链接
""",
        body="""
今年以来，镇交通安全劝导站以“劝导一次、警醒一片”为目标，扎实开展农村道路交通安全劝导工作。
一、配齐装备。为十二个村级劝导点配发反光背心、指挥棒和执法记录仪，劝导员上岗必须着装。
⟦a 剩余内容仅对会员开放，点击免费试用7天⟧
二、抓住重点。在赶集日、节假日重点劝导不戴头盔、面包车超员和拖拉机违法载人。
三、取得成效。全年劝导各类交通违法行为三千余起，辖区未发生较大以上交通事故。
""",
    ),
    dict(
        slug="gkforum-interview-reflective-vest-answer",
        site="上岸圈公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="answer",
        form="text",
        source="http://bbs.shangan-q.example.com/thread-77310-1-1.html",
        title="有人说环卫工穿反光背心影响形象，你怎么看？",
        record_title="[面试真题] 有人说环卫工穿反光背心影响形象，你怎么看？ - 结构化面试 - 上岸圈",
        date=None,
        notes="exam forum: floors, a VIP-class ad line between paragraphs, relative time; no date",
        page="""
!m 上岸圈公考论坛 › 面试交流 › 结构化面试
!t [面试真题] 有人说环卫工穿反光背心影响形象，你怎么看？ - 结构化面试
!m 楼主 考公第三年　发表于 3 天前
!m 参考答案如下，欢迎拍砖：
{BODY}
!l 2楼 小白上岸中：思路清晰，收藏了
!a 回复本帖　收藏　评分
""",
        body="""
我认为这种说法是片面的。
首先，反光背心是环卫工人在道路上作业的“护身符”，夜间和雨雾天气能让驾驶人远远看到，是对生命的保护。
其次，所谓影响形象，本质上是对环卫工作的偏见，城市干净整洁正是环卫工人最好的形象。
⟦w 面试一对一精讲班报名中，私信老师领资料⟧
最后，有关部门可以在背心的款式上多做改进，让它既安全又美观，同时加强宣传，引导社会尊重环卫劳动。
""",
    ),
    dict(
        slug="netdisk-vest-procurement-budget-request",
        site="蔻云网盘 (invented)",
        style="网盘分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://pan.kouyun.example.com/s/1QvX8pM",
        title="关于申请增拨道路养护工人劳保用品经费的请示",
        record_title="关于申请增拨道路养护工人劳保用品经费的请示.wps",
        date="2025-02-20",
        notes="cloud-drive preview: share info, expiry, save/download buttons; 成文日期 under the signature; a budget table",
        page="""
!m 蔻云网盘 | 分享文件
!t 关于申请增拨道路养护工人劳保用品经费的请示.wps
!m 分享者：公路站小何　有效期：7天　浏览 29 次
!a 保存到我的网盘　普通下载　极速下载（会员）
{BODY}
!d 文件预览由系统生成，排版可能与原文不同
!a 登录后可查看更多分享文件
""",
        body="""
县交通运输局：
我站现有道路养护工人八十六名，现有反光背心多数已使用三年以上，反光性能明显下降，雨衣、手套等劳保用品也不足。
为保障养护工人作业安全，拟申请增拨劳保用品经费，明细如下：
品名　数量　单价（元）　金额（元）
反光背心　180件　35　6300
反光雨衣　90套　120　10800
以上合计17100元，妥否，请批示。
茈城县公路养护站
2025年2月20日
""",
    ),
    dict(
        slug="snapshot-vest-cycling-club-html",
        site="搜得快照 (invented)",
        style="搜索快照",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://cache.soude.example.com/c?q=夜骑+反光背心&u=club.yeqi.example.org/post/318",
        title="夜骑安全倡议书",
        record_title="夜骑安全倡议书 - 快照",
        date="2025-10-08",
        notes="search-cache frame: snapshot banner with time, highlight notice; the club's own date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>夜骑安全倡议书 - 快照</title></head><body>
<div class="snap">⟦d 这是 http://club.yeqi.example.org/post/318 的快照，是网页在 2025-10-30 06:12 的存档。⟧</div>
<div class="snap">⟦d 页面可能已更改，请点击此处查看当前页面。以下搜索词已高亮：夜骑 反光背心⟧</div>
<div class="origin">
<div class="club">⟦m 萸川夜骑俱乐部⟧ ⟦l 活动 | 路线 | 装备 | 论坛⟧</div>
<h2>⟦t 夜骑安全倡议书⟧</h2>
{BODY}
<div class="cmt">⟦l 评论（12）：下周四老路线见⟧</div>
</div>
</body></html>
""",
        body="""
各位骑友：
秋冬天黑早，下班后的夜骑越来越多，近期市区已发生两起骑友夜间被追尾的事故。
俱乐部倡议：夜骑必须开启前后车灯，必须穿着反光背心或带反光条的骑行服；不在机动车道并排骑行；队伍前后各安排一名领骑和收尾。
让我们平安出发，平安回家。
萸川夜骑俱乐部
2025年10月8日
""",
    ),
    dict(
        slug="gov-highway-vest-inspection-text",
        site="菖岭市交通运输局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://jtj.changling.example.gov.cn/xxgk/2025/0611/4433.html",
        title="关于公路养护作业安全专项检查情况的通报",
        record_title="关于公路养护作业安全专项检查情况的通报_菖岭市交通运输局",
        date="2025-06-11",
        notes="text-only portal page, hard-wrapped at 62 columns; a font-size row; 抄送 line kept in the body",
        wrap=62,
        page="""
!m 菖岭市交通运输局　信息公开
!m 首页 > 信息公开 > 通知通报
!t 关于公路养护作业安全专项检查情况的通报
!m 发布机构：市交通运输局　发布时间：2025-06-11　浏览量：488
!a [字体：大 中 小]　[打印]　[关闭]
{BODY}
!l 上一篇：关于做好汛期公路安全保畅工作的通知
!l 下一篇：全市农村公路“路长制”推进会召开
!m 主办单位：菖岭市交通运输局　网站标识码：4311000027
""",
        body="""
各县（市、区）交通运输局，市公路事业发展中心：
5月下旬，市局组织对全市公路养护作业安全进行了专项检查，共抽查作业点三十四个。
检查发现，多数作业点能够按规定设置作业控制区，但仍有九个作业点存在作业人员未穿反光背心、警示标志摆放距离不足等问题，个别单位对外包作业队伍管理松散。
各单位要举一反三，于6月30日前完成整改，并将整改情况报市局安全监督科。
菖岭市交通运输局
2025年6月11日
抄送：市应急管理局，市公安局交通警察支队。
""",
    ),
    dict(
        slug="news-app-school-crossing-vest-text",
        site="掌上蕨溪 新闻客户端 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.zsjuexi.example.cn/news/20250903/66120.html",
        title="开学首日，“护学岗”家长穿上反光背心",
        record_title="开学首日，“护学岗”家长穿上反光背心｜掌上蕨溪",
        date="2025-09-01",
        notes="news app: dotted date as the publish line, a photo caption between paragraphs, an 'open in app' line, an editor line glued after the last sentence",
        page="""
!a 打开掌上蕨溪APP，看更多本地新闻
!t 开学首日，“护学岗”家长穿上反光背心
!m 2025.09.01 08:20　蕨溪融媒记者 庞溪
{BODY}
!l 推荐：县城新增两处学生接送临时停车区
!l 推荐：秋季学期中小学作息时间公布
!a 写评论...　分享
""",
        body="""
9月1日清晨，县实验小学门口，二十多名家长志愿者穿上橙色反光背心，手持指挥旗，护送孩子们过马路。
⟦m 图：家长志愿者在校门口护送学生。庞溪 摄⟧
今年秋季学期，全县二十一所小学都设立了“护学岗”，由家长、民警和教师轮流值守上下学高峰。
县公安局交警大队为每个护学岗配发了反光背心和停车示意牌。⟦m 编辑：舒航 审核：龙慧⟧
""",
    ),
]
