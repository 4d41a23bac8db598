"""holdout173, part D: aprons (围裙) — a canteen hygiene rule, a county news item, a cooks' forum,
a grandmother's apron, a kindergarten, a factory, an apron-printing workshop. Invented text."""

CASES = [
    dict(
        slug="wenku-weiqun-canteen-rule",
        site="学海文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.xuehaiwk.example.com/d/5a0c9e77.html",
        title="学校食堂从业人员个人卫生管理制度",
        record_title="学校食堂从业人员个人卫生管理制度（可编辑版）",
        date=None,
        notes="paid preview with ◇n◇ markers glued; decorated title; no date",
        pages=dict(fmt="◇{n}◇", every=110, start=2, glue=True),
        page="""
!m 学海文库　首页 › 教育管理 › 后勤
!t 学校食堂从业人员个人卫生管理制度（可编辑版）
!a ￥3.00 购买后可下载完整版　｜　VIP免费下载
{BODY}
!a 阅读已结束，如需全文请付费下载
!d 本文档由用户上传，学海文库仅提供存储服务。
""",
        body="""
一、食堂从业人员必须持有效健康证明上岗，每年进行一次健康检查。
二、进入操作间前应穿戴清洁的工作衣帽、围裙和口罩，头发不得外露，不得佩戴戒指、手链等饰物。
三、生熟食品加工人员应使用不同颜色的围裙，红色用于生肉加工，白色用于熟食和面点，不得混用。
四、围裙应每日清洗消毒，发现破损及时更换，离开操作间时应脱下围裙，不得穿围裙进入卫生间。
五、操作前、便后及处理生食品后应按规定洗手消毒。
""",
    ),
    dict(
        slug="gov-weiqun-market-inspection",
        site="澧溪县人民政府 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.lixi.example.gov.cn/zwdt/bmdt/202509/t20250926_81022.html",
        title="县市场监管局开展农贸市场熟食摊点卫生专项检查",
        record_title="县市场监管局开展农贸市场熟食摊点卫生专项检查_部门动态_澧溪县人民政府",
        date="2025-09-26",
        notes="county portal; 长辈版/无障碍; 发布时间 byline; share bar; footer",
        page="""
<html><head><meta charset="utf-8"><title>县市场监管局开展农贸市场熟食摊点卫生专项检查_部门动态_澧溪县人民政府</title></head><body>
<div class="topbar">⟦a 长辈版⟧ ⟦a 无障碍浏览⟧ ⟦m 欢迎访问澧溪县人民政府门户网站⟧</div>
<div class="nav">⟦m 首页 | 走进澧溪 | 政务公开 | 政务服务 | 政民互动⟧</div>
<div class="loc">⟦m 您当前的位置：首页 &gt; 政务动态 &gt; 部门动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-09-26 15:20　信息来源：县市场监管局　字号：[大 中 小]⟧</div>
{BODY}
<div class="share">⟦l 分享到：⟧</div>
<div class="footer">⟦m 主办：澧溪县人民政府办公室⟧ ⟦m 网站标识码：4307260021　湘ICP备13022871号⟧</div>
</body></html>
""",
        body="""
9月24日至25日，县市场监管局组织执法人员对城区五个农贸市场的熟食摊点开展卫生专项检查。
检查中，执法人员重点查看了从业人员健康证、工作衣帽和围裙穿戴、防蝇防尘设施及食品留样等情况。
对发现的两家摊点从业人员未穿戴围裙、一家摊点防蝇罩破损等问题，执法人员当场责令整改，并将于十日后复查。
县市场监管局相关负责人表示，将持续加强对熟食摊点的日常监管，守护群众“舌尖上的安全”。
""",
    ),
    dict(
        slug="news-weiqun-print-workshop",
        site="澧水晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lishuiwb.example.com/content/2025-12/03/c_71190.html",
        title="一条围裙印出“致富经”",
        record_title="一条围裙印出“致富经”",
        record_date="2025-12-03",
        date="2025-12-03",
        notes="evening-paper portal; ad label between paragraphs; editor and hot list",
        page="""
<html><head><meta charset="utf-8"><title>一条围裙印出“致富经”-澧水晚报网</title></head><body>
<div class="head">⟦m 澧水晚报网　澧水人的新闻客户端⟧</div>
<div class="nav">⟦m 首页　本地　社会　财经　文体　视频⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 2025-12-03 07:50　来源：澧水晚报　记者 钟晴 通讯员 汪涛⟧</div>
{BODY}
<div class="ed">⟦m 编辑：潘雪　二审：肖力　三审：陈方⟧</div>
<div class="hot">⟦l 24小时热读⟧<br>⟦l 1 城区新增三处口袋公园⟧<br>⟦l 2 今冬首场寒潮将至⟧</div>
</body></html>
""",
        body="""
走进澧溪县工业园区的一家服饰厂，热转印机正“咔嗒咔嗒”地工作着，一条条印着餐厅标志的围裙整齐地码放在台面上。
“我们主要给餐饮店、超市和奶茶店定制工作围裙，最少五十条起订，三天就能发货。”厂长孙美玲说。
<span>⟦a 广告⟧</span>
三年前，孙美玲带着在外地学到的手艺回乡办厂，从一台缝纫机起步，如今工厂已有工人四十多名，其中大多是附近的留守妇女。
今年前十一个月，工厂销售围裙六十多万条，线上订单占了一半以上。
""",
    ),
    dict(
        slug="forum-weiqun-chef-thread",
        site="大厨联盟论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.dachu-lm.example.com/thread-441876-1-1.html",
        title="后厨穿什么材质的围裙最耐用？说说我这十年的经验",
        record_title=None,
        date=None,
        notes="Discuz-like cooks' forum with jammer fonts; relative post time; no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>后厨穿什么材质的围裙最耐用？说说我这十年的经验 - 厨房杂谈 - 大厨联盟论坛</title></head><body>
<div id="toptb">⟦a 登录 | 注册 | 找回密码⟧</div>
<div id="pt">⟦m 大厨联盟论坛 › 厨房杂谈 › 查看内容⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 老灶台王师傅　发表于 昨天 23:40　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div>⟦l 支持 28　反对 0　收藏 15⟧</div>
<div>⟦l 相关帖子：刀具保养心得 | 灶台火力调节⟧</div>
<div id="ft">⟦m Powered by Discuz!　大厨联盟 ©2013-2025⟧</div>
</body></html>
""",
        body="""
干了十年炉头，前后穿坏的围裙不下五十条，今天说说我的体会。
帆布围裙最耐磨，也挡油，但是夏天穿太热，洗了以后硬邦邦的。
防水的皮革或者涂层围裙，杀鱼、洗菜的岗位很好用，但是离火近了容易烫坏，炉头不建议穿。
我现在炉头穿的是涤棉混纺的，轻便透气，沾了油用洗洁精一搓就掉，一条能穿大半年。
最后提醒一句，围裙带子别系成死结，万一着火了要能一把扯下来。
""",
    ),
    dict(
        slug="blog-weiqun-grandma-apron-wrapped",
        site="檐下慢时光 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://yanxia.example-blog.com/post/2025-05-11",
        title="外婆的蓝布围裙",
        record_title="外婆的蓝布围裙 - 檐下慢时光",
        date="2025-05-11",
        notes="hard-wrapped at 34 columns; blog date line; tags and comments",
        wrap=34,
        page="""
!m 檐下慢时光 · 记录平常日子
{T}
!m 2025年5月11日 · 母亲节 · 阅读 408
{BODY}
!l 标签：外婆 / 围裙 / 老手艺
!l 评论（3）　发表评论
!l 上一篇：春天的野菜　下一篇：端午的艾草
""",
        body="""
外婆有一条蓝布围裙，是她年轻时自己织的土布，用蓝靛染过，洗得发白了，边上还打着两块补丁。
那条围裙好像有用不完的口袋。她从里面掏出过水果糖、顶针、火柴，还有给我擦眼泪的手帕。
外婆走后，妈妈把那条围裙叠好，放在衣柜最上层。今年母亲节，我给妈妈买了一条新围裙，她系上的样子，和外婆真像。
""",
    ),
    dict(
        slug="wechat-weiqun-kindergarten-art",
        site="小橡树幼儿园公众号 (invented)",
        style="公众号镜像",
        genre="活动方案",
        kind="plan",
        form="html",
        source="https://wxmirror.example.net/a/Qs7n2kLmPp",
        title="“我的小围裙”亲子手绘活动方案",
        record_title="“我的小围裙”亲子手绘活动方案",
        date="2025-03-05",
        notes="WeChat mirror; account/time line; reward, 在看 rows; document speaks of 分享/扫码 as content",
        page="""
<html><head><meta charset="utf-8"><title>“我的小围裙”亲子手绘活动方案</title></head><body>
<h1>{T}</h1>
<div class="meta">⟦m 小橡树幼儿园　2025年03月05日 08:05⟧</div>
{BODY}
<div class="tail">⟦a 赞赏作者⟧　⟦a 分享　收藏　点赞 66　在看 9⟧</div>
<div class="qr">⟦a 长按识别二维码，关注小橡树⟧</div>
</body></html>
""",
        body="""
一、活动目的
通过亲子共同手绘围裙，培养幼儿的动手能力和审美情趣，增进亲子感情。
二、活动时间
3月14日（星期五）下午3:00—4:30。
三、活动准备
幼儿园统一准备素色棉布围裙和纺织颜料，家长请为孩子准备一件旧衣服作为罩衫。
四、活动流程
家长和孩子共同构思图案，完成手绘；作品晾干后，孩子在“小厨房”区角穿着自己的围裙参加劳动。
五、其他
活动结束后，各班老师将作品照片分享到班级群，家长也可扫描班级二维码参与“最美围裙”投票。
""",
    ),
    dict(
        slug="docshare-weiqun-procurement-spec",
        site="文档易 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wendangyi.example.com/doc/66120391.html",
        title="医院营养食堂工作服及围裙采购技术参数",
        record_title="医院营养食堂工作服及围裙采购技术参数.wps",
        date=None,
        notes="file-name title; table rows kept; download box; no date",
        page="""
!m 文档易 > 招标采购 > 技术参数
!t 医院营养食堂工作服及围裙采购技术参数
!m 分享者：lxyy_hq　｜　格式：WPS　｜　3页
!a 下载本文档（需1积分）　｜　举报
{BODY}
!l 相关推荐：食堂工作服采购需求　/　保洁服装技术参数
!d 文档易：文档版权归原作者所有，仅供参考。
""",
        body="""
一、采购范围：营养食堂工作服八十套、围裙一百六十条。
二、围裙技术要求
项目　要求
面料　涤棉混纺，涤65%棉35%
克重　不低于180克每平方米
颜色　白色、浅蓝色两种，分别用于熟食区和粗加工区
防水　粗加工区围裙需加防水涂层
三、其他要求：每条围裙胸前印医院标识，交货期为合同签订后二十日内。
""",
    ),
    dict(
        slug="edu-weiqun-labour-class",
        site="澧溪县实验小学 (invented)",
        style="教育门户",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.lxsyxx.example.edu.cn/jxky/2025/1015/2211.html",
        title="系上围裙上灶台——劳动教育课心得",
        record_title="系上围裙上灶台——劳动教育课心得",
        date="2025-10-15",
        notes="school site with visitor counter; author/date line; date from the byline",
        page="""
!m 澧溪县实验小学　SCHOOL OF LIXI
!m 首页 » 教学科研 » 教师随笔
{T}
!m 作者：戴丽华　　发布日期：2025-10-15　　点击数：217
{BODY}
!l 【上一篇】数学课上的小游戏　【下一篇】秋游安全须知
!m 您是第 0082117 位访客
""",
        body="""
这学期，学校开设了劳动教育课，我负责四年级的“家常菜”单元。
第一节课，我让孩子们先学系围裙。没想到，系个蝴蝶结，难倒了一大半学生，有的孩子急得满头大汗。
系好围裙，孩子们像模像样地洗菜、切黄瓜、打鸡蛋。课后，一个男孩说，原来妈妈每天做饭这么辛苦。
劳动教育不在于学会多少道菜，而在于让孩子体会劳动的不易，懂得感恩。
""",
    ),
    dict(
        slug="intranet-weiqun-ppe-notice",
        site="澧阳食品集团内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://portal.liyangfood.example.local/notice/view.do?id=20250407",
        title="关于规范车间防护围裙穿戴和清洗的通知",
        record_title=None,
        date="2025-04-07",
        notes="intranet document view; unread list; 流转记录 and read count; numbered list kept",
        page="""
<html><head><meta charset="utf-8"><title>澧阳食品集团门户</title></head><body>
<div class="top">⟦m 澧阳食品集团 综合办公门户⟧　⟦m 当前用户：质检部 王敏⟧　⟦a 退出⟧</div>
<div class="left">⟦l 待办事项(3)⟧<br>⟦l 未读公告(5)⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发文部门：安全生产部　阅读次数：411⟧</div>
{BODY}
<div class="flow">⟦m 流转记录：安全生产部起草（04-03）→ 分管副总审批（04-05）→ 办公室发布（04-07）⟧</div>
<div>⟦a 打印　下载正文⟧</div>
</body></html>
""",
        body="""
各生产车间：
近期检查发现，部分员工防护围裙穿戴不规范、清洗不及时，现将有关要求通知如下：
1. 屠宰、分割车间员工应穿戴防水围裙，熟食车间员工应穿戴白色棉质围裙，不得混穿。
2. 围裙由后勤部统一回收清洗消毒，每班更换一次，员工不得带回家中清洗。
3. 车间主任每日班前检查员工围裙穿戴情况，检查结果纳入班组考核。
安全生产部
2025年4月7日
""",
    ),
    dict(
        slug="qa-weiqun-oil-stain",
        site="生活妙招问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.shenghuomiaozhao.example.com/q/20889.html",
        title="围裙上的油渍洗不掉怎么办？",
        record_title=None,
        date=None,
        notes="Q&A with vote bar and more-answers list; no date",
        page="""
!m 生活妙招问答　—　问题详情
{T}
!m 3个回答　·　关注 118
!m 采纳答案　｜　家务达人小满　　回答于 1 年前
{BODY}
!a 👍 赞同 214　　💬 评论 12　　⤴ 分享
!l 更多回答：用小苏打行吗？　/　白醋能去油吗？
""",
        body="""
厨房围裙上的油渍，关键是“趁早”和“先溶油”。
刚沾上的油渍，可以先用厨房纸吸掉多余的油，再挤一点洗洁精在油渍上，用旧牙刷轻轻刷几分钟，最后用温水冲洗。
如果是已经发硬的老油渍，可以把围裙放在加了洗衣粉的热水里泡半小时，再用洗洁精局部揉搓。
涤纶材质的围裙水温不要超过六十度，防水涂层的围裙不能用热水泡，也不要用力刷，以免涂层脱落。
""",
    ),
]
