"""holdout372, part E: community sites, trade associations, company sites, training schools, writing apps.

Invented text, written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-fenyuan-cup-holders-elderly-install",
        site="昐园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://fenyuan.sqjm.net/tongzhi/2024/0418/266.html",
        title="关于为辖区高龄老人免费安装漱口杯架和卫生间扶手的通知",
        record_title="【邻里关怀·适老改造】关于为辖区高龄老人免费安装漱口杯架和卫生间扶手的通知｜昐园社区",
        date="2024-04-17",
        date_also=["2024-04-18"],
        notes="residents' site: weather, a grid worker's box and a property repair line; the community's own duty phone "
        "in the notice; numbered items; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【邻里关怀·适老改造】关于为辖区高龄老人免费安装漱口杯架和卫生间扶手的通知｜昐园社区</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 昐园社区居民之家⟧ ⟦m 远亲不如近邻⟧ <span>⟦m 今日 小雨 16℃～22℃⟧</span></div>
<div class="sq-nav">⟦m 社区动态⟧ ⟦m 社区告示⟧ ⟦m 办事指南⟧ ⟦m 志愿者之家⟧ ⟦m 居民议事⟧</div>
<div class="sq-pos">⟦m 首页 › 通知公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-info">⟦m 社区居委会　2024-04-18　阅读 318⟧</p>
<div class="sq-body">
{BODY}
</div>
<p class="sq-like">⟦a 👍 有用 56　　转给家人看看⟧</p>
</div>
<div class="sq-grid">
<h4>⟦m 我的网格员⟧</h4>
<p>⟦m 第三网格 舒晓雯 手机：139 7452 8816⟧</p>
</div>
<div class="sq-wy">⟦m 物业报修（24小时）：0745-8850990⟧</div>
<div class="sq-foot">⟦m 昐水县城关镇昐园社区居民委员会　地址：昐园路88号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为方便高龄老人日常洗漱、预防卫生间滑倒，社区联合县民政局开展居家适老化改造，为辖区80周岁以上老人家庭免费安装漱口杯架和卫生间扶手。现将有关事项通知如下。
一、服务对象。户籍或常住在本社区、年满80周岁的老人家庭，优先安排独居、空巢老人。
二、服务内容。每户免费安装壁挂式漱口杯架1个、卫生间扶手1至2副，安装位置由工作人员上门与老人商量确定。
三、报名方式。4月19日至4月30日，老人或家属到社区服务大厅登记，也可以电话报名。社区值班电话：0745-8851023。
四、安装时间。5月6日起按报名顺序上门安装，安装前一天电话预约，请家中留人。
五、温馨提示。安装人员均佩戴社区工作证，不收取任何费用，如遇收费或推销产品，请及时向社区反映。
昐园社区居民委员会
2024年4月17日
""",
    ),
    dict(
        slug="community-minhe-tds-pen-lending-point-record-title",
        site="旼和社区网 (invented residents' site, text copy)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.minhesq.cn/notice/0612.html",
        title="旼和社区便民水质笔借用点开放通知",
        date="2024-06-12",
        notes="title from the record as is; a residents' page copied as text; 关注 the community account and 扫码 "
        "spoken of as content; 成文日期 under the signature",
        page="""
!m 旼和社区网 · 家门口的服务站
!m 首页 | 社区公告 | 便民服务 | 党建引领 | 联系我们
!m 天气：晴　28～35℃　紫外线强，出门注意防晒
{T}
!m 发布：旼和社区党群服务中心　阅读 207　点赞 19
{BODY}
!a 👉 觉得有用？点个“在看”，让更多邻居知道
!l 社区公告往期：关于夏季用电安全的温馨提示｜楼道堆物集中清理通知
!m 物业24小时服务热线：0739-5270066
!m 旼阳县旼和社区居民委员会 主办
""",
        indent="\u3000\u3000",
        body="""
各位居民：
近来不少居民询问家里的自来水、净水器出水怎么自己测一测。为方便大家，社区党群服务中心设立便民水质笔借用点，即日起开放。
一、借用地点：社区党群服务中心一楼便民服务台。
二、借用时间：工作日8:30—12:00、14:30—17:30。
三、借用办法：凭身份证登记借用，每次借期不超过3天，用后请擦干笔头交回。
四、使用提示：水质笔读数反映水中溶解性总固体的多少，不能代替专业检测；对水质有疑问的，可拨打县供水公司服务电话0739-5211234咨询。
五、扫码预约：居民可关注“旼和社区”公众号，在“便民服务”菜单中扫码预约，到点直接领取。
旼和社区党群服务中心
2024年6月12日
""",
    ),
    dict(
        slug="association-xicheng-stationery-staple-remover-pledge",
        site="钖城市文具行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.xcwjxh.org.cn/xhdt/2024/0903/158.html",
        title="关于提升起钉器产品安全设计的倡议书",
        record_title="〖行业自律·安全设计〗关于提升起钉器产品安全设计的倡议书（请会员企业传阅）_钖城市文具行业协会",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="association site: member-login row and a member hotline; the association's name is also the signature "
        "(matched as head); the posting date differs from the pledge's",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖行业自律·安全设计〗关于提升起钉器产品安全设计的倡议书（请会员企业传阅）_钖城市文具行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-top">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦a 协会邮箱⟧</div>
<div class="xh-logo">⟦m 钖城市文具行业协会⟧ <span>⟦m 服务会员 · 规范行业 · 共谋发展⟧</span></div>
<div class="xh-nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 标准法规⟧ ⟦m 展会信息⟧</div>
<div class="xh-pos">⟦m 协会动态 > 行业倡议⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布时间：2024-09-03　来源：协会秘书处⟧</div>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-side">⟦l 近期活动：第六届钖城文具博览会参展招募⟧</div>
<div class="xh-foot">⟦m 会员服务热线：0772-6609128⟧　⟦m 钖城市文具行业协会秘书处　桂ICP备16002273号⟧</div>
</body>
</html>
""",
        body="""
全市文具生产、销售企业：
起钉器是办公、学习中的常用小工具。近年来，消费者反映部分起钉器齿尖过于锋利、弹簧力度过大，使用中划伤手指、夹伤儿童的情况时有发生。为保障使用安全，提升行业产品质量，本会向全体会员企业发出如下倡议：
一、优化结构设计。起钉器齿尖应做钝化处理，握柄加装防滑、防夹护套，闭合状态下设置锁扣，防止儿童误开。
二、严格质量把关。加强弹簧力度、齿尖硬度等项目的出厂检验，不合格产品不出厂、不上架。
三、规范标识说明。产品包装应标明适用年龄和“儿童须在成人看护下使用”等警示语，说明书附图讲清正确用法。
四、共建行业信誉。会员企业相互监督，发现问题产品及时向协会反映，共同维护钖城文具的良好口碑。
钖城市文具行业协会
二〇二四年九月二日
""",
    ),
    dict(
        slug="association-filter-jug-committee-minutes-vote",
        site="湘桂净水器具协会 (invented association site, text copy)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.xgjsqj.org/hyjy/2024/1122/61.html",
        title="滤水壶专业委员会2024年第二次工作会议纪要",
        record_title="〖专委会·滤水壶〗滤水壶专业委员会2024年第二次工作会议纪要 - 湘桂净水器具协会",
        date="2024-11-21",
        notes="an association's minutes copied as text: the 时间/地点/主持/参会/记录 lines and a vote count; member-login "
        "and hotline chrome; the meeting's 时间 line gives the date",
        page="""
!m 湘桂净水器具协会
!m 会员登录 ｜ 入会指南 ｜ 联系秘书处
!m 位置：首页 › 会议纪要
!t 〖专委会·滤水壶〗滤水壶专业委员会2024年第二次工作会议纪要 - 湘桂净水器具协会
{T}
{BODY}
!l 往期纪要：滤水壶专业委员会2024年第一次工作会议纪要
!m 协会秘书处电话：0773-2856017　传真：0773-2856018
!d 纪要内容仅供会员单位参考，未经协会同意不得公开引用。
""",
        indent="",
        body="""
时间：2024年11月21日14:30
地点：钖城市碧舟家居用品有限公司会议室
主持：符永康（专委会主任委员）
参会：专委会委员单位代表11人，协会秘书处2人
记录：邱思琪
会议听取了秘书处关于今年滤水壶产品抽查情况的通报，讨论了《滤水壶滤芯额定总净水量标注规范（团体标准）》征求意见稿，纪要如下：
一、委员们认为，部分企业按理想条件标注滤芯寿命，与消费者实际使用差距较大，有必要统一测试条件和标注方式。
二、会议对征求意见稿提出修改意见6条，主要包括补充高硬度水质条件下的测试方法、明确“建议更换周期”的计算依据等。
三、会议对是否将征求意见稿提交协会理事会审议进行表决，应到委员11人，实到11人，同意10人，弃权1人，决定修改后提交理事会审议。
四、秘书处于12月20日前汇总修改意见，形成送审稿。
""",
    ),
    dict(
        slug="company-yinghong-numbering-machine-new-product",
        site="锳宏办公设备 (invented company site)",
        style="企业官网",
        genre="产品新闻",
        kind="news",
        form="html",
        source="https://www.yinghong-office.com/news/product/2024-03-18/217.html",
        title="锳宏HM-8自动号码机正式上市",
        record_title="新品速递｜锳宏HM-8自动号码机正式上市 - 锳宏办公设备",
        date="2024-03-18",
        notes="company page: a cookie notice, a 400 order line and a service float; a 发布日期 line as the page's date; "
        "a product-spec table one row a paragraph; the company's short name in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品速递｜锳宏HM-8自动号码机正式上市 - 锳宏办公设备</title>
<script src="/assets/site.js"></script>
</head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧ ⟦a 知道了⟧</div>
<header>⟦m 锳宏办公设备⟧ <nav>⟦m 关于锳宏⟧ ⟦m 产品中心⟧ ⟦m 新闻资讯⟧ ⟦m 售后服务⟧ ⟦m 联络锳宏⟧</nav></header>
<div class="crumb">⟦m 新闻资讯 ＞ 产品动态⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="news-date">⟦m 发布日期：2024-03-18　浏览：1243⟧</div>
<div class="news-text">
{BODY}
</div>
<div class="news-pn">⟦l 上一条：锳宏受邀参加第二届华南办公用品展⟧　⟦l 下一条：电动订书机使用保养小知识⟧</div>
</div>
<div class="service">⟦w 在线客服 · 批量采购享经销商价⟧</div>
<footer>⟦w 订购热线：400-663-0738⟧　⟦m 钖城锳宏办公设备有限公司　桂ICP备20008411号-1⟧</footer>
</body>
</html>
""",
        body="""
近日，锳宏办公设备有限公司自主研发的HM-8自动号码机正式上市。这款号码机主要面向财务票据、证卡、试卷等需要连续编号的场景，打号速度比传统手动号码机提高了三倍以上。
HM-8采用电机驱动，纸张放到打号位后自动完成压印和进号，并可在液晶屏上设置起始号、号码位数和重复次数。机内设有计数器，每次开机都会显示上一次的终止号，方便核对；遇到卡纸或字轮异常，机器自动停机并鸣响提示。
主要参数　HM-8
号码位数　4—8位可选
打号模式　连续、重复（1—9次）、固定
打号速度　约40次/分钟
电源　220V交流
锳宏产品部负责人介绍，HM-8已通过企业内部连续十万次打号测试，首批产品将优先供应财务、印刷和教育行业用户。
""",
    ),
    dict(
        slug="company-longxi-cup-holder-recall-batches",
        site="泷溪家居 (invented company site, text copy)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.longxijiaju.com/gonggao/recall-2024-07.html",
        title="关于召回部分批次吸盘式漱口杯架的公告",
        record_title="安全提示丨关于召回部分批次吸盘式漱口杯架的公告——泷溪家居官网",
        date="2024-07-05",
        notes="a company recall copied as text: recalled batches one row a paragraph; the recall line beside a 400 "
        "order line; 扫码 on the product label spoken of as content; 成文日期 under the signature",
        page="""
!m 泷溪家居　LONGXI HOME
!m 首页　产品　品牌故事　服务支持　公告
!t 安全提示丨关于召回部分批次吸盘式漱口杯架的公告——泷溪家居官网
{T}
{BODY}
!w 新品选购请拨打：400-880-5526（非召回咨询）
!a 返回公告列表
!m © 泷溪家居用品有限公司　版权所有　粤ICP备18104470号
""",
        indent="\u3000\u3000",
        body="""
尊敬的消费者：
我司近期接到消费者反映，部分批次吸盘式漱口杯架在使用一段时间后吸盘老化脱落，杯架坠落可能砸伤使用者或摔碎杯具。经排查，问题原因为吸盘原料批次不合格。为保障消费者安全，我司决定召回以下批次产品。
产品型号　生产批号　生产日期　数量
LX-BJ02　20240311　2024年3月11日　2200件
LX-BJ02　20240327　2024年3月27日　1860件
LX-BJ03　20240402　2024年4月2日　1540件
消费者可查看杯架背面标签上的批号，或用手机扫描标签上的二维码查询是否属于召回范围。属于召回范围的，我司将免费更换为螺丝固定款杯架，或全额退款。
召回服务电话：0757-2866 3120（每天9:00—21:00）
泷溪家居用品有限公司
2024年7月5日
""",
    ),
    dict(
        slug="training-shuidi-family-water-test-course",
        site="小水滴科学营 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.xiaoshuidi-kxy.com/course/weekend-water.html",
        title="“家庭饮水小侦探”周末科学体验课招生简章",
        record_title="【周末营·8—12岁】“家庭饮水小侦探”周末科学体验课招生简章（每班只收16位）",
        date=None,
        notes="training school: a promo banner, a franchise line and a consult float; the course's own 报名电话 beside "
        "them; a course table; no date (a relative update time only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【周末营·8—12岁】“家庭饮水小侦探”周末科学体验课招生简章（每班只收16位）</title>
<script src="/js/kxy.js"></script>
</head>
<body>
<div class="promo">⟦a 🎉 老学员推荐新同学，双方各得一节免费课！⟧</div>
<div class="hd">⟦m 小水滴科学营⟧ <span>⟦m 让孩子在动手中爱上科学⟧</span></div>
<div class="nav">⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 营地活动⟧ ⟦m 家长课堂⟧ ⟦m 加盟合作⟧</div>
<div class="course">
<h1>{T}</h1>
<p class="upd">⟦m 更新于 1 周前　·　已报名 37 人⟧</p>
<div class="intro">
{BODY}
</div>
<div class="btn">⟦a 立即预约试听⟧</div>
</div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="join">⟦w 城市合伙人招募热线：400-175-8860⟧</div>
<div class="ft">⟦m 锳湖区小水滴科学培训中心　办学许可证号：教民145028170000215号⟧</div>
</body>
</html>
""",
        body="""
家里的水干不干净？净水壶到底有没有用？这个周末，带着孩子的好奇心，来做一回“家庭饮水小侦探”吧！
课程对象：8—12岁小学生，每期限16人。
课程安排
课次　主题　内容
第1课　认识水质笔　学会开机、校准和读数
第2课　我家的水　测量自来水、开水、净水壶出水
第3课　小小净水器　用细沙、活性炭自制过滤装置
课程特色：每位学员配一支水质笔，课后可带回家继续记录；结课时完成一份“家庭饮水观察报告”，优秀报告在营地展出。
报名电话：0772-2836017（周二至周日9:00—18:00）
""",
    ),
    dict(
        slug="training-juanzhi-archivist-course-insight",
        site="卷帙职业培训学校 (invented training school, text copy)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.juanzhipx.com/xueyuan/xinsheng/330.html",
        title="档案整理员培训班结业心得",
        record_title="结业感言 ▸ 档案整理员培训班结业心得（第12期 优秀学员）",
        date="2024-11-30",
        notes="a training school's trainee page copied as text: promo and consult lines; a 心得 with the trainee's "
        "signature and date; a next-class prompt",
        page="""
!m 卷帙职业培训学校
!m 人社部门备案职业技能培训机构
!m 首页 » 学员风采 » 学员心声
!t 结业感言 ▸ 档案整理员培训班结业心得（第12期 优秀学员）
{T}
{BODY}
!a 📌 第13期档案整理员培训班火热报名中，点击查看开班时间
!w 课程咨询：孟老师 186 0745 3391（微信同号）
!m 卷帙职业培训学校　地址：昐水县文昌街19号三楼
""",
        indent="\u3000\u3000",
        body="""
为期二十天的档案整理员培训结束了。回想第一天走进实训室，看到桌上摆着的起钉器、镊子、软毛刷，我还以为这些小工具没什么可学的。
第一节实操课，老师让我们每人拆一卷上世纪的旧案卷。我用起钉器从正面硬夹，一下就把纸撕了个口子。老师走过来，手把手教我翻到背面，先撬钉脚再取钉身。那一刻我才明白，档案工作的每一个动作都有讲究。
二十天里，我们学了案卷拆装、破损修补、分类排列、著录编目，还到县档案馆跟班实习了三天。结业考核时，我拆装的案卷一页未损，拿了全班第一。
我会带着这份细心，回到单位把档案室的工作做好。
学员：谭舒然
2024年11月30日
""",
    ),
    dict(
        slug="writingapp-fanwenkoudai-bill-clerk-report-record-date",
        site="范文口袋App (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.fanwenkoudai.com/share/article?id=50817266",
        title="2024年度财务科票据管理员述职报告",
        record_title="2024年度财务科票据管理员述职报告（票据岗适用）｜范文口袋",
        record_date="2024-12-27",
        date="2024-12-27",
        notes="writing app's H5 share page: an open-app mask, a fold, AI buttons; the record gives the date; an AI-polish "
        "button glued after a sentence; a fold line between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>2024年度财务科票据管理员述职报告（票据岗适用）｜范文口袋</title>
<script src="https://h5.fanwenkoudai.com/static/share.js"></script>
</head>
<body>
<div class="mask">⟦a 打开范文口袋App，查看全文不受限⟧ ⟦a 继续在网页浏览⟧</div>
<div class="app-bar">⟦m 范文口袋⟧ ⟦m 写材料，口袋里装着一万篇⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="art-meta">⟦m 口袋编辑部　·　阅读 2.2万　·　收藏 913⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="ai">⟦a ✨ 一键生成同类范文⟧ ⟦a AI续写⟧ ⟦a 换个语气⟧</div>
</div>
<div class="bottom">⟦a 复制全文需开通口袋会员⟧</div>
<div class="rec">⟦l 口袋推荐：出纳岗位年度述职报告　会计人员年终个人总结⟧</div>
</body>
</html>
""",
        body="""
各位领导、同事：
2024年，我在财务科担任票据管理员，负责非税收入票据和内部收据的领购、编号、发放、核销工作。现将一年来的履职情况报告如下。
一、管好票据“进出口”。全年领购票据320本，发放308本，核销296本，做到领用有登记、发放有签字、核销有复核，账实相符率100%。
二、管好号码机。科里两台号码机由我保管，每次打号前核对起始号，打号后逐本检查终止号，全年未发生跳号、重号。9月一台号码机字轮磨损，我及时报修并用另一台顶上，没有耽误使用。⟦a AI润色这一段⟧
⟦a 展开剩余60%内容 ∨⟧
三、配合完成检查。配合县财政局票据专项检查，提前整理五年来的票据存根和作废票据，检查未发现问题。
不足之处是对电子票据的业务还不够熟悉。明年我将加强学习，尽快适应票据电子化改革的要求。
述职人：何婧
2024年12月27日
""",
    ),
    dict(
        slug="writingapp-xiexie-host-script-filter-jug-donation",
        site="写写范文App (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.xiexiefanwen.cn/s/9rT2kQ",
        title="“净水壶进校园”捐赠仪式主持词",
        record_title="“净水壶进校园”捐赠仪式主持词（简短版·一人主持）_写写范文",
        date=None,
        notes="a writing app's shared text: an open-app prompt, a fold line inside the body, a member-copy prompt; a host "
        "script with no date",
        page="""
!a 在App内打开，阅读更流畅 ＞
!m 写写范文 · 你的写作搭子
!t “净水壶进校园”捐赠仪式主持词（简短版·一人主持）_写写范文
{T}
!m 写写编辑　｜　1.4万人看过
{BODY}
!a 会员专享：一键复制 · 导出Word · 智能改写
!l 同场景推荐：爱心捐赠仪式主持稿（双人版）　校园公益活动开幕致辞
""",
        indent="",
        body="""
尊敬的各位领导、各位来宾，亲爱的老师们、同学们：
大家上午好！今天，我们在这里举行“净水壶进校园”捐赠仪式。首先，请允许我介绍出席今天仪式的领导和嘉宾：县红十字会副会长邓慧敏女士，钖城碧舟家居用品有限公司总经理符永康先生。让我们以热烈的掌声表示欢迎！
下面进行第一项，请碧舟家居用品有限公司总经理符永康先生致辞。
⟦a —— 以下内容已折叠，登录后查看 ——⟧
感谢符总的真挚话语。下面进行第二项，请县红十字会邓慧敏副会长向学校代表赠送净水壶二百只，请校长接受捐赠。
下面进行第三项，请学生代表发言，表达同学们的感谢之情。
同学们，一壶净水，是一份关爱。希望大家珍惜这份心意，喝上放心水、养成好习惯。“净水壶进校园”捐赠仪式到此结束，谢谢大家！
""",
    ),
]
