"""Holdout7 cases, part F: new government and news portals with wording unlike the earlier
parts — 政务公开 pages with 信息索引 grids, 解读 links and 政策问答 boxes, 12345 and 纠错
floats worded anew, news pages with 记者/通讯员/实习生 bylines, 编审 chains, 小编 notes,
图集 captions and 评论区 boxes, a county news app's share, a provincial news site's print
view. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-xiaoshan-decision-index-grid-html",
        site="晓山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="决定",
        kind="other",
        form="html",
        source="https://www.xiaoshan.example.gov.cn/zwgk/xxgkml/zfwj/2025/0303/4471.html",
        title="晓山县人民政府关于废止和修改部分县政府规范性文件的决定",
        record_title="晓山县人民政府关于废止和修改部分县政府规范性文件的决定",
        date="2025-03-03",
        record_date="2025-03-03",
        notes="HTML: an 信息索引 grid (索引号/文号/有效性/成文日期), a 政策解读 link box and an 图解 link, a 我要纠错 float; the decision's 文号 line (neutral) and its list kept",
        page="""
<html><head><meta charset="utf-8"><title>晓山县人民政府关于废止和修改部分县政府规范性文件的决定</title></head><body>
<div class="head">⟦m 晓山县人民政府　www.xiaoshan.example.gov.cn⟧</div>
<div class="loc">⟦m 首页 > 政务公开 > 政府信息公开目录 > 县政府文件⟧</div>
<table class="grid"><tr><td>⟦m 索引号：XS00-0101-2025-00017⟧</td><td>⟦m 有效性：有效⟧</td></tr>
<tr><td>⟦m 成文日期：2025-03-03⟧</td><td>⟦m 发布机构：晓山县人民政府办公室⟧</td></tr></table>
<h1>⟦t 晓山县人民政府关于废止和修改部分县政府规范性文件的决定⟧</h1>
<p class="wh">晓政发〔2025〕3号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="jd"><p>⟦l 政策解读：《关于废止和修改部分县政府规范性文件的决定》解读⟧</p><p>⟦l 图解：一图读懂规范性文件清理⟧</p></div>
<div class="fl">⟦a 我要纠错⟧ ⟦a 无障碍⟧ ⟦a 长者模式⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县政府各部门：
为维护法制统一，县人民政府对现行有效的县政府规范性文件进行了全面清理。经研究，决定：
一、对《晓山县城区停车管理办法》等五件规范性文件予以废止。
二、对《晓山县农村村民建房管理办法》等三件规范性文件的部分条款予以修改。
本决定自公布之日起施行。
晓山县人民政府
2025年3月3日
""",
    ),
    dict(
        slug="gov-lingshui-summary-hotline-float",
        site="灵水市人民政府 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lingshui.example.gov.cn/zwgk/ghjh/2025/0115/302.html",
        title="灵水市2024年法治政府建设情况报告",
        record_title="灵水市2024年法治政府建设情况报告_规划计划_灵水市人民政府",
        date="2025-01-15",
        record_date="2025-01-15",
        notes="_column_site record title; a 12345 float in new words, an 阅读无障碍 row, a 扫一扫在手机打开 line, a 分享 row between two paragraphs",
        page="""
!a 无障碍阅读　关怀版　English
!m 灵水市人民政府
!m 位置：首页 / 政务公开 / 规划计划
{T}
!m 来源：市司法局　发布日期：2025-01-15　字体：【大 中 小】
{BODY}
!a 📱扫一扫在手机打开当前页
!w 有诉求找12345，24小时为您服务
""",
        body="""
2024年，我市深入推进依法行政，法治政府建设取得新成效，现将有关情况报告如下。
一、依法全面履行政府职能。调整公布市级权责清单事项三千一百二十项，全面推行证明事项告知承诺制。
⟦l 分享到：⊙微信　⊙微博　⊙QQ⟧
二、健全依法决策机制。重大行政决策全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。
三、严格规范公正文明执法。全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度。
2025年，我市将继续深化法治政府建设，为全市高质量发展提供坚实法治保障。
""",
    ),
    dict(
        slug="gov-township-notice-qa-box",
        site="桃源镇人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.taoyuanzhen.example.gov.cn/tzgg/2025/1010/51.html",
        title="关于做好2026年度城乡居民医疗保险集中参保缴费工作的通知",
        record_title="关于做好2026年度城乡居民医疗保险集中参保缴费工作的通知（政策问答附后）",
        date="2025-10-10",
        notes="a township page: the record title with a parenthesised tail; the notice's own 缴费标准 table rows and 咨询电话 kept; a 政策问答 box (list) and a 上一条/下一条 in new words (← 较早 / 较新 →)",
        page="""
