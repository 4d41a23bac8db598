"""holdout100, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (two each).
Invented: encyclopaedia entries on pit-and-fissure sealing and on 门牌 requests, drive
shares of a stork survey and a snow-sculpture rule, cached pages of a plague notice and
an elephant pledge, print views of a sinkhole plan and a mulch 函, forwarded mails."""

CASES = [
    dict(
        slug="wiki-sealant-entry-html",
        site="知行百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="article",
        form="html",
        source="https://baike.zhixing.example.com/item/窝沟封闭/58812",
        title="窝沟封闭",
        record_title="窝沟封闭_知行百科",
        date=None,
        notes="encyclopaedia entry: edit/history buttons, contents box, reference list, 'last edited' stamp; an example date inside a sentence is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>窝沟封闭_知行百科</title></head>
<body>
<div class="hd">⟦m 知行百科⟧ ⟦m 全球中文知识平台⟧ ⟦a 进入词条　帮助⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　讨论　历史版本　收藏⟧</div>
<div class="toc">⟦l 目录：1 简介　2 适用对象　3 操作步骤　4 注意事项⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 儿童口腔保健指导手册⟧</div>
<div class="stamp">⟦m 词条最近更新：2025-06-30 由 口腔科普小组 编辑⟧</div>
<footer>⟦d 知行百科词条内容由网友共同编辑，仅供参考，不构成医疗建议⟧</footer>
</body></html>
""",
        body="""
窝沟封闭又称点隙裂沟封闭，是指不去除牙体组织，在牙冠咬合面、颊舌面的点隙裂沟涂布一层粘结性树脂，保护牙釉质不受细菌及代谢产物侵蚀，达到预防龋齿的一种方法。
适用对象主要是窝沟深、容易滞留食物的牙齿，一般乳磨牙在3至4岁、第一恒磨牙在6至7岁、第二恒磨牙在11至13岁时进行封闭效果较好。
操作步骤包括清洁牙面、酸蚀、冲洗干燥、涂布封闭剂和光照固化，整个过程无痛，每颗牙约需数分钟。
封闭剂可能部分或全部脱落，应定期复查。例如某儿童于2020年3月1日完成封闭，一般建议在半年至一年后复查一次。
""",
    ),
    dict(
        slug="wiki-qa-doorplate-request-sample-text",
        site="公文百科问答 (invented)",
        style="百科问答",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.gwbkwd.example.cn/wenda/39910.html",
        title="关于申请编制新建小区门牌号码的请示",
        record_title="关于申请编制新建小区门牌号码的请示怎么写？",
        date=None,
        notes="Q&A encyclopaedia answer with a sample 请示: ××/20××年×月×日 placeholders and a relative answer time: no date; helpful count",
        page="""
!m 公文百科问答 › 请示写作
!m 问：关于申请编制新建小区门牌号码的请示怎么写？
!m 答主：公文君　回答于 3个月前　128人觉得有用
!w 以下为参考范文：
{T}
{BODY}
!a 觉得有帮助？点个赞吧　｜　我要补充
!l 相关问题：地名命名申请书怎么写？
""",
        body="""
××区民政局：
我公司开发建设的××花园小区位于××路东侧，共有住宅楼12栋、商业楼2栋，现已竣工验收，业主即将入住。为方便业主办理户籍登记、邮件投递和水电气开户，特申请为该小区编制门牌号码。
随文附上小区总平面图、建设工程规划许可证复印件和竣工验收备案表。
妥否，请批示。
联系人：×××，联系电话：×××××××××××
××房地产开发有限公司
20××年×月×日
""",
    ),
    dict(
        slug="drive-stork-survey-share-text",
        site="云舟网盘 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://pan.yunzhou.example.com/s/1kT9dQ2mXw",
        title="雁坪湿地东方白鹳繁殖情况调查报告",
        record_title="雁坪湿地东方白鹳繁殖情况调查报告.pdf",
        date="2025-07-08",
        notes="drive share preview: file-name record title, share expiry and extraction-code lines, save-to-drive button; a counts table; date under the signature",
        page="""
!m 云舟网盘 | 文件分享
!m 雁坪湿地东方白鹳繁殖情况调查报告.pdf　2.3MB
!m 分享者：湿地巡护小分队　有效期：永久有效
!a 保存到我的网盘　下载（需登录）
!m 在线预览（仅显示部分内容）
{BODY}
!a 预览结束，完整文件请下载查看
!d 请勿分享违法违规内容，举报请点击此处
""",
        body="""
2025年3月至6月，雁坪湿地保护站对区内东方白鹳繁殖情况开展了系统调查，现将结果报告如下。
一、调查方法。采用样线调查与定点观察相结合的方法，对区内所有巢位逐一编号，每周观察一次。
二、调查结果
巢位类型　巢数　孵出雏鸟（只）
人工巢台　5　11
输电杆塔　9　17
树木　2　4
三、结论与建议。人工巢台利用率较高，建议明年再增建六座，并逐步引导杆塔上的巢位迁移。
雁坪湿地保护站
2025年7月8日
""",
    ),
    dict(
        slug="drive-snow-sculpture-rules-share-text",
        site="橙子云盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.chengziyun.example.cn/share/preview?id=88213",
        title="冰雪雕塑作品制作安全规范",
        record_title="冰雪雕塑作品制作安全规范.docx",
        date=None,
        notes="cloud-drive preview of rules whose articles speak of 扫码/打印; share time and a 'last modified' stamp only: no date; extraction-code line",
        page="""
!m 橙子云盘
!m 文件：冰雪雕塑作品制作安全规范.docx　|　分享于 2025-12-15　|　修改于 2025-12-14
!m 提取码：x7k2
!a 下载　转存　用APP打开
{BODY}
!a 登录后可预览全部内容
!m 橙子云盘 ©2025
""",
        body="""
第一条　参赛队员进入制作区须扫码签到，佩戴安全帽和防滑鞋套。
第二条　作品高度超过三米的，须搭设脚手架作业，脚手架由组委会统一搭设并验收。
第三条　制作过程中使用的铲、锯、凿等工具，不用时应放入工具箱，不得随意插放在雪坯上。
第四条　气温低于零下二十五度时，每名队员连续作业不得超过一小时，应到暖棚休息。
第五条　各队须打印本规范张贴于本队作业区，队长负责组织学习。
""",
    ),
    dict(
        slug="snapshot-plague-closure-notice-html",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.souyi.example.com/c?m=9f65cb4a8c8507ed&u=http://www.chushan.example.gov.cn/tzgg/1203.html",
        title="关于对旱獭疫源地实施临时封控的通告",
        record_title="关于对旱獭疫源地实施临时封控的通告 - 搜易快照",
        date="2025-08-09",
        notes="search-cache frame: cache header with snapshot time and original URL, highlighted-terms line; the county's own contact kept; the page's 发布时间 inside the frame",
        page="""
<html><head><meta charset="utf-8"><title>关于对旱獭疫源地实施临时封控的通告 - 搜易快照</title></head>
<body>
<div class="cachehd">⟦d 这是搜易对 http://www.chushan.example.gov.cn/tzgg/1203.html 的缓存，是网页在2025年8月14日的快照⟧<br>⟦d 当前页面可能已经更改，请点击此处查看最新网页⟧<br>⟦m 以下搜索词已高亮显示：旱獭 封控⟧</div>
<div class="orig">
<div>⟦m 楚山县人民政府网⟧</div>
<h1>{T}</h1>
<div>⟦m 发布时间：2025-08-09　来源：县卫生健康局⟧</div>
{BODY}
<div>⟦m 主办单位：楚山县人民政府办公室⟧</div>
</div>
</body></html>
""",
        body="""
8月8日，我县北部草原监测点在一只自毙旱獭体内检出鼠疫菌。为防止疫情扩散，根据有关规定，决定对相关区域实施临时封控，现通告如下：
一、封控范围：巴音沟牧场北侧至哈尔乌苏河之间约二十平方公里草场。
二、封控期间，禁止无关人员和车辆进入封控区；禁止猎捕、剥食、贩运旱獭等野生动物。
三、封控区内牧户由乡政府统一安排健康监测，出现发热、淋巴结肿痛等症状的，请立即报告。
四、封控解除时间另行通告。
疫情报告电话：县疾控中心 0311-87721500
楚山县人民政府
2025年8月9日
""",
    ),
    dict(
        slug="snapshot-textonly-elephant-pledge",
        site="淘问搜索 纯文字快照 (invented)",
        style="搜索快照",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://snap.taowen.example.net/text?url=lcxf.example.gov.cn/xw/2025/0411",
        title="致象群活动区域广大群众的一封信",
        record_title=None,
        date="2025-04-11",
        notes="text-only cache without record title: the title on the page; cache banner and original-URL lines; the letter's 'do not approach' advice kept; a portal's nav left as text",
        page="""
!d 淘问快照：本页为 lcxf.example.gov.cn/xw/2025/0411 于 2025-04-20 的纯文字版本，内容可能已更新
!m 原网页　|　文字版　|　查看图片
!m 首页　新闻中心　通知公告　政务公开
{T}
{BODY}
!m 版权所有：麓川县林业和草原局
""",
        body="""
广大群众朋友们：
近期，亚洲象群在我县勐蚌、曼岗一带活动。为了您和家人的安全，请牢记以下几点：
一、发现大象不围观、不投喂、不拍照，保持至少一百米距离，迅速撤离到安全地带。
二、夜间尽量减少外出，确需外出的，注意收听村里广播和手机预警信息。
三、不在房前屋后堆放玉米、盐巴等大象喜食的物品。
四、农作物遭受损失的，请及时报告村委会，按规定办理补偿。
人象和谐，从你我做起。
麓川县林业和草原局
2025年4月11日
""",
    ),
    dict(
        slug="print-sinkhole-emergency-plan-html",
        site="鹳洲县应急管理局 打印页 (invented)",
        style="打印页",
        genre="预案",
        kind="plan",
        form="html",
        source="http://yjj.guanzhou.example.gov.cn/print.jsp?id=60219",
        title="鹳洲县城区岩溶塌陷应急预案",
        record_title="打印预览 - 鹳洲县城区岩溶塌陷应急预案",
        date="2025-05-20",
        notes="print view: 打印/关闭 buttons, print-time stamp, URL line and a print footer 〔页 1／1〕; decimal headings kept; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 鹳洲县城区岩溶塌陷应急预案</title></head>
<body onload="">
<div class="noprint">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="ptime">⟦m 打印时间：2025-06-03 10:22⟧</div>
<h2>{T}</h2>
{BODY}
<div class="url">⟦m 本页网址：http://yjj.guanzhou.example.gov.cn/art/2025/5/20/art_60219.html⟧</div>
<div class="pf">⟦p 〔页 1／1〕⟧</div>
</body></html>
""",
        body="""
1 总则
1.1 为有效应对城区岩溶塌陷突发事件，最大限度减少人员伤亡和财产损失，制定本预案。
1.2 本预案适用于县城规划区内发生的岩溶塌陷及其次生灾害的应急处置。
2 组织指挥
2.1 县人民政府设立岩溶塌陷应急指挥部，由分管副县长任指挥长。
2.2 指挥部办公室设在县应急管理局，负责日常工作。
3 预警与响应
3.1 根据塌陷规模和危害程度，应急响应分为一级、二级、三级。
3.2 发生塌陷后，属地街道须在30分钟内到达现场，设置警戒区，疏散周边人员。
鹳洲县人民政府办公室
2025年5月20日
""",
    ),
    dict(
        slug="print-mulch-letter-text-footer",
        site="芷湾县农业农村局 打印版 (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://nyj.zhiwan.example.gov.cn/print/2025/0604.html",
        title="关于商请支持废旧地膜再生利用项目落地的函",
        record_title="〔打印稿〕关于商请支持废旧地膜再生利用项目落地的函",
        date="2025-06-04",
        notes="print view text: print buttons, 文号 neutral, a print footer ⋯ 第1页／共1页 ⋯ and a URL line; 抄送 line kept",
        page="""
!a [打印]　[返回]
{T}
芷农函〔2025〕41号
{BODY}
!m http://nyj.zhiwan.example.gov.cn/zwgk/2025/0604/41.html
!p ⋯ 第1页／共1页 ⋯
""",
        body="""
县工业园区管委会：
为解决全县废旧地膜回收后出路问题，我局积极引进再生颗粒加工企业，目前已与芷湾绿源再生资源有限公司达成初步意向，拟在园区建设年处理五千吨废旧地膜的再生利用项目。
该项目符合国家产业政策，可有效消纳全县回收的废旧地膜。为推动项目尽快落地，商请贵委在用地选址、环评手续办理等方面给予支持。
盼复。
联系人：何宇，电话：0736-7219018
芷湾县农业农村局
2025年6月4日
抄送：县发展和改革局，县生态环境分局
""",
    ),
    dict(
        slug="mail-fwd-fox-farm-inspection",
        site="楮山县政务邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://chushan.example.gov.cn/inbox/20251020-0931",
        title="关于开展毛皮动物养殖场秋冬季防疫检查的通知",
        record_title="Fwd: 关于开展毛皮动物养殖场秋冬季防疫检查的通知",
        date="2025-10-17",
        date_also=["2025-10-20"],
        notes="forwarded mail: headers, the forwarder's note, the mail's own 附件 header next to the notice's 附件 list; send date differs from the notice's date",
        page="""
!m 发件人：畜牧兽医站 <xmz@chushan.example.gov.cn>
!m 收件人：各乡镇兽医站
!m 日期：2025年10月20日 星期一 09:31
!m 主题：Fwd: 关于开展毛皮动物养殖场秋冬季防疫检查的通知
!m 附件：检查表.xlsx（18KB）
!w 各站：转发县局通知，请按要求做好准备。有问题电话联系。——老秦
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件来自楮山县政务邮箱系统，请勿直接回复
""",
        body="""
各乡镇畜牧兽医站：
为做好秋冬季毛皮动物疫病防控工作，县农业农村局定于10月27日至11月7日对全县毛皮动物养殖场开展防疫检查。
一、检查内容：免疫档案、消毒记录、病死动物无害化处理、生物安全设施等。
二、检查方式：县局抽调人员组成两个检查组，采取查阅资料与现场查看相结合的方式进行。
三、各站请于10月24日前将辖区养殖场名单报县局畜牧股。
附件：毛皮动物养殖场防疫检查表
楮山县农业农村局
2025年10月17日
""",
    ),
    dict(
        slug="mail-reply-chain-street-tree-request",
        site="篁城县OA邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://oa.huangcheng.example.local/msg/88120",
        title="关于申请行道树修剪作业专项经费的请示",
        record_title="Re: 回复：关于申请行道树修剪作业专项经费的请示.docx",
        date="2025-02-26",
        date_also=["2025-03-02"],
        notes="reply chain: Re: 回复 headers and quoted replies above the forwarded 请示; a file-name-like record title; a phone signature; mail print footer",
        title_in="file-name",
        page="""
!m 主题：Re: 回复：关于申请行道树修剪作业专项经费的请示.docx
!m 发件人：县财政局经建股 王斌
!m 时间：2025-03-02 16:08
!w 收到，已转分管领导审阅。——王斌（发自我的手机）
!m 在 2025-02-27 08:45，园林绿化服务中心 写道：
!w > 王股长好，请示文件附后，请审阅。
{BODY}
!p 第1页/共1页
""",
        body="""
县财政局：
我中心承担城区二十六条道路一万二千余株行道树的养护任务。因高空作业车老化，部分路段需外包修剪，2025年经费缺口较大。
经测算，全年行道树修剪外包费用约需八十六万元，目前年度预算仅安排三十万元，缺口五十六万元。
为保障道路通行和群众出行安全，特申请追加行道树修剪作业专项经费五十六万元。
妥否，请批示。
联系人：张毅，电话：0871-64125508
篁城县园林绿化服务中心
2025年2月26日
""",
    ),
]
