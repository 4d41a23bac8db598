"""holdout326, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mail. Invented text."""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-boot-shaper-h1",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.cn/item/靴筒撑/30218",
        title="靴筒撑",
        record_title=None,
        date=None,
        notes="no title in the record (the <title> is the site's): the entry name in the <h1>, also the body's first word "
        "(head match); edit/discuss/history tabs, infobox, contents box, a reference marker glued after a sentence, an "
        "'edit this section' link glued to a heading; an update stamp is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧ ⟦m 人人可编的知识库⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<h1 class="lemma-title">{T}</h1>
<div class="lemma-sub">⟦m 鞋用护理用品⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：靴筒撑⟧</td></tr>
<tr><td>⟦m 别　名：靴撑、靴筒支撑器⟧</td></tr>
<tr><td>⟦m 常见材质：塑料、硬纸、泡棉⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 用途　2 种类　3 使用注意⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 峓州市鞋业协会．靴类产品护理指南⟧</p></div>
<div class="stat">⟦m 词条统计：浏览 8,712 次　编辑 9 次　最近更新：2025-01-20⟧</div>
<footer>⟦d 知源百科词条内容由网友编辑，仅供参考⟧ ⟦m © 2025 知源百科⟧</footer>
<script src="/static/lemma/lemma.min.js"></script>
</body></html>
""",
        body="""
