"""Holdout15, part E: document platforms in forms no earlier part names — a 范文 site's
multi-piece page, an old table-layout 范文 site, a mobile 范文 page with copy locks, preview
converters with ❖N❖, ⌊N⌋ and 【N页】 markers, a second-hand marketplace listing selling a
template, a code-hosting repository's file view, a document mirror's file index, a
template shop's product page, an enterprise cloud drive, a personal cloud-drive share, an
AI writing assistant's share page and a writing app's member reading mode. Invented text
(sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-biyun-report-multi-piece-first",
        site="笔耘范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.biyunfw.example.com/shuzhi/25117.html",
        title="2024年度社区党委书记述职报告",
        record_title="2024年度社区党委书记述职报告（8篇汇编）",
        date=None,
        notes="a page holding several pieces: a table of contents of the pieces, a piece header 〖篇一〗, the first piece only (record title …（8篇汇编）), then a members-only prompt for the other seven; decorated record title; no date",
        page="""
!m 笔耘范文网　—　写作路上的好伙伴
!m 当前：首页 ▹ 述职报告 ▹ 党建述职
!t 2024年度社区党委书记述职报告（8篇汇编）
!l 本文目录：〖篇一〗2024年度社区党委书记述职报告　〖篇二〗社区书记抓基层党建述职报告　〖篇三〗社区党委书记个人述职述廉报告
!t 〖篇一〗2024年度社区党委书记述职报告
{BODY}
!a 余下7篇范文为会员专享，开通后即可阅读并导出
!a 开通会员　|　单篇购买 ¥3.9
!l 同栏目推荐：村党支部书记抓党建述职报告 / 机关党支部书记述职报告
!m 笔耘范文网 粤ICP备21077120号
""",
        indent="\u3000\u3000",
        body="""
