"""holdout77, part C: a bottled-water plant, a barbecue-chef school, a crawfish festival's host
script, a konjac essay on an exam forum, a bullfrog-farm entry, a loach co-op on a cloud drive, a
soft-shell-turtle farm in a snapshot, foot-bath parlours' fire rules in a print view, a mattress
factory's forwarded notice, a carpenter's training essay and a saffron greenhouse report.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="corp-qingquan-bottled-water-recall-html",
        site="清泉源饮品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qingquanyuan.example.com/news/2025/1103.html",
        title="关于主动召回部分批次18.9升桶装饮用水的公告",
        record_title="关于主动召回部分批次18.9升桶装饮用水的公告 | 清泉源",
        date="2025-11-03",
        notes="corporate site with cookie banner; recall table; recall line next to the sales/order hotline; 扫码 in the body; byline date",
        page="""
<html><head><meta charset="utf-8"><title>关于主动召回部分批次18.9升桶装饮用水的公告 | 清泉源</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意。⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 清泉源 QINGQUANYUAN⟧ <nav>⟦m 关于我们　产品中心　新闻动态　送水服务　联系我们⟧</nav> <span>⟦w 订水热线 400-600-1818⟧</span></header>
<section class="news">
<h1>⟦t 关于主动召回部分批次18.9升桶装饮用水的公告⟧</h1>
<p class="date">⟦m 2025-11-03　｜　新闻动态⟧</p>
{BODY}
</section>
<div class="pn">⟦l 上一篇：清泉源第二水源地保护工程通过验收⟧ ⟦l 下一篇：冬季送水服务时间调整说明⟧</div>
<footer>⟦m 清泉源饮品有限公司　地址：椑山县泉口工业园1号⟧ ⟦d ©2025 清泉源 保留所有权利⟧</footer>
</body></html>
""",
        body="""
近日，我公司在自检中发现，部分批次18.9升桶装饮用水的桶盖密封圈存在老化现象，可能影响产品卫生。为保障消费者健康，我公司决定主动召回相关产品。
召回批次　生产日期　数量
QQY251008A　2025年10月8日　2,400桶
QQY251012B　2025年10月12日　1,850桶
已购买上述批次产品的用户，请扫描桶身标签上的二维码核对批次，或联系送水员免费更换。
召回专线：0766-3120909（每日8:00-20:00）。
由此给您带来的不便，我们深表歉意。
清泉源饮品有限公司
2025年11月3日
""",
    ),
    dict(
        slug="training-huoyan-barbecue-school-brochure",
        site="火焰烧烤技术培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.huoyanpx.example.com/zsjz/2025spring.html",
        title="火焰烧烤技术培训学校2025年春季招生简章",
        record_title="【春季招生】火焰烧烤技术培训学校2025年春季招生简章（学会为止）",
        date=None,
        notes="training school; decorated title; fees table; enrolment discount as a line of its own in the body; a year only in the title, no date; the school's 报名电话 next to a 400 consult line",
        page="""
!m 火焰烧烤技术培训学校　——　一技在手　创业无忧
!m 首页 / 招生简章
!t 【春季招生】火焰烧烤技术培训学校2025年春季招生简章（学会为止）
!w 免费咨询：400-113-5151　（微信同号）
{BODY}
!a 在线报名　｜　预约试学
!l 学员风采 · 开店案例 · 视频教学
!d 本站图片文字均为本校原创，盗用必究
""",
        body="""
