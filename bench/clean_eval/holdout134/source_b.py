"""holdout134, part B: an adhesive-industry Party alliance, a radiology department, a
university cross-country ski team, a diaper-factory town forum, a rosin plant and others.
Invented text throughout."""

CASES = [
    dict(
        slug="dangjian-jinyang-adhesive-chain-speech-html",
        site="槿阳市两新党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.jinyang.example.gov.cn/ldjh/2025/0630/2211.html",
        title="在全市胶粘剂产业链党建联盟成立大会上的讲话",
        record_title="【领导讲话】在全市胶粘剂产业链党建联盟成立大会上的讲话",
        date="2025-06-28",
        notes="date under the speech title; speaker line neutral; 【字号】 row; related list and footer",
        page="""
<html><head><meta charset="utf-8"><title>在全市胶粘剂产业链党建联盟成立大会上的讲话-槿阳两新党建</title></head><body>
<div class="banner">⟦m 槿阳两新党建　链上建堡垒 红色促发展⟧</div>
<div class="nav">⟦m 首页｜党建要闻｜领导讲话｜基层动态｜学习园地⟧</div>
<div class="loc">⟦m 您现在的位置：首页 > 领导讲话⟧</div>
<h1>⟦t 在全市胶粘剂产业链党建联盟成立大会上的讲话⟧</h1>
<p class="sub">市委组织部副部长、市两新工委书记　罗振华</p>
<p class="sub">（2025年6月28日）</p>
<div class="tools">⟦a 【字号 大 中 小】【打印】⟧</div>
{BODY}
<div class="rel"><b>⟦l 延伸阅读⟧</b><ul><li>⟦l 全市非公企业党建观摩会召开⟧</li><li>⟦l 新材料园区党群服务中心揭牌⟧</li></ul></div>
<div class="foot">⟦m 中共槿阳市委两新工委　地址：槿阳市中山北路9号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，全市胶粘剂产业链党建联盟正式成立。联盟由链主企业、配套企业、科研院所和行业协会的二十六个党组织组成。
我市胶粘剂产业规模已超过八十亿元，但链上企业各自为战、上下游协同不够的问题还比较突出。
联盟成立后，要重点抓好三件事：一是推动党组织共建，每季度开展一次联合主题党日；二是推动技术共享，由链主企业牵头组建攻关团队，解决低气味环保胶的配方难题；三是推动人才共育，联合职业院校开设订单班。
同志们，党建链连着产业链，希望联盟成员单位同心协力，把联盟建成推动产业发展的红色引擎。
""",
    ),
    dict(
        slug="hospital-kangning-radiology-notice",
        site="楝水县康宁医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lsknyy.example.com/news/gg/3318.html",
        title="关于放射科CT设备升级期间检查安排的公告",
        record_title="关于放射科CT设备升级期间检查安排的公告-楝水县康宁医院",
        date="2025-10-09",
        notes="hospital site; the department's own 咨询电话 kept next to the hospital's 24-hour line in the footer; 预约挂号 button; date in the document",
        page="""
!m 楝水县康宁医院　二级甲等综合医院
!a 预约挂号　智慧服务　门诊时间
!m 当前位置：首页 > 医院公告
{T}
!m 发布者：院办　时间：10-09　浏览量：1288
{BODY}
!l 上一条：国庆假期门诊安排
!l 下一条：关于开展免费骨密度筛查的通知
!m 急诊24小时服务电话：0737-5120120　院址：楝水县人民路88号
""",
        body="""
尊敬的患者朋友：
为提升影像检查质量，我院放射科将于10月13日至10月19日对64排CT设备进行升级改造。
升级期间，CT平扫和增强检查暂停，急诊患者的CT检查由院区二号楼备用设备承担。
已预约上述时段检查的患者，放射科将逐一电话联系改约，请保持电话畅通。
放射科咨询电话：0737-5120368。
给您带来的不便，敬请谅解。
楝水县康宁医院
2025年10月9日
""",
    ),
    dict(
        slug="university-beiling-ski-team-news-html",
        site="北岭大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.beiling.example.edu.cn/info/1032/19874.htm",
        title="我校越野滑雪队在省大学生冬季运动会上获三枚金牌",
        record_title="我校越野滑雪队在省大学生冬季运动会上获三枚金牌-北岭大学新闻网",
        date="2025-01-22",
        notes="university news: byline with 发布时间, photographer and editor lines, a photo caption between paragraphs, footer with 版权所有",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>我校越野滑雪队在省大学生冬季运动会上获三枚金牌-北岭大学新闻网</title></head><body>
<div class="head">⟦m 北岭大学新闻网⟧　<a>⟦m 学校主页⟧</a>　<a>⟦m 融媒体中心⟧</a></div>
<ul class="nav"><li>⟦m 北岭要闻⟧</li><li>⟦m 综合新闻⟧</li><li>⟦m 院部动态⟧</li><li>⟦m 媒体北岭⟧</li></ul>
<h1>⟦t 我校越野滑雪队在省大学生冬季运动会上获三枚金牌⟧</h1>
<p class="info">⟦m 发布时间：2025-01-22　作者：体育学院 韩旭　摄影：孟川　审核：李蔚⟧</p>
{BODY}
<p class="edit">⟦m 【编辑：宋雅】⟧</p>
<div class="pn">⟦l 上一篇：学校召开寒假安全工作会议⟧<br>⟦l 下一篇：图书馆寒假开放时间安排⟧</div>
<div class="foot">⟦d Copyright © 北岭大学 版权所有⟧　⟦m 地址：北岭市学府路1号⟧</div>
</body></html>
""",
        body="""
1月18日至21日，第九届省大学生冬季运动会越野滑雪比赛在岭南国家森林公园举行，我校越野滑雪队获得三金两银一铜。
我校运动员方思远包揽男子10公里传统技术和男子自由技术短距离两项冠军，女子4×5公里接力队也夺得金牌。
⟦m 图为我校运动员在比赛中。⟧
越野滑雪队组建于2019年，队员均为在校学生，每年冬季在校外雪场集训五十天左右。
体育学院表示，下一步将依托学校冰雪运动基地，扩大队伍规模，争取在全国比赛中取得突破。
""",
    ),
    dict(
        slug="localforum-yanghe-diaper-factory-wrapped",
        site="杨河生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yanghelife.example.com/forum.php?mod=viewthread&tid=90177",
        title="杨河镇卫生用品产业园招工通知",
        record_title="【招聘求职】杨河镇卫生用品产业园招工通知（附岗位表）",
        date="2025-02-10",
        date_also=["2025-02-11"],
        notes="local forum; hard-wrapped text at 62 columns; a table of posts one row a paragraph; the company's 联系电话 kept; the forum's ad line between paragraphs",
        wrap=62,
        page="""
!m 杨河生活网 > 招聘求职 > 正文
!m 发帖人：杨河人社所　2025-02-11 07:55　楼主
{T}
{BODY}
!l 帖子标签：招工 纸尿裤 杨河镇
!l 回复　引用　举报
!w 论坛置顶广告位招租，联系版主微信 yanghe_bz01
""",
        body="""
节后复工在即，杨河镇卫生用品产业园内四家纸尿裤和湿巾生产企业需招聘一批员工，欢迎有意者前来应聘。
岗位　人数　月薪（元）
包装工　80　4500—6500
机台操作工　30　5000—6000
质检员　10　4200—4800
⟦w 本地招工信息发布请联系管理员，免费置顶三天。⟧
招聘对象为年满18周岁、身体健康的求职者，计件工资，多劳多得，厂内提供食宿。
报名地点：产业园服务中心一楼，联系电话：0562-6053318。
杨河镇人力资源和社会保障所
2025年2月10日
""",
    ),
    dict(
        slug="download-suyuan-rosin-plant-rules",
        site="素原资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.suyuanxz.example.com/soft/zhidu/2025/61830.html",
        title="松香厂熬制车间安全操作规程",
        record_title="松香厂熬制车间安全操作规程.doc下载",
        date=None,
        notes="download station: file-info block, mirror links, dead-link report; numbered articles; a rule speaking of 打印 and 扫码 as content; no date",
        page="""
!m 素原资料下载站　精品制度范本
!m 资料大小：46KB　资料类型：doc　授权：免费　更新：2025-03-19
!m 下载次数：422
{T}
{BODY}
!a 下载地址：电信下载一　联通下载二　备用镜像
!a 下载地址失效？点此报告
!d 本站资料均收集自网络，仅供参考学习，请勿用于商业用途
""",
        body="""
第一条　为规范松香熬制操作，防止烫伤、火灾等事故，制定本规程。
第二条　操作人员须经岗前培训合格后方可上岗，上岗时须穿戴隔热手套和防护面罩。
第三条　熬制前应检查蒸汽管道、温控仪表和松节油冷凝回收装置，确认无泄漏、无异常后方可通汽。
第四条　当班人员应每两小时记录一次锅温，交班时打印温度曲线并签字存档。
第五条　设备巡检采用扫码签到，巡检人员到达各点位后扫描点位二维码登记。
第六条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="rsks-lingshan-social-worker-exam-html",
        site="岭山市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lsrsks.example.gov.cn/kwgg/2025/0402/4470.html",
        title="关于2025年度社会工作者职业水平考试考务工作有关事项的通知",
        record_title="关于2025年度社会工作者职业水平考试考务工作有关事项的通知",
        date="2025-04-02",
        notes="exam site: floating consult box, the committee's own 咨询电话 and e-mail kept next to the site's technical line; sentences about 下载/打印 准考证 kept; timetable",
        page="""
<html><head><meta charset="utf-8"><title>岭山市人事考试网</title><script>function closeFloat(){}</script></head><body>
<div class="top">⟦m 岭山市人事考试网　官方唯一指定报名网站⟧</div>
<div class="nav">⟦m 首页 考务公告 成绩查询 证书办理 政策法规⟧</div>
<div class="float">⟦w 在线咨询　工作日 9:00—17:00⟧<a onclick="closeFloat()">⟦a 关闭⟧</a></div>
<h2>⟦t 关于2025年度社会工作者职业水平考试考务工作有关事项的通知⟧</h2>
<div class="meta">⟦m 信息来源：考务科　发布时间：2025-04-02　访问次数：3967⟧</div>
{BODY}
<div class="foot">⟦m 网站技术支持电话：0736-2210809（仅限网站使用问题）⟧<br>⟦m 岭山市人事考试中心　版权所有⟧</div>
</body></html>
""",
        body="""
各有关单位、各位考生：
2025年度社会工作者职业水平考试定于6月14日、15日举行，现将考务工作有关事项通知如下。
一、考试时间
日期　科目　时间
6月14日上午　社会工作综合能力　9:00—11:30
6月14日下午　社会工作实务　14:00—16:30
二、准考证打印
考生须于6月9日至13日登录本网站下载并打印准考证，凭准考证和有效身份证件参加考试。
三、咨询方式
考务咨询电话：0736-2210816，咨询邮箱：kwk@lsrsks.example.gov.cn。
岭山市人事考试中心
2025年4月2日
""",
    ),
    dict(
        slug="tender-dongjiang-lng-terminal-result",
        site="东江港集团采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ec.djport.example.com/notice/result/2025/LNG-0731.html",
        title="东江LNG接收站储罐区消防设施维保服务项目中标结果公告",
        record_title=None,
        date="2025-07-31",
        notes="tender platform; title missing (found on the page); buyer and agency contacts kept beside the CA hotline; bid result table",
        page="""
!m 东江港集团电子采购平台
!m 首页 / 采购公告 / 结果公告
!t 【结果公告】东江LNG接收站储罐区消防设施维保服务项目中标结果公告
!m 项目编号：DJG-CG-2025-0731　发布日期：2025-07-31
{BODY}
!m CA数字证书办理热线：400-880-3721
!l 相关公告：东江LNG接收站储罐区消防设施维保服务项目招标公告
""",
        body="""
一、项目名称：东江LNG接收站储罐区消防设施维保服务项目
二、中标信息
中标人　中标金额（万元）　服务期
椿原安泰消防工程有限公司　186.40　两年
三、公示期限：自本公告发布之日起一个工作日。
四、联系方式
采购人：东江港集团液化天然气有限公司，联系人：黄工，电话：0759-3318820。
采购代理机构：东江华信招标咨询有限公司，联系人：严女士，电话：0759-3318905。
""",
    ),
    dict(
        slug="lawfirm-tongheng-minor-game-topup-html",
        site="同衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="html",
        source="https://www.tonghenglaw.example.com/insight/2025/11/minor-topup.html",
        title="孩子偷偷给网络游戏充值，钱能要回来吗？",
        record_title="律师说法丨孩子偷偷给网络游戏充值，钱能要回来吗？",
        date="2025-11-06",
        notes="law firm article: author card, not-legal-advice notice, consult box; date on the byline",
        page="""
<html><head><meta charset="utf-8"><title>孩子偷偷给网络游戏充值，钱能要回来吗？ | 同衡律师事务所</title></head><body>
<header>⟦m 同衡律师事务所　TONGHENG LAW FIRM⟧<nav>⟦m 关于我们　专业领域　律师团队　同衡观点　联系我们⟧</nav></header>
<h1>⟦t 孩子偷偷给网络游戏充值，钱能要回来吗？⟧</h1>
<div class="by">⟦m 作者：同衡律所 叶之舟律师　发布：2025-11-06⟧</div>
{BODY}
<div class="note">⟦d 本文仅为一般性法律信息分享，不视为对具体个案的法律意见。⟧</div>
<div class="consult">⟦w 遇到类似纠纷？拨打 0571-8866 2200 预约律师面谈⟧</div>
<footer>⟦d © 2025 同衡律师事务所⟧　⟦m 浙ICP备17055210号-1⟧</footer>
</body></html>
""",
        body="""
暑假过后，不少家长发现孩子用自己的手机给网络游戏充值，少则几百元，多则上万元。
从法律上看，八周岁以上的未成年人是限制民事行为能力人，实施与其年龄、智力不相适应的充值行为，未经监护人同意或者追认的，家长可以请求返还。
维权时，家长要证明充值是孩子本人操作的，比如充值时间在上课之外、游戏账号的登录习惯与孩子相符等。
建议家长保管好支付密码，开启游戏平台的未成年人模式，同时保存好充值记录和聊天截图，先与游戏公司协商，协商不成再提起诉讼。
""",
    ),
    dict(
        slug="community-heyuan-expired-medicine-recycling",
        site="荷园社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.heyuansq.example.com/gg/20250514-77.html",
        title="关于开展家庭过期药品集中回收活动的通知",
        record_title="关于开展家庭过期药品集中回收活动的通知",
        date="2025-05-14",
        notes="residents' site; a sentence asking residents to 扫码 to book kept; the committee's own phone kept; comment count and prev/next",
        page="""
!m 荷园社区服务网 · 家门口的好帮手
!m 首页 » 社区公告
{T}
!m 荷园社区居委会　05-14 发布　阅读 522
{BODY}
!l 居民评论（14）　我也说两句
!l ← 上一则：夏季灭蚊行动安排　｜　下一则：老年人助浴服务开始预约 →
!m 荷园社区居委会　地址：荷园路36号
""",
        body="""
各位居民：
家庭药箱里的过期药品随意丢弃，会污染环境，也可能被误服。社区联合辖区两家药店，定于5月20日开展家庭过期药品集中回收活动。
回收时间为当天上午8:30至11:30，地点在社区广场，居民可凭过期药品兑换口罩、棉签等小礼品。
行动不便的老人可扫描楼道公告栏上的二维码预约，网格员将上门收取。
联系电话：0551-6213870（居委会办公室）。
荷园社区居民委员会
2025年5月14日
""",
    ),
    dict(
        slug="association-reganmian-industry-report-markers",
        site="江城热干面行业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.jcrgm.example.org.cn/hyyj/2025/0320/119.html",
        title="2024年江城热干面行业发展情况调研报告",
        record_title="【协会发布】2024年江城热干面行业发展情况调研报告",
        date="2025-03-20",
        notes="association site; a preview converter's markers ⁅n⁆ glued at line starts; a data table; an association line at the top",
        pages=dict(fmt="⁅{n}⁆", every=140, start=2, glue=True),
        page="""
!m 江城热干面行业协会　守味道 立标准
!m 首页 > 行业研究
{T}
!m 发布：协会秘书处　2025-03-20
{BODY}
!d 本报告版权归江城热干面行业协会所有，引用请注明出处。
!l 协会动态：热干面团体标准宣贯会举行
""",
        body="""
为掌握全市热干面行业发展现状，协会秘书处于2025年1月至2月对全市三百二十家门店和十五家生产企业开展了调研。
一、基本情况
指标　2023年　2024年
门店数量（家）　4860　5120
预包装产品销售额（亿元）　18.6　23.4
二、主要问题
一是门店规模小、分布散，标准化程度不高；二是芝麻酱等原料价格波动大，挤压了利润空间。
三、对策建议
建议推广团体标准，扶持中央厨房建设，支持企业发展预包装和冷链配送，把江城热干面卖向全国。
""",
    ),
    dict(
        slug="corp-qingsao-robot-vacuum-news-html",
        site="青扫智能科技 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qingsao-tech.example.com/news/company/2025-0918.html",
        title="青扫智能第500万台扫地机器人下线",
        record_title="青扫智能第500万台扫地机器人下线",
        record_date="2025-09-18",
        date="2025-09-18",
        notes="company site: nav with product menu, 'online customer service' box, footer with ICP and hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>青扫智能第500万台扫地机器人下线-新闻中心-青扫智能科技</title></head><body>
<div class="nav">⟦m 青扫智能　产品中心　解决方案　新闻中心　服务支持　加入我们⟧</div>
<div class="crumb">⟦m 首页 > 新闻中心 > 公司动态⟧</div>
<h1>⟦t 青扫智能第500万台扫地机器人下线⟧</h1>
<div class="date">⟦m 2025.09.18　阅读 1,903⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：青扫智能亮相家电博览会⟧　⟦l 下一篇：关于公司2025年秋季校园招聘的公告⟧</div>
<div class="kf">⟦w 在线客服　售前咨询 400-606-5151⟧</div>
<footer>⟦m 青扫智能科技有限公司　粤ICP备20198815号⟧</footer>
</body></html>
""",
        body="""
9月18日，青扫智能科技有限公司第500万台扫地机器人在棠湾智能制造基地下线。
该机型搭载公司自主研发的激光导航和避障算法，可识别拖鞋、数据线等三十多类常见障碍物。
公司负责人表示，今年以来，公司海外订单同比增长六成，产品已销往四十多个国家和地区。
下一步，公司将投资三亿元建设第二条自动化生产线，预计明年下半年投产。
""",
    ),
    dict(
        slug="training-meiyi-makeup-school-brochure",
        site="美艺化妆培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.meiyi-edu.example.com/zhaosheng/2025-chunji.html",
        title="美艺化妆培训学校2025年春季招生简章",
        record_title="美艺化妆培训学校2025年春季招生简章（附课程表）- 美艺教育",
        date=None,
        notes="training school: a discount-coupon prompt between paragraphs, the school's own 报名电话 kept beside a 400 line, a course table, no date (only the year in the title)",
        page="""
!m 美艺教育 · 化妆造型培训
!a 免费试听　在线报名　课程咨询
{T}
{BODY}
!w 全国招生热线：400-913-2288（24小时）
!l 热门课程：新娘跟妆班　影视化妆班　美甲美睫班
!d 本简章最终解释权归美艺化妆培训学校所有
""",
        body="""
美艺化妆培训学校是经栎溪县人社局批准设立的职业技能培训机构，已累计培训学员三千余人。
一、开设课程
课程　学时　学费（元）
生活化妆班　60　2800
新娘造型班　120　5600
⟦a 现在报名立减500元，点击领取优惠券⟧
二、报名须知
报名者须年满16周岁，初中以上文化程度，结业考核合格者颁发职业技能等级证书。
报名电话：0572-8130266（教务处）。
""",
    ),
]
