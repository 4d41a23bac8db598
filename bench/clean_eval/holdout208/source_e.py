"""holdout208, part E: hospitals, universities, law firms, residents' sites and trade associations.

Invented text throughout; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="hospital-jushui-rehab-article-massage-gun-injury",
        site="裾水县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.jsxrmyy.cn/kpyd/2025/0715/2068.html",
        title="康复医学科提醒：筋膜枪使用不当也会伤人",
        record_title="【康复小课堂】康复医学科提醒：筋膜枪使用不当也会伤人 - 裾水县人民医院",
        date="2025-07-15",
        notes="hospital site: booking float, switchboard and 24-hour emergency line beside the department's own 咨询电话; the byline's 发布时间 is the page's date; a related link between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【康复小课堂】康复医学科提醒：筋膜枪使用不当也会伤人 - 裾水县人民医院</title>
<script src="/js/yy.js"></script>
</head>
<body>
<div class="yy-top">⟦m 裾水县人民医院⟧　⟦m 二级甲等综合医院⟧　⟦m 总机：0964-5100120⟧　⟦m 急诊24小时：0964-5100999⟧</div>
<div class="yy-nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家团队⟧ ⟦m 就医指南⟧ ⟦m 科普园地⟧</div>
<div class="yy-crumb">⟦m 您的位置：首页 / 科普园地 / 康复小课堂⟧</div>
<div class="yy-art">
<h1>{T}</h1>
<div class="yy-info">⟦m 发布时间：2025-07-15　供稿：康复医学科　阅读量：1372⟧</div>
<div class="yy-con">
{BODY}
</div>
<div class="yy-pn">⟦l 上一篇：夏季腹泻高发，这些饮食要注意⟧<br>⟦l 下一篇：我院开展“世界骨质疏松日”义诊⟧</div>
</div>
<div class="yy-float">⟦a 微信预约挂号⟧<br>⟦a 检查报告查询⟧<br>⟦a 返回顶部⟧</div>
<div class="yy-foot">⟦m 地址：裾水县袍泽路188号⟧　⟦m 陇ICP备10003371号⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生面诊。⟧</div>
</body>
</html>
""",
        body="""
近日，我院康复医学科接诊了一名28岁的男性患者。他在健身后用筋膜枪放松大腿，连续打了二十多分钟，当晚大腿前侧出现大片青紫，肿胀疼痛，检查诊断为横纹肌损伤。
康复医学科主任卢庆和介绍，筋膜枪通过高频冲击放松肌肉，使用得当可以缓解运动后的酸痛，但力度过大、时间过长，反而会造成肌肉和软组织损伤。
⟦l 延伸看看：运动后肌肉酸痛，热敷还是冷敷？⟧
他提醒：每个部位使用不宜超过2分钟，应从低档开始；不要在骨头突出处、关节和颈部使用；有血栓、骨质疏松、皮肤破损以及正在服用抗凝药物的人群，使用前应咨询医生。
如出现持续疼痛、肿胀或皮肤青紫，应及时就医。康复医学科咨询电话：0964-5105517（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-maiyang-bulletin-steamer-ward-wrapped-56",
        site="袂阳市第二人民医院 (invented)",
        style="医院官网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.my2y.cn/yygg/2025/0218/931.html",
        title="关于病区违规使用挂烫机等大功率电器的通报",
        date="2025-02-17",
        notes="title as in the record; hard-wrapped at 56 columns with indented paragraphs; 成文日期 in Chinese numerals; the security office's own duty line beside the hospital's switchboard and emergency lines",
        page="""
