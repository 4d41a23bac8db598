"""holdout172, part C: spanners and wrenches (扳手). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-xuanfeng-torque-wrench-calibration-news",
        site="瑄锋工具股份有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xuanfengtools.com/news/company/2025-0418.html",
        title="公司扭力扳手校准实验室通过国家实验室认可",
        record_title="公司扭力扳手校准实验室通过国家实验室认可 - 瑄锋工具",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="company site with float service box and language switch; dotted date line is the page's date; product list in the sidebar",
        page="""
<html><head><meta charset="utf-8"><title>公司扭力扳手校准实验室通过国家实验室认可 - 瑄锋工具</title>
<script>var lang='zh';</script></head>
<body>
<div class="top">⟦m 瑄锋工具 XUANFENG TOOLS⟧ ⟦a 中文 | English⟧ ⟦m 服务热线：400-655-0218⟧</div>
<div class="nav">⟦m 首页 关于瑄锋 产品中心 新闻资讯 销售网络 联系我们⟧</div>
<div class="crumbs">⟦m 首页 &gt; 新闻资讯 &gt; 公司新闻⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 2025.04.18　　浏览次数：391⟧</div>
{BODY}
<div class="pro"><h4>⟦l 热门产品⟧</h4><ul><li>⟦l 预置式扭力扳手 QZ-340⟧</li><li>⟦l 数显扭力扳手 SX-200⟧</li><li>⟦l 双头梅花扳手套装⟧</li></ul></div>
<div class="kefu">⟦w 在线客服⟧ ⟦w 获取报价⟧ ⟦a 回到顶部⟧</div>
<div class="foot">⟦d Copyright © 2025 瑄锋工具股份有限公司 All Rights Reserved⟧ ⟦m 浙ICP备16040022号-3⟧</div>
</body></html>
""",
        body="""
近日，公司扭力扳手校准实验室顺利通过中国合格评定国家认可委员会评审，获得实验室认可证书，认可范围覆盖2牛·米至1000牛·米扭力扳手的校准。
实验室建成于2023年，配备扭矩标准机3台、扭力扳手检定仪5台，年校准能力可达6万支。获得认可后，实验室出具的校准证书可在国际互认范围内使用，将为公司出口产品提供有力支撑。
公司质量部负责人表示，下一步将面向汽修、风电、轨道交通等行业用户开放校准服务，帮助用户解决扭力扳手定期校准难的问题。
""",
    ),
    dict(
        slug="oa-machine-shop-tool-room-minutes",
        site="珀源重工协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.poyuanzg.local/doc/view.do?id=52197",
        title="机加工车间工具管理专题会议纪要",
        record_title="内部文件-机加工车间工具管理专题会议纪要",
        date="2025-07-22",
        notes="intranet document view: 流转记录 and read counts; minutes with 时间/地点/主持/参会/记录 lines kept; decimal headings; date from the minutes' 时间 line",
        page="""
!m 珀源重工协同办公平台　｜　公文管理 > 已发文件
!m 文件编号：PYZG-JJ-2025-046　　密级：内部　　阅读次数：87
!a [打印]　[导出PDF]　[收藏]　[返回列表]
{T}
{BODY}
!m 流转记录：
!m 2025-07-22 16:40　车间办公室 张雨晴　拟稿
!m 2025-07-23 09:12　生产部 韩松　审核通过
!m 2025-07-23 10:05　系统　已分发至机加工车间各班组
!m 本系统仅限公司内部使用，技术支持：信息中心 分机 8066
""",
        body="""
