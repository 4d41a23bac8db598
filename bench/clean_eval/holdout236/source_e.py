"""holdout236, part E: residents' sites, trade associations, company sites, training schools and writing apps.

Everything invented; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="community-eryuan-notice-senior-card-review",
        site="樲园社区居委会 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.eryuansq.example.cn/tzgg/2025/0312/61.html",
        title="关于集中代办老年公交卡年审的通知",
        record_title="〔便民代办〕关于集中代办老年公交卡年审的通知｜樲园社区居委会",
        date="2025-03-12",
        notes="residents' site: a weather line, a grid member's box with a mobile, property repair lines, the community's own 咨询电话 in the body; 扫码签到 as content; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔便民代办〕关于集中代办老年公交卡年审的通知｜樲园社区居委会</title>
<script src="/static/weather.js"></script></head>
<body>
<div class="top">⟦m 樲园社区居委会⟧ <span>⟦m 貘溪县城关镇　今日晴 9～19℃⟧</span></div>
<div class="nav">⟦m <a>社区首页</a> <a>社区公告</a> <a>便民服务</a> <a>党群活动</a> <a>网格之家</a>⟧</div>
<div class="crumb">⟦m 社区首页 > 社区公告⟧</div>
<div class="notice">
<h2>{T}</h2>
<p class="info">⟦m 发布人：社区办公室　阅读 418⟧</p>
<div class="body">
{BODY}
</div>
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　熊晓燕　手机 139 0562 7731⟧</p></div>
<div class="wy">⟦m 樲园物业24小时报修：0562-7128800⟧</div>
<div class="foot">⟦m 樲园社区居委会　地址：城关镇樲园路58号⟧　⟦m 皖ICP备18027741号-3⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为方便辖区老年人办理老年公交卡年审，社区联合县公交公司卡务中心，定于3月20日（星期四）上午8:30至11:30，在社区党群服务中心一楼大厅集中代办年审。现将有关事项通知如下：
一、办理对象：辖区内持有老年公交卡、需要年审的65周岁以上居民。
二、携带材料：本人身份证、老年公交卡。行动不便的老人可由家属携带上述材料代办。
三、办理流程：到场后先扫描大厅门口的二维码签到，按签到顺序叫号办理，现场拍照、当场年审。
四、温馨提示：请错峰前来，无需排队等候，未能赶上的居民可在3月底前到卡务大厅自行办理。
咨询电话：0562-7126631（社区办公室）。
樲园社区居民委员会
2025年3月12日
""",
    ),
    dict(
        slug="community-jiayuan-notice-cctv-cameras-wrapped",
        site="槚苑社区网 (invented residents' site)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="https://jiayuan.community-moxi.cn/gg/2025/0716.html",
        title="关于小区公共区域增设监控摄像机的公告（征求意见）",
        record_title="关于小区公共区域增设监控摄像机的公告（征求意见）｜槚苑社区网",
        date="2025-07-16",
        notes="residents' page text hard-wrapped at 70 columns; a numbered list of camera spots; 扫码 as content; an online-vote button and comment box below; 成文日期 under the signature",
        page="""
!m 槚苑社区网 — 邻里一家亲
!m 社区首页 ＞ 公告栏
!t 关于小区公共区域增设监控摄像机的公告（征求意见）｜槚苑社区网
!m 社区居委会　｜　浏览 653　｜　评论 19
{BODY}
!a 〖我要投票〗〖发表意见〗
!l 最新意见：3栋李阿姨：车棚早该装了，电动车都丢两辆了
!l 最新意见：业主小杭：希望别对着窗户拍
!m 槚苑社区居委会主办　联系电话请见公告正文
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
各位居民：
近期，小区电动车棚、地下车库先后发生电瓶被盗事件，不少居民反映公共区域监控覆盖不足。经社区居委会、业主委员会和物业公司共同研究，拟在小区公共区域增设监控摄像机，现将初步方案公告如下，征求全体居民意见。
一、增设点位：1.东、西两个电动车棚各2台；2.地下车库出入口及主通道4台；3.儿童游乐区1台；4.垃圾分类投放点2台。
二、设备要求：摄像机均朝向公共区域，不对准住户门窗，录像资料由物业监控室保存30天，调取须经社区和物业双方登记。
三、费用来源：所需费用约3.2万元，从小区公共收益中列支。
请各位居民于7月26日前扫描单元门口公告上的二维码参与线上表决，也可到社区居委会填写纸质意见表。
槚苑社区居民委员会
2025年7月16日
""",
    ),
    dict(
        slug="assoc-fujiang-photo-pledge-tripods-viewpoint",
        site="蚨江市摄影家协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.fjsy.example.org.cn/hyzl/2025/0902/233.html",
        title="关于在景区观景平台文明使用三脚架的倡议书",
        record_title="【影友自律】关于在景区观景平台文明使用三脚架的倡议书-蚨江市摄影家协会",
        date="2025-09-02",
        notes="association site: the association's name in the header is also the signature (matched at the head); a member-login row and a member hotline; a join button; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【影友自律】关于在景区观景平台文明使用三脚架的倡议书-蚨江市摄影家协会</title>
<script src="/js/member-login.js"></script></head>
<body>
<div class="topbar">⟦a 会员通道：账号 密码 进入⟧　⟦a 找回会员密码⟧</div>
<div class="banner">⟦m 蚨江市摄影家协会⟧</div>
<div class="menu">⟦m <a>协会首页</a> <a>协会动态</a> <a>行业自律</a> <a>影赛征稿</a> <a>会员风采</a>⟧</div>
<div class="where">⟦m 协会首页 → 行业自律⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="sub">⟦m 发布：协会秘书处　浏览：1032⟧</div>
<div class="txt">
{BODY}
</div>
<div class="join"><a>⟦a 申请入会 ›⟧</a></div>
</div>
<div class="foot">⟦m 协会秘书处会员服务电话：0591-2268030⟧<br>⟦m 蚨江市文联大楼5楼　闽ICP备17013526号⟧</div>
</body></html>
""",
        body="""
广大摄影家、摄影爱好者：
秋季是观景拍摄的好时节。近来，部分景区观景平台出现三脚架“占位”现象：有的影友提前一天把三脚架架在栏杆边“抢机位”，有的三脚架腿伸到通道上，绊倒游客的事情时有发生。为此，蚨江市摄影家协会向全市影友倡议：
一、不占位。三脚架随拍随架、拍完即收，不提前摆放三脚架或其他物品占用机位。
二、不挡道。在观景平台使用三脚架时，脚管不伸出栏杆、不占用通道，人多时主动收短脚架或改用独脚架。
三、守规定。景区明令禁止使用三脚架的区域，自觉遵守管理规定，听从工作人员劝导。
四、相互提醒。见到不文明使用三脚架的行为，礼貌劝阻，共同维护拍摄环境。
让我们用文明的方式，拍下最美的风景。
蚨江市摄影家协会
2025年9月2日
""",
    ),
    dict(
        slug="assoc-quchuan-minutes-archive-supplies-record",
        site="鼩川县档案装具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.qcdazj.example.org/xhdt/2025/0514.html",
        title="鼩川县档案装具行业协会二届三次理事会会议纪要",
        date="2025-05-13",
        notes="record gives the title as is; the minutes' 时间 line gives the date; 时间/地点/主持/出席/记录 lines and a vote count in the body; a member-login line and a past-minutes link",
        page="""
!m 鼩川县档案装具行业协会 | 协会动态
!a 会员登录　　注册成为会员
{T}
!m 协会秘书处　2 天前　阅读 88
{BODY}
!l 往届会议纪要 >>
!m 协会地址：鼩川县工业园区纬二路6号　会员热线：0736-2290517
""",
        body="""
时间：2025年5月13日上午9:00
地点：协会会议室
主持：会长 喻德胜
出席：理事11人（应到13人）
记录：副秘书长 龚晴
会议听取了秘书处关于一季度行业运行情况的汇报。一季度，会员企业共生产档案袋、档案盒等装具410万个，同比增长8.6%，其中无酸档案袋产量首次超过普通牛皮纸档案袋。
会议研究了两项议题：
一、审议通过《档案袋产品团体标准（征求意见稿）》，由秘书处在会员中征求意见后报县市场监管局备案。表决结果：同意11票，反对0票，弃权0票。
二、决定于6月下旬组织会员企业赴省档案馆学习档案装具质量管理经验。
会议要求各会员企业严格执行原材料进厂检验制度，不得使用再生浆纸板生产档案袋。
""",
    ),
    dict(
        slug="company-linying-news-travel-tripod-glued-title",
        site="驎影光学 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.linyingoptics.com/news/2025/0828-t300.html",
        title="驎影光学发布T300碳纤维旅行三脚架",
        record_title="产品动态 » 驎影光学发布T300碳纤维旅行三脚架 - LINYING驎影",
        date="2025-08-28",
        notes="company site: a cookie notice, a service float, a dotted date line (the page's date); the title repeated and glued to the news lead; a product-ad line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>产品动态 » 驎影光学发布T300碳纤维旅行三脚架 - LINYING驎影</title>
<script src="/assets/js/cookie-consent.js"></script></head>
<body>
<header><a class="logo">⟦m LINYING驎影⟧</a><nav>⟦m <a>首页</a> <a>产品中心</a> <a>新闻动态</a> <a>服务支持</a> <a>关于驎影</a>⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 产品动态⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.08.28⟧</p>
<div class="article-body">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 抖音⟧</div>
<div class="prev-next">⟦l 上一条：驎影光学亮相深圳影像器材展⟧　⟦l 下一条：T-225扳扣锁免费更换服务说明⟧</div>
</article>
<div class="service-float">⟦w 售前顾问在线⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意我们的Cookie政策⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m 驎影光学科技有限公司　客服热线 400-6233-889⟧<br>⟦m 闽ICP备19004476号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 驎影光学发布T300碳纤维旅行三脚架⟧8月28日，驎影光学在公司总部举行新品发布会，正式推出T300碳纤维旅行三脚架。
T300采用十层碳纤维脚管，整机重量1.12千克，反折收纳后长度仅38厘米，可以放进20寸登机箱；最大工作高度1.58米，承重12千克，可满足全画幅相机搭配中长焦镜头的拍摄需要。
⟦a 驎影官方商城T300首发预订，前500名赠快装板⟧
针对用户反映的扳扣锁松脱问题，T300改用低温韧性更好的新型扳扣材料，并通过了零下20摄氏度冲击试验。
驎影光学总经理伍岳表示，公司将继续围绕户外影像用户需求，推出更多轻量化三脚架产品。
""",
    ),
    dict(
        slug="company-xingtuo-recall-laptop-adapters",
        site="楩城星拓电子 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.pc-xingtuo.com/gonggao/recall-2025-03.html",
        title="关于召回部分型号笔记本电脑电源适配器的公告",
        record_title="关于召回部分型号笔记本电脑电源适配器的公告_公司公告_星拓电子",
        date="2025-03-19",
        notes="company text page: a recalled-batches table one row a paragraph; the recall line in the body beside the site's 400 sales line; 扫码/查询 as content; 成文日期 under the signature",
        page="""
!m 星拓电子 XINGTUO
!m 首页 | 产品 | 服务与支持 | 公司公告 | 加入我们
!t 关于召回部分型号笔记本电脑电源适配器的公告_公司公告_星拓电子
!m 2025-03-20　公司公告
{BODY}
!m 选购咨询（销售）：400-8870-2266
!d 本公告最终解释权归楩城星拓电子科技有限公司所有。
!m © 2025 星拓电子　粤ICP备16108933号
""",
        date_also=["2025-03-20"],
        body="""
尊敬的用户：
经检测发现，我公司部分型号笔记本电脑随机配送的65W电源适配器，因内部绝缘片装配缺陷，长期使用可能出现外壳发烫甚至冒烟。为保障用户安全，我公司决定主动召回下列批次电源适配器：
笔记本电脑型号　适配器批次号　生产时间
XT-Book 14　PA65-2409A　2024年9月
XT-Book 14 Pro　PA65-2410B　2024年10月
XT-Book 16　PA65-2410C　2024年10月
请用户查看适配器底部铭牌上的批次号。属于召回范围的，请立即停止使用，拨打召回专线400-8870-3315或扫描适配器包装上的二维码登记，我公司将免费寄送新适配器并上门取回旧件。
楩城星拓电子科技有限公司
2025年3月19日
""",
    ),
    dict(
        slug="training-guanghe-brochure-camcorder-weekend",
        site="光合影视培训 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.guanghe-yingshi.com/course/camcorder-weekend.html",
        title="摄像机实操周末班招生简章",
        record_title="【秋季班招生中】摄像机实操周末班招生简章（每期限10人）- 光合影视培训",
        date=None,
        notes="training school: a promo banner, a consult float, a numbered course list; the school's own 报名电话 beside a 400 franchise line; no date (a brochure)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【秋季班招生中】摄像机实操周末班招生简章（每期限10人）- 光合影视培训</title>
<script src="https://kf.guanghe-yingshi.com/float.js"></script></head>
<body>
<div class="promo">⟦a 老学员带新学员，两人同报各减300元⟧</div>
<div class="head">⟦m 光合影视培训⟧ <span>⟦m 学摄像，来光合⟧</span></div>
<div class="nav">⟦m <a>首页</a> <a>课程体系</a> <a>师资团队</a> <a>学员作品</a> <a>联系我们</a>⟧</div>
<div class="course">
<h1>{T}</h1>
<div class="detail">
{BODY}
</div>
<div class="btns">⟦a 立即报名⟧ ⟦a 预约试听⟧</div>
</div>
<div class="consult">⟦w 课程顾问在线答疑⟧</div>
<div class="foot">⟦m 全国加盟热线：400-6109-332⟧<br>⟦m 光合影视培训学校　办学许可证号 教民1407012000143号⟧</div>
</body></html>
""",
        body="""
你是否想拍出画面稳定、曝光准确的视频，却总被摄像机上密密麻麻的按钮难住？光合影视摄像机实操周末班，专为零基础学员开设。
一、课程内容：
1.摄像机结构与基本操作；
2.三脚架架设与云台运镜；
3.手动对焦、光圈与白平衡；
4.室内布光与外景拍摄实训；
5.结业作品拍摄与点评。
二、上课时间：每周六、周日9:00—16:30，共8次课。
三、班级规模：小班教学，每班不超过10人，每人配一台专业摄像机和一套三脚架。
四、学费：2980元，含设备使用费和教材费。
报名地点：驎田镇文化路12号光合影视培训学校二楼。报名电话：0857-7260417。
""",
    ),
    dict(
        slug="training-guanghe-diary-first-outdoor-tripod",
        site="光合影视培训 (invented training school)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="https://www.guanghe-yingshi.com/student/diary-27.html",
        title="第一次扛着三脚架去外拍",
        record_title="学员周记丨第一次扛着三脚架去外拍 - 光合影视培训",
        date=None,
        notes="training school text: a column prefix and site suffix; a trial-lesson prompt of its own between paragraphs; a likes row; a diary with weekdays only",
        page="""
!m 光合影视培训 > 学员风采 > 学员手记
!t 学员周记丨第一次扛着三脚架去外拍
!m 作者：周末班学员 阿楠　阅读 318
{BODY}
!a 👍 喜欢 42　　💬 留言
!l 更多学员手记：我的第一支短片 ｜ 灯光课上学到的三件事
!m 光合影视培训　驎田镇文化路12号
""",
        body="""
周六是我们周末班第一次外拍，目的地是驎田镇的老街。
出发前，老师给每人发了一套三脚架。我扛在肩上走了二十分钟，才知道什么叫“器材越拍越重”。
到了老街，老师让我们先练架脚架：先把三条腿拉开，再从粗到细一节一节放出来，最后看着云台上的水平泡调平。我第一次架的时候忘了锁最下面一节，摄像机刚装上去，脚架就慢慢“蹲”了下去，吓得我一把扶住。
⟦a 想体验同款外拍课？先约一节免费试听⟧
下午拍老街的石板路，我用三脚架固定机位，拍了一段挑担老人从远处走近的镜头，画面稳稳的，回放时老师点了点头。
回来的路上，三脚架好像没那么重了。
""",
    ),
    dict(
        slug="app-bisu-duty-report-card-centre-h5",
        site="笔速写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bisuxiezuo.com/share/doc?id=8827104&from=wx",
        title="公交卡务中心主任2024年度述职报告",
        record_title="公交卡务中心主任2024年度述职报告（稍改即可上交）· 笔速写作",
        date="2025-01-10",
        notes="writing-app H5 share: an open-app mask, a fold with 'open the app to read on', an AI-rewrite button glued after a sentence; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>公交卡务中心主任2024年度述职报告（稍改即可上交）· 笔速写作</title>
<script src="https://h5.bisuxiezuo.com/static/share.bundle.js"></script></head>
<body>
<div class="mask">⟦a 用笔速写作App打开，排版更清晰⟧ <a>⟦a 唤起App⟧</a></div>
<div class="doc">
<h1>{T}</h1>
<p class="doc-meta">⟦m 笔速写作 · 述职报告频道　12.6万人用过⟧</p>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 打开笔速写作App，继续阅读全文 ∨⟧</div>
<div class="bottom-bar">⟦a 一键套用模板⟧ ⟦a 复制到剪贴板⟧</div>
</div>
<div class="recommend"><h4>⟦l 用过这篇的人还在写⟧</h4><p>⟦l 公交公司驾驶员年度个人总结⟧</p><p>⟦l 客运站站长述职述廉报告⟧</p></div>
</body></html>
""",
        body="""
2024年，我担任县公交公司卡务中心主任，在公司党委的领导下，带领卡务中心11名同志，围绕“办卡更方便、刷卡更顺畅”的目标开展工作。现将履职情况报告如下。
一、主要工作。全年新办各类公交卡1.86万张，其中老年卡4210张、学生卡6935张；完成老年卡年审2.3万人次。推动卡务系统升级，开通公众号线上充值和年审，线上业务占比达到41%。⟦a ✦AI帮我改写这一段⟧
二、作风建设。坚持每周一次窗口服务讲评，全年卡务窗口未发生有效投诉；主动进社区、进学校集中代办12场，服务群众3000余人次。
三、存在不足。对乡镇代办点业务指导不够，部分读卡机故障响应不及时。
四、下步打算。2025年，我将重点抓好全国交通一卡通互联互通改造，让群众一张卡走遍全国。
县公交公司卡务中心　喻晓梅
2025年1月10日
""",
    ),
    dict(
        slug="app-bisu-plan-growth-portfolio-decimal",
        site="笔速写作 (invented writing app)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://h5.bisuxiezuo.com/share/doc?id=8830412",
        title="驎田镇中心幼儿园幼儿成长档案袋建设实施方案",
        record_title="驎田镇中心幼儿园幼儿成长档案袋建设实施方案（附评价表）| 笔速写作App",
        date="2025-09-01",
        notes="writing-app text share: decimal headings 1.1–3.2; an open-app line and an AI line; 成文日期 under the signature",
        page="""
!a 在笔速写作App内打开 ›
!t 驎田镇中心幼儿园幼儿成长档案袋建设实施方案（附评价表）| 笔速写作App
!m 方案频道 · 7.4万次套用
{BODY}
!a —— 评价表在App内查看 ——
!a 让AI按你的园所情况重写这篇方案
!l 相关范文：幼儿园家园共育工作方案 ｜ 幼儿园大班学期计划
""",
        body="""
为记录幼儿成长轨迹，促进家园共育，结合我园实际，制定本方案。
1 建设目标
1.1 每名幼儿建立一个成长档案袋，从入园到毕业持续记录。
1.2 档案袋内容做到图文并茂、真实完整，每学期至少充实一次。
2 档案袋内容
2.1 基本信息：幼儿照片、入园登记表、体检记录。
2.2 成长记录：绘画、手工作品，教师观察记录，家长寄语。
2.3 评价材料：每学期幼儿发展评价表。
3 组织实施
3.1 各班教师负责本班档案袋的收集整理，保育员协助；每学期末由保教主任抽查。
3.2 档案袋存放于各班资料柜，幼儿毕业时整袋交给家长带回家。
驎田镇中心幼儿园
2025年9月1日
""",
    ),
]
