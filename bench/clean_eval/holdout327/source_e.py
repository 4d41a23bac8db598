"""holdout327, part E: residents' sites, associations, company sites, training schools, 范文 apps, exam forums.

Invented text, sites, places and people, written by hand; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="community-qiaoyuan-notice-free-window-flowers",
        site="荍苑社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://qiaoyuan.zongshan-sq.cn/tzgg/2025/0115/388.html",
        title="关于春节前免费发放静电窗花的通知",
        record_title="【节日暖心】关于春节前免费发放静电窗花的通知_荍苑社区",
        record_date="2025-01-15",
        date="2025-01-15",
        notes="residents' site: a weather line, a grid member's box with a mobile number, property repair and "
        "night lines beside the community's own 咨询电话; numbered notice; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【节日暖心】关于春节前免费发放静电窗花的通知_荍苑社区</title>
<script src="/js/sq-weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 荍苑社区网 · 邻里一家亲⟧ ⟦m 骔山 多云 -2～7℃ 空气良⟧</div>
<div class="sq-nav">⟦m 社区首页 社区公告 党建园地 便民服务 邻里互助 办事指南⟧</div>
<div class="sq-pos">⟦m 社区首页 › 社区公告⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<div class="sq-meta">⟦m 2025-01-15　荍苑社区居委会　浏览 487⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-tools">⟦a 转给家人　｜　打印通知⟧</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4>
<p>⟦m 第三网格　覃小满　手机 139 7361 2208⟧</p></div>
<div class="sq-wy"><h4>⟦m 物业服务⟧</h4>
<p>⟦m 荍苑物业报修：0736-5849903⟧</p>
<p>⟦m 夜间值班：0736-5849900⟧</p></div>
<div class="sq-foot">⟦m 骔山县荍苑社区居民委员会　地址：荍苑路12号⟧　⟦m 技术支持：骔山智慧社区平台⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为营造喜庆祥和的节日氛围，社区党委联合辖区共建单位为居民免费发放静电窗花，现将有关事项通知如下：
一、发放时间：1月20日至22日，每天9:00—11:30、14:30—17:00。
二、发放地点：社区党群服务中心一楼大厅。
三、发放方式：每户一套（含福字两张、窗花六张），请凭身份证或门禁卡领取；行动不便的老人可联系楼栋长代领。
四、温馨提醒：静电窗花无需胶水，贴前请把玻璃擦干净；高层住户请勿探身到窗外粘贴。
咨询电话：0736-5856630
荍苑社区党委　荍苑社区居民委员会
2025年1月15日
""",
    ),
    dict(
        slug="community-quantang-notice-oral-lecture-wrapped-70",
        site="鳈塘社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://quantang.zongshan-sq.cn/gg/2025/0411/127.html",
        title="鳈塘社区关于开展老年人口腔健康讲座暨免费发放牙线的通知",
        date="2025-04-11",
        notes="residents' site as text, hard-wrapped at 70 columns; record title as is; a sentence about scanning "
        "to sign in stays in the body; the community's 报名电话 beside a property line; 成文日期 under the signature",
        page="""
!m 鳈塘社区服务网
!m 社区首页 ｜ 通知公告 ｜ 网格服务 ｜ 居民议事 ｜ 办事指南
!m 位置：首页 ＞ 通知公告
!m 今天：4月12日 星期六　小雨转阴
{T}
!m 发布：社区居委会　　时间：2025年4月11日　　浏览：203
{BODY}
!a 【转发到邻里群】　【打印】
!l 上一条：鳈塘社区2025年春季义务植树活动安排
!l 下一条：关于开展电动自行车楼道充电隐患排查的通知
!m 物业24小时服务：0736-5843311
!m 骔山县鳈塘社区居民委员会 主办
""",
        wrap=70,
        indent="\u3000\u3000",
        body="""
辖区各位老年朋友：
为帮助老年人掌握正确的口腔清洁方法，社区联合骔山县中医院口腔科定于4月18日（星期五）上午9:00在社区活动室举办口腔健康讲座，由口腔科医生讲解假牙护理和牙线、牙间隙刷的使用方法，现场为每位参加讲座的老人免费发放牙线一盒。
讲座结束后，医生还将为有需要的老人免费检查口腔。到场后请扫描活动室门口的二维码签到，不会用手机的老人由志愿者帮忙登记。行动不便的老人可提前告知网格员，社区将安排志愿者上门接送。
报名电话：0736-5861450
鳈塘社区居民委员会
2025年4月11日
""",
    ),
    dict(
        slug="association-chuanxi-brush-pledge-animal-hair",
        site="荈溪县化妆刷行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.cxhzsxh.org.cn/xhgg/2025/0512/76.html",
        title="关于规范动物毛原料使用的倡议书",
        record_title="关于规范动物毛原料使用的倡议书 - 协会公告 - 荈溪县化妆刷行业协会",
        date="2025-05-08",
        date_also=["2025-05-12"],
        notes="association site: a member-login row, a member hotline, a join button; the association's name is "
        "also the signature (head); the page's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范动物毛原料使用的倡议书 - 协会公告 - 荈溪县化妆刷行业协会</title>
<script src="/static/xh.js"></script>
</head>
<body>
<div class="xh-login">⟦a 会员单位登录　账号 ____ 密码 ____ 登录⟧</div>
<div class="xh-head">⟦m 荈溪县化妆刷行业协会⟧ ⟦m 一刷一匠心⟧</div>
<div class="xh-nav">⟦m 首页 协会概况 协会公告 行业资讯 会员风采 入会指南⟧</div>
<div class="xh-loc">⟦m 首页 / 协会公告⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<div class="xh-meta">⟦m 发布：秘书处　2025-05-12　阅读 264⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-tool">⟦l 分享：微信 ｜ 朋友圈 ｜ 复制链接⟧</div>
</div>
<div class="xh-side">
<h4>⟦l 行业资讯⟧</h4>
<p>⟦l 纴口刷获评省级区域品牌⟧</p>
<p>⟦l 化妆刷出口一季度增长一成⟧</p>
<p>⟦a 申请成为会员单位 ›⟧</p>
</div>
<div class="xh-foot">⟦m 会员服务专线：0736-5822680⟧<br>⟦m 地址：荈溪县纴口镇电商产业园3栋⟧<br>⟦m 湘ICP备21004417号⟧</div>
</body>
</html>
""",
        body="""
全县化妆刷生产企业：
近年来，我县化妆刷产业快速发展，但也有个别企业使用来源不明的动物毛，甚至以化纤毛冒充动物毛，损害了“纴口刷”的整体声誉。为此，荈溪县化妆刷行业协会向全体会员企业发出如下倡议：
一、守住来源关。采购动物毛须索取检疫证明和购销凭证，建立原料进货台账。
二、守住标注关。如实标注刷毛材质，不以“仿貂毛”“类羊毛”等模糊字样误导消费者。
三、守住诚信关。不低价倾销，不恶意抄袭同行刷型设计，发现违规行为主动向协会反映。
荈溪县化妆刷行业协会
2025年5月8日
""",
    ),
    dict(
        slug="association-biaozhou-packaging-minutes-vote",
        site="骉州市包装技术协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.bzbzxh.org/hwdt/2025/0401/218.html",
        title="日化包装专业委员会理事会会议纪要",
        record_title="〖会务动态〗日化包装专业委员会理事会会议纪要 - 骉州市包装技术协会",
        date="2025-03-26",
        date_also=["2025-04-01"],
        notes="association site as text: minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count in the body; "
        "the 时间 line gives the date, the page's date also accepted",
        page="""
!m 骉州市包装技术协会
!m 首页 ｜ 协会简介 ｜ 会务动态 ｜ 标准规范 ｜ 会员服务
!t 〖会务动态〗日化包装专业委员会理事会会议纪要
!m 发布日期：2025-04-01　　来源：协会秘书处
!a 字号 大｜中｜小　　打印本页
{BODY}
!a 会员单位可登录后下载会议材料
!l 上一篇：关于征集2025年度包装设计优秀案例的通知
!l 下一篇：协会组织会员赴长三角参观学习
!m 骉州市包装技术协会 版权所有　会员热线：0736-5863300
""",
        body="""
时间：2025年3月26日上午
地点：协会三楼会议室
主持：专委会主任 郁长青
出席：理事单位代表11人
列席：协会秘书处 闵珂
记录：陶然
会议审议了《护手霜罐轻量化设计指引（征求意见稿）》。与会理事认为，铝罐壁厚可在现有基础上减少0.02毫米，但须同时保证罐盖旋合不松动；玻璃罐重量较大，建议逐步以再生塑料罐替代。
会议以10票同意、1票弃权通过了该指引，由秘书处修改后于4月底前印发会员单位。
会议还决定，6月份组织会员单位赴骔山县参观空罐回收分拣线。
""",
    ),
    dict(
        slug="company-chiyou-degradable-floss-title-glued",
        site="齿优日用 官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chiyou-daily.com/news/2025/0610-floss.html",
        title="齿优推出可降解玉米纤维牙线",
        record_title="上新手记 · 齿优推出可降解玉米纤维牙线｜齿优日用",
        record_date="2025-06-10",
        date="2025-06-10",
        notes="company site: a cookie notice, a service float and a shop link; the title repeated glued before the "
        "lead; the company's short name inside the body; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>上新手记 · 齿优推出可降解玉米纤维牙线｜齿优日用</title>
<meta name="viewport" content="width=device-width">
<script src="/assets/site.bundle.js" defer></script>
</head>
<body>
<header class="cy-header">⟦m 齿优日用 CHIYOU⟧ <nav>⟦m 首页 产品中心 新闻动态 关于齿优 联系我们⟧</nav> ⟦a 进入官方商城⟧</header>
<div class="cy-crumb">⟦m 首页 / 新闻动态 / 新品速览⟧</div>
<article class="cy-news">
<h1>{T}</h1>
<time>⟦m 2025.06.10⟧</time>
<div class="cy-body">
{BODY}
</div>
<div class="cy-back">⟦l ← 返回新闻列表⟧</div>
</article>
<div class="cy-cookie">⟦a 本站使用 Cookie 改善浏览体验，继续浏览即表示同意　[知道了]⟧</div>
<div class="cy-service">⟦w 在线客服　工作日 9:00—18:00⟧</div>
<footer>⟦m 鲃川县齿优日用品有限公司　鲃川县工业园兴业路6号⟧ ⟦m 订购热线 400-068-2121⟧ ⟦m 湘ICP备22008806号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 齿优推出可降解玉米纤维牙线⟧近日，鲃川县齿优日用品有限公司推出以玉米纤维为原料的可降解牙线，首批十万盒已在线上旗舰店和县内药店上架。
公司研发部经理戚嘉宁介绍，传统牙线多以尼龙为原料，在自然环境中需要数十年才能分解。新款牙线以聚乳酸纤维制成，在工业堆肥条件下六个月左右即可降解，拉伸强度与尼龙牙线相当。
新款牙线采用可回收纸盒包装，每盒五十米，外涂植物蜡，不含薄荷香精，适合孕妇和儿童使用。
下一步，齿优还将推出可降解牙线棒，替换现有的塑料柄产品。
""",
    ),
    dict(
        slug="company-chengguang-recall-foundation-brushes",
        site="澄光美妆工具 官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.chengguang-brush.com/news/recall-202504.html",
        title="关于部分批次粉底刷的主动召回公告",
        record_title="关于部分批次粉底刷的主动召回公告 - 新闻中心 - 澄光美妆工具",
        date="2025-04-09",
        notes="company site as text: a recall table one row a paragraph; the recall line beside a 400 order line; "
        "成文日期 under the signature",
        page="""
!m 澄光美妆工具 CHENGGUANG
!m 首页　产品系列　新闻中心　品牌故事　加盟合作
!m 新闻中心 > 公司公告
{T}
!m 2025-04-09　｜　品牌部
{BODY}
!a 分享到微博　　分享到微信
!l 相关公告：澄光美妆工具2024年度质量报告 ｜ 关于谨防假冒“云柔”系列产品的声明
!m 全国订购热线：400-180-9236
!m © 荈溪县澄光化妆刷有限公司　保留所有权利
""",
        body="""
尊敬的消费者：
近期，我司接到用户反馈，部分批次“云柔”系列粉底刷在使用中出现刷头与刷杆脱离的情况。经检测，原因为胶合工序固化时间不足。为保障消费者使用安全，我司决定主动召回以下批次产品：
型号　批次号　生产日期
YR-F01　2503A11　2025年3月11日
YR-F01　2503A14　2025年3月14日
YR-F02　2503B02　2025年3月2日
请持有上述批次产品的消费者停止使用，并拨打召回专线0736-5827719登记，我司将免费更换新品或全额退款。批次号印在刷杆尾部。
荈溪县澄光化妆刷有限公司
2025年4月9日
""",
    ),
    dict(
        slug="training-yanzhi-bridal-makeup-weekend-brochure",
        site="妍之美妆职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yanzhi-edu.cn/kecheng/xinniang-zhoumo.html",
        title="新娘跟妆周末班招生简章",
        record_title="【周末精品小班】新娘跟妆周末班招生简章（学费含18支刷具）- 妍之美妆职业培训学校",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 franchise line beside the school's own "
        "报名电话; a numbered course list; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【周末精品小班】新娘跟妆周末班招生简章（学费含18支刷具）- 妍之美妆职业培训学校</title>
<script src="/js/yz-chat.js"></script>
</head>
<body>
<div class="yz-banner">⟦a 夏季报名季：前20名报名立减800元，再送睫毛套装⟧</div>
<div class="yz-head">⟦m 妍之美妆职业培训学校　骉州本地十二年美业培训⟧</div>
<div class="yz-nav">⟦m 首页 课程设置 师资团队 学员作品 就业服务 联系我们⟧</div>
<div class="yz-loc">⟦m 首页 > 课程设置 > 新娘跟妆⟧</div>
<div class="yz-main">
<h1>{T}</h1>
<div class="yz-text">
{BODY}
</div>
<div class="yz-btn">⟦a 立即预约试听⟧</div>
</div>
<div class="yz-side"><h4>⟦l 热门课程⟧</h4>
<p>⟦l 个人形象化妆速成班⟧</p><p>⟦l 美甲美睫全科班⟧</p></div>
<div class="yz-float">⟦w 课程顾问在线　微信 yanzhi_gw06⟧</div>
<div class="yz-foot">⟦m 全国加盟热线：400-026-8815⟧<br>⟦m 骉州市妍之美妆职业培训学校　办学许可证号：教民143012070001号⟧</div>
</body>
</html>
""",
        body="""
课程介绍：本课程面向零基础学员，系统讲授新娘跟妆的底妆、眼妆、盘发和造型搭配，小班授课，每班不超过12人。
上课时间：每周六、周日9:00—17:00，共8个周末。
课程内容：
1.认识化妆刷：粉底刷、散粉刷、眼影刷、眼线刷的用途与握刷手法
2.底妆与遮瑕
3.新娘眼妆与睫毛
4.新娘盘发与头饰搭配
5.跟妆流程与突发情况处理
学费：6800元，含全套化妆刷具（18支）和教材。结业考核合格者颁发结业证书。
报名地址：骉州市新华路88号三楼
报名电话：0736-5833926
""",
    ),
    dict(
        slug="training-kangning-trainee-floss-teaching-oneline",
        site="康宁口腔护理培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.kangning-kq.com/xueyuan/fenxiang/55.html",
        title="学牙线宣教，我对着镜子练了一个月",
        record_title="【结业心声】学牙线宣教，我对着镜子练了一个月｜康宁口腔护理培训学校",
        date=None,
        notes="training school as text, the whole body on one line; a trainee's insight with no date; a trial-class "
        "prompt and a consult WeChat after",
        page="""
!m 康宁口腔护理培训学校 · 学员分享
!t 【结业心声】学牙线宣教，我对着镜子练了一个月
!m 作者：第17期学员 林小溪　　｜　　阅读 688
!m 首页 / 学员风采 / 学员分享
{BODY}
!a 想了解口腔护理助理课程？点此预约免费试听
!w 课程咨询微信：kangning_kq17
!l 更多学员分享：从收银员到口腔护理助理 ｜ 结业那天我哭了
!m 康宁口腔护理培训学校　地址：鲃川县迎宾大道116号
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
报名口腔护理助理培训班之前，我以为护士的工作就是递器械、调材料，上了三个月的课才知道，口腔卫生宣教也是一门本事。
印象最深的是牙线宣教的实训课。老师让我们两人一组，轮流当“患者”。我第一次示范时，牙线绕得太松，在牙模上直打滑，“患者”在旁边笑出了声。老师说，教别人之前，自己先要每天用，手法熟了，讲起来才有底气。
那以后，我每天晚上对着镜子练，一个月下来，从拿线到清洁完全口，只要三分钟。
结业考核那天，我抽到的正是牙线宣教。讲完后考官点点头，说我讲得像个老护士。我知道，这是一个月的镜子练出来的。
""",
    ),
    dict(
        slug="fanwenapp-bijian-report-smt-finger-cots",
        site="笔间范文App H5分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bijianapp.com/share/art/90417?from=wx",
        title="SMT二车间主任2024年度述职报告",
        record_title="SMT二车间主任2024年度述职报告（含数据·可直接改）｜笔间范文",
        date="2025-01-10",
        notes="writing app H5 share: an open-app mask, a fold with an 'open the app to read on' prompt, an "
        "AI-rewrite button glued after a sentence; 述职人 and date under the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>SMT二车间主任2024年度述职报告（含数据·可直接改）｜笔间范文</title>
<script src="https://h5.bijianapp.com/static/share.7c1e.js"></script>
</head>
<body>
<div class="bj-mask">⟦a 笔间范文App内打开，体验更流畅　　打开⟧</div>
<div class="bj-head">⟦m 笔间范文 · 写材料不再熬夜⟧</div>
<div class="bj-art">
<h1>{T}</h1>
<div class="bj-meta">⟦m 范文库 · 述职报告 · 1.8万人看过⟧</div>
<div class="bj-content">
{BODY}
</div>
<div class="bj-fold">⟦a 展开剩余 30%　需打开App继续阅读⟧</div>
<div class="bj-ops">⟦a 复制全文　导出Word　收藏⟧</div>
</div>
<div class="bj-rec"><h4>⟦l 同类范文⟧</h4>
<p>⟦l 生产车间班组长年终述职⟧</p><p>⟦l 电子厂品质主管述职报告⟧</p></div>
<div class="bj-foot">⟦m 笔间（杭州）网络科技有限公司　浙ICP备23001874号-2⟧</div>
<script>BJShare.init({id:90417});</script>
</body>
</html>
""",
        body="""
2024年，我担任SMT二车间主任，在公司领导和同事们的支持下，较好完成了全年生产任务。现将个人履职情况报告如下。
一、生产任务完成情况。全年车间贴装电路板186万片，完成计划的104%，直通率由97.2%提高到98.6%。
二、成本控制情况。针对车间防静电指套用量大的问题，我带领班组长逐线测算，改按岗位定额发放，并与采购部一起更换了耐磨性更好的指套型号。全年指套领用量下降28%，节约费用3.1万元。⟦a ✦ AI帮我改写这段⟧
三、存在的不足。一是新员工培训周期偏长；二是设备预防性保养计划执行不到位。
2025年，我将重点抓好新员工带教和设备点检，确保车间直通率达到99%。
述职人：褚云峰
2025年1月10日
""",
    ),
    dict(
        slug="fanwenapp-luomo-speech-jar-line-cn-date",
        site="落墨公文App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.luomogw.cn/s/speech/22781",
        title="在护手霜罐自动化生产线投产仪式上的讲话",
        record_title="在护手霜罐自动化生产线投产仪式上的讲话（三分钟版）｜落墨公文",
        date="2025-05-20",
        notes="writing app share as text: the date under the speech title in Chinese numerals, a speaker line "
        "(neutral); an open-app prompt and a member-unlock line",
        page="""
!a 打开落墨公文App，万篇讲话稿任你改
!m 落墨公文 · 讲话致辞
!m 分类：开工投产　　2.3万人已改写　　更新于 昨天
{T}
（二〇二五年五月二十日）
市经济和信息化局局长　聂舒扬
{BODY}
!a 开通落墨会员，解锁全部2800字及同题3篇
!l 相似讲话：在新项目开工仪式上的致辞 ｜ 在企业技改项目竣工仪式上的讲话
!a 复制　｜　一键换成我的单位　｜　导出Word
!d 范文仅供参考，请结合本单位实际修改使用
!m 落墨公文 luomogw.cn
""",
        body="""
尊敬的各位领导、各位来宾，同志们：
今天，骉州恒锦包装制品有限公司铝制护手霜罐自动化生产线正式投产了。我谨代表市经济和信息化局，向项目的顺利投产表示热烈祝贺！
这条生产线从冲压、印铁到旋盖检测全程自动化，每分钟可生产护手霜罐一百二十只，年产能达到五千万只，产品将供应国内二十多家日化企业。
包装产业是我市的传统优势产业。希望恒锦公司以这条生产线为起点，在轻量化、可回收上多下功夫，把小罐子做成大产业。市经信局将一如既往做好服务，帮助企业解决用工、用地、融资等方面的困难。
祝投产仪式圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="examforum-shangan-interview-cling-complaint",
        site="上岸公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shangan-gk.com/thread-772015-1-1.html",
        title="社区给独居老人窗户贴保温静电贴，居民投诉屋里变暗，你怎么处理？",
        record_title="【面试真题·群众工作】社区给独居老人窗户贴保温静电贴，居民投诉屋里变暗，你怎么处理？ - 面试交流 - 上岸公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row and a QQ-group ad; bracketed question/answer "
        "headings; relative times only, no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【面试真题·群众工作】社区给独居老人窗户贴保温静电贴，居民投诉屋里变暗，你怎么处理？ - 面试交流 - 上岸公考论坛</title>
<script src="static/js/forum.js"></script>
</head>
<body>
<div class="sa-top">⟦m 上岸公考论坛 · 一起上岸⟧ ⟦a <a>登录</a>｜<a>注册上岸号</a>⟧</div>
<div class="sa-nav">⟦m 首页 申论 行测 面试交流 上岸经验 资料分享⟧</div>
<div class="sa-pt">⟦m 上岸公考论坛 › 面试 › 面试交流⟧</div>
<h1>⟦t 【面试真题·群众工作】社区给独居老人窗户贴保温静电贴，居民投诉屋里变暗，你怎么处理？⟧</h1>
<div class="sa-author">⟦m 楼主：面面俱到　发表于 6 天前　查看 3012　回复 58⟧</div>
<div class="sa-post">
{BODY}
</div>
<div class="sa-hide">⟦a 本帖还有 2 个考官点评，回复后可见⟧</div>
<div class="sa-rate">⟦l 评分 6 人　金币 +12　收起⟧</div>
<div class="sa-ad">⟦w 2025社区工作者面试冲刺群 QQ群：786201553⟧</div>
<div class="sa-reply">⟦l 沙发 岸边等风：第二点分类解决很实用，收藏了⟧</div>
<div class="sa-foot">⟦m 上岸公考论坛 ( 苏ICP备19027735号 )⟧</div>
</body>
</html>
""",
        body="""
【题目】社区为独居老人的窗户粘贴保温静电贴，有居民反映贴膜后屋里变暗、看不清窗外，投诉到社区。你是社区工作人员，怎么处理？
【参考作答】
第一，及时回应。我会在当天上门向投诉的居民了解情况，查看贴膜的实际效果，先对给居民带来的不便表示歉意。
第二，分类解决。如果是贴膜颜色偏深，可以换成透光率更高的透明保温贴；如果居民本人不需要，就当场揭下，静电贴不留胶，不会损坏玻璃。
第三，完善工作。今后开展类似服务前，先征求老人和家属的意见，提供样品让老人自己选择，服务后及时回访，把好事办到群众心坎上。
""",
    ),
    dict(
        slug="examforum-shangan-essay-floss-junk",
        site="上岸公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.com/thread-773408-1-1.html",
        title="小牙线里的大民生",
        record_title="[申论草稿·第9篇] 小牙线里的大民生（请各位斧正）- 申论天地 - 上岸公考论坛",
        date=None,
        notes="exam forum as text: a 申论 essay with anti-scraping junk as a line and glued after 。; a "
        "reply-to-see prompt; relative times only, no date",
        page="""
!m 上岸公考论坛 › 申论 › 申论天地
!t [申论草稿·第9篇] 小牙线里的大民生（请各位斧正）
!m 楼主：晚风吹过考场　　发表于 4 天前 21:36　　查看 967
{T}
{BODY}
!a 批改意见仅回复可见，回复后刷新页面
!l 2楼 申论老杨：立意可以，对策部分再具体些
!l 3楼 小葵：结尾那句收得不错，学习了
!w 申论一对一精批，加微信 shangan_sl 报名
!m 上岸公考论坛 手机版 ｜ Archiver
""",
        junk=dict(lines=1, glued=2),
        body="""
一根牙线，长不过几十厘米，却关系着每个人的口腔健康。在不少地方，每天使用牙线的人仍是少数，牙龈出血、牙周炎症相当普遍。
小牙线折射的是健康观念的差距。许多人愿意在生病后花大钱治疗，却不愿在平时花几分钟预防。改变这种观念，需要把健康教育做到生活细节里。
一要从娃娃抓起。学校可以把牙线使用纳入健康课，让孩子从小养成习惯。二要让服务下沉。社区卫生服务中心可以定期开展口腔义诊，把牙线送到老人手中。三要发挥医保的引导作用，探索将洁牙等预防项目纳入保障范围。
健康无小事。从一根牙线做起，积小善为大健康，这正是基层治理应有的温度。
""",
    ),
]
