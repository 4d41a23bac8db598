"""holdout201, part F: encyclopaedias, cloud drives, search caches, print views, forwarded mails.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-lock-cylinder-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.cn/item/锁芯/30218",
        title="锁芯",
        record_title="锁芯〔五金·锁具〕 - 知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox and a contents box before the body (the one-word title inside "
        "them matched as head), an 'edit this section' link glued to a heading, reference markers glued after 。, references "
        "and an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>锁芯〔五金·锁具〕 - 知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧ ⟦m 知识有源，人人可编⟧ <a>⟦a 登录⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 词条　修改　讨论　版本记录⟧</div>
<h1>{T}</h1>
<table class="infobox">
<tr><td>⟦m 中文名：锁芯⟧</td></tr>
<tr><td>⟦m 别　称：锁胆⟧</td></tr>
<tr><td>⟦m 类　别：五金锁具配件⟧</td></tr>
<tr><td>⟦m 常见等级：A级、B级、超B级⟧</td></tr>
</table>
<div class="toc"><b>⟦l 本页目录⟧</b><p>⟦l 1 结构　2 分级　3 选购与更换　4 维护⟧</p></div>
<div class="lemma">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《民用锁具通识》，五金工业出版社⟧</p><p>⟦l [2] 锁具行业协会技术问答汇编⟧</p></div>
<div class="stat">⟦m 词条浏览 18,402 次　最近更新：5 天前⟧</div>
<script src="/static/lemma.js"></script>
<div class="ft">⟦d 知源百科内容由网友协作编写，不构成专业建议。⟧ ⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        body="""
锁芯是控制锁具开启的主要零件，又称锁胆。钥匙插入锁芯后转动，带动锁舌伸缩，从而开门或锁门。
结构⟦a ✎修改本节⟧
常见的弹子锁芯由锁壳、锁胆、弹子和弹簧组成。钥匙的牙花把上下弹子顶到同一分界线上，锁胆才能转动。⟦l [1]⟧
分级
按防盗性能，民用防盗门锁芯通常分为A级、B级和超B级，超B级俗称C级。级别越高，钥匙牙花越复杂，抵抗技术开启的时间越长。⟦l [2]⟧
选购与更换
更换锁芯前应测量锁芯总长和固定螺孔两侧的长度，选择与门体厚度相符的规格；锁芯外露过长，容易被撬拧。
维护
锁芯发涩时可加入少量石墨粉润滑，不宜使用食用油等油脂。
""",
    ),
    dict(
        slug="wiki-chushi-question-whisk-burning-smell",
        site="厨事百问 (invented kitchen encyclopaedia Q&A)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.chushi100wen.com/q/jiadian/2231.html",
        title="电动打蛋器用久了有焦味，还能继续用吗？",
        record_title=None,
        date=None,
        notes="kitchen Q&A entry as text: no record title (the question line), a category line, an editors' count and an update "
        "stamp (no date), a helpful-vote row and related questions",
        page="""
!m 厨事百问 · 厨房里的十万个为什么
!m 分类：厨房电器 › 打蛋器
{T}
!m 本条由 4 位厨友共同编辑　最近更新：昨天
{BODY}
!a 这条解答有帮助吗？　有帮助 312　没帮助 5
!l 相关问题：打蛋器搅拌头生锈了怎么办｜手动打蛋器几根钢丝的好用
!d 厨事百问内容仅供参考，电器故障请联系厂家售后。
""",
        body="""
