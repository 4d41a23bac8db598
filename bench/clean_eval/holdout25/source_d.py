"""holdout25, part D: a brick factory on an old 范文 site, a pearl-farm report on a paid
preview, an archery club's forum, a coal-mine engineer's blog, a silk factory's handbook, a
school guqin club, a jade market's intranet, a ranch vet's collection, a navigation-aids
Party branch, a medical-aesthetics department, a university observatory and a campground's
fire-ban reposted on a county forum. Invented text throughout; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-zhuanchang-brick-summary-old-table",
        site="好文章范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.haowenzhang.example.com/zongjie/nianzhong/20250105_7712.html",
        title="砖厂2024年度安全生产工作总结",
        record_title="砖厂2024年度安全生产工作总结（精选3篇）_好文章范文网",
        date=None,
        notes="old gb2312 table layout of a 范文 site: marquee, visitor counter, a 【阅读字号：大 中 小】 row in own words, a floating QQ box, a hot list; a year only in the title: no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>砖厂2024年度安全生产工作总结（精选3篇）_好文章范文网</title></head><body>
<table width="980" align="center"><tr><td>⟦m 好文章范文网 www.haowenzhang.example.com⟧</td><td><marquee>⟦m 本站每天更新范文五百篇，欢迎收藏！⟧</marquee></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 | 工作总结 | 工作计划 | 心得体会 | 述职报告 | 演讲稿 | 合同范本⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700">
<h1>⟦t 砖厂2024年度安全生产工作总结（精选3篇）⟧</h1>
<div>⟦m 栏目：年终总结　人气：【4210】⟧　⟦a 〔阅读字号：大 中 小〕⟧</div>
{BODY}
<div>⟦l 上一篇：石料厂年终总结⟧　⟦l 下一篇：水泥厂班组长个人总结⟧</div>
</td><td width="280" valign="top">
<div>⟦l 本周热门⟧</div><div>⟦l 1. 车间主任工作总结⟧</div><div>⟦l 2. 安全员年终总结范文⟧</div>
<div>⟦w 写作QQ：2750013396 代写各类总结⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您是第 3307215 位访客⟧　⟦m 鄂ICP备09033120号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，我厂坚持“安全第一、预防为主”的方针，全年未发生一起伤亡事故，现将主要工作总结如下。
一、落实安全责任。厂部与制坯、焙烧、装卸三个班组签订安全责任书，做到责任到人。
二、整治隐患。对隧道窑、码坯机和传送带进行全面检修，加装防护罩十二处，更换老化电线八百余米。
三、加强培训。全年组织安全培训六次，新入厂工人全部经过三级安全教育后上岗。
明年我们将继续加大投入，争取创建安全生产标准化三级企业。
""",
    ),
    dict(
        slug="wenku-zhenzhu-pearl-report-html-markers",
        site="百闻文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.baiwenwk.example.com/doc/88213001.html",
        title="关于菡水县淡水珍珠养殖产业发展情况的调研报告",
        record_title="关于菡水县淡水珍珠养殖产业发展情况的调研报告.pdf",
        date="2025-07-08",
        notes="paid 文库 preview (HTML): file-name title, page markers ⎡n⎦ as paragraphs between the halves of cut paragraphs, a pay-to-read prompt, a 'VIP free download' button; 成文日期",
        pages=dict(fmt="⎡{n}⎦", every=90, start=2),
        page="""
<html><head><meta charset="utf-8"><title>关于菡水县淡水珍珠养殖产业发展情况的调研报告.pdf-百闻文库</title></head><body>
<div class="top">⟦m 百闻文库⟧　⟦a 登录 / 注册⟧　⟦a 开通VIP⟧</div>
<div class="docinfo"><h1>⟦t 关于菡水县淡水珍珠养殖产业发展情况的调研报告⟧</h1>
<span>⟦m 格式：PDF　页数：7　上传时间：2025-07-21　浏览 516 次⟧</span></div>
<div class="reader">
{BODY}
</div>
<div class="payline">⟦a 还剩4页未读，支付3.5元继续阅读⟧</div>
<div class="btns">⟦a VIP免费下载⟧　⟦a 加入收藏⟧　⟦a 分享⟧</div>
<div class="foot">⟦d 本文档为用户上传，百闻文库仅提供信息存储空间服务⟧</div>
</body></html>
""",
        body="""
为摸清全县淡水珍珠养殖产业现状，县农业农村局组成调研组，于6月中旬深入四个主产乡镇开展专题调研。
全县现有珍珠养殖面积一万二千亩，养殖户三百六十户，年产淡水珍珠约二十吨，产值一亿元左右。
调研发现，产业发展存在三个突出问题：一是养殖密度偏高，部分水域水质下降；二是加工环节薄弱，九成以上珍珠以原珠形式外销；三是品牌影响力不强，价格受外地客商左右。
为此建议：科学划定养殖区域，推广生态混养模式；引进珍珠首饰加工企业，延长产业链；注册区域公用品牌，组织参加展会推介。
菡水县农业农村局调研组
2025年7月8日
""",
    ),
    dict(
        slug="forum-sheJian-archery-discuz-jammer",
        site="箭道射箭论坛 (invented)",
        style="论坛",
        genre="须知",
        kind="other",
        form="html",
        source="https://www.jiandao-bbs.example.com/forum.php?mod=viewthread&tid=30921",
        title="俱乐部户外射箭活动安全须知",
        record_title="俱乐部户外射箭活动安全须知 - 活动公告 - 箭道射箭论坛",
        date="2025-04-11",
        notes="Discuz-like page: jammer fonts (junk) glued and as lines, 发表于 post line (the page's date), a 'this post was edited' line, user stats, reply box",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>俱乐部户外射箭活动安全须知 - 活动公告 - 箭道射箭论坛</title></head><body>
<div id="hd">⟦m 箭道射箭论坛⟧　⟦a 登录　立即注册　找回密码⟧</div>
<div id="pt">⟦m 箭道射箭论坛 › 俱乐部专区 › 活动公告⟧</div>
<h1>⟦t 俱乐部户外射箭活动安全须知⟧</h1>
<table><tr><td class="pls">⟦m 靶心控　管理员　主题 88　帖子 1207　积分 9150⟧</td>
<td class="plc"><div class="pti">⟦m 发表于 2025-4-11 19:36　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pstatus">⟦l 本帖最后由 靶心控 于 2025-4-11 19:40 编辑⟧</div>
</td></tr></table>
<div class="fastpost">⟦l 您需要登录后才可以回帖　登录 | 立即注册⟧</div>
<div id="ft">⟦d Powered by Discuz! X3.4　© 2001-2025 箭道射箭论坛⟧</div>
</body></html>
""",
        p_html="{}<br />",
        body="""
各位箭友：
本周六俱乐部将在蕨岭郊野射箭场组织户外射箭活动，为确保安全，请大家务必遵守以下须知。
一、所有人员须听从场地安全员口令，只有听到“开始射箭”口令后方可搭箭开弓。
二、拔箭时所有人同时上前，拔箭者站在箭靶侧面，严禁在有人拔箭时拉弓。
三、未成年人须由家长陪同，初学者只能使用十八磅以下的训练弓。
四、活动当天请穿平底鞋，不穿拖鞋和凉鞋进入场地。
""",
    ),
    dict(
        slug="blog-meikuang-ventilation-tagcloud-html",
        site="井下风语 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="experience",
        form="html",
        source="https://jingxiafengyu.blog.example.com/2025/03/16/ventilation.html",
        title="从事矿井通风工作十年的几点体会",
        record_title="[原创] 从事矿井通风工作十年的几点体会 | 井下风语",
        date="2025-03-16",
        notes="blog template: a tag cloud, a monthly archive, a bracketed post time (the page's date), a 'previous post' link, a comment form, a theme credit",
        page="""
<html><head><meta charset="utf-8"><title>[原创] 从事矿井通风工作十年的几点体会 | 井下风语</title></head><body>
<header>⟦m 井下风语 — 一个通风工程师的自留地⟧</header>
<article><h2>⟦t [原创] 从事矿井通风工作十年的几点体会⟧</h2>
<p class="postmeta">⟦m [2025-03-16 21:48]　分类：工作随笔　评论(5)⟧</p>
{BODY}
<p class="nav">⟦l « 上一篇：局部通风机的“双风机双电源”⟧</p>
</article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 瓦斯　通风　安全　煤矿　读书⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年3月 (4)　2025年2月 (2)⟧</p></aside>
<div id="respond">⟦l 发表评论　昵称（必填）　邮箱（必填）　提交⟧</div>
<footer>⟦m 主题：简雅　由某某博客程序驱动⟧</footer>
</body></html>
""",
        body="""
到今年，我在矿上干通风已经整整十年了，从测风工干到通风科副科长，有几点体会想记下来。
第一，通风是矿井安全的命脉。每一次测风数据都要亲手测、亲眼看，不能坐在办公室里“估”风量。
第二，要尊重老工人的经验。刚参加工作时，是一位老测风工教会我用手背感觉风流的方向，这个本事后来多次帮我发现了漏风点。
第三，系统调整要算细账。每增加一个采掘工作面，都要重新核算风量分配，宁可多算一遍，不可少算一次。
写下这些，算是给自己的十年做个小结，也希望对刚入行的年轻人有点用。
""",
    ),
    dict(
        slug="docshare-saosi-silk-handbook-decorated",
        site="文档宝 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.wendangbao.example.com/d/20250612/silk-handbook.html",
        title="缫丝车间员工操作守则",
        record_title="【可下载】缫丝车间员工操作守则（完整版）-文档宝",
        date=None,
        notes="sharing-site reader: a decorated title, a download button and coupon prompt, an upload notice, page counter stamps; a rule whose articles speak of 扫码/打印 (kept); no date",
        page="""
<html><head><meta charset="utf-8"><title>【可下载】缫丝车间员工操作守则（完整版）-文档宝</title></head><body>
<div class="hd">⟦m 文档宝 — 你身边的文档库⟧</div>
<h1>⟦t 【可下载】缫丝车间员工操作守则（完整版）⟧</h1>
<div class="info">⟦m 贡献者：丝路行者　｜　页数 2　｜　上传于 2025-06-12⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dl">⟦a 立即下载（消耗2积分）⟧　⟦a 放入我的文库⟧</div>
<div class="notice">⟦d 文档宝仅提供存储服务，文档版权归上传者所有。如您认为内容侵犯了您的权益，请联系客服处理。⟧</div>
</body></html>
""",
        body="""
第一条　员工进入车间必须穿戴工作服、工作帽，长发须盘入帽内。
第二条　每班开机前检查煮茧机、缫丝机的防护装置，发现异常立即报告班长，不得带病运转。
第三条　员工上岗前在车间门口扫码签到，系统自动记录当班机台和产量。
第四条　生丝检验单由质检员打印后随批次流转，任何人不得涂改。
第五条　下班前清理机台，关闭蒸汽阀门和电源，做好交接班记录。
""",
    ),
    dict(
        slug="edu-guqin-club-plan-numbered",
        site="菡水市教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.hsedu.example.cn/xxdt/2025/0902/1180.html",
        title="菡水市实验中学古琴社团2025年秋季活动方案",
        record_title="菡水市实验中学古琴社团2025年秋季活动方案_学校动态_菡水市教育信息网",
        date="2025-09-02",
        notes="education portal: numbered lists and decimal-free schedule table kept; a '投稿' box and a 'school map' footer; date in the document",
        gap=True,
        page="""
!m 菡水市教育信息网
!m 您的位置：首页 | 学校动态
!t 菡水市实验中学古琴社团2025年秋季活动方案_学校动态_菡水市教育信息网
!m 供稿：菡水市实验中学　审核：市教育局办公室
{BODY}
!w 欢迎各校投稿：tougao-hsedu@example.cn
!l 【返回上一页】　【回到顶部】
""",
        body="""
为传承中华优秀传统文化，提高学生艺术素养，结合学校社团课程安排，制定本方案。
1.活动时间：每周三下午第三节课后，共十六次。
2.活动地点：艺术楼三楼琴室。
3.活动内容
周次　内容　指导教师
第1—4周　古琴基本知识与坐姿手型　许清和
第5—10周　练习曲《仙翁操》《秋风词》　许清和
第11—16周　合奏排练与期末汇报　许清和、邱岚
4.社团成员应爱护琴具，课后将古琴放入琴套，琴室钥匙由社长保管。
菡水市实验中学
2025年9月2日
""",
    ),
    dict(
        slug="intranet-yushi-jade-market-html-flow",
        site="玉城市场管理公司 协同办公平台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.yucheng-mkt.example.local/portal/doc/show?id=8823",
        title="关于加强玉石交易区夜间安全管理的通知",
        record_title="关于加强玉石交易区夜间安全管理的通知",
        date="2025-11-03",
        notes="intranet document view: 文号 (neutral), 签发人 line (neutral), read counts and a 流转记录 box, a 'mark as read' button; 抄送/印发 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>协同办公平台 - 公文查看</title></head><body>
<div class="portal">⟦m 玉城市场管理有限公司 协同办公平台⟧　⟦m 欢迎您，保卫部 韦强⟧　⟦a 退出⟧</div>
<div class="tabs">⟦m 待办(3)　已办　公文　通讯录　知识库⟧</div>
<div class="doc">
<p>玉城司发〔2025〕41号</p>
<h2>⟦t 关于加强玉石交易区夜间安全管理的通知⟧</h2>
{BODY}
</div>
<div class="read">⟦m 已读 47 人　未读 6 人⟧　⟦a 标记为已读⟧</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-11-03 15:10　办公室 起草⟧</p><p>⟦l 2025-11-03 16:45　总经理 签发⟧</p></div>
</body></html>
""",
        body="""
各部门、各经营商户：
近期，周边市场发生多起夜间盗窃案件。为确保玉石交易区财产安全，现就加强夜间安全管理通知如下。
一、交易区每日21:00闭市，闭市后除值班人员外，任何人不得滞留。
二、保卫部实行夜间双人巡逻，每两小时巡查一遍，并在巡更点打卡。
三、各商户应将贵重玉器收入保险柜，柜台不得存放现金。
玉城市场管理有限公司
2025年11月3日
抄送：市场派出所
玉城市场管理有限公司办公室　2025年11月3日印发
""",
    ),
    dict(
        slug="anthology-muchang-vet-memoir-html-nodate",
        site="草原笔记 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.caoyuanbiji.example.net/book/12/chapter/29.html",
        title="在牧场当兽医的第一个冬天",
        record_title="草原笔记·第29篇｜在牧场当兽医的第一个冬天",
        date=None,
        notes="a retired vet's collection (HTML): chapter nav, a 写于 line with a year only (neutral, no date), a font-size/night-mode row, a 'add bookmark' action, copyright notice",
        page="""
<html><head><meta charset="utf-8"><title>草原笔记·第29篇｜在牧场当兽医的第一个冬天</title></head><body>
<div class="top">⟦m 草原笔记 — 一个老兽医的牧场回忆⟧</div>
<div class="bar">⟦a 字号 A- A+　夜间模式　加入书签⟧</div>
<div class="crumb">⟦m 文集目录 / 第二辑 风雪牧场 / 第29篇⟧</div>
<h2>⟦t 在牧场当兽医的第一个冬天⟧</h2>
<p class="sig">写于一九八七年冬</p>
<div class="txt">
{BODY}
</div>
<div class="pager">⟦l ‹ 第28篇 接羔的日子⟧　⟦l 返回目录⟧　⟦l 第30篇 马群走失记 ›⟧</div>
<div class="foot">⟦d 本文集文字由作者授权发布，转载须注明作者与出处⟧</div>
</body></html>
""",
        body="""
那年秋天，我从农校毕业，被分到了离县城一百多里的国营牧场。
第一场雪下来的时候，场里有三十多头牛犊拉稀，老场长把我叫去，说：“小伙子，看你的了。”
我背着药箱在牛棚里守了七天七夜，一头一头地量体温、灌药、换垫草，最后只损失了两头。
那个冬天我学会的不只是治病，更懂得了牧民把牲畜当成家人的那份感情。
""",
    ),
    dict(
        slug="party-hangbiao-branch-themeday-chinese-wrapped",
        site="海事党建 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://dj.hangbiao-bx.example.cn/zbgz/2025/0305/77.html",
        title="航标处第二党支部2025年3月主题党日活动方案",
        record_title="【支部工作】航标处第二党支部2025年3月主题党日活动方案",
        date="2025-03-05",
        notes="Party-building site with a hard-wrapped plan (60 columns) and page markers ⊲n⊳ between wrapped lines; 成文日期 in Chinese numerals; a study-points CTA",
        wrap=60,
        indent="　　",
        pages=dict(fmt="⊲{n}⊳", every=95, start=2, glue="mix"),
        page="""
!m 海事党建 ｜ 支部工作
!t 【支部工作】航标处第二党支部2025年3月主题党日活动方案
!m 发布：组织人事科　阅读量 133
{BODY}
!a 学习积分 +1　点击“已学习”完成打卡
!l 上一篇：第一党支部开展“学雷锋”志愿服务
""",
        body="""
为深入开展学雷锋活动，推动党员在岗位上发挥先锋模范作用，第二党支部决定开展3月主题党日活动，方案如下。
一、活动主题：学雷锋精神，守航标安全。
二、活动时间：2025年3月12日（星期三）上午。
三、活动内容：一是集中学习雷锋日记选读，二是组织党员到檫岭灯桩开展设施维护和环境清理，三是与航道边的渔民开展安全航行宣传。
四、有关要求：全体党员按时参加，因故不能参加的须向支部书记请假，活动结束后撰写心得体会。
中共航标处第二支部委员会
二〇二五年三月五日
""",
    ),
    dict(
        slug="hospital-yimei-aesthetics-warning-html",
        site="椴山市中心医院 (invented)",
        style="医院官网",
        genre="提示",
        kind="notice",
        form="html",
        source="https://www.dszxyy.example.com/kszx/mrk/news/2025/0618.html",
        title="医学美容科关于警惕“无证医美”的健康提示",
        record_title="医学美容科关于警惕“无证医美”的健康提示_科室动态_椴山市中心医院",
        date="2025-06-18",
        notes="hospital template: booking/report buttons, a 24-hour line in the footer beside the department's own 咨询电话 (kept), an 'expert team' side box; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>医学美容科关于警惕“无证医美”的健康提示_科室动态_椴山市中心医院</title></head><body>
<div class="hd">⟦m 椴山市中心医院　三级甲等综合医院⟧</div>
<div class="quick">⟦a 预约挂号⟧　⟦a 报告查询⟧　⟦a 就医指南⟧</div>
<div class="crumb">⟦m 首页 > 科室中心 > 医学美容科 > 科室动态⟧</div>
<h1>⟦t 医学美容科关于警惕“无证医美”的健康提示⟧</h1>
<p class="meta">⟦m 发布时间：2025-06-18　来源：医学美容科　浏览：802⟧</p>
<div class="content">
{BODY}
</div>
<div class="side">⟦l 专家团队：主任医师 祁蔓 ｜ 副主任医师 简博⟧</div>
<div class="ft">⟦m 医院地址：椴山市人民中路200号　24小时急诊：0737-3120120⟧</div>
</body></html>
""",
        body="""
近期，我科接诊了多名在美容院、工作室接受注射后出现皮肤坏死、感染的患者。在此提醒广大市民：
一、医疗美容必须在取得《医疗机构执业许可证》的机构进行，操作者应当具有执业医师资格。
二、注射类产品应有国家药品监督管理部门的注册证，消费者有权要求查看产品包装和追溯码。
三、不要轻信“低价体验”“无痛速成”等宣传，术后出现红肿、疼痛加重等情况应立即就医。
医学美容科咨询电话：0737-3126851
""",
    ),
    dict(
        slug="univ-tianwentai-open-day-attachment",
        site="莪川师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.ecnu-ec.example.edu.cn/tzgg/2025/1012/5521.htm",
        title="关于举办天文台公众开放日活动的通知",
        record_title="关于举办天文台公众开放日活动的通知-莪川师范学院",
        date="2025-10-12",
        notes="college page: a top login row, 作者/审核/点击 meta, a 附件 list and a booking e-mail kept, a 'share to' bar and a school footer",
        page="""
!a 统一身份认证　|　邮件系统　|　信息门户
!m 莪川师范学院
!m 首页 » 通知公告
{T}
!m 作者：物理与电子工程学院　审核：宣传部　点击：[1146]
{BODY}
!l 分享到：
!m 地址：莪川市师院路1号　电话：0738-8380001
!d 莪川师范学院 版权所有
""",
        body="""
各位市民朋友、中小学师生：
为普及天文知识，学院天文台定于10月25日（星期六）19:00—21:30举办公众开放日活动。
一、活动内容：天文科普讲座、望远镜观测木星和土星、天文摄影作品展。
二、参加方式：个人请于10月22日前发送邮件至tianwentai@ecnu-ec.example.edu.cn预约，注明姓名、人数和联系电话；中小学团体请来电预约。
三、如遇阴雨天气，观测活动取消，讲座照常进行。
附件：1.天文台位置示意图
2.观测注意事项
物理与电子工程学院
2025年10月12日
""",
    ),
    dict(
        slug="localforum-luying-campground-fireban-html",
        site="葎原论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.lvyuanbbs.example.com/thread/889102.html",
        title="关于蓊山露营地秋冬季禁止野外用火的通告",
        record_title="【转】关于蓊山露营地秋冬季禁止野外用火的通告（露营的朋友注意了）",
        date="2025-10-28",
        date_also=["2025-10-30"],
        notes="a county forum reposting a campground's fire ban: decorated title, post line date (also accepted) vs 成文日期, a reply list and an ad strip, a forum footer",
        page="""
<html><head><meta charset="utf-8"><title>【转】关于蓊山露营地秋冬季禁止野外用火的通告（露营的朋友注意了）-葎原论坛</title></head><body>
<div class="hd">⟦m 葎原论坛 — 葎原人自己的网上家园⟧　⟦a 登录 注册⟧</div>
<div class="crumb">⟦m 葎原论坛 ＞ 户外运动 ＞ 帖子详情⟧</div>
<h1>⟦t 【转】关于蓊山露营地秋冬季禁止野外用火的通告（露营的朋友注意了）⟧</h1>
<div class="author">⟦m 楼主：山野闲人　发布于 2025-10-30 12:05　浏览 3021⟧</div>
<div class="post">
{BODY}
</div>
<div class="ad">⟦a 广告｜户外装备清仓，全场五折起⟧</div>
<div class="replies"><p>⟦l 沙发　周末去的朋友记得带气罐都不行了⟧</p><p>⟦l 板凳　支持，去年差点出事⟧</p></div>
<div class="ft">⟦d 本帖内容由网友发布，不代表本站观点⟧</div>
</body></html>
""",
        body="""
各位露营爱好者：
进入秋冬季，蓊山林区天干物燥，森林火险等级持续偏高。根据县森林防火指挥部要求，现就露营地用火管理通告如下。
一、自11月1日起至次年4月30日，露营地内禁止使用明火烧烤、篝火、燃放烟花和孔明灯。
二、确需加热食物的，只能在营地服务中心指定的集中炊事区使用电磁炉。
三、对违反规定用火的，营地将劝离并移交林业部门依法处理。
蓊山露营地管理处
2025年10月28日
""",
    ),
]
