"""holdout93, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Everything invented."""

CASES = [
    dict(
        slug="gkforum-shangan-heritage-essay-html",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="insight",
        form="html",
        source="https://bbs.shangangk.example.com/thread-99120-1-1.html",
        title="让老手艺在新时代“活”起来",
        record_title="[申论范文] 让老手艺在新时代“活”起来（附点评） - 申论专区 - 上岸公考论坛",
        date="2025-04-11",
        notes="exam forum HTML; decorated title; 发表于 byline is the date; course ad between paragraphs; reply box",
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 让老手艺在新时代“活”起来（附点评） - 申论专区 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛　助你一次上岸⟧ ⟦a 登录 | 注册⟧</div>
<div id="pt">⟦m 论坛 › 申论专区 › 范文赏析⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 申论小灶 发表于 2025-4-11 19:26⟧ ⟦l 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复 | 支持 | 收藏 | 举报⟧</div>
<div class="fastre">⟦l 高级模式 | 发表回复⟧</div>
</body></html>
""",
        body="""
内画鼻烟壶、手工铁艺、手绘地图，这些老手艺曾一度面临“后继无人”的困境。
让老手艺“活”起来，首先要让手艺人有饭吃，把技艺与文创、旅游结合起来。
⟦w 【申论精品班】限时优惠，咨询助教微信 sl_xiaozao⟧
其次要让年轻人愿意学，把非遗课程引进学校，让传承从娃娃抓起。
老手艺不是博物馆里的标本，它应当走进今天的生活。
""",
    ),
    dict(
        slug="gkforum-kaoshi-interview-question-text",
        site="考试吧公考社区 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="text",
        source="http://gk.kaoshiba-sq.example.cn/post/44102",
        title="结构化面试：村里竹鼠养殖户与邻居发生矛盾，你怎么处理？",
        record_title="[面试真题] 结构化面试：村里竹鼠养殖户与邻居发生矛盾，你怎么处理？（附答题思路）",
        date=None,
        notes="exam forum text; decorated title; answer as numbered list; relative times; junk glued",
        page="""
!m 考试吧公考社区 > 面试交流 > 真题回忆
{T}
!m 楼主：晨读君　5天前　查看 906
{BODY}
!l 回复(12)　点赞(40)
!a 下载本帖为PDF（需登录）
!m 考试吧公考社区 · 京ICP证110332号
""",
        junk=dict(lines=1, glued=1),
        body="""
答题思路：
1.稳定情绪。先到现场劝双方冷静，避免矛盾激化。
2.了解情况。分别听取养殖户和邻居的诉求，查看养殖场的位置和卫生状况。
3.依规处理。属于违规养殖的，协调农业服务中心督促整改；属于误会的，做好解释沟通。
4.长效机制。推动村里划定集中养殖区，从源头减少矛盾。
""",
    ),
    dict(
        slug="baike-wiki-snuff-bottle-entry-html",
        site="知识百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhishi.example.com/item/内画鼻烟壶/44021",
        title="内画鼻烟壶",
        record_title="内画鼻烟壶_知识百科",
        date=None,
        notes="encyclopaedia entry; infobox rows as a table; edit links; an entry's years are no dates; references list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内画鼻烟壶_知识百科</title></head><body>
<div class="top">⟦m 知识百科⟧ ⟦a 进入词条⟧ ⟦a 搜索⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 中国工艺美术简史⟧</div>
<div class="stat">⟦m 浏览次数：12903次　编辑次数：7次　最近更新：墨画春⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧</div>
</body></html>
""",
        body="""
内画鼻烟壶是在透明的玻璃或水晶壶坯内壁反向绘画的一种传统工艺品。
中文名　内画鼻烟壶
起源时间　清代中期
主要材质　玻璃、水晶
画师用特制的弯头细笔从壶口伸入，在内壁上反向作画，画面从外面看是正的。
内画作品题材多为山水、人物、花鸟，小小壶中可容纳数百字的书法。
""",
    ),
    dict(
        slug="baike-wenda-hawthorn-storage-text",
        site="百问百答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baiwenbd.example.cn/wd/221304.html",
        title="新鲜山楂怎么保存时间长？",
        record_title=None,
        date="2025-10-05",
        notes="encyclopaedia Q&A text; title missing ({T}); 回答于 line is the date; numbered methods; vote bar",
        page="""
!m 百问百答 > 生活 > 美食
{T}
!m 最佳回答　｜　果农阿香　｜　回答于2025-10-05
{BODY}
!l 这个回答对您有帮助吗？　有用(203)　没用(4)
!d 回答内容由网友提供，仅供参考。
!l 其他人还在问：山楂怎么去核最快
""",
        body="""
新鲜山楂可以用以下几种方法保存：
1.冷藏法：不清洗，装进保鲜袋扎几个小孔，放冰箱冷藏，可放一个月左右。
2.冷冻法：洗净去核晾干后分装冷冻，可保存半年。
3.晒干法：切片晒干后密封保存，适合泡水喝。
""",
    ),
    dict(
        slug="netdisk-yunpan-map-rules-text",
        site="云端盘分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://pan.yunduanpan.example.com/s/1aZq83Mk",
        title="县地图编制室资料保密管理规定",
        record_title="县地图编制室资料保密管理规定.wps",
        date="2025-02-14",
        notes="cloud-drive share page; file-name title; rules whose articles speak of 复制/打印/下载 kept; share expiry and save prompts; page markers glued (〘n〙)",
        page="""
!m 云端盘 · 文件分享
!m 分享者：地图室小俞　有效期：7天　已被保存 12 次
{T}
!a 保存到我的云端盘　|　下载（1.2MB）
{BODY}
!a 在线预览仅显示部分内容，保存后可查看全部
!d 请勿分享违法违规内容，举报请联系平台客服。
""",
        pages=dict(fmt="〘{n}〙", every=110, start=2, glue=True),
        body="""
第一条　为加强地图编制资料的保密管理，根据有关规定，制定本规定。
第二条　涉密地理信息资料一律存放在专用涉密计算机中，不得复制到个人移动存储设备。
第三条　因工作需要打印涉密图件的，须经室主任批准并登记，用毕及时回收销毁。
第四条　禁止将涉密资料上传至互联网或从互联网下载来源不明的底图。
第五条　本规定自印发之日起施行。
县地图编制室
2025年2月14日
""",
    ),
    dict(
        slug="netdisk-baipan-cello-repertoire-html",
        site="百盘网 (invented)",
        style="网盘分享",
        genre="计划",
        kind="plan",
        form="html",
        source="https://www.baipan.example.net/share/init?surl=Cq77Hw",
        title="少年大提琴乐团2026年排练计划",
        record_title="少年大提琴乐团2026年排练计划.docx",
        date=None,
        notes="cloud-drive HTML; file-name title; repertoire table; no date (year in title and share stamp); save/download buttons",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>少年大提琴乐团2026年排练计划.docx_免费高速下载|百盘网</title></head><body>
<div class="hd">⟦m 百盘网⟧ ⟦a 客户端下载⟧ ⟦a 会员中心⟧</div>
<div class="file"><h1>{T}</h1><div class="fi">⟦m 2025-12-30 18:02 失效时间：永久有效⟧</div></div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="pv">
{BODY}
</div>
<div class="ft">⟦d ©2025 百盘网　涉及侵权请发送邮件至 jubao@baipan.example.net⟧</div>
</body></html>
""",
        body="""
全年排练安排如下：
季度　曲目　负责声部长
第一季度　《天鹅》《沂蒙山小调》　一声部
第二季度　《夜曲》　二声部
第三季度　《茉莉花》弦乐改编版　三声部
每周六上午集中排练，请团员提前15分钟到场调音。
""",
    ),
    dict(
        slug="snapshot-cache-iron-fire-safety-html",
        site="搜见快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soujian.example.com/c?m=9f2a&u=http%3A%2F%2Fwww.boshan.example.gov.cn%2Fxw%2F5510.html",
        title="柏山镇关于加强铁艺加工作坊消防安全管理的通知",
        record_title="柏山镇关于加强铁艺加工作坊消防安全管理的通知_柏山镇人民政府",
        date="2025-11-06",
        notes="snapshot frame banner above the page; gov page inside; 抄送 line kept; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>柏山镇关于加强铁艺加工作坊消防安全管理的通知_柏山镇人民政府</title></head><body>
<div class="snap">⟦d 这是 http://www.boshan.example.gov.cn/xw/5510.html 的快照，是网页在2025年11月20日的存档。⟧<br>⟦d 原网页可能已经更改，点击此处查看当前页面。⟧<br>⟦m 搜见快照 · 以下关键词已高亮：铁艺 消防⟧</div>
<div class="inner">
<div>⟦m 柏山镇人民政府 &gt; 通知公告⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦a 【打印】【收藏】【关闭】⟧</div>
</div></body></html>
""",
        body="""
各村（社区）、各铁艺加工作坊：
冬季天干物燥，铁艺加工中的焊接、切割作业火灾风险高，现就有关事项通知如下。
一、作坊内须配备灭火器不少于2具，焊接区与易燃物保持5米以上距离。
二、严禁在作坊内住人，严禁私拉乱接电线。
三、镇安监办将于11月下旬开展专项检查。
柏山镇人民政府
2025年11月6日
抄送：县消防救援大队
""",
    ),
    dict(
        slug="snapshot-text-bamboo-rat-subsidy-cache",
        site="快搜缓存 (invented)",
        style="搜索快照",
        genre="公示",
        kind="notice",
        form="text",
        source="http://kuaisou-cache.example.cn/cache?id=77a1&url=qiwan.example.gov.cn/gs/221.html",
        title="桤湾镇2025年竹鼠养殖补贴对象公示",
        date="2025-10-20",
        notes="text-only cache; cache header; data table; complaint phone of the document kept; crawl stamp is no date",
        page="""
!d 【快搜缓存】您查看的是网页的缓存版本，抓取于 2025-11-02 03:14
!d 缓存页面仅供参考，内容以原网页为准
!m 桤湾镇人民政府网 - 公示公告
{T}
{BODY}
!m 桤湾镇人民政府网　版权所有
""",
        body="""
经农户申报、村级审核、镇级复核，现将2025年竹鼠养殖补贴对象公示如下：
姓名　村别　存栏只数　补贴金额
覃国平　上坪村　620　3100元
黎秀英　下溪村　480　2400元
公示期为7天，如有异议，请向镇纪委反映，监督电话：0771-6720113。
桤湾镇人民政府
2025年10月20日
""",
    ),
    dict(
        slug="print-view-map-office-plan-text",
        site="枳阳县自然资源局 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://zrzy.zhiyang.example.gov.cn/print.jsp?id=8821",
        title="枳阳县2025年地图市场专项检查工作方案",
        record_title="打印预览 - 枳阳县2025年地图市场专项检查工作方案",
        date="2025-05-08",
        notes="print view; print footer 第1页 共1页 and URL stamp; print time is no date; document date; hard-wrapped at 64",
        page="""
!m 打印时间：2025/11/19 10:42
!m http://zrzy.zhiyang.example.gov.cn/print.jsp?id=8821
{T}
{BODY}
!a [打印本页]　[关闭]
!m ＝＝ 第1页 共1页 ＝＝
""",
        wrap=64,
        indent="　　",
        body="""
为规范地图市场秩序，维护国家版图尊严，县自然资源局会同县市场监管局开展地图市场专项检查。
一、检查对象：书店、文具店、印刷企业及网络销售商户。
二、检查内容：是否销售、印制未经审核的地图，地图是否存在错绘、漏绘国界线等问题。
三、时间安排：5月中旬至6月底。
枳阳县自然资源局
2025年5月8日
""",
    ),
    dict(
        slug="print-view-tanbu-hospital-rules-html",
        site="檀埠中医院 打印预览 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.tbzyy.example.cn/print.aspx?id=3311",
        title="康复科音乐治疗室管理制度",
        record_title="〔打印稿〕康复科音乐治疗室管理制度",
        date=None,
        notes="print view HTML; decorated title; print footer; no date (print time only); 扫码 登记 as content",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印⟧ ⟦a 关闭本页⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印日期：2025-12-01　来源：檀埠中医院网站⟧</div>
<div class="pf">⟦p 第 1 页 / 共 1 页⟧</div>
</body></html>
""",
        body="""
一、治疗室由康复科统一管理，大提琴等乐器使用后放回琴架。
二、患者使用治疗室须提前一天扫码预约并登记，每次不超过40分钟。
三、治疗室内保持安静，禁止饮食。
四、乐器损坏时及时报告科室，不得自行修理。
""",
    ),
    dict(
        slug="mail-fwd-snuff-exhibition-notice-text",
        site="枳阳文化馆邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:whg@zhiyang.example.cn?msg=20250910-2201",
        title="关于举办内画鼻烟壶精品展的通知",
        record_title="Fwd: 关于举办内画鼻烟壶精品展的通知",
        date="2025-09-08",
        notes="forwarded mail; mail headers; 附件 list of the document kept; mail send date differs (also accepted); signature of the forwarder",
        page="""
!m 发件人：县文化馆办公室 <whg@zhiyang.example.cn>
!m 发送时间：2025年9月10日(星期三) 下午3:12
!m 收件人：各乡镇文化站
!m 主题：Fwd: 关于举办内画鼻烟壶精品展的通知
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!m --
!m 县文化馆办公室 · 邮件由网易邮箱大师发送
""",
        date_also=["2025-09-10"],
        body="""
各乡镇文化站：
为展示我县内画技艺传承成果，县文化馆定于9月20日至10月8日举办内画鼻烟壶精品展。
请各文化站于9月15日前推荐参展作品1至3件，并填写报名表。
附件：1.参展作品报名表
2.展览布展要求
枳阳县文化馆
2025年9月8日
""",
    ),
    dict(
        slug="mail-reply-hawthorn-cold-storage-request-html",
        site="柃溪镇政务邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.lingxi.example.gov.cn/read?mid=88210",
        title="关于申请山楂冷库建设补助资金的请示",
        record_title="答复：Re: 关于申请山楂冷库建设补助资金的请示",
        date="2025-08-25",
        notes="webmail read view; reply chain header; document's own 联系人/电话 kept; 抄送 of the mail is chrome (meta) while the document's own 抄送 is body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>答复：Re: 关于申请山楂冷库建设补助资金的请示 - 政务邮箱</title></head><body>
<div class="bar">⟦m 柃溪镇政务邮箱⟧ ⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧</div>
<div class="hdr">⟦m 发件人：柃溪镇农业服务中心⟧<br>⟦m 时间：2025-08-27 09:18⟧<br>⟦m 抄送：镇财政所⟧</div>
<div class="quote">⟦m 在 2025-08-26，镇党政办 写道：请补充项目预算明细。⟧</div>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦m 此邮件已通过政务网安全检测⟧</div>
</body></html>
""",
        date_also=["2025-08-27"],
        body="""
镇人民政府：
为解决山楂集中上市期间鲜果积压问题，我中心拟在柃溪村建设500吨冷库一座，总投资82万元。
现申请镇级补助资金20万元，其余由合作社自筹和申请县级项目资金解决。
妥否，请批示。
联系人：彭力，电话：0771-6730215。
柃溪镇农业服务中心
2025年8月25日
""",
    ),
]
