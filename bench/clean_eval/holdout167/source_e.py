"""holdout167, part E: magnifying glasses (放大镜) — reading magnifiers at a township service
hall, a stamp-free "magnifier" essay, an entry, a shared file, a cache, a print view, a mail
and a county portal. Invented text."""

CASES = [
    dict(
        slug="fanwenapp-magnifier-service-hall-speech-html",
        site="文秘宝 (invented writing app, share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.wenmibao.example.com/p/772015",
        title="在便民服务大厅适老化改造现场会上的讲话",
        record_title="在便民服务大厅适老化改造现场会上的讲话（可编辑）｜文秘宝",
        date="2024-11-06",
        notes="app share page: speaker line and Arabic date under the title (neutral); open-app banner, copy-lock line between paragraphs; related list",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在便民服务大厅适老化改造现场会上的讲话（可编辑）｜文秘宝</title></head><body>
<div class="banner">⟦a 文秘宝APP　打开⟧</div>
<h2>⟦t 在便民服务大厅适老化改造现场会上的讲话⟧</h2>
<p class="sub">楸岭镇党委副书记 冉东阳</p>
<p class="sub">（2024年11月6日）</p>
<div class="art">
{BODY}
</div>
<div class="more">⟦l 相关范文：适老化改造工作推进会讲话 | 政务服务提质增效发言⟧</div>
<div class="tab">⟦a 首页　范文　我的⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在镇便民服务大厅召开适老化改造现场会，大家刚才看了大厅新设的“老年人专窗”，每个窗口都配了带灯的放大镜、老花镜和大字版办事指南。
这些东西不贵，但很管用。以前老人来办社保认证，看不清表格上的小字，只能一遍遍问工作人员，现在拿起放大镜自己就能看清楚。
⟦a 复制内容需开通会员⟧
下一步，各村便民服务站也要照此配齐，年底前完成。希望大家把适老化服务做细做实，让老人办事不再难。
""",
    ),
    dict(
        slug="gkforum-magnifier-essay-material-post",
        site="研途公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.yantugk.example.com/thread-55120-1-1.html",
        title="用“放大镜”看民生，用“望远镜”谋发展",
        record_title="[申论范文] 用“放大镜”看民生，用“望远镜”谋发展 - 申论交流 - 研途公考论坛",
        date=None,
        notes="exam forum: hard-wrapped essay (60 columns); forum junk lines; posted time relative; floor reply after",
        wrap=60,
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=1),
        page="""
!m 研途公考论坛 › 申论交流 › 范文分享
!t [申论范文] 用“放大镜”看民生，用“望远镜”谋发展
!m 阿橙上岸了 发表于 1小时前 | 只看楼主
{BODY}
!l 沙发 路人丙：开头很亮，借鉴了
!a 回复　引用　举报
!m 研途公考论坛 - 陪你一路上岸
""",
        body="""
基层治理，既要有“放大镜”，也要有“望远镜”。放大镜看的是群众身边的小事，望远镜看的是一个地方长远的发展。
用放大镜看民生，就是要把小事当大事。老旧小区一盏不亮的路灯、菜市场一段积水的路面，在群众眼里都是大事。
用望远镜谋发展，就是要跳出眼前看长远。不能为了一时的数字上项目，而要算清楚生态账、民生账。
两种镜子，一近一远，缺一不可。只有近处看得细，远处看得清，基层工作才能行稳致远。
""",
    ),
    dict(
        slug="wiki-reading-magnifier-entry-html",
        site="百知词典 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.baizhicidian.example.org/wiki/助视放大镜",
        title="助视放大镜",
        record_title=None,
        date=None,
        notes="encyclopaedia with contents box and edit links; no record title (title from h1); a ××××年 placeholder is no date",
        page="""
<html><head><meta charset="utf-8"><title>百知词典</title></head><body>
<div class="top">⟦m 百知词典⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<h1>⟦t 助视放大镜⟧</h1>
<div class="toc">⟦l 目录：1 定义 2 分类 3 选购⟧</div>
<div class="entry">
{BODY}
</div>
<div class="edit">⟦a 编辑本段⟧ ⟦a 纠错⟧</div>
<div class="foot">⟦m 本词条由“低视力之友”参与编辑　浏览 2019 次⟧</div>
<div>⟦d 百知词典内容为网友编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
助视放大镜是供低视力者阅读、书写使用的光学助视器，属于残疾人辅助器具的一种。
分类：按使用方式分为手持式、立式、镇纸式和头戴式；按有无光源分为普通型和带灯型。放大倍数一般为2倍至10倍。
选购：应由专业人员根据视力检查结果验配。一般阅读报纸选用3倍至4倍即可，倍数越高视野越小。
在申请辅具适配时，表格中“出生日期”一栏应按××××年××月××日格式填写。
""",
    ),
    dict(
        slug="netdisk-yinshan-stamp-appraisal-notes-share",
        site="方舟云盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.fangzhouyun.example.com/f/8Lqk22",
        title="银杉县档案馆2024年档案修复工作总结",
        record_title="银杉县档案馆2024年档案修复工作总结.wps",
        date="2025-01-10",
        notes="cloud-drive text page: file-name title; share stamp no date; 成文日期 in Chinese numerals; save/download actions",
        page="""
!m 方舟云盘 | 文件分享
!t 银杉县档案馆2024年档案修复工作总结.wps
!m 分享人：yszl_archive　文件大小：24KB　分享时间：1周前
!a 保存到云盘　下载　转存
{BODY}
!a 登录后可查看更多分享文件
!d 如发现分享内容侵权，请点击举报
""",
        body="""
2024年，馆修复室在人员少、任务重的情况下，完成破损档案修复一千二百四十页，超额完成年度任务。
一是加强技术检查。修复前使用带灯放大镜和便携显微镜逐页检查纸张纤维和霉斑情况，建立修复档案。
二是规范修复流程。严格执行“最小干预”原则，修复用纸、糨糊均按标准配制。
三是培养技术骨干。选派两名同志参加省档案局修复技术培训，全年开展馆内技术交流六次。
2025年，我们将重点抢救民国时期县志底稿和老账册。
银杉县档案馆
二〇二五年一月十日
""",
    ),
    dict(
        slug="snapshot-kuilin-consumer-magnifier-warning-text",
        site="快寻网页快照 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://kuaixun.example.com/snapshot?id=7712f0&url=scjg.kuilin.example.gov.cn",
        title="选购老年人阅读放大镜的消费提示",
        record_title="选购老年人阅读放大镜的消费提示_快照",
        date="2025-03-15",
        notes="text-only cache: cache line with capture time (no date), original page's breadcrumbs and 发布时间 byline (the page's date)",
        page="""
!m 【快寻快照】您查看的是 scjg.kuilin.example.gov.cn 在 2025年4月2日 被抓取的页面，当前页面可能已更新。
!m 快寻与该网页作者无关，不对其内容负责。
!m 夔林县市场监督管理局 > 消费维权 > 消费提示
{T}
!m 发布时间：2025-03-15　来源：消费者权益保护股
{BODY}
!l 【关闭】　【打印】
!m 夔林县市场监督管理局主办
""",
        body="""
近期，有消费者反映在流动摊点购买的“高倍老人放大镜”看字模糊、头晕。县市场监管局提醒：
一、看标识。正规产品应标明放大倍数、生产企业和执行标准。
二、试效果。购买时拿报纸试看，边缘字迹应清晰、不变形。
三、选倍数。普通阅读选2.5倍至4倍即可，并非倍数越高越好。
四、留凭证。购买时索要发票或收据，发现质量问题可拨打12315投诉。
""",
    ),
    dict(
        slug="print-huaiyuan-philately-magnifier-rules-html",
        site="槐源县集邮协会 (invented, print view)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.hyjyxh.example.org/print.asp?id=88",
        title="槐源县少儿邮票展评比规则",
        record_title="〔打印稿〕槐源县少儿邮票展评比规则",
        date="2024-05-08",
        notes="print view calling window.print(); print footer; articles mention 放大镜 and 下载 报名表; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕槐源县少儿邮票展评比规则</title><script>window.onload=function(){window.print();}</script></head><body>
<div class="ph">⟦m 槐源县集邮协会网站　hyjyxh.example.org⟧</div>
<h3>⟦t 〔打印稿〕槐源县少儿邮票展评比规则⟧</h3>
{BODY}
<div class="pf">⟦p — 第1页 / 共1页 —⟧</div>
<div class="pf">⟦a [关闭本窗口]⟧</div>
</body></html>
""",
        body="""
第一条 参展对象为全县中小学生，每人限报一部邮集，不超过十二页贴片。
第二条 评审从主题、选题研究、邮品、展示四个方面打分，满分一百分。
第三条 评审员应使用放大镜逐页查看邮品品相，不得用手直接触碰邮票。
第四条 报名表可在协会网站下载，填好后交所在学校。
第五条 本规则由县集邮协会负责解释。
槐源县集邮协会
2024年5月8日
""",
    ),
    dict(
        slug="mail-reply-chain-library-magnifier-request",
        site="凌川政务邮 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.lingchuan.example.gov.cn/mail/read/20250611-042",
        title="关于为图书馆老年阅览室配备助视放大镜的函",
        record_title="答复：Re: 关于为图书馆老年阅览室配备助视放大镜的函.docx",
        title_in="file-name",
        date="2025-06-09",
        date_also=["2025-06-11"],
        notes="mail reply chain: reply text above, quoted headers; the mail's attachment header chrome, the letter's own 附件 kept; send date differs",
        page="""
!m 凌川政务邮箱
!t 答复：Re: 关于为图书馆老年阅览室配备助视放大镜的函.docx
!m 发件人：县残联办公室　时间：2025-06-11 10:22
!m 收件人：县图书馆
!l 已收到，我们下周派人到馆对接，谢谢！
!m ------------------ 原始邮件 ------------------
!m 发件人："县图书馆"　发送时间：2025年6月9日 16:05
!m 主题：关于为图书馆老年阅览室配备助视放大镜的函
{BODY}
!a 附件：关于为图书馆老年阅览室配备助视放大镜的函.docx (18K)　预览　下载
""",
        body="""
县残疾人联合会：
我馆老年阅览室每天接待读者七十余人次，其中不少是视力较差的老年读者。现有放大镜仅三只，不能满足需要。
恳请贵会支持助视放大镜十只、台式电子助视器两台，我馆负责日常管理和使用登记。
联系人：闵书婷，电话：0739-8612504。
附件：老年阅览室读者情况表
凌川县图书馆
2025年6月9日
""",
    ),
    dict(
        slug="gov-fengqiao-pharmacy-magnifier-counter-notice",
        site="枫桥县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.fengqiao.example.gov.cn/xxgk/tzgg/2025/0417/9931.html",
        title="关于在药品零售企业设置老年人“看清说明书”服务台的通知",
        record_title="关于在药品零售企业设置老年人“看清说明书”服务台的通知_枫桥县人民政府",
        date="2025-04-16",
        notes="text portal page: 文号 under the title (neutral); font-size controls; 附件 list; decimal headings; contact of the bureau kept beside the portal's phone",
        page="""
!m 枫桥县人民政府门户网站
!m 首页 > 信息公开 > 通知公告
{T}
枫市监〔2025〕19号
!m 来源：县市场监管局　发布日期：2025-04-17　字号：[大 中 小]
{BODY}
!l 相关文件：药品零售企业服务规范（试行）
!m 网站联系电话：0579-8920010　浙ICP备05011237号
""",
        body="""
各药品零售企业：
为方便老年人安全用药，决定在全县药品零售企业设置“看清说明书”服务台。
1．设置要求
1.1 营业面积一百平方米以上的药店，应在收银台旁设置服务台，配备带灯放大镜和老花镜。
1.2 其他药店应至少配备一只放大镜，并张贴“可借用”提示。
2．服务要求
2.1 药师应主动为老年人讲解用法用量，必要时抄写大字用药提示卡。
3．完成时限
各企业于5月31日前完成设置，县局将组织抽查。
联系人：包晓岚，电话：0579-8931762。
附件：“看清说明书”服务台设置情况表
枫桥县市场监督管理局
2025年4月16日
""",
    ),
]
