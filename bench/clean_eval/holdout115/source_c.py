"""holdout115, part C: a wooden-boat yard, a bridal sedan-chair troupe, an asthma clinic, an
epilepsy patients' association, a dyslexia support programme, a stuttering blog, a children's
anaemia screening, a burns centre's skin bank, a fertility centre, missing-person volunteers,
a railway lost-and-found office and an enterprise annuity.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-yutan-wooden-boat-yard",
        site="渔潭论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.yutan.example.com/forum.php?mod=viewthread&tid=40217",
        title="老街木船修造厂招收学徒的启事",
        record_title="【渔潭论坛】老街木船修造厂招收学徒的启事",
        date=None,
        notes="a county forum: board path, a poster line with level and points, a relative time (3天前, not a date), a 'reply to see contact' prompt; the notice's own 联系电话 kept; no date",
        page="""
!m 渔潭论坛 » 渔潭生活 » 招聘求职
!t 【渔潭论坛】老街木船修造厂招收学徒的启事
!m 发帖人：老船匠陈　等级：渔潭元老　积分：3306　　发表于 3天前
{BODY}
!a 本帖隐藏内容需回复后才能查看
!l 回复 12　查看 1809　　收藏　分享　举报
!l 2楼　江边人：支持老手艺，转了
""",
        body="""
老街木船修造厂是渔潭镇仅存的一家木船厂，已有六十多年历史。
现因老师傅年纪大了，厂里准备招收学徒两名，要求十八至三十五周岁，身体健康，能吃苦，不怕风吹日晒。
学徒期两年，包吃住，每月发放生活补贴两千元，学成后可留厂工作。
主要学习选料、放样、拼板、捻缝、上桐油等全套木船修造工艺。
有意者请到老街码头东侧船厂面谈，或拨打联系电话：137 5512 0639。
""",
    ),
    dict(
        slug="qa-huajiao-sedan-chair-troupe-answer",
        site="问问邻里 (invented Q&A)",
        style="问答社区",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.wenwenlinli.example.com/q/7718203.html",
        title="关于文明办婚事抬花轿不扰民的倡议",
        record_title="村里抬花轿迎亲有什么讲究？求一份倡议书",
        title_in="decorated",
        date=None,
        notes="a Q&A page: the question as the record title, an accepted answer holding the troupe's initiative; answerer meta, 有用/没用 votes, related questions; no date",
        page="""
!m 问问邻里 > 民俗文化 > 婚嫁礼俗
!m 村里抬花轿迎亲有什么讲究？求一份倡议书
!m 提问者：小满不满　　悬赏 20 积分
!l 最佳答案
!m 回答者：福喜花轿队 队长老何　　采纳率 92%
{T}
{BODY}
!l 有用(58)　没用(2)　　评论　　分享
!l 其他回答（3）
!l 相关问题：结婚请花轿队大概多少钱？ | 农村婚礼流程有哪些？
""",
        body="""
