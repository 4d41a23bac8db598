"""holdout131, part E: training schools, writing apps, exam forums, encyclopaedias, cloud drives, snapshots, print views. Invented text."""

CASES = [
    dict(
        slug="training-sanxian-class-text-wrapped",
        site="楸原曲艺传习所 (invented)",
        style="培训机构",
        genre="工作计划",
        kind="plan",
        form="text",
        source="http://www.qiuyuanquyi.cn/chuanxi/jh2024.html",
        title="楸原曲艺传习所2024年三弦书学员培养计划",
        record_title="楸原曲艺传习所2024年三弦书学员培养计划",
        date="2024-01-15",
        notes="hard-wrapped at 56 columns; course ad between paragraphs as chrome; 成文日期 under signature",
        page="""
!m 楸原曲艺传习所 · 非遗传承教学基地
!m 首页 ＞ 传习动态
{T}
{BODY}
!w 想学三弦书？加传习所微信 qyquyi2024 预约试课
!m 传习所地址：楸原县老街茶馆巷7号
""",
        wrap=56,
        indent="    ",
        body="""
为培养三弦书后继人才，传习所制定2024年学员培养计划如下。
一、招收学员12名，年龄14至30周岁，有一定嗓音条件，不收取学费。
二、教学分弹、唱、说三门课。三弦弹奏由省级传承人邢老主教，每周三次；唱腔和说白由老艺人轮流授课，每周两次。
⟦a 【课程表可在本页底部下载】⟧
三、学员每学完一个短段，须在传习所书场登台演出一次，年底每人能独立演出两个以上短段、一个中篇。
四、学员在传习期间每月发放交通生活补贴，所需经费从县非遗保护专项资金中列支。
楸原曲艺传习所
2024年1月15日
""",
    ),
    dict(
        slug="app-torch-festival-plan-share",
        site="写作猫App (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.xiezuomao.cn/s/7HkQ2aLp",
        title="樗川县2024年火把节安全保障工作方案",
        record_title="樗川县2024年火把节安全保障工作方案｜写作猫",
        date="2024-07-10",
        notes="writing-app share page; open-in-app prompts; AI rewrite button glued to a line; decimal headings",
        page="""
!m 写作猫 · 你的AI公文助手
!a 打开App，查看完整排版
{T}
!m 来自用户「樗川小文」的分享　·　1.4万人看过
{BODY}
!a 🐱 用写作猫一键生成同类方案 >
!l 你可能还需要：节庆活动应急预案｜大型活动安保方案｜消防安全检查表
!d 内容由用户创作或AI辅助生成，仅供参考
""",
        body="""
为确保2024年火把节期间各项活动安全有序，制定本方案。
1 组织领导
成立火把节安全保障工作指挥部，县长任指挥长，下设安保、消防、交通、医疗、食品安全五个工作组。
2 重点任务
2.1 人员密集场所管控。火把广场实行限流，瞬时人数不超过1.5万人，设置单向进出通道。⟦a 【AI改写这一段】⟧
2.2 防火安全。火把集中点燃区与观众区保持20米以上距离，配备消防车2辆、灭火器200具。
2.3 交通保障。县城主干道实行分时段管制，设置临时停车场6处。
2.4 医疗救护。设医疗救护点3个，县人民医院开通绿色通道。
3 工作要求
各工作组要于7月20日前完成应急演练，节会期间实行24小时值班和每日零报告制度。
樗川县火把节安全保障工作指挥部
2024年7月10日
""",
    ),
    dict(
        slug="app-tea-opera-summary-html-share",
        site="公文宝App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.gongwenbao.com/share/doc/551908",
        title="篁溪县采茶剧团2024年工作总结",
        record_title=None,
        date="2024-12-20",
        notes="writing-app mobile share (HTML); title missing from the record; bottom bar prompts; date under the signature",
        page="""
<html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>公文宝</title></head>
<body>
<div class="app-banner">⟦a 公文宝App内打开，体验更佳⟧ <button>⟦a 打开⟧</button></div>
<div class="doc"><h2>{T}</h2>
<p class="u">⟦m 分享自公文宝 · 篇幅约900字⟧</p>
{BODY}
</div>
<div class="mask">⟦a 剩余内容已隐藏，下载App免费看全文⟧</div>
<div class="bottom-bar">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦a 收藏⟧</div>
</body></html>
""",
        body="""
2024年，县采茶剧团坚持以演出为中心，全年完成各类演出186场，观众约14万人次，较上年增长两成。
一、创作演出成果丰硕。新排大型采茶戏《茶山月》，在全市戏剧会演中获优秀剧目奖；复排传统小戏《补皮鞋》《拣茶籽》等5出。
二、送戏下乡扎实开展。完成“戏曲进乡村”演出120场，覆盖全县14个乡镇。
三、人才培养持续推进。与市艺术学校联合招收采茶戏定向班学员20名，老艺人结对带徒7对。
四、存在不足。剧团排练场地狭小，舞台灯光音响设备陈旧，青年演员流失问题仍较突出。
2025年，剧团将争取排练场改造项目，力争创排一部现实题材新戏。
篁溪县采茶剧团
2024年12月20日
""",
    ),
    dict(
        slug="gkforum-model-un-shenlun-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.shangangk.com/thread-771203-1-1.html",
        title="从模拟联合国到结构化面试：我的备考心得",
        record_title="[经验分享] 从模拟联合国到结构化面试：我的备考心得 - 面试交流 - 上岸公考论坛",
        date="2024-07-21",
        notes="exam forum; floor meta; anti-scraping junk lines; 发表于 line as the page's date",
        page="""
!m 上岸公考论坛 › 面试交流
!t [经验分享] 从模拟联合国到结构化面试：我的备考心得 - 面试交流 - 上岸公考论坛
!m 楼主　岚岚上岸了　发表于 2024-7-21 21:33
!m 积分 882 | 帖子 63 | 注册时间 2023-3-2
{BODY}
!l 回复 | 引用 | 点评 | 举报
!l 2# 冲鸭小周：楼主好厉害，收藏了！
!a 游客，如果您要查看本帖隐藏内容请回复
""",
        junk=dict(lines=2, glued=1),
        body="""
今年省考我进了面试，最后以第一名上岸。很多人问我面试怎么准备，其实我大学四年一直在模拟联合国社团，这段经历帮了我很多。
第一，学会了限时表达。模联发言通常只有一分半钟，必须先亮观点、再摆理由。结构化面试每道题也就三分钟左右，同样要观点先行。
第二，学会了换位思考。在模联里要代表一个国家说话，哪怕和自己的想法不同。面试里的人际关系题，也需要站在领导、同事和群众的角度去想。
第三，学会了临场应变。模联里经常有突发议题，面试里遇到没准备过的题也不要慌，先把题目拆开，再一层一层回答。
最后提醒大家，经历再丰富也要多练，我考前每天对着镜子练两道题，坚持了四十天。
""",
    ),
    dict(
        slug="gkforum-pentathlon-interview-html",
        site="公考圈 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.gongkaoquan.net/t/220548",
        title="体育系统面试真题：假如你是训练基地工作人员，在现代五项进校园活动上作动员讲话",
        record_title="【面试真题】体育系统面试真题：假如你是训练基地工作人员，在现代五项进校园活动上作动员讲话",
        date=None,
        notes="exam-forum HTML; a model answer as the body; no date; hidden-content prompt; relative time 昨天",
        page="""
<html><head><meta charset="utf-8"><title>体育系统面试真题 - 公考圈</title></head>
<body>
<div class="hd">⟦m 公考圈 · 考公人的聚集地⟧ <a>⟦a 登录⟧</a></div>
<div class="bc">⟦m 公考圈 > 面试 > 情景模拟⟧</div>
<h1>{T}</h1>
<div class="pinfo">⟦m 楼主 考编小栎　昨天 22:14　浏览 903⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide">⟦a 本帖含隐藏的评分要点，回复后可见⟧</div>
<div class="rp">⟦l 1楼 体育生上岸：现代五项确实冷门，好题⟧</div>
<div class="ft">⟦m 公考圈 © 2024⟧</div>
</body></html>
""",
        body="""
参考答案：
亲爱的同学们：
大家好！我是市现代五项训练基地的工作人员。今天，我们把现代五项带进了校园，想邀请大家一起认识这项“全能运动”。
现代五项包括击剑、游泳、马术、激光跑，是奥运会的正式比赛项目。它要求运动员既有耐力，又有速度，还要有冷静的头脑。
这次活动我们准备了三个体验区：激光射击区、击剑体验区和体能挑战区。每位同学都可以领一张体验卡，完成三个项目就能获得一枚纪念徽章。
希望同学们在体验中感受运动的乐趣，也欢迎有兴趣的同学报名参加基地的周末兴趣班。谢谢大家！
""",
    ),
    dict(
        slug="wiki-petanque-entry-html-edit-links",
        site="百知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://baike.baizhi.cn/item/法式滚球/60231",
        title="法式滚球",
        record_title="法式滚球_百知百科",
        date=None,
        notes="encyclopaedia entry with edit links glued to headings; example year in a sentence no date",
        page="""
<html><head><meta charset="utf-8"><title>法式滚球_百知百科</title></head>
<body>
<div class="hd">⟦m 百知百科 — 全球中文知识库⟧ <a>⟦a 进入词条⟧</a> <a>⟦a 创建词条⟧</a></div>
<h1>{T}</h1>
<div class="lemma-tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦l 赞 63⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="ref">⟦l 参考资料 [1] 法式滚球竞赛规则汇编⟧</div>
<div class="stat">⟦m 词条统计 浏览次数：8万+ 编辑次数：17次 最近更新：滚球小白⟧</div>
<div class="ft">⟦d 百知百科内容由网友共同编辑，如您发现内容有误，欢迎修改。⟧</div>
</body></html>
""",
        body="""
法式滚球，又称地掷球、滚铁球，是一种起源于法国南部的投掷类运动，参赛者以金属球投向目标小球，以离目标球近者得分。
历史沿革⟦a [编辑]⟧
法式滚球的现代规则形成于20世纪初。1907年，法国南部的拉西奥塔被认为是现代滚球规则的诞生地。
比赛规则⟦a [编辑]⟧
比赛分单人、双人和三人赛，先得13分者获胜。比赛用球为空心金属球，直径70.5至80毫米。
在中国⟦a [编辑]⟧
法式滚球在我国多地公园和社区流行，因场地要求简单、运动强度适中，受到中老年人喜爱。
""",
    ),
    dict(
        slug="wiki-guozhuang-qa-text-answer",
        site="百问知识 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baiwenzs.com/wenda/118820.html",
        title="锅庄舞和弦子舞有什么区别？",
        record_title="锅庄舞和弦子舞有什么区别？_百问知识",
        date=None,
        notes="Q&A on a knowledge site; answer signature; no date",
        page="""
!m 百问知识　　你的问题，有人知道
!m 首页 > 文化艺术 > 民族舞蹈
{T}
!m 已解决　　悬赏 10 分　　提问时间：去年
!m 满意回答
{BODY}
!l 这个回答对你有帮助吗？ 有帮助(52)　没帮助(3)
!l 相关问题：锅庄舞的基本步伐有哪些？｜藏族舞蹈有哪些种类？
!d 答案仅代表回答者观点，请谨慎参考。
""",
        body="""
两者都是藏族传统民间舞蹈，主要区别有三点：
一是伴奏不同。锅庄舞一般不用乐器伴奏，靠舞者边唱边跳；弦子舞则由男舞者拉着牛角胡（弦子）领舞伴奏。
二是动作风格不同。锅庄舞节奏由慢到快，动作粗犷奔放，脚下踏地有力；弦子舞舒展柔美，以长袖甩动为特色。
三是流行地区有差别。锅庄舞在西藏、青海、四川、云南等藏区都很普遍，弦子舞则以巴塘、芒康一带最为有名。
——回答者：民族舞蹈老师格桑
""",
    ),
    dict(
        slug="netdisk-muqam-speech-share-page",
        site="易存网盘 (invented)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://pan.yicun.com/s/1Mq7xKdP#list",
        title="在木卡姆艺术保护传承座谈会上的讲话",
        record_title="在木卡姆艺术保护传承座谈会上的讲话.docx",
        date="2024-10-16",
        notes="cloud-drive share page; file-name record title; date under the speech title in Chinese numerals; save/download prompts",
        page="""
!m 易存网盘　分享
!m 分享者：柘源县文化馆　　分享于 2024-10-18 10:22　　有效期：永久
!t 在木卡姆艺术保护传承座谈会上的讲话.docx
!a 保存到我的网盘　　下载（58KB）　　举报
!a 超级会员可在线预览全部格式文件
{T}
（二〇二四年十月十六日）
{BODY}
!d 请勿通过网盘分享违法违规内容，易存网盘提供技术支持。
!m © 2024 易存网盘
""",
        date_also=["2024-10-18"],
        body="""
各位老艺人、各位同志：
今天我们请来十几位木卡姆老艺人和传承人，一起座谈保护传承工作，大家讲得很实在，也很动情。
这些年，县里先后完成了十二套木卡姆的录音录像，建立了传承人档案，艺术团每年下乡演出五十多场。但老艺人们也说到，会唱全套的人越来越少，年轻人学得慢、留不住。
下一步，一是实施“名师带徒”计划，每位传承人至少带两名徒弟，县里给予补贴；二是把木卡姆纳入中小学音乐课地方教材；三是建设木卡姆传习馆，给老艺人一个固定的教学场所。
保护传承木卡姆，是我们这一代人的责任。希望大家多提意见，我们一项一项抓落实。
""",
    ),
    dict(
        slug="netdisk-korfball-plan-html-file-list",
        site="方舟云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://yun.fangzhou.cn/share/init?surl=Kf3w9Qp",
        title="桤川三中合球特色课程建设方案",
        record_title="桤川三中合球特色课程建设方案.wps",
        date="2024-03-11",
        notes="cloud-drive HTML preview with file list; file-name record title; expiry and save prompts",
        page="""
<html><head><meta charset="utf-8"><title>桤川三中合球特色课程建设方案.wps_免费高速下载|方舟云盘</title></head>
<body>
<div class="nav">⟦m 方舟云盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 客户端⟧</a></div>
<div class="share-info">⟦m 体育组老曹 的分享　2024-03-12 08:47　失效时间：7天后⟧</div>
<ul class="file-list"><li>⟦l 合球训练视频.mp4　312MB⟧</li><li>⟦l 桤川三中合球特色课程建设方案.wps　38KB⟧</li></ul>
<div class="preview"><h3>{T}</h3>
{BODY}
</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 下载⟧ ⟦a 预览全部需开通会员⟧</div>
<div class="ft">⟦d 方舟云盘严厉打击侵权及违法内容传播⟧</div>
</body></html>
""",
        body="""
一、指导思想
以“健康第一”为导向，依托合球男女同场、协作配合的特点，打造学校体育特色课程，促进学生全面发展。
二、课程设置
七年级每周一节合球普及课，八年级开设合球选修课，九年级组建校合球队。
三、师资建设
现有体育教师6人，计划两年内全部完成合球教练员初级培训，选派2人参加省级裁判培训。
四、场地器材
改造室外篮球场一块作为合球场，添置合球柱4副、比赛用球30个。
五、评价办法
将合球技能纳入体育学业评价，每学期组织一次班级联赛。
桤川市第三中学
2024年3月11日
""",
    ),
    dict(
        slug="snapshot-film-festival-notice-cache-frame",
        site="搜问网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souwen.com/c?m=9f65cb4a8c8507ed4fece7631046893b&p=yubinfilm",
        title="关于第五届榆滨海岸电影节短片征集的通知",
        record_title="关于第五届榆滨海岸电影节短片征集的通知",
        date="2024-04-15",
        notes="search-cache frame with highlighted terms banner; 征片 mailbox of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>关于第五届榆滨海岸电影节短片征集的通知 - 搜问快照</title></head>
<body>
<div class="cache-banner">⟦m 这是 www.yubinfilmfest.cn/news/0415.html 的快照，保存于 2024年6月2日。⟧<br>⟦m 当前页面可能已经更改，请点击查看最新页面。⟧<br>⟦m 以下搜索词已标明高亮：电影节 短片 征集⟧</div>
<div class="orig">
<div class="site-hd">⟦m 榆滨海岸电影节组委会⟧ ⟦m 首页 | 征片 | 展映 | 新闻 | 联系⟧</div>
<h1>{T}</h1>
<p class="d">⟦m 发布日期：2024-04-15⟧</p>
{BODY}
<div class="site-ft">⟦m 组委会办公室：榆滨市文化和旅游局⟧</div>
</div>
</body></html>
""",
        body="""
第五届榆滨海岸电影节定于2024年9月在榆滨市举办。现面向社会征集短片作品，有关事项通知如下：
一、征集类别：剧情短片、纪录短片、动画短片、学生短片。
二、作品要求：片长30分钟以内，2023年1月1日以后完成，须有中文字幕。
三、报送方式：填写报名表后，将作品下载链接和报名表发送至征片邮箱shortfilm@yubinfilmfest.cn。
四、截止时间：2024年6月30日。
五、奖项设置：设最佳短片、最佳导演、最佳学生短片等八个“海鸥奖”奖项。
榆滨海岸电影节组委会
2024年4月15日
""",
    ),
    dict(
        slug="snapshot-sled-dog-rules-text-cache",
        site="快搜快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="text",
        source="http://kuaisou.cn/snapshot?url=hyxqq.cn%2Frules&t=1719",
        title="桦峪雪橇犬俱乐部犬只福利管理规定",
        record_title="桦峪雪橇犬俱乐部犬只福利管理规定",
        date=None,
        notes="text-only cache; snapshot stamp is no date; articles kept; rule article speaks of 扫码",
        page="""
!m 快搜快照：hyxqq.cn/rules　　快照时间：2024-06-27 03:11
!m 您查看的是缓存页面，原网页可能已经更新或删除。
!m 桦峪雪橇犬俱乐部 ｜ 首页 ｜ 体验预约 ｜ 犬只领养 ｜ 联系我们
{T}
{BODY}
!m 俱乐部地址：桦峪区林场路北沟口　　体验咨询：0451-57288016
!m 快搜 · 让搜索更快一点
""",
        body="""
第一条　为保障俱乐部犬只的健康和福利，制定本规定。
第二条　每只犬建立健康档案，佩戴电子芯片，档案信息可通过扫描犬舍门牌上的二维码查看。
第三条　成年犬每日拉橇训练和体验活动累计不超过两小时，单次连续拉行不超过8公里。
第四条　气温低于零下30度或高于零上5度时，停止拉橇活动。
第五条　犬只年满十岁或经兽医评估不宜继续工作的，办理退役，由俱乐部优先安排领养。
第六条　任何人不得打骂、饿罚犬只，违者取消驭手资格。
""",
    ),
    dict(
        slug="print-roundabout-minutes-print-view",
        site="楸原县住建局 打印页 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://zjj.qiuyuan.gov.cn/print.jsp?id=40991",
        title="城东环岛改造工程专题协调会会议纪要",
        record_title="打印预览 - 城东环岛改造工程专题协调会会议纪要",
        date="2025-01-08",
        notes="print view with print footer and URL; minutes lines kept; attendance list",
        page="""
!a 【打印】　【关闭】
{T}
!m 来源：县住建局　　日期：2025-01-09
{BODY}
!m 本页地址：http://zjj.qiuyuan.gov.cn/art/2025/1/9/art_40991.html
!p 第 1 页 共 1 页
""",
        date_also=["2025-01-09"],
        body="""
时间：2025年1月8日下午3:00
地点：县住建局三楼会议室
主持：县住建局局长 柴文博
参会：县公安局交警大队、县自然资源局、县城管局、县供电公司、县自来水公司、施工单位和监理单位负责人
一、会议听取了施工单位关于前期准备工作的汇报。
二、会议议定：
（一）环岛内3处地下管线迁改由县自来水公司、县供电公司于2月20日前完成。
（二）交警大队于3月1日前发布施工期间交通组织公告，并在周边路口设置指示牌。
（三）施工单位夜间施工须在22:00前结束，渣土车辆按指定路线行驶。
三、下次协调会时间另行通知。
""",
    ),
]
