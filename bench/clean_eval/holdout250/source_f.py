"""holdout250, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="examforum-text-interview-lion-dance-successors-junk",
        site="考公小站论坛 (invented, text capture)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.kaogongxz.example.net/t-20931.html",
        title="某镇舞狮队和狮头作坊都后继乏人，你怎么看？",
        title_also=["某镇舞狮队和狮头作坊都后继乏人，你怎么看"],
        record_title="【面试天天练】某镇舞狮队和狮头作坊都后继乏人，你怎么看？（附作答思路） - 面试专区 - 考公小站",
        date=None,
        notes="exam forum as text with junk lines and glued junk; a reply-to-see prompt and a group ad; posted '2 天前', so no date",
        page="""
!m 考公小站论坛 » 面试专区 » 每日一练
!t 【面试天天练】某镇舞狮队和狮头作坊都后继乏人，你怎么看？（附作答思路） - 面试专区 - 考公小站
!m 版主 上岸小鹿　发表于 2 天前　|　回复 58　查看 1904
{BODY}
!a 【参考答案的评分要点】回复本帖后刷新可见
!w 每晚8点面试互练，进群请加微信 kgxz_mianshi
!l 下一主题：社区推广垃圾分类效果不好，你怎么办？
""",
        junk=dict(lines=2, glued=2),
        body="""
