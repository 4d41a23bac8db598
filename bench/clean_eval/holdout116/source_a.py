"""holdout116, part A: 范文 sites, 文库 previews, government and news portals, forums, a blog. All invented."""

CASES = [
    dict(
        slug="fanwen-moyun-speech-soil-moisture",
        site="墨韵范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.moyunfw.cn/jianghua/nongye/2025/0414/88127.html",
        title="在全县土壤墒情监测站点建设推进会上的讲话",
        record_title="【可编辑】在全县土壤墒情监测站点建设推进会上的讲话（精选3篇）",
        date="2025-04-10",
        notes="decorated record title; date under the speech title; writing-service prompt glued after a sentence",
        page="""
!m 墨韵范文网｜笔下生花 一站成文
!m 位置：首页 ＞ 讲话发言 ＞ 农业农村
!t 【可编辑】在全县土壤墒情监测站点建设推进会上的讲话（精选3篇）
!m 更新：2025-04-14　浏览 1,208 人次　编辑：小墨
{T}
（2025年4月10日）
县农业农村局副局长　葛振东
{BODY}
!a ▼ 展开剩余62% ▼
!a 【复制全文】【存为Word】【收进文件夹】
!l 你可能还想看：春播技术培训会讲话｜农田灌溉工作会议发言｜测土配方施肥总结
!d 声明：本站范文由用户投稿整理，只供写作参考，不代表本站观点。
!m ©2019-2025 moyunfw.cn 湘ICP备19033872号-1
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天这个会，主要是把全县土壤墒情监测站点建设的任务再明确一下、进度再压实一下。去年全县只有9个固定监测点，覆盖不到一半的乡镇，遇到春旱秋涝，我们往往是凭经验判断，等到墒情报告出来，最佳的抗旱时机已经错过了。⟦w 材料写不出？专业笔杆一对一代写，微信搜 moyun_88⟧
一、今年的目标是“一乡两点、重点片区加密”
按照省里的要求，今年全县新建自动监测站点24个，年底前全部接入省级墒情信息平台，实现每10天一次人工校核、每小时一次自动上报。
二、要把站点选准、建好、管住
选址要避开沟渠、路边和林下，确保监测数据能代表这一片耕地的真实墒情。建设单位要严格按照技术规范施工，传感器埋设深度分别为10厘米、20厘米和40厘米，不能图省事只埋一层。
三、要让监测数据真正用起来
各乡镇农技站每旬要根据监测数据发布一次墒情简报，提出灌溉、保墒的具体建议，通过村级广播和农户群及时传到田间地头。
同志们，墒情就是农情，数据就是命令。希望大家抓紧抓实，确保6月底前站点全部建成投用。
""",
    ),
    dict(
        slug="fanwen-html-table-layout-plum-garden-plan",
        site="文汇阁范文 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.wenhuige.net/fangan/huodong/20250102_5521.asp",
        title="芗溪镇第六届梅花文化节活动方案",
        record_title="芗溪镇第六届梅花文化节活动方案_文汇阁范文",
        date="2025-01-02",
        notes="old gb2312 table layout with marquee and visitor counter; 成文日期 at the end; data table kept; font-size row",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>芗溪镇第六届梅花文化节活动方案_文汇阁范文</title>
<script language="javascript" src="/js/ad_top.js"></script>
</head><body bgcolor="#f4f0e6">
<table width="960" align="center"><tr><td><img src="/img/logo.gif"> ⟦m 文汇阁范文 — 公文写作资料库⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 热烈祝贺文汇阁范文收录范文突破三十万篇！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="200" valign="top"><div>⟦l 栏目导航⟧</div><div>⟦l ·活动方案⟧</div><div>⟦l ·节庆策划⟧</div><div>⟦l ·乡村旅游⟧</div></td>
<td valign="top">
<div>⟦m 您的位置：文汇阁 &gt;&gt; 方案大全 &gt;&gt; 活动方案⟧</div>
<h2>{T}</h2>
<div>⟦a 【字号：特大 大 中 小】⟧ ⟦m 来源：网友投稿　人气：<font color=red>3417</font>⟧</div>
{BODY}
<div>⟦a [打印此页] [关闭本页] [返回顶部]⟧</div>
<div>⟦l 上一篇：乡村旅游节开幕式主持词⟧</div>
<div>⟦l 下一篇：春节文艺汇演活动方案范文⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 您是本站第 0082716 位访客⟧<br>⟦m Copyright 2008-2025 wenhuige.net 赣ICP备08004417号⟧</td></tr></table>
</body></html>
""",
        body="""
为展示芗溪梅花资源，带动乡村旅游和特色农产品销售，经镇党委、政府研究，决定举办第六届梅花文化节，特制定本方案。
一、活动时间和地点
时间：2025年1月18日至2月16日；地点：芗溪镇万株梅园及周边村落。
二、主要活动安排
活动　　时间　　地点　　责任单位
开幕式　　1月18日上午　　梅园主广场　　镇宣传办
梅花摄影大赛　　1月18日至2月10日　　全镇　　镇文化站
农特产品展销　　1月18日至2月16日　　梅园停车场　　镇农业服务中心
梅乡诗会　　2月1日下午　　梅溪书院　　镇文联
三、工作要求
（一）各责任单位要细化子方案，1月10日前报镇文化节办公室。
（二）派出所、安监站要做好游客高峰期的交通疏导和安全巡查，严防踩踏、火灾事故。
（三）各村要搞好环境卫生整治，引导农户规范经营，杜绝哄抬物价。
芗溪镇人民政府
2025年1月2日
""",
    ),
    dict(
        slug="wenku-shuhai-summary-rouliqiu-markers",
        site="书海文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.shuhai365.com/view/6c1e0a9b77f2.html",
        title="2024年县柔力球协会工作总结",
        record_title="2024年县柔力球协会工作总结.docx",
        date="2024-12-20",
        notes="file-name record title; page markers ‹n› cut sentences, glued or not; preview-end prompt; 成文日期",
        page="""
!m 书海文库 · 海量文档免费读
!t 2024年县柔力球协会工作总结.docx
!m 上传者：b***9　｜　4页　｜　共1.3万次阅读　｜　上传于2024-12-26
!a 立即下载　　加入书架　　转存网盘
{BODY}
!a 试看已到底，剩余2页请开通书海会员后查看▸
!d 本文档由用户自行上传，书海文库仅提供存储空间，若侵犯您的权利请联系 jubao@shuhai365.com
!l 相关文档：社区文体协会年度总结（4页）　老年体协工作计划（7页）
""",
        pages=dict(fmt="‹{n}›", every=260, start=2, glue="mix"),
        body="""
2024年，县柔力球协会在县体育总会和县老体协的指导下，围绕“全民健身、快乐晚年”主题，扎实开展普及推广、骨干培训和赛事交流，会员队伍不断壮大，全年工作总结如下。
一、组织建设更加规范
协会全年召开理事会3次，修订了《会员管理办法》，新建乡镇分会4个，全县注册会员由年初的612人增加到908人，其中60岁以上会员占71%。
二、普及推广成效明显
在县城6个公园和12个乡镇设立固定教学点，每周二、四、六早晨开展免费教学，全年累计教学1400余场次，参与群众约2.6万人次。
三、赛事交流有声有色
成功举办县第三届柔力球比赛，设规定套路、自选套路和网式对抗三个项目，参赛队伍31支；组队参加市老年人运动会，获得套路团体第二名。
四、存在问题和明年打算
目前部分乡镇教学点缺少专业指导员，器材老化问题也较突出。2025年，协会将重点培训二级以上指导员40名，争取县财政支持更新器材，并筹办全市柔力球邀请赛。
县柔力球协会
2024年12月20日
""",
    ),
    dict(
        slug="wenku-html-paid-preview-safari-park-rules",
        site="知页文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.zhiyewenku.com/doc/88304172.html",
        title="蕺川野生动物园自驾游览区安全管理规定",
        record_title=None,
        date=None,
        notes="modern paid-preview reader; title missing in the record, found on the page; rule articles speak of 扫码/下载 (kept); page markers as HTML paragraphs; no date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>知页文库 - 文档预览</title>
<script src="https://cdn.zhiyewenku.com/reader.min.js"></script>
<style>.pg{color:#999}</style></head>
<body>
<header><a class="logo">⟦m 知页文库⟧</a><nav>⟦m 首页⟧ ⟦m 精品文档⟧ ⟦m 行业资料⟧ ⟦m 办公模板⟧</nav><a>⟦a 登录/注册⟧</a></header>
<main><h1>{T}</h1>
<div class="docinfo">⟦m 格式：DOC　页数：3　大小：48KB　贡献者：园区***管理⟧</div>
<div class="reader">
{BODY}
</div>
<div class="mask">⟦a 还剩1页未读，开通会员即可免费阅读全文⟧</div>
<div class="btns">⟦a 下载文档（10下载券）⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
</main>
<aside><h4>⟦l 同类文档推荐⟧</h4><ul><li>⟦l 景区游客安全须知.doc⟧</li><li>⟦l 动物园饲养员岗位职责⟧</li></ul></aside>
<footer>⟦d 知页文库所有文档均由用户上传，如有侵权请在线举报。⟧ ⟦m 粤ICP备21098734号⟧</footer>
</body></html>
""",
        pages=dict(fmt="⸨{n}⸩", every=240, start=2),
        body="""
第一条　为保障游客和动物安全，规范自驾游览区秩序，根据有关法律法规，结合本园实际，制定本规定。
第二条　自驾车辆进入游览区前，驾驶人须扫码完成安全承诺登记，并下载园区电子导览图，按照规定路线低速行驶，时速不得超过15公里。
第三条　游览区内严禁开窗、下车、鸣笛，严禁向动物投喂食物或者抛掷物品；敞篷车、摩托车、电动自行车一律不得进入。
第四条　车辆发生故障或者遇到突发情况，驾驶人应当立即打双闪、关紧车窗，拨打车内标贴的救援电话，原地等候巡逻车处置。
第五条　违反本规定的，工作人员有权劝阻并责令驶离游览区；造成人身伤害或者财产损失的，依法承担相应责任。
第六条　本规定由园区安全保卫部负责解释，自公布之日起施行。
""",
    ),
    dict(
        slug="gov-jiyuan-html-traffic-signal-notice",
        site="蘩水县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fanshui.gov.cn/zwgk/tzgg/202503/t20250317_402183.html",
        title="关于城区部分路口交通信号灯配时调整的通告",
        record_title="关于城区部分路口交通信号灯配时调整的通告_通知公告_蘩水县人民政府",
        date="2025-03-17",
        notes="county portal with index table; contact line of the document next to the portal's hotline; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于城区部分路口交通信号灯配时调整的通告_通知公告_蘩水县人民政府</title>
<meta name="ColumnName" content="通知公告"><script src="/common/wza.js"></script></head>
<body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦a 简/繁⟧ ⟦m 今天是：<span id="today"></span>⟧</div>
<div class="banner">⟦m 蘩水县人民政府　www.fanshui.gov.cn⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进蘩水⟧</li></ul>
<div class="loc">⟦m 当前所在：首页 » 政务公开 » 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11331024MB0F72A -/2025-0317003⟧</td><td>⟦m 发布机构：县公安局交通警察大队⟧</td></tr>
<tr><td>⟦m 主题分类：公安、安全生产⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<div class="fbsj">⟦m 日期：2025-03-17 10:22　来源：县公安局　访问量：1847⟧ ⟦a 【大 中 小】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="about">⟦l 相关信息：县城区2025年春季道路维修计划 · 关于开展电动自行车整治的通告⟧</div>
<footer><p>⟦m 主办：蘩水县人民政府办公室　承办：县大数据发展中心⟧</p><p>⟦m 网站标识码：3310240019　浙ICP备05017382号　浙公网安备33102402000117号⟧</p><p>⟦m 政务服务热线：12345⟧</p></footer>
</body></html>
""",
        body="""
为缓解早晚高峰城区主干道拥堵，提高路口通行效率，经对车流量数据监测分析，县公安局交通警察大队决定自2025年3月24日起，对城区部分路口交通信号灯配时进行调整。现将有关事项通告如下：
一、环城东路与兴学路口，早高峰（7:00—8:30）东西向直行绿灯由45秒延长至60秒。
二、人民大道与菱湖路口，增设南北向左转专用相位，左转绿灯时长25秒。
三、车站路与光明街口，取消夜间（23:00—次日6:00）黄闪控制，恢复正常红绿灯运行。
调整初期，请广大驾驶人和行人注意观察信号灯变化，服从交通警察指挥，安全文明出行。对配时方案有意见建议的，可在工作时间致电县交警大队秩序中队反映。
联系人：俞晓岚；联系电话：0576-8612 3309。
蘩水县公安局
2025年3月17日
""",
    ),
    dict(
        slug="gov-text-tornado-warning-plan-wrapped",
        site="茺岭县应急信息网 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://yj.chongling.gov.cn/art/2024/5/8/art_1821_66301.html",
        title="茺岭县龙卷风灾害防范应对工作方案",
        record_title="茺岭县龙卷风灾害防范应对工作方案",
        record_date="2024-05-08",
        date="2024-05-08",
        notes="record gives title and date; hard-wrapped at 64 columns; breadcrumb, tools, footer",
        page="""
!m 茺岭县应急信息网
!m 首页 / 应急预案 / 专项预案
{T}
!m 发布日期：2024-05-08　信息来源：县防灾减灾委员会办公室
!a 〔字体：大 中 小〕〔打印〕〔关闭〕
{BODY}
!l 【上一条】茺岭县2024年汛期应急值守安排
!l 【下一条】关于开展防灾减灾宣传周活动的通知
!m 茺岭县应急管理局 版权所有　地址：茺岭县府前街16号　值班电话：0518-8765 0110
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
为有效防范和应对龙卷风灾害，最大程度减少人员伤亡和财产损失，根据《茺岭县突发事件总体应急预案》，结合我县近年多次出现强对流天气的实际，制定本方案。
一、风险研判。我县地处平原、河网密布，春夏之交冷暖空气交汇频繁，历史上曾于2016年、2021年两次出现龙卷风，主要影响东部沿河乡镇。
二、监测预警。县气象局要加强雷达回波分析，发现龙卷风征兆时第一时间发布预警信号，通过应急广播、手机短信和村组“大喇叭”快速传递到户。
三、避险转移。各乡镇要摸清简易厂房、大棚、活动板房等易损建筑底数，明确就近避险场所，预警发布后立即组织人员转移到坚固建筑的底层房间。
四、应急处置。灾害发生后，县防灾减灾委员会办公室根据灾情启动相应响应，组织消防、电力、通信、卫健等部门开展搜救、抢修和医疗救治。
五、保障措施。各乡镇、各部门要落实专人值守，储备必要的救灾物资，每年汛前至少组织一次避险演练。
""",
    ),
    dict(
        slug="news-html-ladybug-biocontrol-report",
        site="荩城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jinchengnews.com.cn/nongye/2025-05/22/content_771290.html",
        title="荩城：瓢虫“上岗”治蚜虫 绿色防控减药三成",
        record_title="荩城：瓢虫“上岗”治蚜虫 绿色防控减药三成-荩城新闻网",
        date="2025-05-22",
        notes="news portal; byline with time is the page's date; photo caption and hot list between paragraphs; editor glued after last paragraph",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>荩城：瓢虫“上岗”治蚜虫 绿色防控减药三成-荩城新闻网</title>
<script async src="https://stat.jinchengnews.com.cn/t.js"></script></head><body>
<div class="top">⟦m 荩城新闻网　荩城日报社主办⟧ ⟦a 客户端下载⟧ ⟦a 投稿⟧</div>
<nav>⟦m 首页⟧ ⟦m 时政⟧ ⟦m 三农⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav>
<div class="crumbs">⟦m 荩城新闻网 &gt; 三农 &gt; 正文⟧</div>
<h1>{T}</h1>
<p class="byline">⟦m 2025-05-22 08:41:17　来源：荩城日报　记者 石惠宁 通讯员 卢正⟧</p>
<div class="text">
{BODY}
</div>
<div class="tags">⟦l 标签：绿色防控 瓢虫 农业⟧</div>
<div class="rel"><h3>⟦l 相关新闻⟧</h3><p>⟦l 荩城2.6万亩果园用上“太阳能杀虫灯”⟧</p><p>⟦l 植保无人机飞防队伍扩大到37支⟧</p></div>
<footer>⟦d 本网所刊稿件未经授权不得转载、摘编⟧ ⟦m 互联网新闻信息服务许可证：36120180009　违法和不良信息举报：0797-8826110⟧</footer>
</body></html>
""",
        body="""
5月下旬正是蚜虫高发期，荩城县白坊镇的梨园里，植保员把一盒盒瓢虫卵卡挂上枝头。“一张卡上有约二百粒卵，孵出来的幼虫一天能吃掉上百头蚜虫。”县植保站站长徐光明说。
⟦m 图为植保员在梨园挂放瓢虫卵卡。记者 石惠宁 摄⟧
今年，县农业农村局在5个乡镇的梨园、桃园和蔬菜基地推广“以虫治虫”技术，累计释放异色瓢虫卵卡12万张，覆盖面积8600亩。
⟦l 热读：荩城夏粮收购首日见闻⟧
监测数据显示，释放区蚜虫虫口密度下降七成以上，化学农药使用量比去年同期减少三成，每亩节约防治成本约60元。⟦m （责任编辑：汪雯）⟧
""",
    ),
    dict(
        slug="news-text-sampan-tourism-aggregator",
        site="看点资讯 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.kandianzx.com/a/20240930A07TQ1.html",
        title="苕原古镇乌篷船“持证上岗” 船工统一培训考核",
        record_title="苕原古镇乌篷船“持证上岗” 船工统一培训考核",
        date="2024-09-30",
        notes="aggregator; relative times in related list are not dates; the byline date is the page's date",
        page="""
!m 看点资讯 > 地方 > 苕原
{T}
!m 苕原融媒　2024-09-30 14:05　来自浙江
!a 打开App，阅读体验更佳
{BODY}
!a 点赞 36　·　评论 4　·　转发
!l 热门评论：“上次坐船船工还在打电话，这下好了”　3小时前
!l 为你推荐｜苕原老街夜市恢复营业　2天前
!l 为你推荐｜古镇景区国庆门票预约指南　5小时前
!d 本文为看点号作者发布，不代表看点资讯立场
""",
        body="""
记者从苕原古镇景区管委会了解到，自10月1日起，景区内运营的48条乌篷船全部实行船工持证上岗，未经培训考核合格的人员一律不得撑船载客。
今年8月以来，管委会联合县交通运输局海事部门，分三批对景区96名船工开展了水上安全、应急救援和文明服务培训，考核合格后发放上岗证，并在每条船上张贴船工照片和编号。
景区还为每条乌篷船配齐救生衣和救生圈，在主要河道设置8个救生点。游客如发现船工超载、饮酒撑船等行为，可扫描船头二维码进行投诉。
""",
    ),
    dict(
        slug="forum-html-discuz-water-ski-club",
        site="江风户外论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.jiangfengout.com/thread-318821-1-1.html",
        title="菀溪滑水俱乐部2025年夏季训练营招募通知",
        record_title="[转帖] 菀溪滑水俱乐部2025年夏季训练营招募通知 - 水上运动 - 江风户外论坛",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="Discuz-like page with jammer fonts; forum post time differs from 成文日期 (document expected, post accepted); registration phone kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[转帖] 菀溪滑水俱乐部2025年夏季训练营招募通知 - 水上运动 - 江风户外论坛</title>
<script src="static/js/common.js"></script><style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 江风户外论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 江风户外论坛 › 户外版块 › 水上运动 › 查看内容⟧</div>
<div class="pls">⟦m 楼主　浪里白条⟧ ⟦m 主题 23　帖子 417　积分 1290⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-6-5 21:17　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：玩水不玩命，安全第一⟧</div>
<div class="po">⟦a 回复⟧ ⟦a 支持⟧ ⟦a 反对⟧ ⟦a 举报⟧</div>
<div class="fastpost">⟦l 高级模式　您需要登录后才可以回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m © 2011-2025 jiangfengout.com⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
为推广滑水运动，培养青少年水上运动兴趣，菀溪滑水俱乐部定于2025年7月至8月举办夏季训练营，现面向社会招募学员。
一、招募对象：10周岁至17周岁、身体健康、会游泳（能连续游50米以上）的青少年。
二、训练安排：共分三期，每期10天，每天上午8:30至11:00在菀溪水上运动基地训练，内容包括陆上模拟、双板滑水和单板入门。
三、费用：每期1800元，含教练、船只、护具、保险和午餐费用。
四、报名方式：6月20日前携带户口本复印件和体检证明到俱乐部前台报名，咨询电话0579-8820 4163（周一至周五）。
菀溪滑水俱乐部
2025年6月3日
""",
    ),
    dict(
        slug="forum-text-sleeping-bag-factory-minutes",
        site="纺织人论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.fangzhiren.net/forum.php?mod=viewthread&tid=90412",
        title="睡袋车间质量分析会会议纪要",
        record_title=None,
        date="2024-11-12",
        notes="title missing; forum post with floors; minutes' 时间/地点/主持/参会 lines kept; meeting date as the date",
        page="""
!m 纺织人论坛 » 生产管理 » 质量管理
!m 查看: 2187 | 回复: 6
{T}
!m 楼主：针脚细密　发表于 2024-11-14 09:03
{BODY}
!m 本帖最后由 针脚细密 于 2024-11-14 09:10 编辑
!l 沙发 棉被厂老周：我们厂也是拉链问题最多，学习了
!l 板凳 小唐：能不能发一下返工记录表模板？
!a 回复本帖　　收藏　　分享到群
""",
        date_also=["2024-11-14"],
        body="""
时间：2024年11月12日下午2:00
地点：公司二楼会议室
主持：车间主任　蔡永利
参会：质检部、缝制一组、缝制二组、充绒组负责人及班组长共14人
会议通报了10月份睡袋产品出厂检验情况：共抽检批次62批，一次合格率94.2%，比9月下降1.8个百分点，主要问题是拉链卡布、充绒量不足和绗线跳针。
会议议定以下事项：
1. 缝制一组对拉链绱装工序重新进行岗位培训，11月20日前完成。
2. 充绒组每班开工前校准称重设备，并做好记录。
3. 质检部对跳针问题较多的3台缝纫机安排维修，维修期间调整生产排班。
4. 下次质量分析会于12月上旬召开，通报整改情况。
""",
    ),
    dict(
        slug="blog-html-matsutake-collector-diary",
        site="山野随笔博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://shanye.blogcn.net/2024/08/matsutake-season.html",
        title="跟着采菇人上山：松茸季的几点体会",
        record_title="【随手记】跟着采菇人上山：松茸季的几点体会 | 山野随笔",
        date="2024-08-26",
        notes="blog with tag cloud and archive; bracketed post time; comment box; decorated title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随手记】跟着采菇人上山：松茸季的几点体会 | 山野随笔</title>
<link rel="stylesheet" href="/theme/yama.css"></head><body>
<header><h3>⟦m 山野随笔 — 一个乡镇干部的林下笔记⟧</h3><nav>⟦m 首页⟧ ⟦m 归档⟧ ⟦m 关于我⟧</nav></header>
<article><h2>{T}</h2>
<div class="meta">⟦m [2024-08-26 22:40] 分类：乡村手记 | 阅读(391) | 评论(5)⟧</div>
{BODY}
<div class="copy">⟦d 原创文字，转载请注明出处并保留链接。⟧</div>
</article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 松茸 林下经济 驻村 山路 合作社⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2024年8月 (4)⟧</p><p>⟦l 2024年7月 (6)⟧</p></aside>
<section class="comments"><h4>⟦l 发表评论⟧</h4><p>⟦l 昵称（必填） 邮箱（必填） 网址⟧</p></section>
<footer>⟦m Powered by BlogCN · 山野随笔 2016-2024⟧</footer>
</body></html>
""",
        body="""
八月下旬，我跟着村里的采菇人老扎西上了一趟山。凌晨四点出门，走了三个多小时才到松茸集中生长的青冈林。
第一点体会是，松茸是山给的饭碗，也要靠规矩端稳。合作社定下“只采开伞前、不挖菌塘、采后回填”的规矩，老扎西一边采一边把松针盖回去，他说挖坏一个菌塘，三年都不出菇。
第二点体会是，收购价不能只看当天。今年头茬松茸每公斤收购价一度到了800多元，后来回落到300元左右，没有冷链和分级的农户只能随行就市。村里正在谈的冷库和分拣点，确实是大家最盼的事。
第三点体会是，山路上的安全比什么都重要。今年全乡已经发生两起采菇人崴脚、迷路的事情，我们准备给每个采菇小组配上对讲机和急救包。
""",
    ),
]
