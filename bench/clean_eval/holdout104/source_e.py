"""holdout104, part E: fishing-boat typhoon shelters (避风锚地/避风塘) and highway service
areas (高速服务区). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="intranet-service-area-minutes-text",
        site="南溟高速服务区管理公司OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.nmgsfwq.example.com/meeting/2025/0926/view?id=512",
        title="国庆假期服务区保障工作专题会议纪要",
        record_title="国庆假期服务区保障工作专题会议纪要",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="intranet minutes: the 时间/地点/主持/参会/记录 lines kept; read receipts and an export button; record gives title and date",
        page="""
!m 南溟高速服务区管理有限公司 · 协同办公
!m 会议管理 ＞ 会议纪要 ＞ 查看
!t 国庆假期服务区保障工作专题会议纪要
!m 登记人：综合部 龚文澜　阅读 38/41
{BODY}
!a 导出Word　打印　返回列表
!d 本纪要为公司内部资料，严禁外传
""",
        body="""
时间：2025年9月26日上午9:00
地点：公司三楼会议室
主持：总经理 宁远航
参会：各服务区经理、综合部、运营部、安全部负责人
记录：龚文澜
会议研究了国庆假期服务区保障工作，纪要如下：
一、预计假期日均车流量比平日增长一点八倍，各服务区要增设临时厕位和休息区，高峰时段启用潮汐车位。
二、加油站、充电站要提前备足油品，与电力公司对接，充电高峰安排专人引导排队。
三、安全部牵头制定拥堵应急预案，假期期间公司领导轮流带班。
""",
    ),
    dict(
        slug="tender-service-area-toilet-bid-result-html",
        site="南溟交通建设招标平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zb.nmjtjs.example.com/zbjg/2025/0814/2207.html",
        title="棠溪服务区公共卫生间改造工程中标结果公示",
        record_title="棠溪服务区公共卫生间改造工程中标结果公示_中标结果_南溟交通建设招标平台",
        date="2025-08-14",
        notes="tender platform in HTML: a bid-result table, objection contacts (buyer and agency) kept beside the platform's CA line; 公示期 text",
        page="""
<html><head><meta charset="utf-8"><title>棠溪服务区公共卫生间改造工程中标结果公示_中标结果_南溟交通建设招标平台</title></head><body>
<div class="top">⟦m 南溟交通建设招标平台⟧ ⟦a 供应商注册⟧ ⟦a 登录⟧</div>
<div class="nav">⟦m 首页 | 招标公告 | 变更公告 | 中标结果 | 政策法规⟧</div>
<h2>⟦t 棠溪服务区公共卫生间改造工程中标结果公示⟧</h2>
<div class="info">⟦m 发布时间：2025-08-14 16:30:02　来源：平台管理员⟧</div>
{BODY}
<div class="ca">⟦w CA证书办理热线：0898-6575 1100⟧</div>
<div class="foot">⟦d 平台所发布信息由招标人和代理机构负责，平台不承担相应责任⟧</div>
</body></html>
""",
        body="""
