"""holdout69, part C: jianzi (shuttlecock-kicking) clubs, makers and lessons. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="company-feather-shuttle-recall-html",
        site="钼原羽翎体育用品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yuling-sports.example.com/news/notice/2025-08-15.html",
        title="关于召回部分批次比赛用毽球的公告",
        record_title="关于召回部分批次比赛用毽球的公告 - 羽翎体育",
        date="2025-08-15",
        notes="company site; customer line kept in the body beside the sales hotline; batch table",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次比赛用毽球的公告 - 羽翎体育</title></head><body>
<div class="top">⟦m 羽翎体育　专注毽球二十年⟧ <a>⟦a 在线商城⟧</a> <a>⟦a 经销商登录⟧</a></div>
<nav>⟦m 首页 | 关于我们 | 产品中心 | 新闻公告 | 联系我们⟧</nav>
<div class="crumb">⟦m 首页 > 新闻公告⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 2025-08-15　浏览量：1038⟧</div>
{BODY}
<div class="pn">⟦l 上一条：羽翎体育亮相全国体博会⟧<br>⟦l 下一条：毽球保养小常识⟧</div>
<footer>⟦m 销售热线：400-033-8261⟧　⟦d © 2025 钼原羽翎体育用品有限公司 版权所有⟧</footer>
</body></html>
""",
        body="""
近日我公司在抽检中发现，部分批次比赛用毽球的毽托与毽毛粘接不牢，使用中可能脱落。
批次号　生产日期　数量（只）
YL2506A　2025年6月3日　4,800
YL2506C　2025年6月17日　3,200
请已购买上述批次产品的客户停止使用，凭购买凭证到原购买渠道免费更换。
客户服务电话：0598-6627 1150。
钼原羽翎体育用品有限公司
2025年8月15日
""",
    ),
    dict(
        slug="training-school-jianzi-class-plan",
        site="铂田少儿体育培训学校 (invented)",
        style="培训机构",
        genre="教案",
        kind="plan",
        form="text",
        source="https://www.botian-kids.example.cn/jiaoan/jianzi-03.html",
        title="少儿花毽基础课第三课时教案",
        record_title="少儿花毽基础课第三课时教案（可编辑）",
        date=None,
        notes="training school; trial-class ad and float box removed; decimal headings kept; no date",
        page="""
!m 铂田少儿体育培训学校
!a 免费试听　立即预约
!m 首页 > 课程教案 > 花毽
!t 少儿花毽基础课第三课时教案（可编辑）
{BODY}
!w 课程顾问微信：btkids_07（备注“花毽”）
!l 相关课程：跳绳基础班　小篮球启蒙班
""",
        body="""
1.教学目标：掌握盘踢动作要领，能连续盘踢十次以上。
2.教学过程
2.1 热身：绕场慢跑两圈，踝关节和膝关节活动操三分钟。
2.2 示范讲解：教师示范盘踢，强调脚内侧平稳触毽、支撑腿微屈。
2.3 分组练习：两人一组，一人抛毽一人盘踢，每组练习五分钟后交换。
3.课后作业：回家每天练习盘踢两组，每组二十次。
""",
    ),
    dict(
        slug="fanwen-app-jianzi-speech",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.bixiashenghua.example.com/a/88120473",
        title="在全区毽球联赛开幕式上的致辞",
        record_title="在全区毽球联赛开幕式上的致辞",
        date="2025-04-26",
        notes="writing-app share page; speech date in Chinese numerals under the title, speaker line neutral; AI-rewrite and open-in-app buttons removed",
        page="""
!a 打开APP，阅读体验更佳
!m 笔下生花 · 范文
!t 在全区毽球联赛开幕式上的致辞
区体育总会会长　曹毅
（二〇二五年四月二十六日）
{BODY}
!a AI一键改写　|　复制全文
!l 你可能还想写：运动会开幕式致辞　联赛闭幕式讲话
!m 笔下生花 已帮 860 万人写好材料
""",
        body="""
各位运动员、裁判员，朋友们：
春光正好，全区第五届毽球联赛今天开幕了。
毽球是我们身边的老运动，一只毽子、一块空地就能踢起来。
本届联赛共有二十八支队伍参赛，比赛将持续到六月底。
预祝联赛圆满成功，祝大家赛出水平、赛出友谊！
""",
    ),
    dict(
        slug="exam-forum-jianzi-essay-material",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-510273-1-1.html",
        title="从一只毽子看全民健身的“小切口”",
        record_title="[申论素材] 从一只毽子看全民健身的“小切口” - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum with junk; a poster's rating row; no date (relative times only)",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 › 申论交流
!m 楼主：今年必上岸　发表于 4 天前
!t [申论素材] 从一只毽子看全民健身的“小切口”
{BODY}
!l 评分　参与人数 3　金币 +6　理由：素材不错
!a 下载上岸APP，刷题不掉线
!l 回复 #2 考公小王：收藏了，谢谢楼主
""",
        body="""
在不少城市的街心公园里，总能看到三五成群踢毽子的人。
一只毽子几块钱，不受场地限制，老人孩子都能参与，这正是全民健身需要的“小切口”。
推进全民健身，不一定都要建大场馆，把身边的空地、边角地用起来，同样能让群众动起来。
""",
    ),
    dict(
        slug="baike-jianzi-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.example.com/item/毽球/20419",
        title="毽球",
        record_title="毽球_知源百科",
        date=None,
        notes="encyclopaedia entry; edit counts and catalogue removed; an example date inside a sentence is no date",
        page="""
<html><head><meta charset="utf-8"><title>毽球_知源百科</title></head><body>
<div class="hd">⟦m 知源百科⟧ <a>⟦a 编辑词条⟧</a> <a>⟦a 登录⟧</a></div>
<h1>{T}</h1>
<div class="sub">⟦m 体育运动项目⟧</div>
<div class="catalog">⟦l 目录 1 起源 2 规则 3 器材⟧</div>
{BODY}
<div class="stat">⟦m 浏览次数：33071次　编辑次数：14次　最近更新：毽毽有余⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关机构。⟧</div>
</body></html>
""",
        body="""
毽球是由民间踢毽子发展而来的一项隔网对抗运动，融合了踢毽的技巧和排球的规则。
比赛在长十一点八八米、宽六点一米的场地上进行，中间设网，每队上场三人。
毽球由毽毛、毽垫和毽托组成，总重量约为十五克。
例如某场比赛记录写作“2019年8月8日第一局”，只是记分表的格式示例。
""",
    ),
    dict(
        slug="netdisk-jianzi-rules-share",
        site="云鲸网盘分享页 (invented)",
        style="网盘分享",
        genre="规则",
        kind="rule",
        form="text",
        source="https://pan.yunjing.example.com/s/1xKq7ZrMv",
        title="铱溪县老年毽球比赛规则",
        record_title="铱溪县老年毽球比赛规则.docx",
        date="2025-05-06",
        notes="cloud-drive share page with a preview; file-name title; save/download buttons and expiry removed; 成文日期 under the signature",
        page="""
!m 云鲸网盘 | 分享无限
!t 铱溪县老年毽球比赛规则.docx
!m 分享者：铱溪老体协　　分享时间：2025-05-09　　有效期：永久
!a 保存到我的网盘　　普通下载　　超速下载
!m 文件预览（仅显示部分内容）
{BODY}
!a 开通超级会员，预览完整文档
!d 请勿分享违法违规文件，一经发现将封禁账号。
""",
        date_also=["2025-05-09"],
        body="""
一、参赛对象：年满六十周岁、身体健康的本县老年人。
二、比赛项目：盘踢计数、花样踢毽、三人毽球对抗。
三、盘踢计数以一分钟内有效触毽次数计算成绩，毽子落地即停止计数。
四、参赛者须自备运动鞋，赛前须提供近半年体检证明。
铱溪县老年人体育协会
2025年5月6日
""",
    ),
    dict(
        slug="snapshot-park-jianzi-zone-notice",
        site="搜见快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soujian.example.com/c?u=http%3A%2F%2Fwww.tianhe-park.example.cn%2Fgg%2F77.html",
        title="关于设置晨练毽球区的通知",
        record_title=None,
        date="2025-03-18",
        notes="search-cache frame around the page; the frame's banner and the original page's nav removed; title only on the page",
        page="""
<html><head><meta charset="utf-8"><title>搜见快照</title></head><body>
<div class="snap">⟦d 这是 http://www.tianhe-park.example.cn/gg/77.html 的快照，快照生成于 2025年10月2日，页面可能已经改变。⟧<br>⟦m 以下关键词已高亮：晨练 毽球⟧</div>
<hr>
<div class="orig"><div>⟦m 锂州市天禾公园管理处⟧</div><div>⟦m 首页 - 公园公告 - 游园须知⟧</div>
<h3>关于设置晨练毽球区的通知</h3>
{BODY}
<div>⟦m 天禾公园管理处 版权所有 电话：0599-8861 7203⟧</div></div>
</body></html>
""",
        body="""
广大游客、晨练市民：
为方便市民开展毽球运动，减少与步行游客的相互干扰，我处在东门银杏广场划定晨练毽球区，开放时间为每日6:00至9:00。
请在划定区域内活动，活动结束后带走个人物品，保持场地整洁。
天禾公园管理处
2025年3月18日
""",
    ),
    dict(
        slug="enterprise-site-staff-jianzi-news",
        site="镔水港务集团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.bsport-group.example.com/xwzx/qydt/202511/t20251120_4402.html",
        title="集团第二届职工毽球赛圆满落幕",
        record_title="集团第二届职工毽球赛圆满落幕_企业动态_镔水港务集团",
        date="2025-11-20",
        notes="state-enterprise site; photo caption and editor line glued; title repeated glued to the lead",
        page="""
!m 镔水港务集团　BINSHUI PORT GROUP
!m 新闻中心 > 企业动态
!m 发布日期：2025-11-20　来源：集团工会
{BODY}
!m 责任编辑：邬蕾　审核：单青
!l 【关闭】【打印】
""",
        body="""
⟦t 集团第二届职工毽球赛圆满落幕⟧11月19日，集团第二届职工毽球赛在职工活动中心落幕，来自各港区的十二支代表队参赛。
⟦m （图为比赛现场）⟧
经过两天角逐，集装箱码头公司代表队获得团体第一名。
集团工会负责人表示，将把毽球列入职工文体活动的常设项目。
""",
    ),
    dict(
        slug="training-coach-course-brochure-html",
        site="铨城毽艺培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.quancheng-jianyi.example.cn/zsjz/2025qiu.html",
        title="2025年秋季毽球教练员培训班招生简章",
        record_title="【火热报名中】2025年秋季毽球教练员培训班招生简章",
        date="2025-08-28",
        notes="training school with float box and trial prompt; fee table and the school's 报名电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>【火热报名中】2025年秋季毽球教练员培训班招生简章</title></head><body>
<div class="logo">⟦m 铨城毽艺培训中心⟧</div>
<div class="menu">⟦m 首页　课程体系　师资团队　招生简章　学员风采⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-08-28⟧</div>
{BODY}
<div class="float">⟦w 在线报名咨询 点我聊⟧</div>
<div class="bar">⟦a 立即报名⟧ ⟦a 领取试听券⟧</div>
<footer>⟦m 铨城毽艺培训中心　地址：铨城市文体路19号⟧</footer>
</body></html>
""",
        body="""
本中心秋季开设毽球教练员培训班，培训合格者可申报社会体育指导员等级。
班次　课时　费用（元）
周末班　48　1,680
脱产班　48　1,480
报名时请携带身份证复印件和一寸照片两张。
报名电话：0600-3321 5086。
""",
    ),
    dict(
        slug="fanwen-app-jianzi-summary-print",
        site="文思速写APP (invented)",
        style="范文APP",
        genre="总结",
        kind="summary",
        form="text",
        source="https://m.wensisuxie.example.com/share/doc/9031177",
        title="社区毽球队2025年工作总结",
        record_title="社区毽球队2025年工作总结（通用2篇）",
        date=None,
        notes="writing app; template placeholders kept; no date (××××年××月××日)",
        page="""
!m 文思速写 — 你的写作助手
!t 社区毽球队2025年工作总结（通用2篇）
!m 篇一
{BODY}
!a 解锁篇二，仅需1元
!a 一键导出Word
!l 写作助手推荐：年度总结怎么写？
""",
        body="""
今年以来，社区毽球队坚持每周三次集中训练，队员由年初的十二人增加到二十一人。
全年参加街道以上比赛四次，获得团体二等奖一次。
明年，我们将在社区广场增设一块毽球场地，吸引更多年轻居民加入。
××社区毽球队
××××年××月××日
""",
    ),
    dict(
        slug="baike-qa-jianzi-feathers-text",
        site="百问百答 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.baiwenbaida.example.com/question/7720315.html",
        title="毽子用什么羽毛做最好？",
        record_title="毽子用什么羽毛做最好？_百问百答",
        date=None,
        notes="Q&A; the answerer line and 回答于 relative time removed; no date",
        page="""
!m 百问百答 > 生活 > 手工
!t 毽子用什么羽毛做最好？_百问百答
!m 热心网友　回答于 5天前
{BODY}
!l 这个回答对你有帮助吗？有用(18)　没用(2)
!l 相关问题：毽子怎么做才踢得稳？
""",
        body="""
传统毽子多用公鸡尾部的翎毛，毛杆有弹性、颜色鲜亮，踢起来下落平稳。
比赛用毽球则统一使用白色鹅毛，四根羽毛交叉插在毽座上，重量和高度都有规定。
自己做练习毽的话，鸭毛也可以，但要选毛杆硬一些的。
""",
    ),
    dict(
        slug="netdisk-school-break-jianzi-html",
        site="飞兔网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.feitupan.example.com/s/aBc9QxT2",
        title="钲湖小学大课间毽子操实施方案",
        record_title="钲湖小学大课间毽子操实施方案.wps",
        date="2025-09-05",
        notes="cloud-drive preview page with page markers as HTML paragraphs ⌜2⌝; file-name title",
        pages=dict(fmt="⌜{n}⌝", every=45, start=2),
        page="""
<html><head><meta charset="utf-8"><title>钲湖小学大课间毽子操实施方案.wps - 飞兔网盘</title></head><body>
<div class="bar">⟦m 飞兔网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册领2T空间⟧</a></div>
<div class="file"><h2>{T}</h2><span>⟦m 218KB　2025-09-08 分享⟧</span></div>
<div class="btns">⟦a 下载(218KB)⟧ ⟦a 保存到网盘⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 飞兔网盘严厉打击盗版及违法内容传播，举报请点此。⟧</div>
</body></html>
""",
        date_also=["2025-09-08"],
        body="""
为落实每天校园体育活动一小时的要求，学校决定在大课间推广毽子操。
毽子操由准备活动、盘踢、拐踢、绷踢和放松五节组成，每天上午大课间进行十五分钟。
各班体育委员负责收发毽子，班主任负责组织和安全管理。
钲湖小学
2025年9月5日
""",
    ),
]
