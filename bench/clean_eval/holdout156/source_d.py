"""holdout156, part D: guardianship (监护) and illegal fundraising (非法集资). Invented text."""

CASES = [
    dict(
        slug="blog-minzheng-guardianship-notes-html",
        site="一个基层民政人的手记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://jiceng-mz.blogbus.cn/2024/11/jianhu.html",
        title="做了三年困境儿童监护评估，我想说的几句话",
        date="2024-11-16",
        notes="blog; post meta date; comment box and archive; the text speaks of sharing",
        page="""
<html><head><meta charset="utf-8"><title>做了三年困境儿童监护评估，我想说的几句话 - 一个基层民政人的手记</title></head><body>
<div id="hd"><h1>⟦m 一个基层民政人的手记⟧</h1><span>⟦m 记录 · 思考 · 坚持⟧</span></div>
<div class="entry">
<h2>{T}</h2>
<p class="entry-meta">⟦m 2024-11-16 21:40 ｜ 分类：工作札记 ｜ 148 次阅读⟧</p>
{BODY}
<p class="entry-foot">⟦l 本文标签：儿童福利　监护评估⟧</p>
</div>
<div class="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 山茶：写得很实在，辛苦了。⟧</p><p>⟦a 发表评论（需登录）⟧</p></div>
<div id="archive">⟦l 归档：2024年11月　2024年10月　2024年9月⟧</div>
</body></html>
""",
        body="""
三年来，我参与了四十多户困境儿童家庭的监护评估，有几点感受想和同行分享。
第一，评估不能只看材料。很多问题只有在家里坐下来、和孩子单独聊一聊，才能发现。
第二，监护能力不足不等于监护失职。对于有心无力的祖辈监护人，更需要的是帮扶，而不是责备。
第三，评估之后要有跟进。我们建立了回访台账，每季度至少入户一次。
""",
    ),
    dict(
        slug="forum-fangyuan-guardianship-question-junk",
        site="萱原家园论坛 (invented)",
        style="论坛",
        genre="问答",
        kind="post",
        form="text",
        source="http://www.xuanyuanjy.com/bbs/read.php?tid=77412",
        title="老人失智了，子女怎么申请当监护人？",
        date="2025-02-09",
        notes="forum; post time line is the date; junk lines and glued junk",
        page="""
!m 萱原家园论坛 → 法律咨询 → 浏览帖子
{T}
!m 作者：晚晴　时间：2025-02-09 20:15　楼层：1#
{BODY}
!m 2# 小区热心人：同问，我家也遇到这事
!a [发帖] [回复] [收藏本帖]
""",
        junk=dict(lines=2, glued=1),
        body="""
我父亲前年确诊阿尔茨海默病，现在已经认不出人了。他名下有一套房子需要办理手续，银行说必须有监护人才能办。
后来打听到，需要先向法院申请认定父亲为无民事行为能力人，再确定监护人。
我们兄妹三人商量好由我担任监护人，其他两人写了书面同意意见，法院开庭后一个月就下了判决。
希望我的经历对大家有帮助。
""",
    ),
    dict(
        slug="docshare-wenji-guardianship-agreement-template",
        site="文稷文档网 (invented)",
        style="文档分享",
        genre="协议",
        kind="template",
        form="text",
        source="https://www.wenjidoc.net/doc/5571023.html",
        title="委托监护协议书",
        record_title="委托监护协议书（范本）.doc",
        date=None,
        notes="file-name title with decoration; template placeholders kept; no date",
        page="""
!m 文稷文档网　｜　合同范本 · 民事协议
!t 委托监护协议书（范本）.doc
!m 贡献者：律途　|　页数：1　|　浏览：6172
{T}
{BODY}
!a 立即下载（文稷币 5）　｜　添加到文件夹
!l 相关文档：监护人变更申请书　｜　赡养协议书
!d 免责说明：本范本仅供参考，使用前请结合实际情况修改。
""",
        body="""
委托人（甲方）：________，身份证号：________
受托人（乙方）：________，身份证号：________
被监护人：________，与甲方关系：________
一、甲方因外出务工，委托乙方在________至________期间照料被监护人的日常生活和学习。
二、委托期间，乙方应保障被监护人的人身安全，督促其按时上学，不得让其辍学。
三、甲方每月向乙方支付生活费________元。
甲方签字：________　乙方签字：________
________年____月____日
""",
    ),
    dict(
        slug="edu-taoxi-guardianship-letter-html",
        site="桃隰县教育体育局 (invented)",
        style="教育门户",
        genre="公开信",
        kind="letter",
        form="html",
        source="http://jtj.taoxi.edu.cn/art/2025/1/10/art_1432_22089.html",
        title="致全县留守儿童家长及受托监护人的一封信",
        date="2025-01-10",
        notes="education portal; a contact line of the document and the bureau hotline in the footer",
        page="""
<html><head><meta charset="utf-8"><title>致全县留守儿童家长及受托监护人的一封信</title></head><body>
<div class="logo">⟦m 桃隰县教育体育局⟧</div>
<div class="nav">⟦m 首页 - 教育动态 - 政策文件 - 家校共育 - 联系我们⟧</div>
<div class="pos">⟦m 首页 / 家校共育⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="attr">⟦m 来源：县教体局　时间：2025-01-10　字号：⟧⟦a 大 中 小⟧</div>
{BODY}
</div>
<div class="ft">⟦m 县教体局值班电话：0359-6021001　晋ICP备14003118号⟧</div>
</body></html>
""",
        body="""
尊敬的家长、受托监护人：
寒假即将来临，孩子们在家的时间多了。为了让孩子度过一个安全、健康的假期，请您做到以下几点：
一、外出务工的家长，每周至少与孩子视频通话一次，了解孩子的学习和心理状况。
二、受托监护人要看管好孩子，不让孩子独自到河边、塘边玩耍。
三、孩子遇到困难，可联系班主任或学校心理辅导室，电话：0359-6025120。
桃隰县教育体育局
2025年1月10日
""",
    ),
    dict(
        slug="oa-minzheng-guardianship-minutes-intranet",
        site="芃泽县民政局内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://10.32.8.11/oa/meeting/detail?id=2025-03-071",
        title="关于建立困境儿童临时监护工作机制的会议纪要",
        record_title="关于建立困境儿童临时监护工作机制的会议纪要",
        record_date="2025-03-07",
        date="2025-03-07",
        notes="record date; intranet minutes view; minutes' header lines kept",
        page="""
!m 芃泽县民政局办公自动化系统　〉会议管理　〉纪要查看
!m 密级：内部　　保存期限：长期
!a [导出PDF] [打印预览] [返回]
{T}
{BODY}
!m 阅读情况：已读 18 / 未读 2
""",
        body="""
时间：2025年3月7日下午
地点：局二楼会议室
主持：副局长 吴敏
出席：儿童福利股、社会救助股、县儿童福利指导中心负责人
会议研究决定：
1.由县儿童福利指导中心承担临时监护职责，设置临时照料床位6张。
2.公安机关移送的监护缺失儿童，指导中心在24小时内完成接收和评估。
3.儿童福利股牵头制定临时监护操作规程，3月底前印发。
""",
    ),
    dict(
        slug="qa-falv-guardianship-answer-html",
        site="法帮帮问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.fabangbang.com/ask/1180245.html",
        title="父母离婚后孩子的监护权归谁？",
        date=None,
        notes="Q&A; lawyer signature card and consult chrome; no date",
        page="""
<html><head><meta charset="utf-8"><title>父母离婚后孩子的监护权归谁？_法帮帮问答</title></head><body>
<div class="hd">⟦m 法帮帮问答　百万律师在线⟧</div>
<h1>{T}</h1>
<div class="q-info">⟦m 萱原网友 提问于 3天前　|　婚姻家庭⟧</div>
<div class="ans">
<div class="lawyer">⟦m 郭晓岚律师　执业9年　已帮助1.3万人⟧</div>
{BODY}
<div class="consult">⟦w 一对一咨询郭律师：点击拨打 188-0359-6623⟧</div>
</div>
<div class="more">⟦l 更多相似问题　|　离婚后抚养费怎么算⟧</div>
</body></html>
""",
        body="""
首先要区分两个概念：监护权和直接抚养权。
父母离婚后，双方对子女仍然都是监护人，监护权不因离婚而丧失。
所谓“孩子归谁”，实际上是指由哪一方直接抚养。双方协商不成的，由法院根据最有利于未成年子女的原则判决。
子女已满八周岁的，法院应当尊重其真实意愿。
""",
    ),
    dict(
        slug="anthology-jinglu-fundraising-essay",
        site="镜庐随笔 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://jinglu.wenji.org/suibi/044.html",
        title="母亲差点买了“养老理财”",
        date="2024-07-21",
        notes="collection; essay date at the end; prev/next",
        page="""
!m 镜庐随笔　· 第四十四篇
!l 上一篇　旧书摊　　　下一篇　小城的雨
{T}
{BODY}
!m 本篇字数 412　阅读 77
!l 上一篇　旧书摊　　　下一篇　小城的雨
""",
        indent="　　",
        body="""
上个月回家，母亲神秘地拿出一张宣传单，说社区里有个“养老项目”，存十万元一年能拿一万二的利息。
我一看就觉得不对劲。年化百分之十二，还说保本保息，这分明是非法集资的老套路。
我陪母亲去了一趟派出所，民警说，这家公司已经被列入重点关注名单了。
回来的路上，母亲说：“幸亏没存。”我心里却有些后怕。
2024年7月21日夜
""",
    ),
    dict(
        slug="dangjian-jinrong-fundraising-lecture-html",
        site="葭州金融系统党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jzjrdj.cn/dkt/202406/t20240614_505.html",
        title="防范非法集资　守护群众“钱袋子”——在金融系统党课上的讲稿",
        date="2024-06-14",
        notes="Party site; date under the title; speaker neutral; share bar",
        page="""
<html><head><meta charset="utf-8"><title>防范非法集资　守护群众“钱袋子”_葭州金融系统党建网</title></head><body>
<div class="top">⟦m 葭州金融系统党建网⟧</div>
<div class="nav">⟦m 首页 · 党建动态 · 党课讲稿 · 清廉金融 · 先锋风采⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 党课讲稿⟧</div>
<h2>{T}</h2>
<p align="center">（2024年6月14日）</p>
<p align="center">市金融工作局党组书记　邓国梁</p>
{BODY}
<div class="share">⟦l 分享至：微信　微博　QQ⟧</div>
<div class="foot">⟦m 中共葭州市金融工作委员会主办⟧</div>
</body></html>
""",
        body="""
同志们：
今天这堂党课，我想和大家谈谈防范非法集资的问题。
非法集资的本质是“借新还旧”，靠后来者的钱支付前面人的利息，资金链一断，受害的都是普通群众。
作为金融系统的党员干部，我们要做到“三个带头”：带头学习金融知识，带头开展宣传进社区，带头抵制高息诱惑。
守护群众的“钱袋子”，就是践行我们的初心使命。
""",
    ),
    dict(
        slug="hospital-renji-fundraising-notice",
        site="芃泽县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.pzrmyy.com/news/tz/2025-05-15.html",
        title="关于警惕以“医疗养老”名义非法集资的提示",
        date="2025-05-15",
        notes="hospital site; the notice's own 打印/分享 sentence kept; glued action chrome",
        page="""
!m 芃泽县人民医院　仁心仁术　患者至上
!m 首页 › 医院公告
{T}
!m 2025-05-15　|　院办
{BODY}
!a 【返回上一页】【打印】
!m 预约挂号电话：0359-8812345　院址：芃泽县健康路18号
""",
        body="""
近期，有不法分子冒用我院名义，以“医养结合项目入股”“高额返利”为诱饵，向老年人推销所谓养老产品。
我院郑重声明：我院从未开展任何形式的集资、入股或理财业务，也未授权任何机构和个人以我院名义开展此类活动。⟦a 〔分享到朋友圈〕⟧
请广大群众提高警惕，发现可疑情况及时向公安机关报案。欢迎各科室将本提示打印张贴，或分享给身边的老年朋友。
芃泽县人民医院
2025年5月15日
""",
    ),
    dict(
        slug="university-caijing-fundraising-news",
        site="葭州财经学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jzcj.edu.cn/xwzx/xyxw/2025/0429/11207.htm",
        title="我院学生志愿者走进社区开展防范非法集资宣传",
        date="2025-04-29",
        notes="college news; 发布时间 line; photographer/editor lines",
        page="""
!m 葭州财经学院 · 新闻网
!m 首页　学院新闻　媒体财院　校园文化
{T}
!m 来源：金融学院　发布时间：2025-04-29　点击数：386
{BODY}
!m 文字：何静　图片：张帆　编辑：周蕾
!l 上一篇：我院举办第十届模拟炒股大赛
""",
        body="""
4月27日，我院金融学院“金钥匙”志愿服务队走进北关社区，开展防范非法集资宣传活动。
志愿者们通过案例讲解、情景剧表演等形式，向居民揭示“高息揽储”“养老投资”等常见骗局。
活动共发放宣传资料600余份，现场解答居民咨询80余人次。
""",
    ),
    dict(
        slug="localforum-jiazhou-fundraising-warning-html",
        site="葭州论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.jiazhoubbs.com/thread-663318-1-1.html",
        title="转：葭州市处置非法集资领导小组办公室风险提示",
        date="2025-03-18",
        notes="local forum, Discuz-like with jammer fonts; floor meta; signature date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>转：葭州市处置非法集资领导小组办公室风险提示 - 葭州论坛</title></head><body>
<div id="hd">⟦m 葭州论坛　葭州人自己的网上家园⟧</div>
<div id="pt">⟦m 论坛 › 葭州资讯 › 转：葭州市处置非法集资领导小组办公室风险提示⟧</div>
<div class="pl"><div class="authi">⟦m 葭州小编　发表于 2025-3-19 08:41⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 本帖最后由 葭州小编 于 2025-3-19 08:45 编辑⟧</div>
</div>
<div class="po">⟦l 回复　引用　评分　举报⟧</div>
</body></html>
""",
        p_html="{}<br>",
        body="""
广大市民朋友：
近期，我市发现一些机构以“私募基金”“消费返利”“虚拟货币”等名义向社会公众吸收资金，承诺高额回报。此类行为涉嫌非法集资，风险极大。
请牢记：凡是承诺保本高息的，都要高度警惕；凡是要求拉人头、发展下线的，都可能是骗局。
如发现非法集资线索，请向当地处非办或公安机关举报。
葭州市处置非法集资领导小组办公室
2025年3月18日
""",
    ),
    dict(
        slug="download-jinrong-fundraising-ppt-speech",
        site="金资料下载站 (invented)",
        style="资料下载站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jinziliao.net/down/30288.html",
        title="在全县防范非法集资宣传月启动仪式上的致辞",
        record_title="在全县防范非法集资宣传月启动仪式上的致辞【word可编辑】",
        date=None,
        notes="download station; no date anywhere; file-info lines and mirrors",
        page="""
!m 金资料下载站 — 首页 > 讲话致辞 > 金融类
!t 在全县防范非法集资宣传月启动仪式上的致辞【word可编辑】
!m 文件格式：DOC　文件大小：26KB　授权方式：免费　更新：2天前
!a 下载通道：[本地下载一] [本地下载二] [高速下载]
{T}
{BODY}
!a 下载不了？请点击这里反馈
!d 所有资料来源于网络，若有版权问题请联系管理员。
""",
        body="""
各位领导、同志们、朋友们：
今天，我们在这里启动全县防范非法集资宣传月活动。
近年来，非法集资案件呈现手段翻新、传播迅速的特点，特别是针对老年人的“养老诈骗”屡禁不止。
希望各部门以这次宣传月为契机，把宣传做到村组、做到家庭，让“高收益必然伴随高风险”的观念深入人心。
预祝宣传月活动取得圆满成功！
""",
    ),
]
