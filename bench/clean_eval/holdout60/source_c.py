"""holdout60, part C: a writing app, an exam forum, a wiki, a cloud drive, a search cache,
a print view, a forwarded mail and more of the older kinds. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="app-bishen-summary-goldfish-coop",
        site="笔神写作APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.bishen-app.example.com/share/art?id=551902&from=wx",
        title="金鱼养殖专业合作社2025年上半年工作总结",
        record_title="金鱼养殖专业合作社2025年上半年工作总结（通用3篇）",
        date="2025-07-05",
        notes="writing-app share page; decorated （通用3篇）; open-in-app prompts top and between paragraphs; VIP prompt glued; signature date",
        page="""
!a 打开笔神APP，查看更多范文 ＞
!t 金鱼养殖专业合作社2025年上半年工作总结（通用3篇）
!m 笔神写作 · 已有 12.6万 人使用
!m 篇一
{BODY}
!a 开通超级会员，解锁全部3篇及Word下载
!l 猜你想写：合作社年终总结　养殖场安全生产总结
""",
        body="""
今年上半年，合作社在县农业农村局的指导下，围绕“稳产量、提品质、拓销路”开展工作，取得了较好成效。
一是养殖规模稳中有升，社员养殖水面由三百二十亩增加到三百六十亩。
⟦a 在APP内阅读全文，体验更流畅⟧
二是品质提升明显，新建恒温孵化车间一座，优质苗种比例达到百分之七十。
三是销路不断拓宽，与省城四家花鸟市场签订长期供货协议，网络直播销售额突破八十万元。⟦a 剩余内容需会员查看⟧
鲫塘县锦鳞金鱼养殖专业合作社
2025年7月5日
""",
    ),
    dict(
        slug="gkforum-shenlun-water-essay-html-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="html",
        source="http://bbs.shangan-gk.example.com/thread-208811-1-1.html",
        title="申论范文：让农村群众喝上放心水",
        record_title="申论范文：让农村群众喝上放心水 - 申论交流区",
        date=None,
        notes="exam forum HTML with jammer fonts; floor meta; 'reply to view' box; signature line; no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>申论范文：让农村群众喝上放心水 - 申论交流区 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛⟧ ⟦m 考公考编，一起上岸⟧</div>
<div id="pt">⟦m 论坛 › 申论交流区 › 范文点评⟧</div>
<h1>⟦t 申论范文：让农村群众喝上放心水⟧</h1>
<div class="authi">⟦m 楼主 上岸必胜2026 发表于 5 小时前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容：回复后可查看老师点评⟧</div>
<div class="sign">⟦m 签名：每天一篇申论，坚持就是胜利⟧</div>
<div class="fastre">⟦l 发表回复　回帖后跳转到最后一页⟧</div>
</body></html>
""",
        p_html="{}<br />",
        body="""
水是生命之源，农村饮水安全关系到亿万群众的身体健康。
这些年，各地建起了一批集中供水工程，“挑水吃”的日子已经成为历史。
但也要看到，一些地方重建设轻管护，水厂建成后无人管、无钱修，群众又回到了打井取水的老路。
让群众长久喝上放心水，关键在于建立专业化的管护机制，落实水价和财政补助政策。
只有建管并重，才能让每一滴水都流进群众的心坎里。
""",
    ),
    dict(
        slug="wiki-baike-entry-jujube-drying",
        site="百事知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.baishizhi.example.com/item/红枣烘干/220917",
        title="红枣烘干",
        record_title="红枣烘干_百事知百科",
        date=None,
        notes="encyclopaedia entry; edit/stats lines, contents box, references and a 'this entry was edited' notice; decorated title; no date",
        page="""
!m 百事知百科　全球中文知识库
!a 编辑　|　讨论　|　收藏　|　赞 58
!t 红枣烘干
!m 本词条由“农业科普”认证　浏览次数：21,447　最近更新：枣乡小白
!l 目录　1 简介　2 工艺流程　3 注意事项
{BODY}
!l 参考资料：[1] 红枣干制技术规程　[2] 北方果品加工手册
!d 词条内容仅供参考，如需专业指导请咨询当地农技部门
""",
        body="""
红枣烘干是指利用热风等方式降低鲜枣含水量，使其便于贮藏和运输的加工过程。
与自然晾晒相比，烘干不受天气影响，可以避免阴雨天裂果霉变，干枣色泽也更加均匀。
常见工艺流程为：分级挑选、清洗、装盘、预热、升温排湿、恒温干燥、回软、包装。
烘干过程中温度一般控制在五十五至六十五摄氏度，温度过高会导致枣皮起泡、糖分焦化。
""",
    ),
    dict(
        slug="netdisk-yunxia-plan-parachute-html",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.example.com/s/1kQ8zR-VfT",
        title="翔坪机场国庆航空嘉年华安全保障方案",
        record_title="翔坪机场国庆航空嘉年华安全保障方案.pdf",
        date="2025-09-20",
        notes="cloud drive preview HTML; file-name title; save/download buttons, expiry, size; speed-up prompt; signature date",
        page="""
<html><head><meta charset="utf-8"><title>翔坪机场国庆航空嘉年华安全保障方案.pdf_免费高速下载|云匣网盘</title></head><body>
<div class="bar">⟦m 云匣网盘⟧ ⟦a 登录　注册　客户端下载⟧</div>
<div class="file">⟦t 翔坪机场国庆航空嘉年华安全保障方案.pdf⟧</div>
<div class="fi">⟦m 分享者：xp_ops　2025-09-22 14:03　失效时间：永久有效　大小：1.2M⟧</div>
<div class="btns">⟦a 保存到我的网盘⟧ ⟦a 下载（1.2M）⟧</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，尊享极速下载⟧</div>
<div class="ft">⟦d 云匣网盘严厉打击侵权和违法信息，举报请点此⟧</div>
</body></html>
""",
        body="""
为确保国庆航空嘉年华活动安全有序，结合翔坪机场实际，制定本方案。
一、活动时间为10月1日至10月3日，每天上午9时至下午5时。
二、飞行安全。所有表演和体验飞行须经空域管理部门批准，风速超过每秒八米时停止跳伞表演。
三、现场秩序。观众区与着陆区之间设置隔离带，安排安保人员一百二十名。
四、医疗救护。现场设医疗点两处，配备救护车三辆。
翔坪航空运动营地管理有限公司
2025年9月20日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-waterworks-rules",
        site="搜一下快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="rules",
        form="text",
        source="http://cache.souyixia.example.com/c?m=9f65cb4a8c8507ed&p=jsws-rules",
        title="涓水县农村集中供水工程运行管护办法",
        record_title="涓水县农村集中供水工程运行管护办法 - 搜一下快照",
        date="2025-01-08",
        notes="text-only search cache: snapshot banner with crawl time (not the date), highlighted terms line; articles kept; 成文日期 at the end",
        page="""
!d 这是 http://www.jsswj.example.gov.cn/zcwj/2025/0108/99.html 的快照，是网页在 2025年8月3日 11:20 的存档。
!d 当前页面可能已经更改，点击此处查看最新网页。搜一下与网页作者无关，不对其内容负责。
!m 您查询的关键词已标出：供水　管护
!t 涓水县农村集中供水工程运行管护办法
{BODY}
!m 涓水县水利局　网站地图　联系我们
""",
        body="""
第一条　为加强农村集中供水工程运行管理，保障供水安全，制定本办法。
第二条　千吨万人以上供水工程由县水务集团统一运营，其余工程由乡镇确定管护主体。
第三条　供水单位应当每日检测出厂水浊度、余氯，每季度送县疾控中心全项检测。
第四条　任何单位和个人不得擅自在供水管道上接管取水。
第五条　本办法自印发之日起施行。
涓水县人民政府
2025年1月8日
""",
    ),
    dict(
        slug="print-jingchuan-summary-glasses-market",
        site="镜川日报 打印页 (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.jcrb.example.cn/print.php?aid=771203",
        title="镜川眼镜产业园2025年工作总结",
        record_title="镜川眼镜产业园2025年工作总结",
        date="2025-12-20",
        notes="print view HTML: print/close buttons, URL line, print time (not a date), paper masthead; signature date",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 镜川眼镜产业园2025年工作总结</title><style>@media print{.np{display:none}}</style></head><body onload="">
<div class="np">⟦a [ 打印本文 ]　[ 关闭窗口 ]⟧</div>
<div class="mast">⟦m 镜川日报数字报⟧</div>
<h2>⟦t 镜川眼镜产业园2025年工作总结⟧</h2>
{BODY}
<hr>
<div class="url">⟦m 本文地址：https://www.jcrb.example.cn/a/771203.html⟧</div>
<div class="pt">⟦m 打印时间：2026-01-04 09:12:55⟧</div>
</body></html>
""",
        body="""
2025年，产业园紧紧围绕打造“中国镜片加工重镇”目标，各项工作稳步推进。
全年入园企业达到一百零二家，实现产值二十八亿元，同比增长百分之十一。
新建树脂镜片智能生产线六条，企业研发投入占营业收入比重提高到百分之三点二。
园区眼镜电商直播基地投入运营，全年线上销售镜架镜片一千三百万副。
镜川眼镜产业园管理委员会
2025年12月20日
""",
    ),
    dict(
        slug="mail-fw-hongxi-water-quality-request",
        site="泓溪县水利局邮件转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://hongxi-slj/inbox/2025-03-27/fwd-0412",
        title="关于申请农村供水水质检测设备购置经费的请示",
        record_title="Fwd: 关于申请农村供水水质检测设备购置经费的请示",
        date="2025-03-25",
        notes="forwarded mail: mail headers and forwarding note chrome; the request's own 联系人 and 附件 kept; a mail client footer; signature date ≠ mail date",
        page="""
!m 发件人：办公室 陆晓 <lux@hxslj.example.gov.cn>
!m 发送时间：2025年3月27日(星期四) 上午9:41
!m 收件人：财务股；局领导
!m 主题：Fwd: 关于申请农村供水水质检测设备购置经费的请示
!w 各位：转发供水站报来的请示，请财务股先提意见。谢谢！陆晓
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件由泓溪政务邮箱发送，如非本人请勿转发
""",
        body="""
县水利局：
我站现有水质检测设备购置于2012年，已无法满足新版生活饮用水卫生标准的检测要求。
为保障全县农村供水水质安全，拟购置多参数水质分析仪等设备五台套，需经费二十六万元。
妥否，请批示。
附件：设备购置清单及报价
联系人：卢振东　电话：0768-3125509
泓溪县农村供水管理站
2025年3月25日
""",
    ),
    dict(
        slug="fanwen-old-table-jujube-speech-html",
        site="红枣范文之家 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.hzfwzj.example.com/html/jianghua/2025/0918/5513.html",
        title="在全县红枣采收工作动员会上的讲话",
        record_title="在全县红枣采收工作动员会上的讲话范文【优选】",
        date=None,
        notes="old gb2312 table layout 范文 site: marquee, visitor counter, font row, floating consult; speech with no date; speaker line neutral; decorated title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全县红枣采收工作动员会上的讲话范文【优选】_红枣范文之家</title></head>
<body>
<table width="100%"><tr><td>⟦m 红枣范文之家　专注实用范文十五年⟧</td><td><marquee>⟦m 热烈祝贺本站会员突破十万！⟧</marquee></td></tr></table>
<table width="100%"><tr><td>⟦m 首页 - 讲话稿 - 动员讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center"><b>⟦t 在全县红枣采收工作动员会上的讲话范文【优选】⟧</b></td></tr>
<tr><td>⟦a 【阅读字号：大 中 小】⟧ ⟦m 作者：佚名　浏览人次：3372⟧</td></tr>
<tr><td>副县长　××</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<div style="position:fixed">⟦w 材料代写咨询 QQ 2077310856⟧</div>
<table width="100%"><tr><td>⟦m 您是本站第 0381622 位访客⟧</td></tr><tr><td>⟦d 本站范文均为网友投稿，仅供参考⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县红枣采收工作动员会，主要任务是安排部署今年的采收、烘干和销售工作。
今年全县红枣挂果面积十二万亩，预计产量比去年增长一成，但九月以来阴雨偏多，裂果风险加大。
各乡镇要组织采收服务队，做到应采尽采、即采即烘，绝不能让枣子烂在地里。
××县×××合作社要发挥带头作用，按保护价收购社员鲜枣。
同志们，采收时间紧、任务重，希望大家立即行动起来，确保丰产又丰收。
""",
    ),
    dict(
        slug="wenku-jinyu-report-html-page-paras",
        site="金玉文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.jinyuwenku.example.com/p-8830217.html",
        title="水厂厂长2025年度述职报告",
        record_title="【精选】水厂厂长2025年度述职报告",
        date="2025-12-26",
        notes="文库 reader HTML with page-marker paragraphs cutting sentences (— N / 4 —), preview mask, pay box; signature date",
        pages=dict(fmt="— {n} / 4 —", every=90, start=2),
        page="""
<html><head><meta charset="utf-8"><title>【精选】水厂厂长2025年度述职报告 - 金玉文库</title></head><body>
<div class="hd">⟦m 金玉文库⟧ ⟦a 上传文档　｜　开通会员⟧</div>
<h1>⟦t 【精选】水厂厂长2025年度述职报告⟧</h1>
<div class="info">⟦m 4页　　1.8万次阅读　　评分 4.6⟧</div>
<div class="reader">
{BODY}
</div>
<div class="mask">⟦a 还剩1页未读，继续阅读⟧</div>
<div class="pay">⟦a 限时特价：8.8元 下载本文档⟧ ⟦a 加入收藏⟧</div>
<div class="rel">⟦l 相关文档：水厂安全生产工作总结　供水公司经理述职报告⟧</div>
</body></html>
""",
        body="""
各位领导、同志们：
一年来，我在公司党委的领导下，带领城东水厂全体职工，全面完成了全年制水任务。
全年累计制水一千零六十万吨，出厂水水质合格率保持百分之百，未发生一起安全生产事故。
在工作中我也存在不足，对新工艺学习不够深入，对青年职工的培养还需加强。
述职人：庞志远
2025年12月26日
""",
    ),
    dict(
        slug="gov-zaotai-text-jujube-insurance-notice",
        site="枣台县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zaotai.example.gov.cn/zwgk/tzgg/2025/0506/6621.html",
        title="枣台县人民政府办公室关于做好2025年红枣种植保险工作的通知",
        record_title=None,
        date="2025-05-06",
        notes="county portal text; 文号 neutral; 索引号 lines; a share bar between paragraphs; 抄送/印发 版记 kept; 成文日期 in Chinese numerals",
        page="""
!m 枣台县人民政府　www.zaotai.example.gov.cn
!m 首页 ＞ 政务公开 ＞ 通知公告
!m 索引号：ZT-00112-2025-0088　主题分类：农业、林业
{T}
枣政办发〔2025〕14号
{BODY}
!a 【字体：大 中 小】【打印】【关闭】
!m 网站标识码：6127330009　　枣ICP备05001233号
""",
        body="""
各乡镇人民政府，县政府各有关部门：
为增强枣农抗风险能力，经县政府同意，现就做好2025年红枣种植保险工作通知如下。
一、保险责任包括暴雨、冰雹、大风及病虫害造成的减产损失。
⟦l 分享到：微信　微博　QQ空间⟧
二、保费由中省县财政补贴百分之七十五，农户自缴百分之二十五。
三、各乡镇要在6月30日前完成承保工作，做到应保尽保。
枣台县人民政府办公室
二〇二五年五月六日
抄送：县委办，县人大办，县政协办。
枣台县人民政府办公室　2025年5月6日印发
""",
    ),
    dict(
        slug="news-text-jitang-goldfish-export",
        site="鲫塘融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jitangrm.example.cn/content/2025-02/24/c_51207.html",
        title="鲫塘金鱼首次整柜出口中东",
        record_title="鲫塘金鱼首次整柜出口中东",
        record_date="2025-02-24",
        date="2025-02-24",
        notes="county media text: title repeated glued to the lead, source/editor lines, a recommended-reading box between paragraphs, app download prompt",
        page="""
!m 鲫塘融媒　|　鲫塘县融媒体中心
{T}
!m 2025-02-24 18:06:33　来源：鲫塘融媒　作者：向晚
⟦t 鲫塘金鱼首次整柜出口中东⟧{BODY}
!m 责编：邹宁　审核：柯远
!a 下载“爱鲫塘”客户端，看更多本地新闻
""",
        body="""
2月23日，满载八千尾金鱼的恒温集装箱从鲫塘出发，经省城机场转运至迪拜，这是鲫塘金鱼首次以整柜形式出口中东。
此次出口的金鱼以狮头和兰寿为主，货值约四十万元。
⟦l 推荐阅读：鲫塘县开展春季渔药专项检查｜金鱼文化节筹备工作启动⟧
县商务局负责人表示，将继续帮助养殖企业开拓海外市场，争取全年出口额突破五百万元。
""",
    ),
    dict(
        slug="forum-html-jingchuan-optician-junk",
        site="眼镜人论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://www.yanjingren-bbs.example.com/viewthread.php?tid=61820",
        title="做了十年验光师的一点体会",
        record_title="做了十年验光师的一点体会",
        date=None,
        notes="Discuz-like trade forum HTML with jammer fonts; floor meta, user card, medal line; relative time; no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>做了十年验光师的一点体会 - 验光技术 - 眼镜人论坛</title></head><body>
<div class="hd">⟦m 眼镜人论坛　眼镜行业第一社区⟧</div>
<div class="pt">⟦m 眼镜人论坛 » 验光技术 » 查看帖子⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 镜川老杨　UID 20931　帖子 877　精华 4⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 昨天 22:14⟧ ⟦m 楼主⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="po">⟦l 回复　引用　评分　举报⟧</div>
<div class="ft">⟦m Powered by Discuz! X3.4　眼镜人论坛 © 2008-2025⟧</div>
</body></html>
""",
        p_html="{}<br />",
        body="""
从镜川一家小眼镜店当学徒开始，到现在做验光师正好十年。
第一点体会是验光不能只看电脑验光仪的数据，一定要做主觉验光，问清楚顾客的用眼习惯。
第二点是给老年人配渐进镜，一定要讲清楚适应期，很多退货都是因为事先没说明白。
第三点是要不断学习，这几年离焦镜片、角膜塑形镜这些新东西，不学就跟不上了。
""",
    ),
]
