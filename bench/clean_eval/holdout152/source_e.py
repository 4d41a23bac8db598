"""holdout152, part E: Q&A, encyclopaedia, personal collections, local forums, download stations. Invented text."""

CASES = [
    dict(
        slug="qa-wenshan-meadow-restoration-answer",
        site="问山问答 (invented)",
        style="问答社区",
        genre="工作总结",
        kind="answer",
        form="text",
        source="https://www.wenshanwd.com/q/3319024",
        title="退化草甸修复工作总结",
        record_title="求一篇退化草甸修复工作总结，领导明天要，急！",
        date="2024-10-30",
        date_also=["2024-11-01"],
        notes="Q&A: the question is the record title; the answer is the body; 回答于 byline accepted; 成文日期 expected",
        page="""
!m 问山问答 > 农林牧渔 > 草原生态
!t 求一篇退化草甸修复工作总结，领导明天要，急！
!m 提问者：高原小杨　悬赏 20 积分　2024-11-01
!l 3个回答
!m 最佳答案　答主：草原技术员老何　回答于 2024-11-01 21:07
{T}
{BODY}
!a 采纳率 96%　｜　赞同 14　｜　举报
!l 其他回答（2）
!l 网友a7k2：可以参考县里的项目验收报告格式
!a 登录后回答问题，赢取积分
!m 问山问答 © 2024
""",
        body="""
2024年，我站按照县草原生态保护修复项目安排，在萁坪、荞沟两个乡开展退化高寒草甸修复，完成修复面积1.2万亩。
一、主要措施。对重度退化的黑土滩实行补播改良，选用垂穗披碱草、冷地早熟禾等乡土草种；对中度退化区域实行围栏封育，禁牧两年；同步开展鼠害综合防治。
二、取得成效。经秋季监测，补播区植被盖度由修复前的31%提高到67%，可食牧草产量每亩增加近40公斤。
三、存在问题。部分围栏被牧户擅自拆开放牧，后期管护压力较大。
四、下步打算。落实管护责任到户，把修复成效纳入草原生态补奖考核。
县草原工作站
2024年10月30日
""",
    ),
    dict(
        slug="qa-zhidao-lingzhi-cooperative-html",
        site="知道吧 (invented)",
        style="问答社区",
        genre="请示",
        kind="answer",
        form="html",
        source="https://zhidao8.com/question/55817340.html",
        title="关于申请灵芝种植基地建设补助资金的请示",
        record_title=None,
        date=None,
        notes="Q&A answer with a sample 请示 using ××××年××月××日; no date; relative time",
        page="""
<html><head><meta charset="utf-8"><title>灵芝合作社申请补助的请示怎么写？_知道吧</title></head>
<body>
<div class="nav">⟦m 知道吧⟧ ⟦m 首页 · 分类 · 专栏 · 任务⟧ ⟦a 登录⟧</div>
<div class="q"><h1>⟦l 灵芝合作社申请补助的请示怎么写？⟧</h1><span>⟦m 4天前 · 浏览 890⟧</span></div>
<div class="a">
<div class="user">⟦m 公文小能手　LV7　擅长：公文写作⟧</div>
<p>⟦m 给你一个参考模板，按实际情况改：⟧</p>
<h3>{T}</h3>
{BODY}
<div class="vote">⟦l 赞同 56　反对 1　评论 7⟧</div>
</div>
<div class="more">⟦l 相关问题：合作社年度工作总结怎么写？　项目申请报告格式⟧</div>
<div class="ft">⟦d 答案由网友提供，仅供参考⟧</div>
</body></html>
""",
        body="""
××县农业农村局：
我社成立于2019年，现有社员86户，主要从事椴木灵芝种植和初加工。为扩大生产规模，我社计划新建标准化灵芝种植大棚40亩，配套建设烘干车间一座，项目总投资约180万元。
根据县里扶持林下经济和食用菌产业发展的有关政策，特申请基地建设补助资金50万元，主要用于大棚建设和烘干设备购置。
妥否，请批示。
附件：灵芝种植基地建设项目实施方案
××县××灵芝种植专业合作社
××××年××月××日
""",
    ),
    dict(
        slug="wiki-haiyu-uninhabited-island-entry-html",
        site="海屿百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.haiyu.wiki/item/无居民海岛使用申请",
        title="无居民海岛使用申请",
        record_title="无居民海岛使用申请_海屿百科",
        date=None,
        notes="encyclopaedia entry; example date inside a sentence; edit links; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>无居民海岛使用申请_海屿百科</title></head>
<body>
<div class="top">⟦m 海屿百科 — 海洋知识共建⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　讨论　收藏　上传视频⟧</div>
<div class="summary">
{BODY}
</div>
<div class="refs">⟦l 参考资料：1. 海岛保护法释义　2. 某省海洋主管部门办事指南⟧</div>
<div class="stat">⟦m 浏览次数：4,118　最近更新：海风吹（2天前）⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需权威解答请咨询相关部门⟧</div>
</body></html>
""",
        body="""
无居民海岛使用申请，是指单位或者个人依法向海洋主管部门申请取得无居民海岛使用权的行政许可事项。
申请材料一般包括：无居民海岛使用申请书、海岛开发利用具体方案、项目论证报告以及申请人资信证明等。
申请书应写明申请人名称、海岛名称和位置、用岛范围、用途和期限，落款注明申请日期，如“2023年5月10日”。
海洋主管部门受理后，组织专家评审，必要时进行现场勘查；经批准的，由申请人缴纳海岛使用金后领取海岛使用权证书。
""",
    ),
    dict(
        slug="wiki-baicao-chonglou-planting-qa",
        site="百草问答 (invented)",
        style="百科问答",
        genre="技术资料",
        kind="entry",
        form="text",
        source="http://www.baicaowd.com/zhongzhi/chonglou/1307.html",
        title="重楼种植技术要点",
        record_title="重楼种植技术要点（附病虫害防治）- 百草问答",
        date=None,
        notes="Q&A/encyclopaedia hybrid; decimal headings; related Q&A list; no date",
        page="""
!m 百草问答 · 中药材种植知识库
!m 首页 › 种植技术 › 重楼
!t 重楼种植技术要点（附病虫害防治）
!m 词条贡献：药农之家　　浏览 2.1万
{BODY}
!l 大家还在问：
!l 重楼几年可以采收？
!l 重楼种子怎样催芽？
!a 内容有误？点此纠错
!m 百草问答 baicaowd.com
""",
        body="""
1 选地整地
1.1 宜选海拔1400—2500米、土层深厚、腐殖质丰富的林下或荫棚地块。
1.2 整地时每亩施腐熟农家肥2000公斤，起高畦，便于排水。
2 繁殖方法
2.1 种子繁殖周期长，一般先育苗两年再移栽。
2.2 根茎繁殖时，选带芽头的根茎切段，切口蘸草木灰后栽种。
3 田间管理
3.1 重楼喜阴，荫蔽度保持在60%至70%为宜。
3.2 雨季注意排水，防止根茎腐烂。
4 病虫害防治
4.1 主要病害有根腐病、叶斑病，发病初期及时清除病株。
4.2 地老虎等地下害虫可用糖醋液诱杀。
""",
    ),
    dict(
        slug="anthology-laozhao-uranium-geology-memoir",
        site="老赵地质文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.laozhao-dizhi.cn/wenji/juan2/27.html",
        title="在核工业二〇九地质大队建队六十周年座谈会上的发言",
        record_title="《岩芯集》卷二·第27篇｜在核工业二〇九地质大队建队六十周年座谈会上的发言",
        date="2019-09-16",
        notes="personal collection; date under the title in Chinese numerals; speaker line neutral; chapter nav",
        page="""
!m 老赵地质文集
!m 目录 ＞ 卷二 讲话与发言
!t 《岩芯集》卷二·第27篇｜在核工业二〇九地质大队建队六十周年座谈会上的发言
{T}
（二〇一九年九月十六日）
退休职工代表　赵德坤
{BODY}
!l ← 第26篇　　返回目录　　第28篇 →
!d 本文集所收文章均为作者本人所写，转载请征得同意。
!m 整理录入：赵小禾　最后修改：2023-02-11
""",
        body="""
各位领导、各位老同事：
六十年前，大队在蓁川的一间土坯房里成立。我是1972年入队的，在野外跑了二十八年。
那时候找铀矿，靠的是两条腿、一台辐射仪。冬天住帐篷，夏天钻山沟，有时候一个月见不到一个村子。
我们这一代人最大的幸运，是亲手参与了几个矿床的发现。每次看到岩芯里的那一抹黄绿色，所有的苦都值了。
今天，大队的装备和技术都变了，年轻人用上了航测和三维建模，比我们那时候强多了。
我只有一个希望：把大队吃苦耐劳、献身核工业的精神传下去。谢谢大家！
""",
    ),
    dict(
        slug="anthology-tangci-enamel-factory-history-html",
        site="搪瓷旧事·周敏文集 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.tangcijiushi.net/zhoumin/p/88.html",
        title="红星搪瓷厂一九八七年度生产工作总结",
        record_title=None,
        date="1988-01-15",
        notes="retired worker's collection of old documents; title missing; 成文日期 in Chinese numerals; collector's note neutral-free (chrome)",
        page="""
<html><head><meta charset="utf-8"><title>搪瓷旧事 · 周敏文集</title></head>
<body>
<div class="mast">⟦m 搪瓷旧事 · 周敏文集⟧<br>⟦m 一个老搪瓷人的记忆⟧</div>
<div class="toc">⟦l 目录：第一辑 车间往事 | 第二辑 厂报旧文 | 第三辑 年度总结⟧</div>
<div class="piece">
<h2>{T}</h2>
<p class="note">⟦m 【整理者按】此文据厂档案室复印件录入，个别字迹不清处以□代替。⟧</p>
{BODY}
</div>
<div class="pager">⟦l 上一篇：厂报第三十六期社论⟧ ⟦l 下一篇：一九八八年技术革新计划⟧</div>
<div class="ft">⟦m 收录时间：2022年冬⟧ ⟦d 本站文字为私人收藏整理，谢绝商用⟧</div>
</body></html>
""",
        body="""
一九八七年，全厂职工在厂党委的领导下，坚持以生产为中心，全面完成了上级下达的各项任务。
全年生产搪瓷脸盆、口杯、饭盒等制品共计412万件，比上年增长8.6%；实现利润37万元；产品一级品率达到91%。
今年，我厂新建了一条自动喷花线，花色品种增加到120多个，“红星”牌搪瓷口杯被评为省优产品。
不足之处是：烧成车间能耗偏高，个别批次出现爆瓷现象，□□工作仍需加强。
一九八八年，我们要继续抓好质量和节能，力争产值再上一个台阶。
红星搪瓷厂
一九八八年一月十五日
""",
    ),
    dict(
        slug="localforum-hetang-lotus-pond-notice",
        site="荷塘在线 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.hetangzx.com/thread-40118-1-1.html",
        title="关于荷塘景区荷花节期间实行预约限流的公告",
        record_title="[转帖] 关于荷塘景区荷花节期间实行预约限流的公告 - 本地资讯 - 荷塘在线",
        date="2024-06-25",
        date_also=["2024-06-26"],
        notes="town forum repost; 发布于 byline accepted; booking sentence with 扫码; reply floors",
        page="""
!m 荷塘在线 » 本地资讯 » 正文
!t [转帖] 关于荷塘景区荷花节期间实行预约限流的公告
!m 楼主：荷塘小编　发布于 2024-06-26 09:18　查看 6021 回复 24
!m 转自：荷塘景区管理处
{BODY}
!l 回复　引用　举报
!m 2楼　藕粉妹妹　发布于 2024-06-26 10:02
!l 周末人肯定多，还是工作日去吧
!a 游客您好，登录后才能参与讨论
!m 荷塘在线 · 本地生活第一站
""",
        indent="　　",
        body="""
为保障游客安全和游览体验，荷塘景区荷花节（7月1日至8月15日）期间实行实名预约、限流入园。现将有关事项公告如下：
一、景区每日最大承载量为1.2万人次，瞬时最大承载量为3000人。
二、游客须提前一天扫码预约，凭预约码和身份证入园；60岁以上老人和儿童可由同行人代为预约。
三、荷花节期间景区停车场车位有限，建议乘坐旅游专线公交前往。
四、请游客文明赏荷，不采摘荷花莲蓬，不下塘戏水。
荷塘景区管理处
2024年6月25日
""",
    ),
    dict(
        slug="localforum-dukou-cable-ferry-suspension-html",
        site="渡口人家论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.dukourj.com/thread-9913-1.html",
        title="关于朱家渡缆渡临时停航的通知",
        record_title="朱家渡缆渡停航了！附通知原文和绕行路线",
        date="2024-07-08",
        notes="local forum with jammer fonts; record title is the poster's; date from the document; detour table",
        page="""
<html><head><meta charset="utf-8"><title>朱家渡缆渡停航了！附通知原文和绕行路线 - 渡口人家</title><style>.jammer{font-size:0}</style></head>
<body>
<div class="hd">⟦m 渡口人家论坛 — 乡里乡亲的网上家园⟧</div>
<div class="crumb">⟦m 首页 › 乡镇动态 › 帖子详情⟧</div>
<div class="post">
<div class="author">⟦m 楼主　江边老刘　发帖 1520⟧</div>
<h2>⟦t 朱家渡缆渡停航了！附通知原文和绕行路线⟧</h2>
<div class="when">⟦m 发表于 昨天 19:40⟧</div>
<p>⟦m 以下是镇里贴在码头的通知：⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="replies">⟦l 共 31 条回复　查看全部⟧</div>
<div class="ft">⟦m 渡口人家论坛 © 2010-2024⟧ ⟦a 手机版⟧ ⟦a 小黑屋⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
过往群众：
因上游连日降雨，江水水位持续上涨，流速加快，为确保渡运安全，朱家渡缆渡自2024年7月8日12时起临时停航，恢复时间另行通知。
停航期间，请群众按以下路线绕行：
出行方向　绕行路线
往镇区　经朱家村—石桥村—沿江公路
往县城　经下渡大桥
请广大群众不要冒险乘坐无证船只过江，确保出行安全。
朱家渡镇人民政府
2024年7月8日
""",
    ),
    dict(
        slug="download-ziliao-salt-marsh-survey-html",
        site="绿野资料下载站 (invented)",
        style="资料下载站",
        genre="调研报告",
        kind="report",
        form="html",
        source="http://www.lvyezl.com/soft/2024/8817.html",
        title="莼浦湾盐沼湿地植被现状调查报告",
        record_title="莼浦湾盐沼湿地植被现状调查报告 免费下载",
        date="2024-08-30",
        notes="old download station: file-info table, mirror links, dead-link report; 成文日期; data table",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>莼浦湾盐沼湿地植被现状调查报告 免费下载 - 绿野资料下载站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 绿野资料下载站 www.lvyezl.com⟧</td><td>⟦a 下载排行⟧ | ⟦a 最近更新⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td>⟦m 资料名称：莼浦湾盐沼湿地植被现状调查报告⟧</td><td>⟦m 资料大小：1.8 MB⟧</td></tr>
<tr><td>⟦m 资料类别：环境生态⟧</td><td>⟦m 更新时间：2024-10-02⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10⟧</td><td>⟦m 下载次数：317⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p>⟦m 资料简介：⟧</p>
{BODY}
<p>⟦a 下载地址：电信下载1　联通下载2　备用下载3⟧</p>
<p>⟦a 如果链接失效，请点此报告死链⟧</p>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络，仅供学习研究使用⟧</td></tr></table>
</body></html>
""",
        body="""
为掌握莼浦湾盐沼湿地植被状况，我站于2024年7月至8月对湾内盐沼开展了样方调查，共布设样线12条、样方96个。
调查共记录维管植物41种，优势种为盐地碱蓬、芦苇和互花米草。
植被类型　面积（公顷）　占比
盐地碱蓬群落　386　45%
芦苇群落　251　29%
互花米草群落　223　26%
调查发现，互花米草扩散较快，已侵占部分碱蓬滩涂，建议尽快开展清除治理。
莼浦湾湿地保护管理站
2024年8月30日
""",
    ),
    dict(
        slug="download-sutong-shield-tunnelling-plan",
        site="工程资料仓 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gczlcang.com/down/33419.html",
        title="盾构区间始发专项施工方案",
        record_title="盾构区间始发专项施工方案.doc",
        date=None,
        notes="file-name title; page markers ⋯2⋯ cut sentences; numbered list; no date",
        page="""
!m 工程资料仓 · 土木工程资料免费下载
!m 首页 > 隧道工程 > 盾构
!t 盾构区间始发专项施工方案.doc
!m 文件格式：doc　更新：2024-03-11　下载：1,204次
!a 【立即下载】　【收藏】
{BODY}
!a 提示：本页仅展示部分内容，完整方案请下载后查看
!l 相关资料：盾构接收方案 | 联络通道冻结法施工方案 | 管片拼装作业指导书
!d 资料版权归原作者所有，仅供学习交流
""",
        pages=dict(fmt="⋯{n}⋯", every=150, start=2, glue=False),
        body="""
一、编制依据
本方案依据工程设计图纸、地质勘察报告及国家和地方现行盾构施工规范编制。
二、工程概况
本区间采用一台土压平衡盾构机施工，区间长度1326米，隧道埋深11至18米，穿越地层主要为粉质黏土和中粗砂。
三、始发准备
1. 始发井端头土体采用三轴搅拌桩加固，加固范围沿隧道纵向9米。
2. 安装始发基座和反力架，复核其位置和标高，偏差控制在规范允许范围内。
3. 洞门安装帘布橡胶板和扇形压板，防止始发时泥水外漏。
四、始发掘进控制
始发段前100米为试掘进段，严格控制土仓压力和出土量，根据地表沉降监测数据及时调整掘进参数。
""",
    ),
]
