"""holdout26, part D: a power-supply company's and a grain depot's tenders, an environmental
and a construction-law firm, two residents' sites, an edible-fungi and a travel-agencies
association, a mineral-water plant and a ceramics maker, a chefs' school and a welders'
training centre. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="tender-gongdian-substation-result-html",
        site="蕤阳电力物资招标平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zb.ryepower.example.com/cggg/zbjg/2025/0716/3308.html",
        title="蕤阳供电公司10千伏配网改造工程施工中标结果公告",
        record_title="蕤阳供电公司10千伏配网改造工程施工中标结果公告_中标结果_蕤阳电力物资招标平台",
        date="2025-07-16",
        notes="tender platform: a CA-key login prompt, 项目编号 field, a bid-result table, purchaser and agency contacts (kept) beside the platform's CA hotline, a 'similar notices' list",
        page="""
<html><head><meta charset="utf-8"><title>中标结果 - 蕤阳电力物资招标平台</title></head><body>
<div class="top">⟦m 蕤阳电力物资招标平台⟧ ⟦a 供应商CA锁登录⟧ ⟦a 驱动下载⟧</div>
<div class="crumb">⟦m 首页 ▸ 采购公告 ▸ 中标结果⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 项目编号：RYDL-SG-2025-0419⟧ ⟦m 发布日期：2025-07-16⟧</div>
<div class="ct">
{BODY}
</div>
<div class="sim">⟦l 同类公告⟧<p>⟦l 蕤阳供电公司电缆采购招标公告⟧</p><p>⟦l 城区配变增容工程中标候选人公示⟧</p></div>
<div class="ft">⟦m CA办理及平台技术服务热线：0731-8890660⟧</div>
</body></html>
""",
        body="""
一、项目名称：蕤阳供电公司10千伏配网改造工程施工（第二批）。
二、中标结果
标段　中标人　中标价（万元）　工期
一标段　萱州华源电力工程有限公司　386.42　120日历天
二标段　苓川明光电气安装有限公司　412.10　150日历天
三、公示期：本公告发布之日起三个工作日。
四、联系方式
采购人：蕤阳供电公司　联系人：鲍工　电话：0731-8891205
代理机构：萱州正衡招标代理有限公司　联系人：司女士　电话：0731-8817733
""",
    ),
    dict(
        slug="tender-liangku-grain-depot-bid-invitation-text",
        site="杉坪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.shanping.example.gov.cn/cggg/2025/0903/2150.html",
        title="杉坪县中心粮库仓房保温隔热改造项目询价公告",
        record_title="【询价】杉坪县中心粮库仓房保温隔热改造项目询价公告",
        date="2025-09-03",
        notes="a procurement portal text page: a decorated title, a 'remaining time' counter, a sentence telling suppliers to download the documents (kept), the depot's 联系人 beside the portal's 监督电话, a 'print this page' line",
        page="""
!m 杉坪县政府采购网　Shanping Government Procurement
!m 采购公告 → 询价公告
!t 【询价】杉坪县中心粮库仓房保温隔热改造项目询价公告
!m 发布：2025-09-03　剩余报价时间：04天06时
{BODY}
!a 🖨 打印本页　　⤓ 导出PDF
!m 政府采购监督投诉电话：0736-4402315
""",
        body="""
一、项目概况：杉坪县中心粮库3号、5号仓房屋面及墙体保温隔热改造，预算金额二十八万元。
二、供应商资格：具有建筑工程施工总承包三级及以上资质，近三年无重大违法记录。
三、询价文件获取：供应商请于2025年9月4日至9月8日登录本网站下载询价文件，不收取费用。
四、报价截止时间：2025年9月9日17时。
五、联系方式
采购人：杉坪县中心粮库，联系人：龚师傅，电话：0736-4419088。
杉坪县中心粮库
2025年9月3日
""",
    ),
    dict(
        slug="lawfirm-huanzi-environment-lecture-html",
        site="禾衡律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.heheng-law.example.com/insight/2025/1119.html",
        title="企业环境合规的几个关键问题——在园区企业环保培训会上的讲稿",
        record_title="律师观点｜企业环境合规的几个关键问题——在园区企业环保培训会上的讲稿",
        date="2025-11-19",
        notes="a law firm's template: a '律师观点｜' prefix, a lawyer card, a booking button, a not-legal-advice notice, a consult hotline in the footer; speaker and date lines under the title (neutral; date taken)",
        page="""
