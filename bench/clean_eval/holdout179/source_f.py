"""holdout179, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print
views and forwarded mails. Invented text throughout; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkforum-shenlun-thimble-essay-text",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-20931-1-1.html",
        title="小顶针里的大匠心——申论范文",
        record_title="[申论范文] 小顶针里的大匠心——申论范文 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum post; reply-to-see prompt; junk glued; relative time no date",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 › 申论交流
{T}
!m 楼主：一战上岸　3 天前　查看 5102
{BODY}
!a 本帖隐藏的批改要点需回复后才能查看
!l 回复　|　支持(36)　|　反对(0)
""",
        body="""
一枚小小的顶针，曾经是千家万户缝补生活的必需品，如今却渐渐淡出人们的视线。
然而在钤阳的老街上，仍有匠人坚持手工打制铜顶针，一锤一錾之间，守护的是一门手艺，更是一种精神。
守护传统技艺，需要政府搭台、市场助力、匠人坚守，让老手艺在新时代焕发新生。
""",
    ),
    dict(
        slug="gkforum-interview-soapbox-answer-html",
        site="面试圈公考社区 (invented)",
        style="公考论坛",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.mianshiquan.example.com/t/88120.html",
        title="面试真题：宾馆一次性肥皂盒取消后游客有意见，你怎么处理？",
        record_title="[面试真题] 面试真题：宾馆一次性肥皂盒取消后游客有意见，你怎么处理？ - 面试专区 - 面试圈公考社区",
        date="2024-12-02",
        notes="exam forum HTML; 发表于 date; floor meta; reply-to-see box; jammer font junk",
        junk=dict(lines=0, glued=1),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试真题] 面试真题：宾馆一次性肥皂盒取消后游客有意见，你怎么处理？ - 面试专区 - 面试圈公考社区</title><style>.jammer{font-size:0}</style></head><body>
<div class="hd">⟦m 面试圈公考社区⟧ ⟦a 签到领积分⟧</div>
<div class="crumb">⟦m 首页 › 面试专区⟧</div>
<h1>{T}</h1>
<div class="post-meta">⟦m 楼主 面霸小柒　发表于 2024-12-02 19:45⟧</div>
{BODY}
<div class="locked">⟦a 【回复可见】考官点评⟧</div>
<div class="floor">⟦l 沙发　2楼　来学习了⟧</div>
</body></html>
""",
        body="""
