"""holdout43, part D: blogs, mirrors, sharing pages, education, intranet, Q&A, collections,
Party-building, hospital, university, local-forum and download pages. Invented text."""

CASES = [
    dict(
        slug="blog-dengta-keeper-diary-html",
        site="守塔人手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://shoutaren.example.blog/2025/06/19/typhoon-night/",
        title="台风夜守塔记",
        record_title="台风夜守塔记 – 守塔人手记",
        date="2025-06-19",
        notes="blog HTML: dash site suffix; Posted on line as the page date; tag cloud, archive and a comment form; a 'share this' row; the author sentence about 关注 as content",
        page="""
<html><head><meta charset="utf-8"><title>台风夜守塔记 – 守塔人手记</title><script>window.wpemoji=1;</script></head><body>
<header>⟦m 守塔人手记⟧ ⟦m 一座灯塔，两个人，四季的海⟧</header>
<nav>⟦l 首页⟧ ⟦l 关于⟧ ⟦l 灯塔相册⟧</nav>
<article><h2>⟦t 台风夜守塔记⟧</h2>
<div class="entry-meta">⟦m Posted on 2025年6月19日 by 老林⟧</div>
{BODY}
<div class="sharedaddy">⟦l 分享此文：Twitter　Facebook　微信⟧</div>
</article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 灯塔 台风 海岛 值班 航标⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年六月⟧</p><p>⟦l 2025年五月⟧</p></aside>
<div id="respond">⟦l 发表评论 电子邮件地址不会被公开。⟧</div>
<footer>⟦m 由 WordPress 强力驱动⟧</footer>
</body></html>
""",
        body="""
昨夜台风擦着汐岬过去，风最大的时候，塔身都在微微颤动。
我和小周两个人一夜没合眼，每隔半小时上一次灯室，检查灯器和备用电源。
凌晨三点，主电源跳闸，备用电源自动切换，灯光一秒都没有灭。
天亮以后，我们在塔下捡到一只被吹落的海鸥，给它喂了点小鱼，中午它自己飞走了。
常有读者留言说想来看灯塔，欢迎关注站里开放日的消息。
""",
    ),
    dict(
        slug="wechat-xunwan-fishery-ban-mirror",
        site="鲟湾渔政 (mirror on 公号阅读站, invented)",
        style="公众号镜像",
        genre="通告",
        kind="notice",
        form="text",
        source="https://gzhyd.example.net/mp/xunwanyuzheng/2025030103",
        title="关于鲟湾江段全面禁捕的通告",
        record_title="关于鲟湾江段全面禁捕的通告｜鲟湾渔政",
        date="2025-03-01",
        notes="WeChat mirror text: account suffix title; original-label, account line with time and place; a follow prompt glued to the first sentence; the document's own 举报电话 kept; 在看/分享 rows at the bottom",
        page="""
!m 公号阅读站 · 好文章值得再读一遍
!t 关于鲟湾江段全面禁捕的通告｜鲟湾渔政
!m 原创　鲟湾渔政　2025年03月01日 09:00　四川
{BODY}
!l 往期推荐
!l ▶ 鲟鱼幼鱼放流现场直击
!l ▶ 认识一下我们身边的国家一级保护动物
!l 分享　收藏　在看　点赞
!d 文章来源于公众号鲟湾渔政，如有侵权请联系删除
""",
        body="""
⟦m ↑点击上方蓝字，关注鲟湾渔政⟧为保护鲟鱼等珍稀水生生物，根据有关规定，现就鲟湾江段全面禁捕有关事项通告如下。
一、禁捕范围为鲟湾县境内江段干流及其一级支流河口区域。
二、禁捕期间，禁止一切天然渔业资源的生产性捕捞，禁止垂钓时使用多线多钩。
三、误捕鲟鱼的，应立即放归江中，并向渔政部门报告。
举报电话：0834-5520110
鲟湾县农业农村局
2025年3月1日
""",
    ),
    dict(
        slug="docshare-fenxiang-horse-epidemic-plan-dash",
        site="分享文档网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.fenxiangdoc.example.com/p/318822.html",
        title="骝原马场马流感防控工作方案",
        record_title="骝原马场马流感防控工作方案.wps",
        date="2025-02-14",
        notes="sharing site: file-name title; page markers ⇤ N ⇥ on lines of their own, wrapped at 62 columns; document's own 联系人 line; upload notice",
        wrap=62,
        pages=dict(fmt="⇤ {n} ⇥", every=120, start=2),
        page="""
!m 分享文档网　上传你的文档 赚取积分
!t 骝原马场马流感防控工作方案.wps
!m 上传者：liuyuan_mc　上传时间：2025-02-20　积分：5
{BODY}
!d 本文档由会员上传，本站不对内容的真实性负责，侵权请联系客服处理。
!a 下载本文档（5积分）　加入收藏
""",
        body="""
为有效防控马流感，保障马群健康和马文化旅游安全，结合马场实际，制定本方案。
一、加强免疫。对全场马匹开展马流感疫苗免疫，免疫密度达到百分之百，建立免疫档案。
二、强化监测。兽医室每日巡查马群，发现发热、咳嗽等症状的马匹立即隔离并采样送检。
三、严格消毒。马厩每周消毒两次，外来车辆和人员进入马场须经消毒通道。
联系人：兽医室 阿力木，电话：0906-7760231
骝原马场
2025年2月14日
""",
    ),
    dict(
        slug="edu-chaobu-school-ocean-day-html",
        site="潮埠县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.cbedu.example.gov.cn/html/tzgg/2025/0528/1881.html",
        title="关于组织中小学生走进验潮站开展海洋日研学活动的通知",
        record_title="关于组织中小学生走进验潮站开展海洋日研学活动的通知",
        date="2025-05-28",
        notes="old table layout education network: marquee, visitor counter, font-size row; 附件 list; schedule table; a receipt slip with blank lines; signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于组织中小学生走进验潮站开展海洋日研学活动的通知_潮埠县教育信息网</title></head>
<body><table width="1000" align="center"><tr><td>⟦m 潮埠县教育信息网⟧</td></tr>
<tr><td><marquee>⟦m 欢迎访问潮埠县教育信息网！⟧</marquee></td></tr>
<tr><td>⟦l 网站首页 ┊ 教育动态 ┊ 通知公告 ┊ 招生考试 ┊ 资源下载⟧</td></tr>
<tr><td>⟦t 关于组织中小学生走进验潮站开展海洋日研学活动的通知⟧</td></tr>
<tr><td>⟦m 作者：基教股　来源：本站原创　点击：277　更新：2025-5-28⟧</td></tr>
<tr><td>⟦a 【字体：小 大】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 【发表评论】⟧ ⟦a 【告诉好友】⟧ ⟦a 【打印此文】⟧ ⟦a 【关闭窗口】⟧</td></tr>
<tr><td>⟦m 版权所有：潮埠县教育局　您是本站第 130822 位访问者⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学：
为庆祝世界海洋日，增强学生海洋意识，县教育局联合潮埠验潮站组织开展研学活动。
活动安排如下：
日期　学校　人数
6月6日　潮埠一小　40人
6月7日　潮埠二中　45人
各校要安排带队教师，做好学生往返交通和安全保障。
附件：研学活动回执
回执：学校名称＿＿＿＿＿　带队教师＿＿＿＿＿　联系电话＿＿＿＿＿
潮埠县教育局
2025年5月28日
""",
    ),
    dict(
        slug="oa-lubo-salt-group-production-meeting",
        site="卤泊盐化集团内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.lubo-salt.example.local/gw/jiyao/2025-0612",
        title="卤泊盐化集团6月安全生产例会纪要",
        record_title="卤泊盐化集团6月安全生产例会纪要",
        date="2025-06-13",
        date_also=["2025-06-12"],
        notes="intranet: record title; 时间/地点/主持/出席 lines and a vote count kept; 抄送/印发 版记 kept; reader list and flow record; the 印发 date with the meeting date also accepted",
        page="""
!m 卤泊盐化集团协同办公系统 V3.0
!m 当前用户：安全环保部 马骁　｜　注销
!l 公文管理 > 会议纪要 > 查看
!t 卤泊盐化集团6月安全生产例会纪要
!m 文档状态：已归档　　已阅人数：58/62
{BODY}
!l 办理记录：安全环保部 拟稿 → 分管副总 审核 → 总经理 签发
!a 打印　　下载附件　　返回列表
""",
        body="""
时间：2025年6月12日上午9:00
地点：集团办公楼三楼会议室
主持：副总经理 周恒
出席：各采区、各分厂负责人，安全环保部全体人员
会议通报了5月份安全检查情况，共查出隐患十七处，已整改十五处。
会议审议了《卤水采区夏季防暑降温措施》，参会人员一致同意通过，表决结果为同意21票、反对0票。
会议要求，各采区于6月20日前完成救生设备检查，确保每条采卤船配齐救生圈和救生衣。
抄送：集团党委、工会
卤泊盐化集团办公室　2025年6月13日印发
""",
    ),
    dict(
        slug="qa-dazhe-grape-winter-burial-answer",
        site="大哲问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.dazhewenda.example.com/question/771290",
        title="葡萄冬季埋土应该什么时候开始？",
        record_title="葡萄冬季埋土应该什么时候开始？急！！ - 大哲问答",
        date="2025-10-22",
        notes="Q&A HTML: decorated question title; answerer card; 回答于 line as the page date; vote bar; comments; the answer's own numbered list",
        page="""
<html><head><meta charset="utf-8"><title>葡萄冬季埋土应该什么时候开始？急！！ - 大哲问答</title></head><body>
<div class="nav">⟦m 大哲问答⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<h1>⟦t 葡萄冬季埋土应该什么时候开始？急！！⟧</h1>
<div class="qmeta">⟦m 3个回答 · 1,520次浏览⟧</div>
<div class="answer"><div class="who">⟦m 葡川农技站老杨 · 高级农艺师⟧</div>
<div class="time">⟦m 回答于 2025-10-22 19:14⟧</div>
{BODY}
<div class="vote">⟦l 赞同 86⟧ ⟦l 反对⟧ ⟦l 12 条评论⟧ ⟦a 分享⟧ ⟦a 收藏⟧</div></div>
<div class="more">⟦l 查看全部 3 个回答⟧</div>
<footer>⟦d 回答内容由用户提供，仅供参考⟧</footer>
</body></html>
""",
        body="""
一般在当地土壤封冻前十到十五天开始埋土，葡川这边通常是10月底到11月上旬。
埋土前要做好三件事：
1.修剪枝条，清理落叶和病枝。
2.浇一次透水，也就是常说的封冻水。
3.把枝蔓顺行压倒，捆好后再覆土，土厚二十到三十厘米。
埋土太早容易捂芽，太晚土冻了又埋不严，要看天气灵活掌握。
""",
    ),
    dict(
        slug="anthology-xueshan-glacier-researcher-1987",
        site="雪山文存 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://xueshanwencun.example.org/wen/1987-zongjie.html",
        title="冰岙冰川观测站1987年度工作小结",
        record_title="旧稿·冰岙冰川观测站1987年度工作小结",
        date="1987-12-25",
        notes="personal collection: decorated title; 成文日期 in Chinese numerals; a re-typing note (no date); the collector's preface line as a meta line; hard-wrapped at 56 columns",
        wrap=56,
        page="""
!m 雪山文存　——父亲的冰川笔记
!l 首页 | 文稿目录 | 老照片 | 留言板
!t 旧稿·冰岙冰川观测站1987年度工作小结
!m 编者按：此稿为父亲手写底稿，2023年冬由我逐字录入。
{BODY}
!l 上一篇：1986年冰舌测量记录说明
!m 本站文字请勿转载　联系：xueshan_wc@example.org
""",
        body="""
一九八七年，站里四名同志克服高寒缺氧的困难，完成了全年冰川物质平衡观测任务。
全年共测量花杆七十二根，冰舌末端较上年后退八点五米，后退速度有所加快。
夏季消融期，我们在冰面上连续工作四十多天，取得了完整的气象和径流资料。
明年希望能配备一台新的经纬仪，并解决观测点的冬季取暖问题。
冰岙冰川观测站
一九八七年十二月二十五日
""",
    ),
    dict(
        slug="dangjian-xijia-lighthouse-party-day-plan",
        site="汐岬党建网 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://dj.xijia.example.gov.cn/zbjs/2025/0620/44.html",
        title="汐岬灯塔站党支部“七一”主题党日活动方案",
        record_title="【支部风采】汐岬灯塔站党支部“七一”主题党日活动方案",
        date="2025-06-20",
        notes="Party site: decorated title; study-points line glued before the first sentence; page markers ╟N╢ glued to the continuation; an 'upload by' line; 成文日期",
        pages=dict(fmt="╟{n}╢", every=100, start=2, glue="mix"),
        page="""
!m 汐岬党建网　党建引领 向海图强
!m 首页 > 支部建设 > 支部风采
!t 【支部风采】汐岬灯塔站党支部“七一”主题党日活动方案
!m 上传：县交通运输局机关党委　时间：2025-06-20
{BODY}
!a 我要评论　　分享到朋友圈
!m 主办：中共汐岬县委组织部　技术维护：县大数据中心
""",
        body="""
⟦a 阅读本文可获得学习积分1分⟧为庆祝中国共产党成立一百零四周年，灯塔站党支部决定开展“守灯塔、护航道”主题党日活动。
一、活动时间：2025年7月1日上午。
二、活动内容：重温入党誓词，参观灯塔历史陈列室，开展灯塔周边海岸垃圾清理。
三、参加人员：支部全体党员、入党积极分子。
四、工作要求：各党员要按时参加，因故不能参加的须向支部书记请假。
中共汐岬灯塔站支部委员会
2025年6月20日
""",
    ),
    dict(
        slug="hospital-binghao-altitude-sickness-guide-html",
        site="冰岙县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.bhxrmyy.example.com/jkkp/2025/0701/3310.html",
        title="关于冰川游客高原反应就诊的温馨提示",
        record_title="关于冰川游客高原反应就诊的温馨提示",
        date="2025-07-01",
        notes="hospital HTML: site suffix; booking and emergency lines in the header; the document's own 急诊电话 line kept; 'scan to book' as content; a floating online-consult box",
        page="""
<html><head><meta charset="utf-8"><title>关于冰川游客高原反应就诊的温馨提示-冰岙县人民医院</title></head><body>
<div class="top">⟦m 冰岙县人民医院⟧ ⟦m 预约电话：0906-5532000⟧ ⟦a 无障碍⟧</div>
<div class="menu">⟦l 医院概况 | 就医指南 | 科室介绍 | 健康科普 | 招聘信息⟧</div>
<div class="path">⟦m 首页 ＞ 健康科普⟧</div>
<h2>关于冰川游客高原反应就诊的温馨提示</h2>
<div class="sub">⟦m 发布时间：2025-07-01　发布科室：急诊科　浏览：1102⟧</div>
{BODY}
<div class="float">⟦w 在线问诊 医生在线 立即咨询⟧</div>
<div class="footer">⟦m 地址：冰岙县雪松路5号⟧ ⟦d 版权所有 冰岙县人民医院⟧</div>
</body></html>
""",
        body="""
冰岙冰川观景台海拔较高，部分游客到达后会出现头痛、胸闷、恶心等高原反应症状。
出现轻微症状时应立即停止活动，原地休息并吸氧；症状加重的，请尽快下山就医。
我院急诊科二十四小时接诊，景区游客服务中心设有我院医疗点。
急诊电话：0906-5532120
游客也可扫描景区内的就医指引二维码，查看最近的医疗点位置。
冰岙县人民医院
2025年7月1日
""",
    ),
    dict(
        slug="university-xiaoyuan-sturgeon-lab-news",
        site="南江海洋大学水产学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://sc.nanjiang-ocean.example.edu.cn/xyxw/2025/0515/1107.htm",
        title="我院与鲟湾县鲟鱼繁育场共建教学实践基地",
        record_title="我院与鲟湾县鲟鱼繁育场共建教学实践基地-南江海洋大学水产学院",
        date="2025-05-15",
        notes="university text page: site suffix; 作者/摄影/审核 lines; a repeated title glued to the lead; click counter; prev/next links",
        page="""
!m 南江海洋大学水产学院
!l 学院概况　师资队伍　人才培养　科学研究　党建工作　学院新闻
!m 首页 >> 学院新闻
!t 我院与鲟湾县鲟鱼繁育场共建教学实践基地
!m 文字：邱雨　摄影：邓宁　审核：黄立新　发布日期：2025-05-15　点击：[381]
{BODY}
!l 上一条：我院举办水产养殖技术研讨会
!l 下一条：2025年研究生复试名单公示
!m Copyright © 南江海洋大学水产学院　地址：南江市海大路1号
""",
        body="""
⟦t 我院与鲟湾县鲟鱼繁育场共建教学实践基地⟧5月13日，我院与鲟湾县鲟鱼繁育场教学实践基地揭牌仪式在鲟湾县举行。
根据协议，双方将在鲟鱼人工繁育、病害防治和增殖放流效果评估等方面开展合作。
学院每年将安排本科生和研究生到基地开展生产实习，繁育场技术骨干将受聘为学院兼职导师。
""",
    ),
    dict(
        slug="localforum-liuyuan-horse-race-road-notice",
        site="骝原在线 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://bbs.liuyuanzx.example.com/thread-33190-1-1.html",
        title="关于那达慕赛马期间部分道路交通管制的通告",
        record_title="关于那达慕赛马期间部分道路交通管制的通告 - 骝原热点 - 骝原在线",
        date="2025-07-18",
        date_also=["2025-07-19"],
        notes="local forum: board-site suffix; forum junk lines; an ad line between paragraphs; post time and signature date; a 'top' button",
        junk=dict(lines=2, glued=1),
        page="""
!m 骝原在线　骝原人的网上家园
!m 骝原在线 › 骝原热点
!t 关于那达慕赛马期间部分道路交通管制的通告
!m 楼主：交警小骝　发表于 2025-7-19 08:15
{BODY}
!l 【广告】骝原家装节，全场满千减百，详询 139****7712
!l 回复　引用　举报　顶部
!a 游客，如果您要查看本帖隐藏内容请回复
""",
        body="""
为保障那达慕大会赛马活动安全有序进行，决定对部分道路实行临时交通管制，现通告如下。
一、管制时间：2025年7月25日至7月27日每日七时至十九时。
二、管制路段：骝原马场赛马场至草原路口段，禁止机动车通行。观众车辆请停放在赛马场东侧临时停车场。
三、违反本通告的，由公安交通管理部门依法处理。
骝原县公安局交通管理大队
2025年7月18日
""",
    ),
    dict(
        slug="download-ziyuanku-herder-fire-rules-html",
        site="资源库下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.ziyuanku.example.com/down/40122.html",
        title="毡川县草原防火管理办法",
        record_title="[DOC]毡川县草原防火管理办法 免费下载",
        date=None,
        notes="modern download station HTML: decorated title; file info box, download buttons, 'report a broken link'; no date (a 收录 stamp is none); articles speak of 下载/打印 as content",
        page="""
<html><head><meta charset="utf-8"><title>[DOC]毡川县草原防火管理办法 免费下载 - 资源库下载站</title></head><body>
<div class="hd">⟦m 资源库下载站 · 免费公文资料⟧ ⟦a 会员中心⟧</div>
<div class="crumb">⟦m 首页 ＞ 公文资料 ＞ 管理办法⟧</div>
<div class="info"><h1>⟦t [DOC]毡川县草原防火管理办法 免费下载⟧</h1>
<ul><li>⟦m 文件格式：DOC⟧</li><li>⟦m 文件大小：38.2 KB⟧</li><li>⟦m 收录时间：2025-05-11⟧</li><li>⟦m 热度：★★★★☆⟧</li></ul></div>
<div class="intro">
{BODY}
</div>
<div class="dl">⟦a 高速下载⟧ ⟦a 普通下载⟧ ⟦a 报告失效链接⟧</div>
<div class="hot">⟦l 下载排行：1.森林防火责任书 2.草原承包合同 3.防火检查记录表⟧</div>
</body></html>
""",
        body="""
第一条　为加强草原防火工作，保护草原资源和牧民生命财产安全，制定本办法。
第二条　每年3月15日至6月15日、9月15日至11月15日为草原防火期。
第三条　防火期内，草原上禁止野外用火。牧民在毡房内生火取暖的，应当设置防火隔离带。
第四条　草原防火宣传材料可在县林草局网站下载打印，由各村张贴。
第五条　本办法自发布之日起施行。
""",
    ),
]
