"""holdout138, part E: bamboo summer-mat (竹凉席) factories, weavers and sellers.
Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="oa-qingxi-mat-factory-mould-rules",
        site="青篾竹业内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://10.8.2.15/oa/zhidu/view?id=318",
        title="成品凉席仓库防霉管理规定",
        record_title="内网资讯-成品凉席仓库防霉管理规定",
        date="2025-04-01",
        notes="intranet export: articles speak of 扫码 and 打印 (kept); approval trail and read count",
        page="""
!m 青篾竹业 · 内部办公系统
!m 规章制度 » 仓储管理
{T}
!m 起草：仓储部　审核：生产副总　阅读 88 次
{BODY}
!m 审批记录：2025-03-28 仓储部提交 → 2025-03-31 总经理办公会通过
!d 本文件仅限公司内部使用，未经许可不得外传
""",
        body="""
第一条　为防止成品凉席在仓储期间霉变，制定本规定。
第二条　成品入库前含水率须低于12%，由质检员抽检并扫码录入批次信息。
第三条　仓库相对湿度超过70%时，值班员须开启除湿机，并在记录表上签字。
第四条　每周一打印库存批次清单，对存放超过60天的批次逐件检查。
第五条　发现霉点的产品立即隔离，不得出库。
第六条　本规定自2025年4月1日起施行。
""",
    ),
    dict(
        slug="corp-zhuyun-carbonised-line-floatbox",
        site="竹韵凉席有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhuyun-mat.example.com/news/2025/0508.html",
        title="公司碳化竹凉席新生产线正式投产",
        record_title="公司碳化竹凉席新生产线正式投产 - 竹韵凉席",
        date="2025-05-08",
        notes="company news with a floating consult box and product links; dotted date line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司碳化竹凉席新生产线正式投产 - 竹韵凉席</title></head>
<body><header>⟦m 竹韵凉席 · 二十年专注竹制家纺⟧<nav>⟦m 首页　产品中心　新闻动态　工厂实拍　联系我们⟧</nav></header>
<div class="news"><h1>{T}</h1><p class="d">⟦m 2025.05.08　来源：竹韵凉席⟧</p>
{BODY}
</div>
<div class="pro">⟦l 推荐产品：碳化麻将席　冰丝竹席　儿童床竹席⟧</div>
<div class="kf">⟦w 在线客服　批发咨询 400-882-6617⟧</div>
<footer>⟦d Copyright © 竹韵凉席有限公司　All Rights Reserved⟧</footer>
</body></html>
""",
        body="""
5月6日，公司碳化竹凉席新生产线在柘湾工业园正式投产。新线采用高温蒸汽碳化工艺，年产竹凉席30万床。
与传统工艺相比，碳化后的竹片颜色均匀、不易发霉虫蛀，产品合格率由92%提高到98%以上。
新线投产后，公司将新增就业岗位60个，并继续从周边乡镇收购毛竹，带动竹农增收。
""",
    ),
    dict(
        slug="train-zhebian-mat-weaving-course-plan",
        site="柘湾职业技能培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhewan-peixun.example.cn/kc/zhubian.html",
        title="竹凉席编织技能培训教学计划",
        record_title="竹凉席编织技能培训教学计划（2025春季班）",
        date=None,
        notes="training plan without a date; course table; enrolment prompt and price line",
        page="""
!m 柘湾职业技能培训学校　人社部门认定培训机构
!m 首页 > 课程中心 > 手工编织类
{T}
!a 学费 680 元（符合条件可申领补贴）　马上报名
{BODY}
!w 报名咨询：陈老师 139-7301-5526（微信同号）
!l 其他课程：电工　中式面点　家政服务
""",
        body="""
一、培训目标：使学员掌握竹篾剖削、编织、修边等基本技能，能够独立编织一床标准竹凉席。
二、培训对象：有就业意愿的农村劳动力、返乡人员。
三、课程安排
模块　内容　课时
模块一　竹材识别与选料　8
模块二　剖篾与刮篾　16
模块三　编织与收边　32
模块四　质量检验　4
四、考核方式：理论与实操考核合格者，颁发专项职业能力证书。
""",
    ),
    dict(
        slug="anthology-miewen-mat-weaver-father-html",
        site="篾纹集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://miewenji.example.net/book/3/chapter/27.html",
        title="一床凉席",
        record_title="第二十七章 一床凉席 - 篾纹集",
        date=None,
        notes="collection chapter reader: chapter nav, font controls; years only in the text",
        page="""
<html><head><meta charset="utf-8"><title>第二十七章 一床凉席 - 篾纹集</title></head>
<body><div class="top">⟦m 篾纹集⟧　⟦m 作者：柘湾篾匠⟧</div>
<div class="tool">⟦a 字号 A- A+⟧　⟦a 夜间模式⟧　⟦a 加入书签⟧</div>
<h2>{T}</h2>
<div class="text">
{BODY}
</div>
<div class="chap">⟦l 上一章⟧ ｜ ⟦l 目录⟧ ｜ ⟦l 下一章⟧</div>
<div class="ft">⟦d 本书由作者授权发布，未经允许不得转载。⟧</div>
</body></html>
""",
        body="""
一九八五年夏天，父亲花了整整九天，给我编了一床凉席。
篾片是他从后山砍回来的三年生毛竹，一根根剖开、刮薄，薄到能透光。他说，篾片薄了，睡上去才贴身。
那床凉席我睡了十几年，颜色从青绿变成了深黄，边角磨得发亮。后来我去城里读书，母亲把它卷起来，放在柜顶上。
前些年整理老屋，我又看见了它。摸着那些细密的纹路，我才懂得，父亲的话都编进了这床席子里。
""",
    ),
    dict(
        slug="localforum-zhewan-mat-shop-complaint",
        site="柘湾论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.zhewan.example.com/thread-20931-1-1.html",
        title="在步行街买的竹凉席用了一周就开裂，商家不给退",
        record_title="[民生投诉] 在步行街买的竹凉席用了一周就开裂，商家不给退（求顶）",
        date="2025-06-21",
        notes="county forum: pinned-post banner; 发表于 absolute time is the page's date; reply box",
        page="""
<html><head><meta charset="utf-8"><title>[民生投诉] 在步行街买的竹凉席用了一周就开裂，商家不给退（求顶）</title></head>
<body><div class="hd">⟦m 柘湾论坛 — 柘湾人自己的网上家园⟧</div>
<div class="sticky">⟦l 【置顶】民生投诉版发帖须知⟧</div>
<div class="crumb">⟦m 柘湾论坛 › 民生投诉⟧</div>
<div class="post"><h1>{T}</h1><p class="au">⟦m 楼主 竹子开花了　发表于 2025-6-21 09:48⟧</p>
{BODY}
</div>
<div class="reply">⟦l 回复楼主　我也说两句⟧</div>
<div class="ft">⟦d 本帖观点仅代表作者本人，不代表柘湾论坛立场。⟧</div>
</body></html>
""",
        body="""
6月14日我在步行街一家凉席店花了268元买了一床1.8米的竹凉席，老板说是碳化竹的，三年不坏。
结果只睡了一周，中间就裂了三道口子，还扎伤了孩子的腿。我拿着小票去找老板，他说是我们使用不当，只肯给换一床便宜的。
请问这种情况能不能要求退货？应该向哪个部门投诉？
""",
    ),
    dict(
        slug="download-mat-spotcheck-oneline-wps",
        site="易得资料站 (invented)",
        style="资料下载站",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yide-ziliao.example.com/down/55813.html",
        title="2025年竹凉席产品质量监督抽查结果通报",
        record_title="2025年竹凉席产品质量监督抽查结果通报.wps",
        date="2025-07-18",
        notes="download station: the whole body on one line; file info above, download links below; date under signature",
        page="""
!m 易得资料站 > 质量管理 > 抽查通报
!m 文件名：2025年竹凉席产品质量监督抽查结果通报.wps　大小：38K　格式：WPS
{T}
{BODY}
!a 点击进入下载页　｜　高速下载器下载
!l 相关资料：床上用品抽查通报　竹木制品质量标准
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
近期，县市场监督管理局组织对本县生产和销售的竹凉席产品质量进行了监督抽查。
本次共抽查28家企业（商户）的30批次产品，合格27批次，合格率为90%。
不合格项目主要为含水率和甲醛释放量，不合格产品已责令停止销售并限期整改。
柘湾县市场监督管理局
2025年7月18日
""",
    ),
    dict(
        slug="writingapp-mat-factory-workshop-report-html",
        site="文思写作 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://share.wensi-app.example.com/r/5531902",
        title="编织车间主任2025年上半年述职报告",
        record_title="编织车间主任2025年上半年述职报告｜文思写作",
        date="2025-07-05",
        notes="writing-app web view: open-app prompt glued after a sentence; template buttons; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>编织车间主任2025年上半年述职报告｜文思写作</title></head>
<body><div class="app-bar">⟦a 在文思写作APP中打开⟧</div>
<article><h1>{T}</h1><p class="w">⟦m 文思写作用户 篾匠老邓 · 字数 412⟧</p>
{BODY}
</article>
<div class="btns">⟦a 使用此模板⟧　⟦a 复制全文⟧</div>
<div class="more">⟦l 相关推荐：车间主任述职报告范文　班组长年中总结⟧</div>
</body></html>
""",
        body="""
半年来，我在公司领导下，带领编织车间37名职工，完成竹凉席编织8.6万床，占全年计划的54%。⟦a 打开APP阅读全文⟧
一是抓质量。推行“首件检验”制度，编织返工率由5.2%下降到2.8%。
二是抓安全。组织刀具使用安全培训3次，上半年未发生工伤事故。
三是抓培训。师傅带徒弟结对12对，新员工上岗周期缩短一周。
下半年，我将重点推进半自动编织设备的应用，进一步提高效率。
述职人：邓志强
2025年7月5日
""",
    ),
    dict(
        slug="netdisk-mat-product-standard-preview",
        site="飞鸽网盘 (invented)",
        style="网盘分享",
        genre="标准",
        kind="other",
        form="html",
        source="https://pan.feige.example.com/s/Zx81mK2q",
        title="竹凉席企业标准",
        record_title="竹凉席企业标准.docx",
        date=None,
        notes="cloud-drive preview: share stamps (relative), save/download buttons; decimal headings; no date",
        page="""
<html><head><meta charset="utf-8"><title>竹凉席企业标准.docx_免费高速下载|飞鸽网盘</title></head>
<body><div class="hd">⟦m 飞鸽网盘⟧<a>⟦a 登录⟧</a></div>
<div class="file"><p>⟦m 竹凉席企业标准.docx　64.3KB⟧</p><p>⟦m 分享于 5小时前　过期时间：7天后⟧</p>
<a>⟦a 保存到网盘⟧</a> <a>⟦a 普通下载⟧</a></div>
<div class="preview"><h3>{T}</h3>
{BODY}
</div>
<div class="tip">⟦a 在线预览仅显示部分内容⟧</div>
<div class="ft">⟦d 飞鸽网盘严厉打击传播违规内容，一经发现将永久封禁。⟧</div>
</body></html>
""",
        body="""
1 范围
本标准规定了竹凉席的要求、试验方法和检验规则，适用于以毛竹为原料编织的凉席。
2 要求
2.1 竹片宽度偏差不超过0.5毫米，表面光滑，无毛刺、无霉斑。
2.2 含水率不大于12%。
2.3 甲醛释放量不大于1.5毫克每升。
3 检验规则
3.1 产品出厂须逐批检验，检验合格并附合格证后方可出厂。
""",
    ),
    dict(
        slug="snapshot-textcache-mat-consumer-tips",
        site="快搜纯文本快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://textcache.kuaisou.example.com/t?u=zhewan-scjg.example.gov.cn/xfts/0611.html",
        title="关于选购和使用竹凉席的消费提示",
        record_title=None,
        date="2025-06-11",
        notes="text-only cache: snapshot stamp not a date; title only on the page; date under signature",
        page="""
!d 快搜快照：本页面是 zhewan-scjg.example.gov.cn 于 2025-08-02 抓取的纯文本版本，与原网页可能不一致。
!a 查看原网页　｜　完整版快照
!m 柘湾县市场监督管理局 > 消费提示
{T}
{BODY}
!m 版权所有：柘湾县市场监督管理局
""",
        body="""
进入夏季，竹凉席进入销售旺季。县市场监管局提醒广大消费者：
一、选购时看外观，竹片宽窄均匀、颜色一致、表面光滑，用手摸无毛刺。
二、闻气味，有刺鼻气味的不要购买。
三、新买的凉席先用清水擦洗，晾干后再使用，不要暴晒。
四、索要购物凭证，发生消费纠纷可拨打12315投诉。
柘湾县市场监督管理局
2025年6月11日
""",
    ),
    dict(
        slug="mail-webmail-mat-export-request-html",
        site="企业邮箱网页版 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.zhuyun-mat.example.com/read?mid=20250815-77",
        title="关于申请竹凉席出口订单专项流动资金的请示",
        record_title="Fw: 关于申请竹凉席出口订单专项流动资金的请示",
        date="2025-08-13",
        date_also=["2025-08-15"],
        notes="webmail reader: mail headers, attachment bar, reply buttons; the request's own 附件 kept; date under signature differs from the send date",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于申请竹凉席出口订单专项流动资金的请示 - 企业邮箱</title></head>
<body><div class="mail-top">⟦m 企业邮箱⟧　⟦a 写信⟧ ⟦a 收信⟧ ⟦a 通讯录⟧</div>
<div class="mail-hd"><p>⟦m 发件人：财务部 赵敏⟧</p><p>⟦m 时间：2025年8月15日（星期五）上午10:22⟧</p><p>⟦m 收件人：总经理办公室⟧</p></div>
<div class="att">⟦a 附件 1 个：订单合同扫描件.pdf　预览　下载⟧</div>
<div class="mail-body"><h3>{T}</h3>
{BODY}
</div>
<div class="ops">⟦a 回复　回复全部　转发　删除⟧</div>
</body></html>
""",
        body="""
公司领导：
我公司近日与东南亚客户签订竹凉席出口订单4.2万床，合同金额约380万元，交货期为10月底前。
因原料收购和生产需提前投入资金约150万元，现有流动资金不足，特申请从专项资金中调剂100万元用于订单生产，待货款回笼后归还。
妥否，请批示。
附件：订单合同
财务部
2025年8月13日
""",
    ),
    dict(
        slug="print-mat-coop-charter-html",
        site="柘湾竹编合作社（打印预览） (invented)",
        style="打印页",
        genre="章程",
        kind="other",
        form="html",
        source="https://www.zwzbhzs.example.cn/print/charter.html",
        title="柘湾县竹编凉席专业合作社章程",
        record_title="打印预览：柘湾县竹编凉席专业合作社章程",
        date="2025-02-20",
        notes="print view: print buttons and a page footer; adopted date in brackets under the title (kept as a neutral line); date also in the last article",
        page="""
<html><head><meta charset="utf-8"><title>打印预览：柘湾县竹编凉席专业合作社章程</title><style>@media print{.noprint{display:none}}</style></head>
<body><div class="noprint">⟦a 打印⟧ ⟦a 关闭⟧</div>
<h2>{T}</h2>
<p class="adopt">（2025年2月20日成员大会通过）</p>
{BODY}
<div class="pf">⟦p 页 1 ∣ 共 1⟧</div>
<div class="url">⟦m 打印自：https://www.zwzbhzs.example.cn/about/charter.html⟧</div>
</body></html>
""",
        body="""
第一条　本社名称为柘湾县竹编凉席专业合作社，住所为柘湾县篾溪村。
第二条　本社以服务成员为宗旨，为成员提供竹材采购、技术培训、产品销售等服务。
第三条　凡从事竹编凉席生产经营，承认并遵守本章程的，可申请加入本社。
第四条　成员大会是本社的最高权力机构，每年至少召开一次。
第五条　本章程经2025年2月20日成员大会表决通过，自通过之日起生效。
""",
    ),
]
