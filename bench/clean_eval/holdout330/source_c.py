"""holdout330, part C: personal collections, Party-building sites, hospitals, universities and local
forums. Every document, place, person, firm, site, URL and phone is invented; each case written by
hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="shouzhuo-collection-mother-glasses-chain",
        site="守拙集 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.shouzhuoji.example.net/wen/014.htm",
        title="母亲的眼镜链",
        record_title="〖守拙集·第十四篇〗母亲的眼镜链",
        date=None,
        notes="old table layout: marquee, chapter links, a visitor counter and the author's mailbox; an essay "
        "dated only by a season (no date); a next-chapter link on a line of its own between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖守拙集·第十四篇〗母亲的眼镜链</title><script language="javascript">var counter=4391;</script></head>
<body bgcolor="#FFFDF5">
<table width="780" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 守拙集⟧</font><br><font size="2">⟦m 斫岭退休教师柏守拙的文字园地⟧</font>
</td></tr></table>
<marquee behavior="alternate">⟦m 文集第二卷已更新完毕，谢谢老同事们常来看看⟧</marquee>
<table width="780" align="center" border="1" bordercolor="#C9B27C"><tr>
<td width="160" valign="top">⟦l 卷一 · 讲台⟧<br>⟦l 卷二 · 家常⟧<br>⟦l 卷三 · 山水⟧</td>
<td valign="top">
<p align="center"><b>{T}</b></p>
{BODY}
<p align="center">⟦l 【上一篇】父亲的竹烟筒　　【目录】　　【下一篇】腌菜坛子⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center"><font size="2">
⟦m 本页已被翻阅 4391 次⟧　⟦w 来信请寄：boshouzhuo@shouzhuoji.example.net⟧<br>
⟦d 文集文字为作者原创，转载请先来信告知⟧
</font></td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲晚年看报纸要戴老花镜，可她总记不住眼镜放在哪儿，常常戴着眼镜满屋子找眼镜。
那年我去省城开会，在百货大楼的柜台上看见一条眼镜链，细细的，银色，两头各有一个小小的橡皮圈。我花了三块八毛钱买下来，回家给母亲套在镜腿上。
⟦a 点击此处，跳到下一篇⟧
母亲起初嫌它“像旧社会的账房先生”，戴了几天，却再也离不开了。眼镜往胸前一垂，要看报时一提就是，她说比什么都方便。
母亲走后，那条眼镜链还挂在她的老花镜上，放在五斗柜的抽屉里。我偶尔拿出来看看，橡皮圈早已发硬了。
二〇二四年冬，写于斫岭老屋
""",
    ),
    dict(
        slug="shijie-collection-father-hammer-oneline",
        site="石阶文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shijie-wencun.example.org/yanxia/09.html",
        title="父亲的按摩锤",
        record_title="父亲的按摩锤（檐下旧事之九）— 石阶文存",
        date=None,
        notes="the whole essay on one line, paragraphs apart only by their indent; a collection's chapter "
        "row and a word-count line; no date",
        page="""
!m 石阶文存　›　檐下旧事
!t 父亲的按摩锤（檐下旧事之九）
!m 全文约三百字　｜　收入《檐下旧事》
{BODY}
!l 〈 之八：门前的石磨　　｜　　之十：老屋的天井 〉
!d 石阶文存所载皆为作者手记，未经同意请勿转贴
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲的腰是在砖窑上落下的毛病，一到阴雨天就直不起来。
我上初中那年，他托人从城里捎回一把按摩锤，木头柄，橡胶锤头，锤头上还印着一朵褪了色的红花。
每天晚饭后，他就趴在竹床上，让我拿着按摩锤给他敲腰。我敲得轻了，他说“没吃饭呀”；敲得重了，他又“哎哟”一声。
后来我去外地读书，敲腰的活儿就落到了母亲身上。再后来，父亲的腰做了手术，医生说不能再敲了，那把按摩锤就挂在了堂屋的墙上。
前些日子回老家，我又看见了它，锤头的红花已经看不出来了，木柄却被摸得发亮。
""",
    ),
    dict(
        slug="fangcheng-party-summary-clean-clothes-volunteers",
        site="彷城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.fcxianfeng.example.gov.cn/zbfc/2025/1208/5561.html",
        title="“洁衣暖心”志愿服务项目工作总结",
        record_title="【红色驿站】“洁衣暖心”志愿服务项目工作总结_党建动态_彷城先锋网",
        date="2025-12-05",
        date_also=["2025-12-08"],
        notes="Party portal: a study-points prompt, a read-on-phone line, a service table one row a "
        "paragraph; the portal's date differs from the 成文日期; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【红色驿站】“洁衣暖心”志愿服务项目工作总结_党建动态_彷城先锋网</title><script src="/js/study-timer.js"></script></head>
<body>
<div class="dj-top">⟦m 彷城先锋网⟧ ⟦m 中共彷城市委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页 ｜ 党建动态 ｜ 支部风采 ｜ 党员教育 ｜ 先锋榜样⟧</div>
<div class="dj-pos">⟦m 位置：首页 → 党建动态 → 支部风采⟧</div>
<h1>{T}</h1>
<div class="dj-info">⟦m 来源：鹦湖社区党委　发布日期：2025-12-08　字数：362⟧</div>
<div class="dj-points">⟦a 认真阅读满3分钟可累计学习积分1分⟧</div>
<div class="dj-content">
{BODY}
</div>
<div class="dj-phone">⟦a 用手机扫码，随时随地学⟧</div>
<div class="dj-related">⟦l 更多支部风采：铰塘镇党委“红色代办”服务队纪实⟧</div>
<div class="dj-ft">⟦m 彷城先锋网　版权所有　备案号：湘ICP备09016683号⟧</div>
</body></html>
""",
        body="""
今年以来，鹦湖社区党委组织党员志愿者开展“洁衣暖心”服务，为辖区独居、失能老人上门收洗衣物，用除味喷雾处理不便水洗的棉衣棉被，帮助老人解决衣物异味问题。
全年服务情况如下：
服务内容　服务户次　参与党员
上门收洗衣物　412　38人次
棉衣棉被除味　186　21人次
教老人使用除味喷雾　97　12人次
⟦m 图为党员志愿者在独居老人家中为棉被喷洒除味喷雾⟧
服务中我们也发现，个别老人把除味喷雾当成消毒液使用，喷在餐具上。为此，志愿者统一改用无香型喷雾，并在瓶身贴上“仅用于衣物”的大字标签。
明年，社区党委将把这项服务纳入党员积分管理，让更多老人受益。
中共鹦湖社区委员会
2025年12月5日
""",
    ),
    dict(
        slug="jiguan-party-speech-canteen-foil-reduction",
        site="斫岭机关党建网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://jgdj.zhuoling.example.gov.cn/ldjh/2025/0526/882.html",
        title="在机关食堂减少一次性锡纸餐具推进会上的讲话",
        record_title="【节约型机关】在机关食堂减少一次性锡纸餐具推进会上的讲话（讲话全文）",
        date="2025-05-22",
        notes="date under the speech title in Chinese numerals; speaker line neutral, keeping the speaker's "
        "role; a study-reminder line between paragraphs; the portal's date line is a page date but the "
        "speech's own date is expected (both accepted)",
        date_also=["2025-05-26"],
        page="""
!m 斫岭机关党建网
!m 首页 >> 领导讲话
!t 【节约型机关】在机关食堂减少一次性锡纸餐具推进会上的讲话（讲话全文）
!m 发布：2025-05-26　　来源：县直机关工委　　阅读：742
{T}
县机关事务服务中心党组书记、主任　龚北辰
（二〇二五年五月二十二日）
{BODY}
!a 【打印】　【收藏】　【字号：小　中　大】
!l 相关阅读：县直机关节约型机关创建工作要点
!m 斫岭县直机关工委主办　联系电话：0745-6203318
""",
        indent="\u3000\u3000",
        body="""
同志们：
机关食堂是节约型机关建设的“窗口”。去年以来，食堂外卖窗口的锡纸餐盒用量越来越大，一个月就要用掉一万四千多只，既增加了开支，也产生了大量难以回收的垃圾。今天召开这次推进会，就是要把减少一次性锡纸餐具这件事抓实抓细。
第一，要从源头减量。外卖窗口6月1日起改用可循环的不锈钢餐盒，押金10元，归还即退。
⟦a 本文已纳入机关党员本周学习清单⟧
第二，要改进烹饪方式。锡纸烤鱼、锡纸花甲等菜品，由厨师改用砂锅和烤盘制作，口味不能降。
第三，要加强宣传引导。各支部要把这项工作纳入主题党日，党员干部带头自带餐具。
同志们，节约一只锡纸盒是小事，但积少成多就是大事。希望大家从我做起，从现在做起。
""",
    ),
    dict(
        slug="zhuoling-tcm-hospital-hammer-osteoporosis",
        site="斫岭县中医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.zlzyy.example.cn/jkkp/2025/0318/1077.html",
        title="骨质疏松患者慎用按摩锤",
        record_title="骨质疏松患者慎用按摩锤〔骨伤科普角〕-斫岭县中医院",
        date="2025-03-18",
        notes="hospital page: a booking float, a 24-hour line, the department's own 咨询电话 in the body; "
        "发布时间 byline is the page's date; a WeChat-booking prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>骨质疏松患者慎用按摩锤〔骨伤科普角〕-斫岭县中医院</title><script src="/js/float-guahao.js"></script></head>
<body>
<div class="hp-top">⟦m 斫岭县中医院⟧ ⟦m 二级甲等中医医院⟧ ⟦m 24小时急救热线：0745-6221120⟧</div>
<div class="hp-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　党建园地⟧</div>
<div class="hp-crumb">⟦m 首页 / 健康科普 / 骨伤康复⟧</div>
<h1>{T}</h1>
<div class="hp-meta">⟦m 发布时间：2025-03-18　作者：康复医学科　浏览：859⟧</div>
<div class="hp-article">
{BODY}
</div>
<div class="hp-experts"><h4>⟦l 本科室专家⟧</h4><p>⟦l 俞长风 主任医师　周二、周四上午⟧</p></div>
<div class="hp-float">⟦a 在线预约挂号⟧ ⟦a 候诊排队查询⟧</div>
<div class="hp-ft">⟦m 院址：斫岭县杏林路9号　总机：0745-6221000⟧<br>⟦m 湘ICP备17036520号⟧</div>
</body></html>
""",
        body="""
近来，康复医学科接诊了好几位用按摩锤敲背后出现胸背剧痛的老年患者，检查发现其中两位发生了胸椎压缩性骨折。他们的共同点是：都患有骨质疏松，却每天用按摩锤用力敲打后背。⟦a 关注医院公众号，可微信预约⟧
骨质疏松患者的骨头像被虫蛀过的木头，外表看着完好，承受反复敲击的能力却大大下降。对这类人群，我们建议：
1.不要用按摩锤敲打脊柱、肋骨和髋部；
2.肩颈酸痛时，可改用热敷或在医生指导下做拉伸；
3.已经出现胸背突然疼痛、身高变矮的，应尽快就诊。
康复医学科咨询电话：0745-6221358（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="changyang-people-hospital-notice-turning-pillows",
        site="徜阳区人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cyrmyy.example.cn/tzgg/2025/0403/2291.html",
        title="关于住院病区配发翻身体位抱枕的通知",
        date="2025-04-01",
        notes="record title as is; a numbered list; the nursing department's own extension in the body next "
        "to the hospital's booking line and 24-hour line; a page date that differs (both accepted)",
        date_also=["2025-04-03"],
        page="""
!m 徜阳区人民医院
!m 首页 ＞ 院务公开 ＞ 通知公告
{T}
!m 2025-04-03　　护理部　　阅读 401
!a 分享　　打印　　字体 大｜小
{BODY}
!l 上一篇：关于调整门诊午间挂号时间的通知
!l 下一篇：2025年护士节系列活动安排
!m 预约挂号：0758-2266114　　24小时值班：0758-2266000
!m 徜阳区人民医院 版权所有
""",
        body="""
各住院病区：
为预防长期卧床患者发生压力性损伤，经院务会研究，决定为各住院病区统一配发翻身体位抱枕。现将有关事项通知如下：
1.首批配发楔形体位抱枕320个，4月10日前由后勤保障部送至各病区，重症医学科、神经内科、老年病科优先。
2.体位抱枕实行一人一用，患者出院后由病区按医疗织物要求送洗，并登记使用台账。
3.护士每2小时协助患者翻身一次，翻身后用抱枕垫于背部和两膝之间。
4.各病区于4月底前组织一次体位摆放培训。
使用中遇到问题请联系护理部，电话：0758-2266230。
徜阳区人民医院护理部
2025年4月1日
""",
    ),
    dict(
        slug="fangcheng-college-news-library-glasses-chains",
        site="彷城职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fczjy.example.edu.cn/xyxw/2025/1016/7718.htm",
        title="图书馆为读者免费提供眼镜链",
        record_title=None,
        record_date="2025-10-16",
        date="2025-10-16",
        notes="no record title: the news page's <h1>; a dotted college date in the byline and the same date "
        "in the record; a photo line and an editor line; a 'back to top' action between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>彷城职业技术学院-学院新闻</title><script src="/_js/_portletPlugs/visitcount.js"></script></head>
<body>
<div class="xy-top">⟦m 彷城职业技术学院⟧ ⟦m 崇德 尚技 笃行⟧ <a>⟦a 信息门户⟧</a> <a>⟦a 校内邮箱⟧</a></div>
<div class="xy-nav">⟦m 学院概况 ┃ 院系设置 ┃ 招生就业 ┃ 学院新闻 ┃ 图书馆⟧</div>
<div class="xy-pos">⟦m 您所在的位置：首页 ＞ 学院新闻⟧</div>
<h1>{T}</h1>
<div class="xy-by">⟦m 2025.10.16　文：图书馆 颜晚晴　点击：[326]⟧</div>
<div class="xy-body">
{BODY}
</div>
<div class="xy-edit">⟦m 摄影：汪远舟　　责任编辑：宣传部 戚照野⟧</div>
<div class="xy-side"><h4>⟦l 学院新闻·近期⟧</h4><p>⟦l 我院学子在省职业院校技能大赛获二等奖⟧</p><p>⟦l 图书馆开展“书香彷职”读书月活动⟧</p></div>
<div class="xy-ft">⟦m 地址：彷城市学府路88号　邮编：421500⟧<br>⟦m 彷城职业技术学院 版权所有⟧</div>
</body></html>
""",
        body="""
近日，学院图书馆在总服务台和三楼自习区放置了“眼镜链自取盒”，为需要的读者免费提供眼镜链。
这项服务源于一次失物招领统计。图书馆工作人员发现，今年上半年读者遗落在阅览室的眼镜就有73副，其中不少是自习时摘下放在桌上、离开时忘了带走。
⟦a ⇧ 回到页首⟧
“戴上眼镜链，摘下来的眼镜就挂在胸前，走的时候不会落下。”图书馆读者服务部主任葛清漪说，首批投放的300条硅胶眼镜链一周内就被领走了一半。
图书馆提醒，眼镜链仅供本校读者自取使用，每人限领一条。
""",
    ),
    dict(
        slug="fangcheng-college-dorm-notice-foil-grilling",
        site="彷城职业技术学院宿管中心 (invented college site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://sgzx.fczjy.example.edu.cn/tzgg/2025/1125/312.htm",
        title="关于严禁在学生公寓用锡纸烧烤等明火加热的通知",
        record_title="宿管中心丨关于严禁在学生公寓用锡纸烧烤等明火加热的通知—彷城职业技术学院",
        date="2025-11-24",
        notes="college office page; the notice's own duty phone next to the college switchboard; 扫码 "
        "spoken of as content; a 'print this notice' action glued after a 。",
        page="""
!m 彷城职业技术学院 · 学生公寓管理服务中心
!m 首页　/　通知公告
{T}
!m 作者：宿管中心　　时间：2025年11月25日　　浏览：1188
{BODY}
!l 附件下载（0）
!m 学院总机：0734-8126000　　地址：彷城市学府路88号
""",
        date_also=["2025-11-25"],
        body="""
各二级学院、全体住宿学生：
近期检查发现，个别宿舍学生用锡纸包裹食物后放在酒精炉、卡式炉上烧烤，还有学生把锡纸垫在电吹风出风口烘烤食物，存在严重的火灾隐患。现通知如下：
一、学生公寓内严禁使用酒精炉、卡式炉等明火器具，严禁用锡纸包裹食物进行任何形式的加热。⟦a 【打印本通知】⟧
二、宿管员每周对宿舍进行一次安全检查，查到的违规器具一律暂扣，并通报所在学院。
三、同学们发现安全隐患，可扫描楼道公告栏上的二维码匿名反映。
宿管中心值班电话：0734-8126519
学生公寓管理服务中心
2025年11月24日
""",
    ),
    dict(
        slug="zhuoling-forum-drycleaner-spray-smell-jammer",
        site="斫岭在线·百姓说事 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="http://bbs.zhuolingzx.example.net/thread-90314-1-1.html",
        title="楼下干洗店的除味喷雾味道太冲了，熏得开不了窗",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject); jammer-font junk; a weather line, medals, "
        "a forward-to-department link and an ad QQ; posted 前天 (no date)",
        page="""
<html><head><meta charset="gbk"><title>斫岭在线 - 百姓说事 - 手机版</title>
<style>.jammer{display:none}</style><script>var tid=90314, fid=12;</script></head><body>
<div class="zx-top">⟦m 斫岭在线⟧ ⟦m 今日斫岭：多云 6～14℃ 空气良⟧ <a>⟦a 登录｜注册⟧</a></div>
<div class="zx-pt">⟦m 斫岭在线 › 百姓说事 › 环境噪音⟧</div>
<div class="zx-user">⟦m 住在杏林路的阿梅⟧ ⟦m 勋章：热心市民 · 老街坊⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 前天 07:52 ┃ 查看 1406 ┃ 回复 33⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zx-gov">⟦l 本帖已转交县市场监管局处理，点此查看官方回复⟧</div>
<div class="zx-ad">⟦w 本地家政保洁，接单QQ 3308172946⟧</div>
<div id="ft">⟦m 斫岭在线 ( 湘ICP备14028851号 )⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我家住杏林路二巷，楼下上个月新开了一家干洗店。每天早上开门后，店员就往挂着的衣服上一遍遍喷除味喷雾，一股很冲的香精味顺着窗户往上飘。
我家孩子有过敏性鼻炎，这个月已经犯了两次。我下楼跟老板说过一次，老板说喷雾是正规厂家的，没有毒。
我不是要砸人家饭碗，只是希望店里能把喷雾放到里间用，或者换成没有香味的。楼上楼下还有好几户老人，大家都在说这个事。
有没有懂行的朋友说说，这种情况该找哪个部门？
""",
    ),
    dict(
        slug="zhuoling-forum-hammer-stall-overcharging-junk",
        site="斫岭在线·百姓说事 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.zhuolingzx.example.net/thread-90877-1-1.html",
        title="公园晨练区的按摩锤体验摊收费乱，希望管管",
        record_title="[街坊来信] 公园晨练区的按摩锤体验摊收费乱，希望管管 - 百姓说事 - 斫岭在线",
        date=None,
        notes="county forum text page with junk lines and glued junk; the community police's phone quoted in "
        "the post next to a forum's decoration ad; posted 4 天前 (no date)",
        page="""
!m 斫岭在线　　今日斫岭：小雨 9～13℃
!m 斫岭在线 › 百姓说事
!t [街坊来信] 公园晨练区的按摩锤体验摊收费乱，希望管管
!m 楼主 晨跑的老韩　　发表于 4 天前　　只看该作者
{BODY}
!l 回复 #2 杏林阿姨：我也被拉过，说是免费，敲完就要钱
!l 回复 #3 斫岭在线管理员：已转交城管部门，请耐心等待答复
!w 装修找老黄，全包半包都接，电话 13974502618
!a 回帖需先登录，游客仅可浏览
""",
        junk=dict(lines=1, glued=3),
        body="""
滨河公园晨练区最近多了三四个按摩锤体验摊。摊主拉着晨练的老人说“免费体验”，敲完了再推销一把一百多块的电动按摩锤。
上周我母亲被拉去体验，敲了十来分钟，摊主非要收二十块“体验费”。我母亲不肯，摊主就一直跟着她走到公园门口。
我后来问了一圈，好几个老人都遇到过这种事。有的不好意思，就掏钱了事。
公园是大家锻炼的地方，希望有关部门管一管。社区民警的电话是0745-6230110，我已经打过了，也请大家遇到了及时反映。
""",
    ),
]
