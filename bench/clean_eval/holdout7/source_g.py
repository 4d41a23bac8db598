"""Holdout7 cases, part G: new sites of the older kinds and of the kinds issue 13 lists —
forums with anti-scraping junk, blogs, WeChat mirrors with 文末 prompts in new words, a
hospital, a tendering portal, a law firm, a training school, a cloud-drive share, a
forwarded mail, a Q&A community, a school site and a university college. Invented text; see
../README.md and ../build.py. Styles are the build's labels nearest to each kind of site."""

CASES = [
    dict(
        slug="forum-xiaocheng-summary-junk-floors",
        site="小城故事论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://bbs.xcgs.example.com/t-55120-1.html",
        title="村级后备干部培养工作总结",
        record_title="[原创] 村级后备干部培养工作总结 - 材料写作 - 小城故事论坛",
        date="2025-01-03",
        record_date="2025-01-03",
        notes="a forum thread: anti-scraping junk glued after 。 and on lines of its own, 楼主 badge, 积分/金币 line, a 本帖隐藏内容 prompt and replies (地板, 支持楼主)",
        junk=dict(lines=2, glued=3),
        page="""
!m 小城故事论坛 » 材料写作 » 浏览帖子
!t [原创] 村级后备干部培养工作总结
!m 楼主　乡下笔头　金币 3360　注册 2019-4-2　发表于 2025-1-3 20:41
{BODY}
!a 【本帖隐藏内容需回复可见】
!l 沙发　快乐老农：好文，支持楼主
!l 地板　小镇青年：学习了，正好要写这个
""",
        body="""
2024年，镇党委把村级后备干部培养作为夯实基层基础的重要抓手，着力解决村级班子后继乏人问题。
一是广泛选苗。从致富能手、退役军人、返乡大学生中选拔村级后备干部八十六名，平均年龄三十四岁。
二是精心育苗。实行“一对一”导师帮带，每名后备干部由一名村党组织书记或镇干部结对培养，全年集中培训四期。
三是大胆用苗。将后备干部安排到村务监督、网格管理等岗位实践锻炼，年内有十二名后备干部进入村“两委”班子。
下一步，镇党委将建立后备干部动态管理机制，确保每个村有两名以上合格后备干部。
""",
    ),
    dict(
        slug="forum-html-discuz-like-speech-hidden",
        site="江城人家论坛 (invented)",
        style="地方论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://bbs.jcrenjia.example.com/forum.php?mod=viewthread&tid=88314",
        title="在社区邻里节开幕式上的致辞",
        record_title="在社区邻里节开幕式上的致辞 - 社区生活 - 江城人家论坛",
        date="2025-05-25",
        notes="HTML forum: jammer spans with junk inside the post, a 电梯直达 box, a 楼主 stats cell, 回复/收藏/分享 buttons, a 手机版 and Powered line in the footer",
        junk=dict(lines=1, glued=3),
        p_html="{}<br />",
        page="""
<html><head><meta charset="utf-8"><title>在社区邻里节开幕式上的致辞 - 社区生活 - 江城人家论坛</title></head><body>
<div id="top">⟦m 江城人家论坛 — 江城人自己的网上家园⟧</div>
<div id="nv">⟦m 江城人家论坛 › 社区生活 › 在社区邻里节开幕式上的致辞⟧</div>
<table><tr><td class="pls">⟦m 楼主　东湖居委会　主题 12 帖子 57⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 2025-5-25 10:12⟧ ⟦l 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="po">⟦a 回复　收藏　分享　支持 6　反对 0⟧</div>
<div id="ft">⟦m 手机版｜Archiver｜江城人家论坛 Powered by Xforum⟧</div>
</body></html>
""",
        body="""
各位居民朋友们：
大家上午好！今天，我们东湖社区第三届邻里节正式开幕了。
远亲不如近邻。这些年，社区里涌现出了一大批邻里互助的好故事，有帮独居老人买菜的年轻人，有义务为孩子辅导功课的退休教师。
本届邻里节将持续一周，安排了百家宴、跳蚤市场、亲子运动会等活动，欢迎大家踊跃参加。
最后，预祝本届邻里节圆满成功，祝大家身体健康、家庭幸福！
""",
    ),
    dict(
        slug="blog-lanting-report-categories-archive",
        site="兰亭听雨的博客 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://lantingtingyu.blog.example.com/archives/2025/03/17/2291.html",
        title="关于城郊村闲置农房盘活利用的调查",
        record_title="关于城郊村闲置农房盘活利用的调查 — 兰亭听雨的博客",
        date="2025-03-17",
        notes="a personal blog: 分类/标签 line, an 归档 list and a 友情链接 row, a 本文共 N 字 line, the author's own 注 at the end kept; 阅读更多 and RSS prompt",
        page="""
!m 兰亭听雨的博客 — 在基层，写基层
!t 关于城郊村闲置农房盘活利用的调查 — 兰亭听雨的博客
!m 2025年3月17日　分类：调查研究　标签：农房 乡村振兴　本文共 520 字
{BODY}
!l 文章归档：2025年3月（4）　2025年2月（2）　2025年1月（5）
!l 友情链接：基层札记 | 乡土笔记 | 田野调查手记
!a 订阅本站 RSS
""",
        body="""
城郊村闲置农房多，盘活利用潜力大。春节前后，我走访了城关镇五个城郊村，对闲置农房情况作了一些调查。
五个村共有农房一千三百余栋，长期闲置的二百一十六栋，闲置率约百分之十六，其中一半以上是进城落户家庭的老房子。
目前盘活的方式主要有三种：出租给城区务工人员居住，改造成民宿和农家乐，由村集体统一流转后招商。
调查中也发现一些问题：产权关系复杂，部分农房一户多宅、面积超标；出租缺乏规范合同，纠纷时有发生。
建议由镇里牵头建立闲置农房信息平台，推行统一的租赁合同示范文本，引导村集体经济组织参与盘活。
注：文中数据由村委会提供，截至2025年2月底。
""",
    ),
    dict(
        slug="wechat-mirror-pledge-end-prompts",
        site="微文馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.weiwenguan.example.com/a/9f21c07e.html",
        title="关于禁止燃放烟花爆竹的倡议书",
        record_title="关于禁止燃放烟花爆竹的倡议书",
        date="2025-01-20",
        notes="a WeChat mirror: the account line with 原创 badge and 听全文 control, 文末 prompts in new words (点亮小红心, 星标不迷路), 往期回顾 list, 投稿 mailbox",
        page="""
!m 原创　平安龙湾　龙湾公安　2025年01月20日 17:30　浙江
!a 🎧 听全文　08:12
{BODY}
!l 往期回顾
!l ▶ 龙湾警方破获一起电信诈骗案
!l ▶ 春运出行安全提示
!a 点亮小红心，设为星标不迷路⭐
!w 投稿及线索：longwanga@example.com
!d 文章来源于平安龙湾，转载请联系授权
""",
        body="""
广大市民朋友们：
春节将至，为减少环境污染和火灾隐患，保障群众生命财产安全，根据有关规定，龙湾区城区范围内全年禁止燃放烟花爆竹。
为此，我们倡议：
一、自觉遵守禁放规定，不购买、不燃放烟花爆竹，以文明健康的方式欢度春节。
二、积极劝阻身边的燃放行为，发现违法燃放、销售行为请拨打110举报。
三、从我做起，带动家人和亲友共同营造文明、安全、祥和的节日氛围。
龙湾区公安分局
2025年1月20日
""",
    ),
    dict(
        slug="wechat-mirror-research-html-section",
        site="公号文存 (invented WeChat mirror)",
        style="公众号镜像",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://gongwencun.example.net/s/rk3kq91z",
        title="关于基层减负工作落实情况的调研报告",
        record_title="关于基层减负工作落实情况的调研报告",
        date="2025-08-08",
        record_date="2025-08-08",
        notes="HTML mirror of a WeChat article: section/span paragraphs, the account card (meta), a 预览时标签不可点 line, 微信扫一扫关注 and 阅读/在看 replaced with 喜欢/推荐 words",
        p_html='<section style="margin:0 8px;"><span style="font-size:16px;">{}</span></section>',
        page="""
<html><head><meta charset="utf-8"><title>关于基层减负工作落实情况的调研报告</title></head><body>
<h2>⟦t 关于基层减负工作落实情况的调研报告⟧</h2>
<div class="meta">⟦m 笔耕说　笔耕说编辑部　2025-08-08 21:06⟧</div>
<div class="rich">
{BODY}
</div>
<p class="tip">⟦d 预览时标签不可点⟧</p>
<div class="qr">⟦a 微信扫一扫关注该公众号⟧</div>
<div class="bar">⟦l 喜欢此内容的人还喜欢⟧ ⟦l 推荐 12⟧</div>
</body></html>
""",
        body="""
今年以来，我们围绕整治形式主义为基层减负工作，对三个县区的十二个乡镇开展了专题调研。
从调研情况看，基层发文数量、会议数量明显减少，督查检查考核事项精简三成以上，基层干部普遍感到负担有所减轻。
但也存在一些隐形变异问题：有的部门以工作群、政务APP代替发文，要求基层频繁填报、截图留痕；有的把“属地管理”变成“甩锅”。
建议建立政务APP和工作群清单管理制度，厘清县乡职责边界，把减负成效纳入部门年度考核。
""",
    ),
    dict(
        slug="hospital-renmin-notice-appointment-bar",
        site="桂阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.gyxrmyy.example.com/yygg/2025/0925/318.html",
        title="关于国庆节期间门诊安排的通知",
        record_title="关于国庆节期间门诊安排的通知-桂阳县人民医院",
        date="2025-09-25",
        record_date="2025-09-25",
        notes="a hospital page: 预约挂号/报告查询/智能导诊 bar, a 急诊 24 小时 hotline line at the top (chrome) and the notice's own 急诊电话 kept, a 就医指南 box and a 医院地址 footer",
        page="""
!a 预约挂号｜报告查询｜智能导诊｜床位预约
!w 急救中心 24小时：0735-4412120
!m 桂阳县人民医院　二级甲等综合医院
!t 关于国庆节期间门诊安排的通知-桂阳县人民医院
!m 医院公告　发布者：医务部　2025-09-25
{BODY}
!l 就医指南：门诊时间｜科室分布｜医保报销
!m 医院地址：桂阳县鹿峰街道欧阳海大道88号
""",
        body="""
广大患者朋友：
根据国家法定节假日安排，结合我院实际，现将2025年国庆节期间门诊安排通知如下。
一、10月1日至3日，内科、外科、妇科、儿科、口腔科开设普通门诊，专家门诊暂停。
二、10月4日至8日，各科室门诊正常开诊。
三、节日期间急诊科、住院部正常运行，急诊电话：0735-4412120。
祝大家节日快乐、身体健康！
桂阳县人民医院
2025年9月25日
""",
    ),
    dict(
        slug="tender-result-notice-table-html",
        site="沅江市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuanjiang.example.gov.cn/jyxx/gcjs/zbgs/2025/0618/2207.html",
        title="沅江市南湖路提质改造工程中标结果公示",
        record_title="沅江市南湖路提质改造工程中标结果公示",
        date="2025-06-18",
        record_date="2025-06-18",
        notes="HTML tendering page: 我要投标 / CA锁办理 row, a 项目编号 meta line, a result table (body rows as paragraphs), the notice's own 招标人/代理机构 contacts kept, 异议 instructions kept",
        page="""
<html><head><meta charset="utf-8"><title>沅江市南湖路提质改造工程中标结果公示</title></head><body>
<div class="top">⟦m 沅江市公共资源交易平台⟧ ⟦a 我要投标 | CA锁办理 | 保证金查询⟧</div>
<div class="crumb">⟦m 交易信息 > 工程建设 > 中标结果公示⟧</div>
<h3>⟦t 沅江市南湖路提质改造工程中标结果公示⟧</h3>
<div class="no">⟦m 项目编号：YJGC-2025-0431　信息时间：2025-06-18⟧</div>
<div class="detail">
{BODY}
</div>
<div class="ft">⟦m 平台服务热线：0737-2218800⟧ ⟦d 本平台信息仅供参考，以纸质文件为准⟧</div>
</body></html>
""",
        body="""
沅江市南湖路提质改造工程已于2025年6月16日在沅江市公共资源交易中心开标、评标，现将中标结果公示如下。
中标人：湘沅路桥建设有限公司
中标价：2368.52万元
工期：240日历天
项目经理：覃国栋
公示期为2025年6月18日至6月20日。投标人对中标结果有异议的，应当在公示期内以书面形式向招标人提出。
招标人：沅江市城市建设投资有限公司　联系电话：0737-2276531
代理机构：湘南工程咨询有限公司　联系电话：0737-2201876
""",
    ),
    dict(
        slug="lawfirm-zhengyi-letter-lawyer-card",
        site="正谊律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="https://www.zhengyilaw.example.com/cases/2025/0411-lsh.html",
        title="律师函",
        record_title="律师函（范本）| 正谊律所",
        date="2025-04-11",
        record_date="2025-04-11",
        notes="a law firm's sample letter: a lawyer card with licence number, a 免费咨询 prompt, a 本范本仅供参考 notice, the letter's own 联系人/电话 and date kept",
        page="""
!m 正谊律师事务所　ZHENGYI LAW FIRM
!m 首页 > 文书范本 > 律师函
!t 律师函（范本）| 正谊律所
!m 撰稿：许慧律师　执业证号：14301202011234567　2025-04-11
{BODY}
!d 本范本仅供参考，具体案件请咨询专业律师。
!w 免费咨询专线 400-660-1180（周一至周六 9:00-18:00）
""",
        body="""
致：湘泰贸易有限公司
正谊律师事务所接受星宇建材有限公司的委托，指派许慧律师就贵司拖欠货款一事致函如下。
根据双方签订的购销合同，我方委托人已于2024年9月向贵司交付建材一批，贵司至今尚欠货款三十八万六千元。
请贵司在收到本函之日起十日内付清上述欠款。逾期未付的，我方委托人将依法提起诉讼，由此产生的一切法律后果由贵司承担。
联系人：许慧律师　电话：0731-8552190
正谊律师事务所
2025年4月11日
""",
    ),
    dict(
        slug="training-school-speech-course-ads",
        site="博远教育 (invented training school)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.boyuanjy.example.com/gwxz/2025/0520/1901.html",
        title="在新入职教师培训班开班仪式上的讲话",
        record_title="在新入职教师培训班开班仪式上的讲话（教师招聘面试参考）",
        date=None,
        notes="a training school: 面试班报名 banner, a 课程顾问 box with 微信, a 资料包 giveaway glued after a paragraph, a 学员好评 list",
        page="""
!a 🔥2025教师招聘面试班火热报名中，立减300元
!m 博远教育 · 教师招聘频道
!t 在新入职教师培训班开班仪式上的讲话（教师招聘面试参考）
{BODY}
!w 添加课程顾问微信 byjy2025，获取一对一备考规划
!l 学员好评：“跟着老师练了两周，面试拿了89分！”——小陈
""",
        body="""
各位新入职的老师们：
欢迎大家加入我县教师队伍！从今天起，你们就有了一个光荣的称号——人民教师。
教师是一份平凡而神圣的职业。希望大家尽快完成从学生到教师的角色转变，向老教师学习，在课堂上磨练本领。⟦w 【回复“讲话”领取开班讲话模板资料包】⟧
同时，希望大家关爱每一个学生，特别是留守儿童和学习困难的学生，用爱心和耐心点亮他们的成长之路。
祝大家在新的岗位上工作顺利，早日成长为学生喜爱、家长满意的好老师！
""",
    ),
    dict(
        slug="netdisk-share-summary-file-list",
        site="蓝鲸云盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.lanjing.example.com/s/8kQpz3",
        title="2025年上半年信访工作总结",
        record_title="2025年上半年信访工作总结.docx",
        date="2025-07-02",
        notes="a cloud-drive share: a folder path and a file list with sizes (list), 保存到网盘 / 下载 / 举报 actions, a 链接有效期 line, the summary's 成文日期 at its end",
        page="""
!m 蓝鲸云盘　分享者：信访办小刘　链接有效期：7天
!l 全部文件 > 2025材料 > 总结
!l 2025年上半年信访工作总结.docx　31.5KB
!l 2025年信访工作要点.docx　22.0KB
!a 保存到网盘　下载　举报
!t 2025年上半年信访工作总结.docx
{BODY}
!a 在线预览仅显示前3页，下载后查看完整文档
""",
        body="""
今年上半年，县信访局坚持和发展新时代“枫桥经验”，推动信访工作法治化，全县信访形势总体平稳。
一、信访总量下降。上半年全县受理群众来信来访和网上信访六百一十二件次，同比下降百分之十三。
二、积案化解有力。开展信访积案化解攻坚，四十七件重复信访积案已化解四十一件。
三、源头治理加强。推行领导干部下访接访，县级领导接访一百零二批次，现场解决问题六十八个。
县信访局
2025年7月2日
""",
    ),
    dict(
        slug="mail-forward-notice-headers",
        site="政务邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:bgs@nanyue.example.gov.cn#fwd-20250306",
        title="关于报送2025年第一季度重点项目进展情况的通知",
        record_title="转发：关于报送2025年第一季度重点项目进展情况的通知",
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="a forwarded mail: 发件人/收件人/时间/主题 header lines (meta), a forwarding note, a ------ 原始邮件 ------ separator, a mail-client signature and 发自手机 line; the notice's own 附件 and 联系人 kept",
        page="""
!m 发件人：县发改局办公室<fgjbgs@nanyue.example.gov.cn>
!m 收件人：各乡镇党政办
!m 时间：2025年3月6日(星期四) 上午9:12
!t 主题：转发：关于报送2025年第一季度重点项目进展情况的通知
!w 各位好，请按附件要求按时报送，收到请回复。——发改局 刘洋
!m ------------------ 原始邮件 ------------------
{BODY}
!m 发自我的政务邮箱手机客户端
!d 本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或单位。
""",
        body="""
各乡镇人民政府，县直有关单位：
为及时掌握全县重点项目建设进展，请各单位于3月25日前报送第一季度重点项目进展情况。
一、报送内容包括项目投资完成情况、形象进度、存在的困难和问题。
二、请通过县重点项目管理平台填报，同时报送纸质材料一份。
联系人：刘洋　电话：0734-5220167
附件：2025年第一季度重点项目进展情况表
南岳县发展和改革局
2025年3月5日
""",
    ),
    dict(
        slug="qa-community-answer-minutes-howto",
        site="问知社区 (invented Q&A)",
        style="问答社区",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.wenzhi.example.com/question/771230/answer/99812",
        title="支部委员会会议纪要",
        record_title="支部委员会会议纪要怎么写？有没有范例？ - 问知社区",
        title_also=["支部委员会会议纪要怎么写？有没有范例？"],
        date="2025-02-14",
        notes="a Q&A page: the question as the page title, a 关注问题 / 写回答 row, an answerer card, 赞同 count, 发布于 line and 评论 count, a 被收藏 line; the model minutes as the body",
        page="""
!m 问知社区 — 有问题，上问知
!t 支部委员会会议纪要怎么写？有没有范例？ - 问知社区
!a 关注问题　✎写回答　邀请回答
!m 党务小百科　党支部书记，从事党务工作八年
!m 1,206 人赞同了该回答
!l 给你一个我们支部的范例：
{BODY}
!m 发布于 2025-02-14 21:30 · IP 属地湖南
!l ▲ 赞同 1206　💬 88 条评论　⭐ 收藏　❤ 喜欢
""",
        body="""
时间：2月12日下午
地点：支部活动室
主持：支部书记　汪丽
出席：支部委员五人
会议研究了以下事项：
一、讨论确定了2025年支部工作计划和党员学习计划。
二、研究同意将李晓明同志列为入党积极分子。
三、研究了3月主题党日活动安排，决定开展“学雷锋”志愿服务。
记录：曹敏
""",
    ),
    dict(
        slug="school-site-plan-html-sidebar-calendar",
        site="长岭中学 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.clzx.example.edu.cn/jwgl/2025/0901/210.html",
        title="长岭中学2025年秋季学期课后服务工作方案",
        record_title="长岭中学2025年秋季学期课后服务工作方案",
        date="2025-09-01",
        record_date="2025-09-01",
        notes="HTML school page: 校历 calendar widget and 校园风光 gallery in the sidebar, a 数字校园 login, the plan's own 时间安排 table rows kept",
        page="""
<html><head><meta charset="utf-8"><title>长岭中学2025年秋季学期课后服务工作方案</title></head><body>
<div class="hd">⟦m 长岭中学　厚德 博学 笃行⟧ ⟦a 数字校园登录⟧</div>
<div class="pos">⟦m 首页 >> 教务管理⟧</div>
<h2>⟦t 长岭中学2025年秋季学期课后服务工作方案⟧</h2>
<div class="info">⟦m 发布人：教务处　2025-09-01　访问量：862⟧</div>
<div class="content">
{BODY}
</div>
<div class="side"><p>⟦l 校历 2025年9月 一 二 三 四 五 六 日⟧</p><p>⟦l 校园风光 ▷⟧</p></div>
</body></html>
""",
        body="""
为落实“双减”要求，满足学生多样化学习需求，结合我校实际，制定本方案。
一、服务对象：全校七至九年级学生，家长自愿申请。
二、服务内容：作业辅导、阅读、科技、体育和艺术社团活动。
三、时间安排：
星期一至星期四　17:10—18:40
星期五　16:30—17:30
四、工作要求：各年级组要安排教师轮流值守，做好学生考勤和安全管理，严禁利用课后服务集体补课。
""",
    ),
    dict(
        slug="college-news-university-breadcrumb-only",
        site="湘南师范学院文学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://wxy.xnsf.example.edu.cn/info/1031/5521.htm",
        title="文学院举办“乡土中国与当代写作”学术讲座",
        record_title=None,
        date="2025-11-06",
        notes="no record title; the title only in the breadcrumb and repeated once; 审核/撰稿/摄影 line, 点击数 with a script placeholder, a college footer with 邮编",
        page="""
!m 湘南师范学院文学院
!m 当前位置：首页 >> 学院新闻 >> 文学院举办“乡土中国与当代写作”学术讲座
{T}
!m 撰稿：罗婧　摄影：覃思远　审核：王立新　发布时间：2025-11-06　点击数：[加载中]
{BODY}
!m 地址：湘南市岳麓路17号湘南师范学院　邮编：421008
""",
        body="""
11月5日晚，应文学院邀请，作家、评论家李青山在学术报告厅作了题为“乡土中国与当代写作”的学术讲座，二百余名师生聆听了讲座。
李青山从费孝通的《乡土中国》谈起，结合自己的创作经历，分析了乡土文学在城镇化进程中的变化与新的可能。
讲座结束后，李青山与师生进行了互动交流，并为学生的习作提出了修改意见。
""",
    ),
]
