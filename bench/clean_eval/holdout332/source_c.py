"""holdout332, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wentu-collar-cleaner-yellowing-question",
        site="问途问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wentuwenda.com/q/10928817.html",
        title="衣领净洗完领子反而发黄是怎么回事？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title (the question); adopted-answer badge, vote row, more answers; numbered list in the answer; relative times only",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>衣领净洗完领子反而发黄是怎么回事？_问途问答</title>
</head><body>
<div class="header">⟦m 问途问答⟧ <span>⟦m 你问，总有人答⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录问途／注册⟧</a></div>
<div class="crumb">⟦m 问途 &gt; 生活 &gt; 家务清洁⟧</div>
<div class="question"><h1>{T}</h1>
<div class="q-meta">⟦m 提问者：匿名用户　2 天前　浏览 1893 次⟧</div></div>
<div class="best">
<div class="badge">⟦m 提问者采纳　该回答获 128 人认可⟧</div>
<div class="author">⟦m 洗衣铺老周　｜　洗护领域答主　｜　回答于 昨天⟧</div>
<div class="answer-content">
{BODY}
</div>
<div class="vote">⟦a 赞同 128　反对　评论 9　转发⟧</div></div>
<div class="more"><h3>⟦l 其他 3 个回答⟧</h3>
<p>⟦l 晴天娃娃：我是直接用洗洁精，也挺好使⟧</p>
<p>⟦l 布衣：领子发黄也可能是汗渍没洗透⟧</p></div>
<div class="rel"><h3>⟦l 相似问题⟧</h3><p>⟦l 白衬衫领口发黄用什么洗最干净？⟧</p></div>
<div class="footer">⟦m ©2025 问途问答 wentuwenda.com　京ICP备23011870号⟧</div>
</body></html>
""",
        body="""
这种情况多半不是衣领净的问题，而是没漂洗干净。
衣领净里含有表面活性剂和酶，残留在布料上，经过晾晒、熨烫，容易氧化发黄。建议这样处理：
1. 涂衣领净后停留五到十分钟，不要超过半小时；
2. 搓洗后用清水至少漂洗两遍，领口部位多冲一会儿；
3. 白衬衫尽量阴干，不要暴晒；
4. 已经发黄的，可以用温水加少量小苏打浸泡半小时再洗。
如果按上面做了还发黄，可能是面料本身含有增白剂，遇碱性洗涤剂反应变色，那就只能送干洗店处理了。
""",
    ),
    dict(
        slug="qa-dawenfang-waist-warmer-sleep",
        site="答问坊 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.dawenfang.cn/wenda/77120394.html",
        title="暖腰带可以戴着睡觉吗？",
        record_title="暖腰带可以戴着睡觉吗？_答问坊",
        date=None,
        notes="Q&A text: site suffix after _; an 'expand' action glued after a 。; relative times 3 天前/昨天 are no dates",
        page="""
!m 答问坊 · 有问题，就有答案
!m 首页 › 健康 › 养生保健
{T}
!m 匿名网友 提问于 3 天前　｜　浏览 2306
!m 最佳回答
!m 康复科护士小韩　回答于 昨天
{BODY}
!a 有用(91)　没用(3)　｜　举报
!l 其他 4 条回答
!l 风中骑士：我戴着睡过，第二天腰上红了一片，别学我
!l 糖糖妈：买那种不发热的羊毛款就行
!l 相关问题：暖宝宝和暖腰带哪个好？
!m ©2025 答问坊　京ICP备21077330号
""",
        body="""
不建议戴着睡觉，尤其是充电发热的那种。
一是容易低温烫伤。发热暖腰带表面温度一般在四十到五十度，人睡着后感觉迟钝，同一个部位贴着几个小时，皮肤可能起水疱，自己还不知道。⟦a 展开余下回答 ∨⟧
二是影响睡眠。腰腹部一直发热，身体散热受阻，容易口干、出汗，半夜醒来。
三是充电款有安全隐患，被窝里不透气，电池过热的风险比白天大。
如果腰怕冷，睡前戴一会儿，上床前取下，换成宽松的纯棉护腰就可以了。糖尿病患者和皮肤感觉差的老人，白天使用也要控制时间。
""",
    ),
    dict(
        slug="collection-hao-memoir-bamboo-basket-oldtable",
        site="郝立本文集 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.haoliben-wenji.net/jiuShi/14.htm",
        title="父亲编的竹置物篮",
        record_title="《郝家岭旧事》其十四 · 父亲编的竹置物篮",
        date=None,
        notes="a retired teacher's collection: old table layout, 繁體/简体 links, chapter links, a visitor counter and the author's mailbox; a modification stamp is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《郝家岭旧事》其十四 · 父亲编的竹置物篮</title>
</head><body bgcolor="#F5F0E1">
<table width="780" align="center"><tr><td align="center"><font size="5">⟦m 郝立本文集⟧</font><br>⟦m 一个乡村教师的半生笔墨⟧</td></tr>
<tr><td align="right">⟦a <a href="#">繁體</a> | <a href="#">简体</a>⟧</td></tr></table>
<table width="780" align="center"><tr><td>⟦l 《郝家岭旧事》目录 ｜ 上一篇：后山的水竹 ｜ 下一篇：母亲的咸菜坛⟧</td></tr></table>
<table width="780" align="center"><tr><td>
<p align="center"><b>{T}</b></p>
{BODY}
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
<p>⟦l ← 后山的水竹　｜　回目录　｜　母亲的咸菜坛 →⟧</p>
<p>⟦m 本页最后修改：2021-05-07⟧</p>
<p>⟦m 您是第 012907 位读者⟧</p>
<p>⟦m 来信请寄：haoliben1949@haoliben-wenji.net⟧</p>
<p>⟦d 文集文字为作者原创，转载请先来信⟧</p>
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是郝家岭有名的篾匠，村里谁家要箩筐、簸箕，都来找他。
我考上师范那年，父亲说要给我编一样东西带到学校去。他选了后山三年生的水竹，劈篾、刮青、晾干，前后忙了半个月，编出一只方方正正的置物篮，篮沿还用篾青编了两道回纹。
那只置物篮跟着我在宿舍住了三年，装过饭票、书信，也装过母亲腌的咸菜。毕业后我分到镇上教书，它又在我的办公桌下待了二十多年。
如今父亲已经不在了，篮子的篾青褪成了暗黄色，可每回提起它，我还能闻见一股竹子的清香。
""",
    ),
    dict(
        slug="collection-dongchuang-memoir-wool-waist-warmer-oneline",
        site="冬窗集 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://dongchuangji.net/wen/06.html",
        title="那条羊毛暖腰带",
        record_title="那条羊毛暖腰带（《冬窗集》之六）",
        date=None,
        notes="the whole memoir on one line, paragraphs apart only by their indent; no date anywhere",
        page="""
!m 冬窗集 · 崔平安个人文集
!l 目录 ｜ 上一篇：炉火 ｜ 下一篇：父亲的矿灯
{T}
{BODY}
!m 本文阅读 417 次
!a 【加入书签】【推荐给朋友】
!m 文集作者信箱：cuipingan@dongchuangji.net
!d 冬窗集内容为作者原创，未经许可请勿转载。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲在煤矿干了三十年，落下一身腰疼的毛病。
那年冬天，母亲托人从牧区捎来一斤羊毛，洗净、弹松、纺成线，给父亲织了一条暖腰带，两头缝上布带，系在棉袄里面。
父亲下井前系上，升井后解下，挂在炉子边烘着，第二天一早又系上。那条暖腰带他系了十几年，磨薄了，母亲就在外面再加一层。
父亲退休那天，把暖腰带叠好放进了箱底。他说，往后不下井了，用不着了。
可我知道，每到阴雨天，他还会翻出来系上。
""",
    ),
    dict(
        slug="dangjian-heling-summary-waist-warmers-table",
        site="菏岭党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.helingdj.gov.cn/jcdj/2025/0127/3302.html",
        title="菏岭县环卫处党支部“冬日送暖”志愿服务活动总结",
        record_title="【红马甲·暖冬行】菏岭县环卫处党支部“冬日送暖”志愿服务活动总结_菏岭党建网",
        date="2025-01-24",
        date_also=["2025-01-27"],
        notes="Party portal with a study-points prompt, a photo-gallery line between paragraphs and a read-on-phone QR line; data table one row a paragraph; 成文日期, the page date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【红马甲·暖冬行】菏岭县环卫处党支部“冬日送暖”志愿服务活动总结_菏岭党建网</title>
</head><body>
<div class="banner">⟦m 菏岭党建网⟧ <span>⟦m 中共菏岭县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页　组工动态　基层党建　党员教育　人才工作⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 基层党建 &gt;&gt; 支部风采⟧</div>
<div class="tips">⟦a 登录后阅读满3分钟，学习积分加1⟧</div>
<div class="article"><h1>{T}</h1>
<div class="info">⟦m 时间：2025-01-27　来源：县环卫处党支部　编辑：陆敏⟧</div>
<div class="content">
{BODY}
</div>
<div class="phone">⟦a 扫码在手机上看这篇⟧</div>
<div class="pre">⟦l 上一篇：菏岭县交通运输局开展“司机之家”暖心服务⟧</div>
<div class="next">⟦l 下一篇：县市场监管局党支部赴红色教育基地开展主题党日⟧</div></div>
<div class="foot">⟦m 中共菏岭县委组织部　版权所有　联系电话：0530-5201271⟧</div>
</body></html>
""",
        body="""
今年1月，环卫处党支部组织党员志愿者开展“冬日送暖”志愿服务活动，为一线环卫工人送去暖腰带、手套等防寒物品，现将活动情况总结如下。
一、活动开展情况。支部12名党员分成三组，利用休息时间深入城区各作业点，共发放物品如下：
作业点　暖腰带（条）　防寒手套（副）
城东作业点　86　90
城西作业点　74　80
城南作业点　65　70
⟦a 点击查看活动图集（共12张）⟧
二、活动成效。活动覆盖环卫工人225名，党员志愿者还帮助12名年纪较大的环卫工人调整暖腰带松紧，现场讲解使用方法。
三、下一步打算。支部将把“冬日送暖”作为品牌活动，每年冬季常态化开展。
中共菏岭县环境卫生管理处支部委员会
2025年1月24日
""",
    ),
    dict(
        slug="dangjian-boshan-speech-elderly-toilets-cn-date",
        site="亳山党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.boshandj.cn/zcdt/2025/0401/1877.html",
        title="在全镇农村户厕适老化改造启动仪式上的讲话",
        record_title="〖镇村动态〗在全镇农村户厕适老化改造启动仪式上的讲话 - 亳山党建网",
        date="2025-03-28",
        date_also=["2025-04-01"],
        notes="speech with its date under the title in Chinese numerals and a speaker line (both neutral); the posting line's 发布时间 also accepted",
        page="""
!m 亳山党建网 — 中共亳山县委组织部主办
!m 首页 / 基层党建 / 镇村动态
{T}
（二〇二五年三月二十八日）
泸坪镇党委书记　薛文涛
{BODY}
!m 来源：泸坪镇党委　编辑：陈静　发布时间：2025-04-01
!a 【打印文章】【关闭窗口】【字号 大 中 小】
!l 相关阅读：泸坪镇召开2025年农村人居环境整治推进会
!m 中共亳山县委组织部主办　联系电话：0558-6512300
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在这里启动全镇农村户厕适老化改造工作。全镇60岁以上老人有4300多名，不少老人如厕要蹲、起身难，冬天坐便冰凉，这是群众反映最多的“小事”之一。
今年，镇里计划为1200户有老人的家庭改造户厕：蹲便改坐便，加装扶手，并为每户配送一个加厚马桶垫。马桶垫虽小，却关系到老人冬天如厕的冷暖。
各村党支部要把改造户名单逐户核实，党员干部要上门讲清政策，施工队要把好质量关。
同志们，把好事办好、实事办实，让老人们满意，就是对我们最好的检验。谢谢大家！
""",
    ),
    dict(
        slug="hospital-ziyuan-infection-control-seat-covers",
        site="淄源县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="article",
        form="html",
        source="https://www.zyxrmyy.com/kpzs/2025/0620/1904.html",
        title="一次性马桶垫真的能防感染吗？",
        record_title="【感控小课堂】一次性马桶垫真的能防感染吗？-淄源县人民医院",
        date="2025-06-20",
        notes="hospital site with a booking float and a 24-hour line beside the department's own 咨询电话 in the body; 发布时间 byline is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【感控小课堂】一次性马桶垫真的能防感染吗？-淄源县人民医院</title>
</head><body>
<div class="top">⟦m 淄源县人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <span>⟦m 预约挂号：0533-4286000⟧</span></div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="loc">⟦m 首页 &gt; 健康科普 &gt; 感染管理科⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-06-20　撰稿：感染管理科 姚慧　审核：詹国平⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="float-yy">⟦a 在线预约　诊间支付　报告查询⟧</div>
<div class="links"><h4>⟦l 更多科普⟧</h4><p>⟦l 手卫生的六个步骤，您做对了吗⟧</p><p>⟦l 住院期间如何预防跌倒⟧</p></div>
<div class="footer"><p>⟦m 24小时急诊：0533-4286120⟧</p><p>⟦m 地址：淄源县健民路55号　鲁ICP备15042260号⟧</p></div>
</body></html>
""",
        body="""
不少人在医院、商场如厕时，习惯先铺一张一次性马桶垫。那么，它真的能防感染吗？
医院感染管理科专家介绍，常见的尿路感染、妇科感染，主要是细菌经尿道或生殖道上行引起的，很少通过皮肤接触马桶圈传播。一次性马桶垫能减少皮肤与马桶圈的直接接触，带来心理上的安心，但作用有限。
比垫子更重要的是这三点：如厕后冲水时盖上马桶盖，防止水花和气溶胶扩散；如厕后用流动水和洗手液洗手；不要把手机带进厕所。
需要提醒的是，马桶垫用后要丢进纸篓，不要扔进便池，以免堵塞。
如有疑问，可拨打医院感染管理科咨询电话：0533-4286117（工作日8:00—17:00）。
""",
    ),
    dict(
        slug="hospital-weichuan-tcm-waist-warmer-burns",
        site="潍川市中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="article",
        form="text",
        source="https://www.wczyy.cn/jkkp/kfk/20250108/733.html",
        title="暖腰带不是越热越好",
        record_title="【康复科提醒】暖腰带不是越热越好 - 潍川市中医院",
        date=None,
        notes="hospital article with a booking prompt and an emergency line; an update stamp 2 天前 is no date",
        page="""
!m 潍川市中医院 · 官方网站
!m 首页 > 健康科普 > 康复科
{T}
!m 科室：康复医学科　｜　最后更新：2 天前　｜　阅读：1580
{BODY}
!a 【转到朋友圈】【打印本页】
!w 预约挂号请拨打 0536-2219900 或关注“潍川中医院”服务号
!l 推荐科普：冬季腰腿疼，艾灸要注意什么
!m 地址：潍川市新华路218号　急诊电话：0536-2219120
!d 本文仅作健康科普，不能代替医生面诊。
""",
        indent="\u3000\u3000",
        body="""
入冬以来，康复科门诊接诊了好几位腰部皮肤起水疱的患者，一问，都是戴发热暖腰带时间太长造成的低温烫伤。
低温烫伤是皮肤长时间接触四十四度以上的热源引起的，起初只是发红，不痛不痒，往往不被重视，等起了水疱，损伤已经到了真皮层。
康复科医生提醒：发热暖腰带每次使用不要超过两小时，中间取下让皮肤休息；不要直接贴肤，里面隔一层棉衣；睡觉时一定取下。
腰肌劳损、腰椎间盘突出的患者，暖腰带只能缓解症状，不能代替正规治疗，疼痛持续不缓解的，请到门诊就诊。
""",
    ),
    dict(
        slug="college-weichuan-voc-basket-swap-h1",
        site="潍川职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wczyjs.edu.cn/xwzx/xyxw/2025/0418/6602.html",
        title="“置物篮换新家”二手循环市集在我校举行",
        record_title=None,
        date="2025-04-18",
        notes="college news page: no record title (the <h1>); a dotted date in the byline is the date; source/author/photo line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>“置物篮换新家”二手循环市集在我校举行-潍川职业技术学院</title>
</head><body>
<div class="head">⟦m 潍川职业技术学院⟧ <a>⟦a 信息门户⟧</a> <a>⟦a 图书馆⟧</a> <a>⟦a English Site⟧</a></div>
<div class="menu">⟦m 学校概况　院系设置　招生就业　校园生活　新闻中心⟧</div>
<div class="where">⟦m 新闻中心 · 校园新闻⟧</div>
<div class="news"><h1>{T}</h1>
<div class="date">⟦m 2025.04.18⟧</div>
<div class="src">⟦m 来源：后勤管理处　文字：俞晨　摄影：邹阳　点击：[ 866 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：我校学子在省职业院校技能大赛中获佳绩⟧</div>
<div class="pn">⟦l 下一条：学院召开2025年春季学期安全稳定工作会议⟧</div></div>
<div class="foot">⟦m 地址：潍川市学府路1号　邮编：261099　版权所有 © 潍川职业技术学院⟧</div>
</body></html>
""",
        body="""
4月17日，由学校后勤管理处和校学生会联合主办的“置物篮换新家”二手循环市集在第三食堂门前广场举行。
毕业生们把宿舍里用过的置物篮、收纳盒清洗干净后摆上摊位，低价转给新生或免费赠送。活动现场共收集置物篮630余只，其中420只当天就找到了“新主人”。
计算机学院大四学生姚佳说：“四年用下来的置物篮还很结实，扔了可惜，能送给学弟学妹挺好。”
剩余的置物篮将由后勤管理处统一消毒后存放，9月迎新时免费发放给有需要的新生。
""",
    ),
    dict(
        slug="college-yanhu-notice-laundry-collar-cleaner-scan",
        site="兖湖学院后勤服务中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqfw.yanhu-univ.edu.cn/tzgg/2025/0314/218.html",
        title="关于学生公寓自助洗衣房免费提供衣领净的通知",
        record_title="〔公寓服务〕关于学生公寓自助洗衣房免费提供衣领净的通知｜兖湖学院后勤服务中心",
        date="2025-03-14",
        date_also=["2025-03-15"],
        notes="university office notice: a sentence asking students to scan a QR code (content), the office's own hotline in the body beside the site's technical line; 成文日期, page date also accepted",
        page="""
!m 兖湖学院后勤服务中心
!m 后勤首页 ＞ 公寓通知
{T}
!m 发布时间：2025-03-15　发布者：公寓服务部　浏览：1375
{BODY}
!a [打印这条]　[关掉窗口]
!l 上一条：关于学生公寓春季开学热水供应时间调整的通知
!m 网站技术支持：兖湖学院网络信息中心　0543-8569001
!m Copyright © 兖湖学院后勤服务中心
""",
        body="""
各位同学：
为方便同学们清洗衣物，自3月18日起，学生公寓各自助洗衣房将免费提供衣领净，现将有关事项通知如下。
一、每间洗衣房配备衣领净分装瓶两瓶，放在洗衣机旁的置物架上，用后请放回原处。
二、使用前请扫洗衣机上的二维码登记，每人每次限用一泵。
三、衣领净含表面活性剂，请勿接触眼睛；皮肤敏感的同学使用后请及时洗手。
如发现衣领净用完或洗衣机故障，请拨打后勤服务热线：0543-8561234。
后勤服务中心
2025年3月14日
""",
    ),
]
