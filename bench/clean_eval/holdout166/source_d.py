"""holdout166, part D: sticky notes (便利贴) — a stationery co-op, a teacher's feedback wall,
an office's paper-saving rule, a Party branch's wish wall, a hospital ward's reminder notes and
others. Written by hand; all names invented."""

CASES = [
    dict(
        slug="app-sticky-note-wish-wall-activity-plan",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="html",
        source="https://m.gongwenbao.example.com/share/doc/418207",
        title="“便利贴心愿墙”主题党日活动方案",
        record_title="“便利贴心愿墙”主题党日活动方案｜公文宝APP",
        date="2025-05-12",
        notes="writing-app H5 page: download-app banner, VIP copy lock, a member prompt between paragraphs; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>“便利贴心愿墙”主题党日活动方案｜公文宝APP</title></head><body>
<div class="banner">⟦a 下载公文宝APP，海量范文免费看⟧ ⟦a 打开⟧</div>
<h2>⟦t “便利贴心愿墙”主题党日活动方案⟧</h2>
<div class="meta">⟦m 公文宝 · 党建范文　2.6万阅读⟧</div>
{BODY}
<div class="vip">⟦a 复制全文需开通公文宝VIP⟧</div>
<div class="more">⟦l 更多党日活动方案 ＞⟧</div>
</body></html>
""",
        body="""
一、活动目的
收集群众急难愁盼的小心愿，推动党员认领办理，密切党群关系。
二、活动内容
在社区党群服务中心设置心愿墙，群众将心愿写在便利贴上张贴，党员现场认领，一周内反馈办理情况。
⟦a —— 以下内容为会员专享，开通即可查看 ——⟧
三、时间安排
5月20日至6月20日。
四、工作要求
认领的心愿要件件有回音，无法办理的要当面说明原因。
中共石沅社区支部委员会
2025年5月12日
""",
    ),
    dict(
        slug="examforum-sticky-note-essay-material",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="https://www.gkyizhan.example.com/thread-90021-1-1.html",
        title="申论范文：一张便利贴里的基层治理",
        record_title="[申论范文] 申论范文：一张便利贴里的基层治理 - 申论交流 - 公考驿站论坛",
        date=None,
        notes="exam forum: level badge, reply-to-download notice, course ad on a line of its own; no date (发表于 3天前)",
        page="""
!m 公考驿站论坛 › 笔试交流 › 申论交流
{T}
!m 上岸小能手　｜　Lv.4 举人　｜　发表于 3天前
{BODY}
!a 回复后可下载本帖 Word 版
!l 收藏　｜　分享　｜　举报
!w 申论一对一批改，私信驿站助教
""",
        body="""
在某街道的便民服务站，墙上贴满了五颜六色的便利贴，上面写着“楼道灯坏了”“小区门口缺个减速带”。
这些看似琐碎的小事，正是基层治理的“晴雨表”。
一张便利贴，连着群众的期盼，也考验着干部的作风。
基层干部要俯下身子倾听民声，把群众写在便利贴上的小事当成大事来办。
只有这样，才能让群众的获得感成色更足。
""",
    ),
    dict(
        slug="wiki-sticky-note-glue-question",
        site="问哪儿百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wennaer.example.com/q/3301872.html",
        title="便利贴为什么撕下来不留胶？",
        record_title=None,
        date="2025-03-30",
        notes="Q&A: the title missing from the record, a question heading found on the page; 回答于 is the page's date; vote row",
        page="""
!m 问哪儿百科 > 生活 > 文具
便利贴为什么撕下来不留胶？
!m 网友提问 · 271人关注
!m 最佳答案　　化工小宁　回答于 2025-03-30
{BODY}
!l 👍 138　　👎 3　　评论 12
!l 其他回答（4）
!m 问哪儿百科 ©2025
""",
        body="""
便利贴背面用的是一种低粘性的丙烯酸微球胶。
这种胶由很多微小的弹性颗粒组成，贴上时只有一部分颗粒接触纸面，所以粘得住但粘得不牢。
撕下来时，胶球和纸面的结合力比胶球和便利贴本身的结合力小，胶就留在便利贴上，不会留在桌面或书页上。
也正因为如此，便利贴可以反复贴几次，但粘性会逐渐下降。
""",
    ),
    dict(
        slug="netdisk-sticky-note-study-method-wps",
        site="蓝鲸网盘 (invented)",
        style="网盘分享",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://pan.lanjing.example.com/s/ab3XkQ8",
        title="用便利贴管理复习计划的几点体会",
        record_title="用便利贴管理复习计划的几点体会.wps",
        date=None,
        notes="cloud-drive share: sharer line with share time (no date), save/download row, report link; file-name title",
        page="""
!m 蓝鲸网盘　｜　分享文件
!t 用便利贴管理复习计划的几点体会.wps
!m 分享人：一只考研鸭　　分享于 2025-02-11 23:40　　18.3KB
!a 保存到我的网盘　　下载　　举报
{BODY}
!a 超级会员下载速度提升 20 倍，立即开通
""",
        body="""
去年备考时，我用三种颜色的便利贴管理复习计划，效果不错，分享几点体会。
黄色写当天必须完成的任务，绿色写本周计划，粉色写容易错的知识点。
每完成一项就撕下来，看着墙上的便利贴一天天变少，很有成就感。
易错点的便利贴贴在书桌正前方，每天早上读一遍，一个月后再撕掉。
需要提醒的是，便利贴不能贴得太多，否则重点就不突出了。
""",
    ),
    dict(
        slug="snapshot-sticky-note-office-paper-rule",
        site="快搜缓存 (invented)",
        style="搜索快照",
        genre="制度",
        kind="rule",
        form="html",
        source="http://kscache.example.com/cache?q=oa.fengyuan.example.cn/zd/88",
        title="机关节约用纸和办公耗材管理办法",
        record_title="机关节约用纸和办公耗材管理办法 - 网页快照",
        date=None,
        notes="search-cache frame: snapshot banner with cache time (no date), the bureau's own header inside; articles speak of 打印 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>机关节约用纸和办公耗材管理办法 - 网页快照</title></head><body>
<div class="cachebar">⟦d 快搜缓存：本页为 oa.fengyuan.example.cn/zd/88 于 2025-06-02 08:11:05 的网页存档，仅供参考⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div class="hd">⟦m 枫原县机关事务服务中心⟧</div>
<h2>⟦t 机关节约用纸和办公耗材管理办法⟧</h2>
{BODY}
<div class="ft">⟦m 枫原县机关事务服务中心 版权所有⟧</div>
</div></body></html>
""",
        body="""
第一条　为厉行节约，降低办公成本，制定本办法。
第二条　各科室应推行无纸化办公，非必要不打印，确需打印的应双面打印。
第三条　便利贴、笔记本、签字笔等办公耗材实行按需申领，每季度汇总登记。
第四条　废弃纸张应分类回收，单面使用过的纸张可裁切后作便签使用。
第五条　本办法自印发之日起施行。
""",
    ),
    dict(
        slug="print-sticky-note-ward-reminder-notice",
        site="棣湖县中医院 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.dhxzyy.example.com/print/news/4410",
        title="关于规范病区用药提醒便利贴使用的通知",
        record_title="〔打印稿〕关于规范病区用药提醒便利贴使用的通知",
        date="2025-04-24",
        notes="print view: print header with URL and print time (no date), print footer 页 1 ⁄ 1 (my own form); 成文日期 under the signature",
        page="""
!m 棣湖县中医院　护理部
!m https://www.dhxzyy.example.com/news/4410　　打印时间：2025/6/1 09:47
{T}
{BODY}
!p 页 1 ⁄ 1
""",
        body="""
各病区：
近期检查发现，部分病区在治疗车、输液架上随意粘贴便利贴作为用药提醒，字迹潦草，易脱落，存在差错隐患。
为保障患者用药安全，现要求如下：
一、禁止使用便利贴记录医嘱及用药信息，一律使用标准化用药提醒卡。
二、护士长每日巡查，发现违规粘贴的立即清除。
护理部
2025年4月24日
""",
    ),
    dict(
        slug="mail-sticky-note-stationery-order-fwd",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="mail://webmail.fengnuo.example.com/read/20250409",
        title="关于第二季度办公文具集中采购的通知",
        record_title="Fwd: 关于第二季度办公文具集中采购的通知",
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="webmail forwarded notice: header table, forward note, the document's own 联系人/电话 and a quantities table kept; send date differs",
        page="""
<html><head><meta charset="utf-8"><title>Fwd: 关于第二季度办公文具集中采购的通知</title></head><body>
<div class="mailbar">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧</div>
<table class="hdr"><tr><td>⟦m 发件人：行政部 甄敏⟧</td></tr><tr><td>⟦m 时　间：2025年4月9日(星期三) 上午8:55⟧</td></tr><tr><td>⟦m 收件人：各部门文员⟧</td></tr></table>
<p>⟦l 各位好，转发行政部通知，请各部门周五前回复。⟧</p>
<p>⟦m ---------- Forwarded message ----------⟧</p>
{BODY}
<div class="sig">⟦m 丰诺电子科技有限公司 行政部｜分机 8021⟧</div>
</body></html>
""",
        body="""
各部门：
为控制办公成本，公司第二季度办公文具实行集中采购，请各部门汇总需求后报行政部。
品名　规格　单位
便利贴　76×76mm　本
中性笔　0.5mm　支
文件夹　A4　个
请于4月11日前将需求表发至行政部邮箱，联系人：甄敏，电话：0512-6891302。
行政部
2025年4月8日
""",
    ),
    dict(
        slug="blog-sticky-note-teacher-feedback-wall",
        site="粉笔与花 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://fenbiyuhua.example.blog.cn/archives/611",
        title="教室后面那面便利贴墙",
        record_title="教室后面那面便利贴墙 – 粉笔与花",
        date="2025-01-15",
        notes="blog with tag cloud, archive and comments; a bracketed post time is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>教室后面那面便利贴墙 – 粉笔与花</title></head><body>
<div class="site">⟦m 粉笔与花 · 一个乡村语文老师的小站⟧</div>
<h1>⟦t 教室后面那面便利贴墙⟧</h1>
<div class="time">⟦m [2025-01-15 19:32] 分类：教室日记⟧</div>
{BODY}
<div class="tags">⟦l 标签：班级管理 便利贴 学生⟧</div>
<div class="cloud">⟦l 标签云 作文 读书 家访 班会 便利贴⟧</div>
<div class="arch">⟦l 归档 2025年1月 2024年12月 2024年11月⟧</div>
<div class="cmt">⟦l 3 条评论 发表评论⟧</div>
</body></html>
""",
        body="""
开学时我在教室后墙留出一块地方，告诉孩子们有什么想对老师说的，可以写在便利贴上贴上去。
第一周只有两张，一张写“作业太多”，一张写“老师的字太小了”。
我在班会上一一回应，作业减了一点，板书写大了一点。
慢慢地，便利贴越来越多，有人写想换座位，有人写家里奶奶生病了。
一学期下来，那面墙成了我最舍不得擦掉的黑板。
""",
    ),
    dict(
        slug="wechat-sticky-note-library-returns",
        site="岚禾图书馆 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://wx.mirror.example.com/s/lanhe-lib-20250419",
        title="还书箱里的便利贴，藏着读者的悄悄话",
        record_title="还书箱里的便利贴，藏着读者的悄悄话",
        date="2025-04-19",
        notes="WeChat mirror: account line with date, a 关注 prompt, reward, 在看/点赞 row, 阅读原文; the document's own sentence about scanning the library code kept",
        page="""
{T}
!m 原创　岚禾县图书馆　2025年04月19日 18:00
!a ▲点击蓝字 关注岚禾县图书馆
{BODY}
!m 编辑｜桑禾　审核｜庞立
!a 阅读原文
!l ❤ 点赞 ｜ 分享 ｜ 在看
""",
        body="""
世界读书日前夕，图书馆工作人员在整理还书箱时，发现不少书里夹着便利贴。
“这本书陪我度过了住院的日子，希望下一位读者也喜欢。”一张淡黄色的便利贴上这样写道。
图书馆把收集到的八十多张便利贴整理成“书中留言”展板，在一楼大厅展出。
读者扫描展板上的二维码，也可以在线给下一位读者留言。
""",
    ),
    dict(
        slug="docshare-sticky-note-factory-5s-summary",
        site="文档星 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wendangxing.example.com/d/7730291.html",
        title="便利贴分切车间2024年度5S管理工作总结",
        record_title="便利贴分切车间2024年度5S管理工作总结 - 文档星",
        date="2025-01-06",
        wrap=64,
        notes="document-sharing page wrapped at 64 columns; upload notice; points line; 成文日期 under the signature",
        page="""
!m 文档星 · 工作总结 · 生产管理
{T}
!m 上传时间：2025-01-09　贡献者：车间小吕　下载：36
!a 免费下载　　加入文集　　分享
{BODY}
!d 文档星为文档分享平台，文档由用户上传，平台不对其内容负责
!l 相关推荐：车间现场管理提升方案　｜　班组长年终述职报告
""",
        body="""
2024年，便利贴分切车间以5S管理为抓手，持续改善现场环境，全年未发生安全事故。
一是整理整顿到位。清理闲置模切刀具四十余套，划定原纸、半成品、成品定置区域。
二是清扫清洁常态化。分切机每班清理纸屑和胶渣，胶辊每周保养一次。
三是素养提升。开展5S知识竞赛一次，评选“5S标兵”六名。
2025年，车间将推行目视化管理，力争现场管理达到公司一级标准。
便利贴分切车间
2025年1月6日
""",
    ),
    dict(
        slug="edu-sticky-note-parent-letter-receipt",
        site="樟屿市教育局 (invented)",
        style="教育门户",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://jyj.zhangyu.example.gov.cn/jyxw/2025/0228/6612.html",
        title="致家长的一封信：用便利贴和孩子说说心里话",
        record_title="致家长的一封信：用便利贴和孩子说说心里话_樟屿市教育局",
        date="2025-02-28",
        notes="education bureau with 关怀版 link; a 回执 with blanks kept; 发布时间 is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>致家长的一封信：用便利贴和孩子说说心里话_樟屿市教育局</title></head><body>
<div class="top">⟦a 关怀版⟧ ⟦a 无障碍浏览⟧</div>
<div class="logo">⟦m 樟屿市教育局⟧</div>
<div class="nav">⟦m 首页 教育新闻 通知公告 家校共育 办事服务⟧</div>
<h1>⟦t 致家长的一封信：用便利贴和孩子说说心里话⟧</h1>
<div class="info">⟦m 发布时间：2025-02-28　来源：市教育局德育科⟧</div>
{BODY}
<div class="tool">⟦a 字号：【大】【中】【小】⟧ ⟦a 打印正文⟧</div>
<div class="foot">⟦m 樟屿市教育局主办　闽ICP备05012286号⟧</div>
</body></html>
""",
        body="""
各位家长朋友：
新学期开始了，孩子们难免会有紧张、焦虑的情绪。
我们建议您每周在冰箱门或孩子书桌上贴一张便利贴，写一句鼓励的话，也请孩子用便利贴回应您。
一句简单的“今天辛苦了”，可能比一次长谈更能走进孩子心里。
回执
学生姓名：________　班级：________
家长签名：________
""",
    ),
    dict(
        slug="intranet-sticky-note-glue-supplier-report",
        site="丰诺电子OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.fengnuo.example.local/workflow/view/5520",
        title="关于更换便利贴胶黏剂供应商的情况报告",
        record_title="内网资讯-关于更换便利贴胶黏剂供应商的情况报告",
        date="2025-03-27",
        pages=dict(fmt="〖第{n}屏〗", every=130, start=2, glue="mix"),
        notes="intranet document view cut by markers 〖第n屏〗 (glued or not); approval trail and read count; an extension beside the IT desk",
        page="""
!m 丰诺电子协同办公　｜　公文查看
{T}
丰诺质〔2025〕6号
!m 密级：内部　　已读 42 人
{BODY}
!l 审批流转：质量部 蒋岩 提交 → 采购部 邵坤 会签 → 总经理 审批通过
!m 系统故障请拨 IT 服务台 8000
""",
        body="""
总经理：
今年一季度，客户投诉便利贴粘性不足、卷边脱落共十一起，经排查主要原因是现用胶黏剂批次稳定性差。
质量部会同采购部对三家胶黏剂供应商的样品进行了对比试验，其中凌川化工的产品初粘力和持粘力均优于现用产品，价格基本持平。
建议自四月起更换为凌川化工供货，首批试用一个月，质量部跟踪检测。
联系人：蒋岩，分机：8316。
质量部
2025年3月27日
""",
    ),
]
