"""holdout81, part A: bamboo-shoot growers, processors and bodies (竹笋). Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-zhuxiang-summary-bamboo-shoot-coop",
        site="竹香范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zhuxiangfw.example.com/zongjie/2025/7781.html",
        title="篁溪县春笋专业合作社2024年度工作总结",
        record_title="【精选】篁溪县春笋专业合作社2024年度工作总结（通用版）_竹香范文网",
        date="2025-01-08",
        notes="decorated record title; a writing-service prompt between paragraphs; 成文日期 under the signature",
        indent="　　",
        page="""
!m 竹香范文网 —— 写材料，不求人
!m 所在位置：首页 ＞ 总结大全 ＞ 合作社总结
{T}
!m 整理：小竹　浏览次数：1,204
{BODY}
!a 本篇未完？点这里一键复制全文
!l 上一篇：茶叶合作社年终总结　　下一篇：家庭农场年度总结
""",
        body="""
2024年，合作社在镇党委、镇政府的关心支持下，围绕春笋产业提质增效，各项工作稳步推进。
全年收购鲜笋一千八百吨，带动社员户均增收六千二百元。
⟦w 材料写不出来？资深笔杆子一对一代笔，微信 zx_bigan88⟧
新建冷库一座，笋干加工车间完成改造，产品通过绿色食品认证。
2025年，合作社将重点抓好笋竹两用林培育和品牌营销，力争销售额突破千万元。
篁溪县春笋专业合作社
2025年1月8日
""",
    ),
    dict(
        slug="wenku-qingyun-bamboo-survey-pipe-markers",
        site="青筠文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.qingyun.example.cn/view/a81c33f0e2.html",
        title="关于箬山县竹笋加工产业发展情况的调研报告",
        record_title="关于箬山县竹笋加工产业发展情况的调研报告.docx",
        date="2024-11-20",
        notes="file-name record title; ┤N├ markers cut sentences; a preview-end prompt and an upload notice",
        indent="  ",
        pages=dict(fmt="┤{n}├", every=110, start=2),
        page="""
!m 青筠文库　海量文档免费读
!t 关于箬山县竹笋加工产业发展情况的调研报告.docx
!m 上传者：shan***77　格式：DOCX　页数：4　评分：4.6
{BODY}
!a 预览已到底，余下3页请用下载券获取
!d 本资料由用户自行上传分享，仅作交流学习之用，如有侵权请联系平台删除。
!l 同类文档：竹产业发展规划 ｜ 农产品加工调研 ｜ 乡村产业振兴报告
""",
        body="""
