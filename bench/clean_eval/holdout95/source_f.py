"""holdout95, part F: 网盘分享, 搜索快照, 打印页, 邮件转发 and one more 政府门户, 范文站, 文库预览 —
scallion, eggplant, celery and spinach growers, Gaojia, Min, Tibetan and Yue opera troupes,
a Qinqiang costume workshop, a cassava-starch plant, a tuna cold chain. Invented text."""

CASES = [
    dict(
        slug="netdisk-scallion-plan-share-page",
        site="云柜网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yungui.example.com/s/1kTz9QmP",
        title="珉湾镇大葱标准化种植示范基地建设方案",
        record_title="珉湾镇大葱标准化种植示范基地建设方案.pdf",
        date="2025-03-05",
        notes="cloud-drive share page: file size, expiry, 'save to my drive', extraction code; PDF text cut by page markers '[ 2 ]' glued; a running 'preview mode' line; 成文日期 in Chinese numerals",
        pages=dict(fmt="[ {n} ]", every=80, start=2, glue=True),
        page="""
!m 云柜网盘 · 分享文件
!t 珉湾镇大葱标准化种植示范基地建设方案.pdf
!m 1.6 MB　|　分享者：农技站老谭　|　有效期：永久
!a 保存到我的云柜　　普通下载　　举报
!m 当前为预览模式，部分格式可能显示不全
{BODY}
!a 开通云柜超级会员，预览清晰度更高、下载不限速
!d 云柜网盘严禁分享违法违规内容，发现请举报
""",
        body="""
为推进大葱产业标准化、规模化发展，镇政府决定建设大葱标准化种植示范基地。
一、建设地点和规模：在东岗、西岗两个村建设示范基地八百亩，统一品种、统一技术、统一销售。
二、主要任务：推广大葱开沟定植、测土配方施肥和病虫害绿色防控技术，示范基地亩产达到八千斤。
三、资金安排：示范基地建设资金一百二十万元，从镇级产业发展资金中列支。
珉湾镇人民政府
二〇二五年三月五日
""",
    ),
    dict(
        slug="netdisk-html-eggplant-summary-nas",
        site="家庭云相册分享 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://nas-share.example.net/sharing/Xy7pQa",
        title="瑛川县茄子产业合作社2024年工作总结",
        record_title="瑛川县茄子产业合作社2024年工作总结.docx",
        date=None,
        notes="personal NAS share HTML: a file list sidebar, an online viewer toolbar (zoom, page 1/2), the link's expiry; file-name title; no date (the file's 修改时间 is no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>文件分享</title></head><body>
<div class="bar">⟦m 文件分享 · 由 caiyuan-nas 提供⟧ ⟦m 链接将于 2025-12-31 过期⟧</div>
<div class="files"><p>⟦l 📄 茄子合作社2024年工作总结.docx⟧</p><p>⟦l 📄 社员名册.xlsx⟧</p><p>⟦l 📁 照片⟧</p></div>
<div class="viewer"><div class="tool">⟦a 缩放 100%　－　＋　第 1/2 页　⤓ 下载⟧</div>
<h2>⟦t 瑛川县茄子产业合作社2024年工作总结.docx⟧</h2>
<div class="fmeta">⟦m 修改时间：2025-01-04 22:31　大小：24.6 KB⟧</div>
{BODY}
</div>
</body></html>
""",
        body="""
2024年，合作社社员发展到一百六十八户，种植茄子二千一百亩，实现销售收入二千三百万元。
一、统一生产标准。合作社为社员统一供应种苗和农资，统一开展技术培训，茄子商品率提高到百分之九十。
二、拓宽销售渠道。与省城三家大型超市签订直供协议，在电商平台开设网店。
三、存在的问题。冷链仓储能力不足，销售旺季茄子积压损耗较大。
""",
    ),
    dict(
        slug="snapshot-celery-notice-cache-frame",
        site="搜寻网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.soxun.example.com/c?u=http%3A%2F%2Fwww.xuanhu.example.gov.cn%2Fqingcai.html",
        title="关于做好芹菜冬春茬生产技术指导工作的通知",
        record_title="关于做好芹菜冬春茬生产技术指导工作的通知",
        date="2025-11-03",
        notes="search-engine cache frame: the snapshot banner with the original URL and snapshot time, the 'highlight' legend; the portal's chrome inside the frame; 成文日期",
        page="""
!d 这是搜寻网页快照，是网页在 2025年11月10日 04:16 的存档。当前页面可能已经更改。
!m 原网址：http://www.xuanhu.example.gov.cn/qingcai.html
!a 以下搜索词已高亮显示：芹菜 技术指导　　｜　查看当前网页
!m 玹湖县农业技术推广中心 - 通知公告
{T}
{BODY}
!m 玹湖县农业技术推广中心　地址：玹湖县农科路2号
""",
        body="""
各乡镇农业综合服务中心：
入冬以来，全县冬春茬芹菜陆续定植。为确保芹菜安全越冬、稳产增收，现就做好技术指导工作通知如下。
一、各乡镇要组织农技人员进村入棚，指导农户做好大棚保温和通风排湿。
二、要加强斑枯病、软腐病等病害的监测，指导农户科学用药。
三、遇寒潮天气，要提前发布预警信息，指导农户加盖草帘、增设保温设施。
玹湖县农业技术推广中心
2025年11月3日
""",
    ),
    dict(
        slug="snapshot-html-spinach-news-frame",
        site="快照网 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="https://snap.kuaizhao.example.cn/s?id=c51d07a2",
        title="琮口万亩菠菜喜获丰收",
        record_title=None,
        date="2025-12-09",
        notes="no record title; HTML snapshot: a fixed banner with the capture time and original link, then the news page's nav, byline 发布时间, photo caption and a related list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>琮口万亩菠菜喜获丰收 - 快照</title></head><body>
<div class="snapbar">⟦d 您查看的是 2025-12-12 14:02 抓取的快照，与原网页可能不一致⟧ ⟦a 访问原网页⟧</div>
<div class="orig">
<div class="nav">⟦l 琮口新闻网　首页 要闻 乡镇 民生 图片⟧</div>
<h1>⟦t 琮口万亩菠菜喜获丰收⟧</h1>
<div class="by">⟦m 发布时间：2025-12-09　来源：琮口新闻网　通讯员 岳小雨⟧</div>
{BODY}
<div class="rel">⟦l 相关新闻：冬季蔬菜保供稳价工作会召开 / 我县新增两个蔬菜标准园⟧</div>
</div>
</body></html>
""",
        body="""
初冬时节，琮口县万亩菠菜基地迎来采收高峰，菜农们正忙着收割、打捆、装车。
今年，基地引进耐寒菠菜新品种，亩产达到三千五百斤，比去年增产一成。
⟦m 菜农在基地采收菠菜。岳小雨 摄⟧
这些菠菜将销往粤港澳大湾区，预计全县菠菜产值超过六千万元。
""",
    ),
    dict(
        slug="print-gaojia-opera-print-view",
        site="琬溪县文化馆 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.wxwhg.example.cn/print.asp?id=1207",
        title="高甲戏经典剧目复排工作方案",
        record_title="高甲戏经典剧目复排工作方案",
        date="2025-08-08",
        record_date="2025-08-08",
        notes="print view: a print-time stamp, the printed URL, a '[close window]' link and a print footer '第1页 共1页'; record date",
        page="""
!m 琬溪县文化馆 — 打印预览
!a [打印本文]　[关闭窗口]
{T}
!m 发布日期：2025-08-08　打印时间：2025-09-01 10:55
{BODY}
!m 本文网址：http://www.wxwhg.example.cn/show.asp?id=1207
!p 第1页 共1页
""",
        body="""
为保护和传承高甲戏艺术，县文化馆决定用两年时间复排高甲戏经典剧目三部。
一、复排剧目：《管甫送》《审陈三》《騙大舅》。
二、工作安排：今年下半年完成剧本整理和唱腔记谱，明年上半年完成排练并公演。
三、人员组成：由县高甲戏剧团老艺人担任艺术指导，青年演员担纲主演。
""",
    ),
    dict(
        slug="print-html-min-opera-minutes",
        site="玢城市闽剧院 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.fcminju.example.cn/news/print/2025-0514",
        title="闽剧院2025年第二次院务会议纪要",
        record_title="闽剧院2025年第二次院务会议纪要",
        date="2025-05-14",
        notes="HTML print view: a print button bar hidden in print, a page header with the site's name, a print footer with page count; minutes with 时间/地点/主持 kept; 印发 line kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印 - 闽剧院2025年第二次院务会议纪要</title><style>@media print{.np{display:none}}</style></head><body onload="">
<div class="np">⟦a 🖨 打印　✕ 关闭⟧</div>
<div class="ph">⟦m 玢城市闽剧院 www.fcminju.example.cn⟧</div>
<h2>⟦t 闽剧院2025年第二次院务会议纪要⟧</h2>
{BODY}
<div class="pf">⟦p 第 1 页，共 1 页⟧</div>
</body></html>
""",
        body="""
时间：2025年5月14日下午
地点：剧院三楼会议室
主持：院长 林秀珍
会议研究了以下事项：
一、同意剧院参加第九届海峡两岸戏曲交流演出，演出剧目为《贻顺哥烛蒂》。
二、同意购置音响设备一套，费用从剧院业务经费中列支。
三、会议要求各演出队做好夏季送戏下乡的准备工作。
玢城市闽剧院办公室　2025年5月15日印发
""",
    ),
    dict(
        slug="mail-tibetan-opera-forward-chain",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://inbox/2025-07-22/zangxi-tongzhi",
        title="关于组织藏戏队参加雪顿节展演的通知",
        record_title="转发：关于组织藏戏队参加雪顿节展演的通知",
        date="2025-07-20",
        notes="forwarded mail: Fwd headers (发件人/收件人/日期/主题), the forwarder's note, a mail client footer; the notice's own 附件 and 联系电话 kept; 成文日期",
        page="""
!m 发件人：县文化局办公室 <bgs@wenhua.example.gov.cn>
!m 收件人：各乡镇文化站
!m 日期：2025年7月22日 星期二 09:14
!m 主题：转发：关于组织藏戏队参加雪顿节展演的通知
!m 附件：展演报名表.xlsx (18 KB)
各位站长：请按通知要求做好报名工作，谢谢。
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及其附件含有保密信息，仅限于发送给上述收件人。
!a 回复　｜　全部回复　｜　转发
""",
        body="""
各乡镇文化站：
一年一度的雪顿节即将到来，县文化局决定组织各乡镇业余藏戏队参加展演活动。
一、展演时间：8月10日至8月12日。
二、参演要求：每个乡镇推荐一个藏戏队，演出片段时长不超过二十分钟。
三、请于7月31日前报送报名表。联系电话：0891-6823300
附件：展演报名表
县文化局
2025年7月20日
""",
    ),
    dict(
        slug="mail-html-yue-opera-newsletter",
        site="越韵通讯 (invented)",
        style="邮件转发",
        genre="新闻",
        kind="news",
        form="html",
        source="mail://newsletter/yueyun/2025-09",
        title="越韵通讯｜小百花越剧团秋季巡演启幕",
        title_also=["小百花越剧团秋季巡演启幕"],
        record_title=None,
        date=None,
        notes="no record title; mailed newsletter HTML: 'view in browser', unsubscribe link, a newsletter masthead and issue number; no date in the article (the issue number is no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>越韵通讯</title></head><body>
<table width="600"><tr><td>⟦a 邮件显示不正常？点此在浏览器中查看⟧</td></tr>
<tr><td>⟦m 越韵通讯 · 第 47 期⟧</td></tr>
<tr><td><h2>⟦t 越韵通讯｜小百花越剧团秋季巡演启幕⟧</h2></td></tr>
{BODY}
<tr><td>⟦l 本期其他内容：戏迷问答 / 演员专访 / 票务信息⟧</td></tr>
<tr><td>⟦d 您收到此邮件是因为您订阅了越韵通讯。⟧ ⟦a 退订⟧</td></tr></table>
</body></html>
""",
        p_html="<tr><td><p>{}</p></td></tr>",
        body="""
瑶滩小百花越剧团秋季巡演日前在瑶滩大剧院启幕，首场演出的是经典剧目《碧玉簪》。
本轮巡演将走进省内十二个县市，演出二十四场，其中一半场次安排在乡镇文化礼堂。
剧团负责人介绍，巡演期间还将开展越剧进校园活动，为中小学生讲解越剧基本知识。
""",
    ),
    dict(
        slug="gov-qinqiang-costume-subsidy-notice",
        site="琨岭市人力资源和社会保障局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.kunling.example.gov.cn/zcwj/2025/0603/2201.html",
        title="关于开展戏曲服装制作技能培训补贴申领工作的通知",
        record_title="关于开展戏曲服装制作技能培训补贴申领工作的通知",
        date="2025-06-03",
        notes="government portal: a 'policy interpretation' link row between paragraphs, the document number neutral, a QR-code 'read on phone' prompt; the notice's own 咨询电话 next to the portal's 12345; 成文日期",
        page="""
!m 琨岭市人力资源和社会保障局　　[ 繁體 ] [ 无障碍 ] [ 适老化 ]
!m 首页 > 政策文件 > 就业创业
{T}
琨人社通〔2025〕31号
!m 发布时间：2025-06-05　来源：职业能力建设科
{BODY}
!a 📱 扫描二维码在手机上浏览
!m 琨岭市人社局主办　政务服务便民热线：12345
""",
        body="""
各县（市、区）人力资源和社会保障局：
为支持秦腔戏服等戏曲服装制作技艺传承，帮助劳动者提升技能，现就开展戏曲服装制作技能培训补贴申领工作通知如下。
⟦l 【政策解读】一图读懂戏曲服装制作技能培训补贴⟧
一、补贴对象：参加戏曲服装制作技能培训并取得职业技能等级证书的城乡劳动者。
二、补贴标准：初级工每人一千元，中级工每人一千五百元。
三、申领方式：培训机构在培训结束后一个月内集中申领。
咨询电话：0871-6190215
琨岭市人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="fanwen-cassava-starch-request-html",
        site="范本之家 (invented)",
        style="范文站",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.fanbenjia.example.com/qingshi/20250417/55630.html",
        title="关于木薯淀粉厂污水处理设施改造资金的请示",
        record_title="关于木薯淀粉厂污水处理设施改造资金的请示【通用】",
        date="2025-04-17",
        notes="范文 site HTML: 【通用】 decoration, writing-service float, a 'copy full text' button glued after a sentence, a template placeholder line kept; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于木薯淀粉厂污水处理设施改造资金的请示【通用】-范本之家</title></head><body>
<div class="hd">⟦m 范本之家⟧ ⟦l 请示 报告 方案 总结 讲话⟧</div>
<div class="pos">⟦m 当前位置：范本之家 > 请示 > 资金请示⟧</div>
<h1>⟦t 关于木薯淀粉厂污水处理设施改造资金的请示【通用】⟧</h1>
<div class="m">⟦m 时间：2025-04-19　栏目：请示⟧</div>
{BODY}
<div class="float">⟦w 专业公文代写，一对一服务，加V：fbzj2025⟧</div>
<div class="more">⟦l 更多资金请示范文 >>⟧</div>
<div class="ft">⟦d 范本之家所有范文仅供参考，请勿照搬照抄⟧</div>
</body></html>
""",
        body="""
县人民政府：
我镇木薯淀粉厂现有污水处理设施建于2012年，处理能力不足，旺季生产时污水超标排放的风险较大。⟦a 【一键复制全文】⟧
经环保部门评估，需新建厌氧反应池一座，改造曝气系统，工程总投资约二百六十万元。企业自筹一百六十万元，尚有缺口一百万元。
特请求县政府给予专项资金支持一百万元。
妥否，请批示。
联系人：××　联系电话：××××××××
瓒山县和平镇人民政府
2025年4月17日
""",
    ),
    dict(
        slug="wenku-tuna-coldchain-report-dash-markers-wrapped",
        site="知库文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.zhikudoc.example.com/d/77a0f13c.html",
        title="关于我市金枪鱼超低温冷链物流发展情况的调研报告",
        record_title="关于我市金枪鱼超低温冷链物流发展情况的调研报告（最新版）",
        date=None,
        notes="文库 preview: hard-wrapped at 60 columns and cut by glued page markers '∙2∙'; (最新版) decoration; a 'pages 1-3 free' prompt; no date (a year in the body is no date)",
        wrap=60,
        pages=dict(fmt="∙{n}∙", every=140, start=2, glue="mix"),
        page="""
!m 知库文档 › 研究报告 › 物流
!t 关于我市金枪鱼超低温冷链物流发展情况的调研报告（最新版）
!m 4 页 · 0.3 元 · 热度 1196
!a 前 3 页免费，余下 1 页需付费阅读
{BODY}
!a 付费 0.3 元阅读全文　　|　　收藏到我的文库
!d 如本文侵犯了您的权利，请通过知库文档版权投诉通道反馈
""",
        body="""
为了解我市金枪鱼超低温冷链物流发展情况，市商务局调研组于今年第三季度走访了冷链企业九家、远洋渔业企业五家。
一、基本情况。全市现有零下六十度超低温冷库七座，库容四万二千吨，冷藏运输车一百一十辆。
二、存在问题。超低温冷库集中在港区，内陆配送网络薄弱；冷链全程温度监控覆盖率不高。
三、对策建议。支持企业建设区域配送中心，推广冷链运输温度实时监控，培育金枪鱼冷链物流龙头企业。
""",
    ),
]
