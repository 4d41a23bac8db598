"""holdout369, part D: a contract on a download site, personnel-exam sites, tender portals, law firms, residents' sites, associations. Invented text."""

CASES = [
    dict(
        slug="download-qiyue-contract-heating-tables-template",
        site="契约文本库 (invented download site)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qiyuewenben.example.com/hetong/caigou/6127.html",
        title="电暖桌采购合同（范本）",
        record_title="电暖桌采购合同（范本）〔留白待填·两页版〕免费下载 - 契约文本库",
        date=None,
        notes="contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; download-site file line, unzip and mirror lines; no date",
        page="""
!m 契约文本库 — 常用合同范本免费下
!m 首页 → 合同范本 → 买卖采购合同
{T}
!m 文件类型：DOCX　文件大小：19KB　整理：文本库编辑组　更新：5 天前
!a 【立即下载Word版】　【在线编辑后下载】
{BODY}
!a 下载不了？换一个通道：备用地址一 ｜ 备用地址二
!d 范本仅供参考，签约前请结合实际情况并咨询专业律师修改。
!l 同类范本：家具采购合同　｜　小家电批量采购合同　｜　办公设备采购合同
!m 契约文本库 qiyuewenben.example.com　粤ICP备19088302号
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：××家居用品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方向乙方采购电暖桌事宜订立本合同。
第一条　产品名称、型号和数量：电暖桌，型号＿＿＿＿，数量＿＿张，单价＿＿元，合同总价人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　质量要求：产品须具有3C认证标志，发热部件设有防护罩，并配有过热保护和倾倒断电装置。
第三条　交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　验收：甲方收货后＿＿日内验收，验收不合格的，乙方应在＿＿日内无偿更换。
第五条　质保期：自验收合格之日起＿＿个月，质保期内非人为损坏由乙方免费维修。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价的××%支付违约金。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿＿＿　乙方（盖章）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-yancheng-notice-adapter-practical-timetable",
        site="俨城市人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycrsks.example.cn/zyjn/2025/0611/1906.html",
        title="关于2025年第二批家用电子产品维修工职业技能等级认定实操考核有关事项的通知",
        record_title="【技能评价·上手考】关于2025年第二批家用电子产品维修工职业技能等级认定实操考核有关事项的通知_俨城市人事考试网",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="exam site: maintenance banner, admission-ticket float, technical-service line beside the notice's own 咨询电话; a timetable one row a paragraph; sentences about downloading and printing the admission ticket; posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【技能评价·上手考】关于2025年第二批家用电子产品维修工职业技能等级认定实操考核有关事项的通知_俨城市人事考试网</title>
<script src="/js/ks-main.js"></script>
</head>
<body>
<div class="ks-notice">⟦d 系统升级公告：本周六凌晨1:00—5:00报名系统暂停访问⟧</div>
<div class="ks-head">⟦m 俨城市人事考试网⟧ <span>⟦m 俨城市人事考试院 · 职业技能鉴定指导中心⟧</span></div>
<div class="ks-nav">⟦m 首页 ｜ 考试动态 ｜ 职业技能 ｜ 专业技术 ｜ 成绩查询 ｜ 证书查询⟧</div>
<div class="ks-loc">⟦m 您的位置：首页 ＞ 职业技能 ＞ 考务通知⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<p class="ks-info">⟦m 发布日期：2025-06-11　信息来源：鉴定指导中心　阅读次数：3350⟧</p>
<div class="ks-con">
{BODY}
</div>
<p class="ks-tools">⟦a 【打印正文】　【关闭本页】⟧</p>
</div>
<div class="ks-float">⟦a 准考证打印入口（6月16日开放）⟧</div>
<div class="ks-links">⟦l 相关链接：职业技能等级证书查询　｜　2025年职业技能等级认定计划⟧</div>
<div class="ks-foot">⟦m 网站技术服务：0575-86225999（仅受理网页故障）⟧<br>⟦m 俨城市人事考试院版权所有　浙ICP备10033218号⟧</div>
</body>
</html>
""",
        body="""
各位考生：
2025年第二批家用电子产品维修工（四级）职业技能等级认定实操考核将于6月21日至22日在俨城技师学院举行。现将有关事项通知如下：
一、考核安排
场次　日期　时间
第一场　6月21日　8:30—10:30
第二场　6月21日　14:00—16:00
第三场　6月22日　8:30—10:30
二、考核内容。本次实操考核的题目为“插头转换器的拆检与故障判断”，考生须在规定时间内完成外观检查、绝缘电阻测量和插套保持力检测，并填写检测记录。
三、准考证打印。考生请于6月16日至20日登录本网下载并打印准考证，按准考证上的场次参加考核。
四、考生须自带万用表一块，其余工具由考点提供。
咨询电话：0575-86225310（市职业技能鉴定指导中心）
俨城市职业技能鉴定指导中心
2025年6月10日
""",
    ),
    dict(
        slug="exam-yichuan-notice-computer-rooms-keyboard-brushes",
        site="挹川人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.yichuan.example.cn/kwdt/20250919/388.html",
        title="关于做好2025年下半年计算机化考试考点机房准备工作的通知",
        record_title="〖机考筹备〗关于做好2025年下半年计算机化考试考点机房准备工作的通知 - 挹川人事考试网",
        date="2025-09-19",
        notes="exam site text page: the notice's own contact beside the site's technical line; a download-the-form action glued after a sentence; 成文日期 under the signature",
        page="""
!m 挹川人事考试网
!m 挹川县人事考试中心主办
!m 首页 » 考务动态
{T}
!m 发布日期：2025-09-19　　来源：县人事考试中心　　访问量：207
{BODY}
!a 《考点机房准备情况确认表》下载 ↓
!l 上一篇：2025年下半年计算机化考试考点名单
!l 下一篇：关于做好考试安全保密工作的通知
!m 技术热线（仅限网页使用问题）：0578-52270000
!m 挹川县人事考试中心　地址：挹川县城关镇人民路102号
""",
        indent="\u3000\u3000",
        body="""
各考点单位：
2025年下半年，我县将承接职称计算机应用能力等4项计算机化考试。为确保考试顺利进行，现就考点机房准备工作通知如下：
一、设备检查。各考点须在考前5天完成全部考试机和备用机的开机测试，键盘、鼠标逐台试用，按键失灵的立即更换。
二、清洁消毒。考前2天对机房进行一次全面清洁，使用键盘刷清扫键盘缝隙，用75%酒精擦拭键盘、鼠标和桌面，清洁后机房封闭管理。
三、环境要求。机房照明应均匀，屏幕不得有明显反光；座位间距不小于80厘米。
四、人员配备。每个机房配备监考员2名、技术支持人员1名，技术人员须全程在岗。
请各考点于考前3天将《考点机房准备情况确认表》报县人事考试中心。⟦a 【点击下载确认表】⟧
联系人：严凤琪　电话：0578-52277031
挹川县人事考试中心
2025年9月19日
""",
    ),
    dict(
        slug="tender-yancheng-result-lightbars-lots-record-date",
        site="俨城公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.yancheng.example.cn/jyxx/zfcg/zbgg/20250708/00637.html",
        title="俨城市应急指挥中心值班席位照明改造（显示器挂灯）采购项目中标结果公告",
        record_title="【成交名单出炉】俨城市应急指挥中心值班席位照明改造（显示器挂灯）采购项目中标结果公告_政府采购_俨城公共资源交易网",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="tender portal: publicity countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; bid lots one row a paragraph; date in the record",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【成交名单出炉】俨城市应急指挥中心值班席位照明改造（显示器挂灯）采购项目中标结果公告_政府采购_俨城公共资源交易网</title>
</head>
<body>
<div class="jy-top">⟦m 俨城公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="jy-nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息⟧</div>
<div class="jy-path">⟦m 首页 » 交易信息 » 政府采购 » 中标公告⟧</div>
<div class="jy-detail">
<h3>{T}</h3>
<div class="jy-info">⟦m 发布时间：2025-07-08 10:05　信息来源：俨城衡信招标代理有限公司⟧</div>
<div class="jy-count">⟦m 公示剩余：0天23小时41分⟧</div>
<div class="jy-con">
{BODY}
</div>
<div class="jy-att">⟦a 📎 中标结果公告（盖章版）.pdf⟧</div>
</div>
<div class="jy-help">
<p>⟦m CA数字证书办理：0575-86280010⟧</p>
<p>⟦m 电子交易系统操作咨询：0575-86280020⟧</p>
</div>
<div class="jy-foot">⟦m 俨城市公共资源交易中心　主办⟧　⟦m 浙ICP备17050661号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：YCZC-2025-0637
二、项目名称：俨城市应急指挥中心值班席位照明改造（显示器挂灯）采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1包　俨城亮匣照明科技有限公司　38600.00
2包　挹川县明舍电器商行　12450.00
四、主要标的信息：显示器挂灯120台，含安装调试及两年质保。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：俨城市应急指挥中心　联系人：柏文涛　电话：0575-86201547
代理机构：俨城衡信招标代理有限公司　联系人：单佳　电话：0575-86238820
""",
    ),
    dict(
        slug="tender-zhuoshan-inquiry-glow-signs-items",
        site="倬山县政府采购网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhuoshan.example.cn/xjgg/2025/0819/2210.html",
        title="倬山县老旧小区夜光疏散标识贴采购询价公告",
        record_title="〔询价进行中〕倬山县老旧小区夜光疏散标识贴采购询价公告 - 倬山县政府采购网",
        date="2025-08-19",
        notes="tender text page: items table one row a paragraph, a sentence asking suppliers to download the inquiry file and send a scanned quote, the purchaser's contact and mailbox beside the platform hotline; 成文日期 under the signature",
        page="""
!m 倬山县政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
{T}
!m 发布时间：2025-08-19　　浏览次数：88
!m 报价截止倒计时：6 天 21 小时
{BODY}
!a 询价文件下载（需登录供应商账号）
!m 平台客服热线：0578-63300080（工作日 8:30-17:30）
!l 上一条：倬山县中小学课桌椅采购询价公告
!l 下一条：倬山县应急物资储备库货架采购结果公告
!m 倬山县财政局主办　技术支持：倬山县大数据中心
""",
        body="""
倬山县住房和城乡建设局就老旧小区夜光疏散标识贴采购项目进行询价，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　夜光台阶贴　2cm×100cm　8000条
2　夜光箭头贴　15cm×30cm　1500张
3　夜光安全出口贴　20cm×40cm　600张
二、技术要求：余辉亮度应符合消防安全标志相关标准，附检测报告；背胶须适用于水泥和瓷砖表面。
三、报价方式：供应商请于8月26日17时前下载询价文件，填写报价单，盖章后扫描发送至指定邮箱。
四、联系方式
采购人：倬山县住房和城乡建设局　联系人：蔺晓东　电话：0578-63312085
邮箱：zsjsj_cg@example.cn
倬山县住房和城乡建设局
2025年8月19日
""",
    ),
    dict(
        slug="lawfirm-chiping-answer-adapter-fire-rental",
        site="持平律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.chipinglaw.example.cn/anli/zulin/3318.html",
        title="租房时插头转换器起火烧坏家具，谁来赔？",
        record_title="租房时插头转换器起火烧坏家具，谁来赔？｜持平律所·租住纠纷答疑",
        date=None,
        notes="law-firm page: lawyer card, consult float, 400 line, repost notice; a disclaimer line between paragraphs; a question-and-answer article; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>租房时插头转换器起火烧坏家具，谁来赔？｜持平律所·租住纠纷答疑</title>
<link rel="stylesheet" href="/assets/cp.css">
</head>
<body>
<header class="cp-h">⟦m 持平律师事务所⟧ <span>⟦m 持法之平 · 守信之诚⟧</span> <a>⟦w 免费咨询 400-617-2280⟧</a></header>
<nav class="cp-n">⟦m 律所介绍 | 专业领域 | 律师团队 | 租住纠纷答疑 | 联系我们⟧</nav>
<div class="cp-main">
<article>
<h1>{T}</h1>
<p class="cp-meta">⟦m 栏目：租住纠纷答疑　｜　阅读 1406⟧</p>
<div class="cp-body">
{BODY}
</div>
<p class="cp-repost">⟦d 本文为持平律所原创普法内容，转载请注明出处并保留全文⟧</p>
</article>
<aside class="cp-card">
<p>⟦m 解答律师：钟以宁　执业证号 13306201911528604⟧</p>
<p>⟦m 擅长：房屋租赁、消费维权、人身损害赔偿⟧</p>
<p><a>⟦a 向钟律师提问⟧</a></p>
</aside>
</div>
<div class="cp-float">⟦w 在线律师 · 平均 3 分钟回复⟧</div>
<footer>⟦m 持平律师事务所　地址：俨城市勰湖区明镜路9号⟧　⟦m 浙ICP备20050917号⟧</footer>
</body>
</html>
""",
        body="""
问：我租住的房子里，房东留下的一个插头转换器在使用中起火，烧坏了房东的衣柜和我的笔记本电脑。房东要求我赔衣柜，我认为转换器是他的，应该由他赔我的电脑。到底谁该负责？
答：这类纠纷的关键，在于查明起火原因和各方的过错。
第一，如果转换器本身存在质量问题，比如没有3C认证、内部结构不合格，房东作为出租人提供了不安全的设施，对您的损失应承担相应责任；房东也可以再向销售者、生产者追偿。
第二，如果起火是因为使用不当，比如在转换器上长时间插接大功率电器、串接多个插线板，那么您作为使用人也有过错，需要对房东的衣柜承担相应的赔偿责任。
⟦d 以上分析基于提问者单方陈述，个案结论以证据和法院认定为准⟧
第三，双方都有过错的，按照过错大小分担损失。
建议您尽快保存好烧毁的转换器和现场照片，向消防部门申请出具火灾事故认定书，作为协商或诉讼的依据。
""",
    ),
    dict(
        slug="lawfirm-bingzhi-letter-heating-table-ads-record-title",
        site="秉直律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="http://www.bingzhilaw.example.com/wenshu/2025/1203.html",
        title="关于电暖桌广告宣传用语涉嫌虚假宣传的律师函",
        date="2025-12-03",
        notes="record title as is; law-firm document library page; a lawyer's letter with the lawyer line and a 成文日期 in Chinese numerals under the firm's name; consult line and repost notice",
        page="""
!m 秉直律师事务所
!m 首页 ／ 律所文书 ／ 律师函
{T}
!m 公开时间：2025-12-05　　经委托人同意公开（已隐去部分信息）
{BODY}
!w 如需律师代为起草函件，请致电 0575-86190800 预约
!d 本站公开文书仅供学习参考，未经许可不得转载、汇编
!l 更多文书：催告函（租金）　｜　商标侵权警告函　｜　解除合同通知书
!m 秉直律师事务所版权所有
""",
        date_also=["2025-12-05"],
        indent="\u3000\u3000",
        body="""
挹川县温居家电经营部：
秉直律师事务所接受俨城市消费者权益保护委员会的委托，指派本所律师就贵经营部电暖桌广告宣传事宜，郑重致函如下：
经委托人调查，贵经营部自2025年10月起，在门店海报和网络店铺页面上使用“零辐射”“永不起火”“比空调省电十倍”等用语宣传所售电暖桌。上述用语缺乏依据，可能使消费者对商品的安全性能产生误解，涉嫌违反《中华人民共和国广告法》和《中华人民共和国反不正当竞争法》的有关规定。
为此，本所律师要求贵经营部：
一、自收到本函之日起三日内，撤下上述海报，删除网络页面上的相关用语；
二、七日内将整改情况书面告知委托人。
如贵经营部逾期未予整改，委托人将依法向有关部门反映。
特此函告。
秉直律师事务所
律师：伍清和
二〇二五年十二月三日
""",
    ),
    dict(
        slug="community-xiyuan-notice-glow-handrails-qr",
        site="僖园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xiyuan.shequ.example.cn/tzgg/20251104-01.html",
        title="关于为辖区老旧楼栋免费张贴夜光扶手贴的通知",
        record_title="关于为辖区老旧楼栋免费张贴夜光扶手贴的通知 · 僖园社区 · 居务告示",
        date="2025-11-04",
        notes="residents' site: weather line, grid worker's box, property repair line beside the community's own duty phone; a sentence about scanning a code to register as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于为辖区老旧楼栋免费张贴夜光扶手贴的通知 · 僖园社区 · 居务告示</title>
</head>
<body>
<div class="sq-top">⟦m 僖园社区 · 邻里共同的家⟧ <span>⟦m 今天 晴 6～15℃ 东北风2级⟧</span></div>
<div class="sq-nav">⟦m 社区首页 · 居务告示 · 办事指引 · 邻里活动 · 志愿者之家⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布：社区居委会　浏览 612 次⟧</div>
<div class="sq-text">
{BODY}
</div>
</div>
<div class="sq-grid">
<p>⟦m 您的网格员：第三网格 柳春燕 13857160244⟧</p>
<p>⟦m 僖园物业报修：0575-86157000（24小时）⟧</p>
</div>
<div class="sq-more">⟦l 往期告示：冬季燃气安全入户检查安排 ｜ 1幢外墙修缮施工公告⟧</div>
<div class="sq-foot">⟦m 勰湖区僖园街道僖园社区居民委员会⟧　⟦m 地址：僖园小区19幢一楼⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为方便老年人夜间上下楼，社区联合辖区物业和共建单位，将为僖园小区1至18幢老旧楼栋的楼梯扶手和台阶免费张贴夜光贴。现将有关事项通知如下：
一、张贴时间：11月10日至11月21日，每天上午9点至11点半、下午2点至5点。
二、张贴内容：楼梯扶手起止端各贴一圈夜光环，每级台阶边缘贴一条夜光条，楼层转角贴楼层号。
三、施工期间请大家注意避让，刚贴好的夜光条24小时内请勿踩踏边缘、不要用湿拖把擦拭。
四、家中有高龄或行动不便老人、需要在家门口加贴夜光指示的，请扫描楼道公告栏上的二维码登记，或直接到社区服务站报名。
社区值班电话：0575-86157730
僖园社区居民委员会
2025年11月4日
""",
    ),
    dict(
        slug="community-gunhe-pledge-heating-tables-share",
        site="衮河社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gunhe.zhuoshan-shequ.example.cn/news/1120.html",
        title="冬季安全使用电暖桌倡议书",
        record_title="冬季安全使用电暖桌倡议书｜衮河社区·邻里公告板",
        date="2025-11-20",
        notes="residents' text page: a sentence asking residents to share the pledge as content; a volunteers' sign-up line between paragraphs; 成文日期 under the signature",
        page="""
!m 衮河社区 · 邻里公告板
!m 玤口镇衮河社区居民委员会
!m 当前：公告板 > 安全提示
{T}
!m 发布人：社区平安办　　点击：275
{BODY}
!l 上一则：社区冬季义诊安排
!l 下一则：12月份垃圾分类积分兑换日
!m 社区服务站电话：0578-63250066　　地址：衮河路28号
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
天气转冷，很多家庭又把电暖桌搬了出来。电暖桌暖和、方便，但如果使用不当，也容易引发火灾和烫伤。为了让大家温暖、安全地过冬，社区向全体居民发出如下倡议：
一、选购合格产品。认准3C标志，不买来路不明的便宜货；用了多年、外壳变形的旧桌子该换就换。
二、规范使用。电暖桌要单独插在墙上的插座上，不和其他电器共用插线板；桌下不放衣物、纸箱等可燃物，桌布不拖地。
三、人走断电。睡觉、出门前拔下插头，不要只关开关。
⟦w 愿意上门帮独居老人检查的志愿者，请找社区小汪报名：13605780913⟧
四、关爱老人和孩子。家里老人记性不好的，子女要多提醒；不要让小孩钻到桌子底下玩。
五、互相提醒。请大家把这份倡议分享到家庭群和楼栋群，看到邻居有不安全的用法，及时提醒一声。
让我们从身边做起，共同守护平安家园。
衮河社区居民委员会
2025年11月20日
""",
    ),
    dict(
        slug="association-lighting-minutes-lightbar-standard-vote",
        site="俨城市照明电器行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.yczmxh.example.org.cn/bzh/2025/0418/77.html",
        title="显示器挂灯团体标准起草工作会议纪要",
        record_title="〖团标起草纪实〗显示器挂灯团体标准起草工作会议纪要 · 俨城照明协会",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="association page: member-login row, member hotline, a join prompt; minutes' 时间/地点/主持/出席/记录 lines and a vote count; the date from the 时间 line, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖团标起草纪实〗显示器挂灯团体标准起草工作会议纪要 · 俨城照明协会</title>
</head>
<body>
<div class="xh-login">⟦a 会员单位登录⟧ ⟦a 忘记密码⟧ ⟦a 申请入会⟧</div>
<div class="xh-head">⟦m 俨城市照明电器行业协会⟧ ⟦m 服务 · 自律 · 协调 · 发展⟧</div>
<div class="xh-nav">⟦m 协会概况 ｜ 行业资讯 ｜ 标准化 ｜ 会员风采 ｜ 党建工作⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<p class="xh-meta">⟦m 发布：协会标准部　2025-04-18　阅读 264⟧</p>
<div class="xh-body">
{BODY}
</div>
<p class="xh-down">⟦a 下载：《显示器挂灯》团体标准征求意见稿（会员可见）⟧</p>
</div>
<div class="xh-side">⟦l 标准化动态：《护眼台灯》团标立项公示 ｜ 灯具能效分级研讨会召开⟧</div>
<div class="xh-foot">⟦m 会员服务专线：0575-86102288⟧<br>⟦m 俨城市照明电器行业协会　浙ICP备18004527号⟧</div>
</body>
</html>
""",
        body="""
时间：2025年4月16日上午9:30
地点：协会三楼会议室
主持：协会秘书长 乔安澜
出席：起草组成员单位代表11人
记录：协会标准部 温子骞
会议讨论了《显示器挂灯》团体标准征求意见稿，形成以下意见：
一、标准适用范围限定为挂装在显示器上沿、供桌面局部照明的灯具，不含台灯和落地灯。
二、增加“屏幕反光”检测项目，由检测所牵头在5月底前拿出试验方法。
三、频闪指标按无危害类要求执行，色温标称值的允许偏差维持原稿。
四、关于夹具承重是否列为必检项目，出席11人，同意9人，反对1人，弃权1人，决定列为必检项目。
会议要求起草组6月15日前形成送审稿。
""",
    ),
    dict(
        slug="association-appliances-pledge-plug-adapters",
        site="俨城市家用电器商会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.ycjdsh.example.org/shdt/20250529.html",
        title="关于规范插头转换器销售行为的倡议书",
        record_title="【商会第7号倡议】关于规范插头转换器销售行为的倡议书 - 俨城家电商会",
        date="2025-05-28",
        notes="association text page: a members' hotline and a join-the-chamber line; the chamber's name is also the signature (matched as head); 成文日期 in Chinese numerals under the signature, the posting date also accepted",
        page="""
!m 俨城市家用电器商会
!m 商会首页 > 商会动态 > 自律倡议
{T}
!m 发布于：2025年5月29日　　阅读：193
{BODY}
!w 非会员企业入会咨询：秘书处 0575-86174450
!l 相关：商会2025年一季度会员自查情况通报
!m 俨城家电商会网站　会员服务热线：0575-86174400
""",
        date_also=["2025-05-29"],
        indent="\u3000\u3000",
        body="""
全市各会员单位：
近年来，插头转换器因价格低、用途广，在我市超市、五金店和网店销量很大，但市场上也混杂着不少无3C认证、标识不全、插套松动的劣质产品。今年以来，市场监管部门的抽查结果显示，转换器不合格率仍然偏高。为维护消费者权益和行业信誉，商会向全体会员单位倡议：
一、守住进货关。只从有资质的生产企业进货，索要并保存3C证书和检验报告。
二、守住标识关。在售产品须标明额定电压、额定电流和最大功率，中文说明书齐全。
三、守住宣传关。不使用“万能”“永不发热”等夸大用语。
四、守住售后关。对消费者反映的发热、松动问题，及时退换，并向商会报告。
商会将每季度组织一次会员单位自查互查，结果在会员大会上通报。
俨城市家用电器商会
二〇二五年五月二十八日
""",
    ),
]
