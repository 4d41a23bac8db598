"""Holdout7 cases, part D: new 范文 sites with wording unlike the earlier parts — 会员 and
积分 prompts in other words, 代笔 offers, 一键复制 buttons glued inside paragraphs, 精选N篇
pages with a table of contents, titles decorated with 〖…〗, ★…★, （…篇）, (原创首发) and
site suffixes, related lists in other words, page-of-total notes and 温馨提示 lines between
paragraphs. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-bihai-speech-points-unlock",
        site="笔海范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bihaifw.example.com/jianghua/2025/06/38812.html",
        title="在全县安全生产月活动启动仪式上的讲话",
        record_title="〖热门〗在全县安全生产月活动启动仪式上的讲话",
        date="2025-06-02",
        notes="〖热门〗 decoration; a 积分解锁 prompt glued after a paragraph; 字数 meta; a 代笔 offer in new words; a 相关范文 list in other wording (同类好文)",
        page="""
!m 笔海范文网 — 写材料，来笔海
!m 首页 ▸ 讲话稿 ▸ 领导讲话
!t 〖热门〗在全县安全生产月活动启动仪式上的讲话
!m 字数：约980字　更新：2025/06/02　热度 4563℃
{BODY}
!w 材料写不出来？资深笔杆子一对一代笔，48小时交稿，V信 bihai_wz66
!l 同类好文
!l ◆ 安全生产月活动总结（精选）
!l ◆ 在安全生产工作会议上的表态发言
""",
        body="""
同志们：
今年6月是第二十四个全国“安全生产月”，今天我们在这里举行启动仪式，就是要进一步增强全社会的安全意识。
近年来，全县安全生产形势总体平稳，但事故隐患依然不少，特别是道路交通、建筑施工、燃气使用等领域风险突出。⟦a 【3积分解锁全文，新用户送10积分】⟧
各乡镇、各部门要以安全生产月为契机，深入开展隐患排查整治，做到排查不留死角、整改不留尾巴。
同志们，安全责任重于泰山。让我们共同努力，推动全县安全生产形势持续稳定向好。
""",
    ),
    dict(
        slug="fanwen-wenhai-pledge-selected-five",
        site="文海公文网 (invented)",
        style="范文站",
        genre="表态发言",
        kind="speech",
        form="text",
        source="https://www.wenhaigw.example.cn/fayan/20250411/1201.html",
        title="新任职干部表态发言",
        record_title="新任职干部表态发言（通用5篇）",
        date=None,
        notes="a 精选N篇 page: a table of contents of the five pieces (list), 篇一 heading (title-like, list), only the first piece shown; a 查看全部5篇 prompt; 温馨提示 between paragraphs",
        page="""
!m 文海公文网
!t 新任职干部表态发言（通用5篇）
!l 本文目录：篇一 新任职干部表态发言　篇二 新提拔干部任职表态发言　篇三 新任乡镇长表态发言　篇四　篇五
!l 篇一：新任职干部表态发言
{BODY}
!a 查看全部5篇 >>（开通会员即可一键下载）
!m 文海公文网 www.wenhaigw.example.cn
""",
        body="""
尊敬的各位领导、同志们：
首先，衷心感谢组织对我的信任和培养，感谢各位领导和同志们长期以来的关心和支持。
⟦d 温馨提示：本站范文仅供参考学习，请勿直接照搬使用。⟧
走上新的工作岗位，我将做到以下三点：一是加强学习，尽快熟悉业务，当好内行人；二是团结同志，维护班子权威，当好协调员；三是廉洁自律，守住底线，当好清白人。
我一定不辜负组织的重托和大家的期望，以实际行动交出一份合格的答卷。
""",
    ),
    dict(
        slug="fanwen-yunjian-summary-html-paywall",
        site="云笺公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.yunjiangw.example.com/zongjie/2024/1225/7710.html",
        title="2024年县人社局工作总结",
        record_title="2024年县人社局工作总结★精品★",
        date="2024-12-25",
        record_date="2024-12-25",
        notes="HTML 范文 page: ★精品★ record title, a paywall div (剩余68%内容) between paragraphs, a 一键复制 button glued at a paragraph head, a 热门排行 sidebar and an 投诉删除 notice",
        page="""
<html><head><meta charset="utf-8"><title>2024年县人社局工作总结★精品★-云笺公文网</title></head><body>
<div class="logo">⟦m 云笺公文网⟧</div>
<div class="path">⟦m 当前位置：云笺公文网 > 工作总结 > 部门总结⟧</div>
<h1>⟦t 2024年县人社局工作总结★精品★⟧</h1>
<div class="meta">⟦m 时间：2024-12-25　栏目：部门总结⟧</div>
<div id="content">
{BODY}
</div>
<div class="rank"><b>⟦l 热门排行⟧</b><ol><li>⟦l 人社局年度述职报告⟧</li><li>⟦l 就业工作总结3篇⟧</li></ol></div>
<div class="notice">⟦d 如本文侵犯了您的权益，请发送邮件至 del@yunjiangw.example.com 投诉删除⟧</div>
</body></html>
""",
        body="""
