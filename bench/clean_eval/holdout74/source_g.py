"""holdout74, part G: more of the same six kinds of organisation (frisbee, chrysanthemum, model railway,
chess-and-card rooms, zongzi, parrots) on further sites. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="news-qingpu-chrysanthemum-harvest-html",
        site="磴城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dengchengnews.example.cn/xw/bd/202411/t20241106_66120.html",
        title="磴城十万亩菊花进入采收期",
        record_title="磴城十万亩菊花进入采收期--磴城新闻网",
        date="2024-11-06",
        notes="news portal: repeated title glued to the lead, an enlarge-photo prompt, 责任编辑 on its own line inside the body, hot list; byline date",
        page="""
<html><head><meta charset="utf-8"><title>磴城十万亩菊花进入采收期--磴城新闻网</title></head>
<body>
<div class="top">⟦m 磴城新闻网 www.dengchengnews.cn⟧ ⟦a 数字报⟧ ⟦a 客户端下载⟧</div>
<div class="nav">⟦m 首页 / 时政 / 本地 / 三农 / 文旅 / 评论⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 2024-11-06 08:47:21　来源：磴城日报　作者：谢婷 周凯⟧</div>
{BODY}
<div class="hot">⟦l 点击排行⟧ ⟦l 1 磴城高铁站改造方案公示⟧ ⟦l 2 今冬首场寒潮来袭⟧</div>
<div class="ft">⟦d 磴城新闻网版权所有，未经书面授权禁止使用⟧ ⟦m 互联网新闻信息服务许可证：45120200011⟧</div>
</body></html>
""",
        body="""
