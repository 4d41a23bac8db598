"""Held-back part 4, sources F: search-engine cache snapshots and print views.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="snapshot-shansou-drowning-notice",
        site="闪搜 cache of 松皋县教育局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.shansou.com/c?u=www.songgao.gov.cn/jyj/tzgg/202506/t20250603_4471.html",
        title="关于切实做好2025年暑期学生防溺水安全教育工作的通知",
        record_title=None,
        date="2025-06-02",
        date_also=["2025-06-03"],
        notes="search-engine cache banner (archive notice, highlighted keywords, 'not responsible') above the bureau's page; the notice's own phone line stays",
        page="""
!d 这是「闪搜」对 www.songgao.gov.cn 上一个页面的缓存快照，是该网页被抓取时的存档。
!a 页面可能已经更改，点击这里查看最新页面。
!m 以下搜索词已高亮显示：防溺水　通知
!d 闪搜与网页作者无关，不对其内容负责。
!m 松皋县教育局
!m 首页 >> 通知公告
{T}
!m 发布时间：2025年06月03日　　来源：县教育局安全股
{BODY}
!a 【关闭窗口】
!m 松皋县教育局主办　桂ICP备10004426号
""",
        indent="\u3000\u3000",
        body="""
各乡镇中心学校，县直各学校，各民办学校：
暑期将至，学生溺水事故进入高发期。为切实保障广大学生生命安全，坚决遏制学生溺水事故发生，现就做好2025年暑期学生防溺水安全教育工作通知如下：
一、开展一次集中教育。各校要在放假前组织开展一次防溺水专题教育，通过主题班会、案例警示、安全演练等形式，教育学生牢记“六不准”要求，切实提高学生的安全意识和自护自救能力。
二、落实一次家校告知。各校要通过致家长一封信、家长会、班级微信群等方式，向每一位家长告知暑期防溺水注意事项，督促家长切实履行监护责任，确保告知率达到100%。
三、开展一次隐患排查。各乡镇中心学校要主动配合当地政府，对学校周边河流、山塘、水库等危险水域进行排查，推动设立警示标志和救生设施。
四、建立暑期联系制度。班主任要与学生家长保持经常性联系，每周至少开展一次安全提醒，发现学生异常情况及时报告。
各校要高度重视，将防溺水工作落实情况于6月30日前报县教育局安全股。
联系电话：0774-5213062。
松皋县教育局
2025年6月2日
""",
    ),
    dict(
        slug="snapshot-soubei-village-summary-html",
        site="搜呗 cache of 卓文范文网 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://snapshot.soubei.cn/s?id=9f02c1e7&url=www.zhuowenfw.com/zongjie/cunji/33810.html",
        title="苇塘镇柳湾村2024年度村级工作总结",
        record_title="苇塘镇柳湾村2024年度村级工作总结_卓文范文网",
        date=None,
        notes="cache banner in HTML over a 范文 page: breadcrumb with arrows, page-1-of-2 pager after the body, guess-you-like list, copyright notice; no date",
        page="""
<html><head><meta charset="utf-8"><title>苇塘镇柳湾村2024年度村级工作总结_卓文范文网</title></head><body>
<div class="snap"><p>⟦d 这是搜呗网页快照，仅供参考，原网页可能已删除或更改。⟧</p><p><a>⟦a 查看原网页⟧</a>　⟦m 您的搜索关键词：村级 工作总结⟧</p></div>
<div class="page">
<div class="logo">⟦m 卓文范文网⟧</div>
<div class="crumb">⟦m 卓文范文网 → 工作总结 → 村级总结⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 栏目：村级总结　人气：1,803⟧</div>
<div class="content">
{BODY}
</div>
<div class="pager">⟦a 本文共2页，当前第1页　下一页⟧</div>
<div class="like"><h3>⟦l 猜你想看⟧</h3><ul><li>⟦l 村委会2024年工作总结及2025年工作计划⟧</li><li>⟦l 村党支部书记年终述职报告⟧</li></ul></div>
<div class="copy">⟦d 本站资源来源于网络，仅供学习交流，如侵犯您的权益请联系删除⟧</div>
</div></body></html>
""",
        body="""
