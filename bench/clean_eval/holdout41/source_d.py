"""holdout41, part D: the second round of forum, blog, sharing, education, intranet, Q&A,
collection, Party, hospital, university, life-forum and download pages."""

CASES = [
    dict(
        slug="forum-qipu-go-club-minutes-discuz-html",
        site="纹枰雅集围棋论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.wenpingyaji.example.com/forum.php?mod=viewthread&tid=8812",
        title="枰川围棋俱乐部2025年会员大会纪要",
        record_title="枰川围棋俱乐部2025年会员大会纪要",
        date="2025-01-19",
        notes="a Discuz-like thread with jammer fonts (lines and glued after 。), a user panel, a 'thanks' row and signature; minutes' 时间/地点/主持 lines kept; the date in 时间 and in the post's byline",
        p_html='<div class="t_f">{}</div>',
        junk=dict(lines=2, glued=2),
        page="""
<html><head><meta charset="gbk"><title>枰川围棋俱乐部2025年会员大会纪要 - 俱乐部公告 - 纹枰雅集</title></head><body>
<div id="hd">⟦m 纹枰雅集 - 以棋会友 手谈天下⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 纹枰雅集 › 论坛 › 俱乐部公告 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">
<div>⟦m 守拙斋主⟧</div><div>⟦m 主题 126　帖子 2318　积分 5640⟧</div><div>⟦m 版主⟧</div>
</td><td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-1-19 20:40 | 只看该作者 | 倒序浏览⟧</div>
{BODY}
<div class="sign">⟦m 落子无悔，观棋有语⟧</div>
<div class="po">⟦l 回复　支持　反对　收藏　分享⟧</div>
</td></tr></table>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2025 纹枰雅集⟧</div>
</body></html>
""",
        body="""
时间：2025年1月19日下午2时
地点：枰川市老干部活动中心棋室
主持：俱乐部理事长 宋守拙
会议听取了理事长所作的2024年度工作报告，审议通过了俱乐部财务报告。会议选举产生了新一届理事会，由七名理事组成。
会议决定，2025年举办“枰川杯”业余围棋公开赛一次、会员段位赛四次，并与枰川市少年宫合作开设周末围棋公益班。
会议号召全体会员积极参与俱乐部活动，推动枰川围棋事业健康发展。
""",
    ),
    dict(
        slug="blog-malin-stable-vet-blog-html-archive",
        site="马厩里的兽医 博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://vetmalin.bloghome.example.com/2025/06/horse-heat.html",
        title="高温季节马匹防暑的几点体会",
        record_title="高温季节马匹防暑的几点体会 - 马厩里的兽医",
        date="2025-06-28",
        notes="a blog in HTML: header, tag cloud, archive by month, a subscribe box and comment form; a site suffix; the post date line (2025年6月28日 星期六) is the date; a sentence of the post about 分享 kept",
        page="""
<html><head><meta charset="utf-8"><title>高温季节马匹防暑的几点体会 - 马厩里的兽医</title></head><body>
<header><h1 class="blog">⟦m 马厩里的兽医⟧</h1><p>⟦m 一个马场兽医的日常⟧</p></header>
<article>
<div class="date">⟦m 2025年6月28日 星期六⟧</div>
<h2>{T}</h2>
{BODY}
<div class="post-footer">⟦m 发表者：老马医 于 21:06⟧ ⟦l 5 条评论⟧ ⟦l 标签：马匹健康, 防暑⟧</div>
</article>
<aside>
<div>⟦l 博客归档⟧</div><ul><li>⟦l ▼ 2025 (14)⟧</li><li>⟦l ► 六月 (3)⟧</li><li>⟦l ► 五月 (4)⟧</li></ul>
<div>⟦l 标签云：马术 蹄铁 兽医 饲养 疫苗⟧</div>
<div>⟦a 订阅本博客：文章 (Atom)⟧</div>
</aside>
<div class="comment">⟦l 发表评论⟧ ⟦a 以访客身份评论⟧</div>
</body></html>
""",
        body="""
进入六月，榧岭的气温一天比一天高，马场里的马匹也开始出现中暑的苗头。这几年做下来，我有几点体会，和同行们分享一下。
一是调整作息。高温天把训练挪到早上六点到九点和傍晚以后，中午一律在马厩休息。
二是保证饮水。马匹出汗多，每天要喝四十到六十升水，水槽要勤换勤洗，必要时在水里加电解质。
三是注意观察。马匹呼吸急促、精神萎靡、出汗突然停止，都是中暑的信号，要立即降温并报告兽医。
马不会说话，防暑靠的是我们多留一个心眼。
""",
    ),
    dict(
        slug="docshare-youhua-training-plan-wrapped-pct-markers",
        site="文档岛 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wendangdao.example.com/doc/33018742.html",
        title="大榕镇油画村画工技能提升培训方案",
        record_title="大榕镇油画村画工技能提升培训方案（精选）",
        date="2025-02-20",
        notes="a sharing page: wrapped at 58 columns, cut by (第n面) markers glued at line starts; a decorated record title (精选); a points-to-download line and an uploader line; the date under the signature",
        wrap=58,
        pages=dict(fmt="(第{n}面)", every=150, start=2, glue=True),
        page="""
!m 文档岛 > 教育培训 > 培训方案
!t 大榕镇油画村画工技能提升培训方案（精选）
!m 上传者：dayong_wd　上传于：2025-03-01　浏览：733　下载：41
{BODY}
!a 下载本文档需要 5 积分　|　加入收藏
!d 文档岛所有资源均为用户上传，若侵犯了您的权益，请联系我们删除。
""",
        body="""
为提升油画村画工的专业技能和原创能力，推动油画产业转型升级，结合本村实际，制定本方案。
一、培训对象。油画村从业画工，每期五十人，优先安排四十岁以下青年画工。
二、培训内容。色彩构成、写生基础、原创构图和作品版权保护常识。
三、培训方式。采取集中授课和写生实践相结合的方式，每期十五天，由市美术学院派出教师授课。
四、保障措施。培训费用由镇财政和村集体共同承担，参训画工不交费用；结业考核合格的颁发结业证书。
大榕镇人民政府
2025年2月20日
""",
    ),
    dict(
        slug="edu-liaoyuan-school-donation-lesson-html-index",
        site="蓼原市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.liaoyuan.example.gov.cn/xxgk/tzgg/202510/t20251015_7724.html",
        title="关于在中学开展生命教育主题班会活动的通知",
        record_title="关于在中学开展生命教育主题班会活动的通知",
        date="2025-10-15",
        notes="an education-bureau portal: an 索引号 table in divs, a document number (neutral), a 'was this useful' box, an attachment list and contact line kept; 抄送 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于在中学开展生命教育主题班会活动的通知</title></head><body>
<div class="head">⟦m 蓼原市教育局⟧ <span>⟦a 繁体⟧ ⟦a 无障碍阅读⟧</span></div>
<div class="location">⟦m 首页 / 信息公开 / 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：LYJY-2025-01742⟧</td><td>⟦m 发文日期：2025-10-15⟧</td></tr>
<tr><td>⟦m 发布机构：德育与体卫艺科⟧</td><td>⟦m 有效性：有效⟧</td></tr></table>
<h1>{T}</h1>
<p>蓼教德〔2025〕22号</p>
{BODY}
<div class="feedback">⟦l 本页信息对您有帮助吗？　有帮助　没帮助⟧</div>
<div class="ft">⟦m 蓼原市教育局版权所有　地址：蓼原市育才路3号　赣公网安备36090202000118号⟧</div>
</body></html>
""",
        body="""
各县（区）教育局，市直各中学：
为引导学生珍爱生命、尊重生命，经研究，决定在全市中学开展以“生命的礼物”为主题的生命教育主题班会活动。现将有关事项通知如下。
一、活动时间。11月1日至11月30日。
二、活动内容。各校以班级为单位，结合器官捐献、无偿献血等内容组织主题班会，可邀请红十字会志愿者进课堂讲解。
三、有关要求。各校要把握好教育尺度，不组织学生进行任何形式的登记，活动总结于12月10日前报市教育局德育与体卫艺科。
联系人：黎芳，电话：0796-8209116。
附件：生命教育主题班会参考教案
蓼原市教育局
2025年10月15日
抄送：市红十字会。
""",
    ),
    dict(
        slug="oa-huagong-brocade-workshop-intranet-rules",
        site="笪口织锦工坊内部办公系统 (invented)",
        style="企业内网",
        genre="制度",
        kind="rules",
        form="text",
        source="http://192.168.10.8/zjgf/doc/show?docid=3391",
        title="织锦工坊原料仓库管理规定",
        record_title="织锦工坊原料仓库管理规定",
        date="2025-03-25",
        notes="an intranet text view: system menus, a 'you have 3 to-dos' line, an approval trail under the text, and a watermark; numbered articles kept; the date under the signature (not the effective date in the last article)",
        page="""
!m 工坊办公系统　｜　首页　流程中心　制度文件　通讯录
!a 您有 3 条待办事项，点击处理
!m 制度文件 > 仓储管理
{T}
!m 文件编号：ZJGF-ZD-2025-004　版本：V1.0
{BODY}
!l 审批流程：起草 何丽（仓储组） → 审核 覃志刚（生产主管） → 批准 韦秀英（工坊负责人）
!d 内部文件　注意保密　何丽 192.168.10.57
""",
        body="""
第一条　为规范原料仓库管理，防止丝线、棉纱等原料受潮霉变和丢失，制定本规定。
第二条　原料入库须经仓储组验收，核对品名、色号、数量后登记入账。
第三条　原料出库实行领料单制度，领料单须经生产主管签字。
第四条　仓库应保持通风干燥，相对湿度控制在百分之六十以下，每周检查一次温湿度记录。
第五条　仓库内严禁吸烟和使用明火，非仓储人员未经允许不得进入。
第六条　本规定自2025年4月1日起施行。
笪口织锦工坊
2025年3月25日
""",
    ),
    dict(
        slug="qa-tiejiang-forge-apprentice-question-html",
        site="知否问答 (invented)",
        style="问答社区",
        genre="解答",
        kind="answer",
        form="html",
        source="https://www.zhifou.example.com/q/5518730/a/10872241",
        title="想回乡学打铁，现在还有前途吗？",
        record_title="想回乡学打铁，现在还有前途吗？ - 知否问答",
        date=None,
        notes="a Q&A answer in HTML: the question, an answerer card, an upvote bar, 'edited 2 months ago' (relative, no date), related questions and an app banner; a site suffix",
        page="""
<html><head><meta charset="utf-8"><title>想回乡学打铁，现在还有前途吗？ - 知否问答</title></head><body>
<div class="appbar">⟦a 打开知否App，查看更多高赞回答⟧</div>
<div class="q"><h1>{T}</h1><div>⟦m 关注者 312　被浏览 40,118⟧</div></div>
<div class="answer">
<div class="author">⟦m 炉火纯青的阿岩⟧ ⟦m 箐田铁匠第四代，非遗传习所教练⟧</div>
{BODY}
<div class="time">⟦m 编辑于 2 个月前⟧</div>
<div class="actions">⟦l 赞同 1.6万　添加评论　分享　收藏　喜欢⟧</div>
</div>
<div class="related"><h3>⟦l 相关问题⟧</h3><div>⟦l 传统手艺人靠什么养活自己？ 88 个回答⟧</div></div>
</body></html>
""",
        body="""
谢邀。我家四代打铁，说说我的看法。
先说结论：靠打铁发大财不容易，但做好了，养家糊口没问题，而且越来越有奔头。
第一，手工锻打的刀具现在很受欢迎。我们村里好几家作坊在网上卖菜刀，一把卖到三四百元，订单排到了下个月。
第二，政府在扶持。镇里办了锻造技艺传习所，学员学费全免，学成回乡创业还有补贴。
第三，这行真的苦。夏天炉边五六十度，一天下来胳膊都抬不起来，没有三年功夫出不了师。
所以，如果你能吃苦，又肯琢磨，我觉得可以试试。
""",
    ),
    dict(
        slug="collection-laohuajia-painter-essay-1998-wrapped",
        site="榕荫画语——梁木生文存 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://liangmusheng.example.name/wencun/1998/zongjie.htm",
        title="大榕乡油画加工专业户1998年工作小结",
        record_title="大榕乡油画加工专业户1998年工作小结",
        date="1998-12-28",
        notes="an old personal collection: a 1998 summary hard-wrapped at 70 columns; chapter navigation and a guestbook line; the Chinese-numeral date under the signature; a year in the title alone is not the date",
        wrap=70,
        indent="　　",
        page="""
!m 榕荫画语——梁木生文存
!m [返回目录]　[上一篇]　[下一篇]
{T}
{BODY}
!m （录入：梁小燕　2009年）
!l 留言簿　|　与我联系
!m 本页最后更新：2011-03-02
""",
        body="""
1998年，我们大榕乡的油画加工从几家小画室发展到了二十多户，全乡有一百多人靠画画吃饭。
这一年，我们主要接广州画商的订单，以临摹风景画和静物画为主，全年出画约一万二千张，收入比上年翻了一番。
存在的问题也不少：一是画工都是半路出家，水平参差不齐；二是画布、颜料要到广州去买，成本高；三是画价被画商压得很低。
明年，我们打算几户联合起来，统一采购材料，再请美术老师来上课，提高画工的水平。
大榕乡油画加工专业户联户小组
一九九八年十二月二十八日
""",
    ),
    dict(
        slug="dangjian-qinfang-park-party-branch-summary-text",
        site="樨州智慧党建云 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://djy.xizhou.example.gov.cn/zbfc/2025/1209/5520.html",
        title="提琴产业园联合党支部2025年度工作总结",
        record_title="提琴产业园联合党支部2025年度工作总结",
        date="2025-12-09",
        notes="a Party-building cloud page: study-points prompt glued after a 。, a 'like / learn' row, an author/time/views line; a decimal-heading body kept; the date under the signature",
        page="""
!m 樨州智慧党建云　·　支部风采
!a 登录后学习本文可获得 2 积分
{T}
!m 作者：产业园联合党支部　时间：2025-12-09 15:22　浏览：146
{BODY}
!l 点赞（18）　学习（96）　评论（2）
!m 中共樨州市委组织部主办
""",
        body="""
2025年，提琴产业园联合党支部坚持党建引领，推动党建工作与园区发展深度融合。
1. 组织建设
1.1 支部现有党员三十七名，覆盖园区内十二家企业。全年发展党员二名，转正三名。
1.2 落实“三会一课”制度，全年召开支部党员大会四次、支委会十二次。⟦a 学习时长不足，本次不计积分⟧
2. 服务发展
2.1 成立党员技术攻关小组，帮助中小企业解决面板烘干变形问题。
2.2 组织党员志愿者开展安全生产宣传，走访企业四十余家次。
3. 存在的不足和下一步打算
部分非公企业党员作用发挥不够明显。明年将推行党员先锋岗，进一步发挥党员示范作用。
提琴产业园联合党支部
2025年12月9日
""",
    ),
    dict(
        slug="hospital-tanbu-icu-donor-family-letter-html",
        site="檀埠县人民医院 (invented)",
        style="医院官网",
        genre="感谢信",
        kind="letter",
        form="html",
        source="https://www.tbxrmyy.example.com/news/ywdt/20251128/1093.html",
        title="致器官捐献者家属的一封感谢信",
        record_title="致器官捐献者家属的一封感谢信",
        date="2025-11-28",
        notes="a hospital page: an online-booking float, department nav, a 'smart hospital' QR line, the hospital's emergency number in the footer; the letter's date under the signature; the byline's date the same",
        page="""
<html><head><meta charset="utf-8"><title>致器官捐献者家属的一封感谢信_檀埠县人民医院</title>
<script>document.title = document.title;</script></head><body>
<div class="float">⟦a 在线预约⟧ ⟦a 报告查询⟧ ⟦a 返回顶部⟧</div>
<div class="hd">⟦m 檀埠县人民医院　二级甲等综合医院⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 护理天地⟧</li></ul>
<div class="ct"><h2>{T}</h2>
<div class="by">⟦m 发布：院办　日期：2025-11-28　阅读：603⟧</div>
{BODY}
</div>
<div class="qr">⟦a 扫码关注“檀埠县人民医院”服务号，就医更方便⟧</div>
<div class="ft">⟦m 急诊电话：0571-6309120　医院地址：檀埠县人民路66号⟧</div>
</body></html>
""",
        body="""
尊敬的捐献者家属：
在您失去亲人的悲痛时刻，您作出了捐献器官的决定，让三位素不相识的患者获得了新生。
这份大爱，让我们每一位医护人员深深感动。您的亲人虽然离开了，但他的生命以另一种方式在延续。
我院将永远铭记捐献者的无私奉献，并将尽全力做好对您和家人的人文关怀工作。
再次向您致以最崇高的敬意和最诚挚的感谢！
檀埠县人民医院
2025年11月28日
""",
    ),
    dict(
        slug="university-zhaohu-go-elective-speech-text",
        site="棹湖师范学院 体育学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://tyxy.zhsfxy.example.edu.cn/info/1022/6618.htm",
        title="在围棋选修课开课仪式上的致辞",
        record_title="在围棋选修课开课仪式上的致辞-体育学院",
        date="2025-09-16",
        notes="a college page: a top link bar, a column title, a speaker line and the date under the title (neutral); a 'prev/next' row; a site suffix",
        page="""
!a 学校主页　|　English　|　信息门户
!m 棹湖师范学院体育学院　>　学院新闻
!t 在围棋选修课开课仪式上的致辞
体育学院院长　邬卫东
（2025年9月16日）
{BODY}
!l 上一条：体育学院召开新学期教学工作会议
!l 下一条：我院学子在省大学生马术比赛中获佳绩
!m 体育学院　版权所有　地址：棹湖师范学院东区体育馆
""",
        body="""
各位老师，同学们：
今天，我们学院的围棋选修课正式开课了。首先，我代表学院对各位选课的同学表示欢迎。
围棋是我国的传统文化瑰宝。学下围棋，不只是学会一门技艺，更能培养大局观和耐心。
这门课程由省围棋协会的专业教练和我院教师共同授课，分入门、提高两个层次，欢迎同学们坚持学下去。
预祝课程圆满成功！谢谢大家。
""",
    ),
    dict(
        slug="localforum-dakou-brocade-fair-closure-notice",
        site="笪口论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dakoubbs.example.com/thread-702211-1-1.html",
        title="关于三月三织锦集市期间锦绣街交通管制的通告",
        record_title="转：关于三月三织锦集市期间锦绣街交通管制的通告",
        date="2025-03-28",
        notes="a life-forum repost: a decorated record title (转：), a repost line, junk-free floors with an ad row between paragraphs, a moderator stamp; the document's 通告 number neutral; the date under the signature",
        page="""
!m 笪口论坛 › 笪口资讯 › 便民信息
!t 转：关于三月三织锦集市期间锦绣街交通管制的通告
!m 发帖：锦绣街坊　2025-03-28 17:40　阅读 8812　回复 56
!m 转自：笪口县公安局交警大队
笪公交通告〔2025〕3号
{BODY}
!l 本帖被版主 笪口小编 加入精华
!l 沙发：那几天只能走路去赶集了
!l 板凳：停车场在哪？
!a 我要回帖　|　分享到朋友圈
""",
        body="""
为保障农历三月三织锦集市期间道路交通安全畅通，根据有关法律法规规定，决定对锦绣街实行临时交通管制。现通告如下。
一、管制时间。2025年3月30日至4月1日，每日7时至22时。
⟦l 【广告】笪口农商银行 三月三赶集 扫码支付立减⟧
二、管制路段。锦绣街全段禁止机动车通行，非机动车绕行滨河路。
三、临时停车。县体育场停车场和县一中操场临时开放，供赶集群众免费停车。
笪口县公安局交通警察大队
2025年3月28日
""",
    ),
    dict(
        slug="download-qinpu-violin-workshop-dust-rules-bracket-total",
        site="资料联盟下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.ziliaolm.example.com/down/guizhang/71092.html",
        title="提琴制作车间木粉尘防爆管理制度",
        record_title="提琴制作车间木粉尘防爆管理制度【word可编辑】",
        date=None,
        notes="a download station in text form: a file-info block, a mirror list and a report-dead-link line; a decorated record title; markers of the form 〔n/3〕 cut the text; no date (the update time is not the document's)",
        pages=dict(fmt="〔{n}/3〕", every=160, start=2),
        page="""
!m 资料联盟 → 规章制度 → 安全生产
!t 提琴制作车间木粉尘防爆管理制度【word可编辑】
!m 文件大小：31KB　文件格式：.doc　更新时间：2025-05-06
!m 推荐等级：★★★★　下载次数：884
!m 内容预览：
{BODY}
!a 本地下载一　本地下载二　网通下载
!a 链接失效请点此报告
!d 所有资料由网友整理提供，仅作学习交流，版权归原作者
""",
        body="""
一、本制度适用于提琴制作车间的打磨、刨削、雕刻等产生木粉尘的作业环节。
二、车间除尘系统应与生产设备同时启动、同时运行，除尘器应每班清灰，清灰时须停机断电。
三、车间内每班作业结束后，必须对地面、设备表面和梁柱上的积尘进行清扫，严禁使用压缩空气吹扫。
四、打磨车间电气设备必须符合防爆要求，严禁私自接拉临时电线。
五、车间内严禁吸烟和携带火种，动火作业须办理审批手续并配备灭火器材。
六、车间主任每日检查一次制度落实情况，发现问题立即整改并登记。
""",
    ),
]
