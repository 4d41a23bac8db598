"""holdout178, part D: well windlasses (辘轳). Invented text, sites, people and places; see ../README.md."""

CASES = [
    dict(
        slug="wenku-yuedu-summary-windlass-well-survey-html-pages",
        site="悦读文库 (invented)",
        style="文库预览",
        genre="调查报告",
        kind="report",
        form="html",
        source="https://www.yueduwk.com/view/4d19e0b7c2.html",
        title="崆原县传统村落古井及辘轳现状调查",
        record_title="崆原县传统村落古井及辘轳现状调查 - 悦读文库",
        date=None,
        notes="文库 reader: page markers as HTML paragraphs (⸜n⸝) cutting sentences; pay prompt; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>崆原县传统村落古井及辘轳现状调查 - 悦读文库</title></head>
<body>
<div class="hd">⟦m 悦读文库⟧ <input placeholder="搜索文档"> ⟦a 上传文档⟧ ⟦a 开通VIP⟧</div>
<div class="doc-info">⟦m 文档页数：5页　下载积分：2　阅读：1543⟧</div>
<h1>{T}</h1>
<div class="reader">
{BODY}
</div>
<div class="endtip">⟦a 还剩3页未读，继续阅读需开通VIP⟧</div>
<div class="like">⟦l 相似文档推荐：古村落保护调研 / 传统民居普查表⟧</div>
<div class="ft">⟦d 本站文档均为用户上传，版权归上传者所有。⟧</div>
</body></html>
""",
        pages=dict(fmt="⸜{n}⸝", every=130, start=2),
        body="""
为配合传统村落保护名录申报，我们于去年秋季对崆原县17个传统村落的古井进行了逐一调查。
调查共登记古井64口，其中仍在使用的23口，已封填的19口，废弃未封的22口。保留辘轳架的古井有14口，辘轳能正常转动的只剩6架。
从建造年代看，明清时期的古井31口，民国时期的12口，其余为新中国成立后修建。辘轳多为枣木或槐木轴、铁箍加固，井绳大多已换成尼龙绳。
建议对保留辘轳的14口古井挂牌保护，对废弃未封的古井尽快加装井盖，防止人员坠落。
""",
    ),
    dict(
        slug="gov-kongyuan-reply-old-well-protection",
        site="崆原县人民政府网 (invented)",
        style="政府门户",
        genre="答复",
        kind="letter",
        form="text",
        source="http://www.kongyuan.gov.cn/hdjl/zxts/202409/t20240910_88213.html",
        title="关于对县政协十届三次会议第47号提案的答复",
        record_title="关于对县政协十届三次会议第47号提案的答复_崆原县人民政府网",
        date="2024-09-06",
        notes="portal text page with 索引号 lines; document number neutral; table one row a paragraph; 抄送 kept; date from signature while 发布 differs",
        date_also=["2024-09-10"],
        page="""
!m 崆原县人民政府网　www.kongyuan.gov.cn
!m 首页 ＞ 互动交流 ＞ 建议提案办理
!m 索引号：KY-0923-2024-00551　　公开方式：主动公开　　发布日期：2024-09-10
{T}
崆文旅函〔2024〕31号
!a 【打印】【收藏】【字号 大 中 小】
{BODY}
!l 相关信息：县文旅局2024年建议提案办理情况汇总
!m 崆原县人民政府办公室 主办　政府网站标识码：6109250017
""",
        body="""
柳文杰委员：
您提出的《关于保护传统村落古井和辘轳的提案》收悉。经研究，现答复如下：
一、关于摸清底数。我局已组织对全县古井进行普查，登记情况如下：
类别　数量（口）　保留辘轳（架）
在用古井　23　9
封填古井　19　0
废弃未封　22　5
二、关于挂牌保护。今年将对保留辘轳的14口古井设立保护标志，明年纳入文物保护点。
三、关于安全防护。已协调各乡镇对22口废弃未封古井在10月底前全部加盖。
感谢您对文旅工作的关心和支持。
抄送：县政协提案委员会
崆原县文化和旅游局
2024年9月6日
""",
    ),
    dict(
        slug="news-huangtu-feature-windlass-village-water",
        site="黄土高原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.htgyxw.cn/xianyu/2024-05/27/c_118834.htm",
        title="崾岘村告别辘轳打水：自来水通到了灶台边",
        record_title="崾岘村告别辘轳打水：自来水通到了灶台边",
        record_date="2024-05-27",
        date="2024-05-27",
        notes="news text page: source/editor lines, share bar between paragraphs, recommended list; record date",
        page="""
!m 黄土高原新闻网 — 县域频道
!m 2024-05-27 10:06:12　来源：黄土高原新闻网　作者：记者 郝春生
{T}
{BODY}
!m 【责任编辑：薛丹】
!l 【推荐阅读】崮峁乡小杂粮喜获丰收　｜　县城第二水厂主体完工
!m 新闻热线：0912-3318800　投稿邮箱：tougao@htgyxw.cn
""",
        body="""
五月下旬，崾岘村的自来水管网正式通水。村民贺秀兰拧开水龙头，清水哗哗流进了水缸。
“以前吃水全靠井边那架辘轳，一桶水要摇四十多圈，冬天井绳冻得像铁条。”贺秀兰说。
⟦l 分享到：微信 朋友圈 微博⟧
崾岘村地处沟梁之间，地下水位深，村里唯一一口老井深达37米。这次通水工程由县水务局实施，铺设管道6.8公里，惠及村民213户。
那架辘轳，村里决定原样保留，作为村史馆的一处展点。
""",
    ),
    dict(
        slug="forum-laowu-post-windlass-restore-html-junk",
        site="老物件修复论坛 (invented)",
        style="论坛",
        genre="经验帖",
        kind="other",
        form="html",
        source="https://bbs.laowujian-xf.com/thread-30566-1-1.html",
        title="修复一架老辘轳全过程（多图）",
        record_title="修复一架老辘轳全过程（多图） - 木作修复 - 老物件修复论坛",
        date="2024-03-09",
        notes="Discuz-like page with jammer fonts in HTML; 发表于 date; floor chrome and signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>修复一架老辘轳全过程（多图） - 木作修复 - 老物件修复论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head>
<body>
<div id="hd">⟦m 老物件修复论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 木作修复 › 修复一架老辘轳全过程（多图）⟧</div>
<div class="pls">⟦m 崟川木匠⟧ ⟦m 主题 37 帖子 512 积分 1920⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2024-3-9 20:32⟧ ⟦a 只看该作者⟧ ⟦a 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 一刨一凿，修旧如旧⟧</div>
<div class="po">⟦l 回复 引用 举报 支持 反对⟧</div>
</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
这架辘轳是从邻村一户拆迁的院子里收来的，枣木轴，轴头的铁箍锈得厉害，摇把也断了一截。
第一步，拆铁箍。先用煤油浸两天，再用錾子一点点剔，不能硬撬，否则轴头会裂。
第二步，补轴。轴身有两处虫眼，用同色枣木屑调鱼鳔胶填实，阴干一周。
第三步，配摇把。找了一段老槐木，照原来的弯度手工刮出来，榫头用楔子加固。
最后整体擦一遍桐油，铁箍除锈后刷防锈漆。前后花了一个多月，总算转起来了。
""",
    ),
    dict(
        slug="blog-shuiyuan-post-windlass-physics-html",
        site="水园物理笔记 (invented blog)",
        style="博客",
        genre="教学随笔",
        kind="other",
        form="html",
        source="https://shuiyuan-physics.example.blog/2023/11/lulu-lunzhou.html",
        title="从辘轳讲轮轴：一节物理课的设计",
        record_title="从辘轳讲轮轴：一节物理课的设计 | 水园物理笔记",
        date="2023-11-21",
        notes="Hexo-like blog: tag cloud, archive, comment box; post date in meta; the text's own 打印/下载 sentence kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>从辘轳讲轮轴：一节物理课的设计 | 水园物理笔记</title></head>
<body>
<header><a href="/">⟦m 水园物理笔记⟧</a> <span>⟦m 一个乡村物理老师的教学记录⟧</span> <nav>⟦m 首页⟧ ⟦m 归档⟧ ⟦m 标签⟧ ⟦m 关于⟧</nav></header>
<article>
<h1>{T}</h1>
<div class="post-meta">⟦m 发表于 2023-11-21　|　分类于 教学设计　|　阅读次数 219⟧</div>
{BODY}
</article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 简单机械 杠杆 实验 乡土资源 中考⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2023年11月 (3)⟧</p></aside>
<div class="comments">⟦l 发表评论　昵称　邮箱　提交⟧</div>
<footer>⟦d © 2019 - 2024 水园　由 Hexo 强力驱动⟧</footer>
</body></html>
""",
        body="""
讲轮轴这一节，课本用的是汽车方向盘和门把手的例子。我们学校在山里，孩子们更熟悉的是村口井上的辘轳。
上课前，我带学生到峪口村的老井边，让每人摇几圈辘轳，说说摇把长短和费不费力的关系。
回到教室，再让他们量辘轳轴的半径和摇把的长度，算出省力的倍数，和自己的感觉对一对。
学案我已经整理好，需要的老师可以下载打印，在课上直接使用。
这节课最大的收获是，学生们第一次发现，爷爷奶奶用了一辈子的东西里，藏着书上的道理。
""",
    ),
    dict(
        slug="wechat-cunshi-letter-windlass-oral-history",
        site="崾峁村史馆 公众号镜像 (invented)",
        style="公众号镜像",
        genre="征集启事",
        kind="notice",
        form="text",
        source="https://mp.mirror-pages.example.net/s/yaomao-cunshiguan-240615",
        title="崾峁村史馆“井台记忆”口述史征集启事",
        record_title="崾峁村史馆“井台记忆”口述史征集启事",
        date="2024-06-15",
        notes="WeChat mirror text: account line, 预计阅读时间, 在看/分享 rows; the notice's own 关注/分享 sentence kept; signature date",
        page="""
!m 崾峁村史馆　2024-06-15 18:30　发表于陕西
!m 原创　阅读约需2分钟
{T}
{BODY}
!l 👍 点赞 12　　👀 在看 8　　↗ 分享
!a 长按识别二维码，关注崾峁村史馆
!d 文章来源于公众号镜像站，内容以原公众号为准。
""",
        body="""
村里的老井和辘轳，陪伴了几代人。为留住这些记忆，村史馆面向村民征集“井台记忆”口述故事。
征集内容：摇辘轳打水、井台边洗衣、雨天护井等亲身经历，以及与老井有关的老照片。
参与方式：到村史馆登记，由志愿者上门录音；也可以把文字和照片发给村委会。
欢迎大家关注并分享本文，让在外工作的乡亲们也能参与进来。
崾峁村史馆
2024年6月15日
""",
    ),
    dict(
        slug="docshare-dangwen-plan-well-safety-html",
        site="档文网 (invented document sharing)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.dangwenwang.com/p-88127736.html",
        title="崟阳镇废弃机井和土井安全隐患排查整治方案",
        record_title="崟阳镇废弃机井和土井安全隐患排查整治方案.doc",
        date="2024-03-28",
        notes="document-sharing reader with uploader and point prices; file-name record title; signature date; numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>崟阳镇废弃机井和土井安全隐患排查整治方案.doc-档文网</title></head>
<body>
<div class="top">⟦m 档文网 - 专业文档分享平台⟧ ⟦a 登录｜注册⟧</div>
<div class="up">⟦m 上传人：jyz_ban　上传时间：2024-04-02　格式：DOC　页数：3　大小：28KB⟧</div>
<h1>{T}</h1>
<div class="ops">⟦a 下载需要5金币⟧ ⟦a 加入文件夹⟧ ⟦a 分享⟧ ⟦a 举报⟧</div>
<div class="docview">
{BODY}
</div>
<div class="rel">⟦l 相关搜索：机井安全 / 农村土井 / 隐患排查方案⟧</div>
<div class="ft">⟦d 档文网所有资源均为用户上传，请自觉遵守著作权法。⟧</div>
</body></html>
""",
        body="""
为防范废弃机井、土井造成人员坠落事故，结合我镇实际，制定本方案。
一、排查范围：全镇各村（社区）的废弃机井、土井、带辘轳架的老井及其他井洞。
二、整治标准：
1. 废弃不用的，一律回填封死；
2. 保留使用的老井，井口加装铁盖并上锁，辘轳架下设围栏；
3. 临时无法封填的，设置警示牌和围挡。
三、时间安排：4月10日前完成排查，5月31日前完成整治。
崟阳镇人民政府
2024年3月28日
""",
    ),
    dict(
        slug="edu-qiaoyuan-news-windlass-labour-base",
        site="峤原县教育体育局 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://jtj.qiaoyuan.edu.cn/jydt/2024/1016/5520.html",
        title="峤原县三小在劳动实践基地开展“辘轳打水”体验活动",
        record_title=None,
        date="2024-10-16",
        notes="no record title; title line plus 发布时间 line; photo caption between paragraphs; author line glued after last paragraph",
        page="""
!m 峤原县教育体育局
!m 首页 → 教育动态 → 校园快讯
!t 【校园快讯】峤原县三小在劳动实践基地开展“辘轳打水”体验活动
!m 发布时间：2024-10-16 16:48　　来源：峤原县第三小学　　浏览：388
{BODY}
!a 【打印此页】【关闭窗口】
!m 峤原县教育体育局 版权所有　陕ICP备12003870号
""",
        body="""
10月15日，峤原县第三小学组织五年级学生到县劳动实践基地，开展“辘轳打水”体验活动。
基地老师先讲解了辘轳的构造，并示范如何摇把、放绳、提桶。同学们分组轮流操作，体会“一圈一圈往上摇”的力气活。
⟦m 图为学生在老师指导下体验辘轳打水。⟧
活动结束后，不少同学说，以后再也不随便浪费水了。⟦m （通讯员 雷小雨）⟧
""",
        title_also=[],
    ),
    dict(
        slug="intranet-shuiwu-report-rural-water-html",
        site="崆原县水务集团内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://10.18.2.7/oa/wenjian/detail.do?id=77312",
        title="关于农村供水工程覆盖偏远自然村情况的报告",
        record_title="关于农村供水工程覆盖偏远自然村情况的报告",
        date="2024-12-05",
        notes="intranet document view: 流转记录, read counts, approval opinions; 抄报 版记 kept; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公文详情 - 水务集团协同办公</title></head>
<body>
<div class="sys">⟦m 崆原县水务集团协同办公系统⟧ ⟦m 当前用户：生产部 任凯⟧ ⟦a 退出⟧</div>
<div class="tabs">⟦m 待办(3)⟧ ⟦m 已办⟧ ⟦m 公文查阅⟧</div>
<h2>{T}</h2>
<div class="docmeta">⟦m 文件编号：KYSW-2024-118　密级：内部　已读 41 人⟧</div>
{BODY}
<div class="flow">⟦m 流转记录：12-05 生产部 拟稿 → 12-06 分管副总 审核 → 12-06 总经理 签发⟧</div>
<div class="opt">⟦a 导出　打印　转发⟧</div>
</body></html>
""",
        body="""
集团领导：
截至11月底，全县农村集中供水工程已覆盖行政村186个，自来水普及率达到94.2%。
目前仍有崾峁、崖窑等9个偏远自然村、共计137户村民主要靠辘轳井、水窖取水。这些村落居住分散、海拔高，管网延伸投资大。
建议采取“小型集中供水站加入户管网”的方式分两年解决，预计投资约420万元，其中2025年先实施5个村。
妥否，请批示。
抄报：县水务局
生产技术部
2024年12月5日
""",
    ),
    dict(
        slug="qa-wenquan-answer-windlass-principle-html",
        site="问泉问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenquanwd.com/q/7720153.html",
        title="辘轳为什么能省力？和滑轮有什么区别？",
        record_title="辘轳为什么能省力？和滑轮有什么区别？_问泉问答",
        date=None,
        notes="Q&A page with best-answer badge, answerer card, votes; no date (relative times)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>辘轳为什么能省力？和滑轮有什么区别？_问泉问答</title></head>
<body>
<div class="hd">⟦m 问泉问答⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="qmeta">⟦m 初二学生 · 提问于 1年前 · 1.3万人看过⟧</div>
<div class="best">⟦m 🏅 采纳答案⟧ <span>⟦m 崧浦物理老孟 · 高级教师⟧</span></div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 有用(407)　没用(5)　追问⟧</div>
<div class="more">⟦l 其他 3 条回答 ∨⟧</div>
<div class="ft">⟦d 问泉问答内容由网友提供，仅供参考。⟧</div>
</body></html>
""",
        body="""
辘轳其实是一种轮轴。摇把转一圈走过的距离，比轴转一圈绕上的绳子长得多。
根据功的原理，在摇把上用一个较小的力，就能在轴上产生较大的拉力，所以省力，但要多摇几圈。
滑轮是绕着固定轴转动的轮子，定滑轮只改变力的方向、不省力，动滑轮能省一半力。
简单说：辘轳省力靠的是摇把比轴粗，动滑轮省力靠的是两段绳子一起承担重物。
""",
    ),
]
