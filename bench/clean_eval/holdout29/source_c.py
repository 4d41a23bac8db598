"""holdout29, part C: a rare-books protection centre on an old download station, archery-range
rules, a recruitment exam for a rural-economy station, a 范文 app's grain-inspection plan and
greenhouse pledge, exam-forum posts on time-honoured brands and digital villages, an encyclopaedia's
geographical-indication template, a petrol-station Q&A, an equestrian club's cloud share and a
security company's PDF preview. All invented."""

CASES = [
    dict(
        slug="download-gujiv-rare-books-plan-old-table",
        site="绿野资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.lvyexz.example.net/soft/down_20817.html",
        title="古籍普查登记工作实施方案",
        record_title="古籍普查登记工作实施方案.doc下载_绿野资料下载站",
        date="2024-10-12",
        notes="old table-layout download station: a file-info table (size, format, an update stamp that is no date), mirror links, a dead-link report, a safety notice; the document's own 成文日期",
        p_html="<p>{}</p>",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>古籍普查登记工作实施方案.doc下载_绿野资料下载站</title></head><body>
<table width="980"><tr><td>⟦m 绿野资料下载站 www.lvyexz.example.net⟧</td><td>⟦m 公文 | 教案 | 课件 | 表格 | 合同⟧</td></tr></table>
<table width="980"><tr><td>⟦m 位置：首页 → 公文范本 → 实施方案⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦t 古籍普查登记工作实施方案⟧</td></tr>
<tr><td>⟦m 文件大小：46KB　文件格式：.doc　更新时间：2025-03-02 11:20⟧</td></tr>
<tr><td>⟦m 下载次数：1032　推荐指数：★★★★☆⟧</td></tr>
</table>
<table width="980"><tr><td>⟦d 本站所有资料均来源于网络，仅供学习参考，请于下载后24小时内删除。⟧</td></tr></table>
<div class="intro">
{BODY}
</div>
<table width="980"><tr><td>⟦a 下载地址：电信下载一　联通下载二　备用镜像⟧</td></tr>
<tr><td>⟦a 下载地址无效？点此报告死链⟧</td></tr></table>
<table width="980"><tr><td>⟦l 相关资料：图书馆读者服务工作总结.doc　文物保护单位巡查制度.doc⟧</td></tr></table>
<table width="980"><tr><td>⟦m 站长QQ：20337715　备案：滇ICP备08012233号⟧</td></tr></table>
</body></html>
""",
        body="""
为全面摸清我县古籍收藏情况，根据全国古籍普查工作的有关要求，县古籍保护中心制定本方案。
一、普查范围。县图书馆、档案馆、博物馆及各乡镇文化站收藏的1912年以前书写或印刷的古籍。
二、工作步骤。（一）动员部署阶段，2024年10月底前完成；（二）普查登记阶段，2024年11月至2025年6月；（三）审核汇总阶段，2025年7月至9月。
三、工作要求。普查人员须经培训后上岗，登记时做到一书一表、著录规范，严禁对古籍进行拆订、修补。
四、联系人：县古籍保护中心　岑雨桐，电话：0871-6122403。
溪山县古籍保护中心
2024年10月12日
""",
    ),
    dict(
        slug="download-archery-range-rules-scan-articles",
        site="百宝文档下载网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.baibaowd.example.com/zhidu/sheji-20250302.html",
        title="射箭馆安全管理规定",
        record_title="射箭馆安全管理规定（完整版） - 百宝文档下载网",
        date=None,
        notes="download page: an upload stamp and a 'download now' button (no date); the rules' articles speak of 扫码/打印 as content and are kept; numbered articles",
        page="""
!m 百宝文档下载网 · 海量制度范本免费下
!m 当前：首页 > 规章制度 > 安全管理
!t 射箭馆安全管理规定（完整版）
!m 上传时间：2025-03-02　格式：DOCX　评分：4.6
{BODY}
!a ▶ 立即下载（免积分）　▶ 加入收藏
!l 你可能还需要：游泳馆安全管理制度 / 健身房会员须知 / 卡丁车场安全规定
!d 如本文档侵犯了您的权益，请发送邮件至 jubao@baibaowd.example.com，我们将在3个工作日内处理。
""",
        body="""
第一条　为保障射箭馆顾客和工作人员的人身安全，制定本规定。
第二条　顾客进馆前须扫码阅读并签署安全告知书，未满十四周岁的须有监护人陪同。
第三条　射箭时必须站在发射线后，箭靶前方有人时严禁搭箭开弓。
第四条　捡箭须等全部射手停止射箭，并听从教练统一口令后方可进入靶区。
第五条　教练每日开馆前检查弓、箭、护具和挡箭网，检查记录打印后存档备查。
第六条　本规定由射箭馆运营部负责解释。
""",
    ),
    dict(
        slug="exam-hushan-rural-station-written-exam-html",
        site="笏山县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.hushan.example.gov.cn/ksap/2025/0512/401.html",
        title="2025年笏山县事业单位公开招聘工作人员笔试公告",
        record_title="2025年笏山县事业单位公开招聘工作人员笔试公告",
        date="2025-05-12",
        notes="exam portal: the technical-support line as chrome and the recruitment office's own 咨询电话 kept; a timetable table kept; 下载打印准考证 sentence kept; byline 发布时间 and signature date agree",
        page="""
<html><head><meta charset="utf-8"><title>2025年笏山县事业单位公开招聘工作人员笔试公告</title></head><body>
<div class="banner">⟦m 笏山县人事考试网⟧ ⟦m 公开 · 公平 · 公正⟧</div>
<div class="navbar">⟦m 首页 | 考试动态 | 报名入口 | 成绩查询 | 政策法规⟧</div>
<div class="notice-bar">⟦l 【滚动】2025年上半年教师资格面试成绩已公布⟧</div>
<div class="main">
<div class="tt">{T}</div>
<div class="tm">⟦m 发布时间：2025-05-12　来源：县人社局　点击数：9821⟧</div>
{BODY}
</div>
<div class="support">⟦m 报名系统技术支持：0591-6311220（仅限系统故障）⟧</div>
<div class="share">⟦l 分享 ＞ QQ好友 ＞ 微信 ＞ 复制链接⟧</div>
<div class="copy">⟦d 笏山县人力资源和社会保障局主办　未经授权禁止转载⟧</div>
</body></html>
""",
        body="""
2025年笏山县事业单位公开招聘工作人员报名及资格初审工作已经结束，现将笔试有关事项公告如下：
一、准考证打印。请考生于5月20日至5月24日登录报名网站下载打印准考证。
二、笔试时间安排：
日期　时间　科目
5月25日上午　9:00-10:30　职业能力倾向测验
5月25日上午　10:30-12:00　综合应用能力
三、笔试地点：笏山县第一中学（县城学府路2号）。
四、考生须携带准考证和有效身份证件参加考试，证件不全者不得入场。
咨询电话：0591-6308112（县事业单位招聘工作领导小组办公室）。
笏山县人力资源和社会保障局
2025年5月12日
""",
    ),
    dict(
        slug="exam-pucheng-interview-notice-cn-date",
        site="璞城人才考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.pcrcks.example.cn/mszl/20250804/66.html",
        title="关于璞城县农村经营管理站等单位招聘人员面试的通知",
        record_title=None,
        date="2025-08-04",
        notes="no record title; a list of candidates' numbers kept (table), a floating consultation prompt on its own line between paragraphs; date in Chinese numerals",
        indent="\u3000\u3000",
        page="""
!m 璞城人才考试网
!m 面试资料 → 通知
关于璞城县农村经营管理站等单位招聘人员面试的通知
!m 时间：2025-08-05 | 来源：本站 | 编辑：wm03
{BODY}
!a 【打印】【收藏】【关闭】
!l 本栏目热点：2025年璞城县乡镇卫生院招聘体检名单
""",
        body="""
根据招聘公告，现将面试有关事项通知如下：
一、面试人员名单：
岗位代码　准考证号　姓名
2501　2508010213　胡晓燕
2501　2508010527　葛新宇
2502　2508020119　尤佳音
二、面试时间：2025年8月9日上午8时，考生须于7时30分前到达候考室。
⟦w 面试培训咨询：加QQ群 55337218 领取真题⟧
三、面试地点：璞城县委党校（璞城县文昌路16号）。
四、面试采取结构化面试方式，满分一百分，合格分数线为六十分。
璞城县人力资源和社会保障局
二〇二五年八月四日
""",
    ),
    dict(
        slug="fwapp-grain-inspection-plan-share-copy-lock",
        site="公文宝APP分享页 (invented)",
        style="范文APP",
        genre="计划",
        kind="plan",
        form="text",
        source="https://share.gongwenbao.example.com/h5/doc?id=7710342&from=wx",
        title="粮食质量检验站2025年工作计划",
        record_title="粮食质量检验站2025年工作计划（可编辑）",
        date=None,
        notes="app share page: open-in-app prompts glued at the end of a paragraph and on lines, copy lock, relative time, a year only in the title (no date)",
        page="""
!a 打开公文宝APP，阅读体验更佳　[打开]
!t 粮食质量检验站2025年工作计划（可编辑）
!m 公文宝精选 · 2小时前 · 1.2万人读过
{BODY}
!a —— 在APP内查看剩余60%内容 ——
!a 长按复制已禁用，会员可一键导出Word
!l 相关推荐：粮食储备库安全生产工作计划｜质检员个人工作计划
""",
        body="""
2025年，我站将围绕粮食质量安全监管工作，重点做好以下几方面工作。
一、做好收购粮食质量调查。在夏粮、秋粮收购期间，按规定采集样品，开展质量和品质测报，及时发布质量信息。⟦a 点击展开全文∨⟧
二、加强库存粮食质量检查。配合做好政策性粮食库存检查，全年扦样检验不少于三百份。
三、提升检验能力。新购置重金属快速检测设备两台，组织检验人员参加省级能力验证。
四、加强队伍建设。开展业务培训四次，力争新增高级检验员两名。
""",
    ),
    dict(
        slug="fwapp-greenhouse-safety-pledge-reading-mode-html",
        site="笔杆子APP阅读模式 (invented)",
        style="范文APP",
        genre="承诺书",
        kind="pledge",
        form="html",
        source="https://m.biganzi.example.com/read/article/50331?mode=reader",
        title="设施农业大棚安全生产承诺书",
        record_title="设施农业大棚安全生产承诺书_笔杆子",
        date=None,
        notes="app reading-mode page: font and night-mode controls, a member prompt between paragraphs, a tip-the-author row; signature placeholders (年 月 日, no date)",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>设施农业大棚安全生产承诺书_笔杆子</title></head><body>
<div class="reader-bar">⟦a Aa 字号　☾ 夜间　⇅ 翻页⟧</div>
<h2 class="reader-title">{T}</h2>
<div class="reader-meta">⟦m 笔杆子 · 承诺书频道 · 阅读 3608⟧</div>
<div class="reader-body">
{BODY}
</div>
<div class="tip">⟦a 文章写得好？打赏作者 ¥2⟧</div>
<div class="reader-foot">⟦l 下一篇 ›⟧ ⟦l ‹ 上一篇⟧</div>
</body></html>
""",
        body="""
为切实做好设施农业大棚安全生产工作，保障人身和财产安全，本人郑重承诺：
一、严格遵守安全生产法律法规，落实大棚安全生产主体责任。
二、定期检查大棚骨架、棚膜、卷帘机和电气线路，发现隐患及时整改。
⟦a 开通VIP会员，畅读全站三万篇范文⟧
三、大风、暴雪天气来临前加固大棚，雪后及时清除棚面积雪，严禁在棚内住人。
四、规范使用农药和燃煤取暖设施，防止中毒和火灾事故发生。
承诺人（签字）：
年　月　日
""",
    ),
    dict(
        slug="examforum-shangan-laozihao-interview-post",
        site="上岸论坛 (invented)",
        style="公考论坛",
        genre="面试素材",
        kind="other",
        form="text",
        source="https://bbs.shangan.example.com/t/918273",
        title="结构化面试：如何看待老字号的传承与创新",
        record_title="[面试素材] 结构化面试：如何看待老字号的传承与创新 - 面试交流 - 上岸论坛",
        date="2025-04-03",
        notes="exam forum: a poster's line with 发表于 (the page's date), a 'reply to see the answer' prompt, floor number, a signature and a course ad",
        page="""
!m 上岸论坛 » 面试交流 » 结构化面试
!t [面试素材] 结构化面试：如何看待老字号的传承与创新
!m 楼主 考编人小周 | 发表于 2025-04-03 22:41 | 查看: 3321 | 回复: 47
!m 1#
{BODY}
!m ——————— 签名：三战上岸，与君共勉 ———————
!a 回复本帖可查看参考答案PDF
!w 【上岸课堂】面试封闭班火热报名，咨询微信 shangan_kt
!l 下一主题：小镜头大情怀类题目答题框架
""",
        body="""
题目：近年来，一些老字号面临经营困难，也有一些老字号通过创新焕发新活力。对此，你怎么看？
参考思路：
第一，老字号承载着城市记忆和传统技艺，是宝贵的文化资源，其困境值得关注。
第二，困难的原因在于部分老字号墨守成规，产品和营销方式跟不上消费者需求的变化。
第三，传承与创新并不矛盾。守住核心技艺和品质是根本，在包装设计、销售渠道上大胆创新是出路。
第四，政府可以通过老字号认定、品牌推广、金融支持等方式，为老字号发展提供帮助。
""",
    ),
    dict(
        slug="examforum-digital-village-essay-jammer-html",
        site="申论之家论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://www.shenlunzhijia.example.net/forum.php?mod=viewthread&tid=55120",
        title="以数字乡村建设为话题的申论范文",
        record_title="以数字乡村建设为话题的申论范文 - 申论写作 - 申论之家论坛",
        date="2025-03-21",
        notes="Discuz-like exam forum with jammer fonts glued after sentences and on lines; 发表于 line (the page's date); rating row; a login-to-download prompt",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta charset="utf-8"><title>以数字乡村建设为话题的申论范文 - 申论写作 - 申论之家论坛</title></head><body>
<div class="hd">⟦m 申论之家论坛 | 写好申论，赢在笔下⟧</div>
<div class="crumb">⟦m 论坛 ›› 申论写作 ›› 范文赏析⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 笔下生花　发表于 2025-3-21 20:16⟧ ⟦l 倒序浏览 | 阅读模式⟧</div>
<div class="t_msg">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 6 威望 +12 收起 理由⟧</div>
<div class="attach">⟦a 登录后可下载本文Word版（需1金币）⟧</div>
</body></html>
""",
        body="""
数字赋能，让乡村振兴跑出加速度
走进今天的乡村，直播间里农产品销往全国，田间地头的传感器实时传回墒情数据，村务信息在手机上一键公开。数字技术正在深刻改变乡村的面貌。
建设数字乡村，基础在网络。要加快农村宽带和移动网络覆盖，让偏远山村也能用上稳定的网络。
建设数字乡村，关键在人才。要培养一批懂技术、会经营的新型农民，让他们成为数字乡村的建设者和受益者。
建设数字乡村，落脚在服务。要推动政务服务、医疗教育资源向乡村延伸，让农民少跑腿、好办事。
数字乡村不是简单的设备堆砌，而是发展方式的深刻变革。唯有久久为功，才能让数字红利惠及广大农民。
""",
    ),
    dict(
        slug="wiki-gi-product-application-placeholder-dates",
        site="公文百科 (invented)",
        style="百科问答",
        genre="申请书",
        kind="other",
        form="text",
        source="https://baike.gongwen.example.org/item/dlbzcpbhsqs",
        title="地理标志产品保护申请书",
        record_title="地理标志产品保护申请书_公文百科",
        date=None,
        notes="encyclopaedia entry: edit/cite buttons, a contents box, an example date inside a sentence and a 20××年×月×日 placeholder (no date), a 'contributors' line and an entry-stats line",
        page="""
!m 公文百科 — 人人可编辑的公文知识库
!a ✎编辑　｜　❝引用　｜　☆收藏词条
!t 地理标志产品保护申请书
!m 目录：1 定义　2 主要内容　3 示例
{BODY}
!m 词条统计：浏览次数 4,417　编辑次数 9 次　最近更新：wenshu_editor
!l 相关词条：商标注册申请书 · 农产品质量认证 · 产地证明
!d 百科内容由网友共同编辑，仅供参考，如需正式使用请以有关部门发布为准。
""",
        body="""
地理标志产品保护申请书是申请人向知识产权管理部门申请对特定地域的产品实施地理标志保护时提交的书面材料。
申请书一般包括产品名称、申请人情况、产地范围、产品的质量特色及其与产地自然因素和人文因素的关联性等内容。
例如，某县于2019年5月提出申请的一种山茶油，就在申请书中详细说明了当地土壤和气候对茶油品质的影响。
申请书落款处应写明申请单位全称，加盖公章，并注明日期，格式为“申请单位（盖章）　20××年×月×日”。
""",
    ),
    dict(
        slug="qa-petrol-station-safety-record-answer-html",
        site="问问看问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenkan.example.com/q/33018422.html",
        title="加油站安全检查记录应该怎么写？",
        record_title=None,
        date="2025-03-09",
        notes="Q&A page: no record title (the question on the page is the title), an answerer card and 回答于 (taken as the page's date), like buttons, similar questions; a numbered list kept",
        page="""
<html><head><meta charset="utf-8"><title>问问看 - 有问题，就问问看</title></head><body>
<div class="top">⟦m 问问看 - 有问题，就问问看⟧ ⟦a 提问 | 登录⟧</div>
<h1 class="q-title">加油站安全检查记录应该怎么写？</h1>
<div class="q-info">⟦m 提问者：油站新人　2个回答　被浏览 2,089⟧</div>
<div class="answer">
<div class="ans-user">⟦m 石化安全员老谭　安全生产领域优质答主⟧</div>
<div class="ans-time">⟦m 回答于 2025-03-09⟧</div>
{BODY}
<div class="ans-act">⟦a 赞同 88　｜　评论 6　｜　分享⟧</div>
</div>
<div class="similar">⟦l 相似问题：加油站员工安全培训记录模板？⟧</div>
</body></html>
""",
        body="""
安全检查记录要做到真实、具体、可追溯，一般包括以下几项：
1.检查时间、检查人员和检查范围，例如每日班前检查、每周全面检查。
2.检查项目，包括加油机、油罐、输油管线、静电接地、消防器材、电气设备等。
3.检查发现的问题，要写明具体位置和情况，不能只写“正常”或“有问题”。
4.整改措施、整改责任人和整改期限，整改完成后要签字确认。
建议把记录表格化，每项后面设置“正常／异常”和备注栏，检查人和站长分别签字。
""",
    ),
    dict(
        slug="netdisk-equestrian-club-rules-docx-expiry",
        site="云匣网盘分享 (invented)",
        style="网盘分享",
        genre="须知",
        kind="rules",
        form="text",
        source="https://pan.yunxia.example.com/s/1Mq8xZr7",
        title="马术俱乐部会员骑乘安全须知",
        record_title="马术俱乐部会员骑乘安全须知.docx",
        date=None,
        notes="cloud-drive share: file-name title, a share stamp and an expiry line (no dates), save/download buttons, a client-download prompt and a report link",
        page="""
!m 云匣网盘 | 安全 稳定 不限速
!m 飞扬马术俱乐部 分享了文件　分享于 2025-04-11 15:02　有效期：7天
!t 马术俱乐部会员骑乘安全须知.docx
!a [保存到我的网盘]　[普通下载]　[客户端高速下载]
!m 文件大小：21.6KB
{BODY}
!a 预览仅显示前3页，完整内容请下载后查看
!l 举报该分享
!d 云匣网盘不对用户分享内容承担责任，请遵守相关法律法规。
""",
        body="""
一、会员骑乘前须接受教练的安全讲解，穿戴头盔、护具和马靴，不得穿拖鞋、裙装骑乘。
二、上下马须在教练指导下进行，牵马时走在马的左侧，不得站在马的正后方。
三、初学会员须在圈乘场内由教练牵引练习，未经考核不得单独外出骑乘。
四、饮酒后、身体不适或孕期人员不得骑乘。
五、会员须爱护马匹，不得随意投喂食物或鞭打马匹。
""",
    ),
    dict(
        slug="netdisk-security-co-half-year-summary-pdf-html",
        site="易存企业网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://ecun.example.com/share/preview?fid=pdf_9921775",
        title="2025年上半年工作总结",
        record_title="盾安保安服务公司2025年上半年工作总结.pdf",
        title_also=["盾安保安服务公司2025年上半年工作总结"],
        date="2025-07-08",
        notes="enterprise cloud-drive PDF preview: toolbar with zoom/print/download, file-name record title, page markers ⸢n⸣ as HTML paragraphs cutting sentences, the 成文日期 under the signature",
        pages=dict(fmt="⸢{n}⸣", every=170, start=2),
        page="""
<html><head><meta charset="utf-8"><title>盾安保安服务公司2025年上半年工作总结.pdf - 易存企业网盘</title></head><body>
<div class="tb">⟦m 易存企业网盘⟧ ⟦a 放大 ｜ 缩小 ｜ 打印 ｜ 下载⟧ ⟦m 1/3⟧</div>
<div class="file">⟦m 盾安保安服务公司2025年上半年工作总结.pdf · 188KB · 上传者：行政部⟧</div>
<div class="pdf-page">
<p>盾安保安服务公司</p>
<p>{T}</p>
{BODY}
</div>
<div class="tip">⟦d 文档由企业成员上传，仅限企业内部查看，请勿外传⟧</div>
</body></html>
""",
        body="""
上半年，公司在县公安局治安大队的指导下，围绕“服务客户、保障平安”的目标，较好地完成了各项安保任务。
一、业务发展情况。上半年新签服务合同九份，派驻保安员总数达到三百一十二人，服务单位涵盖学校、医院、银行和住宅小区。
二、队伍管理情况。开展岗前培训和在岗轮训六期，保安员持证上岗率达到百分之百；组织消防、反恐应急演练十一次。
三、存在的不足。部分驻点保安员年龄偏大，夜间巡逻记录填写不规范。
下半年，公司将加强队伍年轻化建设，推行电子巡更系统，进一步提高服务质量。
盾安保安服务有限公司
2025年7月8日
""",
    ),
]
