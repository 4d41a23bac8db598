"""holdout242, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-anxi-locked-hose-cabinet-jammer-subject",
        site="桉溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.anxi0734.com/thread-889120-1-1.html",
        title="老小区楼道消防箱被锁死了，钥匙谁也找不到",
        record_title=None,
        date=None,
        notes="county forum thread, no title in the record: the thread subject; jammer fonts (a junk line and junk glued "
        "after 。); weather line, medals, a 转交职能部门 link, an ad QQ; posted 3 天前 (no date)",
        junk=dict(lines=1, glued=3),
        p_html="{}<br />",
        page="""
<html><head><meta charset="gbk"><title>桉溪论坛 - 民生热线</title>
<style>.jammer{display:none}</style></head><body>
<div class="tq">⟦m 桉溪 今天 多云 14~22℃⟧</div>
<div id="hd">⟦m 桉溪论坛⟧ ⟦m 桉溪人自己的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 桉溪论坛 › 民生热线 › 楼道邻里⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 城关老宿舍⟧</p><p>⟦m 勋章：热心网友 ｜ 积分 688⟧</p></td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 天前⟧ ⟦a 只看楼主⟧ ⟦a 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已转交职能部门 ｜ 点此查看官方回复⟧</div>
<div class="po">⟦a 回复 支持 反对 举报⟧</div>
</td></tr></table>
<div class="ad">⟦w 装修找老周，包工包料，QQ 3377120845⟧</div>
<div id="ft">⟦m 桉溪论坛 Powered by Discuz!　湘ICP备15018803号⟧</div>
<script src="static/js/common.js?Rf8"></script><script src="static/js/forum_viewthread.js?Rf8"></script>
</body></html>
""",
        body="""
我家住桉溪县城关老供销社宿舍，6栋3单元。昨天楼下有人在楼道里烧纸，冒了好大的烟，我想去开消防箱，结果发现箱门被一把挂锁锁住了。
问了一圈邻居，谁也不知道钥匙在哪。有人说是前几年物业撤走时锁的，怕里面的水带被人拿走。
想问问大家：消防箱能不能上锁？真着火了，锁着的消防箱等于没有。
后来我打了社区电话，网格员今天上午来看了，说会联系消防部门处理。我把情况发上来，也提醒其他老小区的朋友，回家看看自己楼道的消防箱。
""",
    ),
    dict(
        slug="localforum-yunchuan-repost-village-mirror-notice",
        site="韫川论坛 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yunchuanbbs.com/t/302715",
        title="关于村道急弯反光镜损坏请村民及时报修的通知",
        record_title="【转村里通知】关于村道急弯反光镜损坏请村民及时报修的通知 - 乡镇村务 - 韫川论坛",
        date="2025-09-12",
        date_also=["2025-09-14"],
        notes="a village notice reposted on a county forum: the poster's line above, the notice's own 报修电话 inside the body, "
        "replies below; the post's date differs from the 成文日期",
        page="""
!m 韫川论坛 › 乡镇村务 › 茉塘
!t 【转村里通知】关于村道急弯反光镜损坏请村民及时报修的通知
!m 茉塘老表　发表于 2025-9-14 07:52　｜　查看 860　回复 14
!m 村里微信群里发的，转上来给在外面的老乡看看。
{BODY}
!a 支持(23)　反对(0)　收藏　分享
!l 沙发　后山组阿贵：早该修了，上个月我骑车差点撞上
!l 板凳　游客：点赞村委会
!a 回帖请先登录，文明发言
!m 韫川论坛　Copyright 2008-2025　湘ICP备10034415号
""",
        indent="\u3000\u3000",
        body="""
