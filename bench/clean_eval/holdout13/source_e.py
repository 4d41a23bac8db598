"""holdout13, part E: a financial-regulation office's risk warning on one line, an airport's
news, a mining firm's public site, a port group's minutes, a 范文 app share, a grain
depot's procurement result, a residents' committee, a town's WeChat account, a city
administration's draft opinion in a search cache, a forestry bureau's print view, a postal
company's forwarded mail and an encyclopaedia entry. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="gov-yuanqiao-finance-risk-warning-oneline",
        site="沅桥县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yuanqiao.example.gov.cn/xxgk/jrb/202604/t20260420_5512.html",
        title="关于警惕以“养老投资”为名实施非法集资的风险提示",
        record_date="2026-04-20",
        date="2026-04-20",
        notes="the whole warning on one line (paragraphs only apart by their indent); the office's own report hotline and a sentence telling readers to 关注 an account stay in it; portal chrome on lines above and below",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 沅桥县人民政府门户网站
!m 首页 > 信息公开 > 县地方金融工作服务中心
{T}
!m 时间：2026-04-20　来源：县地方金融工作服务中心　浏览次数：3112
{BODY}
!a 【我要打印】【关闭窗口】【返回顶部】
!m 沅桥县人民政府办公室主办　湘ICP备05007713号
""",
        body="""
广大群众：
近期，一些不法分子打着“养老服务”“养老公寓”“以房养老”等旗号，以高额回报为诱饵，向老年群体非法吸收资金，严重损害群众财产安全。为此，县地方金融工作服务中心特作如下风险提示：
一、警惕“高息”诱惑。凡是承诺年化收益明显高于银行同期存款利率、“保本保息”的投资项目，都要高度警惕。
二、警惕“预售床位”“会员卡”。以销售养老床位使用权、养老服务会员卡等名义，承诺还本付息或者给予高额回报的，涉嫌非法集资。
三、警惕“免费”陷阱。以免费体检、免费旅游、赠送礼品等方式吸引老年人参加推介会的，往往是非法集资的前奏。
如发现非法集资线索，请拨打县防范非法集资举报电话0744-8230110。欢迎关注“沅桥金融”微信公众号，了解更多防范知识。
沅桥县地方金融工作服务中心
2026年4月20日
""",
    ),
    dict(
        slug="news-yunping-airport-new-routes-html",
        site="云坪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yunping.example.com/bd/2026-03/29/content_72113.html",
        title="云坪机场夏秋航季新开三条国内航线",
        record_date="2026-03-29",
        date="2026-03-29",
        notes="a city news portal split into short blocks: an editor line, a 'swipe for more' prompt between paragraphs, a hot-list and a QR share block; the airport's own service hotline stays",
        page="""
<html><head><meta charset="utf-8"><title>云坪机场夏秋航季新开三条国内航线-云坪新闻网</title></head><body>
<div class="tb">⟦m 云坪新闻网　云坪日报社主办⟧　⟦a 手机版 | 电子报 | 客户端⟧</div>
<div class="nav">⟦m 首页 本地 国内 财经 文旅 视频 专题⟧</div>
<div class="main"><h1>{T}</h1>
<div class="source">⟦m 2026-03-29 08:45　来源：云坪日报　记者 潘悦⟧</div>
{BODY}
<div class="editor">⟦m 【责任编辑：褚静】⟧</div></div>
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 城区新增5条公交微循环线路⟧</li><li>⟦l 云坪樱花谷迎来最佳观赏期⟧</li><li>⟦l 市区两处道路施工绕行提示⟧</li></ol></div>
<div class="qr">⟦a 扫一扫，分享到朋友圈⟧</div>
<div class="ft">⟦d 凡本网注明“来源：云坪日报”的作品，版权均属云坪日报社，转载请注明出处。⟧<br>⟦m 互联网新闻信息服务许可证编号：53120190011⟧</div>
</body></html>
""",
        p_html='<div class="seg"><p>{}</p></div>',
        body="""
记者从云坪机场获悉，3月29日起，民航正式执行2026年夏秋航季航班计划。云坪机场新开至沿海、西北方向的三条国内航线，每周计划执行国内客运航班1560班次，同比增长8.7%。
据介绍，新开航线分别为云坪至鸥湾、云坪至雁汀和云坪经停栖梧至北部边境城市的航线，均采用空客A320系列机型执行。其中，云坪至鸥湾航线每天一班，满足两地商务和旅游出行需求。
⟦a 左右滑动查看更多图片⟧
同时，机场还加密了至省内支线机场的航班，支线航班每周增加42班次，进一步方便州县群众出行。
为保障新航季运行，机场对值机柜台、安检通道进行了优化调整，新增自助值机设备20台。旅客如需咨询航班信息，可拨打机场服务热线0871-96566。
""",
    ),
    dict(
        slug="corp-cangyu-mining-safety-meeting-html",
        site="苍屿矿业有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cangyumining.example.com/gsyw/2026/0210/408.html",
        title="苍屿矿业召开2026年安全环保工作会议",
        record_title="苍屿矿业召开2026年安全环保工作会议_公司要闻_苍屿矿业",
        date="2026-02-10",
        notes="a mining firm's public site: the byline's 发布时间 is the only date; a products menu, a 'contact us' float, a glued 'view large image' link after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>苍屿矿业召开2026年安全环保工作会议_公司要闻_苍屿矿业</title></head><body>
<div class="header">⟦m 苍屿矿业有限公司　CANGYU MINING⟧ <span>⟦a 中文 | EN⟧</span></div>
<div class="menu">⟦m 走进苍屿 · 新闻中心 · 产品中心 · 安全环保 · 人力资源 · 联系我们⟧</div>
<div class="sub">⟦m 新闻中心 ／ 公司要闻⟧</div>
<div class="newsdetail"><h2>{T}</h2>
<p class="time">⟦m 发布时间：2026-02-10　信息来源：党群工作部　阅读次数：576⟧</p>
{BODY}
</div>
<div class="float">⟦w 业务合作热线 0592-6011888　在线留言⟧</div>
<div class="foot">⟦d Copyright©2026 苍屿矿业有限公司 版权所有⟧ ⟦m 闽ICP备12031190号⟧</div>
</body></html>
""",
        body="""
2月9日，苍屿矿业有限公司召开2026年安全环保工作会议，总结2025年安全环保工作，安排部署2026年重点任务。公司总经理彭立达出席会议并讲话。
会议指出，2025年公司上下深入开展安全生产治本攻坚行动，全年实现零死亡、零重伤、零环境污染事件，两座矿井通过国家一级安全生产标准化复评，尾矿库在线监测系统实现全覆盖。⟦a [点击查看大图]⟧
会议强调，2026年要重点抓好四项工作：一是压实全员安全生产责任，推动责任清单落实到每个岗位；二是深化重大灾害治理，加快井下智能化改造；三是抓好生态修复，完成老采区复垦120亩；四是加强外包队伍管理，严格准入和清退。
会上，公司与各矿井、选矿厂签订了2026年安全环保目标责任书，三家单位作了表态发言。
""",
    ),
    dict(
        slug="intranet-ouwan-port-gm-meeting-minutes",
        site="鸥湾港务集团内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://portal.ouwanport.example.local/gwgl/hyjy/2026-05.html",
        title="鸥湾港务集团2026年第5次总经理办公会议纪要",
        record_title=None,
        date="2026-03-13",
        date_also=["2026-03-11"],
        notes="no record title; an intranet's minutes with a document number (neutral), the meeting's 时间/地点/主持/出席 lines and a 版记 with 分送/印发 in the body; the 印发 date and the meeting date; a read-confirm button and a secrecy notice",
        page="""
!m 鸥湾港务集团综合门户（内网）
!m 公文管理 ＞ 会议纪要 ＞ 总经理办公会
!a 【确认已阅】　【打印】　【下载原件】
鸥港纪〔2026〕5号
{T}
{BODY}
!d 内部资料　注意保密　严禁上传互联网
!m 当前用户：海运事业部 严文博　登录IP：10.18.6.44
""",
        body="""
时间：2026年3月11日下午
地点：集团总部12楼第一会议室
主持：总经理　宋启航
出席：集团领导班子成员，各部门、各子公司主要负责人
会议听取了有关部门的工作汇报，研究了近期重点工作。现纪要如下：
一、关于一季度生产经营情况。会议指出，1—2月集团完成货物吞吐量2860万吨，同比增长6.2%，集装箱吞吐量完成41.3万标箱。会议要求，生产业务部要抓住春季外贸回暖的有利时机，加强与船公司对接，力争一季度实现“开门红”。
二、关于三号泊位改造工程。会议同意三号泊位改造工程初步设计方案，由工程管理部抓紧组织施工招标，确保6月底前开工。
三、关于安全生产工作。会议要求，各单位要开展春季安全大检查，重点检查危险货物堆场、大型装卸机械和临水作业场所，3月底前将检查情况报安全监督部。
分送：集团领导班子成员，各部门、各子公司。
鸥湾港务集团办公室　2026年3月13日印发
""",
    ),
    dict(
        slug="fanwenapp-share-warning-film-insight",
        site="公文宝APP分享页 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.gongwenbao.example.com/m/art/552017?from=wx",
        title="观看警示教育片《迷途之鉴》心得体会",
        record_title="观看警示教育片《迷途之鉴》心得体会（通用5篇）",
        date=None,
        notes="a 范文 app's share page: an open-in-app banner, a 'chapter 1 of 5' line, an AI-rewrite button glued at a paragraph start, a login-to-continue prompt; no date",
        page="""
!a 打开公文宝APP，阅读体验更佳　　[立即打开]
!t 观看警示教育片《迷途之鉴》心得体会（通用5篇）
!m 公文宝 · 心得体会频道　　3.6万人读过
!l 第1篇 / 共5篇
{BODY}
!a 登录后继续阅读第2篇
!a 复制全文需开通年卡会员（限时￥68）
!m 公文宝　gongwenbao.example.com
""",
        body="""
近日，按照单位党支部安排，我认真观看了警示教育片《迷途之鉴》。片中几名领导干部从意气风发到身陷囹圄的经历，令人痛心、发人深省，让我受到了一次深刻的警示教育。
⟦a ✦AI帮我改写⟧观看中我注意到，片中的这些干部并非一开始就贪得无厌，而是从收受一张购物卡、接受一顿宴请开始，一步步放松了对自己的要求，最终滑向违纪违法的深渊。“小节”不守，“大节”难保，这是片中给我最深的教训。
作为一名普通党员干部，我要做到以下几点：一是筑牢思想防线，经常对照党章党规检视自己；二是严守纪律规矩，严格执行中央八项规定精神，不该去的地方不去，不该拿的东西不拿；三是管好身边人，注重家庭家教家风建设。
警钟长鸣方能防患未然。我将以片中的反面典型为镜鉴，时刻保持清醒头脑，干干净净做事、堂堂正正做人。
""",
    ),
    dict(
        slug="tender-yuanqiao-depot-ventilation-result-html",
        site="沅桥县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuanqiao.example.gov.cn/jyxx/zfcg/zbgg/2026/0422/7719.html",
        title="沅桥直属库智能通风控制系统采购项目中标（成交）结果公告",
        record_date="2026-04-22",
        date="2026-04-22",
        notes="a public-resource trading site's result announcement: the winner table one row a paragraph, the review panel's names, the buyer's and agent's contacts in the body; an index bar and a 'same-project announcements' box",
        page="""
<html><head><meta charset="utf-8"><title>沅桥直属库智能通风控制系统采购项目中标（成交）结果公告</title></head><body>
<div class="logo">⟦m 沅桥县公共资源交易网⟧ ⟦a 主体登录 | CA办理 | 操作手册⟧</div>
<div class="nav">⟦m 交易信息 ＞ 政府采购 ＞ 结果公告⟧</div>
<h3>{T}</h3>
<div class="bar">⟦m 【信息时间：2026-04-22】　【我要打印】　【关闭】⟧</div>
<div class="ewb-con">
{BODY}
</div>
<div class="same"><h4>⟦l 本项目其他公告⟧</h4><p>⟦l 沅桥直属库智能通风控制系统采购项目招标公告（2026-03-30）⟧</p><p>⟦l 沅桥直属库智能通风控制系统采购项目更正公告⟧</p></div>
<div class="footer">⟦m 主办单位：沅桥县公共资源交易中心　技术支持：新点软件⟧</div>
</body></html>
""",
        body="""
一、项目编号：YQCG-2026-0318
二、项目名称：沅桥直属库智能通风控制系统采购项目
三、中标（成交）信息
供应商名称　供应商地址　中标（成交）金额
栖梧粮安智能科技有限公司　栖梧市高新区创新路19号　人民币壹佰贰拾叁万陆仟元整（¥1,236,000.00）
四、主要标的信息
名称：智能通风控制系统；数量：1套；服务要求：交货期60日历天，质保期三年。
五、评审专家名单
曹文岭、孔晴、邬志勇、戚春华、许砚（采购人代表）。
六、公告期限
自本公告发布之日起1个工作日。
七、凡对本次公告内容提出询问，请按以下方式联系。
采购人：沅桥粮食储备有限公司，联系人：覃晓岚，联系电话：0744-8320516。
采购代理机构：沅桥诚信招标代理有限公司，联系人：聂工，联系电话：0744-8352209。
""",
    ),
    dict(
        slug="community-fengshu-ebike-charging-html",
        site="枫树社区服务网 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="https://fengshu.sqfw.example.com/gg/2026/0609/44.html",
        title="关于征集小区电动自行车集中充电设施建设意见的公告",
        date="2026-06-08",
        notes="a residents' site: a weather/notice ticker, a grid-worker card in the sidebar, a survey-link button under the text; the committee's own phone and the QR code it asks residents to 扫码 stay; signature date",
        page="""
<html><head><meta charset="utf-8"><title>枫树社区服务网</title></head><body>
<div class="ticker">⟦m 📢 今日提醒：本周六上午社区开展免费义诊⟧</div>
<div class="nav">⟦m 社区首页｜通知公告｜办事指南｜邻里互助｜网格服务⟧</div>
<div class="l"><h2>{T}</h2>
<div class="d">⟦m 枫树社区居委会　浏览 388⟧</div>
{BODY}
<div class="btn">⟦a 填写线上问卷 ＞＞⟧</div></div>
<div class="r"><div class="card">⟦w 我的网格员：钟丽萍　18974416021（微信同号）⟧</div><h4>⟦l 最新公告⟧</h4><p>⟦l 关于开展夏季灭蚊灭鼠活动的通知⟧</p></div>
<div class="ft">⟦m 枫树社区党群服务中心　地址：枫树路9号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近年来，社区电动自行车保有量不断增加，“飞线充电”“入户充电”等现象时有发生，存在较大的消防安全隐患。为从根本上解决居民充电难题，社区拟在辖区三个老旧小区建设电动自行车集中停放充电设施，现就有关事项公开征求意见。
一、建设点位
初步选址为：桂香苑小区北门空地、纺织厂宿舍3栋西侧、粮食局宿舍院内车棚。
二、收费方式
拟采用扫码充电、按时计费方式，参考价格为每小时0.3元，充满约1.5元。
三、意见征集方式
居民可通过以下方式提出意见：扫描小区公告栏上的二维码填写问卷；到社区党群服务中心一楼服务窗口填写意见表；拨打社区电话0746-8823105反映。
意见征集时间为2026年6月9日至6月20日。社区将认真梳理居民意见，优化建设方案后组织实施。
枫树社区居民委员会
2026年6月8日
""",
    ),
    dict(
        slug="wechat-tanxi-town-village-gala-host-html",
        site="檀溪发布 (invented WeChat mirror)",
        style="公众号镜像",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://wxmirror.example.net/s/tanxifabu-20260210",
        title="檀溪镇2026年“村晚”主持词",
        date="2026-02-10",
        notes="a town's WeChat article mirrored in HTML: the account line gives the publish time (the page's date); follow and 阅读原文 prompts, a like/在看 row, a 'more from this account' list; the hosts' 男/女/合 cues stay in the body",
        page="""
<html><head><meta charset="utf-8"><title>檀溪镇2026年“村晚”主持词</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 檀溪发布⟧ <span>⟦m 2026年02月10日 20:00⟧</span> <span>⟦m 发表于檀溪镇⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧ ⟦l 阅读 2518　赞 96　在看 33⟧</div>
<div class="more"><p>⟦l 更多来自檀溪发布⟧</p><p>⟦l 檀溪镇举办新春送温暖活动⟧</p><p>⟦l 这份春节安全提示请收好⟧</p></div>
<div class="qr">⟦a 长按识别二维码关注我们⟧</div>
</div>
</body></html>
""",
        p_html='<section style="margin:0 8px"><p><span style="font-size:16px">{}</span></p></section>',
        body="""
男：尊敬的各位领导、各位乡亲！
女：亲爱的朋友们！
合：大家晚上好！
男：金蛇辞旧岁，骏马迎新春。在这辞旧迎新的美好时刻，我们欢聚在檀溪镇文化广场，共同举办2026年檀溪镇“村晚”。
女：这是一台由村民自编、自导、自演的晚会，舞台上的每一位演员，都是我们身边的乡亲。
男：过去的一年，檀溪镇新修村道18公里，新建村级文化广场6个，高山茶叶、竹笋两大产业带动全镇群众增收致富。
女：今晚，让我们用歌声和舞蹈，唱出新时代乡村的新面貌，跳出乡亲们心中的新期盼！
男：下面，请欣赏竹坑村腰鼓队带来的开场节目《鼓舞新春》！
女：朋友们，美好的时光总是短暂的。让我们带着新春的祝福，共同期待檀溪更加美好的明天！
合：檀溪镇2026年“村晚”到此结束，祝大家新春快乐，阖家幸福！
""",
    ),
    dict(
        slug="snapshot-qiwu-urban-billboard-draft-opinion",
        site="网页快照 of 栖梧市城市管理局 (invented)",
        style="搜索快照",
        genre="意见",
        kind="other",
        form="text",
        source="http://kuaizhao.example.com/s?url=cgj.qiwu.example.gov.cn/yjzj/t20260708_221.html",
        title="关于规范城区户外广告设置管理的意见（征求意见稿）",
        date="2026-07-08",
        notes="a cache copy: a banner with its own time, the original portal's header, a feedback-box line and its footer; the draft's numbered articles, its own feedback e-mail and deadline stay; signature date",
        page="""
!d 您查看的是网页快照（缓存于 2026-07-21 03:08），如页面已更新请访问原网址。
!m 栖梧市城市管理局
!m 首页 >> 意见征集 >> 正在征集
{T}
{BODY}
!a 我要留言　｜　查看已反馈意见（27）
!m 栖梧市城市管理局　主办　　地址：栖梧市建设西路200号
""",
        body="""
为加强城区户外广告设置管理，提升城市环境品质，根据《城市市容和环境卫生管理条例》等有关规定，结合我市实际，提出如下意见。
一、总体要求。坚持统一规划、总量控制、分区管理的原则，做到户外广告设置与城市风貌相协调，逐步减少大型立柱广告，规范门头招牌设置。
二、分区管理。将城区划分为禁设区、严控区和引导区。历史文化街区、滨江景观带等为禁设区，不得设置商业性户外广告；主干道两侧为严控区，严格控制户外广告数量和规格。
三、门头招牌。同一建筑物的门头招牌应当统一规格、统一高度，一个门店原则上只设置一块招牌，不得遮挡建筑物主要立面和窗户。
四、监督管理。城市管理部门应当建立户外广告设施信息库，定期开展安全检查，对存在安全隐患的设施责令限期整改。
公众如有意见建议，请于2026年8月7日前发送电子邮件至qwcgj_yj@example.gov.cn，或寄至栖梧市城市管理局法规科（邮编336000）。
栖梧市城市管理局
2026年7月8日
""",
    ),
    dict(
        slug="print-yanting-forestry-pine-wilt-opinion-html",
        site="雁汀县林业局 (invented print view)",
        style="打印页",
        genre="意见",
        kind="other",
        form="html",
        source="https://lyj.yanting.example.gov.cn/print.jsp?id=20260511003",
        title="关于进一步加强松材线虫病疫情防控的意见",
        record_title="关于进一步加强松材线虫病疫情防控的意见 - 打印预览",
        date="2026-05-11",
        notes="an HTML print view: a 'print / close' bar, the page address and print time in a header table, a document number (neutral); decimal headings in the body; signature date",
        page="""
<html><head><meta charset="utf-8"><title>关于进一步加强松材线虫病疫情防控的意见 - 打印预览</title></head><body onload="window.print()">
<table class="ph"><tr><td>⟦m 雁汀县林业局⟧</td><td>⟦m 打印时间：2026-05-14 15:36⟧</td></tr>
<tr><td colspan="2">⟦m 原文地址：https://lyj.yanting.example.gov.cn/zwgk/20260511003.html⟧</td></tr></table>
<div class="pbar"><button>⟦a 打印⟧</button> <button>⟦a 关闭⟧</button></div>
<h2>{T}</h2>
<p>雁林发〔2026〕9号</p>
{BODY}
<div class="pf">⟦m 第 1 页，共 2 页⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
松材线虫病是危害松树的毁灭性病害。为进一步加强我县松材线虫病疫情防控，保护森林资源和生态安全，现提出如下意见。
1 总体目标
到2026年底，全县疫情发生面积和病死松树数量实现“双下降”，力争2个疫情乡镇实现无疫情。
2 主要措施
2.1 加强监测普查。每年春、秋两季开展疫情普查，做到全覆盖、无盲区，发现疑似病死松树及时取样送检。
2.2 科学除治疫木。疫木除治应当在每年11月至次年3月集中开展，采伐的疫木须就地粉碎或烧毁，严禁疫木流失。
2.3 严格检疫执法。加强松木及其制品运输检疫，依法查处非法调运、加工、使用疫木的行为。
3 保障措施
各乡镇要落实属地责任，将疫情防控经费纳入财政预算；县林业局要加强技术指导和督促检查，每季度通报一次防控进展。
雁汀县林业局
2026年5月11日
""",
    ),
    dict(
        slug="mail-fwd-post-admission-letters",
        site="沅桥县邮政分公司企业邮箱 (invented forwarded mail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:yw@yq.post.example.com.cn?subject=Fwd-admission-letters",
        title="关于做好2026年高考录取通知书寄递服务工作的通知",
        record_title="Fwd: 关于做好2026年高考录取通知书寄递服务工作的通知",
        date="2026-06-25",
        notes="a forwarded mail: the mail headers (From/Date/To/Subject), a forwarder's note with his extension and the mail's signature block are chrome; the notice's own hotline, a numbered list and a signature date are body",
        page="""
!m From: 业务部 <yw@yq.post.example.com.cn>
!m Date: 2026年6月26日 周五 09:18
!m To: 各支局长 <zjz@yq.post.example.com.cn>
!m Subject: Fwd: 关于做好2026年高考录取通知书寄递服务工作的通知
!w 各支局：转发市分公司通知，请认真落实，有问题打分机 6023 找我。——业务部 邝
!m -------- Forwarded Message --------
{T}
{BODY}
!m —— 沅桥县邮政分公司业务部　内线 6020
!d 本邮件仅限内部传阅，请勿转发至外部邮箱。
""",
        body="""
各县分公司：
2026年高考录取工作即将开始。录取通知书寄递事关广大考生切身利益，社会关注度高。为确保录取通知书安全、准确、及时送达，现就有关工作通知如下：
1.提前对接。各县分公司要主动与当地招生考试机构对接，掌握本地考生录取数据，提前做好揽收、分拣、投递各环节的人员和车辆准备。
2.专人专车。录取通知书实行专人揽收、专区分拣、专车运输、专人投递，投递时须核验收件人身份，做到“当面交付、签收留痕”。
3.主动告知。投递前须电话联系考生，考生不在家的，经考生本人同意后方可由家属代收，严禁代签、乱签。
4.及时查询。考生可拨打邮政客服电话11185或登录中国邮政官方查询平台查询通知书寄递进度。
各单位要高度重视，确保录取通知书寄递“零差错、零投诉”。
市邮政分公司
2026年6月25日
""",
    ),
    dict(
        slug="wiki-baike-pledge-letter-format",
        site="知源百科 (invented)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="text",
        source="https://www.zhiyuanbaike.example.com/item/倡议书/30021",
        title="倡议书",
        record_title="倡议书_知源百科",
        date=None,
        notes="an encyclopaedia entry: edit/collect buttons, a contents box, 'cite this entry' and a contributor line; the entry quotes an example signature with a date (no date of the page)",
        page="""
!m 知源百科 · 开放的中文知识库
!t 倡议书_知源百科
!a 编辑　｜　收藏　｜　讨论
!l 目录　1 概念　2 结构　3 写作要求
{BODY}
!l 引用本词条：《倡议书》，知源百科
!m 本词条由 17 位用户参与编辑　最近编辑者：石上清泉
!l 词条分类：应用文　公文写作
""",
        body="""
倡议书是由某一组织或社会团体、个人发起，号召公众响应，共同完成某项任务或开展某项公益活动的一种专用书信，具有广泛的群众性和鲜明的时代性。
倡议书一般由标题、称呼、正文、结尾和落款五部分组成。标题可以只写“倡议书”三字，也可以由倡议内容和文种组成，如“关于节约用水的倡议书”。
正文通常先写倡议的背景、原因和目的，再分条列出倡议的具体内容。结尾一般表达倡议者的决心和希望，或者写出某种建议。
落款写明倡议单位或个人的名称，并在下方署上日期，例如“溪岚县第一中学团委　2025年3月12日”。
写作倡议书要注意内容切实可行，语言富有号召力，篇幅不宜过长。
""",
    ),
]
