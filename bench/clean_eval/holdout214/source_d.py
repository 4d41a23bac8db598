"""holdout214, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text case each).

Every page, site, place, person, number and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="countyforum-xunchuan-corridor-shoe-cabinet-jammer",
        site="鄩川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xunchuan.example.net/thread-771204-1-1.html",
        title="对门的鞋柜把楼梯口堵了一半，物业说管不了，该找谁？",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject), a weather line, a medal, jammer fonts, a decoration ad and an "
        "official-reply link; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>鄩川论坛 - 鄩川人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head><body>
<div class="topbar">⟦m 鄩川今日 多云转小雨 19~26℃⟧　⟦a <a>登录</a> <a>注册</a> <a>手机版</a>⟧</div>
<div class="logo">⟦m 鄩川论坛 · 说说鄩川身边事⟧</div>
<div class="ad">⟦d 〖广告〗鄩川匠心装饰 老房翻新 一站搞定 电话 0739-6698811⟧</div>
<div id="pt">⟦m 鄩川论坛 › 民生民声 › 邻里之间⟧</div>
<div class="stat">⟦m 查看: 5230 | 回复: 88⟧</div>
<table class="post"><tr><td class="author">⟦m 城东老俞⟧<br>⟦m 勋章：热心邻居⟧<br>⟦m 帖子 612　积分 2048⟧</td>
<td class="msg"><h1 id="thread_subject">{T}</h1>
<div class="time">⟦m 发表于 4 天前 | 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-official">⟦a 本帖已转交属地街道办理，点击查看官方回复 »⟧</div>
<div class="po">⟦a 回复　引用　点赞(52)　举报⟧</div>
</td></tr></table>
<table class="post"><tr><td class="author">⟦l 2楼　堇苑阿姨⟧</td><td class="msg">⟦l 我们楼也这样，一楼到六楼每层都有鞋柜⟧</td></tr></table>
<div class="foot">⟦m 鄩川论坛 版权所有　鄂ICP备11020356号⟧　⟦m 客服QQ 800036117⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
住在老城区一栋六层的老楼，没有电梯。对门邻居上个月在楼梯口摆了一只一米多长的鞋柜，上面还堆了纸箱，楼梯一下子窄了一半。
我家老人腿脚不好，上下楼要扶着墙走，好几次被鞋柜角磕到。我上门说过两回，对方说“家里实在放不下，又没挡你门”。
找了物业，物业说楼道是公共区域，他们只能劝，不能强制搬。打了社区电话，社区说会来看看，到现在也没动静。
想问问大家：这种情况到底该找谁？消防那边管不管？我不想跟邻居闹僵，但这样下去迟早出事。
""",
    ),
    dict(
        slug="countyforum-yongwan-market-rigged-scale-junk",
        site="鄑阳社区论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.ziyang-sq.example.com/viewthread.php?tid=23318",
        title="埇湾菜市场买菜被“鬼秤”坑了，大家留个心眼",
        record_title="[避坑提醒] 埇湾菜市场买菜被“鬼秤”坑了，大家留个心眼 - 民生杂谈 - 鄑阳社区论坛",
        date=None,
        notes="county forum as text: junk lines and junk glued after 。; a weather line, a medal line, replies with an "
        "official reply; the post time is 6 天前 (no date)",
        page="""
!m 鄑阳社区论坛　今天 晴 22~31℃
!m 论坛首页 › 民生杂谈
!t [避坑提醒] 埇湾菜市场买菜被“鬼秤”坑了，大家留个心眼 - 民生杂谈 - 鄑阳社区论坛
!m 楼主：菜篮子大姐　勋章：买菜达人　发表于 6 天前
{BODY}
!a 顶　　踩　　分享给好友
!l 2楼　埇湾老街坊：那一排摊位我都不去了
!l 3楼　鄑阳市场监管（官方）：已转埇湾市场监管所核查，感谢监督。
!a 想参与讨论？请先登录
!m 鄑阳社区论坛　站务QQ群 61872233
""",
        junk=dict(lines=2, glued=2),
        body="""
今天早上在埇湾菜市场东头一个摊位买了两斤五花肉，摊主的电子秤显示1.02千克，我心想差不多。回家用家里的厨房秤一称，只有八百六十克，整整差了三两多。
我拿着肉回去找，摊主先说我家的秤不准，后来看我要去公平秤复称，才不情不愿地退了钱。旁边卖菜的大姐悄悄跟我说，那台秤是“改过的”，按一下某个键就会多跳。
提醒大家几点：买肉买海鲜这种贵的，先看秤上有没有检定合格的标签；称的时候看看秤盘是不是先归零；买完顺手去市场门口的公平秤复称一下。
已经打了12315反映了，希望市场管理方好好查一查。
""",
    ),
    dict(
        slug="download-moyu-sewing-shop-rules-gb2312",
        site="墨鱼下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.moyuxz.example.com/soft/wendang/88102.html",
        title="缝纫车间设备安全操作规程",
        record_title="〔车间安全〕缝纫车间设备安全操作规程（Word可改）免费下 - 墨鱼下载站",
        date=None,
        notes="old gb2312 download station: file-info table, three download links, an unzip password, a dead-link report and a "
        "floating ghost-writer ad; rules with 第N条 that speak of 打印/扫码 as content; only an effective clause (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔车间安全〕缝纫车间设备安全操作规程（Word可改）免费下 - 墨鱼下载站</title>
<link href="/css/down.css" rel="stylesheet">
<script language="javascript" src="/js/ads.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 墨鱼下载站 — 文档资料一网打尽⟧</td><td align="right">⟦a <a>设为首页</a> <a>收藏本页</a>⟧</td></tr></table>
<table width="980" align="center" class="nav"><tr><td>⟦m <a>首页</a> | <a>文档资料</a> | <a>规章制度</a> | <a>合同范本</a> | <a>表格模板</a> | <a>排行榜</a>⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 文档资料 → 规章制度 → 安全管理⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：36 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-02⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 下载次数：4310⟧</td><td>⟦m 运行环境：Word2007及以上⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">⟦m 资料简介：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a <a href="/d/1/88102">电信高速下载</a>⟧</td><td>⟦a <a href="/d/2/88102">联通高速下载</a>⟧</td><td>⟦a <a href="/d/3/88102">本地备用下载</a>⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.moyuxz.example.com⟧</td></tr>
<tr><td colspan="3">⟦a 下载不了？点此报告死链，管理员24小时内修复⟧</td></tr>
</table>
<div style="position:fixed;right:0;bottom:80px">⟦w 各类制度代写代改 QQ 3301872215⟧</div>
<table width="980" align="center" class="foot"><tr><td>⟦d 本站资料均来自网络收集，如侵犯您的权益请来信，我们核实后立即删除⟧</td></tr>
<tr><td>⟦m Copyright © 2009-2025 墨鱼下载站　苏ICP备09011473号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为保障缝纫车间操作人员人身安全，规范平缝机、包缝机、绷缝机等设备的使用，制定本规程。
第二条　新员工上岗前须经班组长带教，熟悉设备性能，考核合格后方可独立操作。
第三条　开机前检查机针、压脚、护指器是否完好，电源线有无破损；长发须盘起，不得戴手套操作。
第四条　换针、穿线、清理线头时必须先关闭电源，严禁在电机运转时将手指伸到压脚下方。
第五条　设备故障应立即停机，扫描机身上的设备二维码报修，不得自行拆卸电控箱。
第六条　班组长每日下班前检查设备电源是否关闭，并在打印好的点检表上签字。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-router-batch-config-doc-filename",
        site="资料铺子 (invented download station)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.ziliaopuzi.example.cn/doc/it/20250419/7716.html",
        title="路由器批量配置作业指导书",
        record_title="路由器批量配置作业指导书.doc",
        date=None,
        notes="a download station's text page of a .doc: decimal headings 1.–3.2, numbered steps; the update stamp is no date; "
        "three download links and an unzip password",
        page="""
!m 资料铺子 · 办公文档免费下载
!m 首页 / IT运维 / 作业指导
!t 路由器批量配置作业指导书.doc
!m 大小：58KB　格式：doc　更新：2025-04-19　下载：877次
{BODY}
!a 【普通下载】　【高速下载】　【网盘下载】
!a 解压口令：puzi2025
!d 资料仅供学习交流，请于下载后24小时内删除
!m 资料铺子 ziliaopuzi.example.cn
""",
        body="""
1.目的
规范门店路由器出库前的批量配置操作，保证配置统一、可追溯。
2.配置步骤
2.1 将待配置路由器按每批20台接入配置交换机，逐台通电，确认指示灯正常。
2.2 在配置电脑上运行批量配置工具，导入当批门店清单，核对设备序列号。
2.3 统一写入配置模板：关闭远程管理，修改默认管理密码，无线名称按“门店编号-店名”设置。
2.4 配置完成后逐台重启，用测试手机连接无线网络，确认能正常上网。
3.记录与交付
3.1 每台设备贴上门店编号标签，在出库单上登记序列号和管理密码信封编号。
3.2 配置记录保存在运维共享盘，保存期不少于一年。
""",
    ),
    dict(
        slug="exam-hanling-scale-practical-test-announcement",
        site="浛岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hlrsks.example.gov.cn/ksgg/2025/0702/4419.html",
        title="浛岭县市场监督管理局2025年公开招聘计量检定辅助人员实操考核公告",
        record_title="〔考务快讯〕浛岭县市场监督管理局2025年公开招聘计量检定辅助人员实操考核公告 - 浛岭人事考试网",
        date="2025-06-30",
        date_also=["2025-07-02"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; a timetable (one row a paragraph), "
        "下载并打印准考证 as content, the exam's 咨询电话 beside the site's technical line; the site's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔考务快讯〕浛岭县市场监督管理局2025年公开招聘计量检定辅助人员实操考核公告 - 浛岭人事考试网</title>
<link rel="stylesheet" href="/skin/ks.css">
<script src="/skin/ks.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统升级提示：7月5日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="head">⟦m 浛岭人事考试网⟧　⟦m 浛岭县人力资源考试中心主办⟧</div>
<div class="nav">⟦m <a>首页</a> <a>考试公告</a> <a>成绩查询</a> <a>证书办理</a> <a>政策法规</a>⟧</div>
<div class="loc">⟦m 首页 >> 考试公告 >> 事业单位招聘⟧</div>
<div class="main"><h2>{T}</h2>
<p class="meta">⟦m 发布日期：2025-07-02　来源：县人力资源考试中心　阅读：3390⟧</p>
<div class="txt">
{BODY}
</div></div>
<div class="float-zkz">⟦a 准考证打印入口 »⟧</div>
<div class="foot"><p>⟦m 网站技术咨询：0731-5729008（仅限网站使用问题）⟧</p><p>⟦m 湘ICP备16003318号⟧</p></div>
</body></html>
""",
        body="""
根据招聘工作安排，现将实操考核有关事项公告如下：
一、考核内容。考生在规定时间内完成电子计价秤和电子台秤各一台的外观检查、示值误差测试和偏载测试，并填写检定原始记录。
二、考核安排。
日期　时间　考生
7月12日　8:30—11:30　准考证号001至020
7月12日　14:30—17:30　准考证号021至040
三、注意事项。考生须于7月10日起登录本网站下载并打印准考证，考核当天凭准考证和身份证入场；砝码、记录表由考点统一提供，考生不得自带。
咨询电话：0731-5726190（县市场监管局人事股）。
浛岭县市场监督管理局
2025年6月30日
""",
    ),
    dict(
        slug="exam-ziyang-broadcast-interview-microphone-rules",
        site="鄑阳人事考试网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://rsks.ziyang.example.gov.cn/tzgg/20250818/661.html",
        title="鄑阳县融媒体中心2025年公开招聘播音主持人员面试须知",
        record_title="〔面试须知〕鄑阳县融媒体中心2025年公开招聘播音主持人员面试须知_鄑阳人事考试网",
        date="2025-08-18",
        notes="an exam site as text: rules for an on-camera interview that speak of the exam room's microphones; the exam's "
        "咨询电话 beside a technical line and a consult line; the 成文日期 under the signature",
        page="""
!m 鄑阳人事考试网
!m 首页 > 通知公告 > 事业单位招聘
!t 〔面试须知〕鄑阳县融媒体中心2025年公开招聘播音主持人员面试须知_鄑阳人事考试网
!m 发布：2025-08-19　浏览：1288
!a 【字体 大 中 小】【打印此页】
{BODY}
!m 本网技术支持电话：0736-2101010
!w 面试辅导班咨询请加微信 zy_mianshi01（非官方）
!m 主办单位：鄑阳县人力资源和社会保障局
""",
        indent="\u3000\u3000",
        body="""
一、考生须于8月30日7:30前到鄑阳县融媒体中心演播厅候考室报到，凭身份证和准考证参加抽签。
二、面试采用出镜播报和即兴主持两种形式，每名考生时间为10分钟。考生须使用考场统一提供的领夹话筒和手持话筒，不得自带话筒、耳返等设备。
三、考生入场后由工作人员协助佩戴话筒，试音后开始计时；面试中话筒出现故障的，经考官确认后可补足时间。
四、考生不得在播报中透露姓名、准考证号等个人信息，违者按违纪处理。
咨询电话：0736-2105566（县融媒体中心人事科）。
鄑阳县融媒体中心
2025年8月18日
""",
    ),
    dict(
        slug="tender-xunchuan-router-inquiry-ca-lines",
        site="鄩川县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.xunchuan.example.gov.cn/jyxx/zfcg/xjgg/20250410/9021.html",
        title="鄩川县教育局中小学校园无线路由器采购项目询价公告",
        record_title="〖询比采购〗鄩川县教育局中小学校园无线路由器采购项目询价公告｜鄩川县公共资源交易网",
        date="2025-04-10",
        notes="tender portal: a countdown, an attachment link, CA and trading-system lines beside the purchaser's and agency's "
        "contacts; an items table; 下载询价文件 as content; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖询比采购〗鄩川县教育局中小学校园无线路由器采购项目询价公告｜鄩川县公共资源交易网</title>
<link rel="stylesheet" href="/css/jy.css">
<script src="/js/countdown.js"></script>
</head><body>
<div class="top">⟦m 鄩川县公共资源交易网⟧　⟦a <a>交易系统登录</a> <a>CA证书办理</a>⟧</div>
<div class="nav">⟦m <a>首页</a> <a>交易信息</a> <a>政府采购</a> <a>工程建设</a> <a>服务指南</a>⟧</div>
<div class="loc">⟦m 首页 > 交易信息 > 政府采购 > 询价公告⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="info">⟦m 信息时间：2025-04-10　浏览次数：276⟧</div>
<div class="countdown">⟦m 距响应文件递交截止还有：6天 02时 41分⟧</div>
<div class="con">
{BODY}
</div>
<div class="att">⟦a 相关附件：鄩川县教育局无线路由器采购询价文件.pdf⟧</div>
</div>
<div class="foot">
<p>⟦m CA数字证书服务热线：400-618-2280⟧</p>
<p>⟦m 交易系统技术支持：0739-6612300⟧</p>
<p>⟦m 鄩川县公共资源交易中心　地址：鄩川县政务服务中心三楼⟧</p>
</div>
</body></html>
""",
        body="""
项目概况：鄩川县教育局中小学校园无线路由器采购项目采用询价方式采购，供应商应于2025年4月17日9时30分前递交响应文件。
一、项目编号：XCJY-2025-XJ-017
二、采购需求
序号　名称　数量　最高限价
1　双频千兆无线路由器　260台　320元/台
2　吸顶式无线接入点　140台　680元/台
三、获取询价文件。请于2025年4月10日至4月16日登录鄩川县公共资源交易系统下载询价文件。
四、联系方式
采购人：鄩川县教育局，联系人：俞先生，电话：0739-6620418。
采购代理机构：鄩川县诚汇招标咨询有限公司，联系人：林女士，电话：0739-6658207。
鄩川县诚汇招标咨询有限公司
2025年4月10日
""",
    ),
    dict(
        slug="tender-chou-sewing-equipment-award-record",
        site="犨城市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.chou.example.gov.cn/cjgg/2025/0526/13308.html",
        title="犨城市第一职业中专服装实训室缝纫设备采购项目成交结果公告",
        record_date="2025-05-26",
        date="2025-05-26",
        notes="procurement portal as text: record title and date as is; an awarded-lots table; a CA line and a platform "
        "hotline beside the purchaser's contact",
        page="""
!m 犨城市政府采购网
!m 首页 ＞ 采购公告 ＞ 成交结果
{T}
!m 公告时间：2025-05-26　项目编号：CZFCG-2025-0412
!a 分享　｜　打印
{BODY}
!m 平台服务热线：0739-8898600
!m CA证书办理咨询：400-868-0739
!l 上一篇：犨城市瀔江区第三小学课桌椅采购成交公告
!m 犨城市财政局主办
""",
        indent="\u3000\u3000",
        body="""
一、项目名称：犨城市第一职业中专服装实训室缝纫设备采购项目
二、采购方式：竞争性磋商
三、成交信息
包号　成交内容　成交供应商　成交金额
1　电脑平缝机60台　犨城市华缝设备有限公司　16.8万元
2　四线包缝机20台、绷缝机10台　鄩川县巧针机电经销部　9.2万元
3　自动模板缝纫机4台　犨城市华缝设备有限公司　7.6万元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人犨城市第一职业中专，联系人鄢老师，电话0739-8815562。
""",
    ),
    dict(
        slug="lawfirm-hengping-corridor-shoe-cabinet-answer",
        site="鄩川恒平律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.hengping-law.example.cn/zxjd/1209.html",
        title="邻居把鞋柜摆在公共楼道，能要求他搬走吗？",
        record_title="邻里纠纷一问一答｜邻居把鞋柜摆在公共楼道，能要求他搬走吗？_恒平律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, an original-address block and a repost notice; an answer "
        "citing articles (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邻里纠纷一问一答｜邻居把鞋柜摆在公共楼道，能要求他搬走吗？_恒平律师事务所</title>
<link rel="stylesheet" href="/static/law.css">
<script src="/static/kefu.js"></script>
</head><body>
<div class="hd">⟦m 鄩川恒平律师事务所⟧　⟦m 全国免费咨询：400-017-3366⟧</div>
<div class="nav">⟦m <a>首页</a> <a>律所简介</a> <a>专业领域</a> <a>律师团队</a> <a>以案说法</a> <a>联系我们</a>⟧</div>
<div class="pos">⟦m 首页 > 法律咨询 > 物业与相邻关系⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 解答律师：章岚　执业证号 14209202010887⟧</div>
<div class="txt">
{BODY}
</div>
<div class="orig">⟦m 本文地址：https://www.hengping-law.example.cn/zxjd/1209.html⟧<br>⟦d 转载请注明来源“恒平律所”，文章不构成正式法律意见⟧</div>
</div>
<div class="card"><h4>⟦w 章岚律师⟧</h4><p>⟦w 擅长：物业纠纷、相邻关系、婚姻家事⟧</p><p>⟦w 手机/微信：13907396612⟧</p></div>
<div class="float">⟦a 在线问章律师⟧<br>⟦a 点我留言⟧</div>
<div class="ft">⟦m 地址：鄩川县人民路58号金汇大厦12楼⟧<br>⟦m 鄂ICP备21008833号⟧</div>
</body></html>
""",
        body="""
可以。楼道、楼梯间属于业主共有部分，任何一户都不能擅自占用。
民法典规定，业主对建筑物专有部分以外的共有部分享有权利，承担义务；不动产权利人不得违反国家规定妨碍相邻人通行。消防法也规定，任何单位、个人不得占用、堵塞、封闭疏散通道、安全出口。邻居在楼道摆放鞋柜，影响通行和消防疏散，属于侵权行为。
建议按以下顺序处理：一是先当面沟通，或请楼栋长、社区调解；二是书面要求物业履行管理职责，物业有义务劝阻、制止并向有关部门报告；三是涉及消防通道的，可以拨打119或向消防救援机构举报；四是仍不解决的，可以向法院起诉，要求排除妨碍。
处理过程中注意拍照留存证据，也尽量给对方留出合理的搬离时间。
""",
    ),
    dict(
        slug="lawfirm-hengheng-rigged-scale-case-note",
        site="浛岭恒衡律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="text",
        source="http://www.hengheng-lawyer.example.com/alfx/2025/0604.html",
        title="商户使用作弊电子秤被顶格处罚，冤吗？",
        record_title="【一案一说】商户使用作弊电子秤被顶格处罚，冤吗？ - 恒衡律所",
        date=None,
        notes="a law firm's case note as text: a month inside a sentence is no date; a lawyer card, a consult line with a "
        "400 number, a repost notice",
        page="""
!m 浛岭恒衡律师事务所
!m 首页 · 以案说法 · 行政处罚
!t 【一案一说】商户使用作弊电子秤被顶格处罚，冤吗？ - 恒衡律所
!m 作者：俞文澜律师　阅读 846
{BODY}
!w 遇到类似问题？拨打 400-660-7315 预约律师面谈
!d 本文为恒衡律所原创，转载须注明作者与出处
!l 相关案例：短斤少两被消费者索赔十倍，法院怎么判？
!m 地址：浛岭县滨江北路22号　湘ICP备19011276号
""",
        body="""
【基本案情】今年3月，浛岭县市场监管局在集贸市场检查时发现，某水产摊主使用的电子计价秤内装有遥控作弊装置，按下遥控器后显示重量可增加一成以上。执法人员当场查扣电子秤，并依法对摊主作出罚款和没收违法所得的处罚。
【争议焦点】摊主认为，秤是从别人手里买的二手货，自己不知道有作弊装置，处罚过重。
【律师分析】计量法实施细则规定，使用不合格计量器具或者破坏计量器具准确度，给国家和消费者造成损失的，应当承担法律责任。本案中，遥控器就在摊主身上，其“不知情”的说法难以成立。
【律师提示】经营者应当使用经检定合格的电子秤，不要购买来路不明的二手秤；消费者发现短秤，可以到公平秤复称，并拨打12315投诉。
""",
    ),
]
