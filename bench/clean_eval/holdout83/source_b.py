"""holdout83, part B: blogs, WeChat mirrors, sharing sites, education portals, intranets. Invented text."""

CASES = [
    dict(
        slug="blog-luyuan-waterwheel-notes-html-archive",
        site="辘源闲笔 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://luyuanxianbi.blog.cn/2025/08/waterwheel-days.html",
        title="守水车的夏天",
        record_title="【随笔】守水车的夏天 | 辘源闲笔",
        date="2025-08-03",
        notes="blog with tag cloud, archive, recent comments; bracketed post time is the date; reprint notice after the last sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随笔】守水车的夏天 | 辘源闲笔</title>
<script>var disqus_shortname='luyuan';</script></head><body>
<header><h3>⟦m 辘源闲笔 —— 一个乡村教师的记事本⟧</h3><nav>⟦m 首页 · 随笔 · 读书 · 关于我⟧</nav></header>
<main><h2>{T}</h2>
<p class="date">⟦m [2025-08-03 22:16]　分类：随笔　阅读(88)　评论(2)⟧</p>
{BODY}
<p class="tags">⟦l 标签：水车 乡村 童年⟧</p>
<p class="nav">⟦l « 上一篇：暑假家访记　下一篇：秋收前的稻田 »⟧</p>
</main>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年8月 (3)⟧</li><li>⟦l 2025年7月 (5)⟧</li></ul>
<h4>⟦l 最新评论⟧</h4><ul><li>⟦l 远山：小时候也守过水车，怀念⟧</li></ul></aside>
<footer>⟦m Theme by Plain · Powered by WordPress⟧</footer></body></html>
""",
        body="""
小时候每到双抢，我就被派去守村口的水车，看着它别让树枝卡住。
水车吱呀吱呀地转，竹筒一个接一个把河水倒进水槽，流向爷爷的稻田。
那时候觉得守水车是世上最无聊的差事，现在回村再看到它，竟然站了很久。
听说镇里要把它修好，我很高兴，下次带学生们来看看。⟦d 原创文字，转载请留言告知并注明出处。⟧
""",
    ),
    dict(
        slug="blog-chengshan-steelyard-visit-text",
        site="秤山行记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://chengshanxj.blogbus.cn/post/20250512",
        title="拜访制秤老人记",
        record_title="拜访制秤老人记",
        date=None,
        notes="blog text; relative time 3天前 is no date; no date in document",
        page="""
!m 秤山行记的博客
!m 发布于 3天前 · 阅读 201 · 喜欢 14
{T}
{BODY}
!l 点赞 | 收藏 | 转发
!l 评论区（共2条）
!l 竹间风：老手艺真该记录下来
!m 本博客由 BlogBus 提供技术支持
""",
        indent="    ",
        body="""
车开了两个小时山路，终于在砣湾村见到了做了五十年杆秤的邢老。
他的作坊不大，墙上挂满了半成品秤杆，桌上摆着钻星用的小手钻。
邢老说，一杆秤十六两，每颗星都是良心，钉歪一颗，就对不起买菜的人。
临走时他送我一杆小戥子，说留个念想。
""",
    ),
    dict(
        slug="wechat-mirror-suohu-raincoat-html-section",
        site="公众号阅读 (invented mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://mp.readmirror.cn/s/9vXq2LmE_suohu",
        title="致蓑湖乡亲的一封倡议书：一起留住棕编蓑衣",
        record_title="致蓑湖乡亲的一封倡议书：一起留住棕编蓑衣",
        date="2025-01-22",
        notes="WeChat-style section/span mirror; account line date; follow prompt glued before first sentence; 在看 bar",
        page="""
<html><head><meta charset="utf-8"><title>致蓑湖乡亲的一封倡议书：一起留住棕编蓑衣</title></head><body>
<div class="mirror-top">⟦m 本页由公众号阅读镜像生成⟧</div>
<h1>{T}</h1>
<div class="profile">⟦m 蓑湖乡文化站⟧ ⟦m 2025-01-22 17:40 浙江⟧</div>
<section>
{BODY}
</section>
<div class="bottom">⟦l 阅读 1386　在看 27　分享 收藏⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“蓑湖乡文化站”⟧</div>
<div class="mirror-foot">⟦d 内容版权归原公众号所有，本站仅作镜像存档。⟧</div>
</body></html>
""",
        p_html="<section><span>{}</span></section>",
        body="""
⟦a 点击蓝字 关注我们⟧亲爱的乡亲们：
棕编蓑衣陪伴了蓑湖人几百年，如今会编的老人已不足十位。
我们倡议：家中有老蓑衣的，请送到文化站登记展示；有兴趣学手艺的，请到文化站报名；也请大家把这篇倡议分享给在外的蓑湖人。
让我们一起，把这门手艺传下去。
蓑湖乡文化站
2025年1月22日
""",
    ),
    dict(
        slug="wechat-mirror-mojia-millstone-plan-text",
        site="微文存档站 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="text",
        source="http://wxcundang.com/a/7730941",
        title="磨家村“石磨豆浆节”活动方案",
        record_title="磨家村“石磨豆浆节”活动方案",
        date="2025-10-09",
        notes="mirror text with account line; member card between paragraphs; QR follow lines at bottom",
        page="""
!m 微文存档站 · 公众号文章备份
{T}
!m 原创　碾岭镇磨家村　2025年10月09日 08:30
!a 👆点上方名片，设为星标不迷路
{BODY}
!l 往期推荐：磨家村秋收晒谷节回顾｜村史馆开馆啦
!a 扫码关注 ▎获取更多乡村活动
!l 👍 赞　💬 留言　🔁 转发
""",
        body="""
为展示石磨豆浆传统制作工艺，带动村里农家乐发展，村两委决定举办首届石磨豆浆节。
一、时间地点：2025年10月18日，磨家村文化广场。
⟦a 小程序 · 磨家村报名入口 ›⟧
二、活动内容：石磨推磨比赛、豆浆品尝、豆腐宴和农产品展销。
三、报名方式：游客扫描海报上的二维码报名，每户限两人参加推磨比赛。
""",
    ),
    dict(
        slug="docshare-luchuan-waterwheel-request-wrap",
        site="共享文档吧 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.gxwdb.com/d/5518270.html",
        title="关于申请轳川村水车修复资金的请示",
        record_title="关于申请轳川村水车修复资金的请示.wps",
        date="2025-03-26",
        notes="wps file-name title; hard-wrapped at 58 columns; upload notice; 抄送 line",
        page="""
!m 共享文档吧 gxwdb.com
!m 文档分类：行政公文 > 请示
!t 关于申请轳川村水车修复资金的请示.wps
!m 分享者：sz_lc66 ｜ 大小：18KB ｜ 格式：WPS
!a [免费下载] [在线预览] [举报]
{BODY}
!d 声明：本文档为用户自行上传并分享，如有版权问题请联系我们删除。
!l 热门请示范文：修缮村级道路请示｜购置办公设备请示
""",
        wrap=58,
        indent="　　",
        body="""
镇人民政府：
我村现有清代木水车一座，为县级文物保护点。因去年汛期洪水冲击，水车主轴断裂，叶板缺损，已无法运转。
经请专业人员测算，修复共需资金十二万六千元，村集体自筹三万元，尚缺九万六千元。
特请镇政府予以支持，妥否，请批示。
轳川村民委员会
2025年3月26日
抄送：镇文化站，镇农业农村办。
""",
    ),
    dict(
        slug="docshare-fengchang-pinwheel-letter-oneline",
        site="文档快传 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://wdkc.net/s/pinwheel-3321",
        title="风场小学关于邀请风车艺人进校园授课的函",
        record_title=None,
        date="2025-04-22",
        notes="body on one line; title missing from record, on the page; share stamp no date",
        page="""
!m 文档快传 · 一键分享
!m 分享于 2025-05-30　浏览 44
{T}
{BODY}
!a 保存到我的文档　　复制链接
!d 本页内容由分享者提供，平台不对内容负责。
""",
        oneline=True,
        indent="　　",
        body="""
风场镇文化站：
为让学生了解家乡手工风车技艺，我校拟于5月开设“风车小课堂”，每周四下午一节。
特邀请贵站推荐两位风车艺人来校授课，课时补贴由我校按标准支付。
联系人：覃老师，电话：13907351188。
风场小学
2025年4月22日
""",
    ),
    dict(
        slug="edu-zhuoyang-pinwheel-notice-html",
        site="棹阳区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.zhuoyang.gov.cn/tzgg/2025/0312/1190.html",
        title="关于组织中小学生参加风车制作劳动实践课的通知",
        record_title="关于组织中小学生参加风车制作劳动实践课的通知_棹阳区教育局",
        date="2025-03-12",
        notes="education portal; document number neutral; 扫码 sentence kept; date in document",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于组织中小学生参加风车制作劳动实践课的通知_棹阳区教育局</title><script src="/js/stat.js"></script></head><body>
<div class="top">⟦m 棹阳区教育局 · 办人民满意的教育⟧</div>
<ul class="nav"><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 校园安全⟧</li></ul>
<div class="path">⟦m 位置：首页 > 通知公告⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 来源：基础教育科　日期：2025-03-12　点击数：467⟧</p>
<p class="wh">棹教〔2025〕9号</p>
{BODY}
<div class="op">⟦a [收藏] [打印] [返回顶部]⟧</div>
<div class="right"><p>⟦l 最新公告⟧</p><p>⟦l 2025年春季学期校车安全检查通报⟧</p></div>
<div class="foot">⟦m 棹阳区教育局主办　皖ICP备11002764号⟧</div></body></html>
""",
        body="""
各中小学校：
为落实劳动教育要求，区教育局联合区文化馆开设风车制作劳动实践课，现将有关事项通知如下。
一、参加对象：全区三至六年级学生，每校推荐四十人。
二、报名方式：各校请扫描附件中的二维码填报名单，截止时间为3月25日。
三、课程安排：4月每周六上午，在区青少年活动中心进行。
棹阳区教育局
2025年3月12日
""",
    ),
    dict(
        slug="edu-hengling-steelyard-lesson-text",
        site="衡岭教育资源网 (invented)",
        style="教育门户",
        genre="教案",
        kind="plan",
        form="text",
        source="http://www.hljyzy.net/jiaoan/sx/2025/3381.html",
        title="小学数学综合实践课《认识杆秤》教学设计",
        record_title="小学数学综合实践课《认识杆秤》教学设计（word版）免费下载",
        date=None,
        notes="decorated title; numbered list; no date (upload stamp only); download prompt",
        page="""
!m 衡岭教育资源网 — 教案 · 课件 · 试题
!m 当前位置：资源中心 > 数学 > 教案
!t 小学数学综合实践课《认识杆秤》教学设计（word版）免费下载
!m 资源上传：2025-05-17　下载：73次　资源大小：42K
{BODY}
!a 下载地址：本地下载 ｜ 网盘下载
!d 本站资源均由教师上传，仅供教学交流使用。
""",
        body="""
教学目标：认识杆秤的结构，了解杠杆原理的初步知识，体会传统计量工具中的智慧。
教学过程：
1. 出示杆秤实物，认识秤杆、秤砣、秤盘和提绳。
2. 分组称一称苹果，记录读数，比较与电子秤的差别。
3. 讨论：秤砣离提绳越远，为什么能称越重的东西？
课后作业：回家问问长辈，他们小时候见过的杆秤是什么样的。
""",
    ),
    dict(
        slug="oa-lunxi-waterwheel-minutes-html-flow",
        site="轮溪水务集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.lxsw.local/doc/view?id=20250716-0032",
        title="水车文化公园项目推进会会议纪要",
        record_title="内网资讯-水车文化公园项目推进会会议纪要",
        date="2025-07-16",
        notes="intranet document view with 流转记录 and watermark; minutes lines and vote kept",
        page="""
<html><head><meta charset="utf-8"><title>内网资讯-水车文化公园项目推进会会议纪要</title><script>initWatermark('张三 0716');</script></head><body>
<div class="sys">⟦m 轮溪水务集团协同办公平台 V6.2⟧ <span>⟦m 当前用户：程卉（办公室）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="menu">⟦m 待办 | 已办 | 公文 | 会议 | 通讯录⟧</div>
<h3>{T}</h3>
<div class="attr">⟦m 拟稿部门：综合办公室　密级：内部　阅读次数：58⟧</div>
<div class="body">
{BODY}
</div>
<div class="flow"><p>⟦m 流转记录：程卉 拟稿 07-16 15:20 → 邝总 审核 07-17 09:02 → 归档⟧</p></div>
<div class="btns">⟦a 打印　导出PDF　转发　收藏⟧</div>
<div class="wm">⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年7月16日上午
地点：集团三楼会议室
主持：邝卫东
出席：集团班子成员，工程部、财务部负责人
记录：程卉
会议听取了水车文化公园项目进展汇报，议定：
1. 水车主体由县文物部门指定单位修复，集团负责引水渠改造。
2. 项目资金按季度拨付，财务部每月报送使用情况。
表决结果：同意7票，反对0票，弃权0票。
""",
    ),
    dict(
        slug="oa-dengcheng-scale-factory-report-text",
        site="戥城衡器厂OA (invented)",
        style="企业内网",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://10.2.1.15/oa/notice/2291",
        title="衡器厂2025年上半年质量工作报告",
        record_title="衡器厂2025年上半年质量工作报告",
        date="2025-07-04",
        notes="intranet export; decimal headings; table rows; export stamp at bottom",
        page="""
!m 戥城衡器厂 · 内部办公系统
!m 公文 > 部门报告 > 质量部
{T}
!m 发布人：质量部　｜　已读 112 人　｜　未读 9 人
{BODY}
!m 导出时间：2025-08-01 16:02:11　导出人：admin
!d 本文件仅限厂内传阅
""",
        body="""
1. 总体情况
上半年共生产杆秤、案秤等衡器8340台，出厂检验合格率99.2%。
2. 主要问题
2.1 部分秤杆木料含水率偏高，入库后出现轻微弯曲。
2.2 星点钉嵌工序依赖个别老师傅，产能受限。
3. 分产品合格率
产品　产量　合格率
木杆秤　2120台　98.6%
案秤　6220台　99.4%
质量部
2025年7月4日
""",
    ),
]
