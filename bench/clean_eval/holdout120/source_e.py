"""holdout120, part E: a children's weight clinic, a geographical-indication research centre, night
construction noise, end-of-life vehicle recycling, radio monitoring at exams, school-uniform
procurement, labour dispatch, a mediation committee, hospital carers, a livestream-sales company and
hearing-aid fitters. Everything invented; see ../build.py."""

CASES = [
    dict(
        slug="hospital-yangzhou-kids-weight-clinic-text",
        site="杨洲市儿童医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yzetyy.example.cn/news/notice/20250710-2231.html",
        title="关于开设儿童体重门诊暑期专场的通知",
        record_title="【门诊公告】关于开设儿童体重门诊暑期专场的通知",
        date="2025-07-10",
        notes="hospital text page: decorated title, booking line and a mini-program prompt at the top, the clinic's own 咨询电话 kept; the notice tells parents to 关注 the hospital's account to book (kept)",
        page="""
!m 杨洲市儿童医院　三级甲等儿童专科医院
!w 预约挂号请拨 0514-8720 1200（7:30—20:00）
!m 首页 ＞ 新闻中心 ＞ 通知公告
!t 【门诊公告】关于开设儿童体重门诊暑期专场的通知
!m 发布：门诊部　　日期：2025-07-10　　阅读：2318
{BODY}
!a 微信搜索“杨洲儿童医院”小程序，挂号缴费不排队
!l 相关新闻：我院举办儿童青少年近视防控义诊 | 暑期儿童意外伤害防范提示
!d Copyright©杨洲市儿童医院 版权所有
""",
        body="""
各位家长：
暑假是孩子调整饮食和运动习惯的好时机。为帮助超重、肥胖儿童科学管理体重，我院内分泌科、临床营养科、康复科联合开设儿童体重门诊暑期专场。
一、开诊时间：7月15日至8月29日，每周二、周四下午。
二、服务内容：体成分分析、血糖血脂等相关检查，由医生、营养师、运动康复师共同制定个体化饮食和运动方案，每两周随访一次。
三、预约方式：请家长关注我院官方公众号，在“预约挂号”栏目选择“儿童体重门诊”。
四、注意事项：首次就诊请空腹，并携带孩子近期的身高体重记录。
咨询电话：0514-8720 1356（内分泌科门诊）
杨洲市儿童医院门诊部
2025年7月10日
""",
    ),
    dict(
        slug="university-hehu-gi-research-news-html",
        site="禾湖学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hehu.example.edu.cn/xwzx/xyxw/2025-11/28/content_4421.html",
        title="我校地理标志产品研究中心发布县域地理标志产品发展报告",
        record_title="我校地理标志产品研究中心发布县域地理标志产品发展报告 - 学院新闻 - 禾湖学院",
        date="2025-11-28",
        notes="college site: quick-links bar (OA, 邮箱, 图书馆), 作者/审核 line, a photo caption between paragraphs, share bar and footer with an address and 邮编",
        page="""
<html><head><meta charset="utf-8"><title>我校地理标志产品研究中心发布县域地理标志产品发展报告 - 学院新闻 - 禾湖学院</title></head><body>
<div class="quick">⟦m 信息门户 ｜ 办公OA ｜ 电子邮箱 ｜ 图书馆 ｜ English⟧</div>
<div class="logo">⟦m 禾湖学院 HEHU COLLEGE⟧</div>
<div class="nav">⟦m 学校概况　院系设置　教育教学　科学研究　招生就业　合作交流⟧</div>
<div class="path">⟦m 首页 &gt; 新闻中心 &gt; 学院新闻⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：经济管理学院 阮明　审核：莫纬　发布时间：2025-11-28　点击数：1044⟧</div>
{BODY}
<div class="share">⟦l 分享到：⟧⟦l 微信 · 微博 · 复制链接⟧</div>
<div class="foot">⟦m 地址：禾湖市学府路1号　邮编：330800⟧<br>⟦d 禾湖学院宣传部版权所有⟧</div>
</body></html>
""",
        body="""
11月26日，我校地理标志产品研究中心在禾湖市发布《县域地理标志产品发展报告（2025）》。
报告对全省八十六个县的三百一十二个地理标志产品进行了调查分析，指出地理标志产品已成为县域特色产业的重要品牌，但也存在使用率不高、标准执行不严、产业链条短等问题。
⟦m 图为研究中心主任晏秋作报告解读。⟧
报告建议，各地要建立地理标志产品质量追溯体系，推动龙头企业和合作社规范使用专用标志，加强与电商平台合作，提升产品附加值。
研究中心成立于2021年，先后为十余个县编制地理标志产品发展规划。
""",
    ),
    dict(
        slug="localforum-qinghe-night-noise-reply-html",
        site="青禾在线 (invented)",
        style="地方论坛",
        genre="回复",
        kind="other",
        form="html",
        source="https://www.qingheonline.example.com/wenzheng/show-20925.html",
        title="关于滨江路夜间施工噪声扰民问题的回复",
        record_title="问政｜关于滨江路夜间施工噪声扰民问题的回复 - 青禾在线",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="county forum's 问政 board: the resident's complaint box (list) above the reply, processing status and satisfaction vote; the department's reply signed and dated; the department's own 投诉电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>问政｜关于滨江路夜间施工噪声扰民问题的回复 - 青禾在线</title></head><body>
<div class="top">⟦m 青禾在线 · 网络问政平台⟧ ⟦a 我要留言⟧</div>
<div class="path">⟦m 问政首页 » 城建环保 » 已回复⟧</div>
<div class="ask"><p>⟦l 网友“江边住户”留言：滨江路工地每天晚上十一点后还在打桩，孩子睡不着，希望管一管。⟧</p><p>⟦m 留言时间：2025-08-28 23:41⟧</p></div>
<div class="status">⟦m 办理状态：已办结　办理单位：县住房和城乡建设局　回复时间：2025-09-03⟧</div>
<h2>{T}</h2>
{BODY}
<div class="vote">⟦l 您对本次回复是否满意：满意 (41)　基本满意 (12)　不满意 (5)⟧</div>
<div class="ft">⟦d 网友留言仅代表个人观点，与本站立场无关⟧　⟦m 青禾在线　客服电话：0597-5230001⟧</div>
</body></html>
""",
        body="""
网友“江边住户”：
您反映的问题已收悉。经我局执法人员现场核查，滨江路改造工程施工单位为赶工期，存在夜间超时施工的情况。
我局已责令施工单位立即停止夜间打桩作业，确因工艺要求需连续施工的，必须提前办理夜间施工许可并向周边居民公告。同时，我局已对施工单位作出警告处理，并安排执法人员近期每晚巡查。
如再发现夜间违规施工，请拨打县住建局城建监察大队投诉电话0597-5236612。
感谢您对城市建设工作的关心和支持。
青禾县住房和城乡建设局
2025年9月2日
""",
    ),
    dict(
        slug="download-wenku88-vehicle-scrapping-plan-markers",
        site="文库八八下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.wenku88.example.net/fangan/2025/62210.html",
        title="报废机动车回收拆解行业专项整治工作方案",
        record_title="报废机动车回收拆解行业专项整治工作方案.doc",
        date="2025-04-02",
        notes="download station text: file-name title, file-info lines, page markers ⧼n⧽ glued or not cutting sentences, a dead-link report and a disclaimer; 成文日期",
        page="""
!m 文库八八下载站 — 海量文档 免费下载
!m 当前位置：首页 >> 工作方案 >> 专项整治
!t 报废机动车回收拆解行业专项整治工作方案.doc
!m 文档大小：56KB　　文档格式：doc　　授权方式：免费　　下载次数：413
{BODY}
!a ↓ 立即下载　　↓ 备用下载
!a 下载不了？点此反馈
!d 本站文档均来源于网络，仅供学习研究之用，请于下载后24小时内删除。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⧼{n}⧽", every=140, start=2, glue="mix"),
        body="""
为规范报废机动车回收拆解秩序，严厉打击非法拼装、倒卖报废车辆行为，决定在全县开展报废机动车回收拆解行业专项整治。现制定如下方案。
一、整治范围
全县范围内的报废机动车回收拆解企业、二手车交易市场、汽车维修企业及非法拆解窝点。
二、整治重点
（一）未取得资质从事报废机动车回收拆解的行为。
（二）回收拆解企业未按规定拆解“五大总成”、倒卖报废车辆的行为。
（三）拆解过程中随意排放废油、废液，造成环境污染的行为。
三、职责分工
商务部门牵头负责资质核查，公安交管部门负责报废车辆注销登记核查，生态环境部门负责环境污染查处。
四、时间安排
专项整治自2025年4月开始，至10月底结束。
枫渡县商务局
2025年4月2日
""",
    ),
    dict(
        slug="renshi-ziyang-exam-radio-monitoring-html",
        site="紫阳州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zyzrsks.example.gov.cn/kwgg/2025/1024/8803.html",
        title="关于在全州专业技术人员职业资格考试期间实施无线电监测的公告",
        record_title="【考务公告】关于在全州专业技术人员职业资格考试期间实施无线电监测的公告",
        date="2025-10-24",
        notes="exam site: decorated record title, a candidate-login row, a floating consult box, the committee's own 举报电话 kept, a sentence telling candidates to 打印 their admission cards (kept)",
        page="""
<html><head><meta charset="utf-8"><title>紫阳州人事考试网</title></head><body>
<div class="top">⟦m 紫阳州人事考试网⟧ ⟦a 考生登录 | 准考证打印入口 | 成绩查询⟧</div>
<div class="nav">⟦m 首页 ｜ 考试公告 ｜ 考务动态 ｜ 政策法规 ｜ 考生服务⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布日期：2025-10-24　来源：州人事考试院⟧</p>
{BODY}
<div class="float">⟦w 考生咨询 0743-8230212⟧<br>⟦a 在线留言⟧</div>
<div class="bottom">⟦d 本网站为紫阳州人事考试院唯一官方网站，未授权任何机构发布考试信息⟧</div>
<div class="bottom">⟦m 主办：紫阳州人事考试院　湘ICP备13001442号⟧</div>
</body></html>
""",
        body="""
为维护考试公平公正，严厉打击利用无线电设备作弊的行为，州人事考试院会同州无线电管理局，在2025年度专业技术人员职业资格考试期间对各考点实施无线电监测。现将有关事项公告如下。
一、监测时间：考试当日7时至18时。
二、监测范围：全州各考点及其周边五百米范围。
三、有关要求：考生不得携带手机、智能手表、耳机等无线通讯工具进入考场；请考生提前打印准考证并仔细阅读考试须知。对利用无线电设备作弊的，依法依规严肃处理；构成犯罪的，移送司法机关追究刑事责任。
四、社会监督：欢迎社会各界监督，发现组织作弊等违法行为，请拨打举报电话0743-8230218。
紫阳州人事考试院
紫阳州无线电管理局
2025年10月24日
""",
    ),
    dict(
        slug="tender-huaxi-school-uniform-result",
        site="花溪区政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.huaxiqu.example.gov.cn/cggg/zbgg/2025/0815/5526.html",
        title="花溪区中小学生校服采购项目中标结果公告",
        record_title="花溪区中小学生校服采购项目中标结果公告",
        date="2025-08-15",
        notes="procurement site: result table one row a paragraph, the buyer's and agency's contacts kept, a CA/e-bidding hotline chrome, an objection notice kept in the body",
        page="""
!m 花溪区政府采购网
!m 首页 › 采购公告 › 中标（成交）结果公告
{T}
!m 发布时间：2025-08-15 17:05　　浏览：276
{BODY}
!w 电子投标系统技术服务热线：400-090-3313
!l 同项目公告：花溪区中小学生校服采购项目公开招标公告 | 更正公告（一）
!m 主办单位：花溪区财政局　　网站识别码：5201110003
""",
        body="""
一、项目编号：HXCG-2025-0617
二、项目名称：花溪区中小学生校服采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第一包　锦程服饰有限公司　1862400.00
第二包　美雅校服制造有限公司　1437500.00
四、主要标的信息：夏装、秋装、冬装及运动装，具体规格见招标文件。
五、公告期限：自本公告发布之日起1个工作日。
六、其他补充事宜：各有关当事人对中标结果有异议的，可在公告期限届满之日起七个工作日内以书面形式提出质疑。
七、联系方式
采购人：花溪区教育局　联系人：桂婷　电话：0851-8430712
采购代理机构：正衡招标代理有限公司　联系人：邝磊　电话：0851-8459020
""",
    ),
    dict(
        slug="lawfirm-zhengyan-labour-dispatch-html",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="html",
        source="https://www.zhengyanlaw.example.cn/article/labour/2025-0306.html",
        title="用工单位使用劳务派遣的五条合规红线",
        record_title="用工单位使用劳务派遣的五条合规红线_律师文集_正言律师事务所",
        date="2025-03-06",
        notes="law-firm page: lawyer card in a sidebar, an online-consult button, a disclaimer, practice-area menu; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>用工单位使用劳务派遣的五条合规红线_律师文集_正言律师事务所</title></head><body>
<div class="hd">⟦m 正言律师事务所⟧ ⟦m 专业 · 严谨 · 尽责⟧</div>
<div class="menu">⟦m 律所简介　业务领域　律师团队　律师文集　联系我们⟧</div>
<div class="main">
<h1>{T}</h1>
<p class="meta">⟦m 作者：劳动法律事务部 何澜律师　发布日期：2025-03-06　阅读 802⟧</p>
{BODY}
<p class="disclaimer">⟦d 声明：本文仅代表作者观点，不视为正言律师事务所出具的法律意见或建议。⟧</p>
</div>
<div class="side"><p>⟦m 何澜　合伙人律师⟧</p><p>⟦w 咨询电话：138 0751 6624⟧</p><p>⟦a 在线预约律师⟧</p></div>
<div class="ft">⟦m 地址：岭南市天和路88号正言大厦20层⟧ ⟦d ©正言律师事务所 版权所有⟧</div>
</body></html>
""",
        body="""
近年来，我们代理的劳动争议案件中，因劳务派遣用工不规范引发的纠纷占比明显上升。结合办案经验，提醒用工单位注意以下五条红线。
一、岗位限制。劳务派遣只能在临时性、辅助性或者替代性的工作岗位上实施，主营业务的核心岗位不能长期使用派遣工。
二、比例限制。使用的被派遣劳动者数量不得超过用工总量的百分之十。
三、资质审查。劳务派遣单位必须取得劳务派遣经营许可证，与无资质单位合作的，用工单位可能被认定为直接用工。
四、同工同酬。被派遣劳动者享有与用工单位劳动者同工同酬的权利。
五、不得自派遣。用人单位不得设立劳务派遣单位向本单位或者所属单位派遣劳动者。
用工单位应定期开展自查，发现问题及时整改，避免承担连带赔偿责任。
""",
    ),
    dict(
        slug="community-zhuyuan-mediation-minutes-wrapped",
        site="竹苑社区 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.zhuyuansq.example.cn/tiaojie/2025/0412.html",
        title="竹苑社区人民调解委员会第一季度例会纪要",
        record_title=None,
        date="2025-04-11",
        date_also=["2025-04-12"],
        notes="residents' site: no record title (found under the breadcrumb), hard-wrapped at 62 columns, minutes' 时间/地点/主持/出席/记录 lines and a case table kept; a neighbourhood WeChat-group prompt",
        page="""
!m 竹苑社区网　邻里一家亲
!m 社区首页 › 平安竹苑 › 人民调解
{T}
!m 社区居委会　2025-04-12
{BODY}
!w 有矛盾找调解，扫码加入“竹苑和事佬”微信群
!l 👍 点赞(18)　　留言(2)
!d 竹苑社区居民委员会 主办
""",
        wrap=62,
        body="""
时间：2025年4月11日下午3时
地点：社区二楼调解室
主持：调委会主任 甘秀兰
出席：调委会委员、网格员、法律顾问 柯俊
记录：唐小雨
一、一季度调解情况
类型　受理　调解成功
邻里纠纷　9　8
物业纠纷　5　4
家庭纠纷　3　3
二、会议讨论了楼上漏水引发的邻里纠纷的调解思路。法律顾问建议先请物业出具漏水原因说明，再组织双方协商维修费用分担。
三、会议决定，二季度在各楼栋推选“楼栋和事佬”，每月组织一次法律知识讲座。
""",
    ),
    dict(
        slug="association-hugong-carers-training-html",
        site="檀州市护理服务行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tzhlxh.example.org/tzgg/2025-06-30.html",
        title="关于举办第二期医疗护理员岗前培训班的通知",
        record_title="关于举办第二期医疗护理员岗前培训班的通知",
        date="2025-06-30",
        notes="association page: member zone, a sign-up button glued after a paragraph, the notice's own 报名联系人 kept, 附件 line, the association's footer",
        page="""
<html><head><meta charset="utf-8"><title>关于举办第二期医疗护理员岗前培训班的通知 - 檀州市护理服务行业协会</title></head><body>
<div class="top">⟦m 檀州市护理服务行业协会⟧ ⟦a 会员专区　在线缴费⟧</div>
<div class="nav">⟦m 协会简介 / 通知公告 / 行业资讯 / 培训考核 / 会员单位⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 发布单位：协会培训部　时间：2025-06-30⟧</p>
{BODY}
<div class="ft">⟦m 协会地址：檀州市卫康路12号　电话：0752-6601155⟧<br>⟦d 版权所有 檀州市护理服务行业协会⟧</div>
</body></html>
""",
        body="""
各会员单位：
为提升医疗护理员服务能力，协会定于7月14日至7月25日举办第二期医疗护理员岗前培训班。现将有关事项通知如下。
一、培训对象：各医疗机构、家政服务机构新招录的医疗护理员，每单位限报五人。
二、培训内容：生活照护、安全防护、感染防控、常见病护理和职业道德，理论与实操各占一半。⟦a 点击在线报名⟧
三、考核发证：培训结束后进行考核，合格者颁发培训合格证书。
四、报名方式：请于7月8日前将报名表发送至协会邮箱tzhlxh@example.org。报名联系人：游娟，电话：0752-6601172。
附件：第二期医疗护理员岗前培训班报名表
檀州市护理服务行业协会
2025年6月30日
""",
    ),
    dict(
        slug="corp-nongxiang-livestream-year-summary",
        site="农香直播电商有限公司 (invented)",
        style="企业官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.nongxiang-live.example.com/about/news/2026-0108.html",
        title="农香直播电商2025年度工作总结",
        record_title="农香直播电商2025年度工作总结-公司动态-农香直播电商有限公司",
        date="2026-01-08",
        notes="company site as text: slogan and menu, a 'join us' ad between paragraphs, a customer-service line, the summary's own figures table kept; 成文日期",
        page="""
!m 农香直播 · 让好农货走出大山
!m 首页　公司介绍　助农直播　合作入驻　公司动态　联系我们
!t 农香直播电商2025年度工作总结
!m 公司动态　2026-01-08　浏览 640
{BODY}
!w 农户合作入驻热线：0745-8812345　商务合作微信：nongxianglive
!l 上一条：农香直播获评省级电商示范企业
!d © 2020-2026 农香直播电商有限公司
""",
        body="""
2025年，公司坚持助农直播定位，全年开展直播一千三百余场，带动销售本地农产品一点六亿元。
一、业绩情况
品类　销售额（万元）　同比增长
腊肉香肠　5120　18%
高山茶叶　3860　26%
干果山货　4410　12%
⟦a 诚聘主播、运营，欢迎投递简历⟧
二、助农成效
与一百二十个合作社签订长期供货协议，带动四千余户农户增收，培训“农民主播”三百二十人。
三、存在不足
品控仍有短板，部分产品售后投诉较多；物流成本偏高。
四、2026年打算
建设产地预冷仓和分拣中心，完善产品溯源体系，力争销售额突破两亿元。
农香直播电商有限公司
2026年1月8日
""",
    ),
    dict(
        slug="training-tingyue-hearing-aid-fitter-html",
        site="听悦职业培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tingyue-edu.example.cn/news/2025-0915.html",
        title="助听器验配师职业技能等级认定培训开班通知",
        record_title="助听器验配师职业技能等级认定培训开班通知（2025秋季）",
        date="2025-09-15",
        notes="training school: decorated title, a chat widget, a coupon bar, a course ad between paragraphs, a fee table, school's 报名电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>助听器验配师职业技能等级认定培训开班通知（2025秋季）</title></head><body>
<div class="coupon">⟦a 🎁 领取200元学费抵扣券⟧</div>
<div class="nav">⟦m 听悦职业培训学校⟧ ⟦m 首页 | 课程 | 师资 | 学员风采 | 关于我们⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 教务处 · 2025-09-15⟧</p>
{BODY}
<div class="chat">⟦w 在线客服 · 点击咨询⟧</div>
<div class="ft">⟦m 听悦职业培训学校　民办学校办学许可证 教民14401007000339⟧</div>
</body></html>
""",
        body="""
各位学员：
2025年秋季助听器验配师职业技能等级认定培训班定于10月11日开班。现将有关事项通知如下。
一、培训对象：从事助听器验配、听力检测工作的人员，以及医学、听力学相关专业毕业生。
二、培训内容：听力学基础、纯音测听、助听器选配与调试、耳模制作和听力康复指导。
⟦a 热门推荐：听力检测技术短期班，周末班火热报名中⟧
三、培训费用
等级　课时　费用（元）
四级　120　3800
三级　160　4800
四、报名方式：报名电话0756-3312098，报名时需提交身份证复印件、学历证明和一寸照片两张。
听悦职业培训学校教务处
2025年9月15日
""",
    ),
]
