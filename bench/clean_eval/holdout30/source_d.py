"""holdout30, part D: a motorcycle riders' forum reposting a riders' club pledge (jammer
fonts), an aquarium hobbyists' forum reposting an aquarium's volunteer call, an amateur
astronomers' forum, a village-ancestral-hall repair donation list on a county forum, an
amusement park's summer safety notice on a town forum, a root-carver's blog, a health-check
doctor's blog (wrapped), a shadow-puppet troupe's, a choir's and a lantern-riddle
association's accounts, and two Q&A answers. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="forum-moto-riders-pledge-jammer-html",
        site="铁骑之家摩友论坛 (invented, Discuz-like)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://bbs.tieqizj.example.com/thread-55102-1-1.html",
        title="文明骑行倡议书",
        record_title="[转帖] 文明骑行倡议书（珺城摩友会发布，大家互相转告） - 骑行交流 - 铁骑之家",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="Discuz-like page with jammer fonts in the post; the repost's 成文日期 expected and the post's 发表于 also accepted; a signature line, rating box, 'reply to view' and 'powered by' footer",
        page="""
<html><head><meta charset="gbk"><title>[转帖] 文明骑行倡议书（珺城摩友会发布，大家互相转告） - 骑行交流 - 铁骑之家</title></head><body>
<div id="toptb">⟦a 快捷导航⟧　⟦a 登录⟧　⟦a 立即注册⟧</div>
<div id="pt">⟦m 铁骑之家 › 骑行交流 › 查看内容⟧</div>
<div class="authi">⟦m 老K跑山⟧　⟦m 发表于 2025-4-3 07:55⟧　⟦m 电梯直达⟧</div>
<h1>⟦t [转帖] 文明骑行倡议书（珺城摩友会发布，大家互相转告）⟧</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 人车合一，平安回家——老K的签名⟧</div>
<div class="po">⟦a 回复 引用 举报 顶 踩⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　铁骑之家摩友论坛⟧　⟦m GMT+8, 2025-4-10 11:02⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
全市摩托车骑友们：
春暖花开，骑行的季节又到了。为了让每一次出发都能平安归来，珺城摩友会向大家倡议：
一、规范佩戴头盔和护具，不骑无牌无证车辆，不酒后骑行。
二、不飙车、不炸街，夜间进入居民区请低速慢行，减少噪音扰民。
三、组织长途骑行要提前规划路线，车队之间保持安全距离，途经景区和乡村道路时礼让行人和牲畜。夜间骑行须开启车灯。
四、遇到交通事故或骑友求助，要主动停车帮助，并及时报警。
珺城摩友会
2025年4月2日
""",
    ),
    dict(
        slug="forum-aquarium-hobby-volunteer-repost",
        site="水草鱼缸论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shuicaoyg.example.net/forum/t-20918.html",
        title="瑧洲海洋馆2025年暑期志愿讲解员招募公告",
        record_title="【转】瑧洲海洋馆2025年暑期志愿讲解员招募公告 - 水族圈子 - 水草鱼缸论坛",
        date="2025-06-05",
        date_also=["2025-06-07"],
        notes="forum repost with junk lines and junk glued after 。; the repost's own 报名邮箱 kept; the poster's 发表于 differs (成文日期 expected, post date also accepted); floor replies",
        page="""
!m 水草鱼缸论坛 ›› 水族圈子 ›› 浏览帖子
!t 【转】瑧洲海洋馆2025年暑期志愿讲解员招募公告
!m 楼主　缸边小蜗　发表于：2025-06-07 20:14　[只看楼主]
!l 各位缸友，有兴趣的可以去报名，我去年参加过，能学到很多东西～
{BODY}
!l 2楼　草缸新手：学生可以报名吗？
!l 3楼　缸边小蜗：回复2楼，可以的，看第一条
!a 快速回复　（需登录）
!m 水草鱼缸论坛 © 2008-2025
""",
        junk=dict(lines=2, glued=3),
        body="""
