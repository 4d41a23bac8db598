"""holdout299, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML page and one text
each). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="zhiyuan-wiki-entry-drool-towel-infobox-edit-links",
        site="知源百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.cn/item/口水巾/60917",
        title="口水巾",
        record_title="口水巾_婴幼儿护理用品_知源百科",
        date=None,
        notes="an encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers "
        "glued after a 。 and an 'edit' link glued to a section heading; the entry name opens the body; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>口水巾_婴幼儿护理用品_知源百科</title></head><body>
<div class="wk-top">⟦m 知源百科 · 开放的知识平台⟧　<a>⟦a 创建词条⟧</a>　<a>⟦a 个人中心⟧</a></div>
<div class="wk-tabs">⟦a 词条　｜　编辑　｜　讨论　｜　历史版本⟧</div>
<h1>{T}</h1>
<div class="wk-sub">⟦m 婴幼儿护理用品⟧</div>
<table class="infobox">
<tr>⟦m <th>中文名</th><td>口水巾</td>⟧</tr>
<tr>⟦m <th>别　名</th><td>围嘴、口水兜</td>⟧</tr>
<tr>⟦m <th>适用人群</th><td>0～3岁婴幼儿</td>⟧</tr>
<tr>⟦m <th>常见材质</th><td>纯棉纱布、竹纤维</td>⟧</tr>
</table>
<div class="toc">⟦l 目录　1 形制　2 用途　3 使用注意⟧</div>
<div class="wk-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《婴幼儿日常照护指南》，宸州科学技术出版社⟧</p><p>⟦l 2. 宥城区妇幼保健所育儿科普专栏⟧</p></div>
<div class="wk-stat">⟦m 浏览次数：24,381　编辑次数：9次　最近更新：3 天前⟧</div>
<div class="wk-foot">⟦d 词条内容由网友协作编辑，仅供参考，不构成医疗建议。⟧　⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        body="""
口水巾是围在婴幼儿颈部、用于吸收口水和防止衣物被浸湿的护理用品，又称围嘴、口水兜。⟦l [1]⟧
形制
常见的口水巾有三角形、圆形和U形三种，以按扣、魔术贴或系带固定在颈后。材质多为纯棉纱布、竹纤维或毛巾布，部分产品背面加有防水层。
用途⟦a [编辑本段]⟧
婴儿在出牙期唾液分泌增多，而吞咽功能尚未发育完善，口水常流到下巴和颈部。佩戴口水巾可以保持皮肤干爽，减少口水疹的发生。⟦l [2]⟧
使用注意
口水巾应勤换勤洗，浸湿后及时更换；婴儿睡眠时应取下，以免缠绕颈部。选购时宜选择符合婴幼儿纺织产品A类要求的产品。
""",
    ),
    dict(
        slug="zhiyuan-wiki-entry-pot-brush-text-record-title",
        site="知源百科 (invented, encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiyuan-wiki.cn/item/锅刷/11820",
        title="锅刷",
        date=None,
        notes="record title as is (an entry name); a contents line, a contributor line and an update stamp "
        "(no date); section headings inside the body",
        page="""
!m 知源百科
!a 编辑　｜　讨论　｜　收藏
{T}
!m 厨房清洁工具
!l 目录：1 历史　2 分类　3 选用　4 保养
{BODY}
!l 词条标签：厨具　清洁用品　生活用品
!m 本词条贡献者：灶边学徒 等7人　最近更新于 2025-04-03
!d 知源百科词条内容仅供参考
""",
        body="""
