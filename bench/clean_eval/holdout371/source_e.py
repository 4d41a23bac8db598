"""holdout371, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="community-shuyuan-notice-rice-cups-elderly",
        site="庶园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.shuyuansq.cn/tzgg/2025-10-13/219.html",
        title="关于为辖区老年人发放量米器的通知",
        record_title="关于为辖区老年人发放量米器的通知（请楼栋长转告）｜庶园社区",
        date="2025-10-13",
        notes="residents' site: weather line, a grid worker's box, property repair line beside the community's own duty "
        "phone; scanning the account's QR code to register is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为辖区老年人发放量米器的通知（请楼栋长转告）｜庶园社区</title>
<script>document.addEventListener("DOMContentLoaded",function(){sq.weather("shuyuan");});</script></head>
<body>
<div class="sq-top">⟦m 庶园社区⟧ ⟦m 邻里一家亲，庶园是我家⟧ ⟦m 今日天气：晴 12～21℃ 东北风2级⟧</div>
<div class="sq-nav">⟦m 社区首页　社区公告　便民服务　邻里活动　党群之家⟧</div>
<div class="sq-pos">⟦m 社区公告 ›› 正文⟧</div>
<h1>{T}</h1>
<div class="sq-meta">⟦m 庶园社区居委会　发布于 2025-10-13　阅读 657⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦w 第三网格　蓝晓晴　139-9160-2281（有事您说话）⟧</p></div>
<div class="sq-wy">⟦m 庶园物业24小时报修：0916-8255999⟧</div>
<div class="sq-more"><h4>⟦l 往期公告⟧</h4><p>⟦l 庶园社区秋季义诊活动安排⟧</p><p>⟦l 关于二期小区加装电梯意见征集的公示⟧</p></div>
<div class="sq-foot">⟦m 褒川县城关街道庶园社区　地址：庶园路12号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为倡导节约粮食、按需做饭，社区联合驭坪粮油站开展“一杯米·不浪费”活动，为辖区60周岁以上老年人免费发放量米器。现将有关事项通知如下：
一、发放时间：2025年10月18日（星期六）上午8:30—11:30。
二、发放地点：庶园社区党群服务中心一楼大厅。
三、领取方式：老人本人或家属凭身份证领取，每户限领一个。行动不便的老人可由楼栋长登记后送货上门。
四、领取前请用手机扫描社区公众号二维码填写登记信息，现场扫码也可以。
现场还将有志愿者演示量米器的使用方法，欢迎大家带上家里的米桶来“对一对刻度”。
社区值班电话：0916-8255061
庶园社区居民委员会
2025年10月13日
""",
    ),
    dict(
        slug="community-yaqiao-pledge-clean-yogurt-cups",
        site="鸦桥社区网 (invented residents' site, text)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://yaqiaosq.zhuyang.gov.cn/hd/20250423/77.html",
        title="“杯杯干净”垃圾分类倡议书",
        record_title="【杯杯干净】“杯杯干净”垃圾分类倡议书 - 鸦桥社区网",
        date="2025-04-22",
        notes="residents' pledge as text: the date in Chinese numerals under the signature; sharing the pledge with the "
        "building's group is content; a sign-the-pledge button and a volunteer line around it",
        page="""
!m 鸦桥社区网　　服务居民每一天
!m 首页 ＞ 邻里活动 ＞ 倡议书
!t 【杯杯干净】“杯杯干净”垃圾分类倡议书 - 鸦桥社区网
!m 发布人：社区环境委员会　　浏览 432 次
{BODY}
!a 👍 我已阅读并支持本倡议（已有 318 位居民点亮）
!w 想当垃圾分类志愿者？联系社区社工小钟：0728-8649217
!l 下一篇：鸦桥社区“旧物换绿植”活动报名开始
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
我们鸦桥社区共有住户2300多户，据保洁员统计，每天投放的酸奶杯、奶茶杯等塑料杯有一千多只，其中八成以上没有清洗，既招蚊蝇，又让本可回收的杯子成了其他垃圾。为此，社区居委会向全体居民发出倡议：
一、喝完即涮。酸奶杯喝完后随手用清水涮一下，倒扣沥干。
二、分开投放。洗净的杯子投入可回收物桶，杯盖、吸管投入其他垃圾桶。
三、带动身边人。请把这份倡议分享到楼栋群，也请家里的孩子当好“小小督导员”。
一只杯子虽小，攒起来就是一座小山。让我们从身边的小事做起，共同守护干净整洁的家园。
鸦桥社区居民委员会
二〇二五年四月二十二日
""",
    ),
    dict(
        slug="association-zhuyang-dairy-minutes-cheese-knife-standard",
        site="诸阳市乳品行业协会 (invented trade association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.zyrpxh.org.cn/xhdt/hwgk/2025/0722/96.html",
        title="诸阳市乳品行业协会第二届理事会第五次会议纪要",
        record_title="会务存档 · 诸阳市乳品行业协会第二届理事会第五次会议纪要 — 诸阳乳协",
        date="2025-07-18",
        date_also=["2025-07-22"],
        notes="association site: member-login row and member hotline; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>会务存档 · 诸阳市乳品行业协会第二届理事会第五次会议纪要 — 诸阳乳协</title>
<script src="/js/member-login.js"></script><script>var xh_art=96;</script></head>
<body>
<div class="xh-top"><a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a> ⟦m 会员服务热线：0728-8601716⟧</div>
<div class="xh-head">⟦m 诸阳乳协⟧ ⟦m 诸阳市乳品行业协会官方网站⟧</div>
<div class="xh-nav">⟦m 协会概况　协会动态　会务存档　行业标准　会员风采⟧</div>
<div class="xh-pos">⟦m 首页 → 协会动态 → 会务存档⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 秘书处　2025-07-22 发布⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-pn"><p>⟦l 前一篇：第二届理事会第四次会议纪要⟧</p><p>⟦l 后一篇：关于征集乳品文化节参展企业的函⟧</p></div>
<div class="xh-foot">⟦m 诸阳市乳品行业协会秘书处　地址：诸阳市掖湖区农商大厦1106室⟧ ⟦m 鄂ICP备20036618号⟧</div>
</body></html>
""",
        body="""
时间：2025年7月18日上午9:30
地点：协会会议室
主持：协会会长　符建国
出席：理事单位代表15人
列席：监事　申晓彤
记录：秘书处　易安琪
会议审议了《奶酪分切刀具使用指引（团体标准）》草案，讨论了第三届乳品文化节筹备工作。纪要如下：
一、审议团体标准草案。秘书处汇报了草案起草情况。与会理事认为，奶酪分切刀具直接接触食品，指引应明确刀具材质、刀刃硬度和清洗消毒要求，并按软质、半硬质、硬质奶酪分别给出推荐的奶酪刀刀型。会议表决：应到理事15人，实到15人，同意14票，反对0票，弃权1票，草案通过，提交会员大会审议。
二、文化节筹备。会议同意在品鉴区设置“切奶酪小课堂”，由理事单位轮流派技术人员授课。
三、其他事项。会议同意吸收诸阳市掖湖区乳香坊食品有限公司为会员单位。
""",
    ),
    dict(
        slug="association-baochuan-pledge-seasoning-jar-labels",
        site="褒川县日用陶瓷与厨具协会 (invented, text)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.bcrytc.org/xhgg/2025/0509/31.html",
        title="关于规范调味罐食品接触材料标识的倡议书",
        date="2025-05-08",
        notes="record title as is; association pledge as text; the association's name is also the signature (matched as "
        "head where it stands above the body)",
        page="""
!m 褒川县日用陶瓷与厨具协会
!m 协会公告　|　会员名录　|　质量服务　|　联系我们
{T}
!m 发布：协会秘书处　　2025-05-09　　阅读 188
{BODY}
!a 会员单位请下载回执，于5月底前盖章交回秘书处　[回执下载]
!m 协会秘书处电话：0916-8240133　传真：0916-8240134
""",
        date_also=["2025-05-09"],
        body="""
全体会员单位：
近年来，调味罐作为家庭和餐饮业常用厨具，市场需求不断增长，但部分产品存在材质标识不清、未标注耐温范围等问题，个别产品在抽查中被检出迁移量超标，影响了行业声誉。为此，本协会向全体会员单位倡议：
一、规范标识。每只调味罐的包装或罐底应清晰标注材质、耐温范围、生产企业和“食品接触用”字样。
二、严把原料。选用符合国家标准的食品接触用原料，建立原料进货查验台账。
三、主动送检。每年至少对主销产品送检一次，检验报告在企业官网或产品包装上公开。
四、诚信经营。不夸大宣传“无毒”“可高温”等效果，接受消费者和社会监督。
褒川县日用陶瓷与厨具协会
2025年5月8日
""",
    ),
    dict(
        slug="company-yichu-recall-seasoning-jars-batches",
        site="宜厨家居 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.yichu-home.com/news/notice/20250606.html",
        title="关于主动召回部分翻盖调味罐产品的公告",
        record_title="召回公告 ⁄ 关于主动召回部分翻盖调味罐产品的公告（请相互转告）– 宜厨家居",
        record_date="2025-06-06",
        date="2025-06-06",
        notes="company site: cookie notice, a 400 order line and a service float beside the recall line; recalled batches "
        "as a table; scanning the jar's QR code is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>召回公告 ⁄ 关于主动召回部分翻盖调味罐产品的公告（请相互转告）– 宜厨家居</title>
<script src="/assets/app.js" defer></script></head>
<body>
<header><div class="logo">⟦m 宜厨家居 YICHU⟧</div><nav>⟦m 首页　产品中心　品牌故事　新闻公告　线下门店⟧</nav>
<div class="hot">⟦m 订购热线 400-182-6066⟧</div></header>
<div class="crumb">⟦m 首页 / 新闻公告 / 公告⟧</div>
<main>
<h1>{T}</h1>
<p class="date">⟦m 2025-06-06　宜厨家居⟧</p>
<div class="rich">
{BODY}
</div>
<p class="back">⟦l ← 返回新闻公告列表⟧</p>
</main>
<div class="kf-float">⟦w 在线客服　周一至周日 9:00—21:00⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 诸阳市掖湖区宜厨塑料制品厂　鄂ICP备17033205号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
经公司内部抽检发现，我司2025年3月生产的部分“宜厨”牌翻盖塑料调味罐，翻盖卡扣存在断裂可能，盖子脱落后可能导致调味料受潮或异物混入。为保障消费者权益，公司决定自即日起主动召回上述产品。
召回产品范围如下：
产品名称　规格　生产批号　数量（只）
翻盖调味罐　300毫升　YC250311　4800
翻盖调味罐　500毫升　YC250318　3650
四格调味罐　4×150毫升　YC250325　2100
消费者可查看罐底批号，或扫描罐底二维码查询是否属于召回范围。属于召回范围的，可到原购买门店或联系我司免费更换，也可办理全额退款。
召回咨询电话：0728-8633017（每日9:00—18:00）
诸阳市掖湖区宜厨塑料制品厂
2025年6月6日
""",
    ),
    dict(
        slug="company-heke-news-egg-separator-award",
        site="禾壳厨具 (invented company site, text)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.heke-kitchen.cn/news/2025/0926.html",
        title="禾壳厨具“挂沿式蛋清分离器”获市工业设计大赛金奖",
        record_title="禾壳动态 » 禾壳厨具“挂沿式蛋清分离器”获市工业设计大赛金奖 | 禾壳厨具",
        date="2025-09-26",
        notes="company news as text: the dotted date on the byline is the page's date; a shop link glued after the last "
        "sentence",
        page="""
!m 禾壳厨具　让厨房小事更顺手
!m 首页 · 产品 · 新闻中心 · 联系我们
!t 禾壳动态 » 禾壳厨具“挂沿式蛋清分离器”获市工业设计大赛金奖 | 禾壳厨具
!m 2025.09.26　｜　禾壳新闻
{BODY}
!l 上一则：禾壳厨具通过欧盟食品接触材料检测
!m 禾壳厨具厂　诸阳市鸦桥镇工业小区8号　外贸部：0728-8690412
""",
        gap=True,
        body="""
9月24日，在第十二届诸阳市工业设计大赛颁奖典礼上，禾壳厨具厂选送的“挂沿式蛋清分离器”获得日用品类金奖。
这款蛋清分离器由厂里三名年轻设计师历时半年开发，在传统漏勺式分离器的基础上增加了可调节挂钩，能稳稳卡在不同口径的碗沿上，单手就能完成分蛋。评委认为，产品结构简单、成本低，解决了家庭烘焙的实际痛点。
厂长蔡亚楠表示，获奖产品将于年底前量产，首批计划生产5万只。⟦a 想先睹为快？进入禾壳天猫旗舰店看看⟧
""",
    ),
    dict(
        slug="training-ruxiang-brochure-cheese-course",
        site="乳香烘焙学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.ruxiangxt.com/course/cheese-weekend.html",
        title="奶酪手作周末班招生简章",
        record_title="奶酪手作周末班招生简章（含刀具使用课）— 乳香烘焙学堂",
        date=None,
        notes="training school: promo banner, franchise line and a consult float beside the school's own 报名电话; a "
        "course table; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>奶酪手作周末班招生简章（含刀具使用课）— 乳香烘焙学堂</title>
<script src="https://kf.ruxiangxt.com/chat.js" async></script></head>
<body>
<div class="rx-banner">⟦a 🎉 老学员带新学员，双方各返200元学费⟧</div>
<div class="rx-head">⟦m 乳香烘焙学堂⟧ ⟦m 手作一份好味道⟧</div>
<div class="rx-nav">⟦m 首页　课程中心　名师团队　学员作品　校区地址⟧</div>
<div class="rx-crumb">⟦m 课程中心 ＞ 周末兴趣班⟧</div>
<h1>{T}</h1>
<div class="rx-body">
{BODY}
</div>
<div class="rx-btn"><a>⟦a 立即预约试听⟧</a></div>
<div class="rx-join">⟦w 开一家乳香烘焙学堂？加盟合作热线：400-930-7728⟧</div>
<div class="rx-float">⟦w 课程顾问在线，点我咨询开班时间⟧</div>
<div class="rx-foot">⟦m 乳香烘焙学堂（掖湖校区）　诸阳市掖湖区湖滨路31号⟧ ⟦m 鄂ICP备21005508号⟧</div>
</body></html>
""",
        body="""
课程介绍：本课程面向零基础学员，两天时间带你从一杯牛奶做出一块新鲜奶酪，并学会常见奶酪的切分与摆盘。
课程安排：
课次　内容　课时
第一天上午　认识奶酪与原料选择　3课时
第一天下午　新鲜马苏里拉与乳清奶酪制作　4课时
第二天上午　奶酪刀的种类与切法　3课时
第二天下午　奶酪拼盘摆盘与品鉴　4课时
刀具课上，每位学员配发一套三件式奶酪刀（软质刀、叉头刀、刨刀），课程结束后可带走。
学费：1280元/人（含原料、刀具和结业证书），两人同报每人优惠100元。
开班时间：每月第二、第四个周末。
报名电话：0728-8670513（乳香烘焙学堂前台）
""",
    ),
    dict(
        slug="training-maisui-diary-frozen-yogurt-cups",
        site="麦穗烘焙培训 (invented training school, text)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="http://www.maisuihp.com/xueyuan/riji/1187.html",
        title="冻酸奶杯课上的一点收获",
        record_title="学员笔记本 · 冻酸奶杯课上的一点收获（烘焙初级班第六课）",
        date=None,
        notes="a student's diary on a training school's site as text; a trial-lesson line between paragraphs and a "
        "course link glued after a sentence; no date",
        page="""
!m 麦穗烘焙培训　　赫岭校区
!m 首页 > 学员风采 > 学员手记
!t 学员笔记本 · 冻酸奶杯课上的一点收获（烘焙初级班第六课）
!m 投稿学员：暖暖妈　｜　班级：烘焙初级班（周六班）
{BODY}
!l 更多学员手记：第一次做戚风就成功了　｜　裱花课，我的手终于不抖了
!w 咨询报名：麦穗赫岭校区 0716-3356880（微信同号）
""",
        indent="\u3000\u3000",
        body="""
今天是烘焙班第六课，做冻酸奶杯。原以为就是把酸奶倒进杯子冻一冻，上手才知道门道不少。
老师先让我们把希腊酸奶和蜂蜜拌匀，装进裱花袋，再挤进纸杯模具，每杯只挤到七分满，留出放水果和坚果碎的位置。冻的时间也有讲究，冷冻一个半小时正好，冻太久口感发硬，像在啃冰块。⟦a 点此查看烘焙初级班全部课表⟧
⟦a 免费试听一节烘焙课，到校即送小蛋糕一份⟧
最难的是脱模。我第一次直接撕纸杯，酸奶杯边缘碎了一圈。老师教我们先在室温放两分钟，用手掌捂一下杯壁，再轻轻剥开，果然完整多了。
一节课做了十二个，带回家给孩子当下午点心，小家伙一口气吃了两个。下节课学酸奶慕斯，很期待。
""",
    ),
    dict(
        slug="writingapp-bisu-host-script-yogurt-cup-crafts",
        site="笔速写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bisuxiezuo.com/share/doc?id=7781204&from=wx",
        title="“酸奶杯变变变”亲子环保手工展主持词",
        record_title="“酸奶杯变变变”亲子环保手工展主持词（幼儿园大中小班通用）- 笔速写作",
        date=None,
        notes="writing-app H5 share: open-app mask, fold, AI buttons; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“酸奶杯变变变”亲子环保手工展主持词（幼儿园大中小班通用）- 笔速写作</title>
<script>var shareFrom="wx";</script></head>
<body>
<div class="bs-mask">⟦a 在笔速写作APP内打开，阅读体验更流畅⟧ <button>⟦a 去APP里看⟧</button></div>
<div class="bs-head">⟦m 笔速写作⟧ ⟦m 写材料，快人一步⟧</div>
<h1>{T}</h1>
<div class="bs-meta">⟦m 主持词 · 校园活动　｜　被使用 1.3万 次⟧</div>
<div class="bs-ai"><button>⟦a AI一键改写⟧</button> <button>⟦a AI续写结尾⟧</button> <button>⟦a 换个风格⟧</button></div>
<div class="bs-doc">
{BODY}
</div>
<div class="bs-fold">⟦a 展开全文需在APP内查看，剩余约120字⟧</div>
<div class="bs-like">⟦l 用过这篇的人还用了：六一亲子运动会主持词　｜　幼儿园毕业典礼串词⟧</div>
<div class="bs-foot">⟦d 本文由笔速写作用户创作，仅供参考使用。⟧</div>
</body></html>
""",
        body="""
（开场）
尊敬的各位家长、亲爱的小朋友们：
大家上午好！欢迎来到鸦桥镇中心幼儿园“酸奶杯变变变”亲子环保手工展。过去一个月，小朋友们和爸爸妈妈一起，把喝完的酸奶杯洗干净、攒起来，变成了小花盆、小灯笼、小火车。今天，这些作品都来到了展台上。
（展示环节）
下面有请小一班的小朋友，给大家介绍他们的作品“酸奶杯小火车”！请大家用掌声欢迎！
谢谢小一班的小朋友！接下来，请中二班的家长代表和我们分享，一家人是怎样把二十只酸奶杯变成一盏灯笼的。
（颁奖环节）
经过老师和家长评委的投票，本次手工展共评出“最佳创意奖”6个、“最佳合作奖”10个，请获奖家庭上台领奖。
（结束语）
一只小小的酸奶杯，只要动动脑筋，就能变成宝贝。希望小朋友们把今天学到的环保小本领带回家。本次手工展到此结束，谢谢大家！
""",
    ),
    dict(
        slug="writingapp-bisu-report-canteen-egg-separator",
        site="笔速写作 (invented writing app, text export)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.bisuxiezuo.com/share/doc?id=7790355&from=copy",
        title="学校食堂面点班班长2025年述职报告",
        record_title="学校食堂面点班班长2025年述职报告（后勤岗位·可套用）· 笔速",
        date="2025-12-29",
        notes="writing-app text export: an AI-polish button glued before a paragraph's first words, a use-count line, a "
        "member prompt; the 述职 date under the signature",
        page="""
!m 笔速写作 · 范文
!t 学校食堂面点班班长2025年述职报告（后勤岗位·可套用）· 笔速
!m 述职报告 · 后勤服务　｜　字数 412　｜　收藏 286
{BODY}
!a 开通笔速会员，解锁同类范文 3200 篇
!l 猜你需要：食堂管理员个人述职报告　｜　炊事班长年终总结
""",
        body="""
尊敬的各位领导、同事：
我是县第一中学食堂面点班班长甘小禾，现将一年来的工作情况报告如下。
一、抓好面点制作。全年为全校师生供应早餐面点26万余份，新增蛋白椰丝球、鸡蛋糕等品种8个。
⟦a ✎ AI润色本段⟧二、抓好食品安全。针对过去用蛋壳分蛋容易带入蛋壳碎屑的问题，我向学校申请购置了12个不锈钢蛋清分离器，制定了分蛋操作卡，全年未发生一起异物投诉。
三、抓好节约。推行“按需制作、当日清零”，面点剩余率由8%降到3%以下。
不足是新品研发还不够多。明年我将带领面点班继续提升品质，让师生吃得更满意。
述职人：甘小禾
2025年12月29日
""",
    ),
]
