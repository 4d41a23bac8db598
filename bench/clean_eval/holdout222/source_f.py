"""holdout222, part F: encyclopaedias, cloud drives, search caches, print views, forwarded mails.

Invented text written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-boshi-trekking-pole-entry",
        site="博识百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.boshibaike.com/item/登山杖/30871",
        title="登山杖",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's <h1>, whose name also opens the body; edit/discuss/history "
        "tabs, an infobox, a contents box, reference markers glued after sentences and edit-section links "
        "glued to headings; an entry has no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>登山杖_博识百科</title>
</head><body>
<div class="top">⟦m 博识百科 · 人人可编辑的知识库⟧ <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 历史版本⟧ ⟦a 收藏词条⟧</div>
<h1>{T}</h1>
<div class="summary-meta">⟦m 户外运动装备 · 浏览 18,204 次 · 最近更新于 2 周前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：登山杖⟧</td><td>⟦m 外文名：trekking pole⟧</td></tr>
<tr><td>⟦m 常见材质：铝合金、碳纤维⟧</td><td>⟦m 分　　类：户外手杖⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 结构　2 选用　3 使用要点⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 1. 户外运动装备选用指南．崚州体育出版社⟧</li><li>⟦l 2. 徒步手杖长度与握姿研究．户外运动科学⟧</li><li>⟦l 3. 下坡行走膝关节负荷测定．运动医学通讯⟧</li></ol></div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧ ⟦m ©2025 博识百科⟧</div>
</body></html>
""",
        body="""
登山杖是徒步、登山时用于支撑身体、减轻下肢负担的手杖类户外装备，一般成对使用。⟦l [1]⟧
结构⟦a [编辑本段]⟧
登山杖通常由握把、腕带、杖身、锁扣和杖尖组成。杖身多为三节或四节伸缩式，材质以铝合金和碳纤维为主；锁扣分为外锁和内旋锁两种。杖尖多为硬质合金，可加装橡胶套后在石阶和硬化路面上使用。
选用⟦a [编辑本段]⟧
一般以手握把手时小臂与地面大致平行的长度为宜。⟦l [2]⟧常走碎石路、野路的使用者宜选铝合金杖，追求轻量的可选碳纤维杖。
使用要点⟦a [编辑本段]⟧
上坡时宜将杖调短，下坡时调长；手应从腕带下方穿入再握住把手。下坡时使用登山杖可明显减轻膝关节受力。⟦l [3]⟧
""",
    ),
    dict(
        slug="wiki-wenwu-running-shoe-entry",
        site="问物百科 (invented, text copy)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wenwubaike.cn/citiao/paobuxie.html",
        title="跑步鞋",
        record_title="跑步鞋 - 问物百科 · 运动装备词条",
        date=None,
        notes="encyclopaedia text copy: the entry name also opens the body; infobox lines, a contents line, "
        "reference markers glued after sentences; an update stamp only: no date",
        page="""
!m 问物百科 › 运动装备 › 鞋类
{T}
!a 编辑　｜　讨论　｜　历史
!m 本词条由“问物百科运动组”审核　　更新于 5 天前
!m 中文名：跑步鞋　　用途：跑步训练与比赛
!l 目录：概述 · 分类 · 选购 · 保养
{BODY}
!l 参考资料：[1] 跑鞋中底材料与缓冲性能（运动装备评测，第12期）　[2] 跑步损伤预防手册
!d 问物百科词条内容仅供参考，不构成购买建议。
""",
        body="""
跑步鞋是专为跑步设计的运动鞋，与普通运动鞋相比，更注重中底缓冲、足部支撑和鞋底耐磨性能。⟦l [1]⟧
分类
按功能可分为缓冲型、支撑型和竞速型。缓冲型中底较厚，适合体重较大或初跑者；支撑型在足弓内侧加强，适合足部内翻者；竞速型重量轻、鞋底薄，多用于比赛。
选购
选购时宜在下午或跑步后试穿，脚尖前留约一指宽的空间，并结合自身足型选择合适类型。⟦l [2]⟧
保养
跑鞋不宜用洗衣机清洗或暴晒，应手洗后阴干。中底缓冲性能会随里程下降，一般跑到600至800公里时宜考虑更换。
""",
    ),
    dict(
        slug="clouddrive-yunxia-grill-zone-plan-wps",
        site="云匣网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/3kQv8LmWz2?preview=1",
        title="嵎湖区市民公园烧烤区管理工作方案",
        record_title="嵎湖区市民公园烧烤区管理工作方案.wps",
        date="2025-05-08",
        notes="file-name record title; cloud-drive preview with VIP prompts and page-marker paragraphs ◴ n ◷ "
        "cutting sentences; decimal headings 1.1–3.2; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>嵎湖区市民公园烧烤区管理工作方案.wps - 云匣网盘</title>
</head><body>
<div class="bar">⟦m 云匣网盘⟧ <a>⟦a 保存到我的云匣⟧</a> <a>⟦a 下载(需会员)⟧</a></div>
<div class="file">⟦m 分享者：城管小周　｜　有效期：永久有效　｜　46 KB⟧</div>
<div class="preview"><h2>{T}</h2>
{BODY}
</div>
<div class="vip">⟦a 非会员仅可预览前3页，开通云匣超级会员解锁完整预览⟧</div>
<div class="speed">⟦a 下载太慢？试试极速通道⟧</div>
<div class="foot">⟦d 请勿通过云匣网盘分享违法违规内容，举报请拨打平台电话。⟧</div>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="◴ {n} ◷", every=140, start=2),
        body="""
为规范市民公园烧烤区管理，防范火灾和环境污染，制定本方案。
1 管理范围
1.1 市民公园东侧滨河草坪划定的烧烤区，共设烧烤位32个。
1.2 烧烤区以外的公园区域一律禁止使用烧烤架、炭炉。
2 管理措施
2.1 实行预约使用。市民通过公园服务号预约烧烤位，每个烧烤位每次使用不超过4小时。
2.2 烧烤区统一配备固定式烧烤架、灭火器和炭灰收集桶，禁止自带烧烤架入场。
2.3 每日20时后停止用火，管理员逐位检查余火熄灭情况。
3 职责分工
3.1 公园管理处负责日常管理和设施维护。
3.2 区城市管理局负责对违规烧烤行为进行劝阻和查处。
嵎湖区城市管理局
2025年5月8日
""",
    ),
    dict(
        slug="clouddrive-chengzi-youth-running-plan-pdf",
        site="橙子网盘 (invented, shared-file preview, text copy)",
        style="网盘分享",
        genre="训练计划",
        kind="other",
        form="text",
        source="https://www.chengzipan.com/s/rT72kx",
        title="嵎湖区青少年跑步俱乐部冬训计划",
        record_title="嵎湖区青少年跑步俱乐部冬训计划.pdf",
        date=None,
        notes="file-name record title; shared-file text preview with page markers ⌁n⌁ on lines of their own "
        "cutting sentences; decimal headings; no date",
        page="""
!m 橙子网盘　|　文件预览
!m 嵎湖区青少年跑步俱乐部冬训计划.pdf　　218 KB　　分享于 1 个月前
!a 转存　|　下载　|　举报
{BODY}
!a 当前为文本预览，排版可能与原文件不同，下载后查看原版
!d 文件由用户分享，橙子网盘不对文件内容负责。
""",
        pages=dict(fmt="⌁{n}⌁", every=85, start=2),
        body="""
1 训练目标
1.1 通过12周冬训，提高队员的有氧耐力，为明年春季比赛打基础。
1.2 培养队员科学训练、预防损伤的意识。
2 装备要求
2.1 队员须穿专业跑步鞋训练，鞋底磨损明显或中底变硬的应及时更换，不得穿篮球鞋、板鞋参加长距离训练。
2.2 冬季训练须穿保暖透气的运动服，早训时佩戴反光背心。
3 训练安排
3.1 每周训练四次，周二、周四为间歇跑，周六为长距离慢跑，周日为力量和柔韧训练。
3.2 长距离慢跑从8公里起，每两周增加1公里，最长不超过14公里。
""",
    ),
    dict(
        slug="snapshot-tanli-forest-park-pole-deposit",
        site="探骊搜索 snapshot of the 泇水县人民政府 site (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cache.tanlisou.com/c?u=http%3A%2F%2Fwww.jiashui.gov.cn%2Fgg%2F20250602_3318.html",
        title="关于嵬岭森林公园登山杖借用押金调整的公告",
        record_title="关于嵬岭森林公园登山杖借用押金调整的公告 - 泇水县人民政府 〔探骊网页快照〕",
        date="2025-06-02",
        notes="search-cache frame: a capture banner with the capture time, highlighted search terms, the cached "
        "portal's own chrome inside; 成文日期 under the signature; the capture time is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于嵬岭森林公园登山杖借用押金调整的公告 - 泇水县人民政府 〔探骊网页快照〕</title>
</head><body>
<div class="snap-banner">⟦d 这是探骊搜索保存的网页快照，抓取于 2025-09-14 03:27，当前页面可能已经更新。⟧ <a>⟦a 查看原网页⟧</a></div>
<div class="snap-kw">⟦m 以下搜索词已标亮：<b>登山杖</b> <b>押金</b>⟧</div>
<div class="orig">
<div class="ohd">⟦m 泇水县人民政府⟧ ⟦m 首页 > 公告栏⟧</div>
<h2>{T}</h2>
<div class="oinfo">⟦m 来源：嵬岭森林公园管理所　点击：502⟧</div>
{BODY}
<div class="oft">⟦m 泇水县人民政府办公室主办　桂ICP备06012280号⟧</div>
</div>
</body></html>
""",
        body="""
为减少登山杖借而不还的情况，经研究，嵬岭森林公园登山杖借用押金自2025年6月10日起由20元调整为50元。游客下山归还登山杖时，押金全额退还，可选择现金或原路退回。
借用的登山杖如有弯折、丢失，按每根80元赔偿，在押金中扣除，不足部分由借用人补齐。
70周岁以上老人和持残疾人证的游客凭有效证件免押金借用。
咨询电话：0774-5120365（公园游客中心）
嵬岭森林公园管理所
2025年6月2日
""",
    ),
    dict(
        slug="snapshot-yisou-traffic-police-seat-tips",
        site="易搜快照 text-only cache of a traffic-police page (invented)",
        style="搜索快照",
        genre="安全提示",
        kind="other",
        form="text",
        source="http://kz.yisou.cn/text?url=www.lingzhou-jj.gov.cn/aqts/20250710_77.html",
        title="暑期自驾出行，儿童安全座椅这样用才安全",
        record_date="2025-07-10",
        date="2025-07-10",
        notes="record gives title and date; text-only cache: a capture line and a 'cached text only' notice; "
        "the whole body on one line",
        page="""
!d 易搜快照（纯文本）｜ 抓取时间：2025-08-03 11:52 ｜ 原网页可能已更新
!a 查看原始网页　｜　带图片的快照
!m 崚州市公安局交通警察支队 > 安全提示
{T}
!m 发布时间：2025-07-10　来源：宣传科
{BODY}
!m 崚州交警 · 服务热线 0774-122
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
暑期到来，带孩子自驾出游的家庭增多。交警提醒各位家长，带孩子乘车务必正确使用儿童安全座椅。
一、按年龄和体重选座椅。1岁以下婴儿使用反向安装的提篮，1至4岁幼儿使用带五点式安全带的座椅，4岁以上身高不足1.45米的儿童使用增高垫。
二、座椅要装在后排。不要把安全座椅装在副驾驶位置，安全气囊弹出时可能伤到孩子。
三、每次出发前检查。确认座椅安装牢固、安全带没有扭曲，肩带松紧以能插入一根手指为宜。
长途驾驶每两小时停车休息，让孩子下车活动活动。
""",
    ),
    dict(
        slug="print-jiashui-campsite-inspection-bulletin",
        site="泇水县文化和旅游局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wlj.jiashui.gov.cn/print.jsp?id=20250910_5521",
        title="关于全县露营地安全检查情况的通报",
        record_title="【A4打印稿】关于全县露营地安全检查情况的通报 ⇲ 泇水县文化和旅游局",
        date="2025-09-09",
        notes="print view calling window.print(): a print/close row, the print footer ⎯ 第1页 ⇔ 共1页 ⎯; a data "
        "table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【A4打印稿】关于全县露营地安全检查情况的通报 ⇲ 泇水县文化和旅游局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〖立即打印〗〖关闭本窗口〗⟧</div>
<div class="ph">⟦m 泇水县文化和旅游局　wlj.jiashui.gov.cn⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ⎯ 第1页 ⇔ 共1页 ⎯⟧</div>
</body></html>
""",
        body="""
各乡镇文化站，各露营地经营单位：
8月下旬，县文化和旅游局会同县消防救援大队、县市场监管局，对全县7家露营地开展了安全检查。现将检查情况通报如下：
露营地　主要问题　整改时限
崒云山星空营地　帐篷间距不足3米　9月20日前
墚坪河滩营地　烧烤区未配灭火器　9月15日前
嵬岭松林营地　帐篷区未设安全出口标识　9月20日前
其余4家露营地未发现明显问题。请上述营地按期整改，并将整改情况报县文化和旅游局市场管理股，逾期未整改的将依法处理。
泇水县文化和旅游局
2025年9月9日
""",
    ),
    dict(
        slug="print-huishan-riverbank-grill-letter",
        site="洄山县综合行政执法局 print view (invented, text copy)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://zfj.huishan.gov.cn/print/2025/0721/902.html",
        title="关于协助清理河滩违规烧烤摊点的函",
        record_title="◧打印◨ 关于协助清理河滩违规烧烤摊点的函 - 洄山县综合行政执法局",
        date="2025-07-21",
        notes="print view text: a print button line, the 文号 line neutral, the print footer ◫ 1 / 1 ◫; "
        "the letter's own 联系人/电话; 成文日期 under the signature",
        page="""
!a 【打印本页】　【返回正文】
!m 洄山县综合行政执法局　网址：zfj.huishan.gov.cn
{T}
洄执函〔2025〕23号
{BODY}
!p ◫ 1 / 1 ◫
""",
        indent="\u3000\u3000",
        body="""
洄山县水利局：
近期，洄河嵯家村段河滩聚集了十余处流动烧烤摊点，摊主将烧烤架直接架设在堤脚和滩地上，炭灰、油污随意倾倒入河，夜间还存在火灾隐患，群众投诉较多。
根据《中华人民共和国河道管理条例》的有关规定，河道管理范围内的清理整治需由水行政主管部门依法组织。为此，商请贵局于7月底前会同我局开展联合清理，我局将派出执法人员和车辆配合。
请予支持为盼。
联系人：包卫东　电话：0731-5590226
洄山县综合行政执法局
2025年7月21日
""",
    ),
    dict(
        slug="mail-youyi-fwd-school-shoes-order",
        site="邮驿企业邮箱 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.youyi-mail.cn/read?mid=ZL20250410-0033",
        title="关于订购校田径队训练跑鞋的函",
        record_title="Fwd: 关于订购校田径队训练跑鞋的函",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="webmail reading view: a forwarded header block, an attachment bar beside the letter's own 附件 "
        "list; the school's own 联系人/电话 in the letter; 成文日期 under the signature, the mail date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>邮驿企业邮箱 - 读信</title>
</head><body>
<div class="mbar">⟦m 邮驿企业邮箱　sales@buyun-shoes.com⟧ <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="ops">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="subject"><h3>⟦t Fwd: 关于订购校田径队训练跑鞋的函⟧</h3></div>
<div class="hdrs"><p>⟦m 发件人：郑宏远 &lt;zhenghy@buyun-shoes.com&gt;⟧</p><p>⟦m 收件人：生产计划部 &lt;pmc@buyun-shoes.com&gt;⟧</p><p>⟦m 时　间：2025年4月10日（星期四）上午9:16⟧</p></div>
<div class="fwd"><p>⟦m ---------- 转发的邮件 ----------⟧</p><p>⟦m From: 渌岭县第三中学 体育组 &lt;ll3z_tyz@163.com&gt;⟧</p><p>⟦m Date: 2025-04-09 17:42⟧</p></div>
<div class="mbody">
<p style="text-align:center">{T}</p>
{BODY}
</div>
<div class="attach"><p>⟦a 附件（2 个）⟧</p><p>⟦a 尺码统计表.xlsx（18K） 预览 下载⟧</p><p>⟦a 收货确认单.docx（12K） 预览 下载⟧</p><p>⟦a 打包下载全部附件⟧</p></div>
<div class="mfoot">⟦d 邮驿企业邮箱提醒：请勿轻信邮件中的汇款要求，谨防诈骗。⟧</div>
</body></html>
""",
        body="""
崚州步云鞋业有限公司：
我校田径队现有队员46人，因训练需要，拟向贵公司订购训练跑鞋46双，具体要求如下：
一、款式为贵公司2025年新款减震训练鞋，鞋底须防滑耐磨。
二、尺码按附件1分配，4月30日前送达我校。
三、货到验收合格后，我校在10个工作日内付款，收货时请按附件2签署确认单。
联系人：邵佳明　电话：0734-5839027
附件：1.尺码统计表
2.收货确认单
渌岭县第三中学
2025年4月8日
""",
    ),
    dict(
        slug="mail-fwd-pole-comparison-test-letter-docx",
        site="forwarded mail, text copy (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:fwd-archive/2025/0820/lzhwxh-017.eml",
        title="关于开展登山杖质量比对试验的函",
        record_title="转发：关于开展登山杖质量比对试验的函.docx",
        date="2025-08-19",
        date_also=["2025-08-20"],
        notes="file-name record title (a mail's subject with its attachment name); forwarded mail headers with a "
        "mail 抄送 header beside the letter's own 抄送 line; the letter's own phone and mailbox; 成文日期 "
        "under the signature, the forward date differs",
        page="""
!m 发件人：崚州市户外用品行业协会秘书处 <mishuchu@lzhwxh.org.cn>
!m 发送时间：2025年8月20日 星期三 10:03
!m 收件人：质检部 <qc@loufeng-outdoor.com>
!m 抄　送：总经理办公室 <gm@loufeng-outdoor.com>
!m 主　题：转发：关于开展登山杖质量比对试验的函.docx
!a [附件] 关于开展登山杖质量比对试验的函.docx（31.2 KB）　点击预览
!m -------- 原始邮件 --------
{T}
{BODY}
!m --
!m 本邮件由邮驿企业邮箱发送
""",
        body="""
各会员单位：
为配合《登山杖》团体标准起草工作，协会定于9月15日至9月26日开展登山杖质量比对试验，现将有关事项函告如下：
一、请各会员单位于9月10日前，按每个型号6副的数量，将本企业在售的登山杖样品送至崚州市产品质量检验所。
二、比对项目包括锁扣承重、杖身弯曲强度、杖尖耐磨和腕带拉力四项，试验费用由协会承担。
三、比对结果仅用于标准起草，不对外公布单个企业的数据。
联系人：葛晓芸　电话：0774-2877305　邮箱：mishuchu@lzhwxh.org.cn
崚州市户外用品行业协会
2025年8月19日
抄送：崚州市产品质量检验所
""",
    ),
]
