"""holdout159, part B: blogs, WeChat mirrors, document sharing, education portals, intranets, Q&A. Invented text."""

CASES = [
    dict(
        slug="blog-chalk-teacher-rubber-band-plan",
        site="粉笔灰里的日子 (invented blog, text copy)",
        style="博客",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://fenbihui.blogbus.cn/post/2025/04/88213",
        title="玙水县实验小学“跳皮筋进课间”活动方案",
        record_title=None,
        date="2025-04-02",
        notes="no record title (found on the page); numbered list; a blog's 发表于 line; relative 'edited 3 days ago' no date",
        page="""
!m 粉笔灰里的日子 — 一个小学体育老师的博客
!m 首页 | 课堂 | 活动 | 关于我
{T}
!m 发表于 2025-04-02 20:15 ｜ 分类：活动方案 ｜ 3天前编辑
{BODY}
!l 标签：#课间活动 #跳皮筋 #传统游戏
!l ← 上一篇　踢毽子比赛复盘　｜　下一篇　春季运动会口令汇总 →
!l 评论（2）　游客9921：我们学校也想搞，能分享一下口诀吗？
!a 登录后才能评论哦
!d © 粉笔灰里的日子，文章版权归作者，转载请注明出处。
""",
        gap=True,
        body="""
为丰富课间活动，传承传统游戏，学校决定在三至五年级开展“跳皮筋进课间”活动。
一、活动时间：4月7日至6月30日，每天大课间。
二、活动内容：
1.基本跳法：单脚跳、双脚跳、勾跳；
2.花样跳法：“马兰开花”“小皮球”等口诀跳；
3.班级挑战赛：每班选派6人参加。
三、安全要求：活动前做好热身，场地统一安排在东操场，皮筋由体育组统一配发。
玙水县实验小学体育组
2025年4月2日
""",
    ),
    dict(
        slug="wechat-mirror-music-therapy-news-html",
        site="公众号文章镜像站 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.wxjingxiang.com/s/7f1c0a9d2e",
        title="音乐治疗室开放一周年：23个孩子在琴声里开口说话",
        record_title="音乐治疗室开放一周年：23个孩子在琴声里开口说话",
        date="2025-06-16",
        notes="WeChat mirror with account line (date), 阅读原文/在看, follow card; a sentence asking readers to 扫码 kept; a share prompt glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>音乐治疗室开放一周年：23个孩子在琴声里开口说话</title></head>
<body><div class="mirror-top">⟦m 镜像自微信公众号，仅供存档浏览⟧ <a>⟦a 查看原文⟧</a></div>
<div id="js_article"><h1>{T}</h1>
<div class="meta">⟦m 璋岭康复 璋岭县残疾人康复中心 2025年6月16日 17:30 湖南⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码 关注我们⟧</div>
<div class="tail">⟦a 阅读原文⟧　⟦m 阅读 1024⟧　⟦a 分享　收藏　点赞　在看⟧</div>
<div class="rel">⟦l 往期推荐：孤独症儿童家长课堂第三讲 ｜ 康复中心暑期服务安排⟧</div></div>
<div class="mirror-foot">⟦d 本站内容均来自公开的公众号文章，著作权归原作者所有⟧</div>
</body></html>
""",
        p_html='<section><p><span style="font-size:16px;">{}</span></p></section>',
        body="""
去年6月，璋岭县残疾人康复中心开设了全县第一间音乐治疗室。一年来，先后有58名发育迟缓和语言障碍儿童在这里接受治疗。
治疗师许曼说，音乐能让孩子放松下来，先跟着节奏拍手，再跟着旋律哼唱，慢慢就愿意开口了。⟦a 觉得有用，就转发给身边需要的家长吧⟧
据统计，一年里有23个原本几乎不说话的孩子能说出简单句子。
有需要的家长可扫描文末二维码预约评估，中心工作日均可接待。
""",
    ),
    dict(
        slug="wechat-repost-ac-installers-pledge-text",
        site="微信文章转载站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.wxzhuanzai.net/a/20250521/114503.html",
        title="致全市空调安装维修从业人员的安全倡议书",
        record_title="【行业倡议】致全市空调安装维修从业人员的安全倡议书",
        date="2025-05-20",
        notes="copy of a WeChat article with account header and bottom bar; chrome between paragraphs; 成文日期 in Chinese numerals",
        page="""
!m 微信文章转载站 · 好文章值得被看见
!t 【行业倡议】致全市空调安装维修从业人员的安全倡议书
!m 原创　瑄田市家电服务行业协会　瑄田家电服务　2025-05-21 08:00
{BODY}
!a ▼点击下方“阅读原文”查看协会会员名单
!a 分享 · 在看 · 点赞
!m 微信扫一扫关注该公众号
!d 转载此文仅为传递信息，如有侵权请联系删除
""",
        body="""
全市空调安装维修从业人员：
盛夏将至，空调安装维修进入旺季，高处作业风险随之增加。为保障大家的生命安全，我们倡议：
一、系好安全带。室外机安装必须使用双钩安全带，挂点牢固可靠。
⟦l 相关阅读：去年夏天的两起坠落事故⟧
二、不冒险作业。遇大风、雷雨天气立即停工，不在无防护的窗台、雨棚上站立。
三、持证上岗。登高作业人员必须取得高处作业操作证。
安全回家，是对家人最好的承诺！
瑄田市家电服务行业协会
二〇二五年五月二十日
""",
    ),
    dict(
        slug="docshare-baowen-rice-cooker-notice-pdf",
        site="宝文共享 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.baowengx.com/doc/5521907.html",
        title="关于开展电饭煲产品质量监督抽查的通知",
        record_title="关于开展电饭煲产品质量监督抽查的通知.pdf",
        date="2025-09-03",
        notes="file-name record title; upload notice; 抄送 版记 and the notice's own contact kept; page markers 《n》 glued to the continuation",
        page="""
!m 宝文共享 baowengx.com
!t 关于开展电饭煲产品质量监督抽查的通知.pdf
!m 分享者：jianyan_2020　大小：188KB　共3页　下载：37次
!d 本文档为用户分享，仅供学习交流，本站不拥有所有权，如侵权请联系删除。
{BODY}
!a 下载到电脑　｜　发送到手机　｜　加入收藏
!l 该分享者的其他文档：小家电抽查实施细则.doc　电热水壶抽查结果.pdf
""",
        pages=dict(fmt="《{n}》", every=150, start=2, glue=True),
        body="""
各县（市、区）市场监督管理局：
为提升电饭煲产品质量水平，根据年度产品质量监督抽查计划，市局决定在全市开展电饭煲产品质量监督抽查，现将有关事项通知如下。
一、抽查范围：全市生产企业、电商平台及大中型商场销售的电饭煲产品，计划抽查60批次。
二、检验项目：对发热盘温度、内胆涂层、电气强度、泄漏电流等项目进行检验。
三、时间安排：9月10日前完成抽样，10月底前公布结果。
联系人：产品质量监督科　冯启航，电话：0719-8230612。
琅埠市市场监督管理局
2025年9月3日
抄送：省市场监督管理局产品质量安全监督管理处。
""",
    ),
    dict(
        slug="docshare-feiwen-shell-craft-plan-html",
        site="飞文网 (invented)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.feiwen.cc/d/88120473.html",
        title="璜湾镇贝雕技艺传承工作方案",
        record_title="璜湾镇贝雕技艺传承工作方案_飞文网",
        date="2025-02-26",
        notes="document-sharing reader; table one row a paragraph; upload time not the date; member prompt between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>璜湾镇贝雕技艺传承工作方案_飞文网</title></head>
<body><div class="head">⟦m 飞文网 · 共享你的每一份文档⟧ <a>⟦a 上传文档赚收益⟧</a></div>
<div class="docbox"><h1>{T}</h1>
<p class="info">⟦m 文档编号：88120473　上传时间：2025-03-01　贡献者：海边的贝⟧</p>
<div class="doc">
{BODY}
</div>
<div class="pay">⟦a 全文共6页，开通会员后可免费下载本文档⟧</div></div>
<div class="side"><p>⟦l 热门文档⟧</p><p>⟦l 非遗传承人带徒协议范本⟧</p><p>⟦l 海洋文化节活动方案⟧</p></div>
<div class="foot">⟦d 飞文网文档均由用户上传，如有侵权请联系客服处理⟧　⟦w 客服QQ：2871006645⟧</div>
</body></html>
""",
        body="""
为保护传承璜湾贝雕技艺，培养后继人才，制定本方案。
一、目标任务：三年内培养贝雕学徒30名，建成贝雕展示馆1个。
⟦a 以下内容为会员专享，开通会员即可继续阅读⟧
二、年度安排：
年度　学徒人数　主要任务
2025　10　开班授徒，整理技艺档案
2026　10　建设展示馆，开发文创产品
2027　10　举办贝雕技艺大赛
三、保障措施：镇财政每年安排专项资金20万元，对带徒的传承人给予补贴。
璜湾镇人民政府
2025年2月26日
""",
    ),
    dict(
        slug="edu-biqing-maths-contest-notice-html",
        site="碧清区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.biqing.gov.cn/tzgg/2025/1010/46221.html",
        title="关于举办碧清区第十届中小学数学竞赛的通知",
        record_title="关于举办碧清区第十届中小学数学竞赛的通知",
        date="2025-10-10",
        notes="education portal; schedule table; the notice's own 联系人/邮箱 kept beside the bureau's footer phone; sentence telling schools to 下载 the form kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办碧清区第十届中小学数学竞赛的通知-碧清区教育局</title></head>
<body><div class="top">⟦m 碧清区教育局⟧ ⟦m 办人民满意的教育⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="loc">⟦m 您当前的位置：首页 &gt;&gt; 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<div class="src">⟦m 作者：基础教育科　发布：2025-10-10　点击数：1307⟧</div>
{BODY}
<div class="btns">⟦a 打印本页　关闭窗口⟧</div></div>
<div class="foot">⟦m 地址：碧清区学府路18号　电话：0551-66203350⟧<br>⟦m 皖ICP备12003784号-1⟧</div>
</body></html>
""",
        body="""
各中小学：
为激发学生学习数学的兴趣，区教育局决定举办第十届中小学数学竞赛。现将有关事项通知如下。
一、参赛对象：全区四至九年级学生，每校每年级限报10人。
二、竞赛安排：
组别　时间　地点
小学组　11月8日上午　碧清区实验小学
初中组　11月8日下午　碧清区第二中学
三、报名方式：请各校从教育局网站下载报名表，填好后于10月25日前发送至指定邮箱。
联系人：陈思远，邮箱：bqjyjjc@163.com。
碧清区教育局
2025年10月10日
""",
    ),
    dict(
        slug="edu-jingyang-science-fair-plan-text",
        site="璟阳市教育信息网 (invented, text copy)",
        style="教育门户",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://www.jyedu.net.cn/html/2025/xxdt_0415/9381.html",
        title="璟阳市第二中学第七届校园科技节活动方案",
        record_title="璟阳市第二中学第七届校园科技节活动方案_学校动态_璟阳市教育信息网",
        date="2025-04-14",
        notes="column and site suffixes in the record title; decimal headings; 发布时间 differs from the 成文日期",
        date_also=["2025-04-15"],
        page="""
!m 璟阳市教育信息网
!m 首页 - 学校动态 - 正文
{T}
!m 发布时间：2025年04月15日　文章来源：市二中　阅读次数：662
!a 【收藏】【打印】【关闭】
{BODY}
!l 上一条：市实验小学开展“书香校园”读书月活动
!l 下一条：关于做好春季学生传染病防控的提醒
!m 版权所有：璟阳市教育局　技术支持：璟阳网络中心
""",
        indent="\u3000\u3000",
        body="""
为培养学生的创新精神和实践能力，学校定于4月下旬举办第七届校园科技节。
1 活动主题
“小发明，大梦想”。
2 活动项目
2.1 科技小发明、小制作展评；
2.2 水火箭发射比赛；
2.3 科普知识竞赛。
3 组织要求
各班主任要动员学生积极参与，作品于4月22日前交教务处，评选结果在闭幕式上公布。
璟阳市第二中学
2025年4月14日
""",
    ),
    dict(
        slug="oa-jianfeng-pressure-cooker-minutes-html",
        site="健丰厨具协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jianfeng-kitchen.local/doc/view?id=20251107-0032",
        title="压力锅限压阀质量问题专题会议纪要",
        record_title=None,
        date="2025-11-06",
        notes="intranet document view with 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines kept; no record title",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 健丰厨具协同办公平台</title></head>
<body><div class="oa-head">⟦m 健丰厨具协同办公平台⟧ ⟦m 当前用户：质检部-唐敏⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项 | 公文管理 | 会议管理 | 知识库⟧</div>
<div class="doc-title"><h3>{T}</h3></div>
<table class="doc-info"><tr><td>⟦m 文号：健丰质纪〔2025〕12号⟧</td><td>⟦m 密级：内部⟧</td></tr>
<tr><td>⟦m 拟稿：质检部 潘越⟧</td><td>⟦m 已阅：46人⟧</td></tr></table>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2025-11-07 09:12 潘越 提交⟧</p><p>⟦m 2025-11-07 10:40 曾国栋 审核通过⟧</p></div>
<div class="oa-btn">⟦a 打印　下载正文　转发　归档⟧</div>
<div class="oa-foot">⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年11月6日14:30
地点：公司三楼质量会议室
主持：曾国栋（副总经理）
参会：质检部、生产部、采购部、技术部负责人
记录：潘越
会议通报了10月份客户反映的压力锅限压阀排气不畅问题，经排查，系一批限压阀配重块毛刺超标所致。会议议定：
一、该批次限压阀全部退回供应商，已装配的产品逐台返检。
二、采购部将配重块毛刺纳入来料检验项目。
三、技术部修订限压阀装配作业指导书，11月15日前完成。
""",
    ),
    dict(
        slug="oa-xinwei-computer-repair-notice-text",
        site="信维电脑服务连锁内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://intra.xinwei-it.com/notice/2025/0120-07.html",
        title="关于规范门店客户数据备份与清除操作的通知",
        record_title="内网通知-关于规范门店客户数据备份与清除操作的通知",
        date="2025-01-20",
        notes="intranet text export; decorated record title; approval trail after the body; the notice's own 邮箱 kept",
        page="""
!m 信维电脑服务 · 员工门户
!m 公告栏 > 运营通知
{T}
!m 发布部门：运营管理部　发布人：何晴　阅读：213
{BODY}
!m 审批流程：运营管理部（何晴）→ 分管副总（周磊）→ 总经理（林建文）
!a [确认已读]　[下载附件]　[打印]
!d 本页面信息仅限公司员工查阅
""",
        body="""
各门店：
近期有客户投诉维修电脑后个人照片外泄。为保护客户隐私，现对门店数据操作作出如下规定：
1.维修前须征得客户书面同意后方可备份数据，备份只能存放在门店加密硬盘；
2.维修完成、客户验收后，当场清除备份并由客户签字确认；
3.严禁员工私自拷贝、浏览客户文件。
违反上述规定的，按公司员工奖惩办法严肃处理。执行中的问题请反馈至运营管理部邮箱yunying@xinwei-it.com。
运营管理部
2025年1月20日
""",
    ),
    dict(
        slug="qa-wenwen-rhinitis-answer-text",
        site="问问健康 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenwen-jk.com/question/60422187",
        title="孩子过敏性鼻炎一到换季就犯，平时该怎么护理？",
        record_title="孩子过敏性鼻炎一到换季就犯，平时该怎么护理？ - 问问健康",
        date=None,
        notes="Q&A: question as title; answer signed by a doctor; relative time 5天前 and an update stamp are no date",
        page="""
!m 问问健康 — 医生在线答疑
!m 首页 / 耳鼻喉科 / 鼻炎
{T}
!m 提问者：璐璐妈　5天前　浏览 3812
!l 已有 3 个回答 ｜ 我来回答
!m 张晓峰　主治医师　琼岙县人民医院耳鼻咽喉科
{BODY}
!m 回答于 5天前 · 更新于 昨天 · 有用(86)
!a 赞同　反对　收藏　举报
!l 相关问题：鼻炎喷剂能长期用吗？　｜　孩子总揉鼻子是鼻炎吗？
!d 以上回答仅供参考，不能替代医生面诊。
""",
        body="""
您好，过敏性鼻炎换季加重很常见，日常护理可以注意以下几点：
一是减少接触过敏原。花粉季节少去公园，回家后洗脸、换衣服；家里勤洗床单，控制尘螨。
二是坚持鼻腔冲洗。用生理盐水冲洗鼻腔，每天一到两次。
三是规范用药。症状明显时在医生指导下使用鼻喷激素，不要自行长期使用减充血剂。
如果孩子夜间打鼾、张口呼吸，建议到耳鼻喉科检查是否合并腺样体肥大。
""",
    ),
    dict(
        slug="qa-zhiyou-colour-blind-license-html",
        site="知友问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiyou-qa.com/q/3390218/a/1877420",
        title="色弱能考驾照吗？体检时要注意什么？",
        record_title=None,
        date="2025-08-27",
        notes="Q&A page; no record title; 回答于 date is the page's date; vote bar and related questions",
        page="""
<html><head><meta charset="utf-8"><title>色弱能考驾照吗？体检时要注意什么？ - 知友问答</title></head>
<body><div class="nav">⟦m 知友问答⟧ <a>⟦a 提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="q"><h1>{T}</h1><p class="q-meta">⟦m 关注者 52 · 被浏览 9,416⟧</p></div>
<div class="answer"><div class="author">⟦m 视光师老宋　眼视光从业十二年⟧</div>
<p class="time">⟦m 回答于 2025-08-27⟧</p>
<div class="rich">
{BODY}
</div>
<div class="vote">⟦a ▲ 赞同 213　▼　💬 18 条评论　⤴ 分享　★ 收藏⟧</div></div>
<div class="more">⟦l 查看全部 7 个回答⟧</div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 色盲可以报考哪些专业？⟧</p><p>⟦l 驾照体检视力不达标怎么办？⟧</p></div>
<div class="footer">⟦m © 2025 知友问答　京ICP证150719号⟧</div>
</body></html>
""",
        body="""
可以考，但要看程度。按照现行的机动车驾驶人体检要求，申请驾照须“无红绿色盲”，色弱一般不影响。
体检时会用色觉检查图谱，建议提前休息好眼睛，不要戴有色隐形眼镜。
如果担心过不了，可以先到正规医院眼科做一次色觉检查，心里有个底。
""",
    ),
]
