"""Holdout9, part D: WeChat mirrors with reward and like rows, a news app's share page, an
AMP page, county and city news portals, a 范文 app's share page. Written blind; everything
invented."""

CASES = [
    dict(
        slug="wechat-mirror-lixia-reward-like-rows",
        site="微文集 mirror of 澧峡发布 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.weiwenji.example.net/a/lixiafabu/20250604_33071.html",
        title="致全县广大农民朋友的禁烧倡议书",
        record_title="致全县广大农民朋友的禁烧倡议书 | 澧峡发布",
        date="2025-06-04",
        notes="a WeChat mirror: the account line with an IP location, a 'tap blue words to follow' prompt, reward (赞赏) and like/在看 rows, a 写留言 box with pinned comments; the pledge's own slogan and a sentence telling readers to 扫码 report burning stay",
        page="""
!a 点击上方蓝字“澧峡发布”关注我们
!t 致全县广大农民朋友的禁烧倡议书
!m 原创　澧峡发布　澧峡发布　2025年06月04日 08:30　湖北
{BODY}
!m 来源：县农业农村局　县生态环境分局
!m 编辑：符小蕾　｜　审核：邓维
!a 喜欢作者　赞赏
!l 已有 12 人赞赏
!a 分享　收藏　点赞 86　在看 19
!l 写留言
!l 精选留言：乡里乡亲　支持禁烧，秸秆还田效果很好
""",
        body="""
广大农民朋友们：
夏收时节即将到来。露天焚烧秸秆不仅严重污染空气，还容易引发火灾，危害群众生命财产安全，影响交通出行。为此，我们向全县广大农民朋友发出如下倡议。
一、自觉做到不焚烧。从我做起，不在田间地头、房前屋后焚烧秸秆、杂草和垃圾。
二、积极开展综合利用。采用机械粉碎还田、打捆离田等方式，推进秸秆肥料化、饲料化、基料化利用。
三、主动参与监督。发现焚烧行为，请及时劝阻，或扫描村委会公示栏上的二维码进行举报。
“秸秆还田肥沃土地，禁烧护蓝从我做起。”让我们携起手来，共同守护澧峡的蓝天白云！
澧峡县农业农村局
2025年6月4日
""",
    ),
    dict(
        slug="wechat-mirror-html-party-lesson-reward",
        site="公号文摘 mirror of 槐川组工 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://gzwz.example.com/mp/huaichuanzugong/2025-07-01-2.html",
        title="微党课：做新时代的“老黄牛”",
        record_title="微党课：做新时代的“老黄牛”",
        record_date="2025-07-01",
        date="2025-07-01",
        notes="HTML WeChat mirror: account header with 'follow' button, a 'read original' link, a reward button with a count, a 'like / share / in view' bar; a section-styled body; a quoted line from the text glued to a body paragraph's end as a share card",
        p_html='<section><p style="font-size:16px;line-height:1.75em;">{}</p></section>',
        page="""
<html><head><meta charset="utf-8"><title>微党课：做新时代的“老黄牛”</title></head><body>
<div class="acct">⟦m 槐川组工⟧ <a>⟦a ＋关注⟧</a></div>
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 槐川县委组织部　2025-07-01 07:05⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="reward">⟦a 赞赏作者⟧ ⟦l 36人喜欢⟧</div>
<div class="bar">⟦a 阅读原文⟧ ⟦l 阅读 5,812⟧ ⟦a 分享⟧ ⟦a 推荐⟧ ⟦a 在看⟧</div>
<div class="mirror">⟦d 本页由公号文摘自动抓取，仅作存档，如需删除请联系原作者。⟧</div>
</body></html>
""",
        body="""
同志们：
今天我和大家分享的题目是“做新时代的‘老黄牛’”。
“老黄牛”吃的是草，挤的是奶，任劳任怨、默默耕耘。在我们槐川，就有这样一位“老黄牛”式的干部。
他叫石守田，在樟树坪村当了二十三年村支书。为了修通进村的公路，他带着党员群众硬是在石山上凿出了一条六公里长的路；为了发展产业，他自掏腰包外出考察，把黄桃种植引进了村里。⟦l 分享卡片：点击生成海报⟧
如今，樟树坪村黄桃种植面积达到两千亩，村民人均收入翻了一番，而他自己的家，还是二十多年前盖的那栋砖瓦房。
同志们，“老黄牛”精神就是为民服务孺子牛、创新发展拓荒牛、艰苦奋斗老黄牛的精神。希望大家以石守田同志为榜样，把群众的事当作自己的事，踏踏实实为群众办实事、解难题。
""",
    ),
    dict(
        slug="newsapp-share-page-open-in-app",
        site="掌上鹤汀新闻客户端分享页 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://share.zsheting.example.cn/news/detail?id=7710293&from=wx",
        title="鹤汀市首条跨江隧道全线贯通",
        record_title=None,
        date="2025-08-19",
        notes="no record title; a news app's share page: 'open in app' banners at the top and bottom, the title on a line over a 本报讯 lead, a 'hot comments' box, a download-app button glued between two paragraphs, a photo credit line",
        page="""
!a 打开掌上鹤汀，看更多本地新闻　打开
!m 掌上鹤汀　|　鹤汀日报社主办
{T}
!m 记者　陶一鸣　通讯员　宋佳　2025-08-19 18:46
{BODY}
!m 图片由市城投集团提供
!l 热门评论（28）
!l 江北老街坊：终于不用绕大桥了！
!a 下载掌上鹤汀APP，参与讨论
""",
        body="""
本报讯　8月19日上午，随着最后一环管片顺利拼装完成，鹤汀市首条跨江隧道——沄江隧道实现全线贯通，标志着工程建设进入机电安装和装饰施工阶段。
沄江隧道全长4.2公里，其中盾构段长2.9公里，双向六车道，设计时速60公里，是目前全省直径最大的越江盾构隧道。
⟦a 打开APP看高清大图⟧
项目负责人介绍，隧道穿越地层复杂，建设团队攻克了高水压、强透水地层掘进等多项技术难题。
隧道建成后，从江北新区到市中心的车程将由四十分钟缩短至十分钟左右，有效缓解过江交通压力。预计明年上半年建成通车。
""",
    ),
    dict(
        slug="amp-page-county-news-html",
        site="蓼河新闻网 AMP (invented)",
        style="新闻门户",
        genre="会议新闻",
        kind="news",
        form="html",
        source="https://www.liaohenews.example.com/amp/2025/0312/44210.html",
        title="蓼河县召开2025年优化营商环境大会",
        date="2025-03-12",
        notes="HTML AMP page: amp-sidebar menu, a 'view non-AMP version' link, amp-ad labels between paragraphs, an amp-social-share row; the news names the meeting's own 时间 and the county's service hotline 12345 (stay)",
        page="""
<!doctype html><html amp lang="zh"><head><meta charset="utf-8"><title>蓼河县召开2025年优化营商环境大会 - 蓼河新闻网</title><style amp-custom>body{font-size:16px}</style></head><body>
<amp-sidebar id="menu"><ul><li>⟦m 首页⟧</li><li>⟦m 时政⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li></ul></amp-sidebar>
<header>⟦m 蓼河新闻网⟧ <a>⟦a ☰ 菜单⟧</a></header>
<article>
<h1>{T}</h1>
<p class="byline">⟦m 2025-03-12　蓼河新闻网　全媒体记者 钟晓⟧</p>
{BODY}
</article>
<p><a>⟦a 查看完整版页面⟧</a></p>
<amp-social-share>⟦l 分享到 微信 朋友圈 微博⟧</amp-social-share>
<footer>⟦d 蓼河新闻网版权所有，未经书面授权禁止使用⟧</footer>
</body></html>
""",
        body="""
3月12日，蓼河县召开2025年优化营商环境大会，总结去年工作，表彰优化营商环境先进单位和个人，部署今年重点任务。县委书记褚天明出席并讲话。
会议指出，去年全县新增市场主体4300户，企业开办实现“一日办结”，“蓼商通”平台累计为企业解决诉求两千余件。
⟦a 广告⟧
会议强调，要持续深化“放管服”改革，全面推行“一件事一次办”，让企业和群众办事更便捷。企业和群众在办事过程中遇到问题，可拨打12345政务服务便民热线反映。
会议宣布，每年3月12日设为蓼河县“企业家日”，县四大家领导将在当天走访联系企业。
""",
    ),
    dict(
        slug="news-portal-xiuchuan-html-photo-gallery",
        site="岫川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xiuchuannews.example.com/shizheng/2025-11/03/content_118820.htm",
        title="岫川启动冬季供暖试运行",
        record_date="2025-11-03",
        date="2025-11-03",
        notes="HTML city news portal: photo gallery counter and captions, a 'correction' link, an editor line glued after the last sentence, a 24-hour rank list; the heating company's own service hotline stays",
        page="""
<html><head><meta charset="utf-8"><title>岫川启动冬季供暖试运行_时政_岫川新闻网</title></head><body>
<div class="top">⟦m 岫川新闻网　岫川市唯一重点新闻网站⟧</div>
<div class="crumbs">⟦m 岫川新闻网 ＞ 时政 ＞ 正文⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 2025-11-03 07:58:21　来源：岫川日报⟧ <a>⟦a 我要纠错⟧</a></div>
<div class="gallery">⟦l 1/4⟧ ⟦l 上一张　下一张⟧</div>
<div class="text">
{BODY}
</div>
<div class="rank"><h4>⟦l 24小时排行⟧</h4><ol><li>⟦l 岫川地铁2号线试运行⟧</li><li>⟦l 市区新增三处公园绿地⟧</li></ol></div>
<div class="foot">⟦m 岫川新闻网 www.xiuchuannews.example.com⟧ ⟦m 互联网新闻信息服务许可证：45120180008⟧</div>
</body></html>
""",
        body="""
11月2日起，岫川市城区集中供热系统启动冷态试运行，较往年提前了三天，11月5日将正式转入热态运行。
据市热力公司介绍，今年供热面积新增160万平方米，总面积达到4210万平方米，新接入小区38个。
为确保供暖期间安全稳定，热力公司已完成管网检修改造56公里，更换老旧阀门1200余个。
试运行期间，居民家中如发现跑水、漏水等情况，请及时关闭阀门，并拨打热力公司24小时服务热线0746-3190000报修。⟦m （编辑：包雅雯）⟧
""",
    ),
    dict(
        slug="fanwen-app-share-summary-bottom-sheet",
        site="笔杆子范文APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.biganzi.example.com/share/article/338810?uid=772&channel=wechat",
        title="2025年第三季度信访工作总结",
        record_title="2025年第三季度信访工作总结（优质范文）",
        date=None,
        notes="a 范文 app's share page: decorated record title （优质范文）; an app banner, an 'AI rewrite' button, a sheet of VIP unlock prompts and a coin price at the bottom, a 'tap to expand' glued mid-paragraph after 。; no date",
        page="""
!a 笔杆子APP　专业公文写作助手　｜　立即打开
!t 2025年第三季度信访工作总结
!m 笔杆子范文　｜　3.1万阅读　｜　收录于：信访维稳
!a ✦ AI一键改写　　✦ 导出Word
{BODY}
!a 解锁全文需 20 笔币，开通VIP畅读全部范文
!l 猜你想写：信访工作表态发言　|　信访维稳工作汇报
""",
        body="""
今年第三季度，我镇信访工作在县委、县政府和县信访局的指导下，坚持以人民为中心，扎实做好信访问题源头治理，全镇信访形势总体平稳。
一、基本情况
第三季度共受理群众来信来访46件，其中来访31件、来信9件、网上信访6件，同比下降18%，按期办结率100%。⟦a 点击展开剩余68%⟧从反映问题看，主要集中在土地征收、拖欠工资和邻里纠纷等方面。
二、主要做法
一是落实领导接访制度，镇党政领导每周轮流坐班接访；二是开展信访积案化解攻坚，化解三年以上积案4件；三是加强矛盾纠纷排查，做到早发现、早处置。
三、下步打算
继续深化信访工作法治化建设，引导群众依法理性表达诉求，确保全年不发生越级上访和群体性事件。
""",
    ),
    dict(
        slug="news-portal-text-publish-line-cn-numerals",
        site="棠阴在线 (invented)",
        style="新闻门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tangyinzx.example.com/html/gonggao/2025/0108/20218.html",
        title="关于2025年元旦春节期间禁止燃放烟花爆竹的通告",
        record_title="关于2025年元旦春节期间禁止燃放烟花爆竹的通告【全文】",
        date="2024-12-27",
        date_also=["2025-01-08"],
        notes="a county news portal reposting a notice: decorated record title 【全文】; a 发布时间 line above and the 成文日期 in Chinese numerals under the signature; a 'share to' bar between two paragraphs; the notice quotes example dates (农历) that are not its date",
        page="""
!m 棠阴在线 —— 棠阴人自己的网站
!m 首页 → 公告栏 → 正文
{T}
!m 发布时间：2025-01-08 14:02:11　　信息来源：县公安局　　点击：3391
{BODY}
!a 【发表评论】【告诉好友】【打印此文】
!l 相关信息：县城区烟花爆竹定点销售网点公示
""",
        body="""
为预防和减少火灾事故，保障人民群众生命财产安全，根据《烟花爆竹安全管理条例》等有关规定，现就2025年元旦春节期间禁止燃放烟花爆竹有关事项通告如下。
一、禁放时间：2024年12月31日至2025年2月12日（农历正月十五）。
二、禁放区域：县城规划区范围内，以及全县各乡镇集镇建成区、景区、林区周边500米范围内。
⟦l 分享到：微信　QQ　微博⟧
三、对违反本通告燃放烟花爆竹的，由公安机关依法予以处罚；构成犯罪的，依法追究刑事责任。
四、欢迎广大群众积极举报违规燃放行为，举报电话：110或0745-7210110。
棠阴县公安局
二〇二四年十二月二十七日
""",
    ),
    dict(
        slug="rongmei-wufeng-news-video-transcript",
        site="五峰融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.wufengrm.example.cn/video/2025/1012/8821.shtml",
        title="五峰县秋季学期“营养餐”惠及一万二千名学生",
        record_title="【视频】五峰县秋季学期“营养餐”惠及一万二千名学生",
        date="2025-10-12",
        notes="a county media-centre video page: decorated record title 【视频】; a video player's labels (播放, 00:00 / 02:36, 倍速), the anchor and cameraman credit lines, an 'upload your clue' prompt; body is the transcript",
        page="""
!m 五峰融媒　｜　五峰新闻
!a ▶ 播放　00:00 / 02:36　倍速　全屏
!t 【视频】五峰县秋季学期“营养餐”惠及一万二千名学生
!m 2025-10-12 19:30　五峰融媒体中心
{BODY}
!m 记者：桂昊　摄像：田宇航　剪辑：何遥
!w 有新闻线索？拨打报料热线0717-5891234，或发送至报料邮箱
!l 更多视频：五峰茶叶丰收季　|　老街改造见闻
""",
        body="""
中午11点半，五峰县第二中学的食堂里，学生们排着队领取午餐。今天的菜单是红烧鸡块、清炒白菜和紫菜蛋汤，荤素搭配、热气腾腾。
今年秋季学期，五峰县继续实施农村义务教育学生营养改善计划，全县四十二所学校的一万二千名学生吃上了营养午餐，每生每天补助标准提高到5元。
县教育局负责人介绍，为保障食品安全，全县学校食堂全部实现“明厨亮灶”，家长可以通过手机实时查看后厨操作情况。
同时，县里还建立了陪餐制度，学校负责人每天和学生一起就餐，收集学生对饭菜的意见和建议。
""",
    ),
]
