"""holdout164, part E: residents' sites, associations, company sites, training schools,
writing apps. Every document, site, county, person and URL is invented."""

CASES = [
    dict(
        slug="community-taoyuan-notice-horseradish-html",
        site="桃源里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.taoyuanli-sq.example.cn/gonggao/2025/1112.html",
        title="关于辣根加工厂异味问题协调会的情况通报",
        record_title="【社区公告】关于辣根加工厂异味问题协调会的情况通报",
        date="2025-11-12",
        notes="residents' site: 网格员 box with phone, property hotline beside the community duty phone in the body (kept), weather widget, share row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【社区公告】关于辣根加工厂异味问题协调会的情况通报-桃源里社区</title></head><body>
<div class="top">⟦m 桃源里社区居民委员会⟧　⟦m 今日：多云 9~16℃⟧</div>
<div class="nav">⟦l 社区首页　居务公开　办事指南　邻里互助　党群服务⟧</div>
<h2>⟦t 关于辣根加工厂异味问题协调会的情况通报⟧</h2>
<div class="meta">⟦m 发布：社区居委会　时间：2025-11-12　阅读 688⟧</div>
{BODY}
<div class="grid">⟦m 本楼栋网格员：宋芳　手机 139 0571 2286⟧</div>
<div class="wuye">⟦w 物业24小时报修：0571-86652200⟧</div>
<div class="share">⟦l 转发给邻居　复制链接⟧</div>
</body></html>
""",
        body="""
各位居民：
针对近期居民反映的辣根加工厂刺激性气味问题，社区于11月10日组织召开协调会，区生态环境分局、街道城管科、企业负责人和居民代表共十五人参加。
经协商，企业承诺：一是11月底前完成研磨车间密闭改造，加装活性炭吸附装置；二是每天晚上八点至次日早上七点停止研磨作业；三是邀请居民代表每月参与一次厂区开放日。
区生态环境分局将于12月上旬对整改效果进行监测，结果在社区公告栏公示。
居民如有意见，可拨打社区值班电话：0571-86659013。
桃源里社区居民委员会
2025年11月12日
""",
    ),
    dict(
        slug="community-jinhua-minutes-sumo-text",
        site="金华苑业主之家 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://jinhuayuan-home.example.com/bbs/minutes/2025-06.html",
        title="金华苑小区相扑体验馆场地使用协调会会议纪要",
        record_title="金华苑小区相扑体验馆场地使用协调会会议纪要",
        date="2025-06-07",
        notes="owners' site minutes: 时间/地点/主持/参会/记录 lines kept, vote count, an owners' group QR prompt and the committee's mailbox",
        page="""
!m 金华苑业主之家　·　业委会公告
{T}
!m 业委会秘书处 发布于 2025-06-09
{BODY}
!a 扫码加入金华苑业主群，获取最新通知
!m 业委会邮箱：yeweihui@jinhuayuan-home.example.com
!l 共 27 条留言　查看留言 >
""",
        body="""
时间：2025年6月7日19:30
地点：小区会所二楼
主持：业委会主任何建中
参会：业委会委员五人、物业项目经理、相扑体验馆负责人、业主代表八人
记录：卢晓雪
一、相扑体验馆租用会所一楼场地已满一年，部分业主反映晚间训练声响较大。
二、经讨论，体验馆同意将晚间训练结束时间由22:00提前至21:00，并在场地内加铺减震垫。
三、与会人员表决：同意续租一年9票，反对2票，弃权2票。
四、物业于本月底前对整改情况进行检查并向业委会报告。
""",
        date_also=["2025-06-09"],
    ),
    dict(
        slug="assoc-luqiao-initiative-trafficcone-html",
        site="鹿桥市道路安全设施协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.lqdaolu.example.org.cn/xhdt/2025/0321/66.html",
        title="关于规范使用反光交通锥保障道路作业安全的倡议",
        record_title="【协会倡议】关于规范使用反光交通锥保障道路作业安全的倡议_鹿桥市道路安全设施协会",
        date="2025-03-21",
        notes="association site: member login, column nav, 发布日期 row, a join-the-association box, a related-news list and a copyright footer",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范使用反光交通锥保障道路作业安全的倡议_鹿桥市道路安全设施协会</title></head><body>
<div class="hd">⟦m 鹿桥市道路安全设施协会⟧　⟦a 会员登录⟧　⟦a 入会申请⟧</div>
<div class="nav">⟦l 协会概况　协会动态　行业标准　会员风采　联系我们⟧</div>
<h1>⟦t 关于规范使用反光交通锥保障道路作业安全的倡议⟧</h1>
<div class="meta">⟦m 发布日期：2025-03-21　来源：协会秘书处⟧</div>
{BODY}
<div class="join">⟦a 欢迎道路安全设施生产、施工企业加入协会，点此下载入会申请表⟧</div>
<div class="rel">⟦l 协会动态：第三届会员大会顺利召开　｜　标准宣贯培训班开班⟧</div>
<div class="ft">⟦d Copyright © 2025 鹿桥市道路安全设施协会 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
全市道路安全设施生产、施工和养护企业：
道路养护、管线施工现场摆放交通锥，是提醒过往车辆、保护作业人员的第一道防线。近来一些作业现场交通锥摆放间距过大、反光膜脱落，夜间警示效果差。
为此，协会倡议：
1.生产企业严格按照国家标准生产交通锥，反光膜不得使用回收材料。
2.施工企业按规范设置警告区、上游过渡区和作业区，交通锥间距不大于规定值。
3.养护企业定期清洗、更换交通锥，发现反光膜破损的立即停用。
鹿桥市道路安全设施协会
2025年3月21日
""",
    ),
    dict(
        slug="assoc-minjiang-summary-garagedoor-text",
        site="岷江市门业商会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mjmenye.example.com/news/2026/0115/302.html",
        title="岷江市门业商会2025年工作总结",
        record_title="岷江市门业商会2025年工作总结（精选）",
        date="2026-01-15",
        notes="association text page: slogan line, membership hotline, a sponsor ad between paragraphs, 成文日期 in Chinese numerals",
        indent="　　",
        page="""
!m 岷江市门业商会　｜　团结　自律　服务　发展
!m 首页 › 商会动态 › 工作总结
!t 岷江市门业商会2025年工作总结（精选）
{BODY}
!w 入会咨询：0833-2216680　秘书处微信：mjmy_shanghui
!d 本网站内容由商会秘书处编辑发布，转载请注明来源。
""",
        body="""
2025年，商会围绕“稳订单、强质量、拓市场”开展工作，全市车库门及工业门企业实现产值十八亿元，同比增长百分之六。
一、组织开展车库门防夹安全专项自查，五十三家会员企业全部完成产品遥控器和光电保护装置自检。
⟦a 【广告】金盾车库门电机，十年质保，全国招商⟧
二、组团参加两次国内建材展会，签订意向订单二点三亿元。
三、举办安装工技能竞赛，评选出“岷江金牌安装工”十名。
2026年，商会将推动制定团体标准，提升本地车库门产品的品牌影响力。
岷江市门业商会
二〇二六年一月十五日
""",
    ),
    dict(
        slug="company-lvxi-recall-straw-html-float",
        site="绿溪生物材料股份有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lvxi-bio.example.com/news/announce/20250408.html",
        title="关于主动召回部分批次可降解吸管的公告",
        record_title="关于主动召回部分批次可降解吸管的公告 - 绿溪生物材料",
        date="2025-04-08",
        notes="company site: product nav, online-service float, 400 order line beside the recall line in the body (kept), recalled batch table, a dotted company date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于主动召回部分批次可降解吸管的公告 - 绿溪生物材料</title>
<script src="/js/kefu.js"></script></head><body>
<div class="hd">⟦m 绿溪生物　让每一根吸管回归自然⟧</div>
<div class="nav">⟦l 首页　关于我们　产品中心　新闻资讯　投资者关系　联系我们⟧</div>
<h1>⟦t 关于主动召回部分批次可降解吸管的公告⟧</h1>
<div class="date">⟦m 2025.04.08　新闻资讯 / 公司公告⟧</div>
{BODY}
<div class="kefu">⟦w 在线客服⟧ ⟦w 订购热线 400-100-3372⟧</div>
<div class="ft">⟦m 绿溪生物材料股份有限公司　浙ICP备16022150号-1⟧</div>
</body></html>
""",
        body="""
近日，我公司在例行抽检中发现，部分批次聚乳酸可降解吸管在热饮中使用时存在软化变形的情况。为保障消费者权益，公司决定主动召回以下批次产品：
产品名称　规格　生产批号
聚乳酸直吸管　6×210毫米　LX250112至LX250120
聚乳酸弯吸管　6×230毫米　LX250115
请经销商立即停止销售上述批次产品，已购买的餐饮企业可联系公司办理退换。
召回专线：0573-82201196（工作日8:30-17:30）。
绿溪生物材料股份有限公司
2025年4月8日
""",
    ),
    dict(
        slug="company-jiahe-news-papercup-text",
        site="嘉禾纸容器有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jiahe-papercup.example.cn/news/show-512.html",
        title="公司纸杯生产线通过食品接触材料生产许可复审",
        record_title="公司纸杯生产线通过食品接触材料生产许可复审-嘉禾纸容器",
        date="2025-08-19",
        notes="company news text page: site slogan, breadcrumb, dotted date line (the page's date), product ad line glued to the last sentence, 返回列表",
        page="""
!m 嘉禾纸容器有限公司 —— 专注纸杯纸碗二十年
!m 当前位置：首页 > 新闻中心 > 企业新闻
{T}
!m 2025.08.19　浏览量：216
{BODY}
!l < 返回列表
!m 地址：嘉禾县工业园区纬二路8号　电话：0735-4412099
""",
        body="""
8月中旬，省市场监督管理局专家组对公司纸杯、纸碗生产线进行了食品接触材料生产许可复审现场核查。
专家组查看了原纸验收、淋膜、印刷、成型和包装各个环节，抽查了出厂检验记录，并对车间洁净度进行了检测。
经审查，公司各项条件符合要求，顺利通过复审。
公司负责人表示，将继续严格原料把关，让客户用得放心。⟦a 欢迎新老客户来电订购定制纸杯！⟧
""",
    ),
    dict(
        slug="training-nongxin-plan-sunshade-html",
        site="农信职业技能培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.nongxin-peixun.example.com/course/zheyang-2025.html",
        title="设施农业遮阳网覆盖技术培训班教学方案",
        record_title="设施农业遮阳网覆盖技术培训班教学方案（2025秋季班）",
        date="2025-08-28",
        notes="training school: enrol float, promo coupon box, school's own 报名电话 and mailbox in the body beside a 400 line (kept), course week table",
        page="""
<html><head><meta charset="utf-8"><title>设施农业遮阳网覆盖技术培训班教学方案（2025秋季班）-农信职业技能培训学校</title></head><body>
<div class="top">⟦m 农信职业技能培训学校⟧　⟦w 全国招生热线 400-618-7735⟧</div>
<div class="nav">⟦l 首页　课程中心　师资力量　学员风采　在线报名⟧</div>
<h1>⟦t 设施农业遮阳网覆盖技术培训班教学方案⟧</h1>
<div class="promo">⟦a 限时优惠：两人同报立减200元，名额有限！⟧</div>
{BODY}
<div class="float">⟦a 立即报名⟧ ⟦a 免费试听⟧ ⟦a 领取资料⟧</div>
<div class="ft">⟦m 办学许可证号：教民1305270070027号⟧</div>
</body></html>
""",
        body="""
一、培训目标。使学员掌握不同作物遮阳网的选型、覆盖时机和拆收保管方法，能够独立完成连栋温室遮阳系统的日常维护。
二、培训对象。家庭农场主、合作社技术员和设施农业园区职工，每期四十人。
三、课程安排。
周次　内容　形式
第一周　遮阳网材质与遮光率　课堂讲授
第二周　外遮阳与内遮阳系统安装　现场实训
第三周　故障排除与考核　实操考核
四、报名方式。报名电话：0319-5206618，邮箱：zhaosheng@nongxin-peixun.example.com。
农信职业技能培训学校教务处
2025年8月28日
""",
    ),
    dict(
        slug="training-boya-plan-birdnet-text",
        site="博雅园艺培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.boya-yuanyi.example.net/news/2025/0510/98.html",
        title="关于举办果园防鸟网架设实操培训的通知",
        record_title="学员必看 | 关于举办果园防鸟网架设实操培训的通知",
        date="2025-05-10",
        notes="training centre text page: class-group QR prompt, coupon line between paragraphs, the centre's own phone in the body beside its WeChat consult line",
        page="""
!m 博雅园艺培训中心　｜　学员服务
!t 学员必看 | 关于举办果园防鸟网架设实操培训的通知
!m 教务处　2025-05-10
{BODY}
!w 课程顾问微信：boya_yy2025（备注“防鸟网”）
!a 扫码进入学员群，领取课程讲义
""",
        body="""
各位学员：
樱桃、蓝莓成熟期临近，鸟害是果园减产的重要原因之一。中心定于5月17日在城西示范果园举办防鸟网架设实操培训。
一、培训内容：防鸟网网目选择、立柱与钢丝绳布设、网面收放方法。
⟦a 本月报名任意课程可领50元优惠券⟧
二、注意事项：请学员穿长袖衣服和防滑鞋，自带手套；示范果园内请勿随意采摘。
三、报名电话：0412-6680213。
博雅园艺培训中心
2025年5月10日
""",
    ),
    dict(
        slug="fanwenapp-biji-pledge-cottonswab-app",
        site="笔记范文APP (invented)",
        style="范文APP",
        genre="承诺书",
        kind="pledge",
        form="text",
        source="https://h5.biji-fanwen.example.com/share/art/72291",
        title="医用棉签生产企业质量安全承诺书",
        record_title="医用棉签生产企业质量安全承诺书（可编辑）｜笔记范文",
        date=None,
        notes="writing-app H5 share: open-app prompts, AI-rewrite button glued after a sentence, template placeholders (____年__月__日) and no date",
        page="""
!a 在APP中打开，一键生成同类范文
!m 笔记范文 · 承诺书 · 企业承诺
!t 医用棉签生产企业质量安全承诺书（可编辑）｜笔记范文
!m 作者：范文君　｜　4.2万人看过
{BODY}
!a AI改写　｜　AI续写　｜　导出Word
!l 相关范文：药品经营企业承诺书　食品生产企业安全承诺书
""",
        body="""
为切实落实企业质量安全主体责任，保障医用棉签产品质量安全，本企业郑重承诺：
一、严格按照医疗器械生产质量管理规范组织生产，原材料脱脂棉和棉签杆须经检验合格后方可投料。⟦a 【AI润色这一段】⟧
二、环氧乙烷灭菌后严格执行解析时间要求，残留量检测合格后方可出厂。
三、发现产品存在安全隐患时，立即停止生产销售，主动召回并报告监管部门。
承诺企业（盖章）：____________
法定代表人（签字）：________
____年__月__日
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-speech-compass-oneline",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.xiezuomao.example.cn/s/9Jk2xQ",
        title="在指南针仪器厂建厂六十周年座谈会上的讲话",
        record_title="在指南针仪器厂建厂六十周年座谈会上的讲话（通用版）｜写作猫",
        date="2025-10-28",
        notes="writing-app share with the body on one line (paragraphs separated by their indent); speaker and date lines under the title; share-card prompts",
        indent="　　",
        oneline=True,
        page="""
!a 写作猫 · 打开APP查看完整排版
!t 在指南针仪器厂建厂六十周年座谈会上的讲话（通用版）｜写作猫
市工业和信息化局局长　蒋方舟
（2025年10月28日）
{BODY}
!a 生成分享卡片　｜　收藏到我的素材库
!d 内容由用户创作上传，仅供参考
""",
        body="""
各位老同志，同志们：
六十年前，一批老工人在几间平房里造出了全厂第一台航海罗盘，从此开启了我市仪器仪表工业的历史。
六十年来，厂里生产的指南针、罗盘和地质罗盘走进了课堂、走上了远洋船舶、走进了野外勘探队。
今天，面对卫星导航的冲击，厂里坚持转型升级，开发出电子罗盘和航海仪表系列产品，为老厂注入了新活力。
希望大家传承老一辈的工匠精神，为建设制造强市作出新的贡献。
""",
    ),
]
