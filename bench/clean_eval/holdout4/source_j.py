"""Held-back part 4, sources J: more of the new kinds of site, and a long enterprise speech.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="bid-songgao-clarification-notice-html",
        site="松皋县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.songgao.gov.cn/gcjs/cqdy/202509/t20250912_14027.html",
        title="松皋县城乡供水一体化工程（一期）监理服务招标澄清公告",
        record_title=None,
        date="2025-09-12",
        notes="clarification notice: the original notice linked under a title that looks like this one; the notice's own 招标人/代理 contact lines; a bare date as the last line; bracketed info line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>松皋县公共资源交易中心</title></head><body>
<div class="hd">⟦m 松皋县公共资源交易中心⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="nav"><a>⟦m 交易公告⟧</a><a>⟦m 澄清答疑⟧</a><a>⟦m 中标公示⟧</a><a>⟦m 政策法规⟧</a><a>⟦m 下载中心⟧</a></div>
<div class="loc">⟦m 首页 &gt; 工程建设 &gt; 澄清答疑⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 【信息时间：2025-09-12】　【阅读次数：311】⟧</div>
<div class="cont">
{BODY}
</div>
<div class="tools">⟦a 【我要打印】【关闭】⟧</div>
<div class="orig">⟦l 原公告：松皋县城乡供水一体化工程（一期）监理服务招标公告⟧</div>
<div class="ft"><p>⟦d 温馨提示：请各投标人及时关注本网站发布的澄清、变更信息。⟧</p><p>⟦m 桂ICP备13001652号⟧</p></div>
</body></html>
""",
        body="""
各潜在投标人：
松皋县城乡供水一体化工程（一期）监理服务项目（项目编号：SGZB-2025-0931）招标公告已于2025年9月1日在本网站发布。现对招标文件作如下澄清和修改：
一、招标文件第二章“投标人须知前附表”第10.1项中，“总监理工程师须具有水利工程专业注册监理工程师证书”修改为“总监理工程师须具有水利水电工程专业注册监理工程师证书”。
二、投标截止时间及开标时间由2025年9月22日9时30分延期至2025年9月26日9时30分，开标地点不变。
三、本澄清公告为招标文件的组成部分，与招标文件具有同等法律效力。招标文件其他内容不变。
招标人：松皋县水利局　联系人：苏海峰　电话：0774-5230176
招标代理机构：桂南工程咨询有限公司　联系人：谭敏　电话：0774-5262290
2025年9月12日
""",
    ),
    dict(
        slug="law-mingheng-annual-summary-html",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.minghenglaw.com/news/lsxw/2026/0108/733.html",
        title="明衡律师事务所2025年度工作总结",
        date="2026-01-08",
        notes="law-firm page: nav items built on the firm's name (also in the body), consultation popups and hotline, prev/next; the only date is the publish line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>明衡律师事务所2025年度工作总结</title></head><body>
<div class="logo">⟦m 明衡律师事务所　MINGHENG LAW FIRM⟧</div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 明衡简介⟧</a><a>⟦m 业务领域⟧</a><a>⟦m 明衡律师⟧</a><a>⟦m 明衡动态⟧</a><a>⟦m 法律研究⟧</a></div>
<div class="pos">⟦m 明衡动态 › 律所新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2026-01-08　　点击：412⟧</div>
<div class="body">
{BODY}
</div>
<div class="float"><p>⟦w 律师在线，免费咨询⟧</p><p><a>⟦a 预约律师⟧</a></p><p>⟦w 全国服务热线：400-826-3355⟧</p></div>
<div class="pn"><p>⟦l 上一条：明衡律师事务所召开2026年新年工作会议⟧</p><p>⟦l 下一条：我所两名律师获评“市优秀律师”⟧</p></div>
<div class="copy">⟦d 本站内容版权归明衡律师事务所所有，未经授权不得转载⟧</div>
</body></html>
""",
        body="""
2025年，明衡律师事务所在市司法局和市律师协会的指导下，坚持党建引领、专业立所、规范管理，各项业务稳步发展，全年实现业务收入5860万元，同比增长14.2%。现将全年工作总结如下。
一、坚持党建引领，筑牢发展根基。所党支部严格落实“三会一课”制度，组织党员律师参加理论学习24次。开展“党员律师先锋岗”活动，党员律师承办法律援助案件63件，参与信访接待和矛盾纠纷化解120余次。
二、深耕专业领域，提升服务质量。全年承办各类诉讼、仲裁案件1126件，为政府机关、企事业单位担任常年法律顾问136家，较上年新增21家。在建设工程、企业合规、知识产权等领域形成了专业优势，3件案例入选全省律师行业优秀案例。
三、加强队伍建设，规范内部管理。新引进执业律师9名、实习律师12名，全所执业律师达到87名。修订完善利益冲突审查、案件质量监控等内部制度11项，全年未发生律师违法违规执业行为。
四、热心公益事业，履行社会责任。组织律师参加“法律进社区”“法治体检进企业”等公益活动46场，开展普法讲座30余次，向乡村振兴帮扶村捐款捐物价值12万元。
2026年，我所将继续坚持专业化、品牌化发展道路，不断提升法律服务质量，为经济社会发展提供更加优质的法治保障。
""",
    ),
    dict(
        slug="community-wanghu-flood-emergency-plan",
        site="望湖社区网 (invented)",
        style="社区网站",
        genre="应急预案",
        kind="other",
        form="text",
        source="http://www.wanghusq.cn/sqgg/2025/0507/214.html",
        title="望湖社区2025年防汛应急预案",
        record_title="望湖社区2025年防汛应急预案【社区公告】",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="community plan: the plan's own duty phone stays in the body while the community hotline in the footer is chrome; warning levels as 1. 2. 3.; blank lines between paragraphs; prev/next in 【】",
        page="""
!m 望湖社区网 · 鹭洲区砚溪街道
!m 社区首页｜党建园地｜社区公告｜办事指南｜平安社区
{T}
!m 来源：望湖社区　更新时间：2025-05-07
!a 字号　大　中　小
{BODY}
!l 【上一条】望湖社区2025年消防安全工作计划
!l 【下一条】关于开展汛前应急演练的通知
!m 社区便民热线：0592-7716000
!m 鹭洲区砚溪街道望湖社区居民委员会　版权所有
""",
        gap=True,
        indent="\u3000\u3000",
        body="""
为切实做好2025年社区防汛工作，确保汛期辖区居民生命财产安全，根据《鹭洲区防汛应急预案》要求，结合本社区实际，制定本预案。
一、基本情况
望湖社区地处望湖南岸，辖区面积1.8平方公里，有居民小区9个、居民4860户，其中地势低洼易涝点3处，分别为望湖苑地下车库、桂香里北门路段和老菜市场周边。
二、组织机构
社区成立防汛工作领导小组，由社区党委书记任组长，居委会主任任副组长，成员由社区两委班子成员、网格员、物业公司负责人组成。领导小组下设抢险救援组、转移安置组、后勤保障组和信息联络组。
三、预警和响应
接到区防汛指挥部发布的暴雨预警后，社区立即启动应急响应：
1.黄色预警：领导小组成员上岗值守，网格员对易涝点开展巡查，提醒居民将车辆移出地下车库；
2.橙色预警：抢险救援组在易涝点备好沙袋、抽水泵，转移安置组做好低洼区域老人、儿童等人员的转移准备；
3.红色预警：立即组织低洼区域居民转移至社区党群服务中心和望湖小学两处临时安置点，确保“应转尽转、不漏一人”。
四、物资保障
社区常年储备沙袋800只、抽水泵4台、应急照明灯20盏、救生衣30件及方便食品、饮用水等物资，由后勤保障组负责管理，汛前完成检查补充。
五、信息报送
汛期实行24小时值班制度，值班电话：0592-7716023。发生险情时，信息联络组要在第一时间向街道防汛办报告，并做好居民通知和情况续报工作。
望湖社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="assoc-chengchuan-ecommerce-plan-nav-words-html",
        site="澄川县电子商务协会 (invented)",
        style="行业协会",
        genre="工作计划",
        kind="other",
        form="html",
        source="http://www.ccdsxh.org/gzjh/2025/1226/57.html",
        title="澄川县电子商务协会2026年工作计划",
        record_title=None,
        date="2025-12-26",
        notes="association page whose nav and breadcrumb use a word of the body (工作计划); the author/date line gives the only date; member-group QR prompt and a secretary's phone/QQ",
        page="""
<html><head><meta charset="utf-8"><title>澄川县电子商务协会</title></head><body>
<div class="hd">⟦m 澄川县电子商务协会⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="nav"><a>⟦m 协会简介⟧</a><a>⟦m 工作计划⟧</a><a>⟦m 会员风采⟧</a><a>⟦m 培训中心⟧</a><a>⟦m 联系方式⟧</a></div>
<div class="crumb">⟦m 首页 › 工作计划⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 作者：协会秘书处　日期：2025-12-26　浏览：76⟧</div>
<div class="txt">
{BODY}
</div>
<div class="rec"><h4>⟦l 推荐阅读⟧</h4><p>⟦l 澄川县电子商务协会2025年工作总结⟧</p><p>⟦l 关于举办第三期电商直播培训班的通知⟧</p></div>
<div class="qr">⟦a 扫码加入会员群⟧</div>
<div class="ft"><p>⟦w 秘书处电话：0736-5227791　QQ：3105526671⟧</p><p>⟦m 湘ICP备22011845号-1⟧</p></div>
</body></html>
""",
        body="""
2026年，协会将围绕县委、县政府建设“数字澄川”的部署，以服务会员、服务产业为宗旨，推动全县电子商务高质量发展。主要工作计划如下：
一、搭建交流合作平台。每季度举办一次会员沙龙，邀请平台企业、物流企业和金融机构与会员企业对接；组织会员企业参加全省电商博览会等展会活动不少于3次。
二、加强人才培训。联合县人社局、县职业中专开展电商直播、网店运营、短视频制作等培训班8期，全年培训1000人次以上，重点面向返乡青年和农村妇女。
三、助力农产品上行。协调会员企业与“澄川毛尖”、澄川脐橙等特色农产品基地建立稳定合作关系，力争全年农产品网络零售额增长15%以上。
四、加强行业自律。制定《澄川县电子商务协会会员诚信经营公约》，引导会员企业守法经营、诚信经营，维护消费者合法权益。
五、加强协会自身建设。完善协会章程和财务管理制度，按时召开理事会、会员大会，做好会费收缴和会员发展工作，年内新发展会员30家以上。
""",
    ),
    dict(
        slug="soe-qifeng-transport-annual-meeting-speech-long",
        site="栖凤交通投资集团有限公司 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.qfjtjt.com/djgz/ldjh/202601/t20260126_2418.html",
        title="在集团2026年工作会议暨三届二次职代会上的讲话",
        title_also=["谢振邦同志在集团2026年工作会议暨三届二次职代会上的讲话"],
        record_title="谢振邦同志在集团2026年工作会议暨三届二次职代会上的讲话",
        date="2026-01-23",
        date_also=["2026-01-26"],
        notes="long enterprise speech; record title adds the speaker; speaker and date lines under the title (neutral); (一)(二) headings; related link that looks like a news title",
        page="""
!m 栖凤交通投资集团有限公司 > 党建工作 > 领导讲话
{T}
集团党委书记、董事长　谢振邦
（2026年1月23日）
!m 发布时间：2026-01-26　信息来源：集团办公室
{BODY}
!a 【打印本页】　【关闭窗口】
!l 相关链接：集团召开2026年工作会议暨三届二次职代会
!m 版权所有：栖凤交通投资集团有限公司　湘ICP备17003311号
""",
        indent="\u3000\u3000",
        body="""
各位代表，同志们：
这次会议是在集团改革发展关键时期召开的一次重要会议。会议的主要任务是：总结2025年工作，分析面临的形势，部署2026年重点任务，动员全集团干部职工凝心聚力、担当作为，奋力推动集团高质量发展。
一、2025年工作回顾
过去一年，集团上下围绕年度目标任务，攻坚克难、真抓实干，各项工作取得了新成效。全年完成营业收入86.4亿元，同比增长9.1%；利润总额5.2亿元，同比增长11.3%；资产总额突破1200亿元，主体信用评级保持AA+。重点项目建设提速推进，栖岑高速公路改扩建工程完成投资42亿元，城区快速路二期主线贯通。改革创新持续深化，完成3家子公司混合所有制改革，经理层成员任期制和契约化管理实现全覆盖。
在肯定成绩的同时，我们也要清醒看到存在的问题：一是主业盈利能力不强，经营性收入占比偏低；二是债务规模较大，融资成本压降空间有限；三是部分子公司管理粗放，风险防控能力有待提升。
二、2026年重点工作
2026年，集团总体工作思路是：坚持稳中求进工作总基调，以提升核心竞争力为主线，以深化改革为动力，以防范风险为底线，加快建设一流的综合交通投资运营集团。重点抓好以下四个方面工作：
（一）聚焦主责主业，推动重大项目提质增效。全年计划完成投资115亿元，确保栖岑高速公路改扩建工程年底前建成通车，启动港城大道快速化改造项目前期工作。
（二）坚持市场导向，加快经营转型。大力发展交通运营、物流贸易、沿线资源开发等经营性业务，力争经营性收入占比提高到45%以上。
（三）深化国企改革，激发内生动力。持续推进子公司整合重组，健全市场化经营机制，完善以业绩为导向的薪酬分配制度。
（四）守牢风险底线，确保稳健运行。严格控制新增债务规模，优化债务结构，加强投资、财务、安全等领域风险防控，坚决守住不发生系统性风险的底线。
三、加强党的建设
坚持把党的领导融入公司治理各环节，深化“一企一品”党建品牌创建，推动党建工作与生产经营深度融合。持续加强党风廉政建设，严格落实中央八项规定精神，营造风清气正的良好政治生态。
各位代表，同志们！新的一年，任务艰巨、责任重大。让我们紧密团结在集团党委周围，坚定信心、实干担当，奋力开创集团高质量发展新局面！
""",
    ),
    dict(
        slug="training-qizhi-skills-plan-glued-button",
        site="启智职业培训学校 (invented)",
        style="培训机构",
        genre="实施方案",
        kind="other",
        form="text",
        source="http://www.qizhipx.com/zsjz/2026/0112/188.html",
        title="启智职业培训学校2026年春季职业技能培训实施方案",
        title_also=["2026年春季职业技能培训实施方案"],
        date="2026-01-10",
        date_also=["2026-01-12"],
        notes="training school: a sign-up button glued to the end of a body paragraph; the plan's own phone line (招生办) stays while the site's enrolment hotline and WeChat id are chrome; nav shares a phrase with the body (在线报名)",
        page="""
!m 启智职业培训学校 — 人社部门认定的职业技能培训机构
!m 首页 | 学校概况 | 培训项目 | 招生简章 | 政策补贴 | 在线报名
{T}
!m 发布人：招生办　时间：2026-01-12
{BODY}
!w 招生热线：0739-6350880　微信咨询：qizhi_px
!a 立即报名　　预约试听
!l 热门培训：电工证培训 | 育婴员培训 | 叉车证培训
!m 湘ICP备19017736号
""",
        indent="\u3000\u3000",
        body="""
为贯彻落实职业技能提升行动有关要求，帮助城乡劳动者提升就业创业能力，结合我校办学条件和市场用工需求，制定2026年春季职业技能培训实施方案。
一、培训对象
城乡未继续升学的初高中毕业生、农村转移就业劳动者、失业人员、就业困难人员等有培训需求的劳动者。
二、培训工种及规模
本期开设育婴员、养老护理员、中式烹调师、电工、电子商务师5个工种，计划培训学员400人，每班不超过50人。
三、培训时间和方式
培训时间为2026年3月至5月，每期培训不少于80课时，采取理论教学与实操训练相结合的方式，实操课时不少于总课时的60%。
四、报名方式
学员持本人身份证、户口簿及相关证明材料到学校招生办现场报名，也可通过学校公众号在线报名。⟦a 【点击在线报名】⟧
五、补贴政策
学员培训结束并取得职业技能等级证书的，按规定申领职业培训补贴，补贴标准按市人社局公布的目录执行。
六、工作要求
学校成立培训工作领导小组，严格落实培训实名制管理，加强教学过程监管，确保培训质量，严禁虚报培训人数、套取补贴资金。
联系电话：0739-6350882（学校招生办）
启智职业培训学校
2026年1月10日
""",
    ),
    dict(
        slug="qa-zhiliao-approval-example-html",
        site="知了问答 (invented)",
        style="百科问答",
        genre="批复",
        kind="notice",
        form="html",
        source="https://www.zhiliaowenda.com/question/55120931/answer/88104",
        title="临漪市教育局关于同意临漪市第三中学更名的批复",
        record_title="批复的格式是什么？能给个例子吗？ - 知了问答",
        title_in="missing",
        date="2025-07-03",
        notes="Q&A page: the record title is the question; an explanatory lead-in and a closing line of the answer are neutral; vote/collect/comment bar, another answer that quotes how a 批复 begins",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>批复的格式是什么？能给个例子吗？ - 知了问答</title></head><body>
<div class="brand">⟦m 知了问答⟧</div>
<div class="topic">⟦m 知了问答 &gt; 教育 &gt; 公文写作⟧</div>
<h1 class="q">⟦m 批复的格式是什么？能给个例子吗？⟧</h1>
<div class="qmeta">⟦m 2个回答　·　1.3万浏览⟧</div>
<div class="answer"><div class="author">⟦m 优质回答者：行政文秘小周⟧</div>
<p>批复是答复下级请示事项的公文，一般由标题、主送机关、正文、落款组成。举个例子：</p>
<h3>{T}</h3>
{BODY}
<p>以上，望采纳。</p></div>
<div class="actions">⟦l 赞同 215　　反对　　收藏　　评论 8⟧</div>
<div class="more"><h4>⟦l 更多回答⟧</h4><p>⟦l 网友“不写材料会死”：批复一定要先引叙来文，再写批复意见。⟧</p></div>
<div class="ask"><a>⟦a 写回答⟧</a> <a>⟦a 邀请回答⟧</a></div>
<div class="icp">⟦m 知了问答 ©2025　沪ICP备21007762号-2⟧</div>
</body></html>
""",
        body="""
临漪市第三中学：
你校《关于学校更名的请示》（临三中〔2025〕8号）收悉。经研究，现批复如下：
一、同意“临漪市第三中学”更名为“临漪市东湖中学”。
二、更名后，学校的办学性质、隶属关系、办学层次和经费渠道不变。
三、请你校按规定办理法人登记变更等相关手续，做好印章、校牌的更换工作，并做好对学生、家长和社会的宣传解释工作。
此复。
临漪市教育局
2025年7月3日
""",
    ),
    dict(
        slug="wechat-luzhou-zugong-award-remarks",
        site="公号存档站, mirror of the account 鹭洲组工 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gzhcd.net/luzhouzugong/20250702/a1.html",
        title="在全区“两优一先”表彰大会上的发言",
        record_title="在全区“两优一先”表彰大会上的发言 | 鹭洲组工",
        date="2025-07-02",
        notes="WeChat mirror as text: follow prompt, collection tag, the speaker line under the title (neutral), source/editor lines, past-posts list with a headline that quotes a body phrase",
        page="""
!m 公号存档 · 鹭洲组工
!a 点击上方蓝字关注我们
!m 鹭洲组工　2025-07-02 18:30　发表于福建
!m 收录于合集 #先锋风采 12个
{T}
砚溪街道望湖社区党委书记　钟玉梅
{BODY}
!m 来源：砚溪街道党工委
!m 编辑：小鹭　审核：林涛
!l 往期推荐
!l 鹭洲区召开庆祝建党104周年暨“两优一先”表彰大会
!l 身边的榜样｜社区书记钟玉梅：居民的事再小也是大事
!a 分享　收藏　点赞　在看
""",
        body="""
尊敬的各位领导，同志们：
大家好！我是砚溪街道望湖社区党委书记钟玉梅。今天，我们社区党委被评为全区先进基层党组织，我感到无比光荣。这份荣誉属于社区全体党员和居民群众，更是组织对我们的鼓励和鞭策。
望湖社区是一个老旧小区集中的社区，居民中老年人多、困难群众多，过去群众反映的问题也多。这几年，我们始终坚持一个朴素的理念：居民的事再小也是大事。我们推行“党员楼栋长”制度，全社区126名党员全部亮身份、认楼栋，哪家老人行动不便、哪户下水道堵了，党员楼栋长第一时间上门。
去年夏天，一场暴雨让望湖苑地下车库进水。凌晨两点，我们社区干部和党员志愿者30多人冒雨转移车辆、疏散群众，一直忙到天亮，没有一户群众受到损失。事后，一位老大爷拉着我的手说：“有你们在，我们心里踏实！”这句话，我一直记在心里。
荣誉代表过去，奋斗成就未来。今后，我们将以这次表彰为新的起点，把群众的小事当作自己的大事，把社区建设成为居民幸福的家园！
谢谢大家！
""",
    ),
]
