"""holdout325, part E: residents' sites, trade associations, company sites, training schools,
writing apps and exam forums. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="chouyuan-community-notice-moisture-recycling",
        site="俦园社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chouyuan-sq.example.com/gg/2025/0708-71.html",
        title="关于集中回收废旧衣柜防潮盒的通知",
        record_title="【楼道告示】关于集中回收废旧衣柜防潮盒的通知｜俦园社区服务网",
        date="2025-07-08",
        notes="residents' site: a weather line, a grid member's box and property repair lines next to the community's own 咨询电话; a 扫码登记 sentence is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【楼道告示】关于集中回收废旧衣柜防潮盒的通知｜俦园社区服务网</title>
<script src="/js/weather-widget.js"></script>
</head><body>
<div class="bar">⟦m 恺城区　晴　31℃　空气质量 良⟧　⟦a 居民登录⟧</div>
<div class="logo">⟦m 俦园社区服务网 · 邻里一家亲⟧</div>
<div class="nav">⟦m 首页　社区公告　便民服务　邻里活动　党建园地　办事指南⟧</div>
<div class="where">⟦m 首页 ＞ 社区公告⟧</div>
<div class="post">
<h2>{T}</h2>
<div class="meta">⟦m 发布单位：俦园社区居委会　发布时间：2025-07-08　阅读 812⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第五网格　何晓棠　139 0738 6621⟧</p></div>
<div class="wuye">⟦m 物业报修：0731-4462000　夜间值班：0731-4462001⟧</div>
<div class="foot">⟦m 俦园社区居民委员会 主办　技术支持：邻邻网⟧</div>
</body></html>
""",
        body="""
各位居民：
梅雨季结束后，不少家庭的衣柜防潮盒已经集满了水。防潮盒内的氯化钙溶液有一定腐蚀性，随意倒入下水道会损坏管道，直接丢进垃圾桶也容易渗漏。为此，社区将开展废旧防潮盒集中回收活动。
一、回收时间：7月12日至7月13日，每天9:00—17:00。
二、回收地点：社区党群服务中心门前、三期南门便民点。
三、回收方式：请将防潮盒盖紧后装入塑料袋送至回收点，现场扫码登记可领取新防潮盒一个，每户限领两个。
咨询电话：0731-4462815（社区居委会）
俦园社区居民委员会
2025年7月8日
""",
    ),
    dict(
        slug="kaile-community-pledge-lipbalm-wrapped-66",
        site="恺乐社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://kaile.kaicheng.example.cn/news/20250422-3.html",
        title="唇膏管回收进社区倡议书",
        record_title="唇膏管回收进社区倡议书（看到的邻居顺手转一下）- 恺乐社区",
        date="2025-04-22",
        notes="residents' text page hard-wrapped at 66 columns; a volunteer-signup button line and a property notice line; 成文日期 under the signature",
        page="""
!m 恺乐社区　｜　家门口的服务站
!m 社区动态 » 倡议
{T}
!m 来源：恺乐社区居委会　　阅读 377　　点赞 52
{BODY}
!a 〔我要报名当环保志愿者〕
!l 往期倡议：旧衣回收倡议书｜文明养犬倡议书
!m 恺乐社区居委会　地址：恺城区乐群街3号
""",
        wrap=66,
        body="""
亲爱的居民朋友们：
一支小小的唇膏，用完后剩下的管子大多被扔进了其他垃圾。其实，铝制和塑料唇膏管清洁后大多可以回收再利用。为此，恺乐社区向全体居民发出倡议：
一、用完的唇膏管请不要随手丢弃，拧到底后用纸巾擦净残留膏体。
二、将空管投放到社区服务站门口的“小管回家”回收箱，社区每月集中交给回收企业。
三、家中有孩子的，可以和孩子一起动手，把空管做成小手工，让旧物焕发新用途。
让我们从一支唇膏管做起，共同守护美丽家园。
恺乐社区居民委员会
2025年4月22日
""",
    ),
    dict(
        slug="lishui-packaging-assoc-minutes-lipbalm-standard",
        site="俪水市化妆品包装行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.lshzpbz.example.org.cn/xhdt/2025/0926/108.html",
        title="俪水市化妆品包装行业协会三届五次理事会会议纪要",
        record_title="〔会务纪实〕俪水市化妆品包装行业协会三届五次理事会会议纪要_协会动态",
        date="2025-09-24",
        date_also=["2025-09-26"],
        notes="association page: a member-login row, a member hotline; the association's name in the header is also in the title; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; meeting date vs posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔会务纪实〕俪水市化妆品包装行业协会三届五次理事会会议纪要_协会动态</title>
<script src="/static/member.js"></script>
</head><body>
<div class="login">⟦a 会员单位登录　｜　申请入会　｜　会费缴纳⟧</div>
<div class="brand">⟦m 俪水市化妆品包装行业协会⟧</div>
<div class="menu">⟦m 协会概况　协会动态　标准化工作　会员名录　政策法规　联系我们⟧</div>
<div class="crumbs">⟦m 协会动态 > 会议纪要⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 秘书处　2025-09-26⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 团标工作动态⟧</h4><p>⟦l 《化妆品软管通用要求》团体标准发布⟧</p><p>⟦l 关于征集2026年团体标准立项建议的通知⟧</p></div>
<div class="foot">⟦m 会员服务热线：0738-7265500⟧<br>⟦d ©俪水市化妆品包装行业协会 保留一切权利⟧</div>
</body></html>
""",
        body="""
时间：2025年9月24日9:30
地点：协会会议室
主持：会长　彭立群
出席：理事十一人
列席：监事　柳思远
记录：秘书处　谭晓
会议审议了《唇膏管旋转扭力和密封性团体标准（征求意见稿）》，秘书处汇报了前期征求意见情况。会议议定：
一、标准中旋出扭力的上限由原稿的八十毫牛·米调整为六十毫牛·米，以减少消费者拧断管体的情况。
二、密封性检测增加四十五摄氏度高温存放试验。
三、秘书处十月底前形成送审稿，提交会员大会审议。
以上事项经表决，十一票同意，零票反对，零票弃权。
""",
    ),
    dict(
        slug="zhaling-appliance-assoc-pledge-shaver-labels",
        site="樝岭县小家电行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zlxjd.example.org/changyi/2025-06-30.html",
        title="关于规范起球器产品安全警示标识的倡议书",
        date="2025-06-30",
        notes="association text page: record title as is; the association's name in the header is also its signature (head); a join line and a member hotline",
        page="""
!m 樝岭县小家电行业协会
!m 首页 ｜ 协会动态 ｜ 行业自律
{T}
!m 发布日期：2025-07-01　　点击：156
{BODY}
!a ☞ 还不是会员？在线提交入会申请
!m 协会秘书处服务电话：0736-5290316
""",
        date_also=["2025-07-01"],
        body="""
各会员单位：
近年来，起球器已经成为许多家庭的常用小家电，但部分产品的说明书和机身缺少必要的安全警示，因刀片划伤、充电过热引发的投诉时有发生。为此，协会向全体会员单位倡议：
一、在机身醒目位置标注“刀片锋利，清理前请关机”等警示语。
二、在说明书中写明充电时间、禁止边充边用等注意事项。
三、对刀网外罩卡扣进行跌落和反复拆装试验，确保不会意外脱落。
四、畅通售后渠道，对消费者反映的安全问题二十四小时内响应。
樝岭县小家电行业协会
2025年6月30日
""",
    ),
    dict(
        slug="nuantu-company-news-new-lunchbag-cookie",
        site="暖途箱包官网 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nuantu-bags.example.com/news/2025/0320-new-series.html",
        title="暖途“轻食盒”系列保温袋上市",
        record_title="新品首发季 ｜ 暖途“轻食盒”系列保温袋上市 - 怡州暖途箱包",
        record_date="2025-03-20",
        date="2025-03-20",
        notes="company site: a cookie notice, a service float, a shop link; the company's full name in the header also opens the lead (head); the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新品首发季 ｜ 暖途“轻食盒”系列保温袋上市 - 怡州暖途箱包</title>
<script src="/assets/cookie-consent.js"></script>
<script>window.dataLayer=window.dataLayer||[];</script>
</head><body>
<header><span class="logo">⟦m 怡州暖途箱包有限公司⟧</span>
<nav>⟦m 首页　产品中心　新闻动态　品质保障　加盟合作　联系我们⟧</nav>
<a class="shop">⟦a 官方旗舰店⟧</a></header>
<div class="crumb">⟦m 新闻动态 / 企业新闻⟧</div>
<article><h1>{T}</h1>
<p class="meta">⟦m 2025-03-20　｜　品牌部⟧</p>
{BODY}
</article>
<div class="prev-next">⟦l 上一条：暖途箱包荣获“怡州市专精特新企业”称号⟧<br>⟦l 下一条：2025春季经销商大会圆满召开⟧</div>
<div class="kf">⟦w 在线客服　工作日 9:00-18:00⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续访问即表示您同意我们的隐私政策。⟧<button>⟦a 我知道了⟧</button></div>
<footer>⟦m 订购热线：400-8820-613⟧　⟦m © 2025 怡州暖途箱包有限公司　湘ICP备22016730号⟧</footer>
</body></html>
""",
        body="""
3月18日，怡州暖途箱包有限公司在怡州国际会展中心发布“轻食盒”系列保温袋，面向上班族和中小学生推出三款新品。
新品采用六毫米加厚珍珠棉保温层，内衬为可拆卸的食品级铝箔，可以整片取出清洗。经第三方检测，在室温二十五摄氏度条件下，袋内饭菜四小时后温度仍可保持在五十摄氏度以上。
公司产品总监黎安然介绍，学生款在袋口加装了反光条和姓名牌，方便孩子在放学路上被看见，也避免在学校拿错。
据悉，该系列产品将于四月起在各大电商平台和线下门店同步销售。
""",
    ),
    dict(
        slug="hanjie-company-recall-pump-batches",
        site="瀚洁家居官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.hanjie-home.example.cn/gonggao/recall-20250217.html",
        title="瀚洁牌电动真空收纳袋套装召回公告",
        record_title="产品召回丨瀚洁牌电动真空收纳袋套装召回公告 - 瀚洁家居官网",
        date="2025-02-17",
        notes="company text page: a 400 order line next to the recall line in the body; recalled batches one row a paragraph; the company name also the signature",
        page="""
!m 瀚洁家居 · 收纳让家更大
!m 首页 / 服务与支持 / 公告
{T}
!m 2025-02-17　服务中心
{BODY}
!w 购买咨询请拨打 400-8861-290，召回事宜请拨打公告中的召回专线
!l 相关公告：产品保修政策说明｜如何辨别瀚洁正品
!m © 佶阳瀚洁日用品有限公司 版权所有
""",
        body="""
佶阳瀚洁日用品有限公司根据《消费品召回管理暂行规定》，自即日起召回部分批次瀚洁牌电动真空收纳袋套装。
召回原因：部分套装所配电动抽气泵的充电口防护不足，充电时受潮可能发生短路，存在安全隐患。
召回范围如下：
产品型号　生产批号　数量（套）
HJ-E08　20240903　3120
HJ-E08　20240921　2860
HJ-E12　20241015　1740
消费者可停止使用抽气泵，拨打召回专线0739-6185530，公司将免费更换新型抽气泵并承担运费。
佶阳瀚洁日用品有限公司
2025年2月17日
""",
    ),
    dict(
        slug="qiaogong-school-brochure-garment-care-courses",
        site="樝岭巧工职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="http://www.qiaogongpx.example.com/zsjz/yiwuhuli.html",
        title="衣物护理师周末班招生简章",
        record_title="【春季班报名中】衣物护理师周末班招生简章（小白友好）- 樝岭巧工职业培训学校",
        date=None,
        notes="training school: a promo banner, a 400 franchise line and a consult float next to the school's own 报名电话; a course table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【春季班报名中】衣物护理师周末班招生简章（小白友好）- 樝岭巧工职业培训学校</title>
<script src="/js/swiper.min.js"></script>
</head><body>
<div class="banner">⟦a 春季开班特惠：前20名报名立减300元⟧</div>
<div class="head">⟦m 樝岭巧工职业培训学校⟧　⟦w 加盟合作：400-6602-3318⟧</div>
<div class="nav">⟦m 学校首页　热门课程　招生简章　师资力量　学员风采　在线报名⟧</div>
<div class="pos">⟦m 首页 > 招生简章⟧</div>
<div class="cont">
<h1>{T}</h1>
<div class="info">⟦m 发布者：招生办　浏览：903⟧</div>
{BODY}
</div>
<div class="float">⟦w 在线咨询　课程顾问马上为您解答⟧</div>
<div class="foot">⟦d 学费标准以报名时签订的协议为准，本校保留课程调整的权利。⟧<br>⟦m 樝岭巧工职业培训学校　办学许可证：教民143112970000215号⟧</div>
</body></html>
""",
        body="""
衣物护理师是近年新兴的生活服务职业，面向干洗店、酒店布草间和家政服务企业。本校开设衣物护理师周末班，帮助学员系统掌握衣物清洁、熨烫和养护技能。
一、课程安排
课程　课时　主要内容
面料识别　八　羊毛、羊绒、化纤面料的区分
去球护理　六　起球器、毛球修剪刀的正确使用
熨烫定型　十　蒸汽熨斗和挂烫机操作
⟦a 🎁 本月报名即送衣物护理工具包一套（价值199元）⟧
二、招生对象
年满十八周岁，身体健康，有志从事衣物护理工作的人员。
三、报名方式
报名电话：0736-5270318，报名地址：樝岭县樝城镇解放路86号二楼。
""",
    ),
    dict(
        slug="gewu-training-trainee-note-vacuum-oneline",
        site="怡州格物收纳培训中心 (invented)",
        style="培训机构",
        genre="学员心得",
        kind="other",
        form="text",
        source="https://www.gewushouna.example.cn/xueyuan/zuopin/231.html",
        title="学了收纳课，才知道真空收纳袋不是越压越好",
        record_title="【学员手记·收纳篇】学了收纳课，才知道真空收纳袋不是越压越好 · 怡州格物收纳培训中心",
        date=None,
        notes="training-school text page with the whole body on one line; a course ad and a trial-lesson line; no date (a 'shared 2 weeks ago' stamp only)",
        page="""
!m 怡州格物收纳培训中心　|　整理师认证培训
!m 首页 » 学员作品
!t 【学员手记·收纳篇】学了收纳课，才知道真空收纳袋不是越压越好
!m 初级班第十二期学员　唐小满　　分享于 2 周前
{BODY}
!a 👉 免费预约一节整理师体验课
!w 课程咨询：格物小助手（微信 gewu_shouna01）
!m 怡州格物收纳培训中心 版权所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
上个月报了学校的收纳整理师初级班，第三节课讲到真空收纳袋，老师一开口就颠覆了我的习惯。
以前我把所有换季衣服都塞进真空袋里抽到最扁，以为越省地方越好。老师说，羊毛大衣、羽绒服长期重压会失去蓬松度，这类衣物最多抽到七成，或者干脆挂起来。
老师还教我们给每个袋子拍一张照片存在手机里，再在袋子外面贴上标签，找衣服的时候不用一个个拆开。
课后我回家把衣柜重新整理了一遍，腾出了整整一层，家里人都说变化很大。
""",
    ),
    dict(
        slug="luobi-app-report-dorm-keeper-moisture",
        site="落笔写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.luobixiezuo.example.com/share/doc?sid=Qm83Lx21",
        title="宿管科科长2025年度述职报告",
        record_title="宿管科科长2025年度述职报告（含防潮工作）｜落笔写作·分享页",
        date="2025-12-28",
        notes="writing app H5 share: an open-app mask, a fold with 'continue in app', an AI-rewrite button; 述职人 and 成文日期 at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>宿管科科长2025年度述职报告（含防潮工作）｜落笔写作·分享页</title>
<script src="https://h5.luobixiezuo.example.com/static/openapp.js"></script>
</head><body>
<div class="app-bar">⟦a 落笔写作App　打开⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="meta">⟦m 来自落笔写作用户“宿管老严”的分享　·　1.8千人看过⟧</div>
<div class="ai">⟦a ✨ AI帮我改写成自己的版本⟧</div>
<div class="content">
{BODY}
</div>
<div class="fold">⟦a 展开剩余部分需打开App继续阅读⟧</div>
</div>
<div class="rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 后勤服务中心主任述职报告⟧</p><p>⟦l 宿舍管理员个人工作总结⟧</p></div>
<div class="mask">⟦a 在App内打开，体验一键排版、导出PDF⟧</div>
</body></html>
""",
        body="""
一年来，我在学院党委和后勤处的领导下，负责全院十二栋学生宿舍的管理工作，现将履职情况报告如下。
一、抓住学生关切办实事。针对低楼层宿舍返潮问题，牵头为二千四百个衣柜配置防潮盒，建立“月查季换”制度，全年更换防潮盒九千六百个，学生满意度调查中宿舍环境一项由七十八分提高到九十一分。
二、抓住安全底线守阵地。全年开展宿舍安全检查四十八次，收缴违规电器一百三十余件，未发生安全事故。
三、抓住队伍建设强保障。组织宿管员培训六次，修订《宿管员工作手册》。
不足之处是宿舍信息化管理推进较慢，明年将重点改进。
述职人：严慧
2025年12月28日
""",
    ),
    dict(
        slug="wengaobao-app-host-script-lipbalm-charity",
        site="文稿宝APP (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.wengaobao.example.cn/s/zcc/90317",
        title="唇膏DIY义卖活动主持词",
        record_title="唇膏DIY义卖活动主持词（含开场、串场、结尾）- 文稿宝APP",
        date=None,
        notes="writing app text share: a VIP line, an 'open in app' prompt, a template-count line; a host script with no date",
        page="""
!m 文稿宝 · 你的写稿小帮手
!t 唇膏DIY义卖活动主持词（含开场、串场、结尾）
!m 主持词 · 校园活动　　更新于昨天　　已有 406 人套用
!a 在文稿宝App中打开，可替换学校名称一键生成
{BODY}
!a 开通文稿宝VIP，主持词模板无限次套用
!l 同场景推荐：爱心义卖活动开幕致辞｜社团嘉年华主持稿
""",
        body="""
尊敬的各位来宾、亲爱的同学们：
大家下午好！欢迎来到“一管温暖”唇膏DIY义卖活动现场。今天，同学们亲手制作的三百支唇膏将在这里义卖，所得善款全部用于为佶阳县山区小学的孩子们购买冬衣。
首先，请允许我介绍今天的活动流程：第一个环节是制作展示，第二个环节是爱心义卖，第三个环节是善款公示。
下面，有请化学社的同学为大家演示唇膏的制作过程，看看一支唇膏是怎样从蜂蜡、橄榄油变成管中的膏体的。
义卖活动到这里就圆满结束了。感谢每一位伸出援手的朋友，让我们把这份温暖送到山里孩子的身边。
""",
    ),
    dict(
        slug="anshang-exam-forum-essay-lunchbag-jammer",
        site="岸上公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.anshanggk.example.com/thread-551903-1-1.html",
        title="小小保温袋里的民生温度",
        record_title="〈申论范文自评〉小小保温袋里的民生温度（练习稿，求考官老师点评）- 申论写作区 - 岸上公考论坛",
        date=None,
        notes="exam forum: jammer fonts inside the post, a reply-to-see prompt, a QQ-group ad, a rating row; a relative post time, no date",
        page="""
<html><head><meta charset="utf-8">
<title>〈申论范文自评〉小小保温袋里的民生温度（练习稿，求考官老师点评）- 申论写作区 - 岸上公考论坛</title>
<style>.jammer{font-size:0px;color:#FFFFFF}</style>
</head><body>
<div id="hd">⟦m 岸上公考论坛 · 一起上岸⟧　⟦a 快速登录 · 新号注册⟧</div>
<div id="nv">⟦m 首页　行测交流　申论写作区　面试天地　考情资讯⟧</div>
<div id="pt">⟦m 岸上公考论坛 › 申论写作区 › 大作文练习⟧</div>
<table class="post"><tr><td class="pls">⟦m 努力的鲸鱼⟧<br>⟦m 积分 623　上岸值 12⟧</td>
<td class="plc"><h1>⟦t 〈申论范文自评〉小小保温袋里的民生温度（练习稿，求考官老师点评）⟧</h1>
<div class="authi">⟦m 发表于 6 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有评分细则，回复后才能查看⟧</div>
<div class="rate">⟦l 评分　上岸值 +5　写得有层次⟧</div>
</td></tr></table>
<div class="ad">⟦w 申论一对一批改，加QQ群 604112938 领取历年真题⟧</div>
<div id="ft">⟦m 岸上公考论坛 © 2016-2025　京ICP备17063300号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
一只保温袋，装的是一顿热饭，连着的是民生冷暖。近年来，不少地方为环卫工人、送餐老人、带餐学生配发保温袋，事情虽小，却折射出基层治理的细腻与温度。
做好民生小事，首先要看得见。保温袋的需求，来自环卫工人凉了的午饭、来自山区孩子冷掉的饭盒，只有俯下身子倾听，才能发现这些“小而急”的需求。
做好民生小事，其次要办得实。发放保温袋不是拍照留念，质量要过关，后续清洗、更换也要有人管，不能一发了之。
做好民生小事，更要坚持久。民生无小事，把一件件小事持续办好，群众的获得感就会一点点积累起来。
""",
    ),
    dict(
        slug="anshang-exam-forum-interview-shaver-junk",
        site="岸上公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.anshanggk.example.com/thread-553320-1-1.html",
        title="社区开展“旧衣焕新”活动，你如何组织？",
        record_title="【结构化·活动策划题】社区开展“旧衣焕新”活动，你如何组织？（附三段式作答）- 面试天地 - 岸上公考论坛",
        date=None,
        notes="exam-forum text thread: junk lines and junk glued after 。; a poster line with a relative time, replies, a group ad; no date",
        page="""
!m 岸上公考论坛 › 面试天地 › 结构化真题
!t 【结构化·活动策划题】社区开展“旧衣焕新”活动，你如何组织？（附三段式作答）
!m 楼主 面试冲冲冲　　发表于 2 天前　　查看 918 | 回复 14
{BODY}
!l 2# 小石榴：第二点可以再加一个安全保障
!l 3# 考官视角：思路清晰，但缺少对突发情况的预案
!w 面试模拟一对一，微信 anshang_ms66
!a 回帖可查看更多组织题答题模板
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：社区准备开展“旧衣焕新”志愿活动，用起球器帮居民打理冬衣，领导让你负责，你会如何组织？
我的作答如下：
首先，做好前期准备。通过楼栋群和入户走访，了解居民需求和参与意愿，确定活动时间和地点；向社区申请经费，采购起球器、衣物刷等工具，招募十名左右志愿者并进行简单培训。
其次，抓好现场组织。设置登记区、护理区和取衣区，登记时给衣物挂号码牌，防止拿错；安排志愿者专门服务行动不便的老人，必要时上门取送。
最后，做好总结提升。活动结束后统计服务人数，收集居民意见，形成常态化服务机制。
""",
    ),
]
