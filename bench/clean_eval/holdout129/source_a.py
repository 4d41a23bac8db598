"""holdout129, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (two each). Invented text:
sites, counties, people, numbers, URLs and chrome wording are made up for this part."""

CASES = [
    dict(
        slug="fanwen-mozhai-plan-briquette-old-table",
        site="墨斋范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.mozhaifw.example.net/fangan/2024/11/6613.asp",
        title="珂川县城区蜂窝煤取暖用户清洁替代工作方案",
        record_title="【精选】珂川县城区蜂窝煤取暖用户清洁替代工作方案（通用2篇）_墨斋范文网",
        date="2024-11-05",
        notes="old gb2312 table layout with marquee, visitor counter, 字号 row and floating writing box; decorated record title; 成文日期 at the end; a contact line of the document beside the site's writing hotline",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>珂川县城区蜂窝煤取暖用户清洁替代工作方案_墨斋范文网</title>
<script language="javascript">var hits=0;function addfav(){window.external.AddFavorite(location.href,document.title);}</script></head>
<body>
<table width="960" border="0" align="center"><tr><td><div class="logo">⟦m 墨斋范文网 · 写材料不求人⟧</div></td><td><a href="javascript:addfav()">⟦a 加入收藏夹⟧</a> | <a href="/">⟦m 设为首页⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 本站新增范文三千余篇，每日更新，敬请关注！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="dqwz">⟦m 您现在的位置： 墨斋范文网 &gt;&gt; 工作方案 &gt;&gt; 环保方案⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：佚名　来源：网友投稿　点击数：2168　更新：2024-12-02⟧</div>
<div class="zh">⟦a 【字号：特大　大　中　小】⟧</div>
<div id="content">
{BODY}
</div>
<div class="page">⟦l 上一篇：村级河道保洁长效管理方案　下一篇：冬季燃气安全隐患排查方案⟧</div>
</td><td width="250" valign="top">
<div class="box"><b>⟦l 本类热门⟧</b><ul><li>⟦l 乡镇秸秆禁烧工作方案⟧</li><li>⟦l 学校冬季取暖安全方案⟧</li></ul></div>
</td></tr></table>
<div id="float_qq" style="position:fixed;right:0;top:200px">⟦w 材料定制 请加QQ 2907716533⟧</div>
<table width="960" align="center"><tr><td>⟦m 您是第 0086231 位访客⟧<br>⟦d 本站文章均由网友发布，仅供参考，如有侵权请来信告知删除。⟧<br>⟦m 闽ICP备09088251号⟧</td></tr></table>
</body></html>
""",
        body="""
为减少冬季燃煤污染，保障群众温暖过冬，根据县委、县政府关于大气污染防治的部署，结合城区实际，制定本方案。
一、工作目标
2024年12月底前，完成城区东关、西坊、南塘三个片区共1260户蜂窝煤取暖用户的清洁能源替代，替代率达到95%以上。
二、替代方式
（一）具备燃气管网条件的，优先实施“煤改气”；
（二）不具备管网条件的，实施“煤改电”，推广蓄热式电暖器；
（三）独居老人、低保家庭由社区统一协调，安排上门安装。
三、补贴标准
“煤改电”每户一次性补贴设备购置费的60%，最高不超过2400元；取暖季电费每千瓦时补贴0.2元。
四、保障措施
各社区要逐户建立台账，严禁在替代完成后继续销售、储存蜂窝煤；县市场监管局负责加强煤炭经营网点检查。
联系人：县住建局城建股　范立群，电话：0593-6621708。
珂川县人民政府办公室
2024年11月5日
""",
    ),
    dict(
        slug="fanwen-wenhai-summary-fig-coop-glued-prompts",
        site="文海范文 (invented)",
        style="范文站",
        genre="总结",
        kind="summary",
        form="text",
        source="https://m.wenhaifw.example.com/zongjie/hezuoshe/88410.html",
        title="瑭原镇无花果种植专业合作社2024年度工作总结",
        record_title="瑭原镇无花果种植专业合作社2024年度工作总结（可编辑）",
        date="2025-01-08",
        notes="writing-service prompt glued after a sentence; a copy-lock line between paragraphs; numbered list kept; date under signature",
        indent="　　",
        page="""
!m 文海范文 > 工作总结 > 合作社总结
{T}
!m 2025-01-21 发布 · 浏览 936 次 · 本文约 1200 字
!a 全文复制 | 下载为Word | 加入收藏
{BODY}
!l 猜你喜欢：
!l 家庭农场年度工作总结范文
!l 专业合作社理事长述职报告
!d 声明：文海范文所有内容均为网友分享，版权归原作者所有。
""",
        body="""
2024年，合作社在镇党委、政府的指导下，围绕“扩基地、提品质、拓销路”三项任务，全年种植面积扩大到420亩，鲜果产量达到386吨。
一、主要工作
1. 基地建设。新建钢架大棚36座，配套滴灌设施，实现了春秋两季挂果。⟦w 写总结不会下笔？私信小海老师免费改稿⟧
2. 品质提升。邀请县农技站专家开展修剪、疏果培训6期，优果率由62%提高到78%。
⟦a 复制受限，开通会员后可一键复制全文⟧
3. 销路拓展。与两家商超签订直供协议，开发无花果干、果酱两种加工品，销售额突破410万元。
二、存在的问题
冷链储运能力不足，鲜果货架期短，雨季裂果损失仍然较大。
三、2025年打算
争取建设200吨冷库一座，申报绿色食品认证，带动周边农户新增种植300亩。
瑭原镇无花果种植专业合作社
2025年1月8日
""",
    ),
    dict(
        slug="wenku-duyun-report-gorgon-markers",
        site="读云文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.duyun.example.com/view/7c1e02a9b4.html",
        title="关于琇水县芡实加工产业发展情况的调研报告",
        record_title="关于琇水县芡实加工产业发展情况的调研报告.docx",
        date="2024-09-20",
        notes="file-name title; page markers ⸦n⸧ cutting paragraphs, glued or not; preview-end prompt; table rows kept",
        pages=dict(fmt="⸦{n}⸧", every=170, start=2, glue="mix"),
        page="""
!m 读云文库 | 让知识流动起来
!m 首页 / 行业资料 / 农业 / 调研报告
{T}
!m 上传者：qs_nongjing　　贡献于 2024-10-03　　共6页　　4.6分
!a 立即下载　　收藏　　分享到
{BODY}
!a 试读到此为止，剩余4页需支付3.8元继续阅读
!l 相关文档推荐
!l 特色农产品加工企业调研报告.docx
!l 县域水生蔬菜产业发展对策研究.pdf
!d 本文档由用户上传，读云文库仅提供信息存储空间服务，如有侵权请联系删除。
""",
        body="""
为摸清全县芡实加工产业底数，县农业农村局于2024年8月组成调研组，深入6个乡镇、14家加工企业和合作社开展实地调研，现将有关情况报告如下。
一、基本情况
全县芡实种植面积2.3万亩，年产干芡米约1900吨，加工企业以去壳、烘干、分级为主，精深加工比例不足一成。
主要企业加工能力如下：
企业　年加工量（吨）　主要产品
琇水禾丰食品　620　芡实米、芡实粉
南湖水生蔬菜合作社　310　鲜芡实
二、存在问题
一是加工设备落后，手工剥壳仍占四成以上，用工成本逐年上升。二是品牌分散，缺少统一的区域公用品牌，产品多以原料形式外销。三是烘干环节能耗高，部分作坊仍使用燃煤烘房。
三、对策建议
建议整合现有资金，支持龙头企业引进自动化剥壳生产线；申报芡实地理标志产品，统一包装标识；推广空气能烘干设备，逐步淘汰燃煤烘房。
琇水县农业农村局调研组
2024年9月20日
""",
    ),
    dict(
        slug="wenku-bieyuan-speech-codonopsis-wrapped",
        site="笔园文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.biyuanwk.example.cn/p-2231904.html",
        title="在全县党参标准化种植现场推进会上的讲话",
        record_title=None,
        date="2025-04-16",
        notes="title missing from the record, found on the page; date under the speech title in Chinese numerals; speaker line neutral; hard-wrapped at 60 columns with markers 〘n〙 on lines of their own",
        wrap=60,
        indent="  ",
        pages=dict(fmt="〘{n}〙", every=260, start=2, glue=False),
        page="""
!m 笔园文库　www.biyuanwk.example.cn
!a 免费预览已结束？登录后继续阅读
{T}
（二〇二五年四月十六日）
副县长　璞岭
{BODY}
!a 开通笔园VIP，本文档免费下载
!m 文档编号：BY-2231904　页数：5　大小：38KB
!l 下一篇：中药材产业发展三年行动计划
""",
        body="""
同志们：
今天，我们在蕖口镇召开全县党参标准化种植现场推进会，刚才大家实地观摩了示范基地，听了三个乡镇的发言，讲得都很实在，我完全同意。
下面，我讲三点意见。
一、认清形势，增强发展中药材产业的紧迫感
我县地处高寒山区，昼夜温差大，种出的党参条粗、味甜，过去几年种植面积稳定在三万亩左右，但品种混杂、随意施肥用药的问题一直没有根本解决，收购价格比周边县低一到两成。
二、突出重点，抓好标准化种植的关键环节
要统一种苗，由县种苗站集中繁育、统一供应；要规范施肥，推广有机肥替代化肥；要建立田间档案，每个地块的用药、采挖时间都要记录在案，做到来源可查、去向可追。
三、压实责任，确保各项任务落地见效
各乡镇主要负责同志要亲自抓，县农业农村局要加强技术指导，年底前全县标准化种植面积要达到一万五千亩以上。
同志们，中药材产业是我县群众增收的重要渠道，希望大家鼓足干劲，把这件好事办好办实。
""",
    ),
    dict(
        slug="gov-xuancheng-notice-air-station-index-table",
        site="瑄城区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xuancheng.example.gov.cn/zwgk/tzgg/202503/t20250312_51873.html",
        title="瑄城区生态环境分局关于空气质量自动监测站周边环境保护的通告",
        record_title="瑄城区生态环境分局关于空气质量自动监测站周边环境保护的通告_瑄城区人民政府",
        date="2025-03-12",
        notes="modern county portal with 索引号 table, 长者模式 row, share bar; document number neutral; the document's 联系电话 beside 12345; 发布日期 in the table equals 成文日期",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>瑄城区生态环境分局关于空气质量自动监测站周边环境保护的通告_瑄城区人民政府</title>
<script src="/static/js/jquery.min.js"></script><script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦m 瑄城区人民政府门户网站⟧ <span>⟦a 无障碍　长者模式　简体|繁體⟧</span></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11330921MB1762504X/2025-00417⟧</td><td>⟦m 发布机构：瑄城区生态环境分局⟧</td></tr><tr><td>⟦m 发布日期：2025-03-12⟧</td><td>⟦m 主题分类：环境监测⟧</td></tr></table>
<h1>{T}</h1>
<div class="fwzh">瑄环通〔2025〕4号</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧ ⟦a 【打印本页】【关闭窗口】⟧</div>
<aside><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 2024年瑄城区环境质量状况公报⟧</li><li>⟦l 关于开展春季扬尘专项整治的通知⟧</li></ul></aside>
<footer>⟦m 主办：瑄城区人民政府办公室　承办：瑄城区大数据发展中心⟧<br>⟦m 政务服务热线：12345　网站标识码：3309210005⟧<br>⟦m 浙ICP备13022086号-1⟧</footer>
</body></html>
""",
        body="""
为保障空气质量自动监测数据真实、准确，根据《中华人民共和国大气污染防治法》及有关规定，现就城区三处空气质量自动监测站周边环境保护事项通告如下：
一、监测站位置：区实验小学教学楼顶、城北水厂院内、新港工业园管委会楼顶。
二、监测站采样口周边五十米范围内，禁止露天焚烧、露天烧烤、喷涂作业和堆放易产生扬尘的物料。
三、任何单位和个人不得擅自进入站房，不得遮挡、移动、损坏采样设备，不得干扰监测设施正常运行。
四、对违反本通告的行为，由生态环境部门依法查处；构成犯罪的，依法追究刑事责任。
欢迎社会各界监督举报，联系电话：0571-8826315。
本通告自发布之日起施行。
瑄城区生态环境分局
2025年3月12日
""",
    ),
    dict(
        slug="gov-yuxi-notice-norovirus-text-odd-meta",
        site="玙溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yuxi-county.example.gov.cn/art/2024/12/3/art_1402_88712.html",
        title="关于做好冬春季学校和托幼机构诺如病毒感染防控工作的通知",
        record_title="关于做好冬春季学校和托幼机构诺如病毒感染防控工作的通知",
        record_date="2024-12-03",
        date="2024-12-03",
        notes="record gives title and date; meta lines in odd wordings; 附件 list and 抄送 line kept; prev/next links and a font-size row after the body",
        page="""
!m 玙溪县人民政府网 > 信息公开 > 卫生健康
!m 信息来源：县卫生健康局　　生成时间：2024-12-03 16:20　　访问量：1297
{T}
玙卫〔2024〕58号
{BODY}
!a 【 大字 | 中字 | 小字 】　　【 打印此页 】
!l 上一条：关于开展2024年冬季爱国卫生运动的通知
!l 下一条：全县流感疫苗接种点一览
!m 玙溪县人民政府网版权所有　技术支持：玙溪县信息中心
""",
        body="""
各乡镇卫生院，县直各医疗卫生单位，各中小学校、幼儿园：
冬春季是诺如病毒感染高发季节，学校和托幼机构人员密集，极易发生聚集性疫情。为切实做好防控工作，现将有关事项通知如下。
一、落实晨午检制度。各校园要每日开展晨午检，发现呕吐、腹泻学生要及时登记、隔离并报告。
二、规范呕吐物处置。呕吐物应使用含氯消毒剂覆盖消毒三十分钟后清理，处置人员要佩戴口罩和手套。
三、加强食堂管理。严禁生熟混放，凉拌菜和生食水产品一律停止供应。
四、及时报告疫情。一周内同一班级出现5例及以上病例的，要在2小时内向县疾控中心报告。
附件：1．诺如病毒感染防控技术要点
2．学校聚集性疫情报告表
玙溪县卫生健康局　玙溪县教育局
2024年12月3日
抄送：县疾病预防控制中心。
""",
    ),
    dict(
        slug="news-qinghu-html-velvet-flower-captions",
        site="琰湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yanhu.example.com.cn/wh/2025-05/19/c_1198832.htm",
        title="琰湖绒花工坊带出百名“巧手妈妈”",
        record_title="琰湖绒花工坊带出百名“巧手妈妈”-琰湖新闻网",
        date="2025-05-19",
        notes="news portal: byline time taken as page date; photo caption and editor line inside/after body; 相关新闻 list",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>琰湖绒花工坊带出百名“巧手妈妈”-琰湖新闻网</title><script>window.dataLayer=[];</script></head><body>
<header><div class="logo">⟦m 琰湖新闻网⟧</div><nav>⟦m 要闻　民生　文旅　视频　专题⟧</nav></header>
<div class="pos">⟦m 首页 › 文旅 › 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-19 08:42　来源：琰湖日报　记者 程雪宜⟧ <span>⟦a A+ A-⟧</span></div>
<div class="content">
{BODY}
</div>
<div class="editor">⟦m [责编：韦书蓉]⟧</div>
<div class="relate"><h4>⟦l 相关新闻⟧</h4><ul><li>⟦l 非遗进社区：绒花课堂开到家门口⟧</li><li>⟦l 琰湖文创产品亮相省博览会⟧</li></ul></div>
<footer>⟦d 本网原创稿件，转载请注明出处，违者追究法律责任。⟧<br>⟦m 互联网新闻信息服务许可证：33120190041⟧</footer>
</body></html>
""",
        body="""
走进琰湖镇绒花工坊，二十多位妇女正低头劈丝、勾条，一朵朵色泽柔润的绒花在她们手中成形。
“以前在家带孩子，没有收入，现在每个月能挣三千多块。”学员汪月琴一边打尖一边说。
⟦m 图为工坊学员在制作绒花胸针。记者 程雪宜 摄⟧
工坊负责人介绍，绒花制作以蚕丝和铜丝为原料，工序多达十余道，工坊采取“免费培训、计件回收”的办法，三年来已培训学员一百余人。
今年，工坊与两家文创企业签订合作协议，开发了胸针、发簪、书签等二十多个品种，一季度订单量同比增长四成。
镇妇联表示，下一步将在三个村设立绒花加工点，让更多留守妇女在家门口就业。
""",
    ),
    dict(
        slug="news-baoshan-text-bullfight-festival",
        site="瑀原融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yuyuanrm.example.cn/a/20251009/31874.shtml",
        title="瑀原县民间斗牛节安全保障工作部署会召开",
        record_title="瑀原县民间斗牛节安全保障工作部署会召开 - 瑀原融媒 - 本地要闻",
        date="2025-10-09",
        notes="decorated title (- site - column); title repeated twice; 发布时间 line as page date; app download prompt glued after the last sentence",
        page="""
!m 瑀原融媒 | 本地要闻
{T}
!m 发布时间：2025年10月09日 17:05　　来源：瑀原县融媒体中心
!m 字数 612 · 阅读约 2 分钟
{T}
{BODY}
!l #斗牛节# #安全生产# #瑀原要闻#
!l 评论（0）　发表你的看法……
!m 瑀原县融媒体中心 主办　新闻热线：0851-2736600
""",
        body="""
10月9日，瑀原县召开2025年民间斗牛节安全保障工作部署会，对赛场安保、交通疏导、医疗救护等工作作出安排。
会议指出，斗牛节是我县群众喜爱的传统节庆活动，今年预计参赛牛只48头，观众超过两万人次，安全保障任务繁重。
会议要求，赛场围栏必须经专业机构检测，观众区与斗牛场之间设置不少于两道隔离；参赛牛只须持有检疫证明，由兽医现场查验；县人民医院在赛场外设立临时医疗点，配备救护车两辆。
县公安局、交通运输局将在活动期间对周边道路实行临时交通管制，引导群众绿色出行。⟦a 下载瑀原融媒APP，看更多本地新闻⟧
""",
    ),
    dict(
        slug="forum-shanwu-fungus-post-junk",
        site="山坞种植论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.shanwuzz.example.com/thread-330712-1-1.html",
        title="袋料木耳越冬管理的几点心得",
        record_title="[经验交流] 袋料木耳越冬管理的几点心得 - 食用菌版 - 山坞种植论坛",
        date="2024-12-18",
        notes="forum: decorated title; 发表于 as page date; anti-scraping junk lines and glued; signature box and reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 山坞种植论坛 › 食用菌版 › 查看帖子
!m 楼主：老木耳头　　发表于 2024-12-18 21:37　　只看该作者
{T}
{BODY}
!l 本帖最后由 老木耳头 于 2024-12-19 07:12 编辑
!m 签名：琮溪黑木耳 种植二十年 欢迎交流
!l 回复　引用　举报　｜　沙发还空着，快来抢！
!d 本站所有帖子仅代表作者观点，与山坞种植论坛立场无关。
""",
        body="""
我在琮溪种袋料木耳二十年了，今年冬天来得早，说几点越冬的体会，供大家参考。
第一，菌袋越冬前一定要把地面的杂草、烂袋清理干净，不然开春病虫害特别重。
第二，北方地区菌袋不用搬进棚，原地码垛就行，上面盖草帘，防止冻融交替把袋子冻裂。
第三，越冬期间不要浇水，菌丝处于休眠状态，水多了反而容易烂袋。
第四，开春气温稳定在五度以上再揭帘，先通风、后催耳，不要急。
以上都是个人经验，各地气候不同，大家根据实际情况调整。
""",
    ),
    dict(
        slug="forum-zhouyuan-shaobing-discuz-jammer",
        site="州原生活网 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://bbs.zhouyuan.example.cn/forum.php?mod=viewthread&tid=552097",
        title="致老街烧饼摊主的一封倡议书",
        record_title="致老街烧饼摊主的一封倡议书 - 州原生活网",
        date="2025-02-26",
        notes="Discuz-like page with jammer fonts; the date under the signature differs from the post time (both accepted); rate box and reply box",
        date_also=["2025-02-27"],
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>致老街烧饼摊主的一封倡议书 - 州原生活网</title><script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 州原生活网 - 州原人自己的网上家园⟧ <a href="member.php?mod=register">⟦a 立即注册⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a></div>
<div id="pt">⟦m 州原生活网 › 论坛 › 民生杂谈 › 致老街烧饼摊主的一封倡议书⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 古城街道市场所 发帖 37 积分 412⟧</td><td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-2-27 09:15⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦l 评分　收藏　分享　支持 12　反对 0⟧</div>
</td></tr></table>
<div id="f_pst">⟦l 您需要登录后才可以回帖 登录 | 立即注册 发表回复⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 © 2001-2025⟧ ⟦m 州原生活网 ( 赣ICP备15004127号 )⟧</div>
</body></html>
""",
        p_html="{}<br><br>",
        body="""
老街各位烧饼摊主：
老街烧饼是咱们州原的一张名片，每天早上排队的街坊、外地来的游客都冲着这口酥香来。为了让这张名片更亮，古城街道市场监管所向大家发出如下倡议：
一是亮证经营。营业执照、健康证要挂在摊位醒目位置，接受群众监督。
二是规范用油。炸制用油要定期更换，不用来路不明的散装油，废弃油脂交给有资质的单位回收。
三是文明经营。摊位不占盲道，炉灶远离电线，收摊时把地面打扫干净。
让我们一起守护老街的好味道、好口碑！
古城街道市场监管所
2025年2月26日
""",
    ),
]
