"""holdout59, part D: community sites, training schools, writing apps, exam forums, encyclopaedias. Invented text."""

CASES = [
    dict(
        slug="community-nanshu-html-public-toilet-notice",
        site="南墅社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.nanshusq.cn/gg/2025/0611.html",
        title="关于南墅菜市场公厕改造期间临时如厕安排的通知",
        record_title="关于南墅菜市场公厕改造期间临时如厕安排的通知",
        date="2025-06-11",
        notes="residents' site; weather widget; comment box; chrome glued after a 。",
        page="""
<html><head><meta charset="utf-8"><title>南墅社区服务网</title></head>
<body>
<div class="top">⟦m 南墅社区服务网　邻里一家亲⟧ <span class="weather">⟦m 今日 多云 24~31℃⟧</span></div>
<div class="nav">⟦l 社区公告⟧ ⟦l 便民服务⟧ ⟦l 志愿活动⟧ ⟦l 邻里圈⟧</div>
<h2>{T}</h2>
<div class="m">⟦m 社区居委会　2025-06-11　查看 742⟧</div>
{BODY}
<div class="comment"><h5>⟦l 居民留言（6）⟧</h5><p>⟦l 301号王阿姨：临时厕所离得有点远，能不能加个指示牌？⟧</p><p>⟦a 我要留言（需实名登录）⟧</p></div>
<div class="foot">⟦m 南墅社区居委会　服务电话：0575-86102233⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
根据街道城市管理工作安排，南墅菜市场公厕将于6月16日至7月15日进行提升改造，届时暂停使用。⟦a 转发给家人⟧改造期间临时如厕安排如下：
一、在菜市场东门停车场设置移动厕所4座，每天早6点至晚9点开放，专人保洁。
二、社区服务中心一楼卫生间对外开放。
三、改造后的公厕将增设第三卫生间和母婴室，方便老人和带孩子的家庭。
施工期间给大家带来不便，敬请谅解。如有问题，请联系社区网格员邹小燕，电话：13857512468。
南墅社区居民委员会
2025年6月11日
""",
    ),
    dict(
        slug="community-fengle-text-stairwell-minutes",
        site="丰乐里邻里网 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://flli.sqwang.cn/view/2217",
        title="丰乐里小区加装电梯楼道协商会会议记录",
        record_title=None,
        date="2025-09-07",
        notes="missing record title; minutes 时间/地点/主持/记录 lines kept; wrapped text",
        page="""
!m 丰乐里邻里网 > 议事厅
!t 丰乐里小区加装电梯楼道协商会会议记录
!m 楼主：9栋楼长老许　　2025-09-08 发布
{BODY}
!l 点赞(15)　评论(9)　举报
!l 热门议题：停车位划线方案征求意见
!m 丰乐里邻里网 · 小区居民自治平台
""",
        wrap=70,
        body="""
时间：2025年9月7日晚7时30分
地点：9栋一楼架空层
主持：许国梁（9栋楼长）
记录：邱敏
参加人员：9栋2单元住户代表11户
会议就2单元加装电梯事项进行了协商。住户代表一致同意由社区协调设计单位出具方案，费用按楼层系数分摊，一楼住户不出资，二楼系数为0.5，三楼以上逐层递增0.2。
二楼住户代表提出担心采光问题，设计单位代表答复电梯井将采用玻璃幕墙，对采光影响较小。
会议决定：9月20日前完成住户签字，签字同意率达到三分之二以上即启动报建。
""",
    ),
    dict(
        slug="training-jiangnan-html-bath-attendant-course",
        site="江南职业培训学校 (invented)",
        style="培训机构",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.jnzypx.com/course/xiyu/221.html",
        title="沐浴服务员（修脚师）职业技能培训实施方案",
        record_title="沐浴服务员（修脚师）职业技能培训实施方案【2025最新】",
        date="2025-02-14",
        notes="training school; enrol box and giveaway; course hotline vs document's contact",
        page="""
<html><head><meta charset="utf-8"><title>沐浴服务员（修脚师）职业技能培训实施方案【2025最新】-江南职业培训学校</title></head>
<body>
<div class="hd">⟦m 江南职业培训学校 · 人社部门备案培训机构⟧ ⟦w 报名热线：0579-82130088⟧</div>
<div class="nav">⟦l 学校简介⟧ ⟦l 培训项目⟧ ⟦l 补贴政策⟧ ⟦l 学员风采⟧</div>
<h1>{T}</h1>
<p class="pub">⟦m 教务处 ｜ 2025-02-17 ｜ 1022 次阅读⟧</p>
{BODY}
<div class="enroll">⟦w 现在报名立减300元！留下手机号，课程顾问马上联系您⟧ ⟦a 立即报名⟧</div>
<div class="ft">⟦m 江南职业培训学校　地址：雾溪市工人路26号⟧</div>
</body></html>
""",
        body="""
为满足沐浴行业用工需求，提高从业人员技能水平，根据市人社局职业技能培训有关规定，制定本方案。
一、培训对象：有意从事沐浴服务、修脚工作的城乡劳动者，年龄18至55周岁。
二、培训内容：理论课程包括足部解剖常识、消毒与卫生规范、职业道德；实操课程包括修甲、修脚、足部按摩、常见足病护理。
三、培训时间：每期30天，共计240课时，其中实操不少于160课时。
四、考核发证：培训结束后参加职业技能等级认定，合格者颁发五级（初级工）证书，符合条件的可申领培训补贴。
五、联系方式：教务处，联系人：雷静，电话：0579-82131176。
江南职业培训学校
2025年2月14日
""",
    ),
    dict(
        slug="training-xingpai-text-pawn-appraiser-summary",
        site="星湃培训 (invented)",
        style="培训机构",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xingpaipx.cn/news/1440.html",
        title="第三期典当鉴定评估培训班总结",
        record_title="第三期典当鉴定评估培训班总结（通用版）",
        date="2024-10-30",
        notes="text page; trial-lesson prompts between paragraphs; date at end",
        page="""
!m 星湃培训｜让技能更值钱
!m 首页 ＞ 学员动态
!t 第三期典当鉴定评估培训班总结（通用版）
!m 时间：2024-11-01　浏览：389
{BODY}
!w 想学珠宝鉴定、二手奢侈品评估？加课程顾问微信 xp_px888 领取试听课
!l 相关课程：黄金珠宝鉴定师速成班｜二手车评估师培训
!m 星湃培训 版权所有 浙ICP备22030881号
""",
        body="""
10月14日至29日，第三期典当鉴定评估培训班在我校举办，来自本市及周边县区典当行的学员42人参加培训。
培训期间，学员系统学习了典当业务管理规定、黄金饰品鉴定、钻石分级、名表鉴别和房产估值等课程。
⟦a 【点此预约免费试听】⟧
授课老师均来自省珠宝质检站和资深典当企业，课程采取“理论＋实物”方式，每人实操鉴定实物样品不少于60件。
结业考核中，40名学员合格，合格率95.2%。
下一期培训班计划于明年3月开班，将增加艺术品鉴定课程。
星湃职业技能培训学校
2024年10月30日
""",
    ),
    dict(
        slug="fanwenapp-bikai-speech-goat-cooperative",
        site="笔开写作App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bikai.app/share/essay/88120931",
        title="在山羊养殖合作社成立大会上的致辞",
        record_title="在山羊养殖合作社成立大会上的致辞（精选2篇）",
        date=None,
        notes="writing app share page; no date (year-less, template placeholders ××); placeholders kept",
        page="""
!m 笔开写作 · 写作神器
!t 在山羊养殖合作社成立大会上的致辞（精选2篇）
!m 1.3w人已阅读　｜　收藏 410
!a 打开App，免费领取3天VIP
{BODY}
!a 全文共1180字，打开App继续阅读
!a 【复制】【导出】【AI改写】
!l 写作助手为你推荐：合作社揭牌仪式主持词
""",
        body="""
尊敬的各位领导、各位社员朋友们：
大家好！今天，××县××镇××山羊养殖专业合作社正式成立了，我代表镇党委、镇政府表示热烈的祝贺！
山羊养殖是我镇的传统产业，但过去大家各养各的，品种杂、规模小、卖不上价。成立合作社，就是要把大家组织起来，统一品种、统一防疫、统一销售，抱团闯市场。
希望合作社理事会严格按照章程办事，财务公开，民主管理，真正让社员得实惠。
最后，祝合作社越办越红火！谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-wenjian-insight-seed-station",
        site="文笺App (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://share.wenjian-app.com/a/6627041",
        title="种子执法检查工作心得体会",
        record_title="种子执法检查工作心得体会_文笺",
        date=None,
        notes="app page; relative time; share bar",
        page="""
!m 文笺 ▸ 心得体会 ▸ 工作心得
{T}
!m 作者：田埂上的笔　5小时前
!a 长按复制全文需开通会员　▸ 去开通
{BODY}
!l 分享到：微信好友 ｜ 朋友圈 ｜ 复制链接
!l 下一篇：农技推广人员培训心得
!d 内容由作者发布，不代表文笺立场
""",
        indent="\u3000\u3000",
        body="""
今年春季，我参加了县农业综合执法大队组织的种子市场执法检查，前后走了7个乡镇、23家种子门店，收获很多。
一是认识到种子质量关系千家万户。检查中发现有门店销售无标签的散装玉米种，一旦出问题，就是一季的收成。
二是学会了依法办事。每一次检查都要亮证、告知、制作笔录，抽样要双方签字封样，程序不能少一步。
三是感到宣传还要加强。不少农户不知道买种子要索要购种凭证，出了问题维权困难。今后要把“买种三看”的知识印成明白纸，带到每一场执法检查里去。
""",
    ),
    dict(
        slug="gkforum-shenlun-html-lighthouse-essay",
        site="申论岛 公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="html",
        source="https://bbs.shenlundao.com/thread-90231-1-1.html",
        title="守灯人精神与新时代基层担当",
        record_title="【申论范文】守灯人精神与新时代基层担当",
        date="2025-11-02",
        notes="exam forum thread with floors and jammer fonts; 发表于 date",
        page="""
<html><head><meta charset="gbk"><title>【申论范文】守灯人精神与新时代基层担当 - 申论岛</title></head>
<body>
<div id="hd">⟦m 申论岛 — 公考人的精神家园⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 申论岛 › 申论专区 › 范文点评⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 岸芷汀兰 发表于 2025-11-2 22:10⟧ ⟦m 查看: 1876 | 回复: 24⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 3　积分 +9　收起理由：好文共赏⟧</div>
<div class="floor">⟦l 沙发　菰城上岸人：第三段的例子可以换成本地的⟧</div>
<div class="floor">⟦l 板凳　小鹿备考中：收藏了，明天背⟧</div>
<div id="ft">⟦m Powered by SLD X3.5 © 2015-2025⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
在芷湾港外的小岛上，一位老人守了三十八年灯塔。台风来时，他一夜不睡守着灯；孩子高考，他没能回去送一次。有人问他图什么，他说：“灯亮着，船就能回家。”
守灯人精神，是一种平凡中的坚守。基层工作很多时候就像守灯，日复一日，不被看见，却关系着千家万户。
新时代的基层干部，要有守灯人的定力。面对繁杂的事务，不浮躁、不敷衍，把每一件小事当作那盏灯来守。
新时代的基层干部，也要有守灯人的温度。灯是为过往的船而亮，工作也是为群众而做，心里装着群众，脚下才有方向。
灯塔不语，自有光芒。愿每一位基层工作者都能成为群众身边的那盏灯。
""",
    ),
    dict(
        slug="gkforum-yidao-text-gas-safety-speech",
        site="一道公考论坛 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.yidaogk.com/bbs/showtopic-55102.aspx",
        title="在全镇燃气安全专项整治动员会上的讲话",
        record_title="在全镇燃气安全专项整治动员会上的讲话（遴选笔试素材）",
        date="2024-04-02",
        notes="exam forum; speech with neutral date line under title; floors",
        page="""
!m 一道公考论坛 » 遴选专区 » 素材积累
!m 主题：在全镇燃气安全专项整治动员会上的讲话（遴选笔试素材）
!m 作者：苎溪老王 | 时间：2024-04-05 | 点击：903
{T}
（2024年4月2日）
{BODY}
!l 2# 答题卡：标记一下，燃气安全今年必考
!l 3# 小岛：感谢楼主
!a 回复本帖需要登录
""",
        body="""
同志们：
今天召开全镇燃气安全专项整治动员会，主要任务是落实县里的部署，对全镇燃气安全隐患来一次全面排查整治。
第一，摸清底数。各村、社区要对辖区内餐饮门店、学校食堂、瓶装气用户逐户登记，做到不漏一户。
第二，整改到位。对使用不合格软管、未装报警器的，当场下达整改通知，限期整改；对拒不整改的，依法停止供气。
第三，压实责任。各包村领导要带队检查，每周向镇安委办报告进展。
同志们，燃气安全无小事，希望大家把这项工作抓紧抓实。
""",
    ),
    dict(
        slug="wiki-zhishu-html-goose-breed-entry",
        site="知树百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.zhishu.cn/item/芡塘白鹅/2211903",
        title="芡塘白鹅",
        record_title="芡塘白鹅_知树百科",
        date=None,
        notes="encyclopaedia entry; edit/stats lines; references; no date (last edit is not a date of the document)",
        page="""
<html><head><meta charset="utf-8"><title>芡塘白鹅_知树百科</title></head>
<body>
<div class="header">⟦m 知树百科 · 全球中文知识树⟧ <input placeholder="搜索词条"> ⟦a 进入词条⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦l 分享⟧</div>
<div class="summary">
{BODY}
</div>
<div class="refs">⟦l 参考资料：1. 芡塘县志·物产卷　2. 地方家禽品种资源调查报告⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：31890次　编辑次数：7次　最近更新：森林小编（3个月前）⟧</div>
<div class="ft">⟦d 本词条内容由网友共同编辑，如需专业意见请咨询相关专业人士。⟧</div>
</body></html>
""",
        body="""
芡塘白鹅，中国地方鹅品种之一，原产于芡塘镇一带，因全身羽毛洁白而得名。
外貌特征：体型中等，头大小适中，额部有橘黄色肉瘤，公鹅肉瘤较大；喙、胫、蹼均呈橘黄色。
生产性能：成年公鹅体重4.5至5.5千克，母鹅4至4.8千克；年产蛋40至50枚，平均蛋重150克。
芡塘白鹅耐粗饲、觅食能力强，适于放牧饲养，肉质细嫩，是制作当地腌鹅的主要原料。
""",
    ),
    dict(
        slug="wiki-huida-text-hydrology-station-answer",
        site="慧答百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.huida.wiki/question/77120519.html",
        title="水文站的水位观测一天要测几次？",
        record_title=None,
        date=None,
        notes="missing title found on page; no date (relative time); answerer meta",
        page="""
!m 慧答 > 科学 > 水利
!t 水文站的水位观测一天要测几次？
!m 3个回答　·　被浏览 1,742
!m 最佳回答　蔺口河工　水文站工作十二年　2023-06 编辑
{BODY}
!a 赞同 56　｜　反对　｜　收藏　｜　举报
!l 相关问题：汛期水文站要24小时值班吗？
!d 回答内容来自网友，仅供参考
""",
        body="""
要分情况，主要看水位变化快不快。
平水期水位变化平缓，一般每天8时、20时各观测一次。
水位变化较大时，要按照规范加密观测，比如每天4次、8次，甚至每小时一次，以能测得完整的水位变化过程为准。
现在大多数站都装了自动水位计，每5分钟自动记录一次，人工观测主要用来校核。
""",
    ),
]
