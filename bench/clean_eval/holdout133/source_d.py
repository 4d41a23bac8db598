"""holdout133, part D: a tractor-registration notice on a download station, a standards
institute's recruitment and a safety-engineer exam on personnel-exam sites, a dyeing
mill's wastewater tender and a bowling alley's bid result on tender platforms, a
guarantee-company lecture and a trademark letter on law-firm sites, corridor clutter and
drying racks on residents' sites, and a cigarette-pack collectors' pledge and a
duty-free retailers' report on association sites. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="download-tuolaji-tractor-registration-text",
        site="农友资料库 (invented)",
        style="资料下载站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.nongyouzlk.example.com/down/nj/2026/0219/3301.html",
        title="关于开展2026年拖拉机和联合收割机集中检验的通知",
        record_title="关于开展2026年拖拉机和联合收割机集中检验的通知 免费下载",
        date="2026-02-19",
        notes="a download station text page: a file-info block, a 'how to download' hint, a schedule table by township, the Chinese-numeral 成文日期; decorated title with 免费下载",
        page="""
!m 农友资料库 —— 三农资料免费下
!t 关于开展2026年拖拉机和联合收割机集中检验的通知 免费下载
!m 文件类型：WPS　｜　文件大小：31KB　｜　下载次数：219
!a 下载帮助：请使用迅雷或浏览器自带下载，勿使用第三方加速器
{BODY}
!a ↓ 本地高速下载　↓ 网盘下载
!d 资料来源于互联网公开信息，如有侵权请来信删除
""",
        body="""
