"""holdout147, part A: edamame (毛豆) growers, co-ops and freezers; invented text throughout."""

CASES = [
    dict(
        slug="fanwen-douxiang-speech-edamame-harvest",
        site="豆香范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.douxiangfw.example.com/jianghua/2025/0702/88412.html",
        title="在菱渚镇鲜食毛豆开采仪式上的讲话",
        record_title="【精选】在菱渚镇鲜食毛豆开采仪式上的讲话（通用2篇）",
        date="2025-06-28",
        notes="decorated record title; speaker line and date under the title (neutral / date); a writing-service prompt glued after a sentence; a copy-lock line between paragraphs",
        page="""
!m 豆香范文网 — 写材料，来豆香
!m 您所在的位置：首页 » 讲话致辞 » 仪式讲话
!t 【精选】在菱渚镇鲜食毛豆开采仪式上的讲话（通用2篇）
!m 更新：2025-07-02　人气：1,207次
镇党委副书记、镇长　方晓棠
（2025年6月28日）
{BODY}
!a 一键复制全文　|　导出为Word
!l 相关范文：
!l · 在葡萄采摘节开幕式上的致辞
!l · 在农产品产销对接会上的讲话
!d 本站范文均由网友投稿，如涉及版权请来函删除。
""",
        body="""
各位来宾、乡亲们：
今天，我们在这里举行菱渚镇鲜食毛豆开采仪式，标志着今年全镇一万二千亩毛豆正式进入采收期。
近年来，镇里坚持把毛豆作为富民主导产业来抓，建成标准化种植基地五个，引进冷链加工企业两家，毛豆从田头到餐桌的时间缩短到二十四小时以内。⟦w 定制讲话稿请联系客服微信 dx_fw2025⟧
⟦a 复制受限，开通会员后可复制本段⟧
今年我们要重点做好三件事：一是抓品质，严格执行采收标准；二是抓销售，稳定与商超和出口企业的订单；三是抓品牌，申报地理标志保护。
乡亲们，毛豆虽小，连着千家万户的钱袋子。让我们共同努力，把小毛豆做成大产业！
""",
    ),
    dict(
        slug="wenku-zhiyun-plan-edamame-base-markers",
        site="知耘文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiyun.example.net/view/7f3a91c2e8.html",
        title="荠原县2025年毛豆绿色高产示范基地建设方案",
        record_title="荠原县2025年毛豆绿色高产示范基地建设方案.docx",
        date="2025-03-14",
        notes="file-name record title; preview page markers ⟅n⟆ cutting sentences; pay prompt in the middle; 成文日期 under the signature",
        pages=dict(fmt="⟅{n}⟆", every=110, start=2, glue=False),
        page="""
!m 知耘文库　海量文档 在线阅读
!t 荠原县2025年毛豆绿色高产示范基地建设方案.docx
!m 页数：3　大小：41KB　上传者：耘**7
{BODY}
!a 剩余内容需下载后阅读，原价8积分，会员免费
!a 【立即下载】　【加入书架】
!d 本文档为用户上传，平台仅提供存储与展示，若侵犯您的权益请通过页面底部投诉通道反馈。
""",
        body="""
为推进毛豆产业绿色高质量发展，结合我县实际，制定本方案。
一、建设目标
全年建设毛豆绿色高产示范基地三千亩，示范区亩产鲜荚达到八百五十公斤以上，化肥使用量比上年减少百分之十。
二、建设内容
（一）推广优良品种。示范区统一使用早熟鲜食品种，种子由县农技中心统一招标采购。
（二）推行绿色防控。每五十亩安装一盏杀虫灯，每亩悬挂黄板二十张，全面推广生物农药。
（三）完善设施配套。新建田间机耕路四公里，改造排灌渠道六公里。
三、保障措施
县财政安排专项资金二百万元，按照每亩六百元的标准对示范基地进行补助，补助资金在验收合格后兑付。
荠原县农业农村局
2025年3月14日
""",
    ),
    dict(
        slug="gov-caoyuan-notice-edamame-insurance-html",
        site="苜川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.muchuan.example.gov.cn/zwgk/tzgg/202505/t20250519_55120.html",
        title="关于开展2025年毛豆种植保险投保工作的通知",
        record_title="关于开展2025年毛豆种植保险投保工作的通知_通知公告_苜川县人民政府",
        date="2025-05-16",
        date_also=["2025-05-19"],
        notes="county portal with 索引号 table, font-size row, accessibility row; 文号 neutral; 联系人 in body beside the portal's 12345 line; 附件 list; a published date differing from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2025年毛豆种植保险投保工作的通知_通知公告_苜川县人民政府</title>
<script>var _hmt=_hmt||[];</script></head>
<body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 关怀版⟧ ⟦a 简体｜繁體⟧</div>
<div class="header"><div class="logo">⟦m 苜川县人民政府⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进苜川⟧</li></ul></div>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11421300MB1X72H/2025-00813⟧</td><td>⟦m 发布机构：苜川县农业农村局⟧</td></tr>
<tr><td>⟦m 发文日期：2025-05-16⟧</td><td>⟦m 发布日期：2025-05-19⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="fontsize">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="docno">苜农发〔2025〕21号</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="footer">
<p>⟦m 主办：苜川县人民政府办公室　承办：苜川县大数据中心⟧</p>
<p>⟦m 政务服务便民热线：12345⟧</p>
<p>⟦m 鄂ICP备20018822号-1⟧ ⟦m 网站标识码：4213000017⟧</p>
</div>
<script src="/js/stat.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为降低毛豆种植户自然灾害风险，经县政府同意，现就2025年毛豆种植保险投保工作通知如下。
一、保险责任。因暴雨、洪水、冰雹、干旱、病虫害等造成毛豆减产的，由承保机构按合同约定赔付。
二、保险费率和补贴。每亩保险金额八百元，保险费率百分之六，各级财政补贴百分之七十五，农户自缴百分之二十五。
三、投保时间。2025年5月20日至6月20日，逾期不再办理。
四、工作要求。各乡镇要逐户宣传到位，确保投保信息真实准确，严禁虚假投保。
联系人：县农业农村局计财股　彭立新，电话：0713-6621307。
附件：1.毛豆种植保险投保清单
2.毛豆种植保险条款
苜川县农业农村局
2025年5月16日
""",
    ),
    dict(
        slug="news-lingzhu-edamame-export-html",
        site="菱渚融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lingzhurm.example.cn/news/2025-07/11/content_90213.html",
        title="菱渚冷冻毛豆首次出口中东市场",
        record_title=None,
        date="2025-07-11",
        notes="no record title; a news portal with byline (发布时间 is the page date), a photo caption between paragraphs, an editor line glued after the last paragraph, a 24-hour hot list",
        page="""
<html><head><meta charset="utf-8"><title>菱渚冷冻毛豆首次出口中东市场 - 菱渚融媒</title></head>
<body>
<header><div>⟦m 菱渚融媒｜你身边的新闻⟧</div><nav>⟦m 要闻 本地 乡村 财经 视频 专题⟧</nav></header>
<main>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-07-11 08:32　来源：菱渚融媒记者站　记者 蒋一帆 通讯员 柯佳⟧</div>
<article>
{BODY}
</article>
<div class="tools">⟦a 字号：A+ A-⟧ ⟦l 点赞 36　转发⟧</div>
</main>
<aside><h4>⟦l 24小时热榜⟧</h4><ol><li>⟦l 菱渚大桥夜间封闭施工公告⟧</li><li>⟦l 镇中心小学新增课后托管班⟧</li><li>⟦l 今年首批小龙虾上市价格出炉⟧</li></ol></aside>
<footer>⟦d 菱渚融媒中心版权所有，未经书面授权不得转载⟧<br>⟦m 互联网新闻信息服务许可证 33120190021⟧</footer>
</body></html>
""",
        body="""
7月10日，一辆装载二十六吨冷冻毛豆的冷链集装箱从菱渚镇毛豆产业园驶出，这批产品将经宁波港运往迪拜，这是菱渚冷冻毛豆首次进入中东市场。
产业园负责人介绍，这批毛豆从采摘、脱荚到速冻只用了六个小时，最大限度保留了鲜甜口感。
⟦m 图为产业园工人正在分拣鲜毛豆。记者 蒋一帆 摄⟧
今年以来，菱渚镇毛豆出口订单同比增长四成，带动周边一千八百多户农户增收。⟦m （责任编辑：沈梦瑶）⟧
""",
    ),
    dict(
        slug="forum-nongyou-edamame-pest-junk",
        site="农友之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.nongyouzj.example.com/thread-448210-1-1.html",
        title="种了五年毛豆，说说豆荚螟怎么防",
        record_title="种了五年毛豆，说说豆荚螟怎么防 - 种植交流 - 农友之家论坛",
        date=None,
        notes="forum post with floor meta and forum junk lines and glued junk; relative time 3天前 is no date; signature and reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 农友之家论坛 » 种植交流 » 经济作物
!t 种了五年毛豆，说说豆荚螟怎么防
!m 楼主　豆田老崔　发表于 3天前　只看该作者
!m 查看：2316｜回复：41
{BODY}
!m 本帖最后由 豆田老崔 于 3天前 编辑
!l 回复　支持(52)　反对(0)　举报
!l 高级模式　您需要登录后才可以回帖　登录 | 立即注册
""",
        body="""
我在茼湖这边种毛豆已经五个年头了，前两年豆荚螟闹得厉害，一亩地能坏掉三成荚。
后来跟农技站的老师学了几招，这两年基本控制住了，写出来给大家参考。
第一，看准防治时间。豆荚螟主要在开花结荚期危害，要在初花期和盛花期各打一次药，错过了钻进荚里就难治了。
第二，傍晚打药效果好。成虫白天躲在叶子背面，傍晚出来活动，这时候喷药碰到的多。
第三，收完及时清园。豆秆和落叶里藏着虫蛹，收完一茬要尽快翻耕，别留着过冬。
以上是个人经验，不同地方情况不一样，大家结合自己地块看着办。
""",
    ),
    dict(
        slug="blog-tianbian-edamame-freezing-wrapped",
        site="田边絮语 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://tianbianxuyu.example.blog.cn/post/2025/08/edamame.html",
        title="毛豆收购季的一天",
        record_title="【随记】毛豆收购季的一天 | 田边絮语",
        date="2025-08-09",
        notes="a personal blog, hard-wrapped at 62 columns with an indent; bracketed post time; tags, archive and comment box after the text",
        wrap=62,
        indent="　　",
        page="""
!m 田边絮语 · 一个农技员的记录
!m 首页 | 归档 | 关于我 | 留言板
!t 【随记】毛豆收购季的一天
!m [2025-08-09 21:40]　分类：田间笔记　阅读(318)
{BODY}
!l 标签：毛豆　收购　农技员日常
!l « 上一篇：雨后的豆田　　下一篇：给合作社算一笔账 »
!l 发表评论（昵称必填，邮箱不公开）
""",
        body="""
早上五点不到，收购点门口已经排起了三轮车的长队。车斗里的毛豆用湿麻袋盖着，是农户们天不亮就下地摘的，为的是赶在日头出来前交货，豆荚颜色好，能多卖几分钱。
我的活儿是抽检。每车随机抓一把，数一数三粒荚、两粒荚的比例，看看有没有虫眼和黄荚。合格的过磅，不合格的退回去挑拣。老乡们都知道规矩，很少有人跟我争。
中午太阳最毒的时候，收购点的冷库已经装了大半。老板说，今年行情比去年好，一斤能高出两毛钱。听到这话，蹲在树荫下抽烟的老周笑得合不拢嘴。
傍晚回家的路上，田里还有人在摘豆。我想，这一季的辛苦，总算没有白费。
""",
    ),
    dict(
        slug="wechat-doucang-letter-edamame-mirror",
        site="豆仓合作社公众号（镜像） (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.mirror-read.example.com/s/DcHz_91kPq",
        title="致全体社员的一封信：今年毛豆统一品种统一收购",
        record_title="致全体社员的一封信：今年毛豆统一品种统一收购",
        date="2025-02-20",
        notes="WeChat-style mirror: account line with date (page date = document date), follow prompt, 阅读原文/在看 row, a sentence of the document asking members to 扫码 join a group (kept)",
        page="""
<html><head><meta charset="utf-8"><title>致全体社员的一封信：今年毛豆统一品种统一收购</title><style>.rich_media{max-width:677px}</style></head>
<body><div class="rich_media">
<h2>{T}</h2>
<div class="meta">⟦m 原创　蔺城县豆仓毛豆专业合作社　2025年02月20日 18:05　江苏⟧</div>
<div class="follow">⟦a 点击上方蓝字，关注我们⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="bottom">⟦l 阅读原文⟧ ⟦l 阅读 1893⟧ ⟦l 分享　收藏　点赞　在看⟧</div>
<div class="mirror">⟦d 本页面由第三方镜像站自动抓取，内容版权归原公众号所有⟧</div>
</div></body></html>
""",
        body="""
各位社员：
新的一年开始了。去年合作社毛豆总销售额突破一千万元，社员户均增收一万一千元，感谢大家的辛勤付出。
去年也暴露出一些问题：品种杂、上市时间不集中，部分批次被客户压价。为此，理事会研究决定，今年实行统一品种、统一农资、统一收购。
一、合作社统一提供早熟品种种子，3月10日前到合作社仓库领取。
二、化肥、农药由合作社统一采购，价格比市场低一成左右。
三、收购价格随行就市，保底价每斤不低于二元。
请各位社员扫描合作社服务群二维码进群，种植、收购的消息都会第一时间在群里发布。
蔺城县豆仓毛豆专业合作社理事会
2025年2月20日
""",
    ),
    dict(
        slug="docshare-wenhai-edamame-standard-glued-markers",
        site="文海共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://share.wenhai.example.org/d/3b18e07",
        title="鲜食毛豆采收与分级操作规范",
        record_title="鲜食毛豆采收与分级操作规范（可编辑）",
        date=None,
        notes="document-sharing viewer with glued page markers 〖n〗; decimal headings kept; no date; an upload notice",
        pages=dict(fmt="〖{n}〗", every=90, start=2, glue=True),
        page="""
!m 文海共享 › 农林牧渔 › 种植技术
!t 鲜食毛豆采收与分级操作规范（可编辑）
!m 贡献者：绿野**　｜　浏览 642 次　｜　下载 37 次
{BODY}
!a 文档已全部预览完毕，如需编辑请下载源文件
!d 文档由用户分享，仅供交流学习使用，版权归原作者所有。
!l 猜你喜欢：毛豆速冻加工工艺流程 ｜ 蔬菜冷链运输管理办法
""",
        body="""
1 范围
本规范规定了鲜食毛豆的采收时间、采收方法、分级标准和包装要求。
2 采收
2.1 采收时间：豆粒饱满、豆荚鲜绿时采收，一般在开花后三十五天左右，宜在早晨露水干后进行。
2.2 采收方法：整株拔起或分批摘荚，采收后应在两小时内运至预冷场所。
3 分级
3.1 一级品：荚长五厘米以上，二粒荚和三粒荚占百分之九十以上，无虫眼、无黄荚。
3.2 二级品：荚长四厘米以上，二粒荚和三粒荚占百分之八十以上，虫眼荚不超过百分之二。
4 包装
包装箱应清洁、无异味，每箱净重十公斤，箱外标明品名、等级、产地和采收日期。
""",
    ),
    dict(
        slug="edu-qiantang-school-farm-edamame-html",
        site="芡塘县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.qiantang.example.gov.cn/jyxw/2025/0410/2231.html",
        title="关于组织中小学生开展毛豆种植劳动实践的通知",
        record_title="关于组织中小学生开展毛豆种植劳动实践的通知 - 芡塘教育",
        date="2025-04-09",
        date_also=["2025-04-10"],
        notes="old gb2312 table layout: marquee, 今天是 cell, visitor counter, [字号] row; a table of schools (one row a paragraph); 联系人 with e-mail kept; 抄送 line kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于组织中小学生开展毛豆种植劳动实践的通知 - 芡塘教育</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 芡塘教育信息网⟧</td><td>⟦m 今天是：2025年4月10日 星期四⟧</td></tr></table>
<marquee>⟦l 热烈祝贺我县在全市中小学生运动会上获团体总分第二名！⟧</marquee>
<table width="980" align="center"><tr>
<td width="200" valign="top"><div>⟦l 教育快讯⟧</div><div>⟦l ·县实验小学举行春季运动会⟧</div><div>⟦l ·2025年中考体育考试安排⟧</div></td>
<td valign="top">
<div align="center"><b>{T}</b></div>
<div align="center">⟦m 作者：县教育局德育科　来源：本站　点击数：427　更新时间：2025-4-10⟧</div>
<div>⟦a [ 字号：大 中 小 ]⟧</div>
{BODY}
<div align="right">⟦a 【打印此文】【关闭窗口】⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d Copyright 2008-2025 芡塘县教育局 All Rights Reserved⟧<br>⟦m 您是第 2836615 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学：
为落实劳动教育要求，让学生体验农作物从播种到收获的全过程，县教育局决定在全县中小学开展毛豆种植劳动实践活动。
一、参与学校及种植面积
学校　种植地点　面积（平方米）
芡塘镇中心小学　校内劳动园　300
县第二中学　县农业科技园　600
莼浦乡九年一贯制学校　村集体试验田　450
二、活动安排
4月中旬播种，6月下旬采收，期间各校每周安排不少于一课时的田间管理。
三、有关要求
各校要做好安全教育，采收的毛豆可送学校食堂或组织义卖，活动总结于7月5日前报县教育局德育科。
联系人：邵文君，电话：0579-7712046，邮箱：qtjydy@example.cn。
芡塘县教育局
2025年4月9日
抄送：县农业农村局
""",
    ),
    dict(
        slug="oa-lvyuan-frozen-edamame-minutes",
        site="绿源食品内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.lvyuanfood.example.local/doc/view?id=20250603017",
        title="速冻毛豆生产线安全生产专题会议纪要",
        record_title="内部通告-速冻毛豆生产线安全生产专题会议纪要",
        date="2025-06-03",
        notes="intranet view: approval trail and read count; minutes' 时间/地点/主持/参会/记录 lines kept in the body; numbered list",
        page="""
!m 绿源食品有限公司协同办公平台
!m 公文管理 > 收文 > 会议纪要
!t 内部通告-速冻毛豆生产线安全生产专题会议纪要
!m 发起人：安环部 许蔚　密级：内部　已读 86 人 / 未读 12 人
{BODY}
!m 流转记录：安环部许蔚（拟稿）→ 生产副总温海（审核）→ 总经理办公室（签发） 2025-06-04 10:12
!a 【下载附件】【打印】【转发】
!d 本系统信息仅限公司内部使用，严禁截图外传。
""",
        body="""
时间：2025年6月3日下午3点
地点：公司三楼会议室
主持：温海
参会：生产部、设备部、安环部、速冻车间负责人
记录：许蔚
会议听取了速冻车间关于毛豆加工旺季生产安排的汇报，研究了生产线安全管理工作，形成如下意见：
1.旺季期间实行两班倒，每班开工前必须进行设备点检，点检记录由班组长签字。
2.液氨制冷区域每日巡检不少于四次，发现泄漏立即启动应急预案。
3.新招的季节工必须完成八小时岗前安全培训，考试合格后方可上岗。
4.安环部每周开展一次夜间突击检查，检查结果在周例会上通报。
""",
    ),
    dict(
        slug="qa-wenda-edamame-vs-soybean",
        site="问耕问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.wengeng.example.com/q/5521803.html",
        title="毛豆和黄豆是同一种东西吗？",
        record_title="毛豆和黄豆是同一种东西吗？_问耕问答",
        date="2025-05-22",
        notes="Q&A page: best-answer badge, answerer card, 回答于 line (page date), vote bar, 'more answers' list; a question as the title",
        page="""
!m 问耕问答 — 种地的事，问问就知道
{T}
!m 提问者：匿名　浏览 5.2万
!m 最佳答案　答主：农技员小杭　回答于 2025-05-22 14:03
{BODY}
!l 有用(823)　没用(11)　评论(37)
!l 其他 6 条回答 ▼
!l 相关问题：毛豆可以生吃吗？｜ 毛豆多少天能采收？
!d 内容由网友提供，仅供参考，不代表本站立场。
""",
        body="""
是同一个物种，都是大豆，只是采收的时间不一样。
毛豆是大豆在豆荚鼓起、豆粒还是绿色的时候采下来的，这时候豆粒鲜嫩多汁，适合当蔬菜吃；黄豆是等豆荚完全成熟、干燥以后收的种子，适合榨油、做豆腐。
另外，专门用来吃毛豆的品种叫菜用大豆或鲜食大豆，粒大、口感甜糯，和用来收黄豆的品种不太一样。
所以可以说毛豆就是嫩的大豆，但市场上卖的毛豆一般是专门的鲜食品种。
""",
    ),
]
