"""holdout79, part D: a download station, personnel-exam sites, tender portals, law firms, residents' sites, associations.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="download-palmweave-plan-text",
        site="文件猫下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wenjianmao.example.net/down/palm-2025.html",
        title="棕编技艺传承人培训方案",
        record_title="棕编技艺传承人培训方案.wps",
        date="2025-05-12",
        notes="a download page as text: file attributes, a 'fast download needs the client' prompt, a 'report broken' line; the 成文日期 under the signature",
        page="""
!m 文件猫下载站 → 办公文档 → 培训方案
!t 棕编技艺传承人培训方案.wps
!m 文件类型：WPS　授权：免费　星级：★★★
{BODY}
!a 高速下载（需安装文件猫客户端）　普通下载
!l 下载不了？点此反馈
""",
        body="""
为保护和传承县级非遗项目棕编技艺，培养一批能编会教的年轻传承人，县文化馆制定本方案。
一、培训对象：本县十八至四十五周岁、有志于学习棕编技艺的城乡居民，计划招收三十人。
二、培训内容：棕丝处理、基本编法、蓑衣和棕垫制作、创意文创产品设计。
三、培训方式：集中授课二十天，跟师实训四十天，结业时每人须独立完成作品两件。
苋岭县文化馆
2025年5月12日
""",
    ),
    dict(
        slug="exam-seacucumber-institute-html",
        site="蔺川市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lcrsks.example.gov.cn/sydw/2025/0521/410.html",
        title="蔺川市海参研究所2025年公开招聘工作人员笔试公告",
        record_title="蔺川市海参研究所2025年公开招聘工作人员笔试公告_事业单位_蔺川市人事考试网",
        date="2025-05-21",
        notes="personnel-exam site: a technical-support line beside the institute's 咨询电话, an exam timetable (one row a paragraph), a sentence telling candidates to 下载打印准考证 kept",
        page="""
<html><head><meta charset="utf-8"><title>蔺川市海参研究所2025年公开招聘工作人员笔试公告_事业单位_蔺川市人事考试网</title></head><body>
<div class="top">⟦m 蔺川市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 证书查询⟧</div>
<div class="nav">⟦l 首页 公务员 事业单位 职称考试 成绩查询⟧</div>
<div class="loc">⟦m 当前位置：事业单位 > 考试公告⟧</div>
<h2>{T}</h2><div class="time">⟦m 发布时间：2025-05-21⟧</div>
{BODY}
<div class="tips">⟦m 网上报名技术咨询：0535-6700123（工作日）⟧</div>
<footer>⟦m 蔺川市人事考试中心　鲁ICP备06006210号⟧</footer>
</body></html>
""",
        body="""
根据《蔺川市海参研究所2025年公开招聘工作人员简章》，现将笔试有关事项公告如下。
一、笔试时间安排
科目　日期　时间
公共基础知识　6月7日　9:00—11:00
专业知识（水产养殖）　6月7日　14:00—15:30
二、请考生于6月3日至6日登录报名系统下载并打印准考证，凭准考证和身份证参加考试。
三、考生须提前三十分钟到达考点，开考十五分钟后不得入场。
咨询电话：0535-6711096（海参研究所办公室）
蔺川市海参研究所
2025年5月21日
""",
    ),
    dict(
        slug="exam-pineapple-station-interview-text",
        site="茱原人才考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kaoshi.zhuyuan.example.cn/ms/2024-0911.html",
        title="茱原县菠萝试验站2024年招聘工作人员面试公告",
        record_title="茱原县菠萝试验站2024年招聘工作人员面试公告（附面试名单）",
        date="2024-09-11",
        notes="a decorated title with (附…); a list of candidates as a table; an exam-site app prompt and a WeChat group prompt as chrome",
        page="""
!m 茱原人才考试信息网
!m 首页 >> 面试公告
!t 茱原县菠萝试验站2024年招聘工作人员面试公告（附面试名单）
!m 信息来源：县人社局　2024-09-11
{BODY}
!w 备考交流群：加微信 kaoshi_zy 拉你进群
!a 下载茱原考试APP，成绩早知道
""",
        body="""
