"""holdout198, part F: encyclopaedias and health Q&As, cloud-drive previews, search caches,
print views and forwarded mails, each once as HTML and once as text. A spinning-top entry with
an infobox, a contents box and edit/discuss/history tabs (no record title; the entry name opens
the body, matched as head); a health encyclopaedia's answer on how long a bandage may stay on; a
clay-pot work instruction in a cloud-drive preview as a ``.pdf``; a peephole fitting standard as
a ``.wps`` cut by ``⏥n⏥`` markers on lines of their own; a market-supervision buying tip in a search
cache frame with highlighted terms; a park's notice on top whipping in a text-only cache; a
property company's peephole repair procedure in a print view closed by a ``第1页 ⎈ 共1页``
footer; a clay-pot noodle shops' inspection 通报 in print with a date in Chinese numerals; a
pump order letter forwarded in a webmail view with its attachment bar; a test institute's letter
on toy tops forwarded as text. Invented text (sites, places, people, numbers, URLs); see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-zhiyuan-spinning-top-entry-infobox-tabs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/陀螺/30817",
        title="陀螺",
        record_title=None,
        date=None,
        notes="encyclopaedia page with no record title (the entry name in an <h1> opens the body, matched as head); a subtitle line, edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, a 'last edited' stamp (no date), a contributor count and a copyright line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知源百科</title>
<script>window.ITEM={id:30817};</script></head>
<body>
<div class="zy-top">⟦m 知源百科 — 人人可编辑的知识库⟧　⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="zy-tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<h1>{T}</h1>
<div class="zy-sub">⟦m 传统体育器材、儿童玩具⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名　陀螺⟧</td></tr>
<tr><td>⟦m 别　名　地转、冰尜、打老牛⟧</td></tr>
<tr><td>⟦m 类　别　民间体育、玩具⟧</td></tr>
<tr><td>⟦m 主要材质　木、铁、塑料⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 形制　2 玩法　3 健身价值⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-ref">⟦l 参考资料：[1] 盉阳县体育志编纂委员会．盉阳县体育志⟧</div>
<div class="zy-edit">⟦m 词条最近更新：3 天前　｜　共有 27 位编辑者参与⟧</div>
<div class="zy-foot">⟦d 本词条内容按知识共享协议发布，转载请注明出处⟧　⟦m © 知源百科⟧</div>
</body></html>
""",
        body="""
陀螺是一种上大下尖、能绕轴旋转的器具，既是儿童玩具，也是一项传统体育运动器材。在我国，玩陀螺的历史已有一千多年，南北各地都有流传。⟦l [1]⟧
形制
传统陀螺多用硬木削制，尖端常嵌一颗钢珠以减少磨损；用于健身的陀螺有铁制的，重量从几斤到十几斤不等。现代儿童玩具陀螺多为塑料制成，有的带发光、发声装置。
玩法
常见的玩法是“抽陀螺”：先用绳子缠绕陀螺或用手拧转使其起转，再用鞭子不断抽打，使其持续旋转。比赛中常见的项目有旋转时间赛、定点控制赛和集体表演等。
健身价值
抽陀螺能锻炼上肢力量和身体协调性，场地要求低，适合各年龄段人群，近年来成为许多地方中老年人喜爱的健身项目。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-zhiyuan-health-bandage-how-long-answer",
        site="知源百科·健康问答 (invented, text)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://baike.zhiyuan.example.com/health/q/118402",
        title="创可贴一般贴多久换一次？",
        record_title="创可贴一般贴多久换一次？_健康问答_知源百科",
        date=None,
        notes="a health encyclopaedia's answer page in text: _column_site suffix; a doctor's card with a hospital, an 'updated 3 days ago' stamp (no date), a 'helpful' row, a medical disclaimer, 'related questions' and an 'ask a doctor' prompt",
        page="""
