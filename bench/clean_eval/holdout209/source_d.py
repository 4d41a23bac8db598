"""holdout209, part D: 地方论坛, 人事考试网, 招投标网, 律所网站, 社区网站. Invented text, written by hand."""

CASES = [
    dict(
        slug="localforum-bixi-footbath-lecture-scam-thread-subject",
        site="篦溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.bixi.cc/thread-219870-1-1.html",
        title="我妈听了半个月“健康讲座”，花三千八买回一台足浴盆",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject holds it); weather line, medals, a decoration ad with "
        "a QQ, a forwarded-to-bureau reply link, jammer fonts; 12315 and 报案 are content; '5 天前' is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>篦溪论坛 - 篦溪人的网上家园</title>
<style>.jammer{display:none}</style></head>
<body>
<div class="topbar">⟦m 篦溪今天：多云转小雨 9～15℃⟧ <a href="/login">⟦a 登录⟧</a> <a href="/reg">⟦a 注册⟧</a></div>
<div id="hd">⟦m 篦溪论坛⟧ ⟦m 篦溪人的网上家园⟧</div>
<div id="pt">⟦m 篦溪论坛 › 民生热线 › 投诉求助⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 篦溪小马哥⟧<br>⟦m 勋章：热心网友 老乡勋章⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 天前 ┊ 查看: 6821 ┊ 回复: 97⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已转交县市场监督管理局，点击查看官方回复⟧</div>
<div class="po">⟦a 回复 ┊ 支持 ┊ 收藏 ┊ 举报⟧</div>
</td></tr></table>
<div class="ad">⟦w 篦溪安家装饰 老房翻新全包价 QQ 1603884257⟧</div>
<div class="reply">⟦l 2楼 铫口阿芳：我姑姑也被这帮人骗过，一台理疗床两万多⟧</div>
<div id="ft">⟦m 篦溪论坛　湘ICP备11021907号　违法和不良信息举报：0739-6237110⟧</div>
</body></html>
""",
        p_html="{}<br /><br />",
        junk=dict(lines=1, glued=2),
        body="""
我妈今年七十三，上个月被人拉去听“健康讲座”，连着去了半个月，每天领一把挂面、十个鸡蛋。
前天回家一看，客厅里多了一台足浴盆，说是能治腿疼、降血压，花了三千八。我上网一查，同样的东西网上卖三百多。
我去找办讲座的地方，在敔坪镇老供销社二楼，门已经锁了，人早跑了。收据上只有一个手机号，打过去已经停机。
想问问论坛里的朋友，有没有家里老人遇到一样情况的？我已经拨了12315，也去派出所报了案。希望大家提醒家里老人，别再上当了。
""",
    ),
    dict(
        slug="localforum-pochuan-free-haircut-elderly-junk",
        site="笸川生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.pochuanlife.com/forum/t/55817",
        title="每周二上午，櫂溪社区门口免费给老人推头",
        record_title="[邻里] 每周二上午，櫂溪社区门口免费给老人推头（附地点） - 笸川生活网",
        date=None,
        notes="county forum text with junk lines and junk glued after 。; the barber's own shop phone stays in the "
        "body; '2 天前' is no date",
        page="""
!m 笸川生活网 · 论坛
!m 今日：晴 6℃～17℃ 东北风2级
!m 首页 › 邻里互助
!t [邻里] 每周二上午，櫂溪社区门口免费给老人推头（附地点）
!m 楼主：阿勇理发　┊　2 天前　┊　浏览 3304
{BODY}
!a 顶　┊　踩　┊　分享　┊　收藏
!l 沙发 · 笸川老李：给勇师傅点赞！我爸腿脚不好，回头打电话约
!l 板凳 · 小鱼儿：这才是实实在在做好事
!w 笸川便民信息发布加微信：pcshw_2020
!m 笸川生活网　湘ICP备14028806号
""",
        junk=dict(lines=2, glued=2),
        body="""
我在櫂溪社区门口开了个小理发店，开了八年了，街坊都叫我阿勇。
从下周二起，每周二上午八点到十一点，六十五岁以上的老人来店里推头免费，不用排号，带身份证就行。腿脚不方便的，让家里人提前打店里电话，我带推子上门。
推子刀头每人用完都用酒精擦一遍，再放进紫外线消毒柜，大家放心。
店小，一次只能坐三个人，人多的话请大家多担待。也请大家转告家里的老人。
店里电话：0744-5306781
""",
    ),
    dict(
        slug="exam-zhoucheng-notice-barber-skill-bring-clippers",
        site="甃城人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zcrsks.cn/ksgg/zyjn/2025/0820/1187.html",
        title="关于2025年第三批美发师职业技能等级认定考试的公告",
        record_title="〔考务速递〕关于2025年第三批美发师职业技能等级认定考试的公告 — 甃城人事考试网",
        date="2025-08-20",
        notes="personnel-exam site: maintenance banner, an admission-ticket float, a technical line next to the "
        "notice's own 咨询电话; downloading and printing the 准考证 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔考务速递〕关于2025年第三批美发师职业技能等级认定考试的公告 — 甃城人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统升级预告：本站8月30日22时至次日6时暂停访问，请考生错峰操作⟧</div>
<div class="head">⟦m 甃城人事考试网⟧ ⟦m 甃城市人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　证书管理　政策法规⟧</div>
<div class="path">⟦m 首页 ＞ 考试公告 ＞ 职业技能⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="src">⟦m 发布：2025-08-21 10:00　来源：职业技能鉴定指导中心⟧</div>
{BODY}
</div>
<div class="float-r">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="foot">⟦m 网站技术支持电话：0743-8239999（工作日）⟧<br>⟦m 湘ICP备12035577号-3⟧</div>
</body></html>
""",
        date_also=["2025-08-21"],
        body="""
各位考生：
2025年第三批美发师（五级、四级）职业技能等级认定考试定于9月13日至14日举行。现将有关事项公告如下：
一、考生请于9月8日起登录本网站下载并打印准考证，凭准考证和身份证参加考试。
二、理论知识考试为机考，时长90分钟；操作技能考试时长120分钟，内容为男士短发推剪造型。
三、操作技能考试须自带电动理发推子、剪刀、梳子和围布，推子须充满电；考场提供假发头模和电源插座。
四、考生须提前30分钟到达考点，迟到15分钟不得入场。
考试咨询电话：0743-8239016
甃城市职业技能鉴定指导中心
2025年8月20日
""",
    ),
    dict(
        slug="exam-doujiang-notice-appliance-repairer-breadmaker",
        site="篼江市人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.djrsks.gov.cn/zyjn/20250710/3390.shtml",
        title="关于2025年家用电器产品维修工职业技能等级认定的公告",
        record_date="2025-07-10",
        date="2025-07-10",
        notes="title and date given by the record; practical items listed （一）–（三）; the centre's consult phone in "
        "the body; registration and payment online are content",
        page="""
!m 篼江市人事考试网
!m 首页 >> 职业技能 >> 考试公告
{T}
!m 时间：2025-07-10　┊　浏览次数：1468
{BODY}
!a 【打印文章】【返回顶部】
!m 网站维护：篼江市人事考试中心　技术咨询QQ群：718230044
!d 本站所发布考试信息以正式公告为准，其他网站转载内容仅供参考
""",
        indent="\u3000\u3000",
        body="""
根据年度工作安排，我中心将组织2025年家用电器产品维修工（四级）职业技能等级认定。现将有关事项公告如下：
一、报名时间：7月15日至7月25日，考生登录本网站报名并上传相关证明材料。
二、考试内容：理论知识考试和操作技能考试。操作技能考试从以下项目中抽考一项：
（一）面包机不加热故障的检测与排除；
（二）面包机搅拌电机不转故障的检测与排除；
（三）电饭煲温控器的更换与调试。
三、考试费用按省定标准收取，报名成功后网上缴费。
咨询电话：0741-3359027
篼江市职业技能鉴定中心
2025年7月10日
""",
    ),
    dict(
        slug="tender-biyang-inquiry-kindergarten-breadmakers-lots",
        site="箅阳县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.biyang.gov.cn/zfcg/xjgg/20250603/00417.html",
        title="箅阳县第二幼儿园厨房设备（面包机）采购项目询价公告",
        record_title="箅阳县第二幼儿园厨房设备（面包机）采购项目询价公告 ◆ 政府采购 ◆ 箅阳县公共资源交易网",
        date="2025-06-03",
        notes="tender portal: countdown, CA and trading-system lines next to purchaser and agency contacts; an items "
        "table one row a paragraph; uploading a quote is content; date under the notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>箅阳县第二幼儿园厨房设备（面包机）采购项目询价公告 ◆ 政府采购 ◆ 箅阳县公共资源交易网</title>
<script src="/js/countdown.js"></script></head>
<body>
<div class="top">⟦m 箅阳县公共资源交易网⟧ <a href="/login">⟦a 交易主体登录⟧</a> <a href="/reg">⟦a 供应商注册⟧</a></div>
<div class="menu">⟦m 首页　工程建设　政府采购　产权交易　土地矿权　信用信息⟧</div>
<div class="crumb">⟦m 首页 → 政府采购 → 询价公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="meta">⟦m 信息来源：箅阳县第二幼儿园　┊　访问量：577⟧</div>
<div class="cd">⟦a 距报价截止还剩：6天 20小时 11分⟧</div>
{BODY}
</div>
<div class="svc">⟦m CA数字证书办理咨询：0735-4600886⟧<br>⟦m 交易系统技术支持：400-8826-771⟧</div>
<div class="foot">⟦m 箅阳县公共资源交易中心　地址：箅阳县行政中心东楼三层⟧</div>
</body></html>
""",
        body="""
一、项目编号：BYCG-2025-0617
二、采购内容及数量：
序号　品目　数量　最高限价（元）
1　商用面包机（单次出炉不少于8条）　2台　9600
2　家用面包机（1千克容量）　6台　4200
三、供应商资格要求：具有独立承担民事责任的能力；所投产品具有3C认证。
四、报价截止时间：2025年6月10日9时30分，供应商须在交易系统内上传报价文件。
五、联系方式
采购人：箅阳县第二幼儿园　联系人：符老师　电话：0735-4638215
代理机构：箅阳县恒诚招标代理有限公司　联系人：戚立　电话：0735-4629730
2025年6月3日
""",
    ),
    dict(
        slug="tender-paoshan-award-footbaths-nursing-home",
        site="匏山政府采购网 (invented tender portal)",
        style="招投标网",
        genre="成交公告",
        kind="notice",
        form="text",
        source="http://www.paoshanzfcg.gov.cn/cjgg/2025/10/28/7781.html",
        title="匏山县敬老院足浴盆采购项目成交结果公告",
        date="2025-10-28",
        notes="title given by the record as is; award notice: a lot table one row a paragraph; purchaser and agency phones in the body next to the "
        "platform's hotline",
        page="""
!m 匏山政府采购网
!m 当前位置：首页 > 采购公告 > 成交公告
{T}
!m 发布日期：2025-10-28　┊　采购方式：询价
{BODY}
!a 【下载公告PDF】【打印】【收藏本页】
!m 政府采购平台服务热线：400-0746-123
!l 相关公告：匏山县敬老院足浴盆采购项目询价公告
""",
        body="""
一、项目编号：PSZC-2025-1042
二、项目名称：匏山县敬老院足浴盆采购项目
三、成交信息
供应商名称：匏山县福瑞家电经营部
供应商地址：匏山县城关镇新华路27号
成交金额：人民币壹万零贰佰元整（¥10200.00）
四、主要标的信息
名称　品牌型号　数量　单价（元）
恒温足浴盆　暖洋洋NY-602　40台　255
五、公告期限：自本公告发布之日起1个工作日。
采购人：匏山县敬老院　联系电话：0746-7711530
采购代理机构：匏山县政府采购中心　联系电话：0746-7718026
2025年10月28日
""",
    ),
    dict(
        slug="lawfirm-hengxin-case-clipper-cut-ear",
        site="衡信律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengxinlaw.cn/anli/2025/1308.html",
        title="理发时被推子划伤耳朵，理发店要担责吗？",
        record_title="讲法析案 ❘ 理发时被推子划伤耳朵，理发店要担责吗？ — 衡信律所",
        date=None,
        notes="law firm: lawyer card, a consult float, a 400 line and a 本文链接 block; a case note with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>讲法析案 ❘ 理发时被推子划伤耳朵，理发店要担责吗？ — 衡信律所</title></head>
<body>
<div class="hd">⟦m 衡信律师事务所⟧ ⟦m 专注人身损害与消费维权⟧ ⟦w 免费咨询：400-690-3321⟧</div>
<div class="nav">⟦m 首页　律所简介　律师团队　典型案例　法律文书　联系我们⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 栏目：典型案例　┊　阅读：892　┊　更新于 2 周前⟧</div>
{BODY}
<div class="permalink">⟦m 本文链接：https://www.hengxinlaw.cn/anli/2025/1308.html⟧<br>⟦d 转载须保留出处，案例已做匿名处理⟧</div>
</div>
<div class="lawyer-card">⟦m 执业律师 石晓岚　执业证号 14307202011088612⟧<br>⟦w 在线留言，律师1小时内回电⟧</div>
<div class="float">⟦a 立即咨询⟧</div>
<div class="ft">⟦m 衡信律师事务所　甃城市新河路158号国泰大厦11楼⟧</div>
</body></html>
""",
        body="""
【案情】去年冬天，市民小吴带5岁的儿子到一家理发店剪头。理发师用电动推子修鬓角时，孩子突然扭头，推子刀头划破了孩子的左耳廓，缝了三针。双方协商赔偿不成，小吴将理发店诉至法院。
【判决】法院审理认为，理发店作为经营者，对消费者负有安全保障义务。给幼儿理发时，理发师应当预见孩子可能乱动，却未提醒家长扶稳，也未放慢操作，存在过错；小吴作为监护人未尽看护责任，也有一定过错。法院判决理发店承担70%的责任，赔偿医疗费、护理费等共计4860元。
【律师提示】给孩子理发，家长最好在旁扶稳；理发店应选用带安全刀头的推子，修剪耳边、颈部时放慢速度。
""",
    ),
    dict(
        slug="lawfirm-mingjing-article-juicer-cup-burst-byline",
        site="明镜律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.mingjinglawyer.com/pufa/20250612.html",
        title="榨汁杯炸裂伤人，消费者可以向谁索赔？",
        record_title="【明镜普法】榨汁杯炸裂伤人，消费者可以向谁索赔？ - 明镜律师事务所",
        date="2025-06-12",
        notes="law-firm article: byline 发布时间 as the page's date; a consult line glued after a sentence; permalink "
        "and 400 line",
        page="""
!m 篼江明镜律师事务所
!m 首页 / 普法园地 / 消费维权
{T}
!m 发布时间：2025-06-12　┊　作者：明镜律师团队
{BODY}
!m 本文链接：https://www.mingjinglawyer.com/pufa/20250612.html
!w 遇到产品质量纠纷？拨打律所热线 400-7180-663
!l 推荐阅读：网购家电七天无理由退货的几个误区
""",
        indent="\u3000\u3000",
        body="""
近年来，便携式榨汁杯因小巧方便受到年轻人喜爱，但电池鼓包、杯体炸裂致人受伤的事也时有发生。那么，消费者受伤后可以向谁索赔？
根据民法典第一千二百零三条，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。也就是说，消费者既可以找卖家，也可以直接找厂家。⟦w 案情复杂可预约律师当面详谈⟧
律师建议，发生事故后要保存好三样东西：一是受损的榨汁杯实物，不要自行拆解或丢弃；二是购买记录和发票；三是就医病历和费用单据。必要时，可以申请对产品进行质量鉴定。
同时提醒大家，选购榨汁杯要看有没有3C标志，不要边充电边使用，也不要用它榨热饮或碳酸饮料。
""",
    ),
    dict(
        slug="community-poyuan-notice-toothbrush-recycling-grid-box",
        site="桲园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.poyuansq.cn/tzgg/1120.html",
        title="关于设立废旧电动牙刷等小家电回收点的通知",
        record_title="居委公告板 ❙ 关于设立废旧电动牙刷等小家电回收点的通知 ❙ 桲园社区",
        date="2025-11-20",
        notes="residents' site: weather line, grid member's box, property repair and night lines next to the "
        "community's own 咨询电话; scanning a QR code to book is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>居委公告板 ❙ 关于设立废旧电动牙刷等小家电回收点的通知 ❙ 桲园社区</title></head>
<body>
<div class="wx">⟦m 铫口镇 今日 阴 4～11℃ 空气质量 良⟧</div>
<div class="hd">⟦m 桲园社区⟧ ⟦m 邻里守望 温暖桲园⟧</div>
<div class="nav">⟦m 首页　社区动态　居委公告板　办事指南　志愿服务　联系我们⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="info">⟦m 发布者：社区居委会　┊　浏览 433 次⟧</div>
{BODY}
</div>
<div class="grid">⟦m 本网格网格员：晏小琴　手机 13974108826⟧</div>
<div class="wy">⟦m 物业报修：0741-3470990⟧　⟦m 夜间应急：0741-3470991⟧</div>
<div class="ft">⟦m 桲园社区居民委员会　地址：铫口镇桲园路18号⟧</div>
</body></html>
""",
        body="""
各位居民：
电动牙刷、电动剃须刀等小家电内置锂电池，随意丢进垃圾桶，容易在压缩运输中起火，也会污染土壤。为方便大家处理废旧小家电，社区联合铫口镇环卫所设立回收点，现将有关事项通知如下：
一、回收地点：社区服务中心一楼大厅、2号楼与5号楼之间的垃圾分类亭。
二、回收时间：每周六上午9:00至11:30。
三、回收物品：电动牙刷手柄和充电底座、电动剃须刀、理发推子等含电池小家电。刷头请单独投入其他垃圾桶。
四、交投一件可兑换5个积分，积分可在社区爱心超市兑换日用品。行动不便的居民，可扫描公告栏二维码预约上门回收。
咨询电话：0741-3471062（社区服务中心）
桲园社区居民委员会
2025年11月20日
""",
    ),
    dict(
        slug="community-zhaoxi-news-appliance-repair-day-juicer",
        site="櫂溪社区 (invented residents' site)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="text",
        source="https://zhaoxisq.cn/news/2025/1117.html",
        title="櫂溪社区开展“小家电义修日”活动",
        record_title="社区动态 · 櫂溪社区开展“小家电义修日”活动（附现场图）",
        date="2025-11-17",
        notes="residents' site news: byline date; a photo placeholder line between paragraphs; following the "
        "community account is content",
        page="""
!m 櫂溪社区 · 居民之家
!m 首页 > 社区动态
{T}
!m 发布日期：2025-11-17　┊　作者：社区宣传员　┊　阅读 289
{BODY}
!l 上一篇：櫂溪社区冬季消防安全提示
!l 下一篇：社区老年食堂12月菜单公布
!m 櫂溪社区居委会　值班电话：0744-5302211
""",
        body="""
11月16日上午，櫂溪社区“小家电义修日”活动在社区广场举行。来自篼江市技师学院的12名师生志愿者摆开工具，为居民免费修理榨汁机、电风扇、电水壶等小家电。
家住6栋的刘奶奶抱来一台用了五年的榨汁机，按下开关不转。志愿者拆开底座，发现是杯体下的安全开关松了，重新固定后，机器又转了起来。“本来都想扔了，没想到几分钟就修好了。”刘奶奶说。
⟦m ［图片：志愿者为居民检修榨汁机］⟧
当天共修好小家电43件，对9件无法修复的电器，志愿者建议居民送到社区回收点统一处理。
社区还将每月举办一次义修活动，居民可关注“櫂溪社区”公众号查看时间安排。
""",
    ),
]
