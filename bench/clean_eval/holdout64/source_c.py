"""holdout64, part C: 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站, 人事考试网. Invented text."""

CASES = [
    dict(
        slug="dangjian-ticai-branch-party-lecture-html",
        site="楝湾党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.lianwandj.gov.cn/djgz/dkjt/202406/t20240628_9921.html",
        title="守初心 担使命 以过硬作风推动体彩事业高质量发展——在中心党支部“七一”专题党课上的讲稿",
        record_title="【党课讲台】守初心 担使命 以过硬作风推动体彩事业高质量发展_楝湾党建网",
        title_also=["守初心 担使命 以过硬作风推动体彩事业高质量发展"],
        date="2024-06-28",
        notes="decorated record title; title with subtitle; date under the title; speaker line neutral; red Party-building template",
        page="""
<html><head><meta charset="utf-8"><title>【党课讲台】守初心 担使命 以过硬作风推动体彩事业高质量发展_楝湾党建网</title></head>
<body class="red">
<div class="logo">⟦m 楝湾党建网⟧ ⟦m 中共楝湾市委组织部主办⟧</div>
<div class="menu">⟦m 首页　要闻　组织建设　党员教育　党课讲台　基层风采⟧</div>
<div class="where">⟦m 当前位置：首页 » 党课讲台⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="c">（2024年6月28日）</p>
<p class="c">市体育彩票管理中心党支部书记　骆平</p>
<div class="fontctl">⟦a 字体：[大] [中] [小]⟧ ⟦a 🖨 打印⟧</div>
{BODY}
</div>
<div class="rel"><span>⟦l 相关阅读⟧</span>
<p>⟦l 市直机关工委2024年“七一”表彰名单公布⟧</p><p>⟦l 优秀党课讲稿选登（二）⟧</p></div>
<div class="bottom">⟦m 楝湾党建网　主办：中共楝湾市委组织部　备案号：皖ICP备11003875号-3⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日前夕，我们在这里上一堂专题党课。我想结合中心工作实际，和大家谈谈体会。
一、体彩姓“公”，初心就是公益
体育彩票的宗旨是“来之于民、用之于民”。我们每一位党员都要牢记，我们卖的不是普通商品，而是承载公益责任的国家彩票，任何时候都不能把销量凌驾于责任之上。
二、作风过硬，才能守住底线
彩票资金管理、开奖兑奖、渠道管理，每一个环节都关系公信力。去年省中心巡查发现我市有两个网点违规代购，教训深刻。全体党员要带头讲规矩，发现问题第一时间报告、第一时间处置。
三、担当作为，推动高质量发展
今年我们的目标是销量增长6%，同时新建50个“体彩公益角”。任务不轻，党员要冲在前面，每名党员联系不少于5个网点，帮助网点解决实际困难。
同志们，让我们以实际行动践行入党誓言，为楝湾体彩事业高质量发展贡献力量。
""",
    ),
    dict(
        slug="dangjian-radio-branch-pioneer-notice",
        site="棠溪机关党建 (invented)",
        style="党建网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jgdj.tangxi.gov.cn/tzgg/2025-0305-016.html",
        title="关于开展“党员先锋岗”创建评选活动的通知",
        record_title="关于开展“党员先锋岗”创建评选活动的通知 - 通知公告 - 棠溪机关党建",
        date="2025-03-05",
        notes="decorated record title; 成文日期; a share bar and a study-platform prompt between paragraphs",
        page="""
!m 棠溪机关党建　　学习强党建　建功新时代
!m 首页 ／ 通知公告 ／ 正文
!t 关于开展“党员先锋岗”创建评选活动的通知
!m 发布人：市无线电管理处党支部　｜　日期：2025-03-06　｜　阅读：408
{BODY}
!l 分享到：□微信　□朋友圈　□QQ
!l 【相关】市直机关“模范机关”创建工作推进会召开
!m 中共棠溪市直属机关工作委员会　版权所有
""",
        indent="\u3000\u3000",
        body="""
各党小组：
为充分发挥党员先锋模范作用，推动党建工作与无线电管理业务深度融合，经支部委员会研究，决定在全处开展“党员先锋岗”创建评选活动。现将有关事项通知如下。
一、创建范围
监测科、执法科、频率台站科、综合科等4个科室的全体党员。
⟦a 温馨提示：登录“棠溪智慧党建”平台可随时查看支部学习积分排行⟧
二、评选条件
1.政治坚定，模范遵守党章党规，按时足额交纳党费；
2.业务精湛，在重大活动无线电安全保障、干扰查处等工作中表现突出；
3.群众认可，年度考核为称职以上等次。
三、评选程序
采取个人申报、党小组推荐、支委会审核、党员大会票决的方式产生，每年评选一次，名额不超过党员总数的20%。
四、有关要求
请各党小组于3月20日前将推荐名单报支部组织委员。
中共棠溪市无线电管理处支部委员会
2025年3月5日
""",
        date_also=["2025-03-06"],
    ),
    dict(
        slug="hospital-kangning-eye-screening-notice-html",
        site="椴溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.dxrmyy.com/news/gonggao/2024/0712/1703.html",
        title="关于开展暑期儿童青少年近视免费筛查的通知",
        record_title="关于开展暑期儿童青少年近视免费筛查的通知--椴溪县人民医院",
        date="2024-07-12",
        notes="hospital site; the department's 咨询电话 kept beside the hospital's 预约热线 in the header; schedule table; 扫码 in the body",
        page="""
<html><head><meta charset="utf-8"><title>关于开展暑期儿童青少年近视免费筛查的通知--椴溪县人民医院</title></head><body>
<div class="top">⟦m 椴溪县人民医院　二级甲等综合医院⟧ ⟦m 预约挂号热线：0731-8620120⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　新闻公告⟧</div>
<div class="bread">⟦m 首页 &gt;&gt; 新闻公告 &gt;&gt; 医院公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 时间：2024-07-12　来源：眼科　浏览量：2047⟧</div>
{BODY}
<div class="sidebar">
<div>⟦l 就医服务：门诊排班 | 检查预约 | 报告查询⟧</div>
<div>⟦a 扫一扫，关注医院官方服务号⟧</div>
</div>
<div class="foot">⟦m 地址：椴溪县健康路99号　急诊电话：0731-8620999⟧ ⟦m 湘ICP备15007712号⟧</div>
</body></html>
""",
        body="""
广大家长朋友：
暑假是孩子们使用电子产品较多的时期，也是近视防控的关键期。为帮助家长及早了解孩子视力状况，我院眼科将于暑假期间开展儿童青少年近视免费筛查活动。
一、筛查对象：3至18周岁儿童青少年。
二、筛查项目：视力检查、电脑验光、眼轴长度测量，筛查结果现场出具。
三、筛查安排：
日期　时间　地点
7月15日至7月31日　每周一、三、五上午8:00-11:30　门诊楼三楼眼科
8月1日至8月23日　每周二、四、六上午8:00-11:30　门诊楼三楼眼科
四、预约方式：请家长扫描医院服务号二维码进入“眼科筛查”栏目预约，每天限号60名。
眼科咨询电话：0731-8620356（工作日）。
椴溪县人民医院
2024年7月12日
""",
    ),
    dict(
        slug="hospital-zhiyang-nutrition-dept-summary",
        site="枳阳县中医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zyzyy.cn/ksdt/yingyangke/202501/102.html",
        title="营养科2024年度工作总结",
        record_title="营养科2024年度工作总结_科室动态_枳阳县中医院",
        date="2025-01-06",
        notes="hospital column page; 成文日期; a decimal heading list; hotline in the footer",
        page="""
!m 枳阳县中医院　传承精华 守正创新
!m 首页 | 医院概况 | 科室动态 | 中医特色 | 患者服务
!m 位置：首页 > 科室动态 > 营养科
!t 营养科2024年度工作总结
!m 日期：2025-01-07 　编辑：院办宣传科
{BODY}
!a 【收藏】【打印】【返回顶部】
!m 医院总机：0745-7230120　　24小时急救：0745-7230999
""",
        body="""
2024年，营养科在院党委的领导下，以提升临床营养支持水平为中心，各项工作取得新进展。
1.临床营养工作
1.1 全年完成住院患者营养风险筛查14862人次，筛查率达到92.3%，较上年提高6.8个百分点。
1.2 开展营养会诊623例，为重症、肿瘤、术后患者制定个体化营养支持方案。
2.治疗膳食工作
2.1 新增糖尿病、低嘌呤、低蛋白等治疗膳食9种，全年供应治疗膳食3.1万份。
2.2 结合中医体质辨识，推出药膳食谱12套，受到患者好评。
3.健康宣教工作
3.1 开设营养门诊，每周二、四下午出诊，全年接诊1040人次。
3.2 进社区、进学校开展合理膳食讲座18场。
4.存在不足和明年打算
科室人员不足，营养师仅有3名。明年计划引进营养专业人才2名，推进营养信息化管理系统建设。
营养科
2025年1月6日
""",
        date_also=["2025-01-07"],
    ),
    dict(
        slug="university-nongke-tractor-skill-contest-html",
        site="栝州农业工程学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kznygc.edu.cn/info/1032/8845.htm",
        title="我校学子在全省农机驾驶操作技能竞赛中获佳绩",
        record_title="我校学子在全省农机驾驶操作技能竞赛中获佳绩-栝州农业工程学院",
        date="2024-10-29",
        notes="university news template; byline 发布时间 is the date; photo caption and 审核 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校学子在全省农机驾驶操作技能竞赛中获佳绩-栝州农业工程学院</title></head>
<body>
<div class="header">⟦m 栝州农业工程学院⟧ ⟦m 厚德 勤耕 求是 致用⟧</div>
<div class="nav">⟦m 学校概况 | 院系设置 | 教育教学 | 招生就业 | 信息公开⟧</div>
<div class="lm">⟦m 学院新闻⟧</div>
<h1 class="tit">{T}</h1>
<div class="info">⟦m 发布时间：2024-10-29　作者：机械工程学院 汤悦　审核：宁海涛　点击：[ 936 ]⟧</div>
<div class="v_news_content">
{BODY}
<p class="cap">⟦m 获奖学生与指导教师合影⟧</p>
</div>
<div class="pn">⟦l 上一条：学校召开2024年秋季学期教学工作例会⟧</div>
<div class="pn">⟦l 下一条：农学院开展秋收社会实践活动⟧</div>
<div class="bottom">⟦m 地址：栝州市学府路1号　邮编：423000　版权所有 © 栝州农业工程学院⟧</div>
</body></html>
""",
        body="""
10月26日至27日，全省农机驾驶操作技能竞赛在省农机化技术推广总站举行。我校机械工程学院代表队获得团体二等奖，学生严子航获得拖拉机驾驶项目个人一等奖。
本次竞赛共有来自全省高校、职业院校和农机合作社的42支代表队参赛，设拖拉机驾驶、联合收割机驾驶、植保无人机操作三个项目，考核内容包括理论知识、机具挂接和田间作业。
为备战比赛，学院组建了由5名教师和8名学生组成的集训队，利用课余时间在校实训基地开展了为期两个月的集中训练。
学院表示，将以此次竞赛为契机，进一步深化“岗课赛证”融通，培养更多懂农业、会操作的高素质技术技能人才。
""",
    ),
    dict(
        slug="university-waiyu-translation-internship-plan",
        site="棠溪师范学院外国语学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://wgy.txnu.edu.cn/jxgl/sxsj/2025/0220.html",
        title="外国语学院2025届翻译专业毕业实习工作方案",
        record_title="【教学管理】外国语学院2025届翻译专业毕业实习工作方案",
        date="2025-02-20",
        notes="decorated record title; 成文日期; placements table; the document's 邮箱 kept",
        page="""
!m 棠溪师范学院　外国语学院
!m 首页 · 学院概况 · 教学管理 · 学生工作 · 党建工作
!m 当前位置：教学管理 > 实习实践
!t 【教学管理】外国语学院2025届翻译专业毕业实习工作方案
!m 作者：教务办　时间：2025年02月21日　浏览次数：317
{BODY}
!l 附件下载：实习鉴定表.doc　实习日志模板.doc
!m Copyright © 2025 棠溪师范学院外国语学院　地址：棠溪市师院路3号
""",
        indent="\u3000\u3000",
        body="""
为做好2025届翻译专业毕业实习工作，根据学校本科实习管理办法，制定本方案。
一、实习时间
2025年3月3日至2025年4月25日，共8周。
二、实习单位及人数
实习单位　实习内容　人数
棠溪市人民政府外事办公室　外事笔译、陪同口译　6
棠溪国际会议中心　会议口译辅助、资料翻译　8
云帆跨境电商有限公司　产品说明翻译、客服　12
市博物馆　展陈说明翻译、讲解　5
三、实习要求
1.实习期间严格遵守实习单位规章制度，涉及外事工作的，须遵守保密规定。
2.每周撰写实习日志，实习结束提交不少于3000字的实习报告和不少于1万字的翻译实践材料。
3.指导教师每两周至少到实习单位检查一次。
四、成绩评定
实习成绩由实习单位鉴定（40%）、指导教师评价（30%）、实习报告（30%）三部分组成。
联系邮箱：wgy_sx2025@txnu.edu.cn。
外国语学院
2025年2月20日
""",
        date_also=["2025-02-21"],
    ),
    dict(
        slug="localforum-jiaxiang-antique-market-move-notice",
        site="嘉乡网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.jiaxiang.cc/thread-120557-1-1.html",
        title="关于古玩周末夜市临时搬迁的通知",
        record_title="【转】关于古玩周末夜市临时搬迁的通知，淘宝的朋友注意了",
        date="2024-05-10",
        date_also=["2024-05-11"],
        notes="local forum with poster's aside in the title; 发表于 differs from the 成文日期; junk glued; replies",
        page="""
!m 嘉乡网　>　嘉乡论坛　>　民生杂谈
!t 【转】关于古玩周末夜市临时搬迁的通知，淘宝的朋友注意了
!m 楼主　老街淘货人　发表于 2024-5-11 09:42
!m 楼主专区｜只看楼主｜阅读 3880｜回复 26
{BODY}
!l 2楼　铜钱草：那边停车方便多了
!l 3楼　木鱼：好消息，终于不用挤了
!a 我要回复　　收藏本帖　　分享到微信
!m 嘉乡网 客服热线：0746-2280333　　违法和不良信息举报
""",
        junk=dict(lines=1, glued=1),
        body="""
各位商户、市民朋友：
因古玩城东广场地下管网改造施工，自2024年5月18日起，古玩周末夜市临时搬迁至滨河路文化长廊（滨河公园北门至三号桥段）经营，预计搬迁时间为三个月，恢复时间另行通知。
一、夜市经营时间不变，为每周五、周六18:00至23:00。
二、原登记在册的摊位按原编号顺序重新安排，商户请于5月15日前到古玩城市场管理办公室领取新摊位号。
三、临时经营点不提供电源，商户自备照明须使用充电式灯具，严禁使用发电机。
给大家带来的不便，敬请谅解。
古玩城市场管理办公室
2024年5月10日
""",
    ),
    dict(
        slug="localforum-pingshan-apple-market-closure-html",
        site="坪山人家论坛 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.pingshanrenjia.com/bbs/topic/88014",
        title="关于苹果交易市场停业整顿的公告",
        record_title="关于苹果交易市场停业整顿的公告（附临时收购点）- 坪山人家",
        date="2024-10-08",
        notes="local forum HTML; the document's 联系电话 kept next to the board's hotline; list of temporary points",
        page="""
<html><head><meta charset="utf-8"><title>关于苹果交易市场停业整顿的公告（附临时收购点）- 坪山人家</title></head><body>
<div class="bar">⟦m 坪山人家论坛⟧ ⟦m 坪山人的网上家园⟧ ⟦a 注册　登录⟧</div>
<div class="path">⟦m 坪山人家 &raquo; 乡镇频道 &raquo; 桤口镇⟧</div>
<div class="topic">
<h1>{T}</h1>
<div class="by">⟦m 作者：桤口小编　版主　3小时前⟧</div>
{BODY}
<div class="ops">⟦a 点赞(12)　回复(8)　举报⟧</div>
</div>
<div class="replies"><p>⟦l 果农老何：临时点给价怎么样？⟧</p><p>⟦l 坪山小喇叭：转发了⟧</p></div>
<div class="footer">⟦m 论坛站务电话：0913-7251008⟧ ⟦d 网友发帖仅代表个人观点，与本站立场无关⟧</div>
</body></html>
""",
        body="""
全镇果农、客商朋友们：
为消除市场内消防安全隐患，经镇人民政府研究决定，桤口镇苹果交易市场自2024年10月10日起停业整顿，整顿期限暂定15天。
整顿期间，在以下地点设立临时收购点：
1.桤口村委会院内；
2.马坊村果品冷库门前；
3.镇中学东侧空地。
临时收购点每日7:00至18:00开放，由镇市场监管所派员现场管理。请客商和果农自觉遵守秩序，严禁压价、强买强卖。
联系电话：0913-7253116（镇市场监管所）。
桤口镇人民政府
2024年10月8日
""",
    ),
    dict(
        slug="download-xiazaiba-ginger-training-speech-html",
        site="下载吧资料站 (invented)",
        style="资料下载站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xiazaiba-zl.net/soft/92017.html",
        title="在全县生姜标准化种植技术培训会上的讲话",
        record_title="在全县生姜标准化种植技术培训会上的讲话.doc下载",
        date="2025-02-24",
        notes="old table layout download station; file-info table and mirror links; date under the title; decorated record title (…doc下载)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县生姜标准化种植技术培训会上的讲话.doc下载_下载吧资料站</title></head>
<body><table width="980" align="center"><tr><td>
<div>⟦m 下载吧资料站　XIAZAIBA-ZL.NET⟧</div>
<div>⟦m 首页 | 公文资料 | 农业资料 | 教育资料 | 排行榜 | 最近更新⟧</div>
<div>⟦m 当前位置：下载吧 → 农业资料 → 种植技术⟧</div>
</td></tr>
<tr><td>
<table class="info">
<tr><td>⟦m 资料名称：在全县生姜标准化种植技术培训会上的讲话.doc⟧</td></tr>
<tr><td>⟦m 资料大小：38 KB　资料格式：DOC　更新时间：2025-03-03⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料　下载次数：418⟧</td></tr>
</table>
<div>⟦a 下载地址：【电信下载】【联通下载】【备用下载】⟧</div>
<div>⟦a 链接失效请点此报告⟧</div>
<h3>⟦m 资料简介：⟧</h3>
<h2>{T}</h2>
<p>（2025年2月24日）</p>
{BODY}
</td></tr>
<tr><td><div>⟦l 相关资料：大蒜高产栽培技术要点.doc | 蔬菜大棚管理培训讲话.doc⟧</div>
<div>⟦d 本站资料均来自互联网，仅供学习研究，请下载后24小时内删除。⟧</div>
<div>⟦m Copyright 2008-2025 下载吧资料站 鲁ICP备09011258号⟧</div></td></tr></table>
</body></html>
""",
        body="""
各位种植户、同志们：
今天我们召开全县生姜标准化种植技术培训会，目的是推广标准化种植技术，提高生姜品质和效益。
我县是全省生姜主产区，去年种植面积达到8.6万亩，总产量38万吨。但我们也要看到，部分种植户还存在滥用农药、化肥超量施用等问题，去年出口的生姜有两批次因农残超标被退回，损失很大。
为此，我强调三点：一是严格执行农药安全间隔期，坚决禁用高毒农药；二是推广测土配方施肥和水肥一体化技术；三是建立田间生产档案，做到生产过程可追溯。
希望大家认真听课，学以致用，让我县的生姜卖出好价钱、叫响好品牌。
""",
    ),
    dict(
        slug="download-wenzhan-dumpling-haccp-plan",
        site="文栈下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wenzhan-down.com/docs/food/7731.html",
        title="速冻水饺生产HACCP计划",
        record_title="速冻水饺生产HACCP计划.wps",
        date=None,
        notes="file-name record title (.wps); upload and update stamps are no date; critical control table kept",
        page="""
!m 文栈下载 — 免费文档资料下载
!m 资料分类：食品安全 > 质量体系
!t 速冻水饺生产HACCP计划.wps
!m 更新：2025-04-02　　大小：57KB　　语言：简体中文　　评分：★★★★☆
!a ▶ 高速下载　　▶ 普通下载　　▶ 网盘下载
!m 资料介绍：
{BODY}
!d 文栈下载所有资源均由网友上传或收集自网络，仅供交流学习。
!l 同类资料：食品生产许可审查细则汇编 | 冷冻饮品车间卫生管理制度
""",
        body="""
一、产品描述
产品名称：猪肉白菜速冻水饺。主要原料：小麦粉、猪肉、白菜、食用盐、植物油。储存条件：-18℃以下冷冻储存，保质期12个月。
二、关键控制点确定
经危害分析，确定以下关键控制点：
关键控制点　显著危害　关键限值　监控频率
原料肉验收　兽药残留、致病菌　提供检疫合格证明和检验报告　每批
速冻　致病菌繁殖　中心温度≤-18℃，速冻时间≤30分钟　每2小时
金属探测　金属异物　Fe≥1.5mm，SUS≥2.0mm剔除　连续
三、纠偏措施
速冻后中心温度未达到要求的，产品隔离并重新速冻；金属探测仪报警的，产品剔除并追溯同批产品，查明异物来源。
四、记录保存
所有监控记录、纠偏记录和验证记录保存期限不少于产品保质期满后6个月。
""",
    ),
    dict(
        slug="pta-renkao-radio-station-recruit-html",
        site="楮原人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.chuyuan-rsks.cn/ksgg/2025/0616/3309.html",
        title="楮原市无线电监测站2025年公开招聘工作人员公告",
        record_title="楮原市无线电监测站2025年公开招聘工作人员公告_考试公告_楮原人事考试网",
        date="2025-06-16",
        notes="personnel-exam site; position table; 咨询电话 of the recruiter kept beside the site's technical line; tells candidates to 打印 the admission ticket",
        page="""
<html><head><meta charset="utf-8"><title>楮原市无线电监测站2025年公开招聘工作人员公告_考试公告_楮原人事考试网</title></head><body>
<div class="top">⟦m 楮原人事考试网⟧ ⟦a 报名入口⟧ ⟦a 准考证打印⟧ ⟦a 成绩查询⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 招聘信息 | 政策法规 | 常见问题⟧</div>
<div class="loc">⟦m 您当前的位置：首页 / 考试公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布日期：2025-06-16　信息来源：市人力资源和社会保障局⟧</div>
{BODY}
<div class="tip">⟦w 报名系统技术支持：0739-5128805（仅解答网上报名技术问题）⟧</div>
<div class="links">⟦l 友情链接：省人事考试网 | 市人社局 | 市政务服务网⟧</div>
<div class="foot">⟦m 主办：楮原市人事考试院　湘ICP备08007364号⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，经市人力资源和社会保障局同意，楮原市无线电监测站面向社会公开招聘工作人员。现将有关事项公告如下。
一、招聘岗位
岗位代码　岗位名称　人数　专业要求　学历
W01　监测技术员　2　电子信息工程、通信工程　本科及以上
W02　综合文秘　1　汉语言文学、秘书学　本科及以上
二、报名时间
2025年6月23日9:00至6月27日17:00，采取网上报名方式。
三、笔试
笔试时间为2025年7月12日。考生须于7月8日至11日登录本网站自行打印准考证。
四、咨询方式
政策咨询电话：0739-5336012（市无线电监测站办公室）。
楮原市人力资源和社会保障局
2025年6月16日
""",
    ),
    dict(
        slug="pta-kaoshi-welfare-carer-interview-notice",
        site="枰川人才考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.pingchuanks.com/gg/show-2481.html",
        title="枰川县儿童福利院2025年公开招聘护理员面试公告",
        record_title="枰川县儿童福利院2025年公开招聘护理员面试公告（附名单）",
        date="2025-08-04",
        notes="decorated record title; interview list table; 成文日期; 打印 the notice in the body",
        page="""
!m 枰川人才考试网　公平 公正 公开
!m 考试首页 » 面试公告
!t 枰川县儿童福利院2025年公开招聘护理员面试公告（附名单）
!m 来源：县人社局　　2025-08-04 16:30　　【字号 大 中 小】
{BODY}
!a 【打印本页】【关闭】
!l 相关公告：枰川县2025年事业单位招聘笔试成绩公布
!d 注：本站发布的信息以招聘单位最终解释为准。
""",
        body="""
根据《枰川县儿童福利院2025年公开招聘护理员公告》，经笔试和资格复审，现将面试有关事项公告如下。
一、面试人员名单
准考证号　姓名　笔试成绩
2025070112　柯小禾　78.5
2025070207　姬燕　76.0
2025070319　滕思远　74.5
2025070405　覃文静　73.0
二、面试时间和地点
时间：2025年8月10日上午8:00前报到。
地点：枰川县人力资源市场二楼面试考场。
三、面试形式
采取结构化面试，满分100分，合格分数线为60分。
四、注意事项
考生须携带本人身份证和笔试准考证参加面试，未按时报到的视为自动放弃。请考生自行打印本公告备用。
枰川县人力资源和社会保障局
2025年8月4日
""",
    ),
]
