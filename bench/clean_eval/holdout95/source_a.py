"""holdout95, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 — opera troupes, a state tree
farm, a senior university, a hairy-crab association. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-qiaobi-speech-qinqiang-troupe",
        site="巧笔范文馆 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.qiaobifw.example.com/jianghua/20250611/7731.html",
        title="在县秦腔剧团建团七十周年座谈会上的讲话",
        record_title="在县秦腔剧团建团七十周年座谈会上的讲话（精选范文）",
        date="2025-06-11",
        notes="decorated record title; date under the speech title; speaker line neutral; a writing prompt glued after a sentence; a member row between paragraphs",
        page="""
!m 巧笔范文馆 · 写材料不再熬夜
!m 位置：首页 / 讲话致辞 / 座谈会讲话
!t 在县秦腔剧团建团七十周年座谈会上的讲话（精选范文）
!m 编辑：落笔生　浏览量：2817　收录于 2025-06-13
县委宣传部部长　韦晓岚
（2025年6月11日）
{BODY}
!a 全文已展示完毕，会员可一键导出Word
!l 猜你爱看：在剧团新演员入职仪式上的讲话 ｜ 文艺院团改革工作汇报
!d 本站内容来自会员投稿，仅供参考借鉴，不代表本站立场
""",
        body="""
