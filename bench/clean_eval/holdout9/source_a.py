"""Holdout9, part A: agencies no earlier part imitated — a provincial development-and-reform
commission, an audit office, a natural-resources bureau's land notice, a transport bureau,
a health commission's epidemic notice, a market-supervision recall, a township's 政务公开
column and an industrial park's management committee. Written blind (README, build.py,
clean_score.py --help, dev's sources and issue 13 only). Everything is invented: places,
people, numbers, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="drc-jiangling-notice-index-table-banji",
        site="江岭省发展和改革委员会 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://fgw.jiangling.example.gov.cn/xxgk/tzgg/202508/t20250814_90417.html",
        title="关于组织申报2026年省级重点建设项目的通知",
        record_title="关于组织申报2026年省级重点建设项目的通知_通知公告_江岭省发展和改革委员会",
        record_date="2025-08-14",
        date="2025-08-14",
        notes="decorated record title _column_site; an index table of meta lines above; font-size row glued to a body line's end after 。; the document's 附件 list, 联系人/电话 and 抄送/印发 版记 stay",
        page="""
!m 江岭省发展和改革委员会
!m 您所在的位置：委门户 ＞ 信息公开 ＞ 通知公告
!m 索引号：JLFGW-2025-0871　　主题分类：固定资产投资
!m 发文机构：省发展改革委　　成文日期：2025-08-12
{T}
!m 江发改投资〔2025〕214号
{BODY}
!a 扫一扫，在手机上查看本页
!l 相关解读：一图读懂省级重点建设项目申报要点
!l 关联文件：江岭省省级重点建设项目管理办法
!m 江岭省发展和改革委员会主办　网站标识码 4300000027
!m 江ICP备05011827号
""",
        body="""
