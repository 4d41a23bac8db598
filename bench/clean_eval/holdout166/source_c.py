"""holdout166, part C: magnifying glasses (放大镜) — reading magnifiers for elders at bank
counters, a lens factory, a stamp-free reading corner, a library's loan desk, exam answers and
an encyclopaedia entry. Written by hand; all names invented."""

CASES = [
    dict(
        slug="app-magnifier-bank-counter-summary",
        site="笔成APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.bicheng.example.com/share/art?id=9920173",
        title="营业网点适老化服务工作总结",
        record_title="营业网点适老化服务工作总结（通用版）｜笔成APP",
        date="2024-12-27",
        notes="writing-app H5 share: open-in-app bar, AI-rewrite button glued after a sentence, member prompt; 成文日期 under the signature",
        page="""
!a 打开笔成APP，查看更多范文 ＞
{T}
!m 笔成精选 · 总结汇报　　1.2w人已读
{BODY}
!a 续读全文需开通笔成会员　｜　一键复制
!l 相似范文：银行网点文明服务工作总结｜柜面服务提升方案
""",
        body="""
今年以来，支行把适老化服务作为提升服务质量的重点，在全辖八个营业网点开展了“银发暖心”行动。
一是完善设施。每个网点配备老花镜、带灯放大镜、助听设备，在填单台设置大字版填单样本。⟦a ✎AI帮你改写这段⟧
二是优化流程。开设爱心窗口，对行动不便的老年客户提供上门服务二十七次。
三是加强培训。组织员工学习老年客户沟通技巧，开展情景演练四场。
明年，我们将继续完善适老化设施，让老年客户办事更舒心。
栎阳农商银行城东支行
2024年12月27日
""",
    ),
    dict(
        slug="examforum-magnifier-interview-answer",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-556201-1-1.html",
        title="面试真题：窗口单位为老人配放大镜被指“作秀”，你怎么看？",
        record_title="[面试真题] 面试真题：窗口单位为老人配放大镜被指“作秀”，你怎么看？ - 结构化面试 - 上岸公考论坛",
        date=None,
        notes="exam forum: level badge, reply-to-see notice, study-plan ad between paragraphs; no date (发表于 2天前)",
        page="""
!m 上岸公考论坛 › 面试交流 › 结构化面试
{T}
!m 楼主：稳稳上岸2025　　Lv.6 进士　　发表于 2天前
{BODY}
!d 本帖答案仅代表个人观点，欢迎跟帖讨论。
!l 回复本帖　　收藏(213)　　评分
!a 扫码加入面试冲刺群，每日一练
""",
        body="""
我的观点是：为老人配放大镜是一件好事，关键在于是否真正用起来。
从积极方面看，老年人视力下降，看不清表格小字，配放大镜体现了窗口单位的细心和温度。
⟦a ▶ 限时领取：2025面试真题精讲课（100题）⟧
但也要看到，如果放大镜只是摆在柜台上拍照，老人来了没人指导使用，就容易被群众认为是作秀。
如果我是窗口工作人员，我会主动为老人递上放大镜，必要时帮老人读表、代填，并把老人的意见记录下来反馈给单位。
""",
    ),
    dict(
        slug="wiki-magnifier-reading-aid-entry",
        site="知象百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhixiang.example.com/item/助视放大镜/30182",
        title="助视放大镜",
        record_title="助视放大镜_知象百科",
        date=None,
        notes="encyclopaedia entry: contents box, edit-count line, reference list; a 下载 sentence in the entry kept; no date (编辑于 stamp)",
        page="""
<html><head><meta charset="utf-8"><title>助视放大镜_知象百科</title></head><body>
<div class="top">⟦m 知象百科 · 人人可编辑的知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>⟦t 助视放大镜⟧</h1>
<div class="edit">⟦m 本词条由“视光科普团”参与编辑　浏览 4.7万　编辑 19 次⟧</div>
<div class="toc">⟦l 目录 1 简介 2 分类 3 选用 4 注意事项⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：[1] 低视力康复指南⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需医疗建议请咨询专业医生⟧ ⟦m 最近编辑于 3 天前⟧</div>
</body></html>
""",
        body="""
助视放大镜是供低视力者和老年人阅读使用的光学放大器具，属于助视器的一种。
按结构可分为手持式、立式、台式和电子放大镜，放大倍数一般在2倍至10倍之间。
选用时应先到医院进行低视力检查，根据视力和用途确定合适的放大倍数。
部分电子放大镜可连接手机，使用前需下载配套应用程序。
长时间使用时应注意休息，避免眼睛疲劳。
""",
    ),
    dict(
        slug="clouddrive-magnifier-elder-reading-corner-plan",
        site="云柜网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yungui.example.com/s/1Qx8fLmTTr0",
        title="社区图书室老年阅读角建设方案",
        record_title="社区图书室老年阅读角建设方案.docx",
        date="2025-04-08",
        notes="cloud-drive preview: save/download buttons, file heading, expiry line, app prompt; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>社区图书室老年阅读角建设方案.docx_免费高速下载|云柜网盘</title></head><body>
<div class="bar">⟦m 云柜网盘⟧ ⟦a 登录 注册⟧</div>
<div class="file">⟦t 社区图书室老年阅读角建设方案.docx⟧ ⟦m 24.6KB　分享时间：2025-04-10 20:31　有效期：永久⟧</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="app">⟦a 用云柜APP预览，文档更清晰⟧</div>
<div class="foot">⟦d 请勿分享违法违规内容，违者将被封号⟧</div>
</body></html>
""",
        body="""
为方便辖区老年人阅读，社区拟在图书室建设老年阅读角，方案如下。
一、场地：图书室东侧约二十平方米，采光良好。
二、设施：配置大字版图书三百册、台式放大镜四台、手持放大镜十把、老花镜二十副。
三、服务：每周二、四下午安排志愿者为老人读报，帮助使用放大镜阅读。
四、经费：约一万二千元，从社区公益金中列支。
蓬溪街道桂香社区居委会
2025年4月8日
""",
    ),
    dict(
        slug="snapshot-magnifier-lens-factory-notice",
        site="搜达网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souda.example.com/c?u=www.kjgx.example.com/gg/312.html",
        title="关于光学车间放大镜镜片抛光线停产检修的通知",
        record_title="关于光学车间放大镜镜片抛光线停产检修的通知 - 快照",
        date="2025-05-16",
        notes="search-engine cache: snapshot banner with crawl time (no date), highlighted-word line; the company's own page chrome inside",
        page="""
!d 这是 www.kjgx.example.com/gg/312.html 的快照，是网页在 2025年5月18日 03:12 的存档。当前页面可能已更改。
!m 您查询的关键词已高亮：放大镜　镜片
!m 科晶光学 ｜ 首页 ｜ 公司公告
{T}
{BODY}
!m 科晶光学仪器有限公司　地址：樾山县经开区光明路6号
""",
        body="""
各部门、各车间：
因光学车间放大镜镜片抛光线设备老化，经公司研究，定于5月20日至5月26日停产检修。
检修期间，抛光线员工由车间统一安排参加岗位技能培训和设备保养。
请销售部提前与客户沟通交货时间，生产部调整排产计划，确保检修后尽快恢复生产。
科晶光学仪器有限公司办公室
2025年5月16日
""",
    ),
    dict(
        slug="print-magnifier-stamp-museum-rules",
        site="樾山县博物馆 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.ysbwg.example.cn/print.aspx?id=208",
        title="樾山县博物馆文物鉴赏室使用须知",
        record_title="打印预览 - 樾山县博物馆文物鉴赏室使用须知",
        date=None,
        notes="print view calling window.print(): print/close buttons, a URL line and print footer 第1页 共1页 (my own form); rules speak of 放大镜 and 拍照; no date",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 樾山县博物馆文物鉴赏室使用须知</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a ✕ 关闭本页⟧</div>
<h2>⟦t 樾山县博物馆文物鉴赏室使用须知⟧</h2>
{BODY}
<div class="url">⟦m 本页地址：https://www.ysbwg.example.cn/view.aspx?id=208⟧</div>
<div class="pf">⟦p ∥ 第1页 共1页 ∥⟧</div>
</body></html>
""",
        body="""
一、鉴赏室实行预约制，每次接待不超过六人，每次时长不超过四十分钟。
二、观赏文物须在讲解员指导下进行，需要细看纹饰时，请使用室内配备的放大镜，不得用手触碰文物。
三、未经许可，不得对文物拍照、录像。
四、请勿携带饮料、食品及尖锐物品入内。
五、本须知由博物馆开放服务部负责解释。
""",
    ),
    dict(
        slug="mail-magnifier-procurement-reply-chain",
        site="楸水县财政局邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://qiushui-czj/inbox/20250603-77",
        title="关于为各乡镇便民服务中心购置助视放大镜的请示",
        record_title="回复：关于为各乡镇便民服务中心购置助视放大镜的请示.docx",
        date="2025-06-02",
        date_also=["2025-06-03"],
        notes="mail reply chain: headers, a reply above the forwarded document, the document's own 附件 list kept; send date differs from the 成文日期 (both accepted)",
        page="""
!m 发件人：县政务服务中心办公室 <zwfw_bgs@qiushui.example.gov.cn>
!m 收件人：预算股 <ysg@qiushui.example.gov.cn>
!m 发送时间：2025年6月3日 星期二 上午10:12
!m 主题：回复：关于为各乡镇便民服务中心购置助视放大镜的请示.docx
!l 收到，已转分管领导审核，请留意后续回复。——预算股 戚晓
!m ------------------ 原始邮件 ------------------
{BODY}
!d 此邮件及其附件可能含有保密信息，如非指定收件人，请立即删除。
""",
        body="""
县财政局：
为方便老年群众在乡镇便民服务中心阅读办事指南、填写表格，我中心拟为全县十四个乡镇便民服务中心各购置台式助视放大镜二台、手持放大镜五把。
经市场询价，共需资金约三万五千元。
恳请县财政局予以支持。
附件：1.购置清单
2.询价记录
楸水县政务服务中心
2025年6月2日
""",
    ),
    dict(
        slug="fanwen-magnifier-lens-speech-wrap-pages",
        site="范本阁 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.fanbenge.example.com/fayan/2025/0312/41071.html",
        title="在光学放大镜产业招商推介会上的致辞",
        record_title="在光学放大镜产业招商推介会上的致辞（精选）_范本阁",
        date="2025-03-12",
        wrap=60,
        pages=dict(fmt="✧{n}✧", every=160, start=2, glue=True),
        notes="范文 site: wrapped at 60 columns and cut by markers ✧n✧ glued to the continuation line; ghost-writer prompt; date under the title (neutral)",
        page="""
!m 范本阁 — 公文写作好帮手
!m 首页 > 致辞 > 招商推介
{T}
（2025年3月12日）
!m 阅读：3316　收藏：58
{BODY}
!w 本文仅供参考，如需原创材料请联系：QQ 1683320917
!l 下一篇：在县域经济发展大会上的致辞
""",
        body="""
尊敬的各位嘉宾，女士们、先生们：
春回大地，万物萌新，今天我们在这里举办光学放大镜产业招商推介会，我谨代表樾山县委、县政府，向各位嘉宾表示热烈的欢迎！
樾山县光学产业起步于二十世纪九十年代，目前已形成从光学玻璃熔炼、镜片研磨到成品组装的完整产业链，放大镜年产量占全国的四分之一。
我们诚挚欢迎各位企业家来樾山投资兴业，县委、县政府将一如既往地提供最优质的服务。
预祝推介会取得圆满成功！
""",
    ),
    dict(
        slug="wenku-magnifier-lab-teaching-reflection",
        site="学海文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.xuehaiwk.example.com/p-77310452.html",
        title="《用放大镜观察》教学反思",
        record_title="《用放大镜观察》教学反思 - 学海文库",
        date=None,
        pages=dict(fmt="≺{n}≻", every=140, start=2),
        notes="文库 reader with page-marker paragraphs ≺n≻ cutting sentences, VIP lock and coupon; no date",
        page="""
<html><head><meta charset="utf-8"><title>《用放大镜观察》教学反思 - 学海文库</title></head><body>
<div class="hd">⟦m 学海文库⟧ ⟦a 登录 | 开通VIP⟧</div>
<div class="crumb">⟦m 学海文库 > 教育专区 > 小学科学⟧</div>
<h1>⟦t 《用放大镜观察》教学反思⟧</h1>
<div class="info">⟦m 贡献者：科学课代表　　3页　　浏览 812⟧</div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 剩余1页未读，VIP免费读全文⟧ ⟦a 领取新人券，首月 ¥1⟧</div>
<div class="foot">⟦d 学海文库所有资源均是用户上传，如有侵权请联系客服⟧</div>
</body></html>
""",
        body="""
《用放大镜观察》是六年级科学下册第一单元的内容，本课的重点是让学生学会正确使用放大镜。
课前我为每个小组准备了放大镜、食盐、白糖、树叶和报纸，学生兴趣很高。
但在观察食盐颗粒时，不少学生把放大镜贴在眼睛上，又把物体放得太远，怎么也看不清。
我及时停下来，示范了“放大镜靠近眼睛，移动物体直到看清”的方法，学生很快就掌握了。
今后在组织探究活动前，我要把操作要点讲得更清楚，并留出足够的练习时间。
""",
    ),
    dict(
        slug="gov-magnifier-tax-hall-service-measures",
        site="桦浦区税务局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hp.tax.example.gov.cn/art/2025/3/18/art_101_5521.html",
        title="办税服务厅推出十项便利老年纳税人措施",
        record_title="办税服务厅推出十项便利老年纳税人措施_工作动态_桦浦区税务局",
        date="2025-03-18",
        record_date="2025-03-18",
        notes="government portal: 长辈版 link, 信息来源 line, a portal hotline 12366 vs. the hall's own phone kept; numbered list",
        page="""
!a 长辈版　无障碍
!m 桦浦区税务局
!m 首页 > 新闻动态 > 工作动态
{T}
!m 信息来源：纳税服务股　发布时间：2025-03-18 16:05　字号：大 中 小
{BODY}
!l 【我要纠错】　【打印】　【关闭】
!m 纳税服务热线：12366
""",
        body="""
为解决老年纳税人办税过程中遇到的困难，区税务局办税服务厅推出十项便利措施。
1.设立“银龄”绿色通道，老年人办税优先叫号。
2.在咨询台、填表台配备老花镜和放大镜。
3.保留现金、银行卡等传统缴费方式。
4.为行动不便的老年人提供预约上门服务。
办税服务厅咨询电话：0739-5270163。
""",
    ),
    dict(
        slug="news-magnifier-rural-post-office-readers",
        site="芪乡融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qixiangrm.example.cn/xw/2025/0508/15562.html",
        title="邮政网点的“放大镜专柜”火了",
        record_title="邮政网点的“放大镜专柜”火了 - 芪乡融媒",
        date="2025-05-08",
        notes="news portal: time line, photo caption paragraph, editor line glued after the last paragraph; hot list; share bar",
        page="""
<html><head><meta charset="utf-8"><title>邮政网点的“放大镜专柜”火了 - 芪乡融媒</title></head><body>
<div class="hd">⟦m 芪乡融媒 · 芪乡县融媒体中心⟧</div>
<div class="nav">⟦m 要闻 | 乡镇 | 民生 | 视频 | 专题⟧</div>
<h1>⟦t 邮政网点的“放大镜专柜”火了⟧</h1>
<div class="meta">⟦m 2025-05-08 10:16　来源：芪乡融媒　作者：闫秋⟧</div>
{BODY}
<div class="share">⟦l 分享：微信好友 朋友圈 微博⟧</div>
<div class="hot">⟦l 热点推荐⟧<p>⟦l 芪乡县首届采茶节开幕⟧</p></div>
<div class="foot">⟦d 未经授权禁止转载、摘编、复制或建立镜像⟧</div>
</body></html>
""",
        body="""
走进芪乡县白沙镇邮政网点，一组摆满各式放大镜的玻璃柜格外显眼。
⟦m （图：老人在邮政网点挑选放大镜　闫秋　摄）⟧
“家里老人看药品说明书吃力，来这里试了几个，选了一个带灯的。”正在挑选的村民詹青说。
网点负责人介绍，专柜开设两个月来已售出放大镜四百多个，价格从十几元到一百多元不等。⟦m 责任编辑：牧云⟧
""",
    ),
    dict(
        slug="forum-magnifier-stamp-lens-review-junk",
        site="樵溪杂谈论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.qiaoxizt.example.com/forum/t-20711.html",
        title="给老爸买的台式放大镜，说说使用感受",
        record_title="[晒单] 给老爸买的台式放大镜，说说使用感受 - 生活杂谈 - 樵溪杂谈论坛",
        title_also=["[晒单] 给老爸买的台式放大镜，说说使用感受"],
        date=None,
        junk=dict(lines=2, glued=1),
        notes="forum with anti-scraping junk lines and one glued; 发表于 5 天前 no date",
        page="""
!m 樵溪杂谈论坛 » 生活杂谈
{T}
!m 作者：木耳菜　　发表于 5 天前　　阅读 1022　回复 18
{BODY}
!l 本帖最后由 木耳菜 编辑
!l 相关帖子：老人用平板还是大屏手机好？
!a 快速回复　｜　返回列表
""",
        body="""
老爸七十六了，有白内障，看报纸越来越费劲，上个月给他买了一台带支架的台式放大镜。
镜片直径十二厘米，三倍放大，下面有一圈灯，晚上看也不伤眼。
老爸一开始嫌麻烦，说戴老花镜就够了，用了一个星期后，现在每天早上都要用它看半小时报纸。
缺点是体积有点大，不方便带出门，出门还得另配一个手持的。
""",
    ),
]
