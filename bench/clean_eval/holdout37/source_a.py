"""holdout37, part A: 范文 sites, 文库 previews, county portals, news portals, forums and a blog —
an emergency medical dispatch centre (120), a vinegar brewery, a seawall office, a mangrove
reserve. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-cuxiang-summary-dispatch-old-table",
        site="醋香范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.cuxiangfw.example.com/zongjie/2025/7731.asp",
        title="县急救指挥中心2024年度工作总结",
        record_title="【精选】县急救指挥中心2024年度工作总结（通用2篇）",
        date="2025-01-08",
        notes="old gb2312 table layout: marquee, visitor counter, reading-size row, floating writing-service box; decorated record title; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】县急救指挥中心2024年度工作总结（通用2篇）_醋香范文网</title>
<script>var _hmt=_hmt||[];</script></head><body>
<table width="980" align="center"><tr><td><img src="/img/logo.gif">⟦m 醋香范文网 — 写材料不求人⟧</td><td><marquee>⟦m 热烈庆祝本站收录范文突破九十万篇！⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 您现在的位置：醋香范文网 >> 总结大全 >> 单位总结 >> 正文⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700" valign="top">
<h1>⟦t 【精选】县急救指挥中心2024年度工作总结（通用2篇）⟧</h1>
<div>⟦m 更新时间：2025-03-02 14:20　阅读：3318次⟧</div>
<div>⟦a 【阅读字号：特大 大 中 小】⟧　⟦a 【收藏到我的书架】⟧</div>
{BODY}
<div>⟦l 上一篇：县卫健局2024年度工作总结⟧</div><div>⟦l 下一篇：乡镇卫生院院长述职报告⟧</div>
</td><td width="260" valign="top"><div class="side"><b>⟦l 本周热门⟧</b><br>⟦l ·医院安全生产月活动总结⟧<br>⟦l ·疾控中心个人年终总结⟧</div>
<div class="float">⟦w 材料代笔　原创不查重　微信同号：cx-wenmi88⟧</div></td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站范文均由会员投稿，版权归原作者所有，如有侵权请来信删除。⟧<br>⟦m 冀ICP备1908817号-2　您是本站第 0028731 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，县急救指挥中心在县卫健局的领导下，坚持“生命至上、时间就是生命”的理念，全年受理120呼救电话四万一千余次，派车一万二千六百余车次。
一、调度效率稳步提升。中心推行“一键派车”系统，平均派车时间由去年的九十秒缩短至六十五秒，院前急救平均到达时间缩短至十四分钟。
二、网络布局持续优化。新设急救分站两个，全县急救站点达到十一个，山区乡镇实现急救站点全覆盖。
三、培训宣传深入开展。全年开展心肺复苏进社区、进学校活动四十六场，培训群众二千三百余人。
四、存在的问题。部分分站车辆老化，调度员队伍流动性较大，下一步将争取专项资金逐步解决。
县急救指挥中心
2025年1月8日
""",
    ),
    dict(
        slug="fanwen-laocu-speech-brewery-anniversary",
        site="老醋文秘网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.laocuwm.example.cn/jianghua/20251016/5520.html",
        title="在老陈醋厂建厂六十周年纪念大会上的讲话",
        record_title="在老陈醋厂建厂六十周年纪念大会上的讲话-老醋文秘网",
        date="2025-10-16",
        notes="speech with speaker and date lines under the title (neutral); a writing-service prompt glued after a sentence; a copy-unlock prompt on its own between paragraphs; related list at the bottom",
        gap=True,
        page="""
!m 老醋文秘网 · 讲话稿频道
!m 首页 / 讲话稿 / 企业讲话
{T}
厂长　贾守田
（2025年10月16日）
!a 【复制全文】【下载Word】【加入收藏夹】
{BODY}
!l 相关推荐：
!l 在酒厂投产仪式上的致辞
!l 食品企业周年庆典讲话稿（三篇）
!d 声明：本文仅供参考学习，不代表本站观点。
""",
        body="""
各位老领导、老职工，同志们、朋友们：
金秋时节，我们在这里隆重集会，纪念老陈醋厂建厂六十周年。
六十年前，十几位老师傅在城西的三间土坯房里支起了第一口醋缸。⟦w 讲话稿不会写？资深笔杆子一对一代写，加微信laocu_wm⟧
六十年来，一代代醋厂人坚守“夏伏晒、冬捞冰”的古法工艺，使“泜水陈醋”成为省级非物质文化遗产。
⟦a 本文为会员专享，开通会员即可免费复制全文⟧
今年，我们建成了年产两万吨的新酿造车间，同时保留了老厂区的晾晒场，作为工艺传承基地向公众开放。
站在新的起点上，希望全厂职工守住匠心，把这缸醋酿得更香、更醇。
谢谢大家！
""",
    ),
    dict(
        slug="wenku-haidi-plan-typhoon-midline-markers",
        site="海帆文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.haifan.example.com/view/8c31e0a2f5.html",
        title="溱湾县海堤管理所2025年防台风应急预案",
        record_title="溱湾县海堤管理所2025年防台风应急预案.docx",
        date=None,
        notes="file-name title; page markers ‹第2页›-style cut sentences, glued or not; preview-end and VIP prompts; year only in the title: no date",
        pages=dict(fmt="‹第{n}页›", every=120, start=2, glue="mix"),
        page="""
!m 海帆文库 > 行业资料 > 水利工程
!t 溱湾县海堤管理所2025年防台风应急预案.docx
!m 贡献者：海上明月　上传于：3天前　页数：6页　下载积分：8
{BODY}
!a 还剩4页未读，开通海帆VIP继续阅读全文
!a ¥ 5.00 单篇购买　　立即下载
!l 相关文档：海堤巡查制度 / 防汛物资管理办法
""",
        body="""
为有效防范台风及风暴潮对海堤工程的危害，保障沿海群众生命财产安全，结合本所实际，制定本预案。
一、组织机构。成立防台风工作领导小组，所长任组长，分管副所长任副组长，各管理站站长为成员。
二、预警响应。接到台风蓝色预警后，各管理站实行二十四小时值班，每日对所辖海堤巡查两次；接到橙色以上预警后，巡查加密到每两小时一次。
三、抢险准备。各管理站储备编织袋一万条、块石三百立方米，抢险队员不少于二十人。
四、善后处置。台风过后，各站要在四十八小时内完成堤身、堤脚及涵闸的全面检查，并将损毁情况报所办公室。
""",
    ),
    dict(
        slug="wenku-hongshu-report-reserve-bracket-markers-wrapped",
        site="红树文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.hongshuwk.example.com/d/55102.html",
        title="关于溱湾红树林保护区周边养殖退出情况的调研报告",
        record_title=None,
        date="2025-06-20",
        notes="no record title: found in the preview's header; hard-wrapped at 62 columns and cut by ⸨N⸩ markers between lines; 成文日期 in Chinese numerals",
        wrap=62,
        indent="　　",
        pages=dict(fmt="⸨{n}⸩", every=160, start=2),
        page="""
!m 红树文库｜免费文档分享
!a 全屏阅读　　下载本文档
{T}
{BODY}
!a 试读已到末页 · 下载完整文档请登录
!d 本文档由用户自行上传，内容仅供交流学习，侵权请联系平台处理。
""",
        body="""
按照县政协年度调研安排，课题组于五月至六月对红树林保护区周边养殖退出情况进行了调研。
一、基本情况。保护区周边原有养殖塘一百八十六口，面积约四千二百亩，截至五月底已退出一百二十一口。
二、主要问题。一是部分养殖户转产就业渠道较少，二是补偿标准与邻县存在差异，三是退塘后的生态修复资金缺口较大。
三、对策建议。建议设立红树林修复专项资金，引导退塘养殖户参与巡护和生态旅游，实现“退得出、稳得住、能致富”。
溱湾县政协调研课题组
二〇二五年六月二十日
""",
    ),
    dict(
        slug="gov-qinwan-notice-html-index-table-seawall",
        site="溱湾县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qinwan.example.gov.cn/xxgk/tzgg/202507/t20250711_92017.html",
        title="溱湾县人民政府办公室关于开展海堤安全隐患排查整治的通知",
        record_title="溱湾县人民政府办公室关于开展海堤安全隐患排查整治的通知_溱湾县人民政府",
        date="2025-07-11",
        notes="modern 信息公开 page: index table with 索引号/发文字号 (the document number in the table is meta); 长者模式 link; the notice's own 联系人/电话 kept beside the portal's 值班电话; 附件 list kept; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>溱湾县人民政府办公室关于开展海堤安全隐患排查整治的通知_溱湾县人民政府</title>
<script src="/js/jquery.min.js"></script><script>window.siteId="qw01";</script></head><body>
<header><div class="top"><a>⟦a 长者模式⟧</a> <a>⟦a 无障碍⟧</a> <a>⟦a 登录⟧</a></div><div class="logo">⟦m 溱湾县人民政府⟧</div>
<nav><a>⟦m 首页⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 政务服务⟧</a><a>⟦m 互动交流⟧</a></nav></header>
<div class="loc">⟦m 当前位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11330922MB1730/2025-00418⟧</td><td>⟦m 发布机构：县政府办公室⟧</td></tr>
<tr><td>⟦m 发文字号：溱政办发〔2025〕23号⟧</td><td>⟦m 发布日期：2025-07-14⟧</td></tr></table>
<h1>⟦t 溱湾县人民政府办公室关于开展海堤安全隐患排查整治的通知⟧</h1>
<div class="tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="related"><h3>⟦l 相关阅读⟧</h3><ul><li>⟦l 县水利局召开主汛期防御部署会⟧</li><li>⟦l 溱湾县2025年海塘加固工程开工⟧</li></ul></div>
<footer><p>⟦m 主办：溱湾县人民政府办公室　承办：县大数据中心⟧</p><p>⟦m 政府值班电话：0580-7120000　网站标识码：3309220003⟧</p><p>⟦m 浙ICP备05018823号⟧</p></footer>
<script>statVisit();</script></body></html>
""",
        body="""
各乡镇人民政府，县政府各部门：
为切实保障主汛期海堤工程安全，经县政府同意，决定即日起至8月31日在全县开展海堤安全隐患排查整治。现将有关事项通知如下。
一、排查范围。全县一线海堤五十二公里及沿线涵闸、水闸、排涝泵站。
二、排查重点。堤身裂缝、塌陷、渗漏，堤脚淘刷，闸门启闭设备运行状况，以及管理人员在岗履职情况。
三、工作要求。各乡镇于7月25日前报送自查清单，县水利局会同应急管理局于8月组织抽查，发现的隐患实行销号管理。
联系人：县水利局　方雁　电话：0580-7123361
附件：1.海堤安全隐患排查清单
2.隐患整改销号表
溱湾县人民政府办公室
2025年7月11日
""",
        date_also=["2025-07-14"],
    ),
    dict(
        slug="gov-yunxi-news-dispatch-text-byline",
        site="涢溪县卫生健康局 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://wjj.yunxi.example.gov.cn/gzdt/2025/0412/3315.html",
        title="县急救指挥中心开展院前急救技能比武",
        date="2025-04-12",
        record_date="2025-04-12",
        notes="text-extracted news page: byline with 发布时间 (the page's date); a photo caption between paragraphs; share row and prev/next at the bottom; visits counter",
        page="""
!m 涢溪县卫生健康局
!m 首页 » 工作动态
{T}
!m 发布时间：2025-04-12 16:05　来源：县急救指挥中心　浏览次数：
!m 512
{BODY}
!l 分享到：
!l 上一条：县人民医院开展无偿献血活动
!l 下一条：全县基层医疗机构院感培训班开班
!m 涢溪县卫生健康局版权所有　地址：涢溪县府前街9号
""",
        body="""
4月11日，县急救指挥中心在县体育馆举办院前急救技能比武，全县十一个急救站的四十四名医生、护士、驾驶员和担架员参加比赛。
比赛设置心肺复苏、创伤包扎固定、搬运转运和调度受理四个项目，全面检验急救队伍的实战能力。
⟦m 图为比赛现场（摄影　朱晓）⟧
经过激烈角逐，城东急救站获得团体一等奖，三名选手获评“急救能手”。
县卫健局负责人表示，要以赛促训，进一步缩短急救反应时间，守护好群众的生命线。
""",
    ),
    dict(
        slug="gov-juchuan-request-funds-intranet-extract",
        site="沮川县海洋与渔业局 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="text",
        source="http://hyj.juchuan.example.gov.cn/zwgk/qsbg/2025/0305/77.html",
        title="关于申请红树林生态修复补助资金的请示",
        record_title="关于申请红树林生态修复补助资金的请示 - 沮川县海洋与渔业局",
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="document number under the title neutral; 签发人 line neutral; the portal's site line and a 发布日期 meta line; 抄送 版记 kept; 成文日期 in the text",
        page="""
!m 沮川县海洋与渔业局　　【政务公开】
!m 发布日期：2025-03-06　　字体：【大】【中】【小】
{T}
沮海渔〔2025〕9号　　签发人：何广生
{BODY}
!a 【打印】　【关闭】
!m 沮川县海洋与渔业局主办　联系电话：0668-5512030
""",
        body="""
县人民政府：
我县红树林保护区现有红树林二千一百亩，近年因外来物种互花米草入侵和历史养殖占用，部分林地退化严重。
根据《红树林保护修复专项行动计划》，我局拟于2025年实施红树林生态修复项目，计划清除互花米草三百亩，新种植红树林四百亩，项目总投资三百八十万元。
目前已争取上级补助资金二百万元，尚有缺口一百八十万元，恳请县政府给予补助。
妥否，请批示。
沮川县海洋与渔业局
2025年3月5日
抄送：县财政局，县自然资源局。
""",
    ),
    dict(
        slug="news-huaicheng-html-oyster-festival",
        site="浍城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huaichengnews.example.cn/jj/2025-11/08/content_66120.html",
        title="浍城首届牡蛎文化节开幕　合作社现场签约订单两千吨",
        date="2025-11-08",
        notes="modern news portal: channel nav, byline with time and 责任编辑, a photo caption paragraph, an 'APP下载' prompt glued after the last paragraph, comment box and hot list; the co-op's own order hotline kept in the body",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>浍城首届牡蛎文化节开幕　合作社现场签约订单两千吨 - 浍城新闻网</title>
<link rel="stylesheet" href="/css/article.css"></head><body>
<div class="topbar">⟦m 浍城新闻网　浍城人自己的新闻客户端⟧ <a>⟦a 下载APP⟧</a> <a>⟦a 登录｜注册⟧</a></div>
<ul class="channel"><li>⟦m 时政⟧</li><li>⟦m 经济⟧</li><li>⟦m 民生⟧</li><li>⟦m 文旅⟧</li></ul>
<div class="crumb">⟦m 浍城新闻网 > 经济 > 正文⟧</div>
<h1>⟦t 浍城首届牡蛎文化节开幕　合作社现场签约订单两千吨⟧</h1>
<p class="info">⟦m 2025-11-08 10:32:17　来源：浍城日报　记者　蒋萍　通讯员　吴海⟧</p>
<article>
{BODY}
</article>
<p class="editor">⟦m 责任编辑：郝蕾　审核：乔文⟧</p>
<div class="cmt"><h4>⟦l 网友评论⟧</h4><textarea>⟦l 说两句吧……⟧</textarea><span>⟦l 已有 17 人参与⟧</span></div>
<aside><h4>⟦l 24小时热榜⟧</h4><ol><li>⟦l 城南菜市场改造完成⟧</li><li>⟦l 跨海大桥通车倒计时⟧</li></ol></aside>
<footer>⟦d 浍城新闻网所刊原创内容，未经授权不得转载。⟧ ⟦m 互联网新闻信息服务许可证编号：44120250017⟧</footer>
</body></html>
""",
        body="""
11月7日，浍城首届牡蛎文化节在滨海渔港广场开幕，来自周边县区的三十余家采购商与本地牡蛎养殖合作社现场签订订单两千吨。
本届文化节为期三天，设置牡蛎开壳比赛、渔家美食展和养殖技术讲座等活动。
图为游客在展区品尝烤牡蛎。
浍城海丰牡蛎养殖合作社理事长林阿福介绍，今年合作社推广“浮筏吊养”新技术，亩产提高了两成，社员户均增收三万余元。
活动期间，市民可拨打合作社订购电话0662-3386120预订鲜蚝。⟦a 打开浍城新闻APP，看更多精彩视频⟧
""",
    ),
    dict(
        slug="news-miganggang-text-ice-rink-tilde",
        site="洣岗晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.migangwb.example.com/shehui/20251220/118.shtml",
        title="洣岗首座公益滑冰馆向中小学生免费开放",
        record_title="洣岗首座公益滑冰馆向中小学生免费开放_社会_洣岗晚报网",
        date="2025-12-20",
        notes="decorated record title (_column_site); title repeated twice (once glued to the lead); a 'news tip' hotline line; tags and a more-news list; the rink's own booking phone kept in the body",
        page="""
!m 洣岗晚报网　社会频道
{T}
!m 2025年12月20日 08:15　洣岗晚报　评论（3）
⟦t 洣岗首座公益滑冰馆向中小学生免费开放⟧{BODY}
!w 新闻爆料热线：0731-8990110（24小时）
!l 标签：滑冰馆　冰雪运动　中小学生
!l 更多新闻>>
""",
        body="""
本报讯（记者　闵冬）12月19日，洣岗首座公益滑冰馆在市全民健身中心正式启用。
滑冰馆面积一千八百平方米，可同时容纳一百五十人上冰，每周二至周五下午向全市中小学生免费开放。
学校组织学生集体上冰，需提前三天通过滑冰馆预约电话0731-8990233登记。
馆方还聘请了六名专业教练，开设初级滑行、安全摔倒等基础课程。
""",
    ),
    dict(
        slug="forum-yanxue-post-climbing-gym-junk",
        site="岩雪攀登论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://bbs.yanxue.example.net/thread-30215-1-1.html",
        title="攀岩馆安全文明攀登倡议书",
        record_title="[转帖] 攀岩馆安全文明攀登倡议书（馆里贴出来的，大家看看） - 室内攀岩 - 岩雪攀登论坛",
        date="2025-08-02",
        date_also=["2025-08-05"],
        notes="forum repost with floor meta, poster info, signature line; anti-scraping junk as lines and glued; the pledge's own date differs from the post time",
        junk=dict(lines=2, glued=2),
        page="""
!m 岩雪攀登论坛 › 室内攀岩 › 查看主题
!t [转帖] 攀岩馆安全文明攀登倡议书（馆里贴出来的，大家看看）
!m 楼主　抱石小白　发表于 2025-8-5 21:40　只看该作者
!m 积分 612　帖子 88　注册时间 2021-3-9
{BODY}
!d 本帖最后由 抱石小白 于 2025-8-5 21:52 编辑
!l 回复　引用　举报　支持(12)　反对(0)
!m 签名：每周三晚馆里见，一起抱石~
""",
        body="""
各位攀岩爱好者：
随着攀岩运动日益普及，来馆攀登的朋友越来越多。为营造安全、文明、有序的攀登环境，我们发出如下倡议。
一、安全第一。首次入馆须参加安全讲解，顶绳攀登前请与保护员互相检查安全带和绳结。
二、文明攀登。抱石区不在他人攀爬线路下方停留，不大声喧哗，离馆前将镁粉和装备归位。
三、互帮互助。遇到初学者请主动提醒，发现设备损坏及时告知前台。
洣岗岩点攀岩馆
2025年8月2日
""",
    ),
    dict(
        slug="forum-huanqiu-discuz-html-kayak-jammer",
        site="环球水上运动论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shuishangbbs.example.com/forum.php?mod=viewthread&tid=8812",
        title="关于举办2025年泜水皮划艇野水巡游活动的通知",
        record_title=None,
        date="2025-05-10",
        date_also=["2025-05-12"],
        notes="Discuz-like HTML: jammer fonts glued and on lines, floor meta, a reply box, post time differs from the notice's own date; no record title",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>关于举办2025年泜水皮划艇野水巡游活动的通知 - 活动召集 - 环球水上运动论坛 - Powered by Discuz!</title></head><body>
<div id="hd">⟦m 环球水上运动论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 论坛 › 活动召集 › 关于举办2025年泜水皮划艇野水巡游活动的通知⟧</div>
<table class="plhin"><tr><td class="pls"><div>⟦m 划桨的老周⟧</div><div>⟦m 主题 41　帖子 302　积分 1870⟧</div></td>
<td class="plc"><h1>⟦t 关于举办2025年泜水皮划艇野水巡游活动的通知⟧</h1>
<div class="authi">⟦m 发表于 2025-5-12 09:18⟧ | ⟦a 只看该作者⟧ | ⟦a 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦l 回复⟧ ⟦l 支持⟧ ⟦l 收藏⟧ ⟦l 分享⟧</div></td></tr></table>
<div id="f_pst">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 粤ICP备17088213号⟧</div>
</body></html>
""",
        body="""
各会员单位、各位桨友：
为推广皮划艇运动，展示泜水两岸生态风光，泜水县皮划艇协会定于6月8日举办野水巡游活动。
一、路线。自上游青石滩码头出发，至县城滨江公园下水点结束，全程十二公里。
二、报名条件。年满十六周岁，具备基本划桨和自救能力，自备或租用符合标准的皮划艇及救生衣。
三、报名方式。即日起至5月31日，将报名表发送至协会邮箱zsky2025@example.com，限额八十人。
泜水县皮划艇协会
2025年5月10日
""",
    ),
    dict(
        slug="blog-cuxian-memoir-vinegar-master",
        site="醋仙的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.zhuyun.example.com/cuxian/article/20250918",
        title="跟师傅学酿醋的三十年",
        record_title="跟师傅学酿醋的三十年 | 醋仙的博客",
        date="2025-09-18",
        notes="blog: bracketed post time (the page's date), category and read counts, tags, a 'like' button glued after the last sentence, archive sidebar; relative time in the comment",
        page="""
!m 醋仙的博客 —— 一缸老醋，半生光阴
!l 首页　文章　相册　留言板
{T}
!m [2025-09-18 22:04]　分类：匠人手记　阅读(206)　评论(2)
{BODY}
!l 标签：酿醋　老手艺　泜水陈醋
!l 评论区：山西老乡　3天前　写得真好，想起我爷爷的醋坊了。
!l 文章归档：2025年9月(3)　2025年8月(5)
""",
        body="""
1995年秋天，我进醋厂当学徒，跟的师傅是厂里最老的酿醋工冯师傅。
头一年，师傅只让我干两件事：翻醅和看火。翻醅要翻得匀，看火要看得准，差一点，醋味就不正。
师傅常说，醋是“熬”出来的，也是“等”出来的，急不得。
如今我也带了徒弟，每年夏伏晒醋的时候，总会想起师傅蹲在醋缸边闻醋的样子。⟦l 点赞(31)⟧
""",
    ),
]
