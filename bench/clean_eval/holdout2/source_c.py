"""Holdout2 cases, part C: government portals and news portals. Invented text.
Held back: do not open while writing rules."""

_LANSHI_HEAD = """
<div class="gov-top">⟦a 手机版 ｜ 适老化模式 ｜ 读屏专用⟧</div>
<div class="gov-banner"><img src="/res/logo.png" alt="澜石县人民政府"><span class="gname">⟦m 澜石县人民政府⟧</span><span class="gurl">⟦m www.lanshi.gov.cn⟧</span></div>
<div class="gov-nav">⟦m 网站首页 ｜ 澜石概况 ｜ 信息公开 ｜ 办事服务 ｜ 政民互动 ｜ 数据开放⟧</div>
"""

_LANSHI_FOOT = """
<div class="gov-foot">
<p>⟦m 澜石县人民政府办公室 主办 ｜ 澜石县数据资源中心 承办⟧</p>
<p>⟦m 网站标识码 4509220008 ｜ 桂ICP备12004471号 ｜ 桂公网安备 45092202000055号⟧</p>
<p>⟦d 本网站所载信息未经授权不得复制或建立镜像⟧</p>
</div>
"""

CASES = [
    dict(
        slug="gov-lanshi-notice-html-infobox",
        site="澜石县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lanshi.gov.cn/xxgk/zfbwj/202405/t20240509_310447.html",
        title="澜石县人民政府办公室关于开展2024年度县级储备粮轮换工作的通知",
        date="2024-05-06",
        date_also=["2024-05-09"],
        notes="gov page: information box with 成文日期 and 发布日期 in 年月日, a document number under the title, spaced toolbar, related link, footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>澜石县人民政府办公室关于开展2024年度县级储备粮轮换工作的通知</title>
<meta name="ColumnName" content="政府办文件"></head><body>
"""
        + _LANSHI_HEAD
        + """
<div class="gov-path">⟦m 所在栏目：信息公开 → 政府办文件⟧</div>
<table class="infobox">
<tr><td>⟦m 索 引 号：LS2024-00317⟧</td><td>⟦m 信息分类：财政、金融、审计⟧</td></tr>
<tr><td>⟦m 发文机关：澜石县人民政府办公室⟧</td><td>⟦m 成文日期：2024年05月06日⟧</td></tr>
<tr><td>⟦m 文　　号：澜府办发〔2024〕21号⟧</td><td>⟦m 发布日期：2024年05月09日⟧</td></tr>
<tr><td colspan="2">⟦m 标　　题：澜石县人民政府办公室关于开展2024年度县级储备粮轮换工作的通知⟧</td></tr>
</table>
<h1 class="doc-h">{T}</h1>
<p class="docno">澜府办发〔2024〕21号</p>
<div class="doc-tools">⟦a 【 字号 大 | 中 | 小 】　【 打 印 】　【 关 闭 】⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="rel">⟦l 相关信息：澜石县2023年度县级储备粮轮换工作完成情况⟧</div>
"""
        + _LANSHI_FOOT
        + "</body></html>",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
各乡镇人民政府，县直有关单位，县粮食储备有限公司：
为保持县级储备粮常储常新，确保储备粮数量真实、质量良好、储存安全，根据《鹤川市地方储备粮管理办法》和县级储备粮年度轮换计划，经县政府同意，现就做好2024年度县级储备粮轮换工作通知如下。
一、轮换规模和品种
2024年度县级储备粮计划轮换稻谷3500吨，占县级储备粮总规模的35%，轮换粮食全部为2021年产稻谷。
二、轮换方式和时间
轮换采取“先销后购”方式，通过鹤川市粮食交易中心公开竞价销售和采购，销售工作于6月底前完成，采购工作于10月底前完成。轮换架空期原则上不超过4个月。
三、工作要求
（一）严格程序规范。县粮食储备有限公司要严格按照公开、公平、公正的原则组织轮换，严禁擅自变更轮换计划，严禁以陈顶新、以次充好。
（二）确保粮食质量。新入库粮食必须符合国家质量标准和食品安全标准，县发展和改革局要会同市场监管部门加强入库质量检验。
（三）加强资金监管。县财政局要及时拨付轮换费用和利息补贴，确保专款专用；县农业发展银行要做好轮换资金信贷监管。
（四）强化安全储粮。轮换期间，有关单位要落实安全生产责任，加强粮库消防、作业安全管理，确保储粮安全和生产安全。
澜石县人民政府办公室
2024年5月6日
""",
    ),
    dict(
        slug="gov-hechuan-plan-text-portal-suffix",
        site="鹤川市人民政府门户网站 (invented), text rendering",
        style="政府门户",
        genre="实施方案",
        kind="other",
        form="text",
        source="https://www.hechuan.gov.cn/zwgk/ghjh/202408/t20240802_882301.html",
        title="鹤川市老旧供水管网更新改造实施方案",
        record_title="鹤川市老旧供水管网更新改造实施方案-鹤川市人民政府门户网站",
        record_date="2024-08-02",
        date="2024-08-02",
        notes="record title with '-portal name'; the record gives the date; menu words on their own lines; QR prompt and two footer lines",
        page="""
!m 鹤川市人民政府门户网站
!m 首页　政务公开　政策文件　规划计划
!m 您的位置：首页 >> 政务公开 >> 规划计划
{T}
!m 发文单位：鹤川市人民政府办公室　　发布日期：2024-08-02　　浏览量：1572
!a 〔打印〕〔关闭本页〕〔收藏〕
{BODY}
!l 相关链接：鹤川市城市供水专项规划（2021—2035年）
!a 扫一扫在手机上查看当前页面
!m 鹤川市人民政府办公室主办　鹤川市大数据发展中心运维　网站标识码4509000001
!m 桂ICP备05016680号　桂公网安备45090002000109号
""",
        body="""
为加快推进城市老旧供水管网更新改造，降低管网漏损率，保障城市供水安全，根据国家和省关于城市燃气管道等老化更新改造工作的部署，结合我市实际，制定本方案。
一、工作目标
2024年至2026年，全市计划更新改造老旧供水管网312公里，改造二次供水设施86处。到2026年底，市区公共供水管网漏损率控制在9%以内，老旧小区供水水压、水质问题基本解决。
二、改造范围
（一）使用年限超过30年、材质落后的灰口铸铁管、镀锌钢管、水泥管等管道。
（二）存在漏损严重、爆管频发、影响水质等安全隐患的管道。
（三）老旧小区内设施老化、运行维护不到位的二次供水设施。
三、重点任务
（一）全面摸清底数。市住建局会同市水务集团对全市供水管网开展全面普查，建立管网信息档案，形成改造项目清单，于2024年9月底前完成。
（二）科学编制计划。按照“先急后缓、先重后轻”的原则，结合道路建设、老旧小区改造等工程统筹安排改造时序，避免道路反复开挖。
（三）加快工程实施。各责任单位要严格落实质量安全责任，合理安排施工时段，做好临时供水保障，最大限度减少对群众生活的影响。
（四）推进智慧管网建设。同步建设供水管网地理信息系统和漏损监测平台，推行分区计量管理，提升管网运行管理水平。
四、保障措施
（一）加强组织领导。成立由分管副市长任组长的工作领导小组，统筹推进老旧供水管网更新改造工作。
（二）强化资金保障。积极争取中央预算内投资和超长期特别国债资金支持，供水企业按规定承担相应改造责任，鼓励社会资本参与。
（三）加强监督考核。将老旧供水管网更新改造工作纳入年度目标考核，市政府督查室定期开展督查，确保各项任务按期完成。
""",
    ),
    dict(
        slug="gov-cenjiang-letter-html-proposal-reply",
        site="岑江市交通运输局 (invented)",
        style="政府门户",
        genre="函",
        kind="notice",
        form="html",
        source="https://jtj.cenjiang.gov.cn/jyta/zxta/202406/t20240628_55107.html",
        title="岑江市交通运输局关于市政协十一届三次会议第0156号提案的答复函",
        record_date="2024-06-28",
        date="2024-06-28",
        date_also=["2024-06-25"],
        notes="reply to a proposal; the record gives the date; a contact line in parentheses after the signature is part of the letter",
        page="""
<html><head><meta charset="utf-8"><title>岑江市交通运输局关于市政协十一届三次会议第0156号提案的答复函</title></head><body>
<div class="hd"><span class="org">⟦m 岑江市交通运输局⟧</span><span class="en">⟦m CENJIANG TRANSPORT BUREAU⟧</span><input class="q"><a>⟦a 检索⟧</a></div>
<div class="menu">⟦m 首页　机构职能　交通动态　政务公开　建议提案办理　公众参与⟧</div>
<div class="where">⟦m 当前位置：首页 ＞ 政务公开 ＞ 建议提案办理 ＞ 政协提案⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="att">⟦m 来源：市交通运输局　　发布时间：2024-06-28 09:30　　【字体：<a>大</a> <a>中</a> <a>小</a>】⟧</div>
<div class="txt">
{BODY}
</div>
<div class="sharebox">⟦l 分享至：微信　微博　钉钉⟧</div>
<div class="pn">⟦l 上一篇：岑江市交通运输局关于市人大十一届三次会议第0089号建议的答复⟧<br>⟦l 下一篇：岑江市交通运输局关于市政协十一届三次会议第0172号提案的答复函⟧</div>
</div>
<div class="ft">⟦m 主办单位：岑江市交通运输局　地址：岑江市江滨大道66号　邮编：414000⟧<br>⟦m 湘ICP备13015589号-4　政府网站标识码4306000012⟧</div>
</body></html>
""",
        body="""
魏敏委员：
您在市政协十一届三次会议上提出的《关于加快完善农村客运服务网络的提案》收悉。感谢您对全市交通运输工作的关心和支持。经认真研究，现答复如下：
一、关于农村客运发展现状
近年来，我市大力推进城乡交通运输一体化，全市具备条件的建制村通客车率保持100%。但受农村人口外流、私家车普及等因素影响，部分农村客运线路客流量下降明显，经营困难，存在班次减少甚至停运的现象，您在提案中反映的问题客观存在。
二、关于下一步工作措施
（一）优化线路布局。我局将会同各县（市、区）对现有农村客运线路进行全面梳理，推行“定时班车+预约响应”相结合的运营模式，对客流较少的线路开通预约服务，保障群众基本出行需求。
（二）推进客货邮融合。依托农村客运站点和线路，发展农村客运捎带快递、农产品进城等业务，拓展农村客运经营收入来源，提升线路可持续运营能力。
（三）完善扶持政策。积极争取上级农村客运补贴资金，研究建立市级农村客运运营补贴与服务质量考核挂钩机制，稳定农村客运经营预期。
再次感谢您对交通运输工作的关心和支持，欢迎继续提出宝贵意见和建议。
岑江市交通运输局
2024年6月25日
（联系人：宋佳怡，联系电话：0736-5120418）
""",
    ),
    dict(
        slug="gov-tongwan-minutes-text-publish-line",
        site="桐湾县人民政府 (invented), text rendering",
        style="政府门户",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.tongwan.gov.cn/xxgk/cwhy/202409/t20240913_61208.html",
        title="桐湾县人民政府第二十七次常务会议纪要",
        date="2024-09-13",
        notes="the date only in the 发布时间 line (the meeting date in the body has no year); prev/next titles look like the title",
        page="""
!m 桐湾县人民政府　　政府信息公开专栏
!m 当前栏目：政府常务会议
{T}
!m 发布时间：2024-09-13 16:20　　信息来源：县政府办公室　　访问次数：903
!a 【放大】【缩小】【默认】　【打印此页】
{BODY}
!l 上一篇：桐湾县人民政府第二十六次常务会议纪要
!l 下一篇：桐湾县人民政府第二十八次常务会议纪要
!m 版权所有：桐湾县人民政府办公室　　技术支持：桐湾县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
9月10日，县长卢振华主持召开县人民政府第二十七次常务会议，副县长周启明、何青、严志军，县政府党组成员唐小兵出席会议。县人大常委会、县政协有关负责同志及县直有关单位主要负责同志列席会议。会议议定事项纪要如下：
一、传达学习上级有关会议精神
会议传达学习了全省安全生产电视电话会议和全市防汛防台风工作会议精神。会议要求，各乡镇、各有关部门要深刻汲取近期外地安全事故教训，持续开展重点行业领域安全隐患排查整治；要严格落实防汛防台风各项措施，在台风来临前做好人员转移和物资准备工作，确保人民群众生命财产安全。
二、研究《桐湾县城区停车设施建设管理办法（试行）》
会议原则同意《桐湾县城区停车设施建设管理办法（试行）》，由县住建局根据会议意见进一步修改完善后，以县政府名义印发实施。会议强调，要加快推进公共停车场建设，合理施划路内停车泊位，逐步缓解县城停车难问题。
三、研究县第一人民医院门诊综合楼建设有关事项
会议同意县第一人民医院门诊综合楼项目按程序开展前期工作，项目总投资控制在2.8亿元以内。县发改局、财政局、卫健局要积极争取上级资金支持，加快推进项目立项、用地、规划等手续办理。
四、研究秋季学期中小学校园安全工作
会议要求，县教育局要会同公安、市场监管、交通运输等部门，全面排查校园及周边安全隐患，加强校园食品安全、校车安全管理，开展防溺水、防欺凌等安全教育，确保师生安全。
会议还研究了其他事项。
""",
    ),
    dict(
        slug="gov-songlan-speech-html-speaker-date",
        site="松岚区人民政府 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.songlan.gov.cn/zwgk/ldjh/202401/t20240115_120335.html",
        title="在松岚区2024年经济工作会议上的讲话",
        record_title=None,
        date="2024-01-09",
        date_also=["2024-01-15"],
        notes="no title in the record; speaker and date paragraphs under the h1; publish date in the meta line; long speech",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>松岚区人民政府</title></head><body>
<div class="top"><b>⟦m 鹤川市松岚区人民政府⟧</b> <span>⟦a 无障碍　关怀版⟧</span></div>
<div class="lanmu">⟦m 首页 / 政务公开 / 领导讲话⟧</div>
<div class="con">
<h1>{T}</h1>
<p class="sub" style="text-align:center">区委书记　韩振宇</p>
<p class="sub" style="text-align:center">（2024年1月9日）</p>
<div class="info">⟦m 发布时间：2024-01-15　来源：区委办公室　浏览次数：2264⟧</div>
<div class="zw">
{BODY}
</div>
<div class="print">⟦a 打印正文　关闭窗口⟧</div>
</div>
<div class="bot">⟦m 鹤川市松岚区人民政府办公室　版权所有⟧　⟦m 桂ICP备05016702号⟧</div>
</body></html>
""",
        body="""
同志们：
这次区委经济工作会议的主要任务是，全面贯彻中央、省委和市委经济工作会议精神，总结2023年经济工作，分析当前经济形势，部署2024年经济工作。
一、2023年经济工作回顾
过去一年，面对复杂严峻的外部环境，全区上下坚定信心、迎难而上，经济运行呈现稳中向好的态势。全年实现地区生产总值486亿元，增长6.1%；一般公共预算收入32.4亿元，增长8.3%；城乡居民人均可支配收入分别增长5.2%和7.1%。松岚高新区获批省级高新技术产业开发区，新能源电池材料产业集群产值突破百亿元。
二、准确把握当前经济形势
我们也要清醒看到，全区经济发展仍面临不少困难和挑战：有效需求不足，部分企业生产经营困难；新旧动能转换还不够快，传统产业占比仍然偏高；财政收支平衡压力加大，防范化解风险任务较重。对此，我们既要保持战略定力，又要增强忧患意识，坚持稳中求进工作总基调，切实把各项工作做深做实。
三、扎实做好2024年经济工作
2024年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%，社会消费品零售总额增长7%。重点抓好以下工作：
（一）着力扩大有效投资。全年安排区级重点项目128个，年度计划投资215亿元，坚持每月一调度、每季一观摩，推动项目早开工、早投产、早见效。
（二）着力培育新质生产力。围绕新能源电池材料、智能装备两大主导产业开展精准招商，力争引进亿元以上项目30个以上，新增高新技术企业40家。
（三）着力提振消费需求。办好汽车、家电、餐饮等促消费活动，推动松岚老街改造提升，培育夜间经济新场景。
（四）着力保障改善民生。扎实办好十件民生实事，做好高校毕业生、农民工等重点群体就业工作，持续提升教育、医疗、养老等公共服务水平。
同志们，做好今年的经济工作，任务艰巨、责任重大。全区上下要拿出拼的精神、抢的意识、实的作风，确保全年目标任务圆满完成！
""",
    ),
    dict(
        slug="news-hechuan-html-record-suffix",
        site="鹤川新闻网 (invented)",
        style="新闻门户",
        genre="新闻稿",
        kind="news",
        form="html",
        source="https://www.hechuannews.cn/content/2024-11/26/content_7731902.htm",
        title="鹤川港铁水联运中心一期工程投入运营",
        record_title="鹤川港铁水联运中心一期工程投入运营 - 鹤川新闻网",
        record_date="2024-11-26",
        date="2024-11-26",
        notes="' - site' after the record title; the byline opens the lead (本网讯（记者…）); review chain line, app prompt, hot ranking",
        page="""
<html><head><meta charset="utf-8"><title>鹤川港铁水联运中心一期工程投入运营 - 鹤川新闻网</title></head><body>
<div class="masthead">⟦m 鹤川新闻网　鹤川日报社主办⟧　<a>⟦a 客户端⟧</a> <a>⟦a 数字报⟧</a></div>
<div class="channels">⟦m 要闻　时政　经济　民生　县区　图片　评论⟧</div>
<div class="crumb">⟦m 鹤川新闻网 » 经济 » 产业观察⟧</div>
<h1 class="headline">{T}</h1>
<div class="byline">⟦m 2024-11-26 08:52:13　来源：鹤川日报⟧</div>
<div class="share-top">⟦l 分享：微信　微博　复制链接⟧</div>
<div class="story">
{BODY}
</div>
<div class="review">⟦m （责编：陆晴　一审：许言　二审：顾晨　三审：邵闻）⟧</div>
<div class="app">⟦a 扫码下载“鹤川新闻”客户端，看更多本地资讯⟧</div>
<div class="rank"><h3>⟦l 热点排行⟧</h3><ol><li>⟦l 鹤川至岑江高速公路全线贯通⟧</li><li>⟦l 我市新增3家国家级专精特新“小巨人”企业⟧</li><li>⟦l 冬季供暖季提前启动⟧</li></ol></div>
<div class="foot">⟦d 鹤川新闻网所刊登的内容，未经协议授权禁止下载使用⟧<br>⟦m 互联网新闻信息服务许可证：45120170003　举报电话：0771-5823110⟧</div>
</body></html>
""",
        body="""
本网讯（记者 曹宇航　通讯员 刘珂）11月25日上午，鹤川港铁水联运中心一期工程正式投入运营。首列满载420标箱的集装箱班列缓缓驶入港区专用线，标志着我市港口与铁路实现“无缝衔接”，“公转铁”“公转水”迈出了实质性步伐。
鹤川港铁水联运中心一期工程总投资18.6亿元，主要建设铁路专用线7.2公里、集装箱堆场12万平方米及配套设施，设计年吞吐能力为50万标箱。项目投入运营后，货物从港口码头到铁路站场的转运时间由原来的一天缩短到两小时以内，每标箱综合物流成本可降低约300元。
“以前集装箱要先用卡车拉到火车站，再装上火车，现在在港区内就能完成换装，效率高多了。”鹤川港务集团相关负责人介绍，目前已开通至西部内陆城市的班列3条，计划年底前再开通2条，进一步拓展港口辐射范围。
据了解，二期工程预计明年上半年开工，届时将新增铁路装卸线4条，年吞吐能力将提升至100万标箱，助力我市打造区域性多式联运枢纽。
""",
    ),
    dict(
        slug="news-lanshi-text-no-title-publish-line-glued-editor",
        site="澜石融媒网 (invented, county media centre), text rendering",
        style="新闻门户",
        genre="新闻稿",
        kind="news",
        form="text",
        source="http://www.lanshirm.cn/news/fazhi/2024-04-18/23716.html",
        title="澜石县首个“共享法庭”在栗阳镇揭牌",
        record_title=None,
        date="2024-04-18",
        notes="no title in the record; date only in a '发布时间 yyyy/mm/dd' line; the editor line glued to the end of the last paragraph",
        page="""
!m 澜石融媒网｜澜石县融媒体中心主办
!m 首页 / 要闻 / 法治
{T}
!m 发布时间 2024/04/18 09:42　　来源：澜石融媒　　阅读数：2671
!a 字号：A+ | A-
!l 分享到：微信　微博　QQ空间
{BODY}
!l 【相关新闻】
!l 澜石县人民法院开展“送法进乡村”活动
!l 栗阳镇综治中心化解矛盾纠纷工作纪实
!d 凡注明“来源：澜石融媒”的所有作品，版权均属澜石县融媒体中心，未经授权不得转载。
""",
        body="""
4月17日，澜石县首个“共享法庭”在栗阳镇综治中心正式揭牌运行。今后，栗阳镇群众足不出镇，就可以在“家门口”享受诉讼咨询、网上立案、在线调解等司法服务。
“共享法庭”是以一块屏幕、一根网线、一套设备为主要配置，依托综治中心、村（社区）党群服务中心等场所设立的线上司法服务站点。群众遇到矛盾纠纷，可以通过“共享法庭”与法官远程视频连线，由法官提供法律咨询、指导调解，调解不成的，还可以在线立案、在线开庭。
揭牌仪式结束后，县人民法院栗阳法庭的法官通过“共享法庭”在线主持调解了一起民间借贷纠纷。经过法官释法说理，双方当事人当场达成调解协议，前后用时不到一个小时。“以前打官司要跑到县城，一来一回就是一天，现在在镇上就能解决，真是太方便了。”当事人黄某说。
据悉，县人民法院计划今年在全县12个乡镇和30个重点村（社区）建成“共享法庭”，推动矛盾纠纷就地化解，让司法服务更加便捷高效。⟦m （澜石融媒　记者：蒋雨桐　编辑：梁子豪）⟧
""",
    ),
    dict(
        slug="news-cenjiang-html-title-glued-to-lead",
        site="岑江在线 (invented)",
        style="新闻门户",
        genre="新闻稿",
        kind="news",
        form="html",
        source="https://www.cenjiangol.com/jiuye/20240221/118830.shtml",
        title="岑江市2024年“春风送岗”专场招聘会举行",
        record_title="【现场】岑江市2024年“春风送岗”专场招聘会举行",
        record_date="2024-02-21",
        date="2024-02-21",
        notes="decorated record title and h1 (【现场】); the body is <br>-separated and the plain title is glued before the lead",
        page="""
<html><head><meta charset="utf-8"><title>【现场】岑江市2024年“春风送岗”专场招聘会举行_岑江在线</title></head><body>
<div class="logo">⟦m 岑江在线 cenjiangol.com⟧</div>
<div class="subnav">⟦m 本地 · 就业 · 教育 · 医疗 · 房产 · 文旅⟧</div>
<h1>⟦t 【现场】岑江市2024年“春风送岗”专场招聘会举行⟧</h1>
<p class="source">⟦m 岑江在线　2024-02-21 11:06　编辑：范小玲⟧</p>
<div class="article-content">{T}{BODY}</div>
<p class="tip">⟦d 本网原创稿件，转载请注明出处。⟧</p>
<div class="hot-tags">⟦l 热门标签：春风行动　招聘会　稳就业⟧</div>
<div class="more-news"><h4>⟦l 更多就业资讯⟧</h4><p>⟦l 雁溪县开展返乡人员就业帮扶⟧</p><p>⟦l 市人社局发布一季度紧缺岗位目录⟧</p></div>
</body></html>
""",
        p_html="{}<br>",
        body="""
2月20日，岑江市2024年“春风送岗”专场招聘会在市人力资源市场举行，吸引了186家企业进场招聘，提供就业岗位5600余个，涵盖制造、物流、电子商务、医疗护理等多个行业。
招聘会现场人头攒动，求职者在各个展位前驻足咨询、投递简历。“我去年在外地打工，今年想在家门口找份稳定工作，这里的岗位选择挺多，工资待遇也不错。”来自雁溪县的求职者小刘在一家电子企业的展位前填写了求职登记表。
为提高招聘实效，本次招聘会设置了政策咨询区、技能培训报名区和直播带岗区。工作人员通过网络直播推介重点企业岗位，线上线下同步招聘，累计吸引3.2万人次在线观看。
据统计，当天进场求职人员达4300余人次，初步达成就业意向1280人。市人社局相关负责人介绍，“春风行动”期间，全市还将陆续举办各类招聘活动40余场，为企业和求职者搭建更多对接平台。
""",
    ),
    dict(
        slug="news-tongwan-text-wrapped-comments",
        site="桐湾新闻网 (invented), text rendering",
        style="新闻门户",
        genre="新闻稿",
        kind="news",
        form="text",
        source="http://www.tongwannews.com/html/2024/yaowen_1009/40231.html",
        title="桐湾县启动秋冬季农村道路交通安全整治行动",
        record_date="2024-10-09",
        date="2024-10-09",
        notes="wrapped at 28 characters without indents; the record gives the date; comment box and contribution mailbox after the body",
        page="""
!m 桐湾新闻网 — 桐湾人自己的新闻门户
!m 新闻中心 » 桐湾要闻
{T}
!m 2024-10-09 07:45　来源：桐湾日报
!a 【大 中 小】
{BODY}
!m 责任编辑：毛静怡
!l 读者跟帖
!l 已有2条评论　查看全部
!l 发表评论须遵守国家法律法规，文明上网理性发言
!a 我要跟帖
!m 桐湾新闻网 版权所有　投稿信箱：twxw_tg@126.com
""",
        wrap=56,
        body="""
本报讯（记者 钟晓岚）10月8日，桐湾县召开秋冬季农村道路交通安全整治行动动员会，部署开展为期三个月的农村道路交通安全集中整治行动，全力预防和减少农村道路交通事故。
据介绍，此次整治行动将聚焦农村地区面包车超员、货车违法载人、摩托车和电动自行车不戴头盔、酒驾醉驾等突出交通违法行为，由公安交警、交通运输、农业农村等部门联合开展执法检查，乡镇交管站、村级劝导站同步开展源头劝导。
“秋冬季节农村群众出行需求增加，加上雨雾天气增多，道路交通安全风险明显上升。”桐湾县公安局交警大队负责人表示，交警部门将在重点路段、重点时段增设执勤点，加大巡逻管控力度，同时深入乡村集市、学校开展交通安全宣传，提高群众安全出行意识。
此外，县交通运输局将对全县农村公路临水临崖、急弯陡坡等危险路段开展隐患排查，年底前完成安全防护设施完善工程58公里。
""",
    ),
]