<html><head><meta charset="utf-8"><title>律师观点｜企业环境合规的几个关键问题 - 禾衡律师事务所</title></head><body>
<div class="nav">⟦m 禾衡律师事务所　HEHENG LAW⟧ ⟦l 关于我们 专业领域 律师团队 律师观点 联系我们⟧</div>
<h1>{T}</h1>
<p>禾衡律师事务所高级合伙人　戚雪松</p>
<p>（2025年11月19日）</p>
<div class="card">⟦m 戚雪松　环境资源法律事务部主任⟧ ⟦a 预约咨询⟧</div>
<section>
{BODY}
</section>
<div class="dis">⟦d 本文仅为作者观点分享，不构成针对任何具体事项的法律意见⟧</div>
<footer>⟦m 咨询热线：0739-6625500⟧ ⟦m 地址：鹊川市金融街8号汇丰大厦21层⟧</footer>
</body></html>
""",
        body="""
各位企业负责人：
今天我想结合近两年办理的案件，和大家谈谈企业环境合规中的几个关键问题。
第一，排污许可不是“一证了之”。不少企业取得许可证后，不按规定开展自行监测、不按时提交执行报告，同样会被处罚。
第二，危险废物管理是高风险区。委托无资质单位处置危险废物，企业和直接责任人员都可能承担刑事责任。
第三，要重视环境信息的真实性。篡改、伪造监测数据，是执法部门重点打击的行为。
合规不是成本，而是企业行稳致远的保障。谢谢大家。
""",
    ),
    dict(
        slug="lawfirm-jiangong-construction-letter-text",
        site="正筑律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.zhengzhulaw.example.cn/fwmb/2025/06/lvshihan.html",
        title="关于催告支付工程进度款的律师函",
        record_title="关于催告支付工程进度款的律师函【律所范本】",
        date=None,
        notes="a law firm's template page: a decorated title, a template letter with ××× placeholders and a 年 月 日 line (no date), a 'download the Word template' action, a free-consultation prompt",
        page="""
!m 正筑律师事务所 · 建设工程与房地产专业团队
!m 首页 ＞ 文书范本 ＞ 律师函
!t 关于催告支付工程进度款的律师函【律所范本】
{BODY}
!a 下载Word范本（需登记手机号）
!w 范本不适合您的情况？首次电话咨询免费：0736-2217788
!d 范本仅供参考，使用前请结合具体案情修改
""",
        body="""
×××有限公司：
正筑律师事务所接受×××建筑工程有限公司（以下简称委托人）的委托，指派本律师就贵司拖欠工程进度款一事致函贵司。
根据委托人提供的施工合同及进度确认单，截至××××年××月，贵司尚欠工程进度款人民币×××万元。
请贵司于收到本函之日起十日内支付上述款项，否则委托人将依法提起诉讼，由此产生的诉讼费、律师费等均由贵司承担。
正筑律师事务所
律师：×××
年　月　日
""",
    ),
    dict(
        slug="community-qingyuan-hallway-clearing-notice-text",
        site="青苑社区居民服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://qingyuan.community.example.cn/gg/2025/0410.html",
        title="关于开展楼道堆物集中清理的通知",
        record_title="【居委会公告】关于开展楼道堆物集中清理的通知",
        date="2025-04-10",
        notes="a residents' site: a decorated title, a weather line, a 'residents' voice' box between paragraphs, a building schedule table, the community's own 联系电话 beside the property company's hotline in the footer",
        page="""
