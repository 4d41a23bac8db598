"""holdout53, part B: WeChat mirrors, document sharing, education portals, intranets, Q&A and
personal collections — a bone-marrow donors' team, a homeless-aid station, community
correction, a mountain-rescue team, a poetry society. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="wechat-text-marrow-donor-letter",
        site="潆州造血干细胞志愿者 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://wx.mirrorread.example.com/s/YzQ1MmRmZT",
        title="致全市青年的一封信：加入造血干细胞捐献志愿者队伍",
        record_title="致全市青年的一封信：加入造血干细胞捐献志愿者队伍",
        date="2026-05-08",
        notes="mirror of an account article: account line with date as the page date; body sentences ask readers to 扫码/关注 (kept); reader-mode buttons (在看, 点赞, 留言) and a 'read original' link",
        page="""
!m 潆州髓缘志愿服务队
{T}
!m 原创　髓缘小编　潆州髓缘志愿服务队　2026-05-08 08:30
!a 听全文
{BODY}
!a 阅读原文
!l 点赞 12　在看 5　分享
!l 写留言
!m 微信扫一扫关注该公众号
""",
        body="""
亲爱的青年朋友们：
每一份造血干细胞的捐献，都可能为一名血液病患者点亮重生的希望。
目前，全市已有八千三百名志愿者加入中华骨髓库，累计实现捐献二十一例。
年满十八周岁、身体健康的朋友，可以扫描文末二维码预约，到就近献血屋采集血样入库。
也欢迎关注本公众号，了解每一次采样活动的时间和地点。
潆州髓缘志愿服务队
2026年5月8日
""",
    ),
    dict(
        slug="wechat-html-aidstation-winter-plan",
        site="磐溪民政 镜像 (invented)",
        style="公众号镜像",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://mp.readcache.example.net/a/2025/1120/panxi-mz-0031",
        title="磐溪县2025年冬季“寒冬送温暖”专项救助行动方案",
        record_title="磐溪县2025年冬季“寒冬送温暖”专项救助行动方案",
        date="2025-11-20",
        notes="WeChat-style mirror with section/span paragraphs; the station's 24-hour 求助电话 kept in the body beside the account's consult line; reward/appreciate box, 往期推荐",
        p_html='<section><p><span style="font-size:16px;">{}</span></p></section>',
        page="""
<html><head><meta charset="utf-8"><title>磐溪县2025年冬季“寒冬送温暖”专项救助行动方案</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">⟦t 磐溪县2025年冬季“寒冬送温暖”专项救助行动方案⟧</h1>
<div class="meta">⟦m 磐溪民政⟧ ⟦m 2025年11月20日 17:02 浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦a 喜欢此内容的人还喜欢⟧</p>
<section><p>⟦l 往期推荐⟧</p><p>⟦l 最低生活保障标准调整啦⟧</p><p>⟦l 一图读懂临时救助⟧</p></section>
<p>⟦w 业务咨询请拨打民政服务专线 0571-6612345（工作日）⟧</p>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦l 分享　收藏　在看　点赞⟧</div>
</div></body></html>
""",
        body="""
为切实保障流浪乞讨人员冬季基本生活，县民政局决定自12月1日起开展专项救助行动。
一、加强街面巡查。救助管理站每日组织两次街面巡查，重点巡查桥洞、车站和废弃厂房。
二、落实分类救助。对自愿入站人员提供食宿和医疗，对不愿入站人员发放棉被、棉衣和食品。
三、畅通求助渠道。救助站二十四小时求助电话：0571-6638110，群众发现流浪乞讨人员可及时拨打。
磐溪县民政局
2025年11月20日
""",
    ),
    dict(
        slug="docshare-text-correction-speech-angle-pages",
        site="易享文档 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yixiangdoc.example.com/doc/3390127.html",
        title="在全县社区矫正工作会议上的讲话",
        record_title="在全县社区矫正工作会议上的讲话（可编辑版）",
        date="2026-02-26",
        notes="speech: the speaker line and the date under the title neutral, date from it; page markers 〘第n页〙 glued or not (mix); upload and contact chrome",
        pages=dict(fmt="〘第{n}页〙", every=75, start=2, glue="mix"),
        indent="　　",
        page="""
