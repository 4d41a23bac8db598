"""holdout98, part A. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-xiezuoge-speech-tailings-flood-season",
        site="写作阁范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.xiezuoge.cn/jh/anquan/2025/0527/7713.html",
        title="在全县尾矿库汛期安全度汛工作会议上的讲话",
        record_title="★在全县尾矿库汛期安全度汛工作会议上的讲话（热门3篇）",
        date="2025-05-21",
        notes="decorated title with a star and (热门3篇); date under the speech title; speaker line neutral",
        page="""
!m 写作阁 · 一站式材料素材库
!m 位置：写作阁 / 讲话发言 / 安全生产
!t ★在全县尾矿库汛期安全度汛工作会议上的讲话（热门3篇）
!m 整理：阁主小周　更新于 2025-05-27　浏览 1093
!a ［复制全篇］［存为Word］［放进我的书架］
{T}
县应急管理局局长　郑砚秋
（2025年5月21日）
{BODY}
!a 本篇展示约七成，解锁剩余段落请开通年卡会员
!l 同类推荐 ▼
!l ▪ 非煤矿山安全生产专项整治动员讲话
!l ▪ 防汛抗旱指挥部成员单位会议主持词
!d 声明：阁内素材多来自会员投稿，仅供写作参考，如涉及权益问题请联系站务删除。
!m © 2019-2025 写作阁 xiezuoge.cn　粤ICP备20031877号
""",
        indent="\u3000\u3000",
        body="""
