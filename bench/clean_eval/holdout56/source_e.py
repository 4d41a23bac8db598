"""holdout56, part E: 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text."""

CASES = [
    dict(
        slug="app-xiebi-speech-lighthouse",
        site="写吧APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.xieba.app/s/v3/8812cc",
        title="在渔港灯塔修缮竣工仪式上的讲话",
        record_title="在渔港灯塔修缮竣工仪式上的讲话｜写吧",
        date="2025-07-08",
        notes="writing app share; date under title in Chinese numerals",
        page="""
!a 打开写吧APP，查看完整范文
!m 写吧 · 你的写作助理
{T}
（二〇二五年七月八日）
渔川镇镇长　石灯
!m 1.8万人看过　来自写吧范文库
{BODY}
!a AI一键改写　换个说法
!a 复制全文需开通写吧会员
!l 相似范文：在渔港码头启用仪式上的致辞
""",
        body="""
各位渔民朋友、同志们：
老灯塔是渔川渔港的标志，几十年来为出海的渔船指引归途。
经过半年修缮，灯塔恢复了原貌，新装的航标灯射程达到12海里。
希望大家共同爱护灯塔，也祝大家出海平安、满载而归！
""",
    ),
    dict(
        slug="app-gongwen-text-request",
        site="公文帮APP (invented)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="http://m.gongwenbang.com/share/req/33019",
        title="关于拨付蚕桑基地灌溉设施维修资金的请示",
        record_title="关于拨付蚕桑基地灌溉设施维修资金的请示（可直接套用）",
        date="2025-04-03",
        notes="app share; 联系人 line kept; 附件 kept; chrome glued after 。",
        page="""
!m 公文帮 · 公文写作不求人
!t 关于拨付蚕桑基地灌溉设施维修资金的请示（可直接套用）
!m 模板编号 GW-33019　更新于 5天前
{BODY}
!a 下载DOC模板　分享给同事
!d 模板仅供参考，使用前请结合实际修改
""",
        body="""
县农业农村局：
我镇桑蚕基地灌溉设施建于2012年，管网老化严重，已影响今年春蚕桑叶供应。⟦a 收藏模板⟧经测算，维修需资金38.6万元，恳请予以拨付。
妥否，请批示。
附件：灌溉设施维修预算表
联系人：桑叶青，电话：0573-8826631
桑浦镇人民政府
2025年4月3日
""",
    ),
    dict(
        slug="gkforum-yuye-text-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shangangk.com/thread-20931-1-1.html",
        title="让小产业托起大民生",
        record_title="[申论范文] 让小产业托起大民生 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum; forum junk; no date (only relative post time)",
        page="""
!m 上岸公考论坛 › 申论交流 › 帖子
!t [申论范文] 让小产业托起大民生 - 申论交流 - 上岸公考论坛
!m 楼主：一定上岸　发表于 昨天 22:15
{BODY}
!a 本帖隐藏内容：回复后可见评分标准
!l 回复(58)　收藏(120)
!w 申论批改一对一，QQ群：88120456
""",
        junk=dict(lines=1, glued=2),
        body="""
一罐蜂蜜、一袋香菇、一盒脐橙，看似不起眼的小产业，却连着千家万户的饭碗。
小产业要做大，首先要有标准。没有统一的品质标准，好产品也卖不出好价钱。
其次要有组织。合作社把分散的农户组织起来，才能对接大市场。
最后要有品牌。区域公用品牌是小产业走出去的名片。
让小产业托起大民生，需要政府、市场和农民同向发力。
""",
    ),
    dict(
        slug="gkforum-mianshi-html-post",
        site="考公驿站 (invented)",
        style="公考论坛",
        genre="经验帖",
        kind="post",
        form="html",
        source="https://www.kaogongyz.com/t/77120.html",
        title="事业单位农技岗面试备考心得",
        record_title="【上岸帖】事业单位农技岗面试备考心得（附答题框架）",
        date="2025-08-25",
        notes="exam forum HTML; post date is the date; numbered list",
        page="""
<html><head><meta charset="utf-8"><title>【上岸帖】事业单位农技岗面试备考心得（附答题框架）</title></head><body>
<div class="hd">⟦m 考公驿站 公考人的加油站⟧</div>
<div class="pt">⟦m 考公驿站 › 面试专区⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 发表于 2025-08-25 23:04 | 作者 菇乡考生⟧</div>
{BODY}
<div class="sig">⟦l 签名：今年必上岸！⟧</div>
<div class="ad">⟦w 面试押题班报名 加微信 kgyz2025⟧</div>
<div class="ft">⟦m 考公驿站 © 2025 | 网站地图⟧</div>
</body></html>
""",
        body="""
我报考的是菇源县农技站，面试已经结束，分享几点心得。
1.多看本地材料。县里的食用菌产业规划一定要熟悉。
2.答题要有框架。先表态，再分析，最后提措施。
3.多练模拟。我和研友每天练两道题，互相计时点评。
祝大家都能顺利上岸！
""",
    ),
    dict(
        slug="wiki-gongwen-html-entry",
        site="百知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.baizhi.com/item/商请函/1102",
        title="商请函",
        record_title="商请函_百知百科",
        date=None,
        notes="encyclopaedia entry with template placeholders and an example date; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>商请函_百知百科</title></head><body>
<div class="top">⟦m 百知百科 全球领先的中文百科⟧ ⟦a 编辑词条 | 登录⟧</div>
<h1>{T}</h1>
<div class="card">⟦m 本词条由“公文写作”科普团队编写　浏览 2.3万次⟧</div>
{BODY}
<div class="ref">⟦l 词条标签：公文 函 文书⟧</div>
<div class="ft">⟦d 百科词条人人可编辑，内容仅供参考⟧ ⟦m © 2025 Baizhi⟧</div>
</body></html>
""",
        body="""
商请函是不相隶属机关之间商洽工作、请求协助时使用的函。
结构一般包括标题、主送机关、正文、落款和日期。
示例开头：“××县邮政分公司：为做好××工作，现商请贵单位协助……”
落款日期写作“20××年×月×日”，如2024年5月6日发出的函，落款即写该日。
""",
    ),
    dict(
        slug="wiki-qa-text-silkworm",
        site="知了问问 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="http://wenwen.zhiliao.net/q/9981.html",
        title="春蚕和秋蚕有什么区别？",
        record_title=None,
        date="2025-09-02",
        notes="question as title; answer date line is the date",
        page="""
!m 知了问问
{T}
!m 提问者：桑叶绿　悬赏5积分
!m 满意答案　蚕桑老师傅　回答于 2025-09-02
{BODY}
!l 追问　评论(2)　有用(18)
!l 其他类似问题：蚕宝宝吃什么桑叶好？
!a 登录知了问问，参与讨论
""",
        body="""
主要有三点区别。
第一，饲养季节不同：春蚕在4月至5月饲养，秋蚕在8月至9月饲养。
第二，茧质不同：春蚕桑叶嫩、气候适宜，茧层厚、丝质好。
第三，风险不同：秋蚕气温高，容易发病，管理要更细。
""",
    ),
    dict(
        slug="netdisk-haian-html-share",
        site="云舟网盘 (invented)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="html",
        source="https://pan.yunzhou.cc/s/1Hk7QmZ",
        title="渔港防台风应急预案",
        record_title="渔港防台风应急预案.pdf",
        date="2025-06-12",
        notes="cloud drive share page; file-name title; share stamp not a date; 成文日期 in body",
        page="""
<html><head><meta charset="utf-8"><title>渔港防台风应急预案.pdf_免费高速下载|云舟网盘</title><script src="/s/pan.js"></script></head><body>
<div class="hd">⟦m 云舟网盘 · 超大空间 极速分享⟧ ⟦a 登录　注册⟧</div>
<div class="file">⟦m 分享者：渔川应急　分享时间：2025-06-20 10:03　有效期：永久⟧</div>
<h2>渔港防台风应急预案.pdf</h2>
<div class="prev">
{BODY}
</div>
<div class="btn">⟦a 保存到我的网盘　普通下载　超速下载⟧</div>
<div class="ft">⟦d 分享内容由用户上传，如涉及侵权请举报⟧</div>
</body></html>
""",
        body="""
一、适用范围。本预案适用于渔川渔港台风预警期间的船舶避风和人员撤离。
二、响应分级。按台风预警颜色分为四级响应。
三、处置措施。蓝色预警时渔船停止出海；橙色以上预警时，渔排人员全部上岸。
四、值班电话：0596-5231999（镇应急办）
渔川镇人民政府
2025年6月12日
""",
    ),
    dict(
        slug="netdisk-taoci-text-nas",
        site="小窑NAS分享 (invented)",
        style="网盘分享",
        genre="培训总结",
        kind="summary",
        form="text",
        source="http://nas.xiaoyao.link:5000/sharing/kF8aQ",
        title="陶艺研学课程总结",
        record_title=None,
        date=None,
        notes="title missing, only as file name on the page; export stamp not a date",
        title_also=["陶艺研学课程总结.docx"],
        page="""
!m 小窑的云盘 · 文件分享
!m 陶艺研学课程总结.docx　(22 KB)
!m 导出于 2025-09-30 18:22
!a 下载　在线预览
{T}
{BODY}
!d 分享链接30天后失效
""",
        body="""
本学期陶艺研学课程共开课16次，参加学生48人。
学生们学会了捏塑、泥条盘筑和简单拉坯，完成作品200余件。
课程中也发现窑位不足、作品烧成周期长等问题，下学期拟与龙窑陶瓷厂合作解决。
""",
    ),
    dict(
        slug="snapshot-luchuan-html-frame",
        site="搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soukuai.com/c?m=9f65cb4a8c8507ed4fece7631046893b",
        title="关于湿地公园观鸟步道临时关闭的公告",
        record_title="关于湿地公园观鸟步道临时关闭的公告",
        date="2025-12-10",
        notes="snapshot banner frame; snapshot stamp not the date; 成文日期 in body",
        page="""
<html><head><meta charset="utf-8"><title>关于湿地公园观鸟步道临时关闭的公告</title></head><body>
<div style="border:1px solid #999">⟦m 这是 搜快 对 http://www.luchuan.gov.cn/sdgy/1210.html 的快照，是网页在2025年12月14日的存档⟧<br>⟦a 原网页可能已更新，点击此处查看最新网页⟧</div>
<div>⟦m 鹭川湿地公园管理处⟧</div>
<h3>{T}</h3>
{BODY}
<div>⟦m 管理处电话：0737-6630051⟧</div>
</body></html>
""",
        body="""
因冬季候鸟集中栖息，为减少人为干扰，湿地公园观鸟步道北段自12月15日起临时关闭，预计次年2月底重新开放。
南段步道和观鸟塔照常开放，请游客保持安静，勿越过护栏。
给您带来的不便，敬请谅解。
鹭川湿地公园管理处
2025年12月10日
""",
    ),
    dict(
        slug="snapshot-yanchuan-text-cache",
        site="文本快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://snap.chaxun.cn/text?u=yanchuan-news-0722",
        title="砚川县砚雕作品亮相省文博会",
        record_title="砚川县砚雕作品亮相省文博会_砚川新闻网",
        date="2025-07-22",
        notes="text-only cache; byline date",
        page="""
!m 查询快照 - 纯文本版本　抓取：2025-07-25 02:11
!m 原地址：http://news.yanchuan.cn/2025/0722/4410.html
{T}
!m 砚川新闻网　2025-07-22　责任编辑：墨池
{BODY}
!l 相关新闻：砚川制砚技艺入选省级非遗
!m 砚川新闻网版权所有
""",
        body="""
7月20日至22日，第十届省文化产业博览会举行，砚川县12家制砚工坊的86件砚雕作品参展。
其中，老艺人墨守一的《松鹤砚》获得金奖。
展会期间，砚川展区现场签约订单金额达320万元。
""",
    ),
    dict(
        slug="print-fengye-html-view",
        site="蜜岭县农业农村局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://nyncj.miling.gov.cn/print.jsp?id=3310",
        title="关于开展蜂群春繁技术指导的通知",
        record_title="打印预览 - 关于开展蜂群春繁技术指导的通知",
        date="2025-02-17",
        notes="print view; print footer; 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 关于开展蜂群春繁技术指导的通知</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印】【关闭窗口】⟧</div>
<h2>{T}</h2>
<p>蜜农发〔2025〕6号</p>
{BODY}
<div class="pf">⟦m 打印时间：2025-03-01 09:12⟧</div>
<div class="pf">⟦p 第 1 页 ／ 共 1 页⟧</div>
</body></html>
""",
        body="""
各乡镇农业综合服务中心：
为提高蜂群春繁效果，局里决定组织技术人员分片开展技术指导。
一、指导时间：2月20日至3月20日。
二、指导内容：早春奖励饲喂、蜂群保温、蜂螨防治。
抄送：县蜂业协会。
蜜岭县农业农村局
2025年2月17日
""",
    ),
    dict(
        slug="print-juwan-text-summary",
        site="橘湾农技网 打印稿 (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.juwannj.cn/print/2025/12/3321",
        title="橘湾县2025年柑橘黄龙病防控工作总结",
        record_title="〔打印稿〕橘湾县2025年柑橘黄龙病防控工作总结",
        date="2025-12-08",
        notes="print view; date under signature in Chinese numerals",
        page="""
!m 橘湾农技网 www.juwannj.cn
!t 〔打印稿〕橘湾县2025年柑橘黄龙病防控工作总结
!m 打印自：橘湾农技网　打印时间：2025-12-15 16:40
{BODY}
!m http://www.juwannj.cn/zj/2025/12/3321.html
!p 第1页（共1页）
""",
        body="""
2025年，全县深入开展柑橘黄龙病防控，全年挖除病株4.3万株，统一防治柑橘木虱3轮次，病株率控制在0.5%以下。
明年将继续实行“挖、防、管、补”四项措施。
橘湾县农业农村局
二〇二五年十二月八日
""",
    ),
    dict(
        slug="mail-yanchang-text-forward",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:scb@haijingyan.com?subject=fwd-0922",
        title="关于盐田防台加固工作的通知",
        record_title="Fwd: 关于盐田防台加固工作的通知",
        date="2025-09-20",
        date_also=["2025-09-22"],
        notes="forwarded mail; headers meta; mail's own 附件 line is chrome, document's 附件 kept",
        page="""
!m 发件人：生产部 <scb@haijingyan.com>
!m 发送时间：2025年9月22日 星期一 8:05
!m 收件人：各工区负责人
!t Fwd: 关于盐田防台加固工作的通知
!m 附件：1个（盐田加固清单.xlsx）
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及附件含内部信息，误收请删除
!a 发自我的手机邮箱
""",
        body="""
各工区：
据气象部门预报，今年第18号台风将于9月24日前后影响我市沿海。现将防台加固工作通知如下：
一、9月23日18时前完成盐田围堤巡查和薄弱点加固。
二、结晶池原盐全部苫盖压实。
附件：盐田加固清单
海晶盐业生产部
2025年9月20日
""",
    ),
    dict(
        slug="mail-luchuan-text-newsletter",
        site="邮件简报 (invented)",
        style="邮件转发",
        genre="简报",
        kind="newsletter",
        form="text",
        source="mailto:news@luchuanbird.org?subject=issue-12",
        title="鹭洲观鸟会会员简报（第12期）",
        record_title="鹭洲观鸟会会员简报（第12期）",
        date=None,
        notes="mail newsletter; unsubscribe notice; relative time; no date",
        page="""
!m 来自：鹭洲观鸟会 <news@luchuanbird.org>
!m 主题：鹭洲观鸟会会员简报（第12期）
!a 若邮件无法正常显示，请点此在浏览器中查看
{T}
{BODY}
!d 您收到此邮件是因为您订阅了会员简报，退订请回复TD
!m 鹭洲观鸟会 · 鹭川县湿地路2号
""",
        body="""
本期要点：
一、秋季鸟类调查共记录鸟种96种，其中国家一级保护鸟类3种。
二、新会员培训将在下月举行，欢迎老会员带新人参加。
三、会员观鸟照片征集活动继续进行，优秀作品将在会刊刊登。
""",
    ),
]
