"""holdout113, part D: second pages of blogs, account mirrors, sharing, education, intranet,
Q&A, collection, Party, hospital, university, local-forum, download and exam sites."""

CASES = [
    dict(
        slug="blog-jiaochuan-rooftop-beekeeper-free-notes",
        site="屋顶种菜手记 (invented blog)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://wudingcai.example-blog.net/2025/06/18/tomato.html",
        title="屋顶种番茄的第三个夏天",
        record_title="【随记】屋顶种番茄的第三个夏天 | 屋顶种菜手记",
        date=None,
        notes="old-style blog: relative post time (3天前, not a date), tags, prev/next, comment count; hard-wrapped at 58 columns",
        wrap=58,
        page="""
!m 屋顶种菜手记 —— 在城市楼顶种出一片田
!t 【随记】屋顶种番茄的第三个夏天
!m 发表于 3天前　分类：种菜日记　阅读(188)
{BODY}
!l 标签：屋顶花园 番茄 种植箱
!l « 上一篇 自制堆肥桶　下一篇 夏季遮阳网怎么选 »
!l 评论(9)
""",
        body="""
今年是我在楼顶种番茄的第三个夏天，种植箱从最初的四个增加到了十二个。
第一年没经验，土太薄，一到中午叶子就蔫了；后来把土层加厚到三十公分，又铺了一层松针保湿，情况好了很多。
楼顶风大，番茄苗一定要早搭架子，我用的是竹竿加麻绳，结实又便宜。
今年收了四十多斤番茄，分给楼里的邻居，大家都说比菜市场买的甜。
""",
    ),
    dict(
        slug="wechat-fanxi-speech-therapist-story-html",
        site="蘩溪康复在线 (invented account mirror)",
        style="公众号镜像",
        genre="人物通讯",
        kind="news",
        form="html",
        source="https://wx.mirror-reader.example.com/a/fanxi-kangfu/20250420",
        title="她用八年时间，帮三百个孩子开口说话",
        record_title="她用八年时间，帮三百个孩子开口说话｜蘩溪康复在线",
        date="2025-04-20",
        notes="WeChat-style mirror: account line date, follow card, mini-program card, 阅读原文/在看, 'scroll for more'",
        page="""
<html><head><meta charset="utf-8"><title>她用八年时间，帮三百个孩子开口说话</title></head><body>
<div class="rich_media">
<h1>⟦t 她用八年时间，帮三百个孩子开口说话⟧</h1>
<div class="meta">⟦m 蘩溪康复在线⟧ ⟦m 2025年04月20日 19:30⟧ ⟦m 湖南⟧</div>
<div class="follow">⟦a 点击上方蓝字，关注我们⟧</div>
{BODY}
<div class="mp-card">⟦a 小程序：康复预约 · 点击进入⟧</div>
<div class="bottom">⟦l 阅读原文⟧ ⟦l 分享⟧ ⟦l 在看⟧ ⟦l 赞⟧</div>
</div></body></html>
""",
        body="""
每天早上八点，言语治疗师谭蕾都会准时出现在康复中心二楼的训练室。
八年来，她帮助三百多名口吃和语言发育迟缓的孩子走出“说话难”的困境。
“口吃不是孩子的错，关键是让他们不害怕说话。”谭蕾说，她最常做的，是陪孩子慢慢地读一句话，一遍又一遍。
去年，她带领团队编写了一套家庭训练手册，免费发给家长。
""",
    ),
    dict(
        slug="docshare-suyuan-dumpling-haccp-html-markers",
        site="共享文档库 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.gxwdk.example.com/d/9012214.html",
        title="速冻饺子生产过程关键控制点管理制度",
        record_title="速冻饺子生产过程关键控制点管理制度.doc免费下载",
        date=None,
        notes="document-sharing reader: page markers ⦅2⦆ as HTML paragraphs; upload notice; pages/size info; no date",
        pages=dict(fmt="⦅{n}⦆", every=120, start=2),
        page="""
<html><head><meta charset="utf-8"><title>速冻饺子生产过程关键控制点管理制度.doc免费下载_共享文档库</title></head><body>
<div class="top">⟦m 共享文档库⟧ ⟦a 登录 / 注册⟧</div>
<h1>⟦t 速冻饺子生产过程关键控制点管理制度⟧</h1>
<div class="info">⟦m 页数：4　格式：DOC　上传于：2天前⟧</div>
<div class="view">
{BODY}
</div>
<div class="end">⟦a 阅读已结束，下载本文需要使用 2 积分⟧</div>
<div class="notice">⟦d 该文档为用户上传，仅供交流学习，若有侵权请联系我们处理。⟧</div>
</body></html>
""",
        body="""
一、本制度适用于本公司速冻饺子生产全过程的关键控制点管理。
二、原料验收为第一关键控制点，每批肉类原料须查验检疫合格证明，抽检兽药残留。
三、速冻为第二关键控制点，产品中心温度须在三十分钟内降至零下十八摄氏度。
四、金属检测为第三关键控制点，每小时用标准测试块校验一次金属探测仪。
五、关键控制点记录由品控员每日复核，保存期不少于二年。
""",
    ),
    dict(
        slug="edu-weicheng-shearing-study-trip-html",
        site="葳城市第二中学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wc2z.example.edu.cn/xwzx/tzgg/2025/0422/2210.html",
        title="关于组织初二年级赴牧场开展剪羊毛劳动研学活动的通知",
        record_title="关于组织初二年级赴牧场开展剪羊毛劳动研学活动的通知",
        date="2025-04-22",
        notes="school portal: 回执 slip kept at the end; the notice asks parents to 扫码 sign; hit counter; prev/next",
        page="""
<html><head><meta charset="utf-8"><title>葳城市第二中学</title></head><body>
<div class="hd">⟦m 葳城市第二中学　厚德 笃学 ⟧</div>
<div class="nav">⟦m 学校概况 | 新闻中心 | 德育天地 | 教学科研 | 家校互动⟧</div>
<h2>⟦t 关于组织初二年级赴牧场开展剪羊毛劳动研学活动的通知⟧</h2>
<div class="info">⟦m 作者：政教处　发布时间：2025-04-22　点击数：603⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：春季运动会秩序册⟧ ⟦l 下一篇：五一假期安全告家长书⟧</div>
<div class="ft">⟦m 葳城市第二中学　版权所有　联系电话：0762-3345101⟧</div>
</body></html>
""",
        body="""
各位家长：
为落实劳动教育要求，学校定于4月29日组织初二年级学生赴东山牧场开展剪羊毛劳动研学活动。
活动内容包括观摩剪毛、体验羊毛分拣和参观毛纺车间，全程由牧场技术员和带队教师指导。
请家长扫描班级群内二维码完成线上确认，并于4月25日前将回执交班主任。
回执
学生姓名＿＿＿＿　班级＿＿＿＿　家长签字＿＿＿＿
葳城市第二中学政教处
2025年4月22日
""",
    ),
    dict(
        slug="oa-qiaochuan-tea-group-notice-text",
        site="荞川茶业集团办公平台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.qcchaye.example.com/gw/detail?id=7731",
        title="关于选派员工参加省茶艺技能大赛的通知",
        record_title="关于选派员工参加省茶艺技能大赛的通知",
        date="2025-08-05",
        notes="intranet text export: document number neutral, approval trail and read receipts; 附件 and 抄送 kept",
        page="""
!m 荞川茶业集团协同办公平台 > 公文管理 > 收文
!t 关于选派员工参加省茶艺技能大赛的通知
荞茶集〔2025〕38号
{BODY}
!m 审批流程：人力资源部 拟稿 → 分管领导 审核 → 总经理 签发
!m 已读 86 人　未读 14 人
!a 下载正文　打印　返回
""",
        body="""
各子公司、各门店：
省第五届茶艺职业技能大赛将于9月中旬举行。经研究，集团决定选派员工参赛，现将有关事项通知如下。
一、各门店推荐一至二名茶艺师参加集团选拔赛，选拔赛定于8月20日举行。
二、选拔赛前三名代表集团参加省赛，集团给予培训和参赛经费保障。
附件：选拔赛报名表
荞川茶业集团有限公司
2025年8月5日
抄送：集团工会
""",
    ),
    dict(
        slug="qa-maoling-rain-garden-mosquito-html",
        site="社区问问 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.shequwenwen.example.com/question/88310.html",
        title="小区改造了雨水花园，会不会滋生蚊子？",
        record_title=None,
        date="2025-07-03",
        notes="Q&A answer: no record title, the question as the title; 回答于 date; vote bar; related questions; a login prompt",
        page="""
<html><head><meta charset="utf-8"><title>小区改造了雨水花园，会不会滋生蚊子？ - 社区问问</title></head><body>
<div class="hd">⟦m 社区问问 · 有问题，问邻居⟧ ⟦a 登录后提问⟧</div>
<h1>⟦t 小区改造了雨水花园，会不会滋生蚊子？⟧</h1>
<div class="ans-meta">⟦m 园林工程师老曾 · 回答于 2025-07-03⟧</div>
{BODY}
<div class="vote">⟦l 有用 58　没用 2　收藏　举报⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 雨水花园下雨后多久能排干？⟧</p></div>
</body></html>
""",
        body="""
一般不会，这是很多居民的误解。
雨水花园的设计要求是雨后二十四小时内积水全部下渗，而蚊子从产卵到羽化通常需要七天以上，积水时间太短，蚊子来不及繁殖。
如果雨后好几天还积水，说明下面的砾石层堵了，可以找物业报修。
另外，平时及时清理落叶和垃圾，也能减少积水。
""",
    ),
    dict(
        slug="anthology-chunwan-broad-bean-memoir",
        site="莼湾笔记 (invented collection)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="html",
        source="http://www.chunwanbiji.example.net/book2/ch14.html",
        title="外婆的蚕豆地",
        record_title="第十四章 外婆的蚕豆地 - 莼湾笔记",
        date=None,
        notes="collection chapter reader: chapter nav, font/background toolbar, reader count; no date",
        page="""
<html><head><meta charset="utf-8"><title>第十四章 外婆的蚕豆地 - 莼湾笔记</title></head><body>
<div class="bar">⟦a 字体 A- A+　背景 ☀ ☾⟧</div>
<div class="book">⟦m 莼湾笔记 · 卷二 · 旧园⟧</div>
<h2>⟦t 第十四章 外婆的蚕豆地⟧</h2>
{BODY}
<div class="nav">⟦l 上一章⟧ ⟦l 目录⟧ ⟦l 下一章⟧</div>
<div class="cnt">⟦m 本章已有 73 位读者读过⟧</div>
</body></html>
""",
        title_also=["第十四章 外婆的蚕豆地"],
        body="""
外婆家屋后有一块斜坡地，每年秋天都种蚕豆。
立夏前后，蚕豆荚鼓起来，外婆就挎着竹篮去摘，回来坐在门槛上剥豆，剥下的豆壳堆成小山。
新鲜蚕豆用猪油和葱花一炒，是我童年最惦记的味道。
后来外婆老了，那块地荒了，可每到立夏，我总会想起坡上那片开着紫白小花的蚕豆地。
""",
    ),
    dict(
        slug="dangjian-diyuan-school-garden-branch-html",
        site="荻原党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://dj.diyuan.example.gov.cn/jcdj/2025/0516/772.html",
        title="荻原小学党支部：小小种植园里的大课堂",
        record_title="【基层党建】荻原小学党支部：小小种植园里的大课堂_荻原党建网",
        date="2025-05-16",
        notes="Party-building portal: decorated title, study-points box, photo caption between paragraphs, editor line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>【基层党建】荻原小学党支部：小小种植园里的大课堂_荻原党建网</title></head><body>
<div class="hd">⟦m 荻原党建网　不忘初心 牢记使命⟧</div>
<div class="loc">⟦m 首页 > 基层党建 > 支部风采⟧</div>
<h1>⟦t 荻原小学党支部：小小种植园里的大课堂⟧</h1>
<div class="info">⟦m 发布时间：2025-05-16　来源：县教育工委⟧</div>
{BODY}
<div class="xxjf">⟦a 学习时长满3分钟可获得积分⟧</div>
<div class="ft">⟦m 中共荻原县委组织部主办⟧</div>
</body></html>
""",
        body="""
走进荻原小学，教学楼后面的“红领巾种植园”里，油菜已经结荚，豌豆爬满了竹架。
去年以来，学校党支部牵头建起这片种植园，党员教师每人联系一个班级，带着学生种菜、观察、写日记。
⟦m 图为党员教师指导学生给豌豆搭架。⟧
种植园还成了思政课的现场，老师结合农事讲节气、讲粮食安全，学生们听得格外认真。⟦m （编辑：宁檬）⟧
""",
    ),
    dict(
        slug="hospital-zhenzhou-shearing-injury-text",
        site="蓁州市第三人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="article",
        form="text",
        source="https://www.zz3hospital.example.com/jkkp/2025/0527/61.html",
        title="剪毛季节，警惕布鲁氏菌病",
        record_title="【感染科】剪毛季节，警惕布鲁氏菌病",
        date="2025-05-27",
        notes="hospital article: department prefix in the title, 导诊 line and 24-hour line in the footer, the department's own 咨询电话 kept, floating consult",
        page="""
!m 蓁州市第三人民医院
!m 首页 > 健康科普
!t 【感染科】剪毛季节，警惕布鲁氏菌病
!m 作者：感染科 贺静　日期：2025-05-27　阅读：2280
{BODY}
!w 在线问诊｜预约挂号｜智能导诊
!m 导诊台：0791-8812330　24小时急诊：0791-8812120
""",
        body="""
每年五六月是牧区剪羊毛的集中时段，也是布鲁氏菌病的高发季节。
布鲁氏菌病是一种人畜共患病，主要通过接触病畜的皮毛、分泌物传播，症状有反复发热、多汗、关节疼痛等。
剪毛、接羔时要戴手套和口罩，作业后用肥皂洗手，不喝生奶，不吃未煮熟的羊肉。
出现不明原因发热的，请及时到感染科就诊，咨询电话0791-8812456。
""",
    ),
    dict(
        slug="university-taihu-seed-bank-lecture-text",
        site="薹湖学院生命科学学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://life.taihu.example.edu.cn/xwdt/2025/1015/330.htm",
        title="在“社区种子图书馆”共建项目启动会上的致辞",
        record_title="在“社区种子图书馆”共建项目启动会上的致辞 - 薹湖学院生命科学学院",
        date="2025-10-15",
        notes="university page: speech with a date under the title (Arabic) and the speaker line (neutral); a page byline with the same date",
        page="""
!m 薹湖学院生命科学学院 > 学院新闻
{T}
!m 发布日期：2025-10-15　浏览：311
学院院长　卢永年
（2025年10月15日）
{BODY}
!a 【打印此页】【关闭】
!m 地址：薹湖市大学城学院路9号　邮编：311300
""",
        body="""
各位来宾，老师们、同学们：
今天，我们和三个社区一起启动“社区种子图书馆”共建项目。
学院的种质资源实验室将为种子图书馆提供发芽检测和保存技术支持，学生志愿者将定期到社区开展种植讲座。
希望同学们在服务社区中学以致用，把论文写在大地上。
谢谢大家！
""",
    ),
    dict(
        slug="localforum-gutang-dumpling-stall-complaint",
        site="菰塘在线 (invented local forum)",
        style="地方论坛",
        genre="投诉回复",
        kind="reply",
        form="text",
        source="https://www.gutangzx.example.com/thread-51027-1-1.html",
        title="关于网友反映夜市饺子摊油烟扰民问题的回复",
        record_title="[民生] 关于网友反映夜市饺子摊油烟扰民问题的回复 - 问政菰塘 - 菰塘在线",
        date="2025-08-14",
        date_also=["2025-08-15"],
        notes="local forum: official reply repost; forum junk; pinned banner; post date differs from the reply's date (also accepted)",
        junk=dict(lines=1, glued=1),
        page="""
!m 菰塘在线 » 问政菰塘
!a 【置顶】网友发帖须实名，违者删帖
!t [民生] 关于网友反映夜市饺子摊油烟扰民问题的回复
!m 菰塘城管发布　发布于 2025-8-15 16:40
{BODY}
!l 回复 ｜ 点赞(21) ｜ 转发
!l 热帖：老城区停车位何时增加
""",
        body="""
网友“住在河边”：
您反映的滨河路夜市饺子摊油烟扰民问题，我局已于8月13日派员现场核查，情况属实。
经查，该摊点未安装油烟净化设施，执法人员已责令其限期整改，并将摊位迁至距居民楼三十米以外。
感谢您对城市管理工作的关心和支持。
菰塘县城市管理局
2025年8月14日
""",
    ),
    dict(
        slug="download-weicheng-allotment-contract-template",
        site="合同范本下载站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="template",
        form="html",
        source="https://www.htfbxz.example.com/down/46120.html",
        title="市民菜园租种协议（范本）",
        record_title="市民菜园租种协议（范本）Word版",
        date=None,
        notes="download station: file-info table, mirror links; template placeholders (××, 年 月 日) — no date",
        page="""
<html><head><meta charset="utf-8"><title>市民菜园租种协议（范本）Word版 - 合同范本下载站</title></head><body>
<div class="logo">⟦m 合同范本下载站⟧</div>
<div class="crumb">⟦m 首页 » 租赁合同 » 土地租赁⟧</div>
<h1>⟦t 市民菜园租种协议（范本）⟧</h1>
<table><tr><td>⟦m 文件格式：DOCX⟧</td><td>⟦m 下载次数：2317⟧</td></tr></table>
{BODY}
<div class="dl">⟦a 本地高速下载⟧ ⟦a 备用下载⟧</div>
<div class="dis">⟦d 范本仅供参考，使用前请结合实际并咨询专业人士。⟧</div>
</body></html>
""",
        body="""
甲方（出租方）：××市民菜园管理处
乙方（租种方）：××××
一、甲方将编号为××号、面积十五平方米的菜地出租给乙方种植蔬菜。
二、租期自××年×月×日起至××年×月×日止，租金每年××元。
三、乙方不得将菜地转租他人，不得在菜地内搭建任何设施。
甲方（签章）：　　　　乙方（签字）：
年　　月　　日
""",
    ),
    dict(
        slug="exam-qishan-tea-art-skill-exam-html",
        site="芪山县职业技能鉴定中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jnjd.qishan.example.gov.cn/ksap/2025/0611/52.html",
        title="关于2025年第二批茶艺师职业技能等级认定考试安排的通知",
        record_title="【考务通知】关于2025年第二批茶艺师职业技能等级认定考试安排的通知",
        date="2025-06-11",
        notes="exam authority: floating consult box, exam timetable, the notice tells candidates to 下载打印 准考证 (kept), 考务咨询电话 beside a technical line",
        page="""
<html><head><meta charset="utf-8"><title>【考务通知】关于2025年第二批茶艺师职业技能等级认定考试安排的通知</title></head><body>
<div class="hd">⟦m 芪山县职业技能鉴定中心⟧</div>
<div class="loc">⟦m 首页 > 考试安排⟧</div>
<h2>⟦t 关于2025年第二批茶艺师职业技能等级认定考试安排的通知⟧</h2>
<div class="meta">⟦m 公告时间：2025-06-11⟧</div>
{BODY}
<div class="float">⟦w 考生服务 QQ群：5509xx213⟧</div>
<div class="ft">⟦m 系统技术支持：0795-7000312⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年第二批茶艺师职业技能等级认定考试定于6月28日举行，现将有关事项通知如下。
科目　时间　地点
理论知识　9:00—10:30　县职教中心机房
技能操作　14:00—17:00　县职教中心茶艺实训室
请考生于6月24日起登录本网站下载打印准考证，凭准考证和身份证参加考试。
考务咨询电话：0795-7003126。
芪山县职业技能鉴定中心
2025年6月11日
""",
    ),
]
