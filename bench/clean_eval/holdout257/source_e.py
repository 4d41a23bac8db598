"""holdout257, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-chengyuan-notice-mug-for-plants-html",
        site="澂园社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chengyuan-sq.cn/tongzhi/2024/1108/312.html",
        title="澂园社区关于开展“旧牙缸换绿植”活动的通知",
        record_title="〔邻里集市〕澂园社区关于开展“旧牙缸换绿植”活动的通知 - 澂园社区服务网",
        date="2024-11-08",
        notes="residents' site: weather line, a grid member's box with a mobile, property repair and night lines "
        "next to the community's own 咨询电话; 扫描二维码报名 as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔邻里集市〕澂园社区关于开展“旧牙缸换绿植”活动的通知 - 澂园社区服务网</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 澂园社区服务网⟧　⟦m 11月9日 周六　晴转多云 9~17℃⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　邻里集市　志愿服务　党群之家⟧</div>
<div class="sq-pos">⟦m 首页 › 社区公告⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布：社区居委会　浏览 389⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-share">⟦l 转发到业主群　复制链接⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 本楼栋网格员：黎晓燕　手机 139-0736-2281⟧</div>
<div class="wy">⟦m 物业报修：0736-8870999⟧<br>⟦m 夜间值班：0736-8870888⟧</div>
<div class="links">⟦l 常用链接：社保查询 · 水电缴费 · 垃圾分类指南⟧</div>
</div>
<div class="sq-foot">⟦m 澂园社区居民委员会　漹湖区澂园路5号⟧　⟦m 浙ICP备21008823号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为倡导绿色生活、减少塑料垃圾，澂园社区将于11月16日（星期六）上午9:00至11:30，在社区文化广场开展“旧牙缸换绿植”活动。现将有关事项通知如下：
一、兑换规则：居民可用家中闲置的塑料牙缸、破旧漱口杯兑换绿植，每3只兑换绿萝或吊兰一盆，每户限换两盆。
二、报名方式：请扫描社区公告栏上的二维码报名，或到社区服务站登记。
三、注意事项：交来的牙缸请先清洗干净；收集的牙缸将由社区志愿者改造成多肉花盆，在社区花园展示。
活动照片将在“澂园社区”公众号发布，欢迎居民关注。
咨询电话：0736-8870315（社区服务站）
澂园社区居民委员会
2024年11月8日
""",
    ),
    dict(
        slug="community-nianqiao-pledge-bathhouse-oneline",
        site="淰桥社区网 (invented residents' site), text",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://nianqiao.yanhu-sq.cn/changyi/0402.html",
        title="关于在社区公共浴室文明洗浴的倡议书",
        record_title="【倡议·共建】关于在社区公共浴室文明洗浴的倡议书_淰桥社区网",
        date="2024-04-02",
        notes="a residents' page as text with the whole body on one line; the pledge speaks of bringing one's own "
        "bath mitt and slippers; 成文日期 at the end of the line",
        page="""
!m 淰桥社区网　家门口的服务站
!m 首页 » 通知倡议 » 正文
{T}
!m 发布者：社区居委会　　阅读 614
{BODY}
!l 转发给邻居　　保存图片
!m 浴室开放时间咨询：社区服务站 0736-8876420
!m 淰桥社区居民委员会 版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位居民朋友：
社区公共浴室自今年3月开放以来，为大家特别是家中没有淋浴条件的老人提供了方便。为了让浴室更干净、更安全，淰桥社区居委会向大家倡议：
一、自带搓澡巾、毛巾和拖鞋，不借用、不共用他人的洗浴用品。
二、搓澡时不要用力过猛，搓下的污垢及时冲进地漏，不把旧搓澡巾丢在浴室里。
三、进出浴室慢走慢行，有高血压、心脏病的老人请家人陪同。
四、爱护公共设施，节约用水，每次洗浴时间控制在半小时以内。
让我们共同维护好这个“家门口的澡堂”！
淰桥社区居民委员会
2024年4月2日
""",
    ),
    dict(
        slug="association-lixidi-minutes-powder-vote-html",
        site="浰城市洗涤用品行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://www.lcxdxh.org.cn/hyzj/2024/0617/88.html",
        title="浰城市洗涤用品行业协会三届五次理事会会议纪要",
        record_title="会员之家 » 浰城市洗涤用品行业协会三届五次理事会会议纪要 - 浰城洗涤用品协会",
        date="2024-06-14",
        date_also=["2024-06-17"],
        notes="association site with a member-login row and a member hotline; minutes with 时间/地点/主持/出席/列席/记录 "
        "lines and a vote count; the 时间 line's date, the page date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>会员之家 » 浰城市洗涤用品行业协会三届五次理事会会议纪要 - 浰城洗涤用品协会</title>
<link rel="stylesheet" href="/static/xh.css">
</head>
<body>
<div class="xh-login">⟦a 会员单位登录⟧　⟦a 申请入会⟧</div>
<div class="xh-head">⟦m 浰城市洗涤用品行业协会⟧　⟦m 自律　服务　协调　发展⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　会员之家　行业资讯　标准法规　联系我们⟧</div>
<div class="xh-pos">⟦m 首页 &gt; 会员之家 &gt; 会议纪要⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-meta">⟦m 秘书处　2024-06-17　阅读 143⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-pn">⟦l 上一篇：关于征集洗涤用品团体标准起草单位的通知⟧<br>⟦l 下一篇：协会走访漹湖区会员企业⟧</div>
</div>
<div class="xh-foot">⟦m 会员服务热线：0736-8839012⟧　⟦m 地址：浰城市漹湖区工贸大厦1207室⟧<br>⟦m 浙ICP备17013406号⟧</div>
</body>
</html>
""",
        body="""
时间：2024年6月14日下午2:30
地点：协会会议室
主持：会长　霍振华
出席：理事单位代表17人（应到19人）
列席：监事长　鄢丽君
记录：秘书处　钮佳
会议审议并通过了以下事项：
一、通过《洗衣粉产品包装减量自律公约》，自2024年7月1日起在会员单位中实施。表决结果：同意16票，反对0票，弃权1票。
二、同意吸收浰城市洁美日化有限公司、漹湖区清源洗涤用品厂为新会员单位。
三、决定于9月在漹湖区举办洗涤用品质量安全培训班，由秘书处负责筹备。
会后，与会理事参观了会员单位的洗衣粉智能包装生产线。
""",
    ),
    dict(
        slug="association-haochuan-pledge-soap-dish-quality",
        site="淏川县塑料日用品协会 (invented), text",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.hcsljh.org/changyi/2024-05-21/26.html",
        title="关于提升香皂盒产品质量的自律倡议书",
        record_title="自律倡议 ▪ 关于提升香皂盒产品质量的自律倡议书 | 淏川县塑料日用品协会",
        date="2024-05-20",
        notes="association page as text: the association's name heads the page and also signs the pledge (matched "
        "as head); member-login line; 成文日期 under the signature",
        page="""
!m 淏川县塑料日用品协会
!a 会员登录　|　入会须知
!m 首页 / 协会公告 / 自律倡议
{T}
!m 2024-05-21　秘书处发布
{BODY}
!l 相关：淏川县塑料日用品协会会员单位名录（2024版）
!m 协会秘书处电话：0739-6652106　邮箱：hcsljh@163.com
!m Copyright © 淏川县塑料日用品协会
""",
        indent="\u3000\u3000",
        body="""
全县塑料日用品生产企业：
香皂盒是家家户户天天要用的小商品，质量好坏直接关系群众的使用体验。近年来，市场上出现了部分香皂盒使用回收料、沥水设计不合理、壁挂吸盘不牢固等问题，影响了我县产品的声誉。为此，淏川县塑料日用品协会向全体会员企业发出如下倡议：
一、坚持使用合格原料，不用来源不明的回收料生产香皂盒。
二、优化沥水结构，确保香皂不泡水、台面不积水。
三、壁挂产品做好承重测试，在包装上如实标注承重和适用墙面。
四、诚信经营，不虚标材质，不以次充好。
让我们携起手来，把小小香皂盒做精做好，共同擦亮“淏川塑品”这块牌子！
淏川县塑料日用品协会
2024年5月20日
""",
    ),
    dict(
        slug="company-chengguang-news-double-tooth-mug-html",
        site="澂光日用品有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chengguang-home.com/news/2025/0418/45.html",
        title="澂光日用推出可拆洗双层沥水牙缸",
        record_title="新品动态 | 澂光日用推出可拆洗双层沥水牙缸 — 澂光日用品有限公司",
        date="2025-04-18",
        notes="company site: cookie notice, a service float and a 400 order line; a news item whose slashed date "
        "line is the date; the company's short name also stands in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品动态 | 澂光日用推出可拆洗双层沥水牙缸 — 澂光日用品有限公司</title>
<link rel="stylesheet" href="/assets/cg.css">
<script src="/assets/cg.js"></script>
</head>
<body>
<div class="cg-cookie">⟦d 我们使用 Cookie 记录您的浏览偏好，继续访问即视为您已知悉⟧ <button>⟦a 知道了⟧</button></div>
<header class="cg-head"><img src="/assets/logo.svg" alt="">⟦m 澂光日用⟧　<nav>⟦m 首页　产品中心　新闻动态　品质保障　关于我们⟧</nav></header>
<div class="cg-banner">⟦m 让洗漱台清爽一点⟧</div>
<div class="cg-pos">⟦m 首页 / 新闻动态 / 新品发布⟧</div>
<article class="cg-news">
<h1>{T}</h1>
<div class="cg-date">⟦m 2025/04/18⟧　⟦m 来源：品牌部⟧</div>
<div class="cg-body">
{BODY}
</div>
<div class="cg-tags">⟦l 标签：牙缸　新品　沥水⟧</div>
<div class="cg-more">⟦l 推荐阅读：澂光日用通过质量管理体系复审⟧</div>
</article>
<div class="cg-float">⟦w 在线客服⟧<br>⟦w 订购热线 400-733-1652⟧</div>
<footer class="cg-foot">⟦m © 2025 澂光日用品有限公司　浙ICP备19070215号-1⟧　⟦m 地址：浰城市漹湖区溁西工业园8号⟧</footer>
</body>
</html>
""",
        body="""
4月18日，澂光日用品有限公司推出新款可拆洗双层沥水牙缸。
这款牙缸针对传统牙缸缸底易积水、难清洗的问题，采用内外两层设计：内层缸底开有沥水孔，刷牙后倒放，残留的水会流到外层底座，并从侧面缝隙挥发；内外两层可以拆开，放进洗碗机清洗。
公司研发部负责人郜明介绍，新品从设计到定型用了八个多月，先后改了十一版模具，仅沥水孔的大小就试了六种。经第三方检测，产品材质符合食品接触用塑料的国家标准。
目前，新品已在公司官方网店和浰城市内多家超市上架，有白、灰、浅绿三种颜色，单只售价19.9元。
""",
    ),
    dict(
        slug="company-jieyuan-announcement-powder-sizes-record",
        site="洢水县洁源日化有限公司 (invented company site), text",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jieyuan-rihua.com/gonggao/20250110.html",
        title="关于“净朗”洗衣粉包装规格调整的公告",
        record_date="2025-01-10",
        date="2025-01-10",
        notes="record gives title and date; a company page as text: the company's consumer line in the body beside "
        "its 400 order line and a distributor-join prompt",
        page="""
!m 洁源日化　JIEYUAN
!m 首页　|　品牌产品　|　企业公告　|　经销合作　|　联系我们
{T}
!m 企业公告　　2025-01-10
{BODY}
!w 经销商招募中，合作洽谈请拨 400-960-7716
!l 返回公告列表
!m 洢水县洁源日化有限公司　地址：洢水县沕口镇工业园区　湘ICP备20009931号
""",
        indent="\u3000\u3000",
        body="""
尊敬的消费者、各位经销商：
为响应包装减量要求，方便消费者使用，我公司决定自2025年2月1日起，对“净朗”系列洗衣粉包装规格进行调整：
一、停产260克、508克两种小袋装；
二、新增3公斤大袋装和1.5公斤补充装，袋内附赠量勺；
三、产品配方和质量标准不变，原有包装的产品可正常销售至保质期结束。
调整期间，如对产品有任何疑问，请拨打公司消费者服务电话：0743-6608800。
给您带来的不便，敬请谅解。
洢水县洁源日化有限公司
2025年1月10日
""",
    ),
    dict(
        slug="school-qiaoshou-brochure-bath-service-course-html",
        site="巧手职业培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshou-px.cn/zhaosheng/muyu.html",
        title="沐浴服务（搓澡）技能培训班招生简章",
        record_title="〔春季开班〕沐浴服务（搓澡）技能培训班招生简章（可推荐就业）- 巧手职业培训学校",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 franchise line beside the school's own "
        "报名电话; a numbered course list; a brochure without a date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔春季开班〕沐浴服务（搓澡）技能培训班招生简章（可推荐就业）- 巧手职业培训学校</title>
<link rel="stylesheet" href="/css/qs.css">
<script src="/js/qs-kefu.js"></script>
</head>
<body>
<div class="qs-banner">⟦m 报名立减200元，前30名赠送专业搓澡巾套装⟧</div>
<div class="qs-head">⟦m 巧手职业培训学校⟧　⟦m 人社部门备案　学一技之长⟧</div>
<div class="qs-nav">⟦m 首页　课程设置　招生简章　师资力量　学员风采　就业推荐⟧</div>
<div class="qs-main">
<h1>{T}</h1>
<div class="qs-meta">⟦m 更新于 2 周前　浏览 2,311⟧</div>
<div class="qs-body">
{BODY}
</div>
<div class="qs-apply"><button>⟦a 在线报名⟧</button> <button>⟦a 预约试听⟧</button></div>
</div>
<div class="qs-float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="qs-foot">⟦m 全国加盟热线：400-618-2709⟧<br>⟦m 巧手职业培训学校 版权所有　浙ICP备22041137号⟧</div>
</body>
</html>
""",
        body="""
一、培训对象
年满18周岁、身体健康、有意从事沐浴服务工作的城乡劳动者。
二、培训内容
1. 沐浴服务礼仪和职业道德；
2. 搓澡巾的选择、清洗与消毒；
3. 搓澡手法和力度控制，老人、儿童等特殊人群的服务要点；
4. 浴室安全和突发情况处置。
三、培训时间
每期15天，其中理论课3天、实操课12天，满20人开班。
四、收费标准
学费1800元，含教材和实操用品；符合条件的学员可申请职业技能培训补贴。
五、报名方式
报名电话：0736-8861155（巧手学校教务处）
报名地址：浰城市漹湖区淰桥路41号
结业考核合格的学员，由学校推荐参加沐浴服务员职业技能等级认定。
""",
    ),
    dict(
        slug="school-jiahe-insight-cleaning-soap-dish-text",
        site="佳禾家政培训学校 (invented), text",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jiahe-jiazheng.com/xueyuan/zuopin/203.html",
        title="家政课上，我学会了擦香皂盒",
        record_title="学员作品展 · 家政课上，我学会了擦香皂盒 —— 佳禾家政培训学校",
        date=None,
        notes="a training school's trainee essay as text: class banner, course ad on a line of its own between "
        "paragraphs, enrolment prompt; no date",
        page="""
!m 佳禾家政培训学校　｜　月嫂 育婴 保洁 收纳
!m 首页 > 学员天地 > 学员作品展
{T}
!m 作者：第27期家政班 学员 陶春梅　　推荐老师：俞老师
{BODY}
!w 想学家政手艺？第28期招生中，报名咨询请找前台俞老师
!l 更多学员作品：从不会叠衣服到收纳师 ｜ 我的第一个雇主
!m 佳禾家政培训学校　漹湖区溁西路77号
""",
        indent="\u3000\u3000",
        body="""
来佳禾家政培训学校学习的第九天，老师讲的是卫生间清洁。原以为擦擦洗洗谁都会，没想到光一个香皂盒就有这么多讲究。
老师拿出一个用了很久的香皂盒，底部全是滑腻腻的皂垢，沥水孔也堵了。她说，很多家庭卫生间的异味，就是从这些小角落里来的。
⟦l 【收纳师进阶课】每周六开课，详情点击查看⟧
清洁的步骤是：先把香皂拿出来放在干毛巾上，香皂盒用热水泡五分钟，再用旧牙刷把沥水孔一个个刷通，最后擦干放回原处。老师还提醒，给雇主家清洁时，香皂要按原来的方向摆回去，这是对雇主生活习惯的尊重。
这一课让我明白，家政服务没有小事，细节做好了，雇主才会放心。
""",
    ),
    dict(
        slug="app-bimo-report-housekeeping-slippers-h5",
        site="笔墨写作App (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bimoxiezuo.com/share/article?id=93017725&from=wx",
        title="客房部领班2024年度述职报告",
        record_title="客房部领班2024年度述职报告（酒店篇）- 笔墨写作App",
        date="2024-12-28",
        notes="writing app H5 share: an open-app mask, a fold ('展开全文') on a line of its own inside the body, an "
        "AI-rewrite button glued after a sentence, a member prompt; 成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>客房部领班2024年度述职报告（酒店篇）- 笔墨写作App</title>
<script src="https://h5.bimoxiezuo.com/js/share.js"></script>
</head>
<body>
<div class="bm-mask">⟦a 打开笔墨App，一键套用本篇格式⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bm-head">⟦m 笔墨写作⟧　⟦m 职场写作好帮手⟧</div>
<div class="bm-art">
<h1>{T}</h1>
<div class="bm-info">⟦m 笔墨精选 · 3.4万人已阅⟧</div>
<div class="bm-body">
{BODY}
</div>
<div class="bm-vip">⟦a 开通笔墨会员，解锁全部述职模板⟧</div>
<div class="bm-rel"><p>⟦l 相似范文：酒店前厅部主管年终述职⟧</p><p>⟦l 相似范文：客房服务员个人工作总结⟧</p></div>
</div>
<div class="bm-foot">⟦m 笔墨写作 bimoxiezuo.com　粤ICP备21098815号-4⟧</div>
</body>
</html>
""",
        body="""
各位领导、同事们：
2024年，我担任酒店客房部三楼至六楼领班，负责84间客房的清洁和服务管理。现将一年来的工作述职如下。
一、抓好日常质量。全年带领班组完成客房清扫2.1万间次，客房卫生抽查合格率98.6%，比去年提高2个百分点。
⟦a 展开全文 ∨⟧
二、推进一次性用品减量。按照部门部署，我班组率先试行“拖鞋按需提供”，在客房放置布面拖鞋，一次性拖鞋改为前台领取，全年节约一次性拖鞋9000余双。⟦a ✦ AI帮我改写这段⟧
三、带好班组队伍。组织新员工铺床、清洁等技能培训12次，班组3名员工在酒店技能比武中获奖。
存在的不足是与住客沟通还不够主动，个别投诉处理不够及时。新的一年，我将继续努力，把班组建设得更好。
述职人：牛晓芸
2024年12月28日
""",
    ),
    dict(
        slug="app-luobi-summary-dorm-tooth-mugs-oneline",
        site="落笔范文App (invented writing app), text share",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.luobifw.cn/s/7Kq2Lp",
        title="七年级（3）班宿舍内务整理工作总结",
        record_title="七年级（3）班宿舍内务整理工作总结（宿舍管理篇）｜落笔范文App",
        date="2025-01-17",
        notes="a writing app's share as text with the whole body on one line; a paywall line after it; the class "
        "teacher's date at the end",
        page="""
!m 落笔范文App · 写总结不再愁
!t 七年级（3）班宿舍内务整理工作总结（宿舍管理篇）
!m 落笔编辑部 · 1.7万次使用
{BODY}
!a 余下格式模板需在App内查看　　去App
!a 复制需登录　　收藏　　转发
!m 落笔范文 luobifw.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
本学期，我班以宿舍内务整理为抓手，培养学生的自理能力和良好习惯，取得了一定成效，现总结如下。
一、定标准。班级制定了宿舍内务“五个一”标准：一条线摆牙缸，一个方向放牙刷，一块毛巾对折挂，一双拖鞋床下齐，一张床铺叠整齐。
二、勤检查。班干部每天早读前检查一次，结果在班级群公布，每周评出“最美宿舍”。
三、重引导。对内务较差的同学，不简单批评，而是请室友手把手帮助，两周后全部达标。
本学期我班男生宿舍和女生宿舍各获学校“文明宿舍”称号一次。下学期，我们将继续坚持，让好习惯成为自然。
七年级（3）班班主任　秦沐阳
2025年1月17日
""",
    ),
]
