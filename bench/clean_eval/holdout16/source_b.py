"""Holdout16 cases, part B: enterprises, utilities and associations no earlier part imitates (a gas
group, a city bus group's OA, a salt company, an urban-investment company's tendering platform, a
self-employed workers' association, a bar association, a heating company, a telecom branch's
intranet, a highway authority's tender PDF, a design institute, a consumers' association). Invented
text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="corp-qingyue-gas-outage-notice-html-table",
        site="青樾燃气集团 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qyrq.example.com.cn/news/tqgg/20250714/2287.html",
        title="关于青樾大道沿线燃气管网改造停气的通知",
        date="2025-07-14",
        notes="a gas company's modern template: the only date is the byline '发布于 2025.07.14'; an outage table (one row a paragraph); the notice's own 24-hour hotline, which the footer repeats in other words; app-download and share rows",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>关于青樾大道沿线燃气管网改造停气的通知 - 青樾燃气</title>
<link rel="stylesheet" href="/assets/app.css"></head>
<body>
<header class="hd"><a class="brand">⟦m 青樾燃气集团⟧</a>
<nav><a>⟦m 关于我们⟧</a><a>⟦m 新闻中心⟧</a><a>⟦m 用气服务⟧</a><a>⟦m 安全用气⟧</a><a>⟦m 网上营业厅⟧</a><a>⟦m 党建园地⟧</a><a>⟦m English⟧</a></nav></header>
<section class="hero"><h2>⟦m 清洁能源　温暖万家⟧</h2></section>
<div class="crumb">⟦m 新闻中心 &gt; 停气公告⟧</div>
<article class="news-detail">
<h1>{T}</h1>
<p class="meta">⟦m 发布于 2025.07.14　|　阅读 5213⟧</p>
{BODY}
<div class="share">⟦l 分享：微信好友　朋友圈　微博⟧</div>
<a class="back">⟦l 返回列表⟧</a>
</article>
<aside class="latest"><h3>⟦l 最新公告⟧</h3><ul>
<li>⟦l 2025年下半年居民燃气安全入户检查安排⟧</li>
<li>⟦l 关于调整非居民用户管道天然气销售价格的公告⟧</li>
</ul></aside>
<footer class="ft">
<p>⟦m 客服热线 96577 · 全天候为您服务⟧</p>
<p>⟦a 扫码下载“青樾燃气”App，缴费报修更方便⟧</p>
<p>⟦d Copyright © 2025 青樾燃气集团有限公司 All Rights Reserved⟧</p>
<p>⟦m 浙ICP备12040518号-3⟧</p>
</footer>
</body></html>
""",
        body="""
尊敬的燃气用户：
因青樾大道（人民路至滨江路段）燃气中压管网改造工程施工需要，我公司将对以下区域暂停供气。现将有关事项通知如下：
一、停气时间
2025年7月17日8:00至7月18日20:00，如遇特殊情况顺延，另行通知。
二、停气范围
片区　涉及小区　户数
青樾大道东侧　金桂苑、书香门第、铁路新村　2860
青樾大道西侧　滨江花园一期、二期　1935
人民路北段　市第三中学、人民路沿街商铺　214
三、温馨提示
（一）停气前请关闭燃气表前阀门和灶具开关，恢复供气时请勿自行开阀，待工作人员上门检查后再使用。
（二）恢复供气后如发现燃气泄漏，请立即打开门窗通风，切勿开关电器、使用明火，并到室外拨打抢修电话。
（三）请提前做好生活安排，公司将在青樾大道东、西两侧各设置一个临时服务点。
由此给您带来的不便，敬请谅解！
24小时服务热线：96577
青樾燃气集团有限公司
""",
    ),
    dict(
        slug="oa-zhechuan-bus-minutes-approval-trail",
        site="柘川公交集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://oa.zcbus.example.local/doc/receive/view?docid=20250627009",
        title="柘川公交集团2025年第二季度安全生产专题会议纪要",
        record_title="柘川公交集团2025年第二季度安全生产专题会议纪要.docx",
        date="2025-06-27",
        date_also=["2025-06-24"],
        notes="a bus group's OA export: file-name title, document number neutral, a 密级/拟稿 line and an approval trail with times under the text, download/print buttons and a confidentiality notice; the minutes' own 时间/地点/主持/参会/记录 lines, 抄送 and 印发 date (the meeting's date also accepted)",
        page="""
!m 柘川公交集团协同办公平台
!m 公文管理 / 收文办理 / 会议纪要
!t 柘川公交集团2025年第二季度安全生产专题会议纪要.docx
柘公交纪〔2025〕9号
!m 密级：内部　　紧急程度：普通　　拟稿单位：安全技术部
{BODY}
!m 流转记录
!m 2025-06-26 16:12　安全技术部 宋佳宁　拟稿
!m 2025-06-27 09:03　办公室 曹宇　核稿
!m 2025-06-27 10:41　副总经理 欧阳平　签发
!a 下载正文　　另存为PDF　　打印处理单
!d 内部资料　注意保密　严禁外传
""",
        body="""
时间：2025年6月24日下午3:00
地点：集团调度中心三楼会议室
主持：欧阳平
参会：集团安全技术部、运营管理部、机务部、人力资源部负责人，各分公司经理、安全主管
记录：宋佳宁
6月24日，集团副总经理欧阳平主持召开2025年第二季度安全生产专题会议，通报二季度安全生产情况，研究部署汛期和夏季高温期间安全生产工作。现将会议议定事项纪要如下：
一、二季度全集团共发生一般责任交通事故3起，同比减少2起，未发生人员死亡事故。会议要求，各分公司要对3起事故逐一开展“回头看”，落实驾驶员停岗培训和车队长约谈制度。
二、会议明确，7月至9月为夏季安全生产专项整治期。机务部负责在7月10日前完成全部1260辆公交车空调系统、电气线路和灭火器检查；运营管理部负责制定极端天气线路临时调整预案。
三、会议决定，在城区12条主干线路试点安装驾驶员疲劳驾驶预警系统，由安全技术部牵头，8月底前完成安装调试。
四、人力资源部要会同各分公司合理安排驾驶员排班，高温时段落实轮休制度，严禁驾驶员连续驾驶超过4小时。
五、各分公司要在7月5日前将本单位汛期安全隐患排查情况报集团安全技术部。
抄送：集团领导班子成员。
柘川公交集团有限公司办公室　　2025年6月27日印发
""",
    ),
    dict(
        slug="corp-tingze-salt-chairman-speech-role-title",
        site="汀泽盐业有限公司 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.tzyanye.example.com/qydt/ldjh/2025-01-24/318.html",
        title="党委书记、董事长在公司2025年工作会议暨职工代表大会上的讲话",
        record_title="党委书记、董事长在公司2025年工作会议暨职工代表大会上的讲话（全文）",
        date="2025-01-22",
        date_also=["2025-01-24"],
        notes="a salt company's site: the speech title keeps the speaker's role; speaker name line and a date in Chinese numerals under the title (neutral), the byline's posting date also accepted; a 全文 decoration; product ad and hotline under the text; a big-character/small-character toggle; footer",
        page="""
!m 汀泽盐业 | 百年盐业　品质生活
!m 网站首页 - 企业动态 - 领导讲话
!t 党委书记、董事长在公司2025年工作会议暨职工代表大会上的讲话（全文）
!m 2025-01-24　企业文化部　浏览次数：774
!a 【大字】【小字】【默认】
{T}
郑怀远
（二〇二五年一月二十二日）
{BODY}
!l 相关产品：汀泽深井精制盐　低钠盐　竹盐牙膏　→ 进入商城
!m 订购热线：400-667-2158
!m 版权所有：汀泽盐业有限公司　地址：汀泽县盐湖路1号
""",
        indent="\u3000\u3000",
        body="""
各位代表，同志们：
这次会议是公司在深化改革关键时期召开的一次重要会议。会议的主要任务是：总结2024年工作，分析面临的形势，部署2025年目标任务，动员全体干部职工奋力开创公司高质量发展新局面。
一、2024年工作回顾
过去一年，面对食盐市场竞争加剧、原材料价格波动等多重压力，公司上下团结一心、攻坚克难，较好地完成了年度目标任务。全年生产各类盐产品32.6万吨，实现营业收入8.7亿元，同比增长6.2%；利润总额4860万元，同比增长9.1%。低钠盐、深井精制盐等高端产品销量占比提高到38%。完成制盐车间蒸发罐节能改造，吨盐能耗下降7%。
二、当前面临的形势
我们也要清醒地看到，行业产能过剩的局面没有根本改变，省外品牌加快进入本地市场，公司产品结构单一、营销渠道偏窄的短板依然突出。对此，我们必须保持战略定力，坚定走“专、精、特、新”发展之路。
三、2025年主要任务
一是稳定食盐主业。巩固县域市场占有率，加快开拓周边市场，力争食盐销量增长5%以上。二是做大盐化工产业。推进年产5万吨融雪剂项目建设，年内建成投产。三是深化企业改革。完成中层干部竞聘上岗，推行全员绩效考核。四是抓好安全环保。严格落实安全生产责任制，确保全年不发生一般及以上安全环保事故。
各位代表，同志们，新的一年，让我们坚定信心、真抓实干，为建设一流盐业企业而努力奋斗！
""",
    ),
    dict(
        slug="tender-heze-chengtou-candidates-table-layout",
        site="鹤泽县城投公司招标采购平台 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="html",
        source="http://zb.hzct.example.com.cn/ShowNews.aspx?id=5518",
        title="鹤泽县城区老旧小区改造（三期）项目施工中标候选人公示",
        record_date="2025-08-05",
        date="2025-08-05",
        notes="an urban-investment company's tender platform in an old table layout: top login row, a left column with 招标公告/变更公告 links, an info table with 项目编号, the candidates table (one row a paragraph), the tenderer's and agent's contacts in the body; a CA-login notice and footer",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>鹤泽县城投公司招标采购平台</title></head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td height="36" bgcolor="#1F5FA8"><font color="#FFFFFF">⟦a 供应商登录　|　免费注册　|　CA证书办理⟧</font></td></tr>
<tr><td height="80"><font size="5" color="#1F5FA8"><b>⟦m 鹤泽县城投公司招标采购平台⟧</b></font>　<font color="#999999">⟦m 公开　公平　公正　诚信⟧</font></td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="210" valign="top" bgcolor="#F3F6FA">
<table width="100%"><tr><td>⟦l 招标公告⟧</td></tr><tr><td>⟦l 变更公告⟧</td></tr><tr><td>⟦l 中标候选人公示⟧</td></tr><tr><td>⟦l 中标结果公告⟧</td></tr><tr><td>⟦l 政策法规⟧</td></tr></table>
</td>
<td valign="top">
<table width="96%" align="center">
<tr><td>⟦m 当前位置：首页 &gt; 中标候选人公示⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 项目编号：HZCT-SG-2025-017　　发布日期：2025-08-05　　浏览：219⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦a [打印本公告]　[关闭]⟧</td></tr>
</table></td></tr></table>
</td></tr>
<tr><td align="center" bgcolor="#EEEEEE">⟦d 投标人须使用CA数字证书登录系统，本平台对因证书过期导致的投标失败不承担责任⟧<br>⟦m 鹤泽县城市建设投资有限公司　技术服务电话：0773-8125000⟧</td></tr>
</table>
</body></html>
""",
        body="""
鹤泽县城区老旧小区改造（三期）项目施工招标于2025年8月4日在县公共资源交易中心开标、评标，根据评标委员会的评审结果，现将中标候选人公示如下：
一、中标候选人
排名　单位名称　投标报价（元）　项目经理
第一名　鹤泽县宏建建筑工程有限公司　18632570.00　江勇
第二名　汇川建设集团有限公司　18795300.00　白晓峰
第三名　鑫泰路桥建设有限公司　18901466.50　管宁
二、公示期
2025年8月5日至2025年8月7日。
三、异议方式
投标人或者其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人提出，逾期不予受理。
四、联系方式
招标人：鹤泽县城市建设投资有限公司
联系人：郝工　　电话：0773-8125066
招标代理机构：恒信项目管理咨询有限公司
联系人：伍女士　　电话：0773-8231907
""",
    ),
    dict(
        slug="assoc-mingchuan-getihu-pledge-decorated",
        site="茗川市个体劳动者协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.mcgx.example.org.cn/xhdt/2025/03/12/562.html",
        title="致全市个体工商户的诚信经营倡议书",
        record_title="【倡议】致全市个体工商户的诚信经营倡议书",
        date="2025-03-10",
        date_also=["2025-03-12"],
        notes="a self-employed workers' association: decorated record title, the posting date also accepted, the title again with a 【倡议】 tag, a member-service box and a 入会 prompt, a 'scan to join the group' line, a disclaimer; the pledge mentions a 12315 hotline; 成文日期 under the signature",
        page="""
!m 茗川个协网　｜　服务个体　促进发展
!m 协会首页 → 协会动态 → 倡议书
!t 【倡议】致全市个体工商户的诚信经营倡议书
!m 时间：2025-03-12　作者：秘书处　点击：318
{BODY}
!a 我要入会　｜　会员服务　｜　证照办理指南
!w 扫码进“茗川个体户交流群”，政策第一时间知道（群主微信 mcgx_xiaozhou）
!d 免责声明：本站转载的政策信息仅供参考，请以政府部门正式发布为准。
!m 茗川市个体劳动者协会　地址：茗川市解放西路42号　邮箱：mcgx@mcgx.example.org.cn
""",
        body="""
全市广大个体工商户朋友们：
诚信是立身之本、经营之道。为营造公平竞争、诚实守信的市场环境，在第43个“3·15”国际消费者权益日到来之际，茗川市个体劳动者协会向全市个体工商户发出如下倡议：
一、守法经营，做遵纪守法的表率。自觉遵守法律法规，亮照经营、依法纳税，不销售假冒伪劣商品，不从事无证无照经营。
二、明码标价，做公平交易的表率。商品和服务价格公开透明，不搞价格欺诈、虚假促销，不缺斤短两、以次充好。
三、诚实守信，做优质服务的表率。认真履行“三包”义务，主动为消费者提供发票或购物凭证，积极推行线下无理由退货承诺。
四、化解纠纷，做和谐消费的表率。遇到消费纠纷主动协商解决，协商不成的，可拨打12315热线或向辖区市场监管所申请调解。
朋友们，一诺千金，诚信为本。让我们从自身做起、从点滴做起，共同守护“放心消费在茗川”的城市品牌！
茗川市个体劳动者协会
2025年3月10日
""",
    ),
    dict(
        slug="assoc-tangdi-bar-assessment-notice-html-attachments",
        site="棠棣市律师协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tdlawyer.example.org.cn/tzgg/2025-02-28/1045.html",
        title="关于开展2024年度律师执业年度考核工作的通知",
        record_title=None,
        date="2025-02-27",
        date_also=["2025-02-28"],
        notes="a bar association's modern page: no record title; the byline's 发布时间 (also accepted) differs from the 成文日期; the notice's own e-mail, contact line and a three-item 附件 list; member-login card and a WeChat box in the sidebar; a footer with 业务咨询 phone",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>棠棣市律师协会</title></head>
<body>
<div class="top-wrap"><div class="logo">⟦m 棠棣市律师协会⟧</div><div class="slogan">⟦m 维护律师合法权益　促进律师行业发展⟧</div>
<div class="login-card">⟦a 会员登录⟧ ⟦a 忘记密码⟧</div></div>
<div class="menu">⟦m 首页　协会概况　通知公告　行业动态　会员服务　投诉受理⟧</div>
<div class="main clearfix">
<div class="article">
<p class="where">⟦m 首页 / 通知公告⟧</p>
<h2>{T}</h2>
<p class="src">⟦m 发布时间：2025-02-28　　来源：律协秘书处⟧</p>
<div class="con">
{BODY}
</div>
<div class="pn">⟦l 上一篇：关于公布2024年度优秀律师事务所名单的通知⟧<br>⟦l 下一篇：律师执业纪律警示教育专题培训报名通知⟧</div>
</div>
<div class="sidebar">
<div class="card"><h4>⟦l 热点关注⟧</h4><ul><li>⟦l 新执业律师集中培训开班⟧</li><li>⟦l 青年律师论坛征文启事⟧</li></ul></div>
<div class="card"><h4>⟦m 官方微信⟧</h4><p>⟦a 扫码关注，掌握行业动态⟧</p></div>
</div></div>
<div class="footer">⟦m 棠棣市律师协会　业务咨询：0851-3660218　黔ICP备20003314号⟧</div>
</body></html>
""",
        body="""
各律师事务所：
根据《律师执业年度考核规则》和省律师协会的统一部署，现就开展2024年度律师执业年度考核工作通知如下：
一、考核对象
截至2024年12月31日在我市律师事务所执业满一年的律师。
二、考核内容
律师在2024年度的执业表现，包括遵守宪法和法律、履行法定义务、执行行业规范、参加业务培训、履行法律援助义务等情况。
三、时间安排
（一）3月15日前，各律师事务所组织本所律师填写年度考核表，完成所内考核；
（二）3月31日前，各律师事务所将考核材料电子版发送至kaohe@tdlawyer.example.org.cn，纸质材料报送至市律师协会三楼会员部；
（三）4月底前，市律师协会完成考核评定，并报市司法局备案。
四、有关要求
各律师事务所要如实填报考核材料，对弄虚作假的，考核结果一律评定为“不称职”。
联系人：会员部宁可欣，电话：0851-3660231。
附件：1.律师执业年度考核表
2.律师事务所年度考核汇总表
3.2024年度律师参加培训情况统计表
棠棣市律师协会
2025年2月27日
""",
    ),
    dict(
        slug="corp-luyang-heating-letter-wrapped-cn-date",
        site="麓阳热力有限公司 (invented)",
        style="企业官网",
        genre="公开信",
        kind="letter",
        form="text",
        source="http://www.lyheat.example.com/gsgg/2025-10-21/a901.html",
        title="致广大热用户的一封信",
        date="2025-10-20",
        notes="a heating company's page: hard-wrapped at 64 columns; the letter's own hotline, online-payment channels (an app and a mini program), and a date in Chinese numerals; an online-service and a pay prompt at the bottom; copyright line",
        page="""
!m 麓阳热力　温暖全城
!m 首页　公司概况　供热公告　缴费服务　报修服务　联系我们
!m 现在位置：供热公告
{T}
!m 发表日期：2025/10/21　访问量：2904
{BODY}
!a 在线缴费　|　报修登记　|　供热面积查询
!w 在线客服（工作时间 8:00—18:00）：点击咨询
!d ©2025 麓阳热力有限公司 保留所有权利
""",
        indent="\u3000\u3000",
        wrap=64,
        date_also=["2025-10-21"],
        body="""
尊敬的热用户：
您好！随着天气转凉，2025—2026年度供暖季即将到来。按照市政府安排，今年供暖期为11月15日至次年3月15日，11月10日起开始注水试压，11月15日零时正式供暖。为保证您温暖过冬，现将有关事项告知如下：
一、关于缴费。请您于11月10日前缴纳本年度采暖费，居民用户收费标准为每平方米22元。您可以通过“麓阳热力”App、“麓阳热力服务”小程序在线缴费，也可到各营业网点现场缴纳。
二、关于注水试压。注水期间请您务必留人在家，关闭暖气片放气阀，发现跑水、漏水情况，请立即关闭入户阀门并拨打24小时服务热线0745-2296660。
三、关于室温。供暖期间，居民卧室、起居室温度不低于18℃。如室温不达标，请拨打服务热线报修，我们将在24小时内上门检测处理。
四、关于安全。请勿私自改动供热设施、加装循环泵或排放暖气水，以免影响整个楼栋供热效果。
感谢您一直以来对我们工作的理解和支持！
麓阳热力有限公司
二〇二五年十月二十日
""",
    ),
    dict(
        slug="intranet-bicen-telecom-plan-year-only",
        site="碧岑电信分公司企业门户 (invented)",
        style="企业内网",
        genre="工作计划",
        kind="plan",
        form="html",
        source="http://portal.bicen.ct.example.local/dept/zq/notice/detail?id=44190",
        title="政企客户部2025年重点工作计划",
        date=None,
        notes="a telecom branch's intranet: the only year is in the title; an export stamp and a 'last viewed' line are no dates; decimal headings; left tree menu, a read-receipt button, a watermark line with an employee number, a footer with the IT help desk",
        page="""
<html><head><meta charset="utf-8"><title>企业门户 - 部门公告</title></head>
<body>
<div class="portal-top">⟦m 碧岑分公司企业门户⟧　⟦m 当前用户：欧阳晓（工号 CT20871）⟧　<a>⟦a 退出⟧</a></div>
<div class="tree"><ul><li>⟦m 部门空间⟧</li><li>⟦m 政企客户部⟧</li><li>⟦m 部门公告⟧</li><li>⟦m 制度文件⟧</li><li>⟦m 知识库⟧</li></ul></div>
<div class="doc">
<h3>{T}</h3>
<div class="doc-meta">⟦m 发布人：政企客户部综合室　|　阅读范围：部门全体　|　已读 57 / 未读 6⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 我已阅读⟧</button> <button>⟦a 导出Word⟧</button> <button>⟦a 转发⟧</button></div>
<p class="stamp">⟦m 导出时间：2025-03-04 11:20　水印：CT20871⟧</p>
<p class="stamp">⟦m 您上次浏览本页：2025-03-01 17:46⟧</p>
</div>
<div class="foot">⟦m IT服务台 8866（内线）　门户使用问题请提交工单⟧<br>⟦d 本门户信息仅限公司内部使用，严禁截屏外传⟧</div>
</body></html>
""",
        body="""
2025年，政企客户部将紧扣分公司“数字化转型攻坚年”工作主线，聚焦政务、教育、医疗、工业四大行业，推动政企业务规模发展和结构优化。
1 工作目标
全年实现政企收入2.18亿元，同比增长8%；其中产业数字化收入突破9000万元，占比提升至41%以上；新签千万级项目不少于3个。
2 重点任务
2.1 深耕政务市场。全力跟进县“城市大脑”二期、“雪亮工程”扩容等项目，巩固政务外网、视频会议等存量业务。
2.2 拓展教育医疗市场。推进全县中小学“智慧校园”专线提速，完成县域医共体影像云平台建设。
2.3 突破工业互联网。围绕工业园区重点企业，打造5G全连接工厂示范点2个。
2.4 强化商机管理。所有商机全部录入商机管理系统，实行周跟踪、月通报。
3 保障措施
3.1 完善激励机制。对重点项目实行项目制团队考核，收入与项目贡献直接挂钩。
3.2 加强能力建设。每季度组织一次解决方案培训，年内培养政企行业专家10名。
""",
    ),
    dict(
        slug="tender-qingyue-highway-clarification-pdf-markers",
        site="青樾高速公路管理处 招标公告附件 (invented)",
        style="招投标网",
        genre="澄清公告",
        kind="notice",
        form="text",
        source="https://zbcg.qyhighway.example.cn/files/2025/0612/chengqing01.pdf",
        title="青樾高速公路2025—2026年度日常养护工程施工招标澄清公告（第1号）",
        record_title="青樾高速公路2025—2026年度日常养护工程施工招标澄清公告（第1号）.pdf",
        date="2025-06-12",
        notes="a highway authority's tender PDF as text: file-name title, a viewer bar, page markers '⦗2⦘' on lines of their own cutting sentences; numbered clarifications; the authority's signature and date",
        page="""
!m PDF阅读器　缩放 100%　第1/3页
!t 青樾高速公路2025—2026年度日常养护工程施工招标澄清公告（第1号）.pdf
{T}
{BODY}
!a 下载原文件　|　全屏查看
""",
        pages=dict(fmt="⦗{n}⦘", every=150, start=2),
        body="""
各潜在投标人：
青樾高速公路2025—2026年度日常养护工程施工招标文件发出后，部分潜在投标人提出了疑问。经研究，现对招标文件作如下澄清和修改，本澄清公告为招标文件的组成部分，与招标文件具有同等效力。
一、关于投标截止时间。投标截止时间由2025年6月20日9时30分延期至2025年6月27日9时30分，开标地点不变。
二、关于项目经理资格。招标文件第二章第3.2款“项目经理须具有公路工程专业一级建造师资格”修改为“项目经理须具有公路工程专业一级或二级建造师资格，并具有有效的安全生产考核合格证书（B证）”。
三、关于工程量清单。第三标段工程量清单中“波形梁钢护栏更换”数量由1860米修改为2140米，请投标人按修改后的工程量清单报价。
四、其他内容不变。
青樾高速公路管理处
2025年6月12日
""",
    ),
    dict(
        slug="corp-songting-design-institute-insight-record",
        site="松亭建筑设计研究院 (invented)",
        style="企业官网",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.stadi.example.com.cn/dangjian/xxyd/2025/0708/114.html",
        title="参加“工匠精神”专题培训的心得体会",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="a design institute's Party-building column: the author's department line, an image-credit line and a 'back to column' link; a project-showcase box and recruitment banner after the text",
        page="""
!m 松亭建筑设计研究院有限公司
!m 首页 ／ 党建工作 ／ 学习园地
{T}
!m 作者：结构所　汪书琪　　发布：2025-07-08
{BODY}
!l ← 返回学习园地
!l 项目展示：松亭县文化艺术中心　｜　茶溪大桥　｜　县人民医院新院区
!w 诚聘结构工程师、给排水工程师，简历请投 hr@stadi.example.com.cn
!m © 松亭建筑设计研究院有限公司　甲级设计资质证书编号 A152011387
""",
        body="""
6月下旬，我参加了院党委组织的“工匠精神”专题培训。培训邀请了省内知名的结构设计专家授课，还组织大家到县文化艺术中心施工现场进行现场教学，让我对“工匠精神”有了更具体的认识。
一是精益求精。专家在讲课时展示了他三十年前手绘的结构计算书，每一个数据都工工整整、反复校核。相比之下，我们现在依赖软件计算，有时对计算结果缺乏判断。今后我要坚持对关键构件手算复核，做到心中有数。
二是敬畏规范。设计规范是无数工程经验的总结，每一条都来之不易。在现场教学中，施工单位的同志讲到一处节点因为设计考虑不周导致返工，让我深受触动。
三是勇于创新。工匠精神不是墨守成规，而是在坚持质量底线的前提下不断改进工艺、优化方案。我将主动学习装配式建筑、BIM正向设计等新技术，努力成为一名既懂传统又会创新的结构工程师。
""",
    ),
    dict(
        slug="assoc-luwan-consumers-warning-html-decorated",
        site="芦湾县消费者协会 (invented)",
        style="行业协会",
        genre="消费提示",
        kind="notice",
        form="html",
        source="https://xfzxh.luwan.example.org.cn/xfts/20250901/3308.html",
        title="开学季消费提示：理性购买学习用品，警惕“网红文具”陷阱",
        record_title="开学季消费提示：理性购买学习用品，警惕“网红文具”陷阱｜芦湾消协",
        record_date="2025-09-01",
        date="2025-09-01",
        notes="a consumers' association page: record title with ｜ and the site's short name; a complaint entry box, a 'consumer warnings' list, a font-size row; the warning's own 12315 hotline and numbered tips; footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>开学季消费提示：理性购买学习用品，警惕“网红文具”陷阱｜芦湾消协</title></head>
<body>
<div class="hd">⟦m 芦湾县消费者协会⟧<span>⟦m 保护消费者合法权益⟧</span></div>
<div class="nav">⟦m 首页 | 消协动态 | 消费提示 | 投诉公示 | 比较试验 | 法律法规⟧</div>
<div class="wrap">
<div class="main">
<h1>{T}</h1>
<div class="attr">⟦m 来源：县消协秘书处　日期：2025-09-01⟧　⟦a 文字大小：特大 大 标准⟧</div>
<div class="article-content">
{BODY}
</div>
</div>
<div class="side">
<div class="complain">⟦a 我要投诉⟧ ⟦a 投诉进度查询⟧</div>
<h4>⟦l 消费警示⟧</h4>
<ul><li>⟦l 预付式消费“跑路”风险提示⟧</li><li>⟦l 夏季游泳培训消费提醒⟧</li><li>⟦l 谨防“以旧换新”中的价格套路⟧</li></ul>
</div></div>
<div class="ft">⟦m 芦湾县消费者协会　地址：芦湾县建设南路30号⟧　⟦m 湘ICP备19024470号-1⟧</div>
</body></html>
""",
        body="""
新学期即将开始，家长们又开始为孩子采购学习用品。芦湾县消费者协会提醒广大消费者：
一、理性消费，按需购买。学习用品以实用、安全为主，不盲目追求品牌和包装，不跟风购买价格高、功能花哨的“网红文具”。
二、认准标识，注意安全。购买文具时要查看产品是否标明生产厂名、厂址、执行标准等信息，警惕气味刺鼻、色彩过于鲜艳的橡皮、笔类和书皮。部分盲盒文具、解压玩具存在小零件，可能被低龄儿童误吞，家长要格外留心。
三、保留凭证，依法维权。购物时索要发票或购物小票，网购时保存好聊天记录和订单截图。发现质量问题，可先与商家协商，协商不成的，可拨打12315投诉举报热线。
""",
    ),
]
