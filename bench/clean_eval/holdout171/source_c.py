"""holdout171, part C: mops (拖把) — hospital cleaning-tool colour codes, a canteen hygiene
plan, a mop factory, a sanitation depot and more. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="app-xiezuo-plan-mop-colour-code",
        site="笔下生花写作APP (invented)",
        style="范文APP",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://h5.bixiasheng.example.com/share/doc?id=a81c55e2",
        title="学校食堂清洁工具分区管理实施方案",
        record_title="学校食堂清洁工具分区管理实施方案（通用版）｜笔下生花",
        date="2025-09-05",
        notes="writing-app H5 share: decorated title; an AI-polish button glued after a sentence; an 'open in app' bar; 成文日期 under the signature",
        page="""
!a 打开APP，查看完整排版
!t 学校食堂清洁工具分区管理实施方案（通用版）｜笔下生花
!m 笔下生花 · 材料库　　已有2346人使用
{BODY}
!a 一键生成同类方案　　AI续写
!m 分享自笔下生花APP
""",
        body="""
为防止食堂清洁工具交叉污染，提升食品安全管理水平，结合我校实际，制定本方案。
一、实行颜色分区。加工区使用红色拖把，就餐区使用蓝色拖把，卫生间使用黄色拖把，不得混用。⟦a AI润色本段⟧
二、实行定点存放。各区拖把悬挂在本区域专用工具架上，拖把头离地，保持通风干燥。
三、实行每日消毒。拖把使用后清洗干净，用含氯消毒液浸泡三十分钟后晾干。
四、明确责任人。食堂管理员每周检查一次，检查结果纳入员工考核。
枫林镇中心学校
2025年9月5日
""",
    ),
    dict(
        slug="gkforum-shenlun-mop-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-402218-1-1.html",
        title="一把拖把里的基层治理",
        record_title="[申论范文] 一把拖把里的基层治理 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum: decorated title; floors, a 'reply to see' hidden-content prompt, a course ad on a line of its own; one-line body; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 上岸公考论坛 » 申论交流
!t [申论范文] 一把拖把里的基层治理 - 申论交流 - 上岸公考论坛
!m 楼主 考编三战人　发表于 5 天前
{BODY}
!a 本帖隐藏的批改意见需回复才可查看
!w 申论一对一批改，私信或加群 671102589
!l 回复　收藏(58)　分享
""",
        body="""
在某社区的楼道里，居民自发设置了一处“公用拖把角”，谁家门口脏了谁就拖一拖。
这把小小的拖把，折射出基层治理从“政府包办”到“居民共治”的转变。
要让更多“公用拖把角”出现，一要搭平台，引导居民参与身边事务；二要建规则，让共治有章可循；三要给激励，让参与者有获得感。
治理不在宏大叙事，而在一把拖把、一条楼道的细微之处。
""",
    ),
    dict(
        slug="wiki-baike-entry-mop-html",
        site="百识百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.baishi.example.com/item/拖把/10293",
        title="拖把",
        record_title="拖把_百识百科",
        date=None,
        notes="encyclopaedia: a contents box, edit links, references; a 'this entry was last edited' stamp is no date; a ××年 placeholder in a sentence",
        page="""
<html><head><meta charset="utf-8"><title>拖把_百识百科</title></head>
<body>
<div class="top">⟦m 百识百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>⟦t 拖把⟧</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</div>
<div class="catalog">⟦l 目录 1 简介 2 种类 3 使用与保养⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 日用清洁工具通用技术条件⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：80412次　编辑次数：23次　最近更新：2025-06-30⟧</div>
<div class="ft">⟦d 百识百科内容由网友共同编辑，如需专业意见请咨询相关人士⟧</div>
</body></html>
""",
        body="""
拖把，又称拖布、墩布，是用来擦洗地面的长柄清洁工具。
常见的拖把有布条拖把、胶棉拖把、平板拖把和旋转拖把等种类。
胶棉拖把吸水性强，适合瓷砖地面；平板拖把拖头薄，适合擦拭床底和家具底部。
拖把使用后应及时清洗晾干，长期潮湿容易滋生细菌并产生异味。
一些单位的卫生制度中写有“拖把应于每日××时前清洗消毒”之类的条款。
""",
    ),
    dict(
        slug="netdisk-yunxiang-summary-sanitation-mops",
        site="云享网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yunxiang.example.com/s/1mQp7zW3",
        title="城区环卫所2025年上半年保洁工作总结",
        record_title="城区环卫所2025年上半年保洁工作总结.docx",
        date="2025-07-08",
        notes="cloud-drive preview: file-name title, share/expire lines, save-to-drive buttons; hard-wrapped at 60 columns with page markers ⁅N⁆ glued to the continuation line",
        wrap=60,
        pages=dict(fmt="⁅{n}⁆", every=160, start=2, glue=True),
        page="""
!m 云享网盘　|　超大空间 极速分享
!t 城区环卫所2025年上半年保洁工作总结.docx
!m 分享者：环卫老钱　　分享时间：2025-07-10 17:22　　有效期：永久
!a 保存到我的网盘　　下载(48.6KB)
{BODY}
!a 文件较大，仅预览前3页，完整内容请下载
!d 请勿分享违法违规内容，一经发现将取消分享
""",
        body="""
上半年，城区环卫所以创建文明城市为抓手，全面提升道路、公厕和公共场所保洁水平。
一是完善保洁工具配置。为全所一百二十名保洁员更换了新型拖把、扫帚和手推车，公厕保洁实行拖把分区、专厕专用。
二是推行精细化作业。主次干道实行“一扫两保”，公厕实行“一客一清”，高峰时段增派人员巡回保洁。
三是加强督查考核。所里组建三个督查组，每日抽查，上半年共通报问题八十余处，均已整改到位。
下半年，我们将继续巩固成果，重点抓好背街小巷和老旧小区的保洁工作。
城区环境卫生管理所
2025年7月8日
""",
    ),
    dict(
        slug="snapshot-sousuo-hospital-mop-rule-html",
        site="搜寻网页快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="rule",
        form="html",
        source="http://snapshot.souxun.example.com/c?m=3f9a77&u=http://www.qyrmyy.example.cn/hlb/622.html",
        title="病区清洁工具分色管理规定",
        record_title="病区清洁工具分色管理规定 - 网页快照",
        date=None,
        notes="search-cache frame over a hospital page: snapshot banner with crawl time (not a date), highlighted terms note; hospital's own nav; a rule with no date",
        page="""
<html><head><meta charset="utf-8"><title>病区清洁工具分色管理规定 - 网页快照</title></head>
<body>
<div class="snap">⟦d 这是 http://www.qyrmyy.example.cn/hlb/622.html 的网页快照，是网页在 2025-08-02 14:10 的存档。当前页面可能已经更改。⟧<br>⟦a 点击查看当前页面⟧ ⟦m 以下搜索词已标红：拖把 分色⟧</div>
<div class="orig">
<div>⟦m 楝州市人民医院 · 护理部⟧</div>
<div>⟦m 首页 > 护理部 > 制度规范⟧</div>
<h2>⟦t 病区清洁工具分色管理规定⟧</h2>
{BODY}
<div>⟦w 医院总机：0734-8290000⟧</div>
<div>⟦d 版权所有 楝州市人民医院⟧</div>
</div>
</body></html>
""",
        body="""
一、为预防医院感染，病区清洁工具实行分色管理。
二、红色拖把用于卫生间，黄色拖把用于隔离病房，蓝色拖把用于普通病房，绿色拖把用于治疗室和护士站。
三、拖把头应悬挂晾干，不得放在地面或浸泡在污水中过夜。
四、遇血液、体液污染时，先用吸湿材料清除污染物，再用含氯消毒剂擦拭，所用拖把单独消毒。
五、本规定由护理部和医院感染管理科负责解释。
""",
    ),
    dict(
        slug="print-zhengwu-notice-mop-donation-html",
        site="桤川县机关事务服务中心 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jgsw.qichuan.example.gov.cn/print.aspx?id=1184",
        title="关于机关大院保洁工具统一更换的通知",
        record_title="打印预览 - 关于机关大院保洁工具统一更换的通知",
        date="2025-04-21",
        notes="print view calling window.print(): print/close buttons, a print footer with page count; the notice's own contact line; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 关于机关大院保洁工具统一更换的通知</title>
<script>function doPrint(){window.print();}</script></head>
<body onload="">
<div class="noprint">⟦a [ 打 印 ]⟧ ⟦a [ 关 闭 ]⟧</div>
<div class="ph">⟦m 桤川县机关事务服务中心⟧</div>
<h3>⟦t 关于机关大院保洁工具统一更换的通知⟧</h3>
{BODY}
<div class="pf">⟦p ◇ 1/1 ◇⟧</div>
<div class="pf">⟦m 打印时间：2025-04-23 10:05⟧</div>
</body></html>
""",
        body="""
各入驻单位：
为改善机关大院环境卫生，中心定于4月28日统一更换各楼层保洁工具，原有布条拖把全部更换为可拆洗平板拖把。
请各单位于4月25日前将楼层清洁间钥匙交至中心物业科，以便工作人员入场更换。
旧拖把由物业公司统一回收处理，各单位不得自行丢弃在楼道内。
联系人：中心物业科 秦晓东，电话：6621037。
桤川县机关事务服务中心
2025年4月21日
抄送：县委办公室，县政府办公室。
""",
    ),
    dict(
        slug="mail-fwd-mop-factory-quote",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailbox://caigou@linpu-hotel.example.com/inbox/8812",
        title="关于商洽酒店客房拖把采购事宜的函",
        record_title="Fwd: 关于商洽酒店客房拖把采购事宜的函",
        date="2025-10-14",
        date_also=["2025-10-15"],
        notes="forwarded mail: mail headers (发件人/收件人/时间) and a forward separator; the letter's own 附件 kept under the mail's attachment bar; mail send date also accepted",
        page="""
!m 发件人：采购部 赵敏 <caigou@linpu-hotel.example.com>
!m 发送时间：2025年10月15日（星期三）上午9:12
!m 收件人：总经理办公室
!t Fwd: 关于商洽酒店客房拖把采购事宜的函
!m ---------- 转发的邮件 ----------
!m 附件：1个（报价单.xlsx，18KB）　预览　下载
{BODY}
!d 此邮件由棠浦酒店邮件系统发出，如您不是指定收件人请立即删除。
""",
        body="""
棠浦市洁美清洁用品厂：
我酒店拟于本年度第四季度更换客房及公共区域拖把，现就采购事宜与贵厂商洽如下。
一、需求数量：平板拖把三百把，替换拖布一千二百块，旋转拖把六十套。
二、质量要求：拖布须为超细纤维材质，可耐受含氯消毒液浸泡。
三、请贵厂于10月25日前提供报价单和样品，我酒店将组织比选。
附件：拖把采购需求清单
棠浦大酒店采购部
2025年10月14日
""",
    ),
    dict(
        slug="fanwen-haoju-pledge-mop-wrapped",
        site="好句范文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.haojufw.example.cn/changyi/2025/1101/6683.html",
        title="“洁净楼道 从我做起”倡议书",
        record_title="“洁净楼道 从我做起”倡议书_好句范文网",
        date=None,
        notes="范文 site: _site title; related list and prev/next; a copy-lock line between paragraphs; a pledge with ____年__月__日 placeholders (no date)",
        page="""
!m 好句范文网 www.haojufw.example.cn
!m 您现在的位置：好句范文网 > 倡议书 > 文明倡议
!t “洁净楼道 从我做起”倡议书_好句范文网
{BODY}
!l 相关推荐：垃圾分类倡议书｜文明养犬倡议书｜节约用水倡议书
!l 上一篇：爱护绿地倡议书　　下一篇：邻里互助倡议书
!m 本文链接：http://www.haojufw.example.cn/changyi/2025/1101/6683.html
""",
        body="""
亲爱的居民朋友们：
楼道是我们每天进出的必经之路，也是邻里共享的公共空间。
为营造干净整洁的居住环境，我们倡议：不在楼道堆放杂物，不在楼道晾晒拖把、衣物。
⟦a 复制内容请先登录，会员可免费复制全文⟧
轮流值日，每周清扫拖洗一次楼道，保持扶手、台阶无积尘。
让我们携手行动，共同守护美好家园。
倡议人：____
____年__月__日
""",
    ),
    dict(
        slug="wenku-mianmian-report-mop-industry-markers",
        site="绵绵文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.mianmianwk.example.com/doc/55120873.html",
        title="关于我镇拖把制造产业发展情况的调研报告",
        record_title="关于我镇拖把制造产业发展情况的调研报告（可编辑）_绵绵文库",
        date="2025-05-30",
        notes="文库 preview: markers ⟮N⟯ cutting sentences on lines of their own; VIP lock between paragraphs; 成文日期 under signature; decorated title",
        pages=dict(fmt="⟮{n}⟯", every=120, start=2),
        page="""
!m 绵绵文库
!t 关于我镇拖把制造产业发展情况的调研报告（可编辑）_绵绵文库
!m 贡献者：wk_39512　　2025-06-07 上传　　4页
{BODY}
!a 开通VIP，免费下载本文及百万精品文档
!l 相关文档　镇域经济发展调研报告　　特色产业集群培育方案
""",
        body="""
我镇拖把制造产业始于上世纪八十年代的家庭作坊，目前共有生产企业六十八家，年产各类拖把三千余万把。
调研组走访了二十家企业，召开了三次座谈会，对产业现状进行了梳理。
⟦a 剩余内容需开通VIP后查看⟧
产业存在的主要问题是产品同质化严重，多数企业以贴牌代工为主，利润空间越来越小。
建议镇里牵头建设拖把产业设计中心，鼓励企业开发电商专供款，培育两到三个自有品牌。
镇党委办公室调研组
2025年5月30日
""",
    ),
    dict(
        slug="gov-loushan-town-report-mop-workshop-html",
        site="楼山镇人民政府 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.loushan.example.gov.cn/xzdt/2025/1208/906.html",
        title="楼山镇帮扶车间让残疾人在家门口就业",
        record_title="楼山镇帮扶车间让残疾人在家门口就业",
        date="2025-12-08",
        notes="township portal: a 信息索引 box, a font row, a photo caption between paragraphs; byline date",
        page="""
<html><head><meta charset="utf-8"><title>楼山镇人民政府</title></head>
<body>
<div class="gov-head">⟦m 楼山镇人民政府⟧</div>
<div class="gov-nav">⟦m 首页 | 走进楼山 | 政务公开 | 乡镇动态 | 便民服务⟧</div>
<div class="crumb">⟦m 当前位置 >> 乡镇动态⟧</div>
<h2>⟦t 楼山镇帮扶车间让残疾人在家门口就业⟧</h2>
<div class="info">⟦m 发布日期：2025-12-08　浏览：[216]　来源：镇党政办⟧ ⟦a [ 大 中 小 ]⟧</div>
<div class="text">
{BODY}
</div>
<div class="close">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="foot">⟦m 楼山镇人民政府主办　技术支持：县大数据中心⟧</div>
</body></html>
""",
        body="""
走进楼山镇阳光帮扶车间，二十多名残疾人正在组装拖把杆、缝制拖布，机器声和说笑声交织在一起。
这个车间是镇里去年利用闲置村小校舍改建的，引进了一家拖把加工企业，专门吸纳残疾人和留守妇女就业。
⟦m 图为帮扶车间内工人正在缝制拖布⟧
“在家门口上班，一个月能挣两千多块，还能照顾家里。”肢体残疾的工人邵春梅说。
目前，车间已带动六十余人就业，镇里计划明年再建一个分车间。
""",
    ),
    dict(
        slug="news-yanghe-mop-rack-market-html",
        site="洋河晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yanghewb.example.com/xw/2025-03/19/content_88721.htm",
        title="居民楼道私挂拖把引发邻里纠纷 社区调解员上门化解",
        record_title="居民楼道私挂拖把引发邻里纠纷 社区调解员上门化解_洋河晚报网",
        date="2025-03-19",
        notes="evening-paper portal: byline, a 'follow' prompt, an editor line glued after the last sentence, ad label and hot list; date from byline",
        page="""
<html><head><meta charset="utf-8"><title>居民楼道私挂拖把引发邻里纠纷 社区调解员上门化解_洋河晚报网</title>
<script async src="/ad/loader.js"></script></head>
<body>
<div class="masthead">⟦m 洋河晚报网⟧ ⟦m 洋河人自己的新闻门户⟧</div>
<div class="channel">⟦m 新闻 > 民生⟧</div>
<h1>⟦t 居民楼道私挂拖把引发邻里纠纷 社区调解员上门化解⟧</h1>
<div class="byline">⟦m 2025年03月19日 10:27　来源：洋河晚报　记者 宁静 通讯员 石磊⟧</div>
<div class="content">
{BODY}
</div>
<div class="ad">⟦m 广告⟧</div>
<div class="hot"><h4>⟦l 24小时热文⟧</h4><ol><li>⟦l 洋河大桥夜间封闭施工⟧</li><li>⟦l 春季招聘会本周六举行⟧</li></ol></div>
<div class="follow">⟦a 关注洋河晚报微信，获取更多本地资讯⟧</div>
<div class="ft">⟦d 洋河晚报社版权所有，未经授权禁止转载⟧</div>
</body></html>
""",
        body="""
“楼上的拖把天天往下滴水，我家阳台的衣服都晾不成。”近日，家住滨河小区的王阿姨向社区反映。
原来，楼上住户习惯把洗完的拖把挂在窗外防盗网上，水滴到了楼下阳台。
社区调解员上门了解情况后，先后找两家人谈心，并建议楼上住户在卫生间安装拖把挂架。
在调解员的协调下，两家人达成一致，楼上住户当天就买来挂架装好，还向王阿姨道了歉。⟦m （编辑：骆冰）⟧
""",
    ),
    dict(
        slug="forum-jiazheng-mop-tips-junk",
        site="家政达人论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="post",
        form="text",
        source="http://www.jzdr-bbs.example.com/t/110482",
        title="从业八年，说说拖把怎么选怎么养",
        record_title="【经验分享】从业八年，说说拖把怎么选怎么养",
        date=None,
        date_also=["2025-06-14"],
        notes="forum post with junk lines and glued junk; a signature line after the post; a 'reply to see contact' line; post date also accepted",
        junk=dict(lines=2, glued=1),
        page="""
!m 家政达人论坛 → 保洁技巧 → 浏览帖子
!t 【经验分享】从业八年，说说拖把怎么选怎么养
!m 作者：保洁阿凤　　时间：2025-06-14 13:48　　回复 27 / 查看 2290
{BODY}
!m ——签名：用心做好每一次保洁——
!l 回复本帖　|　引用　|　收藏
!w 需要上门保洁的私信我，联系方式回复可见
""",
        body="""
干家政八年，拖把用坏了几十把，跟大家聊聊心得。
木地板用平板拖把，拖布拧到半干，水多了木板容易起翘。
瓷砖地面用胶棉拖把最省力，吸水快，拖完不留水印。
拖完地一定要把拖布洗干净，挂起来晾干，不要泡在桶里，不然过两天就发臭。
拖布最好两三个月换一次，用久了纤维板结，越拖越脏。
""",
    ),
]
