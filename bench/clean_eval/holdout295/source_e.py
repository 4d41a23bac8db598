"""holdout295, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-yingqiao-canteen-cupboard-announcement",
        site="樱桥社区网 (invented residents' site)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.yingqiaosq.cn/sqgg/2025/0708/310.html",
        title="关于樱桥社区长者食堂更换消毒碗柜的公告",
        record_title="〔居务栏〕关于樱桥社区长者食堂更换消毒碗柜的公告 - 樱桥社区网",
        date="2025-07-08",
        notes="residents' site: weather line, a grid member's box with a mobile, the property company's repair line, the community's own 咨询电话 in the body; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔居务栏〕关于樱桥社区长者食堂更换消毒碗柜的公告 - 樱桥社区网</title>
</head>
<body>
<div class="sq-top"><span>⟦m 樱桥社区网⟧</span> <span>⟦m 涫川县宸北街道樱桥社区居民委员会⟧</span> <span>⟦m 今日 晴 24~33℃ 空气质量 良⟧</span></div>
<div class="sq-nav">⟦m 社区首页⟧ ⟦m 居务公开⟧ ⟦m 便民服务⟧ ⟦m 邻里活动⟧ ⟦m 网格服务⟧</div>
<div class="sq-pos">⟦m 首页 ＞ 居务公开⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　阅读 388⟧</div>
<div class="sq-body">
{BODY}
</div>
</div>
<div class="sq-side">
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　贺小棠　手机 13979451026⟧</p></div>
<div class="wy-box"><h4>⟦m 物业服务⟧</h4><p>⟦m 安居物业报修：0795-7630118⟧</p></div>
</div>
<div class="sq-foot">⟦m 樱桥社区居民委员会　地址：涫川县樱桥路26号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
近期有居民通过涫川论坛反映，社区长者食堂的旧木碗柜破损发霉，影响老人用餐卫生。社区高度重视，经居民议事会讨论，并报宸北街道同意，决定为长者食堂更换消毒碗柜。现将有关事项公告如下：
一、社区已从街道养老服务补助资金中安排1.2万元，采购两台双门高温消毒碗柜，预计7月20日前安装到位。
二、旧木碗柜拆除后，由社区统一送往街道旧物回收点处理。
三、新碗柜启用后，由食堂工作人员每餐清洗消毒，社区每周检查一次消毒记录。
四、更换期间长者食堂照常开餐，餐具临时使用一次性消毒餐具。
如有意见建议，请联系社区居委会，咨询电话：0795-7631502。
樱桥社区居民委员会
2025年7月8日
""",
    ),
    dict(
        slug="community-baxi-notice-bamboo-class-scan",
        site="芭溪社区 (invented residents' site, text copy)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://baxi.community-cl.cn/notice/2025/06/0616.html",
        title="关于开展“竹编淘米箩”亲子公益课的通知",
        record_title="芭溪邻里丨关于开展“竹编淘米箩”亲子公益课的通知",
        date="2025-06-16",
        notes="a residents' site as text: sentences that speak of 扫码 and 关注 as content, the community's contact beside the property duty line; a 'join the volunteers' button glued after a 。; 成文日期",
        page="""
!m 芭溪社区 · 家门口的服务站
!m 宸岭县樱渡镇芭溪社区居委会
!m 首页 / 社区通知
{T}
!m 发布：社区办公室　｜　阅读 215　｜　点赞 31
{BODY}
!l 评论（4）　我也要说两句
!m 物业24小时值班：0798-4476650
!m 芭溪社区居委会　宸岭县樱渡镇芭溪路9号
""",
        body="""
各位居民朋友：
为丰富孩子们的暑期生活，让大家了解本地竹编手艺，社区联合县文化馆，邀请竹编艺人窦桂英老师开设“竹编淘米箩”亲子公益课。现将有关事项通知如下：
一、时间：7月5日、7月12日（星期六）上午9:00—11:00。
二、地点：芭溪社区党群服务中心二楼活动室。
三、对象：辖区6至12岁儿童及家长，每期限15组家庭。
四、报名方式：请扫描社区公告栏上的二维码报名，额满即止。活动所需竹篾、工具由社区免费提供。⟦a 我也要当志愿者 »⟧
五、温馨提示：竹篾边缘较锋利，请家长全程陪同；课程照片将在社区公众号发布，请关注“芭溪社区”公众号查看。
联系人：社区办公室　霍春燕，电话：0798-4476031。
芭溪社区居民委员会
2025年6月16日
""",
    ),
    dict(
        slug="association-aicheng-pewter-council-minutes-vote",
        site="蔼城市锡器行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.acxiqi.org.cn/xhdt/2025/0412/76.html",
        title="蔼城市锡器行业协会第三届理事会第五次会议纪要",
        record_title="〖理事会会议纪要〗蔼城市锡器行业协会第三届理事会第五次会议纪要｜锡器协会",
        date="2025-04-11",
        notes="association site with a member-login row and a member hotline; the association's name also opens the minutes (head match); 时间/地点/主持/出席/记录 lines and a vote count; date from the 时间 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖理事会会议纪要〗蔼城市锡器行业协会第三届理事会第五次会议纪要｜锡器协会</title>
</head>
<body>
<div class="xh-login">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦m 会员服务热线：0793-3325066⟧</div>
<div class="xh-head"><span>⟦m 蔼城市锡器行业协会⟧</span> <span>⟦m 锡艺传承 行业自律⟧</span></div>
<div class="xh-nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 行业标准⟧</div>
<div class="xh-pos">⟦m 当前位置：首页 » 协会动态⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-meta">⟦m 来源：协会秘书处　浏览 264⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-pn">⟦l ‹ 上一条：协会组织会员赴外地考察锡雕工艺⟧ ⟦l 下一条：关于缴纳2025年度会费的通知 ›⟧</div>
</div>
<div class="xh-foot">⟦m 蔼城市锡器行业协会秘书处　地址：蔼城市菝湖区锡铺巷3号⟧<br>⟦m 赣ICP备19030046号⟧</div>
</body>
</html>
""",
        body="""
4月11日，蔼城市锡器行业协会召开第三届理事会第五次会议，现将会议议定事项纪要如下。
时间：2025年4月11日上午9:00
地点：协会会议室
主持：会长 冼国栋
出席：理事21人（应到23人）
记录：秘书处 谌晓楠
会议审议了《无铅锡酒壶》团体标准（草案）。秘书长作了起草说明：今年以来，外地接连发生老锡酒壶温酒致铅中毒的事件，社会关注度高，协会有必要对锡酒壶的锡料、含铅量和标识作出统一规定。
与会理事认为，标准规定锡酒壶用锡料含锡量不低于97%、铅溶出量不得检出，符合行业实际，建议增加“壶底须錾刻生产者名称”的条款。
会议表决：同意21票，反对0票，弃权0票，草案修改后报市市场监管局备案。
会议还决定，下月组织会员单位开展一次锡料自查。
""",
    ),
    dict(
        slug="association-guanchuan-condiment-pledge-vinegar-pots",
        site="涫川县调味品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.gcdwp.org/xhgg/2025/0520.html",
        title="关于规范餐饮门店醋壶使用的倡议书",
        date="2025-05-20",
        notes="the record's own title; an association page as text: its name also the signature (tail match of the footer name), a member hotline, a 'join the association' line between paragraphs; 成文日期",
        page="""
!m 涫川县调味品行业协会
!m 首页　协会简介　协会公告　会员名录　联系我们
{T}
!m 发布时间：2025-05-20　　来源：协会秘书处
{BODY}
!m 会员服务电话：0795-7640321
!m 涫川县调味品行业协会
!m 地址：涫川县城南工业园调味品大厦2楼
""",
        body="""
全县餐饮经营者、调味品生产经营企业：
近期县市场监管局通报了餐饮门店醋壶卫生抽查情况，部分门店醋壶长期不洗、散装醋来源不明等问题，让消费者对桌上的一把小醋壶很不放心。为此，协会向大家倡议：
一、餐饮门店坚持醋壶每日清洗、每周消毒，醋壶上贴明灌装日期，做到一壶一清。
二、调味品企业为餐饮门店提供小包装或密封灌装的餐桌醋，不向无证商贩批发散装醋。
⟦a 还不是会员？现在申请入会，享受检测优惠⟧
三、会员单位带头使用可追溯的食醋，进货时索证索票、建立台账。
四、欢迎消费者发现问题时向协会或12315反映，共同守护餐桌上的放心醋。
涫川县调味品行业协会
2025年5月20日
""",
    ),
    dict(
        slug="company-chenling-hardware-news-sieve-line",
        site="宸岭五金制品有限公司 (invented company site)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.clwujin.com/news/company/2025/202.html",
        title="公司新一代304不锈钢双层面筛正式投产",
        record_title="公司新一代304不锈钢双层面筛正式投产 - 新闻中心 - 宸岭五金",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="company site: cookie notice, a service float, a dotted date; the record gives the date; the company's short name also stands in the body (no label)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>公司新一代304不锈钢双层面筛正式投产 - 新闻中心 - 宸岭五金</title>
</head>
<body>
<header><div class="logo">⟦m 宸岭五金制品有限公司⟧</div>
<nav>⟦m 首页⟧ ⟦m 关于我们⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 联系我们⟧</nav>
<div class="lang">⟦a 中文 | EN⟧</div></header>
<div class="banner-small">⟦m 新闻中心 NEWS⟧</div>
<div class="pos">⟦m 首页 > 新闻中心 > 公司新闻⟧</div>
<div class="news-detail">
<h1>{T}</h1>
<div class="date">⟦m 2025.03.18　浏览量：512⟧</div>
<div class="news-con">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 ｜ 微博 ｜ 复制本页链接⟧</div>
<div class="prev-next">⟦l 上一条：公司通过ISO9001质量管理体系复审⟧<br>⟦l 下一条：我司亮相2025华东厨具博览会⟧</div>
</div>
<div class="service-float">⟦w 在线客服⟧ ⟦w 采购热线 400-023-8861⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即视为同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 宸岭五金制品有限公司 版权所有⟧　⟦m 地址：宸岭县芭口镇工业园兴业路6号⟧</footer>
</body>
</html>
""",
        body="""
3月16日，宸岭五金制品有限公司新一代304不锈钢双层面筛生产线在芭口工业园正式投产，首批两万只面筛将发往华东、华南的经销商。
与老款面筛相比，新品有三处改进：一是筛网由单层改为双层，上层60目、下层100目，一次可筛出粗细两种面粉；二是筛网与筛框采用激光焊接，不再用胶粘，解决了使用久了网面松动、脱丝的问题；三是筛框加宽到6厘米，并加装了防烫硅胶握边。
新生产线引进了自动编网机和激光焊接机，日产能达到3000只，比原来提高近两倍。
公司负责人表示，今年将围绕面筛、蒸格等面点用具继续开发新品，争取年销售额突破五千万元。
""",
    ),
    dict(
        slug="company-pangxi-glass-recall-vinegar-pots-batches",
        site="滂溪晶华玻璃器皿有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.jinghuaglass.com.cn/gonggao/20250612.html",
        title="关于召回部分批次玻璃醋壶的公告",
        record_title="产品召回 ▏关于召回部分批次玻璃醋壶的公告｜滂溪晶华玻璃",
        date="2025-06-12",
        notes="a company's text page: recalled batches table one row a paragraph, a recall line beside a 400 order line, a return label to print; 成文日期",
        page="""
!m 滂溪晶华玻璃器皿有限公司　JINGHUA GLASSWARE
!m 网站首页 ｜ 产品展示 ｜ 公司公告 ｜ 招商加盟 ｜ 联系方式
!t 产品召回 ▏关于召回部分批次玻璃醋壶的公告
!m 公告日期：2025-06-12　　点击：1045
{BODY}
!m 订货热线：400-837-6612　（召回事宜请勿拨打）
!a 返回公告列表　｜　打印本公告
!m 滂溪晶华玻璃器皿有限公司　地址：滂溪县东郊工业区晶华路1号
""",
        body="""
近期，我公司接到消费者反映，部分批次的250毫升带把玻璃醋壶在使用中出现壶把断裂。经排查，原因是壶把与壶身连接处退火不充分，存在内应力。为保障消费者安全，我公司决定主动召回以下批次产品：
型号　生产批次　生产日期　数量（只）
JH-C250　20250108　2025年1月8日　6400
JH-C250　20250115　2025年1月15日　5800
JH-C250B　20250122　2025年1月22日　3200
一、请消费者和餐饮单位停止使用上述批次醋壶，批次号印在壶底。
二、可将醋壶寄回我公司或交至当地经销商，我公司免费更换新品或全额退款，来回运费由我公司承担。寄回时请打印召回登记单随货附上。
召回专线：0796-8188025（8:00—20:00）。
滂溪晶华玻璃器皿有限公司
2025年6月12日
""",
    ),
    dict(
        slug="training-aicheng-pastry-brochure-sieve-tools",
        site="蔼城面点烘焙培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.acmiandian.com/zhaosheng/zhongshi.html",
        title="中式面点精品班招生简章",
        record_title="〔面点速成〕中式面点精品班招生简章（送全套工具）- 蔼城面点烘焙培训学校",
        date=None,
        notes="training school: a promo banner, a consult float, a trial-lesson line between paragraphs; a course table one row a paragraph; a tools list naming 面筛; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔面点速成〕中式面点精品班招生简章（送全套工具）- 蔼城面点烘焙培训学校</title>
</head>
<body>
<div class="promo">⟦a 开学季报名立减800元，仅限前20名⟧</div>
<div class="head">⟦m 蔼城面点烘焙培训学校⟧ <span>⟦m 学一门手艺 开一家小店⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 课程设置⟧ ⟦m 师资团队⟧ ⟦m 学员作品⟧ ⟦m 来校路线⟧</div>
<div class="page">
<h1>{T}</h1>
<div class="intro">
{BODY}
</div>
</div>
<div class="float">⟦w 课程顾问在线⟧ ⟦w 咨询微信：acmd_laoshi⟧</div>
<div class="foot">⟦m 蔼城面点烘焙培训学校　办学许可证号：教民136120270000412⟧<br>⟦m 校址：蔼城市菝湖区美食街38号⟧</div>
</body>
</html>
""",
        body="""
中式面点精品班面向零基础学员，小班教学，每班不超过16人，学成可从事面点师工作或自主创业。
课程　课时　主要内容
发面基础　8天　和面、发酵、揉面与面粉过筛
包子馒头　10天　花卷、包子、刀切馒头
饺子面条　8天　水饺、蒸饺、手擀面
花式点心　10天　油酥、汤圆、米糕
⟦a 不确定适不适合？先来试听一节发面课⟧
开班即发全套学员工具：不锈钢面筛一只、擀面杖两根、刮板、面点剪、量杯和电子秤各一件，结业后归学员所有。
学员结业后可参加中式面点师职业技能等级认定，考核合格的取得相应等级证书。
学校长期开班，随到随学，学费含材料费，分两期缴纳。
""",
    ),
    dict(
        slug="training-youshan-trainee-insight-rice-basket",
        site="猷山竹编技艺培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.yszbpx.cn/xyfc/2025/61.html",
        title="学编淘米箩的七天",
        date=None,
        notes="the record's own title; a training centre's trainee page as text: enrolment and consult lines at the top and bottom; no date",
        page="""
!m 猷山竹编技艺培训中心
!m 首页 ｜ 培训项目 ｜ 学员风采 ｜ 报名咨询
{T}
!m 栏目：学员风采　　作者：第二期学员 霍桂兰
{BODY}
!w 下期开班报名：0797-6203318（霍老师）
!l 更多学员风采 >
!m 猷山竹编技艺培训中心　猷山县宥坪镇庹家坳村
""",
        indent="\u3000\u3000",
        body="""
我今年五十二岁，在家种了一辈子地，没想到还能坐进教室学手艺。
第一天，庹师傅发给每人一捆毛竹篾。我以为编个淘米箩有什么难的，小时候看母亲编过。真上了手才知道，篾片刮厚了编不紧，刮薄了又容易断，一上午我刮坏了十几根。
第三天开始起底。淘米箩的底是“人”字纹，一压一挑，错一根整个底就歪了。我晚上回到住处，拿着几根篾片接着练，练到十一点。
第七天结业，我编出了一只中号淘米箩，庹师傅拿起来对着光看了看，说：“漏不下米，算你过关。”那一刻，我心里比收了一季好稻子还高兴。
现在我每天在家能编五只，交给合作社，一个月多了一千多块钱。
""",
    ),
    dict(
        slug="fanwenapp-gongwensuxie-request-nursing-home-cupboards",
        site="公文速写 (invented writing app, H5 share page)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="html",
        source="https://h5.gongwensuxie.com/share/doc?id=7K3nQ9",
        title="关于为宥坪镇敬老院添置消毒碗柜的请示",
        record_title="关于为宥坪镇敬老院添置消毒碗柜的请示（可编辑·免费）· 公文速写APP",
        date="2025-02-24",
        notes="a writing app's H5 share: an open-app mask, a fold ('展开全文'), AI buttons, a use notice; a 请示 with its contact line and 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>关于为宥坪镇敬老院添置消毒碗柜的请示（可编辑·免费）· 公文速写APP</title>
</head>
<body>
<div class="mask">⟦a 在公文速写App内打开，体验更流畅⟧ <button>⟦a 去App看⟧</button></div>
<div class="doc">
<h1>{T}</h1>
<div class="meta">⟦m 公文速写 · 请示模板⟧ ⟦m 1.3万人用过⟧</div>
<div class="ai"><button>⟦a AI一键改写⟧</button> <button>⟦a AI扩写⟧</button></div>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 轻触展开后半篇⟧</div>
<p class="tip">⟦d 模板仅供参考，使用前请核对数据与单位名称⟧</p>
</div>
<div class="bottom-bar">⟦a 复制全文⟧ ⟦a 收藏模板⟧ ⟦a 生成Word⟧</div>
</body>
</html>
""",
        body="""
县民政局：
宥坪镇敬老院现供养特困老人46名。院内食堂目前使用的两台木碗柜已用了十多年，柜门变形、柜内潮湿，碗筷只能用开水烫洗，达不到消毒要求。今年1月县市场监管局检查时，已责令限期整改。
为保障老人饮食安全，我镇拟为敬老院添置双门高温消毒碗柜2台，同时更换不锈钢餐具柜1组，共需资金约1.6万元。我镇已自筹0.6万元，尚缺1万元。
特请县民政局从特困供养机构设施改善资金中给予补助1万元。
妥否，请批示。
（联系人：宥坪镇社会事务办　庾文涛，电话：0798-4490217）
宥坪镇人民政府
2025年2月24日
""",
    ),
    dict(
        slug="fanwenapp-bigan-host-script-pewter-exhibition",
        site="笔杆快写 (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.bigankuaixie.cn/t/zhuchici/90411",
        title="锡酒壶錾刻技艺展开幕式主持词",
        record_title="〔主持串词〕锡酒壶錾刻技艺展开幕式主持词（含议程）| 笔杆快写",
        date=None,
        notes="a writing app's text share: a fold and an AI-polish line between paragraphs, an open-in-app prompt; a host script with no date",
        page="""
!a 打开笔杆快写App，免费领取3次AI润色
!m 笔杆快写 · 主持词
!t 〔主持串词〕锡酒壶錾刻技艺展开幕式主持词（含议程）
!m 模板热度 4.2k　·　收藏 318
{BODY}
!a ▼ 余下1段内容请在App内查看
!a 复制　·　下载DOCX　·　AI润色
!d 内容来源于用户创作与平台整理，仅供参考
""",
        body="""
尊敬的各位领导、各位来宾，朋友们：
大家上午好！金秋时节，锡香满城。今天，我们在这里隆重举行“漶水锡韵——锡酒壶錾刻技艺展”开幕式。我是今天的主持人蒲亦然。
首先，请允许我介绍出席今天开幕式的领导和嘉宾……
本次展览共展出锡酒壶及其他锡器作品120余件，既有明清老壶，也有近年来我市锡器匠人的新作。
⟦a 一键AI润色这段开场白⟧
下面，请蔼城市锡器行业协会会长冼国栋致辞。
……
下面，请市锡器技艺代表性传承人现场演示酒壶錾花。
……
朋友们，一把锡酒壶，錾的是花纹，传的是手艺。欢迎大家在展厅里细细品味。现在我宣布，开幕式到此结束，请各位移步展厅参观。
""",
    ),
]