!m 桃源镇人民政府　Taoyuan Town
{T}
!m 2025年10月10日　镇社会事务综合服务中心　阅读（311）
{BODY}
!l 【政策问答】问：外出务工人员可以在务工地参保吗？答：点击查看详细解答
!l ← 较早：关于开展秋冬季森林防火宣传的通知
!l 较新 →：桃源镇2025年第三季度低保动态管理公示
""",
        body="""
各村（社区）：
2026年度城乡居民医疗保险集中参保缴费工作已经启动，集中缴费期为2025年10月10日至12月31日，现将有关事项通知如下。
一、缴费标准
普通居民　每人每年400元
特困、低保对象　由财政全额或者部分资助
二、缴费方式
可以通过手机银行、税务小程序缴费，也可以到村（社区）便民服务点现场缴费。
三、工作要求
各村（社区）要逐户宣传动员，确保应保尽保，每周五报送缴费进度。
咨询电话：0736-6120345
桃源镇人民政府
2025年10月10日
""",
    ),
    dict(
        slug="news-hengjiang-report-byline-chain",
        site="衡江日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hengjiangnews.example.com/content/2025-08/12/c_1128.html",
        title="衡江新区首批“拎包入住”人才公寓交付",
        record_title="衡江新区首批“拎包入住”人才公寓交付",
        date="2025-08-12",
        record_date="2025-08-12",
        notes="a news page: 记者/通讯员/实习生 byline (meta), a 编审 chain (责编/二审/三审) at the bottom, a 图集 caption between paragraphs, 评论区 box, 打开衡江客户端 prompt",
        page="""
!m 衡江日报网 > 本地新闻
{T}
!m 衡江日报全媒体记者 邝小雨　通讯员 戴明　实习生 韦佳　2025-08-12 07:58
{BODY}
!m 责编：周雯　二审：孙立　三审：杨帆
!l 评论区（12）　文明上网，理性发言
!a 打开衡江客户端，查看更多本地资讯
""",
        body="""
8月11日，衡江新区首批“拎包入住”人才公寓正式交付，一百六十名新引进的高校毕业生领到了新房钥匙。
⟦l 【图集】人才公寓样板间实拍（共8张）⟧
该批人才公寓共三百二十套，配齐了家具家电，入住人员前三年免收租金，第四年起按市场租金的五成收取。
新区人才服务中心负责人介绍，今年新区计划引进各类人才一千二百人，还将陆续交付人才公寓八百套。
""",
    ),
    dict(
        slug="news-county-app-share-html",
        site="掌上柳川 (invented, a county news app's share page)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://share.zsliuchuan.example.cn/news/detail?id=771204",
        title="柳川县启动秋冬季农村人居环境整治百日行动",
        record_title="柳川县启动秋冬季农村人居环境整治百日行动",
        date="2025-10-20",
        record_date="2025-10-20",
        notes="HTML app share: 打开App 浮条 top and bottom, a 阅读 count and 作者 line, a 小编提示 note glued after a paragraph, 相关推荐 list with times",
        page="""
<html><head><meta charset="utf-8"><title>柳川县启动秋冬季农村人居环境整治百日行动</title></head><body>
<div class="openapp">⟦a 掌上柳川 | 打开App，看更多本地新闻⟧</div>
<h1>⟦t 柳川县启动秋冬季农村人居环境整治百日行动⟧</h1>
<div class="info">⟦m 掌上柳川　2025-10-20 18:30　阅读 5,208⟧</div>
<div class="con">
{BODY}
</div>
<div class="rel"><p>⟦l 相关推荐⟧</p><p>⟦l 柳川县召开秋冬种工作推进会　2小时前⟧</p><p>⟦l 全县“最美庭院”评选结果出炉　昨天⟧</p></div>
<div class="openapp2">⟦a 下载掌上柳川，参与评论⟧</div>
</body></html>
""",
        body="""
10月20日，柳川县召开秋冬季农村人居环境整治百日行动动员会，部署开展为期一百天的集中整治。
此次行动重点整治农村生活垃圾乱堆乱放、生活污水乱排乱倒、房前屋后杂物乱摆等问题，推进村庄清洁行动常态化。⟦d （小编提示：图片由受访单位提供）⟧
县委农办负责人表示，行动结束后将开展“红黑榜”评比，评比结果与村级绩效考核挂钩。
""",
    ),
    dict(
        slug="news-provincial-print-view-no-title",
        site="湘楚网 打印预览 (invented)",
        style="打印页",
        genre="评论",
        kind="other",
        form="text",
        source="https://www.xiangchu.example.com/opinion/2025/0409/print_6612.html",
        title="让“一网通办”真正好办易办",
        record_title=None,
        date="2025-04-09",
        notes="no record title; a print preview: 打印/关闭 row, the page URL and a print time at the top, a comment's author line (meta) and the site's 版权声明 at the bottom",
        page="""
