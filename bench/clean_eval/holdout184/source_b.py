"""holdout184, part B: hole punches (打孔器) — binding rooms, makers, schools and offices
that punch and bind paper. Invented text (sites, places, people, numbers, URLs)."""

CASES = [
    dict(
        slug="edu-yanxi-binding-tools-safety-notice-html",
        site="砚溪区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.yanxi.example.gov.cn/tzgg/2025/0903/6621.html",
        title="关于规范中小学办公室重型打孔器使用管理的通知",
        record_title="关于规范中小学办公室重型打孔器使用管理的通知_通知公告_砚溪区教育局",
        date="2025-09-03",
        notes="education portal: care-mode link, column suffix in the record title, a numbered list, the bureau's contact beside the site's technical line, 附件 list",
        page="""
<html><head><meta charset="utf-8"><title>关于规范中小学办公室重型打孔器使用管理的通知_通知公告_砚溪区教育局</title>
<script src="/js/common.js"></script></head>
<body>
<div class="top">⟦a 关怀版⟧ ⟦a 简/繁⟧ ⟦m 今天是：<span id="today"></span>⟧</div>
<div class="logo">⟦m 砚溪区教育局 · 砚溪教育网⟧</div>
<div class="menu">⟦m 机构概况 | 教育新闻 | 通知公告 | 招生考试 | 办事指南⟧</div>
<div class="pos">⟦m 当前位置 ＞＞ 通知公告⟧</div>
<h2>⟦t 关于规范中小学办公室重型打孔器使用管理的通知⟧</h2>
<div class="info">⟦m 来源：区教育局办公室　发布日期：2025-09-03　点击：612⟧</div>
<div class="text">
{BODY}
</div>
<div class="fj">⟦l 【相关阅读】秋季开学校园安全检查工作方案⟧</div>
<div class="foot"><p>⟦m 版权所有：砚溪区教育局　技术支持电话：0768-3319020⟧</p><p>⟦m 粤ICP备13027755号⟧</p></div>
</body></html>
""",
        body="""
各中小学、幼儿园：
近期，我区一所小学教务处发生一起教师使用重型打孔器装订试卷时压伤手指的事故。为消除安全隐患，现就有关事项通知如下：
1. 各校对办公室、文印室现有打孔器进行一次清查，登记型号、数量和存放位置。
2. 重型打孔器和电动打孔装订机只能由文印室专人操作，不得放在学生能够接触的地方。
3. 各校要在文印室张贴操作规程，组织相关人员学习，9月20日前将清查登记表报区教育局办公室。
联系人：卓老师　电话：0768-3310426
附件：学校打孔装订设备清查登记表
砚溪区教育局办公室
2025年9月3日
""",
    ),
    dict(
        slug="anthology-shiweng-archivist-punch-essay",
        site="石翁文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.shiwengwencun.example.com/juan3/47.html",
        title="一把打孔器用了三十年",
        record_title="《石翁文存》卷三·第47篇｜一把打孔器用了三十年",
        date=None,
        notes="personal collection: chapter navigation, a 写于 year only (no date), a reader count and a contents link",
        gap=True,
        indent="\u3000\u3000",
        page="""
!m 石翁文存 · 卷三 · 案头杂记
!l ‹ 上一篇：一方砚台　｜　目录　｜　下一篇：旧档案袋 ›
{T}
{BODY}
!m 本篇读者 341 人
!l ‹ 上一篇：一方砚台　｜　目录　｜　下一篇：旧档案袋 ›
!d 文存内容为作者原创，未经同意请勿转载。
""",
        body="""
一九九四年我调到县档案馆，领到的第一件办公用品，是一把铸铁的双孔打孔器。
它又沉又笨，压杆上的黑漆早就磨掉了，露出底下银灰色的铁，可打起孔来干脆利落，一次能穿透四十张纸。
那些年，全县的文书档案都是靠它一卷一卷打孔、穿线、装订起来的，我常说，档案馆的库房里有一半的孔是它打的。
前年馆里配了电动装订机，同事劝我把它收起来，我还是把它留在案头，偶尔装订几份材料，听那一声闷响，心里就踏实。
写于二〇二三年冬
""",
    ),
    dict(
        slug="party-zhiyin-paper-products-branch-lecture-html",
        site="织印区党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://djw.zhiyin.example.gov.cn/zbfc/2025/0626/1837.html",
        title="在文具制造企业党建联盟成立大会上的讲话",
        record_title="【党建引领】在文具制造企业党建联盟成立大会上的讲话",
        date="2025-06-25",
        date_also=["2025-06-26"],
        notes="Party-building portal: decorated record title, study-points line and QR float, speaker line and Chinese-numeral date under the title, the site's publish date differing from the speech date",
        page="""
<html><head><meta charset="utf-8"><title>【党建引领】在文具制造企业党建联盟成立大会上的讲话</title></head>
<body>
<div class="head">⟦m 织印区党建网　　红色引擎 · 织印先锋⟧</div>
<div class="nav">⟦m 首页　组织建设　支部风采　党员教育　两新党建⟧</div>
<div class="crumb">⟦m 位置：首页 / 两新党建 / 支部风采⟧</div>
<h1>⟦t 在文具制造企业党建联盟成立大会上的讲话⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-26　来源：区委两新工委⟧ ⟦a 阅读本文可获学习积分 +1⟧</div>
<p class="spk">区委组织部副部长　彭雅琴</p>
<p class="date">（二〇二五年六月二十五日）</p>
<div class="txt">
{BODY}
</div>
<div class="qr">⟦a 扫一扫 手机阅读⟧</div>
<div class="foot">⟦d 织印区党建网 版权所有　未经许可不得转载⟧ ⟦m 主办单位：中共织印区委组织部⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我区九家文具制造企业党组织联合成立党建联盟，这是推动非公企业党建和企业发展深度融合的一件实事。
我区是全省重要的打孔器、订书机等办公文具生产基地，规模以上企业二十三家，但多数企业党员少、活动散，党建工作还存在“有形无魂”的问题。
联盟成立后，要做到三个共享：阵地共享、人才共享、技术共享，特别是在模具开发、质量标准等方面开展党员联合攻关。
希望各成员单位把党建联盟办成助推企业发展的“加油站”，而不是挂个牌子、开个会就完事。
""",
    ),
    dict(
        slug="hospital-yanxi-records-room-punch-rule-html",
        site="砚溪区人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.yxqrmyy.example.com/yygk/zdgf/2025/0512/903.html",
        title="病案室纸质病历装订打孔操作规范",
        record_title="病案室纸质病历装订打孔操作规范-砚溪区人民医院",
        date=None,
        notes="hospital site: booking float, 24-hour line in the footer, rule with decimal headings, no date (an effective clause only)",
        page="""
<html><head><meta charset="utf-8"><title>病案室纸质病历装订打孔操作规范-砚溪区人民医院</title>
<script>function openBook(){}</script></head>
<body>
<div class="hd">⟦m 砚溪区人民医院　二级甲等综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 规章制度⟧</div>
<h1>⟦t 病案室纸质病历装订打孔操作规范⟧</h1>
<div class="info">⟦m 编辑：病案管理科　浏览：233次⟧</div>
<div class="content">
{BODY}
</div>
<div class="float">⟦a 微信扫码 · 掌上预约⟧</div>
<div class="ft"><p>⟦m 地址：砚溪区健康路18号　24小时急诊：0768-3122120⟧</p><p>⟦d Copyright 2025 砚溪区人民医院 All Rights Reserved⟧</p></div>
</body></html>
""",
        body="""
1 目的
规范出院病历装订打孔操作，防止病历页缺失、错序和打孔时损毁文字。
2 操作要求
2.1 打孔前核对病历页数和排列顺序，与出院病历首页所列项目逐一对照。
2.2 孔位距纸张左边缘不少于1.2厘米，打孔时避开文字、签名和印章。
2.3 每次打孔不超过三十页，超过时分次打孔，确保孔位对齐。
3 其他
本规范自印发之日起执行，由病案管理科负责解释。
""",
    ),
    dict(
        slug="university-zhiyin-library-binding-volunteers",
        site="织印师范学院图书馆 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://lib.zysf.example.edu.cn/info/1042/3317.htm",
        title="图书馆“修书小队”为旧期刊打孔装订一千二百册",
        record_title="图书馆“修书小队”为旧期刊打孔装订一千二百册-织印师范学院图书馆",
        date="2025-11-20",
        notes="university library news: 发布日期 line, photo caption between paragraphs, submitter line glued after the last sentence, a quick-links list",
        page="""
!m 织印师范学院图书馆
!m 首页 > 馆内新闻
!t 图书馆“修书小队”为旧期刊打孔装订一千二百册
!m 发布日期：2025-11-20　浏览量：518
{BODY}
!l 快速链接：馆藏目录 | 数据库导航 | 座位预约 | 馆际互借
!m 地址：织印市学府路6号　邮编：526100
""",
        body="""
近日，图书馆学生志愿者“修书小队”完成了过刊库一千二百册旧期刊的打孔装订工作。
这批期刊多为上世纪九十年代的教育类刊物，原装订线已经老化脱落，部分散页存在丢失风险。
⟦m 图：志愿者在过刊库整理待装订期刊⟧
志愿者们在馆员指导下，按年份整理、核对页码，用台式打孔机打孔后穿线装订，每册贴上新的书标。
图书馆表示，下一步将把装订好的期刊补录进馆藏系统，方便师生借阅。⟦m （供稿：读者服务部　审核：冯蔚）⟧
""",
    ),
    dict(
        slug="localforum-luzhen-stationery-market-move-html",
        site="鹭镇生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.luzhen.example.com/forum.php?mod=viewthread&tid=188203",
        title="老文具街的打孔器作坊要搬了，有没有人记得他家的手摇机",
        record_title="老文具街的打孔器作坊要搬了，有没有人记得他家的手摇机 - 鹭镇杂谈 - 鹭镇生活网",
        date=None,
        notes="county forum: weather widget, jammer fonts glued after sentences, floor meta with 昨天, a reply box; no date",
        p_html='<div class="t_f">{}</div>',
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>老文具街的打孔器作坊要搬了，有没有人记得他家的手摇机 - 鹭镇杂谈 - 鹭镇生活网</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="toptb">⟦m 鹭镇生活网 - 鹭镇人的网上家园⟧ ⟦a 登录 注册 找回密码⟧</div>
<div class="weather">⟦m 鹭镇 今日 多云 14℃~22℃ 东北风2级⟧</div>
<div id="pt">⟦m 鹭镇生活网 › 论坛 › 鹭镇杂谈 › 查看内容⟧</div>
<h1>⟦t 老文具街的打孔器作坊要搬了，有没有人记得他家的手摇机⟧</h1>
<div class="authi">⟦m 楼主：老街口的风　发表于 昨天 20:41　只看该作者⟧</div>
{BODY}
<div class="pstatus">⟦l 本帖最后由 老街口的风 于 昨天 21:03 编辑⟧</div>
<div class="reply">⟦l 回复 | 引用 | 举报⟧ ⟦l 快速回复：您需要登录后才可以回帖⟧</div>
<div class="ft">⟦d Powered by Discuz! X3.4 © 2001-2025⟧ ⟦m 鹭镇生活网 客服QQ群：118027655⟧</div>
</body></html>
""",
        body="""
听说文具街尽头那家做打孔器的邱记作坊下个月要搬到工业园去了，心里还挺舍不得的。
小时候放学经常去他家门口看热闹，邱师傅用手摇的冲床冲打孔器的底座，一摇一个，旁边堆得像小山一样。
那时候全镇学校、单位用的打孔器，好多都是他家做的，结实得很，我家现在还有一把，三十年了还能用。
有没有老鹭镇人记得他家的手摇机？搬之前想约几个人去拍几张照片留个念想。
""",
    ),
    dict(
        slug="download-wenyuange-punch-maker-plan-oldtable",
        site="文苑阁资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.wenyuange.example.net/soft/8821.html",
        title="打孔器模具车间6S管理推行方案",
        record_title="打孔器模具车间6S管理推行方案 免费下载",
        date="2025-02-28",
        notes="old gb2312 table layout: file-info table, three download links, unzip password, dead-link report, a floating consult box; date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>打孔器模具车间6S管理推行方案 免费下载</title></head>
<body bgcolor="#F2F5F9">
<table width="960" align="center"><tr><td>⟦m 文苑阁资料下载站 www.wenyuange.example.net⟧</td><td>⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您现在的位置：首页 → 企业管理 → 现场管理⟧</td></tr></table>
<table width="960" align="center" class="info">
<tr><td>⟦m 资料名称：打孔器模具车间6S管理推行方案⟧</td></tr>
<tr><td>⟦m 资料大小：36 KB　资料格式：.doc　授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-05 11:17:42　下载次数：419⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>⟦t 打孔器模具车间6S管理推行方案⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr></table>
<table width="960" align="center" class="down"><tr>
<td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 备用下载三⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.wenyuange.example.net⟧　⟦a 链接失效？点此报告⟧</td></tr></table>
<div style="position:fixed;right:0;top:200px">⟦w 代写方案 QQ：31882206⟧</div>
<table width="960" align="center"><tr><td>⟦d 本站资料来源于网络，仅供学习参考，如有侵权请联系删除。⟧</td></tr></table>
</body></html>
""",
        body="""
为改善模具车间现场环境、提高打孔器冲压模具的周转效率，决定在模具车间全面推行6S管理，方案如下。
一、推行目标
模具定置率达到百分之百，工具寻找时间减少一半，车间现场检查评分达到九十分以上。
二、推行步骤
（一）3月为宣传培训阶段，组织全体员工学习6S基本知识。
（二）4月至5月为整理整顿阶段，清理报废模具，对在用模具划线定位、挂牌标识。
（三）6月起为巩固提高阶段，每周开展一次现场检查并公布评分。
三、组织保障
成立由生产副总任组长的推行小组，推行情况纳入车间月度考核。
模具车间
2025年2月28日
""",
    ),
    dict(
        slug="exam-zhiyin-stationery-inspector-notice",
        site="织印市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zyrsks.example.gov.cn/ksap/2025/0714/2210.html",
        title="2025年织印市产品质量检验所公开招聘检验员面试公告",
        record_title="【考务公告】2025年织印市产品质量检验所公开招聘检验员面试公告",
        date="2025-07-14",
        notes="personnel-exam site: decorated record title, maintenance banner, interview timetable, sentences on 下载/打印 准考证 kept, the exam committee's phone beside the site's technical line",
        page="""
!d 【系统维护】本站将于7月20日0:00-6:00进行升级维护，期间暂停访问。
!m 织印市人事考试网
!m 当前位置：首页 > 考试安排 > 事业单位
!t 2025年织印市产品质量检验所公开招聘检验员面试公告
!m 发布机构：市人事考试院　时间：2025-07-14 17:30
{BODY}
!m 网站技术支持：0768-2255011（仅受理系统问题）
!a 打印　　关闭
""",
        body="""
根据招聘工作安排，现将织印市产品质量检验所公开招聘检验员面试有关事项公告如下：
一、面试时间和地点
面试时间：2025年7月26日上午8:30
面试地点：织印市职业技术学校实训楼
二、面试安排
岗位代码　岗位名称　进入面试人数
2501　文具产品检验员　6
2502　纸制品检验员　3
三、有关要求
请考生于7月22日起登录本网站下载并打印面试通知书，面试当天携带通知书和身份证原件参加面试。
咨询电话：0768-2236708（织印市产品质量检验所人事科）
织印市人事考试院
2025年7月14日
""",
    ),
    dict(
        slug="lawfirm-hengjian-punch-patent-lecture",
        site="衡鉴律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="text",
        source="https://www.hengjianlaw.example.com/jiangtang/2025/215.html",
        title="从一起打孔器外观专利纠纷看中小文具企业的知识产权保护",
        record_title="律所讲堂丨从一起打孔器外观专利纠纷看中小文具企业的知识产权保护",
        date=None,
        notes="law firm: decorated record title, consult card and not-legal-advice notice, a lawyer's card, no date",
        page="""
!m 衡鉴律师事务所 HENGJIAN LAW FIRM
!m 首页 / 律所讲堂 / 知识产权
!t 从一起打孔器外观专利纠纷看中小文具企业的知识产权保护
!m 主讲：晏明哲 律师（知识产权团队）
{BODY}
!d 本文仅为一般性法律知识分享，不构成对具体案件的法律意见。
!w 企业知识产权体检预约：139-0768-5521（晏律师）
!l 相关讲堂：商标被抢注了怎么办？｜代工企业如何避免侵权风险
""",
        body="""
去年，我所代理了一起打孔器外观设计专利侵权纠纷。原告是一家文具企业，其设计的圆弧形压杆打孔器获得外观设计专利后，发现市场上出现了大量外形近似的产品。
本案的争议焦点在于被诉产品与专利设计是否构成近似。法院最终认定，两者整体视觉效果无实质性差异，判决被告停止侵权并赔偿经济损失十二万元。
这个案例给中小文具企业三点提示：一是新产品上市前及时申请外观设计专利；二是委托代工时在合同中明确模具和设计的归属；三是发现侵权后注意固定证据，必要时进行公证购买。
""",
    ),
    dict(
        slug="community-qinghe-binding-workshop-residents",
        site="青禾街道社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.qinghejd.example.com/sqgg/2025/1008/77.html",
        title="关于开展“老照片整理装订”便民服务活动的通知",
        record_title="【社区公告】关于开展“老照片整理装订”便民服务活动的通知",
        date="2025-10-08",
        notes="residents' site: decorated record title, grid-worker box, the community's duty phone beside the property line, a 回执 with blanks, comments box",
        page="""
!m 青禾街道社区网 · 邻里一家亲
!m 社区公告 | 2025-10-09 | 阅读 287
!t 关于开展“老照片整理装订”便民服务活动的通知
{BODY}
!m 本网格网格员：梁晓慧　13807685210
!m 物业24小时报修：0768-3345678
!l 居民留言（2）　发表留言
""",
        body="""
各位居民朋友：
为帮助老年居民整理家中的老照片、老证书，社区联合辖区文印店于10月18日上午在社区活动室开展便民服务活动。
现场提供打孔装订、塑封、扫描等服务，打孔器、装订夹、活页册由社区免费提供，每户限装订两册。
有需要的居民请于10月15日前到社区服务站登记，或拨打社区值班电话0768-3301577报名。
回执：姓名________　楼栋房号________　需装订册数____
青禾社区居委会
2025年10月8日
""",
    ),
    dict(
        slug="assoc-stationery-group-standard-drafting-html",
        site="织印市文具行业协会 (invented)",
        style="行业协会",
        genre="说明",
        kind="other",
        form="html",
        source="https://www.zywjxh.example.org.cn/bzgz/2025/0415/58.html",
        title="《手动打孔器》团体标准编制说明",
        record_title="[行业标准]《手动打孔器》团体标准编制说明 - 织印市文具行业协会",
        date="2025-04-15",
        notes="association: member-login box, decimal headings, a data table of test items, the association's contact and mailbox beside its member hotline",
        page="""
<html><head><meta charset="utf-8"><title>[行业标准]《手动打孔器》团体标准编制说明 - 织印市文具行业协会</title></head>
<body>
<div class="hd">⟦m 织印市文具行业协会⟧ <form>⟦a 会员账号 密码 登录 | 申请入会⟧</form></div>
<div class="nav">⟦m 协会简介　行业动态　标准工作　会员服务　联系我们⟧</div>
<h1>⟦t 《手动打孔器》团体标准编制说明⟧</h1>
<div class="meta">⟦m 发布时间：2025-04-15　来源：协会标准化工作委员会⟧</div>
<div class="main">
{BODY}
</div>
<div class="sidebar"><h3>⟦l 标准动态⟧</h3><ul><li>⟦l 《订书钉》团体标准立项公示⟧</li><li>⟦l 标准起草单位征集通知⟧</li></ul></div>
<div class="ft">⟦m 会员服务热线：0768-2200618⟧ ⟦d ©织印市文具行业协会⟧</div>
</body></html>
""",
        body="""
1 任务来源
本标准由织印市文具行业协会于2024年11月立项，由协会标准化工作委员会组织十一家会员企业共同起草。
2 主要技术内容
2.1 本标准规定了手动打孔器的分类、要求、试验方法和标志包装。
2.2 主要性能指标如下：
项目　要求　试验方法
打孔能力　不少于标称页数　按5.2
孔距偏差　±0.5毫米　按5.3
使用寿命　不少于五千次　按5.4
3 征求意见
请各单位于5月15日前将意见反馈至协会秘书处，联系人：邵秘书，电话：0768-2213045，邮箱：bzh@zywjxh.example.org.cn。
""",
    ),
    dict(
        slug="company-tongli-punch-recall-notice",
        site="同力文具制造有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.tonglistationery.example.com/news/gsgg/2025/0819.html",
        title="关于召回部分批次TL-30型打孔器的公告",
        record_title="公司公告丨关于召回部分批次TL-30型打孔器的公告",
        date="2025-08-18",
        notes="company site: decorated record title, online-service float, recalled batch table, the recall line beside a 400 sales line, date under the signature",
        page="""
!m 同力文具　TONGLI STATIONERY
!m 网站首页 ＞ 新闻中心 ＞ 公司公告
!t 关于召回部分批次TL-30型打孔器的公告
!m 2025.08.19　|　浏览 905
{BODY}
!w 在线客服　　订购热线 400-830-2216
!l 返回列表
!d 同力文具制造有限公司 版权所有　粤ICP备17066218号
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，2025年3月至5月生产的部分TL-30型打孔器，压杆复位弹簧存在断裂风险，可能导致压杆突然回弹造成手部擦伤。为保障用户安全，我公司决定主动召回以下批次产品：
生产批号　生产日期　数量（个）
TL30-2503A　2025年3月　4800
TL30-2504B　2025年4月　5200
TL30-2505A　2025年5月　3900
请持有上述批次产品的用户停止使用，并拨打召回专线0768-2291100，我公司将免费上门更换。
同力文具制造有限公司
2025年8月18日
""",
    ),
]
