"""holdout143, part C: written blind. Invented sites, counties, people, URLs and chrome wording."""

CASES = [
    dict(
        slug="company-yunqi-software-park-news-html",
        site="云栖软件园运营公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yunqi-park.example.com/news/2025/0916/park-520.html",
        title="云栖软件园第二批孵化企业集中入驻",
        record_title="云栖软件园第二批孵化企业集中入驻-新闻中心-云栖软件园",
        date="2025-09-16",
        notes="company site: language switch, contact-us float, 发布时间 byline (page date), prev/next, footer with address and 备案",
        page="""
<html><head><meta charset="utf-8"><title>云栖软件园第二批孵化企业集中入驻-新闻中心-云栖软件园</title></head>
<body>
<div class="top">⟦a 中文 | EN⟧ ⟦w 入驻咨询 0731-88916000⟧</div>
<nav>⟦m 园区介绍　入驻服务　产业政策　新闻中心　联系我们⟧</nav>
<section>
<h1>⟦t 云栖软件园第二批孵化企业集中入驻⟧</h1>
<p class="time">⟦m 发布时间：2025-09-16　作者：园区运营部⟧</p>
{BODY}
<p>⟦l 上一条：园区人才公寓二期交付使用⟧<br>⟦l 下一条：软件园举办首届开发者沙龙⟧</p>
</section>
<footer>⟦m 地址：云栖区科创大道99号⟧　⟦m 湘ICP备19011823号-1⟧　⟦d 云栖软件园 版权所有⟧</footer>
</body></html>
""",
        body="""
9月15日，云栖软件园举行第二批孵化企业集中入驻仪式，十八家科技型初创企业正式落户园区孵化器。
本批入驻企业涵盖工业软件、智能物联、数字内容等领域，其中九家由高校师生团队创办。
园区为入驻企业提供两年免租办公场地，并配套创业导师、知识产权代理和融资对接等服务。
截至目前，软件园已累计入驻企业二百一十三家，从业人员超过五千人。
""",
    ),
    dict(
        slug="training-ruixin-phone-repair-course-plan",
        site="锐芯手机维修培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.ruixinweixiu.example.com/kecheng/jiaoxue-2025.html",
        title="2025年秋季手机维修技能班教学计划",
        record_title="2025年秋季手机维修技能班教学计划｜锐芯手机维修培训学校",
        date="2025-08-20",
        notes="training school: enrolment hotline and free-trial prompts (chrome) vs the plan's own 报名咨询 line (kept); course table; a chrome line between paragraphs",
        page="""
!m 锐芯手机维修培训学校 —— 学一门技术，吃一辈子饭
!w 招生热线：400-8873-021（免费试听）
!m 首页 > 课程设置 > 教学计划
{T}
!m 编辑：教务处　2025-08-20
{BODY}
!a 点击领取《手机主板维修入门》电子资料
!l 学员就业案例 | 校园环境 | 常见问题
!d ©锐芯职业培训学校 办学许可证号：教民1405232000171号
""",
        body="""
一、培养目标：通过十周系统学习，学员能独立完成智能手机常见故障的检测与维修。
二、课程安排
周次　内容　课时
第1—2周　电子基础与工具使用　60
第3—5周　拆装与屏幕、电池更换　90
⟦a 想要完整课表？微信扫码免费领取⟧
第6—9周　主板故障检测与焊接　120
第10周　综合考核与就业指导　30
三、考核方式：理论考试与实操考核各占百分之五十，合格者颁发结业证书。
四、报名咨询：教务处 鲁老师 0352-6120487。
""",
    ),
    dict(
        slug="fanwenapp-biji-summary-vending-machines",
        site="笔记本范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bijiben-app.example.com/s/vd7Q2kLm",
        title="校园自动售货机运营管理工作总结",
        record_title="校园自动售货机运营管理工作总结（通用2篇）",
        date="2025-01-12",
        notes="writing-app share page: open-in-app prompts, AI-rewrite button glued after a sentence, member unlock line inside the body, app footer",
        page="""
!a 打开笔记本APP，阅读体验更佳
{T}
!m 笔记本范文 · 工作总结频道　|　1.2w人已读
{BODY}
!a 一键AI续写　　换一篇　　导出文档
!l 你可能还需要：自动售货机采购方案 / 后勤服务满意度调查报告
!d 笔记本范文APP · 内容由创作者上传
""",
        body="""
2024年，学校后勤服务中心按照“方便师生、规范经营”的要求，对校园二十四台自动售货机实行统一运营管理。
一是规范点位布局。在教学楼、图书馆、体育馆和学生宿舍区设置点位，并根据师生需求调整了六个点位。⟦a ✦AI帮我改写这段⟧
二是严把商品质量。建立商品进货台账，每周检查临期商品，全年下架临期商品三百余件。
⟦a 剩余40%内容，开通会员后查看⟧
三是畅通反馈渠道。在每台机器上张贴故障报修电话，报修响应时间由原来的一天缩短到四小时。
后勤服务中心
2025年1月12日
""",
    ),
    dict(
        slug="gkforum-shangan-first-secretary-insight",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.shangan8.example.com/t/551209",
        title="驻村第一书记工作心得体会",
        record_title="[面试素材] 驻村第一书记工作心得体会（附答题思路） - 面试交流 - 上岸吧公考论坛",
        date="2024-10-18",
        date_also=["2024-10-21"],
        notes="exam forum: decorated title; poster's aside line and moderator note; post date differs from the document date (both accepted); signature with a course ad",
        page="""
!m 上岸吧公考论坛 › 面试交流 › 素材分享
{T}
!m 楼主：申论小能手　发表于 2024-10-21　阅读 4412　回复 37
!l 【楼主说】这篇拿来做面试素材很好用，第三段可以直接背！
{BODY}
!m 本帖被版主 一站上岸 加入精华
!w 面试一对一陪练，私信或加V：shangan_mianshi8
!l 回复　　点赞(89)　　收藏
""",
        body="""
驻村工作一年多来，我最深的体会是：要让群众认你，先要把自己当成村里人。
刚到村里时，群众有顾虑，我就挨家挨户走访，一百七十二户人家走了三遍，把每户的困难记在本子上。
村里通组路一下雨就泥泞难行，我们争取项目资金，带领村民投工投劳，四个月修通了三公里水泥路。
我还和村两委一起办起了辣椒种植合作社，去年户均增收两千八百元。
驻村让我真正懂得了什么是“从群众中来，到群众中去”。
2024年10月18日
""",
    ),
    dict(
        slug="baike-zhiqiu-entry-whooping-cough-html",
        site="知秋百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiqiu.example.com/item/百日咳/30917",
        title="百日咳",
        record_title="百日咳_知秋百科",
        date=None,
        notes="encyclopaedia: edit links, 目录, reference list, 词条统计 with 最近更新 stamp (no date), 义项 line; a sentence about 接种 schedules",
        page="""
<html><head><meta charset="utf-8"><title>百日咳_知秋百科</title></head>
<body>
<div class="search">⟦m 知秋百科　全球领先的中文百科⟧ ⟦a 进入词条⟧ ⟦a 帮助⟧</div>
<h1>⟦t 百日咳⟧</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</div>
<div class="yixiang">⟦m 百日咳是由百日咳鲍特菌引起的急性呼吸道传染病（本义项由医学专家审核）⟧</div>
<div class="catalog">⟦l 目录　1 病原学　2 临床表现　3 预防⟧</div>
{BODY}
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 儿科传染病学（第三版）⟧</p></div>
<div class="stat">⟦m 词条统计　浏览次数：83021次　编辑次数：17次　最近更新：秋****（3天前）⟧</div>
<div class="foot">⟦d 知秋百科内容仅供参考，如需诊疗请咨询专业医师⟧</div>
</body></html>
""",
        body="""
百日咳是由百日咳鲍特菌感染引起的急性呼吸道传染病，因病程可长达两三个月而得名。
典型症状为阵发性、痉挛性咳嗽，咳嗽末伴有鸡鸣样吸气吼声，婴幼儿患者可出现呼吸暂停。
传染源主要是患者和无症状感染者，通过飞沫传播，人群普遍易感。
接种含百日咳成分的疫苗是最有效的预防措施，我国免疫规划程序要求儿童在3月龄、4月龄、5月龄和18月龄各接种一剂百白破疫苗。
""",
    ),
    dict(
        slug="netdisk-leiyun-share-sea-buckthorn-plan",
        site="雷云网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.leiyun.example.com/s/1xQeB7mN",
        title="沙棘产业提质增效三年行动方案（2025—2027年）",
        record_title="沙棘产业提质增效三年行动方案（2025—2027年）.wps",
        date="2025-02-25",
        notes="cloud-drive share: file-name title, share link expiry and save-to-drive prompts, file list line, text-preview header; date under signature",
        page="""
!m 雷云网盘 | 分享无限
!m 沙棘产业提质增效三年行动方案（2025—2027年）.wps　　89.5KB
!m 分享者：林草局小杨　　有效期：7天　　提取码已自动填写
!a 保存到我的网盘　　下载（需登录）　　举报
!a 以下为文本预览，格式可能有误
{BODY}
!a 预览仅显示前2页，下载查看完整文件
!d 雷云网盘严禁分享违法违规内容，一经发现永久封禁
""",
        body="""
为推动全县沙棘产业高质量发展，巩固生态建设成果，增加农民收入，制定本方案。
一、发展目标：到2027年，全县沙棘保存面积稳定在三十二万亩，改造低产林五万亩，鲜果年产量达到一万吨。
二、重点任务：（一）实施良种推广，建设大果无刺沙棘采穗圃两处；（二）扶持龙头企业开发果汁、果油等深加工产品；（三）建立采摘合作社，推行机械化采收。
三、保障措施：县财政每年安排专项资金八百万元，林草部门负责技术指导和项目监管。
县林业和草原局
2025年2月25日
""",
    ),
    dict(
        slug="snapshot-sochu-cache-maritime-notice-html",
        site="搜初搜索快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="https://cache.sochu.example.com/c?u=msa.jiangling.example.gov.cn%2Fhtgg%2F0422.html",
        title="江陵海事处关于汛期内河船舶航行安全的航行通告",
        record_title=None,
        date="2025-04-22",
        notes="cache frame: snapshot banner with crawl time (not a date), highlight note, then the maritime office's page with its own chrome; title missing from record; 发布日期 line",
        page="""
<html><head><meta charset="utf-8"><title>江陵海事处 - 搜初快照</title></head>
<body>
<div class="snap-banner">⟦m 这是 msa.jiangling.example.gov.cn/htgg/0422.html 的快照，抓取时间 2025-06-02 03:11:46⟧<br>⟦a 查看原网页⟧ ⟦m 以下关键词已高亮：汛期 船舶⟧</div>
<div class="orig">
<div>⟦m 江陵海事处　|　航行通告 · 警告⟧</div>
<h2>⟦t 江陵海事处关于汛期内河船舶航行安全的航行通告⟧</h2>
<p>⟦m 发布日期：2025-04-22　编号：江陵航通〔2025〕015号⟧</p>
{BODY}
<p>⟦a 打印⟧ ⟦a 关闭⟧</p>
<p>⟦m 值班电话：12395⟧</p>
</div>
</body></html>
""",
        body="""
为保障汛期辖区内河水域船舶航行安全，现就有关事项通告如下：
一、当江陵水文站水位达到警戒水位时，辖区禁止空载船舶和长度小于三十米的船舶夜间航行。
二、船舶经过桥区水域时应减速慢行，严禁追越、并行和掉头。
三、各船舶应保持甚高频16频道守听，及时接收海事部门发布的航行警告。
特此通告。
""",
    ),
    dict(
        slug="print-dunhe-open-university-enrolment",
        site="敦河开放大学 (invented)",
        style="打印页",
        genre="简章",
        kind="notice",
        form="text",
        source="https://www.dhou.example.edu.cn/zsxx/print.jsp?id=2219",
        title="敦河开放大学2025年秋季招生简章",
        record_title="打印预览 - 敦河开放大学2025年秋季招生简章",
        date="2025-06-30",
        notes="print view: decorated record title, print header and footer with page count and print time (not the date), URL line; a 招生咨询电话 of the document kept",
        page="""
!m 敦河开放大学　https://www.dhou.example.edu.cn
!a [打印本页]　[返回]
{T}
!m 发稿时间：2025-06-30
{BODY}
!m 打印时间：2025/9/2 14:20
!p 第 1 页，共 1 页
""",
        body="""
敦河开放大学是以现代信息技术为支撑、面向全体社会成员开展远程开放教育的新型高等学校。
一、招生专业：专科层次开设行政管理、会计、学前教育等十二个专业；本科层次开设法学、工商管理等八个专业。
二、报名条件：报读专科须具有高中、中专或同等学力；报读本科须具有国民教育系列专科及以上学历。
三、学习方式：以网上自主学习为主，辅以面授辅导，学制一般为两年半。
四、报名时间：即日起至2025年9月10日。
招生咨询电话：0913-2213700、0913-2213711。
""",
    ),
    dict(
        slug="mail-fwd-beidiao-shell-carving-exhibition",
        site="北钓县文化馆邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:archive/2025/beidiao-whg-0611.eml",
        title="关于商请借展贝雕作品的函",
        record_title="转发：关于商请借展贝雕作品的函",
        date="2025-06-09",
        date_also=["2025-06-11"],
        notes="forwarded mail: Fwd header fields (From/Date/To/Subject), forwarder's note, original mail headers, the letter's own 附件 list and contact kept, mail client footer",
        page="""
!m 发件人：北钓县文化馆办公室 <bdwhg@beidiao.example.cn>
!m 发送时间：2025年6月11日(星期三) 上午9:12
!m 收件人：海澄贝雕研究所
!m 主　题：转发：关于商请借展贝雕作品的函
!l 请查收附件并回复，谢谢！——文化馆 滕琳
!m ---------- 原始邮件 ----------
!m 发件人："展览部" <zlb@beidiao.example.cn>
{BODY}
!d 此邮件来自外部发件人，请谨慎打开链接和附件
!a 发自我的手机邮箱
""",
        body="""
海澄贝雕研究所：
为展示我省海洋民间工艺成果，我馆拟于2025年7月在馆内举办“海之华——沿海民间工艺展”，贵所的贝雕作品技艺精湛、特色鲜明，特商请借展作品十件。
借展期间，作品的运输、布展、保险费用均由我馆承担，展览结束后十日内完好归还。
妥否，盼复。
联系人：滕琳，电话：0596-3128860。
附件：1. 借展作品清单
2. 展览场地平面图
北钓县文化馆
2025年6月9日
""",
    ),
    dict(
        slug="fanwen-danqing-old-table-painting-academy-html",
        site="丹青范文网 (invented)",
        style="范文站",
        genre="工作计划",
        kind="plan",
        form="html",
        source="http://www.danqingfw.example.com/jihua/2025/0108/3317.asp",
        title="县国画院2025年工作计划",
        record_title="县国画院2025年工作计划（精选范本）_丹青范文网",
        date="2025-01-08",
        notes="old gb2312/ASP table layout: marquee, visitor counter, font-size row, hot list, floating writing-service box; date under signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>县国画院2025年工作计划（精选范本）_丹青范文网</title></head>
<body>
<table width="100%"><tr><td>⟦m 丹青范文网 www.danqingfw.example.com⟧</td></tr>
<tr><td><marquee>⟦m 丹青范文网十年老站，海量范文每日更新⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 工作计划 | 工作总结 | 讲话稿 | 心得体会⟧</td></tr></table>
<table width="760" align="center"><tr><td align="center"><font size="4">⟦t 县国画院2025年工作计划⟧</font></td></tr>
<tr><td align="center">⟦a 字体大小：[ 大 | 中 | 小 ]⟧　⟦m 人气：318⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="760" align="center"><tr><td>⟦l 本类热门：⟧</td></tr><tr><td>⟦l 美术馆年度工作计划⟧</td></tr><tr><td>⟦l 文化馆公共文化服务计划⟧</td></tr></table>
<div style="position:fixed;right:0">⟦w 代写各类材料 QQ 318870226⟧</div>
<table width="100%"><tr><td>⟦m 本站访问量：0426617⟧</td></tr></table>
</body></html>
""",
        body="""
2025年，县国画院将以繁荣美术创作为中心，努力推出一批体现家乡风貌的精品力作。
一、抓好主题创作。组织画师深入乡村、企业写生，完成“山乡新貌”主题作品三十幅。
二、办好展览活动。全年举办院藏精品展、青年画师作品展等展览四次。
三、加强人才培养。开设公益国画培训班两期，吸收青年画家二名为签约画师。
县国画院
2025年1月8日
""",
    ),
    dict(
        slug="wenku-suishi-html-pathology-report-pages",
        site="穗石文库 (invented)",
        style="文库预览",
        genre="报告",
        kind="report",
        form="html",
        source="https://wenku.suishi.example.com/d/9a21f7.html",
        title="县医院病理科建设情况调研报告",
        record_title="县医院病理科建设情况调研报告_穗石文库",
        date="2025-05-28",
        notes="文库 reader: page-marker paragraphs ‹n/4› between halves of a cut paragraph, page count meta, pay-to-download prompt, upload notice",
        pages=dict(fmt="‹{n}/4›", every=110, start=2),
        page="""
<html><head><meta charset="utf-8"><title>县医院病理科建设情况调研报告_穗石文库</title></head>
<body>
<div class="bar">⟦m 穗石文库⟧ ⟦a 搜索文档⟧ ⟦a 登录⟧</div>
<h1>⟦t 县医院病理科建设情况调研报告⟧</h1>
<div class="info">⟦m 4页　2.6千字　上传于某网友　阅读量 192⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 仅需2.8元 下载原文档（无水印）⟧</div>
<div class="note">⟦d 文档内容由用户上传，本站不保证其准确性，如涉侵权请联系删除⟧</div>
</body></html>
""",
        body="""
为了解县级医院病理科建设现状，市卫生健康委组成调研组，于5月中旬对全市六家县级医院病理科进行了实地调研。
一、基本情况：六家医院均设立了病理科，共有病理医师二十一人、技师十六人，年均完成组织病理诊断一万二千余例。
二、存在问题：一是人员严重不足，三家医院病理医师不足三人；二是术中冰冻切片开展不平衡，两家医院尚未开展；三是信息化程度低，报告仍以手工录入为主。
三、对策建议：建议依托市级医院组建病理远程会诊中心，实行县级病理医师定向培养，并将病理科建设纳入县级医院能力提升考核。
市卫生健康委调研组
2025年5月28日
""",
    ),
]