!a [打印本页]　[关闭窗口]
!m https://www.xiangchu.example.com/opinion/2025/0409/6612.html
!m 打印时间：2025/4/11 下午3:02:17
!m 湘楚网 · 评论
{T}
!m 作者：柯言　来源：湘楚网　2025-04-09
{BODY}
!d 版权声明：凡注明“来源：湘楚网”的作品，版权均属湘楚网所有，未经授权不得转载。
""",
        body="""
近年来，各地大力推进“一网通办”，不少事项实现了“网上办”“掌上办”，群众办事方便了不少。
但也要看到，一些政务服务平台还存在注册难、操作繁、系统卡等问题，有的事项虽然能在网上申请，最终还得跑现场提交纸质材料。
“一网通办”不能只看上线了多少事项，更要看群众用得顺不顺、办得成不成。
政务服务平台的设计要多站在群众角度想一想，少一些“能办”，多一些“好办”，让数据多跑路、群众少跑腿真正落到实处。
""",
    ),
    dict(
        slug="news-city-tv-site-video-transcript",
        site="沅州广播电视台网站 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yztv.example.cn/xwlb/2025/0605/3371.html",
        title="沅州市“双抢”农机作业服务队整装待发",
        record_title="【沅州新闻】沅州市“双抢”农机作业服务队整装待发",
        date="2025-06-05",
        record_date="2025-06-05",
        notes="a TV site's news item: 【栏目】 decoration, 视频加载中 and 时长 line, 记者/摄像 line, a 往期节目 list and 台标 slogan",
        page="""
!m 沅州广播电视台　沅州新闻网
!t 【沅州新闻】沅州市“双抢”农机作业服务队整装待发
!a 视频加载中…　时长 01:52　🔊
!m 记者：滕志华　摄像：何勇　编辑：李冬梅　2025-06-05
{BODY}
!l 往期节目：6月4日《沅州新闻》　6月3日《沅州新闻》
!m 沅州台 · 看见家乡
""",
        body="""
6月5日，沅州市“双抢”农机作业服务队出征仪式在市农机中心举行，二百余台收割机、插秧机整装待发。
今年市农业农村局组建了农机作业服务队十八支，将在全市开展跨区作业，帮助群众抢收早稻、抢插晚稻。
市农机中心还开通了二十四小时服务热线，为农机手提供维修和调度服务。
""",
    ),
    dict(
        slug="gov-provincial-dept-reply-letter",
        site="江岚省农业农村厅 (invented)",
        style="政府门户",
        genre="函",
        kind="other",
        form="text",
        source="http://nyt.jianglan.example.gov.cn/xxgk/jytafw/2025/0710/118.html",
        title="关于省十四届人大三次会议第0312号代表建议的答复函",
        record_title="关于省十四届人大三次会议第0312号代表建议的答复函",
        date="2025-07-10",
        record_date="2025-07-10",
        notes="a reply letter to a deputy's proposal: the 公开方式 line and the 答复类别 code (neutral), the letter's own 联系人/联系电话 and 抄送 kept, a 建议提案办理 column nav and 满意度评价 box",
        page="""
!m 江岚省农业农村厅
!l 建议提案办理｜政策解读｜政务服务
{T}
答复类别：A类
!m 公开方式：主动公开　发布日期：2025-07-10
{BODY}
!l 满意度评价：○满意　○基本满意　○不满意　提交
""",
        body="""
邹建文代表：
您提出的《关于加大高标准农田建设后期管护力度的建议》收悉。经认真研究，现答复如下。
近年来，我厅高度重视高标准农田建后管护工作，出台了高标准农田建设项目管护办法，明确了管护主体、管护责任和管护经费来源。
下一步，我们将推动各地按照每亩每年不低于二十元的标准落实管护经费，探索引入专业化管护主体。
感谢您对农业农村工作的关心和支持。
联系人：符晓东　联系电话：0731-8462017
江岚省农业农村厅
2025年7月10日
抄送：省人大常委会选举任免联络工作委员会，省人民政府办公厅。
""",
    ),
    dict(
        slug="news-portal-commentary-hot-list-glued",
        site="新闻天下网 (invented)",
        style="新闻门户",
        genre="评论",
        kind="other",
        form="text",
        source="https://news.xwtianxia.example.com/2025/0917/a8812.html",
        title="年轻干部要过好“三关”",
        record_title="年轻干部要过好“三关”|新闻天下",
        date="2025-09-17",
        record_date="2025-09-17",
        notes="a news portal: a 24小时热榜 list glued after the last paragraph, a 声明 that the comment is the author's opinion, a 纠错 mail; title with |site",
        page="""
!m 新闻天下网 — 评论频道
!t 年轻干部要过好“三关”|新闻天下
!m 2025-09-17 06:40:12　来源：新闻天下网　作者：秦小川
{BODY}⟦l 　24小时热榜：1.多地出台育儿补贴新政 2.秋粮收获进度过半⟧
!d 声明：本文仅代表作者观点，不代表新闻天下网立场。
!w 纠错邮箱：jiucuo@xwtianxia.example.com
""",
        body="""