⟦t 磴城十万亩菊花进入采收期⟧立冬前后，磴城县十万亩药用菊花进入集中采收期，田间地头一片繁忙。
⟦a 点击图片查看大图⟧
在砣湖镇菊花种植基地，三百多名村民正在抢收。基地负责人说，今年亩产干花约一百五十公斤，收购价比去年略高。
⟦m 责任编辑：蒋欣悦⟧
县农业农村局介绍，全县已建成菊花烘干线四十二条，产品远销多个省份。
""",
    ),
    dict(
        slug="gov-tuohu-zongzi-food-safety-old-table-html",
        site="砣湖镇人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tuohu.example.gov.cn/Article/ShowArticle.asp?ArticleID=1572",
        title="砣湖镇关于做好端午节期间食品安全工作的通知",
        record_title=None,
        date="2024-05-28",
        notes="old ASP table layout: 【字体：大 中 小】 row, 【加入收藏】【打印】 row, visitor counter, marquee; document number neutral; Chinese-numeral 成文日期",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>砣湖镇人民政府</title></head>
<body>
<table width="900"><tr><td>⟦m 砣湖镇人民政府欢迎您！⟧</td></tr>
<tr><td><marquee scrollamount="3">⟦m 砣湖镇：打造生态宜居特色小镇⟧</marquee></td></tr>
<tr><td>⟦m 网站首页 | 政务动态 | 通知公告 | 招商引资 | 联系我们⟧</td></tr></table>
<table width="900"><tr><td>
<p align="center"><font size="4">{T}</font></p>
<p align="center">砣政办〔2024〕19号</p>
<p align="center">⟦a 【字体：大 中 小】⟧ ⟦m 作者：党政办　来源：本站　点击数：209⟧</p>
{BODY}
<p align="right">⟦a 【加入收藏】【打印此文】【关闭窗口】⟧</p>
</td></tr></table>
<table width="900"><tr><td>⟦m 访问人数：00187302　Copyright 2008-2024 砣湖镇人民政府⟧</td></tr></table>
</body></html>
""",
        body="""
各村（居）委会、镇直各单位：
端午节将至，粽子等节令食品生产销售进入旺季。为保障群众饮食安全，现将有关事项通知如下：
一、镇市场监管所要对辖区粽子加工小作坊开展一次全面检查，重点查看原料来源和生产环境。
二、各村要加强对农村集体聚餐的指导，落实申报备案制度。
砣湖镇人民政府办公室
二〇二四年五月二十八日
""",
    ),
    dict(
        slug="forum-mofan-model-railway-meetup-html",
        site="模范铁道论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mofanrail.example.net/forum/viewtopic.php?t=20477",
        title="秋季联合运转会报名通知",
        record_title="【置顶】秋季联合运转会报名通知",
        date="2024-09-10",
        notes="Discuz-like forum with jammer fonts glued after sentences; sticky tag; signature with a relative time; organiser's e-mail kept",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>【置顶】秋季联合运转会报名通知 - 模范铁道论坛</title></head>
<body>
<div class="hd">⟦m 模范铁道论坛 · 中文铁道模型爱好者社区⟧</div>
<div class="crumb">⟦m 论坛首页 » 活动召集 » 线下聚会⟧</div>
<div class="post"><div class="author">⟦m 版主 老蒸汽 ｜ 发表于 2024-09-10 22:05⟧</div>
<h2>{T}</h2>
{BODY}
<div class="sig">⟦l 签名：玩模型，图个开心 —— 最后编辑于 3 天前⟧</div>
</div>
<div class="rep">⟦l 快速回复 ｜ 高级回复 ｜ 返回列表⟧</div>
</body></html>
""",
        body="""
各位坛友：
秋季联合运转会定于10月19日在砀原铁路文化宫举行，欢迎带上自己的模块布景参加。
每位参加者最多带两组模块，模块接口请遵守协会规范。报名请发邮件至 yunzhuan2024@mofanrail.net，注明模块尺寸。
现场提供电源和展台，请自带连接线。
""",
    ),
    dict(
        slug="wenku-jingye-card-room-fire-drill-plan",
        site="晶页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.jingyewk.example.com/doc/31004871.html",
        title="棋牌室消防应急疏散演练方案",
        record_title="棋牌室消防应急疏散演练方案(精选)",
        date=None,
        notes="paid preview: 第n/3页 style markers replaced by ⌈n⌉ glued to continuation lines; a writing prompt glued after a sentence; no date",
        page="""
!m 晶页文库　·　安全管理　·　应急预案
!t 棋牌室消防应急疏散演练方案(精选)
!m 3页　　1.1千次阅读　　上传于 2024-08-07
{BODY}
!a 点击展开全文 ∨
!a 文档价格：3元　立即购买
!d 本文档为用户上传，晶页文库仅提供信息存储空间服务。
""",
        pages=dict(fmt="⌈{n}⌉", every=80, start=2, glue=True),
        body="""
一、演练目的：检验棋牌室员工火灾初期处置和引导顾客疏散的能力。
二、演练时间：每季度组织一次，时长约三十分钟，选在客流较少的上午进行。⟦w 需要定制应急预案？联系文案师Q：2219870⟧
三、演练程序：发现火情→报警→使用灭火器初期扑救→引导顾客从最近的安全出口撤离→清点人数。
四、演练总结：演练结束后由店长组织讲评，记录存在的问题并限期整改。
""",
    ),
    dict(
        slug="blog-yingwu-parrot-handrearing-diary",
        site="阿鹦的养鸟日志 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://ayingdiary.example.com/2024/04/handrearing.html",
        title="第一次手养玄凤鹦鹉雏鸟的记录",
        record_title="第一次手养玄凤鹦鹉雏鸟的记录 – 阿鹦的养鸟日志",
        date="2024-04-21",
        notes="personal blog: 发表于 line (page's date), tags, comments with relative times; hard-wrapped at 56 columns",
        page="""
!m 阿鹦的养鸟日志　｜　关于我　｜　归档　｜　RSS
!t 第一次手养玄凤鹦鹉雏鸟的记录 – 阿鹦的养鸟日志
!m 发表于 2024年4月21日　分类：养鸟笔记
{BODY}
!l 标签：玄凤 手养 雏鸟
!l 12 条评论　｜　小羽毛 5天前：求奶粉牌子！
!d 本站文字采用署名-非商业使用协议
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
小家伙是从有繁育许可证的鸟场接回来的，接回来时刚满二十天，羽管还没完全打开。
喂食用的是专用的鹦鹉奶粉，水温控制在四十度左右，每天喂五次，每次喂到嗉囊微鼓就停。
第四周开始在笼里放小米穗，让它自己学着啄，现在已经能自己吃饭了。
""",
    ),
    dict(
        slug="wechat-feipan-womens-team-speech",
        site="砚川飞盘 公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wxmirror.example.org/yanchuanfeipan/2024/12/28/1",
        title="在砚川县飞盘运动年度总结会上的发言",
        record_title="在砚川县飞盘运动年度总结会上的发言",
        date="2024-12-28",
        date_also=["2024-12-29"],
        notes="WeChat mirror text: account line, an audio-play prompt, 预览时标签不可点 line, 在看 row; speaker line and date under the title; title repeated",
        page="""
!m 砚川飞盘
!a 预览时标签不可点
{T}
!m 原创　砚川飞盘　2024年12月29日 20:00
县飞盘运动协会女子队队长　吕思源
（2024年12月28日）
{BODY}
!a 微信扫一扫 关注该公众号
!l 喜欢此内容的人还喜欢：飞盘女子队冬训日记
!a 分享　收藏　在看
""",
        body="""
各位盘友：
这一年，女子队从最初的七个人发展到二十三个人，第一次走出县城参加了省里的邀请赛。
我们最大的收获，不是奖牌，而是一群原本不爱运动的姑娘，爱上了在草地上奔跑的感觉。
明年，我们希望县里能再开放一块夜间照明的场地，让下班的姑娘们也能来训练。谢谢大家！
""",
    ),
    dict(
        slug="qa-zongzi-leaf-reuse-question",
        site="百晓问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baixiao.example.com/question/30177264",
        title="煮过的粽叶还能再用吗？",
        record_title="煮过的粽叶还能再用吗？ - 百晓问答",
        date=None,
        notes="Q&A with an answer card and vote bar; the answer speaks of 关注/分享 in content; 昨天 is no date",
        page="""
!m 百晓问答　>　生活　>　美食
{T}
!m 提问于 昨天 18:20　　浏览 1207 次
!m 高赞回答　｜　食品工程师 阿诺
{BODY}
!l 赞同 216　　反对　　分享　　举报
!l 写回答　　邀请回答
""",
        body="""
不建议重复使用。煮过的粽叶组织已经破坏，放置后容易滋生霉菌。
有些摊点把旧粽叶泡药水后翻新出售，看起来颜色鲜绿，其实存在安全隐患。
买粽叶要看颜色是否自然、有无刺激性气味。平时多关注市场监管部门发布的消费提示，也可以把这些常识分享给家里老人。
""",
    ),
    dict(
        slug="oa-huanyu-parrot-zoo-staff-notice",
        site="环宇动物园 内网门户 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://intra.huanyuzoo.example.com/notice/2024-031.html",
        title="关于鹦鹉馆暂停公众投喂互动的通知",
        record_title="关于鹦鹉馆暂停公众投喂互动的通知",
        date="2024-08-02",
        notes="intranet text page: login status, 签收 button, 流转 line; a sentence about 打印 as content kept; chrome glued before a sentence",
        page="""
!m 环宇动物园内网门户　　欢迎您，饲养部 邢越
!m 通知公告 ＞ 正文
{T}
!m 发文部门：动物管理部　　发文时间：2024-08-02 15:20　　已签收 41/45
!a 【签收】【转发】【打印】
{BODY}
!m 流转：动物管理部 → 饲养部、游客服务部、安保部
!d 内部文件，请勿外传
""",
        body="""
各部门：
近期鹦鹉馆部分鹦鹉出现食欲下降，经兽医检查与游客投喂不当食物有关。自8月3日起，鹦鹉馆暂停公众投喂互动项目，恢复时间另行通知。
⟦l 【相关】鹦鹉馆夏季防暑措施⟧游客服务部请将暂停公告打印后张贴于鹦鹉馆入口和售票处。
动物管理部
2024年8月2日
""",
    ),
    dict(
        slug="fanwen-zhishu-frisbee-school-club-summary",
        site="知书范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.zhishufw.example.com/zongjie/xuexiao/44821.html",
        title="学校飞盘社团活动总结",
        record_title="学校飞盘社团活动总结（通用5篇）_知书范文网",
        date=None,
        notes="范文 site: site slogan, copy-lock prompt between paragraphs, a year-only title; writer prompt glued after the last sentence; no date",
        page="""
!m 知书范文网 · 一站式写作素材
!m 当前位置：首页 » 总结 » 学校工作总结
!t 学校飞盘社团活动总结（通用5篇）_知书范文网
!m 时间：2023-06-30 作者：知书 热度：844
!l 篇一：学校飞盘社团活动总结
{BODY}
!l 篇二：学校飞盘社团活动总结（请登录查看）
!d 本站内容来源于网络，仅供参考学习。
""",
        body="""
本学期飞盘社团共有社员三十六名，每周二、周四下午开展活动。
社团从传盘、接盘等基本功练起，逐步过渡到小场地对抗。期末举办了社团内部联赛，分成四支队伍进行了六场比赛。
⟦a 本站内容已开启复制保护，登录后可复制⟧
下学期，社团计划与兄弟学校开展交流赛，让更多同学感受飞盘运动的乐趣。⟦w 原创代写，首单8折，加微信 zhishu_xz⟧
""",
    ),
    dict(
        slug="docshare-ziyuan-chrysanthemum-tea-standard",
        site="资源共享网 (invented)",
        style="文档分享",
        genre="技术规程",
        kind="other",
        form="text",
        source="https://www.ziyuangongxiang.example.net/file/73310.html",
        title="砣湖贡菊茶加工技术规范",
        record_title="砣湖贡菊茶加工技术规范.pdf",
        date=None,
        notes="sharing page: file-name record title, uploader/downloads line; a clause speaks of a traceability code to 扫码 as content; decimal headings; no date",
        page="""
!m 资源共享网　免费资料下载
!m 文件：砣湖贡菊茶加工技术规范.pdf　　上传：菊乡人　　下载：62次
!a 点此下载　|　在线预览　|　收藏
{BODY}
!d 声明：资料由网友上传分享，如有侵权，请联系站长删除。
!l 同类资料：杭白菊种植技术要点 ｜ 菊花烘干机操作规程
""",
        body="""
1 采收
1.1 花朵开放七成至八成时采收，雨天和露水未干时不采。
2 杀青与烘干
2.1 鲜花采后四小时内进行蒸汽杀青，时间约三十秒。
2.2 烘干温度先高后低，成品含水量不高于百分之十三。
3 包装
3.1 产品包装上须印有追溯二维码，消费者扫码可查询产地和批次信息。
""",
    ),
]