!m 青苑社区居民服务网　｜　今日晴 12~21℃
!t 【居委会公告】关于开展楼道堆物集中清理的通知
!m 发布者：社区居委会　2025-04-10
{BODY}
!m 物业24小时服务热线：0736-8803311
!l 居民留言板（5）　我要留言
""",
        body="""
各位居民：
楼道堆放杂物既影响通行，又存在火灾隐患。社区居委会联合物业公司定于4月中旬开展楼道堆物集中清理行动。
⟦l 💬 居民心声：楼道里的旧沙发终于有人管了！——3栋 张阿姨⟧
清理安排如下：
日期　楼栋
4月15日　1—4栋
4月16日　5—8栋
4月17日　9—12栋
请大家在清理日前自行搬离楼道内的个人物品，逾期未清理的将统一清运。
如有疑问，请联系社区网格员，电话：0736-8807215。
青苑社区居民委员会
2025年4月10日
""",
    ),
    dict(
        slug="community-fengxi-free-clinic-news-html",
        site="枫溪街道社区网 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fengxijd.example.cn/sqdt/20250922-17.html",
        title="枫溪社区开展“银龄健康”义诊活动",
        record_title=None,
        date="2025-09-22",
        notes="a street-office community page: no record title; a 'community news' ribbon, a photo caption between paragraphs, a 发布日期 byline, a 'like' count glued after the last paragraph, a volunteer sign-up button",
        page="""
<html><head><meta charset="utf-8"><title>枫溪社区开展“银龄健康”义诊活动 - 枫溪街道社区网</title></head><body>
<div class="ribbon">⟦m 枫溪街道社区网 · 社区动态⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 发布日期：2025-09-22　来源：枫溪社区⟧</div>
<div class="news">
{BODY}
</div>
<div class="join">⟦a 我要报名当志愿者⟧</div>
<div class="foot">⟦m 枫溪街道办事处　苏ICP备20051137号⟧</div>
</body></html>
""",
        body="""
9月20日上午，枫溪社区联合街道社区卫生服务中心，在社区广场开展“银龄健康”义诊活动。
活动现场，医生们为老年人免费测量血压、血糖，并提供用药咨询和健康指导。
⟦m ▲义诊现场，医生为老人测量血压⟧
当天共服务辖区老年人一百三十余人次，发放健康宣传资料二百余份。
社区负责人表示，今后将每季度开展一次义诊，把健康服务送到居民家门口。⟦l 👍 赞 58⟧
""",
    ),
    dict(
        slug="association-shiyongjun-fungi-pledge-text",
        site="萱州市食用菌协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.xzsyj.example.org.cn/xhdt/2025/0318/59.html",
        title="食用菌行业诚信经营倡议书",
        record_title="倡议书丨食用菌行业诚信经营倡议书",
        date="2025-03-18",
        notes="an association page: a prefix decoration, a member-login link, a numbered pledge list, the sentence asking members to scan a traceability code (kept), a membership hotline at the bottom, glued 'share' after the signature",
        page="""
!m 萱州市食用菌协会 ｜ 会员登录
!t 倡议书丨食用菌行业诚信经营倡议书
!m 协会秘书处　2025-03-18　浏览 287
{BODY}
!m 入会咨询：0735-7712066（秘书处）
""",
        body="""
全市食用菌生产经营企业和种植户：
为维护我市食用菌产业良好形象，协会向全体会员发出如下倡议：
1．严格执行农药安全间隔期规定，不使用禁用药物。
2．如实标注产品产地和生产日期，不以次充好。
3．上市产品全部加贴追溯码，消费者扫码即可查询生产记录。
4．自觉接受市场监管部门和社会各界的监督。
萱州市食用菌协会
2025年3月18日⟦l 分享▾⟧
""",
    ),
    dict(
        slug="association-lvxieshe-travel-agencies-minutes-html",
        site="苓川市旅行社协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.lcta.example.org/news/2025/0225.html",
        title="苓川市旅行社协会第三届理事会第二次会议纪要",
        record_title="苓川市旅行社协会第三届理事会第二次会议纪要",
        date="2025-02-25",
        notes="association template: 时间/地点/主持/出席/列席/记录 lines, a vote count, a member directory link, the association's e-mail in the document (kept), footer ICP",
        page="""
