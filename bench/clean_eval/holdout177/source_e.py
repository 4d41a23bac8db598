"""holdout177, part E: electric irons (电熨斗) — a vocational school's tender, a lawyer on a
child's burn, a residents' rental-room fire notice, a small-appliance association's survey, a
steam-iron launch, a pattern-making school's pressing course, a hotel linen-room 心得 in a
writing app, an exam-forum interview answer, an encyclopaedia entry, a garment factory's
safety rule on a cloud drive, a spot-check in a text cache, a guest-room lending rule in print
view and a recall forwarded to dealers. Everything invented."""

CASES = [
    dict(
        slug="tender-iron-vocational-garment-lab-purchase",
        site="崧浦市公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ggzy.songpu.example.gov.cn/jyxx/zfcg/cggg/2025/0519/30218.html",
        title="崧浦市中等职业学校服装实训室设备采购项目公开招标公告",
        record_title="崧浦市中等职业学校服装实训室设备采购项目公开招标公告",
        date="2025-05-19",
        notes="tender portal as text: bidder login and CA lines beside the purchaser's own contacts; lots table; 获取招标文件 sentence speaks of 下载 as content",
        page="""
!m 崧浦市公共资源交易中心　交易信息 > 政府采购 > 采购公告
!m 信息来源：崧浦市中等职业学校　发布时间：2025-05-19　阅读：213
{T}
{BODY}
!a 投标人登录　　我要投标　　下载招标文件
!w 数字证书(CA)办理热线：0736-2209911
!m 崧浦市公共资源交易中心　版权所有
""",
        body="""
一、项目编号：SPZC-2025-1163
二、采购需求
包号　名称　数量　预算
1　蒸汽电熨斗及吸风烫台　四十套　十六万元
2　工业平缝机　四十台　二十二万元
三、投标人资格：具有独立法人资格，近三年经营活动中无重大违法记录。
四、获取招标文件：5月20日至5月26日，在交易中心网站免费下载。
五、联系方式：采购人崧浦市中等职业学校，联系人阮老师，电话0736-2231806。
""",
    ),
    dict(
        slug="lawfirm-iron-child-burn-liability-consult",
        site="嶂口明理律师事务所 (invented)",
        style="律所网站",
        genre="法律分析",
        kind="other",
        form="html",
        source="https://www.zkmingli-law.example.com/fzjt/2025/0708/61.html",
        title="孩子被电熨斗烫伤，谁来担责？",
        record_title="法律讲堂丨孩子被电熨斗烫伤，谁来担责？",
        date=None,
        notes="law-firm page: consult widget, lawyer card, disclaimer, hot topics; record title 法律讲堂丨; no date",
        page="""
<html><head><meta charset="utf-8"><title>孩子被电熨斗烫伤，谁来担责？ - 嶂口明理律师事务所</title></head><body>
<div class="hd">⟦m 嶂口明理律师事务所⟧ ⟦m 以法明理 · 以诚待人⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　法律讲堂　联系我们⟧</div>
<h1>{T}</h1>
<div class="card">⟦m 主讲律师：傅思远　执业十二年　擅长侵权责任纠纷⟧</div>
<div class="art">
{BODY}
</div>
<div class="disc">⟦d 本文仅供普法参考，具体案件请以专业律师意见为准。⟧</div>
<div class="consult">⟦w 免费咨询：0745-8890168　或点击右下角在线留言⟧</div>
<div class="hot">⟦l 热门话题：宠物伤人怎么赔｜装修噪音扰民能起诉吗⟧</div>
</body></html>
""",
        body="""
一位母亲熨衣服时接电话，把通电的电熨斗放在床边，三岁的孩子伸手触碰，手背被烫伤。
这种情况下，家长作为监护人未尽到看护义务，损失一般由家庭自行承担。
但如果电熨斗存在质量缺陷，比如自动断电功能失灵、外壳隔热不达标，导致温度异常升高，受害人可以向生产者或销售者主张赔偿。
建议家长使用后立即断电，把熨斗放在儿童够不到的地方；发生烫伤后先用流动冷水冲洗十五分钟，再及时就医。
""",
    ),
    dict(
        slug="community-iron-rental-room-fire-safety",
        site="嵋溪街道桂岭社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://guiling.meixijd.example.org/gg/2025/1105.html",
        title="关于出租屋安全使用电熨斗等大功率电器的温馨提示",
        record_title="关于出租屋安全使用电熨斗等大功率电器的温馨提示",
        date="2025-11-05",
        notes="residents' site: weather widget, grid-worker box and property line beside the community's own 联系人/电话; numbered tips; signature date",
        page="""
<html><head><meta charset="utf-8"><title>桂岭社区 - 社区公告</title></head><body>
<div class="top">⟦m 桂岭社区服务网⟧ ⟦m 今日 晴 9~18℃ 空气质量 良⟧</div>
<div class="nav">⟦m 社区首页 · 社区公告 · 办事指南 · 邻里互助⟧</div>
<h2>{T}</h2>
<div class="content">
{BODY}
</div>
<div class="grid">⟦m 网格员：聂思琪　网格号 MX-07⟧ ⟦w 物业服务热线：0735-7711890⟧</div>
<div class="foot">⟦l 返回公告列表⟧ ⟦m 桂岭社区居委会 版权所有⟧</div>
</body></html>
""",
        body="""
各位房东、租户：
入冬以来，辖区出租屋用电负荷增加。为防范电气火灾，请大家注意以下几点：
1. 电熨斗、电暖器等大功率电器不要与其他电器共用一个插线板。
2. 熨烫衣物时人不离开，用完立即拔掉插头，待熨斗冷却后再收纳。
3. 严禁在床上、沙发上熨烫衣物。
社区将联合消防站开展出租屋用电安全检查，请大家配合。
联系人：邱红霞　电话：0735-7702651
桂岭社区居民委员会
2025年11月5日
""",
    ),
    dict(
        slug="association-iron-small-appliance-survey",
        site="嵛江市小家电行业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yjxjd.example.org.cn/hyyj/2025/0920.html",
        title="嵛江市电熨斗产业发展情况调研报告",
        record_title="【协会动态】嵛江市电熨斗产业发展情况调研报告",
        date="2025-09-20",
        notes="association text page: member login line, 会员单位 list, a table of output by type, Chinese-numeral signature date",
        page="""
!m 嵛江市小家电行业协会　　会员登录 | 入会申请
!m 首页 > 行业研究
!t 【协会动态】嵛江市电熨斗产业发展情况调研报告
{BODY}
!l 会员单位：嵛江电器　恒暖家电　欣熨科技
!d 本站内容版权归协会所有，转载请注明来源
""",
        body="""
今年七月至八月，协会对全市二十三家电熨斗生产企业开展了调研。
一、基本情况。全市电熨斗年产量约一千一百万台，其中出口占百分之六十。
类型　年产量　占比
干式电熨斗　二百四十万台　百分之二十二
蒸汽电熨斗　六百一十万台　百分之五十五
挂烫机　二百五十万台　百分之二十三
二、主要问题。原材料价格上涨，中小企业利润率降至百分之三左右；自主品牌少，多为贴牌加工。
三、建议。支持企业开发智能温控产品，组织企业抱团参加境外展会。
嵛江市小家电行业协会
二〇二五年九月二十日
""",
    ),
    dict(
        slug="company-iron-steam-launch-news-float",
        site="恒暖家电 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengnuan-home.example.com/news/2025/0412/115.html",
        title="恒暖家电发布新一代防滴漏蒸汽电熨斗",
        record_title="恒暖家电发布新一代防滴漏蒸汽电熨斗_企业新闻_恒暖家电",
        date="2025-04-12",
        record_date="2025-04-12",
        notes="company site: online-service float, product-centre nav, 400 line footer; byline date; photo caption glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>恒暖家电发布新一代防滴漏蒸汽电熨斗_企业新闻_恒暖家电</title></head><body>
<div class="header">⟦m 恒暖家电　温暖每一个家⟧</div>
<div class="nav">⟦m 首页 | 关于恒暖 | 产品中心 | 新闻动态 | 服务支持 | 招贤纳士⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-04-12　来源：品牌部⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="float">⟦w 在线客服⟧ ⟦a 产品手册下载⟧</div>
<div class="footer">⟦w 全国服务热线 400-816-7788⟧ ⟦m 粤ICP备19088213号-2⟧</div>
</body></html>
""",
        body="""
4月11日，恒暖家电在嵛江总部发布新一代防滴漏蒸汽电熨斗，新品采用双层温控设计，低温熨烫时不再滴水。
研发负责人介绍，团队历时十四个月，解决了蒸汽熨斗低温出水不汽化的问题。⟦m （图为发布会现场）⟧
新品已在各大电商平台上架，首批三万台将于本月底发货。
""",
    ),
    dict(
        slug="training-iron-pattern-school-pressing-course",
        site="巧裁缝服装制版培训 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="html",
        source="https://www.qiaocaifeng.example.com/course/tang.html",
        title="服装熨烫工艺课程教学安排",
        record_title="学员心声 | 服装熨烫工艺课程教学安排",
        date=None,
        notes="training school page: trial-class float, 400 enrolment line beside the school's own 联系人, course table; no date",
        page="""
<html><head><meta charset="utf-8"><title>服装熨烫工艺课程教学安排 - 巧裁缝服装制版培训</title></head><body>
<div class="top">⟦m 巧裁缝服装制版培训学校⟧ ⟦m 小班教学 · 包学会⟧</div>
<div class="nav">⟦m 首页　课程中心　师资力量　学员作品　报名咨询⟧</div>
<h1>{T}</h1>
<div class="main">
{BODY}
</div>
<div class="float">⟦a 预约试听⟧ ⟦a 领取课程资料⟧</div>
<div class="foot">⟦w 招生热线 400-600-3520⟧ ⟦m 校址：峄湖县纺织路88号⟧</div>
</body></html>
""",
        body="""
课程目标：掌握电熨斗、蒸汽烫台的正确使用方法，能独立完成衬衫、西裤、外套的成品熨烫。
课次　内容　要点
第一次　熨斗与烫台的使用　温度档位与面料对应
第二次　衬衫熨烫　领、袖、前襟顺序
第三次　西裤熨烫　挺缝线一次成型
第四次　外套整烫　归拔与定型
学员须自备熨烫布一块，电熨斗由学校提供。
联系人：钟老师　电话：0739-7766021
""",
    ),
    dict(
        slug="fanwenapp-iron-hotel-linen-insight-oneline",
        site="公文笔记 App (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.gwbiji-app.example.com/s/Fz7QkL2",
        title="酒店布草房员工岗位心得",
        record_title="酒店布草房员工岗位心得（通用版）｜公文笔记",
        date=None,
        notes="writing-app share: one-line body, open-app banner, share stamp (no date), member copy prompt",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a 在公文笔记App内打开，免费查看全文
!t 酒店布草房员工岗位心得（通用版）｜公文笔记
!m 笔记用户 7782 分享 · 3天前
{BODY}
!a 会员可一键复制导出Word
!l 同类范文：客房服务员工作总结　酒店新员工培训心得
""",
        body="""
到酒店布草房工作半年，我每天要熨烫台布、床裙上百件，对“熨平”二字有了新的理解。
熨台布先喷水再熨，顺着布纹走熨斗，折痕才会笔直；熨化纤口布要调低温度，否则一烫就发亮。
有一次我赶时间把熨斗温度调高，烫坏了一块丝绒桌旗，主管没有批评我，而是教我先在边角试温。
我体会到，细节决定品质，每一件平整的布草背后都是耐心。
""",
    ),
    dict(
        slug="gkforum-iron-interview-answer-junk",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.gkyizhan.example.com/t/408812",
        title="面试真题：如何理解“当好群众心中褶皱的熨斗”",
        record_title="[面试真题] 如何理解“当好群众心中褶皱的熨斗” - 结构化面试 - 公考驿站论坛",
        date=None,
        notes="exam forum text: junk lines and glued junk, relative post time (no date), reply-to-view prompt, thread nav",
        junk=dict(lines=1, glued=2),
        page="""
!m 公考驿站论坛 » 结构化面试 » 真题讨论
!t [面试真题] 如何理解“当好群众心中褶皱的熨斗”
!m 楼主：上岸的小鹿　|　5 小时前　|　查看 1330　回复 27
{BODY}
!a 回复本帖可查看老师点评
!l 下一帖：2025年选调生面试真题汇总（持续更新）
""",
        body="""
我的作答思路是这样的，请各位指点：
“熨斗”这个比喻很形象，群众心里的褶皱，就是生活中遇到的难事、烦心事，干部要像熨斗一样，用温度把它熨平。
一是要有温度，对群众的诉求真心倾听，不推诿、不敷衍。
二是要有耐心，难题往往不是一次就能解决的，要反复跟进，直到问题化解。
三是要有方法，把政策讲透，把办法想全，让群众真正感到舒心。
""",
    ),
    dict(
        slug="wiki-iron-entry-edit-history",
        site="百知词典 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.baizhicd.example.com/wiki/电熨斗",
        title="电熨斗",
        record_title="电熨斗 - 百知词典",
        date=None,
        notes="encyclopaedia page: contents box, edit/history links, infobox rows, references, last-edit stamp (no date)",
        page="""
<html><head><meta charset="utf-8"><title>电熨斗 - 百知词典</title></head><body>
<div class="logo">⟦m 百知词典　自由的知识库⟧</div>
<div class="tabs">⟦a 条目　讨论　编辑　查看历史⟧</div>
<h1>⟦t 电熨斗⟧</h1>
<table class="infobox"><tr><td>⟦m 外文名：electric iron⟧</td></tr><tr><td>⟦m 类别：家用电器⟧</td></tr></table>
<div class="toc">⟦l 目录 1 结构 2 类型 3 使用注意⟧</div>
<div class="mw-content">
{BODY}
</div>
<div class="refs">⟦l 参考文献：《家用电器原理与维修》⟧</div>
<div class="lastmod">⟦m 本页面最后修订于2025年2月14日 (星期五) 08:21⟧</div>
<div class="foot">⟦d 文本采用知识共享署名-相同方式共享协议发布⟧</div>
</body></html>
""",
        body="""
电熨斗是用电加热来熨平衣物褶皱的家用电器，主要由底板、发热元件、调温器和手柄组成。
按功能可分为普通型、调温型和蒸汽型；蒸汽型电熨斗在底板上开有喷汽孔，熨烫时喷出蒸汽使织物纤维软化。
使用时应根据衣料选择温度，棉麻类可用高温，化纤和丝绸应使用低温并垫熨烫布。
电熨斗用完后应断开电源，待底板冷却后竖立存放，避免底板受损。
""",
    ),
    dict(
        slug="netdisk-iron-garment-factory-rule-markers",
        site="闪存网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.shancunpan.example.com/s/k39dLm",
        title="成衣车间电熨斗安全操作规程",
        record_title="成衣车间电熨斗安全操作规程.pdf",
        date=None,
        notes="cloud-drive text page: file-name record title, save/download lines, expiry, markers ‖n‖ on lines of their own or glued cut sentences; no date",
        pages=dict(fmt="‖{n}‖", every=100, start=2, glue="mix"),
        page="""
!m 闪存网盘 · 文件分享
!t 成衣车间电熨斗安全操作规程.pdf
!m 大小：208KB　分享者：车间主任老马　有效期：30天
!a 保存到网盘　下载（需客户端）
{BODY}
!a 预览到此结束，下载后查看完整文件
!d 网盘内容由用户分享，与本站无关
""",
        body="""
一、上岗前检查电熨斗电源线、插头有无破损，蒸汽熨斗检查水箱和管路是否漏水，发现问题立即报修，不得带病使用。
二、熨烫时熨斗应放在专用熨斗架上，严禁直接放在烫台布面或衣片上，人员离开工位必须关闭电源。
三、熨烫化纤面料须先在边角试温，防止面料烫焦发亮。
四、下班前关闭所有熨斗电源和蒸汽总阀，由班长逐台检查并签字确认。
""",
    ),
    dict(
        slug="snapshot-iron-spotcheck-text-cache",
        site="快照搜 文字版 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="https://cache.kuaizhaosou.example.com/text?url=scjg.yinyang.example.gov.cn/gg/2025/1203.html",
        title="关于电熨斗产品质量监督抽查情况的通报",
        record_title="关于电熨斗产品质量监督抽查情况的通报 - 网页快照",
        date="2025-12-03",
        notes="text-only cache: snapshot banner with capture time (not the date), 文字版 note, highlighted keywords, the page's byline, results table",
        page="""
!m 您查看的是 scjg.yinyang.example.gov.cn/gg/2025/1203.html 的文字版快照，保存时间：2026年1月7日 02:30
!a 点击访问原网页
!m 以下搜索词已标亮：电熨斗 抽查
!m 崟阳市市场监督管理局 > 通知公告
{T}
!m 发布日期：2025-12-03
{BODY}
!d 快照搜对原网页内容不负任何责任
""",
        body="""
近期，市市场监管局组织对全市生产、销售的电熨斗产品开展质量监督抽查，共抽查三十批次，不合格四批次。
不合格项目主要集中在温度控制偏差大、泄漏电流超标和标志说明不规范三个方面。
企业名称　产品型号　不合格项目
崟阳某电器厂　YD-2201　泄漏电流
某商贸有限公司　ST-800　标志和说明
对抽查不合格的企业，已责令其限期整改，整改不到位的依法查处。
""",
    ),
    dict(
        slug="print-iron-hotel-guestroom-lending-rule",
        site="岫川宾馆 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.xcbinguan.example.com/print.php?id=217",
        title="客房部电熨斗借用管理规定",
        record_title="〔打印稿〕客房部电熨斗借用管理规定",
        date="2025-06-01",
        notes="print view calling window.print(): print header with URL and time, a print footer 【1 / 1】, rule text with articles; signature date",
        page="""
<html><head><meta charset="utf-8"><title>客房部电熨斗借用管理规定</title><script>window.onload=function(){window.print();}</script></head><body>
<div class="ph">⟦m 岫川宾馆内部管理平台⟧　⟦m 打印时间：2025-06-18 10:42⟧</div>
<div class="url">⟦m https://www.xcbinguan.example.com/zhidu/217.html⟧</div>
<h3>{T}</h3>
<div class="body">
{BODY}
</div>
<div class="pf">⟦p 【1 / 1】⟧</div>
<div class="noprint">⟦a 打印　关闭⟧</div>
</body></html>
""",
        body="""
第一条　客人借用电熨斗，由楼层服务员登记房号、借用时间，并在十五分钟内送达房间。
第二条　送达时须向客人说明使用方法，提醒用后断电。
第三条　客人退房时，服务员应检查电熨斗及熨衣板是否完好，发现损坏按价赔偿。
第四条　收回的电熨斗须清洁底板、倒空水箱，放回客房部库房。
客房部
2025年6月1日
""",
    ),
    dict(
        slug="mail-iron-recall-forward-dealers-webmail",
        site="欣熨科技 企业邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://exmail.xinyun-tech.example.com/cgi-bin/readmail?mailid=ZL0091",
        title="关于召回部分型号蒸汽电熨斗的通知",
        record_title="Fwd: 关于召回部分型号蒸汽电熨斗的通知",
        date="2025-07-21",
        date_also=["2025-07-22"],
        notes="webmail reading view: folder list, mail headers, the mail's attachment bar; the forward's send date differs from the document's date; recalled models table; recall line kept",
        page="""
<html><head><meta charset="utf-8"><title>Fwd: 关于召回部分型号蒸汽电熨斗的通知 - 欣熨科技企业邮箱</title></head><body>
<div class="left">⟦m 收件箱(12)　草稿箱　已发送　已删除⟧</div>
<div class="mailhead">
<div>⟦t 主题：Fwd: 关于召回部分型号蒸汽电熨斗的通知⟧</div>
<div>⟦m 发件人：售后服务部 &lt;service@xinyun-tech.example.com&gt;⟧</div>
<div>⟦m 时　间：2025年7月22日(星期二) 下午3:16⟧</div>
<div>⟦m 收件人：华东区全体经销商⟧</div>
</div>
<div class="mailbody">
{BODY}
</div>
<div class="att">⟦m 附件(1个)：召回产品登记表.xlsx 预览 下载⟧</div>
<div class="ops">⟦a 回复 | 转发 | 删除 | 举报⟧</div>
</body></html>
""",
        body="""
各经销商：
经检测，我公司2025年3月至4月生产的部分蒸汽电熨斗，电源线护套在长期弯折后可能破损，存在触电隐患。公司决定召回以下型号产品：
型号　生产批次　数量
XY-S320　250301至250428　1.2万台
XY-S360　250310至250425　0.8万台
请各经销商立即停止销售上述产品，协助用户办理免费更换，召回咨询电话0746-5598120。
附件：召回产品登记表
欣熨科技有限公司
2025年7月21日
""",
    ),
]