为普及海洋生物知识，丰富青少年暑期生活，瑧洲海洋馆现面向社会招募暑期志愿讲解员30名。志愿者服务期间享受免费参观和工作餐。
一、招募条件：年满16周岁，热爱海洋科普，普通话标准，暑期能保证每周服务两天以上。
二、服务内容：在海洋馆展区为游客讲解鱼类习性和海洋保护知识，协助维持参观秩序。服务时间为7月5日至8月25日。
三、培训安排：入选志愿者须参加7月1日至7月3日的岗前培训，培训合格后上岗。
四、报名方式：填写报名表发送至邮箱zzhyg_zyz@zhenzhou-aquarium.example.cn，邮件主题注明“暑期讲解员报名”。
瑧洲海洋馆
2025年6月5日
""",
    ),
    dict(
        slug="forum-astronomy-observation-summary",
        site="星野天文论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xingye-astro.example.org/bbs/read.php?tid=8821",
        title="玑原县天文爱好者协会英仙座流星雨公众观测活动总结",
        record_title="玑原县天文爱好者协会英仙座流星雨公众观测活动总结",
        date="2025-08-18",
        record_date="2025-08-18",
        notes="an astronomers' forum post: an edit stamp 'edited 2 times' and a relative time (5小时前) are no dates; the summary's 成文日期 expected; a data table of counts",
        page="""
!m 星野天文论坛 » 活动报道
!t 玑原县天文爱好者协会英仙座流星雨公众观测活动总结
!m 作者：观星老顾　5小时前　本帖被编辑过2次
{BODY}
!l 回复(6)　|　收藏(14)　|　分享
!l 热帖：新手买第一台望远镜该怎么选？
!a 登录后可查看原图
""",
        indent="  ",
        body="""
8月12日至13日夜，协会在玑原县金顶山观景台组织了英仙座流星雨公众观测活动，共有市民和学生二百余人参加。
当晚天气晴朗，能见度良好，观测队分三组记录流星数量，结果如下：
时段　流星数（颗）　最亮流星星等
22:00—24:00　41　-3
0:00—2:00　87　-5
2:00—4:00　63　-2
活动中，协会会员为参与者讲解了流星雨的成因和星座辨认方法，并安排了八台望远镜供大家观测土星。
不足之处是山顶停车位有限，部分市民步行较远，今后的活动将提前安排接驳车辆。
玑原县天文爱好者协会
2025年8月18日
""",
    ),
    dict(
        slug="localforum-wantang-ancestral-hall-donation-html",
        site="琬塘论坛 (invented, county forum)",
        style="地方论坛",
        genre="公示",
        kind="notice",
        form="html",
        source="https://www.wantangbbs.example.com/thread-339120-1-1.html",
        title="蒋家祠堂修缮捐款公示（第一批）",
        record_title=None,
        date="2025-10-06",
        notes="county-forum template: a city-wide hot-thread strip, a housing ad, a moderator note; no record title; the list of donors (one row a paragraph) and the repair committee's own 联系电话 kept; the post's 发布于 line",
        page="""
<html><head><meta charset="utf-8"><title>琬塘论坛 - 琬塘人自己的网上家园</title></head><body>
<div class="hot">⟦l 今日热帖：城南菜市场改造开工 | 周末哪里有露天电影⟧</div>
<div class="nav">⟦m 琬塘论坛 > 乡情乡音 > 帖子详情⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 楼主：蒋家村小蒋　发布于 2025-10-06 19:30　查看 5132　回复 64⟧</div>
<div class="msg">
{BODY}
</div>
<div class="mod">⟦l 版主提示：本帖已加入“乡情乡音”精华⟧</div>
<div class="ad">⟦a 【广告】琬塘滨江一号 临江洋房 首付15万起⟧</div>
<div class="ft">⟦m 琬塘论坛 客服QQ群：55120871⟧</div>
</body></html>
""",
        body="""
蒋家祠堂始建于清代，是县级文物保护单位。今年以来，村里成立了修缮理事会，发动在外乡贤和村民捐款修缮，现将第一批捐款公示如下：
姓名　金额（元）
蒋德明　20000
蒋秀兰　10000
蒋国华　8000
蒋家村全体在琬塘务工人员　12600
以上共计50600元，全部存入理事会专户，每笔支出经理事会集体研究后公开。
如有疑问请联系理事会会计蒋永福，联系电话：138 7390 2261。
蒋家祠堂修缮理事会
2025年10月6日
""",
    ),
    dict(
        slug="localforum-town-amusement-park-safety",
        site="珺城镇论坛 (invented, town forum)",
        style="地方论坛",
        genre="告知书",
        kind="notice",
        form="text",
        source="http://bbs.junchengzhen.example.cn/viewthread.php?tid=9907",
        title="欢乐谷游乐园暑期游玩安全告知",
        record_title="欢乐谷游乐园暑期游玩安全告知（带娃的家长看过来）",
        date=None,
        notes="town forum repost with a poster's aside in the record title; relative times (昨天 21:14, 3天前) are no dates; the notice has no signature date; the park's own 服务电话 beside the forum's customer QQ",
        page="""