<html><head><meta charset="utf-8"><title>会议纪要 - 苓川市旅行社协会</title></head><body>
<div class="hd">⟦m 苓川市旅行社协会⟧ ⟦l 协会简介 会员名录 行业资讯 自律公约⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 来源：协会秘书处　日期：2025-02-25⟧</div>
<div class="main">
{BODY}
</div>
<div class="side">⟦l 会员单位查询 >>⟧</div>
<div class="ft">⟦m 湘ICP备22003517号-1⟧</div>
</body></html>
""",
        body="""
时间：2025年2月24日下午2时30分
地点：苓川市文旅大厦五楼会议室
主持：会长 司马志远
出席：理事二十一人
列席：监事长、秘书处工作人员
记录：柏晓琳
会议审议通过了《协会2025年工作要点》，表决结果：同意21票，反对0票，弃权0票。
会议决定于4月举办导游服务技能竞赛，请各会员单位于3月31日前将参赛名单发送至协会邮箱lcta_xh@example.org。
苓川市旅行社协会秘书处
2025年2月25日
""",
    ),
    dict(
        slug="company-kuangquan-mineral-water-recall-text",
        site="蒿山泉饮品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.haoshanquan.example.com/news/20250806.html",
        title="关于主动召回部分批次桶装饮用水的公告",
        record_title="关于主动召回部分批次桶装饮用水的公告 - 蒿山泉",
        date="2025-08-06",
        notes="a corporate site: a product-menu row, a batch table, the company's customer service line in the document (kept) beside the footer's sales line, '在线订水' button, a brand slogan line",
        page="""
!m 蒿山泉 · 来自蒿山深处的好水
!l 首页　产品中心　品质保障　新闻公告　在线订水
{T}
!m 2025/08/06　公司新闻
{BODY}
!a 在线订水，30分钟送达 >
!m 订水专线：400-662-1180
""",
        body="""
近日，我公司在例行自检中发现，部分批次18.9升桶装饮用水菌落总数不符合企业标准。为保障消费者健康，我公司决定主动召回以下批次产品。
生产日期　批次号　数量（桶）
2025年7月28日　HS250728A　3200
2025年7月29日　HS250729B　2850
已购买上述批次产品的消费者，请停止饮用，我公司将免费上门更换。
召回咨询电话：0738-3301177（8:00—20:00）。
对此给广大消费者带来的不便，我们深表歉意。
蒿山泉饮品有限公司
2025年8月6日
""",
    ),
    dict(
        slug="company-taoci-ceramics-news-html",
        site="橦城瓷业集团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tongchengci.example.com/news/qydt/2025-10-21.html",
        title="橦城瓷业亮相广交会 签约海外订单超千万美元",
        record_title="橦城瓷业亮相广交会 签约海外订单超千万美元_企业动态_橦城瓷业集团",
        date="2025-10-21",
        notes="corporate template: a language switch, an 'online store' link, a news byline with a dotted date (the page's date), photo caption, an editor line glued to the last paragraph, a product carousel list",
        page="""
<html><head><meta charset="utf-8"><title>橦城瓷业亮相广交会 签约海外订单超千万美元_企业动态_橦城瓷业集团</title></head><body>
<div class="top">⟦a 中文 | EN⟧ ⟦l 官方商城⟧</div>
<div class="nav">⟦m 橦城瓷业集团⟧ ⟦l 走进瓷业 产品展示 新闻中心 社会责任 招贤纳士⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.10.21　浏览量：1206⟧</div>
<div class="article">
{BODY}
</div>
<div class="prod">⟦l 推荐产品：青花釉下彩餐具　骨质瓷咖啡杯　高温白瓷茶具⟧</div>
<footer>⟦d Copyright © 橦城瓷业集团有限公司 All Rights Reserved⟧</footer>
</body></html>
""",
        body="""
