"""holdout261, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text, written by hand."""

CASES = [
    dict(
        slug="gkforum-shenlun-basket-essay",
        site="拾阶公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="html",
        source="https://bbs.shangan-gk.example/thread-77310-1-1.html",
        title="一只菜篮子里的民生温度",
        record_title="[申论习作] 一只菜篮子里的民生温度（大家帮忙批改）- 申论交流 - 拾阶公考论坛",
        date=None,
        notes="exam forum with reply-to-see prompt, QQ-group ad and jammer fonts; essay, no date",
        junk=dict(lines=1, glued=1),
        p_html="<p>{}</p>",
        page="""
<html><head><meta charset="utf-8"><title>[申论习作] 一只菜篮子里的民生温度（大家帮忙批改）- 申论交流 - 拾阶公考论坛</title></head><body>
<div class="hd">⟦m 拾阶公考论坛⟧ ⟦w 备考交流群：QQ 553017782⟧</div>
<div class="pt">⟦m 拾阶公考论坛 › 申论交流⟧</div>
<div class="subject">{T}</div>
<div class="authi">⟦m 发表于 4 天前 | 楼主 逢考必过⟧</div>
{BODY}
<div class="locked">⟦a 参考范文需回复本帖后可见⟧</div>
<div class="ft">⟦m Powered by Discuz! 拾阶公考⟧</div>
</body></html>
""",
        body="""
菜篮子，一头连着田间地头，一头连着千家万户的餐桌。菜篮子拎得轻不轻松，是检验民生工作的一把尺子。
拎稳菜篮子，要稳住生产。各地应落实蔬菜基地建设，保障本地菜的基本自给。
拎稳菜篮子，要畅通流通。发展农超对接、社区团购，减少中间环节，让农民和市民双赢。
拎稳菜篮子，要守住安全。加强农药残留检测，让群众吃得放心。
一只小小的菜篮子，装着的是百姓的日子，更是党委政府的责任。
""",
    ),
    dict(
        slug="gkforum-mianshi-paddle-answer",
        site="考公一点通论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="post",
        form="text",
        source="http://www.kgydt.example/bbs/t-5521.html",
        title="结构化面试：食堂推行“定量饭勺”遭员工抱怨，你怎么办",
        record_title="【面试真题】结构化面试：食堂推行“定量饭勺”遭员工抱怨，你怎么办（附答题思路）",
        date=None,
        notes="text exam forum with junk lines and glued junk; post, no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 考公一点通论坛 → 面试专区
{T}
!m 楼主：小鹿上岸　发表于 3 天前
{BODY}
!l 回复：思路很清晰，收藏了
!a 本帖最后由 小鹿上岸 于 昨天 编辑
""",
        body="""
如果我是食堂负责人，我会这样处理：
首先，端正态度。推行定量饭勺是为了减少浪费，出发点是好的，但员工有意见，说明工作方法还有不足。
其次，了解原因。通过座谈、意见箱等方式收集意见，如果是饭量不够，可以设置免费添饭窗口。
再次，做好宣传。在食堂张贴节约粮食的标语，公布每月剩饭量的变化。
最后，总结经验，形成制度，让节约成为大家的自觉行动。
""",
    ),
    dict(
        slug="baike-cupedia-vinegar-bottle-entry",
        site="百物知识百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.baiwuzs.example/item/醋瓶",
        title="醋瓶",
        record_title="醋瓶_百物知识百科",
        date=None,
        notes="encyclopaedia with edit/discuss/history tabs, infobox and reference markers glued",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>醋瓶_百物知识百科</title></head><body>
<div class="hd">⟦m 百物知识百科⟧ ⟦a 编辑词条 讨论区 修订历史⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 中文名：醋瓶　类别：调味品容器　材质：玻璃/陶瓷⟧</div>
<div class="toc">⟦l 词条目录：1 简介 2 种类 3 使用⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：《日用陶瓷器具图说》⟧</div>
<footer>⟦d 百物知识百科词条由网友协作编写⟧</footer>
</body></html>
""",
        body="""
醋瓶是盛装食醋的容器，常见的有玻璃醋瓶和陶瓷醋瓶两类。⟦l [1]⟧
旧时民间多用陶制醋瓶，瓶口小、瓶肚大，用木塞或油纸封口，能避光保存。现代工业化生产多用玻璃醋瓶，便于观察醋的颜色和余量。
醋具有一定酸性，不宜用金属容器长期盛放。醋瓶开封后应拧紧瓶盖，放在阴凉避光处，一般建议在半年内用完。
不少地方还开展空醋瓶回收，经清洗消毒后可重复灌装。
""",
    ),
    dict(
        slug="baike-wenda-rattan-chair-entry",
        site="百科知道 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="http://zhidao.baikezd.example/question/3320.html",
        title="藤椅和竹椅有什么区别？",
        record_title=None,
        date=None,
        notes="text Q&A on an encyclopaedia site; missing title found as the question",
        page="""
!m 百科知道 > 家居生活
{T}
!m 网友提问 · 2个回答 · 2023年被浏览
!m 最佳回答
{BODY}
!m 回答者：家具匠人 · 回答于 6 天前
!a 赞同 21　|　举报
""",
        body="""
藤椅和竹椅主要有三点区别：
一是材料不同。藤椅用的是棕榈科藤本植物的茎，柔韧性好；竹椅用的是竹子，质地硬。
二是做法不同。藤椅多用藤条缠绕、编织，造型可以做出弧线；竹椅多用竹管拼接、烤弯。
三是坐感不同。藤椅有弹性，久坐不累；竹椅凉快，但硬一些。
两种椅子都怕暴晒和潮湿，平时要放在通风处，每隔一段时间用湿布擦去灰尘。选购时可以按压椅面，回弹好、没有异响的质量较好。
""",
    ),
    dict(
        slug="netdisk-pan-salt-jar-instruction",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="regulation",
        form="html",
        source="https://pan.yunxia.example/s/1aXk-77QpZ",
        title="盐罐灌装作业指导书",
        record_title="盐罐灌装作业指导书.pdf",
        date=None,
        notes="cloud-drive preview with VIP prompts; file-name title; decimal headings",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>盐罐灌装作业指导书.pdf_云匣网盘</title></head><body>
<div class="hd">⟦m 云匣网盘⟧ ⟦a 登录云匣领取2T空间⟧</div>
<div class="file">⟦t 盐罐灌装作业指导书.pdf⟧ ⟦m 418KB 分享者：鹾城盐业质检室⟧</div>
<div class="pv">
{BODY}
</div>
<div class="vip">⟦a 超级会员可预览全部页面⟧ ⟦a 保存到我的云匣⟧</div>
<footer>⟦d 请勿通过云匣分享违法违规内容⟧</footer>
</body></html>
""",
        body="""
1 适用范围
1.1 本指导书适用于500克食品级塑料盐罐的灌装作业。
2 作业步骤
2.1 检查盐罐外观，剔除变形、破损的盐罐。
2.2 将盐罐放上灌装机，设定灌装量为500克，允许误差±3克。
2.3 灌装后立即封盖，并在罐底喷印生产日期和批次号。
3 注意事项
3.1 操作人员须穿戴工作服、帽子和口罩。
3.2 每小时抽检10罐净含量，结果记入检验记录表。
""",
    ),
    dict(
        slug="netdisk-nas-basket-class-summary",
        site="家用NAS分享页 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://nas.fan-home.example/share/basket-summary",
        title="三年级“菜篮子里的数学”实践活动总结",
        record_title="三年级“菜篮子里的数学”实践活动总结.docx",
        date="2024-06-28",
        notes="text NAS share; file-name title; 成文日期; hard-wrapped at 60 columns",
        wrap=60,
        page="""
!m 文件分享 · 由 fanjia 共享
!t 三年级“菜篮子里的数学”实践活动总结.docx
!m 共享于 2024-07-02　有效期 7 天
{BODY}
!a 下载文件　|　保存到我的空间
""",
        body="""
本学期，三年级组开展了“菜篮子里的数学”实践活动。学生们跟着家长去菜市场买菜，记录菜价，计算找零，再把一周的菜价做成统计表。
全年级156名学生参加，共上交统计表140份，评出优秀作品20份。
活动让学生感受到数学就在生活中，也体会到父母持家的辛苦。下学期，年级组将把活动延伸到“厨房里的科学”，继续引导学生在生活中学习。
饴山县实验小学三年级组
2024年6月28日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-rattan-chair-notice",
        site="觅迹搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.miji.example/c?u=http://www.santian.gov.example/tz/0611.html",
        title="关于开展藤椅加工作坊消防安全检查的通知",
        record_title="觅迹快照｜关于开展藤椅加工作坊消防安全检查的通知",
        date="2024-06-11",
        notes="search-cache frame with highlighted terms; snapshot stamp not a date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>觅迹快照｜关于开展藤椅加工作坊消防安全检查的通知</title></head><body>
<div class="cache-bar">⟦d 这是觅迹于 2024-09-01 保存的页面副本，可能与原网页不同⟧ ⟦m 高亮词：藤椅 消防⟧ ⟦a 查看原网页⟧</div>
<div class="orig">⟦m 馓田镇人民政府⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 馓田镇人民政府 版权所有⟧</div>
</body></html>
""",
        body="""
各村（社区）、各藤椅加工作坊：
藤条、油漆等材料易燃，为防范火灾事故，镇政府决定于6月15日至30日开展藤椅加工作坊消防安全检查。
检查重点：一是灭火器是否配齐有效；二是电线是否私拉乱接；三是油漆存放是否远离火源；四是安全出口是否畅通。
对检查发现的问题，要限期整改到位。
馓田镇安全生产委员会办公室
2024年6月11日
""",
    ),
    dict(
        slug="snapshot-wenzi-vinegar-shop-rules",
        site="寻踪网页快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://kz.xunzong.example/s/88121",
        title="醋坊门店散装醋销售管理规定",
        record_title="〔文本快照〕醋坊门店散装醋销售管理规定",
        date=None,
        notes="text-only cache; rules with 第N条; one that speaks of 扫码",
        page="""
!d 本页为寻踪保存的纯文本快照，原网页可能已更新
!m 原网址：http://www.xscufang.example/gz/12.html
{T}
{BODY}
!m 寻踪快照 · 抓取于 一周前
""",
        body="""
第一条　门店散装醋须用本坊统一醋瓶灌装，不得使用顾客自带的不洁容器。
第二条　醋瓶灌装后贴上标签，注明品名、酿造日期和保质期。
第三条　顾客可扫码查询每批醋的酿造记录。
第四条　回收的空醋瓶交总坊统一清洗，门店不得自行回灌。
第五条　门店每日营业结束后清洁灌装台，做好记录。
第六条　本规定由总坊负责解释，自公布之日起执行，原有规定同时废止。
""",
    ),
    dict(
        slug="print-dayin-salt-jar-property",
        site="柸园物业服务中心 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.peiyuanwy.example/print.php?id=331",
        title="关于小区厨房盐罐等调味品防潮的温馨提示",
        record_title="打印预览 ▸ 关于小区厨房盐罐等调味品防潮的温馨提示 · 柸园物业",
        date="2024-06-03",
        notes="print view calling window.print(); print footer closes it; print stamp no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印预览 ▸ 关于小区厨房盐罐等调味品防潮的温馨提示 · 柸园物业</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="pbar">⟦a 🖨 立即打印 ｜ 返回原文⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pfoot">⟦m 打印时间：2024-06-20 14:33⟧</div>
<div class="pfoot">⟦p ⬯ 页 1 之 1 ⬯⟧</div>
</body></html>
""",
        body="""
各位业主：
进入梅雨季节，室内湿度较大，厨房里的盐罐、糖罐容易受潮结块。物业提醒大家：
1.盐罐要盖紧盖子，放在远离灶台和水池的地方。
2.可在盐罐里放几粒炒过的大米，吸收潮气。
3.盐结块后可放在微波炉里低火加热半分钟，再捣散使用。
如需物业协助，请拨打服务中心电话：0736-5521100。
柸园物业服务中心
2024年6月3日
""",
    ),
    dict(
        slug="print-dayin-paddle-canteen-rules",
        site="醢川县机关食堂 (invented)",
        style="打印页",
        genre="规程",
        kind="regulation",
        form="text",
        source="http://jgst.haichuan.example/print/22",
        title="机关食堂分餐岗位操作规程",
        record_title="〖打印稿〗机关食堂分餐岗位操作规程",
        date=None,
        notes="text print view; page markers ⮚n⮚ on lines of their own; print footer",
        pages=dict(fmt="⮚{n}⮚", every=110, start=2),
        page="""
!a ［打印本页］［关闭］
{T}
{BODY}
!p ⬯ 页 2 之 2 ⬯
""",
        body="""
一、分餐人员上岗前须洗手消毒，穿戴工作服、口罩、手套和帽子。
二、每个菜品配专用饭勺或菜勺，不得混用；饭勺用后放在专用勺架上，不得放在台面上。
三、分餐时按公示的分量盛放，主食每勺约150克，员工需要可添加。
四、分餐结束后，饭勺、菜勺送洗消间统一清洗消毒。
五、分餐人员有发热、腹泻等症状的，应立即报告并暂停上岗。
""",
    ),
    dict(
        slug="mail-youjian-basket-order-forward",
        site="竹韵邮箱网页版 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zhuyun.example/read?mid=ZY20240313",
        title="关于订购竹编菜篮的函",
        record_title="转发：关于订购竹编菜篮的函.docx",
        date="2024-03-12",
        date_also=["2024-03-13"],
        notes="webmail reading view with forwarded header and attachment bar; 附件 list next to it; contact beside webmail",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发：关于订购竹编菜篮的函.docx - 竹韵邮箱</title></head><body>
<div class="hd">⟦m 竹韵邮箱⟧ ⟦a 写信 收信 通讯录⟧</div>
<div class="mhead">⟦m 发件人：醢川竹编合作社 &lt;hczbhzs@example.com&gt;⟧<br>⟦m 时间：2024年3月13日 09:12⟧<br>⟦m 主题：转发：关于订购竹编菜篮的函.docx⟧</div>
<div class="att">⟦a 附件（1个）：订购清单.xlsx 12KB 预览 下载⟧</div>
<div class="mbody">⟦m ---------- 转发的邮件 ----------⟧
<h3>{T}</h3>
{BODY}
</div>
<div class="mtool">⟦a 回复 全部回复 转发 删除⟧</div>
</body></html>
""",
        body="""
醢川竹编合作社：
我超市拟订购竹编菜篮500只，用于“绿色购物”促销活动，具体要求如下：
一、规格：直径30厘米，带提手，竹篾不得有毛刺。
二、交货时间：2024年4月1日前。
三、价格请按附件清单报价。
联系人：鲍雪，电话：0736-8870025，邮箱：sgcg@example.com。
附件：订购清单
醢川百家惠超市
2024年3月12日
""",
    ),
    dict(
        slug="mail-zhuanfa-rattan-chair-letter",
        site="邮件转发文本 (invented)",
        style="邮件转发",
        genre="主持词",
        kind="speech",
        form="text",
        source="mailto:forward-0420@example.com",
        title="藤椅文化节开幕式主持词",
        record_title="Fwd: 藤椅文化节开幕式主持词（定稿）",
        date="2024-04-20",
        notes="text mail forward; page markers glued mix; date under the title",
        pages=dict(fmt="⩗第{n}屏⩘", every=120, start=2, glue="mix"),
        page="""
!m ---------- Forwarded message ---------
!m From: 馓田镇文化站 <wenhuazhan@example.com>
!m Date: 2024年4月18日 16:40
!m Subject: 藤椅文化节开幕式主持词（定稿）
{T}
（2024年4月20日）
{BODY}
!d 此邮件由竹韵邮箱转发，请勿直接回复
""",
        date_also=["2024-04-18"],
        body="""
尊敬的各位领导、各位来宾，乡亲们：
大家上午好！春风送暖，藤香满街。今天，我们在这里隆重举行馓田镇首届藤椅文化节开幕式。
出席今天开幕式的有县委宣传部、县文旅局的领导，还有来自各地的藤编企业代表，让我们以热烈的掌声表示欢迎！
下面，请镇党委书记致辞。
本届文化节将持续三天，期间举办藤椅展销、编织技艺比赛等活动。
现在我宣布，馓田镇首届藤椅文化节开幕！
""",
    ),
]