电动打蛋器出现焦味，多半是电机过热引起的，要先分清是偶尔出现还是经常出现。
偶尔出现：连续打发时间过长、面糊太稠或者一直用最高档，电机负荷大，会短时发热出味。这时应关机冷却10至15分钟，之后降低档位、分次打发。
经常出现：如果每次使用都有焦味，或者伴有冒烟、异响、转速忽快忽慢，说明电机碳刷磨损或线圈老化，应停止使用，送厂家售后检修。
日常使用时，每次连续工作不宜超过5分钟；打发浓稠面糊可改用手动打蛋器；用完后拔下插头，机身只能用湿布擦拭，不要整机泡水。
""",
    ),
    dict(
        slug="netdisk-lanxia-plan-dorm-lock-cylinders-pdf-markers",
        site="蓝匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.lanxia.cn/s/1qT7vKz0dE",
        title="鳙湖区第一中学学生宿舍锁芯更换实施方案",
        record_title="鳙湖区第一中学学生宿舍锁芯更换实施方案.pdf",
        date="2025-07-08",
        notes="cloud-drive preview: file-name record title, link-expiry and sharer lines, VIP speed prompts; page-marker paragraphs "
        "⧉n⧉ cut sentences; decimal headings 1.1–3.2; 成文日期 under the office",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鳙湖区第一中学学生宿舍锁芯更换实施方案.pdf_免费高速下载|蓝匣网盘</title></head><body>
<div class="hd">⟦m 蓝匣网盘⟧ <a>⟦a 下载客户端⟧</a> <a>⟦a 开通超级匣友⟧</a></div>
<div class="file">
<p class="fn">⟦t 鳙湖区第一中学学生宿舍锁芯更换实施方案.pdf⟧</p>
<p class="fm">⟦m 412.6KB　｜　分享者：宿管站小谭　｜　链接 6 天后失效⟧</p>
<p class="btn">⟦a 保存到我的蓝匣⟧　⟦a 普通下载⟧　⟦a 超级匣友极速下载⟧</p>
</div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="tip">⟦a 预览仅显示文档文字，原版排版请下载查看⟧</div>
<div class="report">⟦a 举报此分享⟧</div>
<script>var shareId="1qT7vKz0dE";</script>
<div class="ft">⟦d 蓝匣网盘严禁分享违法违规内容，用户对其分享的文件承担责任。⟧ ⟦m 蓝匣网盘 lanxia.cn⟧</div>
</body></html>
""",
        pages=dict(fmt="⧉{n}⧉", every=100, start=2),
        body="""
为消除学生宿舍门锁安全隐患，学校决定利用暑假对全部学生宿舍门锁锁芯进行更换，特制定本方案。
1　工作目标
1.1　8月20日前完成3栋宿舍楼共412间宿舍的锁芯更换。
1.2　更换后每间宿舍配钥匙4把，学生每人1把，宿管站备存1把。
2　实施步骤
2.1　7月15日前，总务处完成锁芯采购，统一选用B级以上锁芯。
2.2　7月16日至8月15日，分楼栋更换，每栋楼更换完毕后由宿管员逐间试开。
2.3　8月16日至20日，总务处组织验收，形成锁芯更换台账。
3　工作要求
3.1　旧锁芯统一回收销毁，不得流出校外。
3.2　备用钥匙实行登记管理，借用须经班主任签字同意。
鳙湖区第一中学总务处
2025年7月8日
""",
    ),
    dict(
        slug="netdisk-dukou-rules-whisk-cleaning-wps",
        site="渡口网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://dukoupan.com/share/init?surl=Wm3x9Q",
        title="麦香坊西饼店打蛋器及搅拌设备清洁消毒规程",
        record_title="麦香坊西饼店打蛋器及搅拌设备清洁消毒规程.wps",
        date=None,
        notes="cloud-drive text preview: file-name record title, sharer and expiry lines, an extraction code, member prompts; a rule "
        "of 第N条 articles with only an effective clause (no date)",
        page="""
!m 渡口网盘 | 文件分享
!t 麦香坊西饼店打蛋器及搅拌设备清洁消毒规程.wps
!m 分享者：麦香坊-门店运营　分享时间：3 天前　有效期：永久
!m 提取码：mx26
!a 渡口会员下载不限速，首月只要1元
{T}
{BODY}
!a 在线预览到此结束，保存后可在电脑端编辑
!d 请勿通过渡口网盘分享侵权或违规文件
""",
        body="""
第一条　为保证西点制作卫生安全，规范打蛋器及搅拌设备的清洁消毒，制定本规程。
第二条　本规程适用于门店使用的手动打蛋器、手持电动打蛋器、台式搅拌机及其搅拌头。
第三条　每次使用后，立即拆下搅拌头，用温水浸泡五分钟，再用软毛刷清除缝隙中的面糊和蛋液。
第四条　搅拌头清洗后放入消毒柜消毒，或用沸水煮五分钟，取出后倒挂沥干。
第五条　电动打蛋器和搅拌机的机身不得浸水，用拧干的湿布擦拭后，再用酒精棉片擦拭按键和手柄。
第六条　每日闭店前由当班人员填写清洁消毒记录，店长每周检查一次。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="snapshot-souyuan-police-warning-lock-cylinder",
        site="搜源网页快照 (invented search cache of a county police site)",
        style="搜索快照",
        genre="警情提示",
        kind="news",
        form="html",
        source="https://cache.souyuan.cn/c?u=http%3A%2F%2Fgaj.guixi-county.gov.cn%2Fjqtx%2F2025%2F0214%2F517.html",
        title="鳜溪警方提醒：老旧防盗门尽快升级锁芯",
        record_title="鳜溪警方提醒：老旧防盗门尽快升级锁芯 ⟶ 搜源快照",
        date="2025-02-14",
        notes="search-cache frame: a capture banner with its own stamp (no date), a highlighted-terms line, then the cached police "
        "page with its 发布时间 line (the page's date), a numbered list with 110 in the body, the police site's footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鳜溪警方提醒：老旧防盗门尽快升级锁芯 ⟶ 搜源快照</title></head><body>
<div class="snap-bar">⟦m 您正在查看的是搜源对 http://gaj.guixi-county.gov.cn/jqtx/2025/0214/517.html 的网页快照，抓取于 2025-03-02 06:41⟧</div>
<div class="snap-bar2">⟦a 原网页可能已有变动，点此访问最新页面⟧</div>
<div class="snap-kw">⟦m 已为您标亮的词：锁芯　防盗门⟧</div>
<hr>
<div class="site-hd">⟦m 鳜溪县公安局⟧ ⟦m 忠诚 为民 公正 廉洁⟧</div>
<div class="site-nav">⟦m 首页　警务公开　警情提示　办事服务　警民互动⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2025-02-14 16:20　来源：县公安局治安大队⟧</p>
{BODY}
<aside class="site-side"><h3>⟦l 警情提示⟧</h3><p>⟦l 春节期间谨防电信诈骗⟧</p><p>⟦l 电动车入户充电危害大⟧</p></aside>
<script type="text/javascript" src="http://gaj.guixi-county.gov.cn/js/jquery.js"></script>
<div class="site-ft">⟦m 鳜溪县公安局主办　报警请拨110　户政咨询：0799-6219050⟧</div>
</body></html>
""",
        body="""
近期，我县城区连续发生多起入室盗窃案件，涉案房屋多为2010年以前建成的老旧小区住宅，防盗门使用的是A级锁芯。
据办案民警介绍，A级锁芯结构简单，不法分子借助工具可在短时间内打开。为此，县公安局提醒广大居民：
1.检查自家防盗门锁芯级别，是A级的应尽快更换为B级以上锁芯；
2.更换锁芯请到在公安机关备案的开锁企业，并保留好发票；
3.外出时锁好门窗，不要把钥匙藏在门垫下、电表箱里；
4.发现门锁有撬压痕迹，不要进屋，立即拨打110报警。
居民也可关注“鳜溪公安”微信公众号，及时了解辖区警情提示。
""",
    ),
    dict(
        slug="snapshot-miku-notice-dorm-access-card-wrapped",
        site="觅库文字快照 (invented text-only search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaizhao.miku.cn/text?id=7c1e94a0b2",
        title="关于员工公寓门禁卡挂失补办流程的通知",
        record_title="[文本缓存] 关于员工公寓门禁卡挂失补办流程的通知 - 觅库",
        date="2025-03-03",
        notes="text-only cache: the cache's header lines with a capture stamp (no date), the cached notice hard-wrapped at 66 "
        "columns; the office's own 24-hour duty phone in the body; 成文日期 under the office",
        page="""
!m 觅库文字快照｜只保留文字，不含图片和样式
!m 原始网址：http://www.litang-kfq.gov.cn/ygy/tz/2025/0303-12.html　　缓存于：2025年4月11日
!a 查看原网页　　查看带图快照
{T}
{BODY}
!m —— 以上为快照内容，与原网页可能不一致 ——
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各入住员工：
为加强员工公寓安全管理，现将门禁卡挂失补办流程通知如下：
一、门禁卡遗失后，请第一时间拨打公寓值班电话或在“蠡塘园区通”小程序上挂失，挂失后原卡立即失效。
二、补办时，本人持工作证到公寓管理办公室填写补卡申请，缴纳工本费15元，当场领取新卡。
三、门禁卡仅限本人使用，不得转借、复制。发现转借的，第一次予以警告，第二次取消住宿资格。
四、离职员工须在办理离职手续当天交回门禁卡，未交回的从押金中扣除工本费。
公寓值班电话：0762-7713508（24小时）。
蠡塘经济开发区员工公寓管理办公室
2025年3月3日
""",
    ),
    dict(
        slug="print-yonghu-plan-elders-canteen-whisks",
        site="鳙湖区民政局网站打印视图 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://mzj.yonghu.gov.cn/ylfw/2025/0926/print_4471.html",
        title="鳙湖区长者食堂重阳节手作糕点活动方案",
        record_title="⎙ 打印：鳙湖区长者食堂重阳节手作糕点活动方案",
        date="2025-09-26",
        notes="print view calling window.print(): a print stamp and the page's address at the top (no date), print/close buttons "
        "and a print footer 第1页 ⩩ 共1页 closing the page; 一、二、三 sections; 成文日期 under the section",
        page="""
<html><head><meta charset="utf-8"><title>⎙ 打印：鳙湖区长者食堂重阳节手作糕点活动方案</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〖立即打印〗〖关闭预览〗⟧</div>
<div class="ph">⟦m 鲥江市鳙湖区民政局⟧</div>
<div class="ph">⟦m 打印于：2025-10-03 14:22⟧</div>
<div class="ph">⟦m 原文地址：http://mzj.yonghu.gov.cn/ylfw/2025/0926/4471.html⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p 第1页 ⩩ 共1页⟧</div>
</body></html>
""",
        body="""
为丰富辖区老年人节日生活，区民政局决定在重阳节期间组织全区长者食堂开展手作糕点活动，方案如下。
一、活动时间
10月27日至29日，每天上午9:00至11:00。
二、活动内容
各长者食堂组织就餐老人在厨师指导下制作重阳糕和小蛋糕，做好的糕点当天分享给独居老人。
三、物品准备
每个食堂准备手动打蛋器10把、手持电动打蛋器2台、蒸笼和烤盘若干；电动打蛋器由工作人员操作，老人只使用手动打蛋器。
四、安全要求
活动前检查电器插头和电线，现场配备急救药箱；打蛋器等器具用后及时清洗消毒。
鳙湖区民政局养老服务科
2025年9月26日
""",
    ),
    dict(
        slug="print-fangcheng-library-notice-reading-glasses",
        site="鲂城县图书馆网站打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fclib.cn/tzgg/2025/0423/print-208.html",
        title="关于在阅览室提供老花镜免费借用服务的通知",
        date="2025-04-23",
        notes="library print page: record title as is; print stamp and address lines (no date), the library's own phone beside "
        "its opening-hours line, a print footer ⦿ 1 / 1 ⦿ closing the page",
        page="""
!m 鲂城县图书馆 · 打印稿
!m 打印时间：2025/05/06 09:17　　页面地址：http://www.fclib.cn/tzgg/2025/0423/208.html
{T}
{BODY}
!m 开馆时间：周二至周日 9:00—20:30（周一闭馆）
!a [打印本稿] [关闭]
!p ⦿ 1 / 1 ⦿
""",
        body="""
各位读者：
为方便老年读者阅读，本馆自5月1日起在一楼综合阅览室和二楼报刊阅览室提供老花镜免费借用服务。现将有关事项通知如下：
1.借用范围：备有100度、150度、200度、250度、300度老花镜各6副，另有手持放大镜10个。
2.借用方式：读者凭读者证或身份证在服务台登记借用，限馆内使用，离馆前归还。
3.卫生保障：每副老花镜归还后由工作人员用酒精棉片擦拭消毒。
4.读者如需长期戴用，建议到正规医院或眼镜店验光后配镜。
咨询电话：0758-6121046。
鲂城县图书馆
2025年4月23日
""",
    ),
    dict(
        slug="webmail-maixiangfang-letter-whisk-return-attachments",
        site="麦香坊企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.maixiangfang.cn/read?mid=20250819100512-2207",
        title="关于退换一批手持打蛋器的函",
        record_title="RE：转发：关于退换一批手持打蛋器的函",
        date="2025-08-18",
        date_also=["2025-08-19"],
        notes="webmail reading view: mail headers with the send date (also accepted), a toolbar, a forwarded-message header, an "
        "attachment bar beside the letter's own 附件 list, the letter's 联系人/电话/邮箱 beside the mail service's help line; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>RE：转发：关于退换一批手持打蛋器的函 - 麦香坊企业邮箱</title></head><body>
<div class="folders">⟦m 收件箱（12）　草稿箱　已发送　已删除　通讯录⟧</div>
<div class="mbar">⟦m 麦香坊企业邮箱⟧　⟦m caigou@maixiangfang.cn⟧　<a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a></div>
<div class="tool">⟦a 回复　回复全部　转发　删除　标记为 ▾　更多 ▾⟧</div>
<div class="mhead">
<p>⟦m 主　题：RE：转发：关于退换一批手持打蛋器的函⟧</p>
<p>⟦m 发件人：鲥江麦香坊采购部 &lt;caigou@maixiangfang.cn&gt;⟧</p>
<p>⟦m 收件人：sales@hongbei-dq.com⟧</p>
<p>⟦m 时　间：2025年8月19日（周二）10:05⟧</p>
</div>
<div class="attbar">⟦a 附件 2 个：采购合同复印件.pdf（1.2M）　故障机器清单及照片.zip（8.6M）　全部下载⟧</div>
<div class="mbody">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<script src="/webmail/js/read.js"></script>
<div class="mfoot">⟦m 邮箱使用问题请致电企业邮箱服务中心 400-810-6633⟧</div>
</body></html>
""",
        body="""
鲂城县鸿焙电器有限公司：
我公司于7月28日向贵公司采购MC-301型手持打蛋器60台（合同编号MXF-CG-2025-041），用于各门店西点制作。使用两周以来，已有17台出现搅拌头插入后松脱的情况，影响门店正常出品。
根据双方合同第六条关于质量问题退换的约定，现函请贵公司：
一、于8月25日前派员到我公司中心仓库核验，对同批次60台全部予以更换；
二、更换前提供同型号备用机10台，保障门店周末使用。
请贵公司收函后三个工作日内书面回复。
联系人：采购部　霍思敏，电话：0785-8817336，邮箱：caigou@maixiangfang.cn。
附件：1.采购合同复印件
2.故障机器清单及照片
鲥江麦香坊食品有限公司
2025年8月18日
""",
    ),
    dict(
        slug="mail-runchuan-forwarded-notice-office-access-cards",
        site="润川科技员工邮件（转发，纯文本）(invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:all-market@runchuan-tech.com?msg=20251202-0931",
        title="关于新办公楼门禁卡权限开通及旧卡回收的通知",
        record_title="FWD：关于新办公楼门禁卡权限开通及旧卡回收的通知",
        date="2025-12-01",
        date_also=["2025-12-02"],
        notes="a forwarded mail as text: the forwarder's headers and short note (neutral), the original mail's headers, the notice "
        "with its own 联系人/分机 and 附件 line beside the forwarder's signature with a mobile, a confidentiality footer",
        page="""
!m 发件人：梅晓川 <meixc@runchuan-tech.com>
!m 发送时间：2025年12月2日 9:31
!m 收件人：市场部全体
!t 主题：FWD：关于新办公楼门禁卡权限开通及旧卡回收的通知
各位同事请按通知要求办理，谢谢。
!m -------- 原始邮件 --------
!m 发件人：行政部 <admin@runchuan-tech.com>
!m 日期：2025年12月1日 17:48
{T}
{BODY}
!w —— 梅晓川｜市场部经理｜手机 13902786514
!d 本邮件可能含有保密信息，如误收请立即删除并告知发件人。
""",
        body="""
各部门：
公司新办公楼将于12月8日正式启用。为做好搬迁期间的门禁管理，现将有关事项通知如下：
一、新楼门禁采用刷卡加人脸识别方式。12月3日至5日，请各部门组织员工到新楼一层大厅采集人脸信息，原工卡无需更换，权限由行政部统一开通。
二、实习生、外包人员门禁权限有效期至其合同截止日，延期需部门负责人申请。
三、旧办公楼门禁卡（蓝色）于12月12日前交回行政部，遗失的须书面说明。
四、访客到访须由接待人在前台登记，领取临时访客卡，当日归还。
联系人：行政部　覃丽，分机：8023。
附件：新办公楼各楼层门禁权限表
行政部
2025年12月1日
""",
    ),
]
