"""holdout28, part F: a print view of a lock association's rules, a mail reply chain on a tunnel
inspection, a county bamboo-industry speech, an account mirror of a used-car association, a 文库
preview of an aluminium plant's plan, a 范文 page of a physical-exam centre's summary, a news app
page on the ancient-books centre, a mailed newsletter, a Q&A on mushroom subsidies, a 信息公开 page
of a navigation office, a print template of a tyre maker's notice and a 范文 app's copy-locked
page. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="print-lock-association-rules",
        site="楸阳市开锁行业协会 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.qyksxh.example.org.cn/print.php?id=71",
        title="楸阳市开锁行业从业人员登记管理办法",
        record_title="〔打印预览〕楸阳市开锁行业从业人员登记管理办法",
        date="2025-01-06",
        notes="a print view: a decorated title; articles that speak of 复制/打印/下载 (content); print buttons and a print footer 第1页（共1页）; the page URL",
        page="""
!a 〔打印本页〕〔返回〕
!m 楸阳市开锁行业协会
!t 楸阳市开锁行业从业人员登记管理办法
{BODY}
!m 网页地址：https://www.qyksxh.example.org.cn/zcfg/71.html
!p 第1页（共1页）
""",
        body="""
第一条　为加强开锁从业人员管理，保障群众财产安全，制定本办法。
第二条　从业人员须在协会登记，登记信息包括身份信息、技能证书和所属企业。
第三条　会员企业可登录协会信息平台下载从业人员登记表，打印后由本人签字确认。
第四条　从业人员不得复制客户钥匙留存，不得泄露客户信息。
第五条　本办法自发布之日起施行。
楸阳市开锁行业协会
2025年1月6日
""",
    ),
    dict(
        slug="mail-reply-chain-tunnel-inspection-html",
        site="棂江城投邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.ljct.example.com/webmail/read?id=5521",
        title="关于开展管廊汛前联合检查的通知",
        record_title="回复：Re: 关于开展管廊汛前联合检查的通知.docx",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="a webmail reply chain: Re:/回复 and a .docx in the subject; the replies' lines and quote headers as chrome; the notice's own 联系人 line; mail send date a day later (also accepted)",
        page="""
<html><head><meta charset="utf-8"><title>回复：Re: 关于开展管廊汛前联合检查的通知.docx</title></head>
<body>
<div class="mailtool">⟦a 回复 | 回复全部 | 转发 | 删除 | 标为未读⟧</div>
<div class="hdr">⟦m 主题：回复：Re: 关于开展管廊汛前联合检查的通知.docx⟧</div>
<div class="hdr">⟦m 发件人：运维部 贝云舟　时间：2025-05-07 14:03⟧</div>
<div class="reply">⟦l 收到，运维部已安排二号、三号舱室检查人员。⟧</div>
<div class="quote">⟦m ------------------ 原始邮件 ------------------⟧</div>
<div class="quote">⟦m 发件人：综合部　发送时间：2025年5月7日 09:15⟧</div>
<div class="doc">
{BODY}
</div>
<div class="sig">⟦m 棂江城市管廊公司　综合部⟧</div>
</body></html>
""",
        body="""
各部门：
为做好今年汛期管廊安全运行，公司定于5月12日至16日开展管廊汛前联合检查。
一、检查范围：全市已投运管廊二十六公里。
二、检查重点：排水系统、防淹门、投料口和通风口的防倒灌设施。
三、请各部门于5月9日前报送检查人员名单，联系人：曹雨薇，电话：0746-8850211。
棂江城市管廊公司
2025年5月6日
""",
    ),
    dict(
        slug="bamboo-industry-conference-speech-html",
        site="檫川县人民政府 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chachuan.example.gov.cn/zwgk/ldjh/202503/t20250318_40021.html",
        title="在全县竹产业高质量发展大会上的讲话",
        record_title="在全县竹产业高质量发展大会上的讲话_领导讲话_檫川县人民政府",
        date="2025-03-18",
        notes="a county portal with a 信息公开 index table above the speech: 索引号/发布机构 rows as chrome; speaker and date lines under the title neutral; a 'was this page useful' box and a 纠错 button",
        page="""
