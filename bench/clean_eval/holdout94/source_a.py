"""holdout94, part A: written blind (see NOTE.md). Invented sites, places, people, numbers."""

CASES = [
    dict(
        slug="fanwen-qiaojian-summary-old-table",
        site="公文荟萃网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gwhuicui.example.net/zongjie/2025/1216/88213.asp",
        title="澹川县公路桥梁检测站2025年工作总结",
        record_title="【精选】澹川县公路桥梁检测站2025年工作总结（通用版）_公文荟萃网",
        date="2025-12-12",
        notes="old gb2312 table layout with marquee, visitor counter, font row; decorated record title; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【精选】澹川县公路桥梁检测站2025年工作总结（通用版）_公文荟萃网</title>
<script language="javascript" src="/js/count.asp?id=88213"></script>
</head><body bgcolor="#F5F5F0">
<table width="960" align="center"><tr><td><img src="/img/logo.gif"> ⟦m 公文荟萃网——写材料的老朋友⟧</td><td align="right"><a href="/sethome.asp">⟦a 设为首页⟧</a> | <a href="/fav.asp">⟦a 加入书签⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦l 最新上传：乡镇年终考核汇报材料 ★ 机关作风整顿自查报告 ★ 安全生产月活动小结⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 您现在的位置：公文荟萃网 &gt;&gt; 总结大全 &gt;&gt; 单位总结⟧</div>
<h2>{T}</h2>
<div>⟦m 录入：荟萃小编　更新：2025-12-16　人气：1287⟧</div>
<div>⟦a 【字号：特大 大 中 小】⟧</div>
{BODY}
<div>⟦a 【打印此页】【关闭窗口】【返回顶部】⟧</div>
<div>⟦l 上一篇文章：公路养护站年度工作汇报⟧</div>
<div>⟦l 下一篇文章：交通运输局安全生产工作总结⟧</div>
</td><td width="240" valign="top">
<div>⟦l 总结类阅读排行⟧</div>
<div>⟦l 1. 收费所个人年终总结⟧</div>
<div>⟦l 2. 路政大队半年工作小结⟧</div>
<div style="position:fixed;right:0;bottom:80px">⟦w 材料不会写？资深笔杆子在线改稿，微信 hc-bigan66⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站文章来自网络收集及会员投稿，版权归原作者，如有侵权请来信删除⟧<br>⟦m 您是第 3820561 位访客　冀ICP备08011734号⟧</td></tr></table>
</body></html>
""",
        body="""
2025年，县公路桥梁检测站在县交通运输局的正确领导下，坚持“检测先行、预防为主”，全面完成了年度桥梁检测和评定任务。现将全年工作总结如下。
一、基本情况
全县共有公路桥梁412座，其中大桥23座、中桥96座、小桥293座。全年完成定期检查412座次，特殊检查7座次，荷载试验2座。
二、主要工作
（一）建立“一桥一档”。对全部桥梁逐座拍照、测量、编号，录入桥梁管理系统，档案完整率达到100%。
（二）排查处置病害。发现伸缩缝损坏、支座脱空、护栏缺失等病害86处，已处治79处，其余7处列入明年维修计划。
（三）加强汛期监测。汛期对跨河桥梁实行24小时值守，对泾湾大桥、溆原桥2座四类桥梁落实限载限速和专人看护。
三、存在问题和明年打算
检测设备老化、专业技术人员不足的问题仍较突出。明年，我们将申请购置桥梁检测车1台，开展技术人员轮训，确保全县桥梁安全运行。
澹川县公路桥梁检测站
2025年12月12日
""",
    ),
    dict(
        slug="wenku-yaxiang-duck-plan-corner-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhiyewenku.example.com/p-55182093.html",
        title="2025年渚阳镇蛋鸭养殖场秋冬季疫病防控工作方案",
        record_title="2025年渚阳镇蛋鸭养殖场秋冬季疫病防控工作方案.docx",
        date=None,
        notes="file-name record title; preview markers ⸢n⸣ glued or not cutting sentences; year only in the title; upload stamp",
        pages=dict(fmt="⸢{n}⸣", every=160, start=2, glue="mix"),
        page="""
!m 知页文库 > 农林牧渔 > 畜禽养殖
!m 上传者：yz_鸭倌 于 2025-10-09 上传　共3页　4.6 积分
!a 免费预览已到底，余下内容请购买后查看
{T}
{BODY}
!a 购买本文档（4.6积分） 加入文集 举报
!d 本文档为用户自行上传，知页文库仅提供信息存储空间，不对内容真实性负责。
!l 相关文档：肉鸭养殖场消毒制度 | 家禽免疫程序表 | 鸭场粪污处理方案
""",
        body="""
为做好秋冬季蛋鸭疫病防控工作，保障养殖场生产安全，结合本场实际，制定本方案。
一、防控重点
重点防控禽流感、鸭瘟、鸭病毒性肝炎和鸭传染性浆膜炎，兼顾大肠杆菌病等细菌性疾病。
二、主要措施
1. 严格免疫。按照免疫程序，10月底前完成全场3.2万只蛋鸭禽流感加强免疫，免疫密度达到100%，并做好免疫记录。
2. 封闭管理。场区实行封闭管理，外来车辆一律在场外停放，人员进场须更衣、换鞋、消毒。
3. 清洗消毒。鸭舍每周带鸭消毒两次，水面运动场每半月换水一次，粪污日产日清，统一运往有机肥厂处理。
4. 监测报告。每日巡查鸭群采食、产蛋和精神状况，发现产蛋率骤降或异常死亡的，立即报告镇畜牧兽医站。
三、保障措施
场长为防控第一责任人，技术员负责具体落实，储备消毒药品500公斤、防护服100套，确保疫情发生时能迅速处置。
""",
    ),
    dict(
        slug="gov-yingwan-streetlight-notice-index-table",
        site="滢湾区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yingwan.example.gov.cn/xxgk/tzgg/202509/t20250918_41762.html",
        title="关于开展城区路灯集中检修的通告",
        record_title="关于开展城区路灯集中检修的通告_滢湾区人民政府",
        date="2025-09-18",
        notes="modern county portal: 索引号 table, elder-mode switch, byline 发布时间 as the date; the document's contact beside the portal's hotline",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展城区路灯集中检修的通告_滢湾区人民政府</title>
<link rel="stylesheet" href="/static/css/main.css"><script src="/static/js/jquery.min.js"></script>
<script>window.__gov = {col:"tzgg"};</script></head>
<body>
<header><div class="logo">⟦m 滢湾区人民政府门户网站⟧</div>
<div class="tool"><a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 无障碍浏览⟧</a> <a href="/en">⟦m English⟧</a></div>
<nav><a href="/">⟦m 首页⟧</a><a href="/zwgk">⟦m 政务公开⟧</a><a href="/bsfw">⟦m 办事服务⟧</a><a href="/hdjl">⟦m 互动交流⟧</a></nav></header>
<div class="crumb">⟦m 位置：首页 › 政务公开 › 通知公告⟧</div>
<table class="xxgk-meta"><tr><td>⟦m 索引号：11440612MB2C7731X/2025-00917⟧</td><td>⟦m 发布机构：区城市管理局⟧</td></tr>
<tr><td>⟦m 主题分类：城乡建设⟧</td><td>⟦m 成文日期：2025-09-16⟧</td></tr></table>
<article><h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-09-18 10:24　来源：区城市管理局　浏览次数：<span>341</span>⟧</div>
<div class="fontsize">⟦a 字体：[大] [中] [小]⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="ops">⟦a 打印本页⟧ ⟦a 关闭⟧ ⟦l 分享至：微博 微信 QQ空间⟧</div>
</article>
<aside><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 区城管局关于中秋国庆期间市容保障的通知⟧</li><li>⟦l 城区景观照明开关时间调整公告⟧</li></ul></aside>
<footer><p>⟦m 主办：滢湾区人民政府办公室　政务服务热线：12345⟧</p><p>⟦m 网站标识码：4406120017　粤ICP备11097531号-1⟧</p><p>⟦d 未经授权禁止复制或建立镜像⟧</p></footer>
<script>_trackPV();</script>
</body></html>
""",
        body="""
为消除城区路灯故障隐患，提高夜间照明亮灯率，区城市管理局定于2025年9月22日至10月20日对城区主次干道路灯开展集中检修。现将有关事项通告如下：
一、检修范围：滨江大道、渚溪路、学府路等27条道路，共计路灯3186盏。
二、检修内容：更换损坏灯具和老化电缆，清理灯杆小广告，对倾斜灯杆进行扶正加固。
三、作业期间，施工车辆将临时占用部分车道，请过往车辆和行人注意避让，服从现场人员指挥。
四、市民发现路灯不亮、灯杆倾倒等情况，可拨打区路灯管理所报修电话0758-6213370，也可通过“滢湾城管”小程序扫码上报。
联系人：区路灯管理所 邱建华
滢湾区城市管理局
2025年9月16日
""",
        date_also=["2025-09-16"],
    ),
    dict(
        slug="news-xicheng-container-title-glued",
        site="汐城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xcnews.example.cn/jingji/2025-11/03/content_771205.htm",
        title="汐城港集装箱码头前十月吞吐量突破百万标箱",
        record_title=None,
        date="2025-11-03",
        notes="no record title; the headline printed and then glued to the lead; 发布时间 line; photo caption between paragraphs; editor line after the body",
        page="""
!m 汐城新闻网　汐城日报社主办
!m 首页 > 经济 > 港航
{T}
!m 2025-11-03 08:41:17　来源：汐城日报　记者 宁可欣 通讯员 潘涛
!a A+ A- 听新闻
{T}{BODY}
!m 【责任编辑：陆小满】
!l 相关新闻
!l 汐城港新增两条外贸航线
!l 港区智慧闸口上线试运行
!m 汐城新闻网版权所有 违法和不良信息举报电话：0761-8830110
""",
        body="""
本月初，记者从汐城港务集团获悉，今年1月至10月，汐城港集装箱码头累计完成吞吐量101.6万标箱，同比增长14.2%，提前两个月突破百万标箱大关。
今年以来，港务集团新开通至东南亚的外贸航线3条，集装箱航线总数达到28条，覆盖主要贸易港口。
⟦m 图为汐城港集装箱码头作业现场。（记者 宁可欣 摄）⟧
在码头现场，6台岸桥正在同时作业，一辆辆无人驾驶集卡有序穿梭。码头操作部负责人介绍，自动化改造完成后，单机作业效率提高了两成。
港务集团相关负责人表示，将加快推进三期泊位建设，力争全年吞吐量达到125万标箱。
""",
    ),
    dict(
        slug="forum-linjie-bike-parking-pledge-junk",
        site="泠原生活论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.lingyuan-life.example.com/thread-330817-1-1.html",
        title="关于文明规范停放共享单车的倡议书",
        record_title="[转帖] 关于文明规范停放共享单车的倡议书 - 泠原杂谈 - 泠原生活论坛",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="forum post with floor meta, junk lines and glued junk; 成文日期 differs from the post date",
        junk=dict(lines=2, glued=2),
        page="""
!m 泠原生活论坛 › 泠原杂谈 › 帖子
!m 查看: 2107 | 回复: 19
{T}
!m 楼主　云边小卖部　发表于 2025-5-22 21:06
!a 只看该作者 | 倒序浏览 | 阅读模式
{BODY}
!m 本帖最后由 云边小卖部 于 2025-5-22 21:09 编辑
!l 沙发　老街坊9527：早该管管了，小区门口全堵死。
!l 板凳　骑车上班族：支持！
!a 回复 举报 收藏 评分
!l 快速回帖　您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
广大市民朋友们：
共享单车方便了大家的短途出行，但乱停乱放、占用盲道、堵塞消防通道等现象时有发生，影响了城市形象和公共安全。为此，我们向全体市民发出如下倡议：
一、规范停放。使用后请将单车停放在施划的停车区域内，车头朝向一致，不停放在机动车道、盲道和出入口。
二、爱护车辆。不私自加锁，不损坏二维码和车锁，发现故障车辆及时通过应用程序报修。
三、安全骑行。不闯红灯，不逆行，不在人行道上快速骑行，未满12周岁的儿童不骑行共享单车。
四、相互监督。对乱停乱放行为进行劝导，共同维护良好的出行秩序。
泠原县城市管理局
泠原县文明办
2025年5月20日
""",
    ),
    dict(
        slug="blog-lengshui-salmon-notes-tagcloud",
        site="冷水渔人的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://lengshuiyuren.example-blog.com/post/2025/07/salmon-cage.html",
        title="三文鱼养殖技术培训学习心得",
        record_title="【随笔】三文鱼养殖技术培训学习心得 | 冷水渔人的博客",
        date="2025-07-14",
        notes="blog with tag cloud, archive, recent comments; bracketed post time is the page date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>【随笔】三文鱼养殖技术培训学习心得 | 冷水渔人的博客</title>
<script async src="https://stats.example-blog.com/t.js"></script></head><body>
<div id="blog-head"><h2>⟦m 冷水渔人的博客⟧</h2><p>⟦m 高原水库边上的养鱼人，记录鱼塘里的日子⟧</p></div>
<div id="menu"><a href="/">⟦m 博客首页⟧</a> <a href="/archive">⟦m 文章归档⟧</a> <a href="/about">⟦m 关于我⟧</a></div>
<div id="post"><h1>{T}</h1>
<p class="meta">⟦m [2025-07-14 20:31] 分类：养鱼笔记　阅读(516)　评论(4)⟧</p>
{BODY}
<p class="tags">⟦l 标签：三文鱼 虹鳟 冷水鱼 培训⟧</p>
<p>⟦l « 前一篇：水库网箱换网记⟧</p><p>⟦l 后一篇：鱼苗到货那天 »⟧</p>
<div class="cmt"><h4>⟦l 最新评论⟧</h4><p>⟦l 湖边老刘：写得实在，请问溶氧仪哪个牌子好？⟧</p></div></div>
<div id="side"><h4>⟦l 标签云⟧</h4><p>⟦l 养鱼笔记(42) 水质(17) 饲料(9) 生活(23)⟧</p>
<h4>⟦l 存档⟧</h4><p>⟦l 2025年7月 (3)⟧</p><p>⟦l 2025年6月 (5)⟧</p></div>
<div id="foot">⟦d 原创文字，转载请注明出处⟧ ⟦m Powered by BlogEngine⟧</div>
</body></html>
""",
        body="""
7月上旬，我参加了省水产技术推广总站举办的冷水鱼养殖技术培训班，系统学习了三文鱼网箱养殖的关键技术，收获很大。
一是认识到水温是养殖成败的关键。三文鱼适宜水温为8至18摄氏度，超过20摄氏度就会停止摄食。老师讲，高温季节要把网箱下沉到深水层，这一点我以前没有做到。
二是学会了科学投喂。过去凭经验撒料，浪费多、水质差。这次学了按体重和水温计算投喂量，每天分四次投喂，饲料系数可以降到1.1左右。
三是加深了对防病的理解。培训中专家反复强调“以防为主”，要定期检查鳃丝和体表，发现问题及早隔离。
回来以后，我已经把网箱养殖日志重新设计了一遍，准备在今年秋季换苗时按新方法操作，争取把成活率提高到九成以上。
""",
    ),
    dict(
        slug="wechat-yunshan-funeral-initiative-cn-date",
        site="云杉殡仪服务 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.mirror-reader.example.com/s/yunshan_bys/20250325-01",
        title="文明祭扫 绿色清明倡议书",
        record_title="文明祭扫 绿色清明倡议书｜云杉殡仪服务",
        date="2025-03-24",
        date_also=["2025-03-25"],
        notes="WeChat mirror: account line, 阅读原文/在看 row, follow prompt glued after a sentence; 成文日期 in Chinese numerals; the document tells readers to 扫码 预约",
        page="""
{T}
!m 云杉殡仪服务　2025年03月25日 07:30　湄岭
!a 点击上方蓝字，关注我们
{BODY}
!a 阅读原文　　分享　　点赞　　在看
!l 往期推荐：清明节期间殡仪馆开放时间 ｜ 网上祭扫操作指南
!d 文章内容由公众号提供，镜像站仅作收录，侵删。
""",
        body="""
广大市民朋友：
清明节是缅怀先人、寄托哀思的传统节日。为倡导文明节俭的祭扫新风，湄岭县殡仪馆向全县市民发出如下倡议：
一、文明祭扫。提倡鲜花祭扫、植树祭扫、家庭追思会等方式，不在道路、林区、居民区焚烧纸钱和燃放鞭炮。
二、错峰祭扫。清明节前后骨灰寄存楼实行预约入馆，请扫描馆内公告栏二维码或拨打0719-3306122提前预约，每个预约时段不超过5人。⟦a 长按识别二维码，关注“云杉殡仪服务”⟧
三、安全祭扫。祭扫时注意防火防滑，照顾好随行老人和儿童，服从现场工作人员引导。
让我们从自身做起，以文明的方式表达对先人的怀念。
湄岭县殡仪馆
二〇二五年三月二十四日
""",
    ),
    dict(
        slug="docshare-jiuyuan-battery-plan-wrap-markers",
        site="久远文档共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.jiuyuandoc.example.com/view/4419027.html",
        title="澧口镇废旧电池回收网点建设实施方案",
        record_title="澧口镇废旧电池回收网点建设实施方案（可编辑）",
        date=None,
        notes="hard-wrapped at 62 columns and cut by ⁅n⁆ markers glued to the continuation line; no date in the document; upload notice",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⁅{n}⁆", every=200, start=2, glue=True),
        page="""
!m 久远文档共享 · 资料互助平台
!m 文档分类：环境保护　页数：2　上传时间：2025-08-30
{T}
{BODY}
!d 声明：文档由久远网友共享，著作权归上传者，若侵犯您的权益请发送邮件说明。
!a ↓ 下载原文档（DOCX，共2页）
!l 猜你喜欢：垃圾分类宣传周活动方案 / 村级保洁员管理办法
""",
        body="""
为减少废旧电池对环境的污染，推动生活垃圾分类向纵深发展，经镇政府研究，决定在全镇建设废旧电池回收网点，特制定本方案。
一、工作目标：年内在全镇12个行政村、3个社区和镇中心学校设置回收网点不少于30个，实现回收网点村（社区）全覆盖。
二、设置标准：回收箱统一采用红色防渗漏箱体，张贴“有害垃圾”标识，设置在村委会、超市门口等人员集中的地方，由专人负责日常管理。
三、收运方式：各网点每月将收集的废旧电池送至镇环卫所暂存点，暂存点达到一定数量后，交由有资质的单位统一处置，严禁混入其他垃圾。
四、宣传发动：利用村广播、宣传栏开展宣传，组织中小学生开展“小手拉大手”活动，引导群众主动投放。
""",
    ),
    dict(
        slug="edu-hongshui-orthok-notice-byline",
        site="泓水县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.hongshui.example.gov.cn/tzgg/2025/0905/2201.html",
        title="关于规范中小学生角膜塑形镜验配宣传的通知",
        record_title="关于规范中小学生角膜塑形镜验配宣传的通知-泓水县教育体育局",
        date="2025-09-04",
        date_also=["2025-09-05"],
        notes="education portal; document number neutral; 抄送 line kept; a site hotline in the footer beside the notice's own 联系电话",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于规范中小学生角膜塑形镜验配宣传的通知-泓水县教育体育局</title>
<script src="/js/common.js"></script><style>.main{width:1100px}</style></head>
<body><div class="head">⟦m 泓水县教育体育局⟧ <span>⟦m 立德树人 办人民满意的教育⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="main"><div class="pos">⟦m 当前所在：首页 &gt; 通知公告⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 发布日期：2025-09-05　文章来源：体卫艺股　点击量：802⟧</p>
<p class="wh">泓教体〔2025〕41号</p>
{BODY}
<div class="attach">⟦a 【 打 印 】【 关 闭 】⟧</div></div>
<div class="right"><h3>⟦l 热点文章⟧</h3><p>⟦l 2025年秋季学期开学工作部署会召开⟧</p><p>⟦l 全县中小学体质健康监测结果公布⟧</p></div>
<div class="foot">⟦m 地址：泓水县文昌路9号　值班电话：0735-5512006⟧<br>⟦m 湘ICP备13004215号⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
近期，有家长反映部分眼镜店、视光机构进入校园周边发放角膜塑形镜宣传单，夸大其“治愈近视”的效果。为保护学生视力健康，现就有关事项通知如下：
一、各学校不得允许任何商业机构进校开展验光、验配或产品推介活动，不得向学生和家长推荐具体的视光机构。
二、各学校要通过家长会、家长群等途径告知家长：角膜塑形镜属于三类医疗器械，须在具备资质的医疗机构经医生检查后验配，不能“治愈”近视。
三、学校发现违规宣传行为，要及时劝离并报告县教体局。
联系人：体卫艺股 覃海燕，联系电话：0735-5512231。
泓水县教育体育局
2025年9月4日
抄送：县卫生健康局、县市场监督管理局。
""",
    ),
    dict(
        slug="oa-bingquan-coldstore-minutes",
        site="冰泉冷链 内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.bingquan-cold.example.local/doc/view?id=20250612-03",
        title="冷库安全生产专题会议纪要",
        record_title="内网公告-冷库安全生产专题会议纪要",
        date="2025-06-12",
        notes="intranet export: 流转记录 and read count; minutes' 时间/地点/主持/参会 lines kept; a duty table one row a paragraph",
        page="""
!m 冰泉冷链协同办公平台
!m 公文管理 / 收文 / 会议纪要
!m 拟稿：安环部 柯雯　审核：周立新　签发：汤国栋
{T}
{BODY}
!m 流转记录：2025-06-13 09:12 安环部发起 → 09:40 办公室登记 → 10:05 各库区签收
!m 已读 46 人　未读 3 人
!a 导出PDF　打印　转发到企业微信
""",
        body="""
时间：2025年6月12日下午3时
地点：公司二楼会议室
主持：汤国栋
参会：各库区主任、安环部、设备部、办公室负责人
会议通报了上月氨制冷系统检查情况，研究部署了夏季冷库安全生产工作。现纪要如下：
一、全面排查氨制冷系统。设备部于6月20日前完成全部管道、阀门和储氨器检查，发现隐患立即整改。
二、落实库门防困措施。各库区检查库内应急开门装置和报警按钮，确保完好有效。
三、严格值班值守。高温期间实行24小时双人值班，值班表如下：
库区　白班负责人　夜班负责人
一号库　梁志远　杜明
二号库　韦春　罗晓峰
三号库　石磊　汪静
四、6月下旬组织一次液氨泄漏应急演练，由安环部牵头制定演练方案。
""",
    ),
    dict(
        slug="qa-wenyou-mahjong-answer-oneline",
        site="问友网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenyou.example.com/question/88120937.html",
        title="开一家麻将馆需要办哪些手续？",
        record_title=None,
        date="2025-02-17",
        notes="no record title: the question is the title; the answer body on one line; 回答于 line is the page date; a vote bar",
        oneline=True,
        page="""
!m 问友网 - 有问题，就问友
{T}
!m 提问者：小镇青年阿斌　3个回答
!m 最佳答案　工商代办小周　回答于 2025-02-17 11:20
{BODY}
!l 👍 有用(58)　👎 没用(2)　💬 评论
!w 营业执照、许可证一条龙代办，加V：dbz-zhou888
!l 其他回答（2）
!l 相关问题：棋牌室可以24小时营业吗？
""",
        indent="",
        body="""
开麻将馆，正规的说法叫棋牌室，一般要办下面几项手续。
第一，营业执照，到当地市场监督管理部门办理，经营范围写“棋牌室服务”。
第二，消防安全检查，面积较大的要向消防救援机构申请检查，小的也要配齐灭火器和应急照明。
第三，有的地方要求到公安派出所备案，具体以当地规定为准。
另外要注意，棋牌室只能提供娱乐，不能有赌博行为，否则会被依法处理。
""",
    ),
]
