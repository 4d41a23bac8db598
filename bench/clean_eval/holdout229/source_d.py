"""holdout229, part D: a county forum, download stations, personnel-exam sites, tender portals, law firms, a residents' site.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="countyforum-xichuan-lost-briefcase-owner-phone",
        site="犀川在线 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.xichuanzx.com/bbs/t-88127.html",
        title="捡到一个黑色公文包，内有证件，失主速联系",
        record_title="[拾金寻主] 捡到一个黑色公文包，内有证件，失主速联系 - 犀川城事 - 犀川在线",
        date=None,
        notes="a county-forum post as text: the poster's own phone is content, the forum's ad QQ and hotline are chrome; posted 前天 (no date); moderator note and replies",
        page="""
!m 犀川在线 › 犀川城事 › 失物招领
!t [拾金寻主] 捡到一个黑色公文包，内有证件，失主速联系
!m 楼主 晨跑的阿杰　发表于 前天 19:06　浏览 5127　回复 23
!m 【版主置顶】本版只发失物招领与寻物启事，广告一律删帖
{BODY}
!m 本帖被 城事版主 加入【暖心帖】
!l 沙发 犀川小灵通：已帮转到犀川寻人寻物群
!l 板凳 二中门口卖早点的：好人一生平安
!w 犀川在线广告合作 QQ 3051827716
!m 犀川在线 报料热线：0834-6618000
""",
        indent="",
        body="""