2024年，县人社局坚持就业优先，着力保障和改善民生，各项工作取得新进展。
⟦a 一键复制⟧一、就业形势保持稳定。全年城镇新增就业三千八百人，农村劳动力转移就业一千二百人，城镇调查失业率控制在目标以内。
⟦a 剩余68%内容，登录后免费阅读⟧
二、社会保障扩面提质。全县基本养老保险参保人数达到三十一万人，工伤保险覆盖所有在建工程项目。
三、劳动关系和谐稳定。全年办结劳动保障监察案件一百零六件，为四百余名劳动者追回工资一千一百万元。
2025年，我们将继续聚焦稳就业、保民生，奋力推动人社事业高质量发展。
""",
    ),
    dict(
        slug="fanwen-mobile-insight-star-bar",
        site="简章范文 手机版 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.jianzhangfw.example.com/xdth/5520.html",
        title="观看警示教育片心得体会",
        record_title="观看警示教育片心得体会(原创首发)",
        date=None,
        notes="a mobile 范文 page: a 返回 / 首页 top bar, 底部 fixed bar (复制 / 下载 / 分享), an app-open prompt between paragraphs, 原创首发 decoration",
        page="""
!a ‹ 返回　简章范文　首页
!t 观看警示教育片心得体会(原创首发)
{BODY}
!a 📋复制全文　⬇下载文档　↗分享
!m 简章范文 m.jianzhangfw.example.com
""",
        body="""
近日，单位组织全体党员干部观看了警示教育片，片中一个个鲜活的案例令我深受触动。
这些人曾经也是兢兢业业的好干部，但在权力和诱惑面前放松了警惕，最终一步步滑向违纪违法的深渊。
⟦a 打开简章范文App，免广告阅读全文⟧
警示教育片告诉我们，廉洁自律没有“下不为例”，防线一旦失守就会一溃千里。
我将以案为鉴、以案促改，慎独慎微，管住小节，始终做一名清正廉洁的公职人员。
""",
    ),
    dict(
        slug="fanwen-moshan-plan-decimal-list",
        site="墨山文稿网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.moshanwg.example.net/fangan/2025/0308/451.html",
        title="2025年机关读书月活动方案",
        record_title="2025年机关读书月活动方案_墨山文稿网",
        date="2025-03-08",
        record_date="2025-03-08",
        notes="numbered 1. 2. 3. lists and (1)(2) items kept; a 本文关键词 tag line, 下载此文档 and 打赏作者 rows, 上一篇/下一篇 in other words (前一篇文稿 / 后一篇文稿)",
        page="""
!m 墨山文稿网 · 专注机关文稿
{T}
!m 2025-03-08　作者：墨山编辑部　浏览 2210 次
{BODY}
!l 本文关键词：读书月　活动方案　机关文化
!a 下载此文档（.docx）　打赏作者
!l 前一篇文稿：机关文明单位创建工作方案
!l 后一篇文稿：青年理论学习小组活动方案
""",
        body="""
为推进书香机关建设，引导干部职工多读书、读好书，决定于4月开展机关读书月活动，方案如下。
1.活动主题
“悦读新时代 书香润机关”。
2.活动内容
(1)好书推荐：各支部推荐书目不少于五种，汇总后编印推荐书单；
(2)读书分享会：每个支部组织一次读书分享会，每人分享一本书；
(3)征文活动：围绕读书体会开展征文，评选优秀作品二十篇。
3.工作要求
各支部要高度重视，精心组织，于4月30日前将活动开展情况报机关党委。
""",
    ),
    dict(
        slug="fanwen-qingtai-minutes-wrapped-footer",
        site="青苔公文资料库 (invented)",
        style="范文站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.qingtaigw.example.com/jiyao/2025/0116/77.html",
        title="镇党委理论学习中心组2025年第1次集体学习纪要",
        record_title="镇党委理论学习中心组2025年第1次集体学习纪要",
        date="2025-01-15",
        notes="hard-wrapped at 76 columns; a 会议时间 line in the minutes kept; a 范文仅供参考 line, a 本站声明 and a 联系站长 QQ at the bottom",
        wrap=76,
        page="""
!m 青苔公文资料库　QINGTAI
!m 资料库 / 会议纪要 / 学习纪要
{T}
{BODY}
!d 本站声明：资料来源于网友投稿，版权归原作者所有，仅供学习参考。
!w 联系站长QQ：3011229845（备注：资料）
""",
        body="""
