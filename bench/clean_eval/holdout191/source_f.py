"""holdout191, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-sandpaper-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.zhiyuanbaike.com/item/砂纸/50217",
        title="砂纸",
        record_title="砂纸_知源百科",
        date=None,
        notes="encyclopaedia page with an infobox, contents box, edit/discuss/history tabs, contributors and an update "
        "stamp (no date); short section heads stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>砂纸_知源百科</title>
<script src="/static/lemma.js"></script></head><body>
<div class="header"><span>⟦m 知源百科⟧</span> <span>⟦m 开放的中文知识库⟧</span> <form><input><button>⟦a 进入词条⟧</button></form></div>
<div class="tabs"><a>⟦a 编辑⟧</a> <a>⟦a 讨论⟧</a> <a>⟦a 历史版本⟧</a></div>
<div class="lemma"><h1>{T}</h1>
<div class="basic-info">
<dl><dt>⟦m 中文名：砂纸⟧</dt><dt>⟦m 外文名：sandpaper⟧</dt><dt>⟦m 类　别：涂附磨具⟧</dt><dt>⟦m 主要磨料：氧化铝、碳化硅⟧</dt></dl></div>
<div class="catalog">⟦l 目录　1 分类　2 目数　3 使用注意⟧</div>
<div class="para-wrap">
{BODY}
</div>
<div class="stat">⟦m 浏览次数：38,102　编辑次数：17次　最近更新：2025-04-07⟧</div>
<div class="contrib">⟦l 词条贡献者：木屑纷飞、abrasive_li、老钳工⟧</div>
</div>
<div class="footer">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧<br>⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        p_html='<div class="para">{}</div>',
        body="""
砂纸，又称砂皮，是一种将磨料颗粒用胶粘剂粘附在纸基或布基上制成的涂附磨具，用于打磨金属、木材、油漆等材料的表面。
分类
按用途可分为干磨砂纸和水磨砂纸。干磨砂纸多以碳化硅或氧化铝为磨料，适合木材打磨；水磨砂纸的纸基和胶层耐水，可蘸水使用，常用于汽车漆面、金属抛光。
目数
砂纸的粗细用“目数”表示。目数越小，磨料颗粒越粗，磨削量越大；目数越大，颗粒越细，打磨后的表面越光滑。常用的有80目、120目、240目、400目、800目等。
使用注意
打磨时应从粗到细逐级更换砂纸，不可跳级过多；打磨产生的粉尘应及时清理，大量作业时须佩戴防尘口罩。
""",
    ),
    dict(
        slug="wiki-wendian-entry-ricecooker-title-head",
        site="问典百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.wendianbaike.cn/entry/88031.html",
        title="电饭锅",
        record_title="电饭锅_问典百科",
        date=None,
        notes="entry name on a line of its own before the first sentence, which begins with it (matched as head); "
        "edit row, contributors; a relative update time is no date",
        page="""
!m 问典百科 — 有问必典
!m 首页 › 生活 › 家用电器
!t 电饭锅_问典百科
!a 编辑词条　｜　添加义项　｜　收藏
!m 浏览 12,307 次　｜　最近更新：2天前（用户 炊事兵老刘）
{T}
{BODY}
!d 词条内容由网友协作编辑，仅供参考，不构成专业建议
!l 相关词条：电压力锅｜电磁炉｜磁钢限温器
!l 词条贡献者：炊事兵老刘、厨电小白、walnut2019
!m © 2025 问典百科
""",
        body="""
