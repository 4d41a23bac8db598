"""holdout184, part C: carbon paper and carbonless multi-part forms (复写纸、无碳复写联单) —
printers of forms, the offices and shops that still write in triplicate. Invented text."""

CASES = [
    dict(
        slug="training-mingshu-bookkeeping-course-brochure-html",
        site="明术会计培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.mingshukj.example.com/kecheng/2025/qiuji.html",
        title="手工账与多联单据填制实务班招生简章",
        record_title="学员必看｜手工账与多联单据填制实务班招生简章（2025秋季班）",
        date=None,
        notes="training school: decorated record title, promo box and consult float, a course table, the school's 报名电话 and mailbox beside a 400 line, no date",
        page="""
<html><head><meta charset="utf-8"><title>学员必看｜手工账与多联单据填制实务班招生简章（2025秋季班）</title>
<script>var kf=1;</script></head>
<body>
<div class="top">⟦m 明术会计培训学校 · 零基础到上岗⟧ ⟦a 免费试听 | 学员登录⟧</div>
<div class="nav">⟦m 首页　课程中心　师资团队　学员风采　报名咨询⟧</div>
<div class="promo">⟦a 秋季班早鸟价：前30名立减300元，戳我抢位⟧</div>
<h1>⟦t 手工账与多联单据填制实务班招生简章⟧</h1>
<div class="article">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线 · 全国热线 400-998-1635⟧</div>
<div class="foot">⟦d 明术会计培训学校 © 2025 本站课程信息以实际报名为准⟧</div>
</body></html>
""",
        body="""
不少小微企业、个体商户至今仍使用手写多联单据，新入职的会计人员往往不会正确填写复写联单，造成联次字迹不清、存根与发出联不一致。
本班专门讲授手工记账和多联单据填制的实务技能，适合财会新人和小微企业记账人员。
周次　课程内容　课时
第一周　手工凭证与账簿登记　6
第二周　复写纸与无碳复写联单的填写要领　4
第三周　收据、入库单、出库单的联次管理　4
开课时间：10月11日起每周六上午，共三周。
报名电话：0731-5560281（曾老师）　邮箱：baoming@mingshukj.example.com
""",
    ),
    dict(
        slug="app-bixie-summary-warehouse-forms-oneline",
        site="笔谐写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.bixie.example.com/share/doc/77120954",
        title="仓库出入库单据管理工作半年总结",
        record_title="仓库出入库单据管理工作半年总结（通用版）｜笔谐写作",
        date="2025-07-05",
        notes="writing-app H5 share: app banner and open-in-app prompt, the whole body on one line separated by indents, a member line at the end",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a 打开笔谐APP，查看更多范文 〉
!t 仓库出入库单据管理工作半年总结（通用版）
!m 笔谐写作 · 范文库 · 工作总结 · 1.6万人看过
{BODY}
!a 开通超级会员，解锁AI改写与一键排版
!l 猜你想写：仓库主管述职报告　盘点工作总结　物流部年度计划
""",
        body="""
今年上半年，仓库以规范单据管理为重点，全面梳理了出入库流程。
过去仓库使用复写纸垫写三联单，经常出现第三联字迹模糊、财务无法核对的情况。三月起，我们统一改用带编号的无碳复写联单，并规定每张单据必须当日登记、当日传递。
半年来共开具出入库单据四千六百余份，单据差错率由百分之二点一下降到百分之零点三。
下半年，我们将推进单据电子化，逐步减少纸质联单的使用。
西岭物流园区仓储部
2025年7月5日
""",
    ),
    dict(
        slug="gkforum-shenlun-triplicate-receipt-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="https://bbs.shanganggk.example.com/thread-99172-1-1.html",
        title="一张复写收据里的基层治理",
        record_title="[申论范文] 一张复写收据里的基层治理 - 申论交流区 - 上岸公考论坛",
        date=None,
        notes="exam forum: decorated record title, floor meta with relative time, forum junk glued and on a line, 评分 box, no date",
        junk=dict(lines=1, glued=2),
        indent="\u3000\u3000",
        page="""
!m 上岸公考论坛 » 申论交流区 » 范文点评
!l 查看: 5108 | 回复: 77
!t [申论范文] 一张复写收据里的基层治理
!m 1# 楼主 | 笔杆子小岳 | 发表于 6 天前
{BODY}
!l 评分　参与人数 5　积分 +12　收起 理由
!l 本帖被以下淘专辑推荐：申论高分范文合集
!l 回复本帖　　返回列表
""",
        body="""
在一些村级组织，收取费用时仍在使用垫着复写纸手写的三联收据。一张小小的收据，折射出基层治理的精细程度。
收据字迹清楚、联次齐全、编号连续，群众交钱心里才踏实；反之，存根与发出联对不上，就容易引发猜疑和矛盾。
推进基层治理现代化，既要推广电子票据、线上缴费等新手段，也要把手写收据这样的“老办法”管规范、用到位。
治理之要，在于细微之处见真章。
""",
    ),
    dict(
        slug="wiki-baike-carbonless-paper-entry-html",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.baizhi.example.com/item/无碳复写纸/55310",
        title="无碳复写纸",
        record_title="无碳复写纸_百知百科",
        date=None,
        notes="encyclopaedia: infobox-like meta, contents box, edit links, history tab, references list; ×××× placeholders in an example; no date",
        page="""
<html><head><meta charset="utf-8"><title>无碳复写纸_百知百科</title></head>
<body>
<div class="hd">⟦m 百知百科 · 全民编写的知识库⟧ ⟦a 编辑词条 | 讨论 | 历史版本⟧</div>
<h1>⟦t 无碳复写纸⟧</h1>
<div class="cont">⟦l 目录　1 简介　2 分类　3 用途　4 注意事项⟧</div>
<div class="infobox">⟦m 中文名：无碳复写纸　外文名：carbonless copy paper　类别：信息用纸⟧</div>
<div class="body">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 《信息用纸工艺手册》，某出版社⟧</div>
<div class="ft">⟦m 词条浏览：38215次　最近更新：2天前⟧ ⟦d 百知百科内容由网友共同编辑，如有错漏欢迎指正。⟧</div>
</body></html>
""",
        body="""
无碳复写纸是一种不含炭黑、通过微胶囊显色剂实现复写的信息用纸，又称压感复写纸。
按所处联次不同，无碳复写纸分为上页纸、中页纸和下页纸，上页纸背面涂有微胶囊，下页纸正面涂有显色剂，中页纸两面均有涂层。
书写或打印时，笔尖的压力使微胶囊破裂，染料与显色剂反应显色，从而在下一联上得到相同的字迹。
无碳复写纸广泛用于发票、收据、快递面单和各类多联单据，例如“××××有限公司送货单”通常为一式三联或四联。
使用时应避免高温和受压存放，以免提前显色。
""",
    ),
    dict(
        slug="netdisk-yunbao-print-shop-price-list",
        site="云包网盘分享页 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://pan.yunbao.example.com/s/1kQz8rVx3T",
        title="关于联单印制价格调整的通知",
        record_title="关于联单印制价格调整的通知.docx",
        date="2025-03-01",
        notes="cloud-drive share: file-name record title, share info with expiry, save/download buttons, a price table kept, date under the signature",
        page="""
!m 云包网盘　｜　好友分享的文件
!m 分享者：金穗印务　　分享时间：2025-03-03 15:20　　有效期：7天
!m 关于联单印制价格调整的通知.docx　（21.4 KB）
!a 保存到我的网盘　　普通下载　　高速下载（会员）
{BODY}
!d 请勿分享违法违规内容，发现请举报。
!a 举报　　APP内打开
""",
        body="""
各位客户：
受无碳复写纸原纸价格上涨影响，本店自2025年3月10日起调整部分联单印制价格，具体如下：
品种　规格　原价（元/本）　调整后（元/本）
二联单　48开　3.0　3.5
三联单　32开　4.5　5.2
四联单　16开　7.0　8.0
3月10日前已下单并付定金的订单，仍按原价执行。感谢各位客户长期以来的支持。
金穗印务
2025年3月1日
""",
    ),
    dict(
        slug="snapshot-sangyuan-tax-office-receipt-html",
        site="搜问网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.souwen.example.com/c?u=http%3A%2F%2Fsw.sangyuan.example.gov.cn%2F2025%2F0604.html",
        title="关于停止使用手工复写式定额收据的公告",
        record_title="关于停止使用手工复写式定额收据的公告 - 网页快照",
        date="2025-06-04",
        notes="search-cache frame: a cache banner with crawl time, highlighted terms line, the original page's chrome inside the frame, date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于停止使用手工复写式定额收据的公告 - 网页快照</title></head>
<body>
<div class="cache-bar">⟦m 这是 http://sw.sangyuan.example.gov.cn/2025/0604.html 的快照，抓取于 2025-07-11 03:20:51⟧<br>⟦a 当前页面可能已更新，点此查看最新页面⟧<br>⟦m 已标亮以下关键词：复写 收据⟧</div>
<div class="orig">
<div>⟦m 桑源县财政局 · 财政信息网⟧</div>
<div>⟦m 首页 > 通知公告⟧</div>
<h2>⟦t 关于停止使用手工复写式定额收据的公告⟧</h2>
{BODY}
<div>⟦m 桑源县财政局主办　备案号：豫ICP备08104415号⟧</div>
</div>
<div class="cache-foot">⟦d 搜问对快照内容不承担责任，快照仅为方便用户访问。⟧</div>
</body></html>
""",
        body="""
根据财政电子票据改革工作安排，我县行政事业单位自2025年7月1日起停止使用手工复写式定额收据，全面使用财政电子票据。
各单位应于6月25日前对尚未使用的手工复写式收据进行清点，连同存根一并交回县财政局票据管理股核销。
逾期未交回的，由各单位自行承担相应责任。
联系电话：0395-6620137
桑源县财政局
2025年6月4日
""",
    ),
    dict(
        slug="print-xiling-logistics-waybill-rule-html",
        site="西岭物流园区 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.xilingwl.example.com/zhidu/print.asp?id=217",
        title="纸质运单填写与联次流转管理办法",
        record_title="〔打印稿〕纸质运单填写与联次流转管理办法",
        date="2025-05-09",
        notes="print view calling window.print(): print time line, articles speaking of 打印 kept, 印发 line, a print footer of my own",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕纸质运单填写与联次流转管理办法</title>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="pt">⟦m 西岭物流园区管理委员会　打印于 2025-09-02 14:46⟧</div>
<h2>⟦t 纸质运单填写与联次流转管理办法⟧</h2>
<div class="doc">
{BODY}
</div>
<div class="pfoot">⟦p ▪ 页 1 · 共 1 ▪⟧</div>
<div class="noprint">⟦a 〔打印〕 〔返回〕⟧</div>
</body></html>
""",
        body="""
第一条　为规范园区入驻企业纸质运单的填写和流转，减少货损理赔纠纷，制定本办法。
第二条　纸质运单一式五联，第一联存根、第二联托运人、第三联随货、第四联收货人、第五联结算。
第三条　运单应使用圆珠笔用力填写，确保第五联字迹清晰；系统打印的运单应核对各联内容一致。
第四条　随货联由驾驶员随车携带，收货人签收后三日内返回发货网点。
第五条　本办法自2025年5月9日起施行。
印发：园区各入驻企业（2025年5月9日）
""",
    ),
    dict(
        slug="mail-reply-chain-hospital-prescription-forms",
        site="桑源县中医院邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="https://mail.sytcm.example.com/read?mid=20251103-0412",
        title="关于申请采购无碳复写处方笺的请示",
        record_title="回复：Re: 关于申请采购无碳复写处方笺的请示.docx",
        date="2025-10-30",
        date_also=["2025-11-03"],
        notes="mail reply chain: quoted reply lines as chrome, mail headers, the document's own 附件 line kept beside the mail's attachment header, a file-name record title",
        page="""
!m 发件人：设备科 谭建 <tanjian@sytcm.example.com>
!m 发送时间：2025-11-03 10:05
!m 收件人：院办公室
!m 主题：回复：Re: 关于申请采购无碳复写处方笺的请示
!l > 已阅，请设备科按程序办理。——院办 王芳
!l > 在 2025-10-31 16:40，药剂科 写道：
!a 附件：关于申请采购无碳复写处方笺的请示.docx（16K）　预览　下载
{BODY}
!m —— 来自桑源县中医院邮件系统
""",
        body="""
院领导：
目前我院门诊手写处方使用的是普通纸张加复写纸，复写联字迹经常模糊不清，给药房调剂和处方点评带来困难。
为提高处方书写质量，药剂科拟采购无碳复写处方笺二万份，其中普通处方一万二千份、儿科处方五千份、急诊处方三千份，预算约一万四千元。
妥否，请批示。
附件：无碳复写处方笺样式及报价单
药剂科
2025年10月30日
""",
    ),
    dict(
        slug="docshare-kaiyun-delivery-note-template-markers",
        site="开云文档分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.kaiyundoc.example.com/p-40931852.html",
        title="送货单据签收及回单管理规定",
        record_title="送货单据签收及回单管理规定（可编辑）",
        date=None,
        notes="document-sharing page: page markers of my own glued to the continuation (`⁅2⁆`), ×××× placeholders and 20××年×月×日, an upload notice, no date",
        indent="\u3000\u3000",
        pages=dict(fmt="⁅{n}⁆", every=150, start=2, glue=True),
        page="""
!m 开云文档分享 — 分享你的文档
!t 送货单据签收及回单管理规定（可编辑）
!m 页数：3　　大小：29KB　　上传于：2025-06-19
!a 下载文档　　收藏　　举报
{BODY}
!d 本文档由用户上传，开云文档不拥有所有权，如涉及侵权请联系平台处理。
!l 相关文档：物流配送管理制度｜仓库发货流程
""",
        body="""
第一条　为规范××××有限公司送货单据的签收和回单管理，保障货款及时回收，制定本规定。
第二条　公司送货单使用一式四联无碳复写单据，白联存根、红联客户留存、蓝联回单、黄联财务。
第三条　送货人员应请收货单位在蓝联上签字并加盖收货专用章，签收日期应填写完整，如20××年×月×日。
第四条　回单应于送货后两个工作日内交回业务部，逾期未交的，每单扣减送货人员绩效分一分。
第五条　本规定由业务部负责解释。
""",
    ),
    dict(
        slug="fanwen-oldtable-cashier-insight-carbon-paper",
        site="书香范文阁 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://www.sxfwg.example.com/xinde/2025/1188.html",
        title="出纳岗位实习心得体会",
        record_title="出纳岗位实习心得体会（精选）_书香范文阁",
        date=None,
        notes="old gb2312 table layout: marquee, font-size row, hot list, floating ghost-writer box, visitor counter; a writing-service line between paragraphs; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>出纳岗位实习心得体会（精选）_书香范文阁</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 书香范文阁 — 海量范文 免费参考⟧</td><td>⟦a 设为首页⟧ ⟦a 收藏本站⟧</td></tr></table>
<marquee>⟦m 热烈庆祝书香范文阁上线十二周年！本站新增心得体会专栏⟧</marquee>
<table width="980" align="center"><tr><td>⟦m 您的位置：首页 → 心得体会 → 实习心得⟧</td></tr>
<tr><td align="center">⟦t 出纳岗位实习心得体会（精选）⟧</td></tr>
<tr><td>⟦a 【字号：大 中 小】⟧ ⟦m 作者：佚名　来源：会员投稿⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦l 本类热门：⟧</td></tr>
<tr><td>⟦l · 会计实习心得体会⟧</td></tr><tr><td>⟦l · 银行柜员实习总结⟧</td></tr></table>
<div style="position:absolute;left:0;top:300px">⟦w 材料代写 专业团队 QQ 22681905⟧</div>
<table width="980" align="center"><tr><td>⟦m 您是本站第 00831257 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
这个暑假，我在一家商贸公司财务部实习了两个月，跟着出纳张姐学习日常收付款工作。
让我印象最深的是开收据。公司还在使用手写三联收据，张姐说，垫复写纸的时候一定要对齐，下笔要用力，金额大写和小写必须一致，写错了只能作废重开，不能涂改。
⟦w 心得体会不会写？专业老师一对一代笔，微信：shuxiang_fw⟧
两个月下来，我体会到出纳工作看似简单，却容不得半点马虎，每一张单据都关系到公司的资金安全。
今后我将带着这份严谨回到课堂，把专业知识学得更扎实。
""",
    ),
    dict(
        slug="wenku-reader-form-printing-plan-html-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wenku.zhiye.example.com/d/8f21c3b0a9.html",
        title="印刷厂联单生产线节能降耗实施方案",
        record_title="印刷厂联单生产线节能降耗实施方案 - 知页文库",
        date="2025-03-18",
        notes="文库 reader: page-marker paragraphs of my own (`⌈2⌉`) cutting sentences, VIP lock, a reader toolbar, date under the signature",
        p_html='<p class="reader-p">{}</p>',
        pages=dict(fmt="⌈{n}⌉", every=130, start=2),
        page="""
<html><head><meta charset="utf-8"><title>印刷厂联单生产线节能降耗实施方案 - 知页文库</title>
<script src="/reader/v3/reader.js"></script></head>
<body>
<div class="hd">⟦m 知页文库⟧ ⟦a 上传文档 | 开通VIP⟧</div>
<div class="tool">⟦a 全屏阅读　放大　缩小　下载（2下载券）⟧</div>
<h1>⟦t 印刷厂联单生产线节能降耗实施方案⟧</h1>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 剩余2页未读，开通VIP即可阅读全文⟧</div>
<div class="rel">⟦l 相关推荐：印刷企业节能自查报告 · 车间能耗管理制度⟧</div>
</body></html>
""",
        body="""
为落实市节能降耗目标任务，降低联单生产线单位产值能耗，结合我厂实际，制定本实施方案。
一、工作目标。到2025年底，联单生产线万元产值综合能耗比上年下降百分之八，纸张损耗率控制在百分之三以内。
二、主要措施。（一）对两台轮转印刷机加装变频装置；（二）将车间照明全部更换为节能灯具；（三）优化无碳复写纸配页工序，减少试机废张。
三、保障措施。成立节能降耗工作小组，每月统计能耗数据，对完成好的班组给予奖励。
恒丰印刷厂
2025年3月18日
""",
    ),
    dict(
        slug="gov-sangyuan-market-receipt-standardisation",
        site="桑源县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.sangyuan.example.gov.cn/xxgk/tzgg/202504/t20250421_8831.html",
        title="关于规范农贸市场摊位费收据使用的通知",
        record_title="关于规范农贸市场摊位费收据使用的通知_桑源县人民政府",
        date="2025-04-21",
        notes="county portal text: 信息来源/发布日期 line, 文号 line (neutral), 抄送 line kept, the bureau's phone beside the portal's 纠错 line",
        page="""
!m 桑源县人民政府门户网站
!m 首页 > 信息公开 > 通知公告
!t 关于规范农贸市场摊位费收据使用的通知
!m 信息来源：县商务局　发布日期：2025-04-21　访问量：426
桑商发〔2025〕9号
{BODY}
!m 本网纠错：0395-6600012
!a 【打印此页】　【关闭】
""",
        body="""
各乡镇人民政府，各农贸市场开办单位：
近期，部分农贸市场收取摊位费时使用自印的复写收据，存在收据无编号、联次不全、未加盖印章等问题，引发商户投诉。为规范收费行为，现就有关事项通知如下：
一、各市场收取摊位费应使用统一编号的多联收据，收据须加盖市场开办单位财务专用章。
二、收据存根应按月装订，保存期限不少于五年。
三、县商务局将会同县市场监管局于5月开展专项检查。
联系电话：0395-6621150
桑源县商务局
2025年4月21日
抄送：县市场监管局，县财政局。
""",
    ),
]
