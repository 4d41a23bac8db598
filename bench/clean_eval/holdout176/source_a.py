"""holdout176, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text."""

CASES = [
    dict(
        slug="fanwen-bishuge-speech-emergency-month",
        site="笔墨阁范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bimoge.cn/jh/anquan/2024/0611/30917.html",
        title="在全县应急管理系统“安全生产月”启动会上的讲话",
        record_title="【热门】在全县应急管理系统“安全生产月”启动会上的讲话（精选）_笔墨阁范文",
        date="2024-06-03",
        notes="decorated title; date in Chinese numerals under the speech title; a writing-service prompt glued after a sentence",
        page="""
!m 笔墨阁范文 · 好材料从这里开始
!m 所在位置：首页 / 讲话致辞 / 安全生产
!m 收录时间：06-11　人气：1204　栏目编辑：小墨
!a 〔全文复制〕〔存为Word〕〔收藏本页〕
{T}
（二〇二四年六月三日）
县应急管理局局长　覃立峰
{BODY}
!l 相关推荐：
!l ▸ 安全生产月活动总结（优选5篇）
!l ▸ 乡镇应急演练主持词
!d 本页内容由网友投稿整理，仅供参考学习，若涉及版权问题请联系站长处理。
!m © 2017-2024 bimoge.cn 皖ICP备19033817号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今年6月是第23个全国“安全生产月”，主题是“人人讲安全、个个会应急”。今天召开启动会，就是要把活动安排落到每个乡镇、每家企业。
一、抓好隐患排查。各乡镇要对辖区内的烟花爆竹经营点、农家乐和小作坊逐一过筛，建立问题清单，6月底前完成整改销号。⟦w 写讲话稿找老墨，一对一定制，微信 moge_0611⟧
二、抓好宣传咨询。6月16日全县统一开展咨询日活动，局机关干部全部下沉到集镇，现场讲解应急避险知识。
三、抓好值班值守。汛期与安全生产月叠加，各单位要严格执行领导带班制度，确保信息报送畅通。
同志们，安全工作只有起点没有终点，希望大家以更实的作风抓好落实。
""",
    ),
    dict(
        slug="fanwen-yunzhang-summary-grain-purchase",
        site="云章公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.yunzhang88.com/zj/nongye/2023-11/8842.asp",
        title="柘原县2023年秋粮收购工作总结",
        record_title=None,
        date="2023-11-20",
        notes="old table layout with marquee and counter; title missing from the record; a data table one row a paragraph; date under the signature",
        page="""
<html><head><meta charset="gb2312"><title>柘原县2023年秋粮收购工作总结-云章公文网</title>
<script>var _cnt=1;document.write('');</script></head>
<body><table width="960" align="center"><tr><td>
<div class="logo">⟦m 云章公文网　写材料的好帮手⟧</div>
<marquee>⟦l 最新：2024年度述职报告模板上线　|　党课讲稿专栏更新　|　会员八折⟧</marquee>
<div class="nav">⟦m 首页 | 工作总结 | 讲话稿 | 心得体会 | 方案计划 | 会员中心⟧</div>
</td></tr><tr><td width="700" valign="top">
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 工作总结 &gt;&gt; 农业农村⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：佚名　来源：会员上传　更新：2023-11-26　点击：⟧</div><div>⟦a 【字体：大 中 小】【打印此文】【关闭】⟧</div>
{BODY}
<div>⟦l 上一篇：乡镇农机安全生产工作总结⟧</div><div>⟦l 下一篇：县供销社秋冬农资保供总结⟧</div>
</td><td width="260" valign="top">
<div>⟦l 本栏热门⟧</div><ul><li>⟦l 粮食安全党政同责自查报告⟧</li><li>⟦l 秋收秋种工作汇报⟧</li></ul>
<div>⟦w 代写咨询QQ：2881039476⟧</div>
</td></tr><tr><td colspan="2">
<div>⟦m 您是本站第 0028731 位访客⟧</div>
<div>⟦d 本站文章均由网友发布，版权归作者所有，转载请注明出处⟧</div>
</td></tr></table></body></html>
""",
        body="""
今年秋粮上市以来，县粮食和物资储备局会同农发行县支行，统筹抓好政策性收购和市场化收购，没有发生农民“卖粮难”问题。
截至11月15日，全县共收购秋粮3.46万吨，比去年同期增加0.52万吨。各品种收购情况如下：
品种　收购量（吨）　同比
中晚稻　21400　+12.3%
玉米　10300　+18.7%
大豆　2900　+6.1%
一是开足收购网点。全县设立收购点19个，比去年增加4个，在偏远乡镇安排流动收购车上门服务。
二是严格质价政策。各收购点一律公开挂牌价格和质量标准，不压级压价，不打白条。
三是强化资金保障。农发行县支行发放收购贷款1.2亿元，确保钱随粮走。
柘原县粮食和物资储备局
2023年11月20日
""",
    ),
    dict(
        slug="wenku-liyue-plan-straw-bale",
        site="立阅文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.liyue.net/view/7b21ce04aa91.html",
        title="蒿溪镇2024年秸秆打捆离田实施方案",
        record_title="蒿溪镇2024年秸秆打捆离田实施方案 - 立阅文库",
        date="2024-05-28",
        notes="preview page markers ⸢2⸣ cutting sentences; pay prompt; upload notice",
        page="""
!m 立阅文库
!m 文档分类：行业资料 > 农业 > 方案
{T}
!m 上传者：hxz_nongban　　页数：3页　　阅读：318
!a 立即下载　　加入书架　　举报
{BODY}
!a 预览已结束，剩余1页需开通阅读卡后查看
!d 本文档为用户上传，仅供交流参考，文库不对内容的真实性负责。
!l 相关文档：秸秆综合利用工作总结 | 禁烧宣传标语大全
""",
        pages=dict(fmt="⸢{n}⸣", every=130, start=2),
        body="""
为推进秸秆资源化利用，减少露天焚烧，结合本镇实际，制定本方案。
一、目标任务。全镇小麦秸秆打捆离田面积不少于2.1万亩，离田率达到85%以上，其中饲料化利用占比不低于四成。
二、作业安排。6月1日至6月20日为集中作业期，每个行政村确定一名打捆作业联络员，由镇农业服务中心统一调度打捆机28台。
三、补助标准。对离田作业的合作社按每亩20元给予补助，村组织协调费按每亩2元另行安排。
四、工作要求。各村要在收割前三天公布作业计划，严禁先收后打造成秸秆堆积路边。
蒿溪镇人民政府
2024年5月28日
""",
    ),
    dict(
        slug="wenku-haina-report-hat-factory",
        site="海纳文档库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.hainadoc.com/p-88410273.html",
        title="关于全县帽业加工企业用工情况的调研报告",
        record_title="关于全县帽业加工企业用工情况的调研报告.docx",
        date=None,
        notes="file-name record title; modern reader template with page markers as paragraphs; no date (only an upload stamp)",
        page="""
<!DOCTYPE html><html><head><title>关于全县帽业加工企业用工情况的调研报告.docx-海纳文档库</title>
<script src="/js/reader.min.js"></script></head><body>
<header><div class="brand">⟦m 海纳文档库｜专业文档分享平台⟧</div><nav>⟦m 首页　教育　行业　办公　VIP专区⟧</nav></header>
<main><div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传于 2024-03-09 21:17　　共4页　　2.3万次浏览⟧</p>
<div class="tools">⟦a 下载文档⟧ ⟦a 收藏⟧ ⟦a 分享到微信⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 试读已到末页，开通会员可下载全文（含可编辑格式）⟧</div>
</main>
<aside><h3>⟦l 你可能还想看⟧</h3><ul><li>⟦l 纺织服装企业用工调查问卷⟧</li><li>⟦l 县域特色产业发展报告⟧</li></ul></aside>
<footer>⟦d 平台文档由用户上传，如侵犯您的权益请发邮件至 jubao@hainadoc.com⟧<br>⟦m 浙ICP备20083104号⟧</footer>
</body></html>
""",
        pages=dict(fmt="◖{n}◗", every=90, start=2),
        body="""
帽业是我县传统特色产业，现有规模以上帽业企业37家，年产各类帽子1.8亿顶。为摸清企业用工情况，县人社局组成调研组，走访了其中16家企业。
一、基本情况。被调研企业共有员工5130人，其中女工占72%，45岁以上员工占39%，缝纫、绣花岗位缺口较大。
二、主要问题。一是招工难，旺季临时工日薪涨到180元仍招不满；二是培训少，新员工多靠师傅带，上手周期长；三是社保参保率偏低。
三、对策建议。建议依托县职教中心开设缝制工短期班，推行订单式培训，同时引导企业提高参保覆盖面。
""",
    ),
    dict(
        slug="gov-qinghe-notice-electricity-theft",
        site="青禾县人民政府网 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.qinghe.gov.cn/zwgk/tzgg/202404/t20240412_51873.html",
        title="青禾县关于开展反窃电专项整治的通告",
        date="2024-04-12",
        record_date="2024-04-12",
        notes="modern county portal with 索引号 table; record date; document's own 举报电话 next to the portal's 纠错 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾县关于开展反窃电专项整治的通告_通知公告_青禾县人民政府</title></head><body>
<div class="top">⟦m 青禾县人民政府　www.qinghe.gov.cn⟧ ⟦a 无障碍浏览⟧ ⟦a 长者模式⟧</div>
<nav>⟦m 首页 | 政务公开 | 政务服务 | 互动交流 | 走进青禾⟧</nav>
<div class="crumb">⟦m 您所在的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11420931MB1827Q-04-2024-0093⟧</td><td>⟦m 发布机构：县发展和改革局⟧</td></tr>
<tr><td>⟦m 主题分类：能源⟧</td><td>⟦m 成文日期：2024-04-12⟧</td></tr></table>
<h2>{T}</h2>
<div class="src">⟦m 来源：县发改局　　浏览次数：⟧</div>
<div class="font">⟦a 字号：［大］［中］［小］⟧</div>
{BODY}
<div class="share">⟦l 分享至：微博　微信　QQ空间⟧</div>
<div>⟦a 【打印本页】【关闭窗口】⟧</div>
<footer>⟦m 主办：青禾县人民政府办公室　网站纠错电话：0716-7218800⟧<br>⟦m 鄂ICP备05017264号　政府网站标识码：4210230017⟧</footer>
</body></html>
""",
        body="""
为维护正常供用电秩序，保障电网安全，县发改局、县公安局和国网青禾县供电公司决定自即日起至2024年9月30日开展反窃电专项整治。现将有关事项通告如下：
一、整治重点为绕越计量装置用电、私拉乱接线路、擅自改变用电类别等行为。
二、对主动到供电营业厅说明情况、补交电费的，依法从轻处理；拒不整改的，移交公安机关处理。
三、欢迎群众提供窃电线索，经查证属实的给予奖励。
举报电话：0716-7230095（县供电公司稽查班）
特此通告。
青禾县发展和改革局　青禾县公安局　国网青禾县供电公司
2024年4月12日
""",
    ),
    dict(
        slug="gov-songping-reply-public-rental",
        site="松坪县人民政府 (invented)",
        style="政府门户",
        genre="答复",
        kind="notice",
        form="text",
        source="http://www.songping.gov.cn/hdjl/zxts/202402/t20240227_10231.html",
        title="关于公租房退出后押金退还问题的答复",
        record_title="关于公租房退出后押金退还问题的答复-松坪县人民政府",
        date="2024-02-27",
        notes="portal's message-board reply; 发布时间 byline; hotline of the portal next to the housing centre's own phone in the body",
        page="""
!m 松坪县人民政府 | 互动交流 | 咨询投诉
!m 首页 » 互动交流 » 县长信箱 » 办理结果
{T}
!m 发布时间：2024-02-27 10:15　　办理单位：县住房保障服务中心
!a [小字] [中字] [大字]　　打印　　关闭
来信摘要：本人去年12月退出公租房，押金至今没有退还，请问什么时候能退？
{BODY}
!l 上一条：关于小区停车位收费标准的咨询
!l 下一条：关于农村客运班次调整的建议
!m 政务服务热线：12345　　网站管理：县政务公开办
!m 滇ICP备10018844号-1
""",
        body="""
您好！来信收悉。经核实，您于2023年12月20日办理了退房手续，因退房时厨房燃气灶损坏需核定赔偿金额，押金退还流程暂缓。
目前赔偿金额已核定为260元，中心将于3月5日前把扣除后的押金1540元退回您预留的银行账户。
如有疑问，可拨打县住房保障服务中心电话0874-5521306咨询。
感谢您对我县住房保障工作的关心和支持！
""",
    ),
    dict(
        slug="news-lanzhou-daily-seed-fair",
        site="岚州日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lzrbw.com.cn/news/nongye/2024-03/16/content_66172.htm",
        title="第六届岚州春季种子交易会开幕 现场签约订单3200万元",
        record_title="第六届岚州春季种子交易会开幕 现场签约订单3200万元_岚州日报网",
        date="2024-03-16",
        notes="news portal; byline date is the page's date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><title>第六届岚州春季种子交易会开幕 现场签约订单3200万元_岚州日报网</title></head><body>
<div class="topbar">⟦m 岚州日报网　岚州新闻门户⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦m 2024年3月17日 星期日⟧</div>
<nav>⟦m 首页 时政 经济 农业 社会 视频 专题⟧</nav>
<div class="loc">⟦m 岚州日报网 &gt; 农业频道 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2024-03-16 18:42　来源：岚州日报　记者 闵一帆⟧</div>
{BODY}
<div class="tags">⟦l 标签：种子 春耕 交易会⟧</div>
<div class="rel">⟦l 相关新闻⟧<br>⟦l 我市启动春季农资打假专项行动⟧<br>⟦l 岚州早稻育秧进度过半⟧</div>
<footer>⟦d 岚州日报网版权所有，未经授权禁止转载⟧ ⟦m 违法和不良信息举报：0743-8216110⟧</footer>
</body></html>
""",
        body="""
3月16日，第六届岚州春季种子交易会在市农业展览馆开幕，来自省内外的86家种业企业带来水稻、玉米、蔬菜等品种1300余个。
⟦m 图为种植户在展位前咨询新品种。（记者 闵一帆 摄）⟧
开幕当天，全市17家种植合作社与种业企业现场签约，订单金额3200万元。
市农业农村局有关负责人介绍，交易会设置了品种展示区、技术咨询区和维权服务区，市场监管部门现场抽检种子样品42个。
交易会为期三天，免费向市民开放。⟦m （编辑：罗思）⟧
""",
    ),
    dict(
        slug="news-xiangyun-net-mirror-factory",
        site="祥云网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.xiangyunwang.com/a/20240108/105329.shtml",
        title="镜都智造：一家县城镜子厂的出海路",
        date="2024-01-08",
        record_date="2024-01-08",
        notes="record title and date; app-download prompt between paragraphs; related list; comment counter",
        page="""
!m 祥云网 > 财经 > 县域经济
{T}
!m 祥云网 2024-01-08 07:30　作者：涂可馨　评论 12
!a 字号 A+ A-　　听新闻
{BODY}
!l 热门推荐
!l 县城“小商品”闯出大市场
!l 这家工厂的订单排到了三月
!a 打开祥云新闻客户端，阅读更多县域故事
!m 祥云网　新闻热线：400-6180-233
""",
        body="""
走进桐溪县经济开发区的明澈镜业车间，切割机把一块块大板玻璃裁成浴室镜、化妆镜的毛坯，工人正忙着给出口订单打包。
“去年我们出口额做到了4100万元，比前年翻了一番。”公司总经理龚卫国说。
⟦a 下载祥云新闻APP，看更多视频报道⟧
几年前，这家厂还只给国内批发市场供货。2021年起，企业投入800多万元引进镀银生产线，产品通过了欧盟的环保检测，开始接到海外订单。
如今，全县已有镜子生产企业23家，从业人员近3000人。
""",
    ),
    dict(
        slug="forum-dazhai-post-ice-plant",
        site="大寨渔家论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.dazhaiyu.com/thread-55812-1-1.html",
        title="关于渔港制冰厂夏季供冰时间调整的通知",
        record_title="[转帖] 关于渔港制冰厂夏季供冰时间调整的通知 - 渔港动态 - 大寨渔家论坛",
        date="2024-05-06",
        date_also=["2024-05-07"],
        notes="Discuz-like forum with jammer fonts; post time differs from the notice's date (both accepted)",
        page="""
<html><head><title>[转帖] 关于渔港制冰厂夏季供冰时间调整的通知 - 渔港动态 - 大寨渔家论坛</title></head><body>
<div id="hd">⟦m 大寨渔家论坛 - 渔民自己的网上家园⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 大寨渔家论坛 › 渔港动态 › 查看内容⟧</div>
<div class="ts">⟦t [转帖] 关于渔港制冰厂夏季供冰时间调整的通知⟧ ⟦m [复制链接]⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 海上漂 楼主 发表于 2024-5-7 09:03⟧ ⟦m 只看该作者⟧</td></tr>
<tr><td class="t_f">
{BODY}
</td></tr></table>
<div class="pob">⟦a 回复⟧ ⟦a 支持⟧ ⟦a 收藏⟧ ⟦a 举报⟧</div>
<div class="fastre">⟦l 高级模式　发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 闽ICP备12006631号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=2),
        body="""
各渔船船东：
入夏以来用冰量明显增加，为保障出海渔船及时上冰，渔港制冰厂自5月10日起调整供冰时间。
一、每日供冰时间调整为凌晨3:00至中午12:00、下午16:00至晚上21:00。
二、预订冰块请提前一天到码头调度室登记，每船每次最多预订80块。
三、现金、扫码均可支付，欠款船只暂停供冰。
大寨渔港制冰厂
2024年5月6日
""",
    ),
    dict(
        slug="forum-tiancheng-farmers-rice-transplant",
        site="田埂农友论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://www.tiangengbbs.com/forum.php?mod=viewthread&tid=90316",
        title="机插秧三年的一点体会",
        record_title=None,
        date=None,
        notes="title missing from the record, found on the page; forum junk lines; relative post time is no date",
        page="""
!m 田埂农友论坛 › 水稻种植 › 经验交流
标题：{T}
!m 楼主：稻花香里说丰年　　发表于 3 天前　　查看：866　回复：14
{BODY}
!l 回复：感谢分享，我们那边今年也准备上插秧机
!l 回复：请问楼主用的几行机？
!a 发表回复　　|　　关注本帖
!m 田埂农友论坛 tiangengbbs.com
""",
        junk=dict(lines=2, glued=1),
        body="""
我家种了120亩稻子，2021年开始用机插秧，到今年正好三年，说几点实在话。
第一，育秧是关键。秧盘要用正规厂家的，泥要过筛，播种量每盘控制在100克左右，秧苗整齐机器才好插。
第二，田要整平。高低差超过3厘米，插出来就有漂秧，后面补苗费工。
第三，算账划得来。人工插秧一亩要200元，机插加上育秧成本一亩不到120元，还抢了农时。
这三年产量一年比一年稳，打算明年再扩50亩。
""",
    ),
    dict(
        slug="blog-mulan-note-book-fair",
        site="木兰书斋博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://mulanshuzhai.blog.cn/2023/10/05/county-book-fair/",
        title="逛县里第一届书展",
        record_title="逛县里第一届书展 – 木兰书斋",
        date="2023-10-05",
        notes="blog with tag cloud, archive and comment form; bracketed post time is the page's date; sentence speaking of 扫码 kept",
        page="""
<!DOCTYPE html><html><head><title>逛县里第一届书展 – 木兰书斋</title></head><body>
<header><div class="site-title">⟦m 木兰书斋⟧</div><div class="desc">⟦m 读书、写字、过日子⟧</div>
<nav>⟦m 首页　读书笔记　杂记　关于我⟧</nav></header>
<article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2023-10-05 21:36]　分类：杂记　阅读(97)⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：书展 | 读书 | 县城生活⟧</div>
<div class="nav-links">⟦l « 上一篇：秋天读《呼兰河传》⟧ ⟦l 下一篇：给侄女挑的十本书 »⟧</div>
</article>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2023年10月 (4)⟧</li><li>⟦l 2023年9月 (6)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 读书 书展 散步 做饭 旧书⟧</p></aside>
<div id="respond">⟦l 发表评论　昵称（必填）　邮箱（必填）　提交评论⟧</div>
<footer>⟦d © 2023 木兰书斋 · 本站文字未经许可请勿转载⟧</footer>
</body></html>
""",
        body="""
国庆最后一天，去文化广场逛了县里的第一届书展，人比想象的多。
展区一共搭了40多个帐篷，新华书店、两家民营书店和县图书馆都来了，还有一个专卖旧连环画的摊位，我在那儿站了半个小时。
图书馆的展位可以现场办借书证，扫码填个表五分钟就办好，我顺手给母亲也办了一张。
买了三本书，花了96元。希望明年还办，最好能请几位作家来做讲座。
""",
    ),
]