时间：2025年7月22日14:30
地点：机加工车间二楼会议室
主持：车间主任 吴振邦
参会：各班组长、工具房管理员、安全员
记录：张雨晴
会议针对近期车间扳手等工具丢失、混用较多的问题进行了专题研究，形成以下意见。
1. 工具定置管理
1.1 各班组公用扳手实行“形迹化”管理，工具板上画出轮廓，用后归位，缺一目了然。
1.2 扭力扳手统一由工具房保管，凭工单借用，当班归还。
2. 工具校准
2.1 扭力扳手每半年送检一次，校准标签过期的一律停用。
3. 考核
3.1 工具丢失由责任班组按原价的50%赔偿，连续三个月无丢失的班组给予奖励。
""",
    ),
    dict(
        slug="association-hardware-tools-calibration-pledge",
        site="潇峪市五金工具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.xyhardware.org.cn/xhdt/2025/0912-286.html",
        title="关于规范扭力扳手计量校准的倡议书",
        record_title="【协会倡议】关于规范扭力扳手计量校准的倡议书_潇峪市五金工具行业协会",
        date="2025-09-10",
        date_also=["2025-09-12"],
        notes="association site: member-login box and join-association prompt; posting date differs from the pledge's date",
        page="""
<html><head><meta charset="utf-8"><title>关于规范扭力扳手计量校准的倡议书_潇峪市五金工具行业协会</title></head>
<body>
<div class="banner">⟦m 潇峪市五金工具行业协会⟧<span>⟦m 服务会员 规范行业 促进发展⟧</span></div>
<div class="menu">⟦m 协会首页｜协会简介｜协会动态｜政策法规｜会员风采｜入会指南⟧</div>
<div class="left"><div class="login">⟦a 会员登录　账号　密码　登录　忘记密码⟧</div><div class="join">⟦a 申请入会 →⟧</div></div>
<div class="right">
<div class="crumb">⟦m 您当前的位置：协会动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025年9月12日　　来源：协会秘书处⟧</div>
{BODY}
</div>
<div class="foot">⟦m 协会地址：潇峪市工业大道118号五金城A座6楼　电话：0579-89903316⟧ ⟦m 浙ICP备18061173号⟧</div>
</body></html>
""",
        body="""
全市五金工具行业各会员单位：
扭力扳手是汽车、机械、电力等行业装配紧固的关键量具，其示值准确与否直接关系到产品质量和使用安全。为促进行业规范发展，协会向全体会员单位发出如下倡议：
一、严格出厂检验。生产企业对每一支出厂的扭力扳手逐支检测，检测记录保存不少于三年。
二、如实标注信息。在产品和说明书上清楚标注量程、准确度等级和建议校准周期，不夸大宣传。
三、提供校准服务。有条件的企业为用户提供校准或送检指引，引导用户定期校准。
四、抵制低价劣质产品。不生产、不销售示值严重超差的扭力扳手，共同维护潇峪五金的品牌声誉。
潇峪市五金工具行业协会
2025年9月10日
""",
    ),
    dict(
        slug="lawfirm-wrench-breakage-liability-lecture",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.cn/fxjt/2025/1105_63.html",
        title="扳手断裂致人受伤，谁来承担责任？",
        record_title="律师讲堂丨扳手断裂致人受伤，谁来承担责任？",
        date="2025-11-05",
        notes="law firm: consult card and 'not legal advice' disclaimer; byline 发布时间 is the page's date; article numbers of the law in the body",
        page="""
<html><head><meta charset="utf-8"><title>律师讲堂丨扳手断裂致人受伤，谁来承担责任？</title></head>
<body>
<div class="head">⟦m 衡平律师事务所 HENGPING LAW FIRM⟧ ⟦m 24小时法律咨询：138-0571-6620⟧</div>
<div class="nav">⟦m 首页 律所概况 专业团队 业务领域 衡平讲堂 联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-11-05　作者：陆知行 律师　阅读 412⟧</div>
<div class="text">
{BODY}
</div>
<div class="card">⟦w 遇到产品责任纠纷？立即预约律师面谈⟧ ⟦w 添加律师微信：hp_lawyer01⟧</div>
<div class="disc">⟦d 本文仅为普法之用，不构成对具体案件的法律意见。⟧</div>
<div class="foot">⟦m 衡平律师事务所 版权所有　浙ICP备20031128号⟧</div>
</body></html>
""",
        body="""
