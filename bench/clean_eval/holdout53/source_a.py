"""holdout53, part A: 范文 sites, 文库 previews, government portals, news portals, forums and
blogs — a dragon-boat association, a soil-and-water conservation station, a levee office, a
seismic station. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-longzhou-plan-race-safety",
        site="笔耕范文网 (invented)",
        style="范文站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.bigengfw.example.com/fangan/2026/0412/77231.html",
        title="湄阳县2026年端午龙舟赛安全保障工作方案",
        record_title="湄阳县2026年端午龙舟赛安全保障工作方案（精编可直接套用）",
        date=None,
        notes="decorated title (精编可直接套用); a template 20××年×月×日 placeholder at the end: no date; a writing-service prompt glued after a 。 between paragraphs; a table of duty posts",
        page="""
!m 笔耕范文网 - 写材料，上笔耕
!m 您现在的位置：笔耕范文网 >> 工作方案 >> 活动方案
!t 湄阳县2026年端午龙舟赛安全保障工作方案（精编可直接套用）
!m 更新：04-12　人气：1877
{BODY}
!a 【本文共2页，点此一键复制全文】
!l 上一篇：社区端午节包粽子活动方案
!l 下一篇：2026年校园龙舟进课堂实施方案
!d 声明：本站范文均由会员整理投稿，仅作写作参考，不得直接用于正式公文。
""",
        body="""
