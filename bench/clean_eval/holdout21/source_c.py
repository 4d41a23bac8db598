"""Holdout21, part C: news portals, account mirrors, blogs, personal collections and
forums — a furniture-industry town's news portal, a dermatology institute's screening
news, a tai-chi association's account, an ethnic middle school's account, a forest
ranger's blog, a village primary-school head's blog, a resident work-team member's
collection, a couplet society member's collection, a flower lovers' forum, a campus
BBS, a county forum reposting an urban-village consultation and a court-clerk exam
forum. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="news-zhumu-town-furniture-html",
        site="莳田新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.shitiannews.example.cn/jj/2025-05/09/c_8842.html",
        title="莳田家具产业园一季度产值突破12亿元",
        record_title="莳田家具产业园一季度产值突破12亿元_经济频道_莳田新闻网",
        date="2025-05-09",
        notes="modern news portal: channel nav, ad slots labelled 推广, an audio 'listen to this article' button, an editor line glued after the last paragraph, a hot ranking and a 24h-news box; 发布时间 byline the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>莳田家具产业园一季度产值突破12亿元_经济频道_莳田新闻网</title></head><body>
<div class="top">⟦m 莳田新闻网 · 莳田人自己的新闻门户⟧ <a>⟦a 手机版⟧</a> <a>⟦a 报料⟧</a></div>
<nav>⟦m 时政 经济 民生 教育 文旅 视频 专题⟧</nav>
<div class="adslot">⟦a 推广｜实木家具工厂直供，点击领取优惠券⟧</div>
<div class="path">⟦m 莳田新闻网 ＞ 经济频道 ＞ 产业动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-05-09 08:55　来源：莳田日报　记者：彭亦舟 通讯员：林珂⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="article">
<p>本报讯　今年一季度，莳田家具产业园实现规模以上工业产值12.3亿元，同比增长17.6%，产业园规上企业达到58家。</p>
<p>产业园负责人介绍，园区引导企业开展数字化改造，建成智能生产线23条，板式家具生产效率平均提高三成。</p>
<p>在开拓市场方面，园区组织企业参加国内外家具展会9场，跨境电商出口额同比增长42%。</p>
<p>下一步，产业园将加快建设家具检测中心和共享喷涂中心，推动产业向绿色化、高端化发展。⟦m （责任编辑：唐悦）⟧</p>
</div>
<div class="hot"><h4>⟦l 热点排行⟧</h4><ol><li>⟦l 莳田至芰湖城际公交开通⟧</li><li>⟦l 中考体育考试时间确定⟧</li></ol></div>
<div class="news24"><h4>⟦l 24小时新闻⟧</h4><p>⟦l 我市启动夏季治安巡防⟧</p></div>
<footer>⟦d 凡本网注明“来源：莳田新闻网”的作品，转载须注明出处。⟧<br>⟦m 互联网新闻信息服务许可证：36120190007⟧</footer>
</body></html>
""",
        body="""
本报讯　今年一季度，莳田家具产业园实现规模以上工业产值12.3亿元，同比增长17.6%，产业园规上企业达到58家。
产业园负责人介绍，园区引导企业开展数字化改造，建成智能生产线23条，板式家具生产效率平均提高三成。
在开拓市场方面，园区组织企业参加国内外家具展会9场，跨境电商出口额同比增长42%。
下一步，产业园将加快建设家具检测中心和共享喷涂中心，推动产业向绿色化、高端化发展。
""",
    ),
    dict(
        slug="news-fuxi-dermatology-screening-text",
        site="苻溪在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.fuxizaixian.example.com/news/ms/20250624/57102.shtml",
        title="县皮肤病防治所开展麻风病免费筛查进乡村活动",
        record_title=None,
        date="2025-06-24",
        notes="title missing in the record, once on the page glued after a column label 【民生】; a 发布时间 byline; the institute's own 咨询电话 kept in the body next to the portal's 新闻热线; an interactive 'did this help' row",
        page="""
!m 苻溪在线　|　民生　|　社会　|　便民
!t 【民生】县皮肤病防治所开展麻风病免费筛查进乡村活动
!m 发布时间：2025-06-24 17:20　　来源：苻溪在线　　浏览：1,066次
{BODY}
!a 这篇文章对您有帮助吗？　有用（12）　没用（0）
!m 新闻热线：0744-8223366　投稿邮箱：news@fuxizaixian.example.com
!l 相关阅读：县疾控中心开展包虫病筛查｜夏季皮肤病防治小贴士
""",
        body="""
6月下旬，县皮肤病防治所组织医务人员走进5个边远乡镇，开展麻风病等皮肤病免费筛查活动。
筛查现场，医务人员为村民检查皮肤、讲解麻风病早期症状和防治知识，共筛查群众1380人，发现疑似病例2例，已转诊进一步诊断。
该所负责人表示，麻风病是可防可治的疾病，发现皮肤出现浅色斑、麻木等症状时应及时就诊。
群众如有疑问，可拨打县皮肤病防治所咨询电话0744-8210520。
""",
    ),
    dict(
        slug="wechat-taiji-association-notice-html",
        site="芩岭县太极拳协会公众号 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.wechat-mirror.example.com/s/Tj_qinling_0310",
        title="关于举办全县第五届太极拳（剑）交流展示活动的通知",
        record_title="关于举办全县第五届太极拳（剑）交流展示活动的通知",
        record_date="2025-03-10",
        date="2025-03-10",
        notes="WeChat-style mirror: account line with the time (taken as the page's date), 原创 label, a 'preview: labels not clickable' notice, a follow card, 写留言 box, 喜欢/分享/推荐 row; the notice's own 报名邮箱 and 联系人 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办全县第五届太极拳（剑）交流展示活动的通知</title></head><body>
<div id="activity-name"><h1>{T}</h1></div>
<div class="meta">⟦m 原创　芩岭太极　2025年3月10日 19:32　湖南⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按二维码，关注芩岭太极⟧</div>
<div class="tips">⟦d 预览时标签不可点⟧</div>
<div class="tool">⟦l 喜欢此内容的人还喜欢⟧ ⟦l 分享　点赞　推荐⟧</div>
<div class="cmt">⟦l 写留言⟧</div>
</body></html>
""",
        body="""
各乡镇太极拳辅导站、各拳友：
为推动全民健身，展示我县太极拳运动成果，县太极拳协会定于4月12日在县体育馆举办第五届太极拳（剑）交流展示活动。
一、项目设置：24式太极拳、42式太极拳、32式太极剑、集体项目。
二、报名办法：以辅导站为单位报名，请于3月31日前将报名表发送至邮箱qltjxh@163.example.com。
三、参加人员须身体健康，年满60周岁的须签订安全承诺书。
联系人：黎秋云　13975045316
芩岭县太极拳协会
2025年3月10日
""",
    ),
    dict(
        slug="wechat-minzu-school-speech-date-under-title",
        site="荞原县民族中学公众号 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://weixin-reader.example.net/a/qy_mzzx/20250901",
        title="在2025年秋季开学典礼上的讲话",
        record_title="校长寄语｜在2025年秋季开学典礼上的讲话",
        date="2025-09-01",
        notes="an account mirror in text: a 'click the blue words to follow' line, 校长 speaker line and date line under the title neutral; an original-link line, a tip/recommend/forward row; the speech mentions 扫码 to bind a student card",
        page="""
!a 点击上方蓝字「荞原民中」关注我们
!t 校长寄语｜在2025年秋季开学典礼上的讲话
!m 荞原民中　2025-09-01
校长　达瓦次仁
（2025年9月1日）
{BODY}
!m 图文：校办　编辑：卓玛　审核：马建新
!a ▸ 查看原文链接
!l 打赏作者　　点亮“推荐”　　转发给朋友
""",
        body="""
老师们、同学们：
早上好！今天，我们在这里隆重举行新学期开学典礼，首先，我代表学校向新加入民中大家庭的486名高一新生表示热烈欢迎！
过去一学年，我校高考本科上线率达到71%，学生在全省中学生民族团结主题征文中获得一等奖两项，这是全体师生共同努力的结果。
新学期，希望同学们做到三点：一要珍惜时光，刻苦学习；二要团结友爱，互帮互助；三要锻炼身体，健康成长。
请新生在本周内扫码绑定电子学生证，以便家长及时了解在校情况。
最后，祝老师们工作顺利，祝同学们学习进步！
""",
    ),
    dict(
        slug="blog-ranger-summary-tagcloud",
        site="守山人的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://shoushanren.blog.example.com/archives/2025/01/326.html",
        title="2024年度护林员个人工作总结",
        record_title="2024年度护林员个人工作总结 - 守山人的博客",
        date="2025-01-05",
        notes="a forest ranger's blog: a 'posted in' line with category and tags, a tag cloud, an archive list by month, a reply form; date from the blog's post line and the document's own date equal",
        page="""
!m 守山人的博客 · 一个人 一座山 一片林
!t 2024年度护林员个人工作总结 - 守山人的博客
!m 发表于 2025-01-05 21:14 | 分类：巡山日记 | 标签：护林, 总结
{BODY}
!l 标签云：防火 巡山 野生动物 山村 护林 总结 读书
!l 文章归档：2025年1月(3)　2024年12月(6)　2024年11月(4)
!l 发表评论　昵称（必填）　邮箱（必填）　网址
!d 本博文字均为原创，转载请保留作者署名。
""",
        body="""
2024年，我继续担任蓍山林区第三片区生态护林员，负责管护林地4200亩。现将一年来的工作总结如下。
一是坚持日常巡护。全年巡山286天，行程约3100公里，发现并报告林业有害生物疑似点2处、违规用火苗头4起。
二是做好森林防火宣传。在进山路口张贴防火标语，春节、清明期间挨家挨户发放防火明白纸，全年管护区内未发生森林火情。
三是配合开展野生动物监测。协助县林业局安装红外相机6台，拍到了白鹇和黑麂的活动画面。
新的一年，我将继续守好这片山林，当好大山的“守门人”。
2025年1月5日
""",
    ),
    dict(
        slug="blog-headteacher-parents-meeting-speech",
        site="山村校长手记 (invented)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://xiaozhang-shouji.blogspot-like.example.org/2024/11/jiazhanghui.html",
        title="在2024年秋季家长会上的讲话",
        record_title="在2024年秋季家长会上的讲话",
        date="2024-11-15",
        notes="a blog template: header, about-me widget, 'posted by … at' line under the post (the post date), label list, blog archive widget, a comment count and 'newer/older post' links; speech with no date of its own",
        page="""
<html><head><meta charset="utf-8"><title>山村校长手记: 在2024年秋季家长会上的讲话</title></head><body>
<div class="header"><h1>⟦m 山村校长手记⟧</h1><p>⟦m 记录一所山村小学的日常⟧</p></div>
<div class="post"><h3>{T}</h3>
<div class="post-body">
{BODY}
</div>
<div class="post-footer">⟦m 发布者：菰城老周 时间：2024年11月15日 20:47⟧ ⟦l 3 条评论⟧ ⟦l 标签：家校共育, 讲话⟧</div>
</div>
<div class="pager">⟦l « 较新的博文⟧ ⟦l 主页⟧ ⟦l 较早的博文 »⟧</div>
<div class="sidebar"><h2>⟦m 关于我⟧</h2><p>⟦m 菰城县一所村小的校长，教书二十九年。⟧</p><h2>⟦l 博客归档⟧</h2><p>⟦l ▼ 2024 (18)⟧</p><p>⟦l ► 2023 (25)⟧</p></div>
</body></html>
""",
        body="""
各位家长：
大家下午好！感谢大家放下农活、从打工的地方赶回来参加今天的家长会。
本学期，我校共有学生97人，其中留守儿童41人。学校开设了课后托管和周末阅读课，孩子们的作业完成率明显提高。
在这里，我想请各位家长做到三件事：一是每周至少给孩子打一次视频电话；二是督促孩子按时睡觉，少玩手机；三是冬季注意孩子用火用电安全。
孩子的成长离不开学校，更离不开家庭。让我们携起手来，共同把孩子培养好。
""",
    ),
    dict(
        slug="collection-zhucun-summary-wrapped",
        site="驻村笔记（个人文集）(invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zhucunbiji.example.net/wenji/0047.html",
        title="驻村工作队两年工作总结",
        record_title="《驻村笔记》文集·第47篇｜驻村工作队两年工作总结",
        date="2025-03-28",
        notes="a personal collection: 文集 numbering in the title, hard-wrapped at 66 columns; a 'previous piece / next piece' pair and a 'written in' line with only a year (no date) besides the 成文日期",
        wrap=66,
        indent="　　",
        page="""
!m 驻村笔记 · 一名驻村队员的文字记录
!t 《驻村笔记》文集·第47篇｜驻村工作队两年工作总结
!m 共 112 篇　本篇字数：987
{BODY}
!m 写于2025年春
!l ← 第46篇：村里的第一场篮球赛
!l → 第48篇：告别茈湖村
""",
        body="""
2023年3月，我作为县委选派的驻村工作队员来到茈湖村，至今已整整两年。两年来，工作队在乡党委的领导下，同村“两委”一道，围绕抓党建、促发展、办实事开展工作。
一、建强村级班子。协助村党支部规范“三会一课”，发展年轻党员3名，培养村级后备力量6名。
二、发展特色产业。引进莲藕种植企业一家，流转土地560亩，带动村集体年增收18万元，群众务工收入每年超过70万元。
三、办好民生实事。争取项目资金修建村内道路2.8公里、安装路灯86盏，为村里的孤寡老人建起了“爱心食堂”。
两年驻村，让我真正懂得了什么是群众感情。离开之际，感谢茈湖村乡亲们的信任和支持。
茈湖村驻村工作队
2025年3月28日
""",
    ),
    dict(
        slug="collection-couplet-society-report-html",
        site="蓁岭楹联学会·会员文丛 (invented)",
        style="个人文集",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://www.zlylxh.example.org/wencong/huangsc/12.html",
        title="蓁岭县楹联学会第二届理事会工作报告",
        record_title="黄世澄文丛 > 蓁岭县楹联学会第二届理事会工作报告",
        date="2025-10-18",
        notes="a member's collection on an association's site: old table layout, the author's bio box, a 'works in this collection' list, a 'recommend to friends' form; the report's list of couplet activities; date under the report's title (neutral line) as the date",
        page="""
<html><head><meta charset="utf-8"><title>黄世澄文丛</title></head><body>
<table width="900" align="center"><tr><td>⟦m 蓁岭楹联学会 · 会员文丛⟧</td></tr>
<tr><td>⟦m 首页 | 学会简介 | 联坛动态 | 会员文丛 | 佳联欣赏⟧</td></tr></table>
<table width="900" align="center"><tr><td width="200" valign="top">
<table><tr><td>⟦m 作者简介：黄世澄，号松庐，蓁岭县楹联学会第二届会长。⟧</td></tr>
<tr><td>⟦l 本文丛作品：⟧</td></tr><tr><td>⟦l 春联创作杂谈⟧</td></tr><tr><td>⟦l 松庐联话（三）⟧</td></tr></table>
</td><td valign="top">
<table width="100%"><tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">（2025年10月18日）</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 推荐给好友：邮箱 ______ 【发送】⟧</td></tr></table>
</td></tr></table>
<table width="900" align="center"><tr><td align="center">⟦m 蓁岭楹联学会主办　联系邮箱：zlylxh@example.org⟧</td></tr></table>
</body></html>
""",
        body="""
各位理事、各位会员：
我受第二届理事会委托，向大会报告工作，请予审议。
五年来，学会会员由127人发展到236人，在县内14个乡镇建立了楹联创作小组。
学会坚持每年开展“迎春送联”活动，累计为群众书写赠送春联1.6万副；组织“美丽乡村”征联活动4次，征集作品3100余副。
学会会员在省级以上楹联刊物发表作品420副，有9人被吸收为省楹联学会会员。
今后五年，学会将继续扎根乡土，让楹联文化走进更多的村庄、学校和家庭。
""",
    ),
    dict(
        slug="forum-huayou-repost-flower-festival-junk",
        site="花友汇论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.huayouhui.example.com/thread-660218-1-1.html",
        title="关于举办第九届月季花展的公告",
        record_title="[转帖] 关于举办第九届月季花展的公告（附参展报名表）",
        date="2025-04-02",
        date_also=["2025-04-06"],
        notes="a flower lovers' forum reposting a city garden bureau's announcement: floor header with 楼主/积分/发表于, forum junk lines and glued junk, a quick-reply box; the 成文日期 expected, the post date also accepted",
        junk=dict(lines=2, glued=3),
        page="""
!m 花友汇论坛 › 花事活动 › 本地花展
!t [转帖] 关于举办第九届月季花展的公告（附参展报名表）
!m 楼主　绿手指阿强　｜　积分 3306　｜　发表于 2025-04-06 10:18
!m 只看该作者　倒序浏览　阅读模式
{BODY}
!a 附件：参展报名表.xls（需登录后下载）
!l 回复　　引用　　举报
!l 快速回复：您需要登录后才可以回帖　登录 | 立即注册
""",
        body="""
为丰富市民文化生活，展示我市花卉园艺成果，经研究，决定举办第九届月季花展。现将有关事项公告如下。
一、展期：2025年4月26日至5月18日。
二、地点：葑城市植物园月季园及南广场。
三、参展对象：本市各花卉企业、园艺合作社、社区花友团队和个人月季种植爱好者。
四、报名方式：请于4月15日前填写参展报名表，发送至hz@fengcheng-garden.example.cn，或送至植物园管理处二楼办公室。
欢迎广大市民届时前往观赏。
葑城市园林局
2025年4月2日
""",
    ),
    dict(
        slug="bbs-campus-pledge-water-jammer-html",
        site="芰湖学院 · 荷塘BBS (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://bbs.jihu-college.example.edu.cn/forum.php?mod=viewthread&tid=90213",
        title="节约用水倡议书",
        record_title="【校学生会】节约用水倡议书",
        date="2025-03-22",
        notes="a campus BBS (Discuz-like) with jammer fonts glued and on lines of their own, a post header with user level and 发表于 (the same day as the signature), a signature line under the post, a reply box",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta charset="utf-8"><title>【校学生会】节约用水倡议书 - 校园公告 - 荷塘BBS</title></head><body>
<div id="hd">⟦m 荷塘BBS · 芰湖学院师生交流平台⟧ <a>⟦a 登录⟧</a> | <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 荷塘BBS › 校园公告 › 查看内容⟧</div>
<div class="pl"><div class="auth">⟦m 校学生会权益部 | 版主 | 帖子 412⟧</div>
<h1>⟦t 【校学生会】节约用水倡议书⟧</h1>
<div class="pi">⟦m 发表于 2025-3-22 18:06⟧ ⟦l 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m ——芰湖学院学生会权益部，为你发声——⟧</div>
</div>
<div class="fastreply">⟦l 高级模式 | 发表回复 | 回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by 荷塘BBS © 2009-2025⟧</div>
</body></html>
""",
        body="""
亲爱的同学们：
3月22日是“世界水日”。我校地处缺水地区，每年夏季宿舍区都会出现限时供水。节约用水，需要我们每一个人的行动。
为此，校学生会向全体同学发出如下倡议：
一、洗漱时随手关紧水龙头，发现漏水及时报修。
二、洗衣服尽量集中洗涤，不用长流水冲洗衣物。
三、争做节水宣传员，在宿舍、食堂和教学楼互相提醒。
让我们从点滴做起，珍惜每一滴水！
芰湖学院学生会
2025年3月22日
""",
    ),
    dict(
        slug="localforum-chengzhongcun-consultation",
        site="葑城生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.fengchenglife.example.com/thread-1180556-1-1.html",
        title="关于西门片区城中村改造征收补偿方案（征求意见稿）公开征求意见的公告",
        record_title=None,
        date="2025-07-01",
        notes="a county life forum: the title in a thread hook with [城建] prefix only; floors with 沙发/板凳; a consultation notice with its own 电话/邮箱/地址; a moderator's 'top' stamp",
        page="""
!m 葑城生活网 > 论坛 > 葑城城建
!t [城建] 关于西门片区城中村改造征收补偿方案（征求意见稿）公开征求意见的公告
!m 本帖最后由 城建小编 于 2025-7-1 16:22 编辑
!m 【置顶】　回复 86　查看 15327
{BODY}
!l 沙发　西门土著：终于要改了，补偿标准能不能再高点？
!l 板凳　吃瓜群众007：马克一下
!a 点此加入葑城城建交流群
""",
        body="""
为推进西门片区城中村改造，现将《西门片区城中村改造征收补偿方案（征求意见稿）》予以公布，公开征求社会公众意见。
一、征求意见时间：2025年7月1日至7月30日。
二、意见反馈方式：
1.电话：0512-6630718（工作日9:00—17:00）；
2.电子邮箱：xmgz@fengcheng.example.gov.cn；
3.书面意见请寄至葑城区西门街道办事处城建科，信封注明“征求意见”字样。
三、被征收人可到西门街道办事处一楼大厅查阅方案全文。
葑城区人民政府
2025年7月1日
""",
    ),
    dict(
        slug="gkforum-clerk-exam-interview-floors",
        site="书记员考试交流论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.sjykaoshi.example.com/bbs/t-30871.html",
        title="法院书记员结构化面试备考心得",
        record_title="【上岸分享】法院书记员结构化面试备考心得（附练习题目）",
        date="2025-05-18",
        notes="an exam forum: a post header with 发表于 (the page's date), a 'reply to see hidden content' block, floors of replies; the post's example question with placeholders ×年×月 kept; junk glued after sentences",
        junk=dict(lines=0, glued=2),
        page="""
!m 书记员考试交流论坛 › 面试专区 › 经验分享
!t 【上岸分享】法院书记员结构化面试备考心得（附练习题目）
!m 作者：顺利上岸的小纪　发表于 2025-05-18 22:40　只看该作者
{BODY}
!a 【本帖隐藏内容：练习题目100道，回复后可见】
!l 2楼　备考中的大橙子：感谢楼主，正在刷题
!l 3楼　匿名：楼主速录打字多少？
!l 返回列表　　发新帖
""",
        body="""
今年我报考了苍梧区法院的聘用制书记员，笔试第三进面，最后综合成绩第一。下面分享一下面试备考的一点体会。
一是熟悉岗位。书记员的日常工作包括庭审记录、送达、归档等，答题时要结合这些具体工作，不能空谈。
二是多练真题。我每天练习两道题，比如“×年×月，你负责的案卷归档出现缺页，你怎么办”这类情景题，录音回听找问题。
三是注意细节。进考场先敲门、问好，答题结束说“回答完毕”，语速适中，眼神与考官交流。
祝大家都能顺利上岸！
""",
    ),
]