棠溪服务区公共卫生间改造工程评标工作已经结束，现将中标结果公示如下：
中标候选人　投标报价（元）　工期（日历天）
第一名：溟州建工集团有限公司　1864320.55　90
第二名：海澄建设有限公司　1901770.00　85
公示期为2025年8月15日至8月19日。投标人对结果有异议的，应在公示期内以书面形式提出。
招标人：南溟高速服务区管理有限公司　联系人：田向北　电话：0898-6571 0263
招标代理：诚远招标代理有限公司　联系人：包一苇　电话：0898-6579 3318
""",
    ),
    dict(
        slug="lawfirm-service-area-accident-lecture-html",
        site="溟海律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.minghailaw.example.com/jz/2025/0619/88.html",
        title="高速公路服务区内发生剐蹭如何定责",
        record_title="法律讲堂｜高速公路服务区内发生剐蹭如何定责",
        date="2025-06-19",
        notes="law-firm lecture page: lecturer and date lines under the title neutral; a consultation box; a not-legal-advice notice",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>法律讲堂｜高速公路服务区内发生剐蹭如何定责</title></head><body>
<header>⟦m 溟海律师事务所⟧ ⟦m 交通事故 · 保险理赔 · 人身损害⟧</header>
<nav>⟦m 首页　律所介绍　律师团队　法律讲堂　成功案例⟧</nav>
<h1>⟦t 高速公路服务区内发生剐蹭如何定责⟧</h1>
<p>主讲：溟海律师事务所 冉崇文 律师</p>
<p>（2025年6月19日）</p>
{BODY}
<div class="consult">⟦w 遇到交通纠纷？律师一对一解答，电话 0898-6689 2020⟧</div>
<div class="note">⟦d 以上内容仅为普法讲解，不作为具体个案的法律依据。⟧</div>
<footer>⟦m 琼ICP备18006655号-2⟧</footer>
</body></html>
""",
        body="""
各位朋友，节假日服务区车多人多，倒车、找车位时的剐蹭很常见。今天简单讲讲服务区内的剐蹭怎么定责。
首先，服务区停车场属于道路以外的场所，发生事故可以报警，由公安机关交通管理部门参照道路交通安全法处理。
其次，定责看过错：倒车一方一般负主要责任，逆向行驶、不按标线停车的一方也要承担相应责任。
再次，事故发生后要先拍照固定现场，记下对方车牌和保险信息，能协商的可以填写快速处理协议书。
最后提醒，服务区有监控的，要及时向服务区管理方申请调取，监控录像一般只保存一个月左右。
""",
    ),
    dict(
        slug="snapshot-typhoon-shelter-rules-frame",
        site="搜索快照 of 海澄市海洋渔业局 (invented)",
        style="搜索快照",
        genre="办法",
        kind="rule",
        form="html",
        source="https://kuaizhao.haiso.example.com/cache?url=hyj.haicheng.example.gov.cn/zcfg/331.html",
        title="海澄市渔船避风锚地管理办法",
        record_title="海澄市渔船避风锚地管理办法 - 快照",
        date="2025-05-06",
        notes="snapshot frame in HTML: cache banner, original-URL line, the portal's frame inside; 发布日期 line; the articles speak of 扫码 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>海澄市渔船避风锚地管理办法 - 快照</title></head><body>
<div class="cachebar">⟦d 海搜快照：本页是网页在 2025-07-30 08:11 的缓存版本，海搜与网页作者无关，不对其内容负责。⟧</div>
<div class="cachebar2">⟦m 原网址：hyj.haicheng.example.gov.cn/zcfg/331.html⟧ ⟦a 查看原网页⟧</div>
<div class="frame">
<div>⟦m 海澄市海洋与渔业局⟧</div>
<div>⟦m 首页 &gt; 政策法规 &gt; 地方规章⟧</div>
<h2>⟦t 海澄市渔船避风锚地管理办法⟧</h2>
<div>⟦m 发布日期：2025-05-06　来源：法规科⟧</div>
{BODY}
<div>⟦m 海澄市海洋与渔业局 主办⟧</div>
</div>
</body></html>
""",
        body="""
第一条　为规范渔船避风锚地管理，保障渔船和渔民在台风等恶劣天气期间的安全，制定本办法。
第二条　本市行政区域内渔船避风锚地的规划、建设、使用和管理，适用本办法。
第三条　渔船进入避风锚地，应当服从锚地管理站的统一调度，按照指定泊位锚泊。
第四条　渔船进出锚地应当扫码登记船名、船籍港和在船人数，管理站据此实时掌握在港渔船情况。
第五条　台风红色预警发布后，在港渔船人员应当全部撤离上岸。
第六条　本办法自2025年6月1日起施行。
""",
    ),
    dict(
        slug="print-service-area-holiday-plan-html",
        site="南溟高速服务区管理有限公司 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.nmgsfwq.example.com/gsdt/print.aspx?id=702",
        title="2026年春运服务区保障工作方案",
        record_title="〔打印稿〕2026年春运服务区保障工作方案",
        date="2026-01-12",
        notes="print template in HTML: print time and page URL, a print footer 页 1 ／ 共 1 in a form of our own; duty-phone table kept",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕2026年春运服务区保障工作方案</title></head><body onload="window.print()">
<div class="ph">⟦m 南溟高速服务区管理有限公司⟧ ⟦m 打印于 2026-01-15 10:22⟧</div>
<h2>⟦t 2026年春运服务区保障工作方案⟧</h2>
{BODY}
<div class="pf">⟦p ┄ 页 1 ／ 共 1 ┄⟧</div>
<div class="pu">⟦m 来源页面：https://www.nmgsfwq.example.com/gsdt/702.html⟧</div>
</body></html>
""",
        body="""
为做好2026年春运期间服务区保障工作，制定本方案。
一、保障时间：2026年2月2日至3月13日，共四十天。
二、重点措施：各服务区增设热水供应点和母婴室临时服务台，加油站实行二十四小时不间断供应，餐厅提供平价套餐。
三、值班安排
服务区　值班经理　值班电话
棠溪服务区　余晓帆　0898-6571 0301
鹭岛服务区　钟明　0898-6571 0302
四、信息报送：各服务区每日17时前报送车流量和异常情况。
南溟高速服务区管理有限公司
2026年1月12日
""",
    ),
    dict(
        slug="rsks-service-area-staff-recruit-text",
        site="南溟人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.nmrsks.example.com/zpgg/2025/1103/66.html",
        title="南溟高速服务区管理有限公司2025年公开招聘工作人员公告",
        record_title="南溟高速服务区管理有限公司2025年公开招聘工作人员公告（附岗位表）",
        date="2025-11-03",
        notes="personnel-exam text page: positions table, registration by 扫码 kept, the company's 咨询电话 beside the site's 技术咨询; login row",
        page="""
!m 南溟人事考试网 | 公平 公正 公开
!a 考生注册　考生登录　找回密码
!m 首页 > 招聘公告 > 国有企业
!t 南溟高速服务区管理有限公司2025年公开招聘工作人员公告
!m 发布日期：2025-11-03　阅读量：5310
{BODY}
!w 报名系统技术咨询：0898-6520 8800（9:00-17:00）
!l 相关公告：南溟港务集团2025年校园招聘公告
""",
        body="""
根据工作需要，经研究，南溟高速服务区管理有限公司面向社会公开招聘工作人员十二名，现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　学历要求
服务区运营管理员　6　大专及以上
安全管理员　3　本科及以上
财务会计　3　本科及以上
二、报名方式
报名时间为11月10日至11月16日，考生可登录本网站报名，也可扫描公告附件中的二维码报名。
三、咨询电话
招聘政策咨询：0898-6571 0288（公司人力资源部）。
南溟高速服务区管理有限公司
2025年11月3日
""",
    ),
    dict(
        slug="dangjian-fishermen-shelter-speech",
        site="海澄党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://dj.haicheng.example.cn/jczz/2025/0708/1903.html",
        title="在渔港避风锚地党员先锋岗授牌仪式上的讲话",
        record_title="在渔港避风锚地党员先锋岗授牌仪式上的讲话_基层组织_海澄党建",
        date="2025-07-08",
        notes="Party-building text page: speaker line and a date in Chinese numerals under the title (the date); views line; 打印/关闭; 学习专题",
        page="""
!m 海澄党建网 · 初心如磐
!m 当前位置：首页 » 基层组织
!t 在渔港避风锚地党员先锋岗授牌仪式上的讲话
镇党委副书记　柯海生
（二〇二五年七月八日）
!m 阅读：477
{BODY}
!a 打印本文　关闭窗口
!l 学习专题：“海上枫桥”经验交流
""",
        body="""
同志们、渔民朋友们：
今天，我们在沙澳渔港为十个避风锚地党员先锋岗授牌，这是镇党委加强海上基层党建的一项具体举措。
每年台风季，渔船回港避风、人员上岸转移，都需要有人冲在前面。党员先锋岗就是要在这个时候站出来。
希望授牌的党员同志做到三个带头：带头宣传防台知识，带头帮助困难渔户加固渔船，带头劝导在船人员及时上岸。
镇里将定期对先锋岗开展评议，评议结果作为党员积分的重要依据。
让我们一起努力，守好渔民的平安港湾。
""",
    ),
    dict(
        slug="localforum-service-area-queue-jammer-html",
        site="鹭岛生活网论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.ludaolife.example.com/thread-77215-1-1.html",
        title="国庆回家在鹭岛服务区充电排了两个小时，建议多建点桩",
        record_title="国庆回家在鹭岛服务区充电排了两个小时，建议多建点桩 - 车友天地 - 鹭岛生活网",
        date="2025-10-05",
        notes="town forum with jammer fonts in HTML; the poster's 发表于 date is the page's date; rating row and replies",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>国庆回家在鹭岛服务区充电排了两个小时，建议多建点桩 - 车友天地 - 鹭岛生活网</title></head><body>
<div class="hd">⟦m 鹭岛生活网⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦a 手机版⟧</div>
<div class="crumb">⟦m 鹭岛生活网 › 论坛 › 车友天地⟧</div>
<h1>⟦t 国庆回家在鹭岛服务区充电排了两个小时，建议多建点桩⟧</h1>
<div class="author">⟦m 海边骑行的猫⟧ ⟦m 发表于 2025-10-05 22:18⟧</div>
<div class="msg">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 6　鹭币 +12　理由：说得在理⟧</div>
<div class="reply">⟦l 沙发　老司机阿勇：同感，下午三点那会儿更夸张⟧</div>
<div class="ft">⟦m 鹭岛生活网 ©2008-2025⟧</div>
</body></html>
""",
        body="""
国庆第一天开电车回老家，下午在鹭岛服务区充电，前面排了十几辆车，足足等了两个小时。
服务区一共只有八个快充桩，还有两个是坏的。工作人员说已经报修了，但什么时候修好不知道。
我看旁边燃油车加油就几分钟。电车越来越多，充电桩跟不上是真问题。
建议服务区节假日能不能加几台移动充电车，平时也把坏桩修得快一点。
""",
    ),
    dict(
        slug="examforum-interview-service-area-html",
        site="公考研习论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://www.gkyx.example.com/thread-552031-1-1.html",
        title="服务区“潮汐厕位”引发关注，谈谈你的看法",
        record_title="[面试真题] 服务区“潮汐厕位”引发关注，谈谈你的看法（附参考答案） - 结构化面试 - 公考研习论坛",
        date=None,
        notes="exam forum in HTML: a relative post time (no date), reply-to-see prompt, course ad on a line of its own inside the body, tags",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 服务区“潮汐厕位”引发关注，谈谈你的看法（附参考答案） - 结构化面试 - 公考研习论坛</title></head><body>
<div id="hd">⟦m 公考研习论坛⟧ ⟦m 备考路上 不再孤单⟧</div>
<div id="pt">⟦m 首页 › 面试 › 结构化面试⟧</div>
<h1>⟦t [面试真题] 服务区“潮汐厕位”引发关注，谈谈你的看法（附参考答案）⟧</h1>
<div class="pi">⟦m 楼主　面霸小周　发表于 昨天 21:40⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="tags">⟦l 标签：面试真题　社会现象　交通⟧</div>
<div class="reply">⟦l 回复可见更多答题思路　共 26 条回复⟧</div>
</body></html>
""",
        body="""
【题目】节假日期间，一些高速服务区设置“潮汐厕位”，根据男女如厕人数动态调整厕位，引发网友热议。对此你怎么看？
【参考答案】
“潮汐厕位”看似小事，体现的是公共服务的精细化。女性如厕时间普遍较长，节假日排长队是多年的老问题，动态调整厕位是以较小成本提高服务效率的好办法。
⟦a 【名师面试班】结构化+无领导，限时特惠，点击报名⟧
同时也要看到，潮汐厕位需要清晰的标识和专人引导，避免造成尴尬和误入。
如果我是相关工作人员，会在高峰前调研人流数据，设置醒目指示牌，并收集群众意见不断改进。
""",
    ),
    dict(
        slug="hospital-service-area-medical-post",
        site="南溟市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.nmsdeyy.example.com/yydt/2025/1009/221.html",
        title="我院医护人员驻守高速服务区 国庆假期救治旅客37人次",
        record_title="我院医护人员驻守高速服务区 国庆假期救治旅客37人次",
        date="2025-10-09",
        notes="hospital text page: the hospital's 预约 line and floating consult as chrome; a department's own duty number in the body kept; a sentence about 扫码 kept",
        page="""
!m 南溟市第二人民医院　三级乙等综合医院
!m 首页 / 医院动态 / 新闻
!m 作者：宣传科　审核：院办　2025-10-09
{BODY}
!w 门诊预约电话：0898-6612 0000　在线咨询
!l 上一篇：我院开展世界精神卫生日义诊
""",
        body="""
国庆假期期间，我院派出十二名医护人员，在棠溪、鹭岛两个高速服务区设立临时医疗点，八天共救治旅客三十七人次。
医疗点主要处置晕车、中暑、外伤和慢性病急性发作等情况，其中两名胸痛患者经初步处置后由120转运至我院救治，目前已康复出院。
服务区医疗点配备了除颤仪、氧气瓶和常用药品，旅客有需要可扫服务区公告栏上的二维码呼叫医护人员。
医疗点值班电话为0898-6612 0120，春节期间将继续设点服务。
""",
    ),
]
