"""Holdout6 cases, part B: government sites of kinds no earlier part used (provincial department,
township, tax, customs, weather, water, sports, library, museum). Invented text; see ../README.md."""

CASES = [
    dict(
        slug="gov-province-dept-notice-html-info-table",
        site="岚江省自然资源厅 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zrzyt.lanjiang.gov.cn/zwgk/tzgg/202503/t20250318_902174.html",
        title="岚江省自然资源厅关于开展2025年度地质灾害隐患点“回头看”工作的通知",
        record_title=None,
        date="2025-03-14",
        date_also=["2025-03-18"],
        notes="provincial department page, no title or date in the record: the h1 and the signature date give them; info table with 发布日期; 附件 list and the notice's own contact stay",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚江省自然资源厅</title></head><body>
<div class="topbar">⟦a 无障碍浏览　长者模式　English⟧</div>
<div class="logo">⟦m 岚江省自然资源厅 Department of Natural Resources of Lanjiang⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 信息公开⟧</li><li>⟦m 网上办事⟧</li><li>⟦m 公众参与⟧</li></ul>
<div class="loc">⟦m 当前所在：首页 › 政务公开 › 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11360000M00071823K/2025-00341⟧</td><td>⟦m 主题分类：国土资源、能源\\地质⟧</td></tr>
<tr><td>⟦m 发布机构：岚江省自然资源厅⟧</td><td>⟦m 发布日期：2025-03-18⟧</td></tr></table>
<h1>{T}</h1>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a [打印文章] [关闭页面]⟧ ⟦a 字体：大 中 小⟧</div>
<div class="footer"><p>⟦m 主办单位：岚江省自然资源厅　地址：岚州市湖滨北路61号　邮编：330126⟧</p><p>⟦m 网站标识码：3600000034　赣ICP备05004419号⟧</p></div>
</body></html>
""",
        body="""
各设区市自然资源局，厅直属有关单位：
为切实做好汛前地质灾害防范工作，全面掌握地质灾害隐患点变化情况，经研究，决定在全省开展2025年度地质灾害隐患点“回头看”工作。现将有关事项通知如下。
一、工作范围。全省在册的6318处地质灾害隐患点，以及2024年以来新发现、新核销的隐患点。
二、工作内容。逐点核实隐患点的变形迹象、威胁对象和防治措施落实情况，更新“一点一档”信息，核查群测群防员在岗履职情况。
三、时间安排。各设区市于4月30日前完成核查，5月10日前将核查报告及汇总表报送省厅地质勘查管理处。
附件：1.地质灾害隐患点核查汇总表
2.群测群防员履职情况统计表
联系人：钟思远，电话：0791-86230417，邮箱：dzhc@lanjiang.gov.cn
岚江省自然资源厅
2025年3月14日
""",
    ),
    dict(
        slug="gov-township-summary-text-scroll-notice",
        site="雁汀镇人民政府 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yanting.gov.cn/xxgk/ghjh/202507/t20250708_1134.html",
        title="雁汀镇2025年上半年工作总结及下半年工作打算",
        date="2025-07-04",
        notes="township site copied as text: scrolling notice, weather widget, site suffix after -; signature date; chrome list between paragraphs",
        page="""
!m 雁汀镇人民政府欢迎您！　今天是：2025年7月10日 星期四　晴 26~34℃
!l 【滚动公告】关于雁汀镇2025年度公益性岗位招聘的公告 ┃ 镇卫生院预防接种时间调整通知
!m 首页 ＞ 信息公开 ＞ 规划计划
{T}
!m 信息来源：镇党政办　发布时间：2025-07-08　浏览次数：
{BODY}
!a 【我要纠错】　【打印此页】　【关闭窗口】
!m 雁汀镇人民政府
!m 雁汀镇人民政府主办　镇党政综合办公室承办　联系电话：0745-5318006
""",
        date_also=["2025-07-08"],
        indent="\u3000\u3000",
        body="""
今年以来，镇党委、镇政府坚持稳中求进工作总基调，团结带领全镇干部群众真抓实干，各项工作取得了较好成效。
一、上半年工作情况
（一）经济运行稳中向好。上半年完成固定资产投资2.3亿元，同比增长9.4%；新引进企业4家，其中竹木加工项目总投资8000万元，已完成厂房建设。
（二）农业生产扎实推进。完成早稻种植1.8万亩，新建高标准农田1200亩；柑橘、油茶等特色产业面积稳定在2.6万亩。
⟦l 相关链接：雁汀镇2024年工作总结　雁汀镇政府信息公开年报⟧
（三）民生事业持续改善。完成农村危房改造23户，新修通组公路6.4公里，镇中学新建食堂投入使用。
二、下半年工作打算
下半年，我们将紧盯全年目标任务，重点抓好项目建设、秋冬农业生产、防汛抗旱和安全生产等工作，确保全面完成年度各项目标。
雁汀镇人民政府
2025年7月4日
""",
    ),
    dict(
        slug="gov-tax-bureau-notice-hotline-in-body",
        site="国家税务总局柘水县税务局 site (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://zheshui.tax.example.gov.cn/art/2025/4/2/art_7022_88126.html",
        title="国家税务总局柘水县税务局关于办理2024年度个人所得税综合所得汇算清缴的通告",
        record_date="2025-04-02",
        date="2025-04-02",
        notes="tax-bureau page; the notice's own 12366 hotline and app name are body text; site's own hotline and 纳税服务 links are chrome",
        page="""
<html><head><meta charset="utf-8"><title>关于办理2024年度个人所得税综合所得汇算清缴的通告_通知公告_柘水县税务局</title></head><body>
<div class="head">⟦m 国家税务总局柘水县税务局⟧</div>
<div class="quick">⟦a 我要办税｜我要查询｜互动中心｜公众服务⟧</div>
<div class="bread">⟦m 首页 &gt;&gt; 税务信息 &gt;&gt; 通知公告⟧</div>
<h2 class="tit">{T}</h2>
<p class="meta">⟦m 来源：柘水县税务局　日期：2025-04-02　【字号：大 中 小】⟧</p>
<div class="zw">
{BODY}
</div>
<div class="share">⟦l 一键转发：⟧</div>
<div class="f">⟦m 纳税服务热线：12366（工作日8:30-17:30）　技术支持：柘水县税务局信息中心⟧<br>⟦m 黔ICP备13003312号⟧</div>
</body></html>
""",
        body="""
根据《中华人民共和国个人所得税法》及其实施条例等规定，现就办理2024年度个人所得税综合所得汇算清缴有关事项通告如下：
一、2025年3月1日至6月30日，居民个人可以通过个人所得税App或自然人电子税务局网页端办理年度汇算。
二、为避免办税高峰期间网络拥堵，3月1日至20日实行预约办理，纳税人可在个人所得税App中预约办理时间。
三、纳税人对年度汇算有疑问的，可拨打12366纳税缴费服务热线咨询，也可到县税务局第一办税服务厅现场咨询。
特此通告。
""",
    ),
    dict(
        slug="gov-customs-news-html-no-date",
        site="鹭港海关 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://lugang.customs.example.gov.cn/lugang_customs/ywdt/5618820/index.html",
        title="鹭港海关“一企一策”助力跨境电商企业出海",
        record_date="2025-05-22",
        date="2025-05-22",
        notes="customs news page; suffix after ' - '; no date in the record: the 发布时间 line; picture caption and editor line chrome",
        page="""
<html><head><meta charset="utf-8"><title>鹭港海关“一企一策”助力跨境电商企业出海 - 鹭港海关</title></head><body>
<div class="hd">⟦m 中华人民共和国鹭港海关⟧ <span>⟦a 简体｜繁體｜EN⟧</span></div>
<div class="nav">⟦m 首页　关区概况　新闻发布　信息公开　互动交流　在线服务⟧</div>
<div class="position">⟦m 当前位置：首页 &gt; 新闻发布 &gt; 关区动态⟧</div>
<h1>{T}</h1>
<div class="fbsj">⟦m 发布时间：2025-05-22 16:08　信息来源：鹭港海关办公室　【打印】【关闭】⟧</div>
<div class="easysite-news-text">
{BODY}
</div>
<p class="bj">⟦m 【编辑：沈晨 责任编辑：郝一鸣】⟧</p>
<div class="footer">⟦m 版权所有：中华人民共和国鹭港海关　地址：鹭港市港湾大道1号⟧</div>
</body></html>
""",
        body="""
今年以来，鹭港海关聚焦辖区跨境电商企业需求，组建专家服务团队，为企业量身定制通关便利方案，推动跨境电商进出口规模持续扩大。
“以前商品退货要走一般贸易渠道，手续多、时间长，现在通过跨境电商退货中心仓，当天就能完成退货入区。”鹭港某跨境电商企业负责人表示。
⟦a 点击图片可放大⟧
据统计，1至4月，鹭港海关共监管跨境电商进出口商品1860万票，货值42.7亿元，同比分别增长31.5%和26.8%。
下一步，鹭港海关将继续深化跨境电商监管改革，推广“先查验后装运”等便利措施，助力更多外贸企业拓展海外市场。
""",
    ),
    dict(
        slug="gov-weather-bureau-bulletin-text",
        site="岑阳市气象局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://cy.weather.example.gov.cn/qxfw/jcfw/202508/t20250802_6611.html",
        title="岑阳市2025年7月气候影响评价",
        record_title="岑阳市2025年7月气候影响评价（图文）",
        date="2025-08-02",
        notes="weather-service page: warning ticker, 12121 service line; the bulletin's own data lines and the 岑阳市气候中心 signature; decorated title （图文）",
        page="""
!m 岑阳气象 — 岑阳市气象局官方网站
!l ⚠ 预警信号：岑阳市气象台2025年08月02日10时发布高温橙色预警信号 [详情]
!m 首页 ｜ 天气预报 ｜ 气象服务 ｜ 科普宣传 ｜ 政务公开
!t 岑阳市2025年7月气候影响评价（图文）
!m 来源：岑阳市气候中心　发布日期：2025-08-02
!a [大字版]　[打印]　[分享]
{BODY}
!m 气象服务热线：12121　　预警信息定制请关注“岑阳气象”公众号
!d 本站气象资料未经许可不得用于商业用途。
""",
        body="""
7月，全市平均气温29.6℃，较常年同期偏高1.2℃，为1961年以来同期第三高；平均降水量142.3毫米，较常年同期偏少三成。
一、主要气候特点
（一）高温日数多。全市平均高温日数16.4天，较常年偏多6.1天，其中最高气温达39.8℃，出现在7月27日的东乡站。
（二）降水时空分布不均。上旬出现两次区域性暴雨过程，中下旬以晴热天气为主，北部部分地区出现轻度气象干旱。
二、气候影响评价
持续高温少雨对中稻抽穗扬花和蔬菜生长不利，城市用电负荷屡创新高；上旬暴雨造成局部农田短时积涝，未造成人员伤亡。
三、8月气候趋势预测
预计8月全市平均气温较常年偏高1℃左右，降水量接近常年，需防范阶段性高温干旱和局地强对流天气。
岑阳市气候中心
""",
    ),
    dict(
        slug="gov-water-bureau-plan-wrapped",
        site="苇塘县水利局 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.weitang.gov.cn/slj/ghjh/202503/t20250320_4412.html",
        title="苇塘县2025年河湖“清四乱”专项整治行动方案",
        date="2025-03-19",
        notes="record title clean; hard-wrapped at 66 columns with indents; decimal and numbered headings; signature date in Chinese numerals",
        page="""
!m 苇塘县人民政府网 › 部门信息 › 县水利局 › 规划计划
!m 【发布日期：2025-03-20】【作者：县河长办】【来源：苇塘县水利局】
{T}
{BODY}
!a 附件下载：（无）　　【打印正文】
!l 上一条：苇塘县2025年水旱灾害防御工作要点
!l 下一条：关于公布县级河湖长名单的公告
""",
        date_also=["2025-03-20"],
        wrap=66,
        indent="\u3000\u3000",
        body="""
为深入推进河湖长制，集中整治乱占、乱采、乱堆、乱建等河湖突出问题，结合我县实际，制定本方案。
1.整治范围
全县流域面积50平方公里以上的河流14条、水面面积1平方公里以上的湖泊2个，以及县城区内的全部沟渠。
2.整治任务
2.1 全面排查。各乡镇对辖区内河湖“四乱”问题开展拉网式排查，建立问题清单，明确整改责任人和完成时限。
2.2 集中清理。对排查出的问题分类施策，能立即整改的立即整改，短期内难以整改的制定整改计划，确保6月底前完成80%以上。
2.3 巩固提升。建立河湖日常巡查制度，村级河湖长每周巡河不少于一次，严防问题反弹。
3.保障措施
县河长办加强统筹协调，每月通报整治进展；对工作推进不力、问题反弹严重的乡镇，由县河长约谈乡镇河长。
苇塘县河长制办公室
二〇二五年三月十九日
""",
    ),
    dict(
        slug="gov-sports-bureau-news-html-gallery",
        site="梧冈区文化体育局 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.wugang.gov.cn/wtj/gzdt/202509/t20250915_77810.html",
        title="梧冈区第八届全民健身运动会开幕",
        record_title=None,
        date="2025-09-14",
        date_also=["2025-09-15"],
        notes="sports bureau news, no title or date in the record; the lead's date (9月14日) and the page's time line; photo gallery and view counter chrome",
        page="""
<html><head><meta charset="utf-8"><title>梧冈区人民政府</title></head><body>
<div class="banner">⟦m 梧冈区文化体育局⟧</div>
<div class="sub-nav">⟦m 工作动态｜全民健身｜竞技体育｜场馆服务⟧</div>
<h1 class="bt">{T}</h1>
<div class="xx">⟦m 时间：2025-09-15 09:41:02　来源：区文化体育局　浏览：⟧<span id="view">⟦m 1,288⟧</span></div>
<div class="nr">
{BODY}
</div>
<div class="gallery"><p>⟦l 图集：开幕式现场（共12张）⟧</p><p>⟦a 上一张　下一张⟧</p></div>
<div class="ft">⟦m 梧冈区人民政府办公室主办　地址：梧冈区中心路8号　电话：0776-3361150⟧</div>
</body></html>
""",
        body="""
9月14日上午，梧冈区第八届全民健身运动会在区体育中心开幕，来自全区各街道、机关单位和企业的42支代表队、2100余名运动员参加开幕式。
本届运动会以“全民健身·活力梧冈”为主题，设置气排球、门球、广场舞、象棋、拔河等12个比赛项目，赛期持续至11月底。
近年来，梧冈区持续完善全民健身设施网络，累计建成社区健身路径186条、“15分钟健身圈”覆盖率达到93%，经常参加体育锻炼的人数比例达到41.5%。
""",
    ),
    dict(
        slug="gov-library-notice-text-opening-hours",
        site="朔阳市图书馆 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.shuoyanglib.org.cn/news/notice/2025/0120/452.html",
        title="朔阳市图书馆2025年春节期间开放时间安排公告",
        record_date="2025-01-20",
        date="2025-01-20",
        notes="library site: reader-login box, site suffix with |; the notice's own timetable, consultation phone and mini-program name are body text",
        page="""
!m 朔阳市图书馆 Shuoyang Library
!a 读者登录　｜　证件办理　｜　馆藏检索
!m 首页 » 本馆公告
{T}
!m 2025-01-20　　阅读 603
{BODY}
!l 【相关公告】少儿阅览区临时闭馆维护通知｜数字资源试用通知
!m 地址：朔阳市文昌路22号　馆办电话：0517-8026310
!d © 朔阳市图书馆 版权所有
!m 朔阳市图书馆
""",
        body="""
尊敬的读者：
根据国家法定节假日安排，结合本馆实际，现将2025年春节期间开放时间公告如下：
1.1月28日（除夕）至1月30日（正月初二）闭馆；
2.1月31日（正月初三）至2月4日（正月初七）9:00-17:00开放，二楼自修室暂停开放；
3.2月5日起恢复正常开放时间。
闭馆期间，读者可通过“朔阳图书馆”微信小程序续借图书，24小时自助还书机正常使用。咨询电话：0517-8026318。
由此给您带来的不便，敬请谅解。祝广大读者新春快乐！
朔阳市图书馆
2025年1月20日
""",
    ),
    dict(
        slug="gov-museum-plan-html-exhibit-sidebar",
        site="椒岭县博物馆 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jiaolingmuseum.cn/dongtai/2025/0508/318.html",
        title="椒岭县博物馆2025年“5·18国际博物馆日”系列活动方案",
        record_title="椒岭县博物馆2025年“5·18国际博物馆日”系列活动方案-椒岭县博物馆官网",
        date=None,
        notes="museum site: booking widget, exhibit sidebar, audio-guide prompt; no date in the page (the year is in the title only)",
        page="""
<html><head><meta charset="utf-8"><title>椒岭县博物馆2025年“5·18国际博物馆日”系列活动方案-椒岭县博物馆官网</title></head><body>
<div class="top">⟦m 椒岭县博物馆⟧ <span>⟦a 参观预约⟧</span> <span>⟦a 语音导览⟧</span> <span>⟦a 文创商店⟧</span></div>
<div class="crumbs">⟦m 首页 / 新闻动态 / 馆内活动⟧</div>
<h3>{T}</h3>
<section class="text">
{BODY}
</section>
<aside><h4>⟦l 正在展出⟧</h4><ul><li>⟦l 椒岭古窑址出土瓷器展⟧</li><li>⟦l 山乡记忆：农耕文化专题展⟧</li></ul>
<p>⟦m 开放时间：周二至周日 9:00-17:00（16:30停止入馆）　周一闭馆⟧</p></aside>
<footer>⟦m 椒岭县博物馆　地址：椒岭县城东文博路3号⟧ ⟦m 湘ICP备2021007765号-1⟧</footer>
</body></html>
""",
        body="""
为迎接2025年“5·18国际博物馆日”，充分发挥博物馆的社会教育功能，结合我馆实际，特制定本方案。
一、活动主题
博物馆连接过去与未来。
二、活动内容
（一）特展开幕。5月18日上午举行“椒岭古窑址出土瓷器展”开幕式，展出瓷器、窑具等文物136件（套）。
（二）讲解进校园。组织志愿讲解员走进县内8所中小学，开展“文物会说话”主题讲解活动。
（三）文物鉴赏咨询。邀请省内专家为群众提供免费文物鉴赏咨询服务，现场不收取任何费用，不进行交易。
三、工作要求
各部室要按照分工做好展览布置、安全保卫和观众引导工作，确保活动安全有序。
""",
    ),
    dict(
        slug="gov-county-request-text-docno",
        site="砚溪县人民政府 (invented)",
        style="政府门户",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.yanxi.gov.cn/zwgk/zfwj/202410/t20241016_5521.html",
        title="砚溪县人民政府关于申请将城南片区污水管网建设项目纳入中央预算内投资计划的请示",
        record_title=None,
        date="2024-10-11",
        notes="no title in the record; document number line neutral; 抄送 and 印发 版记 stay in the body; signature date",
        page="""
!m 砚溪县人民政府门户网站
!m 位置：首页 > 政务公开 > 县政府文件
砚政呈〔2024〕37号
{T}
{BODY}
!a 〔打印本文〕　〔关闭本页〕
!m 网站地图 | 联系我们 | 隐私声明
!m 主办：砚溪县人民政府办公室　ICP备案：苏ICP备10214471号
""",
        indent="\u3000\u3000",
        body="""
市人民政府：
我县城南片区现有居民4.2万人，片区内污水管网建设滞后，部分生活污水直排入河，群众反映强烈。为改善片区水环境质量，我县拟实施城南片区污水管网建设项目，新建污水管网26.8公里、提升泵站2座，项目总投资1.38亿元。
该项目已完成可行性研究报告批复和初步设计，具备开工条件。为缓解县级财政压力，特请求将该项目纳入2025年中央预算内投资计划，争取补助资金5500万元。
妥否，请批示。
砚溪县人民政府
2024年10月11日
（联系人：县发展改革局 王景川，电话：0513-8691022）
抄送：市发展改革委。
砚溪县人民政府办公室　2024年10月12日印发
""",
    ),
]
