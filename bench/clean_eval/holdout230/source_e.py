"""holdout230, part E: residents' sites, trade associations, company sites, training schools, 范文 apps.

Every case written by hand; everything in it is invented. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="community-jieyuan-notice-sensor-lights-grid-box",
        site="絜园社区居民服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jieyuansq.cn/tzgg/20241202/159.html",
        title="关于更换楼道感应灯的通知",
        record_title="【楼栋告示】关于更换楼道感应灯的通知丨絜园社区居民服务网",
        date="2024-12-02",
        notes="residents' site with a weather line, a grid worker's box and property repair lines beside the "
        "notice's own 咨询电话; 成文日期 under the residents' committee's signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【楼栋告示】关于更换楼道感应灯的通知丨絜园社区居民服务网</title>
</head>
<body>
<div class="sq-top">⟦m 絜园社区居民服务网⟧ ⟦m 觞水县城关街道絜园社区⟧ <span class="tq">⟦m 今天 晴 3～11℃ 空气良⟧</span></div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 邻里活动⟧</li></ul>
<div class="sq-where">⟦m 社区首页 › 居务公开 › 通知⟧</div>
<div class="sq-main">
<h2>⟦t 【楼栋告示】⟧{T}</h2>
<p class="sq-meta">⟦m 发布人：社区办公室　　浏览 389⟧</p>
<div class="sq-con">
{BODY}
</div>
<p class="sq-share">⟦l 转发给邻居：微信 ｜ 复制链接⟧</p>
</div>
<div class="sq-side">
<div class="wgy"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　秦晓燕　139 7528 1064⟧</p></div>
<div class="wy"><h4>⟦m 物业服务⟧</h4><p>⟦m 报修：0739-8462288⟧</p><p>⟦m 夜间值班：0739-8462290⟧</p></div>
</div>
<div class="sq-foot">⟦m 絜园社区党群服务中心　地址：觞水县城关街道絜园路6号⟧</div>
<script src="/js/weather.js"></script>
</body>
</html>
""",
        body="""
各位居民朋友：
近期，社区收到多位居民反映，部分楼栋的楼道灯损坏，老人晚上上下楼很不方便。经社区“两委”与物业公司协商，决定将絜园小区1至16栋的楼道灯统一更换为人体感应灯。现将有关事项通知如下：
一、更换时间：12月5日至15日，每天9:00至17:00，按楼栋顺序施工。
二、更换费用从小区公共收益中列支，居民无需缴费。
三、施工期间如需临时照明，可到社区服务站领取手电筒。每天的施工楼栋将在“絜园社区”公众号提前公布，请居民及时关注。
四、更换后灯具出现故障，请拨打社区咨询电话0739-8462203，或在楼栋微信群告知楼栋长。
絜园社区居民委员会
2024年12月2日
""",
    ),
    dict(
        slug="community-piaoyun-signup-home-grab-bars-oneline",
        site="缥云社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.piaoyunsq.com/gg/2025/0318.html",
        title="关于为高龄独居老人免费安装居家扶手的报名通知",
        record_title="关于为高龄独居老人免费安装居家扶手的报名通知 — 缥云社区网",
        date="2025-03-18",
        notes="the whole notice on one line (paragraphs only apart by their indent); scanning the community "
        "account's QR code to sign up is content; the notice's own 联系人/电话 beside the site's hotline",
        page="""
!m 缥云社区网 · 缥岭镇缥云社区
!m 首页 ＞ 公告栏
{T}
!m 社区办公室　阅读 214
{BODY}
!a 分享　收藏　打印
!m 社区便民热线：0736-7738000（24小时）
!d 本网信息由缥云社区居委会维护
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位居民：
为减少高龄老人居家跌倒，缥云社区联合县民政局开展居家适老化改造，为辖区80周岁以上独居、空巢老人免费安装卫生间和床边扶手。
一、报名对象：户籍或常住在本社区、年满80周岁的独居或空巢老人。
二、安装内容：卫生间扶手2处、床边起身扶手1处，也可根据老人需要调整位置。
三、报名方式：3月31日前由老人或家属到社区服务站登记，也可以扫描社区公众号二维码在线报名。
四、安装由县民政局统一招标的施工单位上门完成，不收取任何费用，请勿相信上门推销。
联系人：蓝秀英，电话：0736-7738105。
缥云社区居民委员会
2025年3月18日
""",
    ),
    dict(
        slug="assoc-shuyang-textile-pledge-towel-quality",
        site="毹阳市纺织行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.syfzxh.org.cn/xhdt/2024/0624/87.html",
        title="毛巾浴巾行业质量诚信自律倡议书",
        record_title="〖行业自律倡议〗毛巾浴巾行业质量诚信自律倡议书 - 毹阳市纺织行业协会",
        date="2024-06-20",
        date_also=["2024-06-24"],
        notes="association site with a member-login row and a member hotline; the association's name is "
        "both the site name (matched as head) and the signature; 成文日期 expected, the posting date also",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖行业自律倡议〗毛巾浴巾行业质量诚信自律倡议书 - 毹阳市纺织行业协会</title>
</head>
<body>
<div class="xh-top">⟦m 毹阳市纺织行业协会⟧ <a>⟦a 会员单位登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-pos">⟦m 协会动态 / 倡议⟧</div>
<div class="xh-art">
<h1>⟦t 〖行业自律倡议〗⟧{T}</h1>
<p class="xh-meta">⟦m 2024-06-24　秘书处　阅读 611⟧</p>
<div class="xh-con">
{BODY}
</div>
<p>⟦l 下一篇：关于举办2024年巾被产品质量培训班的通知⟧</p>
</div>
<div class="xh-foot">⟦m 会员服务专线：0739-8125066⟧ ⟦m 协会秘书处　毹阳市纁湖区纺织路3号⟧</div>
<script src="/js/member-login.js"></script>
</body>
</html>
""",
        body="""
全市毛巾浴巾生产企业：
近年来，我市毛巾浴巾产业规模不断扩大，但在市场抽检中，仍有个别企业的浴巾存在克重虚标、纤维含量不符、色牢度不达标等问题，损害了“毹阳巾被”的整体声誉。为此，毹阳市纺织行业协会向全市毛巾浴巾生产企业发出如下倡议：
一、诚信标注。如实标注浴巾的纤维成分、规格和克重，不以“全棉”“加厚”等字样误导消费者。
二、严守标准。严格按照国家标准组织生产，出厂前逐批检验，不合格产品一律不出厂。
三、互相监督。发现同行违规行为，可向协会举报，协会将视情况在会员范围内通报。
让我们共同守护毹阳巾被的好口碑！
毹阳市纺织行业协会
2024年6月20日
""",
    ),
    dict(
        slug="assoc-parking-branch-minutes-barrier-standard-vote",
        site="毹阳市安防与停车设备行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.syafxh.org/fenhui/tcsb/2024/1125.html",
        title="停车设备分会第三届理事会第二次会议纪要",
        record_title="〖分会纪要〗停车设备分会第三届理事会第二次会议纪要_毹阳市安防与停车设备行业协会",
        date="2024-11-22",
        date_also=["2024-11-25"],
        notes="minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the 时间 line is the date, the "
        "posting date also accepted; a member-login row and the association's hotline",
        page="""
!m 毹阳市安防与停车设备行业协会
!a 会员登录　｜　企业入会
!m 首页 » 分会工作 » 停车设备分会
!t 〖分会纪要〗停车设备分会第三届理事会第二次会议纪要
!m 发布：2024-11-25　　秘书处
{BODY}
!l 往期纪要：停车设备分会第三届理事会第一次会议纪要
!m 协会电话：0739-8119800　邮箱：syafxh@163.com
""",
        body="""
时间：2024年11月22日下午2:30
地点：协会二楼会议室
主持：分会会长　苏定国
出席：理事单位代表19人
列席：协会秘书处　严佳
记录：分会秘书　庞晓
会议审议了《停车场道闸安装服务规范（团体标准）》征求意见稿。与会理事认为，标准对道闸防砸功能、断电手动抬杆、收费公示等内容作出了规定，符合行业实际。
会议以举手方式表决，同意17票，反对0票，弃权2票，通过该征求意见稿，由秘书处报协会标准化工作委员会。
会议还研究了2025年会员单位技能培训计划，拟于3月举办道闸安装调试培训班。
""",
    ),
    dict(
        slug="company-mingan-news-radar-light-test-cookie",
        site="觞水明感照明科技有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mingan-light.com/news/company/2025-04-16-118.html",
        title="明感照明新一代人体感应灯通过国家灯具质量检测",
        record_title="明感照明新一代人体感应灯通过国家灯具质量检测 › 公司动态 › 明感照明",
        record_date="2025-04-16",
        date="2025-04-16",
        notes="date from the record; company site with a cookie notice and a service float; the title "
        "repeated and glued before the lead; the company's short name also inside the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>明感照明新一代人体感应灯通过国家灯具质量检测 › 公司动态 › 明感照明</title>
<script src="/assets/js/site.min.js"></script>
</head>
<body>
<header class="mg-head"><a class="logo">⟦m MINGAN 明感照明⟧</a>
<nav><a>⟦m 产品中心⟧</a><a>⟦m 工程案例⟧</a><a>⟦m 公司动态⟧</a><a>⟦m 服务支持⟧</a><a>⟦m 联系我们⟧</a></nav></header>
<section class="mg-news">
<h1>{T}</h1>
<p class="mg-date">⟦m 2025.04.16　｜　公司动态⟧</p>
<div class="mg-text">
{BODY}
</div>
<p class="mg-back"><a>⟦l ← 返回动态列表⟧</a></p>
</section>
<div class="mg-cookie">⟦d 本网站使用Cookie改善浏览体验，继续访问即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<div class="mg-float">⟦w 在线客服⟧<br>⟦w 工程采购热线 400-105-7716⟧</div>
<footer>⟦m © 2025 觞水明感照明科技有限公司　湘ICP备23004518号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 明感照明新一代人体感应灯通过国家灯具质量检测⟧近日，觞水明感照明科技有限公司自主研发的MG-7系列人体感应灯，通过国家灯具质量检验检测中心的全部项目检测。
MG-7系列采用微波与红外双鉴感应，误触发率比上一代产品降低约70%，感应距离可在2米至8米之间调节，待机功率不到0.3瓦。产品专门针对老旧小区楼道设计，断电后可由应急电池持续照明90分钟。
公司总经理叶承泽介绍，新产品已在觞水县3个小区试点安装，将于5月批量上市。
""",
    ),
    dict(
        slug="company-jielian-recall-curtain-rods-batches",
        site="缥溪洁帘卫浴用品有限公司 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.jielian-weiyu.com/gonggao/20241209.html",
        title="关于召回部分批次浴帘杆的公告",
        date="2024-12-09",
        notes="title from the record; a recall with its batches table; the recall line is the document's own, "
        "beside the company's 400 order line; 成文日期 under the signature",
        page="""
!m 洁帘卫浴 · 浴帘 浴帘杆 淋浴挡水条
!m 首页 ｜ 产品 ｜ 公告 ｜ 联系
{T}
!m 洁帘卫浴官网　公告
{BODY}
!w 批发订购：400-887-2690　　天猫旗舰店：洁帘卫浴官方店
!l 最新公告：2025年春节发货安排
!m Copyright © 缥溪洁帘卫浴用品有限公司
""",
        body="""
尊敬的用户：
缥溪洁帘卫浴用品有限公司经自查发现，2024年8月至10月生产的部分批次免打孔伸缩浴帘杆，因弹簧顶座注塑强度不足，长期受力后可能断裂，导致浴帘杆脱落。为保障用户安全，公司决定主动召回以下批次产品：
型号　生产批次　数量（件）
JL-120　2408A、2409A　3620
JL-160　2409B、2410A　2874
请用户立即停止使用上述产品，并拨打召回专线0736-7750386登记，公司将免费上门更换新品或办理退款。
缥溪洁帘卫浴用品有限公司
2024年12月9日
""",
    ),
    dict(
        slug="training-jiangxin-brochure-handrail-course",
        site="匠心职业培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangxinpx.com/kc/shilaohua/",
        title="适老化扶手安装实操班招生简章",
        record_title="【周末实操班·三月开课】适老化扶手安装实操班招生简章（每期只收20人）- 匠心职业培训学校",
        date=None,
        notes="training school with a promo banner and a consult float; the brochure's own 报名电话 beside a "
        "400 line; a numbered list inside a numbered list; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【周末实操班·三月开课】适老化扶手安装实操班招生简章（每期只收20人）- 匠心职业培训学校</title>
</head>
<body>
<div class="jx-banner">⟦a 报名立减200元，老学员推荐再送工具包⟧</div>
<div class="jx-head">⟦m 匠心职业培训学校⟧ ⟦m 一技在手　就业无忧⟧</div>
<ul class="jx-nav"><li>⟦m 学校简介⟧</li><li>⟦m 热门课程⟧</li><li>⟦m 学员风采⟧</li><li>⟦m 在线报名⟧</li></ul>
<div class="jx-main">
<h1>⟦t 【周末实操班·三月开课】⟧{T}⟦t （每期只收20人）⟧</h1>
<p class="jx-meta">⟦m 课程顾问：龙老师　更新于 昨天⟧</p>
<div class="jx-con">
{BODY}
</div>
<p class="jx-btn"><a>⟦a 立即预约试听⟧</a></p>
</div>
<div class="jx-float">⟦w 课程咨询⟧<br>⟦w 全国招生热线 400-690-2318⟧</div>
<div class="jx-foot">⟦m 匠心职业培训学校　毹阳市綦城区工人路21号⟧ ⟦d 办学许可证号：教民143072170003号⟧</div>
<script>window.kfConfig = {pos: "right", color: "#e65c00"};</script>
</body>
</html>
""",
        body="""
一、培训对象：物业维修人员、家装工人及有意从事适老化改造的社会人员。
二、培训内容：
1.适老化改造基础知识和扶手安装规范；
2.卫生间、楼梯、走廊扶手的选型与定位；
3.电锤打孔、膨胀螺栓固定、承重测试实操；
4.空心砖墙、瓷砖墙等常见墙体的处理方法。
三、培训时间：共6天，每周六、周日上课，理论2天、实操4天。
四、培训费用：1800元，含材料费，结业考核合格发放培训证书。
五、报名电话：0739-8277360（龙老师）。
""",
    ),
    dict(
        slug="training-shangshui-diary-barrier-commissioning",
        site="觞水技工培训中心 (invented training school)",
        style="培训机构",
        genre="学员心得",
        kind="other",
        form="text",
        source="https://www.ssjigong.cn/xueyuan/xinde/0412.html",
        title="学道闸安装调试这一个月",
        record_title="〔学员札记〕学道闸安装调试这一个月 - 觞水技工培训中心",
        date=None,
        notes="a trainee's piece on a school site as text: a course ad line between paragraphs, a trial-class "
        "prompt and the school's enrolment line after it; no date",
        page="""
!m 觞水技工培训中心　｜　学员园地
!t 〔学员札记〕学道闸安装调试这一个月
!m 停车设备安装调试班　学员：贝志强
{BODY}
!a 想学同款技术？点此领取免费试听名额
!w 招生办：0736-8801322　微信同号
!l 更多学员札记：从焊工到电梯维保员｜我在监控安装班的30天
""",
        body="""
我原来在工地做水电，今年春天报了觞水技工培训中心的停车设备安装调试班，学了一个月，说说自己的体会。
第一周学原理。老师拿一台拆开的道闸，从电机、减速箱讲到平衡弹簧，我才知道起落杆抬得顺不顺，关键在弹簧的预紧力。
⟦a 停车设备安装调试班4月班火热报名中⟧
第二、三周学安装和布线。地感线圈要切槽埋线，车牌识别相机的角度差几度，识别率就差一大截。
最后一周练故障排除，老师故意设了十几个故障让我们找，我最头疼的是道闸抬杆后不落，查了半天，原来是地感线圈短路。
现在我已经跟着师傅在小区里装了五套道闸，心里有底了。
""",
    ),
    dict(
        slug="fanwenapp-miaobi-summary-curtains-ai-rewrite",
        site="妙笔APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.miaobiapp.com/share/art/5590312?from=wx",
        title="客房部2024年上半年浴帘更换工作总结",
        record_title="客房部2024年上半年浴帘更换工作总结（拿来即用版）- 妙笔APP",
        date="2024-07-05",
        notes="a writing app's H5 share: open-app mask, a fold line between paragraphs, an AI-rewrite button "
        "glued after a sentence; 成文日期 under the department's signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>客房部2024年上半年浴帘更换工作总结（拿来即用版）- 妙笔APP</title>
</head>
<body>
<div class="mb-mask">⟦a 打开妙笔APP，查看完整范文并一键导出⟧ <button>⟦a 打开⟧</button></div>
<div class="mb-art">
<h1>{T}</h1>
<p class="mb-info">⟦m 妙笔范文 · 总结汇报　1.3万人读过⟧</p>
<div class="mb-con">
{BODY}
</div>
<div class="mb-tools"><button>⟦a 复制全文⟧</button><button>⟦a AI帮我扩写⟧</button><button>⟦a 生成PPT⟧</button></div>
<div class="mb-rec"><h4>⟦l 妙笔猜你还想写⟧</h4><p>⟦l 酒店客房部年终总结⟧</p><p>⟦l 前厅部上半年工作总结⟧</p></div>
</div>
<div class="mb-foot">⟦m 妙笔APP · 让写作更轻松⟧</div>
<script src="https://h5.miaobiapp.com/js/share.js"></script>
</body>
</html>
""",
        body="""
上半年，客房部围绕“卫生间零投诉”目标，对全店186间客房的浴帘进行了集中排查和更换，现将工作总结如下。
一、完成浴帘更换。排查发现发霉、破损浴帘74条，已全部更换为防霉加重底边浴帘，同步更换锈蚀浴帘杆21根。⟦a ✦ AI一键改写这段⟧
二、规范清洗流程。制定浴帘清洗周期表，由每季度清洗一次改为每月一次，洗涤后逐条检查挂环。
⟦a 余下两段已折叠，点开看 ∨⟧
三、客人评价提升。上半年涉及卫生间的客诉由去年同期的19起下降到4起。
下半年，客房部将把浴帘检查纳入每日查房内容，并试点使用一次性浴帘套。
客房部
2024年7月5日
""",
    ),
    dict(
        slug="fanwenapp-biyou-host-script-sensor-lights",
        site="笔友APP (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.biyouapp.cn/fw/zhuchici/77130",
        title="絜园小区楼道感应灯改造项目竣工仪式主持词",
        record_title="絜园小区楼道感应灯改造项目竣工仪式主持词（开场+结尾全套）· 笔友APP",
        date="2024-10-26",
        notes="a writing app's share as text: the date under the title (neutral) is the document's date; an "
        "app prompt glued before the first words; a members-export prompt after the text",
        page="""
!m 笔友APP · 主持词频道
!t 絜园小区楼道感应灯改造项目竣工仪式主持词（开场+结尾全套）
{T}
（2024年10月26日）
!m 笔友精选　｜　2.6万次使用
{BODY}
!a 笔友会员可无限次导出Word，首月仅需6元
!l 同类主持词：小区加装电梯竣工仪式主持词｜社区文化广场启用仪式主持词
!m 笔友APP　m.biyouapp.cn
""",
        body="""
⟦a 在笔友APP内打开，体验更流畅⟧尊敬的各位领导、各位居民朋友：
大家上午好！今天，我们在这里隆重举行絜园小区楼道感应灯改造项目竣工仪式。
首先，请允许我介绍出席今天仪式的领导和嘉宾：街道办事处副主任沈立群女士，县供电公司客户服务中心主任武涛先生，以及居民代表30余人。
下面进行第一项，请施工单位负责人介绍项目实施情况。
下面进行第二项，请居民代表田奶奶发言。
下面进行第三项，请沈立群副主任讲话。
仪式到此结束，请大家移步3栋单元门口，一起体验新装的感应灯。谢谢大家！
""",
    ),
]
