"""holdout37, part D: a personnel-exam site, tender platforms, law firms, residents' sites,
associations, corporate sites and a training school — a 120 dispatch centre's ambulance
tender, a seawall repair bid, a vinegar brewery, a car-wash and a kayak association,
a laundry plant, a climbing gym. Invented text."""

CASES = [
    dict(
        slug="exam-zhiyang-html-dispatcher-recruitment",
        site="滍阳市人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zyrsks.example.gov.cn/html/tzgg/2025/0815/9012.html",
        title="滍阳市急救指挥中心2025年公开招聘调度员面试公告",
        record_title="【面试公告】滍阳市急救指挥中心2025年公开招聘调度员面试公告",
        date="2025-08-15",
        notes="personnel-exam portal: floating consult box with the site's technical line, 'exam reminders' marquee, interview list table kept, the centre's own 咨询电话 kept; 准考证 print sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【面试公告】滍阳市急救指挥中心2025年公开招聘调度员面试公告</title></head><body>
<div class="top">⟦m 滍阳市人事考试信息网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="notice-scroll">⟦m 温馨提示：请考生按时打印准考证，谨防各类考试诈骗！⟧</div>
<div class="crumbs">⟦m 首页 / 通知公告 / 事业单位招聘⟧</div>
<h2>⟦t 【面试公告】滍阳市急救指挥中心2025年公开招聘调度员面试公告⟧</h2>
<div class="src">⟦m 发布日期：2025-08-15　来源：市急救指挥中心　阅读次数：2961⟧</div>
<div class="con">
{BODY}
</div>
<div class="float-box">⟦w 网上报名技术咨询：0375-2901188⟧ ⟦a 关闭⟧</div>
<div class="ft">⟦m 滍阳市人力资源考试中心 主办⟧ ⟦m 豫ICP备08123320号⟧</div>
</body></html>
""",
        body="""
根据公开招聘工作安排，现将滍阳市急救指挥中心调度员岗位面试有关事项公告如下：
一、进入面试人员名单
准考证号　姓名　笔试成绩
202508010112　刘晓雨　78.5
202508010207　付强　76.0
202508010301　韩梦　75.5
二、面试时间：8月23日上午8:00，地点：市人力资源服务中心三楼。
三、考生须于8月20日起登录本网站打印面试通知书。
咨询电话：0375-2677120（市急救指挥中心办公室）
滍阳市急救指挥中心
2025年8月15日
""",
    ),
    dict(
        slug="tender-qinwan-html-seawall-repair-bid-result",
        site="溱湾县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.qinwan.example.gov.cn/jyxx/jsgc/zbgs/20250902/4471.html",
        title="溱湾县东港海堤水毁修复工程中标结果公示",
        date="2025-09-02",
        notes="tender platform: CA-certificate hotline, project info table in the meta, bid result table kept, purchaser and agency contacts kept beside the platform's service line, a 'related announcements' list",
        page="""
<html><head><meta charset="utf-8"><title>溱湾县东港海堤水毁修复工程中标结果公示</title></head><body>
<div class="hd">⟦m 溱湾县公共资源交易网⟧ ⟦m 服务热线：0580-7139000⟧ ⟦m CA证书办理：400-880-1170⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　主体库⟧</div>
<div class="loc">⟦m 交易信息 > 建设工程 > 中标结果⟧</div>
<h1>⟦t 溱湾县东港海堤水毁修复工程中标结果公示⟧</h1>
<p class="meta">⟦m 【信息时间：2025-09-02】　【阅读次数：187】⟧ ⟦a 【我要打印】⟧ ⟦a 【关闭】⟧</p>
{BODY}
<div class="rel">⟦l 相关公告⟧<ul><li>⟦l 溱湾县东港海堤水毁修复工程招标公告⟧</li><li>⟦l 溱湾县东港海堤水毁修复工程答疑澄清⟧</li></ul></div>
<div class="ft">⟦m 溱湾县公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
溱湾县东港海堤水毁修复工程于2025年8月28日开标，经评标委员会评审，现将中标结果公示如下：
中标人　投标报价（元）　工期（日历天）
溱湾海工建设有限公司　4386210.00　120
公示期为2025年9月3日至9月5日。投标人或其他利害关系人对公示结果有异议的，应在公示期内以书面形式提出。
招标人：溱湾县海堤管理所　联系人：钱工　电话：0580-7122018
招标代理机构：浙东工程咨询有限公司　联系人：杜女士　电话：0580-7156630
""",
    ),
    dict(
        slug="tender-ruiguang-text-ambulance-purchase",
        site="瑞光政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.ruiguangcg.example.com/cggg/2025/06/0610-ambulance.html",
        title="涢溪县急救指挥中心负压救护车采购项目竞争性磋商公告",
        record_title="涢溪县急救指挥中心负压救护车采购项目竞争性磋商公告 - 瑞光政府采购网",
        date="2025-06-10",
        notes="procurement text page: register-to-download prompt, a membership ad, the purchaser's and agency's contacts kept, a 1. 2. 3. list; the document's own 'download the file' sentence kept",
        page="""
!m 瑞光政府采购网　采购公告
!m 项目编号：YXCG-2025-0317　地区：涢溪县
{T}
!m 发布：2025-06-10　截止：2025-06-20
!a 注册会员即可查看联系人信息，立即注册 >>
{BODY}
!a 收藏项目　｜　订阅同类项目
!w 标讯订阅咨询：陈经理 138 0000 7316（微信同号）
""",
        body="""
一、项目名称：涢溪县急救指挥中心负压救护车采购项目。
二、采购内容：负压救护车两辆，预算金额九十六万元。
三、供应商资格要求：
1.具有独立承担民事责任的能力；
2.具有汽车生产企业授权或经销资格；
3.近三年经营活动中没有重大违法记录。
四、获取磋商文件：即日起至6月16日，在县公共资源交易平台免费下载磋商文件。
采购人：涢溪县急救指挥中心　联系电话：0712-4561200
代理机构：楚天采购咨询有限公司　联系电话：0712-4587301
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-html-prepaid-card-lecture",
        site="正源律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.zhengyuanlaw.example.cn/insights/2025/prepaid-cards.html",
        title="洗车行业预付卡经营的法律风险——在市洗车行业协会会员大会上的讲座稿",
        record_title="法律讲堂丨洗车行业预付卡经营的法律风险——在市洗车行业协会会员大会上的讲座稿 | 正源律所",
        date="2025-05-16",
        notes="law-firm site: lawyer card with phone and WeChat, consult button, disclaimer 'not legal advice', lecturer line and date under the title neutral, related insights",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨洗车行业预付卡经营的法律风险 | 正源律所</title></head><body>
<div class="nav">⟦m 正源律师事务所⟧ ⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 正源观点⟧</div>
<div class="crumb">⟦m 正源观点 / 法律讲堂⟧</div>
<h1>⟦t 法律讲堂丨洗车行业预付卡经营的法律风险——在市洗车行业协会会员大会上的讲座稿⟧</h1>
<p class="spk">正源律师事务所合伙人　莫文清</p>
<p class="d">（2025年5月16日）</p>
<div class="entry">
{BODY}
</div>
<div class="card">⟦w 莫文清律师　执业证号 14401201810017⟧ ⟦w 咨询电话：020-8332 6618⟧ ⟦w 微信：zhengyuan_mo⟧ ⟦a 立即咨询⟧</div>
<div class="disc">⟦d 本文仅为一般性法律知识分享，不构成针对具体事项的法律意见。⟧</div>
<div class="more">⟦l 相关观点：健身房闭店后会员如何维权⟧ ⟦l 小微企业用工合规十问⟧</div>
<div class="foot">⟦m © 正源律师事务所　粤ICP备19033421号⟧</div>
</body></html>
""",
        body="""
各位会员朋友：
今天和大家交流洗车门店办理预付卡的几个法律风险。
第一，合同风险。很多门店只发卡不签合同，一旦发生纠纷，卡内余额、服务项目和有效期都说不清。
第二，经营变动风险。门店转让、停业不告知持卡人，可能构成违约，情节严重的还可能涉嫌诈骗。
第三，资金监管风险。按照本市规定，预付卡余额超过一定规模的，应当存入资金监管账户。
建议各门店规范合同文本，把预付卡业务做在阳光下。
""",
    ),
    dict(
        slug="lawfirm-haiqing-text-kiwi-contract-letter",
        site="海清律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.haiqinglaw.example.com/news/2025/1108.html",
        title="致全县猕猴桃种植户的订单合同风险提示函",
        record_title="法律提示｜致全县猕猴桃种植户的订单合同风险提示函 - 海清律所",
        date="2025-11-08",
        notes="law-firm text page: site slogan, consult hotline lines at top and bottom, the firm's own public-welfare consultation line kept in the body; disclaimer",
        page="""
!m 海清律师事务所　|　专注农村法律服务十五年
!m 免费咨询热线：400-600-1558
!t 法律提示｜致全县猕猴桃种植户的订单合同风险提示函
!m 发布时间：2025-11-08　作者：海清律所农村法律服务部
{BODY}
!d 温馨提示：以上内容不代表对具体案件的法律意见。
!w 案件咨询请拨打 400-600-1558，或添加律师微信 haiqing-law
""",
        body="""
各位猕猴桃种植户：
近期正值猕猴桃收购季，我们接到多起因订单合同引发的咨询。为帮助大家防范风险，特作如下提示：
一、签订合同前，要核实收购方的营业执照和经营地址，不要轻信口头承诺。
二、合同中要写明收购价格、等级标准、付款时间和违约责任。
三、交货时要当场过磅、当场签字确认，保存好交货凭证。
如遇纠纷，可拨打本所公益法律咨询专线0859-6231148。
海清律师事务所
2025年11月8日
""",
    ),
    dict(
        slug="community-binhai-html-laundry-noise-notice",
        site="滨海社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.binhaisq.example.org.cn/sqgg/2025/0722.html",
        title="关于社区洗涤厂夜间降噪整改情况的公告",
        record_title="关于社区洗涤厂夜间降噪整改情况的公告_社区公告_滨海社区网",
        date="2025-07-22",
        notes="residents' site: grid-worker box with phone, 便民电话 list in the sidebar, the residents' committee's own 联系电话 kept in the body, a 'like' and a comment box",
        page="""
<html><head><meta charset="utf-8"><title>关于社区洗涤厂夜间降噪整改情况的公告_社区公告_滨海社区网</title></head><body>
<div class="top">⟦m 滨海社区网　共建共治共享⟧</div>
<div class="nav">⟦m 社区首页 社区公告 党群服务 邻里互助 办事指南⟧</div>
<div class="main"><h2>⟦t 关于社区洗涤厂夜间降噪整改情况的公告⟧</h2>
<div class="by">⟦m 社区居委会　2025-07-22　阅读 655⟧</div>
{BODY}
<div class="likes">⟦l 👍 赞(48)⟧ ⟦l 评论(12)⟧</div></div>
<div class="side"><div class="grid">⟦w 网格员：曲春梅　电话：139 0000 4412⟧</div>
<div class="bm"><h4>⟦l 便民电话⟧</h4><p>⟦l 物业服务中心 0580-7168801⟧</p><p>⟦l 社区卫生站 0580-7168830⟧</p></div></div>
<div class="foot">⟦m 滨海社区居民委员会 主办⟧</div>
</body></html>
""",
        body="""
各位居民：
针对居民反映的社区北侧洗涤厂夜间噪声问题，社区居委会会同街道环保所多次上门督促整改。现将整改情况公告如下：
一、洗涤厂已于7月15日完成烘干机组隔音罩安装，夜间噪声经检测已降至五十分贝以下。
二、洗涤厂承诺晚十点至早六点不再开展装卸作业。
三、社区将每月组织一次居民代表回访，欢迎大家继续监督。
如有问题，请拨打社区居委会联系电话0580-7168868。
滨海社区居民委员会
2025年7月22日
""",
    ),
    dict(
        slug="community-xingfuli-text-ice-rink-volunteers",
        site="幸福里社区服务站 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://xingfuli.example.org/notice/2025-12-01",
        title="幸福里社区冬季公益冰场志愿服务倡议书",
        record_title=None,
        date="2025-12-01",
        notes="no record title; site header, 'join volunteers' button glued after a sentence, a QR-code sign-up line inside the body (chrome line of its own between paragraphs), the pledge's own sign-up sentence kept",
        page="""
!m 幸福里社区服务站 · 邻里有约
!m 首页 > 志愿服务 > 活动召集
{T}
!m 发布于 2025-12-01 09:00
{BODY}
!l 已有 36 位邻居报名
!m 幸福里社区居委会　服务热线 0428-7123456
""",
        body="""
亲爱的邻居们：
今年冬天，社区将在中心广场浇筑一块公益冰场，免费向居民开放。冰场的浇冰、巡场和秩序维护需要大家的帮助。⟦a 立即加入志愿者>⟧
我们倡议：
一、每位志愿者每月参加不少于两次值守，每次两小时。
⟦a 扫码进入“幸福里志愿”小程序报名⟧
二、值守时佩戴志愿者袖标，提醒滑冰居民佩戴护具、有序滑行。
三、发现冰面裂缝或有人受伤，第一时间报告社区值班室。
报名请到社区服务站一楼登记，或在楼栋群内联系楼长。
幸福里社区居委会
2025年12月1日
""",
    ),
    dict(
        slug="association-xiche-html-carwash-pledge",
        site="浍城市洗车行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.hcxcxh.example.org/xhdt/2025/0301.html",
        title="洗车行业诚信经营倡议书",
        record_title="【协会倡议】洗车行业诚信经营倡议书 - 浍城市洗车行业协会",
        date="2025-03-01",
        notes="association site: member-login box, a join-the-association CTA, the pledge's own 'scan to sign' sentence kept, member logo list in the footer",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】洗车行业诚信经营倡议书 - 浍城市洗车行业协会</title></head><body>
<div class="logo">⟦m 浍城市洗车行业协会⟧</div>
<div class="menu">⟦m 协会首页 | 协会简介 | 协会动态 | 会员风采 | 培训考证 | 联系我们⟧</div>
<div class="login">⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<h2>⟦t 【协会倡议】洗车行业诚信经营倡议书⟧</h2>
<div class="meta">⟦m 发布人：协会秘书处　发布日期：2025-03-01⟧</div>
<div class="content">
{BODY}
</div>
<div class="join">⟦a 加入协会，享受会员培训、法律咨询等八项服务，点击申请⟧</div>
<div class="foot">⟦m 协会地址：浍城市中山路188号三楼　电话：0662-3212808⟧ ⟦m 粤ICP备20018871号⟧</div>
</body></html>
""",
        body="""
全市洗车从业者：
3月15日国际消费者权益日即将到来。为维护消费者合法权益，树立行业良好形象，协会向全体会员单位发出倡议：
一、明码标价，服务项目和价格在店内醒目位置公示，不强行推销。
二、规范办理预付卡，与顾客签订书面合同。
三、使用合格产品，建立产品进货查验台账。
请各会员单位负责人扫描协会发放的承诺书二维码，在线签署诚信经营承诺。
浍城市洗车行业协会
2025年3月1日
""",
    ),
    dict(
        slug="association-pihuating-text-kayak-council-minutes",
        site="泜水县皮划艇协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.zspht.example.org/news/2025-03-18.html",
        title="泜水县皮划艇协会第二届理事会第三次会议纪要",
        date="2025-03-16",
        date_also=["2025-03-18"],
        notes="minutes: 时间/地点/主持/出席/记录 lines and a vote count kept; posting date differs from meeting date; association nav and footer; a 'share' bar",
        page="""
!m 泜水县皮划艇协会官网
!m 协会首页 → 协会动态 → 会议纪要
{T}
!m 时间：2025-03-18　作者：秘书处　阅读：119
{BODY}
!l 分享到：朋友圈 ｜ 微博 ｜ QQ
!l 上一篇：2025年度会员注册通知
!m Copyright © 泜水县皮划艇协会
""",
        body="""
时间：2025年3月16日上午9:30
地点：泜水县体育中心会议室
主持：协会会长　甘泽
出席：理事十五人，监事二人
记录：俞佳
会议审议通过了以下事项：
1.2025年度协会工作计划，同意十五票，反对零票，弃权零票。
2.举办泜水皮划艇野水巡游活动的方案。
3.吸收新会员单位三家。
""",
    ),
    dict(
        slug="corp-laocu-html-brewery-recall",
        site="泜水老陈醋股份有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zslaocu.example.com/news/gonggao/20250812.html",
        title="关于主动召回部分批次陈醋产品的公告",
        record_title="关于主动召回部分批次陈醋产品的公告-泜水老陈醋股份有限公司",
        date="2025-08-12",
        record_date="2025-08-12",
        notes="corporate site: online-shop link, 400 sales line in the header, recall batch table kept, the company's own recall hotline kept beside the sales 400 line",
        page="""
<html><head><meta charset="utf-8"><title>关于主动召回部分批次陈醋产品的公告-泜水老陈醋股份有限公司</title></head><body>
<header>⟦m 泜水老陈醋　百年醋坊⟧ ⟦m 全国订购热线：400-118-6688⟧ <a>⟦a 官方商城⟧</a></header>
<nav>⟦m 首页　走进泜水　产品中心　新闻中心　招商加盟　联系我们⟧</nav>
<div class="crumb">⟦m 新闻中心 > 公司公告⟧</div>
<h1>⟦t 关于主动召回部分批次陈醋产品的公告⟧</h1>
<p class="date">⟦m 2025-08-12　浏览量：3408⟧</p>
<section>
{BODY}
</section>
<div class="prevnext">⟦l 上一篇：泜水老陈醋荣获省级老字号称号⟧ ⟦l 下一篇：公司举办第三届开放日活动⟧</div>
<footer>⟦m 泜水老陈醋股份有限公司 版权所有　地址：泜水县醋坊街1号⟧ ⟦m 晋ICP备09017762号⟧</footer>
</body></html>
""",
        body="""
近日，我公司在例行抽检中发现，部分批次五年陈醋产品标签上的生产日期打印模糊。为保障消费者权益，公司决定主动召回以下批次产品：
产品名称　规格　生产批号
五年陈醋　500毫升　20250603A
五年陈醋　500毫升　20250604B
已购买上述产品的消费者，可凭产品到原购买门店办理退换，或拨打公司召回专线0354-5201119咨询。
对由此给消费者带来的不便，我们深表歉意。
泜水老陈醋股份有限公司
2025年8月12日
""",
    ),
    dict(
        slug="corp-yuanfeng-text-laundry-plant-news",
        site="远丰洗涤服务有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yuanfengxd.example.com/news/1202.html",
        title="远丰洗涤新建医用织物洗涤生产线投入运行",
        record_title="远丰洗涤新建医用织物洗涤生产线投入运行_公司新闻",
        date="2025-12-02",
        notes="corporate text page: site name, slogan, 400 service line and a byline above the title, a 'more photos' link glued after a paragraph, footer; relative '3天前' stamp not a date",
        page="""
!m 远丰洗涤　让每一件织物都洁净安心
!m 服务热线：400-700-2618
!m 首页 » 新闻动态 » 公司新闻
!m 2025-12-02　来源：本站　更新于 3天前
{T}
{BODY}
!l 返回列表
!m 远丰洗涤服务有限公司　地址：漷原县工业园区纬三路8号
""",
        body="""
12月1日，公司新建的医用织物洗涤生产线正式投入运行，日洗涤能力达到八吨。
新生产线按照医用织物洗涤消毒技术规范建设，洁区、污区严格分开，感染性织物实行专机洗涤。⟦a 查看更多图片>>⟧
生产线投入运行后，公司可为县内三家医院和十二家卫生院提供洗涤服务。
公司负责人表示，将以新生产线为契机，进一步提升洗涤质量和服务水平。
""",
    ),
    dict(
        slug="training-yanding-text-climbing-instructor-course",
        site="岩顶攀岩培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yandingpy.example.com/course/2025-autumn.html",
        title="2025年秋季攀岩指导员培训班招生简章",
        record_title="【火热报名中】2025年秋季攀岩指导员培训班招生简章",
        date="2025-08-20",
        notes="training school: QQ/WeChat consult boxes, a trial-lesson CTA glued after a sentence, a fee table kept, the school's own 报名电话 kept beside a 400 line",
        page="""
!m 岩顶攀岩培训中心　专业 · 安全 · 快乐攀登
!w 课程顾问QQ：2081337760　微信：yanding_climb
!t 【火热报名中】2025年秋季攀岩指导员培训班招生简章
!m 发布：2025-08-20　浏览：1537
{BODY}
!w 全国招生热线：400-900-8127
!a 在线报名　　预约试课
""",
        body="""
为培养专业攀岩指导人才，本中心定于9月举办2025年秋季攀岩指导员培训班。
一、招生对象：年满十八周岁，身体健康，具有一年以上攀岩经历的爱好者。⟦a 免费体验课，点击预约⟧
二、培训内容：攀岩技术、保护技术、绳结与装备、教学方法、急救知识。
三、培训费用：
班型　学时　费用
周末班　六十学时　三千八百元
集中班　六十学时　三千六百元
四、报名电话：0375-2630518（岩顶攀岩培训中心前台）
岩顶攀岩培训中心
2025年8月20日
""",
    ),
]
