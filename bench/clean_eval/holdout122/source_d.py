"""holdout122, part D: a download station, personnel-exam sites, tender platforms, law firms,
residents' sites and associations. Invented organisations: a tennis-court operator, a
lacquer association, a garlic cold store, a grape growers' association, a parking lot.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="download-text-grape-pruning-guide-markers",
        site="农资料下载 (invented)",
        style="资料下载站",
        genre="技术规程",
        kind="plan",
        form="text",
        source="http://www.nongziliao.example.cn/down/2025/8812.html",
        title="葡萄冬季修剪技术规程",
        record_title="葡萄冬季修剪技术规程.pdf",
        date=None,
        notes="file-name title; PDF text with ‹n› page markers glued at line starts; no date (download stamp only)",
        pages=dict(fmt="‹{n}›", every=120, start=2, glue=True),
        page="""
!m 农资料下载 · 种植技术专区
!t 葡萄冬季修剪技术规程.pdf
!m 文件格式：PDF　页数：4　收录：2025-11-03
{BODY}
!a 【本地下载】　【高速下载】
!d 资料来自网络公开渠道，仅供参考。
""",
        body="""
1 范围
本规程规定了露地栽培葡萄冬季修剪的时间、方法和技术要求，适用于瑛州市葡萄产区。
2 修剪时间
冬季修剪应在落叶后两周至伤流期前一个月内进行，一般在12月至次年1月。
3 修剪方法
结果母枝采用中短梢混合修剪，保留饱满芽二至四个，病虫枝、细弱枝一律从基部剪除。
剪口应距芽眼一至二厘米，剪下的枝条集中清出园外销毁。
""",
    ),
    dict(
        slug="rsks-html-tennis-center-recruitment",
        site="瑜湾市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ywrsks.example.gov.cn/ksgg/2025/0610/3312.html",
        title="瑜湾市网球运动管理中心2025年公开招聘工作人员公告",
        record_title="瑜湾市网球运动管理中心2025年公开招聘工作人员公告_瑜湾市人事考试网",
        date="2025-06-10",
        notes="exam site: technical support line beside the announcement's 咨询电话 (kept); posts table; 准考证 打印 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>瑜湾市网球运动管理中心2025年公开招聘工作人员公告_瑜湾市人事考试网</title></head><body>
<div class="head">⟦m 瑜湾市人事考试网⟧　⟦a 考生登录　报名入口⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 考试动态 | 成绩查询 | 政策法规⟧</div>
<div class="pos">⟦m 首页 > 考试公告 > 事业单位招聘⟧</div>
<h1>⟦t 瑜湾市网球运动管理中心2025年公开招聘工作人员公告⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-10　来源：市人社局⟧</div>
{BODY}
<div class="tech">⟦m 报名系统技术支持：0717-6600139（工作日 9:00-17:00）⟧</div>
<div class="foot">⟦m 主办单位：瑜湾市人力资源和社会保障局⟧　⟦m 鄂ICP备09007521号⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，经批准，瑜湾市网球运动管理中心面向社会公开招聘工作人员三名。
岗位　人数　要求
网球教练　2　体育学类本科及以上，国家二级运动员
场馆管理　1　管理类本科及以上
报名时间为6月16日至6月22日，考生须在报名网站填报信息并上传照片。
笔试时间另行通知，考生须于考前三天登录报名网站打印准考证。
咨询电话：0717-6601526（市网球运动管理中心人事科）
瑜湾市人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="rsks-text-interview-result-bulletin",
        site="璐原人事考试信息网 (invented)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://rsks.luyuan.example.gov.cn/gs/2025/0722/510.html",
        title="璐原市运河保护中心2025年公开招聘拟聘用人员公示",
        record_title=None,
        date="2025-07-22",
        notes="no record title; result table kept; complaint phone of the notice kept; site phone footer",
        page="""
!m 璐原人事考试信息网
!m 位置：首页 → 公示公告
璐原市运河保护中心2025年公开招聘拟聘用人员公示
!m 时间：2025-07-22 17:03　浏览次数：2388
{BODY}
!m 网站维护：璐原市人事考试院　电话：0762-3331001
!a 【打印】 【关闭】
""",
        body="""
