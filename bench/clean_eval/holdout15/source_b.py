"""Holdout15, part B: enterprises, associations and trading platforms no earlier part names —
a city gas company, a bus group's intranet, a hotel group, a supermarket chain's document
export, a consumer council (old table layout), a federation of literary and art circles, an
institute of certified public accountants, a property-rights exchange, an expressway group's
procurement platform, a futures broker's forwarded letter and a credit-guarantee company.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gas-luwan-outage-notice-corporate-html",
        site="芦湾燃气有限公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.luwangas.example.com.cn/news/notice/2025-11-04/318.html",
        title="关于城东片区天然气管道改造停气的通知",
        record_title="关于城东片区天然气管道改造停气的通知",
        record_date="2025-11-04",
        date="2025-11-04",
        notes="corporate template: banner, nav, a floating online-service box, a footer with the company's 24-hour hotline; the notice's own 抢修电话 and a 96 hotline inside the body; a list of affected residential estates",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>关于城东片区天然气管道改造停气的通知_通知公告_芦湾燃气</title>
<meta name="description" content="芦湾燃气有限公司"></head>
<body>
<div class="topbar"><div class="logo">⟦m 芦湾燃气　温暖万家⟧</div><div class="ser">⟦m 24小时客服热线 96177⟧</div></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进芦湾燃气⟧</li><li>⟦m 新闻中心⟧</li><li>⟦m 客户服务⟧</li><li>⟦m 安全用气⟧</li><li>⟦m 党建园地⟧</li></ul>
<div class="banner"><img src="/img/banner3.jpg" alt="banner"></div>
<div class="pos">⟦m 首页 ＞ 新闻中心 ＞ 通知公告⟧</div>
<div class="news-detail">
<h3>{T}</h3>
<div class="sub">⟦m 发布部门：客户服务部　时间：2025-11-04　人气：5210⟧</div>
{BODY}
<div class="ctrl">⟦a 【返回列表】【顶部】⟧</div>
</div>
<div class="float-service">⟦w 在线客服　微信缴费　燃气报装⟧</div>
<div class="footer">
<p>⟦m 芦湾燃气有限公司　地址：芦湾县江滨大道288号　营业厅服务时间：8:30-17:30⟧</p>
<p>⟦d Copyright © 2025 芦湾燃气 All Rights Reserved⟧　⟦m 苏ICP备13042177号-1⟧</p>
</div>
</body></html>
""",
        body="""
尊敬的燃气用户：
因城东片区老旧燃气管道更新改造工程需要，我公司定于2025年11月8日（星期六）8:00至20:00对以下区域暂停供气，届时请您提前做好用气安排。
停气范围：
1. 东湖路以东、建设路以北的锦绣花园、东湖新村、翠竹苑小区；
2. 城东农贸市场及周边沿街商铺；
3. 芦湾县第二实验小学、县妇幼保健院。
停气期间，请用户关闭燃气表前阀门及燃气灶具开关，切勿自行拆卸燃气设施。恢复供气后，如发现燃气灶具无法正常点火，请勿反复打火，可联系我公司上门服务。
如遇施工延误，恢复供气时间将顺延，我公司将通过小区公告栏和短信另行告知。
如有疑问，请拨打客户服务热线96177，或拨打城东抢修站电话0512-5873316。
由此给您带来的不便，敬请谅解！
芦湾燃气有限公司
2025年11月4日
""",
    ),
    dict(
        slug="bus-guilin-speech-intranet-speaker-line",
        site="桧林公交集团协同办公平台 (invented)",
        style="企业内网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://oa.guilinbus.example.local/portal/ldjh/view.do?docid=2025060311",
        title="在集团2025年“安全生产月”活动动员会上的讲话",
        record_title=None,
        date="2025-06-03",
        notes="a bus group's intranet: read counts and 已阅/未阅 toggles, an internal-circulation notice, a speaker line and a date line under the title (neutral); no record title",
        page="""
!m 桧林公交集团协同办公平台　｜　欢迎您，调度中心 陈婷
!m 门户首页 » 信息发布 » 领导讲话
!m 发布部门：集团安全技术部　　已读 1287 人　　未读 64 人
{T}
集团党委副书记、总经理　卢志刚
（2025年6月3日）
{BODY}
!a 〔标记为已阅〕　〔转发给同事〕　〔导出PDF〕
!d 本文仅限集团内部传阅，未经许可严禁截屏外传。
!m 技术支持：集团信息中心　分机 8016
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开集团2025年“安全生产月”活动动员会，主要任务是贯彻落实上级关于安全生产的部署要求，动员全集团上下迅速行动起来，扎实开展好今年的“安全生产月”活动。
一、清醒认识当前安全生产形势
今年以来，集团安全生产形势总体平稳，1至5月累计安全行驶里程4180万公里，行车责任事故次数同比下降21%。但是我们也要看到，部分驾驶员存在开车使用手机、进出站不减速等不良习惯，个别场站消防设施维护不到位，新能源车辆充电安全管理还有薄弱环节，这些都是潜在的风险隐患。
二、突出抓好四项重点工作
一要抓好驾驶员安全教育。各分公司要利用班前会、安全例会等时机，组织驾驶员观看事故警示片，做到人人过关。
二要抓好车辆技术状况检查。对全部营运车辆开展一次制动、转向、灯光和消防设备全面检查，不合格车辆一律停运整改。
三要抓好场站和充电设施安全。对所有场站充电桩逐一排查，严禁私拉乱接电线，确保消防通道畅通。
四要抓好应急处置演练。每个分公司至少组织一次车辆火灾疏散演练，提高一线人员应急处置能力。
三、层层压实安全生产责任
各分公司经理是本单位安全生产第一责任人，要亲自部署、亲自督导。集团安全技术部要加强明查暗访，对发现的问题建立台账、限期整改，对责任不落实造成后果的，严肃追究有关人员责任。
同志们，安全是公交企业的生命线。希望大家以这次“安全生产月”活动为契机，守牢安全底线，为市民群众提供安全、便捷、舒适的出行服务。
""",
    ),
    dict(
        slug="hotel-langyu-new-year-address-html",
        site="琅屿旅业酒店集团 (invented)",
        style="企业官网",
        genre="致辞",
        kind="speech",
        form="html",
        source="https://www.langyuhotels.example.com/about/news/20241231-ny.html",
        title="董事长2025年新年致辞",
        record_title="董事长2025年新年致辞 | 琅屿旅业酒店集团",
        date="2024-12-31",
        notes="hotel group template: booking widget and membership prompts, an English nav, a 发布时间 byline as the only date; the address signs with a name only",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>董事长2025年新年致辞 | 琅屿旅业酒店集团</title></head>
<body class="page-news">
<div class="hd"><span>⟦m 琅屿旅业 LANGYU HOTELS⟧</span><nav>⟦m 集团概况 About　旗下酒店 Hotels　新闻动态 News　人才招聘 Careers⟧</nav><a class="book">⟦a 立即预订⟧</a><a>⟦a 会员登录/注册⟧</a></div>
<div class="booking">⟦a 入住日期　离店日期　选择城市　查询房态⟧</div>
<section class="article">
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2024-12-31　|　集团品牌传播部⟧</p>
<div class="rich">
{BODY}
</div>
<div class="tag">⟦l 标签：新年致辞　集团动态⟧</div>
</section>
<section class="more"><h5>⟦l 更多资讯⟧</h5><a>⟦l 琅屿·海岸度假酒店荣获年度最佳滨海度假酒店⟧</a><a>⟦l 集团第四期店长训练营结业⟧</a></section>
<div class="member">⟦a 加入琅屿会员，首住立享8.8折⟧</div>
<footer>⟦m 琅屿旅业酒店集团有限公司　预订热线 400-665-1818⟧<br>⟦d ©2024 LANGYU HOTELS 版权所有⟧</footer>
</body></html>
""",
        body="""
各位同事、各位合作伙伴、各位宾客朋友：
时光荏苒，岁序更替。在2025年新年钟声即将敲响之际，我谨代表集团董事会，向一年来辛勤工作在各个岗位上的全体员工，向始终支持我们的合作伙伴和宾客朋友，致以最诚挚的新年祝福！
2024年，是集团砥砺奋进、稳步发展的一年。这一年，集团新开业酒店6家，在营酒店达到42家，全年接待宾客286万人次，营业收入同比增长14.6%；会员人数突破120万，宾客综合满意度保持在96分以上。这一年，我们坚持服务品质为本，在全体门店推行“首问负责、限时办结”服务标准，涌现出一大批感动宾客的服务案例。
成绩的取得，凝聚着每一位员工的心血和汗水。在这里，我要特别感谢奋战在前厅、客房、餐饮、工程等一线岗位的同事们，是你们用真诚的微笑和细致的服务，擦亮了琅屿的品牌。
2025年，集团将坚持“稳中求进、提质增效”的工作总基调，重点抓好三件事：一是加快中端品牌拓展，全年计划签约新项目10个；二是推进数字化转型，上线新一代会员和收益管理系统；三是加强人才梯队建设，让每一位有梦想的员工都有出彩的机会。
新的一年，让我们携手同心、再接再厉，共同书写琅屿旅业高质量发展的新篇章！
祝大家新年快乐，身体健康，万事如意！
俞明哲
""",
    ),
    dict(
        slug="supermarket-qiaomai-plan-docx-export-table",
        site="乔麦生活超市 门店运营管理系统 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://ops.qiaomai.example.local/docs/QM-2025-0317/export",
        title="门店食品安全隐患整改方案",
        record_title="门店食品安全隐患整改方案（定稿）.docx",
        date=None,
        notes="a supermarket chain's document-system export: file-name record title with （定稿）, a document id, version and export-time lines (no date), a watermark line; a rectification table one row a paragraph with ideographic spaces",
        page="""
!m 乔麦生活超市 · 门店运营管理系统
!m 文档编号：QM-2025-0317　版本：V2.1　密级：内部
!t 门店食品安全隐患整改方案（定稿）.docx
!m 导出人：品控部 邵佳琪　导出时间：2025-03-19 17:45
{T}
{BODY}
!d 【水印】乔麦内部资料 禁止外传 品控部-邵佳琪
!a 在线编辑　｜　下载原件　｜　查看修订记录
""",
        body="""
为全面整改3月份区域食品安全飞行检查中发现的问题，确保各门店食品安全管理规范有序，特制定本方案。
一、整改范围
公司所属城区17家门店、2个配送中心。
二、问题清单及整改要求
问题类别　涉及门店数　整改要求　完成时限
临期食品未按规定专区陈列　9家　设立临期食品专区并张贴提示　3月25日
熟食区员工健康证过期　3家　立即调岗，健康证办理完毕后方可上岗　3月22日
冷柜温度记录不完整　6家　每日早中晚三次记录，店长签字确认　即日起
散装食品标签信息不全　5家　补齐生产日期、保质期等信息　3月25日
三、工作要求
（一）各门店店长为整改第一责任人，要对照问题清单逐项整改，整改完成后拍照上传至运营管理系统。
（二）区域品控专员要在完成时限后3个工作日内逐店复查，复查不合格的，扣减门店当月绩效分。
（三）品控部将于4月中旬组织第二轮飞行检查，对同一问题重复出现的门店，予以全公司通报批评。
""",
    ),
    dict(
        slug="consumer-liaochuan-warning-table-layout",
        site="蓼川县消费者权益保护委员会 (invented)",
        style="行业协会",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://www.lcxwh.example.org.cn/xfts/2025-03-10/0077.html",
        title="关于警惕预付式消费陷阱的消费提示",
        record_title="【消费提示】关于警惕预付式消费陷阱的消费提示",
        date="2025-03-10",
        notes="old table layout with a marquee of notices and a left column; decorated record title; the warning's own 12315 hotline and three numbered tips; a 投诉 button box and a visitor counter in the footer",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>【消费提示】关于警惕预付式消费陷阱的消费提示</title></head>
<body>
<table width="960" align="center" cellspacing="0"><tr><td><img src="/images/top.jpg"></td></tr>
<tr><td class="dh">⟦m 首页　|　消委会简介　|　消费警示　|　维权案例　|　比较试验　|　联系我们⟧</td></tr>
<tr><td><marquee>⟦l 最新公告：2025年“3·15”国际消费者权益日活动安排⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="200" valign="top" class="left"><table><tr><td>⟦a 我要投诉⟧</td></tr><tr><td>⟦a 投诉进度查询⟧</td></tr><tr><td>⟦l 消费警示⟧</td></tr><tr><td>⟦l 维权知识⟧</td></tr></table></td>
<td valign="top"><table width="100%">
<tr><td class="bt" align="center">{T}</td></tr>
<tr><td align="center">⟦m 【发布单位：县消委会秘书处】【点击数：866】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table></td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 蓼川县消费者权益保护委员会　投诉电话：12315　地址：蓼川县政通路18号⟧<br>⟦m 您是第0028461位访问者⟧<br>⟦m 湘ICP备09011522号⟧</td></tr></table>
</body></html>
""",
        body="""
近期，我县各级消费者组织接到多起涉及美容美发、健身、教育培训等行业的预付卡消费投诉，主要反映商家收取预付款后关门停业、擅自变更服务内容、拒不退款等问题。为此，蓼川县消费者权益保护委员会提醒广大消费者：
一、理性办卡，量力而行。不要被“充值送”“高折扣”等宣传冲昏头脑，根据自身实际需要选择办卡金额，尽量选择按次付费或小额充值。
二、查看资质，签订合同。办卡前要了解商家的经营资质和信誉情况，与商家签订书面合同，明确服务内容、期限、退款条件等，妥善保管合同和付款凭证。
三、发现问题，及时维权。如遇商家跑路、拒不退款等情况，要及时收集证据，拨打12315热线投诉或向公安机关报案。
消费者在消费过程中合法权益受到侵害的，可拨打12315热线投诉举报。
蓼川县消费者权益保护委员会
2025年3月10日
""",
    ),
    dict(
        slug="artsfed-liaochuan-workpoints-bracket-markers",
        site="蓼川县文学艺术界联合会 (invented)",
        style="行业协会",
        genre="工作要点",
        kind="plan",
        form="text",
        source="http://wl.liaochuan.example.org.cn/wlyw/2025/0221/405.html",
        title="蓼川县文联2025年工作要点",
        record_title="蓼川县文联2025年工作要点",
        date="2025-02-20",
        notes="text copied from a preview converter: ﹝N/5﹞ page markers on lines of their own cut sentences; a list of member associations; signature date; site chrome of a federation of literary and art circles",
        page="""
!m 蓼川文艺网　|　县文学艺术界联合会主办
!m 位置：文联要闻
{T}
!m 作者：县文联办公室　　发稿：2025-02-21
{BODY}
!l 相关文章：县作家协会召开第三次会员代表大会 ▪ 县书法家协会新春送福进万家
!a 点赞(12)　收藏　举报
!m 蓼川县文联 版权所有 联系邮箱：lcwl2008@example.com
""",
        date_also=["2025-02-21"],
        pages=dict(fmt="﹝{n}/5﹞", every=160, start=2),
        body="""
2025年，县文联工作的总体要求是：坚持以社会主义核心价值观为引领，聚焦出精品、出人才、出效益，团结带领全县文艺工作者繁荣文艺创作、丰富群众文化生活，为建设文化强县贡献文艺力量。
一、抓好文艺精品创作
围绕重大时间节点和县委中心工作，组织开展主题文艺创作，全年推出文学、戏剧、音乐、美术、书法、摄影等各类作品不少于200件，力争在省级以上赛事展演中获奖10项以上。
二、加强文艺人才培养
实施“蓼川文艺新苗”计划，举办文学创作、书法篆刻、声乐表演等培训班6期，遴选20名青年文艺骨干进行重点培养。
三、深入开展文艺惠民
持续开展“文艺进乡村、进社区、进校园”活动，全年组织送文化下乡演出40场、书法家写春联送万福活动10场。
四、加强文联组织建设
指导县作家协会、书法家协会、音乐家协会、美术家协会、摄影家协会、舞蹈家协会完成年度工作计划，推动乡镇文联组织建设全覆盖。
蓼川县文学艺术界联合会
2025年2月20日
""",
    ),
    dict(
        slug="cpa-institute-notice-attachments-email",
        site="崧阳市注册会计师协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.sycpa.example.org.cn/tzgg/2025/0306/1182.html",
        title="关于做好2025年度注册会计师继续教育工作的通知",
        record_title=None,
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="no record title; the notice's own contact e-mail, learning-platform URL and an 附件 list; the association's login and member-service chrome; the 发布 byline a day later also accepted",
        page="""
!m 崧阳市注册会计师协会
!a 会员登录　｜　事务所登录　｜　找回密码
!m 当前：首页-通知公告-继续教育
{T}
!m 【发布：2025-03-06】【供稿：专业培训部】【浏览：2204】
{BODY}
!a 附件下载：（请登录后查看）
!l « 关于开展2024年度事务所执业质量检查的通知
!l » 协会第七届理事会第三次会议召开
!m 协会地址：崧阳市会展路9号财富中心18楼　电话：0393-8156020
""",
        body="""
各会计师事务所，全体注册会计师：
根据《注册会计师继续教育制度》有关规定，现就做好2025年度继续教育工作通知如下：
一、学时要求
注册会计师每年接受继续教育的时间累计不得少于40学时，其中参加协会组织的集中面授不少于16学时，职业道德类课程不少于4学时。
二、培训安排
1. 集中面授：协会分四期在市会展中心举办，每期2天，具体时间另行通知；
2. 网络学习：注册会计师可登录市注协网络学习平台（https://study.sycpa.example.org.cn）选课学习，网络学习学时当年有效；
3. 事务所内部培训：经协会备案的事务所内部培训，可按实际学时确认，每年不超过12学时。
三、学时确认
继续教育学时由协会统一确认，注册会计师应于2025年12月31日前完成当年学时，未完成学时要求的，将在年度检查中予以通报。
四、联系方式
联系人：范晓东，电话：0393-8156027，电子邮箱：pxb@sycpa.example.org.cn。
附件：1. 2025年度继续教育集中面授课程表
2. 事务所内部培训备案表
崧阳市注册会计师协会
2025年3月5日
""",
    ),
    dict(
        slug="exchange-guilin-transfer-listing-table",
        site="桧林产权交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.glcq.example.com.cn/gpxm/zc/GL2025-CZ-0208.html",
        title="桧林市交通投资集团有限公司所属报废车辆一批转让公告",
        record_title="[挂牌中] 桧林市交通投资集团有限公司所属报废车辆一批转让公告",
        record_date="2025-09-22",
        date="2025-09-22",
        notes="a property-rights exchange: decorated record title with [挂牌中], a project code and countdown line, an 我要报名 button row, a listing table (one row a paragraph); the listing's own 联系人/电话 next to the exchange's hotline",
        page="""
!m 桧林产权交易中心　国有资产交易平台
!m 项目公告 / 实物资产 / 车辆转让
!t [挂牌中] 桧林市交通投资集团有限公司所属报废车辆一批转让公告
!m 项目编号：GL2025-CZ-0208　挂牌起始：2025-09-22　距截止还有 14 天
!a 【我要报名】【关注项目】【在线咨询】
{BODY}
!l 同类项目推荐：市城投公司办公家具一批　｜　市水务集团旧变压器三台
!m 交易中心服务热线：0773-2808800　传真：0773-2808801
!d 本公告信息由转让方提供，转让方对其真实性、完整性负责。
""",
        body="""
受桧林市交通投资集团有限公司委托，本中心对其所属报废车辆一批进行公开挂牌转让，现将有关事项公告如下：
一、标的基本情况
序号　车辆类型　数量　存放地点
1　大型普通客车　6辆　桧林市北环路公交停车场
2　小型轿车　3辆　桧林市交投集团机关大院
3　轻型厢式货车　2辆　桧林市西城物流园
二、挂牌价格
本批车辆作为一个整体转让，挂牌底价为人民币12.6万元，保证金2万元。
三、受让方资格条件
意向受让方须为依法取得报废机动车回收拆解资质的企业，不接受联合体受让。
四、挂牌期限及看样
挂牌期限为2025年9月22日至10月20日，意向受让方可在工作日预约看样。
五、联系方式
转让方联系人：覃先生，电话：0773-2261547；交易中心联系人：韦女士，电话：0773-2808836。
""",
    ),
    dict(
        slug="expressway-dianshui-candidates-publicity-html",
        site="淀水高速公路集团 阳光采购平台 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="html",
        source="https://zc.dsexpressway.example.com/cgxx/zbgs/2025/1014/2266.html",
        title="淀水高速2025年度路面养护工程第二标段中标候选人公示",
        record_title="淀水高速2025年度路面养护工程第二标段中标候选人公示",
        date="2025-10-14",
        notes="procurement platform template: a CA-login bar, a status badge, a three-row candidates table (one row a paragraph), the publicity period; 异议 contact lines of the document next to the platform's help desk",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>中标候选人公示-淀水高速公路集团阳光采购平台</title></head>
<body>
<div class="top">⟦m 淀水高速公路集团阳光采购平台⟧ <span>⟦a CA证书登录⟧</span> <span>⟦a 供应商注册⟧</span> <span>⟦w 平台客服：0571-8903 3600⟧</span></div>
<div class="menu">⟦m 首页　采购公告　变更公告　结果公示　政策法规　下载中心⟧</div>
<div class="box">
<div class="badge">⟦m 公示中⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-10-14 18:02　　信息类型：中标候选人公示　　标段编号：DSGS-YH-2025-02⟧</div>
<div class="ct">
{BODY}
</div>
<div class="attach">⟦a 附件：评标报告摘要.pdf（点击下载）⟧</div>
</div>
<div class="ft"><p>⟦d 本平台发布的信息仅作为参考，以纸质文件为准⟧</p><p>⟦m 淀水高速公路集团有限公司　浙ICP备12009811号-3⟧</p></div>
</body></html>
""",
        body="""
淀水高速2025年度路面养护工程第二标段于2025年10月11日在淀水市公共资源交易中心开标，经评标委员会评审，现将中标候选人公示如下：
中标候选人　投标报价（元）　工期（日历天）　项目经理
第一名：浙北路桥建设有限公司　38,652,410.00　180　沈立群
第二名：淀水交通工程有限公司　39,107,286.50　180　顾海峰
第三名：华屹市政工程集团有限公司　39,880,000.00　175　吕建国
公示期：2025年10月15日至2025年10月17日。
投标人或者其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人提出。
招标人：淀水高速公路集团有限公司
联系人：杜工，电话：0571-8903 3672
招标代理机构：浙江衡信工程咨询有限公司
联系人：汤女士，电话：0571-8612 5509
""",
    ),
    dict(
        slug="futures-mail-forward-risk-letter",
        site="宁诚期货 客户邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:forward/2025-04-09/ningcheng-risk-letter.eml",
        title="关于近期市场波动加大的风险提示函",
        record_title="转发：关于近期市场波动加大的风险提示函",
        date="2025-04-08",
        notes="a forwarded mail: the forwarder's note, the forwarded header block (发件人/发送时间/收件人/主题), the broker's own 抄送 line and signature date, a mail-client footer and an unsubscribe line",
        page="""
!m 发件人：林书亦 <linshuyi@mail.example.com>
!m 收件人：投资小组
!m 时间：2025年4月9日（周三）上午9:12
!t 主题：转发：关于近期市场波动加大的风险提示函
!w 各位，券商发来的提示，转给大家看看，有问题群里说。——书亦
!m ---------- 原始邮件 ----------
!m 发件人："宁诚期货客户服务中心" <service@ningcheng-futures.example.com>
!m 发送时间：2025年4月8日 16:40
!m 收件人："林书亦" <linshuyi@mail.example.com>
{T}
{BODY}
!d 本邮件由系统自动发送，请勿直接回复。如不希望继续接收此类邮件，请点击退订。
!m 发自我的手机邮箱
""",
        body="""
尊敬的客户：
近期，受国际宏观经济形势和地缘政治等因素影响，国内商品期货市场波动明显加大，部分品种出现连续涨跌停板。为保护您的合法权益，现将有关风险提示如下：
一、请您密切关注市场行情变化，合理控制持仓规模，避免满仓操作，防范因价格剧烈波动导致的强行平仓风险。
二、交易所可能根据市场情况调整保证金比例和涨跌停板幅度，请您及时关注交易所和我公司发布的公告，确保账户资金充足。
三、请您妥善保管交易密码，不要委托他人代为交易，谨防以“带单”“内幕消息”为名的诈骗活动。
如有疑问，请联系您的客户经理或拨打我公司客服热线400-820-6655。
抄送：公司合规风控部
宁诚期货有限公司
2025年4月8日
""",
    ),
    dict(
        slug="guarantee-qiyuan-news-byline",
        site="启元融资担保有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qiyuandb.example.com/news/company/2025/0716/87.html",
        title="公司召开2025年半年度风险管理工作会议",
        record_title="公司召开2025年半年度风险管理工作会议",
        date="2025-07-16",
        notes="a guarantee company's news page: the 发布时间 byline as the date, a 摄影 credit line, page-view counter and a WeChat-follow box; the news ends with a future plan",
        page="""
!m 启元担保 | 专注中小微企业融资服务
!m 首页 / 新闻资讯 / 公司动态
{T}
!m 发布时间：2025-07-16　浏览 318 次
!m 摄影：综合管理部
{BODY}
!a 扫码关注“启元担保”公众号，获取最新融资政策
!l 上条：公司与三家银行签署“批量担保”合作协议
!l 下条：公司开展防范非法集资宣传月活动
!m 启元融资担保有限公司 版权所有　服务热线：0591-87226300
""",
        body="""
7月15日，公司召开2025年半年度风险管理工作会议，总结上半年风险管理工作，分析当前面临的形势，部署下半年重点任务。公司领导班子成员、各部门负责人和风险经理参加会议。
会议通报，上半年公司新增担保业务18.7亿元，在保余额突破52亿元，服务中小微企业1460户；代偿率控制在1.2%以内，风险总体可控。
会议指出，当前部分行业经营压力加大，个别客户出现还款困难，风险防控不能有丝毫松懈。要坚持“早识别、早预警、早处置”，加强保后管理，对重点客户每月至少走访一次。
会议要求，下半年要重点做好三方面工作：一是完善风险分类管理，建立预警客户“一户一策”处置机制；二是加大代偿追偿力度，提高追偿回收率；三是加强风控队伍建设，开展案例复盘和业务培训。
""",
    ),
]