电饭锅，又称电饭煲，是利用电热元件加热、自动控制温度来煮饭的厨房电器。
工作原理
传统机械式电饭锅依靠磁钢限温器控温：米饭煮熟后锅底水分蒸干，温度升至103℃左右，感温磁钢失去磁性，开关自动跳开转为保温。智能电饭锅则由微电脑根据温度传感器的数据分段控制火力。
主要类型
按加热方式可分为底盘加热式和IH电磁加热式；按内胆材质可分为铝合金涂层内胆、不锈钢内胆、陶瓷内胆等。
选购与使用
选购时应查看3C认证标志和额定功率；内胆涂层磨损脱落后应及时更换；清洗时不可将锅体浸入水中。
""",
    ),
    dict(
        slug="netdisk-gengyun-plan-kneepad-workshop-docx-markers",
        site="耕云网盘 (invented cloud drive)",
        style="网盘分享",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://pan.gengyunpan.com/s/1aKx7Tq9Wm",
        title="护膝生产车间2026年一季度生产计划",
        record_title="护膝生产车间2026年一季度生产计划.docx",
        date="2025-12-26",
        notes="cloud-drive preview: file name as a title line, file info with a share time (no date), save/download "
        "buttons; page markers ⟜n⟜ as paragraphs cut sentences; a monthly table; the plan's own date line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>耕云网盘 - 文件预览</title></head><body>
<div class="bar"><span>⟦m 耕云网盘⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="file"><div class="fname">⟦t 护膝生产车间2026年一季度生产计划.docx⟧</div>
<div class="finfo">⟦m 大小：31.6KB　　分享者：安膝车间办　　分享时间：2025-12-29 16:20　　有效期：永久有效⟧</div>
<div class="ops"><a>⟦a 保存到我的网盘⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 超级会员极速下载⟧</a></div></div>
<div class="preview"><h2>{T}</h2>
{BODY}
</div>
<div class="end">⟦a 预览仅显示部分内容，完整文件请下载查看⟧</div>
<div class="foot">⟦d 请勿分享违法违规内容，举报邮箱：jubao@gengyunpan.com⟧<br>⟦m ©2025 耕云网盘⟧</div>
</body></html>
""",
        pages=dict(fmt="⟜{n}⟜", every=170, start=2),
        body="""
一、总体目标
2026年一季度，车间计划生产各类护膝42万副，其中劳保护膝28万副、运动护膝10万副、保暖护膝4万副，一次交检合格率不低于99%。
二、分月安排
月份　劳保护膝（万副）　运动护膝（万副）　保暖护膝（万副）
1月　10　3　3
2月　7　3　1
3月　11　4　0
三、重点措施
1.春节前后人员流动大，人事部门要提前做好返岗职工的摸底和新员工招聘，确保2月20日前满员生产。
2.设备科在1月10日前完成两条缝纫流水线的检修。
3.采购部按月提前锁定聚碳酸酯护盖和弹力面料的供应量。
四、保障要求
各班组要严格执行首件检验和巡检制度，发现质量问题立即停线处理，并填写《质量异常报告单》。
护膝生产车间
2025年12月26日
""",
    ),
    dict(
        slug="netdisk-yunti-rules-canteen-ricecooker-wps-oneline",
        site="云屉网盘 (invented cloud drive)",
        style="网盘分享",
        genre="操作规程",
        kind="rule",
        form="text",
        source="https://www.yuntipan.com/share/8Hq2LmZ4",
        title="学校食堂电饭锅使用安全操作规程",
        record_title="学校食堂电饭锅使用安全操作规程.wps",
        date=None,
        notes="file-name record title on the page; a plain-text preview with the whole body on one line, paragraphs apart "
        "only by their indent; a relative share time; no date",
        page="""
!m 云屉网盘 · 分享文件
!t 学校食堂电饭锅使用安全操作规程.wps
!m 文件大小：12KB　｜　分享人：后勤小梁　｜　分享于 3 天前　｜　提取码已验证
!a 下载　｜　保存到云屉　｜　用WPS打开
!m —— 文档预览（纯文本模式） ——
{BODY}
!a 纯文本预览可能丢失格式，下载后查看原文档
!d 云屉网盘提醒：请勿下载来源不明的文件，谨防诈骗
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一、电饭锅须放置在平稳、干燥、远离水源的操作台上，周边不得堆放易燃物品。
二、使用前检查电源线、插头有无破损，内胆有无变形，发现问题立即停用并报告食堂管理员。
三、内胆外壁和发热盘表面须擦干后再放入锅体，严禁空锅通电加热。
四、煮饭过程中不得随意打开锅盖，开盖时应侧身，防止蒸汽烫伤。
五、使用完毕后先关闭开关，再拔下插头；待锅体冷却后方可清洗，严禁将锅体浸入水中。
六、食堂管理员每周检查一次电饭锅的使用情况，并做好记录。
""",
    ),
    dict(
        slug="snapshot-liuwan-notice-grid-worker-badges-wrapped",
        site="搜索快照 of 榴湾街道办事处 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cache.sousuo-kz.com/c?u=www.liuwanjd.gov.cn/tzgg/2025/0310/412.html",
        title="关于网格员统一佩戴工作证开展入户走访的公告",
        record_title="关于网格员统一佩戴工作证开展入户走访的公告 - 搜索快照",
        date="2025-03-10",
        notes="text-only snapshot: banner with a capture time (no date), highlighted terms, the street office's page; "
        "body hard-wrapped at 58 columns; the notice's own 监督电话 stays; the 发布日期 agrees with the 成文日期",
        page="""
!d 您查看的是 www.liuwanjd.gov.cn 的网页快照，存档时间为 2025年3月14日 11:02；原网页可能已更新。
!a 查看当前网页　｜　纯文字版
!m 以下关键词已高亮：网格员　工作证
!m 榴湾街道办事处 › 通知公告
{T}
!m 发布日期：2025-03-10　　点击：508
{BODY}
!a 【打印】　【关闭】
!m 榴湾街道办事处主办　地址：鞣城市榴湾路66号
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
各位居民朋友：
为全面掌握辖区人口、房屋和重点人群底数，做好基层治理和便民服务工作，街道将于3月15日至4月30日组织网格员开展入户走访。现将有关事项公告如下。
一、走访内容：核实家庭人口和房屋信息，了解独居老人、残疾人等群体的生活状况，收集居民意见建议。
二、身份识别：入户走访的网格员统一佩戴街道制发的工作证，工作证印有本人照片、姓名、网格编号和监督电话。居民可要求网格员出示工作证，也可拨打监督电话核实身份。
三、温馨提示：网格员入户不收取任何费用，不索要银行卡号和验证码。如遇冒充网格员的可疑人员，请立即拨打110报警。
监督电话：0736-2215012（街道综治中心）
榴湾街道办事处
2025年3月10日
""",
    ),
    dict(
        slug="snapshot-gengyuan-warning-storage-boxes-frame",
        site="网页存档 of 耩原县消费者协会 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://archive.wangyecundang.cn/20250702081500/http://www.gyxfzxh.org.cn/xfjs/2025/0618/71.html",
        title="消费提示：选购使用塑料保鲜盒要注意这几点",
        record_title="[网页存档] 消费提示：选购使用塑料保鲜盒要注意这几点",
        date="2025-06-17",
        date_also=["2025-06-18"],
        notes="archive frame with its capture banner and highlighted terms around the association's page; the "
        "association's name as the page header is also the signature (matched as head); 发布时间 differs from the "
        "document's date (the document's date expected); a sentence naming 12315 stays",
        page="""
<html><head><meta charset="utf-8"><title>[网页存档] 消费提示：选购使用塑料保鲜盒要注意这几点</title></head><body>
<div class="snap-head"><p>⟦d 这是网页存档服务保存的副本，保存于 2025-07-02 08:15，原始网页可能已经变化。⟧ <a>⟦a 访问原始网页⟧</a></p>
<p>⟦m 高亮显示：保鲜盒　消费提示⟧</p></div>
<div class="orig">
<div class="hd"><span>⟦m 耩原县消费者协会⟧</span> <span>⟦m 耩原县消费者权益保护网⟧</span></div>
<div class="nav">⟦m 首页 | 消费警示 | 投诉指南 | 比较试验 | 政策法规⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-18　来源：县消协秘书处⟧</div>
<div class="text">
{BODY}
</div>
<div class="ft">⟦m 投诉热线：12315　办公电话：0745-3328315⟧</div>
</div></body></html>
""",
        body="""
⟦m 【消费警示】⟧近期，县消费者协会接到多起关于塑料保鲜盒的投诉，主要涉及加热后变形、有异味、标识不清等问题。为此，县消协提醒广大消费者：
一、看标识。正规保鲜盒应标明材质、耐热温度、生产企业和执行标准，可微波的产品会有专门标识。
二、选材质。需要加热的，优先选择PP或耐热玻璃材质的保鲜盒；PS材质的不能加热，只适合冷藏。
三、别超期。保鲜盒出现发黄、划痕多、密封圈老化等情况，应及时更换。
四、留凭证。购买时索要发票或保存电子订单，发生纠纷可拨打12315投诉。
耩原县消费者协会
2025年6月17日
""",
    ),
    dict(
        slug="print-gengyuan-rules-sandpaper-lab-window-print",
        site="耩原县职业技术学校 (invented, print view)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.gyzjxx.cn/gzzd/sxgl/1033.html?print=1",
        title="木工实训室砂纸使用及粉尘防护规定",
        record_title="【打印版】木工实训室砂纸使用及粉尘防护规定 - 耩原县职业技术学校",
        date=None,
        notes="print view calling window.print(): print buttons hidden on paper, a print stamp (no date), a print footer "
        "▰ 1 / 1 ▰ and the page URL; numbered rules; no date",
        page="""
<html><head><meta charset="utf-8"><title>【打印版】木工实训室砂纸使用及粉尘防护规定 - 耩原县职业技术学校</title>
<script>window.onload = function () { window.print(); };</script>
<style>@media print { .noprint { display: none } }</style></head><body>
<div class="noprint">⟦a 〖立即打印〗〖返回原文〗⟧</div>
<div class="ph">⟦m 耩原县职业技术学校 · 规章制度⟧</div>
<h2 align="center">{T}</h2>
<div class="pinfo">⟦m 打印时间：2025-10-09 14:27　打印人：wood_lab01⟧</div>
{BODY}
<div class="pf">⟦p ▰ 1 / 1 ▰⟧</div>
<div class="url">⟦m 本页地址：http://www.gyzjxx.cn/gzzd/sxgl/1033.html⟧</div>
</body></html>
""",
        body="""
一、学生进入实训室须穿工作服，打磨作业时必须佩戴防尘口罩和护目镜。
二、砂纸由实训指导教师按课程需要统一发放，学生领用时在《耗材领用登记表》上签字，用完的砂纸放入指定回收箱。
三、手工打磨应顺木纹方向进行，打磨前检查工件有无钉子、金属件，防止划伤。
四、使用砂光机前须确认吸尘装置已开启，砂带更换须在断电后进行。
五、每次实训结束，值日小组用吸尘器清理工位和地面积尘，严禁用扫帚干扫或用嘴吹。
六、违反本规定的，由指导教师批评教育；造成设备损坏或安全事故的，按学校有关规定处理。
耩原县职业技术学校实训管理处
""",
    ),
    dict(
        slug="print-meichui-template-ricecooker-warranty-blanks",
        site="美炊电器服务站 (invented, print preview)",
        style="打印页",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://fw.meichui.com/baoxiu/yueding.html?act=print",
        title="电饭锅保修服务约定",
        title_also=["电饭锅保修服务约定（范本）"],
        record_title="打印稿·电饭锅保修服务约定（范本）",
        date=None,
        notes="print preview of a template: ＿＿年＿＿月＿＿日 blanks and underlines (no date); a print footer "
        "✂ 第 1 面 · 共 1 面 ✂ and the printed-from URL",
        page="""
!m 美炊电器服务站 · 打印预览
!a 〔打印〕〔另存为PDF〕〔关闭预览〕
{T}
{BODY}
!m 打印自：http://fw.meichui.com/baoxiu/yueding.html
!p ✂ 第 1 面 · 共 1 面 ✂
""",
        body="""
甲方（用户）：＿＿＿＿＿＿　联系电话：＿＿＿＿＿＿
乙方（服务商）：耩原县美炊电器售后服务站
产品型号：＿＿＿＿　机身编号：＿＿＿＿　购买日期：＿＿年＿＿月＿＿日
一、保修期限：整机保修一年，发热盘、温控器等主要部件保修三年，自购买之日起计算。
二、保修范围：在正常使用条件下出现的质量故障，乙方免费维修或更换零部件。
三、不属于保修范围的情形：1.自行拆修或改装的；2.使用非额定电压造成损坏的；3.内胆涂层因使用金属铲具划伤的。
四、保修期外维修，乙方只收取零部件成本费，上门服务费按每次＿＿元收取。
五、本约定一式两份，甲乙双方各执一份。
甲方签字：＿＿＿＿　乙方盖章：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="mail-laokou-fwd-notice-new-badges-attachments",
        site="邮件转发 (invented mail client export)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://lq_lkzf@163.com/fwd/20250402-1016",
        title="关于统一制作新版工牌的通知",
        record_title="Fwd: 关于统一制作新版工牌的通知",
        date="2025-03-28",
        date_also=["2025-04-02"],
        notes="forwarded mail: the mail's own headers (send date, attachments) and the forwarded header above the notice; "
        "the notice's own 附件 list, contact and e-mail stay; the send date differs from the notice's date",
        page="""
!m 发件人："耢口镇政府办 李晴" <lq_lkzf@163.com>
!m 发送时间：2025年4月2日（星期三）上午10:16
!m 收件人：各村（社区）联络员
!m 主题：Fwd: 关于统一制作新版工牌的通知
!m 附件：2 个（新版工牌信息采集表.xlsx；工牌样式.jpg）
!a 回复　｜　全部回复　｜　转发　｜　删除
!m ---------- 转发的邮件 ----------
!m 发件人：耢口镇党政综合办公室
!m 日期：2025年3月28日 16:40
{T}
{BODY}
!m 李晴　耢口镇党政综合办公室　办公电话 0738-5126020
!d 此邮件及其附件可能包含保密信息，如误收请立即删除
""",
        body="""
各村（社区）、镇直各单位：
为规范工作人员着装和亮证服务，镇党委、镇政府决定为全镇机关干部、村（社区）干部和网格员统一制作新版工牌。现将有关事项通知如下。
一、制作范围：镇机关在编在岗人员、各村（社区）“两委”干部、专职网格员。
二、信息采集：请各单位于4月10日前填写《新版工牌信息采集表》，连同本人近期免冠证件照电子版一并发送至镇党政综合办公室邮箱。
三、佩戴要求：新版工牌5月1日起启用，工作时间须佩戴上岗，旧工牌同时停止使用并交回。
联系人：李晴　电话：0738-5126020　邮箱：lq_lkzf@163.com
附件：1.新版工牌信息采集表
2.新版工牌样式
耢口镇党政综合办公室
2025年3月28日
""",
    ),
    dict(
        slug="mail-noushan-reply-request-kneepads-sanitation",
        site="耨山县政务邮箱 (invented webmail)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.noushan.gov.cn/read?mid=20251107092101",
        title="关于为环卫工人采购冬季护膝的请示",
        record_title="回复：关于为环卫工人采购冬季护膝的请示",
        date="2025-11-06",
        date_also=["2025-11-07"],
        notes="webmail reading view: toolbar, headers, an attachment bar, a reply above the original mail and its "
        "header; the request's own contact stays; the reply's send time differs from the request's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>回复：关于为环卫工人采购冬季护膝的请示 - 耨山县政务邮箱</title></head><body>
<div class="mail-top"><span>⟦m 耨山县政务邮箱⟧</span> <span>⟦m bgs_cgj@noushan.gov.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="mail-nav">⟦m 收件箱(12)　草稿箱　已发送　已删除⟧</div>
<div class="mail-tools">⟦a 回复 | 回复全部 | 转发 | 删除 | 标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t 回复：关于为环卫工人采购冬季护膝的请示⟧</h3>
<p>⟦m 发件人：黄文军 &lt;huangwj@noushan.gov.cn&gt;⟧</p>
<p>⟦m 收件人：城管局办公室 &lt;bgs_cgj@noushan.gov.cn&gt;⟧</p>
<p>⟦m 时间：2025年11月7日 周五 09:21⟧</p>
<p>⟦m 附件：关于为环卫工人采购冬季护膝的请示.docx (22.4K)⟧ <a>⟦a 下载⟧</a> <a>⟦a 预览⟧</a></p></div>
<div class="mail-body">
<p>⟦m 补发请示正文，原件见附件，请办公室转财务科审核。——环卫所 黄文军⟧</p>
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<p>⟦m 发件人：环卫所 黄文军⟧</p>
<p>⟦m 发送时间：2025年11月6日 17:48⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="mail-foot">⟦d 政务邮箱仅限办公使用，请勿发送涉密信息⟧</div>
</body></html>
""",
        body="""
县城市管理局：
入冬以来，气温持续走低，我所一线环卫工人每天凌晨4点开始清扫作业，部分工人长期弯腰、蹲跪作业，膝关节疼痛问题较为普遍。为保障环卫工人身体健康，我所拟为全体一线环卫工人采购冬季保暖护膝。现将有关事项请示如下。
一、采购数量：全所一线环卫工人共286人，每人2副，共572副。
二、采购标准：加绒保暖型护膝，单价不超过25元，总金额不超过14300元。
三、资金来源：从我所2025年度劳动保护经费中列支。
四、采购方式：按照县政府采购有关规定，通过政府采购电子卖场网上采购。
妥否，请批示。
联系人：黄文军　电话：0739-5230817
耨山县城市管理局环卫所
2025年11月6日
""",
    ),
]