根据公开招聘公告，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下。
姓名　性别　岗位　总成绩
钟晓蕾　女　文物保护　82.35
闻一鸣　男　水利工程　80.90
公示期为7月23日至7月29日，对公示人员有异议的，可在公示期内实名反映。
监督电话：0762-3331245
""",
    ),
    dict(
        slug="tender-html-tennis-court-resurfacing",
        site="瑜湾市公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuwan.example.gov.cn/jyxx/zfcg/cggg/20250403/77120.html",
        title="瑜湾市全民健身中心网球场面层改造项目招标公告",
        record_title="瑜湾市全民健身中心网球场面层改造项目招标公告",
        record_date="2025-04-03",
        date="2025-04-03",
        notes="tender platform: CA hotline beside purchaser and agency contacts (kept); lots table; attachment list",
        page="""
<html><head><meta charset="utf-8"><title>瑜湾市全民健身中心网球场面层改造项目招标公告 - 瑜湾市公共资源交易网</title></head><body>
<div class="top">⟦m 瑜湾市公共资源交易网⟧　⟦a 主体登录 | CA办理 | 帮助中心⟧</div>
<div class="pos">⟦m 交易信息 > 政府采购 > 采购公告⟧</div>
<h2>⟦t 瑜湾市全民健身中心网球场面层改造项目招标公告⟧</h2>
<div class="info">⟦m 信息来源：瑜湾市公共资源交易中心　发布时间：2025-04-03 15:00⟧</div>
{BODY}
<div class="ca">⟦m CA数字证书服务热线：400-880-6633⟧</div>
<div class="foot">⟦d 本平台公告信息由采购人或代理机构发布，平台不对其真实性负责。⟧</div>
</body></html>
""",
        body="""
项目编号：YW-ZFCG-2025-0412
瑜湾市全民健身中心网球场面层改造项目已具备招标条件，现进行公开招标。
标段　内容　最高限价（万元）
一标段　室外硬地球场六片面层翻新　96
二标段　室内球场照明改造　38
投标人须在4月24日9时前通过交易平台上传电子投标文件。
采购人：瑜湾市全民健身中心　联系人：甘立　电话：0717-6608712
代理机构：瑜湾正衡招标代理有限公司　联系人：詹明　电话：0717-6611390
附件：招标文件（电子版）
""",
    ),
    dict(
        slug="tender-text-garlic-coldstore-bid-result",
        site="瑗湖县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.yuanhu.example.gov.cn/zbgg/2025/0918/2206.html",
        title="瑗湖县大蒜冷链仓储设施建设项目中标结果公告",
        record_title="【中标公告】瑗湖县大蒜冷链仓储设施建设项目中标结果公告",
        date="2025-09-18",
        notes="bid result; results table kept; share row; a 'more' link",
        page="""
!m 瑗湖县政府采购网
!m 首页 ＞ 采购公告 ＞ 结果公告
!t 【中标公告】瑗湖县大蒜冷链仓储设施建设项目中标结果公告
!m 发布日期：2025-09-18　阅读：509
{BODY}
!l 分享：微信　微博　复制链接
!l 更多结果公告 ››
""",
        body="""
一、项目编号：YHCG2025-118
二、项目名称：瑗湖县大蒜冷链仓储设施建设项目
三、中标信息
中标单位　中标金额（万元）　工期
瑗湖县鸿运建设工程有限公司　1268.5　180日历天
四、公告期限：自本公告发布之日起一个工作日。
五、采购人：瑗湖县农业农村局　联系电话：0710-5219003
""",
    ),
    dict(
        slug="lawfirm-html-parking-dispute-lecture",
        site="瑄正律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.xuanzhenglaw.example.com/news/2025/0526/145.html",
        title="停车位纠纷常见问题与应对",
        record_title="法治讲堂丨停车位纠纷常见问题与应对",
        date="2025-05-26",
        notes="law firm site: consultation hotline and floating consult box; a 'not legal advice' notice; lecture with date line",
        page="""
