"""holdout263, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="community-poyuan-reminder-brazier-corridors-html",
        site="皤园社区网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.poyuansq.cn/gonggao/2024/1202/119.html",
        title="皤园社区关于冬季安全使用火盆取暖的温馨提示",
        record_title="【居家安全】皤园社区关于冬季安全使用火盆取暖的温馨提示_社区公告_皤园社区网",
        date="2024-12-02",
        notes="residents' site: a weather line, a grid worker's box, property duty and repair lines as chrome beside "
        "the community's own 咨询电话 in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【居家安全】皤园社区关于冬季安全使用火盆取暖的温馨提示_社区公告_皤园社区网</title>
<link rel="stylesheet" href="/theme/sq/main.css">
<script src="/theme/sq/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 皤园社区网⟧　⟦m 陔阳县城关镇皤园社区居民委员会⟧　<span class="weather">⟦m 今天 阴转小雨 2℃~7℃ 北风3级⟧</span></div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　邻里互动　党建园地⟧</div>
<div class="sq-path">⟦m 首页 › 社区公告⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区服务站　浏览 742 次⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-share">⟦l 转发到小区业主群⟧</div>
</div>
<div class="sq-side">
<div class="grid">
<h4>⟦m 我的网格员⟧</h4>
<p>⟦m 第三网格　伍小梅　手机 13807351826⟧</p>
</div>
<div class="prop">
<h4>⟦m 物业服务⟧</h4>
<p>⟦m 物业24小时值班：0735-6239110⟧</p>
<p>⟦m 水电报修：0735-6239112⟧</p>
</div>
</div>
<div class="sq-foot">⟦m 皤园社区网　湘ICP备21008114号⟧　⟦d 本站信息仅供辖区居民参考⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
近日气温骤降，辖区部分老旧小区居民仍在家中使用炭火盆取暖。为确保大家温暖过冬、平安过冬，社区提醒如下：
一、严禁在楼道、楼梯间内生火盆，严禁将火盆放在电动车、纸箱等可燃物旁边。
二、室内使用火盆时要开窗通风，睡前务必熄灭，不要用塑料布封堵门窗缝隙。
三、独居老人家中使用火盆的，请子女多打电话问候，邻居之间多走动、多提醒。
四、社区可为60岁以上独居老人免费安装一氧化碳报警器，有需要的请到社区服务站登记。
咨询电话：0735-6231502（皤园社区服务站）
皤园社区居民委员会
2024年12月2日
""",
    ),
    dict(
        slug="community-shenfang-pledge-shared-galoshes-station",
        site="糁坊社区 (invented, residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://shenfang.gaiyang-sq.cn/news/2024-06-11-88.html",
        title="关于共建“共享雨鞋驿站”的倡议书",
        record_title="〔暖心驿站〕关于共建“共享雨鞋驿站”的倡议书 - 糁坊社区",
        date="2024-06-11",
        notes="a residents' pledge where scanning a QR code to borrow galoshes is content; a volunteer sign-up "
        "prompt, a community WeChat line and a property line as chrome; 成文日期 under the signature",
        page="""
!m 糁坊社区 · 我们的家
!m 社区首页 / 社区动态 / 倡议书
!t 〔暖心驿站〕关于共建“共享雨鞋驿站”的倡议书
!m 2024-06-12 发布　·　社区居委会　·　浏览 291
{BODY}
!a 想当驿站管家？点“我要报名”填一张表就好
!m 社区服务号：糁坊社区之家（微信搜一搜）
!m 物业前台：0735-6240381
!l 往期：端午包粽子活动回顾 ｜ 老旧小区加装电梯意见征集
""",
        date_also=["2024-06-12"],
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
梅雨季节到了，小区门口的低洼路段一下雨就积水，不少老人和孩子出门湿了鞋。为此，社区在服务站门口设立“共享雨鞋驿站”，向大家发出倡议：
一、家中有闲置的雨鞋，洗净后可捐到驿站，大人小孩的尺码都需要。
二、需要借用的居民，扫描驿站墙上的二维码登记，用完洗净放回原处。
三、欢迎热心居民报名当“驿站管家”，每周值守半天，帮助整理和消毒雨鞋。
一双雨鞋不值多少钱，却能让邻居出门少一份狼狈。让我们一起把驿站办好！
糁坊社区居民委员会
2024年6月11日
""",
    ),
    dict(
        slug="association-aishan-teaware-council-minutes-vote-html",
        site="皑山市茶器行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.asteaware.org.cn/xhgg/2024/0724/73.html",
        title="皑山市茶器行业协会第三届理事会第五次会议纪要",
        record_title="〖理事会会议〗皑山市茶器行业协会第三届理事会第五次会议纪要 - 协会通告",
        date="2024-07-19",
        date_also=["2024-07-24"],
        notes="association page with a member-login row and a member hotline; minutes with 时间/地点/主持/出席/"
        "记录 lines and a vote count; the meeting's 时间 line differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖理事会会议〗皑山市茶器行业协会第三届理事会第五次会议纪要 - 协会通告</title>
<link rel="stylesheet" href="/css/xh.css">
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-bar"><span>⟦m 皑山市茶器行业协会⟧</span> <a href="/member/login">⟦a 会员单位登录⟧</a> <a href="/member/join">⟦a 申请入会⟧</a></div>
<div class="xh-nav">⟦m 首页　协会概况　协会通告　会员风采　标准规范　茶器展会⟧</div>
<div class="xh-crumb">⟦m 首页 ＞ 协会通告⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-info">⟦m 发布：秘书处　2024-07-24　阅读 385⟧</p>
<div class="xh-body">
{BODY}
</div>
<p class="xh-more">⟦l 往届会议纪要汇总 »⟧</p>
</div>
<div class="xh-side"><h4>⟦l 协会通告⟧</h4><ul><li>⟦l 关于缴纳2024年度会费的通知⟧</li><li>⟦l 秋季茶博会展位预订开始⟧</li></ul></div>
<div class="xh-foot">⟦m 会员服务专线：0736-2290717⟧　⟦m 地址：皑山市窑岭路陶瓷大厦6楼⟧　⟦m 湘ICP备17024408号⟧</div>
</body>
</html>
""",
        body="""
时间：2024年7月19日上午9:30
地点：协会会议室
主持：会长　栾正平
出席：理事21人（应到25人）
记录：秘书处　欧阳青
会议审议了《日用茶盅》团体标准（征求意见稿）。秘书处汇报了标准起草过程：标准对茶盅的铅镉溶出量、热稳定性和口沿平整度提出了高于国家标准的要求，前期已征求23家会员企业的意见。
会议经表决，同意21票，反对0票，弃权0票，通过该标准，由秘书处报市场监管部门备案后发布。
会议还研究了参加秋季茶博会事宜，决定由协会统一租赁展位，会员企业自愿报名，8月10日前报秘书处。
""",
    ),
    dict(
        slug="association-gaiyang-bamboo-pledge-backbaskets-docx",
        site="陔阳县竹编协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.gyzbxh.cn/upload/2024/04/changyishu.html",
        title="关于推广竹编背篓减少塑料编织袋使用的倡议书",
        record_title="关于推广竹编背篓减少塑料编织袋使用的倡议书.docx",
        date="2024-04-22",
        notes="file-name record title; an association's name that is also the signature (head); 成文日期 in Chinese "
        "numerals under the signature; member-join and attachment chrome",
        page="""
!m 陔阳县竹编协会
!m 协会首页 ＞ 协会倡议
!t 关于推广竹编背篓减少塑料编织袋使用的倡议书.docx
!a 〔在线查看〕　〔下载原件〕
{T}
{BODY}
!w 入会咨询、竹编订制：协会秘书处 0735-6277815
!l 协会倡议 · 往期：保护毛竹林倡议书 ｜ 竹编非遗传承人认定办法
!d 本站为陔阳县竹编协会官方网站，内容转载请注明出处。
""",
        indent="\u3000\u3000",
        body="""
全县竹编从业者、广大乡亲们：
竹编背篓是我们陔阳山区祖祖辈辈用惯了的家什，结实耐用，坏了还能修补。可这些年，不少人赶集、采茶改用塑料编织袋，用完随手一扔，田边沟渠白花花一片。为此，县竹编协会向大家倡议：
一、会员作坊多编实用的中小号背篓，价格实在，让乡亲们买得起、用得上。
二、采茶、赶集、收山货，尽量用背篓代替塑料编织袋。
三、家里的旧背篓坏了别急着扔，协会每月十五在县城老桥头免费修补。
四、欢迎学校、单位组织孩子们参观竹编作坊，把这门手艺传下去。
陔阳县竹编协会
二〇二四年四月二十二日
""",
    ),
    dict(
        slug="company-fengling-news-ranger-billhook-launch-html",
        site="锋岭工具 (invented, tool company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fenglingtools.com/news/2024/0912/48.html",
        title="锋岭工具推出“巡山”系列护林员专用柴刀",
        record_title="产品动态丨锋岭工具推出“巡山”系列护林员专用柴刀 - 锋岭工具官网",
        date="2024-09-12",
        notes="company news page: a cookie notice, a service float, a product ad between paragraphs; a dotted date "
        "as the page's date; the company's short name also stands in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>产品动态丨锋岭工具推出“巡山”系列护林员专用柴刀 - 锋岭工具官网</title>
<link rel="stylesheet" href="/static/fl/site.css">
<script src="/static/fl/cookie.js"></script>
</head>
<body>
<header class="fl-header">
<a class="fl-logo" href="/">⟦m 锋岭工具 FENGLING TOOLS⟧</a>
<nav>⟦m 首页　产品中心　新闻动态　经销网络　关于锋岭⟧</nav>
<a class="fl-shop" href="https://fengling.shop.example.cn">⟦a 官方商城⟧</a>
</header>
<div class="fl-banner">⟦m 一把好刀，用一辈子⟧</div>
<div class="fl-crumb">⟦m 首页 / 新闻动态 / 产品动态⟧</div>
<article class="fl-news">
<h1>{T}</h1>
<div class="fl-date">⟦m 2024.09.12　|　品牌部⟧</div>
<div class="fl-content">
{BODY}
</div>
<div class="fl-pager">⟦l ‹ 锋岭工具亮相华中五金博览会⟧　⟦l 锋岭工具通过质量管理体系复审 ›⟧</div>
</article>
<div class="fl-float">⟦w 售前咨询⟧<br>⟦m 客服 400-877-3160⟧<br>⟦a 回到顶部⟧</div>
<div class="fl-cookie">⟦d 我们使用 Cookie 改善浏览体验，继续浏览即表示您同意此项安排⟧ <button>⟦a 知道了⟧</button></div>
<footer class="fl-foot">⟦m 皑山锋岭工具制造有限公司　湘ICP备20013388号⟧</footer>
</body>
</html>
""",
        body="""
9月10日，锋岭工具在皑山市举行新品发布会，正式推出“巡山”系列护林员专用柴刀。
这款柴刀的刀身采用高碳钢夹钢工艺锻打，刃口硬度比普通柴刀提高约两成；刀头保留传统的弯钩，方便勾拉藤蔓；刀柄改用防滑橡胶包覆，雨天握持也不易打滑。每把刀都配有一只带锁扣的尼龙刀鞘，可以挂在腰间或背包上。
⟦a 【巡山系列】现已开放预订，点此进入官方商城⟧
研发过程中，公司技术人员跟随醍水县国有林场护林员巡山二十多天，根据他们的意见先后修改了七次样刀。
目前，“巡山”系列已通过省级林业机具质量检测，首批三千把将于10月上市。
""",
    ),
    dict(
        slug="company-guwan-rubber-recall-kids-galoshes-record",
        site="罛湾胶鞋有限公司 (invented, company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.guwanshoes.com/gonggao/20240808.html",
        title="罛湾胶鞋有限公司关于召回部分批次儿童雨鞋的公告",
        record_date="2024-08-08",
        date="2024-08-08",
        notes="title and date from the record; a recall table of batches one row a paragraph; the recall line in the "
        "body beside the company's 400 order line; the company's name also the signature (head)",
        page="""
!m 罛湾胶鞋有限公司
!m 首页　产品展示　新闻公告　联系我们
{T}
!m 公告 · 2024-08-08
{BODY}
!m 订货热线：400-655-0737
!a 在线留言　　　扫码进入官方小店
!m 罛湾胶鞋有限公司 版权所有　湘ICP备15020691号
""",
        indent="\u3000\u3000",
        body="""
近期，我公司在自检中发现，2024年4月至5月生产的部分批次“小青蛙”儿童雨鞋鞋帮接缝处存在开胶隐患，长时间涉水可能导致渗水。为保障儿童使用安全，我公司决定主动召回以下批次产品：
批次号　尺码　生产日期　数量
GW240412　24—28码　2024年4月12日　1800双
GW240426　29—33码　2024年4月26日　2100双
GW240510　24—33码　2024年5月10日　2600双
消费者可凭鞋内标签上的批次号，到原购买商店或通过召回专线办理免费更换或退货。
召回专线：0737-3385106（工作日8:00至18:00）
罛湾胶鞋有限公司
2024年8月8日
""",
    ),
    dict(
        slug="training-banzhan-tea-class-brochure-teacups-html",
        site="半盏茶艺学堂 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.banzhancha.com/kecheng/zhoumo.html",
        title="周末茶艺入门班招生简章",
        record_title="〔茶艺入门〕周末茶艺入门班招生简章（十二人小班·周六开课）· 半盏茶艺学堂",
        date=None,
        notes="training school page: a promo banner, a consult float and a 400 franchise line as chrome beside the "
        "school's own 报名电话; a course table one row a paragraph; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔茶艺入门〕周末茶艺入门班招生简章（十二人小班·周六开课）· 半盏茶艺学堂</title>
<link rel="stylesheet" href="/css/bz.css">
<script src="/js/bz-consult.js"></script>
</head>
<body>
<div class="bz-promo">⟦a 老学员带新学员，两人同报立减120元⟧</div>
<div class="bz-head"><a href="/">⟦m 半盏茶艺学堂⟧</a> <span>⟦m 一杯茶的功夫⟧</span></div>
<div class="bz-nav">⟦m 首页　课程体系　师资力量　学员风采　校区地址⟧</div>
<div class="bz-main">
<h1>{T}</h1>
<div class="bz-content">
{BODY}
</div>
<div class="bz-btn"><a href="/baoming">⟦a 立即在线报名⟧</a></div>
</div>
<div class="bz-side"><h4>⟦l 其他课程⟧</h4><p>⟦l 茶艺师考证班⟧</p><p>⟦l 少儿茶礼体验课⟧</p><p>⟦l 企业茶会定制⟧</p></div>
<div class="bz-float">⟦w 课程顾问在线，点我聊聊⟧</div>
<div class="bz-foot">⟦m 品牌加盟热线：400-018-6636⟧　⟦m 皑山半盏文化传播有限公司⟧　⟦m 湘ICP备22007125号⟧</div>
</body>
</html>
""",
        body="""
想在家里泡好一杯茶吗？半盏茶艺学堂周末茶艺入门班开始招生啦。
课程安排
课次　内容　课时
第一课　认识茶类和常用茶具　2课时
第二课　盖碗与茶盅的使用　2课时
第三课　绿茶、红茶冲泡练习　2课时
第四课　乌龙茶功夫泡法　2课时
上课时间：每周六下午2:00至4:00，四周一期。
学费：每人680元，含茶叶和教材，学堂提供练习用的盖碗、公道杯和茶盅，结业时可将一套白瓷茶盅带回家。
报名电话：0736-2238617（前台）
上课地址：皑山市茶苑路15号二楼
""",
    ),
    dict(
        slug="training-qingmie-student-insight-weaving-backbasket",
        site="青篾竹编培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qingmiezb.cn/xueyuan/xinsheng/26.html",
        title="学编背篓的这一个月",
        record_title="篾语心声 · 学编背篓的这一个月 - 青篾竹编培训学校",
        date=None,
        notes="a student's account on a training school's page: a course ad between paragraphs, an enrolment line "
        "and a WeChat line as chrome; no date",
        page="""
!m 青篾竹编培训学校 · 非遗竹编技艺传习点
!m 首页 » 学员心声
!t 篾语心声 · 学编背篓的这一个月
!m 作者：第十二期学员 蒲小禾　｜　阅读 133
{BODY}
!a 第十三期竹编基础班正在报名，名额仅剩 5 个
!w 报名请加招生老师微信：qingmie_zs
!l 更多学员心声 »
!m 青篾竹编培训学校　地址：陔阳县竹乡路8号
""",
        indent="\u3000\u3000",
        body="""
报名竹编班之前，我连篾片都没摸过。第一天上课，向师傅发给每人一捆青篾，说这个月的任务就是编出一只能背东西的小背篓。
前一个星期全在练起底。十六根篾片十字交叉压好，再一圈一圈往外绕，稍不注意就松了。我拆了装、装了拆，手指被篾片划了好几道口子。
⟦a 零基础也能学，一期四周包教包会⟧
第二个星期开始编身。背篓上大下小，每编一圈都要把篾片往外撑一点，手上的劲道全凭感觉。师傅说，编背篓和做人一样，急不得，也松不得。
到第四个星期收口的时候，我的背篓终于立了起来。虽然歪了一点，装上十斤红薯也没散架。结业那天，我把它背回了家，母亲看了半天，说像模像样了。
""",
    ),
    dict(
        slug="writingapp-luobi-speech-backbasket-shops-h5-html",
        site="落笔成章 (invented writing app, H5 share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.luobichengzhang.com/share/art/5109372?from=wx",
        title="在全县“背篓超市”建设推进会上的讲话",
        record_title="在全县“背篓超市”建设推进会上的讲话（拿来能用）- 落笔成章",
        date="2024-03-19",
        notes="writing app's H5 share: an open-app mask, a fold, a rewrite button; date under the speech title in "
        "Chinese numerals; a speaker line (neutral)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>在全县“背篓超市”建设推进会上的讲话（拿来能用）- 落笔成章</title>
<link rel="stylesheet" href="https://cdn.luobichengzhang.com/h5/share.css">
<script src="https://cdn.luobichengzhang.com/h5/openapp.js"></script>
</head>
<body>
<div class="lb-mask">⟦a 在落笔成章APP内打开，阅读更顺畅⟧ <button>⟦a 打开⟧</button></div>
<div class="lb-head">⟦m 落笔成章 · 写材料的好帮手⟧</div>
<div class="lb-art">
<h1>{T}</h1>
<p class="lb-sub">（二〇二四年三月十九日）</p>
<p class="lb-sub">县商务局局长　莫守谦</p>
<p class="lb-stat">⟦m 1.9万人已读 · 收录于“讲话稿·商务流通”⟧</p>
<div class="lb-body">
{BODY}
</div>
<div class="lb-fold">⟦a 展开剩余 40%⟧</div>
<div class="lb-tools">⟦a 一键仿写同题材⟧ ⟦a 复制到剪贴板⟧</div>
</div>
<div class="lb-rec"><h4>⟦l 写这类材料的人还收藏了⟧</h4><p>⟦l 供销社综合改革推进会讲话⟧</p><p>⟦l 县域商业体系建设工作汇报⟧</p></div>
<div class="lb-foot">⟦m © 落笔成章　京ICP备23011706号-1⟧</div>
</body>
</html>
""",
        body="""
同志们：
“背篓超市”是我县在偏远山村推行的流动供销服务，由供销社统一配货，村里的代销员背着背篓把油盐酱醋、化肥种子送到农户家门口。去年试点以来，全县已建成“背篓超市”46个，服务群众1.2万户。
今天开这个会，就是要把这项群众叫好的工作做得更实。我讲三点意见。
一要扩面。今年新建“背篓超市”30个，重点覆盖不通公路的村民组，做到山再高、路再远，货也能送到。
二要提质。供销社要建立统一的进货台账，严把商品质量关，坚决杜绝过期食品和假冒农资进山。
三要增收。支持代销员代收山货，把背篓“背进去”和“背出来”结合起来，让山里的笋干、茶叶卖出好价钱。
同志们，一只背篓连着千家万户。希望大家真抓实干，把“背篓超市”办成群众的贴心店。
""",
    ),
    dict(
        slug="writingapp-gongwenkuaishou-summary-brazier-swap-oneline",
        site="公文快手 (invented writing app, text share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.gongwenkuaishou.cn/s/zj/77120",
        title="黧坪乡2024年“火盆换电暖”工作总结",
        record_title="黧坪乡2024年“火盆换电暖”工作总结（直接可用版）- 公文快手",
        date="2025-01-10",
        notes="writing-app share in text with the whole summary on one line; 成文日期 under the signature; "
        "member and rewrite prompts",
        page="""
!m 公文快手 | 3秒找到你要的范文
!t 黧坪乡2024年“火盆换电暖”工作总结（直接可用版）
!m 收录于：工作总结 › 民生实事　｜　已有 2318 人使用
!a 会员可一键替换单位名称和数据
{BODY}
!a ——— 开通快手会员，解锁全部范文 ———
!a 改写本文　｜　生成提纲　｜　加入素材库
!l 相似范文：乡镇民生实事办理情况总结 ｜ 清洁取暖改造工作汇报
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，黧坪乡把“火盆换电暖”列为民生实事，帮助山区群众告别烧炭火盆取暖的老习惯。现将工作情况总结如下。
一、基本情况。全乡共有使用炭火盆取暖的农户1137户，年内完成更换862户，更换率75.8%，其中独居老人和留守儿童家庭全部完成。
二、主要做法。一是资金补一点，每户补助电暖器购置款300元；二是电网改一点，配合供电所改造老旧线路17公里；三是宣传讲一点，干部入户讲清一氧化碳中毒的危害。
三、存在问题。部分高山村电压不稳，少数老人仍习惯烤火盆，换下的火盆有的又被搬了回来。
四、下步打算。2025年完成剩余275户的更换，对已更换农户开展回访，确保用得上、用得好。
黧坪乡人民政府
2025年1月10日
""",
    ),
]
