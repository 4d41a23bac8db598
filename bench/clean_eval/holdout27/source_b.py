"""holdout27, part B: firms, associations, law firms, tenders and mail (a pig
slaughterhouse, a security-guard company, an expressway service area's intranet, a
musical-instrument factory, a crayfish industry association, a wedding-services
association, a medical-dispute and a traffic-accident law firm, a coach station's
tender, a breeding-pig farm's bid result, a travel agency's and a finance-lease firm's
forwarded mails). Everything invented."""

CASES = [
    dict(
        slug="corp-daihu-slaughterhouse-notice-html",
        site="玳湖县肉联厂 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.daihu-roulian.example.com/news/gsgg/2025-0905.html",
        title="关于生猪收购实行“先检疫后收购”的公告",
        title_also=["关于生猪收购实行先检疫后收购的公告"],
        record_title="关于生猪收购实行“先检疫后收购”的公告 | 玳湖肉联",
        date="2025-09-05",
        notes="a firm's modern template: a product menu, an online-order button, a customer-service float, a QR box in the footer; the firm's 收购热线 in the document next to the footer's 订货热线; a fees table",
        page="""
<html><head><meta charset="utf-8"><title>关于生猪收购实行“先检疫后收购”的公告 | 玳湖肉联</title></head><body>
<div class="top">⟦m 玳湖肉联 · 放心肉 从源头⟧<a>⟦a 在线订货⟧</a><a>⟦a 会员中心⟧</a></div>
<ul class="menu"><li>⟦m 关于我们⟧</li><li>⟦m 产品中心⟧</li><li>⟦m 新闻公告⟧</li><li>⟦m 质量追溯⟧</li></ul>
<div class="bread">⟦m 新闻公告 » 公司公告⟧</div>
<h1>{T}</h1><div class="date">⟦m 2025-09-05　来源：采购部⟧</div>
<div class="text">
{BODY}
</div>
<div class="float">⟦w 在线客服　工作日9:00-18:00　点击咨询⟧</div>
<div class="footer"><p>⟦m 订货热线：400-600-7128⟧</p><p>⟦a 扫一扫，关注玳湖肉联公众号⟧</p>
<p>⟦d © 玳湖县肉联厂有限公司　本站图片文字未经授权不得转载⟧</p></div>
</body></html>
""",
        body="""
各养殖场（户）、生猪经纪人：
为落实生猪屠宰检疫有关规定，保障产品质量安全，自2025年9月15日起，我厂生猪收购实行“先检疫后收购”。现公告如下：
一、进厂生猪须附有动物检疫合格证明，佩戴合格耳标，证物相符。
二、生猪到厂后先由驻场官方兽医进行宰前检查，检查合格后方可过磅结算。
三、收购价格按当日挂牌价执行，结算标准如下：
等级　出栏体重（公斤）　结算方式
一级　110—130　挂牌价
二级　90—110或130—150　挂牌价下浮0.2元/公斤
等外　其他　协商定价
四、检出病死猪的，一律不予收购，并按规定进行无害化处理。
生猪收购热线：0736-7216058（采购部　吴先生）
玳湖县肉联厂有限公司
2025年9月5日
""",
    ),
    dict(
        slug="corp-zhangpu-security-company-summary",
        site="璋浦安保服务有限公司 (invented)",
        style="企业官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zpanbao.example.com/about/news_218.html",
        title="璋浦安保服务有限公司2024年度工作总结",
        record_title="璋浦安保服务有限公司2024年度工作总结-公司新闻-璋浦安保",
        date="2025-01-06",
        indent="\u3000\u3000",
        gap=True,
        notes="record title -column-site; a recruitment ad on a line of its own between paragraphs; the repeated title glued before the first sentence; business figures table kept; signature date",
        page="""
!m 璋浦安保 | 守护每一份安宁
!m 首页　公司简介　服务项目　人才招聘　新闻中心　联系我们
!m 新闻中心 - 公司新闻
{BODY}
!l 上一篇：公司开展夏季消防实战演练
!l 下一篇：无
!w 保安服务咨询：186 7705 3312（张经理）　微信同号
!m Copyright © 璋浦安保服务有限公司　桂ICP备17008213号
""",
        body="""
⟦t 璋浦安保服务有限公司2024年度工作总结⟧2024年，公司在县公安局治安大队的指导下，坚持依法经营、规范服务，各项工作取得新进展。
一、服务规模稳步扩大。全年新签服务合同17个，驻点服务单位达到63家，持证保安员增加到412人。
服务类别　驻点数　保安员人数
机关事业单位　24　138
学校医院　21　146
商业小区　18　128
⟦a 【我们在招聘】保安员、监控员若干名，点击查看岗位详情⟧
二、队伍素质明显提升。组织岗前培训和消防、急救专项培训26期，保安员持证率保持百分之百。
三、安全保障任务圆满完成。全年参与大型活动安保27场次，协助公安机关抓获违法嫌疑人9名。
2025年，公司将推进智能安防业务，建设远程视频巡查平台，进一步提高服务质量。
璋浦安保服务有限公司
2025年1月6日
""",
    ),
    dict(
        slug="intranet-jushan-service-area-minutes",
        site="琚山高速公路服务区管理公司 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jsfwq.example.local/doc/view?docid=20250417-03",
        title="清明假期保畅保供工作专题会议纪要",
        record_title="清明假期保畅保供工作专题会议纪要（内部）",
        date="2025-03-28",
        date_also=["2025-03-27"],
        notes="intranet document view: a user bar, a 流转 trail and read count, a 'back to list' link; the minutes' 时间/地点/主持/参会/记录 lines and a task table are body; 印发 date expected, the meeting's date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 服务区管理公司协同办公平台</title></head><body>
<div class="userbar">⟦m 欢迎您：运营部 刘晓菲｜待办(7)｜退出⟧</div>
<div class="tabs">⟦m 公文管理 ＞ 收文 ＞ 会议纪要⟧</div>
<div class="docinfo">⟦m 密级：内部　紧急程度：平件　已阅人数：38⟧</div>
<h2>{T}</h2>
{BODY}
<div class="trail"><p>⟦m 流转记录：办公室拟稿 → 分管领导审核 → 总经理签发 → 分发各服务区⟧</p></div>
<div class="btn">⟦a 返回列表　｜　下载正文　｜　打印⟧</div>
<div class="foot">⟦d 内部资料　严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年3月27日下午3时
地点：公司三楼会议室
主持：公司副总经理　郑一帆
参会：运营部、安全部、财务部负责人，各服务区经理
记录：刘晓菲
会议听取了各服务区清明假期准备情况汇报，研究部署保畅保供工作。纪要如下：
一、预计假期车流量同比增长百分之十二，各服务区要增加临时停车位和移动厕所，高峰时段实行人车分流。
二、加油站、便利店要提前储备油品和商品，确保不断供、不涨价。
三、具体任务分工如下：
任务　责任部门　完成时间
增设临时车位　运营部　4月2日前
充电桩巡检　安全部　4月1日前
应急物资补充　财务部　4月2日前
四、假期期间实行领导带班制度，遇有突发情况及时上报公司值班室。
琚山高速公路服务区管理公司办公室
2025年3月28日印发
""",
    ),
    dict(
        slug="intranet-yancheng-instrument-factory-rules-wrap",
        site="琰城乐器厂内部信息网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://10.8.1.20/zhidu/2025/show.php?id=91",
        title="琰城乐器厂技术资料管理规定",
        record_title="琰城乐器厂技术资料管理规定",
        date="2025-05-20",
        wrap=68,
        indent="    ",
        notes="hard-wrapped at 68 columns; rules whose articles speak of 复制/打印/下载 are body; an intranet header and footer; 印发 date",
        page="""
!m 琰城乐器厂内部信息网　[ 内网 ]
!m 规章制度 >> 技术管理
!m 发文部门：技术科　录入：admin　阅读次数：56
琰乐厂字〔2025〕9号
{BODY}
!a [ 返回 ]　[ 打印本页 ]
!d 本网为企业内部网络，请勿将内容发布到外网
""",
        body="""
第一条　为加强钢琴、提琴等产品技术资料的管理，保护企业技术秘密，制定本规定。
第二条　本规定所称技术资料，包括产品图纸、工艺文件、调律参数、检验标准和试验记录。
第三条　技术资料由技术科统一归档，借阅须填写借阅登记表，经技术科科长签字同意。
第四条　未经分管厂长批准，任何人不得复制、打印或从内网下载核心工艺文件，不得用个人存储设备拷贝技术资料。
第五条　员工离职时，应将所持技术资料全部交回，并签署保密承诺书。
第六条　违反本规定造成技术资料泄露的，按厂规给予处分；造成损失的，依法追究责任。
第七条　本规定自印发之日起施行。
琰城乐器厂
2025年5月20日
""",
    ),
    dict(
        slug="assoc-xuanjiang-crayfish-pledge-html",
        site="瑄江县小龙虾产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xjlongxia.example.org/xhgg/2025/0418.html",
        title="关于规范小龙虾稻田综合种养的倡议书",
        record_title="【协会倡议】关于规范小龙虾稻田综合种养的倡议书 - 瑄江县小龙虾产业协会",
        date="2025-04-18",
        notes="association template: member login, a price ticker, a join-us button between paragraphs, a member list box; a quoted slogan and a numbered list in the body; the association's own 联系电话 kept beside a footer phone",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范小龙虾稻田综合种养的倡议书 - 瑄江县小龙虾产业协会</title></head><body>
<div class="top">⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="logo">⟦m 瑄江县小龙虾产业协会⟧</div>
<div class="ticker">⟦m 今日塘口价：4—6钱　18元/斤　6—8钱　26元/斤⟧</div>
<div class="nav">⟦m 协会简介 / 行业资讯 / 技术服务 / 会员单位 / 协会公告⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 发布日期：2025-04-18　作者：协会秘书处　浏览量：1207⟧</div>
{BODY}
<div class="side"><h4>⟦l 会员风采⟧</h4><ul><li>⟦l 龙湾虾稻专业合作社⟧</li><li>⟦l 瑄江鲜香食品有限公司⟧</li></ul></div>
<div class="ft">⟦m 协会地址：瑄江县农业产业园综合楼5楼　电话：0716-4330021⟧　⟦d 版权所有 协会秘书处⟧</div>
</body></html>
""",
        body="""
全县小龙虾养殖户、合作社和加工企业：
近年来，我县稻田综合种养面积已突破十八万亩，“瑄江龙虾”品牌知名度不断提升。为维护产业健康发展，协会向全体会员发出如下倡议：
1.坚持“以稻为主、稻虾共生”，不挖大沟、不毁田埂，确保粮食种植面积不减少。
2.规范使用渔药和饲料，严格执行休药期，不使用禁用药物。
⟦a 还不是会员？点击加入协会，享受技术培训和行情推送⟧
3.诚信经营，不以次充好，不短斤少两，不恶意压价收购。
4.主动参与品牌建设，统一使用“瑄江龙虾”包装标识。
让我们携起手来，共同守护瑄江龙虾的好口碑！
联系电话：0716-4330156（协会技术服务部）
瑄江县小龙虾产业协会
2025年4月18日
""",
    ),
    dict(
        slug="assoc-jiuyu-wedding-services-convention",
        site="玖峪市婚庆行业协会 (invented)",
        style="行业协会",
        genre="公约",
        kind="other",
        form="text",
        source="http://www.jyhqxh.example.com/article/1630.html",
        title="玖峪市婚庆行业自律公约",
        record_title=None,
        date="2025-03-12",
        indent="\u3000\u3000",
        notes="no record title (the title is on the page); the adoption date in Chinese numerals at the end; member-login and share lines; a tag row and hot list at the bottom; a sentence telling couples to 扫码 verify a member is body",
        page="""
!m 玖峪婚庆网 — 玖峪市婚庆行业协会官方网站
!m 首页 » 行业自律 » 正文
玖峪市婚庆行业自律公约
!m 2025-03-13 09:12　|　秘书处　|　围观 664 次
!a 分享：微信 / 朋友圈 / 复制链接
{BODY}
!l 标签：婚庆 自律 公约 诚信
!l 热门文章
!l 新人必看：签婚庆合同前要问清的8件事
!l 协会开展婚礼司仪职业技能培训
!a 登录会员中心查看更多内容
""",
        body="""
第一条　为规范婚庆市场秩序，维护消费者和经营者合法权益，根据有关法律法规，制定本公约。
第二条　会员单位应当与新人签订书面服务合同，明确服务项目、价格、时间和违约责任，不得设置霸王条款。
第三条　会员单位应明码标价，不得在婚礼当天临时加价，不得强制搭售服务。
第四条　新人可扫描会员单位门店张贴的协会二维码，核实其会员身份和信用记录。
第五条　会员单位不得组织低俗闹婚，不得使用未经授权的音乐、视频素材。
第六条　违反本公约的，协会视情节给予警告、通报或取消会员资格。
第七条　本公约经协会第二届会员大会通过，自通过之日起施行。
二〇二五年三月十二日
""",
    ),
    dict(
        slug="law-puheng-medical-dispute-lecture-html",
        site="璞衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.puhenglaw.example.cn/insights/2025/medical-0610.html",
        title="医疗纠纷中患者如何依法维权——在社区普法讲堂上的讲稿",
        record_title="律所观点｜医疗纠纷中患者如何依法维权——在社区普法讲堂上的讲稿",
        date="2025-06-10",
        notes="law firm template: lawyer card, consultation form, a 'not legal advice' notice and a 'free consultation' prompt; date under the lecture title (neutral line); speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><title>律所观点｜医疗纠纷中患者如何依法维权——在社区普法讲堂上的讲稿</title></head><body>
<header>⟦m 璞衡律师事务所 PUHENG LAW FIRM⟧ <nav>⟦m 律所介绍 · 专业领域 · 律师团队 · 律所观点 · 联系我们⟧</nav></header>
<div class="path">⟦m 律所观点 > 医疗健康⟧</div>
<article><h1>{T}</h1>
<p class="au">璞衡律师事务所律师　秦若曦</p>
<p class="au">（2025年6月10日）</p>
{BODY}
</article>
<aside class="card"><p>⟦m 秦若曦　执业证号：13501202011337206　擅长：医疗纠纷、人身损害⟧</p><p>⟦w 免费咨询：提交案情，律师24小时内回电⟧</p></aside>
<div class="notice">⟦d 本文仅为普法宣传，不构成对具体案件的法律意见⟧</div>
<footer>⟦m 地址：琰城市滨江路8号国金中心21层　咨询热线：0591-8760 3300⟧</footer>
</body></html>
""",
        body="""
各位居民朋友，大家好！今天和大家聊一聊，在看病就医中遇到纠纷时，怎样依法维护自己的权益。
第一，要及时封存病历。发生纠纷后，患者有权复制门诊病历、住院志、检验报告等资料，对病程记录、会诊意见等主观病历，可以要求在医患双方在场的情况下封存。
第二，要选择合适的解决途径。可以与医院协商，也可以申请医疗纠纷人民调解委员会调解，还可以直接向法院起诉。
第三，要重视医疗损害鉴定。鉴定意见是判断医院是否有过错的关键证据，当事人应当积极参与鉴定过程，必要时申请鉴定人出庭。
第四，要注意诉讼时效。因医疗损害请求赔偿的诉讼时效为三年，自知道或者应当知道权利受到损害之日起计算。
最后提醒大家，维权要理性，不要采取过激行为，以免自己承担法律责任。谢谢大家！
""",
    ),
    dict(
        slug="law-qiongban-traffic-accident-letter",
        site="琼坂正源律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.zhengyuanlaw.example.com/wenshu/1187.html",
        title="律师提示函——关于交通事故责任认定后及时申请赔偿的提示",
        record_title="律师提示函——关于交通事故责任认定后及时申请赔偿的提示_正源律所",
        date=None,
        indent="\u3000\u3000",
        notes="a template letter: 年　月　日 line and ××× placeholders, so no date; a crawl stamp and an '改编自' line at the top; the site's consultation prompt glued after a sentence; a hot-question list",
        page="""
!m 正源律所 ｜ 交通事故专业律师团队
!m 文书范本 ＞ 律师函
!m 抓取时间：2025-08-02 04:11:09
!t 律师提示函——关于交通事故责任认定后及时申请赔偿的提示_正源律所
{BODY}
!d 以上范本仅供参考，使用前请结合具体情况修改
!l 大家还在看：交通事故误工费怎么算？
!l 大家还在看：对方车辆没有交强险怎么办？
!m 律所地址：琼坂市人民中路66号　备案号：琼ICP备20004711号
""",
        body="""
×××先生／女士：
本所接受您的委托，就您于×××年×月×日发生的道路交通事故赔偿事宜，特向您提示如下：
一、交通事故认定书送达后，如对认定结论有异议，应在三日内向上一级公安机关交通管理部门提出书面复核申请。
二、请妥善保管医疗费票据、病历、误工证明和交通费凭证，这些是计算赔偿数额的依据。⟦w 不会写材料？律师一对一代拟，咨询微信 zylaw_2020⟧
三、对赔偿数额协商不成的，可申请人民调解，也可向人民法院提起诉讼。
特此提示。
琼坂正源律师事务所
年　月　日
""",
    ),
    dict(
        slug="tender-zhenkou-coach-station-procurement",
        site="珏口市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.juekou.example.gov.cn/jyxx/002001/20250722/9f3e.html",
        title="珏口汽车客运总站智能安检设备采购项目招标公告",
        record_title=None,
        date="2025-07-22",
        record_date="2025-07-22",
        notes="tender platform: a CA-lock hotline, a login/registration row, a 'bid now' button; the buyer's and agency's contacts kept; lots table; 发布时间 byline is the date; no record title",
        page="""
<html><head><meta charset="utf-8"><title>珏口市公共资源交易平台</title></head><body>
<div class="top">⟦a 投标人登录｜注册｜CA办理⟧　⟦m CA锁服务热线：400-850-1199⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息⟧</div>
<div class="pos">⟦m 交易信息 > 政府采购 > 招标公告⟧</div>
<h3 class="tit">珏口汽车客运总站智能安检设备采购项目招标公告</h3>
<div class="fb">⟦m 【发布时间：2025-07-22 17:30】【信息来源：市交易中心】【访问：312】⟧</div>
{BODY}
<div class="op">⟦a 我要投标⟧　⟦a 收藏项目⟧</div>
<div class="foot">⟦m 主办单位：珏口市公共资源交易中心⟧　⟦m 技术支持：0753-2901888⟧</div>
</body></html>
""",
        body="""
项目编号：JK-ZC2025-0418
一、项目基本情况
珏口汽车客运总站拟采购通道式X光安检机、液体检测仪等智能安检设备，预算金额198万元。
包号　采购内容　数量　最高限价（万元）
1　通道式X光安检机　6台　126
2　液体检测仪及手持金属探测器　一批　72
二、投标人资格要求
具有独立承担民事责任的能力，具备良好的商业信誉，近三年内无重大违法记录。
三、获取招标文件
2025年7月23日至7月29日，登录本平台免费下载招标文件。
四、联系方式
采购人：珏口汽车客运总站　联系人：黎工　电话：0753-2236617
代理机构：珏口恒信招标代理有限公司　联系人：叶女士　电话：0753-2290405
""",
    ),
    dict(
        slug="tender-daihu-pig-farm-bid-result",
        site="玳湖农垦集团采购平台 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://cg.daihunk.example.com/zbgs/2025/06/1419.htm",
        title="玳湖种猪场环保设施改造工程中标候选人公示",
        record_title="玳湖种猪场环保设施改造工程中标候选人公示（第二次）",
        date="2025-06-16",
        notes="a group's procurement platform: record title with （第二次）; candidates table; an objection contact kept; a 'download the announcement' button and related projects list; 公示 period dates are not the date (the 发布 date is)",
        page="""
!m 玳湖农垦集团阳光采购平台
!m 采购公告　|　变更公告　|　结果公示　|　供应商服务
!m 当前位置：结果公示
!t 玳湖种猪场环保设施改造工程中标候选人公示（第二次）
!m 发布日期：2025-06-16　点击：95
{BODY}
!a 【下载公示原件】　【我要留言】
!l 相关项目：玳湖茶场加工车间屋面维修工程招标公告
!l 相关项目：农垦集团2025年饲料原料采购框架协议
!d 温馨提示：本平台信息以集团纪委备案为准
""",
        body="""
玳湖种猪场环保设施改造工程于2025年6月13日开标，经评标委员会评审，现将中标候选人公示如下：
排名　投标人　投标报价（元）　工期
第一名　湘楚环境工程有限公司　3,286,500.00　120日历天
第二名　玳湖建工集团有限公司　3,341,200.00　120日历天
第三名　绿源生态科技有限公司　3,398,000.00　110日历天
公示期为2025年6月17日至6月19日。投标人或其他利害关系人对公示结果有异议的，应在公示期内以书面形式向招标人提出。
异议受理：玳湖种猪场办公室　电话：0736-7350212
""",
    ),
    dict(
        slug="mail-yaoping-travel-agency-forward",
        site="瑶坪青旅国际旅行社 (invented, webmail print)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://export/yaoping-qinglv/2025-07-03-0931.eml",
        title="关于暑期研学旅行团队安全管理的通知",
        record_title="转发: 关于暑期研学旅行团队安全管理的通知.docx",
        title_in="file-name",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="a forwarded mail: the mail headers (发件人/收件人/时间/主题), the mail's own 附件 header and a forward note are chrome; the notice's own 附件 list is body; 成文日期 expected, the send date also accepted; a mail-client footer",
        page="""
!m 发件人："计调部 邹敏" <jd@yp-qinglv.example.com>
!m 发送时间：2025年7月3日（星期四）09:31
!m 收件人：全体导游 <guides@yp-qinglv.example.com>
!m 主题：转发: 关于暑期研学旅行团队安全管理的通知.docx
!m 附件：关于暑期研学旅行团队安全管理的通知.docx（41.2 KB）
!w 各位：请认真阅读下面的通知，出团前签回执。有问题找我，分机8023。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及附件可能含有保密信息，如您误收，请删除并告知发件人。
!m 由 迅邮企业邮箱 发送
""",
        body="""
各部门、各分社：
暑期是研学旅行高峰期，为保障学生团队出行安全，现就有关事项通知如下：
一、每个研学团队须按每15名学生配备1名安全员的标准配备随团人员，导游须持证上岗。
二、出团前须与学校签订安全责任书，核实学生名单和紧急联系人。
三、严禁组织学生参加漂流、攀岩等高风险项目，严禁安排未取得营运资质的车辆。
四、团队行程中如遇极端天气，须立即调整行程并报告计调部。
附件：1.研学团队安全员配备登记表
2.研学旅行突发事件应急处置流程
瑶坪青旅国际旅行社有限公司
2025年7月2日
""",
    ),
    dict(
        slug="mail-yuanchuan-finance-lease-markers",
        site="瑗川融资租赁有限公司 (invented, mail reply chain)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://archive/ycrz/2025/0514/RE-qingshi.eml",
        title="关于申请增加2025年度农机融资租赁业务额度的请示",
        record_title="Re: 答复：关于申请增加2025年度农机融资租赁业务额度的请示",
        date="2025-05-12",
        date_also=["2025-05-14"],
        indent="\u3000\u3000",
        pages=dict(fmt="⸌{n}⸍", every=120, start=2, glue=True),
        notes="a reply chain: quoted-reply header and two reply notes above the request; the attached request passed through a PDF viewer, its page markers ⸌n⸍ glued at line starts cut sentences; 成文日期 expected, the reply date also accepted; 签发人 line neutral",
        page="""
!m 发件人：风控部 丁可 <dingke@yc-leasing.example.com>
!m 日期：2025-05-14 16:02
!m 主题：Re: 答复：关于申请增加2025年度农机融资租赁业务额度的请示
!w 同意按第二方案报董事会，请业务部补充客户明细。——丁可
!m > 在 2025-05-13 11:40，业务一部 钟磊 写道：
!w > 请风控部审阅，附请示正文如下。
签发人：钟磊
{BODY}
!d 本邮件仅供收件人使用，未经许可不得转发
""",
        body="""
公司领导：
今年以来，县域农机购置需求明显增长，我部已受理农户和合作社的农机融资租赁申请86笔，金额合计4230万元，现有年度额度已使用百分之九十二。
为满足春播以后的夏收夏种需求，拟申请将2025年度农机融资租赁业务额度由5000万元增加至8000万元。新增额度主要用于收割机、烘干机和植保无人机租赁。
我部将严格执行尽职调查和租后检查制度，确保新增业务风险可控。
妥否，请批示。
业务一部
2025年5月12日
""",
    ),
]
