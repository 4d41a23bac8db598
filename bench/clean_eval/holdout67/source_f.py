"""holdout67, part F: watch and clock repairers (钟表修理). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="print-html-clock-repair-subsidy",
        site="箬城市商务局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://swj.ruocheng.example.gov.cn/print.jsp?id=44120",
        title="关于认定第三批便民维修服务网点（钟表修理）的通知",
        record_title="打印预览 - 关于认定第三批便民维修服务网点（钟表修理）的通知",
        date="2025-08-05",
        notes="HTML print view: print toolbar, URL line, print footer; list of repair points as table; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 关于认定第三批便民维修服务网点（钟表修理）的通知</title></head><body>
<div class="pbar">⟦a 打印　|　页面设置　|　关闭⟧</div>
<h2>{T}</h2>
<p>箬商〔2025〕72号</p>
{BODY}
<div class="purl">⟦m 本文地址：http://swj.ruocheng.example.gov.cn/tzgg/44120.html⟧</div>
<div class="pf">⟦p 第 1 页，共 1 页⟧</div>
</body></html>
""",
        body="""
各区商务主管部门：
经街道推荐、实地核查，现认定以下钟表修理店为第三批便民维修服务网点。
网点名称　地址
老许钟表修理　解放路菜市场东门
时光钟表维修部　河西街112号
各网点须公示服务项目和收费标准，不得随意加价。
箬城市商务局
2025年8月5日
""",
    ),
    dict(
        slug="mail-html-reply-clock-tower-repair",
        site="篙县政务邮箱网页版 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.gaoxian.example.gov.cn/read?mid=ZC202505120031",
        title="关于修复老街钟楼报时钟的复函",
        record_title="回复：Re: 关于修复老街钟楼报时钟的复函",
        date="2025-05-12",
        notes="webmail reply chain: header rows, quoted earlier mail as meta; document's 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>读信 - 篙县政务邮箱</title></head><body>
<div class="tb">⟦a 回复　回复全部　转发　删除　标记⟧</div>
<table class="hdr"><tr><td>⟦m 发件人：县住建局办公室⟧</td></tr><tr><td>⟦m 时间：2025年5月12日(星期一) 下午3:20⟧</td></tr><tr><td>⟦m 收件人：老街片区管委会⟧</td></tr></table>
<h3>⟦t 回复：Re: 关于修复老街钟楼报时钟的复函⟧</h3>
{BODY}
<div class="quote">⟦m ------------------ 原始邮件 ------------------⟧<br>⟦m 发件人：老街片区管委会 发送时间：2025年4月28日⟧</div>
<div class="ft">⟦d 政务邮箱仅用于工作，严禁传输涉密信息⟧</div>
</body></html>
""",
        body="""
老街片区管委会：
你委《关于修复老街钟楼报时钟的函》收悉。
经研究，同意将钟楼报时钟修复纳入今年历史建筑维护项目，由县住建局委托专业钟表修复单位实施。
修复工作计划于7月底前完成，期间钟楼周边设置围挡。
联系人：温建　电话：0591-6618823
篙县住房和城乡建设局
2025年5月12日
""",
    ),
    dict(
        slug="gov-wrapped-clock-trade-plan",
        site="筱原县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xiaoyuan.example.gov.cn/zwgk/ghjh/2025/0310/1202.html",
        title="筱原县传统修理行业扶持工作方案",
        record_title="筱原县传统修理行业扶持工作方案_筱原县人民政府",
        date="2025-03-10",
        notes="hard-wrapped at 58 columns; headings not joined; 印发 line",
        wrap=58,
        indent="\u3000\u3000",
        page="""
!m 筱原县人民政府　www.xiaoyuan.example.gov.cn
!m 首页 > 政务公开 > 规划计划
{T}
!m 信息来源：县商务局　发布时间：2025-03-10　【字体：大 中 小】
{BODY}
!a 【打印此页】　【关闭窗口】
!m 筱原县人民政府办公室主办　浙ICP备13029455号
""",
        body="""
为保护钟表修理、配钥匙、修鞋等传统修理行业，方便群众生活，制定本方案。
一、主要目标
到2026年底，全县每个社区至少有一处便民修理点，培育钟表修理等技艺传承人十名。
二、主要措施
对进入社区便民服务中心的修理摊点免收场地费，对带徒传艺的老师傅每年给予三千元补贴。
筱原县人民政府办公室　2025年3月10日印发
""",
    ),
    dict(
        slug="fanwen-oneline-watch-repairer-deeds",
        site="事迹材料网 (invented)",
        style="范文站",
        genre="事迹材料",
        kind="report",
        form="text",
        source="http://www.shijicl.example.com/geren/2025/9931.html",
        title="五十年坚守小小修表摊的老党员事迹材料",
        record_title="【精选】五十年坚守小小修表摊的老党员事迹材料（通用版）",
        date=None,
        notes="body on one line; title repeated glued before body; writing-service line; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 事迹材料网 — 个人事迹 | 先进事迹 | 典型材料
!t 【精选】五十年坚守小小修表摊的老党员事迹材料（通用版）
!m 时间：1小时前　栏目：个人事迹
{BODY}
!w 原创事迹材料代写，加微信 shiji_xz88 备注“事迹”
!l 上一篇：乡村医生先进事迹材料　下一篇：优秀网格员事迹材料
""",
        body="""
许长林同志今年七十六岁，是一名有着五十年党龄的老党员。
他在解放路菜市场门口摆修表摊整整五十年，修好的钟表不计其数。
对孤寡老人和环卫工人，他修表从不收钱，还常常自掏腰包垫付零件费。
他说，手艺是为大家服务的，只要还拿得动镊子，就一直修下去。
""",
    ),
    dict(
        slug="wenku-wrapped-markers-clock-museum-speech",
        site="时针文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wk.shizhen.example.com/d/99012.html",
        title="在箕水钟表博物馆开馆仪式上的致辞",
        record_title="在箕水钟表博物馆开馆仪式上的致辞.docx",
        date="2025-09-28",
        notes="wrapped at 64 columns and cut by page markers ⸦n⸧ mixed glue; date under the title in Chinese numerals",
        wrap=64,
        pages=dict(fmt="⸦{n}⸧", every=100, start=2, glue="mix"),
        page="""
!m 时针文库 / 讲话致辞 / 开幕致辞
!t 在箕水钟表博物馆开馆仪式上的致辞.docx
!a 免费预览前3页，剩余内容需下载查看
（二〇二五年九月二十八日）
{BODY}
!a 下载文档（8积分）　收藏　举报
!d 文档来源于用户上传，若侵犯您的权益请联系我们删除
""",
        body="""
各位嘉宾，朋友们：
今天，箕水钟表博物馆正式开馆了。这是我市第一座以钟表为主题的博物馆，馆内收藏各类钟表八百余件，其中最早的一件座钟制作于清代。
博物馆的藏品大多来自市民捐赠，许多老师傅还把自己用了几十年的修表工具捐了出来，让我们深受感动。
希望博物馆办成市民了解钟表文化、感受工匠精神的好去处。谢谢大家！
""",
    ),
    dict(
        slug="news-text-watch-repair-school-class",
        site="箜城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.kcwb.example.cn/shehui/20250416/118203.html",
        title="技工学校开出钟表维修班 二十名学员跟老师傅学手艺",
        record_title="技工学校开出钟表维修班 二十名学员跟老师傅学手艺_箜城晚报网",
        date="2025-04-16",
        notes="news text: dotted date byline, photo caption line between paragraphs, related list",
        page="""
!m 箜城晚报网　首页 | 社会 | 民生
!t 技工学校开出钟表维修班 二十名学员跟老师傅学手艺_箜城晚报网
!m 2025.04.16　箜城晚报　记者 汤晓
{BODY}
!m 【责任编辑：柴伟】
!l 推荐阅读：老城区修鞋摊搬进便民中心 | 箜城非遗工坊招募学徒
!d 箜城晚报网版权所有，未经书面授权禁止使用
""",
        body="""
4月15日，箜城技工学校首期钟表维修班开课，二十名学员跟着两位老师傅学习拆装机芯。
⟦m 学员在老师傅指导下练习拆装机芯。汤晓 摄⟧
据介绍，维修班学制一年，学员结业后可参加钟表维修工职业技能等级认定。
学校负责人说，这门手艺会的人越来越少，希望能为城市留下一批修表人。
""",
    ),
    dict(
        slug="mail-text-fwd-watch-repair-training",
        site="箬城人社局邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:zjk@rcrsj.example.gov.cn",
        title="关于开展钟表维修工职业技能等级认定的通知",
        record_title="Fw: 关于开展钟表维修工职业技能等级认定的通知.docx",
        date="2025-10-09",
        notes="forwarded mail with a file-name subject; own 附件 list and 联系电话; mail send date differs",
        date_also=["2025-10-10"],
        page="""
!m -----Original Message-----
!m From: 职业能力建设科 <zjk@rcrsj.example.gov.cn>
!m Sent: 2025年10月10日 10:02
!m To: 各技工院校教务处
!t Subject: Fw: 关于开展钟表维修工职业技能等级认定的通知.docx
{BODY}
!d 本邮件及附件仅限收件人使用
!m 箬城市人力资源和社会保障局 职业能力建设科
""",
        body="""
各技工院校、职业技能等级认定机构：
经研究，决定于11月组织开展钟表维修工职业技能等级认定，现将有关事项通知如下。
一、认定等级：五级至三级。
二、报名时间：10月15日至10月31日。
联系电话：0577-8891236
附件：1.报名汇总表
2.认定考核大纲
箬城市人力资源和社会保障局
2025年10月9日
""",
    ),
    dict(
        slug="print-text-watch-shop-service-rules",
        site="时光钟表店 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.sgzb.example.cn/print/rules.html",
        title="时光钟表维修部服务承诺",
        record_title="〔打印稿〕时光钟表维修部服务承诺",
        date=None,
        notes="print view: URL and print time, page footer; no date",
        page="""
!a 打印本页　　返回
!t 〔打印稿〕时光钟表维修部服务承诺
!m http://www.sgzb.example.cn/about/rules.html
{BODY}
!p —— 1 / 1 ——
!m 打印于 2025-11-02 14:31
""",
        body="""
一、维修前当面检查，说明故障原因和维修费用，顾客同意后再动工。
二、更换零件一律使用原厂或同等品质配件，旧零件交还顾客。
三、机械表保养后保修六个月，石英表换电池当场完成。
四、维修超过约定时间的，减免百分之二十维修费。
""",
    ),
    dict(
        slug="qa-text-grandfather-clock-repair",
        site="百事通问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://ask.baishitong.example.com/q/33017.html",
        title="老式座钟走几天就停，是什么原因？",
        record_title=None,
        date=None,
        notes="question as title; 回答于 relative; vote row; no date",
        page="""
!m 百事通问答 › 生活 › 家居维修
{T}
!m 提问者：木兰溪畔　浏览：880
!m 修表匠老许　回答于 3天前　|　采纳率 92%
{BODY}
!l 👍 赞同 56　💬 评论 4
!a 不满意？去追问
""",
        body="""
老式座钟走几天就停，多半是机芯缺油或发条没上足。
先检查钟摆是否挂正，钟身是否放平，摆动声音不均匀也会导致停摆。
如果都没问题，建议送到修表店清洗加油，一般一两年保养一次。
""",
    ),
    dict(
        slug="gov-html-clock-repair-stall-reply",
        site="箜城市城市管理局 (invented)",
        style="政府门户",
        genre="答复",
        kind="letter",
        form="html",
        source="http://cgj.kongcheng.example.gov.cn/hdjl/2025/0630/2281.html",
        title="关于保留解放路修表摊的留言答复",
        record_title="关于保留解放路修表摊的留言答复",
        date="2025-06-30",
        notes="government message board: question and reply; reply date the document's date; elder-mode row",
        page="""
<html><head><meta charset="utf-8"><title>关于保留解放路修表摊的留言答复_箜城市城市管理局</title></head><body>
<div class="hd">⟦m 箜城市城市管理局⟧ ⟦a 无障碍　关怀版⟧</div>
<div class="nv">⟦l 首页　政务公开　互动交流　办事服务⟧</div>
<div class="pos">⟦m 当前位置：互动交流 > 局长信箱⟧</div>
<h2>{T}</h2>
<table><tr><td>⟦m 留言人：市民　留言时间：2025-06-21⟧</td></tr></table>
{BODY}
<div class="cz">⟦a 【我要留言】【返回】⟧</div>
<div class="ft">⟦m 网站标识码3306020013　浙ICP备16001288号⟧</div>
</body></html>
""",
        body="""
市民您好：
您反映的解放路菜市场门口修表摊拆除问题，我局已进行调查。
经与街道协商，该修表摊将迁入菜市场东侧便民服务亭继续经营，不影响群众修表。
感谢您对城市管理工作的关心和支持。
箜城市城市管理局
2025年6月30日
""",
    ),
    dict(
        slug="fanwen-oldtable-html-watch-shop-summary",
        site="千篇范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.qianpianfw.example.com/zongjie/geti/2025/7021.html",
        title="钟表维修店个人年终工作总结",
        record_title="钟表维修店个人年终工作总结（范文）_千篇范文网",
        date=None,
        notes="old table layout with marquee and visitor counter; font-size row; template placeholders; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>钟表维修店个人年终工作总结（范文）_千篇范文网</title></head><body>
<table width="950"><tr><td>⟦m 千篇范文网　范文千篇　总有一篇适合你⟧</td></tr>
<tr><td><marquee>⟦a 本站新增VIP会员通道，开通即享全站免费下载！⟧</marquee></td></tr></table>
<table width="950"><tr><td>⟦m 首页 → 工作总结 → 个人总结⟧</td></tr>
<tr><td><h1>{T}</h1></td></tr>
<tr><td>⟦a 【阅读字号：加大 标准 缩小】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="950"><tr><td>⟦m 您是本站第 0881203 位访客⟧</td></tr><tr><td>⟦d 本站范文仅供参考，请勿照搬照抄。⟧</td></tr></table>
</body></html>
""",
        body="""
20××年即将过去，回顾一年来在钟表维修店的工作，我有以下几点体会。
一是技术上有了提高，独立完成机械表保养一百余块，学会了更换摆轮游丝。
二是服务意识增强了，坚持当面检查、说明费用，全年没有一起顾客投诉。
三是不足之处，对新式智能手表的维修还不熟悉，明年要抽时间学习。
总结人：××
××××年××月××日
""",
    ),
    dict(
        slug="docshare-clock-guild-initiative",
        site="共享文库 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.gxwk.example.net/p-20250515.html",
        title="致全市钟表修理从业者的倡议书",
        record_title="致全市钟表修理从业者的倡议书.wps",
        date="2025-05-15",
        notes="file-name title; upload notice; share sentence kept in body; 成文日期",
        page="""
!m 共享文库　　文档　　上传　　会员
!t 致全市钟表修理从业者的倡议书.wps
!m 贡献者：钟表同业会　下载：12　阅读：430
{BODY}
!a 文档下载 ¥2.00　｜　加入文件夹
!d 本文档由用户自行上传分享，如有侵权请联系平台删除。
""",
        body="""
全市钟表修理从业者：
钟表修理是老手艺，也是城市的温度。我们倡议：
明码标价，不以次充好，不虚报维修项目；
带好徒弟，把手艺传下去；
欢迎大家把这份倡议分享给身边的同行。
箬城市钟表同业会
2025年5月15日
""",
    ),
]
