"""holdout313, part E: residents' sites, associations, companies, training schools, writing apps, exam forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="changle-community-notice-compression-bags-elders",
        site="嫦乐社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.changle-sq.cn/tzgg/2023/1103/219.html",
        title="关于为辖区高龄老人免费发放棉被收纳压缩袋的通知",
        record_title="〔邻里服务〕关于为辖区高龄老人免费发放棉被收纳压缩袋的通知 - 嫦乐社区服务网",
        date="2023-11-02",
        date_also=["2023-11-03"],
        notes="residents' site: weather line, grid member's box, property repair and night lines beside the "
        "community's own 咨询电话; a 扫码登记 sentence stays; 成文日期 under the signature, page date also",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔邻里服务〕关于为辖区高龄老人免费发放棉被收纳压缩袋的通知 - 嫦乐社区服务网</title>
</head><body>
<div class="bar">⟦m 胤阳 今日阴 8～15℃ 空气良⟧ <a>⟦a 居民登录⟧</a></div>
<div class="hd">⟦m 嫦乐社区服务网⟧ ⟦m 邻里守望 嫦乐一家⟧</div>
<div class="nav">⟦m 社区首页⟧ ⟦m 通知公告⟧ ⟦m 办事指南⟧ ⟦m 党群服务⟧ ⟦m 居民说事⟧</div>
<div class="pos">⟦m 社区首页 » 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<p class="meta">⟦m 发布：嫦乐社区居委会　2023-11-03　浏览 388⟧</p>
{BODY}
</div>
<div class="grid">⟦m 本楼栋网格员：龙秀梅 138 7452 6613⟧</div>
<div class="wy">⟦m 物业报修：0745-2631200　夜间应急：0745-2631299⟧</div>
<div class="ft">⟦m 胤阳县城关镇嫦乐社区居民委员会 版权所有⟧</div>
</body></html>
""",
        body="""
辖区各位居民：
入冬以后，不少高龄老人家中换下的夏被、薄衣没有地方存放。为方便老人收纳，社区联合爱心企业为辖区80周岁以上老人免费发放棉被收纳压缩袋，每户一套（大号2个、中号3个，配手动抽气泵1个）。
一、领取时间。11月6日至11月10日，每天上午9点至11点半。
二、领取地点。社区党群服务中心一楼服务台。
三、领取方式。老人本人或家属凭老人身份证领取；家属可先扫描社区公告栏上的二维码登记，领取时出示登记页面即可。行动不便的老人，社区志愿者将上门送达并帮助装袋。
咨询电话：0745-2631016（社区服务台）。
嫦乐社区居民委员会
2023年11月2日
""",
    ),
    dict(
        slug="kuiyuan-community-pledge-mop-water-drains",
        site="馗园社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://kuiyuan.yyjd.gov.cn/jmsq/2024/0418/88.html",
        title="关于拖把桶污水不倒入雨水管的倡议书",
        date="2024-04-18",
        notes="record title as is; a residents' pledge; a sentence asking neighbours to share it stays; "
        "成文日期 under the signature; weather, grid and property chrome",
        page="""
!m 馗园社区　|　胤阳县城关镇
!m 天气：小雨 16～22℃
!m 社区主页 → 居民事务 → 倡议
!t 关于拖把桶污水不倒入雨水管的倡议书
!m 浏览 152 次　　3 天前更新
{BODY}
!m 网格长：伍建国　159 7450 2286
!m 物业值班：0745-2609811
!l 社区近期活动：周六上午义诊进小区　｜　“楼道清洁日”报名中
""",
        body="""
各位居民朋友：
最近，环保部门在巡查中发现，我们小区附近的雨水井经常流出发黑、发臭的污水。经查看，是一些居民把拖把桶里的脏水直接倒进了阳台雨水管和楼下雨水井。
雨水管连接的是雨水管网，污水会不经处理直接排入焱河。拖地水里有洗涤剂、消毒液，对河里的鱼虾危害很大。
为此，社区居委会向全体居民倡议：
一、拖把桶里的污水请倒入卫生间马桶或洗衣机排水口等污水管道。
二、不在阳台清洗拖把，不把拖把桶放在雨水管下方接水。
三、看到邻居往雨水管倒污水，请友善提醒。
请大家把这份倡议分享到楼栋群里，让更多邻居知道。
馗园社区居民委员会
2024年4月18日
""",
    ),
    dict(
        slug="yanxi-tableware-association-council-minutes",
        site="焱溪县餐具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.yxcjxh.org.cn/xhdt/2024/0625/112.html",
        title="焱溪县餐具行业协会第二届理事会第五次会议纪要",
        record_title="〔理事会·纪要〕焱溪县餐具行业协会第二届理事会第五次会议纪要 · 会务栏",
        date="2024-06-21",
        date_also=["2024-06-25"],
        notes="association site with member login row and member hotline; the minutes' 时间/地点/主持/出席/记录 lines "
        "and a vote count stay; date from the 时间 line, the page date also accepted; the association's name "
        "also heads the minutes",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔理事会·纪要〕焱溪县餐具行业协会第二届理事会第五次会议纪要 · 会务栏</title>
</head><body>
<div class="mem">⟦a 会员单位登录⟧ ⟦a 申请入会⟧</div>
<div class="hd">⟦m 焱溪县餐具行业协会⟧ ⟦m 铿口刀叉 品质同行⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 行业标准⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 发布日期：2024-06-25　作者：协会秘书处⟧</div>
{BODY}
</div>
<div class="pn">⟦l 往期纪要：第二届理事会第四次会议纪要⟧</div>
<div class="ft">⟦m 会员服务热线：0734-8970633⟧ ⟦m 协会地址：焱溪县铿口镇工业园服务中心3楼⟧</div>
</body></html>
""",
        body="""
时间：2024年6月21日上午
地点：铿口镇工业园服务中心三楼会议室
主持：蒋立新（会长）
出席：理事单位代表19人（应到21人）
记录：丁婉清
会议听取了秘书处关于上半年刀叉出口情况的汇报，审议了《铿口刀叉团体标准（征求意见稿）》，议定事项如下：
一、原则通过团体标准征求意见稿。表决结果：同意17票，反对0票，弃权2票。秘书处根据理事意见修改后，7月底前在会员单位中征求意见。
二、9月组织会员企业参加省日用品博览会，设“铿口刀叉”联合展位，展位费由协会承担一半。
三、成立刀叉抛光粉尘治理工作小组，由恒锵餐具有限公司牵头，年内拿出集中治理方案。
""",
    ),
    dict(
        slug="tingzhou-oral-care-association-pledge-cup-materials",
        site="婷州市口腔护理用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.tzkqhl.org/xhgg/2024/0320/47.html",
        title="关于规范牙刷杯产品材质标注的自律倡议书",
        record_title="【自律倡议·口护】关于规范牙刷杯产品材质标注的自律倡议书（签署版）｜婷州口护协会",
        date="2024-03-20",
        notes="association pledge; the association's name is also the signature (matched as head); "
        "成文日期 under the signature",
        page="""
!m 婷州市口腔护理用品行业协会
!m 首页　协会简介　通知公告　会员名录　入会指南
!t 【自律倡议·口护】关于规范牙刷杯产品材质标注的自律倡议书（签署版）
!m 发布于 2024-03-20　秘书处
{BODY}
!a 会员单位可在“会员专区”下载倡议签署回执
!m 协会秘书处电话：0733-2257846　邮箱：tzkqhl@126.com
!d 本网站内容归婷州市口腔护理用品行业协会所有
""",
        body="""
全市牙刷杯生产、销售企业：
牙刷杯每天与口腔护理用品接触，材质是否安全，消费者十分关心。近期市场抽查发现，部分牙刷杯未标注材质，个别产品标称“食品级”却无法提供检测报告。为维护行业信誉，本协会向全体会员单位发出如下倡议：
一、如实标注。牙刷杯产品应在杯底或包装上标明材质、耐热温度和生产企业，不使用“无毒”“抗菌”等无依据的宣传用语。
二、严把原料。不使用回收料生产与口腔用品接触的杯体，原料批次留样备查。
三、主动公开。“食品级”“抗菌”标称须有第三方检测报告，并在销售页面公开。
婷州市口腔护理用品行业协会
2024年3月20日
""",
    ),
    dict(
        slug="nuanyuan-company-news-silicone-stopper-launch",
        site="暖源日用品有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nuanyuan-daily.com/news/2024/0312.html",
        title="暖源日用推出防烫泄压硅胶暖瓶塞",
        record_title="新品发布 ◆ 暖源日用推出防烫泄压硅胶暖瓶塞 - 暖源日用品有限公司",
        date="2024-03-12",
        notes="company site with a cookie notice and a service float; the title repeated and glued to the lead; "
        "dotted date line as the page's date; the company's short name inside the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新品发布 ◆ 暖源日用推出防烫泄压硅胶暖瓶塞 - 暖源日用品有限公司</title>
<script src="/js/site.js"></script>
</head><body>
<div class="cookie">⟦d 我们使用Cookie改善您的浏览体验，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 暖源日用品有限公司⟧ <nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻动态⟧ ⟦m 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 企业新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2024.03.12　浏览 692⟧</p>
{BODY}
</article>
<div class="kf">⟦w 在线客服 ⟧⟦w 批发订购：400-675-2208⟧</div>
<footer>⟦m © 2024 暖源日用品有限公司　地址：锵岭县工业大道18号　湘ICP备18030912号⟧</footer>
</body></html>
""",
        body="""
⟦t 暖源日用推出防烫泄压硅胶暖瓶塞⟧3月12日，暖源日用推出新一代防烫泄压硅胶暖瓶塞，这是公司今年首款新品。
传统暖瓶塞灌满开水后塞紧，瓶内蒸汽压力升高，容易把瓶塞顶出或造成热水溅出。新款瓶塞在顶部设计了一个小型泄压孔，瓶内压力过高时自动排出少量蒸汽，瓶塞不会弹跳；塞体采用食品级硅胶，耐热120℃，外圈有三道密封环，适配市面上大多数口径的暖水瓶。
公司质量部负责人介绍，新品研发用了一年时间，经过5000次开合试验，保温效果与软木塞相当。
新品已在各大电商平台上架，单只售价6.8元。
""",
    ),
    dict(
        slug="jiana-company-recall-compression-bags-batches",
        site="佳纳家居 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.jiana-home.cn/gonggao/20240905.html",
        title="关于召回部分批次加厚真空压缩袋的公告",
        record_title="【召回通告】关于召回部分批次加厚真空压缩袋的公告_佳纳家居官网",
        date="2024-09-05",
        notes="a recall with its batches table; the recall line stays beside the company's 400 order line; "
        "成文日期 under the signature",
        page="""
!m 佳纳家居　收纳好生活
!m 首页 | 产品 | 公告 | 关于佳纳
!t 【召回通告】关于召回部分批次加厚真空压缩袋的公告
!m 发布日期：2024-09-05
{BODY}
!w 订购热线：400-102-7788
!m 锵岭县佳纳塑料制品厂　地址：锵岭县铿口工业园B区
""",
        body="""
尊敬的消费者：
婷州市市场监督管理局2024年真空压缩袋产品质量监督抽查中，我厂生产的一批加厚真空压缩袋气密性不符合标准要求。为消除影响，我厂决定召回以下批次产品：
生产批号　规格　生产日期
JN2405A　70×100厘米　2024年5月
JN2405B　80×110厘米　2024年5月
JN2406A　100×120厘米　2024年6月
已购买上述批次产品的消费者，可凭购买凭证或产品包装，到原购买网店或门店办理退货退款，也可拨打召回专线0745-6285501联系上门收回。召回期限至2024年12月31日。
由此给您带来的不便，我们深表歉意。
锵岭县佳纳塑料制品厂
2024年9月5日
""",
    ),
    dict(
        slug="yaxing-training-brochure-western-dining-cutlery",
        site="雅行礼仪学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yaxingliyi.com/course/xican-2024.html",
        title="西餐礼仪与刀叉使用体验课招生简章",
        record_title="【周六小班】西餐礼仪与刀叉使用体验课招生简章（大小朋友同桌学）- 雅行礼仪学堂",
        date=None,
        notes="training school: promo banner and consult float; the school's 报名电话 beside a 400 franchise line; "
        "a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【周六小班】西餐礼仪与刀叉使用体验课招生简章（大小朋友同桌学）- 雅行礼仪学堂</title>
</head><body>
<div class="promo">⟦a 老学员带新学员，两人同行立减100元⟧</div>
<div class="hd">⟦m 雅行礼仪学堂⟧ ⟦m 举止有度 行而有礼⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 学员风采⟧ ⟦m 校区地址⟧</div>
<div class="course"><h1>{T}</h1>
<p class="meta">⟦m 课程编号：XC-24　已报名 86 人⟧</p>
{BODY}
</div>
<div class="float">⟦w 课程顾问在线 点我咨询⟧</div>
<div class="ft">⟦m 加盟合作：400-990-5126⟧ ⟦m 雅行礼仪学堂婷州校区　湘ICP备20017845号⟧</div>
</body></html>
""",
        body="""
一、课程对象。8岁以上青少年及成人，亲子同报优先安排同一桌。
二、课程内容。
1.西餐座次与餐巾使用；
2.刀叉的拿法与摆放：左叉右刀，由外向内取用，用餐暂停与用餐结束时刀叉的不同摆法；
3.牛排、意面、沙拉的正确吃法；
4.用餐交谈礼仪。
三、上课安排。每周六下午2:00—4:30，每班限8人，共2次课，第二次课为西餐厅实景用餐练习。
四、收费标准。每人680元（含两次实景用餐），亲子同报每组1200元。
报名电话：0733-2251718（婷州校区前台）。
""",
    ),
    dict(
        slug="jiajie-training-insight-housekeeping-mop-bucket",
        site="佳洁家政职业培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jiajiejz.net/xyxs/2024/315.html",
        title="家政保洁培训学习心得",
        record_title="【学员心得·第十二期】家政保洁培训学习心得｜佳洁家政培训",
        date=None,
        notes="a trainee's insight with the whole body on one line, a course-ad line inside it; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 佳洁家政职业培训学校　|　人社部门备案培训机构
!m 首页 › 学员心声 › 第十二期
!t 【学员心得·第十二期】家政保洁培训学习心得
!m 供稿：第十二期学员　罗春燕
{BODY}
!w 想学家政技能？报名咨询：0736-5590366（奕川校区）
!l 更多学员心声：月嫂班学员王姐的一封信　｜　收纳整理师课程结业感言
""",
        body="""
参加这次为期15天的家政保洁培训，我最大的收获是明白了“干净”是有标准的。
以前在家拖地，一桶水从客厅拖到厕所，拖完再涮涮拖把就完事了。培训的第一天，老师就拿出三只不同颜色的拖把桶，告诉我们客厅、厨房、卫生间要分开用，拖把桶里的水拖两个房间就要换，不然越拖越脏。
⟦a 第十三期保洁班火热招生中，详情点击学校首页⟧
实操课上，老师让我们用带压水器的拖把桶练习。拖把挤到半干再拖，地板上不留水印。拖完以后，拖把桶要刷洗、晾干、倒扣，这一步我以前从来没做过。
结业考试我得了92分。以后上门服务，我要把学到的这些标准用起来，让客户放心。
""",
    ),
    dict(
        slug="biling-app-host-script-kindergarten-oral-health",
        site="笔灵APP (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bilingapp.cn/share/art/7740129?from=wx",
        title="幼儿园“爱牙日”主题活动主持词",
        record_title="幼儿园“爱牙日”主题活动主持词（幼儿园版·三段式）· 笔灵APP",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold line, an AI-rewrite button glued after a 。; "
        "a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>幼儿园“爱牙日”主题活动主持词（幼儿园版·三段式）· 笔灵APP</title>
</head><body>
<div class="mask">⟦a 打开笔灵APP，一键改写成你的专属稿⟧ <button>⟦a 立即打开⟧</button></div>
<div class="hd">⟦m 笔灵 · 写稿不求人⟧</div>
<div class="art"><h1>{T}</h1>
<p class="info">⟦m 笔灵写手 可乐老师　｜　已被使用 2.1万 次⟧</p>
{BODY}
</div>
<div class="fold">⟦a 剩余 40% 内容，打开APP免费看⟧</div>
<div class="rel">⟦l 同类热门：六一儿童节主持词（幼儿园）　｜　家长开放日主持稿⟧</div>
<div class="ft">⟦m 笔灵（杭州）网络科技有限公司　浙ICP备21019983号-2⟧</div>
</body></html>
""",
        body="""
甲：亲爱的老师们、小朋友们，
乙：大家上午好！
甲：今天是我们幼儿园的“爱牙日”。小朋友们，你们每天早上都刷牙了吗？
乙：刷牙的时候，我们都有自己的小牙刷和牙刷杯。⟦a AI帮我换个说法⟧
甲：接下来，请大班的小朋友为我们表演儿歌《小牙刷，上下刷》，大家掌声欢迎！
乙：谢谢大班小朋友的精彩表演！刷完牙以后，牙刷杯要怎么放呢？请中班的小朋友上台来，做一做“牙刷杯倒扣放”的小游戏。
甲：小朋友们都学会了吗？牙刷要刷头朝上，牙刷杯要倒扣晾干，自己的杯子自己用。
乙：“爱牙日”主题活动到此结束，让我们每天认真刷牙，做个笑口常开的好宝宝！
""",
    ),
    dict(
        slug="xiegao-app-report-boiler-room-stoppers",
        site="写稿宝 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.xiegaobao.com/a/shuzhi/66190",
        title="学校开水房管理员2023年度述职报告",
        record_title="学校开水房管理员2023年度述职报告（改改就能交·后勤岗）- 写稿宝",
        date="2024-01-05",
        notes="writing app text; an AI-polish line between paragraphs; 成文日期 under the signature",
        page="""
!m 写稿宝　——写材料，先问宝
!t 学校开水房管理员2023年度述职报告（改改就能交·后勤岗）
!m 2.3千人收藏　·　7 天前更新
!a 一键套用模板　｜　AI润色全文
{BODY}
!a 开通写稿宝会员，全站范文免费复制
!l 你可能还需要：食堂管理员述职报告　宿管员年度工作总结
""",
        body="""
各位领导、同事们：
2023年，我负责学校开水房的管理，主要承担全校师生的开水供应和住校生暖水瓶的登记管理。现将一年来的工作述职如下。
一、保障开水供应。全年开水房无安全事故，早、中、晚三个时段按时供水，高峰时段增开一个放水口，排队时间由原来的十多分钟缩短到五分钟以内。
⟦a 这段写得太平？点AI扩写，一秒生成三种版本⟧
二、做好暖水瓶管理。我对住校生暖水瓶逐只编号登记，每月检查一次，共发现瓶塞开裂、塞不严的暖水瓶86只，及时提醒学生更换瓶塞；对破胆的暖水瓶，协助班主任联系家长更换。
三、存在不足。冬季用水高峰锅炉压力大，设备维护还不够细致。今后我将加强巡查，确保师生用水安全。
述职人：卢建华
2024年1月5日
""",
    ),
    dict(
        slug="shangan-exam-forum-essay-compression-bag-jammer",
        site="登岸公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.dengangk.com/thread-330917-1-1.html",
        title="从一只“永不回气”的压缩袋说起",
        record_title="[申论习作本] 从一只“永不回气”的压缩袋说起（第三次练笔，求点评）- 申论交流 - 登岸公考论坛",
        date=None,
        notes="exam forum with jammer fonts, a reply-to-see prompt and a QQ-group ad; an essay with no date",
        page="""
<html><head><meta charset="utf-8">
<title>[申论习作本] 从一只“永不回气”的压缩袋说起（第三次练笔，求点评）- 申论交流 - 登岸公考论坛</title>
<style>.jammer{font-size:0px}</style>
</head><body>
<div class="tb">⟦m 登岸公考论坛⟧ ⟦m 每一个认真备考的人都值得上岸⟧</div>
<div class="pt">⟦m 登岸公考 › 申论交流 › 习作点评⟧</div>
<div class="post"><h1>{T}</h1>
<div class="authi">⟦m 楼主：小岸同学　发表于 4 天前　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考范文需回复后才能查看⟧</div>
<div class="qun">⟦w 申论批改互助群：QQ群 588301742⟧</div>
<div class="po">⟦a 回复　点评　收藏⟧</div></div>
<div class="ft">⟦m 登岸公考论坛　京ICP备20038817号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
换季时，许多人会在网上买几只真空压缩袋收纳被褥。商品页面上“永不回气”“十年不漏”的字样格外醒目，可不少消费者发现，袋子压扁没几天就又鼓了起来。一只小小的压缩袋，折射出的是诚信经营的大问题。
夸大宣传看似只是“营销技巧”，实则透支的是消费者的信任。当“永不回气”成为行业通行的说法，真正用心做产品的企业反而难以被看见，市场出现“劣币驱逐良币”。
治理夸大宣传，既要靠监管部门加大抽查和处罚力度，也要靠平台压实审核责任，还要靠消费者理性维权。更重要的是，企业要明白，把产品做扎实才是最好的宣传。
诚信不是一句口号。从一只压缩袋做起，让每一句承诺都经得起检验，市场才会更有活力。
""",
    ),
    dict(
        slug="gongkao-forum-interview-shared-cutlery-junk",
        site="公考圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.gongkaoquan.net/thread-80412-1-1.html",
        title="单位食堂推行分餐刀叉，部分同事不理解，你怎么办？",
        record_title="〔结构化·模拟题〕单位食堂推行分餐刀叉，部分同事不理解，你怎么办？（含三步作答思路）- 面试专区 - 公考圈",
        date=None,
        notes="exam forum text with junk lines and junk glued after 。; a model interview answer; no date",
        page="""
!m 公考圈论坛　|　面试专区
!t 〔结构化·模拟题〕单位食堂推行分餐刀叉，部分同事不理解，你怎么办？（含三步作答思路）
!m 楼主：面霸老周　　发表于 6 天前　　回复 48　查看 2716
{BODY}
!a 觉得有用请点赞，回帖可见完整答题框架
!l 1楼 上岸冲冲冲：思路清晰，学到了
!l 2楼 九月必过：第二点可以再展开说说沟通的方式
!m 公考圈 gongkaoquan.net
""",
        junk=dict(lines=1, glued=2),
        body="""
我会从以下几个方面做好这项工作。
首先，理解同事的想法。不少同事习惯了合餐，觉得用刀叉分餐麻烦、不亲切，这种想法很正常。我会在吃饭时和大家多聊聊，了解大家具体的顾虑是什么。
其次，讲清分餐的好处。推行分餐刀叉，能减少交叉感染，也能避免浪费。我可以配合办公室在食堂张贴简短的宣传提示，用身边的例子说明分餐的意义。
再次，帮助大家适应。有的老同志不习惯用刀叉，我会建议食堂同时提供公筷公勺，给大家一个过渡期，并在取餐处放好示范摆放图。
最后，带头做好表率。我自己坚持分餐，吃多少取多少，用实际行动带动身边同事。
""",
    ),
]
