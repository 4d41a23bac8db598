"""holdout88, part E: 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text."""

CASES = [
    dict(
        slug="app-html-huangmei-troupe-summary-reading-mode",
        site="笔下生花App分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://share.bxsh-app.example.com/article/9921034?from=wx",
        title="县黄梅戏剧团2023年送戏下乡工作总结",
        record_title="县黄梅戏剧团2023年送戏下乡工作总结（可编辑）",
        date="2023-12-22",
        notes="writing-app reading mode with open-in-app bar and VIP prompt; decorated record title; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>县黄梅戏剧团2023年送戏下乡工作总结（可编辑）</title></head><body>
<div class="openapp">⟦a 打开笔下生花App，阅读体验更佳⟧</div>
<div class="mode">⟦a 阅读模式 · 护眼⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 笔友 戏迷小梅 · 1.3万字作品 · 2小时前更新⟧</div>
{BODY}
<div class="vip">⟦a 开通VIP，解锁全部范文并导出Word⟧</div>
<div class="rec">⟦l 为你推荐：剧团年度工作计划｜文艺演出活动总结⟧</div>
</body></html>
""",
        body="""
2023年，剧团坚持以人民为中心，全年送戏下乡126场，观众达8.4万人次。
一、精心编排剧目。复排《天仙配》《女驸马》选段，新编反映乡村振兴的小戏《茶山情》。
二、创新演出形式。在12个村开设“戏曲小课堂”，为留守儿童教唱黄梅调。
三、存在不足。演员老化，舞台设备陈旧。明年将招收青年演员4名，更新流动舞台车。
县黄梅戏剧团
2023年12月22日
""",
    ),
    dict(
        slug="app-text-yue-opera-fans-speech-share",
        site="公文宝App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://m.gongwenbao-app.example.cn/s/ya77Qk",
        title="在越剧票友协会成立大会上的讲话",
        record_title="在越剧票友协会成立大会上的讲话.docx",
        date="2024-01-06",
        notes="app share as text; file-name record title; date under the title in Chinese numerals; speaker line neutral",
        page="""
!m 公文宝 · 你的写作助手
!a 下载App 免费领取7天会员
{T}
琬溪县文联主席　俞秋棠
（二〇二四年一月六日）
{BODY}
!a 全文共 512 字　｜　一键复制　｜　生成PPT
!l 相似范文：戏曲协会年会致辞　文艺团体成立大会主持词
""",
        body="""
各位票友、同志们：
今天，琬溪县越剧票友协会正式成立了。全县有越剧票友三百多人，不少人唱了几十年，从村里的晒谷场唱到了省里的比赛舞台。
协会成立后，要做好三件事：一是常态化开展唱腔交流；二是走进社区、学校普及越剧；三是帮助老艺人整理唱本。
祝协会越办越好！
""",
    ),
    dict(
        slug="gkforum-html-interview-forest-fire-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="html",
        source="https://bbs.shangan-gk.example.com/thread-551902-1-1.html",
        title="结构化面试真题：如何做好森林防火宣传（附答题思路）",
        record_title="结构化面试真题：如何做好森林防火宣传（附答题思路） - 面试交流 - 上岸公考论坛",
        date=None,
        notes="exam forum with jammer fonts, 回帖可见 prompt, floors; relative time; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>结构化面试真题：如何做好森林防火宣传（附答题思路） - 面试交流 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛 一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 面试交流 › 结构化⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 面霸老周 发表于 前天 09:12⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="pl">⟦l 板凳 小鹿乱撞：感谢楼主，明天面试⟧</div>
<div id="ft">⟦d 论坛所有帖子仅代表作者个人观点⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
题目：你所在的乡镇进入森林防火期，领导让你负责防火宣传，你怎么做？
答题思路：首先，摸清重点人群，主要是上山祭扫人员、林区务农人员和外来游客。
其次，丰富宣传方式，在林区入口设置劝导点，用方言广播循环播放防火提示，组织学生开展“小手拉大手”。
最后，做好总结，对宣传效果进行回访，及时改进。
""",
    ),
    dict(
        slug="gkforum-text-shenlun-ancient-tree-essay",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.gkyizhan.example.net/bbs/read.php?tid=30719",
        title="申论范文：留住古树，就是留住乡愁",
        date=None,
        notes="exam forum text with junk lines; 楼主 meta and points prompt; no date",
        page="""
!m 公考驿站 » 申论交流区
{T}
!m 楼主：申论小达人　积分 2310　UID 88012
{BODY}
!a 觉得有用请给楼主加分 +1
!l 回复：写得很有文采，就是对策部分略少
""",
        junk=dict(lines=1, glued=2),
        body="""
一棵古树，就是一部村史。村口的老樟树，见证了几代人的出生、成长和离别。
然而，一些地方在建设中随意移栽古树，甚至让古树“进城”，使乡村失去了记忆的坐标。
留住古树，要靠制度。应当建立古树名木档案，落实养护责任，把古树保护纳入村规民约。
留住古树，更要靠人心。只有人人把古树当成自家老人，乡愁才有处安放。
""",
    ),
    dict(
        slug="wiki-html-armyworm-entry-edit",
        site="农知百科 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="html",
        source="https://baike.nongzhi.example.com/item/草地贪夜蛾防控/88210",
        title="草地贪夜蛾防控",
        record_title="草地贪夜蛾防控_农知百科",
        date=None,
        notes="encyclopaedia entry with edit links, contents box, references, browse/edit counts; no date (last edit stamp is not a date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>草地贪夜蛾防控_农知百科</title></head><body>
<div class="top">⟦m 农知百科 · 农业知识全书⟧ ⟦a 进入词条⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦a 赞⟧</div>
<div class="catalog">⟦l 目录 1 发生特点 2 防控措施 3 注意事项⟧</div>
{BODY}
<div class="ref">⟦l 参考资料 [1] 草地贪夜蛾防控技术方案（试行）⟧</div>
<div class="stat">⟦m 词条统计 浏览次数：2.6万 编辑次数：7次 最近更新：植保老农 （2025-02-01）⟧</div>
</body></html>
""",
        body="""
草地贪夜蛾是一种迁飞性农业害虫，主要危害玉米、高粱、甘蔗等作物。
发生特点：幼虫取食叶片和心叶，严重时可造成玉米减产三成以上；成虫可借助气流远距离迁飞。
防控措施：设置性诱捕器和杀虫灯监测成虫；在低龄幼虫期选用登记药剂喷雾，重点喷施心叶。
注意事项：施药应在清晨或傍晚进行，注意轮换用药，防止产生抗药性。
""",
    ),
    dict(
        slug="wiki-text-kongzhu-qa-best-answer",
        site="知识问问 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="text",
        source="http://www.zswenwen.example.cn/question/77102.html",
        title="抖空竹是哪里的非遗？怎么入门？",
        record_title="抖空竹是哪里的非遗？怎么入门？-知识问问",
        date=None,
        notes="Q&A-encyclopaedia page; 满意回答 label; answer with numbered steps; no date",
        page="""
!m 知识问问 > 体育运动 > 民间体育
!t 抖空竹是哪里的非遗？怎么入门？-知识问问
!m 2个回答　　浏览 3,512
!m 满意回答　　空竹张大爷　　擅长：传统体育
{BODY}
!a 赞(126)　踩(3)　评论
!l 相关问题：空竹买单轮还是双轮？　老人抖空竹伤腰吗？
""",
        body="""
抖空竹是流传很广的民间游戏，已列入国家级非物质文化遗产名录，多地都有传承。
入门建议：
1. 先选双轮空竹，平衡好，容易上手。
2. 练习启动：把空竹放在地上，线绕轴一圈，左右手一提一拉让它转起来。
3. 熟练后再学“抛高”“过桥”等花样。
练的时候找块空地，注意别碰着人。
""",
    ),
    dict(
        slug="netdisk-html-whale-dolphin-plan-preview",
        site="云仓网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yuncang.example.com/s/1Jf8KqP0wT",
        title="江豚保护区2024年巡护工作方案",
        record_title="江豚保护区2024年巡护工作方案.pdf",
        date="2024-02-27",
        notes="cloud-drive preview with page-marker paragraphs, file size/expiry meta, save/download buttons; file-name record title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>江豚保护区2024年巡护工作方案.pdf_免费高速下载|云仓网盘</title></head><body>
<div class="hd">⟦m 云仓网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦m 江豚保护区2024年巡护工作方案.pdf　412.3KB　分享者：巡护队老江　有效期：永久⟧</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 下载（非会员限速）⟧</div>
<div class="preview">
<p class="doc-title">{T}</p>
{BODY}
</div>
<div class="ad">⟦a 超级会员 下载不限速 首月仅需9.9元⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，一经发现将封禁账号⟧</div>
</body></html>
""",
        pages=dict(fmt="- {n} -", every=120, start=2),
        body="""
为加强江豚及其栖息地保护，制定本年度巡护工作方案。
一、巡护范围：保护区核心区和缓冲区水域，共计58公里江段。
二、巡护方式：每日水上巡护一次，夜间不定期巡查，汛期加密巡护频次。
三、重点任务：严厉打击非法捕捞、电鱼行为，及时救护搁浅、受伤江豚，做好观测记录。
江豚自然保护区管理站
2024年2月27日
""",
    ),
    dict(
        slug="netdisk-text-rockery-course-nas-share",
        site="家用NAS外链 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://nas-share.example.net:5000/sharing/Qd7fRk",
        title="园林专业叠石假山实训教学计划",
        record_title=None,
        date=None,
        notes="NAS share page as text: title missing from record, file list chrome, 'expires' stamp; no date",
        page="""
!m 文件共享 · 由 DiskStation 提供
!m 共享者：lin_teacher　　链接有效期至：2025-06-30
!l 文件列表：叠石实训计划.docx　实训照片.zip　评分表.xlsx
!t 叠石实训计划.docx — 预览
{T}
{BODY}
!a 下载　　全部下载　　复制链接
""",
        body="""
一、实训目的：使学生掌握假山叠石的选石、相石、堆叠和勾缝等基本技法。
二、实训安排：第12至14周，每周两个半天，地点为学校园林实训基地。
三、实训内容：1.石材识别；2.小型假山模型堆叠；3.驳岸叠石。
四、考核：按作品造型、稳固程度和安全操作评分，满分100分。
""",
    ),
    dict(
        slug="snapshot-html-bone-carving-cache-frame",
        site="搜达快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.souda.example.com/c?m=9f65cb4a8c8507ed4fece763105392230e54f73&p=8fac",
        title="琨水骨雕艺人收徒仪式在县文化馆举行",
        record_title="琨水骨雕艺人收徒仪式在县文化馆举行_琨水新闻网",
        date="2023-10-15",
        notes="cache frame: snapshot notice, highlight legend, original site chrome inside; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>琨水骨雕艺人收徒仪式在县文化馆举行_琨水新闻网</title></head><body>
<div class="cache-hd">⟦d 这是 http://news.kunshui.example.cn/2023/1015/2217.html 的快照，是网页在2025年2月3日的存档。当前页面可能已更改。⟧</div>
<div class="cache-hl">⟦m 以下搜索词已高亮显示：骨雕 收徒⟧</div>
<div class="orig">
<div class="site">⟦m 琨水新闻网⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 2023-10-15 16:22　来源：县融媒体中心⟧</div>
{BODY}
<div class="related">⟦l 相关新闻：县非遗工坊挂牌成立⟧</div>
</div>
</body></html>
""",
        body="""
10月15日，县级非遗项目骨雕技艺代表性传承人严守正在县文化馆举行收徒仪式，四名年轻人正式拜师。
仪式上，徒弟们向师傅敬茶、递交拜师帖，严守正向徒弟赠送刻刀。
严守正表示，骨雕讲究“一刀一凿见功夫”，希望徒弟们耐得住寂寞，把手艺学扎实。
""",
    ),
    dict(
        slug="snapshot-text-cockroach-school-canteen",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.kuaisou.example.net/?url=edu.zongchuan.example.cn/tz/5521.html",
        title="关于开展学校食堂病媒生物防制专项检查的通知",
        date="2024-03-28",
        notes="text-only cache: snapshot header and crawl time (not a date), original page chrome, date under the signature",
        page="""
!d 快搜快照：本页为 edu.zongchuan.example.cn/tz/5521.html 于 2025-01-17 06:40 抓取的文字版本
!m 琮川县教育局 > 通知公告
{T}
{BODY}
!m 打印本页 | 关闭窗口
!d 快搜与该网页作者无关，不对其内容负责。
""",
        body="""
各中小学、幼儿园：
为预防肠道传染病，保障师生饮食安全，局决定开展学校食堂病媒生物防制专项检查。
一、检查内容：食堂防鼠板、防蝇帘、纱窗是否完好，灭蟑毒饵站是否规范投放，垃圾桶是否加盖。
二、检查时间：4月1日至4月15日。
琮川县教育局
2024年3月28日
""",
    ),
    dict(
        slug="print-html-mule-caravan-museum-plan",
        site="瑷阳县文旅局打印版 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://wlj.aiyang.example.gov.cn/print.jsp?id=33108",
        title="马帮古道文化陈列馆布展工作方案",
        record_title="马帮古道文化陈列馆布展工作方案",
        date="2024-04-02",
        notes="print view: print/close buttons, URL and print stamp; date from the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a [ 打印本页 ] [ 关闭窗口 ]⟧</div>
<h2>{T}</h2>
<div>⟦m 信息来源：瑷阳县文化和旅游局⟧</div>
{BODY}
<div class="url">⟦m 本文地址：http://wlj.aiyang.example.gov.cn/art/2024/4/2/art_33108.html⟧</div>
<div>⟦m 打印时间：2025-01-20 14:06⟧</div>
</body></html>
""",
        body="""
为展示马帮古道历史文化，县文旅局决定在茶马驿站旧址建设马帮古道文化陈列馆，制定布展方案如下。
一、展陈内容：分“古道溯源”“马帮岁月”“驿站人家”三个单元，征集马鞍、马铃、驮架等实物120件。
二、时间安排：4月完成实物征集，6月完成布展，7月开馆试运行。
三、责任分工：文物所负责实物鉴定，文化馆负责口述资料整理。
瑷阳县文化和旅游局
2024年4月2日
""",
    ),
    dict(
        slug="print-text-couplet-writing-activity",
        site="珂湾文明网打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://wmw.kewan.example.cn/print/2024/0128/7731",
        title="“翰墨迎春 义写春联”进社区活动方案",
        date=None,
        notes="print view as text: page number footer '第1页 共1页' and print stamp; no date in the document",
        page="""
!m 珂湾文明网
{T}
!m 来源：县文明办
{BODY}
!m http://wmw.kewan.example.cn/print/2024/0128/7731
!p 第1页 共1页
""",
        body="""
为营造欢乐祥和的节日氛围，县文明办联合县书法家协会开展义写春联进社区活动。
活动时间：腊月二十至腊月二十六，每天上午9时至12时。
活动地点：各社区新时代文明实践站。
活动内容：书法家现场书写春联、福字，免费赠送居民，每户限领一副。
""",
    ),
    dict(
        slug="mail-html-azalea-festival-forward-webmail",
        site="瑷阳政务邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.aiyang.example.gov.cn/read?mid=2024040900418",
        title="关于做好杜鹃花节期间景区交通保障工作的通知",
        record_title="转发：关于做好杜鹃花节期间景区交通保障工作的通知",
        date="2024-04-08",
        notes="webmail reading view: forwarded mail headers, the forwarder's note as chrome; the notice's own 附件 and 抄送 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发：关于做好杜鹃花节期间景区交通保障工作的通知 - 政务邮箱</title></head><body>
<div class="mbar">⟦a 回复 全部回复 转发 删除 标记为未读⟧</div>
<div class="mhead">⟦m 发件人：县交通运输局办公室 <jtj_bgs@aiyang.example.gov.cn>⟧<br>⟦m 收件人：各乡镇交管站⟧<br>⟦m 时间：2024年4月9日 (星期二) 上午8:41⟧</div>
<div class="fwd">⟦m 请各单位认真落实。⟧</div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<h3>{T}</h3>
{BODY}
<div class="att">⟦a 附件（1个）：保障方案.docx 下载 预览⟧</div>
<div class="sig">⟦d 本邮件仅限政务使用，请勿外传⟧</div>
</body></html>
""",
        body="""
各乡镇交管站，局属各单位：
4月12日至5月5日，杜鹃山景区将举办第八届杜鹃花节。为确保节日期间交通安全有序，现将有关事项通知如下：
一、在景区入口至县城沿线设置临时停车场3处，开通接驳公交。
二、节假日高峰时段实行单向通行。
附件：杜鹃花节交通保障方案
瑷阳县交通运输局
2024年4月8日
抄送：县公安局交警大队，杜鹃山景区管委会。
""",
    ),
    dict(
        slug="mail-text-ivory-ban-forward-chain",
        site="璐原市场监管内部邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive/luyuan-scjg/2023-11-02.eml",
        title="关于开展象牙及其制品市场专项检查的通知",
        record_title="Fw: Fw: 关于开展象牙及其制品市场专项检查的通知",
        date="2023-11-01",
        notes="forwarded mail chain as text: headers and forwarders' notes as meta; date under the signature differs from mail dates",
        page="""
!m 发件人: 王晓 <wangxiao@scjg.luyuan.example.cn>
!m 发送时间: 2023年11月2日 9:12
!m 收件人: 各市场监管所
!m 主题: Fw: Fw: 关于开展象牙及其制品市场专项检查的通知
!m 转发一下，请各所按时报送。
!m -----原始邮件-----
!m 发件人: 局办公室
!m 发送时间: 2023年11月1日 17:40
{T}
{BODY}
!d 本邮件及其附件含有保密信息，如您误收，请立即删除。
""",
        body="""
各市场监管所：
为巩固象牙禁贸成果，局决定开展象牙及其制品市场专项检查。
一、检查对象：古玩市场、工艺品店、旧货市场及网络交易平台经营者。
二、检查重点：是否销售、展示象牙及其制品，是否发布相关广告。
三、请于11月30日前报送检查情况。
璐原市市场监督管理局
2023年11月1日
""",
    ),
]
