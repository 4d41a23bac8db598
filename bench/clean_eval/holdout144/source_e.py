"""holdout144, part E: a commercial-cryptography association, a steel-structure firm and a frozen
spinach exporter, a wushu school and an NDT training school, a cyberspace office's plan and a
trade-promotion council's essay in writing apps, exam-forum posts (dust control, a selection
candidate's notes), encyclopaedia entries (social-organisation annual reports, an agricultural
census). Invented."""

CASES = [
    dict(
        slug="association-mima-crypto-convention-text",
        site="蓉江市商用密码行业协会 (invented)",
        style="行业协会",
        genre="公约",
        kind="other",
        form="text",
        source="http://www.rjmmxh.example.org.cn/hyzl/2025/0612/55.html",
        title="蓉江市商用密码行业自律公约",
        record_title="蓉江市商用密码行业自律公约_行业自律_蓉江市商用密码行业协会",
        date="2025-06-12",
        notes="association text page: articles that speak of 下载 and 扫码 as content; a membership hotline and an 'apply to join' line as chrome; adoption line under the title neutral",
        page="""
!m 蓉江市商用密码行业协会
!m 首页 ＞ 行业自律
!t 蓉江市商用密码行业自律公约
（2025年6月12日协会第二届会员大会第三次会议通过）
{BODY}
!a ▶ 申请加入协会　▶ 会员单位登录
!m 协会秘书处电话：028-6671XXXX　邮箱：mmxh@example.org.cn
!d ©蓉江市商用密码行业协会　未经许可不得转载
""",
        body="""
第一条　为规范商用密码从业单位经营行为，维护公平竞争的市场秩序，制定本公约。
第二条　会员单位应当遵守密码法律法规，依法开展商用密码产品研发、生产、销售和服务活动。
第三条　会员单位不得提供未经检测认证的商用密码产品，不得虚假宣传产品的安全等级。
第四条　会员单位向用户提供的软件和升级包，应当通过官方渠道供下载，并提供完整性校验方式。
第五条　会员单位在产品包装上加印追溯二维码的，应当保证用户扫码可查询产品认证信息。
第六条　违反本公约的，协会视情节给予提醒谈话、通报批评或者取消会员资格。
第七条　本公约自会员大会通过之日起施行。
""",
    ),
    dict(
        slug="corp-gangjie-steel-structure-news-html",
        site="钢杰钢结构工程有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gangjie-steel.example.com/news/company/20250610.html",
        title="公司举行2025年“安全生产月”启动仪式",
        record_title="公司举行2025年“安全生产月”启动仪式",
        date="2025-06-10",
        record_date="2025-06-10",
        notes="corporate HTML: product menu, a 'get a quote' form and 400 line as chrome; photo caption between paragraphs; a WeChat QR footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司举行2025年“安全生产月”启动仪式-钢杰钢结构</title></head><body>
<div class="hd">⟦m 钢杰钢结构 GANGJIE STEEL⟧ ⟦m 全国服务热线 400-8XX-7721⟧</div>
<div class="nav">⟦m 首页 关于钢杰 产品中心 工程案例 新闻资讯 联系我们⟧</div>
<div class="crumb">⟦m 新闻资讯 > 公司新闻⟧</div>
<h1>⟦t 公司举行2025年“安全生产月”启动仪式⟧</h1>
<div class="date">⟦m 2025-06-10　浏览：96⟧</div>
{BODY}
<div class="quote">⟦w 获取报价：留下您的电话，工程师30分钟内回电⟧ ⟦a 提交⟧</div>
<div class="next">⟦l 上一篇：钢杰承建的物流园二期主体钢结构顺利封顶⟧</div>
<div class="ft">⟦a 扫码关注钢杰官方微信⟧ ⟦d 版权所有 © 钢杰钢结构工程有限公司⟧</div>
</body></html>
""",
        body="""
6月10日上午，公司在生产基地举行2025年“安全生产月”启动仪式，公司领导班子、各部门负责人及一线员工三百余人参加。
仪式上，公司总经理作动员讲话，要求各单位以“人人讲安全、个个会应急”为主题，重点抓好高处作业、吊装作业和焊接动火作业的安全管理。
⟦m 图为启动仪式现场。⟧
随后，各车间、项目部负责人签订安全生产责任书，员工代表宣读安全承诺。仪式结束后，公司组织开展了消防灭火和高处坠落救援演练。
据悉，安全生产月期间公司还将开展隐患排查、安全知识竞赛等系列活动。
""",
    ),
    dict(
        slug="corp-lvyuan-spinach-exporter-report-text",
        site="绿源食品有限公司 (invented)",
        style="企业官网",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.lvyuanfood.example.cn/about/shzr/2024.html",
        title="绿源食品有限公司2024年度社会责任报告（摘要）",
        record_title="绿源食品有限公司2024年度社会责任报告（摘要）-绿源食品官网",
        date="2025-03-20",
        notes="corporate text page: an English/中文 switch, a product strip and a supplier-login line as chrome; a data table of base acreage kept; date under signature",
        page="""
!m 绿源食品 LVYUAN FOODS　　中文 | English
!m 产品中心：速冻菠菜 速冻豌豆 速冻西兰花 脱水蔬菜
!m 首页 > 关于我们 > 社会责任
!t 绿源食品有限公司2024年度社会责任报告（摘要）
{BODY}
!a 供应商登录 | 招聘信息 | 在线留言
!m 鲁ICP备08XX5521号-1　公司地址：莱河县经济开发区食品产业园
""",
        body="""
2024年，公司坚持“从田间到餐桌”全程质量控制，在保障食品安全、带动农户增收和节能减排等方面履行社会责任。
一、食品安全。全年出口速冻菠菜、速冻豌豆等产品两万一千吨，出口批次合格率百分之百。
二、带动农户。公司自建和合作种植基地情况如下：
基地类别　面积（亩）　带动农户（户）
自建基地　3200　410
合作社基地　8600　1260
三、节能环保。完成冷库氨制冷系统改造，单位产品综合能耗同比下降百分之七。
四、员工权益。全年开展技能培训四十二期，为全部员工缴纳社会保险。
绿源食品有限公司
2025年3月20日
""",
    ),
    dict(
        slug="training-longwu-wushu-school-enrol-html",
        site="龙武武术学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.longwu-school.example.com/zsxx/2025-qiuji.html",
        title="龙武武术学校2025年秋季招生简章",
        record_title="龙武武术学校2025年秋季招生简章_招生信息_龙武武术学校官网",
        date="2025-07-08",
        notes="training-school HTML: a 400 hotline, a 'book a free trial' float and a 'famous coaches' sidebar as chrome; the school's own 报名电话 kept next to the hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>龙武武术学校2025年秋季招生简章_招生信息_龙武武术学校官网</title></head><body>
<div class="top">⟦m 龙武武术学校 · 文武兼修 德艺双馨⟧ ⟦m 招生热线：400-6XX-1990⟧</div>
<div class="nav">⟦m 学校首页 学校简介 招生信息 师资力量 学员风采 在线报名⟧</div>
<div class="pos">⟦m 当前位置：首页 > 招生信息⟧</div>
<h1>⟦t 龙武武术学校2025年秋季招生简章⟧</h1>
<div class="info">⟦m 发布时间：2025-07-08　浏览次数：3208⟧</div>
{BODY}
<div class="float">⟦w 预约免费试训 立即领取名额⟧</div>
<div class="side"><h3>⟦l 名师风采⟧</h3><p>⟦l 总教练 汤国锋 国家级武术裁判⟧</p></div>
<div class="ft">⟦m 校址：湟川市北郊龙武路1号⟧ ⟦d 龙武武术学校 版权所有⟧</div>
</body></html>
""",
        body="""
龙武武术学校是经县教育局批准设立的全日制武术特色学校，实行文化课与武术专业训练相结合的教学模式。
一、招生对象：六至十六周岁、身体健康、热爱武术的男女学生。
二、开设专业：套路、散打、传统武术、跆拳道兴趣班。
三、报名时间：即日起至2025年8月25日，报名时须携带户口簿复印件、近期体检报告和一寸照片两张。
四、收费标准：按县物价部门核定的标准收取，家庭困难学生可申请减免。
报名电话：0971-6235806（招生办 马老师）
龙武武术学校
2025年7月8日
""",
    ),
    dict(
        slug="training-tance-ndt-course-plan-markers",
        site="探测无损检测培训中心 (invented)",
        style="培训机构",
        genre="培训计划",
        kind="plan",
        form="text",
        source="http://www.tance-ndt.example.cn/pxjh/2025-2.html",
        title="2025年第二期无损检测人员资格培训计划",
        record_title="2025年第二期无损检测人员资格培训计划.pdf",
        date="2025-04-01",
        notes="file-name title; a PDF dump with ▏n▕ markers glued; a course-fee table kept; a 'sign up online' prompt and a WeChat consult line as chrome",
        pages=dict(fmt="▏{n}▕", every=240, start=2, glue=True),
        page="""
!m 探测无损检测培训中心
!t 2025年第二期无损检测人员资格培训计划.pdf
!p 第 1 页　共 2 页
{BODY}
!a 在线报名请点击页面右上角“我要报名”
!w 课程顾问微信：tance_peixun（备注NDT）
""",
        body="""
为满足特种设备检验检测行业对无损检测人员的需求，本中心定于2025年5月举办第二期无损检测人员资格培训班，计划如下：
一、培训项目和时间
项目　级别　培训天数　费用（元）
射线检测（RT）　Ⅱ级　15　4800
超声检测（UT）　Ⅱ级　15　4800
磁粉检测（MT）　Ⅱ级　8　3200
二、报名条件：具有高中以上学历，从事检测相关工作一年以上，矫正视力符合要求。
三、培训方式：理论授课与实操训练相结合，培训结束后参加统一资格考试。
四、报名截止时间：2025年4月25日。
探测无损检测培训中心
2025年4月1日
""",
    ),
    dict(
        slug="fwapp-bixia-cyberspace-plan-share-markers",
        site="笔侠写作APP (invented)",
        style="范文APP",
        genre="活动方案",
        kind="plan",
        form="text",
        source="https://share.bixia-app.example.com/s/xv88k2",
        title="2025年“清朗网络 文明上网”主题宣传活动方案",
        record_title="2025年“清朗网络 文明上网”主题宣传活动方案｜笔侠写作",
        date=None,
        notes="writing-app share page: 'open in app' prompts, AI polish button, membership unlock between paragraphs; ﹝n﹞ markers not glued; no date in the text (year in title, share stamp only)",
        pages=dict(fmt="﹝第{n}屏﹞", every=250, start=2, glue=False),
        page="""
!m 笔侠写作 | 机关写作好帮手
!a 打开App，查看完整排版
!t 2025年“清朗网络 文明上网”主题宣传活动方案
!m 由 笔侠用户7721 分享 · 分享于 今天 09:12 · 1.6k 人看过
{BODY}
!a ✨ AI一键润色　📄 导出Word
!a 会员可查看全部 8 篇同类方案，立即开通 >
!l 相关方案：网络安全宣传周活动方案｜网络谣言治理工作方案
""",
        body="""
为营造清朗网络空间，引导广大网民文明上网、理性表达，县委网信办决定在全县开展“清朗网络 文明上网”主题宣传活动，特制定本方案。
一、活动时间
全年分三个阶段推进，三月至五月为集中宣传阶段，六月至十月为深化推进阶段，十一月为总结提升阶段。
二、活动内容
（一）网络文明进校园。联合教育部门开展网络素养主题班会，引导青少年正确使用网络。
（二）网络文明进社区。组织志愿者开展防范网络诈骗、识别网络谣言宣传活动。
⟦a 🔒 以下内容为会员专享，开通会员解锁全文⟧
（三）网络文明进企业。督促属地网站平台落实主体责任，开展从业人员培训。
三、工作要求
各乡镇、各部门要高度重视，明确专人负责，及时报送活动信息。
""",
    ),
    dict(
        slug="fwapp-yunbi-ccpit-insight-html",
        site="云笔范文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://m.yunbi-app.example.cn/article/share?id=6613",
        title="参加出口企业贸易救济应对培训班心得体会",
        record_title="参加出口企业贸易救济应对培训班心得体会（精选）",
        date="2025-09-26",
        notes="writing-app HTML share: download-app bar, 'copy needs membership' prompt, reading-progress text as chrome; the essay's date under the signature",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>参加出口企业贸易救济应对培训班心得体会（精选）</title></head><body>
<div class="appbar">⟦a 云笔范文APP　海量公文 一键套用　打开⟧</div>
<h1>⟦t 参加出口企业贸易救济应对培训班心得体会⟧</h1>
<div class="meta">⟦m 心得体会 · 1,024 字 · 阅读约 3 分钟⟧</div>
{BODY}
<div class="copy">⟦a 复制全文需开通会员，新用户首月 1 元⟧</div>
<div class="rec"><p>⟦l 猜你想写⟧</p><p>⟦l 外贸业务员培训心得⟧</p><p>⟦l 参加商务部门培训班学习体会⟧</p></div>
<div class="ft">⟦d 本文由云笔用户创作，仅供参考，请勿直接照搬⟧</div>
</body></html>
""",
        body="""
9月下旬，我参加了市贸促会举办的出口企业贸易救济应对培训班。三天的培训内容丰富、针对性强，使我对贸易救济有了系统的认识。
一、认清了形势。近年来我市出口企业遭遇的反倾销、反补贴调查明显增多，企业必须增强风险意识，不能等到立案了才着急。
二、掌握了方法。培训讲解了应诉的时间节点、问卷填报和实地核查要点，让我明白完整规范的财务和成本资料是应诉的关键。
三、明确了方向。回到公司后，我将推动建立出口预警台账，定期关注主要市场的贸易政策变化。
总之，这次培训让我受益良多，我将把所学运用到工作中，为公司稳外贸贡献力量。
市钧达机电进出口有限公司　钱思远
2025年9月26日
""",
    ),
    dict(
        slug="gkforum-anlan-dust-control-model-essay-junk",
        site="岸澜公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.anlangk.example.com/thread-66120-1-1.html",
        title="以“绣花功夫”治理城市扬尘",
        record_title="[申论范文] 以“绣花功夫”治理城市扬尘（附评分要点） - 申论专区 - 岸澜公考论坛",
        date=None,
        notes="exam forum: decorated title with [申论范文] and (附评分要点); anti-scraping junk lines and glued junk; a course ad and a 'reply to see' prompt; post time relative (no date)",
        junk=dict(lines=2, glued=2),
        page="""
!m 岸澜公考论坛 › 申论专区
!t [申论范文] 以“绣花功夫”治理城市扬尘（附评分要点）
!m 楼主：上岸的鲸鱼　|　发表于 5 天前　|　查看 4402　回复 133
{BODY}
!a 【隐藏内容】评分要点回复本帖后可见
!w 2026省考申论冲刺班火热报名中，加助教V：anlan_gk 领资料
!l 回复　支持　反对　举报
""",
        body="""
扬尘污染看似是“小问题”，却关系到群众呼吸的每一口空气。治理扬尘，既要下大力气，更要有“绣花功夫”。
治理扬尘要精准施策。工地、道路、裸土是扬尘的主要来源，应当分类制定标准，工地做到围挡、覆盖、冲洗、湿法作业，道路推行机械化清扫和洒水降尘。
治理扬尘要科技赋能。在重点工地安装扬尘在线监测设备，数据超标自动报警，让监管从“人盯”变为“数控”。
治理扬尘要久久为功。建立长效机制，把扬尘管控纳入工程建设全过程，对屡查屡犯的企业依法从严处罚。
城市是我们共同的家园。只要以绣花般的耐心和细致治理扬尘，就一定能守护好城市的蓝天。
""",
    ),
    dict(
        slug="gkforum-shangan-selection-notes-text",
        site="上岸吧公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.shanganba.example.net/t/20250418-7731",
        title="选调生面试备考心得",
        record_title=None,
        date="2025-04-18",
        notes="no record title; exam-community post with a bracketed post time that gives the date; a 'helpful' bar, a study-group prompt between paragraphs; the title once decorated with 【经验分享】",
        page="""
!m 上岸吧 · 公考人的交流社区
!m 社区 › 面试交流 › 经验分享
!t 【经验分享】选调生面试备考心得
!m 作者：小禾同学　[2025-04-18 23:05]　浏览 2.3万
{BODY}
!l 👍 有帮助 1.1k　💬 评论 208　⭐ 收藏
!l 热帖：结构化面试万能框架靠谱吗？｜无领导小组讨论怎么抢角色
""",
        body="""
今年我报考了省委组织部的定向选调，笔试排名第六，面试逆袭到第二，顺利进入体检。分享几点备考体会。
第一，熟悉基层。选调生面试题大多和基层工作相关，我在备考期间专门回村跟着村干部跑了两周，答题时有了真实的例子。
⟦w 想进面试互助群的同学私信我，群里每天一道真题⟧
第二，多练多录。每天至少练三道题，用手机录下来回看，改掉口头禅和小动作。
第三，调整心态。面试前一晚我没有再看题，只是把自己的经历梳理了一遍，进考场时反而很平静。
希望大家都能顺利上岸！
""",
    ),
    dict(
        slug="wiki-baizhi-social-org-annual-report-entry",
        site="百知公文百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.baizhi.example.com/item/社会组织年度工作报告",
        title="社会组织年度工作报告",
        record_title="社会组织年度工作报告_百知公文百科",
        date=None,
        notes="encyclopaedia entry: edit/version links, a contents box and references as chrome; a template with 20××年×月×日 placeholder and example dates inside sentences (no date)",
        page="""
!m 百知公文百科 · 全民共建的公文知识库
!t 社会组织年度工作报告
!a 编辑　讨论　上传视频　|　本词条由“百知公文”科普团队编写
!m 目录：1 含义　2 报送要求　3 写作格式
{BODY}
!m 词条统计：浏览次数 9021　编辑次数 7 次历史版本　最近更新：百知编辑组
!d 百科词条内容仅供参考，如需专业意见请咨询登记管理机关
!l 参考资料：[1] 社会团体登记管理条例　[2] 民办非企业单位登记管理暂行条例
""",
        body="""
社会组织年度工作报告，是社会团体、民办非企业单位、基金会等社会组织按规定向登记管理机关报送的，反映上一年度业务活动、财务状况和内部治理情况的书面材料。
报送时间一般为每年1月1日至5月31日，例如2024年度的报告应在2025年5月31日前报送。
报告正文一般包括：基本信息，业务活动情况，财务会计报告，内部治理情况，接受监督检查情况。
落款处写明社会组织全称并加盖公章，日期写作“20××年×月×日”。
""",
    ),
    dict(
        slug="wiki-wenda-agri-census-entry-html",
        site="问答百科网 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.wendabaike.example.cn/wiki/nongyepucha.html",
        title="全国农业普查",
        title_also=["农业普查"],
        record_title=None,
        date=None,
        notes="no record title; the entry name in an h1 with a 'synonym' line; an info box (meta), a contents list, edit links and a 'users also searched' box as chrome; years inside sentences are no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>全国农业普查 - 问答百科网</title></head><body>
<div class="hd">⟦m 问答百科网⟧ ⟦a 进入词条　搜索词条⟧ ⟦a 登录⟧</div>
<h1>⟦t 全国农业普查⟧</h1>
<div class="syn">⟦m 同义词：农业普查一般指全国农业普查⟧</div>
<div class="edit">⟦a 编辑 | 收藏 | 分享⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：全国农业普查⟧</td></tr><tr><td>⟦m 周期：每十年一次⟧</td></tr><tr><td>⟦m 组织实施：各级人民政府⟧</td></tr></table>
<div class="toc">⟦m 目录 1 简介 2 普查内容 3 组织实施⟧</div>
<div class="para">
{BODY}
</div>
<div class="also"><h3>⟦l 大家还搜了⟧</h3><p>⟦l 经济普查⟧</p><p>⟦l 人口普查⟧</p><p>⟦l 普查员⟧</p></div>
<div class="ft">⟦d 词条内容由网友编辑，本站不保证其准确性⟧</div>
</body></html>
""",
        body="""
全国农业普查是为了全面了解农业、农村和农民的基本情况，由国家统一组织开展的周期性普查，每十年进行一次。
普查内容主要包括农业生产经营人员数量和结构、农业生产条件、土地利用情况、农村基础设施和基本社会服务、农民生活条件等。
普查采用全面调查的方法，由各级人民政府设立普查机构组织实施，普查员入户登记。普查对象应当如实填报普查表，不得虚报、瞒报、拒报。
普查取得的单位和个人资料，严格限定用于普查目的，不得作为任何单位对普查对象实施处罚的依据。
""",
    ),
]
