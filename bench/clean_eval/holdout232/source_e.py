"""holdout232, part E: residents' sites, trade associations, company sites, training schools, 范文 apps.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-chunling-consultation-charging-shed-vote",
        site="鹑岭社区 (invented residents' site)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.chunlingsq.cn/gsgg/2025/1103/66.html",
        title="关于在鹑岭一村新建集中充电车棚征求居民意见的公告",
        record_title="【居民议事】关于在鹑岭一村新建集中充电车棚征求居民意见的公告_鹑岭社区",
        date="2025-11-03",
        notes="residents' site with a weather line, a grid member's box and a property duty line beside the "
        "community's own consultation phone; 扫描二维码 as content; a numbered list; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【居民议事】关于在鹑岭一村新建集中充电车棚征求居民意见的公告_鹑岭社区</title>
<script src="/js/sq.common.js"></script>
</head><body>
<div class="sq-top">⟦m 鹑岭社区 · 邻里一家亲⟧ ⟦m 桴湖区 11月3日 小雨 12~17℃⟧</div>
<div class="sq-nav">⟦m 首页　社区概况　居务公开　便民服务　邻里议事　志愿者之家⟧</div>
<div class="sq-pos">⟦m 所在位置：首页 » 邻里议事⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布：社区居委会　浏览 842⟧</p>
<div class="sq-body">
{BODY}
</div>
<p class="sq-share">⟦l 转给邻居看看：微信 ｜ 复制链接⟧</p>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 鹑岭一村网格员　章敏　手机 139 7082 4417⟧</p></div>
<div class="sq-wy">⟦m 鹑岭一村物业值班：0798-3290888（24小时）⟧</div>
<div class="sq-foot">⟦m 鹑岭社区居民委员会　地址：桴湖区鹑岭路21号⟧ ⟦d 本站信息由社区工作人员发布，转载请注明来源⟧</div>
<script>sq.stat("gsgg",66);</script>
</body></html>
""",
        body="""
鹑岭一村各位居民：
为解决小区电动车充电难、“飞线”充电隐患多的问题，社区居委会拟在鹑岭一村3栋与5栋之间的空地新建集中充电车棚一座，设车位60个、充电口60个，建成后按每度电0.6元收费。
现就该事项征求居民意见，意见征集时间为11月3日至11月12日。居民可通过以下方式表达意见：
1. 扫描单元门口张贴的二维码，在线填写意见表；
2. 到社区服务大厅填写纸质意见表；
3. 拨打社区咨询电话0798-3290612。
同意的户数超过三分之二的，社区将于12月启动建设。
鹑岭社区居民委员会
2025年11月3日
""",
    ),
    dict(
        slug="community-maoyuan-summary-bathing-service-table",
        site="芼园社区 (invented residents' site)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://maoyuansq.fuhu.gov.cn/gzzj/2025/1230/12.html",
        title="芼园社区“助浴到家”服务情况总结",
        record_title="芼园社区“助浴到家”服务情况总结（附服务台账）- 芼园社区",
        date="2025-12-28",
        notes="residents' site as text: a service table one row a paragraph; a volunteer sign-up line between "
        "paragraphs; 成文日期 under the signature",
        page="""
!m 芼园社区网　桴湖街道芼园社区居委会
!m 首页 › 工作总结
{T}
!m 录入：社区办公室　点击 317
{BODY}
!a 【打印】　【返回】
!l 上一篇：芼园社区冬季消防安全提示
!m 社区服务电话：0798-3290715　地址：桴湖区芼园路8号
""",
        body="""
今年4月起，芼园社区联合辖区养老服务站，为行动不便的独居、高龄老人提供“助浴到家”服务。现将全年服务情况总结如下。
一、服务情况
季度　服务老人（人）　服务次数（次）
第二季度　18　52
第三季度　26　97
第四季度　31　118
⟦a 想当助浴志愿者？点这里报名 →⟧
二、主要做法
助浴员上门前准备好浴帽、防水护理垫、毛巾等用品，先为老人测量血压，再根据身体情况选择淋浴或擦浴。老人头部有伤口或者刚理过发的，一律戴浴帽保护。
三、存在问题
助浴员只有4名，冬季需求集中时排不开班，部分老人要等一周以上。
明年，社区将再招募2名助浴员，并争取把服务范围扩大到整个桴湖街道。
芼园社区居民委员会
2025年12月28日
""",
    ),
    dict(
        slug="association-power-tools-pledge-quality-signature",
        site="柍城市电动工具行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.ycpta.org.cn/xhdt/2025/0317/212.html",
        title="电动工具行业质量诚信倡议书",
        record_title="〔行业倡议〕电动工具行业质量诚信倡议书 - 柍城市电动工具行业协会",
        date="2025-03-15",
        date_also=["2025-03-17"],
        notes="association site with a member-login row and a member hotline; the association's name stands at the "
        "top and is also the signature (head match); the site's posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔行业倡议〕电动工具行业质量诚信倡议书 - 柍城市电动工具行业协会</title>
<script src="/static/js/xh.js"></script>
</head><body>
<div class="xh-top"><span class="name">⟦m 柍城市电动工具行业协会⟧</span> ⟦m Yangcheng Power Tools Association⟧
<form class="login">⟦a 会员单位登录⟧ <input name="u"> <input name="p" type="password"> <button>⟦a 进入⟧</button></form></div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　行业标准　会员风采　入会指南⟧</div>
<div class="xh-pos">⟦m 首页 ＞ 协会动态 ＞ 倡议⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-meta">⟦m 2025-03-17　秘书处　阅读 677⟧</p>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会组织会员企业参加华东五金博览会⟧</p><p>⟦l 锂电工具安全标准宣贯会举行⟧</p></div>
<div class="xh-foot">⟦w 会员服务专线：0798-3277016⟧ ⟦m 协会地址：柍城市五金城商务楼5楼⟧ ⟦m 赣ICP备19015520号⟧</div>
</body></html>
""",
        body="""
全市电动工具生产和销售企业：
近年来，我市电动工具产业快速发展，电钻、角磨机等产品远销国内外。但也有个别企业虚标功率、使用劣质电源线，损害了行业声誉。为此，柍城市电动工具行业协会向全体会员企业发出如下倡议：
一、严守质量底线。严格执行国家标准，电钻等产品必须通过强制性产品认证，不虚标功率和转速。
二、坚持诚信经营。如实标注产品参数，不以次充好，不恶意压价。
三、做好售后服务。建立产品追溯制度，出现质量问题主动召回。
四、加强相互监督。发现违规行为，及时向协会反映，协会将在会员单位内通报。
让我们携起手来，共同擦亮“柍城制造”的金字招牌！
柍城市电动工具行业协会
2025年3月15日
""",
    ),
    dict(
        slug="association-signage-minutes-accessible-bus-signs-vote",
        site="柍城市公共标识行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.ycbsxh.org/hx/2025/0513/58.html",
        title="公交站牌无障碍设计专题会议纪要",
        record_title="【协会会讯】公交站牌无障碍设计专题会议纪要 · 柍城市公共标识行业协会",
        date="2025-05-09",
        date_also=["2025-05-13"],
        notes="association minutes as text: the 时间/地点/主持/出席/记录 lines stay in the body, a vote count; the "
        "minutes' 时间 line gives the date, the site's posting date is also accepted",
        page="""
!m 柍城市公共标识行业协会
!m 首页 / 协会会讯 / 会议纪要
{T}
!m 发布于 2025-05-13　｜　秘书处
!a 分享　收藏　打印
{BODY}
!l 往期会讯：协会第二届理事会第四次会议纪要
!m 协会秘书处电话：0798-3246127　邮箱：mishuchu@ycbsxh.org
""",
        indent="\u3000\u3000",
        body="""
时间：2025年5月9日上午9:30
地点：协会会议室
主持：会长　邵建平
出席：理事单位代表11人，柍城市残疾人联合会、市公交集团特邀代表各1人
记录：秘书处　韩露
会议围绕公交站牌无障碍设计进行了讨论，形成如下意见：
一、新设站牌的信息板下沿距地面不高于1.2米，方便乘轮椅的乘客阅读。
二、站名采用大字号并加注盲文，重点站点设置语音播报按钮。
三、由协会牵头起草《公交站牌无障碍设计团体标准》，8月底前形成征求意见稿。
会议对第三项意见进行了表决：同意11票，反对0票，弃权0票，获得通过。
""",
    ),
    dict(
        slug="company-jieyi-news-corn-fibre-shower-cap-glued-title",
        site="椆川洁宜日用品有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jieyi-daily.com/news/2025/0416.html",
        title="洁宜推出可降解玉米纤维浴帽",
        record_title="企业新闻丨洁宜推出可降解玉米纤维浴帽｜洁宜日用",
        date="2025-04-16",
        notes="company site with a cookie notice and a service float; the title repeated and glued to the news "
        "lead; a dotted company date is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>企业新闻丨洁宜推出可降解玉米纤维浴帽｜洁宜日用</title>
<script src="/js/site.min.js"></script>
</head><body>
<header class="jy-hd">⟦m 洁宜日用 JIEYI⟧ ⟦m 一次性用品，也要用心做⟧</header>
<nav>⟦m 首页　关于洁宜　产品中心　企业新闻　合作酒店　联系我们⟧</nav>
<div class="jy-bread">⟦m 首页 &gt; 企业新闻⟧</div>
<section class="jy-news">
<h1>{T}</h1>
<div class="jy-date">⟦m 2025.04.16　品牌部⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-pn">⟦l 上一条：洁宜通过环境管理体系认证⟧ ⟦l 下一条：洁宜亮相酒店用品展⟧</div>
</section>
<div class="jy-cookie">⟦d 本网站使用Cookie来改善浏览体验，继续浏览即表示您同意我们的隐私政策⟧ <button>⟦a 知道了⟧</button></div>
<div class="jy-kf">⟦a 在线客服⟧ ⟦w 酒店批量采购：0797-6258830⟧</div>
<footer>⟦m © 2025 椆川洁宜日用品有限公司　赣ICP备21007749号⟧</footer>
</body></html>
""",
        body="""
⟦t 洁宜推出可降解玉米纤维浴帽⟧4月15日，椆川洁宜日用品有限公司在广交会上发布了新一代一次性浴帽。新品以玉米纤维为主要原料，在工业堆肥条件下180天内可基本降解。
与传统PE浴帽相比，新品手感更柔软，松紧边采用天然橡胶，不勒头皮。公司研发部负责人介绍，团队用了一年多时间，解决了玉米纤维薄膜遇水发黏的问题。
目前，新品已与省内20余家酒店签订供货协议，月产能达到300万只。
公司总经理庞志远表示，酒店客房不再主动提供一次性用品已是大势所趋，企业要从“做得多”转向“做得好”，让每一顶浴帽都用得放心、扔得安心。
""",
    ),
    dict(
        slug="company-ruida-recall-drill-batches-record",
        site="槚山锐达电动工具有限公司 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.ruida-tools.com/gonggao/2025/0806.html",
        title="关于召回部分批次RD-13型锂电电钻的公告",
        record_date="2025-08-06",
        date="2025-08-06",
        notes="title and date from the record; recalled batches one row a paragraph; the recall line in the "
        "body beside the company's 400 order line",
        page="""
!m 锐达电动工具 官方网站
!m 首页 | 产品中心 | 服务支持 | 公司公告 | 联系我们
{T}
!m 公司公告　2025-08-06
{BODY}
!w 产品订购热线：400-0796-135
!m 槚山锐达电动工具有限公司　地址：槚山县经济开发区锐达路1号
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司在质量回访中发现，2025年3月至5月生产的部分RD-13型锂电电钻，电池仓卡扣在长期使用后可能松动，存在电池脱落砸伤的风险。为保障用户安全，我公司决定主动召回上述产品。
召回范围如下：
型号　生产批次　数量（台）
RD-13　2503A—2503D　4210
RD-13　2504A—2504C　3380
RD-13　2505A　1160
用户可在机身铭牌上查看生产批次。请停止使用上述产品，并拨打召回专线0796-4839955预约，我公司将免费更换新型卡扣。
给您带来的不便，敬请谅解。
槚山锐达电动工具有限公司
2025年8月6日
""",
    ),
    dict(
        slug="training-qiaojiang-brochure-plumbing-drill-course",
        site="柍城巧匠职业培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaojiang-px.com/zsjz/sdg-zm.html",
        title="家装水电工周末实操班招生简章",
        record_title="〖周末实操班〗家装水电工周末实操班招生简章（学完可接单）- 巧匠职校",
        date=None,
        notes="training school with a promo banner and a consult float; a course table one row a paragraph; the "
        "school's own 报名电话 beside a 400 franchise line; a brochure carries no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖周末实操班〗家装水电工周末实操班招生简章（学完可接单）- 巧匠职校</title>
<script src="/js/swiper.min.js"></script>
<script src="/js/kf53.js"></script>
</head><body>
<div class="qj-banner">⟦a 🔥 秋季班早鸟价立减300元，名额有限⟧</div>
<header>⟦m 柍城巧匠职业培训学校⟧ ⟦m 学一门手艺，吃一辈子饭⟧</header>
<nav>⟦m 首页　热门课程　师资力量　学员作品　就业服务　联系我们⟧</nav>
<main>
<h1>{T}</h1>
<p class="qj-meta">⟦m 招生老师：曹老师　已报名 126 人⟧</p>
<div class="qj-content">
{BODY}
</div>
<div class="qj-tags">⟦l 相关课程：电工上岗证培训　瓷砖铺贴班　家具安装班⟧</div>
</main>
<div class="qj-float">⟦a 免费试听一节⟧ ⟦a 在线咨询⟧</div>
<footer>⟦w 全国加盟热线：400-823-6617⟧ ⟦m 柍城巧匠职业培训学校　办学许可证号 136011270000298⟧</footer>
</body></html>
""",
        body="""
一、课程简介
本班面向零基础学员，利用周末时间系统学习家装水电施工。课程以实操为主，重点训练电钻、冲击钻开槽打孔，线管敷设和开关插座安装。
二、课程安排
模块　课时　主要内容
安全用电　8　漏电保护、断电操作规范
电钻实操　16　钻头选择、瓷砖打孔、墙面开槽
水电安装　24　线管敷设、水管熔接、开关插座安装
三、收费标准。学费2680元，含工具使用费和耗材费，考试合格颁发结业证书。
四、报名方式。报名电话：0798-3281166（曹老师），报名地址：桴湖区工业大道33号巧匠实训楼。
""",
    ),
    dict(
        slug="training-antong-diary-test-three-signal",
        site="椐阳安通驾校 (invented driving school)",
        style="培训机构",
        genre="心得",
        kind="other",
        form="text",
        source="http://www.antongjx.com/xueyuan/xd/309.html",
        title="科目三路口信号灯那一关",
        record_title="学车心得 ▹ 科目三路口信号灯那一关｜安通驾校",
        date=None,
        notes="driving school's trainee page: a course ad on a line of its own between paragraphs; a trainee's "
        "essay carries no date",
        page="""
!m 椐阳安通驾校 — 安全驾驶，通达四方
!m 首页 » 学员天地 » 学车心得
{T}
!m 学员：小柯（C1自动挡）　浏览 455
{BODY}
!l 更多学员心得 »
!w 报名学车请拨：0799-5869166（周一至周日 8:00-18:00）
!m 椐阳安通驾校　地址：椐阳县城北训练场
""",
        body="""
考科目三之前，我最怕的不是靠边停车，而是路口的信号灯。
第一次模拟考，我在建设路口看到绿灯开始闪，心一慌就踩了刹车，车停在了停止线前面一点。安全员没说话，我却紧张得手心全是汗。
⟦a 【暑期学车】学生证报名立享优惠，详询前台⟧
教练钟师傅后来告诉我，离路口还有一段距离时，就要看好信号灯的倒计时，提前决定是走还是停，不要等到了跟前才犹豫。他还让我每次练车都把经过的路口和信号灯的位置记在小本子上。
正式考试那天，我在三个路口都提前减速观察，顺利拿到了满分。现在我开车过路口，还是会下意识地提前看一眼信号灯。
""",
    ),
    dict(
        slug="app-bixia-h5-report-bus-stop-clerk-cn-date",
        site="笔下生花 (invented 范文 app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bixiashenghua.com/share/art?id=55301&from=wx",
        title="公交站务管理员个人述职报告",
        record_title="公交站务管理员个人述职报告（2025年新编）· 笔下生花",
        date="2025-12-20",
        notes="writing app's H5 share with an open-app mask, a fold line between paragraphs and an AI-rewrite "
        "button glued after a sentence; the date in Chinese numerals under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>公交站务管理员个人述职报告（2025年新编）· 笔下生花</title>
<script src="https://h5.bixiashenghua.com/static/js/share.3f9.js"></script>
</head><body>
<div class="mask">⟦a 在笔下生花App内打开，可一键套用这篇⟧ <button>⟦a 去App里看⟧</button></div>
<div class="h5-top">⟦m 笔下生花 · 写材料不发愁⟧</div>
<h1 class="h5-title">{T}</h1>
<p class="h5-info">⟦m 素材号：BX55301　字数 412　被套用 2.7万次⟧</p>
<div class="h5-art">
{BODY}
</div>
<div class="h5-bottom">⟦a 复制全文需开通会员⟧ ⟦l 猜你想写：站长述职　驾驶员年终总结　调度员工作总结⟧</div>
<div class="h5-foot">⟦m 笔下生花 © 杭州生花文化科技有限公司⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2025年，我在公交集团站务管理科负责桴湖片区212块公交站牌的日常管理。现将一年来的履职情况报告如下。
一、履职情况。全年巡查站牌1900余块次，更新线路信息86块，修复损坏站牌31块，接到群众反映的站牌问题54件，全部在规定时间内办结。⟦a ✨ 让AI帮你改写这段⟧
二、创新做法。我和同事一起为片区站牌建立了电子台账，每块站牌都有照片和维护记录，群众反映问题时能快速定位。
⟦a —— 点击展开剩余内容 ——⟧
三、不足和打算。部分站牌夜间照明仍然不足，明年我将配合技术部门做好站牌照明改造。
述职人：站务管理科　龚小燕
二〇二五年十二月二十日
""",
    ),
    dict(
        slug="app-suxie-request-school-bike-shed-oneline",
        site="公文速写APP (invented 范文 app)",
        style="范文APP",
        genre="请示",
        kind="notice",
        form="text",
        source="https://m.gongwensuxie.com/s/qs/20250304/7719",
        title="关于申请建设学校学生自行车棚的请示",
        record_title="关于申请建设学校学生自行车棚的请示（速写版）- 公文速写APP",
        date="2025-03-04",
        notes="app share as text, the whole request on one line (paragraphs apart only by their indent); "
        "妥否，请批示; 成文日期 under the signature",
        page="""
!m 公文速写APP　|　三分钟写好一篇公文
!a 打开APP查看更多范文
{T}
!m 分类：请示　｜　收藏 318
{BODY}
!a 一键生成同类请示 ＞
!m 公文速写APP v4.2　客服邮箱 help@gongwensuxie.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
县教育体育局：
我校现有学生1320人，其中骑自行车上学的学生有430余人。学校目前只有一个可停放150辆车的简易车棚，大部分自行车只能露天停放在操场边，日晒雨淋，也影响学生课间活动安全。
为解决学生停车难问题，我校拟在校园西侧空地新建学生自行车棚一座，面积约400平方米，可停放自行车500辆，预算资金18万元。
恳请局里给予资金支持为盼。
妥否，请批示。
萋口镇中心学校
2025年3月4日
""",
    ),
]
