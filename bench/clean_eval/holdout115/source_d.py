"""holdout115, part D: a security-guard company, a study-abroad agency, a translation agency, a
CPA association, a credit-report query point, cost consultants, a geotechnical institute, an
interior-decoration firm, a flooring factory, a waterproofing contractor, an air-conditioning
service and a special-equipment inspection institute.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="app-baoan-security-guard-speech-oneline",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bixiashenghua.example.com/share/art?id=66120",
        title="在保安服务公司年度表彰大会上的讲话",
        record_title="在保安服务公司年度表彰大会上的讲话（精选）",
        date=None,
        notes="a writing app's share page with the whole body on one line; an 'open the app' banner, a VIP-unlock prompt, a 'copy needs login' notice; decorated title; no date",
        oneline=True,
        page="""
!a 打开笔下生花APP，阅读体验更佳 ＞
!t 在保安服务公司年度表彰大会上的讲话（精选）
!m 笔下生花 · 讲话致辞频道　　收藏 216
{BODY}
!a 复制全文需登录，开通VIP无限复制
!l 猜你喜欢：物业公司年终总结大会讲话 | 安保部经理述职报告
""",
        body="""
同志们：
今天我们召开年度表彰大会，表彰过去一年在安保一线表现突出的先进集体和个人。
过去一年，公司派驻的一千二百名保安员坚守在学校、医院、商场等岗位，协助公安机关抓获违法嫌疑人十九名，为群众挽回财产损失六十多万元。
特别是在七月的那场暴雨中，城南项目部的保安员连续奋战十个小时，转移被困群众四十余人。
新的一年，希望大家以受表彰的同志为榜样，守好每一个岗、站好每一班哨。
""",
    ),
    dict(
        slug="training-haiting-study-abroad-html",
        site="海亭留学服务中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.haitingliuxue.example.com/news/2025/lecture-0419.html",
        title="关于举办2025年秋季留学申请公益讲座的通知",
        record_title="关于举办2025年秋季留学申请公益讲座的通知-海亭留学",
        date="2025-04-08",
        notes="a training/agency site: a floating consult box, a free-assessment form, an enrolment banner; a 扫码报名 sentence of the notice kept; a 时间/地点 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办2025年秋季留学申请公益讲座的通知-海亭留学</title>
<script>function openChat(){}</script></head><body>
<header>⟦m 海亭留学　十五年专注英联邦留学申请⟧ ⟦w 咨询热线 400-022-7716⟧</header>
<nav>⟦l 首页 | 留学国家 | 成功案例 | 顾问团队 | 活动讲座⟧</nav>
<section class="banner">⟦a 免费评估你的留学方案，限时领取选校报告⟧</section>
<div class="bread">⟦m 首页 ＞ 活动讲座 ＞ 讲座通知⟧</div>
<article><h1>⟦t 关于举办2025年秋季留学申请公益讲座的通知⟧</h1>
<p class="t">⟦m 2025-04-08　阅读 890⟧</p>
{BODY}
</article>
<div class="form">⟦a 姓名　手机号　意向国家　提交预约⟧</div>
<div class="fix">⟦w 在线顾问 点击咨询⟧</div>
<footer>⟦m 海亭留学服务有限公司 版权所有 沪ICP备10271123号⟧</footer>
</body></html>
""",
        body="""
各位同学、家长：
为帮助大家了解2025年秋季入学的申请形势，我中心将举办一场公益讲座，欢迎参加。
时间：2025年4月19日（周六）14:00-16:30
地点：海亭留学服务中心三楼报告厅
讲座内容：英国、澳大利亚、新加坡院校申请时间线；语言成绩要求；奖学金申请技巧。
讲座免费，名额一百个，请扫描海报上的二维码报名，报满即止。
""",
    ),
    dict(
        slug="mail-yiyuan-translation-html-reply-chain",
        site="webmail print, 译远翻译有限公司 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yiyuan-fy.example.com/view?mid=88120&print=1",
        title="关于合同文件翻译交付安排的函",
        record_title="Re: Re: 关于合同文件翻译交付安排的函",
        date="2025-08-14",
        notes="a webmail view in HTML: header rows, a quoted earlier mail below (chrome), the signature block and mail client's footer; the letter's own 联系人/邮箱 kept",
        page="""
<html><head><meta charset="utf-8"><title>Re: Re: 关于合同文件翻译交付安排的函</title></head><body>
<div class="mailbar">⟦m 译远企业邮箱⟧ ⟦a 回复　回复全部　转发　删除　打印⟧</div>
<table class="hdr">
<tr><td>⟦m 发件人：项目部 丁洁 <ding.jie@yiyuan-fy.example.com>⟧</td></tr>
<tr><td>⟦m 收件人：华岭机电进出口公司 法务部⟧</td></tr>
<tr><td>⟦m 时间：2025-08-14 15:47⟧</td></tr>
<tr><td>⟦t 主题：Re: Re: 关于合同文件翻译交付安排的函⟧</td></tr></table>
<div class="body">
{BODY}
</div>
<blockquote>⟦l ------------------ 原始邮件 ------------------ 发件人：法务部 谭明 发送时间：2025-08-12 请告知译稿交付时间。⟧</blockquote>
<div class="foot">⟦d 本邮件由译远企业邮箱系统发送，已通过病毒扫描⟧</div>
</body></html>
""",
        body="""
华岭机电进出口公司法务部：
贵司8月12日来函收悉。关于贵司委托我司翻译的设备采购合同及附件共十二份文件，现将交付安排函告如下。
一、合同正文（中译英）已完成初译，将于8月18日完成审校并交付电子版。
二、技术附件约八万字，计划分两批交付，分别为8月25日和9月1日。
三、盖章纸质译稿及翻译资质证明将在全部电子版交付后三个工作日内寄出。
如有疑问，请与项目经理联系。联系人：丁洁，邮箱：ding.jie@yiyuan-fy.example.com。
译远翻译有限公司
2025年8月14日
""",
    ),
    dict(
        slug="assoc-cpa-qiannan-minutes",
        site="黔南州注册会计师协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.qnzcpa.example.org.cn/xhdt/2025/0226/3310.html",
        title="州注协2025年第一次理事会会议纪要",
        record_title="州注协2025年第一次理事会会议纪要",
        date="2025-02-26",
        notes="an association page in text: 会员服务 links, a 'members only' notice, a CPE reminder box glued after a 。; minutes' 时间/地点/主持/出席 lines kept; a numbered list; date from the 时间 line",
        page="""
!m 黔南州注册会计师协会 | 诚信 · 专业 · 服务
!l 协会概况　会员服务　继续教育　行业监管　党建工作
!m 当前位置：协会动态
{T}
{BODY}
!a 会员专区：继续教育学时查询 ｜ 年检材料网上报送
!m 地址：都匀市剑江中路46号　电话：0854-8226091
""",
        body="""
时间：2025年2月26日下午
地点：协会第一会议室
主持：会长 岑光明
出席：理事十九人，监事二人列席
会议审议并通过了以下事项：⟦a 温馨提示：2025年度继续教育网络学习已开通⟧
1.协会2024年工作报告和2025年工作要点。
2.2024年度会费收支情况报告。
3.吸收新单位会员三家、个人会员二十一名。
会议要求，各会计师事务所要加强执业质量管理，积极配合财政部门开展执业质量检查。
""",
    ),
    dict(
        slug="wenku-credit-report-html-reader",
        site="阅文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.yuewenku.example.com/p-3398127.html",
        title="征信查询服务网点2024年度工作总结",
        record_title="征信查询服务网点2024年度工作总结 - 阅文库",
        date=None,
        notes="a 文库 reader in HTML: page markers between halves of cut paragraphs, a preview-end prompt, a pay button, 'recommended documents'; no date",
        pages=dict(fmt="- {n} -", every=80, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>征信查询服务网点2024年度工作总结 - 阅文库</title></head><body>
<div class="hd">⟦m 阅文库 · 专业文档分享平台⟧ ⟦a 登录｜注册⟧</div>
<div class="path">⟦m 阅文库 > 总结/汇报 > 年终总结⟧</div>
<h1>⟦t 征信查询服务网点2024年度工作总结⟧</h1>
<div class="docinfo">⟦m 4页　2.3千字　上传于2025-01-13　下载量 19⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 预览已结束，剩余1页可下载查看⟧ ⟦a 下载文档（3阅券）⟧</div>
<div class="rec"><h4>⟦l 相关推荐⟧</h4><p>⟦l 银行网点年度工作总结范文⟧</p><p>⟦l 个人信用报告解读培训课件⟧</p></div>
</body></html>
""",
        body="""
2024年，本网点认真落实征信查询服务各项要求，为辖区群众提供便捷、安全的信用报告查询服务。
全年共受理个人信用报告查询一万一千余笔，其中自助查询机查询占百分之八十五；受理企业信用报告查询六百笔。
网点严格执行查询授权和身份核验制度，全年未发生违规查询和信息泄露事件。
针对老年人不会使用自助查询机的问题，网点安排专人在自助区引导，提供一对一帮助。
全年受理征信异议申请二十七件，均在规定时限内办结。
""",
    ),
    dict(
        slug="tender-yingzhou-cost-consult-result",
        site="瀛州公共资源交易网 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ggzy.yingzhou.example.gov.cn/jyxx/zfcg/zbgg/2025/0611/445.html",
        title="瀛州市第三人民医院新院区工程造价咨询服务项目中标结果公告",
        record_title="瀛州市第三人民医院新院区工程造价咨询服务项目中标结果公告",
        date="2025-06-11",
        notes="a public-resource trading site: 项目编号, a 信息来源/发布时间 line, a 'login to bid' prompt, a CA notice, the document's own 联系人/电话 of purchaser and agent kept",
        page="""
!m 瀛州公共资源交易网
!l 交易信息 | 政策法规 | 服务指南 | 诚信体系
!m 首页 > 交易信息 > 政府采购 > 中标公告
{T}
!m 信息来源：瀛州市政府采购中心　　发布时间：2025-06-11　　访问量：207
{BODY}
!a 【投标人登录】　【CA证书办理】
!d 本平台公告信息以交易主体发布为准，平台不承担因信息错误产生的责任。
""",
        body="""
一、项目编号：YZCG-2025-0318
二、项目名称：瀛州市第三人民医院新院区工程造价咨询服务项目
三、中标信息
中标单位：瀛州正衡工程造价咨询有限公司
中标金额：人民币壹佰捌拾陆万元整
四、公告期限：自本公告发布之日起一个工作日。
五、联系方式
采购人：瀛州市第三人民医院，联系人：邝先生，电话：0759-3328701
代理机构：瀛州市政府采购中心，联系人：薛女士，电话：0759-3105566
""",
    ),
    dict(
        slug="tender-yanshi-geotech-html-bid-notice",
        site="岩石勘察院招标采购平台 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://zb.yanshi-kc.example.com/notice/detail?id=20250925001",
        title="钻探设备维修保养服务询价公告",
        record_title="钻探设备维修保养服务询价公告",
        date="2025-09-25",
        notes="a geotechnical institute's own procurement platform: a countdown, a 'download bid file' button needing registration, a notice list sidebar; a 附件 list of the notice kept; the date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>询价公告 - 岩石勘察院招标采购平台</title></head><body>
<div class="top">⟦m 省岩土工程勘察设计研究院　招标采购平台⟧ ⟦a 供应商注册　登录⟧</div>
<div class="nav">⟦l 首页 | 采购公告 | 变更公告 | 结果公示 | 供应商库⟧</div>
<div class="left"><h4>⟦l 最新公告⟧</h4><ul><li>⟦l 钻杆及岩芯管采购结果公示⟧</li><li>⟦l 野外作业车辆租赁询价⟧</li></ul></div>
<div class="right">
<h3>⟦t 钻探设备维修保养服务询价公告⟧</h3>
<div class="cd">⟦m 距报价截止还剩：6天 03时 12分⟧</div>
{BODY}
<div class="btn">⟦a 下载询价文件（需登录）⟧</div>
</div>
<div class="foot">⟦m 技术支持：筑采云　客服电话：025-6631 0088⟧</div>
</body></html>
""",
        body="""
省岩土工程勘察设计研究院就钻探设备维修保养服务进行询价采购，欢迎符合条件的供应商报价。
一、采购内容：本院所属岩芯钻机十六台、泥浆泵十二台的年度维修保养服务。
二、供应商资格：具有独立法人资格，近三年有同类设备维保业绩。
三、报价截止时间：2025年10月1日17时。
附件：1.设备清单
2.报价单格式
省岩土工程勘察设计研究院
2025年9月25日
""",
    ),
    dict(
        slug="fanwen-zhuangshi-decoration-html-old",
        site="范文大观园 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.fwdgy.example.com/zongjie/gerenzongjie/20250116/9231.html",
        title="装饰公司项目经理年终工作总结",
        record_title="装饰公司项目经理年终工作总结【精选】_范文大观园",
        date=None,
        notes="old gb2312 table layout of a 范文 site: marquee, a 【阅读字号】 row, a 'more essays' hot list, a floating QQ box; a decorated title; no date (only an update stamp relative)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>装饰公司项目经理年终工作总结【精选】_范文大观园</title></head>
<body><table width="100%"><tr><td>⟦m 范文大观园⟧</td><td>⟦m 海量范文　随取随用⟧</td></tr></table>
<marquee>⟦l 最新更新：2025年政府工作报告学习心得｜教师年度考核个人总结⟧</marquee>
<table><tr><td>⟦m 当前位置：范文大观园 → 工作总结 → 个人总结⟧</td></tr></table>
<table><tr><td width="700">
<h1>⟦t 装饰公司项目经理年终工作总结【精选】⟧</h1>
<div>⟦m 时间：1个月前　来源：网友投稿⟧ ⟦a 【阅读字号：加大 标准 缩小】⟧</div>
{BODY}
<div>⟦l 装饰公司项目经理年终工作总结相关文章：⟧</div>
<div>⟦l ·装修公司设计师个人总结⟧<br>⟦l ·施工员年终工作总结⟧</div>
</td><td width="260">⟦l 热门范文排行⟧<br>⟦l 1.入党申请书2025⟧<br>⟦l 2.大学生自我鉴定⟧</td></tr></table>
<div style="position:fixed">⟦w 写作咨询 QQ：28817733⟧</div>
<table><tr><td>⟦d 本站部分内容来源于网络，仅供学习参考⟧</td></tr></table>
</body></html>
""",
        body="""
今年我负责公司住宅精装修项目三个，共计四百二十户，全部按期交付，业主满意率达到百分之九十四。
一、抓进度。我坚持每周召开一次现场协调会，把水电、泥瓦、木作、油漆等工序的穿插时间排到每一天。
二、抓质量。对卫生间防水、瓷砖空鼓、墙面平整度等业主最关心的问题，实行班组自检、项目部复检、公司抽检三级验收。
三、抓安全。全年项目未发生安全事故，临时用电和消防检查合格率百分之百。
不足之处是成本控制还不够精细，部分材料出现二次搬运。明年我将在这方面下功夫。
""",
    ),
    dict(
        slug="app-diban-flooring-factory-plan",
        site="公文随身写APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://h5.gongwensuishen.example.com/d/55187",
        title="木地板厂粉尘防爆专项整治方案",
        record_title="木地板厂粉尘防爆专项整治方案",
        date="2025-05-12",
        notes="a writing-app H5 page: the app's top bar, an AI rewrite button between paragraphs, word count, a 'paid template' badge; the date under the signature",
        page="""
!m 公文随身写 ｜ 模板详情
!a 一键改写　　AI续写　　导出Word
!m 字数：612　　使用 3.1万次　　会员模板
{T}
{BODY}
!a 该模板为会员专享，开通后可编辑全文
!l 相似模板：家具厂安全生产整改方案 · 喷涂车间安全管理方案
""",
        body="""
为有效防范粉尘爆炸事故，结合我厂砂光、锯切工序粉尘多的实际，制定本方案。
一、整治范围。砂光车间、开槽车间和除尘系统。
⟦a 点击这里，让AI帮你改写这一段⟧
二、整治措施。更换砂光机除尘管道十二米，加装火花探测熄灭装置；每班清扫作业场所积尘，建立清扫记录。
三、时间安排。5月15日至6月30日完成全部整改。
四、责任分工。生产部负责现场整改，安环部负责检查验收。
华森木业有限公司
2025年5月12日
""",
    ),
    dict(
        slug="docshare-fangshui-waterproof-html",
        site="道客文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.daokewendang.example.com/doc/880312.html",
        title="老旧小区屋面防水维修施工方案",
        record_title="老旧小区屋面防水维修施工方案.docx",
        date=None,
        notes="a document-sharing page in HTML: uploader card, tags, an upload notice, a 'download to read the rest' prompt glued to the last visible paragraph's end; a file-name title; no date",
        page="""
<html><head><meta charset="utf-8"><title>老旧小区屋面防水维修施工方案.docx - 道客文档</title></head><body>
<div class="top">⟦m 道客文档　让知识更有价值⟧ ⟦a 上传文档⟧</div>
<h1>⟦t 老旧小区屋面防水维修施工方案.docx⟧</h1>
<div class="user">⟦m 上传者：筑防老王　　文档数：146　　粉丝：37⟧</div>
<div class="tags">⟦l 标签：防水 屋面 老旧小区 施工方案⟧</div>
<div class="notice">⟦d 温馨提示：本文档由用户上传，版权归原作者所有，如有侵权请联系平台处理。⟧</div>
<div class="content">
{BODY}
</div>
<div class="dl">⟦a 下载此文档 ￥5.00⟧　⟦a 加入文集⟧</div>
</body></html>
""",
        body="""
一、工程概况。本工程为城东片区老旧小区改造中的屋面防水维修，涉及住宅楼二十三栋，屋面面积约一万八千平方米。
二、施工工艺。铲除原有破损防水层，基层找平后涂刷基层处理剂，铺贴改性沥青防水卷材两层，收口部位用密封膏封严。
三、质量要求。卷材搭接宽度不小于十厘米，施工完成后进行二十四小时蓄水试验，不渗不漏方可验收。
四、安全措施。屋面作业必须系安全带，檐口设置防护栏杆，雨天和五级以上大风天气停止作业。⟦a 余下内容请下载后阅读⟧
""",
    ),
    dict(
        slug="snapshot-bingquan-aircon-service-text",
        site="文本快照 of 冰泉空调服务 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.kuaizhao.example.net/t?url=www.bingquan-ac.example.com/news/33",
        title="关于夏季空调清洗预约服务的通知",
        record_title=None,
        date="2025-06-02",
        notes="a text-only search cache: cache banner lines, keywords line; no record title; the original page's footer; 发布日期 as date; a price list kept",
        page="""
!d 【文本快照】您看到的是网页在 2025-07-21 的缓存版本，原网页可能已变更
!a 点击访问原网页
!m 冰泉空调服务 · 新闻公告
{T}
!m 发布日期：2025-06-02
{BODY}
!m 冰泉空调服务有限公司　服务电话：0898-6620 1150
!d 快照仅作索引之用，与本站无关
""",
        body="""
尊敬的客户：
为做好夏季空调使用前的保养，本公司即日起开展空调清洗预约服务。
挂机清洗　每台80元
柜机清洗　每台120元
中央空调风口清洗　每个50元
预约方式：拨打公司服务电话或在公众号留言，技师将在四十八小时内上门。
""",
    ),
    dict(
        slug="print-tezhong-special-equipment-html",
        site="江陵市特种设备检验研究所 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jltjs.example.org.cn/printArticle.jsp?aid=6612",
        title="关于开展锅炉压力容器定期检验预约的通知",
        record_title="关于开展锅炉压力容器定期检验预约的通知",
        date="2025-02-20",
        notes="a print view in HTML: print and close buttons, a URL line, a print stamp; 发布时间 line; a document number neutral; 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 江陵市特种设备检验研究所</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="">
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="site">⟦m 江陵市特种设备检验研究所⟧</div>
<h2>⟦t 关于开展锅炉压力容器定期检验预约的通知⟧</h2>
<p class="no">江特检〔2025〕6号</p>
<p class="pub">⟦m 发布时间：2025-02-20　信息来源：业务受理科⟧</p>
{BODY}
<div class="url">⟦m 本文地址：http://www.jltjs.example.org.cn/article/6612.html⟧</div>
<div class="stamp">⟦m 打印于 2025-03-04 10:21⟧</div>
</body></html>
""",
        body="""
各使用单位：
根据特种设备安全法和有关安全技术规范，锅炉、压力容器应当在检验合格有效期届满前一个月提出定期检验要求。
为合理安排检验力量，本所自3月1日起实行定期检验网上预约，使用单位应登录本所业务系统提交预约申请。
对逾期未申请检验的设备，本所将报告市场监督管理部门依法处理。
江陵市特种设备检验研究所
2025年2月20日
抄送：市市场监督管理局特种设备安全监察科。
""",
    ),
]
