"""holdout223, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-suiyang-complaint-restaurant-exhaust-fan-jammer",
        site="燧阳在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.suiyang0794.com/forum.php?mod=viewthread&tid=1180462",
        title="小区楼下饭馆的排气扇正对我家窗户，油烟噪音谁来管？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; county forum with a weather line, medals, jammer-font junk, a "
        "decoration ad QQ and a 网络问政 link; posted 前天 (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>燧阳在线 - 百姓话题</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 燧阳　今天 小雨 6～11℃　空气质量 良⟧　<a>⟦a 快捷登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="hd">⟦m 燧阳在线 · 燧阳人自己的网上家园⟧</div>
<div id="pt">⟦m 燧阳在线 › 社区生活 › 百姓话题⟧</div>
<div class="ad">⟦w 家装水电改造找老钟，QQ：1938204475　免费上门量房⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 南湖苑老住户⟧<p>⟦m 勋章：灌水能手　热心邻居⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 前天 22:17　|　查看 2613　|　回复 48⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="wzwz">⟦l 本帖已推送至“网络问政”专区，待相关部门回复⟧</div>
<div class="po">⟦a 回复　支持(36)　反对(0)　分享⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　燧城老吴：打12345，说清楚地址，一般一周内会有人来看。⟧</div>
<div class="reply">⟦l 板凳　小燕子飞：油烟归环保，噪音归城管，可以都打一遍。⟧</div>
<div id="ft">⟦m 燧阳在线　赣ICP备16003382号⟧　⟦d 网友发言仅代表个人观点，与本站无关⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我家住燧阳县城南湖苑小区3栋二楼，楼下去年开了一家饭馆，后厨的排气扇正对着我家卧室窗户，距离不到三米。
每天从上午十点一直响到夜里十二点，嗡嗡声吵得人睡不着，油烟还顺着窗缝往屋里钻，窗台上一层油。
找过饭馆老板两次，他说排气扇是装修公司装的，不归他管。打过物业电话，物业说饭馆不是他们管的。
想问问论坛里的朋友，这种情况应该找哪个部门？有没有人遇到过类似的事？
""",
    ),
    dict(
        slug="localforum-zhaoxi-warning-free-phone-scam",
        site="炤溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.zhaoxi.example.cn/thread-90217-1-1.html",
        title="小区门口“免费领老人手机”，千万别登记身份证",
        record_title="[防骗提醒] 小区门口“免费领老人手机”，千万别登记身份证 - 生活资讯 - 炤溪论坛",
        date=None,
        notes="county forum post: board tag and board/site suffix in the record title; an ad line between "
        "paragraphs; 12315 is content; posted 3 小时前 (no date)",
        page="""
!m 炤溪论坛 · 炤溪人的网上客厅
!m 首页 › 生活资讯 › 帖子
{T}
!m 楼主　溪边一棵柳　|　3 小时前　|　浏览 1520
{BODY}
!a 赞 88　　回复　　收藏　　举报
!l 1#　老陶头：我们那边也有，还说送鸡蛋，全是套路
!l 2#　炤溪社区小邱：已转给社区，明天去门口提醒老人
!a 发帖请遵守论坛规定，登录后参与讨论
!m 炤溪论坛　赣ICP备19030118号　违规信息举报：0798-6200315
""",
        body="""
最近我们小区门口天天有人摆摊，说是“通信公司回馈老人，免费领老人手机”，只要登记身份证、交九十九元“押金”，手机就能拿走。
我妈差点就交了钱，幸好我下班路过拦住了。回家一查，所谓免费手机要签两年合约，每月最低消费五十九元，押金也不退。
⟦w 【广告】城东二手家电回收，上门估价，电话 0798-6211980⟧
已经有好几个老人上当了。大家回家跟家里老人说一声：天上不会掉手机，身份证别随便给人登记。
有类似遭遇的，可以打12315投诉。
""",
    ),
    dict(
        slug="download-haoliao-procedure-emergency-light-inspection",
        site="好料下载站 (invented, ASP table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.haoliao8.com/soft/down/20871.html",
        title="应急照明灯日常巡检操作规程",
        record_title="应急照明灯日常巡检操作规程 [Word版] - 好料下载站",
        date=None,
        notes="ASP download station: file-info table, three download links, an unzip password, a dead-link report "
        "and a floating ad; 第N条 articles; update stamp 4 天前 (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>应急照明灯日常巡检操作规程 [Word版] - 好料下载站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 好料下载站⟧</td><td>⟦m 好资料，不藏着⟧</td><td>⟦a 加到桌面⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 您的位置：好料下载站 → 管理制度 → 安全管理⟧</td></tr></table>
<table width="950" align="center" class="softinfo">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：41.5 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新：4 天前⟧</td><td>⟦m 下载人气：6237⟧</td></tr>
<tr><td colspan="2">⟦m 运行环境：Word 2003 及以上 / WPS⟧</td></tr>
</table>
<table width="950" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="950" align="center" class="downlist">
<tr><td>⟦a 〖本地高速一〗⟧ ⟦a 〖本地高速二〗⟧ ⟦a 〖网通镜像〗⟧</td></tr>
<tr><td>⟦a 解压密码：www.haoliao8.com⟧</td></tr>
<tr><td>⟦a 链接失效？点这里报告，管理员2小时内修复⟧</td></tr>
</table>
<div id="ad_float">⟦w 各类制度规程代写定制，QQ 3927016518⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均为网友上传或网络收集，仅供学习交流，请勿用于商业用途⟧<br>⟦m Copyright 2008-2024 haoliao8.com　粤ICP备08117402号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条 本规程适用于本单位办公楼、仓库和车间内安装的各类应急照明灯。
第二条 每日巡检：查看应急照明灯电源指示灯是否正常点亮，灯具外壳有无破损。
第三条 每月测试：按下灯具测试按钮或断开供电回路，检查应急照明灯能否自动点亮，亮度是否正常。
第四条 每年放电：对所有应急照明灯进行一次不少于九十分钟的放电试验，持续时间不足的应更换蓄电池。
第五条 巡检和测试结果填入《应急照明灯巡检记录表》，发现问题当日报设备科。
第六条 本规程由设备科负责解释。
""",
    ),
    dict(
        slug="download-deliao-contract-template-ceiling-lamps-doc",
        site="得料资源站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.deliao123.net/ht/maimai/6630.html",
        title="吸顶灯采购及安装合同（范本）",
        record_title="吸顶灯采购及安装合同（范本）.doc",
        date=None,
        notes="file-name record title; a contract template with ＿＿ blanks, an ××照明电器 placeholder and "
        "＿＿年＿＿月＿＿日; 第N条 articles; no date (update 2天前)",
        page="""
!m 得料资源站 — 办公文档免费下
!m 当前位置：首页 >> 合同范本 >> 买卖合同
{T}
!m 文件大小：36 KB　文件格式：doc　更新：2天前　下载次数：905
!a 【电信线路下载】【联通线路下载】【备用线路】
{BODY}
!d 本站资源整理自网络，只供学习研究，下载后请于24小时内删除。
!l 相关下载：灯具安装工程施工合同.doc　照明材料采购合同.docx
!m 得料资源站 deliao123.net
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿
乙方（供货方）：××照明电器有限公司
第一条 乙方向甲方供应LED吸顶灯＿＿盏，规格型号为＿＿＿＿，单价＿＿元，合同总价＿＿＿＿元。
第二条 乙方应于合同签订后＿＿日内将货物送至甲方指定地点，并负责安装调试。
第三条 产品质保期为＿＿年，质保期内非人为损坏的，乙方免费维修或更换。
第四条 甲方验收合格后＿＿日内付清货款。
第五条 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-gangchuan-notice-bath-heater-skill-appraisal-ticket",
        site="釭川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.gcrsks.cn/ksap/2024/1126/402.html",
        title="关于2024年第四季度浴霸安装维修职业技能等级认定考试的通知",
        record_title="〔认定考务〕关于2024年第四季度浴霸安装维修职业技能等级认定考试的通知-釭川人事考试网",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, technical line; an exam timetable "
        "(one row a paragraph); downloading and printing the 准考证 is content; the centre's 咨询电话 stays in "
        "the body; 成文日期 expected, posting date also",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔认定考务〕关于2024年第四季度浴霸安装维修职业技能等级认定考试的通知-釭川人事考试网</title>
<script src="/js/exam-site.js"></script>
</head>
<body>
<div class="banner-warn">⟦d 系统将于每周日凌晨1:00至5:00例行维护，期间暂停报名与查询⟧</div>
<div class="ex-head">⟦m 釭川人事考试网⟧ ⟦m 釭川县人力资源和社会保障局主办⟧</div>
<div class="ex-nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<div class="ex-crumb">⟦m 首页 ▸ 考试动态 ▸ 技能认定⟧</div>
<div class="ex-art">
<h1>{T}</h1>
<div class="ex-meta">⟦m 发布日期：2024-11-26　来源：县职业技能鉴定中心⟧</div>
<div class="ex-body">
{BODY}
</div>
</div>
<div class="ex-float"><a href="/zkz/">⟦a 准考证打印入口 ›⟧</a></div>
<div class="ex-foot">
<p>⟦m 网站技术支持电话：0797-3330999（只受理网站操作问题）⟧</p>
<p>⟦m 主办：釭川县人力资源和社会保障局　赣ICP备06004471号⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2024年第四季度浴霸安装维修职业技能等级认定考试定于12月14日举行，现将有关事项通知如下：
一、考试安排
科目　时间　地点
理论知识　12月14日9:00—10:30　县职业技能实训基地一楼
实际操作　12月14日14:00—17:00　县职业技能实训基地二楼
二、准考证打印
请考生于12月9日至13日登录本网站下载并打印准考证，考试时凭准考证和身份证进场。
三、其他事项
实际操作考试需自带电工工具，考点提供浴霸和安装板。
咨询电话：0797-3330186。
釭川县职业技能鉴定中心
2024年11月25日
""",
    ),
    dict(
        slug="exam-suiyang-notice-handyman-practical-exhaust-fan-record",
        site="燧阳人事人才网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.syrsrc.example.cn/zkgg/2024/0812/117.html",
        title="燧阳县机关事务服务中心2024年公开招聘维修工实操考核公告",
        date="2024-08-12",
        notes="title given by the record as is; the practical test is an exhaust fan; the centre's 咨询电话 stays in "
        "the body beside the site's technical line; 成文日期 under the signature",
        page="""
!m 燧阳人事人才网
!m 首页 > 招考公告 > 事业单位
{T}
!m 信息来源：县机关事务服务中心　　访问量：2231
!a ［打印］［关闭］［字号：大 中 小］
{BODY}
!m 网站技术咨询：0794-3810999（工作日 8:30-17:30）
!m 燧阳县人力资源和社会保障局主办　赣ICP备11007725号
""",
        body="""
根据《燧阳县机关事务服务中心2024年公开招聘编外维修工公告》，现将实操考核有关事项公告如下：
一、考核时间：2024年8月20日上午8:30开始。
二、考核地点：燧阳县机关事务服务中心后勤维修车间。
三、考核内容：排气扇拆卸、安装与接线，时间30分钟，满分100分。考生须在规定时间内完成旧排气扇拆卸、新排气扇安装固定和电源接线，并通电试运行。
四、注意事项：考生须穿绝缘鞋，自带螺丝刀、电笔等常用工具；未按规定断电操作的，取消考核资格。
咨询电话：0794-3816025。
燧阳县机关事务服务中心
2024年8月12日
""",
    ),
    dict(
        slug="tender-xuancheng-result-ceiling-lamps-lots-record-date",
        site="烜城区公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.xuancheng.example.gov.cn/jyxx/zbjg/20240705/3318.html",
        title="曦园社区公共区域吸顶灯更换项目中标结果公告",
        record_title="【定标结果】曦园社区公共区域吸顶灯更换项目中标结果公告 - 烜城区公共资源交易网",
        record_date="2024-07-05",
        date="2024-07-05",
        notes="tender portal: countdown, CA and trading-system lines; a lots table; purchaser and agency contacts "
        "stay in the body; date from the record",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【定标结果】曦园社区公共区域吸顶灯更换项目中标结果公告 - 烜城区公共资源交易网</title>
<script src="/static/ggzy/countdown.js"></script>
</head>
<body>
<div class="gz-head">⟦m 烜城区公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="gz-nav">⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧ ⟦m 政策法规⟧</div>
<div class="gz-crumb">⟦m 交易信息 ＞ 政府采购 ＞ 中标（成交）结果⟧</div>
<div class="gz-art">
<h1>{T}</h1>
<div class="gz-meta">⟦m 信息时间：2024-07-05　阅读次数：97⟧</div>
<div class="gz-count">⟦m 公示倒计时：0 天 21 时 06 分⟧</div>
<div class="gz-body">
{BODY}
</div>
</div>
<div class="gz-help">
<p>⟦m CA数字证书办理咨询：0791-8866001⟧</p>
<p>⟦m 交易系统技术支持：400-812-7730⟧</p>
</div>
<div class="gz-foot">⟦m 烜城区公共资源交易中心　赣ICP备20008105号-1⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：XCCG-2024-0612
二、项目名称：曦园社区公共区域吸顶灯更换项目
三、中标信息
包号　中标单位　中标金额
1包　爚江明辉照明工程有限公司　86400元
2包　烜城区亮居电气安装部　39800元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：烜城区曦园社区居民委员会，联系人：贝晓琳，电话：0791-8862314
代理机构：爚江立衡招标咨询有限公司，联系人：竺文涛，电话：0791-8870526
爚江立衡招标咨询有限公司
2024年7月5日
""",
    ),
    dict(
        slug="tender-mengling-inquiry-hospital-emergency-lights-items",
        site="曚岭县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.mlzfcg.example.gov.cn/xjgg/2024/0603/215.html",
        title="曚岭县人民医院应急照明灯采购询价公告",
        record_title="曚岭县人民医院应急照明灯采购询价公告_询价采购_曚岭县政府采购网",
        date="2024-06-03",
        notes="procurement text page: an items table; downloading the inquiry file is content; the purchaser's "
        "contact beside the platform hotline; 成文日期 under the signature",
        page="""
!m 曚岭县政府采购网
!m 首页 » 采购公告 » 询价公告
{T}
!m 公告类型：询价公告　｜　浏览：164
!a 〔询价文件下载（含报价单）〕
{BODY}
!m 平台服务热线：400-655-2081　工作时间：周一至周五
!m 曚岭县财政局主办　赣ICP备13004402号
""",
        body="""
曚岭县人民医院拟采购一批应急照明灯，欢迎符合条件的供应商参加询价。
一、采购内容
品名　规格　数量
应急照明灯　双头LED，应急时间不少于90分钟　120盏
安全出口指示灯　单面，应急时间不少于90分钟　60盏
二、报价要求：供应商请于6月10日17:00前将报价单密封送达医院总务科，逾期不予受理。
三、请有意向的供应商下载询价文件，按文件要求填写报价单并加盖公章。
联系人：尹嘉禾，电话：0792-4519283。
曚岭县人民医院
2024年6月3日
""",
    ),
    dict(
        slug="lawfirm-zhengze-case-bath-heater-bulb-burst",
        site="燧阳正则律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.zhengzelaw.cn/case/1187.html",
        title="浴霸灯泡突然爆裂致人受伤，商家要不要赔？",
        record_title="案例剖析｜浴霸灯泡突然爆裂致人受伤，商家要不要赔？ —— 正则律所",
        date=None,
        notes="law-firm page: lawyer card, consult float, 400 line, 本文链接 block and a repost notice; a case note "
        "with 【案情】【分析】【提示】 paragraphs; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>案例剖析｜浴霸灯泡突然爆裂致人受伤，商家要不要赔？ —— 正则律所</title>
<script src="/assets/chat-widget.js"></script>
</head>
<body>
<div class="lf-head">⟦m 燧阳正则律师事务所⟧ ⟦m 专注消费维权与人身损害赔偿⟧</div>
<div class="lf-nav">⟦m 律所简介⟧ ⟦m 专业团队⟧ ⟦m 典型案例⟧ ⟦m 法律咨询⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<div class="lf-meta">⟦m 栏目：典型案例　浏览：1507⟧</div>
<div class="lf-body">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.zhengzelaw.cn/case/1187.html⟧<br>⟦d 转载须注明出处并保留本文链接⟧</div>
</div>
<div class="lf-card">
<p>⟦m 主办律师：翟明远⟧</p>
<p>⟦m 执业证号：13612201910584426⟧</p>
<p>⟦a 在线预约面谈⟧</p>
</div>
<div class="lf-float">⟦w 免费咨询·留下电话律师回拨⟧</div>
<div class="lf-foot">⟦m 全国咨询热线：400-870-3316⟧　⟦m 地址：燧阳县府前街12号⟧</div>
</body>
</html>
""",
        body="""
【案情】市民刘女士洗澡时，新装不到两个月的浴霸灯泡突然爆裂，碎片划伤了她的肩膀和手臂。刘女士要求销售商赔偿医疗费，商家以“安装是刘女士自己找的师傅”为由拒绝。
【分析】根据产品质量法，因产品存在缺陷造成人身损害的，受害人可以向生产者要求赔偿，也可以向销售者要求赔偿。本案中，经鉴定灯泡玻璃存在质量缺陷，与安装无关，销售商不能以安装为由推卸责任。
【提示】消费者购买浴霸要保留发票和包装，受伤后及时就医并保存病历和票据，为维权留好证据。
""",
    ),
    dict(
        slug="lawfirm-hengxin-risk-notice-free-phone-scheme",
        site="爚江衡信律师事务所 (invented)",
        style="律所网站",
        genre="法律风险提示",
        kind="notice",
        form="text",
        source="http://www.hengxinlaw.example.cn/pufa/2024/1028.html",
        title="关于“免费领老人手机”营销骗局的法律风险提示",
        record_title="【普法提醒】关于“免费领老人手机”营销骗局的法律风险提示 - 衡信律师事务所",
        date="2024-10-28",
        notes="law-firm text page: consult prompt and 400 line below; 12315 and the police are content; 成文日期 "
        "under the firm's signature",
        page="""
!m 爚江衡信律师事务所　｜　衡平守信
!m 首页 / 普法园地 / 风险提示
{T}
!m 发布人：衡信律所公益法律服务部　｜　阅读 893
{BODY}
!w 遇到类似纠纷？拨打衡信律所咨询热线 400-717-5028，首次咨询免费
!l 推荐阅读：老年人保健品消费维权指南　·　以房养老骗局的五个识别要点
!d 本文为普法内容，不构成针对个案的法律意见
""",
        body="""
近期，我所接到多起老年人咨询，反映在街头“免费领老人手机”活动中被诱导签订话费合约、泄露个人信息。为此，我所作如下提示：
一、所谓“免费领手机”，往往以捆绑长期套餐为条件，老人在不知情下签字，可能被认定为同意合约条款。
二、登记身份证信息存在被冒用办卡、借贷的风险。
三、如已上当，可保留合约、收据等证据，向12315投诉，或向公安机关报案；合约存在欺诈的，可依法请求撤销。
爚江衡信律师事务所
2024年10月28日
""",
    ),
]
