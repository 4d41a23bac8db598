"""holdout127, part E: residents' sites, associations, company sites, training schools,
writing apps. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-qingyuan-smoke-alarm-html",
        site="清园街道社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qingyuanjd.example.gov.cn/sqdt/2025/1108/302.html",
        title="关于为独居老人免费安装独立式烟感报警器的通知",
        record_title="【社区公告】关于为独居老人免费安装独立式烟感报警器的通知",
        date="2025-11-08",
        notes="residents' site; grid-worker contact kept next to the street's hotline; comment box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【社区公告】关于为独居老人免费安装独立式烟感报警器的通知</title></head>
<body><div class="top">⟦m 清园街道社区服务网⟧ ⟦m 邻里守望　共建共享⟧</div>
<div class="nav">⟦m 街道概况 | 社区动态 | 便民服务 | 志愿者之家⟧</div>
<h2>{T}</h2><div class="info">⟦m 发布：清园街道　2025-11-08　阅读 227⟧</div>
{BODY}
<div class="cm">⟦l 居民留言（2）　说点什么吧…⟧</div>
<div class="ft">⟦m 街道便民服务热线：0512-6617 0000⟧ ⟦m 苏ICP备19004411号⟧</div>
</body></html>
""",
        body="""
各社区居委会：
为防范冬季火灾事故，街道将为辖区80周岁以上独居老人免费安装独立式烟感报警器。
一、安装时间：11月15日至11月30日。
二、安装方式：由社区网格员预约上门，安装人员佩戴工作证，不收取任何费用。
三、请居民警惕冒充安装人员推销产品的行为。
网格员联系电话：竹园社区 135****2016，枫桥社区 139****7721
清园街道办事处
2025年11月8日
""",
    ),
    dict(
        slug="community-lianhua-pension-auth-text",
        site="莲花社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://lianhuasq.example.com/notice/1190.html",
        title="养老金待遇资格认证提醒",
        record_title="养老金待遇资格认证提醒",
        date="2025-03-03",
        notes="residents' board; the notice tells readers to 扫码/下载 an app (kept); like/share row",
        page="""
!m 莲花社区居民之家　>　公告栏
{T}
!m 社区居委会　发布于 2025-03-03　👁 356
{BODY}
!l 👍 点赞 18　　💬 评论 3　　↗ 转发
!l 上一条：春季老年人体检安排　下一条：社区图书室开放时间调整
!m 莲花社区居委会　地址：莲花路22号
""",
        body="""
各位居民朋友：
领取城乡居民养老保险和企业退休养老金的人员，每年需进行一次待遇资格认证。
认证方式：可下载“掌上社保”手机应用进行刷脸认证，也可扫描社区公告栏上的二维码进入认证页面。
行动不便的老人，可拨打社区电话0758-2210937预约工作人员上门认证。
未按时认证的，将暂停发放养老金，认证通过后补发。
莲花社区居委会
2025年3月3日
""",
    ),
    dict(
        slug="assoc-qinling-dairy-goat-text",
        site="秦岭奶山羊产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qlnsy.example.org.cn/xhdt/2025/0620.html",
        title="关于规范奶山羊鲜奶收购的倡议",
        record_title="[协会倡议] 关于规范奶山羊鲜奶收购的倡议",
        date="2025-06-20",
        notes="association site; member login; the pledge's own 联系电话; numbered list; glued join prompt",
        page="""
!m 秦岭奶山羊产业协会
!m 协会首页 | 协会动态 | 会员风采 | 技术服务 | 入会申请
!a 会员登录　　密码找回
{T}
!m 2025-06-20　|　协会秘书处　|　阅读 508
{BODY}
!a 申请入会 ＞＞
!m 协会地址：秦川县城关镇羊乳产业园2号楼　陕ICP备20011093号
""",
        body="""
各会员单位、养殖户：
近期部分收奶站压级压价、掺杂使假问题时有发生，损害了养殖户和乳企的利益。为维护行业秩序，协会倡议：
1.收奶站按协会发布的指导价公开收购，每日公示价格。
2.严格执行生鲜羊乳检测制度，不收购、不掺兑不合格鲜奶。⟦a 加入协会，享受免费检测 ＞＞⟧
3.养殖户规范挤奶操作，做好奶具清洗消毒。
对违反倡议的会员单位，协会将予以通报。
联系电话：029-3371206（协会秘书处）
秦岭奶山羊产业协会
2025年6月20日
""",
    ),
    dict(
        slug="assoc-xiangxiu-embroidery-html",
        site="湘绣行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xxhyxh.example.org/tz/20250512-31.html",
        title="关于举办第五届湘绣技艺大赛的通知",
        record_title="关于举办第五届湘绣技艺大赛的通知_湘绣行业协会",
        date="2025-05-12",
        notes="association page with sidebar member list; the notice's own 报名邮箱 and 附件",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办第五届湘绣技艺大赛的通知_湘绣行业协会</title></head>
<body><div class="hd">⟦m 湘绣行业协会⟧ ⟦a 会员中心⟧</div>
<div class="nav">⟦m 首页 · 协会简介 · 通知公告 · 会员单位 · 大师风采⟧</div>
<div class="wrap"><div class="main"><h1>{T}</h1><div class="d">⟦m 日期：2025-05-12⟧</div>
{BODY}
</div><div class="side"><h4>⟦l 理事单位⟧</h4><p>⟦l 锦华绣庄　湘韵刺绣研究所　芙蓉绣坊⟧</p></div></div>
<div class="ft">⟦m 湘绣行业协会秘书处　电话：0731-8462 1100⟧ ⟦d 版权所有，未经许可不得转载⟧</div>
</body></html>
""",
        body="""
各会员单位：
为传承湘绣技艺，发现和培养优秀绣工，协会定于2025年7月举办第五届湘绣技艺大赛。
一、参赛对象：从事湘绣工作满2年的绣工。
二、比赛内容：现场刺绣指定小样，限时6小时，重点考查鬅毛针、掺针等传统针法。
三、报名办法：填写报名表，于6月10日前发送至邮箱xxxh_ds@example.org。
附件：第五届湘绣技艺大赛报名表
湘绣行业协会
2025年5月12日
""",
    ),
    dict(
        slug="corp-jiangcheng-tram-html",
        site="江城有轨电车有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jctram.example.com/news/gg/2025/0816-12.html",
        title="关于有轨电车T2线夜间延时运营的公告",
        record_title="关于有轨电车T2线夜间延时运营的公告 - 江城有轨电车有限公司",
        date="2025-08-16",
        notes="company site, modern template; customer hotline in footer; the notice's schedule table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于有轨电车T2线夜间延时运营的公告 - 江城有轨电车有限公司</title>
<script src="/assets/app.js"></script></head>
<body><header>⟦m 江城有轨电车⟧ <nav>⟦m 关于我们　乘车指南　新闻中心　招贤纳士⟧</nav> ⟦a 下载江城出行APP⟧</header>
<section><h1>{T}</h1><p class="t">⟦m 2025-08-16 | 新闻中心⟧</p>
{BODY}
</section>
<aside>⟦l 最新公告⟧ ⟦l T1线部分站点临时封闭的公告⟧</aside>
<footer>⟦m 客服热线：0716-96511⟧ ⟦m ©2025 江城有轨电车有限公司　鄂ICP备17008862号-1⟧</footer>
</body></html>
""",
        body="""
为方便市民夏季夜间出行，自2025年8月20日起，有轨电车T2线延长夜间运营时间。
运营时间调整如下：
方向　原末班车　调整后末班车
火车站往滨江公园　21:30　22:30
滨江公园往火车站　22:00　23:00
延时期间行车间隔为15分钟，票价不变。
特此公告。
江城有轨电车有限公司
2025年8月16日
""",
    ),
    dict(
        slug="corp-fengyuan-plum-recall-text",
        site="丰源果业 (invented)",
        style="企业官网",
        genre="声明",
        kind="notice",
        form="text",
        source="http://www.fengyuanguoye.example.cn/news/shengming-0702.html",
        title="关于部分批次李子果脯主动召回的声明",
        record_title="关于部分批次李子果脯主动召回的声明-丰源果业",
        date="2025-07-02",
        notes="company site; recall table; recall line next to the 400 sales line; shop prompt",
        page="""
!m 丰源果业　源自好果园
!m 首页 / 企业新闻 / 公司公告
{T}
!m 发布：品牌部　2025-07-02
{BODY}
!w 全国招商热线：400-806-1717
!a 进入天猫旗舰店 →
!m 丰源果业有限公司 版权所有　粤ICP备15020016号
""",
        body="""
我公司在自检中发现，部分批次李子果脯二氧化硫残留量接近标准上限。为保障消费者权益，公司决定主动召回以下批次产品：
产品名称　规格　生产批号
蜜渍李子果脯　200克　FY250512
蜜渍李子果脯　500克　FY250514
已购买上述批次产品的消费者，可凭包装到购买处办理退货，或拨打召回专线0768-2270315。
给您带来不便，我们深表歉意。
丰源果业有限公司
2025年7月2日
""",
    ),
    dict(
        slug="training-yongwu-taekwondo-text",
        site="勇武跆拳道馆 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="http://www.yongwutkd.example.com/kecheng/2025shuqi.html",
        title="勇武跆拳道馆暑期少儿班招生简章",
        record_title="勇武跆拳道馆暑期少儿班招生简章（2025暑期班）",
        date=None,
        notes="training school page; course table; the brochure's own 报名电话; trial-class prompt; no date",
        page="""
!m 勇武跆拳道馆　强身　自信　礼仪
!w 免费试课！扫码添加馆长微信 yw-tkd01
{T}
{BODY}
!a 立即预约试课
!l 学员风采 | 晋级考试 | 教练团队
!m 馆址：东关大街18号三楼
""",
        body="""
暑期少儿班面向5至12岁儿童，由持有国技院段位证书的教练授课。
班型　时间　课时
晨练班　周一至周五 8:30-10:00　30课时
傍晚班　周一至周五 17:30-19:00　30课时
课程内容包括基本礼仪、腿法、品势和体能训练，结业可参加级位考试。
报名电话：0395-7123088
""",
    ),
    dict(
        slug="training-mochi-calligraphy-html",
        site="墨池书法培训 (invented)",
        style="培训机构",
        genre="教学计划",
        kind="plan",
        form="html",
        source="https://www.mochisf.example.com/course/kaishu-18.html",
        title="楷书基础班秋季教学计划",
        record_title="楷书基础班秋季教学计划 | 墨池书法培训",
        date="2025-08-25",
        notes="training school: floating sign-up, course ads between paragraphs, teacher card",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>楷书基础班秋季教学计划 | 墨池书法培训</title></head>
<body><div class="hd">⟦m 墨池书法培训⟧ <a>⟦m 课程⟧</a> <a>⟦m 师资⟧</a> <a>⟦m 作品⟧</a> <a>⟦a 在线报名⟧</a></div>
<h1>{T}</h1>
<div class="m">⟦m 授课老师：闵砚秋　更新：2025-08-25⟧</div>
{BODY}
<div class="float">⟦w 报名咨询 0551-6277 3312⟧</div>
<div class="ft">⟦m 墨池书法培训中心　皖ICP备21008820号⟧</div>
</body></html>
""",
        body="""
本学期共16周，每周一次课，每次90分钟，以颜体楷书为范本。
第1至4周：执笔姿势与基本笔画，横、竖、撇、捺、点、折。
第5至8周：偏旁部首，重点练习三点水、言字旁、走之底。
⟦a 【限时优惠】报秋季班送文房四宝一套⟧
第9至14周：结构规律与单字临写，每周完成临写作业20字。
第15至16周：集字创作，完成一幅斗方作品并参加结课展。
""",
    ),
    dict(
        slug="app-bixie-oats-summary-text",
        site="笔写范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.bixieapp.example.com/share/art/55021?from=wx",
        title="燕麦种植示范基地2024年工作总结",
        record_title="燕麦种植示范基地2024年工作总结｜笔写范文APP",
        date="2024-11-25",
        notes="writing-app share page: open-app prompts, member unlock glued after a sentence; signature date",
        page="""
!a 打开笔写APP，阅读体验更佳
!m 笔写范文 · 你的写作助手
{T}
!m 作者：坝上小麦　　1.2万人看过
{BODY}
!a 开通会员，解锁全部10万篇范文
!l 相似范文：马铃薯基地工作总结　杂粮合作社年终总结
!a 在APP内打开　　复制链接
""",
        body="""
2024年，基地在县农业技术推广中心指导下，种植燕麦3200亩，平均亩产182公斤，比上年增产11%。
一是推广良种。引进坝莜系列新品种3个，良种覆盖率达到95%。
二是推行绿色种植。实行燕麦与马铃薯轮作，减少化肥使用量15%。⟦a 会员专享：查看完整版⟧
三是延长产业链。与县燕麦加工厂签订订单，全部产品保底收购。
明年，基地将扩大种植面积至4000亩，建设燕麦米加工线一条。
燕麦种植示范基地
2024年11月25日
""",
    ),
    dict(
        slug="app-xiezuo-medical-waste-plan-text",
        site="写作宝 (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="http://share.xiezuobao.example.cn/doc/9902417",
        title="乡镇卫生院医疗废物规范化管理实施方案",
        record_title="乡镇卫生院医疗废物规范化管理实施方案（可编辑）",
        date=None,
        notes="app share with a 20××年 placeholder and ×× blanks in the body; share and like rows; no date",
        page="""
!m 写作宝｜公文写作神器
{T}
!m 分享自写作宝用户 · 阅读 3450
{BODY}
!a 下载写作宝，一键生成同类方案
!l 收藏 112　　点赞 86　　分享
""",
        body="""
为规范我院医疗废物管理，防止疾病传播，根据《医疗废物管理条例》，结合我院实际，制定本方案。
一、成立领导小组。组长由院长担任，成员由各科室负责人组成，办公室设在院感科。
二、分类收集。医疗废物按感染性、损伤性、病理性、药物性、化学性五类分类收集，使用专用包装袋和利器盒。
三、暂存与转运。暂存间每日清洁消毒，医疗废物暂存时间不超过48小时，由××医疗废物处置中心统一转运。
四、本方案自20××年××月××日起执行。
××镇卫生院
""",
    ),
]
