"""holdout89, part B. Invented text."""

CASES = [
    dict(
        slug="blog-html-tangerine-grower-tagcloud",
        site="橘园手记 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://juyuanshouji.blogsite.cn/post/2024-nianzhong.html",
        title="我家橘园的2024：减了化肥，多了收成",
        record_title="【年终小结】我家橘园的2024：减了化肥，多了收成 | 橘园手记",
        date="2024-12-29",
        notes="blog template with tag cloud, archive, recent comments; bracketed post time",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【年终小结】我家橘园的2024：减了化肥，多了收成 | 橘园手记</title>
<link rel="stylesheet" href="/theme/style.css"></head><body>
<header><h2>⟦m 橘园手记⟧</h2><p>⟦m 一个返乡果农的碎碎念⟧</p><nav>⟦m 首页 | 归档 | 关于我 | 友情链接⟧</nav></header>
<main><article>
<h1>{T}</h1>
<p class="meta">⟦m [2024-12-29 21:40]　作者：橘三哥　分类：果园日志⟧</p>
{BODY}
<p class="tags">⟦l 标签：蜜橘　有机肥　生草栽培⟧</p>
<p class="nav">⟦l ← 冬季清园那些事　|　春梢管理笔记 →⟧</p>
<div class="comments"><h4>⟦l 发表评论⟧</h4><p>⟦l 昵称（必填）　邮箱（不公开）　提交⟧</p></div>
</article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 修剪 施肥 病虫害 电商 天气⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2024年12月 (4)　2024年11月 (7)⟧</p></aside>
<footer>⟦m © 2025 橘园手记 · 由 Typecho 驱动⟧</footer>
<script>hljs.initHighlightingOnLoad();</script>
</body></html>
""",
        body="""
今年是我回村种橘子的第五年，简单记一下这一年的收获和教训。
一是减肥增效。化肥用量比去年少了三成，改用羊粪发酵的有机肥，果皮薄了，甜度平均提高了1.2度。
二是生草栽培。行间种了鼠茅草，夏天地温低了，红蜘蛛也少了。
三是销售。直播卖了一万二千斤，比往年多了一倍，但包装破损率偏高，明年要换箱子。
明年打算再试一块地的完熟采摘，看看能不能卖出好价钱。
""",
    ),
    dict(
        slug="wechat-html-trolleybus-initiative-section",
        site="箜阳公交微信公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://wxmirror.kanwen.cc/s/KY-gongjiao-20250601",
        title="文明乘车，与“大辫子”同行——致全市乘客的倡议书",
        record_title=None,
        date="2025-06-01",
        notes="WeChat-style section/span mirror; title missing from the record; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>箜阳公交</title></head><body>
<div class="mirror-top">⟦m 看文镜像站 · 公众号文章存档⟧</div>
<section class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta">⟦m 箜阳公交　2025年06月01日 09:00　河南⟧</div>
<section style="font-size:15px;">
{BODY}
</section>
<section>⟦a 点击下方“阅读原文”，查看电车实时到站⟧</section>
<section>⟦l 阅读原文　　赞　　在看　　写留言⟧</section>
</section>
<div class="mirror-foot">⟦d 本页面由程序自动抓取，版权归原公众号所有。⟧</div>
<script>var ct="1748739600";</script>
</body></html>
""",
        p_html='<p><span style="color:#333;">{}</span></p>',
        body="""
亲爱的乘客朋友们：
无轨电车因车顶两根集电杆被市民亲切地称为“大辫子”，已经陪伴箜阳人走过了四十三个年头。为营造安全、文明的乘车环境，我们倡议：
一、先下后上，有序排队，主动为老幼病残孕乘客让座。
二、车内不饮食、不外放声音，保持车厢整洁。
三、雨雪天气电车转弯时集电杆偶有脱线，请耐心等待司机复位，切勿靠近车尾。
让我们一起做文明乘客，让“大辫子”跑得更稳、更远。
箜阳市公共交通集团有限公司
2025年6月1日
""",
    ),
    dict(
        slug="wechat-text-fan-workshop-title-glued",
        site="扇语公众号文章备份站 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="http://gzh.beifenzhan.net/a/shanyu/20250712",
        title="一把折扇的七十二道工序",
        record_title="一把折扇的七十二道工序丨扇语",
        date=None,
        notes="title glued to the first sentence; follow prompt; no date (only an 'edited' note and a view count)",
        page="""
!m 扇语
!m 原创　扇语编辑部　扇语
!a 点击上方蓝字“扇语”关注我们
{BODY}
!a 长按识别二维码　关注扇语
!l 往期回顾｜竹扇骨怎么选｜扇面为什么要上矾
!l 分享　收藏　点赞　在看
!m 阅读 5621　已编辑
""",
        body="""
⟦t 一把折扇的七十二道工序⟧在箴川，做一把好折扇要经过选竹、劈篾、打磨、穿钉、糊面等七十二道工序，一个熟练师傅一天只能做两把。
今年六十八岁的杨宝山已经做了五十年扇子。他说，扇骨最怕急，竹子要晾足三年才不变形。
如今，杨师傅的作坊里来了三个年轻学徒，他们把传统工序拍成短视频，也让更多人知道了箴川折扇。
""",
    ),
    dict(
        slug="docshare-herbarium-rules-print-download-articles",
        site="知享文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://www.zhixiangdoc.com/p-66019204.html",
        title="簪湖县植物标本馆标本借阅和图像使用管理办法",
        record_title="簪湖县植物标本馆标本借阅和图像使用管理办法.pdf",
        date="2024-09-03",
        notes="file-name record; articles speak of 下载/打印 and must stay; glued/mixed page markers",
        page="""
!m 知享文档　|　分享有价值的文档
!t 簪湖县植物标本馆标本借阅和图像使用管理办法.pdf
!m 文档页数：2　上传者：标本馆资料员　下载积分：2
!a 下载文档　　在线阅读　　收藏本篇
{BODY}
!a 免费预览已结束，下载文档查看全部内容
!d 知享文档作为信息存储空间服务提供者，对用户上传内容不承担审核义务。
""",
        pages=dict(fmt="‹{n}›", every=95, start=2, glue="mix"),
        body="""
第一条　为规范标本借阅和标本图像使用，保护馆藏资源，制定本办法。
第二条　科研单位借阅标本须提交借阅函，借期一般不超过六个月，到期需续借的应书面申请。
第三条　公众可在本馆网站免费浏览和下载标本图像，用于非商业目的的，应注明“簪湖县植物标本馆供图”。
第四条　需要打印大幅标本图像用于展览的，应事先向本馆提出申请。
第五条　本办法自2024年9月3日起施行。
""",
    ),
    dict(
        slug="docshare-snowmobile-plan-oneline",
        site="云页文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://yunye.doc88x.com/share/8841aa2c",
        title="北坡冰雪乐园雪地摩托项目突发事件应急处置方案",
        record_title="北坡冰雪乐园雪地摩托项目突发事件应急处置方案（可编辑）",
        date=None,
        notes="whole body on one line; decorated record title; no date in the document",
        page="""
!m 云页文档 > 安全管理 > 应急预案
!t 北坡冰雪乐园雪地摩托项目突发事件应急处置方案（可编辑）
!m 分享人：滑雪场安全员　｜　共1页　｜　1.2万人看过
{BODY}
!a 复制文字　下载原文件　分享给好友
!l 更多应急预案：索道停运应急预案　冰面落水救援方案
""",
        indent="　　",
        oneline=True,
        body="""
一、适用范围。本方案适用于雪地摩托项目运营中发生的翻车、碰撞、人员冻伤等突发事件。
二、组织机构。成立应急处置小组，由乐园运营经理任组长，安全员、救护员和车辆维修员为成员。
三、处置程序。发生事故后，现场安全员立即停止区域内全部车辆运行，救护员携带急救包到场处置，伤情较重的拨打120并同时报告组长。
四、事后工作。保存行车记录，查明原因，对车辆和场地进行全面检查后方可恢复运营。
""",
    ),
    dict(
        slug="edu-html-school-herbarium-trip-receipt",
        site="簪湖县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zanhu.edu.cn/xxdt/2025/0415/2231.html",
        title="簪湖县实验小学关于组织四年级学生参观县植物标本馆的告家长书",
        date="2025-04-15",
        record_date="2025-04-15",
        notes="education portal; a 回执 with placeholders kept; the school's contact next to the site's",
        page="""
<html><head><meta charset="utf-8"><title>簪湖县实验小学关于组织四年级学生参观县植物标本馆的告家长书-簪湖县教育体育局</title></head><body>
<div class="header">⟦m 簪湖县教育体育局⟧　⟦m 办人民满意的教育⟧</div>
<div class="nav">⟦m 首页　教育动态　学校风采　招生考试　政策法规⟧</div>
<div class="path">⟦m 您所在的位置：首页 >> 学校风采⟧</div>
<div class="content">
<h3>{T}</h3>
<div class="info">⟦m 作者：实验小学　发布时间：2025-04-15　点击：214⟧</div>
{BODY}
</div>
<div class="left"><p>⟦l 学校风采⟧</p><p>⟦l 城关中学举行春季运动会⟧</p><p>⟦l 第二小学开展防溺水教育⟧</p></div>
<div class="footer">⟦m 簪湖县教育体育局版权所有　地址：簪湖县学府路8号　电话：0512-5870021⟧</div>
</body></html>
""",
        body="""
尊敬的家长：
为配合科学课“植物的一生”单元教学，学校定于4月24日上午组织四年级学生参观县植物标本馆，往返步行，不收取任何费用。
请家长提醒孩子穿运动鞋、带水杯，参观时不触摸展柜。
如有疑问，请联系年级组长孙老师，电话：0512-5873316。
回执：我已知晓本次活动安排，同意孩子×××（班级：____）参加。家长签名：______
簪湖县实验小学
2025年4月15日
""",
    ),
    dict(
        slug="edu-text-fan-painting-class-plan",
        site="箴川教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.zcjyxx.cn/show.aspx?id=40127",
        title="箴川县第二中学“扇面书画”校本课程实施方案",
        record_title="箴川县第二中学“扇面书画”校本课程实施方案_箴川教育信息网",
        date="2025-02-20",
        notes="decimal headings; a data table one row a paragraph; site name suffix in record",
        page="""
!m 箴川教育信息网 | 首页 | 教研天地 | 校本课程
!m 添加时间：2025/2/21 9:10:44　　录入：教研室　　人气：98
{T}
{BODY}
!a 【推荐给朋友】　【打印】　【关闭】
!l 相关文章：剪纸进课堂实施方案　书法社团活动记录
!m 箴川县教育局主办　备案号：浙ICP备11020354号
""",
        body="""
1 课程目标
1.1 让学生了解箴川折扇的历史和制作工艺。
1.2 掌握扇面书法和小写意花鸟的基本方法。
2 课程安排
年级　课时　内容
初一　16　扇面书法
初二　16　扇面花鸟
3 保障措施
学校聘请县制扇协会两名匠人担任兼职教师，每学期安排一次作坊实践。
箴川县第二中学
2025年2月20日
""",
    ),
    dict(
        slug="oa-html-trolleybus-minutes-flow-record",
        site="箜阳公交集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.kygj.local/doc/view?id=20250418-0093",
        title="电车分公司2025年第4次安全例会纪要",
        date="2025-04-18",
        notes="intranet document view with 流转记录 and watermark; 时间/地点/主持 lines kept",
        page="""
<html><head><meta charset="utf-8"><title>文件阅办 - 箜阳公交集团协同办公平台</title></head><body>
<div class="oa-top">⟦m 箜阳公交集团协同办公平台⟧　⟦m 当前用户：调度室 梁静⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文阅办　通讯录⟧</div>
<div class="doc">
<h2>{T}</h2>
<div class="wm">⟦m 内部资料 梁静 2025-04-21⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-04-18 16:20 安全科 杜鹏 拟稿⟧</p><p>⟦l 2025-04-19 09:02 分公司经理 韩立 已阅⟧</p></div>
<div class="oa-foot">⟦d 本系统仅限内部使用，严禁截图外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年4月18日14:30
地点：电车分公司三楼会议室
主持：韩立
参加：各车队队长、安全员、供电所负责人
会议通报了一季度行车安全情况：一季度发生集电杆脱线47次，同比下降22%，未发生责任事故。
会议议定：一是4月底前完成全部车辆集电杆弹簧检测；二是雨天在建设路、文昌路路口增派巡线人员；三是新入职驾驶员跟车实习不少于二十个工作日。
记录：杜鹏
""",
    ),
    dict(
        slug="oa-text-locomotive-depot-safety-notice",
        site="筠溪森铁公司内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://10.8.1.20/notice/show.php?nid=1182",
        title="关于做好蒸汽机车冬季防冻工作的通知",
        record_title="[机务段] 关于做好蒸汽机车冬季防冻工作的通知",
        date="2024-11-25",
        notes="intranet text export; a numbered list; 附件 list kept; read count and export stamp chrome",
        page="""
!m 筠溪森铁公司内部信息门户 ＞ 通知公告 ＞ 机务段
!t [机务段] 关于做好蒸汽机车冬季防冻工作的通知
!m 发布部门：机务段　阅读人数：58　导出时间：2024-12-01 10:12
{BODY}
!a 标记已读　　转发至部门　　导出PDF
!d 内部文件，注意保密
""",
        body="""
各班组：
近期气温骤降，为防止机车管路和水箱冻裂，现提出以下要求：
1. 停放机车须放净水箱、锅炉和管路存水，或保持小火保温。
2. 库内暖气每日巡查两次，室温不得低于5℃。
3. 出库前检查注水器和排水阀，发现冻结严禁用明火烘烤。
附件：1. 机车防冻检查表
2. 冬季值班安排表
机务段
2024年11月25日
""",
    ),
    dict(
        slug="qa-html-tangerine-grafting-answer",
        site="问农帮 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wennongbang.com/q/3380917.html",
        title="老橘树高接换种的方法和注意事项",
        record_title="老橘树想高接换种，什么时候嫁接好？要注意什么？ - 问农帮",
        title_also=["老橘树想高接换种，什么时候嫁接好？要注意什么？"],
        date="2025-02-11",
        notes="Q&A page with a vote bar; the answer's 回答于 line is the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>老橘树想高接换种，什么时候嫁接好？要注意什么？ - 问农帮</title></head><body>
<div class="top">⟦m 问农帮 · 种养问题有人答⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>⟦m 老橘树想高接换种，什么时候嫁接好？要注意什么？⟧</h1><p>⟦m 提问者：笙原果农　3人关注⟧</p></div>
<div class="answer">
<div class="who">⟦m 农技员老覃　回答于 2025-02-11　已被采纳⟧</div>
<h2>{T}</h2>
{BODY}
<div class="vote">⟦l 有用(86)　没用(2)　评论(5)⟧</div>
</div>
<div class="side"><p>⟦l 相关问题⟧</p><p>⟦l 橘子树黄叶是什么原因？⟧</p><p>⟦l 柑橘春季怎么修剪？⟧</p></div>
<div class="foot">⟦d 回答仅代表个人观点，具体请咨询当地农技部门。⟧</div>
</body></html>
""",
        body="""
高接换种最好在春季萌芽前后进行，我们这里一般是2月下旬到3月中旬。
方法上，主枝较粗的用切接，每个主枝接2到3个芽；嫁接后用薄膜包严，防止雨水进入。
注意三点：一是选健壮无病的接穗；二是接后及时抹除砧木萌芽；三是第一年少挂果，先养树。
""",
    ),
    dict(
        slug="qa-text-snowmobile-licence-question",
        site="懂行问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.donghang-wenda.com/question/55201",
        title="景区雪地摩托驾驶员需要什么证件？",
        record_title="景区雪地摩托驾驶员需要什么证件？_懂行问答",
        date="2025-01-03",
        notes="question as title; answer date; a sentence about 扫码 kept as content",
        page="""
!m 懂行问答 ＞ 生活 ＞ 旅游出行
{T}
!m 12个回答　被浏览3,407次
!a 写回答　邀请回答　关注问题
!m 冰场老周　冰雪乐园安全主管　回答时间：2025-01-03
{BODY}
!l 赞同 41　　反对　　收起评论
!l 其他回答（11）
!d 懂行问答内容由网友提供，不构成专业意见。
""",
        body="""
目前景区内的雪地摩托属于游乐设备范畴，不上道路行驶，一般不需要机动车驾驶证。
但经营单位必须对驾驶员和带客教练进行培训考核，持单位颁发的上岗证上岗。
我们乐园的做法是：教练每年参加两次培训，游客驾驶前扫码观看三分钟安全视频并签署须知。
建议去之前先问清楚景区有没有购买公众责任险。
""",
    ),
]
