"""holdout35, part B: a toll collector's blog, WeChat mirrors (schistosomiasis day, a folk
orchestra, an erhu-making village), document sharing (an inkstone carvers' pledge, a
prosthetics centre's request), education portals (cave study trips, a rafting letter to
parents), intranets (an incineration plant's minutes, a winery's request) and a Q&A.
Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-toll-collector-summary-html-tagcloud",
        site="收费亭里的四季 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.tingli-siji.example.net/archives/1207",
        title="我的2025年个人工作小结",
        record_title="我的2025年个人工作小结 – 收费亭里的四季",
        date="2025-12-30",
        notes="WordPress-like blog: tag cloud, archive list, post footer 'posted on' line is the page date; the body's own lane numbers and counts",
        page="""
<!DOCTYPE html><html><head><meta charset="UTF-8"><title>我的2025年个人工作小结 – 收费亭里的四季</title><script src="/wp-includes/js/wp-emoji.min.js"></script></head><body>
<header class="site-header"><p class="site-title">⟦m 收费亭里的四季⟧</p><p class="site-description">⟦m 一个收费员的日常⟧</p></header>
<article><h2 class="entry-title">{T}</h2>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-meta">⟦m 本条目发布于2025年12月30日。属于工作随记分类。⟧</footer>
<nav>⟦l ← 冬夜里的一碗姜汤⟧　⟦l 第一次带新人 →⟧</nav>
</article>
<aside><h3>⟦l 标签⟧</h3><p>⟦l 收费站 ETC 夜班 春运 小结⟧</p><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年12月 (3)⟧</li><li>⟦l 2025年11月 (5)⟧</li></ul></aside>
<footer class="site-footer">⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
转眼又到年底，在砚川东收费站当收费员已经是第六个年头了。
这一年，我所在的班组共收取通行费一千二百余万元，全年无差错、无投诉。
春运期间，我主动承担了十二个夜班，协助引导ETC故障车辆四百余辆。
下半年站里改扩建，入口只剩两条车道，我们班组学会了“一车一引导”，高峰时段排队时间压缩到五分钟以内。
不足的地方也有：业务考试中绿色通道查验一项失分较多，明年要多向老班长请教。
""",
    ),
    dict(
        slug="wechat-longxi-xuefang-initiative-read-original",
        site="泷溪健康 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wxread-mirror.example.com/s/Lx_jiankang_0425",
        title="血防知识进万家倡议书",
        record_title="血防知识进万家倡议书",
        date="2025-04-25",
        notes="a WeChat mirror: account line with the page date, 原创 badge, read/like counters in my own wording; sentences asking readers to 扫码/关注/分享 are the document's and kept",
        page="""
!m 泷溪健康
{T}
!m 原创　泷溪健康　2025年04月25日 08:00　湖南
{BODY}
!a 戳「阅读全文」查看往期血防科普
!m 阅读 2139　　推荐 46　　转发 31
!l 留言区 · 精选留言 3 条
!d 本文由镜像站自动抓取，版权归原公众号所有
""",
        body="""
