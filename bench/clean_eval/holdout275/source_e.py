"""holdout275, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text each).

Invented text (sites, places, people, numbers, URLs); every case written by hand. See
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-jiaoyuan-reminder-towel-rack-drilled-pipe",
        site="藠园社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jiaoyuan-sq.cn/tzgg/20240510/166.html",
        title="关于自行安装毛巾架打穿水管事件的提醒",
        record_title="安全小贴士 ▸ 关于自行安装毛巾架打穿水管事件的提醒 - 藠园社区居民之家",
        date="2024-05-09",
        date_also=["2024-05-10"],
        notes="residents' site: weather line, a grid worker's box, property repair lines; the community's own 咨询电话 in "
        "the body; a sentence that speaks of 扫描二维码 as content; 成文日期 under the signature; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>安全小贴士 ▸ 关于自行安装毛巾架打穿水管事件的提醒 - 藠园社区居民之家</title>
<script src="/js/sq.js"></script>
</head><body>
<div class="sq-top">⟦m 藠园社区居民之家⟧　⟦m 5月10日 星期五　小雨转阴 17～23℃⟧</div>
<div class="sq-nav">⟦m <a>首页</a> <a>社区公告</a> <a>党群服务</a> <a>邻里互助</a> <a>办事指南</a>⟧</div>
<div class="sq-pos">⟦m 首页 / 社区公告⟧</div>
<div class="sq-art"><h2>{T}</h2>
<div class="sq-info">⟦m 发布：2024-05-10　　发布人：社区居委会　　浏览：915⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-like">⟦a 点赞 64　　转给邻居⟧</div></div>
<div class="sq-side"><div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　邱芳　手机：138 3571 6604⟧</p></div>
<div class="wy"><h4>⟦m 物业服务⟧</h4><p>⟦m 藠园物业报修：0835-3346611⟧</p><p>⟦m 夜间应急：0835-3346699⟧</p></div></div>
<div class="sq-foot">⟦m 郓湖市鄞山街道藠园社区居民委员会　郓ICP备21004470号-2⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
5月6日，藠园社区3栋一住户自行在卫生间安装毛巾架，电钻打穿了墙内的热水管，造成楼下两户天花板渗水。为避免类似情况再次发生，社区提醒大家：
一、安装毛巾架、置物架前，先查看房屋水电图纸，或用探测仪找出墙内管线位置。
二、卫生间墙面管线一般沿竖直方向走，花洒、龙头正上方和正下方不要打孔。
三、不会判断的，可扫描单元门口的二维码预约物业师傅上门免费定位，每户限一次。
四、一旦打穿水管，请立即关闭户内总阀，并联系物业维修。
社区咨询电话：0835-3345210
藠园社区居民委员会
2024年5月9日
""",
    ),
    dict(
        slug="community-yinshan-pledge-oil-lamp-wicks-festival",
        site="鄞山社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.yinshansq.com/gg/2024/0812/93.html",
        title="关于中元节文明祭祀安全用火的倡议书",
        date="2024-08-12",
        notes="the record's title as is; residents' site as text: property and grid lines; a share line glued after the "
        "pledge's motto; 成文日期 under the signature",
        page="""
!m 鄞山社区网　·　邻里一家亲
!m 社区公告　｜　便民服务　｜　志愿活动
{T}
!m 发布于 2024-08-13　　社区居委会　　阅读 480
{BODY}
!m 网格员热线：0835-3327815　　物业值班：0835-3327000
!l 往期公告：关于清理楼道堆放杂物的通知　｜　社区夏季防溺水提醒
!m 鄞山社区网　版权所有
""",
        indent="\u3000\u3000",
        date_also=["2024-08-13"],
        body="""
广大居民朋友：
中元节将至，不少家庭有点长明灯、烧纸钱的习俗。近年来，因油灯灯芯引燃窗帘、供桌而引发的火情时有发生。为守护大家的生命财产安全，社区向全体居民倡议：
一、提倡用鲜花、电子蜡烛、电子长明灯等方式寄托哀思；
二、确需点油灯的，灯芯不宜过长，灯下垫防火托盘，远离窗帘、纸张，人离灯灭；
三、不在楼道、阳台、绿化带焚烧纸钱；
四、发现火情立即拨打119，并告知物业和社区。
文明祭祀从我做起，平安过节你我同行。⟦l 〔一键转发到业主群〕⟧
邙田镇鄞山社区居民委员会
2024年8月12日
""",
    ),
    dict(
        slug="association-wenfang-minutes-ink-bottle-standard",
        site="郓湖市文房用品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.yhwenfang.org.cn/xhyw/2024/0918/207.html",
        title="郓湖市文房用品行业协会三届五次理事会会议纪要",
        record_title="〖三届理事会〗郓湖市文房用品行业协会三届五次理事会会议纪要 - 协会要闻",
        date="2024-09-14",
        date_also=["2024-09-18"],
        notes="association site: member-login row, a member hotline; the minutes' 时间/地点/主持/出席/记录 lines and a vote "
        "count in the body; the 时间 line gives the date; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖三届理事会〗郓湖市文房用品行业协会三届五次理事会会议纪要 - 协会要闻</title>
<script src="/js/xh.js"></script>
</head><body>
<div class="xh-top">⟦m 郓湖市文房用品行业协会⟧ <span>⟦a 会员单位登录⟧ ⟦a 入会申请⟧</span></div>
<div class="xh-nav">⟦m <a>首页</a> <a>协会概况</a> <a>协会要闻</a> <a>行业标准</a> <a>会员风采</a> <a>联系我们</a>⟧</div>
<div class="xh-pos">⟦m 您当前的位置：首页 » 协会要闻⟧</div>
<div class="xh-art"><h1>{T}</h1>
<div class="xh-info">⟦m 发稿：秘书处　　日期：2024-09-18　　浏览：247⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-prev">⟦l ‹ 上一条：协会组团参加全国文具博览会⟧　⟦l 下一条：关于缴纳2024年度会费的通知 ›⟧</div></div>
<div class="xh-foot">⟦m 会员服务专线：0835-3355806⟧　⟦m 地址：郓湖市砚池路1号文化大厦9楼⟧<br>⟦m 郓ICP备19002218号⟧</div>
</body></html>
""",
        body="""
时间：2024年9月14日上午
地点：协会会议室
主持：会长　严一鸣
出席：理事17人（应到21人）
记录：秘书处　左宁
会议审议通过了以下事项：
一、《墨汁包装瓶团体标准》（征求意见稿）。标准要求墨水瓶瓶口须设防漏内塞，儿童用墨水瓶一律使用塑料材质，容量不超过100毫升。表决结果：同意16票，反对0票，弃权1票。
二、吸收郓湖市砚池文具有限公司等3家企业为会员单位。
三、决定10月举办“旧墨水瓶换新墨”公益活动，所需经费从协会活动经费中列支。
""",
    ),
    dict(
        slug="association-jiachuan-meifa-pledge-ear-pick-hygiene",
        site="郏川县美容美发行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.jcmrmf.org/xhdt/2024/0731/58.html",
        title="采耳从业者卫生自律倡议书",
        record_title="行业倡议｜守好一把耳勺：采耳从业者卫生自律倡议书 - 郏川美容美发协会",
        date="2024-07-30",
        notes="association site as text: the association's name at the top is also the signature (head match); a member "
        "login line; a star-the-site prompt glued before the salutation; 成文日期 under the signature",
        page="""
!m 郏川县美容美发行业协会
!a 会员登录　｜　申请入会
!m 协会首页 › 协会动态 › 行业倡议
!t 行业倡议｜守好一把耳勺：采耳从业者卫生自律倡议书
!m 2024-07-31　协会秘书处
{BODY}
!l 本文已被 38 家会员单位转发
!m 协会秘书处电话：0837-5567720　　邮箱：jcmrmf@126.com
""",
        indent="\u3000\u3000",
        date_also=["2024-07-31"],
        body="""
⟦a 把协会网站加入书签，行业新规早知道⟧全县采耳行业的同行们：
一把小小的耳勺，关系着顾客的健康，也关系着我们这一行的口碑。为推动行业规范发展，县美容美发行业协会向全体采耳从业者发出倡议：
一、坚持一客一消毒，耳勺、耳镊等金属工具高温消毒，鹅毛棒、棉签一次性使用；
二、持健康证上岗，定期参加卫生知识培训；
三、不夸大宣传，不承诺治疗效果，遇到耳道有炎症的顾客主动劝其就医；
四、明码标价，不强行推销办卡。
让我们从每一把耳勺做起，让顾客放心，让行业长久。
郏川县美容美发行业协会
2024年7月30日
""",
    ),
    dict(
        slug="company-ruigong-news-kids-hand-drill",
        site="锐工工具 (invented, company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ruigong-tools.com/news/2024/0326/118.html",
        title="邛溪锐工推出儿童劳动课专用手摇钻",
        record_title="研发快讯 ∣ 邛溪锐工推出儿童劳动课专用手摇钻（附参数）- 锐工工具",
        record_date="2024-03-26",
        date="2024-03-26",
        notes="company site: cookie notice, service float, product menu; the record gives the date; the dotted company "
        "date; a repeated title glued before the lead; a product-ad line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>研发快讯 ∣ 邛溪锐工推出儿童劳动课专用手摇钻（附参数）- 锐工工具</title>
<script src="/assets/js/site.js"></script>
</head><body>
<header>⟦m 锐工工具⟧ ⟦m 手上的好帮手⟧ <nav>⟦m <a>首页</a> <a>产品中心</a> <a>新闻资讯</a> <a>经销网络</a> <a>关于锐工</a>⟧</nav> <a>⟦a 天猫旗舰店⟧</a></header>
<div class="pos">⟦m 首页 ＞ 新闻资讯 ＞ 产品动态⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2024.03.26　｜　锐工品牌部⟧</p>
<div class="art-body">
{BODY}
</div>
<p class="share">⟦l 分享到 微信 微博 抖音⟧</p></article>
<div class="kf-float">⟦w 在线客服⟧<br>⟦m 订购热线 400-870-5512⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续访问即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m 邛溪锐工工具有限公司　版权所有　川ICP备18030352号⟧</footer>
</body></html>
""",
        body="""
⟦t 邛溪锐工推出儿童劳动课专用手摇钻⟧3月25日，邛溪锐工工具有限公司推出一款儿童劳动课专用手摇钻，首批2000把已发往省内多所中小学。
这款手摇钻整机重量只有460克，摇柄和握把采用加厚软胶包裹，齿轮外加装透明防护罩，既能防止学生夹手，又方便老师讲解齿轮传动。钻夹头最大夹持直径6毫米，配有4种规格的圆头木工钻。
⟦a 【新品】儿童手摇钻套装现已上架，学校团购另有优惠⟧
公司技术总监罗振东介绍，研发团队走访了十几所学校的劳动课老师，根据孩子的手型调整了摇柄长度。产品已通过第三方机构的安全检测。
""",
    ),
    dict(
        slug="company-youhu-recall-visual-ear-picks",
        site="郓湖优护母婴用品有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.youhu-baby.com/gonggao/20241202.html",
        title="关于召回部分批次儿童可视耳勺的公告",
        record_title="【安全召回】关于召回部分批次儿童可视耳勺的公告 - 优护母婴",
        date="2024-12-02",
        notes="company site as text: the recall line in the body beside the site's 400 order line; a batches table; "
        "成文日期 under the company's name",
        page="""
!m 优护母婴　｜　宝宝洗护　喂养　出行　安全
!m 首页 > 公司公告
!t 【安全召回】关于召回部分批次儿童可视耳勺的公告
!m 发布日期：2024-12-02　　阅读：5213
{BODY}
!m 订购热线：400-633-8520（非召回事宜）
!a 关注优护母婴服务号　　｜　　领新人券
!m © 郓湖优护母婴用品有限公司　郓ICP备16008810号
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，2024年8月至9月生产的部分批次儿童可视耳勺，发光头固定卡扣可能松脱，存在掉入耳道的风险。为保障儿童安全，我公司决定主动召回以下批次产品：
型号　生产批号　数量（支）
EK-S1　240815、240822　12600
EK-S2　240906　5400
请您立即停止使用上述产品，凭产品或购买记录联系我公司办理退款，并获赠新款耳勺一支。
您也可以关注我公司服务号，输入生产批号查询所购产品是否在召回范围内。
召回专线：0835-3371908（每天9:00—18:00）
由此给您带来的不便，我们深表歉意。
郓湖优护母婴用品有限公司
2024年12月2日
""",
    ),
    dict(
        slug="training-yishou-brochure-ear-cleaning-course",
        site="颐手职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yishoupx.com/zsjz/caier.html",
        title="采耳技师培训班招生简章",
        record_title="〔招生〕采耳技师培训班招生简章（每期限招10人）· 颐手职业培训学校",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line; the school's own 报名电话 in the body; "
        "a trial-lesson prompt between items; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔招生〕采耳技师培训班招生简章（每期限招10人）· 颐手职业培训学校</title>
<script src="/js/zixun.js"></script>
</head><body>
<div class="promo">⟦a 本月报名立减500元，老学员推荐再送工具包⟧</div>
<div class="px-head">⟦m 颐手职业培训学校⟧ ⟦m 学一门手艺　稳稳当当就业⟧</div>
<div class="px-nav">⟦m <a>首页</a> <a>热门课程</a> <a>招生简章</a> <a>学员风采</a> <a>校区地址</a>⟧</div>
<div class="px-art"><h1>{T}</h1>
<div class="px-text">
{BODY}
</div></div>
<div class="px-float"><a>⟦w 在线咨询课程顾问⟧</a><br>⟦w 顾问微信：yishou_gw08⟧</div>
<div class="px-foot">⟦m 加盟合作热线：400-169-3355⟧<br>⟦m 颐手职业培训学校　办学许可证号：郏人社民4110270031　豫ICP备22011706号⟧</div>
</body></html>
""",
        body="""
本校常年开设采耳技师培训班，现将招生事项介绍如下。
一、培训对象：年满18周岁、身体健康、有意从事采耳服务的人员。
二、培训内容：耳部基础知识、采耳工具认识与使用、耳勺和耳镊的清洗消毒、禁忌人群识别、服务礼仪，理论和实操各占一半。
⟦a 想先体验？预约一节免费试听课 ›⟧
三、培训时间：每期15天，每天6课时。实操课先在仿真耳模上练习，考核合格后方可在真人模特上操作。
四、培训费用：3800元，含全套工具和教材。
五、报名方式：携带身份证到学校前台报名，或拨打报名电话0837-5561093。
学校提醒：采耳属于生活服务，不属于医疗行为，学员结业后不得从事任何治疗性操作。
""",
    ),
    dict(
        slug="training-muyu-diary-first-hand-drill-oneline",
        site="木语手作学堂 (invented)",
        style="培训机构",
        genre="学员心得",
        kind="other",
        form="text",
        source="https://www.muyushouzuo.cn/xueyuan/shouji/52.html",
        title="第一次用手摇钻，我钻歪了三个孔",
        record_title="小木匠日记 · 第一次用手摇钻，我钻歪了三个孔｜木语手作学堂",
        date=None,
        notes="training school as text: the whole body on one line; course ad and consult lines; a share stamp (no date)",
        page="""
!m 木语手作学堂　｜　周末木工兴趣班
!m 首页 › 学员手记
{T}
!m 学员：小满（10岁）　　分享于 4 天前
{BODY}
!a 周末木工兴趣班火热报名中，点此预约体验课
!w 课程顾问电话：0835-3360187　微信同号
!l 更多学员手记：我做的第一个小书架　｜　给妈妈做了一把木勺
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
周六上午是木工兴趣班的第三节课，老师教我们用手摇钻给小板凳的横档打孔。
看老师示范的时候觉得很简单，左手压住，右手摇，钻头一圈圈往下走。轮到我自己，钻头刚碰到木头就往旁边滑，第一个孔歪得像个逗号。
老师过来看了看，说我右手摇得太急，左手又没压稳，还让我先用锥子扎个定位点。第二个孔好了一点，第三个孔还是斜了。
直到第四个孔，我才找到感觉：手腕放松，摇柄转得匀，听着齿轮咔嗒咔嗒的节奏，木屑一圈圈冒出来。
下课时我的小板凳终于装好了，虽然有一条腿有点晃，但这是我自己做的第一件家具。
""",
    ),
    dict(
        slug="app-xiezuobao-host-script-ink-bottle-exhibition",
        site="写作宝App H5分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.xiezuobao.com/share/article/77821?from=wx",
        title="“墨水瓶里的童年”老物件展暨书法比赛颁奖典礼主持词",
        record_title="“墨水瓶里的童年”老物件展暨书法比赛颁奖典礼主持词（拿来即用）· 写作宝App",
        date=None,
        notes="writing app's H5 share: open-app mask, a fold after part of the body, AI buttons; the host script's "
        "甲/乙/合 lines; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>“墨水瓶里的童年”老物件展暨书法比赛颁奖典礼主持词（拿来即用）· 写作宝App</title>
<script src="https://h5.xiezuobao.com/js/openapp.js"></script>
</head><body>
<div class="mask">⟦a 在写作宝App内打开，排版更舒服⟧ <button>⟦a 立即打开⟧</button></div>
<div class="h5-head">⟦m 写作宝⟧ ⟦m 10万+范文，写啥都不愁⟧</div>
<div class="h5-art"><h1>{T}</h1>
<p class="h5-meta">⟦m 主持词 · 校园活动　　2.6万人用过⟧</p>
<div class="h5-text">
{BODY}
</div>
<div class="fold">⟦a 余下内容已折叠，打开App免费看全文 ∨⟧</div>
<div class="ai">⟦a ✨ AI帮我改写⟧ ⟦a ✨ 一键换成我的学校⟧</div></div>
<div class="h5-rec"><h4>⟦l 相关模板⟧</h4><p>⟦l 校园书法比赛开幕式主持词⟧</p><p>⟦l 老物件展览活动方案⟧</p></div>
<div class="h5-foot">⟦m 写作宝 · 浙ICP备21033019号-2⟧</div>
</body></html>
""",
        body="""
甲：尊敬的各位老师，亲爱的同学们，
乙：大家下午好！
甲：一只墨水瓶，装着我们爸爸妈妈的童年，也装着我们每天练字的时光。
乙：欢迎来到“墨水瓶里的童年”老物件展暨校园书法比赛颁奖典礼现场！
甲：本次老物件展共收到同学们从家里带来的老墨水瓶、钢笔、墨盒一百二十多件。
乙：书法比赛共收到作品三百余幅，经过评委老师认真评选，共评出一等奖10名、二等奖20名、三等奖30名。
甲：下面，有请校长为获得一等奖的同学颁奖！
乙：让我们以热烈的掌声表示祝贺！
合：本次活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-biyou-speech-flag-raising-ink-bottle",
        site="笔友范文App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.biyoufw.com/app/share/93107",
        title="节约用墨，从一只墨水瓶说起",
        record_title="节约用墨，从一只墨水瓶说起（国旗下讲话稿）- 笔友范文App",
        date="2024-10-14",
        notes="writing app share as text: speaker line and the date under the title (neutral); the speech quotes its own "
        "title (title label matched as head); a member-unlock line between paragraphs; open-app prompts",
        page="""
!a 打开笔友范文App，解锁全部范文
!m 笔友范文 · 国旗下讲话
{T}
初二（3）班　林一诺
（2024年10月14日）
!m 1.8万次阅读　　收藏 362
{BODY}
!a ✎ AI续写　　✎ 换个主题重写
!a 复制全文需开通笔友会员
!l 同类范文：珍惜粮食，从一粒米做起（国旗下讲话）｜ 垃圾分类从我做起
!m 笔友范文App　浙ICP备20047756号
""",
        indent="\u3000\u3000",
        body="""
老师们、同学们：
大家早上好！今天我国旗下讲话的题目是《节约用墨，从一只墨水瓶说起》。
上周大扫除，我们班在卫生角清出了六只墨水瓶，有的还剩一半墨水，瓶盖丢了，墨水已经干成了硬块。大家都说不清是谁的，最后只好扔掉。
⟦a 以下内容为笔友会员专享，开通后继续阅读⟧
一瓶墨水不贵，可一只墨水瓶从制瓶、灌装到运输，要消耗不少资源。浪费的不只是几块钱，更是我们对物品的态度。
在这里，我向全体同学提三点建议：用完墨水及时拧紧瓶盖；同学之间可以合用一瓶墨水；空墨水瓶洗干净交给美术社，变废为宝。
同学们，节约不是小事。让我们从身边的一只墨水瓶做起！
我的讲话完毕，谢谢大家。
""",
    ),
]
