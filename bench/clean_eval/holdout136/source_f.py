"""holdout136, part F: 打印页, 邮件转发 — invented sites and documents."""

CASES = [
    dict(
        slug="print-baiqiang-badger-compensation-text",
        site="白墙县人民政府 打印视图 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.baiqiang.example.gov.cn/print.jsp?id=55120",
        title="关于做好猪獾等野生动物造成农作物损失补偿工作的通知",
        record_title="打印 - 关于做好猪獾等野生动物造成农作物损失补偿工作的通知",
        date="2025-09-08",
        notes="print view: print/close buttons, a URL line, a print stamp (not the date), a print footer ⁂ 第1页 共1页 ⁂",
        page="""
!a 〔打印本页〕〔关闭窗口〕
!m 白墙县人民政府网　http://www.baiqiang.example.gov.cn/print.jsp?id=55120
!t 打印 - 关于做好猪獾等野生动物造成农作物损失补偿工作的通知
白农发〔2025〕41号
{BODY}
!m 打印时间：2025/10/02 08:16:37
!p ⁂ 第1页 共1页 ⁂
""",
        body="""
各乡镇人民政府：
今年以来，我县山区乡镇猪獾、野猪等野生动物损毁玉米、红薯等农作物的情况时有发生。为切实维护群众利益，现就补偿工作通知如下。
一、补偿范围。因受保护野生动物造成的农作物损失，种植户可申请补偿。
二、申报程序。受损农户在损失发生后三日内向村委会报告，乡镇会同保险公司现场查勘定损。
三、补偿标准。玉米每亩最高补偿六百元，红薯每亩最高补偿八百元。
四、各乡镇要做好公示，严禁虚报冒领。
白墙县农业农村局
白墙县林业局
2025年9月8日
""",
    ),
    dict(
        slug="print-haiyang-penguin-house-html",
        site="海洋之心海洋公园 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.oceanheart.example.com/about/notice/print?id=2188",
        title="企鹅馆夏季恒温恒湿设备保障方案",
        record_title="〔打印稿〕企鹅馆夏季恒温恒湿设备保障方案",
        date="2025-05-26",
        notes="HTML print view: a print toolbar, the printed URL, a duty-phone table kept; print footer 页 1 ∕ 1",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔打印稿〕企鹅馆夏季恒温恒湿设备保障方案</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖨 打印　｜　另存为PDF　｜　返回原文⟧</div>
<div class="url">⟦m 海洋之心海洋公园　https://www.oceanheart.example.com/about/notice/2188⟧</div>
<h2>⟦t 企鹅馆夏季恒温恒湿设备保障方案⟧</h2>
{BODY}
<div class="pf">⟦p 页 1 ∕ 1⟧</div>
</body></html>
""",
        body="""
企鹅馆展示区常年需保持气温零下二度至四度、湿度百分之七十左右。为确保夏季高温期间设备稳定运行，制定本方案。
一、设备检修。6月10日前完成两台制冷机组、除湿机和备用发电机的全面检修。
二、运行监测。展区温湿度每小时自动记录一次，超出范围时系统自动报警，值班人员十分钟内到场处置。
三、值班安排
岗位　值班电话
设备值班室　0532-8661 2031
动物保育组　0532-8661 2045
四、应急处置。主机组故障时立即启用备用机组，并视情况将企鹅转移至后场备用馆舍。
海洋之心海洋公园设备部
2025年5月26日
""",
    ),
    dict(
        slug="mail-fwd-jiaoyu-xylophone-procurement",
        site="嘉禾小学邮件转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:archive/jiahexiaoxue/2025-03-20-fw",
        title="关于为学校打击乐队添置木琴的请示",
        record_title="Fw: 关于为学校打击乐队添置木琴的请示",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes="forwarded mail: header lines and the forward note are chrome, the request's own 附件 line kept under the mail's attachment header; send date differs from 成文日期",
        page="""
!m 发件人：嘉禾小学办公室 <office@jiahexx.example.edu.cn>
!m 发送时间：2025年3月20日 星期四 10:05
!m 收件人：县教育局装备站 <zbz@jyj.example.gov.cn>
!m 主题：Fw: 关于为学校打击乐队添置木琴的请示
!m 附件：木琴报价单.pdf（236KB）
!w 王站长您好，请示原件已寄出，电子版先转您，烦请审阅。办公室 林小禾 0573-8802516
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及附件可能含有保密信息，若误收请立即删除并通知发件人。
""",
        body="""
县教育局：
我校打击乐队成立于2019年，现有队员四十二名，多次在县中小学艺术展演中获奖。乐队现有木琴两台，均已使用十年以上，音板开裂，音准较差，无法满足排练需要。
为此，我校申请添置高音木琴两台、低音木琴一台，预算共计四万六千元，拟从学校公用经费中列支。
妥否，请批示。
附件：木琴报价单
嘉禾小学
2025年3月18日
""",
    ),
    dict(
        slug="mail-re-tiyuchang-hammer-throw-net-html",
        site="体育中心网页邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.tyzx.example.gov.cn/read?mid=20251104-7731",
        title="关于请协助检查链球护笼安全性能的函",
        record_title="答复：关于请协助检查链球护笼安全性能的函.docx",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="webmail read view: folder list, reply toolbar, quoted header; the letter's own 联系人/电话 kept; file-name-like decorated title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>读信 - 体育中心邮箱</title></head><body>
<div class="side">⟦l 收件箱(12)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="tb">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="hdr">⟦m 主题：答复：关于请协助检查链球护笼安全性能的函.docx⟧<br>⟦m 发件人：县特种设备检验所 &lt;jys@tzsb.example.gov.cn&gt;　时间：2025-11-04 09:12⟧</div>
<div class="reply">⟦w 已收悉，我所定于11月10日派员到场。检验所 罗工⟧</div>
<div class="quote">⟦m -------- 原始邮件 --------⟧</div>
<h3>⟦t 关于请协助检查链球护笼安全性能的函⟧</h3>
{BODY}
<div class="foot">⟦d 本邮件由政务邮箱系统发送，请勿直接回复系统通知⟧</div>
</body></html>
""",
        body="""
县特种设备检验所：
我中心田径场链球护笼已使用八年，近期训练中发现护网局部破损、立柱底座锈蚀。为保障运动员和观众安全，特请贵所协助对护笼进行安全检查。
请贵所派员到场检测护网强度和立柱稳定性，并提出整改意见。检查期间我中心将暂停链球训练。
联系人：县体育中心场馆科 项东，电话：0518-8339102。
县体育中心
2025年11月3日
""",
    ),
]
