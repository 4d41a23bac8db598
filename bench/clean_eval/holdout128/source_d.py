"""holdout128, part D: written blind. Invented sites, places, people and numbers."""

CASES = [
    dict(
        slug="download-yiqi-limestone-mine-research-pages",
        site="易齐资料站 (invented)",
        style="资料下载站",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.yiqi-ziliao.example.com/soft/92281.html",
        title="关于全县石灰石矿山生态修复情况的调研报告",
        record_title="关于全县石灰石矿山生态修复情况的调研报告【word版】免费下载",
        date="2024-11-20",
        notes="download-station text page: file info lines, mirror links, dead-link report; page markers ‹第n面›; a speech-like byline is none; 成文日期 at end",
        pages=dict(fmt="‹第{n}面›", every=170, start=2),
        page="""
!m 易齐资料站 - 公文资料免费下载
!m 资料分类：调研报告 ｜ 资料大小：38.5 KB ｜ 授权方式：免费 ｜ 更新：2024-11-25
!t 关于全县石灰石矿山生态修复情况的调研报告【word版】免费下载
!a 下载地址：电信高速下载　联通下载　备用下载
!a 下载地址失效？点此报错
{BODY}
!l 本类下载排行：1.乡村振兴调研报告 2.安全生产专项整治总结
!d 本站所有资料均来源于网络，仅供学习研究，请于下载后24小时内删除。
""",
        body="""
为全面掌握我县石灰石矿山生态修复情况，县人大常委会调研组于10月中下旬深入8个乡镇、23座矿山开展专题调研。
一、基本情况
全县现有石灰石矿山31座，其中在产矿山14座、关闭矿山17座，需修复面积共计386公顷，已完成修复214公顷。
二、存在问题
一是历史遗留矿山修复资金缺口较大；二是部分在产矿山“边开采、边治理”落实不到位；三是修复后管护责任不明确，部分复绿区域出现退化。
三、意见建议
建议县政府设立矿山生态修复专项资金，探索“修复+产业”模式，对修复后的土地因地制宜发展林果和光伏产业。
县人大常委会调研组
2024年11月20日
""",
    ),
    dict(
        slug="download-tiaoyuan-sports-goods-plan-html",
        site="条元文档下载 (invented)",
        style="资料下载站",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://www.tiaoyuan-down.example.net/doc/20250108/71532.html",
        title="体育用品门店2025年度工作计划",
        record_title="体育用品门店2025年度工作计划.doc",
        date=None,
        notes="download-station HTML: file info table, star rating, three mirror buttons, an 'unzip password' line, related list; file-name title; no date (2025 only in the title)",
        page="""
<html><head><meta charset="gbk"><title>体育用品门店2025年度工作计划.doc 下载 - 条元文档下载</title></head><body>
<div class="top">⟦m 条元文档下载 — 安全 绿色 无毒⟧</div>
<div class="menu">⟦m 首页 | 工作计划 | 总结报告 | 合同范本 | PPT模板⟧</div>
<table class="fileinfo">
<tr><td>⟦m 文件名称：体育用品门店2025年度工作计划.doc⟧</td></tr>
<tr><td>⟦m 文件大小：29KB　运行环境：WPS/Office⟧</td></tr>
<tr><td>⟦m 推荐星级：★★★★　下载次数：1,308⟧</td></tr>
</table>
<div class="intro">
{BODY}
</div>
<div class="dl">⟦a 本地下载一　本地下载二　网盘下载⟧</div>
<div class="pw">⟦a 解压密码：www.tiaoyuan-down.example.net⟧</div>
<div class="rel"><b>⟦l 相关下载⟧</b><p>⟦l 服装店年度销售计划表⟧</p><p>⟦l 超市店长工作计划⟧</p></div>
<div class="ft">⟦d 本站资源来源于互联网，版权归原作者所有，如有侵权请告知⟧</div>
</body></html>
""",
        body="""
新的一年，本店将围绕提升销量、优化服务、控制成本三项目标开展工作。
一、销售目标
全年销售额力争比上年增长15%，其中跑步、球类和户外三大品类占比达到70%以上。
二、重点工作
1. 抓住春季开学、暑期和年底三个旺季，提前两个月做好备货。
2. 与周边中小学、健身俱乐部建立团购合作，全年发展团体客户不少于20家。
3. 开展会员积分活动，会员消费占比提高到50%。
三、内部管理
每月盘点一次库存，滞销商品三个月内完成清理；店员每季度参加一次产品知识培训。
""",
    ),
    dict(
        slug="exam-pingjiang-elderly-university-recruit-text",
        site="平江县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.pingjiang.example.gov.cn/zkgg/2025/0520/441.html",
        title="平江县老年大学2025年公开招聘兼职教师公告",
        record_title="平江县老年大学2025年公开招聘兼职教师公告",
        date="2025-05-20",
        record_date="2025-05-20",
        notes="personnel-exam text page: exam-notice breadcrumbs, a 'check your score' action, a QR follow prompt, footer hotline; the notice's own 报名邮箱/咨询电话 kept; a position table kept",
        page="""
!m 平江县人事考试网 | 公平 公正 公开
!m 首页 → 考试公告 → 事业单位招聘
{T}
!m 发布日期：2025-05-20　来源：县人社局　阅读：4418
{BODY}
!a 【成绩查询入口】　【准考证打印入口】
!a 微信扫一扫，关注“平江人事考试”获取最新公告
!m 考务咨询：0736-3382011（工作日）
""",
        body="""
因教学工作需要，县老年大学面向社会公开招聘兼职教师，现将有关事项公告如下：
一、招聘岗位
岗位　人数　要求
书画教师　2　相关专业大专以上学历
声乐教师　1　有合唱指挥经验者优先
智能手机应用教师　2　熟悉常用软件，耐心细致
二、报名方式
请于6月5日前将报名表、学历证书和作品材料发送至邮箱pjlndx@163.example.com。
三、其他
兼职教师按课时计发报酬，聘期一年。咨询电话：0736-3390518。
平江县老年大学
2025年5月20日
""",
    ),
    dict(
        slug="exam-luxi-agri-testing-station-recruit-html",
        site="鹿溪市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lxrsks.example.cn/article/2025/0612/9102.html",
        title="鹿溪市农产品质量安全检测站2025年公开招聘工作人员公告",
        record_title=None,
        date="2025-06-12",
        notes="exam portal HTML without record title; title in an h2 under a notice bar; countdown box, login for candidates, attachment download list kept as body 附件 lines; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>鹿溪市人事考试信息网</title></head><body>
<div class="top">⟦m 鹿溪市人事考试信息网⟧ ⟦a 考生登录 | 注册⟧</div>
<div class="notice">⟦l 【通知】近期有不法分子冒充考试机构收费，请广大考生提高警惕⟧</div>
<div class="crumb">⟦m 当前位置：首页 > 招聘公告⟧</div>
<h2>⟦t 鹿溪市农产品质量安全检测站2025年公开招聘工作人员公告⟧</h2>
<div class="meta">⟦m 发布时间：2025-06-12 10:00　来源：本站　浏览：6620次⟧</div>
<div class="content">
{BODY}
</div>
<div class="count">⟦m 距报名截止还有 5 天⟧</div>
<div class="foot">⟦m 鹿溪市人事考试院 主办　技术支持电话：0769-2210055⟧</div>
</body></html>
""",
        body="""
经市人社局同意，鹿溪市农产品质量安全检测站公开招聘工作人员3名。
一、招聘条件
具有全日制本科及以上学历，食品科学、农产品质量与安全、分析化学等相关专业，年龄35周岁以下。
二、招聘程序
按照报名、资格审查、笔试、面试、体检、考察、公示的程序进行，笔试内容为专业知识。
三、报名时间
2025年6月16日至6月20日，网上报名。
咨询电话：0769-2213307（市农产品质量安全检测站办公室）。
附件：1.岗位表
2.报名登记表
""",
    ),
    dict(
        slug="tender-fangzhou-helipad-tender-text",
        site="方洲公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.fangzhou.example.gov.cn/jsgc/zbgg/20250422/008817.html",
        title="方洲县人民医院屋顶直升机停机坪建设项目招标公告",
        record_title="方洲县人民医院屋顶直升机停机坪建设项目招标公告",
        date="2025-04-22",
        notes="tender portal: project number line neutral? (marked meta), 'sign up online' action, CA-lock help, announcement media notice; the tender's own 联系人/电话 for the purchaser and the agent kept",
        page="""
!m 方洲公共资源交易中心 > 建设工程 > 招标公告
{T}
!m 项目编号：FZGC-2025-0417　信息来源：方洲县人民医院　发布日期：2025-04-22
!a 我要投标（需CA锁登录）　CA办理指南
{BODY}
!d 本公告同时在省公共资源交易平台发布，其他媒介转载的以本网为准。
!l 相关公告：方洲县中医院门诊楼改造工程中标候选人公示
!m 交易中心服务热线：0745-12345转8
""",
        body="""
一、项目概况
方洲县人民医院屋顶直升机停机坪建设项目已批准建设，建设资金来自财政资金，招标人为方洲县人民医院，现对该项目施工进行公开招标。
二、招标范围
在住院楼屋顶新建直升机停机坪一座，包括钢结构平台、助航灯光、消防设施及配套通道等，计划工期120日历天。
三、投标人资格要求
投标人须具备建筑工程施工总承包三级及以上资质，拟派项目经理须具备二级及以上注册建造师资格。
四、招标文件获取
2025年4月23日至4月29日，登录交易平台免费下载。
五、联系方式
招标人：方洲县人民医院　联系人：覃建平　电话：0745-5512203
招标代理机构：恒衡项目管理有限公司　联系人：毛雨　电话：0745-5530866
""",
    ),
    dict(
        slug="tender-liujin-medical-device-award-html",
        site="柳津市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zfcg.liujin.example.gov.cn/cgjg/2025/06/t20250603_5514.html",
        title="柳津市妇幼保健院超声诊断设备采购项目中标结果公告",
        record_title="柳津市妇幼保健院超声诊断设备采购项目中标结果公告 - 柳津市政府采购网",
        date="2025-06-03",
        notes="procurement portal HTML: search box, category tabs, result table kept as body rows, 'print/close' row, footer with CA service phone; site suffix in record title",
        page="""
<html><head><meta charset="utf-8"><title>柳津市妇幼保健院超声诊断设备采购项目中标结果公告 - 柳津市政府采购网</title></head><body>
<div class="head">⟦m 柳津市政府采购网⟧ ⟦a 供应商注册　专家登录⟧</div>
<div class="search">⟦a 请输入项目名称或编号 搜索⟧</div>
<div class="tabs">⟦m 采购公告 | 更正公告 | 结果公告 | 合同公告⟧</div>
<div class="detail">
<h3>⟦t 柳津市妇幼保健院超声诊断设备采购项目中标结果公告⟧</h3>
<div class="info">⟦m 发布时间：2025-06-03 16:20:11　采购方式：公开招标⟧</div>
{BODY}
<div class="tools">⟦a 【打印】【关闭】⟧</div>
</div>
<div class="foot">⟦m CA证书服务热线：400-018-6611⟧　⟦d 柳津市财政局主办 版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：LJCG-2025-0512
二、项目名称：柳津市妇幼保健院超声诊断设备采购项目
三、中标信息
包号　供应商名称　中标金额（万元）
1　柳津康博医疗器械有限公司　286.5
2　澄远医学科技有限公司　143.2
四、主要标的信息
彩色多普勒超声诊断系统3台、便携式超声诊断仪2台。
五、公告期限
自本公告发布之日起1个工作日。
六、联系方式
采购人：柳津市妇幼保健院　联系人：文静　电话：0772-3185026
""",
    ),
    dict(
        slug="lawfirm-zhengyan-beauty-salon-prepaid-card",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="法律解读",
        kind="other",
        form="text",
        source="https://www.zhengyanlaw.example.com/insight/2025/0311.html",
        title="美容院突然关门，预付卡里的钱怎么要回来？",
        record_title="美容院突然关门，预付卡里的钱怎么要回来？｜正言律所·以案说法",
        date="2025-03-11",
        notes="law-firm article: lawyer card, 'free consultation' contact prompt between paragraphs, not-legal-advice notice; statute quote kept; site decoration after ｜",
        page="""
!m 正言律师事务所　ZHENGYAN LAW FIRM
!m 首页 / 律师观点 / 以案说法
{T}
!m 作者：宋以宁 律师　发布：2025-03-11　阅读 862
{BODY}
!d 本文仅为一般性法律知识介绍，不构成对任何具体案件的法律意见。
!w 遇到类似纠纷？欢迎致电正言律所：0755-8860 2211，或添加微信 zhengyan-lawyer
!l 相关阅读：健身房跑路了，会员费能追回吗？
""",
        body="""
近来，不少读者来信反映，办了卡的美容院突然关门，店主联系不上，卡里还有几千元余额。
首先，要固定证据。预付卡、充值记录、消费记录、聊天记录以及门店的营业执照照片，都要尽量保存。
⟦w 免费法律咨询请拨打 400-116-0755⟧
其次，可以向门店所在地的市场监管部门投诉，或者拨打12315反映；涉及人数较多的，可以联合其他消费者共同维权。
再次，如果经营者是公司，可以以合同纠纷为由起诉公司；公司已注销但未依法清算的，还可以要求股东承担责任。
最后提醒大家，办理预付卡要选择信誉良好的商家，一次充值不宜过多。
""",
    ),
    dict(
        slug="lawfirm-hengrun-mall-lease-lecture-html",
        site="衡润律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.hengrunlaw.example.cn/news/show-3381.html",
        title="商场专柜租赁合同常见法律风险——在商户法律服务讲座上的讲稿",
        record_title=None,
        date="2025-05-16",
        notes="law-firm HTML page: practice-area nav, lawyer sidebar with phone (contact), WeChat follow, copyright; no record title; speech with date line under title (neutral) and speaker line (neutral)",
        page="""
<html><head><meta charset="utf-8"><title>衡润律师事务所-律所动态</title></head><body>
<div class="hd">⟦m 衡润律师事务所⟧ ⟦m 专业 · 诚信 · 高效⟧</div>
<div class="nav">⟦m 首页 律所简介 业务领域 律师团队 律所动态 联系我们⟧</div>
<div class="crumb">⟦m 当前位置：首页 - 律所动态⟧</div>
<div class="art">
<h1>⟦t 商场专柜租赁合同常见法律风险——在商户法律服务讲座上的讲稿⟧</h1>
<p class="c">（2025年5月16日）</p>
<p class="c">衡润律师事务所合伙人　杜明璋</p>
{BODY}
</div>
<div class="side"><p>⟦w 咨询热线：0591-8766 3300⟧</p><p>⟦a 扫码关注律所公众号⟧</p></div>
<div class="foot">⟦d Copyright © 衡润律师事务所 All Rights Reserved⟧　⟦m 闽ICP备19002837号⟧</div>
</body></html>
""",
        body="""
各位商户朋友：
今天主要和大家聊一聊商场专柜租赁中最常见的三个法律风险。
第一个风险是合同性质不清。有的合同名为“联营”，实为租赁，发生纠纷时双方的权利义务差别很大，签约前一定要看清条款。
第二个风险是扣点和费用约定不明。除了租金或扣点，商场往往还会收取物业费、促销费、装修押金，建议在合同中逐项列明收费标准。
第三个风险是商场单方调整柜位。合同中要约定调整柜位的条件和补偿方式，避免被动承担损失。
最后提醒大家，合同签订后请妥善保管原件和往来函件，这在将来发生争议时非常重要。
谢谢大家。
""",
    ),
    dict(
        slug="community-fenghua-drying-rack-notice-text",
        site="丰华社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.fenghuasq.example.com/notice/2025/06/0605.html",
        title="关于规范小区公共区域晾晒的温馨提示",
        record_title="关于规范小区公共区域晾晒的温馨提示",
        date="2025-06-05",
        notes="residents' site text: a 'neighbour-help' box between paragraphs, comment count, a property-service phone in the footer beside the notice's own contact; 落款 date",
        page="""
!m 丰华社区网 · 我们的家园
!m 社区公告 ＞ 温馨提示
{T}
!m 社区居委会　2025年6月5日　👁 298
{BODY}
!l 居民留言（5）
!l 上一则：端午节社区包粽子活动报名
!m 物业服务中心24小时电话：0595-2270119
""",
        body="""
各位居民朋友：
近期天气晴好，部分居民在楼道、消防通道、绿化带树木上拉绳晾晒衣被，既影响小区环境，也存在安全隐患。
⟦l 【邻里互助】3栋王阿姨家有闲置晾衣架两个，需要的邻居可联系⟧
为此，社区提醒大家：
1. 请勿在楼道、消防通道和电梯前室晾晒物品。
2. 请勿在绿化树木之间拉绳晾晒，以免损伤树木。
3. 小区中心广场东侧已设置公共晾晒区，欢迎居民使用。
如有意见建议，请联系社区网格员钱敏，电话：13959520471。
丰华社区居民委员会
2025年6月5日
""",
    ),
    dict(
        slug="community-hexi-empty-nest-pairing-html",
        site="荷溪街道社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://sq.hexijd.example.gov.cn/ggfw/2025/0226/ht381.html",
        title="关于开展空巢老人“邻里结对”关爱行动的通知",
        record_title="关于开展空巢老人“邻里结对”关爱行动的通知_荷溪街道社区服务网",
        date="2025-02-26",
        notes="community-service HTML: service-hall quick icons, weather widget, a volunteer sign-up action, footer with address; the notice's own 报名电话 kept; numbered list",
        page="""
<html><head><meta charset="utf-8"><title>关于开展空巢老人“邻里结对”关爱行动的通知_荷溪街道社区服务网</title></head><body>
<div class="hd">⟦m 荷溪街道社区服务网⟧ <span>⟦m 今日 多云 6～14℃⟧</span></div>
<div class="icons">⟦l 办事指南　社区活动　便民电话　志愿服务⟧</div>
<div class="path">⟦m 首页 ＞ 公共服务 ＞ 社区通知⟧</div>
<div class="main"><h2>⟦t 关于开展空巢老人“邻里结对”关爱行动的通知⟧</h2>
<p class="src">⟦m 发布单位：荷溪街道社会事务办　日期：2025年2月26日⟧</p>
{BODY}
<p class="btn">⟦a 我要报名当志愿者⟧</p></div>
<div class="ft">⟦m 地址：荷溪街道文昌路19号⟧　⟦d 荷溪街道办事处版权所有⟧</div>
</body></html>
""",
        body="""
各社区居委会：
为做好辖区空巢老人关爱服务，街道决定在全街道开展空巢老人“邻里结对”关爱行动。
1. 每名空巢老人至少结对一名邻居志愿者，志愿者每周上门探视或电话问候不少于两次。
2. 各社区建立空巢老人信息台账，标明健康状况、紧急联系人和结对志愿者。
3. 发现老人身体不适或家中异常，志愿者应第一时间联系社区和老人家属。
请各社区于3月10日前完成结对工作，报名及咨询电话：0576-8231047。
荷溪街道办事处
2025年2月26日
""",
    ),
]
