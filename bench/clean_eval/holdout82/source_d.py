"""holdout82, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="download-html-old-table-urchin-rules",
        site="千帆资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.qianfanzl.example.net/soft/20931.html",
        title="海胆潜水采捕作业安全规程",
        record_title="海胆潜水采捕作业安全规程（word版）免费下载",
        date=None,
        notes="old gbk download station: file-info table, three mirror links, a dead-link report and an unpack password; no date (update stamp only); a rule speaking of 打印 (kept)",
        page="""
<html><head><meta charset="gbk"><title>海胆潜水采捕作业安全规程（word版）免费下载_千帆资料站</title></head><body>
<table width="980"><tr><td>⟦m 千帆资料站 — 海量资料免费下⟧</td><td>⟦a 设为首页⟧ ⟦a 收藏本站⟧</td></tr></table>
<table><tr><td>⟦m 资料大小：36KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-07-03⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<table><tr><td>⟦a 下载地址：电信下载一 电信下载二 联通下载⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告⟧</td></tr><tr><td>⟦m 解压密码：www.qianfanzl.example.net⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均来自网络，仅供学习研究使用⟧</td></tr></table></body></html>
""",
        body="""
第一条　为保障海胆潜水采捕作业人员安全，制定本规程。
第二条　潜水人员须持有效潜水作业证书，每年体检一次。
第三条　每次下潜前，船长应打印当日潮汐和天气预报表，张贴在驾驶舱内。
第四条　单次下潜时间不得超过四十分钟，两次下潜间隔不少于一小时。
第五条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-text-eggs-haccp-plan",
        site="蓝本下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.lanben.example.com/down/8812.html",
        title="咸鸭蛋生产企业HACCP体系建设方案",
        record_title="咸鸭蛋生产企业HACCP体系建设方案.doc下载",
        date="2025-04-18",
        notes="decorated .doc下载 title; an info block; decimal headings kept; download buttons and a 'report' link at the end",
        page="""
!m 蓝本下载 > 企业管理 > 质量管理
!t 咸鸭蛋生产企业HACCP体系建设方案.doc下载
!m 文件格式：doc　大小：52K　下载次数：117　评分：★★★★☆
{BODY}
!a ↓ 本地下载　↓ 高速下载
!l 同类资料：食品企业质量管理手册 · 禽蛋加工卫生规范
""",
        body="""
1 目的
建立覆盖原料蛋验收、腌制、煮制、包装全过程的危害分析与关键控制点体系。
2 关键控制点
2.1 原料蛋验收：每批抽检破损率和沙门氏菌。
2.2 煮制杀菌：中心温度不低于八十五摄氏度，保持十五分钟。
3 实施步骤
成立体系小组，开展人员培训，编写体系文件，九月底前完成内部审核。
湖湾蛋业有限公司
2025年4月18日
""",
    ),
    dict(
        slug="exam-html-haiwan-fisheries-station-recruit",
        site="海湾区人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.haiwan.example.gov.cn/ksgg/2025/0520/901.html",
        title="2025年海湾区海洋渔业技术推广站招聘工作人员面试公告",
        record_title="2025年海湾区海洋渔业技术推广站招聘工作人员面试公告_考试公告_海湾区人事考试网",
        date="2025-05-20",
        notes="exam portal with floating consult box; interview timetable kept as table rows; candidates 下载打印面试通知书 (kept); exam committee's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年海湾区海洋渔业技术推广站招聘工作人员面试公告_考试公告_海湾区人事考试网</title></head><body>
<div class="hd">⟦m 海湾区人事考试网⟧ ⟦a 考生登录⟧ ⟦a 网上报名⟧</div>
<div class="crumb">⟦m 首页 > 考试公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-05-20　来源：区人社局⟧</div>
{BODY}
<div class="float">⟦w 在线咨询 工作日9:00-17:00⟧</div>
<footer>⟦m 网站技术支持电话：0595-8800555⟧ ⟦d 主办单位：海湾区人力资源和社会保障局⟧</footer></body></html>
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下。
一、面试时间和地点
岗位　面试时间　地点
水产养殖技术员　5月31日上午　区委党校一号楼
渔业执法辅助员　5月31日下午　区委党校一号楼
二、请考生于5月27日起登录本网站下载打印面试通知书。
三、咨询电话：0595-8806210（区人社局事业单位管理科）
海湾区人力资源和社会保障局
2025年5月20日
""",
    ),
    dict(
        slug="exam-text-yunling-meteo-written-results",
        site="云岭人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ylrsks.example.gov.cn/gg/2025/0609-35.html",
        title="县气象局人工影响天气作业人员招聘笔试成绩公告",
        record_title="【考务公告】县气象局人工影响天气作业人员招聘笔试成绩公告",
        date="2025-06-09",
        notes="decorated title; results table rows kept; 复核 rule; site hotline beside the document's own",
        page="""
!m 云岭人事考试信息网　公平 公正 公开
!m 当前位置：首页 → 考务公告
!t 【考务公告】县气象局人工影响天气作业人员招聘笔试成绩公告
!m 发布时间：2025-06-09　访问量：3011
{BODY}
!m 考试网服务热线：0873-6100300
!a 【我要纠错】【打印】【关闭】
""",
        body="""
县气象局人工影响天气作业人员招聘笔试已结束，现将进入面试人员名单公告如下：
准考证号　姓名　笔试成绩
2025060112　李春明　78.5
2025060207　赵顺　75.0
2025060315　和丽萍　73.5
对成绩有异议的，请于6月11日前书面申请复核，复核电话：0873-6512219。
罗桥县气象局
2025年6月9日
""",
    ),
    dict(
        slug="tender-html-wheel-restoration-bid-result",
        site="罗桥县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.luoqiao.example.gov.cn/jyxx/zbjg/2025/0611-3320.html",
        title="水源乡古水车群修缮工程中标结果公告",
        record_title="水源乡古水车群修缮工程中标结果公告_中标结果_罗桥县公共资源交易网",
        date="2025-06-11",
        notes="tender portal with CA helpdesk; bid result table rows; purchaser and agency contacts kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>水源乡古水车群修缮工程中标结果公告_中标结果_罗桥县公共资源交易网</title></head><body>
<div class="hd">⟦m 罗桥县公共资源交易网⟧ ⟦a 投标人登录⟧ ⟦a CA证书办理⟧</div>
<nav>⟦m 首页 交易信息 政策法规 办事指南 诚信体系⟧</nav>
<h1>{T}</h1>
<div class="meta">⟦m 信息时间：2025-06-11　阅读次数：88⟧</div>
{BODY}
<div class="help">⟦m CA及电子投标技术支持：400-800-2211⟧</div>
<footer>⟦d 罗桥县公共资源交易中心 版权所有⟧</footer></body></html>
""",
        body="""
一、项目名称：水源乡古水车群修缮工程
二、中标结果：
中标人　中标价（元）　工期
罗桥县古建园林有限公司　398600.00　120日历天
三、公示期：自本公告发布之日起三个工作日。
四、采购人：水源乡人民政府　联系人：周先生　电话：0873-6530018
五、代理机构：云峰项目咨询有限公司　联系人：沈女士　电话：0873-6127780
""",
    ),
    dict(
        slug="tender-text-abalone-seedling-procurement",
        site="鳌屿政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.aoyu.example.gov.cn/cggg/2025/0224/71.html",
        title="鳌屿县2025年鲍鱼良种苗种采购项目竞争性磋商公告",
        record_title="鳌屿县2025年鲍鱼良种苗种采购项目竞争性磋商公告 - 鳌屿政府采购网",
        date="2025-02-24",
        notes="lots table; suppliers 登录 and 下载磋商文件 (kept); the platform's helpdesk at the bottom",
        page="""
!m 鳌屿政府采购网
!m 采购公告 > 竞争性磋商公告
!t 鳌屿县2025年鲍鱼良种苗种采购项目竞争性磋商公告
!m 公告日期：2025-02-24　项目编号：AYCG-2025-017
{BODY}
!m 平台操作咨询：0591-2760099（工作日）
!l 上一条：县渔政执法船维修项目　下一条：海洋牧场监测浮标采购
""",
        body="""
项目概况：鳌屿县2025年鲍鱼良种苗种采购项目，采购预算一百八十万元。
包号　品种　数量
1　杂交鲍苗种　600万粒
2　红鲍苗种　300万粒
获取磋商文件：供应商请于3月3日前登录本网站下载磋商文件。
采购人联系方式：鳌屿县海洋与渔业局　陈工　0591-2761133
鳌屿县海洋与渔业局
2025年2月24日
""",
    ),
    dict(
        slug="lawfirm-html-windfarm-land-compensation",
        site="海岳律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="html",
        source="https://www.haiyuelaw.example.com/insights/2025/0418.html",
        title="风电项目占用集体土地补偿的几个法律问题",
        record_title="律师说法丨风电项目占用集体土地补偿的几个法律问题",
        date="2025-04-18",
        notes="law firm: lawyer card, ask-a-lawyer float, disclaimer; numbered points kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师说法丨风电项目占用集体土地补偿的几个法律问题-海岳律师事务所</title></head><body>
<header>⟦m 海岳律师事务所　专业 · 诚信 · 尽责⟧ ⟦m 咨询热线：400-661-0788⟧</header>
<nav>⟦m 首页 律所简介 专业领域 律师团队 海岳观点 联系我们⟧</nav>
<h1>{T}</h1>
<p class="meta">⟦m 作者：王一鸣 律师　日期：2025-04-18⟧</p>
{BODY}
<div class="card">⟦w 王一鸣 律师 | 擅长能源与土地纠纷 | 点击预约面谈⟧</div>
<div class="disc">⟦d 本文仅为一般性法律信息，不构成对具体案件的法律意见⟧</div>
<footer>⟦d © 2025 海岳律师事务所⟧</footer></body></html>
""",
        body="""
近年来沿海风电项目增多，因占用集体土地引发的补偿纠纷也随之增加。
1.风机基础和升压站属于永久占地，应依法办理征收手续，不能以租代征。
2.施工临时占地到期后，建设单位应恢复土地原状，并按约定支付临时用地补偿费。
3.补偿款分配应经村民会议讨论决定，外嫁女等特殊群体的权益不能被忽视。
""",
    ),
    dict(
        slug="lawfirm-text-springroll-trademark",
        site="明衡律所 (invented)",
        style="律所网站",
        genre="案例",
        kind="article",
        form="text",
        source="http://www.minghenglaw.example.cn/case/156.html",
        title="老字号春卷商标被抢注，作坊如何维权",
        record_title="【律师说案】老字号春卷商标被抢注，作坊如何维权 - 明衡律所",
        date=None,
        notes="no date (only a 收录 stamp); a consult prompt glued after the last sentence; lawyer signature line as meta",
        page="""
!m 明衡律所 › 典型案例 › 知识产权
!t 【律师说案】老字号春卷商标被抢注，作坊如何维权
!m 收录时间：2025-03-30　阅读 451
{BODY}
!m 承办律师：钱梓涵　执业证号：13302201910xxxxxx
!l 相关案例：地理标志被滥用怎么办 | 商号与商标冲突的处理
""",
        body="""
溪口镇一家经营六十多年的春卷作坊，一直使用“陈记”招牌，却发现该名称已被外地一家公司注册为商标。
律师代理作坊向商标局提出无效宣告申请，提交了老照片、报纸报道、历年进货单据等证据。
最终，商标局认定对方以不正当手段抢先注册他人在先使用并有一定影响的商标，宣告该商标无效。
律师提醒，老字号经营者应尽早注册商标，保存好经营历史资料。⟦w 遇到类似问题？在线留言，律师24小时内回复⟧
""",
    ),
    dict(
        slug="community-html-haibin-urchin-shell-sorting",
        site="海滨社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.haibinsq.example.cn/gg/2025/0528/201.html",
        title="关于海胆壳等贝类废弃物分类投放的温馨提示",
        record_title="【便民】关于海胆壳等贝类废弃物分类投放的温馨提示",
        date="2025-05-28",
        notes="residents' site; property hotline in the footer; the notice's own 监督电话 kept; 扫码 预约 in the body",
        page="""
<html><head><meta charset="utf-8"><title>【便民】关于海胆壳等贝类废弃物分类投放的温馨提示-海滨社区网</title></head><body>
<div class="hd">⟦m 海滨社区网 · 家门口的服务站⟧</div>
<nav>⟦m 社区首页 | 通知公告 | 办事指南 | 志愿服务 | 居民议事⟧</nav>
<h1>{T}</h1>
<div>⟦m 发布：海滨社区居委会　2025-05-28⟧</div>
{BODY}
<div>⟦l 阅读 316　点赞 21　评论 3⟧</div>
<footer>⟦m 物业24小时服务热线：0595-8890011⟧ ⟦d 海滨社区居委会 主办⟧</footer></body></html>
""",
        body="""
各位居民：
近期海胆上市，小区垃圾桶里海胆壳明显增多，刺壳容易扎破垃圾袋，也给保洁人员带来危险。
请大家将海胆壳、贝壳等沥干后装袋扎紧，投放到“其他垃圾”桶，不要混入厨余垃圾。
大量清理的商户请扫门岗二维码预约上门收运。
垃圾分类监督电话：0595-8890276
海滨社区居委会
2025年5月28日
""",
    ),
    dict(
        slug="community-text-dongfeng-windfarm-noise-meeting",
        site="东峰村村务公开网 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://dfc.example.cn/cwgk/2025-08-21.html",
        title="东峰村关于风机噪声问题的村民议事会纪要",
        record_title=None,
        date="2025-08-20",
        notes="no record title; minutes lines kept; a vote count; 发布时间 differs from the meeting date (both accepted)",
        date_also=["2025-08-21"],
        page="""
!m 东峰村村务公开网
!m 首页 > 村务公开 > 议事记录
!t 东峰村关于风机噪声问题的村民议事会纪要
!m 发布时间：2025-08-21　点击：74
{BODY}
!d 村务公开内容由村委会负责，如有疑问请到村委会查询。
""",
        body="""
时间：2025年8月20日晚7时
地点：村文化礼堂
主持：村委会主任 严国强
出席：村民代表二十八人，风电场代表两人
会议就三号、五号风机夜间噪声影响周边住户问题进行了议事，形成以下意见：
一、风电场于9月底前对两台风机加装降噪装置；
二、降噪前夜间十点后两台风机限功率运行。
表决结果：到会二十八人，同意二十六人，弃权二人。
""",
    ),
]
