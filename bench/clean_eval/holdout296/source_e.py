"""holdout296, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Written by hand for this part (sites, places, people, numbers and URLs invented); see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-fenyuan-notice-seated-taichi-cushions",
        site="枌园邻里网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fenyuanlinli.example.cn/gonggao/2025/0317-2208.html",
        title="关于开设老年活动室“坐式太极”课程的通知",
        record_title="〔社区告示〕关于开设老年活动室“坐式太极”课程的通知｜枌园邻里网",
        date="2025-03-17",
        notes="residents' site: weather line, a grid member's box with a masked mobile and a 24-hour property repair line beside the community's own 咨询电话; "
        "扫描二维码报名 as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔社区告示〕关于开设老年活动室“坐式太极”课程的通知｜枌园邻里网</title>
<script src="/js/weather-widget.js"></script>
</head><body>
<div class="topline">⟦m 枌阳 晴 8～17℃ 空气质量：良⟧　<a>⟦a 居民登录⟧</a></div>
<div class="head"><span class="logo">⟦m 枌园邻里网⟧</span><span>⟦m 枌园社区居委会主办⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 社区公告⟧</a><a>⟦m 办事指南⟧</a><a>⟦m 邻里互动⟧</a><a>⟦m 志愿服务⟧</a></div>
<div class="crumb">⟦m 首页 &gt; 社区公告⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="meta">⟦m 发布：枌园社区居委会　2025-03-17　浏览 486⟧</p>
<div class="art-body">
{BODY}
</div>
</div>
<div class="side">
<div class="grid-box"><h4>⟦m 我的网格⟧</h4><p>⟦m 本楼网格员：丁晓雯 139****2081⟧</p></div>
<div class="wuye"><p>⟦m 物业报修：0739-6135699（24小时）⟧</p></div>
<div class="links"><h4>⟦l 近期公告⟧</h4><p>⟦l 关于3月下旬二次供水设施清洗的通知⟧</p><p>⟦l 社区“学雷锋”志愿服务集市圆满结束⟧</p></div>
</div>
<div class="foot">⟦m 枌园社区居委会　地址：枌阳县枌园路118号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为丰富辖区老年人文体生活，社区老年活动室新添置了50个蒲团，并邀请县老年体协的刘莉老师开设“坐式太极”公益课程。现将有关事项通知如下：
一、上课时间：3月24日起，每周二、周四上午9:00—10:00。
二、上课地点：社区服务中心二楼老年活动室。
三、报名对象：辖区60周岁以上、能够自主行动的居民，每期限30人。
四、报名方式：扫描社区公告栏二维码报名，或到社区服务中心一楼登记。
课程全部免费。蒲团请勿带离活动室，课后由志愿者统一收放、通风。
咨询电话：0739-6135580（社区服务中心）
枌园社区居民委员会
2025年3月17日
""",
    ),
    dict(
        slug="community-siyuan-pledge-old-albums-stories",
        site="楒苑社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.siyuanshequ.example.cn/news/2025/0106/77.html",
        title="“翻开老相册·讲述邻里情”倡议书",
        record_title="◇楒苑倡议◇“翻开老相册·讲述邻里情”倡议书_楒苑社区网",
        date="2025-01-06",
        notes="residents' site text: a pledge where 分享 is content; comments box; a property service line; 成文日期 under the signature",
        page="""
!m 楒苑社区网 — 我们的家
!m 当前：首页 » 社区倡议
{T}
!m 来源：社区居委会　时间：2025-01-06　阅读：633
{BODY}
!l 邻居们说（12）
!l 老周：我家有一张1996年的院子合影，下周送去！
!l 3栋小唐：支持，顺便把我爸的口述也录一下。
!m 物业服务热线：0736-7158800
!d 楒苑社区网由社区居委会维护，内容供居民参考
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
亲爱的楒苑居民朋友们：
楒苑社区建成已有三十年，一张张老照片，记录着我们从平房搬进楼房、从陌生人成为老邻居的点点滴滴。为迎接社区成立三十周年，社区居委会向全体居民发出倡议：
一、翻一翻家里的老相册，找出与社区有关的照片，比如搬家那天、邻里聚餐、孩子在院里玩耍的瞬间。
二、讲一讲照片背后的故事，可以写下来，也可以到社区录一段口述。
三、把照片和故事分享到社区“楒苑记忆”墙，让新搬来的邻居也了解社区的过去。
照片可交社区服务站翻拍，当场归还原件。
楒苑社区居民委员会
2025年1月6日
""",
    ),
    dict(
        slug="association-ranzhou-clock-council-minutes-vote",
        site="橪州市钟表行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.rzzbxh.example.org.cn/xhdt/2025/0729/316.html",
        title="橪州市钟表行业协会第三届理事会第五次会议纪要",
        record_title="【理事会】橪州市钟表行业协会第三届理事会第五次会议纪要（纪要全文）-橪州市钟表行业协会",
        date="2025-07-25",
        date_also=["2025-07-29"],
        notes="association site: member-login row and a member hotline; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; "
        "the association's name is also the signature (head); meeting date and posting date differ",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【理事会】橪州市钟表行业协会第三届理事会第五次会议纪要（纪要全文）-橪州市钟表行业协会</title>
</head><body>
<div class="top"><span class="logo">⟦m 橪州市钟表行业协会⟧</span><a>⟦a 会员单位登录⟧</a><a>⟦a 入会申请⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 协会概况⟧</a><a>⟦m 协会动态⟧</a><a>⟦m 团体标准⟧</a><a>⟦m 会员风采⟧</a></div>
<div class="pos">⟦m 首页 » 协会动态 » 会议纪要⟧</div>
<div class="content">
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-07-29　来源：秘书处　阅读：157⟧</p>
<div class="text">
{BODY}
</div>
<p class="prev">⟦l 上一篇：协会组织会员单位赴外地考察钟表产业园⟧</p>
</div>
<div class="foot"><p>⟦m 会员服务热线：0735-8203316⟧</p><p>⟦m 橪州市钟表行业协会秘书处　地址：橪州市栭湖区橑山路210号⟧</p><p>⟦m 湘ICP备19010377号⟧</p></div>
</body></html>
""",
        body="""
时间：2025年7月25日上午9:30
地点：协会会议室
主持：会长 葛长林
出席：理事19人（应到21人）
列席：监事长 汪洁
记录：秘书处 田甜
会议审议了《机械座钟维修服务规范（团体标准）》草案。与会理事认为，规范对送修登记、报价告知、保修期限等作出了统一要求，有利于减少维修纠纷。经表决，同意19票，反对0票，弃权0票，草案获通过。
会议还决定，8月起在会员单位推行座钟维修“明码标价”，秘书处负责印制统一价目牌。
橪州市钟表行业协会秘书处
""",
    ),
    dict(
        slug="association-chenchuan-tea-pledge-trivet-heat-label",
        site="棽川县茶产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.ccctea.example.org/zlcy/2025/0603.html",
        title="关于规范茶壶垫耐热温度标识的倡议书",
        record_title="｛诚信茶具｝关于规范茶壶垫耐热温度标识的倡议书_棽川县茶产业协会",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="record date given (equal to the 成文日期); the association's name at the top is also the signature (head); 转发 as content",
        page="""
!m 棽川县茶产业协会
!a 会员登录 ｜ 入会指南
!m 协会动态 › 自律倡议
{T}
!m 2025-06-03　秘书处
{BODY}
!m 协会电话：0734-8218865　邮箱：ccctea@126.example.com
!l 往期倡议：关于抵制过度包装茶叶礼盒的倡议
!m 棽川县茶产业协会版权所有
""",
        indent="\u3000\u3000",
        body="""
全县茶具生产和经营企业：
近来，一些茶壶垫产品标注“耐高温”却未注明具体耐热温度，消费者把刚离火的铁壶、陶壶放上去后，出现垫子变形、粘连甚至烫坏桌面的情况，引发多起投诉。为维护行业信誉，协会倡议：
一、生产企业在产品或包装上明确标注耐热温度，如“耐热180℃”，不得只写“耐高温”等笼统字样。
二、经营者在销售时主动告知材质和使用方法，硅胶、软木、竹编等不同材质分别说明。
三、会员单位每年送检一次，检测报告在店内公示。
请各会员单位转发本倡议，共同营造诚信经营的良好氛围。
棽川县茶产业协会
2025年6月3日
""",
    ),
    dict(
        slug="company-zhuyu-news-cork-bamboo-trivet-cookie",
        site="竹屿家居 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhuyu-home.example.com/news/2025/0912-new-trivets.html",
        title="竹屿家居推出软木竹编复合茶壶垫",
        record_title="新品上架 ⟩ 竹屿家居推出软木竹编复合茶壶垫 - ZHUYU竹屿",
        date="2025-09-12",
        notes="company site: cookie notice, service float, 400 line; the title repeated and glued before the lead; a slashed date as the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新品上架 ⟩ 竹屿家居推出软木竹编复合茶壶垫 - ZHUYU竹屿</title>
<script src="/assets/js/cookie-consent.js"></script>
</head><body>
<div class="cookie-bar"><span>⟦d 本站使用Cookie改善您的浏览体验，继续访问即视为同意⟧</span><button>⟦a 我知道了⟧</button></div>
<header><a class="brand">⟦m 竹屿家居 ZHUYU⟧</a><nav><a>⟦m 品牌故事⟧</a><a>⟦m 产品中心⟧</a><a>⟦m 新闻中心⟧</a><a>⟦m 门店查询⟧</a></nav></header>
<main>
<div class="news-head"><h1>{T}</h1><p>⟦m 2025/09/12⟧　⟦m 新闻中心⟧</p></div>
<div class="news-body">
{BODY}
</div>
<div class="news-nav"><a>⟦l 上一则：竹屿家居入选省级绿色设计产品名单⟧</a><a>⟦l 下一则：竹屿茶生活馆橪州万达店开业⟧</a></div>
</main>
<div class="kefu-float">⟦w 在线客服⟧</div>
<footer><p>⟦m 全国服务热线：400-711-3308⟧</p><p>⟦m © 2025 橪州竹屿家居用品有限公司　湘ICP备20015542号⟧</p></footer>
</body></html>
""",
        body="""
⟦t 竹屿家居推出软木竹编复合茶壶垫⟧9月10日，竹屿家居在橪州举行秋季新品发布会，推出软木竹编复合茶壶垫系列。
新品采用上层竹编、下层天然软木的双层结构，竹编面透气易干，软木底隔热防滑，经检测可承受200℃的铁壶直接放置。产品有直径12、16、20厘米三种规格，适配常见的紫砂壶、铁壶和玻璃煮茶壶。
竹屿家居产品经理杨帆介绍，团队走访了30多家茶馆，发现竹编茶壶垫容易发霉、硅胶垫容易留印，新品正是针对这两个问题设计的。
新品已在竹屿家居官方商城和各地门店上市。
""",
    ),
    dict(
        slug="company-minglan-recall-desk-clocks-record",
        site="鸣岚钟表 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.minglan-clock.example.cn/gonggao/2025/0811.html",
        title="关于召回部分MLZ-20型座钟的公告",
        date="2025-08-11",
        notes="record title as is; a batches table with month dates (no dates); the recall line beside a 400 order line; 成文日期 under the signature",
        page="""
!m 鸣岚钟表 MINGLAN CLOCK
!m 首页 - 新闻公告 - 公司公告
{T}
!m 发布者：鸣岚钟表　发布于：2025-08-11
{BODY}
!m 订购热线：400-829-3316
!a 进入在线商城 ›
!m Copyright © 橪州鸣岚钟表有限公司　湘ICP备18020036号
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司近期发现，2025年3月至5月生产的部分MLZ-20型木壳座钟，电源适配器插头存在绝缘不良隐患，长期使用可能发热。为保障用户安全，我公司决定召回以下批次产品：
生产批次　生产日期　数量（台）
MLZ25031　2025年3月　1200
MLZ25042　2025年4月　1560
MLZ25053　2025年5月　980
用户可查看座钟底部铭牌上的批次号。属于召回范围的，请拨打召回专线，我公司将免费上门更换适配器，并赠送一年延保。
召回专线：0735-8271160（每天8:30—20:00）
橪州鸣岚钟表有限公司
2025年8月11日
""",
    ),
    dict(
        slug="training-chuisheng-brochure-kids-drum-class-fees",
        site="槌声少儿艺术中心 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.chuisheng-art.example.cn/kecheng/guyue-2026-spring.html",
        title="2026年春季少儿鼓乐班招生简章",
        record_title="少儿鼓乐 · 2026年春季少儿鼓乐班招生简章【试听免费】- 槌声少儿艺术中心",
        date=None,
        notes="training school: promo banner, trial-lesson float, a 400 franchise line beside the school's own 报名电话; a fees table; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>少儿鼓乐 · 2026年春季少儿鼓乐班招生简章【试听免费】- 槌声少儿艺术中心</title>
<script src="/js/popup-trial.js"></script>
</head><body>
<div class="promo">⟦a 寒假报名立减200元，再送定制练习鼓垫一块⟧</div>
<div class="head"><span class="logo">⟦m 槌声少儿艺术中心⟧</span><span>⟦m 让孩子敲出节奏感⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 课程体系⟧</a><a>⟦m 师资团队⟧</a><a>⟦m 学员风采⟧</a><a>⟦m 加盟合作⟧</a></div>
<div class="course">
<h1>{T}</h1>
<div class="course-body">
{BODY}
</div>
</div>
<div class="trial-float"><p>⟦w 预约一节免费试听课⟧</p><p>⟦w 留下电话，老师1小时内回电⟧</p></div>
<div class="foot"><p>⟦m 全国加盟热线：400-886-1203⟧</p><p>⟦m 槌声少儿艺术中心（枌阳校区）　湘ICP备21006698号⟧</p></div>
</body></html>
""",
        body="""
一、招生对象：5至12周岁少年儿童，零基础可报。
二、课程设置
班级　年龄　课时　学费
启蒙班　5至6岁　16课时　1280元
初级班　7至9岁　20课时　1680元
提高班　10至12岁　20课时　1880元
三、上课安排：每周六或周日上课，每课时60分钟，每班不超过10人。
四、学员须知：初级班以上学员需自备练习鼓槌一副，启蒙班鼓槌由中心提供。学费含教材费，不含考级费。
五、报名地址：枌阳县枌园路26号三楼
报名电话：0739-6177085（周二至周日9:00—18:00）
""",
    ),
    dict(
        slug="training-puxiang-trainee-essay-first-cushion",
        site="蒲香手作学堂 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.puxiangshouzuo.example.cn/zuopin/xueyuan/0412.html",
        title="我的第一个蒲团",
        record_title="学员手记 ❘ 我的第一个蒲团 - 蒲香手作学堂",
        date=None,
        notes="a trainee's essay on a craft school's page: a booking prompt and a course phone below; no date",
        page="""
!m 蒲香手作学堂 · 学员作品墙
{T}
!m 作者：学员 孟老师　｜　周末班第12期
{BODY}
!a 我也想学 → 预约一节体验课
!m 课程咨询：0736-7166218　地址：楒水县濊田镇蒲编产业园2号楼
!l 更多学员手记：退休后，我学会了编蒲扇
""",
        indent="\u3000\u3000",
        body="""
我是一名退休的小学老师，去年秋天报了蒲香手作学堂的蒲草编织周末班。
第一节课，老师让我们先摸蒲草，说好的蒲草软而不塌、有股清香。我笨手笨脚地盘了一下午，盘出来的底子歪歪扭扭，像一张烙糊了的饼。
老师没有让我拆，而是教我从第五圈开始边压边收。到第六节课，我终于编完了第一个蒲团，直径三十五厘米，虽然边收得不太圆，坐上去却很踏实。
现在这个蒲团放在我家阳台上，每天早上我坐在上面读半小时书。孙女也吵着要学，等她放暑假，我打算带她一起来上课。
""",
    ),
    dict(
        slug="app-gongwensuxie-report-archivist-albums",
        site="公文速写 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.gongwensuxie.example.com/share/doc/9a31f0c2",
        title="档案馆馆员2025年度述职报告",
        record_title="年终述职 · 档案馆馆员2025年度述职报告（可换名直接交）｜公文速写",
        date="2025-12-26",
        notes="writing-app H5 share: open-app mask, a fold on a line of its own, an AI-rewrite button glued after a 。; the date under the 述职人 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>年终述职 · 档案馆馆员2025年度述职报告（可换名直接交）｜公文速写</title>
<script src="https://h5.gongwensuxie.example.com/js/openapp.js"></script>
</head><body>
<div class="app-bar"><span>⟦m 公文速写⟧</span><span>⟦m 写材料，快人一步⟧</span><button>⟦a 去App里看⟧</button></div>
<div class="doc">
<h1>{T}</h1>
<p class="tag">⟦m 收录于：述职报告 / 事业单位⟧　⟦m 1.2万人用过⟧</p>
<div class="doc-body">
{BODY}
</div>
</div>
<div class="mask">⟦a 打开公文速写App，查看完整范文⟧</div>
<div class="bottom-bar"><button>⟦a 复制全文⟧</button><button>⟦a 导出Word⟧</button></div>
</body></html>
""",
        body="""
一年来，我在馆领导的带领下，主要负责征集编研和家庭档案指导工作，现将履职情况报告如下。
一、完成“家庭相册进档案”项目。全年上门指导家庭建档42户，扫描家庭相册照片5600余张，为其中的老照片补录文字说明1800余条。⟦a AI帮我改一版⟧
二、做好馆藏照片整理。对1980年以来的馆藏照片档案进行著录，完成2.3万张照片的数字化。
⟦a 点此展开后半篇 ∨⟧
三、开展档案宣传。在“6·9国际档案日”举办“老相册里的棽川”展览，接待观众3000余人次。
不足之处是照片著录的规范性还不够，部分照片说明信息不全。明年我将加强业务学习，力争完成剩余照片的数字化。
述职人：黎思远
2025年12月26日
""",
    ),
    dict(
        slug="app-cailiaobao-speech-waist-drum-team-oneline",
        site="材料宝 (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.cailiaobao.example.cn/fanwen/jianghua/118820",
        title="在村腰鼓队成立仪式上的讲话",
        record_title="在村腰鼓队成立仪式上的讲话【材料宝·精品范文】",
        date=None,
        notes="writing-app text with the whole body on one line; a share stamp is no date; member copy prompt and an app download line",
        page="""
!m 材料宝 · 范文详情
!m 收录于：讲话致辞 / 村级讲话
{T}
!m 分享自材料宝　3 天前
{BODY}
!a 复制全文需开通材料宝会员
!a 下载材料宝App，海量范文随手改
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位乡亲、各位队员：
今天，我们村自己的腰鼓队正式成立了。我代表村“两委”，向报名入队的四十二位队员表示祝贺，向支持腰鼓队的乡亲们表示感谢！
这支腰鼓队，是大家一分一分凑起来的。鼓是镇文化站送的，鼓槌是老木匠李师傅用自家的白蜡木一副一副削的，服装是妇女们自己量、自己缝的。
村里给腰鼓队提三点希望：一要练好基本功，二要爱护鼓和鼓槌，三要多为乡亲们表演，红白喜事、节日庙会都能看到大家的身影。
祝腰鼓队越办越红火！谢谢大家！
""",
    ),
]
