"""holdout234, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text case each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-sanchi-essay-laser-pointer-static",
        site="三尺讲台 (invented, a teacher's static blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://linjianshan.example.io/posts/2024/laser-pointer/",
        title="讲台上的那支激光笔",
        record_title="讲台上的那支激光笔 | 三尺讲台 · 林见山的教书笔记",
        date=None,
        notes="static blog: reading time, a relative post time (no date), an image placeholder between "
        "paragraphs, a tip button glued after the last sentence, a licence block, a table of contents and a "
        "comment widget",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>讲台上的那支激光笔 | 三尺讲台 · 林见山的教书笔记</title>
<meta name="generator" content="Hexo 7.1.1">
<link rel="alternate" href="/atom.xml" type="application/atom+xml">
<script defer src="/js/waline.js"></script>
</head><body>
<header id="site-header"><a class="brand" href="/">⟦m 三尺讲台⟧</a><span class="subtitle">⟦m 一个初中语文老师的粉笔账⟧</span>
<nav><a href="/">⟦m 首页⟧</a><a href="/archives/">⟦m 归档⟧</a><a href="/categories/">⟦m 分类⟧</a><a href="/about/">⟦m 关于⟧</a></nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发布于 5 个月前 · 分类：讲台琐记 · 约 900 字 · 阅读需 3 分钟⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-copyright">⟦m 本文作者：林见山⟧<br>⟦m 本文地址：https://linjianshan.example.io/posts/2024/laser-pointer/⟧<br>⟦d 本站文章除注明外均按 CC BY-NC-SA 4.0 授权，转载请署名并保留原文地址⟧</div>
<div class="post-tags">⟦l # 讲台琐记 # 课堂安全 # 新教师⟧</div>
<div class="post-nav">⟦l « 期中考试后的家长会⟧ ⟦l 粉笔、板擦和一块旧黑板 »⟧</div>
</article>
<aside class="toc">⟦l 文章目录⟧</aside>
<section id="comments">⟦l 评论区（12）⟧<div id="waline">⟦a 来说两句吧，昵称和邮箱必填⟧</div></section></main>
<footer>⟦m © 2019 – 2025 林见山 · 由 Hexo 驱动 · 主题 Stellar⟧</footer>
</body></html>
""",
        body="""
刚工作那年，学校给每间教室装了投影，我也咬牙买了一支激光笔。红色的小光点在幕布上一晃，学生的目光就跟着走，那种感觉很神气。
⟦m [图片：教室里的投影幕布]⟧
后来有一次上公开课，我讲得兴起，转身时光点扫过了前排一个女生的眼睛。她下意识地闭眼、低头，半天没有抬起来。那节课后面讲了什么，我全忘了，只记得自己手心里的汗。
好在那支笔功率很小，女生后来没事。可从那以后，我给自己定了一条规矩：激光笔只在转身面向屏幕时按下，面对学生时手指一定离开按钮。
这些年换过好几支笔，有带翻页的，有能放大局部的，规矩一直没变。去年我把这个习惯讲给新来的年轻老师听，他们笑我太小心。我没多解释，只是把笔递过去，让他们对着墙试试那个光点有多亮。⟦a ☕ 请作者喝杯茶⟧
""",
    ),
    dict(
        slug="blog-baidagua-essay-new-badge-posted",
        site="白大褂随笔 (invented, a nurse's blog on a blog platform)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://blog.linghu-blog.example.cn/baidagua/article/20250314_5521.html",
        title="换新胸牌那天",
        record_title="【值班手记】换新胸牌那天 - 白大褂随笔 - 蛉湖博客",
        date="2025-03-14",
        notes="blog post: the 发表于 line is the page's date; category/tag line, counters, previous/next, "
        "comments and platform footer; a like prompt glued after a sentence",
        page="""
!m 白大褂随笔
!m 一个护士的夜班与白班
!m 首页 | 值班手记 | 读书 | 相册 | 留言
!t 【值班手记】换新胸牌那天
!m 发表于 2025-03-14 21:07 | 分类：值班手记 | 标签：护理，日常
{BODY}
!m 阅读(326)　评论(9)　点赞(41)
!l ← 上一篇：夜班里的那碗面
!l → 下一篇：给实习护士的三句话
!l 最新评论
!l 晴川：看哭了，我的旧胸牌也还留着
!l 小鹿护士：12床老爷子好可爱
!a 发表评论请先登录博客账号
!m 蛉湖博客 © 2025 博客平台服务由蛉湖网络提供
""",
        indent="\u3000\u3000",
        body="""
今天科里统一换发新胸牌。旧胸牌是我刚进医院那年发的，塑料壳的边角已经磨白，照片上的我还扎着马尾，一脸稚气。
新胸牌正面多了一行字：“主管护师”。护士长把它递给我的时候说，挂上它，病人就知道该找谁了。这句话我琢磨了一晚上。⟦a 觉得写得好就点个小红心吧⟧
夜班巡视时，12床的老爷子眯着眼看了看我的胸牌，念出了我的名字。他说以前总分不清我们谁是谁，现在好了，有事就喊名字。
我忽然明白，胸牌不只是给医院看的，更是给病人看的。上面的名字，是一份可以被找到、被监督的承诺。
旧胸牌我没舍得扔，收进了抽屉。
""",
    ),
    dict(
        slug="wechat-shiyi-hospital-suggestion-box-replies-h1",
        site="公号拾遗 (invented WeChat mirror) / 蛉湖区人民医院 account",
        style="公众号镜像",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.gonghaoshiyi.example.com/a/2025/10/09/lhqrmyy_7716.html",
        title="三季度“院长意见箱”来信答复公示",
        record_title=None,
        date="2025-10-09",
        notes="no title in the record: the mirror's <h1>; the account line's date is the page's date; a follow "
        "prompt glued before the salutation; scanning a QR code to leave a message is content; 阅读原文/在看 "
        "rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>三季度“院长意见箱”来信答复公示 - 公号拾遗</title>
<meta name="description" content="蛉湖区人民医院公众号文章">
<script async src="https://www.gonghaoshiyi.example.com/static/ad.js"></script>
</head><body>
<div class="site-top">⟦m 公号拾遗⟧ <span>⟦m 好文章值得被再读一遍⟧</span> <a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创 蛉湖区人民医院 2025年10月9日 18:02 蛉湖⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧ ⟦m 阅读 2617⟧ ⟦a 在看 35⟧ ⟦a 赞 88⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“蛉湖区人民医院”⟧</div>
</div>
<div class="mirror-note">⟦d 本页内容由公号拾遗自动抓取存档，著作权归原公众号所有，如需删除请发邮件告知⟧</div>
<div class="more"><h3>⟦l 该公众号的其他文章⟧</h3>
<ul><li>⟦l 国庆假期门急诊安排⟧</li><li>⟦l 秋季腹泻高发，这些要点请收好⟧</li></ul></div>
<footer>⟦m 公号拾遗 gonghaoshiyi.example.com 鄂ICP备22001763号-1⟧</footer>
</body></html>
""",
        p_html='<section style="line-height:1.75em;"><p>{}</p></section>',
        body="""
⟦a 点上方蓝字“蛉湖区人民医院”，一键关注不迷路⟧各位患者朋友：
三季度，医院门诊、住院部各处“院长意见箱”共收到来信58封，其中表扬信21封、意见建议37条。院长办公室每周五开箱登记，所有留有联系方式的来信均已电话回复。现将部分意见的答复公示如下。
1.门诊抽血排队时间长。答复：自10月起，抽血窗口由4个增加到6个，早上7:30开始抽血。
2.住院部夜间陪护椅不够。答复：已新购折叠陪护椅120把，由各病区护士站登记借用。
3.停车难。答复：医院东侧临时停车场已于9月底启用，新增车位86个。
感谢大家对医院工作的关心。除了意见箱，您还可以扫描门诊大厅的二维码在线留言，我们同样会在5个工作日内答复。
""",
    ),
    dict(
        slug="wechat-souhao-insight-window-badge",
        site="搜号阅读 (invented WeChat mirror) / 蟪山政务服务 account",
        style="公众号镜像",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.souhaoyuedu.example.net/wx/huishanzwfw/2025060501.html",
        title="挂牌上岗一个月，我的几点心得",
        record_title="挂牌上岗一个月，我的几点心得｜蟪山政务服务 · 搜号阅读",
        date="2025-06-05",
        notes="WeChat mirror text: the account line's date is the page's date; an author line above the body; a "
        "supervision phone on a badge spoken of in the body; a 在看 prompt between paragraphs; the mirror's "
        "footer",
        page="""
!m 搜号阅读 — 公众号文章随手搜
!t 挂牌上岗一个月，我的几点心得
!m 蟪山政务服务　2025-06-05
!m 文｜医保窗口 郁小禾　编辑｜政务君
{BODY}
!a 觉得有用，请点“分享”“点赞”“在看”三连
!m 蟪山政务服务
!m 微信号：huishan_zwfw
!a ▲长按二维码关注我们
!d 本文由搜号阅读从公开公众号收录，仅供阅读，版权属于原作者
!l 相关文章：“一窗通办”改革这半年｜办事不用跑，这些事项可以网上办
""",
        indent="\u3000\u3000",
        body="""
5月起，县政务服务中心要求所有窗口人员佩戴统一胸牌上岗，胸牌上印着姓名、照片、岗位和监督电话。一个月下来，我有三点体会。
第一，胸牌是一份责任。以前群众喊“喂，那个办社保的”，现在能直接叫出我的名字。被叫得多了，我更不敢有一点马虎。
第二，胸牌是一种监督。有位大爷指着胸牌上的监督电话说，办不好就打这个号。我笑着说欢迎，心里却更清楚，每一件事都得办到位。
⟦a 👇 看完记得点个“在看”⟧
第三，胸牌也是一种拉近。不少老人记住了我的名字，下次来办事直接找我，说“找小郁放心”。
小小一块胸牌，挂在胸前，也挂在心上。
""",
    ),
    dict(
        slug="docshare-diezhi-contract-table-card-template",
        site="叠纸文档网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.diezhidoc.example.com/p-2817730.html",
        title="会务物料（桌签、席卡）印制服务合同（范本）",
        record_title="会务物料（桌签、席卡）印制服务合同（范本）.docx",
        date=None,
        notes="a sharing page with a .docx file name as the record title: an upload line (no date), ratings, a "
        "download-coupon button, a service WeChat; the contract template with ＿＿ blanks, a ×× placeholder, "
        "第N条 articles and ＿＿年＿＿月＿＿日",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>会务物料（桌签、席卡）印制服务合同（范本）.docx-叠纸文档网</title>
<script src="/static/js/preview.js"></script>
</head><body>
<div class="header"><a href="/">⟦m 叠纸文档网⟧</a> <span>⟦m 一张纸，叠出好文档⟧</span>
<a href="/upload">⟦a 上传赚收益⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="path">⟦m 叠纸文档网 ＞ 合同协议 ＞ 服务合同⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p>⟦m 贡献者：会务老兵　上传时间：2025-02-27　格式：docx　2页　28KB⟧</p>
<p>⟦m 评分 4.7（129人评价）　下载 860 次⟧</p></div>
<div class="doc-view">
{BODY}
</div>
<div class="doc-btn"><a class="down">⟦a 下载本合同（消耗5张下载券）⟧</a> <a>⟦a 加入我的文库⟧</a> <a>⟦a 举报⟧</a></div>
<div class="notice">⟦d 本文档由用户上传，叠纸文档网仅提供存储空间，所涉权利归上传者所有，如有侵权请联系客服删除。⟧</div>
<div class="kf">⟦w 客服微信：diezhi_kf（工作日9:00-18:00）⟧</div>
<div class="similar"><h4>⟦l 同类合同推荐⟧</h4><ul><li>⟦l 会议服务合同（酒店版）⟧</li><li>⟦l 广告印刷品承印合同⟧</li></ul></div>
<div class="foot">⟦m ©2025 叠纸文档网 浙ICP备2023015580号⟧</div>
</body></html>
""",
        body="""
甲方（委托方）：＿＿＿＿＿＿＿＿
乙方（承印方）：＿＿＿＿＿＿＿＿
第一条　印制内容。乙方为甲方××会议印制三角桌签＿＿个、席卡＿＿个，规格、字体以甲方确认的样稿为准。
第二条　交付时间。乙方应于会议召开前＿＿日将全部桌签送达甲方指定地点；临时增补的桌签，应在接到通知后2小时内送达。
第三条　质量要求。桌签上的姓名、职务不得有错字、漏字，双面印刷应上下对齐；出现差错的，乙方应免费重印并承担由此造成的损失。
第四条　价款与结算。合同总价人民币＿＿＿＿元，会议结束后＿＿日内凭发票一次结清。
第五条　保密义务。乙方对参会人员名单负有保密义务，不得泄露或用于其他用途。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-cunzhi-rules-hospital-badges-glued-markers",
        site="存知文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.cunzhidoc.example.cn/d/91046723.html",
        title="蛉湖区人民医院工作人员佩戴胸牌管理规定",
        record_title="蛉湖区人民医院工作人员佩戴胸牌管理规定.pdf",
        date=None,
        notes="a .pdf file name as the record title; 第N条 articles cut by page markers glued with a space to "
        "the start of the continuation line; an upload stamp and a download-coupon line are no dates; the rule has only an effective clause",
        page="""
!m 存知文档 — 知识存起来
!m 首页 / 医疗卫生 / 医院管理制度
{T}
!m 上传人：杏林散人　上传于：2025-05-19 14:32　页数：4
!a 下载需2下载券　|　收藏　|　分享到微信
!d 提示：文档为用户上传，预览内容经系统转换，可能与原文格式略有差异。
{BODY}
!a 预览已结束，下载原文件查看完整排版
!l 相关文档：护理人员仪容仪表规范｜医院工作人员着装管理办法｜门诊服务规范
!m 存知文档 cunzhidoc.example.cn　蜀ICP备21008174号
""",
        pages=dict(fmt="⎒ {n}/4 ⎒", every=70, start=2, glue=True, sep=" "),
        body="""
第一条　为规范工作人员服务行为，方便患者识别和监督，制定本规定。
第二条　本规定适用于本院在岗职工、规培医师、进修人员、实习学生及第三方服务人员。
第三条　胸牌由人事科统一制作，正面印有本人照片、姓名、科室、职务或职称；规培、进修、实习人员的胸牌另加“规培”“进修”“实习”字样。
第四条　工作人员在岗期间应将胸牌佩戴于左胸前，正面朝外，不得遮挡、转借或涂改。
第五条　胸牌遗失或损坏的，应在三个工作日内到人事科申请补办；调离本院的，应在办理离职手续时交回胸牌。
第六条　医务科、护理部不定期抽查胸牌佩戴情况，未按规定佩戴的，每次扣当月绩效五十元。
第七条　本规定自印发之日起施行，由人事科负责解释。
""",
    ),
    dict(
        slug="edu-linghu-notice-laser-pointer-check-attachment",
        site="蛉湖区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.linghu.example.gov.cn/tzgg/2025/0326/10582.html",
        title="关于开展校园激光笔安全隐患排查的通知",
        record_title="【安全提示】关于开展校园激光笔安全隐患排查的通知_蛉湖教育",
        record_date="2025-03-26",
        date="2025-03-26",
        date_also=["2025-03-25"],
        notes="education portal: 读屏/适老 links, an attachment download link beside the body's 附件 line, the "
        "notice's own contact and mailbox beside the site's technical line; '请下载附件' is content; the record's "
        "date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>【安全提示】关于开展校园激光笔安全隐患排查的通知_蛉湖教育</title>
<script src="/assets/js/a11y.js"></script>
</head><body>
<div class="bar"><a>⟦a 读屏专用⟧</a> <a>⟦a 关怀版⟧</a> <a>⟦a 站内搜索⟧</a></div>
<div class="logo">⟦m 蛉湖区教育信息网⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 校园安全⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="where">⟦m 你所在的位置：首页 ＞ 通知公告⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="src">⟦m 信息来源：区教育局安全科　　点击数：2206⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="fj">⟦a 附件下载：校园激光笔安全隐患排查登记表.xlsx（18KB）⟧</div>
<div class="op">⟦a 【打印】【收藏】【返回列表】⟧</div>
</div>
<div class="side"><h4>⟦l 近期公告⟧</h4><p>⟦l 2025年春季学期开学安全检查的通知⟧</p><p>⟦l 关于做好防溺水教育的提醒⟧</p></div>
<div class="foot"><p>⟦m 主办单位：蛉湖区教育局⟧</p><p>⟦m 技术支持：蛉湖区教育信息中心 0735-7713999⟧</p><p>⟦m 粤ICP备10023317号-4⟧</p></div>
</body></html>
""",
        body="""
各中小学、幼儿园：
近期，我区个别学校发生学生用激光笔照射同学眼睛的情况。为消除安全隐患，区教育局决定在全区开展校园激光笔安全隐患排查，现将有关事项通知如下。
一、排查时间：2025年3月28日至4月11日。
二、排查内容：学生是否携带激光笔进校；课堂教学使用的激光笔是否为低功率产品；学校周边商店是否向学生出售激光笔。
三、工作要求：各校请下载附件中的排查登记表，于4月14日前将盖章扫描件发送至区教育局安全科邮箱aqk_lh@linghu-edu.example.cn。
联系人：蒋予安，联系电话：0735-7713026。
附件：校园激光笔安全隐患排查登记表
蛉湖区教育局
2025年3月25日
""",
    ),
    dict(
        slug="edu-tangxi-notice-teacher-badges",
        site="螗溪教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tangxiedu.example.cn/jydt/2025/08/25/3307.html",
        title="关于为全县中小学教师统一制发胸牌的通知",
        record_title="关于为全县中小学教师统一制发胸牌的通知 ‹ 教育动态 ‹ 螗溪教育网",
        date="2025-08-22",
        date_also=["2025-08-25"],
        notes="education portal text: the 发布时间 line differs from the 成文日期; a scan-to-read line; an "
        "edit line glued after the last paragraph before the signature",
        page="""
!m 螗溪教育网　螗溪县教育体育局主办
!m 首页 ‹ 教育动态 ‹ 正文
{T}
!m 发布时间：2025-08-25　作者：人事股　浏览：1833
!a 【大字】【小字】【扫一扫在手机上阅读】
{BODY}
!l 上一篇：螗溪县2025年教师招聘拟聘用人员公示
!l 下一篇：关于秋季开学校车安全检查的通知
!m 螗溪县教育体育局　地址：螗溪县文昌路16号　办公室电话：0736-4202317
!m 湘ICP备09027161号
""",
        indent="\u3000\u3000",
        body="""
各中小学校：
为增强教师职业荣誉感，方便家长和学生识别，县教育体育局决定从2025年秋季学期起，为全县中小学在编在岗教师统一制发胸牌。现将有关事项通知如下。
一、胸牌式样。胸牌为横版，正面印有校徽、教师照片、姓名、任教学科和“螗溪县教育体育局监制”字样，背面印有师德承诺。
二、信息报送。各校于8月29日前通过教育管理平台报送教师信息和近期免冠照片，学校对信息准确性负责。
三、佩戴要求。教师在校期间、参加教育教学活动时应佩戴胸牌；外出培训、开会时按主办方要求佩戴。⟦m （人事股 校对：莫小川）⟧
螗溪县教育体育局
2025年8月22日
""",
    ),
    dict(
        slug="oa-guokou-bulletin-suggestion-box-adoptions",
        site="蜾口港务集团OA门户 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.guokouport.example.local/doc/view.do?docid=20250415008",
        title="关于一季度合理化建议箱建议采纳情况的通报",
        record_title="[公文查看] 关于一季度合理化建议箱建议采纳情况的通报 - 蜾口港务OA",
        date="2025-04-15",
        notes="OA document view: current-user line, sign-read/forward/export buttons, a routing record and a read "
        "count, a confidentiality notice; an adoption table one row a paragraph; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[公文查看] 关于一季度合理化建议箱建议采纳情况的通报 - 蜾口港务OA</title>
<script src="/oa/js/flow.js"></script>
</head><body>
<div class="oa-top">⟦m 蜾口港务集团 OA 门户⟧ <span>⟦m 当前用户：林晓帆（综合管理部）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 通讯录⟧</div>
<div class="oa-btns"><button>⟦a 签阅⟧</button><button>⟦a 转发⟧</button><button>⟦a 另存PDF⟧</button></div>
<div class="doc-head"><p>⟦m 文件类型：集团发文　密级：内部⟧</p></div>
<div class="doc"><h2>{T}</h2>
<p>蜾港办〔2025〕19号</p>
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 拟稿：综合管理部 韩冬 2025-04-14 09:12⟧</td></tr>
<tr><td>⟦m 核稿：综合管理部 姚秋实 2025-04-14 15:40⟧</td></tr>
<tr><td>⟦m 签发：副总经理 裴晓岚 2025-04-15 10:03⟧</td></tr></table>
<div class="readcount">⟦m 本文已有 238 人阅读⟧</div>
<div class="oa-foot">⟦d 内部资料，仅限本集团员工查阅，禁止截图外传⟧<br>⟦m 信息中心运维　分机 8600⟧</div>
</body></html>
""",
        body="""
集团各部门、各子公司：
一季度，集团“合理化建议箱”共收到职工建议64条，经评审委员会评审，采纳19条，其中已实施11条。现将部分采纳情况通报如下。
建议人　所在单位　建议内容　评审等级
郑海生　装卸一公司　门机夜间作业增设警示灯带　一等
吕佳宁　物流公司　集装箱查验预约改为线上办理　二等
卜青山　机修车间　废旧钢丝绳分类回收再利用　二等
对以上建议人，集团将按《合理化建议奖励办法》给予奖励。希望广大职工继续通过建议箱和内网“金点子”栏目建言献策。
蜾口港务集团有限公司
2025年4月15日
抄送：集团工会。
蜾口港务集团有限公司办公室　2025年4月15日印发
""",
    ),
    dict(
        slug="oa-xiacheng-expo-minutes-table-cards",
        site="蛱城国际会展中心内网 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://intra.xcexpo.example.local/bmwj/2025/1204/0917.htm",
        title="年度客户答谢会会务筹备专题会议纪要",
        record_title="年度客户答谢会会务筹备专题会议纪要 - 部门文件 - 会展中心内网",
        date="2025-12-03",
        date_also=["2025-12-04"],
        notes="intranet text: the minutes' 时间/地点/主持/参会/记录 lines are body; the posting line differs; "
        "numbered decisions about table name cards; an export row and a read count",
        page="""
!m 蛱城国际会展中心　内部信息网
!m 首页 → 部门文件 → 综合部
{T}
!m 发布部门：综合部　发布：2025-12-04 09:17　已读：57 人
!a 〔导出Word〕〔打印〕〔返回〕
{BODY}
!m 本页信息仅供中心内部员工查阅
!m 技术支持：信息科（分机 6021）
""",
        body="""
时间：2025年12月3日下午
地点：会展中心行政楼302会议室
主持：副总经理 祁文远
参会：综合部、客服部、餐饮部、工程部负责人
记录：沈一苇
会议听取了客服部关于年度客户答谢会筹备情况的汇报，对会务工作提出以下要求：
1.客服部于12月10日前确定参会嘉宾名单，综合部据此制作座次图和桌签，桌签一律双面打印，中英文对照。
2.主桌和一号桌的桌签由综合部专人负责，会前两小时再逐一核对。
3.嘉宾临时变动的，由客服部及时通知综合部；备用空白桌签和便携打印机放在会场后台。
4.工程部负责会场灯光和音响调试，餐饮部负责茶歇。
""",
    ),
]
