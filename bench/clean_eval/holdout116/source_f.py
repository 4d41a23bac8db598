"""holdout116, part F: encyclopaedias, cloud drives, snapshots, print views, forwarded mails. All invented."""

CASES = [
    dict(
        slug="wiki-html-sika-deer-farming-entry",
        site="农知百科 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="html",
        source="https://baike.nongzhi.net/item/梅花鹿养殖场防疫制度",
        title="梅花鹿养殖场防疫制度",
        record_title="梅花鹿养殖场防疫制度_农知百科",
        date=None,
        notes="encyclopaedia entry; edit links; example date inside a sentence (not the date); no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>梅花鹿养殖场防疫制度_农知百科</title></head><body>
<div class="hd">⟦m 农知百科⟧ ⟦a 编辑词条⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="st">⟦m 浏览 6021 次 · 最近更新：3天前⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 鹿场兽医手册⟧</div>
<div class="dis">⟦d 百科词条由网友共同编辑，如需专业意见请咨询执业兽医⟧</div>
<footer>⟦m ©2025 农知百科⟧</footer>
</body></html>
""",
        body="""
梅花鹿养殖场防疫制度，是鹿场为预防和控制结核病、布鲁氏菌病等疫病而制定的管理规范。
其主要内容通常包括：场区实行封闭管理，外来人员和车辆经消毒后方可进入；新引进鹿只隔离观察30天以上；每年春秋两季开展疫病检测。
制度一般要求如实填写防疫档案，例如注明“2023年4月12日完成布病检测，阴性”等内容，档案至少保存三年。
""",
    ),
    dict(
        slug="qa-text-kimchi-workshop-license-answer",
        site="食安问答 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="text",
        source="http://www.shianwenda.com/ask/30018.html",
        title="家庭作坊做泡菜在网上卖需要办什么证？",
        record_title="家庭作坊做泡菜在网上卖需要办什么证？求解答！！",
        date="2025-01-14",
        notes="Q&A with 回答于 date as the page's date; decorated question title",
        page="""
!m 食安问答 > 食品生产
{T}
!m 匿名用户 提问　|　浏览 884
!m 食安小编 回答于 2025-01-14 15:21
{BODY}
!l 追问　|　这个回答有帮助吗？ 有(31) 没有(2)
!l 相关问题：自制辣椒酱可以摆摊吗？
""",
        body="""
家庭作坊生产泡菜对外销售，属于食品小作坊，一般需要向所在地县级市场监管部门办理小作坊登记证。
如果在网上销售，还需要在网店显著位置公示登记证信息，并遵守当地关于小作坊产品销售范围的规定。
部分地区不允许小作坊产品通过网络销往外省，具体以当地规定为准，建议先到市场监管所咨询。
""",
    ),
    dict(
        slug="netdisk-html-meatball-factory-haccp-plan",
        site="飞盘云 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.feipanyun.com/s/1Xq8ZrT",
        title="肉丸生产车间HACCP计划",
        record_title="肉丸生产车间HACCP计划.pdf",
        date="2024-05-20",
        notes="cloud-drive preview; file-name title; share stamps not dates; 成文日期 at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>肉丸生产车间HACCP计划.pdf_免费高速下载|飞盘云</title></head><body>
<div class="hd">⟦m 飞盘云⟧ ⟦a 登录⟧ ⟦a 客户端⟧</div>
<div class="file"><h2>{T}</h2><p>⟦m 分享者：品控部小 **　分享时间：2025-03-02 11:09　有效期：永久⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<footer>⟦d 请勿分享违法违规内容，一经发现将删除并封号⟧</footer>
</body></html>
""",
        body="""
一、产品描述：速冻牛肉丸，原料为冷鲜牛肉、淀粉、食盐和香辛料，-18℃以下冷冻储存。
二、关键控制点
工序　　危害　　关键限值
原料验收　　兽药残留　　每批附检验检疫证明
蒸煮　　致病菌存活　　中心温度≥75℃，保持1分钟
金属探测　　金属异物　　铁≥1.5mm、非铁≥2.0mm剔除
三、纠偏措施：关键限值偏离时，立即隔离该时段产品，查明原因后重新加工或销毁，并记录在案。
品控部
2024年5月20日
""",
    ),
    dict(
        slug="netdisk-text-horse-cart-tourism-plan",
        site="快存网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://kuaicun.cc/share/q8Lz20",
        title="古城观光马车运营管理实施方案",
        record_title=None,
        date=None,
        notes="title missing; cloud drive text preview; no date (share stamp only)",
        page="""
!m 快存网盘 · 文件预览
{T}
!m 来自分享：文旅资料合集 / 2025 / 方案　分享于 2025-05-09
!a 当前为文本预览模式，排版可能错乱，下载查看原文件
{BODY}
!a 保存　下载　举报
""",
        body="""
为规范古城观光马车运营，保障游客安全和古城环境卫生，制定本方案。
一、运营主体：观光马车由古城景区运营公司统一经营，现有马车18辆、马匹24匹，实行统一编号、统一着装、统一票价。
二、运营线路：北门—钟楼—文庙—南门，单程约2.5公里，每辆车载客不超过6人。
三、动物福利：马匹每日工作不超过6小时，每两小时休息一次；高温天气中午暂停运营。
四、卫生管理：马车须加装粪兜，沿线设置清洁点，保洁人员随时清理。
""",
    ),
    dict(
        slug="snapshot-html-gecko-pet-market-notice",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousou.com/c?u=www.pingshan-amr.gov.cn/tzgg/1104.html",
        title="关于规范花鸟市场爬宠经营行为的通知",
        record_title="关于规范花鸟市场爬宠经营行为的通知_坪山县市场监督管理局",
        date="2024-11-04",
        notes="snapshot frame header; snapshot stamp not a date; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于规范花鸟市场爬宠经营行为的通知_坪山县市场监督管理局</title></head><body>
<div class="snap">⟦d 这是 www.pingshan-amr.gov.cn/tzgg/1104.html 的快照，是网页在2025年1月3日的存档，当前页面可能已经更改。⟧ ⟦a 查看当前页面⟧</div>
<div class="orig">⟦m 坪山县市场监督管理局⟧ ⟦m 首页 › 通知公告⟧</div>
<h1>{T}</h1>
{BODY}
<footer>⟦m 坪山县市场监督管理局主办⟧</footer>
</body></html>
""",
        body="""
县城花鸟市场各经营户：
近期，有群众反映花鸟市场个别商户销售守宫、蜥蜴等爬宠时，未能说明来源，部分物种疑似国家重点保护野生动物。为规范经营秩序，现通知如下：
一、经营爬宠的商户应当建立进货台账，保存来源证明，做到来源可查。
二、严禁销售列入保护名录的野生动物及其制品。
三、县市场监管局将联合林业部门开展联合检查，对违法经营行为依法查处。
坪山县市场监督管理局
2024年11月4日
""",
    ),
    dict(
        slug="snapshot-text-mantis-insect-club-minutes",
        site="网页快照存档 (invented)",
        style="搜索快照",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://snapshot.kuaizhao.cn/?url=kc-insect.org/news/88",
        title="昆虫观察俱乐部螳螂饲养小组成立会议纪要",
        record_title="昆虫观察俱乐部螳螂饲养小组成立会议纪要",
        date="2024-04-13",
        notes="text-only cache; crawl stamp; minutes; wrapped at 68 columns",
        page="""
!d 以下为网页文字快照，抓取于 2025-01-20 06:11，仅供参考
!m 原网址：kc-insect.org/news/88
{T}
{BODY}
!l 返回快照搜索结果
""",
        wrap=68,
        body="""
时间：2024年4月13日下午
地点：少年宫自然教室
主持：俱乐部指导老师　甘霖
参加：小组成员12人及部分家长
会议宣布成立螳螂饲养小组，明确由五、六年级同学轮流担任饲养员，每周记录蜕皮、进食情况。会议约定：饲养的螳螂均为人工繁育个体，观察结束后不在野外放生；饲养记录每月汇总一次，在俱乐部展板展出。
""",
    ),
    dict(
        slug="print-html-dried-fruit-association-plan",
        site="蔚城干果行业协会 打印预览 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.wcganguo.org/print.asp?id=512",
        title="2025年干果质量提升行动方案",
        record_title="〖打印预览〗2025年干果质量提升行动方案",
        date="2025-02-14",
        notes="print view with print footer 第 1 页 / 共 1 页; print buttons; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖打印预览〗2025年干果质量提升行动方案</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印本页】 【关闭窗口】⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 蔚城干果行业协会　www.wcganguo.org⟧</div>
{BODY}
<div class="foot">⟦m 打印时间：2025/3/1 9:42:18⟧ ⟦p 第 1 页 / 共 1 页⟧</div>
</body></html>
""",
        body="""
为提升全市红枣、核桃仁、葡萄干等干果产品质量，协会制定本方案。
一、开展会员企业质量对标，年内完成42家会员企业自查。
二、推广低温烘干和色选分级设备，力争新增设备30台套。
三、建立协会质量抽检制度，每季度委托第三方抽检一次，结果在会员大会上通报。
蔚城干果行业协会
2025年2月14日
""",
    ),
    dict(
        slug="print-text-lifeboat-drill-ferry-company",
        site="港渡客运公司 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gangdu-ferry.com/news/print/77.html",
        title="关于开展客渡船救生艇释放演练的通知",
        record_title="关于开展客渡船救生艇释放演练的通知 - 打印",
        date="2025-04-21",
        notes="print page; printed URL and time lines; 附件 list kept; 成文日期",
        page="""
!m 港渡客运公司
{T}
!m 来源：安全技术部　日期：2025-04-21
{BODY}
!m 本页地址：http://www.gangdu-ferry.com/news/77.html
!m 打印于 2025-04-23 08:05
""",
        body="""
各船舶、各部门：
为检验客渡船救生艇释放和人员撤离能力，公司定于4月28日上午在二号码头水域开展救生艇释放演练。
一、参演船舶：“港渡3号”“港渡5号”。
二、演练内容：弃船警报、旅客引导、救生艇降放和回收。
三、各参演船舶于4月25日前完成救生艇及释放装置检查，填写检查表报安全技术部。
附件：1.演练流程表
2.救生艇检查表
港渡客运有限公司
2025年4月21日
""",
    ),
    dict(
        slug="mail-html-houseboat-inspection-forward",
        site="蘩湖水务局邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.fanhu-water.gov.cn/read?mid=20250612-1187",
        title="关于开展湖区水上住家船安全排查的通知",
        record_title="转发：关于开展湖区水上住家船安全排查的通知",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="webmail reader: mail headers chrome, the document's own 附件 list kept; forward date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发：关于开展湖区水上住家船安全排查的通知 - 政务邮箱</title></head><body>
<div class="mbar">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="mhead"><p>⟦m 发件人：县水务局办公室 &lt;bgs@fanhu-water.gov.cn&gt;⟧</p><p>⟦m 收件人：各乡镇水利站⟧</p><p>⟦m 时间：2025年6月12日（星期四）上午10:06⟧</p></div>
<div class="mtext"><p>⟦m 各水利站：现将县防指通知转发给你们，请抓好落实。⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<footer>⟦d 本邮件系统仅用于政务工作，请勿发送涉密信息⟧</footer>
</body></html>
""",
        body="""
各有关乡镇、县直有关单位：
为防范汛期水上安全事故，县防汛抗旱指挥部决定即日起对湖区水上住家船开展安全排查。
一、排查对象：停泊在蘩湖湖区从事居住、餐饮、捕捞的住家船。
二、排查内容：船体破损、消防器材、救生衣配备、用电用气安全及锚泊情况。
三、6月30日前将排查台账报县防指办公室，邮箱 fzb@fanhu-water.gov.cn。
附件：住家船安全排查台账
县防汛抗旱指挥部办公室
2025年6月10日
""",
    ),
    dict(
        slug="mail-text-cricket-fight-ban-reply-chain",
        site="文广新局内部邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:export/2024/09/msg-4471.eml.txt",
        title="关于制止以斗蟋蟀为名聚众赌博的函",
        record_title="Re: 回复：关于制止以斗蟋蟀为名聚众赌博的函.docx",
        date="2024-09-05",
        notes="mail reply chain export; mail headers chrome; file-name title; signature date",
        page="""
!m 发件人：文化市场执法大队 <zfdd@qz-wgx.gov.cn>
!m 发送时间：2024年9月9日 16:20
!m 收件人：城关派出所
!m 主题：Re: 回复：关于制止以斗蟋蟀为名聚众赌博的函.docx
!m > 已收到，附件为正式函件，请查收。
{T}
{BODY}
!d 此邮件及其附件可能包含保密信息，如误收请立即删除
""",
        date_also=["2024-09-09"],
        body="""
城关派出所：
近期，我队在文化市场巡查中发现，老城区部分茶馆、棋牌室以“斗蟋蟀”民俗活动为名，设置赌注，组织聚众赌博，群众反映强烈。
为维护良好的社会秩序，请贵所对相关场所依法开展检查，我队将予以配合，并对涉及的经营场所依法处理。
联系人：吕舟；电话：0570-3082 216。
县文化市场综合行政执法大队
2024年9月5日
""",
    ),
]
