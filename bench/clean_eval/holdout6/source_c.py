"""Holdout6 cases, part C: news portals, WeChat mirrors, blogs, note apps and short-video
transcript pages. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="news-chengxi-daily-html-related",
        site="澄溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chengxinews.cn/xw/bd/2025-06/19/c_410772.htm",
        title="澄溪县首批“共享菜园”在老旧小区落地",
        record_date="2025-06-19",
        date="2025-06-19",
        notes="news portal: channel nav, byline, correspondents line glued before the lead, ad block between paragraphs, related list",
        page="""
<html><head><meta charset="utf-8"><title>澄溪县首批“共享菜园”在老旧小区落地_澄溪新闻网</title></head><body>
<div class="logo">⟦m 澄溪新闻网　澄溪县融媒体中心主办⟧</div>
<div class="chan">⟦m 要闻 | 本地 | 民生 | 视频 | 专题 | 报料⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2025-06-19 08:12:34　来源：澄溪日报　作者：曾芷若⟧ ⟦a 字号：T T⟧</div>
<div class="content">
{BODY}
</div>
<div class="edit">⟦m [责任编辑：顾南星]⟧</div>
<div class="xg"><h3>⟦l 延伸报道⟧</h3><ul><li>⟦l 澄溪：口袋公园让城市更宜居⟧</li><li>⟦l 老旧小区改造惠及1.2万户居民⟧</li></ul></div>
<div class="foot">⟦d 凡注明“来源：澄溪新闻网”的作品，未经授权不得转载。⟧ ⟦m 互联网新闻信息服务许可证：36120190003⟧</div>
</body></html>
""",
        body="""
⟦m 本报讯（记者 曾芷若 通讯员 廖思齐）⟧6月18日，澄溪县城关镇杏林苑小区的“共享菜园”迎来首批收获，30多户居民在自己认领的菜地里采摘黄瓜、豆角，笑声不断。
这片菜园原是小区内一块闲置多年的荒地，杂草丛生、垃圾堆积。今年3月，社区征求居民意见后，将其改造成42块小菜地，由居民免费认领种植。
⟦l 【广告】澄溪农商银行 · 家门口的银行⟧
县住建局有关负责人介绍，今年全县将在15个老旧小区推广“共享菜园”“共享花园”，让闲置空间变成邻里互动的“连心地”。
""",
    ),
    dict(
        slug="news-tv-station-transcript-no-title",
        site="岚川广播电视台 website (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lanchuantv.cn/jrlc/2025/0312/v8843.shtml",
        title="岚川县：春耕备耕按下“快进键”",
        record_title=None,
        date="2025-03-12",
        notes="TV news transcript page, no title in the record; the player's controls and 主播 line; publish date in the meta line",
        page="""
!m 岚川广播电视台 · 今日岚川
!a ▶ 播放　　00:00 / 02:31　　清晰度 高清　　全屏
{T}
!m 发布日期：2025年03月12日 19:45　　栏目：《岚川新闻》
!m 记者：符天佑　陶静　　编辑：何夏
{BODY}
!a 👍 点赞　　💬 评论　　↗ 分享到朋友圈
!l 往期节目：2025年03月11日《岚川新闻》｜2025年03月10日《岚川新闻》
""",
        body="""
【导语】眼下正值春耕备耕的关键时期，岚川县各乡镇抢抓晴好天气，组织农户开展机械翻耕、育秧等农事活动，田间地头一派繁忙景象。
【正文】在柏坪乡的集中育秧基地，工人们正在铺设秧盘、播撒稻种。今年，基地采用智能温控大棚育秧，可供应周边8000亩稻田的用秧需求。
【同期声】柏坪乡农业服务中心主任 谭雨农：我们今年提前半个月准备了种子和化肥，农技人员也都下到村里去了，确保不误农时。
【正文】据了解，今年全县计划种植早稻9.6万亩，目前已落实种子210吨、化肥1.5万吨，各类农机具3200台（套）完成检修。
""",
    ),
    dict(
        slug="wechat-mirror-speech-read-original",
        site="mirror of the WeChat account 清渚发布 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wxmirror.example.com/s/QzFoYmx4a1p2",
        title="在全区机关作风建设提升年动员大会上的讲话",
        record_title="区委书记：在全区机关作风建设提升年动员大会上的讲话（全文）",
        date="2025-02-10",
        notes="WeChat mirror: follow prompts, 阅读原文/在看 bar, editor credits; decorated record title; speaker and date lines neutral",
        page="""
