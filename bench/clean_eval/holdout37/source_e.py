"""holdout37, part E: a training school, writing apps, exam forums, encyclopaedias, cloud
drives, search caches and a print view — a sign-language class, a guide-dog base, a ginseng
farm, a seawall office, a mangrove reserve, an ice rink. Invented text."""

CASES = [
    dict(
        slug="training-shouyu-html-sign-language-class",
        site="手语桥培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shouyuqiao.example.com/zhaosheng/2025/0905.html",
        title="2025年秋季通用手语初级班招生通知",
        record_title="2025年秋季通用手语初级班招生通知（附课程表）| 手语桥培训学校",
        date="2025-09-05",
        notes="training school: floating QQ/WeChat boxes, a trial CTA, a course timetable kept, the school's own 报名电话 kept beside a 400 hotline; the notice's sentence about downloading the course app kept",
        page="""
<html><head><meta charset="utf-8"><title>2025年秋季通用手语初级班招生通知（附课程表）| 手语桥培训学校</title></head><body>
<div class="top">⟦m 手语桥培训学校　让沟通没有障碍⟧ ⟦m 咨询热线：400-826-3307⟧</div>
<div class="nav">⟦m 首页 | 课程中心 | 师资团队 | 学员风采 | 在线报名⟧</div>
<h1>⟦t 2025年秋季通用手语初级班招生通知（附课程表）⟧</h1>
<div class="meta">⟦m 发布时间：2025-09-05　浏览：742⟧</div>
<div class="body">
{BODY}
</div>
<div class="cta">⟦a 0元领取试听课⟧ ⟦a 在线报名⟧</div>
<div class="float">⟦w QQ咨询：3027716640⟧ ⟦w 微信咨询：sy-bridge⟧</div>
<div class="foot">⟦m 手语桥培训学校 版权所有　办学许可证号：教民141010270001号⟧</div>
</body></html>
""",
        body="""
为满足社会各界学习手语的需求，本校秋季开设通用手语初级班，现面向社会招生。
一、课程安排
课次　内容　时间
第一阶段　手指字母与数字　9月20日至10月11日
第二阶段　日常交流用语　10月18日至11月15日
第三阶段　公共服务场景手语　11月22日至12月20日
二、学员报名后请下载“手语桥”学习APP，完成课前预习。
三、报名电话：0712-4523180（周一至周六9:00—18:00）
手语桥培训学校
2025年9月5日
""",
    ),
    dict(
        slug="app-bimiao-speech-ginseng-harvest-festival",
        site="笔妙写作APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.bimiao.example.app/s/7Xq2Lw",
        title="在林下参开园采挖仪式上的致辞",
        record_title="在林下参开园采挖仪式上的致辞（可编辑）｜笔妙写作",
        date=None,
        notes="writing-app share page: open-in-app banner, AI-rewrite and copy buttons, member-unlock prompt between paragraphs, template placeholders (××年××月××日, ××镇) — no date",
        page="""
!a 打开笔妙写作APP，体验AI一键改写
!t 在林下参开园采挖仪式上的致辞（可编辑）
!m 笔妙写作 · 致辞模板　已有 1.2万 人使用
!a 复制　｜　AI润色　｜　导出Word
{BODY}
!a 开通笔妙会员，解锁全部 30 万篇模板
!d 模板内容由平台用户整理，仅供参考。
""",
        body="""
尊敬的各位领导、各位来宾，乡亲们：
金秋时节，我们在这里隆重举行××镇林下参开园采挖仪式。
林下参生长周期长，一棵参要在林子里长上十五年以上。十几年来，参农们守着山林，起早贪黑，终于迎来了丰收。
⟦a 以下内容为会员专享，开通后查看⟧
今年，全镇林下参采挖面积达到××亩，预计产值××万元。
祝愿大家参业兴旺、生活红火！
××参业公司
××年××月××日
""",
    ),
    dict(
        slug="app-xiezuo-summary-seaweed-wrapped",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://m.gongwenbao.example.com/share/art/55120",
        title="海带养殖场2025年上半年工作总结",
        record_title="海带养殖场2025年上半年工作总结 - 公文宝",
        date="2025-07-05",
        notes="app share, hard-wrapped at 58 columns (text copied from a narrow reader); 'continue in app' prompt at the end; likes/collects bar; 成文日期",
        wrap=58,
        indent="　　",
        page="""
!m 公文宝 · 海量公文一键套用
{T}
!m 作者：海边的阿青　　阅读 860
{BODY}
!a —— 在公文宝APP内阅读更多同类范文 ——
!l 👍 36　⭐ 收藏 19　↗ 分享
""",
        body="""
上半年，养殖场在镇党委、政府的领导下，克服春季低温和两次大风天气的不利影响，全场海带收获鲜品八千二百吨，同比增长百分之九。
一、抓好生产管理。推行分区轮养，适时调整养殖水层，避免了大面积烂苗。
二、抓好加工销售。新建晾晒场二十亩，盐渍海带和干海带销往省内外十余个城市。
三、抓好安全生产。开展海上作业安全培训四次，全场未发生安全事故。
下半年，养殖场将重点做好秋季育苗和新品种试养工作。
溱湾县海丰海带养殖场
2025年7月5日
""",
    ),
    dict(
        slug="gkforum-shenlun-html-guide-dog-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="html",
        source="https://bbs.shangan-gk.example.com/thread-114082-1-1.html",
        title="让导盲犬畅行无阻，城市才更有温度",
        record_title="[申论范文] 让导盲犬畅行无阻，城市才更有温度（考场原创，求批改） - 申论交流 - 上岸公考论坛",
        date="2025-11-30",
        notes="exam forum HTML: jammer fonts glued and on lines, floor meta with post time (the page's date), moderator's score note, reply box, exam-course ad",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 让导盲犬畅行无阻，城市才更有温度（考场原创，求批改） - 申论交流 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 论坛 › 申论交流 › 帖子⟧</div>
<div class="ad">⟦a 2026国考申论冲刺班，报名立减500元⟧</div>
<h1>⟦t [申论范文] 让导盲犬畅行无阻，城市才更有温度（考场原创，求批改）⟧</h1>
<div class="pi">⟦m 楼主　一次上岸吧　发表于 2025-11-30 22:18⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦d 版主评分：结构清晰，论据可再具体 +2⟧</div>
<div class="fastre">⟦l 快速回复：还可输入 200 字⟧</div>
<div id="ft">⟦m 上岸公考论坛 © 2014-2025⟧</div>
</body></html>
""",
        body="""
一只训练有素的导盲犬，是视障者的“眼睛”。然而，导盲犬被拒绝进入商场、地铁、餐馆的事情仍时有发生。
让导盲犬畅行无阻，首先要让规定落地。相关法规早已明确导盲犬可以进入公共场所，关键在于把规定写进各类场所的服务规范。
其次要让公众理解。导盲犬经过严格训练，不会随意吠叫、扑人，媒体和社区应多做科普。
最后要让服务跟上。公共场所工作人员要懂得如何引导视障者和导盲犬，遇到疑问主动协助而不是简单拒绝。
一座城市对待少数人的态度，体现着它的温度。
""",
    ),
    dict(
        slug="gkforum-mianshi-text-interview-ambulance",
        site="公考帮论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.gkbang.example.net/forum/post/90213",
        title="急救调度员结构化面试经验分享",
        record_title="【上岸帖】急救调度员结构化面试经验分享（附真题）",
        date="2025-09-02",
        notes="exam forum text: floor meta with post time, a 'reply to see the full question list' prompt, a course ad line between paragraphs, numbered list kept",
        page="""
!m 公考帮论坛 > 面试交流 > 事业单位
!t 【上岸帖】急救调度员结构化面试经验分享（附真题）
!m 楼主：调度台小白　发表于：2025-09-02 19:27　阅读：3320　回复：64
{BODY}
!a 本帖隐藏的内容需要回复才可以浏览
!l 回复　｜　收藏　｜　举报
""",
        body="""
上个月参加了市急救指挥中心调度员面试，侥幸上岸，写点经验回馈论坛。
面试共三道题，全部是结构化题目：
1.你如何理解“时间就是生命”在调度工作中的含义？
2.凌晨接到一个情绪激动、说不清地址的求救电话，你怎么处理？
⟦a 面试特训营开班，名师一对一点评，私信报名⟧
3.同事连续夜班后出现差错，你作为班组长怎么办？
我的体会是，调度岗位的题目都离不开“快、准、稳”三个字，答题时要结合岗位实际，不要空喊口号。
""",
    ),
    dict(
        slug="baike-shuiku-html-seawall-entry",
        site="知识百科网 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://baike.zhishi.example.com/item/海堤巡查制度/55120",
        title="海堤巡查制度",
        record_title="海堤巡查制度_知识百科",
        date=None,
        notes="encyclopaedia entry: edit/history links, catalogue box, 'references' list, example dates and a 20××年×月×日 placeholder in sentences kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>海堤巡查制度_知识百科</title></head><body>
<div class="hd">⟦m 知识百科⟧ <input value=""> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<h1>⟦t 海堤巡查制度⟧</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</div>
<div class="catalog"><b>⟦l 目录⟧</b> ⟦l 1 概述⟧ ⟦l 2 巡查内容⟧ ⟦l 3 记录格式⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 海堤工程运行管理规程解读⟧</p></div>
<div class="stat">⟦m 浏览次数：4512　最近更新：海岸线守望（2025-06-01）⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关机构。⟧</div>
</body></html>
""",
        body="""
海堤巡查制度是海堤管理单位对海堤工程进行日常检查、汛期检查和特别检查的工作制度。
巡查内容包括堤顶、堤坡、堤脚、防浪墙和涵闸等部位是否有裂缝、塌陷、渗水和人为破坏。
巡查记录一般写明巡查时间、巡查人、巡查段落和发现的问题，例如“20××年×月×日，巡查K3+200段，发现堤脚淘刷约五米”。
台风过境后，巡查应在风力减弱后及时开展，如某地规定在台风警报解除后二十四小时内完成。
""",
    ),
    dict(
        slug="baike-wenda-text-mangrove-request-sample",
        site="百问百科 (invented)",
        style="百科问答",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.baiwenbk.example.com/wenda/33718.html",
        title="红树林保护区申请巡护经费的请示怎么写",
        record_title=None,
        date=None,
        notes="Q&A-style encyclopaedia page with a sample 请示 (×× placeholders, ××××年××月××日); asker/answerer meta; helpful-vote bar; no record title and no date",
        page="""
!m 百问百科 › 公文写作 › 请示
{T}
!m 提问于 5天前 · 134 人浏览
!m 最佳回答　by 公文小助手
{BODY}
!l 这个回答对你有帮助吗？　有帮助(22)　没帮助(1)
!l 相关问题：请示和报告有什么区别？
""",
        body="""
格式可以参考下面这个样本：
关于申请××红树林保护区巡护经费的请示
××县林业局：
我保护区现有红树林××亩，巡护人员××名，巡护船只老化，现有经费难以保障日常巡护需要。
为加强红树林保护，特申请巡护经费××万元，主要用于更换巡护船只和购置监控设备。
妥否，请批示。
××红树林保护区管理站
××××年××月××日
""",
    ),
    dict(
        slug="netdisk-yunhe-html-ice-rink-safety-rules",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="html",
        source="https://pan.yunhe.example.com/s/1aK9x_rink",
        title="滑冰馆安全管理制度",
        record_title="滑冰馆安全管理制度.pdf",
        date="2025-11-20",
        notes="cloud-drive preview: share info (sharer, expiry, file size), save/download buttons, login prompt, 'page N' paragraph markers as HTML paragraphs; the rules' own 成文日期",
        pages=dict(fmt="— 第 {n} 页 —", every=130, start=2),
        page="""
<html><head><meta charset="utf-8"><title>滑冰馆安全管理制度.pdf_免费高速下载|云盒网盘</title></head><body>
<div class="hd">⟦m 云盒网盘⟧ ⟦a 登录⟧ ⟦a 注册领1T空间⟧</div>
<div class="share-info"><h2>⟦t 滑冰馆安全管理制度.pdf⟧</h2><p>⟦m 分享者：冰场小管家　分享时间：2025-11-25 10:40　有效期：永久⟧</p><p>⟦m 文件大小：312KB⟧</p>
<button>⟦a 保存到网盘⟧</button><button>⟦a 下载（312KB）⟧</button></div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 当前仅预览前 2 页，登录后查看全部⟧</div>
<div class="ft">⟦d 云盒网盘严厉打击侵权及不良信息传播，如发现请举报。⟧</div>
</body></html>
""",
        body="""
第一条　为保障滑冰人员安全，维护冰场秩序，制定本制度。
第二条　入场人员须购票或持有效证件，身高一米二以下儿童须有成年人陪同。
第三条　冰场内禁止逆向滑行、追逐打闹和携带食品饮料，初学者应在指定区域练习。
第四条　冰场每天营业前由管理人员检查冰面和护栏，冰面出现裂痕的区域须立即封闭。
第五条　本制度自印发之日起施行。
洣岗市全民健身中心
2025年11月20日
""",
    ),
    dict(
        slug="netdisk-nas-text-dispatch-drill-plan",
        site="小盒NAS分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://nas.xiaohe.example.net:5000/sharing/Kq71Zt",
        title="涢溪县急救指挥中心大型活动医疗保障演练方案",
        record_title="涢溪县急救指挥中心大型活动医疗保障演练方案.wps",
        date="2025-09-08",
        notes="NAS share text dump: share link and expiry, file path line, download button; a drill schedule table kept; decimal headings; 成文日期",
        page="""
!m 小盒NAS · 文件分享
!m /共享/急救中心/2025演练/
!t 涢溪县急救指挥中心大型活动医疗保障演练方案.wps
!m 链接有效期至：2025-12-31　分享人：admin
!a ⬇ 下载　　📋 复制链接
{BODY}
!d 本页面由小盒NAS文件服务自动生成，文件内容由分享者负责
""",
        body="""
1 演练目的
检验大型活动期间急救力量调度、现场救治和伤员转运能力。
2 演练安排
2.1 时间：2025年9月20日上午9:00。
2.2 地点：县体育场及周边道路。
2.3 演练科目：
科目　参演单位　时长
批量伤员检伤分类　城东急救站　三十分钟
伤员转运与交接　县人民医院　二十分钟
3 工作要求
各参演单位要于9月15日前完成人员、车辆和物资准备。
涢溪县急救指挥中心
2025年9月8日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-html-mangrove-closure",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.sousou.example.com/c?m=hongshulin-2025-closure",
        title="关于红树林保护区核心区封闭管理的通告",
        record_title="关于红树林保护区核心区封闭管理的通告 - 快照",
        date="2025-04-28",
        notes="snapshot frame: cache banner with the snapshot time and a highlight note, then the original page's nav and footer; the notice's own 举报电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于红树林保护区核心区封闭管理的通告 - 快照</title></head><body>
<div class="cache-banner">⟦d 这是 http://hsl.juchuan.example.gov.cn/tg/0428.html 的快照，是网页在 2025年5月3日 的存档。当前页面可能已经更改。⟧ ⟦a 查看当前页面⟧ ⟦m 以下搜索词已高亮显示：红树林 封闭⟧</div>
<div class="orig">
<div class="hd">⟦m 沮川红树林自然保护区管理局⟧</div>
<div class="nav">⟦m 首页 保护区概况 通知公告 科普宣教⟧</div>
<h2>⟦t 关于红树林保护区核心区封闭管理的通告⟧</h2>
<p>⟦m 发布日期：2025-04-28⟧</p>
{BODY}
<div class="ft">⟦m 沮川红树林自然保护区管理局 主办　地址：沮川县滨海路3号⟧</div>
</div></body></html>
""",
        body="""
为保护红树林湿地生态系统和越冬候鸟栖息地，根据有关规定，决定对保护区核心区实行封闭管理。现通告如下：
一、自2025年5月1日起，除经批准的科研监测和巡护人员外，任何人不得进入保护区核心区。
二、禁止在核心区及缓冲区内挖沙、采螺、放牧和设置渔具。
三、违反本通告的，由保护区管理局依法处理。
举报电话：0668-5518110
沮川红树林自然保护区管理局
2025年4月28日
""",
    ),
    dict(
        slug="snapshot-textcache-eye-bank-volunteer-summary",
        site="谷粒网页缓存 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://webcache.guli.example.com/search?q=cache:zhiyangeye-volunteer",
        title="眼库志愿服务队2024年工作总结",
        record_title=None,
        date="2025-01-06",
        notes="text-only cache: cache header lines with crawl time (not a date), 'text version' note, original site chrome at top and bottom; no record title",
        page="""
!d 这是谷粒对 http://www.zhiyangeye.example.com/zyfw/2025/0106.html 的缓存。它是该网页在 2025年2月17日 06:12:44 GMT 的快照。
!a 完整版本　纯文字版本　查看源代码
!m 提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F
!m 滍阳眼科医院 > 志愿服务
{T}
{BODY}
!m 滍阳眼科医院志愿服务办公室
""",
        body="""
2024年，眼库志愿服务队共有注册志愿者一百二十六人，全年开展志愿服务三百一十次，服务时长四千六百小时。
一是开展捐献宣传。走进社区、学校宣讲二十八场，现场登记角膜捐献志愿者四百余人。
二是做好家属关怀。清明节、重阳节前走访捐献者家属五十三户。
三是加强队伍培训。组织志愿者培训四期，新发展青年志愿者三十八人。
眼库志愿服务队
2025年1月6日
""",
    ),
    dict(
        slug="print-yuebing-text-factory-fire-checklist",
        site="滍阳食品厂官网打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zyfood.example.com/print.php?id=1187",
        title="关于开展中秋旺季消防安全检查的通知",
        record_title="打印 - 关于开展中秋旺季消防安全检查的通知",
        date="2025-08-25",
        notes="print view: printed-on stamp and URL at the top, print footer 'page 1 of 1' style in a new form, a 'close this window' link; a checklist (numbered) kept; printed date not the date",
        page="""
!m 打印时间：2025/9/3 下午4:12:08
!m http://www.zyfood.example.com/print.php?id=1187
!t 打印 - 关于开展中秋旺季消防安全检查的通知
!m 滍阳食品厂　|　新闻中心 > 通知公告
{BODY}
!a [ 打印本页 ]　[ 关闭窗口 ]
!p ‖ 1 ∕ 1 ‖
""",
        body="""
各车间、各部门：
中秋旺季生产期间，厂区人员密集、物料堆放多，为防范火灾事故，厂部决定开展消防安全检查。
检查内容：
1.烤炉、油炸设备周边可燃物清理情况；
2.消防通道、安全出口是否畅通；
3.灭火器、消火栓是否完好有效；
4.员工宿舍私拉乱接电线情况。
各部门于8月30日前完成自查，9月1日厂部组织复查。
滍阳食品厂安全科
2025年8月25日
""",
    ),
]
