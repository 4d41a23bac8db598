"""holdout157, part E: residential access control (face-recognition gates) and lost-and-found offices.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-access-gate-branch-summary",
        site="琅坪县机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.langping.example.gov.cn/zbfc/2025/1210/551.html",
        title="“红色物业”推进小区智能门禁改造工作总结",
        record_title="【支部风采】“红色物业”推进小区智能门禁改造工作总结",
        date="2025-12-10",
        notes="Party site text: decorated title, 学习贯彻 banner, editor line; 打印/关闭 and 分享",
        page="""
!m 琅坪机关党建　旗帜引领 党建铸魂
!m 当前位置：首页 > 支部风采
{T}
!m 来源：县住建局机关党支部　编辑：阮清　2025-12-10
{BODY}
!a 【分享】【打印】【关闭】
!m 主办：中共琅坪县委直属机关工作委员会
""",
        body="""
今年以来，县住建局机关党支部以“红色物业”建设为抓手，推动老旧小区智能门禁改造。
支部党员分片包联二十六个小区，入户征求意见三千余户，确定改造方案。
改造后的门禁支持刷卡、人脸识别和手机开门三种方式，为独居老人保留刷卡通道。
针对居民担心人脸信息泄露的问题，支部督促物业签订信息保护承诺书，不强制采集人脸。
下一步，支部将持续跟踪门禁运行情况，及时解决居民反映的问题。
""",
    ),
    dict(
        slug="univ-lost-found-center-notice",
        site="瑭水师范学院保卫处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.tsnu.example.edu.cn/tzgg/2025/0910/219.htm",
        title="关于校园失物招领中心迁址的通知",
        record_title="关于校园失物招领中心迁址的通知-保卫处",
        date="2025-09-10",
        notes="university text: department site name, 点击次数 line, 返回顶部; the office's own 电话 and 邮箱 kept",
        page="""
!m 瑭水师范学院保卫处
!m 首页 > 通知公告 > 正文
{T}
!m 发布日期：2025年09月10日　点击次数：311
{BODY}
!a 【返回顶部】　【关闭窗口】
!m 版权所有 © 瑭水师范学院保卫处
""",
        body="""
全校师生：
因学生活动中心改造，校园失物招领中心自9月15日起迁至图书馆一楼东侧服务台。
开放时间为工作日8:00至17:30，周末及节假日暂停服务。
拾到物品的同学可直接送交服务台登记，丢失物品的同学可凭校园卡认领。
贵重物品保管期为六个月，期满无人认领的按学校规定处理。
联系电话：0535-6901142，邮箱：swzl@tsnu.example.edu.cn。
保卫处
2025年9月10日
""",
    ),
    dict(
        slug="edu-school-gate-face-id-letter-html",
        site="琮川县教育局 (invented)",
        style="教育门户",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://jy.congchuan.example.gov.cn/jyxw/2025/0828/909.html",
        title="致全县中小学生家长的一封信",
        record_title="致全县中小学生家长的一封信",
        date="2025-08-28",
        notes="education portal HTML: sidebar of columns, [ 字体：大 中 小 ] row; the letter asks parents to 扫码 and 下载 as content; 回执 kept",
        page="""
<html><head><meta charset="utf-8"><title>致全县中小学生家长的一封信-琮川教育网</title></head><body>
<div class="logo">⟦m 琮川教育网⟧</div>
<div class="nav">⟦l 教育要闻⟧ ⟦l 通知公告⟧ ⟦l 学校动态⟧ ⟦l 家校共育⟧</div>
<div class="side"><p>⟦l 栏目导航⟧</p><p>⟦l 家校共育⟧</p><p>⟦l 安全教育⟧</p></div>
<h1>⟦t 致全县中小学生家长的一封信⟧</h1>
<div class="info">⟦m 发布时间：2025-08-28　来源：县教育局安全科⟧ ⟦a [ 字体：大 中 小 ]⟧</div>
{BODY}
<div class="foot">⟦m 琮川县教育局　地址：琮川县新华路12号　青ICP备10002315号⟧</div>
</body></html>
""",
        body="""
