"""holdout64, part E: 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页. Invented text."""

CASES = [
    dict(
        slug="app-bixie-secrecy-self-check-report",
        site="笔谐写作APP 分享页 (invented)",
        style="范文APP",
        genre="自查报告",
        kind="report",
        form="text",
        source="https://m.bixie.app/share/doc?id=Zk81Pq&from=wx",
        title="机关保密工作自查报告",
        record_title="机关保密工作自查报告｜笔谐写作",
        date="2025-06-27",
        notes="writing-app share page; 成文日期; open-in-app prompts top and bottom and a folded-text button between paragraphs",
        page="""
!a 打开笔谐APP，阅读体验更佳 〉
!m 笔谐写作 · 公文范文
!t 机关保密工作自查报告｜笔谐写作
!m 范文 · 自查报告 · 1826人已读
{BODY}
!a 登录笔谐APP解锁全部AI改写功能
!l 猜你想写：保密工作领导小组会议纪要｜保密宣传月活动总结
!m 笔谐写作 v5.3.1
""",
        body="""
县保密委员会办公室：
根据《关于开展2025年度保密工作自查自评的通知》要求，我局对照检查内容，认真开展了自查。现将有关情况报告如下。
一、保密工作组织领导情况。局党组将保密工作纳入年度工作要点，成立了由局长任组长的保密工作领导小组，明确办公室为保密工作机构，配备兼职保密员1名。
⟦a ▼ 展开剩余全文 ▼⟧
二、涉密载体管理情况。建立了涉密文件收发、传阅、清退登记制度，今年以来共清退涉密文件43份，未发现丢失、私自复制等情况。
三、计算机和移动存储介质管理情况。涉密计算机实行专人专用，与互联网物理隔离；经检查，发现1台非涉密计算机曾连接过未登记的U盘，已当场整改并对相关人员进行了提醒谈话。
四、下步整改措施。进一步加强保密教育培训，每季度开展一次保密检查，堵塞管理漏洞。
榧城县林业局
2025年6月27日
""",
    ),
    dict(
        slug="app-zhibi-investment-insight-html",
        site="纸笔范文 APP 阅读页 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://h5.zhibifanwen.com/read/3308172",
        title="招商引资工作心得体会",
        record_title="招商引资工作心得体会（通用版）- 纸笔范文",
        date=None,
        notes="app reading mode; collection and export stamps are no date; AI-continue and VIP buttons inside the body",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>招商引资工作心得体会（通用版）- 纸笔范文</title></head><body>
<div class="appbar">⟦a 纸笔范文 APP内打开⟧</div>
<div class="paper">
<h1>{T}</h1>
<div class="meta">⟦m 收录于 2025-02-19 · 来自范文库 · 字数 712⟧</div>
{BODY}
<div class="vip">⟦a 开通VIP，一键导出Word / PDF⟧</div>
</div>
<div class="rec">⟦l 相关范文：招商引资工作总结及明年计划⟧</div>
<div class="rec">⟦l 相关范文：在招商引资推进会上的表态发言⟧</div>
<div class="foot">⟦d 内容由AI辅助整理，仅供参考。⟧</div>
</body></html>
""",
        body="""
到县投资促进局工作两年来，我先后参与了十几个项目的洽谈和落地服务，对招商引资工作有了一些粗浅的体会。
一是招商要“有的放矢”。以前我们习惯“广撒网”，效果并不好。后来我们围绕食品加工产业链，梳理出上下游缺失环节，有针对性地去找企业，成功率明显提高。
二是服务要“一诺千金”。企业最看重的是政府说话算不算数。答应企业的事，哪怕再难也要办到，办不到的一开始就不要承诺。
⟦a 【AI续写】点击让AI帮你续写下一段⟧
三是落地要“跟到底”。签约只是第一步，项目开工、投产、达效，每个环节都可能遇到问题。我们推行“一个项目、一名领导、一个专班”，全程跟踪服务。
招商引资没有捷径可走，唯有用心、用情、用力，才能让企业引得来、留得住、发展好。
""",
    ),
    dict(
        slug="gkforum-shenlun-peach-research-junk",
        site="申论上岸论坛 (invented)",
        style="公考论坛",
        genre="调研报告",
        kind="research",
        form="text",
        source="https://bbs.shenlunsa.com/thread-552108-1-1.html",
        title="关于栝阳镇蜜桃产业发展情况的调研报告",
        record_title="[申论素材] 关于栝阳镇蜜桃产业发展情况的调研报告（可借鉴思路）",
        date="2024-08-12",
        date_also=["2024-08-19"],
        notes="exam forum; junk lines and glued junk; 发表于 differs from the 成文日期; poster's aside lines",
        page="""
!m 申论上岸论坛 » 申论素材区 » 调研报告
!t [申论素材] 关于栝阳镇蜜桃产业发展情况的调研报告（可借鉴思路）
!m 一站到底 发表于 2024-8-19 22:10 ｜ 查看: 1877 ｜ 回复: 33
!l 楼主留言：去年写过的一篇，分享给准备遴选的朋友，思路可以借鉴～
{BODY}
!l 回复可见更多素材 | 楼主已设置：回复后显示附件
!a 收藏　｜　评分　｜　分享
!m 申论上岸论坛 · 手机版 · 帮助
""",
        junk=dict(lines=2, glued=2),
        body="""
近年来，栝阳镇依托资源优势，大力发展蜜桃产业，蜜桃已成为全镇农民增收的主导产业。为进一步推动产业提质增效，7月下旬，县农业农村局调研组深入栝阳镇开展专题调研。现将有关情况报告如下。
一、基本情况。全镇蜜桃种植面积4200亩，涉及农户1300余户，年产量1.05万吨，产值约8400万元，户均增收1.9万元。
二、主要做法。一是组织化经营，成立蜜桃专业合作社，统一品种和技术标准；二是品牌化营销，注册“栝阳蜜桃”商标；三是电商化销售，开设直播间拓宽销路。
三、存在问题。一是品种结构单一，上市时间集中，价格波动大；二是冷链设施不足，产后损耗率达到15%左右；三是年轻劳动力外流，果园管护后继乏人。
四、对策建议。优化品种结构，引进早中晚熟搭配品种；争取建设产地冷藏保鲜设施；加强新型职业农民培育，吸引青年返乡创业。
县农业农村局调研组
2024年8月12日
""",
    ),
    dict(
        slug="gkforum-mianshi-publicity-pledge-speech-html",
        site="公考吧 (invented)",
        style="公考论坛",
        genre="表态发言",
        kind="speech",
        form="html",
        source="https://www.gongkao8.net/t/118032",
        title="在全县宣传思想文化工作会议上的表态发言",
        record_title="【面试素材】在全县宣传思想文化工作会议上的表态发言 - 公考吧",
        date=None,
        notes="exam-forum HTML; relative times only (三天前) — no date; jammer fonts; quote box",
        page="""
<html><head><meta charset="utf-8"><title>【面试素材】在全县宣传思想文化工作会议上的表态发言 - 公考吧</title></head><body>
<div id="hd">⟦m 公考吧⟧ ⟦m 公考人的交流社区⟧ ⟦a 快捷登录⟧</div>
<div id="pt">⟦m 公考吧 › 面试交流 › 素材分享⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="auth">⟦m 上岸的小蜗牛　三天前　楼主⟧</div>
<div class="quote">⟦l 引用：求一篇乡镇宣传委员的表态发言，下周要用⟧</div>
{BODY}
<div class="po">⟦a 顶(7)　踩　收藏　举报⟧</div>
</div>
<div class="hot">⟦l 热帖：2025年遴选笔试真题回忆（完整版）⟧</div>
<div id="ft">⟦m 公考吧 gongkao8.net　Powered by ForumKit⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
尊敬的各位领导、同志们：
刚才，县委常委、宣传部部长对全年宣传思想文化工作作了全面部署，讲得很实、要求很严。我们榉田镇坚决拥护，全力抓好落实。下面，我代表镇党委作简要表态。
一是在理论武装上下功夫。坚持把镇党委理论学习中心组学习作为第一议题，组建“田埂宣讲队”，全年开展基层宣讲不少于60场。
二是在阵地建设上下功夫。推动新时代文明实践站提档升级，用好村级广播、村民微信群等阵地，让党的声音传遍千家万户。
三是在文明创建上下功夫。深入开展移风易俗，全年评选“好媳妇”“好公婆”等先进典型30名，以身边人身边事带动乡风文明。
我们将以这次会议为新起点，奋力推动全镇宣传思想文化工作再上新台阶！
""",
    ),
    dict(
        slug="baike-zhiku-minutes-entry",
        site="智库百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="text",
        source="https://baike.zhiku123.com/wiki/会议纪要写法",
        title="会议纪要写法",
        record_title="会议纪要写法_智库百科",
        date=None,
        notes="encyclopaedia entry; a minutes template with 时间/地点/主持 placeholder lines; edit links and citations chrome; no date",
        page="""
!m 智库百科 — 自由的知识百科
!m 首页 > 应用写作 > 公文
!t 会议纪要写法_智库百科
!a [编辑]　[讨论]　[历史版本]
!m 本词条由“公文达人”等3位编辑者共同完善　浏览次数：20718
{BODY}
!l 参考资料：1.《党政机关公文处理工作条例》　2.《应用写作教程》第六章
!l 词条标签：公文　会议纪要　写作
!d 本站词条内容由用户编辑，不代表智库百科观点。
""",
        body="""
会议纪要是用于记载、传达会议情况和议定事项的公文。它不同于会议记录，会议记录是对会议过程的原始记载，会议纪要则是对会议主要精神和议定事项的概括整理。
会议纪要一般由标题、导语、正文和落款组成。导语部分一般写明会议的基本情况，常见格式如下：
时间：××××年××月××日
地点：××会议室
主持：×××
参加人员：×××、×××、×××
正文部分是会议纪要的核心，一般用“会议认为”“会议指出”“会议决定”“会议要求”等惯用语引出议定事项，做到条理清楚、简明扼要。
写作时应注意三点：一是忠于会议实际，不能随意增减；二是突出要点，不必面面俱到；三是及时整理印发，一般在会后三个工作日内完成。
""",
    ),
    dict(
        slug="baike-wenda-request-sluice-entry-html",
        site="问达百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://www.wendabaike.cn/item/请示的写法/88210",
        title="请示的写法",
        record_title="请示的写法 - 问达百科",
        date=None,
        notes="encyclopaedia entry with a sample 请示 about a sluice and a 20××年×月×日 placeholder; example date inside a sentence; no date",
        page="""
<html><head><meta charset="utf-8"><title>请示的写法 - 问达百科</title></head><body>
<div class="top">⟦m 问达百科⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 问达百科 › 文化 › 公文写作⟧</div>
<h1>{T}</h1>
<div class="stat">⟦m 浏览 8,466　编辑 12 次　最近更新：一周前⟧</div>
<div class="catalog">⟦l 目录 1 概述 2 结构 3 例文 4 注意事项⟧</div>
{BODY}
<div class="refs">⟦l 参考资料 [1] 公文写作规范汇编⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需解决具体问题，建议咨询相关领域专业人士。⟧ ⟦m ©2025 问达百科⟧</div>
</body></html>
""",
        body="""
请示是下级机关向上级机关请求指示、批准时使用的公文。请示应当一文一事，一般只写一个主送机关，不得多头请示。
请示由标题、主送机关、正文和落款组成。正文一般包括请示缘由、请示事项和结语三部分，结语常用“妥否，请批示”“当否，请批复”等。
例文如下：
关于申请椴溪闸闸门维修经费的请示
县水利局：
我所管理的椴溪闸3号闸门止水老化漏水严重，影响汛期安全运行。经测算，维修需经费12.6万元，我所无力承担。特申请拨付维修经费12.6万元。
妥否，请批示。
椴溪水闸管理所
20××年×月×日
需要注意的是，请示应在事前行文，不能“先斩后奏”。例如某单位在2019年3月已完成采购后才补报请示，这种做法是不符合规定的。
""",
    ),
    dict(
        slug="netdisk-lanpan-lab-animal-emergency-plan",
        site="蓝盘网盘 分享页 (invented)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://pan.lanpan.cc/s/1rT9xQwE",
        title="檫山实验动物中心实验动物逃逸及生物安全事件应急预案",
        record_title="檫山实验动物中心实验动物逃逸及生物安全事件应急预案.pdf",
        date="2024-05-20",
        notes="cloud-drive share; file-name record title; 印发 date; share expiry and save buttons",
        page="""
!m 蓝盘网盘
!t 檫山实验动物中心实验动物逃逸及生物安全事件应急预案.pdf
!m 分享者：c***n　|　有效期：永久有效　|　412.6 KB
!a 保存到我的蓝盘　　下载（需客户端）　　举报
!m 文件预览（仅展示文本）
{BODY}
!a 预览结束，下载后查看原始排版
!l 该用户的其他分享：屏障设施运行管理规程.pdf　动物福利伦理审查表.xlsx
!d 蓝盘仅提供存储服务，分享内容由用户自行负责。
""",
        body="""
1 总则
1.1 为及时、有效处置实验动物逃逸及生物安全事件，最大限度减少危害，保障人员健康和环境安全，制定本预案。
1.2 本预案适用于中心屏障环境设施、普通环境设施内发生的实验动物逃逸、被动物咬伤抓伤、感染性材料泄漏等事件。
2 组织机构
中心成立应急处置领导小组，主任任组长，分管副主任任副组长，成员由设施运行部、质量检测部和综合办公室负责人组成。
3 处置程序
3.1 发现动物逃逸的，现场人员立即关闭设施门窗，报告部门负责人，组织捕捉并登记逃逸动物编号和数量。
3.2 人员被咬伤或抓伤的，立即用肥皂水和流动清水冲洗伤口15分钟，消毒后送医院处理。
3.3 感染性材料泄漏的，立即疏散人员，设置警示标识，由专业人员穿戴防护装备进行消毒处理。
4 附则
本预案自印发之日起施行。
檫山实验动物中心
2024年5月20日印发
""",
    ),
    dict(
        slug="netdisk-yunxia-lottery-market-survey-html",
        site="云匣分享 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="research",
        form="html",
        source="https://share.yunxia.net/f/8c0a2d7e",
        title="楝湾市体育彩票市场调研报告",
        record_title="楝湾市体育彩票市场调研报告.docx",
        date="2024-09-30",
        record_date="2024-09-30",
        notes="file share page; file-name record title; 成文日期; survey table; share-expiry stamp no date",
        page="""
<html><head><meta charset="utf-8"><title>楝湾市体育彩票市场调研报告.docx - 云匣分享</title></head><body>
<div class="bar">⟦m 云匣分享⟧ ⟦a 登录云匣⟧ ⟦a 下载客户端⟧</div>
<div class="file">
<div class="fname">⟦t 楝湾市体育彩票市场调研报告.docx⟧</div>
<div class="finfo">⟦m 87.3 KB　·　链接将于 2025-12-31 失效　·　已被下载 96 次⟧</div>
<div class="fops">⟦a 保存到云匣⟧ ⟦a 普通下载⟧ ⟦a 极速下载（会员）⟧</div>
</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="ft">⟦d 请勿分享违法违规内容，一经发现将删除并封号。⟧ ⟦m 云匣 © 2025⟧</div>
</body></html>
""",
        body="""
为了解我市体育彩票市场现状，为制定“十五五”发展规划提供依据，市体育彩票管理中心于2024年8月至9月开展了市场调研，共走访网点120个，回收购彩者问卷1536份。
一、网点分布
区域　网点数量　占比
主城区　312　52.0%
县城　196　32.7%
乡镇　92　15.3%
二、购彩者特征
购彩者以31至50岁男性为主，占61.4%；月均购彩金额在200元以下的占78.2%，理性购彩特征明显。
三、主要问题
一是乡镇网点覆盖不足，部分乡镇尚无网点；二是网点形象参差不齐，部分网点环境简陋；三是年轻群体购彩比例下降。
四、建议
推进乡镇网点布局，开展网点形象提升行动，创新公益宣传方式，吸引年轻群体关注体彩公益。
楝湾市体育彩票管理中心
2024年9月30日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-radio-bureau-notice",
        site="快照搜 网页快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cache.kuaizhaosou.com/c?u=http%3A%2F%2Fgxj.tangxi.gov.cn%2Fwxgl%2F3391.html",
        title="关于开展无线电台（站）执照年度核验工作的公告",
        record_title="关于开展无线电台（站）执照年度核验工作的公告 - 快照",
        date="2025-02-14",
        notes="search-cache banner with crawl stamp (no date); original page's 发布时间 line is the date; highlight notice",
        page="""
!d 这是 http://gxj.tangxi.gov.cn/wxgl/3391.html 的快照，是网页在 2025年3月2日 06:14 的存档。当前页面可能已更改。
!d 以下搜索词已被标亮：无线电 核验
!a 查看原网页 ｜ 纯文字版
!m 棠溪市工业和信息化局
!m 首页 > 无线电管理 > 公告公示
{T}
!m 发布时间：2025-02-14　　来源：无线电管理科
{BODY}
!m 棠溪市工业和信息化局主办　网站标识码 4311000021
""",
        body="""
各无线电台（站）设置、使用单位：
根据《中华人民共和国无线电管理条例》和省无线电管理机构的要求，现就2025年度无线电台（站）执照核验工作公告如下。
一、核验范围：在本市范围内设置、使用并持有无线电台执照的各类无线电台（站），包括对讲机中继台、公众移动通信基站以外的专用台站等。
二、核验时间：2025年3月1日至4月30日。
三、核验方式：通过省无线电管理一体化平台在线填报，按要求上传台站设备照片和年度运行情况说明。
四、逾期未参加核验的，依法予以处理。
咨询电话：0739-8205611。
棠溪市工业和信息化局
2025年2月14日
""",
    ),
    dict(
        slug="snapshot-souhui-investment-policy-html",
        site="搜汇 网页快照 (invented)",
        style="搜索快照",
        genre="政策解读",
        kind="interpretation",
        form="html",
        source="https://webcache.souhui.cn/snap?id=7d2e1f&url=tz.juetian.gov.cn/zcjd/104.html",
        title="《榉田县招商引资优惠政策若干规定》政策解读",
        record_title=None,
        date="2025-01-09",
        notes="snapshot frame around a county page; no record title; 发布日期 on the original page is the date; snapshot time no date",
        page="""
<html><head><meta charset="utf-8"><title>搜汇快照</title></head><body>
<div class="snap-banner">⟦d 您查看的是搜汇网页快照，保存时间 2025-04-11 03:27，原网页可能已更新或删除。⟧ ⟦a 访问原网页⟧</div>
<div class="orig">
<div class="gov-head">⟦m 榉田县投资促进局⟧</div>
<div class="gov-nav">⟦m 首页 | 投资环境 | 招商项目 | 政策解读 | 办事指南⟧</div>
<h1>{T}</h1>
<div class="gov-meta">⟦m 发布日期：2025-01-09　文章来源：县投资促进局　字号：[大][中][小]⟧</div>
{BODY}
<div class="gov-foot">⟦m 榉田县投资促进局　联系地址：榉田县政务中心B座⟧</div>
</div>
</body></html>
""",
        body="""
一、出台背景
为进一步优化营商环境，吸引优质项目落户，县人民政府制定了《榉田县招商引资优惠政策若干规定》，自2025年1月1日起施行。
二、主要内容
（一）用地支持。对固定资产投资5亿元以上的工业项目，优先保障用地指标，土地出让价格按国家规定的最低标准执行。
（二）奖励政策。项目投产后，按其对县级财政贡献的一定比例给予奖励，最长不超过5年。
（三）人才支持。对企业引进的高层次人才，给予安家补贴和子女入学便利。
三、适用对象
在本县新注册登记、具有独立法人资格的企业，且项目符合国家产业政策和本县产业发展方向。
四、解读机关及联系方式
县投资促进局，联系电话：0746-5820317。
""",
    ),
    dict(
        slug="print-shuangyong-notice-print-view",
        site="椑水县退役军人事务局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tyjrswj.beishui.gov.cn/print.jsp?id=20250722001",
        title="关于做好2025年“八一”建军节走访慰问工作的通知",
        record_title="打印预览 - 关于做好2025年“八一”建军节走访慰问工作的通知",
        date="2025-07-22",
        notes="print view; print stamp (no date) and print footer page count; 成文日期; 抄送 line",
        page="""
!m 椑水县退役军人事务局
!m http://tyjrswj.beishui.gov.cn/print.jsp?id=20250722001
{T}
!m 打印时间：2025-07-30 10:12
{BODY}
!m — 第 1 页 / 共 1 页 —
!a [ 打印 ]　[ 关闭窗口 ]
""",
        body="""
各乡镇（街道）退役军人服务站，县双拥办各成员单位：
今年是中国人民解放军建军98周年。为进一步营造爱国拥军的浓厚氛围，现就做好“八一”期间走访慰问工作通知如下。
一、慰问对象。驻县部队官兵、重点优抚对象、困难退役军人、现役军人家庭。
二、慰问时间。7月25日至8月5日。
三、慰问标准。重点优抚对象每人500元，困难退役军人每人800元，慰问资金从县双拥经费中列支。
四、工作要求。各单位要严格按照标准发放，做到账目清楚、公开透明，不得截留挪用；走访中要认真听取意见建议，帮助解决实际困难。
椑水县退役军人事务局
2025年7月22日
抄送：县委办，县政府办，县人武部。
""",
    ),
    dict(
        slug="print-xuanchuan-lecture-plan-print-html",
        site="楮原宣传网 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.chuyuanxc.cn/print/article/6620",
        title="2025年全市“百姓名嘴”理论宣讲活动实施方案",
        record_title="〔打印稿〕2025年全市“百姓名嘴”理论宣讲活动实施方案",
        date="2025-03-14",
        notes="print view HTML; print footer and URL; 印发 line of the document; a 扫码 sentence of the plan kept",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕2025年全市“百姓名嘴”理论宣讲活动实施方案</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a 返回正文⟧</div>
<div class="site">⟦m 楮原宣传网 www.chuyuanxc.cn⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 本页地址：https://www.chuyuanxc.cn/article/6620⟧</div>
<div class="pf">⟦m 第1页 共1页⟧</div>
</body></html>
""",
        body="""
为推动党的创新理论飞入寻常百姓家，市委宣传部决定在全市开展“百姓名嘴”理论宣讲活动，特制定本方案。
一、宣讲队伍。从基层干部、乡村教师、退役军人、道德模范、致富能手中遴选100名“百姓名嘴”，组成宣讲团。
二、宣讲内容。围绕党的创新理论、惠民政策、乡村振兴和身边先进典型，用百姓语言讲好身边故事。
三、宣讲形式。采取院坝会、田间课、夜校等形式开展宣讲；同时录制短视频，群众扫码即可观看。
四、时间安排。3月启动，4月至10月集中宣讲，11月评选“十佳百姓名嘴”。
五、工作要求。各县市区宣传部要加强组织协调，宣讲活动每月报送一次进展情况。
中共楮原市委宣传部办公室　2025年3月14日印发
""",
    ),
]
