"""holdout99, part D: download stations, personnel-exam sites, tender platforms, law firms, residents' sites.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="download-wanyou-plan-malaria-oldtable",
        site="万友资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.wanyouzl.com/soft/gw/20250418/31527.html",
        title="桐江县2025年消除疟疾成果巩固工作方案",
        record_title="桐江县2025年消除疟疾成果巩固工作方案.doc",
        date="2025-04-17",
        notes="old table layout with a file-info table, mirror links and a dead-link report; file-name title; 成文日期",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>桐江县2025年消除疟疾成果巩固工作方案.doc - 万友资料下载站</title></head><body>
<table width="980"><tr><td>⟦m 万友资料下载站　绿色·安全·免费⟧</td><td>⟦a 加入收藏⟧ ⟦a 设为主页⟧</td></tr></table>
<table width="980"><tr><td>⟦m 首页 | 公文资料 | 教案课件 | 表格模板 | 软件下载 | 排行榜⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 公文资料 → 卫生健康⟧</td></tr></table>
<table class="info" width="980">
<tr><td>⟦m 资料名称：桐江县2025年消除疟疾成果巩固工作方案.doc⟧</td></tr>
<tr><td>⟦m 资料大小：46 KB　资料格式：DOC　更新时间：2025-04-18　下载次数：239⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office　授权方式：免费资料⟧</td></tr></table>
<table width="980"><tr><td class="intro">⟦m 资料简介：⟧
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 下载地址：电信下载一　联通下载二　网通备用下载⟧</td></tr>
<tr><td>⟦a 如果下载链接失效，请点此报告死链⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料均来自网络收集，仅供交流学习，请下载后24小时内删除。⟧</td></tr>
<tr><td>⟦m Copyright 2008-2025 万友资料下载站　苏ICP备09004471号⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇卫生院、县直有关医疗卫生单位：
我县自2017年通过消除疟疾考核评估以来，已连续八年无本地感染病例，但境外输入病例仍时有发生。为巩固消除疟疾成果，严防输入再传播，制定本方案。
一、落实“1-3-7”工作规范。发现病例后1日内报告，3日内完成流行病学个案调查和核实，7日内完成疫点调查处置。
二、加强发热病人血检。对有境外疟疾流行区旅居史的发热病人，各医疗机构一律开展疟原虫检测，不得漏检。
三、做好抗疟药品储备。县疾控中心储备青蒿素类药物不少于二十人份，县人民医院储备重症疟疾治疗药品。
四、开展媒介监测。在三个重点乡镇设立按蚊监测点，每年六至九月每半月监测一次。
桐江县卫生健康局
2025年4月17日
""",
    ),
    dict(
        slug="download-ziliaoku-summary-fluorosis",
        site="资料库下载 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://down.ziliaoku8.com/doc/88152.html",
        title="2024年度地方性氟中毒防治工作总结",
        record_title="2024年度地方性氟中毒防治工作总结（可编辑）免费下载",
        date=None,
        notes="download station text page; decorated title; upload stamp only; no date in the document",
        page="""
!m 资料库下载 — 千万份资料免费下
!m 首页 → 卫生资料 → 疾病防控
{T}
!m 文件大小：32KB　　文件类型：.docx　　添加时间：2025-01-22　　下载：116次
!a 【高速下载】　【普通下载】　【报错】
!m 资料预览：
{BODY}
!a 本资料共3页，以上为预览内容，完整版请下载
!d 下载说明：本站资源均来自用户分享，如侵犯您的权益请联系客服删除。
!w 客服QQ：3370521946（工作日 9:00-18:00）
""",
        body="""
2024年，我县地方性氟中毒防治工作以改水降氟为重点，以监测评价为手段，各项防治措施得到有效落实。
一、改水工程运行管理。全县四十六处改水降氟工程全部正常运行，受益人口八万二千人。县疾控中心每季度对工程出水进行一次检测，全年检测水样一百八十四份，氟含量全部符合国家标准。
二、病情监测。在六个病区村开展儿童氟斑牙检查，共检查八至十二岁儿童五百一十三人，检出率为百分之六点四，较上年下降一点九个百分点。
三、健康教育。在病区村学校开展“饮用安全水”主题课堂三十场，发放宣传画册四千份，学生防治知识知晓率达到百分之九十二。
四、存在问题。少数改水工程设备老化，个别村群众仍有饮用自备井水的习惯，下一步需加大宣传和工程维护力度。
""",
    ),
    dict(
        slug="exam-jiangnan-notice-fish-fry-recruit-html",
        site="江南市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jnrsks.gov.cn/sydw/2025/0602/10338.html",
        title="江南市水产苗种繁育中心2025年公开招聘工作人员公告",
        record_title="江南市水产苗种繁育中心2025年公开招聘工作人员公告_事业单位招聘_江南市人事考试网",
        date="2025-05-30",
        date_also=["2025-06-02"],
        notes="personnel-exam site; a positions table; 准考证 download/print sentences kept; exam consult line beside the site's tech line",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>江南市水产苗种繁育中心2025年公开招聘工作人员公告_事业单位招聘_江南市人事考试网</title></head><body>
<div class="top">⟦m 江南市人事考试网　江南市人事考试院主办⟧</div>
<div class="nav">⟦m 首页 公务员考试 事业单位招聘 职称考试 考务通知 网上报名⟧</div>
<div class="bread">⟦m 首页 ＞ 事业单位招聘 ＞ 招聘公告⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 发布日期：2025-06-02　信息来源：市农业农村局⟧ ⟦a 【大 中 小】⟧</div>
<div class="text">
{BODY}
</div>
<div class="tip">⟦m 网站技术支持电话：0571-87061230（仅限报名系统故障）⟧</div>
<div class="ft">⟦m 江南市人事考试院 版权所有　浙ICP备05021911号⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，经市人力资源和社会保障局同意，江南市水产苗种繁育中心面向社会公开招聘工作人员4名。现将有关事项公告如下。
一、招聘岗位
岗位　　人数　　专业要求
鱼类繁育技术员　　2　　水产养殖学
水质检测员　　1　　环境科学、分析化学
财务会计　　1　　会计学
二、报名时间和方式
报名时间为2025年6月9日至6月13日，一律实行网上报名。
三、考试
笔试时间另行通知。报名成功的考生请于考前一周登录报名系统下载并打印准考证，凭准考证和身份证参加考试。
四、咨询方式
政策咨询电话：0571-87130562（市农业农村局人事处）
江南市农业农村局
2025年5月30日
""",
    ),
    dict(
        slug="exam-shanlan-notice-macaque-interview",
        site="山岚州人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.shanlan.gov.cn/kwtz/2025/0815/6102.html",
        title="山岚州野生动物救护中心2025年公开招聘面试公告",
        date="2025-08-15",
        notes="exam site text page; an interview table; placeholder-free; byline date",
        page="""
!m 山岚州人事考试信息网
!m 网站首页　考试动态　考务通知　成绩查询　政策法规
!m 您当前的位置：首页 > 考务通知
{T}
!m 时间：2025-08-15　　来源：州林草局　　阅读次数：1577
{BODY}
!l 相关附件：面试考生须知.pdf
!a 打印本文　　关闭本页
!m 山岚州人事考试中心　电话：0743-8221075　湘ICP备09018330号
""",
        body="""
根据《山岚州野生动物救护中心2025年公开招聘工作人员简章》，笔试工作已经结束。现将面试有关事项公告如下：
一、面试人员名单
岗位　　准考证号　　姓名
动物护理员　　250801012　　彭子墨
动物护理员　　250801027　　石惠兰
兽医　　250802005　　符亦铭
二、面试时间和地点
2025年8月23日上午8:30，州林草局三楼会议室。
三、面试方式
采取结构化面试，重点考察考生对猕猴等灵长类动物救护、饲养的专业知识。面试满分100分，合格分数线为60分。
四、注意事项
考生须于当天8:00前凭本人身份证和笔试准考证到候考室报到，逾时未到视为自动放弃。
山岚州林业和草原局
2025年8月15日
""",
    ),
    dict(
        slug="tender-huicheng-announce-sponge-city-html",
        site="汇城公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.huicheng.gov.cn/jyxx/jsgc/zbgg/2025/0716/8831.html",
        title="汇城市老旧小区海绵化改造工程（一期）施工招标公告",
        record_title="汇城市老旧小区海绵化改造工程（一期）施工招标公告 - 汇城公共资源交易网",
        date="2025-07-16",
        notes="tender platform; lots table; buyer and agency contacts beside a CA hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>汇城市老旧小区海绵化改造工程（一期）施工招标公告 - 汇城公共资源交易网</title></head><body>
<div class="hd">⟦m 汇城公共资源交易网⟧ ⟦a 交易主体登录⟧ ⟦a 专家登录⟧</div>
<div class="nav">⟦m 首页 | 交易信息 | 政策法规 | 服务指南 | 诚信体系⟧</div>
<div class="pos">⟦m 当前位置：交易信息 &gt; 工程建设 &gt; 招标公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 【信息时间：2025-07-16】【阅读次数：508】⟧</div>
{BODY}
<div class="ca">⟦m CA数字证书办理及技术支持：400-0766-188⟧</div>
<div class="foot">⟦m 主办单位：汇城市公共资源交易中心　桂ICP备14005227号⟧</div>
</body></html>
""",
        body="""
1. 招标条件
本招标项目汇城市老旧小区海绵化改造工程（一期）已由市发展和改革委员会批准建设，招标人为汇城市住房和城乡建设局，项目已具备招标条件，现对该项目施工进行公开招标。
2. 项目概况与招标范围
2.1 建设地点：城东片区十二个老旧小区。
2.2 建设内容：透水铺装、雨水花园、下沉式绿地、雨水调蓄池及配套管网改造。
2.3 标段划分：
标段　　小区数量　　最高限价（万元）
一标段　　7　　2186.40
二标段　　5　　1732.95
3. 投标人资格要求
投标人须具备市政公用工程施工总承包二级及以上资质，拟派项目经理具备二级及以上注册建造师执业资格。
4. 招标文件的获取
凡有意参加投标者，请于2025年7月17日至7月23日登录交易平台下载电子招标文件。
5. 联系方式
招标人：汇城市住房和城乡建设局　联系人：甘伟　电话：0775-2830916
招标代理机构：汇城恒信工程咨询有限公司　联系人：莫晓丹　电话：0775-2867042
""",
    ),
    dict(
        slug="tender-zhengcai-result-parcel-lockers",
        site="臻采招标采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zhencaizb.com/gg/zbjg/2025/0911/44107.html",
        title="青榆区智能快递柜进村项目中标结果公告",
        record_title="【结果公告】青榆区智能快递柜进村项目中标结果公告",
        record_date="2025-09-11",
        date="2025-09-11",
        notes="procurement result; a winning-bid table; the document's contacts kept; platform chrome around",
        page="""
!m 臻采招标采购平台 | 阳光采购 公平交易
!m 首页 / 采购公告 / 结果公告
{T}
!m 发布时间：2025-09-11 17:20　　公告类型：中标（成交）结果公告　　浏览：93
!a 收藏公告　　分享　　打印
{BODY}
!l 同类公告：青榆区农村物流站点建设项目采购公告
!d 提示：公告内容以采购人发布的纸质文件为准。
!m 平台客服：400-6651-930　工作时间 8:30-17:30
""",
        body="""
一、项目编号：QYCG-2025-0317
二、项目名称：青榆区智能快递柜进村项目
三、中标信息
供应商名称　　中标金额（元）
青榆速联智能科技有限公司　　1268500.00
四、主要标的信息
智能快递柜一百二十组，安装于全区一百二十个行政村便民服务点，含三年运维服务。
五、评审专家名单：何静、罗志远、潘晓雯、包立群、程毅。
六、公告期限：自本公告发布之日起1个工作日。
七、联系方式
采购人：青榆区商务局　联系人：韦婷　电话：0731-8516420
采购代理机构：湘正招标咨询有限公司　联系人：庞力　电话：0731-8527739
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-article-pyramid-scheme",
        site="正远律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="text",
        source="http://www.zhengyuanlaw.cn/guandian/2025/0520/172.html",
        title="警惕以“消费返利”为名的新型传销活动",
        record_title="律师观点丨警惕以“消费返利”为名的新型传销活动",
        date="2025-05-20",
        notes="law-firm article; a lawyer's WeChat prompt glued after a sentence; consult float",
        page="""
!m 正远律师事务所　ZHENGYUAN LAW FIRM
!m 首页　律所简介　专业领域　律师团队　律师观点　联系我们
!m 当前位置：首页 > 律师观点
{T}
!m 作者：杜明川律师　　2025-05-20　　阅读 412
{BODY}
!w 免费法律咨询：139-0731-6620（微信同号）
!l 上一篇：房屋租赁押金纠纷怎么处理
!l 下一篇：员工离职竞业限制的边界在哪里
!d 本文仅供普法参考，不构成正式法律意见。
!m 正远律师事务所 湘ICP备18030217号
""",
        body="""
近期，一些平台以“消费全返”“购物赚钱”为噱头，要求会员缴纳入门费、发展下线，并按下线人数和消费额层层返利。这类活动表面上是消费返利，实质上已涉嫌传销。
根据《禁止传销条例》，组织者通过发展人员、要求被发展人员以交纳费用或者购买商品等方式取得加入资格，并以发展人员的数量作为计酬或者返利依据的，属于传销行为。组织、领导传销活动，情节严重的，还可能构成组织、领导传销活动罪。⟦w 遇到类似问题可加杜律师微信 zyls_du 一对一咨询⟧
对普通参与者来说，所谓的“返利”往往来自后加入者的资金，一旦资金链断裂，平台跑路，大多数参与者血本无归。
我们提醒大家：不要轻信“高额返利”“躺着赚钱”的宣传；对要求先交钱再发展下线的平台保持警惕；发现涉嫌传销的线索，及时向市场监管部门或公安机关举报。
""",
    ),
    dict(
        slug="lawfirm-mingde-lecture-drunk-driving-html",
        site="明德律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.mingdelawyer.com/pufa/2025/1208/93.html",
        title="酒驾醉驾的法律后果——在运输企业驾驶员安全教育会上的普法讲座",
        record_title="普法讲堂｜酒驾醉驾的法律后果——在运输企业驾驶员安全教育会上的普法讲座",
        date="2025-12-05",
        date_also=["2025-12-08"],
        notes="law firm's lecture page; a date under the lecture title; a consult float and a share bar",
        page="""
<html><head><meta charset="utf-8"><title>普法讲堂｜酒驾醉驾的法律后果——在运输企业驾驶员安全教育会上的普法讲座</title></head><body>
<div class="logo">⟦m 明德律师事务所 · 刑事辩护与交通事故专业团队⟧</div>
<div class="nav">⟦m 首页　业务领域　成功案例　普法讲堂　律师团队　在线咨询⟧</div>
<div class="article"><h1>{T}</h1>
<div class="date">⟦m 发布：2025-12-08　栏目：普法讲堂⟧</div>
<p class="c">主讲人　明德律师事务所律师　龚一鸣</p>
<p class="c">（2025年12月5日）</p>
{BODY}
</div>
<div class="share">⟦l 分享：微信 / 朋友圈 / 复制链接⟧</div>
<div class="kf">⟦w 交通事故、酒驾案件咨询：400-8833-716⟧</div>
<div class="ft">⟦m © 明德律师事务所　地址：长丰路188号国贸大厦17层⟧</div>
</body></html>
""",
        body="""
各位驾驶员师傅：
今天我想用半个小时，和大家聊聊酒驾醉驾的法律后果。
第一，什么是酒驾和醉驾。驾驶人每一百毫升血液中酒精含量达到二十毫克、不满八十毫克的，属于饮酒后驾驶；达到八十毫克以上的，属于醉酒驾驶。
第二，酒驾的处罚。饮酒后驾驶机动车的，处暂扣六个月驾驶证，并处一千元以上二千元以下罚款；驾驶营运机动车的，处十五日拘留，罚款五千元，吊销驾驶证，五年内不得重新取得。
第三，醉驾的后果。醉酒驾驶机动车构成危险驾驶罪，除刑事处罚外，还会吊销驾驶证，营运车辆驾驶人终生不得驾驶营运车辆。
各位师傅开的都是营运车辆，一次酒驾就可能丢掉饭碗。请大家牢记：喝酒不开车，开车不喝酒。
""",
    ),
    dict(
        slug="community-lanting-notice-kitchen-waste-html",
        site="兰亭社区居委会 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lantingsq.org.cn/tzgg/2025/0301/215.html",
        title="兰亭社区关于厨余垃圾定时定点投放的通知",
        record_title=None,
        date="2025-03-01",
        notes="residents' site; title missing, found in the h1; a grid worker's mobile beside the community service line; a table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>兰亭社区居委会</title></head><body>
<div class="head">⟦m 兰亭社区 · 我们的家⟧</div>
<div class="nav">⟦m 社区首页　社区公告　便民服务　志愿之家　居民议事⟧</div>
<div class="here">⟦m 社区首页 ＞ 社区公告⟧</div>
<h2>{T}</h2>
<div class="d">⟦m 发布：社区居委会　2025-03-01　阅读 356⟧</div>
{BODY}
<div class="svc">⟦m 社区服务热线：0591-83307712（工作日 8:30-17:30）⟧</div>
<div class="f">⟦l 上一条：三月份社区义诊活动安排⟧ ⟦l 下一条：关于开展楼道堆物清理的通知⟧</div>
<div class="foot">⟦m 兰亭社区居民委员会　技术支持：街道网格中心⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为进一步做好垃圾分类工作，经社区居民议事会讨论，自2025年3月10日起，我社区实行厨余垃圾定时定点投放。具体安排如下：
投放点　　投放时间
1号楼北侧　　7:00—9:00，18:00—20:00
5号楼东侧　　7:00—9:00，18:00—20:00
12号楼南侧　　7:00—9:00，18:00—20:00
一、厨余垃圾请沥干水分，破袋投放，包装袋投入其他垃圾桶。
二、投放时间外，请勿将垃圾放在投放点地面。
三、投放点有志愿者值守，不清楚的可现场咨询。
网格员：林秀珍　手机：13905918826
兰亭社区居民委员会
2025年3月1日
""",
    ),
    dict(
        slug="community-chunhui-plan-centenarian",
        site="春晖社区网 (invented)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://chunhui.sqfw.net/huodong/2025/09/2231.html",
        title="春晖社区2025年重阳节百岁老人祝寿活动方案",
        date="2025-09-20",
        notes="community site text page; numbered list; the plan's own contact; relative time in a comment is no date",
        page="""
!m 春晖社区网　　便民 · 互助 · 温暖
!m 首页 >> 社区活动 >> 活动方案
{T}
!m 发布者：社区办公室　　发布于：2025-09-20 14:05
{BODY}
!l 居民留言（2）
!l 5号楼张阿姨：我报名当志愿者！（1天前）
!l 社区回复：欢迎张阿姨，请到社区登记。
!a 我要留言
!m 春晖社区居委会　社区服务中心电话：0311-86021435
""",
        body="""
重阳节将至，为弘扬尊老敬老传统美德，社区决定在重阳节为辖区百岁老人举办祝寿活动，方案如下。
一、活动对象：辖区内年满一百周岁的老人，共三位。
二、活动时间：2025年10月29日（重阳节）上午。
三、活动内容
1. 社区书记带领志愿者上门送长寿面、寿桃和慰问金；
2. 为老人拍摄全家福，制作成相册相赠；
3. 社区卫生服务站医生为老人免费体检。
四、工作分工
社区办公室负责联系老人家属，志愿服务站负责组织志愿者，卫生服务站负责体检。
联系人：社区副主任　左丽娟　电话：15832107796
春晖社区居民委员会
2025年9月20日
""",
    ),
]
