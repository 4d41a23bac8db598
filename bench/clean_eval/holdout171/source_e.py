"""holdout171, part E: cling film (保鲜膜) — a film factory, a canteen rule, a hospital nutrition
department, a plasticiser lecture, a tender and more. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="company-jingbo-news-pe-film-line-html",
        site="晶薄包装材料有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jingbo-pack.example.com/news/company/2025-0520.html",
        title="公司PE保鲜膜新生产线正式投产",
        record_title="公司PE保鲜膜新生产线正式投产 - 晶薄包装",
        date="2025-05-20",
        notes="company site with float boxes: a 400 sales line and online-message box, a dotted company date, product-centre links; the lead does not repeat the title",
        page="""
<html><head><meta charset="utf-8"><title>公司PE保鲜膜新生产线正式投产 - 晶薄包装</title></head>
<body>
<div class="header">⟦m 晶薄包装 JINGBO PACKAGING⟧ ⟦m 薄膜专家　品质之选⟧</div>
<div class="nav">⟦m 网站首页 关于晶薄 产品中心 新闻资讯 联系我们⟧</div>
<div class="banner">⟦m 新闻资讯 NEWS⟧</div>
<h3>⟦t 公司PE保鲜膜新生产线正式投产⟧</h3>
<div class="date">⟦m 2025.05.20　浏览量：389⟧</div>
<div class="news-con">
{BODY}
</div>
<div class="float">⟦w 销售热线 400-873-1655⟧ ⟦w 在线留言⟧ ⟦a 返回顶部⟧</div>
<div class="ft">⟦d Copyright © 2025 晶薄包装材料有限公司 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
5月18日，我公司年产八千吨PE保鲜膜生产线在城东厂区正式投产。
新生产线采用五层共挤流延工艺，膜厚最薄可达八微米，拉伸性能和透氧性能均优于原有产品。
该生产线不使用任何增塑剂，产品可直接接触食品，主要供应商超和餐饮连锁企业。
公司负责人表示，新生产线投产后，公司保鲜膜年产能将翻一番，预计新增就业岗位六十个。
""",
    ),
    dict(
        slug="snapshot-cache-canteen-film-rule-text",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="rule",
        form="text",
        source="http://cache.kuaisou.example.com/cache?q=保鲜膜+食堂&u=jgst.example.cn/zd/12",
        title="机关食堂食品留样与保鲜膜使用管理制度",
        record_title="机关食堂食品留样与保鲜膜使用管理制度 - 快照",
        date=None,
        notes="text-only search cache: snapshot banner with a crawl time (no date), highlighted words line; the rule's articles; no date",
        page="""
!d 快搜快照：本页是 jgst.example.cn/zd/12 于 2025年7月9日 的快照，快搜与网页内容无关。
!m 您查询的关键词已高亮：保鲜膜　食堂
!a 查看原网页　　纯文字版
!t 机关食堂食品留样与保鲜膜使用管理制度 - 快照
{BODY}
!m 柳阳县机关服务中心　版权所有
""",
        body="""
