"""holdout57, part F: second pages of associations, firms, schools, writing apps, exam forums,
wikis, cloud drives, snapshots, print views and mails; two extra 文库 and 范文 pages. Invented text."""

CASES = [
    dict(
        slug="association-zhongyao-text-herb-minutes",
        site="芩原县中药材产业协会 (invented)", style="行业协会", genre="会议纪要", kind="minutes", form="text",
        source="http://www.qyzyc.example.org.cn/hydt/2025/1208/62.html",
        title="芩原县中药材产业协会第二届理事会第三次会议纪要",
        record_title="【协会动态】芩原县中药材产业协会第二届理事会第三次会议纪要",
        date="2025-12-06",
        page="""
!m 芩原县中药材产业协会
!m 首页 · 协会动态 · 产业资讯 · 会员服务 · 联系我们
!t 【协会动态】芩原县中药材产业协会第二届理事会第三次会议纪要
!m 秘书处 | 2025-12-08 | 浏览 77
{BODY}
!a 会员单位可登录下载会议材料
!m 协会秘书处：芩原县药都大道66号　电话：0736-5820912
""",
        body="""
时间：2025年12月6日
地点：县农业农村局三楼会议室
主持：会长 乔立本
应到理事二十一人，实到十九人，符合章程规定。
会议审议通过了协会2025年工作报告和财务收支报告，表决结果：同意十九票，反对零票，弃权零票。
会议研究了2026年重点工作：一是筹办第三届中药材交易会；二是推动建设道地药材溯源平台，引导会员扫码登记种植信息；三是开展药材加工技能培训。
会议决定吸收县丰禾中药饮片有限公司等三家单位为会员单位。
""",
    ),
    dict(
        slug="corp-zhengxin-html-securities-announcement",
        site="正信证券 (invented)", style="企业官网", genre="公告", kind="notice", form="html",
        source="https://www.zhengxin-sec.example.com/main/gsgg/2025/0805/1206.shtml",
        title="关于芩原路证券营业部迁址的公告",
        record_title="关于芩原路证券营业部迁址的公告",
        date="2025-08-05", record_date="2025-08-05",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司公告 - 正信证券</title></head>
<body>
<div class="hd">⟦m 正信证券 ZHENGXIN SECURITIES⟧ <a>⟦a 网上开户⟧</a> <a>⟦a 交易软件下载⟧</a> <a>⟦a 网上营业厅⟧</a></div>
<div class="nav">⟦m 首页　关于正信　财富管理　投资者教育　公司公告　联系我们⟧</div>
<div class="crumb">⟦m 首页 &gt; 公司公告⟧</div>
<div class="ct">
<h2>⟦t 关于芩原路证券营业部迁址的公告⟧</h2>
<p class="dt">⟦m 2025-08-05⟧</p>
{BODY}
</div>
<div class="risk">⟦d 风险提示：市场有风险，投资需谨慎。本网站信息不构成任何投资建议。⟧</div>
<div class="ft">⟦w 全国统一客服热线：95599（示例）⟧　⟦m 沪ICP备10021837号⟧　⟦d 正信证券股份有限公司 版权所有⟧</div>
</body></html>
""",
        body="""
尊敬的投资者：
经监管部门备案，我公司芩原路证券营业部将于2025年8月18日迁至芩原县新华东路88号金融大厦三层，营业部名称变更为正信证券芩原新华东路证券营业部。
迁址后，营业部客户的资金账户、证券账户及交易方式均不受影响。
迁址期间如有疑问，请致电营业部：0736-5810066。
特此公告。
正信证券股份有限公司
2025年8月5日
""",
    ),
    dict(
        slug="training-anzhi-html-crane-course-plan",
        site="安知安全培训中心 (invented)", style="培训机构", genre="方案", kind="plan", form="html",
        source="https://www.anzhi-aqpx.example.cn/course/qz-2025.html",
        title="2025年起重机械指挥与司索作业人员培训方案",
        record_title=None,
        date="2025-02-20",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>课程介绍 | 安知安全培训中心</title>
<script>window._q=window._q||[];</script></head>
<body>
<div class="top">⟦m 安知安全培训中心 · 安全第一 知行合一⟧ ⟦w 报名热线 0512-66078812⟧</div>
<div class="menu">⟦m 首页 | 培训项目 | 考试安排 | 证书查询 | 学员风采⟧</div>
<div class="main">
<h1>⟦t 2025年起重机械指挥与司索作业人员培训方案⟧</h1>
<div class="sub">⟦m 发布：培训部　日期：2025-02-20　人气：419⟧</div>
{BODY}
<div class="cta">⟦a 【立即报名】⟧ ⟦a 【下载报名表】⟧</div>
</div>
<div class="float">⟦w 微信咨询：anzhi_px⟧</div>
<div class="foot">⟦m 地址：苏港市工业园区星湖街1128号⟧　⟦m 办学许可证：苏人社民32050130号⟧</div>
</body></html>
""",
        body="""
一、培训目的
提高起重机械指挥和司索作业人员的安全意识和操作技能，帮助学员取得特种设备作业人员证。
二、培训对象
年满十八周岁、初中以上文化程度、身体健康的企业在职人员。
三、课程安排
阶段　内容　学时
理论　起重机械基础知识、指挥信号、法规标准　24
实操　吊索具选用、捆绑方法、指挥手势与旗语　32
四、考核发证
培训结束后参加市场监管部门组织的考试，合格者取得相应作业人员证书。
五、学员须带身份证复印件、一寸照片两张报到。
""",
    ),
    dict(
        slug="app-xiezuoxia-summary-share-overload",
        site="写作侠App (invented)", style="范文APP", genre="工作总结", kind="summary", form="text",
        source="https://m.xiezuoxia.example.com/share/doc?id=a81f3e",
        title="治超检测站2025年度工作总结",
        record_title="治超检测站2025年度工作总结｜写作侠",
        date="2025-12-25",
        page="""
!m 写作侠 | AI帮你写材料
!a 打开App 继续阅读
!t 治超检测站2025年度工作总结｜写作侠
!m 来自「路政小李」的分享 · 2天前
{BODY}
!a 看完了？一键生成你的年度总结 →
!l 大家都在看：路政执法个人总结　超限治理工作汇报
!d 内容由用户上传或AI辅助生成，仅供参考
""",
        body="""
2025年，我站在县交通运输局的领导下，全面落实治超工作责任，各项工作取得新进展。
一、检测执法情况。全年检测货车十一万二千台次，查处违法超限车辆六百一十五台，卸载货物一万一千吨。
二、源头管控情况。对全县十四家重点货运源头企业实行驻点监管，源头超限装载率下降明显。
三、科技治超情况。在三条主要绕行道路建成不停车检测点，实现全天候自动抓拍。
四、明年打算。继续推进非现场执法，加强与公安交管部门联合执法。
县公路超限检测站
2025年12月25日
""",
    ),
    dict(
        slug="gkforum-kaoshang-html-floors-policy-letter",
        site="考上吧论坛 (invented)", style="公考论坛", genre="讲话稿", kind="speech", form="html",
        source="https://bbs.kaoshangba.example.com/thread/771029",
        title="在全市盐业体制改革推进会上的讲话",
        record_title="【面试热点】在全市盐业体制改革推进会上的讲话（领导讲话原文，背熟必过）",
        date=None,
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【面试热点】在全市盐业体制改革推进会上的讲话（领导讲话原文，背熟必过） - 考上吧论坛</title></head>
<body>
<div class="hd">⟦m 考上吧论坛⟧ ⟦m 公考人的加油站⟧ ⟦a 签到领积分⟧</div>
<div class="loc">⟦m 首页 › 面试专区 › 热点素材⟧</div>
<h1>⟦t 【面试热点】在全市盐业体制改革推进会上的讲话（领导讲话原文，背熟必过）⟧</h1>
<div class="floor">
<div class="user">⟦m 楼主 稳上岸学姐 Lv.9⟧</div>
<div class="time">⟦m 发布于 5天前⟧</div>
<div class="msg">
{BODY}
</div>
</div>
<div class="floor">⟦l 沙发 冲鸭小白：收藏了，明天面试⟧</div>
<div class="floor">⟦l 板凳 申论我最强：楼主好人一生平安⟧</div>
<div class="reply">⟦a 发表回复（请先登录）⟧</div>
<div class="ft">⟦d 论坛内容仅代表网友观点，与本站无关⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全市盐业体制改革推进会，目的是总结改革以来的成效，研究解决改革中遇到的新问题。
改革以来，全市食盐市场主体由一家增加到七家，产品品种由十几个增加到六十多个，群众有了更多选择。
同时也要看到，一些地方出现了监管缝隙，个别经营者以工业盐冒充食盐销售，必须坚决打击。
各有关部门要按照“管得住、放得开、服务好”的要求，切实守住食盐安全底线。
""",
    ),
    dict(
        slug="wiki-baidian-text-entry-substation",
        site="百典问答 (invented)", style="百科问答", genre="百科", kind="other", form="text",
        source="https://www.baidian-wd.example.com/wiki/变电站巡视",
        title="变电站巡视",
        record_title="变电站巡视 - 百典问答",
        date=None,
        page="""
!m 百典问答 > 百科 > 电力
!t 变电站巡视
!a 编辑词条　　添加义项　　收藏
!m 贡献者：电力老周 等 7 人　　最后编辑于 2025-10-21
{BODY}
!l 词条标签：电力 变电运维 安全生产
!l 相关词条：倒闸操作 · 工作票 · 两票三制
!d 百典问答的词条由网友共同编辑，如有错误欢迎纠正
""",
        body="""
变电站巡视是指运维人员按照规定的周期、路线和内容，对变电站内一、二次设备及辅助设施进行的检查。
分类
1. 例行巡视：对站内设备及设施外观、异常声响、渗漏油等的常规检查。
2. 全面巡视：在例行巡视基础上增加对设备运行数据、防火防小动物措施等的检查。
3. 特殊巡视：大风、暴雨、冰雪等恶劣天气或设备带缺陷运行时开展的巡视。
注意事项
巡视时不得进行其他工作，不得移开或越过遮栏；雷雨天气巡视室外设备应穿绝缘靴，不得靠近避雷器和避雷针。
""",
    ),
    dict(
        slug="netdisk-baiyun-html-share-salt-pledge",
        site="白筠云盘 (invented)", style="网盘分享", genre="倡议书", kind="initiative", form="html",
        source="https://www.baiyunpan.example.com/share/init?surl=Qm7rT",
        title="减盐控油 健康生活倡议书",
        record_title="减盐控油健康生活倡议书.wps",
        date="2025-09-01",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>减盐控油健康生活倡议书.wps_免费高速下载|白筠云盘</title></head>
<body>
<div class="nav">⟦m 白筠云盘⟧ ⟦a 客户端下载⟧ ⟦a 会员中心⟧ ⟦a 登录⟧</div>
<div class="file">
<h2>⟦t 减盐控油健康生活倡议书.wps⟧</h2>
<p>⟦m 分享者：健康小屋_芳　分享于 2025-09-03 08:21　失效时间：永久有效⟧</p>
<p>⟦a 保存到云盘⟧ ⟦a 下载(42KB)⟧ ⟦l 举报⟧</p>
</div>
<div class="preview"><p>⟦a 文档预览（部分内容）⟧</p>
<h3>⟦t 减盐控油 健康生活倡议书⟧</h3>
{BODY}
</div>
<div class="ad">⟦a 开通超级会员，预览全文不限速⟧</div>
<div class="ft">⟦d 白筠云盘严厉打击违法违规内容传播，发现请举报⟧</div>
</body></html>
""",
        body="""
全区居民朋友们：
高盐高油饮食是高血压、心脑血管疾病的重要危险因素。世界卫生组织建议成人每天食盐摄入量不超过五克，而我们的实际摄入量远高于这个标准。
为此，区疾控中心、区卫生健康局联合盐业公司倡议：
一、家庭烹调使用限盐勺、控油壶，逐步减少用盐量。
二、少吃咸菜、腌肉等高盐食品，购买食品时注意查看营养成分表中的钠含量。
三、餐饮单位主动推出低盐菜品，在菜单上标注“少盐”选项。
让我们从一餐一饭做起，吃出健康！
苕水区疾病预防控制中心
2025年9月1日
""",
    ),
    dict(
        slug="snapshot-kuaisou-html-frame-glass-news",
        site="快搜网页快照 (invented)", style="搜索快照", genre="新闻", kind="news", form="html",
        source="http://snapshot.kuaisou.example.com/cache?q=glass&u=news.xingzhou.example.cn%2F2025%2F0922",
        title="星洲玻璃产业园首条光伏玻璃生产线点火投产",
        record_title=None,
        date="2025-09-22",
        page="""
<html><head><meta charset="utf-8"><title>快搜快照</title></head>
<body>
<div class="kssnap">⟦d 快搜提示：您查看的是 news.xingzhou.example.cn/2025/0922/5521.html 在 2025-11-30 23:15 的快照版本，当前页面可能已变化。⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div class="logo">⟦m 星洲新闻网⟧</div>
<div class="nav">⟦m 首页 要闻 经济 社会 图片⟧</div>
<h1>⟦t 星洲玻璃产业园首条光伏玻璃生产线点火投产⟧</h1>
<div class="info">⟦m 2025年09月22日 09:40　来源：星洲新闻网　作者：温睿⟧</div>
{BODY}
<div class="edit">⟦m [责任编辑：蒲洋]⟧</div>
<div class="hot">⟦l 热门新闻排行 1.中秋假期文旅消费火热 2.星洲港集装箱吞吐量创新高⟧</div>
</div>
</body></html>
""",
        body="""
9月21日晚，星洲玻璃产业园首条日熔化量一千二百吨的光伏玻璃生产线正式点火。
该项目总投资十八亿元，全部达产后年产光伏玻璃原片一亿平方米，可新增就业岗位八百个。
项目负责人介绍，生产线采用全氧燃烧和余热发电技术，综合能耗比行业平均水平低百分之十五。
据悉，产业园二期两条生产线已开工建设，预计明年下半年投产。
""",
    ),
    dict(
        slug="print-yongning-text-securities-minutes",
        site="永宁证券协会（打印版）(invented)", style="打印页", genre="会议纪要", kind="minutes", form="text",
        source="http://www.ynsa.example.org/print.php?aid=3307",
        title="辖区证券营业部投资者保护工作座谈会纪要",
        record_title="〔打印版〕辖区证券营业部投资者保护工作座谈会纪要",
        date="2025-06-24",
        wrap=70,
        page="""
!a 打印　|　返回原文
!m 永宁市证券业协会
!t 辖区证券营业部投资者保护工作座谈会纪要
!m 来源：协会秘书处　日期：2025-06-26
{BODY}
!m 本文网址：http://www.ynsa.example.org/news/3307.html
!p ——— 1 / 1 ———
""",
        body="""
2025年6月24日，协会召开辖区证券营业部投资者保护工作座谈会，二十三家营业部负责人参加会议，会议由协会副会长莫小东主持。
会议通报了上半年辖区投资者投诉处理情况：共受理投诉四十一件，办结四十件，其中涉及非法荐股的占三成。
会议要求，各营业部要在营业场所醒目位置张贴防范非法证券活动提示，引导投资者关注协会“投保课堂”栏目。
会议还就适当性管理、适老化服务等问题进行了交流。
""",
    ),
    dict(
        slug="mail-re-cotton-inspection-request",
        site="邮件转发（单位邮箱）(invented)", style="邮件转发", genre="请示", kind="request", form="text",
        source="mailto:xwjys@yangguan.example.gov.cn?mid=ZX0917",
        title="关于增配棉花公证检验临时人员的请示",
        record_title="Re: 回复：关于增配棉花公证检验临时人员的请示.docx",
        date="2025-09-15",
        page="""
!m From: 阳关县纤维检验所 <xwjys@yangguan.example.gov.cn>
!m To: 县市场监管局办公室
!m Date: 2025-09-17 14:22
!m Subject: Re: 回复：关于增配棉花公证检验临时人员的请示.docx
收到，修改稿见下，请审阅。
!m > 在 2025-09-16 10:05，办公室 写道：
!m > 请把预算依据补充完整后再报。
{T}
{BODY}
!m [附件] 关于增配棉花公证检验临时人员的请示.docx (24.8 KB)
!d 本邮件由政务邮箱系统发送，请勿回复至系统地址
""",
        body="""
县市场监督管理局：
今年我县新棉上市量预计比去年增加两成，公证检验任务明显加重。为确保检验进度，现就增配临时人员事项请示如下。
一、增配人数：临时检验辅助人员十名，工作期限为10月1日至次年1月31日。
二、经费预算：按每人每月四千二百元测算，合计十六万八千元，拟从棉花检验专项经费中列支。
三、人员要求：高中以上学历，经岗前培训考核合格后上岗。
妥否，请批示。
阳关县纤维检验所
2025年9月15日
""",
    ),
    dict(
        slug="wenku-shuanglin-html-pages-rubber-report",
        site="双林文库 (invented)", style="文库预览", genre="调研报告", kind="report", form="html",
        source="https://shuanglin-wk.example.com/doc/80d1e7.html",
        title="关于全市橡胶制品行业挥发性有机物治理情况的调研报告",
        record_title="关于全市橡胶制品行业挥发性有机物治理情况的调研报告_双林文库",
        date="2025-10-17",
        pages=dict(fmt="— 第{n}页 —", every=130, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于全市橡胶制品行业挥发性有机物治理情况的调研报告_双林文库</title></head>
<body>
<div class="top">⟦m 双林文库⟧ ⟦a 上传赚钱⟧ ⟦a 登录⟧</div>
<h1>⟦t 关于全市橡胶制品行业挥发性有机物治理情况的调研报告⟧</h1>
<div class="m">⟦m 3页 · 1.4千次阅读 · 上传于2025-12-01⟧ ⟦l 评分 4.6⟧</div>
<div class="page">
{BODY}
</div>
<div class="stop">⟦a 试读结束，付费后阅读全文⟧ ⟦a ￥4.00 购买⟧</div>
<div class="more">⟦l 为您推荐：VOCs治理方案　橡胶厂环评报告⟧</div>
<div class="ft">⟦d 双林文库文档均为用户上传，如侵权请联系删除⟧</div>
</body></html>
""",
        body="""
为掌握全市橡胶制品行业挥发性有机物治理情况，市生态环境局于9月组成调研组，对全市四十二家橡胶制品企业进行了调研。
一、基本情况。全市橡胶制品企业以轮胎、胶管、胶鞋为主，炼胶、硫化工序是挥发性有机物的主要排放环节。
二、主要问题。一是部分企业废气收集率低，车间无组织排放明显；二是治理设施选型不当，低温等离子等低效设施占比较高；三是企业环保管理人员专业能力不足。
三、建议。推动企业采用密闭化炼胶和集中收集处理，淘汰低效治理设施，并对重点企业安装在线监测。
市生态环境局调研组
2025年10月17日
""",
    ),
    dict(
        slug="fanwen-ciyuan-text-insight-glued-title",
        site="辞苑范文 (invented)", style="范文站", genre="心得体会", kind="insight", form="text",
        source="http://www.ciyuan-fw.example.net/xd/20251130/9917.html",
        title="特种设备安全监察员培训心得体会",
        record_title=None,
        date=None,
        indent="　　",
        page="""
!m 辞苑范文｜好范文 辞苑找
!m 辞苑范文 >> 心得体会 >> 培训心得
!m 2025-11-30 作者：佚名 来源：网友投稿
⟦t 特种设备安全监察员培训心得体会⟧{BODY}
!a 本文已成功复制，如需Word格式请点此下载
!w 各类公文代写、润色，联系客服微信：ciyuan_88
!l 推荐阅读：安全生产培训心得　新入职检验员心得
""",
        body="""
十一月中旬，我参加了省市场监管局举办的特种设备安全监察员培训班，系统学习了特种设备安全法和监察规程。
通过学习，我认识到监察工作的核心是落实企业主体责任，监察人员不能代替企业管安全，而要督促企业建立起自我管理的机制。
培训中的案例教学让我印象深刻，一起电梯困人事故背后，是维保记录造假、应急电话无人接听等一连串管理漏洞。
今后，我要把所学用到日常监察中，做到检查有记录、问题有闭环、整改有复查。
""",
    ),
]
