"""holdout135, part d: written blind (see NOTE.md). Invented sites, places, people, URLs."""

CASES = [
    dict(
        slug="download-huanjing-acid-rain-plan-markers",
        site="环境资料下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://down.hjzl.example.net/file/acidrain-2025.html",
        title="2025年度酸雨监测工作方案",
        record_title="2025年度酸雨监测工作方案.wps",
        date="2025-01-20",
        notes="file-name title (.wps); page markers ☙n❧ glued or not; numbered list; download links and a password",
        indent="\u3000\u3000",
        pages=dict(fmt="☙{n}❧", every=150, start=2, glue="mix"),
        page="""
!m 环境资料下载 · 专业环保文档库
!m 文件名：2025年度酸雨监测工作方案.wps　大小：52KB　更新：2025-02-11
!a 【本地下载】　【网盘下载】　【下载帮助】
!m 文件预览：
{BODY}
!a 预览仅显示部分内容，完整文件请点击上方下载
!m 解压密码：hjzl2025
!d 下载的资料仅供个人学习使用，请于24小时内删除。
""",
        body="""
为掌握全市降水酸度变化趋势，评估酸雨污染状况，根据省生态环境监测总站部署，制定本方案。
一、监测点位
全市设酸雨监测点六个，分别位于市区、槭城、楂坪、桕湾、柷水和杪溪，各点位保持不变。
二、监测项目和频次
1.逢雨必测，每次降水过程均需采样，测定降水量、pH值和电导率。
2.每月将当月降水样品混合，测定硫酸根、硝酸根、铵离子等九项离子组分。
三、质量控制
采样器每月清洗一次，pH计每次使用前用标准缓冲溶液校准，平行样比例不低于百分之十。
四、数据报送
各点位于每月五日前将上月监测数据报市生态环境监测站，逾期将予以通报。
市生态环境监测站
2025年1月20日
""",
    ),
    dict(
        slug="exam-haiyang-html-penguin-keeper-recruitment",
        site="海阳市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hyrsks.example.gov.cn/sydw/2025/0522/2801.html",
        title="海阳海洋公园2025年公开招聘企鹅馆饲养员公告",
        record_title="【招聘公告】海阳海洋公园2025年公开招聘企鹅馆饲养员公告_事业单位招聘_海阳市人事考试网",
        date="2025-05-22",
        record_date="2025-05-22",
        notes="exam site HTML; decorated title with column/site; registration URL and 报名 e-mail of the document kept; post table; the site's technical hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【招聘公告】海阳海洋公园2025年公开招聘企鹅馆饲养员公告_事业单位招聘_海阳市人事考试网</title></head>
<body>
<div class="top">⟦m 海阳市人事考试网　海阳市人事考试中心⟧ ⟦a 考生登录　考生注册⟧</div>
<div class="nav">⟦m 首页　考试动态　公务员　事业单位　职称考试　成绩查询⟧</div>
<div class="crumb">⟦m 首页 > 事业单位 > 招聘公告⟧</div>
<h1>⟦t 【招聘公告】海阳海洋公园2025年公开招聘企鹅馆饲养员公告⟧</h1>
<div class="info">⟦m 发布日期：2025-05-22　信息来源：海阳海洋公园　点击量：5410⟧</div>
<div class="main">
{BODY}
</div>
<div class="tip">⟦w 报名系统技术咨询：0535-6623001（工作日 8:30-17:00）⟧</div>
<div class="rel">⟦l 相关公告：海阳市2025年事业单位招聘资格复审公告⟧</div>
<div class="foot">⟦m 主办：海阳市人事考试中心⟧ ⟦m 鲁ICP备13027706号⟧</div>
</body></html>
""",
        body="""
因工作需要，海阳海洋公园面向社会公开招聘企鹅馆饲养员，现将有关事项公告如下：
一、招聘岗位
岗位名称　人数　学历要求　专业要求
企鹅饲养员　3　大专及以上　动物科学、动物医学、水产养殖
二、报名条件
年龄在十八周岁以上、三十五周岁以下，身体健康，能适应低温环境工作和节假日轮班。
三、报名方式
本次招聘实行网上报名，报名网址：http://zp.hyocean.example.cn，报名时间为5月26日至6月1日。
应聘人员也可将报名表发送至 zhaopin@hyocean.example.cn，邮件标题注明“姓名＋岗位”。
四、咨询电话
0535-6639018（海洋公园人力资源部）。
海阳海洋公园
2025年5月22日
""",
    ),
    dict(
        slug="exam-rugao-beidou-technician-exam-notice",
        site="汝皋人才考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.rgrcks.example.cn/zcks/2025/0911/778.html",
        title="关于北斗农机导航应用技术员职业技能等级认定考试的通知",
        date="2025-09-11",
        notes="exam-site text; record title plain; sentences of the document telling candidates to 下载并打印 准考证 kept; a timetable; the site's hotline footer",
        page="""
!m 汝皋人才考试网
!m 位置：首页 / 职业技能 / 考试通知
{T}
!m 发布：考务科　日期：2025-09-11　阅读次数 903
{BODY}
!a ［打印此页］　［返回列表］
!m 考务服务热线：0513-8771200　地址：汝皋市人民南路58号
""",
        body="""
各有关单位、各位考生：
2025年第二批北斗农机导航应用技术员职业技能等级认定考试定于10月中旬举行，现将有关事项通知如下：
一、考试时间和科目
科目　日期　时间
理论知识　10月18日　9:00—10:30
操作技能　10月19日　8:30—17:00
二、考试地点
理论知识考试在汝皋职业技术学院实训楼，操作技能考试在汝皋农机试验场。
三、准考证
考生须于10月14日起登录报名系统下载并打印准考证，凭准考证和身份证参加考试。
四、注意事项
操作技能考试须自带已安装北斗终端的拖拉机一台，由考点统一调度。
汝皋市职业技能鉴定中心
2025年9月11日
""",
    ),
    dict(
        slug="tender-yunzhou-html-giraffe-house-tender",
        site="云州市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yunzhou.example.gov.cn/jyxx/gcjs/zbgg/202507/t20250703_8812.html",
        title="云州动物园长颈鹿馆改造工程施工招标公告",
        record_title="云州动物园长颈鹿馆改造工程施工招标公告-工程建设-云州市公共资源交易平台",
        date="2025-07-03",
        notes="tender platform HTML with countdown and CA hotline; purchaser and agency contacts kept; a sections table; suffixes in the title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>云州动物园长颈鹿馆改造工程施工招标公告-工程建设-云州市公共资源交易平台</title></head>
<body>
<div class="header">⟦m 云州市公共资源交易平台⟧ ⟦a 投标人登录　|　CA证书办理⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息⟧</div>
<div class="pos">⟦m 交易信息 > 工程建设 > 招标公告⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 信息时间：2025-07-03 09:00　访问量：318⟧</div>
<div class="countdown">⟦m 距投标截止还有：20天23时41分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="ca">⟦w CA数字证书服务热线：400-811-2525⟧</div>
<div class="foot">⟦d 本平台发布的信息由招标人负责，平台不承担任何法律责任⟧ ⟦m 云州市公共资源交易中心　技术支持：数据科技有限公司⟧</div>
</body></html>
""",
        body="""
一、招标条件
云州动物园长颈鹿馆改造工程已由市发展和改革委员会批准建设，建设资金来自财政资金，招标人为云州动物园，项目已具备招标条件，现对该项目施工进行公开招标。
二、项目概况与招标范围
标段　内容　工期
一标段　内馆屋面抬高及保温改造　120日历天
二标段　外运动场地面、隔离沟和参观平台　90日历天
三、投标人资格要求
投标人须具备建筑工程施工总承包三级及以上资质，项目经理须具备二级及以上注册建造师资格。
四、联系方式
招标人：云州动物园　联系人：邵先生　电话：0871-6620153
招标代理机构：云州恒信工程咨询有限公司　联系人：于女士　电话：0871-6631882
""",
    ),
    dict(
        slug="tender-beiling-rubber-boots-result",
        site="北陵县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.beiling.example.gov.cn/cggg/zbgg/2025/0616/1290.html",
        title="北陵县防汛物资（雨靴、雨衣）采购项目中标结果公告",
        record_title="北陵县防汛物资（雨靴、雨衣）采购项目中标结果公告_中标公告",
        date="2025-06-16",
        record_date="2025-06-16",
        notes="procurement result text; column suffix title; result table; 公告期限 and contacts; prev/next and a footer",
        page="""
!m 北陵县政府采购网
!m 首页 》 采购公告 》 中标（成交）公告
!t 北陵县防汛物资（雨靴、雨衣）采购项目中标结果公告_中标公告
!m 发布时间：2025-06-16　采购人：北陵县应急管理局
{BODY}
!l 上一篇：北陵县第一中学食堂食材配送服务采购公告
!l 下一篇：县人民医院输液椅采购更正公告
!d 免责声明：本网公告内容以采购人、代理机构发布的原件为准
""",
        body="""
一、项目编号：BLCG-2025-0412
二、项目名称：北陵县防汛物资（雨靴、雨衣）采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1　高筒防滑雨靴3000双　桉溪劳保用品有限公司　186000
2　分体式反光雨衣3000套　楠坪服饰有限公司　213000
四、公告期限
自本公告发布之日起一个工作日。
五、联系方式
采购人：北陵县应急管理局，联系人：骆工，电话：0416-7712230。
""",
    ),
    dict(
        slug="lawfirm-dingheng-blockchain-evidence-lecture",
        site="鼎衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.dinghenglaw.example.com/insights/2025/0427.html",
        title="区块链存证在民事诉讼中的运用——在中小企业法律沙龙上的讲稿",
        record_title="法律讲坛丨区块链存证在民事诉讼中的运用——在中小企业法律沙龙上的讲稿",
        date="2025-04-26",
        notes="law firm text; decorated prefix; lawyer card and a consult hotline; 'not legal advice' notice; date under the title in parentheses",
        page="""
!m 鼎衡律师事务所 DINGHENG LAW FIRM
!m 首页 / 鼎衡观点 / 法律讲坛
!t 法律讲坛丨区块链存证在民事诉讼中的运用——在中小企业法律沙龙上的讲稿
鼎衡律师事务所合伙人　蒋思远
（2025年4月26日）
{BODY}
!d 本文仅为作者个人观点，不构成对任何具体事项的法律意见。
!w 企业法律顾问服务咨询：400-770-1698
!l 推荐阅读：电子合同签署的五个风险点
""",
        body="""
各位企业家朋友：
今天跟大家聊一聊区块链存证在民事诉讼中的运用。
近几年，我们代理的合同纠纷案件中，越来越多的关键证据是聊天记录、电子邮件和网页截图，这些电子数据最容易被对方质疑真实性。
区块链存证的好处在于，数据上链后带有时间戳，难以篡改，法院审查时只需核对哈希值是否一致。
但也要提醒大家，上链只能证明数据在某个时间点之后没有被修改，并不能证明上链之前的内容就是真实的。
所以，企业在日常经营中应当养成及时固定证据的习惯，选择与法院对接的存证平台，并保留原始载体。
谢谢大家！
""",
    ),
    dict(
        slug="lawfirm-zhengming-html-nougat-trademark-case",
        site="正明知识产权律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.zhengmingip.example.cn/case/20251009-62.html",
        title="一起牛轧糖包装装潢侵权纠纷案的代理回顾",
        record_title=None,
        date="2025-10-09",
        notes="law firm HTML template; no record title; consult form on the side; published date line; share bar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>一起牛轧糖包装装潢侵权纠纷案的代理回顾｜正明知识产权</title></head>
<body>
<header>⟦m 正明知识产权律师事务所　专注商标·专利·不正当竞争⟧ ⟦m 全国咨询：400-115-3309⟧</header>
<nav>⟦m 首页　关于正明　专业领域　律师团队　经典案例　联系我们⟧</nav>
<div class="bread">⟦m 首页 > 经典案例 > 不正当竞争⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 发布时间：2025-10-09　作者：正明律师团队⟧</p>
<article>
{BODY}
</article>
<div class="share">⟦l 分享到：微信｜微博｜领英⟧</div>
<aside class="form">⟦w 免费评估您的知识产权风险　姓名　电话　提交⟧</aside>
<footer>⟦d © 正明知识产权律师事务所 保留所有权利⟧ ⟦m 苏ICP备18064215号-1⟧</footer>
</body></html>
""",
        body="""
本案委托人是一家有二十年历史的牛轧糖生产企业，其“红罐”包装在本地市场有较高知名度。
2024年，委托人发现另一家企业推出的牛轧糖产品，采用了与其高度近似的红色铁罐、金色花纹和字体排列。
我们代理委托人以擅自使用有一定影响的商品包装、装潢为由提起诉讼，并通过公证购买、市场调查报告和历年销售数据证明“红罐”包装的知名度。
法院经审理认为，被告的包装足以使相关公众误认，判令其停止使用并赔偿经济损失三十八万元。
本案提示企业，应当及早对核心产品包装进行外观设计专利申请和商标注册，形成多层次保护。
""",
    ),
    dict(
        slug="community-yuanlin-vr-hall-fire-notice",
        site="园林里社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yuanlinli.example.com/notice/2025/1203-31.html",
        title="关于辖区VR体验馆消防安全集中检查的通知",
        record_title="【社区公告】关于辖区VR体验馆消防安全集中检查的通知",
        date="2025-12-03",
        notes="residents' site text; decorated title; grid worker box and a weather line; a contact line of the document kept beside the site's service phone",
        page="""
!m 园林里社区网 · 邻里一家亲
!m 今日 晴 -2~7℃　｜　网格员值班：徐姐 138****6201
!t 【社区公告】关于辖区VR体验馆消防安全集中检查的通知
!m 居委会　2025-12-03　浏览 287
{BODY}
!l 邻里留言（3）：楼下那家VR馆晚上声音太大了……
!m 社区服务电话：0531-8891022
!d 园林里社区网由社区居委会主办
""",
        body="""
辖区各VR体验馆经营者：
近期天气干燥，VR体验馆内电子设备多、人员密集，火灾风险较大。社区将会同街道安监办、消防救援站于12月8日至10日开展消防安全集中检查。
检查重点包括：电源线路是否私拉乱接、充电设备是否远离可燃物、安全出口是否畅通、灭火器是否在有效期内。
请各经营者提前自查，检查当天安排负责人在场配合。
联系人：社区安全员 梁晓峰，电话：0531-8891037。
园林里社区居民委员会
2025年12月3日
""",
    ),
    dict(
        slug="community-heyuan-html-water-lily-pond",
        site="禾苑社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://heyuan.example-sq.cn/news/detail/5520",
        title="爱护小区睡莲池倡议书",
        record_title="爱护小区睡莲池倡议书",
        date="2025-06-05",
        notes="residents' HTML with service-guide sidebar; record title plain; title repeated after the body; a volunteer QR sentence of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>爱护小区睡莲池倡议书 - 禾苑社区</title></head>
<body>
<div class="hd">⟦m 禾苑社区服务网⟧ ⟦a 居民登录⟧</div>
<div class="nav">⟦m 社区首页 | 社区公告 | 便民服务 | 志愿者之家 | 议事厅⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="meta">⟦m 时间：2025-06-05　来源：禾苑社区居委会⟧</div>
{BODY}
<p class="again">⟦t 爱护小区睡莲池倡议书⟧</p>
</div>
<div class="side"><h4>⟦l 办事指南⟧</h4><p>⟦l 居住证办理⟧</p><p>⟦l 老年优待证申领⟧</p></div>
<div class="ft">⟦m 禾苑社区居委会　地址：禾苑小区12幢1楼⟧ ⟦d 本站内容未经许可不得转载⟧</div>
</body></html>
""",
        body="""
亲爱的居民朋友们：
小区中心花园的睡莲池今年开花了，红、白、黄三色睡莲吸引了不少居民驻足观赏。但近期有个别人员采摘花朵、向池中投放杂物，影响了景观和水质。
为此，社区向全体居民倡议：
一、不采摘睡莲花叶，不向池中扔垃圾、倒剩饭。
二、看护好孩子，不在池边追逐打闹，不翻越护栏。
三、不在池中放生鱼龟等动物，以免破坏水体生态。
欢迎热心居民扫描花园入口处的二维码报名“护池志愿者”，共同守护我们的美丽家园。
禾苑社区居民委员会
2025年6月5日
""",
    ),
    dict(
        slug="association-fangzhen-artificial-flower-summary",
        site="棣华市仿真花行业协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.dhfzhxh.example.org/xhdt/2025/0115/92.html",
        title="棣华市仿真花行业协会2024年工作总结",
        record_title="【协会动态】棣华市仿真花行业协会2024年工作总结_棣华市仿真花行业协会",
        date="2025-01-15",
        notes="association text page; decorated title; member login and join-up button; the date in Chinese numerals under the signature",
        page="""
!m 棣华市仿真花行业协会
!a 会员登录　入会申请　会员名录
!m 协会动态 ｜ 政策法规 ｜ 展会信息 ｜ 会员风采
!t 【协会动态】棣华市仿真花行业协会2024年工作总结_棣华市仿真花行业协会
!m 发布人：秘书处　2025-01-16
{BODY}
!a 我要入会 →
!l 上一条：协会组织会员企业参加广州春季花卉展
!m 协会地址：棣华市工贸大道210号　电话：0757-2638801
""",
        body="""
2024年，协会围绕“稳订单、拓市场、促转型”开展工作，现将全年工作总结如下。
一、会员发展。全年新增会员企业二十三家，会员总数达到一百八十六家，覆盖全市八成以上的仿真花生产企业。
二、市场开拓。组织会员参加国内外展会七次，达成意向订单两亿一千万元，跨境电商销售额同比增长百分之三十一。
三、标准建设。牵头起草《仿真花阻燃性能要求》团体标准，已通过专家评审。
四、安全生产。针对喷涂、热压工序开展安全培训六期，推动三十家企业完成粉尘收集设施改造。
2025年，协会将继续帮助会员企业开拓中东和东南亚市场，推动行业向环保材料转型。
棣华市仿真花行业协会
二〇二五年一月十五日
""",
    ),
    dict(
        slug="association-mawei-html-horsehair-embroidery",
        site="马尾绣文化促进会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.maweixiu.example.org.cn/hyjy/2025/0820.html",
        title="马尾绣文化促进会二届四次理事会会议纪要",
        record_title="马尾绣文化促进会二届四次理事会会议纪要（内部）",
        date="2025-08-20",
        date_also=["2025-08-18"],
        notes="association HTML; decorated title （内部）; minutes' 时间/地点/主持/出席/记录 lines; 印发 date expected, meeting date accepted; 分送 版记",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>马尾绣文化促进会二届四次理事会会议纪要（内部）</title></head>
<body>
<div class="top">⟦m 马尾绣文化促进会　传承一针一线的记忆⟧</div>
<div class="menu">⟦m 首页　促进会简介　会议纪要　绣娘风采　作品展厅⟧</div>
<h1>⟦t 马尾绣文化促进会二届四次理事会会议纪要（内部）⟧</h1>
<div class="meta">⟦m 发布：秘书处　2025-08-21　阅读：146⟧</div>
<div class="text">
{BODY}
</div>
<div class="btn">⟦a 下载纪要PDF　打印⟧</div>
<div class="foot">⟦d 版权所有 马尾绣文化促进会　转载请注明出处⟧</div>
</body></html>
""",
        body="""
时间：2025年8月18日下午2:30
地点：促进会绣坊二楼会议室
主持：潘雅兰会长
出席：理事十九人，监事二人
记录：吴桐
会议议定以下事项：
一、同意在椿溪、楦口两地各设立一个马尾绣传习点，每个传习点每年培训绣娘不少于四十人。
二、同意参加十月举办的全国非遗博览会，由秘书处负责遴选参展作品三十件。
三、审议通过《会员作品标识使用办法》，会员出售作品须附带促进会统一印制的真品卡。
马尾绣文化促进会秘书处
2025年8月20日印发
分送：各理事、监事。
""",
    ),
]