同志们：
再过十几天，我县将全面进入主汛期。尾矿库是重大危险源，一旦发生溃坝，后果不堪设想。今天召开这次会议，就是要把度汛各项措施再压实一遍，确保全县11座尾矿库安全度汛。
一、清醒看到面临的风险
今年气象部门预测汛期降水偏多二至三成，而我县有3座尾矿库下游500米范围内有居民点，2座库的排洪设施建成已超过15年。这些情况必须引起高度重视，任何麻痹思想都要不得。
二、扎实做好三项重点工作
一要把隐患查清楚。各企业要在6月5日前完成坝体、排洪系统和在线监测设施的全面自查，乡镇和行业部门逐库复核，发现问题立即整改。二要把库水位降下来。汛前各库干滩长度和安全超高必须满足设计要求，达不到的一律停止排放尾矿。三要把人员撤得出。下游居民转移路线、避险场所和责任人要逐户告知，6月中旬前每座库至少组织一次撤离演练。
三、层层压实责任
库长制不能只挂在墙上。企业主要负责人是第一责任人，汛期要坚持24小时值班和领导带班；包保的县级领导每月至少到库检查一次；应急、自然资源、生态环境部门要加强联合执法，对拒不整改的依法从严处理。
同志们，安全度汛没有旁观者。希望大家以对人民群众生命安全高度负责的态度，把各项措施落到每一座库、每一道坝上。
""",
    ),
    dict(
        slug="fanwen-old-table-notoginseng-coop-summary",
        site="百材网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.baicai365.net/zj/2024/12/20241230_4411.asp",
        title="琮阳县三七种植专业合作社2024年工作总结",
        record_title="琮阳县三七种植专业合作社2024年工作总结-百材网",
        date="2024-12-28",
        notes="old gb2312 table layout with marquee, counter and font row; date only as 成文日期",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>琮阳县三七种植专业合作社2024年工作总结-百材网</title>
<script language="javascript">function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head><body bgcolor="#f4f0e6">
<table width="960" align="center" border="0"><tr><td><img src="/img/logo.gif"> ⟦m 百材网——材料不求人⟧</td><td align="right"><a href="#">⟦a 设为首页⟧</a> | <a href="#">⟦a 加入收藏⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><a href="/">⟦m 网站首页⟧</a> <a href="/zj/">⟦m 总结大全⟧</a> <a href="/jh/">⟦m 讲话范文⟧</a> <a href="/fa/">⟦m 方案计划⟧</a></td></tr></table>
<marquee scrollamount="3">⟦a 热烈庆祝百材网开通十五周年！会员充值八折进行中⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 您所在的位置：百材网 &gt;&gt; 总结大全 &gt;&gt; 单位总结⟧</div>
<h2>{T}</h2>
<div>⟦m 编辑：石头　入库：2024-12-30　人气：【<font color=red>377</font>】⟧</div>
<div>⟦a 【文字大小：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】⟧</div>
<div id="zoom">
{BODY}
</div>
<div>⟦l 【上一篇】蔬菜种植合作社年终总结⟧</div>
<div>⟦l 【下一篇】家庭农场主年度工作汇报⟧</div>
</td><td width="250" valign="top">
<table><tr><td>⟦l 本类最热⟧</td></tr>
<tr><td>⟦l ·中药材基地建设情况汇报⟧</td></tr>
<tr><td>⟦l ·合作社理事长述职报告⟧</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 站长QQ：1793305521　E-mail：admin@baicai365.net⟧<br>⟦m 您是本站第 0048812 位访客⟧<br>⟦m 滇ICP备09006643号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，合作社在县农业农村局和乡党委、政府的指导下，围绕“规范种植、稳价增收”的目标，带领社员克服春旱和价格波动等困难，各项工作取得了新进展。
一、基本情况
合作社现有社员213户，其中脱贫户47户，流转和带动种植三七2860亩，建成标准化荫棚1150亩。全年收获三年生三七鲜品约1920吨，实现销售收入5430万元，社员户均增收1.6万元。
二、主要做法
（一）统一技术标准。聘请省农科院专家3人作为技术顾问，编印种植管理手册800册，在连作障碍防控、根腐病绿色防治上推行统一操作规程。
（二）统一收购销售。与两家中药饮片企业签订保底收购协议，保底价每公斤高于上年3元，有效减少了社员“卖难”的担忧。
（三）统一质量追溯。为每个地块建立种植档案，全年送检样品62批次，农残和重金属检测全部合格。
三、存在问题和明年打算
当前合作社仍存在初加工能力不足、品牌影响力不强等问题。2025年，我们计划新建烘干车间一座，申请绿色食品认证，并组织社员参加两次以上外省药材交易会。
琮阳县三七种植专业合作社
2024年12月28日
""",
    ),
    dict(
        slug="fanwen-wrapped-night-school-opening-host",
        site="稿源坊 (invented)",
        style="范文站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://gaoyuanfang.com/zhuchici/2025/03/10327.html",
        title="社区居民夜校春季开学典礼主持词",
        record_title=None,
        date=None,
        notes="no title in the record (found on the page); hard-wrapped at 60 columns; template placeholders; no date",
        page="""
!m 稿源坊｜写稿不再熬夜
!m 导航：首页 » 主持词 » 活动主持
{T}
!m 字数：约900字　收录时间：三天前　来源：会员分享
!a 点我一键复制　|　字号 A+ A-
{BODY}
!w 需要定制主持串词的朋友，可私信坊主（V：gyf_kefu09）
!l 你可能还喜欢：老年大学结业典礼主持词 ｜ 社区文艺汇演串词
!d 本站所有稿件仅供参考，禁止整篇转载到其他平台。
""",
        wrap=60,
        body="""
女：尊敬的各位领导、各位老师，
男：亲爱的夜校学员们，
合：大家晚上好！
女：春风送暖，灯火可亲。今晚，我们在社区文化活动中心相聚，隆重举行××社区居民夜校20××年春季开学典礼。
男：本学期夜校共开设智能手机应用、家常面点、普通话提升、八段锦等8门课程，报名学员达到326人，比上学期增加了近一倍。
女：首先，让我们以热烈的掌声欢迎××街道党工委书记×××同志致辞。
男：感谢书记的殷切嘱托。下面，请学员代表、退休职工李阿姨发言。
女：接下来，进行夜校教师聘书颁发仪式。请各位志愿教师上台。
男：每一盏亮着的灯，都是一份向学的心。夜校的大门永远为大家敞开。
合：××社区居民夜校春季开学典礼到此结束，祝大家学有所获，谢谢！
""",
    ),
    dict(
        slug="wenku-pdf-desert-shelterbelt-plan-markers",
        site="石榴文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wk.shiliu-doc.com/p/8c1f0e77a2b4.html",
        title="磬原县2025年防沙治沙和防护林带建设实施方案",
        record_title="磬原县2025年防沙治沙和防护林带建设实施方案.pdf",
        date="2025-02-26",
        notes="file-name title; preview page markers ⏴n⏵ cutting sentences; Chinese-numeral 成文日期; preview-end prompt",
        page="""
!m 石榴文库
!m 文档分类：行业资料 > 林业 > 生态治理
!t 磬原县2025年防沙治沙和防护林带建设实施方案.pdf
!m 贡献者：沙枣树下　｜　页数：6页　｜　上传于2025-03-04
!a 下载文档　　加入书包　　举报
{BODY}
!a 预览已到尾页，完整版请下载原文件（券×1）
!l 相关文档：沙化土地封禁保护区管理办法 | 三北工程年度任务分解表
!d 石榴文库仅提供信息存储空间服务，文档由用户上传，本站不对其内容负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⏴{n}⏵", every=260, start=2, glue=False),
        body="""
为深入推进三北防护林体系建设，巩固全县防沙治沙成果，结合我县实际，制定本方案。
一、目标任务
2025年全县完成防沙治沙任务9.5万亩，其中人工造林1.2万亩，封沙育林4.3万亩，退化林修复1.8万亩，草方格沙障固沙2.2万亩；新建和更新农田防护林带86公里，林网控制率提高到88%以上。
二、重点工程
（一）西部沙化土地综合治理工程。在红柳滩、北沙窝两处集中连片实施草方格沙障和梭梭、柠条混交造林，治理后植被盖度力争达到25%。
（二）农田防护林带更新工程。对干渠两侧枯死、残缺的老杨树林带分段更新，优先选用新疆杨、樟子松等抗旱树种，做到乔灌结合、带网成形。
（三）封禁保护工程。对沙化土地封禁保护区设立围栏和标识，严禁放牧、樵采和开垦。
三、保障措施
县林业和草原局牵头组织实施，各乡镇落实造林地块和管护人员。实行“一地一档”管理，造林成活率低于85%的地块次年必须补植。县财政安排配套资金680万元，专款专用。
磬原县人民政府办公室
二〇二五年二月二十六日
""",
    ),
    dict(
        slug="wenku-html-dengue-notice-page-paras",
        site="知页文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhiye-wk.com/view/d3a91f5c0e.html",
        title="关于做好登革热等蚊媒传染病防控工作的通知",
        record_title="关于做好登革热等蚊媒传染病防控工作的通知（可编辑版）",
        date="2025-06-12",
        notes="a 文库 reader page; page marker paragraphs 〈第n张〉 between halves of cut paragraphs; 联系人 kept next to the site's 客服",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>关于做好登革热等蚊媒传染病防控工作的通知（可编辑版） - 知页文库</title>
<link rel="stylesheet" href="/static/reader.css"><script src="/static/reader.min.js"></script></head>
<body>
<header class="hd"><a class="logo" href="/">⟦m 知页文库⟧</a><form class="so"><input placeholder="搜文档"><button>⟦a 搜索⟧</button></form><a class="vip" href="/vip">⟦a 开通超级会员 免费下载全站文档⟧</a></header>
<div class="crumbs">⟦m 知页文库 › 医疗卫生 › 疾病防控⟧</div>
<div class="doc-head"><h1>{T}</h1><p class="meta">⟦m 4页 · 1.2万次阅读 · 上传者：蓝莓不酸⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="reader-end"><p>⟦a 还剩2页未读，继续阅读⟧</p><button>⟦a 立即下载（5下载券）⟧</button></div>
<aside class="rel"><h4>⟦l 看了此文档的人还看了⟧</h4><ul><li>⟦l 病媒生物防制工作方案⟧</li><li>⟦l 爱国卫生月活动总结⟧</li></ul></aside>
<footer>⟦d 本文档为用户自行上传，如有侵权请点击“申诉”，我们会在24小时内处理。⟧<br>⟦w 客服热线：400-871-6620（工作日9:00-18:00）⟧</footer>
</body></html>
""",
        pages=dict(fmt="〈第{n}张〉", every=230, start=2),
        body="""
各镇卫生院、社区卫生服务中心，县直各医疗卫生单位：
当前已进入蚊媒传染病高发季节，周边地区已报告多例输入性登革热病例，我县面临的传播风险明显上升。为有效防范疫情输入和本地传播，现就有关工作通知如下。
一、强化病例早发现。各医疗机构要加强发热病人问诊，对有流行地区旅居史、出现发热伴头痛、肌肉关节痛或皮疹的患者，须开展登革热快速检测，发现疑似病例2小时内网络直报。
二、全面清除蚊虫孳生地。各镇要组织开展以“翻盆倒罐、清除积水”为主的爱国卫生运动，重点清理居民区、建筑工地、废品收购站和学校的各类积水容器，每周至少清理一次。
三、做好应急处置准备。县疾控中心要储备足量杀虫剂和检测试剂，发生本地病例时24小时内完成疫点核心区域成蚊杀灭。
联系人：县疾控中心传染病防制科　欧阳蕾，电话：0873-5216093。
鄢水县卫生健康局
2025年6月12日
""",
    ),
    dict(
        slug="wenku-wrapped-endemic-disease-summary-glued-markers",
        site="青竹文档 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://qingzhu-doc.net/d/55207184.html",
        title="瓒州市2024年地方病防治工作总结",
        record_title="【免费】瓒州市2024年地方病防治工作总结",
        date="2025-01-15",
        notes="hard-wrapped at 64 columns; page markers ◂第n面▸ glued or on their own line; table rows with ideographic spaces",
        page="""
!m 青竹文档——好文档，随手查
!m 当前：文档中心 ＞ 卫生 ＞ 总结汇报
!t 【免费】瓒州市2024年地方病防治工作总结
!m 共5页　评分：4.6　收藏 37
{BODY}
!a 全文未完，扫码登录后阅读余下内容
!l 相关推荐：碘缺乏病监测方案、布病防控知识问答
!d 版权说明：本文由网友提供，青竹文档仅作存储。
!m qingzhu-doc.net　蜀ICP备21000914号-3
""",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="◂第{n}面▸", every=300, start=2, glue="mix"),
        body="""
2024年，全市地方病防治工作坚持“预防为主、防治结合”方针，以地方性氟中毒、布鲁氏菌病和包虫病为重点，持续巩固防治成果，各项监测指标均达到年度目标。
一、主要指标完成情况
病种　监测点（个）　检查人数　检出病例　完成率
地方性氟中毒　36　7240　18　100%
布鲁氏菌病　22　3155　41　100%
包虫病　14　5820　9　100%
二、主要工作
（一）改水降氟工程巩固提升。对全市148处改水工程逐一开展水氟检测，对超标的6处工程完成除氟设备更换，受益人口2.1万人。
（二）布病源头防控持续加强。联合农业农村部门对规模养殖场开展畜间监测，对高风险职业人群发放防护用品，开展健康教育讲座52场。
（三）包虫病综合防治深入推进。对牧区犬只实行“犬犬投药、月月驱虫”，全年投药覆盖率达到97.6%，病例全部纳入规范管理。
三、下一步打算
2025年，我们将加快推进地方病防治信息化建设，完善病例随访机制，确保全市地方病持续控制和消除状态。
瓒州市疾病预防控制中心
2025年1月15日
""",
    ),
    dict(
        slug="gov-html-geohazard-notice-index-table",
        site="黛川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.daichuan.gov.cn/zwgk/tzgg/202504/t20250408_391277.html",
        title="黛川县自然资源局关于做好2025年地质灾害群测群防工作的通知",
        record_title="黛川县自然资源局关于做好2025年地质灾害群测群防工作的通知_通知公告_黛川县人民政府",
        date="2025-04-08",
        notes="modern county portal with 索引号 table (neutral cells), font-size row, document number neutral; 联系人/电话 kept beside the portal's 服务热线; 附件 list kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>黛川县自然资源局关于做好2025年地质灾害群测群防工作的通知_通知公告_黛川县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var siteIdx='dc01';</script></head>
<body>
<div class="topbar">⟦m 黛川县人民政府门户网站⟧ <a href="#">⟦a 无障碍浏览⟧</a> <a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 繁體⟧</a></div>
<nav><a href="/">⟦m 首页⟧</a><a href="/zwgk/">⟦m 政务公开⟧</a><a href="/bsfw/">⟦m 办事服务⟧</a><a href="/hdjl/">⟦m 互动交流⟧</a><a href="/zjdc/">⟦m 走进黛川⟧</a></nav>
<div class="loc">⟦m 您当前所在位置： 首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>索 引 号：</td><td>11532834MB0G29713X/2025-00417</td><td>主题分类：</td><td>国土资源、能源</td></tr>
<tr><td>发文机关：</td><td>黛川县自然资源局</td><td>成文日期：</td><td>2025-04-08</td></tr>
<tr><td>文　　号：</td><td>黛自然资发〔2025〕19号</td><td>发布日期：</td><td>2025-04-09</td></tr>
</table>
<h1>{T}</h1>
<div class="fz">⟦a 【字号：大 中 小】⟧ ⟦a 【打印此页】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="xg"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县应急管理局关于汛期值班值守的通知⟧</li><li>⟦l 2024年全县地质灾害防治工作情况通报⟧</li></ul></div>
<footer><p>⟦m 主办：黛川县人民政府办公室　承办：县政务服务数据管理局⟧</p><p>⟦m 网站标识码：5328340017　滇ICP备16002391号⟧</p><p>⟦m 政务服务热线：0879-12345⟧</p></footer>
<script>document.getElementById('visit').innerHTML='';</script>
</body></html>
""",
        body="""
各乡（镇）人民政府，县直有关部门：
我县山高坡陡，地质环境条件脆弱，现有地质灾害隐患点173处，威胁群众2.3万人。为切实做好汛期地质灾害防范工作，现将有关事项通知如下。
一、落实“一点一策”。各乡镇要对辖区隐患点逐点明确监测责任人、预警信号和转移路线，4月30日前更新防灾明白卡和避险明白卡，发放到每一户受威胁群众手中。
二、加强群测群防员队伍建设。每个隐患点至少配备1名群测群防员，县局统一组织培训，培训合格率达到100%。群测群防员要在强降雨期间加密巡查，发现裂缝、鼓胀、泉水浑浊等异常情况立即报告。
三、严格执行“三避让”“三转移”。接到橙色以上预警后，受威胁群众要提前转移，做到应转尽转、不漏一户一人。
联系人：县自然资源局地质环境股　沈默然，电话：0879-7213365，邮箱：dcdzhj@163.com。
附件：1.黛川县2025年地质灾害隐患点一览表
2.群测群防员巡查记录表
黛川县自然资源局
2025年4月8日
""",
    ),
    dict(
        slug="gov-text-saline-land-plan-cn-date",
        site="栾阳市农业农村局 (invented)",
        style="政府门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://nyj.luanyang.gov.cn/art/2025/3/14/art_4412_90873.html",
        title="栾阳市盐碱地综合改造利用三年行动方案（2025—2027年）",
        date="2025-03-11",
        notes="title in the record; breadcrumb and portal chrome; decimal headings; Chinese-numeral 成文日期; page byline date differs (also accepted)",
        date_also=["2025-03-14"],
        page="""
!m 栾阳市农业农村局
!m 首页 → 政府信息公开 → 规划计划
{T}
!m 发布日期：2025-03-14　信息来源：耕地建设科　浏览次数：
!a 【大字】【小字】【打印】
{BODY}
!l 上一条：关于开展春季动物防疫工作的通知
!l 下一条：栾阳市农作物秸秆综合利用实施意见
!m 栾阳市农业农村局版权所有　地址：栾阳市滨海大道66号　邮编：257400
!m 技术支持：栾阳市大数据中心　鲁ICP备15011320号
""",
        body="""
为加快盐碱地综合改造利用，拓展耕地后备资源，提升粮食综合生产能力，制定本方案。
1 总体目标
1.1 到2027年，全市改造提升盐碱耕地15万亩，重度盐碱地土壤含盐量下降0.1个百分点以上。
1.2 培育耐盐碱作物品种示范基地10个，耐盐碱作物种植面积达到30万亩。
2 重点任务
2.1 完善排灌体系。按照“上农下渔、咸淡分离”的思路，新建和疏浚排碱沟渠420公里，配套暗管排盐工程3.6万亩。
2.2 推广改良技术。推广增施有机肥、深翻晒垡、种植绿肥等措施，对重度盐碱地采用“以稻治碱”模式。
2.3 选育耐盐品种。联合市农科院开展耐盐碱小麦、高粱、大豆品种的筛选和试验示范。
3 保障措施
3.1 各县区要成立工作专班，分年度制定实施计划，每年11月底前报送进展情况。
3.2 市级财政每年安排专项资金3000万元，统筹整合高标准农田建设等项目资金。
栾阳市农业农村局
二〇二五年三月十一日
""",
    ),
    dict(
        slug="gov-html-tailings-rectification-banji",
        site="铎川县应急管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://yjj.duochuan.gov.cn/xxgk/tzgg/2025-03/18/content_52018.html",
        title="关于开展尾矿库安全风险专项整治的通知",
        record_title="关于开展尾矿库安全风险专项整治的通知--铎川县应急管理局",
        date="2025-03-17",
        notes="department site; document number neutral; 附件 list; 抄送/印发 版记 kept; footer 投稿/纠错 links",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>关于开展尾矿库安全风险专项整治的通知--铎川县应急管理局</title>
<link href="/css/main.css" rel="stylesheet"></head>
<body>
<div class="header"><div class="name">⟦m 铎川县应急管理局⟧</div><div class="slogan">⟦m 生命至上　安全第一⟧</div></div>
<ul class="menu"><li>⟦m 机构概况⟧</li><li>⟦m 应急动态⟧</li><li>⟦m 安全生产⟧</li><li>⟦m 防灾减灾⟧</li><li>⟦m 信息公开⟧</li></ul>
<div class="path">⟦m 首页 / 信息公开 / 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="src">⟦m 来源：安全生产基础科　　时间：2025-03-18 09:12　　阅读：466⟧</p>
<p class="wh">铎应急〔2025〕23号</p>
{BODY}
</div>
<div class="op"><a href="javascript:window.print()">⟦a 打印正文⟧</a> <a href="javascript:window.close()">⟦a 关闭页面⟧</a> <a href="#">⟦a 纠错⟧</a></div>
<div class="sidebar"><h4>⟦l 最新公告⟧</h4><p>⟦l 2025年一季度安全生产形势分析⟧</p><p>⟦l 关于公布举报奖励兑现情况的公告⟧</p></div>
<div class="foot">⟦m 铎川县应急管理局主办　地址：铎川县人民路8号⟧ ⟦m 值班电话：0912-6213110⟧ ⟦m 陕ICP备18004452号-1⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县自然资源局、生态环境分局，各尾矿库企业：
根据省、市关于尾矿库安全风险防控的部署要求，决定自即日起至2025年10月底，在全县开展尾矿库安全风险专项整治。现就有关事项通知如下。
一、整治范围。全县在用、停用和已闭库的11座尾矿库，重点是“头顶库”和三等以上尾矿库。
二、整治内容。（一）坝体稳定性和渗流情况；（二）排洪设施完好程度；（三）在线监测系统运行及数据上传情况；（四）应急预案编制、演练和物资储备情况；（五）无主库、停用库的管护责任落实情况。
三、时间安排。企业自查自改阶段至4月30日；部门联合检查阶段5月1日至8月31日；总结提升阶段9月1日至10月31日。
四、工作要求。各企业要对照整治内容建立问题清单和整改台账，于每月5日前将整改进展报县应急管理局。对整改不力的，依法责令停产整顿。
附件：1.尾矿库安全风险专项整治检查表
2.整改台账模板
铎川县应急管理局
2025年3月17日
抄送：县安委会办公室，县自然资源局，市生态环境局铎川分局。
铎川县应急管理局办公室　2025年3月17日印发
""",
    ),
    dict(
        slug="news-html-field-hockey-cup-photo-caption",
        site="筠塘新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.juntangnews.cn/ty/2025-07/21/c_118204.htm",
        title="筠塘县第三届青少年曲棍球邀请赛开赛",
        record_title=None,
        date="2025-07-20",
        notes="no title in the record; byline date taken; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>筠塘县第三届青少年曲棍球邀请赛开赛-筠塘新闻网</title>
<script async src="/ad/loader.js"></script></head>
<body>
<div class="nav">⟦m 筠塘新闻网⟧ <a>⟦m 要闻⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 体育⟧</a> <a>⟦m 视频⟧</a> <a>⟦m 专题⟧</a></div>
<div class="bread">⟦m 筠塘新闻网 &gt; 体育 &gt; 本地赛事⟧</div>
<h1 class="tt">{T}</h1>
<div class="byline">⟦m 2025-07-20 18:36　来源：筠塘融媒　记者 蒋一帆 通讯员 罗青⟧</div>
<div class="body">
{BODY}
</div>
<div class="tags">⟦l 标签：曲棍球 青少年 体育赛事⟧</div>
<div class="hot"><h3>⟦l 热点推荐⟧</h3><p>⟦l 县城区新增两处口袋公园⟧</p><p>⟦l 暑期防溺水安全提示⟧</p></div>
<div class="cmt">⟦l 网友评论（0）　我要评论⟧</div>
<div class="foot">⟦d 未经授权禁止转载、摘编、复制或建立镜像⟧ ⟦m 互联网新闻信息服务许可证：53120190007⟧</div>
</body></html>
""",
        body="""
本报讯　7月20日上午，筠塘县第三届青少年曲棍球邀请赛在县体育中心人工草坪球场开赛。来自省内外的12支青少年代表队、近200名运动员参加比赛。
⟦m 图为开幕式后首场比赛现场。（摄影：蒋一帆）⟧
本次比赛分U12、U15两个组别，采用小组循环加交叉淘汰的赛制，赛期5天。开幕式上，县体育局负责人介绍，曲棍球是我县重点培育的特色项目，目前已有7所中小学开设曲棍球课程，注册青少年运动员达到410人。
首场比赛中，筠塘县实验中学队以3比1战胜邻省的临水少年队。队长吕思彤在赛后说，能在家门口和高水平队伍交手，大家收获很大。
据了解，赛事期间还将举办教练员培训班和裁判员研讨会，邀请国家队退役队员现场指导。⟦m （责任编辑：孟晓）⟧
""",
    ),
    dict(
        slug="news-text-bookmobile-villages-publish-line",
        site="蔺城日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lcrb.com.cn/news/shehui/2025-04/23/content_36610.htm",
        title="“流动书车”开进山乡 十八个村有了“移动书房”",
        record_title="“流动书车”开进山乡 十八个村有了“移动书房”_社会_蔺城日报网",
        record_date="2025-04-23",
        date="2025-04-23",
        notes="decorated record title (_column_site); 发布时间 line the page's date; share bar and related list",
        page="""
!m 蔺城日报网　　蔺城人的新闻客户端
!m 首页 | 时政 | 社会 | 经济 | 文旅 | 评论
!m 社会频道 > 正文
{T}
!m 发布时间：2025-04-23 07:45　　来源：蔺城日报　　作者：杜晓林
!l 分享：朋友圈 ｜ 微博 ｜ 复制链接
{BODY}
!m 【编辑：黄一诺　审核：陈立】
!l 相关新闻
!l 市图书馆“城市书房”第十家分馆开放
!l 乡村学校少年宫暑期活动启动
!d 蔺城日报社版权所有，转载请注明出处。
""",
        indent="\u3000\u3000",
        body="""
4月22日一早，一辆装满图书的蓝色大巴驶进蔺城县白鹭乡石门村。车门一打开，早就等在村委会门口的孩子们一拥而上，翻看自己喜欢的绘本和科普读物。
这辆车是县图书馆今年新投入使用的流动图书车，车上配备图书3200册，还装有电子借阅机和无线网络。按照排班，书车每周二至周六分别开往5个乡镇的18个行政村，每个村每两周至少停靠一次。
“以前借本书要坐一个多小时班车进城，现在家门口就能借还。”石门村村民王秀英说，她已经给孙子办了借书证。
县图书馆馆长谭立介绍，读者在书车上借的书，可以在县图书馆及任意一个乡镇分馆归还，实现了“通借通还”。下一步，图书馆还将根据村民的借阅记录调整配书，增加农业技术和健康养生类图书。
""",
    ),
    dict(
        slug="news-text-goldmine-restoration-app",
        site="笈山头条 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.jishantoutiao.com/a/20250611/7718420.html",
        title="废弃金矿矿区变身生态公园",
        record_title="废弃金矿矿区变身生态公园｜笈山头条",
        date="2025-06-11",
        notes="news-app page; dotted date line; title repeated glued to the lead; app download prompts; a relative time in the comments",
        page="""
!m 笈山头条
!a 打开APP，阅读体验更佳
!t 废弃金矿矿区变身生态公园
!m 笈山融媒 2025.06.11 09:20
{BODY}
!a 打开笈山头条APP，查看更多本地资讯
!l 评论 12 · 点赞 86
!l 山里人：小时候常去那边玩，现在变漂亮了（2小时前）
!l 推荐阅读：笈山县首条城市绿道全线贯通
""",
        body="""
⟦t 废弃金矿矿区变身生态公园⟧记者从县自然资源局了解到，历时两年修复治理，位于笈山县金坑镇的原金鸡岭金矿废弃矿区已完成生态修复，将于本月底以“金鸡岭矿山公园”的名义向市民开放。
金鸡岭金矿开采于上世纪八十年代，2012年关闭后留下了大片裸露山体和采矿坑塘。2023年起，县里引入社会资本，采用削坡整形、覆土复绿、坑塘改造等方式进行综合治理，共完成植被恢复420亩，栽植乔灌木5.6万株。
修复后的矿区保留了部分老矿洞和运矿轨道，改建为矿业遗迹展示区，游客可以在这里了解黄金开采的历史。县自然资源局相关负责人表示，这一项目实现了生态修复和文旅发展的“双赢”。
""",
    ),
]
