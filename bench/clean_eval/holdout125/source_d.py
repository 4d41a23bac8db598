"""holdout125, part D. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-zhuyou-post-bead-stall-rules",
        site="珠友会论坛 (invented)",
        style="论坛",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.zhuyouhui.net/bbs/viewthread.php?tid=20577",
        title="周末手作市集串珠摊位管理办法",
        record_title="【转】周末手作市集串珠摊位管理办法 - 摆摊交流区 - 珠友会论坛",
        date="2024-03-01",
        date_also=["2024-03-04"],
        notes="forum post with junk lines and glued junk; quote of the market's rules",
        page="""
!m 珠友会论坛　串珠 · 珠绣 · 手作交流
!m 珠友会 » 摆摊交流区 » 浏览帖子
!t 【转】周末手作市集串珠摊位管理办法
!m 作者：小米粒串串　　时间：2024-3-4 19:52　　楼主
{BODY}
!l 回复：珠宝盒子：我们那边市集也是两百一季度
!l 回复：阿桃：收藏了，谢谢分享
!a 快速回复　｜　需要登录才能回复哦
""",
        junk=dict(lines=2, glued=3),
        body="""
第一条　为规范瑾湾老街周末手作市集串珠类摊位经营秩序，制定本办法。
第二条　摊主须实名登记，提交身份证复印件和近期作品照片，经市集管理处审核后方可入驻。
第三条　摊位费每季度200元，按摊位号固定位置经营，不得私自转让。
第四条　现场制作使用的珠子、配件须分类收纳，散落珠子及时清扫，防止游客滑倒。
第五条　售卖商品须标明材质，不得将玻璃珠、亚克力珠冒充水晶、天然石销售。
第六条　本办法自2024年3月1日起执行，由瑾湾老街市集管理处负责解释。
""",
    ),
    dict(
        slug="blog-beicun-diary-aurora-photographer",
        site="北村夜行记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://beicunyexing.blogspace.cn/2024/02/11/night-green.html",
        title="等了七个晚上的那一道绿光",
        record_title="【随记】等了七个晚上的那一道绿光 | 北村夜行记",
        date="2024-02-11",
        notes="WordPress-like blog with tag cloud and archive; post time is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随记】等了七个晚上的那一道绿光 | 北村夜行记</title>
<link rel="stylesheet" href="/wp-content/themes/plain/style.css"></head><body>
<header><h1>⟦m 北村夜行记⟧</h1><p>⟦m 一个县城摄影师的夜空笔记⟧</p></header>
<nav>⟦m 首页⟧ ⟦m 星空⟧ ⟦m 极光⟧ ⟦m 器材⟧ ⟦m 留言板⟧</nav>
<article>
<h2>{T}</h2>
<div class="entry-meta">⟦m 发表于 2024年2月11日 · 作者 夜行老杨 · 阅读 1,037⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：极光, 长曝光, 北村⟧</div>
<div class="nav-links">⟦l « 上一篇：零下四十度电池保温的土办法⟧ ⟦l 下一篇：给初学者的星轨拍摄清单 »⟧</div>
</article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 银河 极光 星轨 延时 器材⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2024年2月 (3)⟧</p><p>⟦l 2024年1月 (5)⟧</p></aside>
<footer>⟦d © 北村夜行记　图文原创，转载请联系作者⟧</footer>
</body></html>
""",
        body="""
这是我今年第三次来北村，计划住七个晚上，只为拍一张像样的极光。
前六个晚上，不是云太厚，就是太阳活动太弱。每天凌晨两点收工，脚冻得没有知觉，回到民宿烤一会儿炉子，睡三四个小时，下午再看一遍空间天气预报。
第七天晚上十一点多，北方天边先是泛起一层灰白，很多人以为是云。我按下快门，回放屏幕上却是一片淡绿。十分钟后，绿光亮到肉眼都能看清，像一条缓缓摆动的纱巾。
那一晚我拍了四百多张，真正满意的只有两张。但我想，等待本身就是拍极光的一部分。
""",
    ),
    dict(
        slug="docshare-zhiku-report-beaver-survey-wrap",
        site="知库分享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.zhiku-share.com/d/4417805.html",
        title="关于琚川河流域河狸栖息地保护现状的调研报告",
        record_title="关于琚川河流域河狸栖息地保护现状的调研报告.pdf",
        date="2023-09-18",
        notes="file-name title; hard-wrapped with page markers glued; upload notice",
        page="""
!m 知库分享　文档　|　专题　|　上传
!t 关于琚川河流域河狸栖息地保护现状的调研报告.pdf
!m 分享者：林草调研组　　大小：1.2MB　　共5页　　上传时间：2023-10-08
!a 免费预览前3页　　全文下载需10知币
{BODY}
!d 本文档由用户上传，知库分享仅提供存储服务，不代表本站观点。
!l 同专题文档：湿地保护调研报告｜野生动物栖息地评估方法
""",
        wrap=60,
        pages=dict(fmt="〔{n}/5〕", every=170, start=2, glue=True),
        body="""
今年7月至8月，县政协人资环委组成调研组，对琚川河流域河狸栖息地保护情况进行了专题调研，现将调研情况报告如下。
一、基本情况。琚川河流域现有河狸家族约29个，主要分布在中下游河段。近年来通过禁牧、补植和执法巡查，河狸数量总体稳定。
二、存在问题。一是部分河段采砂、放牧活动仍有发生，河岸灌木林受损；二是夏季灌溉用水增加，个别河段出现断流；三是保护站人员少、设备老化，巡护覆盖不足。
三、意见建议。一是划定河狸核心栖息区，严禁采砂和放牧；二是建立生态流量保障机制，保证枯水期最小下泄流量；三是增加巡护人员编制，配备无人机和红外相机。
县政协人资环委调研组
2023年9月18日
""",
    ),
    dict(
        slug="edu-gongshui-summary-domino-club",
        site="珙水县教育局 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://jyj.gongshui.gov.cn/jydt/xxdt/202406/t20240625_1027.html",
        title="珙水县第二小学多米诺骨牌社团学年工作总结",
        record_title="珙水县第二小学多米诺骨牌社团学年工作总结_学校动态_珙水县教育局",
        date="2024-06-25",
        notes="modern education portal; author/time line; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>珙水县第二小学多米诺骨牌社团学年工作总结_学校动态_珙水县教育局</title></head><body>
<div class="top">⟦m 珙水县教育局⟧ <span>⟦m 今天是：星期二⟧</span> ⟦a 站内搜索⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 学校动态⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧</div>
<div class="pos">⟦m 首页 &gt; 学校动态⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 来源：县第二小学　作者：顾文静　发布时间：2024-06-25 16:20⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享：微信 QQ 微博⟧ ⟦a 打印⟧ ⟦a 关闭⟧</div>
<div class="ft">⟦m 珙水县教育局主办　地址：珙水县人民路56号　新ICP备10001923号⟧</div>
</body></html>
""",
        body="""
本学年，学校多米诺骨牌社团在校领导的支持下，按照学期计划有序开展活动，取得了较好的效果。
一、社团现有成员46名，分为“创意组”和“竞速组”，每周二、周四下午活动，全年共开展活动64次。
二、社团编写了校本教材《小骨牌大世界》，包含直线、分叉、螺旋、阶梯等12种基本结构的搭建方法。
⟦l 图为社团同学在六一展演中搭建“腾飞的巨龙”。⟧
三、社团作品在县青少年科技节中获一等奖1项、二等奖2项，六一展演用牌1.8万块，受到家长好评。
四、存在的不足是骨牌数量不够、活动场地较小。下学年将申请专用活动室，并吸收更多低年级同学参加。
""",
    ),
    dict(
        slug="intranet-xinghe-notice-pistachio-warehouse",
        site="星禾坚果集团OA (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.xinghe-nuts.com/gw/show.aspx?docid=8842",
        title="关于加强开心果原料仓库防潮防霉管理的通知",
        record_title="内网资讯-关于加强开心果原料仓库防潮防霉管理的通知",
        date="2024-07-02",
        notes="intranet document view with 流转记录 and read counts; document number neutral; 抄送 and 印发 kept",
        page="""
<html><head><meta charset="utf-8"><title>内网资讯-关于加强开心果原料仓库防潮防霉管理的通知</title></head><body>
<div class="oa-top">⟦m 星禾集团协同办公系统⟧ ⟦m 欢迎您，质量部 赵可⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文收发⟧ ⟦m 通知公告⟧ ⟦m 知识库⟧</div>
<div class="oa-doc">
<h3>{T}</h3>
<p>星禾质〔2024〕19号</p>
<div class="oa-meta">⟦m 发布部门：质量管理部　发布时间：2024-07-02 09:15　阅读：312⟧</div>
{BODY}
</div>
<div class="oa-flow">⟦l 流转记录：质量部起草—分管副总审核—总经理签发—各部门阅知⟧</div>
<div class="oa-read">⟦l 已阅312人 / 未阅17人　查看明细⟧</div>
<div class="oa-ft">⟦d 本系统信息仅限集团内部使用，禁止截图外传⟧</div>
</body></html>
""",
        body="""
各分公司、各仓储中心：
入夏以来雨水偏多，部分仓库湿度超标，7月1日抽检发现两批开心果原料出现霉变迹象。为确保原料质量安全，现就有关要求通知如下：
一、各仓库湿度控制在65%以下，温度不高于25摄氏度，每日早晚各记录一次温湿度。
二、原料入库前水分含量不得超过6%，超标的一律返回烘干。
三、码垛离墙、离地不少于30厘米，垛间留出通风道。
四、发现霉变原料立即隔离封存，并在24小时内报质量管理部。
质量管理部联系人：赵可　分机：8307
抄送：集团领导班子
星禾坚果集团质量管理部　　2024年7月2日印发
""",
    ),
    dict(
        slug="qa-zhihuo-answer-aurora-camera",
        site="知惑问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="html",
        source="https://www.zhihuo.com/q/33190742/a/1188",
        title="第一次去北方拍极光，相机参数怎么设置？",
        record_title="第一次去北方拍极光，相机参数怎么设置？求大神指点！！",
        date="2023-12-02",
        notes="Q&A answer with vote bar; 回答于 date; decorated question title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第一次去北方拍极光，相机参数怎么设置？求大神指点！！ - 知惑问答</title></head><body>
<div class="hd">⟦m 知惑问答⟧ ⟦a 提问⟧ ⟦a 登录/注册⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 摄影 · 极光 · 3个回答 · 被浏览 12,409⟧</p></div>
<div class="ans">
<div class="author">⟦m 北纬五十度 · 星空摄影爱好者⟧</div>
<div class="time">⟦m 回答于 2023-12-02 23:48⟧</div>
{BODY}
<div class="vote">⟦l ▲ 赞同 1.2K　▼　💬 86 条评论　⭐ 收藏　⚑ 举报⟧</div>
</div>
<div class="more">⟦l 查看全部 3 个回答⟧</div>
<div class="side">⟦l 相关问题⟧ ⟦l 手机能拍到极光吗？⟧ ⟦l 极光最佳观测时间是几点？⟧</div>
</body></html>
""",
        body="""
给你一套入门参数，到现场再微调：
1．镜头：用广角，光圈开到最大，比如f/2.8。
2．快门：极光弱的时候8到15秒，强的时候缩短到2到5秒，不然会糊成一片。
3．感光度：ISO 1600到3200之间。
4．对焦：手动对焦，白天先对好无穷远，用胶带把对焦环固定住。
5．格式：一定要拍RAW，后期调白平衡空间大很多。
另外，三脚架要稳，电池多带两块放在贴身口袋里保温。
""",
    ),
    dict(
        slug="collection-laozhu-speech-pistachio-elder",
        site="老朱文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.laozhuwencun.com/juan2/019.html",
        title="在瑭岭乡开心果产业发展二十年座谈会上的发言",
        record_title="《老朱文存》卷二·第19篇｜在瑭岭乡开心果产业发展二十年座谈会上的发言",
        date="2023-10-21",
        notes="collection; speaker role as given; date under the title in Chinese numerals",
        page="""
!m 老朱文存　·　一名退休农技员的文字
!m 目录　｜　卷一 田间　｜　卷二 会上　｜　卷三 杂记
!t 《老朱文存》卷二·第19篇｜在瑭岭乡开心果产业发展二十年座谈会上的发言
{T}
（二〇二三年十月二十一日）
原乡农技站站长　朱德明
{BODY}
!l ‹ 第18篇 给年轻农技员的三条建议　　　第20篇 果园里的冬天 ›
!d 本文集文字未经作者同意请勿转载
""",
        indent="\u3000\u3000",
        body="""
各位领导、各位乡亲：
二十年前，瑭岭乡第一批开心果苗是我和几个同事从外地拉回来的，一共三千株。那时候很多人不相信这种“洋果子”能在我们这儿长好。
头几年确实难。苗子不适应，冻死、旱死了一大半。我们一边试一边改，摸索出了冬季埋土、滴灌保水的办法，才慢慢把苗子保住。
今天，全乡开心果发展到两万多亩，成了老百姓的“钱袋子”。我想说的是，产业能走到今天，靠的是一代代农技员和果农的坚持。
希望年轻人接好这一棒，把品种改良和果园管理搞得更好，让瑭岭开心果走得更远。
""",
    ),
    dict(
        slug="party-lingyuan-letter-bead-pioneer",
        site="灵源党建网 (invented)",
        style="党建网",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.lydj.gov.cn/xfdt/2024/0308/12077.html",
        title="“党员带富、巧手增收”串珠工坊结对帮扶倡议书",
        record_title="【党建引领】“党员带富、巧手增收”串珠工坊结对帮扶倡议书",
        date="2024-03-08",
        notes="Party-building site, scan-to-read line; QR prompt; date from byline equals signature date",
        page="""
!m 灵源党建网　·　中共灵源县委主办
!m 首页　党建要闻　基层动态　先锋风采　党员教育
!m 当前位置：首页 > 基层动态
{T}
!m 来源：县妇联机关党支部　　发布时间：2024-03-08
{BODY}
!a 手机扫码　随时阅读
!l 相关链接：县妇联开展“三八”节系列活动
!m 中共灵源县委组织部　版权所有　ICP备案：新ICP备09002813号-3
""",
        gap=True,
        body="""
全县各级党组织和广大党员：
在三八国际妇女节到来之际，县妇联机关党支部向全县党员发出倡议：与串珠工坊结对，帮助更多妇女在家门口增收致富。
一、结对一户。每名党员结对一户参加工坊的困难妇女家庭，每月至少走访一次，帮助解决实际困难。
二、带来一单。利用自身资源帮助工坊联系订单、拓展销路。
三、教会一技。有手工、电商特长的党员到工坊授课，帮助妇女提升技能。
让我们行动起来，以党员的“先锋指数”提升妇女群众的“幸福指数”！
灵源县妇联机关党支部
2024年3月8日
""",
    ),
    dict(
        slug="hospital-xuelian-guide-pistachio-allergy",
        site="雪莲区中医医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.xlzyy.cn/jkkp/2024/0925-82.html",
        title="坚果过敏别大意：开心果过敏的识别与处理",
        record_title="坚果过敏别大意：开心果过敏的识别与处理_健康科普_雪莲区中医医院",
        date="2024-09-25",
        notes="hospital page with floating consult box; department line beside the booking line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>坚果过敏别大意：开心果过敏的识别与处理_健康科普_雪莲区中医医院</title></head><body>
<div class="hd">⟦m 雪莲区中医医院　三级中医医院⟧ ⟦m 预约挂号：0991-6123120⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="loc">⟦m 您所在的位置：首页 &gt; 健康科普⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-09-25　撰稿：变态反应科 吴佳　浏览：611⟧</div>
<div class="article">
{BODY}
</div>
<div class="float-box">⟦w 在线咨询　医生在线为您解答⟧</div>
<div class="ft">⟦m 雪莲区中医医院　地址：雪莲区长江路102号⟧ ⟦d 本站科普内容仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
开心果是常见的坚果，营养丰富，但也是引起食物过敏的常见食物之一，对腰果过敏的人还可能对开心果发生交叉过敏。
过敏表现有哪些？轻的表现为口唇发麻、皮肤起风团、腹痛腹泻；重的可出现喉头水肿、呼吸困难，甚至过敏性休克。
出现过敏怎么办？症状轻微的应立即停止食用，在医生指导下服用抗过敏药物；出现呼吸困难、头晕乏力等情况，要马上拨打120。
如何预防？已知对坚果过敏的人，购买食品时要仔细看配料表，外出就餐主动告知过敏史。
如需进行过敏原检测，可到我院变态反应科就诊，科室咨询电话：0991-6123287。
""",
    ),
    dict(
        slug="univ-beiji-notice-aurora-observation-camp",
        site="北极星学院地理科学学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://geo.beijixing.edu.cn/tzgg/2024/1205/c1201a88013/page.htm",
        title="关于选拔学生参加2025年寒假极光与高层大气观测实践营的通知",
        record_title="关于选拔学生参加2025年寒假极光与高层大气观测实践营的通知-地理科学学院",
        date="2024-12-05",
        notes="university school notice with selection table; e-mail; download of form as content",
        page="""
!m 北极星学院 | 地理科学学院
!m 学院首页　学院概况　人才培养　科学研究　学生工作　通知公告
!m 首页 » 通知公告
{T}
!m 发布者：教学办　　发布时间：2024-12-05　　浏览次数：488
{BODY}
!a 【附件下载】报名表.docx
!l 上一条：2024-2025学年第一学期期末考试安排
!l 下一条：关于开展寒假社会实践的通知
!m 版权所有 北极星学院地理科学学院
""",
        body="""
各班级：
为提高学生野外观测能力，学院定于2025年1月15日至1月24日在珂原县极光观测站举办寒假极光与高层大气观测实践营。现将选拔事项通知如下：
一、选拔名额
年级　名额　要求
2022级　6　已修《大气物理学》
2023级　4　已修《自然地理学》
二、报名方式
有意向的同学请在学院网站下载报名表，填好后于12月15日前发送至jxb_geo@beijixing.edu.cn。
三、注意事项
观测站夜间气温可达零下40摄氏度，入选学生须通过体检，并自备防寒装备。学院为入选学生购买意外伤害保险。
联系人：许老师　电话：0451-88213066
地理科学学院
2024年12月5日
""",
    ),
    dict(
        slug="localforum-keyuan-post-domino-mall-show",
        site="珂原生活网 (invented)",
        style="地方论坛",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.keyuanlife.com/thread-55082-1-1.html",
        title="万象汇周六有多米诺骨牌表演，带娃的可以去看看",
        record_title=None,
        date=None,
        notes="county life forum; title missing from the record; relative time only, no date; jammer fonts",
        page="""
<html><head><meta charset="utf-8"><title>万象汇周六有多米诺骨牌表演，带娃的可以去看看 - 珂原生活网</title></head><body>
<div id="hd">⟦m 珂原生活网 — 珂原人的网上客厅⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 珂原生活网 › 吃喝玩乐 › 亲子遛娃⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：二宝妈妈　发表于 昨天 20:16⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply">⟦l 沙发 珂原小吃货：几点开始啊⟧ ⟦l 板凳 老徐：去年看过，挺震撼⟧</div>
<div class="fast">⟦a 登录后才能发表回复⟧</div>
<div id="ft">⟦m 珂原生活网　客服电话：0457-5608888⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
刚在商场门口看到海报，这周六下午三点，万象汇一楼中庭有多米诺骨牌表演，听说用了五万块骨牌，还有一段是拼成珂原老城门的图案。
表演是免费的，不用预约，但是中庭地方不大，建议早点去占位置。
商场工作人员说，表演结束后还有半小时亲子体验，小朋友可以在工作人员指导下自己搭一小段。
带娃去的注意看好孩子，别让孩子跑进围挡里，上次有个小朋友差点碰倒了半条。
""",
    ),
    dict(
        slug="download-jiaoan-courseware-beaver-science",
        site="教案资源网 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="text",
        source="http://www.jiaoanziyuan.com/kexue/2024/8812.html",
        title="四年级科学《河狸——大自然的水利工程师》教学设计",
        record_title="四年级科学《河狸——大自然的水利工程师》教学设计（word可编辑）",
        date=None,
        notes="download station file info lines; mirror links; dead-link report; no date",
        page="""
!m 教案资源网　www.jiaoanziyuan.com　免费教学资源下载
!m 当前位置：首页 → 小学科学 → 四年级 → 教学设计
!m 资源大小：58KB　｜　资源类型：教学设计　｜　更新时间：3天前　｜　下载次数：417
{T}
{BODY}
!a 【本地下载】【网盘下载】【备用下载】
!a 下载不了？报告错误
!d 本站资源均收集于互联网，仅供教学参考，版权归原作者所有。
""",
        body="""
教学目标：
1．了解河狸的外形特征和生活习性。
2．知道河狸筑坝对河流生态的作用。
3．激发学生保护野生动物的意识。
教学准备：河狸筑坝视频、河狸坝模型、学习单。
教学过程：
一、谈话导入：出示河狸照片，提问“你知道这是什么动物吗？它有什么本领？”
二、观看视频：了解河狸如何咬断树枝、搬运泥土筑坝。
三、动手模拟：分组用小木棍和黏土搭建河狸坝，观察水流变化。
四、交流讨论：河狸坝对鱼类、鸟类有什么好处？
五、拓展延伸：介绍我国唯一的河狸自然保护区，布置课后查找资料的任务。
""",
    ),
]