根据笔试成绩，按一比三的比例确定进入面试人员名单，现将面试有关事项公告如下。
准考证号　姓名　报考岗位
240101015　林小满　果树栽培
240101022　任佳琪　果树栽培
240101038　郑宇航　果树栽培
面试时间为9月21日上午8:30，地点在县人社局三楼考试中心，采取结构化面试方式。
面试人员须携带本人身份证、准考证及学历证书原件。
茱原县人力资源和社会保障局
2024年9月11日
""",
    ),
    dict(
        slug="tender-apricot-road-html-ca",
        site="苕原公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.shaoyuan.example.gov.cn/jsgc/zbgg/20250311/6611.html",
        title="杏花村产业路硬化工程招标公告",
        record_title="杏花村产业路硬化工程招标公告",
        date="2025-03-11",
        notes="tender portal: a CA helpdesk and platform hotline beside the purchaser's and agency's contacts; a project-number table as chrome; bid-document download sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>杏花村产业路硬化工程招标公告-苕原公共资源交易网</title></head><body>
<div class="hd">⟦m 苕原公共资源交易网⟧</div>
<div class="nav">⟦l 工程建设 | 政府采购 | 土地矿产 | 产权交易⟧</div>
<div class="pos">⟦m 首页 / 工程建设 / 招标公告⟧</div>
<h1>{T}</h1><div class="meta">⟦m 【信息时间：2025-03-11】【阅读次数：302】⟧</div>
<table><tr><td>⟦m 项目编号：SY-JS-2025-0117⟧</td><td>⟦m 标段：一标段⟧</td></tr></table>
{BODY}
<div class="help">⟦m CA数字证书办理：400-613-8800⟧ ⟦m 平台技术支持：0575-8218001⟧</div>
<footer>⟦m 苕原县公共资源交易中心版权所有⟧</footer>
</body></html>
""",
        body="""
一、招标条件：杏花村产业路硬化工程已由县发展和改革局批准建设，资金来源为财政衔接资金，现对该项目施工进行公开招标。
二、工程概况：新建水泥混凝土路面三点二公里，路面宽四点五米，计划工期六十日历天。
三、投标人须具备公路工程施工总承包三级及以上资质。
四、请于2025年3月12日至3月18日登录交易平台下载招标文件。
招标人：苕原县杏花镇人民政府　联系人：许成　电话：0575-8730021
招标代理机构：苕原恒信工程咨询有限公司　联系人：钱蕾　电话：0575-8712990
""",
    ),
    dict(
        slug="tender-hazelnut-result-text",
        site="榛岭采购与招标网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zhenling-zb.example.com/zbjg/2024/1203/0815.html",
        title="榛子烘干分级设备采购项目中标结果公告",
        record_title="榛子烘干分级设备采购项目中标结果公告",
        date="2024-12-03",
        notes="a bid result with a table; a 'subscribe to bid alerts' prompt and a member-login line; the agency's phone kept in the body",
        page="""
!m 榛岭采购与招标网　|　中标结果
!a 会员登录后可查看完整联系方式
{T}
!m 公告日期：2024-12-03
{BODY}
!a 订阅招标信息，每天推送到您的邮箱
!l 相关公告：榛子林提质改造项目竞争性磋商公告
""",
        body="""
根据评标委员会评审结果，现将本项目中标结果公告如下。
序号　中标人　中标金额（元）
1　榛岭农机装备有限公司　1,286,000.00
2　北岸食品机械厂　　　　未中标
本公告期限为一个工作日，各投标人对中标结果有异议的，可在公告期内提出。
采购代理机构：榛岭诚立招标代理有限公司　电话：0412-6620181
""",
    ),
    dict(
        slug="lawfirm-catfish-pond-lecture-html",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.zhenghenglaw.example.com/article/2024-07/catfish.html",
        title="鱼塘承包合同纠纷常见问题——在鲶鱼养殖户普法讲座上的讲稿",
        record_title="律所讲堂丨鱼塘承包合同纠纷常见问题——在鲶鱼养殖户普法讲座上的讲稿",
        date="2024-07-16",
        notes="law-firm site: a free-consult box and a 400 line, a lawyer's card, a disclaimer; a publish line; 时间/地点 of the lecture absent",
        page="""
<html><head><meta charset="utf-8"><title>律所讲堂丨鱼塘承包合同纠纷常见问题——在鲶鱼养殖户普法讲座上的讲稿</title></head><body>
<header>⟦m 正衡律师事务所⟧ ⟦m 全国咨询热线：400-880-1729⟧</header>
<nav>⟦l 律所简介 专业领域 律师团队 律所讲堂 联系我们⟧</nav>
<h1>{T}</h1><p>⟦m 作者：周以宁律师　发布时间：2024-07-16⟧</p>
{BODY}
<div class="card">⟦w 遇到承包纠纷？免费法律咨询，点击预约律师⟧</div>
<p class="disc">⟦d 本文仅为普法交流，不构成针对具体案件的法律意见⟧</p>
<footer>⟦m 地址：榛岭市中山路58号金融大厦21层⟧</footer>
</body></html>
""",
        body="""
各位养殖户朋友：
今天和大家聊一聊鱼塘承包中最容易出问题的几件事。
第一，合同一定要写清楚承包期限、承包费和交付方式，口头约定发生纠纷时很难举证。
第二，村集体鱼塘发包，须经村民会议或村民代表会议讨论通过，否则合同可能被认定无效。
第三，承包期内遇到征收，地上附着物和养殖损失的补偿归谁，最好在合同里提前约定。
希望大家签合同前多问一句，出了问题及时找村委会或者律师。
""",
    ),
    dict(
        slug="lawfirm-paintball-case-text",
        site="明信律师网 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="article",
        form="text",
        source="http://www.mingxinlawyer.example.cn/case/3321.html",
        title="彩弹射击场玩家受伤，经营者要担责吗",
        record_title="【以案说法】彩弹射击场玩家受伤，经营者要担责吗",
        date="2025-02-26",
        notes="a case note: the lawyer's phone and WeChat as a contact prompt, a 'share this article' row glued after a sentence",
        page="""
!m 明信律师网 · 以案说法
!t 【以案说法】彩弹射击场玩家受伤，经营者要担责吗
!m 2025-02-26　｜　作者：明信律师团队
{BODY}
!w 咨询律师：138-0412-7760（微信同号）
!d 本站案例均经过改编，人物为化名。
""",
        body="""
【案情】小赵在某彩弹射击场游玩时，护目镜松脱，被彩弹击中左眼，花去医疗费两万余元，遂起诉射击场。
【裁判】法院认为，射击场未在游戏前检查护具佩戴情况，未尽到安全保障义务，应承担百分之七十的责任；小赵自行调整护目镜，自担百分之三十。⟦l 觉得有用？转发给朋友⟧
【提示】经营者应配备合格护具，游戏前逐一检查；玩家也要听从安全讲解，不要擅自摘下护具。
""",
    ),
    dict(
        slug="community-osmanthus-festival-html",
        site="桂香里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.guixiangli.example.org.cn/sqgg/2024/0925.html",
        title="关于举办第四届桂花邻里节的通知",
        record_title="【邻里通知】关于举办第四届桂花邻里节的通知｜桂香里社区",
        date="2024-09-25",
        notes="residents' site: a property hotline beside the residents' committee's own phone; a 回执 with 年 月 日 blanks kept; a weather widget and visit counter",
        page="""
<html><head><meta charset="utf-8"><title>【邻里通知】关于举办第四届桂花邻里节的通知｜桂香里社区</title></head><body>
<div class="hd">⟦m 桂香里社区⟧ ⟦m 今日天气：多云 22℃⟧</div>
<div class="nav">⟦l 社区首页 居务公开 邻里活动 便民服务⟧</div>
<h2>{T}</h2><p>⟦m 发布：社区居委会　2024-09-25⟧</p>
{BODY}
<div class="side">⟦m 物业服务热线：0571-8990 6620⟧ ⟦l 便民电话一览⟧</div>
<div class="ft">⟦m 访问量：48213⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
金秋桂花飘香，社区定于10月5日上午在中心花园举办第四届桂花邻里节。
活动内容：桂花糕制作比赛、邻里跳蚤市场、桂花树认养。
参加桂花糕比赛的家庭，请于9月30日前将回执交到居委会。
居委会电话：0571-8990 1235
回执
家庭住址：　　栋　　单元　　室　参加人数：　　
　　年　　月　　日
""",
    ),
    dict(
        slug="community-crochet-class-text",
        site="芷苑社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://zhiyuan-sq.example.cn/huodong/2025-0314.html",
        title="社区老年钩针编织兴趣班开班通知",
        record_title=None,
        date="2025-03-14",
        notes="no record title: the title on the page; a weekly timetable; a 'join the residents' group' QR prompt as chrome; a sentence asking to 扫码 sign in at class kept",
        page="""
!m 芷苑社区服务网　>　社区活动
{T}
!m 发布人：社工小刘　发布日期：2025-03-14
{BODY}
!a 扫码加入芷苑邻里群，活动消息不错过
!l 上一条：社区义诊活动预告
""",
        body="""
社区老年钩针编织兴趣班将于3月20日开班，欢迎六十岁以上的居民报名参加。
时间　内容
周四上午　基础针法
周四下午　杯垫和围巾
上课地点在社区活动中心二楼，毛线和钩针由社区免费提供。
每次上课时请扫描教室门口的签到码签到，便于社区统计课时。
""",
    ),
    dict(
        slug="assoc-jasmine-tea-speech-html",
        site="茉乡茶叶行业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.moxiangtea.example.org/xhdt/2025/0110/88.html",
        title="在茉莉花茶行业协会2025年年会上的讲话",
        record_title="【协会动态】在茉莉花茶行业协会2025年年会上的讲话",
        date="2025-01-10",
        notes="association site: a speaker line and a date line under the title (neutral); a member-login box and a 'join the association' link; a footer with a 技术支持 line",
        page="""
<html><head><meta charset="utf-8"><title>【协会动态】在茉莉花茶行业协会2025年年会上的讲话 - 茉乡茶叶行业协会</title></head><body>
<div class="top">⟦m 茉乡茶叶行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦l 协会简介 协会动态 政策法规 会员风采 茶叶市场⟧</div>
<h1>{T}</h1>
<p>协会会长　卢家望</p>
<p>（2025年1月10日）</p>
{BODY}
<div class="foot">⟦m 技术支持：茉乡网络科技⟧ ⟦m 闽ICP备15023771号⟧</div>
</body></html>
""",
        body="""
各位会员、各位茶友：
过去一年，全县茉莉花茶产量达到一万一千吨，产值突破二十亿元，协会会员企业增加到一百三十六家。
我们组织会员参加了四场全国性茶博会，“茉乡窨制”技艺入选省级非遗名录。
新的一年，协会将重点抓好三件事：推行茉莉花茶团体标准，打击以次充好；建设窨制技艺传习所；帮助小微茶企开拓线上市场。
""",
    ),
    dict(
        slug="assoc-hemp-letter-text",
        site="汉麻产业促进会 (invented)",
        style="行业协会",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.hanma-cjh.example.org.cn/tzgg/2024/1119.html",
        title="关于征集工业汉麻种植加工企业发展需求的函",
        record_title="关于征集工业汉麻种植加工企业发展需求的函",
        date="2024-11-19",
        notes="a 文号 line neutral; the association's own 联系人/邮箱 kept; 附件 list kept; a membership-fee bank account box and a footer as chrome",
        page="""
!m 汉麻产业促进会　·　通知公告
{T}
汉麻促函〔2024〕9号
{BODY}
!w 会费缴纳账户：汉麻产业促进会　账号 3300 1021 8866 0000 915
!m 促进会秘书处　地址：芑城市工业大道6号
""",
        body="""
各会员单位：
为摸清工业汉麻产业发展中的实际困难，更好地向有关部门反映诉求，促进会决定开展企业发展需求征集。
请各单位如实填写需求表，于12月10日前报送秘书处。
联系人：葛明远　邮箱：hanma_msc@example.org.cn
附件：工业汉麻企业发展需求表
汉麻产业促进会
2024年11月19日
""",
    ),
]
