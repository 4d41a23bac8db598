"""Holdout cases, part C: government portals and news portals. Invented text. Held back."""

CASES = [
    dict(
        slug="gov-tongling-notice-html-info-box",
        site="桐岭县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tongling-xian.gov.cn/zwgk/tzgg/202403/t20240318_604412.html",
        title="桐岭县人民政府办公室关于进一步加强城乡供水安全保障工作的通知",
        date="2024-03-15",
        date_also=["2024-03-18"],
        notes="info box (信息索引号, 公开方式, 生成日期, 发布日期), elder-mode links, a QR prompt, the footer; date also under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>桐岭县人民政府办公室关于进一步加强城乡供水安全保障工作的通知</title></head><body>
<div class="head-links">⟦a 适老化服务　|　读屏专用　|　简体版⟧</div>
<div class="logo">⟦m 桐岭县人民政府网⟧<span>⟦m www.tongling-xian.gov.cn⟧</span></div>
<div class="menu">⟦m 首　页　　政务公开　　政务服务　　政民互动　　魅力桐岭⟧</div>
<div class="dqwz">⟦m 当前位置：网站首页 ＞ 政务公开 ＞ 通知公告 ＞ 正文⟧</div>
<div class="xxgk-box">
<p>⟦m 信息索引号：000014348/2024-00211⟧</p><p>⟦m 公开方式：主动公开⟧</p>
<p>⟦m 发布单位：县政府办公室⟧</p><p>⟦m 生成日期：2024-03-15⟧</p><p>⟦m 发布日期：2024-03-18⟧</p>
</div>
<div class="title"><h3>{T}</h3></div>
<div class="con">
{BODY}
</div>
<div class="fx">⟦a 打印本页　关闭窗口⟧</div>
<div class="ewm">⟦a 手机扫码浏览本页⟧</div>
<div class="footer">
<p>⟦m 桐岭县人民政府办公室主办　桐岭县大数据发展中心承办⟧</p>
<p>⟦m 网站标识码：4210870002　鄂ICP备10014536号　鄂公网安备 42108702000045号⟧</p>
</div></body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为切实保障城乡居民饮水安全，经县人民政府同意，现就进一步加强城乡供水安全保障工作通知如下：
一、落实供水安全责任。各乡镇人民政府对本行政区域内农村供水安全负总责，县水利局负责农村供水行业监管，县住建局负责城市供水行业监管，县卫健委负责饮用水卫生监督监测，供水单位承担供水安全主体责任。
二、加强水源保护。各乡镇要完成农村千人以上供水工程水源保护区划定，设立保护标志，清理保护区内的排污口和污染源，严禁在水源保护区内从事可能污染水源的活动。
三、提升水质保障能力。供水单位要规范配备净化消毒设施设备并确保正常运行，落实水质自检制度。县疾控中心要按规定频次开展水质抽检，检测结果向社会公开。
四、做好应急供水准备。各乡镇、各供水单位要修订完善供水应急预案，储备应急物资，遇有干旱、水源污染等突发情况，及时启动应急响应，确保群众基本生活用水。
桐岭县人民政府办公室
2024年3月15日
""",
    ),
    dict(
        slug="gov-text-speech-subtitle-date-no-title",
        site="安澜市人民政府 (invented), text rendering",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.anlan.gov.cn/zwgk/ldjh/202402/t20240228_31177.html",
        title="在全市安全生产和消防工作会议上的讲话",
        record_title=None,
        date="2024-02-26",
        notes="no title in the record; the subtitle line carries the date in brackets; speaker line; menu words as lines",
        page="""
!m 安澜市人民政府
!m 首页
!m 政务公开
!m 领导讲话
{T}
——在2024年全市安全生产和消防工作会议上（2024年2月26日）
副市长　黄志刚
{BODY}
!a 【关闭】　【打印】　【字号：大 中 小】
!m 安澜市人民政府办公室　版权所有
""",
        indent="\u3000\u3000",
        body="""
同志们：
这次会议的主要任务是，总结2023年全市安全生产和消防工作，分析当前形势，部署今年重点任务。刚才，市应急管理局、市消防救援支队分别通报了有关情况，我完全赞同。下面，我讲三点意见。
一、肯定成绩，正视问题
2023年，全市生产安全事故起数和死亡人数同比分别下降13.6%和11.8%，火灾起数下降9.4%，安全形势总体平稳。但也要看到，一些行业领域重大风险隐患依然突出，小场所、小企业安全管理薄弱，部分地方和企业安全责任落实还不到位。
二、突出重点，精准施策
一要深化重大事故隐患排查整治，紧盯危险化学品、城镇燃气、建筑施工、道路交通等重点行业，以“零容忍”态度整治重大隐患。二要加强消防安全综合治理，重点整治高层建筑、大型商业综合体、老旧小区和电动自行车等突出风险。三要提升应急救援能力，加强专业救援队伍和基层应急力量建设。
三、压实责任，狠抓落实
各县（市、区）政府要切实履行属地管理责任，各行业主管部门要认真落实“三管三必须”，企业要严格落实主体责任。市安委办要加强督导检查，对责任不落实、隐患整改不到位的，严肃追责问责。
同志们，安全生产是发展的前提。希望大家以对人民高度负责的态度，把各项工作抓实抓细，确保全市安全形势持续稳定。
""",
    ),
    dict(
        slug="gov-html-summary-record-date-suffix",
        site="安澜市云溪区人民政府 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.yunxi.anlan.gov.cn/zwgk/ghzj/202401/t20240124_11206.html",
        title="云溪区人力资源和社会保障局2023年工作总结",
        record_title="云溪区人力资源和社会保障局2023年工作总结 _ 规划总结 _ 安澜市云溪区人民政府",
        record_date="2024-01-24",
        date="2024-01-24",
        notes="record gives the date; record title with two spaced-underscore suffixes; share buttons and related list",
        page="""
<html><head><meta charset="utf-8"><title>云溪区人力资源和社会保障局2023年工作总结 _ 规划总结 _ 安澜市云溪区人民政府</title></head><body>
<div class="wrap-top">⟦m 安澜市云溪区人民政府⟧ ⟦a 无障碍 | 关怀版⟧</div>
<div class="nav-list">⟦m 首页 | 政务公开 | 政务服务 | 互动交流 | 走进云溪⟧</div>
<div class="path">⟦m 首页 → 政务公开 → 规划总结⟧</div>
<h2 class="artTitle">{T}</h2>
<p class="artInfo">⟦m 发布日期：2024-01-24　信息来源：区人社局　访问量：<i>207</i>⟧</p>
<div class="artCon">
{BODY}
</div>
<div class="bshare">⟦l 分享到：微信　微博　QQ⟧</div>
<div class="xgxx"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 云溪区2023年就业工作情况通报⟧</li><li>⟦l 区人社局2024年工作要点⟧</li></ul></div>
<div class="foot">⟦m 主办：安澜市云溪区人民政府办公室　浙ICP备13022981号⟧</div>
</body></html>
""",
        body="""
2023年，区人社局紧紧围绕区委、区政府中心工作，坚持稳就业、强社保、优服务，各项工作取得积极成效。
一、就业形势保持稳定。全年城镇新增就业8620人，完成目标任务的115%；帮助失业人员再就业2340人，就业困难人员实现就业860人；城镇调查失业率控制在4.5%以内。开展职业技能培训1.6万人次，新增高技能人才1200人。
二、社会保障更加健全。全区基本养老保险参保人数达到41.2万人，失业保险、工伤保险参保人数分别达到9.8万人、11.3万人。按时足额发放各项社会保险待遇，基金运行平稳。
三、劳动关系和谐稳定。深入开展根治欠薪专项行动，办结劳动保障监察案件216件，为1830名劳动者追发工资2960万元；劳动人事争议仲裁结案率达到98%。
四、人事人才工作有力推进。组织事业单位公开招聘，招聘工作人员260名；引进各类高层次人才45名，为全区高质量发展提供了人才支撑。
2024年，我们将持续实施就业优先战略，完善社会保障体系，构建和谐劳动关系，推动人社事业高质量发展。
""",
    ),
    dict(
        slug="gov-text-plan-publish-line-long",
        site="槐山县人民政府 (invented), text rendering",
        style="政府门户",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.huaishan.gov.cn/art/2024/5/8/art_1527_90113.html",
        title="槐山县2024年优化营商环境十大行动实施方案",
        date="2024-05-08",
        notes="gov page as text with a 发布时间 line; long body; attachments and print lines after it",
        page="""
!m 槐山县人民政府 - 政府信息公开
!m 首页 > 政府信息公开 > 法定主动公开内容 > 计划规划
{T}
!m 发布时间：2024-05-08 17:20　　信息来源：县营商办　　浏览次数：663
{BODY}
!l 附件：1. 十大行动任务分解表.xls　2. 营商环境监督员名单.doc
!a 【打印本页】　【关闭窗口】
!m 网站地图 | 联系我们 | 隐私声明
""",
        indent="\u3000\u3000",
        body="""
为持续打造市场化、法治化、国际化一流营商环境，激发各类经营主体活力，县政府决定在全县实施优化营商环境十大行动，特制定本方案。
一、政务服务提速行动。深化“一网通办”，推动县级政务服务事项全程网办率达到85%以上；推行“帮办代办”服务，为重点项目提供全流程免费代办。
二、企业开办便利行动。企业开办实现“一表填报、一网通办、一日办结”，免费为新开办企业刻制公章、寄递证照。
三、项目审批提效行动。推行工业项目“拿地即开工”，社会投资低风险项目审批时间压缩至15个工作日以内。
四、要素保障强化行动。建立重点项目用地、用电、用水、用气保障联动机制，推行工业用地“标准地”出让。
五、金融服务优化行动。开展“金融服务进园区”活动，新增普惠小微企业贷款8亿元以上，降低企业综合融资成本。
六、涉企收费清理行动。全面清理规范涉企行政事业性收费和中介服务收费，坚决制止各类乱收费、乱罚款、乱摊派。
七、公正监管护航行动。推行包容审慎监管，制定轻微违法行为免罚清单，全面推行“综合查一次”。
八、法治保障提升行动。加强涉企案件审判执行，依法保护企业产权和企业家合法权益，严厉打击强揽工程、恶意阻工等违法行为。
九、政企沟通畅通行动。每季度召开一次政企座谈会，建立企业诉求“接诉即办”机制，企业诉求办结率达到100%。
十、作风效能提升行动。聘请营商环境监督员，开展“走流程、找堵点”体验活动，对损害营商环境的行为严肃查处并公开曝光。
各乡镇、各部门要按照职责分工，细化工作措施，明确完成时限，确保十大行动取得实效。县营商办要加强统筹调度，每季度通报一次工作进展。
""",
    ),
    dict(
        slug="gov-text-announcement-wrapped",
        site="溪口镇人民政府 (invented), text rendering",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xikouzhen.gov.cn/gg/20240622/2291.html",
        title="溪口镇关于公开征求《溪口镇村庄规划（2024—2035年）》意见的公告",
        date="2024-06-21",
        notes="an announcement wrapped at 36 characters with ASCII-space indents; signature date; share line",
        page="""
!m 溪口镇人民政府门户网站
!m 当前位置：首页 - 通知公告
{T}
!m 发布：党政办　　日期：2024-06-22
{BODY}
!l 分享到：微信 | 朋友圈 | 微博
""",
        date_also=["2024-06-22"],
        wrap=72,
        indent="    ",
        body="""
为提高村庄规划编制的科学性和民主性，根据《中华人民共和国城乡规划法》等有关规定，现将《溪口镇村庄规划（2024—2035年）》（草案）予以公示，公开征求社会各界意见。
一、公示时间
2024年6月22日至2024年7月21日，共30日。
二、公示地点
溪口镇人民政府一楼大厅、各行政村村务公开栏及本网站。
三、意见反馈方式
公示期间，社会各界可通过信函、电子邮件或到现场等方式提出意见和建议。来信请寄溪口镇人民政府规划建设办公室，邮政编码436315，电子邮箱xkzghb@163.com，联系电话：0716-4321587。
反馈意见时请注明真实姓名和联系方式，以便进一步沟通。
特此公告。
溪口镇人民政府
2024年6月21日
""",
    ),
    dict(
        slug="news-anlan-html-meeting",
        site="安澜日报网 (invented)",
        style="新闻门户",
        genre="会议新闻",
        kind="news",
        form="html",
        source="https://www.anlanrb.com/news/2024-07/19/content_338102.htm",
        title="市委常委会召开会议 研究部署防汛救灾和经济运行工作",
        date="2024-07-18",
        notes="news page: datetime/source line, print and font tools, editor line, comment form, ranking list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>市委常委会召开会议 研究部署防汛救灾和经济运行工作_安澜日报网</title></head><body>
<div class="header">⟦m 安澜日报网 | 安澜新闻门户⟧ <a>⟦a 数字报⟧</a> <a>⟦a 客户端下载⟧</a></div>
<div class="nav">⟦m 要闻　本地　县区　财经　教育　健康⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="source">⟦m 2024年07月18日 21:40　来源：安澜日报　记者：韩雪 郑阳⟧</div>
<div class="tools">⟦a 打印　字号：大 中 小⟧</div>
<div class="text">
{BODY}
</div>
<div class="edit">⟦m 责编：苏宁　　值班主任：钱进⟧</div>
<div class="pl"><p>⟦l 评论区⟧</p><p>⟦l 登录后参与评论，共 3 条⟧</p><p>⟦l 网友“安澜人”：防汛要早准备！⟧</p></div>
<div class="rank"><p>⟦l 点击排行⟧</p><p>⟦l 市区新增两条公交线路⟧</p><p>⟦l 暑期“带娃游”攻略来了⟧</p></div>
</div>
<div class="copy">⟦d 本网所有内容未经书面授权不得转载，违者必究⟧　⟦m 举报电话：0712-2366110⟧</div>
</body></html>
""",
        body="""
7月18日，市委书记陈卫东主持召开市委常委会会议，传达学习上级防汛救灾工作部署，研究部署我市防汛救灾和经济运行工作。
会议指出，当前我市已进入“七下八上”防汛关键期，极端天气多发频发，防汛形势严峻复杂。各级各部门要坚持人民至上、生命至上，强化底线思维，做好应对大汛大灾的各项准备，全力保障人民群众生命财产安全。
会议强调，要压紧压实防汛责任，加强监测预警和会商研判，对山洪地质灾害危险区、病险水库、城市低洼易涝区等重点部位加强巡查值守，发现险情及时转移避险群众。
会议还分析了上半年全市经济运行情况，要求各地各部门紧盯全年目标任务，抓项目、稳工业、促消费，推动经济持续回升向好。要加强重点企业运行监测和要素保障，帮助企业解决用工、融资等实际困难。会议还研究了其他事项。
""",
    ),
    dict(
        slug="news-text-no-title-source-line",
        site="桐岭在线 (invented), text rendering",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tlzaixian.com/news/2024/0509/66031.html",
        title="我县首届农民丰收节系列活动筹备工作启动",
        record_title=None,
        date="2024-05-09",
        notes="no title in the record; date in a source/time line; reporter byline is body; related list and QR prompt",
        page="""
!m 桐岭在线
!m 新闻中心 > 本地新闻
{T}
!m 来源：桐岭融媒　2024-05-09 07:45　　阅读：1.3万
{BODY}
!m 【编辑：方圆】
!l 相关新闻
!l 我县组织开展“三夏”农机安全检查
!l 县领导调研夏粮收购工作
!a 长按二维码，下载“桐岭在线”客户端
""",
        body="""
本网讯（记者 陶然）5月8日，县农业农村局召开首届农民丰收节系列活动筹备工作会，标志着我县首届农民丰收节筹备工作全面启动。
据介绍，今年的丰收节将以“庆丰收、促和美”为主题，计划于9月下旬在溪口镇举办，届时将开展农产品展销、农耕文化展演、农民趣味运动会、优秀农民表彰等系列活动。目前，筹备组已完成活动方案初稿，正面向全县征集特色农产品参展企业和文艺节目，报名截止时间为今年7月31日。
县农业农村局负责人表示，举办农民丰收节，旨在展示全县乡村振兴成果，提升桐岭农产品知名度，让广大农民共享丰收喜悦。各乡镇也将结合本地特色，同步组织开展形式多样的庆丰收活动，营造全社会关注农业、关心农村、关爱农民的浓厚氛围。
""",
    ),
    dict(
        slug="news-html-exclusive-decorated",
        site="云溪新闻网 (invented)",
        style="新闻门户",
        genre="专访",
        kind="news",
        form="html",
        source="https://news.yxxww.cn/zf/20240611/210338.shtml",
        title="让群众在家门口享受优质医疗服务——访县卫生健康局局长林晓梅",
        record_title="【独家专访】让群众在家门口享受优质医疗服务——访县卫生健康局局长林晓梅",
        record_date="2024-06-11",
        date="2024-06-11",
        notes="decorated record title; a Q&A interview; photo credit-free; byline, share and tag lines",
        page="""
<html><head><meta charset="utf-8"><title>【独家专访】让群众在家门口享受优质医疗服务——访县卫生健康局局长林晓梅</title></head><body>
<div class="top">⟦m 云溪新闻网　传播云溪好声音⟧</div>
<div class="loc">⟦m 首页 ＞ 专访 ＞ 正文⟧</div>
<h1>⟦t 【独家专访】让群众在家门口享受优质医疗服务——访县卫生健康局局长林晓梅⟧</h1>
<div class="byline">⟦m 2024-06-11 08:30　云溪新闻网记者 田野⟧</div>
<div class="article">
{BODY}
</div>
<div class="tags">⟦l 关键词：医共体　基层医疗　卫生健康⟧</div>
<div class="share">⟦l 一键分享：微信好友　新浪微博　QQ空间⟧</div>
<div class="ft">⟦m 云溪新闻网 版权所有　互联网新闻信息服务许可证：33120190023⟧</div>
</body></html>
""",
        body="""
近年来，我县深入推进紧密型县域医共体建设，基层医疗服务能力明显提升。日前，记者就相关话题专访了县卫生健康局局长林晓梅。
记者：县域医共体建设给群众看病带来了哪些变化？
林晓梅：最直观的变化是“近”和“便”。通过医共体建设，县级医院的专家定期下沉到乡镇卫生院坐诊，群众在家门口就能看上专家门诊。去年，全县乡镇卫生院诊疗人次同比增长18%，县域内就诊率达到91%。
记者：下一步还有哪些打算？
林晓梅：我们将继续推进优质医疗资源扩容下沉，今年计划在4个中心卫生院建设胸痛、卒中救治单元，推广远程心电、远程影像诊断服务，让更多群众在基层就能得到及时有效的救治。同时，我们还将加强乡村医生队伍建设，提高村卫生室服务水平，努力实现“小病不出村、常见病不出乡、大病不出县”。
""",
    ),
    dict(
        slug="news-text-work-brief-publish-time",
        site="槐山新闻网 (invented), text rendering",
        style="新闻门户",
        genre="工作简报",
        kind="news",
        form="text",
        source="http://www.hsxww.gov.cn/jb/2024/1015/3320.html",
        title="槐山县扎实推进秋冬种工作",
        date="2024-10-15",
        notes="a work brief on a county news site: site slogan, publish line, counters, tags and prev/next",
        page="""
!m 槐山新闻网
!m 权威发布　贴近百姓
{T}
!m 发布时间：2024年10月15日　　作者：县农业农村局　　点击：381
{BODY}
!l 标签：秋冬种　农业生产
!l 上一条：槐山县召开森林防火工作会议
!l 下一条：槐山县开展农村电商培训
""",
        body="""
连日来，槐山县抢抓晴好天气，组织农户全力推进秋冬种工作。截至10月14日，全县已完成油菜播种5.2万亩，占计划面积的68%；小麦播种3.1万亩，占计划面积的45%。
为确保秋冬种顺利推进，县农业农村局组织40余名农技人员组成10个技术指导组，分赴各乡镇开展技术指导，重点推广油菜机直播、小麦宽幅播种等高产高效技术。同时，县供销社、农资企业加大种子、化肥等农资调运力度，全县储备冬播种子420吨、化肥1.6万吨，能够满足秋冬种生产需要。
下一步，县农业农村局将继续加强调度，强化技术服务，确保秋冬种任务按时保质完成。对因灾受损或缺少劳力的农户，各乡镇将组织党员干部和农机服务队上门帮扶，做到应种尽种、不留空地。
""",
    ),
]
