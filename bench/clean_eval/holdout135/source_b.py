"""holdout135, part b: written blind (see NOTE.md). Invented sites, places, people, URLs."""

CASES = [
    dict(
        slug="blog-kuaiyi-html-shuffleboard-club",
        site="快意生活博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://kuaiyi.example-blog.net/archives/2025/01/shahuqiu-2024.html",
        title="社区沙狐球俱乐部2024年活动小结",
        record_title=None,
        date="2025-01-05",
        notes="blog template with tag cloud and archive; no record title (h2); the post time line is the page's date and equals the document's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区沙狐球俱乐部2024年活动小结 — 快意生活</title></head>
<body>
<header><h1>⟦m 快意生活⟧</h1><p>⟦m 退休了，把日子过成喜欢的样子⟧</p></header>
<nav>⟦m 首页 · 随笔 · 运动 · 旅行 · 关于我⟧</nav>
<main>
<h2>{T}</h2>
<p class="meta">⟦m 发表于 2025-01-05 ・ 分类：运动 ・ 阅读 218⟧</p>
{BODY}
<p class="tags">⟦l 标签：沙狐球、社区活动、老年运动⟧</p>
<div class="nav-post">⟦l ← 冬至包饺子记⟧ ⟦l 新年第一次登山 →⟧</div>
<div class="comments">⟦l 发表评论：昵称（必填）　邮箱（不公开）⟧</div>
</main>
<aside>
<h3>⟦l 标签云⟧</h3><p>⟦l 随笔 运动 老年大学 摄影 旅行⟧</p>
<h3>⟦l 文章归档⟧</h3><p>⟦l 2025年1月 (3)⟧</p><p>⟦l 2024年12月 (7)⟧</p>
</aside>
<footer>⟦d © 2025 快意生活 · 基于 WordPress 构建⟧</footer>
</body></html>
""",
        body="""
2024年，槭城街道金杉社区沙狐球俱乐部从最初的八名会员发展到三十六名，年纪最大的七十九岁。
一年来，俱乐部每周二、周五下午在社区活动中心固定训练，全年开展训练九十多次，参与六百余人次。
五月份，我们承办了街道首届沙狐球邀请赛，邀请周边五个社区的队伍参加，金杉一队获得团体第二名。
俱乐部还自筹经费添置了一张标准沙狐球台，请体育老师讲解记分规则，大家的水平有了明显提高。
新的一年，我们打算吸收更多年轻人加入，争取组队参加区里的老年人运动会。
金杉社区沙狐球俱乐部
2025年1月5日
""",
    ),
    dict(
        slug="wechat-haiyu-wakame-season-pledge",
        site="海屿渔业 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wxmirror.example.com/s/Hy7kQ2wakame",
        title="致全镇裙带菜养殖户的一封倡议书",
        record_title="倡议｜致全镇裙带菜养殖户的一封倡议书",
        date="2025-02-28",
        notes="WeChat mirror: account line with date (page date equals the signature date); 阅读原文/在看 bar; follow prompt; a sentence of the document about 扫码 kept",
        page="""
!t 倡议｜致全镇裙带菜养殖户的一封倡议书
!m 海屿渔业　2025-02-28 18:30　发表于辽宁
!m 原创　海屿镇渔业服务站
{BODY}
!a 点击上方蓝字“海屿渔业”关注我们
!l 阅读原文　　分享　　收藏　　在看 36
!l 往期推荐：春季海上作业安全须知｜海带收割季用工信息
!d 本文内容由公众号提供，镜像站仅作索引展示
""",
        body="""
全镇裙带菜养殖户朋友们：
眼下正是裙带菜收割的关键时期，为保护海域环境，维护“海屿裙带菜”的品牌声誉，镇渔业服务站向大家倡议：
一、规范收割。不提前抢收幼菜，严格按照每亩采收标准操作，保证产品品质。
二、规范晾晒。在指定的晾晒场作业，不在公路、沙滩上随意晾晒，收工后清理废弃苗绳和浮球。
三、规范销售。使用统一的溯源标签，每一包裙带菜都要让消费者扫码能查到养殖海区和收割日期。
四、安全作业。出海必须穿好救生衣，风力超过六级时一律不出海。
让我们共同守护这片蓝色家园！
海屿镇渔业服务站
2025年2月28日
""",
    ),
    dict(
        slug="wechat-shengyuan-html-dubbing-club-speech",
        site="声远少年宫 公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wx.mirrorhub.example.net/a/shengyuan-peiyin-2025",
        title="在少年宫配音社团成立仪式上的讲话",
        record_title=None,
        date="2025-09-19",
        notes="WeChat-style HTML: sections with spans; speaker and date under the title neutral; follow card and 在看 bar; no record title",
        p_html='<section><p><span style="font-size:15px;">{}</span></p></section>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在少年宫配音社团成立仪式上的讲话</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 声远少年宫 2025年9月19日 20:41⟧</div>
<p>少年宫主任　柏青禾</p>
<p>（2025年9月19日）</p>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注声远少年宫⟧</div>
<div class="tool">⟦l 阅读 1027　赞 64　在看 19⟧</div>
<div class="tool">⟦l 写留言⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章镜像，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
亲爱的同学们、老师们：
今天，少年宫配音社团正式成立了，我代表少年宫向社团表示祝贺，向指导老师表示感谢。
配音是一门用声音塑造人物的艺术，它需要大家认真读懂剧本，揣摩角色的性格和心情，还要学会和伙伴们配合。
社团首批招收了四十二名同学，每周六上午在三楼录音室活动，将学习发声、台词、动画片段配音等课程。
希望同学们在社团里大胆开口、敢于表达，用声音讲好身边的故事。
最后，祝配音社团越办越好！
""",
    ),
    dict(
        slug="docshare-yiwen-report-instant-noodle-oneline",
        site="易文共享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yiwengx.example.com/doc/5521903.html",
        title="关于方便面生产企业食品安全状况的抽查报告",
        record_title="关于方便面生产企业食品安全状况的抽查报告.pdf",
        date="2025-07-30",
        notes="file-name title; whole body on one line, paragraphs apart only by indent; upload notice and pay prompt around it",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 易文共享 — 文档共享平台
!m 关于方便面生产企业食品安全状况的抽查报告.pdf　上传时间：2025-08-04　大小：312KB
!a 立即下载　|　加入文件夹　|　复制链接
{BODY}
!a 下载本文档需消耗 4 个易币，登录后查看余额
!d 声明：本站文档均由用户自行上传，易文共享不对其内容承担责任。
""",
        body="""
按照市局年度抽检计划，我局于2025年6月至7月对辖区内五家方便面生产企业开展了食品安全专项抽查。
共抽取面饼、调料包、脱水蔬菜包样品六十批次，检验项目包括酸价、过氧化值、菌落总数和食品添加剂等。
检验结果显示，五十八批次合格，两批次调料包菌落总数超标，已责令相关企业召回并整改。
下一步，我局将加大对油炸工序和调料包灌装车间的日常巡查频次，督促企业落实出厂检验制度。
楦口县市场监督管理局
2025年7月30日
""",
    ),
    dict(
        slug="docshare-qiaoshu-html-klotski-contest-plan",
        site="巧书文档分享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://share.qiaoshu.example.cn/d/7a20b1c9",
        title="第三届校园华容道挑战赛活动方案",
        record_title="第三届校园华容道挑战赛活动方案（可编辑）",
        date=None,
        notes="sharing reader HTML; decorated title (可编辑); a schedule table; no date (only the upload date and a 20××年 placeholder)",
        page="""
<html><head><meta charset="utf-8"><title>第三届校园华容道挑战赛活动方案（可编辑）_巧书文档分享</title></head>
<body>
<div class="hd">⟦m 巧书文档分享 · 好资料一起分享⟧ ⟦a 登录 / 注册⟧</div>
<div class="title-bar"><h1>⟦t 第三届校园华容道挑战赛活动方案（可编辑）⟧</h1>
<span>⟦m 分享者：棋盘猫　分享于 2025-03-27　下载 88 次⟧</span></div>
<div class="btns">⟦a 免费下载　收藏　转存到我的网盘⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="end">⟦a 文档预览结束，完整版请下载后查看⟧</div>
<div class="rec"><p>⟦l 你可能还需要：⟧</p><p>⟦l 数学游戏节方案⟧</p><p>⟦l 魔尺比赛规则⟧</p></div>
<div class="ft">⟦d 用户分享内容仅供学习交流，不得用于商业用途⟧</div>
</body></html>
""",
        body="""
一、活动目的
通过华容道挑战赛，激发学生对数学和益智游戏的兴趣，培养空间想象能力和逻辑思维能力。
二、参赛对象
全校三至六年级学生，每班推荐选手四名。
三、比赛安排
年级　比赛项目　比赛时间
三、四年级　横刀立马（木质）　20××年×月×日上午
五、六年级　横刀立马、兵分三路（计时）　20××年×月×日下午
四、评分办法
以完成用时计名次，用时相同者以移动步数少者为先，超过十分钟未完成者不计成绩。
五、奖项设置
各年级设一等奖三名、二等奖六名、三等奖九名，颁发证书。
""",
    ),
    dict(
        slug="edu-tongshan-study-tour-safety-notice",
        site="桐山区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.tongshan.example.gov.cn/tzgg/2025/0408/3392.html",
        title="关于做好2025年春季中小学研学实践活动安全管理工作的通知",
        record_title="关于做好2025年春季中小学研学实践活动安全管理工作的通知_通知公告_桐山区教育局",
        date="2025-04-08",
        notes="education bureau text page; _column_site title; document number neutral; the document's own 联系人 next to the site's phone; 附件",
        page="""
!m 桐山区教育局　教育信息网
!m 当前位置：首页 >> 通知公告
{T}
!m 作者：安全科　来源：本站原创　点击数：1520　更新时间：2025-04-08
桐教发〔2025〕19号
{BODY}
!a 【收藏】【打印】【关闭】
!m 主办单位：桐山区教育局　联系电话：0577-6512100
!m 浙ICP备12030876号
""",
        body="""
各中小学校：
春季是研学实践活动集中开展的时期。为确保学生出行安全，现就有关事项通知如下：
一、严格审批备案。学校组织研学实践活动，须于出行前十个工作日将活动方案、线路和承办机构资质报区教育局备案。
二、严格选择承办机构。承办机构须具有旅行社业务经营许可证，车辆须为正规营运客车，驾驶员驾龄不少于五年。
三、严格安全教育。出行前要对学生开展交通、饮食、防溺水等安全教育，按每十名学生不少于一名教师的比例配备带队教师。
四、严格应急处置。学校要制定应急预案，活动期间保持通讯畅通，遇突发情况第一时间报告。
联系人：区教育局安全科 钟立，电话：0577-6512137。
附件：研学实践活动备案表
桐山区教育局
2025年4月8日
""",
    ),
    dict(
        slug="edu-yinghua-html-luban-lock-class",
        site="樱华小学 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yhxx.example.edu.cn/xydt/2025/1114/612.html",
        title="樱华小学开设鲁班锁木作拓展课",
        record_title="樱华小学开设鲁班锁木作拓展课-校园动态",
        date="2025-11-14",
        notes="school site template; byline 发布时间; photo caption between paragraphs; prev/next; visitor count footer; column suffix title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>樱华小学开设鲁班锁木作拓展课-校园动态</title></head>
<body>
<div class="top">⟦m 桠城县樱华小学　明德　尚美　笃行⟧</div>
<ul class="menu"><li>⟦m 学校概况⟧</li><li>⟦m 校园动态⟧</li><li>⟦m 德育天地⟧</li><li>⟦m 家校共育⟧</li></ul>
<div class="pos">⟦m 您现在的位置：首页 → 校园动态⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-11-14　发布人：教务处　浏览次数：356⟧</div>
<div class="content">
{BODY}
</div>
<div class="pn">⟦l 上一条：我校举行秋季消防疏散演练⟧<br>⟦l 下一条：四年级开展“爱粮节粮”主题班会⟧</div>
<div class="foot">⟦d 版权所有：桠城县樱华小学⟧ ⟦m 地址：桠城县文昌路8号⟧ ⟦m 累计访问：1088214⟧</div>
</body></html>
""",
        body="""
本学期，我校在四至六年级开设鲁班锁木作拓展课，每周四下午两课时，首批一百二十名学生参加。
课程由学校劳动教育教研组与县非遗保护中心合作开发，从最简单的三通锁入手，逐步学习六通锁、九通锁的拆装和制作。
⟦m 图：学生在老师指导下拼装六通鲁班锁⟧
在课堂上，学生们要自己测量、画线、锯切和打磨木条，体会榫卯结构“不用一钉一铆”的奥妙。
学校还将在学期末举办鲁班锁作品展，优秀作品将送到县青少年科技节参展。
""",
    ),
    dict(
        slug="oa-huaxin-motor-minutes-intranet",
        site="华芯电机内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.huaxin-motor.example.local/doc/view?id=20250612-033",
        title="质量月启动会会议纪要",
        record_title="【部门纪要】质量月启动会会议纪要",
        date="2025-06-12",
        notes="intranet OA text: 流转记录 and read counts; minutes' 时间/地点/主持/参会/记录 lines kept; decorated title",
        page="""
!m 华芯电机有限公司 协同办公平台
!m 公文管理 / 会议纪要 / 查看
!t 【部门纪要】质量月启动会会议纪要
!m 拟稿：质量部 侯敏　审核：滕志远　签发：裴建国
!m 密级：内部　已读 86 人　未读 14 人
{BODY}
!l 流转记录：质量部(拟稿) → 总经办(审核) → 总经理(签发) → 各部门(阅知)
!a 打印　｜　下载正文　｜　转发
!d 内部资料，严禁外传
""",
        body="""
时间：2025年6月12日上午9:00
地点：公司三楼第一会议室
主持：裴建国
参会：各部门负责人、车间主任、质量工程师
记录：侯敏
会议启动了公司2025年“质量月”活动，现将议定事项纪要如下：
一、活动主题为“零缺陷从每一台电机开始”，活动时间为6月15日至7月15日。
二、绕线车间、装配车间要重点解决定子绕组匝间短路和轴承异响两类问题，质量部每周通报一次不良率。
三、采购部要对漆包线、硅钢片供应商开展一次现场审核，审核结果纳入供应商年度评价。
四、活动结束后评选“质量之星”十名，给予通报表扬和奖励。
""",
    ),
    dict(
        slug="oa-lanqi-html-sanitary-ware-notice",
        site="澜琦卫浴集团门户 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://portal.lanqi.example.local/news/detail.aspx?id=7731",
        title="关于开展陶瓷车间粉尘防爆安全检查的通知",
        record_title="内网资讯-关于开展陶瓷车间粉尘防爆安全检查的通知",
        date="2025-03-12",
        notes="intranet portal HTML with read/unread lists and a document-number line (neutral); decorated title prefix; 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>内网资讯-关于开展陶瓷车间粉尘防爆安全检查的通知</title></head>
<body>
<div class="portal-top">⟦m 澜琦卫浴集团 · 企业门户⟧ ⟦m 欢迎您，刘雯（质量安全部）⟧ ⟦a 退出⟧</div>
<div class="menu">⟦m 工作台　公文　流程　知识库　通讯录⟧</div>
<div class="doc">
<h3>{T}</h3>
<p>澜琦安〔2025〕6号</p>
<div class="doc-info">⟦m 发文部门：安全环保部　发布：2025-03-12 14:20　阅读：412⟧</div>
{BODY}
</div>
<div class="readlist">⟦l 已阅人员：王震、孔小北、邓佳等 412 人⟧ ⟦l 未阅人员：查看名单⟧</div>
<div class="foot">⟦d 本系统仅限集团内部使用，信息不得外传⟧ ⟦m 技术支持：信息中心 分机 8012⟧</div>
</body></html>
""",
        body="""
各生产基地、各车间：
为防范陶瓷坯体打磨、施釉工序粉尘爆炸和火灾事故，集团决定于3月下旬开展一次粉尘防爆专项检查。
一、检查重点：除尘系统是否正常运行，积尘是否每班清理，电气设备是否符合防爆要求。
二、时间安排：3月18日至3月22日各单位自查，3月25日至3月29日集团安全环保部组织复查。
三、对检查中发现的重大隐患，实行挂牌督办，整改不到位的一律停产整顿。
澜琦卫浴集团安全环保部
2025年3月12日
抄送：集团总经理室。
""",
    ),
    dict(
        slug="qa-wenyou-ear-cleaning-answer",
        site="问友知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.wenyou.example.com/q/1820447.html",
        title="去采耳店掏耳朵安全吗？",
        record_title="去采耳店掏耳朵安全吗？_问友知道",
        date="2025-08-02",
        notes="Q&A: question, asker line, an ENT doctor's answer with 回答于 date (page date); vote bar; related questions; the answer's own advice to 扫码 is none",
        page="""
!m 问友知道 — 有问题，就问友
!t 去采耳店掏耳朵安全吗？_问友知道
!m 提问者：四月的风　｜　浏览 6,813 次
!m 最佳答案
!m 耳鼻喉科 何庭医生　回答于 2025-08-02
{BODY}
!l 有用(211)　没用(6)　评论(14)
!l 其他 7 条回答 >
!l 相关问题：耳屎多需要每周清理吗？/ 耳朵进水后嗡嗡响怎么办？
!d 内容仅供参考，不能代替医生面诊。
""",
        body="""
您好，采耳本身不是治疗手段，做得不规范确实有风险。
外耳道皮肤很薄，反复用挖耳勺、耳毛刷刺激，容易引起外耳道炎，严重的还可能损伤鼓膜。
另外，如果工具消毒不彻底，还可能造成真菌感染，出现耳朵痒、闷胀的症状。
正常情况下，耳垢会随着咀嚼运动自行排出，不需要经常清理。
如果感觉耳朵堵塞、听力下降，建议到正规医院耳鼻喉科就诊，不要自行掏挖。
""",
    ),
    dict(
        slug="qa-jiankang-html-vitiligo-answer",
        site="健康问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jkwenda.example.com/ask/pifu/20251022-3317.html",
        title="白癜风会传染吗？日常生活要注意什么？",
        record_title=None,
        date=None,
        notes="Q&A HTML; no record title (question in h1); answer with relative time (3天前) not a date; a consultation prompt box; related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>白癜风会传染吗？日常生活要注意什么？- 健康问答网</title></head>
<body>
<div class="hd">⟦m 健康问答网　医生在线解答⟧ ⟦a 我要提问⟧</div>
<div class="crumb">⟦m 健康问答网 › 皮肤科 › 白癜风⟧</div>
<h1>{T}</h1>
<div class="q-meta">⟦m 女　28岁　3天前提问⟧</div>
<div class="answer">
<div class="doc-card">⟦m 曾语嫣　主治医师　槐阳市第一人民医院皮肤科⟧</div>
{BODY}
<div class="a-time">⟦m 回答时间：3天前⟧</div>
</div>
<div class="consult">⟦w 还有疑问？点击免费咨询皮肤科医生，平均5分钟回复⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 白斑越来越大怎么办⟧</p><p>⟦l 晒太阳对白癜风好吗⟧</p></div>
<footer>⟦d 本站信息仅供参考，不作为诊断和治疗依据⟧</footer>
</body></html>
""",
        body="""
你好，白癜风是一种色素脱失性皮肤病，不是由细菌或病毒引起的，不会通过接触、共用餐具等途径传染，家人不必担心。
日常生活中要注意以下几点：
1.避免皮肤外伤和暴晒，外出时做好防晒，但可以适当晒太阳。
2.保持规律作息，减少熬夜和精神紧张。
3.不要随意使用偏方或刺激性药物涂抹白斑。
4.白斑处于进展期时，应尽早到正规医院皮肤科就诊，在医生指导下规范治疗。
""",
    ),
]