<html><head><meta charset="utf-8"><title>法治讲堂丨停车位纠纷常见问题与应对 - 瑄正律师事务所</title></head><body>
<div class="hd">⟦m 瑄正律师事务所　XUANZHENG LAW FIRM⟧　⟦w 免费咨询热线：400-160-5858⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　律所动态　联系我们⟧</div>
<h1>⟦t 法治讲堂丨停车位纠纷常见问题与应对⟧</h1>
<div class="meta">⟦m 主讲：何婉律师　日期：2025-05-26　浏览：302⟧</div>
{BODY}
<div class="kf">⟦w 在线律师　24小时为您服务　点击咨询⟧</div>
<div class="ft">⟦d 本文仅为普法宣传，不构成对具体案件的法律意见。⟧<br>⟦m 地址：瑄城县滨河路18号金融大厦12层⟧</div>
</body></html>
""",
        body="""
今天应社区邀请，和大家聊一聊小区停车位的几类常见纠纷。
第一类是车位归属问题。规划用于停放汽车的车位、车库，应当首先满足业主的需要，归属由当事人通过出售、附赠或者出租等方式约定。
第二类是车位被占用问题。遇到车位被长期占用，可以先请物业协调，协调不成可以向法院起诉要求排除妨害。
第三类是停车费问题。物业收取停车费应当明码标价，不得只收费不服务。
""",
    ),
    dict(
        slug="lawfirm-text-rabbit-farm-contract-tips",
        site="珣律法律服务网 (invented)",
        style="律所网站",
        genre="文章",
        kind="insight",
        form="text",
        source="http://www.xunlv.example.cn/anli/2025/1104/62.html",
        title="签订肉兔回收合同要注意哪几点",
        record_title="签订肉兔回收合同要注意哪几点 - 律师说法 - 珣律法律服务网",
        date="2025-11-04",
        notes="law firm text page; writing-service-like contact prompt for the firm; numbered points kept",
        page="""
!m 珣律法律服务网　专业　诚信　高效
!m 首页 > 律师说法 > 农业法律
!t 签订肉兔回收合同要注意哪几点 - 律师说法 - 珣律法律服务网
!m 作者：杜文韬律师　2025-11-04
{BODY}
!w 遇到合同纠纷？添加律师微信 xunlv_2025 一对一解答
!d 声明：本站文章仅供参考，具体问题请咨询专业律师。
""",
        body="""
