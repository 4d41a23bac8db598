"""holdout208, part A: 范文 sites, 文库 previews, sharing pages, download stations, writing apps.

Invented text throughout (sites, places, people, firms, phones, URLs); see ../README.md and
../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-miaobi-insight-steamer-hotel-training-gb2312",
        site="妙笔范文苑 (invented, gb2312 table layout)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://www.miaobifwy.net/xinde/peixun/2025/0418/77310.html",
        title="酒店客房部挂烫机操作培训心得体会",
        record_title="【员工心得】酒店客房部挂烫机操作培训心得体会（心得范文·三篇任选）_妙笔范文苑",
        date=None,
        notes="old table layout: marquee, font row, floating ghost-writer QQ box, hot list, counter; a writer prompt between paragraphs and a collect link glued after a sentence; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【员工心得】酒店客房部挂烫机操作培训心得体会（心得范文·三篇任选）_妙笔范文苑</title>
<meta name="keywords" content="挂烫机,培训心得,客房部">
<link href="/css/mb.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mbcount.js"></script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300">⟦m 妙笔范文苑⟧</td><td>⟦m 笔下生花　文成妙手⟧</td><td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 把妙笔设为主页⟧</a>　<a href="#">⟦a 收进我的收藏夹⟧</a></td></tr>
</table>
<table width="960" align="center" class="nav"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/fangan/">⟦m 策划方案⟧</a></td><td><a href="/hetong/">⟦m 合同协议⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 妙笔范文苑每日更新原创范文，老用户回访请记牢新域名 miaobifwy.net⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td class="weizhi">⟦m 您的位置：妙笔首页 &gt;&gt; 心得感悟 &gt;&gt; 岗位培训心得⟧</td></tr></table>
<table width="960" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center">⟦m 投稿：苏小棠　　来源：会员原创　　人气：<font color="red">2176</font>⟧</td></tr>
<tr><td align="center">⟦a 〖字样：特大 常规 偏小〗⟧　⟦a 〖换个底色看〗⟧</td></tr></table>
<div id="zhengwen">
{BODY}
</div>
<table width="100%"><tr><td>⟦a ★ 将这篇心得存成Word ★⟧</td><td>⟦a ★ 发给同事看看 ★⟧</td></tr>
<tr><td colspan="2">⟦l 上一篇：物业保洁员岗前培训心得（精简版）⟧</td></tr>
<tr><td colspan="2">⟦l 下一篇：前台接待礼仪培训个人收获⟧</td></tr></table>
</td>
<td width="250" valign="top">
<table width="100%" class="side"><tr><td>⟦l ◆本月网友最爱◆⟧</td></tr>
<tr><td><a href="/xinde/1.html">⟦l ・客房服务技能比武心得⟧</a></td></tr>
<tr><td><a href="/xinde/2.html">⟦l ・酒店消防演练感想范文⟧</a></td></tr>
<tr><td><a href="/xinde/3.html">⟦l ・洗衣房员工年度小结⟧</a></td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:5px;top:200px">⟦w 心得总结急用？妙笔写手在线<br>QQ：2803317645⟧</div>
<table width="960" align="center" class="foot"><tr><td>⟦d 妙笔范文苑内容来自会员投稿，仅作写作参考，若有侵犯请留言，核实即删。⟧</td></tr>
<tr><td>⟦m 本页已被浏览 <font color="red">0418863</font> 人次⟧　⟦m 陇ICP备13007216号⟧</td></tr></table>
<script language="javascript">mbCount(77310);</script>
</body>
</html>
""",
        body="""
今年三月，酒店客房部组织全体员工参加了为期两天的挂烫机操作培训。培训由设备供应商的技术员和部门主管共同授课，既讲原理，也讲实操，让我对这台每天都要用的设备有了新的认识。
一是安全意识必须先立起来。过去我总觉得挂烫机不过是“会冒气的熨斗”，加水、插电、开机就行。培训中老师演示了干烧保护和倾倒断电的原理，还讲了两起因水箱缺水导致发热盘损坏的案例，我这才明白每一步都有讲究。⟦a 〔收下这段〕⟧
⟦w 本文为妙笔写手原创，定制同类心得请留言或加QQ 2803317645⟧
二是操作规范直接关系服务质量。客人的西装、丝绸衬衫面料各不相同，蒸汽档位、熨烫距离都不一样。按规范操作，衣物平整挺括，客人满意；随手乱来，轻则留下水渍，重则烫坏衣物。
三是日常保养不能偷懒。每班结束后排空水箱、每周清理水垢，这些小事做好了，设备故障就少，返工也少。
这次培训让我体会到，岗位无小事。今后我要把学到的要点用到每一件衣物上，把服务做细做实。
""",
    ),
    dict(
        slug="fanwen-jinnang-speech-toaster-cluster-cn-date",
        site="公文锦囊网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gwjinnang.com/jianghua/jingji/2025/8841.html",
        title="在全县小家电（烤面包机）产业集群发展推进会上的讲话",
        record_title="在全县小家电（烤面包机）产业集群发展推进会上的讲话（领导讲话稿·改改就能用）-公文锦囊网",
        date="2025-03-14",
        notes="date in Chinese numerals under the speech title and a speaker line (both neutral); decorated title repeated; a copy link glued after a sentence, a writing prompt between paragraphs",
        page="""
!m 公文锦囊网｜每份材料都有出处
!m 位置：锦囊首页 / 讲话发言 / 经济工作讲话
!t 在全县小家电（烤面包机）产业集群发展推进会上的讲话（领导讲话稿·改改就能用）
!m 收录：锦囊编辑部　字数：约860字　热度：1.6万
!a 〔整篇复制〕〔存为Word〕〔加入我的锦囊〕
{T}
（二〇二五年三月十四日）
县委副书记、县长　贺玉衡
{BODY}
!a ▼ 余下内容登录锦囊账号后免费展开
!l 同类讲话：
!l ◇ 在全县家电产业招商推介会上的致辞
!l ◇ 县长在一季度工业经济运行调度会上的讲话
!d 锦囊网所收范文均来自网友投稿与公开资料整理，请勿原文照搬，侵删。
!m 公文锦囊网 © 2019-2025　陇ICP备19027731号-3
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天我们召开全县小家电产业集群发展推进会，主要任务是总结去年烤面包机产业发展情况，部署今年重点工作。
去年，全县烤面包机整机产量达到386万台，出口占比六成以上，配套企业发展到47家，发热管、定时器、外壳注塑等关键部件实现本地配套。绢口工业园被评为省级小家电特色产业基地。⟦a 〔复制此段〕⟧
⟦w 写讲话稿卡壳了？锦囊写手一对一改稿，微信 jinnang_wz88⟧
成绩来之不易，但问题也很明显：一是同质化竞争严重，多数企业仍以贴牌代工为主；二是研发投入偏低，规上企业研发经费占营收比重不足1.5%；三是质量管控参差不齐，去年省市抽检中有两批次产品防触电保护项目不合格。
下一步，要重点抓好三件事。一要培育自主品牌，对新注册品牌并取得认证的企业给予奖励。二要建设公共检测平台，年内建成小家电检测中心，让中小企业不出县就能做型式试验。三要强化质量监管，开展烤面包机质量提升专项行动，对抽检不合格企业实行约谈和跟踪复查。
同志们，产业集群靠的是实干。希望大家咬定目标，为全县工业高质量发展多作贡献！
""",
    ),
    dict(
        slug="wenku-qingfu-research-robot-vacuum-chain-html-markers",
        site="青蚨文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qingfuwk.com/doc/5310772964.html",
        title="关于襟川县扫地机器人产业链发展情况的调研报告",
        record_title="关于襟川县扫地机器人产业链发展情况的调研报告【高清可复制】- 青蚨文库",
        date="2025-06-20",
        notes="文库 reader: page-marker paragraphs (⹗ n ⹘) cut sentences; viewer toolbar, month-card lock and upload note; date under the signature; the upload time is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于襟川县扫地机器人产业链发展情况的调研报告【高清可复制】- 青蚨文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.qingfuwk.com/reader/v3/reader.min.js"></script>
<style>.qf-page{margin:12px auto;width:820px}</style>
</head>
<body>
<header class="qf-top"><a class="logo" href="/">⟦m 青蚨文库⟧</a><span class="slogan">⟦m 好文档，一枚青蚨就够了⟧</span><input placeholder="搜一搜"><a href="/login">⟦a 登录／注册⟧</a><a href="/vip" class="vip">⟦a 开通青蚨月卡⟧</a></header>
<nav class="qf-crumb">⟦m 青蚨文库 › 行业资料 › 调研报告⟧</nav>
<section class="qf-head">
<h1>{T}</h1>
<div class="qf-meta">⟦m 上传者：wy_jc2025　｜　5页　｜　约2600字　｜　上传时间：2025-07-02⟧</div>
<div class="qf-toolbar">⟦a 放大 ｜ 缩小 ｜ 适应宽度 ｜ 全屏阅读⟧</div>
</section>
<section class="qf-reader">
{BODY}
</section>
<section class="qf-lock"><p>⟦a 试读到此为止，余下2页开通青蚨月卡即可接着看⟧</p><button>⟦a 单篇购买 ¥5.80⟧</button><button>⟦a 月卡 ¥19⟧</button></section>
<aside class="qf-rel"><h3>⟦l 相关文档推荐⟧</h3><ul>
<li><a href="/doc/1">⟦l 县域小家电产业集群调研报告.docx⟧</a></li>
<li><a href="/doc/2">⟦l 智能清洁电器市场分析（2025）.pdf⟧</a></li>
</ul></aside>
<footer class="qf-foot"><p>⟦d 本文档由青蚨用户自行上传，文库只提供存储与在线阅读；涉及侵权请走“版权申诉”通道。⟧</p><p>⟦m © 青蚨文库 qingfuwk.com　陇ICP备20083571号⟧</p></footer>
<script>QFReader.init({docId:5310772964,pages:5});</script>
</body>
</html>
""",
        p_html='<div class="qf-page"><p>{}</p></div>',
        pages=dict(fmt="⹗ {n} ⹘", every=170, start=2),
        body="""
为摸清全县扫地机器人产业链发展底数，县政协经济委员会于今年5月组织调研组，走访了绢口工业园、缯岭镇电子产业园的11家整机和配套企业，召开座谈会3场。现将调研情况报告如下。
一、基本情况
全县现有扫地机器人整机企业4家、配套企业23家，2024年产量112万台，产值19.6亿元。激光雷达罩、边刷电机、尘盒注塑等部件已能在县内配套，但主控芯片和传感器仍全部依赖外购。
二、存在的问题
（一）研发能力薄弱。多数企业没有独立研发团队，产品以模仿为主。
（二）人才引进困难。算法、结构设计人才普遍不愿到县城工作。
（三）售后体系缺失。整机企业多为代工，缺少面向消费者的售后网点。
三、对策建议
（一）设立产业引导基金，支持龙头企业联合高校建设研发中心。
（二）出台人才公寓、子女入学等配套政策，引进急需人才。
（三）推动整机企业与县内家电维修网点合作，共建售后服务体系。
襟川县政协经济委员会调研组
2025年6月20日
""",
    ),
    dict(
        slug="wenku-shiye-plan-airer-install-wrapped-glued-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.shiyewenku.cn/p/66013927.html",
        title="缟园社区老旧小区阳台电动晾衣机统一安装实施方案",
        record_title="缟园社区老旧小区阳台电动晾衣机统一安装实施方案.docx",
        date="2025-04-09",
        notes="preview text hard-wrapped at 60 columns, page markers ⮞n⮜ glued to the continuation line; file-name record title; upload time is no date; date under the signature",
        page="""
!m 拾页文库 · 文档在线预览
!m 页数：6　|　格式：DOCX　|　浏览：2,046　|　上传时间：2025-04-21
{T}
!a ⊕ 放大　⊖ 缩小　⤢ 铺满屏幕　☰ 章节导航
{BODY}
!a 预览到此为止，其余2页付费后可下载（￥3.80）
!d 本文档由拾页用户上传，拾页文库仅提供存储与预览服务；如涉侵权，请走页面底部“申诉”入口告知。
!l 看过本文的人还看了：
!l 小区公共晾晒区改造工作方案.docx
!l 老旧小区改造居民意见征集表.xlsx
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⮞{n}⮜", every=150, start=2, glue=True),
        body="""
为解决老旧小区居民晾晒难、阳台外挑晾衣架安全隐患多的问题，经社区“两委”研究，并征求居民代表意见，决定在辖区6个老旧小区统一安装电动晾衣机。现制定如下方案。
一、实施范围
缟园社区桂荫里、竹影巷等6个小区，共计412户，居民自愿申请，不强制安装。
二、补贴标准
每户安装费用由街道补贴60%，居民承担40%；低保户、特困户由社区全额承担。
三、实施步骤
（一）摸底登记（4月15日前）。网格员入户登记意向，协助拆除外挑式晾衣架。
（二）统一采购（4月30日前）。由街道按程序采购，产品须具备遇阻停止和照明断电保护功能。
（三）安装验收（5月31日前）。施工单位逐户安装，社区组织居民代表验收签字。
四、工作要求
施工期间要做好高空作业防护，不得损坏墙体防水层；安装完成后施工单位提供两年免费保修。
缟园社区居民委员会
2025年4月9日
""",
    ),
    dict(
        slug="docshare-gongxiang-rules-steamer-store-doc",
        site="共享书斋 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.gxshuzhai.com/view/8810274.html",
        title="服装门店挂烫机安全操作规程",
        record_title="服装门店挂烫机安全操作规程.doc",
        date=None,
        notes="sharing page: upload notice, points lock, service WeChat, rating; articles 第N条, one speaks of scanning a QR code as content; a lock line between articles; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>服装门店挂烫机安全操作规程.doc - 共享书斋</title>
<script>window.__SZ__={id:8810274,type:"doc"};</script>
</head>
<body>
<div class="sz-header"><span class="sz-logo">⟦m 共享书斋⟧</span><span class="sz-tag">⟦m 你分享一页，我分享一本⟧</span><a href="/upload">⟦a 我要传文档⟧</a><a href="/my">⟦a 个人书房⟧</a></div>
<div class="sz-path">⟦m 书斋首页 ＞ 管理制度 ＞ 安全规程⟧</div>
<div class="sz-doc">
<div class="sz-title"><h1>{T}</h1></div>
<div class="sz-info">⟦m 格式：DOC　大小：31KB　页数：2　分享者：店长阿May⟧　<span class="stars">⟦l 评分 ★★★★☆ 4.3（27人打分）⟧</span></div>
<div class="sz-notice">⟦d 书斋提醒：文档为网友分享，书斋不审核其内容，下载即表示自行承担使用风险。⟧</div>
<div class="sz-content">
{BODY}
</div>
<div class="sz-dl"><a class="btn">⟦a 下载此文档（扣2书斋币）⟧</a> <a class="btn">⟦a 存到我的书房⟧</a></div>
</div>
<div class="sz-service">⟦w 找不到想要的制度？书斋客服代找代改，微信 szkefu_0715⟧</div>
<div class="sz-rel"><h4>⟦l 同类文档⟧</h4><p>⟦l 干洗店安全生产责任制.doc⟧</p><p>⟦l 服装店消防安全管理制度.docx⟧</p></div>
<div class="sz-foot">⟦m 共享书斋 gxshuzhai.com　客服邮箱 help@gxshuzhai.com⟧</div>
</body>
</html>
""",
        body="""
第一条　为规范门店挂烫机的使用，预防烫伤、触电和火灾事故，制定本规程。
第二条　本规程适用于公司所属各服装门店使用的立式和手持式挂烫机。
第三条　使用前应检查电源线、蒸汽软管有无破损，水箱有无裂纹，发现问题立即停用并报告店长。
第四条　水箱加水不得超过最高水位线，严禁加入香水、柔顺剂等添加物。
⟦a 以下条款需下载后查看完整版，书斋会员免币⟧
第五条　熨烫时喷头不得对准人体，不得在试衣间、收银台附近使用。
第六条　使用过程中需离开时，应先关闭电源；挂烫机放置处不得堆放纸箱、塑料袋等易燃物。
第七条　每日营业结束后排空水箱，拔下插头，待机身冷却后方可收纳。
第八条　店长每周检查一次挂烫机使用和保养记录，新员工可扫描设备上的二维码观看操作视频。
第九条　本规程由公司安全管理部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="docshare-jishi-contract-toaster-dealer-line-markers",
        site="文档集市 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.wendangjishi.com/d/20250611/340915.html",
        title="烤面包机区域经销合同",
        record_title="烤面包机区域经销合同（范本·可修改）【文档集市】",
        date=None,
        notes="contract template with ×× placeholders and ＿＿ blanks; page markers ⹙第n页⹚ on lines of their own cut articles; upload notice; no date (template)",
        page="""
!m 文档集市——海量文档，随买随用
!m 集市首页 > 合同范本 > 购销合同
!t 烤面包机区域经销合同（范本·可修改）
!m 贡献者：hetong_lao8　　页数：3　　下载：611次　　更新于 4 天前
!d 特别提示：本合同范本由集市用户上传，仅供参考，签约前请咨询专业律师，集市不承担由此产生的任何责任。
{T}
{BODY}
!a ※ 完整版可编辑Word需兑换1张集市券 ※
!l 买了这份的人还挑了：
!l 小家电代理经销协议书（通用版）
!l 电器产品购销合同范本（甲乙双方）
!m 文档集市 客服QQ：3150672249
""",
        pages=dict(fmt="⹙第{n}页⹚", every=140, start=2),
        body="""
甲方（供货方）：××电器有限公司
乙方（经销方）：＿＿＿＿＿＿＿＿
经甲乙双方友好协商，就乙方在指定区域经销甲方烤面包机产品事宜，订立本合同。
第一条　经销区域为＿＿＿＿省＿＿＿＿市，乙方不得跨区域销售。
第二条　经销产品为甲方生产的××系列烤面包机，型号及价格以附件《产品价格表》为准。
第三条　乙方年度采购额不低于＿＿＿＿万元，按季度分批订货，甲方在收到订单后七日内发货。
第四条　甲方对产品提供一年保修，因产品质量问题造成的退换货费用由甲方承担。
第五条　乙方不得以低于甲方指导价的价格销售，违反的，甲方有权取消其经销资格。
第六条　本合同有效期自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="download-lvye-rules-massage-gun-gym-wps-gb2312",
        site="绿叶资料屋 (invented, gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvyeziliao.net/soft/zhidu/20587.html",
        title="健身房筋膜枪借用与使用管理制度",
        record_title="健身房筋膜枪借用与使用管理制度.wps",
        date=None,
        notes="download station: file-info table, three download links, unzip password, dead-link report; articles 第N条 with an effective date only (no date); a download prompt between articles",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>健身房筋膜枪借用与使用管理制度.wps_绿叶资料屋</title>
<script language="javascript" src="/inc/ad_top.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 绿叶资料屋⟧</td><td>⟦m 资料常青，下载无忧⟧</td><td><a href="/">⟦m 首页⟧</a> <a href="/soft/">⟦m 文档资料⟧</a> <a href="/moban/">⟦m 表格模板⟧</a> <a href="/top/">⟦m 下载排行⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 所在位置：绿叶资料屋 → 文档资料 → 规章制度 → 健身场馆⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" class="info">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 健身房筋膜枪借用与使用管理制度⟧</td></tr>
<tr><td>⟦m 资料格式：WPS文字⟧</td><td>⟦m 资料大小：24 KB⟧</td></tr>
<tr><td>⟦m 更新时间：2 周前⟧</td><td>⟦m 下载次数：1372⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 资料等级：★★★☆☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td valign="top">
<div class="jianjie"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<div class="down"><b>⟦m 下载地址：⟧</b>
<a href="/down/20587-1">⟦a 绿叶本地高速下载⟧</a>
<a href="/down/20587-2">⟦a 联通线路下载⟧</a>
<a href="/down/20587-3">⟦a 移动线路下载⟧</a></div>
<div class="pwd">⟦m 解压口令：lvye2025（全站通用）⟧</div>
<div class="bad"><a href="/baocuo.asp?id=20587">⟦a 下不了？点此告诉站长⟧</a></div>
</td>
<td width="220" valign="top"><div class="side">⟦l ▲ 制度类下载前十⟧<br><a href="/1">⟦l 1. 健身房会员管理制度⟧</a><br><a href="/2">⟦l 2. 游泳馆安全管理规定⟧</a><br><a href="/3">⟦l 3. 器械区巡查登记表⟧</a></div></td></tr></table>
<table width="980" align="center"><tr><td>⟦d 绿叶资料屋所有资料均收集自网络，仅限学习研究，请在下载后24小时内删除。⟧</td></tr>
<tr><td>⟦m Copyright 2011-2025 lvyeziliao.net　陇ICP备11042918号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范会员借用筋膜枪，保障使用安全，延长设备寿命，制定本制度。
第二条　会员凭会员卡在前台登记借用，每次借用不超过30分钟。
第三条　使用前应阅读器械旁的使用说明，不得对颈部前侧、脊柱、关节及有伤口、肿胀的部位使用。
⟦a 完整制度共8条，点下方任一线路即可拿到WPS原件⟧
第四条　孕妇、装有心脏起搏器者及近期受过外伤的会员不得使用。
第五条　使用后应用消毒湿巾擦拭按摩头，交还前台检查电量和配件。
第六条　人为损坏或遗失的，按设备原价的60%赔偿。
第七条　教练每日闭店前核对借用登记表，发现设备异常及时报修。
第八条　本制度自2025年7月1日起执行。
""",
    ),
    dict(
        slug="download-qianben-plan-steamer-energy-decimal-pdf",
        site="千本资料网 (invented)",
        style="资料下载站",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.qianbenzl.com/fangan/shengchan/9047.html",
        title="裾水县衬衫厂整烫车间挂烫机节能改造方案",
        record_title="裾水县衬衫厂整烫车间挂烫机节能改造方案.pdf",
        date="2025-02-26",
        notes="download station text: decimal headings 1 / 1.1 …; download lines, unzip code and a dead-link link around; date under the signature",
        page="""
!m 千本资料网　资料千本，一搜就有
!m 当前：首页 » 方案计划 » 生产管理
!m 【资料信息】格式：PDF｜页数：3｜大小：156KB｜收录：2 天前
{T}
!m 【资料预览】
{BODY}
!a 【下载通道】① 千本主站下载　② 备用站下载　③ 迅雷高速下载
!m 解压码：qb9047
!a 链接坏了？一键反馈给管理员
!l 【同类资料】
!l 服装厂蒸汽管网节能改造方案.pdf
!l 整烫工段岗位操作规程.doc
!d 本站资料来源于网络公开渠道，仅供参考交流，不得用于商业用途。
!m 千本资料网 qianbenzl.com　技术支持：星火建站
""",
        body="""
1　现状
1.1　整烫车间现有立式挂烫机36台，单台功率2000瓦，日均运行9小时。
1.2　设备多为2016年购置，发热体结垢严重，升温慢，蒸汽量不足，月均电费约4.2万元。
2　改造内容
2.1　更换24台带智能温控的节能挂烫机，待机超过10分钟自动降功率。
2.2　加装集中软化水装置，减少水垢生成。
2.3　各工位安装分路计量电表，按班组考核用电。
3　预期效果
3.1　整烫车间用电量预计下降28%，年节约电费约14万元。
3.2　蒸汽稳定后，衬衫一次整烫合格率可由93%提高到97%以上。
4　投资与工期
改造总投资约31万元，计划3月中旬开工，4月底前完成。
裾水县永绉服饰有限公司设备科
2025年2月26日
""",
    ),
    dict(
        slug="app-moque-summary-toaster-sales-h5",
        site="墨鹊写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.moquexiezuo.com/share/essay?id=70261853&from=wx",
        title="家电卖场烤面包机专柜导购员2024年度工作总结",
        record_title="家电卖场烤面包机专柜导购员2024年度工作总结（拿来即用）| 墨鹊写作",
        date="2024-12-28",
        notes="writing app H5 share: open-app mask, fold line between paragraphs, AI buttons glued after a sentence; date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>家电卖场烤面包机专柜导购员2024年度工作总结（拿来即用）| 墨鹊写作</title>
<script src="https://res.moquexiezuo.com/h5/share.3f1c.js"></script>
</head>
<body>
<div class="mq-bar"><img src="/logo.png" alt=""><span>⟦m 墨鹊写作⟧</span><span>⟦m 写材料，有墨鹊⟧</span><a class="open">⟦a 用App打开⟧</a></div>
<div class="mq-essay">
<h2 class="mq-title">{T}</h2>
<div class="mq-sub">⟦m 范文编号 70261853 · 1.3万人用过 · 约720字⟧</div>
<div class="mq-tools">⟦a 一键仿写⟧ ⟦a 换种语气⟧ ⟦a 扩成千字⟧</div>
<div class="mq-text">
{BODY}
</div>
</div>
<div class="mq-mask">⟦a 在墨鹊App内打开，解锁全文并导出Word⟧<a class="btn">⟦a 立即打开⟧</a></div>
<div class="mq-more"><p>⟦l 大家还在写⟧</p><p>⟦l 商场促销员个人年终小结⟧</p><p>⟦l 家电导购员述职报告（两篇）⟧</p></div>
<div class="mq-foot">⟦d 范文由用户创作或AI辅助生成，仅供参考，请结合实际修改使用。⟧</div>
</body>
</html>
""",
        p_html='<p class="mq-p">{}</p>',
        body="""
2024年，我在袂阳百汇家电卖场烤面包机专柜担任导购员。一年来，在店长和厂家督导的指导下，我认真做好产品讲解、陈列维护和售后跟进，全年完成销售额68.4万元，完成年度任务的114%。
一、主要工作
（一）练好讲解基本功。我把专柜在售的9个型号逐一试用，整理出“宽槽、解冻、回温”三个讲解要点，顾客一听就懂。⟦a ✦AI润一润⟧
（二）做好现场演示。每逢周末在专柜做现烤试吃，共举办演示活动46场，带动成交300余台。
⟦a ⌄ 后面还有58%，点开继续看⟧
（三）用心做好售后。对购机顾客建立回访台账，全年回访1020人次，处理面包片卡槽、定时器失灵等咨询87起，无一起投诉升级。
二、不足和打算
线上渠道冲击明显，我对直播销售还不熟悉。明年我将学习短视频讲解，力争销售额突破75万元。
总结人：郑晓蓓
2024年12月28日
""",
    ),
    dict(
        slug="app-sucheng-host-script-massage-gun-launch",
        site="速成写作助手 (invented writing app, text export)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://app.suchengxz.cn/s/zcc/118402",
        title="公司新款筋膜枪产品发布会主持词",
        record_title="公司新款筋膜枪产品发布会主持词（热门模板）- 速成写作助手App",
        date=None,
        notes="writing-app export: AI-generated notice, copy/export row, a share prompt glued before a line; ×× placeholders for guests; scanning a QR code as content; no date",
        page="""
!m 速成写作助手 · 模板库
!m 分类：主持词 ＞ 企业活动
!t 公司新款筋膜枪产品发布会主持词（热门模板）
!m 使用 9,418 次　｜　收藏 762　｜　更新于昨天
!a 一键复制｜导出成Word｜发送到电脑
{BODY}
!d 本模板由速成写作助手AI生成，内容仅供参考，请根据活动实际修改。
!a 觉得好用？分享给同事可领3天会员
!l 猜你还要：新品发布会致辞｜经销商大会主持词｜开业庆典流程
""",
        gap=True,
        body="""
尊敬的各位来宾、各位经销商朋友：
大家下午好！欢迎来到裳溪康力电器有限公司“轻肌二代”筋膜枪新品发布会现场。我是今天的主持人林夕。
首先，请允许我介绍出席今天发布会的领导和嘉宾：裳溪县工业和信息化局副局长××先生，县体育总会秘书长××女士，以及来自全国各地的经销商代表。让我们以热烈的掌声表示欢迎！
下面，有请公司总经理周立铭先生致辞。
⟦a 【会员专享】⟧感谢周总的精彩致辞。接下来，请研发中心工程师为大家演示新品的五档变频和智能压力感应功能。
演示环节结束后，现场嘉宾可扫描桌牌上的二维码领取体验券，到展区试用新品。
今天的发布会到此结束，再次感谢各位的光临，祝大家身体健康、生意兴隆！
""",
    ),
]
