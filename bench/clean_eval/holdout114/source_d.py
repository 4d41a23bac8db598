"""holdout114, part D: download stations, personnel-exam sites, tender portals, law firms and
community sites. Everything invented; see ../README.md."""

CASES = [
    dict(
        slug="download-ziyuan-diaolou-plan-fileinfo",
        site="资源小站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.ziyuanxz.example.com/soft/doc/22751.html",
        title="碉楼群保护修缮工程实施方案",
        record_title="碉楼群保护修缮工程实施方案.doc",
        date=None,
        notes="old download-station table layout: file info table, mirror links, dead-link report; file-name title; no date (year in title-like text only)",
        page="""
<html><head><meta charset="gb2312"><title>碉楼群保护修缮工程实施方案.doc 下载 - 资源小站</title></head><body>
<table width="100%"><tr><td>⟦m 资源小站 — 绿色 安全 免费的资料下载⟧</td></tr>
<tr><td>⟦m 首页 → 文档资料 → 方案计划⟧</td></tr></table>
<table class="info"><tr><td>⟦m 文件大小：58KB⟧</td><td>⟦m 文件格式：doc⟧</td><td>⟦m 更新时间：2025-02-19⟧</td></tr>
<tr><td>⟦m 下载次数：412⟧</td><td>⟦m 授权方式：免费⟧</td><td>⟦m 运行环境：Word/WPS⟧</td></tr></table>
<h3>⟦t 碉楼群保护修缮工程实施方案.doc⟧</h3>
<div class="intro">
{BODY}
</div>
<table><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<p>⟦a 下载地址无效？点此报告错误⟧</p>
<p>⟦d 本站资源均来源于互联网，如有侵权请来信告知⟧</p>
</body></html>
""",
        body="""
为加强对碉楼群的保护，消除结构安全隐患，制定本实施方案。
一、修缮范围：镇内列入文物保护单位的碉楼23座。
二、修缮原则：坚持不改变文物原状，最小干预，优先采用传统材料和传统工艺。
三、工作步骤：勘察设计阶段完成现状测绘和病害评估；施工阶段按先抢险、后修缮的顺序实施；验收阶段由文物部门组织专家验收。
四、资金安排：修缮资金由上级文物保护专项资金、县级配套和社会捐资共同解决。
""",
    ),
    dict(
        slug="download-wenyi-qilou-summary-text-wrapped",
        site="文驿资料库 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenyizl.example.net/down/74402.html",
        title="骑楼街区改造提升工作总结",
        record_title="骑楼街区改造提升工作总结（最新）",
        date="2025-12-05",
        notes="hard-wrapped at 56 columns; download info lines; 下载说明 notice; date under signature",
        wrap=56,
        page="""
!m 文驿资料库 | 下载频道
!m 资料名称：骑楼街区改造提升工作总结　资料大小：22KB　下载：88次
{T}
{BODY}
!a ★ 点击下载本资料（需登录）
!d 下载说明：资料仅供个人学习参考，请于下载后24小时内删除
!l 同类资料：老街改造工作汇报　｜　历史街区保护规划
""",
        body="""
今年，我们对中山路骑楼街区开展了改造提升，完成沿街骑楼立面修缮146栋，更换老化电线和排水管网三公里，街区面貌明显改善。
改造中，我们坚持修旧如旧，请老工匠按原样修复灰塑、山花和窗楣，保留了骑楼街的历史风貌。
同时引进特色餐饮、文创等商户38家，街区日均客流比改造前增加了一倍多。
下一步，将完成骑楼街夜景照明工程，并出台街区商户经营管理办法。
中山路街道办事处
2025年12月5日
""",
    ),
    dict(
        slug="exam-lhrs-wind-rain-bridge-ranger-notice",
        site="柃湖人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lhrsks.example.gov.cn/ksgg/2025/0520/667.html",
        title="柃湖县2025年公开招聘文物保护员（风雨桥看护）公告",
        record_title=None,
        date="2025-05-20",
        notes="exam site: no record title; schedule table; 报名网址 and 咨询电话 of the document kept next to the site's technical line",
        page="""
!m 柃湖县人事考试网
!m 当前位置：首页 > 考试公告
{T}
!m 发布时间：2025-05-20 15:30　发布单位：县人社局
{BODY}
!m 网站技术支持电话：0776-5533021（仅限网站技术问题）
!l 相关公告：柃湖县2025年事业单位招聘面试公告
""",
        body="""
因工作需要，县文物管理所面向社会公开招聘文物保护员6名，负责全县风雨桥日常看护。
一、报名条件：年龄18至50周岁，高中以上学历，身体健康，能适应野外巡查工作。
二、时间安排：
事项　时间
网上报名　5月26日至5月30日
资格审查　6月3日
笔试　6月14日
三、报名网址：http://www.lhrsks.example.gov.cn/bm。
咨询电话：0776-5512207（县文物管理所）。
柃湖县人力资源和社会保障局
2025年5月20日
""",
    ),
    dict(
        slug="exam-chrs-dongba-teacher-html",
        site="川和人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.chuanhe.example.gov.cn/html/tz/2025/1014_3391.html",
        title="关于东巴文化传承教师专项招聘面试有关事项的通知",
        record_title="关于东巴文化传承教师专项招聘面试有关事项的通知",
        date="2025-10-14",
        record_date="2025-10-14",
        notes="HTML exam site; the notice tells candidates to 下载打印 准考证 (kept); login box chrome; quick links",
        page="""
<html><head><meta charset="utf-8"><title>关于东巴文化传承教师专项招聘面试有关事项的通知 - 川和人事考试网</title></head><body>
<div class="t">⟦m 川和人事考试网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="login">⟦a 考生登录　忘记密码　注册新用户⟧</div>
<div class="pos">⟦m 您当前的位置：首页 &gt; 通知公告&gt; 正文⟧</div>
<h2>⟦t 关于东巴文化传承教师专项招聘面试有关事项的通知⟧</h2>
<div class="meta">⟦m 来源：本站　时间：2025-10-14　阅读：3388次⟧</div>
{BODY}
<div class="links">⟦l 快速链接：报名入口 | 成绩查询 | 准考证打印⟧</div>
<div class="foot">⟦m 主办单位：川和市人事考试中心　滇ICP备06001182号⟧</div>
</body></html>
""",
        body="""
各位考生：
东巴文化传承教师专项招聘面试定于10月25日举行，现将有关事项通知如下。
一、请考生于10月20日至24日登录本网站下载并打印面试准考证。
二、面试采取试讲加东巴文书写测试的方式，每名考生试讲10分钟。
三、考生须持准考证和身份证于面试当天7:30前到达川和市第一中学候考室报到。
川和市人事考试中心
2025年10月14日
""",
    ),
    dict(
        slug="tender-zhongyuan-runway-bid-result",
        site="中原机场集团采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cg.zyairport.example.com/bid/result/ZY-2025-GC-017.html",
        title="跑道道面局部修复工程中标结果公告",
        record_title="跑道道面局部修复工程中标结果公告",
        date="2025-07-21",
        notes="tender portal; bid-result table; buyer and agency 联系人/电话 kept; platform CA and hotline chrome; print/share",
        page="""
<html><head><meta charset="utf-8"><title>跑道道面局部修复工程中标结果公告-中原机场集团采购平台</title></head><body>
<div class="top">⟦m 中原机场集团电子采购平台⟧ ⟦a 供应商注册｜CA证书办理⟧</div>
<div class="crumb">⟦m 首页 / 采购公告 / 结果公告⟧</div>
<h1>⟦t 跑道道面局部修复工程中标结果公告⟧</h1>
<div class="meta">⟦m 公告类型：中标结果　发布日期：2025-07-21　项目编号：ZY-2025-GC-017⟧</div>
<div class="con">
{BODY}
</div>
<div class="ops">⟦a 打印公告⟧ ⟦a 分享链接⟧</div>
<div class="ft">⟦m 平台服务热线：400-810-6655（工作日9:00-17:00）⟧ ⟦d 本平台信息以原文为准⟧</div>
</body></html>
""",
        body="""
中原机场集团跑道道面局部修复工程（项目编号：ZY-2025-GC-017）已完成评标，现将中标结果公告如下。
中标单位　中标金额（万元）　工期（日历天）
豫通路桥工程有限公司　1268.40　60
公示期：2025年7月21日至7月23日。
采购人：中原机场集团有限公司，联系人：韩工，电话：0371-6551280。
代理机构：中鼎招标咨询有限公司，联系人：孟女士，电话：0371-6710339。
""",
    ),
    dict(
        slug="tender-yaoxi-bike-lane-procurement-text",
        site="杳溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.yaoxi.example.gov.cn/jyxx/gcjs/zbgg/20250403/4471.html",
        title="滨河自行车道建设工程招标公告",
        record_title="滨河自行车道建设工程招标公告_工程建设_杳溪县公共资源交易中心",
        date="2025-04-03",
        notes="text page; decorated record title; numbered sections; 投标文件 下载 sentences kept; CA chrome",
        page="""
!m 杳溪县公共资源交易中心
!m 交易信息 > 工程建设 > 招标公告
{T}
!m 【信息时间：2025-04-03】【浏览次数：297】
{BODY}
!a 【我要投标】【收藏】【关闭】
!m 交易中心地址：杳溪县政务服务中心五楼　服务电话：0912-3301888
""",
        body="""
1. 招标条件
滨河自行车道建设工程已由县发展和改革局批准建设，建设资金来自县财政，项目已具备招标条件。
2. 项目概况
建设滨河自行车道全长8.6公里，宽3.5米，含彩色沥青面层、隔离护栏和休息驿站4处。
3. 招标文件的获取
凡有意参加投标者，请于2025年4月4日至4月10日登录交易平台下载电子招标文件。
4. 联系方式
招标人：杳溪县城市管理局，联系人：唐先生，电话：0912-3318026。
""",
    ),
    dict(
        slug="lawfirm-zhengyi-sea-burial-contract-lecture",
        site="正义律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.zhengyilaw.example.com/guandian/2025/1103.html",
        title="殡葬服务合同中的消费者权益保护——在海葬服务机构培训会上的讲座稿",
        record_title=None,
        date=None,
        notes="law-firm article page; no record title; lawyer card; not-legal-advice notice; consult prompt; no date",
        page="""
!m 正义律师事务所 · 律师观点
{T}
!m 作者：钱若愚 律师　| 专业领域：消费者权益、合同纠纷
{BODY}
!d 本文仅为作者个人观点，不构成对任何具体案件的法律意见。
!w 预约律师面谈：拨打 0592-5503311 或添加律所企业微信
!l 更多观点：遗嘱公证与遗嘱见证有何不同？
""",
        body="""
各位同仁：
海葬作为一种节地生态安葬方式，越来越多家庭选择。但在服务合同签订和履行中，也出现了一些纠纷。
第一，合同要写明服务内容。出海时间、船只、仪式流程、可随行家属人数，都应当在合同中约定清楚。
第二，价格要公开透明。收费项目应当明码标价，不得在出海当天临时加价。
第三，因天气原因改期的，要事先约定处理办法，避免家属与机构之间产生争议。
规范合同，是对逝者的尊重，也是对家属的负责。谢谢大家。
""",
    ),
    dict(
        slug="lawfirm-hengxin-body-donation-qa-html",
        site="恒信律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.hengxinlawyer.example.cn/article/2291.html",
        title="遗体捐献需要哪些手续？家属反对怎么办？",
        record_title="遗体捐献需要哪些手续？家属反对怎么办？｜恒信律所",
        date="2025-03-28",
        notes="law firm HTML; published line (page's date); floating consult box; related list; the text lists a 红十字会 phone of its own",
        page="""
<html><head><meta charset="utf-8"><title>遗体捐献需要哪些手续？家属反对怎么办？｜恒信律所</title></head><body>
<div class="hd">⟦m 恒信律师事务所 HENGXIN LAW FIRM⟧ ⟦m 全国咨询热线 400-700-2618⟧</div>
<nav>⟦m 首页 律所简介 专业团队 业务领域 普法专栏 联系我们⟧</nav>
<h1>⟦t 遗体捐献需要哪些手续？家属反对怎么办？⟧</h1>
<div class="m">⟦m 发布时间：2025-03-28　栏目：普法专栏　阅读 566⟧</div>
{BODY}
<div class="kefu">⟦w 律师在线 · 点击立即咨询⟧</div>
<div class="rel">⟦l 推荐阅读：⟧ ⟦l 器官捐献登记后可以撤回吗⟧ ⟦l 遗嘱中能否指定捐献遗体⟧</div>
<div class="ft">⟦d © 恒信律师事务所 版权所有 转载请注明出处⟧</div>
</body></html>
""",
        body="""
问：我想去世后捐献遗体，需要办理什么手续？
答：捐献遗体应当本人生前自愿，可以到当地红十字会填写遗体捐献登记表，也可以订立书面遗嘱表达捐献意愿。
问：如果家属反对怎么办？
答：按照规定，公民生前表示同意捐献的，其近亲属不得擅自改变。但在实践中，登记机构通常会征求家属意见，因此建议事先与家人充分沟通。
如需办理登记，可拨打市红十字会遗体捐献登记电话0592-2051789咨询。
""",
    ),
    dict(
        slug="community-xingfu-obesity-health-activity",
        site="幸福里社区网 (invented)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://xingfuli.example.org.cn/huodong/2025/0412.html",
        title="幸福里社区居民体重管理健康行动方案",
        record_title="幸福里社区居民体重管理健康行动方案",
        date="2025-04-10",
        notes="community site: 网格员 contact chrome vs the plan's own 联系人; activity schedule table; page markers （2） glued in a few places",
        pages=dict(fmt="（{n}）", every=200, start=2, glue=True),
        page="""
!m 幸福里社区网 · 家门口的服务站
!m 首页 » 社区活动 » 健康生活
{T}
!m 发布：社区居委会　2025-04-12　👁 381
{BODY}
!w 有事找网格：网格员小周 138-7702-6619
!l 往期活动：老年人防跌倒讲座｜夏季防溺水宣传
""",
        body="""
为落实体重管理年活动要求，引导居民养成健康生活方式，社区决定开展居民体重管理健康行动。
一、活动对象：辖区内18周岁以上、有体重管理意愿的居民，首期招募60人。
二、活动内容：
时间　内容　地点
4月20日　健康体检和体成分测量　社区卫生服务站
每周二、四晚　健步走和广场健身操　幸福里广场
5月18日　营养膳食讲座　社区活动中心
三、报名方式：到社区居委会一楼服务窗口登记。联系人：沈慧，电话：0551-6390217。
幸福里社区居民委员会
2025年4月10日
""",
    ),
    dict(
        slug="community-lanxi-dementia-care-html",
        site="兰溪街道社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lanxijd.example.gov.cn/sqfw/tz/20250916-08.html",
        title="关于开展认知障碍老人关爱服务的通知",
        record_title=None,
        date="2025-09-16",
        notes="HTML residents' page; no record title; sidebar service guide; font row; 抄送 kept; old table layout",
        page="""
<html><head><meta charset="utf-8"><title>兰溪街道社区服务网</title></head><body>
<table width="1000" align="center"><tr><td colspan="2">⟦m 兰溪街道社区服务网　为民 便民 安民⟧</td></tr>
<tr><td width="200" valign="top"><p>⟦l 办事指南⟧</p><p>⟦l ·居住证办理⟧</p><p>⟦l ·高龄津贴申领⟧</p><p>⟦l ·独生子女证明⟧</p></td>
<td valign="top">
<p>⟦m 位置：首页 - 社区服务 - 通知⟧</p>
<h3>⟦t 关于开展认知障碍老人关爱服务的通知⟧</h3>
<p>⟦a 字体：【大】【中】【小】⟧　⟦m 时间：2025年9月16日⟧</p>
{BODY}
</td></tr>
<tr><td colspan="2">⟦m 兰溪街道办事处主办　地址：兰溪路206号　电话：0579-8812660⟧</td></tr></table>
</body></html>
""",
        body="""
各社区居委会：
为做好辖区认知障碍老人的关爱照护工作，街道决定自10月起开展认知障碍老人关爱服务。
一、开展筛查。各社区联合社区卫生服务中心，对辖区65岁以上老人开展认知功能筛查。
二、建立档案。对筛查出的认知障碍老人逐人建档，明确联系干部和照护责任人。
三、提供服务。为有需要的老人免费发放防走失手环，组织照护者参加家庭照护技能培训。
兰溪街道办事处
2025年9月16日
抄送：街道社区卫生服务中心，兰溪派出所。
""",
    ),
]