同志们：
今天我们在这里座谈，庆祝县秦腔剧团建团七十周年。⟦w 如需定制同类讲话稿，请私信小编笔芯⟧
七十年来，剧团扎根乡土，常年送戏下乡，累计演出一万二千余场，被群众亲切地称为“田埂上的剧团”。
⟦a 开通黄金会员，本站范文无限复制⟧
剧团先后排演新编历史剧六部，《渭水谣》获省艺术节优秀剧目奖，一批青年演员脱颖而出。
希望剧团坚持守正创新，把老戏唱好，把新戏排精，让秦腔这门古老艺术在新时代焕发新的光彩。
""",
    ),
    dict(
        slug="fanwen-yunjian-summary-tree-farm-html",
        site="云笺文稿网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.yunjianwg.example.net/zongjie/2025/0108/4420.htm",
        title="国有珂山林场2024年度工作总结",
        record_title="国有珂山林场2024年度工作总结_云笺文稿网",
        date="2025-01-06",
        notes="old table layout with a marquee and a visitor counter; site suffix on the record title; 成文日期 under the signature; a data table one row a paragraph",
        p_html='<tr><td class="zw">{}</td></tr>',
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>国有珂山林场2024年度工作总结_云笺文稿网</title>
<script>var _hm=_hm||[];document.write('<a>广告</a>');</script></head>
<body><table width="960" align="center"><tr><td>⟦m 云笺文稿网　www.yunjianwg.example.net⟧</td><td>⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 热烈欢迎各位网友光临云笺文稿网，本站每日更新公文写作素材⟧</marquee>
<table width="960"><tr><td>⟦m 当前位置：云笺文稿网 &gt;&gt; 总结大全 &gt;&gt; 单位总结⟧</td></tr></table>
<table width="960"><tr><td width="700" valign="top">
<table><tr><td><h1>⟦t 国有珂山林场2024年度工作总结⟧</h1></td></tr>
<tr><td>⟦m 日期：2025-01-08　人气：1093　作者：佚名⟧</td></tr>
{BODY}
</table>
<table><tr><td>⟦l 上一篇：乡镇林业站年度总结⟧</td></tr><tr><td>⟦l 下一篇：护林员个人述职报告⟧</td></tr></table>
</td><td width="240" valign="top"><table><tr><td>⟦l 本类热门⟧</td></tr><tr><td>⟦l ·森林防火工作总结⟧</td></tr><tr><td>⟦l ·林长制工作汇报⟧</td></tr></table></td></tr></table>
<table width="960"><tr><td>⟦m 您是第 0089231 位访客⟧</td></tr><tr><td>⟦d Copyright 2009-2025 云笺文稿网 版权所有⟧</td></tr><tr><td>⟦m 豫ICP备09031122号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，林场在上级主管部门的正确领导下，以森林资源保护为中心，圆满完成了全年各项目标任务。
一、主要指标完成情况
指标　计划　完成
人工造林（亩）　1200　1350
森林抚育（亩）　5000　5210
苗木出圃（万株）　80　86
二、森林防火实现“零火情”。全年设置临时检查站九处，开展防火巡查二千余人次。
三、存在问题。林场职工老龄化严重，管护站点基础设施陈旧，需要逐步加以解决。
国有珂山林场
2025年1月6日
""",
    ),
    dict(
        slug="wenku-shuhai-plan-huangmei-pages",
        site="书海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.shuhai.example.com/view/8f3a2c11d0.html",
        title="琮口县黄梅戏进校园活动实施方案",
        record_title="琮口县黄梅戏进校园活动实施方案.docx",
        date=None,
        notes="file-name record title; page markers ‹第2面› cutting sentences; a preview-end prompt and a download price row; year only in the body, no date",
        pages=dict(fmt="‹第{n}面›", every=70, start=2),
        page="""
!m 书海文库 > 教育资料 > 活动方案
!t 琮口县黄梅戏进校园活动实施方案.docx
!m 上传者：tiantian_0217　|　页数：4　|　下载券：2
!a 免费预览已结束，支付2下载券可阅读剩余全文
{BODY}
!a 立即下载　|　加入书架　|　举报
!d 书海文库所有文档均由用户上传，如侵犯您的权益，请联系我们删除
""",
        body="""
为传承弘扬地方戏曲文化，增强中小学生对黄梅戏的了解和喜爱，结合我县实际，制定本方案。
一、活动目标。用三年时间，实现全县中小学黄梅戏普及教育全覆盖，每所学校至少培养一支学生戏曲兴趣小组。
二、主要内容。（一）开设戏曲欣赏课，每学期不少于四课时。（二）邀请县黄梅戏剧团演员到校示范教学。（三）每年举办一次全县中小学生黄梅戏展演。
三、保障措施。县教育局会同县文旅局统筹安排经费，将活动开展情况纳入学校年度考核。
""",
    ),
    dict(
        slug="wenku-dianzhi-report-yuju-html-pages",
        site="点知文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.dianzhidoc.example.cn/p-55102938.html",
        title="关于玢城市豫剧演出市场现状的调研报告",
        record_title=None,
        date=None,
        notes="no record title; modern preview page with a page marker paragraph between cut halves; a VIP bar and a related-doc sidebar; crawl stamp is no date",
        pages=dict(fmt="— 第{n}页 / 共3页 —", every=120, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于玢城市豫剧演出市场现状的调研报告 - 点知文档</title></head><body>
<header><div class="logo">⟦m 点知文档⟧</div><nav>⟦l 首页 | 精品专区 | 行业报告 | 论文 | 我的文档⟧</nav><div>⟦a 登录 / 注册⟧</div></header>
<main><h1>⟦t 关于玢城市豫剧演出市场现状的调研报告⟧</h1>
<div class="info">⟦m 贡献者：戏迷老周　浏览 642 次　抓取于 2025-03-02 11:20⟧</div>
<div class="doc">
{BODY}
</div>
<div class="vipbar">⟦a 开通VIP，免费下载本文及 800 万篇文档⟧</div>
</main>
<aside><h3>⟦l 相似文档⟧</h3><ul><li>⟦l 地方戏曲剧团生存状况调查⟧</li><li>⟦l 戏曲惠民演出调研报告⟧</li></ul></aside>
<footer>⟦d 本文档仅供交流学习，版权归原作者所有⟧<br>⟦m 点知文档 ©2025⟧</footer>
<script>window.__STATE__={doc:55102938};</script>
</body></html>
""",
        body="""
近年来，随着惠民演出政策的推进，我市豫剧演出市场逐步回暖，但民营剧团的经营仍面临不少困难。
一、基本情况。全市现有豫剧演出团体二十三个，其中国有院团两个，民营剧团二十一个，从业人员约七百人。
二、主要问题。一是演出场地不足，农村演出多在临时搭建的舞台上进行；二是青年观众较少，票房收入不稳定；三是编剧和乐队人才短缺。
三、对策建议。建议设立地方戏曲扶持资金，推动剧场资源向民营剧团开放，并鼓励剧团通过网络直播扩大观众群体。
""",
    ),
    dict(
        slug="gov-ruilin-notice-senior-university-html",
        site="瑛川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yingchuan.example.gov.cn/zwgk/tzgg/202508/t20250818_31207.html",
        title="关于瑛川县老年大学2025年秋季学期招生的通知",
        record_title="关于瑛川县老年大学2025年秋季学期招生的通知",
        date="2025-08-15",
        notes="modern county portal with an index table (索引号, 发文机关); font-size row; own 联系人/电话 kept next to the portal's hotline; 附件 list kept; document number neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于瑛川县老年大学2025年秋季学期招生的通知_瑛川县人民政府</title><style>.x{color:#333}</style></head><body>
<div class="top">⟦m 瑛川县人民政府 门户网站⟧ ⟦a 无障碍 | 长者模式⟧</div>
<nav>⟦l 首页　政务公开　政务服务　互动交流　走进瑛川⟧</nav>
<div class="pos">⟦m 首页 › 政务公开 › 通知公告⟧</div>
<table class="syh"><tr><td>⟦m 索引号：11532901MB0K-02-2025-0088⟧</td><td>⟦m 发文机关：县老干部局⟧</td></tr><tr><td>⟦m 成文日期：2025-08-15⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>⟦t 关于瑛川县老年大学2025年秋季学期招生的通知⟧</h1>
<div>瑛老干〔2025〕19号</div>
<div class="fs">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="article">
{BODY}
</div>
<div class="related">⟦l 相关信息：县老年大学春季学期结业典礼举行⟧</div>
<footer>⟦m 主办：瑛川县人民政府办公室　政务服务热线：12345⟧<br>⟦m 滇ICP备05001874号-1⟧ ⟦m 网站标识码5329010009⟧</footer>
</body></html>
""",
        body="""
各乡镇（街道），县直各单位：
县老年大学2025年秋季学期定于9月8日开学，现将招生有关事项通知如下。
一、招生对象。本县户籍或常住本县、年满五十周岁、身体健康的离退休人员和城乡老年人。
二、开设专业。本学期开设书法、国画、声乐、智能手机应用、太极拳、摄影等十六个专业，每个班级招收三十人。
三、报名方式。学员可到县老年大学教务处现场报名，也可关注“瑛川老年大学”公众号在线报名。
联系人：罗春梅　联系电话：0872-6123508
附件：1.2025年秋季学期课程安排表
2.学员报名登记表
瑛川县老干部局
2025年8月15日
""",
    ),
    dict(
        slug="gov-lancheng-reply-hairy-crab-text",
        site="玹湖县农业农村局 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://nyj.xuanhu.example.gov.cn/jyta/2025/0721/1542.html",
        title="对县政协十一届四次会议第37号提案的答复",
        record_title="对县政协十一届四次会议第37号提案的答复",
        date="2025-07-18",
        record_date="2025-07-18",
        notes="record date; a proposal reply about the hairy-crab industry; 抄送 版记 kept; site footer in its own words",
        page="""
!m 玹湖县农业农村局　　今天是：2025年7月21日 星期一
!m 当前位置：首页＞建议提案办理＞政协提案答复
{T}
!m 发布机构：县农业农村局　　发布日期：2025-07-21　　阅读次数：196
!a 【小 中 大】　【收藏】　【打印】
玹农函〔2025〕42号
{BODY}
!l 上一条：对第21号提案的答复
!l 下一条：对第45号建议的答复
!m 主办单位：玹湖县农业农村局　地址：玹湖县湖滨路66号
""",
        body="""
沈佩云委员：
您提出的《关于做大做强玹湖大闸蟹产业的提案》收悉。经认真研究，现答复如下。
一是推进标准化养殖。今年全县新建生态养殖示范区三个，推广稻蟹共生模式一万二千亩。
二是加强品牌建设。我局正牵头申报玹湖大闸蟹地理标志证明商标，统一包装标识和防伪追溯。
三是拓宽销售渠道。支持养殖户开展网络直播销售，今年以来线上销售额同比增长百分之四十。
感谢您对农业农村工作的关心和支持。
玹湖县农业农村局
2025年7月18日
抄送：县政协提案委，县政府督查室。
""",
    ),
    dict(
        slug="gov-yaotan-speech-cantonese-opera-wrapped",
        site="瑶滩区文化广电旅游体育局 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://wgl.yaotan.example.gov.cn/ldjh/2025/1105/t2091.shtml",
        title="区文广旅体局局长在粤剧传承基地揭牌仪式上的致辞",
        record_title=None,
        date="2025-11-05",
        notes="no record title; hard-wrapped at 62 columns; date line under the title in Chinese numerals; speaker role kept in the title; footer lines",
        wrap=62,
        indent="　　",
        page="""
!m 瑶滩区文化广电旅游体育局 > 领导讲话
{T}
（二〇二五年十一月五日）
!m 信息来源：局办公室　　点击：88
{BODY}
!a 【打印正文】【关闭】
!m 版权所有：瑶滩区文化广电旅游体育局　技术维护：瑶滩区信息中心
""",
        body="""
尊敬的各位嘉宾，各位老师、同学们：
今天，区粤剧传承基地在瑶滩第二中学正式揭牌。我谨代表区文广旅体局，向关心支持粤剧传承的各界人士表示衷心的感谢。
粤剧是岭南文化的瑰宝。基地成立后，区粤剧团将每周派出演员到校授课，学校将开设唱腔、身段和锣鼓三个兴趣班。
希望同学们珍惜机会，学好唱好粤剧，做岭南文化的小小传承人。谢谢大家！
""",
    ),
    dict(
        slug="news-qingbo-news-pingju-html",
        site="清波网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qingbo.example.com/wenyu/2025-04/26/c_10293.htm",
        title="评剧《月牙湾》首演获好评",
        record_title="评剧《月牙湾》首演获好评",
        date="2025-04-26",
        notes="news portal: byline 发布时间 is the page's date; photo caption between paragraphs; editor line glued after the last paragraph; share bar and hot list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>评剧《月牙湾》首演获好评_清波网</title></head><body>
<div class="nav">⟦l 清波首页 | 时政 | 社会 | 文娱 | 体育 | 视频⟧</div>
<div class="crumb">⟦m 清波网 > 文娱频道 > 正文⟧</div>
<h1>⟦t 评剧《月牙湾》首演获好评⟧</h1>
<div class="byline">⟦m 发布时间：2025-04-26 21:14　来源：清波网　记者 冯一舟⟧</div>
<div class="share">⟦l 分享到：微信 QQ空间 微博⟧</div>
<div class="text">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 多地文旅推出五一惠民措施⟧</li><li>⟦l 青少年戏曲大赛启动报名⟧</li></ol></div>
<div class="foot">⟦d 未经授权禁止转载、摘编、复制及建立镜像⟧ ⟦m 违法和不良信息举报电话：0311-80012345⟧</div>
</body></html>
""",
        body="""
4月26日晚，由珉湾市评剧院创排的现代评剧《月牙湾》在市大剧院首演，八百余名观众观看了演出。
该剧讲述了一个海边渔村几代人守护红树林的故事，唱腔既保留传统评剧韵味，又融入了渔歌元素。
⟦m 图为《月牙湾》演出现场。（记者 冯一舟 摄）⟧
演出结束后，观众长时间鼓掌。市评剧院院长石秋菊表示，该剧还将赴沿海各县巡演二十场。⟦m （责任编辑：左宁）⟧
""",
    ),
    dict(
        slug="news-heshan-text-sichuan-opera-title-glued",
        site="禾山在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.heshanzx.example.com/2025/0912/wh/8817.html",
        title="川剧变脸非遗工作坊在璟原开班",
        record_title="【文化】川剧变脸非遗工作坊在璟原开班-禾山在线",
        date=None,
        notes="decorated record title; title printed again and glued to the lead; relative time ('3小时前') is no date; comment box at the end",
        page="""
!m 禾山在线 ｜ 看见身边事
!m 首页 >> 文化 >> 非遗
!t 【文化】川剧变脸非遗工作坊在璟原开班-禾山在线
!m 3小时前　禾山在线综合　阅读 1.2万
⟦t 川剧变脸非遗工作坊在璟原开班⟧{BODY}
!l 评论（6）　发表你的看法……
!l 网友“蓉城阿苗”：小时候看变脸，到现在都没弄明白！
!d 禾山在线部分内容来自网络，如有侵权请联系删除
""",
        body="""
记者从璟原县文化馆获悉，川剧变脸非遗工作坊近日开班，二十名学员将在三个月内学习变脸、吐火等技艺。
工作坊由川剧变脸传承人廖德春担任主讲，课程包括脸谱绘制、扯脸和身段训练。
县文化馆负责人说，学员结业后将组成演出小分队，到社区和景区开展公益演出。
""",
    ),
    dict(
        slug="forum-chuanting-post-errenzhuan-junk",
        site="川亭论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.chuanting.example.net/thread-2217304-1-1.html",
        title="关于文明观演、抵制低俗二人转的倡议书",
        record_title="关于文明观演、抵制低俗二人转的倡议书 - 文化茶座 - 川亭论坛",
        date="2025-02-08",
        notes="forum thread with floors, a 楼主 line, anti-scraping junk lines and glued junk; the signature date; a forum signature and a reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 川亭论坛 » 文化茶座 » 查看帖子
!t 关于文明观演、抵制低俗二人转的倡议书 - 文化茶座 - 川亭论坛
!m 楼主：老关东　发表于 2025-2-9 20:41　只看该作者
!m 查看: 3306 | 回复: 41
{BODY}
!l ------ 签名：唱的是关东情，说的是乡里话 ------
!l 2楼 二人转票友：支持！好的二人转不靠荤段子。
!a 回复　引用　举报　|　您需要登录后才可以回帖 登录 | 注册
""",
        body="""
广大二人转艺人和观众朋友们：
二人转是东北地区群众喜闻乐见的民间艺术。近年来，个别演出场所为招揽观众，演出中夹杂低俗内容，损害了二人转的形象。
为此，我们向全市二人转从业者和观众发出如下倡议：
一、艺人要坚持以德从艺，不说脏话，不演低俗段子。
二、演出场所要加强节目审核，自觉抵制低俗演出。
三、观众要文明观演，对低俗内容说“不”，及时向文化市场执法部门举报。
琨岭市曲艺家协会
2025年2月8日
""",
    ),
    dict(
        slug="forum-yuzhou-html-discuz-hebei-bangzi",
        site="榆州生活网论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://bbs.yuzhoulife.example.com/forum.php?mod=viewthread&tid=880213",
        title="河北梆子票友协会理事会会议纪要",
        record_title="河北梆子票友协会理事会会议纪要",
        date="2025-03-16",
        notes="Discuz-like thread; the minutes' 时间/地点/主持 lines kept (the meeting's 时间 line gives the date; the post time is relative); jammer fonts; post time and rank rows",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>河北梆子票友协会理事会会议纪要 - 梆子戏迷 - 榆州生活网论坛</title></head><body>
<div id="hd">⟦m 榆州生活网论坛⟧ ⟦a 快捷导航 | 找回密码 | 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 休闲娱乐 › 梆子戏迷 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 梆子老宋⟧<br>⟦m 积分 1822　帖子 406　在线时间 730小时⟧</td>
<td class="plc"><h1>⟦t 河北梆子票友协会理事会会议纪要⟧</h1><div>⟦m 发表于 前天 09:12⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 梆子一响，黄金万两⟧</div></td></tr></table>
<div class="fastre">⟦a 高级模式 | 发表回复 | 回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦d 本论坛言论纯属发表者个人意见，与榆州生活网立场无关⟧</div>
</body></html>
""",
        body="""
时间：2025年3月16日上午九时
地点：榆州市群众艺术馆三楼会议室
主持：协会会长 邢振声
参加：协会理事共十七人
会议听取了2024年协会工作情况汇报，研究了2025年重点工作。
一、会议决定，5月举办第六届河北梆子票友大赛，比赛分青年组和中老年组。
二、会议同意吸收新会员三十二名，会员总数达到二百一十人。
三、会议要求各理事分头联系社区，全年开展进社区演唱活动不少于十二场。
""",
    ),
]