!m 知源百科 › 健康问答 › 外科
!t 创可贴一般贴多久换一次？
!m 回答医生：武清扬　主治医师　瓮岭县人民医院 急诊科
!m 更新于 3 天前　·　1.6万人看过
{BODY}
!a 这个回答对你有帮助吗？　有帮助(302)　没帮助(5)
!d 以上内容仅作健康科普，不能代替医生面诊，如有不适请及时就医。
!l 相关问题：创可贴可以贴着睡觉吗？ ｜ 伤口结痂后还要贴创可贴吗？
!a ➤ 免费向医生提问
""",
        body="""
一般来说，创可贴最好每天更换一次，最长不要超过24小时。
创可贴的吸水垫能吸收少量渗出液，但透气性有限。贴的时间太长，伤口周围的皮肤会被汗液和渗出液泡得发白、变软，细菌容易繁殖，反而不利于愈合。
以下几种情况要及时更换：创可贴被水打湿；吸水垫被血液或渗出液浸透；创可贴边缘翘起、沾上了脏东西。
更换时，先轻轻揭下旧的创可贴，观察伤口有没有红肿、化脓，用碘伏消毒后再贴上新的。一般两三天伤口结痂以后，就可以不再贴了，让伤口暴露在空气中更容易恢复。
如果伤口三天以后仍然红肿、疼痛加重，或者出现发热，要及时到医院就诊。
""",
    ),
    dict(
        slug="netdisk-yunxia-clay-pot-work-instruction-pdf",
        site="云匣网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.com/s/1Qm7KcZt0pB",
        title="砂锅成型与烧成作业指导书",
        record_title="砂锅成型与烧成作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: a file-name record title; share info (sharer, expiry, size), save/download buttons, a 'preview first pages only' line between paragraphs, a complaint link, an ad for a VIP speed-up; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>砂锅成型与烧成作业指导书.pdf_免费高速下载|云匣网盘</title>
<script src="/static/pan/share.js"></script></head>
<body>
<div class="yx-top">⟦m 云匣网盘 · 你的文件随身匣⟧　⟦a 登录 ｜ 注册送10G⟧</div>
<div class="yx-share">
<h2>{T}</h2>
<p>⟦m 分享者：陶坊小周　分享时间：2 周前　有效期：永久有效　文件大小：1.36M⟧</p>
<p>⟦a 保存到我的网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-ad">⟦a 开通超级会员，预览全部页数、下载速度提升10倍⟧</div>
<div class="yx-foot">⟦a 投诉该分享⟧　⟦d 请勿上传、分享违法违规内容，一经发现将删除并封禁账号⟧　⟦m © 2025 云匣网盘⟧</div>
</body></html>
""",
        body="""
1 适用范围
本指导书适用于本坊手工拉坯成型砂锅的成型、干燥、施釉和烧成工序。
2 成型
2.1 泥料须经练泥机练制两遍以上，含水率控制在20%至22%。
2.2 拉坯时锅壁厚度均匀，锅底厚度比锅壁厚1至2毫米，成型后及时修坯。
3 干燥与施釉
3.1 坯体在阴凉处自然干燥5至7天，不得暴晒；干燥后含水率不超过3%。
⟦a —— 免费用户仅可预览前 2 页 ——⟧
3.2 只能使用经检测合格的无铅釉料，施釉前用湿布擦净坯体表面浮尘。
4 烧成
4.1 装窑时坯体之间留出不少于1厘米的间隙。
4.2 按升温曲线控制窑温，最高烧成温度1180℃至1220℃，保温40分钟后自然降温。
4.3 出窑后逐只敲击听音，声音沙哑或有裂纹的一律剔除。
""",
    ),
    dict(
        slug="netdisk-lanxia-peephole-fitting-standard-wps-markers",
        site="蓝匣网盘 (invented cloud-drive share, text)",
        style="网盘分享",
        genre="规范",
        kind="other",
        form="text",
        source="https://lanxia-pan.example.net/s/8vT2mQ",
        title="入户门门镜安装作业规范",
        record_title="入户门门镜安装作业规范（2025版）.wps",
        date=None,
        notes="cloud-drive text share: a file-name record title with a （2025版） tag (a year in a title alone is no date); the preview cut by '⏥n⏥' markers on lines of their own; decimal headings; share info, an extraction-code line, a save/download row and an expiry notice",
        pages=dict(fmt="⏥{n}⏥", every=100, start=2, glue=False),
        page="""
!m 蓝匣网盘 | 文件分享
!t 入户门门镜安装作业规范（2025版）.wps
!m 分享人：居安门业售后部　大小：214KB　浏览 380 次
!m 提取码：k7q2（已自动填写）
!a ⤓ 下载　　⎘ 保存到网盘　　⇪ 转发
{BODY}
!d 此分享链接将于 30 天后失效，请及时保存。
!a 下载蓝匣网盘客户端，大文件传输不限速
""",
        body="""
1 总则
1.1 本规范适用于本公司售后服务人员上门安装、更换入户门门镜。
1.2 安装人员应穿工作服、佩戴工作证，进门前向用户说明来意并出示派工单。
2 安装要求
2.1 门镜安装高度一般为门扇中心距地面1.45米至1.55米；用户家中有老人、儿童或轮椅使用者的，应征求用户意见，可加装低位门镜。
2.2 开孔直径应与门镜规格一致，开孔后清除孔内毛刺和金属屑，防止划伤镜片。
2.3 门镜装好后，从室内观察门外视野应清晰完整，从室外不能看清室内情况。
3 完工验收
3.1 安装完成后，请用户试看并在派工单上签字确认。
3.2 清理施工现场，带走包装物和废料，告知用户门镜的保养方法。
""",
    ),
    dict(
        slug="snapshot-mitu-bandage-buying-tip-highlight-frame",
        site="觅途搜索快照 (invented search cache of a county market-supervision page)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="https://cache.mitu-search.example.com/c?q=创可贴+选购&u=zhenhu.example.gov.cn/scjg/xfts/20250912_4410.html",
        title="消费提示：选购创可贴，这几点要看清",
        record_title="消费提示：选购创可贴，这几点要看清 - 觅途快照",
        date="2025-09-12",
        notes="search cache frame: a snapshot banner with a save time (no date) and highlighted terms, the original page's nav and 发布日期 byline (the page's date); numbered tips; the bureau's own 投诉举报 sentence with 12315; a print/close row and footer of the cached page",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>消费提示：选购创可贴，这几点要看清 - 觅途快照</title>
<style>.hl{background:#ff0}</style></head>
<body>
<div class="mitu-banner">⟦d 您正在浏览的是觅途搜索于 2025-09-30 09:17 保存的网页副本，原网页可能已更改⟧<br>⟦a 查看原网页⟧　⟦m 已为您标出以下搜索词：<span class="hl">创可贴</span> <span class="hl">选购</span>⟧</div>
<hr>
<div class="orig-head">⟦m 甄湖区市场监督管理局⟧</div>
<div class="orig-nav">⟦m 首页 | 机构概况 | 政务公开 | 消费维权 | 互动交流⟧</div>
<div class="orig-pos">⟦m 当前位置：首页 &gt; 消费维权 &gt; 消费提示⟧</div>
<h2>{T}</h2>
<div class="orig-meta">⟦m 发布日期：2025-09-12　来源：消费者权益保护科⟧</div>
<div class="orig-body">
{BODY}
</div>
<div class="orig-tools">⟦a 【打印】【关闭】⟧</div>
<div class="orig-foot">⟦m 甄湖区市场监督管理局 版权所有　湘ICP备17008826号⟧</div>
</body></html>
""",
        body="""
创可贴是家庭常备的小件医疗用品。近期，我局在抽查中发现个别小超市、便利店销售的创可贴存在标签不全、超过有效期等问题。在此提醒广大消费者，选购创可贴时要注意以下几点：
1. 看标签。正规创可贴包装上应标明产品名称、生产企业、医疗器械备案编号、生产日期和有效期。
2. 看包装。每片创可贴应独立密封包装，包装破损、受潮的不要购买。
3. 看需要。有胶布过敏史的，可选择低敏型；经常沾水的部位，可选择防水型；儿童可选择尺寸较小的儿童型。
4. 留凭证。购买时索要购物小票，发现质量问题可凭票维权。
如发现销售过期或无标签创可贴的，可拨打12315投诉举报。
""",
    ),
    dict(
        slug="snapshot-textcache-park-top-whipping-notice",
        site="文字快照 (invented text-only cache of a park office's page)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://textcache.example.org/view?url=www.heyang-park.example.cn/gg/2025/0415/66.html",
        title="关于规范公园内抽陀螺活动的公告",
        record_title="〔文字快照〕关于规范公园内抽陀螺活动的公告",
        date="2025-04-15",
        notes="a text-only cache: a 〔文字快照〕 prefix, a cache banner with a save time and a 'terms highlighted' line (no dates), the cached page's own header; numbered rules; the office's own 联系电话 in the body; the cached footer",
        page="""
!d 【文字快照】本页为网页的纯文字存档，保存于 2025-05-02 03:40，内容以原网页为准。
!m 本页已高亮关键词：抽陀螺 | 公园
!m 盉阳县城南体育公园管理处 — 公告公示
!t 关于规范公园内抽陀螺活动的公告
{BODY}
!m 盉阳县城南体育公园管理处 版权所有
!a 返回原网页 ▸
""",
        body="""
近年来，抽陀螺健身在我园广受欢迎，但也出现了鞭声扰民、鞭绳伤人、损坏地面等问题。为保障游园群众安全，维护公园秩序，现就规范园内抽陀螺活动公告如下：
一、抽陀螺活动须在公园东广场划定的专用区域内进行，其他区域一律禁止。
二、活动时间为每日6:00—8:30和16:00—21:00，其余时间请勿抽鞭。
三、鞭绳长度不得超过1.5米，严禁使用铁链、钢丝等作鞭绳；铁陀螺不得超过5公斤。
四、活动时与游客保持安全距离，有儿童靠近时应暂停抽打。
五、对不听劝阻的，公园管理人员有权制止。
联系电话：0745-3392 010（公园管理处）。
盉阳县城南体育公园管理处
2025年4月15日
""",
    ),
    dict(
        slug="print-juan-property-peephole-repair-procedure",
        site="居安物业 (invented property company, print view)",
        style="打印页",
        genre="工作流程",
        kind="other",
        form="html",
        source="https://www.juan-wuye.example.com/fwzn/print.php?id=219",
        title="入户门门镜报修处理流程",
        record_title="打印 ➔ 入户门门镜报修处理流程 · 居安物业",
        date="2025-03-14",
        notes="print view calling window.print(): a print header with the page address and a print time (no date), a 发布日期 line (the page's date), numbered steps, the property's own 报修电话 in the body, a close/print row and a print footer '第1页 ⎈ 共1页' (page)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印 ➔ 入户门门镜报修处理流程 · 居安物业</title>
<script>window.onload=function(){window.print();};</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="ph">⟦m 居安物业服务有限公司 · 服务指南⟧　⟦m 打印时间：2025/10/08 14:22⟧</div>
<div class="ph">⟦m https://www.juan-wuye.example.com/fwzn/219.html⟧</div>
<h2>{T}</h2>
<div class="pm">⟦m 发布日期：2025-03-14　发布部门：客户服务部⟧</div>
<div class="pc">
{BODY}
</div>
<div class="noprint">⟦a [ 打印 ]　[ 关闭本页 ]⟧</div>
<div class="pf">⟦p 第1页 ⎈ 共1页⟧</div>
</body></html>
""",
        body="""
为及时处理业主入户门门镜损坏、模糊、松动等问题，规范报修流程，制定本流程。
1. 报修：业主可通过物业服务中心前台、报修电话或小区服务号报修，报修电话0745-7781 900。
2. 派单：客服人员接单后30分钟内派单给维修班，并告知业主预计上门时间。
3. 上门：维修人员须穿工作服、佩戴工作证上门，属于公共部位或质保期内的，免费维修更换；属于业主自用部分的，按公示价格收费，收费前须征得业主同意。
4. 验收：维修完成后请业主试看门镜，确认视野清晰、安装牢固后签字。
5. 回访：客服人员在维修完成后两个工作日内电话回访。
独居老人报修的，优先派单，当天上门。
""",
    ),
    dict(
        slug="print-fuchuan-noodle-shops-inspection-cn-numerals",
        site="釜川县市场监督管理局 (invented, print view in text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.fuchuan.example.gov.cn/tzgg/print_4472.html",
        title="关于砂锅米线等小餐饮店食品安全专项检查情况的通报",
        record_title="〖打印版〗关于砂锅米线等小餐饮店食品安全专项检查情况的通报",
        date="2025-08-29",
        notes="print view in text: a 〖打印版〗 prefix, a print-time stamp and the page address (no dates), a 文号 line (neutral), a data table; the 成文日期 in Chinese numerals, then 抄送 and 印发 lines of the 版记; a print footer '— 第 1 页 ⎈ 共 1 页 —' (page)",
        page="""
!m 釜川县市场监督管理局　　打印时间：2025-09-03 10:05
!m 网址：http://scjg.fuchuan.example.gov.cn/tzgg/4472.html
!t 〖打印版〗关于砂锅米线等小餐饮店食品安全专项检查情况的通报
釜市监〔2025〕46号
{BODY}
!p — 第 1 页 ⎈ 共 1 页 —
""",
        body="""
各市场监管所：
8月，县局组织对城区砂锅米线、砂锅粉等小餐饮店开展食品安全专项检查，共检查门店63家，发现问题门店21家，现将检查情况通报如下。
问题类型　门店数
使用破损砂锅　9
原料进货台账缺失　7
从业人员健康证过期　5
针对检查发现的问题，已责令相关门店立即整改，对其中3家拒不整改的门店依法立案查处。
各市场监管所要在9月底前完成辖区内同类门店全覆盖检查，重点检查砂锅有无裂纹、原料来源和从业人员健康管理情况。
釜川县市场监督管理局
二〇二五年八月二十九日
抄送：县食品安全委员会办公室。
釜川县市场监督管理局办公室　　2025年8月29日印发
""",
    ),
    dict(
        slug="mail-webmail-fwd-pump-order-letter-attachment-bar",
        site="轻邮 webmail (invented mail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.qingyou.example.com/read?mid=ZK3a0917&folder=inbox",
        title="关于确认落地式打气筒订单交货事项的函",
        record_title="Fwd: 关于确认落地式打气筒订单交货事项的函",
        date="2025-04-24",
        date_also=["2025-04-25"],
        notes="webmail reading view: a Fwd: record title, the mail's headers (from/to/time) and a forwarded-message header, an attachment bar beside the letter's own 附件 line, the supplier's own 联系人/电话, a send date a day after the letter's date (letter's date expected, send date also accepted), reply/forward buttons and the webmail footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于确认落地式打气筒订单交货事项的函 - 轻邮</title></head>
<body>
<div class="qy-top">⟦m 轻邮⟧ ⟦m 葛建华 &lt;gejianhua@gsgj.example.cn&gt;⟧ ⟦a 退出⟧</div>
<div class="qy-tool">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="qy-head">
<h2>⟦t Fwd: 关于确认落地式打气筒订单交货事项的函⟧</h2>
<p>⟦m 发件人：蔡晓蕾 &lt;caixl@gsgj.example.cn&gt;⟧</p>
<p>⟦m 收件人：葛建华 &lt;gejianhua@gsgj.example.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月25日（星期五）上午 9:41⟧</p>
</div>
<div class="qy-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：捷力五金销售部 &lt;sales@jieli-hw.example.com&gt;⟧</p>
<p>⟦m 主题：关于确认落地式打气筒订单交货事项的函⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="qy-att">⟦a 📎 1 个附件：交货明细表.xlsx（18.2K）　预览　下载　存网盘⟧</div>
<div class="qy-foot">⟦m 轻邮 · 企业邮箱服务⟧　⟦d 请勿轻信邮件中的中奖、汇款信息⟧</div>
</body></html>
""",
        body="""
觚水县城市公共交通服务中心：
贵中心县城公共自行车服务点打气设备采购项目已确定由我公司供货，感谢贵中心的信任。现就交货有关事项函告如下：
一、交货内容：落地式打气筒40个，立柱式公益打气机8台，规格型号见附件交货明细表。
二、交货时间：2025年5月8日前一次性送达贵中心指定仓库。
三、安装调试：立柱式公益打气机由我公司负责上门安装，安装完成后双方共同验收。
四、质保服务：产品质保一年，质保期内非人为损坏免费维修更换。
请贵中心确认后回函。
联系人：蔡浩，电话：0746-8830 266。
附件：交货明细表
盉阳市捷力五金制品有限公司
2025年4月24日
""",
    ),
    dict(
        slug="mail-fwd-toy-tops-test-results-letter-docx",
        site="forwarded mail (invented, text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:export/2025-07-18-tuoluo-test.eml",
        title="关于送检陀螺玩具检测结果的告知函",
        record_title="转发：关于送检陀螺玩具检测结果的告知函.docx",
        date="2025-07-16",
        date_also=["2025-07-18"],
        notes="a forwarded mail as text: a file-name record title behind 转发：; the forwarding note and the mail headers, an attachment line of the mail, a test-results table, the institute's own 联系人/电话/邮箱, a send date two days after the letter's date (letter's date expected, send date also accepted), a mail client's footer",
        page="""
!m 发件人：邝明亮 <kuangml@xuanfeng-toys.example.com>
!m 发送时间：2025年7月18日 16:03
!m 收件人：质量部全体 <qa@xuanfeng-toys.example.com>
!m 主　题：转发：关于送检陀螺玩具检测结果的告知函.docx
!a 附　件：关于送检陀螺玩具检测结果的告知函.docx（42 KB）
!m 各位：检测所的函转给大家，请质量部按要求整改，周五前报整改方案。
!m ------------------ 原始邮件 ------------------
!m 发件人：甄湖区产品质量检验所 <jys@zhenhu-qi.example.cn>
{T}
{BODY}
!d 本邮件及其附件含有保密信息，仅限收件人使用，如误收请立即删除。
!m —— 由 轻邮 发送 ——
""",
        body="""
旋风玩具制品有限公司：
贵公司于2025年7月2日送检的陀螺玩具样品共4个型号，我所已按照玩具安全国家标准完成检验，现将检测结果告知如下：
型号　检验项目　结论
XF-101发光战斗陀螺　小零件、锐利边缘　合格
XF-102发光战斗陀螺　电池仓、标识　不合格
XF-205木质陀螺　可迁移元素　合格
XF-306发射器套装　动能、锐利尖端　合格
不合格项目为电池仓未使用螺钉紧固，儿童可徒手打开。请贵公司对该型号产品进行整改，整改后可重新送检。
联系人：龙嘉慧，电话：0739-5536 209，邮箱：jys@zhenhu-qi.example.cn。
甄湖区产品质量检验所
2025年7月16日
""",
    ),
]