这道题反映的是传统民俗技艺传承难的问题。我从三个方面谈谈看法。
首先，舞狮和狮头扎制承载着地方文化记忆，过年舞狮、开业舞狮，老百姓喜闻乐见。这样的技艺有存在的价值，也有传下去的必要。
其次，后继乏人有几方面原因：年轻人外出务工，舞狮练功辛苦、收入不稳定；扎一个狮头要半个月，手艺难学、利润薄；宣传不够，年轻人接触少。
再次，解决问题要多方发力：政府可以把狮头扎制列入非遗名录，给传承人和学徒补贴；学校可以开设舞狮兴趣课，从娃娃抓起；狮队可以结合文旅活动增加演出机会，让手艺能养活人。
总之，只有让传统技艺既有人学、又有饭吃，才能真正传下去。
""",
    ),
    dict(
        slug="encyclopedia-html-yangge-fan-entry-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/秧歌扇/30718",
        title="秧歌扇",
        record_title="秧歌扇（民间舞蹈道具）_知源百科",
        date=None,
        notes=(
            "encyclopaedia entry with edit/discuss/history tabs, an infobox, a contents box and reference markers "
            "glued after 。; the entry name opens the body (head match); no date (an edit stamp only)"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>秧歌扇（民间舞蹈道具）_知源百科</title>
<script src="/static/bk/entry.js"></script></head><body>
<div class="top">⟦m 知源百科⟧ ⟦m 人人可编辑的中文百科⟧ ⟦a 进入词条⟧ ⟦a 全站搜索⟧</div>
<div class="tabs">⟦a 编辑词条⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 民间舞蹈道具⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名　秧歌扇⟧</td></tr><tr><td>⟦m 类　别　舞蹈道具⟧</td></tr><tr><td>⟦m 流行地区　华北、东北、西北⟧</td></tr></table>
<div class="catalog"><b>⟦l 目录⟧</b> ⟦l 1 形制　2 用法　3 制作⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《北方秧歌道具图说》，民俗文化出版社⟧</p><p>⟦l 2. 苒溪县文化馆：秧歌骨干培训讲义⟧</p></div>
<div class="edit-info">⟦m 词条最近更新：5 天前　编辑次数：27次⟧</div>
<footer>⟦d 知源百科词条内容由网友编辑，仅供参考⟧　⟦m ©2025 知源百科⟧</footer>
</body></html>
""",
        body="""
秧歌扇是扭秧歌时手持的折扇，是北方秧歌最常用的道具之一。⟦l [1]⟧
形制：常见的秧歌扇扇骨为竹制，长约30至33厘米，扇面多用红、粉、绿等颜色的绸布，扇边缀有流苏，打开后呈半圆形。
用法：表演者多一手持扇、一手持绸，通过手腕的抖、绕、翻、转，做出开扇、合扇、片扇、转扇等动作，俗称“扇花”。
制作：传统秧歌扇由竹匠削骨、穿钉，再由绣工绷面、缝流苏，一把扇子要经过十多道工序。⟦l [2]⟧
""",
    ),
    dict(
        slug="encyclopedia-text-sleeve-covers-entry",
        site="万象百科 (invented encyclopaedia, text capture)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wanxiangbk.example.cn/entry/taoxiu",
        title="套袖",
        record_title="套袖 - 词条 - 万象百科",
        date=None,
        notes="encyclopaedia entry as text: the entry name opens the body (head match); a contents line, a 'you may also want' list; no date",
        page="""
!m 万象百科 > 生活用品 > 服饰配件
{T}
!m 拼音：tào xiù　　本词条由“布衣”创建
!l 目录：释义 ｜ 种类 ｜ 历史
{BODY}
!l 相关词条：围裙　工作帽　护袖
!a 完善词条　　纠错　　分享
!d 万象百科不保证词条内容的准确性，如有疑问请咨询专业人士。
""",
        body="""
套袖，又称袖套，是套在衣袖外面、用来保护衣袖的筒状用品，两头一般穿有松紧带。
种类：按材质分，有棉布套袖、防水套袖、防油套袖和一次性无纺布套袖；按用途分，有家务用、办公用、食品加工用和医用等。
历史：上世纪五六十年代起，套袖在我国城乡普遍使用，售货员、会计、工人常年戴着一副蓝布套袖，衣服磨不坏袖口。后来随着衣物不再紧缺，日常生活中戴套袖的人少了，但在食品加工、医疗和实验等岗位，套袖仍是必备的防护用品。
""",
    ),
    dict(
        slug="clouddrive-html-lion-head-work-instruction-wps",
        site="云匣网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.com/s/1qLx7KmN",
        title="狮头扎制作业指导书",
        record_title="狮头扎制作业指导书（传习点用）.wps",
        date=None,
        notes=(
            "cloud-drive preview with VIP prompts, a save-to-drive button and an expiry line; file-name record "
            "title with a tag; a work instruction with numbered steps and no date"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>狮头扎制作业指导书（传习点用）.wps_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.example.com/static/preview.js"></script></head><body>
<div class="bar">⟦m 云匣网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file"><span class="name">⟦m 狮头扎制作业指导书（传习点用）.wps⟧</span> ⟦m 45.2KB　分享者：聂记狮头　有效期：永久⟧</div>
<div class="btns">⟦a 保存到我的云匣⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="vip">⟦a 在线预览仅显示前2页，开通超级会员看完整文档⟧</div>
<footer>⟦d 请勿分享违法违规内容，云匣网盘将依法配合处理⟧</footer>
</body></html>
""",
        body="""
一、适用范围。本指导书适用于协会狮头扎制传习点的学徒练习和成品制作。
二、工序要求。
1.破竹：选冬季砍伐的毛竹，劈成宽0.5厘米的篾片，熏蒸十五天后使用。
2.扎骨架：按图纸扎出额、眼、鼻、口、腮五部分，接头处用纱纸条缠绕两道。
3.糊纸：棉纸分七层糊制，每层晾干后再糊下一层，不得用胶水代替浆糊。
4.装机关：眼睛、嘴巴的拉线用细铁丝，拉动十次无卡顿为合格。
三、质量要求。成品重量南狮不超过4公斤，头箍内径可调，彩绘颜色均匀、无漏色。
""",
    ),
    dict(
        slug="clouddrive-text-yangge-fan-workshop-plan-markers",
        site="随存云盘 (invented, text preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.suicun-pan.example.cn/share/9d2fKx",
        title="2024年“巧手做秧歌扇”非遗体验活动方案",
        record_title="2024年“巧手做秧歌扇”非遗体验活动方案.pdf",
        date="2024-07-02",
        notes=(
            "file-name record title; a cloud-drive text preview cut by page markers ❀第n页❀ on lines of their "
            "own; decimal headings 1.1–3.1; date under the signature"
        ),
        page="""
!m 随存云盘 · 文件预览
!m 2024年“巧手做秧歌扇”非遗体验活动方案.pdf　（PDF，4页，388KB）
!a 转存　　下载　　举报
{BODY}
!a 开通随存会员，预览不限页数
!d 文件由用户分享，随存云盘不对内容负责
""",
        pages=dict(fmt="❀第{n}页❀", every=80, start=2),
        body="""
1.活动目的
1.1 让青少年了解秧歌扇的制作工艺，感受秧歌文化的魅力。
1.2 为县文化馆暑期公益课堂增加动手实践内容。
2.活动安排
2.1 时间：7月15日至8月15日，每周二、周四上午。
2.2 地点：苒溪县文化馆非遗展示厅。
2.3 内容：由制扇艺人示范削扇骨、绷扇面、缝流苏，学员每人完成一把秧歌扇。
3.保障措施
3.1 文化馆提供竹骨、彩绸和工具，学员不收取任何费用，做好的扇子由学员带回。
苒溪县文化馆
2024年7月2日
""",
    ),
    dict(
        slug="snapshot-html-tax-hall-invoice-clips-reminder",
        site="觅知搜索快照 of 郐水县税务局第一税务分局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.mizhi-search.example.com/c?u=kuaishui-tax.example.gov.cn/tzgg/1207.html",
        title="关于纳税人报送纸质资料使用资料袋和发票夹的温馨提示",
        record_title="关于纳税人报送纸质资料使用资料袋和发票夹的温馨提示 - 觅知网页快照",
        date="2024-12-06",
        notes=(
            "search-cache frame: a capture banner with the capture time, a highlighted-terms line and a 'view the "
            "current page' link above the cached tax office page; date under the signature; the capture time is no date"
        ),
        page="""
<html><head><meta charset="utf-8"><title>关于纳税人报送纸质资料使用资料袋和发票夹的温馨提示 - 觅知网页快照</title>
<script src="//cache.mizhi-search.example.com/js/snap-hl.js"></script><base href="http://kuaishui-tax.example.gov.cn/tzgg/"></head><body>
<div class="snap-banner">⟦d 觅知快照：此页面于 2025-01-03 02:17 被收录，当前网页内容可能已经变化⟧ <a>⟦a 查看当前网页⟧</a></div>
<div class="snap-hl">⟦m 以下检索词已标出：发票夹　资料袋⟧</div>
<hr>
<div class="orig">
<div class="site">⟦m 国家税务总局郐水县税务局⟧</div>
<div class="nav">⟦m 首页　税务新闻　通知公告　纳税服务⟧</div>
<h2>{T}</h2>
<div class="t">⟦m 来源：第一税务分局　发布时间：2024-12-09⟧</div>
{BODY}
<div class="side">⟦l 热点问题：个税年度汇算怎么办？⟧</div>
<div class="fw">⟦m 12366纳税缴费服务热线⟧</div>
<div class="foot">⟦m 国家税务总局郐水县税务局主办　苏ICP备13020155号⟧</div>
</div></body></html>
""",
        date_also=["2024-12-09"],
        body="""
各位纳税人、缴费人：
为方便大家办理业务，减少纸质资料散落遗失，自2024年12月16日起，第一税务分局办税服务厅为现场报送纸质资料的纳税人免费提供资料袋和发票夹。
一、报送多份纸质资料的，请按清单顺序装入资料袋；需要留存的发票原件，请用发票夹夹在资料袋外侧，便于窗口人员核对后当场退还。
二、资料袋和发票夹在导税台领取，每户每次限领一套。
三、能在电子税务局办理的业务，建议优先网上办理。
国家税务总局郐水县税务局第一税务分局
2024年12月6日
""",
    ),
    dict(
        slug="snapshot-text-yangge-gala-rules-text-cache",
        site="text-only cache of 苒溪县文化馆 on 搜必达 (invented)",
        style="搜索快照",
        genre="比赛规则",
        kind="other",
        form="text",
        source="http://webcache.soubida.example.net/text?q=ranxiwhg.example.cn/hd/2024/ygsh-gz.html",
        title="苒溪县第五届“丰年乐”秧歌汇演比赛规则",
        record_title="苒溪县第五届“丰年乐”秧歌汇演比赛规则 · 纯文本快照 · 搜必达",
        date=None,
        notes="text-only cache: capture line and cache notice above the page; rules with numbered points and no date of their own",
        page="""
!d 搜必达纯文本快照 · 抓取于 2024-10-01 06:40 · 本页仅保留文字
!a 打开原网页　｜　查看完整版快照
!m 苒溪县文化馆 › 活动公告
{T}
{BODY}
!m 苒溪县文化馆　地址：苒溪县文昌街9号
""",
        body="""
一、参赛组别。本届汇演分传统秧歌、创新秧歌、少儿秧歌三个组别，每支队伍只能报一个组别。
二、人数和时长。每队上场人数12至40人，表演时间6至8分钟，超时扣分。
三、道具要求。传统秧歌组须使用秧歌扇和彩绸，扇子颜色不限；创新秧歌组可自行设计道具，但须保留扇舞段落。
四、评分办法。评委从扇花技巧、队形变化、精神面貌、服装道具四个方面打分，满分100分，去掉一个最高分和一个最低分后取平均分。
五、奖项设置。各组别设一等奖2名、二等奖4名、三等奖6名，其余队伍获优秀表演奖。
""",
    ),
    dict(
        slug="print-html-market-centre-steel-pans-notice-footer",
        site="郐水县城东市场服务中心 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chengdong-sc.example.cn/print.asp?id=361",
        title="关于城东农贸市场统一更换不锈钢秤盘的通知",
        record_title="可打印版本 ▪ 关于城东农贸市场统一更换不锈钢秤盘的通知 ▪ 城东市场服务中心",
        date="2024-08-12",
        notes=(
            "print view calling window.print(): a print-time line, a print/close row and a print footer "
            "◠ 第1页 共1页 ◡ (page class); the centre's own contact stays; date under the signature"
        ),
        page="""
<html><head><meta charset="utf-8"><title>可打印版本 ▪ 关于城东农贸市场统一更换不锈钢秤盘的通知 ▪ 城东市场服务中心</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 〖立即打印〗〖关闭本窗口〗⟧</div>
<div class="ph">⟦m 郐水县城东市场服务中心　打印于 2024-08-20 15:06⟧</div>
<h3>{T}</h3>
{BODY}
<div class="pf">⟦p ◠ 第1页 共1页 ◡⟧</div>
<div class="url">⟦m http://www.chengdong-sc.example.cn/tz/361.html⟧</div>
</body></html>
""",
        body="""
市场各经营户：
按照县市场监管局秤盘专项检查的整改要求，市场服务中心决定对市场内所有计价秤秤盘进行统一更换。现将有关事项通知如下：
一、8月19日至23日，服务中心工作人员逐摊收回旧秤盘，同时免费换发304不锈钢秤盘，秤盘与秤体编号一一对应。
二、更换后的秤盘不得私自改装、加垫或粘贴任何物品，发现一次，暂停摊位经营三天。
三、服务中心每周抽查秤盘一次，抽查结果在市场公示栏公布。
联系人：郑一鸣，电话：0517-86249310。
郐水县城东市场服务中心
2024年8月12日
""",
    ),
    dict(
        slug="print-text-lantern-lion-parade-safety-plan-footer",
        site="洎阳镇人民政府 (invented, print view as text)",
        style="打印页",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.jiyang.gov.example.cn/print/2025/0205/733.html",
        title="洎阳镇2025年元宵节舞狮巡游安全工作方案",
        record_title="打印此页 ⇒ 洎阳镇2025年元宵节舞狮巡游安全工作方案",
        date="2025-02-05",
        notes="a town's print view as text: address and print lines at the top, a print footer ⌙ 1 / 1 ⌙ at the bottom; date under the signature",
        page="""
!m 洎阳镇人民政府网　http://www.jiyang.gov.example.cn
!m 打印时间：2025/2/8 上午10:22
{T}
{BODY}
!p ⌙ 1 / 1 ⌙
!a 〔打印〕〔关闭〕
""",
        body="""
为确保元宵节舞狮巡游活动安全有序，制定本方案。
一、活动时间和路线。2月12日晚7时至9时，三支狮队从洎阳桥出发，经老街、新华路，至文化广场结束。
二、安全措施。（一）镇派出所在洎阳桥、老街口、文化广场设置三个执勤点，沿线拉设隔离带。（二）镇文化站于2月10日前对参演狮队的狮头、狮被和头箍逐一检查，骨架松动、连接件锈蚀的不得上街。（三）沿线商户收起门前杂物，巡游路线两侧五十米内禁止燃放烟花爆竹。
三、应急处置。镇卫生院在文化广场设医疗点，出现拥挤踩踏苗头时立即暂停巡游、疏导人群。
洎阳镇人民政府
2025年2月5日
""",
    ),
    dict(
        slug="mail-html-webmail-letter-buying-sleeve-covers-attachments",
        site="埴湖鲜禾食品有限公司 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.xianhe-food.example.com/mail/read?mid=ZC3108-0a7f",
        title="关于采购可拆洗防水套袖的函",
        record_title="【外发函件】FW：关于采购可拆洗防水套袖的函",
        date="2025-03-12",
        date_also=["2025-03-13"],
        notes=(
            "webmail reading view of a forwarded letter: folder list, forwarded header, an attachment bar beside "
            "the letter's own 附件 list; the letter's contact stays; the letter's date, the mail's date also accepted"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【外发函件】FW：关于采购可拆洗防水套袖的函 - 鲜禾企业邮箱</title>
<script src="/static/webmail/read.js"></script></head><body>
<div class="wm-top">⟦m 鲜禾企业邮箱⟧　⟦m 采购部 卓雨桐⟧　⟦a 退出⟧</div>
<div class="wm-folders">⟦l 收件箱(12)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head"><h2>{T}</h2>
<p>⟦m 发件人：采购部 卓雨桐 &lt;zhuoyt@xianhe-food.example.com&gt;⟧</p>
<p>⟦m 收件人：销售部 &lt;sales@antu-laobao.example.com&gt;⟧</p>
<p>⟦m 时　间：2025年3月13日（星期四）上午9:41⟧</p></div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 附件 2 个（共 186KB）：采购清单.xlsx　技术要求.pdf　全部下载　预览⟧</div>
<div class="wm-foot">⟦d 本邮件及附件含商业信息，如误收请删除并告知发件人⟧</div>
</body></html>
""",
        body="""
埴湖安途劳保用品有限公司：
我公司熟食车间、包装车间现有一线员工136人，按照车间卫生管理要求，每人需配备防水套袖3副。经比选，拟向贵公司采购可拆洗防水套袖420副，具体要求如下：
一、规格为均码，长度38厘米，外层防水、内衬纯棉，颜色为白色；
二、请于3月28日前送货至我公司仓库，随货提供产品合格证和检测报告；
三、请贵公司于3月18日前回复报价。
联系人：卓雨桐，电话：0736-57290588，邮箱：zhuoyt@xianhe-food.example.com。
附件：1.采购清单
2.技术要求
埴湖县鲜禾食品有限公司采购部
2025年3月12日
""",
    ),
    dict(
        slug="mail-text-forwarded-year-end-invoice-clips-notice",
        site="forwarded mail from a town finance office (invented, text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:caiwu@gaiwan.example.gov.cn?msg=20241216-03",
        title="关于做好2024年度报销单据整理工作的通知",
        record_title="转发：关于做好2024年度报销单据整理工作的通知.docx",
        date="2024-12-13",
        date_also=["2024-12-16"],
        notes=(
            "a forwarded mail as text: mail headers and a forwarding note above, an attachment line and a mail "
            "signature below; the notice's own 附件 and 抄送 lines stay; file-name record title; the notice's "
            "date, the send date also accepted"
        ),
        page="""
!m 发件人：垓湾镇财政所 <caiwu@gaiwan.example.gov.cn>
!m 发送时间：2024年12月16日 星期一 08:57
!m 收件人：镇属各单位联络员
!t 主题：转发：关于做好2024年度报销单据整理工作的通知.docx
!w 各位联络员：附件通知请转给本单位报账员，有问题随时电话联系。——财政所 任静
!m -------- 原始邮件 --------
{BODY}
!a [附件] 关于做好2024年度报销单据整理工作的通知.docx (24.6KB)　下载　预览
!m 垓湾镇财政所　任静　电话：0797-86713304
""",
        indent="\u3000\u3000",
        body="""
镇属各单位：
年终将至，为做好2024年度报销单据的整理和结账工作，现将有关事项通知如下：
一、各单位12月25日前将本年度未报销的单据全部报送财政所，逾期的转入下年度处理。
二、报送单据时，发票按开票日期排列，用发票夹夹好后放入报账袋，报账袋封面写明单位名称和单据张数。
三、财政所为每个单位配发发票夹两个，不够的可到财政所领取。
附件：2024年度报销单据报送清单
抄送：镇纪委。
垓湾镇财政所
2024年12月13日
""",
    ),
]
