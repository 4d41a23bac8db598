"""holdout87, part C: hula-hoop clubs and hoop makers (呼啦圈) — invented counties, people,
sites and chrome wording; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="corp-huanyue-hoop-recall-html",
        site="环悦体育用品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.huanyue-sports.example.com/news/notice/2025-07-02.html",
        title="关于召回部分批次儿童折叠呼啦圈的公告",
        record_title="关于召回部分批次儿童折叠呼啦圈的公告 - 环悦体育",
        date="2025-07-02",
        notes="corporate template with cookie banner and shop link; recall-batch table kept; the recall line beside the sales hotline",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于召回部分批次儿童折叠呼啦圈的公告 - 环悦体育</title>
<script async src="/static/track.js"></script></head><body>
<div class="cookie">⟦d 本站使用Cookie以改善浏览体验，继续访问即表示同意。⟧ ⟦a 我知道了⟧</div>
<header>⟦m 环悦体育 HUANYUE⟧ <nav>⟦l 产品中心⟧ ⟦l 品牌故事⟧ ⟦l 新闻公告⟧ ⟦l 联系我们⟧</nav> ⟦a 进入官方商城⟧</header>
<section class="notice">
<h1>{T}</h1>
<p class="date">⟦m 2025.07.02　新闻公告⟧</p>
{BODY}
</section>
<footer>⟦m 销售热线：400-872-3360⟧　⟦m 浙ICP备2023088514号⟧<br>⟦d © 2025 环悦体育用品有限公司 版权所有⟧</footer>
</body></html>
""",
        body="""
我公司在质量抽检中发现，部分批次儿童折叠呼啦圈的连接卡扣强度不足，使用中可能松脱并夹伤手指。
为保障儿童使用安全，我公司决定自2025年7月3日起召回以下批次产品。
产品型号　生产批号　数量（件）
HY-K60　20250311　4200
HY-K70　20250402　3150
消费者可将产品送至原购买门店，或联系我公司办理退货退款。
召回专线：400-872-3399（8:30—20:00）。
环悦体育用品有限公司
2025年7月2日
""",
    ),
    dict(
        slug="training-quanying-summer-class",
        site="圈影少儿体能培训中心 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="http://www.quanying-tineng.example.cn/zs/2025summer.html",
        title="圈影少儿体能2025年暑期呼啦圈花式班招生简章",
        record_title="【暑期班报名中】圈影少儿体能2025年暑期呼啦圈花式班招生简章（附课表）",
        date=None,
        notes="decorated title; float box and consult prompt between paragraphs; course table kept; the school's own 报名电话 kept beside a 400 line; no date",
        page="""
!m 圈影少儿体能｜让孩子爱上运动
!l 首页　课程　师资　校区　报名
{T}
!w 在线咨询　免费试听　400-601-5522
{BODY}
!w 👉 添加课程顾问微信 qyty_kefu，领取试听券
!a 立即报名　│　分享给好友
!d 最终解释权归圈影少儿体能培训中心所有
""",
        body="""
暑期来了，让孩子放下手机，转起呼啦圈吧。
一、招生对象：五至十二周岁儿童，按年龄分为启蒙班和进阶班。
二、课程安排
班级　上课时间　课时
启蒙班　周一、三、五上午　十二课时
进阶班　周二、四、六下午　十六课时
⟦w 名额有限，先到先得，扫码锁定学位⟧
三、报名方式：到中心前台或拨打报名电话0571-8820316登记。
""",
    ),
    dict(
        slug="fanwenapp-quanquan-speech-oneline",
        site="笔圈范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.biquan-app.example.com/share/art?id=771042",
        title="在社区健身呼啦圈比赛开幕式上的致辞",
        record_title="在社区健身呼啦圈比赛开幕式上的致辞",
        date=None,
        notes="app share page; the whole body on one line; open-in-app fold; a speaker line neutral; no date",
        oneline=True,
        indent="　　",
        page="""
!m 笔圈范文 · 分享
{T}
街道办事处副主任　罗海燕
{BODY}
!a 打开笔圈APP，阅读全文及更多范文
!a 复制　收藏　举报
""",
        body="""
各位居民朋友、运动员们：
大家上午好！今天，我们在这里举行第三届社区健身呼啦圈比赛。
呼啦圈简单易学，不受场地限制，老人孩子都能参加，是全民健身的好项目。
希望大家赛出水平、赛出友谊，也希望比赛结束后，大家把运动的习惯带回家。
最后，预祝比赛圆满成功！
""",
    ),
    dict(
        slug="gkforum-shenlun-hoop-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="insight",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-55130-1-1.html",
        title="从一只呼啦圈看社区体育设施供给",
        record_title="[申论范文] 从一只呼啦圈看社区体育设施供给（附批改意见） - 申论交流 - 上岸公考论坛",
        date="2025-03-15",
        notes="exam forum: decorated title; 发表于 byline; a grader's comment after the essay; reply box",
        page="""
!m 上岸公考论坛 › 申论交流
!t [申论范文] 从一只呼啦圈看社区体育设施供给（附批改意见）
!m 楼主 申论小白兔　发表于 2025-3-15 22:40
{BODY}
!l 【批改意见】立意准确，论据贴近基层，第三段对策可再具体一些。评分：31/40
!l 回复本帖可见更多范文　　本版积分规则
""",
        body="""
在城东社区的小广场上，一只褪色的呼啦圈常年挂在健身器材旁，谁想锻炼谁就拿来转几圈。
这只呼啦圈提醒我们，群众需要的体育设施，不一定是昂贵的器材，而是方便、好用、够得着。
一些地方建设健身设施重数量、轻使用，器材装好后无人维护，最终成了摆设。
提升供给质量，关键在于问需于民，让居民参与选址、选器材，建立日常管护机制。
""",
    ),
    dict(
        slug="baike-hoop-entry-html",
        site="知圈百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiquan.example.com/item/呼啦圈/10243",
        title="呼啦圈",
        record_title="呼啦圈_知圈百科",
        date=None,
        notes="encyclopaedia entry: infobox rows kept as a table, edit links, catalogue, an entry's years are no dates",
        page="""
<html><head><meta charset="utf-8"><title>呼啦圈_知圈百科</title></head><body>
<div class="top">⟦m 知圈百科　全球中文知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1><span>⟦a 编辑⟧</span> ⟦a 收藏⟧ ⟦l 讨论⟧
<div class="catalog">⟦l 目录：1 简介 2 历史 3 运动方式⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 大众健身器材手册⟧</div>
<div class="stat">⟦m 浏览次数：88214　编辑次数：19次　最近更新：健身达人099⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧</div>
</body></html>
""",
        body="""
呼啦圈是一种围绕腰部、颈部或四肢旋转的环形健身器材，多用塑料管制成。
中文名　呼啦圈
类别　健身器材
常见直径　六十至一百厘米
二十世纪五十年代末，塑料呼啦圈在国外流行，八十年代传入我国后迅速普及。
转呼啦圈主要锻炼腰腹肌肉和身体协调能力，初学者宜选择较轻、直径较大的圈。
""",
    ),
    dict(
        slug="netdisk-quanyou-rules-share",
        site="方舟网盘 (invented)",
        style="网盘分享",
        genre="规则",
        kind="other",
        form="text",
        source="https://pan.fangzhou.example.com/s/1qZx-hoopRules",
        title="蕾川县呼啦圈联谊赛竞赛规程",
        record_title="蕾川县呼啦圈联谊赛竞赛规程（定稿）.docx",
        date="2025-04-28",
        notes="cloud-drive preview: file-name title; share and expiry stamps are no dates; numbered rules kept; 成文日期 in Chinese numerals",
        page="""
!m 方舟网盘 | 文件分享
!t 蕾川县呼啦圈联谊赛竞赛规程（定稿）.docx
!m 分享者：蕾川县全民健身协会　分享时间：2025-05-06 10:12　有效期：永久
!a 保存到我的网盘　　下载（142KB）
{BODY}
!a 预览仅显示前3页，完整内容请下载后查看
!d 请勿通过网盘传播违法违规内容，一经发现将封禁账号。
""",
        body="""
一、主办单位：蕾川县全民健身协会
二、比赛时间和地点：2025年5月17日，县体育馆副馆。
三、比赛项目
1. 计时赛：按规定时间内圈不落地的时长排名。
2. 花式赛：成套动作不超过两分钟，由五名裁判打分。
3. 团体接力赛：每队四人，依次完成规定动作。
四、报名办法：各乡镇、社区于5月10日前将报名表报送协会秘书处。
蕾川县全民健身协会
二〇二五年四月二十八日
""",
    ),
    dict(
        slug="snapshot-hoop-park-closure-html",
        site="搜道快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soudao.example.com/c?u=www.yangchuan-park.example.cn/gg/311.html",
        title="关于滨河公园呼啦圈健身区维修期间暂停开放的公告",
        record_title=None,
        date="2025-09-03",
        notes="snapshot frame with its banner and snapshot stamp (not a date); park page inside with a 发布时间",
        page="""
<html><head><meta charset="utf-8"><title>搜道快照</title></head><body>
<div style="border:1px solid #ccc">⟦d 这是 www.yangchuan-park.example.cn/gg/311.html 的搜道快照，是网页于2025-10-11 03:17的存档。⟧<br>⟦a 查看当前页面⟧ ⟦a 纯文本版⟧ ⟦m 快照中高亮显示的关键词：呼啦圈 暂停开放⟧</div>
<div class="orig">
<div>⟦m 杨川县城市公园管理处⟧</div>
<div>⟦l 首页　公园导览　公告通知　文明游园⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2025-09-03　来源：公园管理处⟧</div>
{BODY}
<div>⟦m 游园服务电话：0736-4221018⟧</div>
</div>
</body></html>
""",
        body="""
滨河公园呼啦圈健身区地面塑胶老化，部分挂圈立柱松动，存在安全隐患。
经研究，该区域自9月5日起暂停开放，进行地面翻新和立柱加固，预计工期二十天。
维修期间请游客绕行，不要进入围挡区域，由此带来的不便敬请谅解。
杨川县城市公园管理处
2025年9月3日
""",
    ),
    dict(
        slug="print-hoop-safety-tips",
        site="杨川县体育局（打印页） (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tyj.yangchuan.example.gov.cn/print.jsp?id=5512",
        title="老年人健身呼啦圈使用安全提示",
        record_title="打印预览 - 老年人健身呼啦圈使用安全提示",
        date=None,
        notes="print view: decoration 打印预览 -, print stamp (no date), print footer; numbered tips kept",
        page="""
!a 〖打印本页〗 〖返回〗
!m 杨川县体育局
{T}
{BODY}
!m 打印时间：2025/11/02 09:15:44
!m 第 1 页 ／ 共 1 页
""",
        body="""
近来中老年朋友转呼啦圈健身的越来越多，为防止运动损伤，提示如下。
1. 腰椎间盘突出、骨质疏松患者，请先咨询医生再决定是否参加。
2. 不要使用过重的负重呼啦圈，一般选择一公斤以下为宜。
3. 每次转圈不超过二十分钟，运动前做好热身。
4. 出现腰痛、胸闷等不适，立即停止运动。
""",
    ),
    dict(
        slug="mail-fw-hoop-venue-request",
        site="卷帙企业邮箱（转发） (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:ty@yangchuan.example.gov.cn?msg=20250612-88",
        title="关于借用县体育馆副馆举办呼啦圈公开赛的请示",
        record_title="Fw: 关于借用县体育馆副馆举办呼啦圈公开赛的请示",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="forwarded mail: mail headers, a forward note, a mail 附件 header and the document's own 附件 line; send date differs from the 成文日期",
        page="""
!m 发件人：杨川县全民健身协会 <jsxh@yangchuan.example.org>
!m 收件人：县体育局办公室 <ty@yangchuan.example.gov.cn>
!m 发送时间：2025年6月12日（星期四）上午10:06
!t 主题：Fw: 关于借用县体育馆副馆举办呼啦圈公开赛的请示
!m 附件：1个（场地布置图.pdf）
!w 请局领导审阅，如有问题请回复本邮件或致电协会。
!m ---------- 转发的邮件 ----------
{BODY}
!d 本邮件可能包含保密信息，如非指定收件人请立即删除。
""",
        body="""
县体育局：
为丰富群众业余文化生活，我会拟于2025年7月12日举办杨川县首届呼啦圈公开赛，预计参赛人员二百人。
因比赛需要室内场地，特请求借用县体育馆副馆一天，场地布置和卫生保洁由我会负责。
妥否，请批示。
附件：比赛场地布置图
杨川县全民健身协会
2025年6月10日
""",
    ),
    dict(
        slug="fanwen-quanzi-plan-old-table-html",
        site="圈子范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.quanzifw.example.com/fangan/2025/0306/1420.html",
        title="幼儿园大班呼啦圈游戏活动方案",
        record_title="幼儿园大班呼啦圈游戏活动方案（精选2篇）_圈子范文网",
        date=None,
        notes="old table 范文 layout: 设为首页/加入收藏, hot list, a writing-service prompt between paragraphs; no date (upload line only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>幼儿园大班呼啦圈游戏活动方案（精选2篇）_圈子范文网</title></head>
<body><table width="980"><tr><td>⟦m 圈子范文网⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧ ⟦a 手机版⟧</td></tr></table>
<table width="980"><tr><td valign="top" width="700">
<div>⟦m 您的位置：首页 &gt; 活动方案 &gt; 幼儿园活动方案⟧</div>
<h1>{T}</h1>
<div>⟦m 栏目：幼儿园活动方案　上传：2025-03-06　人气：905⟧</div>
{BODY}
<div>⟦a 【复制全文】⟧ ⟦a 【下载Word】⟧</div>
</td><td valign="top"><div>⟦l 热门范文排行⟧</div><div>⟦l 1.大班户外游戏教案⟧</div><div>⟦l 2.中班体育活动反思⟧</div></td></tr></table>
<table width="980"><tr><td>⟦d 本站部分内容来自网友投稿，如有侵权请联系删除⟧</td></tr></table></body></html>
""",
        body="""
一、活动目标
1. 尝试用呼啦圈进行钻、跳、滚等多种玩法，发展动作协调性。
2. 在游戏中学会与同伴合作，遵守游戏规则。
⟦w 方案、总结、讲话稿代写，专业老师一对一，QQ 3308817265⟧
二、活动准备：呼啦圈人手一个，音乐《快乐的小青蛙》。
三、活动过程：热身运动、自由探索、游戏“小青蛙跳荷叶”、放松整理。
""",
    ),
    dict(
        slug="wenku-quanwen-summary-wrapped-markers",
        site="圈文文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.quanwen.example.com/p-88130422.html",
        title="城东小学呼啦圈社团2024—2025学年工作总结",
        record_title="城东小学呼啦圈社团2024—2025学年工作总结",
        date="2025-06-30",
        notes="hard-wrapped at 62 columns and cut by glued page markers ┆2┆; pay prompt at the bottom; date under the signature",
        wrap=62,
        indent="　　",
        pages=dict(fmt="┆{n}┆", every=150, start=2, glue=True),
        page="""
!m 圈文文库 · 文档预览
{T}
!m 上传者：椰子老师　｜　7页　｜　下载 14 次
{BODY}
!a 还剩5页未读，开通会员继续阅读
!a 立即下载　｜　加入收藏
""",
        body="""
本学年，学校呼啦圈社团共有成员四十二人，每周二、周四下午课后服务时间开展活动，全年累计活动六十四次。
社团在训练中注重分层教学，低年级以单圈腰部旋转为主，高年级学习多圈、手臂转圈和集体造型。
2025年5月，社团代表学校参加县中小学生趣味运动会，获得集体项目二等奖。
存在的不足是训练场地受天气影响较大，下学年计划借用体育馆开展雨天训练。
城东小学体育组
2025年6月30日
""",
    ),
]
