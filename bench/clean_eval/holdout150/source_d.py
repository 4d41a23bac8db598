"""holdout150, part D: the second round of styles (范文站 … 教育门户). All invented."""

CASES = [
    dict(
        slug="fanwen-pepper-coop-report-html",
        site="公文素材网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.gwsucai.example.com/shuzhi/20251211/66120.html",
        title="彩椒专业合作社理事长2025年度述职报告",
        record_title="彩椒专业合作社理事长2025年度述职报告（精选范本）_公文素材网",
        date="2025-12-11",
        notes="old table-layout 范文 site with marquee, 阅读字号 row, hot list, counter with webmaster's QQ; writing-service line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>彩椒专业合作社理事长2025年度述职报告（精选范本）_公文素材网</title></head>
<body>
<table width="960"><tr><td>⟦m 公文素材网 - 机关写作第一站⟧</td></tr>
<tr><td><marquee>⟦l 最新上传：年终总结大全　述职报告模板　民主生活会发言⟧</marquee></td></tr></table>
<table width="960"><tr><td>
<h2>{T}</h2>
<div>⟦a 【阅读字号：特大 大 中 小】⟧　⟦m 时间：2025-12-13 作者：佚名⟧</div>
{BODY}
</td><td width="220">⟦l 本周热门：村党支部书记述职报告　合作社年终总结⟧</td></tr></table>
<div align="center">⟦m 站长QQ：80313377　今日访问 2113　总访问 8830127⟧</div>
</body></html>
""",
        body="""
各位社员代表：
一年来，在镇党委、政府的指导下，我带领合作社理事会认真履职，现将主要工作报告如下。
一是扩大种植规模。合作社入社农户由六十三户增加到九十一户，彩椒种植面积达到六百二十亩。
⟦w 本站代写各类述职报告，原创保过，微信 gwsc_668⟧
二是打开销售渠道。与两家商超签订直供协议，全年销售彩椒四千一百吨，社员户均增收两万三千元。
三是存在的问题。品牌建设滞后，冷库容量不足，明年要重点解决。
述职人：韦长松
2025年12月11日
""",
        date_also=["2025-12-13"],
    ),
    dict(
        slug="wenku-hop-summary-page-of-markers",
        site="知行文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.zhixingwk.example.com/doc/55190311.html",
        title="蓁原县2025年啤酒花产业发展工作总结",
        record_title="蓁原县2025年啤酒花产业发展工作总结.wps",
        date="2025-11-28",
        notes="file-name title (.wps); page markers `第n页／共4页` on their own lines cutting sentences; Chinese-numeral 成文日期",
        pages=dict(fmt="第{n}页／共4页", every=80, start=2, glue=False),
        page="""
!m 知行文库　·　文档在线预览
!m 蓁原县2025年啤酒花产业发展工作总结.wps　　4页　　下载次数 91
{BODY}
!a 余下内容需下载查看，会员免费
!d 本站文档均由用户上传，如涉及版权问题请联系客服删除
""",
        body="""
2025年，全县啤酒花产业坚持提质增效，种植面积稳定在一万二千亩，干花产量一千八百六十吨，产值二亿三千万元。
一、主要做法。推广钢绞线花架改造一千五百亩，新建颗粒加工线两条，培育省级示范合作社三家。
二、存在问题。品种单一，香型花比例偏低，产品议价能力不强。
三、明年打算。引进香型新品种三个，建设品种试验园一百亩，扩大出口规模。
蓁原县农业农村局
二〇二五年十一月二十八日
""",
    ),
    dict(
        slug="gov-hop-speech-html-title-date",
        site="蓁原县人民政府 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhenyuan.example.gov.cn/zwdt/ldjh/202502/t20250220_4410.html",
        title="在全县啤酒花产业高质量发展推进会上的讲话",
        record_title=None,
        date="2025-02-18",
        date_also=["2025-02-20"],
        notes="missing record title; date under the speech title in Chinese numerals; speaker line neutral; portal 发布日期 differs (accepted)",
        page="""
<html><head><meta charset="utf-8"><title>蓁原县人民政府</title></head>
<body>
<div class="top">⟦m 蓁原县人民政府　www.zhenyuan.example.gov.cn⟧ <a>⟦a 简体｜繁體⟧</a> <a>⟦a 关怀版⟧</a></div>
<div class="nav">⟦m 首页　走进蓁原　政务公开　政务服务　政民互动⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 政务动态 &gt; 领导讲话⟧</div>
<h1>{T}</h1>
<p class="sub">（二〇二五年二月十八日）</p>
<p class="sub">县委副书记、县长　阿力木·买买提</p>
<p class="meta">⟦m 发布日期：2025-02-20　来源：县政府办⟧</p>
{BODY}
<div class="qr">⟦l 扫一扫在手机打开当前页⟧</div>
<footer>⟦m 蓁原县人民政府办公室主办　网站标识码6542230021　新ICP备10002211号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天召开这次会议，主要任务是分析啤酒花产业面临的形势，部署今年的重点工作。
第一，要清醒认识形势。国内啤酒企业对高品质香型花需求旺盛，而我县苦型花占比过高，结构调整刻不容缓。
第二，要突出抓好三件事。抓品种改良，抓加工升级，抓品牌营销。
第三，要强化组织保障。各乡镇主要负责同志要亲自抓，县直部门要各司其职，形成工作合力。
同志们，啤酒花是我县农民增收的支柱产业，希望大家鼓足干劲，确保全年目标任务圆满完成。
""",
    ),
    dict(
        slug="news-beach-cleanup-news-text",
        site="海潮融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.haichaorm.example.com/bendi/2025/06/09/art_1207_88310.html",
        title="六百余名志愿者齐聚蘩口海岸净滩",
        record_title="六百余名志愿者齐聚蘩口海岸净滩 丨 海潮融媒",
        date="2025-06-09",
        notes="news portal text; title repeated glued to the lead; 责任编辑 and 来源 lines; hashtags",
        page="""
!m 海潮融媒　看见身边的新闻
!m 本地 | 2025-06-09 17:52 | 来源：蘩口区融媒体中心
{T}
⟦t 六百余名志愿者齐聚蘩口海岸净滩⟧　{BODY}
!m 责任编辑：骆曼　审核：唐启
!l #世界海洋日#　#净滩行动#
!l 下一篇：蘩口渔港开渔节筹备工作启动
""",
        body="""
8日上午，蘩口区“蓝色海湾”净滩志愿活动在沙坪湾等三处岸段同时举行，六百余名志愿者参加。
志愿者们沿着海岸线分组推进，捡拾塑料瓶、泡沫块和废弃渔网，三个小时共清理垃圾二点六吨。
活动现场还设置了海洋科普展板，志愿者向游客讲解海洋垃圾对海洋生物的危害。
""",
    ),
    dict(
        slug="forum-beach-diver-post-html-jammer",
        site="潜友会论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.qianyouhui.example.net/thread-11920-1-1.html",
        title="水下净滩活动回顾：鹭屿礁区清出渔网三百米",
        record_title="[活动回顾] 水下净滩活动回顾：鹭屿礁区清出渔网三百米 - 潜友会论坛",
        date="2025-10-12",
        notes="Discuz-like divers' forum with jammer fonts; 发表于 date; signature and reply chrome",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[活动回顾] 水下净滩活动回顾：鹭屿礁区清出渔网三百米 - 潜友会论坛</title></head>
<body>
<div id="hd">⟦m 潜友会论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 潜友会论坛 › 活动专区 › 公益潜水⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 蓝鳍老吴　发表于 2025-10-12 19:47⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：潜水十五年，只留下气泡⟧</div>
<div class="po">⟦l 回复　引用　评分　举报⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        body="""
上周六，俱乐部十二名潜水员在鹭屿礁区开展了今年第三次水下净滩。
这次重点清理缠在礁石上的废弃渔网，大家两人一组，用剪刀一点点把网从珊瑚和礁石上剪下来，一共清出渔网约三百米。
网里还困着两只已经死去的海龟，大家心里都很不好受。
下一次活动定在11月，欢迎持有进阶证书的潜友报名。
""",
    ),
    dict(
        slug="blog-pepper-grower-relative-time",
        site="大棚日记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://dapengriji.example-blog.com/archives/1131",
        title="冬天种彩椒，最怕的是连阴天",
        record_title="冬天种彩椒，最怕的是连阴天 | 大棚日记",
        date=None,
        notes="blog; no date (only a relative time); archive and tag cloud; a 关注/分享 sentence in the text kept",
        page="""
!m 大棚日记 | 一个80后菜农的碎碎念
!m 首页　彩椒　番茄　生活
{T}
!m 发布于 5天前　·　阅读 1,203
{BODY}
!l 标签云：彩椒 连阴天 补光 温室
!l 文章归档：2025年12月(4)　2025年11月(6)
!l 留言（12）
""",
        body="""
进入腊月，最怕的不是冷，而是连着好几天见不到太阳。
连阴天棚里光照不足，彩椒叶片发黄，花也开得小，坐不住果。我的办法是白天照样拉起草帘，哪怕是散射光也要让植株晒一晒。
今年我在棚里装了十二盏补光灯，阴天上午补光四个小时，效果比去年好了不少。
觉得有用的朋友可以分享给身边种大棚的亲戚，大家一起少受点损失。
""",
    ),
    dict(
        slug="wechat-beach-initiative-text",
        site="公号阅读器 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://read.gzhyd.example.com/mp/HaiZhiSheng/20250601",
        title="净滩倡议书：把垃圾带走，把美丽留下",
        record_title="净滩倡议书：把垃圾带走，把美丽留下",
        date="2025-06-01",
        notes="WeChat mirror text; account line as date; follow prompt at the top and 在看 bar at the bottom",
        page="""
{T}
!m 原创　海之声志愿队　2025年06月01日 08:00
!a 👆点击“海之声志愿队”关注我们
{BODY}
!m 文字：小鱼　排版：阿澜
!l 分享　点赞　在看
!a 阅读原文
""",
        body="""
亲爱的市民朋友们：
大海是我们共同的家园，可每到节假日，沙滩上总会留下大量垃圾。为此，我们发出如下倡议：
一、到海边游玩时自带垃圾袋，把垃圾带走。
二、少用一次性塑料制品，拒绝把烟头丢在沙滩上。
三、积极参加净滩活动，做海洋环保的宣传者和实践者。
让我们一起行动，把垃圾带走，把美丽留下！
海之声志愿队
2025年6月1日
""",
    ),
    dict(
        slug="docshare-hop-insurance-notice-html",
        site="易享文档 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yixiangdoc.example.com/p/3301872.html",
        title="关于开展2025年啤酒花种植保险投保工作的通知",
        record_title="关于开展2025年啤酒花种植保险投保工作的通知 - 易享文档",
        date="2025-04-08",
        notes="document-sharing reader with page markers as HTML paragraphs; upload notice; document number neutral",
        pages=dict(fmt="— 第{n}页 —", every=90, start=2),
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年啤酒花种植保险投保工作的通知 - 易享文档</title></head>
<body>
<div class="bar">⟦m 易享文档⟧ <a>⟦a 上传文档⟧</a> <a>⟦a 下载本文（2积分）⟧</a></div>
<div class="reader">
<h2>{T}</h2>
<p>蓁农发〔2025〕19号</p>
{BODY}
</div>
<div class="note">⟦d 本文档为网友分享，所有权益归上传用户所有，平台不对内容的准确性负责⟧</div>
<div class="rel">⟦l 相关推荐：政策性农业保险理赔流程　棉花种植保险条款⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为增强啤酒花种植户抵御自然灾害的能力，经研究，2025年继续开展啤酒花种植保险工作，现将有关事项通知如下。
一、保险责任：暴雨、冰雹、大风、霜冻等自然灾害造成的损失。
二、保险金额和保费：每亩保险金额二千元，保费一百元，其中财政补贴百分之七十，农户自缴百分之三十。
三、投保时间：4月10日至5月10日，由各乡镇组织统一投保。
蓁原县农业农村局
2025年4月8日
""",
    ),
    dict(
        slug="edu-pepper-school-farm-notice",
        site="苈湖县实验小学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lhsyxx.example.edu.cn/xxgg/2025/0303.html",
        title="关于开展“小小菜农”彩椒种植劳动实践活动的通知",
        record_title="【教务通知】关于开展“小小菜农”彩椒种植劳动实践活动的通知",
        date="2025-03-03",
        notes="school site; class table; 抄送 line; 打印 in a sentence kept",
        page="""
!m 苈湖县实验小学　　崇德　尚学　健体　尚美
!m 首页 >> 学校公告
{T}
!m 作者：教务处　点击：418　更新：2025-03-03
{BODY}
!l 【上一篇】关于2025年春季学期课后服务的安排
!l 【下一篇】三月份学校食堂带量食谱公示
!m 苈湖县实验小学版权所有　地址：苈湖县文昌路18号
""",
        body="""
各班主任：
为落实劳动教育要求，学校在劳动实践基地开辟彩椒种植区，组织三至五年级学生开展“小小菜农”活动。
年级　种植区　指导老师
三年级　东区　何芳
四年级　中区　孔令伟
五年级　西区　沈丽
请各班主任将观察记录表打印后发给学生，每周记录一次彩椒生长情况。
教务处
2025年3月3日
抄送：校长室、总务处
""",
    ),
    dict(
        slug="oa-beach-company-volunteer-notice-html",
        site="海晟集团内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://portal.haisheng.example.local/notice/view.do?id=88120",
        title="关于组织员工参加“企业开放日·净滩行”活动的通知",
        record_title="内部通告-关于组织员工参加“企业开放日·净滩行”活动的通知",
        date="2025-09-02",
        notes="intranet document view with 流转记录 and read counts; 联系人 extension kept; bus schedule table",
        page="""
<html><head><meta charset="utf-8"><title>海晟集团内网</title></head>
<body>
<div class="hd">⟦m 海晟集团统一门户　欢迎您，吕晓峰⟧ <a>⟦a 退出⟧</a></div>
<div class="menu">⟦m 待办(3)　待阅(12)　公文　通知通告　知识库⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 发文部门：工会　发布人：吕晓峰　阅读次数：526⟧</div>
{BODY}
<div class="flow">⟦m 流转记录：工会 拟稿 09-01 → 行政部 审核 09-02 → 总经理 签发 09-02⟧</div>
<div class="btn">⟦a 打印　导出　收藏⟧</div>
</body></html>
""",
        body="""
各部门：
为践行企业社会责任，集团工会定于9月13日组织员工到沙坪湾开展净滩活动，每个部门报名不少于五人。
班车　发车时间　上车地点
1号车　7:30　集团总部东门
2号车　7:40　生产基地北门
请各部门于9月8日前将报名名单报集团工会，联系人：吕晓峰，分机：8021。
集团工会
2025年9月2日
""",
    ),
]
