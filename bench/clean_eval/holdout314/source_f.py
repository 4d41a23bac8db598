"""holdout314, part F: encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-zhiwu-entry-shower-puff-h1",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.wiki/item/沐浴球/10837",
        title="沐浴球",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no title in the record, the <h1> holds it (the entry name also opens the body: "
        "head match); edit/discuss/history tabs, infobox, contents box, reference markers glued after 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知物百科 - 万物皆有来历</title>
<script src="https://static.zhiwu.wiki/js/lemma.min.js"></script>
</head>
<body>
<div class="hd">⟦m 知物百科⟧ ⟦m 万物皆有来历⟧ <form><input><button>⟦a 进入词条⟧</button></form></div>
<div class="tabs">⟦a 编辑词条⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<div class="lemma">
<h1>{T}</h1>
<div class="lemma-sub">⟦m 洗浴用品⟧</div>
<div class="infobox">
<dl>⟦m 中文名：沐浴球⟧</dl>
<dl>⟦m 别　名：浴花、浴球⟧</dl>
<dl>⟦m 常见材质：尼龙网纱、硅胶、丝瓜络⟧</dl>
</div>
<div class="catalog">⟦l 目录　1 简介　2 材质　3 保养⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs">⟦l 参考资料　[1] 日用品分类手册　[2] 家庭洗浴用品使用指南　[3] 皮肤科常见问题问答⟧</div>
<div class="stat">⟦m 浏览次数：12,604　编辑次数：9次　最近更新：2025-03-30⟧</div>
</div>
<div class="ft">⟦d 知物百科词条由网友共同编辑，如需专业意见请咨询相关人士⟧</div>
</body>
</html>
""",
        body="""
沐浴球是洗澡时用来起泡和搓洗身体的一种洗浴用品，又称浴花、浴球，通常用尼龙网纱层层缠绕、中间扎紧制成，呈蓬松的球状。⟦m [1]⟧
使用时在沐浴球上挤少量沐浴露，揉搓几下即可产生大量细腻的泡沫，比直接用手涂抹更节省沐浴露。⟦m [2]⟧
除网纱沐浴球外，市场上还有硅胶、棉线、丝瓜络等材质的沐浴球。硅胶材质不易藏水，较为卫生；丝瓜络材质可自然降解。
沐浴球使用后应冲洗干净并挂在通风处晾干，一般建议两至三个月更换一次。长期潮湿存放的沐浴球容易滋生细菌，可能引发毛囊炎等皮肤问题。⟦m [3]⟧
""",
    ),
    dict(
        slug="wiki-gewulu-entry-roll-holder-example-date",
        site="格物录百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.gewulubk.com/wiki/卷纸架",
        title="卷纸架",
        record_title="卷纸架（卫浴五金挂件）_格物录百科",
        date=None,
        notes="encyclopaedia entry as text; decorated record title; an example date inside a sentence and an "
        "update stamp are no dates; the entry name opens the body",
        page="""
!m 格物录百科 — 开放的生活知识库
{T}
!t 卷纸架（卫浴五金挂件）
!a 编辑　　讨论　　历史
!m 中文名：卷纸架　　别名：厕纸架　　类别：卫浴五金
{BODY}
!l 词条标签：卫浴 ｜ 五金 ｜ 家居
!m 浏览 8,412 次　编辑 6 次　最近更新 2025-02-19
!d 格物录百科词条由网友编写，仅供参考
""",
        body="""
卷纸架是安装在卫生间墙面或隔板上，用来悬挂卷筒卫生纸的五金挂件，也叫厕纸架、纸巾架。
常见的卷纸架按材质分为不锈钢、太空铝、铜和塑料几类；按结构分为开放式横杆、带防护盖和大卷纸盒等。公共厕所多采用带锁扣的防盗式卷纸架。
据某地城管部门2023年6月1日发布的一份调查，公厕改用单节出纸的卷纸架后，厕纸消耗量平均下降约三成。
卷纸架一般安装在马桶侧前方，中心高度距地面60至70厘米为宜；潮湿的卫生间宜选用带防水盖的款式。
""",
    ),
    dict(
        slug="clouddrive-yunxia-host-script-tooth-day-docx",
        site="云匣网盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://pan.yunxia.cn/s/1kQ8vXn3",
        title="翌田镇中心幼儿园“爱牙日”亲子活动主持词",
        record_title="翌田镇中心幼儿园“爱牙日”亲子活动主持词.docx",
        date=None,
        notes="cloud-drive preview with save/download buttons and VIP prompts; file-name record title; a host "
        "script (甲/乙/合 lines); the share stamp and a day without a year are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>翌田镇中心幼儿园“爱牙日”亲子活动主持词.docx_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.cn/static/js/share-preview.js"></script>
</head>
<body>
<div class="topbar">⟦m 云匣网盘⟧ ⟦a 登录⟧ ⟦a 免费注册⟧ ⟦a 客户端下载⟧</div>
<div class="share-info">
<div class="fname">⟦t 翌田镇中心幼儿园“爱牙日”亲子活动主持词.docx⟧</div>
<div class="fmeta">⟦m 分享者：小橘子老师　｜　分享于 2025-09-12　｜　28.6KB⟧</div>
<div class="btns">⟦a 保存到我的云匣⟧ ⟦a 下载（28.6KB）⟧</div>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，预览与下载不限速⟧</div>
<div class="others">⟦l 同一分享中的其他文件：爱牙日活动照片.zip　刷牙歌伴奏.mp3⟧</div>
<div class="ft">⟦d 请勿分享违规内容，云匣网盘依法配合有关部门处理⟧</div>
</body>
</html>
""",
        p_html='<div class="pv-line">{}</div>',
        body="""
甲：亲爱的小朋友们，
乙：各位爸爸妈妈，
合：大家上午好！
甲：9月20日是全国爱牙日。今天，我们在这里举行“爱牙护牙，从小做起”亲子活动。
乙：首先，请保健室的邹老师为我们讲一讲怎样保护牙齿，大家掌声欢迎！
甲：谢谢邹老师！接下来是亲子比赛：请爸爸妈妈和宝贝一起用牙膏挤挤出豌豆大小的牙膏，看哪一组又快又准。
乙：比赛结束啦！每个家庭都可以把桌上的小兔子牙膏挤带回家，让宝贝每天自己挤牙膏、自己刷牙。
甲：最后，请小朋友们一起唱《刷牙歌》。
合：今天的活动到此结束，小朋友们，我们明天见！
""",
    ),
    dict(
        slug="clouddrive-pansou-instruction-sofa-cover-sewing-pdf",
        site="盘搜分享 (invented cloud-drive preview, text)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.pansou-share.com/f/88xTq0",
        title="弹力沙发套裁剪缝制作业指导书",
        record_title="弹力沙发套裁剪缝制作业指导书.pdf",
        date=None,
        notes="cloud-drive text preview cut by page markers '⫪ n ⫫' glued with a space or on a line of their own; "
        "file-name record title; the share stamp is no date",
        page="""
!m 盘搜分享 · 文件预览
!t 弹力沙发套裁剪缝制作业指导书.pdf　　5 页　　1.2MB
!m 分享时间：2025-06-30　　有效期：永久
!a 在线预览只显示前5页，完整文件请保存后下载
{BODY}
!a 下载　　保存到网盘　　举报
!d 该文件由用户分享，盘搜分享不对文件内容负责
""",
        pages=dict(fmt="⫪ {n} ⫫", every=90, start=2, glue="mix", sep=" "),
        body="""
一、适用范围：本指导书适用于本厂四季款弹力沙发套的裁剪、缝制和包装工序。
二、裁剪：面料上裁床前须松布静置24小时，铺布层数不超过60层；按样板划线，裁片边缘不得有毛边和斜纹偏差，每批首件由班组长核对尺寸后签字。
三、缝制：四周用五线包缝，针距每3厘米14至16针；松紧带须均匀拉伸后缝入底边，接头重叠不少于2厘米，缝后做拉伸10次测试，不得脱线。
四、检验：成品逐件检查线头、跳针和污渍，每百件抽5件套到标准沙发上试穿，合格后挂吊牌。
五、包装：沙发套对折三次装入PE袋，袋内放洗涤说明卡，外箱注明型号、颜色和数量。
""",
    ),
    dict(
        slug="cache-lanye-notice-salon-spray-bottles",
        site="览页 (invented search engine, snapshot frame)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.lanye.cn/c?u=https%3A%2F%2Fwsjd.xucheng.gov.cn%2Ftzgg%2F2025%2F0513.html",
        title="关于加强美容美发场所喷雾瓶卫生管理的通知",
        record_title="关于加强美容美发场所喷雾瓶卫生管理的通知 - 顼城市卫生健康监督所（览页快照）",
        date="2025-05-12",
        date_also=["2025-05-13"],
        notes="snapshot frame with a capture banner and highlighted keywords around a supervision office's page; "
        "the capture stamp is no date; 成文日期 expected, the cached page's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于加强美容美发场所喷雾瓶卫生管理的通知 - 顼城市卫生健康监督所（览页快照）</title>
<style>.hl{background:#ff0}</style>
<script src="https://cache.lanye.cn/js/snap-frame.js"></script>
</head>
<body>
<div class="xj-banner">
<p>⟦m 览页快照：本页是 https://wsjd.xucheng.gov.cn/tzgg/2025/0513.html 于 2025-06-08 03:12 的存档副本⟧</p>
<p>⟦m 已为您标出检索词：喷雾瓶　理发店⟧ ⟦a 打开当前网页⟧</p>
<p>⟦d 览页与该网页作者无关，不对其内容负责⟧</p>
</div>
<div class="orig">
<div class="hd">⟦m 顼城市卫生健康监督所⟧ ⟦m 网站首页 ｜ 机构职能 ｜ 监督执法 ｜ 通知公告 ｜ 办事指南⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-05-13　来源：公共场所监督科　字号：［大］［中］［小］⟧</div>
<div class="con">
{BODY}
</div>
<div class="ft">⟦m 顼城市卫生健康监督所　投诉举报：12320⟧</div>
</div>
</div>
</body>
</html>
""",
        body="""
全市各美容美发场所：
近期，我所在日常监督中发现，部分理发店用于喷湿头发的喷雾瓶长期不清洗，瓶内水质浑浊，有的甚至混入了定型水。为保障顾客健康，现将有关要求通知如下：
一、喷雾瓶内只能盛装当日的清洁饮用水，每天营业结束后倒空、清洗、晾干。
二、喷雾瓶每周至少消毒一次，可用含氯消毒液浸泡30分钟后冲洗干净。
三、定型水、护发液等产品应使用原包装或单独贴签的喷雾瓶，不得与清水瓶混用。
四、从业人员手部有破损时，应戴手套操作。
我所将于6月份开展专项检查，对不符合要求的场所依法处理。
顼城市卫生健康监督所
2025年5月12日
""",
    ),
    dict(
        slug="cache-textonly-notice-assistive-squeezers",
        site="文本副本快照 (invented text-only search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://txtcache.souyi.cn/t/ysxcl.org.cn/tzgg/3318",
        title="颙山县残疾人联合会关于开展2025年生活辅具免费适配工作的通知",
        date="2025-04-22",
        date_also=["2025-04-23"],
        notes="text-only cache with a cache banner and the cached page's chrome; record title as is; 附件 list; the "
        "federation's contact beside the rights hotline; 成文日期 expected, the page's 发布时间 also accepted; the "
        "cache stamp is no date",
        page="""
!m 〔文本副本〕以下为 颙山县残疾人联合会 网页的文字副本，图片与样式已略去
!m 缓存于 2025-07-02 14:40　｜　原始地址：http://www.ysxcl.org.cn/tzgg/3318.html
!a 返回搜索结果　　查看原网页
{T}
!m 颙山县残联　发布时间：2025-04-23
{BODY}
!m 颙山县残疾人联合会　地址：颙山县蓦塘镇新民路9号
!m 残疾人维权热线：12385
""",
        body="""
各乡镇残联，各社区：
为帮助残疾人提高生活自理能力，县残联决定开展2025年生活辅具免费适配工作。现将有关事项通知如下：
一、适配对象：持有第二代残疾人证、有辅具需求的本县户籍残疾人。
二、适配品种：牙膏挤、单手切菜板、助行器、坐便椅等12类生活辅具，具体目录见附件。
三、工作步骤：乡镇残联5月底前摸底登记；县残联6月组织专业人员上门评估；7月底前完成适配发放。
四、有关要求：各乡镇要做好政策宣传，确保符合条件的残疾人应知尽知；发放时要现场指导使用，做到“送得到、用得上”。请各乡镇引导残疾人及其家属关注县残联公众号，及时查询评估和发放进度。
联系人：熊亚楠，电话：0737-4330562。
附件：颙山县2025年生活辅具免费适配目录
颙山县残疾人联合会
2025年4月22日
""",
    ),
    dict(
        slug="print-xucheng-cgj-notice-holiday-toilet-paper",
        site="顼城市城市管理局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cgj.xucheng.gov.cn/tzgg/20250924/1187.html?print=1",
        title="关于做好国庆假期公厕卷纸供应保障工作的通知",
        record_title="预览打印丨关于做好国庆假期公厕卷纸供应保障工作的通知 - 顼城市城市管理局",
        date="2025-09-24",
        notes="print view calling window.print(): print/close buttons, page address, print stamp and a print footer "
        "'⊩ 第1页 ／ 共1页 ⊩'; the notice's own 监督电话; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>预览打印丨关于做好国庆假期公厕卷纸供应保障工作的通知 - 顼城市城市管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>function doPrint(){window.print();}</script>
</head>
<body onload="window.print()">
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="print-head">⟦m 顼城市城市管理局门户网站 · 打印稿⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-meta">⟦m 本页地址：https://cgj.xucheng.gov.cn/tzgg/20250924/1187.html⟧</div>
<div class="print-meta">⟦m 打印时间：2025-10-02 10:13⟧</div>
<div class="print-foot">⟦p ⊩ 第1页 ／ 共1页 ⊩⟧</div>
</body>
</html>
""",
        body="""
各区城管局，市环卫处：
国庆假期临近，公园、景区和商业街区公厕使用量将大幅增加。为保障群众如厕需求，现就做好假期公厕卷纸供应工作通知如下：
一、备足物资。各单位按照日常用量的2倍储备卷纸，9月30日前配送到各公厕工具间。
二、加密巡查。假期每天8:00至22:00，重点公厕每小时巡查一次，确保卷纸架不空、不坏；卷纸架损坏的，2小时内修复或更换。
三、加强引导。在重点公厕张贴“按需取纸”提示，安排文明劝导员在高峰时段值守。
四、及时报告。假期实行每日报告制度，各单位每天17:00前报送公厕运行情况，遇有突发情况随时报告。
监督电话：0730-6205718。
顼城市城市管理局
2025年9月24日
""",
    ),
    dict(
        slug="print-yongshan-hotel-notice-shower-puffs",
        site="颙山宾馆集团办公系统 (invented, print view as text)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.ysbgjt.com/print/doc/2025-0526-14",
        title="关于客房一次性沐浴球改为按需提供的通知",
        record_title="打印 ▸ 关于客房一次性沐浴球改为按需提供的通知（内部流转）",
        date="2025-05-26",
        notes="an OA print view as text: print buttons, 文号 line neutral, print stamp and a print footer "
        "'⊤ 页 1 / 1 ⊥'; 成文日期; the print stamp is no date",
        page="""
!a 〔打印〕　〔返回〕
!m 颙山宾馆集团 · 办公系统打印视图
{T}
颙宾集发〔2025〕14号
{BODY}
!m 打印人：客房管理部 景安　　打印时间：2025-06-03 09:47
!p ⊤ 页 1 / 1 ⊥
""",
        indent="\u3000\u3000",
        body="""
各分店、客房部：
根据县旅游饭店协会倡议和集团节能降耗工作安排，自2025年6月1日起，集团所属各分店客房不再主动摆放一次性沐浴球。现将有关事项通知如下：
一、客房卫生间撤除一次性沐浴球，在洗漱台放置“如需沐浴球请致电前台”提示卡。
二、前台和楼层备足沐浴球，客人需要时10分钟内送达。
三、各分店在入住登记时主动向客人说明，做好解释工作，避免引起投诉。
四、各分店每月5日前报送上月沐浴球使用数量，集团客房管理部汇总分析。
颙山宾馆集团有限公司
2025年5月26日
""",
    ),
    dict(
        slug="mail-jinglang-webmail-letter-squeezer-contest",
        site="净朗企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jinglang-home.com/read?mid=ZC2210-0Xq8",
        title="关于邀请担任“适老牙膏挤”设计大赛评委的函",
        record_title="转发：关于邀请担任“适老牙膏挤”设计大赛评委的函",
        date="2025-10-13",
        date_also=["2025-10-15"],
        notes="webmail reading view with folder list, toolbar, forwarded headers and an attachment bar beside the "
        "letter's own 附件 list; the letter's 抄送 line beside the mail header's 抄送; the letter's contact and "
        "mailbox; 成文日期 expected, the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于邀请担任“适老牙膏挤”设计大赛评委的函 - 净朗企业邮箱</title>
<script src="/webmail/js/reader.bundle.js"></script>
</head>
<body>
<div class="mail-top">⟦m 净朗企业邮箱⟧ ⟦m design@jinglang-home.com⟧ ⟦a 设置⟧ ⟦a 退出⟧</div>
<div class="folders">⟦l 收件箱(12)　星标邮件　草稿箱　已发送　已删除　垃圾箱⟧</div>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读　更多操作⟧</div>
<div class="read">
<div class="subject">⟦t 转发：关于邀请担任“适老牙膏挤”设计大赛评委的函⟧</div>
<div class="hdr">⟦m 发件人：总经理办公室 &lt;office@jinglang-home.com&gt;⟧</div>
<div class="hdr">⟦m 收件人：设计部 &lt;design@jinglang-home.com&gt;⟧</div>
<div class="hdr">⟦m 抄　送：研发中心 &lt;rd@jinglang-home.com&gt;⟧</div>
<div class="hdr">⟦m 时　间：2025年10月15日（周三）上午9:16⟧</div>
<div class="fwd">⟦m ------------------ 原始邮件 ------------------⟧</div>
<div class="fwd">⟦m 发件人："祁文博" &lt;qiwb@xczy.edu.cn&gt;　发送时间：2025年10月14日 16:52⟧</div>
<div class="fwd">⟦m 主题：关于邀请担任“适老牙膏挤”设计大赛评委的函⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attbar">⟦a 附件 2 个：大赛方案.pdf（312K）　评分细则.docx（45K）　打包下载⟧</div>
</div>
<div class="mail-foot">⟦m 净朗企业邮箱 · 由顼城云邮提供技术服务⟧</div>
</body>
</html>
""",
        body="""
顼城净朗日用塑料制品有限公司：
为推动适老化产品设计创新，我院拟于2025年11月8日举办第三届“适老牙膏挤”学生设计大赛。贵公司在日用塑料制品研发方面经验丰富，特邀请贵公司派一名设计或工艺专家担任大赛评委。
评审工作在我院工业设计楼进行，时间约半天，我院将提供参赛作品资料和评审细则。
如蒙同意，请于10月25日前回复评委姓名和联系方式。
联系人：祁文博，电话：0730-6357426，邮箱：qiwb@xczy.edu.cn。
附件：1.大赛方案
2.评分细则
顼城职业技术学院智能制造学院
2025年10月13日
抄送：学院教务处
""",
    ),
    dict(
        slug="mail-heyue-fwd-notice-colour-spray-bottles",
        site="和悦物业 mail forwarded as text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:xiangmu@heyuewy.com?msgid=20250618104213",
        title="关于向各楼栋保洁岗配发分色喷雾瓶的通知",
        record_title="Fwd: 【物资配发】关于向各楼栋保洁岗配发分色喷雾瓶的通知",
        date="2025-06-16",
        date_also=["2025-06-18"],
        notes="a forwarded mail as text: headers, forwarded-message header, a signature and a confidentiality "
        "footer; an allocation table; a 打印 sentence as content; 成文日期 expected, the send date also accepted",
        page="""
!m 发件人："和悦物业综合部" <zhb@heyuewy.com>
!m 发送时间：2025年6月18日 10:42
!m 收件人：各项目经理 <xiangmu@heyuewy.com>
!t 主题：Fwd: 【物资配发】关于向各楼栋保洁岗配发分色喷雾瓶的通知
!m -------- Forwarded Message --------
!m From: 仓储中心 <cangchu@heyuewy.com>
!m Date: 2025-06-17 16:05
{BODY}
!m --
!m 和悦物业综合部　内线 8021
!d 本邮件及其附件只供指定收件人阅读，误收请告知发件人并删除
""",
        body="""
各项目服务中心：
为防止保洁作业中药剂误用，公司统一采购了一批分色喷雾瓶，现将配发事项通知如下：
一、配发标准：每个保洁岗配发蓝、绿、红、白四色喷雾瓶各1个，分别用于玻璃清洁、日常清洁、洁厕和消毒。
二、领取时间：6月20日至6月24日，各项目派专人到公司仓库领取，领取时在出库单上签字。
三、使用要求：各项目组织保洁员学习分色使用要求，把分色对照表打印后贴在工具间门上。
四、旧瓶处理：原有的无标识喷雾瓶一律收回，统一交仓库处理，不得留用。
配发明细如下：
项目名称　保洁岗数　喷雾瓶数量
惬园小区　12　48个
翌园花苑　9　36个
忻湖商务楼　6　24个
顼城和悦物业服务有限公司
2025年6月16日
""",
    ),
]
