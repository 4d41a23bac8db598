"""holdout229, part E: a residents' site, trade associations, companies, training schools, writing apps, an exam forum.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-xiyuan-summary-bring-your-teacup-council",
        site="犀苑社区网 (invented, residents' site as text)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xiyuansq.com/dongtai/2025/1128/215.html",
        title="“带上茶杯来议事”邻里议事会活动总结",
        record_title="【活动回顾】“带上茶杯来议事”邻里议事会活动总结｜犀苑社区网",
        date="2025-11-27",
        notes="a residents' site as text: weather line, a grid member's box and a property duty line beside the community's own 联系电话; a volunteer-signup line between paragraphs; 成文日期",
        page="""
!m 犀苑社区网　今日 晴 6～15℃
!m 社区动态 ＞ 活动回顾
!t 【活动回顾】“带上茶杯来议事”邻里议事会活动总结
!m 发布者：犀苑社区居委会　阅读 233
{BODY}
!m 网格员 陶一苇　手机 137 0834 5526
!m 物业24小时值班：0834-6650110
!a 👍 点个赞　💬 我有话说
""",
        indent="\u3000\u3000",
        body="""
今年以来，犀苑社区每月最后一个周六下午举办一次邻里议事会，请居民“带上自家茶杯来议事”，社区只备热水和茶叶，不再提供一次性纸杯。现将全年活动情况总结如下。
一、基本情况。全年共举办议事会10场，参加居民436人次，议定加装电梯、楼道照明、门前停车等事项23件，已办结19件。
二、主要做法。一是以茶会友，居民端着自家茶杯围坐一起，气氛轻松，愿意说真话；二是议事有规则，每人发言不超过五分钟，议定事项当场公示；三是办理有回音，下次议事会先通报上次事项进度。
⟦a 想加入议事会志愿者？在社区网首页点“我要报名”⟧
三、存在不足。年轻居民参加较少，部分事项办理周期较长。明年将增设晚间场次，并邀请物业、辖区单位列席。
联系电话：0834-6650236（社区居委会）
犀苑社区居民委员会
2025年11月27日
""",
    ),
    dict(
        slug="assoc-xiangbao-minutes-briefcase-standard-vote",
        site="麈湖市箱包皮具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.zhxbxh.org.cn/xhdt/2025/0704/318.html",
        title="麈湖市箱包皮具行业协会公文包团体标准审定会议纪要",
        record_title="〖标准动态〗麈湖市箱包皮具行业协会公文包团体标准审定会议纪要 - 协会动态",
        date="2025-07-01",
        date_also=["2025-07-04"],
        notes="association page: member login row, a member hotline; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the meeting's 时间 line expected, the page's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖标准动态〗麈湖市箱包皮具行业协会公文包团体标准审定会议纪要 - 协会动态</title>
</head>
<body>
<div class="member">⟦a 会员单位登录 ｜ 申请入会 ｜ 会费缴纳⟧</div>
<div class="logo">⟦m 麈湖市箱包皮具行业协会 · 同业同心 以质立业⟧</div>
<div class="nav">⟦m 协会首页　关于协会　协会动态　团体标准　会员名录　联系我们⟧</div>
<div class="pos">⟦m 当前位置：协会首页 ＞ 协会动态⟧</div>
<div class="art">
<h3>{T}</h3>
<div class="info">⟦m 发布：协会秘书处　2025-07-04　浏览：168⟧</div>
<div class="txt">
{BODY}
</div>
<div class="attach">⟦a 《公文包》团体标准（报批稿）仅限会员单位登录后查阅⟧</div>
</div>
<div class="side">⟦l 往期纪要：二届五次理事会纪要 ｜ 皮具质量提升座谈会纪要⟧</div>
<div class="foot">⟦m 会员服务热线：0736-2269908⟧ ⟦m 地址：麈湖市皮具城管理大楼6楼⟧ ⟦m 湘ICP备20013390号⟧</div>
</body>
</html>
""",
        body="""
时间：2025年7月1日上午9时
地点：协会会议室
主持：程立本（协会会长）
出席：标准审定专家组成员7人、会员企业代表16人
列席：麈湖市市场监督管理局标准化科 詹可
记录：祁雯
会议对《公文包》团体标准（送审稿）进行了逐条审定。纪要如下：
一、会议同意将提手拉力试验次数由三千次提高到五千次，将拉链往复开合试验由五百次提高到一千次。
二、会议认为，标准中关于“真皮”“再生革”标注的条款应与国家标准保持一致，请起草组据此修改。
三、会议以记名方式表决，应到专家7人，实到7人，同意7票，反对0票，弃权0票，审定通过。
四、请起草组于7月20日前形成报批稿，由协会秘书处报市场监管部门备案后发布。
""",
    ),
    dict(
        slug="assoc-taoci-pledge-teacup-inner-glaze-text",
        site="犀川县陶瓷行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xcicx.org/tongzhi/20250918.html",
        title="关于茶杯内壁不施彩、杯口不描金的倡议书",
        record_title="[行业自律] 关于茶杯内壁不施彩、杯口不描金的倡议书 ◇ 犀川县陶瓷行业协会",
        date="2025-09-18",
        notes="an association page as text: member login row, a member hotline; a pledge whose 分享 sentence is content, signed by the association; 成文日期",
        page="""
!a 会员登录　｜　入会指南
!m 犀川县陶瓷行业协会 · 窑火相传
!m 首页 → 行业自律 → 倡议
!t [行业自律] 关于茶杯内壁不施彩、杯口不描金的倡议书
{BODY}
!m 协会会员热线：0834-6681190
!l ← 返回行业自律栏目
""",
        indent="\u3000\u3000",
        body="""
全县陶瓷生产企业、经营户：
茶杯天天与茶水、嘴唇接触，安全是第一位的。近年来，一些企业为追求花哨，在茶杯内壁施彩、在杯口描金，一旦釉上彩工艺控制不好，就有铅、镉溶出的风险。为此，县陶瓷行业协会向全体会员发出如下倡议：
一、茶杯内壁只施透明釉或单色高温釉，不施釉上彩、不贴花纸。
二、杯口向下15毫米以内不描金、不画彩，装饰一律放在杯身外侧。
三、每批茶杯出厂前，送有资质的机构检测铅、镉溶出量，检测报告随货提供。
四、经营户进货时主动查验检测报告，不销售来路不明的彩绘茶杯。
欢迎各会员单位把本倡议分享给上下游客户，共同守护“犀川瓷”的好名声。
犀川县陶瓷行业协会
2025年9月18日
""",
    ),
    dict(
        slug="company-zhunzhi-news-laser-level-launch-cookie",
        site="准之测量仪器有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhunzhi-tools.com/news/company/20250826.html",
        title="准之仪器发布新一代绿光激光水平仪",
        record_title="新闻中心 ▸ 准之仪器发布新一代绿光激光水平仪 | 准之测量",
        record_date="2025-08-26",
        date="2025-08-26",
        notes="company page: cookie notice, a service float, a dotted date, a photo caption between paragraphs; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新闻中心 ▸ 准之仪器发布新一代绿光激光水平仪 | 准之测量</title>
<script src="/static/js/site.js"></script>
</head>
<body>
<header>⟦m 准之测量 ZHUNZHI⟧ ⟦m 产品中心 · 解决方案 · 新闻中心 · 服务支持 · 关于我们⟧ ⟦a 中 / EN⟧</header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<article class="news">
<h1>{T}</h1>
<p class="date">⟦m 2025.08.26　公司新闻⟧</p>
<div class="news-content">
{BODY}
</div>
<div class="back">⟦l 返回新闻列表⟧</div>
</article>
<div class="svc-float">⟦w 售前咨询 · 在线客服⟧ ⟦m 400-880-6175⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示您同意我们的Cookie政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 麈湖准之测量仪器有限公司　湘ICP备19027715号-1⟧</footer>
</body>
</html>
""",
        body="""
8月25日，麈湖准之测量仪器有限公司在麈湖国际会展中心举行新品发布会，推出新一代十二线绿光激光水平仪ZL-12G。
与上一代产品相比，ZL-12G采用绿光激光二极管，室内可视距离由15米提升到30米，在强光下也能看清投线；自动安平精度达到每米正负0.2毫米，倾斜超过4度时激光线闪烁报警，避免误用。
⟦m 图为技术人员在发布会上演示ZL-12G的投线效果。⟧
公司总经理汪明哲介绍，ZL-12G的研发历时两年，主要面向装修、吊顶和管线安装等场景。为方便工人在工地使用，产品配备了可充电锂电池，连续工作时间达到12小时。
新品将于9月起在全国经销网点上市。
""",
    ),
    dict(
        slug="company-qingci-recall-glass-teacup-lid-batches",
        site="清瓷家居用品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.qingcihome.com/notice/recall-2025-03.html",
        title="关于召回部分批次双层玻璃茶杯的公告",
        date="2025-10-30",
        notes="a company page as text with the record's own title: recall batches table (one row a paragraph), the recall line beside a 400 order line and an online-shop line; 成文日期",
        page="""
!m 清瓷家居 QINGCI HOME　|　官方网站
!m 首页 / 公司公告
{T}
!m 2025-10-30 · 公告
{BODY}
!m 订购热线：400-822-6087　天猫旗舰店：清瓷家居官方旗舰店
!a 分享到微信 ｜ 复制链接
!m ©2025 犀川清瓷家居用品有限公司　蜀ICP备21004412号
""",
        indent="",
        body="""
尊敬的消费者：
我公司在质量抽查中发现，部分批次双层玻璃茶杯的杯盖硅胶圈在长期接触开水后可能脱落，存在被误吞的风险。为保障消费者安全，我公司决定自即日起召回以下批次产品：
型号　生产批号　生产日期　数量（只）
QC-B350　B2506017　2025年6月　4200
QC-B350　B2507022　2025年7月　3860
QC-B420　B2507031　2025年7月　2150
请持有上述批次茶杯的消费者立即停止使用，凭杯底批号到原购买渠道或联系我公司办理免费更换或退款，产生的运费由我公司承担。
召回专线：0834-6625300（每天8:30—20:30）。
由此给您带来的不便，我们深表歉意。
犀川清瓷家居用品有限公司
2025年10月30日
""",
    ),
    dict(
        slug="training-anxing-brochure-kids-seatbelt-class-400",
        site="安行驾驶培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.anxingjx.com/kecheng/qinzi-2025.html",
        title="“小小安全带”亲子交通安全体验课招生简章",
        record_title="【周六亲子营】“小小安全带”亲子交通安全体验课招生简章（每期12个家庭）｜安行驾校",
        date=None,
        notes="training school: promo banner, a consult float, a 400 franchise line beside the school's own 报名电话 in the body; a course table; a brochure without a date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【周六亲子营】“小小安全带”亲子交通安全体验课招生简章（每期12个家庭）｜安行驾校</title>
</head>
<body>
<div class="promo">⟦a 限时福利：C1班报名立减600元，名额有限⟧</div>
<div class="head">⟦m 安行驾驶培训学校 · 安全驾驶从这里出发⟧</div>
<div class="nav">⟦m 首页 | 班型介绍 | 亲子课堂 | 学车流程 | 学员风采 | 联系我们⟧</div>
<div class="page">
<h1>{T}</h1>
<div class="intro">
{BODY}
</div>
</div>
<div class="float-zx">⟦w 学车顾问在线，点我问价格⟧</div>
<div class="footer">
<p>⟦m 全国加盟热线：400-618-2259⟧</p>
<p>⟦m 安行驾驶培训学校　地址：貂溪县环城北路88号⟧</p>
</div>
</body>
</html>
""",
        body="""
孩子坐车不愿系安全带、坐不住安全座椅，是很多家长的烦恼。安行驾校推出周末亲子交通安全体验课，让孩子在游戏中明白安全带为什么重要。
课程安排如下：
环节　内容　时长
车内小课堂　安全带怎样保护我们　20分钟
碰撞体验　低速碰撞体验车（限6岁以上）　15分钟
动手练习　自己系好安全带、家长调安全座椅　25分钟
一、招生对象。3至10岁儿童及一名家长，每期限12组家庭。
二、上课时间。每周六上午9:30，地点在驾校科目二训练场。
三、费用。每组家庭60元，含课程和纪念品。
报名电话：0736-7182006（安行驾校招生办）。
""",
    ),
    dict(
        slug="training-jiangxin-brochure-tiler-course-level-table",
        site="匠心职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.jxzypx.cn/zhaosheng/waagong-2025.html",
        title="瓷砖镶贴工（五级）培训班招生简章",
        record_title="瓷砖镶贴工（五级）培训班招生简章（含补贴政策）- 匠心职校",
        date=None,
        notes="a training school's page as text: promo line, a course table (one row a paragraph) with spirit-level practice; a trial-class prompt between paragraphs; the school's 报名电话 beside a consult WeChat; no date",
        page="""
!a 🔥 秋季班火热报名中，前20名送工具包
!m 匠心职业技能培训学校 · 学门手艺 靠手吃饭
!m 首页 » 招生简章 » 建筑装饰类
!t 瓷砖镶贴工（五级）培训班招生简章（含补贴政策）
{BODY}
!w 加招生老师微信 jxzx_zs，领取往期学员作品图
!m 匠心职校　地址：蘧阳县建设路218号
""",
        indent="",
        body="""
本班面向想学瓷砖镶贴手艺的城乡劳动者，以实操为主，学会找平、放线、铺贴、勾缝全流程，结业可参加瓷砖镶贴工五级职业技能等级认定。
一、课程安排
模块　内容　课时
工具使用　水平仪、靠尺、切割机的使用与保养　16
找平放线　用水平仪和激光投线仪找平、弹线　24
铺贴实操　墙砖、地砖、踢脚线铺贴　48
⟦a 不确定适不适合？先来免费试听一节实操课⟧
二、报名条件。年满16周岁，身体健康，初中以上文化程度。
三、补贴政策。取得职业技能等级证书的，可按规定申领职业技能提升补贴。
四、报名方式。携带身份证到学校报名，报名电话：0738-5236601。
""",
    ),
    dict(
        slug="app-bizhi-report-fleet-captain-seatbelt-h5",
        site="笔知写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bizhixiezuo.com/share/article?aid=7716503",
        title="客运车队队长2025年上半年述职报告",
        record_title="客运车队队长2025年上半年述职报告（AI可改写）· 笔知写作",
        date="2025-07-08",
        notes="writing app H5 share: open-app mask, a fold ('expand the rest' action) between paragraphs, an AI-rewrite button glued after a 。, a 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>客运车队队长2025年上半年述职报告（AI可改写）· 笔知写作</title>
<script src="https://h5.bizhixiezuo.com/js/openapp.js"></script>
</head>
<body>
<div class="open-app-mask">⟦a 打开笔知写作APP，万篇范文随心改⟧ ⟦a 立即打开⟧</div>
<div class="h5-head">⟦m 笔知写作⟧ ⟦m 已有 186 万人在这里写材料⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 笔知写作编辑部 · 收藏 902 · 使用 3.4k⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="bottom-bar">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦a AI帮我改写⟧</div>
<div class="rec"><h4>⟦l 写这篇的人还用了⟧</h4><p>⟦l 客运驾驶员年度个人总结⟧</p><p>⟦l 车队安全生产月活动总结⟧</p></div>
</body>
</html>
""",
        body="""
今年上半年，我担任公司第三客运车队队长，带领全队42名驾驶员、18名乘务员，安全行驶218万公里，未发生有责交通事故。现将履职情况报告如下。
一、抓安全带“最后一米”。我把乘客安全带管理作为车队安全工作的重点，坚持每天出车前抽查两台车的安全带卡扣，半年共更换破损安全带63条；要求乘务员发车前逐排检查，车队乘客系带率由年初的61%提高到89%。⟦a ✨AI改写这一段⟧
⟦a 余下内容已折叠，展开全文⟧
二、抓驾驶员管理。每月组织一次安全例会和车载视频回看，对未系安全带、接打电话等行为发现一起、纠正一起。
三、存在不足。夜班车辆的检查频次还不够，个别乘务员提醒不到位。下半年，我将把安全带检查纳入每趟班次的交接记录，推动系带率稳定在九成以上。
述职人：巫振海
2025年7月8日
""",
    ),
    dict(
        slug="app-gongwenbao-request-meeting-room-teacups",
        site="公文宝 (invented writing app, text share)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://m.gongwenbao.cn/s/q9T2xL",
        title="关于为机关会议室购置陶瓷茶杯的请示",
        record_title="关于为机关会议室购置陶瓷茶杯的请示（格式规范·直接套用）- 公文宝",
        date="2025-03-10",
        notes="a writing app's text share: open-in-app line, a member-unlock line between paragraphs, a 'use this template' action; a request with its 联系人/电话 and 成文日期",
        page="""
!a 在公文宝APP内打开，排版更清晰
!t 关于为机关会议室购置陶瓷茶杯的请示（格式规范·直接套用）
!m 公文宝 · 请示模板库 · 已有 1.2 万人套用
{BODY}
!a 【套用此模板】【换一篇】
!d 公文宝模板仅供写作参考，正式行文请以本单位实际为准
""",
        indent="\u3000\u3000",
        body="""
县机关事务服务中心：
为落实厉行节约要求，减少一次性用品使用，我局拟自4月1日起在机关各会议室停用一次性纸杯，改用可重复使用的陶瓷茶杯。现将有关事项请示如下：
一、我局共有会议室4间，座位合计132个，拟购置带盖陶瓷茶杯150只、茶杯消毒柜2台。
⟦a 开通公文宝会员，解锁完整请示及同类模板⟧
二、茶杯按每只35元、消毒柜按每台2600元测算，共需经费10450元，拟从本年度办公经费中列支。
三、茶杯由办公室统一管理，会后及时清洗消毒，损坏的按实补充。
妥否，请批示。
联系人：任思齐，电话：0736-7105526。
貂溪县自然资源局
2025年3月10日
""",
    ),
    dict(
        slug="examforum-shenlun-essay-seatbelt-rules-jammer",
        site="登科公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.dengke-gk.com/thread-207731-1-1.html",
        title="系好安全带，也要系好“规则带”",
        record_title="[申论大作文] 系好安全带，也要系好“规则带”（自评38分，求拍） - 申论批改 - 登科公考论坛",
        date=None,
        notes="exam forum: jammer-font junk in the post, a reply-to-see prompt between paragraphs, a rating row, a QQ-group ad; posted 6 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[申论大作文] 系好安全带，也要系好“规则带”（自评38分，求拍） - 申论批改 - 登科公考论坛</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="top">⟦m 登科公考论坛 · 一起上岸⟧ ⟦a 登录 · 加入论坛⟧</div>
<div class="pt">⟦m 登科公考论坛 › 申论专区 › 申论批改⟧</div>
<div class="post">
<h1>⟦t [申论大作文] 系好安全带，也要系好“规则带”（自评38分，求拍）⟧</h1>
<div class="authi">⟦m 楼主 岸边的鲸鱼　6 天前　查看 1877　回复 42⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　金币 +15　经验 +10　理由：立意准确，论证可再充实⟧</div>
<div class="qun">⟦w 申论互改群 QQ 809113526，备注“上岸”⟧</div>
</div>
<div class="reply-box">⟦a 登录后快速回复楼主⟧</div>
<div class="ft">⟦m 登科公考论坛 Powered by Discuz! X3.5⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
坐车系好安全带，是一个再简单不过的动作，却常被忽视。有人嫌麻烦，有人心存侥幸，直到事故发生才追悔莫及。安全带系住的是生命，社会运行同样需要一条“规则带”。
⟦a 本帖隐藏了批改意见，回复后可见⟧
规则带，首先要系在每个人心里。乘客主动系好安全带，不是因为怕罚款，而是明白这是对自己负责。同样，遵守规则不能只靠外力约束，更要内化为自觉。
规则带，也要系在管理者手上。客运企业把系带检查纳入发车流程，交警部门把抽查常态化，规则才有牙齿。
规则带，还要系在制度细节里。座椅卡扣坏了有人修，提醒语音有人放，规则才能落地。
小小安全带，折射的是规则意识。人人系好“规则带”，社会这辆车才能行稳致远。
""",
    ),
]
