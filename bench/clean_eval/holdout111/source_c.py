"""holdout111, part C: guava, starfruit, jackfruit, avocado and cranberry growers and firms. Invented text."""

CASES = [
    dict(
        slug="association-guava-grading-pledge-html",
        site="樟口市热带水果行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.zkrdsg.example.org.cn/xhdt/2025/0810/45.html",
        title="关于规范番石榴分级销售的倡议书",
        record_title="【协会倡议】关于规范番石榴分级销售的倡议书",
        date="2025-08-10",
        notes="association template: member-login box, 入会申请 link, a 协会动态 list; the pledge's own date; secretariat's phone kept",
        page="""
<html><head><meta charset="utf-8"><title>关于规范番石榴分级销售的倡议书 - 樟口市热带水果行业协会</title></head>
<body><div class="head">⟦m 樟口市热带水果行业协会⟧<span>⟦a 会员登录 | 入会申请⟧</span></div>
<div class="nav">⟦l 协会概况 · 协会动态 · 行业资讯 · 会员风采 · 联系我们⟧</div>
<div class="bread">⟦m 您的位置：首页 » 协会动态⟧</div>
<div class="main"><h2>⟦t 【协会倡议】关于规范番石榴分级销售的倡议书⟧</h2>
<div class="src">⟦m 2025-08-10 | 秘书处 | 阅读 309⟧</div>
{BODY}
</div>
<div class="right"><h4>⟦l 协会动态⟧</h4><ul><li>⟦l 协会召开第三届理事会第二次会议⟧</li><li>⟦l 会员单位赴东盟考察热带水果市场⟧</li></ul></div>
<div class="bottom">⟦m 协会地址：樟口市滨海大道208号农业大厦6楼⟧ ⟦d 版权所有 © 樟口市热带水果行业协会⟧</div>
</body></html>
""",
        body="""
全市番石榴种植户、收购商和会员单位：
今年我市番石榴种植面积达三点八万亩，产量创历史新高，但个别收购点混级收购、以次充好，损害了樟口番石榴的品牌声誉。
为此，协会倡议：
1.严格按照大果、中果、小果三个等级分级包装，箱内不混装。
2.不采摘未成熟果，不使用催熟剂，每批货附带产地追溯码。
3.遇到压级压价、恶意竞争的，及时向协会秘书处反映，电话：0759-3381426。
樟口市热带水果行业协会
2025年8月10日
""",
    ),
    dict(
        slug="company-jackfruit-chips-recall-notice",
        site="椰风食品官网 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yefengfood.example.com/news/notice/2025-0603.html",
        title="关于主动召回部分批次菠萝蜜脆片的公告",
        record_title="关于主动召回部分批次菠萝蜜脆片的公告｜椰风食品",
        date="2025-06-03",
        notes="company site: products nav, a 'buy now' row and online-shop links; the company's own 召回专线 kept beside the sales hotline",
        page="""
!m 椰风食品 · 热带果蔬脆专家
!l 首页　产品中心　新闻动态　品质控制　联系我们
!t 关于主动召回部分批次菠萝蜜脆片的公告｜椰风食品
!m 新闻动态 > 公司公告　　2025-06-03
{BODY}
!w 招商加盟热线：400-870-6633
!a 天猫旗舰店　京东自营　点击进入 >
!m Copyright © 2025 海南椰风食品有限公司　琼ICP备18002214号
""",
        body="""
尊敬的消费者：
我公司在例行自检中发现，生产日期为2025年5月8日至5月12日的65克袋装菠萝蜜脆片，部分产品酸价指标接近限值。
为保障消费者健康，我公司决定主动召回上述批次产品。已购买的消费者可凭产品包装到原购买渠道办理全额退款。
召回专线：0898-6629 1570（每日8:00—20:00）
我们对由此给您带来的不便深表歉意。
海南椰风食品有限公司
2025年6月3日
""",
    ),
    dict(
        slug="training-avocado-grafting-course-html",
        site="楸山农技培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qsnjpx.example.cn/zsxx/2025/0220/19.html",
        title="2025年春季牛油果嫁接与高接换种技术培训班招生简章",
        record_title="2025年春季牛油果嫁接与高接换种技术培训班招生简章",
        date=None,
        notes="training-school template: floating consult box, enrol button, course ads; the school's own 报名电话 beside a 400 line; no date (year only in the title)",
        page="""
<html><head><meta charset="utf-8"><title>2025年春季牛油果嫁接与高接换种技术培训班招生简章_楸山农技培训学校</title></head>
<body><div class="logo">⟦m 楸山农技培训学校　学技术 到楸山⟧</div>
<div class="nav">⟦l 学校首页 | 招生信息 | 课程设置 | 学员风采 | 在线报名⟧</div>
<h1>⟦t 2025年春季牛油果嫁接与高接换种技术培训班招生简章⟧</h1>
<div class="info">⟦m 来源：教务处　浏览次数：1196⟧</div>
<div class="content">
{BODY}
</div>
<div class="btn">⟦a 立即在线报名⟧</div>
<div class="float">⟦w 在线咨询　全国招生热线 400-180-9925⟧</div>
<div class="ads">⟦l 热门课程：柑橘修剪 · 设施蔬菜 · 电商直播带货⟧</div>
<div class="foot">⟦m 楸山农技培训学校 版权所有　滇ICP备16002957号⟧</div>
</body></html>
""",
        body="""
一、培训对象。全县牛油果种植户、家庭农场主和农业合作社技术员，年龄在十八至六十周岁。
二、培训内容。牛油果砧木选择、切接和芽接技术、老果园高接换种、嫁接后水肥管理。
三、培训时间。春季共开设两期，每期七天，其中理论课两天、果园实操五天。
四、收费标准。学费全免，由县农业农村局职业农民培育项目补助，学员自理往返交通费。
五、报名方式。携带身份证复印件到学校教务处报名，报名电话：0691-5520147。
""",
    ),
    dict(
        slug="fanwen-app-starfruit-coop-request-share",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://h5.xiezuobao.example.com/share/article?id=k93xq77",
        title="关于申请杨桃冷链保鲜库建设补助资金的请示",
        record_title="关于申请杨桃冷链保鲜库建设补助资金的请示 - 写作宝",
        date="2025-02-14",
        notes="writing-app share page: open-in-app banners top and between paragraphs, AI-rewrite button, the 请示's own 联系人 line",
        page="""
!a 打开写作宝APP，查看更多精品范文
!m 写作宝 · 请示报告频道
!t 关于申请杨桃冷链保鲜库建设补助资金的请示 - 写作宝
!m 已被 2356 人使用 · 模板编号 QS-0457
{BODY}
!a 一键AI改写　　复制全文　　导出Word
!a 在APP内打开，领取7天会员
!l 同类范文：关于申请农产品产地仓建设资金的请示　关于申请修缮村道的请示
""",
        body="""
县农业农村局：
我社现有杨桃种植基地二千一百亩，年产鲜果六千吨。由于缺少冷链保鲜设施，每年采摘高峰期鲜果损耗率高达百分之十五。
⟦a 范文未完，打开APP继续阅读 ＞⟧
为此，我社拟新建一座容量一千吨的冷链保鲜库，总投资三百二十万元，其中合作社自筹二百万元。
现申请县级农产品产地冷藏保鲜设施建设补助资金一百二十万元。
妥否，请批示。
联系人：社长　麦子良　电话：13807598864
枳川县金星杨桃专业合作社
2025年2月14日
""",
    ),
    dict(
        slug="gkforum-specialty-fruit-essay-floors",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.shangan8.example.com/thread-90211-1-1.html",
        title="小杨桃撬动大产业——发展特色水果产业的几点思考",
        record_title="[申论范文] 小杨桃撬动大产业——发展特色水果产业的几点思考（附批改）",
        date="2025-07-02",
        notes="exam forum: floor header with 发表于 (the date), a moderator's note, a course ad between paragraphs, replies after the body",
        page="""
!m 上岸吧公考论坛 » 申论专区 » 范文点评
!t [申论范文] 小杨桃撬动大产业——发展特色水果产业的几点思考（附批改）
!m 1# 楼主 | 岸上见 | 发表于 2025-07-02 22:17
!m 版主提示：本帖已被设为精华，禁止灌水
{BODY}
!l 2# 沉默的雁 | 写得好，第三段的论据可以再具体点
!l 3# 一战上岸 | 马克一下，明早背
!a 回复本帖可查看批改版全文
""",
        body="""
在南方的一个小县，过去不起眼的杨桃，如今成了群众增收的“金果果”。这背后，是特色水果产业发展的生动实践。
发展特色水果产业，要在品种上下功夫。优良品种是产业的根基，只有持续改良品种，才能在市场上站稳脚跟。
⟦a 申论一对一批改，9.9元体验课限时抢⟧
发展特色水果产业，要在链条上求突破。从种植到冷链、加工、电商，每延伸一个环节，就多一份附加值。
发展特色水果产业，还要在品牌上谋长远。以品牌赢得信任，以信任赢得市场。
""",
    ),
    dict(
        slug="baike-geo-indication-application-entry-placeholder",
        site="知识百科 (invented)",
        style="百科问答",
        genre="通知",
        kind="notice",
        form="html",
        source="https://baike.zhishi.example.com/item/农产品地理标志登记申请书",
        title="农产品地理标志登记申请书",
        record_title=None,
        date=None,
        notes="encyclopedia entry: edit links, catalogue box, reference list and a 'contributors' line; the sample text's ××××年××月××日 placeholder is no date; title missing (found as the entry name)",
        page="""
<html><head><meta charset="utf-8"><title>农产品地理标志登记申请书_知识百科</title></head>
<body><div class="top">⟦m 知识百科 · 全球领先的中文百科⟧ ⟦a 登录 注册⟧</div>
<h1>⟦t 农产品地理标志登记申请书⟧</h1>
<div class="tools">⟦a 编辑　讨论　收藏　上传视频⟧</div>
<div class="catalog">⟦l 目录　1 基本内容　2 写作要点　3 范例⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 农产品地理标志管理办法释义　2. 基层农业文书写作手册⟧</div>
<div class="contrib">⟦m 词条统计　浏览次数：5027　编辑次数：6次历史版本　最近更新：渔樵闲人⟧</div>
<div class="foot">⟦d ©2025 知识百科　使用前必读　百科协议⟧</div>
</body></html>
""",
        body="""
农产品地理标志登记申请书，是申请人向农业农村主管部门申请农产品地理标志登记时提交的文书。
申请书一般包括申请人基本情况、产品名称、地域范围、品质特征、生产方式和质量控制措施等内容。
写作时应当注意，地域范围要写明行政区划和地理坐标，品质特征要有检测数据支撑。
范例：我单位申请对“××番石榴”进行农产品地理标志登记，产地范围为××县××镇等五个乡镇。
申请单位（盖章）
××××年××月××日
""",
    ),
    dict(
        slug="netdisk-avocado-coop-plan-pdf-wrapped",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.example.com/s/1aVoC-6Qp2",
        title="楠坪县牛油果产业示范园建设实施方案",
        record_title="楠坪县牛油果产业示范园建设实施方案.pdf",
        date="2025-05-21",
        notes="cloud-drive share page: file-name title, share/expiry lines, save and download buttons; text hard-wrapped at 58 columns with a 成文日期",
        wrap=58,
        page="""
!m 云匣网盘　|　分享文件
!t 楠坪县牛油果产业示范园建设实施方案.pdf
!m 分享者：果农老覃　分享时间：2025-06-11 09:03　有效期：永久有效
!a 保存到我的网盘　　普通下载　　极速下载（会员）
{BODY}
!m 文件大小：1.2MB　共 4 页
!d 请勿分享违法违规内容，云匣网盘将依法处理
""",
        body="""
为推动牛油果产业规模化、标准化发展，结合我县实际，制定本方案。
一、建设目标。到2027年，建成牛油果产业示范园三千亩，带动周边农户新种植牛油果一万亩，示范园亩均产值达到一万二千元。
二、建设内容。建设标准化种植区、种苗繁育中心、水肥一体化设施和采后商品化处理中心。
三、保障措施。县财政每年安排产业发展资金五百万元，优先保障示范园用地和用电。
楠坪县人民政府办公室
2025年5月21日
""",
    ),
    dict(
        slug="snapshot-jackfruit-typhoon-notice-frame",
        site="搜一搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souyisou.example.com/c?u=nyj.yefeng.example.gov.cn/tzgg/2025/0714/301.html",
        title="关于做好台风“海燕”防御减轻菠萝蜜果园损失的紧急通知",
        record_title="关于做好台风“海燕”防御减轻菠萝蜜果园损失的紧急通知",
        date="2025-07-14",
        notes="search-cache frame: the snapshot banner and highlight notice above the page; the original page's own nav inside; the crawl stamp is no date",
        page="""
<html><head><meta charset="utf-8"><title>关于做好台风“海燕”防御减轻菠萝蜜果园损失的紧急通知</title></head>
<body><div class="snapbar">⟦d 这是 搜一搜 对 nyj.yefeng.example.gov.cn/tzgg/2025/0714/301.html 的缓存，是该网页于 2025年7月19日 03:12 的快照⟧</div>
<div class="snapbar2">⟦d 网页可能已经更新，请点击此处查看最新页面；以下关键词已高亮：菠萝蜜 台风⟧</div>
<div class="orig">
<div class="gov">⟦m 椰风县农业农村局⟧</div>
<div class="nav">⟦l 首页 | 机构概况 | 通知公告 | 农事指导⟧</div>
<h2>⟦t 关于做好台风“海燕”防御减轻菠萝蜜果园损失的紧急通知⟧</h2>
<div class="time">⟦m 发布时间：2025-07-14 18:40　来源：种植业股⟧</div>
{BODY}
<div class="foot">⟦m 椰风县农业农村局主办　琼ICP备12003371号⟧</div>
</div></body></html>
""",
        body="""
各镇农业服务中心，各菠萝蜜种植企业和合作社：
据气象部门预报，今年第5号台风“海燕”预计于7月16日前后在我省东部沿海登陆，我县将出现十级以上大风和暴雨。
一、抢收成熟果实。八成熟以上的菠萝蜜要在15日前抢收完毕。
二、加固树体。对幼龄树设立支架，对高大树适度疏枝，减少迎风面积。
三、清沟排水。台风过后要及时排除果园积水，扶正倒伏植株，喷施杀菌剂预防炭疽病。
椰风县农业农村局
2025年7月14日
""",
    ),
    dict(
        slug="print-cranberry-farm-safety-rules-footer",
        site="檀州蔓越莓农场 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.tzcranberry.example.cn/print.aspx?id=1207",
        title="蔓越莓水淹采收作业安全管理规定",
        record_title="打印预览 - 蔓越莓水淹采收作业安全管理规定",
        date="2025-09-01",
        notes="print view: print/close buttons, a URL line and a print footer in its own form; a rule article speaking of 扫码 and 打印 kept",
        page="""
!a [ 打印本页 ]　[ 关闭窗口 ]
!t 打印预览 - 蔓越莓水淹采收作业安全管理规定
{BODY}
!m 页面地址：http://www.tzcranberry.example.cn/show.aspx?id=1207
!p ‖ 第1页 · 全1页 ‖
!m 打印时间：2025/10/8 14:26:09
""",
        body="""
第一条　为保障蔓越莓水淹采收作业人员安全，制定本规定。
第二条　进入采收池作业的人员必须穿戴防水连体服和救生衣，严禁单人下池作业。
第三条　作业人员每日上岗前须扫码登记，班组长打印当日作业人员名单并张贴在池边。
第四条　遇雷雨、大风等恶劣天气，立即停止采收作业，人员撤离至安全区域。
第五条　本规定自2025年9月1日起施行。
""",
    ),
    dict(
        slug="mail-fwd-guava-export-inspection-notice",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://zkcustoms-fwd/2025-10-09",
        title="关于做好出口番石榴果园和包装厂注册登记工作的通知",
        record_title="Fwd: 转发：关于做好出口番石榴果园和包装厂注册登记工作的通知",
        date="2025-09-28",
        date_also=["2025-10-09"],
        notes="forwarded mail: Fwd/发件人/收件人/日期 headers, the mail's own 附件 header (chrome) beside the document's own 附件 list (body), a mail signature and a mail-client footer",
        page="""
!m 发件人：果品协会秘书处 <mishu@zkguopin.example.org>
!m 收件人：全体会员单位
!m 日期：2025年10月9日 星期四 上午10:12
!m 主题：Fwd: 转发：关于做好出口番石榴果园和包装厂注册登记工作的通知
!m 附件：注册登记申请表.xlsx（18KB）
各位会员：转发海关通知，请按时报送。
!m ---------- 转发的邮件 ----------
{BODY}
!m 秘书处　吕婕　手机 13976011452
!d 此邮件由 极速邮 企业版 发送
""",
        body="""
各出口果园、包装厂：
为做好2025—2026年度出口番石榴检验检疫工作，现就果园和包装厂注册登记有关事项通知如下。
一、申请注册登记的果园面积不少于一百亩，须建立病虫害防治和农药使用记录。
二、包装厂应当具备独立的分拣、包装和冷藏区域。
三、请于10月20日前提交申请材料。
附件：1.出口果园注册登记申请表
2.出口包装厂注册登记申请表
樟口海关
2025年9月28日
""",
    ),
    dict(
        slug="gov-starfruit-festival-plan-html-modern",
        site="枳川县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.zhichuan.example.gov.cn/zwgk/ghjh/2025/1009/5521.html",
        title="枳川县第三届杨桃文化旅游节活动方案",
        record_title="枳川县第三届杨桃文化旅游节活动方案_枳川县人民政府",
        date="2025-10-09",
        notes="modern county portal: 索引号 info table, accessibility and elder-mode buttons, a share row and a related-docs list; a schedule table",
        page="""
<html><head><meta charset="utf-8"><title>枳川县第三届杨桃文化旅游节活动方案_枳川县人民政府</title><script src="/js/jquery.min.js"></script></head>
<body><div class="toolbar">⟦a 无障碍 | 长者模式 | 简体 | 繁體⟧</div>
<div class="logo">⟦m 枳川县人民政府　www.zhichuan.example.gov.cn⟧</div>
<div class="nav">⟦l 首页　政务公开　政务服务　互动交流　走进枳川⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：000014527/2025-01298⟧</td><td>⟦m 发布机构：县文旅局⟧</td></tr>
<tr><td>⟦m 主题分类：文化、旅游⟧</td><td>⟦m 发布日期：2025-10-09⟧</td></tr></table>
<h1>⟦t 枳川县第三届杨桃文化旅游节活动方案⟧</h1>
<div class="zoom">⟦a 【字体：大 中 小】 【打印】 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：⟧</div>
<div class="rel"><h4>⟦l 相关文件⟧</h4><p>⟦l 枳川县杨桃产业发展规划（2024—2028年）⟧</p></div>
<div class="footer">⟦m 主办：枳川县人民政府办公室　政府网站标识码：4508220001　桂公网安备45082202000093号⟧</div>
</body></html>
""",
        body="""
为展示杨桃产业发展成果，促进农文旅融合，县人民政府决定举办枳川县第三届杨桃文化旅游节。
一、活动时间和地点。2025年11月8日至10日，主会场设在金星村杨桃观光园。
二、主要活动
活动　时间　牵头单位
开幕式暨杨桃推介会　11月8日上午　县文旅局
杨桃采摘体验　11月8日至10日　县农业农村局
直播带货大赛　11月9日　县商务局
三、工作要求。各牵头单位要细化方案，县公安局负责交通疏导和安全保卫。
""",
    ),
]