各乡镇农业综合服务中心：
为做好春耕前农业机械安全检验工作，县农机安全监理站定于2026年3月上旬在各乡镇开展拖拉机和联合收割机集中检验。
乡镇　检验日期　检验地点
柳河镇　3月2日　镇农机站院内
石岗乡　3月4日　乡政府广场
青峰镇　3月6日　镇粮站旧址
请机主携带行驶证、驾驶证和机具按时参检，逾期未检的机具不得上道路行驶。
县农机安全监理站
二〇二六年二月十九日
""",
    ),
    dict(
        slug="pta-biaozhunhua-standards-recruit-html",
        site="嵘江市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.rjpta.example.gov.cn/ksgg/sydw/202604/t20260402_5120.html",
        title="嵘江市标准化研究院2026年公开招聘工作人员公告",
        record_title="嵘江市标准化研究院2026年公开招聘工作人员公告",
        date="2026-04-02",
        notes="a personnel-exam site: 网上报名入口 and 打印准考证 buttons, a post table, the exam committee's 咨询电话 kept beside the site's technical support line; a sentence asking candidates to 下载并打印 their admission tickets kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>嵘江市标准化研究院2026年公开招聘工作人员公告 - 嵘江市人事考试网</title></head>
<body>
<div class="head">⟦m 嵘江市人事考试网⟧ <span>⟦a 网上报名入口⟧</span> <span>⟦a 准考证打印⟧</span> <span>⟦a 成绩查询⟧</span></div>
<div class="loc">⟦m 您的位置：首页 > 考试公告 > 事业单位⟧</div>
<h2>⟦t 嵘江市标准化研究院2026年公开招聘工作人员公告⟧</h2>
<div class="date">⟦m 发布日期：2026-04-02　字号：[大 中 小]⟧</div>
<div class="body">
{BODY}
</div>
<div class="tip">⟦m 报名系统技术咨询：0755-2618 0093（工作日9:00-17:00）⟧</div>
<div class="foot">⟦m 嵘江市人事考试中心 主办⟧ ⟦m 粤ICP备12008841号⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，嵘江市标准化研究院2026年公开招聘工作人员五名。现将有关事项公告如下。
岗位代码　岗位名称　人数　学历要求
BZ01　标准研究员　3　硕士研究生及以上
BZ02　计量检测员　2　本科及以上
一、报名时间：2026年4月10日至4月16日，通过嵘江市人事考试网报名。
二、笔试时间：2026年5月9日，考生须于5月6日至8日登录报名系统下载并打印准考证。
三、咨询电话：0755-2618 4512（市标准化研究院人事科）
嵘江市标准化研究院
2026年4月2日
""",
    ),
    dict(
        slug="pta-anquangongchengshi-exam-notice-text",
        site="柘川人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.zhechuan.example.gov.cn/zyzg/2025/0812/6602.html",
        title="关于2025年度注册安全工程师职业资格考试考务工作有关事项的通知",
        record_title="【考务通知】关于2025年度注册安全工程师职业资格考试考务工作有关事项的通知",
        date="2025-08-12",
        notes="decorated title; a numbered list; an exam timetable; a scroll-news line and 'related exams' list; a 考生须知 link as chrome",
        page="""
!m 柘川人事考试信息网
!m 滚动：2025年二级建造师成绩已公布，请考生及时查询
!t 【考务通知】关于2025年度注册安全工程师职业资格考试考务工作有关事项的通知
!m 发布时间：2025-08-12 10:30　　来源：考试中心
{BODY}
!a 点击查看《考生须知》
!l 相关考试：中级经济师 ｜ 一级造价工程师 ｜ 执业药师
""",
        body="""
各有关单位、各位考生：
2025年度注册安全工程师职业资格考试将于10月25日至26日举行，现将考务工作有关事项通知如下。
日期　时间　科目
10月25日　9:00—11:30　安全生产法律法规
10月25日　14:00—16:30　安全生产管理
10月26日　9:00—11:30　安全生产技术基础
1. 报名时间为8月20日至8月30日，逾期不再补报。
2. 考生须凭准考证和有效身份证件参加考试，二者缺一不可。
3. 考场内严禁携带手机等电子设备。
柘川市人事考试中心
2025年8月12日
""",
    ),
    dict(
        slug="tender-yinran-dyeing-wastewater-html",
        site="澄源公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.chengyuan.example.gov.cn/jyxx/zfcg/cggg/2025/0917/88145.html",
        title="澄源县印染园区废水深度处理工程招标公告",
        record_title="澄源县印染园区废水深度处理工程招标公告",
        date="2025-09-17",
        notes="a tender platform: countdown box, CA hotline, a lot table, purchaser and agency contacts kept; a 'download bid documents after login' prompt as chrome while the notice's own sentence about downloading stays",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄源县印染园区废水深度处理工程招标公告 - 澄源公共资源交易网</title></head>
<body>
<div class="top">⟦m 澄源公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 注册⟧ ⟦m CA办理热线：400-611-9088⟧</div>
<div class="path">⟦m 交易信息 > 工程建设 > 招标公告⟧</div>
<h1>⟦t 澄源县印染园区废水深度处理工程招标公告⟧</h1>
<div class="meta">⟦m 信息时间：2025-09-17　阅读次数：388⟧</div>
<div class="count">⟦m 距离开标还剩：20天⟧</div>
<div class="ewb-info">
{BODY}
</div>
<div class="btn">⟦a 登录后下载招标文件⟧</div>
<div class="foot">⟦m 澄源县公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
澄源县印染园区废水深度处理工程已批准建设，招标人为澄源县工业园区管理委员会，现对该项目进行公开招标。
标段　建设内容　最高限价（万元）
一标段　深度处理车间及设备　3860
二标段　中水回用管网　1240
投标人须具备环保工程专业承包一级资质，并在人员、设备、资金等方面具有相应的施工能力。
招标文件请于2025年9月18日至9月24日在交易平台下载，逾期不予受理。
招标人：澄源县工业园区管理委员会　联系人：许文涛　电话：0578-6126612
招标代理机构：澄源恒正工程咨询有限公司　联系人：丁晓　电话：0578-6139017
""",
    ),
    dict(
        slug="tender-baolingqiu-bowling-result-text",
        site="岱南招标采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.dainanzb.example.com/zbjg/2026/0115/2213.html",
        title="岱南市全民健身中心保龄球馆改造项目中标结果公告",
        record_title="岱南市全民健身中心保龄球馆改造项目中标结果公告_中标公告_岱南招标采购网",
        date="2026-01-15",
        record_date="2026-01-15",
        notes="a bid-result page with column_site suffix; a bid-candidate table; a 'subscribe to tender alerts' prompt and a service QQ; 公告期 and 联系方式 kept",
        page="""
!m 岱南招标采购网 — 专业招标采购信息服务平台
!m 首页 / 中标公告 / 体育设施
!t 岱南市全民健身中心保龄球馆改造项目中标结果公告_中标公告_岱南招标采购网
!m 更新时间：2026-01-15　|　项目编号：DNZB-2025-1186
{BODY}
!a 订阅招标信息，商机早知道
!w 会员服务QQ：2330187744
""",
        body="""
岱南市全民健身中心保龄球馆改造项目于2026年1月12日开标、评标，现将中标结果公告如下。
排名　中标候选人　投标报价（万元）
1　岱南体育设施工程有限公司　268.40
2　江岳场馆建设有限公司　271.15
中标人：岱南体育设施工程有限公司。
公告期为2026年1月15日至1月17日，投标人对结果有异议的，可在公告期内向招标人提出。
招标人：岱南市全民健身中心　联系电话：0538-8213076
""",
    ),
    dict(
        slug="lawfirm-danbao-guarantee-lecture-html",
        site="恒律律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.henglvlaw.example.com/views/2025/1022.html",
        title="融资担保业务中的法律风险防范",
        record_title="法律讲堂丨融资担保业务中的法律风险防范",
        date="2025-10-22",
        notes="a law-firm site: 400 consult line, a 'free online consult' box, a disclaimer that this is not legal advice in my own words, lawyer card; the lecture's date under the title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨融资担保业务中的法律风险防范 - 恒律律师事务所</title></head>
<body>
<div class="hd">⟦m 恒律律师事务所⟧ ⟦m 全国咨询热线 400-018-6655⟧</div>
<nav>⟦l 律所简介 | 专业领域 | 律师团队 | 律所观点 | 联系我们⟧</nav>
<h1>⟦t 融资担保业务中的法律风险防范⟧</h1>
<p class="sub">——在市融资担保行业协会业务培训会上的讲稿</p>
<p class="d">（2025年10月22日）</p>
<div class="text">
{BODY}
</div>
<div class="card">⟦m 作者：邢晓川　恒律律师事务所高级合伙人⟧</div>
<div class="ad">⟦w 免费在线咨询，律师一对一解答 →⟧</div>
<div class="dis">⟦d 本文仅为作者观点交流，不构成对任何具体案件的法律意见⟧</div>
</body></html>
""",
        body="""
各位担保公司的同仁：
融资担保公司承担代偿责任，风险天然较高。今天我从合同签订、反担保和追偿三个环节，谈谈如何防范法律风险。
第一，担保合同要写清担保方式、保证期间和担保范围，避免因约定不明承担不必要的责任。
第二，反担保措施要落到实处，抵押须办理登记，质押须交付或登记，否则在债务人破产时难以优先受偿。
第三，代偿后要及时行使追偿权，注意诉讼时效，必要时申请财产保全。
""",
    ),
    dict(
        slug="lawfirm-shangbiao-trademark-letter-text",
        site="知衡知识产权律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.zhiheng-ip.example.cn/anli/2025/0630.html",
        title="关于停止使用侵权商标的律师函",
        record_title="关于停止使用侵权商标的律师函（范本）",
        date=None,
        notes="a law firm's template page: 律师函 with ×××/____ placeholders and a 20××年×月×日 date (no date); a 'download this template' action and a consult prompt; a breadcrumb",
        page="""
!m 知衡知识产权律师事务所 | 商标 · 专利 · 版权
!m 当前位置：首页 > 文书范本 > 律师函
!t 关于停止使用侵权商标的律师函（范本）
{BODY}
!a 下载本范本（Word）
!w 商标维权咨询：知衡律师 微信 zhiheng_ip
!d 范本仅供参考，请结合具体情况在律师指导下使用
""",
        body="""
×××有限公司：
北京知衡知识产权律师事务所接受××公司（以下简称“委托人”）的委托，就贵司侵犯委托人注册商标专用权一事，致函如下。
委托人系第____号“____”注册商标的权利人，该商标核定使用于第____类商品，现处于有效期内。
经委托人调查，贵司在其生产销售的同类商品上使用了与上述商标近似的标识，容易导致相关公众混淆。
为此，请贵司自收到本函之日起七日内停止使用侵权标识，并下架、销毁相关商品。
知衡知识产权律师事务所
律师：×××
20××年×月×日
""",
    ),
    dict(
        slug="community-loudao-corridor-clutter-html",
        site="槐荫社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huaiyinsq.example.cn/sqgg/2025/1110/445.html",
        title="关于集中清理楼道堆放杂物的通知",
        record_title="【社区公告】关于集中清理楼道堆放杂物的通知",
        date="2025-11-10",
        record_date="2025-11-10",
        notes="a residents' site: weather widget, 网格员 box with phone, an owners' group QR prompt, a cleanup schedule by building; the community's own contact kept",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于集中清理楼道堆放杂物的通知_槐荫社区</title></head>
<body>
<div class="top">⟦m 槐荫社区居民委员会⟧ <span class="wx">⟦m 今日 多云 8~15℃⟧</span></div>
<div class="nav">⟦l 社区首页 | 社区公告 | 办事指南 | 邻里互助 | 党群服务⟧</div>
<h2>⟦t 关于集中清理楼道堆放杂物的通知⟧</h2>
<p class="meta">⟦m 发布人：社区居委会　时间：2025-11-10⟧</p>
<div class="cont">
{BODY}
</div>
<div class="grid">⟦m 本片区网格员：邵敏 138 7311 2056⟧</div>
<div class="qr">⟦a 扫码进入“槐荫邻里”业主群⟧</div>
<div class="ft">⟦m 槐荫社区版权所有 · 技术支持 智邻科技⟧</div>
</body></html>
""",
        body="""
各位居民：
楼道堆放杂物既影响通行，又容易引发火灾。为消除安全隐患，社区定于11月15日至11月22日集中清理楼道杂物。
楼栋　清理日期
1—6栋　11月15日—16日
7—12栋　11月18日—19日
13—18栋　11月21日—22日
请各位居民在清理日期前自行搬离楼道内的纸箱、旧家具、花盆等物品，逾期未清理的将由社区统一清运。
如有大件物品需要帮助搬运，请联系社区居委会，电话：0531-8790 2218。
槐荫社区居民委员会
2025年11月10日
""",
    ),
    dict(
        slug="community-liangshai-drying-rack-text",
        site="桂香里社区网 (invented)",
        style="社区网站",
        genre="征求意见",
        kind="notice",
        form="text",
        source="http://gxl.jiedao.example.cn/news/2026/0303.html",
        title="关于在小区公共区域增设晾晒架的征求意见公告",
        record_title=None,
        date="2026-03-03",
        notes="no record title; a community page with a volunteer-join button glued after a sentence, a feedback form link, a 'return to list' line; the document's own 意见箱 and phone kept",
        page="""
!m 桂香里社区网 · 邻里一家亲
{T}
!m 2026年3月3日　社区居委会　阅读 177
{BODY}
!a 我要留言　｜　在线填写意见表
!l 返回列表
""",
        body="""
各位居民朋友：
不少老年居民反映，楼房采光有限，被褥难以晾晒。社区拟在三处公共绿地边缘增设不锈钢晾晒架，现公开征求意见。⟦a 加入社区志愿者 ＞⟧
一、拟设置位置：3号楼东侧空地、中心花园南侧、7号楼北侧。
二、使用规则：晾晒架免费使用，每日7时至18时开放，晾晒物品当日收回。
三、意见反馈：请于3月10日前将意见投入社区服务站意见箱，或拨打社区电话0773-5219 406。
桂香里社区居民委员会
2026年3月3日
""",
    ),
    dict(
        slug="association-yanbiao-collectors-pledge-text",
        site="云岭收藏协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.ylsc-xh.example.org/xhdt/2025/0918/207.html",
        title="烟标收藏专业委员会诚信交流倡议书",
        record_title="[协会倡议] 烟标收藏专业委员会诚信交流倡议书",
        date="2025-09-18",
        notes="an association page: a join-the-association button line, a member-login prompt, a numbered list; 成文日期; a footer with address and 会员热线",
        page="""
!m 云岭收藏协会　Yunling Collectors Association
!a 会员登录 ｜ 入会申请
!t [协会倡议] 烟标收藏专业委员会诚信交流倡议书
!m 协会动态 · 2025-09-18 · 秘书处
{BODY}
!a 我要入会 →
!m 协会地址：云岭市翠湖北路21号　会员热线：0871-6530 1188
""",
        body="""
各位烟标收藏爱好者：
烟标收藏是一项记录时代变迁的文化活动。为营造诚信、健康的交流环境，烟标收藏专业委员会向全体藏友倡议：
1. 诚信交换。交换、转让藏品时如实说明品相、年代，不以复制品冒充原件。
2. 理性收藏。不盲目追高炒作，不参与非法集资性质的“藏品投资”。
3. 传承文化。积极参加协会组织的展览和讲座，把藏品背后的故事讲给更多人听。
云岭收藏协会烟标收藏专业委员会
2025年9月18日
""",
    ),
    dict(
        slug="association-mianshuidian-duty-free-report-html",
        site="海岬免税零售行业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://www.haijiadfa.example.org.cn/hyyj/2026/0122/50.html",
        title="2025年度全市免税零售行业运行情况报告",
        record_title="2025年度全市免税零售行业运行情况报告 - 行业研究 - 海岬免税零售行业协会",
        date="2026-01-22",
        notes="an association site: a members' download lock under the text; an indicators table; a 'join us' banner and a friendship-links footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年度全市免税零售行业运行情况报告 - 行业研究 - 海岬免税零售行业协会</title></head>
<body>
<div class="logo">⟦m 海岬免税零售行业协会⟧</div>
<div class="menu">⟦l 协会概况 · 行业资讯 · 行业研究 · 会员服务 · 政策法规⟧</div>
<div class="pos">⟦m 首页 / 行业研究⟧</div>
<h1>⟦t 2025年度全市免税零售行业运行情况报告⟧</h1>
<div class="meta">⟦m 发布日期：2026年01月22日　来源：协会秘书处⟧</div>
<div class="art">
{BODY}
</div>
<div class="lock">⟦a 完整版数据附表仅限会员下载，请登录会员中心⟧</div>
<div class="join">⟦a 欢迎加入协会，共享行业资源⟧</div>
<div class="links">⟦l 友情链接：市商务局 | 海岬口岸办 | 市旅游协会⟧</div>
</body></html>
""",
        body="""
2025年，全市免税零售行业在政策支持和客流回升的带动下保持较快增长。
指标　2025年　同比增长
销售额（亿元）　86.4　12.7%
购物人次（万）　312　9.8%
人均消费（元）　2769　2.6%
从品类看，化妆品、香化和酒类仍是主要品类，合计占比超过六成。
协会建议，会员企业加强本地特色商品的引进，推动免税购物与文化旅游融合发展。
海岬免税零售行业协会
2026年1月22日
""",
    ),
]