会议时间：2025年1月15日上午
会议地点：镇机关三楼会议室
主持人：镇党委书记　彭建新
参加人员：镇党委理论学习中心组全体成员
会议集中学习了中央经济工作会议精神和省委、市委经济工作会议精神，镇长伍德胜结合全镇实际作了交流发言。
会议强调，全镇上下要把思想和行动统一到中央和省委、市委的决策部署上来，聚焦项目建设、产业发展和民生改善，确保全年目标任务圆满完成。
会议要求，各班子成员要带头深入联系村开展宣讲，把会议精神传达到每一名党员干部。
""",
    ),
    dict(
        slug="fanwen-xinyu-notice-cn-date-no-record",
        site="心语公文网 (invented)",
        style="范文站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xinyugw.example.com/tongzhi/9931.html",
        title="关于开展春季爱国卫生运动的通知",
        record_title=None,
        date="2025-03-12",
        notes="no record title; the title printed twice (with and without 范文 tag), a 成文日期 in Chinese numerals, a 文章评分 row and a 举报 link between paragraphs",
        page="""
!m 心语公文网 | 千万篇公文范文免费学
!t 范文：关于开展春季爱国卫生运动的通知
{T}
{BODY}
!l 文章评分：☆☆☆☆☆（已有 19 人评分）
!m 本文链接：https://www.xinyugw.example.com/tongzhi/9931.html
""",
        body="""
各村（社区）、镇直各单位：
为进一步改善城乡环境卫生面貌，预防春季传染病发生，镇爱卫会决定在全镇开展春季爱国卫生运动。
一、时间安排。3月15日至4月15日，每周五为集中清扫日。
⟦l 【举报】发现错误？点此反馈⟧
二、主要任务。集中清理卫生死角，整治农贸市场和背街小巷环境，开展病媒生物防制。
三、工作要求。各单位要明确专人负责，镇爱卫办将每周开展一次暗访检查，结果在全镇通报。
清河镇爱国卫生运动委员会
二〇二五年三月十二日
""",
    ),
    dict(
        slug="fanwen-hongyu-report-html-ad-slots",
        site="鸿宇公文网 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.hongyugw.example.com/diaoyan/2025/0522/13.html",
        title="关于乡镇便民服务中心运行情况的调研报告",
        record_title="关于乡镇便民服务中心运行情况的调研报告（精选）_鸿宇公文网",
        date=None,
        notes="HTML 范文 page: ad slot divs labelled 广告位招租 and 推广, a 全文阅读 unfold button, the report's decimal-free headings kept, a 收藏本文 link",
        page="""
<html><head><meta charset="utf-8"><title>关于乡镇便民服务中心运行情况的调研报告（精选）_鸿宇公文网</title></head><body>
<div class="top">⟦m 鸿宇公文网　专业公文范文平台⟧</div>
<div class="ad">⟦a 广告位招租 联系 hy_ad@example.com⟧</div>
<h1>⟦t 关于乡镇便民服务中心运行情况的调研报告（精选）⟧</h1>
<div class="art">
{BODY}
</div>
<div class="unfold">⟦a 全文阅读 ∨⟧</div>
<div class="ad2">⟦a 推广：公文排版软件，一键生成红头文件⟧</div>
<div class="tools">⟦a 收藏本文⟧ ⟦a 打印本文⟧</div>
</body></html>
""",
        body="""
为了解乡镇便民服务中心运行情况，笔者近期对全县十五个乡镇便民服务中心进行了走访调研。
一、基本情况
全县十五个乡镇均已建成便民服务中心，进驻事项平均一百二十项，日均办件量约四十件。
二、存在问题
部分中心窗口人员身兼数职、流动性大，业务不熟；部分事项虽已进驻但仍需群众往返县城办理。
三、对策建议
建议推行“一窗受理、集成服务”，加强窗口人员业务培训，推动更多事项下放到乡镇办理。
""",
    ),
    dict(
        slug="fanwen-shuhe-speech-glued-title-date",
        site="书荷文库范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.shuhewk.example.com/fw/jh/20241230/220.html",
        title="在2025年新年茶话会上的致辞",
        record_title="在2025年新年茶话会上的致辞",
        date="2024-12-30",
        notes="the date under the title in brackets (neutral), the title repeated glued to a 分享 row, the site name glued after the last paragraph; a year in the title is no date",
        page="""
!m 书荷文库范文
{T}⟦l 　分享：微信｜朋友圈｜QQ⟧
（2024年12月30日）
{BODY}⟦m ——书荷文库范文整理⟧
!l 👉 更多新年致辞请点击进入专题
""",
        body="""