今天早上六点半左右，我在犀川镇滨江路跑步，在第三个观景台的长椅上捡到一个黑色公文包，当时周围没有人。
包是皮的，有点旧，提手上缠着一圈黑胶布。里面有一个笔记本、几份盖了章的材料、一支钢笔，还有一张身份证，身份证上的名字是“宁”字开头，其他信息不方便公开。
我在原地等了四十多分钟，也没人回来找，怕包被人拿走，就先带回家保管了。
失主看到后请联系我，电话138 8346 0127（晚上七点以后方便），说清楚包里材料的单位名称，核对无误后当面归还。两周内没人认领的话，我就把包交到滨江派出所。
""",
    ),
    dict(
        slug="download-gongjuzhan-rules-level-maintenance-gb2312",
        site="工匠资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.gjzlz.com/soft/28817.html",
        title="水平仪使用与维护操作规程",
        record_title="水平仪使用与维护操作规程 Word版免费下载_工匠资料站",
        date=None,
        notes="old gb2312 download station: file-info table with an update stamp, three mirror links, an unzip password, a dead-link report, a floating ad; a rule with 第N条 articles that speak of 打印 and 扫码 as content; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>水平仪使用与维护操作规程 Word版免费下载_工匠资料站</title>
<script src="/js/float_ad.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td class="logo">⟦m 工匠资料站 — 施工人员的资料库⟧</td><td class="top-r">⟦a 加入收藏 · 设为首页⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 ┆ 施工方案 ┆ 操作规程 ┆ 技术交底 ┆ 表格下载 ┆ 软件工具⟧</td></tr>
</table>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td class="pos">⟦m 当前所在：工匠资料站 → 操作规程 → 测量仪器⟧</td></tr>
<tr><td><h1>⟦t 水平仪使用与维护操作规程 Word版⟧</h1></td></tr>
<tr><td>
<table class="info" border="1" cellspacing="0" cellpadding="3">
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料格式：.doc⟧</td><td>⟦m 更新时间：2025-08-03⟧</td></tr>
<tr><td>⟦m 下载次数：1652⟧</td><td>⟦m 授权：免费资料⟧</td><td>⟦m 评分：★★★★☆⟧</td></tr>
</table>
</td></tr>
<tr><td class="intro"><b>⟦m 资料预览：⟧</b></td></tr>
<tr><td class="yulan">
{BODY}
</td></tr>
<tr><td class="down">
⟦a ⇩ 电信线路下载⟧　⟦a ⇩ 联通线路下载⟧　⟦a ⇩ 移动线路下载⟧<br>
⟦a 解压密码：gjzlz.com⟧<br>
⟦a 链接失效？点这里告诉站长⟧
</td></tr>
</table>
<div id="float_ad">⟦w 施工方案代编，加站长微信 gjzl_2020⟧</div>
<table width="980" align="center"><tr><td class="copy">⟦d 本站资料均来源于网络，仅供学习交流，如有侵权请来信删除。⟧<br>⟦m 工匠资料站 www.gjzlz.com 冀ICP备14027756号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　本规程适用于施工现场使用的气泡水平尺、框式水平仪和激光水平仪。
第二条　使用前应检查水平仪外观，尺身无变形，水泡无裂纹、无漏液；激光水平仪电量充足，激光线清晰。
第三条　测量时应擦净被测面和水平仪底面，水平仪应轻放，不得在被测面上拖动；读数时视线应与水泡垂直。
第四条　对测量结果有疑问的，应将水平仪原位调转180度复测，两次读数之差超过允许偏差的，停止使用并送检。
第五条　水平仪每季度检定一次。检定合格的，由设备员打印检定标签贴于尺身，并在设备二维码中更新检定记录，使用人扫码即可查看。
第六条　使用完毕应擦拭干净，放入专用盒内，存放在干燥处，不得与锤、钎等重物混放。
第七条　严禁用水平仪撬、敲、砸物件。
""",
    ),
    dict(
        slug="download-wenkuzhan-plan-driver-seatbelt-training-doc",
        site="文库站下载 (invented, download station as text)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wkzxz.com/down/114520.html",
        title="客运驾驶员安全带提醒培训方案",
        record_title="客运驾驶员安全带提醒培训方案.doc",
        date="2025-03-14",
        notes="a download page as text with a file-name record title: file-info lines with an update stamp, download lines, a password line, a report-broken-link line; 成文日期 under the company's signature",
        page="""
!m 文库站下载 · 资料秒下不限速
!m 首页 » 办公文档 » 培训方案
!t 客运驾驶员安全带提醒培训方案.doc
!m 文件大小：41KB ｜ 更新：2025-04-01 ｜ 语言：简体中文 ｜ 授权：共享
!m 内容预览：
{BODY}
!a 【高速下载一】　【高速下载二】　【本地下载】
!a 若提示文件损坏，请先升级压缩软件再解压
!a 下载出错？点此反馈
!d 资料收集自互联网，版权归原作者，下载后请于24小时内删除。
""",
        indent="\u3000\u3000",
        body="""
为提高客运驾驶员提醒乘客系好安全带的意识和能力，结合公司实际，制定本培训方案。
一、培训对象。公司全体客运驾驶员和乘务员，共计214人。
二、培训时间。2025年3月20日至4月30日，分六期进行，每期一天。
三、培训内容。（一）安全带的保护原理和典型事故案例；（二）发车前“一查二讲三确认”的规范用语；（三）乘客拒不系安全带时的劝导技巧；（四）车载安全带提醒装置的使用和报修。
四、考核方式。理论考试和情景模拟各占一半，考核不合格的，暂停上岗并参加下一期补训。
五、工作要求。各车队要合理排班，确保参训人员全部到课；安全管理部负责建立培训档案。
麈湖汽运集团有限公司
2025年3月14日
""",
    ),
    dict(
        slug="exam-zhuhu-notice-surveyor-practical-level-admission",
        site="麈湖人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhrsks.cn/ksgg/2025/1015/9921.html",
        title="关于2025年下半年测量放线工职业技能等级认定实操考核的通知",
        record_title="关于2025年下半年测量放线工职业技能等级认定实操考核的通知_考试通知_麈湖人事考试网",
        date="2025-10-13",
        date_also=["2025-10-15"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, a timetable (one row a paragraph), 下载/打印准考证 and bringing one's own spirit level as content; the exam office's 咨询电话 beside the site's technical line; 成文日期 expected, posting date also",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于2025年下半年测量放线工职业技能等级认定实操考核的通知_考试通知_麈湖人事考试网</title>
<script src="/js/common.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护公告：10月18日22:00—24:00报名系统暂停访问⟧</div>
<div class="header">⟦m 麈湖人事考试网⟧ ⟦m 麈湖市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页 考试通知 报名入口 成绩查询 证书办理 政策法规⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 考试通知 &gt; 职业技能⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="date">⟦m 发布时间：2025-10-15 10:00　来源：考试中心　阅读：2217⟧</div>
<div class="content">
{BODY}
</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口 ››⟧</div>
<div class="footer">
<p>⟦m 网站技术支持电话：0736-2290577（仅受理网站访问故障）⟧</p>
<p>⟦m 麈湖市人事考试中心 版权所有　湘ICP备09011843号⟧</p>
</div>
</body>
</html>
""",
        body="""
各有关考生：
2025年下半年测量放线工（四级、三级）职业技能等级认定实操考核定于11月8日至9日在麈湖职业技术学院实训中心举行。现将有关事项通知如下。
一、考核安排
日期　等级　考核项目
11月8日上午　四级　水平仪找平与标高测设
11月8日下午　四级　钢尺量距与放线
11月9日全天　三级　综合放样
二、准考证。考生请于11月3日至7日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
三、考核用具。考生须自带气泡水平仪一把（长度不小于60厘米）、5米钢卷尺和记号笔；激光投线仪由考点统一提供，不得自带。
四、咨询方式。考试中心咨询电话：0736-2290513（工作日9:00—17:00）。
麈湖市人事考试中心
2025年10月13日
""",
    ),
    dict(
        slug="exam-xichuan-interview-rules-briefcase-pdf",
        site="犀川县人力资源和社会保障局 考试专栏 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.xichuan.gov.cn/kszl/files/2025-mianshi-xuzhi.pdf",
        title="犀川县2025年公开招聘事业单位工作人员面试须知",
        record_title="犀川县2025年公开招聘事业单位工作人员面试须知.pdf",
        date="2025-07-07",
        notes="a PDF exam notice as text with a file-name record title: running heads of the exam column; a schedule table (one row a paragraph); the rule on briefcases and bags; 成文日期",
        page="""
!m 犀川县人力资源和社会保障局 · 考试专栏
!m 附件下载　面试须知（PDF）
{T}
{BODY}
!m 本文件由犀川人社考试专栏发布　第 1 页
""",
        indent="",
        body="""
一、面试时间和地点
日期　岗位类别　报到时间
7月19日　综合管理类　7:30
7月20日　教育卫生类　7:30
面试地点：犀川县职业中学（犀川县育才路15号）。
二、报到要求。考生须携带本人身份证和笔试准考证按时报到，8:00后未报到的，视为自动放弃。
三、物品管理。考生不得携带公文包、手提袋、书籍资料和手机等通讯工具进入候考室，报到后统一存放在寄存处，面试结束后凭号牌领取。
四、纪律要求。考生在面试中不得透露本人姓名、准考证号等个人信息，违者按违纪处理。
五、考生咨询电话：0834-6617215。
犀川县事业单位公开招聘工作领导小组办公室
2025年7月7日
""",
    ),
    dict(
        slug="tender-zhuhu-procurement-briefcases-lots-ca",
        site="麈湖市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zhccgp.gov.cn/cggg/xjgg/202511/t20251103_441207.html",
        title="麈湖市档案馆会议用公文包采购项目询价公告",
        record_title="【询价公示】麈湖市档案馆会议用公文包采购项目询价公告 - 麈湖市政府采购网",
        date="2025-11-03",
        notes="tender portal: a bidding countdown, a 'follow this project' action, CA and trading-system lines in the footer beside the purchaser's and agency's own contacts; a lots table; 附件 list; the notice's own date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【询价公示】麈湖市档案馆会议用公文包采购项目询价公告 - 麈湖市政府采购网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 麈湖市政府采购网⟧ ⟦a 供应商登录⟧ ⟦a 采购人登录⟧ ⟦a 专家登录⟧</div>
<div class="nav">⟦m 首页 采购公告 结果公告 合同公示 政策法规 诚信管理⟧</div>
<div class="crumb">⟦m 首页 › 采购公告 › 询价公告⟧</div>
<div class="gg">
<h2>{T}</h2>
<div class="ggxx">⟦m 项目编号：ZH-CG-2025-1187　发布时间：2025-11-03 16:30⟧</div>
<div class="djs">⟦a 距响应截止还剩 06 天 17 时 29 分⟧</div>
<div class="ggnr">
{BODY}
</div>
<div class="gz">⟦a ☆ 关注此项目⟧ ⟦a 打印公告⟧</div>
</div>
<div class="footer">
<p>⟦m CA数字证书办理：400-886-3025⟧</p>
<p>⟦m 电子交易系统技术服务：0736-2105588⟧</p>
<p>⟦m 麈湖市财政局主办　湘ICP备05011320号⟧</p>
</div>
</body>
</html>
""",
        body="""
项目概况：麈湖市档案馆会议用公文包采购项目采用询价方式采购，供应商应于2025年11月10日9时前通过电子交易系统提交响应文件。
一、采购需求
包号　品目　数量　最高限价（元）
1　真皮公文包　120只　36000
2　帆布资料包　300只　24000
二、供应商资格要求。具有独立承担民事责任的能力；近三年经营活动中无重大违法记录；本项目不接受联合体。
三、联系方式
采购人：麈湖市档案馆，联系人：冉晓晴，电话：0736-2236021。
采购代理机构：麈湖衡正招标代理有限公司，联系人：司马骏，电话：0736-2218870。
附件：1.询价文件
2.公文包样式参考图
麈湖衡正招标代理有限公司
2025年11月3日
""",
    ),
    dict(
        slug="tender-xichuan-bid-result-hospital-entrance-mats",
        site="犀川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.xichuan.gov.cn/jyxx/zbgs/20250818/2251.html",
        title="犀川县人民医院入口防滑地垫采购项目中标结果公告",
        record_title="犀川县人民医院入口防滑地垫采购项目中标结果公告_中标公示_犀川县公共资源交易中心",
        date="2025-08-18",
        notes="tender result as text: a trading-centre banner, info line with a view count, a results table (one row a paragraph), the purchaser's and agency's contacts beside the centre's service line; the notice's own date",
        page="""
!m 犀川县公共资源交易中心
!m 交易信息 ＞ 政府采购 ＞ 中标公示
{T}
!m 信息来源：犀川县公共资源交易中心　浏览：89
!a 【收藏】【打印】【关闭】
{BODY}
!l 上一条：犀川县第二中学食堂餐桌椅采购项目更正公告
!l 下一条：犀川县自来水公司管材采购项目中标结果公告
!m 交易中心服务热线：0834-6619900　周一至周五 8:30—17:30
""",
        indent="",
        body="""
一、项目编号：XCCG-2025-0631
二、项目名称：犀川县人民医院入口防滑地垫采购项目
三、中标信息
供应商名称　中标金额（元）　交货期
犀川县安步地垫制品有限公司　48600　合同签订后15日
四、主要标的信息：门诊楼、住院楼、急诊楼入口防滑吸水地垫（含铝合金嵌入式门垫）共计126平方米。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：犀川县人民医院，联系人：苟建平，电话：0834-6621051。
采购代理机构：四川蓉犀项目管理有限公司，联系人：柏娅，电话：0834-6612738。
四川蓉犀项目管理有限公司
2025年8月18日
""",
    ),
    dict(
        slug="law-henghong-case-passenger-no-seatbelt-consult-float",
        site="衡泓律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.henghonglaw.cn/anli/jiaotong/552.html",
        title="乘客未系安全带受伤，能否减轻驾驶人的赔偿责任？",
        record_title="案例拆解丨乘客未系安全带受伤，能否减轻驾驶人的赔偿责任？_衡泓律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a repost notice; a case note without any date; a free-consult line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>案例拆解丨乘客未系安全带受伤，能否减轻驾驶人的赔偿责任？_衡泓律师事务所</title>
</head>
<body>
<header>⟦m 衡泓律师事务所 · 交通事故与人身损害专业团队⟧ ⟦m 全国咨询：400-097-2316⟧</header>
<nav>⟦m 首页 · 律所简介 · 专业领域 · 律师团队 · 案例评析 · 联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 案例评析 / 交通事故⟧</div>
<article>
<h1>{T}</h1>
<div class="lawyer-card">⟦m 撰稿：宓怀远 律师 · 执业十四年 · 擅长交通事故赔偿⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="repost">⟦d 本文系衡泓律所原创，转载请注明出处并保留作者信息。⟧</div>
</article>
<div class="consult-float">⟦w 在线律师 · 免费评估您的案情⟧ ⟦a 立即咨询⟧</div>
<footer>⟦m 衡泓律师事务所　地址：麈湖市中山路166号衡泓大厦12层⟧ ⟦m 湘ICP备18034127号⟧</footer>
</body>
</html>
""",
        body="""
【基本案情】乘客邬某搭乘戴某驾驶的小轿车，坐在后排，未系安全带。途中戴某操作不当与护栏相撞，邬某头部撞上前排座椅受伤，花去医疗费等共计八万余元。戴某认为邬某自己不系安全带，也应承担部分责任。
【法院观点】法院认为，戴某驾驶不当是事故发生的主要原因，应承担赔偿责任；邬某作为完全民事行为能力人，乘车时未按规定系安全带，对损害的扩大存在过错，可以适当减轻戴某的责任。法院最终判定戴某承担85%的赔偿责任。
⟦w 遇到类似交通事故纠纷？衡泓律师可为您免费初步分析⟧
【律师提示】乘车系好安全带既是法定义务，也是保护自己。驾驶人开车前提醒乘客系好安全带并留下证据，在发生纠纷时也有助于厘清责任。
""",
    ),
    dict(
        slug="law-minzheng-answer-courier-tripped-doormat",
        site="民正律师在线 (invented, a law firm's Q&A column)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.minzhenglaw.com/wenda/20931.html",
        title="快递员被业主门口的门垫绊倒受伤，谁来担责？",
        record_title="【律师说法·邻里篇】快递员被业主门口的门垫绊倒受伤，谁来担责？ - 民正律师在线",
        date=None,
        notes="a law firm's Q&A as text: question line, lawyer card, a not-legal-advice notice, a consult prompt and a 400 line; answered 4 天前 (no date)",
        page="""
!m 民正律师在线 — 小事也值得认真对待
!t 【律师说法·邻里篇】快递员被业主门口的门垫绊倒受伤，谁来担责？
网友提问：我是快递员，送件时被一户人家门口翘起来的门垫绊倒，手腕骨折，业主说跟他没关系，该怎么办？
!m 解答律师：娄静姝（民正律师事务所）　4 天前
{BODY}
!d 以上解答基于提问者描述，仅供参考，不视为正式法律意见。
!w 还有疑问？拨打 400-630-8112 找民正律师聊聊
!l 相似问题：外卖员在小区摔倒，物业要赔吗？ ／ 邻居的鞋柜挡道摔伤了怎么办？
""",
        indent="",
        body="""
您好，这种情况业主通常需要承担一定责任。
门垫放在自家门口，属于业主管理的物品。如果门垫边缘卷翘、破损或者过大伸到了通道上，业主没有及时整理，就可能因为没尽到合理的管理义务，对您的受伤承担相应的赔偿责任。
不过，您自己在行走时是否尽到了注意义务，也会影响责任比例。比如当时光线是否充足、您是否在奔跑，都会被考虑进去。
建议您先做三件事：一是拍下门垫的状况和现场照片；二是保留就医记录和费用票据；三是向快递公司报告，确认是否属于工伤。之后可以先与业主协商，协商不成的，可以向法院起诉。
""",
    ),
    dict(
        slug="community-quyuan-notice-doormat-cleanup-grid-box",
        site="蘧园社区居民之家 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.quyuansq.cn/gonggao/2025-10-20-76.html",
        title="关于开展楼道门垫及杂物集中清理的通知",
        record_title="【居委通知】关于开展楼道门垫及杂物集中清理的通知 - 蘧园社区居民之家",
        date="2025-10-20",
        notes="residents' site: weather line, a grid member's box with her mobile, the property's repair and night lines beside the community's own 咨询电话 in the body; 关注 the community account as content; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【居委通知】关于开展楼道门垫及杂物集中清理的通知 - 蘧园社区居民之家</title>
</head>
<body>
<div class="bar">⟦m 蘧阳 多云 9～18℃　空气质量 良⟧</div>
<div class="head">⟦m 蘧园社区居民之家 · 有事找社区⟧</div>
<div class="menu">⟦m 社区首页 居委公告 党建园地 便民服务 邻里互助⟧</div>
<div class="notice-box">
<h2>{T}</h2>
<div class="src">⟦m 蘧园社区居委会　2025-10-20　阅读 402⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="grid-box">
<p>⟦m 本网格网格员：龚小禾⟧</p>
<p>⟦m 网格员手机：139 7362 0841⟧</p>
</div>
<div class="wy-box">⟦m 物业报修：0736-7338120　夜间值班：0736-7338122⟧</div>
<div class="foot">⟦m 蘧园社区居民之家 · 蘧园社区居委会主办⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为消除楼道消防隐患，营造整洁的居住环境，社区定于10月25日至11月5日开展楼道门垫及杂物集中清理行动。现将有关事项通知如下：
一、清理范围。各楼栋楼梯间、公共过道堆放的纸箱、旧家具，以及伸出自家门口、占用楼梯或过道的大门垫、叠放的旧门垫。
二、清理方式。请居民在10月25日前自行整理；逾期未清理的，由社区、物业和志愿者统一清理，旧门垫集中存放一周，居民可凭门牌号认领。
三、温馨提示。社区为70岁以上独居老人免费提供小尺寸防滑门垫，需要的居民请关注“蘧园社区”公众号，在“邻里互助”栏目登记。
咨询电话：0736-7330616（社区居委会）。
蘧园社区居民委员会
2025年10月20日
""",
    ),
]