各村民小组、全体村民：
近期，村里发现茉塘至后山组村道上有3面急弯反光镜被撞坏，还有1面被人为转动了方向，给过往车辆和行人带来安全隐患。
为保障出行安全，现通知如下：
一、村民发现反光镜破损、倾斜、被遮挡的，请及时向本组组长或村委会报告，村里将在3天内联系乡交管站维修。
二、严禁在反光镜立柱上张贴广告、拴绳晾晒，严禁私自转动镜面。
三、驾驶农用车、摩托车经过急弯时，要减速鸣笛，靠右通行。
报修电话：村委会 0735-4638021。
茉塘村民委员会
2025年9月12日
""",
    ),
    dict(
        slug="download-qiangkou-rules-stretcher-maintenance-table-layout",
        site="樯口资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.qkzlz.com/soft/anquan/20250211/3971.html",
        title="担架使用与维护规程",
        record_title="担架使用与维护规程（Word文档）_免费下载_樯口资料站",
        date=None,
        notes="an old download station: file-info table (an update stamp is no date), three download links, unzip password, "
        "dead-link report, floating ad; rules in 第N条 articles, one of which speaks of downloading and printing a form",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>担架使用与维护规程（Word文档）_免费下载_樯口资料站</title>
</head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 樯口资料站⟧</td><td>⟦m 安全资料 · 制度范本 · 表格模板⟧</td><td align="right">⟦a 把本站设为主页⟧</td></tr>
<tr><td colspan="3">⟦m 首页 → 安全资料 → 规章制度 → 担架使用与维护规程⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellpadding="3" cellspacing="0" class="info">
<tr><td>⟦m 资料大小：38 KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-11⟧</td><td>⟦m 下载次数：1277⟧</td><td>⟦m 推荐等级：★★★★⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p>⟦m 资料简介：⟧</p>
<p align="center"><b>{T}</b></p>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td>⟦a 下载地址一（电信）⟧</td><td>⟦a 下载地址二（联通）⟧</td><td>⟦a 下载地址三（本地）⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：qkzlz.com⟧　⟦a 链接失效？点这里报告⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦l 同类资料：急救站消毒隔离制度 ｜ 救护车日常检查记录表 ｜ 院前急救交接规程⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络收集，仅供学习交流，如有侵权请联系站长删除。⟧<br>⟦m Copyright 2009-2025 樯口资料站 qkzlz.com　浙ICP备11052290号⟧</td></tr></table>
<div id="fad" style="position:absolute;right:0;top:300px">⟦w 制度文件代写，加V：qkzl_2009⟧</div>
<script language="javascript" src="/js/fad.js"></script>
</body></html>
""",
        body="""
第一条　为规范急救站担架的使用、清洁和维护，确保转运安全，制定本规程。
第二条　本规程适用于站内配备的折叠担架、铲式担架、上车担架和真空固定担架。
第三条　每次出车前，随车人员应检查担架的卡扣、固定带、轮子和锁止装置，确认完好后方可使用。
第四条　担架使用后应及时清洁消毒：一般污染用含氯消毒液擦拭，血液、体液污染先用吸水材料清除再消毒。
第五条　维护人员每月对担架进行一次全面检查，检查结果填入维护记录表。记录表可从站内系统下载，打印后签字归档。
第六条　担架出现变形、开裂、卡扣失灵等情况的，应立即停用，挂“停用”牌，并报设备科维修。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-qiangkou-text-park-kits-plan-doc-line-markers",
        site="樯口资料站 (invented download station, text view)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.qkzlz.com/txt/20250325/4102.html",
        title="2025年物流园区急救箱配置及应急救护培训实施方案",
        record_title="2025年物流园区急救箱配置及应急救护培训实施方案.doc",
        date="2025-03-20",
        notes="a download station's text view of a .doc: file-name title, page markers ⎢ 第n页 ⎥ on lines of their own cutting "
        "sentences; a park account named in a sentence; 成文日期 under the signature",
        pages=dict(fmt="⎢ 第{n}页 ⎥", every=130, start=2),
        page="""
!m 樯口资料站 — 文本预览
!t 2025年物流园区急救箱配置及应急救护培训实施方案.doc
!m 资料格式：DOC　大小：41 KB　更新：2025-03-25　下载：309
!a 文本预览可能丢失格式，完整排版请下载原文件
{BODY}
!a 下载地址：电信下载　联通下载
!l 相关资料：园区安全生产责任书 ｜ 仓储作业安全操作规程
!d 资料由网友提供，仅供参考学习
""",
        indent="\u3000\u3000",
        body="""