案情：汽修工小郑在拧紧轮胎螺栓时，新买的扳手突然断裂，他的手撞在轮毂上导致骨折。经鉴定，扳手材质不符合国家标准。小郑该找谁赔偿？
律师解析：根据《民法典》第一千二百零二条，因产品存在缺陷造成他人损害的，生产者应当承担侵权责任。第一千二百零三条规定，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。
因此，小郑既可以找扳手的生产厂家，也可以找卖给他扳手的五金店。销售者赔偿后，可以向生产者追偿。
律师提醒：购买工具时要索取发票并保留包装，一旦发生事故，这些都是证明产品来源的重要证据。
""",
    ),
    dict(
        slug="gov-market-regulation-wrench-spot-check-report",
        site="璎州市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.yingzhou.gov.cn/zwgk/ccgg/202508/t20250815_22931.html",
        title="关于2025年扳手产品质量市级监督抽查情况的通报",
        record_title="关于2025年扳手产品质量市级监督抽查情况的通报_璎州市市场监督管理局",
        date="2025-08-14",
        date_also=["2025-08-15"],
        notes="text from a portal: meta table lines, a results table one row a paragraph, 成文日期 and a different posting time",
        page="""
!m 璎州市市场监督管理局
!m 首页 > 政务公开 > 抽查公告
!m 索引号：YZSJ-2025-0815-04　发布机构：质量监督科　发布时间：2025-08-15
{T}
!a 【大】【中】【小】　【打印】　【关闭】
{BODY}
!l 上一篇：关于2025年电动自行车头盔产品质量监督抽查情况的通报
!l 下一篇：市局召开质量强市工作推进会
!m 主办单位：璎州市市场监督管理局　地址：璎州市政务中心B区　网站标识码：3307000031
""",
        body="""
各县（市、区）市场监管局：
为加强手动工具产品质量监管，2025年6月至7月，市局组织对全市生产、销售的扳手产品开展了市级监督抽查。现将抽查情况通报如下。
一、总体情况
本次共抽查生产企业12家、销售企业18家，抽取扳手产品30批次，检出不合格产品4批次，不合格发现率13.3%。
二、不合格产品情况
企业名称　产品名称　不合格项目
璎州市恒固五金厂　两用扳手　扭矩试验
璎州凯利工具商行　活扳手　硬度
三、处理要求
各地要依法对不合格产品生产、销售企业进行处理，督促企业查明原因、落实整改，处理结果于9月30日前报市局质量监督科。
璎州市市场监督管理局
2025年8月14日
""",
    ),
    dict(
        slug="dangjian-wrench-workshop-pioneer-post-speech",
        site="珞川机械党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.luochuanjx.com/djdt/2025/0701/1188.html",
        title="在扳手车间“党员先锋岗”授牌仪式上的讲话",
        record_title="【支部风采】在扳手车间“党员先锋岗”授牌仪式上的讲话",
        date="2025-07-01",
        notes="Party-building site of a factory: speaker line and date under the speech title are neutral; the date under the title is the date",
        page="""
<html><head><meta charset="utf-8"><title>珞川机械党建网</title></head>
<body>
<div class="top">⟦m 珞川机械党建网 · 红色引擎 匠心制造⟧</div>
<div class="nav">⟦m 首页 | 党建动态 | 支部风采 | 学习园地 | 廉洁珞川⟧</div>
<div class="weizhi">⟦m 首页 &gt; 支部风采⟧</div>
<h2>{T}</h2>
<p class="speaker">公司党委书记　范志宏</p>
<p class="speaker">（2025年7月1日）</p>
{BODY}
<div class="tools">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="foot">⟦m 中共珞川机械有限公司委员会主办　党群工作部维护⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在扳手车间举行“党员先锋岗”授牌仪式，就是要让党旗在生产一线高高飘扬。
扳手车间是公司的老车间，也是出口订单最集中的车间。今年以来，车间党支部带领党员攻克了锻造模具寿命短、热处理变形大等难题，产品一次交检合格率提高到99.2%。
这次授牌的6个岗位，都是车间的关键工序。希望获牌的党员同志亮身份、作表率，把先锋岗建成质量示范岗、技能传承岗，带动更多职工争当行家里手。
""",
    ),
    dict(
        slug="localforum-neighbor-burst-pipe-wrench-thanks",
        site="琅溪生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.langxilife.com/thread-118204-1-1.html",
        title="感谢凌晨拿着扳手来帮我关总阀的邻居",
        record_title="[邻里温情] 感谢凌晨拿着扳手来帮我关总阀的邻居 - 琅溪茶馆 - 琅溪生活网",
        date=None,
        notes="county forum post with junk lines and glued junk; relative time only; replies and board footer",
        page="""
