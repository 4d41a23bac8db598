"""holdout352, part D: county forums, download stations, personnel-exam sites, tenders, law firms. Invented text."""

CASES = [
    dict(
        slug="localforum-zhaoxi-mall-mirror-jammer",
        site="肇溪在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.zhaoxizaixian.com/thread-662310-1-1.html",
        title="商场试衣间的落地镜差点砸到我家孩子，希望商家重视",
        record_title=None,
        date=None,
        notes="county forum: thread subject as the title (missing from the record), weather line, medals, jammer fonts "
        "inside the post, a decoration ad with a QQ, a forward-to-the-bureau link, relative post time",
        page="""
<html><head><meta charset="gbk"><title>肇溪在线论坛 - 肇溪人的网上家园</title>
<style>.jammer{display:none}</style><script src="/static/js/forum.js"></script></head><body>
<div id="hd">⟦m 肇溪在线论坛⟧　⟦m 肇溪 今天 多云 18～26℃ 东南风2级⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="nv">⟦m 首页 | 肇溪杂谈 | 民生投诉 | 吃喝玩乐 | 房产家居 | 二手市场⟧</div>
<div id="pt">⟦m 肇溪在线论坛 › 民生投诉 › 帖子⟧</div>
<div class="ts"><h1>{T}</h1><span>⟦m 查看：8914 ｜ 回复：63⟧</span></div>
<table class="pl"><tr>
<td class="pls">⟦m 溪边的小雨点⟧<br>⟦m 积分 2207 · 在线 410 小时⟧<br>⟦m 勋章：热心网友 · 论坛元老⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 昨天 21:36⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zhuanjiao"><a>⟦a 一键转交县市场监管局⟧</a>　⟦m 已转交，等待部门回复⟧</div>
</td></tr></table>
<div class="ad">⟦w 肇溪本地装修，免费上门量房出图，QQ 1802 6637⟧</div>
<div class="reply">⟦l 2#　老肇溪：那家店的镜子我也注意过，确实是靠在墙上的⟧</div>
<div class="reply">⟦l 3#　一只猫：顶上去，让更多家长看到⟧</div>
<div id="ft">⟦m 肇溪在线 ( 皖ICP备15021774号 ) 客服热线：0556-7798 515⟧</div>
</body></html>
""",
        p_html='<div class="line">{}</div>',
        junk=dict(lines=1, glued=2),
        body="""
昨天下午带孩子去县城一家商场买夏装，试衣间外面放着一面一人多高的落地试衣镜，就那样斜靠在墙上，底下连个固定的东西都没有。
孩子试完衣服跑出来照镜子，手扶了一下镜框，镜子一下子往前倒，幸亏我离得近，一把扶住了，不然后果真不敢想。
当时店员过来把镜子推回去，说了句“没事没事，平时都这么放的”，连句道歉都没有。我跟她说这样太危险，应该固定一下，她说这是商场统一配的，她们管不了。
我查了一下，好多地方都出过落地镜砸伤孩子的事。希望商场和各家店铺都检查一下自己的试衣镜，该固定的固定，也提醒各位家长带孩子逛街时留个心眼。
""",
    ),
    dict(
        slug="localforum-renkou-door-organiser-market-junk",
        site="仞口论坛 (invented township forum), text view",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.renkoubbs.com/thread-30882-1-1.html",
        title="仞口集市上十块钱的门后挂袋，用了一个月就开线了",
        record_title="【赶集吐槽】仞口集市上十块钱的门后挂袋，用了一个月就开线了 - 仞口论坛",
        date=None,
        notes="township forum as text: junk lines and junk glued after 。; relative times; replies and a market ad",
        page="""
!m 仞口论坛｜仞口镇的老街坊都在这
!m 仞口论坛 » 赶集赶场 » 正文
!t 【赶集吐槽】仞口集市上十块钱的门后挂袋，用了一个月就开线了
!m 楼主 豆腐坊老三　发表于 5 天前　｜　阅读 1207　回复 19
{BODY}
!l 沙发　镇东头王姐：同一个摊子买的，我的挂钩都掰弯了
!l 板凳　小燕子：十块钱就别指望了，超市三十多的那种结实
!w 仞口家电维修上门，空调加氟洗衣机清洗，电话 139 5561 7024
!a 回帖请遵守论坛规定
!m Powered by 仞口论坛　© 2016-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
上个月逢集，在老供销社门口的摊子上花十块钱买了个门后挂袋，八个兜，当时看着还挺厚实。
挂在卫生间门后，放了几条毛巾和两瓶洗发水，用了一个月，最上面一排兜的线就开了，洗发水直接掉地上摔裂了一瓶。
仔细一看，缝线只走了一道，布边也没锁，挂钩是很薄的铁片，稍微一拉就变形。
再去找那个摊主，人家说赶集的东西不包退换，还说我放的东西太重。
提醒一下大家，买这种挂袋一定要看缝线和挂钩，别光看价钱。
""",
    ),
    dict(
        slug="download-lanben-watchbox-5s-rules-wps",
        site="蓝本下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lanbenxiazai.com/soft/52987.html",
        title="手表盒生产车间5S管理制度",
        record_title="手表盒生产车间5S管理制度.wps",
        date=None,
        notes="download station: file-info table, three mirror links, an unzip password, a dead-link report and a floating "
        "ad; 第N条 articles; effective clause without a date; update stamps are no dates",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>手表盒生产车间5S管理制度.wps - 蓝本下载站</title>
<script language="javascript">function copyUrl(){}</script></head>
<body topmargin="0">
<table width="980" align="center"><tr><td>⟦m 蓝本下载站 — 企业管理资料一站齐⟧</td><td align="right">⟦a 设蓝本为首页⟧ ⟦a 收藏蓝本⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 管理制度 | 合同范本 | 表格模板 | 培训课件 | 行业标准⟧</td></tr></table>
<table width="980" align="center"><tr><td width="720" valign="top">
<div>⟦m 当前位置：蓝本下载站 » 管理制度 » 生产管理⟧</div>
<h2>{T}</h2>
<table border="1" width="100%" bordercolor="#9EB6D8">
<tr><td>⟦m 资料大小：18 KB⟧</td><td>⟦m 资料格式：WPS文字⟧</td></tr>
<tr><td>⟦m 更新时间：1 周前⟧</td><td>⟦m 下载次数：1134⟧</td></tr>
<tr><td>⟦m 资料等级：★★★☆☆⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr></table>
<div class="jianjie">⟦m 资料简介：⟧</div>
{BODY}
<div class="down">⟦a 钦阳电信下载⟧　⟦a 诏川联通下载⟧　⟦a 本站高速下载⟧</div>
<div>⟦a 解压密码：www.lanbenxiazai.com⟧</div>
<div>⟦a 下载链接失效？点此告诉我们⟧</div>
</td>
<td width="260" valign="top"><div>⟦l 本类下载排行⟧</div><div>⟦l 车间安全生产责任制.doc⟧</div><div>⟦l 班组长岗位职责.wps⟧</div><div>⟦l 仓库物料管理规定.doc⟧</div></td></tr></table>
<div style="position:fixed;right:0;bottom:60px">⟦w 管理制度定制编写，加微信 lanben_zhidu 详谈⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均搜集自网络，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m 蓝本下载站 lanbenxiazai.com　辽ICP备14005619号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为营造整洁、有序、安全的生产环境，提高手表盒产品质量和生产效率，结合车间实际，制定本制度。
第二条　本制度适用于开料、打磨、喷漆、内衬、包装五个工段的全体员工。
第三条　整理：每班开工前，将工位上与当班生产无关的物品清出工位；木料边角料按可用、不可用分类放入指定料框。
第四条　整顿：工具、模具、表枕半成品实行定置管理，画线定位、标识清楚，用后放回原位。
第五条　清扫：每班下班前十分钟清扫工位，打磨工段须清理吸尘管道，喷漆房每日清理一次漆渣。
第六条　清洁：车间主任每日巡查一次，巡查结果在车间看板公布。
第七条　素养：员工应按规定穿戴工作服、口罩和防护眼镜，不在车间内吸烟、饮食。
第八条　对连续三次检查不合格的班组，扣减当月班组绩效的5%。
第九条　本制度自发布之日起执行，由生产部负责解释。
""",
    ),
    dict(
        slug="download-sucaixia-host-script-liner-diy",
        site="素材匣下载 (invented), text view",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.sucaixia.net/down/zhuchi/40812.html",
        title="“旧物巧改造·抽屉垫DIY”亲子活动主持词",
        record_title="“旧物巧改造·抽屉垫DIY”亲子活动主持词（一男一女两位主持）- 素材匣下载",
        date=None,
        notes="download page as text: file info lines, download buttons and a points line; host script with role labels; "
        "no date",
        page="""
!m 素材匣下载　主持稿 · 活动方案 · 课件素材
!m 素材匣 > 主持词 > 社区活动
!t “旧物巧改造·抽屉垫DIY”亲子活动主持词（一男一女两位主持）
!m 文件大小：15KB　｜　文件类型：DOCX　｜　收录于 3 周前
!a 下载地址一（普通）　下载地址二（会员高速）
{BODY}
!a 本资料需消耗1个素材豆，签到可领
!l 相关主持词：社区邻里节主持词 ／ 亲子运动会主持词 ／ 重阳敬老活动主持词
!d 素材匣所有资料均来源于网络收集，若侵犯了您的权利，请来信说明。
""",
        body="""
女：亲爱的大朋友、小朋友们，
合：大家上午好！
男：欢迎来到吉庆苑社区“旧物巧改造·抽屉垫DIY”亲子活动现场。
女：家里的旧挂历、旧地图、用剩的墙纸，是不是都压在柜子底下？今天，我们就要让它们变身为漂亮又实用的抽屉垫。
男：首先，请社区志愿者李阿姨给大家讲解制作方法和安全注意事项。
女：感谢李阿姨的讲解！下面是自由制作时间，请各位家长当好助手，剪刀请由大人保管和使用。
男：时间过得真快，一件件作品已经完成了。请每个家庭派一名小代表上台展示，说说你的抽屉垫准备放在哪个抽屉里。
女：每一张抽屉垫，都藏着一份心思，也藏着节约的好习惯。
男：请大家把作品带回家，也把今天学到的整理方法用起来。
合：本次活动到此结束，谢谢大家，我们下次再见！
""",
    ),
    dict(
        slug="exam-qinyang-divider-skill-test-notice",
        site="钦阳人事考试网 (invented)",
        style="人事考试网",
        genre="考试须知",
        kind="notice",
        form="html",
        source="http://www.qyrsks.cn/zyjn/202508/t20250812_4420.html",
        title="2025年钦阳市整理收纳师职业技能等级认定考试须知",
        record_title="〈技能认定〉2025年钦阳市整理收纳师职业技能等级认定考试须知 · 钦阳人事考试网",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, the exam centre's 咨询电话 beside the system's "
        "technical line; a timetable table; sentences about downloading and printing the admission ticket (content); the "
        "publish date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〈技能认定〉2025年钦阳市整理收纳师职业技能等级认定考试须知 · 钦阳人事考试网</title>
<script src="/js/ks-common.js"></script></head><body>
<div class="notice-bar">⟦m 8月16日0:00—6:00报名系统升级维护，届时暂停服务⟧</div>
<div class="hd">⟦m 钦阳人事考试网⟧ ⟦m 钦阳市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页 / 公务员考试 / 事业单位 / 专业技术资格 / 职业技能 / 成绩查询⟧</div>
<div class="crumb">⟦m 首页 ＞ 职业技能 ＞ 考务通知⟧</div>
<div class="main"><h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-08-12　来源：考务科　浏览：3308⟧</div>
<div class="con">
{BODY}
</div></div>
<div class="float-zkz"><a>⟦a 准考证打印入口 ›⟧</a></div>
<div class="ft">⟦m 报名系统技术咨询：0379-6215 8800（工作日 9:00—17:00）⟧<br>⟦m 钦阳市人事考试中心　豫ICP备11019427号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年钦阳市整理收纳师（四级/中级工）职业技能等级认定考试将于8月23日至24日举行，现将有关事项告知如下：
一、考试安排
日期　科目　时间
8月23日　理论知识　9:00—10:30
8月23日　技能操作（抽屉分区与分隔板安装）　14:00—15:30
8月24日　技能操作（衣柜整理方案设计）　9:00—10:30
二、准考证
考生请于8月19日至22日登录报名系统下载并打印准考证，凭准考证和有效身份证件参加考试。
三、技能操作考试说明
考场统一提供抽屉、可调节分隔板和待整理物品，考生须在规定时间内完成分区设计和安装，不得自带分隔板和工具。
四、咨询方式
考务咨询电话：0379-6215 8811、6215 8812
钦阳市人事考试中心
2025年8月11日
""",
    ),
    dict(
        slug="exam-zhaochuan-belongings-watch-boxes",
        site="诏川人事考试信息网 (invented), text view",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zcrsks.gov.cn/kwtz/2025/1028/3319.html",
        title="关于考生随身物品统一存放的温馨提示",
        date="2025-10-27",
        date_also=["2025-10-28"],
        notes="exam site as text: record title as is; numbered points; 成文日期 under the signature; an admission-ticket "
        "line and a technical hotline at the foot; the posting line differs from the 成文日期",
        page="""
!m 诏川人事考试信息网
!m 网站首页 ＞ 考务通知
{T}
!m 信息来源：县人事考试中心　发布：2025-10-28
!a 【A+】【A-】【打印】
{BODY}
!a 准考证打印请点击首页“考生服务”入口
!m 网站技术服务电话：0556-7705 118
!l 上一条：2025年下半年诏川县事业单位公开招聘笔试成绩查询公告
!m 诏川县人事考试中心　地址：诏川县行政服务中心四楼
""",
        body="""
各位考生：
为保障考试公平，11月1日事业单位公开招聘笔试期间，各考点将在考场门口设置随身物品存放区。现将有关事项提示如下：
一、考生进入考场前，须将手机、智能手表、手环等电子设备关机后放入考点提供的物品袋，存放在考场外的指定位置。
二、为防止手表在存放时磕碰划伤，各考点为考生准备了分格式手表盒，每格放置一块，请考生存放时报告座位号，由监考人员登记。
三、考场内设有统一计时钟，考生不得佩戴任何手表进入考场。
四、考试结束后，考生凭座位号领回本人物品，请当场核对。
请考生尽量不带贵重物品参加考试，因自行携带贵重物品造成损失的，由考生本人承担。
诏川县人事考试中心
2025年10月27日
""",
    ),
    dict(
        slug="tender-zhaochuan-divider-award-result",
        site="诏川县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhaochuan.gov.cn/jyxx/zfcg/zbgg/20250523/8c21f0.html",
        title="诏川县寄宿制学校抽屉分隔板采购项目中标结果公告",
        record_title="【中选名单·校舍装备】诏川县寄宿制学校抽屉分隔板采购项目中标结果公告_采购货物_诏川县公共资源交易网",
        record_date="2025-05-23",
        date="2025-05-23",
        notes="tender portal: publicity countdown, CA and trading-system hotlines beside the purchaser's and the agency's "
        "contacts; lots table one row a paragraph; record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【中选名单·校舍装备】诏川县寄宿制学校抽屉分隔板采购项目中标结果公告_采购货物_诏川县公共资源交易网</title>
<script src="/js/countdown.js"></script></head><body>
<div class="head">⟦m 诏川县公共资源交易网⟧　⟦m 阳光交易　诚信诏川⟧</div>
<div class="nav">⟦m 首页 · 交易信息 · 政府采购 · 工程建设 · 诚信管理 · 服务指南⟧</div>
<div class="loc">⟦m 交易信息 > 政府采购 > 中标（成交）结果⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="attr">⟦m 信息时间：2025-05-23　阅读：287⟧</div>
<div class="countdown">⟦m 公示期剩余：0天 18时 42分⟧</div>
<div class="text">
{BODY}
</div></div>
<div class="service">⟦m CA数字证书办理：400-887-0531⟧　⟦m 电子交易系统技术支持：0556-7720 900⟧</div>
<div class="foot">⟦m 主办：诏川县公共资源交易中心　网站标识码3412300018⟧</div>
</body></html>
""",
        body="""
一、项目编号：ZCCG-2025-0317
二、项目名称：诏川县寄宿制学校抽屉分隔板采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第1包（小学）　钦阳格悦家居用品有限公司　186400.00
第2包（初中）　肇溪县沈桥塑料制品厂　142750.00
四、主要标的信息：可调节抽屉分隔板，食品级聚丙烯材质，第1包6200套，第2包4600套，交货期为合同签订后30日内。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：诏川县教育和体育局　联系人：甘文涛　电话：0556-7718 330
采购代理机构：钦阳正远招标咨询有限公司　联系人：蔡梦洁　电话：0379-6230 5172
诏川县公共资源交易中心
2025年5月23日
""",
    ),
    dict(
        slug="tender-luyuan-inquiry-door-organisers",
        site="禄原县政府采购网 (invented), text view",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.luyuancg.gov.cn/cggg/xjgg/202509/t20250902_1718.html",
        title="禄原县社会福利中心门后挂袋采购询价公告",
        date="2025-09-02",
        notes="procurement site as text: record title as is; items table; sentences about downloading the inquiry file "
        "and scanning a code (content); purchaser contact beside the platform's CA line",
        page="""
!m 禄原县政府采购网
!m 首页 » 采购公告 » 询价公告
{T}
!m 公告类型：询价公告　发布时间：2025-09-02　浏览：96
{BODY}
!a [打印本页]　[收藏]　[分享到微信]
!m CA证书及电子投标工具咨询：0558-5511 360
!l 相关公告：禄原县社会福利中心防滑地垫采购询价公告
!m 禄原县财政局主办　皖ICP备17030662号
""",
        body="""
禄原县社会福利中心就门后挂袋采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品目　规格要求　数量
门后挂袋（六格）　阻燃帆布，可水洗，带软垫挂钩　180个
门后挂袋（十二格）　阻燃帆布，可水洗，带软垫挂钩　60个
二、供应商资格：具有独立承担民事责任的能力，近三年内无重大违法记录。
三、询价文件获取：有意向的供应商请于9月3日至9月9日登录禄原县政府采购网下载询价文件，或扫描询价文件首页的二维码获取电子版。
四、报价截止时间：2025年9月10日9:30。
五、联系方式：禄原县社会福利中心　联系人：车晓敏　电话：0558-5527 106
""",
    ),
    dict(
        slug="lawfirm-hengtai-answer-mirror-injury",
        site="钦阳衡泰律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.hengtailvshi.com/wenda/20250610/2288.html",
        title="商场试衣镜倒下砸伤孩子，谁来承担责任？",
        record_title="【衡泰说法】商场试衣镜倒下砸伤孩子，谁来承担责任？｜钦阳衡泰律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a repost notice; a lawyer-consult prompt glued after a "
        "sentence; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【衡泰说法】商场试衣镜倒下砸伤孩子，谁来承担责任？｜钦阳衡泰律师事务所</title>
<script src="/assets/consult.js"></script></head><body>
<div class="hd">⟦m 钦阳衡泰律师事务所⟧ ⟦m 专注民商事争议解决⟧ ⟦m 全国咨询热线 400-806-7719⟧</div>
<div class="nav">⟦m 首页　律所简介　律师团队　业务领域　衡泰说法　联系我们⟧</div>
<div class="crumb">⟦m 首页 / 衡泰说法 / 侵权责任⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 解答律师：伍哲　浏览：2461⟧</div>
<div class="body">
{BODY}
</div>
<div class="repost">⟦d 本文为衡泰律所原创普法内容，转载请注明来源，不得用于商业用途。⟧</div>
</article>
<aside><div class="card">⟦m 伍哲律师　执业证号 14103201910887245⟧<br>⟦m 擅长：人身损害赔偿、消费者权益纠纷⟧</div>
<div class="more">⟦l 相关问答：游乐场孩子受伤，商家要赔吗？ · 超市地面湿滑摔倒怎么索赔？⟧</div></aside>
<div class="float">⟦w 律师在线，免费初步评估案情⟧</div>
<footer>⟦m 钦阳衡泰律师事务所　地址：钦阳市牟湾区滨河大道66号　豫ICP备20008713号⟧</footer>
</body></html>
""",
        body="""
问：周末带孩子逛商场，孩子在服装店试衣间门口被一面倒下的落地试衣镜砸伤了额头，缝了四针。店家说是孩子自己推倒的，商场说镜子是店家的，互相推诿。这种情况该找谁赔？
答：根据民法典的相关规定，经营场所的经营者、管理者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
本案中，服装店是试衣镜的所有者和使用者，有义务保证镜子放置稳固，不致倾倒伤人。如果镜子只是斜靠在墙上、没有任何固定措施，店家很难说已经尽到了安全保障义务，应当承担主要责任。⟦w 类似纠纷拿不准？可预约衡泰律师面谈⟧商场作为整个经营场所的管理者，如果在日常巡查中没有发现和纠正这一隐患，也要承担相应的补充责任。
当然，家长对孩子负有监护职责，如果孩子确实有攀爬、用力推拉镜子的行为，家长也可能要自担一部分责任。
建议您保存好就医票据、现场照片和视频，先与店家和商场协商；协商不成，可以向消费者协会投诉，或者向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-bingzhi-contract-template-watchbox",
        site="肇溪秉直律师事务所 (invented), text view",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.bingzhilaw.cn/fanben/jiagong/156.html",
        title="手表盒定制加工合同",
        record_title="〔合同样稿〕手表盒定制加工合同（律师审定）- 秉直律师事务所",
        date=None,
        notes="law firm's template as text: ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
!m 肇溪秉直律师事务所　|　秉公持正　直道而行
!m 首页 > 合同范本 > 加工承揽
!t 〔合同样稿〕手表盒定制加工合同（律师审定）- 秉直律师事务所
{T}
!m 整理：秉直律所合同审查部　｜　更新于 4 个月前
{BODY}
!d 本范本仅供参考，具体条款请结合交易实际修改，必要时请律师审查。
!w 合同起草、审查，请致电 0556-7765 223 预约
!l 更多范本：木制品买卖合同 ／ 包装材料采购合同 ／ 委托设计合同
!m 肇溪秉直律师事务所　皖ICP备19046637号
""",
        body="""
定作方（甲方）：××××有限公司
承揽方（乙方）：××××工艺品厂
甲乙双方经友好协商，就乙方为甲方定制加工手表盒事宜，订立本合同。
第一条　定制产品：手表盒，规格＿＿位，外壳材质＿＿＿＿，内衬材质＿＿＿＿，数量＿＿＿＿只，单价＿＿＿＿元，合同总价＿＿＿＿＿＿元。
第二条　质量要求：乙方应按甲方确认的样品和图纸生产，表枕松紧适中，盒盖开合顺畅，无开胶、无异味。
第三条　交货：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由＿＿方承担。
第四条　验收：甲方应在收货后＿＿日内验收，对不合格品有权要求乙方返工或退货。
第五条　付款：合同签订后甲方预付总价的＿＿%，验收合格后＿＿日内付清余款。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
第七条　争议解决：协商不成的，向甲方所在地人民法院起诉。
甲方（盖章）：　　　　乙方（盖章）：
＿＿＿＿年＿＿月＿＿日　　　　＿＿＿＿年＿＿月＿＿日
""",
    ),
]
