"""holdout225, part D: download stations, personnel-exam sites, tender portals, law firms and
residents' sites. Every case written by hand; everything invented."""

CASES = [
    dict(
        slug="download-qianjuan-rules-floor-heating-site",
        site="千卷资料站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.qianjuan-zl.example.com/soft/anquan/2318.html",
        title="地暖施工安全操作规程",
        record_title="地暖施工安全操作规程 [WORD格式] 绿色下载 - 千卷资料站",
        date=None,
        notes="download station in a table layout: file-info table (update stamp no date), three mirror links, an unzip password, a dead-link report; rules with 第N条 whose articles speak of 扫码签到 and 打印 as content",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>地暖施工安全操作规程 [WORD格式] 绿色下载 - 千卷资料站</title>
<script language="javascript" src="/js/qj_count.js"></script>
</head><body>
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 千卷资料站 · 工程资料免费下⟧</td><td align="right">⟦a <a href="/user/">会员中心</a> | <a href="/tougao/">我要投稿</a>⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 施工方案 | 安全资料 | 表格模板 | 规范标准 | 造价资料⟧</td></tr>
</table>
<table width="980" align="center" cellpadding="4" cellspacing="1" bgcolor="#D6E2F0">
<tr><td colspan="2">⟦m 您的位置：千卷资料站 → 安全资料 → 操作规程⟧</td></tr>
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td width="120">⟦m 资料大小：</td><td>28 KB⟧</td></tr>
<tr><td>⟦m 资料格式：</td><td>DOC / 简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：</td><td>前天 16:02⟧</td></tr>
<tr><td>⟦m 资料评级：</td><td>★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
<div class="bt">⟦m 资料简介⟧</div>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td class="down">
⟦a 下载地址一：电信高速⟧<br>⟦a 下载地址二：联通高速⟧<br>⟦a 下载地址三：本地直连⟧<br>
⟦a 解压密码：www.qianjuan-zl.example.com⟧<br>
⟦a 下载失效了？点此告诉我们⟧
</td></tr></table>
<table width="980" align="center"><tr><td align="center" class="foot">
⟦d 本站资料均收集于网络，仅供学习参考，请于下载后24小时内删除⟧<br>
⟦m 千卷资料站　冀ICP备14025567号⟧
</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范地暖施工作业，防止安全事故，制定本规程。
第二条　施工人员进场前须接受安全交底，扫码签到后方可进入作业区域。
第三条　铺设保温板和盘管时，作业区内严禁吸烟和动用明火。
第四条　使用切割机、电锤等电动工具时，须佩戴护目镜，工具电源线不得拖地过水。
第五条　打压试验时，试验压力不得超过设计压力的1.5倍，试压期间无关人员不得靠近分集水器。
⟦a 【本资料共7条，完整版请下载后查看】⟧
第六条　每日收工前，班组长须检查现场，关闭电源，填写并打印施工日志，由项目负责人签字存档。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-wenyuan-rules-meter-box-keys",
        site="文渊下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wenyuan-xz.example.net/doc/zhidu/51207.html",
        title="供电所电表箱钥匙管理制度",
        record_title="供电所电表箱钥匙管理制度.wps",
        date=None,
        notes="file-name record title (.wps); rules with 第N条 and only an effective clause (no date); file-info lines, a points price and a mirror list; a 'report an error' link glued after the last article",
        page="""
!m 文渊下载 — 制度范本 · 表格 · 合同
!m 当前位置：首页 > 管理制度 > 电力行业
!t 供电所电表箱钥匙管理制度.wps
!m 文件格式：WPS　　文件大小：19KB　　下载次数：642　　添加于：上周
!a 所需积分：3　　［本地下载］［网盘下载］
{BODY}
!l 同类资料：配电室值班管理制度.doc ｜ 计量装置封印管理办法.wps ｜ 台区经理岗位职责.docx
!d 所有资料来源于网友上传，如侵犯您的权益请联系删除
!m 文渊下载 wenyuan-xz.example.net
""",
        body="""
第一条　为加强电表箱钥匙管理，防止窃电和私接乱拉，制定本制度。
第二条　电表箱钥匙由营业班统一保管，实行专柜存放、专人管理。
第三条　工作人员领用钥匙须填写领用登记表，注明领用时间、用途和归还时间，当日用毕当日归还。
第四条　严禁将钥匙转借他人，严禁私自配制钥匙。钥匙遗失的，须立即报告并更换表箱锁具。
第五条　营业班每月清点一次钥匙，清点结果报所长审核。
第六条　违反本制度的，按所内考核办法处理；造成损失的，依法追究责任。
第七条　本制度由营业班负责解释，自印发之日起施行。⟦l 〔资料有误？点此反馈〕⟧
""",
    ),
    dict(
        slug="exam-mangzhou-notice-meter-fitter-test",
        site="漭州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mzrsks.example.gov.cn/zyjn/tz/202504/t20250410_6601.html",
        title="关于2025年漭州市电能表装接工职业技能考核有关事项的通知",
        record_title="〖考务提示〗关于2025年漭州市电能表装接工职业技能考核有关事项的通知-漭州人事考试网",
        date="2025-04-10",
        notes="exam site: maintenance banner, admission-ticket float, technical line beside the centre's own 咨询电话 in the body; a timetable table; 下载并打印准考证 and 自带剥线钳 stay in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖考务提示〗关于2025年漭州市电能表装接工职业技能考核有关事项的通知-漭州人事考试网</title>
<script src="/js/ks-float.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统将于每周四22:00—24:00例行维护，届时暂停报名与查询⟧</div>
<div class="head">⟦m 漭州人事考试网⟧ ⟦m 漭州市人力资源和社会保障局主管⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 公务员招录⟧ ⟦m 事业单位⟧ ⟦m 职业技能⟧ ⟦m 专业技术⟧ ⟦m 证书查询⟧</div>
<div class="crumb">⟦m 首页 ＞ 职业技能 ＞ 考务通知⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="art-info">⟦m 发布日期：2025-04-10　来源：市职业技能鉴定指导中心⟧</div>
<div class="art-body">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 最新考务⟧</h4><p>⟦l 2025年上半年电工职业技能考核成绩查询⟧</p><p>⟦l 关于调整部分职业技能考核时间的说明⟧</p></div>
<div class="float-r"><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩查询⟧</a></div>
<div class="foot">⟦m 网站技术支持电话：0391-8869000（仅受理系统故障）⟧<br>⟦m 漭州市人事考试中心　豫ICP备09017736号-1⟧</div>
</body></html>
""",
        body="""
各报考人员：
2025年漭州市电能表装接工职业技能考核将于4月26日至27日举行。现将有关事项通知如下。
一、考核安排
科目　时间　地点
理论知识　4月26日9:00—10:30　漭州技师学院一号楼
操作技能　4月27日8:30—17:00　漭州技师学院实训中心
二、准考证打印
考生请于4月20日至25日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
三、注意事项
操作技能考核须穿绝缘鞋，自带剥线钳、螺丝刀等工具。
咨询电话：0391-8869207（工作日）
漭州市职业技能鉴定指导中心
2025年4月10日
""",
    ),
    dict(
        slug="exam-xishui-interview-notice-postmen",
        site="郗水人才考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xsrcks.example.cn/gg/2025/0512/1180.html",
        title="郗水县邮政分公司2025年投递员招聘面试公告",
        date="2025-05-12",
        notes="record title as is; an interview-list table; the employer's own 咨询电话 beside the site's service line; a 'print this notice' link glued after a 。",
        page="""
!m 郗水人才考试信息网
!m 首页 ＞ 招聘公告 ＞ 企业招聘
{T}
!m 发布时间：2025-05-12 17:45　　信息来源：郗水县邮政分公司
{BODY}
!l 上一条：郗水县2025年社区工作者招聘笔试成绩公示
!l 下一条：郗水县供销社招聘工作人员公告
!m 网站服务电话：0917-5290110　　陕ICP备17003316号
""",
        body="""
根据郗水县邮政分公司2025年投递员招聘工作安排，经资格复审，现将面试有关事项公告如下。
一、面试时间：2025年5月18日上午8:30。
二、面试地点：郗水县邮政分公司四楼会议室。
三、面试方式：结构化面试，每人10分钟，主要考察沟通表达、路线熟悉和服务意识。
四、进入面试人员名单
序号　姓名　准考证号
1　韦小东　250301
2　邰晓丹　250307
3　梁志超　250312
请考生携带身份证按时参加面试，迟到15分钟以上的取消面试资格。⟦a ⎙打印本公告⟧
咨询电话：0917-5261186
郗水县邮政分公司
2025年5月12日
""",
    ),
    dict(
        slug="tender-guoyuan-bid-floor-heating-eldercare",
        site="崞原县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="http://ggzy.guoyuan.example.gov.cn/jyxx/jsgc/zbgg/20240805/000217.html",
        title="崞原县中心敬老院地暖改造工程招标公告",
        record_title="崞原县中心敬老院地暖改造工程招标公告【施工】- 崞原县公共资源交易网",
        date="2024-08-05",
        notes="tender portal: countdown, CA and trading-system lines beside the purchaser's and agency's own contacts in the body; a lots table; 在本平台下载电子招标文件 stays; the announcement date closes the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>崞原县中心敬老院地暖改造工程招标公告【施工】- 崞原县公共资源交易网</title>
<script src="/static/js/countdown.js"></script>
</head><body>
<div class="top">⟦m 崞原县公共资源交易网⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 工程建设⟧ ⟦m 政府采购⟧ ⟦m 服务指南⟧</div>
<div class="crumb">⟦m 交易信息 / 工程建设 / 招标公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="info">⟦m 【信息时间：2024-08-05】【阅读次数：219】⟧</div>
<div class="countdown">⟦a 距投标截止还剩：20天 06时 14分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="fj"><a>⟦a 📎 电子招标文件获取（需CA登录）⟧</a></div>
</div>
<div class="side"><h4>⟦l 最新交易公告⟧</h4><p>⟦l 崞原县岢头镇农村公路养护工程中标候选人公示⟧</p><p>⟦l 崞原县第一小学食堂设备采购询价公告⟧</p></div>
<div class="foot">⟦m CA证书咨询：0356-7718300⟧　⟦m 交易系统技术支持：400-071-8826⟧<br>⟦m 崞原县公共资源交易中心　晋ICP备12003519号⟧</div>
</body></html>
""",
        body="""
崞原县中心敬老院地暖改造工程已批准建设，资金来源为财政资金，现对该项目进行公开招标。
一、项目概况：对敬老院1号、2号楼共3200平方米地暖系统进行改造，计划工期60日历天。
二、标段划分
标段　内容　最高限价（万元）
一标段　1号楼地暖改造　68.5
二标段　2号楼地暖改造　54.2
三、投标人资格：具备建筑工程施工总承包三级及以上资质。
四、招标文件获取：2024年8月6日至8月12日，在本平台下载电子招标文件。
招标人：崞原县民政局　联系人：梁先生　电话：0356-7712036
招标代理：漭州正衡项目管理有限公司　联系人：韦女士　电话：0391-8802617
2024年8月5日
""",
    ),
    dict(
        slug="tender-linshan-result-postboxes",
        site="嶙山区政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.linshan.example.gov.cn/cjgg/2024/1022/LSCG-2024-0917.html",
        title="嶙山区城区邮筒更新采购项目成交结果公告",
        record_title="〔成交公示〕嶙山区城区邮筒更新采购项目成交结果公告｜嶙山采购",
        record_date="2024-10-22",
        date="2024-10-22",
        notes="the record gives the date; a result table; the purchaser's own contact beside the platform's hotline; a 'subscribe to similar announcements' button glued after the last line",
        page="""
!m 嶙山区政府采购网
!m 采购公告 ＞ 结果公告 ＞ 成交公告
!t 〔成交公示〕嶙山区城区邮筒更新采购项目成交结果公告
!m 公告时间：2024-10-22　　浏览：87
{BODY}
!l 同项目公告：嶙山区城区邮筒更新采购项目竞争性磋商公告
!m 平台服务热线：400-886-7213（工作日8:30-17:30）
!m 嶙山区财政局主办
""",
        body="""
一、项目编号：LSCG-2024-0917
二、项目名称：嶙山区城区邮筒更新采购项目
三、成交信息
包号　成交供应商　成交金额（元）
1　漭州邮政设备有限公司　186400
2　郗水金属制品厂　92800
四、主要标的：立式铸铝邮筒40个、壁挂式信报箱120个。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人嶙山区邮政管理局，联系人：邰先生，电话：0391-8523117。
采购代理机构：漭州恒达招标代理有限公司。
2024年10月22日⟦a 【订阅同类公告】⟧
""",
    ),
    dict(
        slug="lawfirm-mingli-article-landlord-meter",
        site="崞原明理律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.mingli-law.example.cn/pufa/2207.html",
        title="房东私装电表加价收电费，合法吗？",
        record_title="以案释法 ▏房东私装电表加价收电费，合法吗？ - 崞原明理律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, a 400 line, a repost notice; 12345 and complaint channels in the body stay; no date; a free-consult line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>以案释法 ▏房东私装电表加价收电费，合法吗？ - 崞原明理律师事务所</title>
<script src="/js/law-consult.js" defer></script>
</head><body>
<div class="law-top">⟦m 崞原明理律师事务所⟧ ⟦m 诚信 · 专业 · 明理⟧ ⟦m 全国咨询热线 400-633-5120⟧</div>
<div class="law-nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 以案释法⟧ ⟦m 联系我们⟧</div>
<div class="law-art">
<h1>{T}</h1>
<div class="law-card">⟦m 撰稿：韦清律师｜执业证号 14108201911203857｜擅长：房屋租赁、物业纠纷⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-note">⟦d 本文仅为普法交流，不构成对具体案件的法律意见；转载请注明出处⟧</div>
</div>
<div class="law-side"><h4>⟦l 以案释法·热门⟧</h4><p>⟦l 押金被房东扣下不退怎么办⟧</p><p>⟦l 物业停水停电催缴费是否合法⟧</p></div>
<div class="law-float">⟦w 在线咨询⟧ ⟦w 预约面谈⟧ ⟦w 律师微信：mingli_weiqing⟧</div>
<div class="law-foot">⟦m 地址：崞原县府前街9号金城大厦7层⟧　⟦m 晋ICP备20008812号⟧</div>
</body></html>
""",
        body="""
不少租房的朋友遇到过这样的情况：房东在出租屋里自己装了一只电表，每度电按1.5元甚至2元收费，远高于当地居民电价。这样做合法吗？
根据有关规定，居民用电执行政府定价，房东作为转供电主体，只能按实际用电量和电网销售价格据实收取电费，不得加价。
⟦w 遇到类似纠纷？点右侧“在线咨询”，律师一对一解答⟧
如果租赁合同中约定了高于电价的收费标准，租客可以先与房东协商；协商不成的，可以向当地发展改革部门或市场监管部门投诉，也可以拨打12345反映。
建议租客在签合同前，问清电费单价，并拍下入住时的电表读数，留好缴费凭证。
""",
    ),
    dict(
        slug="lawfirm-shouheng-letter-floor-heating-leak",
        site="漭州守衡律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="https://www.shouheng-lawyer.example.com/wenshu/lsh/2024/1202.html",
        title="关于地暖漏水致楼下住户财产受损一事的律师函",
        record_title="关于地暖漏水致楼下住户财产受损一事的律师函.pdf",
        date="2024-12-02",
        notes="file-name record title (.pdf); a lawyer's letter with its own 联系人/电话 beside the firm's hotline; 成文日期 under the signature; a 'download sample' link glued before the first words of a line",
        page="""
!m 漭州守衡律师事务所 · 文书样本
!m 首页 / 文书样本 / 律师函
!t 关于地暖漏水致楼下住户财产受损一事的律师函.pdf
!m 已隐去当事人信息　｜　浏览 764
{BODY}
!w 需要律师代发律师函？守衡法律服务热线：0391-8827000
!d 文书样本仅供参考，实际使用请咨询执业律师
!m 漭州守衡律师事务所　豫ICP备19026618号
""",
        body="""
致嶙山区涿园小区3栋502室业主：
漭州守衡律师事务所接受3栋402室业主韦某的委托，就贵户地暖漏水致其财产受损一事，郑重函告如下：
2024年11月15日，贵户地暖分水器接口漏水，渗至楼下402室，造成其客厅吊顶、木地板及部分家具受损。经物业现场确认，漏水点位于贵户室内。
⟦a 〔下载本文书样本〕⟧根据《中华人民共和国民法典》有关规定，贵户应对上述损失承担赔偿责任。请贵户于收到本函之日起7日内与我所联系协商赔偿事宜。
联系人：梁律师　电话：0391-8827715
漭州守衡律师事务所
2024年12月2日
""",
    ),
    dict(
        slug="community-siqiao-notice-rice-bin-station",
        site="泗桥社区网 (invented residents' site)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.siqiao-sq.example.com/gonggao/2025/0109/87.html",
        title="泗桥社区“暖心米缸”认领与补给公告",
        record_title="〔社区公告〕泗桥社区“暖心米缸”认领与补给公告 · 泗桥社区网",
        date="2025-01-08",
        date_also=["2025-01-09"],
        notes="residents' site: weather line, a grid worker's box and the property's duty line beside the community's own 咨询电话 in the body; 扫描驿站门口二维码登记认捐 stays; page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔社区公告〕泗桥社区“暖心米缸”认领与补给公告 · 泗桥社区网</title>
<script src="/js/sq-weather.js"></script>
</head><body>
<div class="sq-top">⟦m 泗桥社区网 · 咱们泗桥人的家⟧ ⟦m 嶙山 晴 -2℃~7℃⟧</div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 邻里活动⟧ ⟦m 便民服务⟧ ⟦m 居民议事⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<div class="sq-meta">⟦m 社区居委会　2025-01-09　围观 1,204⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-like">⟦l 点赞 86　｜　留言 12　｜　转给邻居⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 我的网格员：邰小雨 138 3910 6627⟧</div>
<div class="wy">⟦m 泗桥物业24小时值班：0391-8536188⟧</div>
</div>
<div class="sq-foot">⟦m 泗桥社区居民委员会主办⟧　⟦m 豫ICP备22013376号⟧</div>
</body></html>
""",
        body="""
各位居民：
社区“暖心米缸”爱心驿站将于1月10日在社区服务中心一楼启用。现将认领与补给办法公告如下：
一、取米：辖区困难家庭、独居老人可凭身份证到驿站登记取米，每户每周不超过5斤。
二、捐米：居民和商户可将大米直接送到驿站，也可扫描驿站门口二维码登记认捐。
三、开放时间：每天8:30—11:30、14:30—17:30，由党员志愿者值守。
咨询电话：0391-8536021（社区服务中心）
泗桥社区居民委员会
2025年1月8日
""",
    ),
    dict(
        slug="community-zhuoyuan-tips-floor-heating-oneline",
        site="涿园小区业主之家 (invented residents' site)",
        style="社区网站",
        genre="提示",
        kind="notice",
        form="text",
        source="http://www.zhuoyuan-yz.example.net/wuye/2024-11-05-31.html",
        title="关于冬季安全使用地暖的温馨提示",
        record_title="【物业小贴士】关于冬季安全使用地暖的温馨提示 - 涿园小区业主之家",
        date="2024-11-05",
        notes="the whole body on one line (paragraphs apart only by their indent); a property repair line beside the notice's own advice; a 'like' row glued after the signature date",
        page="""
!m 涿园小区业主之家
!m 首页 ｜ 物业通知 ｜ 业主论坛 ｜ 二手闲置
!t 【物业小贴士】关于冬季安全使用地暖的温馨提示
!m 物业服务中心 发布于 2024/11/05
{BODY}
!m 物业报修：0391-8530622（24小时）
!l 评论区（3）
!m 涿园小区业主之家 · 邻里互助平台
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位业主：
随着气温下降，小区已陆续开启地暖。为保障大家温暖过冬，物业服务中心提醒如下：
一、首次开启地暖时，温度要逐步调高，每天升高2至3度，避免地面开裂。
二、地暖管道上方不要钉钉子、打孔，不要长期放置无腿家具。
三、长时间外出时，不要关闭地暖总阀，可调至防冻档位。
四、发现分水器滴水、地面局部潮湿，请及时联系物业。
涿园小区物业服务中心
2024年11月5日⟦l 👍 赞（22）⟧
""",
    ),
]
