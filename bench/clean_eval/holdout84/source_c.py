"""holdout84, part C: highland-barley, kesi silk tapestry, water polo, squash, sanda, dragon fruit
and passion fruit organisations on association and company sites, a training school, a writing
app, an exam forum, an encyclopaedia, a cloud drive, a search snapshot, a print view and a
forwarded mail. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-kesi-pledge-html-member-bar",
        site="蒹川市缂丝技艺保护协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.jckesi.example.org.cn/xhdt/2025/0610/92.html",
        title="守护缂丝技艺 传承匠心精神倡议书",
        record_title="守护缂丝技艺 传承匠心精神倡议书",
        date="2025-06-10",
        notes="association site: member login bar, a 'join us' box, the association's name both as site name (chrome, head) and as the signature (body); a chrome line glued before a 。 inside a sentence",
        page="""
<html><head><meta charset="utf-8"><title>守护缂丝技艺 传承匠心精神倡议书</title></head>
<body>
<div class="top">⟦a 会员登录⟧ ⟦a 申请入会⟧ ⟦m 协会邮箱：jckesi@example.org.cn⟧</div>
<div class="logo">⟦m 蒹川市缂丝技艺保护协会⟧</div>
<div class="nav">协会概况 | 协会动态 | 技艺传承 | 会员风采 | 联系我们</div>
<h2>⟦t 守护缂丝技艺 传承匠心精神倡议书⟧</h2>
<div class="meta">⟦m 发布日期：2025-06-10　　来源：协会秘书处　　阅读：532⟧</div>
<div class="con">
{BODY}
</div>
<div class="join">⟦l 成为会员，共护非遗 → 了解入会流程⟧</div>
<div class="ft">⟦m Copyright 2025 蒹川市缂丝技艺保护协会　苏ICP备19008832号-1⟧</div>
</body></html>
""",
        body="""
全市缂丝从业者和爱好者：
缂丝是我国传统丝织技艺中的瑰宝，“通经断纬”的独特工艺凝结着一代代匠人的智慧。在第二十个文化和自然遗产日到来之际，我们发出如下倡议：
一是坚守工艺标准，不以机织品冒充手工缂丝，不以次充好⟦a （长按图片可保存高清工艺图）⟧。
二是用心带好徒弟，每位传承人每年至少带教一名学徒。
三是积极参与进校园、进社区展示活动，让更多人了解缂丝、喜爱缂丝。
蒹川市缂丝技艺保护协会
2025年6月10日
""",
    ),
    dict(
        slug="company-gaoyuan-barley-recall-notice",
        site="雪域青稞食品有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.xueyuqingke.example.com/news/notice/2025-07-22.html",
        title="关于主动召回部分批次青稞饼干的公告",
        record_title="关于主动召回部分批次青稞饼干的公告-雪域青稞食品有限公司",
        date="2025-07-22",
        notes="company site: product menu, a shop link, customer service line (chrome) next to the document's own recall hotline (kept); a data table of batches",
        page="""
!m 雪域青稞 XUEYU QINGKE
!l 首页　关于我们　产品中心　新闻公告　线上商城　联系我们
!m 您的位置：新闻公告 > 公司公告
!t 关于主动召回部分批次青稞饼干的公告-雪域青稞食品有限公司
!m 2025-07-22　｜　浏览 3021
{BODY}
!w 在线客服：工作日 9:00-18:00　客服邮箱 service@xueyuqingke.example.com
!a 进入官方旗舰店 >
!d ©2025 雪域青稞食品有限公司 版权所有　藏ICP备20000417号
""",
        body="""
我公司在内部质量抽检中发现，2025年6月生产的部分批次原味青稞饼干水分含量偏高，可能影响保质期内的口感和品质。为保障消费者权益，公司决定主动召回以下批次产品：
产品名称　规格　生产日期　批号
原味青稞饼干　200克　2025-06-03　QK250603
原味青稞饼干　200克　2025-06-05　QK250605
已购买上述批次产品的消费者，可凭产品包装到原购买处办理退货，或拨打召回专线0891-6620315联系退款。
由此给消费者带来的不便，我们深表歉意。
雪域青稞食品有限公司
2025年7月22日
""",
    ),
    dict(
        slug="training-jinlan-sanda-coach-plan-html",
        site="金澜武术散打培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jinlanwushu.example.com/jiaoxue/2025/0301.html",
        title="金澜武术散打培训学校2025年春季青少年散打训练计划",
        record_title="金澜武术散打培训学校2025年春季青少年散打训练计划",
        date="2025-03-01",
        notes="training school site: enrolment hotline, free trial class prompt, a floating consult box, course tags; the plan's own decimal headings and a 时间 table kept",
        page="""
