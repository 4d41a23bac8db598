"""holdout128, part F: written blind. Invented sites, places, people and numbers."""

CASES = [
    dict(
        slug="wiki-zhishu-commendation-letter-entry",
        site="知书百科 (invented)",
        style="百科问答",
        genre="表扬信",
        kind="other",
        form="text",
        source="https://baike.zhishu.example.com/item/biaoyangxin-fanli/33021",
        title="给市政维修班的表扬信",
        record_title="表扬信范例：给市政维修班的表扬信 - 知书百科",
        date="2025-01-09",
        notes="encyclopedia page with edit links, 'cite this entry', catalogue box, contributor count; a decorated record title; the example letter is the body; signature date",
        page="""
!m 知书百科 — 人人可编辑的知识库
!l 目录　1 基本格式　2 范例　3 写作要点
!a [编辑本段]　[引用本词条]
{T}
{BODY}
!m 词条统计：浏览次数 8021｜编辑次数 14｜最近更新 2025-02-03
!l 词条标签：应用文　书信　表扬信
!d 本词条内容由网友共同编辑，如有错误请提交修改意见
""",
        body="""
市政工程维修中心道路维修班：
1月6日夜间，我小区门口主干道突发路面塌陷，贵班接到报修后冒着严寒连夜赶到现场，设置围挡，抢修路面，第二天早高峰前恢复通行。
抢修过程中，班组同志们还主动帮助小区清理积水，耐心解答居民询问。
在此，我们代表全体居民向道路维修班全体同志表示衷心的感谢！
桂苑小区业主委员会
2025年1月9日
""",
    ),
    dict(
        slug="wiki-wenhai-disaster-day-qa-html",
        site="问海知识 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenhai-zs.example.cn/q/fangzai-jianzai-ri.html",
        title="全国防灾减灾日家庭应急物资怎么准备？",
        record_title="全国防灾减灾日家庭应急物资怎么准备？_问海知识",
        date=None,
        notes="knowledge Q&A HTML: answerer credential, 'was this helpful' bar, related questions, a 'report error' action; list of supplies kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>全国防灾减灾日家庭应急物资怎么准备？_问海知识</title></head><body>
<div class="logo">⟦m 问海知识 · 专业的生活知识平台⟧</div>
<div class="bread">⟦m 问海知识 > 安全常识 > 应急避险⟧</div>
<h1>⟦t 全国防灾减灾日家庭应急物资怎么准备？⟧</h1>
<div class="expert">⟦m 应急救援培训师 童乐言 已认证　回答于 2024-05-11⟧</div>
{BODY}
<div class="useful">⟦l 这个回答对您有帮助吗？ 有用 ｜ 没用⟧</div>
<div class="err">⟦a 我要纠错⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 地震时躲在哪里最安全？⟧</p><p>⟦l 家用灭火器多久换一次？⟧</p></div>
</body></html>
""",
        body="""
家庭应急物资建议按“72小时自救”准备，放在家人都知道、方便拿取的地方。
1. 饮用水和食品：每人每天约2升水，准备压缩饼干、罐头等不易变质的食品。
2. 应急工具：手电筒、备用电池、哨子、多功能刀具、收音机。
3. 医疗用品：创可贴、纱布、消毒用品和家人常用药。
4. 重要物品：身份证件复印件、少量现金、家庭成员联系卡。
物资要每半年检查一次，过期的食品和药品及时更换。
""",
    ),
    dict(
        slug="netdisk-yunhe-emergency-reserve-rules-text",
        site="云盒网盘分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://pan.yunhe.example.com/s/1Kx8pQeW3v",
        title="县级应急物资储备库管理制度",
        record_title="县级应急物资储备库管理制度.pdf",
        date="2024-08-30",
        notes="cloud-drive share page with file list, extraction code, 'save to my drive' actions, PDF text with running page markers p.n/4; file-name title; 印发 date kept",
        pages=dict(fmt="p.{n}/4", every=150, start=2, glue="mix"),
        page="""
!m 云盒网盘 | 安全存储 极速分享
!m 分享者：应急小**　分享时间：2024-09-02 14:11　有效期：永久
!t 县级应急物资储备库管理制度.pdf（312KB）
!a 保存到我的云盒　下载　（提取码：r7kd）
{BODY}
!a 文件预览仅显示部分内容，登录后可查看全部
!d 请勿分享违法违规内容，举报请点击右上角
""",
        body="""
第一条　为加强县级应急物资储备库管理，确保应急物资储存安全、调运及时，制定本制度。
第二条　储备库实行专人管理，库管员须熟悉物资性能和储存要求，做到账物相符、账账相符。
第三条　物资入库应逐件验收，核对品名、规格、数量和生产日期，验收合格后登记入账。
第四条　库房应保持通风、干燥，做好防火、防潮、防鼠工作，每月开展一次全面检查。
第五条　发生突发事件时，凭县应急管理局调拨通知出库，紧急情况下可先电话通知后补手续。
第六条　本制度自印发之日起施行。
县应急管理局办公室　2024年8月30日印发
""",
    ),
    dict(
        slug="netdisk-pansu-telecom-room-inspection-html",
        site="盘速分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.pansu-share.example.net/f/tx-jifang-xunjian",
        title="通信机房日常巡检制度",
        record_title=None,
        date=None,
        notes="cloud-share HTML: file card with size and expiry, a 'speed up download' VIP prompt, a QR code prompt, an online preview of the DOCX; no record title (title from the file card without extension); no date",
        title_also=["通信机房日常巡检制度.docx"],
        page="""
<html><head><meta charset="utf-8"><title>盘速分享 - 文件预览</title></head><body>
<div class="hd">⟦m 盘速分享⟧ ⟦a 登录 | 注册送10G空间⟧</div>
<div class="card"><div class="name">⟦t 通信机房日常巡检制度⟧.docx</div>
<div class="meta">⟦m 大小：58.2KB　过期时间：30天后⟧</div>
<div class="btn">⟦a 普通下载⟧ ⟦a 超速下载（VIP）⟧</div></div>
<div class="preview">
{BODY}
</div>
<div class="qr">⟦a 手机扫码，随时查看文件⟧</div>
<div class="ft">⟦d 盘速分享仅提供存储空间，文件内容由分享者负责⟧</div>
</body></html>
""",
        body="""
一、巡检频次
核心机房每日巡检两次（9:00、16:00），汇聚机房每日巡检一次，节假日不间断。
二、巡检内容
1. 环境：机房温度保持在18至27摄氏度，湿度40%至70%，无漏水、无异味。
2. 电源：检查市电、UPS和蓄电池工作状态，记录输出电压和负载率。
3. 设备：查看传输、交换和数据设备告警灯，发现紧急告警立即上报网管中心。
三、巡检记录
巡检人员应如实填写巡检记录表，双人签字，记录保存一年。
""",
    ),
    dict(
        slug="snapshot-sousuo-school-bullying-text",
        site="搜所快照 (invented)",
        style="搜索快照",
        genre="方案",
        kind="plan",
        form="text",
        source="http://cache.sousuo.example.com/c?u=www.zhuxi-zx.example.edu.cn/xwdt/1206.html",
        title="竹溪中学预防学生欺凌专项治理工作方案",
        record_title="竹溪中学预防学生欺凌专项治理工作方案",
        date="2024-09-06",
        notes="text-only search cache with banner naming the original URL and snapshot time (crawl stamp is no date), highlighted-keywords line; 成文日期 at end; the original page's own breadcrumb inside",
        page="""
!m 这是 http://www.zhuxi-zx.example.edu.cn/xwdt/1206.html 的快照，是网页在 2025年3月2日 的存档。
!m 当前页面可能已经更改，请点击这里查看当前页面。
!m 以下搜索词已高亮显示：竹溪中学 欺凌
!m 竹溪中学 > 新闻动态 > 德育工作
{T}
{BODY}
!l 返回首页 | 上一篇 | 下一篇
!d 搜所快照与该网页作者无关，不对其内容负责。
""",
        body="""
为切实预防和有效处置学生欺凌事件，营造安全和谐的校园环境，结合我校实际，制定本方案。
一、治理目标
通过专项治理，做到学生欺凌早发现、早干预、早处置，全面提升师生防范欺凌的意识和能力。
二、主要措施
1. 每学期开展一次防欺凌主题班会和法治讲座。
2. 设立学生心理咨询室和“悄悄话”信箱，畅通求助渠道。
3. 班主任每周与学生谈心，及时掌握学生思想动态。
三、处置程序
发现疑似欺凌事件，当事教师应立即制止并报告学校防欺凌工作小组，小组在24小时内开展调查认定。
竹溪中学
2024年9月6日
""",
    ),
    dict(
        slug="snapshot-kuaiso-copper-mine-closure-html",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://snapshot.kuaiso.example.net/cache?id=88a1f0&url=zrzyj.tongling-x.example.gov.cn",
        title="关于大冲铜矿闭坑地质环境治理工程竣工验收的公示",
        record_title="关于大冲铜矿闭坑地质环境治理工程竣工验收的公示",
        date="2025-03-27",
        notes="snapshot frame HTML around an old government page: cache banner, original portal header and footer; the 公示's own 监督电话 kept; 公示期 dates in the body are not the date; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>快搜快照</title></head><body>
<div class="cachebar">⟦m 快搜网页快照　抓取时间：2025-04-11 03:17　原网址：zrzyj.tongling-x.example.gov.cn⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div class="gov">⟦m 桐岭县自然资源局⟧</div>
<div class="nav">⟦m 首页　政务公开　业务工作　公示公告⟧</div>
<h3>⟦t 关于大冲铜矿闭坑地质环境治理工程竣工验收的公示⟧</h3>
<div class="src">⟦m 日期：2025-03-27　来源：地质环境股⟧</div>
{BODY}
<div class="gov-foot">⟦m 主办单位：桐岭县自然资源局　联系电话：0562-8812007⟧</div>
</div>
<div class="cachefoot">⟦d 快照仅为缓存内容，不代表快搜观点⟧</div>
</body></html>
""",
        body="""
大冲铜矿闭坑地质环境治理工程已按设计完成施工，经初步验收合格。现将有关情况公示如下：
一、治理内容：削坡整形2.3万立方米，修建截排水沟1.6公里，覆土复绿12.8公顷。
二、公示期：2025年3月28日至4月3日。
三、公示期内，任何单位和个人对治理工程有异议的，可向县自然资源局实名反映。
监督电话：0562-8812031。
桐岭县自然资源局
2025年3月27日
""",
    ),
    dict(
        slug="print-lingang-coking-env-disclosure-text",
        site="临港焦化有限公司 (invented)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lgjh.example.com/hbgk/print.asp?id=118",
        title="临港焦化有限公司2024年度环境信息公开",
        record_title="临港焦化有限公司2024年度环境信息公开 - 打印版",
        date="2025-01-20",
        notes="print view: print header with URL and print time (not a date), 'print/close' action, print footer page count; emission table kept; the company's own 环保咨询电话 kept",
        page="""
!m 打印时间：2025/7/3 上午10:21:45
!m 本页地址：http://www.lgjh.example.com/hbgk/show.asp?id=118
!a [打印本页]　[关闭窗口]
{T}
{BODY}
!m 第 1 页，共 1 页
""",
        body="""
一、基础信息
单位名称：临港焦化有限公司；生产地址：临港县化工园区纬三路6号；主要产品：冶金焦、焦油、粗苯。
二、排污信息
排放口　污染物　排放浓度（mg/m3）　执行标准（mg/m3）
焦炉烟囱　颗粒物　6.2　10
焦炉烟囱　二氧化硫　18.5　30
焦炉烟囱　氮氧化物　96.3　150
三、防治污染设施建设和运行情况
焦炉烟气脱硫脱硝设施、装煤出焦除尘设施运行正常，全年运行率99%以上。
环保咨询电话：0518-8762210。
临港焦化有限公司
2025年1月20日
""",
    ),
    dict(
        slug="print-yuzhou-folk-artists-register-html",
        site="禹州市民间文艺家协会 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yzmx.example.org/print.php?aid=2207",
        title="关于开展民间艺人信息登记工作的通知",
        record_title="关于开展民间艺人信息登记工作的通知",
        date="2025-04-25",
        notes="print-view HTML with a print stylesheet, site name and print-time header, 'print/back' buttons hidden on print, footer URL; 附件 and 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于开展民间艺人信息登记工作的通知</title><style media="print">.noprint{display:none}</style></head><body>
<div class="ph">⟦m 禹州市民间文艺家协会网站⟧　⟦m 打印日期：2025-06-30⟧</div>
<div class="noprint">⟦a 打印　返回⟧</div>
<h2>⟦t 关于开展民间艺人信息登记工作的通知⟧</h2>
{BODY}
<div class="pf">⟦m 原文链接：http://www.yzmx.example.org/show.php?aid=2207⟧</div>
</body></html>
""",
        body="""
各县（市、区）民间文艺家协会：
为全面掌握我市民间艺人基本情况，加强民间文艺人才队伍建设，市民协决定开展民间艺人信息登记工作。
一、登记范围：从事剪刻、泥塑、面塑、民间绘画、民间说唱等民间文艺活动，具有一定技艺水平的艺人。
二、登记内容：艺人姓名、年龄、技艺门类、从艺年限、代表作品及传承情况。
三、时间要求：请于5月31日前将登记表电子版报送市民协秘书处。
联系人：黎晓岚，电话：0374-6228015。
附件：禹州市民间艺人信息登记表
禹州市民间文艺家协会
2025年4月25日
""",
    ),
    dict(
        slug="mail-huanya-office-building-outage-forward",
        site="寰亚大厦物业邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://forward/2025-05-14/huanya-outage",
        title="关于寰亚大厦5月17日计划停电的通知",
        record_title="Fw: 关于寰亚大厦5月17日计划停电的通知",
        date="2025-05-13",
        notes="forwarded mail: header block (from/to/date/subject) as meta, the forwarder's own note, mail-client footer; the notice's own 值班电话 kept; 落款 date differs from the mail date",
        page="""
!m 发件人：行政部-蒋蕾 <jianglei@kunhe-tech.example.com>
!m 发送时间：2025年5月14日 9:02
!m 收件人：全体员工
!m 主题：Fw: 关于寰亚大厦5月17日计划停电的通知
!m 各位同事，转发大厦物业通知，请周五下班前关闭电脑并保存好文件。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及附件可能包含保密信息，如您误收，请立即删除并通知发件人。
!m 从我的手机邮箱发送
""",
        body="""
各入驻单位：
因供电部门对大厦配电房进行年度检修，寰亚大厦定于2025年5月17日（星期六）8:00至18:00全楼停电，届时电梯、空调、照明将停止运行。
请各单位提前做好以下准备：
1. 关闭电脑、打印机等用电设备，断开电源。
2. 机房有不间断电源的单位，请提前确认续航时间。
3. 停电期间如需进入大厦，请走东侧消防楼梯，并注意安全。
物业值班电话：0571-8806 4410。
寰亚大厦物业服务中心
2025年5月13日
""",
    ),
    dict(
        slug="mail-xuelin-academic-conference-html",
        site="学林会务邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://webmail.xuelin-univ.example.edu.cn/read?mid=77120",
        title="关于召开第五届湿地生态学术研讨会的通知（第二轮）",
        record_title="转发：关于召开第五届湿地生态学术研讨会的通知（第二轮）",
        date="2025-06-20",
        notes="webmail HTML read view: folder list, header table, reply/forward buttons, attachment chip (an action), unsubscribe footer; the notice's own 会务组 contacts and 邮箱 kept; 回执 line kept",
        page="""
<html><head><meta charset="utf-8"><title>学林大学邮件系统</title></head><body>
<div class="folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送⟧</div>
<div class="ops">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<table class="mailhead"><tr><td>⟦m 发件人：生态学院办公室 &lt;styxy@xuelin-univ.example.edu.cn&gt;⟧</td></tr>
<tr><td>⟦m 时间：2025年6月23日(星期一) 上午10:41⟧</td></tr>
<tr><td>⟦m 主题：转发：关于召开第五届湿地生态学术研讨会的通知（第二轮）⟧</td></tr></table>
<div class="att">⟦a 附件：参会回执.docx（18KB）下载 预览⟧</div>
<div class="mailbody">
<p>⟦t 关于召开第五届湿地生态学术研讨会的通知（第二轮）⟧</p>
{BODY}
</div>
<div class="foot">⟦d 本邮件由学林大学邮件系统发送，如不希望继续接收此类通知，请联系管理员⟧</div>
</body></html>
""",
        body="""
各有关单位、专家学者：
第五届湿地生态学术研讨会定于2025年8月15日至17日在澄湖市召开，现将会议有关事项通知如下。
一、会议主题：湿地保护修复与生物多样性。
二、会议地点：澄湖国际会议中心（澄湖市滨湖大道8号）。
三、会议注册：请于7月15日前提交参会回执和论文摘要，注册费标准为教师1200元、学生600元。
四、会务组联系人：许嘉禾 0512-6693 1207；邮箱：wetland2025@xuelin-univ.example.edu.cn。
第五届湿地生态学术研讨会组委会
2025年6月20日
""",
    ),
]
