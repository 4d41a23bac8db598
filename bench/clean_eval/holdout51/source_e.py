"""holdout51, part E. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="app-bixia-report-saltworks-text",
        site="笔下范文APP 分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.bixiaapp.com/a/7Q2mPz91",
        title="盐场晒盐车间主任2025年度述职报告",
        record_title="盐场晒盐车间主任2025年度述职报告｜笔下范文",
        date="2026-01-08",
        notes="writing-app share page; AI-rewrite button glued after a sentence; open-in-app prompts",
        page="""
!a 打开笔下范文APP，查看完整排版
{T}
!m 笔下范文 · 述职报告频道 · 已有 4.1万 人使用
{BODY}
!a 👉 一键生成同类述职报告　👉 换个风格再写一篇
!l 大家还在看：班组长述职报告　车间副主任述职报告
!d 内容由用户分享，仅供参考
""",
        body="""
各位领导、同事们：
2025年，我担任晒盐车间主任，在场部领导下，带领车间56名职工，完成原盐生产9.8万吨，占全场产量的34%。现将一年来的工作述职如下。
一、抓生产。合理安排纳潮、制卤、结晶各环节，抢抓晴好天气，全年有效晒盐天数达到187天。⟦a ✨AI润色这一段⟧
二、抓安全。坚持班前安全讲话，全年车间无一起轻伤以上事故。
三、抓队伍。组织技术比武两次，带出了3名能独立操作收盐机的青年骨干。
不足之处是车间设备老化，维修成本偏高。明年我将继续努力，争取更好成绩。
述职人：梁海生
2026年1月8日
""",
    ),
    dict(
        slug="app-wenquan-insight-volunteer-oneline",
        site="文泉写作 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.wenquanxiezuo.com/s/xd/33017",
        title="天文科普志愿服务心得体会",
        record_title="天文科普志愿服务心得体会（精选范本）",
        date=None,
        notes="one-line body; no date (a share stamp and a relative time only); app prompts",
        page="""
!m 文泉写作｜写不出来？来文泉
!t 天文科普志愿服务心得体会（精选范本）
!m 分享于 2天前　·　收藏 212
{BODY}
!a 复制全文需开通文泉会员（限时 9.9 元/月）
!l 相关范文：志愿服务心得体会　科普讲解员工作总结
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
参加天文科普志愿服务半年来，我从一名观众变成了一名讲解员，收获很多。
一是学会了把专业知识讲通俗。面对小学生，我不讲光年的定义，而是告诉他们，光从那颗星出发，要走很多很多年才能到达我们的眼睛。
二是体会到了服务的快乐。每当有孩子通过望远镜第一次看到月球环形山时欢呼，我就觉得所有的准备都值得。
三是找到了自己的不足。我的天文知识还不够系统，今后要多读书、多请教。
""",
    ),
    dict(
        slug="examforum-shenlun-umbrella-text",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="text",
        source="http://bbs.shanganba.com/thread-901233-1-1.html",
        title="让非遗老手艺在新时代“撑开”新天地",
        record_title="[申论范文] 让非遗老手艺在新时代“撑开”新天地（附老师点评） - 申论交流 - 上岸吧公考论坛",
        date="2025-05-09",
        notes="exam forum; poster's aside and teacher comment after; forum junk glued; 发表于 line",
        page="""
!m 上岸吧公考论坛 › 申论交流 › 范文精析
!t [申论范文] 让非遗老手艺在新时代“撑开”新天地（附老师点评）
!m 楼主　申论小白兔　发表于 2025-5-9 22:17　[只看楼主]
!m 楼主碎碎念：省考模拟题，写了一个半小时，求拍砖～
{T}
{BODY}
!l 老师点评：立意准确，论证层次清楚，第三段例子可再具体些。得分 28/40。
!l 回复　沉迷行测：写得好，收藏了
!a 回帖后可见附件：申论高分范文合集.pdf
""",
        junk=dict(lines=1, glued=1),
        body="""