锅刷是用于刷洗锅具的清洁工具，一般由刷头和刷柄组成。
历史
我国民间很早就有用竹丝、高粱穗、棕丝扎制锅刷的习惯。竹丝锅刷又称“炊帚”，至今仍在南方农村广泛使用。
分类
按刷头材料，锅刷可分为竹丝锅刷、棕毛锅刷、剑麻锅刷、尼龙锅刷、钢丝锅刷和海绵锅刷等；按形状，可分为长柄锅刷、短柄锅刷和手握式锅刷。
选用
铁锅宜用竹丝或棕毛锅刷，不粘锅宜用海绵或软毛锅刷。钢丝锅刷容易划伤锅具涂层，一般只用于清除焦垢。
保养
锅刷用后应冲洗干净、沥干水分，悬挂在通风处，刷头发黑或掉丝时应及时更换。
""",
    ),
    dict(
        slug="yunxia-pan-work-instruction-kettle-sleeves-wps-decimal",
        site="云匣网盘 (invented, cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/Qm7vT2kd",
        title="保温水壶套缝制作业指导书",
        record_title="保温水壶套缝制作业指导书.wps",
        date=None,
        notes="a cloud-drive preview: file size, sharer, expiry, an extraction code and VIP prompts; a .wps file "
        "name as the record title; decimal headings 1.1–4.1; an instruction: no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>保温水壶套缝制作业指导书.wps_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.cn/static/share.js"></script></head><body>
<div class="yx-head">⟦m 云匣网盘⟧　<a>⟦a 登录领取2T空间⟧</a></div>
<div class="yx-file">
<h2>⟦t 保温水壶套缝制作业指导书.wps⟧</h2>
<p>⟦m 78.5KB　｜　分享者：缝纫机旁的老周　｜　有效期：30天⟧</p>
<p>⟦m 提取码：8kq3⟧</p>
<p>⟦a 保存到我的云匣　｜　下载　｜　举报⟧</p>
</div>
<div class="yx-preview">
<p class="ttl">{T}</p>
{BODY}
</div>
<div class="yx-vip">⟦a 非会员仅可预览前2页，开通超级会员解锁全文预览与极速下载⟧</div>
<div class="yx-foot">⟦d 云匣网盘仅提供存储服务，分享内容由用户自行上传，如有违规请举报。⟧</div>
</body></html>
""",
        body="""
1 目的
1.1 规范保温水壶套缝制作业，确保产品尺寸、线迹和保温性能符合客户要求。
2 适用范围
2.1 本指导书适用于缝制车间保温水壶套全部款式。
3 作业要求
3.1 裁片核对：开工前核对外层牛津布、内衬珍珠棉和里布三层裁片的数量与尺寸，偏差超过2毫米的不得使用。
3.2 车缝：三层合缝采用每3厘米12针的针距，起止处回针不少于3针。
3.3 肩带：肩带两端用双针加固车缝，并打套结。
3.4 检验：每件成品须检查开口、拉链和肩带，拉力抽检每批不少于5件。
4 记录
4.1 班组长每班填写《缝制作业记录表》，交质检员签字后存档。
""",
    ),
    dict(
        slug="yunzhou-pan-rules-shared-picnic-mats-doc-markers",
        site="云舟网盘 (invented, cloud drive)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.yunzhoupan.com/share/e4Hq91",
        title="巽溪滨水公园共享野餐垫借还管理规定",
        record_title="巽溪滨水公园共享野餐垫借还管理规定.doc",
        date=None,
        notes="a cloud-drive text preview cut by page markers on lines of their own; a .doc file name as the record "
        "title; 第N条 articles (one asks borrowers to 扫描二维码: content); a rule with only an effective clause: no date",
        page="""
!t 巽溪滨水公园共享野餐垫借还管理规定.doc
!m 文件大小：42KB　分享者：公园小管家　分享时间：2 周前
!a 保存到云舟　　下载　　转存
!m 提取码：p5wz
{BODY}
!a 文档较长，仅预览部分内容，完整版请保存后查看
!d 云舟网盘不对用户分享的内容负责，如发现侵权内容请联系客服处理。
""",
        pages=dict(fmt="╓{n}╖", every=140, start=2),
        body="""
第一条　为规范巽溪滨水公园共享野餐垫的借用和归还，方便游客使用，制定本规定。
第二条　共享野餐垫由公园管理处统一采购、编号和管理，放置于东门、北门服务点。
第三条　游客凭有效身份证件或扫描服务点二维码登记后借用，每次限借一张，借用时间不超过四小时。
第四条　借用人应爱护野餐垫，不得在野餐垫上使用明火、烧烤，不得用于河滩涉水。
第五条　归还时，借用人应抖净垫面杂物；服务点工作人员当场检查，无破损的即时办结。
第六条　野餐垫损坏或遗失的，借用人按购置价格的百分之五十赔偿。
第七条　服务点每日闭园后对归还的野餐垫进行清洁，每周消毒一次，并做好记录。
第八条　本规定由巽溪滨水公园管理处负责解释，自2025年5月1日起施行。
""",
    ),
    dict(
        slug="shiying-snapshot-cdc-cup-brush-tips-banner",
        site="拾影快照 of 巽川县疾病预防控制中心 (invented)",
        style="搜索快照",
        genre="科普",
        kind="news",
        form="html",
        source="http://snapshot.shiying-search.com/cache?u=www.xccdc.cn/jkjy/2025/0326/771.html",
        title="杯刷多久换一次？疾控提醒这几点",
        record_title="杯刷多久换一次？疾控提醒这几点_巽川县疾控中心 · 拾影快照",
        date="2025-03-26",
        notes="a search-cache frame: a capture banner with its own stamp (no date) and highlighted terms above the "
        "original page; the original byline's 发布时间 as the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>杯刷多久换一次？疾控提醒这几点_巽川县疾控中心 · 拾影快照</title></head><body>
<div class="snap-banner">⟦d 拾影快照：本页面为 2025年9月14日 05:41 抓取的历史版本，原网页可能已更新或失效。⟧
⟦a 查看原网页 ›⟧<br>⟦d 以下词语已在页面中高亮：杯刷　更换　消毒⟧</div>
<div class="orig">
<div class="cdc-head">⟦m 巽川县疾病预防控制中心⟧　⟦m 首页 ｜ 健康教育 ｜ 疾病防控 ｜ 信息公开⟧</div>
<div class="cdc-pos">⟦m 当前位置：首页 > 健康教育 > 健康提示⟧</div>
<h2>{T}</h2>
<div class="cdc-info">⟦m 发布时间：2025-03-26　来源：健康教育所　字体：【大 中 小】⟧</div>
{BODY}
<div class="cdc-foot">⟦m 巽川县疾病预防控制中心　疫情报告电话：0739-5512120⟧　⟦m 湘ICP备13002690号⟧</div>
</div>
</body></html>
""",
        body="""
不少市民家里都有专门刷杯子的杯刷，但很少有人留意它该多久换一次。县疾控中心提醒，杯刷长期潮湿，刷毛之间容易残留茶渍、奶渍，成为细菌滋生的温床。
一、及时更换。一般家庭使用的杯刷，建议每三个月更换一次；刷毛出现变形、发黑、脱落时应立即更换。
二、用后晾干。杯刷用完后要冲洗干净，甩干水分，悬挂放置在通风处，不要泡在水池或杯子里。
三、定期消毒。可每周用开水烫洗一次，或用稀释后的含氯消毒液浸泡10分钟后冲净。
四、专刷专用。刷奶瓶、刷水杯的杯刷要与洗碗刷分开，家庭成员较多的可按颜色区分。
""",
    ),
    dict(
        slug="shiying-text-cache-pot-brush-buying-tips-signature",
        site="拾影快照 of 聿水县市场监督管理局 (invented, text-only cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://snapshot.shiying-search.com/text?u=scjgj.yushui.gov.cn/xfts/2025/0109.html",
        title="消费提示：选购锅刷看这三点",
        record_title="〔无图精简快照〕消费提示：选购锅刷看这三点 - 聿水县市场监督管理局",
        date="2025-01-09",
        notes="a text-only cache: the capture line and a text-only note (no date), the original header; 成文日期 "
        "under the signature; 12315 in the body",
        page="""
!d 拾影快照（纯文本版）：抓取于 2025-06-30 22:07，图片与样式已省略
!a 返回完整快照
!m 聿水县市场监督管理局
!m 首页 >> 消费维权 >> 消费提示
{T}
!m 浏览次数：915
{BODY}
!m 聿水县市场监督管理局主办　投诉举报：12315
""",
        body="""
春节临近，不少市民开始添置厨房用品。聿水县市场监督管理局提醒广大消费者，选购锅刷时注意以下三点：
一看标识。正规锅刷应标明产品名称、材质、生产企业名称和地址，无标识或标识不全的产品不要购买。
二看做工。用手拉扯刷毛或钢丝，不应有明显脱落；木柄、竹柄表面应光滑无毛刺，无霉斑和异味。
三看用途。不粘锅、搪瓷锅应选用海绵或软毛锅刷，铁锅可选竹丝或棕毛锅刷，钢丝锅刷仅用于清除焦垢。
消费者如发现锅刷质量问题，可拨打12315投诉举报。
聿水县市场监督管理局
2025年1月9日
""",
    ),
    dict(
        slug="xunchuan-cgj-print-request-shared-picnic-mats-footer",
        site="巽川县城市管理局 (invented, print view)",
        style="打印页",
        genre="请示",
        kind="notice",
        form="html",
        source="http://cgj.xunchuan.gov.cn/zwgk/tzgg/202503/print_t20250306_2218.html",
        title="关于购置巽溪滨水公园共享野餐垫的请示",
        record_title="关于购置巽溪滨水公园共享野餐垫的请示【可打印页面】",
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="a print view calling window.print(): print and close buttons, the page address, a print footer; a "
        "request with a 附件 line and its own contact; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于购置巽溪滨水公园共享野餐垫的请示【可打印页面】</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭本窗口〕⟧</div>
<div class="print-head">⟦m 巽川县城市管理局　网站打印稿⟧</div>
<div class="print-url">⟦m 来源网址：http://cgj.xunchuan.gov.cn/zwgk/tzgg/202503/t20250306_2218.html⟧</div>
<h2>{T}</h2>
<div class="print-meta">⟦m 发布日期：2025-03-06⟧</div>
{BODY}
<div class="print-foot">⟦p ┌ 第1页 · 共1页 ┐⟧</div>
</body></html>
""",
        body="""
县人民政府：
巽溪滨水公园开放以来，草坪野餐游客逐年增多，节假日日均超过三千人次。目前公园内野餐垫多为游客自带或摊贩出租，卫生状况和秩序问题较为突出。为提升公园服务水平，我局拟在公园东门、北门设立服务点，向游客免费借用共享野餐垫。
经测算，首批需购置防潮野餐垫600张、借还柜2组及清洗消毒设备1套，共需资金9.8万元。我局现有经费无法解决，恳请县政府从城市管理专项资金中予以安排。
妥否，请批示。
附件：巽溪滨水公园共享野餐垫购置预算表
巽川县城市管理局
二〇二五年三月五日
（联系人：祁若澜，电话：0739-5521806）
""",
    ),
    dict(
        slug="bingquan-nursery-print-report-drool-towels-footer",
        site="禀泉社区托育园 (invented, print view as text)",
        style="打印页",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.bingquantuoyu.cn/dangan/shuzhi/2025_print.html",
        title="禀泉社区托育园保育组长2025年述职报告",
        record_title="〈送印稿〉禀泉社区托育园保育组长2025年述职报告",
        date="2025-12-30",
        notes="a print view as text: a print stamp and the page address at the top (no date), a print footer at the "
        "bottom; date under the 述职人 line",
        page="""
!m 禀泉社区托育园 · 园务公开
!m 打印时间：2026-01-04 15:22　打印人：园办
!m 页面地址：https://www.bingquantuoyu.cn/dangan/shuzhi/2025.html
{T}
{BODY}
!p ╴第 1 页 ╶ 共 1 页 ╴
""",
        body="""
各位领导、各位同事：
2025年，我担任禀泉社区托育园保育组长，带领6名保育员负责28名婴幼儿的生活照护。现将一年来的工作述职如下。
一、细化生活照护。针对托育园婴幼儿年龄小、口水多的特点，我们制定了“口水巾一人四条、湿了就换、每日集中清洗消毒”的照护规范，全年未发生一例口水疹扩散。
二、抓好卫生消毒。口水巾、毛巾、水杯实行一人一格、专人专用，消毒记录全年无缺项，在区卫健局两次检查中均获好评。
三、加强家园沟通。每天通过家长群反馈孩子的饮食、睡眠和情绪，全年组织家长开放日4次。
不足之处是保育员培训还不够系统，明年我将牵头制定月度培训计划。
述职人：符晓禾
2025年12月30日
""",
    ),
    dict(
        slug="zuoling-webmail-letter-kettle-sleeves-attachment-bar",
        site="祚岭邮 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zuoling-mail.cn/read?mid=ZL20251022-00318",
        title="关于订制环卫工人冬季保温水壶套的函",
        record_title="转发：关于订制环卫工人冬季保温水壶套的函 - 祚岭邮 网页版",
        date="2025-10-20",
        date_also=["2025-10-22"],
        notes="a webmail reading view: forwarded header (send time differs from the letter's date), the mail's own "
        "抄送 header beside the letter's 抄送 line, an attachment bar beside the letter's 附件 list, the "
        "letter's own contact and mailbox",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于订制环卫工人冬季保温水壶套的函 - 祚岭邮 网页版</title>
<script src="/webmail/js/reader.min.js"></script></head><body>
<div class="mail-top">⟦m 祚岭邮　｜　sales@shanyou-outdoor.com⟧　⟦a 写信　收信　通讯录　设置　退出⟧</div>
<div class="mail-folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　垃圾邮件⟧</div>
<div class="mail-read">
<h3>⟦t 转发：关于订制环卫工人冬季保温水壶套的函⟧</h3>
<div class="mail-hd">
<p>⟦m 发件人：祚岭县城市管理局环卫所 &lt;zlcgj_hws@zuoling-mail.cn&gt;⟧</p>
<p>⟦m 收件人：sales@shanyou-outdoor.com⟧</p>
<p>⟦m 抄　送：祚岭县城市管理局办公室 &lt;zlcgj_bgs@zuoling-mail.cn&gt;⟧</p>
<p>⟦m 时　间：2025年10月22日（星期三）上午10:14⟧</p>
</div>
<div class="mail-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mail-body">
<p class="t">{T}</p>
{BODY}
</div>
<div class="attach-bar">⟦a 📎 附件 2 个（共 1.2MB）：规格说明.docx　印字图样.jpg　｜　全部下载　｜　在线预览⟧</div>
<div class="mail-btns">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
</div>
<div class="mail-foot">⟦d 祚岭邮提醒：请勿轻信邮件中的汇款要求，谨防诈骗。⟧</div>
</body></html>
""",
        body="""
宸州市山友户外用品有限公司：
为做好今冬环卫工人关爱工作，我局拟向贵公司订制环卫工人冬季保温水壶套480只。现将有关事项函告如下：
一、规格要求：外层防水牛津布，内衬珍珠棉，容量适配1升保温壶，带可调节斜挎肩带，颜色为橙色并印“祚岭环卫”字样。
二、交货时间：请于2025年11月25日前送达我局环卫所仓库。
三、请贵公司于10月31日前提供样品2只及报价单，报价单请加盖公章后扫描发送至我局邮箱。
联系人：凌嘉树，电话：0739-7723016，邮箱：zlcgj_hws@zuoling-mail.cn。
附件：1.保温水壶套规格说明
2.印字图样
祚岭县城市管理局
2025年10月20日
抄送：祚岭县财政局
""",
    ),
    dict(
        slug="yushui-mail-forward-cup-brush-spot-check-bulletin-table",
        site="邮件转发 to 聿水县商超 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通报",
        kind="notice",
        form="text",
        source="mailto:yushui-shangchao-group@yushui-mail.cn?mid=20250710-0912",
        title="关于杯刷产品监督抽查结果的通报",
        record_title="FW：（请各店知悉）关于杯刷产品监督抽查结果的通报",
        date="2025-07-08",
        date_also=["2025-07-10", "2025-07-09"],
        notes="a forwarded mail as text: forward headers and a forwarder's note above, a mail signature and a "
        "mobile-client line below; a table one row a paragraph; the mail date differs from the 成文日期",
        page="""
!m 发件人：聿水县零售商业协会 秘书处
!m 发送时间：2025年7月10日 9:12
!m 收件人：各会员门店
!t 主题：FW：（请各店知悉）关于杯刷产品监督抽查结果的通报
!w 各位店长：转发县市场监管局通报，请认真对照自查，有问题请联系秘书处 0739-6603518。
!m ----- 原始邮件 -----
!m 发件人：聿水县市场监督管理局
!m 日期：2025年7月9日 16:40
{T}
{BODY}
!m --
!m 聿水县零售商业协会秘书处　地址：聿水县人民路55号
!a 本邮件由手机邮箱客户端发送
""",
        body="""
各有关经营单位：
近期，我局对全县商超、母婴店销售的杯刷产品开展了监督抽查，共抽查12批次，合格10批次，不合格2批次，不合格项目为刷毛拔出力和标识。现将有关情况通报如下：
经营单位　产品名称　不合格项目
聿水县某母婴用品店　婴儿奶瓶杯刷套装　刷毛拔出力
聿水县某超市　长柄海绵杯刷　标识
对抽查不合格的产品，我局已责令经营单位立即下架，并依法立案调查。请各经营单位严格落实进货查验制度，不得销售无标识、无合格证明的杯刷产品。
聿水县市场监督管理局
2025年7月8日
""",
    ),
]