<html><head><meta charset="utf-8"><title>在全县竹产业高质量发展大会上的讲话_领导讲话_檫川县人民政府</title></head>
<body>
<div class="top">⟦m 檫川县人民政府门户网站⟧ ⟦a 智能问答⟧ ⟦a 长者模式⟧</div>
<div class="nav">⟦m 首页 政务公开 政务服务 互动交流 走进檫川⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：CC-00104-2025-0031⟧</td><td>⟦m 发布机构：县政府办公室⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 主题分类：领导讲话⟧</td></tr>
</table>
<h1>{T}</h1>
<p class="sub">县长　石建川</p>
<p class="sub">（2025年3月18日）</p>
{BODY}
<div class="useful">⟦l 本页内容对您有帮助吗？ 有帮助 没帮助⟧</div>
<div class="err">⟦a 我要纠错⟧</div>
<div class="foot">⟦m 檫川县人民政府办公室主办⟧ ⟦m 政府网站标识码 3507280007⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全县竹产业高质量发展大会，目的是进一步统一思想，推动竹产业从卖竹材向卖产品、卖品牌转变。
去年，全县竹产业总产值达到五十八亿元，同比增长百分之九，但精深加工比重偏低的问题依然突出。
今年，我们要重点抓好竹林提质、龙头培育、以竹代塑三项工作。
同志们，竹子是檫川的绿色名片，让我们共同努力，把这张名片擦得更亮。
""",
    ),
    dict(
        slug="usedcar-association-account-mirror",
        site="公号阅读器 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://gzhreader.example.com/p/Xz81kQm2",
        title="关于开展二手车经营企业诚信评价的通知",
        record_title=None,
        date="2025-04-28",
        notes="a WeChat reader: title missing; account line with a date as publish line; a 'continue reading' box, a like/recommend row and an 'original article' link; the association's own phone",
        page="""
!m 公号阅读器　｜　无广告阅读公众号文章
{T}
!m 椴原二手车协会　2025-04-28 18:30
!a 长按二维码，关注椴原二手车协会
{BODY}
!l 喜欢此内容的人还喜欢：二手车过户新规解读
!l 阅读原文　｜　分享　｜　推荐 21
""",
        body="""
各会员单位：
为推进行业诚信体系建设，协会决定开展2025年度二手车经营企业诚信评价工作。
一、评价对象：在我县登记注册并经营满一年的二手车经营企业。
二、评价内容：经营资质、车况披露、交易纠纷处理和消费者满意度等。
三、请参评企业于5月20日前向协会报送申报材料，联系电话：0712-3569801。
椴原县二手车流通协会
2025年4月28日
""",
    ),
    dict(
        slug="aluminium-plan-wenku-preview-html",
        site="文海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.wenhaiwenku.example.com/doc/5520187.html",
        title="电解铝厂节能降耗三年行动方案",
        record_title="【可编辑】电解铝厂节能降耗三年行动方案 - 文海文库",
        date=None,
        pages=dict(fmt="〘第{n}页〙", every=120, start=2),
        notes="a 文库 reader: decorated title; page-marker paragraphs cut sentences; an indicator table; a preview-end prompt and a 'buy this document' button; no date",
        page="""
<html><head><meta charset="utf-8"><title>【可编辑】电解铝厂节能降耗三年行动方案 - 文海文库</title></head>
<body>
<div class="hd">⟦m 文海文库⟧ ⟦a 登录⟧ ⟦a 开通VIP 全站文档免费下⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 8页 ｜ 2.1万次阅读 ｜ 上传者 lvye_doc⟧</div>
<div class="doc">
{BODY}
</div>
<div class="end">⟦a 还剩5页未读，继续阅读⟧ ⟦a 购买本文档 ¥3.9⟧</div>
<div class="ft">⟦d 文档内容由网友提供，文海文库不对其准确性负责⟧</div>
</body></html>
""",
        body="""
为落实能耗双控要求，降低电解铝生产能耗，结合我厂实际，制定本行动方案。
一、总体目标：到2027年，铝液交流电耗降至每吨一万二千九百千瓦时以下。
二、重点任务
项目　目标
电解槽节能改造　完成120台
余热回收利用　年回收热量折标煤8000吨
三、保障措施：成立节能降耗领导小组，将能耗指标纳入车间绩效考核。
""",
    ),
    dict(
        slug="physical-exam-summary-fanwen",
        site="公文范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.gongwenfw.example.com/zj/2025/6610.html",
        title="健康管理中心2024年度工作总结",
        record_title="健康管理中心2024年度工作总结（精选3篇）_公文范文网",
        date="2025-01-15",
        notes="a 范文 page: （精选3篇）_site; a writing-service prompt glued after the first paragraph; a copy-lock line; the document's own signature date; hot list",
        page="""
