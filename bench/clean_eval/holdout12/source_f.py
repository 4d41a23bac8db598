"""Holdout12, part F: print views, forwarded mails, and long documents of the older kinds of site. Invented text."""

CASES = [
    dict(
        slug="print-zhengwu-view-text-header-footer",
        site="溆阳市政务服务网 print view (invented)",
        style="打印页",
        genre="办事指南",
        kind="other",
        form="text",
        source="https://zwfw.xuyang.gov.cn/print.jsp?guide=2025-0731-118",
        title="溆阳市个体工商户设立登记办事指南",
        record_title="溆阳市个体工商户设立登记办事指南（打印版）",
        date="2025-07-31",
        notes="print view: browser print header with the page title and time, URL and page counter footer, a 'print again' control; the guide's own hotline lines kept; the only date is its 发布日期 line",
        page="""
!m 2025/8/4 上午10:17　　溆阳市政务服务网 - 打印预览
!a 〔重新打印〕　〔返回原页面〕
{T}
!m 事项编码：11431100MB1528460Y4000117009　　发布日期：2025-07-31
{BODY}
!m https://zwfw.xuyang.gov.cn/guide/detail?id=2025-0731-118
!m 1/1
""",
        body="""
一、办理依据
《促进个体工商户发展条例》《中华人民共和国市场主体登记管理条例》及其实施细则。
二、申请条件
有经营能力的自然人，依照规定经登记机关登记，从事工商业经营的，可以申请登记为个体工商户。
三、申请材料
1.个体工商户登记（备案）申请书；
2.经营者身份证明；
3.经营场所使用相关文件。
四、办理流程
申请人可通过“溆阳政务服务”网上办事大厅在线申报，也可到市民之家一楼市场监管窗口现场办理。材料齐全、符合法定形式的，当场办结并核发营业执照。
五、办理时限
法定办结时限3个工作日，承诺办结时限即办。
六、收费标准
不收费。
七、咨询方式
窗口咨询电话：0745-2687011
投诉监督电话：0745-12345
""",
    ),
    dict(
        slug="print-gongwen-html-print-css-docno",
        site="鹿鸣区人民政府 print page (invented)",
        style="打印页",
        genre="决定",
        kind="notice",
        form="html",
        source="http://www.luming.gov.cn/zwgk/print/t20250226_40551.html",
        title="鹿鸣区人民政府关于表彰2024年度安全生产工作先进集体和先进个人的决定",
        date="2025-02-26",
        notes="print page HTML: print and close buttons, print timestamp, doc number (neutral), index table, page-count footer; names list and signature date kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印页面</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<div class="ptime">⟦m 打印时间：2025-03-02 15:20:44⟧</div>
<table class="idx"><tr><td>⟦m 索 引 号：LMQZF-2025-00071⟧</td><td>⟦m 发文机关：鹿鸣区人民政府⟧</td></tr></table>
<h2>{T}</h2>
<p class="wh">鹿政发〔2025〕4号</p>
{BODY}
<div class="pfoot">⟦m 鹿鸣区人民政府门户网站　www.luming.gov.cn　　第1页 共1页⟧</div>
</body></html>
""",
        body="""
各街道办事处，区政府各部门、各直属单位：
2024年，全区各级各部门深入贯彻落实安全生产决策部署，压实安全生产责任，深化重点行业领域专项整治，全区生产安全事故起数和死亡人数实现“双下降”，安全生产形势持续稳定向好。为表彰先进、树立典型，区政府决定，对区应急管理局等10个先进集体和邵立群等20名先进个人予以通报表彰。
希望受表彰的集体和个人珍惜荣誉、再接再厉，在安全生产工作中发挥示范引领作用。全区各级各部门要以先进为榜样，坚持人民至上、生命至上，统筹发展和安全，为建设更高水平的平安鹿鸣作出新的更大贡献。
附件：鹿鸣区2024年度安全生产工作先进集体和先进个人名单
鹿鸣区人民政府
2025年2月26日
""",
    ),
    dict(
        slug="mail-fwd-notice-headers-attachments",
        site="forwarded mail from a township mailbox (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://inbox/2025-04-08/fwd-7730",
        title="关于报送2025年一季度重点项目建设进展情况的通知",
        record_title="转发：关于报送2025年一季度重点项目建设进展情况的通知",
        date="2025-04-07",
        notes="forwarded mail: forward header block (from/to/cc/subject/time), forwarder's note, mail-client footer and signature with a mobile number; the notice's own contact and 附件 kept",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："县发改局项目办" <xmb@lxfgj.gov.cn>
!m 收件人：各乡镇经发办
!m 发送时间：2025年4月8日(星期二) 上午9:12
!t 主题：关于报送2025年一季度重点项目建设进展情况的通知
!w 各位同事：转发县发改局通知，请各片区负责人于周四前把数据发我汇总。——经发办 汪海 手机13857660218
{T}
{BODY}
!m 附件（2个）：1.重点项目进展情况表.xlsx（18K）　2.填报说明.pdf（96K）
!d 此邮件由政务邮箱系统发送，请勿直接回复。
!m 发自我的政务邮箱手机客户端
""",
        body="""
各乡镇人民政府，县直有关单位：
为及时掌握全县重点项目建设进展情况，按照市发改委要求，现将报送2025年一季度重点项目建设进展情况有关事项通知如下。
一、报送范围
列入2025年县级重点项目计划的全部项目，包括续建项目和新开工项目。
二、报送内容
项目一季度完成投资、形象进度、存在的主要问题及需要协调解决的事项。请对照附件逐项填写，确保数据真实准确。
三、报送时间
请于4月11日（星期五）下班前将填报表格电子版报送至县发改局项目办邮箱，纸质版加盖单位公章后一并报送。
联系人：县发改局项目办　金晓蕾　电话：0576-85012637
附件：1.2025年一季度重点项目进展情况表
2.填报说明
澜溪县发展和改革局
2025年4月7日
""",
    ),
    dict(
        slug="mail-newsletter-weekly-digest-speech",
        site="mailed weekly digest of a county Party school (invented)",
        style="邮件转发",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="mail://digest/2025-11/week46",
        title="在县委党校2025年秋季学期中青年干部培训班开班式上的讲话",
        record_title=None,
        date="2025-11-10",
        notes="no record title; a mailed digest: unsubscribe line, issue number, table of contents of the issue, 'view in browser', sender footer; speech with date and speaker lines (neutral)",
        page="""
!m 《党校周讯》2025年第46期　　如邮件显示异常，请点击在浏览器中查看
!l 本期目录：1.开班讲话　2.学员风采　3.下周课表
━━━━━━━━━━━━━━━━
{T}
（2025年11月10日）
县委常委、组织部部长　贝清源
{BODY}
━━━━━━━━━━━━━━━━
!a 不想再收到此类邮件？点此退订
!m 中共澜溪县委党校办公室　编发
""",
        wrap=74,
        body="""
同志们：
今天，县委党校2025年秋季学期中青年干部培训班正式开班了。首先，我代表县委组织部，对参加培训的46名学员表示热烈的欢迎！
这次参训的同志，都是各乡镇、各部门推荐的优秀中青年干部，是全县干部队伍的中坚力量。县委对这期培训班高度重视，专门研究了教学计划，安排了理论教育、党性教育、能力培训和实践锻炼四个模块。希望大家倍加珍惜这次难得的学习机会。
第一，要端正学习态度。大家要暂时放下手头工作，静下心来读书学习，做到学有所思、学有所悟、学有所得。
第二，要严守学员纪律。严格遵守党校各项规章制度，按时上课，不得无故缺课，严禁在学习期间参加与培训无关的宴请和娱乐活动。
第三，要注重学用结合。带着工作中的问题来学习，通过学习找到解决问题的思路和方法，真正把学习成果转化为推动工作的实际能力。
最后，预祝本期培训班取得圆满成功！
""",
    ),
    dict(
        slug="gov-songling-work-report-long-wrapped",
        site="松陵县人民政府网 (invented)",
        style="政府门户",
        genre="政府工作报告",
        kind="report",
        form="text",
        source="http://www.songling.gov.cn/zfxxgk/zfgzbg/202501/t20250115_66012.html",
        title="2025年松陵县人民政府工作报告",
        record_title="2025年松陵县人民政府工作报告_政府工作报告_松陵县人民政府",
        date="2025-01-09",
        notes="long report hard-wrapped at 78 columns; the delivery line and speaker under the title (neutral); font toolbar and share row; outline headings",
        page="""
!m 松陵县人民政府网　　　　无障碍　|　关怀版　|　English
!m 首页 > 政府信息公开 > 政府工作报告
!a 【字体：大 中 小】　【打印】　【分享到微信】
{T}
——2025年1月9日在松陵县第十八届人民代表大会第五次会议上
县长　柏书航
{BODY}
!l 相关报告：2024年松陵县人民政府工作报告　｜　2023年松陵县人民政府工作报告
!m 松陵县人民政府办公室主办　　政府网站标识码：4306240001　　湘ICP备05003152号
""",
        wrap=78,
        indent="　　",
        body="""
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2024年工作回顾
过去的一年，面对复杂严峻的外部环境和艰巨繁重的改革发展任务，县政府在县委的坚强领导下，在县人大、县政协的监督支持下，团结依靠全县人民，迎难而上、苦干实干，较好地完成了县十八届人大四次会议确定的主要目标任务。全年实现地区生产总值286.4亿元，增长6.1%；一般公共预算收入15.2亿元，增长5.3%；城乡居民人均可支配收入分别达到46210元、23580元，分别增长4.8%、6.9%。
（一）产业发展提质增效。规模以上工业增加值增长8.2%，新增规模以上工业企业21家；新能源电池材料产业园一期建成投产，全年实现产值32亿元。新增省级专精特新中小企业9家、高新技术企业14家。文旅融合加快推进，全年接待游客860万人次，旅游综合收入突破90亿元。
（二）项目建设扎实推进。实施重点项目126个，完成投资198亿元。松陵大道快速化改造、县人民医院新院区、城北水厂等一批重大项目建成投用。争取地方政府专项债券资金18.6亿元，创历年新高。
（三）城乡面貌持续改善。完成老旧小区改造34个，新增城市停车位3200个，建成口袋公园12个。新建改造农村公路186公里，创建省级美丽乡村示范村8个，农村生活污水治理率达到62%。
（四）民生福祉不断增进。民生支出占一般公共预算支出的78.6%。城镇新增就业7820人；新建改扩建学校6所，新增学位5400个；新增养老床位600张，建成社区嵌入式养老服务站18个。
各位代表，过去一年取得的成绩，是县委总揽全局、科学决策的结果，是全县人民团结奋斗的结果。在此，我代表县人民政府，向全县人民，向各位人大代表、政协委员，表示衷心的感谢！
同时，我们也清醒看到，全县经济发展中还存在不少困难和问题：产业结构不够优，新兴产业规模偏小；县域消费恢复不及预期；财政收支矛盾突出；教育、医疗等公共服务还有短板。我们将直面问题，采取有力措施加以解决。
二、2025年工作安排
今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%左右，城乡居民人均可支配收入增长与经济增长基本同步。重点抓好以下工作。
（一）坚定不移推进产业强县。做强新能源电池材料主导产业，力争产业园二期年内开工；推动传统产业智能化改造，实施技改项目40个以上；培育壮大数字经济、现代物流等新兴产业。
（二）坚定不移扩大有效需求。谋划实施重点项目130个以上，年度完成投资210亿元；开展消费提振行动，举办汽车家电以旧换新、夜间消费节等活动。
（三）坚定不移推进乡村全面振兴。稳定粮食播种面积，新建高标准农田2.5万亩；发展油茶、黄桃等特色产业，壮大村级集体经济。
（四）坚定不移保障和改善民生。实施就业优先政策，新增城镇就业7500人以上；推进县域医共体建设，提升基层医疗服务能力；加快补齐养老托育短板。
各位代表，新的征程催人奋进，新的使命重任在肩。让我们在县委的坚强领导下，凝心聚力、实干争先，为奋力谱写松陵高质量发展新篇章而努力奋斗！
""",
    ),
    dict(
        slug="wenku-youdu-research-long-glued-parens-markers",
        site="优读文档库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.youduwd.com/p-40918832.html",
        title="关于我县村级公益性岗位开发管理情况的调研报告",
        record_title="关于我县村级公益性岗位开发管理情况的调研报告.wps",
        date=None,
        notes="file-name title (.wps); ⦗n⦘ page markers glued at line starts cutting words, no wrap; title printed twice; preview-end prompt; no date",
        page="""
!m 优读文档库　　读好文档，就上优读
!m 首页 / 调研报告 / 农业农村
!t 关于我县村级公益性岗位开发管理情况的调研报告.wps
!m 页数：8页　　阅读：1.7万　　评分：4.6
{T}
{BODY}
!a 试读已结束，本文还有5页未读，开通优读会员畅读全站文档
!a 下载文档　　收藏　　分享到朋友圈
!d 如本文档侵犯了您的权益，请联系优读客服处理
""",
        pages=dict(fmt="⦗{n}⦘", every=140, start=2, glue=True),
        body="""
村级公益性岗位是巩固拓展脱贫攻坚成果、促进农村劳动力就近就业的重要举措。为全面了解我县村级公益性岗位开发管理情况，近期，县人大农业农村工委组织调研组，深入9个乡镇、27个村，采取召开座谈会、入户走访、查阅台账等方式进行了专题调研。
一、基本情况
截至今年6月底，全县共开发村级公益性岗位2863个，主要包括保洁员、护林员、护路员、水管员、网格员等类型，安置脱贫劳动力和监测对象2614人，占岗位总数的91.3%。岗位补贴标准为每人每月500元至800元，全年发放补贴资金2100余万元。
二、取得的成效
（一）拓宽了就业渠道。公益性岗位为弱劳力、半劳力以及无法外出务工的脱贫群众提供了家门口就业机会，人均年增收7000元左右。
（二）改善了村容村貌。保洁员、护路员等岗位人员常态化开展环境卫生整治和道路养护，村庄环境明显改善。
（三）助力了基层治理。部分网格员、信息员岗位人员协助村“两委”开展政策宣传、矛盾排查等工作，成为基层治理的有益补充。
三、存在的问题
（一）岗位设置不够科学。个别村存在因人设岗、岗位职责模糊的问题，有的岗位工作量明显不足。
（二）日常管理不够规范。部分村对上岗人员考勤、考核流于形式，存在“只拿钱不干活”或由家人代岗的现象。
（三）退出机制不够健全。对已稳定脱贫、具备外出务工能力的人员，未能及时调整退出，岗位“能进不能出”问题较为突出。
四、意见建议
一是科学设岗，坚持“按需设岗、以岗定人”，根据村庄规模和实际需要合理确定岗位数量。二是规范管理，落实乡镇主体责任和村级日常管理责任，推行岗位人员工作日志和补贴发放与考核挂钩制度。三是动态调整，建立岗位人员年度评估机制，对不再符合条件的及时退出，把岗位优先留给最需要的群众。
""",
    ),
    dict(
        slug="fanwen-qingyun-report-glued-buttons-mid",
        site="青云公文苑 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.qingyungwy.com/shuzhi/grsz/30771.html",
        title="2025年度社区党委书记抓基层党建工作述职报告",
        record_title="【热门】2025年度社区党委书记抓基层党建工作述职报告（精选）",
        date="2026-01-08",
        date_also=["2026-01-09"],
        notes="decorated record title; actions glued at both ends of body lines and a word-count bar between paragraphs; signature date",
        page="""
!m 青云公文苑　　你身边的材料助手
!m 当前：首页 › 述职报告 › 个人述职
!t 【热门】2025年度社区党委书记抓基层党建工作述职报告（精选）
!m 投稿时间：2026-01-09　　阅读：802　　本文约1500字
{T}
{BODY}
!a 青云会员专享：本文Word版一键下载，另赠同类范文5篇
!l 你还可能喜欢：社区书记述职报告（2篇）｜街道党工委书记抓党建述职报告
!m 青云公文苑 qingyungwy.com　陕ICP备22000391号
""",
        indent="　　",
        body="""
2025年，我认真履行社区党建工作第一责任人职责，坚持以党建引领基层治理，推动社区各项工作取得新进展。现将抓基层党建工作情况报告如下。
一、履职情况
（一）抓班子带队伍。全年召开社区党委会议24次，研究党建工作事项38项。坚持“书记带头讲”，全年讲党课4次。新发展党员3名，转正预备党员2名。⟦a 〔复制〕⟧
（二）抓阵地强服务。推进党群服务中心提档升级，新增“一站式”服务窗口2个，全年为居民代办事项1600余件。
⟦a ————— 阅读剩余85%　点击展开 —————⟧
（三）抓治理促和谐。建立“社区党委—小区党支部—楼栋党小组”三级组织架构，组建小区党支部9个。全年化解矛盾纠纷87起，办结居民诉求1240件。
二、存在的问题
一是党员教育管理方式较为单一，对流动党员管理还不到位；二是在职党员到社区报到后作用发挥不够充分；三是社区党建品牌特色还不够鲜明。
三、下步打算
⟦a 【收藏本文】⟧2026年，我将坚持问题导向，创新党员教育管理方式，完善在职党员“双报到”积分管理制度，打造“邻里红管家”党建品牌，推动社区党建工作再上新台阶。
述职人：汤晓岚
2026年1月8日
""",
    ),
    dict(
        slug="wechat-shuqian-text-wrapped-reprint-meta",
        site="书签阅读 mirror of the account 基层治理观察 (invented)",
        style="公众号镜像",
        genre="评论",
        kind="other",
        form="text",
        source="http://www.shuqianyd.com/mp/jcztgc/2025/1022/4418.html",
        title="为基层减负，关键是减“无效负担”",
        record_title="为基层减负，关键是减“无效负担”｜基层治理观察",
        date="2025-10-22",
        notes="WeChat mirror as text, hard-wrapped at 60; account intro line, 'reprint contact' prompt, 往期 list; the only date is the account's publish line",
        page="""
!m 书签阅读 · 收藏好文章
!m 公众号：基层治理观察　　发布时间：2025-10-22　　阅读 3.6万
{T}
!m 文 / 钟离　　图 / 网络
{BODY}
!w 转载请联系后台授权，投稿邮箱：jcztgc@163.com
!l 往期回顾 ｜ 村干部的一天 ｜ 表格为什么越填越多
!a 点个“在看”，让更多人看到
""",
        wrap=60,
        body="""
为基层减负，这些年一直在讲，也取得了不少成效：文件会议少了，督查检查考核精简了，“指尖上的形式主义”得到整治。但在一些地方，基层干部依然感到“忙”“累”。
仔细分析，基层的负担可以分为两类：一类是必须承担的“有效负担”，比如服务群众、推动发展、化解矛盾；另一类是可以避免的“无效负担”，比如重复填报的表格、层层加码的材料、为留痕而留痕的台账。
减负，不是要让基层干部无事可做，而是要把“无效负担”减下来，让他们有更多时间和精力去干实事。
减“无效负担”，首先要管住源头。上级部门在布置任务时，要多想一想：这项工作基层是否有能力承担？这张表格是否已经有人填过？能不能通过数据共享解决？
减“无效负担”，还要改进考核方式。考核要看实绩、看群众口碑，而不是看材料厚度、照片多少。考核导向变了，基层干部的精力自然就会转到干实事上来。
基层减负，减的是负担，增的是实效。只有让基层干部从“无效负担”中解脱出来，他们才能轻装上阵、担当作为。
""",
    ),
    dict(
        slug="news-yanshan-html-many-short-p-photo-gallery",
        site="雁山融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yanshanrm.cn/xw/bdxw/202508/t20250826_88312.shtml",
        title="雁山县首届农民丰收节暨优质农产品展销会开幕",
        record_title="雁山县首届农民丰收节暨优质农产品展销会开幕_本地新闻_雁山融媒",
        record_date="2025-08-26",
        date="2025-08-26",
        notes="county media page: article in many one-sentence <p> blocks, an in-article 'related' box and a video card between paragraphs, app download strip, 24-hour hot list, footer licences",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>雁山县首届农民丰收节暨优质农产品展销会开幕_本地新闻_雁山融媒</title></head><body>
<div class="dl">⟦a 下载“爱雁山”客户端，看更多本地新闻⟧</div>
<div class="hd">⟦m 雁山融媒⟧ ⟦m 新闻　政务　视频　直播　问政　专题⟧</div>
<div class="loc">⟦m 首页 > 新闻 > 本地新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2025-08-26 18:32　雁山融媒　记者 梅兰芝 甘翔⟧</div>
<div class="bd">
{BODY}
</div>
<div class="edit">⟦m 一审：邬小米　二审：姚锦　三审：穆成⟧</div>
</article>
<aside><h3>⟦l 24小时热门⟧</h3><p>⟦l 雁山至栖凤城际公交开通⟧</p><p>⟦l 我县2名选手入选省运会⟧</p></aside>
<div class="ft">⟦m 雁山县融媒体中心主办⟧ ⟦m 互联网新闻信息服务许可证：36120250003⟧ ⟦d 本网所刊载内容未经授权不得转载⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
8月26日上午，雁山县首届农民丰收节暨优质农产品展销会在县体育中心广场开幕。
开幕式上，县领导为10名“丰收之星”颁发了荣誉证书。
本次展销会为期三天，设置特色农产品展区、农业科技展区、非遗美食展区和电商直播区四大板块。
来自全县13个乡镇的126家合作社、家庭农场和农业企业携带600多种农产品参展。
⟦l ▶ 相关视频：丰收节现场直播回放（时长18分钟）⟧
在电商直播区，多名乡村主播现场带货，雁山蜜橘、高山云雾茶、土蜂蜜等特色产品备受网友青睐。
“一上午就卖出了300多单蜜橘。”合作社负责人危大姐高兴地说。
开幕当天，展销会现场签订农产品购销合同19份，签约金额达到1.3亿元。
⟦l 延伸阅读：雁山蜜橘入选全国名特优新农产品名录⟧
据悉，丰收节期间还将举办农耕文化体验、农民趣味运动会、乡村文艺汇演等活动，让群众共享丰收喜悦。
""",
    ),
    dict(
        slug="intranet-dianli-notice-text-oa-stamps",
        site="栖凤供电公司协同办公 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.qfgd.sgcc.local/wf/doc/2025-0620-193",
        title="关于开展迎峰度夏安全用电专项检查的通知",
        record_title="关于开展迎峰度夏安全用电专项检查的通知",
        date="2025-06-20",
        notes="OA text export: watermark lines with employee id, document header fields, countersign trail; the notice's own 抄送/印发 版记 and contact kept; doc number neutral",
        page="""
!m 【内部资料 注意保密】　水印：营销部 张*峰 2025-06-23 08:41
!m 文件类型：公司发文　　紧急程度：急　　公开属性：不予公开
{T}
栖供电营销〔2025〕27号
{BODY}
!m 会签：运检部 ✓　安监部 ✓　办公室 ✓　　核稿：宋明
!a 〔查看正文PDF〕〔流程跟踪〕〔加入个人文件夹〕
!m 【内部资料 注意保密】　水印：营销部 张*峰 2025-06-23 08:41
""",
        body="""
各供电所、各有关部门：
当前已进入迎峰度夏关键时期，用电负荷持续攀升，重要客户和人员密集场所用电安全风险增大。为确保度夏期间电网安全稳定运行和客户安全可靠用电，公司决定开展迎峰度夏安全用电专项检查。现将有关事项通知如下。
一、检查范围
辖区内重要电力客户、高危企业、人员密集场所、学校医院及居民小区配电设施。
二、检查内容
客户受电设施运行状况、自备应急电源配置及管理、用电安全管理制度落实、电气作业人员持证上岗等情况。
三、时间安排
6月25日至7月20日，各供电所完成辖区内检查；7月25日前将检查总结报营销部。
四、工作要求
检查中发现的隐患，要及时向客户下达《用电安全隐患告知书》，督促客户限期整改，并报当地政府有关部门备案。
联系人：营销部　计天宇　内线：6217
抄送：公司领导，运检部，安监部。
国网栖凤供电公司营销部　2025年6月20日印发
""",
    ),
    dict(
        slug="qa-wenzhi-html-answer-list-votes",
        site="问知社区 web page (invented)",
        style="问答社区",
        genre="经验",
        kind="other",
        form="html",
        source="https://www.wenzhi.cc/question/91022013",
        title="新入职的办公室文员，如何快速写好会议通知？",
        record_title="新入职的办公室文员，如何快速写好会议通知？ - 问知社区",
        date=None,
        notes="Q&A HTML: question header with follower counts, answer card with author bio, vote/comment row, folded answers, 'write answer' box, side lists; numbered tips in the body; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>新入职的办公室文员，如何快速写好会议通知？ - 问知社区</title></head><body>
<header>⟦m 问知社区⟧ ⟦a 提问⟧ ⟦a 登录 / 注册⟧</header>
<div class="q"><h1>{T}</h1>
<div class="qs">⟦m 关注者 218　被浏览 63,402⟧</div>
<div class="qa">⟦a 关注问题⟧ ⟦a 写回答⟧ ⟦a 邀请回答⟧</div></div>
<div class="ans">
<div class="au">⟦m 鹿野　某县政府办老秘书，写了十年会议通知⟧</div>
<div class="ct">
{BODY}
</div>
<div class="vote">⟦a ▲ 赞同 2.1k⟧ ⟦l 💬 146 条评论⟧ ⟦a ↗ 分享⟧ ⟦a ★ 收藏⟧</div>
</div>
<div class="fold">⟦l 查看全部 37 个回答⟧</div>
<aside><h4>⟦l 相关问题⟧</h4><p>⟦l 会议纪要和会议记录有什么区别？⟧</p><p>⟦l 公文里的“抄送”要怎么写？⟧</p></aside>
</body></html>
""",
        body="""
写会议通知其实不难，关键是把要素写全、写准。我总结了几条经验，供参考。
1.要素必须齐全。一份会议通知至少要写清楚会议名称、时间、地点、参会人员、会议议程和有关要求，一个都不能少。
2.时间要写具体。不要只写“下周一上午”，要写成“4月14日（星期一）上午9:00”，并注明签到时间。
3.参会人员要明确。是“主要负责同志”还是“分管负责同志”，是否可以委托他人参加，都要写清楚，避免来的人不对。
4.要求要实用。比如是否需要准备汇报材料、材料几份、何时报送，参会回执的报送方式和截止时间，都要交代到位。
5.发出前多核对。发文前对照日历核对日期和星期是否一致，核对会议室是否已预订，最好请同事再看一遍。
把这几点做到了，会议通知基本就不会出错了。
""",
    ),
]