尊敬的家长朋友：
新学期起，全县中小学校门将启用人脸识别门禁，学生刷脸入校，家长可实时收到到校提醒。
请您扫描学校发放的通知单上的二维码，下载“平安校园”APP，完成学生信息绑定。
学生人脸信息仅用于校门身份核验，不作其他用途，学校将严格保管。
如不同意采集，学生可使用校园卡通行，请在回执中注明。
琮川县教育局
2025年8月28日
""",
    ),
    dict(
        slug="exam-lost-items-exam-notice",
        site="瑗州市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yzrsks.example.gov.cn/kwzx/2025/1115/301.html",
        title="关于2025年下半年事业单位考试考场遗留物品认领的公告",
        record_title="关于2025年下半年事业单位考试考场遗留物品认领的公告",
        date="2025-11-15",
        notes="exam site text: the exam centre's own 认领电话 beside the site's technical support line; a found-items table kept",
        page="""
!m 瑗州市人事考试网　　考生服务大厅
!m 首页 > 考务资讯
{T}
!m 发布单位：市人事考试中心　发布日期：2025-11-15
{BODY}
!w 网站技术支持：0576-8123999
!l 上一篇：2025年下半年事业单位考试成绩查询公告
""",
        body="""
2025年下半年事业单位公开招聘考试结束后，各考点在考场内拾到考生遗留物品若干。
考点　物品　数量
瑗州一中　身份证　3
城北实验学校　雨伞　11
职教中心　手表　2
请遗失物品的考生于11月30日前凭本人身份证明到市人事考试中心认领。
认领电话：0576-8123306。
""",
    ),
    dict(
        slug="training-property-access-course-html",
        site="珉溪物业管理培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mxwypx.example.com/news/show-92.html",
        title="关于举办小区智能门禁系统运维培训班的通知",
        record_title="关于举办小区智能门禁系统运维培训班的通知（附课程表）",
        date="2025-04-14",
        notes="training school HTML: floating QQ and WeChat consult box, 立即报名 button, a course table kept, the class's own 报名电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于举办小区智能门禁系统运维培训班的通知（附课程表）-珉溪物业管理培训中心</title></head><body>
<div class="hd">⟦m 珉溪物业管理培训中心　持证上岗 技能提升⟧</div>
<div class="nav">⟦l 首页⟧ ⟦l 培训项目⟧ ⟦l 报名须知⟧ ⟦l 学员风采⟧</div>
<h2>⟦t 关于举办小区智能门禁系统运维培训班的通知⟧</h2>
<p class="d">⟦m 发布人：教务处　时间：2025-04-14⟧</p>
{BODY}
<div class="apply">⟦a 立即报名⟧</div>
<div class="float">⟦w QQ咨询：3306189921⟧ ⟦w 微信：mxwy_px⟧</div>
</body></html>
""",
        body="""
各物业服务企业：
为提高物业人员智能门禁系统运维能力，中心定于5月举办专题培训班。
日期　内容
5月8日　门禁系统组成与常见故障
5月9日　人脸信息保护与合规管理
5月10日　现场实操与考核
报名电话：0734-2861055，联系人：覃老师。
珉溪物业管理培训中心
2025年4月14日
""",
    ),
    dict(
        slug="gkforum-lost-found-essay-html",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://bbs.gkyz.example.com/thread-66312-1-1.html",
        title="一次失物招领，让我读懂了“为民服务”",
        record_title="[面试素材] 一次失物招领，让我读懂了“为民服务” - 面试交流 - 公考驿站论坛",
        date=None,
        notes="exam forum HTML: post relative time 5天前 (no date); 金币 and reward chrome; jammer fonts",
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 一次失物招领，让我读懂了“为民服务” - 面试交流 - 公考驿站论坛</title></head><body>
<div class="hd">⟦m 公考驿站论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="pt">⟦m 公考驿站 › 面试交流⟧</div>
<h1>⟦t 一次失物招领，让我读懂了“为民服务”⟧</h1>
<div class="pi">⟦m 楼主：上岸吧少年　5天前　阅读权限 10⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 3　金币 +12　收起 理由⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
去年在地铁站实习时，我负责失物招领窗口。
有一天，一位老人来找丢失的布包，里面只有一本旧存折和一张孙子的照片。
我们调取监控、联系沿线车站，花了一个下午终于在终点站找到了布包。
老人接过布包时连声道谢，那一刻我明白了，为民服务就藏在这些小事里。
""",
    ),
    dict(
        slug="netdisk-access-control-rules",
        site="小鹿网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://pan.xiaolu.example.com/share/init?surl=Qm7vX2",
        title="桂苑小区门禁卡及人脸信息管理规定",
        record_title=None,
        date=None,
        notes="cloud-drive text preview: no record title (found as the file heading), 提取码 and 保存 actions, expiry line; no date",
        page="""
!m 小鹿网盘 | 分享文件
!m 桂苑小区门禁管理规定.docx　　52KB　　分享时间：2天前
!a 保存到我的网盘　　下载
!m 提取码已自动填写
{T}
{BODY}
!d 文件由用户分享，小鹿网盘不对内容负责。
""",
        body="""
第一条　为加强小区出入管理，保护业主个人信息，制定本规定。
第二条　业主凭房产证明或租赁合同到物业服务中心办理门禁卡，每户限办四张。
第三条　人脸识别开门实行自愿原则，业主可随时申请删除本人人脸信息。
第四条　门禁卡遗失的，应及时到物业服务中心挂失补办。
第五条　物业服务企业不得将业主信息用于与门禁管理无关的用途。
""",
    ),
    dict(
        slug="anthology-lost-found-clerk-html",
        site="拾遗集 (invented personal collection)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.shiyiji.example.com/vol3/p47.html",
        title="站台上的失物柜",
        record_title="《拾遗集》卷三·第47篇｜站台上的失物柜",
        date="2023-06-01",
        notes="personal collection HTML: volume nav, chapter list, closing date line at the end of the essay (the date)",
        page="""
<html><head><meta charset="utf-8"><title>《拾遗集》卷三·第47篇｜站台上的失物柜</title></head><body>
<div class="hd">⟦m 拾遗集 · 一个老车站客运员的文字⟧</div>
<div class="nav">⟦l ← 上一篇：夜班车⟧ ⟦l 卷三目录⟧ ⟦l 下一篇：检票口的雨 →⟧</div>
<h1>⟦t 站台上的失物柜⟧</h1>
{BODY}
<div class="toc"><p>⟦l 卷三目录⟧</p><p>⟦l 夜班车⟧</p><p>⟦l 站台上的失物柜⟧</p></div>
</body></html>
""",
        body="""
我在车站做了三十年客运员，管过十二年失物柜。
失物柜里什么都有：雨伞、保温杯、成绩单，还有一只装着骨灰盒的旅行箱。
那只箱子在柜里放了九天，终于等来了失主，一个哭得说不出话的中年人。
从那以后，我对每一件失物都格外小心，因为你不知道它对别人意味着什么。
2023年6月1日
""",
    ),
    dict(
        slug="docshare-access-gate-tender-html",
        site="道客文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.daokewd.example.com/p-1188320.html",
        title="老旧小区智能门禁改造实施方案",
        record_title="老旧小区智能门禁改造实施方案.pdf",
        date="2025-03-30",
        notes="document-sharing HTML: reader toolbar, page-marker paragraphs 〔第2屏〕 cut a sentence, upload notice with a search prompt, 下载 button",
        page="""
<html><head><meta charset="utf-8"><title>老旧小区智能门禁改造实施方案.pdf - 道客文档</title></head><body>
<div class="bar">⟦m 道客文档⟧ ⟦a 登录⟧ ⟦a 上传文档⟧</div>
<div class="info">⟦m 贡献者：j***k　共6页　阅读：71⟧</div>
<h1>⟦t 老旧小区智能门禁改造实施方案⟧</h1>
<div class="reader">
{BODY}
</div>
<div class="dl">⟦a 下载文档（8积分）⟧ ⟦a 收藏⟧</div>
<div class="notice">⟦d 本文档由网友上传分享，仅供学习交流；更多同类资料请在道客文档搜索“门禁改造”。⟧</div>
</body></html>
""",
        pages=dict(fmt="〔第{n}屏〕", every=130, start=2),
        body="""
为提升老旧小区安全管理水平，按照全区老旧小区改造工作部署，制定本方案。
一、改造范围：2000年以前建成、未设置门禁系统的住宅小区共四十一个。
二、改造内容：在小区出入口和单元门安装门禁，支持刷卡、人脸、手机多种方式开门，同步接入消防联动，火灾时自动释放。
三、资金来源：由区财政、产权单位和业主按比例共同承担。
四、时间安排：2025年4月启动，10月底前全部完成。
璜阳区住房和城乡建设局
2025年3月30日
""",
    ),
    dict(
        slug="snapshot-metro-lost-found-rules",
        site="瑄田地铁 (invented) in a text cache",
        style="搜索快照",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://snapshot.zhaozhao.example.com/q?url=www.xtmetro.example.com/fw/swzl.html",
        title="瑄田地铁遗失物品管理办法",
        record_title="瑄田地铁遗失物品管理办法",
        date="2025-01-20",
        notes="text-only cache: cache banner with crawl time and a disclaimer, the original's menu; the rule's own 服务热线 kept; one-line body",
        page="""
!m 您查询的网页已更新，以下为快照（抓取时间 2025-10-02 11:08）
!d 快照内容以原网页为准，本站不对其内容负责
!m 瑄田地铁　首页｜乘车指南｜服务信息
{T}
{BODY}
!m 瑄田市轨道交通集团有限公司　版权所有
""",
        oneline=True,
        indent="　　",
        body="""
第一条　为规范地铁车站、列车内遗失物品的收集、保管和认领，制定本办法。
第二条　乘客在车站或列车内拾到物品的，应交给车站工作人员。
第三条　遗失物品在车站保管七日，七日后统一移交线网遗失物品中心，保管期为三个月。
第四条　乘客可拨打地铁服务热线0591-96877查询遗失物品。
瑄田市轨道交通集团有限公司
2025年1月20日
""",
    ),
    dict(
        slug="blog-face-gate-privacy-html",
        site="码农老谭 (invented blog)",
        style="博客",
        genre="其他",
        kind="other",
        form="html",
        source="https://laotan-code.example.blog/posts/2025-face-gate",
        title="小区装人脸门禁，我为什么选择了刷卡",
        record_title="小区装人脸门禁，我为什么选择了刷卡 | 码农老谭",
        date="2025-05-27",
        notes="blog HTML: post meta with 发表于, tag cloud, archive, comments; the text speaks of 下载 an app as content",
        page="""
<html><head><meta charset="utf-8"><title>小区装人脸门禁，我为什么选择了刷卡 | 码农老谭</title></head><body>
<header>⟦m 码农老谭 — 写代码，也写生活⟧</header>
<nav>⟦l 首页⟧ ⟦l 归档⟧ ⟦l 关于⟧ ⟦l RSS⟧</nav>
<h1>⟦t 小区装人脸门禁，我为什么选择了刷卡⟧</h1>
<p class="post-meta">⟦m 发表于 2025-05-27　分类：生活　阅读 402⟧</p>
<article>
{BODY}
</article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 隐私 门禁 生活 Python 随笔⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2025年5月 (4)⟧</p></aside>
<section class="comments">⟦l 3 条评论⟧ ⟦l 发表评论⟧</section>
</body></html>
""",
        body="""
上个月小区换了新门禁，物业让大家下载一个APP上传人脸照片。
作为一个写过人脸识别接口的程序员，我犹豫了。
密码泄露了可以改，人脸信息泄露了却没法换一张脸。
后来我问了物业，门禁也支持刷卡，于是我办了两张卡，家里老人也用卡。
技术本身没有错，但选择权应该留给每一个人。
""",
    ),
    dict(
        slug="qa-found-wallet-obligation",
        site="知否问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhifou.example.com/q/7720193",
        title="捡到钱包交给派出所后，失主不领怎么办？",
        record_title="捡到钱包交给派出所后，失主不领怎么办？ - 知否问答",
        date="2025-02-09",
        notes="Q&A text: answerer card with 回答于 date (the page's date), vote bar, 'write an answer' prompt and related questions",
        page="""
!m 知否问答
{T}
!m 关注问题　　写回答
!m 陆铭 · 法律从业者　回答于 2025-02-09
{BODY}
!l 赞同 156　　评论 12　　收藏　　分享
!l 相关问题：捡到手机要求感谢费违法吗？
""",
        body="""
根据民法典的规定，拾得遗失物，应当返还权利人，也可以送交公安等有关部门。
有关部门收到遗失物，知道权利人的，应当及时通知其领取；不知道的，应当及时发布招领公告。
遗失物自发布招领公告之日起一年内无人认领的，归国家所有。
所以，交给派出所之后，你已经尽到了义务，后续由派出所依法处理。
""",
    ),
]
