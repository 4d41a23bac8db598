"""holdout71, part C: gateball (门球) — seniors' teams, courts, referees' training, a court's
repair request, an interview question, an encyclopaedia entry. Written by hand, blind; invented
text, places, people, sites and URLs. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-kuiyuan-gateball-insights-share",
        site="妙笔公文APP分享页 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://share.miaobiapp.example.com/article?id=a8c01d27&from=wx",
        title="参加老年门球比赛心得体会",
        record_title="参加老年门球比赛心得体会（精选5篇）",
        date=None,
        notes="a writing app's share page: 精选5篇 decoration; an 打开APP prompt between paragraphs (a line of its own) and a copy-count glued after the last sentence; no date (a share stamp)",
        page="""
!a 打开妙笔公文APP，查看完整版
!t 参加老年门球比赛心得体会（精选5篇）
!m 妙笔公文 · 心得体会频道　　分享于 2025-05-30
{BODY}
!l 更多精选：退休生活感悟　老年大学学习心得
!a 下载APP，一键生成你的专属心得
""",
        body="""
今年四月，我作为葵园社区老年门球队的一员，参加了全区老年人门球比赛，收获很大。
门球看似简单，其实很讲究配合，一杆打出去，不光要想自己的球，还要想着给队友留位置。
⟦a 剩余4篇范文，打开APP免费阅读⟧
比赛中我们队有一局落后三分，队长没有埋怨，而是重新布置战术，最后反败为胜。
这次比赛让我体会到，人老了更要多动一动，多和大家在一起，心情好了，身体也就跟着好了。⟦m 已有1.8万人复制⟧
""",
    ),
    dict(
        slug="exambbs-pingchuan-interview-court-parking",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="post",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-662013-1-1.html",
        title="社区门球场被改成停车场，老人们有意见，你怎么处理",
        record_title="【结构化面试】社区门球场被改成停车场，老人们有意见，你怎么处理（附作答思路）",
        date="2025-03-21",
        notes="exam forum: 【结构化面试】…（附作答思路） decoration; the 发表于 line is the page's date; a VIP-answer prompt glued after a sentence; a 楼层 row and a sign-in reminder",
        page="""
!m 上岸公考论坛 » 面试交流区 » 结构化真题
!t 【结构化面试】社区门球场被改成停车场，老人们有意见，你怎么处理（附作答思路）
!m 楼主：面霸小苏　发表于 2025-3-21 10:06
!l 1#　电梯直达
{BODY}
!a 每日签到可领积分，积分可兑换面试课程
!l 回复本帖　｜　收藏　｜　评分
""",
        body="""
