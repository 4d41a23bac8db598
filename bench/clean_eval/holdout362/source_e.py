"""holdout362, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML page and one text
page each). Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-biyuan-waffle-class-grid-box",
        site="柀园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.biyuansq.cn/tzgg/2025/1010/517.html",
        title="关于举办“银龄厨房”华夫饼亲子课的通知",
        record_title="〔银龄厨房 · 秋季场〕关于举办“银龄厨房”华夫饼亲子课的通知 - 柀园社区",
        date="2025-10-10",
        notes="a residents' site with a weather line, a grid worker's box and a property repair line; the community's own "
        "咨询电话 in the body beside them; a sentence on scanning to sign up is content; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔银龄厨房 · 秋季场〕关于举办“银龄厨房”华夫饼亲子课的通知 - 柀园社区</title>
<link rel="stylesheet" href="/css/sq.css">
</head>
<body>
<div class="sq-top">⟦m 柀园社区　蓨城市棆湾区棆西街道⟧ ⟦m 今日 晴 17~26℃ 空气质量 良⟧</div>
<div class="sq-nav">⟦m 社区首页 | 社区公告 | 便民服务 | 党群活动 | 居民议事⟧</div>
<div class="sq-pos">⟦m 位置：社区首页 › 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布：社区居委会　浏览 287 次⟧</p>
{BODY}
</div>
<div class="sq-grid">
<h4>⟦m 我的网格员⟧</h4>
<p>⟦m 第三网格　祁姗姗　138 7362 0415⟧</p>
</div>
<div class="sq-prop">⟦m 物业24小时报修：0736-2517789⟧</div>
<div class="sq-foot">⟦m 柀园社区居民委员会　地址：棆湾区棆西路112号⟧ ⟦d 本站信息仅供社区居民参考⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为丰富辖区老年人的业余生活，增进祖孙之间的交流，社区“银龄厨房”将于10月18日（星期六）上午9:00在社区党群服务中心二楼举办华夫饼亲子课。现将有关事项通知如下。
一、活动对象。辖区60岁以上老人及其孙辈，每组一老一小，限15组。
二、活动内容。由社区志愿者、西点师范小雅老师讲解华夫饼机的安全使用方法，带领大家动手调制面糊、烤制华夫饼。
三、报名方式。扫描社区公告栏上的二维码报名，或到社区服务大厅登记，额满为止。
四、注意事项。华夫饼机烤盘温度较高，儿童须在老人陪同下操作。
咨询电话：0736-2518030（社区服务大厅）
柀园社区居民委员会
2025年10月10日
""",
    ),
    dict(
        slug="community-shikou-recording-corner-scan-qr",
        site="溮口社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://shikousq.net/gonggao/20250618.html",
        title="社区“邻里之声”录音角开放啦",
        record_title="【便民新设施】社区“邻里之声”录音角开放啦（附预约方法）",
        date="2025-06-18",
        notes="a residents' site as text: a weather line and a property line; sentences on scanning to book and following "
        "the community account are content; a recording-room sign-up line between paragraphs",
        page="""
!m 溮口社区网 · 溮口镇溮口社区居委会
!m 今天 雷阵雨 23~30℃
!m 首页 > 社区公告 > 便民服务
!t 【便民新设施】社区“邻里之声”录音角开放啦（附预约方法）
!m 发布者：社区居委会　阅读 356
{BODY}
!l 往期公告：社区老年食堂6月菜单　｜　关于清理楼道堆放杂物的通知
!m 社区物业值班：0745-5561203　溮口社区网
""",
        indent="\u3000\u3000",
        body="""
居民朋友们：
社区党群服务中心一楼的“邻里之声”录音角从6月20日起正式开放啦！录音角配有一支电容麦克风、一个防喷罩和一副监听耳机，居民可以免费来录读书分享、家乡故事，也可以给远方的亲人录一段语音。
预约方法：扫描社区服务大厅门口的二维码，选择时段即可，每次限时40分钟。也可以关注“溮口社区”公众号，在菜单栏“邻里之声”里预约。
⟦a 录音角体验名额有限，点此抢先预约⟧
使用提醒：录音时请对着防喷罩说话，嘴离防喷罩一拳左右；防喷罩和耳机每天由社工消毒，请不要自行拆卸。
溮口社区居民委员会
2025年6月18日
""",
    ),
    dict(
        slug="association-tiaocheng-pledge-smoothie-noise-label",
        site="蓨城市电器商会 (invented trade association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.tcdqsh.org.cn/hydt/2025/0522/302.html",
        title="关于规范冰沙机噪声标注的倡议书",
        record_title="【商会公约】关于规范冰沙机噪声标注的倡议书 · 蓨城市电器商会",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="a trade association page with a member-login row and a member hotline; the association's name is also the "
        "signature (matched as head); the page's posting date differs from the pledge's",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【商会公约】关于规范冰沙机噪声标注的倡议书 · 蓨城市电器商会</title>
<link rel="stylesheet" href="/css/sh.css">
</head>
<body>
<div class="sh-top">⟦a 会员单位登录 ｜ 申请入会⟧</div>
<div class="sh-head">⟦m 蓨城市电器商会⟧</div>
<div class="sh-nav">⟦m 商会首页 | 商会概况 | 行业动态 | 会员风采 | 政策服务⟧</div>
<div class="sh-pos">⟦m 商会首页 » 行业动态 » 自律倡议⟧</div>
<div class="sh-art">
<h1>{T}</h1>
<p class="sh-meta">⟦m 发布日期：2025-05-22　来源：商会秘书处　点击：204⟧</p>
{BODY}
<p>⟦a 【转发给会员单位】【打印】⟧</p>
</div>
<div class="sh-side"><h4>⟦l 自律倡议⟧</h4><p>⟦l 关于电热水壶包装减量的倡议⟧</p></div>
<div class="sh-foot">⟦m 会员服务热线：0736-2336058⟧ ⟦m 主办：蓨城市电器商会秘书处　湘ICP备20017362号⟧</div>
</body>
</html>
""",
        body="""
各会员单位：
近年来，冰沙机、破壁机等高速料理电器销量快速增长。但部分产品在宣传中使用“静音”“超静音”等字样，却未标注噪声值，消费者买回家后发现噪声很大，投诉时有发生。为维护行业信誉，商会向全体会员单位倡议：
一、如实标注。冰沙机产品应在说明书和包装上标注额定工况下的噪声值，不得使用无依据的“静音”宣传用语。
二、依标检测。噪声值应依据国家标准检测，鼓励企业委托有资质的第三方机构出具检测报告。
三、互相监督。会员单位发现同行存在虚假标注的，可向商会秘书处反映。
让我们携起手来，以诚信赢得消费者的信任。
蓨城市电器商会
2025年5月20日
""",
    ),
    dict(
        slug="association-mianchuan-minutes-capo-standard-vote",
        site="黾川县乐器行业协会 (invented trade association)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.mcyqxh.org/news/2025/0630/88.html",
        title="配件专业委员会2025年第二次会议纪要",
        record_title="〖专委会议事〗配件专业委员会2025年第二次会议纪要｜黾川县乐器行业协会",
        date="2025-06-27",
        notes="a trade association's text page: the minutes' 时间/地点/主持/参会/记录 lines and a vote count; the 时间 line "
        "is the date; a member-login line and a member hotline; a past-minutes link",
        page="""
!m 黾川县乐器行业协会
!a 会员登录　｜　会员名录
!m 协会首页 > 协会动态 > 会议纪要
!t 〖专委会议事〗配件专业委员会2025年第二次会议纪要
!m 发布：协会秘书处　浏览：91
{BODY}
!l 往期纪要：配件专业委员会2025年第一次会议纪要
!m 协会秘书处电话：0746-7738810　会员服务：0746-7738811
""",
        body="""
时间：2025年6月27日上午9:30
地点：协会三楼会议室
主持：龙泽宇（配件专业委员会主任）
参会：专委会委员单位代表9人
记录：白露
会议讨论了《吉他变调夹》团体标准（征求意见稿），形成以下意见：
一、同意将开合寿命指标由3000次提高到5000次，夹力衰减限值定为15%。
二、橡胶垫耐老化试验方法参照相关国家标准执行，由韵弦乐器配件有限公司牵头修改。
三、征求意见稿修改后于7月中旬报协会标准化工作组审查。
会议对是否增加“无漆面压痕”外观要求进行表决，同意8票，反对0票，弃权1票，通过。
""",
    ),
    dict(
        slug="company-shenglan-recall-pop-filter-batches",
        site="声澜电声科技有限公司 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.shenglan-audio.com/news/notice/2025-09-16/91.html",
        title="关于召回部分批次SL-PF02双层防喷罩的公告",
        record_title="质量公告 ▸ 关于召回部分批次SL-PF02双层防喷罩的公告 —— 声澜电声官网",
        record_date="2025-09-16",
        date="2025-09-16",
        notes="a company site with a cookie notice, a 400 order line and a service float; the recall line in the body "
        "beside the order line; recalled batches one row a paragraph; the record's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>质量公告 ▸ 关于召回部分批次SL-PF02双层防喷罩的公告 —— 声澜电声官网</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/cookie.js"></script>
</head>
<body>
<header>⟦m 声澜电声 SHENGLAN AUDIO⟧ <nav>⟦m 首页 产品中心 解决方案 服务支持 关于声澜⟧</nav></header>
<div class="crumb">⟦m 首页 ／ 服务支持 ／ 质量公告⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 2025-09-16　声澜电声品质部⟧</p>
{BODY}
</article>
<aside class="service">⟦w 在线客服 · 工作日 9:00-18:00⟧</aside>
<footer>
<p>⟦m 产品订购热线：400-611-7290⟧</p>
<p>⟦m © 2025 蓨城市声澜电声科技有限公司　湘ICP备19020288号-2⟧</p>
</footer>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧ <button>⟦a 我知道了⟧</button></div>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，部分批次SL-PF02双层防喷罩的鹅颈软管与夹具连接处存在断裂风险，使用中可能出现防喷罩突然掉落、砸伤麦克风的情况。为保障用户权益，我公司决定召回下列批次产品：
生产批号　生产日期　数量（个）
PF02-2504A　2025年4月　1800
PF02-2505B　2025年5月　2400
PF02-2506A　2025年6月　1500
用户可查看产品包装盒侧面的批号标签，也可扫描标签上的二维码查询是否在召回范围内。属于召回范围的，我公司将免费更换加固版软管，并承担往返运费。
召回服务电话：0736-2380566（工作日8:30—17:30）
蓨城市声澜电声科技有限公司
2025年9月16日
""",
    ),
    dict(
        slug="company-beile-news-waffle-launch-specs",
        site="巑山焙乐电器有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.beile-dq.com/news/company/20251028.html",
        title="焙乐电器BL-W12可拆洗华夫饼机正式上市",
        record_title="焙乐新闻 › 焙乐电器BL-W12可拆洗华夫饼机正式上市",
        date="2025-10-28",
        notes="a company site as text: the byline's 发布时间 is the page's date; a product-spec table one row a paragraph; "
        "a cookie line and a 400 order line; an online-shop link glued after a sentence",
        page="""
!m 焙乐电器 BEILE
!m 首页 · 产品 · 焙乐新闻 · 售后服务 · 联系我们
!t 焙乐新闻 › 焙乐电器BL-W12可拆洗华夫饼机正式上市
!m 发布时间：2025-10-28　品牌中心
{BODY}
!a 立即选购 ｜ 查找附近门店
!d 我们使用Cookie来改进您的浏览体验，点击“接受”即表示同意。
!m 焙乐订购专线：400-176-3308　巑山焙乐电器有限公司版权所有
""",
        indent="\u3000\u3000",
        body="""
10月28日，巑山焙乐电器有限公司自主研发的BL-W12可拆洗双面华夫饼机正式上市。这款产品历经18个月研发、两轮试产，是公司今年重点推出的早餐电器新品。
与以往产品相比，BL-W12最大的特点是烤盘可以一键拆下，直接放进水池清洗，解决了华夫饼机“难清洗”的老问题。产品主要参数如下：
项目　参数
额定功率　1200W
烤盘尺寸　22cm×12cm
温控档位　5档
烤盘涂层　无PFOA不粘涂层
目前，BL-W12已在公司官方网店和全国200余家门店同步上架。⟦a 官方网店限时赠送烤盘刷一把，点击进店⟧公司总经理何振宇表示，焙乐将继续围绕家庭早餐场景开发更多实用产品。
""",
    ),
    dict(
        slug="training-maixiang-brochure-waffle-course-fees",
        site="麦香烘焙培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.maixiangpx.com/kecheng/huafu/2025.html",
        title="华夫饼与松饼周末速成班招生简章",
        record_title="〔周末速成〕华夫饼与松饼周末速成班招生简章（新手友好·手把手带练）｜麦香烘焙",
        date=None,
        notes="a training school page with a promo banner, a franchise line and a consult float; a fee table one row a "
        "paragraph; the school's own 报名电话 and a scan-to-sign-up sentence in the body; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔周末速成〕华夫饼与松饼周末速成班招生简章（新手友好·手把手带练）｜麦香烘焙</title>
<link rel="stylesheet" href="/static/mx.css">
</head>
<body>
<div class="mx-banner">⟦a 开班季特惠：两人同报立减300元，仅限本月⟧</div>
<div class="mx-head">⟦m 麦香烘焙培训学校　学一门手艺，开一家小店⟧</div>
<div class="mx-nav">⟦m 首页 | 课程设置 | 师资团队 | 学员作品 | 创业加盟⟧</div>
<div class="mx-pos">⟦m 首页 > 课程设置 > 周末班⟧</div>
<div class="mx-art">
<h1>{T}</h1>
{BODY}
</div>
<div class="mx-join">⟦w 创业加盟洽谈：400-870-5516⟧</div>
<div class="mx-float">⟦w 课程顾问在线，点我咨询学费优惠⟧</div>
<div class="mx-foot">⟦m 麦香烘焙培训学校　校址：黾川县黾阳镇新华街46号⟧ ⟦m 湘ICP备21011407号⟧</div>
</body>
</html>
""",
        body="""
一、课程简介
本课程面向零基础学员和计划开设甜品小店的创业者，两天学会华夫饼、松饼的面糊调制和烤制技巧，掌握华夫饼机的温度控制和日常保养。
二、课程安排及费用
班型　课时　学费（元）
周末基础班　2天　980
周末进阶班　4天　1880
三、教学保障
小班教学，每班不超过12人，每位学员独立使用一台华夫饼机实操。结业后可免费回校复训一次。
四、报名方式
扫描本页下方二维码填写报名表，或到校区前台报名。
报名电话：0746-7750327（校区前台）
""",
    ),
    dict(
        slug="training-xiange-guitar-rules-numbered-record-title",
        site="弦歌吉他培训中心 (invented training school)",
        style="培训机构",
        genre="须知",
        kind="other",
        form="text",
        source="http://www.xiangeguitar.cn/xuyuan/xuzhi.html",
        title="吉他班学员上课须知",
        date=None,
        notes="the record's title as it is; a training school's text page with a promo line and a consult line; a numbered "
        "list; no date (the page's revision stamp is none)",
        page="""
!m 弦歌吉他培训中心 · 让每个人都能弹一首歌
!a 暑期体验课9.9元一节，名额有限
!m 首页 / 学员服务 / 上课须知
{T}
!m 最近修订：2 个月前
{BODY}
!w 课程咨询请加前台微信 xiange_qt
!m 弦歌吉他培训中心（巑山校区）　巑山县人民路56号二楼
""",
        body="""
为保证教学秩序和上课效果，请各位学员遵守以下须知：
1.请提前10分钟到达教室，调好琴弦，迟到超过15分钟的按缺课处理。
2.上课请自带吉他、拨片和变调夹，初级班学员可向前台借用变调夹，下课后归还。
3.课堂上请将手机调至静音，未经老师同意不得录像。
4.因故不能上课的，请提前一天向班主任请假，可安排补课一次。
5.教室内的音箱、谱架等设备请爱惜使用，损坏的照价赔偿。
""",
    ),
    dict(
        slug="writingapp-luobi-host-script-choir-fold",
        site="落笔写作APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.luobixiezuo.com/share/article?id=5507318&from=wx",
        title="校园合唱节主持词",
        record_title="校园合唱节主持词（开场到谢幕全套）｜落笔写作",
        date=None,
        notes="a writing app's H5 share page: an open-app mask, a fold with 'read the rest in the app', AI buttons; a host "
        "script with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>校园合唱节主持词（开场到谢幕全套）｜落笔写作</title>
<link rel="stylesheet" href="https://cdn.luobixiezuo.com/h5/share.css">
</head>
<body>
<div class="lb-mask">⟦a 打开落笔写作APP，查看完整范文⟧</div>
<div class="lb-head">⟦m 落笔写作　下笔不再难⟧</div>
<h1 class="lb-title">{T}</h1>
<p class="lb-meta">⟦m 落笔精选　2.6万次使用⟧</p>
<div class="lb-ai">⟦a AI帮我改写　AI续写结尾⟧</div>
<div class="lb-content">
{BODY}
</div>
<div class="lb-fold">⟦a 剩余内容已折叠，在APP内阅读全文⟧</div>
<div class="lb-bottom">⟦a 一键套用此模板⟧ ⟦a 转给同事看看⟧</div>
<div class="lb-foot">⟦m 落笔写作 luobixiezuo.com　沪ICP备2022016631号-5⟧</div>
</body>
</html>
""",
        body="""
甲：尊敬的各位老师，
乙：亲爱的同学们，
合：大家下午好！
甲：歌声是青春的翅膀，合唱是心灵的和鸣。
乙：今天，我们相聚在这里，举行第五届校园合唱节。
甲：舞台上，一排排乐谱架已经整齐站好，就像等待出发的士兵。
乙：乐谱架后面，是同学们用一个多月的课余时间练出的和声。
甲：首先登场的是七年级一班，他们带来的合唱是《歌声与微笑》，掌声有请！
乙：感谢各位老师的辛勤指导，感谢同学们的精彩演绎。
合：第五届校园合唱节到此结束，我们明年再会！
""",
    ),
    dict(
        slug="writingapp-cailiaotong-duty-report-canteen-smoothie",
        site="材料通APP (invented writing app, text export)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.cailiaotong.net/doc/share/77120451",
        title="学校食堂管理员2025年度述职报告",
        record_title="学校食堂管理员2025年度述职报告（后勤条线·附落款格式）· 材料通",
        date="2025-12-26",
        notes="a writing app's text export: an open-app line, AI buttons and a member fold between paragraphs; the 成文日期 "
        "under the signature",
        page="""
!a 在材料通APP中打开，排版更清晰
!m 材料通 · 写材料，就用材料通
!t 学校食堂管理员2025年度述职报告（后勤条线·附落款格式）
!m 材料通精选范文　已被收藏 3,104 次
!a AI一键润色　AI压缩字数
{BODY}
!a 开通材料通会员，解锁全站范文下载
!l 同类范文：学校后勤主任述职报告 ｜ 食堂厨师长年度工作总结
""",
        indent="\u3000\u3000",
        body="""
各位领导、老师们：
2025年，我担任学校食堂管理员，在学校党支部和后勤处的领导下，认真履行职责，全年未发生食品安全事故。现将一年来的工作报告如下。
一、守牢食品安全底线。坚持原料索证索票和留样制度，全年留样1300余份，配合市场监管部门检查6次，均未发现问题。
⟦a 以下内容仅对材料通会员展示，开通后可一键复制⟧
二、改善师生就餐体验。今年夏天，食堂新增冰沙机2台，开设绿豆冰沙、西瓜冰沙窗口，高温期间每天供应400余杯，受到师生好评。我还制定了冰沙机清洗登记制度，做到一用一洗、每日消毒。
三、存在的不足。一是菜品创新还不够，二是就餐高峰时段排队时间较长。明年，我将努力加以改进。
述职人：葛青禾
2025年12月26日
""",
    ),
    dict(
        slug="gkforum-shangan-interview-recording-pop-filter-jammer",
        site="上岸驿站公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-52873-1-1.html",
        title="单位要录制政策解读音频，领导让你负责，你怎么组织？",
        record_title="【面试题库·组织协调类】单位要录制政策解读音频，领导让你负责，你怎么组织？ - 面试交流区 - 上岸驿站",
        date=None,
        notes="an exam forum: a reply-to-see prompt, a rating row and a QQ-group ad, jammer fonts inside the answer; post "
        "times relative",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【面试题库·组织协调类】单位要录制政策解读音频，领导让你负责，你怎么组织？ - 面试交流区 - 上岸驿站</title>
<style>font.jammer{font-size:0px;color:#FFFFFF}</style>
</head>
<body>
<div class="sa-top">⟦m 上岸驿站公考论坛　一起上岸⟧ <a>⟦a 登录 · 加入驿站⟧</a></div>
<div class="sa-pt">⟦m 上岸驿站 › 面试交流区 › 结构化练习⟧</div>
<div class="sa-post">
<h1>{T}</h1>
<div class="sa-auth">⟦m 楼主：今年一定上岸　发表于 3 天前　只看该作者⟧</div>
<div class="sa-body">
{BODY}
</div>
<div class="sa-rate">⟦a 评分：驿站币 +5　参与人数 4⟧</div>
<div class="sa-hide">⟦a 本帖隐藏的参考答案需回复后才能查看⟧</div>
</div>
<div class="sa-ad">⟦w 面试互助群：QQ群 784130925，进群领真题⟧</div>
<div class="sa-foot">⟦m 上岸驿站 shanganyz.com　Powered by Discuz!⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题我的答题思路是这样的，请大家拍砖。
首先，明确任务。录制政策解读音频，是为了让群众用“听”的方式了解政策，我会先向领导确认要解读的政策文件、音频的时长和发布渠道。
其次，做好准备。一是请业务科室撰写解读稿，口语化、通俗化，控制在五分钟以内；二是落实录音场地和设备，借用融媒体中心的录音间，确认麦克风、防喷罩和监听耳机都能正常使用；三是确定播读人员，提前试读两遍。
再次，录制和审核。录制时注意语速平稳，每段录完当场回听。成品经科室负责人和分管领导审核后再发布。
最后，收集反馈。发布后留意群众留言，为下一期录制积累经验。
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-smoothie-small-shops-junk",
        site="申论沙龙论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="http://www.shenlunsalon.com/bbs/t-20817.html",
        title="一杯冰沙里的小店经济",
        record_title="[晨练一篇] 一杯冰沙里的小店经济（求批改，不吝赐教）",
        date=None,
        notes="an exam forum thread as text with anti-scraping junk as lines and glued after 。; a poster's aside in the "
        "title; a reply-to-see line and a rating line; relative times",
        page="""
!j hT4 @@ 8w Zr
!m 申论沙龙论坛 › 申论写作区 › 习作批改
!t [晨练一篇] 一杯冰沙里的小店经济（求批改，不吝赐教）
!m 作者：备考第三年　发表于 前天 10:22　浏览 417
!m 1#
{BODY}
!a 回复可见老师批改意见（已有 8 人回复）
!l 2#　申论老周：立意不错，第三段论证可以再展开
!m 申论沙龙 | 手机版 | 鄂ICP备19021730号
""",
        junk=dict(lines=2, glued=2),
        body="""
夏日傍晚，街角的冰沙小店门口总是排起长队。一台冰沙机、几箱水果、两三个店员，撑起了一家小店的生计，也点亮了一条街的烟火气。
小店虽小，连着就业。一家冰沙店少则两三人、多则五六人，不少店主是返乡青年和下岗再就业人员。小店经济门槛低、见效快，是吸纳就业的“蓄水池”。
小店虽小，连着民生。方便、实惠、有温度，是小店最大的优势。有的店主给环卫工人免费送冰沙，有的店主帮邻居代收快递，小店成了社区的“服务站”。
小店要长久，离不开良好的环境。相关部门要在房租减免、证照办理、规范经营等方面多想办法，让更多“小而美”的小店在城市里扎根生长。
""",
    ),
]
