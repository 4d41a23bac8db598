"""holdout161, part F. Invented text (sites, places, people, numbers)."""

CASES = [
    dict(
        slug="wiki-html-pigeon-whistle-entry",
        site="乡土百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://baike.xiangtu.example.com/item/gesao/10882",
        title="鸽哨",
        record_title="鸽哨_乡土百科",
        date=None,
        notes="encyclopaedia entry with a contents box and edit count; an example year is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鸽哨_乡土百科</title></head><body>
<div class="top">⟦m 乡土百科 — 记录家乡的一草一木⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>⟦t 鸽哨⟧</h1>
<div class="toc">⟦l 目录　1 简介　2 种类　3 制作⟧</div>
<div class="stat">⟦m 浏览次数：5127　编辑次数：9次　最近更新：sn_鹬湾⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：《老城风物志》⟧</div>
<div class="edit">⟦a 编辑词条⟧ ⟦a 纠错⟧ ⟦a 分享⟧</div>
<footer>⟦d 词条内容由网友编辑，仅供参考⟧</footer>
</body></html>
""",
        body="""
鸽哨是系在鸽子尾羽上的一种发声器具，鸽子飞翔时气流通过哨口发出声响，是我国北方城市传统的民间工艺品。
按形制可分为葫芦类、联筒类、星排类和混合类，常见的有葫芦哨、二筒、三联、五联等。
制作材料以葫芦、竹管、苇管为主，需经过选料、开口、装哨、髹漆等多道工序。
据记载，鸽哨制作技艺在本地已有二百多年历史，1980年前后一度濒临失传，近年来通过传习活动逐步恢复。
""",
    ),
    dict(
        slug="wiki-text-tap-dance-notice-template",
        site="办事百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://www.banshibaike.example.net/wiki/tita-yanchu-tongzhi",
        title="踢踏舞演出活动通知怎么写",
        record_title="踢踏舞演出活动通知怎么写 - 办事百科",
        date=None,
        notes="encyclopaedia how-to: template placeholders ××××年××月××日 and 20××年 kept, no date",
        page="""
!m 办事百科 | 你身边的办事指南
!m 首页 > 公文写作 > 通知
{T}
!m 最后更新：2天前　浏览：689
{BODY}
!l 相关词条：文艺演出主持词 | 活动方案怎么写
!a 觉得有用？点个赞 👍
""",
        body="""
踢踏舞演出活动通知一般由标题、称谓、正文、落款和日期组成。
标题写明发文单位和事由，如“关于举办20××年新春踢踏舞专场演出的通知”。
正文写清演出的时间、地点、节目安排和注意事项，例如“演出定于××月××日晚7时在××剧场举行”。
落款写发文单位名称，日期写成“××××年××月××日”。
""",
    ),
    dict(
        slug="clouddrive-handkerchief-plan-markers",
        site="云柜网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yungui.example.com/s/1Jf8xQ2aT",
        title="鸸口镇手帕产业数字化转型三年行动方案",
        record_title="鸸口镇手帕产业数字化转型三年行动方案（征求意见稿）.pdf",
        date="2025-08-25",
        notes="cloud-drive preview of a file-name record; page markers 〘n〙 glued to the continuation; share expiry and save prompts",
        pages=dict(fmt="〘{n}〙", every=120, start=2, glue=True),
        page="""
!m 云柜网盘 · 文件分享
!m 鸸口镇手帕产业数字化转型三年行动方案（征求意见稿）.pdf　1.2MB
!m 分享者：erk***2025　有效期：永久有效
!a 保存到我的云柜　下载（1.2MB）
{BODY}
!a 在线预览仅显示前3页，请保存后查看
!d 云柜网盘严厉打击侵权内容，如发现请举报。
""",
        body="""
为推动手帕产业转型升级，提升企业数字化水平，结合本镇实际，制定本方案。
一、总体目标。到2027年底，全镇规模以上手帕企业数字化改造覆盖率达到百分之八十，培育数字化示范车间五个。
二、重点任务。一是推广智能裁剪和自动锁边设备；二是建设产业云平台，实现订单、排产、仓储信息共享；三是发展跨境电商，支持企业开设海外网店。
三、保障措施。镇财政每年安排专项资金三百万元，对设备更新给予百分之二十的补助。
鸸口镇人民政府
2025年8月25日
""",
    ),
    dict(
        slug="clouddrive-html-checkers-lesson-plan",
        site="小盒网盘 (invented)",
        style="网盘分享",
        genre="教案",
        kind="other",
        form="html",
        source="https://www.xiaohepan.example.cn/share/init?surl=tq9Ka",
        title="跳棋入门第一课教案",
        record_title=None,
        date=None,
        notes="cloud-drive share page with file list; title found only in the file name shown on the page; no date",
        title_also=["跳棋入门第一课教案.docx"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>小盒网盘 - 分享无限制</title></head><body>
<div class="bar">⟦m 小盒网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="share-info">⟦m 分享者：鸲坪棋社小谢　分享时间：3天前　过期时间：7天后⟧</div>
<div class="file">⟦t 跳棋入门第一课教案.docx⟧ ⟦m 38KB⟧</div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 普通下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="foot">⟦d 请勿分享违法违规内容，一经发现将封禁账号⟧</div>
</body></html>
""",
        body="""
教学目标：认识跳棋棋盘和棋子，掌握走子和跳子的基本规则。
教学准备：跳棋棋盘十副，磁性演示棋盘一块。
教学过程：先请学生观察棋盘形状，说一说它像什么；再由老师演示走一步和跳一步的区别，学生两人一组练习。
课堂小结：跳棋可以“借”别人的棋子搭桥，下节课我们学习连续跳。
""",
    ),
    dict(
        slug="snapshot-text-rosemary-festival",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="方案",
        kind="plan",
        form="text",
        source="http://cache.kuaisou.example.com/c?u=lishan-xiangcao-jie",
        title="第二届鹂山迷迭香文化节活动方案",
        record_title="第二届鹂山迷迭香文化节活动方案 - 快照",
        date="2025-05-28",
        notes="text-only search cache: snapshot header and cache stamp are no date; the 成文日期 is",
        page="""
!m 这是 http://www.lishan.example.gov.cn/wlj/0528.html 的快照，快照时间：2025-06-30 03:14。
!m 页面可能已经更改，点击此处查看当前页面。
!m 快搜提示：您的搜索词已被高亮显示：迷迭香 文化节
{T}
{BODY}
!m 鹂山县文化广电旅游局　版权所有
""",
        body="""
为打响“香草鹂山”旅游品牌，县委、县政府决定于6月中旬举办第二届鹂山迷迭香文化节。
一、活动时间：2025年6月14日至6月22日。
二、主要活动：开幕式暨香草市集、迷迭香花海摄影大赛、香草美食品鉴、农产品直播带货。
三、职责分工：县文广旅局负责总体协调，鹂山镇负责花海景区布置和安全保障，县商务局负责直播带货组织。
鹂山县文化广电旅游局
2025年5月28日
""",
    ),
    dict(
        slug="snapshot-html-cane-sharing-points",
        site="搜优快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="https://snapshot.souyou.example.net/s?key=yuwan-guaizhang",
        title="鹬湾县在公交站点设置“爱心拐杖”共享点",
        record_title="鹬湾县在公交站点设置“爱心拐杖”共享点 - 快照",
        date="2025-11-04",
        notes="snapshot frame around a county news page; frame notice; the page's 发布时间 is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹬湾县在公交站点设置“爱心拐杖”共享点 - 快照</title></head><body>
<div class="snap-head">⟦m 搜优快照：本页是网页在 2025-11-20 的存档，原网页可能已更新⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div>⟦m 鹬湾发布⟧</div>
<h1>⟦t 鹬湾县在公交站点设置“爱心拐杖”共享点⟧</h1>
<div>⟦m 发布时间：2025-11-04 16:30　来源：县交通运输局⟧</div>
{BODY}
<div>⟦l 相关新闻：县城新增三条适老化公交线路⟧</div>
</div>
<div class="snap-foot">⟦d 搜优快照与原网页作者无关，不代表搜优立场⟧</div>
</body></html>
""",
        body="""
近日，鹬湾县在城区十二个公交站点设置了“爱心拐杖”共享点，每个点放置拐杖三根，供有需要的老人免费取用。
共享点采用自助借还方式，老人用完后可在任意一个共享点归还。
县交通运输局相关负责人说，下一步将根据使用情况，在医院、菜市场附近的站点继续增设。
""",
    ),
    dict(
        slug="print-text-tap-dance-safety-rules",
        site="鹟田区文化馆 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.wtwhg.example.cn/print.jsp?id=3310",
        title="文化馆舞蹈排练厅使用管理规定",
        record_title="打印预览 - 文化馆舞蹈排练厅使用管理规定",
        date=None,
        notes="print view with print-time stamp and an effective date in an article (no date); the rule's 打印/扫码 articles kept",
        page="""
!a 【打印本页】　【关闭】
!m 鹟田区文化馆
{T}
!m 打印时间：2025-12-02 10:18
{BODY}
!m 本页地址：https://www.wtwhg.example.cn/zd/3310.html
!p 第 1 页（共 1 页）
""",
        body="""
第一条　排练厅供本馆辅导的踢踏舞、民族舞等团队免费使用，实行预约制度。
第二条　团队负责人应提前三天扫描排练厅门口的二维码预约，并打印预约单贴在门口。
第三条　进入排练厅须换穿舞鞋，踢踏鞋只能在木地板区域使用。
第四条　使用结束后关闭音响、空调和灯光，保持场地整洁。
第五条　本规定自2025年3月1日起施行。
""",
    ),
    dict(
        slug="print-html-pigeon-whistle-camp-plan",
        site="鸬川区文化馆 打印视图 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.lcwhg.example.gov.cn/print/2025/0620.html",
        title="鸬川区少年鸽哨制作夏令营活动方案",
        record_title="〔打印稿〕鸬川区少年鸽哨制作夏令营活动方案",
        date="2025-06-20",
        notes="print view that calls window.print(); a print footer; 成文日期 under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔打印稿〕鸬川区少年鸽哨制作夏令营活动方案</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 打印　|　返回原页面⟧</div>
<h2>⟦t 鸬川区少年鸽哨制作夏令营活动方案⟧</h2>
<div>⟦m 来源：鸬川区文化馆　网址：www.lcwhg.example.gov.cn⟧</div>
{BODY}
<div class="pfoot">⟦p ∶ 第1页 ∶ 总1页 ∶⟧</div>
</body></html>
""",
        body="""
一、活动时间：2025年7月14日至7月18日，每天上午9时至11时30分。
二、活动对象：全区十至十四岁中小学生，限三十人。
三、活动内容：参观鸽哨展、学习葫芦哨制作、放飞观鸽体验，结营时每人带走一只自己做的鸽哨。
四、安全保障：活动全程由文化馆工作人员和志愿者陪同，刀具统一保管、分发。
鸬川区文化馆
2025年6月20日
""",
    ),
    dict(
        slug="mail-text-cane-request-wrapped",
        site="鹭原县民政局 邮件转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:yls@luyuan.example.gov.cn#fwd-20250612",
        title="关于申请追加助行拐杖采购资金的请示",
        record_title="转发：关于申请追加助行拐杖采购资金的请示",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="forwarded mail wrapped at 66 columns; mail headers as meta; send date differs from the 成文日期 (both accepted)",
        wrap=66,
        page="""
!m 发件人：养老服务科 <ylfwk@luyuan.example.gov.cn>
!m 收件人：局办公室 <bgs@luyuan.example.gov.cn>
!m 发送时间：2025年6月12日 星期四 上午9:41
!m 主题：转发：关于申请追加助行拐杖采购资金的请示
!m ---------- 转发的邮件 ----------
{BODY}
!d 本邮件及附件可能含有保密信息，如误收请立即删除。
!a 回复　全部回复　转发
""",
        body="""
县财政局：
今年我局为全县80周岁以上老年人免费发放助行拐杖，原计划采购七千根，经各乡镇摸底核实，实际需求为八千六百根，缺口一千六百根。
按每根八十五元测算，需追加资金十三万六千元。为确保年内发放到位，恳请予以支持。
妥否，请批示。
鹭原县民政局
2025年6月10日
""",
    ),
    dict(
        slug="mail-html-handkerchief-order-forward",
        site="鸸口锦帕 企业邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jinpa-textile.example.com/read?mid=20251205-118",
        title="关于调整圣诞礼盒手帕交货批次的函",
        record_title="Fwd: 关于调整圣诞礼盒手帕交货批次的函",
        date="2025-12-04",
        date_also=["2025-12-05"],
        notes="webmail reading view: header table, attachment bar; the letter's own 附件 line and contact kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fwd: 关于调整圣诞礼盒手帕交货批次的函 - 锦帕企业邮箱</title></head><body>
<div class="mailbar">⟦m 锦帕企业邮箱⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧</div>
<table class="hdr">
<tr><td>⟦m 发件人：销售部 罗珊 &lt;luoshan@jinpa-textile.example.com&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年12月5日(星期五) 上午10:02⟧</td></tr>
<tr><td>⟦m 收件人：生产部；仓储部⟧</td></tr>
</table>
<div class="mailbody">
{BODY}
</div>
<div class="attach">⟦a 附件（1 个）：交货批次调整表.xlsx　预览　下载⟧</div>
<div class="ops">⟦a 回复　转发　删除　标记为未读⟧</div>
</body></html>
""",
        body="""
鸸口锦帕纺织有限公司：
因我方海运舱位调整，原定12月5日一次性出运的圣诞礼盒手帕订单需改为两批交货，第一批十二万条于12月8日交货，第二批八万条于12月15日交货。
请贵司据此调整生产和出货计划，给贵司带来的不便敬请谅解。
附件：交货批次调整表
联系人：外贸部 伍先生，电话：0573-89120677
鹟田海泰进出口有限公司
2025年12月4日
""",
    ),
]