2024年，在街道党工委的坚强领导下，我认真履行社区党委书记抓基层党建第一责任人职责，团结带领社区“两委”班子，扎实推进党建引领基层治理各项工作。现将履职情况报告如下。
一、履职情况
（一）强化政治引领。全年组织党委理论学习中心组学习12次，讲专题党课3次，指导5个党支部规范开展“三会一课”和主题党日活动。
（二）夯实组织基础。优化网格党组织设置，在21个网格建立党小组，将132名在职党员、47名退休党员编入网格，常态化开展“双报到”服务。
（三）解决急难愁盼。牵头推进老旧小区加装电梯8部、增设充电桩64个，协调解决物业服务纠纷13起，居民满意度测评达到96.4%。
二、存在的问题
一是党员教育方式创新不够，对年轻党员吸引力不强；二是“两新”组织党建覆盖还有空白；三是社区工作者队伍年龄结构偏大。
三、下一步打算
我将继续落实党建工作责任制，着力提升网格党建实效，加强社区工作者队伍建设，推动社区治理水平再上新台阶。
""",
    ),
    dict(
        slug="fanwen-xuetang-request-table-layout-html",
        site="学堂公文网 (invented)",
        style="范文站",
        genre="请示",
        kind="notice",
        form="html",
        source="http://www.xuetanggw.example.com/qingshi/2025/0411/3371.html",
        title="关于申请增设政务服务中心便民服务窗口的请示",
        record_title="关于申请增设政务服务中心便民服务窗口的请示（最新范文）",
        date="2025-04-09",
        notes="an old table-layout 范文 site: a left list of columns, a score/points line, a 'copy after payment' box, a writing-service float; decorated record title; the request's own 附件 and 联系人; signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于申请增设政务服务中心便民服务窗口的请示（最新范文）-学堂公文网</title></head>
<body>
<table width="1000" align="center"><tr><td>⟦m 学堂公文网⟧</td><td align="right">⟦m 公文·范文·材料一站式⟧</td></tr></table>
<table width="1000" align="center"><tr>
<td width="180" valign="top"><table>
<tr><td>⟦l ■ 请示报告⟧</td></tr><tr><td>⟦l ■ 通知通报⟧</td></tr><tr><td>⟦l ■ 讲话致辞⟧</td></tr><tr><td>⟦l ■ 总结计划⟧</td></tr></table></td>
<td valign="top"><table width="100%">
<tr><td class="title">{T}</td></tr>
<tr><td class="info">⟦m 分类：请示报告　评分：★★★★☆　所需积分：2⟧</td></tr>
<tr><td class="body">
{BODY}
</td></tr>
<tr><td class="pay">⟦a 付费后可一键复制全文并下载Word⟧</td></tr>
<tr><td>⟦l 前一篇：关于申请解决办公用房维修经费的请示⟧</td></tr>
<tr><td>⟦l 后一篇：关于申请开展全镇第四次全国文物普查的请示⟧</td></tr>
</table></td></tr></table>
<div class="float">⟦w 材料定制　加微信 xt-gw668⟧</div>
<table width="1000" align="center"><tr><td>⟦d 本站范文仅供参考学习，严禁用于商业用途⟧　⟦m 冀ICP备12034471号⟧</td></tr></table>
</body></html>
""",
        body="""
县人民政府：
县政务服务中心自2021年投入使用以来，共设置综合受理窗口36个。随着“一网通办”“一件事一次办”改革深入推进，进驻事项由680项增加到1126项，日均办件量由900余件增加到2100余件，现有窗口已不能满足群众办事需求，高峰时段群众平均等候时间超过40分钟。
为进一步提升政务服务效能，我局拟在中心二楼增设便民服务窗口8个，重点办理社保医保、不动产登记和企业开办等高频事项，所需经费约46万元。
妥否，请批示。
附件：政务服务中心增设窗口经费预算表
联系人：梁建文，电话：0319-5561 208
县政务服务管理局
2025年4月9日
""",
    ),
    dict(
        slug="fanwen-mobile-speech-copy-locks-no-title",
        site="掌中文案 (invented mobile 范文 site)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.zzwenan.example.com/jianghua/6639.html",
        title="在“七一”表彰大会上的讲话",
        record_title=None,
        date=None,
        notes="no record title, no date; a mobile page: menu icons, the title with a hot tag, copy locks glued at the end of body paragraphs, a sticky bottom bar; the speech's own slogan in quotes",
        page="""
!a ≡　🔍　👤
!m 掌中文案
!t 🔥在“七一”表彰大会上的讲话
!m 热度 8.6k　·　讲话致辞
{BODY}
!a 底部：首页　分类　VIP　我的
""",
        body="""
同志们：
今天，我们在这里隆重集会，庆祝中国共产党成立104周年，表彰一批优秀共产党员、优秀党务工作者和先进基层党组织。在此，我代表党委，向受到表彰的先进集体和个人表示热烈的祝贺！⟦a 【该段落复制需解锁】⟧
过去一年，全系统各级党组织和广大党员干部坚持把党的领导贯穿工作全过程，在急难险重任务面前冲锋在前，涌现出一大批可亲可敬的先进典型。⟦a 【该段落复制需解锁】⟧
希望受到表彰的同志珍惜荣誉、再接再厉；希望全体党员以先进为榜样，亮身份、作表率，把“我是党员我先上”落实到具体行动中。
同志们，让我们更加紧密地团结起来，不忘初心、牢记使命，以优异成绩回报党的培养和人民的信任！
""",
    ),
    dict(
        slug="wenku-workpoints-docx-diamond-markers",
        site="墨池文库 (invented)",
        style="文库预览",
        genre="工作要点",
        kind="plan",
        form="text",
        source="https://wenku.mochiwk.example.com/view/8c03f1a2.html",
        title="淇湾区2025年应急管理工作要点",
        record_title="淇湾区2025年应急管理工作要点.docx",
        date="2025-02-26",
        notes="file-name record title; cut by ❖ N ❖ page markers on lines of their own; a preview-end line in new words; upload and page-count line (no date); signature date",
        page="""
!m 墨池文库　|　海量文档免费预览
!t 淇湾区2025年应急管理工作要点.docx
!m 文档页数：4页　上传用户：wx_81260　上传时间：2025-03-04　下载券：3
{T}
{BODY}
!a — 预览到此为止，余下内容共2页，下载后阅读全文 —
!a 用下载券下载　|　VIP免券下载
!d 墨池文库仅提供信息存储空间，文档内容由上传者负责。
""",
        pages=dict(fmt="❖ {n} ❖", every=150, start=2),
        body="""
2025年全区应急管理工作的总体思路是：坚持人民至上、生命至上，统筹发展和安全，着力防范化解重大安全风险，坚决遏制较大及以上生产安全事故，全力保障人民群众生命财产安全。
一、压紧压实安全生产责任
修订完善党政领导干部安全生产责任制实施细则，推动街道和部门“三个必须”责任落到实处；全年组织开展安全生产巡查2轮，实现街道全覆盖。
二、深化重点行业领域专项整治
聚焦危险化学品、燃气、消防、建筑施工、道路交通等重点领域，持续开展隐患排查整治，重大事故隐患动态清零。
三、提升防灾减灾救灾能力
修订区级自然灾害救助应急预案，新建应急避难场所6个，组织开展防汛防台、森林防火等综合应急演练不少于4次。
四、夯实基层应急管理基础
推进街道应急管理机构规范化建设，每个社区配备应急管理员不少于1名，全年培训基层应急管理人员500人次。
淇湾区安全生产委员会办公室
2025年2月26日
""",
    ),
    dict(
        slug="wenku-research-html-floor-markers-upload-only",
        site="知源文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyuanwk.example.com/p/77103485.html",
        title="关于全县养老机构消防安全情况的调研报告",
        record_title="关于全县养老机构消防安全情况的调研报告 - 知源文库",
        date=None,
        notes="an HTML preview: page-number paragraphs ⌊N⌋ between the halves of cut paragraphs, an upload line (no date), a paywall box with a countdown, similar documents; the report's table of facilities one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于全县养老机构消防安全情况的调研报告 - 知源文库</title></head>
<body>
<div class="hd">⟦m 知源文库⟧ <input placeholder="搜你想要的文档"> <a>⟦a 上传赚收益⟧</a> <a>⟦a 登录⟧</a></div>
<div class="docinfo"><h1>{T}</h1>
<p>⟦m 上传者：知源用户Lin_2021　　上传于：2025-07-19　　共5页　　2.1千次浏览⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="pay">⟦a 限时特惠：开通年卡，本文立即可下载（剩余 02:59:41）⟧</div>
<div class="sim"><h4>⟦l 与本文相似的文档⟧</h4><ul><li>⟦l 养老机构安全隐患排查整治工作方案⟧</li><li>⟦l 民政系统消防安全工作总结⟧</li></ul></div>
<div class="ft">⟦d 文档均由用户上传，如有侵权请联系删除⟧　⟦m 沪ICP备20003317号-5⟧</div>
</body></html>
""",
        pages=dict(fmt="⌊{n}⌋", every=210, start=2),
        body="""
为切实加强养老机构消防安全管理，保障入住老年人生命财产安全，今年6月，县民政局会同县消防救援大队对全县养老机构消防安全情况进行了专题调研。现将调研情况报告如下。
一、基本情况
全县共有各类养老机构14家，床位1680张，入住老年人1024人，其中失能、半失能老年人386人。
机构类型　数量　床位数
公办养老机构　9家　1020张
民办养老机构　4家　560张
公建民营养老机构　1家　100张
二、存在的问题
一是部分机构消防设施老化，2家机构自动喷水灭火系统不能正常使用；二是夜间值班人员配备不足，个别机构夜间仅1人值守；三是工作人员消防技能薄弱，部分护理员不会使用灭火器和组织疏散。
三、对策建议
建议县政府将养老机构消防设施改造纳入民生实事项目，加大资金支持；民政部门要督促养老机构落实夜间值班制度，每季度至少组织一次消防疏散演练；消防救援部门要加强对养老机构的消防安全培训和检查指导。
""",
    ),
    dict(
        slug="wenku-speech-oneline-bracket-page-markers",
        site="文萃阁文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.wencuige.example.com/doc/55120937.html",
        title="在全市重点项目建设推进会上的讲话",
        record_title=None,
        date="2025-03-21",
        notes="no record title; a PDF text layer all on one line with 【N页】 markers inside it; a speaker line and a date line under the title (neutral, the date taken); a reading-progress line and a 'continue reading' lock",
        page="""
!m 文萃阁文库 › 党政 › 讲话
{T}
副市长　钱宇航
（2025年3月21日）
!m 阅读进度 31%　|　本文由用户“砚台”贡献
{BODY}
!a 继续阅读需登录，登录后还可免费领取3张下载券
!l 猜你想看：在全市招商引资工作会议上的讲话　在全市项目观摩会上的点评讲话
""",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="【{n}页】", every=150, start=2, glue=True, sep=" "),
        body="""
同志们：
今天召开全市重点项目建设推进会，主要目的是通报一季度重点项目建设情况，分析存在的问题，动员全市上下进一步加压奋进，全力推动重点项目建设提速增效。
一季度，全市126个市级重点项目完成投资98.6亿元，占年度计划的24.3%，新开工项目31个，但仍有14个项目进度滞后，个别项目因用地、环评等问题迟迟不能开工。
下一步，各县（市、区）和市直有关部门要对照年度目标，倒排工期、挂图作战；对进度滞后的项目，分管市领导要亲自调度，逐个研究解决制约问题。
同志们，项目是发展的生命线。希望大家以时不我待的紧迫感，全力以赴抓项目、促投资，为全年经济发展打下坚实基础。
""",
    ),
    dict(
        slug="secondhand-listing-plan-template-sale",
        site="闲趣二手 (invented second-hand marketplace)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xianqu2.example.com/item/6628104",
        title="2025年社区消夏纳凉晚会活动方案",
        record_title="【可编辑】2025年社区消夏纳凉晚会活动方案 word模板 包改",
        date=None,
        notes="a second-hand marketplace listing selling a plan: price and 想要 counts, a seller card, a 宝贝描述 header with the plan's text, a buy bar and a platform safety notice; decorated record title; no date",
        page="""
!m 闲趣二手 · 闲置也有好去处
!t 【可编辑】2025年社区消夏纳凉晚会活动方案 word模板 包改
!m ¥ 9.90　　12人想要　　浏览 367
!m 卖家：文案小铺-阿柚　信用极好　回复率 98%
!m 宝贝描述：
{BODY}
!w 需要其他活动方案可私聊，支持定制
!a 我想要　|　立即购买　|　收藏
!d 平台提醒：请勿脱离平台交易，谨防诈骗
""",
        body="""
为丰富社区居民夏季文化生活，增进邻里感情，营造和谐温馨的社区氛围，社区决定举办消夏纳凉晚会，特制定本方案。
一、活动时间
7月下旬某周六晚7:30—9:30（如遇雨天顺延）。
二、活动地点
社区文化广场。
三、活动内容
（一）文艺演出。由社区舞蹈队、合唱队、少儿才艺班表演节目10个左右。
（二）邻里游园。设置套圈、投壶、猜灯谜等游戏摊位，居民凭游园卡参与，集满印章可兑换小礼品。
（三）便民服务。邀请社区卫生服务站、派出所、志愿者团队现场提供义诊、防诈骗宣传和家电维修服务。
四、工作分工
社区党委书记负责总体协调；社区居委会负责节目编排和场地布置；物业公司负责安全保卫和环境卫生；志愿者负责游园活动组织和秩序维护。
五、安全保障
制定安全应急预案，安排专人负责现场秩序和用电安全，配备医务人员和应急药品，确保活动安全有序。
""",
    ),
    dict(
        slug="codehost-repo-duty-rules-markdown-view",
        site="码云仓 (invented code-hosting site) of a county hospital's IT team",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://codecang.example.com/hsrmyy-it/ops-docs/blob/master/docs/值班管理制度.md",
        title="信息中心值班管理制度",
        record_title="值班管理制度.md",
        date=None,
        notes="a repository's file view: repo header with Star/Fork counts, branch and path, a last-commit line with a relative time (no date), Raw/Blame/History buttons, the rendered Markdown (headings and numbered rules), a site footer; file-name record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>docs/值班管理制度.md · hsrmyy-it/ops-docs - 码云仓</title></head>
<body>
<div class="header">⟦m 码云仓⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="repo">⟦m hsrmyy-it / ops-docs⟧ <span>⟦a ☆ Star 12⟧</span> <span>⟦a Fork 3⟧</span></div>
<div class="tabs">⟦m 代码　Issues 2　Pull Requests 0　Wiki　统计⟧</div>
<div class="path">⟦m master ▾　ops-docs / docs / 值班管理制度.md⟧</div>
<div class="commit">⟦m 何晓晨 更新值班联系表 a3f9c21 3天前⟧</div>
<div class="file-actions">⟦a 原始数据　按行查看　历史⟧</div>
<div class="markdown-body">
<h1>{T}</h1>
{BODY}
</div>
<div class="ft">⟦d © 码云仓 开源项目托管平台　使用条款　隐私政策⟧</div>
</body></html>
""",
        body="""
为保障医院信息系统安全稳定运行，及时处置各类故障，特制定本制度。
一、值班安排
1. 信息中心实行7×24小时值班，工作日白天由各岗位人员在岗值守，夜间和节假日由值班人员轮流值班。
2. 值班表每月25日前由中心主任排定，在中心工作群内公布，值班人员不得擅自调班，确需调班的须报中心主任同意。
二、值班职责
1. 每日8:00、20:00各巡检一次机房环境、核心网络设备和服务器运行状态，填写巡检记录。
2. 接到科室报修后，应在10分钟内响应，30分钟内到达现场；对影响门急诊业务的故障，应立即启动应急预案并报告中心主任。
3. 做好值班日志，交接班时当面交接未处理完毕的事项。
三、值班纪律
值班人员应保持电话24小时畅通，不得饮酒，不得擅离岗位。因脱岗、漏岗造成严重后果的，按医院有关规定追究责任。
""",
    ),
    dict(
        slug="mirror-docarchive-notice-txt-index",
        site="公文档案镜像站 (invented document mirror)",
        style="资料下载站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mirror.gwdangan.example.org/pub/zhuan/2025/guanyu-yinfa-paicha.txt",
        title="渚安县人民政府办公室关于印发《渚安县城镇燃气安全隐患排查整治工作方案》的通知",
        record_title="guanyu-yinfa-paicha.txt",
        date="2025-05-14",
        notes="a document mirror: the mirror's banner with its last-sync time (no date), an Index of path line and a file table row, the file's text; a file-name record title in pinyin; a document number line (neutral); the notice's own 附件 and 印发 lines",
        page="""
!m 公文档案镜像站 · 同步自各地政府公开目录 · 最后同步：2025-06-01 03:00 UTC+8
!m Index of /pub/zhuan/2025/
!m guanyu-yinfa-paicha.txt　　2025-05-20 11:42　　3.1K
!a [上级目录]　[下载原文件]　[校验值 SHA256]
{T}
渚政办发〔2025〕9号
{BODY}
!d 镜像内容与源站保持一致，如源站已撤回请以源站为准。
!m 镜像维护：mirror-admin@gwdangan.example.org
""",
        body="""
各乡镇人民政府，县政府各部门：
《渚安县城镇燃气安全隐患排查整治工作方案》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。
一、各乡镇、各部门要切实提高思想认识，把城镇燃气安全隐患排查整治作为当前安全生产工作的重中之重，主要负责同志要亲自部署、亲自督办。
二、县住房和城乡建设局要牵头建立隐患排查整治工作台账，实行清单化管理、销号式整改，每月5日前向县安委会办公室报送工作进展情况。
三、对排查整治工作不力、发生燃气安全事故的，依法依规严肃追究有关单位和人员的责任。
附件：渚安县城镇燃气安全隐患排查整治工作方案
渚安县人民政府办公室
2025年5月14日
（此件公开发布）
""",
    ),
    dict(
        slug="templateshop-minutes-placeholder-dates",
        site="格子模板铺 (invented template shop)",
        style="资料下载站",
        genre="会议纪要",
        kind="report",
        form="html",
        source="https://item.gezimoban.example.com/detail/40217.html",
        title="党支部委员会会议纪要",
        record_title="党支部委员会会议纪要模板【可直接套用】范本word",
        date=None,
        notes="a template shop's product page: price, monthly sales, format badges, add-to-cart and buy buttons, a service-chat float, a review list; the template's own ××× and 20××年×月×日 placeholders (no date); decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>党支部委员会会议纪要模板【可直接套用】范本word-格子模板铺</title></head>
<body>
<div class="shop">⟦m 格子模板铺　官方认证店铺⟧ <span>⟦m 店铺评分 4.9⟧</span></div>
<div class="buy">
<div class="name">⟦t 党支部委员会会议纪要模板【可直接套用】范本word⟧</div>
<div class="price">⟦m ￥5.80　月销 2316　累计评价 889⟧</div>
<div class="fmt">⟦m 格式：DOCX　|　页数：2　|　可编辑⟧</div>
<div class="btn">⟦a 加入购物车⟧ ⟦a 立即购买⟧</div>
</div>
<div class="detail"><h3>⟦m 模板预览⟧</h3>
<h2>{T}</h2>
{BODY}
</div>
<div class="chat">⟦w 联系店小二 · 在线接待时间 9:00-23:00⟧</div>
<div class="rate"><h4>⟦l 买家评价⟧</h4><p>⟦l 格式很规范，改改名字就能用⟧</p><p>⟦l 发货快，客服态度好⟧</p></div>
<div class="ft">⟦d 虚拟商品一经售出不支持退换⟧</div>
</body></html>
""",
        body="""
时间：20××年×月×日
地点：党员活动室
主持人：×××（支部书记）
出席人员：支部委员×××、×××、×××
列席人员：×××
记录人：×××
会议议题：
一、传达学习上级党组织有关会议和文件精神；
二、研究本月主题党日活动安排；
三、讨论确定发展对象人选。
会议议定事项：
一、会议认为，要把学习贯彻上级精神与本单位工作实际结合起来，由支部书记在下次党员大会上作专题传达。
二、会议确定，本月主题党日活动以“重温入党誓词、开展志愿服务”为主题，由组织委员负责具体安排。
三、经支部委员会讨论，同意将×××同志确定为发展对象，报上级党委预审。
""",
    ),
    dict(
        slug="enterprisedrive-monitoring-report-pdf-preview",
        site="企业云盘 of 蕙江市环境监测站 (invented)",
        style="网盘分享",
        genre="报告",
        kind="report",
        form="text",
        source="https://pan.qiyeyun.example.com/share/hj-jcz/8ZqT41",
        title="蕙江市2025年第二季度环境空气质量监测报告",
        record_title="蕙江市2025年第二季度环境空气质量监测报告.pdf",
        date="2025-07-08",
        notes="an enterprise cloud drive's share preview: the share owner and expiry line, a watermark, a 另存到企业空间 button row; file-name record title; a data table one row a paragraph; the report's 编制/审核 lines and its date",
        page="""
!m 企业云盘 | 共享文件
!t 蕙江市2025年第二季度环境空气质量监测报告.pdf
!m 分享者：蕙江市环境监测站-综合科　有效期至：2025-08-31　仅限内部成员访问
!a 另存到企业空间　｜　下载　｜　复制链接
!d 水印：蕙江市环境监测站 内部资料
{T}
{BODY}
!a 预览模式下仅展示前3页
""",
        body="""
一、监测概况
2025年第二季度，全市6个国控环境空气质量自动监测站点正常运行，有效监测天数91天，数据获取率99.2%。
二、监测结果
全市环境空气质量优良天数为82天，优良天数比例为90.1%，同比上升3.3个百分点；轻度污染9天，无中度及以上污染天气。
污染物　季均浓度　同比变化
细颗粒物（PM2.5）　26微克/立方米　下降7.1%
可吸入颗粒物（PM10）　48微克/立方米　下降5.9%
臭氧（O3）　152微克/立方米　上升2.7%
三、结论与建议
本季度全市环境空气质量总体良好，但臭氧浓度同比上升，已成为影响优良天数的主要因素。建议加强挥发性有机物排放治理，在高温时段加强涉气企业错峰生产管控。
编制：邱玉洁　审核：韩松
蕙江市环境监测站
2025年7月8日
""",
    ),
    dict(
        slug="personaldrive-speech-docx-share-html",
        site="云柜网盘 (invented)",
        style="网盘分享",
        genre="演讲稿",
        kind="speech",
        form="html",
        source="https://www.yungui-pan.example.com/s/Qm82LxP0",
        title="青春向党　奋斗强国——五四青年节演讲稿",
        record_title="五四青年节演讲稿（青春向党 奋斗强国）.docx",
        date=None,
        title_also=["青春向党　奋斗强国"],
        notes="a personal cloud-drive share page: the file name with its size, a sharer avatar line, an extraction-code box, a validity line, save/download buttons with speed prompts, an ad for the client; file-name record title; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>五四青年节演讲稿（青春向党 奋斗强国）.docx_免费高速下载|云柜网盘</title></head>
<body>
<div class="nav">⟦m 云柜网盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 会员中心⟧</a></div>
<div class="file">
<div class="fname">⟦t 五四青年节演讲稿（青春向党 奋斗强国）.docx⟧</div>
<div class="fsize">⟦m 大小：18.7KB　分享时间：2025-04-28 20:06　失效时间：永久⟧</div>
<div class="user">⟦m 分享者：小橙子不吃橙⟧</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 下载（会员极速）⟧</div>
</div>
<div class="view"><h3>{T}</h3>
{BODY}
</div>
<div class="adv">⟦a 下载云柜客户端，大文件传输快人一步⟧</div>
<div class="ft">⟦d 云柜网盘严禁存储、分享违法违规内容，一经发现将依法处理⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、亲爱的同事们：
大家好！今天我演讲的题目是《青春向党　奋斗强国》。
一百多年前，一群热血青年走上街头，喊出了救亡图存的时代强音。一百多年后的今天，我们这一代青年接过前辈手中的接力棒，站在了新的起点上。
青春是用来奋斗的。去年防汛最吃紧的时候，我们单位的青年突击队在大堤上连续奋战三天三夜，没有一个人叫苦叫累。那一刻我懂得了，青春最美的样子，就是挺身而出的样子。
青春是用来担当的。在乡村振兴一线，在科技攻关一线，在服务群众一线，到处都有年轻人忙碌的身影。我们或许平凡，但平凡的岗位同样可以书写不平凡的人生。
同事们，让我们以青春之我、奋斗之我，为强国建设贡献青春力量！
谢谢大家！
""",
    ),
    dict(
        slug="aiwriter-share-insight-generated-no-date",
        site="灵笔AI写作 分享页 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.lingbi-ai.example.com/r/3b9f1e77",
        title="参加新任科级干部培训班心得体会",
        record_title=None,
        date=None,
        notes="an AI writing assistant's share page: the user's prompt line, a generated-by notice, word count, regenerate/expand/export buttons, a download-the-app prompt; no record title, no date",
        page="""
!m 灵笔AI写作 · 公文写作助手
!m 用户提问：帮我写一篇参加新任科级干部培训班的心得体会，800字左右
!d 以下内容由AI生成，仅供参考，请核实后使用
{T}
{BODY}
!m 字数：612
!a 重新生成　｜　继续扩写　｜　润色　｜　导出Word
!a 打开灵笔APP，免费再写3篇
""",
        body="""
按照组织安排，我参加了为期两周的全市新任科级干部培训班。培训内容丰富，既有理论辅导，又有实践教学，让我进一步明确了新岗位的职责要求，也找到了自身的差距和不足。
一、坚定理想信念，筑牢思想根基
通过系统学习党的创新理论，我深刻认识到，领导干部只有理论上清醒，政治上才能坚定。走上科级领导岗位，更要把学习作为一种责任、一种习惯，做到学思用贯通、知信行统一。
二、转变角色定位，提升履职能力
从一般干部到科室负责人，不仅是职务的变化，更是责任的加重。我将从“自己干”向“带着干”转变，既当好指挥员，又当好战斗员，带领科室同志把各项工作做细做实。
三、严守纪律规矩，树立良好形象
培训班安排的警示教育让我深受触动。我将严格遵守廉洁自律各项规定，管好自己、带好队伍，始终保持干净干事的良好形象。
培训虽然结束了，但学习永无止境。我将把培训成果转化为推动工作的实际成效，不辜负组织的信任和培养。
""",
    ),
    dict(
        slug="writingapp-reading-mode-plan-wrapped-markers",
        site="公文宝APP 阅读模式 (invented)",
        style="范文APP",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://app.gongwenbao.example.com/read/plan/20250108-118",
        title="街道2025年综治维稳工作计划",
        record_title="街道2025年综治维稳工作计划（会员精选）",
        date="2025-01-08",
        notes="a writing app's member reading mode: a status bar, a reading-settings row, a member badge; text hard-wrapped at 46 columns and cut by ▪N▪ markers glued or not; decorated record title; signature date",
        page="""
!m 公文宝　9:41　📶 🔋
!a Aa 字号　☀ 亮度　☾ 夜间
!m 👑 会员精选 · 计划类
{T}
{BODY}
!a ♡ 收藏　↗ 分享　⤓ 存为Word
!l 读完本篇的人还看了：社区2025年平安建设工作计划
""",
        indent="\u3000\u3000",
        wrap=46,
        pages=dict(fmt="▪{n}▪", every=140, start=2, glue="mix"),
        body="""
2025年，街道综治维稳工作将以建设更高水平的平安街道为目标，坚持和发展新时代“枫桥经验”，着力防范化解各类风险隐患，确保辖区社会大局持续稳定。
一、深化矛盾纠纷排查化解
坚持每月开展一次矛盾纠纷集中排查，建立问题清单和责任清单，做到小事不出网格、大事不出社区、难事不出街道。
二、提升网格化服务管理水平
优化调整网格划分，配齐配强专职网格员，推动网格员每月走访辖区住户不少于一次，及时发现和上报各类问题。
三、加强重点人群服务管理
落实社区矫正对象、刑满释放人员等重点人群帮扶措施，做到底数清、情况明、管控实。
街道综治中心
2025年1月8日
""",
    ),
]
