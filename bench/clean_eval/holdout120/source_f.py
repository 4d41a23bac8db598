"""holdout120, part F: a reproductive-medicine ward, the rural toilet revolution, farmland balance,
TB screening, small hydropower, second-hand-house escrow, a summer camp, pupils' lunch naps, rural
house-building approval, 24-hour city study rooms and returning farmland to forest. Everything
invented; see ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-bixie-ivf-head-nurse-report-html",
        site="笔谐 App 分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://m.bixie.example.com/share/doc/77a0c3",
        title="生殖医学科护士长2025年度述职报告",
        record_title="【护理述职】生殖医学科护士长2025年度述职报告｜笔谐",
        date=None,
        notes="writing-app share page in HTML: decorated title ｜app, an open-in-app banner, a continue-reading fold, similar-templates list; no date (a year only in the title)",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>【护理述职】生殖医学科护士长2025年度述职报告｜笔谐</title></head><body>
<div class="banner">⟦a 打开笔谐App，免费领取7天会员⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 笔谐用户 护理小当家 · 1.6k 人已收藏⟧</div>
{BODY}
<div class="fold">⟦a 展开剩余40%⟧</div>
<div class="similar"><p>⟦l 相似模板⟧</p><p>⟦l 门诊护士长述职报告⟧</p><p>⟦l 护理部主任年度工作汇报⟧</p></div>
<div class="bar">⟦a 一键套用　|　复制　|　分享给好友⟧</div>
</body></html>
""",
        body="""
2025年，在护理部和科主任的领导下，我带领生殖医学科护理团队围绕安全、质量、服务三个方面开展工作。现将一年来的工作述职如下。
一、护理质量方面。修订取卵、胚胎移植护理配合流程，全年配合完成取卵手术一千四百余例，未发生护理不良事件。
二、患者服务方面。开设护理咨询门诊，为患者提供促排卵用药指导和心理疏导，患者满意度达到百分之九十七。
三、团队建设方面。组织专科培训二十四次，选送两名护士参加省级生殖护理专科培训，一名护士取得专科护士资格。
四、存在的不足。科研能力较弱，信息化随访还不完善。
明年，我将重点推进随访信息化建设，带领团队争取申报一项院级护理课题。
""",
    ),
    dict(
        slug="gkforum-xiaoan-toilet-revolution-html",
        site="晓岸公考社区 (invented)",
        style="公考论坛",
        genre="面试素材",
        kind="other",
        form="html",
        source="https://www.xiaoangk.example.com/t/5520917",
        title="结构化面试热点：农村“厕所革命”如何防止“建而不用”",
        record_title="[面试素材] 结构化面试热点：农村“厕所革命”如何防止“建而不用”",
        date=None,
        notes="exam community in HTML: decorated title, a VIP-only collapse, an expiry countdown ad, 楼主 card with a relative time; no date",
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 结构化面试热点 - 晓岸公考社区</title></head><body>
<div class="hd">⟦m 晓岸公考社区⟧ ⟦a 登录后查看更多资料⟧</div>
<div class="crumb">⟦m 社区 / 面试交流 / 热点素材⟧</div>
<div class="thread"><h1>{T}</h1>
<div class="author">⟦m 楼主：面霸阿青　|　4天前　|　浏览 6231⟧</div>
{BODY}
<div class="vip">⟦a 本帖隐藏内容：开通会员后可见完整答题框架⟧</div>
</div>
<div class="ad">⟦a 距省考面试还有 23 天｜面试冲刺营限时报名⟧</div>
<div class="reply">⟦l 回复 138　｜　点赞 402　｜　收藏⟧</div>
</body></html>
""",
        body="""
题目：有的地方农村改厕后，厕所成了摆设，群众不愿用、用不好。对此，你怎么看？
答题要点：
第一，肯定意义。农村改厕关系到农民群众的健康和生活品质，是改善农村人居环境的重要内容。
第二，分析原因。一是规划脱离实际，不考虑当地缺水、冬季寒冷等条件；二是重建设轻管护，粪污清掏不及时；三是宣传引导不够，部分群众习惯难改。
第三，提出对策。坚持因地制宜选择改厕模式，建立“有人管、有钱管、有制度管”的长效管护机制，把改厕与生活污水治理、粪污资源化利用结合起来。
第四，总结升华。改厕既要“改”好，更要“用”好，真正让群众得实惠。
""",
    ),
    dict(
        slug="baike-tudi-farmland-balance-entry-html",
        site="土地百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.tudi.example.org/wiki/耕地占补平衡",
        title="耕地占补平衡",
        record_title=None,
        date=None,
        notes="encyclopaedia in HTML: no record title (the entry name in the h1), edit links, contents box, a 20××年 placeholder inside a sentence, references and editor counts",
        page="""
<html><head><meta charset="utf-8"><title>耕地占补平衡 - 土地百科</title></head><body>
<div class="top">⟦m 土地百科　自由编辑的土地知识库⟧ ⟦a 创建词条 | 登录⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a [编辑]⟧ ⟦a [历史版本]⟧ ⟦a [讨论]⟧</div>
<div class="toc">⟦l 目录 1 定义 2 主要要求 3 实施方式⟧</div>
{BODY}
<div class="ref">⟦l 参考文献：土地管理法；耕地保护相关政策文件汇编⟧</div>
<div class="stat">⟦m 本词条已被编辑 37 次，最近编辑者：垄上行⟧</div>
<div class="ft">⟦d 除另有声明外，本站内容采用知识共享署名许可协议⟧</div>
</body></html>
""",
        body="""
耕地占补平衡是指非农业建设经批准占用耕地的，按照“占多少、垦多少”的原则，由占用耕地的单位负责开垦与所占用耕地的数量和质量相当的耕地。
定义
占补平衡的核心是补充耕地的数量不减少、质量不降低。没有条件开垦或者开垦的耕地不符合要求的，应当按规定缴纳耕地开垦费，专款用于开垦新的耕地。
主要要求
补充耕地要先补后占，补充耕地项目验收合格后方可用于占补平衡。地方在编制年度计划时，通常写明“20××年度补充耕地任务”，并分解到各乡镇。
实施方式
主要通过土地整治、高标准农田建设、工矿废弃地复垦等方式补充耕地。
""",
    ),
    dict(
        slug="netdisk-kuaipan-tb-screening-plan-html",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://kp.example.cn/share/init?surl=Tb2025Scr",
        title="2025年重点人群肺结核主动筛查工作方案",
        record_title=None,
        date="2025-02-27",
        notes="cloud-drive preview in HTML: no record title; the file name shows in the file bar (title repeated with .docx), save and download buttons, an expiry line; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>快盘分享 - 超大空间 极速分享</title></head><body>
<div class="bar">⟦m 快盘分享⟧ ⟦a 登录　注册⟧</div>
<div class="file">⟦t 2025年重点人群肺结核主动筛查工作方案.docx⟧ ⟦m 42.6KB　2025-03-04 09:11 分享⟧</div>
<div class="ops">⟦a 保存到快盘⟧ ⟦a 普通下载⟧ ⟦a 高速下载（会员）⟧</div>
<div class="expire">⟦m 失效时间：永久有效⟧</div>
<div class="preview"><h3>{T}</h3>
{BODY}
</div>
<div class="foot">⟦d 快盘禁止分享涉及违法违规的内容⟧</div>
</body></html>
""",
        body="""
为早期发现肺结核患者，减少结核病传播，根据上级疾控部门要求，结合我县实际，制定本方案。
一、筛查对象
六十五岁及以上老年人、糖尿病患者、艾滋病病毒感染者、既往肺结核患者及病原学阳性患者的密切接触者。
二、筛查方法
对筛查对象开展症状问诊，对六十五岁以上老年人和糖尿病患者同时进行胸部影像学检查；发现疑似患者的，转诊到县定点医院进一步诊断。
三、职责分工
县疾控中心负责技术指导和质量控制，各乡镇卫生院负责组织筛查对象，县定点医院负责诊断和治疗。
四、完成时限
各乡镇卫生院于2025年10月底前完成筛查任务，每月5日前报送上月筛查进度。
楮溪县卫生健康局
2025年2月27日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-small-hydropower-text-cache",
        site="快照通 文本快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snap.kuaizhaotong.example.com/text?url=slj.mingshan.example.gov.cn/tz/2025/0605/221.html",
        title="关于开展小水电站生态流量泄放专项检查的通知",
        record_title="关于开展小水电站生态流量泄放专项检查的通知_铭山县水利局",
        date="2025-06-05",
        notes="text-only search cache: cache banner with snapshot time (not a date), a 'view original' link, the original page's crumb and footer; a numbered list of check items kept",
        page="""
!m 您正在查看的是网页的纯文本快照，快照时间：2025-07-19 03:52:10
!a 查看原网页　｜　查看完整快照
!d 快照通与该网页的作者无关，不对其内容负责
!m 铭山县水利局 > 通知公告
{T}
!m 发布时间：2025-06-05　　发布单位：农村水电股
{BODY}
!m 铭山县水利局主办　地址：铭山县滨河路40号
""",
        body="""
各乡镇人民政府，各小水电站：
为落实小水电站生态流量泄放要求，保障河流生态健康，县水利局决定于6月至7月开展小水电站生态流量泄放专项检查。现将有关事项通知如下。
一、检查范围：全县已建成投产的四十二座小水电站。
二、检查内容：
1．生态流量泄放设施是否建成并正常运行；
2．生态流量监测设备是否接入县级监管平台；
3．泄放流量是否达到核定的生态流量要求。
三、工作要求：各电站要在6月20日前完成自查，对检查中发现未按要求泄放生态流量的电站，责令限期整改，整改不到位的依法依规处理。
铭山县水利局
2025年6月5日
""",
    ),
    dict(
        slug="print-dongcheng-housing-escrow-html",
        site="东城区住房和城乡建设局 打印页 (invented)",
        style="打印页",
        genre="通告",
        kind="notice",
        form="html",
        source="https://zjj.dongcheng.example.gov.cn/print/art_2025_41127.html",
        title="关于实施存量房交易资金监管的通告",
        record_title="〔打印稿〕关于实施存量房交易资金监管的通告",
        date="2025-08-01",
        notes="print view in HTML: print/close buttons, the page URL and a print timestamp, a print footer 页码 1/1; the notice's own 咨询电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕关于实施存量房交易资金监管的通告</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖨 打印　✕ 关闭⟧</div>
<div class="site">⟦m 东城区住房和城乡建设局⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布日期：2025-08-01⟧</p>
{BODY}
<hr>
<div class="printinfo">⟦m 原文链接：https://zjj.dongcheng.example.gov.cn/art/2025/8/1/art_41127.html⟧<br>⟦m 打印于 2025-10-14 11:08⟧</div>
<div class="pageno">⟦p 页码 1/1⟧</div>
</body></html>
""",
        body="""
为保障存量房交易资金安全，维护交易当事人合法权益，根据有关规定，自2025年9月1日起，本区实施存量房交易资金监管。现将有关事项通告如下。
一、通过房地产经纪机构成交的存量房买卖，交易资金应当纳入监管账户；买卖双方自行成交的，可以自愿申请资金监管。
二、监管资金包括定金、首付款和购房贷款，由监管银行在不动产转移登记完成后划转至卖方账户。
三、房地产经纪机构及其从业人员不得代收代付交易资金。
四、交易当事人可到区不动产交易中心或合作银行办理资金监管手续。
咨询电话：0311-8706 5521（区不动产交易中心）
东城区住房和城乡建设局
2025年8月1日
""",
    ),
    dict(
        slug="mail-fwd-luming-summer-camp-html",
        site="鹿鸣小学 邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.example.edu.cn/archive/luming/2025-06/msg00412.html",
        title="关于组织学生参加2025年暑期科技夏令营的通知",
        record_title="转发：关于组织学生参加2025年暑期科技夏令营的通知",
        date="2025-06-16",
        date_also=["2025-06-18"],
        notes="mail archive in HTML: header table, the teacher's forwarding note, the notice's own 报名 contact and 附件 list below the mail's attachment row, a quoted-reply line and list footer",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于组织学生参加2025年暑期科技夏令营的通知</title></head><body>
<table class="hdr">
<tr><td>⟦m 发件人：教导处 jiaodao@luming-school.example.cn⟧</td></tr>
<tr><td>⟦m 收件人：各班主任⟧</td></tr>
<tr><td>⟦m 时间：2025年6月18日（周三） 上午8:40⟧</td></tr>
<tr><td>⟦m 附件：1个（夏令营报名表.docx）⟧</td></tr>
</table>
<p>各位班主任：请将以下通知转发到班级家长群，6月25日前汇总报名表。</p>
<p>⟦m ---------- 原始邮件 ----------⟧</p>
<p>⟦t 关于组织学生参加2025年暑期科技夏令营的通知⟧</p>
{BODY}
<div class="list">⟦a 回复　回复全部　转发　删除⟧</div>
<div class="foot">⟦d 本邮件列表仅限鹿鸣小学教职工使用，请勿外转⟧</div>
</body></html>
""",
        body="""
各小学：
为激发学生科学兴趣，区科协、区教育局联合举办2025年暑期科技夏令营。现将有关事项通知如下。
一、活动时间：7月14日至7月18日，共五天。
二、活动地点：区青少年科技活动中心。
三、活动内容：机器人搭建、天文观测、科学实验和参观科技企业。
四、参加对象：四至六年级学生，每校推荐十名。
五、报名方式：各校于6月27日前将报名表报送区青少年科技活动中心，联系人：司马玲，电话：0573-8221706。
附件：暑期科技夏令营报名表
区科学技术协会
区教育局
2025年6月16日
""",
    ),
    dict(
        slug="wenku-xuehai-lunch-nap-plan-glued-markers",
        site="学海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.xuehaiwk.example.com/d/20113409.html",
        title="小学生在校午休“趴睡变躺睡”实施方案",
        record_title="小学生在校午休“趴睡变躺睡”实施方案（word可编辑）",
        date=None,
        notes="文库 preview: (word可编辑) title, page markers ⦗n⦘ glued to the continuation line, a pay prompt between paragraphs, a doc-info line with upload time (not a date); no date in the document",
        page="""
!m 学海文库 | 教育资料一站式下载
!t 小学生在校午休“趴睡变躺睡”实施方案（word可编辑）
!m 上传时间：2025-09-02　　页数：3　　格式：DOCX　　浏览：1,906
!a ￥4.90 购买文档　　VIP免费下载
{BODY}
!a 还剩1页未读，继续阅读
!l 大家都在看：课后服务实施方案 · 校园午餐管理制度 · 家长进校陪餐制度
!d 文库内容由用户上传，若侵犯您的权益请联系我们处理
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⦗{n}⦘", every=150, start=2, glue=True),
        body="""
为保障学生充足睡眠，促进学生身心健康，根据上级关于加强中小学生睡眠管理的要求，结合我校实际，制定本方案。
一、工作目标
本学期内，一至六年级全部实现午休“趴睡变躺睡”，学生午休时间不少于四十分钟。
二、实施方式
（一）课桌椅改造。采购可折叠午休课桌椅，利用教室现有空间，让学生平躺休息。
（二）专用午休室。对教室空间不足的班级，利用空闲功能室设置午休室。
⟦a 完整版方案需付费下载⟧
（三）安排看护。每班安排一名教师午休看护，做好学生午睡情况记录。
三、保障措施
学校成立以校长为组长的工作小组，经费从公用经费中列支，不向家长收取任何费用。
""",
    ),
    dict(
        slug="gov-lianshan-rural-housing-approval-notice",
        site="莲山县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lianshan.example.gov.cn/zwgk/zfwj/2025/0409/5523.html",
        title="关于推行农村村民住房建设“带图审批”的通知",
        record_title="关于推行农村村民住房建设“带图审批”的通知_莲山县人民政府",
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="government text page: _site title, document number line (neutral), 索引号 line, a 'related interpretation' link between paragraphs, 抄送/印发 版记 kept",
        page="""
!m 莲山县人民政府门户网站
!m 首页 › 政务公开 › 政府文件
!m 索引号：LS-2025-00418　　发布日期：2025-04-09
{T}
莲政办发〔2025〕11号
{BODY}
!l 【政策解读】图解：农村建房“带图审批”怎么办？
!a 【打印】【关闭】【我要纠错】
!m 莲山县人民政府办公室主办　　网站标识码：4311330001
""",
        body="""
各乡镇人民政府，县直有关单位：
为规范农村村民住房建设，保障农房质量安全，经县人民政府同意，自2025年5月1日起在全县推行农村村民住房建设“带图审批”。现将有关事项通知如下。
一、村民申请建房时，应当同时提交建房设计图纸，可以选用县住建局免费提供的通用图集，也可以委托有资质的单位设计。
⟦l 相关解读：县住建局负责人解读“带图审批”⟧
二、乡镇审批时对图纸进行审查，批准后按图放样、按图施工，乡镇组织验线、基础和主体结构等关键环节现场检查。
三、三层及以上的农房，必须委托有资质的单位设计和施工。
四、住房建成后，乡镇组织竣工验收，验收合格的方可申请办理不动产登记。
莲山县人民政府办公室
2025年4月8日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
莲山县人民政府办公室　　2025年4月8日印发
""",
    ),
    dict(
        slug="wechat-shuxiang-city-study-room-html",
        site="书香云溪 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.wenmirror.example.net/article/YunXiShuXiang/20250423",
        title="“城市书房”文明阅读倡议书",
        record_title="“城市书房”文明阅读倡议书",
        date="2025-04-23",
        notes="WeChat mirror in HTML: account header with date, a 'star us' prompt at the top, a divider picture caption between paragraphs, a sentence asking readers to 扫码入馆 and 分享 (kept), the end follow card",
        page="""
<html><head><meta charset="utf-8"><title>“城市书房”文明阅读倡议书</title></head><body>
<div class="mirror-bar">⟦d 本页由镜像站自动生成，与原公众号无关⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 云溪图书馆　书香云溪　2025-04-23 08:00⟧</p>
<p>⟦a 👆点击“书香云溪”，设为星标，不错过每一次活动⟧</p>
{BODY}
<p>⟦a 长按二维码，关注书香云溪⟧</p>
<p>⟦l 往期推荐：城市书房新增三处 | 四月读书会报名⟧</p>
<p>⟦l 赞　分享　推荐⟧</p>
</body></html>
""",
        p_html='<p style="text-indent:2em;margin-bottom:12px;">{}</p>',
        body="""
亲爱的读者朋友们：
全市十二家二十四小时“城市书房”开放以来，已累计接待读者六十余万人次。在世界读书日到来之际，我们向广大读者发出如下倡议：
一、安静阅读。进入书房请将手机调至静音，接打电话请到室外，不大声交谈。
⟦m ——　书香满城　——⟧
二、爱护书刊。读完的图书请放回还书车，不在书上涂画、折页。
三、文明入馆。请扫码或刷读者证入馆，不在书房内饮食、吸烟，离开时带走个人物品。
四、传递书香。欢迎把你在书房读到的好书分享给身边的人，让更多人爱上阅读。
云溪市图书馆
2025年4月23日
""",
    ),
    dict(
        slug="fanwen-xinyu-returning-farmland-oneline",
        site="心语范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xinyufanwen.example.com/zongjie/linye/50317.html",
        title="乡镇退耕还林补助资金兑付工作总结",
        record_title="乡镇退耕还林补助资金兑付工作总结范文（最新）",
        date=None,
        notes="范文 page whose body is one line (paragraphs apart only by the indent), decorated title, a pay-to-copy prompt, tag and related lists; no date",
        page="""
!m 心语范文 - 专业的范文写作平台
!t 乡镇退耕还林补助资金兑付工作总结范文（最新）
!m 栏目：林业总结　　时间：收录于2天前　　来源：网友投稿
{BODY}
!a 复制受限，开通会员后可一键复制全文
!l 标签：退耕还林　补助资金　林业工作总结
!l 相关范文：乡镇林长制工作总结 | 生态护林员管理工作总结
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
今年以来，我镇认真落实退耕还林政策，全面完成了补助资金兑付工作，共兑付补助资金二百一十六万元，涉及农户一千四百三十二户。
一是摸清底数。组织林业站和村干部逐块核实退耕地块面积和林木成活情况，建立一户一档。
二是公开公示。补助对象、面积和金额在各村公示七天，接受群众监督，公示期间未收到异议。
三是直补到户。补助资金全部通过“一卡通”直接发放到农户账户，杜绝截留挪用。
下一步，我们将加强退耕还林后续管护，巩固退耕还林成果。
""",
    ),
]
