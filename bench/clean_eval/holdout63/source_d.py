"""holdout63, part D: 招投标网, 律所网站, 社区网站, 行业协会, 企业官网, 培训机构. Invented text."""

CASES = [
    dict(
        slug="tender-yuwan-html-ferry-boat-bid",
        site="榆湾公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.yuwan.example/jyxx/jsgc/2025/0812_4410.html",
        title="榆湾县渡口钢质渡船更新采购项目中标结果公告",
        date="2025-08-12",
        notes="trading platform; bid result table kept; 联系人 of the purchaser kept; platform hotline chrome",
        page="""
<html><head><title>榆湾县渡口钢质渡船更新采购项目中标结果公告</title></head><body>
<div class="top">⟦m 榆湾县公共资源交易中心⟧ ⟦m 服务热线：0719-6609900⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 服务指南 专家库⟧</div>
<div class="loc">⟦m 当前位置：交易信息 > 政府采购 > 结果公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 【信息时间：2025-08-12】【阅读次数：】⟧ ⟦a 【我要打印】【关闭】⟧</div>
{BODY}
<div class="ft">⟦m 主办：榆湾县公共资源交易中心　技术支持：标讯科技⟧</div>
</body></html>
""",
        body="""
一、项目编号：YWCG-2025-0317
二、采购内容：钢质渡船2艘
三、中标结果
包号　中标单位　中标金额（万元）
1　东渚船舶制造有限公司　186.4
2　菱港造船厂　179.8
四、公告期限：自本公告发布之日起1个工作日。
采购人联系人：焦明，电话：0719-6615520
""",
    ),
    dict(
        slug="tender-binhai-text-salt-pan-repair",
        site="滨海招标信息网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="text",
        source="http://www.bhzbxx.example/zbgg/2025/3309.html",
        title="北芦盐场结晶池修复工程招标公告",
        record_title="北芦盐场结晶池修复工程招标公告-滨海招标信息网",
        date=None,
        notes="decorated title; no date (only a 截止 time inside); member prompt",
        page="""
!m 滨海招标信息网　招标　采购　拟建项目
!t 北芦盐场结晶池修复工程招标公告-滨海招标信息网
!m 地区：滨海　类型：招标公告　更新：近期
!a 以下内容仅对VIP会员开放完整联系方式，立即开通
{BODY}
!w 商务合作：13855201477（陈经理）
!l 相似项目：盐场道路硬化工程 / 卤水管道更换工程
""",
        body="""
北芦盐场结晶池修复工程已批准建设，现进行公开招标。
1.工程概况：修复东滩结晶池12个，总面积约9.6万平方米。
2.投标人资格：具备水利水电工程施工总承包三级及以上资质。
3.投标截止时间：另行通知。
""",
    ),
    dict(
        slug="lawfirm-hengping-html-pigeon-dispute",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="article",
        form="html",
        source="https://www.hengpinglaw.example/case/2025/77.html",
        title="邻居养鸽扰民，能否要求拆除鸽舍？",
        date="2025-05-09",
        notes="law firm; consult box; disclaimer; byline date",
        page="""
<!DOCTYPE html><html><head><title>邻居养鸽扰民，能否要求拆除鸽舍？_衡平律师事务所</title></head><body>
<div class="hd">⟦m 衡平律师事务所 专业 诚信 高效⟧ ⟦w 免费法律咨询：400-117-6688⟧</div>
<div class="nav">⟦m 首页 律所简介 律师团队 典型案例 法律资讯⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 作者：牟律师　时间：2025-05-09　浏览：⟧</div>
{BODY}
<div class="tip">⟦d 本文仅为一般性法律信息，不构成针对具体案件的法律意见。⟧</div>
<div class="rel">⟦l 相关文章：相邻关系纠纷如何处理 ｜ 违章搭建的认定⟧</div>
<div class="ft">⟦m 地址：菌滩县府前街22号⟧</div>
</body></html>
""",
        body="""
基本案情：王某在自家楼顶搭建鸽舍，饲养信鸽四十余羽，邻居李某以噪声和异味为由起诉，要求拆除。
法院认为，王某未经规划许可在楼顶搭建鸽舍，且饲养行为对相邻方造成了不合理的妨碍，判决王某限期拆除鸽舍。
律师提示：城市居民饲养信鸽应遵守相邻关系规定，注意卫生和噪声管理。
""",
    ),
    dict(
        slug="lawfirm-dongzhu-text-kite-liability",
        site="东渚明理律师网 (invented)",
        style="律所网站",
        genre="法律科普",
        kind="article",
        form="text",
        source="http://www.mingli-lawyer.example/kp/312.html",
        title="风筝线致人受伤，谁来担责？",
        record_title="风筝线致人受伤，谁来担责？（律师解读）",
        date=None,
        notes="decorated title; no date; lawyer contact chrome vs body",
        page="""
!m 东渚明理律师网　首页 | 法律科普 | 联系我们
!t 风筝线致人受伤，谁来担责？（律师解读）
{BODY}
!w 遇到类似纠纷？拨打律师热线 0571-85506601 预约面谈
!d 转载请注明来源：东渚明理律师网
""",
        indent="\u3000\u3000",
        body="""
春季常有风筝线划伤路人的新闻。根据民法典有关规定，行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。
在道路、桥梁附近放风筝，放飞人应预见到风险，造成他人受伤的，一般要承担赔偿责任。
公园等管理人未尽到安全保障义务的，也要承担相应的补充责任。
""",
    ),
    dict(
        slug="community-huanhu-html-kite-event",
        site="环湖社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huanhusq.example/tz/2025/0402.html",
        title="环湖社区亲子风筝DIY活动报名通知",
        date="2025-04-02",
        notes="residents' site; weather widget; 报名电话 kept; 扫码 sentence kept",
        page="""
<html><head><title>环湖社区亲子风筝DIY活动报名通知</title></head><body>
<div class="top">⟦m 环湖社区网⟧ ⟦m 今日 晴 12~21℃ 东南风3级⟧</div>
<div class="nav">⟦m 社区首页 社区公告 便民服务 志愿者之家⟧</div>
<h2>{T}</h2>
<div class="by">⟦m 发布者：社区居委会　发布时间：2025-04-02⟧</div>
{BODY}
<div class="ft">⟦m 环湖社区居委会　服务电话：0719-3300112⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为丰富居民文化生活，社区定于4月6日上午在湖滨广场举办亲子风筝DIY活动，材料由社区免费提供。
名额30组家庭，报名请扫描社区公告栏上的二维码，或拨打报名电话：0719-3300186（刘老师）。
环湖社区居委会
""",
    ),
    dict(
        slug="community-yanfang-text-salt-village-clean",
        site="盐坊社区之家 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://yanfang.sq.example/news/88.html",
        title="盐坊社区环境整治倡议书",
        record_title="盐坊社区环境整治倡议书",
        date="2025-03-05",
        notes="community text page; Chinese-numeral 成文日期; title repeated glued to page header",
        page="""
!m 盐坊社区之家 > 社区动态
{T}
!m 来源：社区网格站　点击：156
{BODY}
!a 打印本文　返回列表
""",
        body="""
全体居民朋友们：
盐坊社区紧邻老盐田，环境卫生关系到每家每户。为此我们倡议：
一、不在盐田堤坝上倾倒垃圾。
二、管好自家门前三包。
三、积极参加每月一次的义务清扫。
盐坊社区居民委员会
二〇二五年三月五日
""",
    ),
    dict(
        slug="association-jiancan-html-silk-association-meeting",
        site="桑埠丝绸行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.sbsilk.org.example/xhdt/2025/11.html",
        title="桑埠丝绸行业协会第三届理事会第二次会议纪要",
        date="2025-01-15",
        notes="association; minutes' 时间/地点/主持 kept; 送/发 lines kept",
        page="""
<html><head><title>桑埠丝绸行业协会第三届理事会第二次会议纪要</title></head><body>
<div class="hd">⟦m 桑埠丝绸行业协会⟧ ⟦a 会员登录 | 入会申请⟧</div>
<div class="nav">⟦m 首页 协会动态 会员风采 行业资讯 政策法规⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 协会秘书处　2025-01-17⟧</div>
{BODY}
<div class="ft">⟦m 协会地址：桑埠区丝绸路16号　电话：0573-8230016⟧ ⟦d © 桑埠丝绸行业协会⟧</div>
</body></html>
""",
        body="""
时间：2025年1月15日
地点：协会三楼会议室
主持：会长 凌秋生
会议审议通过了2024年工作报告和财务报告，讨论了2025年工作计划。
会议决定，2025年举办第二届蚕桑丝绸文化节，由秘书处牵头筹备。
送：各理事单位
发：协会秘书处存档
""",
    ),
    dict(
        slug="association-xinge-text-pigeon-association-report",
        site="菌滩县信鸽协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.jtxinge.example/xhgg/2025/02.html",
        title="菌滩县信鸽协会2024年工作报告",
        record_title="菌滩县信鸽协会2024年工作报告（全文）",
        date="2025-02-16",
        notes="decorated title; hard-wrapped 64; date under title as parenthesis",
        page="""
!m 菌滩县信鸽协会 | 首页 | 协会公告 | 赛事成绩 | 会员名录
!t 菌滩县信鸽协会2024年工作报告（全文）
{T}
（2025年2月16日在协会会员大会上）
{BODY}
!l 上一条：2025年春赛规程　下一条：会员年审通知
!m 协会QQ群：683201147
""",
        wrap=64,
        indent="    ",
        body="""
各位会员：
2024年，协会共举办春、秋两季公棚赛和地方赛6场，参赛鸽数量突破1.2万羽，会员发展到486人。
我们严格执行赛事规程，全部比赛实行电子计时，赛事公开透明，没有发生一起投诉。
新的一年，协会将继续加强规范管理，把信鸽运动办得更好。
""",
    ),
    dict(
        slug="company-lingang-html-kite-export",
        site="菱港风筝工艺品有限公司 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.lgkite.example.com/news/2025/09/1120.html",
        title="公司参加秋季广交会签约风筝订单超千万元",
        date="2025-10-22",
        notes="company site; date in byline; online message box; product menu",
        page="""
<!DOCTYPE html><html><head><title>公司参加秋季广交会签约风筝订单超千万元-菱港风筝</title></head><body>
<header>⟦m 菱港风筝 LINGGANG KITE⟧ ⟦m 全国统一服务热线 400-663-1208⟧</header>
<nav>⟦m 首页 关于我们 产品中心 新闻动态 联系我们⟧</nav>
<div class="crumb">⟦m 首页 > 新闻动态 > 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-10-22　浏览量：⟧</div>
{BODY}
<div class="prevnext">⟦l 上一篇：公司通过ISO9001复审 下一篇：新厂房奠基⟧</div>
<div class="msg">⟦w 在线留言 获取报价⟧</div>
<footer>⟦d Copyright © 2025 菱港风筝工艺品有限公司⟧</footer>
</body></html>
""",
        body="""
10月中旬，公司组团参加秋季广交会，展出软翅、硬翅、串类风筝等五大系列产品。
展会期间共接待客商三百多批次，现场签约订单金额1060万元，较去年增长25%。
公司将抓紧组织生产，确保订单按期交付。
""",
    ),
    dict(
        slug="company-haiyan-text-sea-salt-recall",
        site="海岩盐业官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.haiyansalt.example/gg/2025/05.html",
        title="关于部分批次海盐产品包装标签更正的公告",
        record_title=None,
        date="2025-05-20",
        notes="title missing from record, printed once; date in the document; 扫码 and 关注 content kept",
        page="""
!m 海岩盐业 | 品质之盐 海的味道
!m 首页 / 新闻中心 / 企业公告
{T}
{BODY}
!a 扫一扫，关注海岩盐业官方微信
!m 海岩盐业股份有限公司　苏ICP备19005521号
""",
        body="""
我公司发现2025年4月生产的部分批次“日晒海盐”包装标签存在生产日期印刷模糊的问题，产品质量不受影响。
消费者可扫描包装背面二维码查询真实生产日期，如有疑问可关注公司公众号留言。
海岩盐业股份有限公司
2025年5月20日
""",
    ),
    dict(
        slug="training-jinfan-html-ferry-license-course",
        site="金帆船员培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="http://www.jinfanpx.example/zs/2025.html",
        title="2025年内河船员适任证书培训招生简章",
        date=None,
        notes="training school; course table kept; enrol hotline chrome vs body phone; no date",
        page="""
<html><head><title>2025年内河船员适任证书培训招生简章-金帆船员培训学校</title></head><body>
<div class="hd">⟦m 金帆船员培训学校⟧ ⟦w 招生咨询 微信同号 13905718832⟧</div>
<div class="nav">⟦m 首页 学校简介 招生信息 考试通知 学员风采⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 在线报名 立即预约试听⟧</div>
<div class="ft">⟦m 校址：芦堰镇码头路3号⟧</div>
</body></html>
""",
        body="""
我校经海事部门批准，开展内河船员适任证书培训。
班型　学时　费用（元）
渡船驾驶员　120　2800
轮机员　100　2400
报名条件：年满18周岁，身体健康，初中及以上学历。
报名地点：学校教务处，电话0566-3109021。
""",
    ),
    dict(
        slug="training-cangsang-text-silk-course",
        site="苍桑技能培训中心 (invented)",
        style="培训机构",
        genre="培训总结",
        kind="summary",
        form="text",
        source="http://www.cangsangpx.example/news/2025/06.html",
        title="2025年春季蚕桑实用技术培训班总结",
        record_title="2025年春季蚕桑实用技术培训班总结",
        record_date="2025-06-10",
        date="2025-06-10",
        notes="record date; glued chrome between paragraphs; numbered list",
        page="""
!m 苍桑技能培训中心　让农民成为技术能手
!m 首页 > 培训动态
{T}
{BODY}
!w 想学技术？报名热线 0573-8239911（微信同号）
!l 热门课程：桑园机械化管理　蚕茧分级
""",
        body="""
今年春季，中心在桑埠、蓼川两地举办蚕桑实用技术培训班4期，培训蚕农312人次。
培训内容主要有：
1.小蚕共育技术；
2.蚕病综合防治；
3.方格蔟自动上蔟。⟦a 〖点击收藏本文〗⟧
学员普遍反映课程实用，92%的学员表示会在生产中应用。
""",
    ),
]
