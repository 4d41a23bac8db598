"""holdout87, part F: donkey-hide gelatin (阿胶) makers and sepak takraw (藤球) clubs —
invented counties, people, sites and chrome wording; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-jiaocheng-report-html",
        site="公文宝范文APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.gongwenbao.example.com/share/doc/660218",
        title="阿胶厂质检科科长2024年述职报告",
        record_title="阿胶厂质检科科长2024年述职报告（可编辑）",
        date="2025-01-20",
        notes="app share page in HTML: open-in-app fold inside the body; member unlock; 述职人 and date under the text",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>公文宝</title></head><body>
<div class="bar">⟦m 公文宝 · 写公文 用公文宝⟧ ⟦a 打开APP⟧</div>
<h2>{T}</h2>
<div class="m">⟦m 已有 1.3w 人阅读⟧</div>
{BODY}
<div class="vip">⟦a 开通会员，解锁全部范文并一键导出Word⟧</div>
</body></html>
""",
        body="""
一年来，我带领质检科严把原料驴皮、辅料和成品三道关口，全年检验批次一千二百余批，成品合格率保持百分之百。
⟦a 展开全文（在APP内阅读更顺畅）⟧
二是推动检测设备升级，新增液相色谱仪一台，特征多肽检测时间缩短一半。
三是加强队伍建设，科室三名年轻同志取得中级检验员资格。
述职人：胶城县华元阿胶厂质检科　聂晓岚
2025年1月20日
""",
    ),
    dict(
        slug="gkforum-interview-gelatin-html",
        site="面面俱到公考社区 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://bbs.mianmian-gk.example.com/t/41290",
        title="结构化面试真题：如何帮助老字号阿胶作坊拓宽销路",
        record_title="[面试真题] 结构化面试真题：如何帮助老字号阿胶作坊拓宽销路（附答题思路）",
        date="2025-10-08",
        notes="exam forum HTML: decorated title; 发表于; a study tip box inside the body; reply list",
        page="""
<html><head><meta charset="utf-8"><title>面面俱到公考社区</title></head><body>
<div>⟦m 面面俱到公考社区⟧ ⟦l 笔试⟧ ⟦l 面试⟧ ⟦l 资料⟧ ⟦l 上岸经验⟧</div>
<h1>⟦t [面试真题] 结构化面试真题：如何帮助老字号阿胶作坊拓宽销路（附答题思路）⟧</h1>
<div>⟦m 题库君　发表于 2025-10-08 19:45⟧</div>
{BODY}
<div>⟦l 回复 23　|　收藏 140⟧</div>
<div>⟦a 下载本帖PDF（需积分5）⟧</div>
</body></html>
""",
        body="""
题目：某县有一家百年阿胶作坊，产品质量好，但知名度低、销路窄。假如你是县商务局工作人员，你会怎样帮助它？
答题思路：首先摸清作坊的产能、资质和现有渠道，分析销路窄的原因。
⟦l 【备考提示】本题属于组织管理类，注意措施要具体可行⟧
其次，可以组织作坊参加农产品展会、对接电商平台，并借助非遗宣传提升品牌知名度。
最后，要跟踪效果，及时调整帮扶措施。
""",
    ),
    dict(
        slug="baike-takraw-entry",
        site="问知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.wenzhi-baike.example.com/wiki/藤球",
        title="藤球",
        record_title="藤球 - 问知百科",
        date=None,
        notes="entry text page with edit links, infobox table kept, catalogue; no date",
        page="""
!m 问知百科 | 人人可编辑的百科
!a 编辑词条　添加义项　收藏
{T}
!l 目录　1 概述　2 规则　3 在中国
{BODY}
!m 本词条浏览 30217 次，最近由 体育迷cc 编辑
!d 百科词条由网友共同编辑，仅供参考。
""",
        body="""
藤球是一种用脚、头等部位将球踢过网的运动，起源于东南亚，比赛用球最初用藤条编成。
中文名　藤球
外文名　Sepak Takraw
每队人数　三人
比赛场地与羽毛球场大小相近，网高一点五米左右，比赛中不得用手触球。
上世纪八十年代，藤球传入我国，部分南方省份建有专业队。
""",
    ),
    dict(
        slug="netdisk-tengqiu-training-plan-html",
        site="云格网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunge.example.cn/share/tq2025plan",
        title="藤阳县青少年藤球队冬训计划",
        record_title="藤阳县青少年藤球队冬训计划.wps",
        date="2025-11-20",
        notes="cloud-drive HTML preview: file-name title, share stamp and expiry (no dates), save/download buttons; schedule table kept",
        page="""
<html><head><meta charset="utf-8"><title>藤阳县青少年藤球队冬训计划.wps - 云格网盘</title></head><body>
<div class="hd">⟦m 云格网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦t 藤阳县青少年藤球队冬训计划.wps⟧</div>
<div class="meta">⟦m 分享于 2025-11-24 08:02　失效时间：7天后⟧ ⟦a 保存到网盘⟧ ⟦a 普通下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 在线预览仅支持前两页⟧</div>
</body></html>
""",
        body="""
为提高队员体能和技术水平，备战明年全省青少年藤球锦标赛，制定冬训计划如下。
阶段　时间　训练重点
第一阶段　12月1日—12月20日　体能恢复和柔韧性
第二阶段　12月21日—1月15日　发球和倒钩技术
第三阶段　1月16日—1月25日　战术配合和对抗赛
训练期间队员统一住校，家长不得随意接送。
藤阳县体育运动学校
2025年11月20日
""",
    ),
    dict(
        slug="snapshot-jiaocheng-fair-text",
        site="八方搜索快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://snapshot.bafang.example.com/q?u=jiaocheng.example.gov.cn/news/5531",
        title="胶城县举办首届阿胶文化节",
        record_title="胶城县举办首届阿胶文化节_胶城县人民政府",
        date="2025-11-03",
        notes="text-only snapshot: banner, snapshot stamp (no date), page's 发布时间; 来源 line",
        page="""
!d 您查看的是八方搜索保存于 2025-11-18 的网页快照，当前页面可能已更新。
!a 点击查看原网页　｜　纯文字快照
!m 胶城县人民政府 > 新闻中心 > 胶城要闻
{T}
!m 发布时间：2025-11-03 17:06　来源：县融媒体中心
{BODY}
!m 胶城县人民政府办公室主办
""",
        body="""
11月2日，胶城县首届阿胶文化节在阿井古镇开幕。
文化节期间，十八家阿胶企业现场展示熬胶技艺，游客可以参观化皮、熬汁、凝胶、切胶等传统工序。
县里还发布了阿胶产业三年提升行动，计划到2027年全县阿胶产业产值突破五十亿元。
""",
    ),
    dict(
        slug="print-tengyang-takraw-rules-html",
        site="藤阳县体育局（打印页） (invented)",
        style="打印页",
        genre="规程",
        kind="other",
        form="html",
        source="http://tyj.tengyang.example.gov.cn/print/2025/0415.html",
        title="藤阳县2025年“县长杯”藤球邀请赛竞赛规程",
        record_title="〔打印稿〕藤阳县2025年“县长杯”藤球邀请赛竞赛规程",
        date="2025-04-15",
        notes="print template HTML: print/close buttons, print stamp and a print footer; numbered rules; 成文日期 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印</title><style>@media print{.np{display:none}}</style></head><body>
<div class="np">⟦a [打印] [关闭]⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印日期：2025-06-30⟧</div>
<div class="pf">⟦m ── 1 / 1 ──⟧</div>
</body></html>
""",
        body="""
一、比赛时间：2025年5月10日至11日。
二、比赛地点：藤阳县全民健身中心。
三、参赛办法：每队报领队一人、教练一人、运动员五人，运动员须为本县户籍或在本县工作学习。
四、竞赛办法：采用国际藤球联合会最新规则，分组循环后进行交叉淘汰。
藤阳县体育局
2025年4月15日
""",
    ),
    dict(
        slug="mail-re-gelatin-inspection-html",
        site="华元阿胶企业邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.huayuan-ej.example.com/read?mid=88120",
        title="关于开展阿胶生产企业原料溯源专项检查的通知",
        record_title="转发：关于开展阿胶生产企业原料溯源专项检查的通知",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="webmail reader HTML: headers, a forward note, reply buttons, mail 附件 header next to the document's own 附件; send date differs from 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于开展阿胶生产企业原料溯源专项检查的通知 - 华元邮箱</title></head><body>
<div class="tb">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧</div>
<div class="hd">⟦t 转发：关于开展阿胶生产企业原料溯源专项检查的通知⟧<br>
⟦m 发件人：办公室 胡丹 &lt;hudan@huayuan-ej.example.com&gt;⟧<br>⟦m 时　间：2025年9月8日 14:22⟧<br>⟦m 附　件：溯源检查表.xlsx（22K）⟧</div>
<div class="bd">
<p>⟦w 各部门：转发县市场监管局通知，请生产部、质检部按要求准备材料，周五前报办公室。⟧</p>
<p>⟦m ----- 原始邮件 -----⟧</p>
{BODY}
</div>
</body></html>
""",
        body="""
各阿胶生产企业：
为保障阿胶产品质量安全，县市场监管局决定于9月下旬开展原料溯源专项检查。
检查重点是驴皮采购台账、供货方资质、原料检验报告和生产投料记录。
各企业要对照检查表开展自查，并于9月20日前将自查报告报送局食品生产科。
附件：阿胶生产企业原料溯源检查表
胶城县市场监督管理局
2025年9月5日
""",
    ),
    dict(
        slug="gov-jiaocheng-subsidy-notice-html",
        site="胶城县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jiaocheng.example.gov.cn/zwgk/2025/1201/8812.html",
        title="胶城县毛驴养殖补贴申报指南",
        record_title=None,
        date="2025-12-01",
        notes="modern county template with 长者模式 row; no record title (found in <h2>); the guide's own 咨询电话 and a 12345 footer; numbered steps; upload/update stamp none",
        page="""
<html><head><meta charset="utf-8"><title>胶城县人民政府</title></head><body>
<div class="tool">⟦a 长者模式⟧ ⟦a 简体/繁體⟧ ⟦a 登录⟧</div>
<div class="logo">⟦m 胶城县人民政府⟧</div>
<div class="nav">⟦l 首页⟧ ⟦l 政务公开⟧ ⟦l 办事服务⟧ ⟦l 政民互动⟧</div>
<div class="loc">⟦m 首页 » 办事服务 » 办事指南⟧</div>
<h2>{T}</h2>
<div class="i">⟦m 发布时间：2025-12-01 10:00　发布机构：县畜牧兽医中心⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 微博 QQ⟧</div>
<div class="ft">⟦m 12345政务服务便民热线⟧ ⟦m 网站标识码3715230011⟧</div>
</body></html>
""",
        body="""
一、补贴对象：在本县登记备案、存栏能繁母驴二十头以上的养殖场户。
二、补贴标准：每头能繁母驴补贴五百元，每户最高不超过五万元。
三、申报流程
1. 养殖户向乡镇畜牧站提交申请表和存栏证明。
2. 乡镇初审后报县畜牧兽医中心复核。
3. 公示无异议后发放补贴。
咨询电话：0635-7281136。
""",
    ),
]