!m 琅溪生活网 › 琅溪茶馆
!t [邻里温情] 感谢凌晨拿着扳手来帮我关总阀的邻居
!m 作者：江边小院　　昨天 23:48　　阅读 1832　回复 27
{BODY}
!l 回复：阳光三小区的吧，这个大哥我认识，人很热心
!l 回复：点赞！远亲不如近邻
!a 快速回复　　高级模式　　请先登录
!m 琅溪生活网（琅溪本地第一生活门户）　客服电话：0578-7212080
""",
        junk=dict(lines=1, glued=2),
        body="""
前天凌晨两点多，我家卫生间的水管接头突然爆开，水一下子喷到天花板，我和老婆手忙脚乱，怎么也找不到总阀在哪。
没办法在业主群里喊了一声，五分钟后楼下602的大哥穿着拖鞋上来了，手里拎着一把大扳手。他在楼道水表箱里三两下就把总阀关上了，又帮我们把地上的水扫进地漏。
第二天我拿了两箱水果去谢他，他说什么也不收，只说以后家里备一把扳手，先认认总阀在哪。
在这里再说一声谢谢，也提醒大家抽空看看自家的总阀。
""",
    ),
    dict(
        slug="netdisk-tool-room-management-docx-preview",
        site="盘友云 (invented cloud drive)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://pan.panyouyun.com/s/1Qm7tRw2",
        title="机修班工具房管理办法",
        record_title="机修班工具房管理办法.docx",
        date=None,
        notes="cloud-drive share page: file name as record title; preview cut by ┆n┆ markers glued to the continuation; save/download prompts; share expiry is no date",
        page="""
!m 盘友云 | 分享让生活更简单
!m 机修班工具房管理办法.docx　　18.6KB　　分享者：机修老杨　　有效期：7天
!a 保存到我的网盘　　下载（需登录）　　举报
{T}
{BODY}
!a 在线预览仅显示部分内容，开通超级会员预览完整文档
!d 请勿分享违规内容，盘友云会员服务协议
""",
        pages=dict(fmt="┆{n}┆", every=140, start=2, glue=True),
        body="""
一、工具房由班组指定专人管理，建立工具台账，扳手、套筒、螺丝刀等常用工具分类上架，并标注编号。
二、借用工具须在借用登记簿上填写日期、工具编号和借用人，用毕当日归还；贵重工具和扭力扳手须经班长签字后借出。
三、工具损坏的，借用人应及时说明情况，属正常磨损的予以报废更换，属违规使用的由借用人照价赔偿。
四、管理员每月末对工具进行一次盘点，盘点结果报车间设备员。
五、本办法由机修班负责解释。
""",
    ),
    dict(
        slug="wenku-wind-farm-crew-summary-wrapped-markers",
        site="万卷文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wanjuanwk.com/doc/84421907.html",
        title="风电场运维一班2025年度工作总结",
        record_title="【可编辑】风电场运维一班2025年度工作总结 - 万卷文库",
        date="2025-12-26",
        notes="文库 preview: hard-wrapped at 60 columns and cut by ⁌n⁍ markers on lines of their own; pay prompt; 成文日期",
        page="""
