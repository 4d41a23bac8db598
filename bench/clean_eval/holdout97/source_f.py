"""holdout97, part F: an anglers' association's catch-and-release pledge, a seaplane operator,
a field-hockey instructors' course, a cycad reserve ranger's summary in a writing app, a
rice-blast interview answer, an encyclopaedia entry on 倡议书, windmill minutes on a NAS share,
a malaria lab's rules in a text cache, broad-bean association minutes in print view and a
forwarded desert-poplar fire ban. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-chechuan-anglers-catch-release-html",
        site="砗川县钓鱼运动协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.chechuan-diaoxie.example.org.cn/xhgg/2025/0301/19.html",
        title="关于在砗川上游推行“钓获即放”的倡议",
        record_title="【协会倡议】关于在砗川上游推行“钓获即放”的倡议_砗川县钓鱼运动协会",
        date="2025-03-01",
        notes="association HTML: member login, join button, a news ticker, a 'share to anglers' group' bar and a footer with the association's own phone; the pledge's numbered points",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于在砗川上游推行“钓获即放”的倡议_砗川县钓鱼运动协会</title></head>
<body><div class="top">⟦m 砗川县钓鱼运动协会⟧ ⟦a 会员登录⟧ ⟦a 我要入会⟧</div>
<div class="ticker">⟦l 最新：3月16日春季路亚邀请赛报名开始⟧</div>
<div class="nav">⟦l 协会首页 · 协会公告 · 赛事活动 · 钓场推荐 · 会员风采⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 秘书处　2025年03月01日　浏览 590⟧</div>
<div class="con">
{BODY}
</div>
<div class="share">⟦l 转发到钓友群⟧</div>
<div class="ft">⟦m 协会秘书处电话：0745-6822 107　邮箱：cc_diaoxie@example.org.cn⟧</div>
</body></html>
""",
        body="""
广大钓友：
砗川上游是本地溪鱼的重要繁殖地。近几年，随着垂钓人数增多，上游溪鱼数量明显减少。为保护渔业资源，协会向全体会员和广大钓友倡议：
1.在砗川上游垂钓，实行“钓获即放”，不带走一条鱼。
2.使用无倒刺鱼钩，摘钩时手要沾湿，尽量缩短鱼离水时间。
3.每年3月1日至6月30日禁渔期内，不在上游河段垂钓。
4.不乱扔钓线、饵料袋等垃圾，离开时带走自己的垃圾。
让我们从自己做起，让砗川的溪鱼年年有。
砗川县钓鱼运动协会
2025年3月1日
""",
    ),
    dict(
        slug="corp-yunhai-seaplane-summer-schedule-text",
        site="云海通航 (invented seaplane operator, text page)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.yunhai-tonghang.example.com/gonggao/2025/0710.html",
        title="关于水上飞机观光航线夏季运营安排的公告",
        date="2025-07-10",
        notes="company text page: the operator's own ticketing phone in the body beside the site's sales hotline and a mini-program prompt; a schedule table; menu and copyright lines",
        page="""
!m 云海通航　YUNHAI GENERAL AVIATION
!l 首页　航线产品　安全保障　新闻公告　联系我们
!t 关于水上飞机观光航线夏季运营安排的公告 - 云海通航官网
!m 公告日期：2025-07-10
{BODY}
!w 商务合作热线：400-998-1766
!a 微信搜索“云海通航”小程序，一键购票
!d © 2025 磻岭云海通用航空有限公司 版权所有
""",
        body="""
尊敬的旅客：
为满足暑期旅游出行需求，我公司水上飞机观光航线自7月15日起执行夏季运营安排，具体如下：
航线　班次　飞行时长
磻岭湾环湾观光　每日9:00至17:00，每小时一班　约20分钟
磻岭—南湾海岛　每日10:00、15:00各一班　约40分钟
遇大风、雷雨、能见度不良等天气，航班将临时取消，已购票旅客可全额退票或改签。
每位旅客可免费携带5公斤以内的随身行李，儿童须由成人陪同乘机。
购票咨询电话：0776-2231 580
磻岭云海通用航空有限公司
2025年7月10日
""",
    ),
    dict(
        slug="training-jinqiu-hockey-instructor-course-html",
        site="劲球体育培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jinqiu-sport.example.cn/news/2025/0506/408.html",
        title="2025年曲棍球社会体育指导员培训班开班通知",
        record_title="2025年曲棍球社会体育指导员培训班开班通知｜劲球体育",
        date="2025-05-06",
        notes="training centre HTML: course ads in the sidebar, a trial-class button, a 400 line beside the course's own 报名联系人 in the body, an enrolment QR sentence in the text",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年曲棍球社会体育指导员培训班开班通知｜劲球体育</title></head>
<body><div class="hd">⟦m 劲球体育培训中心⟧ ⟦w 全国咨询：400-855-0961⟧</div>
<div class="nav">⟦l 首页 ｜ 青少年培训 ｜ 教练员培训 ｜ 赛事服务 ｜ 新闻动态⟧</div>
<div class="pos">⟦m 新闻动态 / 培训通知⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布于 2025-05-06　阅读 388⟧</div>
<div class="main">
{BODY}
</div>
<div class="aside"><h4>⟦l 热门课程⟧</h4><p>⟦l 少儿曲棍球启蒙班（4-6岁）⟧</p><p>⟦l 暑期曲棍球集训营⟧</p><p>⟦a 免费预约体验课 &gt;&gt;⟧</p></div>
<div class="ft">⟦m 劲球体育　砂洲区体育中心西门2楼⟧</div>
</body></html>
""",
        body="""
各有关单位、各位学员：
受砂洲区曲棍球协会委托，我中心定于5月24日至5月26日举办2025年曲棍球社会体育指导员培训班。现将有关事项通知如下：
一、培训内容：曲棍球基本技术、竞赛规则、青少年训练方法、运动损伤预防与处理。
二、培训对象：中小学体育教师、社区体育骨干及曲棍球爱好者，年满18周岁，身体健康。
三、培训地点：砂洲区体育中心曲棍球场及三楼会议室。
四、报名方式：请于5月18日前扫描本通知下方的报名二维码填写信息，培训费用由区曲棍球协会承担。
五、考核发证：培训结束后进行理论和实践考核，合格者颁发社会体育指导员（曲棍球）等级证书。
报名联系人：韩岑　电话：0751-3385 026
劲球体育培训中心
2025年5月6日
""",
    ),
    dict(
        slug="fanwenapp-miaobi-summary-cycad-ranger-html",
        site="妙笔公文 (invented writing app, HTML share page)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.miaobi-gongwen.example.app/share/t/55201?from=wx",
        title="苏铁自然保护区管护员2024年个人工作总结",
        record_title="苏铁自然保护区管护员2024年个人工作总结 - 妙笔公文App",
        date="2024-12-20",
        notes="writing-app HTML share: open-in-app banner, template counter, an 'expand the rest' action inside the body, a membership line, a 'similar templates' list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>苏铁自然保护区管护员2024年个人工作总结 - 妙笔公文App</title></head>
<body><div class="banner">⟦a 打开妙笔公文App，写材料快人一步⟧</div>
<div class="tpl">⟦m 妙笔公文 · 个人总结模板 · 已被使用 8,641 次⟧</div>
<h1>{T}</h1>
<div class="doc">
{BODY}
</div>
<div class="member">⟦a 开通会员，解锁全部模板并导出Word⟧</div>
<div class="similar"><h4>⟦l 相似模板⟧</h4><p>⟦l 护林员个人年度工作总结⟧</p><p>⟦l 自然保护区年度工作总结⟧</p></div>
</body></html>
""",
        body="""
2024年，我在保护区管理局和管护站的领导下，认真履行苏铁管护职责，较好地完成了各项工作任务。现总结如下。
一、巡护工作。全年巡山286天，巡护里程3100余公里，及时制止采挖野生苏铁行为3起，配合森林公安查处盗挖案件1起。
二、监测工作。对辖区内1200余株野生苏铁开展定株监测，记录开花、结实和病虫害情况，上报监测数据12期。
⟦a 展开剩余60%⟧
三、宣传工作。深入周边村寨开展保护宣传14次，向村民讲解苏铁保护知识，发放宣传册600余份。
四、不足与打算。野外识别能力还需提高，明年我将加强业务学习，努力当好苏铁的守护人。
管护员　梁木生
2024年12月20日
""",
    ),
    dict(
        slug="gkforum-anbian-interview-rice-blast-html",
        site="岸边公考论坛 (invented exam forum, HTML)",
        style="公考论坛",
        genre="面试答案",
        kind="other",
        form="html",
        source="https://bbs.anbian-gk.example.com/thread-330917-1-1.html",
        title="驻村干部组织稻瘟病防治面试题参考答案",
        record_title="[面试素材] 驻村干部组织稻瘟病防治面试题参考答案（附答题思路）- 面试交流 - 岸边公考论坛",
        date="2025-08-20",
        notes="exam-forum HTML: board path, poster's rank and coins, a paid-attachment prompt, a moderator's highlight label, replies; the 发表于 line is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试素材] 驻村干部组织稻瘟病防治面试题参考答案（附答题思路）- 面试交流 - 岸边公考论坛</title></head>
<body><div id="hd">⟦m 岸边公考论坛⟧ ⟦a 登录 ｜ 注册 ｜ 找回密码⟧</div>
<div id="pt">⟦m 岸边公考论坛 › 面试交流 › 结构化面试⟧</div>
<div class="pls">⟦m 楼主 面试冲冲冲　Lv.6 上岸预备役　岸币 1290⟧</div>
<div class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-8-20 20:05　｜　本帖被版主加入精华⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="attach">⟦a 附件：答题思路.docx（需 5 岸币下载）⟧</div></div>
<div class="reply">⟦l 沙发 稳稳上岸：第三点很实用，收下了⟧</div>
<div class="reply">⟦l 板凳 小周同学：求同类题型整理⟧</div>
<div id="ft">⟦m 岸边公考论坛 · 仅供学习交流⟧</div>
</body></html>
""",
        body="""
题目：你是一名驻村干部，村里水稻突然大面积发生稻瘟病，村民很着急。你会怎么做？
参考答案：
水稻是村民的主要收入来源，稻瘟病发生后如果处置不及时，可能造成大面积减产。我会从以下几个方面开展工作。
第一，摸清情况。第一时间联系乡镇农技站技术人员，与村干部一起到田间查看病情，弄清发病面积、品种和发病程度，向乡党委、政府报告。
第二，组织防治。在技术人员指导下，确定防治药剂和施药时间，联系植保专业化服务组织开展统防统治；对行动不便的困难户，组织党员志愿者帮助施药。
第三，稳定人心。通过村民大会和微信群讲解防治知识，说明政策性农业保险的理赔办法，帮助受损农户申请理赔。
第四，总结经验。病情得到控制后，建议明年推广抗病品种，加强病情监测，从源头上减少病害发生。
""",
    ),
    dict(
        slug="wiki-wenshu-entry-proposal-template-dates",
        site="文书百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.wenshu-baike.example.org/wiki/倡议书",
        title="倡议书",
        record_title="倡议书 - 文书百科，自由的公文知识库",
        date=None,
        notes="encyclopaedia text: a template with 20××年×月×日 and an example date inside a sentence (no date); an edit stamp, a cite-this-entry line, categories and 'see also' links",
        page="""
!m 文书百科，自由的公文知识库
!t 倡议书 - 文书百科，自由的公文知识库
!a [编辑] [查看历史] [讨论]
!m 本条目最后修订于 5 天前
{BODY}
!l 参见：公开信 ｜ 建议书 ｜ 决心书
!l 分类：公文文种 ｜ 社会事务类文书
!a 引用本条目
!d 文字内容遵循署名—相同方式共享协议发布
""",
        body="""
倡议书是机关、团体或个人为倡导某项活动、推动某种风尚，向社会公众或特定群体公开提出建议并希望共同响应的文书。
一、结构
倡议书一般由标题、称呼、正文、结尾和落款组成。正文应写明倡议的背景、目的和具体倡议事项，事项多时可分条列出。
二、写作要求
1.倡议内容要切实可行，不提过高要求。
2.语言要有感召力，但不宜使用命令性语气。
3.落款写明倡议单位和日期。
三、格式示例
关于××××的倡议书
广大××：
为了××××，我们倡议：一、××××；二、××××。
××协会
20××年×月×日
例如，某县钓鱼协会曾于2021年发出保护溪鱼资源的倡议，倡导钓友在禁渔期内不垂钓。
""",
    ),
    dict(
        slug="netdisk-nas-minutes-windmill-group-html",
        site="礅山文保中心私有云 (invented NAS share page)",
        style="网盘分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://nas.dunshan-wb.example.net:5000/sharing/Kq81Zx0aB",
        title="礅山风车磨坊保护小组第一次会议纪要",
        record_title=None,
        date="2025-04-03",
        notes="NAS share page: no record title (the title as the preview's heading; the file name in the file bar), a share link's expiry and size, download/save buttons, the minutes' 时间/地点/主持/参加/记录 lines kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>文件分享</title></head>
<body><div class="bar">⟦m 礅山文保中心私有云 · 文件分享⟧</div>
<div class="file">⟦m 磨坊保护小组会议纪要（第1次）.docx　42.6 KB⟧</div>
<div class="exp">⟦m 链接有效期至 2025-05-03⟧　⟦a 下载⟧ ⟦a 保存至我的空间⟧</div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="ft">⟦m Powered by 私有云 DSM⟧</div>
</body></html>
""",
        body="""
时间：2025年4月3日下午3:00
地点：礅山村村民委员会会议室
主持：郁长庚（县文物保护中心特邀顾问）
参加：县文物保护中心、镇文化站、礅山村两委及村民代表共11人
记录：邵小满
会议研究了风车磨坊保护小组的职责分工和日常看护制度，议定如下事项：
一、保护小组由村党支部书记任组长，成员每日轮流巡查一次，巡查情况记入巡查日志。
二、大风预警发布后，由看护人员在两小时内锁定风车叶片。
三、磨坊内严禁烟火，参观人员须在看护人员陪同下进入。
四、县文物保护中心每季度派技术人员到现场指导一次。
""",
    ),
    dict(
        slug="snapshot-textcache-malaria-lab-rules-wrapped",
        site="快照存档 (invented text-only search cache) of 碚原县疾控中心",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="text",
        source="http://kuaizhao.example.org/text?url=http://www.beiyuan-cdc.example.cn/zdgf/112.html",
        title="碚原县疾控中心疟原虫镜检实验室质量管理制度",
        record_title="碚原县疾控中心疟原虫镜检实验室质量管理制度_碚原县疾病预防控制中心 - 快照",
        date="2025-03-01",
        notes="text-only cache hard-wrapped at 66 columns: a cache banner with the crawl stamp (not the date), the cached site's breadcrumb and footer; articles with 第X条",
        indent="\u3000\u3000",
        wrap=66,
        page="""
!m 【快照存档·纯文本】原始网址：http://www.beiyuan-cdc.example.cn/zdgf/112.html
!m 本快照生成于 2025-09-14 03:27:50，网页此后可能已更改
!m 碚原县疾病预防控制中心 > 规章制度
!t 碚原县疾控中心疟原虫镜检实验室质量管理制度_碚原县疾病预防控制中心 - 快照
{BODY}
!m 碚原县疾病预防控制中心版权所有　湘ICP备16020094号
!a 返回搜索结果
""",
        body="""
第一条　为保证疟原虫镜检结果准确可靠，规范实验室质量管理，根据有关技术规范，结合本中心实际，制定本制度。
第二条　镜检人员须经省级疟疾镜检技术培训并考核合格，每年参加能力验证不少于一次。
第三条　血片的采集、制作、染色和镜检须严格按照标准操作程序进行。每张血片至少镜检一百个视野，方可报告阴性。
第四条　阳性血片和百分之十的阴性血片须送上级疾控机构复核，复核结果记入质量控制档案。
第五条　实验室试剂须在有效期内使用，显微镜每半年维护保养一次并做好记录。
第六条　本制度自印发之日起施行。
碚原县疾病预防控制中心
2025年3月1日
""",
    ),
    dict(
        slug="print-facheng-candou-council-minutes-html",
        site="砝城县蚕豆产业协会 (invented, print view, HTML)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.facheng-candou.example.org.cn/print.asp?id=61",
        title="砝城县蚕豆产业协会第二届理事会第三次会议纪要",
        record_title="〔打印稿〕砝城县蚕豆产业协会第二届理事会第三次会议纪要",
        date="2025-06-12",
        notes="HTML print view: a print toolbar, the printed URL, a print footer as a page marker; minutes' 时间/地点/主持/出席/记录 lines and a vote count kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔打印稿〕砝城县蚕豆产业协会第二届理事会第三次会议纪要</title>
<style>@media print{.noprint{display:none}}</style></head>
<body><div class="noprint">⟦a 🖨 打印　｜　✕ 关闭⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 来源网址：http://www.facheng-candou.example.org.cn/show.asp?id=61⟧</div>
{BODY}
<div class="pf">⟦p — 第1页／共1页 —⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日上午
地点：砝城县农贸大道66号协会会议室
主持：协会会长　祁丰年
出席：理事15人（应到17人）
记录：秘书处　闵月
会议听取了秘书处关于上半年鲜食蚕豆产销情况的报告，审议了《“砝城蚕豆”团体标准（草案）》和新会员入会申请。
一、会议认为，今年鲜食蚕豆上市期间价格总体平稳，协会倡议得到多数会员响应，以次充好现象明显减少。
二、会议审议通过《“砝城蚕豆”团体标准（草案）》，同意提交会员大会表决。表决结果：同意15票，反对0票，弃权0票。
三、会议同意吸收砝城县绿源蔬菜专业合作社等4家单位为协会会员。
""",
    ),
    dict(
        slug="mail-forward-html-poplar-fire-ban",
        site="网页邮箱转发 (invented, HTML mail view)",
        style="邮件转发",
        genre="通告",
        kind="notice",
        form="html",
        source="https://mail.chechuan-lc.example.gov.cn/read?mid=20251016-0815",
        title="关于胡杨林保护区秋冬季禁火期管理的通告",
        record_title="Fw: 关于胡杨林保护区秋冬季禁火期管理的通告",
        date="2025-10-15",
        date_also=["2025-10-16"],
        notes="HTML webmail: header table (from/to/date), the forwarder's line (neutral), the mail's own attachment bar (chrome), reply/forward buttons, the document's own 举报电话 and signature date (a day before the mail)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fw: 关于胡杨林保护区秋冬季禁火期管理的通告 - 网页邮箱</title></head>
<body><div class="tb">⟦a 回复　全部回复　转发　删除　更多 ▾⟧</div>
<h3>{T}</h3>
<table class="hdr"><tr><td>⟦m 发件人：保护站办公室 &lt;bhz@chechuan-lc.example.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：各管护点⟧</td></tr><tr><td>⟦m 时　间：2025年10月16日 08:15⟧</td></tr></table>
<div class="attbar">⟦m 📎 附件 1 个：禁火期值班表.xls（22K）　预览　下载⟧</div>
<div class="mailbody">
<p>各管护点：转发县林草局通告，请张贴到各卡口。</p>
<p>⟦m -------- 原始邮件 --------⟧</p>
{BODY}
</div>
<div class="sig">⟦a 发自我的平板邮箱⟧</div>
</body></html>
""",
        body="""
为切实做好胡杨林保护区秋冬季森林草原防火工作，保护胡杨林资源安全，现就禁火期管理有关事项通告如下：
一、禁火期为2025年10月15日至2026年4月30日。
二、禁火期内，保护区内严禁吸烟、烧荒、烧纸祭祀、野炊等一切野外用火行为。
三、进入保护区的人员和车辆须在卡口登记，接受防火检查，不得携带火种。
四、对违反本通告的，由林草部门依法处罚；构成犯罪的，依法追究刑事责任。
火情报告和举报电话：0996-4712 119
砗川县林业和草原局
2025年10月15日
""",
    ),
]