!m 清渚发布　2025-02-12 07:30　发表于岚江
!a 点击上方蓝字“清渚发布”，关注我们
{T}
区委书记　郁长庚
（2025年2月10日）
{BODY}
!l 往期推荐 ▼
!l 清渚区2025年十件民生实事出炉
!l 一图读懂区政府工作报告
!m 来源：区委办公室
!m 编辑：林小满　审核：邵沛然　终审：程远
!a 阅读原文　　分享　　收藏　　点赞　　在看
""",
        date_also=["2025-02-12"],
        gap=True,
        body="""
同志们：
今天，区委召开全区机关作风建设提升年动员大会，目的是进一步统一思想、提振精神，以作风之变推动发展之进。
⟦a 📌 长按识别二维码，关注“清渚发布”⟧
一、以“严”的基调抓作风。作风问题具有顽固性、反复性，必须常抓不懈、久久为功。各单位要对照去年作风评议中群众反映的问题，逐条建立整改台账，能改的马上改，一时改不了的明确时限。
二、以“实”的导向抓落实。要坚决反对形式主义、官僚主义，精简会议文件，减少填表报数，让基层干部把更多时间用在抓落实上。
三、以“快”的节奏抓服务。全面推行“首问负责、限时办结”，企业和群众的事项能当天办结的绝不拖到第二天。
同志们，作风建设永远在路上。让我们以更加务实的作风、更加昂扬的斗志，奋力开创全区高质量发展新局面！
""",
    ),
    dict(
        slug="wechat-mirror-initiative-slogans-stay",
        site="mirror of the WeChat account 松岙文明 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="html",
        source="https://weixin.mirror-reader.example.org/a/8821730",
        title="“光盘行动 从我做起”倡议书",
        record_title=None,
        date="2025-10-16",
        notes="WeChat mirror page without a title in the record; quoted slogans and the initiative's own hotline stay in the body; Chinese-numeral signature date",
        page="""
<html><head><meta charset="utf-8"><title>松岙文明</title></head><body>
<div class="rich_media_meta">⟦m 松岙文明⟧ ⟦m 2025年10月16日 18:02⟧</div>
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_content">
{BODY}
</div>
<p class="end">⟦a 觉得不错，点个“赞”和“在看”吧⟧</p>
<div class="qr">⟦a 扫描二维码关注我们⟧</div>
<div class="mirror-foot">⟦d 本页面为公众号文章镜像，版权归原作者所有⟧</div>
</body></html>
""",
        p_html='<section><p style="text-indent:2em;">{}</p></section>',
        body="""
全镇广大干部群众：
“一粥一饭，当思来处不易。”珍惜粮食、反对浪费是中华民族的传统美德。为营造勤俭节约的良好风尚，松岙镇文明办向全镇发出如下倡议：
一、外出就餐时适量点餐，提倡“N-1”点餐模式，吃不完的饭菜主动打包。
二、操办红白喜事要简朴节约，自觉抵制大操大办、铺张浪费。
三、机关食堂、学校食堂要加强引导，张贴“光盘行动”提示标识，减少餐饮浪费。
发现餐饮浪费行为，欢迎拨打镇文明办监督电话0574-6528113反映。
让我们从现在做起，从点滴做起，让“光盘”成为每个人的自觉行动！
松岙镇文明办
二〇二五年十月十六日
""",
    ),
    dict(
        slug="blog-note-app-insight-emoji-tags",
        site="小红书-like note app share page 拾笺 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shijian-note.com/explore/66a1f0c2e9",
        title="选调生入职第一年的几点感悟",
        record_title="选调生入职第一年的几点感悟🌱｜拾笺",
        date=None,
        notes="note-app page: emoji in the decorated title, hashtags, like/collect counts, comment box; no date (the 编辑于 line gives a month only)",
        page="""
!m 拾笺 — 记录真实的生活
!a 打开App　　登录
{T}
{BODY}
!l #选调生 #基层工作 #公务员日常 #心得体会
!m 编辑于 03-21　岚江
!a ❤ 2.3万　⭐ 1.1万　💬 486
!l 共 486 条评论
!l 小雨点：说到心坎里了，我也是今年入职的
!l 作者 回复 小雨点：一起加油呀
!a 说点什么…
""",
        body="""
