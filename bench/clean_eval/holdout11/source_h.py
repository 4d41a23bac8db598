"""Holdout 11, part H: cloud-drive shares, search-engine snapshots, print views and mails.
Invented text, sites, places and people; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="netdisk-yunzhou-points-docx-slash-page-markers",
        site="云舟网盘 share page (invented)",
        style="网盘分享",
        genre="工作要点",
        kind="other",
        form="text",
        source="https://pan.yunzhou.example.com/s/1kQ8vRz0",
        title="榆陵县2025年春季学期中小学安全工作要点",
        record_title="榆陵县2025年春季学期中小学安全工作要点.docx",
        date=None,
        notes="cloud-drive share: sharer, validity and extraction-code lines, save/download buttons, preview banner; 'n/8页' markers on lines of their own cut sentences; numbered lists; no date",
        page="""
!m 云舟网盘 | 分享无限，安全存储
!t 榆陵县2025年春季学期中小学安全工作要点.docx
!m 分享者：榆陵小周　｜　分享时间：2025-03-11 20:16　｜　有效期：永久
!a 提取码已自动填写　　✓
!a 保存到我的网盘　　下载（2.1MB）　　举报
!m 在线预览 · 文档共8页
{BODY}
!a 开通云舟超级会员，预览全文无限制
!w 更多中小学安全资料合集，加QQ群 847320616 免费领取
!d 温馨提示：网盘内容由用户分享，请勿下载、传播违法违规内容，云舟网盘将依法配合有关部门处理。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="{n}/8页", every=200, start=2),
        body="""
2025年春季学期，全县中小学安全工作要坚持“安全第一、预防为主”的方针，聚焦校园安全重点领域和关键环节，健全安全工作责任体系，切实保障师生生命安全，为教育事业发展营造安全稳定的环境。
一、压实安全工作责任
1.落实学校安全工作校长负责制，校长是学校安全工作第一责任人，分管副校长是直接责任人，各处室、班主任、任课教师按照“一岗双责”要求履行安全职责。
2.开学前，县教育局与各学校签订安全目标责任书，各学校与教职工、家长分别签订安全责任书和安全告知书。
二、抓好重点领域安全
1.校园食品安全。严格落实校长陪餐制度和食品安全总监制度，加强食材采购、储存、加工各环节管理，杜绝食物中毒事件发生。
2.学生交通安全。加强校车安全管理，严禁使用不合格车辆接送学生；对乘坐电动自行车上下学的学生，督促家长为孩子佩戴安全头盔。
3.防溺水安全。春夏之交是溺水事故高发期，各学校要在4月底前完成防溺水专题教育，落实“六不”要求，会同乡镇在危险水域设置警示标志。
4.校舍和消防安全。开学前全面排查校舍、围墙、护栏等设施安全隐患，确保消防设施完好有效，疏散通道畅通。
三、加强安全教育和演练
各学校每月至少开展一次安全主题教育活动，每学期至少组织两次应急疏散演练，提高师生安全意识和自救自护能力。
四、强化督导检查
县教育局将采取“四不两直”方式对学校安全工作进行督导检查，对检查中发现问题整改不力的学校，予以通报批评，并在年度考核中扣分。
""",
    ),
    dict(
        slug="netdisk-lanjing-summary-flood-pdf-glued-angle-markers",
        site="蓝鲸云盘 preview (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.lanjingyun.example.com/share/preview/Fz73pQ",
        title="2025年防汛抗旱工作总结",
        record_title="2025年防汛抗旱工作总结.pdf",
        date="2025-11-20",
        notes="file-name record title; preview limited to the first pages; '<<n>>' markers glued to the start of the continuation; date under the signature",
        page="""
!m 蓝鲸云盘
!m 文件：2025年防汛抗旱工作总结.pdf　｜　1.6MB　｜　来自分享者“棠浦水利”
!a 在线预览仅显示前3页，完整内容请保存后查看
!a [ 保存 ]　[ 下载 ]　[ 分享给好友 ]
{T}
{BODY}
!a ▲ 已显示前3页 ▲ 保存到网盘查看剩余2页
""",
        indent="\u3000\u3000",
        pages=dict(fmt="<<{n}>>", every=220, start=2, glue=True),
        body="""
2025年，我县先后经历了5轮强降雨过程和夏秋连旱，防汛抗旱形势复杂严峻。在县委、县政府的坚强领导下，县防汛抗旱指挥部坚持“人民至上、生命至上”，科学调度、精准施策，夺取了防汛抗旱工作的全面胜利，全县未发生人员伤亡和重大财产损失。现将全年工作总结如下。
一、主要工作
（一）汛前准备扎实到位。汛前组织开展防汛大检查，排查各类风险隐患136处，全部整改到位；修订完善县、乡、村三级防汛预案1260个；储备冲锋舟、救生衣、编织袋等物资价值1150万元。
（二）汛期应对科学有力。强降雨期间，累计发布预警信息2.6万条，启动应急响应4次，转移避险群众1.2万人次；科学调度水库46座，拦蓄洪水1.3亿立方米，有效减轻了下游防洪压力。
（三）抗旱保供措施有效。7月以来遭遇持续干旱，县里及时启动抗旱四级应急响应，投入抗旱资金860万元，新打机井42眼、维修泵站28座，保障了8.6万名群众饮水安全和15万亩农田灌溉用水。
二、存在的问题
一是部分中小河流防洪标准偏低，堤防存在险工险段；二是基层防汛队伍专业化程度不高；三是山洪灾害监测预警设施维护不及时。
三、下一步打算
我们将加快推进中小河流治理和病险水库除险加固，加强基层防汛能力建设，不断提升水旱灾害防御能力。
棠浦县防汛抗旱指挥部办公室
2025年11月20日
""",
    ),
    dict(
        slug="snapshot-souke-summary-html-highlight-banner",
        site="搜客网页快照 of 棠浦县水利局 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://cache.souke.example.com/c?u=slj.tangpu.example.gov.cn%2Fgzzj%2F2025%2F0115.html",
        title="棠浦县水利局2024年工作总结和2025年工作计划",
        date="2025-01-15",
        notes="HTML cache snapshot: the engine's snapshot banner and keyword-highlight line on top of the original page's chrome; date from the original page's 发布时间 line",
        page="""
<html><head><meta charset="utf-8"><title>棠浦县水利局2024年工作总结和2025年工作计划 - 搜客快照</title></head>
<body>
<div class="sk-banner"><p>⟦d 【网页快照】本页面为“搜客”于 2025-03-02 14:20 保存的副本，原网页可能已更新或删除。⟧</p><p>⟦a 查看原网页 ›⟧</p><p>⟦m 关键词高亮：水利　工作总结⟧</p></div>
<div class="orig">
<div class="gov-head">⟦m 棠浦县水利局⟧</div>
<div class="gov-nav">⟦m 首页 › 工作动态 › 计划总结⟧</div>
<h2>{T}</h2>
<p>⟦m 发布时间：2025-01-15 10:06　来源：办公室⟧</p>
<div class="gov-text">
{BODY}
</div>
<p>⟦a 【我要纠错】 【打印】 【关闭】⟧</p>
<div class="gov-foot">⟦m 主办单位：棠浦县水利局　网站标识码：3609240021⟧</div>
</div>
</body></html>
""",
        body="""
2024年，县水利局紧紧围绕县委、县政府中心工作，坚持节水优先、空间均衡、系统治理、两手发力的治水思路，扎实推进水利基础设施建设和水旱灾害防御工作，各项工作取得新成效。
一、2024年工作完成情况
（一）水利投资创新高。全年完成水利投资9.8亿元，同比增长21%，争取上级水利资金4.3亿元。城乡供水一体化一期工程建成通水，新增受益人口6.2万人。
（二）水旱灾害防御有力。成功应对“6·18”强降雨过程，全县水库无一垮坝，转移群众3200余人，实现了“不死人、少损失”目标。
（三）河湖管护成效明显。深入推进河湖长制，清理河道“四乱”问题48处，县城段濑江水质稳定保持Ⅱ类。
（四）农村水利持续改善。完成小型水库除险加固12座，新建改造灌溉渠道68公里，新增恢复灌溉面积2.1万亩。
二、2025年工作计划
（一）加快重大项目建设。推进城乡供水一体化二期、中型灌区续建配套与节水改造等重点项目，全年计划完成水利投资10亿元以上。
（二）提升防灾减灾能力。完善山洪灾害监测预警体系，加强水库安全运行管理，确保安全度汛。
（三）深化河湖长制。开展幸福河湖建设，推动河湖管护从“见河长”向“见行动”“见成效”转变。
（四）强化水资源管理。严格取水许可管理，推进节水型社会建设，全面完成年度用水总量和强度控制目标。
""",
    ),
    dict(
        slug="snapshot-baisou-hostscript-text-only-no-date",
        site="百搜文字快照 (invented)",
        style="搜索快照",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://snap.baisou.example.cn/text?url=www.yanting-fl.example.org%2Fhd%2F38.html",
        title="全县“三八”国际妇女节表彰大会主持词",
        record_title=None,
        date=None,
        notes="no record title; a text-only snapshot header (snapshot date, links to the original and the full snapshot); the original page's short chrome survives as lines; the snapshot date is no date of the document",
        page="""
!m 百搜快照　|　文字版　|　原网页　|　完整快照
!d 百搜快照日期：2025-03-09。百搜与网页作者无关，不对其内容负责。
!m 雁汀县妇联 >> 活动剪影
{T}
{BODY}
!m 雁汀县妇女联合会 主办
""",
        body="""
各位领导、姐妹们、同志们：
大家上午好！在春风送暖、万物复苏的美好时节，我们迎来了第115个“三八”国际劳动妇女节。今天，我们在这里隆重召开全县“三八”国际妇女节表彰大会，表彰先进、树立典型，激励全县广大妇女在推动高质量发展中再立新功。
出席今天大会的领导有：县委副书记余蕾同志，县人大常委会副主任龚敏同志，县政协副主席黎晓春同志。参加会议的还有受表彰的先进集体代表、先进个人和各乡镇妇联主席。让我们以热烈的掌声对各位领导的到来表示欢迎！
今天的大会共有四项议程：一是宣读表彰决定；二是为受表彰的先进集体和个人颁奖；三是先进代表发言；四是请县委副书记余蕾同志讲话。
下面，进行大会第一项议程，请县妇联主席宣读《关于表彰全县三八红旗手（集体）的决定》。
进行大会第二项议程，为受表彰的先进集体和个人颁奖。请受表彰的代表上台领奖，请各位领导上台颁奖。
进行大会第三项议程，请先进代表发言。
进行大会第四项议程，请县委副书记余蕾同志讲话。大家欢迎！
姐妹们、同志们，刚才余书记的讲话站位高远、情真意切，希望全县广大妇女以受表彰的先进为榜样，自尊、自信、自立、自强，在各自岗位上建功立业。
大会到此结束，散会！
""",
    ),
    dict(
        slug="print-yanting-plan-html-print-header-url",
        site="雁汀县人民政府 print view (invented)",
        style="打印页",
        genre="方案",
        kind="other",
        form="html",
        source="http://www.yanting.example.gov.cn/print.jsp?id=220871",
        title="雁汀县2025年春季植树造林工作方案",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="HTML print view: a browser-style print header with time and page title, start-print and close buttons, the URL at the foot; signature date; 1. 2. lists; a year in the title",
        page="""
<html><head><meta charset="utf-8"><title>雁汀县2025年春季植树造林工作方案_雁汀县人民政府</title></head>
<body onload="">
<div class="p-head">⟦m 2025/4/8 10:21　雁汀县2025年春季植树造林工作方案_雁汀县人民政府⟧</div>
<div class="p-btn">⟦a ⎙ 开始打印⟧　⟦a ✕ 关闭本页⟧</div>
<h2>{T}</h2>
<p class="p-src">⟦m 发布机构：县林业局　发布日期：2025-02-26⟧</p>
<div class="p-text">
{BODY}
</div>
<div class="p-url">⟦m http://www.yanting.example.gov.cn/zwgk/ghjh/202502/t20250226_220871.html⟧</div>
</body></html>
""",
        body="""
为深入推进国土绿化行动，加快建设生态强县，根据上级关于春季造林绿化工作的部署，结合我县实际，制定本方案。
一、目标任务
2025年春季，全县计划完成人工造林1.2万亩、封山育林2万亩、退化林修复1.5万亩，完成义务植树50万株。造林成活率达到90%以上。
二、重点工作
1.实施重点区域绿化。围绕高速公路、国省干道两侧和濑江沿岸，开展通道绿化和水系绿化，打造绿色生态廊道。
2.推进乡村绿化美化。结合和美乡村建设，开展村庄四旁植树，每个行政村新植乡土树种不少于500株。
3.开展全民义务植树。3月12日前后，组织县直机关、驻县单位干部职工到县义务植树基地开展集中植树活动。
4.加强苗木质量管理。造林苗木必须使用“两证一签”齐全的合格苗木，严禁使用来源不明的苗木，防止林业有害生物传播。
三、保障措施
1.加强组织领导。各乡镇要成立造林绿化工作领导小组，主要负责同志亲自抓，确保任务落实到山头地块。
2.强化资金保障。县财政安排造林绿化专项资金1200万元，按照“先造后补、验收兑现”的原则拨付。
3.严格检查验收。县林业局要组织技术人员开展造林质量检查，对成活率达不到要求的，督促及时补植补造。
雁汀县林业局
2025年2月24日
""",
    ),
    dict(
        slug="print-danchuan-decision-browser-footer-markers",
        site="澹川县人民政府 page printed from a browser (invented)",
        style="打印页",
        genre="决定",
        kind="notice",
        form="text",
        source="https://www.danchuan.example.gov.cn/art/2025/5/9/art_771.html",
        title="关于表彰2024年度全县安全生产工作先进集体和先进个人的决定",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="a page printed from a browser and saved as text: the print header with time and page title on top, and the browser's footer (URL and n/3) on lines of their own between lines of one paragraph; document number (neutral); lists of names one per paragraph",
        page="""
!m 2025/5/12 15:04　关于表彰2024年度全县安全生产工作先进集体和先进个人的决定_澹川县人民政府
!m 澹川县人民政府　>　政务公开　>　政府文件
{T}
澹政发〔2025〕9号
!m 发布日期：2025-05-09
{BODY}
!p https://www.danchuan.example.gov.cn/art/2025/5/9/art_771.html　3/3
""",
        wrap=72,
        indent="\u3000\u3000",
        pages=dict(fmt="https://www.danchuan.example.gov.cn/art/2025/5/9/art_771.html　{n}/3", every=260, start=1),
        body="""
各乡镇人民政府，县直各单位：
2024年，全县各级各部门坚持人民至上、生命至上，认真落实安全生产责任，扎实开展安全生产治本攻坚三年行动，全县生产安全事故起数和死亡人数实现“双下降”，安全生产形势持续稳定向好。在这项工作中，涌现出一批成绩突出的先进集体和先进个人。为表彰先进、激励担当，县人民政府决定，授予县应急管理局安全生产执法大队等10个单位“2024年度全县安全生产工作先进集体”称号，授予彭立军等20名同志“2024年度全县安全生产工作先进个人”称号。
希望受表彰的先进集体和个人珍惜荣誉、戒骄戒躁，再接再厉，在新的一年里取得更大成绩。全县各级各部门和广大干部职工要以先进为榜样，坚守安全红线，压实安全责任，为全县经济社会高质量发展营造安全稳定的环境。
附件：2024年度全县安全生产工作先进集体和先进个人名单
澹川县人民政府
2025年5月8日
附件
2024年度全县安全生产工作先进集体和先进个人名单
一、先进集体（10个）
县应急管理局安全生产执法大队、县消防救援大队城区消防救援站、县住房和城乡建设局质量安全监督站、县交通运输局运输管理所、县市场监督管理局特种设备安全监察股、青溪镇人民政府、白马乡人民政府、县工业园区管理委员会安全环保局、澹川化工股份有限公司、澹川县燃气有限公司
二、先进个人（20名）
彭立军、陶海燕、邓志成、刘冬梅、江浩、孔德明、舒晴、罗旭东、汤林、易芳、宋建华、熊俊、阳光明、姜美玲、万强、唐小燕、洪波、文静、柴勇、蔡思雨
""",
    ),
    dict(
        slug="mail-yuling-notice-forwarded-progress-report",
        site="a forwarded mail in a township's webmail (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.yuling.example.gov.cn/readmail?mid=ZL2025050915",
        title="关于报送2025年上半年重点工作进展情况的通知",
        record_title="转发：关于报送2025年上半年重点工作进展情况的通知",
        date="2025-05-09",
        notes="a forwarded mail: the forwarder's note, original-mail header block, mail attachment list and client signature are chrome; the notice's own 附件 and 联系人 stay body; 转发： in the record title",
        page="""
!m 主题：转发：关于报送2025年上半年重点工作进展情况的通知
!m 发件人：甸塘镇党政办 <dtzdzb@yuling.example.gov.cn>
!m 时间：2025年5月9日 16:40
!m 各办、站、所：请按要求于5月23日前报送，逾期系统自动锁定。——党政办 小刘
!m ———— 原始邮件 ————
!m 发件人："县政府办秘书科" <mskm@yuling.example.gov.cn>
!m 发送时间：2025年5月9日(星期五) 下午3:12
!m 收件人："各乡镇党政办"
!m 主题：关于报送2025年上半年重点工作进展情况的通知
{T}
{BODY}
!m 附件（2个）：重点工作进展情况表.xlsx（18KB）　填报说明.docx（24KB）
!m — 来自 云邮 iPhone 客户端
!d 本邮件及其附件含有县政府办公室的保密信息，仅限于发送给上面地址中列出的个人或群组。
""",
        body="""
各乡镇人民政府，县直各单位：
根据县委、县政府工作安排，县政府办公室将对2025年上半年重点工作推进情况进行专项督查。为全面掌握各地各单位重点工作进展，现就有关事项通知如下：
一、报送内容。各乡镇、各单位对照《2025年县政府工作报告重点任务分解方案》，逐项梳理牵头和配合事项上半年进展情况，重点报送已完成事项、进度滞后事项及原因、下一步工作措施等。
二、报送要求。进展情况要实事求是、数据准确，不得夸大成绩、回避问题。对进度滞后的事项，要说明具体原因和整改时限。材料经单位主要负责人审核签字后，于5月23日前报送县政府办公室秘书科，电子版同时发送至邮箱。
三、其他事项。县政府办公室将根据各单位报送情况，结合实地督查，形成上半年重点工作督查通报，督查结果纳入年度绩效考核。
附件：1.2025年上半年重点工作进展情况表
2.填报说明
联系人：县政府办公室秘书科 戴文，电话：0730-5221087。
榆陵县人民政府办公室
2025年5月9日
""",
    ),
    dict(
        slug="mail-bifeng-newsletter-speech-summer-grain",
        site="笔锋学堂周刊 newsletter mail (invented)",
        style="邮件转发",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://mail.example-webmail.cn/read?mid=bf-weekly-87",
        title="在全县夏粮收购工作会议上的讲话",
        record_title="笔锋学堂周刊第87期｜在全县夏粮收购工作会议上的讲话",
        date="2025-06-03",
        notes="a newsletter mail: view-in-browser and unsubscribe links, issue line and contents, a subscription notice; the speech's date under its title (neutral); a course ad between two paragraphs",
        page="""
!a 如邮件无法正常显示，请点此查看网页版
!m 笔锋学堂周刊　第87期　2025年6月第2周
!l 本期导读：①范文精读：夏粮收购会议讲话　②写作技巧：讲话稿的“三段式”　③学员问答
!m 【范文精读】
{T}
（2025年6月3日）
{BODY}
!d 您收到此邮件，是因为您在笔锋学堂官网订阅了《笔锋学堂周刊》。
!a 退订本刊　｜　修改订阅偏好　｜　转发给同事
!m 笔锋学堂 · 公文写作学堂　客服邮箱：zhoukan@bifengedu.com
""",
        indent="\u3000\u3000",
        body="""
同志们：
当前，全县夏粮已进入集中收获期。今天召开这次会议，主要任务是安排部署今年夏粮收购工作，确保农民种粮卖得出、卖得好，守住“种粮农民卖粮难”的底线。下面，我讲三点意见。
一、认清形势，增强做好夏粮收购工作的责任感。今年全县小麦播种面积18.6万亩，预计总产8.9万吨，丰收已成定局。但受市场因素影响，近期小麦价格有所波动，部分农户惜售待涨，部分收购企业资金紧张、收购积极性不高。各乡镇、各部门要充分认识做好夏粮收购工作的重要性，切实把这件事关农民切身利益的大事抓紧抓好。
二、突出重点，确保收购工作平稳有序。一要落实收购政策。严格执行国家小麦最低收购价政策，一旦市场价格低于最低收购价，要及时启动托市收购。二要保障收购资金。农业发展银行要足额保障政策性收购资金，鼓励商业银行支持多元市场主体入市收购。三要优化收购服务。各收购网点要合理安排收购时间，推行预约收购、上门收购，缩短农民排队等候时间。
⟦a ▎笔锋学堂讲话稿专项课：6月15日开课，周刊读者立减200元，回复“讲话”报名 ▎⟧
三、强化监管，切实维护售粮农民利益。市场监管、粮食部门要加强收购市场监督检查，严厉打击压级压价、“打白条”、克斤扣两等坑农害农行为，确保收购市场秩序良好。
同志们，夏粮收购时间紧、任务重。各乡镇、各部门要各司其职、密切配合，确保夏粮颗粒归仓、农民增收。
""",
    ),
]
