"""holdout148, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (two each). Invented text."""

CASES = [
    dict(
        slug="gkforum-shangan-clay-pot-research-material",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://bbs.shanganba.example.com/thread-771024-1-1.html",
        title="关于陶乡砂锅产业转型升级的调研报告",
        record_title="[申论素材] 关于陶乡砂锅产业转型升级的调研报告（附金句摘抄）- 申论交流区 - 上岸吧",
        date="2025-03-10",
        date_also=["2025-05-06"],
        notes="exam forum: poster's aside before the text, reply-to-view prompt, rank badge; report date differs from post date (also accepted); data table kept",
        page="""
!m 上岸吧公考论坛 » 申论交流区 » 帖子详情
!m 楼主　晨读不迟到　｜　上岸等级：Lv.6 备考达人　｜　发表于 2025-5-6 06:52
分享一篇县里的调研报告，写法很规范，可以当大作文素材：
{T}
{BODY}
!a 回复本帖可下载金句摘抄PDF
!l 1#　青山不改：感谢楼主，收藏了
!l 2#　一次上岸：今年省考真题就考了特色产业
!d 论坛资料由考友分享，仅供备考交流。
""",
        body="""
陶乡镇制作砂锅已有六百多年历史，目前全镇有砂锅生产企业和作坊八十七家，从业人员二千三百余人。近期，县政研室组成调研组对砂锅产业进行了专题调研。
一、产业现状
全镇砂锅年产量约一千二百万件，产值三亿元，产品以中低端炖锅为主。主要指标如下：
指标　2022年　2024年
产量（万件）　1350　1200
产值（亿元）　3.2　3.0
二、主要问题
一是产品同质化严重，价格竞争激烈；二是窑炉以传统燃煤窑为主，环保压力大；三是年轻人不愿入行，传统技艺面临断档。
三、对策建议
推进燃煤窑改电窑、气窑，支持企业开发文创砂锅和高端炊具，依托非遗工坊开展学徒培养，用“老手艺”讲好“新故事”。
县委政研室调研组
2025年3月10日
""",
    ),
    dict(
        slug="gkforum-yilu-lotus-lantern-pledge-html",
        site="一路公考社区 (invented)",
        style="公考论坛",
        genre="表态发言",
        kind="speech",
        form="html",
        source="https://www.yilugk.example.com/post/30551",
        title="在莲花灯会安保工作动员会上的表态发言",
        record_title="[面试素材] 在莲花灯会安保工作动员会上的表态发言 - 一路公考社区",
        date=None,
        notes="exam forum HTML: speaker line neutral, no date (a relative 昨天 post time); material tags, floor replies; the pledge's three points kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[面试素材] 在莲花灯会安保工作动员会上的表态发言 - 一路公考社区</title></head>
<body>
<div class="hd">⟦m 一路公考社区　一路同行，一起上岸⟧ ⟦a 发帖 签到 消息⟧</div>
<div class="crumb">⟦m 社区首页 › 面试专区 › 素材分享⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 发帖人：阿岚上岸记　昨天 22:14　浏览 1.1万⟧</div>
<div class="post">
<p>新录用公务员代表　江小满</p>
{BODY}
</div>
<div class="tags">⟦l #表态发言 #结构化面试 #基层工作⟧</div>
<div class="reply">⟦l 回复（58）：“三个坚决”这个结构太好用了⟧</div>
<div class="ft">⟦m 一路公考社区 © 2025 京ICP备23006612号⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、同事们：
作为刚刚走上工作岗位的新录用公务员，能够参加今年莲花灯会的安保工作，我感到十分荣幸，也深感责任重大。在此，我代表新录用的同志作如下表态：
一是坚决服从指挥。严格按照安保方案要求，守好岗、站好位，做到令行禁止。
二是坚决守住底线。在人流密集区域加强巡查，及时发现和报告安全隐患，确保不发生拥挤踩踏事故。
三是坚决热情服务。主动为群众指路、帮助走失老人儿童寻找家人，展现新时代公务员的良好形象。
请领导放心，我们一定以饱满的热情完成任务！
""",
    ),
    dict(
        slug="wiki-baike-invitation-entry-cinnabar-placeholder",
        site="百科通 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.baiketong.example.com/item/邀请函/2206715",
        title="邀请函",
        record_title="邀请函_百科通",
        date=None,
        notes="encyclopaedia entry on one line of body text; example invitation with a 20××年×月×日 placeholder (no date); edit links and contributors line",
        indent="",
        oneline=True,
        page="""
!m 百科通 — 人人可编辑的百科全书
!a 编辑　讨论　收藏　上传视频
{T}
!m 本词条由“公文写作”专家团队审核　浏览次数：31万　最近更新：3天前
{BODY}
!l 词条标签：公文 文书 社交礼仪
!l 参考资料：[1] 常用应用文写作教程
!d 百科通词条内容由网友共同编辑，如需专业意见请咨询相关人士。
""",
        body="""
邀请函是机关、团体、企事业单位邀请有关人员出席会议、参加活动时使用的书信。
邀请函一般由标题、称谓、正文、落款和日期组成，正文应写明活动的目的、时间、地点和需要被邀请人准备的事项。
例如，某地质博物馆举办辰砂矿物标本特展时，可写作：“兹定于20××年×月×日在本馆二楼特展厅举办辰砂矿物标本特展开幕式，敬请光临。”
写作邀请函应当语气热情、用词谦敬，篇幅不宜过长。
""",
    ),
    dict(
        slug="wiki-wenda-wheelbarrow-safety-rules-html",
        site="百问堂 (invented)",
        style="百科问答",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.baiwentang.example.com/ask/662910.html",
        title="工地独轮车运输安全管理规定",
        record_title="工地独轮车运输安全管理规定怎么写？ - 百问堂",
        date="2025-04-03",
        notes="Q&A-encyclopaedia: a question as the record title; the answer's sample rules (articles speaking of 扫码 and 打印) kept; 回答于 as page date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>工地独轮车运输安全管理规定怎么写？ - 百问堂</title></head>
<body>
<div class="hd">⟦m 百问堂　百问百答 有问必答⟧</div>
<div class="q">⟦m 工地独轮车运输安全管理规定怎么写？⟧</div>
<div class="qmeta">⟦m 提问者：项目安全员小郑　悬赏 30 积分⟧</div>
<div class="a">
<div class="badge">⟦m 优质回答⟧</div>
<p>可以参考下面这个：</p>
<h3>{T}</h3>
{BODY}
<div class="time">⟦m 回答于 2025-04-03⟧</div>
<div class="ops">⟦l 赞(214)　踩　评论　举报⟧</div>
</div>
<div class="side">⟦l 相关问答：工地手推车检查表？　施工现场物料搬运规定？⟧</div>
<div class="ft">⟦d 本站回答来自网友，请谨慎采纳⟧</div>
</body></html>
""",
        body="""
第一条　为加强施工现场独轮车运输安全管理，防止物体打击和人员摔伤事故，制定本规定。
第二条　独轮车每日使用前应检查车轮、车把和车斗，发现破损立即停用维修。
第三条　独轮车装载砂石、砖块等物料不得超过车斗边沿，坡道运输时应有专人配合。
第四条　作业人员上岗前须扫码完成班前安全教育，项目安全员每周打印培训记录存档备查。
第五条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="netdisk-qianyun-galangal-subsidy-markers",
        site="千云网盘 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://pan.qianyun.example.com/s/1xGh7Kz3",
        title="关于下达2025年高良姜种植补贴资金的通知",
        record_title="关于下达2025年高良姜种植补贴资金的通知.pdf",
        date="2025-05-20",
        notes="cloud-drive preview: file-name title; share stamp (not a date); page markers ⌜n⌟ on their own lines cutting sentences; save-to-drive buttons",
        pages=dict(fmt="⌜{n}⌟", every=140, start=2),
        page="""
!m 千云网盘 | 文件分享
!m 分享者：县农业站小何　分享于 2025-06-01 10:12　有效期：永久
!a 保存到我的网盘　下载（1.2M）　举报
{T}
{BODY}
!a 非会员下载速度受限，开通超级会员极速下载
!d 请勿分享违法违规文件，千云网盘将依法配合有关部门处理。
""",
        body="""
各镇人民政府，县财政局：
根据《良溪县高良姜产业发展扶持办法》，经核实，2025年全县新植高良姜面积一万二千六百亩，现将种植补贴资金三百七十八万元下达给你们，请按照每亩三百元的标准及时兑付到户。
各镇要在兑付前将补贴名单在村务公开栏公示七天，公示无异议后通过“一卡通”发放，严禁截留、挪用。
联系人：何晓华　电话：0759-4872116
县农业农村局
2025年5月20日
""",
    ),
    dict(
        slug="netdisk-yunxia-bergamot-training-plan-html",
        site="云匣分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://share.yunxia.example.net/f/9Qw2bR",
        title="香柠檬精油车间新员工安全培训计划",
        record_title=None,
        date="2025-03-03",
        notes="share page: file list, preview toolbar, no record title (file preview heading); course table kept; date in the document",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>云匣分享 - 文件预览</title>
<script>var shareId="9Qw2bR";</script></head>
<body>
<div class="hd">⟦m 云匣分享　安全 快速 的文件分享⟧</div>
<div class="file">⟦m 香柠檬精油车间新员工安全培训计划.docx　32.6KB　2025-03-04 分享⟧</div>
<div class="tb">⟦a 下载　转存　全屏预览⟧</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="more">⟦l 该用户的其他分享：车间消防演练方案.docx　精油灌装操作规程.pdf⟧</div>
<div class="ft">⟦d 云匣不对用户分享的内容承担责任⟧</div>
</body></html>
""",
        body="""
为使新入职员工掌握香柠檬精油生产的安全知识和操作技能，车间制定本培训计划。
一、培训对象：2025年第一季度新入职的车间员工共十四人。
二、培训安排：
课程　学时　授课人
精油蒸馏工艺与安全要点　4　车间主任
易燃液体储存与防火　3　安全员
劳动防护用品使用　1　班组长
三、考核：培训结束后进行闭卷考试，八十分以上为合格，不合格者不得上岗。
精油车间
2025年3月3日
""",
    ),
    dict(
        slug="snapshot-souyi-cat-cradle-kindergarten-letter",
        site="搜易网页快照 (invented)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://cache.souyi.example.com/c?m=7f1a9e&u=http://www.xiaoshuye.example.cn/jyzc/113.html",
        title="“翻花绳”亲子游戏周致家长的一封信",
        record_title="“翻花绳”亲子游戏周致家长的一封信 - 小树叶幼儿园",
        date="2025-10-17",
        notes="search snapshot: cache banner with crawl time (not a date), highlight note; hard-wrapped at 70 columns; 回执 kept; Chinese numeral date",
        wrap=70,
        indent="　　",
        page="""
!m 这是 http://www.xiaoshuye.example.cn/jyzc/113.html 在 2025年10月20日 06:14 的快照。
!m 搜易网页快照仅供参考，页面可能已更新。　高亮关键词：翻花绳
!m 小树叶幼儿园 > 家园共育
{T}
{BODY}
!m 小树叶幼儿园 地址：云溪区幸福路5号
""",
        body="""
亲爱的家长朋友：
翻花绳是一项流传久远的民间游戏，一根绳子在手指间翻出“面条”“降落伞”“五角星”，能很好地锻炼孩子的手指灵活性和专注力。
本园定于10月20日至24日开展“翻花绳”亲子游戏周，请家长每晚陪孩子玩十分钟翻花绳，并在记录卡上画出孩子学会的花样。
10月24日下午，各班将举行翻花绳亲子小比赛，欢迎家长来园参加，请在回执上填写是否参加。
小树叶幼儿园
二〇二五年十月十七日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-scallion-pancake-training-html",
        site="快照中心 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://kz.kuaizhao.example.net/?url=http%3A%2F%2Fwww.dongyuan-jd.example.gov.cn%2Ftz%2F2025%2F88.html",
        title="关于组织葱油饼等早餐摊点经营者参加食品安全培训的通知",
        record_title="关于组织葱油饼等早餐摊点经营者参加食品安全培训的通知_东园街道",
        date="2025-09-09",
        notes="snapshot frame around a street-office page: cache header with capture time, the page's own nav and footer inside; training timetable and the office's own 联系电话 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于组织葱油饼等早餐摊点经营者参加食品安全培训的通知_东园街道</title></head>
<body>
<div class="cache-bar">⟦m 快照中心：您查看的是本页面于 2025-09-15 03:47:22 保存的快照⟧ ⟦a 查看原网页　举报快照⟧</div>
<div class="orig">
<div class="hd">⟦m 东园街道办事处　服务为民 务实高效⟧</div>
<div class="nav">⟦m 首页 街道概况 政务公开 便民服务⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-09-09　来源：街道市场监管所⟧</div>
{BODY}
<div class="ft">⟦m 东园街道办事处　地址：东园路166号⟧</div>
</div>
</body></html>
""",
        body="""
辖区各早餐摊点经营者：
为提升早餐摊点食品安全水平，街道联合区市场监管局定于9月下旬组织葱油饼、煎包、豆浆等早餐摊点经营者开展食品安全培训。
培训安排如下：
场次　时间　地点
第一场　9月23日14:30　街道市民学校
第二场　9月25日14:30　街道市民学校
培训内容包括食用油使用与更换、食品原料贮存、经营场所卫生等。请各经营者携带食品小摊贩登记卡参加培训。
联系电话：021-57311206（街道市场监管所）
东园街道办事处
2025年9月9日
""",
    ),
    dict(
        slug="print-niurou-jerky-quality-report",
        site="塞北牛肉干食品公司 打印页 (invented)",
        style="打印页",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.saibeijerky.example.com/print.php?id=412",
        title="2025年第二季度产品质量分析报告",
        record_title="打印 - 2025年第二季度产品质量分析报告 - 塞北牛肉干",
        date="2025-07-05",
        notes="print view: print header with URL and print time, print footer '页码 1/1'; decimal headings and indicator table kept",
        page="""
!m 塞北牛肉干食品有限公司　http://www.saibeijerky.example.com/print.php?id=412
!m 打印时间：2025/7/21 15:08:44
{T}
{BODY}
!a [打印本页]　[关闭]
!p —— 页码 1/1 ——
""",
        body="""
1 总体情况
二季度公司共生产牛肉干、牛肉粒等产品三百八十六批次，出厂检验合格率100%，市场监督抽检四批次，均合格。
2 主要指标
指标　一季度　二季度
水分超标返工批次　3　1
包装漏气投诉（件）　12　5
3 问题分析
3.1 五月份连续阴雨，个别批次烘干时间不足，水分偏高，已调整烘房温湿度控制参数。
3.2 包装漏气主要集中在一台老旧封口机，已于六月更换。
4 下一步措施
三季度重点做好高温季节原料肉冷链管理，增加微生物指标检验频次。
质量管理部
2025年7月5日
""",
    ),
    dict(
        slug="print-fengxiang-bellows-exhibition-html",
        site="龙窑镇民俗器具馆 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.longyaomsg.example.cn/zhanlan/print/2025-09.html",
        title="“风箱声声——传统鼓风器具展”布展方案",
        record_title="〔打印稿〕“风箱声声——传统鼓风器具展”布展方案",
        date="2025-09-12",
        notes="print view HTML: print toolbar, URL and print stamp footer '第1页 共1页'; exhibit sections kept; decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印预览</title>
<style>@media print{.noprint{display:none}}</style>
<script>function doPrint(){window.print();}</script></head>
<body>
<div class="noprint">⟦a 打印　页面设置　关闭预览⟧</div>
<div class="ph">⟦m 龙窑镇民俗器具馆 · 展览资料⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m http://www.longyaomsg.example.cn/zhanlan/2025-09.html⟧</div>
<div class="pf">⟦p 第1页 共1页⟧　⟦m 打印于 2025-10-02 09:31⟧</div>
</body></html>
""",
        body="""
一、展览主题
以风箱为线索，展示从皮囊鼓风到木风箱、手摇鼓风机的演变，讲述铁匠铺、灶台和窑场里的鼓风故事。
二、展览分区
第一单元“皮囊与木扇”，展出复原皮囊鼓风器及古代冶铸图片；第二单元“推拉之间”，展出征集的木风箱二十三件；第三单元“摇出来的火”，展出手摇鼓风机和铁匠工具。
三、互动体验
在展厅出口设置风箱体验区，观众可亲手拉动风箱，观察炭火变化。
四、时间安排
9月下旬完成展品修复和展板制作，10月1日正式开展。
龙窑镇民俗器具馆
2025年9月12日
""",
    ),
    dict(
        slug="mail-fwd-rubber-boots-distribution",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://hongtai-mine.example.com/inbox/20251103-0931",
        title="关于发放冬季雨靴等劳动防护用品的通知",
        record_title="Fwd: 关于发放冬季雨靴等劳动防护用品的通知",
        date="2025-11-03",
        notes="forwarded mail: mail headers (发件人/收件人/时间) as meta, forwarder's note neutral; the notice's own 抄送 line and distribution table kept; mail footer and signature",
        page="""
!m 发件人：鸿泰矿业办公室 <office@hongtai-mine.example.com>
!m 发送时间：2025年11月3日 星期一 09:31
!m 收件人：各车间负责人
!m 主题：Fwd: 关于发放冬季雨靴等劳动防护用品的通知
各位，转发一下，请按表领取。
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除。
!m 鸿泰矿业办公室 | 电话 0349-6021180
""",
        body="""
各车间、班组：
入冬在即，为保障井下和露天作业人员安全，公司决定发放冬季劳动防护用品。发放标准如下：
品名　发放对象　数量
高筒雨靴　井下及露天作业人员　每人1双
防寒手套　全体一线员工　每人2副
请各车间于11月7日前到供应科仓库统一领取，并做好领用登记。
鸿泰矿业有限公司安全环保部
2025年11月3日
抄送：公司领导，工会。
""",
    ),
    dict(
        slug="mail-reply-mosquito-net-donation-request",
        site="公益机构邮件往来 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://lvyin-charity.example.org/sent/2025-0612",
        title="关于为山区寄宿学校捐赠蚊帐的请示",
        record_title="回复：Re: 关于为山区寄宿学校捐赠蚊帐的请示.docx",
        date="2025-06-12",
        date_also=["2025-06-13"],
        notes="reply chain: quoted earlier mail headers, the reply's own short text neutral above; attachment header of the mail vs the request's own 附件 line kept; mail send date differs (also accepted)",
        page="""
!m 发件人：绿荫公益 项目部 <xm@lvyin-charity.example.org>
!m 日期：2025-06-13 14:05
!m 主题：回复：Re: 关于为山区寄宿学校捐赠蚊帐的请示.docx
!m 附件：关于为山区寄宿学校捐赠蚊帐的请示.docx (24 KB)
秘书长：已按您的意见改好，正文如下，请审阅。
!m ------------------ 原始邮件 ------------------
!m 发件人："理事会秘书处"<msc@lvyin-charity.example.org>
!m 发送时间：2025年6月12日(星期四) 下午5:20
{BODY}
!m 在 2025-06-12 17:20，"理事会秘书处" 写道：
!m > 请把预算写细一些。
!d 本邮件由绿荫公益邮件系统发送
""",
        body="""
理事会：
今年5月，我会志愿者到白岩乡三所寄宿制小学回访时了解到，学生宿舍普遍没有蚊帐，夏季蚊虫叮咬严重，部分学生因此影响睡眠。
为改善学生住宿条件，项目部拟为三所学校捐赠蚊帐六百顶，每顶采购价三十五元，连同运费共计二万二千元，从“暖心助学”专项资金中列支。
妥否，请批示。
附件：三所学校寄宿生人数统计表
绿荫公益服务中心项目部
2025年6月12日
""",
    ),
]
