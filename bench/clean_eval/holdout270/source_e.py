"""holdout270, part E: residents' sites, trade associations, company sites, training schools,
writing apps and exam forums. Every page, place, person, number and URL is invented; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-guyuan-notice-walker-lecture-scan-signin",
        site="蓇园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.guyuansq.cn/tzgg/2024/0416/612.html",
        title="关于举办“婴幼儿居家安全与学步车使用”家长讲座的通知",
        record_title="〖社区讲堂〗关于举办“婴幼儿居家安全与学步车使用”家长讲座的通知 - 蓇园社区居民之家",
        date="2024-04-15",
        date_also=["2024-04-16"],
        notes="residents' site: weather line, a grid member's box and property lines; the community's own 咨询电话 and 扫码签到 stay in the body; the posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖社区讲堂〗关于举办“婴幼儿居家安全与学步车使用”家长讲座的通知 - 蓇园社区居民之家</title>
</head>
<body>
<div class="bar">⟦m 蓇园社区居民之家⟧　⟦m 鳀江区 多云 17℃ 空气良⟧</div>
<div class="nav">⟦m 社区首页⟧ ⟦m 社区通知⟧ ⟦m 办事指南⟧ ⟦m 邻里圈⟧ ⟦m 志愿服务⟧</div>
<div class="crumb">⟦m 首页 » 社区通知⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="meta">⟦m 发布：社区居委会　2024-04-16　阅读 529⟧</p>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 转给邻居：微信 · 朋友圈 · 复制链接⟧</div>
</div>
<div class="grid-box">⟦m 您的网格员：刘小芳　手机 13575021136⟧</div>
<div class="wuye">⟦m 物业客服：0730-8290111　夜间报修：0730-8290112⟧</div>
<div class="foot">⟦m 鳀江区蓇园社区居民委员会　地址：蓇园路18号⟧</div>
</body>
</html>
""",
        body="""
社区各位家长：
春季是婴幼儿学爬、学站、学走的关键时期，也是居家意外伤害的高发期。为帮助家长掌握婴幼儿居家安全知识，社区联合鲬湖市妇幼保健院举办一场家长讲座，欢迎有三岁以下孩子的家庭参加。
一、时间：2024年4月20日（星期六）上午9:30
二、地点：社区党群服务中心三楼多功能厅
三、主讲：市妇幼保健院儿童保健科曾晓雯副主任医师
四、内容：婴幼儿跌落、烫伤、异物窒息的预防；学步车、床围、安全座椅等用品怎样选、要不要用。
五、参加方式：无需报名，现场扫码签到，签到家庭可领取一份防撞角和插座保护盖。讲座期间设有看护区，可带孩子参加；不能到场的家长，可关注“蓇园社区”公众号观看讲座回放。
咨询电话：0730-8290365（社区居委会）。
蓇园社区居民委员会
2024年4月15日
""",
    ),
    dict(
        slug="community-kupo-summary-mending-station-table",
        site="楛坡社区网 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://kuposq.yuhu.cn/sqdt/20241220.html",
        title="楛坡社区“针线笸箩”互助缝补站2024年工作总结",
        record_title="楛坡社区“针线笸箩”互助缝补站2024年工作总结 - 社区动态 - 楛坡社区网",
        date="2024-12-20",
        notes="residents' text page: a service-figures table, a volunteer recruitment line in the body's own words, 成文日期; a volunteer-sign-up box glued after a sentence",
        page="""
!m 楛坡社区网　｜　家门口的服务站
!m 首页 / 社区动态
{T}
!m 社区居委会　12月20日　阅读 286
{BODY}
!l 更多社区动态 ＞＞
!w 想加入志愿者队伍？点这里登记，网格员会联系你
!m 楛坡社区居民委员会　服务热线 0730-8281620
""",
        body="""
2024年，社区“针线笸箩”互助缝补站在居委会和社区妇联的支持下，坚持每周二、周五上午开放，为居民特别是独居老人提供免费缝补服务。
站里的名字来自一只老笸箩。年初，退休纺织女工何秀珍把自己用了四十年的针线笸箩捐给了缝补站，里面的顶针、剪刀、线板至今还在用。⟦a 报名成为缝补志愿者 →⟧
全年服务情况如下：
项目　数量
开放次数　96次
缝补衣物　1340件
上门服务独居老人　57户次
志愿者服务时长　1150小时
一年来，缝补站从最初的三名志愿者发展到十四名，还带出了两名会用缝纫机的年轻妈妈。明年，缝补站计划增加改衣和旧衣改造服务，欢迎有手艺的居民加入。
楛坡社区居民委员会
2024年12月20日
""",
    ),
    dict(
        slug="association-yuhu-pledge-basket-no-bleach-cn-date",
        site="鲬湖市竹藤编织行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.yhztbz.org.cn/xhdt/20240510/77.html",
        title="关于竹藤编笸箩类产品不使用有害漂白剂的倡议书",
        record_title="〔自律倡导〕关于竹藤编笸箩类产品不使用有害漂白剂的倡议书-鲬湖市竹藤编织行业协会",
        date="2024-05-08",
        date_also=["2024-05-10"],
        notes="association site: member-login row and a member hotline; the association's name is also the signature (matched as head); 成文日期 in Chinese numerals; a 分享 sentence is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔自律倡导〕关于竹藤编笸箩类产品不使用有害漂白剂的倡议书-鲬湖市竹藤编织行业协会</title>
</head>
<body>
<div class="login">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0730-8250618⟧</div>
<div class="logo">⟦m 鲬湖市竹藤编织行业协会⟧</div>
<ul class="nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 行业标准⟧</li></ul>
<div class="pos">⟦m 首页 › 协会动态⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 发布：秘书处　2024-05-10　浏览 403⟧</div>
<div class="content">
{BODY}
</div>
<div class="pn">⟦l 上一篇：协会组织会员赴鲖田镇学习笸箩编织技艺⟧</div>
</div>
<div class="foot">⟦d 本网站内容归协会所有，会员单位转载请注明出处⟧<br>⟦m 湘ICP备20006518号-1⟧</div>
</body>
</html>
""",
        body="""
全市竹藤编织企业、合作社和手艺人：
针线笸箩、收纳笸箩、果盘笸箩等竹藤编织品，是许多家庭天天要用的物件。近期，有消费者反映个别商家出售的竹编笸箩有刺鼻气味，经检测系使用硫磺熏白或含氯漂白剂处理所致。为维护行业信誉，保障消费者健康，我会向全行业发出如下倡议：
一、不用硫磺熏蒸、含氯漂白剂等有害方法给竹藤材料增白，提倡保持竹藤本色或采用蒸煮、日晒等传统工艺。
二、如实标注产品材质和处理工艺，不夸大宣传。
三、发现同行使用有害漂白剂的，及时向协会或市场监管部门反映。
四、欢迎会员单位把这份倡议分享到各自的网店和客户群，让消费者放心选购。
鲬湖市竹藤编织行业协会
二〇二四年五月八日
""",
    ),
    dict(
        slug="association-muying-minutes-council-walker-vote",
        site="鲬湖市母婴用品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.yhmyxh.org/news/20240829.html",
        title="鲬湖市母婴用品行业协会第二届理事会第四次会议纪要",
        date="2024-08-27",
        date_also=["2024-08-29"],
        notes="record title as is; the 时间/地点/主持/出席/列席/记录 lines and a vote count are body; the meeting date from the 时间 line; the posting date also accepted",
        page="""
!m 鲬湖市母婴用品行业协会　　会员登录　｜　入会指南
!m 首页 → 协会动态 → 会议纪要
{T}
!m 秘书处　2024-08-29
{BODY}
!a 〈打印〉　〈返回〉
!m 协会秘书处电话：0730-8242716　　湘ICP备18019911号
""",
        body="""
时间：2024年8月27日上午9时
地点：协会会议室
主持：胡建英（会长）
出席：理事十五人
列席：市市场监管局质量发展科代表一人
记录：彭莉
会议听取了市市场监管局关于今年婴幼儿学步车市级监督抽查情况的通报，讨论通过了《会员单位学步车产品质量自律承诺》。
会议议定：
一、会员单位自9月1日起，销售的学步车须附有第三方检验报告，重点核查稳定性、防跌落装置和制动性能三项指标。
二、会员单位在商品详情页和门店显著位置提示“学步车不能代替大人看护”。
三、协会每季度组织一次会员产品互查，结果在会员大会上通报。
表决情况：应到理事十五人，实到十五人，同意十四人，弃权一人，自律承诺获得通过。
""",
    ),
    dict(
        slug="company-yulin-news-camphor-foot-tub-glued-title",
        site="楰林木器 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yulinmuqi.com/news/20241009.html",
        title="楰林木器推出香樟木脚盆新品",
        record_title="上新速报 ▹ 楰林木器推出香樟木脚盆新品 - 楰林木器",
        date="2024-10-09",
        notes="company site: cookie notice and a service float; the title repeated and glued before the lead; a slashed company date is the page's date; the company's short name also stands in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>上新速报 ▹ 楰林木器推出香樟木脚盆新品 - 楰林木器</title>
<script src="/assets/js/site.js"></script>
</head>
<body>
<header><div class="brand">⟦m 楰林木器 · 木作三代⟧</div><nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻资讯⟧ ⟦m 关于楰林⟧ ⟦m 联系我们⟧</nav></header>
<section class="news-detail">
<p class="crumb">⟦m 新闻资讯 / 新品资讯⟧</p>
<h1>{T}</h1>
<p class="date">⟦m 2024/10/09　阅读 862⟧</p>
<div class="text">
{BODY}
</div>
<p class="prev-next">⟦l 上一条：楰林木器亮相鲬湖家居博览会⟧　⟦l 下一条：杉木浴桶保养小知识⟧</p>
</section>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即视为同意⟧ <button>⟦a 知道了⟧</button></div>
<div class="kefu">⟦w 在线客服⟧<br>⟦w 订购热线 400-611-7302⟧</div>
<footer>⟦m 蕰水县楰林木器制品有限公司　版权所有⟧ ⟦m 桂ICP备16007741号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 楰林木器推出香樟木脚盆新品⟧近日，蕰水县楰林木器制品有限公司推出香樟木脚盆新品，这是继杉木泡脚桶之后，楰林木器推出的又一款木质足浴产品。
新品选用自然干燥三年以上的香樟木板材，采用传统箍桶工艺，盆身不用一颗铁钉，内壁只涂刷食品级木蜡油。盆高二十八厘米，可没过脚踝，盆沿打磨成圆弧形，老人坐着泡脚时小腿不硌。
公司负责人郑国良介绍，香樟木本身带有淡淡的香气，有一定的防虫作用，但樟木板材容易开裂，工人要经过选料、刨板、拼缝、箍圈、试水等十多道工序，一只脚盆要做两天。
目前，新品已在公司门店和网店同步上架。
""",
    ),
    dict(
        slug="company-tongle-recall-walkers-batches-400",
        site="鲯阳童乐婴童用品有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.tongle-baby.cn/notice/recall-202406.html",
        title="关于召回部分型号婴儿学步车的公告",
        record_title="关于召回部分型号婴儿学步车的公告 - 童乐婴童",
        record_date="2024-06-25",
        date="2024-06-25",
        notes="the record gives the date; a batches table; the company's recall line beside its 400 order line; a mall link and a copyright footer",
        page="""
!m 童乐婴童　TONGLE BABY
!m 首页　产品　资讯　服务　官方商城
!m 资讯 > 企业公告
{T}
{BODY}
!a 前往官方商城　　在线客服
!w 订购热线：400-832-0617（9:00-21:00）
!m © 鲯阳童乐婴童用品有限公司　赣ICP备15002271号
""",
        body="""
尊敬的用户：
我公司在产品自查中发现，2023年9月至2024年3月生产的部分TL-806型婴儿学步车，折叠锁扣在反复折叠后可能松脱，使用中存在车架突然收折、夹伤婴儿手指的风险。为保障婴幼儿安全，我公司决定自即日起召回以下批次产品。
型号　生产批号　数量
TL-806（蓝）　230915、231108　1860台
TL-806（粉）　231120、240302　1425台
用户可查看车架底部标签上的批号。属于召回范围的，请立即停止使用，我公司将免费更换加强型锁扣，或按购买价格全额退款，运费由我公司承担。
召回专线电话：0795-7328806（工作日8:30-17:30）。
对由此给您带来的不便，我们深表歉意。
鲯阳童乐婴童用品有限公司
2024年6月25日
""",
    ),
    dict(
        slug="training-qiaoshou-brochure-nanny-class-400",
        site="鲬湖巧手育婴培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshouyuying.com/zs/2024dongji.html",
        title="育婴员周末班招生简章",
        record_title="【冬季周末班】育婴员周末班招生简章（学完可考证）｜巧手育婴",
        date=None,
        notes="training school: promo banner and consult float, a 400 franchise line beside the school's own 报名电话; a course table; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【冬季周末班】育婴员周末班招生简章（学完可考证）｜巧手育婴</title>
</head>
<body>
<div class="promo">⟦a 🎁 老学员推荐新学员，双方各减200元⟧</div>
<div class="header">⟦m 巧手育婴⟧ ⟦m 鲬湖巧手育婴培训学校⟧ ⟦m 加盟合作热线 400-017-3366⟧</div>
<ul class="menu"><li>⟦m 学校首页⟧</li><li>⟦m 课程设置⟧</li><li>⟦m 招生简章⟧</li><li>⟦m 学员风采⟧</li></ul>
<div class="page">
<h1>{T}</h1>
<div class="desc">
{BODY}
</div>
</div>
<div class="consult">⟦w 报名咨询⟧<br>⟦w 课程顾问微信 qiaoshou-yy⟧</div>
<div class="footer">⟦m 办学许可证号：教民143060070000218号⟧<br>⟦m 湘ICP备21008830号⟧</div>
</body>
</html>
""",
        body="""
本校是经鲬湖市人社部门批准设立的职业培训机构，冬季开设育婴员周末班，欢迎有意从事婴幼儿照护工作的学员报名。
一、招生对象：年满十八周岁，身体健康，初中及以上文化程度。
二、课程安排
模块　内容　课时
生活照料　喂养、睡眠、尿布更换与清洗、洗澡抚触　32课时
保健护理　常见病护理、意外伤害预防　24课时
早期教育　动作、语言和认知训练　24课时
三、上课时间：每周六、周日全天，共五周。
四、培训费用：1980元，含教材和实操用品。学完可报名参加育婴员职业技能等级认定。
五、报名地点：鳀江区中山路96号巧手育婴三楼，报名电话0730-8271580。
""",
    ),
    dict(
        slug="training-tongtian-diary-basket-heritage-class",
        site="鲖田非遗传习学堂 (invented training school)",
        style="培训机构",
        genre="学员心得",
        kind="other",
        form="text",
        source="http://www.tongtianfy.cn/xueyuan/2024/31.html",
        title="竹编笸箩研修班学习手记",
        record_title="【研修随笔】竹编笸箩研修班学习手记｜鲖田非遗传习学堂",
        date=None,
        notes="training school text page: a trial-class prompt and a consult line between paragraphs; a trainee's notes with no date",
        page="""
!m 鲖田非遗传习学堂　·　让老手艺有新传人
!m 首页 ＞ 学员园地
{T}
!m 第四期竹编笸箩研修班学员　赵雨桐
{BODY}
!a 下期开班时间已公布，点击预约免费体验课
!m 学堂地址：菥原县鲖田镇文化站二楼　　咨询：0774-6335208
""",
        body="""
来学竹编之前，我以为笸箩不过是随手编编的小东西。第一天，薛老师让我们每人破一根竹子，我才知道光是把竹子劈成厚薄均匀的篾片，就要练上好几天。
研修班一共二十天。前十天练基本功：破竹、劈篾、刮篾、染色。后十天跟着老师从起底开始编一只针线笸箩。薛老师说，针线笸箩的底要编成“米”字形，经篾要压得住，纬篾要挑得匀，不然装上剪子线团，底就塌了。
⟦a 想亲手编一只笸箩？周末体验课限额开放⟧
我的第一只笸箩收口时断了两根篾，薛老师没有让我拆，而是教我怎么接篾、怎么把接头藏进纬篾里。她说，手艺人最要紧的不是不出错，而是出了错会补。
结业那天，我把笸箩送给了奶奶。她拿在手里翻来覆去看了半天，说编得比她年轻时用的那只还密。
""",
    ),
    dict(
        slug="app-lingxi-host-script-fishing-festival-mask",
        site="灵犀写作APP分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.lingxiapp.com/share/doc?id=66c0f2a1&from=wx",
        title="第三届鲙河渔文化节开幕式主持词",
        record_title="第三届鲙河渔文化节开幕式主持词（双人串词·含渔具展环节）- 灵犀APP",
        date=None,
        notes="writing-app H5 share: open-app mask, a fold and AI buttons; a host script's A/B/合 lines; no date (the festival's day inside a sentence only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>第三届鲙河渔文化节开幕式主持词（双人串词·含渔具展环节）- 灵犀APP</title>
<script src="https://h5.lingxiapp.com/sdk/open-app.js"></script>
</head>
<body>
<div class="mask">⟦a 打开灵犀APP，查看完整范文并一键改写⟧</div>
<div class="app-bar">⟦m 灵犀 · 你的写作小助手⟧ <button>⟦a 去APP看⟧</button></div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 主持词 · 1260字 · 被改写 3.1万次⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余68%⟧</div>
<div class="ai">⟦a ✨ 帮我换个开场⟧ ⟦a ✨ 换成单人主持⟧</div>
</div>
<div class="rec"><h4>⟦l 猜你想写⟧</h4><p>⟦l 开渔节文艺晚会串词⟧</p><p>⟦l 乡村旅游节开幕式主持词⟧</p></div>
</body>
</html>
""",
        body="""
A：尊敬的各位领导、各位来宾，
B：亲爱的渔民朋友们，
合：大家上午好！
A：鲙河千年流淌，养育了两岸一代又一代渔家儿女。
B：一把鱼叉、一张渔网、一条木船，写下了鲾口人祖祖辈辈的渔家故事。
A：今天，我们相聚在鲙河岸边，共同迎来第三届鲙河渔文化节。
B：本届渔文化节以“守护一河清水，传承渔家记忆”为主题，将举办渔具展、渔歌会和传统鱼叉技艺表演等活动。
A：特别要说明的是，今天表演用的鱼叉都是县文化馆收藏的老渔具，表演在专门的展示池里进行，不下河、不捕鱼。
B：下面，请允许我介绍出席今天开幕式的领导和嘉宾。
""",
    ),
    dict(
        slug="app-biyou-summary-welfare-nursing-oneline",
        site="笔友范文APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.biyouapp.cn/s/9QwE3k",
        title="县儿童福利院婴幼儿护理组2024年工作总结",
        record_title="县儿童福利院婴幼儿护理组2024年工作总结（删繁就简版）· 笔友APP",
        date="2024-12-30",
        notes="writing-app share: the whole summary on one line, paragraphs only apart by their indent; open-app prompts around it; 成文日期 at the end of the line",
        page="""
!m 笔友APP · 写材料，有笔友
!a 打开笔友APP，解锁完整版并下载Word
{T}
!m 工作总结 · 约900字 · 4.8分
{BODY}
!a 剩余内容在APP内查看　　立即打开
!l 你可能还需要：福利院年度工作计划　｜　护理员个人述职报告
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，护理组在院领导的带领下，精心照护在院的十一名婴幼儿，全年未发生一起护理责任事故。
一是细化日常护理。实行“一童一册”护理记录，喂养、睡眠、排便情况每班登记。白天推行布尿布与纸尿裤交替使用，婴幼儿红臀发生率由去年的百分之十八降到百分之六。
二是用好社会力量。接收县妇联组织爱心妈妈缝制的布尿布三百条，建立了布尿布分类清洗、高温消毒和晾晒制度。
三是提升护理技能。全组八名护理员全部取得育婴员职业资格，其中两人取得高级证书。
明年，护理组将重点加强早期发展训练，让孩子们在爱和陪伴中健康成长。
县儿童福利院婴幼儿护理组
2024年12月30日
""",
    ),
    dict(
        slug="examforum-anshang-interview-walker-recall-jammer",
        site="上岸驿站公考论坛 (invented)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="html",
        source="https://bbs.anshangyz.com/thread-208813-1-1.html",
        title="群众反映商场仍在卖被通报不合格的学步车，你怎么处理？",
        record_title="〖情景处置〗群众反映商场仍在卖被通报不合格的学步车，你怎么处理？（自答一版，轻点拍） - 面试交流 - 上岸驿站",
        date=None,
        notes="exam forum: a reply-to-see prompt, a QQ-group ad, jammer-font junk in the post; no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〖情景处置〗群众反映商场仍在卖被通报不合格的学步车，你怎么处理？（自答一版，轻点拍） - 面试交流 - 上岸驿站</title>
<style>.jammer{font-size:0px}</style>
</head>
<body>
<div id="hd">⟦m 上岸驿站⟧ ⟦m 考公路上，有人同行⟧ <a>⟦a 登录⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 面试交流 › 结构化⟧</div>
<div class="qqgroup">⟦w 面试互助群：QQ 630291175，进群领真题⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="authi">⟦m 楼主：菥原备考人　｜　发表于 2 个月前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏了老师点评，回复后可见⟧</div>
<div class="rate">⟦l 评分：上岸币 +5　参与 3 人⟧</div>
</div>
<div class="reply">⟦l 回复　鳀江小鱼：第二点很实用，借走了⟧</div>
<div id="ft">⟦m 上岸驿站 © 2016-2024⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
题目：你是市场监管所工作人员，有群众打电话反映，某商场仍在销售前不久被通报抽查不合格的婴儿学步车。你怎么处理？
我的作答：
首先，稳住群众，核实情况。我会感谢这位群众的反映，记下商场名称、柜台位置和产品型号，告诉他我们会尽快到现场核查，并在处理后给他回复。
其次，立即到场，依法处置。我会和同事带上执法记录仪赶到商场，对照通报中的不合格产品信息逐一核对。确属通报产品的，责令商场立即下架、封存，查明进货数量和已售出数量，依法立案调查。
再次，追踪已售产品，消除隐患。督促商场通过会员记录联系已购买的顾客，告知风险，办理退货。
最后，举一反三。我会建议所里对辖区内母婴店开展一次学步车专项检查，并通过社区公众号提醒家长查看家中学步车的型号。
""",
    ),
    dict(
        slug="examforum-anshang-essay-sewing-basket-junk",
        site="上岸驿站公考论坛 (invented)",
        style="公考论坛",
        genre="申论作文",
        kind="other",
        form="text",
        source="https://bbs.anshangyz.com/thread-210447-1-1.html",
        title="一只针线笸箩里的传承",
        record_title="[申论习笔] 一只针线笸箩里的传承（初稿，轻点拍） - 申论练笔区 - 上岸驿站",
        date=None,
        notes="exam forum text: a 申论 essay with junk lines and junk glued after 。; 发表于 昨天 and an edit stamp are no dates",
        page="""
!m 上岸驿站 › 申论练笔区
!t [申论习笔] 一只针线笸箩里的传承（初稿，轻点拍）
!m 鲲鹏展翅 发表于 昨天 23:18　　本帖最后由 鲲鹏展翅 于 昨天 23:40 修改
{BODY}
!l 回复　阅卷人老周：立意可以，第三段论证再充实些
!a 登录上岸驿站，和十万考友一起刷题
""",
        junk=dict(lines=2, glued=2),
        body="""
在许多人的记忆里，外婆的炕头总放着一只针线笸箩。顶针、线团、剪子、鞋样，一家人的衣食冷暖都从这只小小的笸箩里来。如今，笸箩渐渐从家庭中淡出，编笸箩的手艺也面临失传。一只针线笸箩，折射出传统手艺传承的时代之问。
传统手艺的传承，首先要有人学。鲖田镇开办笸箩编织培训班，把年轻妈妈请进课堂，让老手艺找到了新传人。没有人，再好的手艺也只能进博物馆。
传统手艺的传承，还要有市场。蒟岭村党支部领办手工合作社，把针线笸箩做成文创产品卖进城里，让手艺人靠手艺吃饭。有了收入，传承才有底气。
传统手艺的传承，更要有温度。一只笸箩的价值，不只在于它的用途，更在于它承载的家庭记忆和生活智慧。
守住一只笸箩，就是守住一段乡愁。
""",
    ),
]
