"""holdout29, part F: a musical-instrument donation letter in a webmail print, a blind-massage
centre's summary on a paid preview, a fishing-port notice, a stone-park bid result, a petrol-station
manager's report on a 范文 site, a time-honoured-brands survey on a free preview, a square-dance
complaint thread, a pastry chef's blog, a termite Q&A, a forwarded request on a bird trail, a choir
account's concert notice and a county news portal. All invented."""

CASES = [
    dict(
        slug="webmail-instrument-donation-letter-print-html",
        site="荇州民族乐器厂企业邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xzyueqi.example.com/print?mid=ZL2025041109",
        title="关于向县少年儿童艺术学校捐赠民族乐器的函",
        record_title="关于向县少年儿童艺术学校捐赠民族乐器的函",
        date="2025-04-10",
        date_also=["2025-04-11"],
        notes="webmail print view: From/To/Date header table, the mail's attachment line, a print footer; the letter's own contact line and an instrument table kept; letter date expected, mail date accepted",
        page="""
<html><head><meta charset="utf-8"><title>邮件打印 - 荇州民族乐器厂企业邮箱</title></head><body onload="window.print()">
<div class="logo">⟦m 荇州民族乐器厂企业邮箱⟧</div>
<table class="hdr">
<tr><td>⟦m 主题：关于向县少年儿童艺术学校捐赠民族乐器的函⟧</td></tr>
<tr><td>⟦m 发件人：厂办 &lt;changban@xzyueqi.example.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：艺术学校办公室 &lt;office@xzsyx.example.cn&gt;⟧</td></tr>
<tr><td>⟦m 发送时间：2025年4月11日 9:07⟧</td></tr>
<tr><td>⟦a 附件：捐赠清单.pdf (86KB)⟧</td></tr>
</table>
<div class="mailbody">
{BODY}
</div>
<div class="pf">⟦p ── 第 1 页 / 共 1 页 ──⟧</div>
</body></html>
""",
        body="""
荇州县少年儿童艺术学校：
为支持民族音乐教育事业，我厂决定向贵校捐赠一批民族乐器，具体如下：
乐器名称　数量　备注
二胡　20把　含琴盒
琵琶　10把　含琴盒
竹笛　30支　C调、D调各半
我厂将于4月下旬派专人将乐器送至贵校，并为师生进行乐器保养讲解。
联系人：厂办 滕佳，电话：0765-3306682。
荇州民族乐器厂
2025年4月10日
""",
    ),
    dict(
        slug="wenku-blind-massage-summary-paid-preview-html",
        site="知页文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.zhiyewk.example.com/d/4419027.html",
        title="县盲人按摩指导中心2024年工作总结",
        record_title="县盲人按摩指导中心2024年工作总结 - 知页文库",
        date="2024-12-30",
        notes="paid 文库 preview: page markers ⟅n⟆ as HTML paragraphs cutting sentences, a preview-end bar, price and download buttons, upload notice and related docs",
        pages=dict(fmt="⟅{n}⟆", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>县盲人按摩指导中心2024年工作总结 - 知页文库</title></head><body>
<div class="hd">⟦m 知页文库⟧ ⟦a 登录 / 注册⟧ ⟦a 开通知页VIP⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 4页 · 上传于 2025-01-02 · 1,380人阅读 · 92人下载⟧</div>
<div class="doc">
{BODY}
</div>
<div class="end">⟦a 试看已结束，支付￥3.90即可下载完整文档⟧</div>
<div class="btns">⟦a 立即下载 · 加入文件夹 · 分享文档⟧</div>
<div class="up">⟦d 本文档由知页用户上传，知页文库仅提供信息存储空间服务。⟧</div>
<div class="rel">⟦l 相关推荐：残疾人就业服务中心工作总结｜盲人医疗按摩所管理制度⟧</div>
</body></html>
""",
        body="""
2024年，县盲人按摩指导中心在县残联的领导下，围绕促进盲人就业这一中心任务，较好地完成了全年目标。
一、开展技能培训。举办盲人保健按摩初级班两期、中级班一期，培训盲人学员五十二名，四十七人取得职业技能等级证书。
二、扶持开办按摩店。协助十一名盲人申请创业补贴，新开办盲人按摩店九家，全县盲人按摩店达到三十四家。
三、开展进社区服务。组织盲人按摩师到社区、敬老院开展义诊二十场，服务群众一千八百余人次。
2025年，中心将争取建设盲人按摩实训基地，推动盲人按摩规范化、品牌化发展。
县盲人按摩指导中心
2024年12月30日
""",
    ),
    dict(
        slug="qa-termite-prevention-new-house-relative",
        site="家装问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.jiazhuangwenda.example.com/ask/552018.html",
        title="新房装修前要不要做白蚁预防？",
        record_title="新房装修前要不要做白蚁预防？ - 家装问答网",
        date=None,
        notes="Q&A: the answerer's card with 回答于 2天前 (a relative time, no date), an adopted-answer badge, a consult-a-designer prompt, related questions; numbered list kept",
        page="""
!m 家装问答网 › 装修问答 › 防虫防潮
!t 新房装修前要不要做白蚁预防？ - 家装问答网
!m 3个回答 · 1,766次浏览
!m ✔ 已采纳　白蚁防治所技术员 | 回答于 2天前
{BODY}
!a 这个回答对你有帮助吗？ 有帮助(41) 没帮助(2)
!w 免费获取3份装修设计方案 →
!l 相关问题：木地板下面要不要铺防虫膜？
""",
        body="""
南方地区的新房，装修前建议做白蚁预防，尤其是一楼、靠近绿化带和使用大量木制品的房子。
具体可以这样做：
1.装修前请有资质的白蚁防治单位对地面、墙角和门窗框进行药物处理。
2.木地板、木门框等木制品尽量选用经过防虫处理的材料。
3.装修垃圾和废木料要及时清运，不要堆放在室内或院子里。
4.每年四到六月白蚁分飞季节，注意观察室内是否有飞蚁，发现后及时联系防治单位。
""",
    ),
    dict(
        slug="tender-stone-park-bid-result-candidates",
        site="笏山县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://ggzy.hushan.example.gov.cn/jsgc/zbhxrgs/20250818/3502.html",
        title="笏山县石材产业园区道路改造工程中标候选人公示",
        record_title=None,
        date="2025-08-18",
        notes="no record title (the title on the page is not marked); bid candidates table kept; the tenderee's and agency's contacts kept next to a 'platform help' line; objection sentence kept",
        page="""
!m 笏山县公共资源交易中心
!m 首页 > 交易信息 > 建设工程 > 中标候选人公示
笏山县石材产业园区道路改造工程中标候选人公示
!m 发布时间：2025-08-18 17:02　浏览：133
{BODY}
!w 平台操作问题请咨询在线客服（工作日 8:30-17:30）
!l 【相关公告】笏山县石材产业园区道路改造工程招标公告
!m 闽ICP备12007731号　技术支持：海峡数字交易科技
""",
        body="""
笏山县石材产业园区道路改造工程一标段于2025年8月15日开标，经评标委员会评审，现将中标候选人公示如下：
排序　中标候选人　投标报价　工期
第一名　闽川路桥建设有限公司　1196.38万元　180日历天
第二名　笏江市政工程有限公司　1208.71万元　180日历天
第三名　永宏建设集团有限公司　1221.05万元　175日历天
公示期为2025年8月19日至8月21日。投标人对评标结果有异议的，应当在公示期内向招标人提出。
招标人：笏山县石材产业园区管理委员会　联系电话：0591-6209115
招标代理机构：闽泰工程咨询有限公司　联系电话：0591-6231870
""",
    ),
    dict(
        slug="fanwen-petrol-manager-report-copy-locks",
        site="文秘帮范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenmibang.example.com/shuzhi/2025/12033.html",
        title="加油站站长个人述职报告",
        record_title="加油站站长个人述职报告（精编版）_文秘帮",
        date=None,
        notes="范文 site: crumb, a view-count line without a date, copy-lock prompts glued after sentences, a membership prompt, a 'more like this' list; no date (none in the text)",
        indent="\u3000\u3000",
        page="""
!m 文秘帮 — 文秘人员的好帮手
!m 首页 ›› 述职报告 ›› 个人述职
!t 加油站站长个人述职报告（精编版）
!m 字数：约700字　人气：3492
{BODY}
!a ——〖VIP会员可免费下载完整版Word〗——
!l 同类范文推荐：便利店店长述职报告 ▪ 油库主任述职报告 ▪ 安全员述职报告
!d 文秘帮所有范文仅供参考，请勿直接照搬使用。
""",
        body="""
各位领导、同事们：
我自去年担任加油站站长以来，在公司领导的关心和同事们的支持下，认真履行职责，现将一年来的工作述职如下。
一、抓好安全管理。坚持每日班前安全检查，组织员工开展消防演练十二次，全年未发生安全事故。⟦a 复制受限：请登录后复制⟧
二、提升经营业绩。全站全年销售成品油八千六百吨，同比增长百分之六；便利店非油品销售额同比增长百分之十五。
三、加强队伍建设。开展岗位练兵和服务礼仪培训，两名员工在公司技能比武中获奖。
四、存在的不足。创新营销手段不多，对周边客户的开发不够。
今后，我将扬长补短，带领全站员工再创佳绩。
述职人：×××
""",
    ),
    dict(
        slug="wenku-laozihao-survey-wrapped-glued-markers",
        site="学海文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.xuehaiwk.example.com/view/a8f31c77.html",
        title="关于我县老字号企业发展情况的调研报告",
        record_title="关于我县老字号企业发展情况的调研报告.wps",
        date="2025-03-18",
        notes="free 文库 preview: text hard-wrapped at 58 columns and cut by glued page markers ⦗n⦘; a free-read note, an upload notice; date under the signature",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="⦗{n}⦘", every=140, start=2, glue=True),
        page="""
!m 学海文库 — 免费文档分享平台
!t 关于我县老字号企业发展情况的调研报告.wps
!m 贡献者上传于2025-03-20 · 5页 · 免费
!d 声明：本文档由用户上传，学海文库不拥有其所有权。
{BODY}
!a 下载文档　|　收藏　|　纠错
!l 相关文档：老字号保护与发展三年行动计划
""",
        body="""
为了解我县老字号企业发展现状，县商务局会同县市场监管局，于今年2月对全县十三家老字号企业进行了调研。现将有关情况报告如下。
一、基本情况。全县现有省级老字号三家、市级老字号十家，涵盖酱菜、糕点、中药、铁器等行业，年营业收入合计约二亿一千万元。
二、存在的问题。一是经营理念较为保守，品牌宣传不足；二是传统技艺后继乏人，部分企业掌握核心技艺的师傅年龄已超过六十岁；三是门店租金上涨，经营成本压力较大。
三、对策建议。建议设立老字号发展专项资金，支持老字号企业开设线上店铺，建立技艺传承人培养制度。
县商务局调研组
2025年3月18日
""",
    ),
    dict(
        slug="forum-square-dance-noise-reply-thread",
        site="蔺溪生活论坛 (invented)",
        style="论坛",
        genre="回复",
        kind="other",
        form="text",
        source="https://bbs.linxilife.example.com/t/70331.html",
        title="滨江公园广场舞太吵，晚上十点还在跳，有人管吗？",
        record_title="【已回复】滨江公园广场舞太吵，晚上十点还在跳，有人管吗？",
        date="2025-06-09",
        notes="a county life forum's 问政 thread: the citizen's post (neutral) above an official reply block, floor numbers, a 'help push' row, junk-free; the reply's date under the signature",
        page="""
!m 蔺溪生活论坛 » 问政蔺溪
!t 【已回复】滨江公园广场舞太吵，晚上十点还在跳，有人管吗？
!m 1楼　网友“江边住户”　2025-06-05 22:14
滨江公园每天晚上广场舞音响开得特别大，十点多还在跳，家里老人孩子都睡不好，希望有关部门管一管。
!m 2楼　【官方回复】蔺溪县城市管理局　2025-06-09 16:30
{BODY}
!l 顶(32)　踩(1)　| 帮TA顶上去
!l 上一帖：城东菜市场改造什么时候完工？
""",
        body="""
网友您好：
收到您反映的问题后，我局会同滨江街道办事处和县广场舞协会进行了现场调查，情况属实。
我局已约谈相关广场舞队负责人，要求其晚上活动不得超过21时，音响音量控制在六十分贝以内，并在公园设置了噪声显示屏。
下一步，城管执法队员将在晚间加强巡查，如再有类似情况，欢迎随时拨打城管热线0596-8869315反映。
感谢您对城市管理工作的关心和支持！
蔺溪县城市管理局
2025年6月9日
""",
    ),
    dict(
        slug="blog-pastry-chef-training-notes-relative-time",
        site="糖霜小筑（博客）(invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://tangshuang.example-blog.cn/p/peixun-xinde",
        title="参加烘焙协会技能培训的几点心得",
        record_title="参加烘焙协会技能培训的几点心得",
        date=None,
        notes="a pastry chef's blog: a post line with a relative time (三天前, no date), a like/reward row, tags, a 'comments closed' line and a link list; a sentence telling readers to 关注 the association kept",
        gap=True,
        page="""
!m 糖霜小筑 · 甜品师阿糖的日常
!m 发布于 三天前 · 阅读 221 · 喜欢 18
{T}
{BODY}
!a ♥ 喜欢　☕ 赞赏　↗ 分享
!l #烘焙 #培训 #甜品师
!l 评论已关闭
!l 友情链接：面粉与时光 | 小烤箱日记
""",
        body="""
上个月，我参加了墉城市焙烤食品行业协会组织的裱花技能提升培训，收获很大。
第一，基本功最重要。老师让我们每天练习挤花三个小时，一开始手腕酸得抬不起来，但一周后明显稳了很多。
第二，要懂原料。同样是淡奶油，乳脂含量不同，打发程度和口感都不一样，以前我总凭感觉，现在知道要看配料表。
第三，食品安全不能马虎。培训专门讲了原料储存和操作卫生，这些在日常工作中很容易被忽视。
想提升技术的同行，可以关注协会的公众号，他们每季度都会发布培训通知。
""",
    ),
    dict(
        slug="mail-bird-trail-request-reply-chain",
        site="溱江县林业局政务邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://zwyx.qinjiang.example.gov.cn/inbox/20251010-1522",
        title="关于候鸟迁徙季临时封闭观鸟步道的请示",
        record_title="回复：转发：关于候鸟迁徙季临时封闭观鸟步道的请示",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="a mail reply chain: the reply's own lines (neutral), quoted headers of the forwarded mail, a mail-client signature and a 'sent from my phone' line; the request's own contact kept; document date expected",
        page="""
!m 主题：回复：转发：关于候鸟迁徙季临时封闭观鸟步道的请示
!m 发件人：局办公室　时间：2025-10-10 15:22
收到，已呈局长阅示，意见随后反馈。
!m > ------------------ 原始邮件 ------------------
!m > 发件人：芦荡湾候鸟保护站 <ldw_bhz@example.cn>
!m > 发送时间：2025年10月9日(星期四) 下午4:48
!m > 主题：关于候鸟迁徙季临时封闭观鸟步道的请示
{BODY}
!m —— 溱江县林业局政务邮箱 ——
!a 发自我的手机邮箱客户端
""",
        body="""
县林业局：
每年10月至次年3月是候鸟迁徙越冬的高峰期。近年来，随着观鸟游客增多，部分游客进入湿地核心区拍摄，惊扰鸟群，个别游客还使用无人机近距离拍摄。
为保护候鸟栖息环境，我站拟于2025年10月15日至2026年3月15日临时封闭湿地核心区观鸟步道二号、三号段，游客可在一号段观鸟台观鸟。
封闭期间，我站将在步道入口设置告示牌，安排巡护员值守。
妥否，请批示。
联系人：葛志明，电话：0574-8730126。
芦荡湾候鸟保护站
2025年10月9日
""",
    ),
    dict(
        slug="wechat-choir-new-year-concert-oneline",
        site="璞城合唱团公众号文章 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.example-reader.com/a/pucheng_hechang/1225",
        title="璞城县合唱团2026新年音乐会观演须知",
        record_title="璞城县合唱团2026新年音乐会观演须知",
        date="2025-12-25",
        notes="a reader app's copy of an account article on one line (paragraphs apart only by their indent); account line with the date; 'collected into album' and 在看 rows; a 扫码领票 sentence kept",
        oneline=True,
        indent="\u3000\u3000",
        page="""
{T}
!m 璞城县合唱团　2025-12-25 20:00　发表于璞城
!l 收录于合集 #音乐会 5个
{BODY}
!l 👆 分享　收藏　点赞　在看
!m 文字：合唱团办公室　排版：小乐
""",
        body="""
2026新年音乐会将于2025年12月31日19时30分在璞城县大剧院举行，现将观演须知告知如下。
一、本场音乐会免费观看，观众请扫描海报上的二维码领取电子票，每人限领两张。
二、请观众提前三十分钟凭电子票入场，一米二以下儿童谢绝入场。
三、演出期间请将手机调至静音，请勿拍照录像，请勿随意走动。
祝大家新年快乐！
""",
    ),
    dict(
        slug="news-county-portal-bird-trail-closure-byline",
        site="溱江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qjnews.example.cn/2025/10/16/art_7710_331207.html",
        title="芦荡湾湿地观鸟步道部分路段临时封闭",
        record_title="芦荡湾湿地观鸟步道部分路段临时封闭_溱江新闻网",
        date="2025-10-16",
        notes="county news portal: a channel line, a byline with 发布时间 (the date), a font-size row, an 'app exclusive' prompt glued after a sentence and a video-link line between paragraphs; correspondent line kept in the text",
        indent="\u3000\u3000",
        page="""
!m 溱江新闻网 | 溱江县融媒体中心
!m 首页 > 本地新闻 > 社会
!t 芦荡湾湿地观鸟步道部分路段临时封闭_溱江新闻网
!m 发布时间：2025-10-16 11:08　来源：溱江融媒　作者：庞欣然
!a 字体：T| T　分享到：
{BODY}
!m 编审：程嘉树
!l 24小时热文：县城至芦荡湾公交专线10月20日开通
""",
        body="""
记者从县林业局获悉，经县林业局批准，芦荡湾湿地观鸟步道二号、三号段于10月15日起临时封闭，封闭至2026年3月15日。
据介绍，芦荡湾湿地每年有五万余只候鸟在此越冬。近年来观鸟游客逐年增多，部分游客进入核心区拍摄，对鸟群造成干扰。⟦a 打开溱江融媒APP看现场视频⟧
⟦l ▶ 视频：无人机带你俯瞰芦荡湾（时长02:16）⟧
封闭期间，游客可在一号段观鸟台观鸟，保护站在观鸟台配备了望远镜，供游客免费使用。
保护站提醒，湿地内禁止使用无人机，禁止投喂鸟类，请游客文明观鸟。
""",
    ),
    dict(
        slug="gov-fishing-port-closed-season-notice-wrapped",
        site="墉城市渔港管理所 (invented)",
        style="问答社区",
        genre="通告",
        kind="notice",
        form="text",
        source="https://ask.haibinwenda.example.com/q/200188.html",
        title="墉城市渔港管理所关于伏季休渔期间渔港管理的通告",
        record_title="伏季休渔期间渔船能不能进出港？有没有官方通告？ - 海滨问答",
        title_also=["伏季休渔期间渔船能不能进出港？有没有官方通告？"],
        date="2025-04-25",
        notes="a coastal Q&A: the answerer pastes the fishing-port office's notice (hard-wrapped at 64 columns); the question as the record title; 回答于 with an hour-old relative time; the notice's own 举报电话 kept",
        wrap=64,
        indent="\u3000\u3000",
        page="""
!m 海滨问答 › 渔业 › 休渔
!t 伏季休渔期间渔船能不能进出港？有没有官方通告？
!m 网友“渔二代”的回答 · 回答于 1小时前 · 被采纳
给你贴一下渔港管理所今年的通告原文：
墉城市渔港管理所关于伏季休渔期间渔港管理的通告
{BODY}
!a 赞 15 ｜ 踩 0 ｜ 举报
!l 更多问题：休渔期能不能钓鱼？
""",
        body="""
根据国家伏季休渔制度有关规定，为做好2025年伏季休渔期间渔港管理工作，现通告如下：
一、休渔时间为2025年5月1日12时至9月16日12时。休渔渔船应在休渔开始前回港停泊，并按指定区域集中停靠。
二、休渔期间，渔船进出港须向渔港管理所报告，未经批准不得擅自离港。
三、严禁在渔港内违规装卸、销售渔获物，严禁在港区内燃放烟花爆竹和违规动火作业。
四、对违反本通告的，依法予以处罚。举报电话：0533-2276110。
墉城市渔港管理所
2025年4月25日
""",
    ),
]
