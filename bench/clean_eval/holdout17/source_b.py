"""Holdout17 cases, part B: enterprises and business bodies no earlier part imitated (a metro
group, a wind-power company's OA, a liquor maker's old site, a dairy group's intranet, a
waste-to-energy plant's tender, a rural commercial bank's procurement result, a catering
association, a domestic-service association, a tax-agent firm, a sewage plant's forwarded
request, a microcredit company's print view, a chemical firm's work-chat announcement).
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="corp-jinjiang-metro-notice-html-byline",
        site="槿江轨道交通集团 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jjmetro.example.com.cn/news/notice/2025/0415/2071.html",
        title="关于地铁2号线延伸段夜间施工的公告",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="modern corporate template: 乘客服务 nav, a 发布时间 byline (the page's date), the notice's own 服务热线 sentence and the footer's other hotline; an app download strip; 上一条/下一条",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于地铁2号线延伸段夜间施工的公告-槿江地铁</title></head>
<body>
<header><div class="brand">⟦m 槿江地铁　联通城市　温暖出行⟧</div>
<nav><a>⟦m 首页⟧</a><a>⟦m 乘客服务⟧</a><a>⟦m 线网规划⟧</a><a>⟦m 建设动态⟧</a><a>⟦m 信息公开⟧</a><a>⟦m 招采平台⟧</a></nav></header>
<section class="main">
<div class="path">⟦m 首页 / 新闻中心 / 运营公告⟧</div>
<h1>{T}</h1>
<p class="by">⟦m 发布时间：2025-04-15　来源：建设分公司　浏览次数：2087⟧</p>
<div class="content">
{BODY}
</div>
<div class="pn"><p>⟦l 上一条：4月19日起部分车站调整首班车时间⟧</p><p>⟦l 下一条：槿江地铁“乘客开放日”报名启事⟧</p></div>
</section>
<div class="app">⟦a 下载“槿江地铁”APP　扫码进站更便捷⟧</div>
<footer><p>⟦m 乘客服务热线：0731-96018（24小时）⟧</p><p>⟦d Copyright © 槿江市轨道交通集团有限公司 All Rights Reserved⟧</p><p>⟦m 湘ICP备17012983号-1⟧</p></footer>
</body></html>
""",
        body="""
尊敬的市民朋友：
因地铁2号线延伸段轨道铺设和设备安装需要，自2025年4月20日起至6月30日，每日23时至次日5时在芙蓉路至梅溪湖西站区间进行夜间施工。
施工期间，我们将采取低噪声设备、设置隔音屏障等措施，尽量减少对周边居民的影响。
如对施工有意见或建议，请拨打建设分公司投诉电话0731-88120456，我们将及时处理。
由此给您带来的不便，敬请谅解。
槿江市轨道交通集团有限公司
2025年4月15日
""",
    ),
    dict(
        slug="oa-zhibei-wind-minutes-meeting-lines",
        site="芷陂风电有限公司 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.zbwind.example.local/km/review/view.do?fdId=18c2a77e3",
        title="2025年第二季度安全生产委员会会议纪要",
        record_title="【已归档】2025年第二季度安全生产委员会会议纪要",
        date="2025-04-11",
        date_also=["2025-04-09"],
        notes="an OA export: 流程状态/当前处理人/审批意见 rows (meta), 打印/导出/传阅 buttons, the minutes' 时间/地点/主持/参会/记录 lines, a table of tasks, 分送 line; the 印发 date expected, the meeting date also accepted",
        page="""
!m 芷陂风电协同办公平台　|　知识管理 ＞ 会议纪要
!a 打印　导出PDF　传阅　收藏
!m 文档编号：ZBFD-JY-2025-017　流程状态：已归档　当前处理人：无
{T}
{BODY}
!m 审批意见：同意印发。——总经理 万志刚 2025-04-11 08:52
!m 阅读记录（43）　最后修改：安环部 于晓敏
!d 内部资料　注意保密
""",
        body="""
时间：2025年4月9日14:30
地点：公司三楼会议室
主持：总经理万志刚
参会：公司领导班子成员，各部门、各风电场负责人
记录：于晓敏
会议传达了上级公司安全生产电视电话会议精神，通报了一季度安全生产情况，研究部署第二季度重点工作。现纪要如下：
一、一季度公司未发生人身伤亡和设备损坏事故，风机可利用率达到98.7%。
二、会议要求，各风电场要针对雷雨季节特点，抓好防雷接地检测和塔筒内消防器材检查。
三、会议明确以下任务分工：
任务　责任部门　完成时限
升压站防汛物资补充　生产技术部　4月30日
外包队伍安全交底　安环部　持续
叶片巡检无人机采购　物资部　5月15日
四、安环部要在月底前组织一次高处救援应急演练。
分送：公司领导，各部门，各风电场。
芷陂风电有限公司综合部　2025年4月11日印发
""",
    ),
    dict(
        slug="corp-chugang-liquor-oldtable-dealer-notice",
        site="楮冈酒业 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chugangjiu.example.com/news_view.asp?id=733",
        title="关于规范经销商市场价格秩序的通知",
        record_title=None,
        date="2024-11-20",
        notes="old table layout of a liquor maker: flash banner text, a 产品中心 menu, a 防伪查询 box, the notice's own 举报电话 and e-mail; the title only in the page; 成文日期 under the signature",
        page="""
<html><head><title>楮冈酒业有限公司--新闻中心</title></head>
<body bgcolor="#8b0000">
<table width="1000" align="center" cellpadding="0"><tr><td>⟦m 楮冈酒业　百年窖池　醇香楮冈⟧</td></tr>
<tr><td>⟦m 网站首页 ┆ 企业简介 ┆ 产品中心 ┆ 新闻中心 ┆ 营销网络 ┆ 联系我们⟧</td></tr></table>
<table width="1000" align="center"><tr>
<td width="230" valign="top"><table><tr><td>⟦a 防伪查询：请输入瓶盖内12位防伪码⟧</td></tr><tr><td>⟦a 【查询】⟧</td></tr></table>
<table><tr><td>⟦l ■ 产品推荐⟧</td></tr><tr><td>⟦l 楮冈老窖·典藏⟧</td></tr><tr><td>⟦l 楮冈原浆·二十年⟧</td></tr></table></td>
<td valign="top"><table width="100%">
<tr><td align="center"><font size="4">{T}</font></td></tr>
<tr><td align="center">⟦m 作者：营销中心　发表日期：2024-11-21　阅读：618⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table></td></tr></table>
<table width="1000" align="center"><tr><td align="center">⟦m 地址：楮冈县酒城大道1号　全国招商热线：400-678-1988⟧<br>⟦d Copyright 2008-2024 楮冈酒业有限公司 版权所有⟧<br>⟦m 黔ICP备09002615号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br /><br />",
        date_also=["2024-11-21"],
        body="""
各区域经销商：
近期，个别经销商低于公司指导价跨区域销售楮冈老窖系列产品，扰乱了市场秩序，损害了广大经销商的合法权益。为此，公司决定进一步规范市场价格秩序，现将有关要求通知如下：
一、各经销商须严格执行公司发布的价格体系，不得以任何形式变相降价销售。
二、严禁跨区域窜货。公司将通过防伪码追溯系统对流向进行核查，一经查实，按合同扣除保证金。
三、欢迎各经销商相互监督，举报电话0858-6630517，举报邮箱jubao@chugangjiu.example.com。
楮冈酒业有限公司营销中心
2024年11月20日
""",
    ),
    dict(
        slug="oa-jiyuan-dairy-speech-date-under-title",
        site="稷原乳业集团内网 (invented)",
        style="企业内网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://portal.jiyuan-dairy.example.local/news/ldjh/20250305/998.html",
        title="董事长马立新在集团2025年质量大会上的讲话",
        record_title="董事长马立新在集团2025年质量大会上的讲话_领导讲话_稷原乳业内网",
        date="2025-03-05",
        notes="an intranet portal: employee login bar, 待办事项 and 通讯录 widgets, a date line under the speech title (neutral), a 点赞/收藏 row, an internal-use footer; title keeps the role",
        page="""
<html><head><meta charset="utf-8"><title>董事长马立新在集团2025年质量大会上的讲话_领导讲话_稷原乳业内网</title></head>
<body>
<div id="top">⟦m 稷原乳业集团　员工门户⟧　⟦m 欢迎您，质量部 王*　工号 J20931⟧　⟦a 退出登录⟧</div>
<div id="menu">⟦m 集团要闻　领导讲话　制度文件　质量园地　员工之家⟧</div>
<div id="wrap">
<div id="left">
<div class="w">⟦l 待办事项（3）⟧</div>
<div class="w">⟦a 通讯录　邮箱　工资条　请假申请⟧</div>
</div>
<div id="right">
<h2>{T}</h2>
<p class="d">（2025年3月5日）</p>
<div class="txt">
{BODY}
</div>
<div class="act">⟦l 点赞 88　收藏　评论（12）⟧</div>
</div>
</div>
<div id="foot">⟦d 本网站仅限集团内部使用，严禁对外传播　信息中心维护⟧　⟦m 内线：8006⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们召开集团2025年质量大会，目的是总结质量工作，表彰先进，动员全体员工牢固树立质量第一的意识。
去年，集团产品国家和省级监督抽检合格率保持百分之百，牧场生鲜乳菌落总数指标达到欧盟标准，消费者投诉率同比下降18%。
同时也要看到，个别工厂在包装环节仍有异物投诉，冷链配送末端温控还有短板。
今年，集团质量工作要抓好三件事：一是从牧场到餐桌全链条追溯；二是实验室能力建设，新增检测项目三十项；三是质量考核与绩效挂钩，实行一票否决。
同志们，质量是企业的生命。希望大家人人都是质量员，共同守护每一滴奶的品质。
""",
    ),
    dict(
        slug="tender-fenghuo-wte-plant-bid-table",
        site="蘅塘环保能源招采平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://zc.htep.example.com/bulletin/detail/2025062400318",
        title="蘅塘生活垃圾焚烧发电厂渗滤液处理系统运维服务项目招标公告",
        record_title="蘅塘生活垃圾焚烧发电厂渗滤液处理系统运维服务项目招标公告",
        record_date="2025-06-24",
        date="2025-06-24",
        notes="a tender platform: a countdown box, 报名/下载招标文件 buttons (chrome), a 项目编号 line (neutral), a bid-section table, the notice's own 联系人 and a CA hotline in the footer",
        page="""
!m 蘅塘环保能源集团电子招采平台
!m 首页 ＞ 招标公告 ＞ 服务类
{T}
项目编号：HTEP-FW-2025-0318
!m 发布时间：2025-06-24 09:00:00　　截止时间：2025-07-15 09:30:00
!a 距投标截止还剩：20天23时59分
!a 我要报名　　下载招标文件　　在线答疑
{BODY}
!l 同类项目：飞灰固化药剂采购项目 | 炉渣综合利用服务项目
!m CA办理及平台操作咨询：400-991-2025
!d 本平台公告信息以招标文件为准，平台不承担因信息转载引起的任何责任。
""",
        indent="  ",
        body="""
1.招标条件
本项目已具备招标条件，招标人为蘅塘环保能源有限公司，现对该项目进行公开招标。
2.项目概况与招标范围
服务内容为渗滤液处理系统的日常运行、维护保养和达标排放管理，服务期三年。
标段　服务内容　最高限价（万元）
一标段　一期渗滤液处理站运维　286
二标段　二期渗滤液处理站运维　318
3.投标人资格要求
投标人须具有环境污染治理设施运营相关业绩，近三年内完成过不少于两项同类项目。
4.招标文件的获取
请于2025年6月24日至6月30日登录本平台下载电子招标文件。
5.联系方式
招标人：蘅塘环保能源有限公司　联系人：戚工　电话：0734-8390261
""",
    ),
    dict(
        slug="tender-heping-rcb-award-html-table",
        site="禾坪农商银行 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="html",
        source="https://www.hprcb.example.com/cggg/zbjg/20250519/410.html",
        title="禾坪农商银行自助设备维保服务采购项目成交结果公示",
        record_title="禾坪农商银行自助设备维保服务采购项目成交结果公示_采购公告_禾坪农村商业银行",
        date="2025-05-19",
        notes="a rural commercial bank's site: a 反洗钱 banner, an online-banking login button, an html table layout around the body, a candidate table in the body, the result's own 质疑 contact, a deposit-insurance footer",
        page="""
<html><head><meta charset="utf-8"><title>禾坪农商银行自助设备维保服务采购项目成交结果公示_采购公告_禾坪农村商业银行</title></head>
<body>
<div class="hd">⟦m 禾坪农村商业银行　扎根本土　服务三农⟧<span>⟦a 个人网银登录⟧　⟦a 企业网银登录⟧</span></div>
<div class="nav">⟦m 首页 | 个人业务 | 公司业务 | 普惠金融 | 走进农商 | 采购公告⟧</div>
<div class="notice">⟦d 风险提示：本行不会以任何理由要求您提供短信验证码⟧</div>
<table class="layout" width="100%"><tr><td class="side">⟦l 采购公告⟧<br>⟦l 招标公告⟧<br>⟦l 结果公示⟧</td>
<td class="content">
<h3>{T}</h3>
<div class="info">⟦m 日期：2025-05-19　点击：244⟧</div>
{BODY}
</td></tr></table>
<div class="ft">⟦d 本行存款受《存款保险条例》保护⟧<br>⟦m 客服热线：96588　地址：禾坪县文昌路66号⟧<br>⟦d ©禾坪农村商业银行股份有限公司⟧</div>
</body></html>
""",
        body="""
禾坪农商银行自助设备维保服务采购项目已完成竞争性谈判，现将成交结果公示如下：
成交供应商　成交金额（元）　服务期
湘南金安科技有限公司　418600　两年
公示期为2025年5月19日至5月21日。供应商对成交结果有异议的，可在公示期内以书面形式向采购人提出质疑。
采购人联系人：胡女士，电话：0739-6658012。
禾坪农村商业银行股份有限公司
2025年5月19日
""",
    ),
    dict(
        slug="assoc-weitang-catering-pledge-scan",
        site="苇塘县餐饮行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.wtcyxh.example.org.cn/news/2025/xhgg_0320.html",
        title="“光盘行动 从我做起”倡议书",
        record_title="【协会公告】“光盘行动 从我做起”倡议书 - 苇塘县餐饮行业协会",
        date="2025-03-20",
        notes="an association site: 会员入口 buttons, a decorated record title; the pledge tells diners to 扫码 and to 关注 a public account (body sentences), a 会员单位 list in the body; a 入会咨询 contact prompt under it",
        page="""
!m 苇塘县餐饮行业协会官网
!a 会员入口　|　入会申请　|　证书查验
!m 协会公告 » 正文
{T}
!m 2025-03-20　秘书处　阅读 772
{BODY}
!w 入会咨询请联系秘书处：0739-7213306（周一至周五）
!l 分享到 ▸ 微信好友　朋友圈　复制链接
!l 往期公告：关于开展2025年度“放心餐厅”评选的通知
!d 苇塘县餐饮行业协会 版权所有
""",
        indent="\u3000\u3000",
        body="""
全县餐饮企业和广大消费者：
厉行节约、反对浪费是中华民族的传统美德。为此，县餐饮行业协会向大家发出如下倡议：
一、餐饮企业主动提供小份菜、半份菜，在显著位置摆放“适量点餐”提示牌。
二、服务人员做好点餐提醒，主动为顾客提供打包服务。
三、消费者按需点餐、文明用餐，吃不完的饭菜打包带走。
四、欢迎扫描店内桌牌上的二维码，关注“苇塘餐饮”公众号，参与“光盘打卡”活动。
首批响应单位：味之源酒楼、苇塘宾馆、湘乡土菜馆。
苇塘县餐饮行业协会
2025年3月20日
""",
    ),
    dict(
        slug="assoc-jinjiang-housekeeping-report-html",
        site="槿江市家政服务协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://www.jjjzxh.example.org/xhdt/2025/0112/56.html",
        title="槿江市家政服务协会第二届理事会工作报告",
        record_title="槿江市家政服务协会第二届理事会工作报告",
        date=None,
        notes="an association page in a modern template: a 找阿姨 search box, 热门服务 tags, a reporter line under the title (neutral), a year only in the text's plans, no date; 在线预约 floating contact",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>槿江市家政服务协会第二届理事会工作报告</title></head>
<body>
<div class="top">⟦m 槿江家政　放心到家⟧<form><input placeholder="找月嫂、育儿嫂、保洁">⟦a 搜索⟧</form></div>
<nav>⟦m 协会概况 / 行业动态 / 诚信企业 / 技能培训 / 入会指南⟧</nav>
<div class="tags">⟦l 热门服务：月嫂　育婴　养老护理　收纳整理⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="who">——在协会第三届会员大会上　理事长　许蔓</p>
<div class="body">
{BODY}
</div>
</div>
<div class="float">⟦w 在线预约家政服务　客服微信：jjjz_kefu⟧</div>
<div class="foot">⟦d 槿江市家政服务协会 © 版权所有⟧　⟦m 湘ICP备20019932号⟧</div>
</body></html>
""",
        body="""
各位会员代表：
现在，我代表第二届理事会向大会报告工作，请予审议。
五年来，协会会员单位由六十八家发展到一百五十三家，从业人员持证率由41%提高到76%。
我们建立了家政服务员信用档案，推行“一人一码”上户，群众扫码即可查看服务员的健康证明和培训记录。
我们联合人社部门开展母婴护理、养老护理等技能培训一百二十余期，培训学员八千余人次。
今后五年，协会将着力推进家政服务标准化、职业化和品牌化建设，努力让家政服务更加放心、舒心。
""",
    ),
    dict(
        slug="corp-liaochuan-taxagent-reminder-no-date",
        site="蓼川正衡税务师事务所 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zhtax.example.com/zixun/2025/hsqj.html",
        title="关于2024年度企业所得税汇算清缴的温馨提示",
        record_title="关于2024年度企业所得税汇算清缴的温馨提示 — 正衡财税",
        date=None,
        notes="a tax-agent firm: 免费咨询 and 代理记账 prompts (contact), a year only in the title and the deadline inside the text (no date), a numbered list mentioning 下载 of the tax app, a firm hotline in the footer",
        page="""
!m 正衡财税 | 蓼川正衡税务师事务所有限公司
!m 财税资讯 > 政策解读
{T}
!m 浏览：3120 次
!w 企业财税难题？免费咨询注册税务师，电话/微信：188-0746-2201
{BODY}
!w 代理记账 · 汇算清缴 · 税务筹划，一站式服务，点击在线留言
!l 相关资讯：小微企业“六税两费”减免政策问答 · 研发费用加计扣除热点问题
!d 本文仅供参考，不构成税务意见，具体以税务机关规定为准。
!m 蓼川县滨江路39号正衡大厦6楼　0746-2269888
""",
        body="""
各位客户：
2024年度企业所得税汇算清缴工作将于2025年5月31日结束，为帮助企业顺利完成申报，现提示如下：
1.请在申报前核对全年收入、成本费用台账，准确填报纳税调整项目。
2.享受研发费用加计扣除等优惠的，应将相关资料留存备查。
3.可下载电子税务局APP，在“我要办税”栏目中完成年度申报和补退税。
4.如需本所协助出具鉴证报告，请于5月15日前将资料交至本所。
祝各位客户工作顺利！
""",
    ),
    dict(
        slug="mail-zhixi-sewage-request-forwarded",
        site="枳溪城投水务公司 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://zhixi-water/sent/2025-0916",
        title="关于申请城南污水处理厂提标改造资金的请示",
        record_title="Fw: 关于申请城南污水处理厂提标改造资金的请示.docx",
        title_in="file-name",
        date="2025-09-12",
        notes="a mail client's forwarded copy: Fw: with a .docx name as the record title, ----原始邮件---- headers, a 附件 line of the mail; the request's own 联系人 and 签发人 (neutral); 成文日期",
        page="""
!m ---------- 转发的邮件 ----------
!m From: 城南污水处理厂 <cnwsc@example.cn>
!m Date: 2025-09-15 17:42
!m To: 水务公司办公室
!m Subject: 关于申请城南污水处理厂提标改造资金的请示.docx
!m 附件：请示.docx；预算表.xlsx
!a 请查阅附件，打印后走签批流程。
签发人：陈立群
{T}
{BODY}
!d 发自我的手机邮箱
""",
        body="""
枳溪县城市建设投资集团有限公司：
城南污水处理厂设计规模每日三万吨，现执行一级B排放标准。根据省里要求，2026年底前须提标至一级A标准。
经测算，提标改造需新建深度处理车间一座，增加高效沉淀池和滤布滤池，总投资约两千六百万元。
为按期完成改造任务，特申请拨付前期资金三百万元，用于初步设计和施工图设计。
妥否，请批示。
附件：提标改造投资估算表
（联系人：彭海，电话：0745-6290113）
枳溪城投水务有限公司
2025年9月12日
""",
    ),
    dict(
        slug="print-qiling-microcredit-plan-html",
        site="杞岭普惠小额贷款公司 (invented)",
        style="打印页",
        genre="计划",
        kind="plan",
        form="html",
        source="https://www.qlphxd.example.com/gsdt/print.php?id=205",
        title="2025年度风险合规管理工作计划",
        record_title="2025年度风险合规管理工作计划 - 打印",
        date=None,
        notes="a print template in HTML: a window.print button row, a 打印时间 stamp (no date), the page's URL and a short copyright line; a year only in the title; a numbered plan",
        page="""
<html><head><meta charset="utf-8"><title>2025年度风险合规管理工作计划 - 打印</title><style>@media print{.noprint{display:none}}</style></head>
<body onload="">
<div class="noprint">⟦a 〖打印〗　〖返回〗　〖关闭〗⟧</div>
<div class="ph">⟦m 杞岭普惠小额贷款股份有限公司⟧</div>
<h2 align="center">{T}</h2>
<div class="pbody">
{BODY}
</div>
<hr>
<div class="pf">⟦m 打印于：2025/02/18 15:06:44⟧<br>⟦m https://www.qlphxd.example.com/gsdt/205.html⟧<br>⟦d ©杞岭普惠小贷⟧</div>
</body></html>
""",
        body="""
为落实监管要求，防范化解信贷风险，结合公司实际，制定本年度风险合规管理工作计划。
一、健全制度体系。上半年完成贷款管理办法、关联交易管理办法的修订，下半年开展制度执行情况评估。
二、加强贷前调查。严格执行双人调查制度，单户贷款金额超过五十万元的须经风险审查委员会审议。
三、强化贷后管理。对逾期三十天以上贷款逐笔落实清收责任人，年末不良贷款率控制在3%以内。
四、开展合规培训。每季度组织一次合规培训和警示教育，全年不少于四次。
""",
    ),
    dict(
        slug="oa-shutian-chem-workchat-notice-oneline",
        site="黍田化工企业微信工作台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://work.example.com/wework_admin/announcement/view?id=8831",
        title="关于开展新员工三级安全教育培训的通知",
        record_title=None,
        date="2025-08-01",
        notes="a work-chat announcement copied from the app: 已读/未读 counts, 确认收到 button, the whole body on one line (paragraphs separated only by an indent); the title repeated glued to the app's header; 成文日期 at the end",
        page="""
!m 黍田化工 · 公告
⟦m 【公告】⟧{T}
!m 发布人：安环部-黎静　　2025-08-01 08:30
{BODY}
!a 确认收到
!m 已读 212　未读 17
!a 回复　｜　转发到聊天
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各部门、各车间：
根据安全生产法和公司安全教育培训制度，公司定于8月5日至8月9日对7月入职的新员工开展公司级、车间级、班组级三级安全教育培训。
培训内容包括危险化学品基础知识、岗位操作规程、应急处置和劳动防护用品使用等，培训结束后进行闭卷考试，考试合格方可上岗。
请各车间于8月4日前将参训人员名单报安环部，联系电话：内线6120。
安全环保部
2025年8月1日
""",
    ),
]
