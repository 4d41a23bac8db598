"""holdout195, part E: residents' sites, associations, company sites, training schools, writing apps.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-weitian-fan-painting-evening-grid-box",
        site="苇田社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.weitiansq.cn/tzgg/2025/0715/318.html",
        title="关于举办“清凉一夏·蒲扇作画”纳凉晚会的通知",
        record_title="【社区活动】关于举办“清凉一夏·蒲扇作画”纳凉晚会的通知 - 苇田社区网",
        date="2025-07-15",
        notes="residents' site with weather and a grid-worker box; the community's own phone beside the property hotline; a sentence about scanning a code to sign up as content; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【社区活动】关于举办“清凉一夏·蒲扇作画”纳凉晚会的通知 - 苇田社区网</title></head>
<body>
<div class="top">⟦m 竽田街道苇田社区　今日 晴 27~35℃⟧</div>
<div class="nav">⟦m 社区首页 | 通知公告 | 党建引领 | 便民服务 | 志愿服务 | 居民议事⟧</div>
<div class="pos">⟦m 当前位置：社区首页 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布：社区居委会　浏览 412⟧</div>
<div class="cont">
{BODY}
</div>
<div class="grid">⟦m 我的网格员：第三网格 苏小满　13807452218⟧</div>
<div class="wy">⟦m 物业24小时报修：0745-8102666⟧</div>
<div class="share">⟦l 转发到邻里群　｜　收藏⟧</div>
<div class="ft">⟦m 苇田社区居民委员会　地址：竽田街道苇田路66号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为丰富居民夏季文化生活，社区定于7月19日（星期六）19:30在社区文化广场举办“清凉一夏·蒲扇作画”纳凉晚会，现将有关事项通知如下：
一、活动内容：文艺节目表演；蒲扇作画体验，社区免费提供空白蒲扇和颜料，由书画协会老师现场指导；纳凉茶饮。
二、报名方式：作画体验限60人，请扫描社区公告栏上的二维码报名，或到社区服务站登记，额满为止。
三、注意事项：请自备小板凳，老人和儿童须有家人陪同；遇雨活动顺延。
社区咨询电话：0745-8102317
苇田社区居民委员会
2025年7月15日
""",
    ),
    dict(
        slug="community-jinxiu-corridor-charging-warning",
        site="锦绣社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jinxiusq.net/notice/2025-1120.html",
        title="关于禁止在楼道内为电瓶和充电宝充电的温馨提示",
        date="2025-11-20",
        notes="record title as is; numbered items; the community duty phone beside the property line; a follow prompt between paragraphs; 成文日期",
        page="""
!m 锦绣社区服务网　｜　罱川县罱河镇锦绣社区
!m 首页 > 安全提示
{T}
!m 发布人：网格办　　阅读 588　　更新于 昨天
{BODY}
!l 上一条：锦绣社区冬季消防演练通知
!m 物业客服：0739-5581000　　社区值班电话：0739-5582119
!m 锦绣社区居民委员会主办
""",
        indent="\u3000\u3000",
        body="""
各位居民：
近期，外地多次发生楼道内充电引发的火灾。为保障大家的生命财产安全，社区提醒：
1．严禁在楼道、楼梯间、安全出口处为电动自行车电瓶充电，严禁私拉电线“飞线”充电。
⟦a 关注“锦绣社区”公众号，第一时间获取安全提醒⟧
2．不要把充电宝放在楼道的鞋柜、纸箱上充电，也不要给充电宝整夜充电。
3．发现鼓包、发烫的充电宝，请及时停止使用，交到社区服务站的废旧电池回收箱。
4．发现楼道内违规充电，请拨打社区值班电话0739-5582119。
锦绣社区居民委员会
2025年11月20日
""",
    ),
    dict(
        slug="association-chaoyuan-fan-makers-council-minutes",
        site="耖原县制扇行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.cyzhishan.org.cn/xhdt/2025/0412/92.html",
        title="耖原县制扇行业协会第三届理事会第二次会议纪要",
        record_title="协会动态丨耖原县制扇行业协会第三届理事会第二次会议纪要",
        record_date="2025-04-12",
        date="2025-04-12",
        notes="association page with a member-login row; record date; the minutes' 时间/地点/主持/出席/记录 lines; vote count; the association's own phone beside its member hotline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>协会动态丨耖原县制扇行业协会第三届理事会第二次会议纪要</title></head>
<body>
<div class="login">⟦a 会员登录　会员号：＿＿＿　密码：＿＿＿　［登录］［申请入会］⟧</div>
<div class="logo">⟦m 耖原县制扇行业协会　CHAOYUAN FAN MAKERS ASSOCIATION⟧</div>
<div class="nav">⟦m 首页　协会简介　协会动态　会员风采　扇艺传承　联系我们⟧</div>
<div class="pos">⟦m 首页 &gt;&gt; 协会动态⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-04-12　来源：协会秘书处⟧</div>
<div class="con">
{BODY}
</div>
<div class="hot">⟦m 会员服务热线：0744-3326600⟧</div>
<div class="rel">⟦l 上一篇：协会组织会员参加省工艺美术博览会⟧</div>
<div class="ft">⟦m 耖原县制扇行业协会 版权所有　湘ICP备19027735号⟧</div>
</body></html>
""",
        body="""
时间：2025年4月12日上午9:00
地点：协会会议室
主持：会长 丁守田
出席：理事13人（应到15人）
记录：秘书处 余晓禾
会议审议通过以下事项：
一、通过《耖原蒲扇团体标准》起草工作方案，由秘书处牵头，组织5家骨干企业于9月底前完成征求意见稿。
二、通过吸收竽田镇老作坊等6家单位为新会员。
三、决定7月举办第二届“耖原扇艺节”，会员单位免费参展。
表决情况：出席理事13人，同意13票，反对0票，弃权0票。
秘书处联系电话：0744-3326608
""",
    ),
    dict(
        slug="association-sleep-goods-eye-mask-pledge",
        site="醪口市睡眠用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.lkshuimian.org/news/2025/0915.html",
        title="眼罩产品质量自律倡议书",
        record_title="【行业自律】眼罩产品质量自律倡议书_醪口市睡眠用品行业协会",
        date="2025-09-15",
        notes="association text: a pledge with a numbered list; member-login prompt; 成文日期 under the signature",
        page="""
!m 醪口市睡眠用品行业协会
!m 首页 | 协会新闻 | 行业自律 | 会员名录 | 会员登录
!t 【行业自律】眼罩产品质量自律倡议书_醪口市睡眠用品行业协会
!m 来源：协会秘书处　　点击：391
{BODY}
!a 会员单位请登录后在线签署承诺书
!l 相关文章：协会召开2025年质量工作座谈会
!m 醪口市睡眠用品行业协会　电话：0745-8235517
""",
        indent="\u3000\u3000",
        body="""
全市眼罩生产经营企业：
近期，市场监管部门抽查发现部分眼罩产品甲醛含量超标、色牢度不合格，影响了消费者健康和行业声誉。为此，协会向全体会员单位发出如下倡议：
一、严把原料关。面料、填充物和松紧带从正规渠道采购，索证索票，不使用来历不明的回收料。
二、严守标准关。按照国家标准组织生产，每批产品出厂前检测甲醛含量和pH值，不合格产品一律不出厂。
三、诚信标注。如实标注材质、规格、生产企业和执行标准，不夸大“助眠”“护眼”功效。
醪口市睡眠用品行业协会
2025年9月15日
""",
    ),
    dict(
        slug="company-yuncai-silk-eye-mask-launch-cookie",
        site="云彩丝绸官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuncaisilk.com/news/2025/1014/77.html",
        title="云彩丝绸新款桑蚕丝遮光眼罩通过第三方检测",
        record_title="公司新闻 | 云彩丝绸新款桑蚕丝遮光眼罩通过第三方检测 - 云彩丝绸",
        date="2025-10-14",
        notes="company site with a cookie notice and an online-service float; a dotted company date; the company's own 400 line in the body beside the float's sales line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公司新闻 | 云彩丝绸新款桑蚕丝遮光眼罩通过第三方检测 - 云彩丝绸</title></head>
<body>
<div class="cookie">⟦d 本网站使用 Cookie 以改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 醪口云彩丝绸有限公司⟧ <nav>⟦m 首页　关于云彩　产品中心　新闻动态　招商加盟　联系我们⟧</nav></header>
<div class="pos">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2025.10.14　浏览 263⟧</p>
<article>
{BODY}
</article>
<div class="pn">⟦l 上一篇：云彩丝绸亮相秋季纺织品交易会⟧ ⟦l 下一篇：公司开展消防安全培训⟧</div>
<div class="kefu">⟦a 在线客服⟧ ⟦m 招商热线 400-873-2260⟧ ⟦a 微信咨询⟧</div>
<footer>⟦m Copyright © 2025 醪口云彩丝绸有限公司　湘ICP备20044321号-1⟧</footer>
</body></html>
""",
        body="""
近日，公司新推出的桑蚕丝遮光眼罩通过第三方检测机构检测，甲醛含量、pH值、色牢度等各项指标均符合国家标准要求，遮光率达到99%以上。
这款眼罩面料选用22姆米桑蚕丝，内衬为纯棉，松紧带可调节，适合长途出行和日常午休使用。研发团队历时半年，先后调整版型十余次，解决了眼罩压迫眼球、侧睡易滑落等问题。
目前，该产品已在公司直营门店和电商平台上架。消费者如对产品有疑问，可拨打客服电话400-873-2211咨询。
""",
    ),
    dict(
        slug="company-nuotu-power-bank-recall-batches",
        site="诺途科技官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.nuotutech.cn/about/notice/2025-0822.html",
        title="关于召回部分批次快充移动电源的公告",
        date="2025-08-22",
        notes="record title as is; batches table one row a paragraph; the recall line beside a 400 sales line; 成文日期",
        page="""
!m 瓞川市诺途科技有限公司　　销售热线：400-618-3390
!m 首页 › 关于诺途 › 公司公告
{T}
!m 发布日期：2025-08-22　　浏览次数：2760
!a 分享　｜　打印　｜　返回列表
{BODY}
!l 上一条：诺途科技通过ISO9001质量体系复审
!d 本网站所有产品图片及文字版权归诺途科技所有，未经许可不得转载。
!m 瓞川市诺途科技有限公司　粤ICP备21033017号
""",
        body="""
尊敬的用户：
经我公司自查，部分批次快充移动电源存在过充保护电路元件缺陷，极端情况下可能导致电池过热，存在安全隐患。公司决定主动召回以下批次产品：
产品型号　生产批次　生产日期
NT-Q20　Q2504A　2025年4月
NT-Q20　Q2505B　2025年5月
请持有上述批次产品的用户立即停止使用，并拨打召回专线0746-5361120登记，公司将免费为您更换新品或全额退款。
给您带来的不便，我们深表歉意。
瓞川市诺途科技有限公司
2025年8月22日
""",
    ),
    dict(
        slug="training-qiyuan-etiquette-course-name-plates",
        site="启元职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiyuanpx.com/kecheng/huiwu/2025.html",
        title="会务礼仪与商务接待实务培训班招生简章",
        record_title="会务礼仪与商务接待实务培训班招生简章（周六班）- 启元职业培训学校",
        date=None,
        notes="training school page with a promo banner and a consult float; a course table one row a paragraph; the school's 报名电话 beside a 400 line; no date (brochure)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>会务礼仪与商务接待实务培训班招生简章（周六班）- 启元职业培训学校</title></head>
<body>
<div class="banner">⟦a 报名立减200元，前20名赠送礼仪手册！⟧</div>
<div class="hd">⟦m 启元职业培训学校 · 人社部门备案⟧ ⟦m 全国咨询：400-106-8820⟧</div>
<div class="nav">⟦m 首页 | 课程中心 | 师资团队 | 学员风采 | 报名咨询⟧</div>
<div class="pos">⟦m 课程中心 &gt; 职场技能 &gt; 会务礼仪⟧</div>
<h1>{T}</h1>
<div class="cont">
{BODY}
</div>
<div class="float">⟦w 在线咨询：课程顾问小启，微信 qiyuan_px01⟧ ⟦a 立即预约试听⟧</div>
<div class="rel">⟦l 推荐课程：公文写作提升班 ｜ 办公软件速成班⟧</div>
<div class="ft">⟦m 启元职业培训学校　地址：釉城市新华路218号三楼⟧ ⟦m 湘ICP备22011803号⟧</div>
</body></html>
""",
        body="""
本课程面向机关、企事业单位办公室人员和会务工作者，采用讲授与实操相结合的方式，帮助学员掌握会务组织和商务接待的基本规范。
课程安排
课次　内容　课时
第一课　会议筹备与会务流程　3
第二课　座次安排与桌牌摆放　3
第三课　商务接待与宴请礼仪　3
第四课　综合实操考核　3
学费：1280元（含教材、实操耗材），结业合格者颁发培训合格证书。
报名电话：0746-5527316（余老师）
""",
    ),
    dict(
        slug="training-yanzhou-fan-painting-summer-class",
        site="砚舟书画培训 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.yanzhou-art.cn/zs/2025shuqi.html",
        title="扇面书画暑期班招生简章",
        record_title="【暑期招生】扇面书画暑期班招生简章（限额30人）",
        date=None,
        notes="training text: a fee table one row a paragraph; 报名电话 beside a 400 line; a trial-lesson prompt between paragraphs; no date (brochure)",
        page="""
!m 砚舟书画培训中心　　全国统一咨询：400-900-5127
!m 首页 › 招生信息
!t 【暑期招生】扇面书画暑期班招生简章（限额30人）
!m 发布：教务处　　阅读 702
{BODY}
!a 在线报名　　预约试听　　领取优惠券
!w 课程顾问微信：yanzhou_kf2025（加好友请备注扇面班）
!l 往期学员作品展 ｜ 硬笔书法暑期班 ｜ 国画入门周末班
!m 砚舟书画培训中心　地址：耖原县文昌路9号
""",
        indent="\u3000\u3000",
        body="""
折扇、团扇上的书画小品，是中国传统书画中别具一格的形式。今年暑期，本中心开设扇面书画班，由县书法家协会会员授课。
招生对象：8至16岁青少年，零基础可报。
⟦a 免费试听一节课，点击预约 ＞＞⟧
班次　上课时间　学费
上午班　7月7日至8月1日　每周二、四　1200元
下午班　7月8日至8月2日　每周三、五　1200元
学费含宣纸扇面、团扇和颜料，结课时每位学员可带走自己完成的三件扇面作品。
报名电话：0744-3318026（闻老师）
""",
    ),
    dict(
        slug="app-bijian-pledge-donate-mosquito-nets-h5",
        site="笔尖范文App分享页 (invented H5)",
        style="范文APP",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://h5.bijianfw.com/share/doc?id=7781203&from=wx",
        title="捐一顶蚊帐，护一夏安眠——致全县爱心企业和人士的倡议书",
        record_title="捐一顶蚊帐，护一夏安眠——致全县爱心企业和人士的倡议书（精编）· 笔尖范文",
        date="2025-06-18",
        notes="writing app's H5 share: open-app mask, AI rewrite button glued after a sentence, copy prompt; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>捐一顶蚊帐，护一夏安眠——致全县爱心企业和人士的倡议书（精编）· 笔尖范文</title>
<script src="https://h5.bijianfw.com/static/share.js"></script></head>
<body>
<div class="mask">⟦a 打开笔尖范文App，查看全文并免费复制⟧ <a>⟦a 立即打开⟧</a></div>
<div class="app-hd">⟦m 笔尖范文 · 写材料的AI助手⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 倡议书 · 1.2万人看过 · 收录于「公益慈善」⟧</div>
<div class="doc">
{BODY}
</div>
<div class="bar">⟦a 一键复制全文（需登录）⟧ ⟦a 导出Word⟧ ⟦a 发给微信好友⟧</div>
<div class="kf">⟦w 需要定制倡议书？人工写手一对一，微信 bijian_kefu⟧</div>
<div class="rec">⟦l 你可能还需要：爱心捐赠倡议书（10篇）｜ 慈善一日捐倡议书⟧</div>
</body></html>
""",
        body="""
全县爱心企业和社会各界爱心人士：
夏季是蚊媒传染病高发季节。我县还有不少独居老人、困难家庭用的是破旧蚊帐，有的甚至没有蚊帐。一顶蚊帐虽小，却能护住一家人的安眠。⟦a ✨AI帮我改写这段⟧
为此，罾溪县慈善总会发起“捐一顶蚊帐，护一夏安眠”爱心募捐活动，倡议大家伸出援手：
一、捐款。每捐赠30元，即可为一户困难群众送去一顶合格蚊帐。
二、捐物。欢迎企业捐赠全新蚊帐，由慈善总会统一验收发放。
三、当志愿者。欢迎报名参加入户送蚊帐、挂蚊帐志愿服务。
捐赠账户：罾溪县慈善总会，开户行：罾溪县农村商业银行城关支行。
罾溪县慈善总会
2025年6月18日
""",
    ),
    dict(
        slug="app-xiezuobao-night-nurse-eye-mask-oneline",
        site="写作宝App (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.xiezuobao.cn/s/insight/552019",
        title="一只眼罩里的夜班——护理工作心得体会",
        record_title="一只眼罩里的夜班——护理工作心得体会（精选）｜写作宝App",
        date=None,
        notes="writing app text with the whole body on one line; open-app prompt; AI continue-writing button; no date",
        page="""
!a 打开写作宝App，阅读体验更佳　　［打开］
!m 写作宝 · 心得体会频道
!t 一只眼罩里的夜班——护理工作心得体会（精选）｜写作宝App
!m 1,806 人收藏　　字数 312
{BODY}
!a ✎ AI续写　　⧉ 复制全文　　⇪ 导出
!l 相似范文：护士年度工作心得 ｜ 夜班护士的一天 ｜ 护理实习心得体会
""",
        oneline=True,
        body="""
到病区工作的第三年，我开始上夜班。第一个月最难熬的，不是凌晨的巡视，而是白天补觉时怎么也睡不着。
护士长送给我一只眼罩，说：“夜班护士要学会照顾好自己，才能照顾好病人。”从那以后，我下班回家戴上眼罩、拉上窗帘，慢慢调整好了作息。
后来我发现，病房里不少患者也因为灯光睡不好。我和同事们商量，夜间巡视时只开床头小灯，还给需要的患者送上眼罩。
一只眼罩让我明白，护理工作没有大事小事之分，把病人的每一点不适放在心上，就是我们的本分。
""",
    ),
]