近年来，“公司+农户”的肉兔养殖模式越来越多，签订回收合同时，养殖户要注意以下几点。
1. 看清回收价格是固定价还是随行就市，最好约定保底价。
2. 明确种兔、饲料和药品的价款及质量标准，保留好购货凭证。
3. 约定违约责任，特别是公司不按时回收时的赔偿标准。
4. 合同签订后自己保留一份原件，不要只拍照片。
""",
    ),
    dict(
        slug="community-html-parking-lot-vote-notice",
        site="瑾山街道金桂社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jingui.jinshanjd.example.cn/sqgg/2025/0412/55.html",
        title="关于小区闲置空地改建停车场征求意见的通知",
        record_title="【社区公告】关于小区闲置空地改建停车场征求意见的通知",
        date="2025-04-12",
        notes="residents' site; a sentence asking to 扫码 vote kept; the community's own 联系电话 kept; property hotline in sidebar",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于小区闲置空地改建停车场征求意见的通知</title></head><body>
<div class="hd">⟦m 金桂社区居民之家⟧</div>
<div class="nav">⟦m 首页　社区公告　办事指南　邻里互助　便民服务⟧</div>
<h2>⟦t 【社区公告】关于小区闲置空地改建停车场征求意见的通知⟧</h2>
<div class="meta">⟦m 发布：金桂社区居委会　2025-04-12⟧</div>
{BODY}
<div class="side">⟦m 物业24小时服务电话：0713-5520990⟧　⟦l 便民：开锁　家电维修　家政⟧</div>
<div class="ft">⟦m 瑾山街道办事处指导　金桂社区居委会维护⟧</div>
</body></html>
""",
        body="""
各位居民：
小区北侧原锅炉房拆除后留下约一千二百平方米空地，社区拟将其改建为停车场，可新增车位四十八个。
现向全体居民征求意见，请于4月25日前扫描单元门口张贴的二维码投票，也可到社区服务站填写纸质意见表。
赞成票超过三分之二的，社区将向街道申请立项。
联系电话：0713-5526103（社区服务站）
金桂社区居民委员会
2025年4月12日
""",
    ),
    dict(
        slug="community-text-taichi-volunteer-oneline",
        site="琮田县东门社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://dongmen.cotian.example.org/hd/2025/0320.html",
        title="关于组建社区太极拳志愿服务队的倡议书",
        record_title=None,
        date="2025-03-20",
        notes="whole body on one line with indents; no record title; title once on the page; a join button line",
        oneline=True,
        indent="　　",
        page="""
!m 东门社区网 › 社区活动
关于组建社区太极拳志愿服务队的倡议书
!m 2025-03-20 10:12　社区居委会
{BODY}
!a 我要报名加入　>>
!l 上一条：东门社区春季义诊通知
""",
        body="""
社区各位居民朋友：
为丰富居民文化生活，社区倡议组建太极拳志愿服务队，由有基础的居民义务教学。
服务队每天早上六点半在社区广场带练，每周日下午进行集中讲解。
欢迎热爱太极拳的居民踊跃报名，让我们一起强身健体、邻里和睦。
东门社区居民委员会
2025年3月20日
""",
    ),
    dict(
        slug="association-html-lacquer-pledge",
        site="琨山县漆艺协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.ksqiyi.example.org.cn/xhdt/2025/1011/33.html",
        title="关于规范天然大漆使用标识的倡议",
        record_title="[协会倡议] 关于规范天然大漆使用标识的倡议",
        date="2025-10-11",
        notes="association site with member login and join button; pledge; signature date",
        page="""
<html><head><meta charset="utf-8"><title>[协会倡议] 关于规范天然大漆使用标识的倡议-琨山县漆艺协会</title></head><body>
<div class="hd">⟦m 琨山县漆艺协会⟧　⟦a 会员登录　申请入会⟧</div>
<div class="nav">⟦m 协会首页　协会概况　协会动态　会员风采　技艺传承⟧</div>
<h1>⟦t [协会倡议] 关于规范天然大漆使用标识的倡议⟧</h1>
<div class="meta">⟦m 发布时间：2025-10-11　来源：协会秘书处⟧</div>
{BODY}
<div class="join">⟦a 成为会员，享受展会优先参展权 →⟧</div>
<div class="ft">⟦m 协会秘书处电话：0735-6812230⟧<br>⟦d © 琨山县漆艺协会　版权所有⟧</div>
</body></html>
""",
        body="""
全县漆艺从业者：
近来，市场上出现以化学漆冒充天然大漆的现象，损害了消费者权益和琨山漆器的声誉。
为此，协会倡议：一、凡使用天然大漆的作品，应在标签上注明漆料来源；二、使用合成漆的作品，不得标注“大漆”字样；三、会员单位互相监督，发现问题及时向协会反映。
让我们共同守护琨山漆器的金字招牌。
琨山县漆艺协会
2025年10月11日
""",
    ),
    dict(
        slug="association-text-pigeon-association-charter-wrapped",
        site="琲水信鸽协会网站 (invented)",
        style="行业协会",
        genre="章程",
        kind="plan",
        form="text",
        source="http://www.bsxgxh.example.org/zc/2025.html",
        title="琲水市信鸽协会章程（修订）",
        record_title="琲水市信鸽协会章程（修订）_琲水市信鸽协会",
        date="2025-01-12",
        notes="hard-wrapped at 64 columns; 章程 articles; adopted-date line kept in the body",
        wrap=64,
        page="""
!m 琲水市信鸽协会 | 协会文件
!t 琲水市信鸽协会章程（修订）_琲水市信鸽协会
!m 发布者：秘书处　阅读：140
{BODY}
!a 下载章程全文（PDF）
!m 协会地址：琲水市工人文化宫二楼　QQ群：30711829
""",
        body="""
（2025年1月12日第五届会员代表大会通过）
第一条　本会名称为琲水市信鸽协会，是由本市信鸽爱好者自愿结成的非营利性社会组织。
第二条　本会的宗旨是团结广大鸽友，普及信鸽知识，开展信鸽竞翔活动，促进信鸽运动健康发展。
第三条　本会接受市体育总会的业务指导和社团登记管理机关的监督管理。
第四条　会员应当遵守本会章程，按时交纳会费，积极参加协会组织的活动。
""",
    ),
]
