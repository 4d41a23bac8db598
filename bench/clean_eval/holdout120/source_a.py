"""holdout120, part A: an inspection institute for pressure vessels, a grain-drying centre, a
concrete mixing station, a milk-collection station, eel farmers, a seed-potato base, a pollination
service, a plywood mill, farmhouse libraries, a translation agency and an accounting firm.
Everything invented (places, people, sites, URLs, chrome wording); see ../build.py."""

CASES = [
    dict(
        slug="gov-zhichuan-pressure-vessel-inspection-notice",
        site="枳川县市场监督管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://scjg.zhichuan.example.gov.cn/tzgg/2025/0314/c1187.html",
        title="关于开展2025年度压力容器定期检验集中服务的通知",
        record_title="关于开展2025年度压力容器定期检验集中服务的通知_通知公告_枳川县市场监督管理局",
        date="2025-03-12",
        date_also=["2025-03-14"],
        notes="modern portal: a [字号 大 中 小] row, 索引号 table, the notice's own 联系人/电话 beside the site's 12315 line; 成文日期 differs from the byline",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2025年度压力容器定期检验集中服务的通知_通知公告_枳川县市场监督管理局</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦a 无障碍浏览⟧ | ⟦a 长者模式⟧ | ⟦m 今天是：2025年3月18日 星期二⟧</div>
<div class="logo">⟦m 枳川县市场监督管理局⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 机构职能⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：ZC-SJ-0311-2025-0042⟧</td><td>⟦m 主题分类：特种设备⟧</td></tr>
<tr><td>⟦m 发文机构：枳川县市场监督管理局⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-03-14　　信息来源：特种设备安全监察股　　浏览次数：417⟧</div>
<div class="fontsize">⟦a 【字号 大 中 小】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】 【关闭窗口】 【收藏】⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 关于公布2024年度电梯维保单位考评结果的公告⟧</li><li>⟦l 枳川县气瓶充装单位监督抽查情况通报⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：枳川县市场监督管理局　地址：枳川县银杏大道208号⟧</p>
<p>⟦m 投诉举报：12315　网站标识码：4312250031⟧</p><p>⟦m 湘ICP备19007731号-2⟧</p></div>
<script src="/js/tongji.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各特种设备使用单位：
为督促使用单位落实压力容器定期检验主体责任，降低企业检验成本，县市场监管局联合市特种设备检验研究院开展2025年度压力容器定期检验集中服务，现将有关事项通知如下。
一、服务对象
全县范围内在用的固定式压力容器、移动式压力容器和压力管道使用单位，重点是储气罐、反应釜、蒸压釜的使用单位。
二、时间安排
1．申报阶段：3月20日至4月10日，使用单位填写检验申报表并报送所在乡镇市场监管所。
2．检验阶段：4月15日至6月30日，检验机构分片区上门检验。
3．整改阶段：检验发现问题的，使用单位在30日内完成整改并提交整改报告。
三、工作要求
使用单位应提前做好停机、置换、清洗等准备工作，确保检验安全；逾期未申报又未自行报检的，将依法责令改正。
联系人：欧阳彬　联系电话：0743-6215538
附件：压力容器定期检验申报表
枳川县市场监督管理局
2025年3月12日
""",
    ),
    dict(
        slug="fanwen-dazi-grain-drying-plan-jingxuan",
        site="大字范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.dazifw.example.com/fangan/nongye/88213.html",
        title="粮食烘干中心秋粮烘干服务工作方案",
        record_title="【精选】粮食烘干中心秋粮烘干服务工作方案（通用3篇）",
        date=None,
        notes="范文 site: decorated record title, 篇一 label, a writing-service prompt between paragraphs, a member-unlock glued after a sentence; no date in the document",
        page="""
!m 大字范文网 · 写材料不再熬夜
!m 位置：大字范文网 ＞ 工作方案 ＞ 农业农村
!t 【精选】粮食烘干中心秋粮烘干服务工作方案（通用3篇）
!m 收录于 3天前　热度：1562℃　作者：禾下乘凉
!a 一键复制全文　｜　下载本篇（.docx）
篇一
{BODY}
!a 篇二、篇三为会员专享，开通后即可查看
!l 上一篇：秋收秋种工作方案
!l 下一篇：村级粮食晾晒场管理制度
!l 猜你想写：粮食收购工作方案 | 农机作业服务方案 | 秋粮生产总结
!d 本站范文均由网友投稿，仅作写作参考，如涉侵权请来信删除。
""",
        indent="\u3000\u3000",
        body="""
为破解秋粮收获期阴雨天气多、农户晾晒难的问题，减少粮食产后损失，结合本中心实际，制定本方案。
一、服务范围
本中心服务周边五个村的水稻、玉米种植户，优先保障种粮大户、家庭农场和脱贫户。
二、服务方式
（一）预约烘干。农户提前两天通过村级服务站登记品种、数量和含水率，中心统一排定烘干批次。⟦a 剩余内容开通会员后阅读⟧
（二）代烘代储。对缺少仓储条件的农户，烘干后可代为储存，储存期限不超过三个月。
⟦w 材料写不完？资深笔杆子一对一代笔，微信：dazi_bige88⟧
三、收费标准
水稻每吨烘干费按成本价收取，脱贫户减半收取，具体标准在中心公示栏公布。
四、安全要求
烘干机作业期间实行专人值守，严禁无关人员进入作业区，每日作业结束后清理粉尘，防止火灾。
""",
    ),
    dict(
        slug="wenku-yunduo-concrete-station-report-pdf-markers",
        site="云朵文库 (invented)",
        style="文库预览",
        genre="整改报告",
        kind="report",
        form="text",
        source="https://wenku.yunduo.example.cn/view/7f3c9a21e0.html",
        title="关于搅拌站扬尘污染问题整改情况的报告",
        record_title="关于搅拌站扬尘污染问题整改情况的报告.pdf",
        date="2025-05-26",
        notes="preview page: file-name title, page markers ⸢n⸣ cutting sentences, a preview-end prompt, Chinese-numeral 成文日期",
        page="""
!m 云朵文库
!a 登录 / 注册
!t 关于搅拌站扬尘污染问题整改情况的报告.pdf
!m 页数：4　　大小：212KB　　上传者：用户8a1c***　　上传时间：2025-06-03
!a 下载券：3　　立即下载　　加入文件夹
{BODY}
!a 免费预览已结束，剩余 1 页需下载后查看
!l 相似文档：搅拌站环保自查报告 · 混凝土企业扬尘治理方案 · 砂石料场整改方案
!d 该资料由用户上传并分享，文库仅提供信息存储空间服务，如有侵权请点击举报。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⸢{n}⸣", every=150, start=2),
        body="""
县生态环境局：
贵局《关于限期整改搅拌站扬尘污染问题的通知》收悉后，我公司高度重视，立即成立由总经理任组长的整改工作组，对照问题清单逐项整改。现将整改情况报告如下。
一、砂石料场全部封闭。投入资金八十六万元，对露天堆放的砂石料场实施全封闭改造，新建彩钢棚二千四百平方米，做到物料不露天。
二、生产环节降尘。对配料机、皮带输送机加装密闭罩，在上料口安装喷淋装置十二套，粉料罐顶部除尘器全部更换滤芯。
三、运输车辆管理。厂区出口新建洗车平台一座，罐车出场前必须冲洗轮胎和车身，安排专人清扫厂区道路，每天洒水不少于四次。
四、建立长效机制。制定扬尘防治管理制度，每日填写巡查记录，接受周边群众监督。
下一步，我公司将严格落实整改措施，确保不再发生类似问题。
枳川县恒固混凝土有限公司
二〇二五年五月二十六日
""",
    ),
    dict(
        slug="news-chunshan-milk-station-html-byline",
        site="椿山新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chunshannews.example.com/xw/nc/202504/t20250417_66120.html",
        title="椿山县生鲜乳收购站完成标准化升级",
        record_title=None,
        date="2025-04-17",
        notes="news portal: no record title (found in the h1), byline 发布时间 is the date, a photo caption between paragraphs, a correspondent line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>椿山县生鲜乳收购站完成标准化升级-椿山新闻网</title><link rel="stylesheet" href="/css/main.css"></head>
<body>
<header><div class="brand">⟦m 椿山新闻网　椿山人自己的新闻门户⟧</div>
<nav>⟦m 要闻　|　本地　|　乡村振兴　|　民生　|　视频　|　专题⟧</nav>
<div class="login">⟦a 登录　注册　投稿⟧</div></header>
<main>
<div class="loc">⟦m 当前位置：首页 › 乡村振兴 › 正文⟧</div>
<h1>{T}</h1>
<p class="byline">⟦m 发布时间：2025-04-17 09:42　来源：椿山县融媒体中心　作者：童佳⟧</p>
{BODY}
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="editor">⟦m 【责任编辑：冉晴】⟧</div>
</main>
<aside><h3>⟦l 热点排行⟧</h3><ol><li>⟦l 椿山至枳川快速路今日通车⟧</li><li>⟦l 全县春耕备耕物资供应充足⟧</li><li>⟦l 椿山县第二人民医院新门诊楼启用⟧</li></ol></aside>
<footer><p>⟦d 椿山新闻网版权所有，未经书面授权禁止转载⟧</p><p>⟦m 互联网新闻信息服务许可证：43120240011⟧</p></footer>
</body></html>
""",
        body="""
4月16日，随着最后一台冷却罐调试完毕，椿山县11个生鲜乳收购站全部完成标准化升级改造。
此次改造由县农业农村局牵头，共投入资金三百二十万元，为各收购站更新了挤奶设备、直冷式储奶罐和快速检测仪，并统一接入全县生鲜乳质量安全监管平台。
⟦m 图为技术人员在龙坪乡收购站调试储奶罐。（通讯员 覃亮 摄）⟧
“以前奶农自己挤奶、自己送站，现在到站机械化挤奶，牛奶从出奶到入罐全程密闭。”龙坪乡收购站负责人廖勇介绍，改造后鲜奶菌落总数明显下降，收购价格每公斤提高了两角钱。
据了解，县农业农村局将每季度对收购站开展一次抽检，对不合格的收购站责令停业整改。⟦m （椿山县融媒体中心记者 童佳 通讯员 覃亮）⟧
""",
    ),
    dict(
        slug="forum-yuye-eel-farm-post-junk-no-title",
        site="鱼业论坛 (invented)",
        style="论坛",
        genre="总结",
        kind="summary",
        form="text",
        source="http://bbs.yuye365.example.net/thread-402113-1-1.html",
        title="鳗鲡养殖合作社2024年生产情况小结",
        record_title=None,
        date=None,
        notes="forum post with anti-scraping junk; no record title (found in the thread title); post time is relative (3天前), no date in the document",
        page="""
!m 鱼业论坛 › 特种水产 › 鳗鱼养殖
!t 鳗鲡养殖合作社2024年生产情况小结 [复制链接]
!m 楼主：榧川老鳗　　发表于 3天前　　|　只看该作者　|　倒序浏览
!m 查看: 2104 | 回复: 17
{BODY}
!a 本帖最后由 榧川老鳗 于 3天前 编辑
!l 回复　　支持(12)　　反对(0)　　举报
!l 沙发　水产小白：学习了，请问温棚加温成本多少？
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        junk=dict(lines=1, glued=3),
        body="""
各位鱼友，把我们合作社去年的情况简单总结一下，供大家参考。
去年合作社共有社员二十三户，温棚养殖面积一万八千平方米，全年出鳗一百六十吨，比上年增加一成多。
苗种方面，我们改为统一采购玻璃苗，集中标粗后再分塘，成活率比各家自己放苗高出不少。
饲料方面，合作社和饲料厂签了全年供货协议，价格比零买低百分之六。
存在的问题主要是夏季高温期病害多，有两户因为换水不及时损失较大。今年打算请县水产站的技术员每月来巡塘一次。
大家有什么好经验，欢迎跟帖交流。
""",
    ),
    dict(
        slug="blog-shuye-seed-potato-insight-html",
        site="薯叶的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://shuye.blog.example.cn/archives/2025/0612-detox-seed-potato.html",
        title="在脱毒种薯基地蹲点一年的几点体会",
        record_title="在脱毒种薯基地蹲点一年的几点体会 | 薯叶的博客",
        date="2025-06-12",
        notes="blog: site suffix after a pipe, tag cloud, archive list, comment form; date from the bracketed post time",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>在脱毒种薯基地蹲点一年的几点体会 | 薯叶的博客</title></head><body>
<div id="header"><h1 class="blogname">⟦m 薯叶的博客⟧</h1><p class="desc">⟦m 一个农技员的田间笔记⟧</p></div>
<div id="menu">⟦m 首页 · 田间笔记 · 读书 · 相册 · 关于我⟧</div>
<div class="post">
<h2>{T}</h2>
<p class="postmeta">⟦m [2025-06-12 21:07] 分类：田间笔记 ｜ 阅读(286) ｜ 评论(4)⟧</p>
{BODY}
<p class="tags">⟦l 标签：马铃薯 种薯 组培 农技推广⟧</p>
<p class="nav">⟦l « 上一篇：雨季马铃薯晚疫病怎么防⟧　⟦l 下一篇：读《作物栽培学》随记 »⟧</p>
</div>
<div id="comments"><h3>⟦l 发表评论⟧</h3><p>⟦l 昵称（必填）　邮箱（不会公开）　提交评论⟧</p></div>
<div id="sidebar"><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年6月 (3)⟧</li><li>⟦l 2025年5月 (5)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 玉米 马铃薯 土壤 植保 随笔⟧</p></div>
<div id="footer">⟦d © 2019-2025 薯叶的博客 · 文章转载请注明出处⟧</div>
</body></html>
""",
        body="""
去年五月，站里派我到县脱毒种薯繁育基地蹲点，一待就是一年。从组培室到网棚，再到原种田，总算把种薯生产的链条摸了一遍。
第一点体会，种薯质量是在细节里。组培苗转接时，一把镊子没消毒好，整瓶苗就可能污染；网棚的防虫网破一个小洞，蚜虫进去就会传毒。
第二点体会，技术要让农户看得见。我们在基地边上种了两块对比田，一块用脱毒种薯，一块用农户自留种，收获时亩产相差近一吨，来参观的农户一看就明白了。
第三点体会，农技员要多蹲在地里。书本上的参数到了高海拔地区都要调整，只有天天在田里看，才知道什么时候该浇水、什么时候该防病。
蹲点结束了，但我和基地的联系不会断。今年秋天，我还会回去看看新一季的原种。
""",
    ),
    dict(
        slug="wechat-huafen-pollination-pledge-scan-in-body",
        site="榉岭农技 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wxmirror.example.com/s/JuLingNongJi_2025031801",
        title="关于科学使用授粉蜂保护设施果蔬安全的倡议书",
        record_title="倡议｜关于科学使用授粉蜂保护设施果蔬安全的倡议书",
        date="2025-03-18",
        notes="WeChat mirror: account line with date, 原创 tag, a reading count and 在看 row; the pledge itself asks readers to 扫码 and 关注 (kept); a follow prompt at the end",
        page="""
!m 榉岭农技
!t 倡议｜关于科学使用授粉蜂保护设施果蔬安全的倡议书
!m 原创　榉岭县农业技术推广中心　榉岭农技　2025-03-18 07:30　发表于榉岭
{BODY}
!a 长按识别下方二维码，关注“榉岭农技”获取更多种植技术
!m 阅读 1.2万
!l 分享　　点赞 96　　在看 41
!l 写留言
!d 本页面为公众号文章镜像，仅供浏览，内容版权归原作者所有
""",
        body="""
广大设施果蔬种植户：
随着草莓、番茄、甜瓜进入开花坐果期，我县大棚内使用熊蜂、蜜蜂授粉的农户越来越多。蜂授粉既能提高坐果率、改善果形，又能减少激素蘸花，是生产绿色果蔬的好办法。为此，我们倡议：
一、放蜂前十天内不在棚内使用杀虫剂，确需用药的，应选用对蜂安全的生物农药，并将蜂箱暂时移出棚外。
二、合理确定放蜂数量，一般每亩放置熊蜂一箱，棚内温度保持在十五至三十摄氏度之间。
三、放蜂期间及时清理棚内残花和积水，为授粉蜂提供清洁饮水。
四、用蜂过程中遇到问题，可扫描县农技中心公布的二维码，向授粉技术专家在线咨询；也可关注本公众号“技术问答”栏目留言。
让我们共同行动，用好授粉蜂，种出放心果。
榉岭县农业技术推广中心
2025年3月18日
""",
    ),
    dict(
        slug="docshare-pinwen-plywood-rules-docx",
        site="拼文共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.pinwen.example.com/doc/552907113.html",
        title="胶合板厂热压车间安全操作规程",
        record_title="胶合板厂热压车间安全操作规程.docx",
        date=None,
        notes="sharing page: file-name title; rules whose articles speak of 打印 and 下载 (kept); a points prompt and an upload notice; no date",
        page="""
!m 拼文共享 — 文档上传即可赚积分
!t 胶合板厂热压车间安全操作规程.docx
!m 分享者：木工坊主　　格式：DOCX　　2页　　浏览 318 次　　下载 27 次
!a 所需积分：5　　[ 收藏 ]　[ 举报 ]　[ 全屏阅读 ]
{BODY}
!a 下载此文档可获得完整排版　　积分不足？上传文档赚积分
!d 本站所有文档均由用户上传，若侵犯您的权益，请联系站长处理。
!l 你可能还需要：木工机械安全操作规程 | 锅炉房管理制度 | 车间6S管理规定
""",
        body="""
第一条　为规范热压车间作业行为，防止烫伤、挤压和火灾事故，制定本规程。
第二条　热压机操作人员须经安全培训考试合格后方可上岗，上岗前应穿戴隔热手套、防护鞋。
第三条　开机前检查液压系统、导热油管路和安全光栅，发现渗漏或报警不得开机。
第四条　装板、卸板时严禁将手伸入压板之间，出现卡板须停机泄压后处理。
第五条　每班生产参数由班长填写在生产记录表上，车间主任每周从系统下载温度压力曲线并打印存档。
第六条　车间内严禁吸烟，导热油炉周围五米内不得堆放板坯和废料。
第七条　本规程自发布之日起施行，由安全环保部负责解释。
""",
    ),
    dict(
        slug="edu-lianhu-farmhouse-library-notice-attachments",
        site="楝湖县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lianhu.example.gov.cn/tzgg/20250409/1456.html",
        title="关于开展农家书屋“书香进校园”活动的通知",
        record_title="关于开展农家书屋“书香进校园”活动的通知",
        record_date="2025-04-09",
        date="2025-04-09",
        notes="education portal: record gives title and date; a document number line (neutral), an 附件 list and the document's own contact, a site hotline in the footer, a 阅读字号 row",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>楝湖县教育信息网</title></head>
<body>
<div id="top">⟦m 楝湖县教育信息网　　楝湖县教育局主办⟧</div>
<div id="menu">⟦m 网站首页　教育动态　通知公告　政策法规　招生考试　教研天地⟧</div>
<div id="path">⟦m 首页 / 通知公告 / 正文⟧</div>
<h3 class="title">{T}</h3>
<div class="attr">⟦m 作者：基教股　点击：602　更新：2025/4/9⟧　⟦a 【阅读字号：大 中 小】⟧</div>
<p align="center">楝教发〔2025〕19号</p>
{BODY}
<div class="tool">⟦a [打印文章]⟧　⟦a [关闭本页]⟧</div>
<div class="prenext">⟦l 上一条：关于做好2025年春季学校传染病防控工作的通知⟧<br>⟦l 下一条：楝湖县中小学劳动教育基地名单公示⟧</div>
<div id="foot">⟦m 楝湖县教育局　地址：楝湖县文昌路3号　值班电话：0731-8812009⟧<br>⟦m 技术支持：星河网络⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校、县直各学校：
为推动农家书屋资源向学校延伸，培养学生阅读习惯，经研究，决定在全县开展农家书屋“书香进校园”活动。现将有关事项通知如下。
一、活动时间
2025年4月至11月。
二、活动内容
（一）图书流转。各村农家书屋每学期向本村小学流转图书不少于二百册，学校设立流转书架，由专人登记借还。
（二）共读活动。各校每月组织一次师生与村民共读活动，评选“书香家庭”和“阅读之星”。
（三）志愿服务。鼓励高年级学生利用周末到农家书屋担任小小管理员。
三、工作要求
各校要将活动开展情况纳入学期工作总结，于11月20日前报送基教股。
联系人：祁红梅，电话：0731-8812147，邮箱：lhjjg@lianhu-edu.example.cn
附件：1．农家书屋图书流转登记表
2．“书香家庭”推荐表
楝湖县教育局
2025年4月9日
""",
    ),
    dict(
        slug="intranet-yitong-translation-minutes",
        site="译通翻译公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.yitong-trans.example.local/doc/view?id=20250721-06",
        title="译通翻译公司第三季度质量例会纪要",
        record_title="【部门纪要】译通翻译公司第三季度质量例会纪要",
        date="2025-07-21",
        notes="intranet document view: 流转/已读 lines, a watermark line between paragraphs, minutes' 时间/地点/主持/参会/记录 lines kept, a table of error counts",
        page="""
!m 译通OA · 文档中心 ＞ 会议纪要 ＞ 质量管理部
!t 【部门纪要】译通翻译公司第三季度质量例会纪要
!m 起草人：汪书谣　　签发：贺既明　　密级：内部　　已读 34 / 未读 6
{BODY}
!m 流转记录：质量管理部拟稿 → 总经理签发 → 全员阅知（2025-07-22 10:15）
!a 【导出PDF】【转发】【标记已读】
!d 本文件仅限公司内部传阅，请勿外传
""",
        body="""
时间：2025年7月21日14:30
地点：公司三楼会议室
主持：贺既明
参会：各语种组组长、审校组全体成员
记录：汪书谣
会议通报了第二季度译稿质量抽检情况，分析了主要差错类型，研究了下一步改进措施。纪要如下。
一、抽检情况
语种　抽检字数　差错数　差错率
英语　120000　36　0.30‰
日语　48000　19　0.40‰
德语　26000　14　0.54‰
⟦m 内部资料　译通翻译　汪书谣 0721⟧
二、主要问题
术语不统一仍是最突出的问题，占差错总数的四成；其次是数字和单位误译，个别稿件存在漏译。
三、改进措施
1．各语种组在8月底前完成行业术语库更新，新项目开译前必须导入术语库。
2．审校环节增加数字单位专项核对。
3．对差错率超过0.5‰的译员安排回炉培训。
""",
    ),
    dict(
        slug="qa-wenzhi-accounting-firm-answer",
        site="问知社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenzhi.example.com/question/77120533",
        title="会计师事务所出具的审计报告被退回，一般是什么原因？",
        record_title="会计师事务所出具的审计报告被退回，一般是什么原因？ - 问知社区",
        date=None,
        notes="Q&A: -site title, asker line, answerer card with 回答于 relative time, vote bar, 'more answers' box; no date",
        page="""
!m 问知社区　|　有问题，就上问知
!t 会计师事务所出具的审计报告被退回，一般是什么原因？ - 问知社区
!m 提问者：小企业主阿伟　　关注 38　　浏览 5,612
!m 梁清越　注册会计师，某所审计部经理　　回答于 2天前
{BODY}
!l ▲ 赞同 214　　▼　　💬 31 条评论　　收藏　　分享
!l 查看全部 9 个回答
!l 相关问题：小规模企业需要做年审吗？ · 审计报告有效期是多久？
!a 打开问知App，查看更多精彩回答
""",
        body="""
谢邀。从我经手的情况看，审计报告被银行、招标方或者主管部门退回，大致有以下几类原因。
1．报告要素不全。比如缺少注册会计师签名盖章、事务所公章盖错位置，或者报告没有附经审计的财务报表和附注。
2．报告防伪信息查不到。现在多数地方要求审计报告在注册会计师协会系统报备，报备编号填错或者没报备，对方验证不通过就会退回。
3．审计意见类型不符合要求。有的招标文件明确要求标准无保留意见，而报告出具的是保留意见。
4．期间不对。对方要的是上一完整会计年度的报告，给的却是半年报或者前年的报告。
建议先问清楚退回的具体理由，再联系事务所补正。一般来说，要素类问题事务所几天内就能重新出具。
""",
    ),
]
