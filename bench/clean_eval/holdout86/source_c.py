"""holdout86, part C: moss (苔藓) — a survey team's reflections in a 范文 app, an exam essay, an
encyclopaedia entry, a micro-landscape workshop plan on a cloud drive, a reserve's notice in a
snapshot, rooftop-greening rules in print view, a herbarium's forwarded letter, an opening address on
an old 范文 site, a survey report on a 文库, a forestry bureau's notice, a news item and a plant forum.
Invented text, sites and chrome."""

CASES = [
    dict(
        slug="fanwenapp-bige-insight-moss-survey",
        site="笔阁范文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.bigeapp.example.com/share/a/55210837",
        title="参加苔藓植物野外调查的心得体会",
        record_title="参加苔藓植物野外调查的心得体会（精选范本）",
        date=None,
        notes="范文 app share page: decorated title; open-in-app fold between paragraphs; AI-rewrite button glued after a sentence; no date (分享于 relative)",
        page="""
!m 笔阁范文
!a 打开APP，阅读体验更佳
!t 参加苔藓植物野外调查的心得体会（精选范本）
!m 分享于 昨天 · 1.2万人看过
{BODY}
!a 展开全文需在APP内查看
!l 相关范文：野外实习报告　生态调查心得
""",
        body="""
今年暑假，我跟随市植物学会的调查小组，在霆山自然保护区开展了为期十天的苔藓植物调查。
以前我总觉得苔藓就是墙角的一层青苔，这次才知道它们对环境变化非常敏感，被称为空气质量的“指示植物”。⟦a AI改写本段⟧
⟦a 以下内容已折叠，打开APP继续阅读⟧
每天清晨出发，老师教我们用放大镜观察叶片形态，用标签纸记录海拔、基质和生境。
这次调查让我懂得，科学研究来不得半点马虎，一份合格的标本背后是许多次弯腰和记录。
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-moss-wall-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="html",
        source="http://bbs.shanganggk.example.com/forum.php?mod=viewthread&tid=330918",
        title="让城市的角落也长出生机",
        record_title="[申论范文]让城市的角落也长出生机（附点评）",
        date=None,
        notes="Discuz-like exam forum with jammer fonts; decorated title; a teacher's 点评 box after the post; no date (relative 3天前)",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[申论范文]让城市的角落也长出生机（附点评） - 申论专区 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 申论专区 › 范文赏析⟧</div>
<h1>⟦t [申论范文]让城市的角落也长出生机（附点评）⟧</h1>
<div class="authi">⟦m 楼主 上岸小鹿　发表于 3 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="dp">⟦l 【名师点评】立意准确，以苔藓墙为切口，层次清楚。⟧</div>
<div class="pob">⟦l 回复　收藏　评分⟧</div>
<div class="ft">⟦d 本帖内容为网友原创，转载请注明出处⟧</div>
</body></html>
""",
        body="""
在霁川老城区，一面长满苔藓的旧墙成了市民打卡的地方。
苔藓不需要肥沃的土地，一点水分、一片背阴，就能铺出一层绿意。
城市更新也是这样，不一定要大拆大建，保留老墙、巧用边角，同样能让街区焕发生机。
让城市的每个角落都有生长的可能，考验的是治理者的耐心和巧思。
""",
    ),
    dict(
        slug="wiki-zhibai-entry-moss-html",
        site="知百百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://baike.zhibai.example.com/item/苔藓植物/10233",
        title="苔藓植物",
        record_title="苔藓植物_知百百科",
        date=None,
        notes="HTML encyclopaedia entry: edit links, a catalogue box, references and a '本词条由…认证' box; an example year inside a sentence is no date",
        page="""
<html><head><meta charset="utf-8"><title>苔藓植物_知百百科</title></head><body>
<div class="top">⟦m 知百百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>⟦t 苔藓植物⟧</h1>
<div class="edit">⟦a 编辑　讨论　上传视频⟧</div>
<div class="catalog">⟦l 目录 1 形态特征 2 分布 3 生态价值⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 《中国苔藓志》选读，霆山出版社⟧</div>
<div class="cert">⟦m 本词条由“霆山植物学会”参与编辑并审核⟧</div>
<div class="stat">⟦m 浏览次数：37万　最近更新：2025-01-12⟧</div>
</body></html>
""",
        body="""
苔藓植物是一类结构简单的高等植物，没有真正的根和维管组织，一般分为苔类、藓类和角苔类。
苔藓多生长在阴湿的石面、树干和土壤表面，少数可以生活在干旱的岩石上。
苔藓能够吸收和保持水分，在水土保持和生态系统演替中起着先锋作用。
有学者在1998年的调查中记录到一个县境内就有苔藓植物三百余种。
""",
    ),
    dict(
        slug="netdisk-yunduo-plan-moss-workshop",
        site="云朵网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunduo.example.com/s/1mOsS8kQ",
        title="社区苔藓微景观亲子手作活动方案",
        record_title="社区苔藓微景观亲子手作活动方案.docx",
        date=None,
        notes="cloud-drive share page: file-name title; save/download buttons; a share-expiry stamp and share time are no dates; materials list and placeholders kept",
        page="""
!m 云朵网盘 | 分享的文件
!t 社区苔藓微景观亲子手作活动方案.docx
!m 分享者：苔趣工作室　分享时间：2025-03-19 14:02　有效期：7天
!a 保存到我的网盘　下载(36.4KB)
{BODY}
!a 预览仅显示部分内容，完整文件请下载
!d 云朵网盘严禁分享违法违规内容，如发现请举报。
""",
        body="""
一、活动时间：____月____日（周六）上午9:00
二、活动地点：______社区党群服务中心二楼
三、活动对象：社区6至12岁儿童及家长，限二十组家庭。
四、所需材料
1.玻璃瓶或透明花器一个
2.白发藓、大灰藓各一份
3.赤玉土、水苔、装饰小石子若干
五、活动流程：讲解苔藓知识、示范制作、亲子动手、作品合影。
""",
    ),
    dict(
        slug="snapshot-souyi-html-reserve-moss-ban",
        site="搜意网页快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.souyi.example.com/c?u=tingshan-bhq.example.gov.cn/tzgg/218.html",
        title="关于禁止在保护区内采挖苔藓植物的通告",
        record_title=None,
        date="2025-04-01",
        notes="HTML snapshot frame: a 'this is a snapshot' banner with a crawl stamp (no date); highlighted query words; the original page's own chrome inside; missing record title; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>搜意快照</title></head><body>
<div class="kz">⟦d 这是搜意对 http://tingshan-bhq.example.gov.cn/tzgg/218.html 的缓存，是网页在 2025年5月3日 09:12 的快照。⟧<br>⟦a 您查询的关键词已高亮：苔藓　采挖⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div>⟦m 霆山省级自然保护区管理局⟧</div>
<div>⟦m 首页 > 通知公告⟧</div>
<h2>⟦t 关于禁止在保护区内采挖苔藓植物的通告⟧</h2>
{BODY}
<div>⟦m 保护区举报电话：0746-7112000⟧</div>
</div>
</body></html>
""",
        body="""
近期，有人在保护区核心区、缓冲区内成片采挖苔藓植物，用于销售微景观材料，破坏了林下生态。
根据有关法律法规，现通告如下：
一、任何单位和个人不得在保护区内采挖、收购、运输苔藓植物。
二、对违反规定的，由保护区管理局依法没收所采苔藓，并处以罚款；构成犯罪的，依法追究刑事责任。
三、欢迎社会各界监督举报，对查证属实的给予奖励。
霆山省级自然保护区管理局
2025年4月1日
""",
    ),
    dict(
        slug="print-roof-rules-moss-greening",
        site="霏岭县住建局（打印页） (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://zjj.feiling.example.gov.cn/print.aspx?id=2290",
        title="霏岭县屋顶苔藓绿化试点管理办法",
        record_title="霏岭县屋顶苔藓绿化试点管理办法 - 打印",
        date="2025-05-12",
        notes="print view: decorated title '- 打印'; print/close buttons; page URL and a print stamp (no date); articles that speak of 复印/登记 kept; 发布日期 line",
        page="""
!a 【打印本页】　【关闭】
!t 霏岭县屋顶苔藓绿化试点管理办法
!m 发布日期：2025-05-12　　信息来源：县住建局
{BODY}
!m 本页地址：http://zjj.feiling.example.gov.cn/zcwj/2290.html
!m 打印时间：2025-06-30 10:41
!m 页码 1 / 1
""",
        body="""
第一条　为推进屋顶绿化，降低建筑能耗，制定本办法。
第二条　试点项目优先选用耐旱苔藓品种，屋面荷载须经原设计单位复核。
第三条　申报单位应提交申请表、屋面结构安全证明的复印件，由县住建局登记备案。
第四条　试点项目验收合格后，按绿化面积给予每平方米三十元补助。
第五条　本办法自发布之日起施行。
""",
    ),
    dict(
        slug="mail-fw-herbarium-letter-moss-specimens",
        site="霑阳大学邮箱（转发） (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.zyu.example.edu.cn/read?mid=2025061100412",
        title="关于商请在霆山保护区采集苔藓标本的函",
        record_title="Fw: 关于商请在霆山保护区采集苔藓标本的函",
        date="2025-06-09",
        date_also=["2025-06-11"],
        notes="forwarded mail: 'Fw: ' title; mail headers (发件人/收件人/时间) as meta; a mail's 附件 bar beside the letter's own 附件 line; signature block of the forwarder; the letter's date expected and the send date also accepted",
        page="""
!m 发件人：严晓（yanxiao@zyu.example.edu.cn）
!m 收件人：标本馆全体
!m 时间：2025年6月11日 星期三 08:55
!t Fw: 关于商请在霆山保护区采集苔藓标本的函
!m 附件：采集计划.xlsx (21KB)
!m ----- 转发的邮件 -----
{BODY}
!m --
!m 严晓　霑阳大学生命科学学院标本馆
!a 回复　全部回复　转发　删除
""",
        body="""
霆山省级自然保护区管理局：
为完成国家标本资源平台建设任务，我校生命科学学院标本馆拟于今年7月在贵保护区实验区采集苔藓植物标本，每个物种采集不超过三份。
采集人员共五人，均经过专业培训，将严格遵守保护区管理规定，不进入核心区。
联系人：严晓　电话：0742-8860315
附件：采集人员名单及采集计划
霑阳大学生命科学学院
2025年6月9日
""",
    ),
    dict(
        slug="fanwen-html-oldtable-address-moss-exhibition",
        site="文渊阁范文网 (invented)",
        style="范文站",
        genre="致辞",
        kind="speech",
        form="html",
        source="http://www.wenyuange-fw.example.com/zhici/2024/1120/5521.html",
        title="在苔藓植物科普展开幕式上的致辞",
        record_title="在苔藓植物科普展开幕式上的致辞",
        date="2024-11-20",
        notes="old gb2312 table layout: marquee, 【字体：特大 大 中 小】 row, visit counts and a weekly hot list; date under the speech title; a VIP download prompt glued after the last sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在苔藓植物科普展开幕式上的致辞_致辞_文渊阁范文网</title></head><body>
<table width="980"><tr><td>⟦m 文渊阁范文网⟧</td><td><marquee>⟦l 欢迎光临文渊阁，海量范文每日更新！⟧</marquee></td></tr></table>
<table><tr><td>⟦m 位置：首页 >> 致辞 >> 开幕致辞⟧</td></tr></table>
<table><tr><td><b>⟦t 在苔藓植物科普展开幕式上的致辞⟧</b></td></tr>
<tr><td>⟦a 【字体：特大 大 中 小】⟧ ⟦m 浏览：3308次⟧</td></tr>
<tr><td>（2024年11月20日）</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦l 本周热门：开幕式致辞大全 | 科普活动主持词 | 展览开幕讲话⟧</td></tr></table>
<table><tr><td>⟦d Copyright 2008-2025 文渊阁范文网 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
尊敬的各位来宾，同学们：
今天，“方寸绿意——苔藓植物科普展”在市科技馆正式开幕。
本次展览展出苔藓标本一百八十件、活体微景观四十组，系统介绍苔藓的形态、分布和生态价值。
希望同学们走近这些不起眼的小生命，学会观察自然、尊重自然。
预祝展览圆满成功！⟦a 下载本文Word版请开通VIP会员⟧
""",
    ),
    dict(
        slug="wenku-qianshu-report-moss-market-markers",
        site="千树文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.qianshuwk.example.com/p-88130276.html",
        title="关于全市苔藓微景观市场及野生苔藓采挖情况的调研报告",
        record_title="关于全市苔藓微景观市场及野生苔藓采挖情况的调研报告_千树文库",
        date="2025-02-26",
        notes="文库 preview: decorated title; page markers ⟮n/4⟯ cutting sentences on lines of their own; a data table kept; a Chinese-numeral 成文日期",
        pages=dict(fmt="⟮{n}/4⟯", every=130, start=2),
        page="""
!m 千树文库　专业文档分享平台
!t 关于全市苔藓微景观市场及野生苔藓采挖情况的调研报告_千树文库
!m 共4页　阅读：2045　下载：118
{BODY}
!a 剩余内容已隐藏，开通会员即可阅读全文
!l 相关文档：野生植物保护调研报告　花卉市场调研报告
""",
        body="""
近年来，苔藓微景观在我市花鸟市场和网店热销，野生苔藓被大量采挖，部分山林地表裸露。
三月上旬，我们对城区六家花卉市场、二十二家网店和三个乡镇的采挖情况进行了调研。
市场类型　经营户数　野生苔藓来源占比
花鸟市场　34　约六成
网店　22　约四成
调研认为，应加快人工繁育技术推广，加强林区巡护，并引导商户使用人工培育苔藓。
霁川市林业局调研组
二〇二五年二月二十六日
""",
    ),
    dict(
        slug="gov-forestry-notice-moss-crackdown-text",
        site="雯溪县林业局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://lyj.wenxi.example.gov.cn/xxgk/tzgg/2025/0318/617.html",
        title="关于开展打击非法采挖野生苔藓专项行动的通知",
        record_title=None,
        date="2025-03-18",
        notes="county bureau page: missing record title; index rows (索引号/文号) as meta; a document number under the title neutral; 抄送/印发 版记 kept; site hotline beside the notice's 联系人",
        page="""
!m 雯溪县林业局
!m 首页 > 信息公开 > 通知公告
!m 索引号：WX-LYJ-2025-0071　公开方式：主动公开
!t 关于开展打击非法采挖野生苔藓专项行动的通知
雯林发〔2025〕9号
{BODY}
!a 【打印】【关闭】
!m 林业有害生物及森林火情报告电话：12119
!m 主办单位：雯溪县林业局　ICP备案号：赣ICP备11003872号
""",
        body="""
各乡镇林业站、森林公安派出所：
为保护林下植被，决定自3月20日至6月30日在全县开展打击非法采挖野生苔藓专项行动。
一、各林业站要对辖区重点山场开展拉网式巡查，发现采挖行为及时制止。
二、森林公安派出所要会同市场监管部门检查花卉市场和快递网点，从源头上切断销售渠道。
联系人：俞建华　电话：0795-6623017
雯溪县林业局
2025年3月18日
抄送：县市场监督管理局，县公安局。
雯溪县林业局办公室　2025年3月18日印发
""",
    ),
    dict(
        slug="news-xinghe-moss-new-record-text",
        site="星河晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xinghewb.example.com/kj/2025/0909/33018.shtml",
        title="霆山发现两种苔藓植物省级新记录",
        record_title="霆山发现两种苔藓植物省级新记录",
        date="2025-09-09",
        notes="news portal text page: the title repeated glued to the lead; a news time line as the page date; 'more from this channel' and a 'report error' link; an editor line on its own line at the end",
        page="""
!m 星河晚报网 > 科技 > 正文
!t 霆山发现两种苔藓植物省级新记录
!m 2025-09-09 07:30:12　星河晚报网　记者 祁悦
!a 字号：A+ A-
{BODY}
!m 责任编辑：梅岚
!a 纠错
!l 本频道更多：我市首座科普驿站开放 | 青少年无人机大赛落幕
""",
        body="""
⟦t 霆山发现两种苔藓植物省级新记录⟧记者从霆山省级自然保护区管理局获悉，科研人员在今年夏季调查中发现两种苔藓植物为本省新记录。
这两种苔藓分别生长在海拔一千二百米以上的溪边岩面和腐木上，数量较少。
保护区表示，下一步将建立固定监测样地，开展长期跟踪观测。
""",
    ),
    dict(
        slug="forum-html-taixian-moss-growing-jammer",
        site="苔鲜绿植论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://www.taixianlv.example.net/forum.php?mod=viewthread&tid=9021",
        title="阳台养苔一年的经验分享",
        record_title="阳台养苔一年的经验分享",
        date="2025-07-21",
        notes="Discuz-like forum with jammer fonts in HTML; a forum's 发表于 as the page date; signature line under the post; 'reply to view' prompt",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>阳台养苔一年的经验分享 - 养护交流 - 苔鲜绿植论坛</title></head><body>
<div id="hd">⟦m 苔鲜绿植论坛⟧ ⟦a 登录 | 注册⟧</div>
<div id="pt">⟦m 论坛 › 养护交流⟧</div>
<h1>⟦t 阳台养苔一年的经验分享⟧</h1>
<div class="pi">⟦m 发表于 2025-7-21 20:16⟧ ⟦m 查看: 5126| 回复: 88⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：一平米的森林⟧</div>
<div class="locked">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="pgs">⟦l 返回列表　发新帖⟧</div>
</body></html>
""",
        body="""
去年春天在阳台北侧放了一个浅盆，铺上从花市买的人工繁育白发藓，到现在长得很好。
经验一是避开直射光，苔藓喜欢散射光，夏天最好挂一层遮阳网。
经验二是保持湿度，我每天早晚各喷一次水，用的是晾过一夜的自来水。
经验三是通风，密闭容器里的苔藓容易发霉，隔几天要开盖透气。
""",
    ),
]
