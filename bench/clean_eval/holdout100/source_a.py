"""holdout100, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客 (two each).
Invented: street-tree pruning, pit-and-fissure sealing, plastic-mulch recovery, plague
surveillance, karst sinkholes, house-number plates, snow sculpture, Asian elephants,
mahogany-furniture restorers, children's gymnastics, stork nest platforms, straw weaving."""

CASES = [
    dict(
        slug="fanwen-huangcheng-streettree-summary-oldtable",
        site="篁城范文苑 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.hcfwy.example.com/zongjie/bumen/20251203/88417.asp",
        title="篁城县园林绿化服务中心2025年行道树修剪工作总结",
        record_title="【精选】篁城县园林绿化服务中心2025年行道树修剪工作总结（通用2篇）_篁城范文苑",
        date="2025-11-28",
        notes="old gb2312 table layout with marquee, visitor counter, font-size row, floating consult box; a writing-service prompt glued after a sentence; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】篁城县园林绿化服务中心2025年行道树修剪工作总结（通用2篇）_篁城范文苑</title>
<script>var _vc=1;document.write('');</script></head>
<body bgcolor="#f4f1e8">
<table width="960" align="center"><tr><td><img src="/img/logo.gif">⟦m 篁城范文苑 —— 写材料，先来这里翻一翻⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏夹⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee>⟦m 本苑今日新增范文326篇，累计收录范文九万余篇，欢迎常来⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您现在的位置：篁城范文苑 &gt;&gt; 工作总结 &gt;&gt; 部门总结⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<div class="zz">⟦m 作者：佚名　　来源：网友投稿　　点击数：2981　　更新：2025-12-03⟧</div>
<div class="zh">⟦a 【字号调整：特大 大 中 小】⟧</div>
<div id="content">
{BODY}
</div>
<div>⟦l 上一篇范文：社区绿化养护管理年度总结⟧</div>
<div>⟦l 下一篇范文：园林局2025年古树名木普查工作汇报⟧</div>
</td><td width="250" valign="top">
<table><tr><td>⟦l 本类热门范文⟧</td></tr>
<tr><td>⟦l · 城市绿化工作总结（8篇）⟧</td></tr>
<tr><td>⟦l · 市政养护所年终工作小结⟧</td></tr>
<tr><td>⟦l · 林业站个人述职报告范本⟧</td></tr></table>
</td></tr></table>
<div id="float_kf" style="position:fixed;right:0">⟦w 材料急用？代写代改，扫码联系苑长⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 本苑范文多由网友投稿，若侵犯您的权益请来函告知，核实后即删⟧<br>⟦m 您是本站第 00817344 位访客⟧<br>⟦m 篁ICP备20150337号⟧</td></tr></table>
</body></html>
""",
        body="""
2025年，我中心按照县住建局统一部署，以“修剪有序、树冠通透、行车无碍”为目标，完成了城区主次干道行道树的年度修剪任务，现将有关情况总结如下。
一、基本情况
全年共修剪行道树一万二千四百余株，涉及道路二十六条，清运枝叶四百八十余车次，处理群众反映树枝挡灯、碰线问题七十三件。⟦w 需要本文完整版或定制同类总结，请加编辑微信hcfw_2008⟧
二、主要做法
（一）分路段制定方案。对香樟、悬铃木、栾树等不同树种分别确定修剪时间和修剪强度，避免“一刀切”。
（二）错峰作业保安全。主干道作业一律安排在夜间十时至次日凌晨五时，设置锥桶和警示灯，全年未发生安全事故。
（三）接受群众监督。在作业路段张贴告示，公布监督电话，对修剪过度的两处路段及时整改。
三、存在问题
部分老城区道路狭窄，高空作业车无法进入，仍依靠人工攀爬修剪，效率低、风险大。
四、明年打算
明年我们将引进小型登高设备两台，建立行道树“一树一档”，推动修剪工作由突击式向常态化转变。
篁城县园林绿化服务中心
2025年11月28日
""",
    ),
    dict(
        slug="fanwen-sealant-speech-missing-title",
        site="笔友范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.biyoufanwen.example.net/jianghua/jiaoyu/61530.html",
        title="在全县儿童窝沟封闭项目启动仪式上的讲话",
        record_title=None,
        date="2025-04-16",
        notes="no record title: the title on the page; speaker and date lines under it neutral; a VIP-unlock prompt between paragraphs; hot list",
        page="""
!m 笔友范文网 · 讲话稿频道
!m 首页 / 讲话稿 / 教育卫生讲话
{T}
县卫生健康局副局长　宋立群
（2025年4月16日）
!m 发布者：笔友小周　字数：1046　浏览：412
{BODY}
!a 复制全文需登录，一键导出Word请开通会员
!l 你可能还想看：
!l 口腔健康进校园活动主持词
!l 爱牙日宣传活动方案（3篇）
!d 笔友范文网所载文章仅供写作参考，请勿直接用于正式场合。
""",
        body="""
各位校长、各位医生、同学们：
今天，我们在这里举行全县儿童窝沟封闭项目启动仪式。首先，我代表县卫生健康局，向长期关心支持儿童口腔健康工作的各位老师和医务人员表示衷心的感谢！
龋齿是儿童最常见的口腔疾病。去年全县口腔健康抽样检查显示，八岁儿童第一恒磨牙患龋率接近三成，这个数字提醒我们，预防必须走在前面。
⟦a 剩余62%内容已折叠，开通VIP后展开阅读⟧
窝沟封闭是一种简便、无痛、有效的防龋措施。今年项目将覆盖全县二年级、三年级学生约六千八百人，费用全部由项目资金承担，家长不需要缴纳任何费用。
在这里，我提三点要求：一是各学校要认真做好宣传和组织，确保学生按时参加检查；二是各定点医疗机构要严格操作规范，做到一人一套器械；三是要建立回访制度，半年后对脱落的封闭剂及时补做。
同学们，保护牙齿要从小做起。希望大家早晚刷牙，少喝含糖饮料，做自己牙齿健康的第一责任人。
谢谢大家！
""",
    ),
    dict(
        slug="wenku-zhiwan-mulch-plan-pdf-html-pages",
        site="知湾文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wenku.zhiwan.example.com/view/7f3e21a0c9.html",
        title="芷湾县2025年废旧农膜回收利用工作实施方案",
        record_title="芷湾县2025年废旧农膜回收利用工作实施方案.pdf",
        date="2025-03-07",
        notes="HTML reader with page markers as paragraphs (〘第2页〙), preview-end prompt, upload notice; file-name record title; 成文日期 in Chinese numerals; numbered list and a table kept",
        pages=dict(fmt="〘第{n}页〙", every=260, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>芷湾县2025年废旧农膜回收利用工作实施方案.pdf-知湾文库</title></head>
<body>
<header><div class="logo">⟦m 知湾文库｜海量文档随心查⟧</div><nav>⟦m 文库首页　行业资料　政务文书　办公模板　我的文库⟧</nav><div class="login">⟦a 登录/注册⟧</div></header>
<div class="doc-head"><h1>{T}</h1>
<div class="doc-info">⟦m 上传者：农技小助手　页数：5页　格式：PDF　上传时间：2025-03-21⟧</div>
<div class="doc-btns">⟦a 下载文档（4下载券）⟧ ⟦a 加入文件夹⟧ ⟦a 分享到微信⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="end-mask">⟦a 预览到此为止，下载券兑换后可查看全部5页⟧</div>
<div class="upnote">⟦d 本文档由用户自行上传，知湾文库仅提供信息存储空间，如涉及侵权请联系平台下架⟧</div>
<aside><h4>⟦l 相关文档推荐⟧</h4><ul><li>⟦l 农田残膜污染治理工作总结.docx⟧</li><li>⟦l 乡镇农膜回收网点建设方案⟧</li></ul></aside>
<footer>⟦m © 2025 知湾文库　知ICP备24009121号-3⟧</footer>
</body></html>
""",
        body="""
为加快解决农田“白色污染”问题，推进农业绿色发展，结合我县实际，制定本方案。
一、工作目标
到2025年底，全县废旧农膜回收率达到85%以上，当季地膜覆盖面积较上年不增长，重点乡镇建成“村收集、镇转运、县处理”的回收体系。
二、重点任务
1. 推广加厚高强度地膜。全县推广厚度不低于0.015毫米的加厚地膜四万亩，由县农业农村局统一招标、按补贴价供应。
2. 建设回收网点。每个乡镇至少设立一个固定回收站，行政村设立临时收集点，回收站按每公斤0.6元标准向农户收购废旧地膜。
3. 开展机械化捡拾。在玉米、马铃薯主产区试点残膜捡拾机械作业，作业补贴每亩20元。
三、任务分解
乡镇　推广面积（亩）　回收网点（个）
东坪镇　9000　3
下湾乡　6500　2
石渠镇　7200　2
四、保障措施
各乡镇要明确专人负责，县财政安排专项资金一百二十万元，对工作成效突出的乡镇在年度考核中予以加分。
芷湾县农业农村局
二〇二五年三月七日
""",
    ),
    dict(
        slug="wenku-plague-summary-text-pages-no-date",
        site="云岭文档库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://doc.yunlingku.example.cn/p/55028734.html",
        title="2024年鼠疫监测工作总结",
        record_title="2024年鼠疫监测工作总结（可编辑）",
        date=None,
        notes="text preview cut by page markers ⁅n⁆ (glued or not); only an upload stamp and a year in the title: no date; a 'continue reading' prompt and a score line",
        pages=dict(fmt="⁅{n}⁆", every=170, start=2, glue="mix"),
        page="""
!m 云岭文档库
!t 2024年鼠疫监测工作总结（可编辑）
!m 贡献者：dyjk_2019 | 上传于：2025-01-14 | 4.6分（31人评价） | 浏览 1205
!a 免费预览前3页　完整版下载
{BODY}
!a 点击阅读全文（共7页）
!l 同类文档：鼠间疫情监测方案　旱獭疫源地调查报告　动物间鼠疫监测规范
!d 声明：文档内容由上传者提供，本站不对其准确性负责。
""",
        body="""
2024年，在上级业务部门的指导下，我中心认真落实鼠疫监测方案，全年未发现人间鼠疫病例，动物间疫情总体平稳。
一、监测基本情况
全年共在三个固定监测点和五个流动监测点开展监测，布放鼠笼一万四千余笼次，捕获鼠形动物二千一百余只，检测血清样本一千八百余份，均为阴性。
二、主要工作措施
（一）加强疫源地巡查。监测队员每月对草原旱獭洞群开展巡查，记录洞口密度和活动情况，发现异常死亡动物立即上报。
（二）落实“三不”制度。向牧民反复宣传不私自捕猎疫源动物、不私自剥食病死动物、不私自携带疫源动物及其产品出疫区。
（三）做好应急准备。全年组织应急演练两次，储备防护服、消杀药品等物资，确保一旦发生疫情能够及时处置。
三、存在的不足
监测点位置偏远，队员长期野外作业，交通和通讯保障条件较差，专业技术人员年龄偏大，后备力量不足。
四、下一步打算
我们将继续完善监测网络，争取配备卫星通讯设备，并通过“师带徒”方式培养年轻监测队员。
""",
    ),
    dict(
        slug="gov-guanzhou-sinkhole-notice-index-table",
        site="鹳洲县自然资源局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zrzyj.guanzhou.example.gov.cn/zwgk/tzgg/202506/t20250609_41172.html",
        title="关于做好汛期岩溶塌陷隐患排查工作的通知",
        record_title="关于做好汛期岩溶塌陷隐患排查工作的通知",
        date="2025-06-09",
        record_date="2025-06-09",
        notes="county portal with an 索引号 table, a [ 字号 大 中 小 ] row, 打印本页/关闭窗口; 文号 neutral; 附件 list and the bureau's own contact next to the portal's hotline",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好汛期岩溶塌陷隐患排查工作的通知-鹳洲县自然资源局</title><link rel="stylesheet" href="/css/gk.css"></head>
<body>
<div class="topbar">⟦m 鹳洲县人民政府门户网站 | 鹳洲县自然资源局⟧ <a>⟦a 无障碍浏览⟧</a> <a>⟦a 长者模式⟧</a></div>
<nav>⟦m 首页 机构概况 政务公开 政务服务 互动交流 专题专栏⟧</nav>
<div class="crumb">⟦m 当前所在：首页 » 政务公开 » 通知公告⟧</div>
<table class="gk-index">
<tr><td>⟦m 索 引 号：11530723MB1A04X7-/2025-0609003⟧</td><td>⟦m 主题分类：国土资源、能源⟧</td></tr>
<tr><td>⟦m 发布机构：鹳洲县自然资源局⟧</td><td>⟦m 成文日期：2025-06-09⟧</td></tr>
</table>
<h1>{T}</h1>
<p class="wh">鹳自然资发〔2025〕27号</p>
<div class="fontsize">⟦a [ 字号 大 中 小 ]⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="related">⟦l 相关信息：鹳洲县2025年地质灾害防治方案⟧</div>
<footer><p>⟦m 主办：鹳洲县人民政府办公室　承办：鹳洲县自然资源局⟧</p><p>⟦m 政务服务便民热线：12345　网站标识码：5307230017⟧</p><p>⟦m 滇ICP备06001329号⟧</p></footer>
</body></html>
""",
        body="""
各乡（镇）人民政府，县直有关单位：
近期我县进入主汛期，降雨集中，岩溶地区地下水位变化剧烈，极易诱发地面塌陷。为切实保障人民群众生命财产安全，现就做好汛期岩溶塌陷隐患排查工作通知如下。
一、排查范围。重点排查城区及集镇岩溶发育区、矿山采空区周边、抽取地下水较集中区域以及学校、卫生院、集贸市场等人员密集场所。
二、排查内容。重点查看地面是否出现裂缝、下沉、积水突然漏失、井泉水位水色异常，房屋墙体有无新增开裂等前兆现象。
三、工作要求。各乡（镇）要于6月20日前完成第一轮排查，建立隐患台账，对发现的隐患点立即设置警示标志，必要时组织群众转移。
四、信息报送。排查结果请于6月25日前报县自然资源局地质环境股，发现险情须在1小时内电话报告。
联系人：杨思远，电话：0876-3102257，邮箱：gzdzhj@example.cn
附件：1.岩溶塌陷隐患排查登记表
2.地面塌陷前兆识别要点
鹳洲县自然资源局
2025年6月9日
""",
    ),
    dict(
        slug="gov-nanheng-doorplate-notice-text",
        site="蘅阳市南衡区人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.nanheng.example.gov.cn/xxgk/gsgg/202509/t20250915_2281.html",
        title="关于开展城区门牌统一更换工作的通告",
        record_title="关于开展城区门牌统一更换工作的通告_公示公告_南衡区人民政府网",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="text portal page: record title _column_site; 发布日期 differs from the 通告's date; the district's contact next to the portal's 政务服务热线; an 扫码 sentence of the document kept",
        page="""
!m 南衡区人民政府网　　智慧南衡 便民服务
!m 首页 > 信息公开 > 公示公告
{T}
!m 发布日期：2025-09-15　　信息来源：区民政局　　访问量：[1387]
!a 【大 中 小】【打印】【关闭】
{BODY}
!l 【上一条】南衡区2025年秋季征兵公告
!l 【下一条】关于公布第三批地名命名的公告
!m 南衡区人民政府办公室主办 | 政务服务热线 0734-12345 | 湘公网安备43040502000133号
""",
        body="""
为规范城区门牌管理，方便群众生活和应急救援，区人民政府决定于2025年9月至12月在城区开展门牌统一更换工作，现将有关事项通告如下：
一、更换范围：东风街道、湘衡街道、白沙街道辖区内所有临街建筑物及住宅小区楼栋。
二、更换方式：新门牌由区民政局统一制作、免费安装，旧门牌由安装人员同步拆除，任何单位和个人不得收取费用。
三、新门牌带有二维码，群众用手机扫码即可查看标准地址、周边公共服务设施和便民电话。
四、请广大居民和业主配合安装人员工作，不得擅自拆除、涂改、遮挡门牌。对冒充工作人员收费的，请及时向公安机关报案。
咨询电话：区民政局区划地名股 0734-8806215（工作日8:30—17:30）
南衡区人民政府
2025年9月12日
""",
    ),
    dict(
        slug="news-xueyuan-snow-sculpture-photo-caption",
        site="雪原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xueyuannews.example.com/dfxw/2026-01/08/c_1190431.htm",
        title="桦岭县第七届冰雪雕塑大赛开幕 二十六支队伍同场竞技",
        record_title="桦岭县第七届冰雪雕塑大赛开幕 二十六支队伍同场竞技-雪原新闻网",
        date="2026-01-07",
        notes="news portal: byline 发布时间 is the date; photo captions between paragraphs; an editor line glued after the last paragraph; share bar; hot ranking",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>桦岭县第七届冰雪雕塑大赛开幕 二十六支队伍同场竞技-雪原新闻网</title><script src="/js/tj.js"></script></head>
<body>
<div class="hd"><span>⟦m 雪原新闻网⟧</span><span>⟦m 北国资讯第一站⟧</span><ul>⟦m 时政 地方 经济 文旅 体育 视频⟧</ul></div>
<div class="pos">⟦m 雪原新闻网 &gt; 地方 &gt; 桦岭⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 2026-01-07 16:42:10　来源：桦岭融媒　作者：记者 乔晓川 通讯员 阎冬⟧</div>
<div class="share">⟦l 分享到：微博 微信 QQ空间⟧</div>
<div class="article">
{BODY}
</div>
<div class="rank"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 松花湖冬捕节下周开网⟧</li><li>⟦l 全市中小学寒假时间确定⟧</li><li>⟦l 北站新增两趟夜间列车⟧</li></ol></div>
<div class="ft">⟦d 凡注明“来源：雪原新闻网”的作品，未经授权不得转载、摘编⟧<br>⟦m 新闻热线：0432-64100000　违法和不良信息举报：jubao@xueyuannews.example.com⟧</div>
</body></html>
""",
        body="""
1月7日，桦岭县第七届冰雪雕塑大赛在县城北山公园开幕，来自省内外的二十六支雕塑队伍将在三天时间里完成参赛作品。
本届大赛以“林海雪原·冰韵桦岭”为主题，每支队伍分得一块长宽高均为三米的压实雪坯，采用手工工具雕刻，禁止使用电动工具。
⟦m 图为参赛选手在雪坯上勾画轮廓。记者 乔晓川 摄⟧
组委会介绍，大赛共设一等奖一名、二等奖三名、三等奖五名，优秀作品将在北山公园展出至2月底，供市民游客免费观赏。
来自邻省的参赛选手韩振说：“桦岭的雪粘度好，适合雕细节，我们这次准备雕一组驯鹿。”
据悉，今年县里还在雕塑区旁设置了冰雪游乐区和暖棚驿站，春节期间每天开放至晚上九时。⟦m （责任编辑：丁雯）⟧
""",
    ),
    dict(
        slug="news-dianjiang-elephant-warning-text",
        site="滇江在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.dianjiangzx.example.com/news/2025/0822/334019.shtml",
        title="麓川县亚洲象监测预警系统覆盖十二个村寨",
        record_title=None,
        date="2025-08-22",
        notes="text news page: no record title, title repeated and glued to the lead; dotted app-style date line; a 'download the app' prompt and a comment box",
        page="""
!m 滇江在线　>　州县新闻
!t 麓川县亚洲象监测预警系统覆盖十二个村寨
!m 2025.08.22 09:15　滇江在线记者 岩温 / 文　阅读 6.3万
{T}{BODY}
!a 打开滇江在线客户端，看更多本地新闻
!l 评论（28）　说两句吧……
!l 热门评论：希望大象和村民都平平安安
!d 滇江在线版权所有，转载须注明出处
""",
        body="""
记者从麓川县林业和草原局获悉，截至8月中旬，县里建设的亚洲象监测预警系统已覆盖象群活动频繁的十二个村寨。
该系统由红外相机、智能广播和手机短信平台组成，一旦相机识别到大象靠近村寨，系统会在一分钟内通过大喇叭和短信向附近村民发出预警。
“以前半夜听到动静才知道大象来了，现在提前十几分钟就能收到消息。”勐蚌村村民玉香说。
今年以来，系统共发出预警信息二千三百余条，全县未发生因亚洲象肇事导致的人员伤亡。
县林草局还为受损农户办理了野生动物公众责任险，今年已理赔玉米、甘蔗等农作物损失四十余万元。
""",
    ),
    dict(
        slug="forum-muyou-mahogany-repair-jammer-html",
        site="木友之家论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://bbs.muyouzj.example.com/thread-220815-1-1.html",
        title="关于规范红木家具修复行为的倡议书",
        record_title="[转帖] 关于规范红木家具修复行为的倡议书 - 修复交流区 - 木友之家论坛",
        date="2025-10-18",
        date_also=["2025-10-20"],
        notes="Discuz-like forum with jammer fonts (a line and one glued after 。); the post's 发表于 differs from the pledge's date; a signature line and reply box",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[转帖] 关于规范红木家具修复行为的倡议书 - 修复交流区 - 木友之家论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 木友之家论坛⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 木友之家论坛 › 技艺交流 › 修复交流区 › 查看帖子⟧</div>
<div class="ts"><h1>⟦t [转帖] 关于规范红木家具修复行为的倡议书⟧</h1> ⟦m 查看: 1744 | 回复: 36⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 老榫头⟧<br>⟦m 版主　积分 9620⟧</td>
<td class="plc"><div class="pti">⟦m 发表于 2025-10-20 21:07⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
<p>{T}</p>
{BODY}
</div>
<div class="sign">⟦m 三十年老木匠，只修不卖，欢迎切磋⟧</div>
</td></tr></table>
<div class="pgs">⟦l 上一主题 下一主题⟧</div>
<div class="fastpost">⟦l 高级模式　您需要登录后才可以回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 木友之家 ( 浙ICP备19024417号 )⟧</div>
</body></html>
""",
        body="""
全市红木家具修复从业者：
近年来，随着老家具收藏和使用的人越来越多，红木家具修复行业发展很快，但也出现了以次充好、过度翻新、乱收费等问题，损害了消费者权益和行业声誉。为此，我们向全市同行发出如下倡议：
一、坚持修旧如旧。尊重老家具的原有结构和包浆，能修不换，能补不拆，不得擅自改变榫卯形制。
二、如实告知用料。更换部件须使用同种木材，确需使用其他木材的，应事先向客户说明并写入修复单。
三、明码标价。修复前出具书面报价，修复中需要增加项目的，须经客户同意后方可施工。
四、保护环境和健康。使用大漆、蜂蜡等传统材料，减少使用含苯溶剂，作业场所做好通风除尘。
让我们从自身做起，守住手艺人的良心，共同擦亮红木修复这块招牌。
市工艺美术行业协会家具修复专业委员会
2025年10月18日
""",
    ),
    dict(
        slug="forum-tiaotiao-gymnastics-camp-junk-text",
        site="跳跳家长论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.tiaotiaojz.example.com/forum.php?mod=viewthread&tid=90317",
        title="椋川市少儿体操俱乐部2025年暑期集训通知",
        record_title="椋川市少儿体操俱乐部2025年暑期集训通知（家长必看）",
        date="2025-06-20",
        notes="parents' forum: anti-scraping junk lines and one glued after 。; a poster's aside above the notice; a fee table and the club's contact kept; 3天前 relative reply time is no date",
        junk=dict(lines=2, glued=1),
        page="""
!m 跳跳家长论坛 » 兴趣班交流 » 体育运动
!t 椋川市少儿体操俱乐部2025年暑期集训通知（家长必看）
!m 楼主：橙子妈妈　发表于 2025-6-21 08:30　只看楼主
!w 有需要报名的家长可以私信我，拉你进群
{BODY}
!l 回复 #2 小海豚爸爸 3天前：请问四岁半能报吗？
!l 回复 #3 橙子妈妈 3天前：要满五周岁哦
!a 发表回复　收藏本帖　举报
""",
        body="""
各位学员家长：
为帮助学员利用暑假系统提高基本功，俱乐部定于7月7日至8月15日举办暑期集训，现将有关事项通知如下。
一、训练内容：柔韧、力量、技巧和垫上动作，进阶班增加平衡木和单杠基础动作。
二、分班及收费：
班别　年龄　时间　费用
启蒙班　5—6岁　每天9:00—10:30　1800元
进阶班　7—10岁　每天15:00—17:00　2400元
三、请家长为孩子准备紧身训练服、水杯和毛巾，训练期间不得佩戴首饰。
四、报名时须提交近三个月内的体检报告，有心脏病、癫痫等病史的学员不宜参加。
报名咨询：俱乐部前台 刘老师 13907321854
椋川市少儿体操俱乐部
2025年6月20日
""",
    ),
    dict(
        slug="blog-guanshao-stork-nest-platform-html",
        site="鹳哨笔记（博客） (invented)",
        style="博客",
        genre="心得体会",
        kind="experience",
        form="html",
        source="https://guanshao.blog.example.net/archives/2025/05/stork-nests.html",
        title="守护白鹳巢台的一个春天",
        record_title="【随记】守护白鹳巢台的一个春天 | 鹳哨笔记",
        date="2025-05-31",
        notes="blog with tag cloud, archive, bracketed post time in the header (the page's date), a reward button, comment box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随记】守护白鹳巢台的一个春天 | 鹳哨笔记</title></head>
<body>
<header><h2>⟦m 鹳哨笔记⟧</h2><p>⟦m 一个湿地巡护员的野外手记⟧</p><nav>⟦m 首页 · 巡护日志 · 鸟类影像 · 关于我⟧</nav></header>
<main><article>
<h1>⟦t 【随记】守护白鹳巢台的一个春天⟧</h1>
<div class="meta">⟦m [2025-05-31 22:14] 分类：巡护日志 | 阅读(829) | 评论(12)⟧</div>
{BODY}
<div class="reward">⟦a 觉得有用？请作者喝杯茶⟧</div>
<div class="tags">⟦l 标签：东方白鹳 人工巢台 湿地 电力线路⟧</div>
<div class="pn">⟦l « 上一篇：芦苇荡里的红外相机⟧ ⟦l 下一篇：雏鸟环志那一天 »⟧</div>
<div class="comments"><h3>⟦l 留言（12）⟧</h3><textarea>⟦l 说点什么吧⟧</textarea></div>
</article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 白鹳 湿地 候鸟 巡护 鸟类摄影⟧</p><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年5月 (4)⟧</li><li>⟦l 2025年4月 (6)⟧</li></ul></aside>
<footer>⟦d 本博客文字与图片版权归作者所有，转载请联系⟧</footer>
</body></html>
""",
        body="""
今年开春，保护区和供电公司在雁坪湿地外围的输电线路旁立起了八座人工巢台，这是我们第一次尝试把白鹳从电线杆上“请”下来。
过去几年，东方白鹳总喜欢在高压电杆顶上筑巢，枝条一掉就可能引起线路跳闸，鸟也常常被电伤。供电公司的师傅们拆过巢，可鹳第二天又叼着树枝回来了。
这次的巢台高十二米，顶上焊了直径一米五的铁筐，我们在筐里预先铺了一层柳条，想让它们觉得“这里有人住过”。
三月下旬，第一对白鹳落在三号巢台上。那天我在观察点蹲了四个小时，看它们来回衔枝，心里比自己搬新家还高兴。
到五月底，八座巢台有五座被占用，共孵出雏鸟十一只，线路跳闸一次也没有发生。
我想，保护野生动物不只是禁止和驱赶，也要替它们想一想：它们需要什么，我们能给什么。
""",
    ),
    dict(
        slug="blog-caobian-straw-weaving-essay-wrapped",
        site="禾秆斋博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="experience",
        form="text",
        source="http://hegan.blogsite.example.cn/post/1187",
        title="跟着外婆学草编的三个夏天",
        record_title="跟着外婆学草编的三个夏天 - 禾秆斋 - 博客",
        date="2025-07-12",
        notes="hard-wrapped at 60 columns with a two-space indent; bracketed post time; a follow prompt and tags; 上/下一篇",
        wrap=60,
        indent="  ",
        page="""
!m 禾秆斋 —— 手艺、乡村与日常
!t 跟着外婆学草编的三个夏天
!m （2025-07-12 20:41:33）　标签：草编 非遗 乡村手艺　分类：手艺人
{BODY}
!a +关注博主　收藏　转载
!l 前一篇：麦秸秆要怎么选？
!l 后一篇：草编小蚂蚱的七个步骤
!l 共有评论 5 条　发表评论
""",
        body="""
外婆编草帽编了六十年。小时候我只觉得那是老人家打发时间的活计，直到大学三年级的那个暑假，我才第一次认真坐到她的板凳对面。
第一个夏天，我只学会了掐辫。七根麦秸一压一挑，手指要始终捏紧，稍一松劲，辫子就散成一把乱草。外婆不说话，只把散了的拆开，让我重来。
第二个夏天，我开始学盘帽顶。外婆说，帽顶要圆，心里就不能急，一圈压着一圈，针脚匀了，帽子戴上才不歪。
第三个夏天，村里办了草编合作社，外婆被请去当指导老师，我也跟着给来学手艺的婶子们拍视频、做讲解。
现在，合作社的草帽、草篮卖到了好几个城市。我想，手艺能不能传下去，靠的不是一个人守着，而是有人愿意坐下来，一根一根地学。
""",
    ),
]
