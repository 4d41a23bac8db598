"""holdout284, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-yanxia-essay-grandma-cloak",
        site="檐下拾光 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://yanxiashiguang.blog.example.net/2025/cloak/",
        title="外婆的蓝布斗篷",
        record_title="外婆的蓝布斗篷 — 旧物随笔 — 檐下拾光",
        date=None,
        notes="blog essay: calendar widget, archive, tag cloud, comment form; post time relative (no date); a reader's 'liked' row glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>外婆的蓝布斗篷 — 旧物随笔 — 檐下拾光</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css"></head>
<body class="single">
<header id="masthead"><p class="site-title">⟦m 檐下拾光⟧</p><p class="site-description">⟦m 记一些慢下来的旧时光⟧</p>
<nav><a>⟦m 主页⟧</a> <a>⟦m 旧物随笔⟧</a> <a>⟦m 读书⟧</a> <a>⟦m 关于檐下⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 11 天前 · 归类于 旧物随笔 · 阅读 384⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：外婆 · 斗篷 · 冬天⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 上一篇 老屋檐下的燕子窝⟧　⟦l 下一篇 一只搪瓷缸子 →⟧</nav>
<div id="comments"><h3>⟦l 给檐下留句话⟧</h3><p>⟦a 昵称（必填）　邮箱（不会公开）　提交留言⟧</p></div>
</main>
<aside id="secondary">
<section><h2>⟦l 日历⟧</h2><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年二月 (3)⟧</li><li>⟦l 2025年一月 (5)⟧</li><li>⟦l 2024年十二月 (4)⟧</li></ul></section>
<section><h2>⟦l 标签云⟧</h2><p>⟦l 旧物 外婆 故乡 冬天 读书 手艺⟧</p></section>
</aside>
<footer id="colophon">⟦d 本站文字除特别注明外均为原创，转载请留言告知⟧　⟦m 本博客由 WordPress 驱动⟧</footer>
<script src="/static/js/stat.js?v=20250301"></script>
</body></html>
""",
        body="""
外婆有一件蓝布斗篷，是她年轻时自己缝的。斗篷没有袖子，领口一根布带一系，从肩膀一直盖到膝盖，里子絮了一层薄棉。
小时候每到冬天，外婆去菜园拔萝卜、去井边挑水，总披着它。我跟在后面跑，冷了就钻进斗篷里，只露出一个脑袋，外婆走一步，我也走一步，像两个人合穿一件衣服。
斗篷的下摆磨破过好几回，外婆就用碎布一块一块地补，补到后来，蓝布上多了灰的、黑的、格子的补丁，倒像一幅拼图。⟦l 已有12位读者觉得很温暖⟧妈妈几次要给她买新棉袄，她都说这件还能穿。
外婆走后，舅舅把斗篷叠好放进了樟木箱。去年冬天回老家，我打开箱子，斗篷上还有淡淡的樟脑味。我把它披在身上站了一会儿，好像又回到了那个跟在外婆身后的冬天。
""",
    ),
    dict(
        slug="blog-celiang-note-plumb-centering-wrapped",
        site="老测量员的自留地 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://laoceliang.blogcn.example/post/2025/03/16/plumb-bob",
        title="用铅锤对中的几点老经验",
        record_title="【测绘手札】用铅锤对中的几点老经验｜老测量员的自留地",
        date="2025-03-16",
        notes="blog post hard-wrapped at 56 columns; the post's date-time line is the page's date; counters, tags, comments and footer",
        page="""
!m 老测量员的自留地
!m 三十年野外测量，一点一滴记下来
{T}
!m 2025-03-16 21:05 | 分类：野外札记 | 阅读(207) | 评论(3)
{BODY}
!l 标签：铅锤　对中　经纬仪
!l « 上一篇：冬季测量电池保温的土办法
!l » 下一篇：水准尺读数常见的三种错误
!l 共有 3 条评论
!l 小丁测量：第三条太有用了，上周刚吃过风的亏
!a 登录后发表评论
!m Powered by 博客中国风 ｜ 本博客访问量：86412
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
现在全站仪都带激光对中，年轻同事很少再用铅锤了。但在井下、桥墩下这些激光看不清的地方，铅锤对中还是最稳当的办法。把这些年的几点经验记下来，供新入行的同事参考。
一是锤要够重。野外风大，铅锤轻了会晃个不停，我一般用一斤左右的钢锤，尖头要直，用久了磨秃了就换。
二是线要细而不弹。尼龙线有弹性，锤一晃就上下跳，最好用细棉线或者专用的对中线，线上不要打结。
三是要挡风。风大时可以让同伴用身体或者雨伞挡住风口，等锤尖稳定在点位上方两三毫米再读数，不要急。
四是对中后要复核。仪器整平以后再看一眼铅锤，整平过程中脚架常常会动，动了就要重新对中。
""",
    ),
    dict(
        slug="wechat-yunlan-teacake-storage-no-title",
        site="云岚茶事 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://mp.weixin-mirror.example.com/s/yunlan-chashi-0328",
        title="茶饼存放的五个误区，你踩过几个？",
        record_title=None,
        date="2025-03-28",
        notes="WeChat mirror without a record title: the h1; 原创 badge and account line (the page's date); a star prompt glued before the first line; 阅读原文/在看 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>云岚茶事</title>
<script>var msg_link="https://mp.weixin.qq.com/s/xxxx";</script></head>
<body><div id="js_article" class="rich_media">
<div class="mirror-bar">⟦m 公号文章存档站 · 本页为原文快照⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div id="meta_content"><span class="original">⟦m 原创⟧</span> <span>⟦m 春晖小岚⟧</span> <a id="js_name">⟦m 云岚茶事⟧</a> <em id="publish_time">⟦m 2025年3月28日 08:30⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="tail"><span>⟦m 阅读 2315⟧</span>　<span>⟦a 赞 46⟧</span>　<span>⟦a 转给好友看看⟧</span></div>
<div class="orig">⟦a 查看公众号原文⟧</div>
<div class="qrcode">⟦a 长按识别二维码，进入云岚茶事小店⟧</div>
<div class="archive-note">⟦d 本站仅存档公开推送，著作权归原公众号所有，侵删⟧</div>
</div></body></html>
""",
        p_html='<section style="margin:0 8px;"><p>{}</p></section>',
        body="""
⟦a 点上方蓝字“云岚茶事”并设为星标，新文不错过⟧不少茶友买了茶饼，却因为存放不当，放了两年反而不好喝了。今天结合我们仓库的经验，说说最常见的五个误区。
误区一：放冰箱保鲜。冰箱里湿度大、串味重，茶饼拿出来还容易返潮，千万别放。
误区二：越密封越好。生茶饼需要少量透气才能慢慢转化，用原包装棉纸加纸箱存放就可以，不必抽真空。
误区三：放在厨房或卫生间附近。茶叶吸附性很强，油烟味、香皂味都会被吸进去，时间长了就去不掉了。
误区四：生茶熟茶放一起。两种茶的气味不一样，混放会互相影响，最好分箱存放。
误区五：经常拿出来翻看。频繁开箱会让温湿度忽高忽低，一般半年检查一次就够了。
存茶环境记住三句话：通风、避光、无异味，湿度保持在60%至70%之间最合适。
""",
    ),
    dict(
        slug="wechat-zhucheng-cloak-drawstring-warning",
        site="邾城市场监管 (invented, WeChat mirror as text)",
        style="公众号镜像",
        genre="消费提示",
        kind="other",
        form="text",
        source="http://wx-archive.example.org/zhucheng-scjg/2024/10/21/1",
        title="家长注意！儿童斗篷上的这根绳子可能很危险",
        record_title="家长注意！儿童斗篷上的这根绳子可能很危险 ｜ 邾城市场监管·公号存档",
        date="2024-10-21",
        notes="WeChat article as text: account line (the page's date), a follow prompt glued before the first words, a 'share this' sentence in the body, reading counts and footers",
        page="""
!m 公号存档 › 邾城市场监管
{T}
!m 邾城市场监管　2024-10-21 17:02　发表于邾城
{BODY}
!m 来源：邾城市市场监督管理局产品质量安全监督管理科
!m 阅读 5108　　在看 93
!a 写留言
!l 往期回顾｜电动自行车充电器抽检结果公布
!l 往期回顾｜秋冬季儿童羽绒服选购提示
!d 存档内容转自公开推送，仅供检索查阅
""",
        indent="",
        gap=True,
        body="""
⟦a 关注“邾城市场监管”，消费提示每周送达⟧天气转凉，不少家长给孩子买了带帽子的斗篷。市场监管部门提醒：选购时一定要看看领口和帽子上有没有抽绳。
儿童斗篷领口的抽绳、带子如果过长，孩子在滑梯、扶梯、车门等处玩耍时，很容易被挂住、夹住，造成勒伤甚至窒息。今年以来，我市已接到3起儿童斗篷抽绳勾挂的投诉。
按照国家标准，7岁以下儿童服装的头部和颈部不得有任何绳带；7岁至14岁儿童服装头颈部的调节带不得有自由末端。
家长选购时要做到“一看二拉三剪”：看有没有绳带，拉一拉是否牢固，对家里已有的斗篷，发现过长的抽绳要及时剪掉或缝死。
请把这条提醒转发分享给身边的家长，发现不合格产品可拨打12315投诉举报。
""",
    ),
    dict(
        slug="docshare-wenxiang-contract-nightstand-template",
        site="文享网 (invented, document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wenxiangdoc.com/d/68420917.html",
        title="床头柜采购合同（范本）",
        title_also=["床头柜采购合同"],
        record_title="〖合同范本〗床头柜采购合同（范本）（含签章页·可填写）",
        date=None,
        notes="sharing page: star rating, upload notice, points lock, service WeChat; a contract template with ×× placeholders, ＿＿ blanks and 第N条 (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖合同范本〗床头柜采购合同（范本）（含签章页·可填写）-文享网</title></head>
<body>
<div class="hd"><a>⟦m 文享网⟧</a> <span>⟦m 好文档，一起享⟧</span> <a>⟦a 上传赚积分⟧</a> <a>⟦a 会员中心⟧</a></div>
<div class="crumb">⟦m 文享网 ＞ 合同协议 ＞ 买卖合同⟧</div>
<div class="doc"><h1>{T}</h1>
<div class="info">⟦m 分享人：木与森　｜　页数：3　｜　格式：DOCX　｜　下载量：412⟧</div>
<div class="star">⟦a 用户评分：★★★★☆（58人评价）⟧</div>
<div class="notice">⟦d 温馨提醒：本文档由分享人上传，文享网只提供存储与展示，文字内容的准确性请自行判断⟧</div>
<div class="content">
{BODY}
</div>
<div class="lock">⟦a 剩余1页已锁定，消耗8积分即可解锁全文⟧</div>
<div class="btns"><a>⟦a 下载此文档⟧</a> <a>⟦a 加入我的收藏⟧</a> <a>⟦a 举报此文档⟧</a></div>
</div>
<div class="side"><h4>⟦l 同分类文档推荐⟧</h4><p>⟦l 家具采购合同（通用版）⟧</p><p>⟦l 办公桌椅买卖协议⟧</p></div>
<div class="ft">⟦w 文档服务微信：wxw_kefu2020⟧　⟦m 苏ICP备20047736号⟧</div>
<script>(function(){var s=document.createElement("script");s.src="//tj.example.net/c.js";document.body.appendChild(s);})();</script>
</body></html>
""",
        body="""
甲方（采购方）：××××有限公司
乙方（供货方）：××家具有限公司
第一条　采购标的。乙方向甲方供应实木床头柜＿＿只，规格为长450毫米、宽400毫米、高550毫米，单价＿＿元，合同总价＿＿元。
第二条　质量要求。产品应符合国家有关家具标准，甲醛释放量不超过0.05毫克/立方米，抽屉推拉顺畅，柜体安装防倾倒装置。
第三条　交货。乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，并负责免费安装。
第四条　验收与付款。甲方收货后5个工作日内验收，验收合格后15日内付清全部货款。
第五条　质保。质保期为两年，质保期内非人为损坏的，乙方免费维修或更换。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wendangyun-pledge-teacake-oneline",
        site="文档云集 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.wendangyunji.com/doc/9917302.html",
        title="理性收藏茶饼　远离炒作陷阱倡议书",
        record_title="理性收藏茶饼　远离炒作陷阱倡议书（行业协会发布稿）",
        date="2024-12-02",
        notes="the whole body on one line; decorated record title; upload box and download prompts around it; 成文日期 at the end of the line",
        page="""
!m 文档云集 · 你身边的文档库
!t 理性收藏茶饼　远离炒作陷阱倡议书（行业协会发布稿）
!m 贡献者：茶乡观察员　　上传于 2024-12-09　　2页
!a ⬇ 高速下载（需5个云币）　　⊕ 存到云集书房
{BODY}
!a 本文档最多预览2页，完整版请下载后阅读
!d 文档云集不对用户上传内容承担审核义务，发现违规内容请向平台反馈
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
全县茶农、茶企和广大茶友：
近年来，茶饼收藏升温，一些商家打着“升值翻倍”“稳赚不赔”的旗号，高价兜售所谓的“古树限量饼”，个别消费者因此蒙受损失。为维护茶饼市场秩序，甯溪县茶业协会向大家倡议：
一、诚信经营。茶企、茶农要如实标注原料产地、年份和重量，不虚假宣传，不以“投资理财”名义销售茶饼。
二、理性收藏。茶饼首先是用来喝的，收藏要量力而行，不盲目听信高额回报，不参与“代存回购”等炒作活动。
三、依法维权。发现虚假宣传、以次充好等行为，及时向市场监管部门投诉举报。
让茶饼回归茶的本味，让茶产业走得更稳、更远。
甯溪县茶业协会
2024年12月2日
""",
    ),
    dict(
        slug="edu-ningxi-notice-calligraphy-droppers",
        site="甯溪县教育体育局 (invented, education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.ningxi.gov.cn.example/tzgg/2025/0227/6031.html",
        title="关于为中小学书法教室配备砚滴等文房用具的通知",
        record_title="关于为中小学书法教室配备砚滴等文房用具的通知 :: 通知公告 :: 甯溪县教育体育局",
        date="2025-02-26",
        date_also=["2025-02-27"],
        notes="education portal: screen-reader row, attachment download links, a technical-support line beside the bureau's contact and mailbox; 附件 list and 请各学校下载附件 kept; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为中小学书法教室配备砚滴等文房用具的通知 :: 通知公告 :: 甯溪县教育体育局</title></head>
<body>
<div class="top">⟦m 甯溪县教育体育局⟧　<a>⟦a 大字版⟧</a>　<a>⟦a 读屏模式开启⟧</a>　<a>⟦a 局长信箱⟧</a></div>
<div class="menu">⟦m 首页　机构职能　教育动态　通知公告　办事指南　招生考试⟧</div>
<div class="pos">⟦m 当前位置 ⇢ 首页 ⇢ 通知公告⟧</div>
<div class="con"><h2>{T}</h2>
<div class="src">⟦m 发稿：县教体局基础教育股　时间：2025-02-27　阅读：1291⟧</div>
<div class="article">
{BODY}
</div>
<div class="fj"><p>⟦a 附件下载：附件1.docx（23KB）⟧</p><p>⟦a 附件下载：附件2.xlsx（11KB）⟧</p></div>
</div>
<div class="side"><h4>⟦l 教育专题⟧</h4><p>⟦l 春季学期开学工作专栏⟧</p><p>⟦l 书香校园建设进行时⟧</p></div>
<div class="foot">⟦m 甯溪县教育体育局版权所有　网站技术支持：0875-3302777（仅限网站故障）⟧<br>⟦m 滇ICP备10025364号-2⟧</div>
<script>window.dataLayer=window.dataLayer||[];</script>
</body></html>
""",
        body="""
各乡镇中心学校，县直各中小学：
为落实中小学书法教育有关要求，改善书法课教学条件，县教体局决定为全县中小学书法教室统一配备砚滴、砚台、笔架等文房用具。现将有关事项通知如下：
一、配备标准。每间书法教室按学生座位数配备瓷质砚滴和砚台，另配教师示范用具一套。砚滴选用容量30毫升左右、出水孔不易堵塞的款式。
二、申报方式。请各学校下载附件2，如实填写书法教室数量和座位数，于3月10日前报县教体局基础教育股。
三、使用管理。各学校要指定专人管理，建立借用登记，课后督促学生清洗砚滴、倒净余水，防止冬季冻裂。
联系人：蔺嘉禾，电话：0875-3302516，邮箱：ningxi_jcjy@ningxi.example.cn。
附件：1.书法教室文房用具配备清单
2.书法教室情况统计表
甯溪县教育体育局
2025年2月26日
""",
    ),
    dict(
        slug="edu-junchuan-plan-graduation-cloaks",
        site="峻川县实验小学 (invented, school site on the county education network)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jcsyxx.edu.example.cn/xxgk/202506/1179.html",
        title="峻川县实验小学2025届毕业典礼暨斗篷授予仪式活动方案",
        record_title="校务公开｜峻川县实验小学2025届毕业典礼暨斗篷授予仪式活动方案",
        date="2025-06-09",
        notes="school site text: column prefix in the record title; navigation, counters and footer; a numbered plan with its signature date",
        page="""
!m 峻川县实验小学　　峻川县教育城域网
!m 学校首页 | 学校概况 | 校务公开 | 德育天地 | 家校共育
{T}
!m 作者：德育处　点击：348　更新：2025-06-10
!a [小]　[中]　[大]　　[打印此文]
{BODY}
!l 上一篇：关于开展端午节传统文化主题活动的通知
!l 下一篇：2025年暑假安全致家长的一封信
!m 峻川县实验小学 © 2025　地址：峻川县城关镇玺园路8号
""",
        indent="\u3000\u3000",
        body="""
为给六年级学生留下有意义的毕业记忆，学校定于6月27日举行2025届毕业典礼暨斗篷授予仪式。现制定方案如下：
一、活动时间和地点。6月27日上午9:00，学校田径场。
二、参加人员。全体六年级毕业生、班主任、任课教师及家长代表。
三、活动流程。1.升国旗，唱国歌；2.校长致辞；3.教师代表、家长代表发言；4.授予毕业斗篷：由班主任为每位学生披上印有校徽的蓝色斗篷；5.毕业生合唱《童年的约定》。
四、工作分工。总务处负责采购斗篷310件并于6月20日前分发到班；德育处负责彩排；各班主任负责统计学生身高，确保斗篷长短合适。
五、安全要求。斗篷领口系带采用魔术贴，不使用抽绳；活动结束后由学生带回留作纪念。
峻川县实验小学
2025年6月9日
""",
    ),
    dict(
        slug="intranet-jiancheng-minutes-plumb-calibration",
        site="邾城建工集团协同办公平台 (invented, OA document view)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.zcjg.local.example/doc/view.do?id=2025-0417-0032",
        title="关于测量器具（铅锤）校验管理的专题会议纪要",
        record_title="〔已归档〕关于测量器具（铅锤）校验管理的专题会议纪要 · 建工协同门户",
        date="2025-04-15",
        notes="OA document view with its 流转记录, read count and buttons; the minutes' 时间/地点/主持/参会/记录 lines are body; the date is the meeting's 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔已归档〕关于测量器具（铅锤）校验管理的专题会议纪要 · 建工协同门户</title>
<script src="/oa/static/js/workflow.js"></script></head>
<body>
<div class="oa-head">⟦m 邾城建工集团协同办公平台⟧　⟦m 当前用户：质安部 钱晓东⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事宜　已办事宜　公文管理　知识文库　通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 / 会议纪要 / 查看⟧</div>
<div class="doc-toolbar"><button>⟦a 另存为版式文件⟧</button><button>⟦a 转发同事⟧</button><button>⟦a 阅知并签收⟧</button></div>
<h2>{T}</h2>
<div class="doc-attr">⟦m 密级：内部　紧急程度：一般　拟稿：质安部⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 04-16 09:12 质安部 蒲文清 拟稿⟧</p><p>⟦l 04-16 15:40 办公室 审核通过⟧</p><p>⟦l 04-17 08:55 分管副总 签发⟧</p></div>
<div class="readcnt">⟦m 已阅 38 人　未阅 6 人⟧</div>
<div class="oa-foot">⟦d 内部资料，严禁外传、截屏⟧　⟦m 信息中心运维电话：8016⟧</div>
</body></html>
""",
        body="""
时间：2025年4月15日下午3:00
地点：集团三楼小会议室
主持：副总工程师 卢宏伟
参会：质安部、工程部、设备物资部负责人，各项目部测量员代表
记录：蒲文清
会议听取了质安部关于一季度测量器具抽查情况的汇报，抽查的86个铅锤中，有11个锤尖磨损或弯曲、7个吊线打结，直接影响墙柱垂直度检测。经讨论，形成以下意见：
一、各项目部现有铅锤于4月30日前全部送设备物资部校验，锤尖偏心超过0.5毫米的一律报废。
二、设备物资部建立铅锤台账，实行一锤一号，每半年校验一次。
三、工程部在技术交底中增加铅锤使用要求，严禁用其他重物代替铅锤吊线。
四、质安部将铅锤校验情况纳入项目月度检查。
""",
    ),
    dict(
        slug="intranet-songmu-bulletin-nightstand-slides",
        site="松木家具厂内部信息网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20.example/news/show.asp?id=2211",
        title="关于C-45型床头柜抽屉滑轨批量异响问题的通报",
        date="2025-03-21",
        notes="intranet text page: record title as is; 文号 line neutral; 抄送 and 印发 lines kept; the intranet's login and IT lines",
        page="""
!m 松木家具厂内部信息网（仅限厂内访问）
!m 欢迎您：品管科 赵春燕　　[修改密码]　[安全退出]
!m 位置：首页 > 质量通报
{T}
坻松家品〔2025〕6号
{BODY}
!m 录入：品管科　审核：厂办　阅读次数：152
!a [关闭窗口]　[打印]
!m 网络故障请拨信息室分机 6006
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
3月中旬，售后部连续接到客户反映，我厂2月生产的C-45型床头柜抽屉推拉时有“咔咔”异响，涉及产品约420件。经品管科检查，原因是二车间在装配时将滑轨安装螺钉由自攻钉换成了普通木螺钉，螺钉头凸出，与滑轨钢珠摩擦发声。
这一问题暴露出装配工序擅自变更物料、首件检验流于形式等问题。经厂部研究，对二车间通报批评，扣减该车间当月质量考核分5分。
各车间要举一反三：一是严禁未经技术部门同意变更物料；二是每批次首件必须由检验员签字确认；三是售后部对已售出的问题床头柜上门更换螺钉，费用由责任车间承担。
抄送：厂长，分管副厂长。
坻口镇松木家具厂办公室　　2025年3月21日印发
""",
    ),
]
