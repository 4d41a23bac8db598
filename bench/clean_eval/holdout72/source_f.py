"""holdout72, part F: forwarded mails — a surf club's safety notice forwarded by a county
sports bureau (a wrapped text cut by page markers) and a Chinese-knotting workshop's
request forwarded in a webmail reader. Invented text."""

CASES = [
    dict(
        slug="mail-chonglang-notice-wrapped-markers",
        site="蔹湾县文体局邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://wtj.lianwan.example.gov.cn/inbox/20250702-0931",
        title="关于加强暑期冲浪活动安全管理的通知",
        record_title="转发：关于加强暑期冲浪活动安全管理的通知.pdf",
        title_in="file-name",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="a forwarded mail: 发件人/收件人/发送时间 headers, the mail's own 附件 header next to the document's 附件 list (kept); a PDF text wrapped at 66 columns and cut by ⟐N⟐ markers glued or not; the send date also accepted",
        wrap=66,
        pages=dict(fmt="⟐{n}⟐", every=160, start=2, glue="mix"),
        page="""
!t 转发：关于加强暑期冲浪活动安全管理的通知.pdf
!m 发件人：县文体局办公室 <bgs@wtj.lianwan.example.gov.cn>
!m 收件人：各乡镇文化站；海岸冲浪俱乐部
!m 发送时间：2025年7月2日（星期三）上午9:31
!m 附件：通知正文.pdf（1个）
!m -------- 转发的邮件 --------
{BODY}
!d 此邮件由政务邮件系统发出，请勿直接回复。
!a 回复　　全部回复　　转发　　删除
""",
        body="""
各乡镇文化站，海岸冲浪俱乐部：
暑期是冲浪等水上运动的高峰期。为防范溺水等事故，保障群众生命安全，现就加强暑期冲浪活动安全管理通知如下：
一、海岸冲浪俱乐部要严格执行教练持证上岗制度，初学者须在教练陪同下在指定浅水区练习，一名教练同时指导不得超过四人。
二、遇台风预警、大浪预警或退潮离岸流明显时，一律暂停下水，并在沙滩入口悬挂停训告示。
三、沿海各乡镇文化站要配合做好巡查，发现无证经营冲浪培训的，及时报告县文体局。
附件：冲浪活动安全检查表
蔹湾县文化体育局
2025年7月1日
""",
    ),
    dict(
        slug="mail-shengjie-request-webmail-html",
        site="桦坪非遗中心邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.hpfy.example.cn/reader?mid=88120",
        title="关于申请中国结编织工坊展示场地的请示",
        record_title="Fw: 关于申请中国结编织工坊展示场地的请示",
        date="2025-09-02",
        notes="webmail reader: a Fw: subject, headers, a forwarder's note above the quoted request, the mail's 附件 chips; the workshop's own 联系人/电话 kept next to the mail system's help line; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于申请中国结编织工坊展示场地的请示 - 桦坪非遗中心邮箱</title></head><body>
<div class="top">⟦m 桦坪非遗中心邮箱⟧ ⟦a 写信⟧ ⟦a 收信⟧ ⟦a 通讯录⟧</div>
<div class="subject">⟦t Fw: 关于申请中国结编织工坊展示场地的请示⟧</div>
<div class="hdr">⟦m 发件人：俞晓棠⟧<br>⟦m 时间：2025年9月3日 14:06⟧<br>⟦m 收件人：中心主任⟧</div>
<div class="note">⟦m 主任，结艺坊的请示转给您，请审阅。——晓棠⟧</div>
<div class="quote">
<p>⟦m ----- 原始邮件 -----⟧</p>
<h3>⟦t 关于申请中国结编织工坊展示场地的请示⟧</h3>
{BODY}
</div>
<div class="att">⟦a 附件(1)：场地布置示意图.jpg　预览　下载⟧</div>
<div class="ft">⟦m 邮箱使用帮助：0753-6629000⟧</div>
</body></html>
""",
        body="""
县非物质文化遗产保护中心：
我工坊自成立以来，坚持传承中国结编织技艺，已培训学员二百余人，作品多次参加省市非遗展。
为更好地展示和推广这项技艺，我工坊恳请中心在非遗展示馆一楼划出约三十平方米的场地，作为中国结编织常设展示区，每周开展两次现场编织体验。
展示区的布置和日常值守由我工坊负责，不收取参观群众任何费用。
妥否，请批示。
联系人：卢巧云　电话：13807531426
桦坪县结艺坊中国结编织工坊
2025年9月2日
""",
    ),
]
