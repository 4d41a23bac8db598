"""holdout134, part F: a gauze factory's print view and a zinc smelter's forwarded mail.
Invented text throughout."""

CASES = [
    dict(
        slug="print-jieyun-gauze-cleanroom-rules",
        site="洁云医用敷料 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.jieyunfuliao.example.com/zhidu/print.php?id=12",
        title="医用纱布车间人员卫生管理规定",
        record_title="〔打印稿〕医用纱布车间人员卫生管理规定",
        date=None,
        notes="print view: a print header with the site URL, a print time stamp (not a date), a page footer 页 1/1; articles speaking of 打印 kept; no date",
        page="""
!m 洁云医用敷料有限公司 — 制度文件打印
!m http://www.jieyunfuliao.example.com/zhidu/12.html
{T}
{BODY}
!m 打印于：2025-10-14 09:31　操作人：admin
!p 页 1/1
!a 【打印】【返回】
""",
        body="""
一、进入纱布车间的人员须更换工作服、工作鞋，戴好口罩和工作帽，头发不得外露。
二、进入车间前须用流动水洗手，并经手部消毒后方可上岗。
三、患有传染病、皮肤病或手部有伤口的人员，不得从事直接接触产品的工作。
四、车间内禁止吃东西、吸烟，不得带入个人物品。
五、车间质检员每天打印洁净区温湿度和压差记录，经主管签字后存档。
""",
    ),
    dict(
        slug="mail-jinrui-zinc-smelter-forward-html",
        site="金锐锌业邮件归档 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jinruizinc.example.com/archive/2025/0318/fw-inspection.html",
        title="关于配合开展锌锭产品质量抽检的函",
        record_title="Fw: 关于配合开展锌锭产品质量抽检的函",
        date="2025-03-14",
        date_also=["2025-03-18"],
        notes="a forwarded mail as an HTML archive page: header table, forwarder's note, the letter's own 联系人/电话 and 附件 kept, mail client footer",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于配合开展锌锭产品质量抽检的函</title></head><body>
<table class="mailhead">
<tr><td>⟦m 发件人：质量部 蒋立 &lt;jiangli@jinruizinc.example.com&gt;⟧</td></tr>
<tr><td>⟦m 时间：2025-03-18（周二）10:26⟧</td></tr>
<tr><td>⟦m 收件人：生产部；销售部；化验中心⟧</td></tr>
<tr><td>⟦m 主题：Fw: 关于配合开展锌锭产品质量抽检的函⟧</td></tr>
</table>
<p>⟦w 各部门：省质检院下周来厂抽检，请按函件要求准备，化验中心牵头。⟧</p>
<p>⟦m ----- 原始邮件 -----⟧</p>
{BODY}
<div class="sig">⟦d 本邮件及附件仅供指定收件人使用，未经许可不得转发⟧</div>
<div class="client">⟦m 发自 金锐锌业企业邮箱⟧</div>
</body></html>
""",
        body="""
金锐锌业有限公司：
根据年度产品质量监督抽查计划，我院定于2025年3月25日到贵公司抽取锌锭样品。
请贵公司做好以下准备：
1. 提供近三个月的产品出厂检验报告。
2. 安排熟悉生产和检验的人员全程配合。
联系人：石文博，电话：0871-6530 2217。
附件：产品质量监督抽查告知书
省产品质量检验研究院
2025年3月14日
""",
    ),
]