为摸清全县竹笋加工产业底数，县农业农村局于10月组织专题调研组，走访了十四家加工企业和六个专业村。
目前全县竹林面积二十六万亩，年产鲜笋约九万吨，但就地加工率不足四成，精深加工产品少，品牌影响力弱。
调研组建议，设立竹笋产业发展专项资金，引导企业开发即食笋、笋丝罐头等产品，并加快建设区域公用品牌。
箬山县农业农村局调研组
2024年11月20日
""",
    ),
    dict(
        slug="gov-jiance-html-bamboo-theft-notice",
        site="笕川县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.jianchuan.example.gov.cn/zwgk/tzgg/202503/t20250305_90211.html",
        title="关于严禁盗挖春笋的通告",
        record_title="关于严禁盗挖春笋的通告_笕川县人民政府",
        date="2025-03-05",
        notes="modern county portal: index table, elder-mode row, related list; document number neutral; document's own 举报电话 next to the portal's 12345 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于严禁盗挖春笋的通告_笕川县人民政府</title>
<script>var siteId=1203;</script></head><body>
<div class="top">⟦a 关怀版　｜　无障碍　｜　English⟧</div>
<div class="logo">⟦m 笕川县人民政府⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 政务服务⟧</li><li>⟦l 互动交流⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 › 政务公开 › 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11330728MB1F22/2025-00417⟧</td><td>⟦m 发布机构：笕川县林业局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-03-05⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr></table>
<h1>⟦t 关于严禁盗挖春笋的通告⟧</h1>
<p class="wh">笕林通〔2025〕3号</p>
<div class="article">
{BODY}
</div>
<div class="tools">⟦a 【大 中 小】　【打印本页】　【关闭窗口】⟧</div>
<div class="rel"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县林业局开展春季护林专项行动⟧</li><li>⟦l 2025年森林防火期安排⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：笕川县人民政府办公室　政务服务热线：12345⟧</p><p>⟦m 浙ICP备07021234号-1⟧</p></div>
</body></html>
""",
        body="""
春笋出土季节已到，为保护竹林资源，维护林农合法权益，现将有关事项通告如下。
一、任何单位和个人未经林权所有者同意，不得进入他人竹林挖笋。
二、对盗挖春笋的行为，由林业部门依法处理；构成犯罪的，移送司法机关追究刑事责任。
三、欢迎群众举报盗挖行为，举报电话：0578-7251106，县林业局将对举报人信息严格保密。
笕川县林业局
2025年3月5日
""",
    ),
    dict(
        slug="news-jingyuan-html-bamboo-festival",
        site="箐原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jingyuannews.example.com/local/2025-04/12/content_338102.html",
        title="箐原县第五届春笋节开幕 线上线下销售鲜笋两百吨",
        record_title=None,
        date="2025-04-12",
        notes="no record title: the headline on the page; byline date is the page's date; photo caption and an app-download prompt between paragraphs; a 24-hour list",
        page="""
<html><head><meta charset="utf-8"><title>箐原县第五届春笋节开幕 线上线下销售鲜笋两百吨-箐原新闻网</title></head><body>
<header><span>⟦m 箐原新闻网　权威发布　读懂箐原⟧</span><span>⟦a 登录　注册⟧</span></header>
<nav>⟦l 时政　民生　乡村　文旅　视频　评论⟧</nav>
<h1>⟦t 箐原县第五届春笋节开幕 线上线下销售鲜笋两百吨⟧</h1>
<div class="info">⟦m 2025-04-12 09:41　来源：箐原日报　记者 钟明溪 通讯员 林岚⟧</div>
<div class="txt">
{BODY}
</div>
<div class="edit">⟦m 责编：叶帆　审校：夏青⟧</div>
<aside><h4>⟦l 24小时热文⟧</h4><ol><li>⟦l 城区两条道路今起封闭施工⟧</li><li>⟦l 夏季用电高峰来临前的检修安排⟧</li></ol></aside>
<footer>⟦d 本网所有原创稿件版权归箐原日报社所有，未经书面授权不得转载。⟧</footer>
</body></html>
""",
        body="""
4月11日，箐原县第五届春笋节在竹海镇开幕，来自周边县市的两千余名游客参加了挖笋体验活动。
⟦m （图为游客在竹林中体验挖笋。记者 钟明溪 摄）⟧
开幕式上，县电商服务中心组织十二名主播现场直播带货，当天线上线下共销售鲜笋两百余吨。
⟦a 打开箐原新闻客户端，看更多现场视频⟧
据介绍，本届春笋节将持续至4月底，期间还将举办笋宴厨艺比赛和竹编技艺展示。
""",
    ),
    dict(
        slug="forum-lintou-bamboo-pest-junk",
        site="林头社区论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="article",
        form="text",
        source="http://bbs.lintou.example.net/thread-55018-1-1.html",
        title="种了十年雷竹，说说我防笋夜蛾的办法",
        record_title="[经验交流] 种了十年雷竹，说说我防笋夜蛾的办法 - 种植交流 - 林头社区论坛",
        date=None,
        notes="forum post with anti-scraping junk lines and glued junk; relative post time is not a date; floor reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 林头社区论坛 › 种植交流 › 查看帖子
!t [经验交流] 种了十年雷竹，说说我防笋夜蛾的办法
!m 楼主：老竹根　发表于 3 天前　|　只看该作者　|　倒序浏览
{BODY}
!m 本帖最后由 老竹根 于 昨天 20:14 编辑
!l 回复　支持(18)　反对(0)　举报
!l 快速回复：请先登录后再发表回复
""",
        body="""
我家在山脚下种雷竹已经十年了，前几年笋夜蛾闹得厉害，一片竹林能减产三成。
后来听林业站的技术员讲，关键是抓住成虫羽化的时候诱杀，我就在竹林边挂了六盏杀虫灯。
另外每年冬天要把竹林里的杂草清干净，草里是虫子过冬的地方，清了第二年就少很多。
这两年用了这些办法，虫害基本控制住了，大家有什么好办法也可以在下面说说。
""",
    ),
    dict(
        slug="blog-suiyun-bamboo-drying-wrapped",
        site="岁筠山居 (invented blog)",
        style="博客",
        genre="随笔",
        kind="article",
        form="text",
        source="https://suiyun.example.blog.cn/post/2025/05/bamboo-shoot-drying",
        title="晒笋干的那几天",
        record_title="晒笋干的那几天 | 岁筠山居",
        date="2025-05-18",
        notes="blog post hard-wrapped at 62 columns; a bracketed post time is the page date; tag row and archive list",
        wrap=62,
        indent="　　",
        page="""
!m 岁筠山居 · 一个人的竹林笔记
!t 晒笋干的那几天 | 岁筠山居
!m [2025-05-18 21:03]　分类：山居日常　阅读(356)　评论(7)
{BODY}
!l 标签：笋干　山居　老手艺
!l 文章归档：2025年5月(4)　2025年4月(6)　2025年3月(3)
!d 本博文字均为原创，转载请保留出处链接。
""",
        body="""
五月的雨一停，村里家家户户都开始煮笋、晒笋，空气里全是一股淡淡的清香。
母亲把剥好的笋切成条，放进大锅里煮透，再一根根摆到竹匾上，趁着太阳好的时候晒上三四天。
晒笋干最怕回潮，傍晚要收进屋里，第二天再搬出来，这样反复几次，笋干才会又干又香。
如今城里的超市也能买到笋干，可我总觉得，还是自家晒出来的味道最好。
""",
    ),
    dict(
        slug="wechat-zhuhai-mirror-html-bamboo-recipe-contest",
        site="篱湾乡村振兴 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wxmirror.example.net/s/LiwanXC_20250402",
        title="关于举办篱湾镇首届笋宴厨艺大赛的通知",
        record_title="关于举办篱湾镇首届笋宴厨艺大赛的通知",
        record_date="2025-04-02",
        date="2025-04-02",
        notes="WeChat-style mirror: section/span paragraphs, follow prompt on top, 在看/分享 bar; sentences that ask readers to 扫码 sign up kept; a QR-code prompt of the account",
        p_html='<section><span style="font-size:15px">{}</span></section>',
        page="""
<html><head><meta charset="utf-8"><title>关于举办篱湾镇首届笋宴厨艺大赛的通知</title></head><body>
<div id="js_top">⟦a 点击上方蓝字“篱湾乡村振兴”，关注我们获取更多资讯⟧</div>
<h2>⟦t 关于举办篱湾镇首届笋宴厨艺大赛的通知⟧</h2>
<div class="meta">⟦m 篱湾乡村振兴　2025-04-02 17:30　发表于浙江⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="bar">⟦l 分享　收藏　在看　赞⟧</div>
<div class="qr">⟦a 长按识别下方二维码，关注篱湾乡村振兴⟧</div>
<div class="note">⟦d 本文内容由镜像站自动抓取，排版可能与原文不同。⟧</div>
</body></html>
""",
        body="""
为展示我镇竹笋特色美食，推动农文旅融合发展，镇政府决定举办首届笋宴厨艺大赛，现将有关事项通知如下。
一、参赛对象：全镇农家乐、餐饮店厨师及烹饪爱好者均可报名。
二、报名方式：请扫描海报上的报名二维码填写信息，报名截止时间为4月15日。
三、比赛设一等奖一名、二等奖三名、三等奖五名，获奖菜品将纳入“篱湾笋宴”推荐菜单。
联系人：潘晓云，电话：13905781246。
篱湾镇人民政府
2025年4月2日
""",
    ),
    dict(
        slug="docshare-yunjian-bamboo-cannery-plan-oneline",
        site="云笺共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.yunjian.example.com/d/7Qm2Lx81",
        title="筱岭罐头厂笋罐头生产线安全改造实施方案",
        record_title=None,
        date=None,
        notes="no record title; the body on one line (paragraphs only by indent); the title found as the document heading; an upload stamp and a view count are no dates",
        oneline=True,
        indent="　　",
        page="""
!m 云笺共享 ｜ 文档详情
!m 分享人：质量安全部_wu　上传于 2025-06-03 　浏览 88 次
筱岭罐头厂笋罐头生产线安全改造实施方案
{BODY}
!a 转存到我的云笺　｜　下载（1.2MB）
!d 分享内容仅代表分享者观点，云笺不对其真实性负责。
""",
        body="""
为消除笋罐头生产线存在的安全隐患，保障职工生命安全，结合厂里实际，制定本方案。
一、改造范围：蒸煮车间、封罐车间和杀菌车间的电气线路、传动防护罩及蒸汽管道。
二、时间安排：改造分两个阶段实施，第一阶段完成电气线路更换，第二阶段完成防护设施加装。
三、各车间主任为本车间改造工作第一责任人，安全科负责全程监督和验收。
""",
    ),
    dict(
        slug="edu-xunyang-html-bamboo-study-trip",
        site="箨阳县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tuoyang.example.gov.cn/html/2025/jytz_0326/3358.html",
        title="关于组织中小学生开展竹乡研学实践活动的通知",
        record_title="关于组织中小学生开展竹乡研学实践活动的通知",
        date="2025-03-26",
        notes="old table-layout education portal with marquee and visitor counter; 附件 list kept; a 回执 placeholder line kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>箨阳县教育局</title></head><body>
<table width="980"><tr><td>⟦m 箨阳县教育局　欢迎您光临！⟧<script>document.write(today)</script></td></tr>
<tr><td><marquee>⟦l 热烈祝贺我县中考成绩再创新高！　教师资格认定工作即将开始⟧</marquee></td></tr>
<tr><td>⟦m 您现在的位置：网站首页 &gt;&gt; 教育通知 &gt;&gt; 正文⟧</td></tr></table>
<table><tr><td align="center">⟦t 关于组织中小学生开展竹乡研学实践活动的通知⟧</td></tr>
<tr><td>⟦m 作者：基教股　来源：本站原创　点击数：612　更新时间：2025-3-26⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr>
<tr><td>⟦l 上一篇文章：关于做好春季学期开学工作的通知⟧</td></tr></table>
<div>⟦m 您是本站第 0082561 位访客　版权所有：箨阳县教育局⟧</div>
</body></html>
""",
        body="""
各中小学：
为深入推进劳动教育和研学实践，经研究，决定于4月中旬组织开展“走进竹乡”研学实践活动。
活动以参观竹笋加工企业、体验挖笋和竹编制作为主要内容，每校限报学生四十名、带队教师二名。
请各校于4月3日前将报名回执报送基教股邮箱jjg_ty@example.cn。
附件：1.研学实践活动日程安排
2.学校报名回执
箨阳县教育局
2025年3月26日
""",
    ),
    dict(
        slug="oa-maoxin-bamboo-food-intranet-minutes",
        site="茂新食品 内部办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.maoxin-food.example.local/doc/view?id=20250417-09",
        title="笋制品事业部2025年第二次生产调度会会议纪要",
        record_title="内部资料-笋制品事业部2025年第二次生产调度会会议纪要",
        date="2025-04-17",
        notes="intranet minutes: 时间/地点/主持/参会/记录 lines kept; 流转记录 and read counts around; 印发 line kept",
        page="""
!m 茂新食品协同办公 ＞ 公文管理 ＞ 会议纪要
!t 内部资料-笋制品事业部2025年第二次生产调度会会议纪要
!m 拟稿：王小梅　签发：周建国　密级：内部　已阅 46 人
{BODY}
!m 流转记录：行政部（已签收）→ 生产部（已签收）→ 质检部（待阅）
!a 收藏　｜　转发　｜　导出为PDF
""",
        body="""
时间：2025年4月17日上午9时
地点：公司二楼会议室
主持：周建国
参会：各车间主任、质检部、采购部负责人
记录：王小梅
会议听取了各车间一季度生产情况汇报，分析了鲜笋收购价格上涨对成本的影响。
会议议定：一是采购部要与三个基地村签订保底收购协议；二是质检部要加密清水笋的抽检频次。
印发：公司领导，各部门。
""",
    ),
    dict(
        slug="qa-wenwen-bamboo-shoot-bitter",
        site="问问知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://wenwen.example.com/q/88310452.html",
        title="新挖的竹笋为什么发苦？怎样去掉苦味？",
        record_title="新挖的竹笋为什么发苦？怎样去掉苦味？_问问知道",
        date="2025-04-21",
        notes="Q&A page: the answer's 回答于 line is the page date; vote bar; related questions; app prompt",
        page="""
<html><head><meta charset="utf-8"><title>新挖的竹笋为什么发苦？怎样去掉苦味？_问问知道</title></head><body>
<div class="hd">⟦m 问问知道⟧ <a>⟦a 我要提问⟧</a></div>
<h1>⟦t 新挖的竹笋为什么发苦？怎样去掉苦味？⟧</h1>
<div class="q">⟦m 提问者：山里人家　2个回答⟧</div>
<div class="best"><span>⟦m 最佳答案⟧</span>
<div class="author">⟦m 竹乡老农　农技推广员　回答于 2025-04-21⟧</div>
{BODY}
<div class="vote">⟦l 有用(126)　没用(3)　追问　评论⟧</div></div>
<div class="side"><h4>⟦l 相关问题⟧</h4><p>⟦l 冬笋和春笋哪个好吃？⟧</p><p>⟦l 笋干怎么泡发？⟧</p></div>
<div class="app">⟦a 下载问问APP，随时随地提问⟧</div>
</body></html>
""",
        body="""
竹笋发苦主要是因为笋里含有草酸和一种叫氰苷的物质，笋挖出来时间一长，苦味会越来越重。
去苦的办法很简单：先把笋剥壳切块，冷水下锅，放一小把米或者淘米水，煮十五分钟左右捞出。
煮过的笋再用清水泡上半天，中间换两次水，苦涩味基本就没有了。
另外，笋最好当天挖当天吃，吃不完的可以焯水后冷冻保存。
""",
    ),
]