!m 易享文档 · 公文写作 · 讲话致辞
!t 在全县社区矫正工作会议上的讲话（可编辑版）
!m 分享者：淡墨留香　上传于 2026-03-10　 格式：DOCX　大小：23K
{T}
县司法局局长　闵长庚
（2026年2月26日）
{BODY}
!a 下载文档（需 5 下载券）　　　加入文件夹
!w 公文写作、材料代笔请咨询：微 ixiang_wenmi
!d 易享文档仅为网友分享提供平台，文档版权归原作者所有。
""",
        body="""
同志们：
今天召开全县社区矫正工作会议，主要任务是总结去年工作，部署今年任务。
去年，全县共接收社区矫正对象二百一十三人，解除矫正一百九十人，没有发生重新犯罪案件。
各司法所坚持每月走访、每周报到，落实电子定位监管，做到底数清、情况明。
今年，要在教育帮扶上下功夫，联合人社部门开展技能培训，帮助矫正对象顺利融入社会。
同志们，社区矫正工作关系社会和谐稳定，希望大家担当尽责，推动全县社区矫正工作再上新台阶。
""",
    ),
    dict(
        slug="docshare-html-rescue-team-summary-reader",
        site="文存网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.wencun.example.cn/d/77e0a1b93.html",
        title="浔岭山鹰救援队2025年度工作总结",
        record_title="浔岭山鹰救援队2025年度工作总结.pdf",
        date="2026-01-05",
        notes="file-name title; reader page; a numbered list and a decimal heading kept; a 'continue reading in app' line between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>浔岭山鹰救援队2025年度工作总结.pdf - 文存网</title></head><body>
<div class="top">⟦m 文存网｜好文档，存下来⟧</div>
<div class="bread">⟦m 文存网 > 公益慈善 > 总结报告⟧</div>
<h1>⟦t 浔岭山鹰救援队2025年度工作总结.pdf⟧</h1>
<div class="info">⟦m 大小：412KB　页数：4　已有 55 人下载⟧</div>
<div class="doc">
<p>2025年，浔岭山鹰救援队在县应急管理局指导下，共出勤救援任务四十二次，成功搜救被困人员六十一人。</p>
<p>1.1 山地搜救</p>
<p>全年参与山地搜救二十六次，其中夜间搜救十一次，最长一次连续搜寻三十个小时。</p>
<p>⟦a 打开文存APP，继续阅读剩余 2 页⟧</p>
<p>1.2 培训演练</p>
<p>队伍全年开展绳索技术、野外急救等培训十八期，新招募队员三十五名。</p>
<p>下一步工作：</p>
<p>1. 添置热成像无人机一台；</p>
<p>2. 与县人民医院建立伤员转运联动机制。</p>
<p>浔岭山鹰救援队</p>
<p>2026年1月5日</p>
</div>
<div class="dl">⟦a 立即下载⟧ ⟦a 举报⟧</div>
<div class="rel">⟦l 相似文档⟧ ⟦l 蓝天应急队员手册.pdf⟧ ⟦l 户外救援队章程.docx⟧</div>
<footer>⟦d 文存网所有文档均由用户上传，本站不保证其内容的准确性与完整性。⟧</footer>
</body></html>
""",
        body="""
2025年，浔岭山鹰救援队在县应急管理局指导下，共出勤救援任务四十二次，成功搜救被困人员六十一人。
1.1 山地搜救
全年参与山地搜救二十六次，其中夜间搜救十一次，最长一次连续搜寻三十个小时。
1.2 培训演练
队伍全年开展绳索技术、野外急救等培训十八期，新招募队员三十五名。
下一步工作：
1. 添置热成像无人机一台；
2. 与县人民医院建立伤员转运联动机制。
浔岭山鹰救援队
2026年1月5日
""",
    ),
    dict(
        slug="edu-text-weiqi-school-notice",
        site="埭头区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.daitou.example.gov.cn/jydt/2026/0309/1180.html",
        title="关于开展2026年中小学围棋进校园活动的通知",
        record_title="关于开展2026年中小学围棋进校园活动的通知_教育动态",
        date="2026-03-09",
        notes="education bureau; column-decorated title; table of pilot schools; the document's own 联系人/电话 beside a site tech-support line",
        page="""
!m 埭头区教育信息网
!m 首页 ＞ 教育动态 ＞ 通知公告
!t 关于开展2026年中小学围棋进校园活动的通知_教育动态
!m 作者：体卫艺科　来源：区教育局　时间：2026年03月09日　点击：566
{BODY}
!a 〔打印文章〕〔关闭窗口〕
!m 网站技术支持：埭头区教育信息中心　电话：0596-3108800
""",
        body="""
各中小学：
为弘扬传统文化，培养学生思维能力，区教育局与区围棋协会决定开展围棋进校园活动。
首批试点学校如下：
学校　年级　每周课时
埭头实验小学　三至四年级　1
海滨中学　初一　1
活动所需棋具由区围棋协会免费提供，教练由协会选派。
联系人：庄丽君　电话：0596-3106625
埭头区教育局
2026年3月9日
""",
    ),
    dict(
        slug="edu-html-martial-school-enrolment",
        site="碛口县教育网 (invented)",
        style="教育门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://edu.qikou.example.gov.cn/zsks/2026/0610/2207.html",
        title="碛口县武术学校2026年秋季招生简章",
        record_title=None,
        date="2026-06-10",
        notes="no record title; the title only in an h1; 报名电话 in the body beside the site's 400 line in the footer; 附件 kept; a 'download the form' sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>碛口县教育网</title></head><body>
<div class="logo">⟦m 碛口县教育网⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 招生考试⟧ ⟦m 教师发展⟧ ⟦m 办事指南⟧</div>
<div class="loc">⟦m 当前位置：首页 >> 招生考试⟧</div>
<h1>⟦t 碛口县武术学校2026年秋季招生简章⟧</h1>
<div class="sub">⟦m 发布时间：2026-06-10　浏览量：1204⟧</div>
<div class="con">
{BODY}
</div>
<div class="pn">⟦l 上一条：县一中高一新生报到须知⟧<br>⟦l 下一条：2026年中考成绩查询方式⟧</div>
<div class="ft">⟦w 招生服务热线：400-882-6171⟧ ⟦m 晋ICP备11005522号⟧</div>
</body></html>
""",
        body="""
碛口县武术学校是经县教育局批准设立的九年一贯制学校，文武兼修，寄宿管理。
一、招生对象：小学三年级至初中二年级在校学生，身体健康，热爱武术。
二、报名时间：7月1日至7月20日，报名表可在学校网站下载，填好后交学校招生办。
三、报名电话：0358-4471186，联系人：高老师。
附件：碛口县武术学校入学报名表
碛口县武术学校
2026年6月10日
""",
    ),
    dict(
        slug="oa-text-credit-union-minutes",
        site="垟川农信联社办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.ycnx.example.local/doc/view?id=20260115-07",
        title="2026年第一次风险管理委员会会议纪要",
        record_title="【内部】2026年第一次风险管理委员会会议纪要",
        date="2026-01-15",
        notes="intranet document view: 流转 record and a watermark line; minutes with 时间/地点/主持/参会/记录 kept; 抄送 and 印发 版记 kept",
        page="""
!m 垟川农村信用合作联社 · 协同办公平台
!m 公文管理 / 收文阅办 / 正文
!t 【内部】2026年第一次风险管理委员会会议纪要
!m 密级：内部　紧急程度：普通　阅读人数：38
{BODY}
!l 流转记录：办公室 王 1月16日 已阅 → 风险部 孙 1月16日 已阅 → 合规部 杨 1月17日 待阅
!d 内部资料 严禁外传 工号 YC0917
!a 返回列表　导出PDF
""",
        body="""
时间：2026年1月15日下午3时
地点：联社四楼第二会议室
主持：理事长 毛远航
参会：风险管理委员会全体委员
记录：风险管理部 孙婷
会议通报了2025年末不良贷款情况，全辖不良率为百分之一点八六，较年初下降零点三个百分点。
会议要求各支社在2月底前完成大额贷款风险排查，逐户建立台账。
抄送：各支社、营业部
垟川农村信用合作联社办公室　2026年1月15日印发
""",
    ),
    dict(
        slug="oa-html-hot-spring-safety-rules",
        site="湄阳温泉度假区 内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="rules",
        form="html",
        source="http://intra.myhotspring.example.local/zd/2026/03.html",
        title="湄阳温泉度假区泡池安全管理规定",
        record_title="湄阳温泉度假区泡池安全管理规定 - 制度文件",
        date="2026-03-20",
        notes="intranet rules page whose articles speak of 扫码/打印 (kept); a left menu; a watermark and a 'print this page' button",
        page="""
<html><head><meta charset="utf-8"><title>湄阳温泉度假区泡池安全管理规定 - 制度文件</title></head><body>
<div class="bar">⟦m 湄阳温泉度假区综合管理系统⟧ ⟦m 当前用户：前厅部 邱⟧ ⟦a 退出⟧</div>
<div class="menu"><ul><li>⟦m 我的待办⟧</li><li>⟦m 制度文件⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="main"><h2>⟦t 湄阳温泉度假区泡池安全管理规定⟧</h2>
<p class="info">⟦m 发文部门：安全保卫部　生效日期：2026-03-20　版本：V2.1⟧</p>
{BODY}
<p>⟦a 打印本页⟧ ⟦a 下载附件⟧</p>
<p class="wm">⟦d 内部文件 仅限本单位员工查阅⟧</p></div>
</body></html>
""",
        body="""
第一条　为保障宾客泡浴安全，制定本规定。
第二条　泡池水温不得超过四十二摄氏度，每两小时测温一次并记录。
第三条　宾客入园时须扫码登记健康承诺，未满十二周岁儿童须由成人陪同泡浴。
第四条　救生员每班须打印巡池记录表，逐池签字确认。
第五条　本规定自2026年3月20日起施行。
""",
    ),
    dict(
        slug="qa-text-poetry-society-minutes-answer",
        site="百晓问答 (invented)",
        style="问答社区",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://wenda.baixiao.example.com/q/88120931",
        title="漪城市诗词学会2026年春季雅集筹备会纪要",
        record_title="诗词学会开筹备会的纪要怎么写？求个范本",
        title_also=[],
        date=None,
        notes="Q&A: a question as the record title (decorated), the answer holds the minutes; 回答于 3天前 is relative: no date; minutes' 时间 line has only month-day; vote bar and adopt badge",
        page="""
!m 百晓问答 > 文化艺术 > 诗词
!m 诗词学会开筹备会的纪要怎么写？求个范本
!m 提问者：雨巷书生　悬赏 20 积分
!m 最佳答案
!m 墨池老人　回答于 3天前　已采纳
{T}
{BODY}
!l 有用(31)　没用(2)
!l 其他回答（4）
!a 我来回答　　关注问题
""",
        body="""
时间：4月6日上午
地点：漪城市文化馆二楼
主持：学会会长 施桐
会议商定，春季雅集于四月下旬在湖心亭举办，主题为“春江花月”。
会员每人提交近作二首，由编辑部选编成册。
会议请秘书处于会前一周印发雅集通知。
""",
    ),
    dict(
        slug="qa-html-oral-history-request-answer",
        site="知无涯 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.zhiwuya.example.com/question/2210983/answer/77102",
        title="关于申请口述历史采集项目经费的请示",
        record_title="关于申请口述历史采集项目经费的请示 - 知无涯",
        date="2026-04-16",
        notes="Q&A HTML: the answer quotes a sample 请示 with a date; the answerer line '编辑于' is an edit stamp; vote bar, comments",
        page="""
<html><head><meta charset="utf-8"><title>关于申请口述历史采集项目经费的请示 - 知无涯</title></head><body>
<header>⟦m 知无涯⟧ ⟦a 写回答⟧ ⟦a 登录⟧</header>
<h1>⟦m 县文史委要申请口述历史项目经费，请示该怎么写？⟧</h1>
<div class="answer"><div class="author">⟦m 沅坪老档案⟧ ⟦m 退休文史干部⟧</div>
<p>⟦m 我们单位去年就是这样报的，供参考：⟧</p>
<h2>⟦t 关于申请口述历史采集项目经费的请示⟧</h2>
{BODY}
<div class="time">⟦m 编辑于 2026-05-02 · 著作权归作者所有⟧</div>
<div class="vote">⟦l 赞同 88　收藏　喜欢　添加评论⟧</div></div>
<div class="side">⟦l 相关问题⟧ ⟦l 请示和报告的区别是什么？⟧</div>
</body></html>
""",
        body="""
县人民政府：
为抢救性保存老一辈亲历者的珍贵记忆，县政协文史委计划今年开展沅坪口述历史采集项目，采访八十岁以上老人五十名。
项目需经费十二万元，主要用于录音录像设备购置、采访整理和成果出版。
妥否，请批示。
沅坪县政协文史委员会
2026年4月16日
""",
    ),
    dict(
        slug="collection-text-poetry-veteran-wrapped",
        site="松窗集（个人文集）(invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://songchuang.example.net/juan2/031.html",
        title="在漪城市诗词学会成立二十周年座谈会上的发言",
        record_title="《松窗集》卷二·第31篇｜在漪城市诗词学会成立二十周年座谈会上的发言",
        date="2025-10-18",
        notes="a personal collection: title decorated with a volume mark; hard-wrapped at 60 columns; speaker line and a Chinese-numeral date under the title (neutral), date from it",
        wrap=60,
        indent="　　",
        page="""
!m 松窗集 · 施桐文存
!l 目录 | 上一篇 | 下一篇
!t 《松窗集》卷二·第31篇｜在漪城市诗词学会成立二十周年座谈会上的发言
学会名誉会长　施桐
（二〇二五年十月十八日）
{BODY}
!m 录入：孙女 施小禾
!d 本集文字版权归作者家属所有，请勿转载。
""",
        body="""
各位诗友：
二十年前，我们十几个喜欢写诗填词的人聚在文化馆的一间小屋里，商量成立学会，那时谁也没想到能坚持这么久。
二十年来，学会会员从十几人发展到三百多人，编印会刊四十期，举办各类雅集一百余次，还走进中小学开设了诗词课。
诗词是中华文化的瑰宝，希望年轻的诗友们多读多写，用传统的形式写出新时代的风貌。
""",
    ),
    dict(
        slug="collection-html-triathlon-coach-essay",
        site="舸湾闲笔 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://gewanxianbi.example.org/vol3/17.html",
        title="带队参加铁人三项赛的体会",
        record_title="带队参加铁人三项赛的体会",
        date=None,
        notes="a coach's collection page; only the year in the text and a '收录于' stamp: no date; chapter navigation",
        page="""
<html><head><meta charset="utf-8"><title>带队参加铁人三项赛的体会 · 舸湾闲笔</title></head><body>
<div class="book">⟦m 舸湾闲笔 · 第三卷 体育杂记⟧</div>
<div class="chapnav">⟦l 上一篇：游泳池边的清晨⟧ ⟦l 目录⟧ ⟦l 下一篇：第一次跑完全程马拉松⟧</div>
<h2>⟦t 带队参加铁人三项赛的体会⟧</h2>
<p class="stamp">⟦m 收录于 2026-08-03　字数 412⟧</p>
{BODY}
<div class="chapnav">⟦l 上一篇⟧ ⟦l 目录⟧ ⟦l 下一篇⟧</div>
<p>⟦d 文集内容为作者个人记录，不代表任何机构观点。⟧</p>
</body></html>
""",
        body="""
今年夏天，我带舸湾铁人三项俱乐部的六名队员参加了省业余铁人三项赛。
比赛包括一点五公里游泳、四十公里自行车和十公里跑，对体能和意志都是考验。
赛前我们用了三个月做专项训练，每周安排两次长距离骑行和一次公开水域游泳。
最终六人全部完赛，两人进入年龄组前十，这是俱乐部成立以来的最好成绩。
我的体会是，业余训练贵在坚持，更要科学安排恢复，避免伤病。
""",
    ),
]