!m 公文范文网 - 总结 - 年度总结
!t 健康管理中心2024年度工作总结
!m 作者：网友投稿　｜　点击：2211
!a 复制全文需登录，登录后可免费复制3篇
{BODY}
!l 本栏热门：医院年度工作总结　体检科工作总结
!d 声明：本站范文仅供学习参考，请勿直接抄袭。
""",
        body="""
2024年，健康管理中心全年完成体检四万二千人次，同比增长百分之十五，现将全年工作总结如下。⟦w 需要原创总结，可联系站长代笔，QQ群 715530028⟧
一、优化体检流程，推行分时段预约，受检者平均等候时间缩短到二十分钟以内。
二、加强检后管理，对重要异常结果实行电话随访，全年随访一千二百余人次。
三、开展进企业、进社区体检服务，为四十余家单位提供团体体检。
榉塘县人民医院健康管理中心
2025年1月15日
""",
    ),
    dict(
        slug="news-app-ancient-books-html",
        site="栌口融媒APP (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://h5.lukourm.example.cn/article/2025/0609/88021",
        title="栌口县完成首批民间古籍普查登记",
        record_title="栌口县完成首批民间古籍普查登记",
        date="2025-06-09",
        record_date="2025-06-09",
        notes="a county media app's H5 page: an open-in-app bar, a dotted date line as the publish line, a photo caption between paragraphs, an editor line, a 'more' list",
        page="""
<html><head><meta charset="utf-8"><title>栌口县完成首批民间古籍普查登记</title></head>
<body>
<div class="openapp">⟦a 打开栌口融媒，阅读体验更佳⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 栌口融媒　2025.06.09　阅读 3.1万⟧</div>
{BODY}
<div class="ed">⟦m 编辑：覃悦　审核：潘毅⟧</div>
<div class="more">⟦l 更多精彩 › 栌口文旅推出十条古村落线路⟧</div>
<div class="foot">⟦d 栌口县融媒体中心出品⟧</div>
</body></html>
""",
        body="""
记者从县古籍保护中心获悉，截至6月上旬，我县首批民间古籍普查登记工作已经完成，共登记古籍二百一十七部。
此次登记的古籍以家谱、医书和地方文献为主，其中清代刻本四十余部。
⟦m 工作人员为登记古籍拍照建档。⟧
县古籍保护中心负责人表示，下一步将为收藏者提供免费修复指导，并择优开展数字化。
""",
    ),
    dict(
        slug="mailed-newsletter-weather-office",
        site="人影简讯邮件版 (invented)",
        style="邮件转发",
        genre="简报",
        kind="other",
        form="text",
        source="mailto:list@ry-jianxun.example.org?issue=2025-05",
        title="枥阳人影简讯（2025年第5期）",
        record_title="【枥阳人影简讯】枥阳人影简讯（2025年第5期）",
        date="2025-05-31",
        notes="a mailed newsletter: list headers and an unsubscribe footer; the issue's own 报/送 版记 lines kept; a 'view in browser' link; the date in the issue's own line",
        page="""
!m 发件人：枥阳人影简讯 <list@ry-jianxun.example.org>
!m 收件人：订阅用户
!a 邮件显示不正常？点此在浏览器中查看
!t 枥阳人影简讯（2025年第5期）
{BODY}
!d 您收到此邮件是因为订阅了本简讯，如不想再收到，请点击退订。
""",
        body="""
枥阳县人工影响天气办公室编　2025年5月31日
5月份，全县共开展人工增雨作业四次，发射火箭弹二十六枚，作业影响区平均增加降水约百分之十。
5月22日，县人影办组织全县作业人员开展安全培训和实弹演练，三十二名作业人员全部考核合格。
下月，县人影办将重点做好防雹作业准备，完成全部高炮年检。
报：市人影办，县政府。
送：各乡镇人民政府。
""",
    ),
    dict(
        slug="qa-mushroom-subsidy-answer",
        site="农事问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.nongshi.example.com/q/220817",
        title="种香菇有没有补贴？怎么申请？",
        record_title="种香菇有没有补贴？怎么申请？",
        date=None,
        notes="a farming Q&A: record title as is; an answerer line with a relative time (no date); a recommended-questions box and a follow-expert prompt; the answer cites the bureau's own phone",
        page="""
