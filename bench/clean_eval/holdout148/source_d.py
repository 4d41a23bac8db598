"""holdout148, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (two each). Invented text."""

CASES = [
    dict(
        slug="localforum-beiyin-hutong-parking-floors",
        site="北垠生活网·社区论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.beiyinlife.example.com/t/66120",
        title="关于槐荫胡同实行错时停车的通知",
        record_title="【街道通知】关于槐荫胡同实行错时停车的通知（转）- 北垠生活网",
        date="2025-03-28",
        date_also=["2025-03-29"],
        notes="local forum: forum junk lines and glued; a reposter's aside above; floor replies after; the notice's own 咨询电话 kept; post time differs from the notice date",
        junk=dict(lines=1, glued=2),
        page="""
!m 北垠生活网 › 社区论坛 › 街坊四邻
!m 楼主：胡同口老周　2025-03-29 08:41　浏览 3.4万　回复 216
转一下街道的通知，住槐荫胡同的邻居们注意了：
{T}
{BODY}
!l 2楼　秋水长天：终于有人管了，晚上回来转三圈都找不到车位
!l 3楼　北垠小葱：白天外来车占道的问题也得管管
!a 回复本帖　只看楼主　倒序浏览
!d 论坛帖子仅代表网友个人观点，与北垠生活网立场无关。
""",
        body="""
各位居民：
为缓解槐荫胡同夜间停车难问题，经街道、社区与周边单位协商，自2025年4月7日起在胡同内实行错时停车。
一、每日18:00至次日7:30，区税务所、第二小学两处院内停车场向胡同居民开放，共提供车位六十二个。
二、居民凭社区发放的停车证免费停放，次日7:30前须将车辆驶离。
三、胡同主路两侧全天禁止停车，保障消防通道畅通。
停车证办理请到槐荫社区居委会一楼服务窗口，咨询电话：010-69218855。
槐荫街道办事处
2025年3月28日
""",
    ),
    dict(
        slug="localforum-zitai-wisteria-festival-html",
        site="紫苔县论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zitaibbs.example.com/thread-40913-1-1.html",
        title="紫藤长廊花期交通管制及游览须知",
        record_title="紫藤长廊花期交通管制及游览须知 - 紫苔热点 - 紫苔县论坛",
        date="2025-04-11",
        notes="county forum HTML: moderator badge, sticky-thread notice, 发表于 date is the page date; numbered rules kept; a '扫码购票' sentence of the notice kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>紫藤长廊花期交通管制及游览须知 - 紫苔热点 - 紫苔县论坛</title>
<script>var fid=12,tid=40913;</script></head>
<body>
<div class="hd">⟦m 紫苔县论坛 — 紫苔人自己的网上家园⟧ ⟦a 快捷登录 注册账号⟧</div>
<div class="crumb">⟦m 紫苔县论坛 » 紫苔热点 » 正文⟧</div>
<div class="sticky">⟦d 【版规】本版只发紫苔本地资讯，广告帖一律删除⟧</div>
<div class="post">
<div class="pi">⟦m 版主 紫苔小编　发表于 2025-04-11 10:05　电梯直达⟧</div>
<h1>{T}</h1>
{BODY}
<div class="rate">⟦l 评分 参与人数 9　威望 +18　收起理由⟧</div>
</div>
<div class="related">⟦l 相关帖子：周末去哪儿｜紫苔春季赏花地图｜县城新开三条公交线⟧</div>
<div class="ft">⟦m 紫苔县论坛 版权所有 Discuz! 驱动 湘ICP备17003346号⟧</div>
</body></html>
""",
        body="""
紫藤长廊一年一度的花期即将到来，预计盛花期为4月15日至4月28日。为保障游客安全和道路畅通，景区管理处发布如下须知：
1. 花期内周末及节假日，长廊入口至滨河路段实行单向通行，自驾车辆请停放在县体育中心停车场，乘坐免费接驳车前往。
2. 长廊实行分时段预约游览，游客可扫码购票并选择入园时段，每时段限流一千五百人。
3. 请勿攀折花枝、不在长廊内使用无人机，携带宠物须牵绳。
4. 景区咨询电话：0739-5221360。
""",
    ),
    dict(
        slug="download-lvyuan-bougainvillea-manual-filetable",
        site="绿苑资料下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lvyuanxz.example.com/soft/nongye/20817.html",
        title="三角梅盆栽生产技术规程",
        record_title="三角梅盆栽生产技术规程（word版）免费下载_绿苑资料下载站",
        date=None,
        notes="old table layout download page: file-info table, mirror links, dead-link report; a technical rule with numbered clauses; no date (only update stamps)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>三角梅盆栽生产技术规程（word版）免费下载_绿苑资料下载站</title>
<script type="text/javascript">document.write('<img src=/count.asp?id=20817>');</script></head>
<body>
<table width="980"><tr><td>⟦m 绿苑资料下载站 www.lvyuanxz.example.com⟧</td><td>⟦m 农业资料 | 园林绿化 | 标准规范 | 表格模板⟧</td></tr></table>
<table width="980"><tr><td>⟦m 所在位置：首页 → 农业资料 → 花卉园艺⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：三角梅盆栽生产技术规程⟧</td><td>⟦m 资料大小：86 KB⟧</td></tr>
<tr><td>⟦m 资料类型：.doc⟧</td><td>⟦m 更新时间：2025-06-02 11:27⟧</td></tr>
<tr><td>⟦m 下载次数：本日 12 本周 95⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
</table>
<h2>{T}</h2>
<div>⟦m 资料简介：⟧</div>
{BODY}
<table width="980"><tr><td>⟦a 下载地址：电信下载一 电信下载二 联通下载⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告死链⟧</td></tr></table>
<table width="980"><tr><td>⟦l 相关资料：月季扦插育苗技术｜盆花生产质量分级｜花卉病虫害防治手册⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料均收集于网络，仅供学习研究使用，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
1 范围
本规程规定了三角梅盆栽生产的基质配制、扦插繁殖、上盆、水肥管理、修剪和病虫害防治等技术要求。
2 基质
2.1 基质宜采用园土、腐熟有机肥和河沙按5∶3∶2的比例混合，pH值6.0至7.0。
2.2 基质使用前应暴晒或消毒处理。
3 扦插繁殖
选取一年生半木质化枝条，剪成长10至15厘米的插穗，基部蘸生根剂后插入苗床，保持空气湿度80%以上。
4 水肥管理
生长期见干见湿，花芽分化前控水十至十五天，促进开花；每半月追施一次磷钾肥。
5 病虫害防治
主要防治叶斑病和蚜虫，发病初期及时剪除病叶，优先采用黄板诱杀等物理防治措施。
""",
    ),
    dict(
        slug="download-nongzi-cardamom-plan-wrapped",
        site="农资文库下载中心 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://down.nongziwk.example.net/fangan/2025/3318.html",
        title="勐溪乡白豆蔻林下种植示范基地建设方案",
        record_title="勐溪乡白豆蔻林下种植示范基地建设方案.wps",
        date="2025-02-14",
        notes="file-name title (.wps); hard-wrapped at 58 columns; page markers ⁅n⁆ glued into the wrapped lines; download buttons",
        indent="　　",
        wrap=58,
        pages=dict(fmt="⁅{n}⁆", every=200, start=2, glue=True),
        page="""
!m 农资文库下载中心　｜　资料编号：NZ-3318
!m 格式：WPS　大小：58K　下载：412 次　评分：★★★★☆
{T}
!a 【本地下载】【网盘下载】【举报错误】
{BODY}
!w 需要定制农业项目方案？专业团队代写，电话 400-6687-3318
!d 资料来源于网友分享，版权归原作者，本站不对资料内容负责。
""",
        body="""
为发挥我乡橡胶林、茶园林下空间优势，推动白豆蔻产业规范化种植，带动群众增收，制定本方案。
一、建设目标
2025年在曼养、曼贺两个村建设白豆蔻林下种植示范基地五百亩，示范带动全乡发展林下白豆蔻三千亩。
二、建设内容
（一）选用适宜品种，统一供应组培种苗，种植密度每亩一百二十株左右。
（二）完善基地道路、喷灌和烘干设施，新建烘干房两座。
（三）聘请州农科所专家开展技术指导，每季度举办一次田间培训。
三、资金筹措
项目总投资一百六十万元，其中申请产业发展资金一百万元，合作社自筹六十万元。
勐溪乡人民政府
2025年2月14日
""",
    ),
    dict(
        slug="exam-lanfeng-sommelier-appraisal-html",
        site="蓝枫市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.lfrsks.example.gov.cn/zyjn/2025/0506/1201.html",
        title="2025年蓝枫市品酒师职业技能等级认定公告",
        record_title="2025年蓝枫市品酒师职业技能等级认定公告",
        record_date="2025-05-06",
        date="2025-05-06",
        notes="personnel-exam site: exam timetable table, 咨询电话 of the appraisal centre kept beside the site's technical line; '下载打印准考证' sentence kept; floating consult box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2025年蓝枫市品酒师职业技能等级认定公告 - 蓝枫市人事考试网</title></head>
<body>
<div class="hd">⟦m 蓝枫市人事考试网⟧ ⟦m 蓝枫市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页 考试动态 报名入口 成绩查询 证书办理 政策法规⟧</div>
<div class="cur">⟦m 当前位置：首页 &gt; 职业技能 &gt; 公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 来源：市职业技能鉴定指导中心　发布：2025-05-06　字号 大 中 小⟧</div>
{BODY}
<div class="kefu">⟦w 在线客服 工作日9:00-17:00⟧</div>
<div class="ft">⟦m 网站技术支持电话：0415-2309911（仅限网站技术问题）⟧<br>⟦m 辽ICP备10002287号⟧</div>
</body></html>
""",
        body="""
根据职业技能等级认定工作安排，现将2025年品酒师职业技能等级认定有关事项公告如下。
一、认定等级：品酒师四级、三级、二级。
二、报名时间：2025年5月12日至5月23日，考生登录报名系统填报信息并上传证明材料。
三、认定时间安排：
科目　日期　时间
理论知识　6月14日　9:00—10:30
技能操作（感官品评）　6月15日　8:30—12:00
四、考生须于6月10日后登录报名系统下载打印准考证，考试时携带准考证和身份证原件。
五、咨询电话：0415-2307716（市职业技能鉴定指导中心）。
""",
    ),
    dict(
        slug="exam-yaoshan-straw-sandal-museum-recruit",
        site="瑶山县人力资源和社会保障网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsj.yaoshan.example.gov.cn/sydwzp/2025/0708/560.html",
        title="瑶山县草鞋民俗博物馆2025年公开招聘工作人员公告",
        record_title="【事业单位招聘】瑶山县草鞋民俗博物馆2025年公开招聘工作人员公告",
        date="2025-07-08",
        notes="decorated record title; post table kept; 报名邮箱 and 咨询电话 kept; site footer hotline 12333; share and print line",
        page="""
!m 瑶山县人力资源和社会保障网
!m 首页 > 人事考试 > 事业单位招聘
{T}
!m 发布时间：2025-07-08 15:20　信息来源：县人社局　访问次数：2017
{BODY}
!a 【分享】【打印】【关闭窗口】
!l 相关公告：瑶山县2025年中小学教师招聘笔试成绩公示
!m 人社服务热线：12333　主办单位：瑶山县人力资源和社会保障局
""",
        body="""
经县人社局批准，瑶山县草鞋民俗博物馆面向社会公开招聘工作人员二名，现将有关事项公告如下。
一、招聘岗位
岗位　人数　学历要求　专业要求
讲解员　1　大专及以上　不限
文物保管员　1　本科及以上　文物与博物馆学、历史学
二、报名方式
采取邮箱报名，报名时间为7月14日至7月18日，报名邮箱：ysczbwg@yaoshan.example.gov.cn。
三、考试方式
考试采取面试加实操的方式进行，讲解员岗位须现场讲解一段草鞋编织技艺的展陈内容。
咨询电话：0774-7821130
瑶山县草鞋民俗博物馆
2025年7月8日
""",
    ),
    dict(
        slug="tender-jiangcheng-begonia-nursery-html",
        site="江城市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.jczfcg.example.gov.cn/cggg/gkzb/2025/0318/99027.html",
        title="江城市滨江公园海棠苗木采购项目公开招标公告",
        record_title="江城市滨江公园海棠苗木采购项目公开招标公告_江城市政府采购网",
        date="2025-03-18",
        notes="procurement portal: buyer and agency contacts kept beside the CA hotline; tender-lot table; 获取招标文件 sentence about 下载 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>江城市滨江公园海棠苗木采购项目公开招标公告_江城市政府采购网</title></head>
<body>
<div class="hd">⟦m 江城市政府采购网　阳光采购 公平交易⟧</div>
<div class="nav">⟦m 首页 采购公告 结果公告 政策法规 办事指南 供应商服务⟧</div>
<div class="loc">⟦m 位置：采购公告 / 公开招标⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 公告日期：2025-03-18　项目编号：JCCG-2025-0318-07　浏览：503⟧</div>
{BODY}
<div class="ca">⟦w CA证书办理及电子投标技术支持：400-882-7316⟧</div>
<div class="ft">⟦m 江城市财政局主办　江城市公共资源交易中心承办⟧</div>
</body></html>
""",
        body="""
项目概况：江城市滨江公园海棠苗木采购项目招标项目的潜在投标人应在江城市公共资源交易平台获取招标文件，并于2025年4月9日9:30前递交投标文件。
一、项目基本情况
包号　采购内容　预算金额（万元）
1　西府海棠（胸径12—15厘米）320株　86
2　垂丝海棠（地径8—10厘米）450株　54
二、获取招标文件
时间：2025年3月19日至3月25日；方式：投标人登录交易平台下载招标文件，招标文件免费获取。
三、联系方式
采购人：江城市园林绿化管理处　联系人：施卫东　电话：0716-8230415
代理机构：江城汇诚招标代理有限公司　联系人：管晓红　电话：0716-8261290
""",
    ),
    dict(
        slug="tender-anhe-hydrangea-bid-result",
        site="安禾县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.anhe.example.gov.cn/jyxx/zbgs/20250422/3307.html",
        title="安禾县绣球花海景观提升工程中标结果公示",
        record_title="安禾县绣球花海景观提升工程中标结果公示",
        date="2025-04-22",
        notes="bid result: candidate table, objection period sentence, the agency's own contacts kept; footer with address; title record",
        page="""
!m 安禾县公共资源交易中心 > 交易信息 > 中标公示
{T}
!m 发布时间：2025-04-22　来源：县公共资源交易中心　信息浏览：388次
{BODY}
!l 上一条：安禾县中医院医用耗材配送项目招标公告
!l 下一条：安禾县城区道路修复工程（二标段）中标公示
!m 地址：安禾县政务服务中心五楼　邮编：554100　服务电话：0856-5213300
""",
        body="""
安禾县绣球花海景观提升工程于2025年4月18日开标，经评标委员会评审，现将中标结果公示如下：
中标单位　中标金额（元）　工期
黔岭绿源园林工程有限公司　2,386,500.00　90日历天
公示期为2025年4月22日至4月24日。投标人或者其他利害关系人对中标结果有异议的，应当在公示期内以书面形式向招标人提出。
招标人：安禾县文化旅游投资有限公司　联系电话：0856-5220718
招标代理：安禾筑正工程咨询有限公司　联系电话：0856-5211093
""",
    ),
    dict(
        slug="lawfirm-hengyi-cotton-candy-vendors-letter",
        site="恒毅律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.hengyilaw.example.cn/insights/2025/street-vendors.html",
        title="致景区棉花糖摊主的一封法律提示函",
        record_title="法律提示丨致景区棉花糖摊主的一封法律提示函 - 恒毅律师事务所",
        date="2025-07-15",
        notes="law firm: consultation prompt with phone, 'not legal advice' notice, lawyer card; numbered tips kept; date at the end",
        page="""
!m 恒毅律师事务所　HENGYI LAW FIRM
!m 首页 / 恒毅观点 / 法律提示
{T}
!m 撰稿：庞晓川 律师　｜　2025-07-16　｜　阅读 733
{BODY}
!d 本文仅为一般性法律信息，不构成针对具体个案的法律意见。
!w 遇到摊位纠纷？恒毅律师免费初步咨询：0898-66310025
!l 推荐阅读：夜市摊位租赁合同要注意什么｜食品小摊贩登记卡怎么办
""",
        body="""
各位在景区周边经营棉花糖的摊主朋友：
暑期客流高峰已经到来，为帮助大家依法经营、减少纠纷，我所志愿律师团队整理了以下几点提示：
1. 请到所在镇（街道）办理食品小摊贩登记卡，在划定的区域和时段内经营，不在景区出入口、消防通道摆摊。
2. 白砂糖、食用色素要从正规渠道进货并保留票据，不得使用非食用色素。
3. 明码标价，不搞“先做后报价”，避免与游客发生价格纠纷。
4. 如遇城管执法或被处罚，可依法申请陈述申辩，也可拨打12348公共法律服务热线咨询。
恒毅律师事务所志愿律师团
2025年7月15日
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-hickory-contract-html",
        site="正源律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.zhengyuanlaw.example.com/news/lecture/20241109.html",
        title="山核桃收购订单合同常见纠纷及防范——在临岭镇农户普法讲座上的讲稿",
        record_title=None,
        date="2024-11-09",
        notes="law-firm lecture page: missing record title (h1), date under the title, speaker line neutral; case headings kept; floating consult box; team cards",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>正源律师事务所 - 普法讲堂</title>
<script>var consultOpen=false;</script></head>
<body>
<div class="hd">⟦m 正源律师事务所　专注农村法律服务二十年⟧</div>
<div class="nav">⟦m 首页 关于正源 专业领域 律师团队 普法讲堂 联系我们⟧</div>
<div class="main">
<h1>{T}</h1>
<p class="date">（2024年11月9日）</p>
<p class="who">正源律师事务所合伙人　方静远</p>
{BODY}
</div>
<div class="consult">⟦w 免费法律咨询 点击留言 律师24小时内回复⟧</div>
<div class="team">⟦l 团队律师：方静远 | 谭一舟 | 柯敏⟧</div>
<div class="ft">⟦m 地址：临岭镇锦城街88号　浙ICP备19002735号⟧</div>
</body></html>
""",
        body="""
各位乡亲：
大家好！临岭镇是山核桃之乡，每年秋季，很多农户都会和收购商签订单合同。今天我结合近两年代理的几起案件，讲讲订单合同里最容易出问题的地方。
第一，价格条款写得不清楚。有的合同只写“随行就市”，到了收购时双方对市场价各说各的，建议写明参照哪个市场、哪一天的价格。
第二，质量标准没有约定。收购商以“出仁率不够”为由压价或拒收，农户很被动。合同里要写清楚含水率、出仁率和检验方法。
第三，定金和预付款混为一谈。定金有罚则，预付款没有，签合同时要看清楚写的是哪一个。
最后提醒大家，签合同前多问一句，有疑问可以到镇公共法律服务工作站找值班律师。谢谢大家！
""",
    ),
]
