"""holdout211, part F: law firms, cloud drives, search snapshots, print views and forwarded mail.
Every page, site, place, person, number and URL is invented; each case written by hand.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="lawfirm-mingli-case-coffee-machine-lease-deposit",
        site="崦城明理律师事务所 (invented)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.ycmingli-law.com/anli/hetong/2025-0312.html",
        title="咖啡机租赁合同到期，押金该不该退？",
        record_title="【租赁纠纷案例】咖啡机租赁合同到期，押金该不该退？_崦城明理律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, an original-address block and a repost notice; a case "
        "note with 2023年3月 inside a sentence and no date of its own",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【租赁纠纷案例】咖啡机租赁合同到期，押金该不该退？_崦城明理律师事务所</title>
<link rel="stylesheet" href="/static/law.css">
<script src="/static/consult.js"></script>
</head>
<body>
<div class="law-top">⟦m 崦城明理律师事务所⟧ ⟦m 明法析理　以诚相待⟧ ⟦m 免费法律咨询 400-870-6632⟧</div>
<div class="law-nav">⟦m <a href="/">首页</a> <a href="/about/">律所简介</a> <a href="/lawyer/">律师团队</a> <a href="/anli/">典型案例</a> <a href="/contact/">联系我们</a>⟧</div>
<div class="law-pos">⟦m 首页 » 典型案例 » 合同纠纷⟧</div>
<div class="law-art">
<h1>{T}</h1>
<div class="law-meta">⟦m 承办律师：岑志远　浏览：1,207⟧</div>
<div class="law-con">
{BODY}
</div>
<div class="law-link">⟦m 原文地址：https://www.ycmingli-law.com/anli/hetong/2025-0312.html⟧</div>
<div class="law-repost">⟦d 本所原创案例，转载须保留律所名称及原文地址⟧</div>
</div>
<div class="lawyer-card">⟦w 岑志远律师　合同纠纷方向　执业12年　电话/微信 137 3022 0981⟧</div>
<div class="consult-float">⟦a 在线咨询律师 · 3分钟回复⟧</div>
<div class="law-foot">⟦m 崦城明理律师事务所　地址：崦城市岍江区滨河路66号国金大厦15楼　湘ICP备20015523号⟧</div>
</body>
</html>
""",
        body="""
【案情】2023年3月，经营咖啡店的闵某与某设备公司签订咖啡机租赁合同，约定租期一年，押金8000元，租期届满返还设备后退还押金。合同到期后，闵某返还了咖啡机，设备公司却以机器“蒸汽棒老化、外壳有划痕”为由拒绝退还押金。
【裁判】法院审理认为，咖啡机在正常使用中产生的合理损耗应由出租人承担。设备公司未能证明损坏系闵某使用不当造成，判决其退还押金8000元。
【律师提醒】签订设备租赁合同时，应在交接时拍照留存设备状况，并在合同中写明“正常损耗”的范围和押金扣除标准。发生争议时，要及时收集证据，依法维护自身权益。
""",
    ),
    dict(
        slug="lawfirm-hengxin-template-yogurt-maker-dealer-contract",
        site="麋川衡信律师事务所 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.mchengxin.com/fanben/jingxiao-03.html",
        title="酸奶机区域经销合同（范本）",
        record_title="合同范本 › 酸奶机区域经销合同（范本）（可下载修改）- 麋川衡信律师事务所",
        date=None,
        notes="law firm page as text: a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 "
        "articles; a consult prompt and a download button; no date",
        page="""
!m 麋川衡信律师事务所　|　专业 · 务实 · 守信
!m 首页 > 合同范本 > 买卖经销类
{T}
!m 整理：衡信律所合同审查部　阅读 2,381
!a 〔下载Word版范本〕〔一键复制条款〕
{BODY}
!w 范本需结合具体交易修改，合同审查请致电 0737-3328870
!l 同类范本：小家电代理销售合同｜电商平台供货协议｜产品质量保证协议
!d 本范本仅供参考，不构成对具体事项的法律意见
""",
        body="""
甲方（供货方）：××电器有限公司
乙方（经销方）：＿＿＿＿＿＿
第一条　经销区域：甲方授权乙方在＿＿＿＿市（县）区域内经销甲方生产的酸奶机系列产品。
第二条　经销期限：自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。
第三条　价格与结算：乙方按甲方当期经销价格表进货，款到发货，运费由＿＿方承担。
第四条　质量与售后：产品自售出之日起一年内出现质量问题的，由甲方负责免费维修或更换。
第五条　违约责任：乙方跨区域销售的，甲方有权取消其经销资格。
第六条　争议解决：因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="clouddrive-yunxia-rules-popcorn-machine-pdf",
        site="云匣网盘 share preview (invented)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1bKq7TzR0aV",
        title="商用爆米花机操作规程",
        record_title="商用爆米花机操作规程.pdf",
        date=None,
        notes="cloud-drive preview: VIP prompts, a save-to-drive button, page markers ❃ 第n页 ❃ as paragraphs cutting sentences; "
        "decimal headings 1–4.2; the title line inside the document; a share stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>商用爆米花机操作规程.pdf_免费高速下载|云匣网盘</title>
<script src="https://s.yunxia.cn/share/preview.js"></script>
</head>
<body>
<div class="yx-head">⟦m 云匣网盘⟧ ⟦a <a href="/login">登录</a> <a href="/vip">开通超级会员</a>⟧</div>
<div class="yx-file">
<div class="fname">⟦t 商用爆米花机操作规程.pdf⟧</div>
<div class="finfo">⟦m 分享者：金穗售后　分享时间：2025-01-07 14:22　大小：412KB⟧</div>
<div class="fbtn">⟦a 保存到我的云匣 ｜ 普通下载 ｜ 会员极速下载⟧</div>
</div>
<div class="yx-preview">
<h2 class="doc-h">{T}</h2>
{BODY}
</div>
<div class="yx-tip">⟦a 在线预览最多显示 2 页，完整内容请保存后查看⟧</div>
<div class="yx-foot">⟦d 请勿分享违法违规内容，发现请举报⟧ ⟦m © 2025 云匣网盘⟧</div>
</body>
</html>
""",
        pages=dict(fmt="❃ 第{n}页 ❃", every=120, start=2),
        body="""
1 适用范围
本规程适用于门店使用的电热式商用爆米花机的操作与日常维护。
2 操作前检查
2.1 检查电源线、插头有无破损，机器外壳接地是否良好。
2.2 检查加热锅内有无残留物，搅拌杆转动是否顺畅。
3 操作步骤
3.1 打开加热开关，预热3至5分钟。
3.2 依次加入食用油、玉米粒和糖，每锅玉米粒不超过规定用量，加料后立即关闭玻璃门。
3.3 玉米粒爆开约九成后，翻转加热锅倒出爆米花，关闭加热开关。
4 注意事项
4.1 运行中不得打开玻璃门或将手伸入锅内。
4.2 清洁前必须切断电源，待锅体冷却后再进行。
""",
    ),
    dict(
        slug="clouddrive-nas-instruction-egg-boiler-outgoing-check",
        site="家庭NAS分享页 (invented personal share)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="http://nas-chenchui.myds.example.cn/sharing/Rk29xQ",
        title="煮蛋器出厂检验作业指导书",
        record_title="煮蛋器出厂检验作业指导书（B版）.docx",
        date=None,
        notes="a NAS share as text: the file name, expiry line, page markers ⧊ n ⧋ on lines of their own cutting sentences; "
        "numbered items; an instruction has no date",
        page="""
!m 文件分享　·　由 晨炊品质部 分享
!t 煮蛋器出厂检验作业指导书（B版）.docx
!m 链接有效期：剩余 6 天　·　大小 38 KB
!a 下载　|　在线预览（仅前 2 页）
{T}
{BODY}
!a 预览结束，下载文件查看全部内容
!d 此分享链接仅供内部人员使用
""",
        pages=dict(fmt="⧊ {n} ⧋", every=90, start=2),
        body="""
一、目的
规范煮蛋器成品出厂检验，防止不合格产品出厂。
二、检验项目及要求
1. 外观：外壳无裂纹、划伤，标志和铭牌清晰完整。
2. 电气强度：施加1250V电压1分钟，无击穿、闪络。
3. 泄漏电流：在1.06倍额定电压下不大于0.25mA。
4. 功能：注水至刻度线后通电，指示灯亮；水烧干后5秒内自动断电并发出提示音。
三、抽样规则
每批按5%抽样，每批不少于5台；电气强度项目逐台检验。
四、判定
全部项目合格判该批合格；有一项不合格的加倍抽检，仍不合格的整批返工。
五、记录
检验员填写出厂检验记录表，记录保存三年。
""",
    ),
    dict(
        slug="snapshot-soude-request-library-coffee-machine",
        site="搜得 search snapshot of 獐溪县文化广电和旅游局 (invented)",
        style="搜索快照",
        genre="请示",
        kind="other",
        form="html",
        source="http://snapshot.soude.cn/c?u=zxwgl.gov.cn/xxgk/qs/202404/t20240415_881.html",
        title="关于为县图书馆阅读休闲区购置咖啡机的请示",
        record_title="[快照] 关于为县图书馆阅读休闲区购置咖啡机的请示 | 獐溪文旅",
        record_date="2024-04-12",
        date="2024-04-12",
        notes="snapshot frame: a capture banner, a highlighted-terms line, the original page's chrome inside; the request's "
        "own 联系人/电话 line after the date; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于为县图书馆阅读休闲区购置咖啡机的请示_獐溪县文化广电和旅游局</title>
</head>
<body>
<div class="sd-banner">
<p>⟦d 搜得提示：您看到的是该网页于 2024-04-20 被搜得保存的副本，原网页可能已经变化⟧</p>
<p>⟦m 已为您标出以下关键词：咖啡机 图书馆 请示⟧</p>
<p>⟦a 查看原网页 ›⟧</p>
</div>
<div class="orig">
<div class="o-head">⟦m 獐溪县文化广电和旅游局⟧</div>
<div class="o-nav">⟦m <a href="/">首页</a> <a href="/xxgk/">信息公开</a> <a href="/whdt/">文化动态</a> <a href="/lyfw/">旅游服务</a>⟧</div>
<h1>{T}</h1>
<div class="o-info">⟦m 发布日期：2024-04-15　信息来源：县图书馆⟧</div>
<div class="o-text">
{BODY}
</div>
<div class="o-foot">⟦m 獐溪县文化广电和旅游局主办　湘ICP备13004578号⟧</div>
</div>
</body>
</html>
""",
        body="""
县文化广电和旅游局：
为提升县图书馆服务品质，延长读者在馆停留时间，我馆拟在二楼阅读休闲区设置自助咖啡角，需购置商用全自动咖啡机1台、净水器1台，预算共计2.3万元。
设置咖啡角后，可为读者提供平价饮品，收入用于补充阅读推广活动经费，做到收支公开。咖啡机由馆内志愿者管理，每日清洁并登记。
所需资金拟从我馆2024年度公用经费中列支。
妥否，请批示。
獐溪县图书馆
2024年4月12日
（联系人：聂芳，电话：0736-4418530）
""",
    ),
    dict(
        slug="snapshot-textcache-notice-hedge-trimming-schedule",
        site="搜得 text-only cache of 嘉庭物业 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.soude.cn/t?u=jiating-wy.com/gonggao/cuiwan-0603.html",
        title="关于小区绿篱集中修剪作业安排的通知",
        record_title="关于小区绿篱集中修剪作业安排的通知_嘉庭物业（纯文字缓存）",
        date="2024-06-03",
        notes="text-only cache: a capture line, a highlighted-terms line, the original page's menu and footer; the notice's own "
        "物业服务中心 phone; a crawl stamp is no date; 成文日期",
        page="""
!d 【纯文字缓存】本页由搜得抓取于 2024-06-18 07:55，仅保留文字内容
!m 命中词：绿篱　修剪　翠湾
!m 嘉庭物业 | 首页 | 服务项目 | 小区公告 | 业主服务
{T}
!m 嘉庭物业　翠湾小区项目部　浏览 203
{BODY}
!m 嘉庭物业服务有限公司　全国客服 400-105-6677
!a 查看含图片的原网页
""",
        body="""
各位业主：
根据小区绿化养护计划，物业服务中心将于6月5日至6月14日对小区内绿篱进行集中修剪。为减少对业主休息的影响，现将有关安排通知如下：
一、作业时间：工作日上午8:30—11:30，下午14:30—17:30，周末不作业。
二、作业机具：全部使用充电式绿篱机，噪声较汽油机明显降低。
三、作业期间，请业主看管好儿童和宠物，绕行作业区域，不要在警示带内停留。
如有意见建议，请拨打物业服务中心电话0730-2258846。
翠湾小区物业服务中心
2024年6月3日
""",
    ),
    dict(
        slug="print-michuan-letter-yogurt-temperature-test",
        site="麋川县小家电产业服务中心 print view (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://www.mcxjdzx.cn/print.asp?id=418",
        title="关于商请开展酸奶机产品发酵温度比对检测的函",
        record_title="〈打印友好版〉关于商请开展酸奶机产品发酵温度比对检测的函",
        date="2025-05-12",
        notes="print view calling window.print(): print/back buttons, the page URL line, a print footer ⌾ 第1页 ∕ 共1页 ⌾ "
        "closing the page; the letter's own 联系人/电话; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〈打印友好版〉关于商请开展酸奶机产品发酵温度比对检测的函</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔返回原文〕⟧</div>
<div class="ph">⟦m 麋川县小家电产业服务中心　www.mcxjdzx.cn⟧</div>
<h2 align="center">{T}</h2>
<div class="pbody">
{BODY}
</div>
<div class="purl">⟦m 本页地址：http://www.mcxjdzx.cn/news.asp?id=418⟧</div>
<div class="pfoot">⟦p ⌾ 第1页 ∕ 共1页 ⌾⟧</div>
</body>
</html>
""",
        body="""
崦城市产品质量监督检验所：
为提升我县酸奶机产品质量，县小家电产业服务中心拟组织开展酸奶机发酵温度比对检测，现商请贵所给予技术支持。有关事项如下：
一、检测样品：县内6家企业送检的酸奶机各3台，共18台。
二、检测项目：发酵温度设定值与实测值偏差、温度均匀性。
三、时间安排：样品拟于6月上旬送达贵所，请于6月底前出具检测报告。
检测费用由我中心承担。请贵所研究后函复为盼。
联系人：苗振华，电话：0737-3390216。
麋川县小家电产业服务中心
2025年5月12日
""",
    ),
    dict(
        slug="print-jiuling-bulletin-popcorn-stalls-near-schools",
        site="鹫岭县市场监督管理局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.jiuling.gov.cn/print/20241129_2204.html",
        title="关于校园周边流动爆米花摊点专项检查情况的通报",
        record_title="【便于打印】关于校园周边流动爆米花摊点专项检查情况的通报 - 鹫岭县市场监督管理局",
        date="2024-11-28",
        notes="print view as text: a printed-at stamp (no date), the source URL, a print footer — ✻ 1/1 ✻ — closing the page; "
        "成文日期",
        page="""
!m 鹫岭县市场监督管理局　打印页面
!m 打印时间：2024-12-03 16:48
{T}
{BODY}
!m 原文链接：http://scjg.jiuling.gov.cn/zwgk/20241129_2204.html
!p — ✻ 1/1 ✻ —
""",
        indent="\u3000\u3000",
        body="""
各中小学校，各镇（街道）市场监管所：
11月18日至22日，县市场监管局联合县教育局对全县中小学校周边流动爆米花摊点开展专项检查，共检查摊点23个，发现问题摊点9个，现将检查情况通报如下。
一、主要问题。一是4个摊点使用的老式爆米花机压力表缺失或失灵；二是3个摊点从业人员无健康证明；三是2个摊点使用的糖精无标签。
二、处理情况。对压力表失灵的爆米花机当场责令停止使用，对其余问题摊点责令限期整改。
三、下一步要求。各学校要加强学生食品安全教育，发现校门口有违规摊点及时报告属地市场监管所。
鹫岭县市场监督管理局
2024年11月28日
""",
    ),
    dict(
        slug="webmail-michuan-letter-custom-egg-boilers",
        site="麋川县学生营养改善计划管理中心 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.mcjy.gov.cn/read?mid=20250403-00871",
        title="关于订购定制款节能煮蛋器的函",
        record_title="转发(2)：关于订购定制款节能煮蛋器的函",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="webmail reading view: sender/recipient/抄送/time headers, a forwarded header block, an attachment bar beside "
        "the letter's own 附件 list and 联系人/电话/邮箱; the send date differs from the 成文日期 and is also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发(2)：关于订购定制款节能煮蛋器的函 - 麋川政务邮箱</title>
<link rel="stylesheet" href="/webmail/css/read.css">
</head>
<body>
<div class="wm-top">⟦m 麋川政务邮箱⟧ ⟦a <a href="#">收信</a> <a href="#">写信</a> <a href="#">通讯录</a>⟧</div>
<div class="wm-tool">⟦a 回复 ｜ 回复全部 ｜ 转发 ｜ 删除 ｜ 标记为 ▾⟧</div>
<div class="wm-head">
<h3>⟦t 转发(2)：关于订购定制款节能煮蛋器的函⟧</h3>
<p>⟦m 发件人：潘静姝 &lt;mcyyzx_pjs@163.com&gt;⟧</p>
<p>⟦m 收件人：chenchui_xs@chenchui-dq.com⟧</p>
<p>⟦m 抄　送：mcjy_jicai@163.com⟧</p>
<p>⟦m 时　间：2025年4月3日（星期四）上午10:16⟧</p>
</div>
<div class="wm-attach">⟦a 📎 2 个附件：学校收货地址清单.xlsx（15K） 定制款式确认单.pdf（92K）　全部下载 ｜ 预览⟧</div>
<div class="wm-body">
<p>⟦m -------- 原始邮件 --------⟧</p>
<p>⟦m 主题：关于订购定制款节能煮蛋器的函⟧</p>
<h4>{T}</h4>
{BODY}
</div>
<div class="wm-foot">⟦d 本邮件由麋川政务邮箱系统发送，请勿通过本邮箱传输涉密信息⟧</div>
</body>
</html>
""",
        body="""
鹫岭晨炊电器有限公司：
我中心拟为全县37所农村学校食堂统一订购60孔节能煮蛋器45台，经前期询价比选，拟向贵公司订购。现将有关事项函告如下：
一、产品型号：CC-60型商用节能煮蛋器，机身印制“麋川县学生营养餐”字样。
二、交货时间：2025年4月30日前送达各学校，并负责安装调试和操作培训。
三、付款方式：验收合格后30日内支付全部货款。
请贵公司于4月8日前回函确认。
联系人：潘静姝，电话：0739-5281077，邮箱：mcyyzx_pjs@163.com
附件：1.学校收货地址清单
2.定制款式确认单
麋川县学生营养改善计划管理中心
2025年4月2日
""",
    ),
    dict(
        slug="mail-zhangxi-request-cordless-hedge-trimmers-docx",
        site="a forwarded mail as text (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="eml://zxylzx/2025-03-06/forward-0412",
        title="关于购置充电式绿篱机的请示",
        record_title="转发：关于购置充电式绿篱机的请示.docx",
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="a forwarded mail as text: forward headers (发件人/日期/主题/收件人/抄送) and a mail attachment line beside the "
        "request's own 附件 line; a mail client's signature; the send date is also accepted",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：獐溪县园林绿化服务中心 <zxylzx_bgs@163.com>
!m 日期：2025年3月6日 周四 09:41
!m 主题：转发：关于购置充电式绿篱机的请示.docx
!m 收件人：县城市管理局办公室 <zxcgj_bgs@163.com>
!m 抄送：县城市管理局计划财务股 <zxcgj_cw@163.com>
!a 附件已随邮件发送：关于购置充电式绿篱机的请示.docx（18.2 KB）
{T}
{BODY}
!m —— 发自我的手机邮箱客户端
""",
        body="""
局领导：
我中心目前负责城区38条道路、12个游园的绿篱养护任务，现有汽油绿篱机16台，其中9台已使用超过6年，故障频发，噪声和尾气也常遭周边居民投诉。
为提升养护效率、减少噪声扰民，我中心拟购置充电式绿篱机20台及配套电池40块，经市场询价，预算约16.8万元，资金拟从2025年城市绿化养护经费中列支。
淘汰的旧机将按国有资产处置程序报废。
妥否，请批示。
附件：充电式绿篱机询价情况表
獐溪县园林绿化服务中心
2025年3月5日
""",
    ),
]
