"""holdout105, part F: print view, forwarded mail, portal, news, 文库 and forum pages. Invented text."""

CASES = [
    dict(
        slug="print-haitang-patrol-duty-html",
        site="汐口县海塘管理所 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://htgl.xikou.example.gov.cn/print.aspx?id=1139",
        title="关于观潮期间海塘巡查值守工作安排的通知",
        record_title="〖打印稿〗关于观潮期间海塘巡查值守工作安排的通知",
        date="2024-09-06",
        notes="print template with print footer; duty table; 抄送 and 印发 lines kept; print stamp not a date",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于观潮期间海塘巡查值守工作安排的通知</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a 〔确认打印〕　〔取消〕⟧</div>
<div class="ph">⟦m 汐口县海塘管理所　内部打印稿⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m ≡ 页码 1 ∕ 1 ≡⟧</div>
<div class="pf">⟦m 打印人：沈磊　打印于 2024-09-10 08:41⟧</div>
</body></html>
""",
        body="""
各巡查组：
为确保观潮期间海塘安全，现将巡查值守工作安排如下：
时段　堤段　负责人
9月15日—17日　老盐仓至丁字坝　沈磊
9月18日—19日　丁字坝至新塘闸　周海涛
各巡查组每日高潮前两小时上堤，发现堤身渗水、护栏松动立即上报。
抄送：县水利局，县应急管理局。
汐口县海塘管理所办公室　2024年9月6日印发
""",
    ),
    dict(
        slug="mail-lutan-seed-farm-qualification-fw",
        site="鹭滩县渔业邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:yyz@lutan.example.gov.cn",
        title="关于申报2025年省级水产良种场的通知",
        record_title="Fw: 关于申报2025年省级水产良种场的通知.docx",
        title_in="file-name",
        date="2025-02-26",
        date_also=["2025-02-28"],
        notes="forwarded mail with a reply chain; file-name title; the mail's own attachment header and the notice's 附件 both present; send date differs",
        page="""
!m 发件人：县海洋与渔业局渔业站
!m 时间：2025-02-28 15:47
!m 收件人：海丰海马养殖场；东屿水产苗种场
!m 主题：Fw: 关于申报2025年省级水产良种场的通知.docx
!m 附件：申报通知.docx（36KB）
!w 请有意向的场子尽快准备材料，有疑问打渔业站电话。——小吴
!m ---- 原始邮件 ----
{T}
{BODY}
!d 本邮件及附件可能含有保密信息，如误收请删除
""",
        body="""
各县（市、区）海洋与渔业局：
根据省级水产原良种场管理办法，现启动2025年省级水产良种场申报工作。
申报单位须具备独立法人资格，连续从事苗种生产三年以上，近两年未发生重大质量安全事故。
请于2025年3月31日前将申报材料一式三份报送省水产技术推广总站。
附件：1.省级水产良种场申报书
2.现场审查评分表
省海洋与渔业局办公室
2025年2月26日
""",
    ),
    dict(
        slug="gov-tangxi-signboard-protect-list",
        site="棠溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tangxi.example.gov.cn/art/2025/5/20/art_1229_77102.html",
        title="棠溪县文化和旅游局关于公布第一批特色手绘招牌保护名录的通知",
        record_title="棠溪县文化和旅游局关于公布第一批特色手绘招牌保护名录的通知_部门文件_棠溪县人民政府",
        date="2025-05-19",
        date_also=["2025-05-20"],
        notes="portal text page; list table; decimal-free items; chrome glued after the first line",
        page="""
!m 棠溪县人民政府　www.tangxi.example.gov.cn
!m 首页 > 信息公开 > 部门文件
{T}
棠文旅〔2025〕12号
!m 发布日期：2025-05-20　　来源：县文化和旅游局　　字体：[大][中][小]
{BODY}
!l 扫一扫在手机打开当前页
!m 棠溪县人民政府办公室　主办　浙ICP备05030127号
""",
        body="""
各乡镇（街道），县级有关单位：⟦a 【我要纠错】⟧
经专家评审和社会公示，确定“源丰酱园”等12块手绘招牌为第一批特色手绘招牌保护对象，现予公布。
序号　招牌名称　所在位置
1　源丰酱园　老街28号
2　同春堂药号　老街41号
3　德馨布庄　老街57号
各保护责任单位要落实日常维护，不得擅自拆除、遮挡或改绘。
棠溪县文化和旅游局
2025年5月19日
""",
    ),
    dict(
        slug="news-quanling-plant-resumes-title-glued",
        site="泉岭日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qlrb.example.cn/html/2024-07/15/content_772301.htm",
        title="云岫饮品厂整改验收合格恢复生产",
        record_title=None,
        date="2024-07-15",
        notes="no record title; title printed twice, once glued to the lead; news time line is the date",
        page="""
!m 泉岭日报网　泉岭权威新闻门户
!m 首页 ＞ 本地 ＞ 民生
{T}
!m 时间：2024-07-15 08:05　　来源：泉岭日报　　记者：杭小雨
{BODY}
!l 【今日热点】泉岭水源地保护条例7月起施行
!d 凡注明来源为泉岭日报的作品，未经授权不得转载
""",
        body="""
⟦t 云岫饮品厂整改验收合格恢复生产⟧本报讯 7月12日，市市场监管局组织专家对云岫饮品厂开展整改验收，该厂各项条件符合要求，准予恢复生产。
去年第三季度抽检中，该厂一批次饮用纯净水菌落总数超标，被责令停产整改。
整改期间，企业更换了全部灌装管路和过滤系统，新建了微生物检验室，并对全体员工进行了食品安全培训。
市市场监管局表示，将对该厂实行半年一次的跟踪抽检。
""",
    ),
    dict(
        slug="wenku-shatuo-enclosure-plan-html-pages",
        site="众文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhongwenku.example.com/view/7f31a02c.html",
        title="沙化土地封禁保护区管护工作方案",
        record_title="【可编辑】沙化土地封禁保护区管护工作方案 - 众文库",
        date="2024-03-18",
        notes="文库 reader with page-marker paragraphs of our own cutting a sentence; pay wall and related docs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【可编辑】沙化土地封禁保护区管护工作方案 - 众文库</title></head>
<body>
<div class="header">⟦m 众文库⟧ <span>⟦a 登录/注册　上传文档　VIP会员⟧</span></div>
<div class="crumb">⟦m 众文库 &gt; 行业资料 &gt; 林业⟧</div>
<h1>{T}</h1>
<div class="doc-meta">⟦m 5页　　2.0积分　　4.7分（36人评价）⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="pay">⟦a 阅读已结束，开通VIP后下载全文无广告⟧</div>
<div class="relate">⟦l 猜你喜欢：防沙治沙年度计划　国有林场管护方案⟧</div>
<div class="foot">⟦d 众文库仅提供信息存储空间，内容由用户上传⟧</div>
</body></html>
""",
        pages=dict(fmt="⊱ {n} ⊰", every=150, start=2),
        body="""
为加强北沙窝沙化土地封禁保护区管护，巩固防沙治沙成果，制定本方案。
一、管护范围。封禁保护区总面积3.6万亩，东至红柳沟，西至县界，南至沙陀公路，北至黑石梁。
二、管护措施。保护区内禁止放牧、开垦、采挖沙生植物；在主要路口设立封禁标志和管护站，配备专职管护员12名，实行网格化巡护。
三、监测评估。每年对保护区植被盖度、沙丘移动情况开展一次监测，形成监测报告。
沙陀县林业和草原局
2024年3月18日
""",
    ),
    dict(
        slug="forum-kache-fog-night-driving-junk",
        site="卡友之家论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="text",
        source="http://bbs.kayouzhijia.example.com/thread-339021-1-1.html",
        title="跑夜车遇团雾的几点体会",
        record_title="【老司机说】跑夜车遇团雾的几点体会 - 卡友之家论坛",
        date="2024-12-03",
        notes="truckers' forum; wrapped at 60 columns with junk lines; 发表于 is the date",
        page="""
!m 卡友之家论坛 › 行车经验
!t 【老司机说】跑夜车遇团雾的几点体会
!m 东北老周　发表于 2024-12-3 23:58　　查看 2206 ｜ 回复 34
{BODY}
!l 回复　引用　｜　支持(48)　反对(0)
!w 物流配货找老周，电话 139-0451-7729
!a 登录后才能回复，没有账号？立即注册
""",
        wrap=60,
        junk=dict(lines=2, glued=0),
        body="""
跑了十几年夜车，最怕的不是下雪，是团雾。雪天你知道路滑，团雾是开着开着突然什么都看不见了。
我的习惯是：过江过河的路段提前减速，哪怕当时天气还好。
进了雾别急刹车，先松油门，打开雾灯和双闪，看着右边的路面标线慢慢往前走。
实在看不见了就找最近的服务区停下来，人在车里别睡死，随时注意后面的动静。
""",
    ),
]
