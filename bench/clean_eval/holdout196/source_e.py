"""holdout196, part E: residents' sites, trade associations, company sites, training schools,
writing apps and civil-service-exam forums. Invented text (subjects: ice-cube trays, tyre
pumps, door peepholes, lint rollers, oven mitts); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="community-huyuan-news-ice-tray-diy-weather-grid",
        site="瑚源社区网 (invented, residents' site)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huyuansq.example.org/sqdt/2025/0719/312.html",
        title="瑚源社区开展“清凉一夏”冰格手作亲子活动",
        record_title="【社区动态】瑚源社区开展“清凉一夏”冰格手作亲子活动 - 瑚源社区网",
        date="2025-07-19",
        notes="a residents' site: weather widget, a grid-worker box and the property's phone in the sidebar; "
        "发布时间 byline (the page's date); photo caption between paragraphs; the community's own phone in "
        "the body; a sentence telling residents to 关注 the account kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【社区动态】瑚源社区开展“清凉一夏”冰格手作亲子活动 - 瑚源社区网</title></head>
<body>
<div class="top">⟦m 瑚源社区网　邻里守望 共建家园⟧　<span class="weather">⟦m 今日 晴 27~35℃ 空气质量 良⟧</span></div>
<div class="menu">⟦m 首页　社区动态　通知公告　办事指南　志愿服务　邻里圈⟧</div>
<div class="loc">⟦m 首页 › 社区动态⟧</div>
<h2>{T}</h2>
<div class="by">⟦m 发布时间：2025-07-19 17:45　发布人：社区宣传员　浏览 329⟧</div>
<div class="main">
{BODY}
</div>
<div class="side"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　龙晓琴　139 7310 4466⟧</p><p>⟦m 物业服务中心：0731-8579 0011⟧</p></div>
<div class="foot">⟦m 瑚源街道瑚源社区居民委员会　地址：瑚源路77号⟧　⟦d 版权所有 未经许可不得转载⟧</div>
</body></html>
""",
        body="""
7月19日上午，瑚源社区在党群服务中心开展“清凉一夏”冰格手作亲子活动，20组辖区家庭参加。
活动中，志愿者先给孩子们讲解了制冰的卫生知识：冰格要洗净晾干，制冰要用凉白开，冻好的冰块要尽快吃完。随后，孩子们在家长的帮助下，把切好的西瓜、猕猴桃和薄荷叶放进硅胶冰格，再倒入凉白开，做成了一格格“水果冰”。
⟦m 孩子们在志愿者指导下制作水果冰块。⟧
活动结束时，每个家庭都领到了一只新冰格，带回家继续动手。
社区暑期还将陆续开展手工、阅读等活动，欢迎居民关注“瑚源社区”公众号报名，咨询电话：0731-8579 2260。
""",
    ),
    dict(
        slug="community-wutongli-notice-pump-point-move",
        site="梧桐里社区服务网 (invented, text)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wutongli.sqfw.example.cn/gonggao/2025-10-09.html",
        title="关于小区非机动车棚便民打气点迁移的通知",
        date="2025-10-09",
        notes="title from the record as is; a residents' site text page: breadcrumb, publisher line without a "
        "date; the community's own 联系电话 in the body beside the property's 24-hour line at the bottom; "
        "成文日期 under the signature",
        page="""
!m 梧桐里社区服务网
!m 首页 ▸ 通知公告
{T}
!m 发布者：梧桐里社区居委会　阅读 412
{BODY}
!l 前一则：关于开展秋季消防安全隐患排查的通知
!l 后一则：梧桐里社区老年人免费体检报名开始啦
!m 物业24小时服务电话：0738-2205 7788
!m 梧桐里社区服务网 · 居民身边的信息站
""",
        body="""
各位居民：
因小区3号楼北侧非机动车棚将进行充电设施改造，原设在该车棚内的便民打气点自10月12日起迁移至小区东门保安亭旁。
迁移后，打气点仍提供立式打气筒两台，每天7:00至21:00开放，打气免费。打气筒如有损坏，请告知东门保安或拨打社区电话。
请大家爱护公共设施，使用后将打气筒放回原处，不要私自带走气嘴转换头。
联系电话：0738-2201 3645（梧桐里社区居委会）
梧桐里社区居民委员会
2025年10月9日
""",
    ),
    dict(
        slug="association-bucheng-initiative-food-grade-ice-trays",
        site="簠城市硅橡胶制品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.bcxjxh.example.org.cn/xhgg/2025/0701/228.html",
        title="关于规范食品接触用硅胶冰格生产经营的倡议书",
        record_title="协会公告 › 关于规范食品接触用硅胶冰格生产经营的倡议书 - 簠城市硅橡胶制品行业协会",
        date="2025-07-01",
        notes="an association: member-login row, member-unit marquee; the association's name in the signature "
        "and in the header (a label also in the body, matched as head); numbered points; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>协会公告 › 关于规范食品接触用硅胶冰格生产经营的倡议书 - 簠城市硅橡胶制品行业协会</title></head>
<body>
<div class="login">⟦a 会员登录 ｜ 入会指南 ｜ 会费缴纳⟧</div>
<div class="logo">⟦m 簠城市硅橡胶制品行业协会⟧</div>
<div class="nav">⟦m 首页　协会简介　协会公告　行业动态　会员单位　标准法规⟧</div>
<marquee>⟦l 会员单位：捷驰机电 · 晶格硅胶 · 润丰日用 · 兴达模具 ……⟧</marquee>
<div class="pos">⟦m 首页 > 协会公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 来源：协会秘书处　浏览次数：584⟧</div>
<div class="body">
{BODY}
</div>
<div class="foot">⟦m 协会秘书处电话：0731-8820 7316　邮箱：mishuchu@bcxjxh.example.org.cn⟧<br>⟦m 湘ICP备22004107号⟧</div>
</body></html>
""",
        body="""
全市硅橡胶制品行业各会员单位：
今年以来，市场监管部门在抽查中发现部分硅胶冰格存在挥发性物质超标、标签不规范等问题，影响了消费者对本地产品的信任。为维护行业声誉，协会向全体会员单位发出如下倡议：
一、坚持使用食品级原料，不掺用回收料、工业级填料。
二、严格执行二次硫化工艺，不得为赶工期缩短硫化时间。
三、规范标签标识，在产品或包装上标注“食品接触用”字样、材质和执行标准。
四、主动接受监督，对抽检不合格的产品立即下架召回，并向协会报告整改情况。
让我们携起手来，共同守护“簠城硅胶”的好口碑！
簠城市硅橡胶制品行业协会
2025年7月1日
""",
    ),
    dict(
        slug="association-guchuan-pact-locksmith-peephole-tools",
        site="觚川县锁具行业协会 (invented, text)",
        style="行业协会",
        genre="公约",
        kind="other",
        form="text",
        source="http://www.gcsjxh.example.cn/zlgy/118.html",
        title="觚川县开锁服务行业自律公约",
        record_title="觚川县开锁服务行业自律公约",
        date="2025-03-28",
        notes="title from the record as is; 第N条 articles; the adoption date line at the end (the document's "
        "date); an association header and a member-query line; a download-the-form line at the bottom",
        page="""
!m 觚川县锁具行业协会 · 行业自律
!m 首页 → 行业自律 → 公约章程
{T}
!m 浏览：233次
{BODY}
!a 会员单位查询 ｜ 附件下载：开锁登记表
!m 觚川县锁具行业协会　电话：0739-6620 4418
""",
        body="""
第一条　为规范本县开锁服务行为，维护消费者合法权益，经会员大会讨论通过，制定本公约。
第二条　会员单位从事开锁服务，应当核验委托人的身份证件和房屋所有权或居住凭证，并如实登记。
第三条　会员单位不得向他人出售、出借猫眼开锁工具等专用开锁器具，不得在网络上传播利用门镜开门的方法。
第四条　会员单位为客户更换门镜的，应当推荐使用防撬门镜，并告知客户门内保险钮的使用方法。
第五条　会员单位发现可疑开锁委托的，应当拒绝服务并及时向公安机关报告。
第六条　本公约自会员大会通过之日起施行。
2025年3月28日觚川县锁具行业协会第二届会员大会通过
""",
    ),
    dict(
        slug="company-jiechi-news-electric-pump-launch-cookie",
        site="捷驰机电官网 (invented, company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jiechi-jd.example.com/news/company/2025041601.html",
        title="捷驰机电发布新一代便携式电动充气泵",
        record_title="新闻动态 — 捷驰机电发布新一代便携式电动充气泵 - 捷驰机电",
        date="2025-04-16",
        notes="a company site: cookie notice, language switch, a dotted company date (the page's date), a "
        "service float with a 400 line; the company's own sales phone in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>新闻动态 — 捷驰机电发布新一代便携式电动充气泵 - 捷驰机电</title></head>
<body>
<div class="cookie">⟦d 本网站使用 Cookie 以改善浏览体验，继续访问即表示您同意我们的隐私政策。⟧<button>⟦a 我知道了⟧</button></div>
<header><span>⟦m 捷驰机电 JIECHI⟧</span><nav>⟦m 首页 / 产品中心 / 解决方案 / 新闻动态 / 关于捷驰 / 联系我们⟧</nav><span>⟦a 中文 | EN⟧</span></header>
<div class="crumb">⟦m 首页 > 新闻动态 > 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.04.16⟧</div>
<div class="rich">
{BODY}
</div>
<div class="pn">⟦l 上一篇：捷驰机电通过质量管理体系再认证⟧　⟦l 下一篇：公司组织员工开展春季消防演练⟧</div>
<div class="kf">⟦w 在线客服⟧ ⟦w 服务热线 400-615-8080⟧</div>
<footer>⟦d © 2025 簠城市捷驰机电设备有限公司 版权所有⟧　⟦m 湘ICP备17031190号-1⟧</footer>
</body></html>
""",
        body="""
4月15日，簠城市捷驰机电设备有限公司在公司展厅举行新品发布会，推出新一代便携式电动充气泵。
与传统打气筒相比，这款充气泵重量只有380克，内置锂电池，充满电可给自行车轮胎连续充气8次以上。用户在屏幕上设定目标气压后，气压一到就自动停止，避免充气过量。
公司研发部负责人介绍，新产品配有美式、法式气嘴接头和球针，适用于自行车、电动车、汽车轮胎和各类球类充气。
目前，新产品已在国内主要电商平台上架，经销合作请致电公司销售部：0731-8851 6702。
""",
    ),
    dict(
        slug="company-jingsi-notice-lint-roller-refill-upgrade",
        site="净丝日用品官网 (invented, text)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jingsi-daily.example.cn/gonggao/20250623.html",
        title="关于粘毛器替换粘纸包装升级的公告",
        record_title="关于粘毛器替换粘纸包装升级的公告｜净丝日用品",
        date="2025-06-20",
        notes="decorated record title; a company site text page: slogan, menu, a 400 hotline at the bottom "
        "beside the company's own customer-service line in the body; 成文日期 under the signature",
        page="""
!m 净丝日用品 · 让家更清爽
!m 首页 | 产品中心 | 品牌故事 | 公告 | 经销合作
!t 关于粘毛器替换粘纸包装升级的公告
!m 浏览 1,877 次
{BODY}
!m 全国服务热线：400-707-3355　周一至周日 9:00-21:00
!d Copyright © 琏湾净丝日用品有限公司
""",
        body="""
尊敬的消费者、各经销商：
为方便消费者识别和使用，我公司自2025年7月1日起对粘毛器替换粘纸的包装进行升级，现将有关事项公告如下：
1．新包装每卷粘纸的撕口处印有斜向刻线，沿刻线撕下即可整齐取下一张，不再出现“一撕撕一半”的情况。
2．替换粘纸规格分为10厘米、16厘米两种，分别适用于旅行装和家用装手柄，请购买时核对手柄宽度。
3．新旧包装产品质量相同，旧包装产品在售完前继续正常销售。
如有疑问，请拨打公司客服电话0731-8890 4521。
琏湾净丝日用品有限公司
2025年6月20日
""",
    ),
    dict(
        slug="school-beixiang-brochure-baking-course-mitts",
        site="焙香烘焙培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.beixiang-hb.example.com/kecheng/zhoumoban.html",
        title="家庭烘焙入门周末班招生简章",
        record_title="【周末班】家庭烘焙入门周末班招生简章（每期限12人）- 焙香烘焙",
        date=None,
        notes="a training school: promo banner, consult float, a trial-lesson prompt between paragraphs; a fee "
        "table; the school's own 报名电话 beside a 400 line; no date (a brochure)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末班】家庭烘焙入门周末班招生简章（每期限12人）- 焙香烘焙</title></head>
<body>
<div class="banner">⟦a 夏季报名享九折，老学员推荐再减200⟧</div>
<header>⟦m 焙香烘焙培训学校⟧　⟦m 人社部门备案职业培训机构⟧</header>
<nav>⟦m 首页 · 课程设置 · 师资团队 · 学员作品 · 就业服务 · 联系我们⟧</nav>
<h1>{T}</h1>
<div class="meta">⟦m 课程顾问：小满老师　浏览 2,266⟧</div>
<div class="course">
{BODY}
</div>
<div class="float">⟦w 免费试听 ｜ 在线咨询 ｜ 全国招生热线 400-880-6627⟧</div>
<footer>⟦m 焙香烘焙培训学校　地址：盨阳县文昌路166号二楼⟧　⟦d 页面图片仅供参考，以实际教学为准⟧</footer>
</body></html>
""",
        body="""
课程对象：零基础、想在家做面包和蛋糕的烘焙爱好者。
上课时间：每周六、周日9:00—16:00，一期四个周末。
课程内容：烤箱的认识与使用、安全操作、吐司、戚风蛋糕、曲奇、蛋挞等。
第一节课专门讲厨房安全。老师会教大家正确佩戴隔热手套、端取烤盘的姿势，以及烫伤后的应急处理，考核通过后才能上手操作。
⟦a 没上过烘焙课？先预约一节免费体验课⟧
收费标准
班型　学费　包含
周末班　2680元　原料、工具、隔热手套和围裙各一套
周末班加强版　3580元　以上内容加结业证书考试
报名电话：0738-2230 1616（校区前台）
""",
    ),
    dict(
        slug="school-jiubei-plan-bartending-ice-module-decimal",
        site="酒杯调酒培训 (invented, text)",
        style="培训机构",
        genre="教学计划",
        kind="plan",
        form="text",
        source="http://www.jiubeitj.example.com/jxjh/chuji-bing.html",
        title="调酒师初级班“冰块制备与管理”模块教学计划",
        record_title="学员必读 · 调酒师初级班“冰块制备与管理”模块教学计划 - 酒杯调酒培训",
        date=None,
        notes="decorated record title; decimal headings 1.1/2.1/3.1; a class-time table; a course ad and a "
        "consult WeChat glued after a sentence; no date (a teaching plan)",
        page="""
!m 酒杯调酒培训 · 吧台技能一站学
!m 课程中心 / 调酒师初级班 / 教学计划
!t 学员必读 · 调酒师初级班“冰块制备与管理”模块教学计划
{BODY}
!a 想系统学调酒？初级班本月还剩4个名额，立即报名
!m 酒杯调酒培训　盨阳县河西商业街12号　电话 0738-2290 5151
""",
        body="""
1　教学目标
1.1　掌握常用冰块的种类和用途，能根据饮品选择方冰、球冰、碎冰。
1.2　掌握冰格、制冰机、冰铲等用具的清洁消毒方法。
2　教学内容
2.1　冰块的种类：用冰格制作大方冰和冰球，用制冰机制作小方冰，用碎冰机制作碎冰。
2.2　冰块的卫生：制冰用水须为纯净水，冰格使用前后清洗消毒，冰铲不得直接放在冰桶内。⟦w 报名咨询加微信 jiubei_tj01⟧
3　课时安排
内容　课时
冰块种类与制作　2
用具清洁与存放　1
实操考核　1
""",
    ),
    dict(
        slug="app-bixia-report-housekeeping-supervisor-h5",
        site="笔下生花App (invented, writing-app H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bixiashenghua.example.com/share/art?id=8837102&from=wx",
        title="客房部主管2025年度述职报告",
        record_title="客房部主管2025年度述职报告（精编）｜笔下生花App",
        date="2025-12-22",
        notes="a writing app's H5 share: open-app mask, AI-rewrite and copy buttons glued after a sentence, a "
        "member-unlock line between paragraphs; numbered points; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>客房部主管2025年度述职报告（精编）｜笔下生花App</title></head>
<body>
<div class="open-app">⟦a 打开笔下生花App，海量范文一键套用⟧<button>⟦a 打开⟧</button></div>
<div class="art-hd"><h1>⟦t 客房部主管2025年度述职报告（精编）⟧</h1>
<p>⟦m 笔下生花 · 述职报告频道　12.4万人看过⟧</p></div>
<div class="art-bd">
{BODY}
</div>
<div class="bar">⟦a 一键复制　｜　导出Word　｜　收藏⟧</div>
<div class="more">⟦l 你可能还想看：前厅部经理述职报告｜酒店领班个人工作总结⟧</div>
<div class="mask">⟦a 继续阅读需打开App⟧</div>
</body></html>
""",
        body="""
2025年，我担任卣湖宾馆客房部主管，带领18名服务员负责126间客房的清洁和对客服务工作。现将一年来的工作述职如下。
一是抓好客房卫生质量。修订了《客房清洁检查标准》，把床面、沙发、窗帘的毛发检查列为必查项，为每辆工作车配备粘毛器。全年客人对卫生问题的投诉由去年的23起降至6起。⟦a AI帮你改写本段⟧
⟦a 开通会员，解锁全文及同类范文300篇⟧
二是抓好员工培训。组织做房技能比赛2次、服务礼仪培训6次，新员工上岗前全部通过实操考核。
三是抓好成本控制。推行布草、耗材领用登记，粘纸、清洁剂等耗材费用同比下降8%。
不足之处是夜班人手仍然紧张。明年我将进一步优化排班，提升服务质量。
述职人：饶静
2025年12月22日
""",
    ),
    dict(
        slug="app-fanwenmao-report-security-guard-peephole-oneline",
        site="范文猫App (invented, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.fanwenmao.example.cn/s/Qx7Kd2",
        title="物业秩序维护班班长个人述职报告",
        record_title="物业秩序维护班班长个人述职报告（可直接套用）· 范文猫",
        date="2025-12-26",
        notes="the whole body on one line (paragraphs only separated by their indent); the app's share header "
        "and footer; 成文日期 at the end of the one-line body",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a 范文猫App · 打开App阅读体验更佳
!t 物业秩序维护班班长个人述职报告（可直接套用）
!m 范文猫 · 述职报告　阅读 8.6万
{BODY}
!a 复制全文　下载文档　分享给好友
!d 本文内容由用户投稿，仅供参考
""",
        body="""
各位领导、同事：
2025年，我担任槿华苑小区秩序维护班班长，负责小区门岗、巡逻和消防安全工作。下面我将一年来的工作述职如下。
一是加强楼道巡查。针对年初周边小区发生的利用门镜工具入室盗窃案件，我们把楼道巡查由每天两次增加到四次，重点查看住户门镜有无被拆卸、粘贴异物的情况，全年发现并处置异常情况11起。
二是配合社区为独居老人加装门镜防护盖42户，并上门讲解防盗知识。
三是规范外来人员登记，全年登记快递、维修人员1.3万人次。
不足之处是夜间巡逻力量还比较薄弱，明年将积极争取增加人手。
述职人：蒋宏伟
2025年12月26日
""",
    ),
    dict(
        slug="gkforum-shangan-essay-pump-minsheng-reply-to-see",
        site="上岸论坛 (invented, exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.shangan.example.com/thread-662013-1-1.html",
        title="小气筒里的民生温度",
        record_title="[申论习作] 小气筒里的民生温度（求各位大佬批改） - 申论交流 - 上岸论坛",
        date=None,
        notes="an exam forum: decorated thread subject, a reply-to-see box, jammer fonts glued and as a line, a "
        "rating row and a signature; relative post time (no date)",
        page="""
<html><head><meta charset="utf-8"><title>[申论习作] 小气筒里的民生温度（求各位大佬批改） - 申论交流 - 上岸论坛</title></head>
<body>
<div id="hd">⟦m 上岸论坛 · 公考人的加油站⟧　⟦a 登录 ｜ 注册⟧</div>
<div id="pt">⟦m 上岸论坛 › 申论交流 › 习作批改⟧</div>
<h1>⟦t [申论习作] 小气筒里的民生温度（求各位大佬批改）⟧</h1>
<div class="authi">⟦m 备考小陈　发表于 4 天前⟧　⟦m 目标：2026省考⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复才可浏览⟧</div>
<div class="rate">⟦l 评分 3 人　积分 +6　“结构清楚，论证再具体些”⟧</div>
<div class="sign">⟦m 每天一篇申论，上岸见！⟧</div>
<div id="ft">⟦m 上岸论坛 Powered by Discuz!　湘ICP备20013377号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在不少城市的街头巷尾，社区、志愿者设立的“便民打气点”悄然出现。一支打气筒，价值不过几十元，却实实在在解决了群众出行中的小麻烦。
民生无小事，枝叶总关情。群众的获得感，往往就藏在这些看似微不足道的细节之中。打气点虽小，体现的却是以人民为中心的发展思想。
然而，一些地方的便民设施也存在“重建设、轻管理”的问题。打气筒坏了没人修，气嘴丢了没人补，便民设施成了摆设。
办好民生小事，既要建得起，更要管得好。要明确管护责任，畅通群众反映渠道，让便民设施真正便民。
以小见大，久久为功。把一件件民生小事办好，群众的幸福感就会更加充实。
""",
    ),
    dict(
        slug="gkforum-shangan-interview-ice-drink-inspection-junk",
        site="上岸论坛 (invented, exam forum text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.shangan.example.com/thread-665108-1-1.html",
        title="夏季冷饮店制冰卫生专项检查，领导让你来组织，你怎么做？",
        record_title=None,
        date=None,
        notes="no record title: the question (with [面试真题]) is the thread subject on the page; junk lines "
        "and junk glued after sentences; floor meta, replies and a reply prompt; no date",
        page="""
!m 上岸论坛 › 结构化面试 › 真题练习
!t [面试真题] 夏季冷饮店制冰卫生专项检查，领导让你来组织，你怎么做？
!m 楼主　面试冲冲冲　5 天前　查看 1640　回复 37
{BODY}
!l 2楼　岸上的鱼：思路挺清楚，第二点可以加上快检
!l 3楼　今年必上：收藏了，谢谢楼主
!a 回复帖子前请先登录
!m 上岸论坛　Powered by Discuz!
""",
        junk=dict(lines=2, glued=2),
        body="""
我的答题思路如下，请大家指正。
首先，做好检查前的准备。我会查阅辖区冷饮店的登记台账，了解门店数量和分布；和同事一起学习制冰用水、冰格和制冰机清洁等方面的卫生要求，制定检查清单。
其次，分组开展检查。重点看三个方面：制冰用水是否符合卫生标准，冰格、冰铲等用具是否专用并定期消毒，冰块是否与生鲜食品混放。对发现的问题当场指出，限期整改。
最后，做好总结和宣传。检查结束后形成报告向领导汇报，对整改情况进行回头看；同时通过社区宣传栏等方式，向商户和市民普及制冰卫生知识。
""",
    ),
]
