"""holdout145, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites. Invented text."""

CASES = [
    dict(
        slug="download-html-liangzi-drowning-prevention-plan-table-layout",
        site="良资下载站 (invented)",
        style="资料下载站",
        genre="工作方案",
        kind="plan",
        form="html",
        source="http://www.liangzixz.com/soft/76104.html",
        title="2025年春夏季学生防溺水安全教育工作方案",
        record_title="2025年春夏季学生防溺水安全教育工作方案.doc下载",
        date="2025-04-08",
        notes="old table layout download station: file-info table, mirror links, dead-link report; decorated record title with .doc下载",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>2025年春夏季学生防溺水安全教育工作方案.doc下载 - 良资下载站</title></head>
<body><table width="960" align="center">
<tr><td>⟦m 良资下载站 www.liangzixz.com⟧</td><td>⟦m 教案 课件 试卷 方案 一站下载⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：首页 → 教育资料 → 安全教育 → 下载页⟧</td></tr>
<tr><td colspan="2"><h3>{T}</h3></td></tr>
<tr><td>⟦m 资料大小：48KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2025-04-10⟧</td></tr>
<tr><td>⟦m 资料等级：★★★★☆⟧</td><td>⟦m 下载次数：本周 87 / 总计 2906⟧</td></tr>
<tr><td colspan="2">⟦l 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：电信下载一　联通下载二　移动下载三⟧</td></tr>
<tr><td colspan="2">⟦a 如果下载地址失效，请点此报告死链⟧</td></tr>
<tr><td colspan="2">⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr>
<tr><td colspan="2">⟦m 良资下载站 版权所有 2008-2025　冀ICP备08022710号⟧</td></tr>
</table></body></html>
""",
        body="""
为切实做好春夏季学生防溺水工作，保障学生生命安全，结合我校实际，制定本方案。
一、成立工作领导小组。校长任组长，分管副校长任副组长，各班主任为成员，层层签订防溺水安全责任书。
二、开展“六不”专题教育。利用班会、国旗下讲话和安全教育平台，教育学生不私自下水游泳、不擅自与他人结伴游泳、不在无家长带领的情况下游泳等。
三、落实家校共管。每周五放学前发放致家长的一封信，提醒家长履行监护职责；组织家长签署回执，班主任逐一核对。
四、加强重点水域巡查。联合村（社区）对学校周边河塘、水库设立警示标志，节假日安排教师和志愿者巡查。
城关第二小学
2025年4月8日
""",
    ),
    dict(
        slug="download-text-ziyuan-stone-paint-construction-plan",
        site="资源e站 (invented)",
        style="资料下载站",
        genre="施工方案",
        kind="plan",
        form="text",
        source="https://www.ziyuane.net/down/jz/20931.html",
        title="外墙真石漆施工方案",
        record_title="外墙真石漆施工方案（可编辑）免费下载 - 资源e站",
        date=None,
        notes="download station text: decorated record title; no date (upload stamp and relative time only); numbered steps with decimals",
        page="""
!m 资源e站 · 建筑工程资料库
!m 首页 > 施工方案 > 装饰装修
!t 外墙真石漆施工方案（可编辑）免费下载
!m 文件格式：DOC　页数：6　上传：2025-05-03 22:17　热度：1.8k
!a ↓ 本地高速下载　　↓ 网盘下载（提取码 7y2k）
{BODY}
!d 资料为网友上传，仅供参考，具体施工以设计图纸及现行规范为准。
!l 同类资料：外墙涂料施工工艺｜外墙保温施工方案｜脚手架专项方案
!m 资源e站 客服邮箱 kefu@ziyuane.net
""",
        body="""
一、工程概况
本工程为某小区3号楼外立面装修，外墙面积约5200平方米，设计采用真石漆饰面，底漆、主涂层、罩面漆三道施工。
二、施工准备
2.1 材料进场须有合格证和检测报告，按批次抽样复验。
2.2 基层应平整、干燥、无油污，含水率不大于10%。
三、施工工艺
3.1 基层处理：修补裂缝和孔洞，满刮耐水腻子两遍，打磨平整。
3.2 底漆：滚涂封闭底漆一遍，干燥时间不少于12小时。
3.3 主涂层：按分格线喷涂真石漆，喷枪距墙面40至50厘米，厚度均匀。
3.4 罩面漆：主涂层干透后喷涂罩面漆两遍。
四、安全措施
高处作业人员必须系安全带，吊篮使用前检查验收，五级以上大风和雨天停止外墙作业。
""",
    ),
    dict(
        slug="exam-html-hongcheng-medical-licensing-skills",
        site="鸿城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hcrsks.cn/ksxx/yszg/202505/t20250519_3318.html",
        title="2025年医师资格考试实践技能考试鸿城考点考生须知",
        record_title="【考务公告】2025年医师资格考试实践技能考试鸿城考点考生须知",
        date="2025-05-19",
        notes="exam site: technical support line in the footer vs the exam office's 咨询电话; sentence to 下载打印准考证 kept; timetable",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年医师资格考试实践技能考试鸿城考点考生须知_鸿城市人事考试网</title></head><body>
<div class="top">⟦m 鸿城市人事考试网⟧ ⟦m 鸿城市人事考试中心主办⟧</div>
<div class="menu">⟦m 首页 考试动态 考试报名 成绩查询 证书领取 考生服务⟧</div>
<div class="where">⟦m 您当前位置：首页 / 考试信息 / 医师资格⟧</div>
<h2>{T}</h2>
<p class="time">⟦m 发布日期：2025-05-19　信息来源：考务科⟧</p>
<div class="zoom">⟦a 【字体：大 中 小】⟧</div>
{BODY}
<div class="bottom">⟦m 技术支持热线：0372-2256600（仅限网站登录问题）　豫ICP备13010825号⟧</div>
</body></html>
""",
        body="""
2025年医师资格考试实践技能考试鸿城考点将于6月8日至6月20日举行。为保证考试顺利进行，现将有关事项告知如下：
一、考生须于考前7日登录国家医学考试网下载并打印准考证，按准考证上的时间、考场参加考试。
二、考试安排：
类别　考试日期　考试地点
临床执业医师　6月8日至12日　鸿城医学院技能中心
中医执业医师　6月14日至16日　市中医院教学楼
口腔执业医师　6月18日至20日　市口腔医院
三、考生须携带准考证和有效身份证件，穿白大衣，提前30分钟到达考场；迟到15分钟以上不得进入考场。
四、考点咨询电话：0372-2251083（工作日8:30-17:30）。
鸿城市人事考试中心
2025年5月19日
""",
    ),
    dict(
        slug="exam-text-yuzhou-economist-qualification-wrapped",
        site="域州人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yzpta.com/news/20250722/4410.html",
        title="关于2025年度经济专业技术资格考试考务工作有关事项的通知",
        date="2025-07-21",
        notes="exam site text: hard-wrapped at 60 columns; fee table; sentence about 扫码缴费 kept; date differs from page date, both accepted",
        page="""
!m 域州人事考试信息网　|　公平 公正 公开
!m 位置：首页 >> 考试通知
{T}
!m 时间：2025-07-22　作者：考试中心　阅读：3317次
{BODY}
!a [打印] [收藏] [关闭]
!m 考生服务热线：0315-3690125　工作时间：周一至周五
!l 下一篇：2025年度一级建造师资格考试报名通知
""",
        date_also=["2025-07-22"],
        wrap=60,
        indent="\u3000\u3000",
        body="""
各有关单位、各位报考人员：
根据人力资源社会保障部人事考试中心统一部署，2025年度经济专业技术资格考试定于11月8日至9日举行。现将考务工作有关事项通知如下。
一、报名时间：8月4日至8月15日，网上报名，报名结束后不再补报。
二、资格审核：采取告知承诺制，报考人员对所填信息的真实性负责。
三、缴费：审核通过的报考人员于8月20日前在报名系统扫码缴费，逾期视为放弃。收费标准如下：
级别　每科收费
初级　56元
中级　56元
四、准考证打印：11月3日至11月7日。
域州市人事考试中心
2025年7月21日
""",
    ),
    dict(
        slug="tender-html-shanghe-school-desks-procurement",
        site="山禾县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.shanhe.gov.cn/jyxx/zfcg/cggg/20250603/0001.html",
        title="山禾县教育体育局中小学课桌椅采购项目公开招标公告",
        record_title="山禾县教育体育局中小学课桌椅采购项目公开招标公告_采购公告_山禾县公共资源交易网",
        date="2025-06-03",
        notes="tender portal: purchaser and agency contacts kept beside the CA-certificate hotline; lot table; sentence to 下载招标文件 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>山禾县教育体育局中小学课桌椅采购项目公开招标公告_采购公告_山禾县公共资源交易网</title></head><body>
<div class="hd">⟦m 山禾县公共资源交易网⟧ <a>⟦a 供应商登录入口⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="nav">⟦m 首页 交易信息 政策法规 办事指南 信用信息⟧</div>
<div class="loc">⟦m 首页 > 交易信息 > 政府采购 > 采购公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 信息时间：2025-06-03　阅读次数：412⟧</div>
{BODY}
<div class="att">⟦a 【附件下载】招标文件.zip⟧</div>
<div class="foot">⟦m CA证书办理咨询：400-1055-230⟧ ⟦m 山禾县公共资源交易中心 主办⟧</div>
</body></html>
""",
        body="""
山禾县教育体育局中小学课桌椅采购项目的潜在投标人应在山禾县公共资源交易网获取招标文件，并于2025年6月24日9时30分前递交投标文件。
一、项目编号：SHZC-2025-0371
二、采购需求：
包号　内容　数量　最高限价（万元）
1　小学单人升降课桌椅　2400套　98
2　初中单人升降课桌椅　1800套　86
三、获取招标文件：2025年6月3日至6月10日，投标人登录交易系统下载招标文件。
四、联系方式
采购人：山禾县教育体育局，联系人：闵学林，电话：0736-5218874
代理机构：衡信项目管理有限公司，联系人：卓雅，电话：0736-5209163
""",
    ),
    dict(
        slug="tender-text-qiyang-village-planning-bid-result",
        site="岐阳县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.qiyang.gov.cn/zbgg/2025/0818/5521.html",
        title="岐阳县村庄规划编制（第二批）项目中标结果公告",
        record_title="【中标公告】岐阳县村庄规划编制（第二批）项目中标结果公告",
        date="2025-08-18",
        notes="tender text page: ranking table kept; 公告期限 sentence kept; print/close buttons chrome",
        page="""
!m 岐阳县政府采购网
!m 首页　＞　采购公告　＞　中标（成交）结果
!t 【中标公告】岐阳县村庄规划编制（第二批）项目中标结果公告
!m 发布日期：2025-08-18　　浏览：157
{BODY}
!a 〔打印本页〕〔关闭窗口〕
!m 主办单位：岐阳县财政局　　技术支持：岐阳县信息中心
""",
        body="""
一、项目编号：QYCG-2025-0862
二、项目名称：岐阳县村庄规划编制（第二批）项目
三、中标结果：
包号　中标供应商　中标金额（万元）
1　远筑城乡规划设计有限公司　62.8
2　岐山国土空间规划院　58.5
四、评审专家：严明、葛书远、邱悦、滕海、沈黎（组长）。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人岐阳县自然资源局，联系人：项卓，电话：0917-3318052。
岐阳县自然资源局
2025年8月18日
""",
    ),
    dict(
        slug="lawfirm-html-zhengyan-right-of-habitation",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.zhengyanlaw.cn/insights/2025/0415.html",
        title="设立居住权要注意哪些问题",
        record_title="律所观点丨设立居住权要注意哪些问题 - 正言律师事务所",
        date="2025-04-15",
        notes="law firm article: consult widget and hotline chrome; not-legal-advice notice; numbered points",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律所观点丨设立居住权要注意哪些问题 - 正言律师事务所</title></head><body>
<header>⟦m 正言律师事务所 ZHENGYAN LAW FIRM⟧ <nav>⟦m 首页 关于我们 专业领域 律师团队 律所观点 联系我们⟧</nav></header>
<div class="crumbs">⟦m 首页 · 律所观点 · 婚姻家事⟧</div>
<article><h1>{T}</h1>
<p class="by">⟦m 作者：伍清妍 律师　2025-04-15⟧</p>
{BODY}
<p class="disc">⟦d 本文仅为一般性法律知识介绍，不构成对具体案件的法律意见。⟧</p>
</article>
<div class="widget">⟦w 免费法律咨询：0591-87730112　微信同号 zhengyan-law⟧</div>
<footer>⟦m 地址：福州市鼓楼区五四路88号恒丰大厦12层⟧ ⟦m 闽ICP备19008271号⟧</footer>
</body></html>
""",
        body="""
民法典设立居住权制度以来，越来越多的老人选择通过居住权安排晚年生活。结合办案经验，我们提示以下几点：
一是居住权须订立书面合同，并向不动产登记机构申请登记，居住权自登记时设立，仅签合同而不登记的，不产生物权效力。
二是居住权原则上无偿设立，当事人也可以约定收费，但应在合同中写明。
三是居住权不得转让、继承，设立居住权的住宅原则上不得出租，当事人另有约定的除外。
四是居住权人死亡或者约定期限届满，居住权消灭，应当及时办理注销登记。
如有具体问题，建议携带房产证明等材料到律师事务所面谈。
""",
    ),
    dict(
        slug="lawfirm-text-huiming-private-lending-lecture",
        site="汇明律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="http://www.huiminglaw.com/news/show.php?id=1220",
        title="民间借贷纠纷的常见风险与防范",
        record_title="【普法讲堂】民间借贷纠纷的常见风险与防范",
        date="2025-03-21",
        notes="law firm text page: lecture date under the title; firm hotline and QR prompt chrome; legal disclaimer",
        page="""
!m 汇明律师事务所　诚信 专业 高效
!m 首页 / 律所动态 / 普法讲堂
!t 【普法讲堂】民间借贷纠纷的常见风险与防范
——在城关街道“法律进社区”活动上的讲稿
（2025年3月21日）
{BODY}
!w 律师热线 0554-6658811，扫码添加律师微信预约面谈
!d 以上内容仅供普法宣传参考，不作为个案处理依据。
!m © 汇明律师事务所　皖ICP备17022041号
""",
        body="""
各位居民朋友：
今天和大家聊聊身边常见的民间借贷纠纷。亲戚朋友之间借钱，碍于情面往往不打借条，一旦发生纠纷，很难证明借款事实。
第一，借钱一定要写借条，写明出借人、借款人、金额、利率和还款期限，最好通过银行转账交付，保留凭证。
第二，约定利率不能过高，超过合同成立时一年期贷款市场报价利率四倍的部分，法院不予支持。
第三，注意诉讼时效。借条约定了还款期限的，从期限届满之日起三年内要主张权利，可以通过短信、微信催款留下证据。
第四，为他人担保要慎重，担保人可能要承担还款责任。
希望大家增强法律意识，守住自己的“钱袋子”。
""",
    ),
    dict(
        slug="community-html-liuhua-water-tank-cleaning",
        site="柳华社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.liuhuasq.org.cn/gg/2025/0902.html",
        title="关于小区二次供水水箱清洗消毒期间停水的通知",
        record_title="【社区公告】关于小区二次供水水箱清洗消毒期间停水的通知",
        date="2025-09-02",
        notes="residents' site: community office phone kept beside the property repair line; building table; sentence to 关注 group kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【社区公告】关于小区二次供水水箱清洗消毒期间停水的通知 - 柳华社区</title></head><body>
<div class="head">⟦m 柳华社区居民之家⟧ ⟦m 共建共治共享⟧</div>
<div class="nav">⟦m 社区首页 通知公告 办事指南 邻里圈 志愿服务⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：社区居委会　时间：2025-09-02　浏览 926⟧</div>
{BODY}
<div class="repair">⟦m 物业24小时报修：0532-88106625⟧</div>
<div class="share">⟦l 转发给邻居：微信 / 朋友圈⟧</div>
<div class="foot">⟦m 柳华社区居委会版权所有⟧</div>
</body></html>
""",
        body="""
各位居民：
为保障饮用水安全，社区联合物业公司和供水单位，定于9月9日至9月11日对小区二次供水水箱进行清洗消毒。清洗期间相关楼栋暂停供水，具体安排如下：
日期　停水时段　涉及楼栋
9月9日　9:00—15:00　1至4号楼
9月10日　9:00—15:00　5至8号楼
9月11日　9:00—15:00　9至12号楼
请居民提前储水，关好家中水龙头。恢复供水后，请先放水两三分钟再使用。
有关进展将在楼栋微信群及时发布，请大家关注。
如有疑问，请联系社区居委会，电话：0532-88121370。
柳华社区居民委员会
2025年9月2日
""",
    ),
    dict(
        slug="community-text-nanyuan-neighbourhood-festival-plan",
        site="南苑街道社区服务网 (invented)",
        style="社区网站",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://sq.nanyuanjd.cn/hd/2025/0511/310.html",
        title="桂香社区第三届邻里节活动方案",
        date="2025-05-10",
        notes="residents' site text: program table; registration phone of the community kept; volunteer sign-up button chrome glued between paragraphs",
        page="""
!m 南苑街道社区服务网
!m 首页 › 社区活动 › 桂香社区
{T}
!m 发布者：桂香社区　2025-05-11　阅读 208
{BODY}
!a 我要报名　　我要点赞
!l 往期回顾：第二届邻里节精彩瞬间
!m 南苑街道办事处主办
""",
        date_also=["2025-05-11"],
        body="""
为增进邻里感情，营造和谐温馨的社区氛围，社区定于5月24日举办第三届邻里节。
一、活动主题：远亲不如近邻，邻里一家亲。
二、活动地点：桂香社区中心广场。
⟦a 点我报名当志愿者 →⟧
三、活动内容：
时间　项目
9:00—10:00　开幕式及邻里才艺展示
10:00—11:30　百家宴、旧物交换
14:00—16:00　亲子游戏和健康义诊
四、报名方式：以楼栋为单位报名，联系电话：0595-22763018（社区办公室）。
桂香社区居民委员会
2025年5月10日
""",
    ),
]
