"""holdout43, part E: exam, tender, law-firm, community, association, corporate, training,
writing-app, exam-forum, encyclopaedia, cloud-drive and snapshot pages. Invented text."""

CASES = [
    dict(
        slug="exam-xijia-lighthouse-keeper-recruit-html",
        site="汐岬县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xjrsks.example.gov.cn/zkgg/2025/0410/219.html",
        title="汐岬灯塔站2025年公开招聘编外守塔员公告",
        record_title="【招聘公告】汐岬灯塔站2025年公开招聘编外守塔员公告",
        date="2025-04-10",
        notes="exam site HTML: decorated title; a positions table; registration site URL and the document's own 咨询电话 kept; the site's technical line in the footer; 附件 list",
        page="""
<html><head><meta charset="utf-8"><title>汐岬灯塔站2025年公开招聘编外守塔员公告</title></head><body>
<div class="head">⟦m 汐岬县人事考试网⟧ ⟦m 公平 公正 公开⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 考试公告⟧</li><li>⟦l 报名入口⟧</li><li>⟦l 成绩查询⟧</li></ul>
<div class="loc">⟦m 首页 » 考试公告 » 招聘公告⟧</div>
<h1>⟦t 【招聘公告】汐岬灯塔站2025年公开招聘编外守塔员公告⟧</h1>
<p class="meta">⟦m 发布日期：2025-04-10　发布单位：县人社局⟧</p>
{BODY}
<div class="foot">⟦m 技术支持热线：0898-6612399⟧ ⟦d 本站信息如与纸质文件不一致，以纸质文件为准⟧</div>
</body></html>
""",
        body="""
因工作需要，汐岬灯塔站面向社会公开招聘编外守塔员，现将有关事项公告如下。
一、招聘岗位
岗位　人数　学历要求
守塔员　2名　高中及以上
二、报名时间为4月15日至4月21日，报名网址：http://bm.xjrsks.example.gov.cn
三、应聘人员须能适应海岛长期驻守工作，能熟练游泳者优先。
咨询电话：0898-6620331（汐岬灯塔站）
附件：1.报名登记表
2.海岛驻守承诺书
汐岬县人力资源和社会保障局
2025年4月10日
""",
    ),
    dict(
        slug="tender-chaobu-well-dredging-notice",
        site="潮埠政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.chaobu.example.gov.cn/cggg/2025/04/22/3301.html",
        title="潮埠验潮站验潮井清淤服务项目竞争性磋商公告",
        record_title="潮埠验潮站验潮井清淤服务项目竞争性磋商公告",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="tender text page: record title and date; decimal headings 1.1/1.2; contacts kept; a CA/electronic bid hotline and login prompt outside",
        page="""
!m 潮埠县政府采购网
!a 供应商登录　|　专家登录　|　注册
!m 当前位置：采购公告 > 竞争性磋商
!t 潮埠验潮站验潮井清淤服务项目竞争性磋商公告
!m 信息来源：潮埠正信招标咨询有限公司　发布日期：2025-04-22
{BODY}
!m 电子投标技术咨询：400-0898-365
!l 相关公告：潮埠验潮站验潮井清淤服务项目更正公告
""",
        body="""
1.项目基本情况
1.1 项目编号：CBZX-2025-0419
1.2 项目名称：潮埠验潮站验潮井清淤服务项目
1.3 预算金额：18.6万元
2.供应商资格要求
2.1 具有独立承担民事责任的能力。
2.2 具有水下作业相关资质。
3.获取磋商文件时间：2025年4月23日至4月29日。
4.联系方式
采购人：潮埠验潮站，联系人：邵启，电话：0898-6605127
代理机构：潮埠正信招标咨询有限公司，联系人：梁静，电话：0898-6605899
""",
    ),
    dict(
        slug="lawfirm-tianping-saltlake-mining-rights-html",
        site="天平律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.tianpinglaw.example.cn/article/2025/0519.html",
        title="盐湖卤水采矿权转让中的三个风险点",
        record_title="律所观点｜盐湖卤水采矿权转让中的三个风险点",
        date="2025-05-19",
        notes="law-firm HTML: decorated title; a consult form and a phone float; disclaimer; the article's own numbered points; a 'recommended lawyers' list",
        page="""
<html><head><meta charset="utf-8"><title>律所观点｜盐湖卤水采矿权转让中的三个风险点 - 天平律师事务所</title></head><body>
<div class="hd">⟦m 天平律师事务所⟧ ⟦m 专注矿产资源与能源法律服务⟧</div>
<nav>⟦l 首页 律所介绍 专业团队 业务领域 律所观点 联系我们⟧</nav>
<h1>⟦t 律所观点｜盐湖卤水采矿权转让中的三个风险点⟧</h1>
<div class="by">⟦m 作者：天平律师事务所 何志诚　发布时间：2025-05-19⟧</div>
{BODY}
<div class="form">⟦w 免费咨询：留下您的电话，律师将在30分钟内回电⟧</div>
<div class="lawyers">⟦l 推荐律师：何志诚 | 罗婧 | 巴图⟧</div>
<div class="disclaim">⟦d 本文不代表本所正式法律意见，仅供交流学习⟧</div>
<footer>⟦m 电话：0906-8866001　地址：卤泊市丝路大道66号⟧</footer>
</body></html>
""",
        body="""
盐湖卤水资源开发投入大、周期长，采矿权转让是企业融资和退出的常见方式。
在为客户审查交易的过程中，我们发现以下三个风险点需要特别关注：
1.采矿许可证剩余有效期不足，受让方可能面临延续审批的不确定性。
2.矿区范围与自然保护地存在重叠，可能导致部分区域被禁止开采。
3.转让方欠缴的资源税费和生态修复义务，可能随采矿权一并转移。
建议受让方在签约前开展全面尽职调查，并在合同中明确约定相关责任的承担。
""",
    ),
    dict(
        slug="community-baishitan-yurt-heating-notice",
        site="白石滩社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bst.zhanchuan.example.org.cn/tz/2025/1020.html",
        title="关于冬季定居点集中供暖的通知",
        record_title=None,
        date="2025-10-20",
        notes="community site: no record title (repeated title found); the document's own 报修电话 beside the community hotline; a heating schedule table; a resident's comment below as a list",
        page="""
!m 白石滩社区服务网
!m 首页 ＞ 通知公告
{T}
!m 发布单位：白石滩社区　发布日期：2025-10-20　阅读：214
{BODY}
!l 居民留言：今年能不能提前几天供暖？（10月21日）
!m 社区24小时服务热线：0901-3370000
!d 本网站由白石滩社区居委会维护
""",
        body="""
各位居民：
入冬在即，为保障牧民定居点冬季取暖，社区锅炉房将于11月1日起集中供暖。
供暖安排如下：
区域　开始日期　供暖时段
一区　11月1日　全天
二区　11月1日　全天
供暖期间如发现管道漏水、暖气不热，请及时联系物业报修。
报修电话：0901-3371265（锅炉房值班室）
白石滩社区居民委员会
2025年10月20日
""",
    ),
    dict(
        slug="association-horse-breeders-minutes-html",
        site="骝原马业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.liuyuanmaye.example.org/xhdt/2025/0315.html",
        title="骝原马业协会第三届理事会第二次会议纪要",
        record_title="协会动态｜骝原马业协会第三届理事会第二次会议纪要",
        date="2025-03-15",
        notes="association HTML: decorated title; minutes' lines and a vote count kept; a join-the-association button; a 'member login' box; the minutes' date line in Chinese numerals",
        page="""
<html><head><meta charset="utf-8"><title>协会动态｜骝原马业协会第三届理事会第二次会议纪要</title></head><body>
<div class="top">⟦m 骝原马业协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<nav>⟦l 首页 ｜ 协会动态 ｜ 政策法规 ｜ 会员风采 ｜ 马匹登记⟧</nav>
<h2>⟦t 协会动态｜骝原马业协会第三届理事会第二次会议纪要⟧</h2>
<p class="meta">⟦m 秘书处　｜　阅读 406⟧</p>
{BODY}
<div class="btn">⟦a 下载纪要PDF⟧ ⟦a 打印本页⟧</div>
<footer>⟦m 协会地址：骝原县马场路2号　电话：0906-7763355⟧</footer>
</body></html>
""",
        body="""
时间：2025年3月14日
地点：骝原马场会议中心
主持：会长 乌兰
参会：理事二十一人，监事三人
会议审议通过了2024年协会工作报告和财务报告，表决结果为同意20票、弃权1票。
会议决定，2025年在全县开展伊犁马良种登记，由协会秘书处牵头组织。
会议同意吸收骝原县驼铃马术俱乐部等五家单位为会员单位。
骝原马业协会秘书处
二〇二五年三月十五日
""",
    ),
    dict(
        slug="corporate-puchuan-winery-news",
        site="葡川酒庄 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.puchuan-winery.example.com/news/2025/0926.html",
        title="葡川酒庄首批冰葡萄酒酿造完成",
        record_title="葡川酒庄首批冰葡萄酒酿造完成",
        date="2025-09-26",
        notes="corporate text page: column_site suffix; a dotted company date line as the page date; a 'buy online' prompt and a 400 line; an age-warning notice; photo caption",
        page="""
!m 葡川酒庄 PUCHUAN WINERY
!l 首页　走进酒庄　产品中心　新闻动态　酒庄旅游　联系我们
!a 在线商城 ＞
!t 葡川酒庄首批冰葡萄酒酿造完成
!m 2025.09.26　　来源：品牌部
{BODY}
!m 图：酿酒师在检查发酵罐温度
!d 理性饮酒，未成年人请勿饮酒
!m 订购热线：400-099-2025
""",
        body="""
近日，葡川酒庄首批冰葡萄酒完成酿造，进入储存陈酿阶段。
这批冰葡萄酒原料来自沙枣湾葡萄种植合作社的威代尔葡萄，采收时气温降至零下八度。
酒庄总酿酒师杜明介绍，冰葡萄酒对采收时机和温度要求极高，全年只能酿造一批。
首批冰葡萄酒共一万二千瓶，预计明年春节前上市。
""",
    ),
    dict(
        slug="training-xuefeng-glacier-guide-course-html",
        site="雪峰户外培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.xuefeng-outdoor.example.com/course/guide-2025.html",
        title="冰川徒步向导培训班招生简章",
        record_title="【名额有限】冰川徒步向导培训班招生简章（附课程表）",
        date=None,
        notes="training HTML: decorated title; a floating consult box, a countdown banner; the course table; the document's own 报名电话; no date (a 更新于 stamp and a relative time are none)",
        page="""
<html><head><meta charset="utf-8"><title>冰川徒步向导培训班招生简章 - 雪峰户外培训学校</title></head><body>
<div class="banner">⟦a 报名倒计时 12 天　立即抢位⟧</div>
<div class="logo">⟦m 雪峰户外培训学校　冰岙分校⟧</div>
<h1>⟦t 【名额有限】冰川徒步向导培训班招生简章（附课程表）⟧</h1>
<p class="upd">⟦m 更新于 2天前　已有 186 人咨询⟧</p>
{BODY}
<div class="consult">⟦w 在线咨询⟧ ⟦w 微信：xuefeng_kf8⟧ ⟦a 免费领取试听课⟧</div>
<div class="foot">⟦d 最终解释权归雪峰户外培训学校所有⟧</div>
</body></html>
""",
        body="""
为满足冰川旅游发展对专业向导的需求，学校联合冰岙冰川观测站开设冰川徒步向导培训班。
课程安排如下：
模块　课时　授课地点
冰川知识　16课时　观测站教室
绳索技术　24课时　训练场
高原急救　16课时　县人民医院
学员结业考核合格后，可参加县文旅局组织的向导资格认定。
报名电话：0906-5540218（招生办）
""",
    ),
    dict(
        slug="app-bishu-tide-station-speech",
        site="笔书APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://app.bishu.example.com/s/x81Kq2",
        title="在潮埠验潮站建站五十周年座谈会上的讲话",
        record_title="在潮埠验潮站建站五十周年座谈会上的讲话（可直接使用）",
        date="2025-09-12",
        notes="writing app share: decorated title; date under the title in Chinese numerals; speaker line neutral; app banner; an AI-rewrite button glued after a sentence; member prompts",
        page="""
!a 下载笔书APP，一键生成同类材料
!m 笔书 | 你的公文写作助手
!t 在潮埠验潮站建站五十周年座谈会上的讲话（可直接使用）
潮埠县人民政府副县长　冼志明
（二〇二五年九月十二日）
{BODY}
!a 会员专享：本文可导出Word、PDF
!l 你可能还需要：建站周年庆典主持词 | 周年座谈会发言稿
""",
        body="""
同志们：
五十年前，潮埠验潮站在一片滩涂上建成，开始了第一次潮位观测。⟦a 【AI改写本段】⟧
五十年来，一代又一代观测员坚守海边，积累了完整连续的潮位资料，为海堤建设和防灾减灾作出了重要贡献。
县政府将继续支持验潮站改善工作和生活条件，推进观测设备自动化升级。
祝验潮站越办越好！
""",
    ),
    dict(
        slug="gkforum-interview-herder-question",
        site="面霸公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="answer",
        form="text",
        source="https://www.mianba-gk.example.com/thread/71205",
        title="牧民不愿搬进定居点，你如何做工作",
        record_title="[面试真题] 牧民不愿搬进定居点，你如何做工作 - 结构化面试 - 面霸公考社区",
        date="2025-05-06",
        notes="exam forum text: decorated title; a 发表于 line as the page date; forum junk; floors; a paid-class ad between paragraphs; answer's numbered points",
        junk=dict(lines=1, glued=1),
        page="""
!m 面霸公考社区 › 结构化面试 › 真题分享
!t [面试真题] 牧民不愿搬进定居点，你如何做工作
!m 楼主：稳稳上岸　发表于 2025-5-6 20:12　|　查看 930　回复 22
{BODY}
!l 沙发　面试小白　这题考的是群众工作能力吧
!l 板凳　喵喵上岸　收藏了，谢谢楼主
!w 【面试一对一辅导】名师押题，添加助教VX：mb_gk2025
""",
        body="""
我的答题思路如下，供大家参考。
首先，我会深入牧民家中了解他们不愿搬迁的真实原因。有的牧民担心搬迁后放牧不方便，有的舍不得老草场。
其次，我会针对不同顾虑做好解释，请已搬迁的牧民现身说法，讲讲定居点在看病、上学方面的便利。
⟦l 【限时优惠】面试冲刺班最后10个名额⟧
最后，我会协调有关部门，帮助牧民解决转场放牧的实际困难，让他们搬得进、住得稳。
""",
    ),
    dict(
        slug="baike-wenxue-sturgeon-release-entry",
        site="问学百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="text",
        source="https://www.wenxuebaike.example.com/w/增殖放流",
        title="增殖放流",
        record_title="增殖放流 - 问学百科",
        date=None,
        notes="encyclopaedia text: site suffix title; contents box; an example date in a sentence is no date; edit/collect row; a reference list; a statistics line",
        page="""
!m 问学百科　开放的知识库
!t 增殖放流
!a 编辑　｜　收藏　｜　分享
!l 目录：1 概述　2 方法　3 注意事项
{BODY}
!l 参考资料：水生生物增殖放流技术规程
!m 本词条浏览 2万次　最后编辑者：水中鲟
""",
        body="""
增殖放流是指用人工方法向天然水域投放鱼、虾、贝等水生生物的苗种，以恢复或增加种群数量的活动。
放流前应对苗种进行检验检疫，确保苗种健康、无疫病，且不得放流外来物种。
放流时应选择风浪较小的天气，将苗种缓慢放入水中，降低应激反应。
例如，有的地方在放流记录中写明“2024年5月20日放流鲟鱼幼鱼一千尾”，以便日后评估效果。
""",
    ),
    dict(
        slug="netdisk-yunzhou-saltlake-drill-summary-html",
        site="云舟网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://yunzhou-pan.example.com/share/preview?sid=Lq82mA",
        title="卤泊盐湖景区2025年夏季旅游安全工作总结",
        record_title="卤泊盐湖景区2025年夏季旅游安全工作总结.docx",
        date="2025-09-10",
        notes="cloud-drive HTML preview: file-name title; share info with an expiry; preview cut by ⊲N⊳ markers as paragraphs; save/download buttons; 成文日期",
        pages=dict(fmt="⊲{n}⊳", every=100, start=2),
        page="""
<html><head><meta charset="utf-8"><title>卤泊盐湖景区2025年夏季旅游安全工作总结.docx_云舟网盘</title></head><body>
<div class="hd">⟦m 云舟网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦t 卤泊盐湖景区2025年夏季旅游安全工作总结.docx⟧</div>
<div class="share">⟦m 来自：lbyh_office 的分享　2025-09-15 17:20　失效时间：永久有效⟧</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 下载（112KB）⟧ ⟦a 举报⟧</div>
<div class="preview">
{BODY}
</div>
<div class="end">⟦a 在线预览仅支持前5页⟧</div>
</body></html>
""",
        body="""
今年夏季旅游旺季，卤泊盐湖景区共接待游客二十六万人次，未发生一起安全责任事故。
景区在卤水采区周边增设隔离栏三千二百米，设置中英文警示牌一百二十块。
旺季期间，景区每日安排安全巡查员四十名，劝阻翻越隔离栏等不文明行为二千余次。
景区医疗点共处置中暑、晒伤等情况三百一十例，均得到及时救治。
卤泊盐湖景区管理委员会
2025年9月10日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-horse-farm-tender",
        site="快照存档 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://kz.example.com/cache?url=liuyuanmachang.example.com/ggl/2025/0603",
        title="骝原马场赛马场围栏改造项目询价公告",
        record_title=None,
        date="2025-06-03",
        notes="snapshot: no record title (repeated title found); a snapshot banner with its own time (no date); a byline 发布日期 as the page date; contacts kept",
        page="""
!m 快照存档：本页为 2025年6月20日 04:12 保存的网页快照
!a 查看原网页　　文字版　　关闭快照
!m 骝原马场 > 公告栏
{T}
!m 发布日期：2025-06-03　　浏览：88
{BODY}
!m 骝原马场　版权所有
""",
        body="""
骝原马场赛马场围栏改造项目现进行询价采购，欢迎符合条件的供应商参加。
一、项目内容：更换赛道内外围栏一千六百米，采用防撞软质围栏。
二、最高限价：23万元。
三、报价截止时间：2025年6月10日17时，报价文件密封后送马场办公室。
联系人：赵腾，电话：0906-7760899
""",
    ),
]
