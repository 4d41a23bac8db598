"""holdout308, part F: intranets, company sites, tender portals, law firms, associations and forwarded mail.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="intranet-jincai-minutes-shears-safety",
        site="锦裁协同办公平台 (invented garment-factory OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jincai-fs.com/doc/view.do?id=20250324017",
        title="裁剪车间工具安全专题会议纪要",
        record_title="〔车间专题会〕裁剪车间工具安全专题会议纪要 · 锦裁协同办公",
        date="2025-03-21",
        date_also=["2025-03-24"],
        notes=(
            "OA document view: 流转记录, read count, a mark-as-read button and the IT desk's extension; minutes"
            " with 时间/地点/主持/参会/记录 lines; the posting date differs from the meeting's 时间 line"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔车间专题会〕裁剪车间工具安全专题会议纪要 · 锦裁协同办公</title>
<script src="/oa/static/js/docview.js"></script>
</head>
<body>
<div class="oa-top">⟦m 锦裁协同办公平台⟧　⟦m 欢迎您，裁剪车间 单雪晴⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事宜⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 通讯录⟧ ⟦m 个人设置⟧</div>
<div class="doc-view">
<h2>{T}</h2>
<table class="doc-props">
<tr><td>⟦m 发文部门：总经理办公室⟧</td><td>⟦m 发布时间：2025-03-24 09:12⟧</td></tr>
<tr><td>⟦m 保密等级：公司内部⟧</td><td>⟦m 已阅 87 人　未阅 12 人⟧</td></tr>
</table>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btns"><button>⟦a 标记已阅⟧</button> <button>⟦a 转给其他同事⟧</button></div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-03-22 16:40　葛晓菁　起草⟧</p>
<p>⟦m 2025-03-24 08:55　阎振邦　审核通过⟧</p></div>
</div>
<div class="oa-foot">⟦m 系统问题请联系信息部 IT 服务台，分机 8000⟧</div>
</body>
</html>
""",
        body="""
时间：2025年3月21日下午3:00
地点：公司三楼第二会议室
主持：生产副总经理　阎振邦
参会：裁剪车间、设备科、安环部、人力资源部负责人
记录：葛晓菁
会议听取了裁剪车间关于3月份两起裁缝剪划伤事故的情况汇报，研究了工具安全管理措施。纪要如下：
一、自4月1日起，裁剪车间的裁缝剪统一更换为带护指圈的新款，旧剪由设备科回收登记。
二、设备科每周二集中磨刃，车间不得私自在砂轮机上磨剪。
三、安环部在4月15日前完成全员握剪和收放培训，新员工未经培训不得上岗。
四、人力资源部将工具使用规范纳入班组考核。
""",
    ),
    dict(
        slug="intranet-zhaoyin-bulletin-slicker-brush-burrs",
        site="爪印OA (invented pet-products factory intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://oa.zhaoyin-pet.com/notice/2025/05/0912.html",
        title="关于针梳梳齿毛刺质量问题的通报",
        record_title="[品质警示] 关于针梳梳齿毛刺质量问题的通报 - 品管部 - 爪印OA",
        date="2025-05-09",
        notes="intranet notice as text: a batch table one row a paragraph, read counts and the IT extension; signature date",
        page="""
!m 爪印OA · 燮川爪印宠物用品有限公司内部办公系统
!m 位置：公告通知 > 质量通报
!t [品质警示] 关于针梳梳齿毛刺质量问题的通报
!m 发布部门：品管部　　阅读：214　　附件：无
{BODY}
!a 【我已阅读】　【下载正文】
!m 本信息仅限公司内部传阅，请勿外传　　IT支持分机：6600
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
5月上旬，客户投诉我司出口的PB-12型针梳梳齿尖端有毛刺，划伤宠物皮肤。经品管部追溯，问题集中在以下批次：
批次号　生产日期　数量（把）　问题
PB2504-07　4月7日　3200　圆头工序漏检
PB2504-15　4月15日　2800　抛光时间不足
经查，原因是二车间抛光机更换砂带后未按规定试梳，质检员抽检比例从5%降到了2%。公司决定：对以上批次全部召回返工；对二车间主任、当班质检员给予通报批评，扣发当月绩效。
各车间要举一反三，严格执行首件检验和梳齿圆头全检制度。
燮川爪印宠物用品有限公司品管部
2025年5月9日
""",
    ),
    dict(
        slug="company-zhaoyin-news-antistatic-combs",
        site="爪印宠物用品官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhaoyin-pet.com/news/2025/0903/118.html",
        title="爪印推出防静电宠物梳系列",
        record_title="爪印新闻眼丨爪印推出防静电宠物梳系列 — 爪印宠物用品官网",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="company site: cookie notice, service float; the title repeated and glued to the news lead; a dotted company date; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>爪印新闻眼丨爪印推出防静电宠物梳系列 — 爪印宠物用品官网</title>
<script src="/static/js/cookie.js"></script>
</head>
<body>
<header>⟦m 爪印 ZHAOYIN · 让每一次梳理都更温柔⟧
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 企业新闻⟧ ⟦m 品质实验室⟧ ⟦m 联系我们⟧</nav></header>
<div class="banner-small">⟦m 企业新闻 NEWS⟧</div>
<div class="news-detail">
<h1>{T}</h1>
<p class="date">⟦m 2025.09.03　|　浏览 1,027⟧</p>
{BODY}
<p class="back">⟦l ← 返回新闻列表⟧</p>
</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧ <button>⟦a 我知道了⟧</button></div>
<div class="service-float">⟦w 在线客服　采购热线 400-716-2235⟧</div>
<footer>⟦m © 2025 燮川爪印宠物用品有限公司　鄂ICP备19020631号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 爪印推出防静电宠物梳系列⟧9月2日，燮川爪印宠物用品有限公司在上海国际宠物用品展上发布防静电宠物梳系列新品。
新品包括针梳、排梳和开结梳三款，梳齿采用导电树脂材料，可以减少秋冬季节梳毛时产生的静电，减轻宠物的不适。梳齿尖端经过圆头处理并逐把检验，避免划伤皮肤。
公司研发部负责人介绍，研发团队用了一年多时间，先后试制了23版样品，在合作宠物店进行了上千次试梳。
据了解，该系列产品将于10月在国内电商平台上市。
""",
    ),
    dict(
        slug="company-miaoju-recall-ceramic-cat-bowls",
        site="喵居生活馆官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.miaoju-life.com/gonggao/recall-202506.html",
        title="关于召回部分批次陶瓷猫食盆的公告",
        record_title="【主动召回】关于召回部分批次陶瓷猫食盆的公告｜喵居生活馆",
        date="2025-06-27",
        notes="recall notice: batch table one row a paragraph; the recall line in the body beside the shop's 400 order line; signature date",
        page="""
!m 喵居生活馆 MIAOJU · 给猫一个好窝
!m 首页 / 品牌公告
!a 新人注册立享满99减20
{T}
{BODY}
!w 订购热线 400-660-7319（9:00—21:00）
!l 热卖推荐：实木猫爬架　陶瓷饮水机　宽口不锈钢双碗
!m 燮川喵居家居用品有限公司　浙ICP备20046613号
""",
        indent="\u3000\u3000",
        body="""
尊敬的消费者：
经我司自查，部分批次“喵居”牌陶瓷猫食盆（型号MJ-C03）釉面铅溶出量可能超过标准要求，长期使用存在安全隐患。为保障宠物健康，我司决定主动召回以下批次产品：
批次号　生产日期　数量（个）
MJC2503A　2025年3月11日　4600
MJC2503B　2025年3月25日　3900
请已购买上述批次产品的消费者立即停止使用，查看盆底标签上的批次号，拨打召回专线0715-3288604登记，我司将免费更换或全额退款。
由此给您带来的不便，我们深表歉意。
燮川喵居家居用品有限公司
2025年6月27日
""",
    ),
    dict(
        slug="tender-haochuan-result-greening-tools-lots",
        site="颢川县公共资源交易网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.haochuan.gov.cn/jyxx/zfcg/cjgg/2025/0428/7731.html",
        title="颢川县城区绿化养护工具采购项目成交结果公告",
        record_title="【成交结果·公示期】颢川县城区绿化养护工具采购项目成交结果公告 - 颢川县公共资源交易网",
        record_date="2025-04-28",
        date="2025-04-28",
        notes=(
            "tender portal: a countdown, CA and trading-system hotlines beside the purchaser's and agency's own"
            " contacts; a lots table; no signature date, the record gives it"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【成交结果·公示期】颢川县城区绿化养护工具采购项目成交结果公告 - 颢川县公共资源交易网</title>
</head>
<body>
<div class="top">⟦m 颢川县公共资源交易网⟧　<a>⟦a 主体登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="pos">⟦m 交易信息 › 政府采购 › 成交结果⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 信息时间：2025-04-28　　阅读次数：209⟧</div>
<div class="countdown">⟦m 公示剩余：0天 17小时 22分⟧</div>
<div class="ewb-con">
{BODY}
</div>
<div class="help">
<p>⟦m CA数字证书办理：0713-7266018⟧</p>
<p>⟦m 交易系统操作咨询：0713-7266020⟧</p>
</div>
<div class="foot">⟦m 颢川县公共资源交易中心 主办　鄂ICP备17022470号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：HCZC-2025-0416
二、项目名称：颢川县城区绿化养护工具采购项目
三、成交信息
包号　货物名称　成交供应商　成交金额（元）
1　长嘴喷水壶、背负式喷雾器　颢川县绿禾农资有限公司　38600
2　修枝剪、绿篱剪　燮川市园工五金经营部　27450
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：颢川县城市管理局　联系人：祁海　电话：0713-7205519
采购代理机构：颢川正衡招标代理有限公司　联系人：庹玲　电话：0713-7263308
""",
    ),
    dict(
        slug="tender-xcyg-inquiry-shelter-cat-bowls",
        site="燮川阳光采购平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.xcygcg.cn/xjgg/2025/0714/20931.html",
        title="燮川市流浪动物救助站猫食盆等用品采购询价公告",
        record_title="询价公告丨燮川市流浪动物救助站猫食盆等用品采购询价公告 - 燮川阳光采购平台",
        date="2025-07-14",
        notes="inquiry: an items table; downloading the inquiry file is content; the shelter's own contact beside the platform hotline",
        page="""
!m 燮川阳光采购平台
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2025-07-14 10:30　　截止时间：2025-07-21 17:00　　浏览：133
{BODY}
!a 【我要报价】　【收藏项目】
!m 平台客服热线：0715-3390888（工作日）
!d 本平台发布的采购信息由采购单位负责，平台不对其真实性承担责任。
""",
        indent="\u3000\u3000",
        body="""
燮川市流浪动物救助站就猫食盆等用品采购进行询价，欢迎符合条件的供应商参与报价。
一、采购内容
品名　规格　数量
不锈钢猫食盆　直径15厘米，带防滑底　300个
不锈钢双碗架　双碗，可调高度　60套
猫砂盆　大号，半封闭　80个
二、报价要求：请于7月21日17:00前登录平台下载询价文件，按要求填写报价单并加盖公章后上传。
三、联系人：龚雨桐　电话：0715-3345127
燮川市流浪动物救助站
2025年7月14日
""",
    ),
    dict(
        slug="lawfirm-mingche-case-leaking-turtle-tank",
        site="明澈律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.mingche-law.com/anli/xiangling/2025/0615/92.html",
        title="楼上龟缸漏水泡坏楼下吊顶，谁来赔？",
        record_title="邻里纠纷案例丨楼上龟缸漏水泡坏楼下吊顶，谁来赔？｜明澈律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; a case note with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>邻里纠纷案例丨楼上龟缸漏水泡坏楼下吊顶，谁来赔？｜明澈律师事务所</title>
</head>
<body>
<div class="head">⟦m 明澈律师事务所 · 民商事争议解决⟧　⟦m 全国咨询热线 400-930-1186⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 律师团队⟧ ⟦m 典型案例⟧ ⟦m 联系我们⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="meta">⟦m 栏目：典型案例 · 相邻关系　　阅读：733⟧</div>
<div class="case">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.mingche-law.com/anli/xiangling/2025/0615/92.html⟧</div>
<div class="repost">⟦d 本文为明澈律师事务所原创，转载请联系授权并注明来源。⟧</div>
</div>
<div class="lawyer-card">⟦m 承办律师：邬文瀚　执业证号 14207201810339021　擅长：房产纠纷、相邻关系⟧</div>
<div class="float">⟦w 免费咨询　律师在线，留言后30分钟内回电⟧</div>
<div class="foot">⟦m 明澈律师事务所　地址：燮川市奂城区长庚路200号金融大厦18层⟧</div>
</body>
</html>
""",
        body="""
【基本案情】家住燮川市奂城区某小区的钟先生发现自家卫生间吊顶渗水发霉。物业查看后确认，水是从楼上邻居家客厅一只1.2米长的龟缸渗漏下来的，缸底打胶老化开裂，漏水持续了十余天。
【争议焦点】楼上邻居认为龟缸是从商家购买的，漏水属于产品质量问题，应当由商家赔偿。
【法院观点】法院认为，龟缸由楼上邻居管理使用，其未尽到日常检查义务，应当对钟先生的损失承担赔偿责任；其与商家之间的质量纠纷，可以另行主张。最终判决楼上邻居赔偿吊顶维修费用4800元。
【律师提示】家中的大型龟缸、鱼缸应定期检查打胶和缸体，必要时可以购买家庭财产保险。
""",
    ),
    dict(
        slug="lawfirm-henghong-letter-balcony-watering-drips",
        site="衡泓律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.henghong-law.cn/wenshu/lsh/2025/0806/31.html",
        title="关于阳台浇花滴水问题的律师函",
        record_title="【律所文书·样稿】关于阳台浇花滴水问题的律师函（当事人信息已打码）- 衡泓律师事务所",
        date="2025-08-05",
        notes="law firm's letter sample: the firm's name is also the signature (a site label matched as head); a consult line; signature date",
        page="""
!m 衡泓律师事务所
!m 首页 ＞ 法律文书 ＞ 律师函
{T}
!m 发布：衡泓律所文书中心　　浏览：418
{BODY}
!w 物业、邻里纠纷免费评估，请致电 0715-3271560 或添加律师微信 hh_lawyer01
!l 相关文书：催告函范本　｜　关于停止侵害的律师函
!m 衡泓律师事务所 版权所有　鄂ICP备21011205号
""",
        indent="\u3000\u3000",
        body="""
致：燮川市奂城区锦园小区7栋1002室业主
衡泓律师事务所接受本栋902室业主严女士的委托，就您家阳台浇花滴水一事，特致函如下：
自今年4月以来，您每天早晚在阳台外侧花架上用喷水壶浇花，多余的水沿外墙滴落到严女士家阳台，致其晾晒的衣物多次被污水弄脏，窗台墙面出现霉斑。严女士已通过物业与您沟通三次，问题仍未解决。
根据《中华人民共和国民法典》关于相邻关系的规定，不动产权利人应当为相邻权利人提供必要的便利，不得损害相邻权利人的合法权益。
请您自收到本函之日起七日内采取加装接水盘等措施，避免浇花用水滴落。逾期未处理的，本所将依委托人授权通过诉讼方式解决。
特此函告。
衡泓律师事务所
律师：邬文瀚
2025年8月5日
""",
    ),
    dict(
        slug="assoc-xcpet-pledge-bowl-material-labels",
        site="燮川市宠物行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xcpet.org.cn/hyzl/2025/0530/77.html",
        title="关于规范宠物食具材质标识的倡议书",
        record_title="〖自律公约·倡议〗关于规范宠物食具材质标识的倡议书 - 燮川市宠物行业协会",
        date="2025-05-30",
        notes=(
            "association site with a member-login row and a member hotline; the association's name in the header"
            " is also the signature (head match); signature date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖自律公约·倡议〗关于规范宠物食具材质标识的倡议书 - 燮川市宠物行业协会</title>
</head>
<body>
<div class="member-bar">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务专线：0715-3305526⟧</div>
<div class="logo">⟦m 燮川市宠物行业协会⟧</div>
<div class="nav">⟦m 协会首页⟧ ⟦m 协会概况⟧ ⟦m 行业自律⟧ ⟦m 会员风采⟧ ⟦m 政策法规⟧</div>
<div class="pos">⟦m 当前位置：协会首页 > 行业自律⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布人：协会秘书处　　点击量：564⟧</div>
<div class="content">
{BODY}
</div>
<div class="pn">⟦l 上一篇：宠物美容服务规范（团体标准）征求意见稿⟧</div>
<div class="foot">⟦m 燮川市宠物行业协会秘书处　地址：燮川市奂城区荷风路120号⟧</div>
</body>
</html>
""",
        body="""
全市宠物用品生产经营企业：
近年来，宠物食具市场发展很快，但部分猫食盆、犬食盆存在材质标识不清、以次充好等问题，有的陶瓷食盆使用劣质彩釉，有的塑料食盆使用回收料。为维护行业信誉，保障宠物健康，协会向全体会员单位发出如下倡议：
一、如实标注材质。食盆外包装和盆底应清晰标注材质、生产企业和执行标准，不得把普通塑料标注为“食品级”。
二、严把原料关口。陶瓷食盆使用无铅釉料，塑料食盆不得使用回收料。
三、主动接受监督。欢迎消费者和媒体对会员单位的产品进行监督。
燮川市宠物行业协会
2025年5月30日
""",
    ),
    dict(
        slug="assoc-chanxi-minutes-garment-council-vote",
        site="禅溪县服装行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.cxfzxh.org/xhyw/2025/0120/55.html",
        title="禅溪县服装行业协会三届五次理事会会议纪要",
        record_title="理事会动态｜禅溪县服装行业协会三届五次理事会会议纪要",
        date="2025-01-16",
        notes="minutes with 时间/地点/主持/出席/记录 lines and vote counts; the meeting's 时间 line gives the date",
        page="""
!m 禅溪县服装行业协会 · 服务会员 规范行业
!m 首页 > 协会要闻
{T}
!m 来源：协会秘书处　　阅读：176
{BODY}
!a 【收藏】【打印】【关闭】
!l 上一篇：关于开展2025年度会员单位年检的通知
!m 禅溪县服装行业协会 版权所有　联系电话：0715-3523360
""",
        indent="\u3000\u3000",
        body="""
时间：2025年1月16日上午9:30
地点：禅溪县服装产业园会议中心
主持：会长　秦雅岚
出席：理事23人（应到27人）
记录：秘书处　聂小禾
会议审议并通过了以下事项：
一、《2024年度协会工作报告》，同意23票，反对0票，弃权0票。
二、关于举办“金剪刀”裁剪技能大赛的方案。大赛定于4月举行，设青年组和师傅组，参赛选手自带裁缝剪和划粉，由协会统一提供布料。同意22票，反对0票，弃权1票。
三、关于吸收禅溪县宏裁服饰有限公司等5家企业为新会员的决定。同意23票，反对0票，弃权0票。
会议要求秘书处于2月底前将大赛方案印发各会员单位。
""",
    ),
    dict(
        slug="mail-xc2z-letter-custom-tailor-shears-webmail",
        site="燮川二中邮箱 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xc2z.edu.cn/read?mid=ZC2510-21-0387",
        title="关于定制戏服社团教学用裁缝剪的函",
        record_title="转发：关于定制戏服社团教学用裁缝剪的函.docx",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes=(
            "webmail reading view of a forward: mail headers with the send time, an attachment bar beside the"
            " letter's own 附件 list, the letter's own contact line; the send date differs from the letter's date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于定制戏服社团教学用裁缝剪的函.docx - 燮川二中邮箱</title>
</head>
<body>
<div class="mail-top">⟦m 燮川二中邮箱⟧　⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧</div>
<div class="mail-toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t 转发：关于定制戏服社团教学用裁缝剪的函.docx⟧</h3>
<p>⟦m 发件人：晏秋蓉 &lt;yanqr_xc2z@126.com&gt;⟧</p>
<p>⟦m 收件人：锦裁服饰销售部 &lt;sales@jincai-fs.com&gt;⟧</p>
<p>⟦m 时　间：2025年10月21日（星期二）下午3:16⟧</p>
</div>
<div class="mail-attach">⟦a 附件（2 个）　裁缝剪定制样式说明.pdf（320K）　学校开票信息.docx（14K）　全部下载⟧</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>{T}</p>
{BODY}
</div>
<div class="mail-foot">⟦d 本邮件由校园邮箱系统发出，若非本人收件请删除。⟧</div>
</body>
</html>
""",
        body="""
燮川锦裁服饰有限公司：
我校戏服社团成立于2019年，现有学生社员46名，每周开展两次戏服制作活动。社团现有的裁缝剪多为学生自带，型号不一，刃口磨损严重，影响教学。
经学校研究，拟向贵公司定制教学用裁缝剪30把（10寸，带护指圈，刀身刻“燮川二中戏服社”字样），请贵公司于11月10日前报价，并告知交货周期。
联系人：艺术组 晏秋蓉　电话：0715-3356021　邮箱：yanqr_xc2z@126.com
附件：1．裁缝剪定制样式说明
2．学校开票信息
燮川市第二中学
2025年10月20日
""",
    ),
    dict(
        slug="mail-forward-letter-borrow-turtle-tanks-text",
        site="forwarded mail saved as text (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://xcsng.org.cn/inbox/2025-06-17/0091",
        title="关于借用展示龟缸的函",
        record_title="转发：【阅处】关于借用展示龟缸的函",
        date="2025-06-16",
        date_also=["2025-06-17"],
        notes="a letter forwarded as plain text: forward headers with a send date that differs from the letter's date; the letter's own contact line",
        page="""
!m 发件人：少年宫办公室 <office@xcsng.org.cn>
!m 发送时间：2025年6月17日 9:05
!m 收件人：科技部全体
!m 主题：转发：【阅处】关于借用展示龟缸的函
!a 请各位阅后在OA点“已阅”
!m -------- 原始邮件 --------
{T}
{BODY}
!d 此邮件可能包含内部信息，如误收请立即删除。
""",
        body="""
燮川市自然博物馆：
我宫定于7月15日至8月31日举办“龟的世界”水族科普展。因展示用的大型龟缸数量不足，特商请贵馆借用1.5米以上的玻璃展示龟缸4个（含过滤设备），借用期为7月10日至9月5日。
借用期间，我宫负责龟缸的运输、安装和日常维护，如有损坏照价赔偿。展览结束后5日内完好归还。
盼复为感。
联系人：少年宫科技部 柯静姝　电话：0715-3302614
燮川市少年宫
2025年6月16日
""",
    ),
]
