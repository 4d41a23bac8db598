"""holdout209, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text, written by hand."""

CASES = [
    dict(
        slug="association-zhoucheng-pledge-juicer-child-safety",
        site="甃城市小家电行业协会 (invented trade association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.zcxjd.org.cn/xhdt/2025/0722/216.html",
        title="关于提升榨汁机儿童安全设计的倡议书",
        record_title="〖行规共守〗关于提升榨汁机儿童安全设计的倡议书 - 甃城市小家电行业协会",
        date="2025-07-22",
        notes="association site: member-login row and a member hotline; the association's name in the header is also "
        "the signature (matched as head); pushing tips by 公众号 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖行规共守〗关于提升榨汁机儿童安全设计的倡议书 - 甃城市小家电行业协会</title></head>
<body>
<div class="login-row">⟦a 会员单位登录　┊　入会申请　┊　找回密码⟧</div>
<div class="hd">⟦m 甃城市小家电行业协会⟧ ⟦m 服务会员　规范行业　促进发展⟧</div>
<div class="nav">⟦m 首页　协会概况　行业动态　会员风采　标准规范　联系我们⟧</div>
<div class="crumb">⟦m 首页 » 行业动态 » 协会倡议⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 来源：协会秘书处　┊　浏览量：348⟧</div>
{BODY}
</div>
<div class="side"><h4>⟦l 最新动态⟧</h4><p>⟦l 协会组织会员赴广交会观摩⟧</p><p>⟦l 小家电出口形势分析会召开⟧</p></div>
<div class="ft">⟦m 会员服务热线：0743-8207366⟧　⟦m 协会邮箱：zcxjd@126.com⟧<br>⟦m 湘ICP备19007741号⟧</div>
</body></html>
""",
        body="""
全市小家电生产企业：
近年来，儿童误触榨汁机导致手指割伤的事件时有发生。为从源头上减少此类伤害，协会向全体会员企业倡议：
一、新设计的榨汁机，杯体未装到位时电机一律不得启动，安全联锁开关不得设计成可拆除结构。
二、刀组与杯体采用一体式或须借助工具才能拆卸的结构，避免儿童徒手取下刀片。
三、在说明书和外包装显著位置标注“儿童禁止操作”警示语。
四、对已售产品，通过公众号、售后电话向用户推送安全使用提示。
协会将于年底组织会员企业交流儿童安全设计经验，评选“安心榨汁机”优秀设计。
甃城市小家电行业协会
2025年7月22日
""",
    ),
    dict(
        slug="association-doujiang-oralcare-minutes-vote",
        site="篼江市口腔护理用品行业协会 (invented trade association)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="https://www.djkqhl.org/news/hyjy/0328.html",
        title="篼江市口腔护理用品行业协会第三届理事会第二次会议纪要",
        record_title="〖会务存档〗篼江市口腔护理用品行业协会第三届理事会第二次会议纪要（原文照录）",
        date="2025-03-28",
        notes="minutes with 时间/地点/主持/出席/记录 lines and a vote count; the 时间 line gives the date; "
        "association chrome with a member login line",
        page="""
!m 篼江市口腔护理用品行业协会
!m 会员登录 ┊ 申请入会 ┊ 下载中心
!m 首页 > 协会工作 > 会议纪要
{T}
!m 秘书处　┊　阅读 211
{BODY}
!l 往期纪要：第三届理事会第一次会议纪要 ┊ 2024年度会员大会纪要
!m 协会地址：篼江市科创大道16号　联系电话：0741-3301869
""",
        indent="\u3000\u3000",
        body="""
时间：2025年3月28日上午9:30
地点：协会会议室
主持：会长 覃国栋
出席：理事21人（应到25人）
记录：秘书处 邬佳
会议审议并通过以下事项：
一、审议通过《电动牙刷刷头更换提示团体标准（草案）》，同意提交专家评审。表决结果：同意20票，反对0票，弃权1票。
二、同意吸收篼江洁派电器有限公司等3家企业为会员单位。
三、决定6月组织会员企业赴口腔医院开展电动牙刷使用情况调研，由秘书处负责联络。
""",
    ),
    dict(
        slug="company-maiduo-recall-breadmaker-batches-cookie",
        site="麦朵电器官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.maiduo-elec.com/news/notice/2025080501.html",
        title="关于主动召回部分MD-820型面包机的公告",
        record_title="品牌动态 ⟩ 关于主动召回部分MD-820型面包机的公告 | 麦朵电器官网",
        date="2025-08-05",
        notes="company site: cookie notice, service float, a 400 sales line next to the recall line in the body; "
        "a batch table one row a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>品牌动态 ⟩ 关于主动召回部分MD-820型面包机的公告 | 麦朵电器官网</title>
<script src="/static/js/vendor.js"></script></head>
<body>
<header><a href="/">⟦m 麦朵电器⟧</a>
<nav>⟦m 产品中心　品牌动态　服务支持　关于麦朵　加入我们⟧</nav>
<a href="/shop">⟦a 官方商城⟧</a></header>
<section class="news-detail">
<h1>{T}</h1>
<p class="date">⟦m 品牌动态　┊　阅读 5,203⟧</p>
{BODY}
</section>
<div class="cookie">⟦d 本网站使用Cookie改善您的浏览体验，继续浏览即视为同意⟧ <button>⟦a 我知道了⟧</button></div>
<div class="float-svc">⟦w 在线客服⟧<br>⟦m 购机热线 400-870-6618⟧</div>
<footer>⟦m © 2025 麦朵电器有限公司 版权所有⟧　⟦m 湘ICP备20031154号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在产品质量跟踪中发现，2025年4月1日至5月20日生产的部分MD-820型面包机，因电源线固定卡扣强度不足，长期使用后电源线可能松动，存在过热隐患。为保障用户安全，我公司决定主动召回上述产品。涉及批次如下：
批次号　生产日期　数量（台）
MD2504A　4月1日至4月20日　3120
MD2504B　4月21日至5月5日　2860
MD2505A　5月6日至5月20日　2410
用户可查看机身底部铭牌上的批次号。属于召回范围的，请停止使用，拨打召回专线预约免费上门更换卡扣及电源线。
召回专线：0741-3388520（每天8:00-20:00）
麦朵电器有限公司
2025年8月5日
""",
    ),
    dict(
        slug="company-jianying-notice-clipper-blade-warranty",
        site="剪影电器 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jianying-elec.cn/service/notice/20250401.html",
        title="关于充电理发推子刀头保修期延长至两年的公告",
        record_title="服务公告 — 关于充电理发推子刀头保修期延长至两年的公告 - 剪影电器",
        record_date="2025-04-01",
        date="2025-04-01",
        notes="the record gives the date; the after-sales hotline inside the letter stays in the body next to the "
        "site's sales line",
        page="""
!m 剪影电器 · 专注个护电器二十年
!m 首页 ＞ 服务支持 ＞ 服务公告
{T}
{BODY}
!a 分享本页 ┊ 返回列表
!m 线上商城咨询：400-6107-200
!m 剪影电器（篼江）有限公司 版权所有
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
感谢您一直以来对剪影理发推子的信任。为进一步提升服务质量，自2025年4月1日起，我公司对在售全系列充电理发推子作如下服务调整：
一、刀头保修期由一年延长至两年，保修期内出现刀齿断裂、崩口等非人为损坏的，免费更换。
二、电池保修期维持一年不变。
三、购买满一年的用户，可凭购买凭证到各服务网点免费清洁保养刀头一次。
四、2025年4月1日前购买、仍在原保修期内的产品，同样适用本次延保政策。
如有疑问，请致电售后服务热线400-6107-208。
剪影电器（篼江）有限公司
2025年4月1日
""",
    ),
    dict(
        slug="training-mingjian-brochure-clipper-fade-class",
        site="名剪美发培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.mingjian-edu.com/kc/tuijian.html",
        title="推剪精修班招生简章",
        record_title="〖推剪精修班〗推剪精修班招生简章·报名中 - 名剪美发学校",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line next to the school's own 报名电话; "
        "a course table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖推剪精修班〗推剪精修班招生简章·报名中 - 名剪美发学校</title></head>
<body>
<div class="promo">⟦a 本月报名立减300元，名额有限⟧</div>
<div class="hd">⟦m 甃城名剪美发培训学校⟧ ⟦m 人社部门备案职业培训机构⟧</div>
<div class="nav">⟦m 学校首页　课程设置　师资力量　学员作品　就业推荐⟧</div>
<div class="c">
<h1>{T}</h1>
{BODY}
</div>
<div class="float">⟦w 课程顾问在线答疑⟧<br>⟦a 预约免费试听⟧</div>
<div class="join">⟦m 全国加盟热线：400-133-8706⟧</div>
<div class="ft">⟦m 名剪美发培训学校 版权所有⟧　⟦m 湘ICP备22018840号⟧</div>
</body></html>
""",
        body="""
一、课程简介
本班专为有一定基础的理发师开设，重点训练电推子渐变推剪、油头推剪、寸头造型等男士短发技术，学员结业后可独立完成常见男士短发造型。
二、课程安排
课程　课时　内容
推子基础　8课时　推子构造、刀头调节、握法与角度
渐变推剪　24课时　0.5毫米至12毫米渐变衔接
造型实操　32课时　真人模特实操与点评
三、开班时间：每月第一个周一开班，每班限招10人。
四、学费：3800元，含推子一把、练习假发头模两个。
五、报名地址：甃城市解放西路77号三楼　报名电话：0743-8262097
""",
    ),
    dict(
        slug="training-maitian-brochure-family-breadmaker-class",
        site="麦田烘焙学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://maitianhongbei.com/course/family-bread",
        title="面包机亲子烘焙周末课",
        record_title="【亲子课】面包机亲子烘焙周末课（一大一小）- 麦田烘焙学堂",
        date=None,
        notes="course brochure with 第一课–第四课 lines; scanning the poster's QR code to sign up is content; a trial "
        "prompt between paragraphs; no date",
        page="""
!m 麦田烘焙学堂　|　让孩子爱上厨房
!m 首页 / 课程 / 亲子课
{T}
!m 已有 1,126 人浏览
{BODY}
!a 立即报名　┊　咨询课程顾问
!w 课程顾问微信：maitian_bake
!m 麦田烘焙学堂 · 篼江市滨江路32号
""",
        body="""
面包机亲子烘焙周末课开课啦！
课程对象：5至12岁儿童及家长，一大一小共同参加。
课程内容：
第一课　认识面包机：了解和面、发酵、烘烤三个阶段，学会按顺序投料。
第二课　软软小吐司：亲手称量面粉、牛奶和酵母，做一条属于自己的吐司。
⟦a 新学员可先约一节体验课，点此预约⟧
第三课　果酱不求人：用面包机的果酱程序熬草莓酱。
第四课　花样餐包：面包机和面，小朋友手工整形，烤箱烘烤。
上课时间：每周六上午10:00-12:00，共四次课。
费用：每个家庭480元，含全部食材和围裙两条，作品可带回家。
报名方式：扫描海报下方二维码，填写孩子姓名和年龄即可报名。每期限8个家庭。
""",
    ),
    dict(
        slug="app-bixiashenghua-report-footbath-workshop-h5",
        site="笔下生花 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bixiashenghua.cn/share/doc?id=8827311&from=wx",
        title="足浴盆总装车间主任2025年度述职报告",
        record_title="足浴盆总装车间主任2025年度述职报告（可一键改写）· 笔下生花",
        date="2025-12-26",
        notes="writing app's H5 share: open-app mask, AI buttons, a fold, an AI-polish button glued after a "
        "sentence; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>足浴盆总装车间主任2025年度述职报告（可一键改写）· 笔下生花</title>
<script src="https://cdn.bixiashenghua.cn/h5/app.8c1d.js"></script></head>
<body>
<div class="open-app">⟦a 打开笔下生花App，万篇范文随心改⟧ <button>⟦a 打开⟧</button></div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 述职报告 · 1,260字 · 收藏 86⟧</div>
<div class="ai-bar">⟦a AI续写　AI扩写　换个说法⟧</div>
{BODY}
<div class="fold">⟦a 剩余内容已折叠，打开App阅读全文⟧</div>
</div>
<div class="mask">⟦a 在App内可直接导出Word文档⟧</div>
<div class="ft">⟦m 笔下生花 · 公文写作助手⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2025年，我担任暖洋洋电器足浴盆总装车间主任，现将一年来的履职情况报告如下。
一、完成生产任务。全年车间共组装足浴盆21.6万台，比上年增长14%，一次下线合格率98.7%，比上年提高1.2个百分点。⟦a ✨AI润色这一段⟧
二、抓好安全质量。针对足浴盆加热管与水箱密封处渗漏的老问题，我组织班组长攻关，改进密封圈压装工装，渗漏返修率由1.5%降到0.4%。全年车间未发生安全事故。
三、带好职工队伍。开展岗位技能比武两次，培养多能工17名。
不足之处是车间现场管理还不够精细，部分工位物料摆放不规范。明年我将推行目视化管理，让车间面貌再上台阶。
述职人：阮志刚
2025年12月26日
""",
    ),
    dict(
        slug="app-wenanjun-insight-toothbrush-assembly-oneline",
        site="文案君 (invented writing app share)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.wenanjun.com/s/Hq7xT2",
        title="参加电动牙刷装配技能培训心得体会",
        record_title="【心得】参加电动牙刷装配技能培训心得体会 · 文案君App",
        date="2025-10-30",
        notes="writing-app share text with the whole body on one line (signature and date too); app prompts around",
        page="""
!a 下载文案君App，写材料快人一步
!t 参加电动牙刷装配技能培训心得体会
!m 心得体会 · 约560字 · 3天前更新
{BODY}
!a 复制全文需开通文案君会员
!l 相似范文：新员工岗前培训心得 ┊ 质量月活动心得体会 ┊ 技能比武参赛感想
!m 文案君 · 让写作更简单
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
这次公司组织的电动牙刷装配技能培训为期五天，我收获很大。
以前我只在包装工位干活，对牙刷内部结构了解不多。培训老师带我们拆开一支声波牙刷，电机、电池、线圈、防水圈一样样讲，我才知道一支小小的牙刷有三十多个零件。
让我印象最深的是防水圈的装配。老师说，防水圈装歪一点点，用户洗漱时进水，电机就会生锈，牙刷就报废了。所以每一个动作都要做到位，不能凭感觉。
培训最后一天实操考核，我装了二十支，全部通过防水测试。回到岗位后，我要把学到的规范用到每一支牙刷上，争取早日成为多能工。
总装车间　龙小燕
2025年10月30日
""",
    ),
    dict(
        slug="examforum-anshang-interview-footbath-scam-reply-lock",
        site="岸上公考社区 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.anshanggk.com/thread-77120-1-1.html",
        title="社区老人被骗高价购买足浴盆，你作为社区工作人员怎么办",
        record_title="【结构化真题】社区老人被骗高价购买足浴盆，你作为社区工作人员怎么办（附个人作答） - 面试交流 - 岸上公考社区",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad; an interview answer with a four-step "
        "structure; no date",
        page="""
<html><head><meta charset="utf-8">
<title>【结构化真题】社区老人被骗高价购买足浴盆，你作为社区工作人员怎么办（附个人作答） - 面试交流 - 岸上公考社区</title></head>
<body>
<div id="hd">⟦m 岸上公考社区⟧ ⟦m 一起上岸，不负韶华⟧ <a>⟦a 签到领币⟧</a></div>
<div id="pt">⟦m 岸上公考社区 › 面试交流 › 结构化面试⟧</div>
<div class="pl">
<div class="author">⟦m 今年必上岸（Lv.5 学霸）⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 4 天前 ┊ 查看 2207 ┊ 回复 58⟧</div>
<div class="t_f">
{BODY}
<div class="locked">⟦a 【隐藏内容】本帖完整版答题框架需回复后可见⟧</div>
</div>
<div class="rate">⟦l 评分人数 9　金币 +18　理由：思路清晰⟧</div>
<div class="sign">⟦m 签名：多练多说，考场不慌⟧</div>
</div>
<div class="ad">⟦w 面试模拟陪练群 QQ：809342217，每晚八点在线互评⟧</div>
<div id="ft">⟦m 岸上公考社区 © 2025　湘ICP备23012260号⟧</div>
</body></html>
""",
        body="""
这道题属于应急应变类，我的答题思路如下，请各位拍砖。
首先，稳定情绪。我会第一时间上门看望老人，安慰老人不要着急，了解购买时间、地点、金额和销售人员情况，并收集收据、说明书等凭证。
其次，协助维权。陪同老人或家属向市场监管部门投诉，涉嫌诈骗的，协助到派出所报案，同时把情况报告社区领导。
再次，排查其他受害老人。通过网格员和楼栋长排查辖区内是否还有老人参加过同类讲座，一并登记上报。
最后，建立长效机制。在社区开展防范保健品、理疗器械推销骗局的宣传，把典型案例讲给老人听，也提醒子女多关心家里的老人。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-toothbrush-industry-junk",
        site="申论研习社 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.shenlunyanxi.com/t/30516",
        title="从一支电动牙刷看制造业转型",
        record_title="〔申论习作〕从一支电动牙刷看制造业转型（大作文，约千字节选） - 申论研习社",
        date=None,
        notes="exam forum text with junk lines and junk glued after 。; a reply-to-see line and floors; no date",
        page="""
!m 申论研习社 » 大作文练笔
!t 〔申论习作〕从一支电动牙刷看制造业转型（大作文，约千字节选）
!m 作者：一只想上岸的鱼　┊　6 天前　┊　阅读 1320
{BODY}
!a 本帖批改意见回复后可见
!l 2楼 老申：论点清楚，第三段可以加一点数据
!l 3楼 小周同学：结尾很有力量，收藏了
!w 申论批改一对一，加助教微信 slyx_zj
""",
        junk=dict(lines=2, glued=2),
        body="""
一支电动牙刷，握在手里不过一百多克，却能看出一个地方制造业的变化。
十年前，篼江的牙刷厂大多做手动牙刷，拼的是人工和价格，一支牙刷的利润只有几分钱。如今走进篼江的牙刷产业园，声波电机、无线充电、压力感应成了企业挂在嘴边的词，一支电动牙刷的附加值是手动牙刷的几十倍。
从刷毛到芯片，变化的背后是企业肯在研发上投入，是地方政府搭建检测平台、引进技术人才，是产业链上下游的协同配套。
当然，转型不会一蹴而就。核心电机仍依赖外地供应、自主品牌知名度不高等短板，还需要一步步去补。只要方向对了，小牙刷也能做出大产业。
""",
    ),
]
