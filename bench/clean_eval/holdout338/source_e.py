"""holdout338, part E: 行业协会, 企业官网, 培训机构, 范文APP and 公考论坛 (HTML and text each).

Invented text, sites, places and people; written by hand, case by case.
"""

CASES = [
    dict(
        slug="association-outdoor-letter-peg-standard-comments",
        site="亥阳市户外用品行业协会 (invented trade association)",
        style="行业协会",
        genre="函",
        kind="letter",
        form="html",
        source="http://www.hyoutdoor.org.cn/bzh/2025/0812/166.html",
        title="关于征求《露营用铝合金帐篷钉》团体标准意见的函",
        record_title="【标准征询】关于征求《露营用铝合金帐篷钉》团体标准意见的函 - 亥阳市户外用品行业协会",
        date="2025-08-12",
        notes="association site with member login/join links and a member hotline beside the letter's own contact, "
        "phone and mailbox; an attachment download link beside the 附件 list; 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【标准征询】关于征求《露营用铝合金帐篷钉》团体标准意见的函 - 亥阳市户外用品行业协会</title>
<link rel="stylesheet" href="/css/assoc.css">
<script src="/js/member-login.js"></script>
</head>
<body>
<div class="head">⟦m 亥阳市户外用品行业协会⟧ <small>⟦m Haiyang Outdoor Products Association⟧</small>
<span class="member"><a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a></span></div>
<ul class="nav"><li>⟦m 协会概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 标准建设⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 联系协会⟧</li></ul>
<div class="where">⟦m 当前位置：首页 - 标准建设⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="date">⟦m 发布日期：2025-08-12　来源：秘书处⟧</p>
{BODY}
<p class="att">⟦a 附件下载（2个）：征求意见稿.pdf　意见反馈表.docx⟧</p>
</div>
<div class="side">⟦w 会员服务热线：0716-8290500⟧</div>
<div class="foot">⟦m 亥阳市户外用品行业协会秘书处　地址：亥阳市丙湖区会展路9号⟧ ⟦m 鄂ICP备18004462号⟧</div>
</body>
</html>
""",
        body="""
各会员单位，有关检测机构：
为提升我市露营装备产品质量，协会组织起草了《露营用铝合金帐篷钉》团体标准（征求意见稿），对钉身长度、壁厚、抗弯强度和钉头标识作了规定，其中抗弯试验要求钉身承受200牛侧向力后永久变形不超过2毫米。现征求你们的意见。
请于9月10日前将意见填入附件2，以电子邮件形式反馈协会秘书处。逾期未反馈的，视为无意见。
联系人：钟晴，电话：0716-8290517，邮箱：hyhw_bz@hyoutdoor.org.cn。
附件：1.《露营用铝合金帐篷钉》团体标准（征求意见稿）
2.团体标准意见反馈表
亥阳市户外用品行业协会
二〇二五年八月十二日
""",
    ),
    dict(
        slug="association-tackle-minutes-stool-pledge-vote",
        site="亥阳渔具协会 · 会员之家 (invented trade association)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.hyyjxh.cn/xhdt/20250623/52.html",
        title="亥阳市渔具行业协会2025年第二次理事会会议纪要",
        record_title="〔理事会会务〕亥阳市渔具行业协会2025年第二次理事会会议纪要_亥阳渔具协会",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="minutes with 时间/地点/主持/出席/列席/记录 lines (the 时间 line is the date) and a vote count; "
        "posting line three days later; member download prompt and join line below",
        page="""
!m 亥阳渔具协会 · 会员之家
!m 首页 | 协会动态 | 会员名录 | 行业标准 | 会员登录
!t 〔理事会会务〕亥阳市渔具行业协会2025年第二次理事会会议纪要
!m 秘书处　2025-06-23　阅读 188
{BODY}
!a 会员登录后可下载纪要原件（PDF）
!w 入会咨询：0716-8312260（秘书处 聂老师）
!m 亥阳市渔具行业协会秘书处 编
""",
        body="""
时间：2025年6月20日下午3时
地点：酉田镇钓具产业服务中心二楼会议室
主持：付振宇（会长）
出席：理事15人（应到17人）
列席：壬川县市场监管局质量股曹艺
记录：聂晓彤
会议审议了《钓鱼凳产品自律公约》，讨论了近期钓鱼凳抽检不合格问题。曹艺通报了抽检情况，不合格产品主要是调节腿锁扣滑脱和承重不足。
经表决，会议以14票同意、1票弃权通过《钓鱼凳产品自律公约》，决定自8月1日起，会员单位出厂的钓鱼凳须逐批做承重试验并留存记录。
会议还决定，由协会出资购置一台承重试验机，放在产业服务中心供会员免费使用。
""",
    ),
    dict(
        slug="company-henggu-news-rotating-hook-cookie",
        site="丙湖恒固五金制品有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.henggu-hw.com/news/company/20250318.html",
        title="承重25公斤的防脱旋转吊兰钩正式上市",
        record_title="新品上架 ▏承重25公斤的防脱旋转吊兰钩正式上市 - 恒固五金",
        date="2025-03-18",
        notes="company site: cookie notice, service float with a 400 order line, a column tag glued before the "
        "first words of the lead; a dotted date in the byline is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品上架 ▏承重25公斤的防脱旋转吊兰钩正式上市 - 恒固五金</title>
<script src="/assets/js/cookie-consent.js"></script>
</head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即视为同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 丙湖恒固五金制品有限公司⟧ <nav>⟦m 关于恒固⟧ ⟦m 产品中心⟧ ⟦m 新闻动态⟧ ⟦m 联系我们⟧</nav></header>
<div class="crumbs">⟦m 新闻动态 &gt; 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 2025.03.18　恒固五金　阅读 421⟧</p>
{BODY}
<p class="pn">⟦l 上一篇：恒固五金参展亥阳五金博览会⟧</p>
</article>
<div class="kefu"><a>⟦w 在线客服⟧</a><p>⟦w 订购热线 400-700-8625⟧</p></div>
<footer>⟦m © 2025 丙湖恒固五金制品有限公司　鄂ICP备20017735号-1⟧</footer>
</body>
</html>
""",
        body="""
⟦m 恒固资讯丨⟧3月18日，丙湖恒固五金制品有限公司自主研发的HG-25防脱旋转吊兰钩正式上市。
这款吊兰钩采用304不锈钢整体冷锻成型，钩口加装弹簧卡扣，花盆挂上后不会因风吹晃动而脱钩；钩身下部设有360度旋转轴承，浇水时可以转动花盆，让植物均匀见光。
公司技术部负责人介绍，新品出厂前逐个做25公斤静载试验，并随货附送M6金属膨胀螺栓和安装说明卡。针对老旧小区的预制板楼顶，包装内还附有“空心位置探测提示”，提醒用户避开空心部位打孔。
目前，新品已在公司官方商城和各地五金门店同步销售。
""",
    ),
    dict(
        slug="company-minghui-recall-lamps-batches-400",
        site="明辉照明 (invented lamp-maker site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.minghui-light.com/news/notice/20250616.html",
        title="关于召回部分LT-30型捕虫灯的公告",
        record_title="售后公告丨关于召回部分LT-30型捕虫灯的公告 - 明辉照明",
        date="2025-06-16",
        notes="company recall notice: a batch table with production dates (no date for the page), 扫描铭牌二维码 "
        "as content, the recall line beside a 400 order line and a follow prompt",
        page="""
!m 明辉照明 — 让夏夜安静一点
!m 首页 ｜ 产品 ｜ 服务 ｜ 新闻 ｜ 关于我们
!t 售后公告丨关于召回部分LT-30型捕虫灯的公告
!m 新闻 > 公司公告　2025-06-16
{BODY}
!w 产品订购：400-699-3172
!a 关注明辉照明官方号，售后进度随时查
!d © 2025 亥阳明辉照明电器有限公司　保留所有权利
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司生产的部分LT-30型捕虫灯，因电源适配器电容耐温等级不足，在高温环境下长时间使用可能出现适配器鼓包、发热，存在安全隐患。为保障用户安全，我公司决定自即日起召回以下批次产品：
批次号　生产日期　数量（台）
LT3025041　2025年4月12日　1200
LT3025043　2025年4月26日　1500
LT3025051　2025年5月9日　900
请用户查看灯具底部铭牌上的批次号，或扫描铭牌上的二维码查询是否在召回范围内。属于召回范围的，请立即停止使用，并拨打召回专线，我公司将免费上门更换适配器。
召回专线：0716-8265530（每天8:00-20:00）。
亥阳明辉照明电器有限公司
2025年6月16日
""",
    ),
    dict(
        slug="school-gengling-brochure-ice-climbing-crampons",
        site="庚岭攀登学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.genglingpd.com/course/bingpan-rumen.html",
        title="冰攀入门体验课招生简章",
        record_title="【冬季开营】冰攀入门体验课招生简章（每期限12人）- 庚岭攀登学校",
        date=None,
        notes="training school: promo banner, consult float with a 400 line beside the course's own 报名电话; a "
        "schedule table one row a paragraph; dates without a year, no date for the page",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【冬季开营】冰攀入门体验课招生简章（每期限12人）- 庚岭攀登学校</title>
<script src="/js/kf-float.js"></script>
</head>
<body>
<div class="promo">⟦a 冬季早鸟价：本月底前报名立减200元⟧</div>
<header>⟦m 庚岭攀登学校⟧ <span>⟦m 专业 · 安全 · 向上⟧</span></header>
<nav>⟦m 首页⟧ ⟦m 课程中心⟧ ⟦m 师资团队⟧ ⟦m 学员风采⟧ ⟦m 关于我们⟧</nav>
<div class="bc">⟦m 首页 / 课程中心 / 冰雪课程⟧</div>
<section class="course">
<h1>{T}</h1>
{BODY}
<a class="btn">⟦a 立即报名⟧</a>
</section>
<div class="float"><a>⟦a 在线咨询⟧</a><p>⟦w 全国招生热线 400-155-7021⟧</p></div>
<section>⟦l 学员风采 · 往期活动回顾⟧</section>
<footer>⟦m 庚岭攀登学校　庚溪县戌口镇冰瀑路1号　鄂ICP备23008815号⟧</footer>
</body>
</html>
""",
        body="""
庚岭攀登学校冰攀入门体验课面向18至55岁、身体健康的户外爱好者，零基础可报名。
一、课程安排：
期次　日期　地点
第一期　1月11日至12日　庚岭冰瀑训练场
第二期　1月18日至19日　庚岭冰瀑训练场
第三期　2月15日至16日　戌口冰壁
二、课程内容：冰爪与冰镐的使用、冰面行走、顶绳保护下的冰壁攀爬、下降与保护站设置。
三、装备说明：学校提供十二齿冰爪、冰镐、头盔和安全带，学员自备硬底登山鞋，不合适的可现场租用。
四、费用：每人1680元，含教学、装备使用、保险和一晚住宿。
报名电话：0716-5339608（李教练）。
""",
    ),
    dict(
        slug="school-yingdi-diary-driving-tent-pegs",
        site="亥阳营地学院 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.hyyingdi.com/xyfc/sj/0704.html",
        title="露营指导员培训第三天：学会敲好一根地钉",
        record_title="【学员笔记】露营指导员培训第三天：学会敲好一根地钉 - 亥阳营地学院",
        date=None,
        notes="trainee's diary on a training school site: a sign-up prompt and an adviser's WeChat below; "
        "no date anywhere",
        page="""
!m 亥阳营地学院 · 露营指导员培训中心
!m 首页 > 学员风采 > 学员笔记
!t 【学员笔记】露营指导员培训第三天：学会敲好一根地钉
!m 作者：第7期学员 钱满　浏览 264
{BODY}
!a 报名第8期露营指导员培训，点此在线填表
!w 课程顾问微信：hyyd_kc09
!l 更多笔记：第二天 学会看天气｜第四天 夜间营地巡查
!m 亥阳营地学院　鄂ICP备22005418号
""",
        indent="\u3000\u3000",
        body="""
培训第三天，上午的课只讲了一件事：怎么把一根帐篷钉敲好。
我原本觉得这没什么可学的，露营三年，哪次不是拿石头随便砸两下。结果教练让我们每人在不同的地面上各敲十根，草地、沙土、碎石，我第一轮就敲弯了三根。
教练讲了几个要点：钉子要向帐篷外侧倾斜大约45度，这样风拉帐篷时钉子越拉越紧；绳子要挂在钉头的凹槽里，不能挂在钉身中间；遇到石头敲不下去，不要硬砸，挪个位置或者改用石头压绳。
下午考核，我十根全部合格。晚上回到宿舍，我把这些要点抄在了笔记本第一页。作为一名未来的露营指导员，教会营员敲好一根地钉，大概就是安全的第一课。
""",
    ),
    dict(
        slug="writingapp-jishu-host-script-fishing-contest-h5",
        site="疾书写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.jishuxiezuo.com/share/fw/9920371?from=wx",
        title="壬川县第四届丑山水库垂钓邀请赛开幕式主持词",
        record_title="壬川县第四届丑山水库垂钓邀请赛开幕式主持词（拿来即用）- 疾书写作",
        date=None,
        notes="writing app H5 share: open-app mask, fold, AI-rewrite and copy buttons, usage count; a 主持词 "
        "with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>壬川县第四届丑山水库垂钓邀请赛开幕式主持词（拿来即用）- 疾书写作</title>
<script>window.__SHARE__={app:"jishu",fw:9920371};</script>
</head>
<body>
<div class="mask">⟦a 打开疾书写作APP，阅读完整范文⟧</div>
<div class="bar">⟦m 疾书写作⟧ <span>⟦m 主持词 · 体育赛事⟧</span></div>
<div class="fw">
<h1>{T}</h1>
<p class="used">⟦m 已有 1.4万 人使用过这篇⟧</p>
{BODY}
</div>
<div class="fold">⟦a 展开全文 ∨⟧</div>
<div class="ops"><a>⟦a AI改写成我的版本⟧</a> <a>⟦a 一键复制⟧</a></div>
<div class="sim">⟦l 相似范文：钓鱼协会年会主持词｜趣味运动会开幕式主持词⟧</div>
<div class="tip">⟦d 范文仅作参考，使用前请结合实际修改⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位领导、各位钓友：
大家上午好！丑山水库碧波荡漾，岸柳成行。今天，壬川县第四届丑山水库垂钓邀请赛在这里隆重开幕。我是今天的主持人。
首先，请允许我介绍出席开幕式的领导和嘉宾。
本届比赛共有来自周边6个县市的160名钓友参赛。和往届不同，组委会为每个钓位统一配发了可调节的钓鱼凳，请各位选手不要自带钓台，也不要在岸坡上挖坑，共同爱护水库岸线。
下面，请县体育事业发展中心主任致辞。
感谢主任的精彩致辞。下面，我宣布：比赛正式开始！请各位选手按抽签号码进入钓位。
""",
    ),
    dict(
        slug="writingapp-luobi-report-campsite-keeper-oneline",
        site="落笔成章APP (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://app.luobichengzhang.cn/s/fw/55012876",
        title="营地管理员2024年度个人述职报告",
        date="2025-01-10",
        notes="writing-app text with the whole body on one line; record title as is; date under the signature",
        page="""
!m 落笔成章 · 范文库
!m 述职报告 > 个人述职
{T}
!a 复制　收藏　AI续写
{BODY}
!a 开通落笔会员，解锁全部述职范文
!l 相关范文：景区安全员个人述职报告｜物业管理员年度述职
!m 来自落笔成章APP的分享
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位领导、同事：
2024年，我担任戌峰草甸露营地管理员，主要负责营位分配、设施管护和草场保护工作。现将一年来的履职情况报告如下。
一、推行地钉登记回收。针对往年草甸上遗留断钉多的问题，我在营地入口设立地钉检查点，全年登记游客自带地钉3.2万根，回收率达到99.6%。
二、做好草场轮换。全年轮换休整营位40个，配合林草站补植草皮2600平方米。
三、加强夜间巡查。旺季每晚巡查两次，劝导违规生火、超时喧哗等行为120余次。
工作中也存在不足，主要是游客自带长钢钉的现象还没有完全杜绝。新的一年，我将配合景区做好地钉统一租赁，让草甸更干净。
述职人：申晓阳
2025年1月10日
""",
    ),
    dict(
        slug="examforum-haiyang-essay-tent-peg-jammer",
        site="亥阳公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.hygongkao.com/thread-33817-1-1.html",
        title="一根地钉见文明",
        record_title="[申论初稿·请斧正] 一根地钉见文明（附提纲）- 申论交流 - 亥阳公考论坛",
        date=None,
        notes="exam forum with jammer fonts, a reply-to-see prompt, a rating row and a QQ-group ad; post time "
        "relative (5 天前): no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[申论初稿·请斧正] 一根地钉见文明（附提纲）- 申论交流 - 亥阳公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="data/cache/common.js?Hk2"></script>
</head>
<body>
<div class="hd">⟦m 亥阳公考论坛⟧ <span>⟦m 上岸从这里开始⟧</span></div>
<div class="pt">⟦m 亥阳公考论坛 › 申论交流 › 范文点评⟧</div>
<div class="ptn">⟦m 查看: 1520 | 回复: 33⟧</div>
<table><tr>
<td class="pls">⟦m 申论小白冲冲冲⟧</td>
<td class="plc">
<h1>⟦t [申论初稿·请斧正] 一根地钉见文明（附提纲）⟧</h1>
<div class="authi">⟦m 发表于 5 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 楼主附的参考范文已隐藏，回复本帖即可查看⟧</div>
<div class="rate">⟦l 评分人数 2　金币 +8⟧</div>
</td></tr></table>
<div class="qun">⟦w 申论互改群：783216054，进群备注“亥阳”⟧</div>
<div class="replies"><p>⟦l 2楼　岸上见：第三段的例子很扎实⟧</p><p>⟦l 3楼　行测困难户：结尾可以再升华一下⟧</p></div>
<div class="ft">⟦m 亥阳公考论坛　鄂ICP备21013306号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
这个夏天，露营成了许多城市年轻人的周末新选择。然而，在一些热门营地，人们离开后留下的不只是脚印，还有深埋在草里的帐篷钉。一根小小的地钉，照见的是露营文明的成色。
地钉虽小，责任不小。遗落在草甸里的钢钉，会扎伤牛羊的蹄子，打坏牧民的割草机，甚至锈蚀在土中污染草场。一些游客觉得“少一根无所谓”，可成千上万的“无所谓”加起来，就是草场难以愈合的伤口。
管好一根地钉，需要制度托底。庚溪县推行地钉登记回收制度，游客入营登记、离营对数，一年下来回收率接近百分之百，说明好的制度能把文明变成习惯。
管好一根地钉，更需要人人自觉。带走每一根地钉，就是给下一位露营者留下一片完整的草地。
""",
    ),
    dict(
        slug="examforum-yizhan-interview-crampons-elderly-junk",
        site="公考驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.gkyizhan.net/thread-120455-1-1.html",
        title="社区为老人配发防滑冰爪，你怎么组织？",
        record_title="【结构化模拟】社区为老人配发防滑冰爪，你怎么组织？（附答题思路）- 结构化面试 - 公考驿站论坛",
        date=None,
        notes="exam-forum text: an interview answer with forum junk as a line and glued after 。; replies and a "
        "reward prompt below; post time relative: no date",
        page="""
!m 公考驿站论坛 » 面试交流 » 结构化面试
!t 【结构化模拟】社区为老人配发防滑冰爪，你怎么组织？（附答题思路）
!m 楼主：冲刺上岸的阿敏　发表于 4 天前
{BODY}
!l 1楼　考公第三年：第二点可以再展开一下
!l 2楼　面试考官老吴：思路清楚，注意时间控制在3分钟
!a 回帖可获得1枚驿站金币
!m 公考驿站论坛　只为上岸
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：冬季路面结冰，社区不少老人出门摔倒。领导让你负责为辖区老人配发防滑冰爪，你会怎么组织？
我的作答思路如下，请大家指正。
第一，摸清需求。通过网格员走访和楼栋长统计，掌握辖区70岁以上老人和行动不便居民的人数、鞋码，优先保障独居、高龄老人。
第二，选好产品。选择链式简易冰爪，穿脱方便，适合日常走路；联系供应商按鞋码分装，并请社区医生一起把关。
第三，做好发放。分楼栋设置发放点，对不方便出门的老人由网格员上门送达，现场教会老人和家属穿脱方法，提醒进屋前取下。
第四，跟踪反馈。发放一周后回访，了解使用情况，对尺码不合适的及时更换，并把经验总结下来，形成冬季为老服务的常态机制。
""",
    ),
]