!m 珺城镇论坛 - 家长里短
!t 欢乐谷游乐园暑期游玩安全告知
!m 发帖人：二宝妈妈　昨天 21:14　浏览 1290
!l 转自游乐园公众号，带娃去玩的家长注意一下
{BODY}
!l 最新回复：3天前　豆豆爸：上周去过，排队挺久的
!w 本站广告合作QQ：3301299871
!m 珺城镇论坛 · 镇上人的朋友圈
""",
        body="""
为保障游客暑期游玩安全，请各位游客注意以下事项：
1.身高1.2米以下儿童须在成人陪同下游玩，部分项目有身高限制，请按提示牌执行。
2.心脏病、高血压患者及孕妇请勿乘坐过山车、跳楼机等刺激类项目。
3.雷雨天气室外项目暂停运营，恢复时间以园区广播为准。
4.请看管好随身物品和儿童，如与家人走散，请到游客服务中心求助。
游客服务电话：0738-6671122。
""",
    ),
    dict(
        slug="blog-rootcarver-essay-tagcloud-html",
        site="木语斋·根雕手记 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://muyuzhai.example.blog/2025/03/genlu.html",
        title="在县根雕协会年会上的发言",
        record_title="在县根雕协会年会上的发言 | 木语斋",
        date="2025-03-09",
        notes="blog template: tag cloud, archive, a bracketed post time (the page's date), a 'reward the author' button glued after the last paragraph, visitor count; record title | blog",
        page="""
<html><head><meta charset="utf-8"><title>在县根雕协会年会上的发言 | 木语斋</title></head><body>
<div class="blog-hd">⟦m 木语斋⟧　⟦m 一刀一凿，听木头说话⟧</div>
<div class="post"><h2>{T}</h2>
<div class="time">⟦m [2025-03-09 21:40]⟧　⟦m 分类：协会杂记⟧</div>
{BODY}
<div class="tags">⟦l 标签：根雕 协会 手艺⟧</div></div>
<div class="side"><h4>⟦l 标签云⟧</h4><p>⟦l 黄杨木 崖柏 工具 展览 收徒 随笔⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年3月(4) 2025年2月(6)⟧</p><p>⟦m 访问量：108,337⟧</p></div>
<div class="ft">⟦d 木语斋原创，转载请注明出处⟧</div>
</body></html>
""",
        body="""
各位同行、各位前辈：
今天协会开年会，会长让我代表中青年会员说几句，我就说说这些年做根雕的几点体会。
一是材料要敬。一块好的根料在山里长了几十上百年，我们下刀之前要反复看，宁可多看三天，不可错下一刀。
二是手艺要传。我现在带了四个徒弟，其中两个是残疾青年，希望协会能多办培训班，让更多年轻人吃上这碗手艺饭。
三是市场要闯。去年我们几位会员一起参加了省工艺美术博览会，订单比往年多了三成，说明只要作品好，不愁没人识货。
谢谢大家！⟦a 喜欢这篇文章？打赏作者一杯茶⟧
""",
    ),
    dict(
        slug="blog-checkup-doctor-wrapped",
        site="体检科的小马医生 (invented, blog)",
        style="博客",
        genre="科普",
        kind="other",
        form="text",
        source="http://blog.jiankang-xm.example.com/ma/2025/11/02.html",
        title="体检报告上的“结节”都要紧吗",
        record_title="体检报告上的“结节”都要紧吗 - 小马医生的博客",
        date="2025-11-02",
        notes="hard-wrapped at 64 columns; a blog's 发表于 line (the page's date); a 'previous/next' pair and a comment box; the doctor's own reminder to 预约复查 kept",
        page="""
