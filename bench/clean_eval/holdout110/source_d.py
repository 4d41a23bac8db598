"""holdout110, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站. Invented text."""

CASES = [
    dict(
        slug="download-ruanzi-html-flour-dust-rules",
        site="软资下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.ruanzi-down.example.com/soft/doc/66102.html",
        title="面粉企业粉尘防爆管理制度",
        record_title="面粉企业粉尘防爆管理制度.doc下载",
        date=None,
        notes="old table layout: file-info table with mirror links and a dead-link report; no date (update stamp only)",
        page="""
<html><head><meta charset="gb2312"><title>面粉企业粉尘防爆管理制度.doc下载 - 软资下载站</title></head><body>
<table width="980"><tr><td>⟦m 软资下载站 — 绿色 安全 高速⟧</td><td>⟦m 首页 | 文档资料 | 办公模板 | 排行榜⟧</td></tr></table>
<table width="980"><tr><td>⟦m 资料大小：45KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-02 11:20⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr></table>
<h3>{T}</h3>
{BODY}
<table width="980"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告死链⟧</td></tr></table>
<p>⟦d 本站资料均来自网络收集，仅供学习研究使用，请于下载后24小时内删除⟧</p></body></html>
""",
        body="""
第一条　为防止粉尘爆炸事故，保障职工生命安全，制定本制度。
第二条　车间内粉尘积尘厚度不得超过1毫米，清扫采用负压吸尘方式。
第三条　除尘系统必须与生产设备联锁，除尘器停止运行时生产设备不得启动。
第四条　粉尘区域动火作业，须办理动火审批，清除积尘后方可作业。
""",
    ),
    dict(
        slug="download-wenmi-text-rhubarb-planting-tech",
        site="文觅资料网 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wenmi.example.net/ziliao/nongye/5531.html",
        title="大黄规范化种植技术方案",
        record_title="大黄规范化种植技术方案（2025修订版）免费下载",
        date=None,
        notes="download site text page; wrapped at 64 columns; decimal headings kept; no date",
        page="""
!m 文觅资料网　→　农业资料　→　中药材
!t 大黄规范化种植技术方案（2025修订版）免费下载
!m 资料格式：WORD　　下载次数：1187　　评分：★★★★☆
{BODY}
!a ↓↓ 点击进入下载页面 ↓↓
!l 同类资料：当归栽培技术规程　黄芪育苗技术要点
!d 资料版权归原作者，本站仅提供检索服务
""",
        wrap=64,
        body="""
1 选地整地
1.1 选择海拔2000米以上、土层深厚、排水良好的缓坡地，忌连作，前茬以豆类、麦类为宜。
1.2 秋季深翻30厘米以上，每亩施腐熟农家肥3000公斤作基肥。
2 育苗移栽
2.1 种子播前用温水浸泡8小时，条播育苗，苗床保持湿润。
2.2 第二年春季移栽，株距60厘米，行距70厘米，每穴一株。
3 采收加工
3.1 栽后第三年秋季地上部分枯萎后采挖，去净泥土，切片后低温烘干。
""",
    ),
    dict(
        slug="exam-renkao-html-forest-ranger-interview",
        site="蓍州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.szrsks.example.gov.cn/ksxx/2025/0710/2201.html",
        title="2025年蓍州市雪豹保护区管护员招聘面试公告",
        record_title="【考务公告】2025年蓍州市雪豹保护区管护员招聘面试公告",
        date="2025-07-10",
        notes="exam site; 准考证 下载打印 sentence kept; exam committee's 咨询电话 beside the site's technical line; timetable",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】2025年蓍州市雪豹保护区管护员招聘面试公告</title></head><body>
<div class="top">⟦m 蓍州人事考试网⟧ ⟦m 公平 公正 权威 便捷⟧</div>
<div class="nav">⟦m 首页 考试公告 报名入口 成绩查询 证书领取⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-07-10　　来源：市人事考试中心⟧</div>
{BODY}
<div class="sys">⟦m 网站系统技术咨询：0736-2210011（仅限报名系统故障）⟧</div>
<div class="float">⟦w 考试咨询在线客服⟧</div>
<div class="ft">⟦m 蓍州市人事考试中心主办　湘公网安备43070202000415号⟧</div></body></html>
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下。
一、面试人员请于7月20日至22日登录报名系统下载并打印面试准考证。
二、面试安排：
日期　岗位　地点
7月26日　管护员（一）　市人事考试中心三楼
7月27日　管护员（二）　市人事考试中心三楼
三、面试采用结构化面试，满分100分。
考务咨询电话：0736-2210376
蓍州市人事考试中心
2025年7月10日
""",
    ),
    dict(
        slug="exam-kaowu-text-lab-technician-notice",
        site="荇湖县人才招考网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rckz.xinghu.example.cn/gg/2024/1105.html",
        title="荇湖县水生蔬菜技术推广站2024年公开招聘笔试成绩公告",
        record_title="荇湖县水生蔬菜技术推广站2024年公开招聘笔试成绩公告_荇湖县人才招考网",
        date="2024-11-05",
        notes="exam site text; score table kept; 时间 byline",
        page="""
!m 荇湖县人才招考网　|　招考公告
{T}
!m 时间：2024-11-05 16:30　　浏览：2306
!a [ 打印 ]　[ 关闭 ]
{BODY}
!m 荇湖县人力资源和社会保障局　版权所有
""",
        body="""
荇湖县水生蔬菜技术推广站2024年公开招聘笔试已于11月2日结束，现将进入面试人员名单公告如下：
准考证号　岗位　笔试成绩
2024110107　农技员　78.5
2024110219　农技员　76.0
2024110322　检验员　81.5
面试时间另行通知，请考生保持电话畅通。
""",
    ),
    dict(
        slug="tender-zhaocai-html-sea-turtle-rescue-equipment",
        site="萁口市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.qikou.example.gov.cn/jyxx/zfcg/20250402/0117.html",
        title="萁口市海龟救护中心救护设备采购项目招标公告",
        record_title="萁口市海龟救护中心救护设备采购项目招标公告",
        date="2025-04-02",
        notes="tender platform; buyer and agency contacts beside a CA hotline; lot table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>萁口市海龟救护中心救护设备采购项目招标公告</title></head><body>
<div class="hd">⟦m 萁口市公共资源交易平台⟧ ⟦a 投标人登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 办事指南 诚信管理⟧</div>
<div class="pos">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 招标公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 信息时间：2025-04-02　阅读次数：140⟧</div>
{BODY}
<div class="ca">⟦m CA证书服务热线：400-8821-6622⟧</div>
<div class="ft">⟦m 主办单位：萁口市公共资源交易中心⟧</div></body></html>
""",
        body="""
萁口市政府采购中心受萁口市海龟救护中心委托，对救护设备采购项目进行公开招标，欢迎合格供应商投标。
一、采购内容：
包号　名称　预算（万元）
1　海龟康复池循环过滤系统　68
2　便携式超声诊断仪　24
二、投标截止时间：2025年4月23日9时30分。
三、采购人：萁口市海龟救护中心　联系人：莫文清　电话：0668-3391102
采购代理机构：萁口市政府采购中心　联系人：韩雪　电话：0668-3300715
""",
    ),
    dict(
        slug="tender-caigou-text-laundromat-bid-result",
        site="荪阳县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.sunyangcg.example.gov.cn/zbgg/2025/0519-08.html",
        title="荪阳县老年公寓洗衣服务外包项目中标结果公告",
        record_title="荪阳县老年公寓洗衣服务外包项目中标结果公告 - 荪阳县政府采购网",
        date="2025-05-19",
        notes="bid result; 公告日期 at the end; share and print chrome",
        page="""
!m 荪阳县政府采购网
!m 当前位置：首页 > 采购公告 > 中标公告
{T}
!m 发布时间：2025-05-19　浏览次数：88
{BODY}
!a 打印公告　　收藏公告
!m 荪阳县财政局主办
""",
        body="""
一、项目编号：SYCG-2025-031
二、中标供应商：荪阳净衣坊洗涤服务有限公司
三、中标金额：每年26.8万元
四、公告期限：自本公告发布之日起1个工作日。
采购人：荪阳县老年公寓
2025年5月19日
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-html-wild-boar-liability",
        site="正源律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="html",
        source="https://www.zhengyuanlaw.example.com/article/2025/0903.html",
        title="驾车撞上野猪，损失谁来承担？",
        record_title="法律讲堂丨驾车撞上野猪，损失谁来承担？",
        date="2025-09-03",
        notes="law firm site; lawyer's WeChat prompt glued after a 。; not-legal-advice disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨驾车撞上野猪，损失谁来承担？</title></head><body>
<div class="hd">⟦m 正源律师事务所　诚信 专业 高效⟧ ⟦m 咨询热线 0739-8866100⟧</div>
<div class="nav">⟦m 首页 律所简介 专业团队 法律讲堂 联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：彭律师　时间：2025-09-03⟧</div>
{BODY}
<div class="disc">⟦d 本文仅为普法内容，不构成对具体案件的法律意见⟧</div>
<div class="ft">⟦m 地址：蕨原县滨江路88号正源大厦5楼⟧</div></body></html>
""",
        body="""
秋收时节，山区公路上常有野猪横穿。如果驾车撞上野猪，车辆损失谁来赔？
首先，野猪是受保护的野生动物，造成人身或财产损失的，可以按照地方规定申请政府补偿。⟦w 遇到类似情况可加彭律师微信 peng_law0739 免费咨询⟧
其次，如果购买了车辆损失险，可以向保险公司报案理赔。
最后，撞伤的野猪不要自行处理，应当报告林业部门。
""",
    ),
    dict(
        slug="lawfirm-mingheng-text-flour-contract-lecture",
        site="明衡律所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.minghenglaw.example.cn/jiangtang/55.html",
        title="粮食购销合同风险防范——在面粉行业协会培训会上的讲座",
        record_title="粮食购销合同风险防范——在面粉行业协会培训会上的讲座 | 明衡律所",
        date="2024-06-14",
        notes="law firm text page; speaker line and date under the title; consult prompt",
        page="""
!m 明衡律所 · 企业法律顾问专家
!m 首页 / 律师讲堂
{T}
明衡律所合伙人　汪静
（2024年6月14日）
{BODY}
!w 企业合同审查，欢迎致电明衡律所 0736-5527700
!l 上一篇：劳动合同解除的五个误区
""",
        body="""
各位企业负责人：
今天和大家聊聊小麦购销合同中的常见风险。
第一，质量标准要写清楚，容重、水分、杂质这几项指标最好直接写明数值。
第二，付款方式要约定期限，避免长期拖欠。
第三，发生质量争议时，要及时共同封存样品，委托有资质的机构检验。
""",
    ),
    dict(
        slug="community-lanhua-html-bamboo-charcoal-giveaway",
        site="兰花社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lanhuasq.example.cn/news/2025/0418.html",
        title="关于免费领取竹炭包的通知",
        record_title="【社区公告】关于免费领取竹炭包的通知",
        date="2025-04-18",
        notes="residents' site with app banner and weather widget; community office phone beside a 便民热线",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【社区公告】关于免费领取竹炭包的通知</title></head><body>
<div class="banner">⟦a 下载“兰花家园”APP，缴费报修更方便⟧</div>
<div class="weather">⟦m 今日 多云 18~26℃⟧</div>
<div class="nav">⟦m 社区首页 社区公告 办事指南 邻里互助⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布：社区居委会　2025-04-18⟧</div>
{BODY}
<div class="hot">⟦m 社区便民热线：0739-8800345⟧</div>
<div class="ft">⟦m 兰花社区居民委员会　版权所有⟧</div></body></html>
""",
        body="""
各位居民：
为帮助新装修家庭去除异味，社区联合荪阳炭业开展竹炭包免费领取活动。
一、领取时间：4月20日至4月30日，每天上午9时至11时。
二、领取地点：社区服务中心一楼。
三、每户限领2包，请携带门禁卡登记。
社区居委会联系电话：0739-8802217
""",
    ),
    dict(
        slug="community-jiangbian-text-sweet-corn-garden",
        site="江边社区服务网 (invented)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jbsq.example.org/huodong/302.html",
        title="“一米菜园”甜玉米认种活动方案",
        record_title="“一米菜园”甜玉米认种活动方案",
        date="2025-03-28",
        notes="community site on one line: paragraphs joined by their indent; 附件 line kept",
        page="""
!m 江边社区服务网　首页 › 活动报名
{T}
!m 更新于 2025-03-28　　阅读 290
{BODY}
!a 我要报名　　分享给邻居
!d 江边社区服务网由街道办事处维护
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
为丰富居民生活，社区利用楼间空地开辟“一米菜园”，开展甜玉米认种活动。
每户可认种一块一米见方的菜地，种子、肥料由社区免费提供。
认种家庭要按时浇水、除草，收获的甜玉米归认种家庭所有。
附件：认种登记表
江边社区居委会
2025年3月28日
""",
    ),
]
