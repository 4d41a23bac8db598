"""holdout144, part B: a dongxiao player's and a sanitation foreman's blogs, a sea-buckthorn co-op
and a writers' association on WeChat mirrors, a mumps notice and a copy shop's price list on
sharing pages, an after-school-service plan and a dormitory notice on education portals, a
tannery's and a headhunting firm's intranets, an adoption question on a Q&A site. Invented."""

CASES = [
    dict(
        slug="blog-zhuyin-dongxiao-insight-bracket-time",
        site="竹音小筑 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://zhuyinxiaozhu.example.blog.cn/post/2025/05/xiao-xuexi.html",
        title="参加洞箫传承人研修班的几点体会",
        record_title="参加洞箫传承人研修班的几点体会 | 竹音小筑",
        date="2025-05-18",
        notes="blog: bracketed post time gives the date; tags, archive and a reward button; a 'read more' box between paragraphs",
        page="""
!m 竹音小筑 —— 一管竹，半生音
!m 首页　随笔　曲谱　关于我
!t 参加洞箫传承人研修班的几点体会
!m [2025-05-18 22:47]　分类：学箫札记　阅读(318)　评论(6)
{BODY}
!l 标签：洞箫 研修班 南音
!a ☕ 觉得有用？打赏博主一杯茶
!l « 前一篇：尺八与洞箫的音色比较　|　后一篇：自制竹箫选材小记 »
!l 文章归档：2025年5月(4) 2025年4月(7) 2025年3月(3)
""",
        body="""
五月上旬，我有幸参加了省非遗中心举办的洞箫传承人研修班，十天的学习让我受益匪浅。
一是对“气”有了新的认识。老师反复强调吹箫先练气，气息要匀、要沉，不能只靠嘴唇用力。
二是对传统曲目的理解更深了。研修班系统讲解了《梅花三弄》《平沙落雁》的版本流变，让我明白同一首曲子在不同流派中的处理差异。
⟦l 你可能也想看：入门洞箫该买几孔的？⟧
三是坚定了传承的信心。班上有六十多岁的老艺人，也有刚毕业的音乐老师，大家交流心得、互相切磋，让我看到洞箫艺术后继有人。
回到家乡后，我打算在社区开一个免费的洞箫兴趣班，把学到的东西教给更多喜欢竹音的人。
""",
    ),
    dict(
        slug="blog-huanwei-foreman-summary-relative-time",
        site="扫街人日记 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://saojieren.example.net/archives/1207",
        title="环卫所第三作业班组上半年工作小结",
        record_title=None,
        date=None,
        notes="no record title, no date: a relative post time (2天前) and an edit stamp only; a blogroll and a 'subscribe' prompt; the title once with a blog decoration",
        gap=True,
        page="""
!m 扫街人日记
!m 一个环卫班长的碎碎念
!t 【班组日志】环卫所第三作业班组上半年工作小结
!m 发布于 2天前 · 最后编辑于 昨天 18:20 · 218 次浏览
{BODY}
!a 📮 订阅本博客，新文章第一时间推送到邮箱
!l 友情链接：城市美容师 | 路灯下的人 | 早班车
!d 本博客文字均为原创，转载请注明出处
""",
        body="""
今年上半年，我们第三作业班组共十四名同志，负责南环路至滨江路共十二条道路的清扫保洁任务。
一、保洁质量稳步提升。坚持“一普扫、全天保”作业模式，道路机械化清扫率达到百分之八十五，上半年在所里考核中三次排名第一。
二、安全作业常抓不懈。每天班前会讲安全，为全体人员配齐反光背心，半年来未发生一起安全事故。
三、应急保障及时有力。在四月两场暴雨中，班组连夜疏通雨水口三十余处，保障了道路通行。
下半年，我们将重点做好夏季防暑降温和秋季落叶清扫，力争各项工作再上新台阶。
""",
    ),
    dict(
        slug="wechat-shaji-coop-initiative-mirror",
        site="公众号文章镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.jingxiang.example.com/s/shajihezuoshe-0612",
        title="关于共同守护沙棘林的倡议书",
        record_title="关于共同守护沙棘林的倡议书",
        date="2025-06-12",
        notes="WeChat mirror: account line with the date, 阅读原文/在看/点赞 row, a mirror notice; the document's own 扫码/关注 sentence kept",
        page="""
!m 蒿原县红柳沟沙棘专业合作社
!t 关于共同守护沙棘林的倡议书
!m 原创　红柳沟沙棘　2025年06月12日 07:58　内蒙古
{BODY}
!a 阅读原文　　阅读 2401　　在看 36　　👍 88
!l 写留言
!d 本页由镜像站自动抓取，版权归原公众号所有，如需删除请联系我们
""",
        body="""
全体社员、广大村民朋友们：
红柳沟的沙棘林是我们防风固沙的屏障，也是大家增收致富的“金果果”。近年来，个别人为多摘快摘，折枝采果、连枝砍伐，对沙棘林造成了严重破坏。为此，合作社向大家发出如下倡议：
一、科学采摘，护枝护林。采果请使用合作社统一发放的采摘工具，严禁折枝、砍枝。
二、按片轮采，休养生息。严格按照合作社划定的片区和时间采摘，给沙棘林留出恢复时间。
三、发现破坏，及时劝阻。对乱砍滥伐行为要及时劝阻并向合作社报告。
欢迎扫描文末二维码关注合作社公众号，随时了解采摘安排和收购价格。
红柳沟沙棘专业合作社
2025年6月12日
""",
    ),
    dict(
        slug="wechat-yunjian-writers-association-call-html",
        site="云笺 · 公众号阅读 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://yunjian-read.example.cn/a/8hQ2xwLm",
        title="“书写家乡新变化”主题征文启事",
        record_title="“书写家乡新变化”主题征文启事｜漳川作协",
        date="2025-03-28",
        notes="WeChat-style HTML mirror: account card, a 'follow' pill, a top-of-article prompt, 在看/分享 row; body sentences telling readers to 关注 and 下载 the entry form kept; contest e-mail kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>“书写家乡新变化”主题征文启事｜漳川作协</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">⟦t “书写家乡新变化”主题征文启事⟧</h1>
<div class="meta">⟦m 漳川县作家协会　2025-03-28 19:30　发表于福建⟧</div>
<div class="follow">⟦a 点击上方蓝字「漳川作协」关注我们⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="foot">⟦a 分享　收藏　在看 52　赞 104⟧</div>
<div class="qr">⟦a 长按识别二维码 关注漳川作协⟧</div>
</div>
<div class="mirror">⟦d 文章内容来自微信公众平台，本站仅做排版优化展示⟧ ⟦m yunjian-read.example.cn⟧</div>
</body></html>
""",
        body="""
为展示家乡发展新成就，漳川县作家协会决定开展“书写家乡新变化”主题征文活动。现将有关事项公告如下。
一、征文对象：热爱文学创作的社会各界人士，县内外作者均可参加。
二、征文要求：体裁限散文、诗歌、报告文学，散文和报告文学不超过五千字，诗歌不超过八十行，须为未公开发表的原创作品。
三、投稿方式：请将作品电子稿发送至zcxzx_zhengwen@example.com，邮件主题注明“征文+作者姓名+电话”。报名表可关注本公众号后回复“征文”下载。
四、截稿时间：2025年6月30日。
五、奖项设置：设一等奖二名、二等奖五名、三等奖十名，优秀作品将在《漳川文艺》刊发。
漳川县作家协会
2025年3月28日
""",
    ),
    dict(
        slug="docshare-xueyun-mumps-notice-cn-date-markers",
        site="学云文档 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xueyundoc.example.com/p-5520913.html",
        title="致家长的一封信——预防流行性腮腺炎",
        record_title="致家长的一封信——预防流行性腮腺炎_学云文档",
        date="2025-03-04",
        notes="sharing page with ⫷n⫸ markers glued; an upload notice and a 'download this document' row; the school's own 咨询电话 kept; date in Chinese numerals",
        pages=dict(fmt="⫷{n}⫸", every=200, start=2, glue=True),
        page="""
!m 学云文档 | 教师资料共享平台
!t 致家长的一封信——预防流行性腮腺炎
!m 分享者：卫生室小王　　分享于 2025/03/06　　浏览 611　　下载 57
{BODY}
!a ⬇ 下载本文档（免积分）　⭐ 收藏　⚑ 举报
!d 学云文档所有资料均由网友上传分享，仅供学习交流使用，如涉及版权问题请联系管理员
!l 同类资料：春季传染病预防家长告知书 | 水痘防控致家长信
""",
        body="""
尊敬的家长：
春季是流行性腮腺炎的高发季节，近期我县部分学校出现散发病例。为保障孩子健康，请您配合做好以下工作：
一、每天早晨测量孩子体温，留意孩子是否有腮部肿痛、发热、头痛等症状，一旦出现请及时就医，并立即告知班主任。
二、确诊患儿须居家隔离至腮腺肿大完全消退，凭医院开具的复课证明返校。
三、督促孩子勤洗手、多通风、不共用水杯和餐具。
四、尚未全程接种含腮腺炎成分疫苗的孩子，请家长带孩子到辖区接种门诊补种。
学校卫生室咨询电话：0813-3307215。
溪口镇中心小学
二〇二五年三月四日
""",
    ),
    dict(
        slug="docshare-yinke-copyshop-prices-table-docx",
        site="印客文档分享 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://share.yinke.example.com/d/copyshop-price-2025",
        title="关于调整图文快印服务价格的公告",
        record_title="关于调整图文快印服务价格的公告.docx",
        date="2025-08-25",
        notes="file-name title; HTML share viewer with a doc-info panel and download bar; a price table (one row a paragraph, cells apart by ideographic spaces); the shop's own sentence about 打印/复印 and its phone kept",
        page="""
<html><head><meta charset="utf-8"><title>关于调整图文快印服务价格的公告.docx - 印客文档分享</title></head><body>
<div class="bar">⟦m 印客文档分享⟧ <span>⟦a 上传文档⟧</span> <span>⟦a 登录/注册⟧</span></div>
<div class="file"><h2>⟦t 关于调整图文快印服务价格的公告.docx⟧</h2><p>⟦m 文件大小：36.2KB　上传时间：2025-08-26　下载次数：19⟧</p></div>
<div class="viewer">
{BODY}
</div>
<div class="dl">⟦a 下载原文件（.docx）⟧ ⟦a 转存到我的文档⟧</div>
<div class="side"><p>⟦l 热门文档⟧</p><p>⟦l 打印店员工岗位职责⟧</p><p>⟦l 复印店开业活动方案⟧</p></div>
<div class="foot">⟦d 用户上传内容仅代表其个人观点，印客文档不承担任何法律责任⟧</div>
</body></html>
""",
        body="""
尊敬的顾客：
因纸张和耗材价格持续上涨，经研究，本店自2025年9月1日起调整部分图文快印服务价格，具体如下：
服务项目　原价　调整后
A4黑白打印（单面）　0.3元/张　0.4元/张
A4彩色打印（单面）　1.0元/张　1.2元/张
A3黑白复印　0.6元/张　0.8元/张
胶装（100页以内）　5元/本　6元/本
学生凭学生证打印、复印继续享受九折优惠，批量订单请提前一天预约。
咨询电话：0796-8120459
明德图文快印店
2025年8月25日
""",
    ),
    dict(
        slug="edu-tangxi-afterschool-plan-decimal-html",
        site="棠溪区教育局 (invented)",
        style="教育门户",
        genre="实施方案",
        kind="plan",
        form="html",
        source="https://jyj.tangxi.example.gov.cn/zcwj/202508/t20250822_1120.html",
        title="棠溪区中小学课后服务实施方案（2025年修订）",
        record_title="棠溪区中小学课后服务实施方案（2025年修订）-棠溪区教育局",
        date="2025-08-22",
        notes="education portal with a column sidebar, 附件 list kept, decimal headings 2.1 2.2, a 'share/print/close' row; 文号 neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>棠溪区中小学课后服务实施方案（2025年修订）-棠溪区教育局</title></head><body>
<div class="head">⟦m 棠溪区教育局　Tangxi District Education Bureau⟧</div>
<div class="menu">⟦m 首页 | 机构职能 | 政策文件 | 教育动态 | 招生考试 | 办事指南⟧</div>
<div class="side"><h3>⟦l 政策文件⟧</h3><ul><li>⟦l 规范性文件⟧</li><li>⟦l 部门文件⟧</li><li>⟦l 政策解读⟧</li></ul></div>
<div class="main">
<div class="where">⟦m 位置：首页 » 政策文件 » 部门文件⟧</div>
<h2>⟦t 棠溪区中小学课后服务实施方案（2025年修订）⟧</h2>
<div class="info">⟦m 发布时间：2025-08-22　信息来源：基础教育科　浏览次数：1,482⟧</div>
<p class="docno">棠教发〔2025〕27号</p>
{BODY}
<div class="act">⟦a 【分享】⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
</div>
<div class="footer">⟦m 棠溪区教育局主办　地址：棠溪区育才路12号　邮编：341200⟧ ⟦m 赣ICP备12XX0071号⟧</div>
</body></html>
""",
        body="""
为进一步规范中小学课后服务，切实减轻学生过重课业负担和家长接送负担，结合我区实际，制定本方案。
1 服务对象和时间
1.1 服务对象为全区公办小学和初中有需求的在校学生，坚持学生自愿、家长申请。
1.2 服务时间为每个工作日下午放学后，原则上不早于当地正常下班时间结束。
2 服务内容
2.1 基础托管：指导学生完成作业，对学习有困难的学生进行辅导答疑。
2.2 拓展服务：开展体育、艺术、科普、劳动等兴趣活动，每周不少于两次。
3 收费与保障
3.1 课后服务实行成本补偿收费，家庭经济困难学生予以免收。
3.2 各校应建立安全管理制度，明确学生离校交接流程。
附件：1. 棠溪区课后服务家长申请表
2. 棠溪区课后服务课程菜单
棠溪区教育局
2025年8月22日
""",
    ),
    dict(
        slug="edu-yuanqiao-dormitory-notice-wrapped",
        site="元桥中学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yqzx.example.edu.cn/xsgl/2025/0901/77.htm",
        title="关于加强学生宿舍管理的通知",
        record_title="关于加强学生宿舍管理的通知_学生管理_元桥中学",
        date="2025-09-01",
        notes="hard-wrapped at 64 columns; numbered list 1. 2. 3.; a school motto line and a visit counter; the document's own 联系电话 of the dorm office kept",
        wrap=64,
        indent="    ",
        page="""
!m 元桥中学　厚德 博学 笃行
!m 首页 - 德育天地 - 学生管理
!t 关于加强学生宿舍管理的通知
!m 作者：政教处　发布：2025-09-01　访问：[ 531 ]
{BODY}
!l 【上一条】2025级新生军训安排　【下一条】校园一卡通充值说明
!m 版权所有：元桥中学　技术支持：启航网络
""",
        body="""
各班主任、全体住校生：
为营造安全、整洁、文明的住宿环境，根据学校住宿管理规定，现就本学期宿舍管理有关事项通知如下：
1. 严格作息。晚上十点熄灯就寝，熄灯后不得在宿舍内喧哗、使用手机或随意走动。
2. 注意安全。严禁在宿舍使用电热毯、电吹风等大功率电器，严禁私拉电线，离开宿舍时随手关灯关门。
3. 保持卫生。宿舍每天安排值日，内务按统一标准整理，学校每周进行一次评比。
4. 按时归宿。学生周末离校须经班主任同意并登记，返校后及时到宿管处销假。
宿舍管理中心联系电话：0793-5621080。
元桥中学政教处
2025年9月1日
""",
    ),
    dict(
        slug="oa-hongyuan-tannery-minutes-approval-trail",
        site="宏源皮革协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.hongyuan-leather.example.local/doc/view?id=20250416-03",
        title="2025年第二季度安全环保工作例会纪要",
        record_title="2025年第二季度安全环保工作例会纪要",
        date="2025-04-16",
        notes="intranet export: approval trail and 已读 count as chrome; the minutes' 时间/地点/主持/参会/记录 lines kept; a watermark line",
        page="""
!m 宏源皮革 · 协同办公
!m 公文管理 / 会议纪要 / 查看
!m 拟稿：安环部 朱晓峰　审核：范建国　签发：蒋启明　已读 63 / 未读 9
!t 2025年第二季度安全环保工作例会纪要
{BODY}
!m 流转记录：2025-04-16 15:20 朱晓峰 提交 → 2025-04-16 17:02 范建国 同意 → 2025-04-17 08:41 蒋启明 签发
!d 内部资料 严禁外传 · 水印：zhuxf 10.8.2.117
!a 导出PDF　打印　返回列表
""",
        body="""
时间：2025年4月16日14:00
地点：公司三楼会议室
主持：蒋启明
参会：各车间主任、安全员，安环部、设备部全体人员
记录：朱晓峰
会议听取了安环部关于一季度安全环保工作的汇报，研究部署了第二季度重点工作。纪要如下：
一、会议指出，一季度公司未发生安全生产事故，污水处理站出水指标全部达标，但鞣制车间通风设施老化、危化品库台账不清等问题仍需整改。
二、会议要求，4月底前完成鞣制车间通风系统改造，由设备部负责；危化品出入库实行双人双锁和电子台账，由安环部负责。
三、会议决定，5月开展全员应急演练一次，各车间负责人为第一责任人。
""",
    ),
    dict(
        slug="oa-jiecheng-headhunter-summary-html-readcount",
        site="杰程人才内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://intra.jiecheng-hr.example.com/news/detail/5521",
        title="猎头事业部2025年第一季度工作总结",
        record_title="内部通告-猎头事业部2025年第一季度工作总结",
        date="2025-04-03",
        notes="intranet HTML: left menu, read counts, attachments of the page (chrome) vs the body's own 附件 line, a 'like/comment' bar and an employee-number watermark",
        page="""
<html><head><meta charset="utf-8"><title>内部通告-猎头事业部2025年第一季度工作总结</title></head><body>
<div class="logo">⟦m 杰程人才 · 员工门户⟧</div>
<div class="left"><ul><li>⟦m 工作台⟧</li><li>⟦m 公告通知⟧</li><li>⟦m 制度流程⟧</li><li>⟦m 知识库⟧</li></ul></div>
<div class="content">
<h2>⟦t 猎头事业部2025年第一季度工作总结⟧</h2>
<p class="info">⟦m 发布人：事业部综合组　发布于 2025-04-03 18:06　阅读 214 人⟧</p>
{BODY}
<div class="att">⟦a 页面附件：Q1业绩明细.xlsx（点击下载）⟧</div>
<div class="op">⟦l 点赞 12　评论 3　转发到群聊⟧</div>
</div>
<div class="wm">⟦d 工号 JC0417 仅限内部查阅⟧</div>
</body></html>
""",
        body="""
一季度，事业部围绕“稳存量、拓增量”的目标，全员齐心协力，各项指标完成情况良好。
一、业绩完成情况
全季度成功推荐中高端人才五十八人，完成年度目标的百分之二十六；新签约客户十四家，其中制造业客户九家。
二、主要做法
一是深耕重点行业，成立新能源、医药两个专项顾问小组；二是完善人才库，新增有效简历三千二百余份；三是加强顾问培训，开展内部案例分享会六次。
三、存在的问题
部分岗位交付周期偏长，候选人入职后三个月留存情况跟踪不够。
四、下季度打算
重点抓好交付提速和客户回访，力争二季度推荐成功人数不少于七十人。
附件：一季度重点客户名单
猎头事业部
2025年4月3日
""",
    ),
    dict(
        slug="qa-wenwen-adoption-question-votes",
        site="问问看社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenkan.example.com/question/781023",
        title="收养登记需要准备哪些材料？流程是怎样的？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; answer with votes and an answered-on relative time (no date); a 'not professional advice' notice and an ask box",
        page="""
!m 问问看 · 有问题就问问看
!t 收养登记需要准备哪些材料？流程是怎样的？
!m 提问者：hl_2025　｜　分类：法律 > 婚姻家庭　｜　1.2万人看过
!m 最佳答案　民政老李　回答于 4个月前　获赞 356
{BODY}
!l 👍 有用(356)　👎 没用(4)　💬 评论(21)
!d 回答内容仅供参考，具体以当地民政部门要求为准
!a 我也要提问，专家免费解答 >>
!l 相关问题：继父母收养继子女需要哪些手续？ / 收养子女能改姓吗？
""",
        body="""
我在民政窗口干过几年，简单说一下。
收养人一般需要准备：户口簿和居民身份证；婚姻状况证明；县级以上医疗机构出具的未患有在医学上认为不应当收养子女的疾病的身体健康检查证明；有无子女和抚养教育被收养人能力的证明；收养人与送养人签订的收养协议（如有）。
流程大致是：先到被收养人常住户口所在地的县级民政部门提交申请，民政部门受理后进行审查，必要时开展收养评估；符合条件的，发给收养登记证，收养关系自登记之日起成立。
不同情况（比如收养孤儿、继子女、三代以内旁系同辈血亲的子女）要求不完全一样，建议先打电话问一下当地婚姻收养登记处。
""",
    ),
]
