"""Blind part holdout307, file E: residents' sites, trade associations, company sites, training
schools, 范文 apps and an exam forum. Every page, place, person, site, URL and number here is
invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-mingqiao-reminder-quilt-beating-grid-box",
        site="榠桥社区网 (invented residents' site)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="https://www.mingqiao-shequ-demo.cn/tzgg/2025/0408/215.html",
        title="关于文明晾晒、轻拍被褥的温馨提示",
        record_title="【晾晒有约】关于文明晾晒、轻拍被褥的温馨提示 - 榠桥社区网",
        date="2025-04-08",
        notes="residents' site: a weather line, a grid member's box with a mobile, property repair and duty lines next to the "
        "community's own 咨询电话 in the body; a numbered list; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【晾晒有约】关于文明晾晒、轻拍被褥的温馨提示 - 榠桥社区网</title></head>
<body>
<div class="top">⟦m 繇山县城关镇榠桥社区⟧　⟦m 今天 晴 12～24℃ 适宜晾晒⟧</div>
<div class="nav">⟦m 社区首页⟧ ⟦m 通知公告⟧ ⟦m 便民服务⟧ ⟦m 邻里议事⟧ ⟦m 党群之家⟧</div>
<div class="path">⟦m 首页 » 通知公告⟧</div>
<div class="post">
<h2>{T}</h2>
<p class="meta">⟦m 发布者：社区居委会　浏览 408⟧</p>
<div class="content">
{BODY}
</div>
</div>
<div class="side">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第3网格　欧阳岚　手机 139 0739 6610⟧</p></div>
<div class="wy"><h4>⟦m 物业服务⟧</h4><p>⟦m 报修：0739-6258100⟧</p><p>⟦m 夜间值班：0739-6258199⟧</p></div>
</div>
<div class="foot">⟦m 榠桥社区居民委员会　地址：繇山县城关镇榠桥路18号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期天气晴好，不少居民在阳台和楼下空地晾晒、拍打被褥。社区接到居民反映，个别楼栋有人清晨六点前拍被子，还有人在楼上向外抖落被褥灰尘，影响了邻居休息和楼下晾晒。为此，社区温馨提示如下：
1.拍打被褥请在上午8点以后、晚上8点以前进行；
2.请在阳台内侧或楼下指定晾晒区拍打，不要向楼外抖落灰尘；
3.社区在2号楼和6号楼之间新设晾晒区，配备晾被架和拍被子，居民可免费使用。
如有意见建议，请拨打社区咨询电话0739-6258011。
繇山县城关镇榠桥社区居民委员会
2025年4月8日
""",
    ),
    dict(
        slug="community-zhuoyuan-recruit-knitting-volunteers-scan",
        site="梲园社区网 (invented)",
        style="社区网站",
        genre="招募启事",
        kind="notice",
        form="text",
        source="http://zhuoyuan-sq-demo.cn/news/2025-10-20-1.html",
        title="“织暖冬日”社区编织志愿者招募启事",
        record_title="“织暖冬日”社区编织志愿者招募启事 - 志愿服务 - 梲园社区网",
        date="2025-10-20",
        notes="residents' site text page: 扫描二维码报名 in the body is content; a join-the-group line glued before a line's "
        "first words; the signature date",
        page="""
!m 梲园社区网　罥湖区梲园社区居委会主办
!m 首页 › 志愿服务
{T}
!m 浏览：311　分享到：微信群
{BODY}
!l 往期活动：重阳节“敬老宴”回顾　｜　“余线箱”使用说明
!m 社区服务大厅：0738-8245307　工作时间：周一至周六 8:30-17:30
""",
        body="""
亲爱的居民朋友：
为给繇山县山区小学的孩子们送去温暖，社区联合银发编织社开展“织暖冬日”编织志愿活动，现面向辖区居民招募编织志愿者30名。
一、招募条件：会用毛线针织平针，每周能抽出两个下午参加集中编织。
二、活动时间：11月1日至12月15日，每周三、周六下午2:30至4:30。
三、活动地点：社区党群服务中心二楼活动室。
⟦l 想看往年织的围巾？进“梲园邻里”群相册⟧四、报名方式：扫描社区公告栏上的二维码填写报名信息，或到社区服务大厅登记。
毛线和毛线针由社区统一提供，志愿者也可带上自己用惯的针。
罥湖区梲园社区居民委员会
2025年10月20日
""",
    ),
    dict(
        slug="association-sanchuan-puff-pledge-name-is-signature",
        site="毵川县化妆工具行业协会网 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.sanchuan-hzgj-demo.org.cn/xhdt/2025/0610/88.html",
        title="关于在粉扑产品上标注清洗与更换提示的倡议书",
        record_title="〖自律公约·倡议〗关于在粉扑产品上标注清洗与更换提示的倡议书 - 协会动态",
        date="2025-06-10",
        notes="association site with a member-login row: its name in the header is also the signature (matched as head); "
        "a join-the-association line of its own between paragraphs; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖自律公约·倡议〗关于在粉扑产品上标注清洗与更换提示的倡议书 - 协会动态</title></head>
<body>
<div class="login">⟦a 会员单位登录　账号　密码　忘记密码⟧</div>
<div class="logo">⟦m 毵川县化妆工具行业协会⟧</div>
<div class="nav">⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 标准规范⟧ ⟦m 入会指南⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="meta">⟦m 栏目：协会动态　阅读：265⟧</p>
<div class="txt">
{BODY}
</div>
</div>
<div class="foot">⟦m ©2025 毵川县化妆工具行业协会 版权所有⟧　⟦m 协会秘书处：0738-5231180⟧</div>
</body></html>
""",
        body="""
各会员企业：
粉扑是直接接触皮肤的化妆工具，清洗不及时、使用时间过长，容易滋生细菌。目前，我县生产的粉扑大多只标注材质和规格，很少提示消费者如何清洗、多久更换。为此，协会向全体会员企业倡议：
一、自2025年7月1日起，在粉扑包装上统一标注“建议每周清洗一次”“建议使用一至三个月后更换”等提示语。
⟦a 尚未入会的粉扑企业，欢迎点此在线提交入会申请⟧
二、在包装上印制清洗方法图示，引导消费者正确清洗、晾干。
三、不夸大宣传“抗菌”“免洗”等功能。
让我们携起手来，以诚信赢得市场，共同维护“毵川粉扑”的好口碑。
毵川县化妆工具行业协会
2025年6月10日
""",
    ),
    dict(
        slug="association-lushui-bamboo-council-minutes-vote",
        site="纑水县竹木日用品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.lushui-zhumu-demo.org/news/2025/0820/61.html",
        title="纑水县竹木日用品行业协会二届四次理事会会议纪要",
        record_title="[协会会务·纪要] 纑水县竹木日用品行业协会二届四次理事会会议纪要 - 协会新闻",
        date="2025-08-15",
        date_also=["2025-08-20"],
        notes="association minutes: 时间/地点/主持/出席/记录 lines (the 时间 line gives the date, the page's date differs), "
        "a vote count; a member-hotline line glued after the last sentence",
        page="""
!m 纑水县竹木日用品行业协会
!m 协会新闻 | 会员名录 | 团体标准 | 联系我们
{T}
!m 2025-08-20　秘书处　阅读 143
{BODY}
!l 相关：一届五次理事会会议纪要
!m 会员服务热线：0739-5306655
""",
        body="""
时间：2025年8月15日上午9:00
地点：协会会议室
主持：会长　邢远山
出席：理事17人（应到19人）
记录：秘书处　包小棠
会议听取了秘书处关于上半年竹木搓衣棒、衣架等产品出口情况的汇报，讨论通过了以下事项：
一、审议通过《竹木搓衣棒团体标准（草案）》，同意提交会员大会表决。表决结果：同意16票，反对0票，弃权1票。
二、同意吸收纑水县绿源木业有限公司等3家企业为会员单位。
三、决定10月组织会员企业参加省日用品博览会，展位费由协会承担一半。⟦w 想入会？拨协会会员专线咨询⟧
""",
    ),
    dict(
        slug="company-huaxiang-news-steel-quilt-clip-title-glued",
        site="华晾家居官网 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.hualiang-home-demo.com/news/company/2025-05-06.html",
        title="棼溪华晾家居推出不锈钢防风晒被夹",
        record_title="新品资讯 › 棼溪华晾家居推出不锈钢防风晒被夹 - 华晾家居",
        date="2025-05-06",
        notes="company site: a cookie notice, a service float; the title repeated and glued before the lead; "
        "a dotted company date is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>新品资讯 › 棼溪华晾家居推出不锈钢防风晒被夹 - 华晾家居</title></head>
<body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续访问即表示您同意。⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 华晾家居⟧　⟦m 晒得放心，用得安心⟧</header>
<nav>⟦m 关于华晾⟧ ⟦m 产品中心⟧ ⟦m 新品资讯⟧ ⟦m 经销网点⟧ ⟦m 联系华晾⟧</nav>
<div class="news">
<h1>{T}</h1>
<p class="date">⟦m 2025.05.06　新品资讯⟧</p>
<div class="news-body">
{BODY}
</div>
<div class="back">⟦l ← 返回资讯列表⟧</div>
</div>
<div class="kefu">⟦w 在线客服　·　售后服务⟧</div>
<footer>⟦m 棼溪华晾家居用品有限公司　浙ICP备20061813号⟧</footer>
</body></html>
""",
        body="""
⟦t 棼溪华晾家居推出不锈钢防风晒被夹⟧近日，棼溪华晾家居用品有限公司新研发的“稳夹”系列不锈钢防风晒被夹正式上市。
这款晒被夹采用304不锈钢弹簧和加宽夹口，夹口内侧加了防滑齿，能稳稳夹住8厘米厚的棉被。经第三方检测，该产品可连续开合5000次不变形，在六级风下夹持被褥不脱落。
公司总经理宁海波介绍，近年来高层住宅晾晒物品坠落事件时有发生，不少消费者反映普通塑料夹子容易老化断裂。公司用一年时间改进设计，希望让大家晒被子更放心。
目前，“稳夹”系列已在公司官方网店和县内30家超市同步销售。
""",
    ),
    dict(
        slug="company-tengyi-recall-quilt-beater-batches-400",
        site="棼塘藤艺官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.fentang-tengyi-demo.cn/gonggao/2025-0416.html",
        title="关于召回部分批次藤编拍被子的公告",
        record_title="关于召回部分批次藤编拍被子的公告_藤艺公告_棼塘藤艺",
        record_date="2025-04-16",
        date="2025-04-16",
        notes="the record gives the date; a recall with its batches table; the recall line in the body next to the site's 400 "
        "order line; a product-ad line of its own between paragraphs",
        page="""
!m 棼塘藤艺　手编好物
!m 首页 / 公司公告
{T}
!m 订购热线：400-617-2093
{BODY}
!l 推荐产品：藤编收纳篮 | 藤编果盘 | 三叶藤拍（新款）
!m 桪岭县棼塘藤艺制品有限公司　地址：桪岭县棼塘村
""",
        body="""
近期，我公司接到消费者反映，部分藤编拍被子在使用中出现拍柄断裂。经排查，问题产品为2025年2月至3月生产的以下批次，系拍柄内衬竹芯强度不足所致。为保障消费者安全，我公司决定主动召回上述产品。
批次号　生产日期　数量（把）
TP250208　2025年2月8日　1200
TP250217　2025年2月17日　1500
TP250306　2025年3月6日　900
⟦l 新款加固三叶藤拍已到货，点此了解⟧
已购买上述批次产品的消费者，可凭产品手柄上的批次标签到原购买门店免费更换，或拨打召回专线0739-7551806登记上门取件。
桪岭县棼塘藤艺制品有限公司
2025年4月16日
""",
    ),
    dict(
        slug="training-qiaoshou-knitting-weekend-brochure-consult-float",
        site="巧手坊手工培训 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshoufang-demo.cn/kecheng/bangzhen-zhoumo.html",
        title="零基础棒针编织周末班招生简章",
        record_title="【冬季新班】零基础棒针编织周末班招生简章（十二人小班）｜巧手坊",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 franchise line next to the school's own 报名电话 in the "
        "body; a course table; a trial-lesson line of its own between paragraphs; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【冬季新班】零基础棒针编织周末班招生简章（十二人小班）｜巧手坊</title></head>
<body>
<div class="promo">⟦a 老学员带新人报名，两人同行各减50元⟧</div>
<header>⟦m 巧手坊手工培训⟧　⟦m 加盟热线：400-820-6317⟧</header>
<nav>⟦m 首页　课程　学员作品　师资　校区⟧</nav>
<main>
<h1>{T}</h1>
<div class="course">
{BODY}
</div>
</main>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦m 巧手坊（榠城罥湖校区）　地址：榠城市罥湖区织锦街5号2楼⟧</footer>
</body></html>
""",
        body="""
想亲手给家人织一条围巾吗？零基础也能学会！
一、课程安排
课次　内容
第1课　认识毛线和毛线针，学起针
第2课　下针、上针练习
第3课　织一条双罗纹围巾
第4课　收针、藏线头与作品点评
⟦a 先来试听一节？预约免费体验课⟧
二、上课时间：每周六上午9:30至11:30，共4次课。
三、学费：480元，含毛线两团和竹制毛线针一副。
四、报名电话：0738-8330726（周二至周日）。
每班限招12人，额满即止。
""",
    ),
    dict(
        slug="training-yanzhuang-diary-puff-pressing-oneline",
        site="妍妆化妆学校 (invented)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="https://www.yanzhuang-school-demo.com/xueyuan/riji/0312.html",
        title="化妆班第三周：我终于学会了用粉扑“按”而不是“擦”",
        record_title="【妍妆学员记】化妆班第三周：我终于学会了用粉扑“按”而不是“擦” - 妍妆化妆学校",
        date=None,
        notes="a trainee's diary all on one line; a course-ad line and a consult line after it; no date",
        page="""
!m 妍妆化妆学校 · 学员风采
!t 【妍妆学员记】化妆班第三周：我终于学会了用粉扑“按”而不是“擦”
!m 学员：小七（彩妆全能班）
{BODY}
!a 想和小七一样从零学化妆？本月报名送全套练习工具
!w 课程咨询请添加妍妆招生老师微信 yzhz_2025
!m 妍妆化妆学校　毵川校区
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
来化妆班的第三周，老师终于开始教底妆了。
我以前在家化妆，都是拿粉扑在脸上来回擦，擦完总觉得粉浮在脸上。今天老师一上来就说：粉扑是用来按的，不是用来擦的。
她让我们先把粉扑对折，蘸少量粉底，在手背上拍匀，再从脸颊中间向外一下一下按压。鼻翼和眼下这些小地方，就用粉扑折起来的尖角点按。
我在模特脸上练了四遍，第四遍的时候，老师说终于看不出粉底的边了。
下课前老师还提醒，练习用的粉扑每天都要洗，不然会把上一个人的粉底带到下一个人脸上。
""",
    ),
    dict(
        slug="fanwenapp-bixia-host-script-washing-stick-app-mask",
        site="笔下生花APP (invented 范文 app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bixiashenghua-demo.com/share/article?id=70311",
        title="“老物件里的劳动记忆”主题班会主持词",
        record_title="“老物件里的劳动记忆”主题班会主持词（改改就能上台）· 笔下生花",
        date=None,
        notes="writing app's H5 share: an open-app mask, a fold in the middle of the text (a line of its own), an AI-rewrite "
        "button glued after a sentence; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>“老物件里的劳动记忆”主题班会主持词（改改就能上台）· 笔下生花</title>
<script src="https://h5.bixiashenghua-demo.com/js/share.js"></script></head>
<body>
<div class="mask">⟦a 在笔下生花APP内打开，阅读体验更好⟧ <button>⟦a 立即打开⟧</button></div>
<div class="page">
<h1>{T}</h1>
<div class="author">⟦m 作者：讲台上的小柯　·　2.3万人读过⟧</div>
<div class="article">
{BODY}
</div>
<div class="bar">⟦a 复制全文　·　导出文档　·　换个写法⟧</div>
<div class="more"><h4>⟦l 同主题推荐⟧</h4><p>⟦l 劳动教育主题班会教案⟧</p><p>⟦l “我是家务小能手”班会主持稿⟧</p></div>
</div>
<div class="foot">⟦m 笔下生花 · 让写作更轻松⟧</div>
</body></html>
""",
        body="""
甲：老师们、同学们，
乙：大家下午好！
甲：今天，我们围绕“老物件里的劳动记忆”召开主题班会。
乙：上周，同学们回家找来了爷爷奶奶用过的老物件。看，讲台上这根木头棒子，有谁认识吗？
⟦a 余下内容已收起，打开APP免费展开全文⟧
甲：它叫搓衣棒。在没有洗衣机的年代，奶奶们就是用它在河边一棒一棒把衣服洗干净的。⟦a ✦AI帮你改写这段⟧
乙：下面，请第一组的同学上台，讲讲搓衣棒背后的故事。
甲：一根小小的搓衣棒，藏着长辈们的勤劳和辛苦。
乙：让我们从今天做起，主动分担家务，做热爱劳动的好少年！
合：“老物件里的劳动记忆”主题班会到此结束！
""",
    ),
    dict(
        slug="fanwenapp-gongwenxia-request-issue-wind-clips",
        site="公文匣APP (invented, reading mode export)",
        style="范文APP",
        genre="请示",
        kind="notice",
        form="text",
        source="https://app.gongwenxia-demo.cn/read/qingshi/55902",
        title="关于为老旧小区高层住户统一配发防风晒被夹的请示",
        date="2025-03-11",
        notes="record title as is; an app's reading mode: a VIP line and a template-count line are chrome; "
        "the 成文日期 under the signature, in Chinese numerals",
        page="""
!m 公文匣 · 阅读模式
{T}
!m 收录于「请示」合集　·　12.6万次使用
!a 开通公文匣VIP，全部范文无限复制
{BODY}
!a 一键套用模板　　保存到我的文稿
!l 相似范文：关于申请老旧小区消防设施改造资金的请示
""",
        body="""
区人民政府：
近年来，我街道辖区老旧小区高层住宅晾晒物品坠落事件时有发生，今年以来已接报晒被夹坠落11起，群众反映强烈。经调查，坠落的多为使用多年、老化开裂的塑料夹子。
为从源头上消除隐患，我街道拟为辖区8个老旧小区7层以上的2360户住户，每户免费配发不锈钢防风晒被夹6只，共需14160只，按每只4.5元测算，需资金63720元。
恳请区政府从区安全生产专项资金中予以安排。
妥否，请批示。
榠城市罥湖区溪桥街道办事处
二〇二五年三月十一日
""",
    ),
    dict(
        slug="examforum-dengzhou-interview-quilt-beating-jammer",
        site="登舟公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.dengzhou-gk-demo.com/thread-220716-1-1.html",
        title="居民清晨拍被子扰民引发邻里矛盾，你作为社区工作人员怎么处理",
        record_title="〔社区岗结构化〕居民清晨拍被子扰民引发邻里矛盾，你作为社区工作人员怎么处理（含高分作答）- 面试交流 - 登舟公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a QQ-group ad, jammer-font junk glued and on a line of its own, a rating row; "
        "posted 4 天前 (no date)",
        page="""
<html><head><meta charset="utf-8"><title>〔社区岗结构化〕居民清晨拍被子扰民引发邻里矛盾，你作为社区工作人员怎么处理（含高分作答）- 面试交流 - 登舟公考论坛</title>
<style>.jammer{position:absolute;left:-999px}</style></head><body>
<div id="hd">⟦m 登舟公考论坛⟧　⟦m 一起上岸，不负韶华⟧</div>
<div id="pt">⟦m 登舟公考 › 面试交流 › 结构化练习⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="authi">⟦m 楼主：社区岗冲冲冲　发表于 4 天前　查看 6120　回复 203⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的评分细则需回复后才能查看⟧</div>
<div class="rate">⟦l 评分　参与 9 人　金币 +27　思路清晰⟧</div>
<div class="qq">⟦w 社区岗面试互练群：QQ群 7732 0915，进群备注岗位⟧</div>
</div>
<div id="ft">⟦m 登舟公考论坛 · 京ICP备23017706号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
【参考作答】
邻里之间的小事处理不好，容易积成大矛盾。作为社区工作人员，我会从以下几个方面入手。
首先，了解情况。分别上门听取双方诉求，弄清拍被子的时间、频次，以及楼下居民受到的具体影响。
其次，居中调解。向拍被子的居民说明清晨拍打对邻居休息和晾晒的影响，同时向楼下居民解释老人家里确有除尘需要，引导双方互相体谅，约定在上午9点后拍打。
再次，提供便利。协调物业在小区空地设置公共晾晒区，配备拍被子等工具，方便居民集中晾晒拍打。
最后，建章立制。把文明晾晒写进居民公约，通过楼栋长定期提醒，避免类似矛盾再次发生。
""",
    ),
]
