"""holdout32, part B: written blind. Invented sites, counties, people, URLs and chrome."""

CASES = [
    dict(
        slug="collection-jiedusuo-retired-essay",
        site="松窗文存 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://songchuang.example.net/wenji/juan2/063.html",
        title="在戒毒所工作二十年的几点体会",
        record_title="《松窗文存》卷二·第63篇｜在戒毒所工作二十年的几点体会",
        date="2024-11-02",
        notes="a retired drug-rehab officer's collection: decorated title, volume nav, a 写于 line at the end with a full date",
        page="""
!m 松窗文存 —— 一位老所长的工作笔记
!m 目录 › 卷二 工作篇 › 第63篇
!t 《松窗文存》卷二·第63篇｜在戒毒所工作二十年的几点体会
{BODY}
!l ← 第62篇：第一次家属开放日　　第64篇：教育矫治课怎么上 →
!d 文集内容为作者个人回忆，未经同意请勿转载。
""",
        body="""
我在篁湾强制隔离戒毒所工作了整整二十年，从管教民警做到所长，有几点体会想记下来。
第一，戒毒人员首先是病人，其次才是违法者。把这层关系想明白了，管理就不会只剩下严厉。
第二，教育矫治要有耐心。一个学员从抵触到开口，往往要三个月以上，急不得。
第三，要重视家庭的力量。我们坚持每月组织亲情帮教，很多学员就是在见到孩子以后下定了决心。
第四，民警自己也要减压。这份工作压力大，所里的心理疏导室不光是给学员开的。
写于2024年11月2日，退休后第一个秋天。
""",
    ),
    dict(
        slug="dangjian-jichang-lecture-html",
        site="菱埠机场党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.lingbu-airport.example.com/djkt/2025/0701/308.html",
        title="守好安全底线　当好空港先锋——在机场公司“七一”专题党课上的讲稿",
        record_title="【专题党课】守好安全底线　当好空港先锋——在机场公司“七一”专题党课上的讲稿_党建园地",
        date="2025-06-30",
        notes="HTML Party site of an airport company: speaker and date under the title neutral; decorated record title; study-points sidebar",
        page="""
<html><head><meta charset="utf-8"><title>【专题党课】守好安全底线　当好空港先锋_党建园地</title></head><body>
<div class="banner">⟦m 菱埠机场党建网 · 红色引擎 空港先锋⟧</div>
<div class="nav">⟦m 首页 党建要闻 专题党课 支部风采 廉洁空港 学习园地⟧</div>
<div class="path">⟦m 当前位置 : 首页 > 专题党课⟧</div>
<h1>{T}</h1>
<p class="sp">机场公司党委书记　詹海峰</p>
<p class="sp">（2025年6月30日）</p>
<div class="art">
{BODY}
</div>
<div class="btns">⟦a 点赞 ｜ 收藏 ｜ 打印本文⟧</div>
<div class="side"><b>⟦l 学习推荐⟧</b><ul><li>⟦l 航站区党支部开展“安全隐患随手拍”⟧</li><li>⟦l 机务党员突击队完成冬季除冰保障⟧</li></ul></div>
<div class="ft">⟦d ©菱埠机场有限公司党委宣传部　内部学习网站⟧</div>
</body></html>
""",
        body="""
同志们：
今天是建党纪念日前夕，我以“守好安全底线、当好空港先锋”为题，和大家交流几点认识。
一、安全是民航的生命线。去年我们保障航班起降三万一千架次，实现了第二十个安全年，这是全体干部职工共同努力的结果。
二、党员要在关键岗位上站得出来。机坪运行、航空安保、应急救援这些一线岗位，都要有党员带头值守。
三、要把作风建设落到细节。一张检查单、一次交接班，都是检验党员作风的试金石。
同志们，让我们以实际行动把党旗插在每一个保障现场。
""",
    ),
    dict(
        slug="hospital-xianxue-notice-two-phones",
        site="岫川市中心血站 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xcxz.example.org.cn/xwgg/2025/1206/915.html",
        title="关于冬季街头献血点调整的公告",
        record_title="关于冬季街头献血点调整的公告_血站公告",
        date="2025-12-06",
        notes="a blood station: the document's own 咨询电话 beside the site's 24-hour line; table one row a paragraph; 关注 sentence in the body",
        page="""
!m 岫川市中心血站　热血相融 生命相连
!m 首页 › 新闻公告 › 血站公告
!t 关于冬季街头献血点调整的公告
!m 日期：2025-12-06　作者：献血服务科　阅读：715
{BODY}
!m 24小时值班：0575-33190000　地址：岫川市健康路2号
!l 上一篇：献血者用血报销流程说明
!l 下一篇：岫川市中心血站2025年无偿献血表彰名单
""",
        body="""
广大爱心献血者：
受冬季气温降低影响，自2025年12月10日起，我站对部分街头献血点的采血时间和位置作如下调整：
献血点　调整后位置　采血时间
人民广场献血屋　原址不变　9:00—17:00
火车站献血车　改至站前南广场　10:00—16:00
大学城献血车　暂停至2026年2月底　—
献血前请保证充足睡眠，避免空腹或饱食。欢迎关注“岫川血站”公众号查询各点实时排队情况。
咨询电话：0575-33190218。
岫川市中心血站
2025年12月6日
""",
    ),
    dict(
        slug="university-kejiguan-html-practice-plan",
        site="峤南理工学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qnlg.example.edu.cn/xgc/info/1021/4470.htm",
        title="峤南理工学院学生科技馆志愿讲解实践活动方案",
        record_title="峤南理工学院学生科技馆志愿讲解实践活动方案-学生工作处",
        date="2025-03-14",
        notes="HTML university page: decimal headings 1.1/1.2 kept, a 下载 sentence kept, a column list, footer with an ICP and a 邮编",
        page="""
<html><head><meta charset="utf-8"><title>峤南理工学院学生科技馆志愿讲解实践活动方案-学生工作处</title><link rel="stylesheet" href="/css/x.css"></head><body>
<div class="top">⟦m 峤南理工学院 学生工作处⟧ ⟦a English | 旧版回顾⟧</div>
<div class="nav">⟦m 处室概况　学生教育　资助管理　心理健康　就业服务⟧</div>
<div class="left"><h4>⟦l 通知公告⟧</h4><ul><li>⟦l 关于做好寒假离校安全工作的通知⟧</li><li>⟦l 2025年国家励志奖学金评审结果公示⟧</li></ul></div>
<div class="right"><h2>{T}</h2>
<div class="i">⟦m 作者：学工处　来源：学生工作处　发布时间：2025-03-14　点击：[ 1209 ]⟧</div>
{BODY}
</div>
<div class="foot">⟦m 峤南理工学院 版权所有　地址：峤南市学院路1号　邮编：350900　闽ICP备05001234号⟧</div>
</body></html>
""",
        body="""
为引导学生在社会实践中提升科学素养，学校与峤南市科技馆合作开展志愿讲解实践活动，特制定本方案。
1 活动安排
1.1 招募对象：全日制在校本科生，优先考虑有讲解或主持经历的同学。
1.2 服务时间：2025年4月至12月每周六、周日，每人每学期服务不少于八次。
2 培训与考核
2.1 志愿者上岗前须参加科技馆组织的两天岗前培训并通过试讲。
2.2 服务时长记入第二课堂成绩单，表现突出者推荐参评优秀志愿者。
3 报名方式
请有意向的同学下载报名表，填写后于3月28日前交至各学院团委。
学生工作处
2025年3月14日
""",
    ),
    dict(
        slug="localforum-fuwuqu-complaint-repost",
        site="筇岭生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.qionglinglife.example.com/forum.php?mod=viewthread&tid=220918",
        title="筇岭高速服务区国庆假期保畅通告",
        record_title="筇岭高速服务区国庆假期保畅通告【出行必看】",
        date="2025-09-26",
        date_also=["2025-09-27"],
        notes="local forum repost: 发布于 post line differs from the notice's date; relative reply times not dates; hard-wrapped body",
        wrap=62,
        indent="　　",
        page="""
!m 筇岭生活网 > 交通出行 > 正文
!t 筇岭高速服务区国庆假期保畅通告【出行必看】
!m 版主推荐　筇岭小喇叭　发布于 2025-9-27 08:12
{BODY}
!l 沙发 | 老司机阿强 3小时前：去年在那排了半小时才加上油
!l 板凳 | 橘子汽水 2小时前：收藏了
!a 回复本帖需要先登录或注册账号
!m 筇岭生活网 客服微信：qllife2013
""",
        body="""
广大司乘朋友：
国庆假期期间，预计筇岭服务区日均车流量将达到平日的三倍。为保障假期出行顺畅，服务区决定自10月1日至10月7日实行保畅措施。
一是加油站增开临时加油机四台，全天二十四小时营业；充电区新增移动充电车两辆。
二是开放南区临时停车场，增加小型车位三百个，并安排专人引导停车。
三是餐厅延长营业时间至凌晨两点，便利店备足饮用水和常用药品。
请广大司乘人员合理安排行程，错峰出行，服从现场工作人员指挥。
筇岭高速公路服务区管理处
2025年9月26日
""",
    ),
    dict(
        slug="download-liangku-html-fileinfo-table",
        site="绿野资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvye-ziliao.example.cn/soft/20250311/77812.html",
        title="粮食仓储企业出入库管理制度",
        record_title="粮食仓储企业出入库管理制度 免费下载_绿野资料站",
        date=None,
        notes="old table layout download station: file-info table, mirror links, a marquee, visitor counter; a rule whose articles speak of 打印/复印 kept; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>粮食仓储企业出入库管理制度 免费下载_绿野资料站</title></head><body>
<table width="980" align="center"><tr><td>⟦m 绿野资料站 — 好资料，一站下⟧</td><td><marquee>⟦m 热烈庆祝本站资料突破十万份！⟧</marquee></td></tr></table>
<table width="980"><tr><td>⟦m 您的位置：资料首页 &gt;&gt; 管理制度 &gt;&gt; 仓储物流⟧</td></tr></table>
<table width="980" class="info">
<tr><td>⟦m 资料名称：粮食仓储企业出入库管理制度⟧</td></tr>
<tr><td>⟦m 资料大小：38 KB　资料格式：.doc　授权：免费⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-11 22:40:07　下载次数：318⟧</td></tr>
</table>
<table width="980"><tr><td><b>资料简介：</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 下载地址：电信下载一　联通下载二　备用镜像⟧</td></tr>
<tr><td>⟦a 如遇下载地址失效，请点此报告⟧</td></tr></table>
<center>⟦m 您是本站第 0098231 位访客⟧<br>⟦d 本站资料均收集于互联网，版权归原作者所有⟧</center>
</body></html>
""",
        body="""
第一条　为规范粮食出入库作业，保证粮食数量真实、质量良好，制定本制度。
第二条　粮食入库前须进行扦样检验，检验合格后方可办理入库手续，检验单一式三份，由化验员签字后复印存档。
第三条　出入库称重一律使用经检定合格的地磅，过磅单由系统自动打印，不得手工涂改。
第四条　保管员应于每日作业结束后核对当日出入库数量，做到账实相符。
第五条　本制度由仓储部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="exam-dizhen-recruit-timetable",
        site="磬山人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.qsrsks.example.gov.cn/kwgg/2025/0415/2237.html",
        title="磬山县2025年事业单位公开招聘笔试有关事项公告",
        record_title="【考务公告】磬山县2025年事业单位公开招聘笔试有关事项公告",
        date="2025-04-15",
        notes="exam site: timetable rows, 打印准考证 sentence kept, the document's own 咨询电话 next to the site's technical line",
        page="""
!m 磬山人事考试网　公平　公正　公开
!m 首页 >> 考务公告
!t 【考务公告】磬山县2025年事业单位公开招聘笔试有关事项公告
!m 发布日期：2025-04-15　　【打印】【关闭】
{BODY}
!m 网上报名技术支持：0571-66129900（工作日）
!l 附件下载区　｜　考生常见问题　｜　历年公告
!d 本网站为磬山县人事考试唯一指定信息发布平台
""",
        body="""
一、笔试时间安排
日期　时间　科目
5月10日　9:00—11:00　职业能力倾向测验
5月10日　14:00—16:30　综合应用能力
二、准考证打印
请考生于5月6日至5月9日登录本网站打印准考证，凭准考证和有效身份证件参加考试。
三、考生须知
考生须提前30分钟到达考点，开考15分钟后不得入场。
四、咨询电话：0571-66120871（县人力社保局事业单位管理科）。
磬山县人力资源和社会保障局
2025年4月15日
""",
    ),
    dict(
        slug="tender-qiaoliang-bid-result-html",
        site="泖湾县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.maowan.example.gov.cn/jyxx/jtgc/zbgs/2025/1021/8840.html",
        title="泖湾县泖河大桥伸缩缝更换工程中标结果公示",
        record_title=None,
        date="2025-10-21",
        notes="HTML tender platform: no record title; candidate table; buyer and agency contacts kept beside a CA hotline; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>泖湾县公共资源交易平台</title></head><body>
<div class="hd">⟦m 泖湾县公共资源交易平台⟧ ⟦a 主体注册 ｜ 登录⟧</div>
<div class="nav">⟦m 交易信息　政策法规　办事指南　信用信息⟧</div>
<div class="crumb">⟦m 首页 ＞ 交易信息 ＞ 交通工程 ＞ 中标公示⟧</div>
<div class="con"><div class="tit">{T}</div>
<div class="sub">⟦m 发布时间：2025-10-21 09:00:00　信息来源：县交易中心⟧</div>
{BODY}
</div>
<div class="help">⟦m CA数字证书办理咨询：400-880-5170⟧</div>
<div class="ft">⟦d 泖湾县公共资源交易中心 主办 · 建议使用1920×1080分辨率浏览⟧</div>
</body></html>
""",
        body="""
泖湾县泖河大桥伸缩缝更换工程已于2025年10月20日开标、评标，现将中标结果公示如下：
排名　单位名称　投标报价（元）
第一名　浙江砾川路桥工程有限公司　1862430.00
第二名　泓口交通建设有限公司　1897700.00
公示期为2025年10月21日至10月23日。对公示结果有异议的，请在公示期内以书面形式提出。
招标人：泖湾县公路与运输管理中心　联系人：廖先生　电话：0573-86030912
代理机构：箬溪工程咨询有限公司　联系人：卞女士　电话：0573-86215566
""",
    ),
    dict(
        slug="lawfirm-chongwu-risk-letter",
        site="蕉原衡信律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.hengxinlaw.example.cn/insights/2025/pet-hospital-risk.html",
        title="关于宠物医院诊疗纠纷法律风险的提示函",
        record_title="法律风险提示丨关于宠物医院诊疗纠纷法律风险的提示函 - 衡信律所",
        date="2025-08-05",
        notes="law-firm page: decorated title, consultation prompt, disclaimer, 扫码 sentence kept",
        page="""
!m 衡信律师事务所 HENGXIN LAW
!m 首页 / 律师观点 / 法律风险提示
!t 法律风险提示丨关于宠物医院诊疗纠纷法律风险的提示函 - 衡信律所
!m 作者：衡信律所 葛楠律师团队
{BODY}
!w 预约律师面谈：工作日 9:00-18:00，前台 0596-22887731
!d 本文仅为一般性法律信息，不构成针对具体案件的法律意见。
!l 延伸阅读：宠物寄养合同怎么签？｜ 犬只伤人谁担责？
""",
        body="""
各宠物医院客户：
近年来，宠物诊疗纠纷数量逐年上升，多数纠纷源于知情告知不充分和病历记录不完整。为此，我所提示如下：
一、手术、麻醉等有风险的诊疗项目，须由宠物主人签署书面知情同意书。
二、病历、检验报告和影像资料应完整保存不少于三年。
三、收费项目应事先公示，避免事后产生价格争议。
如需获取知情同意书范本，可扫描我所公众号二维码留言索取。
衡信律师事务所
2025年8月5日
""",
    ),
    dict(
        slug="community-yanglao-html-open-day",
        site="棠浦街道翠竹社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cuizhu.tangpu.example.org/sqgg/2025/0925/33.html",
        title="翠竹社区老年公寓重阳节开放日活动通知",
        record_title="翠竹社区老年公寓重阳节开放日活动通知 | 翠竹社区",
        date="2025-09-25",
        notes="HTML residents' site: time/place lines kept, a 报名 sentence kept, a grid member's phone beside the community's line, a comment box",
        page="""
<html><head><meta charset="utf-8"><title>翠竹社区老年公寓重阳节开放日活动通知 | 翠竹社区</title></head><body>
<nav>⟦m 翠竹社区 · 邻里守望 温暖同行⟧ ⟦m 首页 › 社区公告⟧</nav>
<section><h2>{T}</h2>
<p class="m">⟦m 社区居委会　2025/09/25　浏览 402⟧</p>
{BODY}
</section>
<section class="cm"><h4>⟦l 居民留言（3）⟧</h4><p>⟦l 说点什么吧……⟧</p><p>⟦a 提交留言⟧</p></section>
<footer>⟦m 社区服务站电话：0595-27801234　工作时间 8:30-17:30⟧</footer>
</body></html>
""",
        body="""
各位居民朋友：
九九重阳，敬老爱老。翠竹社区老年公寓将举办重阳节开放日活动，欢迎居民带家人参加。
时间：2025年10月29日（星期三）上午9:00—11:30
地点：翠竹社区老年公寓一楼活动大厅
活动内容：老人书画作品展、义诊和免费理发、子女陪伴午餐。
参加午餐的家庭请于10月25日前报名，报名联系网格员姚静，电话13805951276。
翠竹社区居民委员会
2025年9月25日
""",
    ),
    dict(
        slug="association-zhuchanye-pledge-oneline",
        site="蕉原县竹产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://www.jyzcy.example.org.cn/xhgg/2025/0603/71.html",
        title="竹产业绿色生产倡议书",
        record_title="【协会倡议】竹产业绿色生产倡议书",
        date="2025-06-03",
        notes="association page with the whole body on one line (paragraphs separated only by indent); member-login and footer chrome",
        oneline=True,
        indent="　　",
        page="""
!m 蕉原县竹产业协会 | 会员服务平台
!a 会员登录　入会指南
!t 【协会倡议】竹产业绿色生产倡议书
{BODY}
!m 协会秘书处电话：0598-53301122　邮箱：zcyxh@example.org.cn
!d ©蕉原县竹产业协会 保留所有权利
""",
        body="""
全县竹产业企业、合作社和竹农朋友们：
竹子是我县的绿色名片，为推动竹产业可持续发展，协会向大家发出如下倡议：
一、科学采伐，留足母竹，坚决不砍伐幼竹和冬笋挖掘过度。
二、规范加工，竹材蒸煮废水必须达标排放，不随意焚烧竹屑。
三、诚信经营，不以次充好，共同维护蕉原竹制品的品牌声誉。
蕉原县竹产业协会
2025年6月3日
""",
    ),
    dict(
        slug="corp-yancao-logistics-news-html",
        site="柃水烟草物流中心 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lsyc-wl.example.com/news/2025/0410/209.html",
        title="柃水烟草物流中心分拣线完成智能化改造",
        record_title="柃水烟草物流中心分拣线完成智能化改造-企业新闻-柃水烟草物流中心",
        date="2025-04-10",
        notes="HTML corporate page: a photo caption between paragraphs, prev/next links, a service-line footer; byline time is the page date",
        page="""
<html><head><meta charset="utf-8"><title>柃水烟草物流中心分拣线完成智能化改造-企业新闻</title></head><body>
<div class="h">⟦m 柃水烟草物流中心　规范　高效　精准⟧</div>
<div class="n">⟦m 首页｜关于我们｜新闻中心｜服务指南｜联系我们⟧</div>
<div class="c"><h1>{T}</h1><div class="t">⟦m 时间：2025-04-10　编辑：品牌宣传组⟧</div>
{BODY}
<div class="pn">⟦l 上一条：物流中心开展消防安全培训⟧<br>⟦l 下一条：物流中心召开年度客户座谈会⟧</div></div>
<div class="f">⟦m 服务热线：0578-61239000⟧　⟦d 版权所有：柃水烟草物流中心⟧</div>
</body></html>
""",
        body="""
近日，柃水烟草物流中心卷烟分拣线智能化改造项目通过验收，正式投入使用。
改造后的分拣线采用视觉识别和自动补货系统，分拣效率由每小时一万二千条提升至一万八千条，差错率降至十万分之一以下。
⟦m 图：改造后的智能分拣线⟧
中心负责人表示，下一步将推进送货线路优化，让零售客户收货更及时、更准确。
""",
    ),
]
