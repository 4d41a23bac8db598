"""holdout231, part D: download stations, personnel-exam sites, tender portals, law firms,
residents' sites. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="buxianren-download-cabling-rules-gb2312",
        site="布线人资料库 (invented download station, old table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.buxianren.example.cn/soft/ruodian/3318.html",
        title="建筑物综合布线网线施工规程",
        record_title="建筑物综合布线网线施工规程（DOC文档·可编辑）-布线人资料库",
        date=None,
        notes="old table layout of a download station: file-info table with an update stamp, three download links, an unzip password and a dead-link report; decimal headings 1–3.3; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>建筑物综合布线网线施工规程（DOC文档·可编辑）-布线人资料库</title>
<script src="/js/count.asp?id=3318"></script>
</head>
<body>
<table width="970" align="center" cellspacing="0" cellpadding="0">
<tr><td>⟦m 布线人资料库　弱电施工资料一站下齐⟧</td><td align="right">⟦a 把本站加入收藏⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m 首页 | 规范标准 | 施工方案 | 验收表格 | 图纸图集 | 软件工具⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：首页 → 规范标准 → 综合布线⟧</td></tr>
</table>
<table width="970" align="center" border="1" cellspacing="0" class="softinfo">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2024-5-30 11:02:47⟧</td></tr>
<tr><td>⟦m 下载次数：本日 7　总计 2291⟧</td><td>⟦m 资料评价：★★★★☆⟧</td></tr>
</table>
<table width="970" align="center"><tr><td class="intro">
<div class="intro-title">⟦m 资料简介⟧</div>
{BODY}
</td></tr></table>
<table width="970" align="center"><tr><td class="down">
⟦a 下载通道一（电信高速）⟧　⟦a 下载通道二（联通高速）⟧　⟦a 下载通道三（本站镜像）⟧<br>
⟦m 解压口令：www.buxianren.example.cn⟧<br>
⟦a 链接打不开？点此告诉站长⟧
</td></tr></table>
<table width="970" align="center"><tr><td class="foot">
⟦d 本站资料均由网友提供或收集自网络，仅供学习交流，请于下载后24小时内删除⟧<br>
⟦m 布线人资料库　冀ICP备12008873号　统计代码⟧
</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
1 总则
1.1 为规范建筑物内网线敷设施工，保证网络传输质量，制定本规程。
1.2 本规程适用于办公楼、教学楼、住宅楼等建筑物内六类及以下非屏蔽网线的敷设与端接。
2 敷设要求
2.1 网线应穿管或沿线槽敷设，不得与强电线缆同管穿放；平行敷设时，与强电线缆的间距不应小于30厘米。
2.2 单根网线从配线架到信息面板的长度不得超过90米，中间不得有接头。
2.3 拉线时拉力不得超过110牛，转弯半径不应小于网线外径的4倍。
3 端接与测试
3.1 同一工程应统一采用T568A或T568B线序，不得混用。
3.2 端接时剥除外皮的长度不宜超过2.5厘米，线对解绞长度不应超过1.3厘米。
3.3 全部端接完成后，应逐条进行通断、线序和长度测试，并填写测试记录。
""",
    ),
    dict(
        slug="cailiaobao-download-report-network-admin-doc",
        site="材料宝下载站 (invented)",
        style="资料下载站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.cailiaobao.example.cn/down/shuzhi/90271.html",
        title="信息中心网管员2024年度个人述职报告",
        record_title="信息中心网管员2024年度个人述职报告.doc",
        date="2024-12-27",
        notes="file-name record title (.doc); download-station text with file info, download buttons and a dead-link line; the 述职人 and date under the report",
        page="""
!m 材料宝下载站 — 写材料不求人
!m 首页 » 述职报告 » 个人述职
!t 信息中心网管员2024年度个人述职报告.doc
!m 文件大小：31KB　｜　文件类型：doc　｜　收录时间：2025-01-03　｜　下载：406次
!a 〖普通下载〗〖会员高速下载〗〖加入下载篮〗
!m 内容预览：
{BODY}
!a 以上为文档预览，完整排版请下载原文件
!a 下载地址失效？点这里反馈
!l 同类下载：网络管理员年终工作总结.doc　｜　信息科科长述职述廉报告.docx
!m 材料宝下载站　©2015-2025　陕ICP备15031088号
""",
        indent="\u3000\u3000",
        body="""
各位领导、同事：
2024年，我在信息中心主要负责机关办公楼网络和终端维护。现将一年来的工作述职如下。
一、完成的主要工作
一是配合机关事务中心完成办公楼网线整治，整理配线架端口1264个，更换老化网线310余条，全楼网络故障报修同比下降四成。
二是全年处理电脑、打印机、显示器等终端故障报修862次，平均响应时间从2小时缩短到40分钟。
三是建立网线端口电子台账，哪个房间、哪个面板对应哪个端口一查便知，新同事入职当天就能接好网。
二、存在的不足
对新技术学习不够，无线网络优化还停留在“哪里慢就加一个路由器”的阶段。
三、明年打算
计划考取网络工程师证书，推动办公楼无线网络统一规划，同时把常见故障处理方法编成手册，方便同事自助解决。
述职人：欧阳帆
2024年12月27日
""",
    ),
    dict(
        slug="kuicheng-pta-notice-computer-test-monitors",
        site="櫆城人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.kcrsks.example.gov.cn/ksdt/2024/1009/2210.html",
        title="关于2024年下半年櫆城市事业单位公开招聘笔试实行计算机考试的通知",
        record_title="考试动态｜关于2024年下半年櫆城市事业单位公开招聘笔试实行计算机考试的通知 - 櫆城人事考试信息网",
        date="2024-10-08",
        date_also=["2024-10-09"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the exam centre's 咨询电话 beside the site's technical line; 下载并打印准考证 as content; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>考试动态｜关于2024年下半年櫆城市事业单位公开招聘笔试实行计算机考试的通知 - 櫆城人事考试信息网</title>
</head>
<body>
<div class="banner-warn">⟦m 系统公告：报名系统将于10月12日0:00-6:00停机升级，请错峰办理⟧</div>
<div class="top">⟦m 櫆城人事考试信息网⟧　<a>⟦a 考生报名入口⟧</a>　<a>⟦a 成绩查询⟧</a></div>
<nav>⟦m 首页　考试动态　考试计划　政策法规　常见问答⟧</nav>
<div class="crumb">⟦m 您的位置：首页 - 考试动态 - 事业单位⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="attr">⟦m 发布日期：2024-10-09　来源：市人事考试中心　字号：[大 中 小]⟧</div>
<div class="cnt">
{BODY}
</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口⟧<br>⟦a 点我进入⟧</div>
<div class="foot">⟦m 主办：櫆城市人力资源和社会保障局⟧<br>⟦m 网站技术服务电话：0797-8233999（只解答网站使用问题）⟧<br>⟦m 赣ICP备08016641号⟧</div>
<script src="/js/zkz-float.js"></script>
</body>
</html>
""",
        body="""
各位报考人员：
2024年下半年櫆城市事业单位公开招聘笔试将于10月26日实行计算机考试。为帮助考生熟悉机考环境，现将有关事项通知如下。
一、考生须于10月21日至25日登录櫆城人事考试信息网下载并打印准考证，凭准考证和有效居民身份证参加考试。
二、考生入座后，请先检查显示器、键盘和鼠标能否正常使用，显示器如有花屏、黑屏等情况，应立即举手报告，由技术人员处理或调换座位。
三、考试期间不得擅自调整显示器设置，不得触碰主机电源。
四、考试系统提供在线计算器和草稿纸，考生不得携带任何电子设备。
考务咨询电话：0797-8233160（工作日9:00-17:00）。
櫆城市人事考试中心
2024年10月8日
""",
    ),
    dict(
        slug="tangling-pta-announcement-no-usb-in-exam",
        site="樘岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tlrsks.example.gov.cn/ggtz/20240514/1180.html",
        title="关于考生不得携带U盘等电子存储设备进入考场的公告",
        record_title="考生必读丨关于考生不得携带U盘等电子存储设备进入考场的公告",
        date="2024-05-13",
        notes="personnel-exam text: decorated record title; 成文日期 under the signature; an exam calendar and a maintenance line",
        page="""
!m 樘岭人事考试网　公平 公正 公开
!m 网站首页｜考试公告｜成绩查询｜证书领取｜考生服务
!t 考生必读丨关于考生不得携带U盘等电子存储设备进入考场的公告
!m 信息来源：县人事考试中心　发布时间：2024-05-14　浏览次数：2012
{BODY}
!a 【我要纠错】　【打印正文】　【关闭】
!l 考试日历：5月25日 二级建造师　｜　6月15日 初级会计　｜　6月29日 教师资格面试
!m 樘岭人事考试网　咨询时间：工作日上午8:30-12:00　下午14:30-17:30
""",
        date_also=["2024-05-14"],
        body="""
近期，我中心在职业资格考试考场检查中，多次发现考生将U盘、智能手表等电子存储设备夹带入场。为维护考试公平，现就有关事项公告如下：
一、考生除准考证、身份证和规定的文具外，不得携带U盘、移动硬盘、存储卡、智能手表、蓝牙耳机等电子设备进入考场。
二、各考点入口将使用金属探测仪和信号检测设备进行检查，考生请将上述物品存放在考点指定区域。
三、考试中发现考生携带U盘等存储设备的，一律按违纪违规行为处理；利用存储设备作弊的，依法依规严肃处理。
请广大考生相互转告。
樘岭县人事考试中心
2024年5月13日
""",
    ),
    dict(
        slug="jiongchuan-ggzy-bid-result-stb-table",
        site="泂川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.jiongchuan.example.gov.cn/jyxx/zfcg/zbgg/20240722/7719.html",
        title="泂川县广电网络机顶盒采购项目中标结果公告",
        record_title="［成交结果］泂川县广电网络机顶盒采购项目中标结果公告-泂川县公共资源交易中心",
        record_date="2024-07-22",
        date="2024-07-22",
        notes="tender portal: the record gives the date; a bid-result table one row a paragraph; purchaser and agency contacts beside CA and trading-system hotlines; an attachment link",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>［成交结果］泂川县广电网络机顶盒采购项目中标结果公告-泂川县公共资源交易中心</title>
</head>
<body>
<div class="gg-top">⟦m 泂川县公共资源交易中心⟧　<a>⟦a 投标人登录⟧</a>　<a>⟦a 专家登录⟧</a></div>
<nav>⟦m 首页　交易信息　政策法规　办事指南　监督投诉⟧</nav>
<div class="tabs">⟦m 采购公告　更正公告　中标结果　合同公示⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="info">⟦m 信息来源：泂川县公共资源交易中心　发布时间：2024-07-22 16:30　浏览：176⟧</div>
<div class="text">
{BODY}
</div>
<div class="att">⟦a 相关附件：中标通知书（扫描件）.pdf⟧</div>
</div>
<div class="help">⟦m CA数字证书办理咨询：400-6071-3580⟧<br>⟦m 电子交易系统技术支持：0739-6219902⟧</div>
<div class="foot">⟦m 泂川县公共资源交易中心　地址：泂川县政务服务中心五楼⟧</div>
<script src="/ggzy/js/notice-detail.js"></script>
</body>
</html>
""",
        body="""
一、项目编号：JCZC-2024-0316
二、项目名称：泂川县广电网络机顶盒采购项目
三、中标信息
包号　中标供应商　中标金额　交货期
1　湘中数视电子有限公司　163.8万元　45日历天
2　洑湾星联科技有限公司　58.2万元　30日历天
四、主要标的信息：高清智能机顶盒6200台，4K智能机顶盒1800台。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：泂川县广电网络有限公司，联系人：刘思岚，电话：0739-6203318。
采购代理机构：湘楚招标咨询有限公司，联系人：胡斌，电话：0739-6225071。
泂川县广电网络有限公司
2024年7月22日
""",
    ),
    dict(
        slug="tangling-zfcg-inquiry-ink-cartridges-items",
        site="樘岭县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.tangling.example.gov.cn/cggg/xjgg/20240408/3391.html",
        title="樘岭县政务服务中心打印机墨盒询价采购公告",
        record_title="询价｜樘岭县政务服务中心打印机墨盒询价采购公告 - 樘岭县政府采购网",
        date="2024-04-08",
        notes="procurement text: an items table one row a paragraph; the buyer's own contact beside a CA line; a countdown line",
        page="""
!m 樘岭县政府采购网
!m 首页 / 采购公告 / 询价公告
!t 询价｜樘岭县政务服务中心打印机墨盒询价采购公告
!m 公告日期：2024-04-08　｜　报价截止：2024-04-15 17:00
!m 距报价截止还剩 6 天 23 时
{BODY}
!m CA锁办理及驱动下载咨询：0744-5199110
!l 同类公告：县图书馆复印纸询价采购公告　｜　县档案馆档案盒询价公告
!m 樘岭县财政局主办　湘ICP备19008127号
""",
        body="""
樘岭县政务服务中心就打印机墨盒采购进行询价，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格型号　数量
黑色墨盒　适配惠印P系列打印机　160个
三色彩色墨盒　适配惠印P系列打印机　40个
激光硒鼓　适配联达L系列打印机　60个
二、供应商资格：具有独立承担民事责任的能力，所供墨盒须为原装或经认证的兼容产品，并提供质保承诺。
三、报价方式：请于4月15日17:00前将加盖公章的报价单密封送至县政务服务中心二楼综合科，逾期不予受理。
四、联系人：任小舟，电话：0744-5120367。
樘岭县政务服务中心
2024年4月8日
""",
    ),
    dict(
        slug="chengdi-lawfirm-case-used-monitor-dead-pixels",
        site="澄砥律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.chengdi-law.example.cn/anli/xiaofei/20240611.html",
        title="网购二手显示器有坏点，商家拒不退货怎么办？",
        record_title="案说消费 ◂ 网购二手显示器有坏点，商家拒不退货怎么办？｜澄砥律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a repost notice; 【案情】【分析】【建议】 paragraphs; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>案说消费 ◂ 网购二手显示器有坏点，商家拒不退货怎么办？｜澄砥律师事务所</title>
</head>
<body>
<header>⟦m 澄砥律师事务所⟧　<span>⟦m 专注民商事争议解决⟧</span>　<span>⟦m 全国法律咨询 400-6287-1150⟧</span></header>
<nav>⟦m 律所简介　专业领域　律师团队　案例评析　联系我们⟧</nav>
<div class="pos">⟦m 首页 ＞ 案例评析 ＞ 消费维权⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 供稿：澄砥律所消费者权益团队　阅读 733⟧</div>
<div class="card">⟦m 主办律师：苗思远　执业证号 14307202210198862⟧</div>
<div class="art">
{BODY}
</div>
<p class="repost">⟦d 本文为澄砥律所原创普法内容，转载须注明出处，不作为对具体案件的法律意见⟧</p>
</article>
<div class="float">⟦w 有类似纠纷？在线留言，律师当天回电⟧</div>
<footer>⟦m 澄砥律师事务所　地址：櫆城市萏湖区金融街6号12层⟧</footer>
<script src="/static/js/consult-float.js"></script>
</body>
</html>
""",
        body="""
【案情】市民小秦在某二手交易平台花850元购买了一台27英寸二手显示器，卖家在商品描述中写明“无坏点、无亮线”。收货后，小秦发现屏幕中央有3个明显亮点，要求退货，卖家以“二手商品不退不换”为由拒绝。
【分析】卖家在商品描述中明确承诺“无坏点”，这一承诺构成买卖合同的内容。显示器存在亮点，与约定的质量不符，卖家构成违约。即便是二手商品，卖家也应当按照约定的质量交付，“不退不换”的声明不能免除其违约责任。
【建议】遇到类似情况，买家应第一时间拍摄开箱视频和故障画面，保存聊天记录和商品页面截图，先通过平台申请售后介入；协商不成的，可以向消费者协会投诉，或者向法院提起诉讼。
""",
    ),
    dict(
        slug="mingxiu-lawfirm-answer-usb-client-data",
        site="明岫律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.mingxiulaw.example.cn/wenda/2291.html",
        title="员工离职时用U盘拷走客户资料，公司能追责吗？",
        record_title="问：员工离职时用U盘拷走客户资料，公司能追责吗？（劳动法律师解答）- 明岫律师事务所",
        date=None,
        notes="law firm Q&A text: a lawyer card, an 'answered 6 days ago' stamp, a consult prompt and a not-legal-advice notice; no date",
        page="""
!m 明岫律师事务所　｜　劳动与公司法律服务
!m 首页 > 律师问答 > 劳动争议
!t 问：员工离职时用U盘拷走客户资料，公司能追责吗？（劳动法律师解答）
!m 解答律师：钟岫然　执业12年　｜　6 天前解答
{BODY}
!d 以上解答基于提问者所述情况，仅供参考，具体问题请携带材料面询。
!w 企业合规咨询请致电 0744-5188026，或添加律师助理微信 mxls_zhuli
!l 相关问答：竞业限制补偿金没按时给怎么办？　｜　员工泄露公司报价单要赔钱吗？
""",
        body="""
可以追责，但要看拷走的是什么、拷走后做了什么。
首先，如果公司与员工签订了保密协议，或者在规章制度中明确客户资料属于商业秘密，员工私自用U盘拷走客户资料，就违反了保密义务，公司可以要求其返还、删除，并按约定追究违约责任。
其次，如果员工把资料带到新单位使用，或者泄露给竞争对手，给公司造成损失的，公司可以依据反不正当竞争法要求赔偿；情节严重的，还可能涉嫌侵犯商业秘密罪。
建议公司平时就做好三件事：一是签订保密协议，二是限制办公电脑的U盘拷贝权限，三是员工离职时做好资料交接和电脑检查，并保留相关证据。
""",
    ),
    dict(
        slug="danxiang-community-notice-stb-home-visits",
        site="萏香社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://danxiang.example-shequ.cn/tzgg/20241119-45.html",
        title="关于为辖区高龄老人免费上门调试机顶盒的通知",
        record_title="居民办事 ▪ 关于为辖区高龄老人免费上门调试机顶盒的通知 - 萏香社区",
        date="2024-11-18",
        notes="residents' site: weather line, a grid worker's box and a property repair line beside the community's own 咨询电话; 扫描二维码预约 and 关注 a community account as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>居民办事 ▪ 关于为辖区高龄老人免费上门调试机顶盒的通知 - 萏香社区</title>
</head>
<body>
<div class="sq-top">⟦m 萏香社区居民之家⟧　<span>⟦m 萏湖区 小雨 6~11℃ 空气良⟧</span></div>
<nav>⟦m 社区首页　社区公告　办事指南　邻里活动　网格服务⟧</nav>
<div class="loc">⟦m 首页 › 社区公告⟧</div>
<div class="post">
<h2>{T}</h2>
<p class="m">⟦m 发布者：社区居委会　2024-11-19　浏览 690⟧</p>
<div class="c">
{BODY}
</div>
</div>
<div class="grid">⟦m 本片网格员：韩小芸　手机 139 7462 0815⟧</div>
<div class="wy">⟦m 物业24小时报修：0746-2231999⟧</div>
<div class="foot">⟦m 萏湖区萏香社区居民委员会　地址：萏香路66号⟧</div>
<script src="/js/weather-widget.js"></script>
</body>
</html>
""",
        date_also=["2024-11-19"],
        body="""
各位居民朋友：
近期，不少高龄老人反映家里电视“突然看不了”“遥控器不会用”。为解决老人看电视难题，社区联合区广电网络公司，于11月25日至12月6日为辖区80岁以上老人免费上门调试机顶盒。
一、服务内容：检查机顶盒和电视连线，恢复信号，设置常看频道，教会老人使用遥控器。
二、预约方式：居民可扫描社区公告栏上的二维码预约，也可以关注“萏香邻里”公众号在线预约，或直接打电话预约，子女可代为登记。
三、服务人员统一佩戴工作证，上门服务不收取任何费用，请老人不要轻信其他以调试为名的收费人员。
咨询电话：萏香社区居委会　0746-2231508。
萏香社区居民委员会
2024年11月18日
""",
    ),
    dict(
        slug="tangxi-community-pledge-ink-recycling",
        site="樘西社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.tangxi-sq.example.cn/news/20240422/118.html",
        title="废旧墨盒回收倡议书",
        date="2024-04-22",
        notes="title as the record gives it; residents' site text with a volunteer-signup prompt between paragraphs and a share bar",
        page="""
!m 樘西社区网　邻里一家亲
!m 首页　公告　活动　志愿　办事
{T}
!m 社区居委会　2024年4月22日　阅读 318
{BODY}
!l 分享到朋友圈　｜　分享给邻居
!l 上一则：樘西社区春季义诊通知　下一则：关于规范电动车停放的温馨提示
!m 樘西社区党群服务中心　值班电话 0744-5160203
""",
        body="""
辖区各单位、商户和居民朋友们：
墨盒、硒鼓是办公和家庭打印的常用耗材。废旧墨盒中残留的墨粉和墨水如果随意丢弃，会对环境造成污染。为此，樘西社区发出如下倡议：
一、分类投放。用完的墨盒、硒鼓请不要混入其他垃圾，投放到小区有害垃圾收集箱，或送到社区服务中心一楼的回收箱。
⟦a 想当回收志愿者？到社区服务中心一楼登记⟧
二、循环利用。辖区单位可与供货商约定空盒回收，鼓励使用经过认证的再生墨盒。
三、节约使用。打印前先预览，非正式文件采用双面打印、省墨模式，从源头减少墨盒消耗。
让我们从身边的小事做起，共同守护樘西的绿水蓝天。
樘西社区居民委员会
2024年4月22日
""",
    ),
]