!m 小马医生的博客｜体检科那些事
!t 体检报告上的“结节”都要紧吗
!m 发表于 2025年11月2日　分类：健康科普　阅读(2104)　评论(17)
{BODY}
!l « 上一篇：空腹体检，到底要空多久？
!l 下一篇：体检前一天能喝酒吗？ »
!l 发表评论：昵称（必填）　邮箱（不会公开）
!d 本博客内容为个人科普，不作为诊疗依据
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
每年体检季，总有不少人拿着报告来问：“医生，我有结节，是不是很严重？”
其实，结节只是一个影像学描述，指的是组织里出现的一个小团块，甲状腺、肺、乳腺都可能出现。绝大多数结节是良性的，只需定期复查。
需要重视的是这几种情况：结节短期内明显增大，边界不清，或者报告上写有“建议进一步检查”。
我的建议是，拿到报告后不必恐慌，按医生建议的时间预约复查，把前后几次的片子带上，便于对比。
""",
    ),
    dict(
        slug="wechat-shadowpuppet-school-visit-html",
        site="琰山皮影戏剧团 (invented, WeChat account mirror)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://mp.wxmirror.example.com/s/yanshanpiying_20250612",
        title="非遗进校园｜皮影戏走进琰山十所中小学",
        record_title=None,
        date="2025-06-12",
        notes="WeChat-style mirror: the account line with date (the page's date), a 'follow' card, photo captions between paragraphs, 阅读/在看/赞 row, 'read the original' link; no record title",
        page="""
