"""holdout370, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wechat-weiyue-arrester-myths-html",
        site="微阅存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://weiyuecundang.com/a/duchuan-anjian/20250409-0830.html",
        title="速差器使用的五个误区，你中招了吗？",
        record_title="速差器使用的五个误区，你中招了吗？ · 犊川安监 · 微阅存档",
        date="2025-04-09",
        notes="WeChat mirror: a star prompt glued before the first words, a forward prompt on a line of its own between "
        "paragraphs, 阅读原文/在看/赞 rows, QR line and the mirror's archive note; the account line's date as the page's date; "
        "a sentence about printing as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>速差器使用的五个误区，你中招了吗？ · 犊川安监 · 微阅存档</title>
<link rel="stylesheet" href="/static/mp-mirror.css">
<script async src="/static/lazyimg.js"></script>
</head>
<body>
<div class="mirror-bar"><a href="/">⟦m 微阅存档⟧</a> ⟦m 公众号文章备份与检索⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　犊川安监　2025年4月9日 08:30　贵州⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦l 阅读 2041　赞 58　在看 19⟧</div>
<div class="qr">⟦a 微信扫一扫，关注“犊川安监”⟧</div>
</div>
<div class="mirror-side">
<h4>⟦l 本号其他文章⟧</h4>
<ul><li>⟦l 脚手架拆除前，这三件事必须做⟧</li><li>⟦l 夏季高温作业防暑十问⟧</li></ul>
</div>
<div class="mirror-foot">⟦d 本页由微阅存档抓取备份，文章著作权归原公众号所有，如需删除请来信。⟧</div>
<script>document.querySelectorAll('img').forEach(function(i){i.loading='lazy';});</script>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“犊川安监”，设为星标不错过⟧速差器又叫速差自控器，是高处作业人员的“救命绳”。可在日常检查中，安监人员发现不少工人对速差器存在使用误区。
误区一：挂点随便找。速差器必须挂在作业面上方牢固的构件上，不能挂在脚手架扣件、临时绳索上。
误区二：低挂高用。挂点低于作业面，一旦坠落，冲击距离和冲击力都会大大增加。正确做法是“高挂低用”。
误区三：用前不试。每次使用前都要快速拉出安全绳，听到锁止声、确认能锁住再作业。
⟦d 文中示意图由犊川安监整理，转载须保留出处⟧
⟦a 转给身边干高处作业的工友，多一个人知道多一分安全⟧
误区四：绳子拖地打结。安全绳不能在棱角上摩擦，也不能打结、接长使用。
误区五：过期照用。速差器一般每年检验一次，超过检验期或经历过一次坠落冲击的，必须停用送检。
各施工班组可以把这五个误区打印出来，贴在班前会的宣讲栏里，时时提醒。
""",
    ),
    dict(
        slug="wechat-haowai-pledge-spikes-no-title-text",
        site="号外存档馆 (invented WeChat mirror, text view)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://haowaicundang.cn/txt/xiaodong-gds/2025033101.txt",
        title="关于规范使用脚扣、杜绝自制登杆工具的倡议书",
        record_title=None,
        date="2025-03-28",
        date_also=["2025-03-31"],
        notes="no title in the record: found on the page; 成文日期 under the signature, the account's posting date also "
        "accepted; a star prompt under the title, archive stamp (no date); a sentence about sharing as content",
        page="""
!m 号外存档馆 — 公众号文章离线阅读
!m 原创　硝洞供电所　2025-03-31 17:05
{T}
!a 星标我们，第一时间收到用电安全提醒
{BODY}
!a 阅读原文
!l 分享　　收藏　　在看 26　　赞 41
!w 长按识别二维码，添加供电所客户经理微信
!l 往期推荐：夏季用电高峰，这份安全清单请收好
!d 存档于 4 天前 · 来源公众号“硝洞供电所” · 存档馆仅作离线阅读，不代表原作者观点
""",
        body="""
广大电工朋友、村级电管员：
近年来，农村低压线路维修中，仍有个别人员使用自制脚扣或已经变形、开焊的旧脚扣登杆，有的甚至不系安全带徒手攀爬，险情时有发生。为守护大家的生命安全，我们倡议：
一、使用合格脚扣。登杆必须使用有产品合格证、经检验合格的脚扣，杜绝使用自己焊接、改装的脚扣。
二、登杆前先检查。检查脚扣有无裂纹、变形，胶皮是否完好，小爪是否灵活；对脚扣做人体冲击试验，确认牢靠再登杆。
三、安全带不离身。登杆全过程系好安全带，到达作业位置后先挂好后备保护绳。
四、雨雪天不冒险。杆身湿滑、结冰时，不得使用脚扣登杆。
五、相互提醒。发现有人使用自制脚扣或违规登杆，请及时劝阻，也可以向供电所反映。
欢迎大家把这份倡议书分享到村里的电工群，让更多人看到。
硝洞供电所
2025年3月28日
""",
    ),
    dict(
        slug="docshare-wendangwan-contract-template-docx-html",
        site="文档湾 (invented sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wendangwan.com/doc/3349017.html",
        title="灰桶、托灰板等抹灰工具采购合同（范本）",
        record_title="灰桶、托灰板等抹灰工具采购合同（范本）.docx",
        date=None,
        notes="file-name record title; sharing page with a file-info box, a sign-in voucher lock and a service WeChat; contract "
        "template with ×× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and 第N条 articles; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>灰桶、托灰板等抹灰工具采购合同（范本）.docx - 文档湾</title>
<link rel="stylesheet" href="/css/wdw.detail.css">
<script src="/js/wdw.common.js"></script>
</head>
<body>
<div class="wdw-top"><a href="/" class="logo">⟦m 文档湾⟧</a> ⟦m 好文档都在湾里⟧ <a href="/upload">⟦a 上传赚积分⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="wdw-crumb">⟦m 文档湾 › 合同协议 › 采购合同⟧</div>
<div class="wdw-main">
<h1>{T}</h1>
<div class="wdw-info">⟦m 格式：DOCX　页数：2　大小：23KB　上传时间：2025-05-11　下载：318⟧</div>
<div class="wdw-doc">
{BODY}
</div>
<div class="wdw-lock">⟦a 签到满7天送下载券，本文需1张下载券⟧ <a class="btn">⟦a 用券下载 Word 原件⟧</a></div>
</div>
<div class="wdw-side">
<h3>⟦l 同类合同模板⟧</h3>
<ul><li>⟦l 建筑劳务分包合同（简易版）⟧</li><li>⟦l 五金工具买卖合同范本⟧</li><li>⟦l 砂浆材料供货协议⟧</li></ul>
<div class="kefu">⟦w 找不到合适的模板？客服微信 wdw-kefu08 帮你找⟧</div>
</div>
<div class="wdw-foot">⟦d 文档湾所有文档由用户上传，版权归上传者所有，平台只提供存储和展示服务。⟧ ⟦m 闽ICP备2020034417号-1⟧</div>
<script>wdw.preview({id:3349017});</script>
</body>
</html>
""",
        body="""
甲方（采购方）：××建筑劳务有限公司
乙方（供货方）：××五金工具经营部
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就抹灰工具采购事宜订立本合同。
第一条　采购内容：加厚塑料灰桶＿＿只，单价＿＿元；不锈钢托灰板＿＿块，单价＿＿元；铁抹子＿＿把，单价＿＿元。合同总价（大写）＿＿＿＿元。
第二条　质量要求：灰桶应为新料注塑，桶壁厚度不小于＿＿毫米，提梁为镀锌钢丝，满装灰浆提起时桶身无开裂、提梁无脱出。
第三条　交货时间和地点：乙方于＿＿＿＿年＿＿月＿＿日前将货物送至××项目部，运费由乙方承担。
第四条　验收：甲方在收货后＿＿日内验收，对不符合质量要求的，乙方应在＿＿日内无条件更换。
⟦a 登录后可编辑本模板中的空格内容⟧
第五条　付款方式：验收合格后＿＿日内，甲方一次性支付全部货款。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金；甲方逾期付款的，按同样标准支付违约金。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-shuqian-request-micrometers-doc-markers",
        site="书签文档网 (invented sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.shuqian-doc.com/p/20250302/661804.html",
        title="关于购置千分尺等实训量具的请示",
        record_title="关于购置千分尺等实训量具的请示.doc",
        date="2025-02-24",
        notes="file-name record title; preview text cut by page markers glued to the continuation; 成文日期 in Chinese numerals; "
        "the request's own 联系人/电话 beside the site's ghost-writer QQ; upload stamp is no date",
        page="""
!m 书签文档网 shuqian-doc.com
!m 文档分类：行政公文 ＞ 请示报告
{T}
!d 本文档由用户“职教小贺”上传，书签文档网仅提供信息存储空间，不对内容负责。
!m 上传时间：2025-03-02　下载次数：57　文档评分：4.2
!a 文档预览（前 3 页）
{BODY}
!a 预览已结束 · 完整文档共 3 页，下载需 2 积分
!l 相关文档：学校购置实训设备的请示范文.doc　职业学校实训室建设方案.docx
!w 文档代找代写：QQ 2480 6617（工作日 9:00-18:00）
""",
        pages=dict(fmt="⫭{n}⫮", every=115, start=2, glue=True),
        body="""
县教育局：
我校机械加工技术专业现有在校生186人，实训车间现有外径千分尺32把，大多购于2013年，经县计量所检定，其中11把示值误差超差已停用，其余也普遍存在测砧磨损、棘轮失灵等问题，无法满足“一人一尺”的实训教学要求，也影响学生参加技能等级认定。
为保障实训教学正常开展，经学校行政会研究，拟购置以下量具：0—25毫米外径千分尺60把，25—50毫米外径千分尺30把，5—30毫米内测千分尺10把，千分尺校对量杆及量具柜一批，预算总额约4.2万元，从学校2025年实训设备经费中列支。
购置工作将严格按照政府采购有关规定执行，量具到货后送县计量所首次检定，合格后投入使用，并建立一尺一档的管理台账。
妥否，请批示。
联系人：教务处　贺明轩　电话：0857-6238116
戍原县职业技术学校
二〇二五年二月二十四日
""",
    ),
    dict(
        slug="edu-jialing-contest-notice-spikes-html",
        site="迦陵教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.jialing.gov.cn/tzgg/202509/t20250908_55170.html",
        title="关于举办迦陵市2025年中职学校电气运行与控制技能大赛的通知",
        record_title="【技能赛事】关于举办迦陵市2025年中职学校电气运行与控制技能大赛的通知 - 迦陵教育信息网",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="education portal: 适老化/视障辅助 links, attachment download links beside the notice's own 附件 list, the "
        "notice's 联系人/电话/邮箱 beside the site's technical-support line; numbered list; 成文日期 vs 发布时间",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【技能赛事】关于举办迦陵市2025年中职学校电气运行与控制技能大赛的通知 - 迦陵教育信息网</title>
<link rel="stylesheet" href="/css/jyj_2023.css">
<script src="/js/aging.js"></script>
</head>
<body>
<div class="edu-top">⟦m 迦陵市教育局 · 迦陵教育信息网⟧ <a>⟦a 放大镜阅读⟧</a> <a>⟦a 视障辅助⟧</a></div>
<div class="edu-nav">⟦m 首页　教育要闻　通知公告　职业教育　招生考试　政务公开⟧</div>
<div class="edu-crumb">⟦m 您所在的位置：首页 → 通知公告 → 职业教育⟧</div>
<div class="edu-article">
<h2>{T}</h2>
<div class="edu-meta">⟦m 发布时间：2025-09-08 15:20　来源：职成教科　阅读次数：603⟧</div>
<div class="edu-con">
{BODY}
</div>
<div class="edu-attach">
<p>⟦a 附件1：比赛规程及评分标准.pdf（点击下载）⟧</p>
<p>⟦a 附件2：参赛报名表.xlsx（点击下载）⟧</p>
</div>
<div class="edu-pn">⟦l 上一篇：关于做好2025年秋季学期中职学生资助工作的通知⟧<br>⟦l 下一篇：全市职业院校教师教学能力比赛获奖名单公示⟧</div>
</div>
<div class="edu-foot">
<p>⟦m 主办：迦陵市教育局　地址：迦陵市淤口区文教路2号⟧</p>
<p>⟦m 技术支持：迦陵市教育信息中心 0859-3326999⟧</p>
<p>⟦m 黔ICP备05007762号-4⟧</p>
</div>
<script>agingMode.init();</script>
</body>
</html>
""",
        body="""
各区县教育局，市直各中等职业学校：
为检验中职学校电类专业教学成果，提高学生实践操作能力，市教育局决定举办2025年中职学校电气运行与控制技能大赛。现将有关事项通知如下。
一、比赛时间和地点
2025年10月23日至24日，在迦陵市高级技工学校举行。
二、比赛项目
设低压配电线路安装、电动机控制电路安装两个项目。低压配电线路安装项目含登杆作业环节，选手须使用脚扣登上8米水泥杆完成横担和绝缘子安装。
三、参赛要求
1．每校每个项目限报2名选手，选手须为在籍在校学生。
2．登杆作业所用脚扣、安全带由承办学校统一提供，选手不得自带。
3．各校须为选手购买比赛期间人身意外伤害保险。
四、报名方式
请各校于10月10日前将报名表和保险单复印件报送市职成教科。
联系人：市职成教科　汤晓蔓　电话：0859-3326017　邮箱：jlszcj@jialing-edu.cn
附件：1．比赛规程及评分标准
2．参赛报名表
迦陵市教育局
2025年9月5日
""",
    ),
    dict(
        slug="edu-duchuan-study-tour-plan-area-meter-text",
        site="犊川县教育体育局网站 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jtj.duchuan.gov.cn/xydt/dyyx/2025/0512/2207.html",
        title="犊川县第二中学“丈量家乡田野”研学实践活动方案",
        record_title="犊川县第二中学“丈量家乡田野”研学实践活动方案 〔德育·研学〕—犊川教体",
        date="2025-05-12",
        notes="education bureau text page: decimal headings 1.1–4; 成文日期 under the signature; technical-support line after "
        "the body",
        page="""
!m 犊川县教育体育局
!m 首页 >> 校园动态 >> 德育研学
{T}
!m 来源：县二中　　录入：信息员　　点击：318
!a 【加大字号】【还原】【关闭】
{BODY}
!l 上一篇：县实验小学开展“小小农技员”劳动实践
!l 下一篇：关于组织开展2025年中小学生暑期安全教育的通知
!m 技术支持：犊川县教育信息化中心　服务电话：0857-6351600
!m 犊川县教育体育局 主办　地址：犊川县城关镇文昌路9号
""",
        body="""
为引导学生走进田野、了解农业，把数学课堂延伸到生产实际，学校决定组织七年级学生开展“丈量家乡田野”研学实践活动，特制定本方案。
1 活动时间和地点
1.1 时间：2025年5月29日（星期四）全天。
1.2 地点：犊川县鬃岭乡兀岭村高标准农田示范片。
2 活动内容
2.1 认识测亩仪。由乡农经站技术员讲解测亩仪的定位原理和操作方法，学生分组练习开机、定位和绕行测量。
2.2 实地测量。每组选一块地，先用测亩仪绕行测量，再用皮尺量出边长，按多边形面积公式计算，比较两种结果的差异。
2.3 成果展示。各组整理测量数据，制作简单的测量报告，返校后在数学课上交流。
3 安全保障
3.1 每个小组配备一名带队教师，学生不得单独离队，不得进入水渠和田埂以外的区域。
3.2 学校提前为参加活动的学生购买意外伤害保险，随队配备医药箱。
4 有关要求
各班主任要提前告知家长活动安排，请家长提醒学生穿运动鞋、戴遮阳帽。活动结束后，学校将评选优秀测量报告。
犊川县第二中学
2025年5月12日
""",
    ),
    dict(
        slug="oa-xinglian-minutes-arrester-vote-html",
        site="兴联通信铁塔维护公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xinglian-tower.local/doc/view.do?id=2025-0617-06",
        title="2025年第6次安全生产例会纪要",
        record_title="〔例会存档〕2025年第6次安全生产例会纪要 — 兴联OA",
        date="2025-06-17",
        notes="OA document view: 流转记录, read counts, mark-read/forward/archive buttons; the 时间/地点/主持/参会/记录 lines "
        "and a vote count; date from the 时间 line; a scan-the-code sentence as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔例会存档〕2025年第6次安全生产例会纪要 — 兴联OA</title>
<link rel="stylesheet" href="/oa/theme/blue/doc.css">
<script src="/oa/js/docview.js"></script>
</head>
<body>
<div class="oa-head">⟦m 迦陵市兴联通信铁塔维护有限公司　协同办公平台⟧ <span>⟦m 当前用户：值班账号　｜　退出⟧</span></div>
<div class="oa-menu">⟦m 待办事项　公文管理　会议纪要　制度文件　通讯录⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-docinfo">⟦m 拟稿部门：安全质量部　密级：内部　已阅 27 人 / 未阅 5 人⟧</div>
<div class="oa-btns">⟦a 标为已读⟧ ⟦a 转发至部门⟧ ⟦a 归档⟧</div>
<div class="oa-text">
{BODY}
</div>
<div class="oa-flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 盛薇 拟稿 06-18 09:12 → 庞守义 审核 06-18 14:30 → 综合办 分发 06-19 08:45⟧</p>
</div>
</div>
<div class="oa-foot">⟦m 信息中心运维：分机 6012　仅限公司内部网络访问⟧</div>
<script>docview.markRead("2025-0617-06");</script>
</body>
</html>
""",
        body="""
时间：2025年6月17日下午3:00
地点：公司三楼第二会议室
主持：副总经理　庞守义
参会：安全质量部、工程维护部、物资部负责人，各区域维护班组长
记录：安全质量部　盛薇
会议听取了5月份高处作业安全检查情况汇报，研究了速差器更新和检验问题，纪要如下。
一、5月份检查发现，部分班组速差器超期未检13台，挂点选择不规范4起。会议要求工程维护部6月底前全部完成整改，整改情况在下次例会上通报。
二、会议审议物资部提交的速差器更新采购方案，同意采购带坠落指示的速差器60台，替换使用满五年的旧设备。表决结果：应到9人，实到9人，同意8票，弃权1票，方案通过。
三、会议决定，自7月1日起，登塔作业前由班组长对速差器锁止功能逐台试拉并签字确认，未经确认不得登塔。
四、安全质量部负责将速差器纳入设备二维码管理，扫码即可查看检验记录。
""",
    ),
    dict(
        slug="oa-yukou-gauge-rules-articles-text",
        site="淤口精工机械有限公司内部门户 (invented intranet)",
        style="企业内网",
        genre="规定",
        kind="other",
        form="text",
        source="http://portal.yukoujg.local/zhidu/zl/YK-QM-017",
        title="精密量具借用与保管管理规定",
        record_title="【制度库·质量】精密量具借用与保管管理规定（第三次修订稿）- 淤口精工内网",
        date=None,
        notes="intranet rule with 第N条 articles speaking of scanning a QR code and printing a ledger as content; no date (only "
        "an effective clause); controlled-copy notice",
        page="""
!m 淤口精工 · 内部信息门户（仅限内网访问）
!m 当前位置：规章制度 / 质量管理类
{T}
!m 发布部门：质检部　　文档编号：YK-QM-017　　阅读：142 次
!a [收藏到我的文档] [导出 PDF]
{BODY}
!d 本文档为受控文件，纸质复印件仅供参考，以系统最新版本为准
!l 同类制度：计量器具周期检定管理办法 ｜ 生产车间 6S 管理细则
!m 信息中心运维：分机 8021
""",
        body="""
第一条　为加强千分尺、卡尺等精密量具的管理，保证测量结果准确可靠，根据公司质量管理体系要求，制定本规定。
第二条　本规定适用于公司各生产车间、质检部和技术部使用的精密量具。
第三条　量具室负责精密量具的统一编号、借用登记、周期送检和报废处理。每把千分尺粘贴唯一编号的二维码标签。
第四条　员工借用量具时，用手机扫描量具上的二维码，填写借用人、用途和预计归还时间，经量具室管理员确认后领取。
第五条　千分尺使用前应擦净测量面并校对零位；使用时转动棘轮测力装置，不得直接拧微分筒；用毕擦净涂防锈油，放回专用盒内，不得与刀具、扳手混放。
第六条　量具室每月打印一次借用台账，交质检部核对，发现逾期未还的，通报所在车间。
第七条　千分尺检定周期为一年，超期或检定不合格的一律停用，挂“停用”牌。
第八条　因保管不当造成量具损坏或丢失的，按原值的百分之五十赔偿。
第九条　本规定由质检部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="qa-youwen-area-meter-dispute-no-title-html",
        site="有问必应网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.youwenbiying.com/q/71180325.html",
        title="收割机师傅的测亩仪量出来比承包合同上多了半亩，该按哪个算钱？",
        record_title=None,
        date=None,
        notes="Q&A: the question as the title, missing from the record; adopted-answer badge, vote row, more answers; only "
        "relative times",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>收割机师傅的测亩仪量出来比承包合同上多了半亩，该按哪个算钱？_有问必应</title>
<link rel="stylesheet" href="//s.youwenbiying.com/qa/detail.css">
<script src="//s.youwenbiying.com/qa/detail.js"></script>
</head>
<body>
<div class="yw-top"><a href="/">⟦m 有问必应⟧</a> <form><input placeholder="有问题，搜一下"><button>⟦a 搜答案⟧</button></form> <a>⟦a 我要提问⟧</a></div>
<div class="yw-crumb">⟦m 有问必应 › 三农 › 农机作业⟧</div>
<div class="yw-q">
<h1>{T}</h1>
<p class="yw-qmeta">⟦m 提问者：麦田守望的老樊　5 天前　｜　浏览 3,117⟧</p>
</div>
<div class="yw-best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 田里的老韩　｜　农机合作社从业者　回答于 5 天前⟧</div>
<div class="yw-answer">
{BODY}
</div>
<div class="yw-vote">⟦l 有用 128　没用 4　评论 9⟧</div>
</div>
<div class="yw-more">
<h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 秋收小能手：按合同面积，合同写多少就多少⟧</p>
<p>⟦l 鬃岭农经员：可以到乡农经站申请复测⟧</p>
</div>
<div class="yw-side"><h4>⟦l 相关问题⟧</h4><p>⟦l 收割机按亩收费一般多少钱一亩？⟧</p><p>⟦l 测亩仪准不准，误差多大？⟧</p></div>
<div class="yw-foot">⟦d 回答内容由网友提供，仅供参考，不代表有问必应观点。⟧ ⟦m ©2025 有问必应　京ICP证180517号⟧</div>
<script>yw.init({qid:71180325});</script>
</body>
</html>
""",
        body="""
这种情况在秋收时挺常见，我在农机合作社干过几年，说说我的看法。
首先，承包合同或确权证上的面积是登记面积，测亩仪测的是机手实际作业的面积，两者本来就可能不一样。确权时一般扣除了田埂、沟渠，而机手绕地测量时往往把地头、田埂也圈进去了，所以多出一些很正常。
其次，半亩的差距如果是在五六亩的地块上，误差已经偏大了。你可以要求当场复测一次，复测时你自己跟着走，看他是不是沿着庄稼的边走的，拐角处有没有停稳。
再次，可以问问他的测亩仪有没有校准标签。不少县里秋收前会组织校准，扫一下标签就能看到校准结果。
最后，实在谈不拢，可以找村里或乡镇农经站，用他们的仪器复测，按复测结果结算。事先约定好按哪个面积算钱，比事后争吵强得多。
""",
    ),
    dict(
        slug="qa-zhuangxiu-bucket-cleaning-list-text",
        site="装修问吧 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenba.zhuangxiu-wb.com/tools/q-55610.html",
        title="塑料灰桶里的水泥灰干了结成硬块，怎么清理才不伤桶？",
        record_title="塑料灰桶里的水泥灰干了结成硬块，怎么清理才不伤桶？ - 装修问吧 · 工具板块",
        date=None,
        notes="Q&A in text: best answer with a 1. 2. 3. 4. list; badge, answerer line, votes, other answers; relative times only",
        page="""
!m 装修问吧 — 有装修问题，上问吧
!m 问吧首页 > 工具板块 > 泥瓦工具
{T}
!m 提问者：小区新业主　｜　2 个回答　｜　浏览 1.4 万
!m ★ 本题最佳回答
!m 瓦工老樊（装修工长 · 已认证）　回答于 2 天前
{BODY}
!l 赞同 356　　反对 3　　转给装修群
!l 其他回答
!l 橘子味的汽水：我直接买了新桶，十几块钱一个，不值得折腾。
!a 我来回答　　我也有类似问题
!d 问吧内容仅供参考，施工请以专业人员现场意见为准。
""",
        body="""
干透的水泥灰粘在塑料桶上，硬敲很容易把桶敲裂，我一般按下面的办法处理：
1．先晒或冻。塑料桶在太阳下暴晒半天，或者冬天放在室外冻一夜，桶壁受热受冷会变形，水泥块和桶壁之间就会松动。
2．用脚踩桶身。把桶侧放在地上，用脚在桶身四周来回踩，让桶壁变形，大块的水泥灰会自己脱落。
3．泡醋或草酸。剩下薄薄一层的，倒入白醋或者稀释的草酸溶液泡一晚，第二天用竹片刮，注意戴手套。
4．别用锤子砸桶底。桶底最厚也最容易裂，裂了就漏浆了。
最后说一句，最好的办法还是每次用完马上冲洗，灰没干的时候一冲就掉。
""",
    ),
]
