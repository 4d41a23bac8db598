"""holdout242, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-lanyuan-notice-hose-cabinet-week-grid-box",
        site="榄园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lanyuan-sq.cn/gonggao/2025/1103/327.html",
        title="关于开展榄园社区楼道消防箱检查维护周活动的通知",
        record_title="〔居委告知〕关于开展榄园社区楼道消防箱检查维护周活动的通知 - 榄园社区居民之家",
        record_date="2025-11-03",
        date="2025-11-03",
        notes="residents' site: weather line, grid worker's box with a mobile, 24-hour property repair line beside the "
        "committee's own 联系人/电话 in the body; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔居委告知〕关于开展榄园社区楼道消防箱检查维护周活动的通知 - 榄园社区居民之家</title>
</head><body>
<div class="wea">⟦m 今日 晴 9~17℃ 空气质量 良⟧</div>
<div class="head">⟦m 榄园社区居民之家⟧ ⟦m 玮城市珀湖区濯川街道榄园社区⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 邻里活动⟧</li><li>⟦m 居民议事⟧</li></ul>
<div class="crumb">⟦m 首页 / 社区公告⟧</div>
<div class="main">
<h1>⟦t 〔居委告知〕关于开展榄园社区楼道消防箱检查维护周活动的通知⟧</h1>
<p class="info">⟦m 发布人：社区居委会　浏览：688⟧</p>
<div class="text">
<p style="text-align:center">{T}</p>
{BODY}
</div>
<div class="opt">⟦a 转发到邻里群⟧ ⟦a 我有话说⟧</div>
</div>
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　吴小满　13807304426⟧</p></div>
<div class="repair"><p>⟦m 物业报修：0730-8852000（24小时）⟧</p></div>
<div class="foot">⟦m 榄园社区居委会　地址：濯川街道榄园路15号⟧</div>
<script src="/static/weather.js"></script>
</body></html>
""",
        body="""
各位居民：
冬季是火灾多发季节。为确保楼道消防箱完好有效，社区居委会联合物业服务中心定于11月10日至16日开展楼道消防箱检查维护周活动。
一、检查内容：箱门开启是否顺畅，水带、水枪是否齐全，箱前有无堆放杂物，报警按钮是否完好。
二、工作安排：每天上午9点至11点，由网格员和物业维修人员逐栋检查，请各楼栋长提前通知本栋居民。
三、居民配合：请清理自家门前、楼道内堆放在消防箱前的物品；发现消防箱有问题的，可直接向社区反映。
社区联系人：甘秀云，电话：0730-8852316。
榄园社区居民委员会
2025年11月3日
""",
    ),
    dict(
        slug="community-congwan-pledge-shared-kits-record-title",
        site="淙湾社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.congwan-sq.cn/gg/20250508.html",
        title="“楼栋共享急救箱”倡议书",
        date="2025-05-08",
        notes="the record's title as is; a community pledge with numbered items, scanning a QR code to register, sharing the pledge and following an account as content; "
        "community service line, property duty line and a grid worker's mobile below",
        page="""
!m 淙湾社区网 · 守望相助
!m 首页 > 社区公告 > 倡议
{T}
!m 发布：淙湾社区居委会　时间：2025-05-08　阅读 1,024
{BODY}
!a 转发给邻居　｜　点赞 76
!m 社区服务热线：0730-8861100　物业值班：0730-8861199
!m 网格员 陈立秋 手机 13907301526
!l 社区公告：淙湾社区第二季度居民议事会召开｜关于小区二次供水清洗的通知
!m 主办：玮城市珀湖区淙湾社区居委会
""",
        indent="\u3000\u3000",
        body="""
亲爱的邻居们：
家里有人磕破了手、老人突然头晕，往往一时找不到药品和纱布。为方便大家应急，社区决定在每个单元一楼设置“楼栋共享急救箱”，现向全体居民发出如下倡议：
一、欢迎捐赠未开封、在有效期内的创口敷料、纱布、绷带、体温计等物品，统一交社区卫生服务站检查后放入箱内。
二、取用物品后，请扫描箱门上的二维码登记，方便楼栋长及时补充。
三、请不要把处方药、过期药品放进急救箱，也不要把箱内物品带回家囤放。
四、欢迎懂急救的居民报名当“楼栋急救员”，社区将统一组织培训。
五、请把本倡议分享给家中老人，并关注“淙湾社区”公众号，及时了解急救培训安排。
邻里守望，你我同行。让我们一起把这只小小的急救箱用好、管好。
淙湾社区居民委员会
2025年5月8日
""",
    ),
    dict(
        slug="association-anxi-mats-council-minutes-vote",
        site="桉溪县竹凉席行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.axzxxh.org.cn/xhdt/2025/0303/118.html",
        title="桉溪县竹凉席行业协会第二届理事会第三次会议纪要",
        record_title="［协会纪要·二届三次］桉溪县竹凉席行业协会第二届理事会第三次会议纪要 - 竹席协会",
        date="2025-02-28",
        date_also=["2025-02-26", "2025-03-03"],
        notes="association site: member-login row, member hotline, 入会 link; minutes with 时间/地点/主持/出席/列席/记录 lines and "
        "a vote count; the secretariat's date is expected, the meeting's 时间 line and the page's date also accepted; the association's name, "
        "also in the signature, is matched as head",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>［协会纪要·二届三次］桉溪县竹凉席行业协会第二届理事会第三次会议纪要 - 竹席协会</title>
</head><body>
<div class="member">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦m 会员服务热线：0734-5567708⟧</div>
<div class="logo">⟦m 桉溪县竹凉席行业协会⟧</div>
<ul class="nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 联系协会⟧</li></ul>
<div class="pos">⟦m 协会首页 &gt; 协会动态 &gt; 会议纪要⟧</div>
<div class="article">
<h2>{T}</h2>
<p class="meta">⟦m 发布：协会秘书处　时间：2025-03-03　阅读：214⟧</p>
{BODY}
<p class="past">⟦l 往期纪要：第二届理事会第二次会议纪要⟧</p>
</div>
<div class="foot">⟦m 桉溪县竹凉席行业协会秘书处　地址：桉溪县竹乡大道201号⟧<br>⟦m 湘ICP备21001974号⟧</div>
<script src="/js/member-login.js"></script>
</body></html>
""",
        body="""
时间：2025年2月26日上午9:30
地点：协会会议室
主持：会长 龚德培
出席：理事17人（应到19人）
列席：监事长 覃少华
记录：秘书处 尹佳
会议审议并通过了以下事项：
一、审议通过《2024年度协会工作报告》和《2025年工作要点》。
二、审议通过《桉溪竹凉席团体标准（碳化竹席）》征求意见稿，决定3月底前向会员企业征求意见。表决结果：同意16票，反对0票，弃权1票。
三、决定4月举办竹凉席产品质量提升培训班，由秘书处负责组织。
桉溪县竹凉席行业协会秘书处
2025年2月28日
""",
    ),
    dict(
        slug="association-weicheng-pledge-mirror-quality-record-title",
        site="玮城市交通安全设施行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.wcjtss.org/hyzl/2025/0616/62.html",
        title="关于规范凸面反光镜产品质量的倡议书",
        date="2025-06-12",
        date_also=["2025-06-16"],
        notes="the record's title as is; an association's pledge as text: member login row, member service line; the page's "
        "date differs from the 成文日期",
        page="""
!m 玮城市交通安全设施行业协会 — 会员之家
!a 会员单位入口　｜　我要入会
!m 首页 » 协会动态 » 行业自律
{T}
!m 2025-06-16　协会秘书处　浏览 377
{BODY}
!l 上一篇：协会组织会员企业赴外地考察学习
!l 下一篇：2025年度会费缴纳通知
!m 协会会员服务电话：0730-8827701
!m 地址：玮城市珀湖区工业大道88号　邮箱：wcjtss@wcjtss.org
""",
        indent="\u3000\u3000",
        body="""
全市交通安全设施生产、销售会员企业：
凸面反光镜是山区道路和厂区路口不可缺少的安全设施。近年来，市场上出现了以普通塑料冒充亚克力、虚标镜面直径和使用年限等问题，损害了用户利益，也影响了行业声誉。为此，协会向全体会员企业倡议：
一、如实标注镜面材质、直径、视角和建议使用年限，不夸大、不虚标。
二、严格执行产品标准，出厂前逐批检验镜面成像、抗冲击和耐候性能。
三、主动为用户提供安装指导，承诺质保期内免费更换老化镜面。
四、自觉接受社会监督，对协会通报的问题产品立即下架整改。
玮城市交通安全设施行业协会
2025年6月12日
""",
    ),
    dict(
        slug="corporate-kanghu-news-folding-stretcher-cookie-float",
        site="樯口康护医疗器械有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qk-kanghu.com/news/company/20250918.html",
        title="樯口康护发布新一代轻量化折叠担架",
        record_title="【新品速递】樯口康护发布新一代轻量化折叠担架｜康护资讯",
        record_date="2025-09-18",
        date="2025-09-18",
        notes="company site: cookie notice, service float with a 400 line beside the sales department's own line in the body, "
        "a photo caption between paragraphs; the record gives the date; the company's short name, also in the body, is head",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【新品速递】樯口康护发布新一代轻量化折叠担架｜康护资讯</title>
</head><body>
<header><div class="logo">⟦m 樯口康护⟧</div><nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 解决方案⟧ ⟦m 康护资讯⟧ ⟦m 关于我们⟧</nav></header>
<div class="banner">⟦m 专注院前急救转运器材二十年⟧</div>
<div class="crumb">⟦m 首页 › 康护资讯 › 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.09.18⟧ ⟦m 阅读 903⟧</p>
{BODY}
<div class="share">⟦l 分享：微信 ｜ 微博 ｜ 领英⟧</div>
<div class="pn">⟦l 上一篇：樯口康护通过ISO 13485体系复审⟧ ⟦l 下一篇：走进急救一线：铲式担架使用培训⟧</div>
</article>
<div class="cookie">⟦d 本站使用Cookie记录浏览偏好，点“接受”即表示同意⟧ <button>⟦a 接受⟧</button></div>
<div class="service-float">⟦w 在线客服⟧ ⟦w 服务热线 400-0730-665⟧</div>
<footer>⟦m 樯口康护医疗器械有限公司　湘ICP备18033270号-2⟧</footer>
<script>if(localStorage.cookieOk){document.querySelector(".cookie").remove()}</script>
</body></html>
""",
        body="""
9月16日，樯口康护在玮城国际医疗器械展上发布新一代轻量化折叠担架KH-F6。
KH-F6采用航空铝合金框架，整机重量6.8千克，比上一代减轻近三成，折叠后可放入标准救护车侧柜。担架面料为防水阻燃材料，可用含氯消毒液直接擦拭。
⟦m 图：KH-F6折叠担架展出现场⟧
据研发负责人介绍，新产品在卡扣处增加了双重锁止结构，并通过了250千克静载试验。目前，KH-F6已取得医疗器械注册证，年底前将陆续供应县级急救中心和乡镇卫生院。
订购咨询：0730-8896620（销售部）。
""",
    ),
    dict(
        slug="corporate-antu-recall-car-kits-batches-record-title",
        site="泱水安途汽车用品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.antu-auto.cn/news/gonggao/0722.html",
        title="关于召回部分批次车载急救箱的公告",
        date="2025-07-22",
        notes="the record's title as is; a recall with its batches table, the recall line in the body beside the site's 400 "
        "order line; a cookie notice at the bottom",
        page="""
!m 安途汽车用品 | 首页　产品中心　新闻资讯　联系我们
!m 您的位置：首页 > 新闻资讯 > 公司公告
{T}
!m 发布日期：2025-07-22　来源：质量部
{BODY}
!w 全国订购热线：400-0733-188
!d 本网站使用Cookie改善浏览体验，继续浏览即视为同意
!m 泱水安途汽车用品有限公司 版权所有　湘ICP备20009317号-1
""",
        body="""
尊敬的用户：
经我公司自查发现，2025年3月至4月生产的部分车载急救箱中，医用胶带的有效期标注有误，实际有效期比标注短6个月。为保障用户权益，我公司决定主动召回以下批次产品：
产品型号　生产批号　数量（个）
AT-K20　K20250312　1200
AT-K20　K20250405　1500
AT-K35　K35250418　800
用户可凭产品外包装上的批号，联系我公司免费更换整盒医用胶带，或退还货款。召回咨询电话：0733-2876508（工作日8:30—17:30）。
由此给您带来的不便，我们深表歉意。
泱水安途汽车用品有限公司
2025年7月22日
""",
    ),
    dict(
        slug="training-yunchuan-brochure-stretcher-course-fees",
        site="韫川红十字救护培训中心 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.ychszpx.cn/kecheng/danjia.html",
        title="伤员搬运与担架使用专项培训班招生简章",
        record_title="【冬训营】伤员搬运与担架使用专项培训班招生简章（两天拿证）｜韫川红十字救护培训中心",
        date=None,
        notes="training school: promo banner, consult float, 400 line beside the course's own 报名电话; a course table one row a "
        "paragraph; a brochure has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【冬训营】伤员搬运与担架使用专项培训班招生简章（两天拿证）｜韫川红十字救护培训中心</title>
</head><body>
<div class="promo">⟦a 老学员推荐新学员，两人同报立减60元⟧</div>
<div class="head">⟦m 韫川红十字救护培训中心⟧ ⟦w 招生热线 400-0735-120⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 课程设置⟧</li><li>⟦m 师资力量⟧</li><li>⟦m 学员园地⟧</li><li>⟦m 在线报名⟧</li></ul>
<div class="course">
<h1>⟦t 【冬训营】伤员搬运与担架使用专项培训班招生简章（两天拿证）⟧</h1>
<p class="sub">⟦m 课程编号：KC-DJ-02　已报名 19/24⟧</p>
{BODY}
<p>⟦a 立即在线报名⟧ ⟦a 领取试听名额⟧</p>
</div>
<div class="float">⟦w 课程顾问在线⟧ ⟦w 加微信 ychs_kefu 咨询⟧</div>
<div class="foot">⟦m 韫川红十字救护培训中心　办学许可证号：教民143112770000081号⟧</div>
<script src="//kefu.ychszpx.cn/im.js"></script>
</body></html>
""",
        body="""
一、培训对象
企业安全员、学校体育教师、景区工作人员、社区志愿者及其他有兴趣的人员。
二、培训内容
课程　学时　内容
伤情判断　2　意识、呼吸、出血和骨折的初步判断
徒手搬运　3　单人、双人搬运方法
担架搬运　5　折叠担架、铲式担架的使用，上下楼梯和上车技巧
三、培训时间和费用
每周六、周日开班，两天共10学时，费用380元（含教材、证书）。
四、报名方式
报名电话：0735-4453120（培训部），报名时请携带身份证复印件1份。
""",
    ),
    dict(
        slug="training-anxin-trainee-essay-kit-oneline",
        site="泱水安心应急培训学校 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.anxin-yj.cn/xueyuan/fenxiang/228.html",
        title="学会整理一只急救箱",
        record_title="〔结业随笔〕学会整理一只急救箱",
        date=None,
        notes="a trainee's piece on one line; 2 天前 (no date); enrol link, course 400 line",
        page="""
!m 泱水安心应急培训学校 · 学员园地
!t 〔结业随笔〕学会整理一只急救箱
!m 学员：黄一禾（第36期救护员班）　｜　2 天前
{BODY}
!a 我也要报名 ››
!w 课程咨询：400-0733-520
!m 泱水安心应急培训学校　版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
参加救护员培训的第二天，老师给每个小组发了一只空急救箱和一堆物品，让我们自己整理。
我们组手忙脚乱，把纱布、绷带、剪刀一股脑儿塞了进去，结果老师一检查，找一卷三角巾就花了半分钟。
老师说，急救箱要按“先用的放上层、常用的放外侧”来整理，每样东西固定位置，箱盖内侧贴一张物品清单。
重新整理后，我们组再找三角巾，只用了三秒。
回到单位，我把办公室那只急救箱也照这个方法整理了一遍，清理出两盒过期的碘伏棉签。
""",
    ),
    dict(
        slug="app-zhibitong-host-script-kits-donation-open-app",
        site="执笔通范文App (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.zhibitong.cn/share/zcc/7710248",
        title="“急救箱进乡村”捐赠仪式主持词",
        record_title="“急救箱进乡村”捐赠仪式主持词（照着念就行）- 执笔通",
        date=None,
        notes="a writing app's H5 share: open-app mask, fold with 'expand' on a line of its own between paragraphs, AI rewrite "
        "button glued after a 。; a host script has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>“急救箱进乡村”捐赠仪式主持词（照着念就行）- 执笔通</title>
</head><body>
<div class="open-app">⟦a 在执笔通App内打开，体验更流畅⟧ <button>⟦a 打开⟧</button></div>
<div class="art">
<h1>{T}</h1>
<p class="au">⟦m 执笔通精选　｜　已有 2306 人套用⟧</p>
{BODY}
</div>
<div class="bar">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦a 换一篇⟧</div>
<div class="rec"><h4>⟦l 还可以看看⟧</h4><ul><li>⟦l 爱心物资捐赠仪式主持稿⟧</li><li>⟦l 红十字博爱周启动仪式主持词⟧</li></ul></div>
<div class="mask">⟦a 下载执笔通，海量范文随时改⟧</div>
<script>window.__SHARE__={from:"h5",id:7710248};openAppGuide();</script>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，乡亲们：
大家上午好！今天，我们在这里举行“急救箱进乡村”捐赠仪式。首先，请允许我介绍出席今天仪式的领导和嘉宾……（介绍略）
本次活动由县红十字会和爱心企业共同发起，为全县36个行政村的村卫生室和村民服务中心捐赠急救箱108个。⟦a ✦AI改写这段⟧
下面，进行第一项议程：请县红十字会负责同志介绍捐赠情况。
进行第二项议程：请爱心企业代表讲话。
⟦a 余下 60% 内容已折叠，点击展开⟧
进行第三项议程：请领导为村代表授箱，大家掌声欢迎！
进行第四项议程：请村医代表演示急救箱的使用方法。
乡亲们，一只急救箱，装的是药品，更是关爱。希望大家用好这份心意。捐赠仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-zhibitong-text-report-maintenance-leader",
        site="执笔通范文App (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.zhibitong.cn/share/szbg/8802711",
        title="物业维修班班长2025年度述职报告",
        record_title="〖述职精选·物业〗物业维修班班长2025年度述职报告 - 执笔通",
        date="2025-12-20",
        notes="a writing app's share as text: open-app prompt above, AI polish and copy buttons below; a 述职 with figures "
        "and the 述职人 and date at the end",
        page="""
!m 执笔通范文 · 分享页
!t 〖述职精选·物业〗物业维修班班长2025年度述职报告
!a 打开App，一键换成你的单位和姓名
{BODY}
!a AI 润色本文　｜　复制全文
!l 相关范文：物业经理年度述职报告｜保安队长述职报告
!m 执笔通 · 写材料不再熬夜
""",
        indent="\u3000\u3000",
        body="""
2025年，我担任榄园物业服务中心维修班班长，带领5名维修工负责小区水电、消防设施的日常维护。现将一年来的工作述职如下。
一、抓好消防箱维护。全年对小区28栋楼的196个消防箱逐一检查4轮，更换老化水带23盘、维修渗漏阀门11处，清理箱前堆物140余次，消防箱完好率从年初的82%提高到98%。
二、及时响应报修。全年受理业主报修1360件，按时完成率99%，业主满意度测评94分。
三、加强班组管理。组织班组消防实操培训6次，每名维修工都能独立完成水带连接和出水操作。
存在的不足是对老旧楼栋的消防管道检查还不够细。明年，我将配合物业中心推进消防管网改造，把消防设施管得更好。
述职人：施国良
2025年12月20日
""",
    ),
]
