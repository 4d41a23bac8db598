"""holdout349, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Written by hand for this part (see ../README.md and ../build.py for the markup); all names invented.
"""

CASES = [
    dict(
        slug="blog-yejing-essay-warming-patch-bracket-time",
        site="野径手记 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://yejing.blog/archives/412/",
        title="野外冬训，暖宫贴成了女队员的“标配”",
        record_title="野外冬训，暖宫贴成了女队员的“标配” ∷ 野径手记 · 一个地质队员的笔记本",
        date="2024-01-09",
        notes="Typecho-like blog: a bracketed post time taken as the page's date, tag cloud, archive, calendar, comment "
        "form; a 'read aloud' button glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>野外冬训，暖宫贴成了女队员的“标配” ∷ 野径手记 · 一个地质队员的笔记本</title>
<link rel="stylesheet" href="/usr/themes/shanye/style.css">
<script src="/usr/themes/shanye/js/prism.js"></script>
</head>
<body>
<header id="header">
<p class="site-name"><a href="/">⟦m 野径手记⟧</a></p>
<p class="site-desc">⟦m 背着罗盘和锤子，走过的山都记在这里⟧</p>
<nav>⟦m 首页　野外日志　岩石图鉴　关于我⟧</nav>
</header>
<main id="main">
<article class="post">
<h2 class="post-title">{T}</h2>
<p class="post-meta">⟦m [2024-01-09 21:37]　分类：野外日志　阅读 1,204⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：野外作业 女队员 冬训 暖宫贴⟧</p>
<p class="post-near">⟦l « 上一篇：在羱山北坡看到的枕状熔岩⟧　⟦l 下一篇：野外急救包里到底该装什么 »⟧</p>
</article>
<section id="comments">
<h3>⟦l 已有 17 条评论⟧</h3>
<p>⟦l 采样的小吴：看到第二段笑出声，去年我们队也一样⟧</p>
<form>⟦a 昵称（必填）　邮箱（必填）　网址　提交评论⟧</form>
</section>
</main>
<aside id="secondary">
<h3>⟦l 标签云⟧</h3>
<p>⟦l 罗盘 岩芯 野外 急救 冬训 地质锤⟧</p>
<h3>⟦l 文章归档⟧</h3>
<ul><li>⟦l 2024年1月 (3)⟧</li><li>⟦l 2023年12月 (5)⟧</li><li>⟦l 2023年11月 (4)⟧</li></ul>
<h3>⟦l 日历⟧</h3>
<table class="cal"><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table>
</aside>
<footer id="footer">⟦m © 2016-2024 野径手记　由 Typecho 强力驱动　蜀ICP备17029931号⟧</footer>
</body>
</html>
""",
        body="""
每年一月，队里都要拉到羱山北坡搞一周野外冬训。山上白天零下五六度，风一吹，站在露头前画素描图，手指头都伸不直。
今年出发前，队里的后勤大姐给我们六个女队员每人发了一盒暖宫贴。她说自己年轻时跑野外，冬天来例假只能硬扛，现在条件好了，能少受点罪就少受点罪。⟦a 点此收听本文朗读版⟧
说实话，一开始几个小姑娘还有点不好意思，觉得这东西拿不上台面。结果第一天爬到半山腰，大家就都悄悄贴上了。晚上回到营地，小何说那天是她第一次在野外没有肚子疼。
当然也有教训。第三天小周嫌冷，直接把暖宫贴贴在皮肤上，又连着贴了一整天，晚上一看，小肚子上红了一块，还起了个小水疱。队医说这是低温烫伤，叮嘱我们一定要隔着衣服贴，一片最多用七八个小时，睡觉前撕掉。
冬训结束那天，后勤大姐说，明年的采购单上还要加暖宫贴。男队员们在旁边起哄，说也想要几片贴膝盖。
""",
    ),
    dict(
        slug="blog-xingtan-thermo-strip-morning-wrapped-58",
        site="杏坛絮语 (invented, a head teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://xingtanxuyu.blog.cn/post/20241127_3315",
        title="给孩子们贴体温贴的那个早晨",
        record_title="给孩子们贴体温贴的那个早晨 ·杏坛絮语· 班主任的自留地",
        date=None,
        notes="blog text hard-wrapped at 58 columns; relative post time (3 天前) is no date; tags, comments and a "
        "reprint notice",
        page="""
!m 杏坛絮语 — 班主任的自留地
!m 博客首页 | 班级日志 | 读书札记 | 留言板
{T}
!m 发表于 3 天前　　分类：班级日志　　浏览(288)　评论(6)
{BODY}
!l 标签：流感季　体温贴　一年级
!l ‹ 较早的一篇：期中家长会，我想对家长说的几句话
!l 较新的一篇：雪天的作文课 ›
!l 评论（6）
!l 豆豆妈妈：谢谢老师，孩子回家说老师给他贴了个小贴纸。
!l 同年级的王老师：体温贴我们班也在用，确实只能参考。
!d 本博文字为原创，转载请先留言告知。
!m 杏坛絮语 © 2024　Powered by 博客通
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
流感季一到，班里的空座位一天比一天多。周一早上，校医室给每个班发了一盒体温贴，让我们给午睡的孩子额头上各贴一张。
我带的是一年级，孩子们第一次见这个东西，一个个兴奋得很，凑过来问这是不是贴纸奖励。我只好说，这是“小温度计”，贴上以后它会变颜色，告诉老师你是不是生病了。
中午巡查的时候，我发现靠窗的小杰额头上的贴子颜色比别人深。我没敢凭颜色下结论，按校医教的办法，把他叫醒带到走廊，用体温计量了腋温，三十七度八。我赶紧给他家长打了电话。
下午，校医又来提醒我们，体温贴只是帮我们留个心眼，出汗、靠窗晒太阳都会让颜色变深，最后还得靠体温计说了算。
放学时，小杰妈妈来接他，一个劲儿地说谢谢。其实要谢的是那张小小的体温贴，它让我在一屋子熟睡的孩子里，多看了一眼小杰。
""",
    ),
    dict(
        slug="wechat-haoluguan-ice-pillow-fever-h1-star-prompt",
        site="号录馆 (invented WeChat mirror) / 盩阳县妇幼保健院 account",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.haoluguan.com/a/zyfybjy/20240702/8812406.html",
        title="孩子发烧用冰枕，这四点要记牢",
        record_title=None,
        date="2024-07-02",
        notes="no title in the record: the mirror's <h1>; 原创 tag, a star prompt before the first words, the account line "
        "as the page's date, 在看/阅读原文/赞赏 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>号录馆 - 公众号文章存档</title>
<script src="https://www.haoluguan.com/static/mirror.js"></script>
</head>
<body>
<div class="hl-top">⟦m 号录馆⟧　⟦m 把好文章留下来⟧　<a href="/search">⟦a 搜公众号⟧</a></div>
<div class="hl-path">⟦m 号录馆 ＞ 医疗健康 ＞ 盩阳县妇幼保健院⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">
<span class="tag">⟦m 原创⟧</span>
<span>⟦m 盩阳县妇幼保健院⟧</span>
<span>⟦m 2024-07-02 17:30　发表于湖南⟧</span>
</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦l 阅读原文⟧　⟦l 在看 63⟧　⟦l 赞 210⟧</div>
<div class="reward">⟦a 喜欢作者，给TA一杯奶茶⟧</div>
<div class="qr">⟦a 长按识别二维码，预约儿科专家号⟧</div>
</div>
<div class="hl-note">⟦d 本页面由号录馆自动存档，版权归原公众号所有，如需删除请联系 del@haoluguan.com⟧</div>
<div class="hl-more"><h4>⟦l 该公众号近期文章⟧</h4>
<p>⟦l 入伏了，宝宝痱子怎么护理⟧</p>
<p>⟦l 儿童保健科暑期门诊时间调整⟧</p></div>
<div class="hl-foot">⟦m 号录馆 haoluguan.com　京ICP备23007719号⟧</div>
</body>
</html>
""",
        p_html='<p style="line-height:1.9;margin-bottom:14px;"><span style="font-size:16px;">{}</span></p>',
        body="""
⟦a 点上方蓝字“盩阳县妇幼保健院”，再设个星标，推送不迷路⟧入夏以来，儿科门诊每天都有不少发热的孩子。很多家长问：孩子发烧了，能不能用冰枕降温？今天儿科护士长就来说说冰枕的正确用法。
第一，冰枕只是辅助，不能代替退烧药。孩子体温超过38.5℃、精神差的，要按医生的指导用药；冰枕只能帮孩子头部舒服一些。
第二，冰枕要包一层毛巾。从冰箱拿出来的冰枕温度很低，直接枕在孩子头下，容易冻伤皮肤，也会让孩子不舒服。用一条干毛巾包好再用，每隔一到两个小时看看孩子的耳朵和后颈有没有发白、发紫。
第三，孩子手脚冰凉、发抖时别用。这时孩子体温还在往上升，再用冰枕会让孩子更难受，应当先给孩子保暖。
第四，冰枕有渗漏就扔掉。凝胶冰枕外袋破了，里面的凝胶可能沾到孩子嘴边，不要贪便宜继续用。
如果孩子持续高热不退，或者出现抽搐、嗜睡，请及时到医院就诊。
""",
    ),
    dict(
        slug="wechat-haowenhui-pledge-warming-patch-numbered",
        site="号文汇 (invented WeChat mirror) / 羱山女性 account",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://haowenhui.net/mp/yuanshannvxing/2023121001.html",
        title="关爱女性冬季健康　科学使用暖宫贴倡议书",
        record_title="关爱女性冬季健康　科学使用暖宫贴倡议书｜羱山女性（号文汇转存）",
        date="2023-12-08",
        date_also=["2023-12-10"],
        notes="a WeChat mirror as text: account line with the posting date (also accepted), the 成文日期 (Chinese numerals) under the "
        "signature expected; numbered list; a follow line glued after a sentence; like/share rows",
        page="""
!m 号文汇 · 公众号文章转存
!m 羱山女性
!m 羱山县妇女联合会　2023-12-10 09:15
!t 关爱女性冬季健康　科学使用暖宫贴倡议书
{BODY}
!l 喜欢此内容的人还喜欢
!l 蕳桥镇“巾帼家政”培训班开班啦
!l 冬季两癌筛查预约指南
!a 点赞　分享　推荐给朋友
!d 号文汇只做转存备份，文章著作权属原公众号，如有异议请来信处理。
!m haowenhui.net　蜀ICP备21009436号
""",
        indent="",
        body="""
全县广大妇女朋友们：
天气渐冷，暖宫贴成了不少女性冬季的常用品。可是每到这个时候，医院皮肤科和烧伤科都会接诊因暖宫贴引起低温烫伤的患者，有的伤口一两个月才长好。为此，县妇联向大家发出如下倡议：
1．隔衣使用。暖宫贴要贴在贴身衣物外面，不要直接贴在皮肤上。
2．控制时长。同一部位连续使用不要超过8小时，夜间睡觉前一定撕下。
3．关注特殊人群。老人、糖尿病患者、孕妇和皮肤感觉迟钝的姐妹要慎用，家人要多提醒、多照看。
4．选正规产品。到正规药店、商超购买，查看生产许可和使用说明，不买“三无”产品。
5．出现不适及时就医。皮肤发红、起疱不要自行挑破，及时到医院处理。⟦w 想了解更多女性健康知识，关注“羱山女性”，回复“冬季”领取手册⟧
让我们从身边小事做起，温暖过冬、健康过冬。
羱山县妇女联合会
二〇二三年十二月八日
""",
    ),
    dict(
        slug="docshare-wendangtao-contract-gauze-towel-template-doc",
        site="文档淘淘网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wendangtaotao.com/view/c8e41f07a2.html",
        title="纱布巾采购合同（范本）",
        record_title="纱布巾采购合同（范本）.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日, "
        "第N条 articles; file-info box, sign-in points lock, upload notice, service WeChat; no date",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>纱布巾采购合同（范本）.doc - 文档淘淘网</title>
<script>var DOC={id:"c8e41f07a2",ext:"doc"};</script>
</head>
<body>
<div class="tt-head"><a href="/">⟦m 文档淘淘网⟧</a> ⟦m 好文档，淘得到⟧ <a href="/upload">⟦a 传文档换积分⟧</a></div>
<div class="tt-path">⟦m 文档淘淘网 ﹥ 合同协议 ﹥ 采购合同⟧</div>
<div class="tt-info">
<h1>{T}</h1>
<ul>
<li>⟦m 文件格式：DOC⟧</li><li>⟦m 大小：46KB⟧</li><li>⟦m 页数：3⟧</li><li>⟦m 分享人：合同小铺⟧</li><li>⟦m 上传日期：2024-04-11⟧</li>
</ul>
</div>
<div class="tt-upnote">⟦d 本合同范本由网友上传，条款仅供参考，签约前请咨询专业律师。⟧</div>
<div class="tt-doc">
{BODY}
</div>
<div class="tt-lock">⟦a 签到满7天送5积分，积分够了就能下载原稿⟧</div>
<div class="tt-btns"><a>⟦a 下载原稿（3积分）⟧</a> <a>⟦a 丢进收藏⟧</a> <a>⟦a 报错⟧</a></div>
<div class="tt-kefu">⟦w 找不到合适的合同模板？加客服微信 ttwd_2020 代为检索⟧</div>
<div class="tt-rel"><h4>⟦l 同类合同⟧</h4><p>⟦l 婴儿用品购销合同（通用版）⟧</p><p>⟦l 棉纺织品委托加工协议⟧</p></div>
<div class="tt-foot">⟦m 文档淘淘网 wendangtaotao.com　苏ICP备20055128号-1⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：××××母婴用品有限公司
乙方（供货方）：××××纺织品有限公司
根据《中华人民共和国民法典》及有关法律规定，甲乙双方经协商一致，就纱布巾采购事宜订立本合同。
第一条　产品名称、规格、数量。乙方向甲方供应纯棉纱布巾，规格为＿＿层、＿＿厘米×＿＿厘米，数量＿＿＿＿条，单价＿＿元，合同总价款人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　质量要求。产品应符合婴幼儿纺织产品安全技术要求A类标准，乙方每批交货时应提供有资质的检测机构出具的检验报告。
第三条　交货时间和地点。乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定仓库（地址：××市××区××路××号），运费由乙方承担。
第四条　验收。甲方应在收货后＿＿日内验收，发现质量问题的，书面通知乙方，乙方应在＿＿日内无偿调换。
第五条　付款方式。验收合格后＿＿日内，甲方通过银行转账支付全部货款。
第六条　违约责任。乙方逾期交货的，每逾期一日按合同总价款的＿＿％支付违约金。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-chuanwen-request-ice-pillow-markers-mix",
        site="传文网 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.chuanwen.net.cn/d/55820417.html",
        title="关于为高温时段军训学生配备冰枕等防暑物资的请示",
        record_title="关于为高温时段军训学生配备冰枕等防暑物资的请示〈学校公文·免费预览〉",
        date="2024-08-05",
        notes="a sharing page's preview cut by ⪷ n ⪸ markers (glued with a space or on lines of their own); the "
        "request's own 联系人/电话 beside the site's service WeChat; numbered items; 成文日期 under the signature",
        page="""
!m 传文网 — 公文资料互传平台
!m 当前位置：传文网 / 教育文档 / 学校公文
{T}
!m 上传人：竦岭老陈　　上传时间：2024-08-09　　下载 37 次　　格式：PDF
!d 温馨提示：本资料为网友自愿分享，版权归原作者所有，如有侵权请联系平台删除。
{BODY}
!a 免费预览已完，全文共 3 页
!a 下载全文　｜　举报　｜　收藏到我的资料夹
!w 平台客服微信：cwkf_0731（工作日 9:00—18:00）
!l 相关资料：军训安全工作预案　新生入学教育方案
!m 传文网 chuanwen.net.cn　赣ICP备19015532号
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⪷ {n} ⪸", every=130, start=2, glue="mix", sep=" "),
        body="""
竦岭区教育局：
根据区教育局关于新生军训工作的安排，我校2024级高一新生610人定于8月19日至25日在校内开展军训。据气象部门预报，军训期间我区最高气温仍将维持在36℃以上，为预防学生中暑，保障军训安全，我校拟为参训学生配备冰枕等防暑物资，具体如下：
一、为每个军训连队配备冰枕40个、冷冻柜1台，训练间歇供学生敷颈部降温，共需冰枕600个、冷冻柜15台。
二、在操场两侧设置2个医疗保障点，配备藿香正气水、清凉油、电子体温计等防暑药品和器材。
三、以上物资预计需经费4.6万元，拟从学校公用经费中列支，军训结束后冰枕、冷冻柜由学校体育组统一保管，留作运动会和体育课使用。
以上请示当否，请批示。
联系人：陈立舟，电话：0743-3120655
潟原市竦岭区第二中学
2024年8月5日
""",
    ),
    dict(
        slug="edu-zhouyang-notice-bottle-warmer-attachments",
        site="盩阳县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhouyang.gov.cn/tzgg/202410/t20241022_5521.html",
        title="关于开展托育机构和幼儿园托班暖奶器等电器安全专项检查的通知",
        record_title="〖安全专栏〗关于开展托育机构和幼儿园托班暖奶器等电器安全专项检查的通知 - 盩阳教育",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="education portal: accessibility links, attachment download links beside the document's 附件 list, the "
        "document's 联系人/电话/邮箱 beside a technical-support line; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展托育机构和幼儿园托班暖奶器等电器安全专项检查的通知</title>
<link rel="stylesheet" href="/css/zyjy.css">
<script src="/js/zyjy.js"></script>
</head>
<body>
<div class="jy-top">
<span>⟦m 盩阳教育　办人民满意的教育⟧</span>
<a>⟦a 大字版⟧</a> <a>⟦a 听读⟧</a> <a>⟦a 高对比度⟧</a>
</div>
<div class="jy-nav">⟦m 首页　教育要闻　通知公告　政策文件　招生考试　教师之窗⟧</div>
<div class="jy-loc">⟦m 现在位置：盩阳教育 → 通知公告⟧</div>
<div class="jy-article">
<h1>{T}</h1>
<div class="jy-info">⟦m 发布者：县教育局安全股　　发布时间：2024-10-22 16:05　　点击：733⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-attach">
<p>⟦a 点击下载：附件1　托育机构电器安全自查表.docx⟧</p>
<p>⟦a 点击下载：附件2　专项检查问题整改台账.xls⟧</p>
</div>
</div>
<div class="jy-side">
<h4>⟦l 最新通知⟧</h4>
<p>⟦l 关于做好2024年秋季学期学生资助工作的通知⟧</p>
<p>⟦l 盩阳县中小学冬季作息时间调整的通知⟧</p>
</div>
<div class="jy-foot">
<p>⟦m 盩阳县教育局主办　地址：盩阳县城南路16号⟧</p>
<p>⟦m 网站技术支持：0743-6650012（仅受理网站故障）　湘ICP备11013580号⟧</p>
</div>
</body>
</html>
""",
        body="""
各托育机构，各公办、民办幼儿园：
近期，外地发生一起托育机构暖奶器长时间通电引发的火情。为消除安全隐患，县教育局决定于10月下旬至11月中旬，对全县开设托班的幼儿园和备案托育机构开展暖奶器等电器安全专项检查。现将有关事项通知如下：
一、检查内容。暖奶器、消毒柜、电热水壶等电器是否有产品合格证和3C标志；是否放置在幼儿接触不到的位置；是否存在插线板串接、长时间无人值守通电；使用后是否及时断电。
二、时间安排。10月31日前各单位完成自查，填写自查表；11月1日至15日，县教育局会同县消防救援大队开展抽查。
三、工作要求。对自查发现的问题要立行立改，一时整改不了的要落实管控措施，并填写整改台账。
联系人：潘若溪，电话：0743-6650318，邮箱：zyjyaq@163.com
附件：1．托育机构电器安全自查表
2．专项检查问题整改台账
盩阳县教育局
2024年10月21日
""",
    ),
    dict(
        slug="edu-huochuan-school-thermo-strip-record-title",
        site="豁川县第二实验小学 (invented school site on the county education network)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hc2sx.hcedu.cn/xxgg/2024/1104/2217.html",
        title="关于流感高发期间使用体温贴开展午检的通知",
        date="2024-11-04",
        notes="record title as is; sentences about scanning a QR code as content; the school's contact line beside "
        "the site's reading tools; 成文日期 under the signature",
        page="""
!m 豁川县第二实验小学
!m 学校首页 ▸ 校务公开 ▸ 学校公告
!a 语音朗读　放大阅读
{T}
!m 作者：校医室　　来源：本站原创　　点击数：1093　　更新于：2024-11-04
{BODY}
!a 【分享给家长】【打印】【返回上页】
!l 上一篇：关于11月份家长开放日的安排
!l 下一篇：二年级“读书月”活动总结
!m 版权所有：豁川县第二实验小学　地址：豁川县硇口镇育才路9号
!m 湘ICP备15006627号-3
""",
        indent="\u3000\u3000",
        body="""
各位家长：
近期我县进入流感高发期。为及早发现发热学生，学校决定从11月5日起，在午睡和午间活动时为一至三年级学生使用一次性体温贴进行午检。现将有关事项通知如下：
一、体温贴由校医室统一采购，贴在学生额头，颜色提示异常的，由班主任带到校医室用体温计复测。
二、体温贴只用于午间观察，不作为诊断依据。复测发热的学生，学校会第一时间电话通知家长接回。
三、对体温贴或医用胶布过敏的学生，请家长在11月4日晚8点前扫描班级群里的二维码登记，学校将改用体温计测量。
四、请家长每天早上在家为孩子测一次体温，发热的孩子请居家休息。
感谢各位家长的理解和配合！
豁川县第二实验小学
2024年11月4日
""",
    ),
    dict(
        slug="oa-kangnuan-minutes-warming-patch-vote",
        site="潟原康暖医疗用品有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.kangnuan.local/doc/view?docid=MIN-2024-0317",
        title="关于暖宫贴发热温度控制的质量专题会议纪要",
        record_title="〔品质会·专题〕关于暖宫贴发热温度控制的质量专题会议纪要 ▪ 康暖协同",
        date="2024-03-15",
        notes="intranet document view: 流转记录, read counts, archive/forward buttons; the 时间/地点/主持/参会/记录 "
        "lines and a vote count in the body; the date from the 时间 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>康暖协同 - 公文查看</title>
<script src="/static/oa/seeyon.min.js"></script>
</head>
<body class="oa">
<div class="oa-head">⟦m 康暖协同办公⟧　⟦m 当前用户：品质部 闵佳⟧　<a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　知识文档　通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 » 会议纪要 » 查看⟧</div>
<div class="oa-btns">⟦a 转发　归档　下载正文　标为已读⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<p class="oa-no">康暖质纪〔2024〕6号</p>
{BODY}
</div>
<div class="oa-flow">
<h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-03-16 09:12　闵佳　起草⟧</p>
<p>⟦l 2024-03-16 14:40　覃正阳　审核通过⟧</p>
<p>⟦l 2024-03-17 08:55　甘卫东　签发⟧</p>
</div>
<div class="oa-read">⟦m 已阅 38 人　未阅 5 人⟧</div>
<div class="oa-foot">⟦d 本页为公司内部文件，不得转给外单位⟧　⟦m 信息中心运维：分机 8016⟧</div>
</body>
</html>
""",
        body="""
时间：2024年3月15日下午2:30
地点：公司三楼质量会议室
主持：覃正阳（品质部经理）
参会：生产部、研发部、品质部、采购部、销售部负责人及相关工程师共11人
记录：闵佳
会议针对近期客户反映部分批次暖宫贴“前半小时过烫”的问题进行了专题研究，形成纪要如下：
一、原因分析。研发部通报，3个投诉批次使用了新供应商的铁粉，粒径偏细，反应速度加快，开封后30分钟内最高温度达到61℃，超过企业标准规定的上限。
二、整改措施。生产部立即停用该供应商铁粉，已生产的3个批次全部隔离待处理；研发部在两周内调整配方，把最高温度控制在55℃以内；品质部将发热曲线检测由每批抽5片改为每批抽20片。
三、表决事项。会议对“问题批次全部报废、不再降级销售”的处理意见进行了表决，应到11人，实到11人，同意10票，反对0票，弃权1票，表决通过。
四、后续安排。采购部两周内完成铁粉供应商重新评审，结果报品质部备案。
""",
    ),
    dict(
        slug="oa-yeping-textile-bulletin-lint-record-date",
        site="嶪坪纺织集团内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.yepingtex.com/notice/2024/0520/339.html",
        title="关于纱布巾车间掉絮质量问题的通报",
        record_title="质量曝光台｜关于纱布巾车间掉絮质量问题的通报（请各班组传达）",
        record_date="2024-05-20",
        date="2024-05-20",
        notes="an intranet notice as text: date from the record; document number line (neutral); a 印发 line; "
        "read counter and a confirm-read action",
        page="""
!m 嶪坪纺织集团内网　员工服务门户
!m 内网首页 / 通知通报 / 质量通报
!m 发文部门：质量管理部　　浏览：402　　密级：内部
{T}
嶪纺质〔2024〕14号
{BODY}
!a 已阅请点“确认知晓”
!l 相关通报：关于印染车间色差返工问题的通报
!d 本页面内容仅限集团员工查阅，请勿截图外传。
!m 信息部热线：分机 6120
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
5月上旬，销售部连续收到三家电商客户投诉，反映我公司生产的六层纱布巾洗后掉絮严重。经质量管理部调查，问题产品集中在纱布巾车间二班4月下旬生产的两个批次，共计1.2万条。
经查，二班在换用新纱线时，未按工艺要求调整剪毛工序参数，剪毛不彻底；成品检验员也未按规定做水洗掉絮试验，导致问题产品流入市场。这是一起因工艺执行不严、检验把关不力造成的质量问题。
经研究，对纱布巾车间二班班长给予通报批评，扣发当月绩效奖金；对当班成品检验员给予警告处分；问题批次产品全部召回返工，由此造成的损失由车间承担。
各车间要以此为戒，换纱换料必须经工艺员确认参数，成品每批必须做水洗试验，确保不合格产品不出厂。
嶪坪纺织集团有限公司质量管理部
2024年5月20日
嶪坪纺织集团有限公司办公室　　2024年5月20日印发
""",
    ),
]
