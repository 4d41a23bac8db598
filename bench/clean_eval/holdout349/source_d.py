"""holdout349, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Written by hand for this part (see ../README.md and ../build.py for the markup); all names invented.
"""

CASES = [
    dict(
        slug="localforum-huochuan-warming-patch-burn-jammer-subject",
        site="豁川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.huochuan.cc/thread-90331-1-1.html",
        title="硇口街上买的暖宫贴，贴了两个钟头就起了泡",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject on the page; weather line, medals, jammer "
        "fonts in the post, a decoration ad with a phone, a forwarded-to-bureau link; 前天 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>豁川在线论坛 - 豁川人自己的网上家园</title>
<style>.jm{display:none}</style>
<script src="static/js/hc_forum.js?v=2"></script>
</head>
<body>
<div class="hc-hd">
<a href="/">⟦m 豁川在线论坛⟧</a>
<span class="wx">⟦m 豁川今天：小雨转阴　2℃～7℃　东北风3级⟧</span>
<a>⟦a 登录⟧</a> <a>⟦a 注册成豁川网友⟧</a>
</div>
<div class="hc-crumb">⟦m 豁川在线 › 民生投诉 › 查看帖子⟧</div>
<div class="hc-thread">
<div class="poster">
<p>⟦m 硇口老街坊⟧</p>
<p>⟦m 勋章：热心网友 十年老豁川⟧</p>
<p>⟦m 积分 2210　帖子 533⟧</p>
</div>
<div class="post">
<h2 class="subject">{T}</h2>
<p class="time">⟦m 发表于 前天 19:26　|　查看 5820　回复 64⟧</p>
<div class="msg">
{BODY}
</div>
<p class="hc-fw"><a href="/zhuanjiao/90331">⟦l 本帖已转交县市场监督管理局，点击查看办理进度⟧</a></p>
<p class="sig">⟦m 签名：老街坊，说老实话⟧</p>
</div>
</div>
<div class="hc-ad">⟦w 豁川百家装饰　整装半包找老吴　电话 13907436618⟧</div>
<div class="hc-reply">
<p>⟦l 2楼 硇口小丫头：同一家店吗？我上个月买的也是这样⟧</p>
<p>⟦l 3楼 路过的护士：起泡了别挑，去医院处理一下⟧</p>
</div>
<div class="hc-post">⟦a 登录后才能参与讨论⟧</div>
<div class="hc-ft">⟦m 豁川在线 bbs.huochuan.cc　湘ICP备14021837号⟧</div>
</body>
</html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=3),
        body="""
上个礼拜天在硇口老街一家日杂店买了一盒暖宫贴，十块钱十片，包装上印的字歪歪扭扭，厂名、地址都没有。当时图便宜没多想。
周三我来例假，早上隔着秋衣贴了一片，两个钟头后觉得肚子上火辣辣的，撕下来一看，起了两个黄豆大的水疱。去镇卫生院看，医生说是低温烫伤，这种贴发热太猛，温度可能比正规产品高不少。
我拿着剩下的几片去找店老板，老板说别人用都没事，是我自己皮肤嫩，一分钱不退。我看店里还摆着好几箱，年底买的人多，怕再有人上当，特意发上来提醒大家。
也想问问，这种没有厂名的暖宫贴归哪个部门管？能不能去查一查？
""",
    ),
    dict(
        slug="localforum-yeping-ice-pillow-nursing-home-junk",
        site="嶪坪人家论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.yepingrenjia.com/bbs/read.php?tid=22187",
        title="镇敬老院收到一批冰枕，说说我做义工看到的",
        record_title="[身边事儿] 镇敬老院收到一批冰枕，说说我做义工看到的（附现场照片九张）",
        date=None,
        notes="county forum as text: junk lines and junk glued after 。; weather line, floor replies; 6 小时前 and an "
        "edit stamp are no dates",
        page="""
!m 嶪坪人家论坛 — 嶪坪人的网上客厅
!m 嶪坪今日：晴　33℃/25℃　南风2级
!m 论坛首页 → 嶪坪身边事 → 浏览主题
!t [身边事儿] 镇敬老院收到一批冰枕，说说我做义工看到的（附现场照片九张）
!m 作者：青石板路　　发表：6 小时前　　人气：1377
{BODY}
!m 此帖由 青石板路 在 4 小时前 重新编辑
!l 回复(1)　坪上人：为做义工的点赞！
!l 回复(2)　阿香：院里的老人还缺啥？我们店可以送点
!a 快速回帖（需登录）
!m 嶪坪人家论坛 yepingrenjia.com　湘ICP备17033120号
""",
        junk=dict(lines=2, glued=2),
        body="""
这个周末照例去镇敬老院做义工，正好赶上县红十字会送来一批冰枕，一共八十个，院里每位老人两个。
院长说，敬老院的空调只装在活动室，老人们的房间大多只有吊扇，这几天三十多度，好几个老人晚上睡不好。有了冰枕，白天冻在冰柜里，晚上拿出来枕着，能凉快不少。
不过我们发冰枕的时候，院里的护理员一再叮嘱，冰枕一定要套上布套，不能直接贴着脖子睡一整夜。老人皮肤薄、感觉迟钝，冻着了自己都不知道。有两位卧床的老人，护理员专门拿毛巾包了两层，还说半夜要来看一次。
看着老人们拿到冰枕一个劲儿地说凉快，我心里挺高兴。也想说一句，院里冰柜就一个，冰枕一多就放不下，要是有好心人能捐个冰柜就更好了。
""",
    ),
    dict(
        slug="download-lvye-rules-thermo-strip-wps-gb2312",
        site="绿野资料站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvyeziliao.com/soft/xuexiao/2024/11734.html",
        title="幼儿园晨午检体温贴使用管理制度",
        record_title="幼儿园晨午检体温贴使用管理制度.wps",
        date=None,
        notes="download station in a gb2312 table layout: file-info table, three mirror links, unzip password, "
        "dead-link report, a floating ghost-writer ad; file-name record title; numbered rules without a date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>幼儿园晨午检体温贴使用管理制度.wps - 绿野资料站</title>
<script language="JavaScript" src="/js/lvye_ad.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td height="64">⟦m 绿野资料站⟧　⟦m 学校管理资料·制度方案·表格模板⟧</td></tr>
<tr><td class="dh">⟦m 首页｜学校管理｜幼儿园资料｜制度汇编｜表格大全⟧</td></tr>
<tr><td>⟦m 您所在：绿野资料站 ＞＞ 幼儿园资料 ＞＞ 卫生保健⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellpadding="4" cellspacing="0" bordercolor="#c6dcb5">
<tr><td colspan="4" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：28 KB⟧</td><td>⟦m 资料格式：WPS⟧</td><td>⟦m 添加时间：2024-10-27⟧</td><td>⟦m 下载次数：1158⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 评定等级：★★★★☆⟧</td><td>⟦m 整理：绿野编辑部⟧</td></tr>
</table>
<table width="980" align="center" border="0" cellpadding="8" cellspacing="0">
<tr><td><b>⟦m 资料简介：⟧</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载通道一：电信高速⟧　⟦a 下载通道二：联通高速⟧　⟦a 下载通道三：移动备用⟧</td></tr>
<tr><td>⟦a 解压口令：www.lvyeziliao.com⟧</td></tr>
<tr><td>⟦a 链接打不开？告诉站长一声⟧</td></tr>
</table>
<div style="position:absolute;left:2px;top:300px">⟦w 园所材料代写，加QQ 3318805276⟧</div>
<table width="980" align="center" border="0" cellpadding="4" cellspacing="0">
<tr><td align="center">⟦d 本站资料均来源于网络收集，仅供学习研究使用，请于下载后24小时内删除。⟧</td></tr>
<tr><td align="center">⟦m Copyright © 2008-2024 绿野资料站　粤ICP备08117652号⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
为规范幼儿晨午检工作，科学使用体温贴，及时发现发热幼儿，预防传染病在园内传播，结合本园实际，制定本制度。
一、体温贴由保健室统一采购、登记和保管，只能使用有医疗器械注册证的产品，过期或包装破损的一律不用。
二、晨检由保健医生用体温计测量，体温贴不得代替晨检。
三、午睡时，由班级保育员为幼儿在额头贴体温贴，每30分钟巡视一次，观察颜色变化并记录。
四、体温贴提示异常的，保育员应立即报告保健医生，保健医生用体温计复测腋温，复测37.3℃以上的，按发热幼儿处置流程通知家长。
五、对胶布过敏或额头有湿疹的幼儿不贴体温贴，改为午睡前后各测一次腋温。
六、用过的体温贴由保育员统一收集，不得让幼儿玩耍或放入口中。
七、本制度由园保健室负责解释。
""",
    ),
    dict(
        slug="download-wenjiancang-plan-gauze-towel-5s-wrapped-66",
        site="文件仓下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wenjiancang.com/down/qiye/5s/30172.html",
        title="纱布巾缝制车间5S现场管理实施方案",
        record_title="纱布巾缝制车间5S现场管理实施方案〔可改Word·附检查表〕- 文件仓下载站",
        date="2024-04-02",
        notes="download station as text: hard-wrapped at 66 columns; decimal headings 1.1–3.2; file-info lines, "
        "download buttons and an unzip line; 成文日期 under the signature",
        page="""
!m 文件仓下载站　企业管理文档库
!m 首页 → 企业管理 → 现场管理 → 5S管理
!t 纱布巾缝制车间5S现场管理实施方案〔可改Word·附检查表〕
!m 文件大小：64KB　　文件类型：DOCX　　更新时间：2024-05-09　　下载次数：276
!a 〓本地高速下载〓　〓备用网盘下载〓
!m 资料预览：
{BODY}
!a 压缩包打开要密码的话，输入 wjc2024
!l 同类资料：仓库5S管理制度　车间定置管理图例
!d 文件仓下载站仅作资料分享，所有文档版权属原作者。
!m wenjiancang.com　粤ICP备21090037号
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
为改善纱布巾缝制车间生产现场环境，减少线头、棉絮混入成品，提高产品质量和生产效率，结合车间实际，制定本方案。
1　组织领导
1.1　成立车间5S推行小组，车间主任任组长，各班组长、质检员为成员。
1.2　推行小组每周五下午召开例会，通报检查情况，布置下周工作。
2　实施内容
2.1　整理：清理车间内不用的旧缝纫机、废布料和杂物，4月20日前全部清出现场。
2.2　整顿：缝纫台、裁剪台、包装台按工序定位摆放，划定物料区、半成品区、成品区和不合格品区，张贴标识。
2.3　清扫：每班下班前15分钟清扫线头和棉絮，缝纫机每周上油保养一次。
2.4　清洁：每个工位张贴5S责任卡，责任到人。
2.5　素养：新员工入职培训增加5S内容，每月评选“5S示范工位”。
3　检查考核
3.1　推行小组每周检查一次，按5S检查表评分。
3.2　检查结果与班组月度绩效挂钩，连续两次排名末位的班组长作书面说明。
嶪坪纺织集团有限公司缝制车间
2024年4月2日
""",
    ),
    dict(
        slug="exam-xiyuan-notice-warming-patch-timetable",
        site="潟原市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xyrsks.cn/kwgg/202411/t20241126_6602.html",
        title="潟原市2024年下半年事业单位公开招聘笔试考生须知",
        record_title="〔笔试通知·冬季考场〕潟原市2024年下半年事业单位公开招聘笔试考生须知 - 潟原人事考试",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="personnel-exam site: maintenance banner, admission-ticket float; the exam office's 咨询电话 beside the "
        "site's technical line; a timetable one row a paragraph; sentences telling candidates to download and print "
        "their tickets and about warming patches at the security check",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>潟原市2024年下半年事业单位公开招聘笔试考生须知</title>
<script src="/js/rsks.js"></script>
</head>
<body>
<div class="ks-warn">⟦d 系统维护公告：11月30日22:00至次日6:00暂停报名查询服务⟧</div>
<div class="ks-head">⟦m 潟原市人事考试网⟧　⟦m 潟原市人事考试院主办⟧</div>
<div class="ks-nav">⟦m 首页　考试动态　考务公告　成绩查询　政策法规　考生服务⟧</div>
<div class="ks-path">⟦m 当前位置：首页 ＞ 考务公告⟧</div>
<div class="ks-main">
<h1>{T}</h1>
<div class="ks-src">⟦m 发布时间：2024-11-26　来源：考务科　访问量：20331⟧</div>
<div class="ks-body">
{BODY}
</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印入口（12月2日开放）⟧</a></div>
<div class="ks-foot">
<p>⟦m 网站技术问题请拨：0743-3186001（不受理考务咨询）⟧</p>
<p>⟦m 潟原市人事考试院　地址：潟原市竦岭区文昌路12号　湘ICP备10017750号⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
潟原市2024年下半年事业单位公开招聘笔试将于12月7日举行。为确保考试顺利进行，现将有关事项告知如下：
一、准考证打印。请考生于12月2日9:00至12月6日17:00登录本网下载并用A4纸打印准考证，考试时须同时携带准考证和有效居民身份证。
二、考试时间安排。
日期　时间　科目
12月7日上午　9:00—11:00　职业能力倾向测验
12月7日下午　14:00—16:30　综合应用能力
三、冬季考场提示。考试当天天气寒冷，部分考场没有供暖，请考生注意保暖。考生可携带暖宫贴、暖手贴入场，但须在安检时主动出示，已贴在身上的须告知监考人员；暖手宝、电热护腰等电子发热用品一律不得带入考场。
四、考生须于开考前30分钟到达考点，开考15分钟后不得进入考场。
考务咨询电话：0743-3186120（工作日8:30—17:30）
潟原市人事考试院
2024年11月25日
""",
    ),
    dict(
        slug="exam-zhouyang-interview-thermo-strip-record-date",
        site="盩阳县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.zhouyang.gov.cn/ggtz/2024/0603/445.html",
        title="关于面试考生入场体温检测安排的公告",
        record_date="2024-06-03",
        date="2024-06-03",
        notes="record title and date; a 文号-free notice with numbered items; an entry float and a share row",
        page="""
!m 盩阳县人事考试网
!m 首页 / 公告通知 / 正文
{T}
!m 盩阳县人事考试中心　　2024-06-03　　阅读 4412
{BODY}
!a 转发给同考场的小伙伴
!a 面试成绩查询入口
!l 上一条：2024年盩阳县教师招聘面试分组名单
!l 下一条：关于递补进入资格复审人员的公告
!m 主办单位：盩阳县人力资源和社会保障局　　湘ICP备09016643号
""",
        indent="\u3000\u3000",
        body="""
2024年盩阳县公开招聘教师面试定于6月8日至9日在县第一中学进行。为做好面试期间考生健康监测，现将入场体温检测安排公告如下：
一、考生入场时，由工作人员为每位考生在手背贴一次性体温贴，候考期间由候考室工作人员观察。
二、体温贴提示异常的，由考点医务人员用体温计复测；复测37.3℃以上且无其他不适的，安排在备用考场面试，不影响考生成绩。
三、考生对医用胶布过敏的，请在入场时告知工作人员，改用体温计测量。
四、请考生考前注意休息，如实报告身体状况，不要服用退烧药掩盖症状。
盩阳县人事考试中心
2024年6月3日
""",
    ),
    dict(
        slug="tender-zhouyang-result-bottle-warmer-lots",
        site="盩阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhouyang.gov.cn/jyxx/zfcg/zbgg/202406/t20240614_13381.html",
        title="盩阳县妇幼保健院母婴室暖奶器等设备采购项目成交结果公告",
        record_title="盩阳县妇幼保健院母婴室暖奶器等设备采购项目成交结果公告 ⁞ 政府采购 ⁞ 盩阳县公共资源交易网",
        date="2024-06-14",
        notes="tender portal: publicity countdown, CA and trading-system lines; purchaser and agency contacts in the "
        "body beside them; lots table one row a paragraph; the 公告 date under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>盩阳县妇幼保健院母婴室暖奶器等设备采购项目成交结果公告</title>
<script src="/ggzy/js/countdown.js"></script>
</head>
<body>
<div class="gg-top">⟦m 盩阳县公共资源交易网⟧　⟦m 公开 公平 公正 诚信⟧</div>
<div class="gg-nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系　下载中心⟧</div>
<div class="gg-loc">⟦m 交易信息 ＞ 政府采购 ＞ 结果公告⟧</div>
<div class="gg-art">
<h2>{T}</h2>
<div class="gg-meta">⟦m 信息时间：2024-06-14　项目编号：ZYCG-2024-0517　浏览：219⟧</div>
<div class="gg-count">⟦m 公示期剩余：00天 12时 36分⟧</div>
<div class="gg-body">
{BODY}
</div>
</div>
<div class="gg-help">
<p>⟦m CA证书办理及驱动问题：0743-6618800⟧</p>
<p>⟦m 电子交易系统运维热线：400-807-3355⟧</p>
</div>
<div class="gg-foot">⟦m 盩阳县公共资源交易中心　版权所有　湘ICP备15010077号-2⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：ZYCG-2024-0517
二、项目名称：盩阳县妇幼保健院母婴室暖奶器等设备采购项目
三、成交信息
包号　货物名称　成交供应商　成交金额（元）
1　暖奶器（双瓶恒温型，24台）　盩阳贝暖电器有限公司　19680
2　母乳储存冰箱（6台）　潟原市冷鲜医疗设备有限公司　22800
3　奶瓶消毒烘干柜（8台）　羱山县安瑞医疗器械经营部　15360
四、主要标的信息：详见采购文件及成交供应商报价明细。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系。
采购人：盩阳县妇幼保健院，联系人：庞老师，电话：0743-6630517
采购代理机构：潟原砥平招标代理有限公司，联系人：冉工，电话：0743-3350128
盩阳县妇幼保健院
潟原砥平招标代理有限公司
2024年6月14日
""",
    ),
    dict(
        slug="tender-xiyuan-inquiry-ice-pillow-record-date",
        site="潟原市政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.xyzfcg.gov.cn/cgxx/xjgg/2024/0708/7715.html",
        title="潟原市竦岭区社会福利院冰枕及防暑用品采购询价公告",
        record_title="【询价·福利院】潟原市竦岭区社会福利院冰枕及防暑用品采购询价公告",
        record_date="2024-07-08",
        date="2024-07-08",
        notes="record date; sentences about downloading the inquiry file and scanning to pay the deposit as content; "
        "the purchaser's contact beside the platform's service line",
        page="""
!m 潟原市政府采购网
!m 首页 > 采购信息 > 询价公告
!t 【询价·福利院】潟原市竦岭区社会福利院冰枕及防暑用品采购询价公告
!m 发布日期：2024-07-08　　项目编号：SLCG-XJ-2024-033
{BODY}
!a 供应商报名入口　|　我要提问
!m 平台服务热线：0743-3000365（工作日）
!m 潟原市财政局主办　湘ICP备05030052号
""",
        indent="\u3000\u3000",
        body="""
潟原市竦岭区社会福利院就冰枕及防暑用品采购项目进行询价采购，欢迎符合条件的供应商参加。
一、采购内容：凝胶冰枕300个（规格约30厘米×40厘米，外袋为食品级PVC，配棉质布套），藿香正气水等防暑药品一批，预算金额4.5万元。
二、供应商资格：具有独立承担民事责任的能力；近三年内在经营活动中没有重大违法记录；本项目不接受联合体报价。
三、询价文件获取：7月8日至7月12日，登录潟原市政府采购网下载询价文件，不收取费用。
四、报价截止时间：2024年7月15日10:00。纸质报价文件密封后送至竦岭区社会福利院行政楼205室，逾期送达的不予受理。
五、供应商须提供冰枕样品2个，报价时一并提交。
采购人：潟原市竦岭区社会福利院，联系人：晏女士，电话：0743-3325719
""",
    ),
    dict(
        slug="lawfirm-henghong-answer-warming-patch-burn",
        site="衡泓律师事务所 (invented)",
        style="律所网站",
        genre="法律解答",
        kind="other",
        form="html",
        source="https://www.henghonglaw.com/anli/xiaofei/2024/0117/318.html",
        title="用暖宫贴低温烫伤，商家和厂家谁来赔？",
        record_title="【律师说法·消费维权】用暖宫贴低温烫伤，商家和厂家谁来赔？｜衡泓律所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, repost notice and 本文链接; a consult prompt glued after "
        "the last sentence; no date (an update stamp only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【律师说法·消费维权】用暖宫贴低温烫伤，商家和厂家谁来赔？｜衡泓律所</title>
<script src="/js/hh.js"></script>
</head>
<body>
<div class="hh-head">⟦m 衡泓律师事务所⟧　⟦m 以衡持正　以泓容川⟧　⟦m 全国咨询热线 400-161-0732⟧</div>
<div class="hh-nav">⟦m 首页　律所简介　专业领域　律师团队　案例说法　联系我们⟧</div>
<div class="hh-pos">⟦m 首页 / 案例说法 / 消费维权⟧</div>
<div class="hh-art">
<h1>{T}</h1>
<p class="hh-meta">⟦m 解答律师：宁致远　更新：上周三　阅读 862⟧</p>
<div class="hh-txt">
{BODY}
</div>
<p class="hh-link">⟦m 本文链接：https://www.henghonglaw.com/anli/xiaofei/2024/0117/318.html⟧</p>
<p class="hh-copy">⟦d 转载须注明出处“衡泓律所”，文章观点不构成正式法律意见。⟧</p>
</div>
<div class="hh-card">
<p>⟦m 宁致远　专职律师　执业证号 14312202010883215⟧</p>
<p>⟦m 擅长：消费纠纷、人身损害赔偿⟧</p>
<p>⟦a 立即向他提问⟧</p>
</div>
<div class="hh-float">⟦w 在线律师 · 3分钟回复⟧</div>
<div class="hh-foot">⟦m 衡泓律师事务所　地址：潟原市竦岭区衡山路200号泓源大厦9层　湘ICP备19022861号⟧</div>
</body>
</html>
""",
        body="""
问：我在网上买了暖宫贴，隔着一层薄秋衣贴了五六个小时，腰上被烫出了水疱，治了一个多月。卖家说是我使用不当，厂家又联系不上，我该找谁赔？
答：根据民法典和消费者权益保护法的规定，因产品存在缺陷造成损害的，消费者既可以向销售者要求赔偿，也可以向生产者要求赔偿。销售者赔偿后，属于生产者责任的，可以再向生产者追偿。所以您可以直接找网店卖家。
关键在于证明产品有缺陷。您可以保留剩下的同批次暖宫贴、购买记录和聊天记录，申请有资质的机构检测发热温度；如果产品说明书没有写明最高温度、使用时长和“勿直接接触皮肤”等警示，也可能构成警示缺陷。
如果商家确实提示过使用时长，而您超时使用，法院可能会减轻商家的责任。建议先通过平台投诉或向市场监管部门举报，协商不成再起诉。⟦w 类似遭遇？点此把材料发给宁律师⟧
""",
    ),
    dict(
        slug="lawfirm-zhengqian-letter-gauze-towel-labeling",
        site="正谦律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="http://www.zhengqianlaw.cn/wenshu/2024/0822/57.html",
        title="关于停止虚假标注“纯棉”纱布巾的律师函",
        record_title="〔律所文书示例〕关于停止虚假标注“纯棉”纱布巾的律师函（当事人名称已作遮挡）",
        date="2024-08-20",
        notes="a law firm's page as text: a letter with its own contact line beside the firm's 400 line; the letter's date in Chinese numerals "
        "date under the signature; reprint notice",
        page="""
!m 正谦律师事务所 · 商事与知识产权
!m 网站首页 » 律所文书 » 律师函
{T}
!m 录入：正谦律所行政部　　点击：305
!a 打印　复制链接　分享
{BODY}
!d 本页文书已作脱敏处理，仅作展示，禁止用于商业用途。
!w 企业法律顾问合作：400-808-6123
!m 正谦律师事务所　潟原市竦岭区正义街66号　湘ICP备21013306号
""",
        indent="\u3000\u3000",
        body="""
×××网店经营者：
湖南正谦律师事务所接受嶪坪纺织集团有限公司（以下简称委托人）的委托，指派邹明远律师就贵方销售虚假标注“纯棉”纱布巾一事，郑重致函如下：
经委托人调查，贵方自2024年5月起在网店销售标注为“嶪坪纺织出品·100%纯棉六层纱布巾”的产品。委托人从未向贵方供货，经检测，上述产品棉纤维含量仅为62%，其余为涤纶纤维。贵方的行为涉嫌侵犯委托人的注册商标专用权，构成虚假宣传，损害了消费者和委托人的合法权益。
为此，本律师郑重要求贵方：一、自收到本函之日起三日内，下架全部涉案商品；二、在七日内书面说明涉案商品的来源和销售数量；三、停止使用“嶪坪纺织”字样。
如贵方逾期不履行，委托人将依法追究贵方的法律责任。
联系人：邹明远律师，电话：0743-3588620
湖南正谦律师事务所
二〇二四年八月二十日
""",
    ),
]
