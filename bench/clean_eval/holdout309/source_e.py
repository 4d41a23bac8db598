"""holdout309, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML and one text case each).

Written by hand for this part; every place, person, firm, site, URL and number is invented.
"""

CASES = [
    dict(
        slug="community-kunyuan-summary-knitting-group-table",
        site="堃园社区网 (invented residents' site)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.kunyuansq.cn/sqdt/2024/1230/412.html",
        title="堃园社区“银发织暖”志愿服务队2024年工作总结",
        record_title="【银发暖冬】堃园社区“银发织暖”志愿服务队2024年工作总结｜堃园社区网",
        date="2024-12-28",
        notes="residents' site: weather line, a grid member's box, property repair lines; a table of the year's work; "
        "the community's own 咨询电话 in the body beside the property company's repair line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【银发暖冬】堃园社区“银发织暖”志愿服务队2024年工作总结｜堃园社区网</title>
<script src="/js/weather.js"></script></head>
<body>
<div class="top">⟦m 堃园社区网⟧ ⟦m 今日 渟川 晴 3~12℃ 空气良⟧</div>
<nav>⟦m 首页⟧ ⟦m 社区动态⟧ ⟦m 党建引领⟧ ⟦m 便民服务⟧ ⟦m 居民议事⟧</nav>
<div class="crumb">⟦m 您的位置：首页 › 社区动态⟧</div>
<div class="news"><h2>{T}</h2>
<p class="meta">⟦m 发布人：社区办公室　浏览：208⟧</p>
<div class="cont">
{BODY}
</div></div>
<aside><div class="grid">⟦m 我的网格员：隗春梅　13987104621⟧</div>
<div class="wy">⟦m 物业报修：0871-6730 5566（24小时）⟧</div>
<div class="hot"><h4>⟦l 社区热帖⟧</h4><p>⟦l 冬季燃气安全入户检查开始了⟧</p></div></aside>
<footer>⟦m 渟川县堃园社区居民委员会　地址：沬河路东段128号⟧</footer>
</body></html>
""",
        body="""
今年，“银发织暖”志愿服务队在社区党委带领下，坚持每周三下午集中编织，队员从成立时的28人发展到41人。现将全年工作总结如下：
月份　参加人次　用去毛线球　织成物品
4—6月　286人次　310个　围巾52条、帽子40顶
7—9月　241人次　265个　手套60双、坐垫18个
10—12月　330人次　402个　围巾86条、手套40双
全年共织成各类物品296件，全部送到隗家坪村小学、渲湾镇敬老院和社区独居老人手中。
明年，服务队将增设周末编织课堂，请居民中的年轻人教老人们认识新花样。欢迎居民加入，咨询电话：0871-6730 2190（社区服务站）。
堃园社区居民委员会
2024年12月28日
""",
    ),
    dict(
        slug="community-moyang-pledge-shoe-racks-title-line",
        site="沬阳社区便民网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://moyangsq.net/tz/2024/0318.html",
        title="雨天进楼先刷鞋 共建整洁楼道倡议书",
        record_title=None,
        date="2024-03-18",
        notes="no record title: the page's title line holds it (after a tag); scanning a code to register as a "
        "volunteer is content; the community's phone beside the property duty line",
        page="""
!m 沬阳社区便民网
!m 物业值班：0871-6735 0012　　社区服务站：周一至周五 8:30—17:30
!t ［置顶］雨天进楼先刷鞋 共建整洁楼道倡议书
!m 社区居委会　　阅读 311
{BODY}
!l 下一篇：沬阳社区春季义诊通知
!a 点击返回首页
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
春雨季节到了，楼道里的泥脚印多了，地面湿滑也容易摔跤。社区已在各栋单元门内侧安装了鞋刷架，为了让楼道干净、大家出行安全，我们倡议：
一、进楼先刷鞋。雨天进单元门前，请在鞋刷架上蹭一蹭、刷一刷，把泥水留在门口。
二、爱护公共设施。请不要把鞋刷架挪作他用，发现损坏请告诉楼栋长。
三、争当楼道志愿者。欢迎扫描单元门上的二维码登记，参加每月一次的楼道清洁日。
整洁楼道，从每个人的一双鞋开始！如有建议，请拨打社区服务站电话0871-6735 0256。
沬阳社区居民委员会
2024年3月18日
""",
    ),
    dict(
        slug="association-keshan-wenfang-minutes-ink-rest-standard",
        site="砢山县文房四宝行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.kswenfang.org.cn/xhdt/2024/0416/87.html",
        title="砢山县文房四宝行业协会第三届理事会第五次会议纪要",
        record_title="〖理事会速记〗砢山县文房四宝行业协会第三届理事会第五次会议纪要-砢山文房协会",
        date="2024-04-12",
        date_also=["2024-04-16"],
        notes="association site: member-login row, member hotline; minutes with 时间/地点/主持/出席/列席/记录 lines and a "
        "vote count; the association's name at the top also opens the body (matched as head); posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖理事会速记〗砢山县文房四宝行业协会第三届理事会第五次会议纪要-砢山文房协会</title>
<script src="/skin/js/member-login.js"></script></head>
<body>
<div class="head">⟦m 砢山县文房四宝行业协会⟧ <span>⟦a 会员单位登录⟧ | ⟦a 申请入会⟧</span></div>
<nav>⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 行业标准⟧ ⟦m 会员风采⟧</nav>
<div class="crumb">⟦m 协会首页 &gt; 协会动态⟧</div>
<div class="art"><h3>{T}</h3>
<p class="meta">⟦m 发布：2024-04-16　秘书处⟧</p>
<div class="body">
{BODY}
</div></div>
<div class="side">⟦m 会员服务热线：0873-4633 8008⟧</div>
<footer>⟦m 砢山县文房四宝行业协会秘书处　版权所有⟧ ⟦m 滇ICP备20001932号⟧</footer>
</body></html>
""",
        body="""
时间：2024年4月12日上午9时
地点：协会会议室
主持：隗守业（会长）
出席：理事15人
列席：监事2人，秘书处工作人员3人
记录：沬小雅
会议审议了《砢山墨床团体标准（草案）》。砢山县文房四宝行业协会秘书处汇报了标准起草情况：草案对瓷质、石质、竹木墨床的尺寸偏差、承墨槽深度、釉面和防裂要求作了规定。
与会理事认为，竹木墨床的含水率指标应再细化，建议征求县质检所意见后修改。
会议表决：同意草案修改后公开征求意见，赞成14票，反对0票，弃权1票。
会议还确定，5月下旬举办第二届砢山文房用品展销会，由秘书处拟定方案。
""",
    ),
    dict(
        slug="association-tingchuan-cleaning-pledge-wipers-wrapped-72",
        site="渟川县家庭服务业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://www.tcjzxh.org/tz/2024/0410.html",
        title="关于规范高层擦窗服务安全作业的自律倡议",
        record_title="【行约共守】关于规范高层擦窗服务安全作业的自律倡议（全文发布）- 渟川县家庭服务业协会",
        date="2024-04-10",
        notes="association text hard-wrapped at 72 columns; the association's name at the top is also the signature "
        "(matched as head); a join prompt and a member hotline",
        page="""
!m 渟川县家庭服务业协会
!m 协会首页 | 行业自律 | 会员名录 | 培训认证
{T}
!m 秘书处　阅读 522
{BODY}
!a 我要入会 ＞＞
!m 会员服务热线：0871-6719 6600　　协会邮箱：tcjzxh@163.com
""",
        wrap=72,
        indent="\u3000\u3000",
        body="""
全县家政服务企业：
近年来，高层住宅擦窗服务需求持续增长，但也出现了作业人员不系安全带、擦窗器不拴安全绳、大风天气冒险作业等问题，去年我县发生两起擦窗器具坠落伤人事件。为规范行业行为，本协会向全县会员企业发出如下倡议：
一、坚持持证上岗。从事高处擦窗作业的人员须经安全培训，持证上岗。
二、配齐安全装备。作业时必须佩戴安全带，擦窗器、刮水器等工具一律系好防坠绳。
三、守住天气红线。遇五级以上大风、雨雪天气，一律暂停户外擦窗作业。
四、主动告知风险。上门服务前向客户说明作业方式和安全措施，不得为抢工期降低安全标准。
渟川县家庭服务业协会
2024年4月10日
""",
    ),
    dict(
        slug="brand-mingchuang-news-dual-rope-wiper-record-date",
        site="明窗清洁用品有限公司官网 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.mingchuang-clean.com/news/2024/0603.html",
        title="明窗推出双绳保护磁吸擦窗器",
        record_title="新款首发 ▹ 明窗推出双绳保护磁吸擦窗器 | 明窗清洁",
        record_date="2024-06-03",
        date="2024-06-03",
        notes="company site: a cookie notice, a service float; the title repeated and glued before the news lead; "
        "a dotted date; the company's short name inside the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>新款首发 ▹ 明窗推出双绳保护磁吸擦窗器 | 明窗清洁</title>
<script async src="https://tj.mingchuang-clean.com/t.js?sid=mc01"></script></head>
<body>
<header>⟦m 明窗清洁 MINGCHUANG⟧ <nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻动态⟧ ⟦m 服务支持⟧ ⟦m 关于明窗⟧</nav></header>
<div class="banner">⟦m 让每一扇窗都安全透亮⟧</div>
<div class="crumb">⟦m 首页 / 新闻动态 / 企业新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2024.06.03　｜　浏览 637⟧</p>
{BODY}
<p class="back">⟦l ← 返回新闻列表⟧</p></article>
<div class="cookie">⟦d 本站使用Cookie来改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<div class="kf">⟦w 在线客服⟧ ⟦m 售前热线 400-172-6038⟧</div>
<footer>⟦m © 2024 榰城市明窗清洁用品有限公司　滇ICP备21006415号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 明窗推出双绳保护磁吸擦窗器⟧6月3日，榰城市明窗清洁用品有限公司发布新款MC-20双绳保护磁吸擦窗器。
针对此前抽查中发现的磁力保持问题，新品把内外片磁块由4块增加到6块，适用玻璃厚度扩大到3至28毫米，可用于常见的中空玻璃。
新品外片同时配有主、副两根安全绳，主绳拉力不低于300牛，副绳在主绳断开时可兜住外片，降低坠落风险。包装上醒目标注了适用玻璃厚度和使用警示。
公司负责人表示，今年以来明窗已对原有MC-12型产品进行召回整改，今后将把安全设计放在首位。
""",
    ),
    dict(
        slug="brand-huixiang-recall-shoe-racks-batches",
        site="汇祥家居用品有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.huixiang-home.cn/gonggao/20240923.html",
        title="关于召回部分批次吸盘式鞋刷架的公告",
        date="2024-09-23",
        notes="the record's title as is; a table of recalled batches; the recall line inside the body beside the "
        "company's 400 order line in the page",
        page="""
!m 汇祥家居　HUIXIANG HOME
!m 首页 ｜ 产品中心 ｜ 品质保障 ｜ 新闻公告 ｜ 联系我们
!m 订购热线：400-906-5218
{T}
!m 新闻公告　｜　阅读 1420
{BODY}
!l 上一篇：汇祥家居荣获“榰城市质量信得过企业”称号
!m 榰城市汇祥家居用品有限公司　地址：榰城市硭田区工业园A区7号
""",
        indent="\u3000\u3000",
        body="""
我公司近日发现，部分批次吸盘式鞋刷架的吸盘在低温环境下吸附力下降，使用时可能脱落，导致使用者滑倒。为保障消费者安全，我公司决定主动召回下列批次产品：
型号　生产批号　生产日期范围　数量
HX-S3吸盘式鞋刷架　2408A　2024年8月1日至15日　3200件
HX-S3吸盘式鞋刷架　2408B　2024年8月16日至31日　2950件
HX-S5吸盘式鞋刷架　2409A　2024年9月1日至10日　1800件
请购买上述产品的消费者立即停止使用，可凭产品底部批号标签办理免费更换或退款。
召回咨询电话：0872-6641 3209（工作日9:00—17:30）
榰城市汇祥家居用品有限公司
2024年9月23日
""",
    ),
    dict(
        slug="training-lingxi-brochure-knitting-class",
        site="灵犀手工坊 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lingxishougong.com/course/zhizhi-2024q4.html",
        title="冬季亲子编织班招生简章",
        record_title="【报名进行时】冬季亲子编织班招生简章（无基础也能学）- 灵犀手工坊",
        date=None,
        notes="training school: promo banner, a 400 franchise line, a consult float, a trial-lesson prompt between "
        "paragraphs; the school's 报名电话 inside the body; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【报名进行时】冬季亲子编织班招生简章（无基础也能学）- 灵犀手工坊</title>
<script src="https://kefu.lingxishougong.com/widget.js"></script></head>
<body>
<div class="promo">⟦a 双十二报名立减100元，名额有限⟧</div>
<header>⟦m 灵犀手工坊⟧ ⟦m 手作慢生活⟧ <nav>⟦m 首页⟧ ⟦m 课程⟧ ⟦m 师资⟧ ⟦m 作品⟧ ⟦m 加盟⟧</nav></header>
<div class="course"><h1>{T}</h1>
<p class="tag">⟦m 课程分类：编织钩针　｜　已报名 63 人⟧</p>
{BODY}
</div>
<div class="join">⟦m 全国加盟热线：400-657-9031⟧</div>
<div class="float">⟦w 课程顾问在线 · 点我咨询⟧</div>
<footer>⟦m 灵犀手工坊（榰城店）　地址：榰城市硭田区礴山路88号3楼⟧ ⟦d 课程最终解释权归本店所有⟧</footer>
</body></html>
""",
        body="""
冬天来了，和孩子一起用毛线球织一份温暖吧！灵犀手工坊冬季亲子编织班开始报名。
一、招生对象：6至12岁儿童及家长，零基础可学，每班限8组家庭。
二、课程内容：认识毛线和棒针，学习起针、平针、收针，从绕毛线球开始，四次课完成一条亲子围巾。
⟦a 首次到店可免费试听一节⟧
三、上课时间：每周六下午2:00—4:00，共4次课。
四、收费标准：每组家庭480元，含全部毛线球、棒针等材料。
报名电话：0872-6652 7180（沬老师）
""",
    ),
    dict(
        slug="training-moyun-trainee-insight-ink-rest-calligraphy",
        site="墨韵书法培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.moyunshufa.net/xyxs/2024/0823.html",
        title="暑期书法班学习心得",
        record_title="学员笔记丨暑期书法班学习心得（成人班） · 墨韵书法",
        date="2024-08-20",
        notes="training-school text: a trainee's insight signed with a full date; a trial-class and a course-ad line; "
        "the school's 400 line in the page",
        page="""
!m 墨韵书法培训中心
!m 全国统一咨询：400-718-3326
!m 首页 → 学员风采 → 学员心声
{T}
!m 发布：教务处　　阅读：288
{BODY}
!w 想体验同样的课程？预约一节免费试听课
!l 推荐课程：秋季楷书精品班（周末）
!m 墨韵书法培训中心　渟川县沬河路66号
""",
        indent="\u3000\u3000",
        body="""
这个暑假，我在墨韵书法培训中心参加了为期六周的成人楷书班。作为一个年过四十才开始学书法的人，收获远比我想象的多。
第一课，隗老师没让我们动笔，而是先教怎么摆放文房用具：毡子铺平，砚台放右上，墨床紧挨砚台，研完墨，墨锭要横放在墨床上，不能立在砚里。老师说，用具摆整齐了，心才能静下来。
六周里，我从握笔发抖到能写完整一页《多宝塔碑》，也慢慢明白了“慢”的好处。写字是这样，做事也是这样。
感谢老师和同学们的陪伴，秋季班我还会来。
学员　沬建平
2024年8月20日
""",
    ),
    dict(
        slug="fanwenapp-bixia-report-seal-clerk-h5",
        site="笔下生花范文App (invented, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://m.bixiashenghua.app/share/doc/66012?from=wx",
        title="2024年度办公室印章管理员个人述职报告",
        record_title="2024年度办公室印章管理员个人述职报告（改完就能交）· 笔下生花",
        date="2024-12-20",
        notes="writing app's H5 share: open-app mask, a fold, an AI-rewrite button glued after a sentence; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>2024年度办公室印章管理员个人述职报告（改完就能交）· 笔下生花</title>
<script>window.__BXSH__={docId:66012,openApp:true}</script></head>
<body>
<div class="mask">⟦a 打开笔下生花App，万篇范文随心改⟧ <button>⟦a 打开⟧</button></div>
<div class="app-bar">⟦m 笔下生花⟧ ⟦m 写材料的好搭子⟧</div>
<h1 class="doc-title">{T}</h1>
<p class="doc-info">⟦m 1626人已套用　｜　更新于 2 天前⟧</p>
<div class="doc">
{BODY}
</div>
<div class="fold">⟦a 展开剩余30%⟧</div>
<div class="bottom">⟦a 一键复制⟧ ⟦a 导出Word⟧ ⟦l 相似范文：办公室文秘述职报告⟧</div>
<footer>⟦d 范文仅供参考，请结合本人实际修改使用⟧</footer>
</body></html>
""",
        body="""
各位领导、同事：
2024年，我在办公室负责单位公章、党组印章和法定代表人名章的保管使用工作。现将一年来的履职情况报告如下。
一、规范用印流程。全年共办理用印申请1468件，全部经审批后用印，做到“一事一批、一文一登记”，未发生一起违规用印。
二、改善保管条件。协调购置了带密码锁的印章盒3个，印章下班后一律锁入印章盒和保险柜，钥匙与密码分人掌管。⟦a ✨AI帮我改写这一段⟧
三、存在不足。对外出用印的跟踪还不够及时，个别登记字迹潦草。明年我将推行电子登记，进一步提高管理水平。
述职人：隗佳
2024年12月20日
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-host-script-knitting-contest",
        site="写作喵App (invented, text share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://share.xiezuomiao.com/t/83f0a2",
        title="“巧手织暖冬”社区编织大赛主持词",
        record_title="“巧手织暖冬”社区编织大赛主持词（开场+颁奖）- 写作喵",
        date=None,
        notes="writing-app text share: an open-app line, a member line between paragraphs, a copy button; "
        "a host script with no date",
        page="""
!a 在写作喵App内打开，查看完整版 ＞
!m 写作喵 · 范文分享
{T}
!m 856人收藏　|　来自写作喵用户“堃园小编”
{BODY}
!a 复制全文　　生成海报　　收藏
!d 分享内容仅供个人学习使用
""",
        indent="",
        body="""
尊敬的各位来宾、各位居民朋友们：
大家下午好！欢迎来到堃园社区“巧手织暖冬”编织大赛现场。我是今天的主持人沬晓晴。
今天共有来自5个小区的36位选手参赛。比赛分为“绕线速度赛”和“作品展示赛”两个环节：速度赛要求选手在10分钟内把一绞毛线绕成整齐的毛线球；作品展示赛请评委从针法、配色和实用性三个方面打分。
⟦a 开通写作喵会员，解锁全部主持词⟧
下面，有请社区党委书记沬秀兰为大赛致辞！
比赛结果已经揭晓，让我们用热烈的掌声祝贺获奖选手！所有参赛作品将送给辖区独居老人。本次编织大赛到此结束，谢谢大家！
""",
    ),
    dict(
        slug="examforum-duan-interview-lost-seal-box-key-jammer",
        site="渡岸公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.duanGK.com/thread-58821-1-1.html",
        title="单位印章盒钥匙丢了，领导让你处理，你怎么办？",
        record_title="【面试·突发处置】单位印章盒钥匙丢了，领导让你处理，你怎么办？（自答，求老师指点） - 面试真题区 - 渡岸公考社区",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad, jammer-font junk in the answer; "
        "times relative only (no date)",
        page="""
<html><head><meta charset="utf-8"><title>【面试·突发处置】单位印章盒钥匙丢了，领导让你处理，你怎么办？（自答，求老师指点） - 面试真题区 - 渡岸公考社区</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="static/js/common.js?v=Q3x"></script></head><body>
<div id="hd">⟦m 渡岸公考社区⟧ ⟦m 一起备考，一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 渡岸公考社区 › 面试交流 › 结构化面试⟧</div>
<div class="ad">⟦w 面试一对一辅导，加Q群 71833029 领真题⟧</div>
<div class="post"><div class="pi">⟦m 楼主　冲鸭上岸2025　发表于 6 天前⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分　参与人数 3　学分 +6⟧</div></div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复后才能查看⟧</div>
<div class="reply">⟦l 沙发　面霸小隗：第二点可以再具体一些⟧</div>
<div id="ft">⟦m 渡岸公考社区　Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
题目：你在办公室负责管理印章，某天早上发现印章盒的钥匙丢了，而上午有一份急件需要盖章。领导让你处理，你怎么办？
我的作答：
首先，保持冷静，先确认印章是否安全。我会立即检查印章盒是否有被撬动的痕迹，确认印章仍在盒内后向领导报告。
其次，解决急件用印。请示领导后，由两名同志在场，请单位后勤用备用钥匙或请专业锁匠开启印章盒，完成急件盖章并做好登记。
再次，消除安全隐患。尽快更换印章盒的锁具，钥匙丢失期间的用印情况逐一核对，确保没有异常。
最后，总结反思。今后我会把钥匙和印章盒分开保管，并建议单位配备带密码的印章盒。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-ink-rest-culture-junk",
        site="申论研习社 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.shenlunyxs.com/forum/thread-20417.html",
        title="一方墨床里的文化传承",
        record_title="[申论晨读] 一方墨床里的文化传承（大作文练笔，求批改）- 申论研习 - 申论研习社",
        date=None,
        notes="exam-forum text: junk lines and junk glued after 。, a reply-to-see prompt, replies; an essay with no date",
        page="""
!m 申论研习社 › 申论研习 › 大作文练笔
!t [申论晨读] 一方墨床里的文化传承（大作文练笔，求批改）
!m 楼主：渟川备考人　发表于 昨天 23:10　查看 517
{BODY}
!a 回复本帖可查看版主批改意见
!l 2楼　研习社批改组：立意准确，第三段论证可再充实
!l 3楼　榰城小沬：学习了，结尾很好
!m 申论研习社　皖ICP备19027703号
""",
        junk=dict(lines=1, glued=2),
        indent="\u3000\u3000",
        body="""
墨床，是研墨后搁放墨锭的小小文房器具，长不盈掌，却承载着中国人对书写的敬重。在传统文化日益受到重视的今天，如何让这些老物件“活”起来，值得我们思考。
守护传统，要从读懂器物开始。一方墨床，讲究的是干净、从容和秩序。今天的博物馆、学校书法课把墨床请出柜子、摆上桌面，让年轻人在一研一搁之间，体会古人“敬惜字纸”的心意。
传承文化，要在创新中延续生命。有的文创团队把墨床做成笔搁、手机支架，让传统器物进入日常生活，这种探索值得鼓励。
一方墨床虽小，却连接着过去与未来。让我们在守正创新中，把中华优秀传统文化一代代传下去。
""",
    ),
]