我校是经县人力资源和社会保障局批准成立的职业技能培训机构，专业从事烧烤、小吃技术培训十余年。
一、开设课程
课程　学时　学费
传统炭火烧烤班　15天　3,800元
特色烤鱼班　10天　2,600元
⟦a 即日起报名立减500元，名额有限！⟧
二、教学方式。小班授课，一人一炉，学员亲手操作，学会为止，包教调料配方。
三、报名须知。年满十六周岁，身体健康，携带身份证复印件一份、一寸照片两张。
报名电话：0838-6711 520，地址：桕原县城东路汽车站对面二楼。
""",
    ),
    dict(
        slug="fanwenapp-xiezi-crawfish-festival-host-script",
        site="写字宝App (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://share.xiezibao.example.app/d/QX81ka",
        title="小龙虾美食节开幕式主持词",
        record_title="小龙虾美食节开幕式主持词（可改可用）",
        date=None,
        notes="writing-app share page; decorated title; ××× placeholders in a host script; app open prompts; AI rewrite button; no date",
        page="""
!a 打开写字宝App，阅读完整版 ＞
!m 写字宝 · 范文 · 主持词
!t 小龙虾美食节开幕式主持词（可改可用）
!m 1.8万人看过　·　收藏 302
{BODY}
!a ✎ AI一键改写成你的版本
!a 复制全文需在App内操作
!l 相似范文：啤酒节开幕式主持词｜美食街开街仪式主持词｜丰收节晚会串词
""",
        body="""
