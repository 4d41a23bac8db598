"""holdout55, part F: 邮件转发 and more of the older kinds — a forwarded port notice, a
sign-language association's mail reply chain, a wrapped radio-office notice cut by markers,
a 范文 hot-spring speech cut by glued markers, a 文库 homestay report, a news portal's esports
story, a one-line cricket-club summary and a WeChat mirror of a bookbinding class. Invented text."""

CASES = [
    dict(
        slug="mail-koan-forward-text",
        site="榆湾口岸办邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:forward-20250905@yuwan-port.example.cn",
        title="关于做好中秋国庆假期口岸通关保障工作的通知",
        record_title="Fwd: 关于做好中秋国庆假期口岸通关保障工作的通知",
        date="2025-09-05",
        notes="forwarded mail headers; mail's own 附件 header; the document's 附件 list kept; send date equals the document date",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：口岸办综合科 <zhk@yuwan-port.example.cn>
!m 发送时间：2025年9月5日 星期五 16:22
!m 收件人：各查验单位联络员
!m 主题：Fwd: 关于做好中秋国庆假期口岸通关保障工作的通知
!m 附件：通关保障值班表.xlsx（18KB）
{T}
{BODY}
!d 此邮件及附件仅供收件人使用，如误收请立即删除
!m 发自我的手机邮箱
""",
        body="""
各口岸查验单位：
中秋、国庆假期即将到来，预计出入境客流将明显增加。为确保口岸通关顺畅，现就有关事项通知如下：
一、各单位要于9月26日前报送假期值班表。
二、旅检现场高峰时段全部通道开放。
三、遇突发情况第一时间报告口岸办值班室，电话：0779-2290000。
附件：通关保障值班表
榆湾市人民政府口岸办公室
2025年9月5日
""",
    ),
    dict(
        slug="mail-shouyu-request-html-chain",
        site="椒川手语协会邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.example-jcsy.org/read?mid=ZC20251018",
        title="关于申请手语公益课程场地支持的请示",
        record_title="答复：Re: 关于申请手语公益课程场地支持的请示.docx",
        date="2025-10-16",
        notes="webmail reply chain: replies above the forwarded document; document date expected, mail dates also given (not accepted since the request is dated)",
        page="""
<html><head><title>答复：Re: 关于申请手语公益课程场地支持的请示.docx</title></head><body>
<div class="mbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="hdr">⟦m 发件人：市残联康复部　时间：2025-10-18 10:03⟧</div>
<div class="reply">⟦m 已收到，场地可以安排在服务中心二楼，请与我部联系。⟧</div>
<div class="hdr">⟦m -----原始邮件----- 发件人：椒川市手语协会　时间：2025-10-16 17:40⟧</div>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦m 椒川市手语协会秘书处　电话 0731-8550622⟧</div></body></html>
""",
        body="""
市残疾人联合会：
为推广国家通用手语，我会计划于11月至12月面向社区居民开设手语公益课程十二期。
目前课程缺少固定场地，恳请市残联在市残疾人综合服务中心安排一间教室，每周使用两个晚上。
妥否，请批示。
椒川市手语协会
2025年10月16日
""",
    ),
    dict(
        slug="gov-wuxiandian-notice-wrapped-markers",
        site="桤源县工业和信息化局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://gxj.qiyuan.example.gov.cn/tzgg/2025/0512/903.html",
        title="关于开展业余无线电台执照核查的通知",
        record_title=None,
        date="2025-05-12",
        notes="no record title; hard-wrapped at 58 columns and cut by markers ‹N› between wrapped lines; Chinese-numeral date",
        wrap=58,
        indent="　　",
        pages=dict(fmt="‹{n}›", every=120, start=2),
        page="""
!m 桤源县工业和信息化局
!m 网站首页 ▸ 通知公告
关于开展业余无线电台执照核查的通知
!m 信息来源：本站　字号：[大][中][小]
{BODY}
!a 【关闭本页】
""",
        body="""
各业余无线电台设台人：
为加强业余无线电台管理，根据上级部署，我局决定于2025年5月至6月对全县业余无线电台执照进行核查。
请设台人于6月15日前携带电台执照、操作证书和身份证件到县政务服务中心工信窗口核查登记。逾期未核查的，将依法注销电台执照。
核查期间，请设台人遵守业余业务频率使用规定，不得利用业余电台从事与业余业务无关的活动。
咨询电话：0745-7316520。
桤源县工业和信息化局
二〇二五年五月十二日
""",
    ),
    dict(
        slug="fanwen-wenquan-speech-glued-markers",
        site="好材料范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.haocailiao.example.cn/jh/91523.html",
        title="在温泉文化旅游节开幕式上的致辞",
        record_title="【精选】在温泉文化旅游节开幕式上的致辞（通用5篇）_好材料范文网",
        date=None,
        notes="decorated record; markers 〖N〗 glued at line starts (mix) cutting sentences; no date (the speech has none; 今天 is no date)",
        pages=dict(fmt="〖{n}〗", every=90, start=2, glue="mix"),
        page="""
!m 好材料范文网　>　致辞　>　开幕致辞
!t 【精选】在温泉文化旅游节开幕式上的致辞（通用5篇）
!a 一键复制全文　下载DOC
{BODY}
!l 本文共5篇，下一篇：在温泉小镇招商推介会上的致辞
!w 写作遇到难题？专业写手 QQ 1590237714
""",
        body="""
尊敬的各位来宾，朋友们：
金秋送爽，汤香四溢。今天，第五届温泉文化旅游节在这里隆重开幕。我代表镇党委、镇政府，向远道而来的各位嘉宾表示热烈欢迎！
温泉是大自然给我们的馈赠。多年来，我们坚持保护优先、合理开发，让温泉资源惠及更多群众。
本届旅游节将举办温泉养生论坛、民俗表演和农特产品展销等活动，欢迎大家多走走、多看看。
最后，预祝本届旅游节圆满成功！
""",
    ),
    dict(
        slug="wenku-minsu-report-html-pages",
        site="慧读文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.huidu.example.com/view/b71c09e2.html",
        title="关于我县民宿业发展情况的调研报告",
        record_title="关于我县民宿业发展情况的调研报告_慧读文库",
        date="2025-07-25",
        notes="文库 reader with page markers as paragraphs, VIP prompt, related docs; 成文日期",
        pages=dict(fmt="第 {n} 页", every=120, start=2),
        page="""
<html><head><title>关于我县民宿业发展情况的调研报告_慧读文库</title></head><body>
<div class="top">⟦m 慧读文库⟧ ⟦a 开通VIP 免费下载千万文档⟧</div>
<div class="path">⟦m 慧读文库 › 党政 › 调研报告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 5页　4.6分　3,027人阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 阅读已结束，下载本文需要使用 5 下载券⟧</div>
<div class="rel">⟦l 相关文档：乡村旅游调研报告　民宿管理办法解读⟧</div>
<div class="ft">⟦d 本文档由用户上传，慧读文库仅提供存储服务⟧</div></body></html>
""",
        body="""
为摸清全县民宿业发展现状，县政协组织部分委员于6月至7月开展了专题调研。
一、基本情况。全县现有民宿二百一十四家，床位三千二百张，去年接待游客四十八万人次。
二、存在问题。一是同质化严重，特色不鲜明；二是部分民宿消防设施不达标；三是专业人才缺乏。
三、对策建议。建议制定民宿分级评定办法，设立民宿发展专项资金，加强从业人员培训。
县政协调研组
2025年7月25日
""",
    ),
    dict(
        slug="news-dianjing-news-html-portal",
        site="楮山融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chushanrm.example.cn/content/2025-10/31/c_20331.html",
        title="楮山举办首届高校电竞联赛",
        record_title="楮山举办首届高校电竞联赛_楮山融媒",
        date="2025-10-31",
        record_date="2025-10-31",
        notes="county media portal; 发布时间 byline; video prompt between paragraphs; editor/reviewer line",
        page="""
<html><head><title>楮山举办首届高校电竞联赛_楮山融媒</title></head><body>
<div class="hd">⟦m 楮山融媒　楮山县融媒体中心⟧ ⟦m 要闻 时政 社会 文旅 视频 专题⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-10-31 18:06　来源：楮山融媒　记者：金雨桐⟧</div>
{BODY}
<div class="ed">⟦m 编辑：韩露　审核：程铭　终审：石岩⟧</div>
<div class="share">⟦l 分享到：微信 朋友圈 微博⟧</div>
<div class="ft">⟦m 楮山县融媒体中心版权所有　互联网新闻信息服务许可证号（示例）⟧</div></body></html>
""",
        body="""
10月30日，楮山县首届高校电竞联赛在县体育馆开幕，来自县内三所高校的十六支队伍参赛。
⟦a 点击观看开幕式视频⟧
联赛为期一周，比赛全程实行实名登记，每天比赛时长不超过四小时。
赛事主办方还设置了电竞职业规划讲座，邀请行业从业者与学生交流。
""",
    ),
    dict(
        slug="forum-xishuai-summary-oneline",
        site="桤源虫友会 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://chongyou.qiyuan.example.net/viewtopic.php?t=5518",
        title="桤源虫友会2025年活动总结",
        record_title="桤源虫友会2025年活动总结 - 会务公告 - 桤源虫友会",
        date="2025-11-30",
        notes="one-line body on a small forum; post time line; reply floors; 成文日期 inside the one line",
        oneline=True,
        indent="　　",
        page="""
!m 桤源虫友会 › 会务公告
!t 桤源虫友会2025年活动总结
!m 作者：会长老晏 » 2025-11-30 20:41
{BODY}
!l 回复：赞一个，明年还来　—— 小蝈蝈
!a 发表回复　返回列表
""",
        body="""
今年虫友会共举办鸣唱品鉴会三次、饲养交流会五次，新入会虫友四十二人。
九月的品鉴会首次取消打斗项目，得到了大多数虫友的支持。
明年会里计划编印一本秋虫饲养手册，免费发给会员。
桤源虫友会
2025年11月30日
""",
    ),
    dict(
        slug="wechat-zhuangzhen-plan-html-mirror",
        site="文博号镜像 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wb.mirror-wx.example.com/mp/s/xk29LpQ0",
        title="楮山县图书馆古籍修复体验课活动方案",
        record_title="楮山县图书馆古籍修复体验课活动方案",
        date="2025-07-08",
        notes="WeChat mirror of a library account: 原创 tag, account line with date, 写留言 box, follow QR; the plan's own 扫码报名 sentence kept",
        page="""
<html><head><title>楮山县图书馆古籍修复体验课活动方案</title></head><body>
<div class="mirror">⟦m 文博号镜像 · 收录文博类公众号文章⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 原创　楮山县图书馆　2025-07-08 17:00⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按关注「楮山县图书馆」，阅读更多⟧</div>
<div class="tool">⟦l 赞 36　在看 12　写留言⟧</div></body></html>
""",
        body="""
为让青少年了解古籍修复技艺，县图书馆将在暑假开设古籍修复体验课。
一、活动时间：7月15日至8月15日，每周六上午。
二、活动对象：全县十至十五岁青少年，每期限十五人。
三、活动内容：认识线装书、体验补书页和穿线装订。
四、报名方式：扫描海报二维码报名，额满即止。
""",
    ),
]