10月15日至19日，第138届广交会第一期在广州举行，橦城瓷业集团携三百余款日用陶瓷新品参展。
展会期间，集团展位接待来自四十多个国家和地区的采购商一千二百余人次，现场签约订单一千一百万美元。
⟦m 图：外国客商在橦城瓷业展位洽谈⟧
集团负责人表示，将以此次展会为契机，加快开发适合海外市场的釉下彩产品。⟦m （文/市场部 习文涛）⟧
""",
    ),
    dict(
        slug="training-chushi-chef-school-brochure-text",
        site="萝湾新厨艺烹饪学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="http://www.lwxinchuyi.example.com/zs/2025qiu.html",
        title="萝湾新厨艺烹饪学校2025年秋季招生简章",
        record_title="萝湾新厨艺烹饪学校2025年秋季招生简章（附学费标准）",
        date=None,
        notes="a training school page: a decorated title, a floating consultation prompt between paragraphs, a courses-and-fees table, the school's own 报名电话 beside a 400 line in the footer, a year in the title only (no date)",
        page="""
!m 萝湾新厨艺烹饪学校 —— 学一门手艺，端一个好饭碗
!w 在线报名享立减500元，点击右侧QQ咨询
!t 萝湾新厨艺烹饪学校2025年秋季招生简章（附学费标准）
{BODY}
!m 全国招生热线：400-717-5566
!d 最终解释权归萝湾新厨艺烹饪学校所有
""",
        body="""
萝湾新厨艺烹饪学校是经人社部门批准设立的职业技能培训学校，开设中餐烹饪、中式面点、西点烘焙等专业。
一、招生对象
年满十六周岁、身体健康的城乡劳动者，初中以上文化程度。
⟦w 👉 添加招生老师微信，领取试学名额⟧
二、专业及学费
专业　学制　学费（元）
中餐烹饪　六个月　9800
中式面点　三个月　6200
西点烘焙　四个月　8600
三、报名方式
本人携带身份证到学校招生办报名，报名电话：0734-2553019。
""",
    ),
    dict(
        slug="training-hangong-welders-html-plan",
        site="茴港技能培训中心 (invented)",
        style="培训机构",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.hgjnpx.example.cn/news/2025/0512.html",
        title="2025年焊工特种作业培训工作方案",
        record_title="2025年焊工特种作业培训工作方案 | 茴港技能培训中心",
        date="2025-05-12",
        notes="training-centre template: a 'book a trial class' banner, a class schedule table, a regulation-like clause telling trainees to download and print the ID certificate (kept), a course list in the sidebar",
        page="""
<html><head><meta charset="utf-8"><title>2025年焊工特种作业培训工作方案 | 茴港技能培训中心</title></head><body>
<div class="banner">⟦m 茴港技能培训中心⟧ ⟦a 预约试听⟧ ⟦m 培训咨询 0738-5306611⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布于 2025-05-12 ｜ 教务部⟧</div>
<div class="txt">
{BODY}
</div>
<aside>⟦l 热门课程：电工上岗证 ｜ 叉车证 ｜ 高处作业证⟧</aside>
<footer>⟦d 茴港技能培训中心 © 2025 保留所有权利⟧</footer>
</body></html>
""",
        body="""
为提升港区企业焊工安全操作技能，依据特种作业人员安全技术培训要求，制定本方案。
一、培训对象：港区各企业从事熔化焊接与热切割作业的人员。
二、培训安排
期次　时间　人数
第一期　6月9日—6月20日　40
第二期　7月7日—7月18日　40
三、考核发证：理论和实操考试均合格者，由应急管理部门核发特种作业操作证。学员可在发证后登录查询平台下载电子证书并自行打印。
四、报名截止：每期开班前五个工作日。
茴港技能培训中心
2025年5月12日
""",
    ),
]
