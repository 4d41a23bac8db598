"""Holdout361, part E: residents' sites, trade associations, companies, training schools, writing apps.

Invented text (places, people, sites, URLs, phones, chrome); see ../README.md and ../build.py
for the markup. Written by hand for this part only.
"""

CASES = [
    dict(
        slug="community-tiaoyuan-notice-free-splatter-screens",
        site="眺园社区居委会 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://tiaoyuan.xuanhu-sq.cn/tzgg/2024/0705/188.html",
        title="眺园社区关于为高龄独居老人免费安装油锅防溅罩的通知",
        record_title="【邻里暖心事】眺园社区关于为高龄独居老人免费安装油锅防溅罩的通知｜眺园社区",
        date="2024-07-05",
        notes="residents' site: weather line, a grid worker's box and a property repair line beside the "
        "community's own 值班电话; a sentence asking residents to scan a code to register; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【邻里暖心事】眺园社区关于为高龄独居老人免费安装油锅防溅罩的通知｜眺园社区</title>
<link rel="stylesheet" href="/css/sq.css">
</head>
<body>
<div class="sq-top">⟦m 眺园社区居民委员会⟧　⟦m 7月5日 周五　雷阵雨 26~33℃⟧</div>
<div class="sq-nav">⟦m 社区首页 · 社区公告 · 党建引领 · 便民服务 · 邻里活动 · 居民议事⟧</div>
<div class="sq-loc">⟦m 当前：社区首页 ＞ 社区公告⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　发布时间：2024-07-05　阅读 367⟧</div>
<div class="sq-txt">
{BODY}
</div>
<div class="sq-grid">⟦m 本网格网格员：倪小雨　手机：139 7980 2214⟧</div>
<div class="sq-wy">⟦m 眺园物业24小时报修：0798-6327700⟧</div>
<div class="sq-links">⟦l 往期公告：眺园社区夏季防溺水安全提示 ｜ 关于开展老旧小区燃气管道排查的通知⟧</div>
<div class="sq-foot">⟦m 玄湖区滨河街道眺园社区居民委员会　地址：眺园路12号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
夏季厨房温度高，老年人做饭时容易被热油溅伤。为守护老人们的灶台安全，社区联合区消防救援大队、辖区爱心企业，为辖区80周岁以上的独居老人免费配送并安装油锅防溅罩。现将有关事项通知如下。
一、服务对象：户籍或常住在本社区、年满80周岁的独居老人，共约70户。
二、服务内容：每户配送不锈钢防溅罩1只、隔热手套1副，并由志愿者上门讲解使用方法，顺便检查燃气软管和灶台周边的可燃物。
三、登记方式：请老人或其子女在7月15日前到社区服务大厅登记，也可以扫描社区公告栏上的二维码在线登记。
四、上门时间：7月20日至7月31日，志愿者上门前会电话预约，并佩戴工作证。
社区值班电话：0798-6321146。
眺园社区居民委员会
2024年7月5日
""",
    ),
    dict(
        slug="community-weili-pledge-massage-ball-ten-minutes",
        site="纬里社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://weili.xuanhu-sq.cn/news/2024/09/0417.html",
        title="纬里社区“每天十分钟”按摩球健身倡议书",
        date="2024-09-10",
        notes="record title as is; residents' site text page; sentences about sharing with neighbours and "
        "following the community account as content; a sign-up link glued after a 。",
        page="""
!m 纬里社区 · 我们的家
!m 首页 | 社区动态 | 办事指南 | 健康驿站 | 联系我们
{T}
!m 来源：纬里社区健康驿站　　更新：2 天前
{BODY}
!l 相关：纬里社区第二届邻里运动会圆满落幕
!m 纬里社区居民委员会　服务热线 0798-6358800
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
现代人坐得多、动得少，颈肩酸、腰背痛成了不少家庭的“常客”。为倡导健康生活方式，社区健康驿站发起“每天十分钟”按摩球健身活动，向全体居民发出如下倡议：
一、每天抽出十分钟。早起、午休或睡前，用按摩球放松足底、肩背和小腿，让身体动起来。
二、学会正确方法。社区每周三晚上7点在活动中心开设按摩球放松课，由康复治疗师现场指导，初学者请先上课再练习。⟦a 点此在线报名周三晚课⟧
三、带动身边的人。把学到的动作分享给家里的老人和邻居，一起练、互相提醒。
四、关注社区“纬里健康驿站”公众号，每周可收到一组放松动作视频。
健康不在远方，就在每天的十分钟里。让我们一起行动起来！
纬里社区居民委员会
纬里社区健康驿站
2024年9月10日
""",
    ),
    dict(
        slug="association-yecheng-deco-pledge-grout-materials",
        site="冶城市建筑装饰协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ycjzzs.org.cn/xhdt/2024/0520/467.html",
        title="冶城市建筑装饰协会关于规范美缝材料使用的自律倡议",
        record_title="〖行规自守〗冶城市建筑装饰协会关于规范美缝材料使用的自律倡议（烦请会员单位互相转告）_冶城建筑装饰协会",
        date="2024-05-17",
        date_also=["2024-05-20"],
        notes="association page: member-login row and a member hotline; the association's name in the header "
        "is also the signature (head match); 成文日期 under the signature, the posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖行规自守〗冶城市建筑装饰协会关于规范美缝材料使用的自律倡议（烦请会员单位互相转告）_冶城建筑装饰协会</title>
<link rel="stylesheet" href="/skin/xh.css">
</head>
<body>
<div class="xh-top"><span>⟦m 冶城市建筑装饰协会⟧</span> <a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a> <a>⟦a 证书查询⟧</a></div>
<div class="xh-nav">⟦m 协会首页 · 协会概况 · 协会动态 · 行业自律 · 会员风采 · 政策法规⟧</div>
<div class="xh-loc">⟦m 首页 » 行业自律⟧</div>
<h1>{T}</h1>
<div class="xh-info">⟦m 发布时间：2024-05-20　来源：协会秘书处　浏览 622⟧</div>
<div class="xh-txt">
{BODY}
</div>
<div class="xh-share">⟦a 转发给会员单位：微信 ｜ 复制链接⟧</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会组织家装企业开展质量月活动⟧</p><p>⟦l 第三届“冶城好工匠”技能比武报名启动⟧</p></div>
<div class="xh-foot">⟦m 会员服务热线：0798-6680217⟧<br>⟦m 冶城市建筑装饰协会秘书处　冶ICP备18007712号⟧</div>
</body>
</html>
""",
        body="""
各会员单位：
美缝是家装工程中与群众日常生活密切相关的一道工序。近期，市场监管部门的抽查结果显示，部分美缝剂产品存在甲醛含量超标、粘结强度不达标等问题，个别会员单位施工中也存在以次充好、偷工减料现象，损害了消费者权益和行业形象。为此，协会向全体会员单位倡议：
一、严把材料关。采购美缝剂必须索取产品合格证和检验报告，建立进货台账，不采购、不使用“三无”产品和抽查不合格产品。
二、明码实价。在合同中写明美缝剂的品牌、型号、用量和单价，不以低价揽客后再增项加价。
三、规范施工。严格执行清缝、打胶、收光、养护工艺，向业主书面告知固化期间的使用注意事项。
四、落实质保。美缝工程质保期不少于两年，质保期内出现质量问题及时上门处理。
协会将把会员单位履行倡议的情况纳入年度信用评价。
冶城市建筑装饰协会
2024年5月17日
""",
    ),
    dict(
        slug="association-kitchenware-minutes-splatter-standard",
        site="冶城市厨具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.yccjxh.org/hyjy/2024/11/0322.html",
        title="厨房用品分会防溅罩团体标准起草工作会议纪要",
        record_title="【分会纪要】厨房用品分会防溅罩团体标准起草工作会议纪要（第3次）- 冶城厨具协会",
        date="2024-11-14",
        date_also=["2024-11-18"],
        notes="association text page: minutes with 时间/地点/主持/参会/记录 lines and a vote count; the "
        "meeting's 时间 line gives the date, the posting date differs",
        page="""
!m 冶城市厨具行业协会　·　厨房用品分会
!m 首页 ＞ 分会工作 ＞ 会议纪要
{T}
!m 发布：分会秘书处　　2024-11-18　　浏览 145
!a 会员单位登录后可下载标准草案全文
{BODY}
!l 上一篇：分会第二次团体标准起草会议纪要
!l 下一篇：关于征集防溅罩团体标准参编单位的通知
!m 协会地址：冶城市玄湖区工业大道101号　电话：0798-6671030
""",
        indent="",
        body="""
时间：2024年11月14日上午9:30
地点：协会三楼会议室
主持：分会会长 诸葛明
参会：起草组成员单位代表11人，特邀专家2人
记录：分会秘书处 尤佳
会议围绕《家用油锅防溅罩》团体标准（征求意见稿）逐条讨论，形成以下意见：
一、网面孔径。与会代表同意将细网型防溅罩的网面孔径上限定为0.5毫米，并增加“孔径均匀性”检测项目。
二、手柄温升。手柄在模拟煎炸工况下使用10分钟后，表面温升不得超过30开尔文；起草组补充试验方法的说明。
三、标识要求。产品及包装上应标明适用锅径、材质和“使用后趁热清洗、手柄勿靠近明火”等提示。
四、会议对标准征求意见稿进行了表决：应到13人，实到13人，同意12人，反对0人，弃权1人，通过。
五、起草组于12月10日前完成修改，报协会标准化工作委员会审查。
""",
    ),
    dict(
        slug="company-chaoshi-recall-sandwich-makers",
        site="朝食家电官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.chaoshi-home.com/news/notice/2024/0626.html",
        title="关于召回部分批次家用三明治机的公告",
        record_title="安心召回｜关于召回部分批次家用三明治机的公告 - 朝食家电",
        record_date="2024-06-26",
        date="2024-06-26",
        notes="company site: cookie notice, a 400 order line and a service float beside the recall's own line; "
        "a batches table; a sentence about scanning the label code; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>安心召回｜关于召回部分批次家用三明治机的公告 - 朝食家电</title>
<link rel="stylesheet" href="/static/cs/site.css">
<script src="/static/cs/site.js" defer></script>
</head>
<body>
<div class="cs-cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧ <button>⟦a 我知道了⟧</button></div>
<header class="cs-head">⟦m 朝食家电 · 好早餐从厨房开始⟧ <nav>⟦m 首页　产品中心　食谱灵感　服务支持　关于朝食⟧</nav> ⟦m 选购热线 400-660-7766⟧</header>
<div class="cs-loc">⟦m 首页 > 服务支持 > 公告⟧</div>
<h1>{T}</h1>
<div class="cs-date">⟦m 2024-06-26　朝食家电（冶城）有限公司⟧</div>
<div class="cs-body">
{BODY}
</div>
<div class="cs-float">⟦a 在线客服⟧ ⟦a 产品注册⟧ ⟦a 回到顶部⟧</div>
<footer class="cs-foot">⟦m © 2024 朝食家电（冶城）有限公司　冶ICP备21006650号⟧ ⟦m 关注朝食：微信 ｜ 抖音 ｜ 微博⟧</footer>
</body>
</html>
""",
        body="""
朝食家电（冶城）有限公司经内部检测发现，部分批次的BS-21型家用三明治机上盖铰链处的隔热垫片存在脱落可能，长时间使用后可能导致上盖外表面温度升高，存在烫伤风险。为保障消费者安全，公司决定自2024年7月1日起召回相关批次产品。
一、召回范围
型号　生产批号　生产日期　数量（台）
BS-21　CS2311A　2023年11月　3820
BS-21　CS2312B　2023年12月　4105
BS-21　CS2401A　2024年1月　2676
二、消费者可查看产品底部铭牌上的生产批号，或扫描机身标签上的二维码查询产品是否在召回范围内。
三、公司将为召回范围内的产品免费更换上盖组件，消费者也可选择退货退款。召回期间，请暂停使用相关产品。
四、召回专线：0798-6610521（每日8:00—20:00）。
由此给您带来的不便，我们深表歉意。
朝食家电（冶城）有限公司
2024年6月26日
""",
    ),
    dict(
        slug="company-qijia-product-news-drill-free-shelf",
        site="栖架家居 (invented company site)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="text",
        source="https://www.qijiahome.cn/news/2024/0318-new.html",
        title="免打孔不锈钢浴室置物架上市",
        record_title="新品速递丨免打孔不锈钢浴室置物架上市 - 栖架家居",
        date="2024-03-18",
        notes="company text page: the 发布日期 byline is the page's date; a buy-now line glued after a 。; "
        "the company's short name is also inside the body (head match for the site line)",
        page="""
!m 栖架家居
!m 首页　产品　新闻　门店　招商加盟
!m 新闻中心 / 企业动态
{T}
!m 发布日期：2024-03-18　　浏览：2,410
{BODY}
!a 立即购买　|　查找附近门店　|　收藏
!m 招商热线：400-778-3120
!m 栖架家居（逸溪）有限公司　版权所有
""",
        indent="",
        gap=True,
        body="""
3月18日，栖架家居推出新一代免打孔不锈钢浴室置物架。新品采用304不锈钢管材和纳米胶贴片，单层静态承重可达10千克，适合出租屋和不便打孔的浴室使用。
与市面上常见的吸盘置物架不同，新品的纳米胶贴片经过72小时湿热循环试验，在浴室高温高湿环境下不易脱胶，解决了吸盘置物架“用一阵就掉”的老问题。⟦a 点这里领取新品首发优惠券⟧
产品研发负责人倪子涵介绍，新品安装前需用酒精擦净瓷砖表面，贴好后静置24小时再放东西；瓷砖有凹凸纹理或墙面为腻子墙的，仍建议选择打孔款。
新品提供单层、双层和转角三种款式，即日起在栖架家居各门店和线上旗舰店同步销售。
""",
    ),
    dict(
        slug="training-qiaofeng-brochure-grout-weekend-class",
        site="巧缝职业培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaofeng-px.com/zhaosheng/meifeng-2024.html",
        title="美缝施工实操周末班招生简章",
        record_title="〔实操小班·学会为止〕美缝施工实操周末班招生简章 - 巧缝职业培训学校",
        date=None,
        notes="training school: promo banner, consult float and a franchise line beside the school's own "
        "报名电话; a fee table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔实操小班·学会为止〕美缝施工实操周末班招生简章 - 巧缝职业培训学校</title>
<link rel="stylesheet" href="/css/qf.css">
</head>
<body>
<div class="qf-banner">⟦a 限时福利：两人同报各减200元，名额有限，报满即止！⟧</div>
<div class="qf-head">⟦m 巧缝职业培训学校 · 一技在手 就业不愁⟧</div>
<div class="qf-nav">⟦m 首页 | 课程设置 | 师资力量 | 学员作品 | 招生简章 | 联系我们⟧</div>
<div class="qf-loc">⟦m 您当前的位置：首页 > 招生简章⟧</div>
<h1>{T}</h1>
<div class="qf-info">⟦m 编辑：招生办　浏览次数：877⟧</div>
<div class="qf-body">
{BODY}
</div>
<div class="qf-float">⟦w 课程顾问在线 点我咨询⟧</div>
<div class="qf-join">⟦m 全国加盟招商：400-855-6029⟧</div>
<div class="qf-foot">⟦m 巧缝职业培训学校　办学许可证号：教民136082770000231号⟧<br>⟦m 校址：迢川县城南工业园培训楼二层⟧</div>
</body>
</html>
""",
        body="""
美缝施工技术门槛不高、市场需求大，是进入家装行业的好选择。本校美缝施工实操周末班采用“小班教学、真砖实操”的方式，面向零基础学员招生。
一、课程内容：瓷砖缝隙清理、美缝剂种类与选用、双组份胶调配、打胶与压缝、收光与验收、常见问题返工处理。
二、上课时间：每周六、周日全天，共4个周末8天。
三、班型与费用
班型　人数　学费（元）　说明
基础班　每班8人　1680　含全部实操耗材
提高班　每班6人　2380　含环氧彩砂、大板砖施工
四、学员结业后，可报名参加县人社局组织的美缝工专项职业能力考核。
五、报名地址：迢川县城南工业园培训楼二层，报名电话：0798-5250619。
""",
    ),
    dict(
        slug="training-songjin-brochure-massage-ball-coach-class",
        site="松筋运动学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://songjin.fit/course/qiu-ban-2024",
        title="按摩球筋膜放松教练小班课招生简章",
        record_title="【松筋学堂】按摩球筋膜放松教练小班课招生简章（每期12人）",
        date=None,
        notes="training school text page: numbered course items, a sentence about scanning to sign up, a "
        "trial-lesson line on its own between paragraphs; no date",
        page="""
!m 松筋运动学堂　SONGJIN
!m 课程 / 教练认证 / 按摩球放松
{T}
!m 开课地点：冶城市玄湖区 · 松筋学堂滨河馆
{BODY}
!w 课程顾问小松：微信 songjin_xs（添加请注明“按摩球”）
!a 立即预约 ｜ 分享给朋友
!d 课程内容与教学方式以开课前的最新通知为准。
""",
        indent="",
        body="""
本课程面向健身教练、康复助理和对自我放松感兴趣的运动爱好者，帮助学员系统掌握按摩球筋膜放松的原理和方法。
1. 理论模块：常见肌肉筋膜紧张的原因、按摩球的种类和选择、放松的禁忌情况。
2. 实操模块：足底、小腿、臀部、胸背、肩颈等部位的按摩球放松动作，以及与拉伸的配合。
3. 带课模块：如何为会员设计10分钟放松方案，如何讲解动作要点、纠正错误姿势。
⟦a 不确定适不适合？先约一节免费体验课⟧
每期招收12人，周末上课，共24课时。结业考核合格者颁发本学堂结业证书。
报名方式：扫描学堂前台的报名二维码填写信息，或到学堂前台现场报名。
""",
    ),
    dict(
        slug="writingapp-miaogao-host-script-kitchen-safety-talk",
        site="秒稿APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.miaogao.app/share/doc/5b2f71e9",
        title="“守护灶台安全”社区厨房安全讲座主持词",
        record_title="“守护灶台安全”社区厨房安全讲座主持词（串词全稿·开场到结束）| 秒稿APP",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold, AI-rewrite and AI-continue buttons; a host "
        "script without a date; an open-app prompt before a line's first words",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>“守护灶台安全”社区厨房安全讲座主持词（串词全稿·开场到结束）| 秒稿APP</title>
<link rel="stylesheet" href="https://cdn.miaogao.app/h5/share.css">
</head>
<body>
<div class="mg-mask">⟦a 在秒稿APP内打开，一键生成同类主持词⟧ <button>⟦a 去APP里看⟧</button></div>
<div class="mg-head">⟦m 秒稿 · 写稿快人一步⟧</div>
<h1 class="mg-title">{T}</h1>
<div class="mg-meta">⟦m 主持词 · 社区活动　｜　1.4万人用过⟧</div>
<div class="mg-ai"><button>⟦a AI改写⟧</button> <button>⟦a AI续写⟧</button> <button>⟦a 换个风格⟧</button></div>
<div class="mg-doc">
{BODY}
</div>
<div class="mg-fold">⟦a 已显示全部内容 · 复制全文需登录⟧</div>
<div class="mg-rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 社区消防安全知识讲座主持稿⟧</p><p>⟦l 夏季防溺水安全教育活动串词⟧</p></div>
<div class="mg-foot">⟦m 秒稿APP · 冶城妙笔网络科技有限公司⟧</div>
</body>
</html>
""",
        body="""
⟦a 打开秒稿APP查看排版原图⟧尊敬的各位居民朋友，大家下午好！
欢迎大家来到眺园社区“守护灶台安全”厨房安全讲座。厨房是家里最温暖的地方，也是最容易发生意外的地方。今天，我们特别邀请到区消防救援大队的左振宇教官，和大家聊一聊厨房里的那些安全事儿。
首先，让我们用热烈的掌声欢迎左教官！
（讲座环节）
感谢左教官的精彩讲解。刚才左教官现场演示了油锅防溅罩的用法，相信大家都记住了：煎炸盖上罩，油星不乱跑。
⟦a 以下内容为会员专享，开通后查看完整串词⟧
接下来是互动问答环节，答对的居民可以领取社区准备的防溅罩一只，数量有限，请大家踊跃举手。
（互动环节）
今天的讲座到这里就结束了。希望大家把学到的安全知识带回家，讲给家人听。祝大家生活平安、幸福安康！谢谢大家！
""",
    ),
    dict(
        slug="writingapp-wenantu-report-canteen-manager",
        site="文案兔 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wenantu.cn/p/shuzhi/90412",
        title="长者食堂负责人2024年度述职报告",
        record_title="长者食堂负责人2024年度述职报告（社区养老版）- 文案兔",
        date="2024-12-27",
        notes="writing app text share: an AI-polish button glued after a 。; a member line on its own; "
        "成文日期 under the signature",
        page="""
!m 文案兔 · 你的随身写作助手
!m 范文 › 述职报告 › 社区养老
{T}
!m 字数 512 ｜ 使用 3.2k 次 ｜ 好评率 96%
!a 【一键套用】【AI润色】【导出Word】
{BODY}
!a 复制全文需开通文案兔会员，新用户首月 1 元
!l 你可能还想要：养老服务站站长述职报告 ｜ 社区工作者年度述职
!m 文案兔 wenantu.cn　客服邮箱 kefu@wenantu.cn
""",
        indent="\u3000\u3000",
        body="""
2024年，我负责纬里社区长者食堂的日常运营。一年来，在社区党委和居委会的领导下，我和食堂5名员工一起，努力让老人们吃得饱、吃得好、吃得放心。现将履职情况报告如下。
一、服务规模稳步扩大。全年累计提供午餐5.8万份、早餐1.9万份，日均就餐老人比上年增加46人。
二、早餐供应从无到有。3月，在区民政局支持下，食堂添置了两台商用三明治机，增设早餐窗口，推出热压三明治、杂粮粥等8个品种。⟦a AI润色此段⟧
三、食品安全常抓不懈。严格执行食材索证索票、留样和设备清洁制度，三明治机等电器每日下班前由专人断电检查，全年未发生食品安全事故。
四、存在的不足：菜品创新不够，部分老人反映口味偏淡；员工流动性较大，培训还不系统。
⟦a ——开通会员即可查看完整版（含2025年工作打算）——⟧
新的一年，我将继续改进菜品、加强培训，把长者食堂办成老人们离不开的“幸福食堂”。
述职人：曾桂芳
2024年12月27日
""",
    ),
]
