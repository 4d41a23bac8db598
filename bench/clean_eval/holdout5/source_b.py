"""Holdout5, part B: news — a TV station's news page with video-player chrome, a county 融媒体
app's share page, an RSS feed dumped as text, an AMP page, a city newspaper's e-paper page,
a provincial news portal and a news aggregator. Invented text; see ../README.md and
../build.py. Styles are the build's labels nearest to each kind of site."""

CASES = [
    dict(
        slug="tv-heze-news-video-player",
        site="鹤泽广播电视台·鹤泽新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hezetv.example.com/news/xwlb/2025-05-09/detail-384417.html",
        title="鹤泽：夏粮收购准备工作全面就绪",
        record_title="鹤泽：夏粮收购准备工作全面就绪_鹤泽新闻联播_鹤泽广播电视台",
        record_date="2025-05-09",
        date="2025-05-09",
        notes="TV-station page: player controls and a 视频时长 line above the text, 记者/摄像 byline glued before the lead, "
        "the programme's name, 点赞/收藏 counters and a 热播栏目 box",
        page="""
<html><head><meta charset="utf-8"><title>鹤泽：夏粮收购准备工作全面就绪_鹤泽新闻联播_鹤泽广播电视台</title></head><body>
<div class="logo">⟦m 鹤泽广播电视台　HZTV⟧</div>
<div class="nav">⟦m 首页 | 直播 | 新闻联播 | 民生热线 | 专题⟧</div>
<div class="player"><div>⟦a ▶ 播放　00:00 / 02:36　标清　高清　全屏⟧</div><div>⟦m 节目：鹤泽新闻联播　播出时间：2025-05-09 18:30⟧</div></div>
<h1>{T}</h1>
<div class="text">
{BODY}
</div>
<div class="ops">⟦a 👍 点赞 126　☆ 收藏　↗ 转发⟧</div>
<div class="hot"><h4>⟦l 热播栏目⟧</h4><p>⟦l 民生热线　鹤泽早新闻　乡村振兴进行时⟧</p></div>
<div class="foot">⟦m 鹤泽广播电视台 版权所有　信息网络传播视听节目许可证：1908317⟧</div>
</body></html>
""",
        body="""
⟦m （记者 蔡一帆 摄像 龙涛）⟧眼下，我市小麦陆续进入灌浆期，各地粮食收储企业正抓紧做好夏粮收购准备工作。
在市储备粮管理有限公司第二库区，工作人员正在对仓房进行清扫消杀和设备检修。今年，全市共落实有效仓容42万吨，烘干能力每日1.8万吨，能够满足夏粮收购需要。
市发展改革委有关负责人介绍，今年将继续执行小麦最低收购价政策，各收储企业要严格执行国家质价政策，不得压级压价、打白条，切实保护种粮农民利益。
""",
    ),
    dict(
        slug="rongmei-tingjiang-app-share-page",
        site="汀江融媒 APP (invented)",
        style="范文APP",
        genre="新闻",
        kind="news",
        form="text",
        source="https://share.tjrongmei.example.com/app/article?id=220571&from=wx",
        title="汀江县首个“共享法庭”在滨江社区挂牌",
        record_title=None,
        date=None,
        notes="county media-centre app share page: an 打开APP banner above and below, 阅读/点赞 counts, a 精彩推荐 box, "
        "no record title and no date",
        page="""
!a 打开汀江融媒APP，阅读体验更佳　　立即打开
!m 汀江融媒
{T}
!m 汀江融媒　阅读 2.1万
{BODY}
!m 编辑：周一苇　审核：严冬
!l —— 精彩推荐 ——
!l 汀江：一季度项目开工率达95%
!l 这个周末，滨江公园有一场音乐会
!a 打开APP查看更多精彩内容
!d 本文为汀江融媒原创，未经授权不得转载。
""",
        body="""
近日，汀江县首个“共享法庭”在滨江街道滨江社区挂牌成立。
“共享法庭”配备了视频调解设备，群众足不出户就可以在线参与调解、诉讼，法官也能通过视频指导社区调解员化解纠纷。
据了解，县法院将在年内推动“共享法庭”覆盖全县所有乡镇（街道），让矛盾纠纷在家门口得到化解。
""",
    ),
    dict(
        slug="rss-luting-feed-dump-items",
        site="渌汀新闻网 RSS (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lutingnews.example.com/rss/yaowen.xml#item-3",
        title="渌汀县召开2025年优化营商环境推进大会",
        date="2025-02-18",
        notes="an RSS item dumped as text: channel title and description, pubDate in RFC 822, guid and link lines, "
        "the next item's title after a '阅读全文' link",
        page="""
!m 渌汀新闻网 - 要闻
!m 渌汀新闻网要闻频道 RSS 订阅
!m <item>
{T}
!m 发布于：Tue, 18 Feb 2025 09:12:00 +0800
!m 分类：要闻；作者：渌汀新闻网
{BODY}
!a 阅读全文 »
!m 链接：http://www.lutingnews.example.com/yw/2025-02/18/content_71623.htm
!m guid：lutingnews-yw-71623
!l 下一条：县政协召开十届十四次常委会议
""",
        body="""
2月17日，渌汀县召开2025年优化营商环境推进大会。县委书记肖靖出席并讲话，县长田思远主持会议。
会议通报了2024年度营商环境评价情况，表彰了一批营商环境优秀单位和“金牌店小二”，6家部门作了表态发言。
会议强调，要聚焦企业全生命周期服务，持续推进“高效办成一件事”，全面落实惠企政策“免申即享”，着力打造审批最少、流程最优、服务最好的营商环境。
""",
        date_also=["2025-02-17"],
    ),
    dict(
        slug="amp-canglan-daily-commentary",
        site="沧岚日报 AMP (invented)",
        style="新闻门户",
        genre="评论",
        kind="news",
        form="html",
        source="https://amp.canglandaily.example.com/c/2024/07/16/1192043.amp.html",
        title="让“家门口的好去处”越来越多",
        record_title="让“家门口的好去处”越来越多 - 沧岚日报",
        record_date="2024-07-16",
        date="2024-07-16",
        notes="AMP page: amp-img placeholder text, a 【沧岚时评】 column label glued before the title, a 评论员 byline, an "
        "'查看完整版' link and a cookie notice; body in <section> paragraphs",
        page="""
<html amp lang="zh"><head><meta charset="utf-8"><title>让“家门口的好去处”越来越多 - 沧岚日报</title>
<style amp-custom>body{font-size:17px}</style></head><body>
<header>⟦m 沧岚日报　CANGLAN DAILY⟧ <a href="/">⟦a ☰⟧</a></header>
<article>
<div class="kicker">⟦m 【沧岚时评】⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 本报评论员　苏念青　2024-07-16 07:30⟧</div>
{BODY}
</article>
<div class="full">⟦a 查看完整版页面⟧</div>
<div class="cookie">⟦d 本站使用Cookie以改善您的浏览体验，继续浏览即表示同意。⟧</div>
<footer>⟦m © 沧岚日报社 版权所有⟧</footer>
</body></html>
""",
        p_html="<section><p>{}</p></section>",
        body="""
入夏以来，我市新建的12处“口袋公园”陆续开放，成了市民饭后散步、带娃遛弯的好去处。
好去处不一定要大。一块闲置边角地，几棵树、几条长椅、一片健身场地，就能让周边居民多一份惬意。相比动辄上百亩的大公园，“口袋公园”离群众更近、用起来更方便。
好去处更要管得好。建成之后，谁来保洁、谁来维修、夜间照明跟不跟得上，都考验着管理者的用心。希望有关部门把“建”和“管”一起抓，让小公园持续释放大民生。
""",
    ),
    dict(
        slug="epaper-zheyang-evening-page-layout",
        site="柘阳晚报数字报 (invented)",
        style="新闻门户",
        genre="通讯",
        kind="news",
        form="text",
        source="http://epaper.zywb.example.com/html/2024-12/03/content_58812.htm",
        title="一位老支书的“民情日记”",
        record_title="一位老支书的“民情日记”",
        date="2024-12-03",
        notes="e-paper page: 版次/版名 line, 上一版/下一版 and 上一篇/下一篇 links, a 返回目录 line; a subtitle line under "
        "the title (neutral); the date only in the 版次 line",
        page="""
!m 柘阳晚报　2024年12月03日　第A05版：社区
!a 上一版　下一版　　返回目录　　PDF版
{T}
——记霞溪镇枫林村原党支部书记钟德福
!m 本报记者　雷韵
{BODY}
!l 上一篇：社区“银发食堂”香飘邻里
!l 下一篇：寒潮来袭 城区供暖提前启动
!m 柘阳晚报社主办　数字报系统
""",
        gap=True,
        indent="\u3000\u3000",
        body="""
翻开钟德福的“民情日记”，泛黄的纸页上密密麻麻记着：某月某日，三组王大娘家屋顶漏雨；某月某日，村口路灯坏了两盏……
这样的日记，钟德福一记就是二十三年，攒下了整整十一本。
“群众的事，记在本子上，更要记在心上。”这是钟德福常说的一句话。任职期间，他带着村干部修通了进村公路，建起了村里第一个茶叶专业合作社，全村人均收入从不到两千元增加到两万多元。
去年卸任后，钟德福仍然闲不下来。他把十一本日记捐给了镇里的党史馆，自己当起了村里的义务调解员。
""",
    ),
    dict(
        slug="portal-xiang-news-related-inline",
        site="湘澜网 (invented provincial portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.xianglan.example.com/2025/03/26/4471902.html",
        title="岫山县探索“积分制”激活乡村治理",
        record_title="岫山县探索“积分制”激活乡村治理_湘澜网",
        date="2025-03-26",
        notes="portal page: 来源/作者 line, a 相关阅读 line and a 延伸阅读 box BETWEEN body paragraphs, an 【纠错】 button "
        "glued to the last paragraph, a 24小时热榜 list",
        page="""
!m 湘澜网 > 新闻中心 > 市州新闻
{T}
!m 2025-03-26 10:48:17　来源：湘澜网　作者：贺婉清　通讯员　覃义
!a 【字体：大 中 小】　【收藏本页】
{BODY}
!m 【责任编辑：易湘】
!l 24小时热榜
!l 1　省政府常务会议研究部署春耕生产
!l 2　第三届乡村文化节开幕
!d 湘澜网版权所有，未经书面授权禁止使用
""",
        body="""
“上个月参加义务植树得了10分，这个月又因为家里庭院整洁加了5分，攒够积分就能到超市兑换洗衣粉。”近日，在岫山县梧塘村“积分超市”，村民黄春英高兴地说。
去年以来，岫山县在全县128个村推行乡村治理“积分制”，将人居环境整治、移风易俗、志愿服务等内容细化为积分项目，村民参与即可获得积分，凭积分兑换生活用品。
⟦l 相关阅读：岫山县：“村规民约”引领文明新风⟧
截至目前，全县已有4.2万户农户建立积分档案，累计兑换积分210余万分。积分制实施后，村里“等靠要”的少了，主动参与的多了。
⟦l 延伸阅读 >> 我省推广乡村治理清单制、积分制⟧
县委农办负责人表示，下一步将推动积分与信用贷款、评先评优等挂钩，让积分“含金量”更高。⟦a 【纠错】⟧
""",
    ),
    dict(
        slug="aggregator-kuaixun-news-app-style",
        site="快讯头条 (invented aggregator)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.kuaixuntt.example.com/article/7391104528813.html",
        title="桐屿区启动老旧电梯更新改造 首批42部电梯年内完工",
        record_title="桐屿区启动老旧电梯更新改造 首批42部电梯年内完工",
        date=None,
        notes="aggregator page: a 原创/关注 author card, 举报 link, 'x小时前' meta, 评论 and 猜你喜欢 boxes, an 广告 label "
        "between two body paragraphs; no date anywhere",
        page="""
!m 快讯头条
{T}
!m 桐屿发布　3小时前　+关注
{BODY}
!a 举报/反馈
!l 评论 48　　写评论...
!l 猜你喜欢
!l 楼道装电梯，一楼住户能得到补偿吗？
!m 本文来自快讯头条号作者，不代表快讯头条立场。
""",
        body="""
记者从桐屿区住建局获悉，该区今年将对使用超过15年、故障率较高的老旧住宅电梯实施更新改造，首批42部电梯已完成招标，年内全部完工。
此次改造资金采取“政府补一点、维修资金出一点、业主筹一点”的方式筹集，区财政对每部电梯补助8万元。
⟦a 广告　　了解更多⟧
改造期间，施工单位将在小区公示工期安排，尽量减少对居民出行的影响。居民如有疑问，可拨打区住建局物业科电话咨询。
""",
    ),
    dict(
        slug="radio-qiaoling-transcript-program",
        site="峤岭交通广播 FM99.3 (invented)",
        style="新闻门户",
        genre="访谈",
        kind="news",
        form="text",
        source="http://www.qlfm993.example.com/jm/zwhx/20240913/3312.html",
        title="城区学校周边交通如何疏堵",
        title_also=["政风行风热线：城区学校周边交通如何疏堵"],
        record_title="【政风行风热线】城区学校周边交通如何疏堵（文字实录）",
        date="2024-09-13",
        notes="a radio programme's transcript: 【栏目】 decoration and （文字实录） suffix, 主持人/嘉宾 lines as body, "
        "a 收听回放 button, a 热线电话 line that belongs to the site, no record date",
        page="""
!m 峤岭交通广播 FM99.3 | 节目 | 政风行风热线
!t 【政风行风热线】城区学校周边交通如何疏堵（文字实录）
!a ▶ 收听回放（时长 28:40）
!m 播出时间：2024年9月13日 11:00-12:00
{BODY}
!w 节目热线：0716-8899993　短信平台：10699933
!m 峤岭广播电视台 FM99.3 版权所有
""",
        body="""
主持人：各位听众朋友，欢迎收听今天的《政风行风热线》。开学以来，不少家长反映学校门口接送孩子时交通拥堵。今天我们请来了区交警大队的负责同志，一起聊聊这个问题。
嘉宾：谢谢主持人。今年开学前，我们对城区32所中小学周边道路逐一进行了排查，新增临时停车泊位860个，在9所学校门口设置了“即停即走”通道。
主持人：有听众反映，即使这样，早高峰还是堵。
嘉宾：确实，高峰时段车流集中是主要原因。我们建议家长尽量错峰接送，也鼓励学校推行弹性放学，同时我们每天安排警力在重点路段疏导。
""",
    ),
    dict(
        slug="news-tongyu-photo-captions-between",
        site="桐屿新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tongyunews.example.cn/tyxw/2024/1105/95531.html",
        title="桐屿区举行首届职工技能运动会",
        record_title="桐屿区举行首届职工技能运动会",
        date="2024-11-04",
        notes="HTML news with 图片说明 captions and a 图集 link between body paragraphs, a 来源 and 编辑 line, 分享到 bar; "
        "the date only in the lead",
        page="""
<html><head><meta charset="utf-8"><title>桐屿区举行首届职工技能运动会-桐屿新闻网</title></head><body>
<div class="hd">⟦m 桐屿新闻网　www.tongyunews.example.cn⟧</div>
<div class="crumbs">⟦m 桐屿新闻网 ＞ 桐屿新闻⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：桐屿区总工会　编辑：齐悦⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦a 分享到：微信 微博 复制链接⟧</div>
<div class="ft">⟦m 桐屿区融媒体中心主办　联系电话：0751-3312068⟧</div>
</body></html>
""",
        body="""
11月4日，桐屿区首届职工技能运动会在区体育中心开幕，来自全区46家企事业单位的600余名职工参加比赛。
⟦m 图为比赛现场。通讯员 邹岚 摄⟧
本届运动会设置电工、焊工、叉车司机、茶艺师等8个竞赛项目，既有理论考试，也有实际操作。获得各项目前三名的选手，将由区总工会授予“桐屿工匠”称号。
⟦l 【点击查看更多图片】⟧
区总工会负责人表示，希望通过技能比武，在全区营造尊重劳动、崇尚技能的良好氛围。
""",
    ),
    dict(
        slug="news-xiushan-text-title-thrice-no-record",
        site="岫山发布 网页版 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xiushanfabu.example.com/p/8821.html",
        title="岫山县2025年重点项目集中开工",
        record_title=None,
        date="2025-03-03",
        notes="no record title; the title three times (breadcrumb end, heading, glued to the lead); 发布时间 line",
        page="""
!m 岫山发布 / 本地新闻 / 岫山县2025年重点项目集中开工
{T}
!m 发布时间：2025年03月03日　浏览：3821
{T}{BODY}
!l 扫码关注岫山发布 | 投稿邮箱
""",
        body="""
3月3日上午，岫山县2025年重点项目集中开工活动在县工业园举行，此次集中开工项目28个，总投资96.4亿元。
开工项目涵盖先进制造、文旅康养、基础设施等领域，其中工业项目15个，投资额占比超过六成。
县委主要负责同志宣布项目开工，并要求各项目单位倒排工期、挂图作战，确保项目早建成、早投产、早见效。
""",
    ),
]
