"""holdout365, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-wuxi-bouncy-quiet-hours-pledge",
        site="骛溪社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.wuxisq.cn/gonggao/2025/0718/306.html",
        title="关于文明错时使用小区广场、规范拍跳跳球时间的倡议书",
        record_title="【居委会倡议】关于文明错时使用小区广场、规范拍跳跳球时间的倡议书｜骛溪社区网",
        date="2025-07-18",
        notes="residents' site: weather line, a grid worker's box, property repair and night lines; the community's own duty phone kept; numbered points; 成文日期 under the residents' committee",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【居委会倡议】关于文明错时使用小区广场、规范拍跳跳球时间的倡议书｜骛溪社区网</title>
<script src="/assets/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 骛溪街道骛溪社区　今日 雷阵雨 24～31℃⟧</div>
<div class="sq-logo">⟦m 骛溪社区网 · 邻里一家亲⟧</div>
<ul class="sq-nav">⟦m <li>首页</li><li>社区公告</li><li>党群之家</li><li>便民服务</li><li>网格动态</li>⟧</ul>
<div class="sq-pos">⟦m 首页 ／ 社区公告⟧</div>
<h1>{T}</h1>
<div class="sq-meta">⟦m 发布：社区居委会　浏览 611 次⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-share">⟦l 转给邻居：微信 ｜ 复制链接⟧</div>
<div class="sq-grid">
<h4>⟦m 我的网格员⟧</h4>
<p>⟦m 第三网格　石晓蔓　手机 13873602251⟧</p>
</div>
<div class="sq-service">
<p>⟦m 骛景物业报修：0737-8203900⟧</p>
<p>⟦m 夜间应急（22:00—8:00）：0737-8203911⟧</p>
</div>
<div class="sq-foot">⟦m 骛溪社区居委会　地址：骛溪路117号⟧ ⟦d 本站由社区志愿者维护，信息以社区公告栏为准⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友、家长朋友们：
暑假以来，骛溪花园、骛景苑等小区广场成了孩子们玩耍的好去处，但也有居民反映，晚间拍跳跳球、踢球的声音影响休息。为了让孩子们玩得开心、邻里住得安心，社区居委会向大家倡议：
一、错时活动，守住“安静时段”。每天21:30至次日7:00，请不要在楼栋间和广场上拍跳跳球、踢球。
二、选好场地，远离窗户楼门。拍跳跳球请到广场中央或社区运动场，不对着住户窗户、单元门和停放的车辆拍打。
三、家长陪伴，做好看护提醒。低龄儿童玩跳跳球时，家长要在旁看护，防止误吞和碰撞。
四、互谅互让，共建和睦邻里。遇到噪声问题，请先友善沟通，也可以联系社区协调。
社区值班电话：0737-8203316
骛溪社区居民委员会
2025年7月18日
""",
    ),
    dict(
        slug="community-diyuan-flosser-elderly-record-date",
        site="翿园社区服务网 (invented residents' site, text)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.diyuansq.com/tz/20251016_01.html",
        title="翿园社区关于为独居老人免费发放冲牙器的通知",
        record_date="2025-10-16",
        date="2025-10-16",
        notes="record title as is and record date; numbered items; 扫描 a QR code as content; the grid worker's own contact in the notice beside the site's property line",
        page="""
!m 翿园社区服务网
!m 社区通知 ＞ 为老服务
{T}
!m 发布人：翿园社区居委会　阅读 402
{BODY}
!m 翿园物业服务中心 24小时报修 0736-5830888
!l 往期通知：关于开展秋季老年人健康体检的通知
!a 在手机上看：长按识别本页小程序码
""",
        body="""
各位居民：
为关爱辖区独居老人的口腔健康，社区联合县人民医院口腔科党支部，为辖区65周岁以上独居老人免费发放冲牙器。现将有关事项通知如下：
1.发放对象：户籍或长期居住在本社区、年满65周岁的独居老人，登记在册共93人。
2.发放时间：2025年10月20日至24日，每天9:00—11:30、15:00—17:00。
3.发放地点：社区党群服务中心一楼便民服务窗口。
4.领取方式：老人本人持身份证领取；行动不便的，可由网格员上门送达。子女也可以扫描社区公告栏上的二维码，替老人线上登记。
5.领取时，口腔科医生将现场指导使用方法。
联系人：社区网格员庞雨桐　电话：0736-5830472
""",
    ),
    dict(
        slug="association-wucheng-auto-mount-labeling-pledge",
        site="骛城市汽车用品行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.wcqcyp.org.cn/xhdt/2025/0916/147.html",
        title="关于车载支架产品规范标注适配机型和承重的倡议书",
        record_title="〖行规共守倡议〗关于车载支架产品规范标注适配机型和承重的倡议书 - 骛城市汽车用品行业协会",
        date="2025-09-12",
        date_also=["2025-09-16"],
        notes="association site: member-login row and a member hotline; the association's name is also the signature (head match); 分享 as content; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖行规共守倡议〗关于车载支架产品规范标注适配机型和承重的倡议书 - 骛城市汽车用品行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-login">⟦a 会员单位登录　｜　入会申请⟧</div>
<div class="xh-logo">⟦m 骛城市汽车用品行业协会⟧</div>
<ul class="xh-nav">⟦m <li>首页</li><li>协会概况</li><li>协会动态</li><li>行业自律</li><li>会员风采</li><li>政策法规</li>⟧</ul>
<div class="xh-pos">⟦m 首页 › 行业自律 › 倡议书⟧</div>
<h2>{T}</h2>
<div class="xh-date">⟦m 发布日期：2025-09-16　来源：协会秘书处　浏览：388⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-sign">⟦a 我单位响应倡议，点此在线签名⟧</div>
<div class="xh-side">
<h4>⟦l 协会动态⟧</h4>
<p>⟦l 协会组织会员单位赴外地考察汽车用品博览会⟧</p>
<p>⟦l 协会第三届理事会第五次会议召开⟧</p>
</div>
<div class="xh-foot">⟦m 会员服务热线：0737-8235560⟧　⟦m 豫ICP备20008812号⟧</div>
</body>
</html>
""",
        body="""
全市汽车用品生产、销售企业：
车载支架虽小，却关系到行车安全。近年来，消费者反映较多的支架松脱、夹伤手机、与机型不匹配等问题，很多源于产品包装和详情页上适配机型、承重范围标注不清。为此，协会向全体会员单位和行业同仁倡议：
一、如实标注适配范围。在产品包装、说明书和网店详情页显著位置，标明适配手机的尺寸范围、厚度范围和最大承重。
二、标明安装位置要求。提示消费者支架不得安装在遮挡视线和影响安全气囊展开的位置，出风口款注明适用的出风口类型。
三、不作夸大宣传。不使用“永不掉落”“任何路况都稳”等绝对化用语。
四、畅通售后渠道。对因支架质量问题导致手机损坏的，依法及时处理消费者诉求。
欢迎各会员单位把本倡议分享给上下游合作伙伴，共同维护行业信誉。
骛城市汽车用品行业协会
2025年9月12日
""",
    ),
    dict(
        slug="association-wucheng-toys-bouncy-committee-minutes",
        site="骛城市玩具行业协会 (invented association site, text)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.wcwjxh.org/zwh/jiyao/2025-0422.html",
        title="骛城市玩具行业协会弹力玩具专业委员会2025年第一次会议纪要",
        record_title="〔专委会纪实〕骛城市玩具行业协会弹力玩具专业委员会2025年第一次会议纪要",
        date="2025-04-22",
        notes="association minutes: 时间/地点/主持/参会/记录 lines kept; the meeting's 时间 line is the date; a members-only line between paragraphs",
        page="""
!m 骛城市玩具行业协会 · 专委会工作
!m 首页 → 专委会 → 会议纪要
{T}
!m 编发：协会秘书处　　点击：147
{BODY}
!a 会员单位可登录后台下载纪要盖章版
!l 上一篇：弹力玩具专业委员会成立大会纪要
!m 协会秘书处电话：0737-8216678　豫ICP备18030427号
""",
        body="""
时间：2025年4月22日上午9:30
地点：协会三楼会议室
主持：专委会主任　黎振邦
参会：专委会委员单位代表14人，协会秘书处2人
记录：协会秘书处　宁小满
会议通报了一季度全市跳跳球等弹力玩具出口和内销情况，讨论了行业面临的质量安全问题，形成以下意见。
一、一季度全市弹力玩具出口额同比增长12%，但内销市场低价竞争问题突出，部分散装跳跳球无厂名厂址、无警示标识。
⟦d 以下内容仅供会员单位内部交流，请勿对外转发⟧
二、会议决定，由专委会牵头起草《跳跳球产品质量自律公约》，重点规范小球警示标识、增塑剂控制和发光球电池仓固定，5月底前提交会员大会审议。
三、会议建议会员单位在6月前完成一次产品自查，对直径小于44.5毫米的产品逐一核对警示标识。
四、专委会下次会议定于7月召开。
""",
    ),
    dict(
        slug="company-qinlan-flosser-recall-batches-cookie",
        site="沁澜电器官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.qinlan-dq.com/news/notice/20240603.html",
        title="关于召回部分批次便携式冲牙器的公告",
        record_title="【主动召回告知】关于召回部分批次便携式冲牙器的公告 - 沁澜电器",
        date="2024-06-03",
        notes="company site: cookie notice, a 400 order line and a service float; recalled batches one row a paragraph; 扫描 a label's QR code as content; the recall line kept beside the order line; 成文日期 under the company name",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【主动召回告知】关于召回部分批次便携式冲牙器的公告 - 沁澜电器</title>
<script src="/static/ql/site.min.js"></script>
</head>
<body>
<div class="ql-cookie">⟦d 沁澜官网使用Cookie改善浏览体验，继续浏览即表示同意　［知道了］⟧</div>
<header class="ql-head">⟦m 沁澜电器 QINLAN⟧ <nav>⟦m 产品中心　服务支持　新闻动态　关于沁澜⟧</nav> ⟦m 选购热线 400-887-2600⟧</header>
<div class="ql-crumb">⟦m 首页 ＞ 新闻动态 ＞ 公司公告⟧</div>
<article>
<h1>{T}</h1>
<div class="ql-date">⟦m 沁澜电器　｜　公司公告⟧</div>
<div class="ql-body">
{BODY}
</div>
</article>
<div class="ql-float">⟦a 在线客服⟧ ⟦a 返回顶部⟧</div>
<footer class="ql-foot">⟦m © 2024 骛城沁澜电器有限公司 保留所有权利　豫ICP备17036609号⟧ ⟦l 口腔护理系列 ｜ 个护小电器 ｜ 厨房小电器⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在质量跟踪中发现，2024年3月至4月生产的部分FL-200型便携式冲牙器，水箱密封圈在长期使用后可能出现渗漏，渗出的水流入充电口时存在短路风险。为保障用户安全，我公司决定主动召回以下批次产品：
批次号　生产日期　数量（台）
FL2403-07　2024年3月21日　4800
FL2403-11　2024年3月28日　5200
FL2404-02　2024年4月3日　3900
用户可查看机身底部标签上的批次号，或用手机扫描标签上的二维码，查询是否属于召回范围。属于召回范围的，我公司将免费更换新的水箱组件，并承担往返运费。
召回服务专线：400-887-2610（每天8:00—20:00）
在召回完成前，请暂停使用上述批次产品，充电时远离浴室等潮湿环境。由此给您带来的不便，我们深表歉意。
骛城沁澜电器有限公司
2024年6月3日
""",
    ),
    dict(
        slug="company-hongqi-mount-line-certified-dotted-date",
        site="鸿栖汽车用品官网 (invented company site, text)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hongqi-auto.com/news/company/1027.html",
        title="公司车载支架生产线通过汽车零部件质量管理体系认证",
        record_title="鸿栖快讯：公司车载支架生产线通过汽车零部件质量管理体系认证 - 鸿栖汽车用品",
        date="2025-10-27",
        notes="company news text: a dotted date line is the page's date; the product menu and a store link around it; a product ad between paragraphs",
        page="""
!m 鸿栖汽车用品　让每一程都安稳
!m 产品中心 ｜ 新闻动态 ｜ 经销合作 ｜ 联系我们
{T}
!m 2025.10.27　｜　企业新闻
{BODY}
!l ← 返回新闻列表
!a 前往鸿栖官方旗舰店选购 ›
!m 骛城鸿栖汽车用品有限公司　经销合作：0737-8242066
""",
        body="""
近日，经第三方认证机构现场审核，鸿栖汽车用品公司车载支架生产线顺利通过汽车零部件质量管理体系认证，成为全市首家通过该认证的车载支架生产企业。
为迎接审核，公司从去年10月起对生产线进行了全面梳理，新增夹臂疲劳试验台和高低温循环试验箱各一台，建立了从原料进厂到成品出库的全过程追溯记录。
⟦a 新品推荐：XK-5重力感应支架，双十一预售立减30元⟧
审核组认为，公司在问题整改方面反应迅速，今年8月针对XK-3型夹臂断裂问题开展的原因分析和主动召回工作，体现了较强的质量意识。
公司总经理熊启航表示，将以此次认证为起点，把每一个车载支架都做成让司机放心的产品。
""",
    ),
    dict(
        slug="training-yuedong-bouncy-summer-brochure",
        site="壑阳跃动少儿体能馆 (invented training school site)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.hyyuedong.com/zs/2025summer.html",
        title="少儿体适能暑期班招生简章",
        record_title="【夏日蹦跶营】少儿体适能暑期班招生简章（含跳跳球平衡课）｜壑阳跃动体能馆",
        date=None,
        notes="training school: promo banner, a franchise line and a consult float; a course table one row a paragraph; 扫描 to sign up as content; the school's own 报名电话 kept; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【夏日蹦跶营】少儿体适能暑期班招生简章（含跳跳球平衡课）｜壑阳跃动体能馆</title>
<script src="/js/yd.js"></script>
</head>
<body>
<div class="yd-banner">⟦a 🎉 暑期早鸟价最后3天，预约体验课送运动水壶⟧</div>
<div class="yd-head">⟦m 壑阳跃动少儿体能馆 · 让孩子爱上运动⟧</div>
<ul class="yd-nav">⟦m <li>首页</li><li>课程体系</li><li>师资团队</li><li>招生信息</li><li>加盟合作</li>⟧</ul>
<h1>{T}</h1>
<div class="yd-body">
{BODY}
</div>
<div class="yd-join">⟦w 品牌加盟热线 400-066-3172（非报名电话）⟧</div>
<div class="yd-float">⟦a 免费预约体验课⟧ ⟦w 课程顾问微信 yuedong_xiaoke⟧</div>
<div class="yd-foot">⟦m 壑阳跃动体育文化有限公司　湘ICP备24011587号⟧</div>
</body>
</html>
""",
        body="""
壑阳跃动少儿体能馆2025年暑期班开始招生啦！本期课程面向4至10岁儿童，以游戏化训练提升孩子的协调、平衡和反应能力。
一、课程设置
课程　适合年龄　课时
跳跳球平衡课　4—6岁　每周2次，每次60分钟
敏捷反应课　6—8岁　每周2次，每次75分钟
综合体能课　8—10岁　每周3次，每次90分钟
跳跳球平衡课让孩子在拍球、追球、单脚接球中练习身体控制，是本馆最受欢迎的课程。
二、开课时间：7月7日起，分上午、傍晚两个时段，每班不超过12人。
三、费用：每期1680元，两人同报每人减200元。
四、报名方式：家长可到馆报名，也可以扫描宣传单上的二维码在线报名。
报名电话：0736-5832718（周一至周日9:00—20:00）
地址：壑阳县城关镇文昌路66号二楼
""",
    ),
    dict(
        slug="training-qihang-flosser-oral-care-class-opening",
        site="鸼川县启航职业培训学校 (invented training school, text)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zcqihang.com/tongzhi/2025-09-28.html",
        title="2025年第三期口腔护理员短期培训班开班通知",
        record_title="〔开班啦〕2025年第三期口腔护理员短期培训班开班通知（新增冲牙器专题）- 启航培训",
        date="2025-09-28",
        notes="training school notice: numbered items; the school's own contact kept beside a consult prompt; 成文日期 under the school's name",
        page="""
!m 启航职业培训学校　技能改变生活
!m 首页 / 培训动态 / 开班通知
{T}
!m 发布：教务处　阅读：233
{BODY}
!w 想了解其他工种培训？添加课程顾问微信 qihang_px2016
!l 热门课程：养老护理员 ｜ 育婴员 ｜ 保育师
!m 鸼川县启航职业培训学校　人社备案号 ZC-PX-0093
""",
        body="""
各位学员：
经县人力资源和社会保障局备案，我校2025年第三期口腔护理员短期培训班定于10月11日开班。本期培训增设冲牙器使用指导专题，现将有关事项通知如下。
一、培训时间：10月11日至10月25日，每周六、周日全天。
二、培训地点：学校二楼实训室。
三、培训内容：口腔基础知识、老年人口腔清洁、刷牙和牙线指导、冲牙器使用指导与消毒、义齿护理等，理论与实操各占一半。
四、报到须知：请携带身份证复印件和一寸照片两张，于10月11日8:00前到学校一楼报到。
五、考核发证：培训结束后参加结业考核，合格者颁发培训合格证书。
联系人：钟老师　电话：0738-6625517
鸼川县启航职业培训学校
2025年9月28日
""",
    ),
    dict(
        slug="app-bixia-bouncy-parent-sports-host-script",
        site="笔匣写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bixiaxiezuo.com/share/doc?id=6e1f0937&from=wx",
        title="幼儿园“快乐跳跳球”亲子运动会主持词",
        record_title="幼儿园“快乐跳跳球”亲子运动会主持词（双人串词·开场到闭幕）｜笔匣写作",
        date=None,
        notes="writing app H5 share: open-app mask, a fold, AI buttons; a host script with 男/女/合 lines; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>幼儿园“快乐跳跳球”亲子运动会主持词（双人串词·开场到闭幕）｜笔匣写作</title>
<script src="https://h5.bixiaxiezuo.com/js/share.8a1c.js"></script>
</head>
<body>
<div class="bx-mask">⟦a 在笔匣App内打开，排版更舒服⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bx-head">⟦m 笔匣写作 · 写稿不再熬夜⟧</div>
<h1 class="bx-title">{T}</h1>
<div class="bx-meta">⟦m 作者：园长小助手　收藏 1.1万⟧</div>
<div class="bx-ai">⟦a ✨ AI换个风格　✨ AI缩写成3分钟版⟧</div>
<div class="bx-doc">
{BODY}
</div>
<div class="bx-fold">⟦a 展开剩余串词需在App内查看 ∨⟧</div>
<div class="bx-rel"><p>⟦l 大家也在用：幼儿园秋季运动会开幕式园长致辞⟧</p><p>⟦l 大家也在用：亲子趣味运动会颁奖词⟧</p></div>
<div class="bx-foot">⟦d 笔匣所载范文版权归原作者，仅供个人学习使用⟧</div>
</body>
</html>
""",
        p_html='<p class="bx-p">{}</p>',
        body="""
男：尊敬的各位家长，
女：亲爱的小朋友们，
合：大家上午好！
男：秋高气爽，丹桂飘香。今天，我们相聚在幼儿园操场，举行“快乐跳跳球”亲子运动会。
女：一个小小的跳跳球，弹起的是孩子们的欢笑，也弹起了爸爸妈妈陪伴的温暖。
男：首先，请允许我介绍今天的比赛项目：小班的“跳跳球宝宝回家”，中班的“运球接力”，大班的“亲子对弹”。
女：比赛中，请家长们和孩子一起遵守规则，注意安全，不抢跑、不推挤。
男：下面，我宣布，“快乐跳跳球”亲子运动会现在开始！
（比赛结束后）
女：孩子们的笑脸告诉我们，今天大家都是冠军！
合：“快乐跳跳球”亲子运动会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-wenpai-taxi-captain-mount-report-oneline",
        site="文拍范文 (invented writing app export, text)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wenpai365.com/s/7Kq2dXp",
        title="出租车队队长2025年上半年述职报告",
        record_title="出租车队队长2025年上半年述职报告（车队管理岗·可直接改）- 文拍范文",
        date="2025-07-02",
        notes="an app export with the whole body on one line; a 述职人 line and 成文日期 at the end; app prompts around it",
        page="""
!m 文拍范文 App · 分享页
{T}
!m 📄 约900字　｜　🔥 2.3k人用过
!a 复制到剪贴板　｜　一键换成我的单位名称
{BODY}
!a 打开文拍App，查看同类述职报告52篇
!d 范文来自用户分享，请勿直接用于正式场合
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
本人自2023年起担任鸼川县顺畅出租汽车公司第二车队队长，负责车队42辆出租汽车的安全管理和驾驶员日常管理。现将2025年上半年履职情况报告如下。
一、抓好车载支架统一加装。按照县交通运输局的工作方案，我逐车登记车型和现有支架情况，分四批组织驾驶员进店安装，6月中旬全车队42辆车全部完成加装，一次验收合格率95%。
二、抓好驾驶员安全教育。每月组织一次安全例会，播放手持手机驾驶引发事故的案例视频，上半年车队驾驶员行车中手持手机被查处的次数由去年同期的9次下降到1次。
三、存在的不足。个别驾驶员仍有边开车边看订单的习惯，车队的日常抽查还不够经常。
下半年，我将加大抽查力度，把支架使用情况纳入驾驶员月度考核，确保车队全年安全无事故。
述职人：彭远航
2025年7月2日
""",
    ),
]
