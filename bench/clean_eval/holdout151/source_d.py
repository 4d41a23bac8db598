"""holdout151, part D: oyster (生蚝) farming — rafts, shucking sheds, purification.
Invented text (sites, places, people, numbers); written by hand case by case, see ../README.md
and ../build.py."""

CASES = [
    dict(
        slug="gov-haitou-oyster-raft-notice-cn-date",
        site="海头县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.haitou.example.gov.cn/xxgk/tzgg/202509/t20250903_8810.html",
        title="海头县关于清理整治近岸无证生蚝养殖筏架的通告",
        record_title="海头县关于清理整治近岸无证生蚝养殖筏架的通告_通知公告_海头县人民政府",
        date="2025-09-02",
        notes="document number neutral; 成文日期 in Chinese numerals; the office's own 举报电话 kept; portal footer with 网站标识码",
        page="""
!m 海头县人民政府门户网站
!m 首页 > 信息公开 > 通知公告
{T}
海政通〔2025〕9号
{BODY}
!a 【字体：大 中 小】　【打印】　【关闭】
!m 网站标识码：4408250011　粤公网安备44082502000133号
""",
        body="""
为规范海域使用秩序，保障航道安全，县人民政府决定对近岸海域无证生蚝养殖筏架开展清理整治，现通告如下：
一、2025年9月30日前，养殖户应自行拆除未取得养殖证的筏架及浮球。
二、逾期未拆除的，由县海洋综合执法大队依法强制拆除。
三、对主动拆除的养殖户，按每亩800元给予一次性补助。
举报电话：0759-8812110（县海洋综合执法大队）。
海头县人民政府
二〇二五年九月二日
""",
    ),
    dict(
        slug="news-binhai-oyster-festival-photo",
        site="滨海晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bhwb.example.cn/html/2025-11/08/content_30712.htm",
        title="第三届海头生蚝节开幕 首日迎客两万人次",
        record_title="第三届海头生蚝节开幕 首日迎客两万人次_滨海晚报网",
        date="2025-11-08",
        record_date="2025-11-08",
        notes="evening paper: 24-hour hot list, photo caption and a related link between paragraphs, editor line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第三届海头生蚝节开幕 首日迎客两万人次_滨海晚报网</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="logo">⟦m 滨海晚报网⟧ ⟦m 滨海新闻第一站⟧</div>
<nav>⟦m 首页　本地　民生　财经　文旅　视频⟧</nav>
<h1>{T}</h1>
<div class="info">⟦m 2025-11-08 07:32　来源：滨海晚报　记者 岑浩⟧</div>
<div class="text">
{BODY}
</div>
<aside><h3>⟦l 24小时热文⟧</h3><ol><li>⟦l 滨海大桥夜间施工 部分路段限行⟧</li><li>⟦l 今冬首股冷空气下周到达⟧</li></ol></aside>
<footer>⟦d 滨海晚报网所载文字、图片，未经书面授权不得转载⟧</footer>
</body></html>
""",
        body="""
11月7日，第三届海头生蚝节在海头镇渔港广场开幕，首日吸引游客约两万人次。
⟦m 游客在生蚝节美食街品尝烤生蚝。岑浩 摄⟧
本届生蚝节设有美食街、开蚝大赛、渔村摄影展等活动，持续至11月16日。
⟦l 延伸阅读：海头生蚝“游”向大湾区⟧
据介绍，海头县生蚝养殖面积达3.2万亩，年产量约8万吨。⟦m （责编：卢思敏）⟧
""",
    ),
    dict(
        slug="forum-yuchang-oyster-spat-jammer",
        site="渔场论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.yuchangbbs.example.com/thread-55120-1-1.html",
        title="今年附苗情况怎么样？我这边水泥柱附苗不太理想",
        record_title="今年附苗情况怎么样？我这边水泥柱附苗不太理想 - 贝类养殖 - 渔场论坛",
        date=None,
        notes="Discuz-like forum with jammer fonts; relative time 5天前 no date; signature and reply box",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>今年附苗情况怎么样？我这边水泥柱附苗不太理想 - 贝类养殖 - 渔场论坛</title></head><body>
<div id="hd">⟦m 渔场论坛 — 养殖人的交流平台⟧</div>
<div id="pt">⟦m 渔场论坛 » 水产养殖 » 贝类养殖⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 蚝仔阿强　发表于 5天前⟧ ⟦m 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 蚝苗批发，量大从优⟧</div>
<div class="fastpost">⟦a 发表回复前请先登录　立即登录　注册账号⟧</div>
</body></html>
""",
        body="""
往年这个时候水泥柱上已经密密麻麻全是苗了，今年稀稀拉拉的。
我在湾口投了两千根水泥柱，目测附苗量只有去年的一半。
有老师傅说是今年雨水多，海水盐度偏低，影响了蚝苗附着。
各位蚝友那边情况怎么样？要不要补投一批？
""",
    ),
    dict(
        slug="blog-haiwei-oyster-shucker-html",
        site="海味笔记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://haiweibiji.blog.example.com/post/2025/12/kaihao.html",
        title="开蚝棚里的阿婆们",
        record_title="开蚝棚里的阿婆们 | 海味笔记",
        date="2025-12-03",
        notes="blog: tag cloud, archive, bracketed post time; comment count; copyright line",
        page="""
<html><head><meta charset="utf-8"><title>开蚝棚里的阿婆们 | 海味笔记</title></head><body>
<header>⟦m 海味笔记 · 一个吃货的海边记录⟧</header>
<article>
<h2>{T}</h2>
<p class="time">⟦m [2025-12-03 22:40] 发布于 海边见闻⟧</p>
{BODY}
<p class="meta">⟦l 评论(12)　引用(0)　阅读(644)⟧</p>
</article>
<aside><div>⟦l 标签云：生蚝 渔村 老手艺 海头 冬天⟧</div><div>⟦l 存档：2025年12月 2025年11月 2025年10月⟧</div></aside>
<footer>⟦d 文字与图片版权所有，转载请联系博主⟧</footer>
</body></html>
""",
        body="""
天还没亮，海头村的开蚝棚里就亮起了灯，十几位阿婆围坐在蚝堆旁，手里的蚝刀上下翻飞。
阿婆们一天能开三四百斤生蚝，按斤算工钱，手快的一天能挣两百多块。
七十二岁的林阿婆开了五十年蚝，她说开蚝讲究一个“巧”字，刀要找准蚝壳的缝。
棚外的空地上，蚝壳堆成了小山，它们会被运去烧成蚝灰，或者砌成蚝壳墙。
""",
    ),
    dict(
        slug="wechat-haoxiang-oyster-safety-tips",
        site="蚝乡生活 公众号镜像 (invented)",
        style="公众号镜像",
        genre="健康科普",
        kind="other",
        form="text",
        source="https://wx.mirror.example.com/a/8fJ2kLm0",
        title="吃生蚝拉肚子？这份安全食用指南请收好",
        record_title="吃生蚝拉肚子？这份安全食用指南请收好",
        date="2025-10-21",
        notes="WeChat mirror in text: account line with date, 阅读原文/在看 bar, follow prompt; 关注 sentence of the document kept",
        page="""
{T}
!m 蚝乡生活　2025-10-21 18:30　发表于广东
!m 原创　海头县疾控中心供稿
{BODY}
!a 阅读原文　|　在看 56　|　赞 103
!a ▲点击上方蓝字「蚝乡生活」，每天推送本地实用资讯
!l 往期推荐：秋冬进补别踩这些坑
""",
        body="""
天气转凉，又到了吃生蚝的季节，但每年因食用生蚝引起的肠胃炎并不少见。
一是尽量不要生吃，生蚝可能携带诺如病毒和副溶血性弧菌，彻底加热才能杀灭。
二是选购时要挑外壳完整、紧闭的，已经死亡开口的不要买。
三是一次不要吃太多，老人和孩子更要适量。
想了解更多食品安全知识，可关注县疾控中心发布的科普专栏。
""",
    ),
    dict(
        slug="docshare-haike-oyster-depuration-html-pages",
        site="海客文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.haikedoc.example.com/doc/3319027.html",
        title="生蚝净化暂养操作规程",
        record_title="生蚝净化暂养操作规程.wps",
        date=None,
        notes="sharing reader with page markers as paragraphs (◖n◗); file-name title .wps; upload stamp no date; decimal headings",
        pages=dict(fmt="◖{n}◗", every=100, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>生蚝净化暂养操作规程.wps</title></head><body>
<div class="nav">⟦m 海客文档　首页 › 水产 › 贝类⟧</div>
<h1>生蚝净化暂养操作规程</h1>
<div class="up">⟦m 上传于2025-04-17　|　2页　|　阅读 389⟧ ⟦a 下载⟧ ⟦a 收藏⟧</div>
<div class="pages">
{BODY}
</div>
<div class="notice">⟦d 本文档为用户上传，如侵犯您的权益，请联系我们处理⟧</div>
</body></html>
""",
        body="""
1 净化用水
1.1 净化用海水须经沉淀、砂滤和紫外线消毒，盐度保持在20至30之间。
1.2 每批净化前检测水质，并做好记录。
2 净化操作
2.1 生蚝入池前用清水冲洗外壳，剔除死蚝和破壳蚝。
2.2 净化时间不少于36小时，期间每12小时换水一次。
3 出池检验
3.1 出池前抽样检测大肠菌群，合格后方可出池销售。
""",
    ),
    dict(
        slug="edu-haitou-oyster-shell-craft-notice",
        site="海头县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.haitou.example.gov.cn/gzdt/2025/1110/1203.html",
        title="关于举办中小学生蚝壳创意手工作品展评的通知",
        record_title="关于举办中小学生蚝壳创意手工作品展评的通知",
        date="2025-11-10",
        notes="education portal text: 附件 list and the document's own 联系人/邮箱 kept; 打印 sentence kept; site's 投稿邮箱 chrome",
        page="""
!m 海头教育信息网
!m 首页 » 工作动态 » 通知公告
{T}
!m 作者：德育股　发布日期：2025-11-10　浏览：268
{BODY}
!m 本网投稿邮箱：tougao@htedu.example.cn
!l 下一篇：关于做好冬季校园消防安全工作的通知
""",
        body="""
各中小学校：
为弘扬渔乡文化，培养学生动手能力，县教育局决定举办中小学生蚝壳创意手工作品展评活动。
作品要求以蚝壳为主要材料，尺寸不超过50厘米，每校推荐作品不超过5件。
各校请打印作品登记表，随作品于12月5日前送县青少年活动中心。
联系人：谭慧珊，电话：0759-8830215，邮箱：dys@htedu.example.cn。
附件：蚝壳创意手工作品登记表
海头县教育局
2025年11月10日
""",
    ),
    dict(
        slug="oa-nanhai-oyster-coldchain-report-html",
        site="南海蚝业集团OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.nhhaoye.example.local/gw/view.do?id=88102",
        title="关于冷链运输车辆温控故障情况的报告",
        record_title="内部公文-关于冷链运输车辆温控故障情况的报告",
        date="2025-09-18",
        notes="intranet document view: read/unread count, 流转记录, watermark line; 抄送 kept; signature date",
        page="""
<html><head><meta charset="utf-8"><title>内部公文-关于冷链运输车辆温控故障情况的报告</title></head><body>
<div class="sys">⟦m 南海蚝业集团协同办公平台⟧ ⟦m 当前用户：物流部 陆文博⟧ ⟦a 退出⟧</div>
<div class="tabs">⟦m 待办(3)　已办　公文查阅　通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 密级：内部　已阅 18 / 未阅 2⟧</div>
{BODY}
<div class="flow">⟦l 流转记录：物流部起草 → 安全环保部会签 → 分管副总审批⟧</div>
<div class="wm">⟦d 内部资料 注意保密 陆文博 10.2.31.77⟧</div>
</body></html>
""",
        body="""
集团领导：
9月15日，我部一辆冷藏车在运往广州途中温控系统故障，车厢温度升至12℃，所载生蚝1.8吨经检验后全部作报废处理，直接损失约5.4万元。
经查，故障原因为制冷机组皮带老化断裂，出车前检查流于形式。
我部已对全部22台冷藏车开展排查，更换老化部件6处，并完善出车前检查记录。
特此报告。
抄送：安全环保部、财务部
物流部
2025年9月18日
""",
    ),
    dict(
        slug="qa-haixian-oyster-male-female-html",
        site="海鲜问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.haixianwenda.example.com/q/20511.html",
        title="生蚝分公母吗？哪种更好吃？",
        record_title="生蚝分公母吗？哪种更好吃？ - 海鲜问答网",
        date="2025-02-19",
        notes="Q&A: vote bar, answerer card, 回答于 as page date; related questions box",
        page="""
<html><head><meta charset="utf-8"><title>生蚝分公母吗？哪种更好吃？ - 海鲜问答网</title></head><body>
<div class="hd">⟦m 海鲜问答网⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 提问者：吃货小毛　悬赏 5 积分⟧</div>
<div class="ans">
<div class="user">⟦m 养蚝十五年的阿海　回答于 2025-02-19 11:06⟧</div>
{BODY}
<div class="vote">⟦l 有用(231)　没用(4)　评论⟧</div>
</div>
<div class="rel">⟦l 相关问题：生蚝怎么保存不会死？⟧ ⟦l 相关问题：蚝油是怎么做的？⟧</div>
</body></html>
""",
        body="""
生蚝其实没有固定的公母，它们会在繁殖季节根据环境和营养情况转变性别。
市场上说的“公蚝”“母蚝”，一般是指繁殖期性腺的颜色，偏白的多被叫作母蚝，偏黄的叫公蚝。
口感上差别不大，关键是看肥瘦，冬季到来年春季的生蚝最肥美。
""",
    ),
    dict(
        slug="anthology-laohai-oyster-chapter-wrapped",
        site="老海文存 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://www.laohaiwencun.example.com/vol3/ch21.html",
        title="第二十一章　插蚝的年月",
        record_title="第二十一章　插蚝的年月 - 老海文存",
        date=None,
        notes="collection chapter hard-wrapped at 64 columns; chapter navigation; no date",
        wrap=64,
        indent="　　",
        page="""
!m 老海文存 › 卷三 · 潮声
{T}
!m 作者：冯老海　|　更新：卷三第21章
{BODY}
!l 上一章：第二十章　渔港的冬天　　|　　目录　　|　　下一章：第二十二章　风暴
!a 加入书架　　推荐本书
""",
        body="""
我们那一辈人养蚝，用的是插竹法，就是把竹竿斜插在滩涂上，让蚝苗附在竹竿上长大。
每年秋天退大潮的时候，全村老少都要下滩插竹，一插就是好几天，腿上全是被蚝壳划出的口子。
后来改用水泥柱，再后来又有了吊养筏架，产量一年比一年高，插竹的老手艺也就慢慢没人用了。
""",
    ),
    dict(
        slug="dangjian-haitou-oyster-branch-summary",
        site="海头县委组织部党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.htdj.example.gov.cn/jcdj/2025/1228/330.html",
        title="沙坪村党支部“支部+蚝业合作社”工作总结",
        record_title="【基层党建】沙坪村党支部“支部+蚝业合作社”工作总结",
        date="2025-12-26",
        date_also=["2025-12-28"],
        notes="Party site: 发布时间 differs from 成文日期; data table kept; study-platform link glued before a paragraph",
        page="""
!m 海头党建　|　海头县委组织部主办
!m 首页 → 基层党建 → 支部风采
{T}
!m 发布时间：2025-12-28　来源：海头镇党委　阅读次数：157
{BODY}
!l 相关文章：海头镇党员冬训工作方案
!m 主办单位：中共海头县委组织部　技术支持：海头县融媒体中心
""",
        body="""
今年以来，沙坪村党支部领办蚝业合作社，走出了一条党建引领产业发展的新路子。
指标　2024年　2025年
入社农户（户）　86　142
养殖面积（亩）　1200　2050
社员人均增收（元）　3100　5600
⟦l 点击进入“海头先锋”学习平台⟧支部党员带头学习吊养新技术，组建党员技术服务队，为社员提供技术指导120余次。
沙坪村党支部
2025年12月26日
""",
    ),
]
