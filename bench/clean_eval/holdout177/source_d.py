"""holdout177, part D: washbasins (脸盆) — a dormitory-memory blog, a health account's
one-person-one-basin tips, a kindergarten hygiene rule on a sharing page, a boarding-school
notice, a daily-goods factory plan on an intranet, a new-basin-smell answer, a memoir, a Party
branch's winter-warmth summary, a ward rule, a freshmen notice, a blocked-basin thread, a
science lesson plan on a download station and a trainee-cadre notice on an exam site.
Everything invented."""

CASES = [
    dict(
        slug="blog-washbasin-dorm-red-basin-tagcloud",
        site="半窗闲话 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://banchuang.example.me/2025/09/01/red-basin/",
        title="宿舍里那只红脸盆",
        record_title=None,
        date="2025-09-01",
        notes="Hexo-like blog: no record title (h1), <time> gives the date, tag cloud, archive, prev/next and a comment box",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>宿舍里那只红脸盆 | 半窗闲话</title>
<link rel="stylesheet" href="/css/style.css"></head><body>
<header><a class="logo">⟦m 半窗闲话⟧</a><span class="motto">⟦m 一个中年人的絮絮叨叨⟧</span>
<nav>⟦m 首页 归档 分类 关于⟧</nav></header>
<article><h1 class="post-title">{T}</h1>
<div class="post-meta"><time datetime="2025-09-01">⟦m 2025-09-01⟧</time> ⟦m 字数 412 · 阅读约 2 分钟⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l #往事 #大学 #开学季⟧</div>
<div class="post-nav">⟦l ← 父亲的自行车⟧ ⟦l 秋天的第一碗面 →⟧</div></article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 读书 旅行 往事 美食 杂感⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2025年9月 (3)　2025年8月 (5)⟧</p></aside>
<section class="comments">⟦l 留下你的评论吧～ 昵称 邮箱 提交⟧</section>
<footer>⟦d © 2019-2025 半窗闲话 · 文章采用署名-非商业性使用许可⟧</footer>
<script src="/js/main.js"></script></body></html>
""",
        body="""
又到开学季，朋友圈里晒的都是新生宿舍，让我想起二十多年前自己带去学校的那只红脸盆。
那是母亲在镇上供销社买的塑料盆，盆底印着一对鸳鸯，我嫌土，母亲说结实。
四年里，它装过换洗的衣服，盛过室友从家里带来的橘子，冬天还被用来泡过脚。
毕业那年，我把它送给了下一届的学弟，不知道它后来又陪了谁多少年。
""",
    ),
    dict(
        slug="wechat-washbasin-one-person-one-basin-tips",
        site="嶂口健康 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://weixin.jingxiang.example.com/a/zkjk/20250611",
        title="全家共用一个脸盆？这些病可能悄悄传染",
        record_title="全家共用一个脸盆？这些病可能悄悄传染",
        date="2025-06-11",
        notes="WeChat mirror as text: account line with the date, 原创 tag, reward row, 在看/分享, body tells readers to 关注/扫码 as content",
        page="""
{T}
!m 原创　嶂口健康　嶂口市卫生健康委员会　2025-06-11 18:00　发表于湖南
{BODY}
!a 喜欢此内容的人还喜欢
!l 夏季腹泻高发，做好这几点
!l 分享　收藏　在看　赞
!d 文章来源于公众号镜像，仅供阅读，版权归原作者
""",
        body="""
不少家庭图省事，洗脸、洗脚、洗衣服都用同一个脸盆，殊不知这样容易传播疾病。
脚癣、股癣等真菌感染，以及红眼病、部分皮肤病，都可能通过共用盆具在家庭成员间传播。
建议做到一人一盆、脸脚分开，盆具用后清洗晾干，每周用开水烫洗或用含氯消毒液浸泡一次。
家中有人患有皮肤传染病时，其盆具、毛巾应单独存放。
更多健康知识，请关注“嶂口健康”公众号，或扫描医院宣传栏上的二维码查看。
""",
    ),
    dict(
        slug="docshare-washbasin-kindergarten-hygiene-markers",
        site="享阅文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.xiangyuedoc.example.com/doc/9931027.html",
        title="幼儿园“一人一巾一盆”卫生保健制度",
        record_title="幼儿园“一人一巾一盆”卫生保健制度.wps",
        date=None,
        notes="document-sharing reader: file-name record title, uploader box, page markers ⟮n⟯ as HTML paragraphs cutting sentences, download button, similar docs; no date",
        pages=dict(fmt="⟮{n}⟯", every=110, start=2),
        page="""
<html><head><meta charset="utf-8"><title>幼儿园“一人一巾一盆”卫生保健制度.wps-享阅文档</title></head><body>
<div class="top">⟦m 享阅文档⟧ ⟦a 上传文档⟧ ⟦a 登录⟧</div>
<h1>⟦t 幼儿园“一人一巾一盆”卫生保健制度.wps⟧</h1>
<div class="doc-info">⟦m 上传者：园长信箱　上传于：2024-03-05　3页　1.2万次阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="dl">⟦a 免费下载本文档⟧ ⟦a 加入收藏⟧</div>
<div class="sim"><p>⟦l 相似文档⟧</p><p>⟦l 幼儿园晨检制度　托班生活护理细则⟧</p></div>
<div class="ft">⟦d 享阅文档所有文档均由用户上传，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
一、每名幼儿配备专用毛巾、脸盆和水杯，贴有本人照片或标记，不得混用。
二、脸盆每日使用后由保育员清洗，每周用含氯消毒液浸泡消毒一次，消毒后用清水冲净、倒扣晾干。
三、毛巾每日清洗消毒，挂放间距不少于十厘米，保持通风干燥。
四、保健医生每周检查一次落实情况，并记入卫生消毒登记表。
五、发现幼儿患传染性眼病或皮肤病时，其盆具应单独消毒存放。
""",
    ),
    dict(
        slug="edu-washbasin-boarding-supplies-no-mandatory-purchase",
        site="岵山县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://edu.hushan.example.gov.cn/tzgg/2025/0815/2287.html",
        title="关于规范寄宿制学校学生生活用品配置的通知",
        record_title="关于规范寄宿制学校学生生活用品配置的通知_通知公告_岵山县教育局",
        date="2025-08-15",
        notes="education portal text: 文号 line (neutral), a 监督举报 line at the bottom beside the bureau's own 联系人/电话, numbered list, 附件",
        page="""
!m 岵山县教育局　　网站首页 | 通知公告 | 政务公开 | 教育资源
!m 发布日期：2025-08-15　信息来源：基础教育股　浏览次数：2039
{T}
岵教发〔2025〕33号
{BODY}
!w 违规收费举报电话：0744-3312345
!l 下一篇：关于做好秋季学期开学安全工作的通知
""",
        body="""
各中小学校：
为减轻家庭负担，现就寄宿制学校学生生活用品配置有关事项通知如下。
1. 学校不得强制学生统一购买脸盆、水桶、被褥等生活用品，学生可自带。
2. 确需统一款式的，应征得家长同意，按成本价提供，并公示价格。
3. 学校应为寄宿生配备晾晒场地和盆具存放架。
联系人：龚玉兰　电话：0744-3318706
附件：寄宿制学校生活用品参考清单
岵山县教育局
2025年8月15日
""",
    ),
    dict(
        slug="oa-washbasin-daily-goods-plan-circulation",
        site="嵛江日用品厂 内网 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://oa.yjryp.example.local/workflow/view.jsp?docid=78120",
        title="2026年塑料脸盆产品线升级改造方案",
        record_title="内网公告-2026年塑料脸盆产品线升级改造方案",
        date="2025-11-28",
        notes="intranet document view: 流转记录 and read count, approval record, draft/issue rows; decimal headings and a budget table in the body",
        page="""
<html><head><meta charset="utf-8"><title>内网公告-2026年塑料脸盆产品线升级改造方案</title></head><body>
<div class="oa-top">⟦m 嵛江日用品厂协同办公系统⟧ ⟦m 当前用户：车间主任 曹力⟧ ⟦a 退出⟧</div>
<div class="oa-nav">⟦m 首页 › 公文 › 收文阅办⟧</div>
<h2>{T}</h2>
<table class="doc-meta"><tr><td>⟦m 拟稿部门：技术部⟧</td><td>⟦m 签发：厂长 覃国强⟧</td></tr><tr><td>⟦m 密级：内部⟧</td><td>⟦m 已阅 41 人⟧</td></tr></table>
<div class="doc-body">
{BODY}
</div>
<div class="flow">⟦m 流转记录：技术部拟稿 → 生产部会签 → 厂长签发 → 分发各车间⟧</div>
<div class="opt">⟦a 签收　阅办意见　打印正文⟧</div>
</body></html>
""",
        body="""
1 改造目标
将现有两条脸盆生产线的换模时间由九十分钟缩短到三十分钟，产品不良率降到百分之一以内。
2 主要内容
2.1 更换两台节能型成型设备，配套快速换模装置。
2.2 增设在线称重和外观检测工位，自动剔除缺料、飞边产品。
3 投资预算
项目　金额
成型设备　八十六万元
检测工位　二十四万元
4 进度安排：2026年1月完成设备采购，3月底前完成安装调试。
技术部
2025年11月28日
""",
    ),
    dict(
        slug="qa-washbasin-new-plastic-smell-answer-date",
        site="邻里问问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.linliwenwen.example.com/question/1187703",
        title="新买的塑料脸盆有股味道，怎么去掉？",
        record_title=None,
        date="2025-04-02",
        notes="Q&A page: no record title (the question in h1), best-answer badge, answer time line as the page's date, vote bar, related questions",
        page="""
<html><head><meta charset="utf-8"><title>新买的塑料脸盆有股味道，怎么去掉？_邻里问问</title></head><body>
<div class="hd">⟦m 邻里问问⟧ ⟦a 我要提问⟧</div>
<h1>{T}</h1>
<div class="q-meta">⟦m 提问者：小蜗牛0807　｜　2个回答⟧</div>
<div class="best">⟦m 最佳答案⟧ ⟦m 回答者：居家小达人　回答时间：2025-04-02 10:18⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦l 有用(64)　没用(2)　评论⟧</div>
<div class="rel">⟦l 相关问题：塑料盆发黄怎么洗白？　｜　脸盆用多久该换？⟧</div>
<div class="ft">⟦d 回答内容仅供参考，不代表平台观点⟧</div>
</body></html>
""",
        body="""
新塑料盆有味道，多半是生产时残留的脱模剂和塑料单体，一般不影响使用，可以这样处理：
1. 先用温水加少量洗洁精刷洗一遍，冲净后放在阴凉通风处晾两三天。
2. 味道较重的，可以在盆里倒入淘米水或淡茶水浸泡一晚，再清洗晾干。
3. 不要暴晒，也不要用开水长时间烫，以免塑料变形老化。
如果晾了一周还是有刺鼻气味，建议联系商家退换。
""",
    ),
    dict(
        slug="anthology-washbasin-aluminium-basin-wrapped",
        site="嵋溪旧事集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.meixijiushi.example.cn/wenji/039.html",
        title="那只铝脸盆",
        record_title="《嵋溪旧事集》第三十九篇｜那只铝脸盆",
        date=None,
        notes="personal collection hard-wrapped at 56 columns; chapter nav, a 写于 line with a year only (no date), collection footer",
        wrap=56,
        indent="\u3000\u3000",
        page="""
!m 嵋溪旧事集　第三十九篇
!l ‹ 上一篇：村口的碾盘　　目录　　下一篇：外婆的针线筐 ›
!t 那只铝脸盆
{BODY}
!m 二〇二一年秋于嵋溪
!d 旧事集文章版权归作者所有，转载请注明出处
""",
        body="""
我家那只铝脸盆，是父亲一九七八年当上生产队会计时队里奖励的，盆沿上还錾着“奖”字。
那时候全家五口人早上排队洗脸，母亲总是最后一个，等她洗完，盆里的水还要留着浇门前的丝瓜。
盆底后来磕出一个小洞，父亲用锡焊补了，又用了十几年，直到我工作后给家里买了新盆，它才被挂到墙上。
如今父亲不在了，那只补过的铝盆还挂在老屋的墙上，谁也舍不得扔。
""",
    ),
    dict(
        slug="dangjian-washbasin-winter-warmth-summary",
        site="峄湖机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://jgdj.yihu.example.gov.cn/zbfc/2026/0112/1043.html",
        title="县住建局机关党支部“冬日送温暖”志愿服务活动总结",
        record_title="【支部风采】县住建局机关党支部“冬日送温暖”志愿服务活动总结",
        date="2026-01-12",
        notes="Party-building text: record title 【支部风采】, study-points line, share row, a data table of delivered items, signature date",
        page="""
!m 峄湖机关党建　｜　支部风采
!t 【支部风采】县住建局机关党支部“冬日送温暖”志愿服务活动总结
!m 来源：县住建局机关党支部　时间：2026-01-12
{BODY}
!a 学习打卡 +1 积分
!l 转发到：党员学习群　朋友圈
!l 更多支部风采 >>
""",
        body="""
1月上旬，县住建局机关党支部组织党员志愿者到崮阳镇开展“冬日送温暖”活动，为辖区独居老人送去生活用品。
物品　数量
加厚棉被　三十床
不锈钢脸盆　三十个
毛巾牙膏套装　三十套
党员们还帮助老人检查了家中电线和取暖设施，排查安全隐患九处，现场整改七处。
下一步，支部将与崮阳镇建立结对帮扶机制，每季度上门走访一次。
县住建局机关党支部
2026年1月12日
""",
    ),
    dict(
        slug="hospital-washbasin-ward-basin-rule",
        site="嶂口市第二人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.zk2yy.example.com/hlb/zd/2025/0303.html",
        title="住院病区患者盆具管理规定",
        record_title="【护理部】住院病区患者盆具管理规定",
        date="2025-03-03",
        notes="hospital text page: booking line and 24-hour line beside the nursing department's own 咨询电话 in the body; 第N条 articles; signature date",
        page="""
!m 嶂口市第二人民医院　　预约挂号 114 或本院公众号
!m 首页 > 护理园地 > 规章制度
!t 【护理部】住院病区患者盆具管理规定
{BODY}
!m 24小时服务热线：0745-2660999
!l 上一篇：病区陪护人员管理办法
""",
        body="""
第一条　为预防院内交叉感染，规范住院患者盆具管理，制定本规定。
第二条　病区实行一床一盆，脸盆、足盆分开，盆具标注床号，出院后统一回收消毒。
第三条　盆具由病区保洁员每日清洗，每周用含氯消毒液浸泡三十分钟，感染科室每日消毒。
第四条　患者自带盆具的，按本规定管理。
咨询电话：0745-2661452（护理部）
护理部
2025年3月3日
""",
    ),
    dict(
        slug="university-washbasin-freshmen-supplies-notice",
        site="峤原师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qysfxy.example.edu.cn/xsc/tzgg/2025/0806/5521.htm",
        title="关于2025级新生入学生活用品准备的温馨提示",
        record_title="关于2025级新生入学生活用品准备的温馨提示-学生工作处",
        date="2025-08-06",
        notes="university page: 学校主页/English links, 校历 sidebar, body tells freshmen to 扫码 join a group (content), the student office's own 电话 beside the admissions hotline",
        page="""
<html><head><meta charset="utf-8"><title>关于2025级新生入学生活用品准备的温馨提示-学生工作处</title></head><body>
<div class="top">⟦m 峤原师范学院 学生工作处⟧ <a>⟦m 学校主页⟧</a> <a>⟦m English⟧</a></div>
<div class="nav">⟦m 首页 机构设置 通知公告 学生资助 心理健康⟧</div>
<div class="side"><h4>⟦l 快速通道⟧</h4><ul><li>⟦l 校历⟧</li><li>⟦l 迎新系统⟧</li><li>⟦l 资助申请⟧</li></ul></div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-08-06　点击：[11342]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="foot">⟦w 招生咨询热线：0746-6600111⟧ ⟦d 版权所有 © 峤原师范学院 学生工作处⟧</div>
</body></html>
""",
        body="""
2025级新同学：
欢迎你们来到峤原师范学院！为方便大家入学，现将生活用品准备事项提示如下。
学校宿舍已配备床、书桌、衣柜和空调，床上用品可自备，也可入学后在校内超市购买。
脸盆、水桶、衣架等日用品不必从家里携带，宿舍楼下生活服务站均有平价供应。
请新生扫描录取通知书中的二维码加入新生群，了解更多入学信息。
联系电话：0746-6612028（学生工作处）
学生工作处
2025年8月6日
""",
    ),
    dict(
        slug="localforum-washbasin-blocked-drain-junk",
        site="嵛江论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.yujiang365.example.com/thread-558021-1-1.html",
        title="老小区卫生间洗脸盆下水堵了，求靠谱师傅",
        record_title="老小区卫生间洗脸盆下水堵了，求靠谱师傅",
        date=None,
        notes="county forum text: junk lines and glued junk, relative time (no date), poster's level, a 求助 tag, reply floor",
        junk=dict(lines=2, glued=2),
        page="""
!m 嵛江论坛 › 生活求助 › 正文
!t [求助] 老小区卫生间洗脸盆下水堵了，求靠谱师傅
!m 楼主 阿杰不吃香菜 ｜ Lv.5 ｜ 昨天 21:06
{BODY}
!l 2楼 水电老周：私信我，城东片区当天上门。
!a 点赞　回复　分享
!m 嵛江论坛 — 嵛江人自己的论坛
""",
        body="""
家住城东老粮站宿舍，卫生间洗脸盆下水这两天越来越慢，今天干脆不往下走了。
自己用皮搋子弄了半天没用，拆开存水弯看了一下，里面都是头发和水垢。
想找个师傅上门疏通，顺便看看要不要把老的下水管换掉，大家有靠谱的推荐吗？
价格合理就行，不要一上门就说要砸墙的那种。
""",
    ),
    dict(
        slug="download-washbasin-science-lesson-plan",
        site="课件吧教案下载 (invented)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="text",
        source="http://www.kejianba.example.com/jiaoan/kexue/48813.html",
        title="小学科学《脸盆里的沉与浮》教学设计",
        record_title="小学科学《脸盆里的沉与浮》教学设计.docx",
        date=None,
        notes="download station as text: file-info lines, mirror links, a points prompt and a dead-link report; file-name record title; numbered steps; no date",
        page="""
!m 课件吧教案下载　首页 > 小学科学 > 三年级
!m 文件名称：小学科学《脸盆里的沉与浮》教学设计.docx
!m 文件大小：1.6 MB　　更新：2025-03-11　　下载：3381 次
{BODY}
!a 本地下载　备用下载　百度云下载
!a 下载需消耗 1 积分，会员免费
!l 链接失效请点此反馈
""",
        body="""
一、教学目标：通过实验，让学生知道物体在水中有沉有浮，能用简单的方法改变物体的沉浮。
二、实验材料：每组一个大脸盆、清水、橡皮泥、小木块、回形针、塑料瓶盖。
三、教学过程
1. 猜一猜：出示材料，让学生猜想哪些物体会浮在脸盆的水面上。
2. 试一试：学生分组把物体逐一放入脸盆，记录结果。
3. 变一变：把橡皮泥捏成小船形状，观察它能否浮起来。
四、课后延伸：回家用自家的脸盆再做一次实验，把发现讲给家长听。
""",
    ),
    dict(
        slug="personnel-washbasin-cadre-training-checkin",
        site="岫川县人事考试与培训网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.xiuchuan.example.gov.cn/pxxx/2025/1010/772.html",
        title="关于2025年新录用公务员初任培训报到事项的通知",
        record_title="关于2025年新录用公务员初任培训报到事项的通知",
        date="2025-10-10",
        notes="personnel site: system-maintenance banner, technical line beside the training office's own 联系人/电话; a packing list mentioning 脸盆 kept in the body; signature date",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年新录用公务员初任培训报到事项的通知_岫川县人事考试与培训网</title></head><body>
<div class="banner">⟦m 岫川县人事考试与培训网⟧</div>
<div class="alert">⟦m 系统维护公告：10月12日0时至6时报名系统暂停服务⟧</div>
<div class="nav">⟦m 首页 | 考试信息 | 培训信息 | 成绩查询 | 政策法规⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-10-10　作者：培训科⟧</div>
<div class="content">
{BODY}
</div>
<div class="tech">⟦w 网站技术咨询：0738-6601234（工作日 9:00-17:00）⟧</div>
<div class="foot">⟦m 主办单位：岫川县人力资源和社会保障局⟧</div>
</body></html>
""",
        body="""
各录用单位，各位学员：
2025年新录用公务员初任培训定于10月20日至31日在县委党校举行，实行封闭式管理。现将报到事项通知如下。
一、报到时间：10月19日下午14时至18时。
二、报到地点：县委党校学员楼一楼大厅。
三、携带物品：身份证、一寸照片两张，以及脸盆、毛巾、洗漱用品等个人生活用品。
联系人：彭俊　电话：0738-6627730（县人社局培训科）
岫川县人力资源和社会保障局
2025年10月10日
""",
    ),
]
