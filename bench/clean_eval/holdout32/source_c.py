"""holdout32, part C: written blind. Invented sites, counties, people, URLs and chrome."""

CASES = [
    dict(
        slug="training-anmo-school-brochure",
        site="明手职业培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="https://www.mingshou-px.example.com/zsjz/2025/blind-massage.html",
        title="2025年盲人医疗按摩培训班招生简章",
        record_title="【火热招生】2025年盲人医疗按摩培训班招生简章（附课程表）",
        date="2025-02-25",
        notes="training school: decorated title, floating consult box and a 400 line, the school's own 报名电话 kept; course table",
        page="""
!m 明手职业培训学校　一技在手　自立自强
!m 学校首页 > 招生简章
!t 【火热招生】2025年盲人医疗按摩培训班招生简章（附课程表）
!w 在线咨询 ☎ 400-600-3321　报名立减200元
{BODY}
!w 扫码加班主任微信，获取试听名额
!l 热门课程：康复理疗师 | 小儿推拿 | 足部反射疗法
!m 学校地址：棠浦市南环路86号
""",
        body="""
为帮助视力残疾人提升就业技能，我校受市残联委托，举办2025年盲人医疗按摩培训班，现面向社会招生。
一、招生对象：持有残疾人证的视力残疾人，年龄18至50周岁。
二、课程设置
课程　课时　授课方式
人体解剖基础　60　盲文教材与模型触摸
推拿手法　160　一对一带教
临床实习　120　合作医院跟诊
三、培训费用全免，外地学员免费提供住宿。
报名电话：0595-27603318（教务处 周老师）。
明手职业培训学校
2025年2月25日
""",
    ),
    dict(
        slug="app-fanwen-muou-report-reading-mode",
        site="妙笔范文App (invented)",
        style="范文APP",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://share.miaobi-app.example.com/r/8Hq2Lx?from=copy",
        title="县木偶剧团2024年度工作报告",
        record_title="县木偶剧团2024年度工作报告｜妙笔范文",
        date="2025-01-15",
        notes="HTML app share page: open-app bar, member paywall line between paragraphs, AI-rewrite button glued after a sentence; 成文日期 at the end",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>县木偶剧团2024年度工作报告｜妙笔范文</title></head><body>
<div class="openapp">⟦a 打开妙笔App，阅读体验更流畅⟧</div>
<div class="card"><h2>{T}</h2><div class="sub">⟦m 妙笔范文 · 已有 3.2万 人复制⟧</div></div>
<div class="txt">
{BODY}
</div>
<div class="bar">⟦a 复制全文　AI改写　导出Word⟧</div>
<div class="rec"><p>⟦l 你可能还需要⟧</p><p>⟦l 剧团年度演出计划范文⟧</p><p>⟦l 非遗传承工作汇报⟧</p></div>
<div class="copy">⟦d 妙笔范文所有内容仅供个人学习参考⟧</div>
</body></html>
""",
        body="""
2024年，县木偶剧团在县文广旅体局的领导下，坚持守正创新，全年演出一百八十六场，观众六万余人次。
一、传承有新举措。剧团招收学徒八名，整理传统提线木偶剧目十二个，完成《渔港夜话》等三部老戏的复排。⟦a ✦AI一键改写本段⟧
二、惠民有新成效。开展“木偶进校园”“送戏下乡”活动一百零四场，覆盖全县十九个乡镇。
⟦a 开通VIP即可解锁剩余全部内容⟧
三、存在的不足。演员年龄结构偏大，排练场地紧张，对外交流偏少。
2025年，剧团将力争创排一部新剧目，并申报省级非遗生产性保护基地。
泖湾县木偶剧团
2025年1月15日
""",
    ),
    dict(
        slug="gkforum-yizhan-interview-floors-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-90031-1-1.html",
        title="乡镇驿站岗面试经验分享",
        record_title="【上岸帖】乡镇驿站岗面试经验分享（附答题框架）",
        date="2025-06-18",
        notes="exam forum post with junk; 发表于 is the page date (no date in the document); floors; hidden-content prompt",
        junk=dict(lines=2, glued=1),
        page="""
!m 上岸公考论坛 » 面试交流区 » 经验分享
!t 【上岸帖】乡镇驿站岗面试经验分享（附答题框架）
!m 楼主 拾光上岸　发表于 2025-06-18 22:41
!m 积分 2310　帖子 188　精华 3
{BODY}
!a 本帖隐藏的内容：回复后可查看答题框架
!l 回复 沙发 今年一定上岸：感谢楼主！
!l 回复 板凳 面霸小吴：结构化真的要多练
!m 论坛微信群：sa_gk2025（备注面试）
""",
        body="""
今年报考的是泓口县乡镇快递驿站管理岗，笔试第三进面，最后总分第一，把经验分享给大家。
一、准备阶段。我从笔试出成绩开始每天练两道题，一共练了四十多天，前两周重在框架，后面重在表达。
二、答题时不要背模板。考官更看重你对乡镇工作的理解，比如快递进村的“最后一公里”，最好结合自己调研的数据来说。
三、注意礼仪细节。进门问好、答题前看题三十秒、结束时说“答题完毕”，这些都不要漏。
最后祝大家都能上岸！
""",
    ),
    dict(
        slug="wiki-yanbiao-entry-example-date",
        site="公文百事通 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.gongwen-bst.example.com/item/航标维护公告",
        title="航标维护公告",
        record_title="航标维护公告_公文百事通",
        date=None,
        notes="encyclopaedia entry: an example date inside a sentence and ××××年×月×日 placeholders are not dates; edit links and a catalogue box",
        page="""
!m 公文百事通 · 人人都能查的公文百科
!t 航标维护公告_公文百事通
!a 编辑词条　｜　添加义项　｜　收藏
!l 目录：1 定义　2 主要内容　3 写作要点　4 例文
{BODY}
!m 词条统计：浏览次数 6781　编辑次数 4次　最近更新：5天前
!d 本词条由网友共同编辑，如有错误欢迎指正。
""",
        body="""
航标维护公告，是航标管理机构在航标设置、撤除、移位或维护期间，向船舶和相关单位发布的告知性公文。
其主要内容包括：维护航段、起止时间、对通航的影响以及注意事项。
写作时应写明具体日期，例如“定于2019年5月6日至5月8日对某某航段进行维护”，不宜使用“近日”等模糊表述。
例文落款一般为发布机关名称，并注明“××××年×月×日”。
""",
    ),
    dict(
        slug="netdisk-fenggang-plan-share-page",
        site="云筐网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunkuang.example.com/s/1xQ8mKpwZ7",
        title="砾川渔港防台风应急预案",
        record_title="砾川渔港防台风应急预案.pdf",
        date="2025-05-20",
        notes="HTML cloud-drive share page: file-name title, share and expiry stamps not dates, a save/download bar, a login prompt; Chinese-numeral date at the end",
        page="""
<html><head><meta charset="utf-8"><title>砾川渔港防台风应急预案.pdf_免费高速下载|云筐网盘</title></head><body>
<div class="top">⟦m 云筐网盘⟧ ⟦a 登录 ｜ 注册领5T空间⟧</div>
<div class="file"><h3>⟦t 砾川渔港防台风应急预案.pdf⟧</h3>
<p>⟦m 分享者：港务小林　分享时间：2025-06-02 15:10　有效期：永久⟧</p>
<p>⟦a 保存到我的网盘　　普通下载　　极速下载(会员)⟧</p></div>
<div class="preview"><p>⟦m 文件预览（第1—3页）⟧</p>
{BODY}
</div>
<div class="tip">⟦d 请勿相信文件中的任何联系方式及链接，谨防诈骗⟧</div>
<div class="ft">⟦m 云筐网盘 ©2025　沪ICP备2023017765号⟧</div>
</body></html>
""",
        body="""
为有效防范台风灾害，最大限度减少人员伤亡和财产损失，结合砾川渔港实际，制定本预案。
一、组织机构。成立渔港防台风指挥部，由港长任总指挥，下设船舶调度、人员转移、后勤保障三个工作组。
二、预警响应。接到台风蓝色预警后，全部渔船回港避风；橙色预警以上，船上人员一律上岸转移。
三、转移安置。转移人员统一安置在砾川镇中心小学和渔民文化中心，由镇政府负责生活保障。
四、值班值守。预警期间实行二十四小时值班，值班电话：0576-87651190。
砾川渔港管理委员会
二〇二五年五月二十日
""",
    ),
    dict(
        slug="snapshot-kejiguan-text-cache",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.sousou.example.com/c?u=www.tangpu-kjg.example.org/gg/0412.html",
        title="棠浦市科技馆暑期闭馆维护公告",
        record_title="棠浦市科技馆暑期闭馆维护公告 - 快照 - 搜搜",
        date="2025-07-02",
        notes="text-only snapshot: snapshot stamp and keyword highlight banner chrome; the page's own 发布日期 line; the site's hotline in footer",
        page="""
!d 这是 www.tangpu-kjg.example.org/gg/0412.html 的快照，保存于 2025年7月20日 03:11:45。
!d 搜搜与网页作者无关，不对其内容负责。当前页面可能已经更改。
!m 您搜索的关键词已高亮显示：科技馆 闭馆
!m 棠浦市科技馆 — 点亮好奇心
!t 棠浦市科技馆暑期闭馆维护公告
!m 发布日期：2025年7月2日
{BODY}
!m 参观预约热线：0595-27552000
!m 棠浦市科技馆 版权所有 闽ICP备2020009912号
""",
        body="""
各位观众：
为提升展品质量和参观体验，我馆定于2025年7月14日至7月27日闭馆，对三楼“宇宙探秘”展厅进行设备维护和展品更新。
闭馆期间，科普大篷车进社区、线上科普课堂等活动照常开展。
已预约上述期间参观的团队，我馆将逐一电话联系改期。
7月28日起恢复开放，欢迎大家届时前来参观。
""",
    ),
    dict(
        slug="print-dongwuyuan-rules-print-view",
        site="蕉原野生动物园 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.jiaoyuan-zoo.example.com/print.aspx?id=401",
        title="蕉原野生动物园游客安全须知",
        record_title="打印预览 - 蕉原野生动物园游客安全须知",
        date="2025-04-01",
        notes="HTML print template: print/close buttons, print time and URL lines, a print footer with page of total; rule speaks of 扫码 and 打印 in its articles",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 蕉原野生动物园游客安全须知</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印本页】 【关闭本页】⟧</div>
<div class="ph">⟦m 蕉原野生动物园官方网站⟧</div>
<div class="ph">⟦m 打印时间：2025/7/30 10:02　本文地址：https://www.jiaoyuan-zoo.example.com/news/401.html⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p 第1页 / 共1页⟧</div>
</body></html>
""",
        body="""
第一条　游客入园须扫码购票或出示已打印的纸质门票，一人一票，身高1.2米以下儿童免票。
第二条　自驾游览区内严禁开窗、下车，严禁投喂动物，车辆须按指示线路低速行驶。
第三条　步行区请勿翻越护栏，勿拍打玻璃，勿使用闪光灯拍摄夜行动物。
第四条　遇突发情况，请立即拨打园区救援电话0598-53300110，并听从工作人员指挥。
第五条　本须知自2025年4月1日起施行。
蕉原野生动物园管理处
2025年4月1日
""",
    ),
    dict(
        slug="mail-liangku-forward-request",
        site="筇岭粮食局邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:archive/qionglingls/2025/msg-00731.eml",
        title="关于筇岭中心粮库仓顶防水维修资金的请示",
        record_title="Fw: 关于筇岭中心粮库仓顶防水维修资金的请示.docx",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="forwarded mail: From/To/sent headers and the mail's attachment header are chrome; the document's own 附件 list and 抄送 kept; sent date differs",
        page="""
!m 发件人：筇岭县粮食和物资储备局办公室 <lsj_office@qionglingls.example.gov.cn>
!m 收件人：财务股；仓储股
!m 发送时间：2025年5月9日(星期五) 上午9:14
!t Fw: 关于筇岭中心粮库仓顶防水维修资金的请示.docx
!m 附件（1 个）：请示正文及预算表.zip（86.2K）
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由内网邮件系统发出，请勿直接回复。
""",
        body="""
筇岭县财政局：
我局所属中心粮库三号、五号仓建于1998年，仓顶防水层老化严重，今年汛期多次出现渗漏，威胁储粮安全。
经专业机构勘查测算，两栋仓房仓顶防水维修共需资金四十二万六千元。
恳请县财政局予以安排专项资金，以保障储粮安全。
妥否，请批示。
附件：1．仓顶防水维修工程预算表
2．仓房渗漏情况照片
筇岭县粮食和物资储备局
2025年5月8日
抄送：县发展和改革局。
""",
    ),
    dict(
        slug="fanwen-youzheng-speech-html-old-table",
        site="文海范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wenhaifw.example.com/jianghua/2025/0215/12088.html",
        title="在邮政分公司2025年工作会议上的讲话",
        record_title="【领导讲话】在邮政分公司2025年工作会议上的讲话（可编辑）_文海范文网",
        date="2025-02-15",
        notes="old gb2312 table layout 范文 site: floating QQ box, font-size row, hot list; speaker line neutral, date under the title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【领导讲话】在邮政分公司2025年工作会议上的讲话（可编辑）_文海范文网</title></head><body>
<table width="960" align="center"><tr><td>⟦m 文海范文网 www.wenhaifw.example.com⟧</td><td>⟦a 设为首页 加入收藏⟧</td></tr></table>
<table width="960"><tr><td>⟦m 文海范文网 → 讲话稿 → 企业讲话⟧</td></tr></table>
<table width="960"><tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">分公司总经理　沈其昌</td></tr>
<tr><td align="center">（2025年2月15日）</td></tr>
<tr><td align="center">⟦a 〖字体：加大 正常 减小〗⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<div id="float">⟦w 代写讲话稿 QQ 3197720453⟧</div>
<table width="960"><tr><td>⟦l 本类热门：在党风廉政建设会上的讲话 / 年度表彰大会主持词⟧</td></tr>
<tr><td>⟦d 文海范文网所载文章均由网友提供，仅供参考⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开分公司2025年工作会议，回顾去年工作，部署今年任务。
2024年，分公司寄递业务收入同比增长百分之十一，农村电商服务站点达到二百三十个，“邮政快递进村”实现行政村全覆盖。
今年要突出抓好三项工作：一是推进寄递网点标准化改造，二是做强金融业务，三是压实安全生产责任。
同志们，新的一年任务艰巨，希望大家鼓足干劲，奋力完成全年各项目标任务。
""",
    ),
    dict(
        slug="wenku-dizhen-drill-plan-wrapped-markers",
        site="墨香文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.moxiang-wk.example.com/doc/5521908.html",
        title="磬山县第二中学防震应急疏散演练方案",
        record_title="磬山县第二中学防震应急疏散演练方案-墨香文库",
        date="2025-04-08",
        notes="文库 text hard-wrapped at 60 columns and cut by page markers 〘n〙 glued or not; preview-end prompt",
        wrap=60,
        indent="　　",
        pages=dict(fmt="〘{n}〙", every=130, start=2, glue="mix"),
        page="""
!m 墨香文库　海量文档 在线阅读
!t 磬山县第二中学防震应急疏散演练方案-墨香文库
!m 贡献者：sz_jiaowu　页数：3页　阅读：482
{BODY}
!a —— 试读结束，余下内容请下载后阅读 ——
!a 立即下载（2下载券）　　收藏　　举报
!l 相关推荐：中学消防疏散演练方案　学校安全应急预案汇编
""",
        body="""
为增强师生防震避险意识和自救互救能力，确保地震发生时能迅速、有序疏散，结合我校实际，制定本方案。
一、演练时间：2025年4月18日（星期五）上午第二节课。
二、演练流程：警报响起后，师生就地避险一分钟，随后按指定路线疏散至操场，各班班主任清点人数并报告。
三、疏散路线：教学楼东侧班级走东楼梯，西侧班级走西楼梯，严禁拥挤推搡。
四、安全要求：各楼层安排教师引导，医务室做好救护准备，演练结束后进行讲评。
磬山县第二中学
2025年4月8日
""",
    ),
    dict(
        slug="news-jiedusuo-html-open-day",
        site="篁湾融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huangwan-rm.example.cn/content/2025-06/26/art_7740.html",
        title="篁湾强制隔离戒毒所举办禁毒日家属开放日活动",
        record_title=None,
        date="2025-06-26",
        notes="HTML county media page, no record title: title in h1 and og tag; font-size and share bar glued; 发布时间 byline; photo caption",
        page="""
<html><head><meta charset="utf-8"><meta property="og:title" content="篁湾强制隔离戒毒所举办禁毒日家属开放日活动"><title>篁湾融媒</title></head><body>
<div class="hdr">⟦m 篁湾融媒 · 篁湾县融媒体中心⟧</div>
<div class="menu">⟦m 要闻 | 乡镇 | 部门 | 民生 | 直播⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 篁湾融媒　发布时间：2025-06-26 18:05　阅读量：3.1万⟧ ⟦a 字号：A+ A-⟧</div>
{BODY}
<div class="share">⟦l 分享：朋友圈 ｜ 微博 ｜ 复制链接⟧</div>
<div class="more"><b>⟦l 推荐阅读⟧</b><p>⟦l 篁湾县开展禁毒宣传进社区活动⟧</p></div>
<div class="ft">⟦m 新闻热线：0574-65551234⟧ ⟦d 篁湾县融媒体中心版权所有⟧</div>
</body></html>
""",
        body="""
6月26日是国际禁毒日，篁湾强制隔离戒毒所举办家属开放日活动，四十余名戒毒人员家属走进所区，参观生活区、教育矫治中心和康复训练场。
活动中，家属们观看了学员排演的情景剧《回家的路》，不少家属当场落泪。
⟦m 图为家属参观学员习艺车间。记者 芮晴 摄⟧
所长宁志刚表示，家庭支持是戒毒人员回归社会的重要力量，所里将继续坚持亲情帮教，帮助学员重建家庭关系。
""",
    ),
    dict(
        slug="wechat-diaoyuxiehui-pledge-mirror",
        site="箬溪县垂钓协会 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://wx.mirror-reader.example.org/a/ruoxi_chuidiao/20250301",
        title="文明垂钓　守护箬溪——致全县钓友的倡议书",
        record_title="倡议丨文明垂钓　守护箬溪——致全县钓友的倡议书",
        date="2025-03-01",
        notes="WeChat mirror text page: account line date equals the 成文日期; 点击蓝字关注 at the top, 在看/点赞 bar and a reward box at the bottom; 关注 sentence in the body kept",
        page="""
!a 点击上方蓝字“箬溪垂钓”关注我们
!t 倡议丨文明垂钓　守护箬溪——致全县钓友的倡议书
!m 箬溪县垂钓协会　箬溪垂钓　2025-03-01 07:30
{BODY}
!l 👍 点赞　❤ 在看　↗ 转发
!a 喜欢作者？赞赏支持一下
!m 微信号：ruoxi_chuidiao
!d 镜像页面，内容版权归原作者所有
""",
        body="""
全县广大钓友：
春暖花开，又到垂钓好时节。为保护箬溪水域生态，协会向全县钓友倡议：
一、遵守禁渔期规定，3月1日至6月30日禁渔期内不在禁钓水域垂钓。
二、坚持一人一杆一线一钩，不使用锚钩、网具等违规钓具。
三、带走垃圾，不在河道乱扔饵料袋和钓线。
四、注意安全，远离高压线，雨天不在堤岸边缘垂钓。
请钓友们关注协会公众号，及时了解各水域禁钓信息。
箬溪县垂钓协会
2025年3月1日
""",
    ),
]
