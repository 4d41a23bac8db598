"""holdout79, part F: cloud-drive shares, search snapshots, print views, forwarded mails.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="netdisk-curedmeat-plan-html",
        site="飞盘云 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.feipanyun.example.com/s/1kLr-larou2025",
        title="腊肉加工作坊冬季食品安全管理方案",
        record_title="腊肉加工作坊冬季食品安全管理方案（定稿）.docx",
        date="2024-11-25",
        notes="cloud-drive preview: file size and expiry line, 'save to my drive' and 'download' buttons, a login-to-preview-more prompt, a report link",
        page="""
<html><head><meta charset="utf-8"><title>腊肉加工作坊冬季食品安全管理方案（定稿）.docx_免费高速下载|飞盘云</title></head><body>
<div class="hd">⟦m 飞盘云⟧ ⟦a 登录⟧</div>
<div class="file"><h2>⟦t 腊肉加工作坊冬季食品安全管理方案（定稿）.docx⟧</h2>
<p>⟦m 38.6KB　分享者：山里人家　有效期：永久有效⟧</p>
<p>⟦a 保存到我的网盘⟧ ⟦a 下载（38.6KB）⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="more">⟦a 登录后预览全部内容⟧</div>
<p>⟦l 举报该分享⟧</p>
</body></html>
""",
        body="""
为做好今冬腊肉加工旺季食品安全工作，结合作坊实际，制定本方案。
一、原料把关。生猪肉须来自定点屠宰场，索取检疫合格证明，每批留存票据。
二、腌制熏制。食盐、香料等辅料须购自正规渠道，熏房每日清扫，严禁使用工业盐和不明添加剂。
三、人员卫生。从业人员持健康证上岗，进车间须更衣洗手。
四、销售管理。产品外包装标明品名、生产日期和作坊登记证号。
荠坡乡老陈腊味作坊
2024年11月25日
""",
    ),
    dict(
        slug="netdisk-beansprout-rectify-text",
        site="个人NAS分享 (invented)",
        style="网盘分享",
        genre="整改报告",
        kind="report",
        form="text",
        source="http://nas.example-home.net:5000/sharing/Bs7qD2",
        title="关于豆芽生产作坊检查问题整改情况的报告",
        record_title="关于豆芽生产作坊检查问题整改情况的报告.pdf",
        date="2025-05-08",
        notes="a NAS share rendered as text: a path line and a modification stamp (not the date), a 'download all' prompt; the 成文日期 under the signature",
        page="""
!m 文件站 · /公共/市场监管/整改
!t 关于豆芽生产作坊检查问题整改情况的报告.pdf
!m 修改时间 2025-05-10 21:07　大小 212 KB
{BODY}
!a ⇩ 全部下载　|　复制链接
""",
        body="""
县市场监督管理局：
4月22日，县局检查组对我作坊进行检查，指出了生产用水未检测、发芽间地面积水等三个问题。
收到整改通知后，我作坊立即停产整改：一是委托检测机构对生产用水进行了检测，结果合格；二是重新铺设发芽间地面，增设排水沟；三是建立了每日清洗消毒记录。
目前各项问题已整改完毕，恳请复查。
莳田镇刘记豆芽作坊
2025年5月8日
""",
    ),
    dict(
        slug="snapshot-drinkfountain-notice-html",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousou.example.com/c?u=www.fengkou.example.gov.cn/zwgk/2025/0520/88.html",
        title="关于城区公共直饮水机启用的公告",
        record_title="关于城区公共直饮水机启用的公告",
        date="2025-05-20",
        notes="a search snapshot frame: a snapshot header with its own time (not the date), highlight note, the original page's chrome inside",
        page="""
<html><head><meta charset="utf-8"><title>关于城区公共直饮水机启用的公告 - 搜搜快照</title></head><body>
<div class="snap">⟦d 这是搜搜对 www.fengkou.example.gov.cn/zwgk/2025/0520/88.html 的缓存，是网页在 2025年6月1日 03:12 的快照⟧<br>⟦a 点击查看当前页面⟧ ⟦m 以下搜索词已高亮显示：直饮水机⟧</div>
<hr>
<div class="orig">⟦m 葑口县水务集团⟧ ⟦l 首页 | 新闻中心 | 客户服务⟧</div>
<h1>{T}</h1><p>⟦m 发布日期：2025-05-20⟧</p>
{BODY}
<p>⟦m 客服热线：96390⟧</p>
</body></html>
""",
        body="""
为方便市民和游客饮水，我集团在城区公园、广场和公交枢纽安装的六十台公共直饮水机将于5月25日起启用。
直饮水机出水经过超滤和紫外线消毒，每日自动冲洗，水质每月由第三方检测并公示。
请市民爱护设施，不要在直饮水机上洗手、冲洗物品。
葑口县水务集团有限公司
2025年5月20日
""",
    ),
    dict(
        slug="snapshot-rocksugar-notice-textonly",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://webcache.kuaisou.example.cn/snap?id=rocksugar-2024",
        title="关于冰糖车间开展节能降耗专项行动的通知",
        record_title=None,
        date="2024-10-09",
        notes="a text-only cache: snapshot line with crawl time (not the date), original URL line; no record title; the notice's 文号 neutral",
        page="""
!d 快搜快照（纯文本版），抓取于 2024-11-02 06:55，页面可能已更新
!m 原网址：http://www.tianqiao-sugar.example.com/gg/1009.html
{T}
甜桥糖业〔2024〕31号
{BODY}
!l 返回快搜结果
""",
        body="""