2024年，柳湾村“两委”在镇党委、政府的正确领导下，团结带领全村党员群众，围绕产业发展、基础设施建设和乡村治理等重点工作，真抓实干、攻坚克难，各项工作取得了新成效。
一、党建引领更加有力。严格落实“三会一课”、主题党日等制度，全年召开党员大会6次、组织主题党日活动12次。发展预备党员2名，选派2名年轻党员到村“两委”跟岗锻炼，村级后备力量不断壮大。
二、集体经济稳步增长。依托村里的300亩水面，由村集体领办合作社发展稻虾共养，全年实现村集体经营性收入28.6万元，较上年增长31%。同时流转土地420亩引进种植大户发展莲藕产业，带动46户村民在家门口就业。
三、基础设施持续改善。争取上级项目资金156万元，硬化村组道路3.2公里，新修灌溉渠道1.8公里，安装太阳能路灯85盏，完成改厕62户，村容村貌明显改观。
四、乡村治理不断加强。修订完善村规民约，成立红白理事会，推行“积分超市”，引导村民移风易俗；全年调解矛盾纠纷23起，全村未发生一起越级上访和刑事案件。
2025年，村“两委”将继续发展壮大村集体经济，推进人居环境整治，努力建设宜居宜业和美乡村。
""",
    ),
    dict(
        slug="snapshot-qianxun-civil-code-news-oneline",
        site="千寻搜索 cache of 鹭洲新闻网 (invented)",
        style="搜索快照",
        genre="新闻稿",
        kind="news",
        form="text",
        source="http://kuaizhao.qianxun.com/cache?u=news.luzhou-xw.cn/fz/qxdt/202505/t20250506_71123.html",
        title="鹭洲区举办2025年“民法典宣传月”启动仪式",
        record_title=None,
        date="2025-05-06",
        notes="cache of a news page whose text was flattened to one line; reporter line with the date; a resident's quotation as the last paragraph; editor line and related news after",
        page="""
!d 千寻搜索快照 — 此页为原网页的存档版本，内容以原网页为准。
!a 点击访问原网页
!m 鹭洲新闻网 > 法治 > 区县动态
{T}
!m 来源：鹭洲新闻网　2025-05-06 10:12　记者 钟岚　通讯员 叶帆
{BODY}
!m 【编辑：夏明】
!l 相关新闻：鹭洲区召开法治政府建设推进会 | 砚溪街道开展普法进小区活动
!a 分享到 微信朋友圈 QQ空间
!d 鹭洲新闻网版权所有，未经授权禁止转载
!m 闽ICP备09012233号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
5月6日上午，鹭洲区2025年“民法典宣传月”启动仪式在砚溪街道文化广场举行。区委常委、政法委书记严志诚出席活动并宣布宣传月活动启动。
启动仪式上，区司法局负责同志介绍了今年宣传月的活动安排。今年宣传月以“美好生活·民法典相伴”为主题，将组织开展民法典进社区、进企业、进校园、进家庭等系列活动60余场，并通过“以案释法”短视频、有奖知识竞答等形式，推动民法典走到群众身边、走进群众心里。
活动现场设置了法律咨询台和普法展板，来自区法院、检察院、司法局和律师事务所的工作人员为过往群众提供法律咨询，发放宣传资料2000余份，吸引了众多居民驻足参与。
“以前觉得法律离自己很远，今天听了讲解才知道，买房、继承、邻里纠纷都和民法典有关系。”前来咨询的居民陈阿姨说。
""",
    ),
    dict(
        slug="print-cenyang-park-approval-url-footers",
        site="岑阳县人民政府 print view (invented)",
        style="打印页",
        genre="批复",
        kind="notice",
        form="text",
        source="http://www.cenyang.gov.cn/zwgk/zfwj/202505/t20250512_8803.html?print=1",
        title="岑阳县人民政府关于同意设立岑阳县苇塘镇农产品加工园区的批复",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="browser print of a portal page: print header with date/time and the title plus site name, the browser's URL-and-page footer cutting wrapped lines, document number neutral",
        page="""
!m 2025/5/12 10:33　　岑阳县人民政府关于同意设立岑阳县苇塘镇农产品加工园区的批复 - 岑阳县人民政府
!a [打印本页]　[关闭窗口]
{T}
岑政函〔2025〕27号
{BODY}
!m 来源：县政府办公室　发布时间：2025-05-12
!m 岑阳县人民政府网站　www.cenyang.gov.cn
""",
        wrap=76,
        indent="\u3000\u3000",
        pages=dict(fmt="http://www.cenyang.gov.cn/zwgk/zfwj/202505/t20250512_8803.html　{n}/2", every=180, start=1),
        body="""
苇塘镇人民政府：
你镇《关于设立苇塘镇农产品加工园区的请示》（苇政〔2025〕15号）收悉。经县人民政府研究，现批复如下：
一、同意设立岑阳县苇塘镇农产品加工园区（以下简称“园区”）。园区规划范围东至苇塘河、西至县道X027线、南至镇区南环路、北至柳湾村界，规划面积1.26平方公里。
二、园区要坚持规划先行，严格落实国土空间规划和生态环境保护要求，重点发展粮油加工、果蔬精深加工和冷链物流产业，严禁引进高污染、高耗能项目。
三、你镇要切实履行园区建设管理主体责任，健全管理机构，完善基础设施，优化营商环境，加快推进招商引资和项目建设。县发展改革、自然资源、生态环境、农业农村等部门要按照各自职责，加强指导支持，协调解决园区建设中的困难和问题。
此复。
岑阳县人民政府
2025年5月9日
""",
    ),
    dict(
        slug="print-hanmo-elders-address-html",
        site="翰墨范文网 print page (invented)",
        style="打印页",
        genre="致辞",
        kind="speech",
        form="html",
        source="https://www.hanmofw.com/print.php?id=7741",
        title="在重阳节老干部座谈会上的致辞",
        record_title=None,
        date=None,
        notes="a 范文 site's print page: the page header repeats the title with site and '打印页面', print/close buttons, a print-preview notice and the article URL; no date",
        page="""