尊敬的各位领导、各位来宾，朋友们：
大家晚上好！
金秋时节，虾肥稻香。今天，我们相聚在×××镇，隆重举行第×届小龙虾美食节开幕式。
出席今天开幕式的领导和嘉宾有：×××、×××、×××。让我们以热烈的掌声表示欢迎！
下面，请×××致欢迎辞。
⟦a 剩余内容已折叠，展开全部 ⌄⟧
感谢×××的精彩致辞。下面，有请领导和嘉宾上台，共同为本届美食节启动开幕。
我宣布，第×届小龙虾美食节正式开幕！
""",
    ),
    dict(
        slug="gkforum-shenlun-konjac-essay-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-55012-1-1.html",
        title="小魔芋撬动大产业——谈特色农业如何带动乡村振兴",
        record_title="[申论范文] 小魔芋撬动大产业——谈特色农业如何带动乡村振兴（附批改意见）",
        date=None,
        notes="exam forum; decorated forum title; reply floors with a teacher's remark; relative post time; no date; forum junk glued after sentences",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 › 申论交流 › 范文批改
!t [申论范文] 小魔芋撬动大产业——谈特色农业如何带动乡村振兴（附批改意见）
!m 楼主：备考三年终上岸　　发表于 昨天 21:36
!m 阅读权限 10　　|　　查看 2,771　回复 43
{BODY}
!l 2楼 申论王老师：立意准确，第二段论证可再补充数据，估分 26/35。
!l 3楼 小白冲冲冲：mark，感谢楼主分享
!a 回复本帖　|　收藏本帖　|　评分
""",
        body="""
在秦巴山区的坡地上，一株株魔芋正在悄然改变山里人的生活。小魔芋之所以能撬动大产业，关键在于找准了特色、延长了链条、留住了收益。
特色农业要立足资源禀赋。魔芋喜阴凉、耐贫瘠，恰好适合山区种植。因地制宜选准产业，才能把劣势变为优势。
特色农业要向精深加工要效益。从卖鲜芋到卖魔芋粉、魔芋豆腐，再到研发低热量食品，每一次延链都让产值成倍增长。
特色农业要让农民分享增值收益。通过“公司+合作社+农户”的模式，农民既能拿到种植收入，又能获得分红。
一株魔芋的故事告诉我们，乡村振兴没有统一的模板，只有扎根本土、久久为功，才能走出一条富民兴村的新路。
""",
    ),
    dict(
        slug="baike-niuwa-bullfrog-farm-filing-entry-html",
        site="农知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.nongzhi.example.com/item/牛蛙养殖场备案",
        title="牛蛙养殖场备案",
        record_title="牛蛙养殖场备案_农知百科",
        date=None,
        notes="encyclopaedia entry; a template request with 20××年×月×日 placeholder; edit links and a last-edited stamp (not a date); references box; catalog",
        page="""
<html><head><meta charset="utf-8"><title>牛蛙养殖场备案_农知百科</title></head><body>
<div class="top">⟦m 农知百科　｜　首页　分类　特色词条⟧ ⟦a 登录　创建词条⟧</div>
<h1>⟦t 牛蛙养殖场备案⟧</h1>
<div class="edit">⟦a 编辑　讨论　收藏⟧ ⟦m 本词条由“水产小百科”编辑，最近更新：3个月前⟧</div>
<div class="catalog">⟦l 目录　1 概述　2 办理材料　3 申请书范本⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 水产养殖备案管理办法解读⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询当地主管部门⟧ ⟦m ©2025 农知百科⟧</div>
</body></html>
""",
        body="""
牛蛙养殖场备案，是指从事牛蛙人工养殖的单位和个人，向所在地县级农业农村主管部门报送养殖场基本信息的行为。
办理材料一般包括：备案申请书、养殖场地使用证明、养殖场平面示意图、养殖尾水处理方案。
申请书范本如下：
×××县农业农村局：
本人（单位）在×××镇×××村建设牛蛙养殖场一处，占地约××亩，现申请办理养殖场备案。
申请人：×××
20××年×月×日
""",
    ),
    dict(
        slug="netdisk-niqiu-loach-coop-summary",
        site="云格网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yunge.example.com/s/1LqU7mNx",
        title="荇原县泥鳅养殖合作社2025年上半年工作总结",
        record_title="荇原县泥鳅养殖合作社2025年上半年工作总结.wps",
        date="2025-07-04",
        notes="cloud-drive preview; file-name title; share stamps, expiry and a save prompt; 成文日期 in the text; share time is not the date",
        page="""
!m 云格网盘　｜　文件分享
!m 养殖户老伍 分享了文件　　2025-07-21 10:02　　有效期：永久
!t 荇原县泥鳅养殖合作社2025年上半年工作总结.wps
!m 28.6KB　　预览第1/2页
!a 保存到我的网盘　　普通下载　　高速下载（开通会员）
{BODY}
!a 预览仅显示部分内容，完整文件请下载查看
!d 请勿分享侵权、违法内容，举报请点击右上角
""",
        body="""
上半年，合作社坚持稻鳅共养和池塘精养两条路子，各项工作有序推进。
一是扩大养殖规模。新增稻鳅共养面积三百亩，池塘精养面积达到一百八十亩。
二是抓好苗种繁育。自繁泥鳅苗种六百万尾，除满足社员需要外，对外销售二百万尾。
三是拓宽销售渠道。与省城两家餐饮连锁企业签订供货合同，上半年销售商品泥鳅一百一十吨。
下半年，合作社将重点做好高温季节防病和秋季上市销售工作。
荇原县泥鳅养殖合作社
2025年7月4日
""",
    ),
    dict(
        slug="snapshot-jiayu-turtle-farm-notice",
        site="搜索快照·栎溪县水产站 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.soukuai.example.com/c?u=hx-scz.example.gov.cn/tz/2025/61.html",
        title="关于做好甲鱼养殖场越冬管理工作的通知",
        record_title="关于做好甲鱼养殖场越冬管理工作的通知_栎溪县水产站",
        date="2025-11-20",
        notes="search snapshot banner with a snapshot stamp (not the date); highlight note; decorated title; document's own 联系人/电话; 发布日期 line",
        page="""
!d 这是页面于 2025-12-02 07:15 的快照，当前页面可能已更改。
!a 查看当前页面　｜　纯文字版本
!d 以下关键词已高亮：甲鱼　越冬
!m 栎溪县水产站 ＞ 通知公告
!t 关于做好甲鱼养殖场越冬管理工作的通知_栎溪县水产站
!m 发布日期：2025-11-20　　来源：县水产站
{BODY}
!m 栎溪县水产站　地址：栎溪县渔港路16号
""",
        body="""
各乡镇农业综合服务中心，各甲鱼养殖场（户）：
近期气温持续下降，甲鱼陆续进入冬眠期。为减少越冬死亡，现就越冬管理工作通知如下。
一、加深池水。室外池塘水深应保持在1.5米以上，防止池底结冰。
二、做好温室管理。温室养殖场要检查加温设备，水温稳定在30摄氏度左右，避免忽冷忽热。
三、加强病害监测。发现甲鱼浮游、腐皮等症状，要及时隔离并报告。
联系人：县水产站　龚立群，电话：0736-7781025。
栎溪县水产站
2025年11月20日
""",
    ),
    dict(
        slug="print-zuyu-footbath-fire-rules-html",
        site="杞湾区足浴行业协会 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.lwzuyu.example.org/print.asp?id=228",
        title="足浴门店消防安全管理制度",
        record_title="打印预览 - 足浴门店消防安全管理制度",
        date="2025-04-02",
        notes="print view: print/close buttons, a print footer 页码 line, the URL and print time stamp (not the date); 成文日期 under the signature; articles speak of 复印 登记",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 足浴门店消防安全管理制度</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a [立即打印]　[关闭本页]⟧</div>
<div class="ph">⟦m 杞湾区足浴行业协会 · 行业规范⟧</div>
<h2>⟦t 足浴门店消防安全管理制度⟧</h2>
{BODY}
<div class="pf">⟦m 本页地址：http://www.lwzuyu.example.org/show.asp?id=228⟧</div>
<div class="pf">⟦m 打印时间：2025-12-11 14:06⟧ ⟦p ‹ 页 1 · 共 1 ›⟧</div>
</body></html>
""",
        body="""
第一条 为加强足浴门店消防安全管理，预防火灾事故，根据有关法律法规，制定本制度。
第二条 门店负责人是本店消防安全第一责任人，应当每日开展防火巡查，并做好记录。
第三条 新员工上岗前须参加消防安全培训，门店应当复印其培训合格证明并登记存档。
第四条 门店内严禁使用大功率电器和明火加热泡脚水，电热设备应当有专人看管。
第五条 安全出口、疏散通道应当保持畅通，不得堆放杂物或者上锁。
杞湾区足浴行业协会
2025年4月2日
""",
    ),
    dict(
        slug="mail-fwd-ruanmian-mattress-quality-notice",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:forward/ruanmian-20250609",
        title="关于开展床垫产品质量自查的通知",
        record_title="转发：关于开展床垫产品质量自查的通知",
        date="2025-06-06",
        notes="forwarded mail; decorated subject; mail headers chrome; mail send date differs from the notice date (document's expected, send accepted); mail's attachment bar vs the notice's own 附件; forward note above",
        date_also=["2025-06-09"],
        page="""
!m 发件人：质量部 曹倩 <caoqian@ruanmian.example.com>
!m 收件人：各车间主任；采购部；仓储部
!m 发送时间：2025年6月9日（星期一）上午8:41
!t 转发：关于开展床垫产品质量自查的通知
!a 附件（1）：自查表.xlsx　下载｜预览
!w 各位好，转发区市场监管局通知，请按要求于本周内完成自查，有问题随时找我。分机 8021
!m -------- 原始邮件 --------
{BODY}
!d 本邮件及附件含有保密信息，如误收请立即删除并通知发件人。
""",
        body="""
各床垫生产企业：
为提升床垫产品质量，根据年度产品质量监督工作安排，区市场监督管理局决定在全区开展床垫产品质量自查。现将有关事项通知如下。
一、自查内容：产品标签标识、填充物材质、弹簧数量与规格、甲醛释放量检测报告。
二、自查时间：6月10日至6月30日。
三、企业完成自查后，请将自查表加盖公章，于7月5日前报区市场监管局质量科。
附件：床垫生产企业质量自查表
榧阳区市场监督管理局
2025年6月6日
""",
    ),
    dict(
        slug="fanwen-muyi-carpenter-training-insight-oldtable-html",
        site="墨意范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://www.moyifw.example.net/xdth/20250822/4471.html",
        title="参加木工技能提升培训的心得体会",
        record_title="参加木工技能提升培训的心得体会（精选范本）_墨意范文网",
        date=None,
        notes="old ASP table layout: marquee, visitor counter, a 【字体：大 中 小】 row, a floating consult box; decorated title; a page-turn row; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>参加木工技能提升培训的心得体会（精选范本）_墨意范文网</title></head><body>
<table width="100%"><tr><td><marquee>⟦m 墨意范文网欢迎您！本站每日更新心得体会、工作总结、讲话稿⟧</marquee></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 墨意范文网⟧</td><td>⟦m 首页｜心得体会｜工作总结｜讲话稿｜述职报告⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700">
<div>⟦t 参加木工技能提升培训的心得体会（精选范本）⟧</div>
<div>⟦m 作者：佚名　文章来源：网友投稿　点击数：1566⟧ ⟦a 【字体：大 中 小】⟧</div>
{BODY}
<div>⟦l 上一篇：电工岗位练兵心得⟧　⟦l 下一篇：焊工技能比武感想⟧</div>
</td><td width="280">⟦l 热门心得：入党积极分子培训心得 · 新教师岗前培训心得 · 安全生产月心得⟧</td></tr></table>
<div class="float">⟦w 材料定制，找墨意！QQ 2855019634⟧</div>
<table width="980" align="center"><tr><td>⟦m 您是本站第 00382915 位访客⟧ ⟦d Copyright 墨意范文网 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
这次参加县人社局组织的木工技能提升培训，虽然只有二十天，但让我这个干了十多年木工的老手受益匪浅。
一是理念变了。过去总觉得木工靠经验，这次学习了识图、放样和新型板材知识，才知道规范化施工的重要性。
二是手艺精了。在老师的指导下，我重新练习了榫卯结构的划线和开榫，做出来的燕尾榫严丝合缝。
三是安全意识强了。培训专门讲了电锯、电刨的安全操作，我才意识到过去很多习惯是有隐患的。
今后，我要把学到的本领用到工作中，争取考取高级工证书。
""",
    ),
    dict(
        slug="wenku-fanhong-saffron-greenhouse-report-markers",
        site="千叶文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.qianye-wk.example.com/p-9921380.html",
        title="关于檀坊镇藏红花设施种植情况的调研报告",
        record_title="【原创】关于檀坊镇藏红花设施种植情况的调研报告 - 千叶文库",
        date="2025-03-18",
        notes="paid 文库 preview; wrapped at 64 columns and cut by ▸N◂ markers on lines of their own; decorated title; preview-end and VIP prompts; 成文日期",
        wrap=64,
        pages=dict(fmt="▸{n}◂", every=160, start=2),
        page="""
!m 千叶文库 > 农林牧渔 > 调研报告
!t 【原创】关于檀坊镇藏红花设施种植情况的调研报告 - 千叶文库
!m 页数 4　　　大小 31KB　　　★★★★☆ 4.5分
{BODY}
!a ··· 试读结束，还剩2页未读 ···
!a 开通千叶VIP，海量文档免费读　　｜　　单篇购买 ￥3.90
!d 千叶文库声明：文档内容由用户提供，本站仅提供存储空间。
""",
        body="""
为了解藏红花设施种植情况，县农业农村局调研组于3月上旬深入檀坊镇，走访种植户十五户，召开座谈会两次。现将调研情况报告如下。
一、基本情况。檀坊镇自2021年引进藏红花室内种植技术，目前种植户达到四十二户，种球存量八十万粒，去年干花丝产量六十公斤。
二、主要问题。一是种球退化严重，自留种球开花率逐年下降；二是采花、剥丝全靠手工，用工成本高；三是销售依赖中间商，价格波动大。
三、几点建议。建议建立种球繁育基地，引进花丝分拣设备，探索与药企订单合作的销售模式。
县农业农村局调研组
2025年3月18日
""",
    ),
]
