"""holdout244, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text each).

Invented text, sites, places and people; every case written by hand.
"""

CASES = [
    dict(
        slug="zhiyuan-wiki-entry-badge-no-title",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/纪念章/20417",
        title="纪念章",
        record_title=None,
        date=None,
        notes="no title in the record: the entry name in the <h1> (matched as head, it opens the body); infobox, contents "
        "box, edit/discuss/history tabs, reference markers glued after sentences, an 'edit this section' link glued "
        "to a heading; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知源百科 - 人人可编辑的知识库</title></head>
<body>
<div class="top">⟦m 知源百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="tabs">⟦a 词条⟧ ⟦a 讨论⟧ ⟦a 编辑⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="summary-note">⟦m 本词条由“知源百科·收藏门类”编辑组审核⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：纪念章⟧</td></tr><tr><td>⟦m 外文名：commemorative badge⟧</td></tr><tr><td>⟦m 类　别：徽章、纪念品⟧</td></tr></table>
<div class="toc">⟦l 目录：1 形制　2 用途　3 收藏⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 《徽章收藏入门》，葆原出版社⟧</div>
<div class="stat">⟦m 词条浏览 5.6万次　最近更新：2 个月前⟧</div>
<footer>⟦d 知源百科词条内容由网友协作编辑，仅供参考，不构成专业意见。⟧</footer>
<script src="https://baike.zhiyuan.wiki/static/lemma.js"></script>
</body></html>
""",
        body="""
纪念章是为纪念重大事件、节日或表彰特定人员而制作的章，多为金属材质，可佩戴或收藏。
形制⟦a [编辑本段]⟧
纪念章一般为圆形或盾形，直径在20至50毫米之间，正面为图案和文字，背面常铸有颁发单位和年份。常见的背扣有别针、螺丝扣和弹簧扣等。⟦l [1]⟧
用途
纪念章多由机关、单位或组织颁发，用于纪念建国、建校、重大工程竣工等事件，或向参与者、贡献者表示感谢和褒扬。
收藏
纪念章因题材丰富、便于保存，成为常见的收藏门类。收藏时宜单独装袋，避免相互摩擦，铜质纪念章不宜用手直接触摸图案面。
""",
    ),
    dict(
        slug="zhiyuan-wiki-entry-letterpaper",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiyuan.wiki/item/信纸/30188",
        title="信纸",
        record_title="信纸 [文具用品] - 知源百科",
        date=None,
        notes="encyclopaedia entry as text: an infobox block, a contents line, an edit link glued to a section heading; "
        "the entry name opens the body (title label matched as head); no date",
        page="""
!m 知源百科 — 人人可编辑的知识库
!a 词条　讨论　编辑　历史版本
{T}
!m 中文名：信纸　｜　别称：信笺、信笺纸　｜　用途：书写信件
!l 目录　1 规格　2 种类　3 书写习惯
{BODY}
!m 本词条最近一次修订在 5 天前　｜　被浏览 21874 次
!d 词条内容由用户协作编辑，如发现错误可申请修改。
""",
        indent="",
        body="""
信纸是专门用于书写信件的纸张，又称信笺。信纸多印有横格或竖格，便于书写整齐。
规格⟦a [编辑]⟧
常见的信纸为16开，也有32开的小信笺。单位使用的公函信纸通常在页眉印有单位名称、标志和地址。
种类
按用途可分为普通信纸、公函信纸和礼品信纸。普通信纸价格低廉；公函信纸用于机关、企业对外行文；礼品信纸多采用特种纸，印有图案或压纹。
书写习惯
传统中文书信竖写时自右向左，现代多横写。书写时一般不在信纸背面续写，写满一页另起一页。
""",
    ),
    dict(
        slug="yunji-drive-rules-certificates-wps-markers",
        site="云笈网盘 (invented cloud drive)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.yunji365.com/s/1kQx8vRt7Aa",
        title="翡岭县实验小学荣誉奖状管理办法",
        record_title="翡岭县实验小学荣誉奖状管理办法.wps",
        date=None,
        notes="cloud-drive preview of a .wps file cut by marker paragraphs '◔ n ◕'; VIP prompts and a save button; "
        "第N条 articles speaking of 打印; no date (an effective clause only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>翡岭县实验小学荣誉奖状管理办法.wps_免费高速下载|云笈网盘</title></head>
<body>
<div class="hd">⟦m 云笈网盘⟧ ⟦a 开通超级会员⟧ ⟦a 客户端下载⟧</div>
<div class="share-info"><h2>⟦t 翡岭县实验小学荣誉奖状管理办法.wps⟧</h2>
<p>⟦m 分享者：fl_sy***　　分享于 2 天前　　有效期：永久　　64.5 KB⟧</p>
<p>⟦a 转存至我的云笈⟧ ⟦a 下载⟧ ⟦a 举报⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 非会员仅可预览前3页，开通超级会员查看全部⟧</div>
<footer>⟦d 请勿分享侵权、违法内容，云笈网盘将依法处理违规分享。⟧ ⟦m ©2025 云笈网盘⟧</footer>
<script src="https://static.yunji365.com/preview/wps.js"></script>
</body></html>
""",
        pages=dict(fmt="◔ {n} ◕", every=110, start=2),
        body="""
第一条　为规范学校荣誉奖状的评选、制作和发放，发挥奖状的激励作用，制定本办法。
第二条　学校奖状分为学期奖状和专项奖状两类，学期奖状每学期评选一次，专项奖状根据竞赛、活动结果颁发。
第三条　奖状由德育处统一打印，班主任不得自行打印或手写奖状。
第四条　奖状须经分管校长审核签字后加盖学校公章，在周一升旗仪式或班会上颁发。
第五条　德育处建立奖状发放台账，台账每学期打印一份存档。
第六条　本办法自2025年秋季学期起施行。
""",
    ),
    dict(
        slug="shujian-drive-plan-appointment-pdf-markers",
        site="书简云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.shujianyun.cn/share/9f3c2e71",
        title="翡岭县乡村学校银龄讲学教师聘任及聘书颁发工作方案",
        record_title="翡岭县乡村学校银龄讲学教师聘任及聘书颁发工作方案.pdf",
        date="2025-08-20",
        notes="cloud-drive preview as text; page markers '⍨ n ⍨' on lines of their own cutting sentences; a points and VIP "
        "line; 成文日期 under the signature",
        page="""
!m 书简云盘 · 文件分享
!t 翡岭县乡村学校银龄讲学教师聘任及聘书颁发工作方案.pdf
!m 分享时间：刚刚　｜　大小：402KB　｜　浏览 63
!a 在线预览　保存　下载（需登录）
{BODY}
!a 预览已结束，开通书简VIP可查看剩余2页
!d 文件由用户自行分享，书简云盘不对文件内容负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⍨ {n} ⍨", every=130, start=2),
        body="""
为缓解乡村学校师资紧张，县教育局决定招募退休教师到乡村学校支教讲学，并颁发银龄讲学教师聘书。现制定本方案。
一、招募对象。年龄在65周岁以下、身体健康的退休中小学教师，优先招募有乡村学校工作经历的教师。
二、聘任程序。个人报名、县教育局审核、学校面谈后确定人选，聘期一年，期满考核合格可续聘。
三、聘书颁发。9月10日教师节当天由县教育局统一颁发聘书，受聘教师到岗后享受工作补贴和交通补助。
四、服务保障。受聘学校要为银龄教师安排宿舍，配备必要的办公用品。
翡岭县教育局
2025年8月20日
""",
    ),
    dict(
        slug="chacha-snapshot-letter-badge-loan",
        site="查查快照 (invented search-cache frame of a county archive site)",
        style="搜索快照",
        genre="函",
        kind="other",
        form="html",
        source="https://cache.chacha-search.cn/snap?u=www.xuanhu-daj.gov.cn/gzdt/2025/0410/118.html",
        title="谖湖县档案馆关于商借老纪念章参加专题展览的函",
        record_title="谖湖县档案馆关于商借老纪念章参加专题展览的函_谖湖县档案馆【查查快照】",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="snapshot frame with a capture banner and highlighted keywords around a county archive page; a 商洽函 "
        "with its own contact and mailbox; 成文日期 differs from the cached page's date (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>谖湖县档案馆关于商借老纪念章参加专题展览的函_谖湖县档案馆【查查快照】</title></head>
<body>
<div class="snap-banner">⟦d 这是查查对 www.xuanhu-daj.gov.cn 的快照，是网页在 2025-05-02 03:14 的样子；原网页可能已经变化。⟧
⟦a 查看原网页⟧ ⟦m 您查询的关键词已高亮：纪念章 展览⟧</div>
<hr>
<div class="site-head">⟦m 谖湖县档案馆⟧ ⟦m 首页 | 工作动态 | 馆藏介绍 | 档案利用⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-04-10　来源：征集编研科⟧</div>
<div class="content">
{BODY}
</div>
<div class="site-foot">⟦m 谖湖县档案馆　地址：谖湖县文庙街6号　鄂ICP备15030061号⟧</div>
<script>/* snapshot highlighter */var kw=["纪念章","展览"];</script>
</body></html>
""",
        body="""
谖湖县水利局：
为纪念谖湖水库建成六十周年，我馆拟于2025年6月举办“一座水库的六十年”专题展览。据了解，贵局保存有水库建设时期颁发的劳动纪念章等实物。
为丰富展览内容，我馆拟商借上述纪念章20枚左右，借展期限为2025年6月1日至8月31日。展览期间，我馆将做好展品安全保管，展览结束后按原状归还。
妥否，请予函复。
联系人：单亦秋，电话：0728-5340206，邮箱：xhdaj_zj@xuanhu-daj.gov.cn。
谖湖县档案馆
2025年4月8日
""",
    ),
    dict(
        slug="chacha-textcache-request-letterpaper-printing",
        site="查查快照 (invented text-only cache of a township site)",
        style="搜索快照",
        genre="请示",
        kind="other",
        form="text",
        source="https://cache.chacha-search.cn/text?u=www.hongtang.gov.cn/zwgk/2025/0227/76.html",
        title="荭塘镇党政办公室关于印制公文信纸和信封的请示",
        record_title="〈仅文字〉荭塘镇党政办公室关于印制公文信纸和信封的请示 - 查查快照缓存",
        date="2025-02-25",
        notes="text-only cache with a capture line; a 请示 with its budget; 成文日期 under the signature; the township "
        "site's hotline at the bottom",
        page="""
!d 【查查快照·纯文字】本页保存于 2025-03-19 08:52，仅显示文字内容
!a 查看原网页　|　查看带图版本
!m 荭塘镇人民政府网 > 政务公开 > 请示报告
{T}
{BODY}
!m 荭塘镇人民政府　值班电话：0728-5570010
!m 快照来源：www.hongtang.gov.cn
""",
        indent="\u3000\u3000",
        body="""
镇人民政府：
我办现用公文信纸和信封为2019年印制，抬头仍为原“荭塘乡”名称，且库存即将用完。为规范公文用纸，现申请重新印制一批公文信纸和信封，具体如下：
一、印制数量：公文信纸500本，大信封3000个，小信封5000个。
二、预算金额：约1.2万元，从办公经费中列支。
三、印制方式：按政府采购有关规定，在定点印刷企业中比价选定。
妥否，请批示。
荭塘镇党政办公室
2025年2月25日
""",
    ),
    dict(
        slug="baoyuan-print-notice-appointment-renewal",
        site="葆原县教育局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.baoyuan.gov.cn/print.aspx?id=33190",
        title="关于做好2025年度兼职教研员续聘及聘书换发工作的通知",
        record_title="打印页面 » 关于做好2025年度兼职教研员续聘及聘书换发工作的通知 · 葆原县教育局",
        date="2025-09-01",
        notes="print view calling window.print(); print and close buttons; a print footer '⏹ 第1页 ⬝ 共1页 ⏹' closes the "
        "page; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印页面 » 关于做好2025年度兼职教研员续聘及聘书换发工作的通知 · 葆原县教育局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a ✖ 关闭本窗口⟧</div>
<div class="print-head">⟦m 葆原县教育局 · 打印稿⟧</div>
<h2>{T}</h2>
<div class="print-meta">⟦m 网址：http://jyj.baoyuan.gov.cn/show.aspx?id=33190⟧</div>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p ⏹ 第1页 ⬝ 共1页 ⏹⟧</div>
</body></html>
""",
        body="""
各中小学校、县教研室：
2022年聘任的兼职教研员聘期将于今年9月届满。为保持教研队伍稳定，现就续聘及聘书换发工作通知如下。
一、续聘对象为聘期内考核合格、本人愿意继续承担教研任务的兼职教研员。
二、各校于9月15日前将续聘人员名单报县教研室，新聘人员另行组织遴选。
三、续聘人员的聘书由县教育局统一换发，聘期三年。
葆原县教育局
2025年9月1日
""",
    ),
    dict(
        slug="yanhu-print-minutes-card-design",
        site="筵湖区邮政分公司 (invented, print view as text)",
        style="打印页",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.yanhu-post.cn/news/print/2024/1126.html",
        title="2025年生肖贺卡设计评审会会议纪要",
        record_title="〖可打印版〗2025年生肖贺卡设计评审会会议纪要 - 筵湖区邮政分公司",
        date="2024-11-22",
        notes="print view as text; the minutes' 时间 line is the date; 时间/地点/主持/参会/记录 lines and a vote count; a "
        "print footer '⏷ 页 1 / 1 ⏷' closes the page",
        page="""
!a 【打印】　【返回正文】
!m 筵湖区邮政分公司 · 打印稿
{T}
!m 打印时间：2024-11-26 15:02
{BODY}
!m 原文地址：http://www.yanhu-post.cn/news/2024/1126.html
!p ⏷ 页 1 / 1 ⏷
""",
        indent="",
        body="""
时间：2024年11月22日下午2:30
地点：分公司三楼会议室
主持：分公司副总经理　阎书韵
参会：市场部、集邮业务部、设计单位代表及特邀评委共9人
记录：包静宜
会议对征集到的16套2025年生肖贺卡设计稿进行了评审，议定如下：
一、经评委投票，第7号设计稿得7票，确定为2025年生肖贺卡主图案；第3号、第12号设计稿作为备选。
二、设计单位根据评委意见修改后，于12月5日前提交定稿。
三、贺卡计划印制5万张，12月20日前在全区各邮政网点上架。
""",
    ),
    dict(
        slug="webmail-fwd-letter-expert-appointment",
        site="祯州大学教师邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.zzu-edu.cn/read?mid=0000AB44F2",
        title="关于寄送校外专家聘书的函",
        record_title="Fwd: 关于寄送校外专家聘书的函",
        date="2025-03-12",
        date_also=["2025-03-13"],
        notes="webmail reading view: forwarded header, an attachment bar beside the letter's own 附件 list, a mail 抄送 "
        "header beside the letter's own 抄送 line; the send date differs from the letter's (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于寄送校外专家聘书的函 - 祯州大学教师邮箱</title></head>
<body>
<div class="mail-top">⟦m 祯州大学教师邮箱⟧ ⟦a 收件箱(12)⟧ ⟦a 写信⟧ ⟦a 通讯录⟧ ⟦a 退出⟧</div>
<div class="toolbar">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="mail-head"><h3>⟦t Fwd: 关于寄送校外专家聘书的函⟧</h3>
<p>⟦m 发件人：教务处 温雅 &lt;wenya@zzu-edu.cn&gt;⟧</p>
<p>⟦m 收件人：文学院办公室 &lt;wxy@zzu-edu.cn&gt;⟧</p>
<p>⟦m 抄送：研究生院 &lt;yjsy@zzu-edu.cn&gt;⟧</p>
<p>⟦m 时间：2025年3月13日（星期四）上午10:21⟧</p></div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attach-bar">⟦a 📎 附件 (2)　专家名单.xlsx（18KB）　聘书样式.pdf（211KB）　全部下载⟧</div>
<div class="mail-foot">⟦d 本邮件及附件可能包含保密信息，如误收请立即删除。⟧</div>
<script>MailRead.init({mid:"0000AB44F2"});</script>
</body></html>
""",
        body="""
文学院：
我校聘请的第三批校外硕士生导师共14人，聘书已制作完成。现将聘书寄送贵院，请贵院在开学初的导师工作会议上代为颁发，并为每位专家拍照留存。
请贵院于3月31日前将专家签收回执寄回教务处。
附件：1.校外专家名单
2.聘书样式
联系人：温雅，电话：0719-8870316。
抄送：研究生院
祯州大学教务处
2025年3月12日
""",
    ),
    dict(
        slug="mail-fwd-confirmation-letterpaper-docx",
        site="单位邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mailto:bgs@qianyang-wl.cn#20250611",
        title="关于定制公函信纸和信封的确认函",
        record_title="转发：关于定制公函信纸和信封的确认函.docx",
        date="2025-06-09",
        date_also=["2025-06-11"],
        notes="a forwarded mail as text: headers, the sender's note, an attachment line; the letter's own contact; "
        "file-name record title; the send date differs from the letter's (also accepted)",
        page="""
!m 发件人：椠阳文旅集团 行政部 <xzb@qianyang-wl.cn>
!m 发送时间：2025年6月11日 9:47
!m 收件人：办公室 <bgs@qianyang-wl.cn>
!t 主题：转发：关于定制公函信纸和信封的确认函.docx
!m 附件：关于定制公函信纸和信封的确认函.docx（24KB）
!w 各位好，转发印刷厂的确认函，请办公室核对后回复。——行政部 小孟
!m -------- 原始邮件 --------
{BODY}
!d 此邮件由椠阳文旅集团邮件系统发送，如非本人请删除。
""",
        indent="",
        body="""
椠阳文旅集团行政部：
贵部6月5日来函收悉。现将定制事项确认如下：
一、公函信纸：16开，80克道林纸，页眉印集团名称和标志，2000本。
二、信封：5号和9号各3000个，印集团名称、地址和邮编。
三、交货时间：7月10日前送货上门。
四、总价：18600元，含设计费和运费。
如无异议，请在确认函上盖章后回传。
联系人：包佳琪，电话：0735-6625518。
祯州华彩印务有限公司
2025年6月9日
""",
    ),
]
