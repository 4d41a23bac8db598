"""holdout144, part D: an EIA public-participation notice and a rouliqiu rulebook on download
stations, a teacher-qualification interview notice and a skills-appraisal notice on personnel-exam
sites, a Braille library's tender and a ship-inspection bid result, law firms on copyright and gym
prepaid cards, residents' pages (objects thrown from height, a council's minutes), a hardware
association's pledge. Invented."""

CASES = [
    dict(
        slug="download-lvye-eia-notice-oldtable-mirrors",
        site="绿野资料下载站 (invented)",
        style="资料下载站",
        genre="公示",
        kind="notice",
        form="html",
        source="http://www.lvyezl.example.com/down/soft/2025/4471.asp",
        title="桂源县生活垃圾转运站扩建项目环境影响评价公众参与第二次公示",
        record_title="桂源县生活垃圾转运站扩建项目环境影响评价公众参与第二次公示 免费下载",
        date="2025-07-21",
        notes="old table layout download station: file-info table, three mirror links, a dead-link report, a download-guide notice; the body's own 联系人/电话/邮箱 and a 下载 sentence kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>桂源县生活垃圾转运站扩建项目环境影响评价公众参与第二次公示 免费下载 - 绿野资料下载站</title></head><body>
<table width="980" align="center"><tr><td>⟦m 绿野资料下载站 www.lvyezl.example.com⟧</td><td>⟦a 收藏本站 | 网站地图⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 行业资料 → 环保环评⟧</td></tr></table>
<table width="980" align="center" border="1"><tr><td>⟦m 资料名称：⟧</td><td>⟦t 桂源县生活垃圾转运站扩建项目环境影响评价公众参与第二次公示⟧</td></tr>
<tr><td>⟦m 资料大小：⟧</td><td>⟦m 88 KB⟧</td></tr><tr><td>⟦m 更新时间：⟧</td><td>⟦m 2025-07-30⟧</td></tr><tr><td>⟦m 下载次数：⟧</td><td>⟦m 本周 12 次 总计 96 次⟧</td></tr></table>
<table width="980" align="center"><tr><td><b>⟦m 资料简介：⟧</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 下载地址：电信下载一　联通下载二　移动下载三⟧</td></tr><tr><td>⟦a 链接失效？点此报告⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 下载说明：本站资料均来源于网络，仅供学习研究，请在下载后24小时内删除⟧</td></tr><tr><td>⟦m Copyright 2008-2025 绿野资料下载站⟧</td></tr></table>
</body></html>
""",
        body="""
根据《环境影响评价公众参与办法》，现将桂源县生活垃圾转运站扩建项目环境影响报告书征求意见稿有关信息公示如下：
一、项目概况：项目位于桂源县城东工业园纬三路，拟将转运规模由每日一百五十吨扩建至每日三百吨，配套建设渗滤液收集和除臭设施。
二、征求意见稿获取方式：公众可登录县生态环境局网站下载报告书征求意见稿全文，也可到建设单位查阅纸质版。
三、征求意见的公众范围：项目周边五百米范围内的居民和单位。
四、公众提出意见的方式：可通过信函、电子邮件或电话向建设单位提交意见。
建设单位联系人：蒙工，电话：0774-6125330，邮箱：gyzyz_hp@example.com。
五、公示期限：2025年7月21日至8月1日，共十个工作日。
桂源县城市管理局
2025年7月21日
""",
    ),
    dict(
        slug="download-tiyu-rouliqiu-rules-oneline",
        site="体育资料站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.tiyuzl.example.cn/doc/rlq-2025.html",
        title="2025年全县老年人柔力球比赛竞赛规程",
        record_title="2025年全县老年人柔力球比赛竞赛规程.doc下载",
        date=None,
        notes="the whole body on one line, paragraphs separated by indents; year only in the title (no date); file-info lines and a 'download with points' action",
        oneline=True,
        indent="　　",
        page="""
!m 体育资料站 — 赛事规程 裁判法 训练计划
!t 2025年全县老年人柔力球比赛竞赛规程.doc下载
!m 资料类型：doc｜大小：42K｜积分：2｜入库：2025-08-19
{BODY}
!a 【立即下载】本资料需消耗 2 积分，签到可领积分
!l 同类资料：门球比赛秩序册模板 ／ 健身气功站点展示活动规程
""",
        body="""
一、主办单位：县老年人体育协会。
二、比赛时间和地点：9月下旬，县体育馆，具体时间另行通知。
三、参赛单位：各乡镇、县直各单位老年人体育协会，每单位限报一队。
四、比赛项目：柔力球规定套路、自选套路集体项目。
五、参赛办法：每队由领队一人、教练一人、队员八至十二人组成，队员年龄须在五十五周岁以上，身体健康。
六、录取名次与奖励：各项目录取前六名，颁发奖牌和证书，另设体育道德风尚奖。
七、未尽事宜，另行通知。
""",
    ),
    dict(
        slug="pta-jiaozi-teacher-interview-notice-html",
        site="渠江市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qjrsks.example.gov.cn/kwgg/2025/1120/961.html",
        title="渠江市2025年下半年中小学教师资格考试面试公告",
        record_title="渠江市2025年下半年中小学教师资格考试面试公告",
        date="2025-11-20",
        notes="personnel-exam HTML: a technical-support line and a 'certificate check' button as chrome; the exam office's own 咨询电话 kept; exam timetable table; sentences about 下载/打印 准考证 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>渠江市2025年下半年中小学教师资格考试面试公告</title></head><body>
<div class="head">⟦m 渠江市人事考试网⟧ ⟦a 证书查询⟧ ⟦a 成绩查询⟧ ⟦a 网上报名入口⟧</div>
<div class="nav">⟦m 首页 | 考务公告 | 考试计划 | 政策法规 | 常见问题⟧</div>
<div class="loc">⟦m 您现在的位置：首页 ›› 考务公告⟧</div>
<h2>⟦t 渠江市2025年下半年中小学教师资格考试面试公告⟧</h2>
<p>⟦m 发布时间：2025-11-20 09:00　发布单位：市教育考试院⟧</p>
{BODY}
<div class="tech">⟦m 网站技术支持电话：400-061-XXXX（仅限网站使用问题）⟧</div>
<div class="foot">⟦m 渠江市人事考试中心 主办　川ICP备17XX2290号⟧ ⟦d 建议使用Chrome浏览器 分辨率1366×768以上⟧</div>
</body></html>
""",
        body="""
根据教育部教师资格考试有关规定，现将渠江考区2025年下半年中小学教师资格考试面试有关事项公告如下。
一、报名时间：2025年12月5日至12月8日，考生须登录全国中小学教师资格考试网报名并缴费。
二、面试时间安排：
日期　时间　科目
2026年1月10日　8:00-18:00　幼儿园、小学各学科
2026年1月11日　8:00-18:00　初中、高中各学科
三、准考证打印：考生须于2026年1月5日至1月11日登录报名网站自行下载并打印准考证。
四、考生须携带准考证和有效居民身份证原件参加面试，二者缺一不可。
考区咨询电话：0818-2375106（工作日9:00-17:00）。
渠江市教育考试院
2025年11月20日
""",
    ),
    dict(
        slug="pta-lianshan-skills-appraisal-notice-text",
        site="涟山人才考评网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lsrckp.example.cn/tzgg/20250603/1207.htm",
        title="关于开展2025年第二批职业技能等级认定的通知",
        record_title="关于开展2025年第二批职业技能等级认定的通知-涟山人才考评网",
        date="2025-06-03",
        notes="numbered subjects and a fee table; a 'results query' action and a scroll notice as chrome; 附件 list kept; the centre's own 咨询电话 next to a site hotline",
        page="""
!m 涟山人才考评网　公平 公正 便民
!m >>> 温馨提示：本站不收取任何考试培训费用，谨防上当受骗 <<<
!m 网站首页 > 通知公告
!t 关于开展2025年第二批职业技能等级认定的通知
!m 2025-06-03　　市职业技能鉴定指导中心　　阅读 1206
{BODY}
!a 【成绩查询】【证书查询】【在线报名】
!m 本站服务热线：0738-8316XXXX（周一至周五）
""",
        body="""
各认定机构、各有关单位：
根据年度认定工作计划，市职业技能鉴定指导中心定于2025年7月开展第二批职业技能等级认定，现将有关事项通知如下。
一、认定职业（工种）：电工、焊工、中式烹调师、保育师、育婴员。
二、报名时间：6月10日至6月25日，考生到各认定机构现场报名。
三、认定费用：
等级　理论考试　操作技能考核
五级/初级工　60元　120元
四级/中级工　80元　160元
四、考生须提交身份证复印件、学历证明和近期免冠照片。
附件：职业技能等级认定申报表
咨询电话：0738-8316120。
涟山市职业技能鉴定指导中心
2025年6月3日
""",
    ),
    dict(
        slug="tender-xiyu-braille-library-procurement-html",
        site="西屿市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xiyuzfcg.example.gov.cn/cggg/gkzb/2025/09/20250915_3318.html",
        title="西屿市盲文图书馆无障碍阅读设备采购项目公开招标公告",
        record_title="西屿市盲文图书馆无障碍阅读设备采购项目公开招标公告",
        date="2025-09-15",
        record_date="2025-09-15",
        notes="tender HTML: a CA-certificate hotline and a 'bid online' button as chrome; purchaser and agency contacts kept; a lot table; a sentence about 下载 bidding documents kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>西屿市盲文图书馆无障碍阅读设备采购项目公开招标公告</title></head><body>
<div class="top">⟦m 西屿市政府采购网⟧ ⟦a 供应商注册 | 专家登录 | 采购人登录⟧</div>
<div class="nav">⟦m 首页　采购公告　结果公告　政策法规　诚信信息⟧</div>
<div class="pos">⟦m 首页 > 采购公告 > 公开招标⟧</div>
<h1>⟦t 西屿市盲文图书馆无障碍阅读设备采购项目公开招标公告⟧</h1>
<div class="info">⟦m 公告日期：2025-09-15　项目编号：XYCG-2025-0917　浏览：640⟧</div>
{BODY}
<div class="btn">⟦a 我要投标⟧ ⟦a 下载公告⟧</div>
<div class="ca">⟦m CA数字证书办理咨询：0592-5108XXXX⟧</div>
<div class="foot">⟦m 西屿市财政局主办　闽ICP备09XX3120号⟧</div>
</body></html>
""",
        body="""
项目概况：西屿市盲文图书馆无障碍阅读设备采购项目的潜在投标人应在西屿市政府采购网下载招标文件，并于2025年10月10日9点30分前递交投标文件。
一、项目基本情况
预算金额：一百二十八万元。
包号　采购内容　数量
1　盲文点显器　20台
2　智能听书机　150台
3　电子助视器　30台
二、申请人的资格要求：满足《中华人民共和国政府采购法》第二十二条规定，本项目专门面向中小企业采购。
三、对本次招标提出询问，请按以下方式联系：
采购人：西屿市盲文图书馆，联系人：方女士，电话：0592-5327418。
采购代理机构：西屿鼎信招标代理有限公司，联系人：郑工，电话：0592-5106633。
""",
    ),
    dict(
        slug="tender-haixing-ship-inspection-bid-result",
        site="海星招标采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ec.haixing-zb.example.com/notice/result/2025-1104-221",
        title="洛港船舶检验所救生设备年度检验服务项目中标结果公示",
        record_title="【中标公示】洛港船舶检验所救生设备年度检验服务项目中标结果公示",
        date="2025-11-04",
        notes="bid result: 【中标公示】 decoration, a candidate table, complaint contacts kept; a platform notice about electronic seals and a 'subscribe to notices' prompt as chrome",
        page="""
!m 海星招标采购平台 · 阳光采购 诚信共赢
!m 首页 » 交易公告 » 结果公示
!t 【中标公示】洛港船舶检验所救生设备年度检验服务项目中标结果公示
!m 公示期：2025-11-04 至 2025-11-06　｜　招标编号：HX-ZB-2025-1102
{BODY}
!a 订阅本类公告，新公告微信实时提醒
!d 本平台电子签章公告与纸质文件具有同等效力，以原文为准
!l 同期公示：港区消防器材采购项目中标候选人公示
""",
        body="""
洛港船舶检验所救生设备年度检验服务项目已于2025年11月3日完成评标，现将中标结果公示如下：
排名　单位名称　投标报价（元）　评审得分
第一名　洛港安航船舶技术服务有限公司　386000　92.6
第二名　东屿海工检测有限公司　392500　88.1
第三名　滨海恒泰船舶设备有限公司　401000　85.4
中标人：洛港安航船舶技术服务有限公司。
公示期间，投标人或其他利害关系人对结果有异议的，可向招标人或招标代理机构书面提出。
招标人：洛港船舶检验所，联系电话：0535-6680217。
招标代理机构：海星招标咨询有限公司，联系电话：0535-6678803。
2025年11月4日
""",
    ),
    dict(
        slug="lawfirm-zhengyan-copyright-lecture-text",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="text",
        source="https://www.zhengyanlaw.example.com/insight/2025/0426-copyright.html",
        title="短视频创作中的著作权风险与防范",
        record_title="律所观察丨短视频创作中的著作权风险与防范",
        date="2025-04-26",
        notes="law-firm article: 律所观察丨 decoration; a lawyer card; a 'not legal advice' notice and a consultation prompt with a phone; the body's sentences about 下载/分享 as content kept",
        page="""
!m 正言律师事务所　ZHENGYAN LAW FIRM
!m 首页 ｜ 律所观察 ｜ 专业领域 ｜ 律师团队 ｜ 联系我们
!t 律所观察丨短视频创作中的著作权风险与防范
!m 作者：正言律师事务所 知识产权团队 宋晓岚律师　日期：2025-04-26
{BODY}
!d 声明：本文仅为作者观点交流，不构成对任何具体事项的法律意见或建议。
!w 遇到版权纠纷？正言律师一对一咨询：0755-2690XXXX
!l 推荐阅读：商标被抢注怎么办｜直播带货中的广告法边界
""",
        body="""
4月26日是世界知识产权日。结合近年代理的案件，谈谈短视频创作中常见的著作权风险。
一、未经许可使用他人作品。不少创作者随手下载影视片段、背景音乐进行剪辑，即使注明出处，也可能构成侵权。
二、“二创”不等于合理使用。对他人作品进行解说、混剪，如果实质性呈现了原作品的主要内容，仍需取得授权。
三、平台分享不能免除责任。将侵权视频分享到多个平台，会扩大传播范围，增加赔偿数额。
防范建议：使用正版素材库，保留授权凭证；原创作品及时进行作品登记；发现被侵权时注意固定证据。
""",
    ),
    dict(
        slug="lawfirm-hengping-gym-prepaid-letter-html",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.hengping-law.example.cn/news/show-3021.html",
        title="致健身房预付卡会员的一封信",
        record_title="致健身房预付卡会员的一封信 - 衡平律师事务所",
        date="2025-10-09",
        notes="law-firm HTML with a floating consult widget and an office-address footer; the body's own 联系电话 and 扫码登记 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>致健身房预付卡会员的一封信 - 衡平律师事务所</title></head><body>
<header>⟦m 衡平律师事务所⟧ ⟦m 专注消费维权与合同纠纷⟧</header>
<nav>⟦m 首页 律所简介 新闻动态 案例精选 在线咨询⟧</nav>
<div class="crumb">⟦m 首页 / 新闻动态⟧</div>
<article><h1>⟦t 致健身房预付卡会员的一封信⟧</h1><div class="meta">⟦m 发布日期：2025-10-09　阅读量：1,877⟧</div>
{BODY}
</article>
<div class="widget">⟦w 免费法律咨询 点击拨打 400-9XX-6620⟧</div>
<footer>⟦m 地址：衡城市解放西路120号金汇大厦18层⟧ ⟦d © 2025 衡平律师事务所 保留一切权利⟧</footer>
</body></html>
""",
        body="""
各位会员朋友：
近日，城北“力动健身”门店突然停业，不少会员的预付卡余额无法使用。受部分会员委托，本所就有关事项说明如下：
一、请妥善保管会员卡、购卡合同、付款凭证和聊天记录等证据。
二、本所将协助会员进行债权登记，并依法向经营者及其关联公司主张退还剩余费用。
三、会员可扫描本所公众号推文中的二维码进行信息登记，也可于工作日到本所现场登记。
维权登记联系电话：0734-8256013（衡平律师事务所 吴律师）。
衡平律师事务所
2025年10月9日
""",
    ),
    dict(
        slug="community-fuhua-falling-objects-notice",
        site="福华社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fuhuashequ.example.com/tz/2025-07-02.html",
        title="关于严禁高空抛物的告居民书",
        record_title="关于严禁高空抛物的告居民书",
        date="2025-07-02",
        notes="residents' site: weather widget and a neighbourhood slogan as chrome, a 'join the neighbourhood group' prompt between paragraphs, comments; the grid member's own phone kept",
        gap=True,
        page="""
!m 福华社区网 · 您身边的社区服务平台
!m 今日 多云 26~33℃　｜　福华街道 福华社区
!t 关于严禁高空抛物的告居民书
!m 社区居委会 发布于 2025-07-02　浏览 866
{BODY}
!l 居民留言（5）：支持！三栋楼下天天掉烟头
!l 返回社区公告列表
""",
        body="""
各位居民朋友：
近期，我社区多个小区发生高空抛物、坠物事件，严重威胁居民生命财产安全。为此，社区居委会郑重提醒：
一、高空抛物是违法行为，情节严重的将依法追究刑事责任。
⟦w 扫码加入“福华邻里”微信群，及时获取社区通知⟧
二、请居民及时清理阳台、窗台上的花盆等杂物，定期检查窗户、空调外机支架是否牢固。
三、请家长教育孩子不要从楼上往下扔东西。
发现高空抛物行为，请及时向网格员反映，网格员电话：13807312246。
福华社区居民委员会
2025年7月2日
""",
    ),
    dict(
        slug="community-nanxi-council-minutes-html",
        site="南溪街道社区服务网 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://sq.nanxi-jd.example.cn/yszq/2025/0522/208.html",
        title="望江社区居民议事会第五次会议纪要",
        record_title="望江社区居民议事会第五次会议纪要_议事协商_南溪街道社区服务网",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="community HTML: minutes with 时间/地点/主持/出席/记录 lines and a vote count kept; the page's posting date differs from the meeting date (both accepted); service-hall links and a volunteer banner as chrome",
        page="""
<html><head><meta charset="utf-8"><title>望江社区居民议事会第五次会议纪要_议事协商_南溪街道社区服务网</title></head><body>
<div class="hd">⟦m 南溪街道社区服务网⟧ ⟦m 共建共治共享⟧</div>
<div class="menu">⟦m 街道概况 | 社区动态 | 议事协商 | 便民服务 | 志愿服务⟧</div>
<div class="here">⟦m 当前位置：议事协商⟧</div>
<h2>⟦t 望江社区居民议事会第五次会议纪要⟧</h2>
<div class="line">⟦m 发布：望江社区　2025-05-22⟧</div>
{BODY}
<div class="banner">⟦a 成为志愿者 点亮邻里情 立即报名⟧</div>
<div class="links">⟦l 便民服务：水电缴费 · 居住证办理 · 老年优待证⟧</div>
<div class="ft">⟦m 南溪街道办事处 主办⟧</div>
</body></html>
""",
        body="""
时间：2025年5月20日19:30
地点：望江社区党群服务中心议事厅
主持：社区党委书记 曹丽
出席：居民议事会成员15人，物业公司代表2人
记录：邓晓雪
议题：望江小区非机动车停放区改造方案
会议听取了物业公司关于停放区改造的方案说明，议事会成员逐条讨论，提出增设遮雨棚、划定老年代步车专用区等意见六条。
表决结果：同意14票，反对0票，弃权1票，方案通过。
会议要求物业公司在6月15日前完成改造，社区负责跟踪督办并向居民公示进展。
""",
    ),
    dict(
        slug="association-wujin-hardware-pledge-html",
        site="岳城五金机电商会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.ycwjsh.example.org/xhdt/2025/0315/91.html",
        title="岳城五金机电商会诚信经营倡议书",
        record_title="【商会倡议】岳城五金机电商会诚信经营倡议书",
        date="2025-03-15",
        notes="association HTML: member-login and join buttons, a member-directory sidebar and a 3·15 banner as chrome; the pledge's own 投诉电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【商会倡议】岳城五金机电商会诚信经营倡议书</title></head><body>
<div class="top">⟦m 岳城五金机电商会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦m 商会首页 商会概况 商会动态 会员名录 政策服务⟧</div>
<div class="banner">⟦m 3·15 守护消费 诚信同行⟧</div>
<h1>⟦t 【商会倡议】岳城五金机电商会诚信经营倡议书⟧</h1>
<div class="meta">⟦m 来源：商会秘书处　时间：2025年03月15日　点击：412⟧</div>
{BODY}
<div class="side"><h4>⟦l 会员名录⟧</h4><p>⟦l 岳城鑫达紧固件有限公司⟧</p><p>⟦l 岳城恒力电动工具商行⟧</p></div>
<div class="foot">⟦m 商会地址：岳城市五金城B区3号楼2层　电话：0730-8829XXXX⟧</div>
</body></html>
""",
        body="""
全体会员企业：
诚信是市场经济的基石，也是五金机电行业立足长远的根本。值此“3·15”国际消费者权益日，商会向全体会员发出如下倡议：
一、明码标价，不以次充好、不以假充真，不销售“三无”产品。
二、如实宣传商品性能和用途，不作虚假或引人误解的宣传。
三、认真履行售后服务承诺，及时妥善处理消费者投诉。
四、自觉抵制低价倾销和恶意竞争，共同维护良好的市场秩序。
商会设立会员诚信投诉电话：0730-8829016，欢迎社会各界监督。
岳城五金机电商会
2025年3月15日
""",
    ),
]
