"""holdout35, part F: cloud drives (an incineration plant's plan, a lotus co-op), search
caches (a toll station, a rafting closure), print views (an inkstone pledge, a
schistosomiasis hospital's rules), forwarded mails (a lacquer workshop, a winery), a
one-line 文库 plan, a wrapped 主持词 and a one-line township request. Everything invented;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="netdisk-incineration-emergency-plan-docx",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.example.com/s/1aQ7mZp0",
        title="垃圾池火灾事故应急处置方案",
        record_title="垃圾池火灾事故应急处置方案.docx",
        date="2025-10-10",
        notes="a cloud-drive share page: file name, share stamp and expiry (no date), save/download buttons; the plan's duty-phone list kept",
        page="""
!m 云匣网盘 | 分享文件
!t 垃圾池火灾事故应急处置方案.docx
!m 分享者：lx_anhuan　分享时间：2025-10-14 08:31　有效期：7天
!a 保存到我的云匣　　下载（36.5KB）　　举报
!m 文件预览（仅显示文本内容）
{BODY}
!a 开通超级会员，享极速下载和在线解压
!d 请勿分享违法违规内容，云匣网盘将依法配合有关部门处理
""",
        body="""
1 总则
1.1 为及时有效处置垃圾池火灾事故，最大限度减少人员伤亡和财产损失，制定本方案。
1.2 本方案适用于公司垃圾池及卸料大厅区域发生的火灾事故。
2 应急组织
2.1 公司成立应急指挥部，总经理任总指挥，分管副总任副总指挥。
3 处置程序
3.1 发现火情后，吊车操作员立即按下消防报警按钮并报告中控室。
3.2 中控室启动垃圾池消防水炮，通知运行值长组织人员疏散。
4 应急联系电话
岗位　电话
中控室　0731-8850219
值长室　0731-8850220
泷溪环能发电有限公司
2025年10月10日
""",
    ),
    dict(
        slug="netdisk-lotus-coop-summary-html-share",
        site="飞鸽云盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.feigepan.example.cn/share/init?surl=Lotus25",
        title="藕埠镇莲藕专业合作社2025年工作总结",
        record_title="藕埠镇莲藕专业合作社2025年工作总结.doc - 飞鸽云盘",
        date="2025-12-18",
        notes="cloud-drive web page: file info, extraction-code prompt, a client-download ad; the document's date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>藕埠镇莲藕专业合作社2025年工作总结.doc - 飞鸽云盘</title></head><body>
<div class="hd">⟦m 飞鸽云盘⟧ ⟦a 客户端下载⟧ ⟦a 登录⟧</div>
<div class="file"><h2>⟦t 藕埠镇莲藕专业合作社2025年工作总结.doc⟧</h2>
<p>⟦m 大小 42KB · 2025-12-20 上传 · 被保存 19 次⟧</p>
<p>⟦a 普通下载⟧ ⟦a 保存到网盘⟧ ⟦a 提取码已自动填写⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="ad">⟦a 下载飞鸽云盘客户端，大文件传输不限速⟧</div>
<div class="ft">⟦m ©2025 飞鸽云盘　服务协议　隐私政策⟧</div>
</body></html>
""",
        body="""
2025年，合作社围绕“稳产量、拓销路、增收入”目标，较好完成了全年工作任务。
全年种植莲藕一千八百亩，总产量三千四百吨，比上年增长一成。
在县城四家商超设立莲藕专柜，直供销售比例达到四成二，社员户均增收六千元。
试制藕粉、藕片两种加工产品，已取得食品生产许可。
存在的问题是冷藏能力不足，采收高峰期部分鲜藕只能低价出售。
藕埠镇莲藕专业合作社
2025年12月18日
""",
    ),
    dict(
        slug="snapshot-text-toll-station-reopen-notice",
        site="搜索引擎文字快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.soukuai.example.com/c?m=9d78d513d9&p=jtj.yanchuan",
        title="关于砚川东收费站恢复全部车道通行的通告",
        record_title="关于砚川东收费站恢复全部车道通行的通告 - 砚川县交通运输局",
        date="2025-07-01",
        notes="a text-only cache: the snapshot banner with crawl time (no date), highlighted keywords note; the original page's own 发布日期",
        page="""
!d 这是搜快网页快照，是网页在 2025年7月3日 06:12:44 的存档。当前页面可能已经更改，点击查看最新页面。
!m 您查询的关键词已被标亮：砚川 收费站
!m 砚川县交通运输局 > 通知公告
{T}
!m 发布日期：2025-07-01　来源：公路建设股
{BODY}
!a 【打印】【关闭】
!m 主办单位：砚川县交通运输局
""",
        body="""
砚川东收费站改扩建工程已经完工并通过交工验收，自2025年7月2日零时起，收费站入口、出口全部车道恢复通行。
改扩建后，收费站由原来的四进六出调整为六进八出，其中ETC专用车道六条。
请过往驾驶人按照车道指示标志有序通行，ETC车辆请提前减速至二十公里每小时以下。
感谢广大驾驶人在施工期间的理解和配合。
砚川县交通运输局
2025年7月1日
""",
    ),
    dict(
        slug="snapshot-rafting-closure-flood-highlight",
        site="搜快快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.soukuai.example.com/s?url=panwan-rafting&d=0702",
        title="磐湾峡谷漂流景区因强降雨暂停营业的公告",
        record_title=None,
        date="2025-07-02",
        notes="a snapshot with no record title: found on the page; banner and a 'cached copy' link; relative time (2小时前) no date; the notice's date at the end",
        page="""
!d 提示：您正在查看的是快照页面，收录于 2小时前，原网页可能已删除或变更。
!a 查看原网页 | 举报快照
!m 磐湾峡谷漂流景区官网 › 景区公告
{T}
{BODY}
!l 景区动态：夏季夜游项目上线 | 漂流旺季购票指南
!m 景区服务电话：0775-6632999
""",
        body="""
尊敬的游客朋友：
受强降雨影响，磐湾峡谷河道水位快速上涨，为确保游客安全，景区自2025年7月3日起暂停漂流项目营业，恢复时间另行通知。
已购买7月3日以后门票的游客，可通过原购票渠道申请全额退款，退款将在七个工作日内原路退回。
给您带来的不便，敬请谅解。
磐湾峡谷漂流景区管理处
2025年7月2日
""",
    ),
    dict(
        slug="print-inkstone-pledge-footer-page",
        site="砚川县市场监督管理局 打印页 (invented)",
        style="打印页",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://scjg.yanchuan.example.gov.cn/print.jsp?id=5523",
        title="文房用品经营者明码标价倡议书",
        record_title="〔打印稿〕文房用品经营者明码标价倡议书",
        date="2025-04-20",
        notes="a print view: print header with URL and print time (no date), a print footer page marker; the pledge's own date",
        page="""
!m 砚川县市场监督管理局
!m 打印时间：2025/09/11 15:02　网址：http://scjg.yanchuan.example.gov.cn/art/2025/4/20/art_4412.html
{T}
!m 发布日期：2025-04-20
{BODY}
!p 第 1 页，共 1 页
!a [打印本页]　[关闭窗口]
""",
        body="""
全县文房用品经营者：
为规范文房用品市场价格秩序，维护消费者合法权益，我们倡议：
一、严格执行明码标价规定，做到一货一签，标价签内容完整、字迹清晰。
二、不虚构原价，不以“限时折扣”“最后一天”等方式诱骗消费者。
三、如实说明砚台、毛笔等商品的材质和产地，不以次充好。
砚川县市场监督管理局
2025年4月20日
""",
    ),
    dict(
        slug="print-xuefang-hospital-visiting-rules",
        site="泷溪县血防医院 打印视图 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.lxxfyy.example.com/print/zd/41.html",
        title="泷溪县血防医院住院患者探视管理规定",
        record_title="打印预览 - 泷溪县血防医院住院患者探视管理规定",
        date="2025-02-10",
        notes="a print view: print header, 'print/close' buttons; articles speaking of 扫码/打印 kept; print footer with page count",
        page="""
!a 打印　　关闭
!m 泷溪县血防医院　www.lxxfyy.example.com
{T}
{BODY}
!p — 第1页 / 共1页 —
!m 打印自泷溪县血防医院网站
""",
        body="""
第一条　为保障住院患者的治疗和休息，维护病区秩序，制定本规定。
第二条　探视时间为每日15时至17时、19时至20时，其他时间谢绝探视。
第三条　探视人员须在病区入口扫码登记，每位患者每次探视不超过两人。
第四条　患者家属需要住院费用清单的，可在住院部自助机上打印。
第五条　本规定自2025年2月10日起执行。
泷溪县血防医院
2025年2月10日
""",
    ),
    dict(
        slug="mail-fwd-lacquer-workshop-request-attachments",
        site="政务邮箱转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="report",
        form="text",
        source="mailto:export/2025-03-27-qikou.eml",
        title="关于申请漆器传习所展陈改造资金的请示",
        title_also=["转发：关于申请漆器传习所展陈改造资金的请示"],
        record_title="转发：关于申请漆器传习所展陈改造资金的请示",
        date="2025-03-25",
        date_also=["2025-03-27"],
        notes="a forwarded mail: From/To/Date headers and the mail's attachment line are chrome; the request's own 附件 list kept; the mail date differs from the request's",
        page="""
!m 发件人：漆口镇文化站 <wenhuazhan@qikou.example.gov.cn>
!m 收件人：县文旅局非遗股 <feiyi@example.gov.cn>
!m 发送时间：2025年3月27日(星期四) 上午10:18
!t 主题：转发：关于申请漆器传习所展陈改造资金的请示
!m 附件：2个（请示.pdf；预算表.xlsx）
!w 非遗股各位老师好，请示原文见下，请审阅。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件可能包含保密信息，如误收请删除。
!a 回复　回复全部　转发
""",
        body="""
县文化和旅游局：
漆口镇漆器传习所展厅建于2012年，展柜老化，照明不足，已不能满足研学接待需要。
为更好展示漆口漆器技艺，我镇拟对传习所展厅进行展陈改造，预算资金四十六万元，其中申请县级非遗保护资金三十万元，其余由镇财政自筹。
妥否，请批示。
附件：1.展陈改造方案
2.资金预算表
漆口镇人民政府
2025年3月25日
""",
    ),
    dict(
        slug="mail-winery-letter-reply-chain-print",
        site="企业邮箱打印 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.puyuanwine.example.com/print?mid=0x8812",
        title="致各经销商的一封信",
        record_title="Re: 回复：致各经销商的一封信",
        date="2025-11-04",
        date_also=["2025-11-05"],
        notes="a webmail print of a reply chain: headers and reply lines are chrome, a quoted previous mail header; the letter's own signature date; mail print footer",
        page="""
!m 葡源酒业企业邮箱
!t 主题：Re: 回复：致各经销商的一封信
!m 发件人：市场部 闵晓禾　时间：2025-11-05 09:42
!m 收件人：全体经销商
!w 各位伙伴：召回事宜的正式函件如下，请转告门店执行，有问题随时回复本邮件。
!m ------------------ 原始邮件 ------------------
!m 发件人：总经理办公室　发送时间：2025年11月4日 17:20
{BODY}
!p 第1页/共1页
""",
        body="""
各经销商：
11月3日，公司发布了部分批次起泡葡萄酒的召回公告。为做好召回工作，请各经销商做到：
一、立即下架生产批号为20250612和20250619的起泡葡萄酒，单独存放。
二、对前来退货的消费者一律无条件办理退货，退货款由公司全额承担。
三、每周五前将召回数量报市场部，联系人：闵晓禾，邮箱：minxh@puyuanwine.example.com。
感谢各位伙伴的理解与配合。
葡源酒业股份有限公司
2025年11月4日
""",
    ),
    dict(
        slug="wenku-santang-festival-plan-oneline-markers",
        site="百川文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.baichuanwk.example.com/d/88310442.html",
        title="第三届伞塘油纸伞文化节活动方案",
        record_title="第三届伞塘油纸伞文化节活动方案（word可编辑）",
        date="2025-08-28",
        notes="a 文库 text on one line, cut by ❮2❯-style markers of my own (⟬2⟭) glued; decorated title; preview prompts",
        oneline=True,
        indent="　　",
        pages=dict(fmt="⟬{n}⟭", every=110, start=2, glue=True),
        page="""
!m 百川文库 > 活动方案 > 文化活动
!t 第三届伞塘油纸伞文化节活动方案（word可编辑）
!m 页数：4　上传时间：2025-09-02　格式：DOC
{BODY}
!a 还剩2页未读，继续阅读
!a 开通文库会员，免费下载本文档
""",
        body="""
为传承油纸伞制作技艺，展示伞塘文化旅游资源，决定举办第三届伞塘油纸伞文化节，特制定本方案。
一、活动时间：2025年10月7日至10月11日。
二、活动地点：伞塘古镇老街、伞塘非遗展示馆。
三、活动内容：举办开幕式暨油纸伞技艺展演，开设伞艺市集，组织中小学生开展研学体验。
四、工作要求：各相关单位要明确专人负责，加强安全保卫和交通疏导，确保活动安全有序。
伞塘县文化和旅游局
2025年8月28日
""",
    ),
    dict(
        slug="fanwen-drum-troupe-host-script-wrapped",
        site="美文范本网 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.meiwenfb.example.com/zhuchici/20250.html",
        title="鼓岭县首届民间锣鼓大赛主持词",
        record_title="鼓岭县首届民间锣鼓大赛主持词（精选范本）_美文范本网",
        date=None,
        notes="hard-wrapped at 60 columns with gap lines; a decorated title; a writing-service prompt between paragraphs; no date (a year in the 'updated' stamp only as crawl metadata)",
        wrap=60,
        gap=True,
        page="""
!m 美文范本网 | 主持词大全
!t 鼓岭县首届民间锣鼓大赛主持词（精选范本）_美文范本网
!m 栏目：活动主持词　更新：09-16
{BODY}
!a 本文共计1205字，点击复制全文
!l 更多主持词：文艺汇演主持词｜广场舞大赛主持词
""",
        body="""
男：尊敬的各位领导、各位来宾，
女：亲爱的父老乡亲们，
合：大家上午好！
男：鼓声响起来，锣声敲起来。今天，我们相聚在鼓岭县文化广场，隆重举行鼓岭县首届民间锣鼓大赛。
女：本次大赛共有来自全县十四个乡镇的二十支锣鼓队参赛，他们将用激昂的鼓点展示新时代乡村的精气神。
⟦w 活动主持词定制，半小时出稿，加微信 mwfb_zcc⟧
男：下面，请欣赏第一支参赛队伍，城关镇锣鼓队带来的《丰收锣鼓》。
合：鼓岭县首届民间锣鼓大赛到此结束，谢谢大家！
""",
    ),
    dict(
        slug="gov-tuping-township-request-oneline",
        site="兔坪乡人民政府网 (invented)",
        style="政府门户",
        genre="请示",
        kind="report",
        form="text",
        source="http://www.tuping.example.gov.cn/xxgk/qs/2025/0304/19.html",
        title="关于申请建设肉兔屠宰冷链设施项目资金的请示",
        record_title="关于申请建设肉兔屠宰冷链设施项目资金的请示 - 兔坪乡人民政府",
        date="2025-03-04",
        notes="a township portal with the whole body on one line (indent-separated); 文号 neutral; 抄送 kept; a font-size row and a page counter",
        oneline=True,
        indent="　　",
        page="""
!m 兔坪乡人民政府网　信息公开
!m 索引号：000014352/2025-00019　主题分类：农业、畜牧
!t 关于申请建设肉兔屠宰冷链设施项目资金的请示 - 兔坪乡人民政府
兔政〔2025〕8号
!a 【字体：大 中 小】　【打印】
{BODY}
!m 本页访问次数：153
!m 兔坪乡人民政府主办　技术维护：县信息中心
""",
        body="""
县农业农村局：
我乡肉兔养殖已形成一定规模，去年出栏肉兔三十余万只，但全乡没有屠宰冷链设施，活兔只能低价外销。
为延长产业链，我乡拟建设肉兔屠宰冷链设施一处，总投资三百二十万元，申请县级产业发展资金一百五十万元。
妥否，请批示。
兔坪乡人民政府
2025年3月4日
抄送：县财政局
""",
    ),
]