!m 农事问答 — 种养殖问题在线问
!t 种香菇有没有补贴？怎么申请？
!m 苁岭菇农　2天前提问
!m 农技员老曾　昨天 回答
{BODY}
!a 关注该专家　｜　向TA提问
!l 推荐问题：香菇菌棒发黄是什么原因？
""",
        body="""
有的，各地政策不一样，以苁岭县为例，今年对新建标准化菇棚每平方米补助三十元，对购买菌棒生产设备给予百分之三十的补助。
申请时需要准备身份证、土地流转合同和菇棚照片，向所在乡镇农业综合服务中心提出申请。
具体可以咨询县农业农村局经作站，电话：0719-5531072。
""",
    ),
    dict(
        slug="nav-mark-office-disclosure-page",
        site="葶川航标处 (invented)",
        style="政府门户",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.tchbc.example.gov.cn/xxgk/ndbg/2025/0120.html",
        title="葶川航标处2024年政府信息公开工作年度报告",
        record_title="葶川航标处2024年政府信息公开工作年度报告 - 信息公开 - 葶川航标处",
        date="2025-01-20",
        pages=dict(fmt="▵{n}▵", every=130, start=2, glue="mix"),
        notes="a 信息公开 page: index rows; page markers ▵2▵ cut sentences, glued or not; a data table; decimal-free numbered sections; a 发布日期 field",
        page="""
!m 葶川航标处 信息公开专栏
!m 索引号：TCHB-2025-0006　｜　发布日期：2025-01-20
!t 葶川航标处2024年政府信息公开工作年度报告
{BODY}
!a 下载本页　｜　打印本页
!l 往年报告：2023年度　2022年度
""",
        body="""
本报告根据《中华人民共和国政府信息公开条例》要求编制，报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
2024年，我处主动公开政府信息一百二十六条，其中航行通告四十一条，未发生因政府信息公开引起的行政复议和诉讼。
二、主动公开政府信息情况
信息类别　数量
航行通告　41
工作动态　63
规章制度　22
三、存在的问题及改进情况
信息公开的及时性还需提高，下一步将完善信息发布审核流程。
""",
    ),
    dict(
        slug="print-template-tyre-notice-html",
        site="柞湾轮胎股份有限公司 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zuowantyre.example.com/print/notice_3319.html",
        title="关于调整职工通勤班车线路的通知",
        record_title=None,
        date="2025-08-25",
        notes="a print template: title missing; print buttons, the printing user and time (no date), a print footer 第 1 页 / 共 1 页; a route table",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title></head>
<body>
<div class="noprint">⟦a 打印　|　导出PDF　|　关闭⟧</div>
<p>⟦m 柞湾轮胎股份有限公司　行政部⟧</p>
<h2>{T}</h2>
{BODY}
<p>⟦m 打印人：admin　打印时间：2025-08-27 10:05⟧</p>
<p>⟦p 第 1 页 / 共 1 页⟧</p>
</body></html>
""",
        body="""
各部门、全体职工：
因城区道路施工，自2025年9月1日起调整职工通勤班车线路。
班车　调整后线路
1号车　火车站—滨江路—公司北门
2号车　新城区—工业大道—公司南门
发车时间不变，请职工相互转告。
行政部
2025年8月25日
""",
    ),
    dict(
        slug="fanwen-app-copylock-host-script",
        site="笔杆子范文APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.biganzi.example.com/app/doc/44018",
        title="社区托育服务点开园仪式主持词",
        record_title="社区托育服务点开园仪式主持词【word可编辑】",
        date=None,
        gap=True,
        notes="a 范文 app page with copy locks: a decorated title; a copy-lock line between paragraphs; host lines; a member price line; the year-less event: no date",
        page="""
!m 笔杆子范文　｜　手机版
!t 社区托育服务点开园仪式主持词
!a 本文已开启复制保护，开通会员后可复制
{BODY}
!a 会员价 ¥9.9/月　立即开通
!l 相似范文：幼儿园开园仪式主持词　社区活动开场白
""",
        body="""
尊敬的各位领导、各位家长、小朋友们：
大家上午好！今天，我们在这里隆重举行和园社区托育服务点开园仪式。
首先，请允许我介绍出席今天仪式的领导和嘉宾。
⟦a 长按无法复制？点这里解锁⟧
下面，请街道办事处负责同志致辞。
让我们以热烈的掌声，欢迎小朋友们为大家表演节目。
开园仪式到此结束，祝小朋友们在这里健康快乐成长！
""",
    ),
]