各位老领导、老同志，同志们、朋友们：
辞旧迎新之际，我们在这里欢聚一堂，共迎2025年新年的到来。
过去的一年，全县经济社会发展稳中有进，这些成绩的取得，凝聚着在座各位的心血和智慧。
新的一年，我们将坚持稳中求进，继续办好民生实事，让全县人民生活更加美好。
最后，祝大家新年快乐、身体健康、阖家幸福！
""",
    ),
    dict(
        slug="fanwen-jinyu-request-register-wall",
        site="金语公文网 (invented)",
        style="范文站",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.jinyugw.example.com/qingshi/2025/0612/609.html",
        title="关于申请拨付村级道路养护经费的请示",
        record_title="关于申请拨付村级道路养护经费的请示【范文】",
        date="2025-06-12",
        record_date="2025-06-12",
        notes="【范文】 suffix; a register wall (注册后继续阅读) and 手机号登录 prompt, a 同类请示 box, the request's own 联系人 line and signature kept",
        page="""
!m 金语公文网
!t 关于申请拨付村级道路养护经费的请示【范文】
!m 2025-06-12　分类：请示报告
{BODY}
!a 注册后继续阅读完整范文（手机号一键登录）
!l 同类请示：关于申请解决村部维修资金的请示｜关于申请增加公益性岗位的请示
""",
        body="""
县交通运输局：
我镇现有村级公路一百二十八公里，由于建成年限较长，部分路段出现坑槽、路肩损毁等问题，影响群众出行安全。
按照农村公路管理养护有关规定，我镇需年度养护经费六十四万元，目前镇财政仅能安排二十万元。
特申请县交通运输局拨付村级道路养护经费四十四万元，专项用于全镇村级道路日常养护。
妥否，请批复。
联系人：蒋志远　电话：0735-7782016
长乐镇人民政府
2025年6月12日
""",
    ),
    dict(
        slug="fanwen-shiyun-decision-html-tabs",
        site="拾韵公文网 (invented)",
        style="范文站",
        genre="决定",
        kind="other",
        form="html",
        source="https://www.shiyungw.example.com/jueding/77123.html",
        title="关于表彰2024年度先进集体和先进个人的决定",
        record_title="关于表彰2024年度先进集体和先进个人的决定(3篇)",
        date="2025-01-22",
        notes="HTML with 范文/点评/下载 tabs (action), a 名单 list inside the decision kept (one name group a paragraph), a 字数统计 line and a bottom 本站范文均为原创 claim",
        page="""
<html><head><meta charset="utf-8"><title>关于表彰2024年度先进集体和先进个人的决定(3篇)</title></head><body>
<div class="h">⟦m 拾韵公文网⟧</div>
<h1>⟦t 关于表彰2024年度先进集体和先进个人的决定(3篇)⟧</h1>
<ul class="tabs"><li>⟦a 范文⟧</li><li>⟦a 写作点评⟧</li><li>⟦a 下载Word⟧</li></ul>
<div class="wz">⟦m 字数统计：436字　阅读时长：约2分钟⟧</div>
<div class="body">
{BODY}
</div>
<div class="ft">⟦d 拾韵公文网范文均为本站编辑原创，转载请注明出处⟧</div>
</body></html>
""",
        body="""
各科室、各基层所：
2024年，全局上下团结一心，较好地完成了各项目标任务，涌现出一批先进集体和先进个人。为表彰先进、树立典型，经局党组研究，决定对以下集体和个人予以表彰。
一、先进集体（3个）：城南税务所、纳税服务科、法制科。
二、先进个人（5名）：刘芳、石磊、杨雪梅、何志刚、宋晓东。
希望受表彰的集体和个人珍惜荣誉、再接再厉，全局干部职工要以先进为榜样，为完成2025年各项任务作出新的贡献。
莲城县税务局
2025年1月22日
""",
    ),
    dict(
        slug="fanwen-lanxi-insight-oneline-indent",
        site="兰溪范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.lanxifwk.example.com/xd/2025/0109/3006.html",
        title="2025年寒假教师培训心得体会",
        record_title="2025年寒假教师培训心得体会（优选）",
        date=None,
        notes="the body on one line with ideographic indents; a top 会员中心 / 投稿 row and a bottom 纠错 and 相关推荐 line; （优选） decoration",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a 会员中心　我要投稿　帮助
!m 兰溪范文库 > 心得体会 > 培训心得
!t 2025年寒假教师培训心得体会（优选）
{BODY}
!a 纠错反馈
!l 相关推荐：暑期教师培训心得　新教师岗前培训心得　班主任培训心得
""",
        body="""
寒假期间，我参加了县教育局组织的为期五天的教师全员培训，聆听了多位专家的讲座，收获很多。
一是教育理念得到更新。专家提出，课堂要从“教师讲”转向“学生学”，让我反思了自己过去“满堂灌”的做法。
二是教学方法得到丰富。培训中学习了大单元教学和项目式学习的设计方法，我准备在新学期的语文课上试一试。
三是职业情怀得到升华。一位乡村教师的报告让我明白，教育是一份需要用心用情的事业。
""",
    ),
]
