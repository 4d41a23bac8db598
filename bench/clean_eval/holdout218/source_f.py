"""holdout218, part F: an exam forum, encyclopaedia and Q&A pages, cloud-drive shares, search
snapshots, print views and forwarded mail. Every case written by hand; invented places, people,
sites and chrome wording."""

CASES = [
    dict(
        slug="gkforum-lijian-interview-step-faking-junk",
        site="砺剑公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.lijiangk.net/forum/t/66120",
        title="单位健步走比赛有同事用摇步器刷步数，你怎么看",
        record_title="【面试真题作答】单位健步走比赛有同事用摇步器刷步数，你怎么看 - 结构化专区 - 砺剑公考社区",
        date=None,
        notes="exam forum text with junk lines and junk glued after 。; a reply-to-see line and a course ad; a structured-interview answer with no date ('前天' is no date)",
        page="""
!m 砺剑公考社区 » 结构化专区
!t 【面试真题作答】单位健步走比赛有同事用摇步器刷步数，你怎么看
!m 楼主 上岸小分队　前天 22:05　浏览 1674
{BODY}
!a 回复本帖可查看考官点评
!w 面试封闭班报名中，咨询微信 lijian_ms2026
!l 下一帖：领导让你负责单位运动会，你怎么组织
""",
        junk=dict(lines=2, glued=3),
        body="""
我说说我的看法，请大家指正。
单位组织健步走比赛，本意是鼓励大家锻炼身体、增强凝聚力。个别同事把手机或计步器放在摇步器上刷步数，看起来只是“小聪明”，实际上背离了活动初衷，对认真走路的同事也不公平。
如果我是活动组织者，我会这样做：
第一，完善规则。在比赛规则中明确刷步数取消成绩，同时设置步数合理上限，对异常数据进行核查。
第二，做好引导。通过工作群分享健步走的好处，组织集体健步，让大家在一起走的过程中体会运动的乐趣，而不是只盯着排名。
第三，改进评比方式。除了比步数，还可以评选坚持天数、团队参与率，淡化单纯的步数竞争。
作为普通参与者，我会从自己做起，踏踏实实走好每一步。
""",
    ),
    dict(
        slug="wiki-wanxiang-pedometer-entry-infobox",
        site="万象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wanxiangbk.com/item/计步器/55213",
        title="计步器",
        record_title="计步器（运动计量器具）_万象百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences; the entry name opens the body (matched as head); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>计步器（运动计量器具）_万象百科</title></head>
<body>
<div class="top">⟦m 万象百科⟧ ⟦m 万物有源　一查便知⟧ <a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 编辑本词条 ｜ 词条讨论 ｜ 修订记录⟧</div>
<h1>{T}</h1>
<p class="sub">⟦m 运动计量器具⟧</p>
<div class="infobox"><table>
<tr><td>⟦m 中文名　计步器⟧</td></tr>
<tr><td>⟦m 外文名　pedometer⟧</td></tr>
<tr><td>⟦m 类　别　运动计量器具⟧</td></tr></table></div>
<div class="toc">⟦l 目录　1 工作原理　2 发展历史　3 使用注意⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《运动健康器材手册》，晅州科技出版社⟧</p></div>
<div class="foot">⟦d 词条内容由用户共同编辑，仅供参考，如需专业意见请咨询相关人士。⟧ ⟦m 万象百科 ©2025⟧</div>
<script src="/static/lemma.js"></script>
</body></html>
""",
        body="""
计步器是一种记录行走步数的小型计量器具，常佩戴在腰间、手腕或放在衣袋中，多用于日常健身和康复训练。
工作原理
早期的机械式计步器内部装有一个摆锤，人每走一步，摆锤上下摆动一次，带动齿轮计数。现代电子计步器多采用加速度传感器，通过识别人体行走时的周期性震动来计算步数。⟦m [1]⟧
发展历史
机械式计步器在二十世纪六十年代开始流行，八十年代后电子计步器逐渐普及。如今，智能手机和智能手表大多也内置了计步功能。
使用注意
计步器应佩戴在身体中线附近，夹腰式最好夹在裤腰正前方。乘车、骑车时的颠簸可能被误计为步数，使用前可先走一百步校对一次。⟦m [2]⟧
""",
    ),
    dict(
        slug="wiki-wanxiang-qa-copier-black-line",
        site="万象百科·问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.wanxiangbk.com/q/1188207",
        title="复印件上总有一道黑线是怎么回事？",
        record_title="复印件上总有一道黑线是怎么回事？ ⟿ 万象百科·问答",
        date=None,
        notes="encyclopaedia Q&A text: the question as the title, an expert badge, a 'recommended by the editors' line, a numbered answer; no date",
        page="""
!m 万象百科·问答　首页 ＞ 电脑数码 ＞ 办公设备
!t 复印件上总有一道黑线是怎么回事？
!m 已解决　　2.7万人看过
!m 认证专家　办公设备工程师 汤立群　的回答
{BODY}
!l 👍 有帮助 412　　评论 18
!l 本回答由万象百科编辑团队推荐
!l 相关问题：复印机复印出来发灰怎么办？｜复印机显示墨粉不足怎么处理？
""",
        body="""
复印件上出现一道或几道固定位置的黑线，大多不是机器坏了，常见原因有三个：
1. 稿台玻璃或输稿器扫描窄玻璃脏了。用输稿器复印时最常见，窄玻璃上沾了一点修正液、胶水或灰尘，扫出来就是一条贯穿全页的黑线。用软布蘸酒精擦干净即可。
2. 感光鼓有划伤。如果不管用输稿器还是平板复印都有黑线，而且位置不变，可能是感光鼓表面被订书钉划伤了，需要更换感光鼓。
3. 充电辊或清洁刮板脏污。这种情况黑线往往比较淡、边缘模糊，需要专业人员清洁或更换。
建议先从最简单的擦玻璃做起，大部分情况都能解决。
""",
    ),
    dict(
        slug="netdisk-lanyun-aircon-plantroom-inspection-pdf-markers",
        site="岚云网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.lanyunpan.com/s/7fQ2kLm9",
        title="中央空调机房日常巡检作业指导书",
        record_title="中央空调机房日常巡检作业指导书.pdf",
        date=None,
        notes="cloud-drive preview cut by marker paragraphs ⍛ n ⍛, VIP prompts and a share stamp ('9 天前' is no date); decimal headings 1.1–2.3; a work instruction without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>中央空调机房日常巡检作业指导书.pdf_免费高速下载|岚云网盘</title></head>
<body>
<div class="hd">⟦m 岚云网盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="share-info">
<h2>⟦t 中央空调机房日常巡检作业指导书.pdf⟧</h2>
<p>⟦m 分享者：昶水物业工程部　分享于 9 天前　有效期：永久⟧</p>
<p>⟦a 保存到我的网盘　｜　普通下载　｜　超级会员极速下载⟧</p></div>
<div class="pdf-view">
<div class="pdf-line">{T}</div>
{BODY}
</div>
<div class="vip">⟦a 非会员仅可预览前3页，开通超级会员畅享全部预览⟧</div>
<div class="ft">⟦d 请勿通过网盘传播违法违规内容，发现请举报⟧ ⟦m © 岚云网盘⟧</div>
<script src="//static.lanyunpan.com/js/preview.js"></script>
</body></html>
""",
        p_html='<div class="pdf-line">{}</div>',
        pages=dict(fmt="⍛ {n} ⍛", every=90, start=2),
        body="""
1 巡检要求
1.1 值班人员每两小时对机房巡检一次，按巡检路线逐项检查，并在巡检记录表上如实填写。
1.2 巡检时必须两人同行，佩戴绝缘手套和安全帽，严禁单人进入配电柜区域。
2 巡检内容
2.1 冷水机组：检查运行电流、蒸发压力、冷凝压力是否在正常范围，有无异常声响和振动。
2.2 水泵：检查轴承温度是否超过70摄氏度，机械密封有无漏水。
2.3 冷却塔：检查布水是否均匀，风机运转是否平稳，塔内有无杂物堵塞。
3 异常处置
巡检中发现参数异常或设备故障，应立即报告工程部主管，必要时按操作规程停机，严禁带病运行。
""",
    ),
    dict(
        slug="netdisk-kuaipan-tv-donation-host-script-wps",
        site="快传盘 (invented cloud drive)",
        style="网盘分享",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.kuaichuanpan.cn/f/Tq81xZ",
        title="“看得见的温暖”电视机进敬老院捐赠仪式主持词",
        record_title="“看得见的温暖”电视机进敬老院捐赠仪式主持词.wps",
        date=None,
        notes="cloud-drive text share: file name, size and expiry above, a save/download row and a VIP line below; a host script with no date",
        page="""
!m 快传盘 · 文件分享
!m 文件：“看得见的温暖”电视机进敬老院捐赠仪式主持词.wps　　22.6 KB
!m 分享时间：昨天 18:40　　链接有效期：7天
!a 保存到快传盘　　直接下载　　在线预览
{BODY}
!a 开通快传会员，下载速度提升10倍
!d 快传盘仅提供文件存储服务，文件内容由分享者负责。
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位爷爷奶奶，大家上午好！
金秋送爽，情暖夕阳。今天，我们在晔坪镇敬老院举行“看得见的温暖”电视机捐赠仪式。首先，请允许我介绍出席今天仪式的领导和嘉宾……
下面，请爱心企业晶映电子代表致辞，大家欢迎！
感谢企业代表的真诚致辞。接下来，请镇民政办主任宣读捐赠清单：本次共捐赠43英寸电视机20台，覆盖敬老院全部房间。
下面，请敬老院老人代表谷大爷发言。
谢谢谷大爷！现在，请领导和企业代表为电视机揭牌，请志愿者为老人们调试好第一个频道。
各位来宾，捐赠仪式到此结束。让我们一起陪老人们看一场戏曲节目，谢谢大家！
""",
    ),
    dict(
        slug="snapshot-miying-school-phone-watch-notice",
        site="觅影快照 of 晔坪镇中心小学 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.miying.cn/c?u=yepingxx.cn/tzgg/0902.html&t=1760511208",
        title="关于规范学生在校期间使用电话手表的通知",
        record_title="【历史页面】关于规范学生在校期间使用电话手表的通知 - 晔坪镇中心小学 - 觅影快照",
        date="2025-09-01",
        date_also=["2025-09-02"],
        notes="search-cache frame: a capture banner and highlighted keywords above the school's own page; the school office's phone beside the contact in the body; the signature date expected, the school page's posting date also accepted; the capture time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【历史页面】关于规范学生在校期间使用电话手表的通知 - 晔坪镇中心小学 - 觅影快照</title></head>
<body>
<div class="cache-bar">⟦d 您查看的是觅影保存的网页副本，抓取于2025年10月15日 14:53，原网页可能已变动，点此访问原始页面⟧</div>
<div class="cache-kw">⟦d 已为您标出检索词：<b>电话手表</b> <b>学生</b> <b>通知</b>⟧</div>
<div class="orig">
<div class="school">⟦m 晔坪镇中心小学⟧ ⟦m 校园首页 | 学校概况 | 通知公告 | 家校共育⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布日期：2025-09-02　发布者：政教处⟧</p>
<div class="txt">
{BODY}
</div>
<div class="s-foot">⟦m 学校办公室：0745-6330021　地址：晔坪镇文昌路2号⟧</div>
</div>
<script src="http://cache.miying.cn/js/hl.js"></script>
</body></html>
""",
        body="""
各位家长：
新学期开始，不少孩子佩戴电话手表上学。电话手表方便家长和孩子联系，但上课时响铃、拍照、聊天等情况也影响了课堂秩序。经学校研究，现就有关要求通知如下：
一、学生进校后须将电话手表调至静音模式，上课期间不得使用通话、拍照、聊天、游戏功能。
二、有特殊情况需要联系孩子的，请拨打班主任电话或学校值班电话，由老师转告。
三、违反规定的，由班主任暂时保管手表，放学时交还家长。
四、请家长关闭手表中的支付、交友等功能，教育孩子正确使用。
联系人：政教处 庞思雨，电话：0745-6330158。
晔坪镇中心小学
2025年9月1日
""",
    ),
    dict(
        slug="snapshot-textonly-copier-purchase-request",
        site="纯文本网页快照 of 暄湖县自然资源局 (invented)",
        style="搜索快照",
        genre="请示",
        kind="request",
        form="text",
        source="http://txtcache.souyi.cn/s?k=xhzrzy-qs-0415",
        title="关于购置多功能复印机的请示",
        record_title="〔纯文本快照〕关于购置多功能复印机的请示",
        date="2025-04-15",
        notes="a text-only cache: a banner with the capture time (no date), the original address; a request with 联系人/电话 beside the portal's hotline line left in the cache; the signature date",
        page="""
!d 【文本快照】本页为纯文本版本，抓取时间 2025-08-30 03:17，图片与样式均已省略
!m 原网址：http://www.xuanhu.gov.cn/zrzy/gkml/2025/0415/qs08.html
!m 暄湖县自然资源局 > 信息公开 > 请示报告
{T}
暄自然资〔2025〕21号
{BODY}
!m 政务服务热线：0737-12345
!m 暄湖县自然资源局版权所有
""",
        body="""
县财政局：
我局现有复印机3台，均为2014年购置，已使用超过十年，近一年累计报修27次，复印效果差，经常卡纸，无法满足不动产登记、档案查询等业务的复印需求。
为保障窗口业务正常开展，我局拟购置多功能复印机2台，具备复印、打印、扫描功能，预算金额共计4.6万元，从我局2025年办公设备购置预算中列支，按规定通过政府采购方式购买。旧设备按程序报废处置。
妥否，请批示。
暄湖县自然资源局
2025年4月15日
联系人：詹晓梅，电话：0737-8226051。
""",
    ),
    dict(
        slug="print-yeping-pedometer-elderly-notice-window-print",
        site="晔坪镇人民政府 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yeping.gov.cn/tzgg/2025/1009/print_338.html",
        title="关于为全镇80岁以上老人发放健康计步器的通知",
        record_title="［打印友好版］关于为全镇80岁以上老人发放健康计步器的通知 · 晔坪镇人民政府",
        date="2025-10-09",
        notes="a print view calling window.print(): a print-time line, a print/close row and a print footer ⎎ 第1页／共1页 ⎎; 扫码登记 as content; the signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>［打印友好版］关于为全镇80岁以上老人发放健康计步器的通知 · 晔坪镇人民政府</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a 🖨 立即打印　　✕ 关闭本窗口⟧</div>
<div class="ph">⟦m 晔坪镇人民政府　www.yeping.gov.cn⟧</div>
<div class="pt">⟦m 打印时间：2025/10/12 09:26⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ⎎ 第1页／共1页 ⎎⟧</div>
<script>function closeWin(){window.opener=null;window.close();}</script>
</body></html>
""",
        body="""
各村（社区）：
为关爱高龄老人健康，鼓励老人适度活动，镇政府决定为全镇80周岁以上老人每人免费发放一台健康计步器。现将有关事项通知如下：
一、发放对象：户籍在本镇、截至2025年10月1日年满80周岁的老人，共计612人。
二、发放方式：各村（社区）于10月20日前到镇民政办领取，由村（社区）干部或网格员送到老人家中，并教会老人和家属使用。
三、登记要求：送达时请老人或家属签字确认，网格员扫码登记发放信息，镇民政办每周汇总一次。
四、各村（社区）要结合发放工作，了解老人身体状况，对行动不便的老人做好走访关爱。
晔坪镇人民政府
2025年10月9日
""",
    ),
    dict(
        slug="print-market-tv-energy-label-spot-check-footer",
        site="晷川县市场监督管理局 print page (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.guichuan.gov.cn/tzgg/2025/0820/print.jsp?id=4417",
        title="关于部分商场销售电视机能效标识抽查情况的通报",
        record_title="关于部分商场销售电视机能效标识抽查情况的通报〔可打印版〕",
        date="2025-08-20",
        notes="a print page: the bureau's name and address line at the top, a print time (no date), a spot-check table, an 抄送 line, and a print footer 第 1 页 ⯂ 共 1 页",
        page="""
!m 晷川县市场监督管理局
!m 打印日期：2025-08-22 15:08　　本页地址：scjg.guichuan.gov.cn/tzgg/2025/0820/4417.html
{T}
{BODY}
!p 第 1 页 ⯂ 共 1 页
""",
        body="""
各市场监管所，各家电经营单位：
7月下旬，我局对县城4家商场销售的电视机能效标识情况进行了抽查，共抽查电视机42台，发现能效标识不规范的9台。抽查情况如下：
商场　抽查台数　不规范台数　主要问题
恒源百货　12　3　未加贴能效标识
鑫达家电城　14　4　标识信息与产品不符
晷川商厦　8　2　使用旧版标识
其他商场未发现问题
对发现问题的商场，我局已责令其立即整改，并将依法作出处理。各家电经营单位要对照《能源效率标识管理办法》开展自查，确保在售电视机能效标识规范、清晰。
晷川县市场监督管理局
2025年8月20日
抄送：县发改局，县商务局。
""",
    ),
    dict(
        slug="webmail-copier-lease-renewal-letter-attachment-bar",
        site="晅州政务邮箱 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xuanzhou.gov.cn/webmail/read?mid=ZL2025121110348",
        title="关于复印机租赁合同到期续签事宜的函",
        record_title="转发：关于复印机租赁合同到期续签事宜的函.docx",
        date="2025-12-10",
        date_also=["2025-12-11"],
        notes="webmail reading view: forwarded header lines, an attachment bar beside the letter's own 附件 list, the sender's and the letter's contacts; the letter's date expected, the mail date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于复印机租赁合同到期续签事宜的函.docx - 晅州政务邮箱</title></head>
<body>
<div class="mbar">⟦m 晅州政务邮箱⟧ ⟦m 收件箱(37)　草稿箱　已发送　通讯录⟧</div>
<div class="ops">⟦a 回复　回复全部　转发　删除　标记为未读　更多⟧</div>
<div class="hdr">
<p>⟦m 主题：转发：关于复印机租赁合同到期续签事宜的函.docx⟧</p>
<p>⟦m 发件人：晗江区机关事务中心 &lt;hjjgsw@xuanzhou.gov.cn&gt;⟧</p>
<p>⟦m 时间：2025年12月11日（星期四）上午10:34⟧</p>
<p>⟦m 收件人：晅州市鑫印办公设备有限公司⟧</p></div>
<div class="fwd">⟦m -------- 转发的邮件 --------⟧</div>
<div class="mail-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="attach">⟦a 📎 附件 2 个：续签意向回执.docx (18K) 复印机使用情况统计表.xlsx (24K)　全部下载　预览⟧</div>
<div class="mfoot">⟦d 本邮件仅限收件人使用，如误收请立即删除⟧</div>
<script src="/webmail/js/reader.js"></script>
</body></html>
""",
        body="""
晅州市鑫印办公设备有限公司：
我中心与贵公司签订的复印机租赁合同（合同编号HJJG-2023-017）将于2025年12月31日到期。合同期内，贵公司提供的5台多功能复印机运行总体正常，维修响应及时。
经研究，我中心拟与贵公司续签租赁合同两年，租赁台数调整为4台，其余条款在原合同基础上协商确定。请贵公司于12月20日前填写续签意向回执并回复我中心。
附件：1.续签意向回执
2.复印机使用情况统计表
联系人：柯文涛，电话：0731-8541276，邮箱：hjjgsw@xuanzhou.gov.cn。
晗江区机关事务中心
2025年12月10日
""",
    ),
    dict(
        slug="mail-fwd-sports-meet-watch-loan-letter-cc",
        site="forwarded mail, 旸湾镇中学 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:ywzx-tyz@163.com?fwd=20251010",
        title="关于商借运动会计时手表的函",
        record_title="Fwd: 〔烦请协助〕关于商借运动会计时手表的函",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="a mail forwarded as text: header lines with their own 抄送 beside the letter's own 抄送 line, a mail-client signature; the letter's date expected, the forward date also accepted",
        page="""
!m -------- 转发的邮件信息 --------
!m 发件人："旸湾镇中学体育组" <ywzx-tyz@163.com>
!m 发送日期：2025年10月10日 周五 08:12
!m 收件人："旸湾镇中心小学" <ywxx-office@163.com>
!m 抄送："旸湾镇中学办公室" <ywzx-bgs@163.com>
!m 主题：〔烦请协助〕关于商借运动会计时手表的函
{T}
{BODY}
!m 发自我的手机邮箱
""",
        body="""
旸湾镇中心小学：
我校定于10月17日至18日举行第二十三届秋季田径运动会。因学校现有计时手表多已损坏，为保证径赛项目计时准确，特商借贵校计时手表10块，借用时间为10月16日至10月19日。
我校将指定专人负责领取、保管和归还，如有损坏照价赔偿。恳请贵校予以支持。
联系人：体育组 邓涛，电话：139 0745 3362。
旸湾镇中学
2025年10月9日
抄送：旸湾镇中心学校
""",
    ),
]
