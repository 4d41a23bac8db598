"""holdout318, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text case each).

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="cityforum-sigang-tissue-fee-thread-subject-jammer",
        site="蛳港论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.sigang.example.cn/thread-207731-1-1.html",
        title="蛳港镇上几家饭店纸巾盒里的纸要收钱，合理吗？",
        record_title=None,
        date=None,
        notes="county forum with no record title: the thread subject; a weather line, medals, a decoration ad, jammer fonts, "
        "a 'forwarded to the bureau' link and an official reply in the replies; 发表于 前天 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>蛳港论坛 - 榼山人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?Z8p"></script>
</head>
<body>
<div id="qmenu">⟦m 蛳港论坛⟧ ⟦m 今日 榼山 小雨 17~23℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 蛳港论坛 › 榼山杂谈 › 消费维权⟧</div>
<div class="ad-top">⟦a 【广告】蛳港鑫雅装饰 全包整装 每平米立减80 电话 0744-3385510⟧</div>
<table id="pid771203"><tr>
<td class="pls"><div>⟦m 老街阿强⟧</div><div class="medal">⟦m 勋章：热心网友 · 五年老会员⟧</div></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 前天 18:42 ┊ 只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="zhuanjiao">⟦l 本帖已由版主转交 县市场监管局 办理 ▸ 查看办理进度⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 榼山县市场监督管理局（官方）：您好，已安排蛳港市场监管所核查，结果将在本帖回复。⟧</div>
<div class="reply">⟦l 3楼 吃货小蒋：上个月我也遇到过，同一条街⟧</div>
<div id="fastpost">⟦a 发表回复前请先登录⟧</div>
<div id="ft">⟦m 蛳港论坛 ( 湘ICP备14003372号 )⟧ ⟦m 论坛客服QQ：2917705136⟧</div>
</body>
</html>
""",
        p_html="{}<br /><br />",
        junk=dict(lines=1, glued=2),
        body="""
上周末带家里老人在蛳港镇老街一家饭店吃饭，桌上摆着一个漂亮的纸巾盒，抽了几张擦手，结账时发现多了4块钱“纸巾费”。问服务员，说纸巾盒里的纸是收费的，盒子侧面贴了小字。
我回去翻了翻照片，盒子侧面确实贴了一张指甲盖大的标签，不凑近根本看不见。后来和朋友聊，镇上另外两家饭店也是这样。
我不是在乎这几块钱，就是觉得这种收费要事先说清楚。点菜的时候提醒一句，或者把价格印大一点，顾客自己选用不用，这样大家心里都舒服。
有懂行的朋友说说，这种做法合规吗？
""",
    ),
    dict(
        slug="cityforum-zengshui-window-limiter-warning-junk",
        site="甐水论坛 · 盎川生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.acshenghuo.example.com/t-60518.html",
        title="提醒各位家长：孩子房间的窗户一定要装限位锁",
        record_title="〔邻里互提醒〕提醒各位家长：孩子房间的窗户一定要装限位锁 - 甐水论坛 - 盎川生活网",
        date=None,
        notes="a county forum thread in text with anti-scraping junk as lines and glued after 。; a weather line, a floor list and "
        "a sign-in prompt; 昨天 and 1 小时前 are no dates; a numbered list",
        page="""
!m 盎川生活网 · 甐水论坛　　今天：晴 12~24℃
!m 论坛首页 » 甐水论坛 » 家有萌娃
!t 〔邻里互提醒〕提醒各位家长：孩子房间的窗户一定要装限位锁
!m 楼主：晴川妈妈　发表于 昨天 08:17　　查看 5320　回复 64
{BODY}
!l 沙发 小区老物业：已转给各栋楼长，今天下午挨家提醒
!l 板凳 甐水老陈 1 小时前：买了两个，确实好装
!a 回复本帖需要先签到，点此签到领积分
!m 盎川生活网 版权所有　投稿邮箱：bbs@acshenghuo.example.com
""",
        junk=dict(lines=2, glued=2),
        body="""
昨天傍晚，我们小区7栋一个三岁多的孩子趁大人做饭，搬了小板凳爬上窗台，半个身子探出了窗外，幸好对面楼的邻居看见大声喊，孩子妈妈跑过去一把拉了回来。那是五楼。
事后物业上门查看，这户人家的推拉窗没装任何限位装置，一推就能推开半米多。
说几句自己的经验：
1. 推拉窗装限位锁，开口不超过10厘米，几十块钱一个，自己用螺丝刀就能装；
2. 窗户边不要放床、沙发、凳子这些孩子能踩的东西；
3. 平开窗可以装儿童安全锁加防护栏。
别觉得孩子还小爬不上去，他们比你想的能干。
""",
    ),
    dict(
        slug="download-laoziliao-lock-guide-pdf-gb2312",
        site="老资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="指南",
        kind="other",
        form="html",
        source="http://www.laoziliao.example.net/soft/31207.html",
        title="家用儿童安全锁选购与安装指南",
        record_title="家用儿童安全锁选购与安装指南.pdf",
        date="2025-01-15",
        notes="a download station's file-info table, three download links, a dead-link report, an unzip password and a floating "
        "ad; the consumer association's guide with its 成文日期; 12315 named inside the document's own sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>家用儿童安全锁选购与安装指南.pdf 免费下载 - 老资料下载站</title>
<script language="javascript" src="/js/float_ad.js"></script>
</head>
<body>
<table width="950" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td>⟦m 老资料下载站⟧　⟦m 好资料不怕老⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 收藏本站⟧</td></tr>
<tr><td colspan="2" bgcolor="#336699">⟦m 首页 | 文档资料 | 生活百科 | 安全常识 | 排行榜 | 最近更新⟧</td></tr>
<tr><td colspan="2">⟦m 您的位置：老资料下载站 → 安全常识 → 家居安全⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellspacing="0" bordercolor="#CCCCCC">
<tr><td colspan="2" align="center"><b>⟦t 家用儿童安全锁选购与安装指南.pdf⟧</b></td></tr>
<tr><td>⟦m 资料大小：1.36 MB⟧</td><td>⟦m 资料格式：PDF⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-08⟧</td><td>⟦m 下载次数：本月 213 次⟧</td></tr>
<tr><td>⟦m 推荐等级：★★★★☆⟧</td><td>⟦m 运行环境：WinXP/Win7/Win10/安卓⟧</td></tr>
<tr><td colspan="2"><b>⟦m 资料简介：⟧</b><br>
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通高速下载⟧<br>⟦a 下载地址三：本地备用下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.laoziliao.example.net⟧　⟦a 下载不了？点此报告死链⟧</td></tr>
</table>
<div id="float_l" style="position:absolute;left:2px;top:260px">⟦a 左侧浮动：成人学历 报名咨询⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均搜集于互联网，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m Copyright 2007-2025 老资料下载站　浙ICP备07030118号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
近年来，我市因幼儿误开柜门、抽屉、冰箱而引起的意外伤害时有发生。为帮助消费者选好、装好儿童安全锁，我会整理了以下要点。
一、选购。一看材质，优先选用无异味的ABS或硅胶材质；二看标识，产品应标明生产企业、执行标准和适用范围；三看粘贴面，背胶的粘贴强度要可靠。
二、安装。安装前用酒精擦净粘贴面，待干透后再贴；粘贴后静置24小时再使用；冰箱门、烤箱门宜选用耐温型锁具。
三、检查。每月检查一次锁具是否松脱、开裂，发现问题及时更换。
消费者在选购中遇到质量问题，可拨打12315投诉。
瓵城市消费者协会
2025年1月15日
""",
    ),
    dict(
        slug="download-ziliaocang-request-canteen-scales-doc",
        site="资料仓 (invented download station)",
        style="资料下载站",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.ziliaocang.example.com/down/88620.html",
        title="关于为学校食堂购置电子计量秤的请示",
        record_title="关于为学校食堂购置电子计量秤的请示.doc",
        date="2025-02-20",
        notes="a download page in text: file info lines, download buttons, an unzip password, a dead-link line; a school's request "
        "with its own contact line and 成文日期",
        page="""
!m 资料仓 — 办公文档免费下
!m 资料仓 > 公文写作 > 请示报告
!t 关于为学校食堂购置电子计量秤的请示.doc
!m 文件大小：32 KB　|　格式：DOC　|　添加时间：2025-03-02　|　人气：97
!m 内容预览：
{BODY}
!a [ 普通下载 ]　[ 迅雷下载 ]　[ 网盘下载 ]
!a 打开密码：ziliaocang　　下载失败请留言反馈
!l 同类资料：关于申请购置教学设备的请示　关于学校食堂改造经费的请示
!d 资料仓所收文档来自网友分享，版权归原作者，仅供交流学习。
""",
        indent="\u3000\u3000",
        body="""
县教育局：
根据市场监管部门对学校食堂“称量入库、称量出库”的要求，我校食堂现有的两台台秤已使用十余年，称量误差较大，无法满足食材验收和营养配餐的需要。
为此，我校拟购置电子计量秤4台，其中150公斤台秤2台、30公斤厨房秤2台，预算共计6800元，资金从学校公用经费中列支。购置后将按规定送县计量检定所检定合格后使用。
妥否，请批示。
联系人：总务处 聂志强　电话：0736-7248810
盎川县甐水镇中心学校
2025年2月20日
""",
    ),
    dict(
        slug="exam-angchuan-pastry-test-own-scale-admission",
        site="盎川人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.angchuan.example.gov.cn/ksgg/2025/0521/1093.html",
        title="关于2025年第二批中式面点师职业技能等级认定考试的公告",
        record_title="关于2025年第二批中式面点师职业技能等级认定考试的公告 / 考试公告 / 盎川人事考试网",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float and a technical line beside the appraisal "
        "office's own 咨询电话; sentences asking candidates to bring a kitchen scale and to 下载并打印 the ticket; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于2025年第二批中式面点师职业技能等级认定考试的公告 / 考试公告 / 盎川人事考试网</title>
<script src="/js/rsks.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统将于本周日 0:00—6:00 升级维护，期间暂停报名和缴费⟧</div>
<div class="head">⟦m 盎川人事考试网⟧ <span>⟦m 盎川县人力资源和社会保障局主办⟧</span></div>
<div class="nav">⟦m 首页 ◆ 考试公告 ◆ 报名入口 ◆ 成绩查询 ◆ 证书办理⟧</div>
<div class="crumb">⟦m 首页 › 考试公告 › 技能等级认定⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-05-21　来源：县职业技能鉴定所⟧ ⟦a [字号 ＋ ＝ －]⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="float-r"><a>⟦a 准考证打印入口 ›⟧</a><a>⟦a 报名入口 ›⟧</a></div>
<div class="foot">⟦m 技术支持：县人社信息中心　系统故障请拨 0736-7219900⟧<br>⟦m 湘ICP备09033216号　湘公网安备43073902000166号⟧</div>
</body>
</html>
""",
        p_html='<p class="MsoNormal" style="text-indent:2em">{}</p>',
        body="""
各位考生：
2025年第二批中式面点师（四级）职业技能等级认定考试定于6月14日举行。现将有关事项公告如下。
一、考试时间：理论知识考试6月14日上午9:00—10:30，操作技能考试6月14日下午14:00起分批进行。
二、考试地点：盎川县职业中专实训楼。
三、考生须携带：准考证、身份证，以及能精确到1克的电子厨房秤一台。考场不统一提供厨房秤，不得在考场内借用他人的秤。
四、请考生于6月10日起登录本网站下载并打印准考证。
咨询电话：0736-7219065（县职业技能鉴定所）
盎川县人力资源和社会保障局
2025年5月20日
""",
    ),
    dict(
        slug="exam-zhiyang-written-test-no-tissue-boxes",
        site="祗阳人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.zyrsks.example.cn/html/gg/20250709/3317.html",
        title="关于2025年祗阳县事业单位公开招聘笔试考生携带物品的补充公告",
        record_title="【笔试入场须知】关于2025年祗阳县事业单位公开招聘笔试考生携带物品的补充公告 ─ 祗阳人事考试网",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="a personnel-exam page in text: a technical line beside the exam centre's own 咨询电话, a ticket-printing float and "
        "a prev/next list; the 成文日期 differs from the posting date",
        page="""
!m 祗阳人事考试网
!a ▶ 准考证打印　▶ 成绩查询　▶ 报名入口
!m 位置：首页 - 通知公告
!t 【笔试入场须知】关于2025年祗阳县事业单位公开招聘笔试考生携带物品的补充公告
!m 发布时间：2025-07-09 10:05　阅读 8802
{BODY}
!l ◀ 上一篇：2025年祗阳县事业单位公开招聘资格审查结果公示
!l ▶ 下一篇：关于笔试考点交通安排的温馨提示
!m 网站技术服务：0745-6600299（仅受理网站使用问题）
!m 祗阳县人力资源考试中心　湘ICP备17020085号
""",
        indent="\u3000\u3000",
        body="""
各位考生：
为保证考试公平，经研究，现就7月12日笔试考生携带物品补充公告如下：
一、考生可携带小包装纸巾，但须拆去外包装；不得携带纸巾盒、抽纸盒进入考场。
二、考生可携带透明水杯，杯身不得有任何文字。
三、除上述物品和准考证、身份证、黑色签字笔、2B铅笔、橡皮外，其他物品一律存放在考点指定位置。
四、考生进入考场须经过金属探测检查，请预留足够时间。
咨询电话：0745-6601738
祗阳县人力资源考试中心
2025年7月8日
""",
    ),
    dict(
        slug="tender-panxi-hutch-award-result-lots",
        site="槃溪县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.panxi.example.gov.cn/jyxx/zfcg/zbgg/20250526/0317.html",
        title="槃溪县畜牧兽医服务中心兔笼采购项目中标结果公告",
        record_title="〖结果公示·货物〗槃溪县畜牧兽医服务中心兔笼采购项目中标结果公告 - 槃溪县公共资源交易网",
        record_date="2025-05-26",
        date="2025-05-26",
        notes="tender portal: a challenge-period countdown, CA and trading-system lines beside the purchaser's and agency's own "
        "contacts, a bid-lots table one row a paragraph, a sentence telling suppliers to 下载 a notice; date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖结果公示·货物〗槃溪县畜牧兽医服务中心兔笼采购项目中标结果公告 - 槃溪县公共资源交易网</title>
<script src="/js/ggzy.min.js"></script>
</head>
<body>
<div class="top">⟦m 槃溪县公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="nav">⟦m 首页 ｜ 交易信息 ｜ 政策法规 ｜ 办事指南 ｜ 诚信体系⟧</div>
<div class="crumb">⟦m 交易信息 ＞ 政府采购 ＞ 中标公告⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 信息时间：2025-05-26　浏览：176⟧</div>
<div class="countdown">⟦a 距质疑期截止还剩 6 天 14 小时⟧</div>
<div class="con">
{BODY}
</div>
<div class="attach">⟦a 附件：中标通知书领取须知.pdf（点击下载）⟧</div>
</div>
<div class="help">⟦m CA证书办理及驱动问题：0743-5800866⟧<br>⟦m 电子交易系统技术支持：400-880-7131⟧</div>
<div class="foot">⟦m 主办：槃溪县公共资源交易中心　湘ICP备18009917号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：PXCG-2025-0317
二、项目名称：槃溪县畜牧兽医服务中心兔笼采购项目
三、中标信息：
包号　货物名称　中标供应商　中标金额（元）
1　镀锌双层种兔笼　槃溪县蜊湾牧业器材厂　386400
2　商品兔育肥笼　瓵城市恒牧笼具有限公司　215800
四、公告期限：自本公告发布之日起1个工作日。请中标供应商在本网站下载中标通知书领取须知，按要求办理。
五、凡对本次公告内容提出询问，请按以下方式联系。
采购人：槃溪县畜牧兽医服务中心　联系人：龙立　电话：0743-5821176
代理机构：湘槃项目管理有限公司　联系人：施佳　电话：0743-5867702
""",
    ),
    dict(
        slug="tender-zhiyang-inquiry-lens-cases-items",
        site="祗阳县公共资源交易中心 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://jyzx.zhiyang.example.gov.cn/xjgg/20251021/5572.html",
        title="祗阳县人民医院隐形眼镜护理用品询价采购公告",
        record_title="〔医疗耗材询价〕祗阳县人民医院隐形眼镜护理用品询价采购公告 - 祗阳县公共资源交易中心",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="an inquiry notice in text: an items table one row a paragraph, a sentence telling suppliers to 下载询价文件, the "
        "hospital's own contact beside the platform hotline; a countdown line; 成文日期 differs from the posting date",
        page="""
!m 祗阳县公共资源交易中心
!m 交易公告 / 询价公告 / 医疗卫生
!t 〔医疗耗材询价〕祗阳县人民医院隐形眼镜护理用品询价采购公告
!m 发布时间：2025-10-21　截止报价：还有 6 天
{BODY}
!a 【下载询价文件】【我要报价】
!m 平台服务热线：0745-6600888（工作日 8:30—17:30）
!l 最新询价：祗阳县中医院一次性使用无菌注射器询价公告
""",
        indent="\u3000\u3000",
        body="""
祗阳县人民医院拟对隐形眼镜护理用品进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容：
品名　规格　数量
隐形眼镜盒　双联式　2000只
多功能护理液　360毫升　600瓶
镜片吸棒　硅胶头　500支
二、供应商资格：具有医疗器械经营许可证或备案凭证。
三、报价截止时间：2025年10月27日17:00，请供应商下载询价文件，按要求密封报价。
四、联系方式：设备科 鲁静　电话：0745-6618052
祗阳县人民医院
2025年10月20日
""",
    ),
    dict(
        slug="lawfirm-dingheng-nursery-cabinet-lock-case",
        site="瓵城鼎衡律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.dinghenglaw.example.cn/case/2025/417.html",
        title="托育机构柜门没装儿童锁致幼儿受伤，责任谁来担",
        record_title="身边案例说 ➜ 托育机构柜门没装儿童锁致幼儿受伤，责任谁来担｜鼎衡律师",
        date=None,
        notes="law-firm case note: a lawyer card, a consult float, a 400 line and a 本文链接 block; no date (only 阅读 and a "
        "'2 个月前' stamp); a WeChat-consult prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>身边案例说 ➜ 托育机构柜门没装儿童锁致幼儿受伤，责任谁来担｜鼎衡律师</title>
<script src="/assets/js/site.js"></script>
</head>
<body>
<header>⟦m 瓵城鼎衡律师事务所⟧ <span>⟦m 专注婚姻家事 · 人身损害 · 教育纠纷⟧</span> <span>⟦m 免费咨询 400-071-6628⟧</span></header>
<nav>⟦m 首页 · 律所简介 · 律师团队 · 身边案例说 · 联系我们⟧</nav>
<div class="bread">⟦m 首页 / 身边案例说 / 人身损害⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 2 个月前　阅读 1,208⟧</p>
<div class="body">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.dinghenglaw.example.cn/case/2025/417.html　转载请保留⟧</div>
</article>
<aside class="lawyer-card">⟦m 主办律师：符雅　执业证号 14301201810112934⟧<br>⟦w 擅长人身损害赔偿，电话/微信 139 7391 2264⟧</aside>
<div class="consult-float">⟦a 在线咨询 ∧ 律师 3 分钟回复⟧</div>
<footer>⟦d 本网站案例均经当事人同意并作化名处理，仅供普法参考。⟧ ⟦m 湘ICP备20011486号⟧</footer>
</body>
</html>
""",
        body="""
【基本案情】两岁的乐乐在某托育机构午休后，趁保育员整理床铺，拉开活动室未上锁的储物柜，误食柜中的消毒片，经送医洗胃后出院，花去医疗费六千余元。家长要求机构赔偿，机构认为已尽到看护义务。
【法院观点】法院认为，托育机构对无民事行为能力的幼儿负有教育、管理职责。储物柜存放消毒用品却未加装儿童锁，也未放置在幼儿无法触及的地方，机构未尽到管理职责，应承担赔偿责任。⟦w 类似纠纷可微信咨询符律师⟧
【律师提示】托育机构、幼儿园应对药品柜、消毒柜、清洁用品柜加装儿童锁并定期检查；家长送托前也可以留意机构的这些细节。
""",
    ),
    dict(
        slug="lawfirm-minglv-tissue-fee-refuse-answer",
        site="榼山明律律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.minglvlaw.example.com/wenda/1182.html",
        title="饭店纸巾盒里的纸巾收费，顾客可以拒付吗？",
        record_title="律师答疑卡 · 饭店纸巾盒里的纸巾收费，顾客可以拒付吗？ - 榼山明律律师事务所",
        date=None,
        notes="a law firm's Q&A in text: a 400 line, a consult prompt, a lawyer's card, a repost notice; no date",
        page="""
!m 榼山明律律师事务所　|　消费维权 · 合同纠纷 · 劳动争议
!m 全国免费咨询：400-693-1150
!m 首页 › 律师答疑 › 消费维权
!t 律师答疑卡 · 饭店纸巾盒里的纸巾收费，顾客可以拒付吗？
!m 解答律师：覃明远（执业十二年）　浏览 663
{BODY}
!w 遇到消费纠纷？点击“立即咨询”，值班律师在线解答
!d 本答疑仅针对提问情形，具体案件请携带材料面谈。转载须注明来源。
!m 地址：榼山县蛳港镇滨江路21号二楼　湘ICP备19005573号
""",
        indent="\u3000\u3000",
        body="""
问：在饭店吃饭时用了桌上纸巾盒里的纸巾，结账时被收了3元，事先没人告诉我收费，我可以拒付吗？
答：根据消费者权益保护法的规定，消费者享有知悉其购买、使用的商品或者接受的服务的真实情况的权利。经营者对纸巾单独收费，应当以明显方式事先告知，比如在纸巾盒上醒目标示价格，或在点餐时口头提示。
如果饭店只是在纸巾盒侧面贴了不易察觉的小标签，未尽到明确告知义务，消费者可以拒绝支付这笔费用。
律师建议：遇到此类情况，可先与店方协商；协商不成，可拍照留存纸巾盒标示情况，向当地市场监管部门投诉。
""",
    ),
]
