"""holdout136, part D: 人事考试网, 招投标网, 律所网站, 社区网站, 行业协会, 企业官网 — invented sites and documents."""

CASES = [
    dict(
        slug="exam-qingshui-lift-operator-html",
        site="清水市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qspta.example.gov.cn/ksxx/2025/0410/901.html",
        title="2025年清水市电梯司机职业技能等级认定考试公告",
        record_title="2025年清水市电梯司机职业技能等级认定考试公告_考试信息_清水市人事考试网",
        date="2025-04-10",
        notes="exam site: a floating consult box and technical line next to the committee's own 咨询电话; timetable kept; 准考证 打印 sentence kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>2025年清水市电梯司机职业技能等级认定考试公告_考试信息_清水市人事考试网</title></head><body>
<div class="hd">⟦m 清水市人事考试网　公平 公正 诚信⟧</div>
<div class="nav">⟦l 首页　考试信息　报名入口　成绩查询　证书领取⟧</div>
<div class="pos">⟦m 当前位置：首页 > 考试信息 > 职业技能⟧</div>
<h1>⟦t 2025年清水市电梯司机职业技能等级认定考试公告⟧</h1>
<div class="meta">⟦m 发布时间：2025-04-10 15:30　来源：市职业技能鉴定中心⟧</div>
{BODY}
<div class="att">⟦a 【附件下载】【打印本页】⟧</div>
<div class="kf">⟦w 网上报名技术支持：0595-2776100（工作日）⟧</div>
<div class="ft">⟦m 主办：清水市人力资源和社会保障局　网站识别码：3505000031⟧</div>
</body></html>
""",
        body="""
根据年度工作安排，现将2025年电梯司机职业技能等级认定考试有关事项公告如下。
一、报名条件。年满十八周岁，身体健康，具有初中及以上文化程度，从事或准备从事电梯司机工作。
二、报名时间。4月15日9:00至4月25日17:00，考生通过本网站报名入口进行网上报名。
三、考试安排
科目　时间　地点
理论知识　5月17日9:00—10:30　市职业技能鉴定中心
实际操作　5月18日8:30起　市特种设备实训基地
四、准考证打印。考生于5月12日至16日登录报名系统自行打印准考证。
咨询电话：市职业技能鉴定中心 0595-2776233。
清水市职业技能鉴定中心
2025年4月10日
""",
    ),
    dict(
        slug="exam-yunshan-spruce-farm-recruit-text",
        site="云杉州人才考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yunshanzhou.example.gov.cn/gg/2025/0711/125.html",
        title="国营黑松岭云杉林场2025年公开招聘护林员公告",
        record_title="国营黑松岭云杉林场2025年公开招聘护林员公告",
        date="2025-07-11",
        notes="exam site text: a post table kept; the farm's own 联系电话 kept next to a site hotline; 附件 list kept",
        page="""
!m 云杉州人才考试网 >> 招聘公告
{T}
!m 发布：州人社局　2025-07-11　阅读：3012
!a 字号：[大] [中] [小]　【打印】
{BODY}
!w 本网报名系统咨询：0901-5128800
!l 上一篇：州直事业单位体检公告　下一篇：教师招聘面试安排
""",
        body="""
因工作需要，经州人社局批准，国营黑松岭云杉林场面向社会公开招聘护林员。现将有关事项公告如下。
一、招聘岗位
岗位　人数　条件
巡山护林员　8　高中及以上学历，45周岁以下
防火瞭望员　2　初中及以上学历，50周岁以下
二、报名时间和地点。7月15日至7月21日，在林场办公楼一楼人事科现场报名。
三、考核方式。采取体能测试加面试的方式，体能测试为负重登山三千米。
联系电话：0901-5862107，联系人：巴特尔。
附件：1.报名登记表
2.体能测试标准
国营黑松岭云杉林场
2025年7月11日
""",
    ),
    dict(
        slug="tender-jinding-plane-tree-pruning-html",
        site="金鼎公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jinding.example.gov.cn/jyxx/zfcg/cggg/2025/1015/6621.html",
        title="金鼎市城区法桐修剪及病虫害防治服务项目招标公告",
        record_title="金鼎市城区法桐修剪及病虫害防治服务项目招标公告-金鼎公共资源交易平台",
        date="2025-10-15",
        notes="tender platform: CA hotline next to buyer and agency contacts; a lot table kept; project number neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>金鼎市城区法桐修剪及病虫害防治服务项目招标公告-金鼎公共资源交易平台</title></head><body>
<div class="hd">⟦m 金鼎市公共资源交易平台⟧　⟦a 主体注册　CA办理　登录⟧</div>
<div class="nav">⟦l 交易信息　政府采购　工程建设　土地矿权　信用信息⟧</div>
<h2>⟦t 金鼎市城区法桐修剪及病虫害防治服务项目招标公告⟧</h2>
<div class="meta">⟦m 信息时间：2025-10-15　浏览：211次　【我要投标】⟧</div>
<p>项目编号：JDCG-2025-0877</p>
{BODY}
<div class="ca">⟦w CA证书办理热线：400-617-3355⟧</div>
<div class="ft">⟦m 金鼎市公共资源交易中心　地址：金鼎市政务中心B座⟧</div>
</body></html>
""",
        body="""
金鼎市园林绿化管理处委托金鼎诚信招标代理有限公司，对城区法桐修剪及病虫害防治服务项目进行公开招标，欢迎合格供应商参加投标。
一、采购内容
包号　内容　预算（万元）
1　主城区法桐冬季修剪　186
2　法桐悬铃木方翅网蝽防治　94
二、供应商资格要求。具有独立法人资格，近三年有类似园林养护业绩。
三、获取招标文件。2025年10月16日至10月22日，登录交易平台免费下载招标文件。
四、联系方式。采购人：金鼎市园林绿化管理处，联系人：凤志刚，电话：0391-3326104。采购代理机构：金鼎诚信招标代理有限公司，联系人：邝丽，电话：0391-3118577。
""",
    ),
    dict(
        slug="tender-xiyuan-cedar-transplant-result-text",
        site="西垣采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cg.xiyuan.example.gov.cn/zbgs/2025/1124/4410.html",
        title="西垣县人民广场雪松移植工程中标结果公告",
        record_title="【结果公告】西垣县人民广场雪松移植工程中标结果公告",
        date="2025-11-24",
        notes="tender text page: a bid-result table kept; 公示期 sentence kept; an 'I want to object' action and platform contacts",
        page="""
!m 西垣县政府采购网 · 结果公告
!t 【结果公告】西垣县人民广场雪松移植工程中标结果公告
!m 公告日期：2025-11-24　项目编号：XYCG2025-219
{BODY}
!a 【质疑入口】【收藏公告】
!m 平台运维：西垣县政务数据中心　客服：0939-6611000
""",
        body="""
西垣县人民广场雪松移植工程于2025年11月20日开标、评标，现将中标结果公告如下。
中标单位　中标金额（万元）　工期
西垣绿源园林工程有限公司　73.68　45日历天
评标委员会成员：王海燕、马志诚、田茂林、鲁红、陈双喜。
公示期为自本公告发布之日起一个工作日。
采购人：西垣县住房和城乡建设局，联系人：苏国庆，电话：0939-6618215。
""",
    ),
    dict(
        slug="lawfirm-hengping-match-factory-lecture-html",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hengpinglaw.example.com/insights/2025/0916-match.html",
        title="火柴厂劳动合同与职业健康合规要点——在县轻工企业法律讲座上的讲稿",
        record_title="法律讲堂丨火柴厂劳动合同与职业健康合规要点——在县轻工企业法律讲座上的讲稿",
        date="2025-09-16",
        notes="law-firm site: consult box with a 400 line; disclaimer 'not legal advice' in own words; date under the speech title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨火柴厂劳动合同与职业健康合规要点 - 衡平律师事务所</title></head><body>
<div class="hd">⟦m 衡平律师事务所　HENGPING LAW FIRM⟧</div>
<div class="nav">⟦l 首页　律所简介　专业领域　律师团队　法律讲堂　联系我们⟧</div>
<h1>⟦t 法律讲堂丨火柴厂劳动合同与职业健康合规要点——在县轻工企业法律讲座上的讲稿⟧</h1>
<p>衡平律师事务所合伙人　贺明川</p>
<p>（2025年9月16日）</p>
{BODY}
<div class="box">⟦w 企业合规顾问咨询：400-880-2716　微信同号⟧</div>
<div class="disc">⟦d 本文仅为讲座整理稿，不代表对具体案件的法律意见⟧</div>
<div class="ft">⟦m 地址：溧阳市新市路18号国贸大厦21层⟧</div>
</body></html>
""",
        body="""
各位企业负责人：
火柴生产涉及氯酸钾、赤磷等危险化学品，用工和职业健康管理的法律风险比一般轻工企业更高。今天讲三个要点。
第一，劳动合同要签全。临时工、季节工也是劳动者，用工之日起一个月内必须订立书面合同。
第二，岗位告知要做实。接触粉尘、化学品的岗位，要在合同中如实告知职业危害，并组织上岗前、在岗期间和离岗时的职业健康检查。
第三，档案要留全。培训记录、防护用品发放记录和检查报告至少保存到劳动者离职后若干年。
希望各企业对照检查，把风险消除在前面。
""",
    ),
    dict(
        slug="lawfirm-chengxin-bedsore-liability-text",
        site="诚信安和律师事务所 (invented)",
        style="律所网站",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://www.chengxinanhe.example.cn/anli/2025/0528.html",
        title="养老机构老人压疮损害赔偿案件办理体会",
        record_title=None,
        date="2025-05-28",
        notes="law-firm text page: title only on the page; a lawyer byline with 发布时间; case-consult prompt glued after a sentence; legal-advice disclaimer",
        page="""
!m 诚信安和律师事务所 · 案例评析
{T}
!m 作者：钟婉婷律师　发布时间：2025-05-28　阅读 645
{BODY}
!w 遇到类似纠纷？免费预约律师面谈：0771-2869901
!d 案例已作匿名处理，文中观点仅供参考。
!l 分享到：微信 | 微博 | 复制链接
""",
        body="""
去年底，我所代理了一起养老机构老人压疮损害赔偿纠纷。老人入住八个月后骶尾部出现三期压疮，家属起诉养老机构要求赔偿。
办理中我们体会到，护理记录是案件的关键。机构虽有翻身记录，但连续多日记录笔迹、时间完全一致，法院对其真实性未予采信。
其次是入住评估。机构入住时未对老人进行压疮风险评估，也未按约定配置气垫床，存在明显过错。⟦w 更多养老纠纷案例，欢迎关注本所专栏⟧
最终法院判决机构承担百分之七十的责任。
我们建议养老机构规范评估和记录，家属也应定期查看老人皮肤状况，发现问题及时沟通。
""",
    ),
    dict(
        slug="community-guyuan-screen-wall-html",
        site="古垣社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.guyuansq.example.com/tzgg/20250807-01.html",
        title="关于修缮大杂院影壁的意见征集公告",
        record_title="关于修缮大杂院影壁的意见征集公告｜古垣社区",
        date="2025-08-07",
        notes="residents' site: the street hotline in the footer next to the community's own phone in the body; a 'volunteer sign-up' button glued after a sentence",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于修缮大杂院影壁的意见征集公告｜古垣社区</title></head><body>
<div class="top">⟦m 古垣社区居民委员会 · 邻里一家亲⟧</div>
<div class="nav">⟦l 社区动态　办事指南　邻里互助　党群服务⟧</div>
<h2>⟦t 关于修缮大杂院影壁的意见征集公告⟧</h2>
<div class="meta">⟦m 2025-08-07　社区居委会　👁 129⟧</div>
{BODY}
<div class="ft">⟦m 街道24小时服务热线：0351-5557001⟧<br>⟦d 本站信息仅供辖区居民参考⟧</div>
</body></html>
""",
        body="""
各位居民：
东胡同14号大杂院的砖雕影壁建于民国初年，近年来出现砖面酥碱、顶部瓦件脱落等问题。社区拟申请老街区保护资金进行修缮，现向居民征集意见。
一、修缮内容：清理影壁前堆放的杂物，补配脱落瓦件，对酥碱砖面进行剔补。
二、征集时间：8月8日至8月20日。
三、意见提交：可到社区居委会一楼填写意见表，也可电话反映。欢迎居民报名参加修缮期间的义务看护。⟦a 我要报名当志愿者⟧
社区联系电话：0351-5562218。
古垣社区居民委员会
2025年8月7日
""",
    ),
    dict(
        slug="community-shiyuan-rock-garden-text",
        site="石苑社区网 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="http://shiyuan.sqfw.example.org/gg/2025-04-02.html",
        title="石苑小区中心花园假山改造公示",
        record_title="石苑小区中心花园假山改造公示",
        date="2025-04-02",
        notes="community text page, on one line (oneline body with indent); a vote-result sentence kept; site header and footer lines",
        oneline=True,
        indent="　　",
        page="""
!m 石苑社区网 — 您身边的便民服务平台
!m 首页 | 公告 | 便民电话 | 志愿服务
{T}
!m 发布者：石苑物业服务中心 | 2025-04-02
{BODY}
!a 点赞 | 评论 | 转发给邻居
!d 版权所有：石苑社区网　如有疑问请到服务中心咨询
""",
        body="""
各位业主：
中心花园假山建于2006年，近年来山石松动，水池渗漏，存在安全隐患。经业主委员会研究，拟对假山进行改造。
改造方案为拆除顶部松动山石，加固基础，将原水池改为旱溪景观，并增设儿童安全护栏。
本次征求意见共发放表决票四百一十二份，同意三百六十八份，占比百分之八十九点三。
现予公示，公示期为4月2日至4月8日。如有异议，请在公示期内向业主委员会书面反映。
石苑小区业主委员会
2025年4月2日
""",
    ),
    dict(
        slug="association-zhanye-cumin-growers-text",
        site="展野县孜然种植协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.zyzirxh.example.org.cn/xhdt/2025/0604.html",
        title="关于规范孜然晾晒和收购秩序的倡议书",
        record_title="【协会倡议】关于规范孜然晾晒和收购秩序的倡议书",
        date="2025-06-04",
        notes="association text page: member-login line, hard-wrapped at 60 columns; a join-the-association button at the bottom",
        wrap=60,
        indent="　　",
        page="""
!a 会员登录 | 入会申请
!m 展野县孜然种植协会 · 协会动态
!t 【协会倡议】关于规范孜然晾晒和收购秩序的倡议书
!m 来源：协会秘书处　2025-06-04
{BODY}
!a 加入协会，享受免费技术指导 >>
!m 协会地址：展野县城关镇农贸大道15号　秘书处：0994-3321056
""",
        body="""
全县孜然种植户、收购商：
六月是孜然收获季节，为保障孜然品质，维护“展野孜然”地理标志品牌，协会发出如下倡议。
一、科学晾晒。孜然收割后在干净的晒场或篷布上晾晒，不在公路上晾晒打场，防止混入沙土杂质和发生交通事故。
二、诚信交易。种植户不掺沙、不掺水增重；收购商明码标价、足秤收购，不压级压价。
三、抵制非法添加。任何人不得使用染色剂、增重剂处理孜然，发现违法行为请向市场监管部门举报。
展野县孜然种植协会
2025年6月4日
""",
    ),
    dict(
        slug="association-lanran-madder-dye-html",
        site="蓝染植物染协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.zhiwuran.example.org/news/2025/1122-council.html",
        title="植物染织协会第二届理事会第三次会议纪要",
        record_title="植物染织协会第二届理事会第三次会议纪要 - 协会动态",
        date="2025-11-22",
        notes="association HTML page: minutes with 时间/地点/主持/出席/记录 lines and a vote count kept; member area link and join button",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>植物染织协会第二届理事会第三次会议纪要 - 协会动态</title></head><body>
<div class="hd">⟦m 黔东南植物染织协会⟧　⟦a 会员专区　申请入会⟧</div>
<div class="nav">⟦l 协会概况　协会动态　染艺课堂　会员风采　联系我们⟧</div>
<h1>⟦t 植物染织协会第二届理事会第三次会议纪要⟧</h1>
<div class="meta">⟦m 秘书处 · 2025年11月24日⟧</div>
{BODY}
<div class="share">⟦l 分享：微信　微博　复制链接⟧</div>
<div class="ft">⟦d © 黔东南植物染织协会　保留所有权利⟧</div>
</body></html>
""",
        body="""
时间：2025年11月22日上午9时
地点：协会染艺传习所
主持：会长 杨秀英
出席：理事十九名（应到二十一名）
记录：吴丹
会议审议通过了《茜草、蓼蓝种植基地建设方案》和《2026年会员技艺培训计划》。
会议表决：同意十九票，反对零票，弃权零票。
会议决定，2026年在三个乡镇建设茜草种植示范基地各五十亩，由理事吴光明负责联络。
会议要求，各会员单位严格使用天然染料，不得以化学染料冒充植物染产品。
""",
    ),
    dict(
        slug="company-xiangdou-nutmeg-recall-html",
        site="香豆进出口公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xiangdou-trading.example.com/news/2025/recall-0319.html",
        title="关于主动召回部分批次肉豆蔻粉的公告",
        record_title="关于主动召回部分批次肉豆蔻粉的公告 - 香豆进出口",
        date="2025-03-19",
        notes="company site: a batch table kept; the recall line next to a sales 400 line; 'scan to verify' sentence kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于主动召回部分批次肉豆蔻粉的公告 - 香豆进出口</title></head><body>
<header>⟦m 香豆进出口有限公司　世界香料 安心之选⟧<nav>⟦l 首页　产品中心　新闻公告　品质保障　联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻公告⟧</div>
<h1>⟦t 关于主动召回部分批次肉豆蔻粉的公告⟧</h1>
<div class="date">⟦m 2025-03-19　品质部⟧</div>
{BODY}
<div class="hotline">⟦w 订货热线：400-628-7719⟧</div>
<footer>⟦m 香豆进出口有限公司　沪ICP备19020133号-1⟧</footer>
</body></html>
""",
        body="""
我公司在例行抽检中发现，部分批次肉豆蔻粉黄曲霉毒素检测值接近限量标准。为保障消费者健康，我公司决定主动召回以下批次产品。
批号　规格　生产日期
ND2410-07　50克袋装　2024年10月7日
ND2410-15　50克袋装　2024年10月15日
已购买上述批次产品的消费者，可扫描包装背面二维码核对批号，凭包装到原购买门店办理退款。
召回专线：021-6630 2214（8:30—17:30）。
香豆进出口有限公司
2025年3月19日
""",
    ),
    dict(
        slug="company-qinglu-oboe-reed-news-text",
        site="清律乐器官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.qinglvyueqi.example.cn/news/show-2207.html",
        title="清律乐器双簧管哨片车间通过质量管理体系认证",
        record_title="清律乐器双簧管哨片车间通过质量管理体系认证_企业新闻_清律乐器",
        date="2025-08-29",
        notes="company text page: date only in the 发布 line; a product ad between paragraphs; online shop link at the bottom",
        page="""
!m 清律乐器 | 专注木管乐器三十年
!m 首页 > 新闻中心 > 企业新闻
!t 清律乐器双簧管哨片车间通过质量管理体系认证_企业新闻_清律乐器
!m 发布：2025-08-29　作者：市场部
{BODY}
!a 官方旗舰店：搜索“清律乐器”购买正品哨片
!l 上一条：清律乐器参加上海乐器展　下一条：哨片保养小知识
""",
        body="""
8月下旬，公司双簧管哨片车间顺利通过质量管理体系认证审核。
哨片车间成立于2012年，采用进口芦竹原料，经过选材、刨削、绑线、修整等三十多道工序手工制作，年产哨片四万支。
⟦a 新品上市：学生款双簧管哨片，三支装限时优惠⟧
审核组认为，车间在原料检验、工序记录和成品抽检方面做法规范，可追溯性强。
公司负责人表示，将以此次认证为契机，进一步提高哨片一致性，满足专业演奏者的需要。
""",
    ),
]
