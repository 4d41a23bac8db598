"""holdout323, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text throughout; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="lanshui-forum-complaint-mothproof-smell-jammer",
        site="襕水论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.lanshui.net/thread-661093-1-1.html",
        title="超市买的防蛀片味道太冲，熏得衣柜里全是怪味",
        record_title="超市买的防蛀片味道太冲，熏得衣柜里全是怪味（大家避个雷）- 百姓杂谈 - 襕水论坛",
        date=None,
        notes="county forum: weather line, medals, a wardrobe-maker ad, a handed-to-department link, jammer fonts glued and on a line; a relative post time only",
        page="""
<html><head><meta charset="gbk">
<title>超市买的防蛀片味道太冲，熏得衣柜里全是怪味（大家避个雷）- 百姓杂谈 - 襕水论坛</title>
<link rel="stylesheet" href="data/cache/style_1_forum_viewthread.css?Qp7">
<script src="static/js/forum_viewthread.js?Qp7"></script>
<style>.jammer{display:none}</style>
</head><body>
<div id="hd"><span>⟦m 襕水论坛 · 襕水人自己的网上家园⟧</span> <span>⟦m 襕水今日 多云 14~22℃⟧</span></div>
<div id="pt">⟦m 襕水论坛 › 襕水生活 › 百姓杂谈 › 查看帖子⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 衣柜里的喵⟧</p><p>⟦m 勋章：热心网友 老襕水⟧</p><p>⟦m 积分 842⟧</p></td>
<td class="plc">
<h1>⟦t 超市买的防蛀片味道太冲，熏得衣柜里全是怪味（大家避个雷）⟧</h1>
<div class="authi">⟦m 发表于 2 小时前 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="handover">⟦l 本帖已转交县市场监管局，点此查看办理回复⟧</div>
<div class="po">⟦a 回复 点赞 收藏 举报⟧</div>
</td></tr></table>
<div class="a_pt">⟦w 全屋定制衣柜 免费上门量尺 电话 13972663081⟧</div>
<div id="fastpost">⟦a 请登录襕水论坛后发表回复⟧</div>
<div id="ft">⟦m 襕水论坛 bbs.lanshui.net　鄂ICP备14011058号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
上周在禳明路一家超市买了两盒防蛀片，包装上写着“清香型”。回家放进衣柜，第二天打开柜门差点被熏出来，那味道像卫生球加了香精。
衣服拿出来晾了两天，味道还散不掉。我看了一下配料表，写的是对二氯苯，网上查了说这种东西刺激性挺大，家里有小孩最好别用。
找超市退货，店员说拆了包装不能退。想问问大家，这种情况能不能找市场监管部门？另外有没有推荐的无味防蛀片？
""",
    ),
    dict(
        slug="youan-forum-found-bunny-hairband-thread-subject",
        site="羑城生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.youcheng.cc/forum.php?mod=viewthread&tid=338207",
        title="羑安路口捡到一个兔耳朵发箍，谁家孩子丢的？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject with a 【失物招领】 prefix; junk lines and glued junk; no date",
        page="""
!m 羑城生活网论坛 › 便民信息 › 失物招领
!t 【失物招领】羑安路口捡到一个兔耳朵发箍，谁家孩子丢的？
!m 发帖人：晚风十里　|　发表于 昨天 17:02　|　浏览 392
{BODY}
!a 顶一下　踩一下　分享给好友
!l 回复 #1 羑城老街坊：帮顶，希望早点找到失主
!l 回复 #2 阿禾妈：好人一生平安！
!m 羑城生活网论坛　客服QQ群：735190263
""",
        junk=dict(lines=1, glued=2),
        body="""