入职第一年，在乡镇党政办工作，从一开始的手忙脚乱到现在能独立写材料、办会务，想把这一年的感悟记下来。
一是要沉得下去。刚来的时候总想着干大事，后来发现，把一份台账理清楚、把一次群众来访接待好，同样需要用心。
二是要学得进去。不懂的就问老同事，每份文件都认真读，慢慢就知道一件事该找哪个部门、走什么流程。
三是要守得住。基层事情杂、诱惑也有，时刻提醒自己守规矩、讲纪律。
最后想说，基层很累，但也很值得。希望第二年的自己能更从容一些。
""",
    ),
    dict(
        slug="blog-personal-plan-wrapped-comments",
        site="竹间笔记 (invented personal blog)",
        style="博客",
        genre="工作计划",
        kind="plan",
        form="text",
        source="http://zhujianbiji.net/archives/2025/01/work-plan.html",
        title="2025年社区网格员个人工作计划",
        record_date="2025-01-06",
        date="2025-01-06",
        notes="WordPress-like blog: suffix after –; hard-wrapped at 58 columns; posted-on line gives the date; comments below",
        page="""
!m 竹间笔记
!m 一个网格员的日常
{T}
!m 发表于 2025年1月6日 作者 竹间　分类：工作随记　3 条评论
{BODY}
!l 分类：工作随记　标签：网格员, 工作计划, 社区
!l ← 2024年网格工作小结　　　　网格走访记录表怎么填 →
!l 3 条评论
!l 晓风 说：2025年1月7日 09:12　很实用，借鉴了
!a 发表回复　您的电子邮箱地址不会被公开。
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
新的一年，我将继续做好网格内的各项服务管理工作，努力让网格内的居民事事有人管、件件有回音。
一、走访全覆盖。坚持每周走访网格内住户不少于30户，重点关注独居老人、残疾人和困难家庭，做到情况底数清、需求底数明。
二、隐患早发现。每天巡查网格内的消防通道、电动车充电、楼道堆物等情况，发现隐患及时拍照上报，跟踪整改到位。
三、矛盾早化解。对邻里纠纷、物业矛盾做到第一时间介入调解，一般矛盾不出网格，复杂矛盾及时上报社区。
四、信息准录入。及时更新网格人口、房屋、单位等基础信息，确保系统数据准确率达到98%以上。
""",
    ),
    dict(
        slug="video-transcript-lecture-timestamps",
        site="短视频平台 transcript page 知秒 (invented)",
        style="博客",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.zhimiao.tv/video/BV7x3Kq9Lm/transcript",
        title="三分钟讲清楚公文标题怎么拟",
        record_title="三分钟讲清楚公文标题怎么拟 #公文写作 #干货 - 知秒视频",
        date=None,
        notes="short-video transcript page: decorated title with hashtags; auto-transcript header, like/coin/share bar, 'up next' list; no date",
        page="""
!m 知秒视频
{T}
!m 2.1万播放 · 37条弹幕　　UP主：写材料的老周
!a 点赞 1536　　投币 402　　收藏 2211　　分享
!m 【自动生成字幕】以下文字由AI识别，可能存在误差
{BODY}
!a 展开更多
!l 接下来播放
!l 公文里的“请示”和“报告”到底有什么区别
!l 领导讲话稿开头的五种写法
""",
        body="""
大家好，今天用三分钟讲清楚公文标题怎么拟。
公文标题一般由三个要素组成：发文机关、事由和文种。比如“某某县人民政府关于加强秋冬季森林防火工作的通知”，发文机关、事由、文种一个不少。
第一个常见错误是文种用错，把请示写成报告，或者把通知写成通告。第二个错误是事由太长，一个标题写了两三行，读起来很吃力。第三个错误是标点乱用，除了书名号、引号等，标题里一般不用标点。
记住这三点，你的公文标题就规范多了。
""",
    ),
    dict(
        slug="news-portal-oneline-commentary",
        site="桐江在线 (invented)",
        style="新闻门户",
        genre="评论",
        kind="news",
        form="text",
        source="http://www.tongjiangol.com/pinglun/2025/0403/88120.shtml",
        title="让“办事不求人”成为常态",
        record_title="让“办事不求人”成为常态 - 评论 - 桐江在线",
        record_date="2025-04-03",
        date="2025-04-03",
        notes="a commentary saved as one long line; suffix with two dashes; date in the meta line",
        page="""
