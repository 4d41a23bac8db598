"""holdout285, part E: education portals, universities, hospitals, personnel-exam sites, tender portals and law firms.

Invented text (every county, person, firm, site, URL and number); see ../README.md and ../build.py
for the markup. Each case is written by hand.
"""

CASES = [
    dict(
        slug="edu-wuchuan-notice-bamboo-stool-labour-education",
        site="杌川教育网 (invented county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.wuchuan.example.gov.cn/jydt/202404/t20240410_6630.html",
        title="关于开展“小竹凳·大匠心”劳动教育实践活动的通知",
        record_title="〔劳动教育·竹编进校园〕关于开展“小竹凳·大匠心”劳动教育实践活动的通知_杌川教育网",
        date="2024-04-08",
        date_also=["2024-04-10"],
        notes="education bureau portal: elder-mode and screen-reader links, an attachment download link beside the "
        "document's own 附件 list, the document's 联系人/电话 beside the site's technical-support line; a sentence "
        "asking schools to 下载 the attachment; 发布时间 differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔劳动教育·竹编进校园〕关于开展“小竹凳·大匠心”劳动教育实践活动的通知_杌川教育网</title>
<script src="/static/js/aria-reader.js"></script></head><body>
<div class="util"><a>⟦a 大字版⟧</a> <a>⟦a 屏幕朗读⟧</a> <a>⟦a 外文版⟧</a></div>
<header>⟦m 杌川教育网　杌川县教育局主办⟧</header>
<nav>⟦m 首页 教育动态 通知公告 政策法规 招生考试 校园风采⟧</nav>
<div class="pos">⟦m 当前位置 : 首页 » 通知公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-04-10 16:08　发布者：基础教育股　浏览：1452⟧</div>
<div class="article">
{BODY}
</div>
<div class="fujian"><a>⟦a 📄 点击下载：活动实施方案（模板）.docx⟧</a><br><a>⟦a 📄 点击下载：学生作品推荐表.xlsx⟧</a></div>
<div class="prevnext">⟦l 上一条：关于做好2024年春季学期学生资助工作的通知⟧<br>⟦l 下一条：全县中小学“书香校园”评选结果公示⟧</div>
<footer>⟦m 杌川县教育局　地址：杌川县文昌路66号⟧<br>⟦m 网站技术支持：0745-7239900（杌川县教育信息中心）⟧<br>⟦m 湘ICP备10022687号⟧</footer>
</body></html>
""",
        body="""
各乡镇中心学校，县直各中小学：
为深入推进劳动教育，传承本土竹编技艺，县教育局决定在全县中小学开展“小竹凳·大匠心”劳动教育实践活动。现将有关事项通知如下。
一、活动内容。各校邀请本地竹编艺人进校园，指导学生认识竹材、学习竹凳编织基本技法，每名学生完成一件竹编小作品。
二、活动时间。2024年4月至6月。
三、成果展示。6月中旬，县教育局将在县青少年活动中心举办学生竹编作品展，每校推荐作品不超过5件。
请各学校下载附件，于4月20日前报送活动实施方案。
联系人：蒋明辉，电话：0745-7236641
附件：1. “小竹凳·大匠心”活动实施方案（模板）
2. 学生作品推荐表
杌川县教育局
2024年4月8日
""",
    ),
    dict(
        slug="edu-chaiying-school-notice-crochet-club-scan",
        site="钗影小学网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.chaiying-xx.example.edu.cn/tzgg/2024/0902/419.html",
        title="关于开设钩针编织社团课程的通知",
        record_title="钗影小学｜关于开设钩针编织社团课程的通知（附扫码报名说明）",
        date="2024-09-02",
        notes="a primary school's site as text: school motto, a 'scan to read on the phone' line, a parents' account "
        "prompt; the school office's own 咨询电话 in the body; a sentence asking parents to 扫描 a QR code",
        page="""
!m 鍑州市镌城区钗影小学　　以美育人　以劳启智
!m 首页 > 通知公告 > 家校通知
{T}
!m 发布人：教导处　　阅读：826
!a 手机扫一扫，转给孩子家长
{BODY}
!a 关注“钗影小学家校通”，第一时间收到学校通知
!m 学校地址：镌城区钗影路31号　　校长办公室：0793-5550100
!m Copyright © 钗影小学　技术支持：镌城区教育城域网中心
""",
        indent="\u3000\u3000",
        body="""
各位家长：
为丰富学生课余生活，培养动手能力，学校本学期开设钩针编织社团课程，欢迎三至六年级学生自愿报名。
一、上课时间：每周三下午课后服务时段（16:20—17:20），共12次课。
二、上课地点：学校艺术楼二楼手工教室。
三、课程内容：认识钩针和毛线，学习锁针、短针、长针，完成杯垫、小花、钥匙扣等作品。
四、材料准备：钩针和毛线由学校统一提供，学生无需自备。
五、报名方式：请家长扫描下方二维码填写报名信息，名额40人，报满为止。
咨询电话：0793-5550187（教导处）
鍑州市镌城区钗影小学
2024年9月2日
""",
    ),
    dict(
        slug="univ-fuzhou-news-dorm-dressing-desks-h1",
        site="鍑州学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.fzxy.example.edu.cn/info/1021/30817.htm",
        title="女生公寓更换一体式书桌梳妆台，新学期宿舍焕新颜",
        record_title=None,
        date="2024-09-03",
        notes="a university news page without a record title: the title is the <h1>; a dotted date in the byline is the "
        "page's date; 文/图/审核 lines, a view counter, a photo caption on a line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鍑州学院新闻网</title></head><body>
<div class="top">⟦m 鍑州学院新闻网　博学 笃行 守正 创新⟧</div>
<nav>⟦m 学院首页 综合新闻 院系动态 校园文化 媒体鍑院 图片新闻⟧</nav>
<div class="loc">⟦m 当前位置：首页 - 综合新闻 - 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2024.09.03　作者：后勤管理处　点击：⟧<script>showHits(30817)</script></div>
<div class="v_news_content">
{BODY}
</div>
<div class="credit">⟦m 文：李梦溪　图：宋航　审核：钟晓舟⟧</div>
<div class="pn">⟦l 上一条：我校召开2024年秋季学期开学工作会议⟧<br>⟦l 下一条：鍑州学院2024级新生报到侧记⟧</div>
<footer>⟦m 鍑州学院党委宣传部主办　地址：鍑州市镌城区学府大道1号⟧</footer>
</body></html>
""",
        body="""
新学期开学前，学校后勤管理处对女生公寓3号、5号楼的412间宿舍进行了家具更新，将原来的木质书桌全部更换为一体式书桌梳妆台。
新书桌台面加宽到1.2米，右侧加装可翻折的梳妆镜和带隔板的收纳抽屉，既方便学生学习，又解决了宿舍里没有地方梳妆的问题。
⟦m ▲ 更新后的女生公寓宿舍一角⟧
“以前化妆只能对着小镜子在床上弄，现在有专门的梳妆台，宿舍也显得整齐多了。”2023级会计专业学生温可欣说。
据介绍，此次更新共投入资金186万元，所用板材均经过甲醛检测。后勤管理处表示，将根据学生反馈，逐步完成其余宿舍楼的家具改造。
""",
    ),
    dict(
        slug="univ-fuzhou-lab-notice-waste-reagent-drums-record",
        site="鍑州学院实验室与设备管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://sbc.fzxy.example.edu.cn/tzgg/2024/0520/1184.htm",
        title="关于清理实验楼废弃化学试剂铁桶的通知",
        record_title="【实验室安全】关于清理实验楼废弃化学试剂铁桶的通知 | 实验室与设备管理处",
        record_date="2024-05-20",
        date="2024-05-20",
        notes="a university office's notice as text: the record gives the date; the document's 联系人/电话 beside the "
        "office's own switchboard in the footer; a safety-exam prompt glued after a 。",
        page="""
!m 鍑州学院 · 实验室与设备管理处
!m 首页 / 通知公告
{T}
!m 发布部门：实验室安全科　　浏览：603
{BODY}
!l 附：实验室安全准入考试入口｜危险废物处置流程图
!m 办公地点：行政楼417室　　电话：0793-5612000　　邮编：344100
!d 版权所有 鍑州学院实验室与设备管理处
""",
        indent="\u3000\u3000",
        body="""
各学院、各实验中心：
近期安全检查发现，部分实验楼走廊、楼梯间和楼顶堆放有废弃化学试剂铁桶，存在泄漏和火灾隐患。为确保实验室安全，现将有关事项通知如下：
一、各单位于5月31日前对本单位实验用房及周边的废弃铁桶进行全面清理，逐桶登记原盛装试剂名称和残留情况。
二、废弃铁桶一律不得混入生活垃圾或自行变卖，由学校统一委托有资质的单位收运处置。⟦a 〔还没通过安全准入考试？点此去考〕⟧
三、对桶内仍有残液的，须拧紧桶盖、贴好标签，暂存于各楼危废暂存间。
四、6月上旬，实验室与设备管理处将组织复查，复查结果纳入实验室安全考核。
联系人：任启航，电话：0793-5612290
实验室与设备管理处
2024年5月20日
""",
    ),
    dict(
        slug="hospital-fuzhou2-rehab-crochet-group-notice",
        site="鍑州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fzey.example.com/ksdt/kfyxk/2024/1016/2291.html",
        title="关于开设“钩针手功能训练”小组的通知",
        record_title="【康复医学科·作业治疗】关于开设“钩针手功能训练”小组的通知-鍑州市第二人民医院",
        date="2024-10-15",
        date_also=["2024-10-16"],
        notes="a hospital site: booking float, 24-hour emergency line, experts list; the department's own 咨询电话 in "
        "the body beside the hospital's booking and emergency lines; 发布时间 differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【康复医学科·作业治疗】关于开设“钩针手功能训练”小组的通知-鍑州市第二人民医院</title></head>
<body>
<div class="tophd">⟦m 鍑州市第二人民医院　二级甲等综合医院⟧　⟦m 急诊急救（24小时）：0793-5587120⟧</div>
<nav>⟦m 首页 医院概况 科室导航 专家介绍 就医指南 健康科普⟧</nav>
<div class="crumb">⟦m 首页 > 科室动态 > 康复医学科⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-10-16　来源：康复医学科　浏览量：937⟧</div>
<div class="content">
{BODY}
</div>
<aside><h4>⟦l 康复医学科专家⟧</h4><p>⟦l 项春华 主任医师 周二上午⟧</p><p>⟦l 殷立 副主任治疗师 周四全天⟧</p></aside>
<div class="float">⟦w 预约挂号 微信搜“鍑州二院”或拨 0793-5587000⟧</div>
<footer>⟦m 鍑州市第二人民医院　地址：鍑州市镌城区健康路88号⟧<br>⟦d 本站健康信息仅供参考，不能代替医生面诊⟧</footer>
</body></html>
""",
        body="""
各位患者及家属：
为帮助脑卒中、手外伤术后患者恢复手指精细动作，我科自2024年10月21日起开设“钩针手功能训练”小组，由作业治疗师带领患者通过钩针编织进行康复训练。
一、训练对象：病情稳定、能独立坐位30分钟以上的手功能障碍患者。
二、训练时间：每周一、三、五下午3:00—4:00，每期8次。
三、训练地点：门诊楼四楼作业治疗室。
四、注意事项：钩针、毛线由科室提供；训练中如出现手部疼痛、肿胀，请及时告知治疗师。
有意参加的患者，请到康复医学科护士站登记，或拨打科室咨询电话0793-5587316。
康复医学科
2024年10月15日
""",
    ),
    dict(
        slug="hospital-chaihu-elderly-fall-coffee-table-advice",
        site="钗湖县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.chxrmyy.example.cn/jkkp/lnyx/2024/0711/880.html",
        title="老人摔倒撞到茶几，家属第一时间该做什么",
        record_title="【老年健康】老人摔倒撞到茶几，家属第一时间该做什么 - 钗湖县人民医院 · 健康科普",
        date=None,
        notes="a hospital's health article as text: author line, a 'share to family' action glued after a 。, an app "
        "booking line; a numbered list; no date",
        page="""
!m 钗湖县人民医院 · 健康科普
!m 科普作者：老年医学科 祁雪峰 副主任医师
{T}
{BODY}
!a 网上预约挂号请下载“钗湖人医”APP
!l 相关科普：老人夜间起夜如何防跌倒｜骨质疏松的早期信号
!m 医院总机：0756-3350000　　地址：钗湖县湖滨路2号
""",
        indent="\u3000\u3000",
        body="""
家中老人起身不稳，一旦摔倒撞上茶几，很容易造成头部外伤或髋部骨折。遇到这种情况，家属要沉住气，按以下步骤处理：
1. 先别急着扶。观察老人是否清醒、能否说话，询问哪里疼痛。
2. 怀疑骨折时不要搬动。如果老人髋部、腰部剧痛，腿不能动，应保持原来姿势，立即拨打120。
3. 头部撞伤要警惕。即使当时没有明显症状，也要留意24小时内是否出现头痛、呕吐、嗜睡。⟦a 【转给家人看看】⟧
4. 有出血先压迫。被茶几玻璃划伤的，用干净毛巾按压伤口止血。
预防胜于治疗。建议有老人的家庭选择圆角或软包茶几，茶几与沙发之间留出至少60厘米通道，夜间保留小夜灯。
""",
    ),
    dict(
        slug="exam-fuzhou-skill-test-crochet-admission-ticket",
        site="鍑州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.fzrsks.example.gov.cn/kwgg/2024/0722/5530.html",
        title="2024年镌城区中小学劳动教育教师招聘技能测试公告",
        record_title="〔劳动教育岗·技能测试〕2024年镌城区中小学劳动教育教师招聘技能测试公告_鍑州人事考试网",
        date="2024-07-22",
        notes="a personnel-exam site: maintenance banner, admission-ticket float, a timetable one row a paragraph, the "
        "bureau's own 咨询电话 beside the site's technical line; a sentence asking candidates to 下载并打印 "
        "their ticket; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔劳动教育岗·技能测试〕2024年镌城区中小学劳动教育教师招聘技能测试公告_鍑州人事考试网</title></head>
<body>
<div class="banner">⟦d 系统升级提示：报名系统将于周三夜间暂停服务，请错峰登录⟧</div>
<header>⟦m 鍑州人事考试网　鍑州市人事考试院⟧</header>
<nav>⟦m 首页 考试动态 考务公告 成绩查询 证书办理⟧</nav>
<div class="loc">⟦m 首页 › 考务公告 › 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：镌城区教育体育局　浏览次数：5,218⟧</div>
{BODY}
<div class="float">⟦a 准考证打印通道 ▸⟧</div>
<footer>⟦m 报名系统技术咨询：0793-5520999（工作日8:30-17:30）⟧<br>⟦m 鍑州市人事考试院　赣ICP备08019975号⟧</footer>
</body></html>
""",
        body="""
根据《2024年镌城区公开招聘中小学教师公告》，现将劳动教育岗位技能测试有关事项公告如下：
一、测试内容：现场完成一件钩针编织作品（杯垫或小花），时间40分钟，满分100分。
二、测试安排：
日期　时间　地点
7月27日　8:30—9:10　镌城区教师进修学校实训楼
7月27日　9:40—10:20　镌城区教师进修学校实训楼
三、有关要求：考生须自带钩针（2.5—4毫米）和毛线，考场不提供工具。请于7月25日起登录本网站下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0793-5520836（区教育体育局人事股）
镌城区教育体育局
2024年7月22日
""",
    ),
    dict(
        slug="exam-wuchuan-craftsman-assessment-bamboo-stool",
        site="杌川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.wuchuan.example.gov.cn/ggtz/20240510/772.html",
        title="杌川县2024年乡村工匠（竹凳编织）技能评价考核公告",
        record_title="杌川县2024年乡村工匠（竹凳编织）技能评价考核公告（报名截至5月31日）- 杌川人事考试信息网",
        date="2024-05-10",
        notes="a personnel-exam site as text: a sign-up float line and a technical line; a practical test described in "
        "the body; the bureau's own 联系电话; 成文日期 under the signature",
        page="""
!m 杌川人事考试信息网
!m 当前位置：首页 > 职业技能评价 > 公告
{T}
!m 发布单位：县人社局职业能力建设股　点击数：2,047
!a 【在线报名入口】　【报名表下载】
{BODY}
!m 网站技术服务电话：0745-7239001
!d 本网站为杌川县人力资源和社会保障局官方信息发布平台
""",
        indent="\u3000\u3000",
        body="""
为加强乡村工匠队伍建设，经县人力资源和社会保障局研究，决定开展2024年乡村工匠（竹凳编织）技能评价考核。现将有关事项公告如下。
一、报考条件：本县户籍、从事竹凳编织工作满2年的人员，年龄不限。
二、考核方式：分理论考试和实操考核两部分。实操考核要求考生在3小时内独立编制一张标准竹凳，主要考查选料、烤弯、榫接和成品稳固性。
三、报名时间：即日起至5月31日，考生携带身份证到县人社局三楼职业能力建设股现场报名。
四、考核合格者颁发乡村工匠技能评价证书，并纳入县乡村工匠人才库。
联系电话：0745-7230512
杌川县人力资源和社会保障局
2024年5月10日
""",
    ),
    dict(
        slug="tender-wuchuan-bid-result-bamboo-stools-lots",
        site="杌川县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.wuchuan.example.gov.cn/jyxx/zfcg/zbgg/20240614/3381.html",
        title="榾柮坪景区休闲竹凳采购项目中标结果公告",
        record_title="［成交结果·公示中］榾柮坪景区休闲竹凳采购项目中标结果公告—杌川县公共资源交易网",
        date="2024-06-14",
        notes="a tender portal: countdown, CA-certificate and trading-system lines, a lots table one row a paragraph, "
        "purchaser and agency contacts in the body; the announcement's date under the agency's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>［成交结果·公示中］榾柮坪景区休闲竹凳采购项目中标结果公告—杌川县公共资源交易网</title></head>
<body>
<div class="hd">⟦m 杌川县公共资源交易网　阳光交易 诚信杌川⟧</div>
<nav>⟦m 首页 交易信息 政策法规 办事指南 诚信体系⟧</nav>
<div class="crumb">⟦m 交易信息 ＞ 政府采购 ＞ 中标（成交）公告⟧</div>
<h2>{T}</h2>
<div class="cd">⟦m 距公示期结束还剩：0天18时42分⟧</div>
<div class="ct">
{BODY}
</div>
<div class="att">⟦a 查看原公告　｜　下载公告PDF⟧</div>
<footer>⟦m 数字证书（CA）办理咨询：0745-7250000⟧<br>⟦m 电子交易系统运维：0745-7250111⟧<br>⟦m 杌川县公共资源交易中心　湘ICP备12008753号⟧</footer>
</body></html>
""",
        body="""
一、项目编号：WCZC-2024-0612
二、项目名称：榾柮坪景区休闲竹凳采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1包　杌川县竹韵工艺品专业合作社　186,400
2包　杌川县榾岭竹编产业园有限公司　142,750
四、主要标的信息：手工竹凳（带靠背）1200张，矮竹凳800张，质保期2年。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：杌川县榾柮坪景区管理处，联系人：熊新，电话：0745-7288013
代理机构：杌川县恒信招标代理有限公司，联系人：黎晓，电话：0745-7251146
杌川县恒信招标代理有限公司
2024年6月14日
""",
    ),
    dict(
        slug="tender-louyang-inquiry-dressing-tables-welfare-home",
        site="镂阳政采在线 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.louyang.example.gov.cn/xjgg/20240805/1207.html",
        title="镂阳县社会福利院适老化梳妆台采购询价公告",
        record_title="〈询价〉镂阳县社会福利院适老化梳妆台采购询价公告_镂阳政采在线",
        date="2024-08-05",
        notes="a procurement site as text: an items table one row a paragraph, the purchaser's own contact beside the "
        "platform's hotline; a sentence asking suppliers to 下载 the inquiry file; 成文日期 under the signature",
        page="""
!m 镂阳政采在线 — 镂阳县政府采购信息发布平台
!m 首页 » 采购公告 » 询价公告
{T}
!m 项目编号：LYXJ-2024-0805　发布：2024-08-05 17:20　浏览 318
!a 〖收藏项目〗〖订阅同类公告〗
{BODY}
!m 平台服务热线：0736-6650888　　供应商注册咨询：0736-6650889
!d 本平台信息由采购人发布，内容的真实性、合法性由采购人负责。
""",
        indent="\u3000\u3000",
        body="""
镂阳县社会福利院拟对适老化梳妆台进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
适老化梳妆台　台面高72厘米、下方留空　30张
防滑梳妆凳　带靠背扶手　30把
二、预算金额：4.2万元。
三、供应商须具有家具生产或销售资质，产品甲醛释放量符合E1级标准。
四、请于8月12日17:00前在本网站下载询价文件，报价单密封后送至福利院办公室。
五、联系方式：镂阳县社会福利院，联系人：包立新，电话：0736-6651028
镂阳县社会福利院
2024年8月5日
""",
    ),
    dict(
        slug="lawfirm-hengping-case-exploding-glass-coffee-table",
        site="鞶水衡平律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.example.cn/anli/2024/0618/95.html",
        title="钢化玻璃茶几自爆伤人，商家要担责吗？",
        record_title="以案说法 ▪ 钢化玻璃茶几自爆伤人，商家要担责吗？—鞶水衡平律师事务所",
        date=None,
        notes="a law firm's case note: lawyer card, consult float, 400 line, a repost notice and a 本文链接 block; "
        "【案情】【裁判】【律师提示】 paragraphs; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>以案说法 ▪ 钢化玻璃茶几自爆伤人，商家要担责吗？—鞶水衡平律师事务所</title></head>
<body>
<header>⟦m 鞶水衡平律师事务所　专注消费维权与侵权纠纷⟧　⟦m 全国咨询：400-617-3308⟧</header>
<nav>⟦m 首页 律所简介 专业团队 典型案例 法律文书 联系我们⟧</nav>
<div class="crumb">⟦m 首页 - 典型案例 - 消费维权⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：衡平律所消费者权益团队　阅读：1,187⟧</div>
<div class="lawyer">⟦w 主办律师：岑一鸣　执业证号：14308201110562817　擅长：产品责任纠纷⟧</div>
{BODY}
<div class="link">⟦m 本文链接：https://www.hengpinglaw.example.cn/anli/2024/0618/95.html⟧</div>
<div class="repost">⟦d 本所原创文章，引用或转发请保留出处⟧</div>
<div class="float">⟦w 免费法律咨询 ▸ 律师15分钟内回电⟧</div>
<footer>⟦m 鞶水衡平律师事务所　地址：鞶水县政和路17号法律服务大厦⟧</footer>
</body></html>
""",
        body="""
【案情】2023年夏天，消费者王女士在某家具店购买了一张钢化玻璃茶几。使用不到一年，茶几玻璃在无人触碰的情况下突然自爆，碎片划伤了王女士女儿的手臂。王女士要求家具店赔偿，遭到拒绝后诉至法院。
【裁判】法院审理认为，涉案茶几在正常使用中发生自爆，家具店未能证明产品不存在缺陷，依据《民法典》关于产品责任的规定，判决家具店赔偿医疗费、护理费等共计1.3万元。
【律师提示】消费者购买玻璃茶几时应索要发票和3C认证信息，发生自爆后要保留现场照片和碎片；商家则应从正规渠道进货，做好产品质量把关。
""",
    ),
    dict(
        slug="lawfirm-panshi-letter-falling-iron-bucket-record",
        site="鍑州鞶石律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="http://www.panshilaw.example.com/wenshu/202409/lsh-0919.html",
        title="关于楼顶堆放铁桶坠落致车辆受损事宜的律师函",
        date="2024-09-19",
        notes="a law firm's published letter as text, the record giving the title: consult line and a 400 line, a "
        "'template notice' glued after a 。; the lawyer's name and 成文日期 under the signature",
        page="""
!m 鍑州鞶石律师事务所　·　法律文书公开
!m 首页 ＞ 法律文书 ＞ 律师函
{T}
!m 发布：鞶石律所文书中心　阅读 466
{BODY}
!w 遇到类似纠纷？鞶石律师在线解答，拨打 400-882-7315
!d 本文书已隐去当事人部分信息，仅供参考，不构成法律意见。
!m 鍑州鞶石律师事务所　地址：鍑州市镌城区中山路206号
""",
        indent="\u3000\u3000",
        body="""
鍑州市镌城区钗影物业服务有限公司：
鞶石律师事务所接受钗影花园业主杜明远先生的委托，指派本所律师就其车辆受损一事，向贵公司致函如下：
2024年9月12日，钗影花园7栋楼顶堆放的一只废弃铁桶被大风吹落，砸中停放在楼下的委托人车辆，造成前挡风玻璃及车顶损坏，维修费用经评估为人民币8600元。⟦d （当事人信息已做脱敏处理）⟧
贵公司作为小区物业服务人，负有管理公共区域、及时清理楼顶杂物的义务。请贵公司自收到本函之日起七日内与委托人协商赔偿事宜，否则本所将依法通过诉讼途径维护委托人权益。
特此函告。
鞶石律师事务所
律师：邹立诚
2024年9月19日
""",
    ),
]
