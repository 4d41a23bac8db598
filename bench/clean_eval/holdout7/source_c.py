"""Holdout7 cases, part C: odd page shapes no earlier part imitated — a how-to 经验 page, a
personal web library, a Word-to-HTML export with MsoNormal styling, a novel-reader style page,
a team-doc share (钉钉/飞书-like), a QQ-space-like log, an archived page under a Wayback-like
toolbar, a podcast transcript page, a microblog long post, a property owners' forum, a
recruitment site and a question bank. Invented text; see ../README.md and ../build.py. Styles
are the build's labels nearest to each kind of site."""

CASES = [
    dict(
        slug="jingyan-baidu-like-request-steps",
        site="知行经验 (invented, a how-to site)",
        style="百科问答",
        genre="请示",
        kind="other",
        form="text",
        source="https://jingyan.zhixing.example.com/article/5f1c8e2a.html",
        title="关于购置防汛应急物资的请示",
        record_title="请示怎么写？以购置防汛物资为例（附范文）-知行经验",
        date="2025-05-06",
        notes="a how-to page: 步骤 1/2/3 of the how-to are chrome around a model 请示 (the body); 有用 / 投票 / 作者 level lines; the model has no date",
        page="""
!m 知行经验　生活实用知识分享
!t 请示怎么写？以购置防汛物资为例（附范文）-知行经验
!m 原创 | 浏览：8,315 | 更新：2025-05-06 | 标签：公文写作 请示
!l 步骤1：写明请示事由和依据，一文一事。
!l 步骤2：提出具体请求事项，结尾用“妥否，请批示”。
!l 步骤3：参考下面的范文——
{T}
{BODY}
!a 👍 有用（612）　👎 没用　⭐ 收藏
!m 作者：笔耕不辍888　经验等级 Lv.7
!d 经验内容仅供参考，如需解决具体问题，建议咨询相关领域专业人士。
""",
        body="""
县人民政府：
入汛以来，我乡降雨量较常年同期偏多四成，辖区内有中小河流两条、山塘水库十一座，防汛形势严峻。
经排查，乡防汛物资仓库现有冲锋舟一艘、救生衣八十件，远不能满足抢险需要。
为此，拟购置冲锋舟两艘、救生衣三百件、应急照明灯五十台，共需资金二十六万元，恳请县政府给予解决。
妥否，请批示。
""",
    ),
    dict(
        slug="library360-like-speech-save-count",
        site="个人阅览室 (invented, a 360doc-like personal library)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.yuelanshi.example.com/content/25/0312/09/77120_9981234.shtml",
        title="在全镇“三夏”生产工作会议上的讲话",
        record_title="在全镇“三夏”生产工作会议上的讲话",
        date="2025-03-12",
        record_date="2025-03-12",
        notes="a personal web library: 转藏到我的图书馆 / 献花 / 分享 rows top and bottom, the owner's name and 馆藏 count, 来自 source line, a 猜你喜欢 box; speech with the speaker line (neutral)",
        page="""
!m 个人阅览室 | 收藏你的知识
!m 青松翠柏的馆藏　馆藏 12,407　阅 388　转 41
!a 转藏到我的图书馆　献花(2)　分享：
!m 来自：青松翠柏 > 《讲话稿》　2025-03-12 09:41
{T}
镇长　聂红军
{BODY}
!a 转藏 分享 献花(2)
!l 猜你喜欢
!l 在全县秋冬种工作会议上的讲话
!l 乡镇夏粮收购工作方案
!d 本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。
""",
        body="""
同志们：
今天召开全镇“三夏”生产工作会议，主要是动员全镇上下迅速行动，打好夏收、夏种、夏管这场硬仗。
今年全镇小麦种植面积三万二千亩，长势总体较好，预计单产比去年增加二十公斤左右。
一要抢抓晴好天气，组织好农机跨区作业，确保颗粒归仓；二要抓好夏种，确保秋粮播种面积稳定；三要严禁焚烧秸秆，落实秸秆还田和离田利用。
同志们，“三夏”时间紧、任务重，各村要把责任压到人头，确保各项工作落到实处。
""",
    ),
    dict(
        slug="word-html-mso-notice-spans",
        site="Word导出网页 on 清泉镇中心校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qqzzx.example.edu.cn/uploads/2025/tz0826.htm",
        title="关于做好2025年秋季学期开学工作的通知",
        record_title="tz0826.htm",
        title_in="file-name",
        date="2025-08-26",
        notes="a Word document saved as HTML: MsoNormal paragraphs with spans, o:p tags, a Word title in <title> (neutral), the school site's frame top and bottom; 联系人 and 附件 kept",
        p_html='<p class=MsoNormal style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:仿宋_GB2312">{}</span><o:p></o:p></p>',
        page="""
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><title>关于做好2025年秋季学期开学工作的通知</title>
<style>p.MsoNormal{margin:0cm;font-size:10.5pt}</style></head><body lang=ZH-CN>
<div class=top>⟦m 清泉镇中心学校 — 校务公开⟧</div>
<div class=WordSection1>
<p class=MsoTitle align=center><b><span style="font-size:22.0pt">⟦t 关于做好2025年秋季学期开学工作的通知⟧</span></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{BODY}
</div>
<div class=bottom>⟦m 上传：教务处　2025-08-26　下载次数：57⟧ ⟦a 下载原文档⟧</div>
</body></html>
""",
        body="""
各村小、教学点：
2025年秋季学期将于9月1日正式开学，为确保开学工作平稳有序，现将有关事项通知如下。
一、8月29日前完成校舍安全排查，重点检查教室、食堂、宿舍和围墙。
二、8月30日全体教师到岗，召开开学工作会议，做好教材发放和课程安排。
三、开学第一周开展安全教育，组织一次应急疏散演练。
联系人：陈晓梅　电话：0746-7320581
附件：开学工作检查表
清泉镇中心学校
2025年8月26日
""",
    ),
    dict(
        slug="novel-reader-summary-chapter-nav",
        site="墨香阅读 (invented, a txt/EPUB reader site)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.moxiangyd.example.com/book/30218/chapter_12.html",
        title="社区网格员2024年工作总结",
        record_title="第12章 社区网格员2024年工作总结_《基层实用文稿合集》_墨香阅读",
        date="2024-12-30",
        notes="a novel-reader style page: 第12章 chapter heading, 上一章/目录/下一章 bars top and bottom, 夜间模式 and 字体 controls, 加入书架, a 本章完 line; paragraphs with fullwidth-space indents",
        indent="\u3000\u3000",
        page="""
!a 夜间模式　字体：A- A+　背景　加入书架
!l ← 上一章　目录　下一章 →
!t 第12章 社区网格员2024年工作总结
!m 《基层实用文稿合集》　作者：青石板　字数：612　更新时间：2024-12-30
{BODY}
!p （本章完）
!l ← 上一章　目录　下一章 →
!a 喜欢本书请收藏本站，方便下次阅读
""",
        body="""
2024年，我在社区党委的领导下，认真履行网格员职责，扎实做好网格内的各项服务管理工作。
一是摸清底数。全年走访网格内住户四百一十二户，更新人口信息一千零三十条，做到人、房、事、物底数清。
二是化解矛盾。及时发现并调解邻里纠纷十九起，上报安全隐患二十六处，全部按期办结。
三是服务群众。帮助七户困难家庭申请临时救助，为八十岁以上老人代办高龄津贴认证六十余人次。
明年，我将继续当好党的政策宣传员、社情民意信息员和为民服务代办员。
""",
    ),
    dict(
        slug="teamdoc-share-minutes-comments",
        site="飞格文档分享 (invented, a team-doc share page)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://docs.feige.example.cn/docx/Qm2f8ZkL0aWc",
        title="项目部第三季度安全生产例会纪要",
        record_title="项目部第三季度安全生产例会纪要 - 飞格文档",
        date="2025-09-30",
        record_date="2025-09-30",
        notes="a team-doc share: 申请编辑权限 / 仅可查看 banner, owner and 最近修改 lines, @mentions and comment bubbles glued after paragraphs, 待办 checkboxes kept as body items",
        page="""
!a 你只有查看权限　申请编辑权限　使用飞格打开
!t 项目部第三季度安全生产例会纪要 - 飞格文档
!m 所有者：邓海鸥　最近修改：2025年9月30日 17:42　3人正在查看
{BODY}
!l 评论（4）　添加评论…
!d 此文档由 中建鑫城七局三公司 的成员创建，内容仅限授权人员查看
""",
        body="""
时间：2025年9月30日下午
地点：项目部二楼会议室
参会人员：邓海鸥、吴兵、梁小雨、各分包单位安全员
一、本季度项目未发生安全生产事故，共排查隐患八十七项，已整改八十四项。⟦l 💬 吴兵：剩余3项已约分包单位周五前完成⟧
二、进入四季度后，塔吊拆除和外架拆除作业集中，必须编制专项方案并组织专家论证。
三、会议明确以下待办事项：
☐ 10月8日前完成塔吊拆除专项方案（负责人：梁小雨）
☐ 10月15日前组织全员安全再教育（负责人：吴兵）
""",
    ),
    dict(
        slug="qzone-like-insight-visitors",
        site="空间日志 (invented, a QQ-space-like log)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://user.qkong.example.com/1029384756/blog/1746000012",
        title="驻村一年的心里话",
        record_title="驻村一年的心里话 - 青山不老的日志",
        date="2025-04-30",
        record_date="2025-04-30",
        notes="a personal-space log: 访客/人气 lines, 转载到空间 / 赞 / 评论 row, a 心情 tag and emoji line, friends' comments under it; log date in a new format",
        page="""
!m 青山不老的空间　人气：23891
!l 主页　日志　相册　留言板　说说
!t 驻村一年的心里话 - 青山不老的日志
!m 2025-04-30 22:18　分类：个人日记　心情：☀ 晴
{BODY}
!a 赞(57)　转载到空间　分享　评论
!l 🌸 小燕子：老同学辛苦了，为你点赞！
!l 清风徐来：驻村不易，保重身体。
!m 最近访客：山茶花 · 阿木 · 小石头
""",
        body="""
去年五月，我从县财政局来到石门村担任驻村第一书记，转眼已经一年了。
刚来的时候，村里人叫我“城里来的干部”，说话都隔着一层。我就每天拿着本子挨家挨户走，一个月把全村三百多户跑了个遍。
这一年，我们修通了三公里的通组公路，建起了村里的第一个茶叶加工厂，二十多个在外打工的年轻人回来了。
最让我感动的是，上个月我生病住院，好几位村民坐了两个小时的车来看我，手里提着自家的鸡蛋。
驻村一年，我从一个“客人”变成了石门村的“家里人”。剩下的日子，我要和乡亲们一起把茶产业做得更好。
""",
    ),
    dict(
        slug="wayback-like-archived-notice",
        site="时光存档馆 of 石桥县人民政府 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://archive.shiguang.example.org/web/20230611080512/http://www.shiqiao.example.gov.cn/zwgk/tzgg/1209.html",
        title="关于做好2023年防汛抗旱工作的通知",
        record_title=None,
        date="2023-06-08",
        date_also=["2023-06-09"],
        notes="no record title; an archived page under a Wayback-like toolbar (captures count, timeline, close/help), the old site's header and footer inside; 成文日期 and a 发布日期 a day later",
        page="""
!m 时光存档馆　http://www.shiqiao.example.gov.cn/zwgk/tzgg/1209.html　前往
!m 已于 2021年3月4日 至 2024年12月1日 之间保存 128 次
!a 关闭　帮助　◀ 2023年6月 ▶
!m 石桥县人民政府门户网站
!m 首页 >> 政务公开 >> 通知公告
{T}
!m 发布日期：2023-06-09　来源：县政府办
{BODY}
!m 石桥县人民政府办公室主办　湘ICP备05011872号
""",
        body="""
各乡镇人民政府，县直有关单位：
当前我县已全面进入主汛期，据气象部门预测，今年汛期降雨总体偏多，发生区域性洪涝灾害的可能性较大。为切实做好今年防汛抗旱工作，现就有关事项通知如下。
一、压实防汛责任。各乡镇、各单位主要负责人是本辖区本单位防汛工作第一责任人，要逐级落实责任人并向社会公布。
二、加强隐患排查。对山塘水库、地质灾害隐患点、在建工程逐一开展排查，建立问题清单，限期整改到位。
三、严格值班值守。汛期实行二十四小时值班和领导带班制度，遇有重大险情立即报告。
石桥县人民政府办公室
2023年6月8日
""",
    ),
    dict(
        slug="podcast-transcript-party-lecture",
        site="声动党课 (invented, a podcast platform)",
        style="新闻门户",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="https://www.shengdong.example.fm/episode/2025-0701-117",
        title="从一封家书读懂共产党人的初心",
        record_title="EP117 | 从一封家书读懂共产党人的初心（文字稿）",
        date="2025-07-01",
        record_date="2025-07-01",
        notes="a podcast page: episode number, player controls and duration, 倍速 row, a 文字稿 heading, timecodes glued at paragraph starts, 订阅/评分 under the text",
        page="""
!m 声动党课 · 每周一课
!t EP117 | 从一封家书读懂共产党人的初心（文字稿）
!a ▶ 播放　00:00 / 18:42　倍速 1.0x　下载音频
!m 主讲：县委党校教师 向丽萍　发布：2025-07-01
!l 文字稿
{BODY}
!a 订阅节目　给节目打分 ★★★★★
!l 下一期：EP118 | 村支书的“民情日记”
""",
        body="""
⟦m [00:12]⟧各位听众朋友，大家好，欢迎收听本期党课。
⟦m [00:35]⟧今天我想和大家一起读一封家书。这封信写于1928年，写信的人是一位年仅二十六岁的共产党员，第二天他就牺牲在敌人的刑场上。
⟦m [03:10]⟧信中他写道，他不是不爱自己的家，而是因为爱千千万万个家，才选择了这条路。
⟦m [09:48]⟧读这封信，我们读懂的是共产党人的初心：为中国人民谋幸福，为中华民族谋复兴。
⟦m [17:05]⟧作为新时代的党员，我们要从先辈的家书中汲取力量，在平凡的岗位上守好初心。感谢收听，我们下期再见。
""",
    ),
    dict(
        slug="microblog-longpost-bulletin",
        site="微言平台 (invented, a microblog)",
        style="博客",
        genre="通报",
        kind="notice",
        form="text",
        source="https://weiyan.example.com/7721093311/Pq8LmN2x",
        title="关于“7·21”河堤管涌险情处置情况的通报",
        record_title="#河堤险情处置# 关于“7·21”河堤管涌险情处置情况的通报",
        date="2025-07-22",
        record_date="2025-07-22",
        notes="a microblog long post by an official account: verified badge, 来自 client line, hashtags, 展开/收起, 转发/评论/赞 counts and a 热门评论 box; the bulletin's own 咨询电话 kept",
        page="""
!m 澧阳县水利发布 ✔ 澧阳县水利局官方账号
!m 7-22 09:15　来自 微言网页版
!l #河堤险情处置#　#防汛进行时#
{T}
{BODY}
!a 收起 ∧
!l 转发 203　评论 87　赞 1,092
!l 热门评论：感谢连夜奋战的抢险队员！
""",
        body="""
7月21日23时许，澧阳县澧水左岸大堰垱段堤脚发现管涌险情，县防汛抗旱指挥部立即启动应急响应。
县水利局技术人员和应急抢险队员一百二十余人连夜赶赴现场，采取反滤围井方法进行处置，22日3时险情得到有效控制。
目前该段堤防由专人二十四小时巡查值守，未造成人员伤亡和财产损失。
如发现堤防险情，请立即拨打县防汛抗旱指挥部值班电话0736-3812345。
""",
    ),
    dict(
        slug="ownersforum-initiative-junk",
        site="锦绣华庭业主论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.jxht-owners.example.com/thread-3310-1-1.html",
        title="关于文明养犬的倡议书",
        record_title="【业委会公告】关于文明养犬的倡议书",
        date="2025-05-20",
        notes="a property owners' forum: anti-scraping junk lines and glued after 。, a 业主认证 badge, 楼层 replies and a 车位出租 ad line",
        junk=dict(lines=1, glued=3),
        page="""
!m 锦绣华庭业主论坛 › 业委会专区
!t 【业委会公告】关于文明养犬的倡议书
!m 业委会小王　已认证业主 6栋　发表于 2025-5-20 19:03
{BODY}
!l 2# 7栋老李：支持！早上散步经常踩雷
!l 3# 匿名业主：狗绳真的要拴好
!a 【广告】地下车位出租，月租300，私信联系
""",
        body="""
各位业主、住户：
近期小区内犬只随地便溺、夜间吠叫、不拴绳遛狗等问题引起不少业主反映，甚至发生了一起犬只咬伤儿童的事件。
为营造安全、整洁、和谐的居住环境，业主委员会向全体养犬业主倡议：
一、依法为犬只办理登记和免疫，出户时束犬链并由成年人牵领；
二、及时清理犬只粪便，不在电梯、楼道等公共区域停留；
三、管好犬只叫声，避免影响邻居休息。
锦绣华庭业主委员会
2025年5月20日
""",
    ),
    dict(
        slug="recruit-site-announcement-table",
        site="湘才招聘网 (invented, a recruitment site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.xiangcai-job.example.com/zp/2025/0610/9921.html",
        title="溆川县2025年公开招聘社区专职工作者公告",
        record_title="溆川县2025年公开招聘社区专职工作者公告（18人）",
        date="2025-06-10",
        record_date="2025-06-10",
        notes="a recruitment site: 投递简历 / 职位订阅 buttons, a 岗位表 in the body (one row a line), the announcement's own 咨询电话 kept, a 求职防骗提醒 and a 相似职位 box",
        page="""
!m 湘才招聘网 — 好工作 上湘才
!a 投递简历　职位订阅　在线咨询
!t 溆川县2025年公开招聘社区专职工作者公告（18人）
!m 信息来源：溆川县民政局　发布日期：2025-06-10　浏览：6.3万
{BODY}
!d 求职防骗提醒：招聘单位以任何名义收取费用均属违规，请提高警惕。
!l 相似职位：洪江市社区工作者招聘公告（22人）
""",
        body="""
根据工作需要，经县人民政府同意，面向社会公开招聘社区专职工作者十八名，现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　学历要求
社区综合岗　12　大专及以上
社区财务岗　3　大专及以上（会计类专业）
社区网格岗　3　高中及以上
二、报名时间
2025年6月16日至6月20日，每天8:30—17:30。
三、咨询电话
0745-2620133（县民政局基层政权股）
溆川县民政局
2025年6月10日
""",
    ),
    dict(
        slug="questionbank-essay-answer-vip",
        site="题库宝 (invented, an exam question bank)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.tikubao.example.com/shiti/4422871.html",
        title="学习“四下基层”工作方法的心得体会",
        record_title="【申论范文】学习“四下基层”工作方法的心得体会 - 题库宝",
        date=None,
        notes="a question bank: 题型/难度/正确率 meta, 参考范文 heading, VIP解析 prompt after the answer, 纠错 and 笔记 actions, a model essay as the body",
        page="""
!m 题库宝 > 申论 > 文章写作
!t 【申论范文】学习“四下基层”工作方法的心得体会 - 题库宝
!m 题型：大作文　难度：★★★☆☆　收藏人数：2,941
!l 参考范文
{BODY}
!a 开通VIP查看名师逐句解析及评分要点
!a 纠错　笔记　分享本题
""",
        body="""
“四下基层”是宣传党的路线方针政策下基层、调查研究下基层、信访接待下基层、现场办公下基层的简称。
学习这一工作方法，我最深的体会是：干部的本事不在会议室里，而在泥土里。只有把脚踩到泥土里，才能把根扎到群众中。
作为年轻干部，我要把“四下基层”作为必修课，多到矛盾集中、困难较多的地方去，在为群众解难题中增长才干。
""",
    ),
]
