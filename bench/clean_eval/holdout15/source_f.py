"""Holdout15, part F: service sites no earlier part names — a community health service
centre, a hospital of traditional Chinese medicine, an online petition board's reply, a
paid knowledge circle's Q&A, a document-writing encyclopaedia entry, a regulations
database, a nursing home, a neighbourhood centre's residents' council, a legal-aid centre,
an intellectual-property agency and a funeral administration in a search cache. Invented
text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="chsc-nanling-family-doctor-notice-html",
        site="鹤汕市南岭社区卫生服务中心 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.nlsqws.example.org.cn/tzgg/2025/0301/57.html",
        title="关于开展2025年家庭医生签约服务集中宣传月活动的通知",
        record_title="关于开展2025年家庭医生签约服务集中宣传月活动的通知",
        record_date="2025-03-01",
        date="2025-03-01",
        notes="a community health centre: an appointment button bar, a department list, an outpatient-hours box; the notice's own 签约 hotline and a sentence telling residents to follow the centre's account to book; a service-package table one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展2025年家庭医生签约服务集中宣传月活动的通知-南岭社区卫生服务中心</title></head>
<body>
<div class="top">⟦m 鹤汕市南岭社区卫生服务中心⟧ <span>⟦m 守护居民健康的家门口医院⟧</span></div>
<div class="quick">⟦a 预约挂号｜报告查询｜疫苗预约｜健康档案⟧</div>
<div class="nav">⟦m 首页　中心概况　科室导航　家庭医生　健康科普　党建工作⟧</div>
<div class="page">
<div class="cur">⟦m 位置导航：首页 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：2025-03-01　点击：702⟧</div>
<div class="article">
{BODY}
</div>
</div>
<div class="hours"><h4>⟦m 门诊时间⟧</h4><p>⟦m 周一至周日 8:00-12:00 14:00-17:30⟧</p></div>
<div class="depts"><h4>⟦l 科室导航⟧</h4><p>⟦l 全科门诊　中医科　口腔科　预防接种门诊　康复科⟧</p></div>
<div class="ft">⟦m 地址：鹤汕市南岭街道锦屏路45号　咨询电话：0754-8890 2120⟧<br>⟦d 本站健康科普内容仅供参考，不能替代医生诊疗⟧</div>
</body></html>
""",
        body="""
各社区居委会、辖区各单位：
为进一步提高居民对家庭医生签约服务的知晓率和满意度，中心决定于2025年3月在全街道开展家庭医生签约服务集中宣传月活动。现将有关事项通知如下：
一、活动内容
1. 家庭医生团队进社区，现场为居民提供健康咨询、血压血糖测量和签约服务；
2. 重点人群上门随访，对65岁以上老年人、慢性病患者、孕产妇等重点人群开展入户宣传；
3. 健康讲座，每个社区举办一场慢性病防治知识讲座。
二、服务包内容
服务包名称　服务对象　主要内容
基础包　全体签约居民　健康档案管理、健康咨询、预约转诊
慢病包　高血压、糖尿病患者　每季度随访、用药指导、免费血糖检测
老年包　65岁以上老年人　每年一次健康体检、中医体质辨识
三、签约方式
居民可到中心一楼家庭医生服务台签约，也可关注中心公众号在线预约签约，签约咨询电话：0754-8890 2135。
请各社区居委会积极配合，做好宣传发动和场地保障工作。
鹤汕市南岭社区卫生服务中心
2025年3月1日
""",
    ),
    dict(
        slug="tcmhospital-dianshui-sanfu-notice-wrapped",
        site="淀水市中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.dszyy.example.com/yygg/2025/0625/613.html",
        title="关于2025年“三伏贴”冬病夏治门诊安排的通知",
        record_title="【医院公告】关于2025年“三伏贴”冬病夏治门诊安排的通知",
        date="2025-06-25",
        notes="a hospital's announcement hard-wrapped at 60 columns; decorated record title; the notice's own 时间表 one row a paragraph, a 预约 sentence mentioning 微信扫码; the site's appointment hotline and an 互联网医院 prompt; a 发布时间 byline equal to the signature date",
        page="""
!m 淀水市中医院　大医精诚
!m 首页 > 医院公告
{T}
!m 发布时间：2025-06-25　作者：门诊部
{BODY}
!a 【互联网医院】足不出户问诊开方，点击进入
!m 预约电话：0571-8862 0120　急诊：0571-8862 0999
!d 淀水市中医院　版权所有
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
“三伏贴”是我院传统特色疗法，依据中医“冬病夏治”理论，在三伏天将特制药物贴敷于特定穴位，对慢性支气管炎、哮喘、过敏性鼻炎、虚寒性胃痛等疾病有较好的预防和辅助治疗作用。现将今年“三伏贴”门诊安排通知如下：
一、贴敷时间
伏次　日期
初伏　7月20日至7月29日
中伏　7月30日至8月18日
末伏　8月19日至8月28日
二、贴敷地点
门诊楼二楼“三伏贴”专病门诊，每日8:00—12:00，14:00—17:00。
三、预约方式
患者可通过微信扫描门诊大厅张贴的二维码预约，也可拨打预约电话或现场挂号。首次贴敷须经医师面诊，开具处方后方可贴敷。
四、注意事项
孕妇、皮肤过敏者、发热患者及贴敷部位皮肤破损者不宜贴敷。贴敷期间忌食生冷辛辣，贴敷时间成人一般为4至6小时，儿童为1至2小时。
淀水市中医院
2025年6月25日
""",
    ),
    dict(
        slug="petitionboard-liaochuan-reply-citizen-message",
        site="蓼川县网络问政平台 (invented)",
        style="问答社区",
        genre="答复",
        kind="other",
        form="text",
        source="https://wz.liaochuan.example.gov.cn/detail/2025041601122.html",
        title="城北安置小区二期什么时候交房？",
        record_title="城北安置小区二期什么时候交房？_蓼川县网络问政平台",
        date="2025-04-16",
        notes="an online petition board: the citizen's message (neutral lines) with its own time line, a status badge and a reply header; the department's reply is the body, with its own 联系电话; a satisfaction-rating box; the reply's signature date",
        page="""
!m 蓼川县网络问政平台　|　有事您说话
!m 首页 > 留言详情
!m 留言编号：LC2025041601122　类型：咨询　状态：已办结
{T}
网友“城北老住户”：我家是城北片区拆迁户，安置协议上写的是2024年底交房，现在已经过了好几个月，还没有消息，请问二期到底什么时候能交房？
!m 留言时间：2025-04-08 20:13
!m 答复单位：蓼川县住房和城乡建设局
{BODY}
!a 您对本次答复是否满意？　○满意　○基本满意　○不满意　提交评价
!l 相似留言：城北安置小区一期不动产证何时办理？ / 安置房装修补贴怎么领？
""",
        body="""
网友您好：
您反映的问题收悉，现答复如下：
城北安置小区二期共建设安置房1260套，因施工期间地下管网迁改和连续降雨影响，工程进度有所延后。目前，主体工程已全部完工，正在进行室外配套和竣工验收准备工作。
经与项目建设单位核实，预计于2025年6月底前完成竣工验收，7月份组织分批交房。具体交房时间和办理流程，将由城北街道办事处提前通知安置户。
如有其他疑问，可拨打县住建局安置房建设管理办公室电话0738-3226 105咨询。
感谢您对住房保障工作的关心和支持！
蓼川县住房和城乡建设局
2025年4月16日
""",
    ),
    dict(
        slug="knowledgecircle-qa-relative-time-no-date",
        site="笔耕星球 (invented paid knowledge circle)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wx.bigengxq.example.com/group/4821/topic/99120376",
        title="单位让写“经验材料”，和工作总结有什么区别？",
        record_title=None,
        date=None,
        notes="no record title, no date (only a relative time 3天前); a paid circle: the member's question line, the owner's answer as body with a 1. 2. 3. list, a members-only notice, likes, a circle card with a join price",
        page="""
!m 笔耕星球 · 公文写作陪跑营
!m 星主：老温　成员 3,106　主题 1,288
!m 提问者：豆豆（星球成员）
{T}
!m 星主 老温 回答　3天前
{BODY}
!l 👍 86　💬 12　⭐ 收藏
!d 本内容仅限星球成员查看，禁止截图转载
!a 加入星球 ¥199/年，解锁全部1288条精华
""",
        body="""
这个问题问得好，很多同志把两者混为一谈。简单说，工作总结是“写全面”，经验材料是“写亮点”。
1. 目的不同。工作总结是向上级和本单位全面报告一段时间的工作，成绩、问题、打算都要写；经验材料是为了推广做法，让别人学得会、用得上。
2. 结构不同。总结一般按“基本情况—主要成效—存在问题—下步打算”来写；经验材料通常是“背景—做法—成效—启示”，重点在做法。
3. 写法不同。经验材料的每一条做法都要提炼出一个有概括力的小标题，后面跟具体举措和数据，最好有一两个鲜活的例子。
建议你先找准单位最有特色的一两项工作，把“怎么做的”讲清楚，再用数据说明效果，这样写出来的经验材料才有推广价值。
""",
    ),
    dict(
        slug="gwbaike-entry-request-sample-dates",
        site="公文百科 (invented encyclopaedia of official writing)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.gongwen.example.com/item/请示",
        title="请示",
        record_title="请示_公文百科",
        date=None,
        notes="an encyclopaedia entry: edit/collect buttons, a 目录 box, view and edit counts, a last-updated stamp (no date), a 参考资料 list and a contributor note; the entry's sample request with ×× placeholders and an example date 2024年6月1日 inside a sentence (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>请示_公文百科</title></head>
<body>
<div class="hd">⟦m 公文百科⟧ <input value="请示"> <a>⟦a 进入词条⟧</a> <a>⟦a 帮助⟧</a></div>
<div class="entry">
<h1>{T}</h1>
<div class="ops">⟦a ✎ 编辑　☆ 收藏　👍 点赞 264⟧</div>
<div class="catalog">⟦l 目录　1 定义　2 特点　3 结构　4 范例　5 注意事项⟧</div>
{BODY}
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 党政机关公文处理工作条例⟧</p><p>⟦l 2. 党政机关公文格式国家标准⟧</p></div>
<div class="stat">⟦m 浏览次数：58,310　编辑次数：23次　最近更新：清风徐来（2025-02-19）⟧</div>
</div>
<div class="ft">⟦d 词条内容仅供参考，如需解决具体问题，请咨询专业人士⟧　⟦m ©2025 公文百科⟧</div>
</body></html>
""",
        body="""
请示是适用于向上级机关请求指示、批准的公文，属于上行文。
特点
请示具有“一文一事”的特点，一份请示只能请求一个事项；请示应当在事前行文，不能“先斩后奏”；请示一般只写一个主送机关，不得同时抄送下级机关。
结构
请示一般由标题、主送机关、正文、落款和成文日期组成。正文通常包括请示缘由、请示事项和结束语三部分，结束语常用“妥否，请批示”“当否，请批复”等。
范例
关于××镇申请拨付防汛应急物资储备资金的请示
××县人民政府：
今年入汛以来，我镇降雨量较常年偏多三成，现有防汛物资不能满足应急需要。为确保安全度汛，特申请拨付防汛应急物资储备资金××万元。
妥否，请批示。
××镇人民政府
××××年×月×日
注意事项
写请示要把理由讲充分、把事项讲具体。例如，某单位在2024年6月1日报送的请示中只写了“申请经费”，没有写明金额和用途，就被上级退回修改。
""",
    ),
    dict(
        slug="lawdb-regulation-articles-publish-field",
        site="法规通数据库 (invented regulations database)",
        style="百科问答",
        genre="办法",
        kind="other",
        form="text",
        source="https://www.faguitong.example.com/law/dfgz/2025/songyang-066.html",
        title="崧阳市城市绿地养护管理办法",
        record_title="崧阳市城市绿地养护管理办法",
        date="2025-01-24",
        notes="a regulations database: metadata fields (发布部门, 发布日期 — the page's date —, 实施日期, 时效性, 效力级别) as chrome (the 发文字号 field line left neutral), a paid 下载 and 对比 row, a 法条关联 box; an 施行 date in the last article is no date",
        page="""
!m 法规通 · 中国法律法规检索
!m 地方法规规章 > 地方政府规章
{T}
!m 【发布部门】崧阳市人民政府
【发文字号】崧阳市人民政府令第31号
!m 【发布日期】2025.01.24　【实施日期】2025.03.01
!m 【时效性】现行有效　【效力级别】地方政府规章
!a 全文下载（会员）　｜　法条对比　｜　引用本文
{BODY}
!l 【法条关联】中华人民共和国城乡规划法　城市绿化条例
!d 本库文本仅供参考，以官方正式公布的文本为准
""",
        body="""
第一条　为了加强城市绿地养护管理，巩固城市绿化成果，改善人居环境，根据《城市绿化条例》等有关法律法规，结合本市实际，制定本办法。
第二条　本办法适用于本市城市规划区内公园绿地、防护绿地、附属绿地等各类城市绿地的养护管理活动。
第三条　市城市管理部门是本市城市绿地养护管理的主管部门，负责组织实施本办法。各区人民政府负责本辖区内城市绿地养护管理的监督工作。
第四条　城市绿地养护实行分级管理。公园绿地、道路绿地由城市管理部门负责养护；单位附属绿地由所在单位负责养护；居住区绿地由物业服务企业或者业主委员会负责养护。
第五条　任何单位和个人不得擅自砍伐、移植城市树木，不得擅自占用城市绿地。确需占用的，应当依法办理审批手续，并按照规定予以补偿。
第六条　本办法自2025年3月1日起施行。
""",
    ),
    dict(
        slug="nursinghome-cuiping-family-notice-html",
        site="翠屏颐养院 (invented nursing home)",
        style="社区网站",
        genre="告知书",
        kind="notice",
        form="html",
        source="https://www.cuipingyy.example.com/news/gonggao/2025/0115.html",
        title="翠屏颐养院2025年春节期间家属探视告知书",
        record_title=None,
        date="2025-01-15",
        notes="no record title; a nursing home's site: a bed-availability banner, a 参观预约 button, a photo-gallery sidebar; the notice's own visiting-hours table one row a paragraph and 前台 phone next to the footer's admission hotline; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>翠屏颐养院</title></head>
<body>
<div class="head">⟦m 翠屏颐养院 · 医养结合示范机构⟧</div>
<div class="bn">⟦a 床位紧张，现仍有少量护理型床位，欢迎来电咨询⟧ <a>⟦a 预约参观⟧</a></div>
<div class="menu">⟦m 首页　走进颐养　生活照护　医疗康复　院内动态　入住指南⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="date">⟦m 院内动态 · 2025-01-15⟧</div>
{BODY}
</div>
<div class="side"><h4>⟦l 精彩瞬间⟧</h4><p>⟦l 长者生日会⟧</p><p>⟦l 重阳节文艺汇演⟧</p></div>
<div class="foot">⟦m 入住咨询热线：0831-2266 5858　地址：翠屏区南山路299号⟧</div>
</body></html>
""",
        body="""
各位长者家属：
新春佳节即将来临，为让长者们度过一个安全、温馨、祥和的春节，现将春节期间（1月25日至2月4日）家属探视有关事项告知如下：
一、探视时间
时段　上午　下午
1月25日至2月4日　9:00—11:00　14:30—17:00
除夕（1月28日）　9:00—11:00　14:30—19:30
二、探视要求
1. 探视前请在前台登记，每次探视人员不超过3人，12岁以下儿童须由成人陪同；
2. 有发热、咳嗽等症状的家属，请暂缓探视，可通过视频方式与长者联系；
3. 请勿为长者带入过期食品、高糖高盐食品和酒类，所带食品请交护理员统一登记保管。
三、接长者回家过节
家属如需接长者回家过节，请提前一天向护理部申请，签订离院安全责任书，返院时须告知护理员长者在家期间的身体情况。
前台联系电话：0831-2266 5800。
祝各位长者和家属新春快乐、阖家幸福！
翠屏颐养院
2025年1月15日
""",
    ),
    dict(
        slug="neighbourhood-penglaili-council-minutes-missing",
        site="蓬莱里邻里中心 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.penglaili-ll.example.cn/yishi/2025-08-12.html",
        title="蓬莱里社区居民议事会第三次会议纪要",
        record_title=None,
        date="2025-08-12",
        date_also=["2025-08-08"],
        notes="no record title; a neighbourhood centre's page: a room-booking prompt, an activity calendar line, a 意见箱 prompt; minutes with 时间/地点/主持/出席 lines, a vote count, the minutes' own 公示 sentence; the meeting date also accepted",
        page="""
!m 蓬莱里邻里中心　邻里守望　幸福同行
!a 场地预约 ▸ 活动室 / 书画室 / 多功能厅
!m 本周活动：周二书法班　周四健康讲座　周六亲子阅读
{T}
{BODY}
!w 有想法、有建议？欢迎投入一楼大厅“居民意见箱”或拨打邻里中心电话
!l 往期议事：第二次会议纪要（电动车充电棚选址）
!m 蓬莱里邻里中心　开放时间 8:00-20:30
""",
        body="""
时间：2025年8月8日19:30
地点：邻里中心三楼多功能厅
主持：社区党委书记　许静
出席：居民议事会成员15人，社区民警、物业公司代表列席
会议议题：研究老旧小区屋面防水维修资金使用方案。
一、物业公司通报了6号、9号、11号楼屋面渗漏情况，提出维修方案和预算，总费用约18.6万元，拟使用专项维修资金支付。
二、与会成员对方案进行了讨论，建议增加施工期间的安全防护措施，维修完成后由议事会成员和楼栋长参与验收。
三、会议对方案进行表决，应到15人，实到15人，同意14人，弃权1人，方案获得通过。
四、会议议定，由社区居委会将维修方案在小区公告栏公示7天，公示无异议后按程序申请使用维修资金。
蓬莱里社区居委会
2025年8月12日
""",
    ),
    dict(
        slug="legalaid-tangli-guide-no-date",
        site="棠梨县法律援助中心 (invented)",
        style="律所网站",
        genre="指南",
        kind="other",
        form="text",
        source="http://flyz.tangli.example.gov.cn/bszn/sqzn.html",
        title="法律援助申请指南",
        record_title="法律援助申请指南-棠梨县法律援助中心",
        date=None,
        notes="a legal-aid centre: an 在线申请 entry and a 12348 banner as chrome, while the guide itself gives the centre's address and the 12348 line; numbered conditions and materials; no date",
        page="""
!m 棠梨县法律援助中心　援助热线 12348
!m 办事服务 » 申请指南
{T}
!a ☞ 在线申请法律援助　☞ 进度查询
{BODY}
!l 您可能想了解：哪些案件可以申请法律援助？ | 法律援助经济困难标准
!d 本页内容如有调整，以窗口现场告知为准
!m 技术支持：棠梨县大数据中心
""",
        body="""
一、申请条件
1. 申请人经济困难，符合本省规定的法律援助经济困难标准；
2. 申请事项属于法律援助范围，如请求支付劳动报酬、给予社会保险待遇、请求给付赡养费抚养费扶养费、请求工伤事故人身损害赔偿等；
3. 有充分理由证明为保障自己合法权益需要法律帮助。
二、申请材料
1. 身份证或者其他有效身份证明，代理申请人还应当提交代理权限证明；
2. 经济困难状况说明表；
3. 与所申请法律援助事项有关的材料。
三、办理流程
申请人向法律援助中心提出申请，中心自收到申请之日起7日内进行审查，作出是否给予法律援助的决定；决定给予法律援助的，3日内指派律师或者基层法律服务工作者承办。
四、办理地点
棠梨县公共法律服务中心一楼法律援助窗口（县城新华路66号），咨询电话：12348。
""",
    ),
    dict(
        slug="ipagency-warning-letter-html-anonymised",
        site="恒衡知识产权代理有限公司 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.henghengip.example.com/case/letter/2025-0217.html",
        title="关于敦促停止商标侵权行为的函",
        record_title="【案例】关于敦促停止商标侵权行为的函（已脱敏）",
        date="2025-02-17",
        notes="an IP agency's case page: a consult-now float, service menu, a 免费查询商标 box, a case-tag line; the letter anonymised with ×× but keeping its real date; decorated record title; the letter's own 联系电话",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【案例】关于敦促停止商标侵权行为的函（已脱敏）-恒衡知识产权</title></head>
<body>
<div class="hd">⟦m 恒衡知识产权　专注商标专利二十年⟧ <span>⟦w 免费咨询：400-006-1985⟧</span></div>
<div class="nav">⟦m 商标注册　专利申请　版权登记　维权诉讼　成功案例⟧</div>
<div class="search">⟦a 免费查询商标是否可注册　输入商标名称　立即查询⟧</div>
<div class="case">
<h1>{T}</h1>
<div class="tag">⟦m 案例类型：商标维权　|　承办：恒衡维权部⟧</div>
{BODY}
<div class="note">⟦d 本案例已隐去当事人信息，仅供参考，不构成具体法律建议⟧</div>
</div>
<div class="float">⟦w 在线咨询　电话回访　微信咨询⟧</div>
<div class="ft">⟦m 恒衡知识产权代理有限公司　京ICP备08021931号⟧</div>
</body></html>
""",
        body="""
××商贸有限公司：
我公司受××食品股份有限公司（以下简称“委托人”）委托，就贵公司涉嫌侵犯委托人注册商标专用权一事，特致函如下：
委托人系第××××××号“××”注册商标的权利人，该商标核定使用在第30类糕点、饼干等商品上，目前处于有效期内。经调查，贵公司在其经营的网店中销售的饼干商品，在包装显著位置使用了与委托人注册商标近似的标识，容易导致消费者混淆。
根据《中华人民共和国商标法》第五十七条的规定，上述行为已构成商标侵权。为此，特函告贵公司：
一、自收到本函之日起立即停止销售带有上述侵权标识的商品，下架相关商品链接；
二、于收到本函之日起10日内，将库存侵权商品的数量及处理情况书面告知我公司。
如贵公司未在上述期限内停止侵权行为，委托人将依法采取进一步法律措施。
联系人：阎律师，联系电话：010-6588 3121。
恒衡知识产权代理有限公司
2025年2月17日
""",
    ),
    dict(
        slug="funeral-qiwan-pledge-cache-decorated",
        site="搜索快照 of 淇湾区殡葬管理所 (invented)",
        style="搜索快照",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://kuaizhao.chaxun.example.com/s?id=qwbz-20250328",
        title="清明节文明祭扫倡议书",
        record_title="清明节文明祭扫倡议书_淇湾区殡葬管理所",
        date="2025-03-28",
        notes="a search engine's cached copy: a banner with the cache time (no date) and 查看原网页 prompt, the funeral administration's header, cut by 〓N〓 markers on lines of their own; the pledge's own 网上祭扫 URL and 预约 by scanning; signature date",
        page="""
!d 快照：本页面为查询网于2025-04-02 11:20:05抓取的历史版本，与原网页可能存在差异，点击查看原网页
!m 淇湾区殡葬管理所　|　殡葬服务　|　惠民政策　|　办事指南
{T}
!m 发布单位：区殡葬管理所　浏览次数：1935
{BODY}
!m 淇湾区殡葬管理所 服务热线：0759-2218 800（24小时）
!d 快照内容仅供参考
""",
        pages=dict(fmt="〓{n}〓", every=160, start=2),
        body="""
广大市民朋友们：
清明节是缅怀先人、寄托哀思的传统节日。为倡导文明、绿色、安全的祭扫方式，淇湾区殡葬管理所向广大市民发出如下倡议：
一、文明祭扫，移风易俗。提倡以敬献鲜花、植树绿化、踏青遥祭、家庭追思等方式缅怀先人，不在道路两旁、居民小区等公共场所焚烧纸钱、燃放鞭炮。
二、错峰出行，预约祭扫。今年清明期间，区公墓实行预约祭扫，市民可通过扫描公墓入口处的二维码预约祭扫时段，尽量避开4月4日至6日高峰时段。
三、网上祭扫，寄托哀思。市民可登录“淇湾网上祭扫平台”（https://jisao.qiwan.example.gov.cn）为逝去的亲人建立网上纪念馆，通过献花、留言等方式寄托哀思。
四、注意安全，防范火灾。进入林区、墓区严禁携带火种，听从工作人员引导，共同维护良好的祭扫秩序。
淇湾区殡葬管理所
2025年3月28日
""",
    ),
]