今天下午四点多，在羑安路和禳明路交叉口的公交站旁边捡到一个粉色兔耳朵发箍。耳朵上有亮片，内侧用记号笔写了一个“朵”字。
看样子是小女孩的，估计是放学路上掉的。孩子丢了心爱的东西肯定着急，家长看到可以在帖子下面留言，说一下发箍的其他特征。
发箍我先放在路口的光明便利店，跟老板说好了，来领的时候报我的网名就行。
""",
    ),
    dict(
        slug="zhanfeng-download-rules-nail-tools-disinfection-gb2312",
        site="飐风资料站 (invented download station, old table layout)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.zhanfeng8.com/soft/zhidu/20250506/4417.html",
        title="美甲店修甲工具清洗消毒管理制度",
        record_title="〔店务规章〕美甲店修甲工具清洗消毒管理制度（.doc版可改）_飐风资料站",
        date=None,
        notes="old table layout: file-info table, three download links, unzip password, a dead-link report and a floating ghost-writer ad; 第N条 articles that speak of 打印 and 扫描二维码 stay in the body; update stamp is no date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔店务规章〕美甲店修甲工具清洗消毒管理制度（.doc版可改）_飐风资料站</title>
<link href="/css/down.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/floatad.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 飐风资料站 — 店务管理资料一站下⟧</td><td align="right"><a href="/">⟦m 网站首页⟧</a>　<a href="/soft/zhidu/">⟦m 管理制度⟧</a>　<a href="/soft/hetong/">⟦m 合同协议⟧</a>　<a href="/soft/biaoge/">⟦m 表格模板⟧</a></td></tr>
<tr><td colspan="2" class="pos">⟦m 当前位置：飐风资料站 → 管理制度 → 美容美发⟧</td></tr>
</table>
<table width="980" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#d6d6d6" class="info">
<tr><td width="110">⟦m 资料名称⟧</td><td><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 24 KB⟧</td></tr>
<tr><td>⟦m 资料格式⟧</td><td>⟦m .doc / Word 2003⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 2025/5/6 14:22⟧</td></tr>
<tr><td>⟦m 授权方式⟧</td><td>⟦m 免费资料⟧</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="6"><tr><td class="yulan">
<div class="yl-t">⟦m 资料预览：⟧</div>
{BODY}
</td></tr></table>
<table width="980" border="0" align="center" class="down">
<tr><td>⟦a 下载通道：⟧ <a href="/d/4417/1">⟦a 电信线路一⟧</a> <a href="/d/4417/2">⟦a 联通线路二⟧</a> <a href="/d/4417/3">⟦a 移动线路三⟧</a></td></tr>
<tr><td>⟦m 压缩包解压密码：zhanfeng8.com⟧</td></tr>
<tr><td><a href="/baocuo.asp?id=4417">⟦a 链接打不开？向站长反映⟧</a></td></tr>
</table>
<div id="floatad" style="position:absolute;left:2px;top:260px">⟦w 各类店务制度代写，QQ 2851663096⟧</div>
<table width="980" border="0" align="center" class="foot"><tr><td align="center">⟦d 飐风资料站所有资料来自网友上传与网络收集，仅供参考⟧<br>⟦m 飐风资料站 zhanfeng8.com 豫ICP备15009247号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为防止交叉感染，保障顾客健康，制定本制度。
第二条　本店指甲锉、死皮推、指甲剪等修甲工具实行“一客一用一消毒”，严禁未经消毒重复使用。
第三条　金属工具使用后先用清水刷洗，再放入消毒柜消毒不少于30分钟；砂条指甲锉属一次性用品，用后即弃，也可交顾客带走。
第四条　每次消毒须在消毒登记本上记录时间、工具数量和操作人，登记本每月打印汇总后存档一年。
第五条　顾客可扫描工位上的二维码，查看当日工具消毒记录。
第六条　店长每周检查一次制度执行情况，违者按店规处理。
第七条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="jiangxin-download-work-instruction-tablet-stand-doc",
        site="匠心资料站 (invented factory-documents download site)",
        style="资料下载站",
        genre="作业指导书",
        kind="rules",
        form="text",
        source="https://www.jiangxinzl.com/down/scgl/8127.html",
        title="折叠平板支架装配作业指导书",
        record_title="折叠平板支架装配作业指导书.doc",
        date=None,
        notes="file-name record title; file-info lines, download links and a ghost-writer WeChat; numbered steps; no date (update stamp only)",
        page="""
!m 匠心资料站 — 工厂管理资料免费下
!m 资料首页 >> 生产管理 >> 作业指导书
!t 折叠平板支架装配作业指导书.doc
!m 资料大小：36KB　|　资料类型：DOC　|　更新时间：2025-03-18　|　下载次数：842
!a 本地下载　｜　网盘下载　｜　迅雷下载
!d 匠心资料站的资料来源于网络，如涉及版权请联系站长删除。
{BODY}
!a 以上为文档预览，完整排版请下载后查看
!l 相关资料：注塑车间作业指导书　包装工序检验规范
!w 工厂管理文件定制：微信 jiangxin_zl88
""",
        body="""