一把油纸伞，撑起的是江南烟雨，也是绵延千年的匠心。在伞坪，这门老手艺曾一度面临“人走艺绝”的困境，如今却在传习所、直播间里焕发新生。让非遗老手艺在新时代“撑开”新天地，需要守正，更需要创新。
守正，就是守住技艺的根脉。七十二道工序，一道也不能省，这是老手艺的尊严所在。
创新，就是让老手艺走进新生活。把传统图案与现代审美结合，把伞坊开进景区、开到网上，老手艺才能养活手艺人。
传承，归根到底要靠人。只有让年轻人愿意学、学得成、留得住，非遗才能真正活起来。
""",
    ),
    dict(
        slug="examforum-interview-question-html",
        site="公考驿站 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.gkyizhan.net/forum/post/55120.html",
        title="面试题：县里要建设竹编产业园，你如何做好前期调研？",
        record_title="[面试真题] 面试题：县里要建设竹编产业园，你如何做好前期调研？（附答题思路） - 面试区 - 公考驿站",
        date="2025-08-14",
        notes="exam forum HTML; 发布于 line; numbered answer kept; course ad box between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 面试题：县里要建设竹编产业园，你如何做好前期调研？（附答题思路） - 面试区 - 公考驿站</title></head>
<body>
<div class="hd">⟦m 公考驿站 · 陪你一路上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="crumb">⟦m 公考驿站 › 面试区 › 真题回忆⟧</div>
<div class="post"><div class="auth">⟦m 驿站面试组⟧ ⟦m 发布于 2025-08-14 10:02⟧</div>
<h1>{T}</h1>
{BODY}
</div>
<div class="rp">⟦l 全部回复(23)⟧ ⟦l 篁溪考生：今年遴选原题！⟧</div>
<div class="ft">⟦m 公考驿站 gkyizhan.net⟧ ⟦d 本站真题均为考生回忆，仅供备考参考⟧</div>
</body></html>
""",
        body="""
【参考答案】
调研是决策的基础。如果由我负责前期调研，我会从以下几方面着手：
1.摸清家底。到县林业局、统计局收集竹林资源、竹编企业和从业人员数据，形成基础台账。
2.深入一线。走访竹编企业、作坊和老艺人，了解他们在用地、用工、销售上的实际需求。
⟦a 驿站面试精品班火热招生中，点击了解⟧
3.学习借鉴。查阅外地竹产业园的建设经验，分析其成败得失。
4.形成报告。把调研情况梳理成报告，提出产业园选址、功能布局和扶持政策的建议，供领导决策参考。
""",
    ),
    dict(
        slug="wiki-baike-opening-speech-text",
        site="知典百科 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.zhidianbaike.com/item/文化节开幕词",
        title="文化节开幕词",
        record_title="文化节开幕词_知典百科",
        date=None,
        notes="encyclopaedia entry; template placeholders and an example date inside a sentence; edit stamps not dates",
        page="""
!m 知典百科　|　全球中文知识平台
!a 编辑词条　　添加义项　　讨论
!t 文化节开幕词_知典百科
!m 本词条由“知典公文写作组”编辑　最近更新：2025-06-30
!l 目录：1 概述　2 结构　3 范例
{BODY}
!l 词条标签：公文写作　讲话稿　开幕词
!m 浏览次数：18344　编辑次数：9次
!d 本词条内容仅供参考，如需专业意见请咨询相关人士
""",
        body="""
文化节开幕词是在文化节开幕式上由主办方领导发表的讲话，用于宣布文化节开幕、介绍活动安排、表达欢迎之意。
开幕词一般由标题、称谓、正文和结语组成。正文通常先致欢迎词，再介绍举办背景和主要活动，最后表达祝愿。
范例：
尊敬的各位来宾，朋友们：
在这金秋送爽的美好时节，第×届××纸伞文化节今天隆重开幕了！我谨代表××县委、县政府，向各位嘉宾表示热烈的欢迎！
本届文化节将持续×天，期间将举办非遗展演、手艺大赛等活动。
最后，我宣布：第×届××纸伞文化节开幕！
写作时，落款日期写成“20××年×月×日”的样式，不要照搬例子里的“2019年10月1日”。
""",
    ),
    dict(
        slug="wiki-wenda-pledge-entry-html",
        site="问典 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="html",
        source="https://wendian.cn/wiki/倡议书格式",
        title="倡议书的格式和写法",
        record_title=None,
        date=None,
        notes="encyclopaedia HTML; no record title; numbered structure list; view and edit stamps; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问典</title></head>
<body>
<div class="top">⟦m 问典⟧ ⟦a 创建词条⟧ ⟦a 个人中心⟧</div>
<h1>{T}</h1>
<div class="stat">⟦m 浏览 5632 次　最后编辑于 1周前⟧</div>
<div class="toc">⟦l 目录 收起⟧</div>
<div class="wiki">
{BODY}
</div>
<div class="ref">⟦l 参考资料：《应用文写作教程》⟧</div>
<div class="edit">⟦a 我来完善⟧ ⟦a 纠错⟧</div>
<div class="ft">⟦d 词条内容由网友协作编辑，不代表问典观点⟧</div>
</body></html>
""",
        body="""
倡议书是个人或集体向社会公众提出建议、发起某项活动时使用的文书。
倡议书通常包括以下几个部分：
1.标题。一般写“倡议书”或“关于××的倡议书”。
2.称谓。根据倡议对象写，如“广大居民朋友们”。
3.正文。先写倡议的背景和目的，再分条写明倡议的具体内容。
4.结尾。表达倡议者的决心和希望。
5.落款。写明倡议者名称和日期。
""",
    ),
    dict(
        slug="netdisk-qiyuan-plan-docx-text",
        site="橙盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.chengpan.cn/s/1aQ7zLm0x",
        title="漆原县首届漆艺博览会筹备工作方案",
        record_title="漆原县首届漆艺博览会筹备工作方案.docx",
        date="2025-05-06",
        notes="file-name title; cloud-drive share page (expiry, save, login); decimal headings; date under signature",
        page="""
!m 橙盘　｜　超大空间，极速分享
!t 漆原县首届漆艺博览会筹备工作方案.docx
!m 分享者：漆原文旅小周　　分享时间：2025-05-09 11:20　　有效期：永久有效
!a 保存到我的橙盘　　下载（需登录）　　举报
!m 文件大小：41.2KB
{BODY}
!a 在线预览仅显示文字内容，完整格式请下载后查看
!d 橙盘严厉打击传播违法违规内容，如发现请举报
""",
        body="""
1.总体安排
1.1 博览会定于2025年10月18日至20日在漆原县会展中心举办。
1.2 主题为“千年漆韵·匠心漆原”。
2.筹备机构
2.1 成立博览会筹备委员会，县政府分管副县长任主任。
2.2 筹委会下设综合协调、招展招商、宣传推广、安全保卫四个工作组。
3.时间节点
3.1 6月30日前完成招展方案和宣传方案。
3.2 9月30日前完成展位搭建和参展商确认。
漆原县文化和旅游局
2025年5月6日
""",
    ),
    dict(
        slug="netdisk-xueao-emergency-plan-html",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="预案",
        kind="plan",
        form="html",
        source="https://yunxia.link/share/8f2b1c77",
        title="雪岙滑雪场突发事件应急预案",
        record_title=None,
        date="2025-11-20",
        notes="cloud-drive preview in HTML; no record title; file name shown as a title repeat; rescue phone of the document kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>云匣网盘 - 文件分享</title></head>
<body>
<div class="bar">⟦m 云匣网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦t 雪岙滑雪场突发事件应急预案.pdf⟧ ⟦m 2.3MB　2025-11-24 分享　3天后过期⟧</div>
<div class="act">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 极速下载（会员）⟧</div>
<div class="pv"><h2>{T}</h2>
{BODY}
</div>
<div class="ft">⟦d 请勿通过云匣网盘传播侵权及违法内容⟧</div>
</body></html>
""",
        body="""
一、总则
为及时有效处置滑雪场发生的人员受伤、缆车故障、雪崩等突发事件，保障游客生命安全，制定本预案。
二、组织机构
滑雪场成立应急指挥部，总经理任总指挥，下设救援组、医疗组、疏散组、后勤组。
三、处置程序
（一）接到报警后，救援组5分钟内到达现场，医疗组同步出动。
（二）伤情较重的，立即拨打120，并由场内救援车送至山下接驳点。
（三）缆车故障导致乘客滞留的，按照缆车救援规程实施疏散。
四、应急联系
场内救援电话：0576-8812119
雪岙滑雪场有限公司
2025年11月20日
""",
    ),
    dict(
        slug="snapshot-chuyuan-gov-frame-html",
        site="搜见快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soujian.com/c?u=http%3A%2F%2Fwww.chuyuan.gov.cn%2Fxxgk%2F20250303_7718.html",
        title="楮原县关于申报2025年传统工艺振兴项目的通知",
        record_title="楮原县关于申报2025年传统工艺振兴项目的通知 - 搜见快照",
        date="2025-03-03",
        notes="snapshot frame header (crawl stamp not a date); the original page's chrome inside; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>楮原县关于申报2025年传统工艺振兴项目的通知 - 搜见快照</title></head>
<body>
<div class="snap-head">⟦m 这是 搜见 对 http://www.chuyuan.gov.cn/xxgk/20250303_7718.html 的缓存。这是该网页在 2025年4月2日 08:11:37 的快照。⟧<br>⟦m 当前页面可能已经更改，请点击这里查看最新网页⟧</div>
<div class="orig">
<div>⟦m 楮原县人民政府网⟧</div>
<div>⟦m 首页 &gt; 信息公开 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<div>楮文旅〔2025〕6号</div>
<div>⟦m 发布时间：2025-03-03　信息来源：县文旅局⟧</div>
{BODY}
<div>⟦a 打印本页⟧ ⟦a 关闭⟧</div>
<div>⟦m 楮原县人民政府办公室主办⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为推进传统工艺振兴，现组织开展2025年传统工艺振兴项目申报工作。有关事项通知如下：
一、申报范围：古法造纸、竹木雕刻、传统织染等传统工艺的传承基地建设、技艺研究和产品开发项目。
二、申报要求：申报单位须在本县注册，具有稳定的传承团队和生产场所。
三、申报时间：即日起至3月31日。
联系人：邹楮生　电话：0563-4110326
附件：1.传统工艺振兴项目申报书
2.项目汇总表
楮原县文化和旅游局
2025年3月3日
""",
    ),
    dict(
        slug="snapshot-xingyuan-textcache",
        site="搜见快照（纯文字） (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.soujian.com/t?u=http%3A%2F%2Fwww.xyobs.ac.cn%2Ftzgg%2F2025%2F1102.html",
        title="星垣天文台关于观测楼临时封闭施工的通知",
        record_title=None,
        date="2025-11-02",
        notes="text-only cache header; no record title; title repeated; snapshot stamp not the date",
        page="""
!m 搜见快照 · 纯文字版　|　查看完整版本
!m 该快照保存于 2025-11-30 22:04，原网页可能已变更
!m 星垣天文台 Xingyuan Observatory
!m 首页 ｜ 科学研究 ｜ 科普教育 ｜ 通知公告
{T}
!m 2025-11-02　台办公室
{BODY}
!l 相关通知：关于2025年冬季公众夜间观测活动安排的通知
!m 地址：星垣市凤鸣山天文路1号
""",
        body="""
各部门、全体职工：
因观测楼屋面防水和圆顶驱动系统改造需要，观测楼将于11月10日至12月20日临时封闭施工。现将有关事项通知如下：
一、施工期间，1.2米望远镜和0.6米望远镜暂停观测，已批准的观测时间顺延安排。
二、施工区域设置围挡，非施工人员不得进入。
三、公众开放活动暂停，已预约的团体由科普部负责联系改期。
如有疑问，请联系台办公室，电话：0873-5136000。
星垣天文台办公室
2025年11月2日
""",
    ),
    dict(
        slug="print-miao-station-plan-text",
        site="蜜坳县畜牧服务中心 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://xmzx.miao.gov.cn/print.aspx?id=3372",
        title="蜜坳县2025年蜂产业技术服务工作方案",
        record_title="打印预览 - 蜜坳县2025年蜂产业技术服务工作方案",
        date="2025-02-20",
        notes="print view: print header, URL line and print footer; hard-wrapped at 58 columns; print stamp not a date",
        page="""
!a 〖打印本页〗　〖关闭〗
!m 蜜坳县畜牧服务中心
{T}
!m 来源：中心办公室　　日期：2025-02-20
{BODY}
!m 本页地址：http://xmzx.miao.gov.cn/show.aspx?id=3372
!m 打印时间：2025/12/01 15:33
!p ∽ 页 1 / 1 ∽
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
为提升全县蜂产业技术服务水平，促进蜂农增收，结合我县实际，制定本方案。
一、工作目标。全年培训蜂农1200人次，建设中蜂标准化示范蜂场10个，蜂群越冬损失率控制在8%以内。
二、重点任务。一是开展技术培训，采取集中授课和蜂场现场指导相结合的方式进行。二是推广良种，向蜂农提供优质蜂王2000只。三是加强疫病监测，每季度开展一次抽样检测。
三、保障措施。中心成立技术服务小组，实行技术人员包片负责制，服务情况纳入年度考核。
""",
    ),
    dict(
        slug="print-luchuan-preview-html",
        site="卤川县人民政府网 打印预览 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.luchuan.gov.cn/print/content_20250612_5510.html",
        title="关于做好盐田区域汛期安全防范工作的通知",
        record_title="关于做好盐田区域汛期安全防范工作的通知 - 打印",
        date="2025-06-12",
        notes="print preview HTML: print buttons, URL and footer; 印发 版记 kept; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title><style>@media print{.noprint{display:none}}</style></head>
<body onload="">
<div class="noprint">⟦a [ 打印 ]⟧ ⟦a [ 关闭 ]⟧ ⟦a [ 字号 大 中 小 ]⟧</div>
<div>⟦m 卤川县人民政府⟧</div>
<h2>{T}</h2>
<div>卤政办电〔2025〕21号</div>
{BODY}
<div>⟦m 原文链接：http://www.luchuan.gov.cn/zwgk/tzgg/content_20250612_5510.html⟧</div>
<div>⟦p — 第1页 ／ 共1页 —⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，卤川盐场，县直有关单位：
我县已进入主汛期，盐田区域地势低洼，易受风暴潮和强降雨影响。为确保人员安全，现就有关工作通知如下：
一、卤川盐场要加强海堤、纳潮闸巡查，发现险情立即处置并报告。
二、台风、暴雨预警发布后，盐田作业人员一律撤离至安全区域。
三、各有关单位要严格执行24小时值班制度。
卤川县人民政府办公室
2025年6月12日
卤川县人民政府办公室　2025年6月12日印发
""",
    ),
]
