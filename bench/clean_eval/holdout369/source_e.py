"""holdout369, part E: company sites, training schools, writing apps, exam forums, encyclopaedias. Invented text."""

CASES = [
    dict(
        slug="company-liangxia-news-lightbar-launch-record-date",
        site="俨城亮匣照明科技有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.liangxia-light.example.com/news/2025/0326.html",
        title="亮匣推出第三代非对称光显示器挂灯",
        record_title="上新了 ◆ 亮匣推出第三代非对称光显示器挂灯 - 亮匣照明",
        record_date="2025-03-26",
        date="2025-03-26",
        notes="company page: cookie notice, service float, 400 order line; the company's short name in the header also stands in the body (matched as head); date in the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>上新了 ◆ 亮匣推出第三代非对称光显示器挂灯 - 亮匣照明</title>
<script src="/static/lx-site.js" defer></script>
</head>
<body>
<div class="lx-cookie">⟦d 我们使用 Cookie 记住您的浏览偏好，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<header class="lx-h"><a class="logo">⟦m 亮匣照明⟧</a>
<nav>⟦m 产品中心　解决方案　新闻动态　服务支持　关于亮匣⟧</nav>
<a class="buy">⟦a 去官方商城⟧</a></header>
<div class="lx-crumb">⟦m 首页 / 新闻动态 / 企业新闻⟧</div>
<article class="lx-news">
<h1>{T}</h1>
<p class="lx-date">⟦m 2025-03-26　｜　品牌中心⟧</p>
<div class="lx-text">
{BODY}
</div>
<div class="lx-pn">⟦l 上一条：亮匣照明通过ISO 9001质量管理体系复审⟧<br>⟦l 下一条：亮匣照明2024年度经销商大会举行⟧</div>
</article>
<div class="lx-float">⟦w 在线客服 · 选灯顾问⟧</div>
<footer class="lx-f">⟦m 订购热线：400-806-7215⟧　⟦m 俨城亮匣照明科技有限公司　浙ICP备21009448号-1⟧</footer>
</body>
</html>
""",
        body="""
3月25日，俨城亮匣照明科技有限公司在俨城举行新品发布会，正式推出第三代非对称光显示器挂灯“匣光3”。
与上一代产品相比，“匣光3”把光学透镜的截光角从18度收窄到12度，光线只落在桌面前方约60厘米的范围内，屏幕和使用者的眼睛都不会被直射。灯体长度增加到52厘米，可以覆盖34英寸以下的带鱼屏。
新品还改进了夹具。配重块改为可拆卸式，底部加了硅胶防滑垫，适用于厚度0.5至3厘米的屏幕边框，曲面屏用户可加装弧形卡扣。
公司总经理梅岩表示，亮匣照明将继续专注桌面照明细分市场，今年计划在俨城开设两家线下体验店。
“匣光3”已在公司官方商城和各大电商平台上架，首批备货两万台。
""",
    ),
    dict(
        slug="company-nuanlin-recall-heating-tables-batches",
        site="暖邻家居 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.nuanlinjiaju.example.cn/notice/recall-nl80.html",
        title="关于召回部分批次NL-80型电暖桌的公告",
        record_title="【召回致歉】关于召回部分批次NL-80型电暖桌的公告 · 暖邻家居官网",
        date="2025-12-15",
        notes="company text page: the repeated title glued before the salutation; recalled batches one row a paragraph, a sentence about scanning the nameplate's code as content, the recall line beside a 400 order line; 成文日期 under the signature",
        page="""
!m 暖邻家居 · 让冬天更近一点
!m 首页　|　产品　|　服务与支持　|　公告
{T}
!m 发布：暖邻家居客户服务中心　　2025-12-15
{BODY}
!m 全国订购热线：400-880-1357（订购与咨询，召回事宜请拨召回专线）
!l 其他公告：暖邻家居2026年春节发货安排　｜　电暖桌使用常见问题解答
!d © 2025 暖邻家居有限公司　保留所有权利
""",
        indent="\u3000\u3000",
        body="""
⟦t 关于召回部分批次NL-80型电暖桌的公告⟧尊敬的用户：
暖邻家居有限公司近期在售后巡检中发现，2025年9月至10月生产的部分批次NL-80型电暖桌，温控器在长时间高档运行时可能失灵，导致桌面下温度过高，存在烫伤和引燃桌布的风险。为保障用户安全，我公司决定主动召回以下批次产品：
产品型号　生产批次　数量（台）
NL-80　20250912　1260
NL-80　20250926　980
NL-80　20251010　1415
用户可查看桌体底部铭牌上的生产批次，或扫描铭牌旁的二维码查询是否在召回范围内。属于召回范围的，请立即停止使用并拔下电源，我公司将免费上门更换温控器，并赠送一张阻燃桌布。
召回专线：0575-86166210（每天8:00—20:00）
由此给您带来的不便，我们深表歉意。
暖邻家居有限公司
2025年12月15日
""",
    ),
    dict(
        slug="training-qiaoshou-brochure-glow-sticker-class",
        site="巧手坊手作学堂 (invented training school site)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshoufang.example.com/course/glow-night.html",
        title="周末亲子夜光贴画课招生简章",
        record_title="【冬季亲子班】周末亲子夜光贴画课招生简章（每期限12组家庭）｜巧手坊手作学堂",
        date=None,
        notes="training-school page: promo banner, franchise line, consult float beside the course's own 报名电话; course timetable one row a paragraph; numbered list; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【冬季亲子班】周末亲子夜光贴画课招生简章（每期限12组家庭）｜巧手坊手作学堂</title>
</head>
<body>
<div class="qs-promo">⟦a 老学员带新学员，两组同报各减30元⟧</div>
<header>⟦m 巧手坊手作学堂⟧ ⟦m 让孩子的手指会思考⟧
<nav>⟦m 课程 ｜ 师资 ｜ 作品墙 ｜ 门店 ｜ 加盟⟧</nav></header>
<main>
<h1>{T}</h1>
<p class="qs-tag">⟦l 适合年龄：4—9岁　｜　课时：90分钟　｜　已报 9/12⟧</p>
<section class="qs-body">
{BODY}
</section>
<p class="qs-btn"><a>⟦a 立即预约试听⟧</a> <a>⟦a 把课程发给孩子爸爸⟧</a></p>
</main>
<div class="qs-float">⟦w 课程顾问在线：点我聊聊⟧</div>
<footer>⟦m 品牌加盟热线：400-117-6083⟧<br>⟦m 巧手坊（俨城）教育咨询有限公司⟧</footer>
</body>
</html>
""",
        body="""
课程简介：用夜光贴纸和彩色卡纸，和孩子一起做一幅“关了灯才看得见”的星空贴画。课程适合4至9岁儿童，须一名家长陪同。
上课时间　上课地点　费用
每周六上午9:30—11:00　巧手坊勰湖店三楼手作室　每组家庭168元
每周日下午2:30—4:00　巧手坊挹川店二楼　每组家庭158元
课程内容：
1. 认识夜光材料：为什么有的东西关灯后会发光。
2. 设计图案：选一个主题，画出草图。
3. 动手拼贴：剪贴夜光贴纸，装进相框。
4. 关灯验收：拉上窗帘，一起看看自己的作品。
所用夜光贴纸均为无毒环保材料，附检测报告，家长可放心。
报名电话：0575-86133920（小鹿老师）
""",
    ),
    dict(
        slug="training-yancheng-electrician-diary-adapters",
        site="俨城电工培训学校 (invented training school site)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.ycdgpx.example.cn/xueyuan/shouji/0412.html",
        title="低压电工班第三周：拆了十二个插头转换器",
        record_title="【课堂随笔·电工班】低压电工班第三周：拆了十二个插头转换器 - 俨城电工培训学校",
        date=None,
        notes="training-school text page: enrolment hotline, a trial-lesson line between paragraphs, a course ad glued after the last sentence; a trainee's diary with no date",
        page="""
!m 俨城电工培训学校
!m 特种作业操作证 · 电工技能等级培训
!m 首页 > 学员风采 > 课堂随笔
{T}
!m 作者：低压电工62期学员 阿涛　　浏览 388
{BODY}
!a 低压电工63期正在报名，名额有限，先到先得
!m 报名咨询：0575-86128826（校区教务处）
!l 更多学员随笔：第一次爬杆　｜　考证前一晚
!m 俨城电工培训学校　地址：俨城市勰湖区工匠路3号
""",
        indent="\u3000\u3000",
        body="""
这周的实操课，老师给每个小组发了一箱收缴来的插头转换器，让我们拆开看看里面是什么样子。
一共拆了十二个。最便宜的那几个，外壳一掰就开，里面的铜片薄得像易拉罐皮，插套弹片几乎没有弹力；有两个的火线和零线之间只隔着一层薄塑料，连阻燃材料都不是。老师说，这种东西插上大功率电器，半小时就能烫手。
⟦a 想亲手拆一拆？周六实训室开放体验课，免费⟧
好的转换器就不一样了。外壳要用螺丝拧开，铜件厚实，插套有保护门，还有一根保险丝。老师让我们用万用表测了绝缘电阻，好坏一比就清楚了。
以前我在家也随手买过几块钱的转换器，插着电热水壶烧水，现在想起来有点后怕。回家第一件事，就是把抽屉里那两个扔了。
老师最后说，电工的本事不光是会接线，还要会看出隐患。这句话我记在了笔记本的第一页。⟦a 〔电工实操课程介绍〕⟧
""",
    ),
    dict(
        slug="app-shenghua-host-script-glow-night-kindergarten",
        site="生花范文APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.shenghuafw.example.com/share/art/90217?from=wx",
        title="“点亮小星空”亲子夜光贴画活动主持词",
        record_title="“点亮小星空”亲子夜光贴画活动主持词（幼儿园通用·开口即用）· 生花范文",
        date=None,
        notes="writing app H5 share: open-app mask, fold, AI-rewrite and AI-polish buttons; a host script with stage directions; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>“点亮小星空”亲子夜光贴画活动主持词（幼儿园通用·开口即用）· 生花范文</title>
<script>window.SH_SHARE={id:90217};</script>
</head>
<body>
<div class="sh-mask">⟦a 在生花范文APP内打开，阅读体验更佳⟧ <a>⟦a 立即打开⟧</a></div>
<div class="sh-head">⟦m 生花范文⟧ ⟦m 妙笔一点，稿子就来⟧</div>
<div class="sh-art">
<h1>{T}</h1>
<p class="sh-info">⟦m 分类：主持词 · 幼儿园　　｜　　1.3万人用过⟧</p>
<div class="sh-ai">⟦a ✦ AI改写成元旦版⟧ ⟦a ✦ AI帮我润色⟧</div>
<div class="sh-body">
{BODY}
</div>
<div class="sh-fold">⟦a 余下内容已折叠，打开APP查看全文⟧</div>
</div>
<div class="sh-rec"><h3>⟦l 你可能还需要⟧</h3><p>⟦l 幼儿园元旦亲子游园会主持稿⟧</p><p>⟦l 大班毕业典礼主持串词⟧</p></div>
<div class="sh-foot">⟦d 范文来自生花写作社区，版权归原作者⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位家长，亲爱的小朋友们：
大家晚上好！欢迎来到僖园幼儿园“点亮小星空”亲子夜光贴画活动现场。我是今天的主持人，大二班的周老师。
今天晚上，我们要和爸爸妈妈一起，用夜光贴画出属于自己的星空。等一会儿灯关上的时候，大家的作品就会一闪一闪地亮起来。
下面，请园长妈妈为我们讲几句话，大家欢迎！
（园长讲话）
谢谢园长妈妈！现在，请各位家长和小朋友回到自己的桌子前。桌上有夜光贴、画纸和胶棒，老师会一步一步地教大家。贴的时候请小朋友注意，小贴纸不能放进嘴巴里哦。
（亲子制作，约30分钟）
小朋友们都贴好了吗？现在，我们一起倒数三、二、一——关灯！
哇，好多星星亮起来了！请每个家庭举起自己的作品，和大家一起分享吧。
今天的活动到这里就结束了。感谢各位家长的陪伴，祝小朋友们今晚做一个亮晶晶的好梦！晚安！
""",
    ),
    dict(
        slug="app-xiezuoxing-report-it-teacher-keyboards-record-title",
        site="写作星 (invented writing app share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.xiezuoxing.example.cn/p/5571203",
        title="2025年度学校信息技术教师个人述职报告",
        date="2026-01-09",
        notes="record title as is; writing-app share text: an open-in-app line, a VIP fold line between paragraphs, an AI-continue button; 成文日期 under the 述职人 line",
        page="""
!a 打开写作星APP，海量范文随心改
!m 写作星 · 述职报告频道
{T}
!m 作者：星友鲁老师　　收藏 426　　引用 1.1千
{BODY}
!a ✎ 用AI续写一段“明年打算”
!l 相关范文：学校网络管理员年度工作总结　｜　信息技术教研组长述职
!d 本文由写作星用户分享，平台仅作展示。
""",
        indent="\u3000\u3000",
        body="""
各位领导、各位老师：
2025年，我担任学校信息技术课教学和计算机教室管理工作。现将一年来的工作情况报告如下。
一、教学工作。承担三至六年级12个班的信息技术课，每周16节。结合新课标，我在四年级开设了“图形化编程”单元，学生作品在县中小学电脑制作活动中获二等奖2项。
二、机房管理。学校两个计算机教室共有学生机96台。我制定了机房使用登记和清洁制度，每周五组织信息小组的同学用键盘刷和酒精棉片清洁键盘、鼠标，全年键盘报修由上年的31次下降到9次。
⟦a 开通星享会员，解锁剩余2段并去除水印⟧
三、技术服务。全年为教师上门处理电脑、投影和网络故障140余次，协助完成期中期末网上阅卷的设备保障工作。
四、不足与打算。对信息技术与其他学科融合的研究还不够深入。新的一年，我将重点做好人工智能启蒙课程的试点工作。
述职人：鲁晓帆
2026年1月9日
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-glow-stickers-jammer",
        site="申论研习社 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shenlunyanxi.example.com/thread-60372-1-1.html",
        title="以“微光”照亮民生细节",
        record_title="[申论范文练笔] 以“微光”照亮民生细节（卡在55分，请懂行的看看）- 申论写作 - 申论研习社",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad, jammer fonts inside the essay; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[申论范文练笔] 以“微光”照亮民生细节（卡在55分，请懂行的看看）- 申论写作 - 申论研习社</title>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="hd">⟦m 申论研习社 · 一起把文章写明白⟧ <a>⟦a 登录研习社⟧</a></div>
<div id="pt">⟦m 研习社 ＞ 申论写作 ＞ 大作文互评⟧</div>
<div class="post">
<div class="pls">⟦m 上岸倒计时⟧ ⟦m 积分 842 ｜ 研习币 57⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 6 天前 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 回复本帖后可查看楼主的批改要点⟧</div>
<div class="rate">⟦l 评分：研习币 +6　理由：结构清楚 / 论点有层次⟧</div>
</div>
</div>
<div class="ad">⟦w 申论一对一批改，加Q群 624187350 领素材包⟧</div>
<div id="ft">⟦m 申论研习社 ( 鲁ICP备21003380号 )⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
在不少老旧小区，楼道灯坏了没人修、修了又坏，成了居民夜间出行的“老大难”。近来，一些地方给楼梯台阶贴上夜光贴，每张只要几毛钱，却让老人夜里下楼有了依靠。这一张张小小的夜光贴，折射出基层治理的大学问。
微光虽小，贵在找准痛点。群众的难处往往不在宏大叙事里，而藏在一级台阶、一盏楼灯之中。基层干部只有多走进楼道、多敲开家门，才能发现这些“看不见的需求”。
微光虽弱，贵在久久为功。夜光贴会褪色，热情也会消退。如果贴完就不管，过不了一个冬天，楼道又会重新陷入黑暗。民生实事要建立长效机制，明确谁来维护、多久检查。
微光虽散，贵在汇聚成势。一张夜光贴照亮的是一级台阶，千万张汇在一起，就能照亮整座城市的夜归路。
把群众的小事当作大事，让点点微光汇成温暖的星河，这正是基层治理应有的温度。
""",
    ),
    dict(
        slug="gkforum-interview-heating-table-fires-junk",
        site="公考面试吧 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://tieba.gkmsb.example.com/p/9910327741",
        title="冬季农村电暖桌火灾频发，如果让你负责宣传，你会怎么做？",
        record_title="【面试复盘·村镇安全】冬季农村电暖桌火灾频发，如果让你负责宣传，你会怎么做？（含我的三段式作答）",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; floor replies and a study-group ad; no date",
        page="""
!m 公考面试吧
!m 关注 4.8万　　帖子 31.2万
!t 【面试复盘·村镇安全】冬季农村电暖桌火灾频发，如果让你负责宣传，你会怎么做？（含我的三段式作答）
!m 楼主：今年必上岸　　1楼　　5 天前
{BODY}
!l 2楼 结构化小白：顺口溜那个点很加分
!l 3楼 老考官退休了：最后一段升华可以再短一点
!w 面试模考小组招人，每晚8点腾讯会议，加V：msmk_2026
!a 下载面试吧客户端，随时刷题
""",
        junk=dict(lines=2, glued=3),
        body="""
这道题我是这样答的，欢迎大家拍砖。
首先，我会摸清情况。到应急、消防部门了解近年火灾的起因和发生的村，找出高发的人群和时段，宣传才能有的放矢。
其次，我会用农民听得懂的方式宣传。一是编几句顺口溜，比如“桌下不烤衣，出门拔插头”，通过村广播每天早晚各播一次；二是请消防员到村里做演示，用真实的桌布和衣物做燃烧试验，让大家亲眼看到危险；三是组织网格员和村干部入户，重点给独居老人当面讲、当面查。
再次，我会借助子女的力量。很多老人的子女在外打工，可以通过村民微信群发提醒，请子女多打电话叮嘱。
最后，我会做好跟踪。宣传一个月后回访抽查，看看老人们的用法有没有改过来，再调整宣传的方式。
总之，宣传不在于发了多少传单，而在于老人们真正记住了、改掉了。
""",
    ),
    dict(
        slug="wiki-wanwu-entry-keyboard-brush-missing-title",
        site="万物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wanwu.example.com/item/jianpanshua",
        title="键盘刷",
        record_title=None,
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box, a reference marker glued after a sentence, an 'edit this section' link glued to a heading; the entry name in the <h1> is the title (record has none) and opens the body (matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>万物百科 - 人人可编辑的知识库</title>
</head>
<body>
<div class="wb-top">⟦m 万物百科⟧ <input placeholder="搜索词条"> <a>⟦a 创建词条⟧</a></div>
<div class="wb-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1 class="wb-title">{T}</h1>
<div class="wb-info">
<p>⟦m 中文名：键盘刷⟧</p>
<p>⟦m 外文名：keyboard brush⟧</p>
<p>⟦m 类　别：清洁工具⟧</p>
</div>
<div class="wb-toc">⟦l 目录　1 主要类型　2 使用方法　3 保养⟧</div>
<div class="wb-content">
{BODY}
</div>
<div class="wb-ref">⟦m 参考资料：[1] 电子车间防静电管理实务，俨城科技出版社⟧</div>
<div class="wb-stat">⟦m 本词条已被浏览 8120 次，编辑 6 次，最近更新 2 周前⟧</div>
<div class="wb-foot">⟦d 词条内容由网友协作编写，仅供参考⟧</div>
</body>
</html>
""",
        body="""
键盘刷是用于清洁电脑键盘等输入设备缝隙的小型清洁工具，通常由刷头和手柄组成，部分产品的另一端附有拔键器、软胶擦头或小铲片。
主要类型⟦a 〔改写此节〕⟧
按刷毛材料可分为尼龙毛、猪鬃毛和防静电纤维毛等。尼龙毛刷弹性好、耐用，适合日常清扫；防静电毛刷多用于电子车间、机房等对静电敏感的场所。⟦m [1]⟧
使用方法
清洁前应断开键盘电源或拔下连接线。清扫时沿键帽之间的缝隙单向刷动，避免将灰尘推向更深处；清扫后可将键盘倒置轻拍，使碎屑落出。
保养
刷毛沾染油污后可用温水和少量中性洗涤剂清洗，自然晾干，不宜暴晒或用热风吹干，以免刷毛变形。
""",
    ),
    dict(
        slug="wiki-zhidian-entry-plug-adapter",
        site="知电 · 电工百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://baike.zhidian.example.cn/wiki/chatouzhuanhuanqi",
        title="插头转换器",
        record_title="插头转换器（电工附件）_电工百科·知电",
        date=None,
        notes="encyclopaedia as text: tabs, infobox lines, contents line, contributors and a relative edit stamp (no date); the entry name repeated as the title line opens the body (matched as head)",
        page="""
!m 知电 · 电工百科
!a 词条　｜　编辑　｜　讨论　｜　历史
{T}
!m 中文名：插头转换器　　别称：转换插头、旅行插座　　类别：电工附件
!l 目录：结构 ｜ 分类 ｜ 注意事项
{BODY}
!m 词条贡献者 3 人　　最近编辑：昨天 16:42
!l 相关词条：插线板 ｜ 漏电保护器 ｜ 3C认证
!d 电工百科内容仅供学习参考，电气作业请由持证电工进行。
""",
        body="""
插头转换器，又称转换插头、旅行插座，是将一种制式的插头转换为另一种制式、使电器能插入不同标准插座的电工附件。
结构
插头转换器一般由插脚、插套、外壳和内部导电铜件组成，部分产品带有保护门、保险丝和USB充电模块。
分类
按用途可分为国内多孔转换器和出境旅行转换器两类。出境旅行转换器又按适用国家和地区分为英标、欧标、美标、澳标等，也有集成多种制式的“全球通”产品。
注意事项
插头转换器只改变插头的形状，不改变电压。使用时应注意电器的额定电压是否与当地电网一致；不宜通过转换器长时间使用电热水壶、电暖器等大功率电器；不应将多个转换器串接使用。
""",
    ),
]