!m 袂阳市第二人民医院　院务公开
!m 首页 > 院务公开 > 医院公告
{T}
!m 发布部门：保卫科　　点击数：542　　更新于昨天
{BODY}
!a 【打印】【关闭】【返回列表】
!m 医院总机：0966-3210000　急诊急救：0966-3210120
!m 袂阳市第二人民医院版权所有　地址：袂阳市绯城区衽山路71号
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各科室、各病区：
2月12日，保卫科在夜间消防巡查中发现，住院部五楼骨科病区一间陪护休息室内有陪护家属使用挂烫机熨烫衣物，同一插线板上还连接着电热水壶和手机充电器，存在严重火灾隐患。保卫科当即予以制止，并暂扣挂烫机。
经核查，该病区未按规定向陪护家属告知用电禁令，病区护士长对陪护休息室巡查不到位。
医院决定：对骨科病区予以通报批评，扣减该病区当月安全考核分5分。
各科室要以此为戒，立即开展一次用电安全自查，向患者和陪护家属讲清楚病区禁止使用挂烫机、电饭锅、电暖器等大功率电器的规定。保卫科24小时值班电话：0966-3210119。
袂阳市第二人民医院
二〇二五年二月十七日
""",
    ),
    dict(
        slug="university-maiyang-news-robot-vacuum-team-award-no-title",
        site="袂阳理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.mylgxy.edu.cn/info/1021/8803.htm",
        title="机械工程学院学生团队扫地机器人项目获省赛一等奖",
        record_title=None,
        date="2025-05-27",
        notes="university news: no title in the record (the <h1>); a photo caption between paragraphs, a 文/图/审核 line glued after the last one; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>机械工程学院学生团队扫地机器人项目获省赛一等奖-袂阳理工学院新闻网</title>
<script src="/_js/visit.js"></script>
</head>
<body>
<div class="xw-top">⟦m 袂阳理工学院新闻网⟧　⟦m 学校主页⟧ ⟦m 信息门户⟧ ⟦m 图书馆⟧</div>
<div class="xw-nav">⟦m 首页⟧ ⟦m 理工要闻⟧ ⟦m 院部动态⟧ ⟦m 学术科研⟧ ⟦m 理工人物⟧ ⟦m 媒体理工⟧</div>
<div class="xw-art">
<h1>{T}</h1>
<div class="xw-info">⟦m 发布时间：2025-05-27　来源：机械工程学院　点击：<span>1876</span>⟧</div>
<div class="xw-con">
{BODY}
</div>
</div>
<div class="xw-side"><h4>⟦l 院部动态排行⟧</h4><p>⟦l 化工学院举办第六届实验技能大赛⟧</p><p>⟦l 图书馆“读书月”活动启动⟧</p></div>
<div class="xw-foot">⟦m 袂阳理工学院党委宣传部主办⟧　⟦m 地址：袂阳市绯城区学院路2号　邮编：734099⟧</div>
</body>
</html>
""",
        body="""
5月24日至25日，第九届全省大学生机器人创新设计大赛决赛举行。我校机械工程学院“清扫者”团队的作品“面向老旧小区的低矮家具扫地机器人”获得服务机器人赛道一等奖。
该团队由5名本科生组成，指导教师为机械工程学院副教授廉思远。团队在调研中发现，老旧小区居民家中床底、沙发底空间普遍低矮，市售扫地机器人难以进入。为此，他们将机身高度压缩到6.8厘米，并设计了可折叠的边刷结构。
⟦m 团队成员在决赛现场调试样机（机械工程学院供图）⟧
比赛中，作品在复杂地形清扫、低矮空间通过等测试中均获得高分。评委认为该作品“选题贴近民生，结构设计有巧思”。
据悉，团队已就低矮机身结构申请了实用新型专利，下一步将与本地企业合作进行样机改进。⟦m （文/孟依依　图/机械工程学院　审核/庞勇）⟧
""",
    ),
    dict(
        slug="university-shangxi-notice-dorm-appliances-toaster-schedule",
        site="裳溪职业技术学院网站 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.sxzyjsxy.edu.cn/xsc/tzgg/2025/0320/1144.html",
        title="关于开展学生公寓烤面包机等违规电器专项检查的通知",
        record_title="关于开展学生公寓烤面包机等违规电器专项检查的通知（学生处发布）-裳溪职院",
        date="2025-03-20",
        notes="college notice: inspection schedule table; dorm kitchen sentence as content; site chrome with visit count and quick links",
        page="""
!m 裳溪职业技术学院 · 学生处
!m 首页　机构设置　学生管理　资助工作　心理健康　公寓管理
!m 当前位置：学生处 → 通知公告
{T}
!m 作者：公寓管理科　审核：学生处　浏览：1987
{BODY}
!l 快速通道：学生事务中心｜请假系统｜宿舍报修
!m 裳溪职业技术学院学生处　电话：0968-8219020
""",
        body="""
各二级学院：
近期，宿管员在巡查中发现，部分学生在宿舍使用烤面包机、电煮锅等大功率电器做早餐，个别宿舍因此跳闸。为消除火灾隐患，学生处决定于3月24日至28日开展学生公寓违规电器专项检查。现将有关事项通知如下。
一、检查范围：烤面包机、电煮锅、电热毯、热得快等功率超过500瓦的电器。
二、检查安排
日期　公寓楼栋　带队人员
3月24日　1号至3号楼　汪宁
3月26日　4号至6号楼　焦子墨
3月28日　7号、8号楼　汪宁
三、处理办法：查出的违规电器由学院暂扣，学期末退还；对屡查屡犯的，给予通报批评。
学生可到各公寓一楼公共厨房使用学校配置的烤面包机和微波炉。
学生处
2025年3月20日
""",
    ),
    dict(
        slug="lawfirm-hengyi-case-airer-falls-injury",
        site="衡义律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengyilaw.cn/anli/qinquan/417.html",
        title="电动晾衣机坠落砸伤邻居，安装工和业主谁来担责？",
        record_title="【判例说】电动晾衣机坠落砸伤邻居，安装工和业主谁来担责？｜衡义律师事务所",
        date=None,
        notes="law firm: 400 line, lawyer card, consult float, page-address block and repost notice; a consult prompt glued after a sentence; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【判例说】电动晾衣机坠落砸伤邻居，安装工和业主谁来担责？｜衡义律师事务所</title>
<script src="/assets/js/hy.js"></script>
</head>
<body>
<div class="hy-top">⟦m 衡义律师事务所⟧　⟦m 持衡守义　以法护民⟧　⟦m 全国咨询：400-096-2208⟧</div>
<div class="hy-nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 判例说⟧ ⟦m 联系方式⟧</div>
<div class="hy-crumb">⟦m 首页 ＞ 判例说 ＞ 侵权责任⟧</div>
<div class="hy-art">
<h1>{T}</h1>
<div class="hy-meta">⟦m 整理：衡义律所民事部　阅读 903⟧</div>
<div class="hy-body">
{BODY}
</div>
<div class="hy-url">⟦m 本页地址：https://www.hengyilaw.cn/anli/qinquan/417.html⟧</div>
<div class="hy-copy">⟦d 本文为衡义律所原创，转载须经书面许可并注明来源。⟧</div>
</div>
<div class="hy-card"><p>⟦m 承办律师：甘慕白⟧</p><p>⟦m 执业证号：16209202010771254⟧</p><p>⟦m 擅长：侵权纠纷、物业纠纷⟧</p></div>
<div class="hy-float">⟦w 法律问题别硬扛，在线律师5分钟回复⟧<br>⟦a 马上咨询⟧</div>
<div class="hy-foot">⟦m 衡义律师事务所　地址：袂阳市绯城区衽山路200号恒泰大厦11层⟧</div>
</body>
</html>
""",
        body="""
【基本案情】2024年夏，业主田某请个体安装工陆某在自家阳台安装电动晾衣机。陆某未按说明书要求使用膨胀螺栓，仅用塑料胀管固定。两个月后，晾衣机连同湿衣物整体脱落，砸中楼下在阳台晾衣的邻居刘某，致其左臂骨折。
【法院观点】法院审理认为，陆某作为安装人，未按产品说明进行安装，对事故发生有主要过错；田某选任不具备资质的安装人员，且长期在晾杆上悬挂超重物品，也有一定过错。最终判决陆某承担70%的赔偿责任，田某承担30%。⟦w 遇到类似纠纷？拨打衡义热线，律师帮您算算能赔多少⟧
【律师提示】安装晾衣机等悬挂设施，应选择有资质的安装人员并保留安装凭证；使用中不得超过产品标称承重。因建筑物上的搁置物、悬挂物脱落造成他人损害的，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。
""",
    ),
    dict(
        slug="lawfirm-zhengping-answer-massage-gun-punitive-damages",
        site="正平律师网 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.zhengpinglawyer.com/wenda/xiaofei/3170.html",
        title="网购筋膜枪用了半个月就“炸机”，能要求三倍赔偿吗？",
        record_title="律师答问丨网购筋膜枪用了半个月就“炸机”，能要求三倍赔偿吗？ - 正平律师网",
        date="2025-08-12",
        notes="law site text: the byline's 发布时间 is the page's date; a consult line between paragraphs, a lawyer line and a 400 line",
        page="""
!m 正平律师网 — 说清楚每一条法律
!m 首页 › 律师答问 › 消费维权
{T}
!m 发布时间：2025-08-12　解答律师：鲁语桐　阅读：2766
{BODY}
!m 鲁语桐律师　正平律师事务所　执业9年　擅长消费维权、合同纠纷
!w 一对一咨询：400-096-8817（9:00—21:00）
!l 相关问答：网购电器没有中文说明书能退吗？｜七天无理由退货运费谁出？
!m 正平律师网 zhengpinglawyer.com
""",
        body="""
问：我在网店买了一把筋膜枪，用了半个月，充电时电池鼓包冒烟，把床单烧了一个洞。商家说只能换货，我能要求三倍赔偿吗？
答：能否主张三倍赔偿，关键看商家是否存在欺诈。
如果商家在销售时对电池安全、产品认证等作了虚假宣传，或者明知产品存在质量问题仍然销售，构成欺诈的，您可以依据消费者权益保护法要求退还货款，并主张三倍赔偿；增加赔偿的金额不足五百元的，为五百元。
⟦w 〔正平提示〕案情不同结论不同，点右下角与律师免费沟通10分钟⟧
如果只是一般质量问题，您可以要求退货、更换或修理。对于床单等财产损失，因产品缺陷造成的，可以向销售者或生产者要求赔偿。
建议您保留好订单截图、聊天记录、受损物品照片和鼓包的筋膜枪，必要时可向市场监管部门投诉，或者委托有资质的机构进行检测。
""",
    ),
    dict(
        slug="community-qiayuan-notice-robot-vacuum-elderly-grid-box",
        site="袷园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qiayuansq.cn/tzgg/2025-09/22/214.html",
        title="关于为辖区高龄独居老人免费配送扫地机器人的通知",
        record_title="【为老服务】关于为辖区高龄独居老人免费配送扫地机器人的通知 - 袷园社区",
        date="2025-09-22",
        notes="residents' site: weather line, grid worker's box with a mobile, property repair and night lines beside the community's own 咨询电话; a volunteer prompt between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【为老服务】关于为辖区高龄独居老人免费配送扫地机器人的通知 - 袷园社区</title>
</head>
<body>
<div class="sq-top">⟦m 袷园社区网⟧　⟦m 绯城区褶湖街道袷园社区居民委员会⟧　⟦m 今天 多云 16℃～24℃ 空气良⟧</div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 办事指南⟧ ⟦m 邻里之间⟧ ⟦m 志愿服务⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-info">⟦m 发布：社区居委会　浏览 388⟧</p>
<div class="sq-text">
{BODY}
</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　包晓岚　13993610452⟧</p></div>
<div class="sq-wy"><p>⟦m 物业报修：0966-3287700⟧</p><p>⟦m 夜间应急：0966-3287711⟧</p></div>
<div class="sq-foot">⟦m 袷园社区网　褶湖街道办事处指导⟧</div>
</body>
</html>
""",
        body="""
辖区各位居民：
为减轻高龄独居老人的家务负担，社区联合辖区爱心企业开展“机器人帮老人扫地”项目，为符合条件的老人免费配送扫地机器人。现将有关事项通知如下。
一、配送对象：户籍在本社区、年满80周岁的独居老人，共计37户。
二、配送时间：10月8日至10月15日，由网格员和志愿者逐户上门安装，并教会老人使用。
⟦a 想当助老志愿者？点这里报名，服务时长可记入志愿档案⟧
三、注意事项：请老人家属提前清理地面电线和杂物；配送人员均佩戴工作证，不收取任何费用，如有人借机推销产品，请拨打社区电话核实。
咨询电话：0966-3255108（社区服务大厅）
袷园社区居民委员会
2025年9月22日
""",
    ),
    dict(
        slug="community-gaoyuan-notice-tools-house-steamer-lending-no-title",
        site="缟园社区服务网 (invented residents' site, text)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gaoyuansq.cn/gonggao/20251105-1.html",
        title="关于“邻里工具屋”新增挂烫机借用服务的通知",
        record_title=None,
        date="2025-11-05",
        notes="residents' site text: no title in the record (the title line); property lines and grid member's phone beside the service station's own line; date under the signature",
        page="""
!m 缟园社区服务网
!m 邻里有事，社区帮忙
!m 首页 ＞ 社区公告
{T}
!m 发布人：社区服务站　　阅读 206
{BODY}
!l 往期公告：“邻里工具屋”电钻、梯子借用须知
!m 物业服务中心：0966-3261800　网格员 尤芳：13893655017
!m 缟园社区居民委员会　褶湖街道办事处　主办
""",
        body="""
各位居民朋友：
为方便大家熨烫衣物，社区“邻里工具屋”新增2台立式挂烫机和1台手持挂烫机，自11月10日起开放借用。现将借用办法通知如下。
一、借用时间：每周二、四、六9:00至17:00。
二、借用方式：凭本人身份证到社区服务站登记，每次借用不超过2天。
三、使用须知：请在家中使用，不得带到楼道或户外；用完后请排空水箱、擦干机身后归还。如有损坏，请如实告知，社区将视情况协商处理。
借用咨询：社区服务站　0966-3255212
缟园社区居民委员会
2025年11月5日
""",
    ),
    dict(
        slug="association-maiyang-pledge-toaster-labelling-member-login",
        site="袂阳市小家电行业协会网 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.myxjdxh.org.cn/xhdt/2025/0428/96.html",
        title="关于规范烤面包机产品功率和防干烧功能标注的倡议书",
        record_title="〔同业约定〕关于规范烤面包机产品功率和防干烧功能标注的倡议书 - 袂阳市小家电行业协会",
        date="2025-04-25",
        date_also=["2025-04-28"],
        notes="association site: member-login row, member hotline, join line; the association's name is also the signature (head match); signature date differs from the site's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔同业约定〕关于规范烤面包机产品功率和防干烧功能标注的倡议书 - 袂阳市小家电行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-top"><span>⟦m 袂阳市小家电行业协会⟧</span><span>⟦a 会员单位登录⟧</span><span>⟦a 找回密码⟧</span></div>
<div class="xh-nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 标准法规⟧ ⟦m 入会指南⟧</div>
<div class="xh-crumb">⟦m 首页 → 协会动态 → 自律倡议⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-info">⟦m 2025-04-28　秘书处　阅读 671⟧</p>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-side"><p>⟦m 会员服务专线：0966-3399006⟧</p><p>⟦a 申请加入协会 ▸⟧</p></div>
<div class="xh-foot">⟦m 袂阳市小家电行业协会秘书处　地址：袂阳市绯城区工业大道9号⟧<br>⟦m 陇ICP备19006620号⟧</div>
</body>
</html>
""",
        body="""
全市烤面包机生产、销售企业：
近期，部分电商平台上出现烤面包机产品标称功率与实际不符、夸大宣传“防干烧”“自动断电”功能的情况，损害了消费者权益，也影响了我市小家电产业的声誉。为此，协会向全体会员单位和全市相关企业发出如下倡议：
一、如实标注产品额定功率，铭牌、包装和网店详情页的数据保持一致。
二、不得将普通温控器宣传为“智能防干烧”，具备相关功能的，应有检测报告支撑。
三、在说明书显著位置提示“烤槽内勿放入金属器具”“定期清理碎屑盘”等安全事项。
四、发现同行违规宣传的，可向协会秘书处反映，协会将约谈相关企业。
让我们携起手来，共同维护“袂阳造”小家电的良好口碑。
袂阳市小家电行业协会
2025年4月25日
""",
    ),
    dict(
        slug="association-shangxi-minutes-massage-gun-council-vote",
        site="裳溪县按摩器具行业协会网 (invented, text)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.sxambxh.cn/hyjy/2025/0630/41.html",
        title="裳溪县按摩器具行业协会第二届理事会第三次会议纪要",
        date="2025-06-26",
        notes="title as in the record; minutes' 时间/地点/主持/参会/记录 lines (the 时间 line gives the date) and a vote count; member-login and hotline chrome",
        page="""
!m 裳溪县按摩器具行业协会
!m 会员登录　｜　入会申请　｜　联系秘书处
!m 首页 » 会议纪要
{T}
!m 发布于 2025-06-30　秘书处
{BODY}
!l 上一篇：协会第二届理事会第二次会议纪要
!m 协会服务热线：0968-8270316　邮箱：sxamxh@126mail.cn
""",
        date_also=["2025-06-30"],
        body="""
时间：2025年6月26日上午9:30
地点：裳溪县工商联三楼会议室
主持：会长　邝建军
参会：理事单位代表19人，监事2人
记录：秘书处　温小满
会议听取了秘书处关于上半年筋膜枪出口形势的通报。上半年全县筋膜枪出口量同比下降12%，主要受海外电商平台认证要求提高影响。
会议审议通过了《筋膜枪团体标准编制工作方案》，应到理事21人，实到19人，同意19票，反对0票，弃权0票。
会议决定：一、由康力电器牵头，联合5家企业于9月底前完成团体标准草案；二、秘书处联系县市场监管局，争取将团体标准纳入县级质量提升项目；三、下次理事会于9月下旬召开。
""",
    ),
]