为提高园区职工应对突发伤害的自救互救能力，根据园区安全生产工作安排，制定本方案。
一、配置范围
园区内仓储、分拣、运输、办公等区域，共设置急救箱点位36个，其中分拣中心12个、仓库16个、办公楼和食堂8个。
二、配置物品
每个急救箱配备止血带、三角巾、无菌敷料、弹力绷带、碘伏棉签、烫伤膏、医用手套、应急毯和急救手册。
三、应急救护培训
4月至6月，园区分三批组织职工参加应急救护培训，每批两天，内容包括心肺复苏、止血包扎、骨折固定和伤员搬运，考核合格后颁发救护员证。
四、保障措施
各企业安全负责人为本单位急救箱第一责任人，园区管委会每季度组织一次检查，检查结果在园区公众号公示。
淙溪物流园区管理委员会
2025年3月20日
""",
    ),
    dict(
        slug="exam-yangshui-announcement-stretcher-practical-ticket-float",
        site="泱水人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.yspta.cn/kwgg/2025/1011/773.html",
        title="泱水县2025年公开招聘院前急救人员实操考核公告",
        record_title="泱水县2025年公开招聘院前急救人员实操考核公告_考务公告_泱水人事考试网",
        date="2025-10-10",
        date_also=["2025-10-11"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, technical line beside the announcement's own "
        "咨询电话; downloading and printing the admission ticket as content; a stretcher-carrying test",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>泱水县2025年公开招聘院前急救人员实操考核公告_考务公告_泱水人事考试网</title>
</head><body>
<div class="notice-bar">⟦d 系统将于10月12日22:00至24:00升级，届时暂停报名和查询⟧</div>
<div class="head">⟦m 泱水人事考试网⟧ ⟦m 泱水县人力资源和社会保障局主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试动态⟧</li><li>⟦m 考务公告⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 &gt;&gt; 考务公告⟧</div>
<div class="con">
<h2>{T}</h2>
<div class="sx">⟦m 发布时间：2025-10-11 16:20　信息来源：县急救中心　访问次数：3902⟧</div>
{BODY}
</div>
<div class="float-r"><a>⟦a 准考证打印入口⟧</a><a>⟦a 报名信息查询⟧</a></div>
<div class="foot"><p>⟦m 网站技术支持：0733-2860101（仅受理系统故障）⟧</p><p>⟦m 泱水县人力资源和社会保障局　湘ICP备13009902号⟧</p></div>
<script src="/js/float.js"></script>
</body></html>
""",
        body="""
根据《泱水县2025年公开招聘院前急救人员公告》，现将实操考核有关事项公告如下。
一、考核时间和地点
时间：2025年10月18日上午8:30开始。
地点：泱水县急救中心培训楼（县城东风路27号）。
二、考核内容
考核包括心肺复苏、止血包扎和担架搬运三项。担架搬运由4名考生组成一组，使用铲式担架完成伤员上架、固定、平稳搬运30米和上救护车，重点考核动作规范和团队配合。
三、有关要求
考生须于10月15日至17日登录泱水人事考试网下载并打印准考证，考核当天凭准考证和身份证入场，着运动鞋。
咨询电话：0733-2869015（县急救中心人事科）
泱水县卫生健康局
2025年10月10日
""",
    ),
    dict(
        slug="exam-yunchuan-notice-exam-sites-kits-text",
        site="韫川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.yunchuan.gov.cn/ksdt/20251029/5160.html",
        title="关于做好下半年事业单位公开招聘笔试考点医疗保障工作的通知",
        record_title="〔考务通知〕关于做好下半年事业单位公开招聘笔试考点医疗保障工作的通知 - 韫川人事考试网",
        date="2025-10-28",
        date_also=["2025-10-29"],
        notes="exam site as text: a maintenance notice and an admission-ticket link around the body; numbered requirements; the page's date differs from the 成文日期",
        page="""
!d 提示：报名系统将于11月1日凌晨维护两小时
!m 韫川人事考试网 › 考试动态
!t 〔考务通知〕关于做好下半年事业单位公开招聘笔试考点医疗保障工作的通知
!m 发布时间：2025-10-29　来源：县人事考试中心
{BODY}
!a 准考证打印请点这里 ››
!l 相关链接：考点考务人员工作守则　｜　考生违纪违规处理规定
!m 主办：韫川县人力资源和社会保障局　技术支持电话：0735-4400012
""",
        body="""
各考点：
为做好2025年下半年事业单位公开招聘笔试的医疗保障工作，现将有关要求通知如下。
一、每个考点设立医务室，由县卫生健康局派驻医护人员2名，配备急救箱、血压计、体温计和常用药品。
二、每栋考场楼每层放置1个急救箱，位置标注在考场楼层示意图上，监考人员要提前熟悉。
三、考生在考试中出现身体不适的，监考人员应及时联系医务室，不得擅自给考生用药。
四、考点要提前与就近医院建立联系，遇有紧急情况立即拨打120。
请各考点于11月5日前将医护人员名单报县人事考试中心。
韫川县人事考试中心
2025年10月28日
""",
    ),
    dict(
        slug="tender-zhenyang-consultation-mirrors-lots-ca-lines",
        site="桢阳县公共资源交易平台 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhenyang.gov.cn/jyxx/zfcg/cggg/20250408/9921.html",
        title="桢阳县公路事业发展中心农村公路凸面反光镜采购项目竞争性磋商公告",
        record_title="〔采购公告〕桢阳县公路事业发展中心农村公路凸面反光镜采购项目竞争性磋商公告 - 桢阳县公共资源交易平台",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="tender portal: countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; a lots "
        "table; downloading the consultation file as content; the portal's date differs from the notice's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔采购公告〕桢阳县公路事业发展中心农村公路凸面反光镜采购项目竞争性磋商公告 - 桢阳县公共资源交易平台</title>
</head><body>
<div class="top">⟦m 桢阳县公共资源交易平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="pos">⟦m 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="meta">⟦m 信息时间：2025-04-08　阅读次数：512⟧</div>
<div class="count">⟦a 距文件获取截止还剩 6 天 12 时⟧</div>
{BODY}
<div class="btns">⟦a 我要获取文件⟧ ⟦a 我要提问⟧</div>
</div>
<div class="side"><p>⟦m CA证书办理咨询：400-8807-315⟧</p><p>⟦m 交易系统技术支持：0736-5290900⟧</p></div>
<div class="foot">⟦m 桢阳县公共资源交易中心　地址：桢阳县政务服务中心三楼⟧</div>
<script>countDown("2025-04-14 17:00:00","#cd");</script>
</body></html>
""",
        body="""
项目编号：ZYGL-2025-CS-012
一、项目名称：桢阳县农村公路凸面反光镜采购项目
二、采购内容
包号　品目　数量　最高限价（元）
1　直径80厘米亚克力凸面镜（含立柱）　260套　234000
2　直径100厘米亚克力凸面镜（含立柱）　80套　96000
三、供应商资格要求：具有独立承担民事责任的能力，近三年内经营活动中没有重大违法记录。
四、获取磋商文件：2025年4月8日至4月14日，登录桢阳县公共资源交易平台免费下载。
五、响应文件提交截止时间：2025年4月21日9时30分。
六、联系方式
采购人：桢阳县公路事业发展中心，联系人：邝立，电话：0736-5218530
代理机构：桉溪中衡招标代理有限公司，联系人：秦晓满，电话：0736-5290716
桢阳县公路事业发展中心
2025年4月7日
""",
    ),
    dict(
        slug="tender-yunchuan-result-hose-cabinets-table-text",
        site="韫川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://ggzy.yunchuan.gov.cn/zfcg/jggg/2025/0821/2284.html",
        title="韫川县城区老旧小区消防箱更新改造项目成交结果公告",
        record_title="〔交易结果〕韫川县城区老旧小区消防箱更新改造项目成交结果公告 - 韫川县公共资源交易中心",
        date="2025-08-21",
        notes="tender result as text: a results table one row a paragraph; purchaser and agency contacts in the body beside the "
        "platform's service line; the date line closes the body",
        page="""
!m 韫川县公共资源交易中心 > 政府采购 > 结果公告
!t 〔交易结果〕韫川县城区老旧小区消防箱更新改造项目成交结果公告
!m 发布日期：2025-08-21　浏览：227
!a 【下载公告】【打印】
{BODY}
!l 上一条：韫川县第三中学食堂设备采购项目中标公告
!l 下一条：城区道路标线施划项目更正公告
!m 平台服务热线：0735-4412345　湘ICP备11003821号
""",
        body="""
一、项目编号：YCZC-2025-0417
二、项目名称：韫川县城区老旧小区消防箱更新改造项目
三、成交信息
包号　成交供应商　成交金额（元）
1　韫川安泰消防设备有限公司　386500
2　玮城恒信消防工程有限公司　412800
四、主要标的：组合式消防箱（含水带、水枪、灭火器）共530套，安装于城区32个老旧小区。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：韫川县住房和城乡建设局，联系人：甘露，电话：0735-4419236
采购代理机构：韫川县政府采购中心，联系人：柯明，电话：0735-4412210
2025年8月21日
""",
    ),
    dict(
        slug="lawfirm-zhengheng-case-mouldy-mat-consult-float",
        site="珀湖正衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.zhengheng-law.cn/anli/xiaofei/1532.html",
        title="网购凉席到货发霉，商家以“已拆封”为由拒绝退货合法吗",
        record_title="【案例说法】网购凉席到货发霉，商家以“已拆封”为由拒绝退货合法吗（附律师提示）",
        date=None,
        notes="law firm page: lawyer card, consult float, 400 line, 本文链接 block, repost notice; a case note in 【】 sections "
        "telling readers to call 12315 (no date: the page only says 2 周前)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【案例说法】网购凉席到货发霉，商家以“已拆封”为由拒绝退货合法吗（附律师提示）</title>
</head><body>
<div class="head">⟦m 珀湖正衡律师事务所⟧ ⟦m 专业　诚信　高效⟧ ⟦w 全国咨询热线 400-6618-729⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 典型案例⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="pos">⟦m 首页 &gt; 典型案例 &gt; 消费维权⟧</div>
<div class="art">
<h1>⟦t 【案例说法】网购凉席到货发霉，商家以“已拆封”为由拒绝退货合法吗（附律师提示）⟧</h1>
<div class="meta">⟦m 作者：罗启航律师　更新：2 周前　阅读：731⟧</div>
{BODY}
<div class="link">⟦m 本文链接：https://www.zhengheng-law.cn/anli/xiaofei/1532.html⟧</div>
<div class="repost">⟦d 转载请保留作者及出处，商业用途请先取得授权⟧</div>
</div>
<div class="lawyer-card"><p>⟦m 罗启航　执业证号 14301202010987654⟧</p><p>⟦m 擅长：消费维权、合同纠纷⟧</p><a>⟦w 在线咨询罗律师⟧</a></div>
<div class="float-consult">⟦w 免费咨询⟧ ⟦w 留言给律师⟧</div>
<div class="foot">⟦m 地址：玮城市珀湖区滨江路77号恒泰大厦12楼　湘ICP备19027731号⟧</div>
<script src="//kf.zhengheng-law.cn/float.js?sid=19"></script>
</body></html>
""",
        body="""
【案情】去年6月，市民刘女士在某网店购买了一床竹席，收货拆开后发现席面有大片霉点。她要求退货，商家却以“凉席属于贴身用品，拆封后不退不换”为由拒绝。
【分析】根据《消费者权益保护法》，经营者提供的商品不符合质量要求的，消费者可以要求退货、更换或者修理。凉席到货即发霉，属于商品本身的质量问题，与是否拆封无关。商家所谓“拆封不退”的格式条款，排除了消费者的法定权利，应属无效。
【结果】刘女士向市场监管部门投诉后，经调解，商家同意退货退款并承担来回运费。
【律师提示】收到凉席后应及时拆封检查，发现质量问题先拍照、录像留存证据，再与商家协商；协商不成的，可以拨打12315投诉或依法起诉。
""",
    ),
    dict(
        slug="lawfirm-zhengheng-letter-mirrors-text",
        site="珀湖正衡律师事务所 (invented, text page)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.zhengheng-law.cn/wenshu/lsh/211.html",
        title="关于贵方销售不合格凸面反光镜的律师函",
        record_title="律师函实例丨关于贵方销售不合格凸面反光镜的律师函 - 珀湖正衡律师事务所",
        date="2025-05-28",
        date_also=["2025-06-03"],
        notes="a lawyer's letter on a law firm's text page: a 400 consult line below; the page's date differs from the letter's",
        page="""
!m 珀湖正衡律师事务所　｜　专业　诚信　高效
!m 首页 > 文书范例 > 律师函
!t 律师函实例丨关于贵方销售不合格凸面反光镜的律师函
!m 发布人：正衡法务部　发布时间：2025-06-03　阅读：286
{BODY}
!d 本文书已隐去部分当事人信息，仅供参考，具体事务请咨询专业律师。
!w 法律咨询热线：400-6618-729（工作日 9:00-18:00）
!l 相关文书：催款律师函｜解除合同通知函
!m 地址：玮城市珀湖区滨江路77号恒泰大厦12楼
""",
        indent="\u3000\u3000",
        body="""
桉溪县路安交通设施经营部：
珀湖正衡律师事务所接受桢阳县茉塘村民委员会（以下简称委托人）的委托，指派本所罗启航律师，就贵方销售不合格凸面反光镜一事，郑重致函如下：
2025年3月，委托人向贵方购买直径80厘米凸面反光镜12套，贵方承诺镜面为亚克力材质、可使用五年。安装不到两个月，已有7面镜面发黄起雾，经检测镜面实为普通塑料。
贵方的行为已构成违约。请贵方自收到本函之日起七日内，为委托人更换合格产品或退还货款14400元，并承担检测费用。逾期未处理的，本所将依法追究贵方法律责任。
特此函告。
珀湖正衡律师事务所
律师：罗启航
2025年5月28日
""",
    ),
]
