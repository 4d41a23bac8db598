"""holdout274, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-baixiao-back-scratched-skin-broken",
        site="百晓问答 (invented, Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baixiaowenda.example.cn/q/30918274.html",
        title="老人用痒痒挠把后背挠破了，该怎么处理？",
        record_title=None,
        date=None,
        notes="Q&A page without a record title: the question is the title; adopted-answer badge, vote row and more "
        "answers; 回答于 3 天前 is no date; a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>老人用痒痒挠把后背挠破了，该怎么处理？_百晓问答</title>
<script src="/static/qa/main.3f9a.js"></script>
</head><body>
<div class="header"><a class="logo">⟦m 百晓问答⟧</a><input placeholder="有问题，上百晓"><a>⟦a 我要提问⟧</a><a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 百晓问答 › 健康 › 老年护理⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦l 问题补充：我爸八十多了，天天拿痒痒挠挠背，今天发现背上好几道血印子。⟧</p>
<p class="q-meta">⟦m 提问者：蕃岭的小满　｜　浏览 1532 次⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="a-user">⟦m 社区护士老宋　｜　护理领域创作者　｜　回答于 3 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-vote">⟦a 👍 有用 318⟧　⟦a 👎 没用 4⟧　⟦a 💬 评论 12⟧</div>
</div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 阿强：可以换个软一点的硅胶痒痒挠。⟧</p>
<p>⟦l 匿名用户：挠破了就别再挠了，抹点药膏。⟧</p></div>
<div class="side"><h4>⟦l 相关问题⟧</h4><p>⟦l 老年人冬天皮肤痒是什么原因？⟧</p><p>⟦l 皮肤瘙痒症吃什么药好？⟧</p></div>
<div class="footer">⟦d 回答内容仅供参考，不能代替医生面诊。⟧　⟦m ©2025 百晓问答⟧</div>
</body></html>
""",
        body="""
老人皮肤薄、愈合慢，挠破后要及时处理，别大意。建议这样做：
1.先用生理盐水或凉开水轻轻冲洗伤口，再用碘伏消毒，不要用酒精，刺激太大；
2.破皮面积小的，不用包扎，保持干燥即可；渗液多或者范围大的，用无菌纱布覆盖；
3.这几天先把痒痒挠收起来，痒得厉害时用手掌轻拍或冷毛巾敷一敷。
老人冬天后背痒，多半是皮肤干燥引起的。洗澡水别太烫，每周洗两三次就够了，洗完趁皮肤还潮湿时抹上润肤乳。
如果伤口发红、肿痛、流脓，或者老人全身痒得睡不着觉，要尽快带去医院皮肤科看看，排除湿疹、糖尿病等原因。
""",
    ),
    dict(
        slug="qa-wengeming-coat-rack-tips-over",
        site="问个明白 (invented, Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wengemingbai.example.cn/question/882017",
        title="落地衣帽架一挂衣服就倒，有什么办法？",
        record_title="落地衣帽架一挂衣服就倒，有什么办法？ - 问个明白",
        date=None,
        notes="Q&A text: site suffix in the record title; answer with numbered tips; 回答于 昨天 is no date",
        page="""
!m 问个明白 - 有问题，来问个明白
!m 首页 › 家居生活 › 收纳整理
!t 落地衣帽架一挂衣服就倒，有什么办法？ - 问个明白
!m 3个回答　｜　被浏览 6,412 次
!l 问题描述：宜家风格的三脚衣帽架，冬天外套一多就往一边歪，半夜还倒过一次。
!m 家居博主·阿棠　　回答于 昨天 22:14　　获赞 209
{BODY}
!a ▲ 赞同 209　　▼　　💬 添加评论　　⤴ 分享　　☆ 收藏
!l 展开其余 2 个回答
!m 问个明白 © 2025　浙ICP备2023048812号
""",
        body="""
衣帽架倒，说到底是重心偏了。挂的衣服太重，或者都挂在同一侧，底座就压不住。给你几个办法：
1.均匀挂衣服。厚外套挂在相对的两侧，轻的围巾、帽子挂在上面一层。
2.给底座加重。可以买专门的底座配重块，也可以在三脚底座上压一块瓷砖或石板。
3.靠墙或进墙角摆放。衣帽架放在墙角，两面有依靠，就算偏一点也倒不了。
4.换一个底座大的。选圆盘底座、直径40厘米以上的，比三脚的稳得多。
家里有老人和小孩的，建议用一根防倒绳把衣帽架上端和墙面连起来，比什么都保险。
""",
    ),
    dict(
        slug="collection-zhuoxi-memoir-riding-bamboo-horses",
        site="茁溪忆旧 · 鲍守拙文集 (invented, old personal site)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.baoshouzhuo.example.cn/yijiu/juan1/07.htm",
        title="骑竹马的年月",
        record_title="《茁溪忆旧》卷一·骑竹马的年月",
        date=None,
        notes="old gb2312 table collection: 繁體/简体 links, chapter links, a visitor counter and the author's mailbox; "
        "a memoir dated only by a 写于 line with a year; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《茁溪忆旧》卷一·骑竹马的年月</title>
<style>body{font-size:14px;background:#f6f1e4}</style>
</head><body>
<table width="760" align="center" border="0">
<tr><td align="center">⟦m 茁溪忆旧 · 鲍守拙文集⟧</td></tr>
<tr><td align="right"><a href="#">⟦a 繁體⟧</a> ｜ <a href="#">⟦a 简体⟧</a> ｜ <a href="../index.htm">⟦m 文集目录⟧</a></td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">写于二〇二三年冬，茁溪老屋</td></tr>
<tr><td align="center"><a href="06.htm">⟦l 〈 前一篇：打陀螺的冬天⟧</a>　<a href="08.htm">⟦l 后一篇：河滩上的放牛娃 〉⟧</a></td></tr>
<tr><td align="center">⟦m 您是本文集的第 004127 位读者⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：baoshouzhuo@zhuoxi-mail.example.cn⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我们茁溪村的孩子，没有谁小时候没骑过竹马。
那时的竹马简单得很：砍一根拇指粗的水竹，一头削尖了插在地上当马尾，另一头用稻草扎个马头，再拴一根麻绳当缰绳。往胯下一夹，嘴里“驾、驾”地喊着，就算是骑上了马。
正月里，村里的大人要扎正经的竹马灯。竹篾扎出马头马身，糊上红绿彩纸，肚子底下留个空，人钻进去，把竹马系在腰上，远远看去就像真骑着马一样。我十岁那年第一次跟着竹马队出村，从村头跑到村尾，走了整整一晚上，第二天腿疼得下不了床，心里却美得很。
如今村里的孩子都玩手机了，竹马只在每年元宵节才见得着。前些日子，孙子问我竹马是什么，我找出一根竹子，给他扎了一匹。
""",
    ),
    dict(
        slug="collection-yingshan-oneline-fathers-stone-lock",
        site="萦山杂记 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://yingshanzaji.example.cn/pian/07.html",
        title="父亲的石锁",
        record_title="父亲的石锁 ·《萦山杂记》之七",
        date=None,
        notes="memoir on one line (paragraphs separated only by their indent); a year only inside the text is no "
        "date; collection chrome around it",
        page="""
!m 萦山杂记　｜　覃老汉的一亩三分地
!m 目录 · 上一篇 · 下一篇
!t 父亲的石锁 ·《萦山杂记》之七
!m 本篇字数：约400　　已被翻阅：1027 次
{BODY}
!l ← 之六：挑水的扁担　　　之八：灶膛边的火钳 →
!m 覃老汉 著　转载请先来信
""",
        indent="　　",
        oneline=True,
        body="""
父亲年轻时是生产队有名的大力士，家里那把石锁就是他的宝贝。
那是一把青石凿成的石锁，锁身像一把老式挂锁，锁把被他的手磨得发亮，足有二十来斤。每天天不亮，父亲就在院子里练上一阵，提、抛、接，石锁在他手里上下翻飞，落下时稳稳地接住，从不落地。
1978年秋天，公社开运动会，父亲单手抛接石锁四十二次，拿了第一名，奖品是一个印着红字的搪瓷缸。那个搪瓷缸，母亲一直用到去世。
父亲老了以后，石锁就放在堂屋的墙角，再没人动过。去年父亲走后，我把石锁搬回了城里，每次看到它，就好像又看到那个站在院子里的壮实汉子。
""",
    ),
    dict(
        slug="party-yanhu-summary-village-stone-lock-team",
        site="滟湖党建网 (invented, Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.yanhudangjian.example.cn/jcdj/2024/1226/6071.html",
        title="蕃岭村党支部“红色石锁队”带动全民健身工作总结",
        record_title="【红色健身】蕃岭村党支部“红色石锁队”带动全民健身工作总结-滟湖党建网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; a photo caption on its own line "
        "between paragraphs; 成文日期 under the signature vs the portal's date; a numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【红色健身】蕃岭村党支部“红色石锁队”带动全民健身工作总结-滟湖党建网</title>
<script src="/js/dj-common.js"></script>
</head><body>
<div class="dj-head">⟦m 滟湖党建网⟧<span>⟦m 中共滟湖市委组织部主办⟧</span></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 组工动态⟧</li></ul>
<div class="dj-pos">⟦m 位置：首页 - 基层党建 - 经验交流⟧</div>
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2024-12-26　来源：浣滨区委组织部　作者：蕃岭村党支部⟧</div>
<div class="dj-points">⟦a 已登录党员阅读满3分钟可得学习积分1分⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，在手机上继续阅读⟧</div>
<div class="dj-nearby"><p>⟦l 上一篇：邸坪镇“党员中心户”工作法见闻⟧</p><p>⟦l 下一篇：浣滨区开展农村党员冬训集中轮训⟧</p></div>
<div class="dj-foot">⟦m 滟湖党建网　湘ICP备14008026号　技术支持：滟湖市委组织部信息中心⟧</div>
</body></html>
""",
        body="""
今年以来，蕃岭村党支部依托村里的石锁传统，组建了由党员带头的“红色石锁队”，把全民健身和党建工作结合起来。现将有关情况总结如下。
一是党员带头。支部12名党员全部加入石锁队，每周二、周五晚上在村文化广场带练，全年带练90余次。
二是以老带新。邀请村里3位老石锁手担任教练，先后带出新队员47人，其中青年和妇女26人。
⟦l 图为蕃岭村“红色石锁队”在文化广场晚练⟧
三是以练促治。利用晚练前后的时间开展政策宣讲、收集群众意见，全年收集意见建议38条，已办结35条。
下一步，支部将争取上级支持，为石锁场地铺设塑胶垫、安装照明，并组织石锁队参加全县比赛。
中共蕃岭村支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-jiaxi-insight-bamboo-horse-volunteering",
        site="浃溪先锋网 (invented, Party-building site)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jiaxixianfeng.example.cn/dyjy/xdth/2025/1183.html",
        title="参加竹马非遗传承志愿服务的几点体会",
        record_title="〔初心随笔〕参加竹马非遗传承志愿服务的几点体会 - 浃溪先锋网",
        date=None,
        notes="a Party member's 心得 with no date; a study-points prompt between paragraphs; chrome before and "
        "after the body",
        page="""
!m 浃溪先锋网 — 浃溪县党员干部学习交流平台
!m 您在这里：首页 / 党员教育 / 心得体会
!t 〔初心随笔〕参加竹马非遗传承志愿服务的几点体会
!m 供稿：茏口镇党委　　浏览次数：213
{BODY}
!a 〔点赞〕　〔转发到学习群〕　〔打印〕
!l 热点推荐：“我为群众办实事”优秀案例展播
!m 主办：中共浃溪县委组织部
""",
        body="""
今年春节前，我报名参加了镇里组织的竹马非遗传承志愿服务，跟着老艺人学扎竹马，又随竹马队到各村演出。一个多月下来，有几点体会。
第一，传承要靠年轻人。茏口竹马队的老艺人大多七十岁以上，扎竹马的手艺全在他们手上。作为年轻党员，我们有责任把这门手艺学到手、传下去。
⟦a 本文阅读满2分钟可记学习时长⟧
第二，服务要贴近群众。演出间隙，我们给村里的老人量血压、讲防诈骗知识，群众说这样的文化活动“既好看又实用”。
第三，作风要在小事上体现。扎一匹竹马要破几十根篾，来不得半点马虎。做群众工作也一样，细节做好了，群众才会认可。
""",
    ),
    dict(
        slug="hospital-liechuan-derm-article-back-scratcher",
        site="洌川县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.lcxrmyy.example.cn/jkkp/2025/0115/1204.html",
        title="老人皮肤瘙痒，别总拿痒痒挠使劲挠",
        record_title="【皮肤科小课堂】老人皮肤瘙痒，别总拿痒痒挠使劲挠-洌川县人民医院",
        date="2025-01-15",
        notes="hospital article: the department's own 咨询电话 next to the hospital's booking and 24-hour lines; "
        "a booking float; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【皮肤科小课堂】老人皮肤瘙痒，别总拿痒痒挠使劲挠-洌川县人民医院</title>
<script src="/static/js/yy.js"></script>
</head><body>
<div class="top">⟦m 洌川县人民医院　二级甲等综合医院⟧　⟦m 24小时急救电话：0746-3120120⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 » 健康科普 » 皮肤科⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-01-15　作者：皮肤科 杭雪梅　阅读：884⟧</div>
<div class="article">
{BODY}
</div>
<div class="float-yy">⟦a 在线预约挂号⟧<br>⟦m 预约电话：0746-3128000⟧</div>
<div class="tj"><h4>⟦l 推荐阅读⟧</h4><p>⟦l 冬季湿疹高发，这些误区要避开⟧</p><p>⟦l 糖尿病患者的皮肤护理⟧</p></div>
<div class="foot">⟦m 洌川县人民医院　地址：洌川县人民路108号⟧　⟦d 本站科普内容仅供参考，具体诊疗请遵医嘱。⟧</div>
</body></html>
""",
        body="""
入冬以来，皮肤科门诊来了不少后背瘙痒的老年患者，有的背上满是抓痕，问起来都说是痒痒挠挠的。
老年人皮脂分泌少，冬天皮肤干燥，容易出现“老年性皮肤瘙痒症”。越痒越挠，越挠皮肤屏障破坏得越厉害，反而更痒，甚至继发感染。
皮肤科杭雪梅医生提醒：
一、少用痒痒挠。痒的时候可以轻拍或冷敷，实在要用，选齿端圆钝的，力度要轻。
二、洗澡别太勤、水别太烫。水温控制在37℃左右，少用碱性肥皂。
三、坚持涂润肤剂。洗澡后3分钟内涂抹，每天至少两次。
如果瘙痒持续两周以上不缓解，建议到皮肤科就诊。皮肤科咨询电话：0746-3128263（周一至周五）。
""",
    ),
    dict(
        slug="hospital-yanhu-third-notice-ward-coat-racks",
        site="滟湖市第三人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yhsy3.example.cn/yngl/tzgg/2025/0806/887.html",
        title="关于规范病区衣帽架使用管理的通知",
        record_title="〔病区院感〕关于规范病区衣帽架使用管理的通知｜滟湖市第三人民医院",
        date="2025-08-04",
        date_also=["2025-08-06"],
        notes="hospital notice: the infection-control office's own extension beside the hospital's service and 24-hour "
        "lines; 成文日期 under the signature vs the site's date; 抄送 line",
        page="""
!m 滟湖市第三人民医院　　｜　　预约挂号　　｜　　English
!m 首页 ＞ 院务公开 ＞ 通知公告
!t 〔病区院感〕关于规范病区衣帽架使用管理的通知｜滟湖市第三人民医院
!m 发布：院感管理科　　2025-08-06 09:31　　浏览：307
{BODY}
!a ▣ 打印　　▣ 关闭
!m 医院总机：0731-5562000　　24小时服务热线：0731-5562120
!m 滟湖市第三人民医院版权所有
""",
        body="""
各病区、各科室：
近期院感督查发现，部分病区医护人员将工作服、个人外衣和患者陪护人员衣物混挂在同一衣帽架上，存在交叉感染风险。为规范管理，现通知如下。
一、各病区医生办公室、护士站设工作服专用衣帽架，只挂白大衣、护士服，不得挂个人外衣、背包。
二、更衣室设个人衣物衣帽架，与工作服衣帽架分开放置，间距不少于1米。
三、病房内衣帽架仅供患者及陪护人员使用，每位患者出院后用含氯消毒液擦拭一次。
四、院感管理科每月抽查，检查结果纳入科室质量考核。
联系人：院感管理科尹佩，内线电话：8217。
滟湖市第三人民医院院感管理科
2025年8月4日
抄送：医务科，护理部，后勤保障科。
""",
    ),
    dict(
        slug="university-yanhu-vocational-sheath-workshop-news",
        site="滟湖职业技术学院 (invented, college news page)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yhzy.example.edu.cn/xwzx/xydt/2025/0521/3390.html",
        title="我院民族刀鞘制作技艺非遗工作坊开班",
        record_title=None,
        date="2025-05-21",
        notes="college news without a record title: the <h1> carries it; the dotted college date is the page's date; "
        "photo caption between paragraphs; an editor line after the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>滟湖职业技术学院-新闻中心</title>
<script src="/_js/jquery.js"></script>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script>
</head><body>
<div class="header">⟦m 滟湖职业技术学院⟧　<span>⟦m 厚德　精技　笃行⟧</span></div>
<ul class="menu"><li>⟦m 学院概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 招生就业⟧</li><li>⟦m 新闻中心⟧</li></ul>
<div class="crumb">⟦m 新闻中心 ＞ 学院动态⟧</div>
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2025.05.21⟧　⟦m 供稿：艺术设计学院⟧　⟦m 浏览：<span>512</span>⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<p class="arti_editor">⟦m 文：俞清　图：邝帆　审核：单立群⟧</p>
<div class="foot">⟦m 地址：滟湖市浣滨区学府大道9号　邮编：414100⟧　⟦m 版权所有©滟湖职业技术学院⟧</div>
</body></html>
""",
        body="""
5月20日，我院民族刀鞘制作技艺非遗工作坊在艺术设计学院实训楼开班，来自皮具设计、工艺美术两个专业的32名学生参加首期学习。
工作坊邀请省级非遗传承人龙再新担任主讲。开班第一课，龙再新从木胎刀鞘的选料讲起，示范了刀鞘木胎挖槽、包铜、錾花等工序。
⟦l 龙再新（左二）为学生示范刀鞘錾花工序⟧
据介绍，工作坊为期8周，学生将完成一件木胎包铜刀鞘和一件皮质刀鞘作品，优秀作品将在今年秋季的校园非遗展上展出。
艺术设计学院院长单立群表示，学院将以工作坊为基础，把刀鞘制作等传统技艺引入专业课程，培养既懂设计又会手艺的技能人才。
""",
    ),
    dict(
        slug="university-yanhu-normal-notice-dorm-coat-racks",
        site="滟湖师范学院后勤处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.yhsfxy.example.edu.cn/tzgg/2025/0826/512.htm",
        title="关于学生公寓更换衣帽架的通知",
        record_title="关于学生公寓更换衣帽架的通知 - 后勤动态 - 滟湖师范学院",
        date="2025-08-25",
        date_also=["2025-08-26"],
        notes="university office notice: a schedule table one row a paragraph; the office's own phone beside the "
        "college switchboard; 成文日期 under the signature vs the page's date",
        page="""
!m 滟湖师范学院后勤处　｜　学校首页　｜　English
!m 当前位置：后勤处首页 >> 后勤动态
!t 关于学生公寓更换衣帽架的通知 - 后勤动态 - 滟湖师范学院
!m 日期：2025-08-26　　作者：公寓管理中心　　点击：1311
{BODY}
!l 附：往期通知 ┊ 关于暑期学生公寓维修的通知
!m 学校总机：0731-5590000　　后勤处地址：学府路2号行政楼三楼
!m Copyright © 滟湖师范学院后勤处
""",
        body="""
各学院、全体住宿学生：
为改善住宿条件，后勤处将于开学前后为学生公寓更换新式壁挂衣帽架，原落地衣帽架统一回收。具体安排如下：
楼栋　更换时间　负责班组
1—3栋　8月28日—8月30日　维修一班
4—6栋　9月1日—9月3日　维修二班
7—9栋　9月4日—9月6日　维修三班
更换期间，请同学们提前取下挂在衣帽架上的衣物，并保持宿舍有人或将钥匙交宿管员。新衣帽架安装在门后墙面，请勿悬挂超过10千克的物品。
如有疑问，请联系公寓管理中心，电话：0731-5590273。
滟湖师范学院后勤处
2025年8月25日
""",
    ),
]
