"""holdout156, part F: late spring cold (倒春寒) and saltwater intrusion / coastal erosion (海水入侵、海岸侵蚀). Invented text."""

CASES = [
    dict(
        slug="print-nongye-springcold-notice-html",
        site="茈湖县农业农村局打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://nyj.cihu.gov.cn/print/content_20250326_3381.html",
        title="茈湖县农业农村局关于防御“倒春寒”确保春播安全的通知",
        date="2025-03-26",
        notes="print view HTML; print stamp and URL lines are meta; signature date",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 茈湖县农业农村局</title><style>body{font-size:16px}</style></head><body onload="window.print()">
<div class="pr-top">⟦m 茈湖县农业农村局　网页打印⟧</div>
<div class="pr-url">⟦m 原文链接：http://nyj.cihu.gov.cn/zwgk/tzgg/content_20250326_3381.html⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pr-bot">⟦m 打印日期：2025年4月2日⟧　⟦a [打印本页]　[关闭窗口]⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府：
据县气象台预报，3月28日至31日我县将出现明显降温，最低气温降至零下2摄氏度，可能形成“倒春寒”。为减轻低温对春播和早春作物的影响，现通知如下：
一、推迟早稻播种。未播种的地块适当推迟至冷空气过后抢晴播种。
二、加强苗床管理。已播种的秧田要做好覆膜保温，夜间灌深水护苗。
三、做好果树防冻。茶园、果园可采取覆盖、熏烟等措施，减轻冻害。
茈湖县农业农村局
2025年3月26日
""",
    ),
    dict(
        slug="print-chaye-springcold-plan",
        site="芙蓉岭茶业公司内部打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.furongling-tea.com/print.php?aid=209",
        title="芙蓉岭茶场2025年茶园防御倒春寒应急方案",
        date="2025-02-25",
        notes="text print page; printed-from URL and print time are chrome; decimal headings",
        page="""
!m 芙蓉岭茶业 ·打印版·
!m 页面来源：www.furongling-tea.com/news/show.php?aid=209
{T}
{BODY}
!m 打印于 2025/3/14 上午 09:12:40
!a 【返回原文】
""",
        body="""
1　目的
为防止早春低温冻害影响名优茶采摘，特制定本方案。
2　预警与准备
2.1　生产部每日关注气象预报，最低气温低于2摄氏度时发布内部预警。
2.2　各片区提前备足遮阳网、稻草等覆盖物。
3　应急措施
3.1　预警发布后，当天傍晚前完成重点茶园覆盖。
3.2　冻害发生后，及时修剪受冻枝叶，增施速效肥。
芙蓉岭茶场生产部
2025年2月25日
""",
    ),
    dict(
        slug="mailfwd-qixiang-springcold-bulletin",
        site="邮件转发 (invented mail)",
        style="邮件转发",
        genre="通报",
        kind="bulletin",
        form="text",
        source="mailto:fwd-qxt-0409@mail.invalid",
        title="茈湖县“倒春寒”天气过程农业气象灾情通报",
        date="2025-04-09",
        notes="forwarded mail, quoted headers with > prefixes; data table kept; mail client footer",
        page="""
!m 发件人: 县农技站 李丰 <lifeng@cihu-nj.invalid>
!m 日期: 2025年4月10日 8:35
!m 主题: Fwd: 茈湖县“倒春寒”天气过程农业气象灾情通报
!m 收件人: 各乡镇农业服务中心
!m > 转发自：茈湖县气象台
{T}
{BODY}
!a 从我的手机邮箱发送
!d 本邮件仅供收件人使用，未经许可请勿转发。
""",
        body="""
3月29日至4月1日，我县出现一次明显的“倒春寒”天气过程，过程最低气温零下1.8摄氏度，出现在4月1日清晨。
据初步统计，全县受灾情况如下：
作物　受灾面积（亩）　成灾面积（亩）
早稻秧苗　3200　450
茶叶　5800　1300
油菜　2100　0
建议各地抓紧开展灾后补种和茶园修剪。
茈湖县气象台
2025年4月9日
""",
    ),
    dict(
        slug="mailfwd-haian-erosion-letter-html",
        site="邮件转发 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://webmail.cangshan.gov.invalid/read?mid=77120",
        title="关于报送海岸侵蚀监测点位调整意见的函",
        date="2025-05-08",
        notes="webmail HTML view; mail header table; attachment list kept; document's contact kept",
        page="""
<html><head><meta charset="utf-8"><title>邮件 - 关于报送海岸侵蚀监测点位调整意见的函</title></head><body>
<div class="mail-toolbar">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<table class="mail-head">
<tr><td>⟦m 发件人：苍杉市海洋监测中心 &lt;hyjc@cangshan.gov.invalid&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年5月8日(星期四) 下午3:20⟧</td></tr>
<tr><td>⟦m 收件人：沿海各区县自然资源局⟧</td></tr>
</table>
<div class="mail-body">
<p>{T}</p>
{BODY}
</div>
<div class="mail-att">⟦l 附件(1)：监测点位调整意见表.xlsx (18K)　预览　下载⟧</div>
</body></html>
""",
        body="""
沿海各区县自然资源局：
为进一步优化全市海岸侵蚀监测网络，请各单位结合近年岸线变化情况，提出监测点位调整意见，于5月20日前报送我中心。
附件：监测点位调整意见表
联系人：沈涛　电话：0898-6627015
苍杉市海洋监测中心
2025年5月8日
""",
    ),
    dict(
        slug="gov-binhai-saltwater-plan-html",
        site="苍杉市滨海区人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.bhq.cangshan.gov.cn/xxgk/ghjh/202504/t20250415_20931.html",
        title="滨海区海水入侵防治工作方案（2025—2027年）",
        date="2025-04-11",
        date_also=["2025-04-15"],
        notes="gov info table (索引号, 成文日期, 发布日期); document number neutral; glued site chrome inside body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>滨海区海水入侵防治工作方案（2025—2027年）_苍杉市滨海区人民政府</title></head><body>
<div class="gov-top">⟦m 苍杉市滨海区人民政府⟧　⟦a 简体　繁體　English⟧</div>
<div class="gov-nav">⟦m 首页　今日滨海　政府信息公开　政务服务　互动交流⟧</div>
<div class="gov-loc">⟦m 首页 &gt; 政府信息公开 &gt; 规划计划⟧</div>
<table class="gk">
<tr><td>⟦m 索引号：000014349/2025-00212⟧</td><td>⟦m 成文日期：2025-04-11⟧</td></tr>
<tr><td>⟦m 发布机构：滨海区人民政府办公室⟧</td><td>⟦m 发布日期：2025-04-15⟧</td></tr>
</table>
<h1>{T}</h1>
<p class="wh">滨政办〔2025〕8号</p>
{BODY}
<div class="gov-tool">⟦a 【打印正文】　【收藏】　【关闭】⟧</div>
<div class="gov-foot">⟦m 滨海区人民政府办公室主办　琼ICP备05001637号⟧</div>
</body></html>
""",
        body="""
为遏制海水入侵加剧趋势，保护地下淡水资源，结合我区实际，制定本方案。
一、工作目标
到2027年，全区地下水超采区全部实现采补平衡，海水入侵面积不再扩大。
二、主要任务
（一）严控地下水开采。沿海5公里范围内禁止新增地下水取水井，现有自备井分批关停。⟦l 〔相关解读：一图读懂本方案〕⟧
（二）实施地表水替代。建设区域供水管网，为沿海村庄和企业提供替代水源。
（三）加强监测预警。新建地下水水质监测井12眼，每季度发布监测结果。
三、保障措施
各镇街和区直有关部门要按照职责分工抓好落实，每年12月底前报送工作进展。
""",
    ),
    dict(
        slug="fanwen-haiyang-erosion-report-title-glued",
        site="海语范文网 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.haiyufw.com/diaoyan/2024/1203_6617.html",
        title="关于我市砂质海岸侵蚀情况的调研报告",
        record_title="关于我市砂质海岸侵蚀情况的调研报告（最新）",
        date="2024-11-28",
        notes="title glued to the first sentence; decorated record; consult contact chrome; signature date",
        page="""
!m 海语范文网　写作从此不发愁
!m 当前：首页 » 调研报告 » 资源环境
!m 作者：佚名　来源：网友投稿　更新：2024-12-03
{T}{BODY}
!w 原创材料定制，加微信 haiyu_wenmi 咨询
!l 下一篇：关于海洋垃圾治理情况的调研报告
""",
        indent="",
        body="""
为摸清我市砂质海岸侵蚀现状，市人大城建环资委于今年10月组织专题调研。
调研组实地查看了7处重点岸段。监测数据显示，近十年我市砂质海岸年均后退0.8米，局部岸段超过2米。
造成侵蚀的原因主要有：河流入海泥沙减少、海岸工程阻断沿岸输沙、风暴潮频次增加等。
建议加快实施海滩养护修复工程，严格控制新建海岸工程，并建立岸线长期监测制度。
苍杉市人大城建环资委调研组
2024年11月28日
""",
    ),
    dict(
        slug="wenku-yunhai-saltwater-summary-markers",
        site="云海文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yunhaiwk.net/d/88201553.html",
        title="沿海镇2024年地下水压采和海水入侵防治工作总结",
        record_title="沿海镇2024年地下水压采和海水入侵防治工作总结.pdf",
        date="2024-12-20",
        notes="file-name record; page markers on their own lines and glued (mix); Chinese-numeral date",
        page="""
!m 云海文库 > 资源环境 > 水资源
!t 沿海镇2024年地下水压采和海水入侵防治工作总结.pdf
!m 共3页　|　阅读券1张
{BODY}
!a 余下内容请下载后查看
!l 你可能喜欢：地下水监测井管理办法｜农村饮水工程运行维护总结
""",
        indent="　　",
        pages=dict(fmt="Page {n}", every=120, start=2, glue="mix"),
        body="""
2024年，我镇认真落实地下水压采任务，全年关停农业自备井46眼，压减地下水开采量约62万立方米。
一是推进水源替代。新建镇级供水管网18公里，沿海9个村全部接入区域供水。
二是发展节水农业。推广滴灌、喷灌等高效节水灌溉面积3400亩。
三是加强宣传引导。在各村张贴节水公告，开展入户宣传2600余户。
明年，我镇将继续加大压采力度，确保完成区下达的年度任务。
苍杉市滨海区海宁镇人民政府
二〇二四年十二月二十日
""",
    ),
    dict(
        slug="news-cangshan-erosion-news-html",
        site="苍杉新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cangshannews.cn/bendi/2025-06/12/content_44108.html",
        title="金沙湾海滩修复工程完工　岸线向海推进30米",
        date="2025-06-12",
        notes="news portal; 发布时间 line; related box between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>金沙湾海滩修复工程完工　岸线向海推进30米-苍杉新闻网</title></head><body>
<div class="top">⟦m 苍杉新闻网　苍杉市重点新闻网站⟧</div>
<div class="nav">⟦m 本地　时政　经济　文旅　视频⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 发布时间：2025-06-12 09:30　来源：苍杉日报⟧</div>
{BODY}
<div class="edit">⟦m 责任编辑：邢月⟧</div>
<div class="xg">⟦l 相关新闻：⟧<a>⟦l 滨海区启动岸线整治三年行动⟧</a></div>
<div class="copy">⟦d 凡本网注明“来源：苍杉新闻网”的作品，版权均属苍杉新闻网所有。⟧</div>
</body></html>
""",
        body="""
记者日前从市自然资源和规划局获悉，金沙湾海滩修复工程已全部完工。
该工程历时10个月，累计补沙42万立方米，修复岸线2.3公里，海滩平均向海推进约30米。
⟦l 延伸阅读｜海滩“长胖”了，游客怎么看？⟧
市自然资源和规划局相关负责人表示，下一步将开展跟踪监测，评估修复效果，为其他岸段修复积累经验。
""",
    ),
    dict(
        slug="wechat-haiyang-erosion-mirror-speech",
        site="苍杉海洋 公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wx.mirrorsite.net/s/CangshanHaiyang_0606",
        title="在2025年世界海洋日主题活动上的致辞",
        date="2025-06-08",
        notes="WeChat mirror; date under the title; account header and follow/like tail",
        page="""
!m 苍杉海洋
!m 2025年6月8日 19:02 海南
{T}
（2025年6月8日）
苍杉市自然资源和规划局局长　符海兰
{BODY}
!l 推荐阅读　→　“守护蓝色海岸”摄影大赛获奖作品展
!a 喜欢此内容的人还喜欢　|　点击“阅读原文”了解更多
!a 分享　点赞　在看
""",
        body="""
各位来宾，朋友们：
今天是第十七个世界海洋日。我们在金沙湾相聚，共同见证修复后的海滩重新焕发生机。
我市海岸线长，砂质海岸占比高，防治海岸侵蚀、海水入侵是我们必须长期坚持的工作。
希望社会各界共同参与，守护好我们的蓝色家园。
谢谢大家！
""",
    ),
    dict(
        slug="dangjian-shuiwu-saltwater-summary",
        site="苍杉水务党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.csswj.cn/zbfc/2025/0110/289.html",
        title="地下水管理科党支部2024年度工作总结",
        date="2025-01-10",
        notes="Party site text page; signature date; glued action chrome after a sentence",
        page="""
!m 苍杉水务党建　|　支部风采
!m 首页 · 支部风采 · 年度总结
{T}
!m 信息员：黎晓　浏览：96
{BODY}
!a 〖收藏本文〗〖打印〗〖返回顶部〗
!m 中共苍杉市水务局机关委员会　主办
""",
        body="""
2024年，支部坚持党建与业务深度融合，围绕地下水压采和海水入侵防治中心工作，发挥党员先锋模范作用。
支部组织党员深入沿海村庄开展监测井巡查32次，⟦a 【点此阅读巡查日志】⟧推动问题整改19项。
开展“党员进村讲节水”活动8场，受益群众1500余人。
2025年，支部将继续以党建引领业务，助力地下水保护工作再上新台阶。
地下水管理科党支部
2025年1月10日
""",
    ),
    dict(
        slug="oa-haibao-springcold-insurance-notice",
        site="苍杉农险公司内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://portal.csnx.local/gw/view.jsp?docid=2025-0330-07",
        title="关于做好“倒春寒”灾害农业保险查勘理赔工作的通知",
        date="2025-03-30",
        notes="intranet HTML; document approval table; read counts; document number neutral",
        page="""
<html><head><meta charset="utf-8"><title>公文查看</title></head><body>
<div class="oa-head">⟦m 苍杉农险公司综合办公门户⟧　⟦a 退出登录⟧</div>
<div class="oa-path">⟦m 公文中心 &gt; 收文 &gt; 正文查看⟧</div>
<table class="oa-meta"><tr><td>⟦m 拟稿部门：农险业务部⟧</td><td>⟦m 紧急程度：特急⟧</td></tr></table>
<h2>{T}</h2>
<p>苍农险发〔2025〕21号</p>
{BODY}
<div class="oa-log">⟦m 阅读记录：已阅 63 人⟧　⟦a [下载正文] [打印]⟧</div>
</body></html>
""",
        body="""
各县支公司：
3月28日以来，我市出现“倒春寒”天气，部分地区茶叶、果树和早稻秧苗受冻。为做好查勘理赔工作，现通知如下：
一、接到报案后24小时内完成查勘，做到应赔尽赔、快赔。
二、对受灾集中区域开展集中查勘，必要时使用无人机航拍定损。
三、各支公司每日17时前上报报案和查勘进度。
农险业务部
2025年3月30日
""",
    ),
    dict(
        slug="localforum-cihu-springcold-tea-post",
        site="茈湖论坛 (invented)",
        style="地方论坛",
        genre="新闻",
        kind="post",
        form="text",
        source="http://bbs.cihu365.com/thread-41129-1-1.html",
        title="倒春寒来了，茶农们连夜给茶园“盖被子”",
        date="2025-03-28",
        notes="local forum; post time is the date; hot-thread list chrome",
        page="""
!m 茈湖论坛 › 茈湖新鲜事
!m 发帖人：茶乡阿明　|　2025-03-28 23:48　|　查看 1502　回复 36
{T}
{BODY}
!l 【热帖】茈湖今年第一批明前茶开采了
!l 【热帖】城东菜市场改造完工
!a 回帖请先 登录 或 注册
""",
        body="""
今晚气温降得厉害，我们村的茶农都在茶园里忙着盖遮阳网。
老杨说，明前茶刚冒芽，要是被冻一下，今年头茬茶就泡汤了。
镇农技站的技术员也来了，挨家挨户教大家怎么盖、怎么固定。
希望明天早上别结霜，大家的辛苦不要白费。
""",
    ),
]