!m 桐江在线 > 评论 > 桐江时评
{T}
!m 2025-04-03 07:05:21　来源：桐江日报　作者：关山月
{BODY}
!a 【我来说两句】　【推荐给朋友】　【打印】
!m 本文来源：桐江日报　编辑：应小楼
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
近日，桐江市在全市推行“办事不求人”改革，梳理公布了首批312项“免跑动”“就近办”事项清单。这一举措，回应了群众的期待。
“办事不求人”，说到底是要让制度说了算、规则说了算。办事流程公开透明，标准清清楚楚，群众就不必托关系、找熟人。
当然，改革不是一纸清单就能完成的。要让“办事不求人”成为常态，还需要对窗口服务加强监督，对推诿扯皮的行为严肃问责，让群众的每一次评价都能倒逼服务改进。
""",
    ),
    dict(
        slug="wechat-mirror-summary-junk-reader",
        site="WeChat article reader 公号阅读器 (invented)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://gzhreader.example.net/r/3311802",
        title="朔阳市退役军人事务局2025年上半年工作总结",
        record_title="朔阳市退役军人事务局2025年上半年工作总结｜公号阅读器",
        date="2025-07-09",
        notes="a WeChat reader mirror with scraper-inserted junk lines and glued junk; suffix after ｜; publish line gives the date",
        page="""
!m 公号阅读器 · 收录 朔阳退役军人
{T}
!m 原创　朔阳退役军人　2025-07-09
!a 🔊 听全文
{BODY}
!a — END —
!a 分享　收藏　👍 78　在看 21
!d 以上内容抓取自公开公众号，仅用于阅读，如有侵权请联系删除
""",
        junk=dict(lines=1, glued=3),
        body="""
今年以来，市退役军人事务局紧紧围绕“让军人成为全社会尊崇的职业”这一目标，扎实做好退役军人服务保障各项工作。
一、就业创业有新成效。举办退役军人专场招聘会6场，提供岗位2300余个，帮助412名退役军人实现就业；扶持退役军人创办企业37家。
二、优抚保障有新提升。按时足额发放各类优抚资金5860万元，为3200余名优抚对象开展健康体检，走访慰问困难退役军人家庭960户。
三、褒扬纪念有新进展。完成烈士纪念设施修缮4处，组织清明祭扫活动52场，参与群众1.6万人次。
下半年，我们将继续完善退役军人服务保障体系，努力让退役军人和其他优抚对象有更多获得感。
""",
    ),
    dict(
        slug="news-weather-live-blog-html",
        site="鹭港新闻客户端 web page (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://m.lugangnews.com/content/2025/08/27/5120314.html",
        title="台风“海鹞”明天登陆 鹭港启动防台Ⅱ级应急响应",
        record_title="台风“海鹞”明天登陆 鹭港启动防台Ⅱ级应急响应",
        record_date="2025-08-27",
        date="2025-08-27",
        notes="mobile news page; the article's own emergency hotline and shelter list stay; app download banner and comment box chrome",
        page="""
<html><head><meta charset="utf-8"><title>鹭港新闻</title></head><body>
<div class="app-banner">⟦a 下载鹭港新闻App　看更多本地资讯⟧ <a>⟦a 打开⟧</a></div>
<h1>{T}</h1>
<p class="src">⟦m 鹭港新闻客户端　2025-08-27 15:46⟧</p>
<article>
{BODY}
</article>
<div class="cmt">⟦l 网友评论（128）⟧ ⟦a 写评论…⟧</div>
<div class="hot"><p>⟦l 本地热榜 · 24h⟧</p><p>⟦l 1 海鹞路径最新预测⟧</p><p>⟦l 2 明天全市中小学停课⟧</p></div>
</body></html>
""",
        body="""
记者从市防汛防台指挥部获悉，今年第12号台风“海鹞”预计于28日上午在我市沿海登陆，登陆时中心附近最大风力可达13级。市防指已于27日14时将防台风应急响应提升至Ⅱ级。
目前，全市已转移危险区域群众1.8万人，开放避灾安置点214个。市民如需求助，可拨打市防汛防台24小时值班电话0592-5316119。
主要避灾安置点：鹭江街道体育馆、港口小学、东屿社区服务中心。
市防指提醒，台风影响期间请市民尽量减少外出，远离广告牌、临时搭建物和低洼地带。
""",
    ),
]
