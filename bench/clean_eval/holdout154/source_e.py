"""holdout154, part E: associations, company sites, training schools, writing apps, exam forums. Invented text."""

CASES = [
    dict(
        slug="assoc-huajiao-html-pledge-fish-maw",
        site="南海花胶行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.nhhuajiao.org.cn/xhdt/2024/0709/118.html",
        title="关于诚信经营、规范标注花胶品种和产地的倡议书",
        record_title="【协会倡议】关于诚信经营、规范标注花胶品种和产地的倡议书",
        date="2024-07-08",
        notes="association site; chrome join button glued after the last line; document's e-mail kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于诚信经营、规范标注花胶品种和产地的倡议书</title>
<script src="/js/main.js"></script></head><body>
<div class="top">⟦m 南海花胶行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会概况 协会动态 行业资讯 会员风采 政策法规⟧</div>
<div class="pos">⟦m 首页 › 协会动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 日期：2024-07-09　来源：协会秘书处　阅读：1533⟧</div>
<div class="detail">
{BODY}
</div>
<div class="share">⟦l 分享：微信 / 朋友圈 / 复制链接⟧</div>
<div class="foot">⟦m 南海花胶行业协会 版权所有⟧ ⟦m 秘书处电话：0758-2266518⟧ ⟦m 粤ICP备20055712号⟧</div>
</body></html>
""",
        body="""
全体会员单位及花胶经营者：
近来，市场上出现个别商家以普通鱼胶冒充高价品种、虚标产地和年份的情况，损害了消费者权益和行业声誉。为此，协会向全行业发出如下倡议：
一、如实标注。花胶产品须在标签上如实标注鱼种、产地、规格和加工日期，不使用“野生”“陈年”等无法证实的字样。
二、明码标价。按品种、规格分级定价，不以次充好，不搞虚假打折。
三、接受监督。欢迎消费者和媒体监督，发现违规行为可发送邮件至协会邮箱hjxh_jd@126.com举报。
四、自律自查。各会员单位每季度开展一次自查，协会将不定期组织抽查并通报结果。
南海花胶行业协会
2024年7月8日⟦a 加入协会，共建诚信市场 ＞＞⟧
""",
    ),
    dict(
        slug="assoc-xiudian-text-minutes-embroidered-insoles",
        site="岭北民间工艺协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lbmjgy.org/hyjy/2024/55.html",
        title="绣花鞋垫专业委员会2024年第一次会议纪要",
        record_title="绣花鞋垫专业委员会2024年第一次会议纪要-岭北民间工艺协会",
        date="2024-03-09",
        notes="minutes' 时间/地点/主持/出席/记录 lines; vote count; association chrome",
        page="""
!m 岭北民间工艺协会
!m 首页　>　协会会议　>　会议纪要
{T}
!m 发布：协会秘书处　　2024-03-11　　浏览 97
{BODY}
!a [打印本页]
!l 相关：2023年度绣花鞋垫技艺大赛获奖名单
!m 地址：岭北县文化路8号　电话：0913-6120378
""",
        date_also=["2024-03-11"],
        body="""
时间：2024年3月9日上午9:30
地点：县非遗保护中心二楼会议室
主持：专委会主任 麻秀英
出席：专委会委员9人
列席：县文化馆副馆长 邰建
记录：石小兰
一、会议总结了2023年工作。全年举办技艺培训班6期，培训绣娘210人次，会员销售鞋垫约3.1万双。
二、会议讨论通过了《绣花鞋垫产品质量分级办法（试行）》，应到9人，实到9人，同意9票。
三、会议决定于5月举办第二届绣花鞋垫技艺大赛，由石小兰负责筹备。
四、会议同意吸收新会员14名。
""",
    ),
    dict(
        slug="corp-jinyuan-html-recall-yellow-peach",
        site="金园罐头食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jinyuancan.com/news/notice/2024-0823.html",
        title="关于主动召回部分批次黄桃罐头的公告",
        record_title="关于主动召回部分批次黄桃罐头的公告 - 金园罐头",
        date="2024-08-23",
        notes="company site: recall hotline beside the sales line; batch table; sentence asking to 扫码 the batch as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于主动召回部分批次黄桃罐头的公告 - 金园罐头</title>
<script src="/static/js/vendor.js"></script></head><body>
<header>⟦m 金园罐头 JINYUAN⟧ <nav>⟦m 首页 | 关于金园 | 产品中心 | 新闻动态 | 联系我们⟧</nav> ⟦w 全国招商热线：400-688-3217⟧</header>
<div class="banner">⟦m 三十年专注水果罐头⟧</div>
<div class="crumbs">⟦m 首页 > 新闻动态 > 公司公告⟧</div>
<h1>{T}</h1>
<p class="time">⟦m 2024-08-23　编辑：品牌部⟧</p>
<section class="post">
{BODY}
</section>
<div class="pager">⟦l 上一条：金园罐头荣获省级农业产业化龙头企业称号⟧</div>
<footer>⟦m 金园罐头食品有限公司 © 2024⟧ ⟦m 鲁ICP备16032199号-2⟧</footer>
</body></html>
""",
        body="""
近日，我公司在内部抽检中发现，部分批次黄桃罐头存在罐盖密封不良的可能，为保障消费者健康，公司决定主动召回以下批次产品：
产品名称　规格　生产批号
糖水黄桃罐头　425克　JY240612A
糖水黄桃罐头　425克　JY240613A
糖水黄桃罐头　680克　JY240615B
请已购买上述批次产品的消费者停止食用，可扫描罐身二维码核对批号，并凭购物凭证到原购买地点办理退货，或联系公司召回专线：0539-8126610。
对由此给消费者带来的不便，我们深表歉意。
金园罐头食品有限公司
2024年8月23日
""",
    ),
    dict(
        slug="corp-huamian-text-news-cotton-mill",
        site="华棉纺织集团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.huamiantex.com/xwzx/qydt/1487.html",
        title="华棉纺织三号棉纺车间完成智能化改造",
        record_title="华棉纺织三号棉纺车间完成智能化改造_华棉纺织集团",
        date="2024-10-15",
        notes="company news; photo caption on a line of its own between paragraphs; editor line glued after the last line",
        page="""
!m 华棉纺织集团 HUAMIAN TEXTILE
!m 网站首页 > 新闻中心 > 企业动态
{T}
!m 发布时间：2024-10-15　　来源：集团党群工作部　　点击：318
{BODY}
!l 【返回列表】
!l 推荐新闻：集团召开四季度安全生产会议
!m 版权所有 华棉纺织集团有限公司　冀ICP备11004458号
""",
        body="""
10月12日，华棉纺织集团三号棉纺车间智能化改造项目通过验收，正式投入生产。
改造后，车间新增自动落纱细纱机48台、粗细联输送系统2套，实现了从清梳到络筒的全流程自动化。车间用工由原来的每班62人减少到每班27人，万锭用工下降一半以上。
⟦m 图：改造后的细纱车间（集团党群工作部供图）⟧
“以前一个挡车工要看三台车，现在能看十台，劳动强度也轻多了。”车间主任郑宏伟说。
据了解，该项目总投资1.2亿元，是集团今年重点技改项目之一。下一步，集团将在其余两个棉纺车间推广这一改造模式。⟦m （编辑：闵洁）⟧
""",
    ),
    dict(
        slug="training-haibei-html-brochure-conch-craft",
        site="海贝工艺培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.haibeigy.com/zsjz/2024-autumn.html",
        title="海贝工艺培训学校2024年秋季海螺工艺品制作培训班招生简章",
        record_title="海贝工艺培训学校2024年秋季海螺工艺品制作培训班招生简章（附课程表）",
        date="2024-08-01",
        notes="training school: course ad box between paragraphs; school's 报名电话 beside a 400 line; course table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>海贝工艺培训学校2024年秋季海螺工艺品制作培训班招生简章（附课程表）</title>
<script src="/js/kefu.js"></script></head><body>
<div class="hd">⟦m 海贝工艺培训学校⟧ ⟦m 让手艺成为饭碗⟧ ⟦w 全国咨询：400-120-8866⟧</div>
<div class="menu">⟦m 学校简介 · 课程设置 · 师资力量 · 学员作品 · 在线报名⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布：招生办　2024-08-01⟧</div>
<div class="box">
{BODY}
</div>
<div class="kefu">⟦w 点击咨询课程顾问⟧ ⟦a 立即报名抢优惠⟧</div>
<div class="ft">⟦m 海贝工艺培训学校 办学许可证号：教民135020270000431号⟧ ⟦d 图片仅供参考，以实际教学为准⟧</div>
</body></html>
""",
        body="""
为传承海岛传统工艺，帮助渔区群众掌握一技之长，我校面向社会招收2024年秋季海螺工艺品制作培训班学员。
一、招生对象：年满16周岁、对手工艺感兴趣的社会人员，渔区妇女和退捕渔民优先。
二、课程安排
阶段　内容　课时
基础　海螺清洗、打磨、抛光　24
进阶　螺钿镶嵌、贝雕小件　40
结业　原创作品设计与制作　16
⟦a 【限时优惠】9月前报名立减300元，名额有限⟧
三、学费：每人2800元，退捕渔民凭证明可申请免费培训。
四、报名方式：携身份证到学校招生办报名，报名电话：0592-6013358。
海贝工艺培训学校
2024年8月1日
""",
    ),
    dict(
        slug="training-liyuan-text-plan-linseed-oil-training",
        site="黎原职业技能培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.lyzjpx.cn/pxjh/2024/0311.html",
        title="胡麻油压榨工职业技能培训实施方案",
        record_title=None,
        date="2024-03-11",
        notes="title missing (found as a repeated title); hard-wrapped at 70 columns with page markers glued; numbered list",
        page="""
!m 黎原职业技能培训中心 ｜ 培训计划
{T}
!m 录入：教务科　　日期：2024-03-11
{BODY}
!w 报名咨询请加微信 lypx2024 或拨打 0943-5122080
!m 黎原职业技能培训中心 版权所有
""",
        wrap=70,
        indent="\u3000\u3000",
        pages=dict(fmt="⟬{n}⟭", every=220, start=2, glue=True),
        body="""
为提升胡麻油加工从业人员技能水平，保障食用油质量安全，根据县人社局年度培训计划，制定本方案。
一、培训对象：全县胡麻油加工作坊、合作社的压榨工和初入行人员，计划培训两期，每期40人。
二、培训内容：1.胡麻籽的清选、烘炒和温度控制；2.螺旋压榨机的操作与日常保养；3.毛油的沉淀、过滤和储存；4.小作坊食品安全管理规定。
三、培训方式：理论教学和实操训练相结合，理论24学时、实操40学时，实操在合作社加工车间进行。
四、考核发证：培训结束后进行理论和实操考核，合格者颁发专项职业能力证书。
""",
    ),
    dict(
        slug="app-bixie-text-request-wine-lees",
        site="笔写APP (invented)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://h5.bixieapp.com/share/doc?id=8812051",
        title="关于建设酒糟综合利用饲料加工项目的请示",
        record_title="关于建设酒糟综合利用饲料加工项目的请示｜笔写",
        date="2024-05-14",
        notes="writing-app H5 share page; AI-rewrite and member prompts; contact of the document kept; 成文日期",
        page="""
!m 笔写 · AI公文写作
!t 关于建设酒糟综合利用饲料加工项目的请示｜笔写
!m 作者：酿酒小镇　　收藏 33　　使用 210
!a 一键套用模板　　AI改写　　复制全文
{BODY}
!a 打开笔写APP，查看完整版及同类范文
!a 开通会员，无限次AI写作
!l 相似范文：关于申请农产品加工项目资金的请示
!d 内容由用户创作上传，笔写APP不对其真实性负责
""",
        body="""
县人民政府：
我镇现有白酒酿造企业及作坊23家，每年产生酒糟约4.5万吨。目前酒糟除少量被养殖户直接拉走外，大部分随意堆放，夏季酸败发臭，群众反映强烈。
为变废为宝，我镇拟引进企业建设酒糟综合利用饲料加工项目，年处理酒糟3万吨，生产发酵饲料1.8万吨。项目总投资2600万元，选址在镇工业集中区，占地约25亩。
为加快项目落地，特请示如下：
一、请求将该项目列入县级重点项目，在用地指标上给予支持；
二、请求县财政给予项目设备购置补助300万元。
妥否，请批示。
联系人：镇经济发展办 蒲和平，电话：0830-7260135。
酒乡镇人民政府
2024年5月14日
""",
    ),
    dict(
        slug="app-wengao-html-summary-cloth-shoes",
        site="文稿宝 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.wengaobao.cn/s/p/4be2a7",
        title="手工布鞋帮扶车间2024年上半年工作总结",
        record_title="手工布鞋帮扶车间2024年上半年工作总结（精选）",
        date=None,
        notes="writing-app H5 share: unlock box on a line of its own inside the body; export stamp no date; no date in the document",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>手工布鞋帮扶车间2024年上半年工作总结（精选）</title>
<script src="https://cdn.wengaobao.cn/h5/share.js"></script></head><body>
<div class="app-bar">⟦m 文稿宝⟧ ⟦a 打开APP⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 导出于 2024-07-09 21:40 · 全文约680字⟧</div>
<article>
{BODY}
</article>
<div class="mask">⟦a 下载文稿宝APP，免费查看全部3篇⟧</div>
<div class="rec">⟦l 大家都在写：帮扶车间年度工作总结 / 就业帮扶工作汇报⟧</div>
</body></html>
""",
        body="""
今年上半年，村手工布鞋帮扶车间在镇党委、政府的关心下，坚持“订单生产、就近就业”，各项工作稳步推进。
一、生产经营情况。上半年共完成订单1.6万双，实现销售收入96万元，发放工资58万元，人均月收入2400元左右。
⟦a 剩余内容会员可见，点击解锁⟧
二、带动就业情况。车间吸纳务工人员41人，其中脱贫户和监测户家庭成员17人、残疾人3人，实现了家门口就业。
三、存在的问题。订单季节性强，淡季开工不足；年轻人愿意学纳鞋底的不多，技艺传承面临断档。
四、下半年打算。一是拓展网上销售渠道；二是开设技艺培训班，吸引年轻人加入；三是开发儿童布鞋、居家软底鞋等新品。
""",
    ),
    dict(
        slug="gkforum-shangan-html-essay-hope-project",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://bbs.shangangk.com/thread-301557-1-1.html",
        title="在希望工程助学金发放仪式上的致辞",
        record_title="[面试素材] 在希望工程助学金发放仪式上的致辞 - 结构化面试 - 上岸公考论坛",
        date="2024-08-28",
        date_also=["2024-09-02"],
        notes="exam forum: poster's aside and study-points box; date under the speech title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试素材] 在希望工程助学金发放仪式上的致辞 - 结构化面试 - 上岸公考论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 上岸公考论坛⟧ ⟦m 一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 面试交流 › 结构化面试⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：申论小白兔 发表于 2024-9-2 22:17⟧</div>
<div class="t_f">
<p>⟦m 整理了一篇团县委领导的致辞，情景模拟可以参考，大家一起学习~⟧</p>
<p>团县委书记　雷思远</p>
<p>（2024年8月28日）</p>
{BODY}
<div class="box">⟦l 【学习要点】开头致谢→肯定意义→提出希望→结尾祝愿⟧</div>
</div>
<div class="rate">⟦a 回复可见更多素材⟧ ⟦a 评分⟧ ⟦a 收藏⟧</div>
<div id="ft">⟦m Powered by Discuz!⟧ ⟦m 上岸公考论坛⟧</div>
</body></html>
""",
        body="""
各位同学、各位家长，各位爱心人士：
今天，我们在这里举行2024年希望工程助学金发放仪式，为86名品学兼优的困难学子送上助学金。在此，我代表团县委，向所有关心支持希望工程的爱心企业和个人表示衷心的感谢！
三十多年来，希望工程在我们县资助了上万名学生，建起了14所希望小学。许多当年的受助学生，如今已经成为教师、医生和工程师，又回过头来资助家乡的孩子。
同学们，助学金帮助的是你们的学业，更寄托着社会的期望。希望你们怀着感恩之心，勤奋学习、自立自强，将来用自己的行动把这份爱心传递下去。
最后，祝同学们学业进步，祝各位身体健康！
""",
    ),
    dict(
        slug="gkforum-gongkaozhijia-text-material-pine-pollen",
        site="公考之家论坛 (invented)",
        style="公考论坛",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.gongkaozhijia.net/forum/t-77410.html",
        title="关于林区松花粉采集加工产业发展情况的调研报告",
        record_title="[申论素材] 关于林区松花粉采集加工产业发展情况的调研报告（附金句）",
        date=None,
        notes="exam forum: junk lines; a year only in sentences; relative post time; reply boxes",
        page="""
!m 公考之家论坛 » 申论素材区
!t [申论素材] 关于林区松花粉采集加工产业发展情况的调研报告（附金句）
!m 楼主：岸上见　　发表于 昨天 23:08　　查看 1890 / 回复 26
!m 本帖最后由 岸上见 于 昨天 23:15 编辑
{BODY}
!l 金句摘抄：“靠山吃山，更要养山护山。”
!l 2#　上岸锦鲤：收藏了，对策部分可以直接背
!l 3#　小镇做题家：感谢楼主！
!a 回复　　收藏　　举报
!m 公考之家论坛 Powered by Discuz!
""",
        junk=dict(lines=2, glued=1),
        body="""
近年来，林区松花粉采集加工逐渐成为群众增收的新渠道。为了解产业发展情况，调研组走访了3个林场、5家加工企业和40余户采集户。
一、基本情况
全县马尾松林面积约80万亩，每年4月前后为松花采集期。2023年全县采集松花粉约120吨，加工企业收购价每公斤80元至120元，采集户户均增收6000余元。
二、存在问题
一是采集方式粗放，部分群众砍枝采花，损伤林木；二是加工企业规模小，产品同质化严重；三是缺少质量标准，市场上掺杂使假时有发生。
三、对策建议
一要规范采集，推广竹竿钩采、不伤枝条的采集方法；二要培育龙头企业，开发破壁松花粉等高附加值产品；三要制定地方标准，建立质量追溯体系。
""",
    ),
]
