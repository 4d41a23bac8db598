"""holdout55, part D: 招投标网, 律所网站, 社区网站, 行业协会, 企业官网, 培训机构 — a
port's inspection-equipment tender, a farm-machinery purchase result, homestay-contract and
customs-compliance law pages, residents' pages on a hot-spring well and a yoga room, a
homestay association, a sign-language association, a cold-storage firm, a drama troupe's
box office, a yoga-teacher school and a customs-declaration school. Invented text."""

CASES = [
    dict(
        slug="tender-koan-notice-html-platform",
        site="榆湾公共资源交易网 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://ggzy.yuwan.example.gov.cn/jyxx/zfcg/cggg/20250715/62281.html",
        title="榆湾口岸查验设备采购项目公开招标公告",
        record_title="榆湾口岸查验设备采购项目公开招标公告",
        date="2025-07-15",
        record_date="2025-07-15",
        notes="tender platform; buyer's and agency's contacts kept next to the platform's CA hotline; lot table",
        page="""
<html><head><title>榆湾口岸查验设备采购项目公开招标公告</title></head><body>
<div class="top">⟦m 榆湾市公共资源交易中心⟧ ⟦a 登录 | 注册 | CA办理⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 服务指南 监督投诉⟧</div>
<div class="path">⟦m 交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 【信息时间：2025-07-15】【阅读次数：640】⟧</div>
{BODY}
<div class="op">⟦a 【我要打印】【关闭窗口】⟧</div>
<div class="ft">⟦w CA证书服务热线：400-188-6617⟧ ⟦m 交易中心地址：榆湾市政务服务中心五楼⟧</div></body></html>
""",
        body="""
项目编号：YWCG-2025-0713
一、采购内容
包号　名称　预算金额（万元）
1　行李安检机　186
2　车辆辐射探测门　240
二、投标截止时间：2025年8月5日9时30分。
三、联系方式
采购人：榆湾市人民政府口岸办公室，联系人：滕先生，电话：0779-2291036。
代理机构：桂南项目咨询有限公司，联系人：毛女士，电话：0779-2387715。
""",
    ),
    dict(
        slug="tender-nongji-result-text",
        site="柘川县政府采购网 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zfcg.zhechuan.example.gov.cn/zbgg/2025/0619/3302.html",
        title="柘川县农机化技术推广站植保无人机采购项目中标结果公告",
        record_title="柘川县农机化技术推广站植保无人机采购项目中标结果公告-柘川县政府采购网",
        date="2025-06-19",
        notes="site suffix; result table; 公告期限 sentence; byline time",
        page="""
!m 柘川县政府采购网
!m 首页 → 采购公告 → 结果公告
{T}
!m 发布人：采购办　发布时间：2025年06月19日 15:20
{BODY}
!l 相关公告：植保无人机采购项目招标公告
!m 柘川县财政局　版权所有
""",
        body="""
一、项目编号：ZCZC2025-041
二、中标信息
供应商名称　中标金额（元）
柘川翔农科技有限公司　1,286,000
三、公告期限：自本公告发布之日起1个工作日。
四、采购人：柘川县农机化技术推广站，联系电话：0745-3318206。
""",
    ),
    dict(
        slug="lawfirm-minsu-lecture-html",
        site="栖川律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qichuanlaw.example.com/insights/2025/0920-0317.html",
        title="民宿经营者合同风险防范讲座讲稿",
        record_title="民宿经营者合同风险防范讲座讲稿 | 栖川律师事务所",
        date="2025-09-20",
        notes="law firm insight page; 'not legal advice' disclaimer; consult box; date under title",
        page="""
<html><head><title>民宿经营者合同风险防范讲座讲稿 | 栖川律师事务所</title></head><body>
<div class="hd">⟦m 栖川律师事务所　专业 · 勤勉 · 守信⟧</div>
<div class="nav">⟦m 首页　律所介绍　专业领域　律师团队　栖川观点　联系我们⟧</div>
<h1>{T}</h1>
<p>主讲人：栖川律师事务所合伙人　柯文渊</p>
<p>（2025年9月20日）</p>
{BODY}
<div class="disc">⟦d 本文仅为一般性法律知识分享，不构成针对具体案件的法律意见⟧</div>
<div class="consult">⟦w 在线咨询｜预约律师 0595-86112233⟧</div>
<div class="rel">⟦l 栖川观点 · 更多：乡村旅游用地的几个法律问题⟧</div></body></html>
""",
        body="""
各位民宿经营者朋友：
今天和大家聊一聊民宿经营中最常见的三类合同风险。
一是房屋租赁合同。租期、续租条件和装修归属一定要写清楚，避免到期后发生纠纷。
二是客房预订合同。平台上的退订规则要和店内告示保持一致。
三是雇用合同。聘请阿姨、管家，要依法签订劳动合同或者劳务协议。
""",
    ),
    dict(
        slug="lawfirm-baoguan-answer-text",
        site="衡岳律师网 (invented)",
        style="律所网站",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.hengyuelaw.example.net/wd/5517.html",
        title="报关企业申报不实被处罚，能否申请行政复议？",
        record_title=None,
        date=None,
        notes="no record title; a lawyer's answer; 咨询量 and 'answered 1 day ago' not dates; law articles spoken of",
        page="""
!m 衡岳律师网　找律师 · 问律师
!m 法律咨询 > 海关法 > 详情
报关企业申报不实被处罚，能否申请行政复议？
!m 咨询人：匿名　地区：福建
!m 黎建明律师　执业证号：13501201011330　1天前回答
{BODY}
!w 免费咨询电话：400-601-2889
!d 律师回复仅供参考，具体请结合案件材料咨询
!l 相似问题：报关员被记分怎么办？
""",
        body="""
可以申请。根据《中华人民共和国行政复议法》的规定，对海关作出的行政处罚决定不服的，可以自知道该行政行为之日起六十日内申请行政复议。
需要注意的是，复议期间处罚决定原则上不停止执行。
建议您准备好报关单、合同、发票等材料，证明申报不实并非故意。
""",
    ),
    dict(
        slug="community-wenquan-notice-well",
        site="汤泉社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tangquan.example-sq.cn/gg/2025/11/27.html",
        title="关于公共温泉井暂停供水检修的通知",
        record_title="关于公共温泉井暂停供水检修的通知",
        date="2025-11-24",
        notes="residents' site; the notice's own phone kept; site slogan; a WeChat group prompt",
        page="""
!m 汤泉社区服务网 · 邻里一家亲
!m 社区公告｜物业通知｜便民服务
{T}
{BODY}
!w 加入社区微信群，请添加网格员微信 tq_wangge01
!m 浏览次数：218
""",
        body="""
各位居民：
因社区公共温泉井水泵老化，需进行检修，定于11月26日至27日暂停向各楼栋供应温泉水，自来水供应不受影响。
检修期间请各户关闭温泉水阀门，恢复供水后先放水三分钟再使用。
如有问题请联系社区居委会，电话：0745-5123706。
汤泉社区居民委员会
2025年11月24日
""",
    ),
    dict(
        slug="community-yujia-notice-html-board",
        site="槭原街道和谐社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qyhxsq.example.cn/notice/3382.html",
        title="社区瑜伽活动室开放预约的通知",
        record_title="【社区公告】社区瑜伽活动室开放预约的通知",
        date="2025-03-03",
        notes="community board; booking mini-program sentence kept; numbered list; date at end",
        page="""
<html><head><title>社区瑜伽活动室开放预约的通知 - 和谐社区网</title></head><body>
<div class="hd">⟦m 槭原街道和谐社区网⟧ ⟦m 公告栏　办事指南　志愿服务　居民议事⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 栏目：公告栏　编辑：网格员小吕⟧</div>
{BODY}
<div class="like">⟦l 点赞 12　评论 4⟧</div>
<div class="ft">⟦m 槭原街道办事处主办　地址：槭原大道17号⟧</div></body></html>
""",
        body="""
各位居民朋友：
社区瑜伽活动室已完成装修，即日起向辖区居民免费开放。
1. 开放时间：每周一至周六9:00-21:00。
2. 请通过“槭原邻里”小程序提前一天预约，每次限用两小时。
3. 请自带瑜伽垫，保持室内整洁。
槭原街道和谐社区居委会
2025年3月3日
""",
    ),
    dict(
        slug="association-minsu-pledge-html",
        site="棠浦县民宿协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.tpmsxh.example.org/news/show-227.html",
        title="民宿行业诚信经营倡议书",
        record_title="【协会倡议】民宿行业诚信经营倡议书_棠浦县民宿协会",
        date="2025-04-30",
        notes="association site; join-the-association box; date at the end",
        page="""
<html><head><title>民宿行业诚信经营倡议书_棠浦县民宿协会</title></head><body>
<div class="hd">⟦m 棠浦县民宿协会　TANGPU HOMESTAY ASSOCIATION⟧</div>
<div class="nav">⟦m 协会首页　协会动态　会员风采　政策速递　入会指南⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 时间：2025/05/02　来源：协会秘书处⟧</div>
{BODY}
<div class="join">⟦a 申请入会｜下载入会申请表⟧</div>
<div class="ft">⟦m 协会秘书处电话：0745-5226680　邮箱：tpms@example.org⟧</div></body></html>
""",
        date_also=["2025-05-02"],
        body="""
全县民宿经营者：
“五一”假期将至，为维护棠浦民宿良好口碑，协会向全体会员发出如下倡议：
一、明码标价，不在节假日随意涨价。
二、如实宣传，房间照片和实际一致。
三、热情服务，及时处理游客投诉。
棠浦县民宿协会
2025年4月30日
""",
    ),
    dict(
        slug="association-shouyu-minutes-text",
        site="椒川市手语协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.jcsyxh.example.org/hyjy/2025/12.html",
        title="椒川市手语协会第二届理事会第三次会议纪要",
        record_title="椒川市手语协会第二届理事会第三次会议纪要",
        date="2025-12-12",
        notes="minutes' 时间/地点/主持/出席/记录 lines kept; vote count; date only in the minutes' 时间 line",
        page="""
!m 椒川市手语协会
!m 协会动态 ＞ 会议纪要
{T}
{BODY}
!d 本站内容由协会秘书处维护，转载请注明出处
!m 浏览：97次
""",
        body="""
时间：2025年12月12日下午2:30
地点：市残疾人综合服务中心三楼
主持：会长 符小燕
出席：理事十五人（应到十七人）
记录：秘书长 闻家宁
一、审议通过2026年度工作计划，表决结果：同意15票，反对0票，弃权0票。
二、同意吸收新会员二十三名。
三、决定2026年开展手语进社区活动二十场。
""",
    ),
    dict(
        slug="company-lengku-recall-html",
        site="鲜达冷链物流有限公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xiandacold.example.com/news/company/2025-0922.html",
        title="关于部分冷藏车温控记录仪免费检修的公告",
        record_title="关于部分冷藏车温控记录仪免费检修的公告-鲜达冷链",
        date="2025-09-22",
        record_date="2025-09-22",
        notes="company site; customer service line of the document kept; site's 400 in footer; 客户服务 widget",
        page="""
<html><head><title>关于部分冷藏车温控记录仪免费检修的公告-鲜达冷链</title></head><body>
<div class="hd">⟦m 鲜达冷链　让新鲜走得更远⟧ ⟦m 首页 关于我们 服务网络 新闻中心 联系我们⟧</div>
<h1>{T}</h1>
<div class="i">⟦m 新闻中心 / 公司公告　2025-09-22⟧</div>
{BODY}
<div class="kf">⟦w 在线客服　工作日 9:00-18:00⟧</div>
<div class="ft">⟦m 全国服务热线 400-900-3158　闽ICP备20014411号-1⟧</div></body></html>
""",
        body="""
尊敬的客户：
经排查，我公司2023年3月至8月交付的部分冷藏车所装温控记录仪存在数据上传延迟问题。
即日起，我公司为上述车辆免费检修温控记录仪，检修时间约一小时。
请车主携带行驶证到就近服务网点检修，或拨打售后专线0596-7260313预约上门。
特此公告。
鲜达冷链物流有限公司
2025年9月22日
""",
    ),
    dict(
        slug="company-huaju-news-text-boxoffice",
        site="楝口话剧团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lkhjt.example.cn/xw/2025/1126.html",
        title="楝口话剧团年度演出季开票",
        record_title="楝口话剧团年度演出季开票_剧团新闻",
        date="2025-11-26",
        notes="a troupe's site: box-office buttons, 购票 prompts; a schedule table kept; 扫码购票 sentence kept",
        page="""
!m 楝口话剧团　LIANKOU DRAMA TROUPE
!a 在线购票　会员中心
!m 剧团新闻 ｜ 2025-11-26
{T}
{BODY}
!a 立即选座 ＞
!l 往期回顾：《渡口》全国巡演收官
!m 票务咨询 0738-6218800　地址：楝口市文化路9号小剧场
""",
        body="""
楝口话剧团2026年度演出季今天正式开票。
本演出季共安排五部剧目、六十场演出。
剧目　演出时间
《灯下》　1月9日-1月18日
《渡口》　3月6日-3月15日
《老屋》　5月1日-5月10日
观众可在剧院售票处购票，也可扫描海报上的二维码在线购票。学生凭学生证享受半价优惠。
""",
    ),
    dict(
        slug="training-yujia-brochure-html",
        site="禾韵瑜伽教培中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.heyunyoga.example.com/course/teacher-2026.html",
        title="2026年春季瑜伽教练资格培训班招生简章",
        record_title="【限时报名】2026年春季瑜伽教练资格培训班招生简章｜禾韵瑜伽",
        date=None,
        notes="training school; 报名电话 of the brochure kept next to the site's popup consult; no document date (year in title only); 剩余名额 and countdown not dates",
        page="""
<html><head><title>【限时报名】2026年春季瑜伽教练资格培训班招生简章｜禾韵瑜伽</title></head><body>
<div class="hd">⟦m 禾韵瑜伽教培中心　十年专注瑜伽教练培养⟧</div>
<div class="bar">⟦a 免费试听　领取课程资料⟧</div>
<h1>{T}</h1>
<div class="cd">⟦m 距开班还有 18 天　剩余名额 7⟧</div>
{BODY}
<div class="pop">⟦w 课程顾问在线，点击咨询或加微信 heyun_yoga66⟧</div>
<div class="ft">⟦m ©禾韵瑜伽　粤ICP备21003190号⟧</div></body></html>
""",
        body="""
一、培训对象：年满十八周岁、身体健康、热爱瑜伽的学员。
二、课程内容：瑜伽解剖学、体式教学、呼吸与冥想、课程编排。
三、培训时长：共二十八天，理论与实操结合。
四、结业考核合格者颁发培训结业证书。
五、报名方式：到中心前台现场报名，或拨打报名电话0756-3389012。
""",
    ),
    dict(
        slug="training-baoguan-plan-text",
        site="海关通职业培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.hgtpx.example.net/news/2025/0812.html",
        title="报关实务短期培训班教学计划",
        record_title="报关实务短期培训班教学计划（2025秋季班）",
        date="2025-08-12",
        notes="decorated record title (the title without the season tag); schedule table; 成文日期; ad for courses between paragraphs",
        page="""
!m 海关通职业培训学校 —— 外贸人才的摇篮
!m 首页 » 教学教务 » 教学计划
{T}
{BODY}
!w 报名咨询：季老师 13950288716（微信同号）
!l 热门课程：单证员速成｜跨境电商运营
""",
        body="""
为帮助学员系统掌握报关业务知识，特制定本期报关实务短期培训班教学计划。
课次　内容　课时
1　海关监管制度概述　4
2　商品归类与税则　8
3　报关单填制实训　8
⟦a 本期秋季班早鸟价截止本周日，点击抢位⟧
结业时组织模拟考核，成绩合格者颁发结业证书。
海关通职业培训学校教务处
2025年8月12日
""",
    ),
]
