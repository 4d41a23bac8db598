"""holdout31, part E: invented pages (see ../README.md and ../build.py). Everything here is invented."""

CASES = [
    dict(
        slug="exam-html-nanpu-weather-office-recruit",
        site="楠浦市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.nprsks.example.gov.cn/html/2025/0415/kszx_3391.html",
        title="楠浦市气象局2025年公开招聘事业单位工作人员公告",
        record_title="楠浦市气象局2025年公开招聘事业单位工作人员公告_楠浦市人事考试信息网",
        date="2025-04-15",
        notes="exam site HTML: floating 'online consult' and the site's technical hotline vs the document's 咨询电话; position table; 打印准考证 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>楠浦市气象局2025年公开招聘事业单位工作人员公告_楠浦市人事考试信息网</title></head><body>
<div class="logo">⟦m 楠浦市人事考试信息网⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 公务员考试⟧</li><li>⟦l 事业单位⟧</li><li>⟦l 职称考试⟧</li><li>⟦l 成绩查询⟧</li></ul>
<div class="path">⟦m 您现在的位置是：首页 - 事业单位 - 招聘公告⟧</div>
<h1>⟦t 楠浦市气象局2025年公开招聘事业单位工作人员公告⟧</h1>
<p class="sub">⟦m 来源：市气象局　　发布日期：2025年04月15日　　【字号：大 中 小】⟧</p>
<div class="article">
{BODY}
</div>
<div class="fj">⟦a 相关附件下载（请使用WPS或Office打开）⟧</div>
<div class="float">⟦w 报名系统技术咨询（工作日）：0797-8123 0066⟧</div>
<div class="ft">⟦m 主办：楠浦市人事考试中心　　赣ICP备08007731号-2⟧</div>
</body></html>
""",
        body="""
因工作需要，楠浦市气象局决定面向社会公开招聘事业单位工作人员三名，现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　专业要求
天气预报员　2　大气科学类
人工影响天气作业员　1　电子信息类
二、报名时间为4月21日至4月27日，报名人员须在网上如实填写报名信息。
三、笔试前一周，考生登录报名系统自行打印准考证。
四、本公告由市气象局负责解释，咨询电话：0797-8205512。
楠浦市气象局
2025年4月15日
""",
    ),
    dict(
        slug="tender-text-qiuyang-wetland-monitoring-result",
        site="楸阳市公共采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="https://cg.qiuyang.example.gov.cn/zbjg/2025/0718/QY-CG-2025-0442.html",
        title="楸阳市湿地生态监测设备采购项目中标结果公告",
        record_title="楸阳市湿地生态监测设备采购项目中标结果公告",
        record_date="2025-07-18",
        date="2025-07-18",
        notes="procurement result text page: project number, buyer/agency contacts kept, a result table, 'bid evaluation expert list' line; platform hotline as chrome",
        page="""
!m 楸阳市公共采购网　｜　阳光采购　公开透明
!m 采购公告 > 结果公告 > 货物类
{T}
!m 【发布时间：2025-07-18 17:02】【浏览次数：371】
!m 项目编号：QY-CG-2025-0442
{BODY}
!w 平台操作及CA咨询：0731-96118（7×24小时）
!l 上一条：楸阳市第三中学课桌椅采购项目中标公告
!l 下一条：楸阳市森林防火物资采购项目更正公告
""",
        body="""
一、项目名称：楸阳市湿地生态监测设备采购项目
二、中标信息
供应商名称　中标金额（元）　交货期
楚南环境科技有限公司　1,286,500　合同签订后60日
三、评审专家名单：沈立、黄婕、戴明宇、邢晓、龚洁
四、公告期限：自本公告发布之日起一个工作日。
五、联系方式
采购人：楸阳市林业局　联系人：易科长　电话：0731-5503321
采购代理机构：恒通招标咨询有限公司　联系人：文琪　电话：0731-5512870
""",
    ),
    dict(
        slug="lawfirm-html-boyuan-pension-fraud-warning",
        site="博远律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.boyuanlaw.example.com/pufa/2025/0602.html",
        title="警惕以“养老项目”为名的非法集资",
        record_title="【博远普法】警惕以“养老项目”为名的非法集资",
        date="2025-06-02",
        notes="law firm HTML: consultation widget, lawyer card, WeChat QR text, disclaimer, related articles; a numbered list",
        page="""
<html><head><meta charset="utf-8"><title>【博远普法】警惕以“养老项目”为名的非法集资 - 博远律师事务所</title></head><body>
<div class="hd">⟦m 博远律师事务所　BOYUAN LAW FIRM⟧</div>
<div class="nav">⟦l 律所简介　专业领域　律师团队　博远普法　联系我们⟧</div>
<h1>⟦t 【博远普法】警惕以“养老项目”为名的非法集资⟧</h1>
<div class="meta">⟦m 博远律师事务所　2025-06-02　阅读 455⟧</div>
<div class="body">
{BODY}
</div>
<div class="card">⟦m 作者：邝立群　执业证号 14306201510177665⟧</div>
<div class="ask">⟦w 免费法律咨询：微信扫码添加博远律师助理⟧</div>
<div class="disc">⟦d 本文仅供普法学习之用，具体问题请结合个案向专业律师咨询。⟧</div>
<div class="rel">⟦l 推荐阅读　>> 以房养老骗局的法律分析　>> 保健品消费纠纷维权指南⟧</div>
</body></html>
""",
        body="""
近年来，一些不法分子打着“养老服务”“养老公寓”的旗号，以高额回报为诱饵，向老年人非法吸收资金。
此类骗局通常具有以下特点：
1.承诺高额返利，声称投资养老项目可获得远高于银行存款的收益。
2.以“会员费”“床位预订费”为名收取大额资金。
3.组织免费旅游、健康讲座，先取得老年人的信任，再诱导其投资。
我们提醒老年朋友，遇到此类宣传一定要提高警惕，及时与子女商量，必要时向公安机关报案。
""",
    ),
    dict(
        slug="community-html-maple-garden-lift-minutes",
        site="榆景苑社区 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://yujingyuan.sq-home.example.cn/news/2025/0427/21.html",
        title="榆景苑小区增设无障碍坡道居民议事会会议纪要",
        record_title="榆景苑小区增设无障碍坡道居民议事会会议纪要-榆景苑社区",
        date="2025-04-27",
        notes="residents' site HTML: service menu, weather widget, notice board sidebar; minutes lines kept and a vote count; the community's own 联系电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>榆景苑小区增设无障碍坡道居民议事会会议纪要-榆景苑社区</title></head><body>
<div class="top">⟦m 榆景苑社区服务网⟧　⟦m 今日 多云 18~26℃⟧</div>
<div class="nav">⟦l 社区动态 | 居民议事 | 便民服务 | 党建园地⟧</div>
<h2>⟦t 榆景苑小区增设无障碍坡道居民议事会会议纪要⟧</h2>
<div class="meta">⟦m 发布人：社区居委会　发布日期：2025-04-27　浏览(96)⟧</div>
{BODY}
<div class="side">⟦l 社区公告栏：· 五一期间垃圾清运时间调整　· 老年食堂菜单更新⟧</div>
<div class="ft">⟦m 榆景苑社区居委会　地址：柃山县榆景路9号⟧</div>
</body></html>
""",
        body="""
时间：2025年4月25日晚上7时
地点：社区议事厅
主持：社区主任　丁慧
参会：居民代表十九名、业委会委员、物业公司负责人
会议讨论了在小区三栋、五栋单元入口增设无障碍坡道的方案。
经表决，同意十八票，反对一票，方案获得通过。
会议明确，坡道建设费用由社区微实事项目资金解决，物业公司负责日常维护。
居民如有意见建议，可联系社区居委会，电话：0538-6215506。
""",
    ),
    dict(
        slug="association-text-hairdressing-training-notice",
        site="桤原市美发美容行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qyhairbeauty.example.org/tzgg/2025/0911/63.html",
        title="关于举办美发师职业技能提升培训班的通知",
        record_title="【协会通知】关于举办美发师职业技能提升培训班的通知",
        date="2025-09-11",
        notes="association text page; 附件 list kept; the association's own 联系人/电话 kept; member-centre and join prompts; footer",
        page="""
!m 桤原市美发美容行业协会
!l 首页　协会概况　通知公告　会员名录　行业标准　在线入会
!t 【协会通知】关于举办美发师职业技能提升培训班的通知
!m 秘书处 ｜ 2025/09/11 ｜ 点击 274
{BODY}
!a 会员单位可登录会员中心在线报名　>>会员中心
!d 协会网站所载内容，未经许可不得转载
!m 协会地址：桤原市中山路26号　协会公众号：qyhairbeauty
""",
        body="""
各会员单位：
为提高我市美发从业人员职业技能水平，协会定于10月举办美发师职业技能提升培训班，现将有关事项通知如下。
一、培训时间：2025年10月13日至10月17日
二、培训地点：桤原技师学院实训楼
三、培训内容：剪发造型、烫染技术、顾客服务礼仪等
四、请各单位于9月30日前将报名回执报协会秘书处。
联系人：晏晓红　电话：0793-3208861
附件：1.培训报名回执
2.培训课程安排表
桤原市美发美容行业协会
2025年9月11日
""",
    ),
    dict(
        slug="company-html-yunfeng-dairy-recall",
        site="云峰乳业 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yunfengdairy.example.com/news/gonggao/20250809.html",
        title="关于主动召回部分批次低温酸奶的公告",
        record_title="关于主动召回部分批次低温酸奶的公告｜云峰乳业",
        date="2025-08-09",
        notes="corporate HTML: product menu, online shop link, customer-service line of the site vs the recall hotline in the document (kept); batch table",
        page="""
<html><head><meta charset="utf-8"><title>关于主动召回部分批次低温酸奶的公告｜云峰乳业</title></head><body>
<header>⟦m 云峰乳业　每一口都是牧场的味道⟧<nav>⟦l 关于云峰 产品中心 新闻动态 牧场之旅 加入我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司公告⟧</div>
<h1>⟦t 关于主动召回部分批次低温酸奶的公告⟧</h1>
<div class="date">⟦m 2025.08.09⟧</div>
<div class="rte">
{BODY}
</div>
<div class="shop">⟦a 云峰官方商城　立即选购 ›⟧</div>
<footer>⟦m 消费者服务热线：400-660-8866⟧ ⟦m © 2025 云峰乳业股份有限公司　沪ICP备16025531号⟧</footer>
</body></html>
""",
        body="""
近日，我公司在内部质量巡检中发现，部分批次低温酸奶的包装封口存在密封不严的情况。为保障消费者健康，公司决定主动召回以下批次产品。
产品名称　规格　生产日期
原味低温酸奶　200克　2025年7月28日
草莓味低温酸奶　200克　2025年7月29日
已购买上述批次产品的消费者，请停止食用，凭产品包装到购买门店办理退货。
召回专线：400-660-8867，受理时间为每天8:00至20:00。
对由此给消费者带来的不便，我们深表歉意。
云峰乳业股份有限公司
2025年8月9日
""",
    ),
    dict(
        slug="training-text-zhicheng-electrician-exam-guide",
        site="智成职业培训 (invented)",
        style="培训机构",
        genre="指南",
        kind="article",
        form="text",
        source="https://www.zhicheng-px.example.com/news/dgz-kaoshi-2025.html",
        title="低压电工作业证考试报名须知",
        record_title="低压电工作业证考试报名须知（2025最新版）_智成职业培训",
        date=None,
        notes="training school text: banner prompts, enrolment QQ and WeChat, class timetable kept; relative time '1周前' and a year only in the decorated title: no date",
        page="""
!a 🔥 暑期班火热报名中，前20名赠送教材！
!m 智成职业培训学校 ＞ 考证资讯
!t 低压电工作业证考试报名须知（2025最新版）_智成职业培训
!m 1周前 · 教务处 · 阅读 3.4万
{BODY}
!w 报名咨询：李老师 158 0739 6621（微信同号）　QQ群：61288703
!a 在线报名　｜　免费领取电工题库
!l 热门课程：焊工证　高处作业证　叉车证　制冷证
""",
        body="""
一、报名条件
年满十八周岁，且不超过国家法定退休年龄；初中及以上文化程度；身体健康，无妨碍从事电工作业的疾病和生理缺陷。
二、报名材料
身份证复印件一份、学历证明复印件一份、近期一寸白底彩色照片两张。
三、培训安排
班型　培训时间　上课方式
周末班　连续四个周末　理论加实操
全日班　连续七天　理论加实操
四、考试方式
考试分为理论考试和实际操作考试，均采用百分制，八十分及以上为合格。
""",
    ),
    dict(
        slug="fwapp-html-miaobi-ranger-summary",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.miaobi-gw.example.app/read/art/55210078",
        title="护林员个人年度工作总结",
        record_title="护林员个人年度工作总结（精选范文）",
        date=None,
        notes="范文 app's reading mode HTML: VIP prompts, hidden-content gate between paragraphs, AI-rewrite button; no date",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>护林员个人年度工作总结（精选范文）</title></head><body>
<div class="appbar">⟦a 妙笔公文APP　打开App免费看全文⟧</div>
<h1>⟦t 护林员个人年度工作总结（精选范文）⟧</h1>
<div class="tags">⟦l #个人总结　#林业　#年终总结⟧</div>
<div class="reading">
{BODY}
</div>
<div class="ai">⟦a ✨ AI帮我改写成自己的版本⟧</div>
<div class="vip">⟦a 开通超级VIP，海量范文无限复制⟧</div>
<div class="foot">⟦m 妙笔公文 v3.8.2⟧</div>
</body></html>
""",
        body="""
一年来，我认真履行护林员职责，坚持每天巡山护林，较好地完成了管护任务。
我负责管护的林地共三千二百亩，全年巡山二百八十余天，没有发生一起森林火灾和乱砍滥伐案件。
⟦a 以下内容为会员专享，开通后继续阅读⟧
在森林防火期，我挨家挨户发放防火宣传单，劝阻上坟烧纸等野外用火行为十余起。
今后我将继续加强学习，熟练使用巡护终端，做一名合格的护林员。
""",
    ),
    dict(
        slug="gkforum-html-zhenti-treasury-interview",
        site="政途公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://bbs.zhengtu-gk.example.com/t-220871.html",
        title="财政系统遴选面试备考心得",
        record_title="【面试经验】财政系统遴选面试备考心得 - 遴选交流 - 政途公考社区",
        date="2025-08-16",
        notes="exam forum HTML: user card, medal row, floor, 'reply to see hidden content' box, signature; 发表于 date",
        page="""
<html><head><meta charset="utf-8"><title>【面试经验】财政系统遴选面试备考心得 - 遴选交流 - 政途公考社区</title></head><body>
<div class="hd">⟦m 政途公考社区 · 一起上岸⟧</div>
<div class="nav">⟦m 社区首页 › 遴选交流 › 帖子详情⟧</div>
<h1>⟦t 【面试经验】财政系统遴选面试备考心得⟧</h1>
<div class="user">⟦m 楼主：遴选老兵　　勋章：上岸之星　积分 2811⟧</div>
<div class="time">⟦m 发表于 2025-08-16 22:10⟧</div>
{BODY}
<div class="hidden">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="sign">⟦m ——祝各位考友一战成硕、一战上岸——⟧</div>
<div class="floor">⟦l 2楼　星光不负：干货满满！⟧</div>
</body></html>
""",
        body="""
今年我参加了市财政局的遴选面试，最终以总成绩第二名进入考察，把备考中的几点体会分享给大家。
一是吃透业务。财政系统的面试题经常涉及预算管理、国库集中支付和政府采购，要提前熟悉基本政策。
二是多练结构化。我和研友每天模拟两道题，互相计时、互相点评，坚持了一个月。
三是结合实际。遴选考生都有工作经历，答题时要多举自己工作中的例子，避免空泛。
""",
    ),
    dict(
        slug="baike-text-wenda-weather-modification",
        site="问典百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="article",
        form="text",
        source="https://www.wendian.example.com/wiki/人工影响天气",
        title="人工影响天气",
        record_title="人工影响天气 - 问典百科",
        date=None,
        notes="encyclopaedia text page: edit links, contents, 'this entry has been viewed' line, references; a template placeholder 20××年 inside; no date",
        page="""
!m 问典百科 · 人人可编辑的百科全书
!t 人工影响天气 - 问典百科
!a [编辑]　[历史版本]　[收藏]
!l 目录：1 概述　2 主要作业方式　3 安全管理
{BODY}
!l 参考资料：[1] 人工影响天气管理条例　[2] 气象学概论
!m 本词条已被浏览 12,806 次，最后编辑于 5天前
!d 问典百科内容仅供参考，如需专业意见请咨询相关机构
""",
        body="""
人工影响天气是指为避免或者减轻气象灾害，合理利用气候资源，在适当条件下通过科技手段对局部大气的物理、化学过程进行人工影响，实现增雨雪、防雹、消雨、消雾、防霜等目的的活动。
主要作业方式
常用的作业方式有高炮作业、火箭作业、飞机作业和地面烟炉作业等。
安全管理
作业单位应当制定作业方案，作业方案一般写明作业时间，如“20××年×月×日至×月×日”，并报当地气象主管机构备案。
""",
    ),
    dict(
        slug="netdisk-html-kuaipan-dental-training-minutes",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://kp.kuaipan-share.example.com/s/dT8kq2Lm",
        title="栎口县口腔医院院感质控会议纪要",
        record_title="栎口县口腔医院院感质控会议纪要.docx",
        date="2025-02-25",
        notes="cloud-drive HTML share: file-info bar, save/download buttons, report link, ad box; minutes lines kept",
        page="""
<html><head><meta charset="utf-8"><title>栎口县口腔医院院感质控会议纪要.docx - 快盘分享</title></head><body>
<div class="bar">⟦m 快盘分享⟧　⟦a 登录　客户端下载⟧</div>
<div class="file"><h2>⟦t 栎口县口腔医院院感质控会议纪要.docx⟧</h2><p>⟦m 18.2KB　2025-02-26 09:13 分享　有效期 7天⟧</p></div>
<div class="btns">⟦a 保存到快盘　下载(18.2KB)　举报⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ad">⟦a 开通快盘会员，不限速下载，每月仅需 9.9 元⟧</div>
<div class="foot">⟦d 快盘严厉打击侵权及违法内容的传播，一经发现立即删除⟧</div>
</body></html>
""",
        body="""
时间：2025年2月25日下午
地点：医院第一会议室
主持：业务副院长　韦丽
参会：各科室主任、护士长、院感专职人员
会议通报了一月份院感质控检查结果，口腔颌面外科和修复科手卫生依从率偏低。
会议要求，各科室要严格执行器械一人一用一消毒制度，消毒记录要做到可追溯。
院感科每月开展一次专项督查，检查结果纳入科室绩效考核。
院办　2025年2月25日
""",
    ),
    dict(
        slug="snapshot-text-cache-optical-pledge",
        site="千寻快照 文本版 (invented)",
        style="搜索快照",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://snapshot.qianxun.example.net/t?url=www.nanpu-yanjing.example.org/cy/2025/0606.html",
        title="爱眼护眼　科学验配倡议书",
        record_title="爱眼护眼　科学验配倡议书",
        date="2025-06-06",
        notes="text-only cache: snapshot banner with crawl time (not a date); original page's nav and footer; 全国爱眼日 mention; document date at the end",
        page="""
!d 千寻快照（纯文本版）：本页面是 www.nanpu-yanjing.example.org 于 2025-07-19 08:44:02 的存档，仅供参考。
!a 点击查看原网页 | 查看完整快照
!m 楠浦市眼镜商会 >> 商会动态
{T}
{BODY}
!m 楠浦市眼镜商会　电话：0797-8230019
!m 赣ICP备19004477号
""",
        body="""
全市眼镜行业从业者：
6月6日是全国爱眼日。为进一步提升验配服务水平，保护广大群众的视力健康，楠浦市眼镜商会向全体从业者发出如下倡议。
一、坚持科学验光，严格按照操作规程为顾客验光配镜，不夸大宣传矫正效果。
二、加强青少年近视防控宣传，提醒家长带孩子定期检查视力。
三、诚信经营，明码标价，自觉接受消费者监督。
楠浦市眼镜商会
2025年6月6日
""",
    ),
]
