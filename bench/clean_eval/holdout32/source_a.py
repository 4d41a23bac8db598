"""holdout32, part A: written blind (README, build.py, dev sources, issue 13 only).
Invented sites, counties, people, URLs and chrome wording."""

CASES = [
    dict(
        slug="gov-hangbiao-notice-html-index-table",
        site="泖湾县航标管理所 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.maowan.example.gov.cn/hbs/tzgg/2025/0417/6021.html",
        title="关于开展春季内河航标巡检维护工作的通知",
        record_title="关于开展春季内河航标巡检维护工作的通知_通知公告_泖湾县人民政府",
        date="2025-04-16",
        date_also=["2025-04-17"],
        notes="HTML county portal: an index table, a font-size row, the document's own 联系人 next to the portal's hotline; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展春季内河航标巡检维护工作的通知_通知公告_泖湾县人民政府</title>
<script>var _hm=[];(function(){_hm.push(['pv'])})();</script></head><body>
<div class="topbar">⟦m 泖湾县人民政府 · 水韵泖湾 通江达海⟧ ⟦a 无障碍浏览⟧ ⟦a 长辈模式⟧</div>
<ul class="nav"><li>首页</li><li>政务公开</li><li>办事服务</li><li>互动交流</li></ul>
<div class="crumb">⟦m 您所处的位置： 首页 &gt;&gt; 部门动态 &gt;&gt; 县航标管理所 &gt;&gt; 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索 引 号：MW-HBS-2025-00317⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文机构：泖湾县航标管理所⟧</td><td>⟦m 生成日期：2025-04-17⟧</td></tr></table>
<h2>{T}</h2>
<div class="tool">⟦a 【字号 放大 标准 缩小】⟧ ⟦a 【打印此页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微博 微信 QQ空间⟧</div>
<div class="rel"><h4>⟦l 本栏目其他信息⟧</h4><ul><li>⟦l 县航标管理所开展汛前设标演练⟧</li><li>⟦l 关于调整泖河三号浮标位置的公告⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：泖湾县人民政府办公室　政务服务热线：12345⟧</p><p>⟦m 网站标识码 3305990017　浙ICP备2025031177号-1⟧</p><p>⟦d 本站所有信息仅供参考，未经许可不得转载⟧</p></div>
</body></html>
""",
        body="""
各航标站、各巡检班组：
为确保春季航道通航安全，经研究，决定自4月21日起在全县内河航道开展航标巡检维护工作。现将有关事项通知如下：
一、巡检范围。泖河、菱埠河及沿线支汊共一百一十二座浮标、岸标和灯桩。
二、工作要求。各班组要逐标核查灯质、灯光射程和标体漆色，发现移位、熄灭的航标须在24小时内恢复。
三、信息报送。巡检结果请于5月10日前报所办公室，逾期未报的予以通报。
联系人：钱筱雯，电话：0573-86021147。
泖湾县航标管理所
2025年4月16日
""",
    ),
    dict(
        slug="gov-dizhen-speech-text-under-title-date",
        site="磬山县地震局 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dzj.qingshan.example.gov.cn/ldjh/20250512/88.html",
        title="在全县防震减灾工作会议上的讲话",
        record_title=None,
        date="2025-05-12",
        notes="text portal page, no record title; speaker and date lines under the title neutral; chrome between paragraphs",
        page="""
!m 磬山县地震局网站
!m 首页 / 领导讲话 / 正文
{T}
县地震局局长　邝明远
（2025年5月12日）
!m 来源：局办公室　浏览：204次　字体：[大][中][小]
{BODY}
!l 上一条：磬山县地震局2025年度部门预算公开说明
!l 下一条：关于开展防震减灾科普进校园活动的通知
!d 版权所有：磬山县地震局　技术支持：磬山县信息中心
!m 联系电话：0571-66120301
""",
        body="""
同志们：
今天我们召开全县防震减灾工作会议，主要任务是总结去年工作，部署今年防震减灾重点任务。
去年以来，全县新建地震监测点三个，完成农村民居抗震加固二百一十六户，组织应急疏散演练四十七场次。
⟦l 相关阅读：磬山县召开地震应急预案修订座谈会⟧
今年，要着力抓好三件事：一是提升监测预警能力，二是推进农居抗震改造，三是深化科普宣传。
同志们，防震减灾事关群众生命财产安全，希望大家守土尽责，把各项工作抓实抓细。
""",
    ),
    dict(
        slug="fanwen-yancang-summary-glued-service",
        site="笔友范文库 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.biyoufw.example.com/zongjie/gzzj/30711.html",
        title="2024年粮食储备库安全生产工作总结",
        record_title="2024年粮食储备库安全生产工作总结（精选3篇）",
        date="2024-12-26",
        notes="范文 site: decorated title, writing-service prompt glued after a sentence, a member-only line between paragraphs; 成文日期 in Chinese numerals",
        indent="　　",
        page="""
!m 笔友范文库 — 写材料，不熬夜
!m 当前：范文首页 » 工作总结 » 安全生产总结
!t 2024年粮食储备库安全生产工作总结（精选3篇）
!m 更新：3天前　热度 1827　编辑：笔友小周
!a 一键复制全文　　导出为Word
{BODY}
!a 以上为免费部分，开通笔友会员可查看另外2篇
!l 猜你想找：粮库年终总结 | 仓储保管员述职 | 安全月活动总结
!d 本站内容来自网友投稿，仅作写作参考，如涉及版权问题请来信说明。
""",
        body="""
2024年，我库坚持“安全第一、预防为主”的方针，全年实现储粮零事故、生产零伤亡。⟦w 材料写不出来？笔友老师一对一代笔，V：biyou_8866⟧
一、压实安全责任。库主任与各仓组层层签订责任书，每月开展一次全覆盖隐患排查。
二、强化储粮管理。全年完成粮情检测一千二百余次，熏蒸作业严格执行审批和警戒制度。
⟦a 本段以下内容仅限会员阅读，登录后继续⟧
三、抓好应急演练。组织火灾扑救和有限空间救援演练各两次，参演职工九十余人次。
2025年，我们将推进智能粮库建设，进一步提升本质安全水平。
苔溪县国家粮食储备库
二〇二四年十二月二十六日
""",
    ),
    dict(
        slug="wenku-yanye-plan-bracket-page-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiye.example.com/view/a7c0e19f33.html",
        title="盐业公司食盐质量安全专项检查方案",
        record_title="盐业公司食盐质量安全专项检查方案.docx",
        date=None,
        notes="文库 preview: file-name title, page markers ⸨n⸩ cut sentences, preview-end prompt; a year only in the body's text, no date",
        pages=dict(fmt="⸨{n}⸩", every=110, start=2, glue=False),
        page="""
!m 知页文库
!m 文档页数：4页　上传者：ys***21　上传时间：2025-03-04
!t 盐业公司食盐质量安全专项检查方案.docx
!a 免费预览已结束，剩余2页可下载查看
{BODY}
!a 下载文档　￥3.80　　加入收藏
!d 知页文库仅提供信息存储空间，文档为用户上传，如有侵权请联系平台处理。
!l 相关文档：食盐专营执法检查表 / 盐业企业安全生产制度
""",
        body="""
为进一步加强食盐质量安全管理，确保群众吃上放心盐，公司决定在全系统开展食盐质量安全专项检查，特制定本方案。
一、检查内容。重点检查食盐进货查验、仓储条件、批发台账和碘盐标识情况，并抽检各分公司库存食盐。
二、时间安排。动员部署阶段为3月上旬，自查整改阶段为3月中旬至4月中旬，督查验收阶段为4月下旬。
三、工作要求。各分公司要明确专人负责，发现不合格产品立即下架封存，并按程序报告。
四、结果运用。检查结果纳入年度绩效考核，对问题突出的单位予以通报批评。
""",
    ),
    dict(
        slug="news-linchang-html-photo-editor",
        site="笙岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.shengling.example.com.cn/news/local/2025-06/03/c_50921.htm",
        title="国有笙岭林场完成松材线虫病秋季普查",
        record_title="国有笙岭林场完成松材线虫病秋季普查 - 笙岭新闻网",
        date="2025-06-03",
        notes="HTML news portal: byline 发布时间 is the page date, photo caption between paragraphs, editor line glued after the last paragraph, hot list",
        page="""
<html><head><meta charset="utf-8"><title>国有笙岭林场完成松材线虫病秋季普查 - 笙岭新闻网</title><style>.a{color:#333}</style></head><body>
<header><div class="logo">⟦m 笙岭新闻网 | 笙岭日报社主办⟧</div><nav>⟦m 本地 时政 民生 文旅 视频 专题⟧</nav><div class="login">⟦a 登录 | 注册⟧</div></header>
<article><h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-03 16:22　来源：笙岭日报　记者 尤嘉禾⟧</div>
{BODY}
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 笙岭高铁站改造工程进入收尾阶段⟧</li><li>⟦l 今年首批夏粮开镰收割⟧</li></ol></aside>
<footer><p>⟦m 新闻爆料：0579-82233110⟧</p><p>⟦d 笙岭新闻网版权所有，转载请注明出处⟧</p><p>⟦m 互联网新闻信息服务许可证 33120250019⟧</p></footer>
<script>document.write('<img src=stat.gif>')</script>
</body></html>
""",
        body="""
本报讯 近日，国有笙岭林场完成今年松材线虫病秋季普查，累计调查松林面积四万三千亩，未发现新的疫点。
普查期间，林场组织六支专业小队，采用无人机航拍与地面踏查相结合的方式，对枯死松树逐株定位、取样送检。
⟦m 图为林场技术人员在山场取样。通讯员 柯立夏 摄⟧
林场负责人介绍，下一步将对历史疫点周边实施清理，并在重点区域悬挂诱捕器，持续巩固防控成效。⟦m （责任编辑：冉小葵）⟧
""",
    ),
    dict(
        slug="forum-diaoyu-post-junk-floors",
        site="箬溪钓友论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.ruoxi-diaoyou.example.net/thread-44817-1-1.html",
        title="关于渔港码头临时封闭施工的公告",
        record_title="[转帖] 关于渔港码头临时封闭施工的公告（钓友们注意）",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="forum repost of a fishing-port notice: junk lines and glued junk, floor meta, reply box; post date differs from 成文日期",
        junk=dict(lines=2, glued=2),
        page="""
!m 箬溪钓友论坛 › 钓讯交流 › 查看帖子
!t [转帖] 关于渔港码头临时封闭施工的公告（钓友们注意）
!m 楼主：老杆子阿坤　发表于 2025-07-09 07:55　只看该作者
!m 查看: 936 | 回复: 14
{BODY}
!l 2楼 岸边守候：感谢分享，周末不去了
!l 3楼 夜钓王：那南堤还能下竿吗？
!l 发表回复　快速回复，请先登录
!m 手机版 | 箬溪钓友论坛 | 粤ICP备2024108812号
""",
        body="""
各渔船船主、码头使用单位及广大群众：
因箬溪渔港北码头岸线加固工程施工需要，自2025年7月15日至8月31日，北码头及引桥实行临时封闭。
封闭期间，渔船停靠、卸货统一改至南码头，请各船主服从港区管理人员指挥。
施工区域设置安全围挡，严禁垂钓、游泳和无关人员进入。
给大家带来的不便，敬请谅解。
箬溪渔港管理站
2025年7月8日
""",
    ),
    dict(
        slug="blog-dongwuyuan-keeper-notes",
        site="园长手记博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://keeper-notes.example.blog/post/2025/03/elephant-enrichment",
        title="做动物福利这件小事——饲养员丰容工作心得",
        record_title="【随笔】做动物福利这件小事——饲养员丰容工作心得 | 园长手记",
        date="2025-03-22",
        notes="a zoo keeper's blog: bracketed post time is the page date, tag line, archive list, a share bar glued after a sentence",
        page="""
!m 园长手记 · 蕉原野生动物园的一线日常
!t 【随笔】做动物福利这件小事——饲养员丰容工作心得 | 园长手记
!m [2025-03-22 21:08]　分类：饲养日志
{BODY}
!l 标签：丰容 / 亚洲象 / 饲养员
!l « 较早：夜间笼舍的那些声音　|　较新：春天给火烈鸟换沙 »
!l 文章归档：2025年3月(4)　2025年2月(6)
!m 本博客由一名饲养员维护，邮箱 keeper.jiaoyuan@example.cn
""",
        body="""
来动物园做饲养员第六年，我越来越觉得，丰容不是给游客看的花样，而是动物每天过日子的一部分。
去年冬天，我们给亚洲象“阿朵”做了悬挂式草料网，它取食的时间从二十分钟拉长到两个多小时，刻板行为明显少了。
丰容要从观察开始。我每天记录动物的活动时段、取食方式和异常表现，再据此调整物件摆放。⟦l 分享到：微信 / 微博 / 复制链接⟧
也要讲安全。每一件新物件进笼舍前，都要经过兽医和班组长检查，确认不会误食、不会卡伤。
这几年最大的体会是：把动物当成有需求的个体，工作就会越做越细。
""",
    ),
    dict(
        slug="wechat-youzheng-html-account-page",
        site="泓口邮政 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.weixin-mirror.example.com/s/Hk2OqvY81_postal",
        title="关于调整部分乡镇邮政网点营业时间的公告",
        record_title=None,
        date="2025-09-28",
        notes="WeChat-style account page mirror: account line with a date (page date), 阅读/在看 bar, follow prompt, QR box; no record title",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>泓口邮政</title></head><body>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 泓口邮政　2025年09月28日 17:30　浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦l 阅读 1103　赞 25　分享　推荐⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“泓口邮政”⟧</div>
<div class="mirror">⟦d 本页面由第三方工具转存，仅作阅读备份，与原公众号无关⟧</div>
</div></body></html>
""",
        body="""
尊敬的客户：
根据乡镇业务量变化，自2025年10月8日起，我局对部分乡镇邮政网点营业时间进行调整，具体如下：
网点名称　调整后营业时间　备注
菱埠邮政所　8:30—16:30　周日休息
岫川邮政所　8:00—17:00　节假日正常营业
峤南邮政所　9:00—16:00　每周三下午停业盘点
如需办理大宗邮寄业务，可提前致电网点预约。
泓口县邮政分公司
2025年9月28日
""",
    ),
    dict(
        slug="docshare-yancao-request-slash-markers",
        site="闲读文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.xiandu-doc.example.com/p-77310452.html",
        title="关于申请增设烟草零售许可证发放点的请示",
        record_title="关于申请增设烟草零售许可证发放点的请示",
        record_date="2025-02-19",
        date="2025-02-19",
        notes="document-sharing page with the record's date; glued page markers ⫽n⫽; upload notice; document number neutral; the document's own 联系人",
        pages=dict(fmt="⫽{n}⫽", every=120, start=2, glue=True),
        page="""
!m 闲读文档网 · 资料随时看
!m 分类：行政公文 › 请示　页数：3　大小：26KB
!t 关于申请增设烟草零售许可证发放点的请示
!a 阅读已结束，点击“获取文档”保存至本地
柃烟〔2025〕6号
{BODY}
!d 本文档由用户自行上传，闲读文档网不对其内容的真实性负责，如需商用请联系原作者。
!a 获取文档　　举报　　收藏(12)
""",
        body="""
柃水县人民政府：
近年来，我县农村集镇人口增长较快，现有烟草零售许可证受理点均集中在县城，偏远乡镇群众办证往返路程较远。
为方便群众办事，我局拟在蘖川镇、筇岭乡便民服务中心各增设一个许可证受理发放点，配备工作人员两名，所需经费由我局自行解决。
以上请示妥否，请批示。
联系人：甘雨桐，联系电话：0578-61230588。
柃水县烟草专卖局
2025年2月19日
""",
    ),
    dict(
        slug="edu-shaoniangong-html-enrol-notice",
        site="棠浦市少年宫 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tangpu-snG.example.edu.cn/tzgg/2025/0820/1132.html",
        title="棠浦市少年宫2025年秋季公益课程招生通知",
        record_title="棠浦市少年宫2025年秋季公益课程招生通知-棠浦市少年宫",
        date="2025-08-20",
        notes="HTML education portal: enrol table one row a paragraph, sentences telling parents to 扫码/下载 kept, the document's own 咨询电话 beside the footer's line",
        page="""
<html><head><meta charset="utf-8"><title>棠浦市少年宫2025年秋季公益课程招生通知-棠浦市少年宫</title></head><body>
<div class="head">⟦m 棠浦市少年宫 · 快乐成长的第二课堂⟧</div>
<div class="menu">⟦m 宫内概况 | 课程中心 | 活动风采 | 家长园地 | 联系我们⟧</div>
<div class="loc">⟦m 位置：首页 → 通知公告⟧</div>
<div class="main"><h3>{T}</h3>
<p class="info">⟦m 发稿：教务部　点击数：2871⟧</p>
{BODY}
<p class="op">⟦a 【打印文章】　【收藏本页】⟧</p></div>
<div class="links">⟦l 友情链接：棠浦市教育局　棠浦市科技馆　棠浦市图书馆⟧</div>
<div class="bottom">⟦m 地址：棠浦市青年路9号　咨询：0595-27706600⟧<br>⟦d Copyright 2025 棠浦市少年宫 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
各位家长、同学们：
本宫2025年秋季公益课程即日起开始报名，现将有关事项通知如下。
一、招生对象：本市6至14周岁中小学生。
二、开设课程
课程名称　年龄要求　名额　上课时间
少儿书法　8—12岁　30人　周六上午
机器人编程　10—14岁　24人　周六下午
合唱　6—10岁　40人　周日上午
三、报名方式：请家长微信扫描下方报名码填写信息，也可下载报名表填好后交至一楼服务台。
四、课程全部免费，录取名单于9月5日在本网站公布。
咨询电话：0595-27706618（工作日8:30—17:00）。
棠浦市少年宫
2025年8月20日
""",
    ),
    dict(
        slug="oa-gongdian-minutes-approval-trail",
        site="岫川供电所内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xiuchuan-power.example.local/doc/view?id=20250311-07",
        title="岫川供电所2025年第一次安全分析会会议纪要",
        record_title="岫川供电所2025年第一次安全分析会会议纪要",
        date="2025-03-12",
        date_also=["2025-03-11"],
        notes="OA export: time/place/host lines of minutes kept; approval trail and read receipts chrome; 印发 date expected, meeting date accepted",
        page="""
!m 岫川供电所协同办公平台
!m 公文查看　｜　密级：内部　｜　文件编号：XC-2025-NB-021
{T}
!m 拟稿：综合班 伏晓岚　审核：所长 秦永　签发时间：2025-03-12 10:14
{BODY}
!l 流转记录：综合班→所长→各班组（已阅 17/19）
!a [返回列表]　[下载正文]　[打印]
!d 内部资料，请勿外传
""",
        body="""
时间：2025年3月11日下午2时30分
地点：所三楼会议室
主持：秦永
参会：所班子成员、各班组长、安全员
记录：伏晓岚
会议通报了一季度以来的安全生产情况，分析了春检期间存在的问题，并对下一阶段工作作出部署。
一、严格执行工作票制度，杜绝无票作业。
二、加强外包施工队伍管理，入场前必须完成安全交底。
三、3月底前完成全部台区配电箱的防潮检查。
岫川供电所综合班
2025年3月12日印发
""",
    ),
    dict(
        slug="qa-caipiao-answer-vote-bar",
        site="问知社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenzhi.example.com/question/55120983/answer/1002",
        title="福利彩票销售站点申请需要准备哪些材料？",
        record_title="福利彩票销售站点申请需要准备哪些材料？ - 问知社区",
        date="2025-05-06",
        notes="Q&A: 回答于 line is the page date; vote bar, follow button, 'not legal advice'-like notice in other words, related questions",
        page="""
!m 问知社区　｜　有问题，就有答案
!t 福利彩票销售站点申请需要准备哪些材料？ - 问知社区
!m 关注者 62　被浏览 14,390
!m 竹篱笆（彩票站主，开店五年）　回答于 2025-05-06
{BODY}
!l ▲ 赞同 218　▼　💬 31 条评论　★ 收藏　⚑ 举报
!d 回答内容为答主个人经验，具体以当地福彩中心公布的要求为准。
!l 相关问题：彩票站一个月能挣多少？ · 彩票站转让要办哪些手续？
!a 打开问知App，浏览更多精彩回答
""",
        body="""
我去年刚帮朋友办过，按我们当地福彩中心的要求，大致需要这些材料：
1. 申请人身份证原件及复印件，年龄在18周岁以上。
2. 经营场所的产权证明或一年以上的租赁合同，门面面积一般不少于15平方米。
3. 近期免冠照片两张和本人签字的诚信经营承诺书。
4. 部分地方还要求提供无犯罪记录证明。
材料齐全后到市福彩中心窗口递交，经过实地考察、公示，通常一个半月左右能拿到代销证。
""",
    ),
]
