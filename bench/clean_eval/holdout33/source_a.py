"""holdout33, part A: 范文 sites, 文库 previews, government portals, news portals, forums. Invented text."""

CASES = [
    dict(
        slug="fw-mobi-termite-speech",
        site="笔耕阁范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bigengge.cn/jianghua/zhuanxiang/51207.html",
        title="在全县白蚁防治工作推进会上的讲话",
        record_title="在全县白蚁防治工作推进会上的讲话（精编3篇）_笔耕阁",
        date="2025-04-09",
        notes="termite-control station speech on a 范文 site; date under the speech title; speaker line neutral; writing-service prompt glued after a sentence",
        page="""
!m 笔耕阁 · 公文素材每日更新
!m 您在这里：笔耕阁 / 讲话发言 / 专项工作讲话
!t 在全县白蚁防治工作推进会上的讲话（精编3篇）
!m 整理：墨池　更新：3天前　人气：6812
!a 〔复制全文〕〔存为DOC〕〔加入我的素材夹〕
{T}
县住房和城乡建设局副局长　贺长青
（2025年4月9日）
{BODY}
!a 全文已展示完毕，想要同类讲话的Word原稿？点这里一键打包带走
!l 看了这篇的人还在看：
!l ◇ 房屋安全排查动员会讲话（2篇）
!l ◇ 城镇燃气安全专项整治推进会发言
!d 本页文字系会员投稿整理，版权争议请发函至站务，核实后48小时内处理。
!m © 笔耕阁 bigengge.cn　蜀ICP备20087731号-1
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开这次会议，主要是总结去年全县白蚁防治工作，部署今年新建房屋白蚁预防和老旧房屋灭治任务。刚才，县白蚁防治站通报了去年工作情况，苇岗镇、新渠街道作了发言，我都赞同。
一、正视白蚁危害，增强防治工作的紧迫感
我县地处亚热带湿润区，气温高、雨水多，是白蚁危害的高发地区。去年全县共接到白蚁危害报告412起，其中涉及文物古建筑9处、中小学校舍17处。⟦w 原创讲话稿定制，三小时出稿，加V：bgg_wenmi⟧白蚁蛀蚀房屋木构件和电缆，轻则影响使用，重则引发坍塌和火灾，各地务必高度重视。
二、突出重点环节，抓好预防和灭治
一要把好新建房屋预防关。新建、改建、扩建房屋必须按规范实施白蚁预防处理，未经处理的不得进入竣工验收环节。二要开展老旧房屋普查。各镇（街道）要在6月底前完成辖区老旧房屋白蚁危害普查，建立台账，逐户销号。三要保护好古建筑和古树名木。白蚁防治站要对全县9处受害古建筑制定“一处一策”灭治方案。
三、压实各方责任，形成防治合力
住建、教育、文旅、水利等部门要按照职责分工抓好各自领域的白蚁防治工作，水库大坝的白蚁隐患要纳入汛前检查内容。防治站要加强技术培训，全年培训镇村网格员不少于200人次。
同志们，白蚁防治看似小事，却关系群众生命财产安全。希望大家以更加务实的作风，把今年各项任务落到实处。
""",
    ),
    dict(
        slug="fw-oldtable-ancient-tree-summary",
        site="文海拾贝范文网 (invented, old table layout)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.wenhaisb.com/html/zongjie/2024/1230/8841.html",
        title="县古树名木保护办公室2024年工作总结",
        record_title=None,
        date="2024-12-30",
        notes="old gb2312 table layout: marquee, visitor counter, font-size row, floating QQ box; title missing from the record; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>县古树名木保护办公室2024年工作总结-文海拾贝范文网</title>
<script language="javascript" src="/js/ad_top.js"></script>
</head><body bgcolor="#f3efe0">
<table width="960" align="center" border="0"><tr><td><img src="/img/logo.gif"> <font color="#8b0000">⟦m 文海拾贝范文网——拾一枚文字的贝壳⟧</font></td>
<td align="right">⟦a [设为主页]⟧ ⟦a [收藏本站]⟧</td></tr></table>
<table width="960" align="center"><tr><td bgcolor="#8b0000"><font color="#fff">⟦m 首 页 | 工作总结 | 工作计划 | 心得体会 | 演讲稿 | 应用文⟧</font></td></tr></table>
<marquee scrollamount="3">⟦m 热烈庆祝本站收录范文突破二十万篇！投稿请点右侧⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 您的位置：文海拾贝 &gt;&gt; 工作总结 &gt;&gt; 单位总结⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 录入：小贝　点击数：<font color="red">2231</font>　更新时间：2025-01-02⟧</div>
<div align="center">⟦a 【字体：放大 默认 缩小】⟧</div>
{BODY}
<p>⟦l 【上一篇】林业站2024年度森林防火工作总结⟧</p>
<p>⟦l 【下一篇】2024年湿地管护站年终工作小结⟧</p>
</td><td width="240" valign="top">
<table border="1"><tr><td>⟦l 〓本类热门〓⟧</td></tr><tr><td>⟦l ·绿化委员会办公室年度总结⟧</td></tr><tr><td>⟦l ·自然保护地巡护工作汇报⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat">⟦w 在线客服QQ 30719264⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 本站资源均来自网络收集，若侵犯您的权益请告知，查实即删。⟧<br>⟦m 您是本站第 0091273 位访客⟧<br>⟦m 湘ICP备09031187号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，县古树名木保护办公室在县绿化委员会的领导下，以“保护优先、科学管护、合理利用”为原则，扎实推进古树名木资源普查、抢救复壮和宣传教育工作，全年无古树名木死亡和人为损毁事件。
一、完成资源补充调查
组织技术人员对全县14个乡镇开展古树名木补充调查，新认定古树37株，全县古树名木总数达到1126株，其中一级古树58株、二级古树211株、三级古树851株、名木6株。所有古树均完成挂牌、拍照和坐标定位，录入全省古树名木信息系统。
二、抢救复壮濒危古树
对长势衰弱的43株古树实施抢救复壮，采取土壤改良、支撑加固、树洞修补和病虫害防治等措施，其中樟树21株、银杏9株、枫香13株。经跟踪观测，39株长势明显好转。
三、落实日常管护责任
与古树所在地的村（社区）、单位和个人签订管护责任书1126份，聘请古树管护员62名，每季度开展一次巡查，全年发现并处置树下堆物、乱搭乱建等问题26处。
四、存在问题及明年打算
目前部分古树生长空间受到挤压，管护经费仍显不足。明年我们将编制古树名木保护专项规划，推动建立古树名木保险制度，让古树长久守护乡愁。
桐岚县古树名木保护办公室
2024年12月30日
""",
    ),
    dict(
        slug="wk-pay-seedling-plan-pages",
        site="墨点文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wk.modianwk.com/p/7a31c9e04b.html",
        title="县国有苗圃2025年春季造林苗木供应工作方案",
        record_title="县国有苗圃2025年春季造林苗木供应工作方案.docx",
        date="2025-01-20",
        notes="paid preview; file-name title; page markers ⌠n⌡ glued at the start of the continuation line; preview-end prompt",
        page="""
!m 墨点文库
!m 文库首页 > 行业资料 > 农林牧渔
!t 县国有苗圃2025年春季造林苗木供应工作方案.docx
!m 页数：6　大小：41.7KB　格式：docx　贡献者：y**7
!a ☆收藏　⇩下载（8墨点）　✎纠错
{BODY}
!a 试看6页中的前3页　解锁剩余页面，仅需一杯奶茶钱
!a 立刻解锁　|　开通文库年卡
!d 文档来源于用户共享，平台仅提供存储与展示，不保证其准确完整，侵权投诉请提交权属证明。
!l 同类文档推荐
!l 林木种苗质量抽检工作方案　4页
!l 乡镇春季植树造林实施方案　7页
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⌠{n}⌡", every=160, start=2, glue=True),
        body="""
为保障全县2025年春季造林绿化用苗需求，提高苗木质量和供应效率，结合县国有苗圃生产实际，制定本方案。
一、供应目标
春季计划向全县各乡镇和林场供应合格苗木186万株，其中杉木容器苗90万株、木荷60万株、枫香20万株、乡土珍贵树种16万株，I级苗比例不低于80%，苗木合格率达到100%。
二、工作安排
（一）起苗准备阶段（1月20日至2月10日）。完成苗木质量自检，按批次填写苗木标签和质量检验证书，对出圃苗木开展病虫害检疫。
（二）集中供苗阶段（2月11日至3月31日）。实行“随起随运随栽”，运输途中采取保湿遮阴措施，确保苗木到达造林地时根系湿润。
（三）总结核查阶段（4月1日至4月15日）。对照供苗台账逐单核对，跟踪调查造林成活情况，对成活率低于85%的地块分析原因。
三、保障措施
苗圃成立苗木供应工作专班，主任任组长；实行供苗“一单一码”，用苗单位可通过扫描苗木标签上的二维码查询苗木来源和检疫信息；严禁调运无检疫证明的苗木。
桐岚县国有苗圃
2025年1月20日
""",
    ),
    dict(
        slug="wk-free-shadowpuppet-notice-wrap",
        site="书页网文档预览 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="text",
        source="https://read.shuyewang.net/doc/40815522.html",
        title="关于举办2025年皮影戏传承人研修班的通知",
        record_title="【可编辑】关于举办2025年皮影戏传承人研修班的通知（免费预览）",
        date="2025-05-12",
        notes="free preview of a shadow-puppet troupe's notice; hard-wrapped at 62 columns; the notice's own 联系人/电话 and e-mail kept next to the site's service line; 附件 list kept",
        page="""
!m 书页网 · 文档在线预览
!t 【可编辑】关于举办2025年皮影戏传承人研修班的通知（免费预览）
!m 上传时间：2025-05-14　浏览 927 次　共3页
!a 本文档免费预览全部内容 | 下载原格式文档需登录
{BODY}
!a ——预览到底了——　觉得有用？点个赞再走
!m 书页网客服热线：400-860-3317（工作日9:00-18:00）
!l 上一篇文档：非遗工坊申报指南　下一篇文档：民间艺人登记表
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
各乡镇文化站，县皮影剧团各演出队：
为推动皮影戏这一省级非物质文化遗产代表性项目的活态传承，培养青年演员和雕刻艺人，县文化和旅游局决定委托县皮影剧团举办2025年皮影戏传承人研修班。现将有关事项通知如下。
一、研修时间和地点
2025年6月9日至6月20日，共12天，地点在县皮影剧团排练厅（苍梧路18号）。
二、研修对象
各乡镇皮影戏班骨干演员、操纵艺人和雕刻艺人，年龄在45周岁以下，共30名。
三、研修内容
皮影戏唱腔和念白、影人操纵技巧、牛皮选料与雕刻、传统剧目《渔樵会》复排，以及短视频拍摄与传播。
四、报名方式
请于5月30日前将报名表报送县皮影剧团办公室。联系人：乔雪芬，电话：0739-8826415，邮箱：piying_yxb@163.com。
附件：1．研修班报名表
2．研修课程安排表
桐岚县文化和旅游局
2025年5月12日
""",
    ),
    dict(
        slug="gov-navmark-notice-html",
        site="汐江航标处 (invented, provincial navigation-mark office)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://hbc.xijiang.gov.cn/tzgg/202503/t20250318_9921.html",
        title="关于汐江下游航段航标调整的航行通告",
        record_title="关于汐江下游航段航标调整的航行通告_通知公告_汐江航标处",
        date="2025-03-18",
        notes="modern portal: index-number table, font-size row, share bar, footer with 网站标识码; the notice's own 值班电话 kept beside the site's 监督电话",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于汐江下游航段航标调整的航行通告_通知公告_汐江航标处</title>
<script src="/static/js/jquery.min.js"></script><script>var shareConfig={};</script></head><body>
<header><div class="logo">⟦m 汐江航标处⟧</div><nav><a>⟦m 首页⟧</a><a>⟦m 机构概况⟧</a><a>⟦m 航道动态⟧</a><a>⟦m 通知公告⟧</a><a>⟦m 互动交流⟧</a></nav>
<div class="search"><input placeholder="请输入关键词"><button>⟦a 站内检索⟧</button></div></header>
<div class="pos">⟦m 当前所在：首页 ＞ 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：HB-2025-00317⟧</td><td>⟦m 发文机关：汐江航标处⟧</td></tr><tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 生成日期：2025-03-18⟧</td></tr></table>
<article><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-03-18 10:26　来源：航道科　浏览：<span>341</span>⟧</div>
<div class="fs">⟦a 字号：【加大】【标准】【减小】⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 转发至：微信 | 微博 | QQ空间⟧</div>
<div class="ops">⟦a 【打印此页】⟧ ⟦a 【关闭窗口】⟧</div>
</article>
<aside><h4>⟦l 相关公告⟧</h4><ul><li>⟦l 汐江上游枯水期维护作业公告⟧</li><li>⟦l 2025年第一季度航标巡检计划⟧</li></ul></aside>
<footer><p>⟦m 主办：汐江航标处　监督电话：0766-2310000⟧</p><p>⟦m 网站标识码：4407000031　粤ICP备05089122号⟧</p><p>⟦d 未经书面许可不得转载本站信息⟧</p></footer>
<script>document.getElementById('x');</script></body></html>
""",
        body="""
因汐江下游航道疏浚工程施工需要，本处定于2025年3月25日至4月30日对汐江下游K112至K126航段部分航标进行调整。现将有关事项通告如下。
一、调整内容
1．撤除K114左岸侧面标1座。
2．K118右岸新设浮标1座，灯质为红色单闪，周期4秒。
3．K121至K124航段临时设置施工警示标3座，夜间显示黄色快闪光。
二、注意事项
过往船舶应注意观察航标变化，按新设航标指示航行，经过施工水域时减速慢行，保持安全距离，服从现场海事人员指挥。
三、联系方式
调整期间如发现航标异常，请及时报告本处值班室，值班电话：0766-2318890（24小时）。
特此通告。
汐江航标处
2025年3月18日
""",
    ),
    dict(
        slug="gov-migrant-worker-center-text",
        site="枫原县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fengyuan.gov.cn/zwgk/tzgg/202501/t20250108_11204.html",
        title="枫原县农民工服务中心关于开展2025年春风行动返乡农民工就业服务的通知",
        date="2025-01-08",
        record_date="2025-01-08",
        notes="migrant-workers' service centre on a county portal; data table rows with ideographic spaces; 抄送 版记 kept; page meta lines above",
        page="""
!m 枫原县人民政府　www.fengyuan.gov.cn
!m 政务公开 → 通知公告 → 部门文件
{T}
!m 信息来源：县农民工服务中心　日期：2025-01-08　字号：[大][中][小]
枫人社农〔2025〕2号
{BODY}
!a 【打印正文】　【关闭】
!l 上一条：县就业局关于发放一次性吸纳就业补贴的公示
!l 下一条：关于公布2025年第一批零工市场服务点的通知
!m 枫原县人民政府办公室主办　县大数据中心承办　电话：0745-4203120
!m 赣公网安备36078202000113号
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
为做好春节前后返乡农民工就业服务，促进农民工稳定就业，县农民工服务中心决定于2025年1月15日至3月31日开展“春风行动”返乡农民工就业服务活动。现将有关事项通知如下。
一、活动安排
场次　时间　地点　岗位数
第一场　1月18日　县人力资源市场　1200个
第二场　2月6日　石门镇集贸广场　650个
第三场　2月12日　县工业园区服务中心　1800个
二、服务内容
摸清返乡农民工就业意愿，建立服务台账；提供岗位推介、职业指导和技能培训报名服务；对有创业意愿的农民工落实创业担保贷款政策。
三、工作要求
各乡镇要在1月14日前将返乡农民工摸底情况报县农民工服务中心，联系人：杭明远，电话：0745-4208816。
枫原县农民工服务中心
2025年1月8日
抄送：县人力资源和社会保障局，县总工会。
""",
    ),
    dict(
        slug="gov-traditional-village-html-oneblock",
        site="岑溪州住房和城乡建设局 (invented)",
        style="政府门户",
        genre="实施意见",
        kind="opinion",
        form="html",
        source="https://zjj.cenxizhou.gov.cn/xxgk/zcwj/content_61893.html",
        title="关于加强传统村落保护利用的实施意见（征求意见稿）",
        record_title="【意见征集】关于加强传统村落保护利用的实施意见（征求意见稿）-岑溪州住建局",
        date="2025-06-03",
        notes="traditional-village protection office's draft; feedback mailbox in the text kept; a feedback box and a 'scan to give opinions' call on a line of its own between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>关于加强传统村落保护利用的实施意见（征求意见稿）</title><link rel="stylesheet" href="/css/main.css"></head><body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦a 繁體⟧ ⟦a 登录｜注册⟧</div>
<div class="banner">⟦m 岑溪州住房和城乡建设局⟧</div>
<ul class="menu"><li>⟦m 网站首页⟧</li><li>⟦m 信息公开⟧</li><li>⟦m 意见征集⟧</li><li>⟦m 办事服务⟧</li></ul>
<div class="loc">⟦m 首页 » 意见征集 » 正在征集⟧</div>
<div class="article"><h2>{T}</h2>
<p class="info">⟦m 发布日期：2025-06-03　征集截止：2025-07-03　阅读次数：188⟧</p>
{BODY}
<div class="fb"><textarea></textarea><button>⟦l 我要提意见⟧</button> ⟦l 已收到意见 12 条⟧</div>
</div>
<div class="right"><h3>⟦l 往期征集⟧</h3><p>⟦l 城市更新单元规划编制导则（征求意见稿）⟧</p><p>⟦l 既有住宅加装电梯指导意见（征求意见稿）⟧</p></div>
<div class="foot">⟦m 版权所有：岑溪州住房和城乡建设局　地址：岑溪州迎宾大道66号⟧<br>⟦m 滇ICP备13004512号-3⟧</div>
</body></html>
""",
        body="""
为加强传统村落保护利用，传承优秀传统文化，推动乡村全面振兴，结合本州实际，提出如下实施意见。
一、总体目标
到2027年，全州87个中国传统村落和省级传统村落全部完成保护发展规划编制，濒危传统建筑抢救性保护率达到100%，传统村落人居环境明显改善。
二、重点任务
（一）建立保护名录。开展传统村落和传统建筑调查，建立州、县两级保护名录，实行挂牌保护。
（二）实施修缮工程。按照“最小干预”原则修缮传统民居，鼓励使用本地材料和传统工艺，禁止大拆大建。
⟦a 扫一扫右侧二维码，手机上也能参与意见征集⟧
（三）活化利用资源。在保护前提下发展乡村旅游、民宿和研学，收益优先用于村落保护和村民分红。
三、保障机制
州财政每年安排传统村落保护专项资金不少于3000万元，各县（市）按比例配套。
社会各界如有意见建议，请于2025年7月3日前发送至电子邮箱cxzjj_ctcl@126.com，或邮寄至岑溪州住房和城乡建设局村镇建设科。
""",
    ),
    dict(
        slug="news-bird-station-report",
        site="南沅新闻网 (invented city news portal)",
        style="新闻门户",
        genre="新闻报道",
        kind="news",
        form="html",
        source="https://www.nanyuannews.com/shehui/2025-11/07/content_3318420.htm",
        title="南沅候鸟保护站今冬首批监测到白头鹤",
        record_title="南沅候鸟保护站今冬首批监测到白头鹤 - 南沅新闻网",
        date="2025-11-07",
        notes="news portal: channel nav, photo caption between paragraphs, editor line glued after the last paragraph, hot list, comment box, app prompt",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>南沅候鸟保护站今冬首批监测到白头鹤 - 南沅新闻网</title>
<script>window.ads=[];</script></head><body>
<div class="nav">⟦m 南沅新闻网⟧ ⟦m 时政 | 社会 | 财经 | 文旅 | 视频 | 数字报⟧ <a>⟦a 下载南沅新闻客户端⟧</a></div>
<div class="crumbs">⟦m 南沅新闻网 > 社会 > 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-11-07 09:15　来源：南沅日报　记者 侯晓岚 通讯员 冯楚⟧</div>
<div class="ctrl">⟦a 听新闻⟧ ⟦a A+ A-⟧</div>
<div class="content">
{BODY}
</div>
<div class="tags">⟦l 标签：候鸟 湿地 生态保护⟧</div>
<div class="cmt">⟦l 网友评论（3）⟧ ⟦l 发表评论请先登录⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 南沅至北湾城际铁路今日开通⟧</li><li>⟦l 市区新增两处口袋公园⟧</li></ol></div>
<div class="ft">⟦d 本网站所刊载信息，不代表本网观点。刊用本网站稿件，务经书面授权。⟧<br>⟦m 新闻热线：0731-5889000　违法和不良信息举报：0731-5889110⟧</div>
</body></html>
""",
        body="""
11月5日清晨，南沅候鸟保护站巡护员在镜湖湿地东岸监测到7只白头鹤，这是今冬首批抵达我市的白头鹤，比去年提前了6天。
白头鹤是国家一级重点保护野生动物，主要在我国东部沿海和长江中下游地区越冬。保护站站长鲁承安介绍，随着湿地生态持续向好，近五年到镜湖越冬的白头鹤数量从不足20只增加到去年的63只。
⟦m 图为巡护员在镜湖湿地观察越冬候鸟。（记者 侯晓岚 摄）⟧
为迎接候鸟越冬，保护站提前完成了12公里巡护步道的修整，在浅滩区补种了苦草、菱角等食源植物，并与周边4个村签订了护鸟协议。
保护站提醒市民，观鸟时请与鸟群保持100米以上距离，不要投喂、惊扰，发现伤病鸟类可拨打保护站救助电话0731-5820417。⟦m （编辑：欧阳帆　审核：谢骞）⟧
""",
    ),
    dict(
        slug="news-app-recycling-company",
        site="澜沧头条 (invented news app page)",
        style="新闻门户",
        genre="新闻报道",
        kind="news",
        form="text",
        source="https://m.lctoutiao.cn/a/20250912/0093812.html",
        title="县再生资源回收公司新设38个社区回收点",
        record_title=None,
        date="2025-09-12",
        notes="news app share page; title missing from the record; byline date is the page's date; open-app prompt on a line of its own between paragraphs; relative time in comments",
        page="""
!a 打开澜沧头条APP，阅读体验更佳
!m 澜沧头条 > 本地 > 民生
{T}
!m 澜沧融媒　2025.09.12 08:40
!m 阅读 1.8万
{BODY}
!l 全部评论 27
!l 楠木林：我们小区也有了，点赞 · 2小时前
!l 禾下风：纸箱子终于有地方去了 · 5小时前
!a 分享到朋友圈　　复制链接
!m 澜沧头条 | 违法和不良信息举报邮箱 jubao@lctoutiao.cn
""",
        body="""
记者从县供销社获悉，其下属的县再生资源回收公司近日在城区新设38个社区回收点，居民可就近交售废纸、废旧金属、塑料瓶和废旧家电。
新设的回收点实行统一标识、统一价格、统一称重，回收价格每周在回收点公示。公司负责人介绍，每个回收点配备一名回收员，每天上午8点至晚上7点营业。
⟦a 点击展开全文，打开APP查看更多精彩⟧
为方便行动不便的老人，公司还开通了预约上门回收服务，单次交售废品重量在20公斤以上即可预约。
据统计，今年1至8月，该公司共回收各类再生资源1.36万吨，同比增长21%。
""",
    ),
    dict(
        slug="forum-fungus-discuz-junk",
        site="菇友之家论坛 (invented, Discuz-like edible-fungus growers' forum)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://bbs.guyouzhijia.com/thread-40218-1-1.html",
        title="致全县食用菌种植户的质量安全倡议书",
        record_title="[协会转发] 致全县食用菌种植户的质量安全倡议书（请菇友互相转告）",
        date="2025-08-20",
        date_also=["2025-08-21"],
        notes="Discuz-like forum reposting an edible-fungus association's pledge; jammer fonts; the post's 发表于 differs from the 成文日期 (both accepted)",
        page="""
<html><head><meta charset="gbk"><title>致全县食用菌种植户的质量安全倡议书 - 种植交流 - 菇友之家</title></head><body>
<div id="toptb">⟦a 设为首页⟧ ⟦a 收藏本站⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="hd">⟦m 菇友之家 · 食用菌种植技术交流⟧</div>
<div id="pt">⟦m 菇友之家 › 种植交流 › 协会公告 › 查看内容⟧</div>
<div class="hm">⟦m 查看: 1407 | 回复: 22⟧</div>
<table><tr><td class="pls">⟦m 香菇老杜⟧<br>⟦m 帖子 318 积分 2760 菇龄 9年⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-8-21 19:42 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：种菇二十年，有问题随时交流⟧</div>
<div class="po">⟦a 回复 支持(31) 反对(0) 举报⟧</div></td></tr></table>
<div class="pl">⟦l 沙发 · 菌棒张 · 转起来，大家都守规矩才能卖上好价钱⟧</div>
<div id="f_pst">⟦a 登录后才能回帖，还没有账号？注册一个⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 · 菇友之家 ( 闽ICP备16044210号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
全县广大食用菌种植户：
食用菌产业是我县农民增收的重要产业。为守护“禾岭香菇”品牌声誉，县食用菌协会向全县种植户发出如下倡议。
一、规范使用投入品。严格按照标准使用菌种、培养料和农药，不使用国家禁用的药物，不超范围、超剂量用药，如实填写生产记录。
二、把好采收上市关。严格执行农药安全间隔期，鲜菇采收后及时分级包装，不以次充好，不添加任何保鲜剂和增白剂。
三、主动亮证亮码。销售时出具承诺达标合格证，加贴追溯二维码，让消费者扫码就能看到产地和检测信息。
四、共同维护市场秩序。不压价恶性竞争，不收购来路不明的产品冒充本地香菇，发现违规行为主动向协会反映。
让我们携起手来，种放心菇、卖良心菇，共同擦亮“禾岭香菇”金字招牌！
禾岭县食用菌协会
2025年8月20日
""",
    ),
    dict(
        slug="forum-highway-service-area-text",
        site="路畅车友会论坛 (invented drivers' forum)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.luchang-cy.com/forum.php?mod=viewthread&tid=88017",
        title="关于清溪服务区北区改造期间临时关闭部分设施的公告",
        record_title="【转】关于清溪服务区北区改造期间临时关闭部分设施的公告，跑长途的注意了",
        date="2025-10-10",
        notes="expressway service-area notice reposted on a drivers' forum; forum junk lines and glued junk; 96xxx hotline in the text kept",
        page="""
!m 路畅车友会 › 出行资讯 › 路况播报
!t 【转】关于清溪服务区北区改造期间临时关闭部分设施的公告，跑长途的注意了
!m 楼主：老K跑高速　｜　发布于 2025-10-12 07:55　｜　浏览 3302
!m 跑长途的兄弟注意下，刚在服务区门口看到贴的公告，原文如下：
{BODY}
!l 1# 沙漠之舟：感谢分享，下周正好要过
!l 2# 阿福：南区那边加油站人多不多？
!a 快速回复　｜　高级回复　｜　返回列表
!m 路畅车友会 手机版 | Archiver
""",
        junk=dict(lines=2, glued=3),
        body="""
尊敬的司乘朋友：
为提升服务品质，清溪服务区北区将于2025年10月20日至12月31日进行改造提升。改造期间，北区餐厅、便利店和二楼卫生间暂停使用，加油站、充电桩和一楼卫生间正常开放。
南区各项设施正常营业，北区方向的司乘人员如需就餐，可提前在前方的茶岭服务区停靠。
改造期间如有不便，敬请谅解。服务监督电话：96528，服务区值班电话：0798-3377120。
江泰高速公路清溪服务区
2025年10月10日
""",
    ),
    dict(
        slug="blog-stone-association-member",
        site="石语斋博客 (invented personal blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://shiyuzhai.blog.netease-like.cn/blog/static/20250615.html",
        title="参加全国石材行业标准宣贯培训的几点收获",
        record_title="参加全国石材行业标准宣贯培训的几点收获 - 石语斋 - 博客",
        date=None,
        notes="stone-industry association member's blog; no date (only a relative time and a year in the tags); tag cloud and archive after the body",
        page="""
!m 石语斋
!m 一块石头的三十年
!m 首页　日志　相册　关于我
{T}
!m 2天前　分类：行业随笔　阅读(86)　评论(4)
{BODY}
!l 标签：石材 标准 培训 2025
!l 分享到：朋友圈 / 微博
!l «上一篇　下一篇»
!l 日志归档：2025年6月(3)　2025年5月(5)　2025年4月(2)
!l 评论：小林石业：写得实在，学习了。
!d 本博客文章均为原创，转载请注明出处。
""",
        body="""
受县石材行业协会委派，我参加了在外省举办的全国石材行业标准宣贯培训班。三天的课程安排得很紧凑，我把主要收获整理一下，也给协会的同行们做个参考。
第一，新标准对放射性指标的要求更细了。过去我们出厂检测只看总体指标，新标准按用途分了类，用在室内的板材要求更严，这一点大家在接单时一定要问清楚用途。
第二，荒料开采和加工环节的粉尘治理是下一步检查的重点。老师讲了几家企业因为湿法作业不到位被停产整改的案例，我们厂的切割车间还有两台老设备要尽快改造。
第三，标准不只是约束，也是机会。能按标准生产、拿得出检测报告的企业，在工程招标里更有优势。
回来以后，我准备在协会的月度例会上再给大家讲一讲，也欢迎同行到厂里交流。
""",
    ),
]
