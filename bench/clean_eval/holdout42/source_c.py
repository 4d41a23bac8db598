"""holdout42, part C: a desert-control station (沙棘塬), a spring-water plant (泉坳), a locust station. Invented text."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shell import box, modern  # noqa: E402

CASES = [
    dict(
        slug="school-lvzhou-brochure-sand-barrier-course",
        site="绿洲职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="html",
        source="https://www.lvzhoupx.com/zsjz/2025/0301.html",
        title="2025年草方格沙障施工技能培训班招生简章",
        record_title="【火热报名中】2025年草方格沙障施工技能培训班招生简章（包食宿）",
        date="2025-03-01",
        notes="training school; the school's 报名电话 kept beside a 400 line and a floating consult box; class table",
        page=modern(
            "2025年草方格沙障施工技能培训班招生简章_绿洲职业技能培训学校",
            "绿洲职业技能培训学校　人社部门备案机构",
            "首页 - 学校简介 - 培训项目 - 招生简章 - 学员风采 - 在线报名",
            "首页 ＞ 招生简章",
            "更新于：2025-03-01　　阅读：1106",
            "<div class='float'>⟦w 在线咨询　客服小绿 18:00前秒回⟧</div>" + box("m", ["招生热线：400-615-7788"]),
            "<p>⟦m 沙棘塬县绿洲职业技能培训学校　办学许可证号：人社民6123000102⟧</p><p>⟦d 图片及文字未经授权禁止转载⟧</p>",
        ),
        body="""
为服务全县防沙治沙工程建设，我校受县林草局委托开办草方格沙障施工技能培训班。
一、招收对象：沙区乡镇18至55周岁有劳动能力的农牧民。
二、课程安排：
课程　课时
沙障设计与放线　8
麦草铺设与压实　16
苗木栽植与管护　8
三、学员经考核合格，颁发专项职业能力证书，并优先推荐到治沙工程项目务工。
报名电话：0912-7736015（王老师）
""",
    ),
    dict(
        slug="app-bixie-insight-desert-worker",
        site="笔写APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://share.bixieapp.com/article/88a12f0c",
        title="在治沙一线工作五年的心得体会",
        record_title="在治沙一线工作五年的心得体会｜笔写",
        date=None,
        notes="writing-app share page; 'open in app' prompts; member unlock between paragraphs; share stamp and relative time are no dates",
        page="""
!a 打开笔写APP，阅读体验更佳　［立即打开］
!m 笔写 · 好文章都在这
{T}
!m 作者：沙柳青青　｜　2天前　｜　阅读 4.2万
{BODY}
!a 喜欢这篇范文？一键生成同款，AI帮你改写
!l 作者的其他文章：治沙站年终述职报告　防风固沙演讲稿
!m 分享自笔写APP · 2025-05-03 分享
""",
        indent="\u3000\u3000",
        body="""