为确保端午龙舟赛安全有序举行，结合我县实际，制定本方案。
一、组织领导。成立赛事安全保障工作专班，由县龙舟协会会长任组长，公安、水利、卫健、应急等部门分管负责人任成员。
二、岗位分工。⟦w 需要本文原稿或定制修改，请联系值班编辑：扣扣 2290187734。⟧各岗位按下表落实责任人：
岗位　责任单位　人数
水上救援　县水上救援队　24
岸线秩序　县公安局　60
医疗保障　县人民医院　12
三、工作要求。参赛队员一律穿着救生衣，赛道两侧每隔五十米设救生艇一艘，遇雷雨大风天气立即中止比赛。
湄阳县龙舟协会
20××年×月×日
""",
    ),
    dict(
        slug="fanwen-oldtable-summary-soil-station",
        site="公文阁 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gongwenge.example.net/zongjie/2025/1228/5520.asp",
        title="璟川县水土保持站2025年工作总结",
        record_title="璟川县水土保持站2025年工作总结 - 公文阁",
        date="2025-12-26",
        notes="old gb2312 table layout with marquee, a visitor counter, a text-size row, a floating consult box; date from the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>璟川县水土保持站2025年工作总结 - 公文阁</title>
<script>var hit=1;document.write('');</script></head><body>
<table width="960" align="center"><tr><td><img src="/img/logo.gif">⟦m 公文阁 · 机关材料一站通⟧</td><td>⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 热烈庆祝公文阁开站十五周年，会员年卡限时八折！⟧</marquee>
<table width="960"><tr><td width="220" valign="top">
<div class="left"><b>⟦l 本类热门⟧</b><br>⟦l ·林业站年度工作总结⟧<br>⟦l ·水利站上半年工作小结⟧<br>⟦l ·农技站个人总结范文⟧</div>
</td><td valign="top">
<div>⟦m 位置：首页 → 工作总结 → 单位总结⟧</div>
<h1>⟦t 璟川县水土保持站2025年工作总结⟧</h1>
<div>⟦a 〖字体：放大 中 缩小〗⟧ ⟦m 录入：阁主　点击数：⟧<script>document.write(3391)</script></div>
{BODY}
<div>⟦l 【返回上页】⟧ ⟦a 【打印此文】⟧ ⟦a 【关闭窗口】⟧</div>
</td></tr></table>
<div id="float">⟦w 材料急用？值班写手在线：QQ 3301299475⟧</div>
<table width="960"><tr><td align="center">⟦m 公文阁 版权所有 ©2009-2026⟧<br>⟦m 豫ICP备10293847号⟧<br>⟦m 您是第 00582391 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
2025年，我站在县水利局的正确领导下，紧紧围绕水土流失综合治理目标，扎实推进各项工作。
一是完成小流域综合治理面积二十六平方公里，新修梯田一千一百亩，栽植水保林三千二百亩。
二是加强生产建设项目监管，全年审批水土保持方案四十七个，开展监督检查一百一十次。
三是做好监测工作，在坡耕地布设径流小区六处，按时上报监测数据。
明年，我站将继续加强坡耕地治理，推进生态清洁小流域建设。
璟川县水土保持站
2025年12月26日
""",
    ),
    dict(
        slug="wenku-levee-report-bullet-markers",
        site="智汇文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://wk.zhihuiwk.example.com/view/8a21fe0c93.html",
        title="汊河堤防管理所所长述职报告",
        record_title="汊河堤防管理所所长述职报告.docx",
        date="2026-01-09",
        notes="file-name title; page markers ‹ n › cutting sentences; preview-end prompt with a coin price; upload notice",
        pages=dict(fmt="‹ {n} ›", every=70, start=2),
        page="""
!m 智汇文库 | 文档 > 水利水电 > 工作报告
!t 汊河堤防管理所所长述职报告.docx
!m 上传者：hx_dyke 　　页数：3页　　贡献时间：2026-01-15
{BODY}
!a 免费阅读已到末尾，支付 3 智汇币 解锁全部页面
!d 本资料由用户自主上传，智汇文库仅提供存储空间，若侵犯您的权益请点击“举报”。
!l 同类文档：堤防巡查制度 / 汛期值班记录表 / 闸站运行总结
""",
        body="""
各位领导、同志们：
一年来，我认真履行所长职责，带领全所职工完成了汊河左岸十八公里堤防的日常管护任务。
汛期坚持每日巡堤，发现并处置管涌、渗水等险情四处，确保了堤防安全度汛。
组织实施堤顶道路硬化工程三点二公里，完成穿堤涵闸维修两座，工程质量全部合格。
不足之处是职工技术培训不够系统，下一步将建立每月一课制度。
述职人：尹志坚
2026年1月9日
""",
    ),
    dict(
        slug="wenku-html-seismic-drill-reader",
        site="启明文档 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.qimingdoc.example.com/p-77120391.html",
        title="矶山地震台2026年防震减灾应急演练方案",
        record_title=None,
        date="2026-03-02",
        notes="HTML reader, no record title; page markers as HTML paragraphs (⸨n⸩) cutting paragraphs; a pay wall and a reader toolbar",
        pages=dict(fmt="⸨{n}⸩", every=120, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>矶山地震台2026年防震减灾应急演练方案 - 启明文档</title>
<script src="/static/reader.min.js"></script></head><body>
<header><a class="logo">⟦m 启明文档⟧</a><nav>⟦m 首页⟧ ⟦m 分类⟧ ⟦m 排行⟧</nav><a>⟦a 登录 / 注册⟧</a></header>
<div class="toolbar">⟦a 全屏阅读⟧ ⟦a 缩放 100%⟧ ⟦a 下载本文档（2积分）⟧</div>
<h1 class="doc-title">⟦t 矶山地震台2026年防震减灾应急演练方案⟧</h1>
<div class="doc-info">⟦m 5页　浏览 862 次　收藏 19⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 试看 2 页已结束，开通启明会员畅读全站文档⟧</div>
<aside><h3>⟦l 相关推荐⟧</h3><ul><li>⟦l 校园地震疏散演练脚本⟧</li><li>⟦l 社区地震应急预案（修订稿）⟧</li></ul></aside>
<footer>⟦d 启明文档所有资源均来自网友分享，若存在侵权，请发邮件告知，我们将在两个工作日内删除。⟧<br>⟦m 浙ICP备2023018876号-2⟧</footer>
</body></html>
""",
        body="""
为检验地震应急预案的可操作性，提高台站人员应急处置能力，制定本方案。
一、演练时间和地点：2026年3月中旬，矶山地震台观测楼及周边空地。
二、演练科目：地震速报、设备抢修、人员疏散和信息报送四项。
三、演练要求：全体人员按岗就位，速报人员须在规定时间内完成参数测定并报送上级。
矶山地震台
2026年3月2日
""",
    ),
    dict(
        slug="gov-text-soil-notice-contact-hotline",
        site="瓯坪县水利局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://slj.ouping.example.gov.cn/tzgg/2026/0318/3341.html",
        title="关于开展生产建设项目水土保持专项检查的通知",
        record_title="关于开展生产建设项目水土保持专项检查的通知",
        record_date="2026-03-18",
        date="2026-03-18",
        notes="record date; the document's own 联系人/电话/邮箱 beside the portal's 12345 hotline and a site-map footer; 文号 neutral; 附件 list kept",
        page="""
!m 瓯坪县人民政府门户网站 · 县水利局
!m 首页 > 政务公开 > 通知公告
{T}
!m 发布日期：2026-03-18　浏览次数：417　字号：[大 中 小]
瓯水〔2026〕12号
{BODY}
!a 【打印本页】　【关闭】
!m 政务服务便民热线：12345　　网站地图　｜　联系我们
!m 主办：瓯坪县水利局　网站标识码：3311270021
""",
        body="""
各乡镇人民政府，县直有关单位：
为落实生产建设单位水土流失防治责任，县水利局决定于3月下旬至5月底开展专项检查。
一、检查对象：在建的公路、矿山、光伏和房地产开发项目。
二、检查内容：水土保持方案编报、措施落实和设施验收情况。
联系人：许文峰，电话：0578-7126603，邮箱：oupingsb@example.cn。
附件：1.生产建设项目水土保持专项检查表
2.检查组成员名单
瓯坪县水利局
2026年3月18日
""",
    ),
    dict(
        slug="gov-html-levee-pump-index-table",
        site="汊河区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chahe.example.gov.cn/xxgk/zfxxgkml/2026/0520/9812.shtml",
        title="汊河区2026年汛期排灌站值班安排",
        record_title="汊河区2026年汛期排灌站值班安排_信息公开目录_汊河区人民政府",
        date="2026-05-20",
        notes="信息公开 index table (索引号, 发布机构, 成文日期) above the text; a duty table kept; font-size row; related links and footer",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>汊河区2026年汛期排灌站值班安排_信息公开目录_汊河区人民政府</title>
<link rel="stylesheet" href="/css/gov.css"><script>var _hmt=_hmt||[];</script></head><body>
<div class="top">⟦m 汊河区人民政府⟧ <span>⟦a 无障碍⟧ ⟦a 长者模式⟧ ⟦a 繁體⟧</span></div>
<nav>⟦m 首页⟧ ⟦m 政务公开⟧ ⟦m 政务服务⟧ ⟦m 互动交流⟧</nav>
<div class="pos">⟦m 当前位置：首页 > 信息公开 > 法定主动公开内容⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11320612MB0193/2026-00418⟧</td><td>⟦m 发布机构：区水利局⟧</td></tr>
<tr><td>⟦m 成文日期：2026-05-20⟧</td><td>⟦m 主题分类：水利、水务⟧</td></tr></table>
<h1>⟦t 汊河区2026年汛期排灌站值班安排⟧</h1>
<div class="font">⟦a 字号：大 | 中 | 小⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="xg"><h4>⟦l 相关文件⟧</h4><a>⟦l 区防指关于做好梅雨期防汛工作的通知⟧</a></div>
<footer>⟦m 主办单位：汊河区人民政府办公室⟧ ⟦m 苏ICP备05033218号⟧ ⟦m 苏公网安备 32061202000177号⟧</footer>
</body></html>
""",
        body="""
各排灌站、堤防管理所：
为做好今年汛期排涝工作，现将各排灌站值班安排公布如下，请各站严格执行二十四小时值班制度。
站名　值班负责人　值班电话
北圩排灌站　顾长林　0513-8720116
南河排灌站　冯一鸣　0513-8720233
新港排灌站　钱国兴　0513-8720308
遇有险情，值班人员应在十分钟内报告区防汛办公室。
汊河区水利局
2026年5月20日
""",
    ),
    dict(
        slug="news-html-dragonboat-race-photo-caption",
        site="湄阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.meiyangnews.example.com/2026-06/20/content_441902.htm",
        title="湄阳县第十届龙舟邀请赛在清江开桨",
        record_title="湄阳县第十届龙舟邀请赛在清江开桨｜湄阳新闻网",
        date="2026-06-19",
        notes="news page: byline 发布时间 is the date; a photo caption and an ad between paragraphs; editor line glued after the last paragraph; share bar, hot list",
        page="""
<html><head><meta charset="utf-8"><title>湄阳县第十届龙舟邀请赛在清江开桨｜湄阳新闻网</title></head><body>
<div class="header">⟦m 湄阳新闻网⟧ ⟦m 湄阳县融媒体中心主办⟧</div>
<ul class="nav"><li>⟦m 本地⟧</li><li>⟦m 民生⟧</li><li>⟦m 文体⟧</li></ul>
<h1>⟦t 湄阳县第十届龙舟邀请赛在清江开桨⟧</h1>
<p class="info">⟦m 发布时间：2026-06-19 16:42　来源：湄阳日报　记者：蒋可昕⟧</p>
<div class="art">
<p>6月19日上午，湄阳县第十届龙舟邀请赛在清江城区段开桨，来自周边县市的二十四支队伍参赛。</p>
<p class="pic">⟦m 图为男子组比赛现场。蒋可昕 摄⟧</p>
<p>比赛设男子五百米直道、女子二百米直道和混合组三个项目，沿岸观众达三万余人。</p>
<div class="ad">⟦a 广告　端午特惠 清江游船八折起⟧</div>
<p>县龙舟协会负责人介绍，本届赛事首次引入电子计时系统，成绩精确到百分之一秒。</p>
<p>经过一天角逐，东岸村龙舟队获得男子组冠军。⟦m （编辑：丁雨　审核：陈岚）⟧</p>
</div>
<div class="share">⟦l 分享到：微信 · 微博 · QQ空间⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 县城三条道路端午期间临时管制⟧</li><li>⟦l 清江夜市本周末开市⟧</li></ol></div>
<div class="foot">⟦d 本网稿件未经授权不得转载，违者必究。⟧ ⟦m 新闻热线：0736-5219900⟧</div>
</body></html>
""",
        body="""
6月19日上午，湄阳县第十届龙舟邀请赛在清江城区段开桨，来自周边县市的二十四支队伍参赛。
比赛设男子五百米直道、女子二百米直道和混合组三个项目，沿岸观众达三万余人。
县龙舟协会负责人介绍，本届赛事首次引入电子计时系统，成绩精确到百分之一秒。
经过一天角逐，东岸村龙舟队获得男子组冠军。
""",
        p_html="{}",
    ),
    dict(
        slug="news-text-seismic-open-day-lead-title",
        site="矶山融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jishanrm.example.cn/news/2026/0512/17734.html",
        title="矶山地震台举办公众开放日活动",
        record_title=None,
        date="2026-05-12",
        notes="no record title; title glued to the lead sentence; relative read count; 发布于 byline is the date; related list",
        page="""
!m 矶山融媒 > 要闻 > 社会
{T}
!m 发布于 2026-05-12 10:05 | 来源：矶山县地震局 | 阅读 2.1万
{BODY}
!m 责编：柯晓丽
!l 猜你喜欢
!l ● 应急避难场所示意图上线
!l ● 地震科普进乡村活动启动
!d 未经本平台书面许可，任何单位和个人不得转载、摘编本平台作品。
""",
        body="""
⟦t 矶山地震台举办公众开放日活动⟧　5月12日是全国防灾减灾日，矶山地震台当天向公众开放，二百余名市民和学生走进台站。
参观者在工作人员带领下察看了测震仪和强震动观测设备，了解地震波是如何被记录下来的。
台站还设置了地震体验区，讲解员演示了“伏地、遮挡、手抓牢”的避险动作。
""",
    ),
    dict(
        slug="forum-text-levee-patrol-junk",
        site="汊河人家论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.chaherenjia.example.com/thread-228190-1-1.html",
        title="致沿河居民的护堤倡议书",
        record_title="[转帖] 致沿河居民的护堤倡议书 - 家园建设 - 汊河人家论坛",
        date="2026-04-28",
        date_also=["2026-04-30"],
        notes="forum post with anti-scraping junk lines and glued junk; post date differs from the 成文日期 (date_also); floors and a reply box",
        junk=dict(lines=2, glued=3),
        page="""
!m 汊河人家论坛 » 家园建设 » 查看帖子
!t [转帖] 致沿河居民的护堤倡议书 - 家园建设 - 汊河人家论坛
!m 楼主：河埂边的老周　发表于 2026-4-30 07:58　只看该作者
{BODY}
!m 本帖最后由 河埂边的老周 于 2026-4-30 08:10 编辑
!l 沙发　水乡小丁　说得好，支持护堤！
!l 回复　收藏　举报
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        body="""
广大沿河居民朋友们：
汊河大堤是我们的生命堤、安全堤。汛期将至，为保护堤防安全，我们向大家发出如下倡议。
一、不在堤身上取土、挖坑、建房，不在护堤地内种植深根作物。
二、不在堤顶道路上晾晒粮食、堆放杂物，保持防汛通道畅通。
三、发现堤身裂缝、塌陷、渗水等异常情况，第一时间报告村委会或堤防管理所。
让我们携起手来，共同守护好家园的安全屏障。
汊河堤防管理所
2026年4月28日
""",
    ),
    dict(
        slug="forum-html-dragonboat-minutes-jammer",
        site="清江水上运动论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.qjsport.example.net/forum.php?mod=viewthread&tid=40221",
        title="湄阳县龙舟协会第三届理事会第二次会议纪要",
        record_title="湄阳县龙舟协会第三届理事会第二次会议纪要 - 协会公告 - 清江水上运动论坛",
        date="2026-02-21",
        date_also=["2026-02-23"],
        notes="Discuz-like page with jammer fonts; minutes' 时间/地点/主持/出席/记录 lines kept; a vote count; post time differs",
        junk=dict(lines=1, glued=2),
        p_html="{}<br />",
        page="""
<html><head><meta charset="utf-8"><title>湄阳县龙舟协会第三届理事会第二次会议纪要 - 协会公告 - 清江水上运动论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 清江水上运动论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 论坛 › 协会公告 › 查看主题⟧</div>
<h1>⟦t 湄阳县龙舟协会第三届理事会第二次会议纪要⟧</h1>
<div class="authi">⟦m 桨声灯影 发表于 2026-2-23 19:40⟧ ⟦m 查看: 318 | 回复: 4⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：划龙舟，强体魄，聚人心。⟧</div>
<div class="pls">⟦l 回复 引用 评分 举报⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧ ⟦m 鄂ICP备18022930号⟧</div>
</body></html>
""",
        body="""
时间：2026年2月21日上午9时
地点：县全民健身中心三楼会议室
主持：会长 黄启年
出席：理事十七人
记录：秘书长 黎小舟
会议审议通过了《2026年龙舟赛事计划》，表决结果为同意十七票，反对零票，弃权零票。
会议决定，今年在清江、白沙河两处各设一个训练基地，向青少年免费开放。
会议要求各理事单位在三月底前报送参赛队伍名单。
""",
    ),
    dict(
        slug="blog-text-seismic-engineer-notes",
        site="地听者的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.dixiu.example.com/ditingzhe/article/2026/03/1189",
        title="参加测震业务培训的几点体会",
        record_title="【随笔】参加测震业务培训的几点体会 | 地听者的博客",
        date="2026-03-27",
        notes="blog: decorated title; bracketed post time as the date; tags, archive and comment box at the bottom; a 'read full' prompt glued before a 。",
        page="""
!m 地听者的博客 —— 在台站听大地呼吸
!l 首页 | 随笔 | 台站日记 | 关于我
!t 【随笔】参加测震业务培训的几点体会 | 地听者的博客
!m [2026-03-27 21:14]　分类：随笔　阅读(96)　评论(3)
{BODY}
!l 标签：测震　培训　台站
!l « 上一篇：台站的第一场春雨　　下一篇：如何给测震仪“体检” »
!l 发表评论　昵称：＿＿＿　内容：＿＿＿　［提交］
!d 本博客文章均为原创，转载请注明出处并附原文链接。
""",
        body="""
三月中旬，我参加了省地震局组织的测震业务培训，为期五天，收获很多。
第一，对地震速报流程有了更系统的认识，知道了每一步为什么这样做。
第二，动手操作了新型宽频带地震计，弄清了调零和标定的要点⟦a 展开全文⟧。
第三，和兄弟台站的同行交流，学到了很多值班中的好做法。
回到台站后，我要把学到的东西用到日常工作中，争取今年速报零差错。
""",
    ),
    dict(
        slug="blog-html-soil-ranger-tag-cloud",
        site="坡地笔记 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://podibiji.example.net/2026/07/terrace-survey/",
        title="关于矶山镇坡耕地梯田改造情况的调查",
        record_title="关于矶山镇坡耕地梯田改造情况的调查 – 坡地笔记",
        date="2026-07-08",
        notes="WordPress-like blog: posted on line is the date; tag cloud, archive list, comment form; a table kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于矶山镇坡耕地梯田改造情况的调查 – 坡地笔记</title></head><body>
<header class="site-header"><p class="site-title">⟦m 坡地笔记⟧</p><p class="site-description">⟦m 一个水保人的田野记录⟧</p></header>
<article><h1 class="entry-title">⟦t 关于矶山镇坡耕地梯田改造情况的调查⟧</h1>
<div class="entry-meta">⟦m 发布于 2026年7月8日 作者 坡上人⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 分类：田野调查　标签：梯田，水土保持⟧</footer></article>
<nav>⟦l ← 前一篇 雨季径流小区观测手记⟧ ⟦l 后一篇 → 给孩子讲什么是水土流失⟧</nav>
<section id="comments"><h3>⟦l 发表回复⟧</h3><p>⟦l 您的电子邮箱地址不会被公开。⟧</p></section>
<aside><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2026年6月⟧</li><li>⟦l 2026年5月⟧</li></ul>
<h2>⟦l 标签云⟧</h2><p>⟦l 梯田 淤地坝 径流 植被 护坡⟧</p></aside>
<footer>⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
6月下旬，我利用休假时间走访了矶山镇五个村，调查坡耕地梯田改造情况。
改造前后的对比如下：
项目　改造前　改造后
亩均产量　310公斤　460公斤
年土壤流失　每亩3.2吨　每亩0.6吨
调查中，农户普遍反映梯田保水保肥，但部分田坎缺少维护，出现了局部垮塌。
建议镇里建立梯田管护责任制，每年冬季集中修补田坎。
""",
    ),
]
