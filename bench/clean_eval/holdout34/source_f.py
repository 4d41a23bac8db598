"""holdout34, part F: cloud drives, snapshots, print views, forwarded mails. Invented."""

def C(**kw):
    return dict(kw)

CASES = [
    C(slug="netdisk-guoye-plan-share", site="云匣网盘 (invented)", style="网盘分享", genre="工作方案", kind="plan", form="text",
      source="https://pan.yunxia.example.com/s/1kP9xq", title="果业发展中心春季技术培训方案",
      record_title="果业发展中心春季技术培训方案.docx", date="2025-02-10",
      notes="cloud-drive share: file name title, expiry stamp (no date), save button",
      page="""
!m 云匣网盘　|　分享文件
!t 果业发展中心春季技术培训方案.docx
!m 分享者：果业小陈　有效期：7天
{BODY}
!a 保存到我的网盘　下载(32KB)
""",
      body="""
为提高果农管理水平，中心定于2月下旬至3月中旬分片开展春季技术培训。
培训内容包括春季修剪、花期管理和病虫害绿色防控。
荪川县果业发展中心
2025年2月10日
"""),
    C(slug="netdisk-tingli-html-preview", site="享盘 (invented)", style="网盘分享", genre="通知", kind="notice", form="html",
      source="https://www.xiangpan.example.cn/preview/88a1", title="关于开展爱耳日听力筛查义诊的通知",
      record_title=None, date="2025-02-28",
      notes="cloud-drive HTML preview; no record title; login prompt; ad box",
      page="""
<html><head><meta charset="utf-8"><title>享盘 - 文件预览</title></head><body>
<div class="hd">⟦m 享盘⟧ ⟦a 登录享盘，大文件极速下载⟧</div>
<h2>{T}</h2>
{BODY}
<div class="ad">⟦a 开通超级会员，预览更多格式⟧</div></body></html>
""",
      body="""
各科室：
3月3日是全国爱耳日，听力中心将在门诊大厅开展听力筛查义诊活动，请相关科室做好配合。
橼溪县人民医院听力中心
2025年2月28日
"""),
    C(slug="snapshot-kongjing-cache", site="搜索快照 (invented)", style="搜索快照", genre="通知", kind="notice", form="text",
      source="http://cache.sousuo.example.com/c?u=tufei.example.gov.cn/tz/31", title="关于征集耕地质量监测点业主的通知",
      record_title="关于征集耕地质量监测点业主的通知 - 县土肥站 - 快照", date="2025-05-06",
      notes="search cache banner with a snapshot stamp (no date); highlighted words notice",
      page="""
!d 这是网页的快照，保存于2025年6月1日 03:12，当前页面可能已更改。
!d 以下关键词已高亮：耕地　监测
!m 县土肥站 > 通知公告
{BODY}
""",
      body="""
各乡镇：
现面向全县征集耕地质量长期监测点业主十户，每户每年给予补助一千元。
县土壤肥料工作站
2025年5月6日
"""),
    C(slug="snapshot-keyun-html-frame", site="文字快照 (invented)", style="搜索快照", genre="新闻", kind="news", form="html",
      source="http://kz.wenzi.example.net/cache?id=8812", title="长途客运站开通小件快运业务",
      record_title="长途客运站开通小件快运业务_快照", date="2025-03-12",
      notes="snapshot frame HTML; 发布时间 byline",
      page="""
<html><head><meta charset="utf-8"><title>长途客运站开通小件快运业务_快照</title></head><body>
<div class="snap">⟦d 您查看的是网页快照，抓取时间 2025-04-01⟧</div>
<h1>{T}</h1><p>⟦m 发布时间：2025-03-12⟧</p>
{BODY}
</body></html>
""",
      body="""
3月12日起，县长途客运站开通小件快运业务，市民可在站内寄递包裹，当天送达各乡镇。
"""),
    C(slug="print-guji-plan-footer", site="古籍保护中心 打印页 (invented)", style="打印页", genre="工作方案", kind="plan", form="text",
      source="http://gjbh.example.gov.cn/print.jsp?id=55", title="古籍普查登记工作方案",
      record_title="古籍普查登记工作方案 - 打印预览", date="2025-04-15",
      notes="a print view: print stamp (no date), a print footer page marker",
      page="""
!m 打印时间：2025-05-20 10:11
{BODY}
!p 第1页　共1页
!a 【打印】【关闭】
""",
      body="""
古籍普查登记工作方案
为摸清本地古籍家底，决定开展古籍普查登记工作。
各收藏单位要于10月底前完成登记。
县古籍保护中心
2025年4月15日
""", title_in="decorated"),
    C(slug="print-wildlife-notice", site="打印页 (invented)", style="打印页", genre="通告", kind="notice", form="text",
      source="http://ly.example.gov.cn/print/991", title="关于禁止猎捕野生鸟类的通告",
      record_title="〔打印稿〕关于禁止猎捕野生鸟类的通告", date="2025-11-02",
      notes="print view of a notice",
      page="""
!t 关于禁止猎捕野生鸟类的通告
!m 网址：http://ly.example.gov.cn/tg/991.html
{BODY}
!a 关闭本页
""",
      body="""
候鸟迁徙期间，全县范围内禁止猎捕野生鸟类。
违者依法追究责任。
萼岭县林业局
2025年11月2日
"""),
    C(slug="mail-fwd-tuzai-notice", site="邮件转发 (invented)", style="邮件转发", genre="通知", kind="notice", form="text",
      source="mail://fwd/20250610-2231", title="关于开展屠宰环节质量安全检查的通知",
      record_title="转发：关于开展屠宰环节质量安全检查的通知", date="2025-06-09",
      notes="a forwarded mail: header lines (meta), the document's own 附件 kept",
      page="""
!m 发件人：县农业农村局 <nyj@example.gov.cn>
!m 发送时间：2025年6月10日 9:20
!m 主题：转发：关于开展屠宰环节质量安全检查的通知
{BODY}
!d 此邮件由系统转发，请勿直接回复
""",
      body="""
各屠宰企业：
定于6月中旬开展屠宰环节质量安全检查，请做好自查。
附件：自查表
县畜牧兽医中心
2025年6月9日
"""),
    C(slug="mail-fw-choir-request", site="邮件转发 (invented)", style="邮件转发", genre="请示", kind="notice", form="text",
      source="mail://fwd/20250320-88", title="关于申请合唱节活动经费的请示",
      record_title="Fw: 关于申请合唱节活动经费的请示.docx", date="2025-03-19",
      notes="forwarded mail with a file-name subject",
      page="""
!m ---------- 转发的邮件 ----------
!m 发件人：蒨溪县合唱协会
!m 日期：2025年3月20日
{BODY}
""",
      body="""
县文联：
我会拟于5月举办第一届合唱节，需经费三万元，恳请予以支持。
妥否，请批示。
蒨溪县合唱协会
2025年3月19日
"""),
]