<html><head><meta charset="utf-8"><title>非遗进校园｜皮影戏走进琰山十所中小学</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　琰山皮影　琰山皮影戏剧团　2025年06月12日 18:06　湖南⟧</div>
<div class="card">⟦a 琰山皮影 · 关注我们，看一方光影里的故事⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tool">⟦l 阅读原文⟧　⟦l 阅读 3186⟧　⟦l 赞 88⟧　⟦l 在看 21⟧</div>
<div class="qr">⟦a 长按识别二维码，预约皮影戏进校园⟧</div>
</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75;">{}</p></section>',
        body="""
今年3月至6月，琰山皮影戏剧团开展“非遗进校园”活动，先后走进县城和乡镇的十所中小学，演出二十二场，观看师生一万二千余人次。
每到一所学校，剧团都先演一出经典剧目《鹤与龟》，再由老艺人现场展示皮影雕刻和操纵技艺。
⟦m ▲ 琰山县实验小学的同学们在后台体验操纵皮影⟧
活动还在三所学校建立了皮影兴趣小组，剧团每周派一名演员驻校教学，学生们自己编排的小戏《守护母亲河》已经在县少儿艺术节上获奖。
下一步，剧团将编写适合中小学生的皮影课程读本，让这门古老的艺术在孩子们手中传承下去。
""",
    ),
    dict(
        slug="wechat-choir-recruitment-scan",
        site="瑭口爱乐合唱团 (invented, WeChat account mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.mirror-read.example.net/a/tangkou-aile/20250901",
        title="瑭口爱乐合唱团2025年秋季招新啦",
        record_title="瑭口爱乐合唱团2025年秋季招新啦",
        date="2025-09-01",
        record_date="2025-09-01",
        notes="account mirror text: the account line with date, a 'click the blue words to follow' prompt at the top, a 'mini-program card' line between paragraphs; the notice's own 扫码报名 sentence and contact kept",
        page="""
!a 点击上方蓝字「瑭口爱乐」关注我们
!t 瑭口爱乐合唱团2025年秋季招新啦
!m 瑭口爱乐　2025-09-01 12:30　发表于福建
{BODY}
!l 往期推荐：合唱团亮相海峡两岸合唱节
!l 分享　收藏　点赞　在看
!d 本文图片由团员提供，转载请联系后台
""",
        body="""
你喜欢唱歌吗？你想在舞台上和大家一起发出和谐的声音吗？瑭口爱乐合唱团秋季招新开始啦！
招募声部：女高音、女低音、男高音、男低音，每个声部招8人。
报名条件：年龄18至60周岁，热爱合唱，能坚持每周六下午参加排练，识简谱者优先。
⟦l 【小程序】瑭口文化云·活动预约⟧
面试时间：9月13日下午2点，地点在瑭口区文化馆三楼排练厅，面试曲目自选一首。
请扫描下方二维码填写报名信息，或联系团务干事小邱：137 5901 2286。
""",
    ),
    dict(
        slug="wechat-lantern-riddle-plan-markers",
        site="璟口灯谜协会 (invented, account mirror)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="text",
        source="https://read.wxarchive.example.com/jingkou-dengmi/2025/0125",
        title="2025年元宵灯谜游园会活动方案",
        record_title="2025年元宵灯谜游园会活动方案｜璟口灯谜",
        date="2025-01-24",
        notes="account mirror whose text was saved from a paged reader: page markers of the form 〖2〗 cut sentences (on lines of their own); the plan's table and 成文日期 kept; ｜account record title",
        page="""
!m 璟口灯谜 · 猜谜解字，其乐无穷
!t 2025年元宵灯谜游园会活动方案
!m 作者：协会秘书处　2025年1月25日
{BODY}
!l 喜欢此内容的人还喜欢：灯谜入门十讲（一）
!a 写留言
""",
        pages=dict(fmt="〖{n}〗", every=90, start=2),
        body="""
为丰富群众节日文化生活，弘扬传统灯谜文化，协会决定与县文化馆联合举办2025年元宵灯谜游园会。现制定方案如下。
一、活动时间：2月12日（元宵节）18:30—21:30。
二、活动地点：璟口县文化广场。
三、活动内容：悬挂灯谜三千条，内容以本地地名、风物和传统节俗为主，猜中者凭谜条到兑奖处领取纪念品。
四、人员分工
组别　人数　职责
谜条组　12人　制作、悬挂谜条
兑奖组　8人　核对谜底，发放奖品
安保组　15人　维持秩序，疏导人流
五、安全保障：广场设置两个出入口，配备消防器材，遇大风天气灯笼改为室内悬挂。
璟口灯谜协会
2025年1月24日
""",
    ),
    dict(
        slug="qa-audit-rectify-report-howto-html",
        site="问必答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenbida.example.com/question/5518820.html",
        title="审计整改报告怎么写？有没有范文格式？",
        record_title=None,
        date=None,
        notes="Q&A template: the question as the title (no record title), an asker line, an accepted-answer badge, vote bar, 'more answers' and related questions; a sample outline with ×× placeholders and 20××年×月×日 in the answer (no date); answer time as a relative time",
        page="""
<html><head><meta charset="utf-8"><title>问必答 - 有问题，就问必答</title></head><body>
<div class="hd">⟦m 问必答⟧　<input placeholder="搜索问题">　<a>⟦a 我要提问⟧</a></div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：匿名　｜　浏览 1.6万　｜　悬赏 10 财富值⟧</p></div>
<div class="best"><span>⟦m 最佳答案⟧</span>　<span>⟦m 答主：公文老司机　6天前⟧</span>
{BODY}
<div class="vote">⟦l 有用(233)　没用(4)　评论(12)⟧</div></div>
<div class="more">⟦l 其他 5 条回答⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 审计意见书和审计报告的区别？⟧</p><p>⟦l 整改情况说明怎么写才规范？⟧</p></div>
<div class="ft">⟦d 答案内容由网友提供，仅供参考⟧</div>
</body></html>
""",
        body="""
审计整改报告一般由标题、主送机关、正文和落款四部分组成，正文可以按下面的思路写：
一、基本情况：简要说明审计的时间、范围和审计机关指出的问题数量。
二、整改情况：逐条对应审计发现的问题，写清“问题—措施—结果”，已整改的附上佐证材料。
三、未整改问题及原因：说明原因和下一步计划，明确完成时限。
落款示例：××单位（盖章），20××年×月×日。
注意不要只写“高度重视”“立行立改”之类的空话，审计机关最看重的是具体措施和结果。
""",
    ),
    dict(
        slug="qa-copyright-registration-answer",
        site="版权问问 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.banquanww.example.cn/q/200318",
        title="个人画的插画怎么做版权登记？",
        record_title="个人画的插画怎么做版权登记？ - 版权问问",
        date="2025-07-22",
        notes="Q&A text page: an answerer's certification line, an 回答于 time (the page's date), a paid-service prompt after the answer, 'I want to answer' box; the answer's own 咨询电话 of the copyright centre kept beside the site's service line",
        page="""
!m 版权问问 › 作品登记 › 美术作品
!t 个人画的插画怎么做版权登记？
!m 提问于 2025-07-21　·　3个回答
!m 璋浦版权服务中心 认证答主　回答于 2025-07-22 10:05
{BODY}
!w 没时间自己办？平台代办作品登记，最快3个工作日出证，客服电话400-606-2211
!a 我来回答
!l 相关：作品登记和商标注册有什么区别？
""",
        body="""
个人创作的插画属于美术作品，可以向省版权局或其委托的版权服务机构申请作品登记，流程如下：
1.在省版权登记平台注册账号，选择“作品登记”，填写作品名称、创作完成时间、首次发表时间等信息。
2.上传作品图片和创作说明，作者是本人的，上传身份证正反面。
3.审核通过后，大约30个工作日可以领取作品登记证书。
个人作品登记一般不收费，具体可咨询当地版权服务中心，我们的咨询电话是0596-2217330。
""",
    ),
]
