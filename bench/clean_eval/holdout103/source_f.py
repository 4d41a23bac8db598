"""holdout103, part F: the last second pages (writing app, exam forum, wiki, drive, cache, print
view, forwarded mail). Everything invented."""

CASES = [
    dict(
        slug="fwapp-html-diaojiaolou-speech-share",
        site="文思APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.wensi.example.cn/share/doc/88fa20c1",
        title="在吊脚楼古寨消防安全工作会议上的讲话",
        record_title="在吊脚楼古寨消防安全工作会议上的讲话｜文思",
        date=None,
        notes="writing-app share HTML: open-in-app banner, member unlock, relative time; no date",
        page="""
<html><head><meta charset="utf-8"><title>在吊脚楼古寨消防安全工作会议上的讲话｜文思</title></head><body>
<div class="banner">⟦a 打开文思App　查看更多范文⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 笔杆子老吴　5天前　阅读 6342⟧</div>
{BODY}
<div class="lock">⟦a 开通文思会员，解锁全文及同类讲话稿⟧</div>
<div class="rec">⟦l 为你推荐：冬春火灾防控工作会议讲话⟧</div>
</body></html>
""",
        body="""
同志们：
古寨吊脚楼连片而建，全是木结构，一旦起火，后果不堪设想。今天召开这个会，就是要把消防安全这根弦绷得更紧。
一要管住火源。寨内严禁燃放烟花爆竹，火塘、灶房要有人看管，人走火灭。
二要管好电线。老旧线路必须穿管，严禁私拉乱接，电动车一律不准进寨充电。
三要练好队伍。每个寨子都要有义务消防队，每月至少演练一次。
""",
    ),
    dict(
        slug="gkforum-html-yuliang-interview-jammer",
        site="公考驿站 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://bbs.gkyz.example.com/thread-119230-1-1.html",
        title="面试真题：山区雨量站无人管护，你怎么看？",
        record_title="[面试真题] 山区雨量站无人管护，你怎么看？（附参考答案） - 结构化面试 - 公考驿站",
        date="2025-06-18",
        notes="exam forum HTML with jammer fonts; course ad; 发表于 date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 山区雨量站无人管护，你怎么看？（附参考答案） - 结构化面试 - 公考驿站</title></head><body>
<div id="hd">⟦m 公考驿站⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 公考驿站 › 结构化面试 › 真题解析⟧</div>
<h1>⟦t [面试真题] 山区雨量站无人管护，你怎么看？⟧</h1>
<div class="pi">⟦m 面霸阿杰 发表于 2025-6-18 09:12⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="ad">⟦w 面试一对一模拟，报名咨询QQ群：721903346⟧</div>
<div class="re">⟦l 回复 | 收藏 | 评分⟧</div>
</body></html>
""",
        body="""
题目：某地山区建了不少雨量站，但因缺少管护，部分站点设备损坏、数据中断。对此你怎么看？
参考答案：雨量站是山洪预警的“眼睛”，建而不管，等于白建。
出现这种情况，原因在于管护责任不明确、管护经费不落实、管护人员能力不足。
建议一是明确责任，每个站点落实一名就近管护员；二是保障经费，把管护补助纳入财政预算；三是加强培训，让管护员会看、会修、会报。
""",
    ),
    dict(
        slug="wiki-text-tanmian-entry",
        site="乡艺百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.xiangyi.example.com/view/tanmianhua",
        title="弹棉花",
        record_title="弹棉花 - 乡艺百科",
        date=None,
        notes="wiki text: edit/cite links, catalogue line, reference line; no date",
        page="""
!m 乡艺百科 — 记录民间手艺
{T}
!a 编辑　|　引用　|　历史版本
!l 目录：1 释义 2 工序 3 现状
{BODY}
!l 参考资料：[1] 《民间手工技艺辑录》
!m 本词条浏览 9136 次　最近编辑：匿名用户
!d 百科内容仅供参考，如有错误欢迎指正
""",
        body="""
弹棉花，又称弹棉、弹花，是利用弹弓弦的振动将板结的棉花弹松，再制成棉被、棉絮的传统手工技艺。
其主要工序包括：弹松棉花、铺棉、拉纱上网、用木磨盘压实等。旧时弹花匠背着弹弓走村串户，“嘣嘣”的弦声是许多人的童年记忆。
如今手工弹棉花已大多被机器代替，部分地方将其列入非物质文化遗产名录加以保护。
""",
    ),
    dict(
        slug="netdisk-html-hedgehog-handbook-preview",
        site="蜂鸟网盘 (invented)",
        style="网盘分享",
        genre="手册",
        kind="other",
        form="html",
        source="https://pan.fengniao.example.cn/s/HgT3kw91",
        title="野生刺猬救护操作手册",
        record_title="野生刺猬救护操作手册（第2版）.pdf",
        title_also=["野生刺猬救护操作手册（第2版）"],
        date=None,
        notes="cloud-drive preview HTML: file-name title, save/download buttons, share stamp not a date",
        page="""
<html><head><meta charset="utf-8"><title>野生刺猬救护操作手册（第2版）.pdf - 蜂鸟网盘</title></head><body>
<div class="top">⟦m 蜂鸟网盘⟧ ⟦a 登录⟧</div>
<div class="file">⟦m 野生刺猬救护操作手册（第2版）.pdf　860KB　分享于 2025-03-14⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="pv"><h2>{T}</h2>
{BODY}
</div>
<div class="tip">⟦a 预览到此为止，下载查看完整内容⟧</div>
<div class="ft">⟦d 网盘内容由用户分享，平台不承担内容责任⟧</div>
</body></html>
""",
        body="""
1.接收：记录送救人、发现地点、时间，称重并拍照。
2.保温：体温偏低的个体放入28至30℃保温箱，不得直接喂食。
3.检查：检查外伤、寄生虫和脱水情况，脱水个体皮下补液。
4.饲喂：可喂湿猫粮、煮熟的鸡蛋，严禁喂牛奶和水果。
5.放归：体重超过600克、健康状况良好的，在秋季原地放归。
""",
    ),
    dict(
        slug="snapshot-text-eagle-closure-notice",
        site="问路搜索快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://snapshot.wenlu.example.com/?url=http://www.maochuan.example.gov.cn/tzgg/2025/0301/12.html",
        title="关于丘北牧场金雕繁殖期临时封闭部分区域的通告",
        record_title=None,
        date="2025-03-01",
        notes="text cache: snapshot banner with crawl stamp; title missing from the record, found as the heading; 成文日期",
        page="""
!d 您查看的是问路搜索保存于2025年4月2日的网页快照，页面可能已更新。
!d 快照仅作参考，问路搜索与网页内容无关。
!m 峁川县人民政府网 首页 > 通知公告
{T}
{BODY}
!m 峁川县人民政府办公室主办
""",
        body="""
为保护金雕繁殖，根据《中华人民共和国野生动物保护法》，决定自2025年3月10日至6月30日，临时封闭丘北牧场北侧崖壁周边500米范围。
封闭期间，禁止无关人员和车辆进入，禁止无人机飞行，禁止在封闭区内放牧和拍摄。
违反本通告的，由林草部门依法处理。
峁川县人民政府
2025年3月1日
""",
    ),
    dict(
        slug="print-html-bench-maintenance-rules",
        site="滏阳市城市管理局 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://cgj.fuyang.example.gov.cn/print/2025/0918/332.html",
        title="滏阳市公共座椅日常维护管理办法",
        record_title="〔打印版〕滏阳市公共座椅日常维护管理办法",
        date="2025-09-18",
        notes="print view HTML: print/close row, URL line, print footer ·第1页 共1页·; articles speaking of 扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>〔打印版〕滏阳市公共座椅日常维护管理办法</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印此页⟧ ⟦a 关闭⟧</div>
<h2>{T}</h2>
<p>⟦m 印发日期：2025-09-18⟧</p>
{BODY}
<p>⟦m 原文链接：https://cgj.fuyang.example.gov.cn/zwgk/2025/0918/332.html⟧</p>
<p>⟦p ·第1页 共1页·⟧</p>
</body></html>
""",
        body="""
第一条　为加强公共座椅管理，保持座椅完好整洁，制定本办法。
第二条　公共座椅由所在区域的环卫作业单位负责日常保洁，每日擦拭不少于一次。
第三条　每张座椅设置二维码铭牌，市民扫码即可报修，维护单位接报后48小时内修复。
第四条　认捐座椅的铭牌损坏的，由维护单位免费更换。
第五条　本办法自印发之日起施行。
""",
    ),
    dict(
        slug="mail-fwd-maocao-grass-wrapped",
        site="墩溪县文旅局邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://wlj.dunxi.example.gov.cn/sent/5521",
        title="关于划定茅草屋修缮用草场的请示",
        record_title="转发：关于划定茅草屋修缮用草场的请示",
        date="2025-08-26",
        notes="forwarded mail, body hard-wrapped at 64 columns; mail headers and forwarder note chrome; 附件 and 抄送 kept; Chinese-numeral date",
        wrap=64,
        page="""
!m 发件人：卢港镇 文化站 <lgwhz@dunxi.example.gov.cn>
!m 发送时间：2025年8月28日(星期四) 下午3:47
!m 收件人：县文旅局 文物股
!m 主题：转发：关于划定茅草屋修缮用草场的请示
!w 文物股：镇政府请示转来，麻烦提意见，谢谢。——文化站 小滕
!m -------- 原始邮件 --------
{BODY}
!d 本邮件由墩溪县政务邮件系统发送
""",
        body="""
县文化广电和旅游局：
墩溪村传统茅草屋每三年需更换一次屋面茅草，每次用草约4万斤。近年来后山荒坡陆续造林，可割取的茅草越来越少。
为保障修缮用草，我镇拟在墩溪村后山划定约80亩荒坡作为修缮用草场，由村集体统一管护，禁止开垦和放牧。
妥否，请批示。
附件：草场范围示意图
卢港镇人民政府
二〇二五年八月二十六日
抄送：县林业局
""",
    ),
]