<html><head><meta charset="utf-8"><title>金澜武术散打培训学校2025年春季青少年散打训练计划</title></head>
<body>
<div class="head">⟦m 金澜武术散打培训学校　强身健体　以武育人⟧ ⟦w 招生热线：0736-5508899⟧</div>
<div class="nav">学校简介 | 课程设置 | 师资力量 | 学员风采 | 在线报名</div>
<h1>⟦t 金澜武术散打培训学校2025年春季青少年散打训练计划⟧</h1>
<div class="date">⟦m 教务处　2025-03-01⟧</div>
<div class="text">
{BODY}
</div>
<div class="float">⟦a 预约免费体验课⟧ ⟦w 微信咨询：jinlan_wushu⟧</div>
<div class="tags">⟦l 课程标签：散打 / 少儿武术 / 体能训练 / 寒暑假集训⟧</div>
<div class="foot">⟦m 校址：栟湖区体育路31号　湘ICP备17003320号⟧</div>
</body></html>
""",
        body="""
1 训练目标
1.1 初级班学员掌握散打基本站架、步法和直拳、摆拳、蹬腿等基本技术。
1.2 提高班学员能够进行有控制的条件实战，并参加市级青少年散打比赛。
2 训练安排
2.1 每周训练三次，每次九十分钟。
星期　时间　班级
周三　18:30—20:00　初级班
周五　18:30—20:00　提高班
周六　9:00—10:30　初级班、提高班合练
3 安全保障
3.1 训练前必须充分热身，实战训练必须佩戴头盔、护齿、护裆等护具。
3.2 教练员须持有相应等级证书，每次训练配备一名助教。
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-passionfruit-speech-share",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.xiezuomao.example.com/s/dF82kLw",
        title="在百香果产业现场观摩会上的发言",
        record_title="在百香果产业现场观摩会上的发言（优秀范文）",
        date=None,
        notes="writing-app share page: open-in-app banner, AI rewrite and template prompts, member unlock in the middle of the body as a line of its own; no date (only 'shared 3 days ago')",
        page="""
!a 打开写作猫APP，阅读体验更佳
!t 在百香果产业现场观摩会上的发言（优秀范文）
!m 写作猫用户 橙子 分享于3天前
!m 字数 612 ｜ 适用：乡镇发言
{BODY}
!a 一键AI改写　｜　套用此模板　｜　导出Word
!l 更多同类范文：产业观摩会主持词 · 乡村振兴表态发言 · 合作社经验交流材料
""",
        body="""
各位领导、同志们：
很高兴有机会在这里向大家汇报我们村发展百香果产业的一些做法。
三年前，我们村还是一个没有主导产业的空壳村。村两委经过多次考察，决定利用荒坡种植百香果，先由党员带头种了八十亩。
⟦a 剩余内容为会员专享，开通会员立即解锁全文⟧
现在全村种植面积达到一千二百亩，亩产值八千元以上，村集体经济收入突破五十万元。
下一步，我们将建设百香果分拣包装中心，发展电商销售，让更多群众在家门口增收致富。
谢谢大家！
""",
    ),
    dict(
        slug="gkforum-shenlun-dragonfruit-essay-floors",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.gongkaoyz.example.com/thread-88123-1-1.html",
        title="申论范文：一颗火龙果里的共同富裕",
        record_title="申论范文：一颗火龙果里的共同富裕",
        date=None,
        notes="civil-service exam forum: floor number, author level and points, a moderator's 'highlighted' mark, a course ad glued after a sentence, forum junk; no date",
        junk=dict(lines=1, glued=1),
        page="""
!m 公考驿站论坛 › 申论交流区 › 范文赏析
!m [精华] 本帖被 申论版主 加入精华
!t 申论范文：一颗火龙果里的共同富裕
!m 1# 楼主　上岸不是梦　Lv.6　积分 2308
{BODY}
!l 2# 沙发：写得好，收藏了，明天背
!l 3# 板凳：结构很清晰，求楼主再发几篇
!a 回复后可见更多精华范文
""",
        body="""
在南方的山坡上，一排排火龙果枝蔓攀着水泥柱生长，夜晚补光灯亮起，宛如星河。一颗小小的火龙果，照见的是乡村产业振兴的大道理。
产业兴，是共同富裕的根基。过去，许多山区村守着荒坡没有收入。引进火龙果后，依托合作社统一技术、统一销售，村民在家门口就能挣钱。
人才回，是共同富裕的活水。越来越多的年轻人回到家乡，开直播、做电商，把火龙果卖到全国。⟦w 申论一对一批改，限时优惠，私信版主⟧
机制活，是共同富裕的保障。“合作社加农户”的模式让小农户融入大市场，利益联结让每一户都能分享产业增值收益。
一颗火龙果，连着致富路。只要因地制宜、久久为功，乡村的明天一定会更加红火。
""",
    ),
    dict(
        slug="baike-wenjie-waterpolo-entry-edit",
        site="问界百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.wenjie.example.com/item/水球运动/40212",
        title="水球运动",
        record_title="水球运动_问界百科",
        date=None,
        notes="encyclopaedia entry: edit/history links, table of contents, 'this entry was reviewed by' line, reference list as list chrome, a 'report error' link; no date (only 'last edited' relative time)",
        page="""
<html><head><meta charset="utf-8"><title>水球运动_问界百科</title></head>
<body>
<div class="hd">⟦m 问界百科 — 全民参与的知识平台⟧ <input> ⟦a 进入词条⟧ ⟦a 全站搜索⟧</div>
<h1>⟦t 水球运动⟧</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<div class="review">⟦m 本词条由问界百科体育编辑部审核　最近更新：两周前⟧</div>
<div class="toc">⟦l 目录：1 起源 2 规则 3 在中国的发展⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 水球竞赛规则解读　2. 游泳运动史话⟧</div>
<div class="err">⟦a 词条有误？点击纠错⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关机构。⟧</div>
</body></html>
""",
        body="""
水球是一项在水中进行的集体球类运动，兼具游泳、手球和篮球的特点。
水球运动起源于19世纪后期的英国，1900年成为奥运会正式比赛项目，是奥运会历史最悠久的团体项目之一。
比赛时每队上场七名队员，其中一名为守门员。队员须用单手传球、射门，除守门员外不得用双手持球，也不得触及池底。
水球运动于20世纪初传入我国，20世纪50年代后在广东、上海等地逐步普及，近年来一些地方的中小学也开设了水球课程。
""",
    ),
    dict(
        slug="netdisk-feiyu-squash-summary-share",
        site="飞鱼网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.feiyu.example.com/s/1qWz8Kp0",
        title="市壁球运动协会2025年上半年工作总结",
        record_title="市壁球运动协会2025年上半年工作总结.wps",
        date="2025-07-08",
        notes="cloud-drive share page: file-name title, share expiry, save-to-drive and client prompts, a preview cut by ⟪N⟫ markers on lines of their own; signature date in Arabic numerals",
        pages=dict(fmt="⟪{n}⟫", every=90, start=2),
        page="""
!m 飞鱼网盘 · 文件分享
!t 市壁球运动协会2025年上半年工作总结.wps
!m 分享者：栟湖壁球人　｜　有效期：永久　｜　42KB
!a 保存到我的网盘　｜　下载（需客户端）
{BODY}
!a 在线预览仅显示部分内容，安装飞鱼网盘客户端查看完整文件
!d 请勿分享违规文件，举报邮箱 jubao@feiyu.example.com
""",
        body="""
上半年，市壁球运动协会在市体育局指导下，以推广普及为主线，各项工作有序推进。
一是赛事活动丰富多彩。成功举办市第三届壁球公开赛和青少年壁球锦标赛，参赛人数四百余人次，比去年同期增长三成。
二是场地建设取得进展。协调新建社区壁球馆两处，全市标准壁球场地达到二十一片。
三是培训体系逐步完善。举办二级裁判员培训班一期，培训裁判员三十六名；开展进校园推广活动十二场。
下半年，协会将重点筹备省运会壁球项目选拔，继续扩大青少年参与面。
栟湖市壁球运动协会
2025年7月8日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-sanda-referee-notice",
        site="搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.sousuo.example.com/c?m=9f65cb4a8c8507ed&u=tyj.jianxi.example.gov.cn/tzgg/1120.html",
        title="关于举办2025年全县散打裁判员培训班的通知",
        record_title="关于举办2025年全县散打裁判员培训班的通知",
        date="2025-04-02",
        notes="search-engine snapshot frame: the cache banner with the original URL and capture time (a crawl stamp, no date), highlighted-keywords line; the notice's own 联系人 and 报名表 attachment",
        page="""
!d 这是 tyj.jianxi.example.gov.cn/tzgg/1120.html 的快照，是网页在 2025年5月9日 11:42 的存档。当前页面可能已更改。
!a 查看当前页面　｜　纯文字版本
!m 以下搜索词已高亮显示：散打　裁判员
!m 枧溪县体育事业发展中心
{T}
{BODY}
!m 枧溪县体育事业发展中心版权所有　网站地图　联系我们
""",
        body="""
各乡镇文化站，各有关学校、武术馆校：
为提高我县散打裁判员执裁水平，经研究，决定举办2025年全县散打裁判员培训班。现将有关事项通知如下：
一、培训时间：2025年4月18日至20日。
二、培训地点：县全民健身中心三楼会议室。
三、培训内容：散打竞赛规则、裁判法、临场执裁实践。
四、参训人员：各单位推荐一至二名，请于4月12日前将报名表发送至tyzx_jianxi@example.cn。
联系人：彭浩，电话：0554-3120917。
附件：培训班报名表
枧溪县体育事业发展中心
2025年4月2日
""",
    ),
    dict(
        slug="printview-qingke-barley-festival-speech",
        site="栎原县人民政府网 打印页 (invented)",
        style="打印页",
        genre="主持词",
        kind="host-script",
        form="text",
        source="http://www.liyuanxian.example.gov.cn/print.jsp?id=77120",
        title="栎原县首届青稞丰收节开幕式主持词",
        record_title=None,
        date=None,
        notes="print view: a print/close row, the page URL and print time at the bottom (print stamp, no date), 第1页 共1页 footer; no record title, title printed once at the top",
        page="""
!a [打印]　[关闭]
{T}
!m 来源：县农业农村局　　信息类别：工作动态
{BODY}
!m 本页地址：http://www.liyuanxian.example.gov.cn/art/2025/9/77120.html
!m 打印时间：2025-10-11 15:07:31
!p 第 1 页 ／ 共 1 页
""",
        body="""
尊敬的各位领导、各位来宾，乡亲们：
金秋时节，青稞飘香。今天，我们在这里隆重举行栎原县首届青稞丰收节。
首先，请允许我介绍出席今天开幕式的领导和嘉宾……
下面，请县委副书记致辞。
下面，请青稞种植大户代表发言。
下面，我宣布：栎原县首届青稞丰收节开幕！请欣赏文艺演出《青稞谣》。
""",
    ),
    dict(
        slug="mail-fwd-passionfruit-cold-chain-request",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:forward/20251015-4412",
        title="关于申请百香果产地冷链集配中心建设补助资金的请示",
        record_title="Fwd: 关于申请百香果产地冷链集配中心建设补助资金的请示",
        date="2025-10-13",
        notes="a forwarded mail: mail headers and the forwarder's note as chrome, a mail signature and a confidentiality footer; the request's own 联系人/电话 and 附件 kept; 'Fwd:' in the record title",
        page="""
!m 发件人：农业科 <nyk@bailin.example.gov.cn>
!m 发送时间：2025年10月15日 星期三 09:12
!m 收件人：县财政局经建股
!m 主题：Fwd: 关于申请百香果产地冷链集配中心建设补助资金的请示
!w 各位好，转发栢林镇请示一份，请阅处。有问题打我分机 8023。
!m ---------- 转发的邮件 ----------
{BODY}
!m ——农业科 小蔡｜手机 139 0000 4471
!d 此邮件及附件仅供收件人使用，如误收请立即删除并告知发件人。
""",
        body="""
县农业农村局：
我镇现有百香果种植面积八千六百亩，年产鲜果一点二万吨。由于缺少产地冷链设施，采摘高峰期鲜果积压、损耗率高达百分之十五。
为解决这一问题，我镇拟在栢林村建设百香果产地冷链集配中心一处，总投资四百二十万元，其中申请县级补助资金一百五十万元，其余由镇村和合作社自筹。
妥否，请批示。
联系人：镇农业服务中心 龚思远，电话：0775-8816623。
附件：项目可行性研究报告
栢林镇人民政府
2025年10月13日
""",
    ),
]