各车间、部门：
为降低冰糖生产能耗，公司决定自10月15日起开展为期三个月的节能降耗专项行动。
一是煮糖工段推广余热回收，蒸汽单耗下降百分之五；二是结晶室加强保温，杜绝跑冒滴漏；三是各车间安装分表，能耗按月考核。
甜桥糖业有限公司
2024年10月9日
""",
    ),
    dict(
        slug="print-dendrobium-minutes-html",
        site="石斛产业联合会 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.shihu-lhh.example.org/print.asp?id=612",
        title="石斛种植合作社联席会议纪要",
        record_title="打印预览 - 石斛种植合作社联席会议纪要",
        date="2025-04-16",
        notes="a print view: print/close buttons, URL and print-time footer; minutes' 时间/地点/主持/参会 lines and a vote count kept; 印发 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 石斛种植合作社联席会议纪要</title></head><body onload="">
<div class="noprint">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 本页地址：http://www.shihu-lhh.example.org/news/612.html⟧</div>
<div class="pf">⟦m 打印时间：2025-06-11 10:20⟧</div>
</body></html>
""",
        body="""
时间：2025年4月16日
地点：蕨岭乡石斛产业园会议室
主持：联合会秘书长 雷一帆
参会：九家合作社负责人
会议研究了今年铁皮石斛统一收购价格，经表决（同意八票，反对一票），鲜条保底收购价定为每公斤一百二十元。
会议要求各合作社五月底前完成林下种植基地登记。
印发：各成员合作社　2025年4月17日印发
""",
    ),
    dict(
        slug="print-mint-farm-notice-text",
        site="蘋洲农业农村网 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyj.pingzhou.example.gov.cn/print/2025/0602.html",
        title="关于做好薄荷收割季农机安全的通知",
        record_title="〔打印稿〕关于做好薄荷收割季农机安全的通知",
        date="2025-06-02",
        notes="a print view as text: a 'print this page' header, a page count footer in 第1页 共1页 form, the URL line; a sentence about 打印 safety cards kept",
        page="""
!a 打印本页　　关闭
!t 〔打印稿〕关于做好薄荷收割季农机安全的通知
{BODY}
!m http://nyj.pingzhou.example.gov.cn/tzgg/2025/0602.html
!p · 1 / 1 ·
""",
        body="""
各乡镇农业服务中心：
薄荷收割季即将到来，各地收割机、运输车辆作业集中，为防范农机事故，现将有关事项通知如下。
一、作业前检查收割机刀具防护和制动装置，严禁无牌无证上路。
二、各乡镇可打印农机安全操作提示卡，发放到每一位机手手中。
三、严禁酒后驾驶农机，严禁拖拉机违规载人。
蘋洲县农业农村局
2025年6月2日
""",
    ),
    dict(
        slug="mail-strawhat-forward-html",
        site="茈城草编协会邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.example.com/read?mid=cao-0719",
        title="关于参加草帽草编产品外贸订货会的通知",
        record_title="Fwd: 关于参加草帽草编产品外贸订货会的通知",
        date="2025-07-19",
        notes="webmail forward: From/To/Date headers and the forward separator as chrome, the mail's own attachment bar beside the notice's own 附件 line, the notice's 联系人/电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>Fwd: 关于参加草帽草编产品外贸订货会的通知</title></head><body>
<div class="mailhd"><p>⟦m 发件人：草编协会秘书处 &lt;caobian@example.org&gt;⟧</p><p>⟦m 收件人：会员企业⟧</p><p>⟦m 时间：2025年7月20日(星期日) 上午9:02⟧</p></div>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
<div class="attbar">⟦a 附件（1 个）订货会报名表.xlsx　预览　下载⟧</div>
<div class="ft">⟦d 此邮件由邮箱系统自动添加安全检测标识⟧</div>
</body></html>
""",
        body="""
各会员企业：
第十一届草帽草编产品外贸订货会将于8月18日至20日在芑城国际会展中心举行，协会统一组织展位。
有意参展的企业，请于7月31日前将报名表发送至协会邮箱。
联系人：包晓芸　电话：0574-6230118
附件：订货会报名表
茈城草编协会
2025年7月19日
""",
    ),
    dict(
        slug="mail-button-factory-reply-text",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:purchasing@example-button.cn",
        title="关于调整树脂纽扣原料采购流程的通知",
        record_title="回复：Re: 关于调整树脂纽扣原料采购流程的通知.docx",
        title_in="file-name",
        date="2025-02-21",
        date_also=["2025-02-24"],
        notes="a reply chain: quoted headers and a reply line as chrome; the mail's date differs from the notice's 成文日期 (both accepted); 抄送 of the notice kept",
        page="""
!m 发件人: 采购部 王敏
!m 发送时间: 2025-02-24 08:31
!m 主题: 回复：Re: 关于调整树脂纽扣原料采购流程的通知.docx
!l 收到，已转各车间。
!m ------------------ 原始邮件 ------------------
{T}
{BODY}
!d 本邮件含保密信息，如误收请立即删除。
""",
        body="""
各部门：
为控制原料质量，自3月1日起，树脂纽扣原料采购实行“先检后付”。
一、供应商每批送货须附第三方检测报告，质检部抽检合格后方可入库。
二、财务部凭入库单和质检单付款，未经检验的一律不付款。
抄送：总经理办公室
采购部
2025年2月21日
""",
    ),
]
