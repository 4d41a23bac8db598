"""holdout163, part F. Invented text, sites, people and places; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="baike-moringa-entry-html",
        site="农知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="article",
        form="html",
        source="https://baike.nongzhi.org/item/辣木栽培",
        title="辣木栽培",
        record_title="辣木栽培_农知百科",
        date=None,
        notes="encyclopedia entry; catalogue and edit chrome; an edit stamp is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>辣木栽培_农知百科</title></head><body>
<div class="top">⟦m 农知百科 — 种养知识共建平台⟧ ⟦a 编辑词条⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="stat">⟦m 浏览次数：4,102　最近更新：2025-02-11（第6次编辑）⟧</div>
<div class="catalog">⟦l 目录 1 形态特征 2 栽培要点 3 采收利用⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：[1] 热带作物栽培学讲义⟧</div>
<div class="ft">⟦d 词条内容由用户共同编辑，仅供参考⟧ ⟦m © 农知百科⟧</div>
</body></html>
""",
        body="""
辣木是辣木科辣木属多年生热带落叶乔木，原产印度北部，我国云南、广东、海南等地有引种栽培。
形态特征：树高可达10米，羽状复叶，花白色，荚果细长，种子具三棱和膜质翅。
栽培要点：喜高温，不耐霜冻，适宜年均温20℃以上、排水良好的地块；可采用种子育苗或扦插繁殖，株行距一般为1米×1.5米。
采收利用：嫩叶可作蔬菜，种子可榨油，叶粉常用于加工食品。
""",
    ),
    dict(
        slug="baike-free-range-eggs-answer-text",
        site="问农网 (invented)",
        style="百科问答",
        genre="问答",
        kind="article",
        form="text",
        source="http://www.wennong.net/ask/2025/20118.html",
        title="散养土鸡蛋怎样分级包装",
        record_title=None,
        date=None,
        notes="Q&A answer; title missing from the record, the question is the title; 回答于 relative time no date",
        page="""
!m 问农网 > 畜禽养殖 > 蛋鸡
{T}
!m 提问者：山里养鸡人　　浏览 356 次
!m 农技员小尹 回答于 昨天
{BODY}
!l 这个回答有帮助吗？  有用  没用
!l 相关问题：土鸡蛋和普通鸡蛋营养差别大吗？
!w 养殖技术难题？拨打问农网专家热线 400-063-1190
""",
        body="""
散养土鸡蛋分级一般按单枚重量分为三级：50克以上为一级，45至50克为二级，45克以下为三级。
分级前要先挑出破壳、畸形和脏污蛋，脏污蛋用干布擦拭，不要水洗，以免破坏蛋壳表面的保护膜。
包装可选用带透气孔的纸浆蛋托，每托标注产蛋日期、养殖场名称和联系方式，冬季保质期一般为30天。
""",
    ),
    dict(
        slug="pan-mugwort-plant-plan-pages",
        site="云樟网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunzhang.cc/s/1aQmR8zx",
        title="艾草加工厂安全生产标准化建设实施方案",
        record_title="艾草加工厂安全生产标准化建设实施方案.docx",
        date="2025-03-14",
        notes="cloud-drive preview; page markers not glued; save-to-drive chrome; share expiry no date",
        page="""
!m 云樟网盘 | 文件分享
!t 艾草加工厂安全生产标准化建设实施方案.docx
!m 分享者：艾乡***　有效期：永久　大小：35.2KB
!a 保存到我的网盘　　下载（需客户端）
{BODY}
!a 预览仅显示部分内容，请下载查看
!d 请勿分享违法违规内容，云樟网盘将依法处理
""",
        pages=dict(fmt="～ {n} ～", every=130, start=2),
        body="""
为落实安全生产主体责任，提升本厂安全管理水平，结合艾绒、艾条生产实际，制定本方案。
一、建设目标：年内达到安全生产标准化三级企业要求。
二、重点任务：完善安全生产责任制；对粉碎、筛绒工序加装除尘和防火设施；每季度开展一次消防应急演练。
三、时间安排：4月完成自评，6月申请评审。
蕲山艾草制品厂
2025年3月14日
""",
    ),
    dict(
        slug="pan-salvia-coop-summary-html",
        site="快传盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.kuaichuanpan.com/share/7fe21c",
        title="丹参种植专业合作社2024年度工作总结",
        record_title="丹参种植专业合作社2024年度工作总结.pdf",
        date="2024-12-28",
        notes="cloud-drive share page; file-name title; the title found in the document preview",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>丹参种植专业合作社2024年度工作总结.pdf - 快传盘</title></head><body>
<div class="nav">⟦m 快传盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦m 丹参种植专业合作社2024年度工作总结.pdf　1.1MB　2025-01-03 分享⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 极速下载（会员）⟧</div>
<div class="preview"><h3>{T}</h3>
{BODY}
</div>
<div class="ft">⟦d 本文件由用户分享，快传盘不对其内容负责⟧</div>
</body></html>
""",
        body="""
2024年，合作社丹参种植面积扩大到1850亩，社员户数增加到216户，实现销售收入1420万元。
一是统一种苗。从省中药材研究所引进优质种苗，良种覆盖率达到95%。
二是统一技术。聘请2名技术员常年驻社指导，开展技术培训8期。
三是统一销售。与3家饮片企业签订订单，收购价高于市场价每公斤0.5元。
宏岭丹参种植专业合作社
2024年12月28日
""",
    ),
    dict(
        slug="snapshot-forsythia-picking-ban-html",
        site="搜达快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.souda.cn/c?u=http%3A%2F%2Fwww.lingshan.gov.cn%2Fgg%2F3381.html",
        title="关于禁止抢青采摘连翘的通告",
        record_title="关于禁止抢青采摘连翘的通告 - 快照",
        date="2025-07-01",
        notes="search-engine snapshot frame above a township page; crawl stamp is no date",
        page="""
<html><head><meta charset="utf-8"><title>关于禁止抢青采摘连翘的通告 - 快照</title></head><body>
<div class="snap">⟦d 这是 http://www.lingshan.gov.cn/gg/3381.html 的快照，是网页在 2025年7月9日 的存档。当前页面可能已更改。⟧</div>
<div class="snap">⟦m 搜达快照 · 仅作为访问受阻时的参考⟧</div>
<div class="orig">
<div>⟦m 岭山镇人民政府⟧</div>
<div>⟦m 首页 > 公告公示⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 岭山镇人民政府 主办⟧</div>
</div></body></html>
""",
        body="""
各村委会、广大群众：
连翘果实应在成熟后采收。近期，部分人员在连翘未成熟时即抢青采摘，既影响药材质量，又破坏野生资源。为此，特通告如下：
一、8月20日前禁止采摘连翘青果。
二、禁止折枝、砍枝采摘。
三、对违反本通告的，由镇综合执法队依法处理。
岭山镇人民政府
2025年7月1日
""",
    ),
    dict(
        slug="snapshot-purple-sweet-potato-rules-text",
        site="好搜网页快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="rules",
        form="text",
        source="http://snapshot.haosou-web.cn/q?id=77a90c2",
        title="紫薯粉条加工坊卫生管理制度",
        record_title="紫薯粉条加工坊卫生管理制度_好搜快照",
        date=None,
        notes="text-only cache; no date (cache stamp only); articles speak of 打印/张贴; numbered articles",
        page="""
!d 您查看的是网页快照，快照生成于 2025-05-30 04:12，原网页可能已更新
!m 原网址：http://www.zsfentiao.cn/zhidu/12.html
!m 紫薯粉条加工坊 > 管理制度
{T}
{BODY}
!m 本站：紫薯粉条加工坊　电话：0839-6551027
!l 返回首页　|　产品介绍　|　联系我们
""",
        body="""
一、从业人员每年进行健康检查，取得健康证明后方可上岗。
二、进入车间须更衣、洗手消毒，不得佩戴饰物。
三、生产用水须符合生活饮用水卫生标准，晾晒场地每日清扫。
四、本制度打印后张贴在车间入口处，由坊主负责监督执行。
""",
    ),
    dict(
        slug="print-lions-mane-rules-html",
        site="菌乡猴头菇开发有限公司 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.junxiang-htg.com/print.asp?id=128",
        title="烘干车间安全操作规程",
        record_title="打印预览 - 烘干车间安全操作规程",
        date="2025-02-20",
        notes="print view; print footer 第1页/共1页; decimal clauses; 执行日期 in the document",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 烘干车间安全操作规程</title><style>@media print{.np{display:none}}</style></head><body>
<div class="np">⟦a [打印本页] [关闭]⟧</div>
<div>⟦m 菌乡猴头菇开发有限公司⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印时间：2025/06/03 10:22⟧</div>
<div class="pf">⟦p 第1页／共1页⟧</div>
</body></html>
""",
        body="""
1 开机前检查
1.1 检查烘干机电源线、温控仪和排湿风机是否完好。
1.2 确认烘盘摆放平稳，猴头菇单层摊放，不得堆叠。
2 运行中
2.1 烘干温度由40℃逐步升至60℃，严禁直接高温烘烤。
2.2 操作人员不得离岗，每半小时记录一次温度。
3 本规程自2025年2月20日起执行。
""",
    ),
    dict(
        slug="print-flowering-stalk-tech-notice-text",
        site="洪山区农业农村局 (invented)",
        style="打印页",
        genre="技术通知",
        kind="notice",
        form="text",
        source="http://nyj.hongshanqu.gov.cn/print/2024/1115/451.html",
        title="关于做好红菜薹冬季田间管理的技术通知",
        record_title="〔打印稿〕关于做好红菜薹冬季田间管理的技术通知",
        date="2024-11-14",
        notes="print page hard-wrapped at 66 columns; print header and footer; signature date",
        page="""
!m 洪山区农业农村局　　打印时间：2025-01-07
!t 〔打印稿〕关于做好红菜薹冬季田间管理的技术通知
{T}
{BODY}
!m 本页地址：http://nyj.hongshanqu.gov.cn/2024/1115/451.html
!p 第 1 页，共 1 页
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
各街道农业服务中心：
近期气温波动较大，为确保红菜薹稳产优质，现将冬季田间管理技术要点通知如下。
一、清沟排渍。雨后及时清理围沟、腰沟，做到雨停田干，防止渍害。
二、追施薹肥。抽薹期每亩追施复合肥15公斤，叶面喷施磷酸二氢钾一至两次。
三、防冻保暖。寒潮来临前浇一次透水，有条件的加盖无纺布。
洪山区农业农村局
2024年11月14日
""",
    ),
    dict(
        slug="mail-foie-gras-labeling-forward",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://fwd/2025-08-19/guanfeng-trade",
        title="关于进口鹅肝产品中文标签备案的提示",
        record_title="Fwd: 关于进口鹅肝产品中文标签备案的提示",
        date="2025-08-18",
        notes="forwarded mail; mail headers as meta; the document's own 附件 and contact kept; send date differs",
        page="""
!m 发件人：关丰贸易-单证部 <danzheng@guanfeng-trade.com>
!m 发送时间：2025年8月19日 9:05
!m 收件人：销售部全体
!t 主题：Fwd: 关于进口鹅肝产品中文标签备案的提示
!m 各位同事，转发口岸服务中心的提示，请对照执行。——小郑
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请删除。
!m 关丰贸易（集团）有限公司 | 电话 0532-8890 2200
""",
        date_also=["2025-08-19"],
        body="""
各进口企业：
近期抽查发现，部分进口冷冻鹅肝产品中文标签未标注原产国、贮存条件或进口商信息。现提示如下：
一、进口预包装食品应当在入境前加贴中文标签。
二、中文标签内容须与外文标签一致，不得夸大宣传。
联系人：韩启明，电话：0532-8230 1176。
附件：进口预包装食品中文标签自查表
西港口岸综合服务中心
2025年8月18日
""",
    ),
    dict(
        slug="mail-kale-base-meeting-forward-html",
        site="邮件网页版 (invented)",
        style="邮件转发",
        genre="会议通知",
        kind="notice",
        form="html",
        source="https://mail.hxnongye.com/read?mid=0x3317a2",
        title="关于召开芥蓝出口基地备案工作会议的通知",
        record_title="Fw: 关于召开芥蓝出口基地备案工作会议的通知",
        date="2025-09-10",
        notes="webmail view; mail reply chain; 时间/地点 lines of the notice kept; mail date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fw: 关于召开芥蓝出口基地备案工作会议的通知 - 华鑫农业邮箱</title></head><body>
<div class="toolbar">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 打印⟧</div>
<div class="hd"><p>⟦m 发件人：基地办 黎晓雯⟧</p><p>⟦m 时　间：2025-09-11（星期四）14:32⟧</p><p>⟦m 收件人：各种植基地负责人⟧</p></div>
<div class="mail">
<p>⟦m 请各基地按通知准备材料，准时参会。⟧</p>
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="att">⟦a 附件（1个）：备案材料清单.xlsx　预览　下载⟧</div>
<div class="ft">⟦m 华鑫农业企业邮箱 · 安全由我们守护⟧</div>
</body></html>
""",
        date_also=["2025-09-11"],
        body="""
各芥蓝种植基地：
为做好出口蔬菜种植基地备案工作，公司定于9月16日召开专题会议。
时间：9月16日下午2:30
地点：公司三楼会议室
参会人员：各基地负责人、技术员
请各基地提前准备好农药使用记录和土壤检测报告。
华鑫农业发展有限公司
2025年9月10日
""",
    ),
]