首先，我会耐心倾听游客的意见，理解游客对卫生和便利的需求。
其次，向游客解释取消一次性用品是落实塑料污染治理的要求，同时告知前台可免费提供可重复使用的肥皂盒和洗护用品。
最后，我会把游客的意见整理后反馈给宾馆，建议在预订页面提前提示，减少游客的不便。
""",
    ),
    dict(
        slug="wiki-shoehorn-entry-html-infobox",
        site="知物百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.example.com/item/鞋拔子/10392",
        title="鞋拔子",
        record_title="鞋拔子_知物百科",
        date=None,
        notes="encyclopaedia with infobox, edit links, history tab; example years only; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鞋拔子_知物百科</title></head><body>
<div class="top">⟦m 知物百科⟧ ⟦a 编辑词条⟧ ⟦a 历史版本⟧ ⟦a 讨论⟧</div>
<h1>{T}</h1>
<div class="infobox">⟦m 中文名：鞋拔子　外文名：shoehorn　类别：日用品⟧</div>
{BODY}
<div class="refs">⟦l 参考资料：[1] 日用器物图说⟧</div>
<div class="stat">⟦m 浏览次数：12万　编辑次数：17次⟧</div>
<footer>⟦d 词条内容仅供参考，如有疑问请咨询专业人士。⟧</footer>
</body></html>
""",
        body="""
鞋拔子，又称鞋溜子，是帮助人们把脚跟顺利穿入鞋内的工具，多呈长条弧形。
常见材质有牛角、木材、竹子、金属和塑料，其中牛角鞋拔子在我国北方民间流传较广。
按长度可分为短柄和长柄两种，长柄鞋拔子便于老年人和腰部不便者站立使用。
""",
    ),
    dict(
        slug="wiki-qa-penholder-history-text",
        site="百知问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baizhi-wd.example.com/q/338120.html",
        title="笔筒是什么时候出现的？",
        record_title="笔筒是什么时候出现的？",
        date=None,
        notes="Q&A encyclopaedia answer with historical years only; no date; answer badge",
        page="""
!m 百知问答 > 文化 > 文房四宝
{T}
!m 推荐答案　来自：墨池浅客　|　采纳率 92%
{BODY}
!l 其他回答（2）
!l 追问　|　评论　|　举报
""",
        body="""
笔筒作为独立的文房用具，一般认为在明代中后期才普遍流行。
明代以前，文人多用笔架、笔床放置毛笔，笔筒并不常见。
到了清代，笔筒的材质和工艺更加丰富，竹刻、木雕、瓷器、玉石笔筒都有精品传世。
""",
    ),
    dict(
        slug="netdisk-thimble-factory-rule-markers",
        site="云仓网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://pan.yuncang.example.com/s/1qT7xB",
        title="顶针冲压车间安全操作规程",
        record_title="顶针冲压车间安全操作规程.wps",
        date=None,
        notes="cloud drive share page; file-name title; page markers ꒰n꒱ glued; share time and expiry are no dates",
        pages=dict(fmt="꒰{n}꒱", every=70, start=2, glue=True),
        page="""
!m 云仓网盘 | 文件分享
!m 顶针冲压车间安全操作规程.wps　86KB
!m 分享者：鸣铁安环部　分享时间：2024-02-18 15:22　有效期：永久
!a 保存到我的网盘　　下载（需登录）
{BODY}
!d 请勿通过网盘分享传播违法违规内容，发现请举报。
""",
        body="""
第一条　操作人员须经岗前培训合格后方可上岗，上班时必须穿戴防护手套和耳塞。
第二条　开机前检查冲床离合器、制动器和安全光栅是否完好，发现异常立即报告。
第三条　严禁用手直接送料或取件，必须使用专用镊子或送料机构。
第四条　下班前切断电源，清理台面废料，填写设备运行记录。
""",
    ),
    dict(
        slug="netdisk-nas-soapbox-survey-html",
        site="蜗居NAS分享 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="http://nas.wojv.example.net:5000/sharing/Kc8eP",
        title="学生宿舍洗漱用品使用情况问卷调查报告",
        record_title=None,
        date="2024-12-20",
        notes="personal NAS share page (HTML): title only as the file name on the page; table rows; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>文件分享</title></head><body>
<div class="bar">⟦m 蜗居NAS · File Station⟧ ⟦a 下载⟧ ⟦a 保存到本机⟧</div>
<div class="fname">⟦m 学生宿舍洗漱用品使用情况问卷调查报告.docx (31 KB)⟧</div>
<h2>{T}</h2>
{BODY}
<footer>⟦m 链接由 DS220+ 生成 · 剩余有效期 6 天⟧</footer>
</body></html>
""",
        body="""
为了解学生宿舍洗漱用品的使用情况，学生会于12月上旬发放问卷320份，收回有效问卷301份。
项目　人数　占比
使用带沥水孔的肥皂盒　187　62.1%
使用普通密封肥皂盒　76　25.2%
不使用肥皂盒　38　12.6%
调查显示，多数同学希望学校统一配备沥水洗漱架。
校学生会生活部
2024年12月20日
""",
    ),
    dict(
        slug="snapshot-doorstop-spotcheck-html-frame",
        site="搜得快照 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="html",
        source="http://cache.soude.example.com/c?u=scj.zengxi.example.gov.cn/tb/2023/1207.html",
        title="锃溪县市场监管局关于门挡产品质量抽查结果的通报",
        record_title="锃溪县市场监管局关于门挡产品质量抽查结果的通报 - 网页快照",
        date="2023-12-07",
        notes="search-cache frame with a banner and highlighted terms; table rows; date under signature; snapshot time no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>锃溪县市场监管局关于门挡产品质量抽查结果的通报 - 网页快照</title></head><body>
<div class="snap">⟦m 这是 scj.zengxi.example.gov.cn/tb/2023/1207.html 的快照，拍摄于 2024-01-11 03:20:09⟧<br>⟦m 您搜索的关键词已高亮：门挡 抽查⟧ ⟦a 查看原网页⟧</div>
<hr>
<div class="orig">⟦m 锃溪县市场监督管理局⟧</div>
<h1>{T}</h1>
{BODY}
</body></html>
""",
        body="""
近期，我局对全县销售的门挡产品开展了质量抽查，共抽查15批次，合格13批次。不合格产品情况如下：
产品名称　标称生产企业　不合格项目
橡胶地门挡　某日用品厂　硬度
磁吸门挡　某五金制品公司　吸合力
对抽查不合格的产品，我局已责令销售者下架，并依法立案查处。
锃溪县市场监督管理局
2023年12月7日
""",
    ),
    dict(
        slug="snapshot-text-penholder-museum-notice",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kz.souyi.example.net/?url=www.duoshanbwg.example.cn/tz/55.html",
        title="关于“文房清供——历代笔筒展”闭展的公告",
        record_title="关于“文房清供——历代笔筒展”闭展的公告 - 快照",
        date="2024-08-30",
        notes="text-only cache; Chinese-numeral date under signature; cache line at top",
        page="""
!m 搜易快照：本页为 www.duoshanbwg.example.cn/tz/55.html 在 2024-09-05 的存档
!a 搜易不对网页内容负责　点击访问原始页面
{T}
{BODY}
!m 铎山县博物馆　地址：铎山县文昌路2号
""",
        body="""
各位观众：
“文房清供——历代笔筒展”将于2024年9月1日闭展，展期内共接待观众4.3万人次。
感谢广大观众的关注和支持，新展筹备情况请关注本馆后续公告。
铎山县博物馆
二〇二四年八月三十日
""",
    ),
    dict(
        slug="print-hotel-shoehorn-guest-rule-html",
        site="镛田云栖酒店 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.yunqihotel.example.com/print.php?id=77",
        title="客房借用物品管理办法",
        record_title="打印预览 - 客房借用物品管理办法",
        date=None,
        notes="print view calling window.print(); print footer; no date (print time stamp)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印预览 - 客房借用物品管理办法</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="ph">⟦m 镛田云栖酒店 · 内部制度⟧ ⟦a [打印] [关闭]⟧</div>
<h1>{T}</h1>
{BODY}
<div class="pf">⟦m 打印时间：2024-10-08 09:14⟧ ⟦p 第1页，共1页⟧</div>
</body></html>
""",
        body="""
一、客房借用物品包括长柄鞋拔子、熨斗、婴儿床、加湿器等，由客房服务中心统一保管。
二、宾客借用时，服务员应登记房号和借用时间，并在二十分钟内送达。
三、宾客退房时，楼层服务员须核对借用物品是否归还。
四、借用物品每次收回后须清洁消毒方可再次借出。
""",
    ),
    dict(
        slug="print-thimble-exhibit-plan-text",
        site="钧口县文化馆 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jkwhg.example.cn/print/2024-0518.html",
        title="“指尖上的记忆”顶针收藏展实施方案",
        record_title="〔打印稿〕“指尖上的记忆”顶针收藏展实施方案",
        date="2024-05-18",
        notes="print view text; date under signature; print footer",
        page="""
!m 钧口县文化馆　打印稿
{T}
{BODY}
!p ── 1 / 1 ──
!m 本页地址：http://www.jkwhg.example.cn/show/2024-0518.html
""",
        body="""
一、展览时间：2024年6月1日至6月30日。
二、展览地点：县文化馆一楼展厅。
三、展品征集：面向全县收藏爱好者征集各类顶针，每人限报10件。
四、工作分工：群文部负责展品征集，办公室负责宣传和安保。
钧口县文化馆
2024年5月18日
""",
    ),
    dict(
        slug="mail-fwd-doorstop-procurement-text",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:archive/2024/0611-fwd.eml",
        title="关于采购幼儿园防夹手门挡的函",
        record_title="Fwd: 关于采购幼儿园防夹手门挡的函.docx",
        date="2024-06-10",
        date_also=["2024-06-11"],
        notes="forwarded mail: headers as chrome; the letter's own 附件 list next to the mail's attachment header; date under signature differs from mail date",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：镛田县第三幼儿园 <yt3ky@example.cn>
!m 日期：2024年6月11日 星期二 上午10:12
!m 收件人：采购科 <cgk@example.cn>
!m 主题：关于采购幼儿园防夹手门挡的函
!m 附件：防夹门挡需求清单.xlsx (12 KB)
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除。
""",
        body="""
县教育局计财股：
为消除幼儿园教室门夹手隐患，我园拟采购防夹手门挡60套，预算约4800元，请予支持。
附件：防夹门挡需求清单
镛田县第三幼儿园
2024年6月10日
""",
    ),
    dict(
        slug="mail-webmail-penholder-newsletter-html",
        site="铖湖文具行业简报 (invented)",
        style="邮件转发",
        genre="简报",
        kind="news",
        form="html",
        source="https://mail.example.com/read?mid=ZC1a90b",
        title="铖湖文具行业简报（2024年第3期）",
        record_title="转发：铖湖文具行业简报（2024年第3期）",
        date="2024-09-30",
        notes="webmail reading view with attachment bar; newsletter with a table; unsubscribe footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发：铖湖文具行业简报（2024年第3期）</title></head><body>
<div class="mailhead">⟦m 发件人：铖湖县文具行业协会⟧<br>⟦m 时间：2024年9月30日 16:05⟧<br>⟦m 收件人：会员单位⟧</div>
<div class="attbar">⟦a 附件 1 个：简报第3期.pdf 预览 下载⟧</div>
<h2>{T}</h2>
{BODY}
<div class="unsub">⟦d 如不希望继续收到本简报，请回复“退订”。⟧</div>
<div class="toolbar">⟦a 回复 全部回复 转发 删除⟧</div>
</body></html>
""",
        body="""
三季度，全县文具行业运行总体平稳，笔筒、文件架等桌面用品出口增长明显。
产品　产值（万元）　同比
笔筒　1860　+18%
文件架　2240　+9%
协会将于10月组织会员企业参加广交会秋季展。
""",
    ),
]