全县广大群众朋友们：
血吸虫病是一种严重危害人民健康的寄生虫病，人接触含有尾蚴的疫水就可能感染。
为此，我们倡议：
一、不在有螺沟渠、塘堰中游泳、洗衣、捕鱼捞虾，确需接触疫水时要做好防护。
二、接触疫水后主动到乡镇卫生院检查，早发现、早治疗。
三、请扫描乡镇卫生院门口的二维码，关注“泷溪健康”，把血防知识分享给身边的亲友。
泷溪县血吸虫病防治站
2025年4月25日
""",
    ),
    dict(
        slug="wechat-minyue-orchestra-concert-html-h1-missing",
        site="瑶渡民乐团 公众号网页版 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.weixin-view.example.org/s?__biz=MzYaoDu&mid=2247&idx=1",
        title="瑶渡民乐团2025新年音乐会购票须知",
        record_title=None,
        date="2025-12-12",
        notes="WeChat-style page with no record title: the h1 carries it; account date line is the page date; a 'tap to follow' bar and a like/在看 row",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title></title>
<script>var biz="MzYaoDu";var ct="1765497600";</script></head><body>
<div id="js_article"><h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 瑶渡民乐团⟧ ⟦m 2025-12-12 18:30⟧</div>
<div class="follow">⟦a 轻触上方蓝字「瑶渡民乐团」即可关注⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="foot-bar">⟦l 点个赞　点在看　分享给朋友⟧</div>
<div class="qr">⟦a 长按识别二维码，获取更多演出资讯⟧</div>
</div></body></html>
""",
        body="""
由瑶渡民乐团主办的“丝竹迎新”2025新年音乐会将于12月31日19时30分在县文化艺术中心大剧院上演。
本场音乐会将演奏《春江花月夜》《赛马》《瑶渡欢歌》等十二首民乐作品。
一、票价与购票方式
票价分为80元、120元、180元三档，可在县文化艺术中心售票窗口或“瑶渡文旅”小程序购买。
二、观演须知
一米二以下儿童谢绝入场，请观众提前三十分钟凭电子票扫码入场。
演出咨询：0775-3310268（工作日9:00至17:00）。
""",
    ),
    dict(
        slug="wechat-qinba-erhu-village-speech-date-under-title",
        site="琴坝乡村振兴 镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wx.mirror-reader.example.net/a/qinba/20250516",
        title="在琴坝村二胡制作产业发展推进会上的讲话",
        record_title="在琴坝村二胡制作产业发展推进会上的讲话｜琴坝乡村振兴",
        date="2025-05-16",
        notes="a speech on a WeChat mirror: speaker line neutral, date under the title; a 'pull to read more' prompt between paragraphs; an account card at the bottom",
        page="""
!m 琴坝乡村振兴　|　镜像阅读
!t 在琴坝村二胡制作产业发展推进会上的讲话｜琴坝乡村振兴
!m 琴坝乡村振兴 发布于 2025-05-17
{T}
琴坝镇党委书记　栗文韬
（2025年5月16日）
{BODY}
!m 琴坝乡村振兴
!m 微信号：qinba_zx　关注乡村振兴一线
!a 喜欢此内容的人还喜欢 · 点击查看
""",
        body="""
同志们：
琴坝村制作二胡已有一百多年历史，全村现有作坊四十二家，去年销售各类二胡两万八千把。
⟦a 上滑继续阅读全文⟧
下一步，要在三个方面下功夫。一是抓标准，制定琴坝二胡团体标准，统一蟒皮、琴杆等关键部件的质量要求。
二是抓品牌，统一使用“琴坝”集体商标，严厉打击以次充好。
三是抓人才，办好二胡制作技艺培训班，让年轻人愿意学、留得住。
希望大家齐心协力，把小小的二胡做成富民大产业。
""",
    ),
    dict(
        slug="docshare-yanchuan-inkstone-pledge-docx-upload",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.gxwdz.example.com/doc/5520917.html",
        title="砚川县砚雕行业诚信经营倡议书",
        record_title="砚川县砚雕行业诚信经营倡议书.docx",
        date="2025-03-15",
        notes="file-name title; an upload notice and a point-cost download line; a 举报 link; the date under the signature",
        page="""
!m 共享文档站 — 分享知识，收获价值
!t 砚川县砚雕行业诚信经营倡议书.docx
!m 分享者：砚边客　格式：docx　大小：18KB　所需积分：2
!a 下载此文档　　在线预览　　举报
{BODY}
!d 温馨提示：本文档由用户分享，站方不对其内容负责，若发现侵权，请点击举报。
!l 相关文档：砚台鉴别常识.doc　文房四宝行业调查.pdf
""",
        body="""
全县砚雕从业者：
为维护砚川砚的良好声誉，促进行业健康发展，我们向全县砚雕从业者发出如下倡议：
一、如实标注石料产地和品级，不以外地石料冒充砚川本地石料。
二、明码标价，不虚标价格，不搞价格欺诈。
三、珍惜石料资源，不参与非法开采和收购。
四、尊重原创设计，不仿冒同行作品。
砚川县砚雕艺术协会
2025年3月15日
""",
    ),
    dict(
        slug="docshare-prosthetics-centre-request-html-reader",
        site="文档云阅读 (invented)",
        style="文档分享",
        genre="请示",
        kind="report",
        form="html",
        source="https://read.wdcloud.example.cn/d/44a81c7e",
        title="关于申请购置假肢三维扫描取型设备的请示",
        record_title="关于申请购置假肢三维扫描取型设备的请示 - 文档云阅读",
        date="2025-07-02",
        notes="sharing reader: toolbar of actions, an upload notice, a 抄送 line kept, a 文号 line above the title neutral",
        page="""
<html><head><meta charset="utf-8"><title>关于申请购置假肢三维扫描取型设备的请示 - 文档云阅读</title></head><body>
<div class="bar">⟦m 文档云阅读⟧ ⟦a 全屏阅读⟧ ⟦a 下载 (需登录)⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="doc">
<p class="docno">鼓岭康复〔2025〕19号</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="notice">⟦d 该文档由注册用户上传并分享，平台不保证内容准确完整，仅供交流参考。⟧</div>
<div class="more">⟦l 同分类文档：关于申请增加康复床位的请示 · 医疗设备采购论证报告⟧</div>
</body></html>
""",
        body="""
县残疾人联合会：
我中心现有假肢取型主要依靠石膏手工取型，周期长、精度低，每年约有三成接受腔需要返工。
为提高假肢适配质量，缩短残疾人等待时间，拟购置三维扫描取型设备一套，预算二十八万元。
设备投入使用后，取型时间可由两天缩短至半天，预计每年可为一百五十名肢残人提供适配服务。
妥否，请批示。
鼓岭县假肢矫形康复中心
2025年7月2日
抄送：县财政局
""",
    ),
    dict(
        slug="edu-panwan-cave-study-trip-old-table-marquee",
        site="磐湾县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.pwedu.example.gov.cn/news/show.asp?id=8816",
        title="关于组织中小学生赴溶川溶洞开展地质研学活动的通知",
        record_title="关于组织中小学生赴溶川溶洞开展地质研学活动的通知-磐湾县教育信息网",
        date="2025-04-18",
        notes="old ASP table layout with a marquee and visitor counter; the document's 联系人/电话 beside the bureau's 监督电话; 附件 list; a schedule table",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于组织中小学生赴溶川溶洞开展地质研学活动的通知-磐湾县教育信息网</title></head>
<body bgcolor="#eef3f8"><table width="960"><tr><td>⟦m 磐湾县教育信息网⟧</td><td>⟦m 办人民满意的教育⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦l 最新消息：2025年县直学校教师招聘公告已发布，请及时查看！⟧</marquee></td></tr></table>
<table width="960"><tr><td>⟦m 当前位置：网站首页 → 通知公告⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 发布人：基教股　发布时间：2025-4-18　阅读：<font color="red">642</font>次⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a [打印本页]⟧ ⟦a [返回顶部]⟧ ⟦a [关闭]⟧</td></tr></table>
<table width="960"><tr><td align="center">⟦m 磐湾县教育局主办　教育监督电话：0775-6613120⟧<br>⟦m 今日访问：218　总访问量：1562207⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学校：
为落实中小学生研学实践教育要求，经研究，决定组织部分学校学生赴溶川溶洞景区开展地质研学活动。
一、活动安排
批次　学校　时间
第一批　磐湾一中、城关中学　5月8日
第二批　实验小学、东街小学　5月15日
二、有关要求
各校要为学生购买意外伤害保险，每二十名学生至少配备一名带队教师。
请于4月30日前将参加人员名单报县教育局基教股。
联系人：韦晓丹，电话：0775-6613057。
附件：研学活动学生名单汇总表
磐湾县教育局
2025年4月18日
""",
    ),
    dict(
        slug="edu-school-rafting-letter-parents-receipt",
        site="磐湾县城关小学网站 (invented)",
        style="教育门户",
        genre="函",
        kind="letter",
        form="text",
        source="https://cgxx.pwedu.example.gov.cn/jxhd/2025/0620/77.html",
        title="暑期防溺水安全致家长的一封信",
        record_title="【家校共育】暑期防溺水安全致家长的一封信",
        date="2025-06-20",
        notes="a school site: a parents' 回执 with blanks and a 年 月 日 placeholder line kept; a '家长请下载打印回执' sentence is the document's",
        page="""
!m 磐湾县城关小学　|　家校共育
!t 【家校共育】暑期防溺水安全致家长的一封信
!m 发布：德育处　时间：2025-06-20　访问量：1137
{BODY}
!a 打印本文　　关闭窗口
!l 上一篇：城关小学2025年秋季一年级新生入学公告
!m 学校地址：磐湾县城关镇学府路6号
""",
        body="""
尊敬的家长朋友：
暑假即将来临，近年来各地漂流、戏水溺水事故时有发生，为确保孩子度过一个平安的假期，请您做到以下几点：
一、不让孩子私自下河、下塘游泳，不到无安全设施、无救护人员的水域戏水。
二、带孩子参加漂流等涉水项目时，务必选择正规经营场所，全程穿好救生衣。
三、发现有人落水，教育孩子大声呼救，不要盲目施救。
请家长下载打印下方回执，签字后于6月25日前交班主任。
磐湾县城关小学
2025年6月20日
回执：我已认真阅读《暑期防溺水安全致家长的一封信》，将切实履行监护责任。
学生姓名：________　家长签名：________
年　　月　　日
""",
    ),
    dict(
        slug="oa-incineration-plant-minutes-approval-trail",
        site="泷溪环能发电公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://oa.lxhuanneng.example.local/km/review/view.do?fdId=18c2a9",
        title="2025年第三季度安全环保例会纪要",
        record_title="2025年第三季度安全环保例会纪要",
        date="2025-09-26",
        notes="an OA export: an approval trail and read receipts at the bottom; minutes' 时间/地点/主持/出席/记录 lines kept",
        page="""
!m 泷溪环能发电有限公司 · 协同办公平台
!m 公文管理 / 会议纪要 / 查看
!m 拟稿部门：安全环保部　密级：内部　紧急程度：普通
{T}
{BODY}
!m 流转记录：
!m 2025-09-26 16:20　安全环保部 柯志鹏　拟稿
!m 2025-09-27 09:05　总经理 庞立诚　同意印发
!m 已阅 37 人 / 未阅 4 人
!a 导出PDF　　打印　　转发
""",
        body="""
时间：2025年9月25日下午
地点：公司综合楼三楼会议室
主持：庞立诚
出席：公司领导班子成员，各部门负责人
记录：柯志鹏
会议听取了安全环保部关于三季度安全环保工作的汇报，研究了四季度重点工作。
一、三季度全厂未发生安全生产事故，烟气在线监测数据全部达标。
二、会议要求，四季度要完成一号炉检修，检修期间严格执行受限空间作业审批。
三、会议决定，十月份组织一次垃圾池火灾应急演练。
泷溪环能发电有限公司办公室
2025年9月26日
""",
    ),
    dict(
        slug="oa-puyuan-winery-request-html-read-count",
        site="葡源酒业内网 (invented)",
        style="企业内网",
        genre="请示",
        kind="report",
        form="html",
        source="http://portal.puyuanwine.example.local/doc/view?id=3309",
        title="关于增购橡木桶的请示",
        record_title="内网公文-关于增购橡木桶的请示",
        date="2025-08-11",
        notes="intranet document view: a 流转意见 box and read count; a quantity table kept; a 文号 line neutral",
        page="""
<html><head><meta charset="utf-8"><title>内网公文-关于增购橡木桶的请示</title><script>checkLogin();</script></head><body>
<div class="portal-top">⟦m 葡源酒业集团门户⟧ ⟦m 欢迎您，生产技术部 梅涛⟧ ⟦a 退出⟧</div>
<div class="path">⟦m 公文中心 ＞ 收文 ＞ 请示报告⟧</div>
<div class="doc"><p>葡源酒业〔2025〕生字37号</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转意见⟧</h4><p>⟦m 财务部：经核，预算内可安排。 2025-08-12⟧</p><p>⟦m 分管副总：同意。 2025-08-13⟧</p></div>
<div class="stat">⟦m 阅读次数：58⟧ ⟦a 打印⟧ ⟦a 下载正文⟧</div>
</body></html>
""",
        body="""
集团公司：
今年酿酒葡萄丰收，预计原酒产量较上年增加一千二百吨，现有橡木桶已无法满足陈酿需要。
为保证高端产品陈酿工艺，拟增购橡木桶，具体如下：
品种　数量　单价
法国橡木桶　300只　8200元
美国橡木桶　200只　5600元
所需资金三百六十八万元，从年度技改资金中列支。
以上请示，请批复。
生产技术部
2025年8月11日
""",
    ),
    dict(
        slug="qa-xuefang-snail-surveyor-summary-answer",
        site="问问百事通 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wwbst.example.com/question/60129337.html",
        title="血防站查螺员年终工作总结怎么写？",
        record_title=None,
        date="2025-12-20",
        notes="no record title: the question is the title; 回答于 is the page's date; the answer's sample summary is the body; a 'more answers' box and an app prompt",
        page="""
!m 问问百事通 > 医疗健康 > 疾病防治
{T}
!m 提问者：南湖水边人　悬赏 10 积分　3个回答
!m 最佳答案　回答者：基层血防人　回答于 2025-12-20 11:04
{BODY}
!l 👍 有用(15)　　追问　　评论
!l 其他回答（2）
!l 可以参考一下站里的年度工作计划，按月份写就行。——网友 3f**w
!a 下载问问百事通APP，提问更快得到回答
""",
        body="""
可以按“做了什么、效果如何、还有什么不足”的顺序来写，给你一个参考：
今年我负责三个乡镇沿河片区的查螺工作，全年累计查螺面积一百二十六万平方米。
春季查螺中发现新有螺环境两处，均在一周内完成插标和药物灭螺。
不足之处是对洲滩环境的抽查频次不够，明年要增加秋季复查。
写的时候数字一定要和站里的台账一致，不要夸大。
""",
    ),
]
