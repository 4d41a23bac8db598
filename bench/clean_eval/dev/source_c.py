"""Dev cases, part C: government portals and news portals. Invented text."""

_GOV_HEAD = """
<div class="top-bar">⟦a 无障碍浏览　|　长者模式　|　繁體　|　English⟧</div>
<div class="banner"><img src="/images/logo.png" alt="青禾县人民政府"><span class="site">⟦m 青禾县人民政府⟧</span><span class="slogan">⟦m 生态青禾　幸福家园⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 走进青禾⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
"""

_GOV_FOOT = """
<div class="foot">
<p>⟦m 主办：青禾县人民政府办公室　承办：青禾县政务服务数据管理局⟧</p>
<p>⟦m 网站标识码：3609250001　赣ICP备05003178号　赣公网安备36092502000101号⟧</p>
<p>⟦m 联系电话：0795-7211234　地址：青禾县禾城镇人民路1号⟧</p>
<p>⟦m 您是本站第 3612890 位访客⟧</p>
</div>
"""

CASES = [
    dict(
        slug="gov-qinghe-notice-html-meta-table",
        site="青禾县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qinghe.gov.cn/xxgk/tzgg/202405/t20240513_1290331.html",
        title="青禾县人民政府办公室关于做好2024年秋冬季森林防灭火工作的通知",
        date="2024-10-08",
        date_also=["2024-10-10"],
        notes="gov page with an information table (索引号, 成文日期, 发布日期), toolbar, attachments box and footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>青禾县人民政府办公室关于做好2024年秋冬季森林防灭火工作的通知</title>
<link rel="stylesheet" href="/css/main.css"></head><body>
"""
        + _GOV_HEAD
        + """
<div class="position">⟦m 您当前所在位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11361025MB0129433K/2024-01833⟧</td><td>⟦m 主题分类：综合政务⟧</td></tr>
<tr><td>⟦m 发布机构：青禾县人民政府办公室⟧</td><td>⟦m 成文日期：2024-10-08⟧</td></tr>
<tr><td>⟦m 文号：青府办字〔2024〕57号⟧</td><td>⟦m 发布日期：2024-10-10⟧</td></tr>
</table>
<h2 class="art-title">{T}</h2>
<div class="art-tools">⟦a 【字体：大 中 小】　【打印本页】　【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦l 相关附件：1. 青禾县森林防灭火重点区域名单.xlsx⟧</div>
<div class="qr">⟦a 用手机扫描二维码，随时查看本页⟧</div>
"""
        + _GOV_FOOT
        + "</body></html>",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
各镇人民政府、街道办事处，县直各有关单位：
今年入秋以来，我县降雨持续偏少，林区可燃物载量大，森林火险等级居高不下。秋冬季节野外祭祀、农事用火增多，森林防灭火形势十分严峻。为切实做好秋冬季森林防灭火工作，经县政府同意，现就有关事项通知如下：
一、严格落实防火责任。各镇（街道）要严格落实森林防灭火行政首长负责制，层层签订责任状，把防火责任落实到山头地块、落实到具体人员，确保“山有人管、林有人护、火有人防、责有人担”。
二、严格管控野外火源。进入森林高火险期，全县禁止一切野外用火。各地要在重点林区入山路口设立防火检查站，加强巡山护林和入山人员管控，对违规用火行为依法依规从严查处。
三、加强应急队伍建设。各镇（街道）要健全半专业扑火队伍，配齐配足风力灭火机、二号工具等扑火装备，开展扑火技能培训和实战演练，确保一旦发生火情能够快速出动、科学扑救。
四、强化值班值守。防火期内严格执行24小时值班和领导带班制度，发现火情要第一时间报告，坚决杜绝迟报、漏报、瞒报现象。
青禾县人民政府办公室
2024年10月8日
""",
    ),
    dict(
        slug="gov-yunling-summary-emergency-html",
        site="云岭市青山区人民政府 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.qsq.yunling.gov.cn/zwgk/ghjh/202401/t20240119_556201.html",
        title="青山区应急管理局2023年工作总结和2024年工作打算",
        record_date="2024-01-19",
        date="2024-01-19",
        notes="record gives title and date; gov page with share bar and prev/next",
        page="""
<html><head><meta charset="utf-8"><title>青山区应急管理局2023年工作总结和2024年工作打算_云岭市青山区人民政府</title></head><body>
<div class="head"><h1 class="site-name">⟦m 云岭市青山区人民政府⟧</h1><div class="search"><input><a>⟦a 站内搜索⟧</a></div></div>
<div class="nav">⟦m 首页　机构　政务公开　办事服务　政民互动⟧</div>
<div class="loc">⟦m 当前位置：首页 » 政务公开 » 规划计划⟧</div>
<div class="detail">
<div class="tit">{T}</div>
<div class="subtit">⟦m 来源：区应急管理局　　发布时间：2024-01-19 15:32　　浏览次数：<span>418</span>⟧</div>
<div class="view">
{BODY}
</div>
<div class="share">⟦l 分享：微信 微博 QQ空间⟧</div>
<div class="prenext"><p>⟦l 上一条：青山区2023年度法治政府建设情况报告⟧</p><p>⟦l 下一条：区城市管理局2023年工作总结⟧</p></div>
</div>
<div class="bottom">⟦m 青山区人民政府办公室主办　滇ICP备12003471号　网站标识码5301030024⟧</div>
</body></html>
""",
        body="""
2023年，区应急管理局在区委、区政府的坚强领导下，坚持人民至上、生命至上，统筹发展和安全，全力防范化解重大安全风险，全区安全生产形势持续稳定向好。全年共发生各类生产安全事故11起、死亡9人，同比分别下降21.4%和25%，未发生较大及以上生产安全事故。
一、2023年工作开展情况
（一）安全生产责任体系持续完善。制定区级部门安全生产权力和责任清单，修订安全生产工作考核办法，将安全生产工作纳入区管领导班子和领导干部实绩考核，压紧压实“三个责任”。
（二）重大事故隐患专项排查整治扎实推进。聚焦危险化学品、建筑施工、燃气、消防等重点行业领域，累计检查企业2140家次，排查整改隐患6380项，挂牌督办重大隐患12项，全部整改销号。
（三）防灾减灾救灾能力不断提升。修订完善区级自然灾害应急预案，新建标准化应急避难场所4个，组织开展防汛、地震等综合应急演练16次，参与群众1.2万人次。
二、存在的主要问题
一是部分企业主体责任落实不到位，安全投入不足、培训教育流于形式；二是基层应急管理力量薄弱，街道应急管理专职人员普遍只有一至二人；三是应急物资储备结构不够合理。
三、2024年工作打算
2024年，我们将以安全生产治本攻坚三年行动为抓手，深化重点行业领域专项整治，推进基层应急管理能力标准化建设，加强应急物资储备和救援队伍建设，坚决守住安全发展底线。
""",
    ),
    dict(
        slug="gov-liuxi-letter-text-extracted",
        site="柳溪县人民政府 (invented), text rendering of the page",
        style="政府门户",
        genre="函",
        kind="notice",
        form="text",
        source="http://www.liuxi.gov.cn/zwgk/bmwj/202407/t20240705_77120.shtml",
        title="柳溪县水利局关于协助开展流域生态补偿联合调查的复函",
        date="2024-07-05",
        notes="a gov page saved as text: header menu words, toolbar, footer with ICP, 网站标识码 and police record number",
        page="""
!m 柳溪县人民政府
!m 政务公开
!m 政务服务
!m 互动交流
!m 您当前的位置：首页 > 政务公开 > 部门文件
{T}
!m 信息来源：县水利局　　时间：2024-07-05　　点击数：236
!a 【字体：大 中 小】【打印】【关闭】
{BODY}
!a 扫描二维码 分享到手机
!m 主办单位：柳溪县人民政府办公室　承办单位：柳溪县大数据中心
!m 网站标识码：3609240003　赣ICP备05003155号　赣公网安备 36092402000123号
""",
        body="""
青禾县生态环境局：
贵局《关于商请协助开展流域生态补偿调查的函》收悉。经研究，我局完全赞同建立跨县流域横向生态保护补偿机制，愿意积极配合做好相关工作。现将有关事项函复如下：
一、我局同意协助开展清江干流交界断面联合调查工作，并指定水资源管理股负责同志为联络人，负责与贵局调查组对接。
二、我局将于7月15日前整理提供2021年以来有关断面的水文监测数据和两座小型水库的调度运行记录，数据以电子表格形式报送。
三、调查组进入水利工程管理范围开展采样工作时，请提前两个工作日告知，我局将安排工程管理单位人员全程配合，确保作业安全。
四、调查成果形成后，请贵局及时反馈我局，以便双方共同做好流域生态补偿的后续协商工作。
特此函复。
柳溪县水利局
2024年7月5日
""",
    ),
    dict(
        slug="gov-yunling-plan-site-suffix",
        site="云岭市人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.yunling.gov.cn/zwgk/zcwj/202311/t20231122_203317.html",
        title="云岭市推进新型城镇化建设三年行动方案（2024—2026年）",
        record_title="云岭市推进新型城镇化建设三年行动方案（2024—2026年）_政策文件_云岭市人民政府",
        record_date="2023-11-22",
        date="2023-11-22",
        notes="record title with the column and site name after underscores; long body; a PDF download link",
        page="""
<html><head><meta charset="utf-8"><title>云岭市推进新型城镇化建设三年行动方案（2024—2026年）_政策文件_云岭市人民政府</title>
<meta name="ArticleTitle" content="云岭市推进新型城镇化建设三年行动方案（2024—2026年）"></head><body>
<header><div class="logo">⟦m 云岭市人民政府 www.yunling.gov.cn⟧</div>
<nav>⟦m 首页 | 市情概况 | 政务公开 | 政务服务 | 政民互动 | 专题专栏⟧</nav></header>
<div class="crumbs">⟦m 首页 &gt; 政务公开 &gt; 政策文件⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2023-11-22　来源：市发展改革委⟧　<a href="javascript:window.print()">⟦a 打印⟧</a></div>
<div class="article-content">
{BODY}
</div>
<p class="pdf"><a href="/fj/203317.pdf">⟦a 附件下载：云岭市推进新型城镇化建设三年行动方案.pdf⟧</a></p>
<div class="related"><h3>⟦l 相关解读⟧</h3><ul><li>⟦l 一图读懂：云岭市新型城镇化三年行动⟧</li><li>⟦l 《行动方案》政策解读⟧</li></ul></div>
<footer>⟦m 云岭市人民政府办公室主办　版权所有 ©2023　滇ICP备05006628号⟧</footer>
</body></html>
""",
        body="""
为深入推进以人为核心的新型城镇化，促进城乡融合发展，结合我市实际，制定本行动方案。
一、总体目标
到2026年，全市常住人口城镇化率达到62%以上，户籍人口城镇化率达到48%以上；县城综合承载能力明显增强，城市功能品质持续提升，城乡基本公共服务均等化水平进一步提高。
二、重点任务
（一）推进农业转移人口市民化。全面放开城区落户限制，推行以经常居住地登记户口制度。完善随迁子女义务教育保障机制，确保随迁子女在流入地公办学校就读比例不低于90%。将符合条件的农业转移人口纳入城镇住房保障范围。
（二）提升县城综合承载能力。实施县城补短板强弱项工程，每年实施市政公用设施、环境基础设施、公共服务设施项目100个以上。推进县城污水管网改造和雨污分流，到2026年县城生活污水集中收集率达到75%。
（三）实施城市更新行动。有序推进城镇老旧小区、城中村改造，三年内改造老旧小区420个，同步完善养老托育、停车充电等配套设施。加快完整社区建设，打造一批“15分钟便民生活圈”。
（四）促进产城融合发展。依托各类开发区，引导产业向县城和重点镇集聚，培育一批特色产业集群，增强县城吸纳就业能力，三年新增城镇就业10万人以上。
（五）推动城乡融合发展。推动城镇基础设施向乡村延伸、公共服务向乡村覆盖，健全城乡统一的建设用地市场，探索农村集体经营性建设用地入市有效路径。
三、保障措施
（一）强化组织领导。市推进新型城镇化工作领导小组负责统筹协调，各县（市、区）要制定具体实施方案，明确时间表、路线图。
（二）强化要素保障。统筹用好地方政府专项债券、中央预算内投资等资金，建立“人地钱”挂钩机制，新增建设用地指标向吸纳农业转移人口多的地区倾斜。
（三）强化监测评估。建立新型城镇化统计监测制度，每年开展一次实施情况评估，评估结果向社会公开。
""",
    ),
    dict(
        slug="gov-text-speech-under-title-date",
        site="石湾市人民政府 (invented), text rendering",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.shiwan.gov.cn/ldjh/202308/t20230824_44021.html",
        title="在全市深化“放管服”改革优化营商环境大会上的讲话",
        record_title=None,
        date="2023-08-22",
        notes="no title in the record; the speaker and the date sit under the title; leading menu words",
        page="""
!m 石湾市人民政府
!m 领导讲话
!m 首页 > 政务公开 > 领导讲话
{T}
——副市长　陈立新
（2023年8月22日）
{BODY}
!a 【打印本页】【关闭窗口】
!m 石湾市人民政府办公室版权所有　湘ICP备09011274号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，市委、市政府召开全市深化“放管服”改革优化营商环境大会，目的是认真贯彻落实国务院和省委、省政府关于优化营商环境的决策部署，动员全市上下进一步统一思想、凝聚共识，以更大力度推进营商环境优化提升。下面，我讲几点意见。
一、深刻认识优化营商环境的重大意义
营商环境是一个地区的核心竞争力。当前，区域竞争日趋激烈，谁的营商环境好，谁就能吸引更多的资金、项目和人才。我们必须以时不我待的紧迫感，把优化营商环境作为“一把手”工程来抓。
二、聚焦重点领域精准发力
一要在简政放权上再突破，全面梳理市级行政许可事项，能取消的坚决取消，能下放的坚决下放。二要在监管创新上再深化，推行“双随机、一公开”和信用分级分类监管，做到无事不扰、有求必应。三要在优化服务上再提升，推动政务服务事项“一网通办”，让数据多跑路、群众少跑腿。
三、以过硬作风确保各项任务落地见效
各地各部门要对照年度任务清单，逐项明确责任人和完成时限。市营商办要加强跟踪督办，对推诿扯皮、吃拿卡要等损害营商环境的行为，发现一起、查处一起、通报一起。
同志们，优化营商环境只有进行时，没有完成时。让我们以更加务实的举措、更加优质的服务，奋力打造一流营商环境，为全市高质量发展作出新的更大贡献！
""",
    ),
    dict(
        slug="news-dongling-meeting-html",
        site="东岭新闻网 (invented)",
        style="新闻门户",
        genre="会议新闻",
        kind="news",
        form="html",
        source="https://news.donglingw.com/system/2024/09/14/030418862.shtml",
        title="市政府召开第四十六次常务会议",
        date="2024-09-14",
        notes="news portal: channel menu, date/source/author line, share bar, editor line, related and hot lists, comment box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>市政府召开第四十六次常务会议--东岭新闻网</title></head><body>
<div id="top">⟦m 东岭新闻网 — 东岭第一新闻门户⟧　<a>⟦a 登录⟧</a> | <a>⟦a 注册⟧</a></div>
<div id="channel">⟦m 首页　时政　社会　经济　文旅　视频　专题⟧</div>
<div class="breadcrumb">⟦m 东岭新闻网 &gt; 时政频道 &gt; 本地要闻⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 2024-09-14 10:26:31　来源：东岭日报　作者：记者 周航⟧</div>
<div class="sharebar">⟦l 分享到：微信 朋友圈 微博 复制链接⟧</div>
<div class="content">
{BODY}
</div>
<div class="editor">⟦m 【责任编辑：郑晓　审核：刘一鸣】⟧</div>
<div class="jc"><a>⟦a 【我要纠错】⟧</a></div>
<div class="xg"><h3>⟦l 相关新闻⟧</h3>
<a>⟦l 市政府第四十五次常务会议召开⟧</a><a>⟦l 我市召开安全生产工作专题会议⟧</a></div>
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 东岭至南湖城际铁路开工建设⟧</li><li>⟦l 中秋假期全市重点景区接待游客同比增长⟧</li></ol></div>
<div class="comment"><h3>⟦l 网友评论⟧</h3><textarea></textarea><p>⟦l 请文明发言，理性评论　已有 0 条评论⟧</p><button>⟦a 提交评论⟧</button></div>
</div>
<div class="foot"><p>⟦d 东岭新闻网版权所有，未经书面授权不得转载或建立镜像⟧</p><p>⟦m 互联网新闻信息服务许可证编号：36120190006　违法和不良信息举报电话：0791-86850110⟧</p></div>
</body></html>
""",
        body="""
9月13日，市长林建华主持召开市政府第四十六次常务会议，传达学习国务院常务会议和省政府常务会议精神，研究部署我市秋冬季大气污染防治、民生实事项目推进等工作。
会议指出，今年以来全市空气质量总体保持稳定，但秋冬季是大气污染易发高发时段，防治任务依然艰巨。各地各部门要紧盯细颗粒物和臭氧协同控制，加强工业企业、工地扬尘、机动车尾气等重点领域管控，强化重污染天气应急应对，确保完成全年空气质量改善目标。
会议强调，民生实事项目是市政府向全市人民作出的庄严承诺。要对照年初确定的十大类32项民生实事，逐项梳理进度，对进度滞后的项目要倒排工期、挂图作战，确保年底前全部完成，让群众真正感受到实实在在的变化。
会议还研究了其他事项。
""",
    ),
    dict(
        slug="news-nanhu-text-publish-line",
        site="南湖在线 (invented), text rendering",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.nanhuzx.com/html/2023/shehui_1106/512077.html",
        title="我市启动冬季“送温暖”帮扶行动",
        record_title=None,
        date="2023-11-06",
        notes="no title in the record; the date only in a 发布时间 line; editor and share lines after the body",
        page="""
!m 南湖在线 | 社会新闻
{T}
!m 发布时间：2023年11月6日 08:15　　来源：南湖在线　　字号：T|T
{BODY}
!m 编辑：吴彤
!l 分享到：
!l 相关阅读：
!l 我市发放城乡低保资金1.3亿元
!l 社区食堂让老人吃上“暖心饭”
""",
        body="""
本报讯（记者 王楠 通讯员 李成）11月5日，我市冬季“送温暖”帮扶行动正式启动。今年的帮扶行动将持续到明年2月底，重点面向城乡低保对象、特困人员、困难残疾人和困难职工等群体，预计投入帮扶资金2600万元。
据市民政局负责人介绍，帮扶行动期间，各县（区）将对困难群众开展一次全覆盖走访，及时掌握其生活状况，为有需要的家庭送去棉被、米油等生活物资。对因病因灾导致基本生活出现严重困难的家庭，将及时给予临时救助，做到“先行救助、事后报备”。
此外，市总工会将开展困难职工“暖冬行动”，为1800余户困难职工家庭发放慰问金；团市委将组织青年志愿者开展“爱心包裹”进社区活动，为留守儿童送去冬衣和学习用品。
市民政局提醒，困难群众如遇生活困难，可拨打12345政务服务热线或向所在社区（村）反映，相关部门将及时核实并给予帮助。
""",
    ),
    dict(
        slug="news-huaxi-commentary-decorated",
        site="华溪网 (invented)",
        style="新闻门户",
        genre="评论",
        kind="news",
        form="html",
        source="https://www.huaxiw.cn/pinglun/20240402/8830231.html",
        title="让“高效办成一件事”成为政务服务新常态",
        record_title="【热评】让“高效办成一件事”成为政务服务新常态",
        record_date="2024-04-02",
        date="2024-04-02",
        notes="decorated record title (【热评】); byline and sources around a short commentary; font-size buttons",
        page="""
<html><head><meta charset="utf-8"><title>【热评】让“高效办成一件事”成为政务服务新常态 - 华溪网</title></head><body>
<div class="top">⟦m 华溪网 huaxiw.cn⟧</div>
<div class="crumb">⟦m 首页 / 评论 / 华溪时评⟧</div>
<h1>⟦t 【热评】让“高效办成一件事”成为政务服务新常态⟧</h1>
<p class="by">⟦m 2024-04-02 07:00　华溪网评论员　周子墨⟧</p>
<p class="fontsize">⟦a 字号：A+ A A-⟧</p>
{BODY}
<p class="source">⟦m （来源：华溪网　编辑：何苗）⟧</p>
<div class="share">⟦l 转发到：新浪微博　微信好友　QQ⟧</div>
<div class="more"><h4>⟦l 更多评论⟧</h4><ul><li>⟦l 以“小切口”推动基层减负见实效⟧</li><li>⟦l 让老年人共享数字生活便利⟧</li></ul></div>
</body></html>
""",
        body="""
企业开办、不动产登记、新生儿出生……这些与群众生活息息相关的事项，过去往往需要跑多个部门、填多张表格。如今，随着“高效办成一件事”改革的推进，越来越多的事项实现了“一次告知、一表申请、一套材料、一窗受理”。
改革的关键在于打破部门壁垒。一件事办得快不快、好不好，表面上看是窗口效率问题，深层次看是部门之间数据能否共享、流程能否再造。只有从群众视角重新梳理办事流程，才能真正减环节、减材料、减时限。
改革也需要久久为功。对于已经推出的“一件事”，要建立跟踪评估机制，听取群众和企业的真实评价；对于群众反映集中的堵点难点，要持续推出新的“一件事”清单，让改革红利惠及更多人。
政务服务无小事。把每一件事都办好、办快、办到群众心坎上，政府的公信力就会在一点一滴中不断增强。
""",
    ),
    dict(
        slug="gov-text-wrapped-notice-medical-insurance",
        site="临江县人民政府 (invented), text rendering",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.linjiang.gov.cn/art/2024/9/3/art_1301_88031.html",
        title="关于印发《临江县2025年度城乡居民医疗保险集中缴费工作方案》的通知",
        date="2024-09-02",
        notes="the notice as wrapped text at 38 characters, ASCII-space indents, headings not wrapped; signature date; the title mentions the attached plan",
        page="""
!m 临江县人民政府 > 政府信息公开 > 通知公告
{T}
!m 【发布单位：县医疗保障局】　【阅读次数：1198】
{BODY}
!l 附件下载：临江县2025年度城乡居民医疗保险集中缴费工作方案.docx
!a 【打印】【关闭】
""",
        wrap=76,
        indent="    ",
        body="""
各乡镇人民政府，县直有关单位：
《临江县2025年度城乡居民医疗保险集中缴费工作方案》已经县政府同意，现印发给你们，请结合实际认真贯彻落实。
一、提高思想认识
城乡居民医疗保险是减轻群众就医负担、防止因病致贫返贫的重要制度安排。各乡镇、各部门要充分认识做好集中缴费工作的重要意义，把参保缴费作为一项重要民生工作抓紧抓实，确保全县城乡居民基本医疗保险参保率稳定在95%以上。
二、明确工作时限
2025年度集中缴费期为2024年9月1日至12月31日。各乡镇要合理安排工作进度，11月底前完成目标任务的90%以上，12月底前全面完成。
三、强化宣传引导
各乡镇要通过村组广播、入户走访、微信群等方式，广泛宣传医保政策和缴费方式，引导群众通过手机银行、微信、支付宝等渠道自助缴费，切实提高群众主动参保意识。
四、加强督促考核
县医保局要建立参保缴费进度周通报制度，县政府督查室将适时开展专项督查，对工作推进不力、进度明显滞后的乡镇进行通报。
临江县人民政府办公室
2024年9月2日
""",
    ),
]
