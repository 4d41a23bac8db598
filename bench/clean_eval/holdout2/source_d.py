"""Holdout2 cases, part D: forums, blogs and WeChat mirrors. Invented text.
Held back: do not open while writing rules."""

CASES = [
    dict(
        slug="forum-jiceng-summary-junk-text",
        site="基层治理交流社区 (invented, Discuz-style forum), text rendering",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://bbs.jczlsq.cn/thread-240517-1-1.html",
        title="2024年社区网格化服务管理工作总结",
        record_title="[分享] 2024年社区网格化服务管理工作总结",
        date="2024-12-18",
        notes="forum thread: '[分享]' in the record title; anti-scraping junk as lines and glued after 。; replies with dates after the post; date in the 发表于 line",
        page="""
!m 基层治理交流社区 - 论坛
!m 首页 › 经验交流 › 总结汇报
!m 阅读权限 10　　查看：1562　　回复：9
!t [分享] 2024年社区网格化服务管理工作总结
!m 楼主 网格小兵 发表于 2024-12-18 20:41
!a 电梯直达
{BODY}
!a 附件: 您需要 登录 才可以下载或查看，没有账号？立即注册
!l 2# 社区老周 发表于 2024-12-19 09:12
!l 总结得很全面，借鉴一下思路，谢谢分享！
!l 3# 小河流水 发表于 2024-12-19 13:30
!l 第五部分能不能再展开写写？
!a 高级模式　　回复
!m 联系我们 · 手机版 · 基层治理交流社区
!m 页面执行时间 0.0531 秒，数据库查询 18 次
""",
        junk=dict(lines=2, glued=5),
        body="""
2024年，我社区以党建引领基层治理为统领，坚持“小网格、大服务”理念，不断完善网格化服务管理体系，推动网格服务精细化、管理规范化，社区治理效能进一步提升。现将全年工作总结如下。
一、优化网格设置，夯实治理基础
按照“规模适度、便于管理”的原则，将社区重新划分为综合网格16个、专属网格3个，每个网格配备网格长、专职网格员和兼职网格员，形成“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系。
二、强化网格服务，回应群众需求
网格员全年走访居民1.8万户次，收集居民诉求620件，办结率达到98.7%。建立独居老人、残疾人等特殊群体服务台账，开展“敲门行动”，定期上门探访，及时帮助解决实际困难。
三、做实网格管理，维护平安稳定
依托网格开展矛盾纠纷排查化解，全年化解邻里纠纷、物业纠纷等各类矛盾73起。协助开展燃气安全、消防安全隐患排查，督促整改隐患210余处。组织开展反诈宣传进网格活动，辖区电信诈骗案件发案数同比下降32%。
四、存在的问题
一是专职网格员流动性较大，队伍稳定性有待提高；二是网格信息系统与部门业务系统数据共享不够；三是部分居民对网格工作的知晓度和参与度不高。
五、2025年工作思路
下一步，我们将加强网格员队伍建设，完善激励保障机制，推动网格数据互联互通，广泛动员居民参与网格治理，努力打造共建共治共享的社区治理新格局。
""",
    ),
    dict(
        slug="forum-cailiao-speech-html-jammer-date-in-post",
        site="材料人之家论坛 (invented, Discuz-style)",
        style="论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://bbs.cailiaoren.net/forum.php?mod=viewthread&tid=90312",
        title="在全县根治欠薪冬季专项行动部署会上的讲话",
        record_title=None,
        date="2024-11-20",
        date_also=["2024-11-26"],
        notes="no title in the record; Discuz post cell with <br> lines: the title, then the date under it, then the speech; jammer junk; post date differs",
        page="""
<html><head><meta charset="gbk"><title>在全县根治欠薪冬季专项行动部署会上的讲话 - 讲话致辞 - 材料人之家论坛</title></head><body>
<div id="toptb">⟦m 材料人之家论坛⟧　<a>⟦a 切换到宽版⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="nv">⟦m 论坛　导读　群组　排行榜⟧</div>
<div id="pt">⟦m 材料人之家论坛 » 公文写作 » 讲话致辞 » 正文⟧</div>
<div class="plhin"><div class="pi">⟦m 楼主⟧ ⟦m 新人求带⟧ ⟦m 发表于 2024-11-26 10:18⟧</div>
<div class="pct"><table><tr><td class="t_f" id="postmessage_552031">
{T}<br />
（2024年11月20日）<br />
{BODY}
</td></tr></table></div>
<div class="sign">⟦m 天天写材料，年年写材料⟧</div>
<div class="po">⟦a 支持　反对　收藏　举报⟧</div></div>
<div id="postlist_more">⟦l 回复 #2 人间草木：谢楼主，正好要写类似的⟧</div>
<div id="f_pst">⟦a 登录 后方可回帖⟧</div>
<div id="ft">⟦m 材料人之家论坛 ( 冀ICP备17022819号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=4),
        body="""
同志们：
今天召开全县根治欠薪冬季专项行动部署会，主要任务是贯彻落实上级关于根治拖欠农民工工资工作的部署要求，对今冬明春全县根治欠薪工作进行再动员、再部署。
一、提高政治站位，充分认识根治欠薪工作的重要性
农民工工资是农民工及其家庭的“血汗钱”“养家钱”，事关群众切身利益，事关社会和谐稳定。今年以来，全县各级各部门认真落实保障农民工工资支付各项制度，共受理欠薪案件86件，为1200余名农民工追回工资1560万元。但也要看到，工程建设领域欠薪问题仍然易发多发，个别企业恶意欠薪行为时有发生，临近年关，欠薪问题可能集中显现，各级各部门务必高度重视。
二、聚焦重点领域，扎实开展专项行动
一要全面排查。专项行动期间，各乡镇、各行业主管部门要对在建工程项目和劳动密集型企业开展拉网式排查，重点检查工资专用账户、实名制管理、工资保证金等制度落实情况，发现问题及时督促整改。二要快速处置。对排查发现和群众反映的欠薪线索，要坚持“接诉即办”，做到快受理、快调处、快结案。三要严厉惩戒。对拒不支付劳动报酬的违法行为，依法移送公安机关追究刑事责任，并纳入失信联合惩戒名单，形成有力震慑。
三、压实各方责任，确保农民工工资按时足额发放
各乡镇要落实属地监管责任，住建、交通、水利等行业主管部门要落实行业监管责任，人社部门要落实牵头抓总责任，建设单位和施工总承包单位要落实主体责任。县根治欠薪工作领导小组办公室要加强调度督办，对工作不力的单位进行通报约谈。
同志们，根治欠薪工作关系千家万户。希望大家以对人民群众高度负责的态度，扎实做好各项工作，确保全县农民工都能拿到工资、安心回家过年！
""",
    ),
    dict(
        slug="forum-lanshiba-research-no-title-junk",
        site="澜石吧 (invented, tieba-style), text rendering",
        style="论坛",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://tieba.lanshiba.cn/p/9930177241",
        title="关于乡镇卫生院人才队伍建设情况的调研报告",
        record_title=None,
        date=None,
        notes="no title in the record; the thread title carries 【资料】 and （全文）; junk lines and junk glued after 。; floor lines; no date",
        page="""
!m 澜石吧
!m 本吧签到人数：862　　会员：3.4万
!t 【资料】关于乡镇卫生院人才队伍建设情况的调研报告（全文）
!a 只看楼主　收藏本帖　回复
!m 楼主　小石头娃　　Lv.7
{BODY}
!m 来自iPhone客户端
!l 2楼　老卫生员：讲得很实在，基层确实缺人
!l 3楼　吧友5530981：收藏了，写材料用得上
!a 打开App，看更多精彩回复
""",
        junk=dict(lines=1, glued=4),
        body="""
为全面了解我县乡镇卫生院人才队伍建设情况，近期，县政协教科卫体委员会组织部分委员，深入全县11所乡镇卫生院开展专题调研，召开座谈会6场，发放调查问卷320份。现将有关情况报告如下。
一、基本情况
全县现有乡镇卫生院11所，编制床位560张，在岗职工736人，其中卫生专业技术人员612人。在卫生专业技术人员中，具有本科及以上学历的占28%，具有中级及以上职称的占19%，45岁以上的占41%。
二、存在的主要问题
（一）人才引进难。乡镇卫生院工作条件相对艰苦，薪酬待遇缺乏竞争力，近三年公开招聘岗位的报考比例不足1:2，部分岗位无人报考。
（二）人才留住难。近三年，全县乡镇卫生院流失专业技术人员57人，其中大部分为35岁以下的业务骨干，主要流向县级以上医院和民营医疗机构。
（三）能力提升难。受人员紧张影响，卫生院难以安排人员外出进修，部分医务人员知识老化，难以适应群众日益增长的医疗服务需求。
（四）结构不合理。全科医生、影像、检验、中医等专业人才短缺，护理人员占比偏高，学科发展不平衡。
三、对策建议
（一）拓宽引才渠道。落实基层卫生人才招聘“放宽学历、放宽年龄”等政策，扩大农村订单定向医学生培养规模，探索“县管乡用”人才管理机制。
（二）完善激励机制。落实“两个允许”要求，合理提高乡镇卫生院绩效工资水平，在职称评聘、评先评优等方面向基层倾斜。
（三）加强培训培养。依托县域医共体，建立县级医院专家下沉带教制度，每年选派一批乡镇卫生院骨干到上级医院进修学习。
（四）优化人才结构。根据辖区群众医疗需求，科学核定岗位设置，重点补充全科、中医、公共卫生等紧缺专业人才。
""",
    ),
    dict(
        slug="blog-songjian-insight-html-no-record-title",
        site="松间听雨 (invented, static-site blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://songjian-tingyu.cn/posts/2024/07/chongdu-xuanji/",
        title="重读《毛泽东选集》第一卷的几点体会",
        record_title=None,
        date="2024-07-01",
        notes="no title in the record; <title> with ' | blog'; date in a <time> 发表于 line; word count and reading time; tags, prev/next, comment widget",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>重读《毛泽东选集》第一卷的几点体会 | 松间听雨</title>
<meta name="generator" content="Hexo 7.1.1"></head><body>
<header id="header"><a class="brand">⟦m 松间听雨⟧</a><span class="subtitle">⟦m 在基层写字的人⟧</span>
<nav>⟦m 首页　归档　分类　标签　关于⟧</nav></header>
<main><article class="post">
<header class="post-header"><h1 class="post-title">{T}</h1>
<div class="post-meta"><time datetime="2024-07-01T22:10:00+08:00">⟦m 发表于 2024-07-01⟧</time> ⟦m 分类于 读书⟧ ⟦m 本文字数：1.1k　阅读时长 ≈ 2 分钟⟧</div></header>
<div class="post-body">
{BODY}
</div>
<footer class="post-footer"><div class="post-tags">⟦l # 读书　# 经典⟧</div>
<div class="post-nav">⟦l ‹ 基层调研的几个小体会⟧ ⟦l 《乡土中国》读书札记 ›⟧</div></footer>
</article>
<div id="vcomments"><p>⟦l 昵称　邮箱　网址(http://)⟧</p><p>⟦l 欢迎留言交流⟧</p><button>⟦a 发送留言⟧</button></div></main>
<footer id="footer">⟦m © 2021 – 2024 松间听雨⟧ ⟦m 由 Hexo 强力驱动⟧</footer>
</body></html>
""",
        body="""
最近，我利用业余时间重读了《毛泽东选集》第一卷。第一次读这本书是在大学期间，那时更多是当作历史文献来读；这次结合多年的基层工作经历再读，感受大不一样，许多篇章读来仍然发人深省。
一是读《中国社会各阶级的分析》，体会到“搞清楚情况”是一切工作的起点。文章开篇就提出“谁是我们的敌人？谁是我们的朋友？”这个问题，并用大量调查材料回答它。我们今天做工作，同样要先把情况搞清楚，弄明白服务对象是谁、他们的需求是什么，工作才能有的放矢。
二是读《反对本本主义》，体会到调查研究是解决问题的“金钥匙”。“没有调查，没有发言权”，这句话我们都很熟悉，但真正做到并不容易。现实中，有的同志习惯于坐在办公室里凭经验拍板，有的调研只是走过场。要解决这些问题，必须真正沉下身子，到矛盾多、困难大的地方去。
三是读《关心群众生活，注意工作方法》，体会到群众利益无小事。文章谈到要解决群众的穿衣问题、吃饭问题、住房问题、柴米油盐问题，这些话朴实无华，却道出了群众工作的真谛。
经典常读常新。今后，我打算把重读经典作为一个长期坚持的习惯，每月读一篇、写一篇笔记，在学习中不断校正自己的思想和行动。
""",
    ),
    dict(
        slug="blog-shouzhuozhai-report-gap-post-date",
        site="守拙斋 (invented personal blog), text rendering",
        style="博客",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://shouzhuozhai.net/archives/318",
        title="2024年度乡镇财政所所长述职报告",
        date="2025-01-06",
        notes="blog post: slogan, menu, 发表于/分类于/阅读次数 line, tags, prev/next arrows, comments, ICP footer; blank lines between paragraphs",
        page="""
!m 守拙斋
!m 一个基层财政人的写作园地
!m 首页 ｜ 随笔 ｜ 公文 ｜ 留言板
{T}
!m 发表于 2025-01-06 ｜ 分类于 公文 ｜ 阅读次数 214
{BODY}
!l 本文标签：# 述职报告 # 财政所
!l ← 乡镇财政工作的几点思考　　　　年终总结写作小记 →
!l 3 条评论
!l 过客：学习了，财政所的工作确实繁杂
!l 发表你的看法
!m © 2025 守拙斋 · 备案号：黔ICP备2022007316号
""",
        gap=True,
        indent="\u3000\u3000",
        body="""
2024年，在镇党委、政府和县财政局的领导下，我带领财政所全体同志，紧紧围绕全镇中心工作，认真履行财政职能，较好完成了各项工作任务。现将本人履职情况报告如下。
一、认真履行职责，财政工作稳步推进
（一）组织收入完成较好。全年完成一般公共预算收入3860万元，为年度任务的104.3%，同比增长6.2%。
（二）保障重点支出有力。坚持“三保”支出优先，全年各项支出1.12亿元，其中民生支出占比达到79%，保障了机关正常运转和各项惠民政策落实。
（三）惠农资金发放规范。通过“一卡通”平台发放耕地地力保护补贴、生态公益林补偿等各类惠农补贴资金2460万元，涉及农户1.3万户，做到资金发放公开透明、准确及时。
（四）财务监管不断加强。规范村级财务管理，全面推行村级财务“双代管”，开展村级财务专项检查2次，督促整改问题17个。
二、加强自身建设，提升服务水平
坚持学习财经法规和业务知识，带领全所同志参加业务培训4次。改进服务方式，推行惠农补贴政策“明白卡”，群众咨询办理更加便捷。
三、严守纪律规矩，做到廉洁从政
严格遵守财经纪律，坚持按制度办事、按程序审批，管好财政资金，从未利用职务之便谋取私利。
四、存在的不足和今后的打算
一是主动理财意识还不够强；二是对财政资金绩效管理研究不深。2025年，我将进一步加强学习，强化预算绩效管理，提高财政资金使用效益，为全镇经济社会发展提供坚实的财力保障。
""",
    ),
    dict(
        slug="blog-xiangyin-host-wrapped-category-prefix",
        site="乡音文稿 (invented personal blog), text rendering",
        style="博客",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://xiangyinwengao.cn/post/1204.html",
        title="栗阳村2025年春节联欢晚会主持词",
        record_title="村晚主持词｜栗阳村2025年春节联欢晚会主持词",
        date=None,
        notes="category prefix before '｜' in the record title; dialogue lines of two hosts, wrapped at 30 characters; a blogger's contact invitation; no date",
        page="""
!m 乡音文稿 · 个人博客
!m 首页 » 主持词 » 村晚主持词
{T}
!m 作者：老柳　　|　评论：2　|　浏览：431
{BODY}
!a 觉得有用就点个赞吧　👍 36
!l 上一篇：村“两委”换届选举大会主持词
!l 下一篇：重阳节敬老座谈会主持词
!w 需要定制村晚、年会主持稿的朋友，可在留言区留下联系方式，博主看到会回复。
!d 本博客文章除注明转载外均为原创，转载请保留出处。
""",
        wrap=60,
        body="""
男：尊敬的各位领导、各位来宾，
女：亲爱的父老乡亲们，
合：大家晚上好！
男：金蛇迎春辞旧岁，
女：栗乡欢歌庆新年。
男：在这辞旧迎新的美好时刻，我们欢聚一堂，共同举办栗阳村2025年春节联欢晚会。
女：首先，我们代表村党支部、村委会，向全体村民拜个早年！祝大家新春快乐、身体健康、阖家幸福！
男：过去的一年，是栗阳村发展进步的一年。村里新修了三公里产业路，建起了板栗加工厂，村集体经济收入突破了五十万元。
女：过去的一年，也是村民们收获满满的一年。家家户户的日子越过越红火，我们的村庄也变得越来越美丽。
男：今晚的节目都是由我们村民自编自演的，有歌舞、有小品、有快板，还有孩子们带来的诗朗诵。
女：下面，请欣赏第一个节目，村广场舞队带来的舞蹈《欢天喜地过大年》，掌声欢迎！
男：欢乐的时光总是短暂的，今晚的联欢晚会到这里就要结束了。
女：让我们再次祝愿大家新春快乐、万事如意！
合：栗阳村2025年春节联欢晚会到此结束，谢谢大家！明年再见！
""",
    ),
    dict(
        slug="wechat-weiyue-initiative-title-thrice-cn-date",
        site="微阅站 (invented WeChat mirror) of the account 松岚城管",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="text",
        source="https://www.weiyuezhan.cn/a/slcg/20241108/8801.html",
        title="关于做好生活垃圾分类 共建美丽家园的倡议书",
        record_title=None,
        date="2024-11-08",
        notes="no title in the record; the title three times, the last glued to the first line; audio button; date in Chinese numerals under the signature and in the account line",
        page="""
!m 微阅站 — 好文随时看
{T}
!m 原创　松岚城管　2024年11月08日 18:30　广西
!a 关注“松岚城管”，获取更多城市管理资讯
{T}
!a 听全文（预计4分钟）
{T}{BODY}
!l 往期回顾
!l 区城管局开展冬季市容环境整治行动
!l 这些物品属于有害垃圾，你分对了吗？
!m 来源：松岚城管
!m 编辑：覃雪　审核：黎明
!a 分享　收藏　点赞　在看
!d 本页面内容转载自微信公众号，如需删除请联系镜像站管理员。
""",
        body="""
全区广大居民朋友们：
生活垃圾分类关系千家万户，是改善人居环境、促进资源循环利用的重要举措。自全区推行生活垃圾分类以来，越来越多的居民养成了分类投放的好习惯，但仍有部分居民存在混投乱放现象。为进一步提高垃圾分类的参与率和准确率，共同建设整洁美丽的家园，区城市管理局向全区居民发出如下倡议：
一、做垃圾分类的学习者。主动了解可回收物、有害垃圾、厨余垃圾和其他垃圾的分类标准，熟悉小区投放点位置和投放时间，做到心中有数。
二、做垃圾分类的践行者。从自己做起、从家庭做起，坚持源头减量、分类投放，厨余垃圾做到“破袋投放”，大件垃圾和装修垃圾按规定预约清运。
三、做垃圾分类的宣传者。积极向家人、邻居和朋友宣传垃圾分类知识，引导身边的人一起参与，让垃圾分类成为社区新风尚。
四、做垃圾分类的监督者。积极参加社区垃圾分类志愿服务，对乱扔乱倒、混投混放等不文明行为进行劝导，共同维护良好的社区环境。
垃圾分类，举手之劳；美丽家园，你我共建。让我们携起手来，从点滴做起，为建设美丽松岚贡献自己的一份力量！
松岚区城市管理局
二〇二四年十一月八日
""",
    ),
    dict(
        slug="wechat-yanxi-news-html-publish-time",
        site="mirror of the WeChat account 雁溪融媒 (invented)",
        style="公众号镜像",
        genre="新闻稿",
        kind="news",
        form="html",
        source="https://wxmirror.yanxi-read.cn/s/yxrm_20240520_02",
        title="雁溪县首批“乡村工匠”名师工作室授牌",
        date="2024-05-20",
        notes="WeChat page layout; the date only in the publish time element; credits (文字/图片/初审/复审/终审) inside the content; follow card",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="雁溪县首批“乡村工匠”名师工作室授牌">
<title>雁溪县首批“乡村工匠”名师工作室授牌</title></head><body>
<div class="rich_media_area_primary">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 雁溪融媒⟧</span> <em id="publish_time">⟦m 2024年05月20日 19:12⟧</em> <span>⟦m 湖南⟧</span></div>
<div class="rich_media_content">
<section><p style="text-align:center;color:#888">⟦a ↑点击上方“雁溪融媒”关注我们⟧</p></section>
{BODY}
<section><p>⟦m 文字：记者 欧阳雪⟧</p><p>⟦m 图片：县人社局⟧</p><p>⟦m 初审：张敏　复审：谭刚　终审：陆一鸣⟧</p></section>
<section><p>⟦d 转载请注明来源“雁溪融媒”⟧</p></section>
</div>
<div class="profile_card">⟦a 点击下方名片 关注雁溪融媒⟧</div>
<div class="read_more">⟦l 阅读 3862　　赞 57　　推荐 12⟧</div>
<div class="comment_area">⟦l 留言⟧</div>
</div></body></html>
""",
        p_html='<section style="margin:0 8px"><p style="line-height:1.75">{}</p></section>',
        body="""
5月18日，雁溪县首批“乡村工匠”名师工作室授牌仪式在县职业教育中心举行，竹编、石雕、木作、传统酿造等领域的8个工作室获得授牌。
近年来，雁溪县深入挖掘乡村手工技艺资源，实施“乡村工匠”培育工程，通过摸底建库、技能培训、评选认定等方式，培养了一批扎根乡村、技艺精湛的能工巧匠。目前，全县已认定县级“乡村工匠”126名，其中12人获评市级“乡村工匠名匠”。
此次授牌的名师工作室将承担技艺传承、人才培养、产品研发等任务，每个工作室每年至少带徒5名，开展技能培训不少于4期。县人社局、农业农村局将对工作室给予每年3万元的经费支持。
“以前都是一个人埋头做竹编，现在有了工作室，可以带更多徒弟，把老手艺传下去。”竹编工作室负责人杨师傅说，他计划今年开发一批兼具实用性和观赏性的竹编文创产品，带动周边村民增收。
据介绍，下一步，雁溪县将把“乡村工匠”培育与乡村特色产业发展、非遗保护传承紧密结合，推动更多传统技艺转化为群众增收致富的“金饭碗”。
""",
    ),
    dict(
        slug="wechat-gonghao-plan-no-record-title-account-date",
        site="公号档案馆 (invented WeChat archive) of the account 芷水体育",
        style="公众号镜像",
        genre="实施方案",
        kind="other",
        form="text",
        source="http://www.gonghaodag.com/zsty/2024/0315/a21907.html",
        title="芷水县2024年全民健身运动会实施方案",
        record_title=None,
        date="2024-03-15",
        notes="no title in the record; the date only in the account line; organiser lines (主办单位：…) are part of the plan",
        page="""
!m 公号档案馆
!m 微信公众号文章存档 | 文章详情
{T}
!m 芷水体育　　2024-03-15 17:46
!a 点击蓝字 关注我们
{BODY}
!l 推荐阅读
!l 芷水县第三届“村BA”篮球赛圆满落幕
!l 春季健身，这几点要注意
!m 编辑：周小夏
!a 点个“在看”，分享给更多朋友
!d 声明：公号档案馆仅对公开文章做存档，版权归原公众号所有。
""",
        body="""
为深入实施全民健身国家战略，广泛开展群众性体育活动，推动全民健身和全民健康深度融合，经县人民政府同意，决定举办芷水县2024年全民健身运动会。为确保运动会顺利举办，特制定本方案。
一、指导思想
坚持以人民为中心的发展思想，以“全民健身·活力芷水”为主题，以群众喜闻乐见的体育项目为载体，充分调动广大群众参与体育健身的积极性，营造人人参与、人人享有的全民健身氛围。
二、组织机构
主办单位：芷水县人民政府
承办单位：芷水县文化体育和旅游局
协办单位：各乡镇人民政府、县直各单位、县各单项体育协会
三、时间和地点
运动会于2024年4月至10月举行，分项目在县体育中心、各乡镇文体广场等场地进行。
四、竞赛项目
设篮球、气排球、乒乓球、羽毛球、象棋、拔河、广场舞、健身跑等8个大项。各项目具体竞赛规程另行通知。
五、参赛办法
（一）以乡镇和县直单位为单位组队参赛，每个单位可报名参加全部项目。
（二）运动员须为本单位在职在编人员或本乡镇常住居民，身体健康，能够胜任比赛。
（三）各参赛单位须为运动员购买比赛期间的人身意外伤害保险。
六、工作要求
各乡镇、各单位要高度重视，精心组织，积极组队参赛。要加强安全管理，制定应急预案，确保运动会安全、有序、圆满举办。
""",
    ),
]