第一条　为加强机关食堂食品安全管理，规范食品留样和保鲜膜使用，制定本制度。
第二条　每餐次的食品成品应留样，每个品种留样量不少于一百二十五克，用保鲜盒密封后冷藏四十八小时。
第三条　食堂只能使用标明“食品用”的PE保鲜膜，禁止使用不明材质的保鲜膜。
第四条　保鲜膜不得用于高温油炸食品和微波加热含油食品的覆盖。
第五条　食堂管理员每日检查留样记录，发现问题及时整改。
""",
    ),
    dict(
        slug="app-miaobi-speech-zero-waste-canteen-html",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.miaobi-gw.example.com/share/speech/20250423",
        title="在全县机关食堂节约粮食推进会上的讲话",
        record_title="在全县机关食堂节约粮食推进会上的讲话（通用版）｜妙笔公文",
        date="2025-04-23",
        notes="writing-app H5 share in HTML: 'open app' bar, member-copy prompt between paragraphs, date under title neutral",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在全县机关食堂节约粮食推进会上的讲话（通用版）｜妙笔公文</title></head>
<body>
<div class="openapp">⟦a 打开妙笔公文APP 阅读体验更佳⟧</div>
<h1>⟦t 在全县机关食堂节约粮食推进会上的讲话（通用版）｜妙笔公文⟧</h1>
<p class="sub">（2025年4月23日）</p>
<div class="doc">
{BODY}
</div>
<div class="bar">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦l 收藏⟧</div>
<div class="ft">⟦m 妙笔公文 · 让写材料更轻松⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全县机关食堂节约粮食推进会，主要是总结前段工作，部署下一步任务。
去年以来，各机关食堂推行小份菜、半份菜，设置打包台，免费提供打包盒和保鲜膜，餐桌浪费明显减少。
⟦a 本段以下内容为会员专享，开通会员即可复制⟧
下一步，各单位要继续抓好按需采购、精准备餐，把节约要求落实到采购、加工、供餐各个环节。
机关事务部门要加强督查，每季度通报一次各食堂的剩余量情况。
""",
    ),
    dict(
        slug="hospital-lanhu-nutrition-film-microwave-html",
        site="澜湖市中心医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.lanhu-hospital.example.cn/kpzs/yyk/2025/0704/336.html",
        title="保鲜膜能不能进微波炉？营养科医生这样说",
        record_title="【营养科】保鲜膜能不能进微波炉？营养科医生这样说",
        date="2025-07-04",
        notes="hospital page: booking buttons, the department's own 咨询电话 kept beside the hospital's 24-hour line; decorated title",
        page="""
<html><head><meta charset="utf-8"><title>【营养科】保鲜膜能不能进微波炉？营养科医生这样说-澜湖市中心医院</title></head>
<body>
<div class="top">⟦m 澜湖市中心医院⟧ ⟦a 预约挂号⟧ ⟦a 检验报告⟧ ⟦a 就诊指南⟧</div>
<div class="crumb">⟦m 首页 > 健康科普 > 营养科⟧</div>
<h2>⟦t 【营养科】保鲜膜能不能进微波炉？营养科医生这样说⟧</h2>
<div class="meta">⟦m 发布日期：2025-07-04　撰稿：营养科 沈悦　审核：医务部⟧</div>
<div class="art">
{BODY}
</div>
<div class="tel">⟦w 医院24小时服务电话：0736-2288 1200⟧</div>
<div class="ft">⟦m 澜湖市中心医院 版权所有　湘ICP备06018877号⟧</div>
</body></html>
""",
        body="""
不少市民习惯给剩菜盖上保鲜膜直接放进微波炉加热，这样做安全吗？
首先要看包装上是否注明“可用于微波炉”，只有耐热性能好的聚乙烯保鲜膜才能短时间微波加热。
加热含油较多的食物时，油温可能超过一百度，最好不要让保鲜膜直接接触食物。
更稳妥的办法是把食物放进微波专用餐盒，盖上专用盖子再加热。
市民如有饮食营养方面的疑问，可拨打营养科咨询电话：0736-2288 1536。
""",
    ),
    dict(
        slug="training-chuyi-chef-course-film-hygiene",
        site="厨艺职业技能培训学校 (invented)",
        style="培训机构",
        genre="讲稿",
        kind="lecture",
        form="text",
        source="https://www.chuyi-px.example.com/kecheng/jc/0915.html",
        title="中式烹调师培训第三讲：冷藏食材的包覆与标识",
        record_title="学员必看 | 中式烹调师培训第三讲：冷藏食材的包覆与标识",
        date=None,
        notes="training school: a trial-lesson ad between paragraphs, 报名电话 kept beside a 400 line, course list at the bottom; decimal headings 3.1/3.2; no date",
        page="""
!m 厨艺职业技能培训学校 · 让手艺变成饭碗
!m 课程中心 > 中式烹调师 > 讲义
!t 学员必看 | 中式烹调师培训第三讲：冷藏食材的包覆与标识
{BODY}
!w 全国招生热线：400-612-8890
!l 热门课程：中式面点师　西式烘焙　餐饮管理
""",
        body="""
3.1 包覆的目的
冷藏食材用保鲜膜包覆，主要是防止串味、防止失水和防止交叉污染。
3.2 包覆的方法
生熟食材分开包覆，先包熟食再处理生食；保鲜膜要紧贴容器边缘封严，不留缝隙。
⟦a 免费试听两节实操课，点此报名 →⟧
3.3 标识要求
包好的食材贴上标签，写明品名、日期和责任人，按先进先出的原则使用。
本期实操课报名咨询：0731-8822 6015（教务处）。
""",
    ),
    dict(
        slug="download-ziliao-film-inspection-plan",
        site="百川资料站 (invented)",
        style="资料下载站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.baichuanzl.example.net/doc/2025/0608/5521.html",
        title="2025年食品用保鲜膜产品质量监督抽查实施方案",
        record_title="2025年食品用保鲜膜产品质量监督抽查实施方案.doc",
        date="2025-06-08",
        notes="download station in text: file info rows, mirror links, error report; file-name title; a sampling table; 成文日期",
        page="""
!m 百川资料站 — 公文资料免费下载
!t 2025年食品用保鲜膜产品质量监督抽查实施方案.doc
!m 文件大小：41KB　|　格式：.doc　|　下载：263次
!m 资料简介：
{BODY}
!a 本地下载　　高速下载　　备用下载
!a 下载不了？点此反馈
""",
        body="""
为加强食品相关产品质量安全监管，决定开展2025年食品用保鲜膜产品质量监督抽查，制定本方案。
一、抽查范围：辖区内生产、销售的食品用保鲜膜。
二、抽样数量：
类别　生产环节（批次）　流通环节（批次）
PE保鲜膜　12　18
PVC保鲜膜　4　6
三、检验项目：增塑剂迁移量、总迁移量、高锰酸钾消耗量、重金属等。
四、时间安排：6月中旬至8月底完成抽样、检验和结果处理。
柏阳市市场监督管理局
2025年6月8日
""",
    ),
    dict(
        slug="association-baozhuang-report-film-industry",
        site="楮江市包装行业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.cjbzxh.example.org/hydt/2025/0228/143.html",
        title="楮江市保鲜膜行业2024年运行情况报告",
        record_title="【协会动态】楮江市保鲜膜行业2024年运行情况报告",
        date="2025-02-28",
        notes="association text page: slogan, member-login row, an output table; a join button on a line of its own between paragraphs; 成文日期",
        page="""
!m 楮江市包装行业协会　　团结　自律　服务　发展
!a 会员登录　|　入会申请
!t 【协会动态】楮江市保鲜膜行业2024年运行情况报告
!m 发布：秘书处　2025-03-03
{BODY}
!m 协会地址：楮江市工业园区创业路12号　电话：0730-8219006
""",
        date_also=["2025-03-03"],
        body="""
2024年，全市保鲜膜行业总体保持平稳增长，规模以上企业十四家，实现产值十六点八亿元。
主要企业产量情况如下：
企业　产量（吨）　同比增长
晶薄包装　4100　12%
楮江塑业　3560　6%
恒鲜膜业　2230　-3%
⟦a 加入协会，享受行业数据月报 ›⟧
行业面临的主要问题是原材料价格波动和低价竞争，协会建议企业加强自律，提高产品附加值。
楮江市包装行业协会
2025年2月28日
""",
    ),
    dict(
        slug="lawfirm-anlan-plasticiser-lecture-html",
        site="安澜律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="lecture",
        form="html",
        source="https://www.anlanlaw.example.com/insights/2025/1112.html",
        title="食品接触材料标签不合规的法律风险——从保鲜膜行政处罚案说起",
        record_title="法律讲堂丨食品接触材料标签不合规的法律风险——从保鲜膜行政处罚案说起",
        date="2025-11-12",
        notes="law firm: a consult card with a phone and WeChat, a not-legal-advice notice, related articles; a bylined date",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨食品接触材料标签不合规的法律风险——从保鲜膜行政处罚案说起 - 安澜律师事务所</title></head>
<body>
<div class="hd">⟦m 安澜律师事务所⟧ ⟦m 专注企业合规二十年⟧</div>
<div class="nav">⟦m 首页 律所介绍 专业领域 律师团队 法律讲堂⟧</div>
<h1>⟦t 法律讲堂丨食品接触材料标签不合规的法律风险——从保鲜膜行政处罚案说起⟧</h1>
<div class="by">⟦m 作者：梅若兰 律师　日期：2025-11-12⟧</div>
<article>
{BODY}
</article>
<div class="card">⟦w 合规咨询：0592-5566 3310　微信：anlan_hegui⟧</div>
<div class="note">⟦d 本文仅代表作者观点，不构成法律意见或建议⟧</div>
<div class="rel">⟦l 延伸阅读：食品添加剂标签常见违法情形⟧</div>
</body></html>
""",
        body="""
今年某地市场监管部门对一家商超作出行政处罚，原因是其销售的保鲜膜标签未标注材质和使用温度。
食品接触用塑料材料及制品应当在标签上标明材质、“食品接触用”字样、使用条件和生产者信息。
标签不合规的，销售者可能面临没收违法所得、罚款等处罚，情节严重的还会被责令停业。
建议企业建立供应商资质审核和进货查验制度，对标签信息逐项核对并留存记录。
""",
    ),
    dict(
        slug="tender-songmin-canteen-film-procurement",
        site="松岷县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.songmin.example.gov.cn/cggg/2025/0317/2206.html",
        title="松岷县第一中学食堂包装耗材询价采购公告",
        record_title="【采购公告】松岷县第一中学食堂包装耗材询价采购公告",
        date="2025-03-17",
        notes="tender text page: a CA hotline beside purchaser and agency contacts, a lot table, a sentence about 下载采购文件 kept; 发布时间 equals the document date",
        page="""
!m 松岷县政府采购网　　首页 | 采购公告 | 结果公告 | 政策法规
!t 【采购公告】松岷县第一中学食堂包装耗材询价采购公告
!m 发布时间：2025-03-17　　浏览次数：92
{BODY}
!w 电子投标CA咨询：400-991-7086
!a 【收藏】【打印】【关闭】
""",
        body="""
松岷县第一中学食堂包装耗材采购项目采用询价方式采购，欢迎合格供应商参加。
一、采购内容：
品目　规格　数量
食品用PE保鲜膜　30cm×500m　200卷
一次性餐盒　750ml　50000个
二、供应商请于3月24日前登录松岷县政府采购网下载采购文件。
三、采购人：松岷县第一中学，联系人：卢老师，电话：0813-7721 503。
四、代理机构：松岷县政府采购服务中心，联系人：姚女士，电话：0813-7720 918。
""",
    ),
    dict(
        slug="university-beilin-lab-film-research-news",
        site="北林农业大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.beilin-agri.example.edu.cn/kyjz/2025/0926/8812.htm",
        title="我校团队研发可降解果蔬保鲜膜取得新进展",
        record_title="我校团队研发可降解果蔬保鲜膜取得新进展-北林农业大学新闻网",
        date="2025-09-26",
        notes="university news in text: time/author/clicks line, photographer/editor line glued after the last sentence, prev/next links",
        page="""
!m 北林农业大学新闻网　|　科研进展
!t 我校团队研发可降解果蔬保鲜膜取得新进展-北林农业大学新闻网
!m 时间：2025-09-26　作者：食品学院　点击：[ 1204 ]
{BODY}
!l 上一篇：学校召开2025年科研工作会议
!l 下一篇：园艺学院师生赴果园开展技术服务
!m 地址：北林市农大路1号　邮编：150030
""",
        body="""
近日，我校食品学院果蔬贮藏团队研发的壳聚糖复合可降解保鲜膜通过专家鉴定。
这种保鲜膜以虾蟹壳提取物为主要原料，在自然环境中九十天内可基本降解。
试验表明，用该保鲜膜包装的草莓、樱桃，在冷藏条件下货架期比普通PE膜延长三至五天。
团队正与两家农产品企业合作开展中试，争取明年实现规模化生产。⟦m （摄影：邢舟　编辑：贺兰）⟧
""",
    ),
    dict(
        slug="gkforum-interview-film-question-html",
        site="考公驿站论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="post",
        form="html",
        source="https://bbs.kaogongyz.example.com/thread-209915-1-1.html",
        title="结构化面试真题：有人说超市生鲜区过度使用保鲜膜，你怎么看",
        record_title="[面试真题] 结构化面试真题：有人说超市生鲜区过度使用保鲜膜，你怎么看 - 面试交流 - 考公驿站",
        date=None,
        date_also=["2025-05-09"],
        notes="exam forum in HTML: board crumbs, a coaching ad, a hidden-content prompt; post time also accepted; an answer with no date",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 结构化面试真题：有人说超市生鲜区过度使用保鲜膜，你怎么看 - 面试交流 - 考公驿站</title></head>
<body>
<div class="hd">⟦m 考公驿站论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="crumb">⟦m 考公驿站 › 面试交流 › 真题解析⟧</div>
<h1>⟦t [面试真题] 结构化面试真题：有人说超市生鲜区过度使用保鲜膜，你怎么看 - 面试交流 - 考公驿站⟧</h1>
<div class="au">⟦m 面霸小陈　发表于 2025-5-9 22:41⟧</div>
<div class="post">
{BODY}
</div>
<div class="ad">⟦w 面试一对一模拟，名师带练，咨询QQ 3302 71845⟧</div>
<div class="hide">⟦a 游客，本帖隐藏的参考答案需要回复才可以浏览⟧</div>
<div class="ft">⟦l 回复 46　查看 3877⟧</div>
</body></html>
""",
        body="""
我的答题思路如下，供大家参考。
首先，保鲜膜能延长生鲜保质期、防止交叉污染，超市使用保鲜膜有其合理性。
其次，一些超市对已有果皮保护的水果也层层包裹，造成塑料浪费，增加了环境负担。
对此，我认为超市应按需包装，推广散装称重；有关部门应加强引导，出台过度包装的认定标准；消费者也要树立绿色消费理念。
""",
    ),
    dict(
        slug="netdisk-panbao-film-summary-html",
        site="盘宝云盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://pan.panbao.example.com/share/init?surl=Kx82pQ",
        title="恒鲜膜业2025年度安全生产工作总结",
        record_title="恒鲜膜业2025年度安全生产工作总结.wps",
        date="2025-12-22",
        notes="cloud-drive preview in HTML: file heading, share/expiry line, save/download buttons, a report button; file-name title; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>恒鲜膜业2025年度安全生产工作总结.wps_免费高速下载|盘宝云盘</title></head>
<body>
<div class="logo">⟦m 盘宝云盘⟧</div>
<div class="file">⟦t 恒鲜膜业2025年度安全生产工作总结.wps⟧</div>
<div class="info">⟦m 分享于 2025-12-25 09:03　失效时间：永久有效　文件大小：36KB⟧</div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 下载⟧ ⟦a 举报⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 盘宝云盘倡导网络文明，严禁分享违规文件⟧</div>
</body></html>
""",
        body="""
2025年，公司认真落实安全生产主体责任，全年未发生一般及以上生产安全事故。
一是开展流延机、分切机防护装置专项整治，加装急停拉绳和联锁防护罩十八处。
二是加强员工培训，组织安全培训二十四场，新员工岗前培训覆盖率百分之百。
三是做好原料仓库消防管理，聚乙烯颗粒仓库增设自动喷淋和可燃气体报警装置。
恒鲜膜业有限公司
2025年12月22日
""",
    ),
    dict(
        slug="docshare-jianyun-letter-film-markers-mix",
        site="简云文档分享 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.jianyun-doc.example.com/d/7712508.html",
        title="关于减少一次性保鲜膜使用的倡议书",
        record_title="关于减少一次性保鲜膜使用的倡议书（精选）",
        date="2025-06-05",
        notes="sharing page: page markers ⧼N⧽ glued or not, cutting sentences; an upload notice; 成文日期 under signature; decorated title",
        pages=dict(fmt="⧼{n}⧽", every=110, start=2, glue="mix"),
        page="""
!m 简云文档分享　|　精品文档
!t 关于减少一次性保鲜膜使用的倡议书（精选）
!m 上传者：绿色家园　|　2 页　|　1.3千次浏览
{BODY}
!d 该文档由用户上传，版权归原作者所有。如有侵权，请联系平台删除。
!a 下载本文档　　收藏　　分享
""",
        body="""
全区广大居民朋友们：
保鲜膜给我们的生活带来方便，但一次性塑料制品难以降解，大量使用会给环境造成负担。
在六五环境日到来之际，我们倡议：能用保鲜盒就不用保鲜膜，剩菜剩饭尽量装盒冷藏。
购买生鲜时自带容器，选择散装称重商品，减少过度包装。
从我做起，从家庭厨房做起，让绿色生活成为习惯。
柏溪区生态环境分局
2025年6月5日
""",
    ),
]