题目：你是社区工作人员，社区把老年人常用的门球场改成了停车场，老人们意见很大，你怎么处理？
参考思路如下。
第一，安抚情绪。主动上门和门球队的老人们沟通，认真听取意见，表明社区重视大家的诉求。
第二，了解情况。弄清停车场改建的原因和审批过程，既考虑居民停车难，也考虑老人健身需要。⟦a 完整高分答案仅VIP可见，开通后查看⟧
第三，拿出方案。可以协调周边空地新建门球场，或者错时使用，白天打球、晚上停车。
第四，做好总结，今后涉及居民切身利益的改造，要先征求意见再实施。
""",
    ),
    dict(
        slug="encyclopedia-gateball-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.example.com/item/门球/30218",
        title="门球",
        record_title="门球_知源百科",
        date=None,
        notes="encyclopaedia template: a _site suffix; an info box, a 目录 list, 编辑/收藏 buttons; years inside sentences are no date; 词条统计 with a last-edit stamp",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>门球_知源百科</title></head><body>
<div class="topbar">⟦m 知源百科⟧ ⟦a 登录　注册⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　收藏　分享⟧</div>
<div class="catalog">⟦l 目录　1 起源　2 场地与器材　3 比赛方法⟧</div>
{BODY}
<div class="stat">⟦m 词条统计：浏览次数 36827　编辑次数 14　最近更新：雁南飞（2024-10-03）⟧</div>
<div class="foot">⟦d 知源百科内容由网友共同编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
门球是一种在平地或草坪上用木槌击打球穿过铁门的室外球类运动，因简便易学、运动量适中，在中老年人中十分流行。
起源
门球由槌球演变而来，二十世纪四十年代在日本定型，八十年代初传入我国后迅速普及。
场地与器材
标准场地为长二十米至二十五米、宽十五米至二十米的长方形，场内设三个球门和一根终点柱。
比赛方法
比赛分红、白两队，每队五人，每人一球，按顺序击球，在规定时间内得分多的一队获胜。
""",
    ),
    dict(
        slug="netdisk-xunhe-safety-pledge-blanks",
        site="云存盘 (invented)",
        style="网盘分享",
        genre="责任书",
        kind="template",
        form="text",
        source="https://pan.yuncunpan.example.com/s/1xQm7GateB",
        title="门球比赛安全责任书",
        record_title="门球比赛安全责任书.docx",
        date=None,
        notes="cloud-drive share: file-name title; a template pledge with blanks and a 年　月　日 line kept; share expiry and save-to-drive buttons; no date",
        page="""
!m 云存盘 | 文件分享
!t 门球比赛安全责任书.docx
!m 分享者：浔河老体协　　分享时间：2025-04-02 09:13　　有效期：永久
!a 保存到我的网盘　　下载（28KB）
{BODY}
!d 请勿分享违法违规内容，如发现请举报
!a 登录后可在线编辑此文档
""",
        body="""
为确保浔河镇第五届老年人门球比赛安全有序进行，经赛事组委会与参赛队协商，签订本责任书。
一、参赛队员须身体健康，年满七十五周岁的队员须提供近期体检证明。
二、参赛队应指定一名安全员，负责本队队员的安全提醒和突发情况报告。
三、比赛期间遇雷雨天气，听从裁判长指挥，立即停止比赛并有序撤离。
参赛队（盖章）：____________
领队签字：________
年　月　日
""",
    ),
    dict(
        slug="snapshot-dushan-invitational-news-html",
        site="渡山县融媒体中心（搜索快照） (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.soukan.example.com/c?m=9f65cb4a&u=http%3A%2F%2Fwww.dsrmt.example.cn%2Fxw%2F2025%2F1021%2F3370.html",
        title="渡山县第六届老年人门球邀请赛开赛",
        record_title="渡山县第六届老年人门球邀请赛开赛",
        date="2025-10-21",
        notes="search snapshot frame: the cache header with its snapshot time (no date) and highlight note; the original page's 发布时间 is the date; the original's nav and footer inside",
        page="""
<html><head><meta charset="utf-8"><title>渡山县第六届老年人门球邀请赛开赛</title></head><body>
<div class="snaphead">⟦d 这是 http://www.dsrmt.example.cn/xw/2025/1021/3370.html 的快照，是网页在 2025年11月2日 的存档。当前页面可能已经更改。⟧<br>⟦a 查看当前页面⟧　⟦m 以下关键词已高亮：门球 邀请赛⟧</div>
<hr>
<div class="orig">
<div class="hd">⟦m 渡山县融媒体中心⟧ ⟦l 首页 本地新闻 视频 专题 爆料⟧</div>
<h2>{T}</h2>
<div class="by">⟦m 发布时间：2025年10月21日　来源：渡山融媒　通讯员：祝恒⟧</div>
{BODY}
<div class="ed">⟦m 编辑：麦琳　审核：房卓⟧</div>
<div class="ft">⟦m 渡山县融媒体中心版权所有　新闻热线：0736-4120110⟧</div>
</div></body></html>
""",
        body="""
10月20日，渡山县第六届老年人门球邀请赛在县老年活动中心门球场开赛，来自周边四个县的二十支代表队参赛。
本届邀请赛采用分组循环和淘汰赛相结合的赛制，比赛为期三天。
参赛选手中年龄最大的八十六岁，最小的也已六十一岁，场上你来我往，精彩不断。
县老年人体育协会负责人介绍，全县目前有门球场十四片，经常参加门球活动的老年人近千人。
""",
    ),
    dict(
        slug="print-chengxi-court-repair-request-html",
        site="沅坊县老干部局（打印页） (invented)",
        style="打印页",
        genre="请示",
        kind="request",
        form="html",
        source="http://lgbj.yuanfang.example.gov.cn/print.jsp?id=20250611077",
        title="关于修缮城西老干部门球场的请示",
        record_title="打印 - 关于修缮城西老干部门球场的请示",
        date="2025-06-09",
        notes="print view: 打印 - prefix; print buttons and a print stamp (no date) at the top and the page URL at the bottom; the 请示's own 联系人/电话 and its 抄送/印发 版记 kept; a cost table",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于修缮城西老干部门球场的请示</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印】　【关闭】⟧</div>
<div class="stamp">⟦m 打印时间：2025-06-12 15:40:22⟧</div>
<h3>{T}</h3>
<p>沅老干〔2025〕9号</p>
{BODY}
<div class="url">⟦m 本页地址：http://lgbj.yuanfang.example.gov.cn/zwgk/2025/0611/077.html⟧</div>
</body></html>
""",
        body="""
县人民政府：
城西老干部门球场建于2008年，场地人工草皮老化破损，围网锈蚀，雨天积水严重，存在安全隐患。为保障离退休干部健身安全，拟对该门球场进行修缮。
修缮项目　预算（万元）
更换人工草皮　9.6
更换围网及立柱　3.2
修建排水沟　1.8
合计　14.6
以上经费拟从县老干部活动经费中列支，妥否，请批示。
联系人：温若兰　联系电话：0739-8206615
沅坊县委老干部局
2025年6月9日
抄送：县财政局。
沅坊县委老干部局办公室　2025年6月9日印发
""",
    ),
    dict(
        slug="mail-nanxiang-referee-training-fwd",
        site="南湘市老年人体育协会邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:xiehui@nanxiang-lntx.example.org",
        title="关于举办全市门球裁判员培训班的函",
        record_title="Fw: 关于举办全市门球裁判员培训班的函",
        date="2025-08-05",
        date_also=["2025-08-07"],
        notes="a forwarded mail: Fw: in the subject; 发件人/收件人/发送时间 headers and the forwarder's note as chrome, the mail's 附件 header (chrome) beside the letter's own 附件 line; the letter's date expected, the send date accepted",
        page="""
!m 发件人：县老体协秘书处 <lntx_office@example.org>
!m 发送时间：2025年8月7日（星期四） 上午9:26
!m 收件人：各乡镇老体协
!t Fw: 关于举办全市门球裁判员培训班的函
!m 附件：裁判员培训班回执.xlsx (16KB)
!w 各位：市里的培训通知转给大家，请各乡镇8月15日前报名。——秘书处 小任
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由企业邮箱发出，如非本人收件请删除
""",
        body="""
各县（市、区）老年人体育协会：
为提高门球裁判员执裁水平，市老年人体育协会定于8月25日至8月27日在市全民健身中心举办门球裁判员培训班。
一、每个县（市、区）推荐学员三至五名，须具有一定的门球比赛经验。
二、培训结束后进行理论和实践考核，合格者颁发三级裁判员证书。
三、请于8月18日前将回执发送至协会邮箱，联系人：邵国华，电话：0731-5526603。
附件：培训班回执
南湘市老年人体育协会
2025年8月5日
""",
    ),
    dict(
        slug="gov-caotang-court-subsidy-table-html",
        site="曹塘县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.caotang.example.gov.cn/zwgk/zfxxgk/2025/0418/13372.html",
        title="关于下达2025年农村门球场建设补助资金的通知",
        record_title="关于下达2025年农村门球场建设补助资金的通知",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="modern county portal: an 索引号 table (meta), 长辈版/无障碍 links, a QR share; a subsidy table kept; the document number neutral; 成文日期 under the signature differs from the 发布日期 in the index table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于下达2025年农村门球场建设补助资金的通知_曹塘县人民政府</title></head><body>
<div class="top">⟦m 曹塘县人民政府⟧ <span>⟦a 长辈版　无障碍　简/繁⟧</span></div>
<div class="menu">⟦l 首页 | 政务公开 | 政务服务 | 互动交流 | 走进曹塘⟧</div>
<table class="index"><tr><td>⟦m 索引号：11431128MB1827C/2025-00418⟧</td><td>⟦m 发布机构：县体育事业发展中心⟧</td></tr>
<tr><td>⟦m 发布日期：2025-04-18⟧</td><td>⟦m 主题分类：文化、体育⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">曹体发〔2025〕5号</p>
{BODY}
<div class="share">⟦l 扫一扫在手机打开当前页⟧</div>
<div class="foot">⟦m 主办：曹塘县人民政府办公室　网站标识码：4311280007　湘公网安备43112802000611号⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府：
根据全县全民健身设施建设计划，现将2025年农村门球场建设补助资金下达给你们，请专款专用。
乡镇　建设数量（片）　补助资金（万元）
沙洲镇　2　8
桐坪乡　1　4
枫林镇　1　4
各乡镇要于10月底前完成建设任务，并将验收情况报县体育事业发展中心。
曹塘县体育事业发展中心
2025年4月16日
""",
    ),
    dict(
        slug="news-tangyuan-village-team-text",
        site="棠原晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tangyuanwb.example.com/shehui/20250912/48170.shtml",
        title="七旬老人办起村门球队",
        record_title="七旬老人办起村门球队_社会_棠原晚报网",
        date="2025-09-12",
        notes="news portal text: channel and site suffix; the byline 发布时间 is the date; a photo credit on a line of its own between paragraphs and a 责任编辑 glued to the last paragraph; a news-tip line",
        page="""
!m 棠原晚报网　　社会频道
!t 七旬老人办起村门球队_社会_棠原晚报网
!m 2025-09-12 07:30:15　发布时间　来源：棠原晚报
{BODY}
!w 新闻爆料请拨打：0717-6111866　或发送邮件至 baoliao@tywb.example.com
!l 热门：秋季开学季交通提示　棠原至宜州高速全线贯通
""",
        body="""
在棠原市棠溪镇小坡村，七十二岁的退休教师龚振邦自掏腰包平整出一片空地，办起了村里的第一支门球队。
“刚开始只有四个人，现在已经有十八个队员了。”龚振邦笑着说。
⟦m 棠原晚报记者 项安 摄⟧
每天傍晚，球场上都很热闹，不少外出打工的年轻人回村，也会陪老人打上几局。
镇文化站负责人表示，将协调资金为球场安装照明灯，让老人们晚上也能打球。⟦m 责任编辑：吕嫣⟧
""",
    ),
    dict(
        slug="fanwen-qiaotou-election-speech-date-under-title",
        site="文秘之家范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.wenmizhijia.example.net/jianghua/20250315/77021.html",
        title="在桥头镇老年人门球协会换届大会上的讲话",
        record_title="在桥头镇老年人门球协会换届大会上的讲话_文秘之家范文网",
        date="2025-03-15",
        notes="范文 site: site suffix; speaker line and date under the title neutral, the date expected; a member paywall glued after a sentence; a ghost-writer line and a 'more speeches' list",
        page="""
!m 文秘之家范文网 — 公文写作好帮手
!m 首页 > 讲话稿 > 换届讲话
!t 在桥头镇老年人门球协会换届大会上的讲话_文秘之家范文网
镇党委委员、宣传委员　阮明
（2025年3月15日）
{BODY}
!w 原创讲话稿定制，48小时交稿，联系客服微信：wmzj-xiezuo
!l 更多换届讲话：村委会换届选举讲话　老年大学开学典礼讲话
""",
        body="""
各位老同志：
今天，镇老年人门球协会召开换届大会，选举产生了新一届理事会。我代表镇党委、镇政府，向新当选的理事会成员表示祝贺！
过去四年，协会组织老同志开展门球活动，参加县级比赛多次获奖，丰富了老年人的晚年生活。⟦a 开通会员后可阅读全文并下载Word⟧
希望新一届理事会继续发挥好桥梁纽带作用，把更多老年人吸引到健身活动中来。
镇里将继续支持协会工作，今年计划在敬老院旁新建一片门球场。
""",
    ),
    dict(
        slug="wenku-heyan-survey-pdf-wrapped-markers",
        site="学海文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.xuehaiwenku.example.com/p-90321877.html",
        title="关于农村老年人门球运动开展情况的调研报告",
        record_title="关于农村老年人门球运动开展情况的调研报告.pdf",
        date="2024-11-20",
        notes="文库 preview of a PDF: hard-wrapped at 62 columns and cut by >>n<< markers between lines; a file-name title; 成文日期 in Chinese numerals; a preview-end prompt and an upload notice",
        wrap=62,
        pages=dict(fmt=">>{n}<<", every=100, start=2),
        page="""
!m 学海文库　首页 > 社会调查 > 调研报告
!t 关于农村老年人门球运动开展情况的调研报告.pdf
!m 共4页　|　1.3万次阅读　|　上传于 2024-12-01
{BODY}
!a 预览已结束，完整版需付费下载（￥6.8）
!d 文档内容由上传者提供，学海文库仅提供信息存储空间服务
""",
        body="""
为了解全县农村老年人门球运动开展情况，县老年人体育协会于今年九月至十月，对禾堰、柳沟、石门三个乡镇进行了调研。
调研发现，三个乡镇共有门球场九片，其中标准场地四片，经常参加门球活动的老年人约三百人，大多数为退休教师和村干部。
存在的主要问题：一是场地分布不均，边远村组老年人参加活动不便；二是缺乏专业指导，规则掌握不够；三是活动经费主要靠队员自筹。
建议将门球场纳入村级综合服务设施统一规划，每年举办一次乡镇门球联赛。
碣阳县老年人体育协会
二〇二四年十一月二十日
""",
    ),
    dict(
        slug="forum-yinxing-learning-at-seventy-junk",
        site="夕阳红老年论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="post",
        form="text",
        source="http://www.xiyanghong-bbs.example.com/viewthread.php?tid=90217",
        title="七十岁学打门球，我的三点感受",
        record_title="七十岁学打门球，我的三点感受 - 健身天地 - 夕阳红老年论坛",
        date="2025-02-26",
        notes="a seniors' forum post with junk lines and junk glued after 。; the 发表于 is the date; a 本帖被置顶 notice; a reply quote and a level line",
        junk=dict(lines=2, glued=1),
        page="""
!m 夕阳红老年论坛 » 健身天地
!d 本帖已被版主置顶
!m 银杏树下　（论坛元老　积分 3261）
!m 发表于 2025-2-26 16:48　|　只看楼主
{BODY}
!l 引用 老马识途 的回复：写得实在，明年我也去学
!l 回复　|　加分　|　举报　|　顶部
""",
        body="""
去年秋天退休办的老同事拉我去打门球，我起初不太愿意，觉得这是老头老太太的游戏，没想到一打就上了瘾。
第一点感受是，门球很费脑子。每一杆都要算好角度和力度，还要看对方的球在哪里。
第二点感受是，运动量刚刚好，一场下来走上三四千步，出点小汗，腿脚却不累。
第三点感受是，交了一帮新朋友，大家打完球一起聊天，比一个人在家看电视强多了。
""",
    ),
]
