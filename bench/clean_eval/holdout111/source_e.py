"""holdout111, part E: filigree inlay workshops, key-cutting stalls, lamian noodle shops, yak butter and kumis. Invented text."""

CASES = [
    dict(
        slug="collection-filigree-master-essay-wrapped",
        site="金丝小记 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://jinsixiaoji.example.net/book/3/chapter-12.html",
        title="一根金丝的十二道工序",
        record_title="《金丝小记》第三辑·第12篇｜一根金丝的十二道工序",
        date=None,
        notes="personal collection: hard-wrapped at 60 columns; chapter nav and a reading-settings row; no date",
        wrap=60,
        indent="　　",
        page="""
!m 金丝小记 · 花丝镶嵌匠人手记
!a 阅读设置：字号 A- A+　背景 ☀ ☾
!t 《金丝小记》第三辑·第12篇｜一根金丝的十二道工序
{BODY}
!l ← 上一篇　第11篇 掐丝的手感　｜　目录　｜　第13篇 錾刻与镶嵌 下一篇 →
!d 本文集内容为作者原创，未经同意请勿转载
""",
        body="""
常有人问我，花丝镶嵌为什么那么费工夫。我就给他们讲一根金丝是怎么来的。
先是熔金、拔丝，把金条一点一点拉细，细到比头发丝还细；再把两股细丝搓在一起，压扁，才成了能用的花丝。
接下来是掐、填、攒、焊、堆、垒、织、编，每一道都急不得。我师父说，手上快一分，活计就糙一分。
做了三十年，我越来越觉得，这门手艺教给人的，其实是耐心。
""",
    ),
    dict(
        slug="dangjian-key-cutting-stall-volunteer-html",
        site="栎阳党建 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.lydj.example.gov.cn/jcdj/2025/0522/2204.html",
        title="配钥匙摊里的“红色服务站”",
        record_title="【基层党建】配钥匙摊里的“红色服务站”",
        date="2025-05-22",
        notes="Party-building portal: red banner slogan, column nav, source/author/date line, a study-score button, a 'related reading' list, footer with organiser",
        page="""
<html><head><meta charset="utf-8"><title>配钥匙摊里的“红色服务站”-栎阳党建</title></head>
<body><div class="banner">⟦m 栎阳党建　不忘初心　牢记使命⟧</div>
<div class="nav">⟦l 首页 | 党建要闻 | 基层党建 | 党员教育 | 先锋风采⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 基层党建⟧</div>
<h1>⟦t 配钥匙摊里的“红色服务站”⟧</h1>
<div class="info">⟦m 来源：城东街道党工委　作者：邵一帆　时间：2025-05-22⟧</div>
<div class="con">
{BODY}
</div>
<div class="study">⟦a 点击学习　+1积分⟧</div>
<div class="rel">⟦l 延伸阅读⟧ ⟦l 修鞋匠老党员的“流动党课”⟧ ⟦l 街道开展“党员亮身份”活动⟧</div>
<div class="ft">⟦m 主办单位：中共栎阳市委组织部　技术支持：栎阳市信息中心⟧</div>
</body></html>
""",
        body="""
在城东街道菜市场门口，有一个挂着党员示范岗牌子的配钥匙摊。摊主常建国是一名有着二十八年党龄的老党员。
每天早上七点，老常准时出摊。除了配钥匙、修锁，他还免费帮居民磨剪刀、修小家电。
去年，街道党工委在他的摊位设立了“红色服务站”，放置了便民药箱、雨伞和打气筒，还张贴了社区网格员的联系方式。
“能给大家帮点小忙，我心里踏实。”老常说。
""",
    ),
    dict(
        slug="hospital-yak-butter-burn-ward-news",
        site="桑曲县藏医医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.sqzyyy.example.cn/yyxw/2025/1203/388.html",
        title="我院开展冬季酥油灯防火和烫伤急救宣传进牧区活动",
        record_title="我院开展冬季酥油灯防火和烫伤急救宣传进牧区活动",
        date="2025-12-03",
        notes="hospital text page: 预约挂号 and visiting-hours lines, a 健康热线 (site) and no own contact; byline date; photo caption between paragraphs",
        page="""
!m 桑曲县藏医医院　|　医院新闻
!a 预约挂号　|　就诊指南　|　专家介绍　|　报告查询
{T}
!m 发布日期：2025-12-03　来源：医务科　点击：276
{BODY}
!m （图为医护人员在牧户家中讲解烫伤急救知识）
!w 健康咨询热线：0891-7821120
!m 探视时间：每日 15:00-19:00
""",
        body="""
进入冬季，牧区群众家中点酥油灯、烧牛粪炉取暖的情况增多，烫伤和火灾风险随之上升。
12月1日至2日，我院组织医护人员深入曲果、达隆两个乡，开展防火和烫伤急救宣传。
医护人员用藏汉双语讲解了酥油灯远离帐篷布、夜间熄灯入睡等防火常识，并现场演示烫伤后冷水冲洗、保护创面的正确方法。
此次活动共入户六十余户，发放宣传资料五百余份。
""",
    ),
    dict(
        slug="university-kumis-research-html-lab-news",
        site="北原大学食品学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://food.beiyuan.example.edu.cn/info/1081/3392.htm",
        title="我院酸马奶益生菌研究团队在发酵工艺上取得新进展",
        record_title="我院酸马奶益生菌研究团队在发酵工艺上取得新进展-北原大学食品学院",
        date="2025-10-30",
        notes="college department site: bilingual header, quick links, byline with 作者/审核/日期, views via script (not visible), a 'close window' and footer",
        page="""
<html><head><meta charset="utf-8"><title>我院酸马奶益生菌研究团队在发酵工艺上取得新进展-北原大学食品学院</title>
<script>function dynclicks(){}</script></head>
<body><div class="head">⟦m 北原大学食品学院　College of Food Science, Beiyuan University⟧</div>
<div class="quick">⟦l 学校首页 ｜ 信息门户 ｜ 图书馆 ｜ English⟧</div>
<div class="nav">⟦l 学院概况　师资队伍　人才培养　科学研究　党建工作⟧</div>
<div class="path">⟦m 首页 &gt;&gt; 学院新闻 &gt;&gt; 正文⟧</div>
<h2>⟦t 我院酸马奶益生菌研究团队在发酵工艺上取得新进展⟧</h2>
<div class="by">⟦m 作者：娜仁　审核：高峻　日期：2025-10-30⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关闭窗口】⟧</div>
<div class="copy">⟦m Copyright © 北原大学食品学院　地址：北原市大学路235号⟧</div>
</body></html>
""",
        body="""
近日，我院乳品科学研究团队在酸马奶传统发酵工艺研究方面取得新进展，相关成果发表在国内食品科学核心期刊上。
团队历时三年，从牧区采集传统酸马奶样品八十余份，分离筛选出耐酸性强的乳酸菌菌株十二株。
研究人员介绍，这些菌株可以缩短发酵时间，使产品风味更加稳定，为酸马奶的标准化生产提供了技术支撑。
下一步，团队将与当地乳品企业合作，开展中试生产。
""",
    ),
    dict(
        slug="localforum-lamian-shop-hiring-post-wrapped",
        site="兰岭生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lanlingsh.example.com/thread-77120-1-1.html",
        title="牛肉拉面馆行业协会关于规范门店用工的几点提醒",
        record_title="【兰岭生活网】牛肉拉面馆行业协会关于规范门店用工的几点提醒",
        date="2025-02-26",
        date_also=["2025-02-27"],
        notes="county forum: wrapped at 68 columns, a reposter's aside, 发表于 time, sticky notice, an ad on a line of its own, replies",
        wrap=68,
        page="""
!m 兰岭生活网 › 兰岭茶馆 › 招聘求职
!m 置顶提醒：本版禁止发布虚假招聘信息，违者封号
!t 【兰岭生活网】牛肉拉面馆行业协会关于规范门店用工的几点提醒
!m 拉面哥阿布　发表于 2025-2-27 09:15
转给开面馆的老乡们看看。
{BODY}
!l 沙发　面馆小马：收到，谢谢协会
!l 板凳　吃面不加香菜：支持规范用工
!a 本站广告位招租　联系电话：0931-8266031
""",
        body="""
各会员面馆：
春节后，各门店陆续开始招聘拉面师傅和服务员。为维护劳动者合法权益，协会提醒如下。
一、招用员工要签订书面劳动合同，不得招用未满十六周岁的未成年人。
二、新招员工要办理健康证明后方可上岗，门店要把健康证明挂在显眼位置。
三、工资要按月足额发放，不得以押金、扣押身份证等方式限制员工离职。
兰岭市牛肉拉面行业协会
2025年2月26日
""",
    ),
    dict(
        slug="download-filigree-workshop-safety-rules-markers",
        site="实用文档下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.syxz.example.net/zhidu/2025/6617.html",
        title="花丝镶嵌工作室贵金属材料管理制度",
        record_title="花丝镶嵌工作室贵金属材料管理制度【免费下载】",
        date=None,
        notes="download station text: file info, download buttons, cut by ❲N❳ page markers; articles speaking of 打印 and 复制 kept; no date",
        pages=dict(fmt="❲{n}❳", every=100, start=2),
        page="""
!m 实用文档下载站 — 制度规范 — 行业制度
!t 花丝镶嵌工作室贵金属材料管理制度【免费下载】
!m 文件类型：.doc　　文件大小：28K　　下载次数：119　　更新：2025-03-04
!a 【本地下载】　【网通下载】　【电信下载】
{BODY}
!d 声明：本站资料来源于网友投稿，仅供参考，版权归原作者所有
!a 下载说明：请使用WinRAR解压，如遇下载失败请更换线路
""",
        body="""
第一条　为加强工作室金、银等贵金属材料管理，防止丢失和浪费，制定本制度。
第二条　贵金属材料由专人保管，存放在保险柜内，出入库一律称重登记，库管员每日打印出入库台账并签字。
第三条　工匠领料时按工单定额领取，完工后剩余材料和金屑当日交回，损耗超过定额的要说明原因。
第四条　出入库台账不得私自复制或带出工作室，每月末由负责人组织盘点一次。
第五条　本制度自发布之日起执行。
""",
    ),
    dict(
        slug="exam-yak-breeding-station-interview-html",
        site="桑曲州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.sangqu.example.gov.cn/tzgg/2025/0620/1108.html",
        title="桑曲州牦牛良种繁育场2025年公开招聘工作人员面试公告",
        record_title="桑曲州牦牛良种繁育场2025年公开招聘工作人员面试公告",
        date="2025-06-20",
        notes="personnel-exam site: a scrolling urgent notice, a floating consult box, an interview list table, the exam committee's 咨询电话 kept, a print/close row",
        page="""
<html><head><meta charset="utf-8"><title>桑曲州人事考试网</title></head>
<body><div class="logo">⟦m 桑曲州人事考试网⟧</div>
<div class="roll"><marquee>⟦m 重要提醒：请考生及时关注本网站发布的考试信息，谨防上当受骗！⟧</marquee></div>
<div class="place">⟦m 您的位置：首页 - 招考公告 - 事业单位⟧</div>
<div class="art"><h3>⟦t 桑曲州牦牛良种繁育场2025年公开招聘工作人员面试公告⟧</h3>
<div class="date">⟦m 2025-06-20　　来源：州人社局⟧</div>
{BODY}
<div class="opt">⟦a 【打印此页】【关闭此页】⟧</div></div>
<div class="kf">⟦w 在线客服　工作时间 9:00—17:00⟧</div>
<div class="foot">⟦m 桑曲州人力资源和社会保障局主办　藏ICP备10001627号⟧</div>
</body></html>
""",
        body="""
根据笔试成绩，按照一比三的比例确定面试人选。现将面试有关事项公告如下。
面试时间　岗位　人数
6月28日上午　畜牧兽医岗　9人
6月28日下午　草原监测岗　6人
面试地点：桑曲州职业技术学校实训楼二楼。
请参加面试的考生于6月27日到州人社局三楼领取面试通知书。
考务咨询电话：0891-7356021
桑曲州人力资源和社会保障局
2025年6月20日
""",
    ),
    dict(
        slug="tender-kumis-dairy-equipment-bid-result",
        site="北原市政府采购网 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ccgp.beiyuan.example.gov.cn/cggg/zbgg/2025/0905/7713.html",
        title="北原市民族乳品产业园酸马奶发酵设备采购项目中标结果公告",
        record_title="北原市民族乳品产业园酸马奶发酵设备采购项目中标结果公告",
        date="2025-09-05",
        notes="procurement portal: the site's CA and platform hotlines, a 公告期限 line kept, a bid-result table, purchaser and agency contacts kept",
        page="""
!m 北原市政府采购网
!m 首页 > 采购公告 > 中标（成交）结果公告
{T}
!m 发布时间：2025年09月05日 15:31　浏览次数：88
!a 【收藏】【打印】【关闭】
{BODY}
!w 平台操作热线：400-0471-615　CA锁办理：0471-6985520
!m 北原市财政局主办　蒙ICP备08001239号
""",
        body="""
一、项目编号：BYCG-2025-0387
二、中标结果
包号　中标供应商　中标金额（万元）
1包　北原兴牧机械有限公司　186.4
2包　草原乳业装备有限公司　92.7
三、公告期限：自本公告发布之日起一个工作日。
四、联系方式
采购人：北原市民族乳品产业园管理中心　联系人：包立新　电话：0471-6230519
采购代理机构：北原正信招标有限公司　联系人：温雅　电话：0471-6381127
""",
    ),
    dict(
        slug="lawfirm-lamian-franchise-lecture-html",
        site="守正律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.shouzhenglaw.example.com/news/lecture/2025/109.html",
        title="餐饮加盟合同中的常见风险——在兰岭市拉面行业经营者法律讲座上的讲稿",
        record_title="法律讲堂丨餐饮加盟合同中的常见风险——在兰岭市拉面行业经营者法律讲座上的讲稿",
        date="2025-04-15",
        notes="law-firm template: lawyer card in the sidebar, consultation hotline, the date under the lecture title, a not-legal-advice notice and a WeChat QR line",
        page="""
<html><head><meta charset="utf-8"><title>餐饮加盟合同中的常见风险 - 守正律师事务所</title></head>
<body><div class="top">⟦m 守正律师事务所 | 专注民商事诉讼与企业合规⟧</div>
<div class="menu">⟦l 首页　关于守正　业务领域　律师团队　守正观点　联系我们⟧</div>
<div class="article"><h1>⟦t 法律讲堂丨餐饮加盟合同中的常见风险——在兰岭市拉面行业经营者法律讲座上的讲稿⟧</h1>
<p class="sub">主讲：守正律师事务所合伙人　马文清律师</p>
<p class="sub">（2025年4月15日）</p>
{BODY}
</div>
<div class="side"><p>⟦w 法律咨询热线 0931-8877 6600⟧</p><p>⟦a 扫码添加律师微信，预约面谈⟧</p></div>
<div class="disclaimer">⟦d 本文仅供交流学习，不代表本所对具体问题的法律意见⟧</div>
<div class="foot">⟦m © 2025 守正律师事务所　陇ICP备17000318号⟧</div>
</body></html>
""",
        body="""
各位经营者朋友：
很高兴今天有机会和大家聊一聊餐饮加盟合同。近几年，我们代理了不少拉面馆加盟纠纷，问题大多出在签合同的时候。
第一个风险，是品牌方没有商标权或者特许经营备案，加盟者花了钱，却可能面临侵权风险。
第二个风险，是加盟费、保证金的退还条件写得不清楚，解约时双方各执一词。
第三个风险，是强制统一采购的条款，原料价格明显高于市场价，增加了经营成本。
所以我建议大家，签合同之前一定要请专业人士把把关。
""",
    ),
    dict(
        slug="community-yak-butter-market-residents-html",
        site="雪城社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://xuecheng-sq.example.gov.cn/tzgg/2025/1118/53.html",
        title="关于社区便民市场酥油摊位重新划分和安全用气的通知",
        record_title="关于社区便民市场酥油摊位重新划分和安全用气的通知",
        date="2025-11-18",
        notes="residents' site: a weather widget, service hall hours, a 居民议事 list, the notice's own 网格员 phone kept beside the site's 24-hour line",
        page="""
<html><head><meta charset="utf-8"><title>雪城社区服务网</title></head>
<body><div class="hd">⟦m 雪城社区服务网⟧ <span>⟦m 今日天气：晴 -6℃～5℃⟧</span></div>
<div class="nav">⟦l 社区首页　社区公告　办事指南　居民议事　志愿服务⟧</div>
<div class="detail"><h2>⟦t 关于社区便民市场酥油摊位重新划分和安全用气的通知⟧</h2>
<p class="meta">⟦m 发布：雪城社区居委会　发布日期：2025-11-18　浏览：197⟧</p>
{BODY}
</div>
<div class="side"><h4>⟦l 居民议事⟧</h4><ul><li>⟦l 关于小区增设充电桩的意见征集⟧</li><li>⟦l 冬季供暖问题答复⟧</li></ul></div>
<div class="ft">⟦w 社区24小时服务电话：0891-6330018⟧<br>⟦m 办公时间：周一至周五 9:30-18:00⟧</div>
</body></html>
""",
        body="""
各位商户、居民：
为方便群众购买酥油、奶渣等民族特色食品，消除市场用气安全隐患，社区决定对便民市场酥油摊位重新划分。
一、酥油摊位统一调整到市场东区，共设摊位十八个，按报名先后顺序分配。
二、摊位内禁止使用液化气罐加热，确需加热的使用社区统一配置的电加热设备。
三、请有意向的商户于11月25日前到社区居委会报名。
联系人：网格员　次仁卓玛　电话：13908991265
雪城社区居民委员会
2025年11月18日
""",
    ),
]
