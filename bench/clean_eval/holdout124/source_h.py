"""holdout124, part H: cloud drives, search snapshots, print views, forwarded mails. Invented text."""

CASES = [
    dict(
        slug="pan-feige-triathlon-race-plan-text",
        site="飞鸽网盘分享页 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.feige-cloud.com/s/1tRiA7hLon",
        title="2025环翠湖铁人三项赛赛事保障工作方案",
        record_title="2025环翠湖铁人三项赛赛事保障工作方案.docx",
        date="2025-09-28",
        notes="cloud-drive share: file-name title; in-browser preview with ⌈n⌉ page markers on lines of their own; signature date",
        page="""
!m 飞鸽网盘 | 文件分享
!m 分享者：赛事办小贺　　分享时间：2025-09-30 11:02　　有效期：7天
!t 2025环翠湖铁人三项赛赛事保障工作方案.docx（62.4KB）
!a 保存到我的网盘　　　下载（SVIP极速下载）
!m 在线预览
{BODY}
!a 预览仅支持前5页，完整文件请保存后查看
!d 请勿分享违法违规内容，飞鸽网盘将依法配合有关部门处理。
""",
        pages=dict(fmt="⌈{n}⌉", every=180, start=2),
        body="""
为确保2025环翠湖铁人三项赛安全有序举办，制定本保障方案。
一、赛事概况：比赛于10月19日举行，设标准距离组和冲刺距离组，包括游泳、自行车、跑步三个项目，预计参赛选手1200人。
二、水上安全保障：游泳赛段设置救生艇8艘、救生员40名，沿线每50米设置一个救援浮标点，由市水上救援队负责。
三、交通管制：比赛当日6:30至13:00对环湖路实行全封闭交通管制，公安交警部门提前三天发布绕行公告。
四、医疗保障：在转换区和终点设置医疗站，配备救护车4辆、AED设备12台，沿线每2公里安排医护志愿者。
五、应急处置：成立赛事应急指挥部，遇雷雨、大风等恶劣天气，由指挥部决定调整或取消相关赛段。
环翠湖铁人三项赛组委会办公室
2025年9月28日
""",
    ),
    dict(
        slug="pan-nas-apricot-processing-summary-text",
        site="家用NAS共享链接 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://192.168.31.8:5000/sharing/apricotQ3",
        title="杏脯加工车间第三季度生产工作总结",
        record_title=None,
        date="2025-10-09",
        notes="NAS share: no record title, the file name and the title on the page; hard-wrapped at 58 columns; signature date",
        page="""
!m 文件共享 - 群晖 DiskStation
!m 共享文件夹：/工作/车间总结/2025
!m 杏脯加工车间三季度总结.txt　　大小：3.1KB　　修改日期：2025/10/10 08:14
!a 下载　｜　复制链接
{T}
{BODY}
!m 共享链接由 zhang_wei 创建，仅限局域网访问
""",
        wrap=58,
        indent="    ",
        body="""
第三季度是杏脯加工旺季，车间克服鲜杏集中上市、用工紧张等困难，完成了季度生产任务。
一、生产情况：本季度收购鲜杏2860吨，生产杏脯612吨、杏仁罐头140吨，产量同比增长9%，产品合格率99.2%。
二、质量管理：新增金属探测仪两台，严格执行原料验收和糖渍工艺记录，全季度未发生质量投诉。
三、安全生产：开展烘干房消防检查6次，组织新员工安全培训3期，未发生安全事故。
四、存在问题：烘干能力不足，高峰期鲜杏积压；部分季节工操作不熟练。
五、第四季度打算：做好杏脯包装和销售，完成烘干房扩建前期准备。
杏脯加工车间
2025年10月9日
""",
    ),
    dict(
        slug="snapshot-haiyao-aquarium-notice-frame-html",
        site="搜搜快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousou-example.com/c?u=haiyao-aquarium.com/notice/88",
        title="海耀海洋馆关于白鲸馆闭馆维护的公告",
        record_title="海耀海洋馆关于白鲸馆闭馆维护的公告 - 搜搜快照",
        date="2025-11-03",
        notes="snapshot frame over the page: cache header with crawl time (not a date); the page's own 发布 line and signature",
        page="""
<html><head><meta charset="utf-8"><title>海耀海洋馆关于白鲸馆闭馆维护的公告 - 搜搜快照</title></head><body>
<div class="cache-head">⟦m 这是 haiyao-aquarium.com/notice/88 的快照，抓取于 2025年11月6日 03:21:47。⟧<br>⟦m 当前页面可能已经更改，请点击查看当前页面。⟧<br>⟦m 以下搜索词已高亮显示：白鲸馆 闭馆⟧</div>
<hr>
<div class="site-top">⟦m 海耀海洋馆　探索蔚蓝世界⟧　⟦a 在线购票⟧</div>
<div class="site-nav">⟦m 首页　场馆介绍　表演时间　游玩攻略　公告⟧</div>
<h2>{T}</h2>
<div>⟦m 发布：2025-11-03　运营部⟧</div>
{BODY}
<div class="site-foot">⟦m 海耀海洋馆　游客服务热线：0532-8117 6600⟧</div>
</body></html>
""",
        body="""
尊敬的游客：
为保障白鲸的健康和游览安全，海耀海洋馆白鲸馆将于2025年11月10日至12月5日闭馆，进行维生系统检修和展缸玻璃维护。
闭馆期间，白鲸表演暂停，海洋馆其他展区正常开放，门票价格不变。已购买“白鲸互动体验”项目的游客，可在官方购票渠道申请全额退款或改期。
给您带来的不便，敬请谅解！
海耀海洋馆
2025年11月3日
""",
    ),
    dict(
        slug="snapshot-textonly-bowling-safety-rules",
        site="悠搜网页快照（纯文字版） (invented)",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="text",
        source="http://kuaizhao.yousou.example/text?id=bowl2291",
        title="星轨保龄球馆顾客安全须知",
        record_title=None,
        date=None,
        notes="text-only cache: crawl stamp and cache notes as chrome, no date; numbered rules; no record title",
        page="""
!m 悠搜快照（纯文字版）　网页抓取时间：2025-08-30 14:02
!m 原网址：http://www.xingguibowling.cn/about/safety.html
!d 悠搜与网页作者无关，不对其内容负责。
!m 星轨保龄球馆 - 首页 - 关于我们 - 顾客须知
{T}
{BODY}
!m 星轨保龄球馆　地址：澜城区文体中心负一楼　营业时间：10:00—24:00
!l 友情链接：澜城体育　｜　澜城美食网
""",
        body="""
为保障您在打球过程中的安全，请遵守以下须知：
1. 进入球道区必须更换专用保龄球鞋，不得穿着自带鞋踏入助走道。
2. 请根据自身体力选择重量合适的球，儿童须在成人陪同下打球。
3. 出球前请确认前方球道无人，严禁越过犯规线进入球道。
4. 请勿在回球机附近将手伸入出球口。
5. 酒后请勿打球，心脏病、高血压患者请量力而行。
6. 如遇设备故障，请呼叫工作人员处理，切勿自行维修。
""",
    ),
    dict(
        slug="print-zhiquan-patent-subsidy-html",
        site="南漳市市场监督管理局（知识产权局） 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjgj.nanzhang.gov.cn/print.jsp?id=44190",
        title="关于申报2025年度专利资助资金的通知",
        record_title="打印预览 - 关于申报2025年度专利资助资金的通知",
        date="2025-07-22",
        notes="print view: a 打印/关闭 row, URL and print-time line, 第 1 页 footer; 附件 list; signature date",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 关于申报2025年度专利资助资金的通知</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="">
<div class="noprint">⟦a 【确认打印】　【关闭窗口】⟧</div>
<div class="src">⟦m 南漳市市场监督管理局（知识产权局）　http://scjgj.nanzhang.gov.cn⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pfoot">⟦m 打印时间：2025-08-01 09:47⟧　⟦p ∷ 1 / 1 ∷⟧</div>
</body></html>
""",
        body="""
各有关单位：
为鼓励发明创造，提升我市知识产权创造质量，现组织开展2025年度专利资助资金申报工作。
一、资助对象：2024年7月1日至2025年6月30日期间获得授权的发明专利，专利权人为本市企事业单位或个人。
二、资助标准：国内发明专利每件资助3000元，国外发明专利每件资助1万元。
三、申报时间：2025年8月1日至8月31日。
四、申报方式：登录市政务服务网“专利资助”事项在线申报，上传申报表和专利证书扫描件。
附件：2025年度专利资助申报表
南漳市市场监督管理局（知识产权局）
2025年7月22日
""",
    ),
    dict(
        slug="print-liyuan-plum-pest-notice-text",
        site="李园镇农业服务中心 打印版 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.liyuanzhen.gov.cn/nyfw/print/3317",
        title="关于做好李子实蝇统防统治工作的紧急通知",
        record_title="〔打印稿〕关于做好李子实蝇统防统治工作的紧急通知",
        date="2025-06-03",
        notes="text print view: print header and footer lines, page footer ┤1├; signature date in Chinese numerals",
        page="""
!m 李园镇人民政府网 — 农业服务 — 打印版本
!a [打印] [返回原文]
{T}
{BODY}
!m 本页地址：https://www.liyuanzhen.gov.cn/nyfw/3317
!p ┤ 1 ├
""",
        body="""
各村（社区）、各李子专业合作社：
近期气温升高，李子实蝇进入成虫羽化高峰期，部分果园已出现虫果。为减少损失，现就做好统防统治工作通知如下。
一、6月5日至6月15日，在全镇统一悬挂诱蝇球和性诱剂，每亩不少于20个。
二、及时捡拾落地虫果，集中深埋或装袋暴晒，严禁随意丢弃。
三、镇农业服务中心组织植保服务队上门指导，各村要做好农户发动工作。
李园镇农业服务中心
二〇二五年六月三日
""",
    ),
    dict(
        slug="mail-handball-tournament-forward-text",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:forwarded/2025-05-handball",
        title="关于举办2025年县直机关职工手球联赛的通知",
        record_title="转发：关于举办2025年县直机关职工手球联赛的通知",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="forwarded mail: mail headers and a mail's own attachment header; the notice's 附件 list kept; send date differs from the signature",
        page="""
!m 发件人：县总工会文体部 <wtb@tongxi-zgh.cn>
!m 发送时间：2025年5月7日(星期三) 上午9:26
!m 收件人：各单位工会
!t 主题：转发：关于举办2025年县直机关职工手球联赛的通知
!m 附件：报名表.xlsx (18KB)
!m -------- 转发的邮件 --------
{BODY}
!d 此邮件及其附件含有保密信息，仅限于发送给上述收件人使用。
!a 回复｜回复全部｜转发｜打印
""",
        body="""
各县直单位工会：
为丰富职工业余文化生活，县总工会决定举办2025年县直机关职工手球联赛。现将有关事项通知如下。
一、比赛时间：2025年5月24日至6月8日，每周六、周日。
二、比赛地点：县体育中心综合馆。
三、参赛办法：以单位或系统为单位组队，每队报运动员12名、领队和教练各1名。
四、报名时间：请于5月16日前将报名表发送至县总工会文体部邮箱。
附件：2025年县直机关职工手球联赛报名表
桐溪县总工会
2025年5月6日
""",
    ),
    dict(
        slug="mail-archive-yuju-troupe-tour-html",
        site="县文化馆邮件存档 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.example-archive.cn/list/wenhuaguan/2025/msg00417.html",
        title="关于豫剧团“百场大戏进乡村”巡演安排的通知",
        record_title="Fwd: 关于豫剧团“百场大戏进乡村”巡演安排的通知",
        date="2025-03-18",
        notes="mail archive page: thread nav, headers, quoted footer; tour schedule table; signature date",
        page="""
<html><head><meta charset="utf-8"><title>Fwd: 关于豫剧团“百场大戏进乡村”巡演安排的通知</title></head><body>
<div class="arch">⟦l [日期前一封] [日期后一封] [主题前一封] [主题后一封]⟧</div>
<div class="arch">⟦l [按日期索引] [按主题索引]⟧</div>
<h1>⟦t Fwd: 关于豫剧团“百场大戏进乡村”巡演安排的通知⟧</h1>
<ul><li>⟦m From: 县文化馆办公室 &lt;whg_office@qiyang-culture.cn&gt;⟧</li><li>⟦m Date: Tue, 18 Mar 2025 16:40:12 +0800⟧</li></ul>
<pre>⟦m ---------- Forwarded message ---------⟧</pre>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦m --<br>县文化馆办公室 | 电话 0394-7210 338⟧</div>
<div class="arch">⟦m 本邮件列表存档由 mailarch 生成⟧</div>
</body></html>
""",
        body="""
各乡镇综合文化站：
根据年度工作安排，县豫剧团将于3月下旬开始“百场大戏进乡村”巡演，现将第一批巡演安排通知如下。
日期　乡镇　剧目
3月25日　城郊乡　《穆桂英挂帅》
3月27日　柳林镇　《朝阳沟》
3月29日　白河镇　《七品芝麻官》
请各文化站提前选好演出场地，协调搭台用电，做好观众组织和安全保障工作。
淇阳县文化馆
2025年3月18日
""",
    ),
]