年轻干部是事业发展的生力军，要成长为可堪大用、能担重任的栋梁之才，必须过好“三关”。
一是过好理想信念关。理想信念是干部的“总开关”，年轻干部要在学思践悟中筑牢信仰之基。
二是过好实践历练关。温室里长不成参天大树，年轻干部要主动到基层一线和艰苦地区经风雨、见世面。
三是过好廉洁自律关。要慎初慎微，扣好廉洁从政的“第一粒扣子”。
""",
    ),
    dict(
        slug="gov-town-news-wrapped-gap-paragraphs",
        site="凉亭乡人民政府 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.liangtingxiang.example.gov.cn/xzdt/2025/0412/66.html",
        title="凉亭乡开展春季植树造林活动",
        record_title=None,
        date="2025-04-12",
        notes="no record title; wrapped at 56 columns with blank lines between paragraphs; a 发布时间 line in a new form (【发布时间】2025年04月12日); a 乡情简介 box at the bottom",
        wrap=56,
        gap=True,
        indent="\u3000\u3000",
        page="""
!m 凉亭乡人民政府
!m 乡镇动态
{T}
!m 【发布时间】2025年04月12日　【来源】乡党政办
{BODY}
!l 【乡情简介】凉亭乡位于县境东部，辖12个村，总人口2.3万人。
!m 凉亭乡人民政府主办　联系电话：0739-5610021
""",
        body="""
4月11日，凉亭乡组织乡村两级干部、党员志愿者和群众三百余人，在凉亭河两岸开展春季植树造林活动。
活动现场，大家分工协作，挖坑、扶苗、培土、浇水，一派热火朝天的景象。当天共栽种香樟、桂花等苗木一千八百余株。
今年以来，凉亭乡结合林长制工作，已完成植树造林一千二百亩，乡村绿化覆盖率进一步提升。
""",
    ),
    dict(
        slug="news-rural-paper-epaper-column",
        site="田园报数字报 (invented)",
        style="新闻门户",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://epaper.tianyuanbao.example.com/html/2025-05/20/content_3321.htm",
        title="小农户如何搭上现代农业快车——来自宁川县的调查",
        record_title="小农户如何搭上现代农业快车——来自宁川县的调查",
        date="2025-05-20",
        record_date="2025-05-20",
        notes="a digital newspaper: 第03版 and 版面导航 lines, 上一版/下一版, 放大/缩小 tools, a 本版责编 line; the report's own subheads kept",
        page="""
!m 田园报　2025年05月20日　星期二　第03版：三农观察
!a 放大+　缩小-　默认　PDF版
{T}
!m 本报记者　钟雪梅
{BODY}
!m 本版责编：韩冰　美编：刘晴
!l ◀上一版　版面导航　下一版▶
""",
        body="""
小农户是我国农业经营的基本面。如何让小农户搭上现代农业发展的快车？记者近日在宁川县进行了调查。
托管服务解难题
宁川县大力发展农业生产托管服务，全县组建托管服务组织八十六家，托管面积达到四十二万亩，小农户每亩节本增收一百五十元左右。
合作联社聚合力
该县还引导合作社组建联合社，统一品种、统一标准、统一品牌，小农户的农产品卖上了好价钱。
""",
    ),
    dict(
        slug="gov-county-speech-speaker-date-lines",
        site="石门县政府网 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.shimenxian.example.gov.cn/ldjh/2025/0226/7.html",
        title="在全县优化营商环境大会上的讲话",
        record_title="县长：在全县优化营商环境大会上的讲话",
        date="2025-02-25",
        notes="a county speech page: speaker and date lines under the title (neutral), a 领导之窗 nav, a 保护视力色 colour switch, a 打印/关闭 row and a 政府网站标识码",
        page="""
!m 石门县政府网
!l 领导之窗 > 领导讲话
!a 保护视力色：■ ■ ■ ■
!t 县长：在全县优化营商环境大会上的讲话
县长　谭志国
（2025年2月25日）
{BODY}
!a 【打印】【关闭】
!m 政府网站标识码：4307260001　湘公网安备43072602000101号
""",
        body="""
同志们：
今天召开全县优化营商环境大会，就是要进一步统一思想，持续打造一流营商环境。
过去一年，全县新登记市场主体五千二百户，同比增长百分之十四，营商环境评价排名全市第三。
今年，我们要在政务服务、要素保障、法治环境三个方面下功夫，让企业在石门投资放心、发展安心。
同志们，营商环境没有最好，只有更好。希望大家拿出新的状态、新的作为，推动全县营商环境再上新台阶。
""",
    ),
]