各位乡亲、各位新人：
花轿迎亲是我们这一带的老规矩，热闹喜庆，但也要讲文明、守规矩。福喜花轿队向大家倡议：
一、迎亲队伍走大路、靠右行，不在主干道上长时间停留，不堵车、不占道。
二、鞭炮只在村口燃放，晚上九点以后不鸣锣、不放炮，不影响邻居休息。
三、不设拦轿讨红包，不搞低俗闹亲，让喜事办得体面又暖心。
""",
    ),
    dict(
        slug="baike-asthma-school-entry-html",
        site="健康百科 (invented)",
        style="百科问答",
        genre="新闻",
        kind="news",
        form="html",
        source="https://baike.jiankang.example.com/item/哮喘学校/402117",
        title="哮喘学校",
        record_title="哮喘学校_健康百科",
        date=None,
        notes="an encyclopaedia entry: edit links, a 目录 box, a reviewer line, references, a 'report an error' row; a numbered list kept; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>哮喘学校_健康百科</title></head><body>
<div class="top">⟦m 健康百科　权威医学科普⟧ <input placeholder="搜索词条"> ⟦a 登录⟧</div>
<h1>⟦t 哮喘学校⟧</h1>
<div class="edit">⟦a 编辑　讨论　收藏⟧</div>
<div class="review">⟦m 本词条由呼吸内科副主任医师 秦婉 审核⟧</div>
<div class="toc">⟦l 目录　1 简介　2 课程内容　3 意义⟧</div>
{BODY}
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 支气管哮喘防治指南（基层版）⟧</p></div>
<div class="bar">⟦l 词条统计　浏览次数：21560　编辑次数：7次历史版本⟧</div>
<div class="err">⟦a 内容有误？点击纠错⟧</div>
<footer>⟦d ©2025 健康百科　内容仅供参考，不作为诊断依据⟧</footer>
</body></html>
""",
        body="""
哮喘学校是由医院呼吸专科组织、面向哮喘患者及其家属开展的系统化健康教育活动。
哮喘学校一般每月开课一次，由医生、护士和药师轮流授课。课程内容通常包括：
1.哮喘的发病原因和常见诱因。
2.吸入装置的正确使用方法。
3.峰流速仪的使用和哮喘日记的记录。
4.急性发作时的自我处理。
通过哮喘学校的学习，患者能够提高自我管理能力，减少急性发作和急诊就医次数。
""",
    ),
    dict(
        slug="wechat-epilepsy-association-html-mirror",
        site="公号文摘 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.gonghaowz.example.com/wx/5b7d3c11.html",
        title="国际癫痫关爱日倡议书",
        record_title="国际癫痫关爱日倡议书",
        date="2025-06-28",
        notes="an HTML WeChat mirror: account card, 原创/合集 tags, a reward button, 阅读原文, 在看 row; 发表于 line as the date; an 分享 sentence of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>国际癫痫关爱日倡议书</title></head><body>
<div class="mirror">⟦m 公号文摘　收录优质公众号文章⟧</div>
<h2>⟦t 国际癫痫关爱日倡议书⟧</h2>
<div class="meta">⟦m 原创　澜州市抗癫痫协会　2025年6月28日 08:30⟧</div>
<div class="tag">⟦l 收录于合集 #关爱日 6个⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 阅读 1206　分享　在看 33⟧</div>
<div class="card">⟦a 长按识别二维码关注公众号⟧</div>
</body></html>
""",
        body="""
6月28日是国际癫痫关爱日。我国有近千万癫痫患者，他们中的大多数经过规范治疗可以像正常人一样学习和工作。
为此，澜州市抗癫痫协会向全社会倡议：
一、正确认识癫痫，不歧视、不排斥癫痫患者，在入学、就业中给予平等机会。
二、学习发作时的正确处置方法：让患者侧卧，移开周围硬物，不往嘴里塞东西，记录发作时间。
三、请把这份倡议分享给身边的人，让更多人了解癫痫、关爱患者。
澜州市抗癫痫协会
""",
    ),
    dict(
        slug="edu-mingxi-dyslexia-support-text",
        site="明溪区教育局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jyj.mingxi.example.gov.cn/jyxx/2025/0904/815.html",
        title="明溪区中小学生阅读障碍筛查与支持工作方案",
        record_title="明溪区中小学生阅读障碍筛查与支持工作方案（试行）",
        title_also=["明溪区中小学生阅读障碍筛查与支持工作方案（试行）"],
        date="2025-09-04",
        notes="an education bureau page; a version suffix in the record title also accepted; decimal headings; a 下载附件 control and the document's own 附件 line; date under the signature",
        page="""
!m 明溪区教育局 · 教育信息
!m 首页 > 通知公告 > 基础教育
{T}
!m 来源：基础教育科　　浏览 442
{BODY}
!a 附件下载：阅读障碍筛查量表.xlsx
!l 上一条：关于做好秋季学期开学工作的通知
!m 明溪区教育局主办　　闽ICP备0612298号
""",
        body="""
1 工作目标
建立小学低年级学生阅读障碍早期筛查机制，为疑似学生提供及时、专业的支持。
2 工作内容
2.1 开展筛查。每学年第一学期，由语文教师对一、二年级学生进行初筛，疑似学生转介区特殊教育资源中心复评。
2.2 个别支持。对确认存在阅读障碍的学生，制定个别化支持计划，每周安排不少于两课时的辅导。
2.3 教师培训。全年组织语文教师专题培训两期。
附件：阅读障碍筛查量表
明溪区教育局
2025年9月4日
""",
    ),
    dict(
        slug="blog-stutter-recovery-text",
        site="慢慢说·口吃矫正日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://manmanshuo.example.blog.cn/2025/03/12/speak-slowly",
        title="矫正口吃一年的心得",
        record_title="矫正口吃一年的心得 - 慢慢说",
        date="2025-03-12",
        notes="a personal blog in text: post date line, categories, a follow prompt, prev/next posts, a comments count; the title repeated twice",
        page="""
!m 慢慢说 —— 一个口吃者的矫正日记
!t 矫正口吃一年的心得 - 慢慢说
!m 2025-03-12 · 分类：心得 · 2条评论
!t 矫正口吃一年的心得
{BODY}
!a 喜欢这篇文章？点个关注，一起慢慢说。
!l ← 第一次在公司开会发言　｜　口吃与焦虑的关系 →
""",
        body="""
去年三月，我在市康复中心报名参加了成人口吃矫正课程，到今天正好一年。
刚开始的时候，老师让我们练习慢速说话，每个字拉长半拍，我觉得像在念经，很不好意思。
后来慢慢发现，只要不急着把话说完，卡壳的次数真的少了。
现在我可以在部门例会上发言三分钟，虽然偶尔还会重复，但已经不再害怕开口。
想对同样口吃的朋友说：说话慢一点没关系，重要的是愿意说。
""",
    ),
    dict(
        slug="print-hexi-child-anaemia-screening",
        site="河西区妇幼保健院 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hxfy.example.cn/print.aspx?id=3302",
        title="关于开展学龄前儿童贫血筛查的通知",
        record_title="关于开展学龄前儿童贫血筛查的通知",
        date="2025-10-15",
        notes="a print view: a print stamp (not a date), the page URL and a page count footer of the browser; 发布日期 as date; a data table and the notice's own 联系人 kept",
        page="""
!m 河西区妇幼保健院 — 打印页面
!m http://www.hxfy.example.cn/print.aspx?id=3302
{T}
!m 发布日期：2025-10-15　科室：儿童保健科
{BODY}
!a [打印]　[关闭本页]
!m 打印时间：2025/11/02 09:33　　第 1 页 / 共 1 页
""",
        body="""
各幼儿园：
为及早发现和干预儿童缺铁性贫血，我院将于10月下旬至11月底对辖区幼儿园在园儿童开展贫血筛查。
筛查安排如下：
日期　幼儿园　人数
10月27日　河西第一幼儿园　312
10月29日　春晖幼儿园　188
11月3日　小太阳幼儿园　205
请各园提前通知家长，筛查当天幼儿正常早餐。
联系人：儿童保健科 万静，电话：0539-8317220。
""",
    ),
    dict(
        slug="news-beiqiao-skin-bank-text",
        site="北峤在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.beiqiaozx.example.com/sh/20250419/112087.shtml",
        title="我市首个皮肤库在市烧伤中心建成启用",
        record_title="我市首个皮肤库在市烧伤中心建成启用",
        date="2025-04-19",
        notes="a news portal in text: channel line, 来源/作者/时间, an ad line between paragraphs, an editor line and a 'more news' list; the title glued after the channel name",
        page="""
!m 北峤在线 | 社会新闻⟦t 我市首个皮肤库在市烧伤中心建成启用⟧
!m 2025-04-19 16:08　来源：北峤晚报　作者：宋蔚
{BODY}
!m （编辑：胡一凡）
!l 更多新闻：北峤地铁三号线首批列车到达 ｜ 市区新增十处口袋公园
""",
        body="""
4月18日，市烧伤中心皮肤库正式建成启用，这是我市首个用于储存同种异体皮肤的组织库。
据介绍，大面积烧伤患者自体皮源不足，需要用异体皮肤临时覆盖创面，以减少感染、赢得救治时间。
⟦m 广告⟧
皮肤库采用深低温冷冻保存技术，皮肤在零下八十摄氏度可保存五年。
中心负责人表示，皮肤来源于自愿捐献，将严格按照伦理审查和知情同意程序开展工作。
""",
    ),
    dict(
        slug="mail-shengzhi-fertility-forward",
        site="forwarded mail, 南屏市妇幼保健院生殖中心 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:ivf-office@npfy.example.cn?msg=20250226",
        title="关于调整辅助生殖门诊预约方式的通知",
        record_title="Fw: 关于调整辅助生殖门诊预约方式的通知",
        date="2025-02-26",
        notes="a forwarded mail: mail headers (发件人/收件人/时间/主题), a forward line, the mail client's signature and disclaimer; the notice's own 咨询电话 and 附件 kept",
        page="""
!m 发件人：生殖中心办公室 <ivf-office@npfy.example.cn>
!m 收件人：全院各科室
!m 发送时间：2025年2月26日 星期三 10:12
!t 主题：Fw: 关于调整辅助生殖门诊预约方式的通知
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及其附件可能含有保密信息，如您误收，请立即删除。
!m 发自我的手机邮箱
""",
        body="""
各科室：
为减少患者排队等候，自3月3日起，生殖中心辅助生殖门诊实行全号源预约，现场不再放号。
患者可通过医院微信服务号、自助机或电话预约，初诊患者需夫妻双方同时预约。
请各科室将本通知转告有需要的患者。
咨询电话：0596-2275031。
附件：生殖中心门诊预约流程图
南屏市妇幼保健院生殖中心
2025年2月26日
""",
    ),
    dict(
        slug="forum-xunqin-missing-person-html-junk",
        site="寻亲之家论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://bbs.xunqinjia.example.org/thread-5531-1-1.html",
        title="寻人志愿队2024年工作总结",
        record_title="寻人志愿队2024年工作总结",
        date="2025-01-05",
        notes="a Discuz-like forum in HTML with jammer fonts; floor meta, a user card, signature, rating row; the date from the 发表于 line",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>寻人志愿队2024年工作总结 - 寻亲之家论坛</title></head><body>
<div id="hd">⟦m 寻亲之家论坛⟧ ⟦a 登录　立即注册⟧</div>
<div id="pt">⟦m 寻亲之家 › 志愿者之家 › 工作交流⟧</div>
<table><tr><td class="pls">⟦m 星光志愿者　帖子 411　积分 2907⟧</td><td class="plc">
<h1>⟦t 寻人志愿队2024年工作总结⟧</h1>
<div class="authi">⟦m 发表于 2025-1-5 21:17⟧ ⟦l 只看该作者　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：你若走失，我们一直在找。⟧</div>
<div class="pob">⟦l 评分　收藏　分享　回复　举报⟧</div>
</td></tr></table>
<div id="ft">⟦m Powered by Discuz! X3.4　寻亲之家论坛⟧</div>
</body></html>
""",
        body="""
2024年，寻人志愿队在各级公安机关和民政部门的指导下，共接到走失人员求助信息二百一十七条。
全年协助找回走失人员一百九十六人，其中老年人一百三十二人，未成年人三十一人，精神障碍患者三十三人。
志愿队新增注册队员六十八名，开展搜寻技能培训四期，配备热成像无人机两架。
新的一年，我们将继续与救助站、社区加强联动，提高黄金二十四小时内的找回率。
""",
    ),
    dict(
        slug="netdisk-railway-lost-found-rules",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://pan.yunxia.example.com/s/1kQp7Yd",
        title="火车站失物招领管理办法",
        record_title="火车站失物招领管理办法.wps",
        date=None,
        notes="a cloud-drive share page: share owner, expiry, file size, save/download buttons, a 'client required for big files' prompt; a file-name title; 第N条 articles; no date",
        page="""
!m 云匣网盘 | 文件分享
!m 分享者：站务科小周　　分享时间：2天前　　有效期：永久有效
!t 火车站失物招领管理办法.wps
!m 文件大小：24.6KB
!a 保存到我的网盘　　下载（需安装云匣客户端）
{BODY}
!a 在线预览仅显示前5页，完整内容请下载后查看
!d 请勿分享违法违规内容，举报请点击此处
""",
        body="""
第一条　为规范火车站遗失物品的收集、保管和认领工作，制定本办法。
第二条　站内工作人员拾得遗失物品，应当在两小时内交站务科登记，不得私自保管。
第三条　遗失物品按贵重物品、证件、一般物品分类保管，贵重物品入保险柜保存。
第四条　失主认领时须出示有效身份证件，准确说明物品特征，经核对无误后签字领取。
第五条　遗失物品保管期满六个月无人认领的，按有关规定移交公安机关处理。
""",
    ),
    dict(
        slug="oa-yunhai-annuity-html-intranet",
        site="云海集团企业门户 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://portal.yunhai-grp.example.com/hr/notice/2025-013",
        title="关于调整企业年金缴费比例的通知",
        record_title="关于调整企业年金缴费比例的通知",
        date="2025-03-31",
        notes="an intranet portal: user greeting, to-do count, a document info table (文号, 密级), a 已读/未读 list, 相关流程 links; a document number neutral; 抄送 kept; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>云海集团企业门户 - 通知公告</title></head><body>
<div class="hdr">⟦m 云海集团企业门户⟧ ⟦m 您好，孟凡 ｜ 待办(4) ｜ 退出⟧</div>
<div class="menu">⟦l 门户首页 | 通知公告 | 流程中心 | 知识库 | 通讯录⟧</div>
<table class="docinfo"><tr><td>⟦m 发文部门：人力资源部⟧</td><td>⟦m 密级：内部公开⟧</td><td>⟦m 阅读：1536⟧</td></tr></table>
<h2>⟦t 关于调整企业年金缴费比例的通知⟧</h2>
<p class="docno">云海人〔2025〕8号</p>
{BODY}
<div class="read">⟦l 已读人员(1536)　未读人员(212)⟧</div>
<div class="flow">⟦l 相关流程：年金个人信息变更申请 | 离职年金转移申请⟧</div>
<div class="ft">⟦d 云海集团信息中心 内部系统 请勿外传⟧</div>
</body></html>
""",
        body="""
集团各部门、各子公司：
经集团职工代表大会审议通过，并报企业年金计划管理部门备案，自2025年4月起调整企业年金缴费比例。
一、企业缴费比例由工资总额的百分之五调整为百分之六，职工个人缴费比例保持百分之二不变。
二、企业缴费中分配至职工个人账户的部分，按职工本人缴费基数分配，最高不超过平均额的五倍。
三、各单位人力资源部门要做好政策解释工作。
云海集团有限公司
2025年3月31日
抄送：集团工会，财务部。
""",
    ),
]
