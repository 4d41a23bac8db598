"""holdout160, part A: mosquito-coil (蚊香) makers, sellers and regulators. Invented sites,
counties (篁川, 箬阳, 笪城 …), people, URLs and chrome wording; written by hand, case by case."""

CASES = [
    dict(
        slug="gov-huangchuan-coil-recall-html",
        site="篁川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.huangchuan.example.gov.cn/zwgk/tzgg/202507/t20250714_4417.html",
        title="关于召回部分批次盘式蚊香的通告",
        record_title="关于召回部分批次盘式蚊香的通告_通知公告_篁川县人民政府",
        date="2025-07-11",
        date_also=["2025-07-14"],
        notes="county portal: index table with 发布日期 differing from the 成文日期; the bureau's own 联系电话 beside the portal's 纠错 line; a recalled-batch table",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于召回部分批次盘式蚊香的通告_通知公告_篁川县人民政府</title>
<script>var _siteid="hc001";</script></head><body>
<div class="topbar">⟦m 篁川县人民政府 欢迎您⟧ <a href="#">⟦a 适老化浏览⟧</a> <a href="#">⟦a 读屏专用⟧</a> <a href="#">⟦a 注册｜登录⟧</a></div>
<div class="nav">⟦m 首页　政务公开　办事服务　互动交流　走进篁川⟧</div>
<div class="crumb">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索　引　号：11431128MB1Q27/2025-00612⟧</td><td>⟦m 主题分类：市场监管、安全生产⟧</td></tr>
<tr><td>⟦m 发文机关：篁川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-07-14⟧</td></tr></table>
<h1>⟦t 关于召回部分批次盘式蚊香的通告⟧</h1>
<div class="tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="relate"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县市场监管局开展夏季日用化工产品抽检⟧</li><li>⟦l 关于电热蚊香液质量安全的消费提示⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：篁川县人民政府办公室　承办：县大数据中心⟧</p><p>⟦m 网站纠错电话：0731-5520118⟧</p><p>⟦m 湘ICP备17008821号-1　湘公网安备43112802000311号⟧</p><p>⟦m 网站标识码：4311280011⟧</p></div>
<script src="/js/visit.js"></script></body></html>
""",
        body="""
经抽样检验，本县两家企业生产的部分批次盘式蚊香有效成分含量不符合标准要求，现责令生产企业主动召回。
涉及批次如下：
企业名称　产品名称　生产批号　问题项目
篁川县绿野日化厂　檀香型盘香　20250508　有效成分含量
篁川县夏宁蚊香厂　无烟型盘香　20250521　燃烧时间
请经营者立即下架上述批次产品，已购买的消费者可凭购物凭证到原购买处办理退货。
联系人：市场监管局产品质量股　欧阳敏　联系电话：0731-5528406
篁川县市场监督管理局
2025年7月11日
""",
    ),
    dict(
        slug="fanwen-ruoyang-coil-speech-decorated",
        site="公文范本屋 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gwfbw.example.com/jianghua/98812.html",
        title="在全县蚊香产业提质升级推进会上的讲话",
        record_title="【精选】在全县蚊香产业提质升级推进会上的讲话（通用2篇）_公文范本屋",
        date="2025-04-16",
        notes="speech with a Chinese-numeral date and speaker role under the title (neutral); a writing-service line glued after a sentence; a VIP prompt between paragraphs",
        page="""
!m 公文范本屋 — 写材料，不求人
!m 当前位置：首页 > 讲话稿 > 产业发展讲话
{T}
!m 作者：佚名　收藏：62次　更新：2天前
在全县蚊香产业提质升级推进会上的讲话
箬阳县人民政府副县长　祁文澜
（二〇二五年四月十六日）
{BODY}
!a 下载本文（Word版，免费）
!l 推荐阅读：在全县竹木加工企业座谈会上的讲话
!l 推荐阅读：县长在工业经济运行调度会上的讲话
!d 本站范文均来源于网络，版权归原作者所有，如有侵权请来信删除。
""",
        body="""
同志们：
今天召开全县蚊香产业提质升级推进会，主要任务是分析当前形势，部署下一阶段工作。
我县蚊香生产已有四十多年历史，去年全县规上蚊香企业实现产值九亿二千万元。⟦w 需要原创讲话稿？加微信 gwfb_668 一对一代写⟧
但也要清醒看到，小作坊多、品牌散、环保压力大的问题依然突出。
⟦a 剩余2篇开通VIP即可查看全文>>⟧
下一步，要抓好三件事：一是淘汰落后窑炉，二是统一箬阳蚊香区域品牌，三是建设电商直播基地。
同志们，蚊香虽小，关系千家万户，希望大家攥指成拳，把这个传统产业做成富民产业。
""",
    ),
    dict(
        slug="news-dacheng-coil-export-html-byline",
        site="笪城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.dacheng.example.cn/cj/2025-06/03/content_77120.htm",
        title="笪城蚊香首次整柜出口东南亚",
        record_title=None,
        date="2025-06-03",
        notes="no record title (h1); byline 发布时间 the date; a photo caption and an editor line glued after the last paragraph; a 24-hour list",
        page="""
<html><head><meta charset="utf-8"><title>笪城蚊香首次整柜出口东南亚-财经-笪城新闻网</title>
<link rel="stylesheet" href="/css/news.css"><script>window.adSlots=[];</script></head>
<body>
<header><div class="logo">⟦m 笪城新闻网 · 笪城日报社主办⟧</div>
<nav>⟦m 要闻 | 财经 | 民生 | 文旅 | 视频 | 专题⟧</nav></header>
<div class="loc">⟦m 首页 » 财经 » 正文⟧</div>
<article>
<h1>笪城蚊香首次整柜出口东南亚</h1>
<div class="byline">⟦m 发布时间：2025-06-03 08:42　来源：笪城日报　记者 施雨桐⟧</div>
{BODY}
</article>
<aside><h3>⟦l 24小时热文⟧</h3><ol><li>⟦l 城南夜市六月起延长营业⟧</li><li>⟦l 高考期间这些路段临时管制⟧</li><li>⟦l 今年首批荔枝运抵笪城⟧</li></ol></aside>
<footer><p>⟦d 未经授权禁止转载、摘编或建立镜像⟧</p><p>⟦m 新闻热线：0772-3100119　互联网新闻信息服务许可证 45120180007⟧</p></footer>
</body></html>
""",
        body="""
6月2日上午，一辆满载四千八百箱蚊香的集装箱货车从笪城经济开发区驶出，发往钦州港，这是笪城蚊香第一次整柜出口。
这批蚊香由城东蚊香厂生产，采用植物粉基料，烟雾量比老工艺减少近三成。
⟦m 图为工人在装运出口蚊香。施雨桐 摄⟧
厂长韦家栋介绍，工厂去年通过了出口质量许可，今年以来已接到越南、柬埔寨客户订单十一批。
开发区管委会表示，将为企业提供报关、物流等一站式服务。⟦m （编辑：陆晓岚　审核：覃明）⟧
""",
    ),
    dict(
        slug="forum-coil-worker-smell-junk",
        site="箩岭人家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.luoling.example.net/thread-20391-1-1.html",
        title="在蚊香厂干了三年，说说车间里的味道",
        record_title="[分享] 在蚊香厂干了三年，说说车间里的味道 - 打工生活 - 箩岭人家论坛",
        date="2025-05-19",
        junk=dict(lines=1, glued=2),
        notes="forum post with anti-scraping junk (glued and on a line); 发表于 the date; floor and signature chrome",
        page="""
!m 箩岭人家论坛 › 打工生活 › 查看帖子
!t [分享] 在蚊香厂干了三年，说说车间里的味道
!m 楼主　老吴不吃辣　发表于 2025-5-19 21:07　只看该作者
!m 查看: 1822｜回复: 37
{BODY}
!l 回复　引用　举报　支持(14)　反对(0)
!m 签名：吃饭睡觉上班，日子就这么过
!l 上一主题：城关镇哪里有修电瓶车的？
!l 下一主题：求问箩岭到县城的班车时刻
""",
        body="""
很多人问蚊香厂累不累，我说累倒不算最累，主要是味道。
刚进去的时候在成型车间，木粉和药粉拌在一起，一天下来嗓子都是干的，后来厂里换了密闭搅拌机，好了不少。
烘干房夏天四十多度，一般干两个小时就要出来透透气。
现在我在包装线上，一分钟要装四十盒，手快的能装五十盒。
说实话工资还可以，一个月五千出头，就是希望大家买蚊香的时候注意通风，别在门窗关死的屋里整夜点。
""",
    ),
    dict(
        slug="wenku-coil-workshop-rules-docx-markers",
        site="智汇文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="other",
        form="text",
        source="https://wenku.zhihui.example.com/view/8a31cc02e0.html",
        title="蚊香厂烘干车间安全操作规程",
        record_title="蚊香厂烘干车间安全操作规程.docx",
        date="2025-03-01",
        pages=dict(fmt="⟬{n}⟭", every=110, start=2, glue=False),
        notes="file-name title; page markers of my own (⟬n⟭) on lines of their own cut sentences; decimal headings; a rule that speaks of 扫码 and 打印 as content; preview-end prompt",
        page="""
!m 智汇文库　千万文档免费阅读
!t 蚊香厂烘干车间安全操作规程.docx
!m 上传者：w***8　页数：3页　大小：24.6KB　下载券：2
{BODY}
!a 预览结束，还剩1页未读，下载后可阅读全文
!a ⇩ 下载文档（2下载券）　☆ 加入收藏
!d 本文档由用户上传，仅供交流学习，若侵犯您的权益请联系平台处理。
""",
        body="""
1 总则
1.1 为规范烘干车间作业，防止火灾、中毒和烫伤事故，制定本规程。
1.2 本规程适用于本厂盘香烘干房及其附属风机、燃气炉。
2 作业要求
2.1 进入烘干房前，操作人员须扫码签到，并确认排风机已运行五分钟以上。
2.2 烘干温度不得超过六十五摄氏度，每两小时记录一次温湿度。
2.3 严禁在烘干房内吸烟、使用明火或存放易燃溶剂。
3 附则
3.1 本规程由生产安全科负责解释，各班组应将本规程打印张贴于车间入口。
3.2 本规程自2025年3月1日起施行。
""",
    ),
    dict(
        slug="oa-xianing-coil-minutes-html",
        site="夏宁日化协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xianing-rihua.example.com/doc/view.do?id=55120",
        title="夏宁日化2025年第二次生产调度会会议纪要",
        record_title="内部文件-夏宁日化2025年第二次生产调度会会议纪要",
        date="2025-05-08",
        notes="intranet doc view with flow record, watermark and read count; minutes' 时间/地点/主持/参会 lines and an 印发 line kept",
        page="""
<html><head><meta charset="utf-8"><title>内部文件-夏宁日化2025年第二次生产调度会会议纪要</title>
<style>.wm{opacity:.08}</style></head><body>
<div class="head">⟦m 夏宁日化 · 协同办公⟧　⟦m 当前用户：财务部 黄嘉怡⟧　⟦a 退出⟧</div>
<div class="menu">⟦m 待办事项　已办事项　公文中心　知识库　通讯录⟧</div>
<div class="wm">⟦m 内部资料 黄嘉怡 0812⟧</div>
<h2>⟦t 夏宁日化2025年第二次生产调度会会议纪要⟧</h2>
<div class="docinfo">⟦m 文件类型：会议纪要　密级：内部　阅读：46次⟧</div>
<div class="content">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><ul><li>⟦l 办公室 起草 2025-05-08 16:20⟧</li><li>⟦l 总经理 签发 2025-05-09 09:05⟧</li></ul></div>
<div class="ops">⟦a 打印　导出PDF　转发　归档⟧</div>
<div class="foot">⟦d 本平台信息仅限公司内部使用，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年5月8日下午3时
地点：行政楼三楼会议室
主持：副总经理 廖春生
参会：生产部、质检部、采购部、销售部负责人
会议听取了五月上旬生产情况汇报，研究了旺季排产和原料储备问题，形成如下意见：
一、二号成型线自5月12日起实行两班倒，确保日产盘香一万二千箱。
二、采购部在5月底前补足木粉和楠木粉库存，不得低于二十天用量。
三、质检部对每批次产品增加燃烧时间抽检，不合格批次一律不得出厂。
夏宁日化办公室　2025年5月8日印发
""",
    ),
    dict(
        slug="qa-coil-ash-safe-missing-title",
        site="问得好 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wendehao.example.com/q/7720915.html",
        title="蚊香灰掉在被子上有毒吗？",
        record_title=None,
        date="2025-08-02",
        notes="no record title: the question line is the title; 回答于 the page's date; a vote bar and a related-questions box; an answer that itself says 关注",
        page="""
!m 问得好 - 有问题，就有答案
!t 蚊香灰掉在被子上有毒吗？
!m 家居生活｜浏览 3406 次
!m 最佳答案　采纳率92%　答主：小筇同学　回答于 2025-08-02
{BODY}
!l 有用(88)　没用(3)　评论(6)
!l 相关问题：电蚊香液插一晚上安全吗？
!l 相关问题：孕妇能用艾草蚊香吗？
!m © 2025 问得好
""",
        body="""
一般没有毒，放心。
蚊香燃烧后的灰主要是木粉烧剩的矿物质，有效成分在燃烧时已经挥发分解了，残留量非常少。
掉在被子上的话，拍掉抖一抖就行，如果是小孩的被子，可以拿到阳台晒一晒。
需要关注的其实是点蚊香时的烟，建议放在通风的地方，离床至少一米，用专用的金属架子托着，防止烫坏东西。
""",
    ),
    dict(
        slug="tender-luoling-coil-procurement-result-html",
        site="箩岭县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.luoling.example.gov.cn/jyxx/zbjg/20250617/118.html",
        title="箩岭县疾控中心病媒生物防制物资采购项目中标结果公告",
        record_title="【中标结果】箩岭县疾控中心病媒生物防制物资采购项目中标结果公告",
        date="2025-06-17",
        notes="tender platform with CA hotline beside the purchaser's and agency's own contacts; a result table; countdown widget",
        page="""
<html><head><meta charset="utf-8"><title>【中标结果】箩岭县疾控中心病媒生物防制物资采购项目中标结果公告</title></head><body>
<div class="top">⟦m 箩岭县公共资源交易平台⟧ ⟦a 投标人登录⟧ ⟦a 专家登录⟧</div>
<div class="nav">⟦m 交易信息 ＞ 政府采购 ＞ 中标结果⟧</div>
<h2>⟦t 箩岭县疾控中心病媒生物防制物资采购项目中标结果公告⟧</h2>
<p class="info">⟦m 信息来源：县政府采购中心　发布时间：2025-06-17　浏览量：211⟧</p>
<div id="detail">
{BODY}
</div>
<div class="side">⟦l 距下一场开标还有 02天14时⟧</div>
<div class="help">⟦m CA数字证书办理咨询：400-880-3316⟧</div>
<div class="copy">⟦d 版权所有 箩岭县公共资源交易中心　技术支持：筱原软件⟧</div>
</body></html>
""",
        body="""
一、项目编号：LLCG-2025-0431
二、项目名称：箩岭县疾控中心病媒生物防制物资采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
1　盘式蚊香、电热蚊香液　箬阳县清夏日用品有限公司　186400
2　诱蚊灯、灭蚊喷雾器　笪城县绿盾卫生用品商行　97350
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：箩岭县疾病预防控制中心　联系人：甘晓东　电话：0776-6213402
代理机构：箩岭县政府采购中心　联系人：蒙丽　电话：0776-6218830
""",
    ),
    dict(
        slug="assoc-coil-initiative-cc-line",
        site="篁川县日用化工行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.hcrhxh.example.org/xhgg/2025/0520/31.html",
        title="关于规范蚊香产品标签标识的倡议书",
        record_title="【协会倡议】关于规范蚊香产品标签标识的倡议书",
        date="2025-05-20",
        notes="association initiative with a 抄送 line and 成文日期; member-login row and a contact footer",
        page="""
!m 篁川县日用化工行业协会
!a 会员登录　入会指南　会费缴纳
!m 首页 / 协会公告 / 正文
{T}
!m 发布：秘书处　点击：307
{BODY}
!l 上一条：协会第三届会员大会胜利召开
!l 下一条：关于开展2025年度质量标杆评选的通知
!m 协会地址：篁川县工业园区创业大道8号　电话：0731-5530021
""",
        body="""
全县蚊香生产企业：
近期市场监管部门抽检发现，部分蚊香产品存在有效成分标注不清、使用说明缺失等问题。为维护行业声誉，协会向全体会员企业倡议：
一、严格按照国家标准标注有效成分名称及含量、农药登记证号和生产日期。
二、在包装显著位置标明“点燃后远离易燃物”“请在通风处使用”等警示语。
三、不夸大宣传，不使用“无毒”“纯天然”等误导性用语。
篁川县日用化工行业协会
2025年5月20日
抄送：县市场监督管理局、县农业农村局
""",
    ),
    dict(
        slug="print-coil-storage-standard-footer",
        site="箬阳县应急管理局 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://yjj.ruoyang.example.gov.cn/print.jsp?id=22071",
        title="蚊香仓储场所消防安全管理规定",
        record_title="打印预览 - 蚊香仓储场所消防安全管理规定",
        date="2025-06-25",
        notes="print view: print buttons at the top, URL and print stamp, a print footer of my own; articles numbered 第一条…; date under signature",
        page="""
!a 〔打印〕〔关闭窗口〕
!m 箬阳县应急管理局
!t 蚊香仓储场所消防安全管理规定
{BODY}
!m 本页地址：https://yjj.ruoyang.example.gov.cn/zcfg/22071.html
!m 打印时间：2025/07/02 10:18
!p ▪ 页 1 ／ 1 ▪
""",
        body="""
第一条　为加强蚊香仓储场所消防安全管理，预防火灾事故，制定本规定。
第二条　成品仓库与烘干房、燃气间的间距不得小于十米，库内不得设置办公室和休息室。
第三条　仓库堆垛高度不超过三米，垛与墙、垛与灯具之间的距离不小于零点五米。
第四条　仓库应配备足量灭火器材，每班至少巡查两次并做好记录。
第五条　本规定自发布之日起施行。
箬阳县应急管理局
2025年6月25日
""",
    ),
    dict(
        slug="wiki-coil-entry-html-infobox",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.baizhi.example.com/item/盘式蚊香/30218",
        title="盘式蚊香",
        record_title="盘式蚊香_百知百科",
        date=None,
        notes="encyclopaedia entry: info box, contents box, edit links; a year inside the text and an edit stamp are no dates",
        page="""
<html><head><meta charset="utf-8"><title>盘式蚊香_百知百科</title><script>var lemmaId=30218;</script></head><body>
<div class="search">⟦m 百知百科⟧ ⟦a 进入词条⟧ ⟦a 全站搜索⟧ ⟦a 帮助⟧</div>
<h1>⟦t 盘式蚊香⟧</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</div>
<div class="infobox"><dl><dt>⟦m 中文名⟧</dt><dd>⟦m 盘式蚊香⟧</dd><dt>⟦m 主要成分⟧</dt><dd>⟦m 拟除虫菊酯、植物粉⟧</dd></dl></div>
<div class="catalog">⟦l 目录 1 简介 2 使用方法 3 注意事项⟧</div>
<div class="para">
{BODY}
</div>
<div class="stat">⟦m 词条统计　浏览次数：58万　编辑次数：19次　最近更新：2025-06-30⟧</div>
<div class="foot">⟦d ©2025 百知百科　使用百知前必读　百科协议⟧</div>
</body></html>
""",
        body="""
盘式蚊香是一种呈螺旋状、点燃后缓慢阴燃并释放驱蚊成分的卫生杀虫用品，多由木粉、植物粉、黏合剂和拟除虫菊酯类有效成分压制而成。
二十世纪初，盘式结构被发明出来，使一盘蚊香可连续燃烧七至八小时。
使用时将蚊香两盘分开，点燃外端后平放在金属支架上。
注意事项：应放在通风处，远离窗帘、蚊帐等易燃物；婴幼儿房间宜改用物理防蚊方式。
""",
    ),
]
