"""holdout149, part A: 范文 sites, 文库 previews, government and news portals, a forum. Invented text."""

CASES = [
    dict(
        slug="fanwen-zhiyuange-speech-special-education",
        site="执笔阁范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.zhibige.cc/jianghua/jiaoyu/20240522/41873.html",
        title="在全县特殊教育学校新校区启用仪式上的讲话",
        record_title="【可编辑】在全县特殊教育学校新校区启用仪式上的讲话（精选3篇）",
        date="2024-05-19",
        notes="decorated record title; date under the speech title; speaker line neutral; chrome between paragraphs",
        page="""
!m 执笔阁范文 ｜ 材料人的资料柜
!m 位置：执笔阁 ▸ 致辞讲话 ▸ 教育系统
!t 【可编辑】在全县特殊教育学校新校区启用仪式上的讲话（精选3篇）
!m 收录于 2024-05-22　｜　浏览 1,083　｜　整理：墨池
!a ▣ 全文复制　▣ 存为Word　▣ 稍后再读
{T}
栎川县人民政府副县长　顾明澄
（2024年5月19日）
{BODY}
!a 第1篇到此结束，剩余2篇需开通年卡后阅读
!l 同类推荐 ▸ 特殊教育宣传月启动仪式致辞 ▸ 残疾儿童送教上门工作汇报
!d 本页内容系会员整理投稿，如涉及权利问题请发送邮件至 quanli@zhibige.cc，核实后即删。
!m © 执笔阁 zhibige.cc　浙ICP备20931745号-1
""",
        indent="\u3000\u3000",
        body="""
各位来宾，老师们、同学们：
今天，我们在这里隆重举行县特殊教育学校新校区启用仪式。在此，我代表县人民政府，向新校区的顺利启用表示热烈祝贺，向长期以来关心支持特殊教育事业的各界人士表示衷心感谢！
县特殊教育学校创办于1998年，二十多年来，一代代特教人扎根讲台，用爱心和耐心陪伴了八百余名听障、视障和智障孩子成长。新校区总投资3860万元，建有康复训练中心、职业技能实训楼和无障碍运动场，可容纳在校生260人，办学条件实现了根本性改善。
⟦l 延伸阅读：县教育局关于随班就读工作的实施意见⟧
办好特殊教育，是保障残疾儿童少年平等受教育权利的重要举措。希望学校以新校区启用为契机，一是坚持医教结合，把康复训练融入课堂；二是拓展职业教育，让孩子们掌握一技之长、走向社会；三是办好送教上门，不让一个孩子因残失学。
各有关部门要继续在编制、经费、师资培训等方面给予倾斜，全社会都要为这些特殊的孩子撑起一片晴朗的天空。
最后，祝同学们健康快乐成长，祝老师们工作顺利！
""",
    ),
    dict(
        slug="fanwen-wenjuwu-summary-agri-machinery",
        site="文聚屋 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.wenjuwu.net/zongjie/nongye/2023/1229/77310.html",
        title="桤县农机推广站2023年工作总结",
        record_title="桤县农机推广站2023年工作总结-文聚屋",
        date="2023-12-29",
        notes="old table layout; site suffix after a hyphen; signature date in Chinese numerals; date also the byline",
        date_also=["2023-12-28"],
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>桤县农机推广站2023年工作总结-文聚屋</title>
<script language="javascript" src="/js/ad_top.js"></script>
</head><body bgcolor="#f4f1e8">
<table width="960" align="center"><tr><td><img src="/img/logo.gif" alt=""> <font color="#7a0000">⟦m 文聚屋——好材料都在这间屋⟧</font></td>
<td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧ | ⟦a 会员中心⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您的位置：文聚屋 &gt;&gt; 总结大全 &gt;&gt; 农业工作总结⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2 align="center">{T}</h2>
<div align="center">⟦m 更新：2023-12-29 17:06　人气：569　来自：本站原创⟧</div>
<div align="center">⟦a 【字号：大 中 小】【打印此页】【关闭】⟧</div>
<hr size="1">
{BODY}
<p>⟦l ◆ 上一条：乡镇畜牧兽医站年度工作总结⟧</p>
<p>⟦l ◆ 下一条：县植保站病虫害防控工作总结⟧</p>
</td><td width="240" valign="top" bgcolor="#fff8e6">
<b>⟦l 本类排行⟧</b><br>
⟦l 1. 农业技术推广中心个人总结⟧<br>
⟦l 2. 秋粮机收减损工作情况汇报⟧<br>
⟦l 3. 农机安全生产月活动总结⟧<br>
<p>⟦w 材料写不出？资深笔杆一对一代拟，电话 138-2056-7431⟧</p>
</td></tr></table>
<table width="960" align="center"><tr><td align="center"><font size="2">⟦d 本站文章均来源于网络，只供学习参考，不得用于商业用途。⟧<br>⟦m 文聚屋 版权所有 湘ICP备12048836号⟧</font></td></tr></table>
</body></html>
""",
        body="""
2023年，县农机推广站在县农业农村局的领导下，围绕粮食生产全程机械化这一目标，抓推广、强服务、保安全，各项工作取得了新进展。现总结如下。
一、农机化水平稳步提升。全年落实农机购置与应用补贴资金1426万元，补贴机具1137台（套），惠及农户和合作社862户。全县主要农作物耕种收综合机械化率达到83.6%，比上年提高2.1个百分点。
二、新机具新技术推广有力。在柘林、槲源两镇建立水稻机插秧示范片3200亩，推广植保无人机作业9.8万亩次，举办现场演示会7场，参观群众1500余人次。
三、安全监管持续加强。开展拖拉机、联合收割机年度检验1925台，检验率91%；深入田间地头宣传农机安全知识，全年未发生农机较大以上事故。
四、存在的问题。丘陵山区适用机具少，部分合作社机具闲置率高，基层农机人员年龄偏大、技术更新慢。
2024年，我站将重点推进丘陵山区宜机化改造，加强机手培训，努力为全县农业现代化提供装备支撑。
桤县农机推广站
二〇二三年十二月二十八日
""",
    ),
    dict(
        slug="fanwen-haobike-plan-census-oneline",
        site="好笔客 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://haobike.top/fangan/6632.html",
        title="樗城街道第八次人口普查入户登记工作方案",
        record_title="樗城街道第八次人口普查入户登记工作方案.docx",
        date=None,
        notes="file-name record title; the body on one line, paragraphs only by their indent; no date",
        page="""
!m 好笔客 · 方案频道
!t 樗城街道第八次人口普查入户登记工作方案.docx
!m 文档大小 26KB　上传于 3天前　下载 41 次
{BODY}
!a >> 点击下载完整docx（需消耗5笔币）
!l 你可能还需要：社区人口信息采集表 / 普查员培训签到表
!m haobike.top　客服邮箱 kf@haobike.top
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
为做好第八次全国人口普查入户登记工作，确保普查数据真实准确、完整及时，结合本街道实际，制定本方案。
一、登记时间。入户登记自11月1日起至12月10日止，其中11月1日至15日为集中登记阶段。
二、组织分工。街道普查办负责统筹协调，各社区普查小组负责本辖区入户登记，每名普查指导员负责4至5名普查员。
三、工作要求。普查员须持证入户，当面询问、逐项填报，不得代填、虚报、瞒报；对暂时无法入户的住户，要留下联系卡并预约再访。普查对象的个人信息严格保密，任何单位和个人不得泄露。
四、质量控制。登记结束后，各社区按不低于5%的比例开展复查，差错率超过千分之二的须重新登记。
""",
    ),
    dict(
        slug="wenku-yiye-report-talc-mine-pages",
        site="一页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.yiye88.com/view/9c1e05aa7d.html",
        title="关于榧山县滑石矿产业转型发展的调研报告",
        record_title="关于榧山县滑石矿产业转型发展的调研报告 - 一页文库",
        date="2024-08-16",
        notes="preview with page markers cutting sentences (some glued); date under signature",
        page="""
!m 一页文库 | 海量文档 随心预览
!t 关于榧山县滑石矿产业转型发展的调研报告 - 一页文库
!m 贡献者：青岩石　　页数：5页　　评分：4.6　　2.3千阅读
!a 开通VIP · 免费下载全部文档　　　加入文件夹
{BODY}
!a 试看已结束，剩余2页请下载后阅读
!a ￥3.50 下载本文　　　举报
!l 相关文档：非金属矿山综合整治方案　矿产资源规划调研
""",
        pages=dict(fmt="〖{n}〗", every=120, start=2, glue="mix"),
        body="""
榧山县滑石资源储量居全省前列，已探明储量约2600万吨。近年来，县内滑石开采加工企业面临资源利用粗放、产品附加值低、生态修复欠账多等问题。为此，县政协经济委员会于今年6月至7月组织专题调研，走访企业14家、矿区6处，召开座谈会3次。现将调研情况报告如下。
一、产业现状。全县现有滑石采矿权9宗，加工企业22家，年产滑石粉约48万吨，产值9.1亿元。产品以普通填料级滑石粉为主，占产量的七成以上，用于化妆品、医药的高纯度产品不足5%。
二、主要问题。一是小散企业多，规模以上企业仅7家；二是尾矿堆存量大，部分矿区复绿率不到40%；三是研发投入少，企业与科研院所合作不多。
三、对策建议。一是整合矿业权，推动企业兼并重组，打造两到三家龙头企业；二是建设滑石新材料产业园，引进深加工项目；三是落实“边开采、边治理”，将生态修复费用足额计提；四是设立县级滑石产业研发基金，每年安排不少于500万元。
县政协经济委员会调研组
2024年8月16日
""",
    ),
    dict(
        slug="wenku-cangshu-html-plan-pharmacovigilance",
        site="藏书阁文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.cangshuge-wk.com/p-88213406.html",
        title="县人民医院药物警戒工作实施方案",
        record_title=None,
        date="2024-03-04",
        notes="no record title; modern preview page with page-marker paragraphs between halves of a cut paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>县人民医院药物警戒工作实施方案_藏书阁文库</title>
<link rel="stylesheet" href="/static/reader.css"><script src="/static/reader.min.js"></script></head>
<body><header class="hd"><a class="logo">⟦m 藏书阁文库⟧</a><nav><a>⟦m 教育专区⟧</a><a>⟦m 行业资料⟧</a><a>⟦m 党政公文⟧</a></nav><a class="btn">⟦a 上传赚收益⟧</a></header>
<div class="doc-head"><h1>{T}</h1><p class="doc-meta">⟦m 格式：DOCX · 共4页 · 上传者 雁回 · 2024-03-11⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="reader-end"><p>⟦a 还剩3页未读，继续阅读⟧</p><button>⟦a 立即下载（¥4.9）⟧</button></div>
<aside><h4>⟦l 与本文相似的文档⟧</h4><ul><li>⟦l 药品不良反应监测制度⟧</li><li>⟦l 医院合理用药管理办法⟧</li></ul></aside>
<footer>⟦d 文档由用户上传，本站仅提供信息存储空间，如侵犯您的权益请联系下架。⟧ ⟦m 京ICP备19004632号⟧</footer>
</body></html>
""",
        pages=dict(fmt="— 第{n}页 —", every=150, start=2),
        body="""
为落实药品上市许可持有人和医疗机构药物警戒有关规定，及时发现、报告和控制用药风险，保障患者用药安全，结合我院实际，制定本方案。
一、组织机构。成立药物警戒工作领导小组，由分管副院长任组长，药学部、医务部、护理部和各临床科室负责人为成员，办公室设在药学部。
二、工作内容。（一）各临床科室发现可疑药品不良反应，一般病例15日内、严重病例3日内通过院内系统上报；（二）药学部每月汇总分析，对聚集性事件立即组织调查；（三）每季度编印《用药警戒简讯》，向全院通报典型病例。
三、保障措施。将不良反应报告数量和质量纳入科室绩效考核，对漏报、迟报的科室予以通报；每年组织两次全员培训。
本方案自印发之日起施行。
县人民医院
2024年3月4日
""",
    ),
    dict(
        slug="gov-zheyuan-notice-official-vehicles",
        site="柘原县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zheyuan.gov.cn/zwgk/tzgg/202404/t20240409_1182736.html",
        title="柘原县机关事务服务中心关于规范公务用车使用管理的通知",
        record_title="柘原县机关事务服务中心关于规范公务用车使用管理的通知",
        record_date="2024-04-09",
        date="2024-04-09",
        notes="index table of 信息公开 metadata; document number neutral; own contact line next to site hotline; 抄送 kept",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>柘原县机关事务服务中心关于规范公务用车使用管理的通知 - 柘原县人民政府</title>
<script src="/common/js/jquery.min.js"></script><script>var wza_on=true;</script></head>
<body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦a 简/繁⟧ ⟦m 今天是：<span id="today"></span>⟧</div>
<div class="banner"><h2>⟦m 柘原县人民政府　ZHEYUAN COUNTY⟧</h2></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进柘原⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索 引 号：11431027MB1562804X/2024-00317⟧</td><td>⟦m 主题分类：机关事务⟧</td></tr>
<tr><td>⟦m 发布机构：县机关事务服务中心⟧</td><td>⟦m 成文日期：2024-04-08⟧</td></tr></table>
<h1>{T}</h1>
<p class="docno">柘机事〔2024〕7号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="bar">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="relate"><h4>⟦l 相关信息⟧</h4><p>⟦l 县财政局关于2024年公务接待经费管理的通知⟧</p></div>
<div class="foot"><p>⟦m 主办：柘原县人民政府办公室　网站标识码：4310270012⟧</p><p>⟦m 网站纠错热线：0735-8821000⟧</p><p>⟦m 湘ICP备05001937号　湘公网安备43102702000118号⟧</p></div>
</body></html>
""",
        body="""
县直各单位，各乡镇人民政府：
为进一步加强公务用车管理，降低行政运行成本，根据有关规定，现就规范公务用车使用管理有关事项通知如下。
一、严格用车审批。各单位使用平台车辆，须提前一天通过县公务用车管理平台提交申请，写明事由、时间、地点和乘车人员，经单位负责人审核后由服务中心统一调派。
二、严禁公车私用。节假日期间车辆一律停放在指定停车场，不得用于接送子女、探亲访友、婚丧喜庆等私人活动。
三、规范费用结算。车辆燃油、维修、保险统一实行定点保障，费用按月结算，每季度在单位内部公示。
四、加强监督检查。服务中心将联合纪检部门不定期抽查车辆行驶轨迹，对违规使用的，依规依纪严肃处理。
联系人：谭可馨，电话：0735-8824316。
柘原县机关事务服务中心
2024年4月8日
抄送：县纪委监委，县财政局。
""",
        date_also=["2024-04-08"],
    ),
    dict(
        slug="gov-lianhu-text-veteran-cadres-wrapped",
        site="楝湖区人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lianhu.gov.cn/art/2024/9/3/art_1502_88317.html",
        title="楝湖区委老干部局关于开展重阳节走访慰问离退休干部活动的通知",
        date="2024-09-03",
        notes="text extract of a portal page; hard-wrapped body; byline 发布时间 gives the date",
        page="""
!m 楝湖区人民政府门户网站
!m 首页 / 信息公开 / 部门文件
{T}
!m 发布时间：2024-09-03　　信息来源：区委老干部局　　浏览次数：
!a 字体：[ 大 中 小 ]　　　视力保护色
{BODY}
!l 【上一篇】区人社局关于领取养老待遇资格认证的提示
!l 【下一篇】区退役军人事务局“八一”走访情况通报
!m 楝湖区人民政府办公室主办　联系我们　网站地图
""",
        wrap=72,
        indent="  ",
        body="""
各镇（街道）党（工）委，区直各单位党组（党委）：
九九重阳，情暖桑榆。为弘扬中华民族尊老敬老的传统美德，让离退休老干部感受到党组织的关心和温暖，经区委同意，决定在重阳节期间开展走访慰问离退休干部活动。现将有关事项通知如下。
一、慰问对象。全区离休干部、享受副县级以上待遇的退休干部，以及生活困难、长期患病的退休干部。
二、慰问时间。10月8日至10月15日。
三、慰问方式。区级领导按照联系点分工上门走访；各单位主要负责同志走访本单位老干部，送上慰问品，面对面听取意见建议，能当场解决的问题当场解决。
四、有关要求。各单位要厉行节约，不得借慰问之机搞宴请；走访情况请于10月18日前报区委老干部局。
中共楝湖区委老干部局
2024年9月2日
""",
        date_also=["2024-09-02"],
    ),
    dict(
        slug="gov-zhukou-html-bauxite-reclamation",
        site="槠口市自然资源和规划局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zrzyj.zhukou.gov.cn/gsgg/2024/0612/c3318a72210/page.htm",
        title="关于槠口市铝土矿废弃矿山生态修复项目实施情况的公告",
        record_title="关于槠口市铝土矿废弃矿山生态修复项目实施情况的公告_槠口市自然资源和规划局",
        date="2024-06-12",
        notes="modern bureau page; data table one row a paragraph; chrome between paragraphs glued; date from signature",
        page="""
<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
<title>关于槠口市铝土矿废弃矿山生态修复项目实施情况的公告_槠口市自然资源和规划局</title>
<script>window.siteConfig={id:3318};</script><style>body{font-family:SimSun}</style></head>
<body><div class="head"><div class="logo">⟦m 槠口市自然资源和规划局⟧</div><div class="search">⟦a 站内搜索⟧ ⟦a 高级检索⟧</div></div>
<nav><a>⟦m 机构概况⟧</a><a>⟦m 公示公告⟧</a><a>⟦m 规划计划⟧</a><a>⟦m 在线办事⟧</a></nav>
<div class="crumbs">⟦m 首页 » 公示公告 » 正文⟧</div>
<article><h3>{T}</h3>
<div class="attr">⟦m 发布日期：2024年06月12日　来源：修复科　访问量：372⟧</div>
{BODY}
</article>
<div class="share">⟦l 分享：微信 · 微博 · 复制链接⟧</div>
<div class="side"><h4>⟦l 最新公告⟧</h4><p>⟦l 关于2024年度第二批建设用地报批情况的公示⟧</p><p>⟦l 采矿权延续登记公告⟧</p></div>
<footer>⟦m 版权所有：槠口市自然资源和规划局　地址：槠口市滨江东路9号⟧ ⟦m 备案号：赣ICP备16002791号-3⟧</footer>
<script src="/js/visit.js"></script>
</body></html>
""",
        body="""
根据《槠口市历史遗留废弃矿山生态修复三年行动方案》，市局组织实施了第一批铝土矿废弃矿山生态修复项目。截至5月底，项目已全部完工并通过初验，现将实施情况公告如下。
项目名称　所在乡镇　修复面积（公顷）　主要措施
北岭铝土矿修复工程　岭口镇　18.6　削坡减载、覆土复绿
石门坳修复工程　石门乡　9.2　挡土墙、截排水沟
黄泥冲修复工程　冲头镇　12.4　土地复垦为耕地
合计　—　40.2　—
以上项目共投入资金2615万元，新增耕地7.3公顷，林草地32.9公顷。⟦a 点击查看项目现场图片⟧
公告期为10个工作日。公众如有异议，可在公告期内以书面形式向市局国土空间生态修复科反映，地址：滨江东路9号412室，电话：0797-6213058。
槠口市自然资源和规划局
2024年6月12日
""",
    ),
    dict(
        slug="news-shaoyang-html-printmaking-exhibition",
        site="栝溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.guaxinews.cn/culture/2024-10/27/content_5521840.htm",
        title="栝溪版画院四十年作品回顾展开幕",
        record_title="栝溪版画院四十年作品回顾展开幕 | 栝溪新闻网",
        date="2024-10-27",
        notes="news portal with byline date, photo caption, editor line, share bar, comment box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>栝溪版画院四十年作品回顾展开幕 | 栝溪新闻网</title>
<script async src="/ad/loader.js"></script></head><body>
<div class="top">⟦m 栝溪新闻网 — 栝溪人自己的网站⟧ <span>⟦a 登录⟧｜⟦a 注册⟧</span></div>
<div class="channel">⟦m 要闻⟧ ⟦m 县域⟧ ⟦m 文化⟧ ⟦m 民生⟧ ⟦m 视频⟧</div>
<div class="path">⟦m 栝溪新闻网 > 文化 > 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2024-10-27 09:41:22　来源：栝溪日报　记者 邵千帆⟧</div>
<div class="article">
{BODY}
</div>
<p class="editor">⟦m [责任编辑：阮青禾]⟧</p>
<div class="share">⟦l 转发到：朋友圈｜微博｜豆瓣⟧</div>
<div class="comment"><p>⟦l 网友评论（0）⟧</p><p>⟦l 文明上网，理性发言，请遵守评论服务协议⟧</p><p>⟦a 发表评论⟧</p></div>
<div class="hot"><h4>⟦l 24小时热读⟧</h4><p>⟦l 栝溪至槠口城际公交下月开通⟧</p><p>⟦l 秋收进度过半⟧</p></div>
<div class="ft">⟦d 凡本网注明“来源：栝溪新闻网”的作品，未经授权不得转载。⟧ ⟦m 互联网新闻信息服务许可证：36120170011⟧</div>
</body></html>
""",
        body="""
本报讯（记者 邵千帆）10月26日，“刀与木的四十年——栝溪版画院作品回顾展”在县文化馆开幕，展出黑白木刻、套色木刻、铜版画等作品186件。
栝溪版画院成立于1984年，最初只有五名业余作者，在县文化馆一间十几平方米的小屋里刻板、拓印。四十年来，版画院先后培养会员300余人，作品入选全国美展23件次。
⟦m （图：观众在展厅欣赏套色木刻作品。记者 邵千帆 摄）⟧
展览按年代分为“起步”“乡土”“新变”三个单元。其中，《茶山晨雾》《渡口》等反映本地风土的作品吸引了不少观众驻足。
据悉，展览将持续至11月30日，免费向公众开放。展期内每周六下午，版画院还将开设拓印体验课，市民可通过县文化馆公众号预约参加。
""",
    ),
    dict(
        slug="news-chuanyang-text-cider-factory",
        site="楮阳融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.chuyangrm.com/xw/jj/20240718/84410.shtml",
        title="楮阳一家苹果酒厂带动三百户果农增收",
        record_title=None,
        date="2024-07-18",
        notes="no record title; title printed twice; byline date; chrome glued before a sentence",
        page="""
!m 楮阳融媒　楮阳县融媒体中心主办
!m 导航：首页 │ 经济 │ 本地新闻
!t 楮阳一家苹果酒厂带动三百户果农增收
!m 时间：2024年07月18日 10:12　作者：融媒记者 肖晴川　编辑：林晏
{T}
{BODY}
!m 审核：周以宁　　终审：冯东篱
!l ☞ 更多经济新闻请戳这里
!l 相关新闻：楮阳苹果地理标志申报获受理 ｜ 果园绿色防控现场会召开
!m 楮阳县融媒体中心　新闻热线：0913-5230110
""",
        body="""
盛夏时节，在楮阳县栗园镇的一家苹果酒厂里，发酵罐整齐排列，灌装线上一瓶瓶淡金色的苹果酒被贴上标签、装箱待运。
这家酒厂2021年由返乡青年马知远创办，专门收购个头小、有轻微磕碰的“次果”酿酒。“以前这些果子只能几毛钱一斤卖给饮料厂，现在我们按一块二一斤保底收购。”马知远说。⟦a 点击收听本条新闻⟧
目前，酒厂年加工苹果1800吨，产品销往省内外二十多个城市，与周边三个村的316户果农签订了收购协议，户均年增收4000元以上。
镇党委负责人表示，下一步将在酒厂周边规划建设果品加工园，引导更多农户发展优质苹果种植。
""",
    ),
    dict(
        slug="forum-tiedao-junk-marshalling-yard",
        site="钢轨之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.gangguizhijia.com/thread-330912-1-1.html",
        title="编组站调车作业安全培训心得",
        record_title="【原创】编组站调车作业安全培训心得",
        date="2024-02-26",
        notes="forum floor with anti-scraping junk lines and glued junk; post time gives the date",
        page="""
!m 钢轨之家论坛 » 站段交流 » 车务专区
!l 返回列表　　发新帖
!t 【原创】编组站调车作业安全培训心得 [复制链接]
!m 楼主　栎道岔　|　发表于 2024-2-26 21:37　|　只看该作者　|　倒序浏览
!m 查看: 918|回复: 12
{BODY}
!l 回复　　举报　　支持(3)　反对(0)
!l 沙发　老调车长　发表于 2024-2-27 07:15　写得实在，顶一下
!d 本版帖子为网友个人观点，与本站立场无关。
!m Powered by Discuz! X3.4　© 2009-2024 gangguizhijia.com
""",
        junk=dict(lines=2, glued=2),
        body="""
上周参加了段里组织的编组站调车作业安全培训，三天时间，课堂讲解和现场演练各占一半，收获不少，写下来和大家交流。
第一点体会是“要道还道”不能省。以前有的老师傅嫌麻烦，口头一喊就动车，这次培训放了几段事故案例视频，都是联控用语不规范造成的。今后我一定坚持一钩一联控，听不清就停车确认。
第二点是驼峰溜放时的速度控制。老师讲了减速顶的原理和常见故障，我才明白为什么有时车辆溜得过快。遇到天气冷、车辆轻的情况，更要提前和峰顶沟通。
第三点是个人防护。跨越线路必须“一停二看三通过”，不准钻车、不准扒乘。这些规定我们背得滚瓜烂熟，可真正做到每一次都不打折扣，靠的是习惯。
培训结束了，安全这根弦不能松。愿各位工友平安上岗、平安回家。
""",
    ),
]
