"""Holdout15, part D: media and personal platforms no earlier part names — a tea-industry
trade portal, an organ's internal periodical online, a comprehensive bonded zone's news, a
cultural centre's account, a social-work station's account on a mirror, an intangible
heritage centre's account, a legal-aid lawyer's blog, an agronomist's blog, a township
clerk's collection, a village teacher's personal site, a car owners' club forum and a county
life forum. Invented text (sites, places, people, numbers, URLs); see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="teaportal-mingchuan-news-html-record",
        site="茗川茶产业网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mcchaye.example.com/news/hy/20250418/6652.html",
        title="第六届茗川春茶开采节暨茶产业发展大会开幕",
        record_title="第六届茗川春茶开采节暨茶产业发展大会开幕",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="trade-portal template: price ticker, ad labels, an editor/reviewer line, a hot list with ranks, a comment box with a count; the lead starts with 本网讯 and a reporter name, a figures paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>第六届茗川春茶开采节暨茶产业发展大会开幕_行业动态_茗川茶产业网</title></head>
<body>
<div class="top">⟦m 茗川茶产业网　www.mcchaye.example.com⟧　<a>⟦a 登录⟧</a> <a>⟦a 免费注册⟧</a> <a>⟦a 我要发布供求⟧</a></div>
<div class="ticker">⟦m 今日茶价：明前毛峰 ¥420/斤 ↑　炒青绿茶 ¥96/斤 →　红茶 ¥180/斤 ↓⟧</div>
<div class="nav">⟦m 首页 行业动态 茶叶价格 供求信息 茶企名录 茶文化 专题⟧</div>
<div class="ad">⟦a 广告　茗川茶博会展位火热招商中⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="source">⟦m 2025-04-18 10:26　稿件出处：茗川茶产业网　作者：本网记者 季晓蔓⟧</div>
<div class="text">
{BODY}
</div>
<div class="edit">⟦m （责编：莫言川　审核：葛蓉）⟧</div>
<div class="cmt">⟦l 网友评论（3）　请文明发言　提交⟧</div>
</div>
<div class="hot"><h4>⟦l 本周热读⟧</h4><ol><li>⟦l 1 春茶开采期提前 茶农抢摘明前茶⟧</li><li>⟦l 2 茶园绿色防控技术要点⟧</li><li>⟦l 3 茗川红茶获地理标志认证⟧</li></ol></div>
<div class="ft">⟦d 本网原创稿件转载须注明出处，违者必究⟧<br>⟦m 客服电话：0797-8123 666　赣ICP备17006603号⟧</div>
</body></html>
""",
        body="""
本网讯（记者　季晓蔓）4月17日，第六届茗川春茶开采节暨茶产业发展大会在茗川县云雾山茶园开幕。来自省内外的茶叶专家、茶企代表、经销商和茶农代表800余人参加活动。
开幕式上，县政府与4家茶企签订了茶叶精深加工、茶旅融合等合作项目，签约金额达6.8亿元。茗川县茶叶协会发布了《茗川绿茶团体标准》，对茶叶种植、加工、包装等环节作出统一规范。
近年来，茗川县把茶产业作为富民强县的主导产业来抓，全县茶园面积达到18.6万亩，年产干茶1.12万吨，茶叶综合产值突破46亿元，带动3.2万户茶农户均增收1.5万元。
据了解，本届开采节为期3天，期间还将举办春茶品鉴会、手工制茶技艺大赛、茶产业高质量发展论坛等系列活动。
""",
    ),
    dict(
        slug="internaljournal-songyang-research-issue-no-date",
        site="《崧阳通讯》网络版 (invented)",
        style="新闻门户",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://txk.songyang.example.gov.cn/2025/04/dy/03.html",
        title="关于我市农村寄递物流体系建设情况的调研报告",
        record_title="《崧阳通讯》2025年第4期｜关于我市农村寄递物流体系建设情况的调研报告",
        date=None,
        notes="an organ's internal periodical online: an issue line 2025年第4期（总第212期） (no date), a table of contents of the issue above the article, the column name and a 作者单位 line; decorated record title; no date",
        page="""
!m 崧阳通讯　市委政策研究室主办
!m 2025年第4期（总第212期）
!l 本期目录：卷首语｜调查研究｜基层探索｜他山之石
!m 栏目：调查研究
{T}
!m 市委政研室　市邮政管理局联合调研组
{BODY}
!l 【本期翻页】基层探索：淇湾区“党建+物业”破解小区治理难题
!d 本刊内容仅供参考，引用请注明出处
""",
        indent="\u3000\u3000",
        body="""
农村寄递物流是连接城乡生产和消费的重要纽带。为摸清我市农村寄递物流体系建设情况，近期，调研组深入4个县（市、区）、12个乡镇、36个村，采取实地走访、座谈交流等方式开展专题调研。
一、基本情况
截至2025年3月底，全市建成县级寄递公共配送中心5个、乡镇寄递物流综合服务站93个、村级寄递物流综合服务点1562个，建制村快递服务通达率达到100%。2024年全市农村地区快递业务量达到1.38亿件，同比增长23.6%。
二、存在的问题
一是末端网点运营困难。部分村级服务点业务量小、收入低，一些点位靠代办人兼营维持，稳定性不强。二是共同配送推进不均衡。个别县快递企业各自为战，车辆、场地重复投入，运营成本居高不下。三是农产品上行能力不足。冷链寄递设施短缺，生鲜农产品损耗率较高。
三、对策建议
（一）推进“客货邮”融合发展。利用农村客运班线捎带邮件快件，降低末端配送成本。
（二）支持村级服务点多元经营。鼓励服务点叠加电商、便民缴费、农资代购等业务，增强自我发展能力。
（三）补齐冷链寄递短板。支持在农产品主产区建设产地预冷和冷藏设施，打通生鲜农产品出村进城的“最初一公里”。
""",
    ),
    dict(
        slug="bondedzone-qiwan-news-short-blocks-html",
        site="淇湾综合保税区管委会 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://zbq.qiwan.example.gov.cn/zbdt/2025/1105/992.html",
        title="淇湾综保区前三季度进出口总值同比增长31%",
        record_title=None,
        date="2025-11-05",
        notes="no record title; each body paragraph in its own block div; a data table one row a paragraph; a 发布日期 byline; a language switch, a WeChat QR box and a 'back to top' control",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>淇湾综合保税区管理委员会</title></head>
<body>
<div class="lang">⟦a 简体 | 繁體 | English⟧</div>
<div class="brand">⟦m 淇湾综合保税区管理委员会⟧</div>
<div class="menu">⟦m 首页 / 综保动态 / 招商引资 / 政策服务 / 通关指南⟧</div>
<div class="art">
<div class="t">{T}</div>
<div class="m">⟦m 发布日期：2025-11-05　发稿单位：经济发展局⟧</div>
{BODY}
</div>
<div class="qr">⟦a 微信扫一扫，关注“淇湾综保区”⟧</div>
<div class="gotop">⟦a 返回顶部⟧</div>
<div class="ft">⟦m 淇湾综合保税区管理委员会　地址：淇湾区保税路1号⟧　⟦m 粤ICP备18088801号⟧</div>
</body></html>
""",
        p_html='<div class="para"><span>{}</span></div>',
        body="""
记者从淇湾综合保税区管委会获悉，今年前三季度，淇湾综保区实现进出口总值286.4亿元，同比增长31%，增速居全省综保区前列。
从贸易方式看，保税加工和保税物流“双轮驱动”态势明显，跨境电商业务快速增长。
贸易方式　进出口值（亿元）　同比增长
保税加工　162.7　24.5%
保税物流　98.3　36.2%
跨境电商　25.4　68.9%
今年以来，综保区聚焦电子信息、生物医药等主导产业开展精准招商，新落户企业27家，其中外资企业9家。同时深化通关便利化改革，推行“先入区、后报关”“分送集报”等模式，企业平均通关时间压缩至1.2小时。
下一步，综保区将加快建设保税维修和检测中心，积极拓展保税研发、融资租赁等新业态，力争全年进出口总值突破380亿元。
""",
    ),
    dict(
        slug="culturalcentre-tangli-wechat-call-account-time",
        site="棠梨县文化馆 公众号 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.weixin.example.com/s/TangliWHG_20250106",
        title="关于征集2025年棠梨县“村晚”节目的通知",
        record_title="关于征集2025年棠梨县“村晚”节目的通知",
        date="2025-01-06",
        notes="a cultural centre's account: the account line with its time and region taken as the page's date, an 原创 tag, a top banner prompt, likes and a write-a-comment box, 往期推荐 under the text; the notice's own contact, e-mail and 报名 by WeChat",
        page="""
{T}
!m 原创　棠梨县文化馆　棠梨县文化馆　2025年01月06日 18:30　湖南
!a 👆点击上方蓝字，关注我们
{BODY}
!l — 往期推荐 —
!l 棠梨非遗｜花鼓戏老艺人的舞台人生
!l 公益培训｜2025春季班报名开启
!l 赞 36　分享　推荐
!l 写下你的留言
!m 编辑：胡小满　审核：邹建
""",
        body="""
为丰富群众春节文化生活，展示新时代乡村新风貌，县文化馆面向全县征集2025年“村晚”节目，现将有关事项通知如下：
一、征集内容
歌舞、小品、快板、三句半、地方戏曲、器乐演奏等各类文艺节目，内容积极向上，贴近群众生活，时长不超过8分钟。
二、参加对象
全县各乡镇（街道）、村（社区）文艺队，以及各类群众文艺团体和文艺爱好者。
三、报送方式
请于1月15日前将节目名称、表演形式、演员人数和排练视频发送至邮箱tlwhg_cunwan@example.com，或添加工作人员微信报名（微信号：tlwhg2025）。
四、节目遴选
县文化馆将组织专家对报送节目进行遴选，入选节目将参加1月25日在县文化广场举办的全县“村晚”展演。
联系人：龙老师，电话：0738-6612 045。
棠梨县文化馆
2025年1月6日
""",
    ),
    dict(
        slug="socialwork-heshan-briefing-mirror-crawl-stamp",
        site="微文档案 (invented WeChat-article mirror) of 鹤汕市南岭街道社工站",
        style="公众号镜像",
        genre="工作简报",
        kind="report",
        form="html",
        source="https://weiwen-archive.example.net/a/8f21c04e9b",
        title="南岭街道社工站2025年7月工作简报",
        record_title="南岭街道社工站2025年7月工作简报｜鹤汕南岭社工",
        date=None,
        notes="a mirror of an account article: the mirror's header, a crawl-time stamp (no date) and 原文链接 line, the account card, an image placeholder caption, a 关键词 cloud and a report button; decorated record title; the report speaks of 扫码 sign-ups",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>南岭街道社工站2025年7月工作简报｜鹤汕南岭社工 - 微文档案</title></head>
<body>
<div class="site">⟦m 微文档案 · 公众号文章存档⟧ <a>⟦a 搜索公众号⟧</a></div>
<div class="card">⟦m 公众号：鹤汕南岭社工　ID：nanling-sw⟧</div>
<div class="stamp">⟦m 抓取时间：2025-08-03 02:11　原文链接已失效⟧</div>
<h2>{T}</h2>
<div class="js_content">
{BODY}
</div>
<p class="cap">⟦m ▲图为“七彩夏日”儿童托管班活动现场⟧</p>
<div class="kw">⟦l 关键词：社工站　儿童托管　长者服务　志愿者⟧</div>
<div class="op">⟦a 举报该内容　｜　申请删除⟧</div>
<div class="ft">⟦d 本站内容均来自公开网络，版权归原作者所有⟧</div>
</body></html>
""",
        p_html='<section style="margin:0 8px"><p>{}</p></section>',
        body="""
7月，南岭街道社工站围绕“一老一小”重点人群，开展各类服务活动26场，服务居民1480人次。现将主要工作简报如下：
一、“七彩夏日”儿童托管班顺利开班。社工站联合辖区3所小学开设暑期托管班2期，招收学员96名，开设课业辅导、安全教育、手工制作等课程，家长满意率达98%。
二、长者关爱服务持续开展。社工和志愿者入户探访独居、高龄老人132户次，开展健康讲座4场、防诈骗宣传2场，为17户老人链接助餐、助浴服务。
三、志愿服务队伍不断壮大。本月新招募志愿者43名，居民可通过扫码填写报名表加入“南岭邻里”志愿服务队，累计注册志愿者达到612人。
四、8月工作安排。继续办好暑期托管班第三期，开展“高温送清凉”慰问活动，筹备中秋社区邻里节。
""",
    ),
    dict(
        slug="heritage-langyu-wechat-declaration-follow-sentence",
        site="琅屿市非物质文化遗产保护中心 公众号 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.weixin.example.com/s/langyu-feiyi-0312",
        title="关于开展第七批市级非物质文化遗产代表性项目申报工作的通知",
        record_title=None,
        date="2025-03-12",
        notes="no record title; an account article: a 星标 prompt, a listen-to-article row, the notice telling applicants to follow the account for results and to download forms, a 附件 list and e-mail; a reward row, a QR follow box and an 预览时标签不可点 line",
        page="""
!a 点击蓝字｜设为星标，不错过每一条推送
{T}
!m 琅屿非遗　2025-03-12 17:05
!a ▷ 听全文　约5分钟
{BODY}
!a 喜欢作者　赞赏
!a 长按识别二维码，关注“琅屿非遗”
!m 预览时标签不可点
""",
        body="""
各县（市、区）文化和旅游局，市直有关单位：
为进一步完善我市非物质文化遗产代表性项目名录体系，根据《琅屿市非物质文化遗产保护条例》，现启动第七批市级非物质文化遗产代表性项目申报工作。有关事项通知如下：
一、申报范围
申报项目应具有历史、文学、艺术、科学价值，在本市范围内世代相传、活态传承，已列入县级非物质文化遗产代表性项目名录满2年。
二、申报材料
申报单位须提交申报书、辅助材料（视频、图片）及县级名录公布文件。申报书模板可在本中心官网“资料下载”栏目下载。
三、申报时间
申报材料请于2025年4月30日前报送至市非遗保护中心，电子版发送至lyfybh@example.com。
四、结果公布
评审结果将在本公众号和市文化和旅游局网站公布，请各申报单位及时关注。
附件：1. 第七批市级非遗代表性项目申报书
2. 申报片制作要求
琅屿市非物质文化遗产保护中心
2025年3月12日
""",
    ),
    dict(
        slug="legalaid-blog-lawyer-insight-posted-line",
        site="乔律的博客 (invented, on a blog platform)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://blog.bokeyuan.example.com/qiaolvshi/p/19042217",
        title="办理法律援助案件的几点体会",
        record_title="办理法律援助案件的几点体会 - 乔律的博客",
        date="2025-05-20",
        notes="a lawyer's blog on a blog platform: a posted @ line with reads and comments taken as the date, categories and tags, a blogger card, an archive list, older/newer links, a comment form; the text quotes the aid hotline 12348",
        page="""
!m 乔律的博客　法律人的手记
!m 博客园区 » 乔律的博客 » 随笔
{T}
{BODY}
!m posted @ 2025-05-20 22:15 乔律　阅读(233)　评论(4)　编辑　收藏
!l 分类：执业手记　标签：法律援助，农民工讨薪
!l « 较早的文章：聊聊劳动仲裁中的举证责任
!l » 较新的文章：民法典婚姻家庭编的几个误区
!m 博主：乔律　园龄：6年　粉丝：1021
!l 归档：2025年5月(3)　2025年4月(5)
!l 发表评论：昵称 / 内容 / 提交评论
""",
        body="""
执业八年，我承办的法律援助案件已经超过一百件。案子大多不复杂，标的也不大，但每一件都关系到当事人的生计，有几点体会想记下来。
第一，要把当事人的话听完。来申请援助的多是农民工、老年人和残疾人，他们往往说不清法律关系，但说得清自己的委屈。耐心听完，很多关键事实就在这些话里。
第二，证据要一点一点地找。去年我代理一起讨薪案件，当事人只有几张模糊的转账截图。我们跑了三趟工地，找到两个工友作证，又调取了考勤机记录，最终帮他拿回了两万三千元工资。
第三，能调解的尽量调解。援助对象耗不起长时间的诉讼，一份及时履行的调解协议，往往比一份执行难的判决更有用。
第四，要让更多人知道法律援助。很多群众不知道自己符合援助条件，我每次去社区普法都会告诉大家：遇到法律问题，可以拨打12348公共法律服务热线咨询。
""",
    ),
    dict(
        slug="agronomist-blog-summary-oneline-no-title",
        site="田间笔记 (invented personal blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://tianjianbiji.example.net/2024/12/nongji-zongjie.html",
        title="2024年乡镇农技推广工作总结",
        record_title=None,
        date=None,
        notes="no record title and no date; a personal blog whose post body is all on one line (paragraphs joined, ideographic-space indents); a theme's header and a blogroll, a visitor counter, a 'powered by' line",
        page="""
!m 田间笔记 — 一个乡镇农技员的日常
!m 首页 | 关于我 | 农技问答 | 留言本
!t 2024年乡镇农技推广工作总结 ✎
{BODY}
!l 友情链接：县农技推广中心 · 植保之家 · 老杨的果园
!m 本站已运行 2087 天　访客 56,214
!m Powered by 某开源博客程序 · Theme by 小麦
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，我在镇农业综合服务中心从事农技推广工作，全年围绕粮食稳产、产业增收和技术服务三件事，做了一些实事。
一是抓好粮食生产技术指导。全年开展水稻、玉米栽培技术培训12场，培训农户860人次；建立水稻绿色高产示范片1200亩，示范片平均亩产达到612公斤，比全镇平均水平高出8%。
二是推广病虫害绿色防控。在4个村推广性诱剂、杀虫灯和生物农药防治技术，示范面积3000亩，化学农药使用量减少20%以上。
三是服务特色产业发展。为全镇3个柑橘专业合作社开展修剪、施肥、保果技术指导20余次，帮助解决黄龙病防控等技术难题。
四是存在的不足。农技人员少、服务面积大，部分偏远村组技术指导不够及时，新技术推广还存在“最后一公里”问题。
明年，我将继续扎根田间地头，把更多实用技术送到农民手中。
""",
    ),
    dict(
        slug="clerk-collection-host-script-series-title",
        site="老笔头文稿集 (invented personal collection)",
        style="个人文集",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://laobitou.example.cn/wenji/zhuchici/037.html",
        title="全镇2025年度经济工作会议主持词",
        record_title="文集·第37篇｜全镇2025年度经济工作会议主持词",
        date=None,
        notes="a township clerk's collection: the series number in the record title, the collection's table-of-contents arrows, a 写于 line that is only the writer's note (no date), a 转载请联系 prompt; the script's 议程 items",
        page="""
!m 老笔头文稿集　二十年乡镇文字生涯
!m 目录 › 主持词 › 第37篇
!t 文集·第37篇｜全镇2025年度经济工作会议主持词
!m 写在前面：此稿为某年镇里会议所写，人名地名已作处理。
{BODY}
!l ← 第36篇：村“两委”换届选举工作会议主持词
!l → 第38篇：全镇安全生产工作会议主持词
!w 转载或约稿请发邮件至 laobitou@example.cn
""",
        indent="\u3000\u3000",
        body="""
同志们：
现在开会。今天，我们召开全镇2025年度经济工作会议，主要任务是总结2024年全镇经济工作，表彰先进，部署2025年经济工作任务。出席今天会议的有镇党政班子全体成员，各村（社区）党组织书记、村（居）委会主任，镇直各单位负责人和部分企业负责人。
今天的会议共有四项议程：
一是由镇长作2024年经济工作报告；
二是宣读表彰决定；
三是由两个村和一家企业作典型发言；
四是请镇党委书记作重要讲话。
下面进行会议第一项议程……
同志们，刚才书记的讲话，立足全镇发展实际，对今年经济工作作了全面部署，讲得很深刻、很具体，我们一定要认真学习领会，抓好贯彻落实。会后，各村（社区）、各单位要迅速传达会议精神，把目标任务分解到岗、落实到人，确保全年各项经济指标圆满完成。
散会。
""",
    ),
    dict(
        slug="villageteacher-site-letter-wrapped-cn-date",
        site="石桥耕读 (invented personal site of a retired village teacher)",
        style="个人文集",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://shiqiaogengdu.example.net/wenzhang/yifengyisu.html",
        title="致石桥村全体乡亲的一封信",
        record_title="致石桥村全体乡亲的一封信",
        date="2025-01-20",
        notes="a personal site: hard-wrapped at 50 columns, a visitor-book link, a 本文已被阅读 counter; the letter's own village hotline; signature date in Chinese numerals",
        page="""
!m 石桥耕读 · 一位乡村老教师的笔记
{T}
!m 分类：乡村杂记　本文已被阅读 1,083 次
{BODY}
!a 〔留言本〕　〔返回目录〕
!d 本站文字欢迎乡亲们转发，请保留原文。
""",
        indent="\u3000\u3000",
        wrap=50,
        body="""
各位乡亲：
春节快到了，外出务工的亲人陆续回村，家家户户都在准备过年。借这个机会，村“两委”和村民议事会向全体乡亲发出倡议，一起过一个文明、节俭、平安的新年。
一、红白喜事从简办。婚事新办、丧事简办，不大操大办，不攀比排场，村里红白理事会会上门帮忙，按照村规民约执行。
二、人情往来量力行。提倡礼轻情意重，不搞高额彩礼和人情随礼，减轻家庭负担。
三、燃放烟花讲安全。在指定区域燃放，远离柴草堆和山林，看管好孩子，防止发生火灾和伤人事故。
四、邻里之间多和睦。有矛盾纠纷找村调解委员会，村值班电话：0739-5018 223，二十四小时有人接听。
乡亲们，好日子是大家一起过出来的。让我们从自己做起，从小事做起，共同建设文明和美的石桥村！
石桥村村民委员会
石桥村村民议事会
二〇二五年一月二十日
""",
    ),
    dict(
        slug="carclub-forum-pledge-junk-post-time",
        site="淀水车友会论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="notice",
        form="text",
        source="https://bbs.dscheyou.example.com/forum/t-20450.html",
        title="文明停车　礼让行人倡议书",
        record_title="[车友会公告] 文明停车　礼让行人倡议书【置顶】",
        date="2025-05-08",
        notes="a car owners' club forum: decorated record title ([..] and 【置顶】), the post's time line taken as the date, badge and car-model line, forum junk as lines and glued after 。, replies and a 签名档",
        page="""
!m 淀水车友会论坛 › 车友会公告区
!t [车友会公告] 文明停车　礼让行人倡议书【置顶】
!m 管理员 老K　认证车主：某款SUV　2025-05-08 09:12 发布　|　浏览 4217　回复 58
{BODY}
!m 签名档：一路同行，安全第一 🚗
!l 沙发　阿杰的小车：支持！小区门口天天有人乱停
!l 2#　秋名山路过：已转发车友群
!a 高级回复　|　快速回复（需登录）
""",
        junk=dict(lines=2, glued=2),
        body="""
各位车友：
随着我市机动车保有量持续增长，停车难、乱停车问题日益突出，占用人行道、消防通道停车的现象时有发生。为倡导文明出行，淀水车友会向全体车友发出倡议：
一、规范停车。车辆停放在规划的停车泊位内，不占用人行道、盲道、消防通道和小区出入口，不“一车占两位”。
二、礼让行人。经过斑马线时减速慢行，主动停车让行，不与行人抢行。
三、文明用车。不乱鸣喇叭，不向车窗外抛物，夜间会车正确使用灯光。
四、互相监督。发现乱停乱放、占用消防通道等行为，可通过拍照方式向交警部门举报。
文明出行，从每一位车友做起。让我们争做文明驾驶的示范者，为创建全国文明城市贡献力量！
淀水车友会
2025年5月8日
""",
    ),
    dict(
        slug="countyforum-taosha-repost-notice-two-dates",
        site="桃沙在线 (invented county life forum)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://www.taoshaol.example.com/thread-88301-1-1.html",
        title="桃沙县城市管理局关于规范夜市经营秩序的通告",
        record_title="转：桃沙县城市管理局关于规范夜市经营秩序的通告（摊主们注意了）",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="a county life forum reposting a notice: decorated record title, a repost note, the post time (2025-06-05) also accepted next to the notice's signature date, floors of replies with junk lines, a local ad",
        page="""
!m 桃沙在线 › 桃沙杂谈 › 城事速递
!t 转：桃沙县城市管理局关于规范夜市经营秩序的通告（摊主们注意了）
!m 楼主　桃沙小灵通　2025-6-5 10:47　来自手机
!m 转自县城管局微信，原文如下：
{BODY}
!l 板凳　烧烤摊老周：早该管管了，就是别一刀切
!l 地板　桃沙土著：西门夜市那段确实太挤
!a 【本地广告】桃沙装修找老刘，电话见签名
!a 登录后可查看更多回复
""",
        junk=dict(lines=1, glued=2),
        body="""
为规范城区夜市经营秩序，改善市容环境，方便群众生活，根据《城市市容和环境卫生管理条例》等有关规定，现就有关事项通告如下：
一、经营区域。城区夜市经营限定在西门街、滨河路南段、体育场北侧三处规划区域内，其他道路、广场一律不得摆摊设点。
二、经营时间。每日18:00至次日1:00，经营结束后摊主须将摊位及周边垃圾清理干净。
三、经营要求。摊主须办理临时经营登记，亮证经营；烧烤摊点须使用无烟烧烤设备，严禁占用盲道和消防通道。
四、违规处理。对违反本通告的，由城市管理部门依法予以处理。
本通告自2025年6月10日起施行。
桃沙县城市管理局
2025年6月3日
""",
    ),
]
