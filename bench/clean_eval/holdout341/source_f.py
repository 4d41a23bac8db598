"""holdout341, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkforum-anbian-essay-face-towels-jammer",
        site="岸边公考社区 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.anbian-gk.example.com/thread-90318-1-1.html",
        title="小洗脸巾里的大民生",
        record_title="〖申论每日一篇·D17〗小洗脸巾里的大民生 - 申论天天练 - 岸边公考社区",
        date=None,
        notes="exam forum thread: jammer-font junk as lines and glued after 。, a reply-to-see prompt, a rating row, a QQ-group ad; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖申论每日一篇·D17〗小洗脸巾里的大民生 - 申论天天练 - 岸边公考社区</title>
<style>font.jammer{font-size:0;color:transparent}</style>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 岸边公考社区　一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div id="pt">⟦m 岸边公考社区 › 笔试交流 › 申论天天练⟧</div>
<div class="pls">⟦m 刷题到天亮　Lv.4 备考中　主题 52⟧</div>
<div class="plc">
<h1>⟦t 〖申论每日一篇·D17〗小洗脸巾里的大民生⟧</h1>
<div class="authi">⟦m 发表于 4 天前　只看该作者　电梯直达⟧</div>
<div class="t_f">
<p>{T}</p>
{BODY}
</div>
<div class="locked">⟦a 本帖附有批改要点，回复后可见⟧</div>
<div class="rate">⟦l 评分人数 3　积分 +6　理由：立意准，结构清楚⟧</div>
</div>
<div class="reply">⟦l 2楼 晨读不缺席：分论点再对仗一点更好⟧</div>
<div class="ad">⟦w 申论批改互助群：QQ 716208553，进群备注“岸边”⟧</div>
<div id="ft">⟦m 岸边公考社区　Powered by Discuz!　京ICP备20036618号⟧</div>
<script>forum.ready();</script>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
一张洗脸巾，薄如蝉翼，却连着千家万户的日常。从抽检中查出的荧光增白物质，到网店里名不副实的“纯棉”，小小的洗脸巾折射出的，是民生消费领域质量监管的大课题。
守护“小商品”的质量，首先要靠标准立起来。一些新兴日用品缺少统一的标准，企业各说各话，消费者无所适从。有关部门应加快制定和完善相关标准，让生产有章可循。
其次要靠监管严起来。监管部门要把网售产品纳入抽检重点，对虚假宣传、以次充好的行为依法严惩，让违法者付出代价。
最后要靠共治聚起来。行业协会要发挥自律作用，消费者要增强维权意识，形成人人关注质量的良好氛围。
民生无小事，枝叶总关情。把一张洗脸巾的质量管好，就是把群众的获得感落到了实处。
""",
    ),
    dict(
        slug="gkforum-mianshiquan-interview-hotel-towels-junk",
        site="面试圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.mianshiquan.example.com/t/44107.html",
        title="酒店“一次性”洗脸巾被重复使用，你作为执法人员怎么处理",
        record_title="【结构化真题·突发处置】酒店“一次性”洗脸巾被重复使用，你作为执法人员怎么处理 - 面试真题区 - 面试圈论坛",
        date=None,
        notes="exam forum: an interview answer with anti-scraping junk as lines and glued after 。, a 12345 line quoted as content, floors and a course ad; no date",
        page="""
!m 面试圈论坛 » 面试真题区 » 应急应变
!t 【结构化真题·突发处置】酒店“一次性”洗脸巾被重复使用，你作为执法人员怎么处理
!m 楼主 稳住能上岸　发表于 3 天前　阅读 902
!m 我的作答如下，求各位考友指点：
{BODY}
!l 2楼 面试官老周：第三点回应关切写得好，注意语速
!l 3楼 小橙子：第一点可以加一句“第一时间向领导汇报”
!w 结构化一对一模考，私信管理员预约
!m 面试圈论坛　陕ICP备22004108号
""",
        junk=dict(lines=2, glued=2),
        body="""
我会按照依法、及时、公开的原则处理这件事。
第一，迅速核实。立即和同事赶到酒店，调取布草间台账，对客房内的洗脸巾等一次性用品进行检查，必要时进行采样检测，固定证据。
第二，依法处理。如果情况属实，责令酒店立即整改，撤换全部涉事用品，并依照有关规定予以处罚；涉及虚假宣传的，移交市场监管部门处理。
第三，回应关切。通过官方渠道及时发布调查进展和处理结果，回应网民关切，同时提醒消费者发现问题可以拨打12345反映。
第四，举一反三。以此为契机，联合相关部门对辖区酒店开展一次性用品专项检查，建立常态化抽查机制。
""",
    ),
    dict(
        slug="wiki-wanhui-entry-mask-bowl-infobox",
        site="万汇百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.wanhui.example.com/item/面膜碗/60218",
        title="面膜碗",
        record_title="面膜碗（美容器具）- 万汇百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, section headings as body lines; the entry name opens the body (the repeated title matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>面膜碗（美容器具）- 万汇百科</title>
<script src="/static/wiki/entry.js"></script>
</head>
<body>
<div class="wx-top">⟦m 万汇百科　万物皆可查⟧ <input placeholder="搜索词条"> <a>⟦a 登录⟧</a></div>
<div class="wx-tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1 class="wx-title">{T}</h1>
<p class="wx-sub">⟦m 美容器具⟧</p>
<table class="wx-infobox">
<tr><td>⟦m 中文名：面膜碗⟧</td></tr>
<tr><td>⟦m 常见材质：硅胶、陶瓷、塑料⟧</td></tr>
<tr><td>⟦m 配套工具：调膜棒、面膜刷⟧</td></tr>
</table>
<div class="wx-toc">⟦l 目录　1 材质　2 使用与清洁⟧</div>
<div class="wx-body">
{BODY}
</div>
<div class="wx-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 万汇百科编委会．生活美容器具图鉴⟧</p><p>⟦l [2] 碏城市美容美发化妆行业协会．美容院器具管理手册⟧</p></div>
<div class="wx-stat">⟦m 词条浏览 31,442 次　编辑 17 次　最近更新于 2 周前⟧</div>
<div class="wx-foot">⟦d 万汇百科词条由网友共同编辑，内容仅供参考。⟧</div>
<script>entry.toc();</script>
</body>
</html>
""",
        body="""
面膜碗是调和、盛放涂抹式面膜的容器，常与调膜棒、面膜刷配套使用，多见于美容院和家庭护肤。⟦m [1]⟧
材质
常见的面膜碗有硅胶、陶瓷、塑料和玻璃等材质。硅胶碗质地柔软，可以折叠，耐高温；陶瓷碗表面光滑，易清洗，但较易摔碎。⟦m [2]⟧
使用与清洁
使用时先将面膜粉和水按比例倒入碗中，用调膜棒顺一个方向搅拌均匀。用后应及时冲洗残留，晾干保存。美容场所使用的面膜碗属于公用器具，应当一客一换一消毒。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-cotton-pads-text",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="http://www.zhiwu-baike.example.cn/wiki/卸妆棉",
        title="卸妆棉",
        record_title="知物百科 › 词条 › 卸妆棉",
        date=None,
        notes="text encyclopaedia entry: a breadcrumb-like record title, the entry name on a line of its own (it opens the body too: matched as head), edit and favourite actions, a contents line, tags and contributors; no date",
        page="""
!m 知物百科 · 日用百物小百科
!t 知物百科 › 词条 › 卸妆棉
{T}
!a ✎ 编辑词条　☆ 收藏　⇪ 分享
!l 目录：分类 · 选购与使用
{BODY}
!l 词条标签：护肤用品　一次性用品　化妆工具
!m 本词条由 12 位知物编辑共同完善　浏览 8,907
""",
        body="""
卸妆棉，又称化妆棉，是以棉纤维或无纺布为原料压制而成的片状护肤用品，主要用于蘸取卸妆液、化妆水等清洁和护理皮肤。
按工艺可分为压边款、可撕款和水刺款。压边款边缘压实，不易掉絮；可撕款可以分层使用；水刺款质地紧密，适合湿敷。
选购时宜查看产品的纤维成分和执行标准，优先选择标注“100%棉”的产品。卸妆棉属一次性用品，用后即弃，不宜重复使用。
""",
    ),
    dict(
        slug="netdisk-yunxia-hotel-standard-decimal-pdf",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="标准",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.com/s/7Kd2pQm9",
        title="锦岸酒店客房用品摆放标准",
        record_title="锦岸酒店客房用品摆放标准.pdf",
        date=None,
        notes="cloud-drive preview: file-name title, sharer and expiry line, save/download buttons, VIP prompts, an extraction-code line; decimal headings 1.1–3.2; a standard with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>锦岸酒店客房用品摆放标准.pdf_免费高速下载|云匣网盘</title>
<script src="https://static.yunxia.example.com/share/preview.js"></script>
</head>
<body>
<div class="yx-head">⟦m 云匣网盘　文件随身带⟧ <a>⟦a 登录云匣⟧</a></div>
<div class="yx-file">
<h2>⟦t 锦岸酒店客房用品摆放标准.pdf⟧</h2>
<p>⟦m 分享者：客房部小杭　大小：416KB　分享于 3 个月前　永久有效⟧</p>
<div class="yx-btn">⟦a 保存到云匣⟧ ⟦a 下载（380KB/s）⟧ ⟦a 举报⟧</div>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 开通云匣超级会员，在线预览不限页数、下载不限速⟧</div>
<div class="yx-foot">⟦d 云匣网盘仅提供存储服务，分享内容由分享者负责，如有侵权请举报。⟧ ⟦m © 云匣科技　粤ICP备22017341号⟧</div>
<script>preview.pdf({file:"7Kd2pQm9"});</script>
</body>
</html>
""",
        body="""
1　适用范围
1.1　本标准适用于酒店全部标准间和大床房的客房用品摆放。
2　拖鞋及拖鞋架
2.1　拖鞋架安装于客房门内侧右方，距地面15厘米。
2.2　每间客房配拖鞋两双，鞋头朝外，平放于拖鞋架上层。
2.3　拖鞋一客一换，拖鞋架每日用含氯消毒湿巾擦拭一次。
3　洗漱用品
3.1　一次性洗脸巾两包，放置于洗手台右侧托盘内，包装正面朝上。
3.2　毛巾、浴巾按“上小下大”顺序叠放于毛巾架。
""",
    ),
    dict(
        slug="netdisk-chengpan-plan-cleanroom-cotton-pads-markers",
        site="橙盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://chengpan.example.cn/share/init?surl=Qw81xZ",
        title="卸妆棉车间洁净区改造实施方案",
        record_title="卸妆棉车间洁净区改造实施方案.docx",
        date="2024-07-01",
        notes="cloud-drive text preview: file-name title, an extraction code, page markers '⫵n⫵' on lines of their own cutting sentences, a numbered list; date under the signature",
        page="""
!m 橙盘 · 分享文件
!t 卸妆棉车间洁净区改造实施方案.docx
!m 分享人：宛若设备部　文件 58KB　有效期 7 天
!m 提取码：r4w2
!a 保存到橙盘　｜　下载　｜　用WPS打开
{BODY}
!a 文档预览仅展示前3页，保存后可查看全文
!d 橙盘不对用户分享的内容负责，如有违规请举报。
""",
        pages=dict(fmt="⫵{n}⫵", every=130, start=2),
        body="""
为满足化妆品生产许可对洁净区的要求，公司决定对卸妆棉车间实施洁净区改造。为确保改造工作有序推进，制定本方案。
一、改造内容
1.对压切、包装两道工序所在区域进行封闭，建设十万级洁净区约420平方米。
2.新增风淋室2间、传递窗4个，更换全部照明为洁净灯具。
3.完善洁净区温湿度和压差监测系统。
二、时间安排
7月15日至8月20日施工，8月底完成检测验收，9月1日恢复生产。改造期间，卸妆棉订单由二号车间承接。
三、职责分工
生产部负责组织实施，设备部负责施工监管，质量部负责验收检测，财务部负责资金保障。
碏城宛若化妆品有限公司
2024年7月1日
""",
    ),
    dict(
        slug="snapshot-mide-consumer-tip-face-towels-frame",
        site="觅得搜索快照 of 湳溪县市场监督管理局 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://snapshot.mide-search.example.com/c?u=scjgj.nanxi-xian.gov.example.cn/xfts/0530.html",
        title="消费提示：选购一次性洗脸巾记住这几点",
        record_title="[觅得快照] 消费提示：选购一次性洗脸巾记住这几点 - 湳溪县市场监督管理局",
        date="2024-05-30",
        notes="search-cache frame: a capture banner with its stamp (no date), a highlighted-keywords line, the original page's header and footer; the original page's 发布时间 and the date under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[觅得快照] 消费提示：选购一次性洗脸巾记住这几点 - 湳溪县市场监督管理局</title>
<script src="/snap/frame.js"></script>
</head>
<body>
<div class="snap-bar">⟦d 觅得搜索为您保存的页面副本，抓取于2025-01-19 03:47，原网页可能已变动⟧ <a>⟦a 查看当前原网页⟧</a></div>
<div class="snap-hl">⟦d 以下检索词已用底色标出：一次性洗脸巾　选购⟧</div>
<div class="snap-frame">
<div class="orig-head">⟦m 湳溪县市场监督管理局⟧</div>
<div class="orig-nav">⟦m 首页　机构职能　信息公开　消费维权　办事服务⟧</div>
<h2>{T}</h2>
<p class="orig-meta">⟦m 发布时间：2024-05-30　信息来源：消费者权益保护股⟧</p>
{BODY}
<div class="orig-foot">⟦m 湳溪县市场监督管理局　主办　滇ICP备05002637号-6⟧</div>
</div>
<script>snap.highlight(["一次性洗脸巾","选购"]);</script>
</body>
</html>
""",
        body="""
近期，一次性洗脸巾销量持续走高。县市场监管局提醒广大消费者，选购时注意以下几点：
一看标识。正规产品应标明产品名称、执行标准、纤维成分、生产企业名称和地址等信息。
二看外观。优质洗脸巾纹理均匀，无破洞、无污渍、无异味。
三做简单测试。取一张洗脸巾浸湿后用力拉扯，不易破损、不掉絮的质量较好。
购买后如发现质量问题，可拨打12315投诉举报。
湳溪县市场监督管理局
2024年5月30日
""",
    ),
    dict(
        slug="snapshot-tahen-text-cache-homestay-chair-rules",
        site="踏痕搜索文本缓存 of 崁山县民宿协会 (invented)",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="text",
        source="http://cache.tahen-search.example.com/text?id=kanshan-minsu-guiding-07",
        title="民宿吊椅安全管理规定",
        record_title="民宿吊椅安全管理规定 ⌁ 踏痕搜索·文本缓存",
        date=None,
        notes="text-only cache: a cache banner with a capture stamp, a keyword line, the original site's header and footer; 第N条 articles, an effect clause only (no date)",
        page="""
!d 【踏痕缓存】本页为2025年2月3日抓取的纯文本副本，图片与样式已略去
!d 命中的检索词：吊椅　民宿　安全
!m 崁山县民宿协会 · 规章制度
!t 民宿吊椅安全管理规定
!m 来源：协会秘书处　点击：415
{BODY}
!m 崁山县民宿协会　联系电话：0876-5127306
!a ↩ 返回踏痕搜索结果
""",
        indent="\u3000\u3000",
        body="""
第一条　为加强民宿吊椅类设施安全管理，保障游客人身安全，结合本县实际，制定本规定。
第二条　民宿经营者是吊椅安全管理的责任主体，应当建立设施台账，明确专人负责。
第三条　吊椅应当悬挂于经专业人员确认的承重结构上，严禁悬挂于树枝、晾衣杆、雨棚等非承重构件。
第四条　经营者应当每周检查一次挂钩、链条、座体，并在检查表上签字；雨雪、大风天气后应当增加检查。
第五条　吊椅旁应当张贴使用须知，标明额定承重和“禁止站立摇荡”等警示内容，并公布救助电话。
第六条　本规定自2025年1月1日起施行。
""",
    ),
    dict(
        slug="print-nanxi-bulletin-salon-inspection-footer",
        site="湳溪县卫生健康局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="https://wjj.nanxi-xian.gov.example.cn/print.jsp?id=90877",
        title="关于美容美发场所公用器具卫生专项检查情况的通报",
        record_title="⎙ 打印文稿：关于美容美发场所公用器具卫生专项检查情况的通报",
        date="2024-11-28",
        notes="print view calling window.print(): print-time and page-address lines, 抄送 and 印发 lines, a print footer '⌛ 第1页 共1页 ⌛' closing the page; date under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>⎙ 打印文稿：关于美容美发场所公用器具卫生专项检查情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔现在打印〕⟧ ⟦a 〔取消打印〕⟧</div>
<p>⟦m 湳溪县卫生健康局⟧</p>
<p>⟦m 打印于：2025-01-08 14:22:06⟧</p>
<h2>{T}</h2>
{BODY}
<p>⟦m 原文网址：https://wjj.nanxi-xian.gov.example.cn/zwgk/tzgg/90877.html⟧</p>
<p class="pf">⟦p ⌛ 第1页 共1页 ⌛⟧</p>
</body>
</html>
""",
        body="""
各乡镇卫生院，各美容美发经营单位：
按照《关于开展美容美发场所面膜碗等公用器具卫生专项检查的通知》要求，县卫生监督所于11月1日至20日对全县62家美容美发场所进行了抽查。现将检查情况通报如下：
一、基本情况。抽查的62家场所中，51家公用器具消毒规范，11家存在问题，其中面膜碗未做到一客一消毒的7家，消毒记录不全的4家。
二、处理情况。对存在问题的11家场所均已下达卫生监督意见书，责令限期整改；其中2家拒不整改的，已依法立案处理。
三、下步要求。各经营单位要对照问题举一反三，县卫生监督所将于12月组织复查。
湳溪县卫生健康局
2024年11月28日
抄送：县市场监督管理局。
湳溪县卫生健康局办公室　　2024年11月28日印发
""",
    ),
    dict(
        slug="print-quecheng-park-chair-inspection-plan-footer",
        site="碏城市园林绿化服务中心 print view (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://ylzx.quecheng.gov.example.cn/print/2024/0403/1129.html",
        title="碏城市滨湖公园休闲吊椅安全巡检方案",
        record_title="〔打印适配稿〕碏城市滨湖公园休闲吊椅安全巡检方案 - 碏城市园林绿化服务中心",
        date="2024-04-02",
        notes="text print view: the site name, a print stamp and the page address at the top, a close/print row and a print footer '✓ 页码 1／1 ✓' at the bottom; date under the signature",
        page="""
!m 碏城市园林绿化服务中心
!m 打印时刻 2025-02-26 10:05　本文地址 http://ylzx.quecheng.gov.example.cn/tzgg/2024/0403/1129.html
{T}
{BODY}
!a （打印）　（关闭此窗口）
!p ✓ 页码 1／1 ✓
""",
        body="""
为加强滨湖公园休闲吊椅安全管理，防止因设施老化造成游客伤害，制定本方案。
一、巡检对象。公园内紫藤廊、樱花坡、儿童乐园三处共计34把休闲吊椅。
二、巡检频次。日常巡检每日一次，由片区管理员负责；专项检查每月一次，由中心设施科负责。
三、巡检内容。重点检查挂钩、链条有无锈蚀变形，座板有无开裂，周边地面缓冲层是否完好。
四、问题处置。发现隐患立即停用并设置警示标志，24小时内报修；不能修复的予以更换。
碏城市园林绿化服务中心
2024年4月2日
""",
    ),
    dict(
        slug="webmail-jinan-hotel-order-letter-attachment-bar",
        site="栖云邮 webmail of 碏城锦岸酒店 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.qiyunyou.example.com/read?mid=ZL0930-2241&folder=INBOX",
        title="关于订购一次性洗脸巾的函",
        record_title="FW：【采购】关于订购一次性洗脸巾的函",
        date="2024-10-09",
        date_also=["2024-10-10"],
        notes="webmail reading view: a forwarded header block, an attachment bar beside the letter's own 附件 list and its 联系人/电话/邮箱; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>FW：【采购】关于订购一次性洗脸巾的函 - 栖云邮</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="qy-top">⟦m 栖云邮 · 企业邮箱⟧ <span>⟦m purchase@jinan-hotel.example.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="qy-left">⟦m 收件箱(6)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="qy-tool">⟦a 回复　回复全部　转发　删除　标记为　移动到⟧</div>
<div class="qy-read">
<h3>⟦t FW：【采购】关于订购一次性洗脸巾的函⟧</h3>
<p>⟦m 发件人：钟璐 &lt;purchase@jinan-hotel.example.cn&gt;⟧</p>
<p>⟦m 收件人：洁露卫生用品 &lt;sales@jielu-weisheng.example.com&gt;⟧</p>
<p>⟦m 时　间：2024年10月10日（星期四）上午9:12⟧</p>
<div class="fw-head">
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<p>⟦m 发件人：后勤部 韦一苒⟧</p>
<p>⟦m 发送时间：2024年10月9日 17:40⟧</p>
<p>⟦m 主题：【采购】关于订购一次性洗脸巾的函⟧</p>
</div>
<div class="mail-body">
<p>{T}</p>
{BODY}
</div>
<div class="att-bar">⟦a 📎 附件2个（共36K）：订购明细表.xlsx　供应商信息登记表.docx　｜　打包下载　预览⟧</div>
</div>
<div class="qy-foot">⟦d 栖云邮提醒：请勿轻信邮件中的汇款、中奖信息。⟧</div>
<script>reader.markRead();</script>
</body>
</html>
""",
        body="""
峸口洁露卫生用品有限公司：
我酒店拟向贵公司订购一次性洗脸巾一批，具体要求如下：
1.品种及数量：抽取式洗脸巾（80抽）2000包，卷筒式洗脸巾600卷。
2.质量要求：产品须符合相关标准，随货提供近一年内的检验报告。
3.交货时间及地点：10月25日前送至我酒店后勤仓库。
请贵公司收函后三日内回复报价。
联系人：采购部　钟璐，电话：0872-3215577，邮箱：purchase@jinan-hotel.example.cn
附件：1.订购明细表
2.供应商信息登记表
碏城锦岸酒店
2024年10月9日
""",
    ),
    dict(
        slug="mail-forward-kindergarten-slipper-rack-repair-text",
        site="forwarded mail (invented) of 砮岭县第二幼儿园",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://shouhou@mufangji.example.com/INBOX/20241113-0915",
        title="关于午睡室拖鞋架返修事宜的函",
        record_title="Fwd: Re: 关于午睡室拖鞋架返修事宜的函（请售后部跟进）",
        date="2024-11-12",
        date_also=["2024-11-13"],
        notes="a mail forwarded as text: forward headers with send dates, a forwarding note, the letter's own 联系人/电话; the mail's date differs from the letter's date; a mail signature and a confidentiality footer",
        page="""
!m 发件人：销售部 钟屿 <zhongyu@mufangji.example.com>
!m 发送时间：2024年11月13日 09:15
!m 收件人：售后部 <shouhou@mufangji.example.com>
!t 主题：Fwd: Re: 关于午睡室拖鞋架返修事宜的函（请售后部跟进）
!m 售后部：砮岭二幼的来函，请本周内安排上门，谢谢。
!m ---------- Forwarded message ---------
!m From: 砮岭县第二幼儿园 <nl2you@example.cn>
!m Date: 2024年11月12日 16:48
{BODY}
!m --
!m 钟屿 | 漊港木坊记家居有限公司 销售部 | 手机 139 0871 6625
!d 本邮件及附件仅供指定收件人使用，如误收请立即删除。
""",
        body="""
漊港木坊记家居有限公司：
我园于今年8月向贵公司采购的幼儿拖鞋架共40个，使用三个月来，有9个出现挂钩松动、1个横杆开裂的情况，存在一定安全隐患。
根据双方签订的采购合同，产品质保期为一年。请贵公司于11月30日前派员到园检查，对有问题的拖鞋架予以维修或更换。维修期间，我园已将问题拖鞋架暂停使用。
联系人：园务办公室　许婉清，电话：0873-5532706
砮岭县第二幼儿园
2024年11月12日
""",
    ),
]
