"""holdout323, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text throughout; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="tiaoyuan-community-notice-bath-footstools-schedule",
        site="祧园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tiaoyuan-sq.cn/gg/2025/0402/133.html",
        title="关于为辖区高龄老人免费上门安装浴室扶手和脚凳的通知",
        record_title="【为老办实事】关于为辖区高龄老人免费上门安装浴室扶手和脚凳的通知（子女可代为登记）- 祧园社区网",
        date="2025-04-02",
        notes="residents' site with a weather line, a grid member's box and property repair lines; a schedule table; 扫描二维码登记 is body; the community's own 咨询电话 stays in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【为老办实事】关于为辖区高龄老人免费上门安装浴室扶手和脚凳的通知（子女可代为登记）- 祧园社区网</title>
<link rel="stylesheet" href="/static/sq.css">
<script src="/static/weather.js"></script>
</head><body>
<div class="sq-top"><span>⟦m 祧园社区网 · 邻里一家亲⟧</span> <span id="wx">⟦m 今日 晴 9~21℃ 空气质量 良⟧</span></div>
<div class="sq-nav">⟦m 首页　社区公告　便民服务　党建引领　邻里活动⟧</div>
<div class="sq-pos">⟦m 首页 › 社区公告⟧</div>
<div class="sq-art"><h2>{T}</h2>
<div class="sq-meta">⟦m 发布：社区居委会　浏览 508⟧</div>
<div class="sq-con">
{BODY}
</div></div>
<div class="sq-side">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　冉静　手机 13872605117⟧</p></div>
<div class="wy"><h4>⟦m 物业服务⟧</h4><p>⟦m 物业报修：0719-5251900⟧</p><p>⟦m 夜间值班：0719-5251901⟧</p></div>
</div>
<div class="sq-foot">⟦m 祧园社区居民委员会　地址：祧山县飐桥街道羑安路9号⟧</div>
</body></html>
""",
        body="""
各位居民：
为减少老人洗澡时滑倒摔伤，社区联合辖区物业和爱心企业，为75周岁以上老人免费上门安装浴室扶手，并配送防滑脚凳一只。安装安排如下：
楼栋　安装日期
1—6栋　4月8日至4月10日
7—12栋　4月14日至4月16日
13—18栋　4月21日至4月23日
有需要的居民请扫描社区公告栏上的二维码登记，也可到社区服务站现场登记。
咨询电话：0719-5251618（社区服务站）
祧园社区居民委员会
2025年4月2日
""",
    ),
    dict(
        slug="lanan-community-lecture-mothproof-storage",
        site="襕安社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lanan-sq.com/hdyg/2025-10-21/77.html",
        title="关于举办“换季收纳 防蛀防霉”居民讲座的通知",
        record_title="【邻里小课堂·第8期】关于举办“换季收纳 防蛀防霉”居民讲座的通知 - 襕安社区服务网",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="a lecture notice whose 时间/地点/内容 lines are body; 关注公众号 and 报名 in a body sentence; a sign-up CTA on a line of its own after the body; signature date differs from 发布于",
        page="""
!m 襕安社区服务网
!m 首页 > 社区公告 > 活动预告
!t 【邻里小课堂·第8期】关于举办“换季收纳 防蛀防霉”居民讲座的通知
!m 发布人：社区办　发布于：2025-10-21　已读 233
{BODY}
!a 网上报名请戳 → 马上报名
!l 往期活动：社区义剪进楼栋　｜　垃圾分类积分兑换日
!m 襕安社区居委会　地址：飐桥街道羑安路18号
!m 物业服务中心：0719-5330211
""",
        body="""
各位居民朋友：
换季时节，衣物收纳不当容易生虫、发霉。为帮助大家科学收纳，社区将举办“换季收纳 防蛀防霉”讲座，欢迎参加。
时间：10月26日（星期日）上午9:30
地点：社区党群服务中心二楼活动室
内容：衣物清洗晾晒要点；防蛀片、樟木条等防虫用品的选择和投放；羊毛、羽绒衣物的收纳方法。
现场将向前30名到场居民赠送无萘防蛀片一盒。⟦a 〔我要报名〕⟧请关注“襕安社区”公众号，回复“收纳”即可报名。
襕安社区居民委员会
2025年10月20日
""",
    ),
    dict(
        slug="youcheng-daily-chem-association-pledge-pdcb-member-login",
        site="羑城市日用化学品行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ycrhxh.org.cn/hyzl/2025/0530/58.html",
        title="关于在防蛀产品中停止使用对二氯苯的倡议书",
        record_title="〔自律倡议·防蛀产品〕关于在防蛀产品中停止使用对二氯苯的倡议书 - 羑城市日用化学品行业协会",
        date="2025-05-28",
        date_also=["2025-05-30"],
        notes="association site with a member-login row and a member hotline; its name in the header is also the signature (matched as head); signature date differs from the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔自律倡议·防蛀产品〕关于在防蛀产品中停止使用对二氯苯的倡议书 - 羑城市日用化学品行业协会</title>
<link rel="stylesheet" href="/skin/xh.css">
<script src="/skin/js/member-login.js"></script>
</head><body>
<div class="xh-login">⟦a 会员单位登录　｜　申请入会　｜　会员服务热线 0736-2281517⟧</div>
<div class="xh-head"><span class="name">⟦m 羑城市日用化学品行业协会⟧</span> <span>⟦m 服务 自律 协调 维权⟧</span></div>
<div class="xh-nav">⟦m 首页　协会概况　行业自律　政策法规　会员风采　联系我们⟧</div>
<div class="xh-pos">⟦m 您现在在：首页 › 行业自律⟧</div>
<div class="xh-art"><h2>{T}</h2>
<p class="xh-meta">⟦m 发布日期：2025-05-30　来源：秘书处⟧</p>
<div class="xh-con">
{BODY}
</div></div>
<div class="xh-rel"><h4>⟦l 行业自律 · 往期⟧</h4><p>⟦l 日化企业诚信经营公约（2024年修订）⟧</p><p>⟦l 关于规范洗涤剂标签标识的倡议⟧</p></div>
<div class="xh-foot">⟦m © 2025 羑城市日用化学品行业协会 版权所有　湘ICP备16019930号⟧</div>
</body></html>
""",
        body="""
全市日化生产企业、经销企业：
对二氯苯是部分防蛀片、卫生球的主要成分，气味刺激，长期接触可能危害人体健康，一些国家和地区已限制其在家用防蛀产品中使用。为维护消费者健康，推动行业转型，本会倡议：
一、生产企业不再新上含对二氯苯的防蛀片生产线，现有产品年底前完成配方替代；
二、经销企业优先采购无萘、无对二氯苯的防蛀产品，下架标签成分不清的产品；
三、各会员单位在产品包装上如实标注有效成分和使用注意事项。
羑城市日用化学品行业协会
2025年5月28日
""",
    ),
    dict(
        slug="yangchuan-accessories-association-minutes-hairband-standard",
        site="飏川县饰品行业协会 (invented association site, text)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.ycsspxh.cn/xhdt/hyjy/2025/0922/31.html",
        title="飏川县饰品行业协会第二届理事会第四次会议纪要",
        date="2025-09-19",
        date_also=["2025-09-22"],
        notes="record title as is; council minutes on a children's-hairband group standard with 时间/地点/主持/出席/列席/记录 lines and a vote count; the 时间 line is the date, the page's 发布时间 also accepted; member-login row with a member hotline",
        page="""
!m 飏川县饰品行业协会
!m 首页 ＞ 协会动态 ＞ 会议纪要
{T}
!m 发布时间：2025-09-22　发布者：秘书处
!a 会员登录　｜　入会申请　｜　会员热线：0719-4380216
{BODY}
!l 上一篇：协会组织会员企业赴义乌考察学习
!l 下一篇：关于缴纳2025年度会费的通知
!m 飏川县饰品行业协会 版权所有　地址：羖田镇工业园3号楼
""",
        body="""
时间：2025年9月19日下午
地点：协会会议室
主持：会长　柏云裳
出席：理事单位代表17名
列席：县市场监管局质量科　宁辉
记录：秘书处　莫小禾
会议审议《儿童发箍安全技术要求》团体标准（草案）。秘书处介绍了标准起草情况，草案对儿童发箍的边缘圆滑度、小零件牢固度、涂层重金属含量作出规定。
与会理事对发箍齿距和弹力测试方法提出修改意见，秘书处将据此修改完善。
会议以举手方式表决，同意16票，反对0票，弃权1票，原则通过标准草案，报县市场监管局备案后发布。
""",
    ),
    dict(
        slug="zhankou-precision-recall-tablet-stands-batches",
        site="飐口精工官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.zkjingong.com/news/notice/2025-10-15-recall.html",
        title="关于召回部分批次铝合金折叠平板支架的公告",
        record_title="【产品召回·质量公告】关于召回部分批次铝合金折叠平板支架的公告 - 飐口精工官网",
        record_date="2025-10-15",
        date="2025-10-15",
        notes="record date; company site with a cookie notice and a service float; recalled batches table (production months are no date); the recall line stays in the body next to a 400 order line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>【产品召回·质量公告】关于召回部分批次铝合金折叠平板支架的公告 - 飐口精工官网</title>
<link rel="stylesheet" href="/assets/site.min.css">
<script src="/assets/cookie-consent.js" defer></script>
</head><body>
<header><a href="/" class="brand">⟦m 飐口精工⟧</a>
<nav>⟦m 产品中心　解决方案　新闻动态　服务支持　关于我们⟧</nav>
<a class="buy" href="/shop">⟦w 在线订购热线 400-098-6611⟧</a></header>
<div class="crumbs">⟦m 首页 / 新闻动态 / 公司公告⟧</div>
<main><h1>{T}</h1>
<p class="date">⟦m 2025-10-15　阅读 2,031⟧</p>
<section class="article">
{BODY}
</section></main>
<aside class="float-service">⟦w 在线客服 · 工作日 9:00-18:00⟧</aside>
<div class="cookie-bar">⟦d 本站使用Cookie改善您的浏览体验，继续浏览即视为同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 飐口精工科技有限公司　鄂ICP备21018834号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司近期在质量回访中发现，部分批次铝合金折叠平板支架的转轴铆钉存在松动可能，长期使用后支撑臂可能突然下落，存在夹手风险。为保障用户安全，我公司决定主动召回以下批次产品：
型号　生产批次　生产日期
FZ-12　B2504017　2025年4月
FZ-12　B2505022　2025年5月
FZ-13　B2505031　2025年5月
请持有上述批次产品的用户停止使用，并拨打召回专线0719-5339876登记，我公司将免费上门更换或退款。
飐口精工科技有限公司
2025年10月15日
""",
    ),
    dict(
        slug="jingyan-company-news-glass-nail-file-title-glued",
        site="晶妍日用品有限公司 (invented company site, text)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jingyan-daily.com/news/qiye/618.html",
        title="公司纳米玻璃指甲锉通过欧盟CE认证　首批订单发往德国",
        record_title="[企业新闻] 公司纳米玻璃指甲锉通过欧盟CE认证　首批订单发往德国 - 晶妍日用品有限公司",
        date="2025-06-23",
        notes="the title printed as a heading and again glued before the lead; 发布时间 is the page's date; sales line and prev/next after the body",
        page="""
!m 晶妍日用品有限公司
!m 首页　关于我们　产品中心　新闻中心　联系我们
!m 新闻中心 > 企业新闻
{T}
!m 发布时间：2025-06-23　浏览：318
{T}{BODY}
!l 上一条：公司参加第三十届日用百货博览会
!l 下一条：晶妍日用品组织员工消防演练
!m 销售热线：0719-5362288　传真：0719-5362289
!m © 晶妍日用品有限公司　鄂ICP备20031877号
""",
        body="""
近日，公司自主研发的纳米玻璃指甲锉通过欧盟CE认证，首批3万支订单已于6月20日从禳坪物流园发往德国汉堡。
该款指甲锉采用钢化玻璃经纳米蚀刻工艺制成，锉面颗粒均匀，锉完指甲边缘光滑不起毛，可用清水直接冲洗，使用寿命是普通砂条锉的十倍以上。
公司总经理庄逸凡介绍，今年公司投入研发经费260万元，新建了两条自动化蚀刻生产线。下一步，公司将开发适合老年人和儿童使用的圆头指甲锉系列。
""",
    ),
    dict(
        slug="qiaozhi-school-brochure-nail-care-weekend-course",
        site="巧指职业培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaozhi-edu.com/zsjz/xiujia-zhoumo.html",
        title="居家修甲护理周末班招生简章",
        record_title="〖周末班火热报名〗居家修甲护理周末班招生简章（零基础也能学）｜巧指职业培训学校",
        date=None,
        notes="training school with a promo banner, a 400 franchise line and a consult float; course table one row a paragraph; the school's own 报名电话 stays in the body; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖周末班火热报名〗居家修甲护理周末班招生简章（零基础也能学）｜巧指职业培训学校</title>
<link rel="stylesheet" href="/css/qz.css">
<script src="/js/kefu.js"></script>
</head><body>
<div class="qz-promo">⟦a 秋季报名季：两人同报各减100元，名额有限⟧</div>
<div class="qz-head"><span>⟦m 巧指职业培训学校⟧</span> <span>⟦m 人社部门备案的职业技能培训机构⟧</span></div>
<div class="qz-nav">⟦m 首页　课程中心　师资力量　学员作品　在线报名⟧</div>
<div class="qz-art"><h1>{T}</h1>
<div class="qz-con">
{BODY}
</div></div>
<div class="qz-join">⟦w 全国加盟热线：400-616-8852⟧</div>
<div id="kefu-float">⟦w 课程顾问在线答疑⟧</div>
<div class="qz-foot">⟦m 巧指职业培训学校　办学许可证号 4210230000117⟧</div>
</body></html>
""",
        body="""
一、课程简介
本课程面向家政服务人员、养老护理员和有兴趣的居民，教授指甲锉、死皮推等工具的正确使用，以及老人、儿童修甲护理方法。
二、课程安排
课次　内容　课时
第1课　指甲结构与工具认识　3课时
第2课　指甲锉的选择与使用　3课时
第3课　老年人修甲与足部护理　4课时
第4课　工具消毒与实操考核　4课时
三、报名须知
每期招收20人，学费680元，含工具包一套。结业考核合格者颁发培训证书。
报名地址：飏川县羑安路66号三楼　报名电话：0719-4395520
""",
    ),
    dict(
        slug="meiyan-school-trainee-share-hairband-makeup",
        site="美研化妆造型学校 (invented training school, text)",
        style="培训机构",
        genre="学员心得",
        kind="other",
        form="text",
        source="https://www.meiyan-mz.com/xueyuan/suibi/209.html",
        title="化妆班学习第30天：小小一只发箍，帮我解决了大问题",
        record_title="化妆班打卡｜化妆班学习第30天：小小一只发箍，帮我解决了大问题（化妆造型全科班第12期）",
        date=None,
        notes="a trainee's share; column prefix and class aside in the record title; a free trial-lesson line and a consult line after the body; relative time only",
        page="""
!m 美研化妆造型学校
!m 首页｜课程设置｜师资团队｜学员风采｜在线报名
!t 化妆班打卡｜化妆班学习第30天：小小一只发箍，帮我解决了大问题（化妆造型全科班第12期）
!m 作者：学员 小满　　3 个月前
{BODY}
!a 想和小满一样学化妆？点这里约一节免费试听课
!w 招生咨询：0719-4376600　微信同号
!l 更多学员随笔：从零基础到接单化妆师　｜　我的新娘妆作业
""",
        body="""
来化妆班一个月了，最想分享的是一个不起眼的小工具——发箍。
刚开始练底妆，我总是一边化一边拨头发，刘海和碎发沾上粉底，老师说这样妆面永远干净不了。第二周，老师给每人发了一只宽边毛巾发箍，要求化妆前先把头发全部箍到脑后。
戴上以后，额头和发际线完全露出来，粉底能一直推到发根，修容也好找位置了。后来给模特化妆，我也会先递上一只发箍，模特都说很贴心。
老师说，专业和业余的差别，往往就在这些细节里。这句话我记住了。
""",
    ),
    dict(
        slug="miaobi-app-host-script-footstool-handover",
        site="妙笔范文App (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.miaobi-app.com/share/essay?id=7730418&from=wx",
        title="“一凳一扶手”适老化改造交付仪式主持词",
        record_title="“一凳一扶手”适老化改造交付仪式主持词（主持人直接念）· 妙笔范文App",
        date=None,
        notes="H5 share with an open-app bar, a fold, a download mask and an AI-rewrite button glued after a line; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>“一凳一扶手”适老化改造交付仪式主持词（主持人直接念）· 妙笔范文App</title>
<link rel="stylesheet" href="https://h5.miaobi-app.com/static/share.css">
<script src="https://h5.miaobi-app.com/static/openapp.js"></script>
</head><body>
<div class="open-bar">⟦m 妙笔范文⟧ <span>⟦a App内阅读，排版更舒服⟧</span> <button>⟦a 打开⟧</button></div>
<div class="essay"><h1>{T}</h1>
<p class="meta">⟦m 妙笔用户 笔耕不辍 分享　· 1.8万人看过⟧</p>
<div class="essay-body">
{BODY}
</div>
<div class="fold">⟦a 余下内容已折叠，展开需打开App⟧</div>
<div class="mask">⟦a 下载妙笔App，免费复制全文⟧</div></div>
<div class="rec"><h3>⟦l 相似范文⟧</h3><p>⟦l 社区适老化改造启动仪式主持词⟧</p><p>⟦l 敬老院重阳节文艺汇演串词⟧</p></div>
</body></html>
""",
        body="""
尊敬的各位领导、各位老人、朋友们：
大家上午好！今天，我们在这里举行“一凳一扶手”适老化改造交付仪式。首先，请允许我介绍出席今天仪式的领导和嘉宾。⟦a ✎AI帮你换个说法⟧
下面，请街道办事处负责同志介绍改造项目情况。
感谢介绍。三个月来，施工队走进了86户老人家中，装扶手、送脚凳，把安全放进了每一个细节。
下面，请老人代表讲话。
谢谢老人家朴实的话语。下面，请领导和老人代表共同为“安心之家”揭牌。
仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="biyou-app-summary-archives-mothproof-oneline",
        site="笔友范文App (invented writing app, text share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.biyou-app.cn/d/xr82kd0",
        title="档案室2025年防虫防霉工作总结",
        record_title="档案室2025年防虫防霉工作总结（拿去改改就能交）｜笔友范文App",
        date="2025-12-26",
        notes="the whole summary on one line (paragraphs apart only by their indent); app prompts above and below; share stamp 昨天 is no date; signature date",
        page="""
!m 笔友范文App · 分享页
!a 打开App阅读全文，体验更流畅
!t 档案室2025年防虫防霉工作总结（拿去改改就能交）
!m 来自笔友范文App用户分享　｜　分享于 昨天
{BODY}
!a AI帮我改写　｜　一键复制　｜　导出Word
!l 你可能还想看：档案管理工作总结　｜　库房安全自查报告
!a 下载笔友范文App，海量范文随心用
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
2025年，档案室按照“以防为主、防治结合”的原则，扎实做好库房防虫防霉工作，全年未发现虫蛀、霉变档案。
一是规范防蛀片投放。全年更换无萘防蛀片两次，每个密集架顶层投放两片，并建立投放登记台账。
二是加强温湿度监测。库房每天上下午各记录一次温湿度，梅雨季节开启除湿机，相对湿度控制在60%以下。
三是开展档案抽检。每季度随机抽查100卷档案，检查纸张有无虫眼、霉斑。
明年将继续完善防虫防霉措施，确保档案安全。
韨湖区住房保障中心档案室
2025年12月26日
""",
    ),
]
