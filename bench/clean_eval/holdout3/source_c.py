"""Holdout3 cases, part C: forums, local forums, blogs, WeChat mirrors.

Held back (see ../README.md): written blind, from dev's sources and build.py only. Every
site, place, person, number and URL is invented; see ../build.py for the markup.
"""

CASES = [
    dict(
        slug="forum-gongwenba-insight-junk-floor",
        site="公文吧论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.gongwenba.net/thread-662190-1-1.html",
        title="驻村第一书记工作一年的几点体会",
        date=None,
        notes="forum thread: floor header, anti-scraping junk lines and glued junk, signature, reply box; no date",
        page="""
!m 公文吧论坛 › 材料交流区 › 心得体会
!l 查看: 3120|回复: 26
{T}
!m 楼主　山野布衣　发表于 昨天 21:47　|　只看楼主　|　按时间倒序
{BODY}
!m 本帖最后由 山野布衣 于 昨天 22:05 编辑
!w 签名：十年笔杆，各类汇报讲话均可代笔，站内短消息联系
!l 回复　　顶(12)　　踩(0)　　举报
!l 沙发　夜航船　发表于 前天 08:11
!l 写得实在，收藏了，感谢楼主分享！
!d 免责声明：论坛内容为网友发表，不代表本站观点，请勿用于商业用途。
!a 登录之后才能参与讨论　登录 ｜ 注册新账号
""",
        junk=dict(lines=2, glued=4),
        body="""
去年3月，我从县直机关选派到苇塘村担任驻村第一书记。一年来，在村里走访、开会、跑项目，我对基层工作有了全新的认识，也有不少感悟，在这里和大家交流一下。
第一，沉下身子才能摸清实情。刚到村里的时候，我拿着花名册挨家挨户走访，三个月跑遍了全村412户。很多情况只有坐在农户的炕头上才能听得到，比如哪家孩子上学有困难，哪个组的灌溉渠堵了多年没人修。摸清了底数，后面的工作才有方向。
第二，抓好班子才能带好队伍。村“两委”是群众的主心骨。我和村支书一起建立了每周一次的班子例会制度，凡是村里的大事都拿到会上议，议定的事情分工到人、限期办结。慢慢地，班子的凝聚力和战斗力明显增强了。
第三，发展产业才能稳住增收。我们结合村里土地和水源条件，引进了一家食用菌企业，建起了24个大棚，由村集体经济合作社统一管理，吸纳本村47名群众就近务工，村集体经济收入一年增加了18万元。
第四，真心实意才能赢得信任。群众不看你说了什么，而是看你做了什么。一年里，我们帮群众办理各类事项130多件，修通了两条断头路，解决了五个村民小组的饮水问题。现在走在村里，老乡们会主动招呼我到家里坐坐，这是对我最大的肯定。
驻村工作还有一年时间，我将继续和村干部一道，把该办的事办好，不辜负组织的信任和群众的期待。
""",
    ),
    dict(
        slug="localforum-liaoyuan-html-initiative-discuz-jammer",
        site="蓼原在线社区 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://bbs.liaoyuanol.com/forum.php?mod=viewthread&tid=228401",
        title="关于“共护母亲河　共建清洁家园”的倡议书",
        title_also=["关于“共护母亲河 共建清洁家园”的倡议书"],
        record_title=None,
        date="2025-05-30",
        notes="local forum (PHPWind-like): jammer spans glued after sentences and on lines of their own; no title in the record; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>蓼原在线社区 - 城事杂谈</title></head>
<body>
<div id="hd">⟦m 蓼原在线 - 蓼原人自己的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 蓼原在线 › 论坛 › 城事杂谈 › 查看内容⟧</div>
<div class="pls">⟦m 滨河志愿者协会⟧<br>⟦m 主题 38 帖子 122 积分 906⟧</div>
<div class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2025-5-30 16:22⟧ ⟦l 仅看此人⟧ ⟦l 跳转到楼层⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复　点评　举报　回到顶部⟧</div>
</div>
<div class="rate">⟦l 评分　参与人数 3　威望 +6　收起 理由⟧</div>
<div id="ft">⟦m Powered by PHPWind 9.0.2⟧　⟦d 本站信息均由网友发布，请自行甄别，本站不承担由此引起的法律责任。⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
全县广大市民朋友们：
蓼水河是全县人民的母亲河，滋养了一代又一代蓼原人。近年来，在各方共同努力下，蓼水河水质明显改善，沿岸景色越来越美。但我们也看到，河道里偶尔还漂着塑料袋、饮料瓶，个别河段仍有乱倒垃圾、违规垂钓的现象。为此，我们向全县市民发出如下倡议：
一、做爱河护河的宣传者。主动学习水生态保护知识，向家人、邻居宣传保护母亲河的意义，自觉抵制破坏河道环境的行为。
二、做清洁家园的行动者。不向河道倾倒垃圾、排放污水，不在禁钓区垂钓、电鱼，不在河边焚烧秸秆和杂物。
三、做文明新风的监督者。发现污染河道的行为，可以劝阻或拨打12345热线反映，共同守护一河清水。
四、做志愿服务的参与者。欢迎大家加入“河小青”志愿服务队，每月第一个周六上午9点在滨河公园集合，开展河岸清洁活动。
保护母亲河，人人有责。让我们携起手来，从我做起、从点滴做起，共建清洁美丽的幸福家园！
蓼原县滨河志愿者协会
2025年5月30日
""",
    ),
    dict(
        slug="localforum-huishan-text-property-notice-phones",
        site="桧山生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hsshw.com/thread-18872-1-1.html",
        title="关于小区二次供水设施清洗消毒暂停供水的通知",
        record_title=None,
        date="2025-07-08",
        notes="local forum repost of a property notice: short lines, times and phones inside the body; reply floor; glued junk",
        page="""
!m 桧山生活网 » 社区公告 » 小区通知
!m [转帖]
{T}
!m 发帖人：锦园物业小周　　浏览 2046　回复 9
{BODY}
!l 2# 木子李：收到，希望能按时恢复供水
!l 3# 桧山老猫：楼上的，上次就晚了半小时
!l 发表回复　　回帖后跳转到最后一页
!a 手机版｜小黑屋｜桧山生活网
""",
        junk=dict(lines=1, glued=2),
        body="""
各位业主、住户：
为保障小区居民饮用水卫生安全，根据县卫生健康部门的要求，物业服务中心将对小区二次供水设施进行年度清洗消毒。届时将暂停供水，具体安排如下：
停水时间：2025年7月10日（星期四）8:00—18:00
停水范围：锦园小区1—12栋全体住户
请各位业主提前做好储水准备，停水期间请关闭家中水龙头，以免恢复供水时发生跑水。恢复供水初期水质可能略有浑浊，请放水3至5分钟后再使用。
清洗消毒完成后，物业将委托第三方检测机构进行水质检测，检测报告将在小区公告栏公示。
如有疑问，请联系物业服务中心。
服务热线：0591-8372106
值班手机：15260117732
由此给您带来的不便，敬请谅解！
锦园物业服务中心
2025年7月8日
""",
    ),
    dict(
        slug="blog-jinshi-html-summary-tags-comments",
        site="锦石的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://blog.jinshi-notes.net/archives/2024/12/1127.html",
        title="2024年社区居委会工作总结",
        record_title="2024年社区居委会工作总结 - 锦石的博客 - 写点东西",
        record_date="2024-12-26",
        date="2024-12-26",
        notes="blog page: record title with blog name and slogan, tags, categories, comment form, prev/next, sidebar archive",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年社区居委会工作总结 - 锦石的博客 - 写点东西</title></head>
<body>
<header><h3>⟦m 锦石的博客⟧</h3><p>⟦m 写点东西，记录基层工作的日常⟧</p></header>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 2024年12月26日　·　分类：工作笔记　·　阅读(532)　·　评论(4)⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：工作总结, 社区, 居委会⟧</footer>
</article>
<nav class="post-nav">⟦l « 社区网格员培训会发言提纲⟧　⟦l 2025年社区工作计划要点 »⟧</nav>
<section class="comments"><h4>⟦l 写下你的评论…⟧</h4><p>⟦l 您的邮箱不会被公开，带星号的栏目为必填⟧</p><p>⟦l 昵称*　邮箱*　网站⟧</p><button>⟦l 发布评论⟧</button></section>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年12月 (6)⟧</li><li>⟦l 2024年11月 (4)⟧</li></ul></aside>
<footer>⟦m © 2025 锦石的博客　Theme by Pine⟧</footer>
</body></html>
""",
        body="""
2024年，棠梨社区居委会在街道党工委、办事处的领导下，在社区党委的带领下，紧紧围绕居民群众的需求开展工作，较好地完成了全年各项任务。现总结如下。
一、强化服务，居民满意度不断提升
全年为辖区居民办理各类证明、社保、医保等事项2100余件；为86户困难家庭、217名高龄老人落实各项救助补贴；组织“暖心食堂”为60岁以上老人提供助餐服务1.8万人次。
二、完善治理，社区环境明显改善
推行“网格+楼栋长”工作模式，将社区划分为9个网格、选聘楼栋长46名；协调解决楼道堆物、违规停车、噪声扰民等问题152件；完成3个老旧小区的雨污分流改造，小区面貌焕然一新。
三、丰富活动，邻里关系更加和谐
依托新时代文明实践站，开展“邻里节”、广场舞比赛、亲子阅读等活动48场次，参与居民达4000余人次；组建志愿服务队5支，注册志愿者达到638人。
四、存在不足及明年打算
社区工作者人手紧张，服务精细化程度还不够高；部分老旧小区无物业管理，长效管理机制还未建立。2025年，我们将着力推进“红色物业”全覆盖，加强社区工作者能力培训，让居民的获得感、幸福感、安全感更加充实。
""",
    ),
    dict(
        slug="blog-wushan-research-wrapped-no-title",
        site="雾山散记 (invented personal blog)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wushan-sanji.blogspot.example/2024/08/rural-elderly-care.html",
        title="关于芷阳县农村互助养老情况的调研报告",
        record_title=None,
        date=None,
        notes="blog text hard-wrapped at 80 columns; headings on their own lines; no title in the record; dates only inside the body",
        page="""
!m 雾山散记
!m 一个基层民政干部的读书和工作笔记
{T}
!m 发表者 雾山　　标签：调研 养老 农村
{BODY}
!l 0 条评论　　我来说两句
!l 较新的博文　　较早的博文　　主页
!l 订阅：博文评论 (Atom)
""",
        wrap=80,
        indent="    ",
        body="""
随着农村人口老龄化程度不断加深，农村养老问题日益突出。今年6月至7月，我们采取实地走访、座谈交流、问卷调查等方式，对全县农村互助养老情况进行了专题调研，共走访8个乡镇、32个行政村，发放问卷600份，收回有效问卷571份。
一、基本情况
全县60岁以上农村老年人口8.7万人，占农村常住人口的27.4%，其中独居、空巢老人2.3万人。目前全县已建成农村互助幸福院96所，覆盖行政村的41%，累计为老年人提供日间照料、助餐等服务12万人次。
二、主要做法
一是坚持因地制宜。利用闲置村部、校舍改建互助幸福院，实行“村集体建院、老人自愿入院、互助服务、政府支持”的运行模式。二是强化资金保障。县财政对新建互助幸福院给予每所5万元的一次性建设补助，每年给予1万元运营补助。三是发动社会参与。引导乡贤、企业捐资捐物，组织低龄健康老人为高龄老人提供服务，形成“以老助老”的良好氛围。
三、存在的问题
一是部分幸福院设施简陋，功能单一，只能满足基本的休闲娱乐需求；二是运营经费来源单一，过度依赖财政补助，可持续性不强；三是专业服务人员缺乏，医养结合服务难以开展。
四、对策建议
建议将农村互助养老纳入乡村振兴重点支持范围，整合民政、卫健、农业农村等部门资金；推动乡镇卫生院与幸福院签约合作，定期开展巡诊服务；建立“时间银行”等激励机制，鼓励更多村民参与互助服务。
""",
    ),
    dict(
        slug="wechat-mirror-jichuan-speech-follow-prompts",
        site="微文聚合镜像站 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.weiwenjh.com/a/7f1c28d0e9b.html",
        title="在全市城市更新工作推进会上的讲话",
        record_title="在全市城市更新工作推进会上的讲话",
        date="2025-06-16",
        notes="WeChat mirror: follow prompt before the title, account and origin lines, read-more and like/look bar after; date under the title",
        page="""
!a 点击上方“霁川住建”蓝字，关注我们
{T}
!m 霁川住建　霁川住建　2025-06-18 17:30　发表于湖北
（2025年6月16日）
{BODY}
!m 来源：霁川市住建局办公室
!m 编辑：吕一帆　　审核：程立
!w 投稿及合作请联系：jczj_tougao@163.com　0718-2290733
!a 长按下方二维码关注，获取更多城市建设资讯
!l 阅读原文　　阅读 2961　　分享　　点赞 46　　推荐 18
!l 留言区（精选留言2条）
!d 本站为公众号文章聚合镜像，文章版权归原公众号所有，如需删除请联系我们。
""",
        date_also=["2025-06-18"],
        body="""
同志们：
今天召开全市城市更新工作推进会，主要任务是总结上半年城市更新工作，分析形势，部署下半年重点任务。刚才，几个区和部门作了交流发言，讲得都很好。下面，我讲三点意见。
一、充分肯定上半年工作成效
上半年，全市新开工改造老旧小区127个，惠及居民2.9万户；完成城市燃气、供水等老旧管网改造186公里；新增口袋公园21个、停车泊位4600个。城市更新既改善了居住条件，也拉动了有效投资，群众满意度明显提升。
二、准确把握城市更新的重点
一要坚持民生优先，把群众最关心的加装电梯、停车、充电、养老托育等问题摆在前面；二要坚持留改拆并举，以保留利用提升为主，严格控制大规模拆除；三要坚持片区统筹，把零散项目打包成片区，提高整体效益。
三、全力以赴抓好下半年任务
各区要对照年度目标，倒排工期、挂图作战，确保10月底前所有计划项目全部开工。市住建局要牵头建立周调度、月通报机制，对进度滞后的项目挂牌督办。市财政局、市自然资源和规划局等部门要在资金、用地、审批等方面给予有力支持。
同志们，城市更新是一项民心工程。希望大家以更大的决心、更实的举措，推动城市更新工作取得更大成效，努力让群众生活更方便、更舒心、更美好！
""",
    ),
    dict(
        slug="wechat-mirror-ludingting-html-plan-preview-tags",
        site="号文镜像 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="html",
        source="https://haowen-mirror.example/s/ltjy_20250902",
        title="鹭汀区2025年秋季学期中小学课后服务工作方案",
        record_date="2025-09-02",
        date="2025-09-02",
        notes="WeChat mirror in HTML: account header, original-content badge, 'preview: tags not clickable', scan-to-follow box, like/look bar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹭汀区2025年秋季学期中小学课后服务工作方案</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创声明⟧</span> <span>⟦m 鹭汀教育⟧</span> <span>⟦m 鹭汀教育发布⟧</span> <em>⟦m 2025年09月02日 18:05⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<p class="tips">⟦a 本文预览时链接不可点击⟧</p>
<div class="qr">⟦a 用微信扫描二维码，关注鹭汀教育⟧</div>
<div class="tool">⟦l 向上滑动查看下一篇⟧　⟦l 点此查看原文⟧　⟦l 赞　在看　分享⟧</div>
</div>
</body></html>
""",
        p_html='<section style="margin:0 8px"><p><span style="font-size:16px">{}</span></p></section>',
        body="""
为进一步落实“双减”要求，提升课后服务质量，满足学生多样化学习需求，结合我区实际，制定本方案。
一、服务对象
全区公办义务教育阶段学校在校学生，按照学生自愿、家长申请的原则参加。
二、服务时间
课后服务时间为每周一至周五下午放学后至17:30，初中学校可根据需要安排晚自习，结束时间原则上不晚于20:30。
三、服务内容
（一）基础托管。组织学生完成书面作业，教师进行答疑辅导，对学习有困难的学生进行补习。
（二）素质拓展。开设科技、体育、艺术、劳动、阅读等兴趣活动课程，每所学校开设的拓展课程不少于10门。
（三）特色社团。鼓励学校结合办学特色组建足球、合唱、书法、编程等社团，每周活动不少于2次。
四、收费与保障
课后服务费按每生每学期不超过600元的标准收取，家庭经济困难学生予以免除。区财政按每生每年200元的标准给予补助，主要用于教师课后服务补助。
五、工作要求
各学校要成立课后服务工作专班，于9月8日前公布课后服务实施细则和课程表；区教育局将课后服务开展情况纳入学校年度考核。
""",
    ),
    dict(
        slug="wechat-mirror-host-script-title-thrice",
        site="公众号文章库 (invented)",
        style="公众号镜像",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://gzhwzk.example/art/5502871",
        title="庆祝第41个教师节暨表彰大会主持词",
        record_title=None,
        date=None,
        notes="title three times (mirror header, account card, glued to the first line); no title in the record; no date",
        page="""
!t 庆祝第41个教师节暨表彰大会主持词 - 公众号文章库
!m 来自公众号：涟渡县第二中学
!m 公众号ID：ld2zhong
{T}
!a 点击上方蓝字“涟渡二中”关注我们
{T}{BODY}
!l 往期回顾
!l 我校举行2025年秋季开学典礼
!l 教师节前夕，县领导走访慰问我校教师
!l 阅读量 1.1万　　点赞 208
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位老师，亲爱的同学们：
金秋九月，丹桂飘香。在这收获的季节，我们迎来了第41个教师节。今天，我们在这里隆重集会，庆祝属于全体教师的节日，表彰过去一学年涌现出的优秀教师和先进教育工作者。
出席今天大会的领导有：县教育局副局长钱韵之先生，学校党总支书记、校长吴立恒先生。让我们以热烈的掌声欢迎各位领导的到来！
下面，我宣布：涟渡县第二中学庆祝第41个教师节暨表彰大会现在开始！
大会进行第一项：全体起立，奏国歌。
大会进行第二项：请教务处主任宣读表彰决定。
大会进行第三项：请领导为受表彰的优秀教师颁奖。
大会进行第四项：请教师代表发言。
大会进行第五项：请学生代表向老师献词献花。
大会进行第六项：请吴立恒校长讲话。
老师们、同学们，教育是一项播种希望的事业。让我们在新的学年里，以受表彰的老师为榜样，爱岗敬业、教书育人，共同谱写学校发展的新篇章！
庆祝第41个教师节暨表彰大会到此结束，请各班有序退场。
""",
    ),
    dict(
        slug="blog-oneline-address-no-date",
        site="清溪随笔 (invented personal blog), text export",
        style="博客",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://qingxi-suibi.example/post/331",
        title="在社区邻里节开幕式上的致辞",
        date=None,
        notes="a one-line blog export: site name, title, meta, body and footer on one line",
        page="""
⟦m 清溪随笔⟧｜{T}｜⟦m 作者：清溪　浏览 208⟧　{BODY}⟦l 上一篇：写给社区志愿者的一封信⟧⟦l 下一篇：关于社区书屋的几点想法⟧
""",
        oneline=True,
        indent="　　",
        body="""
各位居民朋友，各位志愿者：
大家好！今天是我们社区第五届邻里节开幕的日子。首先，我代表社区党委、居委会，向前来参加活动的居民朋友们表示热烈的欢迎！向一直以来支持社区工作的驻区单位和志愿者们表示衷心的感谢！
远亲不如近邻。邻里节就是希望大家走出家门、走近邻居，互相认识、互相帮助。今年的邻里节为期一周，安排了百家宴、跳蚤市场、亲子运动会、健康义诊等十多项活动，欢迎大家踊跃参加。
希望通过邻里节，让更多的居民成为朋友，让我们的社区更加温馨和睦。最后，预祝本届邻里节圆满成功！祝大家身体健康、家庭幸福！
""",
    ),
]