!m 万卷文库
!m 文档分类：行业资料 > 能源电力 > 工作总结
!t 【可编辑】风电场运维一班2025年度工作总结
!m 贡献者：风之谷02　　上传于2026-01-03　　4页　　下载券：3
{BODY}
!a 试读结束，支付3下载券可下载全文
!l 猜你想找：风电场年度安全工作总结　运维班组长述职报告
!d 万卷文库仅提供信息存储空间，文档内容由用户上传，不代表本站观点。
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⁌{n}⁍", every=130, start=2),
        body="""
2025年，运维一班在场站领导下，围绕“零事故、高可利用率”的目标，完成了33台风机的日常巡检、定期维护和故障处理工作，全年风机平均可利用率达到98.6%。
一、螺栓力矩维护。全年完成塔筒和叶根螺栓力矩抽检两轮，使用液压扳手和校准合格的扭力扳手累计复紧螺栓1.2万余颗，未发生一起因螺栓松动引起的故障。
二、工器具管理。班组对液压扳手、扭力扳手建立了一机一档，每次使用前记录校准有效期，全年送检工器具46件。
三、存在不足。冬季低温时液压扳手油管易渗漏，备品备件储备不足。明年将提前做好冬季工器具保养和备品储备。
运维一班
2025年12月26日
""",
    ),
    dict(
        slug="community-repair-volunteer-wrench-team-notice",
        site="枫林社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fenglinsq.org/gonggao/2025-03-2.html",
        title="“扳手志愿队”上门维修服务预约通知",
        record_title="【社区公告】“扳手志愿队”上门维修服务预约通知",
        date="2025-03-18",
        notes="residents' site: the community's own duty phone in the body beside the property company's hotline in the footer; a sentence of the notice asks residents to 扫码 book",
        page="""
!m 枫林社区居民之家 · 我们的家园
!m 首页 ＞ 社区公告
{T}
!m 发布：社区居委会　｜　2025-03-18　｜　浏览 233
{BODY}
!l 评论区（3）：
!l 7栋王阿姨：上次修的水龙头到现在都好好的，谢谢小伙子们！
!a 发表评论请先登录
!m 物业服务24小时热线：0571-86617700　枫林社区居民之家版权所有
""",
        body="""
各位居民朋友：
社区“扳手志愿队”由辖区退休技术工人和青年志愿者组成，今年继续为辖区老年人、残疾人家庭免费提供上门小维修服务。
服务内容：水龙头、角阀更换，下水管疏通，门锁、合页紧固，灯具更换等。维修所需配件由居民自备，志愿队只提供人工和工具。
预约方式：扫描社区宣传栏上的二维码填写预约信息，或拨打社区值班电话0571-86610231，志愿队将在三个工作日内联系上门。
枫林社区居委会
2025年3月18日
""",
    ),
    dict(
        slug="hospital-rehab-wrench-trigger-finger-tips",
        site="琉县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.liuxianrmyy.com/jkkp/2025/1020/912.html",
        title="天天拧扳手，当心“扳机指”找上门",
        record_title="【康复医学科】天天拧扳手，当心“扳机指”找上门",
        date="2025-10-20",
        notes="hospital page: appointment box and 24-hour line in the chrome; the department's own 咨询电话 in the body; byline 时间 is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>天天拧扳手，当心“扳机指”找上门 - 琉县人民医院</title></head>
<body>
<div class="top">⟦m 琉县人民医院 二级甲等综合医院⟧ ⟦m 急诊电话（24小时）：0736-7120120⟧</div>
<div class="nav">⟦m 首页 医院概况 科室导航 专家介绍 就医指南 健康科普⟧</div>
<div class="crumb">⟦m 首页 › 健康科普⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 时间：2025-10-20　供稿：康复医学科　点击数：289⟧</div>
{BODY}
<div class="yuyue">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 智能导诊⟧</div>
<div class="foot">⟦d 本文仅供健康科普参考，不能替代医生面诊。⟧ ⟦m 湘ICP备11017302号⟧</div>
</body></html>
""",
        body="""
“医生，我早上起来手指伸不直，掰一下还‘咔’地响。”前来就诊的汽修师傅老冯在修理厂干了二十多年，每天要拧上百次扳手。
这是典型的“扳机指”，医学上叫屈指肌腱狭窄性腱鞘炎。长期用力握持扳手、钳子等工具，手指屈肌腱反复摩擦，腱鞘就会增厚、变窄。
预防要做到三点：干活时戴防滑手套，选择手柄较粗的扳手，减少握力；连续作业一小时休息几分钟，做做伸指运动；出现手指弹响、疼痛要尽早就医。
康复医学科门诊时间为周一至周六全天，咨询电话：0736-7123308。
""",
    ),
]
