"""holdout218, part D: a county forum, download stations, personnel-exam sites, tender portals, law
firms and a residents' site. Every case written by hand; invented places, people, sites and
chrome wording."""

CASES = [
    dict(
        slug="cityforum-fangshan-aircon-drip-junk",
        site="昉山论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.fangshanbbs.com/thread-90817-1-1.html",
        title="空调外机天天往我家窗台滴水，协商无果怎么办",
        record_title="[邻里纠纷] 空调外机天天往我家窗台滴水，协商无果怎么办 - 有事说事 - 昉山论坛",
        date=None,
        notes="county forum text with junk lines and junk glued after 。; a medal line and a weather line; '4 天前' is no date",
        page="""
!m 昉山论坛　今天 晴转多云 21～33℃
!m 昉山论坛 » 有事说事 » 查看帖子
!t [邻里纠纷] 空调外机天天往我家窗台滴水，协商无果怎么办
!m 作者：二楼的老黄　　4 天前　　勋章：热心邻居
{BODY}
!l 回复：物业的事找物业，不行就打12345
!l 回复：让他家接根冷凝水管就解决了
!a 游客请先登录再参与讨论
!m 昉山论坛 fangshanbbs.com　客服 QQ群 61830029
""",
        junk=dict(lines=2, glued=2),
        body="""
我住在昉山县城滨河小区一楼，楼上二楼那家的空调外机装在我家厨房窗户正上方，一开空调冷凝水就滴答滴答往下掉，正好打在我家窗台的铁皮雨棚上。
白天还好，晚上声音特别大，吵得老人睡不着。窗台下面的墙皮也被泡得起皮发霉了。
我上楼找过两次，对方说空调是房东装的，他只是租户，让我找房东。房东电话打了也不接。又找了物业，物业来看了一眼，说会去沟通，到现在一个多星期了也没下文。
想问问大家，遇到这种情况该找哪个部门？能不能要求他们加装冷凝水管？
""",
    ),
    dict(
        slug="download-guichuan-copier-safety-rules-gb2312",
        site="晷川文档下载站 (invented, old ASP file station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.gcdown.net/soft/42281.html",
        title="复印机安全操作规程",
        record_title="复印机安全操作规程〖doc格式·可直接打印〗- 晷川文档下载站",
        date=None,
        notes="old table layout of a download station: file-info table, three download links, a dead-link report, an unzip password and a floating ad; numbered articles that speak of 打印/复印 as content; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>复印机安全操作规程〖doc格式·可直接打印〗- 晷川文档下载站</title></head>
<body>
<table width="950" align="center" cellpadding="0" cellspacing="0"><tr>
<td>⟦m 晷川文档下载站⟧</td><td>⟦m 实用文档　一站搞定⟧</td><td>⟦a 加入收藏　设为首页⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 首页 | 规章制度 | 操作规程 | 合同协议 | 表格模板 | 排行榜⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：首页 → 操作规程 → 办公设备⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#AACCEE">
<tr><td colspan="2"><h1>⟦t 复印机安全操作规程〖doc格式·可直接打印〗⟧</h1></td></tr>
<tr><td>⟦m 文档大小：26KB⟧</td><td>⟦m 文件类型：Word文稿⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-27⟧</td><td>⟦m 下载次数：1936⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 解压密码：www.gcdown.net⟧</td></tr>
<tr><td colspan="2">⟦a 电信下载1　联通下载2　备用地址3⟧</td></tr>
<tr><td colspan="2">⟦a 下载地址失效了？点此报告死链⟧</td></tr>
<tr><td colspan="2"><b>⟦m 内容预览：⟧</b></td></tr>
<tr><td colspan="2"><b>{T}</b>
{BODY}
</td></tr></table>
<div id="fad" style="position:fixed;bottom:0;right:0">⟦w 各类制度规程代写，三天交稿，QQ 1503228849⟧</div>
<table width="950" align="center"><tr><td>⟦d 本站资源均收集于网络，只供交流学习，请于下载后24小时内删除。⟧</td></tr>
<tr><td>⟦m Copyright 2008-2025 gcdown.net　湘ICP备08112037号⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦l 本类下载排行：1.灭火器检查记录表 2.配电室管理制度 3.电梯安全操作规程⟧</td></tr></table>
<script language="javascript" src="/js/fad.js"></script>
</body></html>
""",
        p_html="<br>{}",
        body="""
一、复印机应放置在通风、干燥、平稳的地方，远离水源和热源，机身四周留出不少于30厘米的散热空间。
二、开机前检查电源线和插头是否完好，严禁用湿手插拔电源。
三、复印、打印时不得打开机器前门或侧盖；卡纸时应先关机断电，待定影器冷却后再按机器提示取出纸张。
四、不得复印、打印涉密文件，确需复印的，须到指定的涉密设备上操作并登记。
五、更换墨粉盒时应戴手套，防止墨粉洒落，废旧墨粉盒交由办公室统一回收处理。
六、连续复印时间较长时，应让机器间歇休息，防止过热。
七、下班前关闭复印机电源，节假日前切断总电源。
""",
    ),
    dict(
        slug="download-wendangbao-walk-plan-doc-filename",
        site="文档宝下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wdbxz.com/down/fangan/50113.html",
        title="晗江区2025年职工健步走活动实施方案",
        record_title="晗江区2025年职工健步走活动实施方案.doc",
        date="2025-03-28",
        notes="download station text: file info and mirror links above, a members-only download line between paragraphs; 成文日期 under the signature; the station's update stamp is no date",
        page="""
!m 文档宝下载 — 海量办公文档免费下
!m 文件名称：晗江区2025年职工健步走活动实施方案.doc
!m 文件大小：41KB　　更新：2025-04-02　　下载次数：577
!a 本地高速下载　　网盘下载　　迅雷下载
!m 文档预览：
{T}
{BODY}
!a 下载不了？加站长微信反馈
!d 本站仅提供存储空间，文档版权归原作者所有。
""",
        indent="\u3000\u3000",
        body="""
为倡导健康生活方式，增强职工体质，区总工会决定在全区开展2025年职工健步走活动，特制定本方案。
一、活动时间
2025年4月15日至10月15日。
二、参加对象
全区机关、企事业单位在职职工，以单位工会为单位组队报名，每队10至20人。
⟦a 【VIP专区】开通会员可批量打包下载同类方案⟧
三、活动方式
各参赛队员佩戴区总工会统一发放的计步器，每天步数自动上传至“晗江职工”平台。每人每天有效步数上限为两万步，超过部分不计入成绩。
四、奖励办法
活动结束后，按团队人均步数评选优秀团队10个，按个人累计步数评选“健步达人”50名。对使用摇步器等方式刷步数的，一经查实取消成绩。
晗江区总工会
2025年3月28日
""",
    ),
    dict(
        slug="exam-xuanzhou-notice-no-watch-clock-ticket",
        site="晅州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xzrsks.cn/kwgg/2025/1021/3390.html",
        title="关于笔试考场统一配置时钟、考生不得佩戴手表入场的公告",
        record_title="【考务提示】关于笔试考场统一配置时钟、考生不得佩戴手表入场的公告 - 晅州人事考试网",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the exam office's 考务咨询电话 beside the site's technical line; 下载/打印 准考证 as content; the signature date expected, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【考务提示】关于笔试考场统一配置时钟、考生不得佩戴手表入场的公告 - 晅州人事考试网</title></head>
<body>
<div class="warn">⟦d 系统升级提示：10月25日0时至6时报名系统暂停服务，给您带来不便敬请谅解⟧</div>
<div class="head">⟦m 晅州人事考试网⟧ ⟦m 晅州市人事考试院主办⟧</div>
<div class="nav">⟦m 首页 · 考试动态 · 考务公告 · 成绩查询 · 证书办理 · 政策法规⟧</div>
<div class="loc">⟦m 当前位置：首页 ＞ 考务公告⟧</div>
<div class="main">
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-10-21　来源：考务科　阅读次数：15842⟧</p>
<div class="text">
{BODY}
</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口 ›⟧</div>
<div class="foot">⟦m 网站技术咨询：0731-8267710（仅受理网站使用问题）⟧<br>⟦m 晅州市人事考试院　湘ICP备15008846号⟧</div>
<div class="side"><h4>⟦l 考试日历⟧</h4><p>⟦l 11月2日　事业单位公开招聘笔试⟧</p><p>⟦l 11月16日　职称外语水平测试⟧</p></div>
<script src="/js/float.js"></script>
</body></html>
""",
        body="""
各位考生：
晅州市2025年度事业单位公开招聘笔试定于11月2日举行。为维护考场秩序，现就考场计时有关事项公告如下：
一、本次笔试每个考场前方均统一配置标准时钟，监考人员在考试开始后和结束前15分钟分别提醒剩余时间。
二、考生不得佩戴任何手表进入考场，包括智能手表、电子表和普通指针式手表。已携带的，须在进入考场前存放在考点指定的物品存放处。
三、请考生于10月28日至11月1日登录本网站下载并打印准考证，凭准考证和有效身份证件参加考试。
考务咨询电话：0731-8267325（工作日9:00-17:00）。
晅州市人事考试院
2025年10月20日
""",
    ),
    dict(
        slug="exam-zeyang-review-copy-service-record",
        site="昃阳县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.zeyang.gov.cn/zgfs/2025/0603/517.html",
        title="关于资格复审现场提供复印服务及材料要求的通知",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="record title and date as is; a personnel-exam text page with a floating consult line; a numbered list of materials; 复印 as content",
        page="""
!m 昃阳县人事考试信息网
!m 首页 ＞ 资格复审
{T}
!m 时间：2025-06-03 17:20　　点击：3318
!w 报考疑问？在线客服 9:00-17:00 为您解答
{BODY}
!l 上一条：2025年昃阳县教师招聘笔试成绩公布
!m 主办单位：昃阳县人力资源和社会保障局
""",
        body="""
各位考生：
2025年昃阳县事业单位公开招聘资格复审定于6月7日在县人社局一楼大厅进行。现将有关事项通知如下：
一、考生须携带以下材料原件及复印件各一份：
1. 居民身份证；
2. 毕业证、学位证；
3. 报名时要求的其他证明材料。
二、为方便考生，复审现场设有两台复印机，由工作人员免费为考生复印，请考生自带的复印件按上述顺序排列整齐。
三、考生本人因故不能到场的，可委托他人代为复审，须提供委托书及双方身份证复印件。
昃阳县人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="tender-guichuan-aircon-bid-result-lots",
        site="晷川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.guichuan.gov.cn/jyxx/zfcg/zbgg/202508/t20250805_7720.html",
        title="晷川县第一中学教室空调采购项目中标结果公告",
        record_title="【成交揭榜】晷川县第一中学教室空调采购项目中标结果公告｜晷川县公共资源交易中心",
        date="2025-08-05",
        notes="tender portal: a countdown to the next opening, a CA hotline and a trading-system line beside the purchaser's and agency's own contacts; a bid-lot table; 下载 as content; the announcement's date at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【成交揭榜】晷川县第一中学教室空调采购项目中标结果公告｜晷川县公共资源交易中心</title></head>
<body>
<div class="top">⟦m 晷川县公共资源交易中心⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 数字证书办理⟧</a></div>
<div class="nav">⟦m 首页 | 交易信息 | 政府采购 | 工程建设 | 政策法规 | 服务指南⟧</div>
<div class="countdown">⟦m 距下一场开标还有 02 天 14 时 37 分⟧</div>
<div class="loc">⟦m 交易信息 > 政府采购 > 中标（成交）结果公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="info">⟦m 信息来源：晷川县公共资源交易中心　　发布时间：2025-08-05 16:40⟧</div>
<div class="con">
{BODY}
</div>
</div>
<div class="help">⟦m CA锁办理及技术服务热线：400-711-6655⟧<br>⟦m 电子交易系统运维：0739-5266018⟧</div>
<div class="foot">⟦m 主办单位：晷川县公共资源交易中心　湘ICP备17014428号-1⟧</div>
<div class="side"><h4>⟦l 最新公告⟧</h4><p>⟦l 晷川县人民医院医用耗材采购招标公告⟧</p></div>
<script>setInterval(function(){refreshCountdown();},60000);</script>
</body></html>
""",
        body="""
一、项目编号：GCZC2025-0417
二、项目名称：晷川县第一中学教室空调采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第一包　晷川县恒凉机电设备有限公司　486300.00
第二包　晅州市清风制冷工程有限公司　252800.00
四、主要标的信息：第一包为教室立式空调96台，第二包为功能室挂式空调40台，均为一级能效变频空调。
五、公告期限：自本公告发布之日起1个工作日。各有关供应商可登录交易平台下载中标通知书。
六、联系方式
采购人：晷川县第一中学，联系人：甘文斌，电话：0739-5201734。
代理机构：晷川县正衢招标咨询有限公司，联系人：程露，电话：0739-5233619。
晷川县正衢招标咨询有限公司
2025年8月5日
""",
    ),
    dict(
        slug="tender-zeyang-tv-inquiry-welfare-home",
        site="昃阳县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.zeyang.gov.cn/cggg/xjgg/2025/0916/1182.html",
        title="昃阳县社会福利院公共区域电视机询价采购公告",
        record_title="询价采购 › 昃阳县社会福利院公共区域电视机询价采购公告 — 昃阳县政府采购网",
        date="2025-09-16",
        notes="procurement text page: a column prefix with › and the site after an em dash; an items table; 下载 询价文件 as content; the announcement date under the purchaser",
        page="""
!m 昃阳县政府采购网
!m 采购公告 / 询价公告
!t 询价采购 › 昃阳县社会福利院公共区域电视机询价采购公告
!m 公告类型：询价公告　　浏览：486
{BODY}
!a 【投标人登录】　【我要提问】
!m 平台客服热线：0736-7352000
!m 昃阳县财政局主办
""",
        body="""
昃阳县社会福利院就公共区域电视机采购项目进行询价采购，欢迎符合条件的供应商参加。
一、采购内容
品名　规格要求　数量
液晶电视机　55英寸，4K，含壁挂支架　8台
液晶电视机　43英寸，含壁挂支架　12台
二、预算金额：人民币6.2万元。
三、供应商资格要求：具有独立承担民事责任的能力，近三年无重大违法记录，能提供本地安装和三年上门保修服务。
四、获取询价文件：2025年9月17日至9月22日，登录本网站下载询价文件。
五、报价截止时间：2025年9月25日9时30分。
采购人联系人：闵秋红，电话：0736-7311580。
昃阳县社会福利院
2025年9月16日
""",
    ),
    dict(
        slug="lawfirm-heyuan-aircon-installer-fall-case",
        site="禾元律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.heyuanlaw.cn/alpx/2025/0722/318.html",
        title="空调安装工高空坠落，谁来担责？",
        record_title="判例小课堂 ↳ 空调安装工高空坠落，谁来担责？ - 禾元律师事务所",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line and a 本文链接 block; a case note with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>判例小课堂 ↳ 空调安装工高空坠落，谁来担责？ - 禾元律师事务所</title></head>
<body>
<div class="hd">⟦m 禾元律师事务所⟧ ⟦m 专注劳动与人身损害纠纷⟧ ⟦m 全国咨询 400-860-1178⟧</div>
<div class="nav">⟦m 首页　律所简介　专业团队　以案说法　联系我们⟧</div>
<div class="card">⟦m 承办律师：苗志远　执业证号1430120201185XXXX⟧ ⟦a 一键拨号咨询⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.heyuanlaw.cn/alpx/2025/0722/318.html⟧</div>
<div class="repost">⟦d 转载需注明出处，文中观点不构成对具体案件的法律意见⟧</div>
</div>
<div class="float">⟦w 律师在线，免费评估您的案情⟧</div>
<div class="ft">⟦m 禾元律师事务所　地址：晅州市晗江区新城大道216号⟧</div>
<div class="side"><h4>⟦l 热门案例⟧</h4><p>⟦l 快递员送件途中受伤算不算工伤⟧</p></div>
<script src="/js/consult.js"></script>
</body></html>
""",
        body="""
【基本案情】王某是一名个体空调安装工，经家电商场介绍，为李某家安装空调。安装过程中，王某未系安全绳，从三楼外墙坠落受伤，花去医疗费八万余元。王某起诉商场和李某，要求赔偿。
【法院观点】法院审理认为，王某与商场之间并非劳动关系，而是承揽关系。王某作为具有多年经验的安装工，未采取安全防护措施，对损害发生负有主要责任；商场在选任安装人员时未审查其高处作业资质，存在选任过失，应承担相应责任；李某作为户主对安装过程无指示、无过错，不承担责任。最终判决商场承担百分之三十的赔偿责任。
【律师提示】空调安装属于高处作业，安装人员应持证上岗并做好防护；商家在派单时要审查资质，最好为安装人员购买意外伤害保险。⟦l 👍 觉得有用就点个赞⟧
""",
    ),
    dict(
        slug="lawfirm-zhengxin-fake-watch-online-answer",
        site="正信律师事务所 (invented)",
        style="律所网站",
        genre="律师答疑",
        kind="other",
        form="text",
        source="http://www.zhengxinlvshi.com/dayi/8812.html",
        title="网购名表收到假货，消费者怎样维权？",
        record_title="【律师说】网购名表收到假货，消费者怎样维权？｜正信律师事务所",
        date=None,
        notes="law firm text: a consult line and a firm phone around the answer; a numbered list; no date",
        page="""
!m 正信律师事务所　|　消费维权专栏
!t 【律师说】网购名表收到假货，消费者怎样维权？
!m 解答律师：邹蔓　　浏览 2,106
!w 遇到类似问题？留言后律师一小时内回电
{BODY}
!l 热门问答：直播间买到翻新手机怎么办？｜七天无理由退货有哪些例外？
!m 正信律师事务所　咨询电话 0745-2298800
""",
        body="""
网友问：我在网上花八千多元买了一块名表，到手后去专柜鉴定是假的，卖家不承认，我该怎么办？
律师答：您可以按以下步骤维权：
1. 保留证据。保存好订单截图、聊天记录、商品页面、快递单和专柜出具的鉴定意见，手表本身也不要再佩戴或拆动。
2. 先找平台。向网购平台投诉并申请售后，平台核实售假后，可以先行赔付或者要求商家退款。
3. 主张惩罚性赔偿。经营者提供商品有欺诈行为的，消费者可以要求退还货款，并主张价款三倍的赔偿。
4. 投诉或起诉。协商不成的，可以拨打12315向市场监管部门投诉，也可以到法院起诉。
""",
    ),
    dict(
        slug="community-yunqiao-tv-tuning-elderly-grid-box",
        site="昀桥社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yunqiaosq.cn/tzgg/2025/1103/212.html",
        title="关于为辖区高龄独居老人免费上门调试电视机的通知",
        record_title="【为民服务】关于为辖区高龄独居老人免费上门调试电视机的通知-昀桥社区居民之家",
        record_date="2025-11-03",
        date="2025-11-03",
        notes="residents' site: a weather line, a grid member's box with a mobile, the property company's duty line beside the community's own 咨询电话; record date; 扫码 报名 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【为民服务】关于为辖区高龄独居老人免费上门调试电视机的通知-昀桥社区居民之家</title></head>
<body>
<div class="top">⟦m 昀桥社区居民之家⟧ ⟦m 11月3日 星期一 晴 12～20℃⟧</div>
<div class="nav">⟦m 社区首页 | 社区公告 | 便民服务 | 党建园地 | 志愿者之家⟧</div>
<div class="pos">⟦m 社区首页 ＞ 社区公告⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 发布人：昀桥社区居委会　阅读 318⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="grid">⟦m 我的网格员：第三网格 尹小满 138 7450 6612⟧</div>
<div class="wy">⟦m 物业24小时值班：0745-6212190⟧</div>
<div class="ft">⟦m 晗江区昀桥社区居民委员会　地址：昀桥路31号⟧</div>
<div class="side">⟦l 便民号码簿｜办事小贴士｜志愿积分查询⟧</div>
<script src="/static/weather.js"></script>
</body></html>
""",
        body="""
辖区各位居民：
入冬以来，不少高龄独居老人反映家里电视机“没台了”“只有声音没图像”。为帮助老人们看好电视，社区联合区广电网络公司、“银发帮办”志愿服务队，开展免费上门调试电视机服务。
一、服务对象：辖区75周岁以上独居、空巢老人。
二、服务时间：11月5日至11月30日，每周二、周四下午。
三、服务内容：检查电视机和机顶盒连接，调试信号，恢复常用频道，教老人使用开关机和换台。
四、报名方式：老人或家属可到社区服务大厅登记，也可扫描楼道公告栏上的二维码报名。
社区咨询电话：0745-6208351。
昀桥社区居民委员会
2025年11月3日
""",
    ),
]