一、适用范围
本指导书适用于装配车间折叠平板支架的总装工序。
二、作业步骤
1.领取底座、支撑臂、托板及铰链组件，核对型号和数量；
2.将铰链组件装入支撑臂槽位，用扭力螺丝刀拧紧M3螺丝，扭力为0.6牛·米；
3.安装托板硅胶垫，四角压实，不得翘边；
4.手动开合支架20次，检查阻尼是否均匀、有无异响。
三、注意事项
测试铰链时必须佩戴防护手套，手指不得放在铰链开合处。发现零件毛刺、裂纹的，应放入不良品盒并告知班组长。
四、记录
每完成一箱，在流转卡上签字，并注明装配数量。
""",
    ),
    dict(
        slug="yangchuan-exam-notice-hairbands-security-gate",
        site="飏川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ycrsks.cn/kwgg/2025/0821/2216.html",
        title="关于笔试考生入场安检及发箍等发饰佩戴要求的提示",
        record_title="【考前提醒·必看】关于笔试考生入场安检及发箍等发饰佩戴要求的提示（请转告考生）_飏川人事考试网",
        date="2025-08-20",
        date_also=["2025-08-21"],
        notes="exam site with a maintenance banner and an admission-ticket float; the exam centre's 考务咨询电话 next to the site's technical line; 下载并打印准考证 is body; signature date differs from the publish date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【考前提醒·必看】关于笔试考生入场安检及发箍等发饰佩戴要求的提示（请转告考生）_飏川人事考试网</title>
<link rel="stylesheet" href="/res/css/ks.css">
<script src="/res/js/zkz-float.js"></script>
</head><body>
<div class="ks-banner">⟦m 系统公告：8月23日22:00至次日6:00报名系统升级，其间暂停访问⟧</div>
<div class="ks-head"><span>⟦m 飏川人事考试网⟧</span> <span>⟦m 飏川县人力资源考试中心主办⟧</span></div>
<div class="ks-nav">⟦m 首页　考试动态　考务公告　成绩查询　资格复审　政策法规⟧</div>
<div class="ks-pos">⟦m 所在栏目：考务公告⟧</div>
<div class="ks-art"><h2>{T}</h2>
<div class="ks-meta">⟦m 发布时间：2025-08-21　信息来源：考试中心　阅读：5912⟧</div>
<div class="ks-con">
{BODY}
</div></div>
<div id="zkz-float">⟦a 准考证打印通道（8月25日开放）⟧</div>
<div class="ks-foot">⟦m 飏川县人力资源考试中心　地址：飏川县禳明路66号⟧<br>⟦m 网站技术服务电话：0719-4218899（只答复网站使用问题）⟧<br>⟦m 鄂ICP备12016630号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年飏川县事业单位公开招聘笔试将于8月30日举行。今年各考点启用金属探测安检门，为减少入场排队时间，现就发饰佩戴提示如下：
一、请勿佩戴金属发箍、带钢齿的发箍和金属发夹，可使用塑料、布艺发箍或橡皮筋；
二、佩戴发箍的考生，入场时须配合监考人员摘下检查；
三、考生应于8月25日起登录本网下载并打印准考证，携带准考证和身份证原件参加考试。
考务咨询电话：0719-4218805（工作日8:30-17:30）
飏川县人力资源考试中心
2025年8月20日
""",
    ),
    dict(
        slug="youcheng-exam-skill-appraisal-manicure-timetable",
        site="羑城人事考试网 (invented, skills-appraisal channel)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycrsks.com/jnjd/kwtz/2025/0928/917.html",
        title="关于2025年第二批美甲师职业技能等级认定实操考核安排的通知",
        date="2025-09-26",
        date_also=["2025-09-28"],
        notes="record title as is; a timetable one row a paragraph; candidates bring their own 指甲锉; the centre's 咨询电话 stays in the body next to the site's technical line",
        page="""
!m 羑城人事考试网 · 技能鉴定频道
!m 位置：首页 > 技能鉴定 > 考务通知
{T}
!m 发布：2025-09-28　来源：鉴定中心　点击：1532
!a [打印本页] [关掉窗口]
{BODY}
!m 本网技术支持：0736-2219060（仅受理网站访问问题）
!m 羑城市人力资源和社会保障局主办　湘ICP备09011825号
""",
        body="""
各参评考生：
2025年第二批美甲师职业技能等级认定实操考核定于10月18日至19日在禳坪职业技术学校实训楼举行，现将有关安排通知如下。
等级　日期　时间　考场
五级　10月18日　8:30-11:30　实训楼201
四级　10月18日　14:00-17:30　实训楼202
三级　10月19日　8:30-12:00　实训楼201
考生须自带指甲锉、死皮推、抛光条等修甲工具，工具应清洁消毒；甲油胶、模特手由考点统一提供。
考生须提前30分钟到达考场，凭准考证和身份证入场。咨询电话：0736-2219012。
羑城市职业技能鉴定指导中心
2025年9月26日
""",
    ),
    dict(
        slug="yangchuan-tender-result-tablet-stands-lots",
        site="飏川县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.yangchuan.gov.cn/jyxx/zfcg/zbgg/20250711/9f2c18.html",
        title="飏川县教育局中小学平板支架采购项目中标结果公告",
        record_title="[中标结果·公示] 飏川县教育局中小学平板支架采购项目中标结果公告 - 飏川县公共资源交易网",
        date="2025-07-11",
        notes="tender portal with a clock, a challenge-period countdown and CA/trading-system lines; lots table one row a paragraph; purchaser and agency contacts stay in the body; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[中标结果·公示] 飏川县教育局中小学平板支架采购项目中标结果公告 - 飏川县公共资源交易网</title>
<link rel="stylesheet" href="/css/ggzy.css">
<script src="/js/clock.js"></script>
</head><body>
<div class="gz-top"><span>⟦m 飏川县公共资源交易网⟧</span> <span id="clock">⟦m 北京时间 2025-07-14 09:41:26⟧</span></div>
<div class="gz-nav">⟦m 首页　交易信息　政府采购　工程建设　诚信体系　服务指南⟧</div>
<div class="gz-pos">⟦m 交易信息 > 政府采购 > 中标（成交）公告⟧</div>
<div class="gz-art"><h3>{T}</h3>
<div class="gz-meta">⟦m 信息时间：2025-07-11　浏览：403⟧</div>
<div class="gz-count">⟦m 距质疑期结束还剩 2天06小时⟧</div>
<div class="gz-con">
{BODY}
</div></div>
<div class="gz-help"><p>⟦m CA数字证书办理：0719-4239001⟧</p><p>⟦m 电子交易系统运维：400-883-2751⟧</p></div>
<div class="gz-foot">⟦m 主办：飏川县公共资源交易中心　鄂ICP备18007715号⟧</div>
</body></html>
""",
        body="""
一、项目编号：YCJY-2025-061
二、项目名称：飏川县教育局中小学平板支架采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1包　飐口精工科技有限公司　186,400.00
2包　羑城市博雅教学设备有限公司　97,250.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：飏川县教育局　联系人：蒋老师　电话：0719-4231106
代理机构：飏川县弘正招标代理有限公司　联系人：梅工　电话：0719-4230877
飏川县弘正招标代理有限公司
2025年7月11日
""",
    ),
    dict(
        slug="youcheng-procurement-inquiry-mothproof-archives-items",
        site="羑城市政府采购服务平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://zfcg.youcheng.gov.cn/xjgg/2025/0310/11827.html",
        title="羑城市档案馆防蛀防霉用品询价采购公告",
        record_title="采购询价丨羑城市档案馆防蛀防霉用品询价采购公告｜羑城市政府采购服务平台",
        date="2025-03-10",
        notes="an archives' inquiry with an items table; 下载询价文件 is body; the purchaser's contact stays in the body next to the platform hotline; signature date",
        page="""
!m 羑城市政府采购服务平台
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布日期：2025-03-10　　项目编号：YCDA-XJ-2025-004
!a 报名参与　｜　收藏项目　｜　打印公告
{BODY}
!m 平台服务热线：400-672-0936（工作日9:00-17:00）
!d 公告内容以采购人发布的为准，平台不承担由此产生的责任。
!m 羑城市财政局主办　湘ICP备10022519号
""",
        body="""
羑城市档案馆拟对库房防蛀防霉用品进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品目　规格　数量
无萘防蛀片　每片不少于10克　3000片
防霉片　每片不少于8克　2000片
专用投放盒　适配五层密集架　400个
二、报价要求：供应商请于3月17日17:00前在本平台下载询价文件，按要求密封报价，报价含运费。
三、联系方式：羑城市档案馆　谈女士　0736-2203415
羑城市档案馆
2025年3月10日
""",
    ),
    dict(
        slug="hengzheng-lawfirm-case-footstool-nursing-home",
        site="衡正律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengzhenglaw.cn/alsf/2025/227.html",
        title="老人在养老院被脚凳绊倒骨折，责任如何划分？",
        record_title="〔以案说养老〕老人在养老院被脚凳绊倒骨折，责任如何划分？｜衡正律师事务所",
        date=None,
        notes="law firm with a lawyer card, a consult float, a 400 line and a 本文链接 block; a case note with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔以案说养老〕老人在养老院被脚凳绊倒骨折，责任如何划分？｜衡正律师事务所</title>
<link rel="stylesheet" href="/assets/css/law.css">
<script src="/assets/js/consult.js"></script>
</head><body>
<div class="lw-head"><span>⟦m 衡正律师事务所⟧</span> <span>⟦m 专注医疗养老纠纷二十年⟧</span> <span>⟦w 全国咨询：400-880-3172⟧</span></div>
<div class="lw-nav">⟦m 首页　律所简介　专业领域　律师团队　以案释法　联系我们⟧</div>
<div class="lw-art"><h1>{T}</h1>
<div class="lw-meta">⟦m 栏目：以案释法　阅读 1,166⟧</div>
<div class="lw-con">
{BODY}
</div>
<div class="lw-link">⟦m 本文链接：https://www.hengzhenglaw.cn/alsf/2025/227.html⟧<br>⟦d 转载请注明来自衡正律师事务所⟧</div></div>
<div class="lw-card"><p>⟦m 作者：祝清源 律师⟧</p><p>⟦m 擅长：养老机构纠纷、人身损害赔偿⟧</p><p>⟦w 手机/微信：13607193326⟧</p></div>
<div id="consult-float">⟦a 律师在线，马上咨询⟧</div>
<div class="lw-foot">⟦m 衡正律师事务所　地址：飖州市禳明路200号金融大厦12层⟧<br>⟦m 湘ICP备19012306号⟧</div>
</body></html>
""",
        body="""
【案情】八十二岁的孙老太太入住某养老院。一天夜里，她起床如厕，被护理员放在床边的脚凳绊倒，导致股骨骨折。家属认为养老院未尽看护义务，诉至法院要求赔偿医疗费等各项损失。
【法院观点】养老院对入住老人负有安全保障义务。护理员将脚凳放在老人夜间必经的通道上，且未开启夜灯，存在过错；老人患有眩晕症，夜间起床未按铃呼叫护理员，自身也有一定责任。法院判决养老院承担百分之七十的赔偿责任。
【律师提示】养老机构应规范室内物品摆放，脚凳等辅助用具用后及时归位；家属签约时也应如实告知老人健康状况。
""",
    ),
    dict(
        slug="hexin-lawyer-answer-nail-file-infection",
        site="禾信律师网 (invented legal-advice platform)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="https://www.hexinlawyer.cn/ask/question_5518204.html",
        title="美甲店用未消毒的指甲锉导致手指感染，能要求赔偿吗？",
        record_title="律师答疑 › 美甲店用未消毒的指甲锉导致手指感染，能要求赔偿吗？ - 禾信律师网",
        date=None,
        notes="a lawyer's answer; column prefix and site suffix in the record title; a 400 consult line; no date (relative 提问时间)",
        page="""
!m 禾信律师网 — 在线法律咨询平台
!m 首页 > 律师答疑 > 消费维权
!t 律师答疑 › 美甲店用未消毒的指甲锉导致手指感染，能要求赔偿吗？ - 禾信律师网
!m 提问时间：3 天前　　浏览：687
!m 解答律师：葛岚律师（执业证号 14211202010378452）
{BODY}
!a 有帮助　　分享　　举报
!w 还有疑问？免费咨询律师：400-081-6630
!l 相似问题：美容院致人损伤如何维权？　｜　美甲店不退预付卡怎么办？
!m 禾信律师网 hexinlawyer.cn 版权所有
""",
        body="""
可以。经营者应当保证其提供的服务符合保障人身安全的要求。
美甲店重复使用未经消毒的指甲锉等工具，导致顾客甲沟炎、真菌感染的，属于服务存在缺陷，顾客可以依据《消费者权益保护法》要求店家赔偿医疗费、误工费等合理损失。
维权时建议注意三点：一是保留消费记录、付款凭证和聊天记录；二是尽快就医，保存病历和诊断证明；三是先与店家协商，协商不成的，可向市场监管部门投诉或向法院起诉。
另外，一次性砂条指甲锉应当一人一换。下次做美甲时，不妨留意店家是否当面拆封。
""",
    ),
]
