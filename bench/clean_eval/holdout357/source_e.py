"""holdout357, part E: intranets, company sites, tender portals, law firms, trade
associations and residents' sites. Everything invented by hand; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="afu-oa-minutes-rack-renewal-vote",
        site="阿福便利连锁 协同办公系统 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.afubianli.local/doc/view.do?docId=20240318-0042",
        title="门店陈列展示架更新改造专题会议纪要",
        record_title="☰待阅☰ 门店陈列展示架更新改造专题会议纪要 ‖ 阿福协同",
        date="2024-03-15",
        notes="OA document view: 流转记录, read counts, archive and forward buttons; the minutes' 时间/地点/主持/参会/记录 lines and a vote count kept; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>☰待阅☰ 门店陈列展示架更新改造专题会议纪要 ‖ 阿福协同</title>
<script src="/oa/static/js/docview.js"></script>
</head>
<body class="oa">
<div class="oa-head">⟦m 阿福便利连锁 · 协同办公⟧ ⟦m 当前用户：孙小蕾（运营部）⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项 | 公文管理 | 会议纪要 | 通讯录 | 知识库⟧</div>
<div class="oa-doc">
<div class="oa-title">{T}</div>
<div class="oa-info">⟦m 文档编号：AF-JY-2024-011　密级：内部　起草：总经理办公室⟧</div>
<div class="oa-ops">⟦a 归档 | 转发 | 打印 | 标记已阅⟧</div>
<div class="oa-content">
{BODY}
</div>
<div class="oa-flow">
<h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-03-18 09:12 总经理办公室 拟稿⟧</p>
<p>⟦l 2024-03-18 10:40 赵总 审签⟧</p>
<p>⟦l 2024-03-18 11:05 分发至各部门、各门店⟧</p>
</div>
<div class="oa-read">⟦m 已阅 37 人 / 未阅 9 人⟧</div>
</div>
<div class="oa-foot">⟦m 阿福协同 V6.2　信息部技术支持：分机 8008⟧</div>
</body>
</html>
""",
        body="""
时间：2024年3月15日下午2:30
地点：公司总部三楼会议室
主持：赵建国（总经理）
参会：运营部、采购部、财务部、工程部负责人，城东、城西片区经理
记录：孙小蕾
会议听取了运营部关于门店陈列展示架现状的汇报，研究了更新改造方案。纪要如下：
一、关于改造范围。全市42家门店中，使用超过6年的展示架共380组，会议同意分两批更新，第一批为城东片区的18家门店，6月底前完成。
二、关于选型标准。新展示架统一采用可调层高的钢木结构，单层承重不低于80千克，饮料区加装防倾倒拉片。由采购部组织比选，工程部参与验收。
三、关于预算。第一批改造预算56万元。会议对预算方案进行了表决，应到7人，实到7人，同意6票，弃权1票，方案通过。
四、关于安全。改造期间门店照常营业，工程部要设置隔离区，夜间施工为主，确保顾客安全。
""",
    ),
    dict(
        slug="yunchuan-kitchenware-intranet-bulletin-garlicpress",
        site="蕴川厨之友家居用品有限公司内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intranet.chuzhiyou.local/zlgl/tb/2024-07.html",
        title="关于压蒜器装配车间批量铆钉松动质量问题的通报",
        date="2024-07-08",
        notes="record title as is; intranet page in text; a batch table; the quality office's extension beside the IT desk; 抄送 line",
        page="""
!m 厨之友内网　｜　质量管理
!m 登录人：唐亮（质管部）　　　[注销]
!m 内网首页 > 质量管理 > 质量通报
{T}
!m 发布部门：质量管理部　　阅读次数：164
!a [打印] [下载附件] [返回]
{BODY}
!m IT服务台：分机 6000　|　内网仅限公司员工访问，禁止外传
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
7月3日，质管部在出厂检验中发现，装配二车间生产的不锈钢压蒜器有一批次出现铆钉松动，按压时手柄晃动明显。经排查，问题原因是铆接机压力参数被误调，且首件检验未按规定执行。涉及批次如下：
批次号　数量　处理情况
YS-240701　1200只　全部返工
YS-240702　860只　全部返工
YS-240703　300只　已入库，召回复检
为严肃质量纪律，对装配二车间予以通报批评，扣除该车间当月质量考核分5分；对负责首件检验的班组长按公司质量管理制度处理。
各车间要举一反三，严格执行首件检验和参数变更审批制度，杜绝类似问题再次发生。
质量问题反馈请联系质管部，分机6217。
质量管理部
2024年7月8日
抄送：总经理室，生产副总。
""",
    ),
    dict(
        slug="yeguang-company-recall-tentlamp-batches",
        site="野光户外用品有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.yeguangoutdoor.com/news/notice/2024-07-19-recall.html",
        title="关于召回部分批次充电式帐篷灯的公告",
        record_title="关于召回部分批次充电式帐篷灯的公告 ☎ 售后告知 — 野光户外",
        record_date="2024-07-19",
        date="2024-07-19",
        notes="company site: a cookie notice, a 400 order line and a service float; the recall's own hotline beside them; a batch table; scanning the label's code as content; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于召回部分批次充电式帐篷灯的公告 ☎ 售后告知 — 野光户外</title>
<script src="/static/js/cookie-consent.js"></script>
</head>
<body>
<div class="yg-cookie">⟦d 我们使用Cookie改善您的浏览体验，继续浏览即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<header class="yg-head">⟦m 野光户外⟧ ⟦m 照亮每一次出发⟧
<nav>⟦m 产品中心 | 品牌故事 | 服务支持 | 新闻公告 | 联系我们⟧</nav></header>
<div class="yg-path">⟦m 首页 / 服务支持 / 服务公告⟧</div>
<article class="yg-news">
<h1>{T}</h1>
<p class="yg-date">⟦m 2024年07月19日　野光户外服务中心⟧</p>
{BODY}
</article>
<aside class="yg-float">⟦w 在线客服 ☏ 点我咨询⟧</aside>
<footer class="yg-foot">
<p>⟦m 订购热线：400-660-7319⟧</p>
<p>⟦m 兑阳市野光户外用品有限公司　鄂ICP备19020374号-1⟧</p>
</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在产品质量跟踪中发现，部分批次的YG-T3充电式帐篷灯电池保护板存在缺陷，长时间边充电边使用时，电池可能过热，存在安全隐患。为保障用户安全，我公司决定召回以下批次产品：
型号　生产批次　生产日期范围
YG-T3　T3-2403A　2024年3月1日至3月20日
YG-T3　T3-2404B　2024年4月2日至4月28日
一、如何确认。请查看灯体底部的标签，扫描标签上的二维码即可查询是否属于召回范围。
二、召回方式。属于召回范围的用户，可到原购买门店免费更换新品，或联系我公司寄回，运费由我公司承担。
三、使用提示。更换前请停止使用，切勿边充电边使用。
召回服务电话：0716-8596102（每天8:30-20:30）。
由此给您带来的不便，我们深表歉意。
兑阳市野光户外用品有限公司
2024年7月19日
""",
    ),
    dict(
        slug="lanjing-company-news-decanter-dotted-date",
        site="澜晶玻璃官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lanjingglass.com/news/company/2024/1028.html",
        title="澜晶推出一体式快速醒酒器",
        record_title="澜晶新品志 ♥ 澜晶推出一体式快速醒酒器 — 澜晶玻璃",
        date="2024-10-28",
        notes="company news in text: a dotted date line is the page's date; an online-shop link between paragraphs; a repeated title glued before the lead",
        page="""
!m 澜晶玻璃　LANJING GLASS
!m 关于澜晶　产品中心　新闻动态　招商合作　联系我们
!m 当前位置：新闻动态 ＞ 公司新闻
!t 澜晶新品志 ♥ 澜晶推出一体式快速醒酒器 — 澜晶玻璃
!m 2024.10.28　　　浏览量：560
{BODY}
!l 上一条：澜晶玻璃获评省级专精特新企业　　下一条：澜晶参加秋季广交会
!m 销售热线：0712-5129988　　传真：0712-5129980
!m 蕴川县澜晶玻璃制品有限公司　版权所有
""",
        indent="\u3000\u3000",
        body="""
⟦t 澜晶推出一体式快速醒酒器⟧近日，澜晶玻璃正式推出一体式快速醒酒器。这款产品把醒酒器和倒酒器合为一体，瓶口内置多孔分流器，红酒倒入时被分成细流，与空气的接触面积大大增加，几分钟就能达到传统醒酒器半小时的效果。
醒酒器瓶身采用高硼硅玻璃手工吹制，壁厚均匀、耐冷热冲击，宽底设计放置平稳，瓶口分流器可拆卸清洗。
⟦l 天猫澜晶旗舰店同步上架，搜索“澜晶醒酒器”⟧
公司研发负责人介绍，新品从设计到定型用了近一年时间，先后试制了30多个样品。目前，该产品已获得两项实用新型专利，首批订单主要供应国内酒店和餐饮企业。
""",
    ),
    dict(
        slug="duiyang-tender-bid-result-rack-museum",
        site="兑阳市公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.duiyang.gov.example.cn/jyxx/zfcg/zbgg/2024/0730/66218.html",
        title="兑阳市博物馆临展厅展示架及展柜采购项目中标结果公告",
        record_title="⑁政府采购⑁兑阳市博物馆临展厅展示架及展柜采购项目中标结果公告 _ 兑阳市公共资源交易网",
        date="2024-07-30",
        notes="tender portal: a publicity countdown, CA and trading-system lines; purchaser and agency contacts in the notice; a lots table; the notice's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>⑁政府采购⑁兑阳市博物馆临展厅展示架及展柜采购项目中标结果公告 _ 兑阳市公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="gg-top">⟦m 兑阳市公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 注册⟧</div>
<div class="gg-nav">⟦m 交易信息 ｜ 工程建设 ｜ 政府采购 ｜ 产权交易 ｜ 诚信体系⟧</div>
<div class="gg-pos">⟦m 交易信息 > 政府采购 > 中标（成交）结果⟧</div>
<div class="gg-box">
<h2>{T}</h2>
<div class="gg-info">⟦m 信息时间：2024-07-30　浏览次数：512⟧</div>
<div class="gg-count">⟦m 公示期剩余：0天12时05分⟧</div>
<div class="gg-con">
{BODY}
</div>
</div>
<div class="gg-help">
<p>⟦m CA数字证书办理：0716-8263381⟧</p>
<p>⟦m 电子交易系统故障报修：0716-8263399⟧</p>
</div>
<div class="gg-foot">⟦m 兑阳市公共资源交易中心主办　鄂ICP备14003921号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：DYZC-2024-0617
二、项目名称：兑阳市博物馆临展厅展示架及展柜采购项目
三、中标信息
包号　内容　中标供应商　中标金额
1　可移动组合展示架60组　兑阳市恒美展示器材有限公司　287,600元
2　独立恒湿展柜12台　馀塘县晶盾展柜制造有限公司　431,000元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：兑阳市博物馆，联系人：罗先生，电话：0716-8120635
采购代理机构：兑阳正信招标代理有限公司，联系人：袁女士，电话：0716-8239017
兑阳正信招标代理有限公司
2024年7月30日
""",
    ),
    dict(
        slug="jihu-tender-inquiry-eggslicer-canteens",
        site="暨湖县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.jihu.gov.example.cn/xjgg/2024/0409/3105.html",
        title="暨湖县教育装备中心学校食堂小型厨具询价采购公告",
        record_title="【询价｜学校食堂】暨湖县教育装备中心学校食堂小型厨具询价采购公告-暨湖县政府采购网",
        date="2024-04-09",
        notes="tender page in text: items table, downloading the inquiry file and scanning the quote as content, purchaser contacts beside the platform hotline; the notice's date",
        page="""
!m 暨湖县政府采购网
!m 采购公告 » 询价公告
!t 【询价｜学校食堂】暨湖县教育装备中心学校食堂小型厨具询价采购公告-暨湖县政府采购网
!m 发布：2024-04-09　项目编号：JHXJ2024-021
!a 〖下载公告〗〖打印〗
{BODY}
!m 平台服务热线：0717-4531100
!m 暨湖县财政局主办
""",
        indent="",
        body="""
暨湖县教育装备中心就学校食堂小型厨具采购项目进行询价，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　数量　技术要求
1　不锈钢切蛋器　120个　钢丝直径不小于0.3毫米，可拆洗
2　压蒜器　120个　食品级不锈钢，压板可拆卸
3　不锈钢量勺套装　60套　五件套，刻度清晰
二、报价要求
供应商请于4月16日17时前登录本网下载询价文件，按要求填写报价单，签字盖章后扫描成PDF发送至指定邮箱。
三、联系方式
采购人：暨湖县教育装备中心，联系人：孙先生，电话：0717-4528390，邮箱：jhzbzx@example.cn
暨湖县教育装备中心
2024年4月9日
""",
    ),
    dict(
        slug="junhe-lawfirm-case-garlicpress-injury",
        site="钧和律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.junhelaw.com/anli/xiaofei/2024/418.html",
        title="压蒜器手柄断裂割伤手掌，商家和厂家谁来赔？",
        record_title="消费维权说案 ⚠ 压蒜器手柄断裂割伤手掌，商家和厂家谁来赔？｜钧和律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a repost notice; a consult line glued after a sentence; a case note with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>消费维权说案 ⚠ 压蒜器手柄断裂割伤手掌，商家和厂家谁来赔？｜钧和律师事务所</title>
<script src="/js/zixun.js"></script>
</head>
<body>
<div class="jh2-top">⟦m 钧和律师事务所⟧ ⟦m 持正守和　护您权益⟧ ⟦m 全国咨询热线 400-812-6630⟧</div>
<div class="jh2-nav">⟦m 首页 · 律所简介 · 专业领域 · 律师团队 · 典型案例 · 联系我们⟧</div>
<div class="jh2-loc">⟦m 首页 » 典型案例 » 消费维权⟧</div>
<div class="jh2-case">
<h1>{T}</h1>
<div class="jh2-meta">⟦m 作者：钧和律所消费者权益团队　阅读：947⟧</div>
{BODY}
</div>
<div class="jh2-card">⟦m 承办律师：赵婧　执业证号 14212201910573320⟧</div>
<div class="jh2-float">⟦w 免费法律咨询 · 律师在线 ⟧</div>
<div class="jh2-repost">⟦d 本文为钧和律所原创，转载请联系授权并注明出处⟧</div>
<div class="jh2-foot">⟦m 钧和律师事务所　地址：兑阳市芽湾区中南大道66号　鄂ICP备20011862号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】
孙女士在一家超市购买了一只塑料压蒜器，使用不到一周，在正常按压时手柄突然断裂，断口划伤了她的手掌，缝了五针。孙女士要求超市赔偿，超市称产品质量问题应找厂家。
【争议焦点】
消费者因产品缺陷受到伤害，应当向谁主张赔偿？
【法院观点】
法院审理认为，根据《中华人民共和国民法典》的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。经鉴定，涉案压蒜器手柄材料强度不符合标准，属于缺陷产品。法院判决超市赔偿孙女士医疗费、误工费等共计6800余元，超市赔偿后可向生产厂家追偿。⟦w 遇到类似纠纷？点此预约钧和律师一对一解答⟧
【律师提示】
购买厨房小工具时要保留购物凭证，受伤后及时就医并保存病历，必要时申请产品质量鉴定。
""",
    ),
    dict(
        slug="langche-lawfirm-letter-decanter-false-claims",
        site="朗澈律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="notice",
        form="text",
        source="http://www.langchelaw.cn/wenshu/lsh/2024/1126.html",
        title="关于停止虚假宣传“水晶醒酒器”的律师函",
        record_title="律师函（公开样本）▸ 关于停止虚假宣传“水晶醒酒器”的律师函｜朗澈律所",
        date="2024-11-25",
        notes="law firm page in text: a lawyer card and a 400 line; the letter's own contact phone; 抄送 line; the 成文日期 under the signature",
        page="""
!m 朗澈律师事务所　｜　专注知识产权与消费维权
!m 首页 ＞ 律所文书 ＞ 律师函
!t 律师函（公开样本）▸ 关于停止虚假宣传“水晶醒酒器”的律师函｜朗澈律所
!m 文书公开已隐去当事人信息　阅读 633
{T}
朗律函字〔2024〕第118号
{BODY}
!m 经办律师：唐慧敏（执业证号1421220151042）
!w 全国服务热线 400-027-8816　｜　在线预约律师
!d 本站公开文书仅供参考，具体问题请咨询专业律师
""",
        indent="\u3000\u3000",
        body="""
××网店经营者：
朗澈律师事务所接受蕴川县澜晶玻璃制品有限公司（以下简称“委托人”）的委托，就贵店销售醒酒器过程中的虚假宣传行为，郑重致函如下：
经委托人调查，贵店在商品页面中将普通钠钙玻璃醒酒器宣传为“水晶醒酒器”“澜晶同厂同款”，并盗用委托人的产品图片。上述行为违反《中华人民共和国反不正当竞争法》的相关规定，损害了委托人的商业信誉和消费者的知情权。
为此，本律师特函告贵店：自收到本函之日起七日内，立即删除相关虚假宣传内容和盗用图片，并书面回复处理结果。逾期未处理的，委托人将依法追究贵店的法律责任。
联系电话：0712-5136672。
朗澈律师事务所
律师：唐慧敏
二〇二四年十一月二十五日
抄送：蕴川县澜晶玻璃制品有限公司
""",
    ),
    dict(
        slug="duiyang-outdoor-assoc-pledge-tentlamp-labels",
        site="兑阳市户外用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.dyhwxh.org.example.cn/xhdt/2024/0402/211.html",
        title="关于规范帐篷灯亮度和续航标注的倡议书",
        record_title="会员倡议 ㊟ 关于规范帐篷灯亮度和续航标注的倡议书 - 兑阳市户外用品行业协会",
        date="2024-03-28",
        date_also=["2024-04-02"],
        notes="association site: a member-login row and a member hotline; the association's name also signs the pledge; sharing the pledge as content; the site's date differs from the pledge's",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>会员倡议 ㊟ 关于规范帐篷灯亮度和续航标注的倡议书 - 兑阳市户外用品行业协会</title>
</head>
<body>
<div class="xh-top">⟦a 会员登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0716-8540921⟧</div>
<div class="xh-logo">⟦m 兑阳市户外用品行业协会⟧</div>
<div class="xh-nav">⟦m 协会概况 | 协会动态 | 行业自律 | 会员风采 | 政策法规⟧</div>
<div class="xh-pos">⟦m 位置：首页 - 行业自律⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<div class="xh-info">⟦m 发布日期：2024-04-02　来源：协会秘书处⟧</div>
{BODY}
<div class="xh-share">⟦l 分享本页到：微信好友 / 朋友圈⟧</div>
</div>
<div class="xh-foot">⟦m 地址：兑阳市芽湾区会展路3号　邮箱：dyhwxh@example.org⟧</div>
<script src="/js/xh.js"></script>
</body>
</html>
""",
        body="""
全市户外用品生产、销售企业：
近年来，帐篷灯已成为露营爱好者的必备装备。但协会在市场走访中发现，部分产品虚标亮度和续航，有的标注“续航100小时”，实测不足三分之一，消费者意见较大。为维护行业信誉，协会向全体会员单位和全市户外用品企业倡议：
一、如实标注。帐篷灯的亮度、续航时间、电池容量应按实际检测结果标注，并注明测试档位。
二、安全优先。选用合格电芯和保护板，在说明书中写明充电和使用的安全注意事项。
三、诚信销售。网店和门店宣传不夸大、不误导，主动为消费者讲清各档位的实际续航。
四、相互监督。欢迎各会员单位转发分享本倡议，发现虚标行为可向协会反映。
兑阳市户外用品行业协会
2024年3月28日
""",
    ),
    dict(
        slug="jihu-display-props-assoc-minutes-vote",
        site="暨湖县商业展示道具协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.jhzsdj.org.example.cn/huiyi/2024/12.html",
        title="暨湖县商业展示道具协会第三届理事会第二次会议纪要",
        date="2024-11-22",
        notes="record title as is; the 时间/地点/主持/参会/记录 lines of minutes and a vote count kept; the 时间 line gives the date; member-login line and hotline",
        page="""
!a 会员登录　｜　入会须知
!m 暨湖县商业展示道具协会　　会员服务电话：0717-4560819
!m 协会首页 / 会议纪要
{T}
!m 发布人：秘书处　　点击：96
{BODY}
!l 往期纪要：第三届理事会第一次会议纪要 ｜ 2024年会员大会纪要
!m 暨湖县商业展示道具协会秘书处　版权所有
""",
        indent="",
        body="""
时间：2024年11月22日上午9:00
地点：协会会议室
主持：袁志强（会长）
参会：理事单位代表15人，监事2人
记录：龚莉
会议审议并通过了以下事项：
一、审议通过《展示架产品团体标准（征求意见稿）》编制工作计划。标准重点规定展示架的承重、稳定性和边角安全要求，计划明年6月发布。
二、审议通过吸收兑阳恒美展示器材有限公司等3家企业为新会员。
三、讨论了会员企业参加明年春季商业展示博览会的组织方案。
表决情况：应到理事15人，实到14人，第一项14票同意，第二项13票同意、1票弃权，均获通过。
会议要求秘书处在12月底前将团体标准编制工作计划报县市场监管局备案。
""",
    ),
    dict(
        slug="weixin-community-notice-tentlamp-elders",
        site="惟新社区居民服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.weixinsq.example.cn/tzgg/2024/0620/302.html",
        title="关于为独居老人家庭发放应急帐篷灯的通知",
        record_title="【惟新提醒】关于为独居老人家庭发放应急帐篷灯的通知（请子女转告）- 惟新社区",
        date="2024-06-20",
        notes="residents' site: weather, a grid worker's box and a property repair line; the community's duty phone in the notice; the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【惟新提醒】关于为独居老人家庭发放应急帐篷灯的通知（请子女转告）- 惟新社区</title>
</head>
<body>
<div class="sq-top">⟦m 今天 阵雨 23～29℃⟧ ⟦m 惟新社区居民服务网⟧</div>
<div class="sq-nav">⟦m 社区首页 · 社区公告 · 便民服务 · 党建园地 · 志愿者之家⟧</div>
<div class="sq-pos">⟦m 当前：社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-meta">⟦m 惟新社区居委会　阅读 287⟧</div>
{BODY}
</div>
<div class="sq-grid">
<p>⟦m 网格员：孙海燕　手机：13972601583⟧</p>
<p>⟦m 物业报修：0716-8567702（24小时）⟧</p>
</div>
<div class="sq-foot">⟦m 兑阳市芽湾区惟新社区居民委员会　技术支持：芽湾区智慧社区平台⟧</div>
</body>
</html>
""",
        body="""
各位居民：
汛期来临，为帮助独居老人应对夜间停电等突发情况，社区从区应急管理局争取到一批充电式帐篷灯，将为辖区独居老人家庭每户发放1盏。现将有关事项通知如下：
一、发放对象：辖区内登记在册的独居老人家庭，共63户。
二、发放时间：6月24日至6月26日，每天9:00—17:00。
三、发放方式：社区志愿者上门发放，现场教老人充电和开关，并帮助挂在床头或门口便于取用的位置。
四、温馨提示：帐篷灯平时每月充一次电，停电时可作应急照明，不要放在灶台旁边。子女不在身边的，可关注“惟新社区”公众号查看发放进度。
如有疑问，请拨打社区值班电话：0716-8563310。
惟新社区居民委员会
2024年6月20日
""",
    ),
    dict(
        slug="yunyuan-community-pledge-garlicpress-sharing",
        site="蕴园社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://yunyuan.shequ.example.cn/news/2024/1009/88.html",
        title="邻里厨房小工具共享倡议书",
        record_title="邻里厨房小工具共享倡议书 ⇧ 蕴园社区网（欢迎转发到楼栋群）",
        date="2024-10-09",
        notes="residents' site in text: weather, a grid worker's line; a pledge that speaks of scanning and sharing as content; the 成文日期",
        page="""
!m 蕴园社区网　　今日：晴　18～26℃
!m 社区动态 ＞ 倡议
!t 邻里厨房小工具共享倡议书 ⇧ 蕴园社区网（欢迎转发到楼栋群）
{T}
{BODY}
!m 本栋网格员：赵丽　13807221946
!a 点个赞　转给邻居
!m 蕴园社区居委会　地址：蕴川县城关镇蕴园路1号
""",
        indent="\u3000\u3000",
        body="""
亲爱的邻居们：
家里的压蒜器、切蛋器、榨汁机，是不是一年也用不了几回？买了占地方，不买又偶尔要用。为此，社区倡议大家一起建立“邻里厨房小工具共享角”：
一、共享出来。家中闲置、完好的厨房小工具，可以登记后放到社区共享角，供邻居借用。
二、扫码借还。在共享角扫描二维码登记借用，三天内归还，归还前请清洗干净。
三、爱惜物品。借用的小工具如有损坏，请主动告知并协商处理。
四、分享心得。欢迎大家在楼栋群里分享使用小工具做的家常菜，让邻里之间多一分温情。
一件小工具，多家都能用。让我们从共享一只压蒜器开始，做有温度的好邻居！
蕴园社区居民委员会
2024年10月9日
""",
    ),
]
