"""holdout38, part G: a bonsai grower's post with forum junk, a returnee's orchard blog, a
lifeguard team's account, a bakery chain's summary shared as a file, a choir's mailed bulletin,
a seed station's print view. All invented."""

CASES = [
    dict(
        slug="forum-penjing-post-junk-lines",
        site="青枫园艺论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.qingfeng-garden.example.net/t/90211.html",
        title="养盆景十五年的几点体会",
        record_title="【原创】养盆景十五年的几点体会（多图）",
        date=None,
        notes="hobby forum; decorated title; junk lines and glued; 'last edited 4天前' (relative: no date); floor replies and a signature as chrome",
        junk=dict(lines=2, glued=2),
        page="""
!m 青枫园艺论坛 → 盆景赏石 → 浏览帖子
{T}
!m 作者：松下听涛　　发表：4天前　　楼主
{BODY}
!l -------------------- 签名档：一盆一景一世界 --------------------
!l 2# 绿萝姐姐：学习了，收藏慢慢看。
!a 【回复本帖】【推荐给好友】
""",
        body="""
从第一盆小榆树桩开始，我养盆景已经十五年了，说几点体会。
一是选桩要耐心，不要贪大，先养活再造型。
二是浇水要看盆土，宁干勿湿，夏天早晚各浇一次，冬天十天半月浇一次。
三是修剪要舍得，该剪的枝条一定要剪，才能突出主干的姿态。
盆景急不得，一棵好桩往往要养十年以上才能成型。
""",
    ),
    dict(
        slug="blog-guoyuan-orchard-diary-publish-line",
        site="山坡果园手记 (invented personal blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://guoyuan-shouji.example.blog/2025/12/annual.html",
        title="家庭果园2025年种植总结",
        date="2025-12-28",
        notes="personal blog; 发表于 byline as the page's date; a reward prompt and tag line; the text speaks of 下载 a weather app and 分享 with neighbours (content)",
        page="""
!m 山坡果园手记　～　一个返乡青年的种果日常
{T}
!m 发表于 2025-12-28　|　分类：果园日志　|　评论(3)
{BODY}
!l 标签：柑橘　果园管理　年度总结
!a 喜欢这篇文章？请作者喝杯茶 ☕
!l « 上一篇：冬季清园怎么做　　下一篇：暂无 »
""",
        body="""
这是我回乡种果的第三年。今年果园二十亩沃柑共收获鲜果三万八千斤，比去年增加四成。
今年最大的收获是学会了看天管园。我在手机上下载了气象软件，遇到寒潮提前覆膜，果子没有受冻。
销售方面，通过直播卖出一万两千斤，剩下的由收购商上门收走。
我把今年的施肥记录整理成表格，分享给了村里几户刚开始种果的邻居。
明年计划再改造五亩低产园，试种几个早熟品种。
""",
    ),
    dict(
        slug="wechat-jiusheng-lifeguard-notice-mirror",
        site="公众号存档站 (invented mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx-archive.example.org/post/20250601/qs_lifeguard",
        title="关于招募暑期水域安全志愿救生员的通知",
        record_title="关于招募暑期水域安全志愿救生员的通知｜萁水应急",
        date="2025-06-01",
        notes="WeChat mirror text; decorated title (account suffix); account line with date; '阅读原文', 在看 and follow prompts; the document's own 报名邮箱 and 扫码报名 sentence kept",
        page="""
!m 萁水应急　2025年06月01日 17:45　发表于江西
{T}
!a ▲ 点击上方“萁水应急”，设为星标
{BODY}
!l 阅读原文　　分享　　收藏　　点赞　　在看
!m 微信扫一扫　关注该公众号
""",
        body="""
为加强暑期水域安全防护，预防溺水事故发生，县应急管理局面向社会招募暑期志愿救生员四十名。
一、招募条件：年满十八周岁，身体健康，持有救生员资格证或者具有较强的游泳能力。
二、服务时间：7月1日至8月31日，每周服务不少于两天。
三、报名方式：扫描海报二维码填写报名表，或将报名表发送至邮箱 qsyjj_zyz@example.gov.cn。
萁水县应急管理局
2025年6月1日
""",
    ),
    dict(
        slug="docshare-hongbei-summary-dash-markers",
        site="文档星球 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.docxingqiu.example.com/doc/5521870.html",
        title="麦香烘焙连锁门店2025年上半年食品安全工作总结",
        record_title="麦香烘焙连锁门店2025年上半年食品安全工作总结.wps",
        date="2025-07-05",
        notes="file-name title (.wps); page markers «n/3» cutting sentences, not glued; points prompt and upload notice",
        pages=dict(fmt="«{n}/3»", every=120, start=2),
        page="""
!m 文档星球　>　企业管理　>　食品安全
!m 上传：星球用户_7731　　大小：29KB　　2025-07-11 上传
{T}
{BODY}
!a 下载本文档需要 8 星币　　　[ 立即下载 ]
!d 文档星球为用户提供文档存储和分享服务，文档版权归上传者所有。
""",
        body="""
上半年，公司十二家门店严格落实食品安全主体责任，未发生食品安全事故，市场监管部门抽检合格率百分之百。
一、原料管理。建立供应商准入制度，面粉、奶油、鸡蛋等主要原料全部索证索票，临期原料一律下架。
二、过程控制。裱花间实行独立空调和紫外线消毒，员工进入须二次更衣，每日记录温湿度。
三、下半年重点抓好夏季防霉变和冷链配送管理。
麦香烘焙连锁有限公司
2025年7月5日
""",
    ),
    dict(
        slug="mail-hechang-bulletin-headers",
        site="信笺邮箱 (invented webmail)",
        style="邮件转发",
        genre="简报",
        kind="other",
        form="text",
        source="mail://mail.example.net/forward/20251018",
        title="茆塘县老年合唱团工作简报（第5期）",
        record_title="转发：茆塘县老年合唱团工作简报（第5期）",
        date="2025-10-16",
        date_also=["2025-10-18"],
        notes="mailed bulletin forwarded; mail headers as meta; the bulletin's own 报送/抄送 line kept; bulletin date expected, send date also",
        page="""
!m 发件人：茆塘县老干部活动中心 <lgb_mt@example.gov.cn>
!m 时间：2025年10月18日（星期六）晚上8:02
!m 收件人：全体团员
!m 主　题：转发：茆塘县老年合唱团工作简报（第5期）
!m ----- 原始邮件 -----
{T}
茆塘县老年合唱团　编　　2025年10月16日
{BODY}
!a 此邮件来自手机客户端
""",
        body="""
10月15日，县老年合唱团在县文化中心举办“金秋放歌”专场音乐会，演唱《我和我的祖国》《在希望的田野上》等十四首歌曲，观众六百余人。
本次音乐会由团长柴淑华担任指挥，三位团员进行了独唱表演。
下一步，合唱团将赴各乡镇敬老院开展慰问演出。
报送：县委老干部局。
抄送：县文化馆。
""",
    ),
    dict(
        slug="print-zhongzi-notice-stamp",
        site="荀溪县种子管理站 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zzz.xunxi.example.gov.cn/print.jsp?id=3302",
        title="关于开展春季种子市场检查的通知",
        record_title="荀溪县种子管理站 - 关于开展春季种子市场检查的通知",
        date="2025-02-20",
        notes="print view; decorated title (site prefix); print stamp and page footer (no dates); the station's own 举报电话 kept; Arabic 成文日期",
        page="""
!m 荀溪县种子管理站　　　　　　　　　　　　打印日期：2025-03-01
{T}
{BODY}
!m http://zzz.xunxi.example.gov.cn/tzgg/3302.html
!p 1 / 1
""",
        body="""
各乡镇农业综合服务中心：
为保障春耕生产用种安全，县种子管理站决定于2月24日至3月15日开展春季种子市场检查。
一、检查重点：种子经营备案、标签标注、购销台账和种子质量。
二、对检查中发现的假劣种子，依法予以查处。
三、群众发现假劣种子，可拨打举报电话0743-6612315。
荀溪县种子管理站
2025年2月20日
""",
    ),
]
