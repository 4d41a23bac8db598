"""holdout258, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text page each).

Everything here is invented; see ../README.md and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="lvyuan-community-notice-crate-swap",
        site="榈园社区居民服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lvyuansq.cn/tzgg/20251009/77.html",
        title="关于开展“旧箩筐换新绿”旧物回收活动的通知",
        record_title="【楼院通知】关于开展“旧箩筐换新绿”旧物回收活动的通知_榈园社区居民服务网",
        date="2025-10-09",
        notes="a residents' site: weather line, a grid member's box, a property duty line beside the community's own "
        "咨询电话; 扫码报名 is content; the 成文日期 under the committee's name",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【楼院通知】关于开展“旧箩筐换新绿”旧物回收活动的通知_榈园社区居民服务网</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 榈园社区居民服务网⟧ <span>⟦m 鎏城 多云 17℃ 空气质量 良⟧</span></div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 邻里活动⟧</li><li>⟦m 居民议事⟧</li></ul>
<div class="sq-crumb">⟦m 社区首页 › 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布：榈园社区居委会　浏览 415 次⟧</p>
<div class="sq-con">
{BODY}
</div>
<div class="sq-share">⟦l 转给邻居：微信 | 朋友圈 | 复制链接⟧</div>
</div>
<div class="sq-side">
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　何丽　138****6621⟧</p></div>
<div class="wy-box">⟦m 鎏景物业24小时值班：0731-5537999⟧</div>
</div>
<div class="sq-foot">⟦m 鎏城市浐坪镇榈园社区　湘ICP备19025517号-1⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为倡导绿色生活，社区将于10月18日（星期六）上午9:00至11:30，在社区文化广场开展“旧箩筐换新绿”旧物回收活动。现将有关事项通知如下：
一、居民可将家中闲置的竹编箩筐、竹篮、塑料筐带到现场，每交一件可兑换绿萝、吊兰等绿植一盆。
二、回收的竹编箩筐经志愿者清洗修补后，将送到社区菜园和老年食堂继续使用。
三、参加活动的居民请提前扫码报名，方便社区准备绿植数量。
咨询电话：0731-5537702（社区服务站）
榈园社区居民委员会
2025年10月9日
""",
    ),
    dict(
        slug="chengdong-community-pledge-remove-fences",
        site="城东社区网 (invented, text view)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://chengdong.hushan.example.cn/bmfw/2025/0325/52.html",
        title="拆除楼前违规竹篱笆　共建整洁家园倡议书",
        record_title="拆除楼前违规竹篱笆　共建整洁家园倡议书 - 便民服务 - 城东社区网",
        date="2025-03-25",
        notes="a residents' text page: a property repair line and a grid worker's mobile, a 'read by' count; "
        "a pledge dated under the signatures",
        indent="\u3000\u3000",
        page="""
!m 鹱山县城东社区网
!m 首页 ▏便民服务 ▏倡议书
{T}
!m 社区居委会　｜　已有 268 位居民阅读
{BODY}
!m 物业报修：0736-7321188　｜　网格员小罗：159****0437
!l 上一条：关于春季灭鼠工作的温馨提示
!m 城东社区网 · 我们的家
""",
        body="""
各位居民朋友：
近年来，小区部分楼栋前的公共绿地被个别住户用竹篱笆圈占，种菜、养鸡，有的篱笆还堵住了消防通道。圈起来的是一小块菜地，损害的却是全体居民的公共利益。为此，我们倡议：
一、自觉拆除。请在公共绿地上扎竹篱笆圈地的住户，于4月15日前自行拆除篱笆、清理杂物。
二、互相监督。发现新的圈占行为，请及时告知楼栋长或社区居委会。
三、共同维护。社区将把清理出来的绿地统一补种花草，欢迎居民报名认领养护。
让我们从拆掉一道篱笆做起，共同守护整洁、畅通的家园。
城东社区居民委员会
城东社区党支部
2025年3月25日
""",
    ),
    dict(
        slug="kechuan-cookware-assoc-pledge-head-name",
        site="稞川县铸铁炊具行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.kczhutiexh.org.cn/xhdt/2025/0617/41.html",
        title="铸铁炊具行业质量诚信自律倡议书",
        record_title="〖行业诚信倡议〗铸铁炊具行业质量诚信自律倡议书——稞川县铸铁炊具行业协会",
        date="2025-06-16",
        notes="an association site: the association's name in the header is also the signature (a head label); member "
        "login row, member hotline; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖行业诚信倡议〗铸铁炊具行业质量诚信自律倡议书——稞川县铸铁炊具行业协会</title>
</head>
<body>
<div class="xh-top"><a>⟦a 会员单位登录⟧</a> <a>⟦a 入会申请⟧</a> <span>⟦w 会员服务热线：0736-8277100⟧</span></div>
<div class="xh-logo">⟦m 稞川县铸铁炊具行业协会⟧</div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 行业标准⟧</li></ul>
<div class="xh-crumb">⟦m 协会动态 ＞ 倡议⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-info">⟦m 秘书处　发布于 2025-06-17⟧</p>
{BODY}
</div>
<div class="xh-foot">⟦m 协会地址：稞川县稼湾镇铁器街12号　湘ICP备21006390号⟧</div>
</body>
</html>
""",
        body="""
全县铸铁炊具生产经营企业：
稞川铁锅是我县的金字招牌，全县现有铸铁炊具生产企业六十余家，年产铁锅八百多万口。近来，个别企业以冲压锅冒充锻打锅、在铁锅内壁违规喷涂涂层，损害了“稞川铁锅”的声誉。为此，协会向全体会员单位发出如下倡议：
一、诚信标注。如实标注铁锅的工艺、材质和产地，不以冲压冒充锻打，不以外地货冒充本地货。
二、严守标准。严格执行铸铁炊具国家标准，不使用来历不明的涂层材料，出厂前逐批检验。
三、接受监督。公开企业质量承诺，畅通消费者投诉渠道，发现问题主动召回。
稞川县铸铁炊具行业协会
2025年6月16日
""",
    ),
    dict(
        slug="moxi-bamboo-assoc-summary-table",
        site="秣溪县竹编行业协会 (invented, text view)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mxzhubian.org/news/2025/0205/88.html",
        title="秣溪县竹编行业协会2024年工作总结",
        record_title="【协会年报】秣溪县竹编行业协会2024年工作总结（附数据）",
        date="2025-01-20",
        date_also=["2025-02-05"],
        notes="an association's text page: a data table one row a paragraph, a members-only download line; the site's "
        "posting date differs from the 成文日期",
        indent="\u3000\u3000",
        page="""
!m 秣溪县竹编行业协会
!m 网站首页 / 协会新闻
!t 【协会年报】秣溪县竹编行业协会2024年工作总结（附数据）
!m 上传：协会秘书处　　日期：2025-02-05
{BODY}
!a 会员单位登录后可下载年报全文（含会员名录）
!m 地址：秣溪县淖田镇竹乡大道3号　电话：0743-6771208
""",
        body="""
2024年，协会围绕“守住老手艺、打开新市场”，带领会员单位稳住了竹编箩筐等传统产品的生产，全行业产值稳中有升。
一、主要数据。
产品　产量　产值
农用箩筐　38万只　1140万元
果蔬箩筐　52万只　1820万元
家居收纳筐　21万只　1260万元
二、主要工作。一是组织篾匠技能比武两场，评出“秣溪巧手”十名；二是与三家商超签订果蔬箩筐长期供货协议；三是协调县里建成竹材集中初加工点，会员单位竹材成本下降约一成。
三、存在问题。青年篾匠仍然偏少，会员单位平均年龄超过五十五岁。明年协会将联合县职业中专开办竹编培训班。
秣溪县竹编行业协会
2025年1月20日
""",
    ),
    dict(
        slug="henggu-company-news-welded-mesh-line",
        site="恒固丝网官网 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.henggumesh.com/news/company/20250702-116.html",
        title="恒固丝网新型镀锌电焊网生产线正式投产",
        record_title="企业动态丨恒固丝网新型镀锌电焊网生产线正式投产｜恒固丝网",
        record_date="2025-07-02",
        date="2025-07-02",
        notes="a company site: cookie notice, online-service float, a photo caption between paragraphs, a share row; "
        "the record gives the date (the byline's dotted date agrees)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>企业动态丨恒固丝网新型镀锌电焊网生产线正式投产｜恒固丝网</title>
<script src="/assets/site.min.js"></script>
</head>
<body>
<header><a class="logo">⟦m 恒固丝网 HENGGU MESH⟧</a>
<nav>⟦m 首页　关于恒固　产品中心　工程案例　新闻中心　联系我们⟧</nav></header>
<div class="banner">⟦m 专注金属丝网二十年⟧</div>
<div class="crumb">⟦m 新闻中心 / 企业动态⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.07.02　｜　阅读 531⟧</p>
{BODY}
<div class="share">⟦l 分享：微信　微博　领英⟧</div>
<div class="prev-next">⟦l 上一篇：公司通过ISO9001质量体系复审⟧<br>⟦l 下一篇：恒固丝网亮相华中五金博览会⟧</div>
</article>
<div class="kefu-float">⟦w 在线客服　工作日 8:30-17:30⟧</div>
<div class="cookie">⟦d 我们使用Cookie来改善您的浏览体验，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m 鹱山恒固丝网制品有限公司　地址：鹱山县工业园纬三路8号⟧<br>⟦m 销售热线：0736-7390066　湘ICP备18022713号-1⟧</footer>
</body>
</html>
""",
        body="""
7月1日，鹱山恒固丝网制品有限公司新建的镀锌电焊网生产线正式投产。这条生产线总投资1800万元，可年产各类电焊网、护栏网1.2万吨，产品主要用于养殖围栏、山塘护栏和建筑工地围挡。
与老生产线相比，新生产线采用先焊后镀工艺，焊点处同样包裹锌层，防锈性能明显提高，网片使用寿命可达十五年以上。生产线还配套建设了锌烟收集处理装置，车间环境大为改善。
⟦m 图为新投产的电焊网生产线⟧
公司负责人表示，新生产线投产后，公司将重点开发无刺安全围网等新产品，满足学校、居民区对安全围护的需求。
""",
    ),
    dict(
        slug="laotiejiang-brochure-wok-care",
        site="老铁匠炊具官网 (invented, text view)",
        style="企业官网",
        genre="说明",
        kind="other",
        form="text",
        source="https://www.laotiejiang-cookware.com/service/care.html",
        title="生铁锅使用与保养说明",
        record_title="生铁锅使用与保养说明 - 服务支持 - 老铁匠炊具官网",
        date=None,
        notes="a company's product brochure text: a service line, a follow prompt for the site; a numbered list, and "
        "a sentence telling buyers to 关注 the after-sales account for video lessons (content); no date",
        page="""
!m 老铁匠炊具 · 一口好锅 传三代
!m 首页 > 服务支持 > 使用保养
{T}
!a 下载PDF版说明书　｜　打印本页
{BODY}
!w 售后服务热线：400-862-5518（9:00-18:00）
!a 关注官方微信，领取新客优惠券
!m © 稞川老铁匠炊具有限公司
""",
        body="""
感谢您选购老铁匠生铁锅。生铁锅不含化学涂层，越用越亮、越用越好用。为延长铁锅寿命，请按以下方法使用和保养：
1.首次使用前，先用热水刷洗，再用小火烘干，抹一层食用油，烧到冒烟后倒掉，重复两到三次。
2.炒菜前先把锅烧热再放油，不易粘锅。
3.尽量不要用铁锅长时间煮酸性汤水，也不要用来盛放过夜的饭菜。
4.用完趁热用清水刷洗，擦干后小火烘一下，抹一层薄油保存。
5.如果出现锈迹，用钢丝球刷掉后重新养锅即可。
如需养锅视频教程，可关注本公司售后服务号“老铁匠锅具之家”查看。
""",
    ),
    dict(
        slug="zhuqu-school-brochure-fence-weekend-class",
        site="竹趣手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zhuqushouzuo.com/course/fence-weekend.html",
        title="竹篱笆编扎周末体验班招生简章",
        record_title="【周末体验班】竹篱笆编扎周末体验班招生简章（每期仅收16位学员）- 竹趣手作学堂",
        date=None,
        notes="a training school: promo banner, consult float, a 400 franchise line beside the school's own 报名电话; "
        "fees table one row a paragraph; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【周末体验班】竹篱笆编扎周末体验班招生简章（每期仅收16位学员）- 竹趣手作学堂</title>
<script src="/js/course.js"></script>
</head>
<body>
<div class="promo">⟦a 早鸟优惠进行中：两人同行立减120元⟧</div>
<header>⟦m 竹趣手作学堂⟧ <nav>⟦m 首页 | 课程 | 师资 | 学员作品 | 加盟合作⟧</nav></header>
<div class="crumb">⟦m 首页 » 课程 » 周末体验⟧</div>
<section class="course">
<h1>{T}</h1>
{BODY}
<p class="btns"><button>⟦a 在线报名⟧</button> <button>⟦a 预约试听⟧</button></p>
</section>
<aside class="float">⟦w 课程顾问在线，点我咨询⟧</aside>
<footer><p>⟦m 全国加盟热线：400-803-1199⟧</p><p>⟦m 竹趣手作学堂（鎏城校区）　湘ICP备22004718号⟧</p></footer>
</body>
</html>
""",
        body="""
竹篱笆是乡村庭院最常见的围护，也是最容易上手的竹编作品。本期周末体验班由从事竹编三十多年的老师傅授课，带学员从零开始，亲手扎出一段属于自己的竹篱笆。
一、课程内容：认识竹材和工具；竹桩削制与打桩；横档劈篾与绑扎；收口与防腐处理。
二、上课安排：
班次　时间　费用
周六班　9:00-16:00　380元
周日班　9:00-16:00　380元
亲子班　周日13:30-16:30　260元（一大一小）
三、费用含竹材、工具使用和午餐，作品可带走。每期限招16人，额满即止。
报名电话：0731-5561820（鎏城校区）
""",
    ),
    dict(
        slug="jiangxin-school-trainee-insight-mill-repair",
        site="匠心乡村工匠培训学校 (invented, text view)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jiangxinpx.cn/xyfc/2025/168.html",
        title="跟老师傅学修碾子",
        record_title="学员心得 ∣ 跟老师傅学修碾子 —— 匠心乡村工匠培训学校",
        date=None,
        notes="a training school's trainee piece: a course ad line of its own between paragraphs, a consult line glued "
        "after the last 。; no date",
        indent="\u3000\u3000",
        page="""
!m 匠心乡村工匠培训学校
!m 首页 · 学员风采 · 学员心得
!t 学员心得 ∣ 跟老师傅学修碾子
!m 作者：石匠班学员 钟文
{BODY}
!l 更多学员心得 ＞＞
!a 石匠班第6期报名中　｜　立即报名
!m 学校地址：秭原县秭岭镇工匠街5号
""",
        body="""
我报名石匠班，是因为村里要恢复一盘老碾子，却找不到会修的人。三个月学下来，我不光学会了修碾子，还懂了不少老石匠的规矩。
修碾子最难的是“錾碾盘”。碾盘用久了会磨平，碾不动粮食，得用錾子重新錾出纹路。王师傅说，纹路要錾得深浅一致、斜向统一，碾砣滚过去粮食才能均匀受压。我第一次錾，纹路歪歪扭扭，王师傅让我錾了整整一个星期的练习石。
⟦a 石匠班·碾磨修复专题课　本月开课，名额有限⟧
其次是“找平”。碾盘底座要垫平垫实，碾砣的轴心要对正，差一点，推起来就会一边重一边轻。
如今我们村的碾子已经修好了，每逢周末都有孩子来体验推碾。⟦w 想学石匠手艺？咨询王老师 139****2286⟧
""",
    ),
    dict(
        slug="gongwen-kuaixie-app-request-mill-house",
        site="公文快写 (invented writing app, H5 share page)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="html",
        source="https://h5.gongwenkx.com/share/doc?id=7726115&from=wx",
        title="关于申请修缮村史馆碾房的请示",
        record_title="关于申请修缮村史馆碾房的请示（拿去直接改）- 公文快写",
        date="2025-04-02",
        notes="a writing app's H5 share: open-app mask, a fold ('open the app to read on'), an AI-polish button glued "
        "after a 。; the request's own 附件 line and 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>关于申请修缮村史馆碾房的请示（拿去直接改）- 公文快写</title>
<script src="https://h5.gongwenkx.com/js/openapp.js"></script>
</head>
<body>
<div class="mask">⟦a 用“公文快写”APP打开，排版更清楚⟧ <button>⟦a 去APP看⟧</button></div>
<div class="app-head">⟦m 公文快写 · 写公文 更省心⟧</div>
<div class="doc">
<h1>{T}</h1>
<p class="doc-meta">⟦m 分类：请示　·　被引用 2136 次⟧</p>
{BODY}
</div>
<div class="fold">⟦a 打开APP，免费查看同类范文12篇 ▾⟧</div>
<div class="app-bar"><button>⟦a 一键套用⟧</button> <button>⟦a 复制全文⟧</button> <button>⟦a 导出Word⟧</button></div>
<div class="app-foot">⟦m 公文快写 v5.3.0　© 鎏城笔速信息科技有限公司⟧</div>
</body>
</html>
""",
        body="""
镇人民政府：
我村村史馆内的老碾房建于上世纪五十年代，是全村现存最完整的集体生产旧址。近年来碾房屋顶多处漏雨，东侧土墙出现裂缝，碾盘底座下沉，存在倒塌危险。⟦a ✎ AI帮我润色这一段⟧
经村“两委”研究，拟对碾房进行修缮，主要包括更换屋面瓦和椽木、加固土墙、重新找平碾盘底座，预计需资金六万八千元。村集体可自筹两万元，尚缺四万八千元。
为保护好这一农耕文化遗存，恳请镇政府给予资金支持。
妥否，请批示。
附件：碾房修缮预算明细
潴湾村民委员会
2025年4月2日
""",
    ),
    dict(
        slug="cailiaotong-app-plan-mesh-hazards-decimal",
        site="材料通 (invented writing app, text share)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.cailiaotong.cn/s/fa/9930417",
        title="铁丝网围栏安全隐患排查整治工作方案",
        record_title="铁丝网围栏安全隐患排查整治工作方案（精编定稿）· 材料通APP",
        date="2025-05-06",
        notes="a writing app's text share: decimal headings 1.1–3, an app download line, a VIP line; the 成文日期 "
        "under the office's name",
        page="""
!m 材料通 · 你的写材料助手
!t 铁丝网围栏安全隐患排查整治工作方案（精编定稿）
!m 收录于「安全生产」合集　·　1.6万人用过
{BODY}
!a VIP会员可查看本文的另外2个版本
!a 下载材料通APP，写材料快人一步
!m 材料通　沪ICP备20031179号-4
""",
        body="""
为消除全镇铁丝网围栏安全隐患，保障群众生命财产安全，制定本方案。
1 排查范围
1.1 学校、幼儿园、山塘水库、养殖场周边设置的铁丝网围栏。
1.2 道路两侧、居民区内私自设置的刺丝和铁丝网。
2 整治措施
2.1 对锈蚀断裂、倒伏下垂的围栏，责令设置单位限期修复或拆除。
2.2 对紧邻道路、刺丝外伸的围栏，一律向内退让或更换为无刺围网。
2.3 对无主的废弃铁丝网，由村（社区）组织集中清理。
3 时间安排
5月20日前完成排查，6月30日前完成整治，7月上旬镇里组织复查。
淅口镇安全生产委员会办公室
2025年5月6日
""",
    ),
]
