"""Holdout21, part A: government bureaus and public bodies no earlier part names — a
grassland work station, a sand-control station, a health-supervision institute, a
reservoir-resettlement office, a consumption-assistance centre, a county 中医药 office, a
rural road maintenance centre, a county seed-inspection station, a township 综合行政执法
team, a county 档案 digitisation project's office, a county 慈善总会 and a border-trade
zone. Invented text (places, people, sites, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="grassland-quyuan-notice-grazing-ban-html",
        site="蒹塘县草原工作站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cyz.jiantang.example.gov.cn/tzgg/2025/0318/412.html",
        title="关于做好2025年春季草原禁牧休牧工作的通知",
        record_title="关于做好2025年春季草原禁牧休牧工作的通知_通知公告_蒹塘县草原工作站",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="modern county template: top bar with accessibility and elder-mode switches, breadcrumb with ▸, byline with 信息提供/浏览次数, font-size row, the document's own 监督电话 beside the footer's phone; _column_site title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好2025年春季草原禁牧休牧工作的通知_通知公告_蒹塘县草原工作站</title>
<script>window.__site={id:'cyz-0318'};</script></head><body>
<div class="topbar"><a>⟦a 关怀版⟧</a> <a>⟦a 读屏模式⟧</a> <span>⟦m 今天是：星期二 农历二月十九⟧</span></div>
<header><div class="logo">⟦m 蒹塘县草原工作站 · 护一方草场 守万家牛羊⟧</div>
<nav><ul><li>⟦m 站情概况⟧</li><li>⟦m 草原保护⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 技术推广⟧</li><li>⟦m 互动交流⟧</li></ul></nav></header>
<div class="pos">⟦m 所在栏目 ▸ 首页 ▸ 通知公告 ▸ 正文⟧</div>
<article>
<h2>{T}</h2>
<div class="byline">⟦m 发文时间：2025-03-18　信息提供：草原监理股　浏览次数：1204⟧</div>
<div class="fs">⟦a 【字号 放大 还原 缩小】⟧ ⟦a 【关闭本页】⟧</div>
<div class="txt">
{BODY}
</div>
</article>
<aside><h4>⟦l 栏目最新⟧</h4><ul><li>⟦l 2025年草原鼠害监测结果公示⟧</li><li>⟦l 牧草良种补贴对象名单公示⟧</li><li>⟦l 关于开展草原普法宣传月活动的通知⟧</li></ul></aside>
<footer><p>⟦m 主办：蒹塘县草原工作站　联系电话：0937-6213005⟧</p><p>⟦m 甘ICP备2022003167号-3⟧</p><p>⟦m 网站标识码：6209230041⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为保护和恢复草原植被，促进草畜平衡，根据《蒹塘县草原禁牧休牧轮牧实施办法》，现就做好2025年春季禁牧休牧工作通知如下。
一、禁牧休牧时间
春季休牧时间为2025年4月1日至5月31日，共61天。禁牧区全年禁止放牧。
二、工作要求
（一）各乡镇要将休牧任务落实到村、到户、到草场，与牧户签订休牧责任书，建立台账。
（二）县草原工作站要组织技术人员开展巡查，对偷牧、夜牧等行为及时制止并依法处理。
（三）各乡镇要指导牧户做好舍饲圈养，提前储备饲草料，确保休牧期间牲畜不掉膘、不死亡。
三、监督举报
社会各界可通过以下方式对违规放牧行为进行监督举报，监督电话：0937-6213117，电子邮箱：cyzjd@jiantang.example.gov.cn。
附件：1.2025年春季休牧任务分解表
2.休牧责任书（样式）
蒹塘县草原工作站
2025年3月18日
""",
    ),
    dict(
        slug="sandcontrol-bairang-summary-wrapped",
        site="白壤县防沙治沙工作站 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://fszs.bairang.example.gov.cn/gzzj/2024/1230/88.html",
        title="白壤县防沙治沙工作站2024年工作总结",
        record_title=None,
        date="2024-12-30",
        notes="hard-wrapped at 62 columns; title missing from the record but on the page; a 【来源】【作者】 row; a data table of planting in ideographic-space cells; year only in the title plus a 成文日期",
        wrap=62,
        indent="　　",
        page="""
!m 白壤县防沙治沙工作站　＞＞　工作动态
{T}
!m 【来源：站办公室】【作者：韩彦青】【点击：377】
!a 分享到 ▸ 微信扫一扫　复制链接
{BODY}
!l ◁ 前一篇：县防沙治沙工作站召开冬季造林技术培训会
!l ▷ 后一篇：关于2025年度压砂造林苗木招标的公示
!m 本站地址：白壤县沙源路18号　电话（传真）：0953-7750216
""",
        body="""
2024年，我站在县林草局的领导下，坚持“以防为主、防治结合”的方针，统筹推进沙化土地综合治理，各项工作取得了明显成效。
一、主要工作完成情况
全年完成防沙治沙任务2.6万亩，其中工程固沙0.8万亩、人工造林1.1万亩、封沙育林0.7万亩。
项目区　完成面积（亩）　成活率
北沙窝　9600　86%
红柳滩　8400　83%
马鬃梁　8000　81%
二、主要做法
一是推广草方格与灌木混交模式，提高了沙障的固沙效果；二是实行“先建后补”，由合作社承包施工，验收合格后兑付资金；三是落实管护责任，聘用生态护林员64名，实行网格化巡护。
三、存在问题和下一步打算
部分项目区降水偏少，补植任务较重。2025年，我站将加快推进节水灌溉配套，持续巩固治理成果。
白壤县防沙治沙工作站
2024年12月30日
""",
    ),
    dict(
        slug="healthsupervision-jingkou-letter-cn-date",
        site="菁口市卫生健康监督所 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="https://wsjd.jingkou.example.gov.cn/xxgk/2025/0506/hs113.html",
        title="关于商请协助开展游泳场所卫生监督抽检的函",
        record_title="关于商请协助开展游泳场所卫生监督抽检的函.pdf",
        date="2025-05-06",
        notes="a PDF letter on a supervision institute's disclosure page; file-name title; document number neutral; 成文日期 in Chinese numerals; 联系人/电话 of the letter next to the site's hotline; page markers ⟡N⟡ glued",
        pages=dict(fmt="⟡{n}⟡", every=120, start=2, glue=True),
        page="""
!m 菁口市卫生健康监督所 ｜ 政务公开
!m 索引号：JK-WSJD-2025-00113　　公开方式：主动公开　　公开时限：常年
!t 关于商请协助开展游泳场所卫生监督抽检的函.pdf
!a ⇩ 原文下载（PDF，186KB）
菁卫监函〔2025〕9号
{BODY}
!m 投诉举报：12320　　办公时间：工作日 8:30—12:00 14:30—17:30
!d 本栏目所发布信息均以正式文件为准。
""",
        body="""
菁口市疾病预防控制中心：
为做好今年夏季游泳场所卫生安全保障工作，我所拟于6月上旬至8月下旬对全市42家游泳场所开展卫生监督抽检，抽检项目包括池水浑浊度、游离性余氯、尿素、菌落总数等指标。
鉴于我所实验室检测能力有限，特商请贵中心协助承担池水样品的实验室检测工作，并于采样后五个工作日内反馈检测结果。
如蒙同意，请于5月20日前函复。
联系人：罗晓霞　联系电话：0772-3315062
菁口市卫生健康监督所
二〇二五年五月六日
""",
    ),
    dict(
        slug="resettlement-luoshui-plan-breadcrumb-title",
        site="洛水县水库移民后期扶持办公室 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://ymb.luoshui.example.gov.cn/zcwj/2025/0210/27.html",
        title="洛水县2025年大中型水库移民后期扶持项目实施方案",
        record_title=None,
        date="2025-02-10",
        notes="title only in the breadcrumb's tail; 发布时间 byline the only date; numbered lists and a decimal heading; a project table; no signature",
        page="""
!m 洛水县水库移民后期扶持办公室
!m 位置：网站首页 » 政策文件 » 洛水县2025年大中型水库移民后期扶持项目实施方案
!m 发布时间：2025年02月10日　　发布机构：县移民办
!a 🖨 打印此文　✉ 发送给朋友
{BODY}
!l 【相关文件】
!l 洛水县移民后扶资金管理暂行办法
!l 2024年移民后扶项目绩效自评报告
!d 版权所有：洛水县水库移民后期扶持办公室　未经授权禁止复制或镜像
""",
        body="""
为进一步改善移民安置区生产生活条件，促进移民群众增收致富，根据省、市有关文件要求，结合我县实际，制定本方案。
一、总体目标
2025年安排后期扶持项目资金1860万元，实施项目23个，覆盖移民安置村31个，惠及移民群众1.2万人。
二、项目安排
2.1 基础设施类项目
安排资金1120万元，建设村组道路14.6公里、人饮工程5处、桥梁2座。
2.2 产业发展类项目
安排资金740万元，重点支持水产养殖、茶叶加工和乡村旅游。
项目类别　个数　资金（万元）
基础设施　15　1120
产业发展　8　740
三、保障措施
1.加强组织领导，县移民办负责项目统筹和资金监管。
2.严格项目管理，实行项目法人制、招投标制、工程监理制和合同管理制。
3.强化公示监督，项目实施前后在安置村进行公示，接受移民群众监督。
""",
    ),
    dict(
        slug="consumption-aid-puyang-speech-html",
        site="蒲阳市消费帮扶服务中心 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://xfbf.puyang.example.gov.cn/ldjh/2025/0422/9.html",
        title="在全市消费帮扶产销对接会上的讲话",
        date="2025-04-22",
        notes="HTML with old table layout (nested tables, a marquee of notices, a visitor counter); speaker and date lines under the title neutral; a 'back' and 'close' row",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蒲阳市消费帮扶服务中心</title></head>
<body bgcolor="#f4f4f4">
<table width="960" align="center"><tr><td>⟦m 蒲阳市消费帮扶服务中心⟧</td><td align="right">⟦m 帮扶产品展销专区 | 供需信息 | 政策解读⟧</td></tr>
<tr><td colspan="2"><marquee>⟦l 【公告】第三批消费帮扶产品认定名单已发布，请各单位查收⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<table><tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">市人民政府副市长　杜丰年</td></tr>
<tr><td align="center">（2025年4月22日）</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a 【返回上页】【关闭窗口】⟧</td></tr></table>
</td><td width="260" valign="top">
<table><tr><td>⟦l ◆ 热门信息 ◆⟧</td></tr><tr><td>⟦l ·帮扶专柜进驻机关食堂名单⟧</td></tr><tr><td>⟦l ·“以购代捐”工作指引⟧</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 您是本站第 0036218 位访客⟧<br>⟦m 地址：蒲阳市建设西路66号 邮编：735000⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天我们召开全市消费帮扶产销对接会，目的是搭建平台、畅通渠道，让脱贫地区的好产品走出大山、走上餐桌。
刚才，五家采购单位与帮扶地区签订了购销协议，签约金额达到3600万元，这是一个很好的开端。
下面，我讲三点意见。
第一，要把消费帮扶作为巩固脱贫成果的重要抓手。各级预算单位要按照不低于食堂采购总额30%的比例，优先采购帮扶产品。
第二，要在提升产品品质上下功夫。生产主体要严格按标准组织生产，加快品牌培育，让产品“卖得出”也“卖得好”。
第三，要在完善服务体系上下功夫。物流、金融、商务等部门要协同发力，降低流通成本，提升供应链效率。
同志们，消费帮扶一头连着脱贫群众，一头连着广大消费者，希望大家齐心协力，把这件好事办好办实。
""",
    ),
    dict(
        slug="tcm-office-shanlan-notice-print-stamp",
        site="杉岚县中医药发展服务中心 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zyy.shanlan.example.gov.cn/tz/2025/0612/331.html",
        title="关于开展“中医药进乡村”义诊活动的通知",
        record_title="【通知】关于开展“中医药进乡村”义诊活动的通知",
        date="2025-06-12",
        notes="decorated record title; 成文日期 differs from a 录入 timestamp (the 成文日期 expected, the byline also accepted); an example time schedule table; a print stamp is no date",
        date_also=["2025-06-13"],
        page="""
!m 杉岚县中医药发展服务中心 > 通知公告
!t 【通知】关于开展“中医药进乡村”义诊活动的通知
!m 录入：陈芝　录入时间：2025-06-13 09:41　阅读：208
{BODY}
!m 打印时间：2025/7/2 16:05:11
!a 【收藏】【打印】【纠错】
""",
        body="""
各乡镇卫生院、县中医医院：
为让群众在家门口享受优质中医药服务，经研究，决定于6月下旬开展“中医药进乡村”义诊活动。现将有关事项通知如下。
一、义诊安排
日期　地点　牵头单位
6月21日　石门乡卫生院　县中医医院
6月24日　岭下镇卫生院　县中医医院
6月27日　竹坪乡卫生院　县中医药发展服务中心
二、义诊内容
开展中医体质辨识、针灸推拿、慢病中医调理和中药饮片合理使用宣传。
三、有关要求
各卫生院要提前在村广播和微信群发布义诊信息，做好场地、桌椅和登记表准备。
杉岚县中医药发展服务中心
2025年6月12日
""",
    ),
    dict(
        slug="roadmaint-heqiao-report-cut-markers",
        site="禾桥县农村公路养护中心 (invented)",
        style="政府门户",
        genre="报告",
        kind="report",
        form="text",
        source="http://nlyh.heqiao.example.gov.cn/gzbg/2025/0708/55.html",
        title="关于汛期农村公路水毁情况的报告",
        record_title="关于汛期农村公路水毁情况的报告",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="page markers ‡N‡ on lines of their own cutting sentences; document number neutral; a 签发人 line neutral; a repair-cost table",
        pages=dict(fmt="‡ {n} ‡", every=80, start=2),
        page="""
!m 禾桥县农村公路养护中心·政务信息
{T}
禾路养〔2025〕14号　　签发人：潘建国
{BODY}
!m 责任编辑：谭敏　　审核：鲁文龙
!l 上一条：禾桥县农村公路“路长制”工作简报（第6期）
""",
        body="""
县人民政府：
7月3日至6日，我县遭遇持续强降雨，部分农村公路出现塌方、路基冲毁等水毁情况。现将有关情况报告如下。
一、水毁基本情况
全县共有17条农村公路受损，其中县道3条、乡道6条、村道8条，累计塌方4.3万立方米，冲毁路基1.2公里，损坏涵洞11道。
二、抢通保通情况
灾情发生后，我中心立即启动应急预案，调集机械42台次、人员260人次，至7月7日已抢通道路15条，剩余2条设置了警示标志并实行交通管制。
三、修复资金需求
路线等级　受损条数　估算修复资金（万元）
县道　3　420
乡道　6　315
村道　8　180
恳请县政府协调安排应急修复资金915万元。
特此报告。
禾桥县农村公路养护中心
2025年7月8日
""",
    ),
    dict(
        slug="seedstation-lingquan-notice-oneline",
        site="灵泉县种子管理站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zzz.lingquan.example.gov.cn/tzgg/2025/0226/7.html",
        title="关于开展春季种子市场检查的通知",
        record_title="关于开展春季种子市场检查的通知",
        record_date="2025-02-26",
        date="2025-02-26",
        notes="the whole body on one line (a portal's text field flattened); a 'text-only' switch and a 'you are here' line; a site-generated 'page generated in' stamp",
        oneline=True,
        indent="　　",
        page="""
!m 灵泉县种子管理站　|　纯文字版
{T}
!m 来源：种子管理站　时间：2025-02-26
{BODY}
!m 页面生成于 0.032 秒
!m 灵泉县种子管理站版权所有　地址：灵泉县农科路3号
""",
        body="""
各乡镇农业综合服务中心：
为保障春耕用种安全，决定自3月1日至4月15日在全县开展春季种子市场检查。
检查重点是种子经营者备案、标签标注、进货查验记录和品种审定情况，重点抽查玉米、水稻和蔬菜种子。
各乡镇要对辖区种子门店逐一登记，发现无证经营、套牌侵权等问题的，及时报告县种子管理站。
灵泉县种子管理站
2025年2月26日
""",
    ),
    dict(
        slug="lawenforce-maotang-town-minutes",
        site="茅塘镇综合行政执法队 (invented)",
        style="政府门户",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.maotang.example.gov.cn/zfd/hyjy/2025/0415.html",
        title="茅塘镇综合行政执法队月度工作例会纪要",
        record_title="茅塘镇综合行政执法队月度工作例会纪要_执法动态_茅塘镇人民政府",
        date="2025-04-15",
        date_also=["2025-04-14"],
        notes="minutes: 时间/地点/主持/参会/记录 lines in the body; the 印发 date expected, the meeting date also accepted; a 'scan this page's code' box; 抄送 版记",
        page="""
!m 茅塘镇人民政府　›　执法动态
!t 茅塘镇综合行政执法队月度工作例会纪要_执法动态_茅塘镇人民政府
!m 信息来源：镇综合行政执法队　更新日期：2025-04-15
!a 手机扫码浏览本页 ▣
{BODY}
!l 【返回栏目】　【回到顶部】
""",
        body="""
时间：2025年4月14日下午
地点：镇政府三楼会议室
主持：邹立峰
参会：执法队全体队员、各村联络员
记录：任小梅
会议听取了3月份执法工作情况汇报，研究部署了4月份重点工作。纪要如下：
一、3月份共办理违法建设、占道经营等案件19件，结案16件，剩余3件限期办结。
二、4月份重点开展集镇“门前三包”整治和违规焚烧秸秆巡查，各村联络员每天上报巡查情况。
三、执法过程必须全程佩戴执法记录仪，严格落实“首违不罚”清单，做到规范文明执法。
抄送：镇党委办、镇纪委
茅塘镇综合行政执法队　2025年4月15日印发
""",
    ),
    dict(
        slug="charity-qingcen-pledge-html-donate",
        site="青岑县慈善总会 (invented)",
        style="政府门户",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.qcshcs.example.org.cn/news/2025/0901/204.html",
        title="“99公益日”爱心助学倡议书",
        record_title="倡议丨“99公益日”爱心助学倡议书",
        record_date="2025-09-01",
        date="2025-09-01",
        notes="modern charity template: hero banner, donation counter, 'donate now' buttons, a QR box; the pledge's own 捐款账户 and 热线 kept in the body; signature date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>“99公益日”爱心助学倡议书 - 青岑县慈善总会</title></head><body>
<div class="hero"><div class="brand">⟦m 青岑县慈善总会 | 让爱心汇聚成河⟧</div><a class="btn">⟦a 我要捐款 →⟧</a></div>
<div class="counter">⟦m 今年累计善款 ¥3,261,880.50 · 爱心人次 18,233⟧</div>
<main><h1>{T}</h1>
<p class="meta">⟦m 2025-09-01 · 宣传部 · 阅读 2.1k⟧</p>
<section class="content">
{BODY}
</section>
<div class="qr">⟦a 长按识别二维码，一元也是爱⟧</div>
<div class="tags">⟦l 标签：助学 · 公益日 · 倡议⟧</div>
</main>
<div class="side"><h5>⟦l 项目进展⟧</h5><p>⟦l 山区学校午餐计划第三期执行报告⟧</p><p>⟦l 孤困儿童微心愿认领反馈⟧</p></div>
<footer>⟦d 本会接受社会监督，所有项目财务信息依法公开。⟧ ⟦m © 青岑县慈善总会　湘ICP备2021008810号⟧</footer>
</body></html>
""",
        body="""
亲爱的社会各界爱心人士：
今年9月，全县仍有一百余名家庭困难的大学新生面临学费难题。为帮助他们圆梦大学，县慈善总会发起“99公益日”爱心助学活动。
我们倡议：机关干部、企业家、教师和广大群众，量力而行，奉献爱心，一元不少，万元不多。
捐款可通过以下渠道：
1.线上捐赠：9月7日至9日，在公益平台搜索“青岑助学圆梦”参与捐赠。
2.银行转账：户名青岑县慈善总会，账号4301 6620 0188 0002 317，开户行青岑县农商银行城关支行。
3.咨询热线：0739-5220099。
每一笔善款都将在县慈善总会网站公开，接受社会监督。
青岑县慈善总会
2025年9月1日
""",
    ),
    dict(
        slug="bordertrade-daishui-news-html-blocks",
        site="黛水口岸边民互市贸易区管委会 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://dsbm.example.gov.cn/news/2025/0520/1033.html",
        title="边民互市贸易区一季度进出口额同比增长21%",
        record_title="边民互市贸易区一季度进出口额同比增长21%",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="article split into short div blocks with a photo caption between paragraphs (chrome), a translation switch, a 'related' grid, a footer with 公网安备",
        p_html='<div class="para">{}</div>',
        page="""
<html><head><meta charset="utf-8"><title>边民互市贸易区一季度进出口额同比增长21%</title></head><body>
<div class="lang">⟦a 中文 | Русский | English⟧</div>
<div class="head">⟦m 黛水口岸边民互市贸易区管委会⟧</div>
<div class="crumbs">⟦m 首页 / 互市动态 / 正文⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 日期：2025-05-20　作者：贸易区宣传办　摄影：周凯⟧</div>
{BODY}
<div class="rel"><b>⟦l 推荐阅读⟧</b><a>⟦l 互市商品落地加工项目签约⟧</a><a>⟦l 边民合作社联审系统上线⟧</a></div>
<div class="foot">⟦m 黑公网安备23110202000091号⟧ ⟦a 返回顶部 ↑⟧</div>
</body></html>
""",
        body="""
记者从黛水口岸边民互市贸易区管委会获悉，今年一季度，贸易区完成边民互市进出口额7.8亿元，同比增长21%。
⟦m 图为边民在互市贸易区交易大厅申报商品。（周凯 摄）⟧
其中，进口以海产品、木材和食用油为主，出口以果蔬、日用品和小家电为主。
今年以来，贸易区推行“线上申报、集中查验”模式，边民平均通关时间缩短到20分钟以内。
下一步，管委会将加快建设互市商品落地加工园区，推动“边民互市+落地加工”发展。
""",
    ),
    dict(
        slug="archives-digit-luoping-work-points",
        site="罗坪县档案数字化工作专班 (invented)",
        style="政府门户",
        genre="工作要点",
        kind="plan",
        form="text",
        source="http://daj.luoping.example.gov.cn/szh/2025/0305.html",
        title="罗坪县2025年档案数字化工作要点",
        record_title="罗坪县2025年档案数字化工作要点 - 档案信息化 - 罗坪县档案局",
        date=None,
        notes="year only in the title; no signature; sentences that tell units to 扫描/上传/下载 the metadata template are body; a 'you may also want' box; a visitor count line",
        page="""
!m 罗坪县档案局 ｜ 档案信息化
!t 罗坪县2025年档案数字化工作要点 - 档案信息化 - 罗坪县档案局
!m 访问量：2316　　字号：[大] [中] [小]
{BODY}
!l 您可能还想看：
!l ▪ 档案数字化外包安全管理规范解读
!l ▪ 机关电子文件单套归档试点方案
""",
        body="""
一、推进馆藏档案数字化。全年完成馆藏纸质档案扫描120万画幅，重点完成1949年至1978年文书档案的数字化。
二、规范数字化加工。各立档单位扫描分辨率不低于300dpi，统一使用县档案局下发的元数据模板，模板可在档案管理系统“下载中心”下载。
三、加强数据安全。数字化加工场所实行封闭管理，严禁外包人员拷贝、上传档案数据。
四、推动档案利用。年底前建成全县档案资源共享平台，实现跨馆查档“一次都不跑”。
""",
    ),
]
