"""holdout306, part F: encyclopaedias, cloud drives, search caches, print views and forwarded mails.

Invented text throughout (sites, places, people, phones, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="wiki-nongqi-entry-yangma-infobox-h1",
        site="农器百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.nongqi-baike.example.org/item/秧马",
        title="秧马",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's h1 holds the one-word name, which also opens the body (matched as "
        "head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences and a "
        "reference list; an entry with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>秧马 - 农器百科</title><script src="/skins/wiki/toc.js"></script></head><body>
<div class="top">⟦m 农器百科⟧ ⟦m 老农具的网上博物馆⟧ <a>⟦a 登录⟧</a></div>
<div class="tabs"><a>⟦a 词条⟧</a> <a>⟦a 编辑⟧</a> <a>⟦a 讨论⟧</a> <a>⟦a 历史版本⟧</a></div>
<h1>{T}</h1>
<div class="summary-tag">⟦m 传统农具 · 稻作器具⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：秧马⟧</td></tr><tr><td>⟦m 类　别：拔秧农具⟧</td></tr><tr><td>⟦m 材　质：木⟧</td></tr><tr><td>⟦m 流行地区：长江中下游及华南稻区⟧</td></tr></table>
<div class="toc">⟦l 目录　1 结构与用法　2 历史记载　3 现状⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《南方稻作农具图考》，农器百科编辑组整理⟧</p><p>⟦l [2] 苏轼《秧马歌并引》⟧</p></div>
<div class="contrib">⟦m 本词条已被编辑 14 次，最近由 耕读郎 修订⟧</div>
<div class="foot">⟦d 农器百科内容由网友共同编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
秧马是我国南方稻作区传统的拔秧、插秧辅助农具，多用木材制成，形似小船。⟦l [1]⟧
秧马由底板和坐板两部分组成。底板两头上翘，便于在水田泥面上滑行；坐板钉在底板中部，供人跨坐。使用时，农人坐在秧马上，双手拔秧，双脚在泥中蹬动，带动秧马前移，可以减轻长时间弯腰的劳累。
据北宋苏轼《秧马歌》的引言记载，他在武昌见到农夫骑秧马劳作，后作诗推介，此后秧马在南方各地流传更广。⟦l [2]⟧
二十世纪七八十年代以后，随着育秧方式改变和插秧机推广，秧马逐渐退出生产，现多见于农耕博物馆和民俗展览。
""",
    ),
    dict(
        slug="wiki-jujia-entry-ladle-rack-decorated",
        site="居家百科 (invented encyclopaedia, text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.jujia-life.example.com/item/汤勺架/20931",
        title="汤勺架",
        record_title="汤勺架（厨房收纳用具）- 居家百科",
        date=None,
        notes="an encyclopaedia entry: decorated record title; the entry name on a line above the text also opens the "
        "body (matched as head); edit/collect/correct actions, a summary tag line, related entries and contributors; "
        "'最近更新：3 天前' is no date",
        page="""
!m 居家百科 | 生活常识一查就懂
!t 汤勺架（厨房收纳用具）- 居家百科
!a 编辑词条　|　收藏　|　纠错
{T}
!m 汤勺架，厨房收纳用具
!m 浏览 9,382 次　·　最近更新：3 天前
{BODY}
!l 相关词条：筷子笼　砧板架　调料架
!m 词条贡献者：小厨娘阿梅 等6人
!d 居家百科词条内容仅供参考
""",
        body="""
汤勺架是用于悬挂或放置汤勺、漏勺、锅铲等长柄厨具的厨房收纳用具，常见于家庭厨房和餐饮后厨。
按安装方式可分为壁挂式和台式两类。壁挂式汤勺架用螺钉或粘钩固定在墙面，横杆上设若干挂钩；台式汤勺架放在灶台或操作台上，多为立柱加挂钩的结构。
常见材质有不锈钢、铝合金、竹木和塑料等。餐饮后厨一般要求使用304不锈钢材质，并配有可拆卸的接水盘，以便清洁消毒。
使用汤勺架时，应将厨具清洗沥干后再悬挂，接水盘要及时清理，防止积水滋生细菌。
""",
    ),
    dict(
        slug="netdisk-heyun-plan-drying-points-pdf",
        site="禾云盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.heyun.example.com/s/1qXk7Tz9aB",
        title="垱溪县2025年秋粮晾晒服务点设置方案",
        record_title="垱溪县2025年秋粮晾晒服务点设置方案.pdf",
        date="2025-09-10",
        notes="file-name record title; a cloud drive's share page: the file name as the heading, sharer/size/share "
        "time ('2 天前') and validity, save/download/VIP buttons, a preview-limit line between paragraphs, a report "
        "link; the 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>垱溪县2025年秋粮晾晒服务点设置方案.pdf_禾云盘分享</title><script>window.__SHARE__={expire:30};</script></head><body>
<div class="pan-head">⟦m 禾云盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="file-info"><h2>⟦t 垱溪县2025年秋粮晾晒服务点设置方案.pdf⟧</h2>
<p>⟦m 分享者：粮仓小管家　文件大小：186KB　分享时间：2 天前　有效期：30天⟧</p>
<div class="btns"><a>⟦a 保存到禾云盘⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 超级会员极速下载⟧</a></div></div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 开通超级会员，在线预览不限页数⟧</div>
<div class="report"><a>⟦a 举报该分享⟧</a></div>
<div class="foot">⟦d 禾云盘仅提供存储服务，分享内容由分享者负责⟧ ⟦m © 2025 禾云盘⟧</div>
</body></html>
""",
        body="""
为解决群众秋粮晾晒难、防止在公路上晒粮，县粮储局会同各乡镇在全县设置秋粮晾晒服务点，制定本方案。
一、设置数量。全县共设晾晒服务点36个，原则上每个产粮村一个，利用村集体晒场、闲置校场和农机合作社场地。
二、配备标准。每个服务点配备竹谷耙10把、木锨6把、晒垫30张、防雨布4块，由县粮储局统一采购，乡镇负责分发登记。
⟦a 试看第1页已结束，第2页起请开通超级会员⟧
三、服务方式。服务点免费向群众开放，农具实行借用登记，每日18时前归还。服务点安排专人值守，遇到降雨组织群众抢收。
四、时间安排。9月15日前完成场地平整和农具配发，9月20日起开放，至10月底结束。
垱溪县粮食和物资储备局
2025年9月10日
""",
    ),
    dict(
        slug="netdisk-cuncun-request-threshing-tub-funds-markers",
        site="存存网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.cuncunpan.example.cn/preview/f/88a1c3e0",
        title="关于申请禾桶制作技艺保护传承专项经费的请示",
        record_title="关于申请禾桶制作技艺保护传承专项经费的请示.pdf",
        date="2025-04-02",
        notes="file-name record title; a cloud-drive preview cut by page markers '⫿ n ⫿' on lines of their own in the "
        "middle of sentences; the date under the signature in Chinese numerals",
        page="""
!m 存存网盘 · 文件预览
!t 关于申请禾桶制作技艺保护传承专项经费的请示.pdf
!m 大小 412KB　｜　共 2 页　｜　来自分享：文旅小何
!a 保存到我的网盘　　下载（需开通会员）
{BODY}
!a 预览模式仅显示前 2 页
!d 存存网盘提醒：请勿传播违法违规内容，发现请举报
""",
        pages=dict(fmt="⫿ {n} ⫿", every=140, start=2),
        body="""
县人民政府：
禾桶制作技艺是我县山区世代相传的传统木作技艺。今年初，县文化馆对全县禾桶制作技艺的存续情况开展了专题调研，发现全县能独立制作禾桶的木匠仅剩11人，平均年龄68岁，技艺面临失传的危险。为抢救保护这一技艺，现就申请专项经费事宜请示如下：
一、在畾坪镇设立禾桶制作技艺传习工坊一处，购置刨床、电锯等设备，改造工坊场地，约需经费12万元。
二、聘请3名老木匠为传习导师，每年招收学员10名，给予导师带徒补助每人每年6000元，学员生活补助每人每月500元，全年约需经费7.8万元。
三、对全县现存禾桶开展普查登记和影像记录，编印《甽川禾桶》图册，约需经费4.5万元。
以上合计24.3万元，恳请县人民政府从文化遗产保护专项资金中予以安排。
妥否，请批示。
甽川县文化广电旅游局
二〇二五年四月二日
""",
    ),
    dict(
        slug="snapshot-souzong-notice-threshing-apprentices",
        site="搜踪快照 of 甽川县文化馆 (invented search-cache frame)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.souzong.example.com/c?u=zcwhg.example.cn/fygl/2025/0603/71.html",
        title="关于举办禾桶制作技艺传习班招收学员的通知",
        record_title="搜踪存档页｜关于举办禾桶制作技艺传习班招收学员的通知",
        date="2025-06-02",
        date_also=["2025-06-03"],
        notes="a search engine's cached copy: a capture banner with its capture time (no date), a back-to-original link "
        "and a highlighted-terms note, the original site's header and footer inside; the museum's own 报名 phone in "
        "the body; 成文日期 expected, the original page's 发布时间 also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>搜踪存档页｜关于举办禾桶制作技艺传习班招收学员的通知</title><style>b.hl{background:#ff0}</style><script src="https://snapshot.souzong.example.com/js/banner.js"></script></head><body>
<div class="snap-banner">⟦d 搜踪快照：本页面为 2025年06月19日 03:41 抓取的网页副本，原网页可能已更改或删除⟧<br><a>⟦a 点击访问原网页⟧</a> ⟦d 以下搜索词已高亮显示：禾桶 传习班⟧</div>
<div class="orig">
<div class="site-head">⟦m 甽川县文化馆⟧ ⟦m 首页　非遗保护　群文活动　场馆服务⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-06-03　来源：非遗部　点击：<span>1022</span>⟧</div>
<div class="art">
{BODY}
</div>
<div class="site-foot">⟦m 甽川县文化馆 地址：甽川县城南路18号⟧</div>
</div></body></html>
""",
        body="""
各乡镇文化站，社会各界：
为传承禾桶制作技艺，县文化馆决定在畾坪镇禾桶制作技艺传习工坊举办首期传习班，现面向社会招收学员，有关事项通知如下：
一、招收人数：10名，年龄18至50周岁，热爱传统手工艺，有木工基础者优先。
二、学习时间：2025年7月1日至12月31日，采取集中授课与跟师学艺相结合的方式。
三、学习内容：选料、开板、刨板、拼桶、箍桶、上油等禾桶制作全套工序。
四、待遇：学习期间免收学费，每月发放生活补助500元，结业考核合格的颁发结业证书。
五、报名：请于6月20日前携身份证到县文化馆非遗部报名，电话：0797-5230617。
甽川县文化馆
2025年6月2日
""",
    ),
    dict(
        slug="snapshot-chunwen-request-drying-tools-wrapped-record",
        site="纯文快照 of 畾坪镇人民政府 (invented text-only cache)",
        style="搜索快照",
        genre="请示",
        kind="notice",
        form="text",
        source="http://cache.chunwen-kz.example.com/t?url=leiping.example.gov.cn/cwgk/2025/0901/118.html",
        title="关于购置晒场谷耙等晾晒器具的请示",
        date="2025-08-28",
        date_also=["2025-09-01"],
        notes="record title as is; a text-only cache hard-wrapped at 68 columns; cache notices and the original URL "
        "above ('快照生成于 4 天前', no date); the village committee's date expected, the original page's 发布日期 also "
        "accepted",
        page="""
!d 纯文快照 — 仅保留文字，原网页图片与样式已省略
!d 快照生成于 4 天前，以原网页为准
!m 原网址：http://www.leiping.example.gov.cn/cwgk/2025/0901/118.html
!m 畾坪镇人民政府 > 村务公开 > 上垄村
{T}
!m 发布日期：2025-09-01　作者：上垄村
{BODY}
!m 畾坪镇人民政府　主办
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
镇人民政府：
我村现有集体晒谷场两处，面积共2600平方米，承担着全村三百二十多户的秋粮晾晒。晒场现有的谷耙、木锨大多是十多年前置办的，耙齿断的断、松的松，晒垫也破损严重。每到秋收，农户只能自带农具，不少人干脆在村道上晒粮，既不安全，也影响通行。
为改善晾晒条件，经村民代表会议讨论同意，拟购置竹谷耙40把、木锨20把、晒垫60张、防雨布10块，预计需资金1.15万元。村集体自筹5000元，其余6500元恳请镇政府给予补助。
妥否，请批示。
畾坪镇上垄村民委员会
2025年8月28日
""",
    ),
    dict(
        slug="print-houzhou-amr-rules-ladle-rack-window-print",
        site="垕州市市场监督管理局 print view (invented)",
        style="打印页",
        genre="规程",
        kind="other",
        form="html",
        source="https://amr.houzhou.example.gov.cn/spaq/gfxwj/2025/0611/print_4402.html",
        title="餐饮服务单位汤勺架清洁消毒操作规程",
        record_title="餐饮服务单位汤勺架清洁消毒操作规程【便于打印版】",
        date=None,
        notes="a print view calling window.print(): reprint/close buttons, the site's name and page address above, a "
        "print time and a print footer '第1页 ▿ 共1页' below; rules with 第N条 articles and no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>餐饮服务单位汤勺架清洁消毒操作规程【便于打印版】</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint"><a>⟦a 🖨 重新打印⟧</a> <a>⟦a ✕ 关闭预览⟧</a></div>
<div class="print-head">⟦m 垕州市市场监督管理局 · 食品安全专栏⟧</div>
<div class="print-url">⟦m 页面地址：https://amr.houzhou.example.gov.cn/spaq/gfxwj/2025/0611/4402.html⟧</div>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-time">⟦m 打印时间：2025-11-03 15:27⟧</div>
<div class="print-foot">⟦p 第1页 ▿ 共1页⟧</div>
</body></html>
""",
        body="""
第一条　为规范餐饮服务单位汤勺架的清洁消毒，预防交叉污染，制定本规程。
第二条　本规程所称汤勺架，是指后厨用于悬挂汤勺、漏勺、锅铲等器具的壁挂式或台式架具。
第三条　汤勺架应选用耐腐蚀、易清洁的材质，安装位置应远离水池、垃圾桶，距地面不低于一米。
第四条　汤勺等器具应清洗、消毒、沥干后方可悬挂，生熟器具分架或分区悬挂，并有明显标识。
第五条　汤勺架每日营业结束后清洁一次；接水盘每餐后倒空擦干；每周用有效氯浓度250mg/L的消毒液擦拭消毒，作用30分钟后用清水擦净。
第六条　清洁消毒情况应记入餐用具清洗消毒记录，记录保存不少于六个月。
""",
    ),
    dict(
        slug="print-zhenchuan-bulletin-collection-progress-record",
        site="甽川县文化广电旅游局 print view (invented, text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://wlj.zhenchuan.example.gov.cn/tzgg/2025/0630/print_552.html",
        title="关于全县禾桶等传统农具征集工作进展情况的通报",
        record_title="打印用 ▸ 关于全县禾桶等传统农具征集工作进展情况的通报 - 甽川县文旅局",
        record_date="2025-06-30",
        date="2025-06-30",
        notes="the record gives the date; a text print view with a print date and the page's address above, a neutral "
        "文号 line, a progress table, 抄送 and 印发 lines, a print/close row and a print footer '▴ 第 1 页（共 1 页）▴'",
        page="""
!m 甽川县文化广电旅游局
!m 打印日期：2025-07-03 09:18　　本页地址：http://wlj.zhenchuan.example.gov.cn/tzgg/2025/0630/552.html
!t 打印用 ▸ 关于全县禾桶等传统农具征集工作进展情况的通报
甽文旅〔2025〕21号
{BODY}
!a 【打印本通报】【关闭】
!p ▴ 第 1 页（共 1 页）▴
""",
        body="""
各乡镇人民政府，县直有关单位：
4月份县文化广电旅游局部署传统稻作农具征集工作以来，各乡镇积极响应，截至6月25日，全县共征集各类传统农具587件，现将进展情况通报如下。
乡镇　征集数量（件）　其中禾桶（只）
畾坪镇　146　12
甽口镇　97　6
其他8个乡镇合计　344　19
畾坪镇组织村干部逐户走访，征集数量居全县第一；部分乡镇工作推进缓慢，征集数量偏少。请各乡镇对照进度，于7月31日前完成征集任务。
甽川县文化广电旅游局
2025年6月30日
抄送：县委宣传部，县人民政府办公室。
甽川县文化广电旅游局办公室　　2025年6月30日印发
""",
    ),
    dict(
        slug="webmail-fuzhong-letter-custom-spoons-attachment-bar",
        site="附中邮箱 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.fz.example.edu.cn/read?mid=20251011102633",
        title="关于定制校庆纪念印字瓷勺的函",
        record_title="Fwd: [校办转] 关于定制校庆纪念印字瓷勺的函",
        date="2025-10-09",
        date_also=["2025-10-11"],
        notes="a school's webmail reading view: folder list, tool row, the forward's header and attachment bar, the "
        "forwarder's note and the forwarded header; the letter's own 联系人/电话/邮箱 and 附件 list stay; the letter's "
        "date expected, the forward's send date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fwd: [校办转] 关于定制校庆纪念印字瓷勺的函 - 附中邮箱</title><script src="/webmail/js/readmail.js"></script></head><body>
<div class="mail-top">⟦m 附中邮箱 mail.fz.example.edu.cn⟧ <span>⟦m zongwu@fz.example.edu.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="mail-side"><a>⟦l 收件箱(12)⟧</a> <a>⟦l 草稿箱⟧</a> <a>⟦l 已发送⟧</a> <a>⟦l 垃圾箱⟧</a></div>
<div class="mail-tools"><a>⟦a 回复⟧</a> <a>⟦a 全部回复⟧</a> <a>⟦a 转发⟧</a> <a>⟦a 删除⟧</a> <a>⟦a 标为未读⟧</a></div>
<div class="mail-head"><h3>⟦t Fwd: [校办转] 关于定制校庆纪念印字瓷勺的函⟧</h3>
<p>⟦m 发件人：总务处 王立言 &lt;zongwu@fz.example.edu.cn&gt;⟧</p>
<p>⟦m 收件人：sales@cian-ceramics.example.com⟧</p>
<p>⟦m 时间：2025年10月11日（周六）10:26⟧</p></div>
<div class="attach-bar">⟦a 附件（2个）：校徽图样.png（1.2MB）　印字内容示意.pdf（356KB）　全部下载⟧</div>
<div class="mail-body">
<p>⟦m 易总您好，学校的函转给您，图样见附件，请查收。⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：校长办公室 &lt;xb@fz.example.edu.cn&gt;　日期：2025年10月9日 16:02⟧</p>
<p>⟦m 主题：关于定制校庆纪念印字瓷勺的函⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 本邮件可能包含保密信息，如误收请删除⟧ ⟦m 附中邮箱 技术支持：0738-8260000⟧</div>
</body></html>
""",
        body="""
垕州瓷安日用瓷有限公司：
今年11月是我校建校七十周年。为做好校庆纪念品准备，我校拟向贵公司定制校庆纪念印字瓷勺，现将有关事项函告如下：
一、定制数量：白瓷勺3000把，勺柄正面印校徽，背面印“畇阳师范学院附属中学 1955—2025”字样。
二、工艺要求：图文采用釉下彩工艺，铅、镉溶出量须符合国家标准，随货提供检测报告。
三、交货时间：2025年11月5日前送达我校。
请贵公司于10月20日前提供样品和报价。
联系人：校办 戴文静，电话：0738-8260715，邮箱：fz_xb@example.edu.cn
附件：1.校徽图样
2.印字内容及位置示意
畇阳师范学院附属中学
2025年10月9日
""",
    ),
    dict(
        slug="mailfwd-zhenchuan-letter-borrow-threshing-tubs-docx",
        site="甽川县文化馆 mail system, forwarded as text (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:fyb@zcwhg.example.cn?msg=20250807-0912",
        title="关于商借馆藏禾桶参展的函",
        record_title="回复: Fwd: 关于商借馆藏禾桶参展的函.docx",
        date="2025-08-04",
        date_also=["2025-08-05"],
        notes="a forwarded mail saved as text: the record title is the mail's subject with a .docx name; reply and "
        "forward headers, an attachment line and the forwarder's note above the letter; the letter's own 联系人/电话/"
        "邮箱 stay; the letter's date expected, the original mail's date also accepted",
        page="""
!m 发件人："县文化馆办公室" <bgs@zcwhg.example.cn>
!m 发送时间：2025年8月7日 星期四 上午9:12
!m 收件人："非遗部" <fyb@zcwhg.example.cn>
!t 主题：回复: Fwd: 关于商借馆藏禾桶参展的函.docx
!m 附件：关于商借馆藏禾桶参展的函.docx (18.6 KB)
!m 请非遗部核一下两只禾桶的状况，周五前回复馆长。
!m -------- 原始邮件 --------
!m 发件人：垕州市博物馆陈列部 <clb@hzbwg.example.cn>
!m 日期：2025年8月5日 15:40
!m 主题：关于商借馆藏禾桶参展的函
{BODY}
!d 此邮件由甽川县文化馆邮件系统发出，如非本人收到请删除
""",
        body="""
甽川县文化馆：
为迎接今年中国农民丰收节，我馆拟于9月中下旬举办“稻作千年——江南传统农具展”。贵馆收藏的禾桶形制完整、制作考究，是反映山区稻作生产的珍贵实物。经研究，我馆拟商借贵馆馆藏禾桶两只、禾桶罩一副参加展览，有关事项函商如下：
一、借展期限：2025年9月10日至10月31日。
二、我馆负责展品的包装、运输和布展，全程购买文物运输保险，展品往返均由双方人员共同清点交接。
三、展览期间，展品说明牌注明“甽川县文化馆藏”。
如蒙同意，请复函为盼。
联系人：垕州市博物馆陈列部 聂婉清，电话：0739-2217430，邮箱：hzbwg_cl@example.cn
垕州市博物馆
2025年8月4日
""",
    ),
]