靴筒撑，又称靴撑、靴筒支撑器，是放置在靴子筒身内部、用于保持靴筒挺直的鞋用护理用品。
用途
长筒靴、中筒靴的靴筒多为皮革或人造革，长期存放时容易塌陷、起褶，靴筒撑可以撑开筒身，防止折痕，保持靴子外形。⟦m [1]⟧
种类⟦a ✎改写本段⟧
常见的靴筒撑有硬纸筒式、塑料弹片式、充气式和泡棉式等。硬纸筒式价格低，但受潮易变形；塑料弹片式可调节粗细，适用范围较广；泡棉式质地柔软，不易划伤靴里。
使用注意
放入靴筒撑前应先将靴子擦干晾透；皮靴收储时最好配合防尘袋使用，避免阳光直射。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-sock-drying-rack",
        site="览物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.lanwubaike.com/wiki/晾袜架",
        title="晾袜架",
        record_title="晾袜架（家居日用品）_览物百科",
        date=None,
        notes="encyclopaedia text page: the entry name with a sense note in the record and on the page, edit/add-sense "
        "row, review line, section headings in the body, references; '2 个月前' is no date",
        page="""
!m 览物百科 — 览物知天下
!m 首页 > 生活百科 > 家居日用
!t 晾袜架（家居日用品）
!a 编辑词条　｜　添加义项　｜　收藏　｜　分享
!m 本词条由“览物百科·生活科普”审核
{BODY}
!l 参考资料
!l 1. 家用晾晒器具选购与使用常识
!m 词条统计：浏览 3,095 次　编辑 6 次　最近更新：2 个月前
!d 览物百科提醒：词条内容仅供参考，如需专业意见请咨询相关人士
""",
        body="""
晾袜架是一种用于晾晒袜子、内衣、毛巾等小件衣物的家居用品，通常由挂钩、支架和若干夹子组成。
结构
晾袜架按形状可分为圆盘式、方形式和长条式。圆盘式中间有一个挂钩，四周均匀分布夹子；方形式承重较大，可同时晾晒较多衣物；长条式多用于窄小阳台。夹子数量一般为十至四十个。
材质
早期晾袜架多为铁丝或塑料制成，近年来不锈钢、铝合金材质逐渐普及，具有耐腐蚀、不易老化的特点。
安全提示
晾袜架应挂在阳台内侧或室内，不宜悬挂于窗外；挂钩应有防脱设计，避免大风时坠落伤人。
""",
    ),
    dict(
        slug="clouddrive-yunxia-instruction-neck-pillow-qc-markers",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1qZ7mK3vR",
        title="记忆棉颈枕成品检验作业指导书",
        record_title="记忆棉颈枕成品检验作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: the file name as the page's title, '分享于 2 个月前' (no date), save/download "
        "buttons, VIP preview limit; '⩣ n ⩣' marker paragraphs cut sentences; a file-number line above the body "
        "(neutral); decimal headings 3.1–3.4; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>记忆棉颈枕成品检验作业指导书.pdf - 云匣网盘</title></head><body>
<div class="top">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="file-bar"><span class="fname">⟦t 记忆棉颈枕成品检验作业指导书.pdf⟧</span> ⟦m 268.4 KB · 分享于 2 个月前 · 有效期：永久⟧</div>
<div class="file-ops">⟦a 转存到云匣⟧ ⟦a 下载（需登录）⟧ ⟦a 举报⟧</div>
<div class="sharer">⟦m 分享者：质检部老林⟧</div>
<div class="preview">
<p class="doc-no">文件编号：QC-WI-017　版本：A/1</p>
{BODY}
</div>
<div class="vip">⟦a 非会员仅可预览前3页，开通超级会员查看全部⟧</div>
<div class="foot">⟦d 请勿通过云匣网盘分享违法违规内容⟧ ⟦m © 2025 云匣网盘⟧</div>
<script src="https://pan.yunxia.cn/static/share/preview.js"></script>
</body></html>
""",
        p_html='<p class="pdf-line">{}</p>',
        pages=dict(fmt="⩣ {n} ⩣", every=90, start=2),
        body="""
1 目的
规范记忆棉颈枕成品检验，确保出厂产品符合质量要求。
2 适用范围
适用于本公司生产的U型记忆棉颈枕成品检验。
3 检验项目
3.1 外观：枕套无污渍、无破损，缝线平直，拉链顺滑。
3.2 尺寸：用卷尺测量内径和厚度，偏差不超过±5毫米。
3.3 回弹：用手掌按压枕芯5秒后松开，10秒内恢复原状为合格。
3.4 标识：吊牌应注明材质、尺寸、洗涤方法和执行标准。
4 不合格品处理
检验不合格的产品贴红色标签，放入隔离区，由质检组长填写不合格品处理单。
""",
    ),
    dict(
        slug="clouddrive-feige-summary-homestay-keycard-markers",
        site="飞鸽云盘 (invented cloud drive)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.feigeyunpan.com/f/8Hc2Lq0x",
        title="湠水镇民宿客房节能改造工作总结",
        record_title="湠水镇民宿客房节能改造工作总结.docx",
        date="2024-12-16",
        notes="cloud-drive text preview: file name as the title, share stamp (no date); '⊿ 第n页 ⊿' markers on lines of "
        "their own cut sentences; 成文日期 under the signature",
        page="""
!m 飞鸽云盘 · 文件预览
!t 湠水镇民宿客房节能改造工作总结.docx
!m 文件大小：41 KB　　分享人：湠水镇文旅办　　分享时间：2024-12-18 10:42
!a 保存到云盘　　下载　　用其他应用打开
{BODY}
!a 预览仅显示部分页面，请下载后查看完整文档
!m 飞鸽云盘 feigeyunpan.com　文件安全由飞鸽守护
!d 如发现分享内容侵权，请联系 jubao@feigeyunpan.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⊿ 第{n}页 ⊿", every=90, start=2),
        body="""
今年以来，湠水镇围绕乡村旅游提质，组织全镇23家民宿开展客房节能改造，重点推广插卡取电开关。现将工作情况总结如下。
一、基本情况。全镇民宿共有客房312间，改造前仅有96间安装了取电开关。截至11月底，已完成改造287间，改造率达92%。
二、主要做法。镇里联系县供电公司技术人员上门指导，统一选用感应式取电开关；对改造户按每间客房80元给予补贴；组织民宿经营者到县城星级酒店参观学习。
三、取得成效。经抽样测算，改造后民宿客房月均用电量下降约18%，全年未发生一起电气火灾。
四、下一步打算。明年将对剩余客房全部完成改造，并探索为民宿安装用电监测系统。
湠水镇人民政府
2024年12月16日
""",
    ),
    dict(
        slug="snapshot-xunzong-station-cable-boxes-notice",
        site="觅隅搜索 snapshot of 涳阳汽车客运站 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cache.miyu-ss.com/c?u=www.kyqczz.com/gg/2024/0820/66.html",
        title="涳阳汽车客运站关于候车厅设置共享充电线收纳盒的公告",
        record_title="涳阳汽车客运站关于候车厅设置共享充电线收纳盒的公告 - 觅隅快照",
        date="2024-08-19",
        date_also=["2024-08-20"],
        notes="search-cache frame: capture banner with its own stamp (no date), original-page and text-only links, "
        "highlighted-keyword line, disclaimer; the station's ticket line in the header; page date differs from the "
        "成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>涳阳汽车客运站关于候车厅设置共享充电线收纳盒的公告 - 觅隅快照</title></head><body>
<div class="snap-banner" style="border:1px solid #ccc;background:#f9f9f9">
<p>⟦d 这是觅隅搜索 2025年3月2日 14:20 对 www.kyqczz.com/gg/2024/0820/66.html 的快照留存，当前页面可能已变化。⟧</p>
<p>⟦a 访问原网页⟧ ⟦a 纯文字版⟧</p>
<p>⟦m 以下关键词已高亮：充电线 收纳盒 候车厅⟧</p>
<p>⟦d 觅隅搜索与该网页作者无关，不对其内容负责。⟧</p>
</div>
<div class="orig">
<div class="top">⟦m 涳阳汽车客运站⟧ ⟦m 购票热线：0836-5100960⟧ <a>⟦a 网上购票⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 班次查询⟧</li><li>⟦m 站务公告⟧</li><li>⟦m 乘车须知⟧</li></ul>
<h2>{T}</h2>
<p class="info">⟦m 发布日期：2024-08-20　点击：733⟧</p>
<div class="text">
{BODY}
</div>
<div class="foot">⟦m 涳阳汽车客运站　地址：涳阳县湠水路1号⟧ ⟦m 蜀ICP备14020981号⟧</div>
</div>
</body></html>
""",
        body="""
广大旅客朋友：
为方便旅客候车期间为手机充电，本站在候车厅东西两侧座椅区设置了24个共享充电线收纳盒，每盒配有三合一充电线和独立开关，免费使用。
使用时请打开盒盖取出充电线，充电完毕后将线收回盒内并盖好盒盖。为保障用电安全，收纳盒插座仅供手机、平板等小功率设备使用，禁止接入电热水壶、电暖器等。
如发现充电线破损或无法充电，请告知服务台工作人员。
涳阳汽车客运站
2024年8月19日
""",
    ),
    dict(
        slug="snapshot-souyi-text-consumer-tip-boot-shapers",
        site="瞥见快照 text-only cache of 畤原县消费者权益保护委员会 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://kz.piejian-search.cn/text?u=www.zyxxbw.org.cn/xfts/2024/1125/88.html",
        title="消保委提示：选购靴筒撑看三点",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="title given by the record as is; text-only cache banner with a crawl stamp (no date), original URL line; "
        "the council's posting date differs from the 成文日期; the council's address and phone after the body",
        page="""
!d 瞥见快照：本页为 2025-02-11 抓取的文字版存档，原页面可能已更新
!a 查看原网页 ｜ 带图片版本
!m 原网址：http://www.zyxxbw.org.cn/xfts/2024/1125/88.html
!m 畤原县消费者权益保护委员会 — 消费提示
{T}
!m 发布：县消保委秘书处　　2024-11-26
{BODY}
!m 地址：畤原县城南大道96号　　咨询电话：0835-7212315
!l 相关提示：冬季选购羽绒服注意事项 ｜ 电暖器使用安全提示
""",
        body="""
入冬以来，长筒靴进入销售旺季，配套的靴筒撑也成了热销商品。县消费者权益保护委员会近期收到多起消费者投诉，反映购买的靴筒撑边缘有毛刺、划伤靴里，或者撑片太硬把靴筒撑变形。为此，县消保委提醒消费者选购时注意三点：
一是看边缘。靴筒撑边缘应光滑圆润，用手摸不扎手。
二是试弹力。按压撑片后能平稳回弹，力度适中，过硬的容易撑坏靴筒。
三是查标识。正规产品应标明材质、适用靴型和生产厂家。
消费者如遇质量问题，可拨打12315投诉举报。
畤原县消费者权益保护委员会
2024年11月25日
""",
    ),
    dict(
        slug="print-pingchuan-school-rules-drying-racks",
        site="洴川县第一中学 学生处 print view (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.pcyz.edu.cn/xsc/zd/2024/0830/72.html?print=1",
        title="学生宿舍晾晒管理规定",
        record_title="打印预览 ◂ 学生宿舍晾晒管理规定 · 洴川县第一中学",
        date=None,
        notes="print view calling window.print(): print buttons, page URL, print time (no date), a print footer "
        "'⠶ 第1页／共1页 ⠶' closing it; rules in 第N条 articles with only an effective clause (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印预览 ◂ 学生宿舍晾晒管理规定 · 洴川县第一中学</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a 关闭预览⟧ ⟦a 返回原文⟧</div>
<div class="print-head">⟦m 洴川县第一中学 · 学生处⟧ ⟦m https://www.pcyz.edu.cn/xsc/zd/2024/0830/72.html⟧</div>
<h2 align="center">{T}</h2>
<div class="print-meta">⟦m 打印时间：2025-03-18 08:05⟧</div>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p ⠶ 第1页／共1页 ⠶⟧</div>
</body></html>
""",
        body="""
第一条　为保持宿舍整洁卫生，规范学生晾晒行为，制定本规定。
第二条　袜子、内衣等小件衣物应晾晒在宿舍阳台统一配置的晾袜架上，不得搭在床栏、暖气片和窗户把手上。
第三条　晾袜架由宿舍长负责管理，每人使用的夹位贴名标识，不得随意占用他人夹位。
第四条　晾晒衣物应于次日午休前收回；节假日离校前须将晾袜架上的衣物全部收回。
第五条　禁止将晾袜架挂在阳台护栏外侧或窗外。
第六条　违反本规定的，由宿管员提醒整改；屡次不改的，纳入宿舍文明评比扣分。
第七条　本规定自2024年9月1日起施行。
""",
    ),
    dict(
        slug="print-kongyang-bus-notice-anti-fatigue-pillows",
        site="涳阳县公交客运集团办公门户 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.kygj.local/doc/view/2025-0003?print",
        title="关于做好春运期间驾驶员防疲劳工作的通知",
        record_title="打印版 → 关于做好春运期间驾驶员防疲劳工作的通知（春运专用）",
        record_date="2025-01-10",
        date="2025-01-10",
        notes="print view of an intranet notice: printer and print time (no date), the 文号 line under the title (neutral), "
        "page URL and a print footer '⍕ 打印页 1 / 1 ⍕' closing it; the record's date equals the 成文日期",
        page="""
!m 涳阳县公交客运集团有限公司 · 办公门户（打印版）
!m 打印人：安全部 晏东　　打印时间：2025-01-11 09:30
{T}
涳公客〔2025〕3号
{BODY}
!m 本页地址：http://oa.kygj.local/doc/view/2025-0003
!p ⍕ 打印页 1 / 1 ⍕
""",
        indent="\u3000\u3000",
        body="""
各车队、各站点：
2025年春运将于1月14日开始。为防止驾驶员疲劳驾驶，保障春运安全，现就有关事项通知如下：
一、严格执行驾驶员日间连续驾驶不超过4小时、夜间不超过2小时的规定，途中停车休息不少于20分钟。
二、公司已为长途线路驾驶员配发颈枕，各车队要督促驾驶员在停车休息时使用，不得在行车中佩戴。
三、各站点休息室要保证热水供应，设置临时休息床位。
四、安全部每日抽查车载监控，发现疲劳驾驶的，立即通知车队调整。
涳阳县公交客运集团有限公司
2025年1月10日
""",
    ),
    dict(
        slug="mail-wahe-webmail-letter-order-cable-boxes",
        site="溛禾邮 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.wahe-elec.com/read?mid=20250409102611",
        title="关于订购阻燃型充电线收纳盒的函",
        record_title="转发：关于订购阻燃型充电线收纳盒的函",
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="webmail reading view: folders, ops row, forwarded headers with a mail 抄送 and send time, an attachment bar "
        "beside the letter's own 附件 list and 抄送 line; the letter's contact and mailbox; mail date differs from the "
        "成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发：关于订购阻燃型充电线收纳盒的函 - 溛禾邮 企业邮箱</title></head><body>
<div class="mail-top">⟦m 溛禾邮 · 企业邮箱⟧ ⟦m sales@wahe-elec.com⟧ <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a> <a>⟦a 退出⟧</a></div>
<div class="folders">⟦m 收件箱(12)⟧ ⟦m 星标邮件⟧ ⟦m 已发送⟧ ⟦m 草稿箱⟧ ⟦m 垃圾邮件⟧</div>
<div class="mail-ops">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为…⟧</div>
<div class="mail-head">
<h3>⟦t 转发：关于订购阻燃型充电线收纳盒的函⟧</h3>
<p>⟦m 发件人：詹立伟 &lt;zwc@yzsz-school.cn&gt;⟧</p>
<p>⟦m 收件人：销售部 &lt;sales@wahe-elec.com&gt;⟧</p>
<p>⟦m 抄　送：财务室 吴敏 &lt;cws@yzsz-school.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月9日（星期三）上午10:26⟧</p>
</div>
<div class="attach-bar">⟦a 📎 2 个附件：收纳盒订购清单.xlsx（12 KB）　安装点位示意图.pdf（486 KB）　全部下载　预览⟧</div>
<div class="mail-body">
<p>⟦m -------- 转发的邮件 --------⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 此邮件已经溛禾邮安全扫描，未发现病毒⟧</div>
<script src="/webmail/js/read.js"></script>
</body></html>
""",
        body="""
峓州溛禾电子科技有限公司：
我校计划为新建的图书馆自习室和计算机教室配置充电线收纳盒，经比较贵公司样品，拟订购阻燃型收纳盒120个，具体型号和数量见附件清单。
请贵公司于4月18日前将正式报价单和产品检测报告盖章后回传至我校，以便按程序办理采购手续。
联系人：总务处 詹立伟，电话：0832-6240917，邮箱：zwc@yzsz-school.cn。
附件：1.收纳盒订购清单
2.安装点位示意图
峓州市第三中学总务处
2025年4月8日
抄送：学校财务室
""",
    ),
    dict(
        slug="mail-hean-forward-notice-keycard-replacement-docx",
        site="forwarded mail as text (invented hotel group)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://tanshui@hean-hotels.com/inbox/20240614-1648",
        title="关于更换客房插卡取电开关的通知",
        record_title="转发：关于更换客房插卡取电开关的通知.docx",
        record_date="2024-06-14",
        date="2024-06-14",
        notes="a forwarded mail saved as text: forward headers with the subject as an attachment's file name, an "
        "attachment line, the forwarder's note to the branch (neutral), a mail client's signature and a disclaimer",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人：禾岸酒店集团工程部 <gcb@hean-hotels.com>
!m 发送时间：2024年6月14日 星期五 16:48
!m 收件人：湠水店 工程组 <tanshui@hean-hotels.com>
!m 主题：转发：关于更换客房插卡取电开关的通知.docx
!a 附件：关于更换客房插卡取电开关的通知.docx（28 KB）　下载 ｜ 预览
湠水店：请周一前排好更换计划报我。——龚立群
{BODY}
!m 发自禾岸邮 Android 客户端
!d 本邮件及附件仅供收件人使用，如误收请删除并通知发件人
""",
        body="""
各门店：
经集团研究，决定自6月下旬起分批更换各门店客房老旧插卡取电开关，统一更换为感应式取电开关。现将有关事项通知如下：
一、更换范围为2018年以前开业门店的全部客房，共计486间。
二、各门店要合理安排更换时间，原则上每天更换不超过10间，不得影响正常接待。
三、更换完成后，门店工程人员要逐间测试拔卡断电和延时功能，并填写验收记录。
集团工程部
2024年6月14日
""",
    ),
]
