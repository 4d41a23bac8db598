"""holdout66, part C: ice sculpture (冰雕) carvers, ice-and-snow parks and their suppliers. Invented text."""

CASES = [
    dict(
        slug="corp-bingjing-ice-park-safety-html",
        site="冰晶文旅集团 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.bingjingwl.com/news/gsgg/2024-12-20/516.html",
        title="关于冰雕园区夜间开放安全管理的通知",
        record_title="【公司公告】关于冰雕园区夜间开放安全管理的通知",
        date="2024-12-20",
        notes="company site with booking button; decimal headings; duty phone table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于冰雕园区夜间开放安全管理的通知 - 冰晶文旅集团</title>
<script async src="/js/track.js"></script></head><body>
<header><div class="logo">⟦m 冰晶文旅 BINGJING⟧</div><nav>⟦m 关于我们 园区介绍 新闻中心 门票预订 联系我们⟧</nav><a class="btn">⟦a 立即购票⟧</a></header>
<div class="crumbs">⟦m 新闻中心 / 公司公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2024-12-20 | 阅读 1.9k⟧</p>
{BODY}
<aside>⟦l 推荐阅读⟧ ⟦l 第十届冰雕节开幕⟧ ⟦l 冰滑梯维护公告⟧</aside>
<footer>⟦m 客服热线 400-151-2200⟧ ⟦d © 2024 冰晶文旅集团 版权所有⟧</footer>
</body></html>
""",
        body="""
各部门：
冰雕园区将于12月25日起夜间开放。为确保游客安全，现就有关事项通知如下。
1.1 每晚闭园前一小时，安全部对冰雕结构逐一巡检，发现开裂立即设置围挡。
1.2 冰滑梯每半小时清理一次碎冰，排队区限流200人。
2.1 值班安排：
岗位　值班人　电话
安全部　郝建军　13904518221
医务室　江雪　13904518307
集团办公室
2024年12月20日
""",
    ),
    dict(
        slug="training-hanshan-ice-carving-course",
        site="寒山冰雕技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.hsbdpx.com/zsjz/2024/218.html",
        title="2024年冬季冰雕技能培训班招生简章",
        record_title="2024年冬季冰雕技能培训班招生简章_寒山冰雕技能培训学校",
        date="2024-10-15",
        notes="training school with float box; school's own 报名电话 kept beside the 400 line",
        page="""
!m 寒山冰雕技能培训学校　人社部门备案培训机构
!m 首页 | 学校简介 | 招生简章 | 学员作品 | 在线报名
{T}
!m 发布时间：2024-10-15　浏览：520
{BODY}
!w 在线咨询　免费试听　400-699-1518
!a 点击在线报名
!l 学员心声：从木匠到冰雕师
!d 版权所有 寒山冰雕技能培训学校
""",
        body="""
一、培训对象：年满18周岁、身体健康、能适应低温作业的人员。
二、培训内容：冰块选料与切割、电锯和凿刀使用、冰雕造型与灯光布置、低温作业安全。
三、培训时间：12月1日至12月30日，共30天，结业考核合格颁发结业证书。
四、报名电话：0451-87302215（招生办 韩老师）。
""",
    ),
    dict(
        slug="app-xiezuoquan-ice-festival-host-script",
        site="写作圈APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://h5.xiezuoquan.cn/share/doc?id=77120431",
        title="冰雕艺术节开幕式主持词",
        record_title="冰雕艺术节开幕式主持词（通用2篇）",
        date=None,
        notes="writing-app share page; ×× placeholders; no date",
        page="""
!m 写作圈 · 海量范文随心改
!a 打开APP，查看完整版
!t 冰雕艺术节开幕式主持词（通用2篇）
!m 2.3万人看过
{BODY}
!a 在APP内长按即可复制全文
!l 更多：冰雪运动会开幕词｜元旦晚会串词
""",
        body="""
男：尊敬的各位领导、各位来宾！
女：亲爱的朋友们！
男：寒风送来冰雪的邀约，晶莹的冰雕在灯光下闪耀。
女：在这美好的时刻，第××届冰雕艺术节开幕式隆重举行！
男：首先，请允许我介绍出席今天开幕式的领导和嘉宾：××、××。
女：下面，有请××同志致辞。
""",
    ),
    dict(
        slug="gkforum-shenlun-ice-economy-post-html",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://bbs.shanganggk.com/thread-203914-1-1.html",
        title="申论素材：一座冰雕园带活一个村",
        record_title="[申论素材] 申论素材：一座冰雕园带活一个村 - 申论交流 - 上岸公考论坛",
        date="2024-11-03",
        notes="Discuz-like exam forum with jammer fonts; post date",
        page="""
<html><head><meta charset="utf-8"><title>[申论素材] 申论素材：一座冰雕园带活一个村 - 申论交流 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 申论交流 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 楼主 上岸鸭⟧<br>⟦m 积分 1320⟧</td><td>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2024-11-3 20:11⟧</div>
{BODY}
<div class="sign">⟦l ——今年一定上岸——⟧</div>
</td></tr></table>
<div class="rate">⟦l 评分 参与人数 3 金币 +6⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
北方某村过去冬天“猫冬”，村民闲着没事干。近年来，村里利用河面冰源，建起冰雕园，吸引游客打卡。
村集体成立合作社，村民冬季当起冰雕工、讲解员，户均增收六千多元。
启示：发展乡村旅游要立足资源禀赋，把“冷资源”变成“热经济”。
""",
    ),
    dict(
        slug="wiki-baike-ice-sculpture-entry",
        site="百问百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.baiwenbk.com/item/冰雕/50221",
        title="冰雕",
        record_title="冰雕_百问百科",
        date=None,
        notes="encyclopaedia entry; edit links; example year inside sentences is no date",
        page="""
!m 百问百科　全球中文百科
!a 编辑　｜　讨论　｜　上传视频
{T}
!m 本词条由“冰雪文化”科普团队参与编辑　浏览 8.8万次
{BODY}
!l 参考资料：[1] 北方民间工艺概览
!l 词条标签：艺术 民间工艺
!d 百科词条人人可编辑，内容仅供参考。
""",
        body="""
冰雕是以冰为主要材料来雕刻的艺术形式。
冰雕通常选用透明度高的天然河冰，用电锯、凿子、铲刀等工具雕刻，夜间配以彩灯，形成晶莹剔透的效果。
历史：民间早有在冬季用冰制作灯笼的习俗。20世纪60年代起，北方一些城市开始举办冰灯游园会。
特点：冰雕作品受气温影响大，展期一般为一至两个月。
""",
    ),
    dict(
        slug="netdisk-yunhe-ice-supplier-contract-summary",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yunhe.example.com/s/1Kqz0bIce",
        title="采冰队2024—2025年冬季采冰工作总结",
        record_title="采冰队2024—2025年冬季采冰工作总结.docx",
        date="2025-03-06",
        notes="cloud-drive share; file-name title; page markers glued; save/download actions",
        page="""
!m 云盒网盘 | 分享文件
!t 采冰队2024—2025年冬季采冰工作总结.docx
!m 分享者：z***8　分享时间：2025-03-10　有效期：永久
!a 保存到我的网盘　　下载（52KB）
{BODY}
!a 预览仅显示前两页，完整内容请下载
!d 请勿分享违法违规内容，发现请举报
""",
        pages=dict(fmt="⸢{n}⸣", every=90, start=2, glue=True),
        body="""
本冬季采冰队共有队员34人，自12月10日开采至2月20日结束，累计采集冰块1.86万立方米，全部供应冰雕园区使用。
一是安全无事故。采冰前测量冰层厚度，冰厚不足40厘米一律不开采，全季未发生落水事件。
二是质量有提高。新添两台切冰机，冰块尺寸误差控制在2厘米以内。
三是不足之处：部分冰块运输途中碰损，损耗率约4%。
下一冬季将提前检修设备，改进装车方式。
采冰队
2025年3月6日
""",
    ),
    dict(
        slug="snapshot-huancun-ice-lantern-traffic-html",
        site="环搜快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.huansou.example.com/c?u=http%3A%2F%2Fgaj.zhulan.gov.cn%2F2025%2F0108.html",
        title="关于冰灯冰雕游园会期间临时交通管制的通告",
        record_title=None,
        date="2025-01-08",
        notes="snapshot frame header; document's own 通告 with date",
        page="""
<html><head><meta charset="utf-8"><title>关于冰灯冰雕游园会期间临时交通管制的通告</title></head><body>
<div class="snap">⟦d 这是 http://gaj.zhulan.gov.cn/2025/0108.html 的快照，是网页在 2025年1月19日 的存档。当前页面可能已经更改。⟧<br>⟦a 查看当前页面⟧ ⟦a 纯文字版本⟧</div>
<hr>
<div class="site">⟦m 珠兰市公安局交通警察支队⟧</div>
<h2>{T}</h2>
{BODY}
<div class="foot">⟦m 主办单位：珠兰市公安局　网站识别码：2301000029⟧</div>
</body></html>
""",
        body="""
为保障冰灯冰雕游园会期间交通安全有序，自2025年1月15日至2月28日每日17时至22时，对江畔路（友谊桥至望江楼段）实行机动车禁行。
公交线路临时绕行滨江大道，请广大驾驶人提前规划出行路线。
珠兰市公安局交通警察支队
2025年1月8日
""",
    ),
    dict(
        slug="print-shiwu-ice-hotel-rules",
        site="雪屿冰酒店 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.xueyuicehotel.com/print.php?id=77",
        title="冰屋客房入住须知",
        record_title="打印预览 - 冰屋客房入住须知",
        date=None,
        notes="print view; print footer; URL line; no date (print stamp)",
        page="""
!m 雪屿冰酒店 www.xueyuicehotel.com
!t 打印预览 - 冰屋客房入住须知
{BODY}
!m 本页地址：https://www.xueyuicehotel.com/info/77.html
!m 打印时间：2025/1/21 22:05
!p 第 1 页 / 共 1 页
""",
        body="""
1.冰屋室内温度约零下5℃，请穿戴酒店提供的保暖睡袋入睡。
2.冰屋内禁止吸烟和使用明火、电热毯。
3.夜间如感到身体不适，请按床头呼叫器，值班人员24小时在岗。
4.贵重物品请寄存于前台，冰屋不设保险箱。
5.退房时间为次日8时，之后可到温暖大堂休息。
""",
    ),
    dict(
        slug="mail-fwd-ice-material-procurement",
        site="邮件转发 (invented mailbox)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:archive/2024-11-27/fwd-3381",
        title="关于追加冰雕节冰块采购资金的请示",
        record_title="Fwd: 关于追加冰雕节冰块采购资金的请示",
        date="2024-11-26",
        date_also=["2024-11-27"],
        notes="forwarded mail; headers as meta; document's own 抄送 kept; send date vs 成文日期",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：节庆办 <jqb@zhulanwl.example.cn>
!m 发送时间：2024年11月27日 星期三 09:14
!m 收件人：财务科 <cwk@zhulanwl.example.cn>
!m 主题：关于追加冰雕节冰块采购资金的请示
{BODY}
!m ——
!m 本邮件来自珠兰文旅邮箱系统
!d 此邮件可能包含保密信息，如误收请删除。
""",
        body="""
市文旅局：
今年冰雕节展区面积由8万平方米扩大到11万平方米，所需冰块增加约6000立方米。按每立方米120元测算，需追加采购资金72万元。
妥否，请批示。
附件：冰块用量测算表
冰雕节组委会办公室
2024年11月26日
抄送：市财政局
""",
    ),
    dict(
        slug="fanwen-haowen-ice-worker-deeds-html",
        site="好文阁 (invented)",
        style="范文站",
        genre="事迹材料",
        kind="other",
        form="html",
        source="http://www.haowenge.net/shiji/2025/12044.html",
        title="冰雕师傅孟庆丰先进事迹材料",
        record_title="冰雕师傅孟庆丰先进事迹材料_好文阁",
        date=None,
        notes="old gbk table layout; marquee, visitor counter, font-size row; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>冰雕师傅孟庆丰先进事迹材料_好文阁</title></head>
<body>
<marquee>⟦m 欢迎光临好文阁，本站每日更新范文百余篇！⟧</marquee>
<table width="900"><tr><td>⟦m 好文阁 haowenge.net⟧</td><td>⟦m 首页 | 事迹材料 | 讲话 | 总结 | 心得⟧</td></tr></table>
<table width="900"><tr><td>
<h2>{T}</h2>
<div>⟦a 【阅读字号：大 中 小】⟧</div>
{BODY}
<div>⟦w 原创材料代写，联系QQ：2287416620⟧</div>
</td><td width="200">⟦l 本周热门⟧<br>⟦l 环卫工人先进事迹⟧<br>⟦l 乡村教师事迹材料⟧</td></tr></table>
<div>⟦m 您是本站第 0032017 位访客⟧</div>
</body></html>
""",
        body="""
孟庆丰，男，1971年生，珠兰市冰雪艺术团冰雕组组长，从事冰雕创作三十年。
他带领团队完成大型冰雕作品二百余件，作品《松江晨曲》获全国冰雕比赛金奖。
他坚持手把手带徒弟，先后培养冰雕技术骨干46人，其中8人成为高级工艺美术师。
每年冬天，他和队员们在零下三十摄氏度的工地上一干就是两个月，从未叫过一声苦。
""",
    ),
    dict(
        slug="wenku-baijuan-ice-park-emergency-plan",
        site="百卷文库 (invented)",
        style="文库预览",
        genre="预案",
        kind="plan",
        form="text",
        source="https://www.baijuanwk.com/p-44819027.html",
        title="冰雕园区突发事件应急预案",
        record_title="【word可编辑】冰雕园区突发事件应急预案",
        date="2024-12-02",
        notes="文库 preview with mixed-glue markers; wrap 64; chinese date",
        page="""
!m 百卷文库
!m 首页 > 安全管理 > 应急预案
!t 【word可编辑】冰雕园区突发事件应急预案
!m 页数：5　贡献者：冰城老王　上传于 2024-12-09
{BODY}
!a 还剩3页未读，继续阅读
!a 下载本文档需要 6 下载券
!l 猜你想看：滑雪场安全预案｜冰上活动安全须知
""",
        wrap=64,
        pages=dict(fmt="• {n} •", every=120, start=2, glue="mix"),
        body="""
一、总则
为有效应对冰雕园区可能发生的冰体坍塌、游客摔伤、低温冻伤、踩踏等突发事件，最大限度减少人员伤亡和财产损失，制定本预案。
二、组织机构
园区成立应急指挥部，总经理任总指挥，下设现场处置、医疗救护、疏散引导、后勤保障四个小组。
三、处置流程
发现险情后，现场人员立即报告指挥部，同时疏散周边游客；医疗组五分钟内到达现场。
四、本预案自印发之日起施行。
二〇二四年十二月二日
""",
    ),
]
