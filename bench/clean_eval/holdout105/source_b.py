"""holdout105, part B: Party-building, hospital, university, local forum, download, exam,
tender, law-firm, community, association, company and training pages. Invented text."""

CASES = [
    dict(
        slug="dangjian-shatuo-dune-party-lecture-html",
        site="沙陀先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.shatuoxianfeng.example.cn/dkjt/202406/t20240618_2231.html",
        title="在治沙站党支部“草方格上的党课”活动上的讲话",
        record_title="【专题党课】在治沙站党支部“草方格上的党课”活动上的讲话_沙陀先锋网",
        date="2024-06-17",
        notes="Party-building template; date in Chinese numerals under the title; speaker line neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在治沙站党支部“草方格上的党课”活动上的讲话_党课讲堂_沙陀先锋网</title>
<script src="/js/common.js"></script></head>
<body>
<div class="hd"><img src="/images/logo.png" alt=""><span>⟦m 沙陀先锋网⟧</span><span>⟦m 中共沙陀县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页 | 组工动态 | 党课讲堂 | 先锋风采 | 远程教育⟧</div>
<div class="weizhi">⟦m 当前位置：首页 › 党课讲堂⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="speaker">县林业和草原局党组书记　巴特尔</p>
<p class="riqi">（二〇二四年六月十七日）</p>
{BODY}
<div class="bianji">⟦m 责任编辑：乌兰　审核：高志明⟧</div>
<div class="caozuo">⟦a 〔收藏〕〔打印〕〔纠错〕⟧</div>
</div>
<div class="right"><h4>⟦l 党课推荐⟧</h4><ul><li>⟦l 在护林员队伍建设座谈会上的党课⟧</li><li>⟦l 传承治沙精神 争当时代先锋⟧</li></ul></div>
<div class="ft">⟦m 沙陀先锋网版权所有　蒙ICP备11002763号⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们把党课搬到了沙丘边上。脚下这片草方格，是治沙站的同志们去年秋天一格一格扎出来的。
一、治沙是一场接力。从第一代治沙人赶着骆驼拉麦草，到今天用机械压设沙障，我们守住了县城北面最后一道防线。
二、党员要冲在风口。今年春季压设草方格1.2万亩，党员带头承担了最远、最陡的三片沙丘。
三、成果要管护好。草方格三到五年就会腐朽，补植补扎必须常抓不懈，不能让沙丘再走回来。
同志们，让我们把党旗插在沙丘上，把初心种在草方格里。
""",
    ),
    dict(
        slug="hospital-haibin-beach-firstaid-html",
        site="鹭滩县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ltxrmyy.example.com/news/yygg/2024-07-05/1108.html",
        title="关于暑期在南湾海滩设置临时医疗救护点的公告",
        record_title="关于暑期在南湾海滩设置临时医疗救护点的公告-鹭滩县人民医院",
        date="2024-07-05",
        notes="hospital template with floating consult box; the department's phone kept beside the hospital's booking line",
        page="""
<html><head><meta charset="utf-8"><title>关于暑期在南湾海滩设置临时医疗救护点的公告-鹭滩县人民医院</title></head>
<body>
<div class="top">⟦m 鹭滩县人民医院　二级甲等综合医院⟧ <span>⟦m 预约挂号电话：0596-6219120⟧</span></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 新闻公告⟧</li></ul>
<div class="loc">⟦m 首页 - 新闻公告 - 医院公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布：院办　日期：2024-07-05　浏览：803⟧</div>
{BODY}
<div class="float-kefu">⟦w 在线咨询 | 微信预约 | 返回顶部⟧</div>
<div class="foot">⟦m 地址：鹭滩县滨海大道66号　闽ICP备14022018号⟧<br>⟦d 本网站信息仅供参考，不能作为诊断及医疗依据⟧</div>
</body></html>
""",
        body="""
为保障暑期游客和市民下海游泳安全，我院将于7月6日至8月31日在南湾海滩北侧设置临时医疗救护点。
救护点每天9时至19时有急诊科医生、护士各一名值守，配备自动体外除颤器、氧气瓶和担架。
南湾海滩东段礁石区附近常有离岸流出现，请游客务必在划定的游泳区内活动，看到红旗切勿下水。
急诊科值班电话：0596-6219332。
鹭滩县人民医院
2024年7月5日
""",
    ),
    dict(
        slug="university-binhai-seahorse-award-news",
        site="滨海海洋大学 海洋学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://hyxy.bhou.example.edu.cn/info/1032/7716.htm",
        title="我院海马人工繁育团队获省科技进步二等奖",
        record_title="我院海马人工繁育团队获省科技进步二等奖-海洋学院",
        date="2025-01-08",
        notes="university school page; 发布时间 line; 供稿/审核 lines at the bottom",
        page="""
!m 滨海海洋大学海洋学院　College of Marine Sciences
!m 首页　学院概况　师资队伍　本科教学　研究生教育　科学研究
!m 当前位置：首页>>学院新闻>>正文
{T}
!m 发布时间：2025-01-08　　点击：[ 541 ]
{BODY}
!m 供稿：水产养殖系　　摄影：卢一帆　　审核：庄海平
!l 【关闭】
!m Copyright © 滨海海洋大学海洋学院　地址：滨海市临港大道1号
""",
        body="""
近日，省政府公布2024年度省科学技术奖励名单，我院庄海平教授团队完成的“线纹海马人工繁育与工厂化养殖关键技术”项目获省科技进步二等奖。
该团队历时八年，攻克了亲本培育、幼苗开口饵料和循环水养殖等难题，苗种成活率由不足20%提高到60%以上。
目前，该技术已在沿海四个县推广，带动建成养殖车间3.2万平方米。
""",
    ),
    dict(
        slug="localforum-yanjiang-fog-morning-post",
        site="沿江论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.yanjiang.example.net/forum.php?mod=viewthread&tid=903311",
        title="今早沿江高速团雾，大家出门慢一点",
        record_title="今早沿江高速团雾，大家出门慢一点 - 沿江论坛 - 沿江人自己的网上家园",
        date=None,
        notes="local forum; only a relative post time, so no date; a reply quoting the post",
        page="""
!m 沿江论坛　沿江人自己的网上家园
!m 沿江论坛 › 生活 › 交通出行
!t 今早沿江高速团雾，大家出门慢一点
!m 雾里看花　　发表于 昨天 07:12　　|　只看楼主　|　倒序浏览
{BODY}
!l 2#　江边的鱼：谢谢提醒，刚从K40下来，确实啥都看不见
!l 3#　阿宽：已转家族群
!a 快速回复　　发表帖子前请先登录
!m 沿江论坛违法和不良信息举报电话：0513-5512110
""",
        body="""
六点多从城北上高速，开到大桥前面那一段，突然一团白雾扑过来，前车尾灯都看不见了。
大家都开了双闪，慢慢跟着，车速降到三十左右，过了大约两公里又突然散了。
刚才看交警发的消息，沿江高速城东到港区入口已经临时管制，要去港区的朋友改走省道吧。
早上出门别赶时间，晚一点到总比出事强。
""",
    ),
    dict(
        slug="download-nongzi-silage-standard-oldtable",
        site="农资料下载站 (invented)",
        style="资料下载站",
        genre="标准",
        kind="other",
        form="html",
        source="http://www.nongziliao.example.com/soft/7719.html",
        title="全株玉米青贮饲料制作技术规程",
        record_title="全株玉米青贮饲料制作技术规程 Word版下载",
        date=None,
        notes="old table layout (gb2312): file-info table, three download links, dead-link report; update stamp not a date; numbered clauses",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>全株玉米青贮饲料制作技术规程 Word版下载_农资料下载站</title></head>
<body bgcolor="#FFFFFF">
<table width="960" align="center"><tr><td>⟦m 农资料下载站 www.nongziliao.example.com⟧</td><td align="right">⟦a 设为首页 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 首页 | 种植资料 | 养殖资料 | 农机资料 | 政策法规 | 排行榜⟧</td></tr></table>
<table width="960" align="center">
<tr><td>⟦m 当前位置：农资料下载站 → 养殖资料 → 饲料技术⟧</td></tr>
<tr><td><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：46KB　资料格式：.doc　授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 更新时间：2024-03-02 11:09:45　下载次数：1288⟧</td></tr>
<tr><td>⟦m 资料简介：⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：电信下载一　联通下载二　移动下载三⟧</td></tr>
<tr><td>⟦l 如果下载地址失效，请点此报告错误⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>⟦d 本站所有资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr>
<tr><td>⟦m Copyright 2008-2024 农资料下载站 冀ICP备09012744号⟧</td></tr></table>
</body></html>
""",
        body="""
1 范围
本规程规定了全株玉米青贮饲料的原料收获、切碎、装填、压实、密封和取用要求，适用于规模养殖场青贮饲料的制作。
2 原料收获
2.1 全株玉米宜在乳线达到籽粒二分之一至三分之二时收获，整株干物质含量30%至35%。
2.2 留茬高度不低于15厘米，避免带入泥土。
3 切碎与装填
切碎长度1至2厘米，籽粒破碎率不低于95%，边装填边压实，每层厚度不超过30厘米。
4 密封
装填完毕后应在当天用双层膜密封，膜上均匀压放重物。
""",
    ),
    dict(
        slug="exam-haiyang-tsunami-center-recruit",
        site="滨海市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.bhrsks.example.gov.cn/ksxx/sydw/202504/t20250402_3390.html",
        title="滨海市海洋预报减灾中心2025年公开招聘工作人员公告",
        record_title="【招聘公告】滨海市海洋预报减灾中心2025年公开招聘工作人员公告",
        date="2025-04-01",
        notes="exam site; 考务咨询电话 kept beside the site's technical line; positions table; 下载打印 sentence is content",
        page="""
!m 滨海市人事考试网
!m 首页 > 考试信息 > 事业单位招聘
!t 【招聘公告】滨海市海洋预报减灾中心2025年公开招聘工作人员公告
!m 来源：市海洋预报减灾中心　　发布日期：2025-04-02
!a 【字号 大 | 中 | 小】　【保存本页】
{BODY}
!m 网站技术支持电话：0595-2288100（仅受理报名系统技术问题）
!l 上一条：2025年市属医院招聘面试公告
!m 主办单位：滨海市人力资源和社会保障局
""",
        date_also=["2025-04-02"],
        body="""
因工作需要，滨海市海洋预报减灾中心决定公开招聘工作人员3名。现将有关事项公告如下：
岗位　人数　专业要求
海浪海啸预报员　2　海洋科学、物理海洋学
观测设备维护员　1　电子信息工程、自动化
报名时间为2025年4月10日至4月16日，报名人员须在网上报名并于4月25日起自行下载打印准考证。
考务咨询电话：0595-2217356。
滨海市海洋预报减灾中心
2025年4月1日
""",
    ),
    dict(
        slug="tender-gucheng-signboard-restore-html",
        site="棠溪公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.tangxi.example.cn/jyxx/zfcg/cgxx/20250408/5577102.html",
        title="棠溪老城区手绘招牌修复项目竞争性磋商公告",
        date="2025-04-08",
        notes="tender platform; byline 发布时间 is the date; purchaser and agency contacts kept beside the CA line; lot table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>棠溪老城区手绘招牌修复项目竞争性磋商公告</title></head>
<body>
<div class="header">⟦m 棠溪公共资源交易网⟧</div>
<div class="menu">⟦m 首页 | 交易信息 | 政策法规 | 办事指南 | 诚信体系⟧</div>
<div class="bread">⟦m 首页 / 交易信息 / 政府采购 / 采购公告⟧</div>
<div class="detail-title">{T}</div>
<div class="detail-info">⟦m 发布时间：2025-04-08 16:02:11　信息来源：棠溪县政府采购中心　浏览量：96⟧</div>
<div class="detail-body">
{BODY}
</div>
<div class="ca-tips">⟦m CA锁办理及驱动问题请致电：400-660-2278⟧</div>
<div class="footer">⟦m 棠溪县公共资源交易中心　版权所有　网站地图⟧</div>
</body></html>
""",
        body="""
项目编号：TXCG-2025-0317
一、项目概况：对老城区沿街商铺42块手绘木质招牌进行清洗、补色、防腐和加固。
包号　内容　预算（万元）
1　木质招牌修复　38.6
2　墙面手绘字号修复　12.4
二、磋商文件获取时间：2025年4月9日至4月15日，供应商须登录交易平台免费下载。
三、联系方式
采购人：棠溪街道办事处，联系人：叶秋生，电话：0570-7123386。
代理机构：衢江工程咨询有限公司，联系人：孔敏，电话：0570-7058811。
""",
    ),
    dict(
        slug="lawfirm-chaoheng-bore-injury-liability",
        site="潮衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.chaohenglaw.example.com/guandian/2024092001.html",
        title="观潮被潮水冲倒，景区要担责吗？",
        record_title="律师说法｜观潮被潮水冲倒，景区要担责吗？",
        date="2024-09-20",
        notes="law firm article; 发布日期 byline; consultation prompt and disclaimer",
        page="""
!m 潮衡律师事务所　CHAOHENG LAW FIRM
!m 首页 / 律师观点 / 侵权责任
{T}
!m 作者：方雅琴 律师　　发布日期：2024-09-20　　阅读量：1,307
{BODY}
!w 如需法律咨询，请拨打律所前台 0571-8699 2200，或添加方律师工作微信 fyq_lawyer
!d 本文仅为一般性法律分析，不构成对具体案件的法律意见。
!l 推荐阅读：景区游客摔伤的责任认定 | 安全保障义务的边界在哪里
""",
        body="""
每年观潮季，都会有游客被“回头潮”打湿甚至冲倒。受伤后，景区到底要不要担责？
根据民法典第一千一百九十八条，经营场所、公共场所的经营者、管理者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
实践中，法院一般会审查景区是否设置了明显的警示标志、是否划定了安全观潮区域、是否安排人员现场劝导。
如果游客无视劝阻翻越护栏到堤外观潮，自身过错明显，可以减轻甚至免除景区的责任。
""",
    ),
    dict(
        slug="community-nanwan-ripcurrent-warning",
        site="南湾社区网 (invented)",
        style="社区网站",
        genre="提示",
        kind="notice",
        form="text",
        source="http://nanwan.sqfw.example.cn/gonggao/2024/0712.html",
        title="关于暑期禁止在东礁离岸流高发海域下海游泳的温馨提示",
        date="2024-07-12",
        notes="community page; the committee's duty phone kept beside the site's service line; chrome between paragraphs",
        page="""
!m 南湾社区网　家门口的服务站
!m 首页｜社区公告｜办事指南｜邻里圈
{T}
!m 社区公告　　2024-07-12　　阅读 288
{BODY}
!m 社区网站服务热线：0596-6288001（周一至周五）
!a [分享到邻里圈]　[打印公告]
""",
        body="""
各位居民、游客朋友：
近期东礁附近海域多次出现离岸流，已发生两起游泳者被拉向外海的险情，幸被及时救起。
⟦l 📌 社区近期活动：周六上午社区广场义诊⟧
为确保安全，请大家不要在东礁至灯杆码头之间的海域下海游泳，带孩子赶海的家长请看护好孩子。
如发现有人被离岸流带走，请立即拨打110，并向岸上呼救，切勿贸然下水施救。
社区值班电话：0596-6288346。
南湾社区居民委员会
2024年7月12日
""",
    ),
    dict(
        slug="association-haima-seed-sale-pledge-html",
        site="鹭滩县水产养殖协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ltscxh.example.org/xhdt/show.asp?id=416",
        title="关于规范海马苗种销售行为的倡议书",
        record_title="【协会倡议】关于规范海马苗种销售行为的倡议书",
        date="2024-10-15",
        notes="association page (ASP); member login; numbered pledges",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范海马苗种销售行为的倡议书</title></head>
<body>
<table width="100%"><tr><td>⟦m 鹭滩县水产养殖协会⟧</td><td>⟦a 会员登录 | 入会申请⟧</td></tr></table>
<div class="menu">⟦m 协会首页 | 协会简介 | 协会动态 | 会员风采 | 技术园地 | 联系我们⟧</div>
<div class="pos">⟦m 您现在的位置：首页 &gt; 协会动态⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="src">⟦m 文章来源：协会秘书处　添加时间：2024/10/16⟧</div>
{BODY}
</div>
<div class="links">⟦l 友情链接：省水产技术推广总站 | 滨海海洋大学⟧</div>
<div class="copy">⟦m 鹭滩县水产养殖协会　电话：0596-6207745　闽ICP备16001902号⟧</div>
</body></html>
""",
        date_also=["2024-10-16"],
        body="""
全县海马养殖会员单位：
近来个别单位以“野生苗”“抗病苗”为噱头高价销售海马苗种，扰乱了市场秩序。为此，协会向全体会员发出如下倡议：
1.如实标注苗种来源、规格和出池日期，不虚假宣传。
2.销售苗种须附检疫证明，不销售带病苗种。
3.不收购、不销售野生海马及其苗种。
鹭滩县水产养殖协会
2024年10月15日
""",
    ),
    dict(
        slug="company-quanling-source-patrol-summary",
        site="泉岭山泉饮品有限公司 (invented)",
        style="企业官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.quanlingwater.example.com/news/qydt/202412/0193.html",
        title="公司水源地保护区2024年度巡护工作总结",
        record_title="公司水源地保护区2024年度巡护工作总结_企业动态_泉岭山泉",
        date="2024-12-20",
        notes="company news; 订购热线 as chrome; a table; glued action at a paragraph end",
        page="""
!m 泉岭山泉　源自深层火山岩
!m 首页　关于我们　产品中心　水源地　新闻动态　联系我们
!m 新闻动态 > 企业动态
{T}
!m 时间：2024-12-21　　来源：安全环保部
{BODY}
!w 团购订水热线：400-826-3000　　企业微信：quanling_shui
!m 泉岭山泉饮品有限公司　版权所有　浙ICP备20031177号
""",
        date_also=["2024-12-21"],
        body="""
2024年，公司对泉岭水源地一级、二级保护区实行全年巡护，全年未发生污染水源事件。
项目　次数　备注
日常巡查　365　每日一次
水质采样　52　每周一次
隐患整改　9　全部完成
巡护中发现保护区边界外有农户新开垦茶地，公司配合镇政府做好了沟通，茶地已退至缓冲区以外。⟦a 【点赞】【转发】⟧
2025年，公司将在保护区入口增设视频监控，并邀请周边村民担任义务护水员。
安全环保部
2024年12月20日
""",
    ),
    dict(
        slug="training-laozihao-signpaint-weekend-class",
        site="老字号手绘工坊 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.laozihaohuihua.example.com/kecheng/zhaosheng2025.html",
        title="2025年春季手绘招牌字体设计周末班招生简章",
        date=None,
        notes="training studio; year only in the title, so no date; course table; price tag and trial form as chrome; 关注 sentence is content",
        page="""
!m 老字号手绘工坊 · 一笔一画写招牌
!m 首页 > 课程 > 招生简章
{T}
!a 限时优惠：报名立减200元　　【立即抢位】
{BODY}
!w 课程顾问小唐：微信 tang_huihua　电话 138-0570-6621
!a 免费试听：填写姓名、手机号，顾问将在24小时内联系您
!m 地址：棠溪老街28号二楼　　最后编辑：5个月前
""",
        body="""
本工坊由从业三十余年的老招牌画师授课，系统讲授宋体、黑体美术字和传统招牌的构图、用色与上漆工艺。
课程　课时　学费
美术字基础　8　1200元
招牌构图与配色　8　1500元
上漆与做旧　4　900元
上课时间为每周六下午，每班限12人，学员结业后可参与老街招牌修复实践。
报名请关注工坊服务号，在“课程报名”栏目填写信息。
""",
    ),
]
