"""holdout111, part F: oil-painting villages, solar-term folk societies, windsurfing, beach volleyball, carrot and cilantro growers. Invented text."""

CASES = [
    dict(
        slug="association-oil-painting-village-minutes",
        site="栾湾油画产业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.luanwanyh.example.org/xhgz/2025/0312/28.html",
        title="栾湾油画产业协会第二届理事会第四次会议纪要",
        record_title="栾湾油画产业协会第二届理事会第四次会议纪要",
        date="2025-03-12",
        date_also=["2025-03-10"],
        notes="association page: member count line, 时间/地点/主持/出席/记录 lines kept, a vote count kept, an 入会 link and footer",
        page="""
!m 栾湾油画产业协会　|　会员单位 326 家
!m 首页 / 协会工作 / 会议纪要
{T}
!m 发稿：秘书处　　日期：2025-03-12
{BODY}
!a 申请加入协会 >>　下载入会申请表
!m 协会地址：栾湾油画村创意大道1号　邮编：518000
""",
        body="""
时间：2025年3月10日下午2时30分
地点：协会二楼会议室
主持：会长　祁远航
出席：理事二十一人，监事二人
记录：贝晓
会议审议通过了《关于规范油画村临摹作品销售标识的意见》，表决结果为同意二十人、弃权一人。
会议决定，4月下旬举办第五届栾湾原创油画展，由副会长兰川负责筹备。
会议要求，各会员单位不得在网络平台销售未标注“临摹”字样的名画复制品。
栾湾油画产业协会秘书处
2025年3月12日
""",
    ),
    dict(
        slug="company-windsurf-club-safety-notice-html",
        site="蓝湾帆板俱乐部官网 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lanwanwindsurf.example.com/news/2025/0801.html",
        title="关于台风季帆板训练和体验活动安全管理的通知",
        record_title="关于台风季帆板训练和体验活动安全管理的通知 - 蓝湾帆板俱乐部",
        date="2025-08-01",
        notes="company site: booking button, course-price ads, a WeChat-follow line, the club's own 值班电话 kept beside the booking hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于台风季帆板训练和体验活动安全管理的通知 - 蓝湾帆板俱乐部</title></head>
<body><nav class="navbar">⟦m 蓝湾帆板俱乐部 LANWAN WINDSURF⟧ ⟦l 首页 课程 教练 活动 关于我们⟧ ⟦a 立即预约⟧</nav>
<section class="post"><h1>⟦t 关于台风季帆板训练和体验活动安全管理的通知⟧</h1>
<p class="date">⟦m 2025.08.01 · 俱乐部公告⟧</p>
{BODY}
</section>
<section class="promo">⟦l 暑期青少年帆板营火热报名中 ¥1980/期⟧</section>
<footer><p>⟦w 预约热线 138 2755 6600（微信同号）⟧</p><p>⟦a 关注公众号“蓝湾帆板”，获取每日风况⟧</p><p>⟦m © 2025 蓝湾帆板俱乐部 粤ICP备21088123号⟧</p></footer>
</body></html>
""",
        body="""
各位会员、学员：
8月至10月是台风多发季节。为保障大家的安全，俱乐部对帆板训练和体验活动作如下安排。
1.海上风力达到六级以上或气象部门发布台风蓝色及以上预警时，暂停一切下水活动。
2.初学者体验活动仅在上午九点至十一点进行，每名学员须有教练一对一陪同。
3.所有下水人员必须穿着救生衣，佩戴口哨，离岸距离不超过三百米。
值班电话：0752-8813366
蓝湾帆板俱乐部
2025年8月1日
""",
    ),
    dict(
        slug="training-beach-volleyball-referee-course",
        site="沙滩排球裁判培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.stpqcp.example.cn/pxtz/2025/0506/12.html",
        title="关于举办2025年沙滩排球二级裁判员培训班的通知",
        record_title="关于举办2025年沙滩排球二级裁判员培训班的通知",
        date="2025-05-06",
        notes="training centre: enrol ads top and bottom, a class timetable kept, the centre's own 报名联系人 kept beside a 400 line; sentence telling trainees to 下载 a form kept",
        page="""
!a 【在线报名】【课程咨询】【证书查询】
!m 海澄沙滩排球裁判培训中心
!m 首页 → 培训通知
{T}
!m 更新时间：2025-05-06　浏览量：740
{BODY}
!w 全国统一咨询热线：400-900-1766
!l 往期回顾：2024年秋季裁判员培训班圆满结业
""",
        body="""
各区体育局、各沙滩排球俱乐部：
为加强沙滩排球裁判员队伍建设，经研究，决定举办2025年沙滩排球二级裁判员培训班。
一、培训时间：5月24日至27日，共四天。
二、课程安排
日期　内容
5月24日　竞赛规则与裁判法
5月25日至26日　临场执裁实习
5月27日　理论和临场考核
三、报名办法：学员请在本中心网站下载报名表，填好后于5月18日前发送至培训中心邮箱。
报名联系人：庄慧　电话：0754-8832916
海澄沙滩排球裁判培训中心
2025年5月6日
""",
    ),
    dict(
        slug="fanwen-app-solar-term-festival-speech-html",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.gongwenbao.example.com/share/doc/88310?from=wx",
        title="在栾湾镇二十四节气民俗文化周开幕式上的致辞",
        record_title="在栾湾镇二十四节气民俗文化周开幕式上的致辞（可改可用）",
        date="2025-03-20",
        notes="writing-app H5 share page: open-app banner, member paywall in the middle of the body, copy/export buttons; date under the speech title",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在栾湾镇二十四节气民俗文化周开幕式上的致辞（可改可用）</title></head>
<body><div class="appbar">⟦a 公文宝APP　打开⟧</div>
<div class="doc"><h2>⟦t 在栾湾镇二十四节气民俗文化周开幕式上的致辞（可改可用）⟧</h2>
<div class="tag">⟦m 致辞 · 1.3万人已用 · 字数 560⟧</div>
<p class="c">栾湾镇党委书记　温启明</p>
<p class="c">（2025年3月20日）</p>
{BODY}
</div>
<div class="bar">⟦a 复制全文　导出Word　AI续写⟧</div>
<div class="foot">⟦d 本范文仅供参考，请结合实际修改使用⟧</div>
</body></html>
""",
        body="""
各位来宾，乡亲们，朋友们：
今天是春分。在这个昼夜平分的日子里，我们在这里举行栾湾镇二十四节气民俗文化周开幕式。
二十四节气是我们祖先认识自然、安排农事的智慧结晶，在栾湾，立春打春牛、清明插柳、秋分祭月的习俗一直流传至今。
⟦a 以下内容为会员专享，开通会员立即解锁全文⟧
文化周期间，我们将举办节气农事体验、民俗展演和非遗市集等活动，欢迎大家走进田间地头，感受节气之美。
最后，预祝本次文化周圆满成功！
""",
    ),
    dict(
        slug="gkforum-carrot-interview-answer-oneline",
        site="公考圈论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.gongkaoquan.example.com/t/552018",
        title="结构化面试真题：如何帮助胡萝卜滞销的农户？",
        record_title="[面试真题] 结构化面试真题：如何帮助胡萝卜滞销的农户？（附参考答案）",
        date="2025-01-09",
        notes="exam forum: the whole answer on one line, a floor header with 发表于 (the date), a reply-to-see prompt, moderator tags, replies",
        oneline=True,
        indent="　　",
        page="""
!m 公考圈论坛 » 面试交流 » 真题解析
!t [面试真题] 结构化面试真题：如何帮助胡萝卜滞销的农户？（附参考答案）
!m 楼主　面霸老周　发表于 2025-1-9 19:40
!l 标签：农业农村　应急应变　组织协调
{BODY}
!a 本帖隐藏的内容需要回复才可以浏览
!l 2楼　小鹿乱撞：老师的思路很清晰
!l 3楼　今年必上岸：求更多农业类题目
""",
        body="""
第一，摸清情况。我会第一时间到村里了解滞销胡萝卜的数量、品质和农户的实际困难，建立台账。
第二，多方拓展销路。一方面联系本地商超、学校和机关食堂开展定向采购，另一方面协调电商平台开设助农专区，组织村干部直播带货。
第三，着眼长远。引导合作社建设冷库，发展胡萝卜汁、胡萝卜干等初加工，推动订单种植，从源头上避免滞销。
""",
    ),
    dict(
        slug="baike-qa-cilantro-planting-entry",
        site="农事百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://wenda.nongshibk.example.com/article/40871.html",
        title="香菜冬季大棚种植要注意什么？",
        record_title="香菜冬季大棚种植要注意什么？_农事百科问答",
        date=None,
        notes="encyclopedia Q&A: an expert-verified badge, a relative time (3天前) that is no date, a 'was this helpful' row, related questions, a copyright line",
        page="""
!m 农事百科问答 > 蔬菜种植 > 叶菜类
!t 香菜冬季大棚种植要注意什么？_农事百科问答
!m 本回答由农技专家审核　·　3天前更新
{BODY}
!l 这个回答对你有帮助吗？　有帮助　没帮助
!l 相关问答：香菜为什么会抽薹？　大棚香菜怎么防冻害？
!d 本站内容仅供参考，种植请以当地农技部门指导为准
""",
        body="""
香菜喜冷凉，冬季大棚种植主要注意以下几点。
1.温度管理。白天保持在十五至二十摄氏度，夜间不低于五摄氏度，晴天中午要及时通风。
2.水分管理。出苗前保持土壤湿润，出苗后见干见湿，浇水宜在晴天上午进行。
3.病害预防。大棚湿度过高容易发生叶斑病，要注意通风排湿，必要时选用低毒药剂防治。
4.适时采收。播种后五十天左右、株高二十厘米时即可采收。
""",
    ),
    dict(
        slug="netdisk-oil-painting-exhibition-plan-html",
        site="盘享云 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.panxiang.example.com/s/8Kqp3WzL",
        title="第五届栾湾原创油画展策展方案",
        record_title="第五届栾湾原创油画展策展方案.docx",
        date="2025-03-18",
        notes="cloud-drive share page: file-name title, sharer and expiry, save/download buttons, an online-preview frame; a schedule table; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>第五届栾湾原创油画展策展方案.docx_免费高速下载|盘享云</title></head>
<body><div class="header">⟦m 盘享云 · 你的云端文件柜⟧ ⟦a 登录 | 注册⟧</div>
<div class="fileinfo"><h3>⟦t 第五届栾湾原创油画展策展方案.docx⟧</h3>
<p>⟦m 分享用户：画村小贝　|　2025-03-19 08:52　|　失效时间：永久⟧</p>
<p>⟦a 保存到网盘　下载（58KB）　举报⟧</p></div>
<div class="preview"><div class="pv-title">⟦m 在线预览（仅显示部分内容）⟧</div>
{BODY}
</div>
<div class="ft">⟦d 盘享云严厉打击侵权及违法内容传播⟧</div>
</body></html>
""",
        body="""
一、展览主题：画乡新绘——栾湾原创油画作品展。
二、展览时间和地点：2025年4月26日至5月10日，栾湾美术馆一至三号展厅。
三、展览安排
时间　内容
4月26日上午　开幕式及原创画家签约仪式
4月27日至5月5日　公众观展及画家导览
5月10日　闭幕式暨优秀作品颁奖
四、经费预算：展览总经费四十二万元，其中协会自筹二十万元，申请区文化产业扶持资金二十二万元。
栾湾油画产业协会
2025年3月18日
""",
    ),
    dict(
        slug="snapshot-solar-term-museum-request-wrapped",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="请示",
        kind="request",
        form="text",
        source="http://kuaisou.example.com/snapshot?url=wgj.zhuoshui.example.gov.cn/xxgk/2025/0602/77.html",
        title="关于建设二十四节气农耕文化展示馆的请示",
        record_title=None,
        date="2025-06-02",
        notes="text-only search cache: cache banner lines, wrapped at 66 columns; the original page's meta lines; the title found on the page; a crawl stamp that is no date",
        wrap=66,
        page="""
!d 【快搜快照】您查看的是 2025-06-15 抓取的网页快照，原网页可能已被修改或删除
!d 快照内容仅供参考，快搜与网页作者无关，不对其内容负责
!m 浊水县文化广电和旅游局 » 信息公开 » 请示报告
{T}
!m 发布日期：2025-06-02　信息来源：县文广旅局
{BODY}
!m 浊水县文化广电和旅游局版权所有　联系电话：0794-2283015
""",
        body="""
县人民政府：
我县是二十四节气传统农耕习俗保存较为完好的地区，立春“鞭春牛”、夏至“祭田公”等民俗已列入市级非物质文化遗产代表性项目名录。
为更好地保护传承节气文化，我局拟利用原县供销社旧仓库改建二十四节气农耕文化展示馆，建筑面积一千六百平方米，总投资六百八十万元。
项目建成后，将作为中小学研学基地和乡村旅游节点对外开放。
妥否，请批示。
浊水县文化广电和旅游局
2025年6月2日
""",
    ),
    dict(
        slug="print-beach-volleyball-event-rules-html",
        site="海澄市体育局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://tyj.haicheng.example.gov.cn/print.jsp?docid=30917",
        title="2025年海澄市全民健身沙滩排球赛竞赛规程",
        record_title="〔打印稿〕2025年海澄市全民健身沙滩排球赛竞赛规程",
        date="2025-06-25",
        notes="print view HTML: print/close buttons, the URL line, a print footer 〘1/1〙 of its own form, a 打印时间 stamp that is no date; a fees table",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 海澄市体育局</title><style>@media print{.noprint{display:none}}</style></head>
<body><div class="noprint">⟦a 打印　|　关闭⟧</div>
<h2>⟦t 2025年海澄市全民健身沙滩排球赛竞赛规程⟧</h2>
<div class="src">⟦m 海澄市体育局　2025-06-25⟧</div>
{BODY}
<div class="pf">⟦m 本文网址：http://tyj.haicheng.example.gov.cn/art/2025/6/25/art_30917.html⟧</div>
<div class="pf">⟦p 〘 1 ／ 1 〙⟧</div>
<div class="pf">⟦m 打印日期：2025年07月02日⟧</div>
</body></html>
""",
        body="""
一、主办单位：海澄市体育局。承办单位：海澄市排球协会。
二、比赛时间和地点：2025年7月19日至20日，海澄市金沙湾沙滩排球场。
三、竞赛项目：男子双人、女子双人和混合双人。
四、参赛办法：各区、各行业系统可报男女各两对，参赛运动员须年满十八周岁并持有健康证明。
五、报名费用
组别　费用
男子双人　200元/对
女子双人　200元/对
混合双人　150元/对
六、本规程解释权属海澄市体育局。
""",
    ),
    dict(
        slug="mail-reply-chain-cilantro-coop-request",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://luanwan-nongye/2025-11-04",
        title="关于申请香菜种植基地滴灌设施改造资金的请示",
        record_title="答复：RE: 关于申请香菜种植基地滴灌设施改造资金的请示.docx",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="a mail reply chain: the reply on top, headers of two mails, quoted-mail separators, a signature with a mobile number, a confidentiality footer; the 请示's own 联系人 kept",
        page="""
!m 发件人：栾湾镇农业服务中心 <nyzx@luanwan.example.gov.cn>
!m 发送时间：2025年11月4日(星期二) 上午9:03
!m 收件人：区农业农村局计财科
!m 主题：答复：RE: 关于申请香菜种植基地滴灌设施改造资金的请示.docx
计财科：按要求修改后的请示正文如下，请审核。
!m ------------------ 原始邮件 ------------------
!m 发件人：区农业农村局计财科；发送时间：2025年11月3日 16:40
!m 主题：RE: 关于申请香菜种植基地滴灌设施改造资金的请示.docx
请把资金测算写进正文。
{BODY}
!m 栾湾镇农业服务中心　丁若帆　手机：13502257810
!d 本邮件及附件含保密信息，如误收请立即删除
""",
        body="""
区农业农村局：
我镇香菜种植基地共一千三百亩，现有滴灌设施建于2016年，管网老化严重，漏水率超过百分之二十。
拟对基地滴灌设施进行改造，更换主管网六千米、滴灌带一千三百亩，新增水肥一体化首部设备两套，经测算共需资金一百五十六万元。
现申请区级高标准农田建设资金一百万元，不足部分由镇财政和合作社自筹。
妥否，请批示。
联系人：丁若帆　电话：0754-8620315
栾湾镇人民政府
2025年11月3日
""",
    ),
]