五年前，我从农大毕业来到沙棘塬县防沙治沙站，第一次进沙区就被风沙打得睁不开眼。
这五年我最大的体会是，治沙没有捷径。一片草方格要铺得平、压得实，一棵沙柳要浇三年水才能站住脚。
⟦a 会员专享：解锁全文剩余800字，开通会员首月仅需1元⟧
我也体会到，治沙离不开群众。站里的技术再好，也要靠沙区的乡亲们一锹一锹地干。
今后，我愿意继续扎根沙区，让更多沙丘变成绿洲。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-desert-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.com/thread-410227-1-1.html",
        title="让沙漠变绿洲，靠的是久久为功",
        record_title="[申论范文] 让沙漠变绿洲，靠的是久久为功（附批改要点）- 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum; decorated title with board and site; junk lines and glued junk; post time relative",
        page="""
!m 上岸公考论坛 › 申论交流 › 帖子详情
!t [申论范文] 让沙漠变绿洲，靠的是久久为功（附批改要点）- 申论交流 - 上岸公考论坛
!m 楼主：备考第二年　发表于 3 小时前　｜　回复 26　查看 1907
!a 本帖最后由 备考第二年 编辑
{BODY}
!l 评分　收藏　分享　举报
!w 申论一对一批改，老师微信：shangan_pg（每天限10人）
!m 1楼 上岸小分队：范文结构清楚，第三段例子可以再具体一点。
""",
        junk=dict(lines=2, glued=1),
        body="""
沙进人退曾是很多沙区的无奈，如今不少地方实现了人进沙退。
治沙之难，难在周期长。一片沙丘从固定到绿化，往往需要十年以上的持续投入，任何急于求成的做法都会前功尽弃。
治沙之道，贵在久久为功。要把治沙和致富结合起来，让群众在种沙柳、种沙棘中得到实惠，才能一代接着一代干。
绿色是沙区最好的底色，只要坚持下去，沙漠终会变成绿洲。
""",
    ),
    dict(
        slug="baike-zhishi-entry-straw-checkerboard",
        site="知识百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.zhishi-wiki.cn/item/草方格沙障/1037",
        title="草方格沙障",
        record_title="草方格沙障_知识百科",
        date=None,
        notes="encyclopaedia entry; edit stamp and view count are no dates; an example date inside a sentence; 'edit' and 'report' actions",
        page=modern(
            "草方格沙障_知识百科",
            "知识百科　全民共建的知识库",
            "首页　分类　特色百科　用户　帮助",
            "知识百科 › 自然 › 生态治理",
            "浏览次数：28761次　最近更新：2025-02-17　编辑次数：14次",
            "<h4>⟦l 相关词条⟧</h4>" + box("l", ["沙柳", "防风固沙林", "沙障"]),
            "<p>⟦d 百科词条人人可编辑，内容仅供参考，不构成专业意见。⟧</p><p>⟦m © 2025 知识百科　京ICP证170022号⟧</p>",
            tools="编辑　讨论　收藏　分享",
            post="<p>⟦l 词条标签：生态 治沙 工程技术⟧</p><p>⟦a 举报不良信息　|　意见反馈⟧</p>",
        ),
        body="""
草方格沙障是用麦草、稻草等材料在流动沙丘上扎成方格状的固沙设施。
方格边长一般为1米至1.5米，草把埋入沙中约15厘米，露出地面约15厘米。
草方格能够降低近地面风速，使沙面逐渐稳定，为栽植沙生植物创造条件。
按照一些地方的施工记录，如某治沙站在某年5月10日完成的试验段，三年后植被覆盖度可达30%以上。
""",
    ),
    dict(
        slug="netdisk-yunpan-plan-spring-water-markers",
        site="云盘分享 (invented)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://pan.yunfx.cn/s/1qA-quanao-yjya",
        title="泉坳山泉水厂水源污染突发事件应急预案",
        record_title="泉坳山泉水厂水源污染突发事件应急预案.pdf",
        date="2025-03-20",
        notes="cloud-drive preview; file-name title; page markers in the form ⦅n/5⦆ cut sentences; signature date",
        page="""
!m 云盘分享 — 文件预览
!m 泉坳山泉水厂水源污染突发事件应急预案.pdf　　1.2MB　　分享者：quanao***　　有效期：7天
!a 保存到我的云盘　　下载（需开通会员高速通道）
{BODY}
!a 预览仅显示前5页，保存后查看全部
!d 请勿分享违规内容，一经发现将封禁账号。
""",
        pages=dict(fmt="⦅{n}/5⦆", every=75, start=2, glue=False),
        body="""
1 总则
1.1 为及时有效处置水源地污染突发事件，保障饮用水安全，制定本预案。
1.2 本预案适用于泉坳山泉水厂一号、二号取水点及其保护区范围内发生的污染事件。
2 应急组织
2.1 厂长任应急领导小组组长，生产副厂长任副组长，成员由质检、生产、销售部门负责人组成。
3 处置措施
3.1 发现水质异常后，立即停止取水，封存当日产品，并在两小时内报告县生态环境局。
泉坳山泉水厂
2025年3月20日
""",
    ),
    dict(
        slug="snapshot-soukuai-notice-locust-survey",
        site="搜快网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.soukuai.com/c?u=www.shajiyuan.gov.cn/nyj/tz/2025/0508.html",
        title="关于开展夏蝗发生情况调查的通知",
        record_title="关于开展夏蝗发生情况调查的通知_沙棘塬县农业农村局",
        date="2025-05-08",
        notes="search-cache frame with its header; 抄送 kept; snapshot stamp is no date; 文号 neutral",
        page="""
!m 这是搜快对 http://www.shajiyuan.gov.cn/nyj/tz/2025/0508.html 的缓存。
!m 这是该网页在 2025年6月2日 11:20:07 的显示效果，当前页面可能已经更改。
!a 查看当前网页　｜　纯文本版本
!m 以下搜索词已高亮：夏蝗　调查
!m 沙棘塬县农业农村局 > 通知公告
{T}
沙农发〔2025〕21号
{BODY}
!m 沙棘塬县农业农村局主办　　联系电话：0912-7721200
""",
        body="""
各乡镇农业综合服务站：
为准确掌握今年夏蝗发生情况，县植保站将于5月中旬开展夏蝗普查，现将有关事项通知如下。
一、调查时间：5月12日至5月25日。
二、调查方法：每个监测点取样不少于20个，每样方1平方米，记录蝗蝻密度和龄期。
三、各乡镇于5月28日前将调查表报送县植保站。
沙棘塬县农业农村局
2025年5月8日
抄送：县林草局，县气象局
""",
    ),
    dict(
        slug="print-quanao-rule-water-source-footer",
        site="泉坳山泉水厂官网 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://www.quanao-water.com/print.php?id=77",
        title="泉坳山泉水厂水源保护区管理规定",
        record_title="打印 - 泉坳山泉水厂水源保护区管理规定",
        date=None,
        notes="print view; print stamp and print footer are no dates; rules speak of 复制",
        page="""
!m 泉坳山泉水厂 — www.quanao-water.com
!m 打印时间：2025/6/14 下午3:02:11
{T}
{BODY}
!m 本页地址：https://www.quanao-water.com/show.php?id=77
!p 页码：1／1
!a 〔打印本页〕〔返回〕
""",
        body="""
第一条　水源保护区以一号、二号取水点为中心，半径三百米范围内为一级保护区。
第二条　一级保护区内禁止放牧、洗涤、野炊和堆放杂物。
第三条　水源巡查记录由巡查员每日填写，不得复制他人记录代替本人巡查。
第四条　外来人员进入保护区应当登记，并由厂内人员陪同。
""",
    ),
    dict(
        slug="mail-fwd-notice-locust-attachments",
        site="沙棘塬县政务邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:zbz@shajiyuan.gov.cn#20250610",
        title="关于做好夏蝗应急防治物资准备的通知",
        record_title="Fwd: 关于做好夏蝗应急防治物资准备的通知",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="forwarded mail; mail headers as meta; the document's own 附件 list and 抄送 kept next to the mail's attachment header",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：县植保站 <zbz@shajiyuan.gov.cn>
!m 日期：2025年6月10日 周二 09:12
!m 收件人：各乡镇农业站
!m 附件：夏蝗防治物资清单.xlsx (18KB)
!m 各位好，植保站通知转发给大家，请按时报送。——农业站小马
{BODY}
!d 此邮件由政务邮箱系统发送，如非本人请删除。
!a 回复　全部回复　转发　打印
""",
        body="""
各乡镇农业综合服务站：
当前蝗蝻已进入三龄，为防止扩散危害，请各地立即做好应急防治物资准备。
一、每个乡镇至少储备生物农药500公斤、背负式喷雾器20台。
二、物资储备情况请于6月15日前报县植保站。
附件：夏蝗防治物资清单
沙棘塬县植保站
2025年6月9日
抄送：县农业农村局
""",
    ),
    dict(
        slug="anthology-laosha-summary-1996-chinese-date",
        site="老沙文存 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://laoshawencun.net/juan2/014.html",
        title="一九九六年防沙治沙站工作总结",
        record_title="《老沙文存》卷二·第十四篇｜一九九六年防沙治沙站工作总结",
        date="1996-12-28",
        notes="personal collection; re-typing note and collection stamp are no dates; 成文日期 in Chinese numerals",
        page="""
!m 老沙文存 · 一个老治沙人的旧稿
!l 目录　｜　上一篇　｜　下一篇
!t 《老沙文存》卷二·第十四篇｜一九九六年防沙治沙站工作总结
!m 录入说明：据手写稿重新录入，2024年冬整理
{BODY}
!l 〔本卷共二十一篇〕
!d 文存内容为作者旧作，转载请告知。
""",
        indent="\u3000\u3000",
        body="""
一九九六年，我站在县林业局的领导下，全年完成草方格沙障一千二百亩，栽植沙柳四万株。
一是工程质量有提高。今年坚持先扎草方格后栽苗，成活率达到百分之七十八，比去年提高十二个百分点。
二是群众参与有进步。全站联系沙区五个村，组织义务治沙劳动十四次，出工两千余人次。
三是存在的问题。经费不足，看护人员太少，个别地块牛羊进入啃食苗木。
明年要把围栏护林作为重点。
沙棘塬县防沙治沙站
一九九六年十二月二十八日
""",
    ),
    dict(
        slug="gov-shajiyuan-text-notice-spring-planting",
        site="沙棘塬县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shajiyuan.gov.cn/xxgk/tzgg/2025/0303_5521.html",
        title="关于做好2025年春季植树治沙工作的通知",
        record_title="关于做好2025年春季植树治沙工作的通知",
        date="2025-03-03",
        notes="county portal as text; index-table lines as meta; 印发 版记 kept; 文号 neutral",
        page="""
!m 沙棘塬县人民政府门户网站
!m 索引号：11612300MB1528-01/2025-00042　　主题分类：林业
!m 发文机关：沙棘塬县人民政府办公室　　成文日期：2025-03-03
!m 【字号 大 中 小】　【打印】　【关闭】
{T}
沙政办发〔2025〕9号
{BODY}
!l 扫一扫在手机打开当前页
!m 主办单位：沙棘塬县人民政府办公室　　网站标识码6127300023
""",
        body="""
各乡镇人民政府，县直各部门：
春季是植树治沙的最佳时节。为完成今年治沙造林任务，经县政府同意，现就有关工作通知如下。
一、今年全县完成治沙造林3.2万亩，其中草方格沙障1.1万亩。
二、各乡镇要在3月底前完成苗木调运，做到随起苗、随运输、随栽植。
三、县林草局负责技术指导，每个工程片区派驻技术员一名。
沙棘塬县人民政府办公室
2025年3月3日
沙棘塬县人民政府办公室　2025年3月3日印发
""",
    ),
    dict(
        slug="wenku-html-summary-spring-water-markers",
        site="泉文档阅读器 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://read.quandoc.com/d/5f1c0e8a72",
        title="泉坳山泉水厂2024年度工作总结",
        record_title="泉坳山泉水厂2024年度工作总结（精选范本）",
        date="2025-01-15",
        notes="文库 reader in HTML; page markers ‹n› as paragraphs cut paragraphs; pay prompt after the preview",
        page=modern(
            "泉坳山泉水厂2024年度工作总结（精选范本）-泉文档",
            "泉文档　在线阅读 · 随时下载",
            "首页　行业资料　办公文档　精品专区　VIP",
            "泉文档 › 办公文档 › 工作总结",
            "贡献者：水厂文员　｜　共3页　｜　1.6万次阅读",
            box("l", ["相关推荐", "饮用水厂年度工作总结", "食品企业质量工作汇报"]),
            "<p>⟦d 本文档为用户上传，版权归上传者所有，如有侵权请联系客服。⟧</p><p>⟦m 客服电话：400-820-6631⟧</p>",
            tools="下载　收藏　举报",
            post="<div>⟦a 试看已结束，开通VIP即可阅读全文并下载⟧</div>",
        ),
        pages=dict(fmt="‹{n}›", every=70, start=2),
        body="""
2024年，我厂全年生产桶装水和瓶装水共计1.8万吨，实现销售收入2160万元，同比增长9.4%。
一是质量管控更加严格。全年产品抽检合格率100%，通过了食品安全管理体系复审。
二是水源保护持续加强。新建水源保护区围栏1200米，巡查员由两人增加到四人。
三是市场开拓取得突破。产品进入邻县三家连锁超市。
泉坳山泉水厂
2025年1月15日
""",
    ),
]