<html><head><meta charset="utf-8"><title>打印页面</title></head><body onload="">
<div class="ph">⟦t 在重阳节老干部座谈会上的致辞 - 翰墨范文网 - 打印页面⟧</div>
<div class="pbtn"><a>⟦a 【打印】⟧</a> <a>⟦a 【关闭】⟧</a></div>
<div class="ptip">⟦d 本页为打印预览页面，请使用浏览器的打印功能⟧</div>
<h2>{T}</h2>
{BODY}
<hr>
<div class="purl">⟦m 本文地址：https://www.hanmofw.com/zhici/20251029/7741.html⟧</div>
<div class="psite">⟦m 翰墨范文网 www.hanmofw.com⟧</div>
</body></html>
""",
        body="""
尊敬的各位老领导、老同志：
金秋送爽，丹桂飘香。在重阳佳节到来之际，我们在这里欢聚一堂，共话发展、共叙情谊。首先，我代表局党组，向各位老领导、老同志致以节日的问候和美好的祝愿！
过去的一年，在各位老领导、老同志的关心支持下，我局各项工作取得了新的成绩。全年完成各项重点任务42项，连续三年在全县综合考核中被评为优秀等次。这些成绩的取得，凝聚着各位老同志的心血和智慧。大家虽然退出了工作岗位，但始终心系事业发展，积极建言献策，发挥了重要作用。
老干部是党和国家的宝贵财富。局党组将一如既往地关心老同志的生活，落实好政治待遇和生活待遇，定期走访慰问，帮助解决实际困难，让大家老有所养、老有所乐、老有所为。
最后，衷心祝愿各位老领导、老同志身体健康、阖家幸福、晚年安康！
""",
    ),
    dict(
        slug="print-songgao-executive-meeting-minutes",
        site="松皋县人民政府门户网站 print view (invented)",
        style="打印页",
        genre="纪要",
        kind="other",
        form="text",
        source="http://www.songgao.gov.cn/zwgk/hyjy/202503/t20250324_5512.html?print=yes",
        title="松皋县人民政府第27次常务会议纪要",
        record_title=None,
        date="2025-03-21",
        date_also=["2025-03-20", "2025-03-24"],
        notes="print view of minutes wrapped at 80 columns with English 'Page n of 3' footers; the minutes' 出席/列席/抄送 lines and the 印发 line stay; page URL after",
        page="""
!a 打印　|　关闭
!m 松皋县人民政府门户网站
{T}
!m 索引号：451322-2025-00317　　发布日期：2025-03-24
{BODY}
!m 本页网址：http://www.songgao.gov.cn/zwgk/hyjy/202503/t20250324_5512.html
""",
        wrap=80,
        pages=dict(fmt="Page {n} of 3", every=150, start=1),
        body="""
2025年3月20日，县长曾庆华主持召开县人民政府第27次常务会议。会议学习了国务院和省、市政府有关会议精神，研究了全县春季森林防火、城区供水管网改造、农村客运公交化改造等事项。现纪要如下：
一、关于全县春季森林防火工作
会议听取了县林业局关于春季森林防火工作情况的汇报。会议指出，清明节前后是森林火灾高发期，各乡镇、各部门要严格落实野外火源管控措施，加强林区巡查和重点时段值守，确保不发生重大森林火灾。
二、关于城区供水管网改造项目
会议原则同意县住建局提出的城区供水管网改造实施方案。项目总投资4680万元，改造老旧供水管网36公里。会议要求，县住建局要合理安排施工时序，尽量减少对群众生活和交通出行的影响，确保年底前完工。
三、关于农村客运公交化改造
会议同意在县城至松岭镇、县城至白沙镇两条线路先行开展农村客运公交化改造试点，所需运营补贴由县财政统筹安排。县交通运输局要加强运营监管，保障群众安全便捷出行。
出席：曾庆华、梁宏远、蒋丽娟、韦建国、陆明
列席：县政府办、县林业局、县住建局、县交通运输局、县财政局负责同志
抄送：县委办，县人大常委会办，县政协办。
松皋县人民政府办公室　　2025年3月21日印发
""",
    ),
]
