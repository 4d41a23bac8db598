"""Holdout9, part G: new 范文 sites, with decorated titles (（通用N篇）, 【荐】, 范文N, 精华版),
page markers in new forms, hard wraps, glued buttons and writer prompts between
paragraphs. Written blind; everything invented."""

CASES = [
    dict(
        slug="fanwen-jinju-speech-tongyong-wrap-markers",
        site="金句公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jinjugw.example.com/jianghua/2025/0618/72210.html",
        title="在全镇防汛工作部署会上的讲话",
        record_title="在全镇防汛工作部署会上的讲话（通用4篇）",
        date=None,
        notes="decorated record title （通用4篇）; the title repeated as 篇一; hard-wrapped at 66 columns with ※N※ markers on lines of their own between wrapped lines; a writer prompt between paragraphs",
        wrap=66,
        indent="\u3000\u3000",
        pages=dict(fmt="※{n}※", every=160, start=2),
        page="""
!m 金句公文网 › 讲话稿 › 防汛讲话
!t 在全镇防汛工作部署会上的讲话（通用4篇）
!m 时间：2025-06-18　　栏目：讲话稿　　人气：2317
!t 篇一：在全镇防汛工作部署会上的讲话
{BODY}
!w 材料写不出来？资深笔杆子一对一代笔，加微信 jjgw_8899
!l 篇二：在全县防汛抗旱工作会议上的讲话 >>
""",
        body="""
同志们：
当前已经全面进入主汛期。据气象部门预测，今年我镇降雨总量偏多二至三成，发生洪涝灾害的可能性较大，防汛形势十分严峻。下面，我讲三点意见。
一、思想上要高度重视。各村、各单位要克服麻痹思想和侥幸心理，坚决把人民群众生命安全放在第一位，宁可十防九空，不可失防万一。
二、措施上要落细落实。要全面排查山塘水库、地质灾害隐患点和危旧房屋，落实巡查责任人；要备足编织袋、救生衣、冲锋舟等防汛物资；要完善转移避险预案，明确转移路线和安置点。
三、纪律上要从严从紧。汛期实行24小时值班和领导带班制度，值班人员必须在岗在位，严禁擅离职守。对因工作不力造成严重后果的，要严肃追究责任。
同志们，防汛工作责任重大，希望大家以高度负责的态度，确保安全度汛。
""",
    ),
    dict(
        slug="fanwen-haobi-insight-glued-collect-junkless",
        site="好笔头范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.haobitou.example.cn/xinde/20250412/9930.html",
        title="观看警示教育片心得体会",
        record_title="【荐】观看警示教育片心得体会",
        date=None,
        notes="decorated record title 【荐】; buttons glued at a body line's start and after a 。 in the middle of a line; a 'the full text is for members' teaser between paragraphs; a tag row and hot list at the bottom; no date",
        indent="\u3000\u3000",
        page="""
!m 好笔头范文 - 有用的范文都在这
!t 【荐】观看警示教育片心得体会
!a 收藏本文　｜　复制链接　｜　生成PDF
{BODY}
!l 关键词：警示教育　廉洁自律　心得体会
!l 本周热文：
!l 1. 以案促改专题组织生活会发言提纲
!l 2. 廉政谈话表态发言
""",
        body="""
近日，单位组织全体干部观看了警示教育片。片中一个个触目惊心的案例，一句句追悔莫及的忏悔，让我深受震撼、深受教育。
一、要坚定理想信念。片中的反面典型，大多是从放松思想改造开始的。⟦a 【一键复制】⟧理想信念动摇是最危险的动摇，我们必须常学常新，筑牢思想防线。
⟦a 【收藏本段】⟧二、要慎独慎微。很多人的堕落都是从收一条烟、吃一顿饭开始的，小节不保，大节难守。
三、要严管身边人。有的干部对家属子女疏于管教，最终“一人违纪、全家受累”。我们要管好家属、管好身边工作人员。
⟦a 余下内容为会员专享，登录后阅读完整版⟧
作为一名普通党员干部，我将以案为鉴、警钟长鸣，始终做到心有所畏、言有所戒、行有所止。
""",
    ),
    dict(
        slug="fanwen-xinyu-plan-file-title-markers-glued",
        site="新语文秘网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xinyuwm.example.com/fangan/2025/0506/3381.html",
        title="2025年“安全生产月”活动实施方案",
        record_title="2025年“安全生产月”活动实施方案.doc",
        date="2025-05-06",
        notes="file-name record title .doc; 〔第N面〕 markers glued at the start of the cut line; the plan's 1.1 1.2 decimal headings, its slogan line and its 联系人 stay; the date under the signature",
        indent="\u3000\u3000",
        pages=dict(fmt="〔第{n}面〕", every=170, start=2, glue=True),
        page="""
!m 新语文秘网
!m 当前：首页 > 活动方案 > 安全生产
{T}
{BODY}
!a 下载该Word文档（需3积分）
!d 声明：本站范文均为会员投稿，仅供参考，不得用于商业用途。
""",
        body="""
为深入贯彻安全生产法律法规，进一步强化全员安全意识，根据上级部署，结合公司实际，制定本方案。
1 活动主题
人人讲安全、个个会应急——畅通生命通道
2 活动时间
2025年6月1日至6月30日
3 主要活动
3.1 开展安全宣传咨询日活动。6月16日在厂区广场设立咨询台，发放宣传资料，现场解答员工疑问。
3.2 组织应急演练。各车间至少组织一次火灾疏散或危化品泄漏应急演练，检验预案的可操作性。
3.3 开展隐患排查治理。对生产车间、仓库、配电房等重点部位进行全面排查，建立隐患台账，限期整改。
4 工作要求
各部门要高度重视，精心组织，活动结束后于7月5日前将总结报安全环保部。
联系人：安全环保部　蔡维　电话：13973825106
湘溪新材料股份有限公司
2025年5月6日
""",
    ),
    dict(
        slug="fanwen-mobile-report-fanwen-n-title",
        site="文秘之家手机版 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://m.wenmizhijia.example.com/diaoyan/88021.html",
        title="关于农村养老服务情况的调研报告",
        record_title="关于农村养老服务情况的调研报告范文3",
        date=None,
        notes="mobile 范文 page: decorated record title 范文3; the title repeated with ▍ and 范文3; a bottom tab bar (首页 分类 我的), a 'back to top' arrow, a font-size toggle glued after a 。 in a body line",
        page="""
!a ← 返回　　文秘之家　　☰
!t ▍关于农村养老服务情况的调研报告范文3
!m 2.1万人浏览　｜　文秘之家编辑部
{BODY}
!a ↑ 回到顶部
!a 首页　　分类　　搜索　　我的
""",
        body="""
农村养老问题事关广大农村老年人的切身利益。近期，我们采取实地走访、座谈交流等方式，对全县农村养老服务情况进行了调研。
一、基本情况。全县农村60岁以上老年人4.3万人，占农村人口的24.1%，其中独居和空巢老人1.1万人。全县建有乡镇敬老院12所，村级互助养老服务点86个。⟦a Aa 调整字号⟧
二、存在问题。一是设施利用率不高，部分村级互助点“有场所无服务”；二是专业人员缺乏，护理人员大多是当地中老年妇女，缺乏专业培训；三是资金保障不足，运营经费主要靠村集体和上级补助，难以持续。
三、对策建议。建议整合资源推行“乡镇敬老院+村级互助点”联动模式，加大护理人员培训力度，探索建立政府补一点、集体筹一点、个人出一点的多元投入机制。
""",
    ),
    dict(
        slug="fanwen-ganbi-summary-oneline-cn-date",
        site="赶笔文库范文频道 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://fanwen.ganbi.example.com/zj/2024/1230/61173.html",
        title="2024年度妇联工作总结",
        record_title=None,
        date="2024-12-30",
        notes="no record title; the whole summary on one line (paragraphs only separated by their indent), with the signature and a date in Chinese numerals at its end; the title on a line of its own above with a site suffix",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 赶笔文库 · 范文频道
!t 2024年度妇联工作总结 - 赶笔范文
{BODY}
!a 本文共计约900字，下载完整版请点击这里
""",
        body="""
2024年，县妇联在县委的坚强领导和市妇联的有力指导下，紧紧围绕县委中心工作，团结带领全县妇女群众建功新时代，各项工作取得了新成效。
一是思想引领更加有力。组织开展“巾帼心向党”宣讲活动86场次，受众一万余人次。
二是巾帼建功成效明显。举办农村妇女电商、家政技能培训班12期，培训妇女1100余人，帮助380名妇女实现就业。
三是维权服务更加到位。接待妇女来信来访132件，调处婚姻家庭纠纷97件，为困难妇女儿童发放救助金28万元。
2025年，县妇联将继续发挥桥梁纽带作用，为全县经济社会发展贡献巾帼力量。
蓼河县妇女联合会
二〇二四年十二月三十日
""",
    ),
    dict(
        slug="fanwen-yiqi-request-html-writer-box",
        site="一起写材料网 (invented)",
        style="范文站",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.yiqixiecailiao.example.com/qingshi/2025/0227/4417.html",
        title="关于申请解决村级活动场所维修资金的请示",
        record_title="关于申请解决村级活动场所维修资金的请示_请示范文_一起写材料网",
        date="2025-02-26",
        notes="HTML 范文 page: decorated record title _column_site; a writer box with QQ and WeChat ids floating beside the text, 'copy is disabled' notice, previous/next; the request's own 联系人/电话 and 附件 stay; the date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于申请解决村级活动场所维修资金的请示_请示范文_一起写材料网</title></head><body>
<div class="head">⟦m 一起写材料网⟧ <span>⟦m 公文写作一站式服务平台⟧</span></div>
<div class="loc">⟦m 首页 » 请示范文 » 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：佚名　来源：网友投稿　更新：2025-02-27⟧</div>
<div class="art">
{BODY}
</div>
<div class="writer">⟦w 专业代写：请示、报告、讲话稿　QQ：2863301957　微信：yqxcl_vip⟧</div>
<div class="copy">⟦d 本站已开启复制保护，如需使用请下载⟧</div>
<div class="pn">⟦l 上一篇：关于申请增加公益性岗位的请示⟧<br>⟦l 下一篇：关于购置应急救援车辆的请示⟧</div>
</body></html>
""",
        body="""
镇人民政府：
我村党群服务中心建于2009年，由于年久失修，目前屋面渗漏严重，墙体出现多处裂缝，存在一定安全隐患，已不能满足党员活动和群众办事的需要。
经请专业机构评估，维修改造需资金约18.6万元，主要用于屋面防水、墙体加固和室内改造。我村已自筹资金5万元，尚有13.6万元缺口。
为保障村级活动场所正常使用，特申请镇政府给予资金补助13.6万元。
妥否，请批示。
附件：村党群服务中心维修改造预算表
联系人：高桥村党总支书记　谢长春　电话：13874551208
高桥村民委员会
2025年2月26日
""",
    ),
    dict(
        slug="fanwen-chengwen-minutes-date-in-time-line",
        site="成文网 (invented)",
        style="范文站",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://www.chengwenw.example.com/jiyao/2025/0811/1102.html",
        title="2025年第二季度安全生产例会会议纪要",
        record_title="2025年第二季度安全生产例会会议纪要（精华版）",
        date="2025-07-03",
        notes="decorated record title （精华版）; the minutes' 时间/地点/主持/参会 lines and the 会议议定事项 numbering stay; the date from the 时间 line; a 'paid download' button glued to the last line; a site 发布 line with another date above",
        page="""
!m 成文网 — 让写作更简单
!t 2025年第二季度安全生产例会会议纪要（精华版）
!m 发布：2025-08-11　分类：会议纪要　字数：约700字
{BODY}⟦a 【付费下载无水印版】⟧
!l 看了本文的人还看了：安委会全体会议纪要　|　月度安全例会主持词
""",
        body="""
时间：2025年7月3日上午9:00
地点：公司三楼会议室
主持：副总经理　蒋昌盛
参会人员：各部门负责人、各车间主任、专兼职安全员
会议通报了第二季度安全生产情况。第二季度公司未发生生产安全事故，共排查隐患47项，已整改45项，剩余2项正在整改中。
会议议定事项如下：
一、各车间要在7月15日前完成夏季防暑降温设施检查，确保高温作业岗位降温设施正常运行。
二、安全环保部要加强对外来施工队伍的管理，严格执行动火、登高作业审批制度。
三、剩余2项隐患由设备部负责，7月20日前整改完毕，并报安全环保部验收。
""",
    ),
    dict(
        slug="fanwen-guwen-pledge-html-pages-mid",
        site="古文今用范文馆 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.guwenjinyong.example.com/changyi/2025/0901/220.html",
        title="“文明交通我先行”倡议书",
        record_title="“文明交通我先行”倡议书（精选）",
        date="2025-09-01",
        notes="HTML: decorated record title （精选）; ✧N✧ page-marker paragraphs between the cut halves; a slogan and a sentence telling readers to 扫码 sign the pledge stay; a 'like' bar and comment box",
        p_html="<p>{}</p>",
        pages=dict(fmt="✧{n}✧", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>“文明交通我先行”倡议书（精选）</title></head><body>
<div class="top">⟦m 古文今用范文馆⟧</div>
<h1>{T}</h1>
<p class="m">⟦m 2025-09-01 · 倡议书 · 阅读 903⟧</p>
<div class="body">
{BODY}
</div>
<div class="zan">⟦l 👍 有用 37　　👎 没用 2⟧</div>
<div class="cmt">⟦l 网友评论　请文明发言⟧</div>
</body></html>
""",
        body="""
广大市民朋友们：
交通文明是城市文明的重要标志。为进一步提升全市交通文明水平，市文明办、市公安局交警支队向全市广大市民发出如下倡议。
一、做文明交通的践行者。自觉遵守交通信号，行人走斑马线，机动车礼让行人，骑乘电动自行车规范佩戴安全头盔。
二、做文明交通的宣传者。主动向家人、朋友宣传交通安全知识，劝导身边的交通不文明行为。
三、做文明交通的监督者。发现交通违法行为，可以通过“随手拍”平台进行举报。
欢迎市民扫描宣传海报上的二维码，在线签署文明交通承诺书。
文明出行，安全你我！
鹤汀市文明办　鹤汀市公安局交通警察支队
2025年9月1日
""",
    ),
]
