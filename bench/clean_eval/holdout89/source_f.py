"""holdout89, part F. Invented text."""

CASES = [
    dict(
        slug="wiki-html-herbarium-loan-letter-entry",
        site="公文百科 (invented)",
        style="百科问答",
        genre="函",
        kind="entry",
        form="html",
        source="https://baike.gongwenbk.com/item/biaoben-jieyue-han",
        title="标本借阅函",
        record_title="标本借阅函_公文百科",
        date=None,
        notes="encyclopaedia entry with edit links; a sample letter with 20××年×月×日 placeholder: no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>标本借阅函_公文百科</title></head><body>
<div class="hd">⟦m 公文百科⟧ ⟦a 进入词条⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　|　讨论　|　上传视频⟧</div>
<div class="summary">⟦m 本词条由公文百科编辑团队审核⟧</div>
{BODY}
<div class="ref">⟦l 词条标签：公文　函　科研管理⟧</div>
<div class="stat">⟦m 浏览次数：3,902　最近更新：2025-02-14⟧</div>
<div class="ft">⟦d 百科内容仅供参考，©2025 公文百科⟧</div>
</body></html>
""",
        body="""
标本借阅函是科研单位向标本馆借阅馆藏标本时使用的公函。
范例如下：
××植物标本馆：
我单位因开展××属分类修订研究，拟借阅贵馆所藏该属标本约30份，借期三个月。借阅期间我单位负责妥善保管，按期归还。
妥否，请函复。
××大学生命科学学院
20××年×月×日
""",
    ),
    dict(
        slug="wiki-text-snowmobile-registration-answer",
        site="百问知识 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.baiwenzs.com/wiki/xuedimotuo",
        title="雪地摩托",
        record_title="雪地摩托 - 百问知识",
        date=None,
        notes="encyclopaedia entry; decimal headings; no date",
        page="""
!m 百问知识 · 开放的知识平台
{T}
!a 收藏　|　分享　|　编辑词条
!m 同义词：雪橇摩托、雪地车（娱乐用）
{BODY}
!l 参考资料：[1] 冰雪运动装备概论
!m 词条统计　浏览：8,122　编辑：14次
""",
        body="""
雪地摩托是一种在雪地上行驶的小型机动车辆，前部装有滑橇，后部以履带驱动。
1 用途
1.1 林区巡护和冬季救援。
1.2 冰雪旅游娱乐项目。
2 安全要求
驾驶者应佩戴头盔和护目镜，在指定区域内行驶。
""",
    ),
    dict(
        slug="netdisk-tangerine-coop-plan-markers",
        site="橙盘网盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.chengpan.cn/s/1xQ8gTz",
        title="双溪蜜橘专业合作社2025年冷库运营方案",
        record_title="双溪蜜橘专业合作社2025年冷库运营方案.pdf",
        date="2025-09-12",
        notes="cloud-drive preview; page markers glued; file-name record title; expiry notice",
        page="""
!m 橙盘 · 分享文件
!t 双溪蜜橘专业合作社2025年冷库运营方案.pdf
!m 分享者：双溪合作社　有效期：7天　大小：412KB
!a 保存到我的橙盘　　普通下载　　超速下载（会员）
{BODY}
!a 预览仅显示前3页，完整文件请保存后查看
!d 请勿分享违法违规内容，违者将封禁账号。
""",
        pages=dict(fmt="【P{n}】", every=80, start=2, glue=True),
        body="""
为提高蜜橘错峰销售能力，合作社新建的500吨冷库将于10月投入使用，现制定运营方案如下。
一、入库标准：果实八成熟、无病斑、无机械伤，经预冷后方可入库。
二、收费办法：社员每吨每月收费60元，非社员80元。
三、管理责任：冷库由专人负责，每天记录库温两次，库温保持在4至6℃。
双溪蜜橘专业合作社
2025年9月12日
""",
    ),
    dict(
        slug="netdisk-trolleybus-overhead-line-summary",
        site="云柜网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://yungui.pan8.net/share/ku7Bq",
        title="供电所2024年触网维护工作总结",
        record_title="供电所2024年触网维护工作总结.docx",
        date="2025-01-08",
        notes="cloud-drive text preview with page markers on lines of their own; numbered list",
        page="""
!m 云柜网盘　文件预览
!t 供电所2024年触网维护工作总结.docx
!m 文件大小：86KB　上传时间：2025-01-09 17:45
{BODY}
!a 下载（需登录）　转存　举报
""",
        pages=dict(fmt="—— {n} / 3 ——", every=90, start=2, glue=False),
        body="""
2024年，电车分公司供电所共维护架空触网48.6公里，完成整流站检修4座。
主要工作：1. 更换老化接触线3.2公里；2. 对全部分段绝缘器进行了检测；3. 冻雨期间组织夜间除冰6次，保障了电车正常运行。
存在的问题是部分支柱锈蚀严重，2025年需列入大修计划。
电车分公司供电所
2025年1月8日
""",
    ),
    dict(
        slug="snapshot-html-fan-museum-notice",
        site="箴川扇子博物馆（快照） (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soukuai.com/c?m=zcfanmuseum-2025-0801",
        title="箴川扇子博物馆关于暑期延长开放时间的公告",
        date="2025-07-28",
        notes="snapshot frame header; signature date; museum's own phone kept",
        page="""
<html><head><meta charset="utf-8"><title>箴川扇子博物馆关于暑期延长开放时间的公告</title></head><body>
<div class="snap">⟦m 这是 http://www.zcfanmuseum.cn/gg/88.html 的快照，是网页在2025年8月1日的存档。⟧<br>⟦m 搜快不对本页内容负责。⟧⟦a 查看当前页面⟧</div>
<div class="site">⟦m 箴川扇子博物馆⟧　⟦m 首页 | 参观指南 | 展览 | 公告⟧</div>
<h2>{T}</h2>
{BODY}
<div class="ft">⟦m 地址：箴川古镇扇子巷1号　浙ICP备18003321号⟧</div>
</body></html>
""",
        body="""
为满足暑期游客参观需求，自8月1日至8月31日，本馆开放时间延长至每日20:00，19:30停止入馆。
夜场期间每晚19:00在一楼展厅举办折扇现场制作演示。
参观咨询电话：0579-8812500。
箴川扇子博物馆
2025年7月28日
""",
    ),
    dict(
        slug="snapshot-text-locomotive-club-request",
        site="铁道爱好者协会快照 (invented)",
        style="搜索快照",
        genre="请示",
        kind="request",
        form="text",
        source="http://snapshot.zhaokuai.net/q?u=tdahz.org/news/213",
        title="关于在筠溪森林铁路开展蒸汽机车摄影活动的请示",
        date="2025-03-05",
        notes="text-only snapshot with a crawl stamp; request with 妥否，请批示",
        page="""
!m 网页快照 · 抓取于 2025-03-09 11:32，与原页面可能不一致
!m 原网址：tdahz.org/news/213
!m 铁道爱好者协会 ＞ 协会新闻
{T}
{BODY}
!l 上一篇：会员年检通知
""",
        body="""
筠溪森林铁路有限公司：
我会拟于2025年4月5日组织会员40人在贵公司线路开展蒸汽机车摄影活动，届时请求安排一次专列运行。
活动期间我会将严格遵守线路安全规定，不进入轨道区域，活动费用由我会承担。
妥否，请批示。
铁道爱好者协会
2025年3月5日
""",
    ),
    dict(
        slug="print-html-herbarium-letter",
        site="簪湖县科学技术局（打印页） (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://kjj.zanhu.gov.cn/print.asp?id=3102",
        title="簪湖县科学技术局关于商请支持植物标本馆科普基地申报的函",
        date="2025-04-09",
        notes="print view with print footer; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>打印页面</title><style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a 【打印】【关闭本页】⟧</div>
<h2>{T}</h2>
<div>⟦m 网址：http://kjj.zanhu.gov.cn/news/3102.html⟧</div>
{BODY}
<div>⟦m 第 1 页 ／ 共 1 页⟧</div>
<div>⟦m 打印时间：2025-04-12 09:31⟧</div>
</body></html>
""",
        body="""
县科协：
县植物标本馆馆藏标本12万余份，年接待中小学生研学4000余人次，具备申报省级科普教育基地的条件。
为做好申报工作，商请贵会在申报材料审核和专家推荐方面给予支持。
簪湖县科学技术局
2025年4月9日
抄送：县植物标本馆。
""",
    ),
    dict(
        slug="print-text-snowmobile-park-notice",
        site="北坡冰雪乐园（打印稿） (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.beipobx.com/print/notice-17",
        title="北坡冰雪乐园雪地摩托项目暂停运营的通知",
        record_title="打印预览 - 北坡冰雪乐园雪地摩托项目暂停运营的通知",
        date="2025-02-03",
        notes="print view with URL and print time; decorated record title",
        page="""
!a 打印本页　　返回原文
{T}
!m 来源网址：https://www.beipobx.com/notice/17
{BODY}
!m 〔第1页·共1页〕
!m 打印于 2025/2/4 8:02
""",
        body="""
各位游客：
受强降温和大风天气影响，乐园雪地摩托项目自2月4日起暂停运营，恢复时间另行通知。
已购票游客可凭订单号办理全额退款，或改签为其他冰雪项目。
北坡冰雪乐园
2025年2月3日
""",
    ),
    dict(
        slug="mail-html-tangerine-coop-minutes-forward",
        site="橘邮企业邮箱 (invented)",
        style="邮件转发",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://mail.juyou.cn/read?mid=ZX0091",
        title="双溪蜜橘合作社理事会会议纪要",
        record_title="Fwd: 双溪蜜橘合作社理事会会议纪要",
        date="2025-08-20",
        date_also=["2025-08-22"],
        notes="webmail reading view; mail headers chrome; minutes' 时间/地点/主持 lines and 附件 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fwd: 双溪蜜橘合作社理事会会议纪要 - 橘邮</title></head><body>
<div class="bar">⟦a 回复　全部回复　转发　删除　标记为⟧</div>
<div class="hdr">⟦m 发件人：毛春明 &lt;mcm@shuangxi-coop.cn&gt;⟧<br>⟦m 收件人：镇农办 &lt;nongban@shengyuan.gov.cn&gt;⟧<br>⟦m 时间：2025年8月22日(星期五) 上午10:14⟧</div>
<div class="sub">{T}</div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
{BODY}
<div class="sig">⟦m 发自我的手机⟧</div>
<div class="ft">⟦d 橘邮提醒：请勿轻信邮件中的转账汇款要求。⟧</div>
</body></html>
""",
        body="""
时间：2025年8月20日上午
地点：合作社办公室
主持：毛春明
出席：理事5人，监事1人
会议研究了今年冷库使用和收购价格问题，议定：一是冷库优先保障社员用库；二是收购保底价定为每斤1.6元。
附件：冷库使用登记表
""",
    ),
    dict(
        slug="mail-text-trolleybus-letter-forward",
        site="转发邮件（文本） (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:forward-20250911@kygjjt.com",
        title="关于配合文昌路电车触网迁改的函",
        record_title="转发：关于配合文昌路电车触网迁改的函",
        date="2025-09-10",
        notes="forwarded mail with headers; the letter's own contact kept; 抄送 of the letter kept",
        page="""
!m 发件人：集团办公室 <office@kygjjt.com>
!m 发送时间：2025-09-11 08:40
!m 收件人：电车分公司；供电所
!m 主题：转发：关于配合文昌路电车触网迁改的函
!m ----- 原始邮件 -----
{T}
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除。
""",
        body="""
市公交集团：
因文昌路拓宽工程需要，须对沿线电车触网支柱进行迁改，计划于10月1日至10月20日分段施工。
请贵集团派员配合现场交底，并提前做好线路调整准备。
联系人：郝建军，电话：0371-6630522。
箜阳市城市建设投资有限公司
2025年9月10日
抄送：市交通运输局
""",
    ),
]
