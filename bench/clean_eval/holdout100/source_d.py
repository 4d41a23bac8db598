"""holdout100, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站 (two each).
Invented: a fox-farm biosecurity rule, snow-festival volunteers, a landscaping centre's
and a CDC's recruitment, house-number plates and mulch balers tendered, law firms on
elephant damage and mahogany sales, residents' pages on tree pruning and children's teeth."""

CASES = [
    dict(
        slug="download-ruanjian-fox-farm-rules-oldtable",
        site="绿野资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.lvye-down.example.com/soft/zhidu/20251012/31877.html",
        title="狐貉养殖场生物安全管理制度",
        record_title="狐貉养殖场生物安全管理制度.doc免费下载_绿野资料下载站",
        date=None,
        notes="old table layout of a download station: file-info table, three mirror links, a dead-link report, virus-scan notice; rules whose articles speak of 扫码/打印 kept; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>狐貉养殖场生物安全管理制度.doc免费下载_绿野资料下载站</title></head>
<body>
<table width="980"><tr><td>⟦m 绿野资料下载站⟧</td><td>⟦m 办公资料｜规章制度｜合同范本｜表格模板⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 规章制度 → 养殖管理⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：狐貉养殖场生物安全管理制度.doc⟧</td><td>⟦m 资料大小：56 KB⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 更新时间：2025-10-12 08:31:55⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 下载次数：本月 117 次⟧</td></tr>
</table>
<h3>⟦t 狐貉养殖场生物安全管理制度⟧</h3>
<table width="980"><tr><td>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 下载地址一：电信下载⟧</td><td>⟦a 下载地址二：联通下载⟧</td><td>⟦a 下载地址三：本地高速下载⟧</td></tr></table>
<table width="980"><tr><td>⟦a 链接失效？点此报告错误⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料均经杀毒软件检测，请放心下载；资料仅供学习参考⟧</td></tr>
<tr><td>⟦m Copyright 2008-2025 lvye-down.example.com 备案号：苏ICP备08027716号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为防止动物疫病传入和扩散，保障养殖场生产安全，制定本制度。
第二条　养殖场实行封闭管理，场区入口设置消毒池和消毒室，外来人员和车辆未经批准不得进入生产区。
第三条　经批准进场的人员须在入口扫码登记，更换工作服和胶靴，经消毒后方可进入。
第四条　引进种狐、种貉须来自无疫区，并持有动物检疫合格证明，进场后隔离观察三十天。
第五条　饲料原料须来源可靠，禁止使用来源不明或病死动物的肉类饲料。
第六条　防疫员每日打印巡查记录表，记录动物采食、粪便和精神状况，发现异常立即报告场长。
第七条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="download-volunteer-snow-festival-wrapped-pages",
        site="资料宝下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.ziliaobao.example.cn/down/72215.html",
        title="桦岭县冰雪节志愿者招募培训方案",
        record_title="桦岭县冰雪节志愿者招募培训方案 Word版",
        date="2025-12-01",
        notes="download-station text page: wrapped at 64 columns, page markers ▎Pn glued at line starts; points-to-download prompt; date under the signature",
        wrap=64,
        indent="　　",
        pages=dict(fmt="▎P{n}", every=180, start=2, glue=True),
        page="""
!m 资料宝下载 | 免费办公资料
!m 分类：方案策划　大小：24KB　评分：★★★★☆
!t 桦岭县冰雪节志愿者招募培训方案 Word版
{BODY}
!a 本资料需 5 积分，签到可免费领取积分
!l 猜你喜欢：冰雪运动进校园方案　景区志愿服务制度
""",
        body="""
为做好第七届冰雪节志愿服务工作，展示桦岭热情好客的良好形象，制定本方案。
一、招募对象。年满十八周岁、身体健康的在校大学生、机关干部和社会各界热心人士，计划招募志愿者二百名。
二、服务岗位。设引导咨询、秩序维护、医疗辅助、语言翻译和后勤保障五类岗位，每班工作不超过四小时。
三、培训内容。包括冰雪节概况、礼仪接待、应急处置和防冻保暖常识，培训合格后颁发志愿者证。
四、保障措施。为志愿者统一购买意外伤害保险，配发防寒服、手套和暖贴，每日提供热餐。
共青团桦岭县委员会
2025年12月1日
""",
    ),
    dict(
        slug="exam-rensheng-landscaping-interview-html",
        site="篁城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hcrsks.example.gov.cn/ksxx/sydw/202508/t20250822_1160.html",
        title="篁城县园林绿化服务中心2025年公开招聘工作人员面试公告",
        record_title="【面试公告】篁城县园林绿化服务中心2025年公开招聘工作人员面试公告",
        date="2025-08-22",
        notes="exam site: technical-support line of the site beside the exam's own 政策咨询 line; an interviewee table; a sentence telling candidates to 下载打印 the 面试通知书 kept; login box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【面试公告】篁城县园林绿化服务中心2025年公开招聘工作人员面试公告</title></head>
<body>
<div class="head">⟦m 篁城县人事考试网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="login">⟦a 考生登录　找回密码　准考证打印入口⟧</div>
<nav>⟦m 首页 考试信息 报名入口 成绩查询 政策法规⟧</nav>
<div class="pos">⟦m 首页 &gt; 考试信息 &gt; 事业单位⟧</div>
<h1>{T}</h1>
<div class="ly">⟦m 发布日期：2025-08-22　来源：县人力资源和社会保障局⟧</div>
<div class="zw">
{BODY}
</div>
<div class="help">⟦m 网站技术支持：0871-64123000（仅解答网站使用问题）⟧</div>
<footer>⟦d 本网站发布的考试信息以正式公告为准⟧ ⟦m 篁城县人事考试中心　滇ICP备15003311号⟧</footer>
</body></html>
""",
        body="""
根据《篁城县园林绿化服务中心2025年公开招聘工作人员公告》，现将面试有关事项公告如下：
一、面试人员名单
岗位代码　姓名　准考证号　笔试成绩
2501　方晓宁　25010103　76.5
2501　祁文博　25010117　74.0
2502　夏一鸣　25010209　71.5
二、资格复审
资格复审时间为8月28日上午9时，地点为县人力资源和社会保障局三楼会议室，考生须携带身份证、毕业证、学位证原件及复印件。
三、面试时间和方式
面试定于8月30日举行，采取结构化面试方式，满分100分。请考生于8月27日后登录本网下载打印面试通知书。
四、政策咨询电话：0871-64120517
篁城县人力资源和社会保障局
2025年8月22日
""",
    ),
    dict(
        slug="exam-cdc-plague-monitor-recruit-text",
        site="楮山人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.chushan.example.cn/info/2025/0318/881.html",
        title="楮山县疾病预防控制中心2025年招聘鼠疫监测技术人员公告",
        record_title="楮山县疾病预防控制中心2025年招聘鼠疫监测技术人员公告",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="exam text page with record date: a positions table and numbered conditions; the CDC's own e-mail and phone beside the site's technical line; an 'official WeChat' follow prompt",
        page="""
!m 楮山人事考试信息网 — 事业单位招聘
!m 首页 > 招聘公告
{T}
!m 发布于 2025年3月18日　阅读 3310
{BODY}
!w 关注“楮山人考”公众号，第一时间获取招考信息
!m 技术咨询：0311-87766500　网站维护：楮山县人事考试中心
""",
        body="""
因工作需要，楮山县疾病预防控制中心面向社会公开招聘鼠疫监测技术人员，现将有关事项公告如下。
一、招聘岗位
岗位　人数　专业　学历
监测技术员　2　预防医学、微生物学　本科及以上
检验技术员　1　医学检验技术　大专及以上
二、报名条件
1. 年龄在35周岁以下；
2. 身体健康，能适应长期野外工作；
3. 持有C1及以上驾驶证者优先。
三、报名方式
请于3月20日至3月31日将报名表、学历证书扫描件发送至 cskjrs@example.cn，邮件主题注明“岗位+姓名”。
咨询电话：县疾控中心办公室 0311-87721564
楮山县疾病预防控制中心
2025年3月18日
""",
    ),
    dict(
        slug="tender-nanheng-doorplate-award-html",
        site="蘅阳市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.hengyang.example.gov.cn/jyxx/zfcg/zbgg/20250722/18840.html",
        title="南衡区城区门牌制作安装项目中标结果公告",
        record_title="【结果公告】南衡区城区门牌制作安装项目中标结果公告",
        date="2025-07-22",
        notes="tender platform: CA hotline of the platform beside the buyer's and agency's own contacts; bid result table; 公告期限 line; a 'subscribe' button",
        page="""
<html><head><meta charset="utf-8"><title>【结果公告】南衡区城区门牌制作安装项目中标结果公告</title></head>
<body>
<div class="hd">⟦m 蘅阳市公共资源交易平台⟧ ⟦a 主体注册 | CA办理 | 登录⟧</div>
<div class="nav">⟦m 交易信息 › 政府采购 › 中标公告⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 信息来源：南衡区政府采购中心　发布时间：2025-07-22 17:05⟧ ⟦a 订阅此类公告⟧</div>
<div class="ggnr">
{BODY}
</div>
<div class="ca">⟦m CA证书服务热线：400-0731-880⟧</div>
<div class="fb">⟦m 平台运维：蘅阳市公共资源交易中心　湘ICP备17004420号-1⟧</div>
</body></html>
""",
        body="""
一、项目编号：NHCG-2025-0617
二、项目名称：南衡区城区门牌制作安装项目
三、中标信息
供应商名称　中标金额（元）　服务期限
蘅阳市标识制作有限公司　1,286,400.00　150日历天
四、主要标的信息：铝合金反光门牌二万三千块、楼栋牌一千六百块，含现场安装及旧牌拆除。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：南衡区民政局，联系人：彭先生，电话：0734-8806203
采购代理机构：蘅阳正衡招标咨询有限公司，联系人：汤女士，电话：0734-8227716
""",
    ),
    dict(
        slug="tender-zhiwan-mulch-baler-negotiation-text",
        site="芷湾县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhiwan.example.gov.cn/cgxx/2025/0410/3308.htm",
        title="芷湾县废旧地膜回收打包设备采购项目竞争性谈判公告",
        record_title="芷湾县废旧地膜回收打包设备采购项目竞争性谈判公告_采购公告_芷湾县政府采购网",
        date="2025-04-10",
        notes="procurement text page: _column_site record title; bidding-document download is part of the notice; buyer contact beside the site's CA line; equipment table",
        page="""
!m 芷湾县政府采购网 >> 采购公告
{T}
!m 【发布时间：2025-04-10】【浏览次数：407】【字体：大 中 小】
{BODY}
!l 同类公告：县农业农村局植保无人机采购公告
!m CA锁办理及技术服务：400-887-6500
""",
        body="""
芷湾县农业农村局委托县政府采购中心，就废旧地膜回收打包设备采购项目进行竞争性谈判采购，欢迎符合资格条件的供应商参加。
一、项目编号：ZWCG-2025-031
二、采购内容
设备名称　数量　预算单价（万元）
液压打包机　6台　4.8
残膜清洗破碎机　1台　26.0
三、供应商资格要求：具有独立承担民事责任的能力，具有良好的商业信誉和健全的财务会计制度。
四、获取谈判文件：请于4月11日至4月17日登录本网下载谈判文件。
五、联系方式：县农业农村局 马先生 0736-7219005；县政府采购中心 冯女士 0736-7213318
""",
    ),
    dict(
        slug="lawfirm-dianyuan-elephant-compensation-html",
        site="滇源律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="html",
        source="https://www.dianyuanlaw.example.com/guandian/2025/0916.html",
        title="野生亚洲象造成损失，村民该如何获得补偿？",
        record_title="法律视点丨野生亚洲象造成损失，村民该如何获得补偿？",
        date="2025-09-16",
        notes="law-firm article: lawyer card, free-consult box with a WeChat of the firm, a 'not legal advice' notice; 发布时间 the date; numbered steps kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律视点丨野生亚洲象造成损失，村民该如何获得补偿？ - 滇源律师事务所</title></head>
<body>
<header>⟦m 滇源律师事务所⟧ ⟦m DIANYUAN LAW FIRM⟧ <nav>⟦m 首页 律所介绍 专业领域 律师团队 法律视点 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 - 法律视点⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 作者：刀建华 律师　发布时间：2025-09-16⟧</div>
<div class="article">
{BODY}
</div>
<div class="disclaimer">⟦d 本文仅为一般性法律信息，不构成对具体案件的法律意见⟧</div>
<div class="consult">⟦w 免费法律咨询：添加律所微信 dylaw_kf，工作日30分钟内回复⟧</div>
<div class="lawyer">⟦m 刀建华　合伙人律师　擅长：行政赔偿、农村土地纠纷⟧</div>
<footer>⟦m 地址：麓川县勐龙路18号　电话：0879-8801660⟧ ⟦d ©滇源律师事务所 版权所有⟧</footer>
</body></html>
""",
        body="""
近年来，亚洲象北移南归的新闻常常引起关注。对于生活在象群活动区域的村民来说，庄稼被吃、房屋被毁是实实在在的损失。那么，遭受损失后该怎么办？
首先，亚洲象属于国家一级保护野生动物，根据野生动物保护法的规定，因保护野生动物造成人员伤亡、农作物或者其他财产损失的，由当地人民政府给予补偿。
其次，很多地方已经为野生动物肇事购买了公众责任保险，由保险公司负责理赔，程序上比申请政府补偿更快。
村民遭受损失后，可以按以下步骤处理：
1. 保护现场，及时拍照、录像，不要私自驱赶或伤害大象；
2. 在规定时间内向村委会或乡镇林业站报告；
3. 配合工作人员和保险公司查勘定损；
4. 对补偿结果有异议的，可以申请复核，也可以依法申请行政复议或提起诉讼。
最后提醒，任何情况下都不能以投毒、设置陷阱等方式报复大象，否则将承担刑事责任。
""",
    ),
    dict(
        slug="lawfirm-mahogany-sale-dispute-lecture-text",
        site="衡信律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.hengxinlaw.example.cn/jiangtang/62.html",
        title="红木家具买卖纠纷的常见类型与防范——在家具行业协会法律讲座上的讲稿",
        record_title="普法讲堂｜红木家具买卖纠纷的常见类型与防范",
        date="2025-05-23",
        notes="law-firm lecture: the full title on the page is longer than the record's decorated one; date under the title (neutral); lawyer line; the firm's 400 line and WeChat prompt",
        title_also=["红木家具买卖纠纷的常见类型与防范"],
        page="""
!m 衡信律师事务所 · 普法讲堂
{T}
（2025年5月23日）
衡信律师事务所律师　梁世钧
{BODY}
!w 遇到家具消费纠纷？拨打律所热线 400-600-7132，律师在线为您解答
!l 上一讲：装修合同中的增项费用怎么算
!l 下一讲：网购家具退换货的那些事
!d 讲稿由律所整理，仅供学习交流，不作为办案依据
""",
        body="""
各位会员单位的朋友：
今天我结合近三年我所代理的案件，和大家聊一聊红木家具买卖中常见的纠纷。
第一类是材质纠纷。有的商家把“花梨木”和“非洲花梨”混着说，消费者以为买的是名贵树种，实际是普通红木，这类纠纷最多。
第二类是含水率和开裂纠纷。家具送到北方，半年后开裂变形，买卖双方往往争执是质量问题还是使用问题。
第三类是定制家具的交付纠纷，包括工期延误、尺寸不符、图样与实物差别较大等。
防范这些纠纷，关键是三点：一是合同中写明具体树种的中文名和拉丁学名；二是约定含水率标准和开裂的处理方式；三是定制家具要附图样，并由双方签字确认。
希望各位会员单位诚信经营，少一些纠纷，多一些回头客。
""",
    ),
    dict(
        slug="community-lanxi-tree-pruning-car-notice-html",
        site="澜溪花园业主之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lanxihuayuan.example.com/notice/2025/1108.html",
        title="关于小区行道树冬季修剪期间临时挪车的温馨提示",
        record_title="【物业通知】关于小区行道树冬季修剪期间临时挪车的温馨提示",
        date="2025-11-08",
        notes="residents' site: property-service hotline beside the notice's own contact; a repair-report button, neighbour comments; the schedule table kept",
        page="""
<html><head><meta charset="utf-8"><title>【物业通知】关于小区行道树冬季修剪期间临时挪车的温馨提示</title></head>
<body>
<div class="top">⟦m 澜溪花园业主之家⟧ ⟦m 邻里互助 · 温馨家园⟧</div>
<div class="menu">⟦m 首页 | 物业公告 | 邻里圈 | 二手闲置 | 报事报修⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 澜溪花园物业服务中心　2025-11-08　已读 1376⟧</div>
{BODY}
<div class="btns">⟦a 一键报修⟧ ⟦a 我要投诉⟧</div>
<div class="cmt"><p>⟦l 3栋 王阿姨：修剪完记得把落叶扫干净哦⟧</p><p>⟦l 7栋业主：收到，周二挪车⟧</p></div>
<div class="ft">⟦m 物业24小时值班电话：0592-6688520⟧</div>
</body></html>
""",
        body="""
尊敬的各位业主：
为保障冬季行车和行人安全，物业服务中心定于11月11日至11月14日对小区主干道两侧行道树进行修剪，具体安排如下：
日期　路段
11月11日　1—4栋南侧道路
11月12日　5—8栋南侧道路
11月13日　9—12栋及会所周边
11月14日　东门至南门环路
请停放在上述路段的车主于当日7:30前将车辆挪至地下车库或临时停车区，因未及时挪车造成车辆损伤的，物业不承担责任。
作业期间请绕行，照看好老人和小孩，不要在作业区下方停留。
联系人：绿化主管 林师傅 15859201176
澜溪花园物业服务中心
2025年11月8日
""",
    ),
    dict(
        slug="community-heping-kids-teeth-check-text",
        site="和平街道社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://heping.sqfw.example.cn/huodong/2025-05-26-31.html",
        title="“小牙齿 大健康”社区儿童免费口腔检查活动报名通知",
        record_title="“小牙齿 大健康”社区儿童免费口腔检查活动报名通知",
        date="2025-05-26",
        notes="community text page: a grid worker's mobile beside the community's service line; a sentence asking parents to 扫码 register kept; an activity-photo caption line; share row",
        page="""
!m 和平街道社区服务网 ▸ 社区活动
{T}
!m 发布：桃源社区居委会　2025年5月26日　点击：188
{BODY}
!l 分享到：微信好友　朋友圈　复制链接
!m 社区便民服务电话：0595-22867100（工作日）
""",
        body="""
各位家长：
为帮助孩子养成良好的口腔卫生习惯，桃源社区联合社区卫生服务站、区口腔医院，将于6月1日上午开展儿童免费口腔检查活动。
一、对象：辖区内3至12周岁儿童。
二、时间地点：6月1日上午9:00—11:30，社区党群服务中心一楼。
三、项目：口腔检查、涂氟、窝沟封闭评估、刷牙方法指导。
四、报名方式：请家长扫描社区宣传栏上的二维码报名，名额150个，报满即止。
⟦m （活动现场图片将在活动结束后发布）⟧
咨询：网格员 陈晓梅 13960852214
桃源社区居民委员会
2025年5月26日
""",
    ),
]