各市州发展改革委，省直有关单位：
为做好2026年省级重点建设项目谋划储备工作，现就有关事项通知如下。⟦a 字号：【大】【中】【小】⟧
一、申报范围
申报项目应符合国家和省产业政策，总投资原则上不低于5亿元，2026年底前能够开工建设或续建。
二、申报程序
各市州发展改革委负责汇总审核本地区项目，省直有关单位负责本系统项目，统一通过省投资项目在线审批监管平台填报。
三、时间要求
请于2025年9月30日前报送申报材料，逾期不予受理。
联系人：贺敏　电话：0731-8569 2241
附件：1.2026年省级重点建设项目申报表
2.项目前期工作进展情况说明
江岭省发展和改革委员会
2025年8月12日
抄送：省政府办公厅，省财政厅，省自然资源厅。
江岭省发展和改革委员会办公室　2025年8月14日印发
""",
    ),
    dict(
        slug="audit-heting-result-table-html",
        site="鹤汀市审计局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://sjj.heting.example.gov.cn/sjgg/2025/0801/4410.html",
        title="鹤汀市2024年度市本级预算执行审计结果公告",
        date="2025-07-30",
        date_also=["2025-08-01"],
        notes="HTML: record title as the expected title, no record date; the date under the signature (成文日期) or the page's 发布时间; a data table whose rows are body paragraphs; a related box between two body paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>鹤汀市2024年度市本级预算执行审计结果公告-鹤汀市审计局</title></head><body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦a 登录⟧</div>
<div class="nav">⟦m 首页　审计动态　审计公告　政策法规　互动交流⟧</div>
<div class="crumb">⟦m 首页 » 审计公告 » 结果公告⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 发布时间：2025-08-01　浏览量：1732　来源：市审计局⟧</div>
<div class="con">
{BODY}
</div>
<div class="tools">⟦a 【打印正文】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="foot"><p>⟦m 鹤汀市审计局　地址：鹤汀市云阶路17号　联系电话：0739-5218820⟧</p><p>⟦d 本网站所有内容未经许可不得转载或镜像⟧</p></div>
</body></html>
""",
        body="""
根据《中华人民共和国审计法》第三十四条的规定，现将鹤汀市2024年度市本级预算执行审计结果公告如下。
一、基本情况
2024年，市本级一般公共预算收入完成38.6亿元，为预算的101.3%；一般公共预算支出完成61.2亿元，为调整预算的96.8%。
二、审计发现的主要问题
审计抽查了市本级12个部门，主要问题见下表。
序号　问题类型　涉及金额（万元）
1　预算编制不够细化　2360
2　结余资金未及时盘活　1185
3　政府采购程序不规范　412
⟦l 延伸阅读：审计整改“回头看”工作启动⟧
三、审计处理及整改情况
对审计发现的问题，市审计局已依法出具审计报告，有关部门正在整改，具体整改情况由被审计单位自行公告。
鹤汀市审计局
2025年7月30日
""",
    ),
    dict(
        slug="natres-yingshui-land-notice-wrapped-cn-date",
        site="潆水县自然资源局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zrzyj.yingshui.example.gov.cn/tdgl/zsgg/202506/t20250610_2231.html",
        title="潆水县人民政府土地征收预公告",
        record_title=None,
        date="2025-06-09",
        notes="no record title; a land notice hard-wrapped at 70 columns; the date under the signature in Chinese numerals; the notice's own table of parcels and its contact line stay; chrome glued at a body line's start",
        indent="\u3000\u3000",
        wrap=70,
        page="""
!m 潆水县自然资源局　|　土地管理
!m 当前栏目：征地信息 > 征收预公告
{T}
!m 潆政征预〔2025〕9号
{BODY}
!a 〖打印〗　〖关闭〗　〖返回顶部〗
!l 上一条：潆水县2025年第三批次城镇建设用地报批公示
!l 下一条：关于枫渡镇部分集体土地确权登记结果的公示
!m 潆水县自然资源局版权所有　技术支持：潆水县信息中心
""",
        body="""
因潆水县城北片区学校建设需要，拟征收枫渡镇鲤塘村、沙湾村部分集体土地，根据《中华人民共和国土地管理法》第四十七条的规定，现将有关事项预公告如下。
一、征收范围：鲤塘村第三、第四村民小组，沙湾村第七村民小组，拟征收土地面积约6.82公顷，具体以勘测定界成果为准。
二、土地现状调查：自本公告发布之日起，县自然资源局会同枫渡镇人民政府开展土地现状调查，请土地所有权人、使用权人予以配合。
⟦m 信息来源：县征地服务中心⟧三、在拟征收范围内，自本公告发布之日起，任何单位和个人不得抢栽抢建，违反规定抢栽抢建的，对抢栽抢建部分不予补偿。
四、本公告张贴期限为十个工作日，如有疑问，请在公告期内向枫渡镇人民政府咨询。
联系人：龙建峰　联系电话：0744-6320519
潆水县人民政府
二〇二五年六月九日
""",
    ),
    dict(
        slug="transport-yunjiang-holiday-notice-qr-html",
        site="沄江市交通运输局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://jtj.yunjiang.example.gov.cn/tzgg/2025/0926/1187.html",
        title="关于2025年国庆中秋假期道路出行安全的通告",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="HTML: the record gives the plain title; the notice tells readers to 扫码 and 关注 its account and gives its own hotline (stay); the site's 手机版, a hot-topic box and a footer with an ICP and police number",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年国庆中秋假期道路出行安全的通告 | 沄江交通</title></head><body>
<header><span>⟦m 沄江市交通运输局⟧</span> <a>⟦a 手机版⟧</a> <a>⟦a 繁體⟧</a></header>
<nav>⟦m 机构概况　交通要闻　通知公告　公路水运　政务服务⟧</nav>
<article>
<h1>{T}</h1>
<div class="sub">⟦m 2025-09-26 17:40　作者：运输服务科　阅读：4215⟧</div>
{BODY}
</article>
<aside><h4>⟦l 热点专题⟧</h4><ul><li>⟦l 交通运输安全生产治本攻坚三年行动⟧</li><li>⟦l 城乡客运一体化示范创建⟧</li></ul></aside>
<footer><p>⟦m 主办单位：沄江市交通运输局⟧</p><p>⟦m 沄ICP备10002187号　沄公网安备 45010202000311号⟧</p></footer>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
2025年国庆中秋假期为10月1日至8日，预计全市道路客流量将比去年同期增长8%左右。为保障广大群众安全有序出行，现将有关事项通告如下。
一、假期期间，7座以下（含7座）小型客车通行收费公路免收车辆通行费，免费时段为10月1日0时至10月8日24时。
二、预计10月1日上午、10月8日下午为出行高峰，沄渡大桥、西环高速收费站等路段车流量较大，请合理安排出行时间。
三、请广大驾乘人员遵守交通法规，不超速、不超员、不疲劳驾驶，途中注意休息。
四、出行前可扫描本通告下方二维码，关注“沄江交通”公众号查询实时路况；遇到道路问题，请拨打交通运输服务热线12328。
沄江市交通运输局
2025年9月26日
""",
    ),
    dict(
        slug="health-tangyin-flu-notice-decorated",
        site="棠阴县卫生健康委员会 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wjw.tangyin.example.gov.cn/jkts/202412/t20241203_551.html",
        title="关于做好今冬明春流感等呼吸道传染病防控工作的通知",
        record_title="【健康提示】关于做好今冬明春流感等呼吸道传染病防控工作的通知（转发）",
        date="2024-12-02",
        notes="decorated record title 【…】…（转发）; numbered items 1. 2. 3., a slogan line and the commission's fever-clinic phones stay; a reprint notice and a 'was this helpful' row at the bottom; the title repeated with 【健康提示】",
        page="""
!m 棠阴县卫生健康委员会
!m 首页 / 健康提示 / 疾病预防
!t 【健康提示】关于做好今冬明春流感等呼吸道传染病防控工作的通知
!m 日期：2024-12-03　点击数：908　字体：大 中 小
{BODY}
!d 转载本站文章请注明出处，违者必究。
!l 此信息对您有帮助吗？　有用（12）　没用（0）
!l 【上一则】棠阴县开展“世界艾滋病日”宣传活动
!l 【下一则】冬季一氧化碳中毒预防小贴士
""",
        body="""
各乡镇卫生院，县直各医疗卫生单位：
进入冬季以来，我县流感样病例报告数呈上升趋势，学校、养老机构等重点场所聚集性疫情风险加大。为切实做好今冬明春呼吸道传染病防控工作，现将有关要求通知如下。
1.加强监测预警。各单位要落实传染病报告制度，发现聚集性病例要在2小时内报告县疾控中心。
2.做好医疗救治。各医疗机构要开足发热门诊，合理调配医护力量，优先保障老年人、儿童和慢性病患者就诊。
3.推进疫苗接种。各接种单位要延长服务时间，为60岁以上老年人和在校学生提供便捷的接种服务。
4.开展健康宣传。通过村广播、微信群等渠道宣传防护知识，引导群众养成良好卫生习惯。
勤洗手　常通风　少聚集　科学戴口罩
县人民医院发热门诊电话：0745-7261120
县中医医院发热门诊电话：0745-7263305
棠阴县卫生健康委员会
2024年12月2日
""",
    ),
    dict(
        slug="samr-xiuchuan-recall-table-hotline-html",
        site="岫川市市场监督管理局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://scjgj.xiuchuan.example.gov.cn/cpzl/zhgg/2025/0415/309.html",
        title="岫川童乐玩具有限公司召回部分儿童滑板车",
        record_title="岫川童乐玩具有限公司召回部分儿童滑板车 - 缺陷产品召回 - 岫川市场监管",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="HTML recall notice: record title - column - site; the recall's model table and the firm's free hotline stay; a 'recall inquiry' button, a consumer-complaint banner and a QR follow prompt are chrome; a share bar glued after a body sentence",
        page="""
<html><head><meta charset="utf-8"><title>岫川童乐玩具有限公司召回部分儿童滑板车 - 缺陷产品召回 - 岫川市场监管</title></head><body>
<div class="hd">⟦m 岫川市市场监督管理局⟧ <span>⟦m 守护消费安全　服务市场主体⟧</span></div>
<div class="loc">⟦m 位置：首页 ＞ 产品质量 ＞ 缺陷产品召回⟧</div>
<div class="title">{T}</div>
<div class="meta">⟦m 信息来源：产品质量安全监督管理科　　时间：2025年04月15日⟧</div>
<div class="content">
{BODY}
</div>
<div class="btns"><a>⟦a 召回信息查询⟧</a> <a>⟦a 我要投诉⟧</a></div>
<div class="banner">⟦w 消费维权请拨打 12315　全天候受理⟧</div>
<div class="qr">⟦a 微信扫一扫　关注岫川市场监管⟧</div>
<div class="ft">⟦d Copyright 2025 岫川市市场监督管理局 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
近日，岫川童乐玩具有限公司根据《消费品召回管理暂行规定》的要求，向市市场监督管理局备案了召回计划。自即日起，召回以下儿童滑板车。
产品名称　型号　生产日期　数量（台）
三轮折叠滑板车　TL-S30　2024年3月至2024年9月　4120
闪光轮滑板车　TL-S32　2024年5月至2024年10月　2675
本次召回范围内的产品，由于前轮支架焊接强度不足，儿童使用过程中支架可能断裂，存在摔倒受伤的安全隐患。⟦l 分享：微信　朋友圈　微博⟧
岫川童乐玩具有限公司将为召回范围内的产品免费更换加强型前轮支架。
用户可拨打公司免费服务热线400-886-2130，或登录公司官方网站了解本次召回的详细信息。
在召回实施前，请用户暂停使用上述产品。
""",
    ),
    dict(
        slug="township-zhuxi-gongkai-summary-index",
        site="苎溪乡人民政府政务公开 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zhuxi.example.gov.cn/zwgk/ghzj/202507/t20250709_118.html",
        title="苎溪乡2025年上半年工作总结",
        record_title=None,
        date="2025-07-08",
        notes="no record title; a township's 政务公开 column with its index block (索引号, 公开方式, 公开范围); a related-file line between two body paragraphs; the summary's data and its decimal-free numbered parts stay",
        indent="\u3000\u3000",
        page="""
!m 苎溪乡人民政府
!m 政务公开 › 规划计划 › 工作总结
!m 索引号：431128-01-2025-0042
!m 公开方式：主动公开　　公开范围：全部公开　　公开时限：长期公开
{T}
{BODY}
!a 【我要纠错】　【打印此页】　【关闭】
!m 苎溪乡人民政府办公室　电话：0746-4530021
""",
        body="""
今年以来，苎溪乡在县委、县政府的坚强领导下，紧扣年初确定的目标任务，稳增长、抓项目、惠民生，各项工作取得阶段性成效。
一、主要经济指标
上半年完成固定资产投资1.36亿元，同比增长9.4%；新增市场主体87户；农村居民人均可支配收入10120元，同比增长6.8%。
二、重点工作推进情况
油茶产业扩面提质，新造油茶林1200亩，低改2300亩；苎溪至枫渡公路提质改造项目完成路基工程的七成。
⟦l 相关文件：苎溪乡2025年政府工作报告⟧
三、民生保障
发放各类惠民补贴资金486万元，完成农村危房改造14户，乡卫生院新增康复理疗科室一个。
四、存在的问题
项目储备不足，招商引资成效不明显，部分村集体经济收入来源单一。
下半年，我乡将紧盯全年目标，细化工作措施，确保各项任务圆满完成。
苎溪乡人民政府
2025年7月8日
""",
    ),
    dict(
        slug="park-zhizhou-admin-news-publish-line-html",
        site="芷洲高新技术产业园区管理委员会 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://gxq.zhizhou.example.gov.cn/yqdt/2025/0522/6618.html",
        title="园区召开重点项目建设推进会",
        date="2025-05-21",
        date_also=["2025-05-22"],
        notes="HTML news of a park's management committee: the record gives the plain title; the date from the news lead or the page's 发布时间; an investment-hotline float box, a 'more news' list and glued editor line after the last sentence",
        page="""
<html><head><meta charset="utf-8"><title>园区召开重点项目建设推进会-芷洲高新区管委会</title></head><body>
<div id="top">⟦m 芷洲高新技术产业园区管理委员会⟧</div>
<div id="menu">⟦m 园区概况 | 园区动态 | 招商引资 | 企业服务 | 党建工作⟧</div>
<div id="main">
<h3>{T}</h3>
<p class="info">⟦m 发布时间：2025-05-22 09:15　　来源：园区办公室　　【字号 大 中 小】⟧</p>
{BODY}
</div>
<div id="float">⟦w 招商热线 0746-8812888　投资咨询请留言⟧</div>
<div id="more"><b>⟦l 更多动态⟧</b><p>⟦l 园区获评省级绿色工业园区⟧</p><p>⟦l 新能源装备产业园一期封顶⟧</p></div>
<div id="foot">⟦m 管委会地址：芷洲区科创大道1号　邮编：425000⟧</div>
</body></html>
""",
        body="""
5月21日下午，园区召开重点项目建设推进会，调度1至4月份项目建设情况，部署下一阶段工作。管委会主任郑远航出席并讲话。
会上，规划建设局通报了全园区二十六个重点项目的进展情况，八家项目业主单位作了发言，逐一梳理了用地、用电、融资等方面的困难。
郑远航指出，当前项目建设已进入施工黄金期，各部门要实行“一个项目、一名领导、一个专班”的工作机制，倒排工期、挂图作战。
会议要求，对项目推进中遇到的问题实行清单管理，能当场解决的当场解决，不能当场解决的限期办结，确保上半年重点项目投资完成率不低于百分之五十五。⟦m （责任编辑：聂小舟）⟧
""",
    ),
]
