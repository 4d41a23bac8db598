"""holdout241, part E: residents' sites, associations, company sites, training schools, writing apps, exam forums.

Invented text (places, people, sites, URLs, numbers); see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="community-zunqiao-garage-bumper-strips-grid-member",
        site="樽桥社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zunqiao-sq.cn/gonggao/2024/0812/219.html",
        title="关于樽桥小区地下车库立柱及墙角加装防撞条的通知",
        record_title="【邻里公告栏】关于樽桥小区地下车库立柱及墙角加装防撞条的通知-樽桥社区网",
        date="2024-08-12",
        notes=(
            "residents' site: a weather line, a grid member's box with a mobile, the property company's 24-hour duty "
            "line beside the community's own 咨询电话 in the body; 成文日期 under the committee's signature"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【邻里公告栏】关于樽桥小区地下车库立柱及墙角加装防撞条的通知-樽桥社区网</title></head>
<body>
<div class="sq-top">⟦m 今日钎湖　晴　27～35℃　空气质量 良⟧</div>
<div class="sq-logo">⟦m 樽桥社区网⟧ ⟦m 邻里守望 · 幸福樽桥⟧</div>
<div class="sq-nav">⟦m 社区概况 | 邻里公告栏 | 办事指南 | 网格服务 | 志愿者之家⟧</div>
<div class="sq-main">
<h2>⟦t 【邻里公告栏】关于樽桥小区地下车库立柱及墙角加装防撞条的通知⟧</h2>
<div class="sq-meta">⟦m 栏目：邻里公告栏　阅读 688⟧</div>
<div class="sq-text">
<h3>{T}</h3>
{BODY}
</div>
</div>
<div class="sq-side">
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　孔令霞　手机 139 0743 6612⟧</p></div>
<div class="wy">⟦m 物业24小时值班：0743-2301900⟧</div>
</div>
<div class="sq-foot">⟦m 樽桥社区居民委员会主办　技术支持：钎湖区智慧社区平台⟧</div>
<script src="/js/weather.js"></script>
</body></html>
""",
        body="""
各位居民：
根据居民议事会决议，社区将联合物业使用公共维修资金，为樽桥小区地下车库412根立柱和36处墙角加装防撞条。现将有关事项通知如下：
一、施工时间：8月19日至8月25日，每天8:30至18:00。
二、施工顺序：先B区，后A区。每区施工前一天在单元门口张贴告示，请相关车位的车主配合临时挪车。
三、费用情况：工程费用共计3.9万元，从公共维修资金中列支，明细已在各单元公告栏公示。
四、施工期间车库内有粉尘和噪声，请居民带好小孩，不要进入围挡区域。
居民如有意见建议，请拨打社区咨询电话：0743-2301826。
樽桥社区居民委员会
2024年8月12日
""",
    ),
    dict(
        slug="community-yuwan-lantern-rack-civil-viewing-pledge",
        site="盂湾社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://yuwan.sqfw.example.cn/notice/20250120-3.html",
        title="文明观灯、爱护灯笼架倡议书",
        record_title="【居民之声】文明观灯、爱护灯笼架倡议书（请转给家里的孩子）",
        date="2025-01-20",
        notes=(
            "residents' site as text: a bracketed prefix and an aside in the record title; 分享到楼栋群 is content; "
            "a community service phone at the bottom; 成文日期 under the committee's signature"
        ),
        page="""
!m 盂湾社区服务网
!m 首页 → 居民之声 → 倡议
!t 【居民之声】文明观灯、爱护灯笼架倡议书（请转给家里的孩子）
!m 发起：盂湾社区居委会　｜　已有 326 位居民点亮支持
!a ♡ 我也支持
{BODY}
!l 往期倡议：垃圾分类，从我家做起｜楼道不堆物，安全你我他
!m 社区服务电话：0743-2256780（工作日）　夜间应急：0743-2256799
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
春节将至，社区在盂湾广场和主干道两侧搭起了120组灯笼架，挂上了红灯笼。为了让大家过一个平安喜庆的春节，社区居委会向全体居民发出如下倡议：
一、文明观灯。不攀爬、不摇晃灯笼架，不在灯笼架上悬挂私人物品，不摘取灯笼。
二、看护好孩子。家长请看管好孩子，不要让孩子在灯笼架下追逐打闹，更不要让孩子钻到架子里面玩耍。
三、注意用电安全。灯笼架上有电线，雨雪天气请远离；发现电线破损、灯笼架倾斜，请及时告诉社区。
四、共同爱护。请把这份倡议分享到您所在的楼栋群，让更多邻居一起做文明观灯的践行者。
盂湾社区居民委员会
2025年1月20日
""",
    ),
    dict(
        slug="association-hongcheng-printing-calendar-contest-notice",
        site="纮城市印刷行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hcpia.org.cn/xhtz/2024/0920/147.html",
        title="关于举办2025年度挂历设计印刷评比活动的通知",
        record_title="协会通知 ◆ 关于举办2025年度挂历设计印刷评比活动的通知 ◆ 纮城市印刷行业协会",
        date="2024-09-20",
        notes=(
            "association site: a member-login row and a member hotline beside the notice's own contact; the "
            "association's name heads the page and signs the notice (head); a schedule table one row a paragraph"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>协会通知 ◆ 关于举办2025年度挂历设计印刷评比活动的通知 ◆ 纮城市印刷行业协会</title></head>
<body>
<div class="xh-login">⟦a 会员登录：账号 ＿＿ 密码 ＿＿ 〔进入会员中心〕⟧</div>
<div class="xh-head">⟦m 纮城市印刷行业协会⟧ ⟦m Hongcheng Printing Industry Association⟧</div>
<div class="xh-nav">⟦m 协会概况 · 协会通知 · 行业资讯 · 会员风采 · 入会指南⟧</div>
<div class="xh-pos">⟦m 首页 ＞ 协会通知⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 秘书处　2024-09-20　阅读 402⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-down">⟦l 附件下载：评比报名表.docx⟧</div>
<div class="xh-side"><h4>⟦l 行业资讯⟧</h4><p>⟦l 绿色印刷认证培训班开班⟧</p><p>⟦l 纸价走势月度简报⟧</p></div>
<script src="/js/member.js"></script>
<div class="xh-foot">⟦m 会员服务热线：0743-2278600⟧　⟦m 地址：纮城印刷产业园综合楼4楼　湘ICP备17021905号⟧</div>
</body></html>
""",
        body="""
各会员单位：
为提升我市挂历产品设计和印刷质量，协会定于今年10月至11月举办2025年度挂历设计印刷评比活动。现将有关事项通知如下：
一、参评对象：本市会员单位2025年度印制的挂历产品，每家单位限报3件。
二、评比安排：
环节　时间　地点
作品报送　10月8日至10月25日　协会秘书处
专家评审　11月5日至11月8日　纮城印刷产业园
结果公示　11月15日起　协会网站
三、评比内容：设计创意、印刷质量、装订工艺和环保用材四个方面。
四、请参评单位填写报名表，连同样品一式两份送协会秘书处。
联系人：罗秘书　电话：0743-2278614
纮城市印刷行业协会
2024年9月20日
""",
    ),
    dict(
        slug="association-hongcheng-safety-facilities-council-minutes-vote",
        site="纮城市安全防护设施行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.hcaqfh.org/hyjy/20240521/88.html",
        title="纮城市安全防护设施行业协会三届五次理事会会议纪要",
        date="2024-05-16",
        date_also=["2024-05-21"],
        notes=(
            "record title as is; 时间/地点/主持/出席/列席/记录 lines and a vote count in the body; the meeting's 时间 "
            "line gives the date, the page's 发布日期 also accepted"
        ),
        page="""
!m 纮城市安全防护设施行业协会
!m 首页 ＞ 协会工作 ＞ 会议纪要
{T}
!m 发布日期：2024-05-21　来源：秘书处　浏览：215
{BODY}
!a 打印本文　|　关闭窗口
!l 上一篇：关于开展会员单位安全生产自查的通知
!m 协会秘书处电话：0743-2365521　邮箱：hcaqfh@126.example.com
""",
        indent="\u3000\u3000",
        body="""
时间：2024年5月16日下午2:30
地点：协会会议室
主持：会长　包振华
出席：理事17人（应到19人）
列席：监事长　魏平
记录：秘书处　田小禾
会议审议并通过了以下事项：
一、审议通过《铁马隔离栏团体标准（征求意见稿）》，同意提交会员大会表决。表决结果：同意16票，反对0票，弃权1票。
二、同意吸收纮城安途交通设施有限公司等3家企业为会员单位。
三、决定于7月举办隔离栏、防撞设施安装技能培训班，由秘书处负责组织。
""",
    ),
    dict(
        slug="company-dungu-new-bumper-strip-line-cookie-glued-title",
        site="綖水县盾固橡塑制品有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dungu-rubber.com/news/company/20241108-63.html",
        title="盾固橡塑新一代高回弹防撞条正式下线",
        record_title="公司要闻 » 盾固橡塑新一代高回弹防撞条正式下线 | DUNGU 盾固橡塑",
        record_date="2024-11-08",
        date="2024-11-08",
        notes=(
            "company site: the record gives the date; a cookie notice, a service float with a 400 sales line; the "
            "title repeated and glued before the news lead; a product-ad line on a line of its own between paragraphs"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>公司要闻 » 盾固橡塑新一代高回弹防撞条正式下线 | DUNGU 盾固橡塑</title></head>
<body>
<header><div class="logo">⟦m DUNGU 盾固橡塑⟧</div><nav>⟦m 首页 产品中心 工程案例 公司要闻 联系我们⟧</nav><div class="lang">⟦a 中文 | EN⟧</div></header>
<section class="banner">⟦m 专注防撞护角十五年⟧</section>
<div class="pos">⟦m 首页 / 公司要闻⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 发布：品牌部　浏览：1160⟧</div>
{BODY}
</article>
<div class="float-kf">⟦w 在线客服⟧<br>⟦w 销售热线 400-688-3271⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善您的浏览体验，继续访问即视为同意⟧ <button>⟦a 我知道了⟧</button></div>
<aside>⟦l 推荐产品：U型护角 · 圆角防撞条 · 车库反光护墙板⟧</aside>
<footer>⟦m 綖水县盾固橡塑制品有限公司　地址：綖水县工业园纬三路18号⟧<br>⟦m 浙ICP备16031177号-1⟧</footer>
<script src="/js/cookie-consent.js"></script>
</body></html>
""",
        body="""
⟦t 盾固橡塑新一代高回弹防撞条正式下线⟧11月8日，綖水县盾固橡塑制品有限公司新一代高回弹防撞条在二号车间正式下线，首批8000米产品将发往纮城、錾阳等地的地下车库改造项目。
新产品采用发泡橡胶与聚氨酯复合结构，回弹率比上一代提高约30%，在零下20℃环境中仍能保持柔韧，适合北方冷库和室外停车场使用。
⟦l 了解更多：车库立柱防撞条系列产品 >⟧
公司技术部经理施磊介绍，研发团队历时一年，先后调整配方40余次，解决了低温下表面开裂和反光膜脱落的问题。
目前，公司年产各类防撞条120万米，产品覆盖车库、仓储、医院和幼儿园等场所。
""",
    ),
    dict(
        slug="company-minghao-aluminium-number-tags-recall",
        site="锨岭县铭号标牌制作有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.minghao-biaopai.com/gonggao/2024/0328.html",
        title="关于部分批次铝制号码牌边角毛刺问题的召回公告",
        record_title="【质量公告】关于部分批次铝制号码牌边角毛刺问题的召回公告 - 铭号标牌官网",
        date="2024-03-28",
        notes=(
            "company site as text: a recall line in the body beside the site's 400 order line; a batches table one row "
            "a paragraph with production dates (example dates, not the publish date); 成文日期 under the company's name"
        ),
        page="""
!m 铭号标牌｜赛事号码牌 · 储物柜号牌 · 停车号牌定制
!m 首页 > 新闻公告 > 质量公告
!t 【质量公告】关于部分批次铝制号码牌边角毛刺问题的召回公告 - 铭号标牌官网
!m 来源：品质部　点击：530
{BODY}
!m 订购热线：400-820-7716　QQ：2971006532
!a 在线下单　|　免费打样
!m 锨岭县铭号标牌制作有限公司 版权所有
""",
        indent="\u3000\u3000",
        body="""
尊敬的客户：
我公司近期在质量回访中发现，部分批次的铝制赛事号码牌冲压后边角存在毛刺，佩戴时可能划伤皮肤或衣物。为保障用户安全，我公司决定主动召回相关批次产品。
涉及批次如下：
批次号　生产日期　数量
MH2401-07　2024年1月9日　3200枚
MH2401-12　2024年1月16日　4500枚
MH2402-03　2024年2月21日　2800枚
请持有上述批次产品的客户停止使用，拨打召回专线0736-8852016登记，我公司将免费更换并承担往返运费。
给您带来的不便，我们深表歉意。
锨岭县铭号标牌制作有限公司
2024年3月28日
""",
    ),
    dict(
        slug="training-mieyifang-lantern-rack-weekend-class-brochure",
        site="篾艺坊非遗传习学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.mieyifang.cn/zhaosheng/2024/dlj-zhoumo.html",
        title="非遗竹编灯笼架制作周末班招生简章",
        record_title="篾艺坊学堂 · 招生季 ▷ 非遗竹编灯笼架制作周末班招生简章",
        date=None,
        notes=(
            "training school: a promo banner, a consult float, a franchise 400 line beside the school's own 报名电话; "
            "a course table one row a paragraph; 扫描海报上的二维码在线报名 is content; a brochure with no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>篾艺坊学堂 · 招生季 ▷ 非遗竹编灯笼架制作周末班招生简章</title></head>
<body>
<div class="promo">⟦a 老学员带新学员，双方各减80元⟧</div>
<header>⟦m 篾艺坊非遗传习学堂⟧ ⟦m 让老手艺走进新生活⟧ <nav>⟦m 课程 · 师资 · 作品 · 报名⟧</nav></header>
<main>
<h1>⟦t 篾艺坊学堂 · 招生季 ▷ 非遗竹编灯笼架制作周末班招生简章⟧</h1>
<div class="course">
<h2>{T}</h2>
{BODY}
</div>
<div class="cta">⟦a 立即报名，锁定名额⟧</div>
</main>
<div class="float">⟦w 课程顾问在线 · 点我咨询⟧</div>
<aside>⟦l 学员作品：竹编提篮 · 迷你灯笼架 · 竹丝扇⟧</aside>
<footer>⟦m 全国加盟热线：400-109-2266⟧　⟦m 篾艺坊文化传播（镢川）有限公司⟧</footer>
<script src="/js/zixun-float.js"></script>
</body></html>
""",
        body="""
竹编灯笼架是柟坪老街流传百年的手艺。为让更多人了解和传承这门技艺，篾艺坊非遗传习学堂开设竹编灯笼架制作周末班，由竹编艺人柯长林亲自授课。
一、课程安排
课次　内容　课时
第1课　认识楠竹、破竹与刮篾　3课时
第2课　榫卯结构与篾绳扎法　3课时
第3课　灯笼架主骨与斜撑制作　3课时
第4课　组装、校正与结业作品展示　3课时
二、招生对象：年满14周岁、对传统手工艺感兴趣的学员，每班限12人。
三、学费：每人680元，含全部材料费，结业作品可带走。
四、报名方式：扫描海报上的二维码在线报名，或拨打学堂报名电话：0745-3625517。
""",
    ),
    dict(
        slug="training-andun-guard-trainee-barrier-insight",
        site="安盾保安培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.andun-px.com/xueyuan/xinde/2024/117.html",
        title="参加大型活动安保员培训的心得体会",
        record_title="【学员来稿】参加大型活动安保员培训的心得体会 - 安盾保安培训",
        date=None,
        notes=(
            "training school as text: a sign-up prompt glued after a 。 and a trial-class line on a line of its own; "
            "a trainee's insight with no date; school hotline and address at the bottom"
        ),
        page="""
!m 安盾保安培训学校 · 持证上岗　安心就业
!m 首页 ＞ 学员天地 ＞ 学员来稿
!t 【学员来稿】参加大型活动安保员培训的心得体会 - 安盾保安培训
!m 投稿学员：第42期 周海
{BODY}
!a 下期开班倒计时 12 天　｜　在线预约名额
!m 招生办：0751-6630066　校址：錾阳县城东保安训练基地
""",
        indent="\u3000\u3000",
        body="""
上个月，我在安盾保安培训学校参加了为期十天的大型活动安保员培训。以前我以为安保就是站岗，这次培训让我知道，光是隔离栏怎么摆就有很多学问。
隔离栏实操课上，教官带我们在操场上模拟演唱会散场：隔离栏要摆成“S”形缓冲通道，拐弯处留出足够的宽度，连接扣必须扣牢，每隔十米安排一名安保员面向人群站位。⟦a 想学实操？点此预约下期名额⟧
⟦a 免费试听一节隔离栏实操课，名额有限⟧
教官反复强调，隔离栏是用来疏导人流的，不是用来堵人的。人群一旦拥挤，要先打开应急口，绝不能让人被挤压在隔离栏上。
这十天，我不仅拿到了结业证书，更重要的是明白了自己肩上的责任。今后上岗，我一定把每一段隔离栏守好。
""",
    ),
    dict(
        slug="app-bisu-calendar-purchase-summary-open-app-mask",
        site="笔速写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.bisuxiezuo.com/share/art?id=77a91c02&from=wx",
        title="2025年度挂历台历集中采购和发放工作总结",
        record_title="2025年度挂历台历集中采购和发放工作总结（一键改写版）｜笔速写作",
        date="2025-01-06",
        notes=(
            "writing app H5 share: an open-app mask, an AI-rewrite button glued after a 。, an 'expand the rest' fold "
            "on a line of its own between paragraphs; 成文日期 under the office's signature"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>2025年度挂历台历集中采购和发放工作总结（一键改写版）｜笔速写作</title></head>
<body>
<div class="mask">⟦a 打开笔速写作APP，查看完整范文⟧ <button>⟦a 打开⟧</button></div>
<div class="app-bar">⟦m 笔速写作 · 10秒出初稿⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="tags">⟦m 分类：工作总结　｜　使用 3,208 次⟧</div>
{BODY}
</div>
<div class="btm">⟦a AI一键改写⟧　⟦a 复制全文⟧　⟦a 导出到微信⟧</div>
<div class="rec">⟦l 相似范文：办公用品采购管理工作总结　公务接待工作总结⟧</div>
<script src="https://h5.bisuxiezuo.com/js/openapp.js"></script>
</body></html>
""",
        body="""
为贯彻厉行节约要求，今年局办公室对2025年度挂历、台历实行统一采购、按需发放，现将工作情况总结如下。
一、压减数量。年初摸底各科室实际需求，挂历由去年的260本压减到90本，台历由410本压减到180本，采购金额下降58%。
二、规范采购。通过政府采购平台比价采购，挂历内容以本地风光和政策宣传为主，不印制领导照片和题词。⟦a ✦ 让AI帮你润色这一段⟧
⟦a 展开剩余 40% 内容 ⌄⟧
三、按需发放。各科室按实际办公场所数量领取，领取时签字登记；多余的挂历统一送到栀园社区，供老年活动中心使用。
四、存在不足。个别科室申报数量偏多，发放时间比计划晚了一周。
下一步，我们将把挂历台历纳入办公用品年度预算，继续从严控制。
锨岭县机关事务服务中心办公室
2025年1月6日
""",
    ),
    dict(
        slug="app-gaolaila-sports-meet-opening-speech-oneline",
        site="稿来啦 (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.gaolaila.cn/fw/jianghua/302118",
        title="在全镇中小学生趣味运动会开幕式上的致辞",
        record_title="在全镇中小学生趣味运动会开幕式上的致辞（领导致辞稿）· 稿来啦",
        date="2024-10-18",
        notes=(
            "writing app text: the speech on one line; speaker and date lines under the title (neutral), the date "
            "under the title gives the date; an app share/open prompt and a member prompt at the bottom"
        ),
        page="""
!m 稿来啦 · 公文写作APP
!t 在全镇中小学生趣味运动会开幕式上的致辞（领导致辞稿）· 稿来啦
{T}
镇党委副书记　黎红
（2024年10月18日）
{BODY}
!a 本篇已被收藏 417 次　｜　APP内打开可一键换成你的单位名称
!a 开通稿来啦会员，万篇范文随心改
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
老师们、同学们：
秋高气爽，丹桂飘香。今天，我们在这里隆重举行菅塘镇第三届中小学生趣味运动会。我代表镇党委、镇政府，向精心筹备的老师们表示感谢，向参赛的同学们表示祝贺！
这次运动会共有全镇9所学校的860名同学参加。大家胸前的号码牌，不仅是参赛的编号，更代表着你们所在的学校和班级。希望同学们赛出水平、赛出风格，胜不骄、败不馁。
希望裁判员公平公正、严格执裁；希望工作人员坚守岗位、热情服务，确保运动会安全有序。
最后，预祝本届趣味运动会圆满成功！
""",
    ),
    dict(
        slug="exam-forum-shangan-scenic-barrier-pushed-interview",
        site="上岸驿站 (invented exam forum)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-55190-1-1.html",
        title="景区高峰期游客推倒隔离栏，你怎么处理？",
        record_title="【情景题·景区】景区高峰期游客推倒隔离栏，你怎么处理？（我的答案，大家帮忙看看）- 面试交流 - 上岸驿站",
        date=None,
        notes=(
            "exam forum: a reply-to-see prompt, a QQ-group ad, a rating row; a scenario question as the thread "
            "subject with a board prefix, an aside and board/site suffixes; 4 天前 is no date"
        ),
        page="""
<html><head><meta charset="utf-8"><title>【情景题·景区】景区高峰期游客推倒隔离栏，你怎么处理？（我的答案，大家帮忙看看）- 面试交流 - 上岸驿站</title></head>
<body>
<div class="hd">⟦m 上岸驿站 · 公考人的加油站⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="pt">⟦m 上岸驿站 › 面试交流 › 情景应急⟧</div>
<div class="post">
<h1>⟦t 【情景题·景区】景区高峰期游客推倒隔离栏，你怎么处理？（我的答案，大家帮忙看看）⟧</h1>
<div class="author">⟦m 楼主：备考第二年的阿舟　发表于 4 天前⟧</div>
<div class="content">
{BODY}
</div>
<div class="hide">⟦a 本帖含隐藏内容：回复后可见考官评分细则⟧</div>
<div class="rate">⟦a 评分：驿站豆 +5　｜　参与 9 人⟧</div>
</div>
<div class="ad">⟦w 面试互助群：QQ群 730026118，进群请备注“驿站”⟧</div>
<div class="reply">⟦l 2# 小岛上岸了：第二点可以加一句“安抚情绪”⟧</div>
<div class="side">⟦l 版块导航：笔试交流 · 面试交流 · 上岸经验⟧</div>
<div class="ft">⟦m 上岸驿站 Powered by Discuz! X3.4⟧</div>
<script src="data/cache/forum.js"></script>
</body></html>
""",
        body="""
这道题考查应急应变能力。我的作答思路如下：
第一，稳住现场。我会立即用对讲机报告景区指挥中心，请求增派人手，同时用扩音设备提醒游客停止推挤、原地站稳，防止发生踩踏。
第二，救助伤员。查看是否有游客受伤，轻伤的就地处理，重伤的立即拨打120，并安排专人护送。
第三，恢复秩序。组织工作人员迅速扶起隔离栏，重新连接固定，临时采取分批放行的办法，减少通道内的人流密度。
第四，总结改进。事后分析隔离栏被推倒的原因，建议景区实行分时预约、限流入园，在拐角处加装固定式隔离栏。
以上是我的作答，请各位研友批评指正。
""",
    ),
    dict(
        slug="exam-forum-gongkao-bitan-calendar-essay-junk",
        site="公考笔谈论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.gkbitan.com/forum/t-118820.html",
        title="一本挂历里的时间观",
        record_title="[申论·大作文] 一本挂历里的时间观（新手第一篇，多提意见）- 申论写作 - 公考笔谈论坛",
        date=None,
        notes=(
            "exam forum as text: junk lines and junk glued after 。; a board prefix, an aside and board/site suffixes "
            "in the record title; 6 小时前 is no date; floor replies"
        ),
        page="""
!m 公考笔谈论坛 » 申论写作 » 大作文互评
!t [申论·大作文] 一本挂历里的时间观（新手第一篇，多提意见）
!m 楼主 青灯备考　｜　发表于 6 小时前　｜　阅读 388　回复 17
{BODY}
!l 沙发　批改君老何：立意不错，第三段论证可以再充实
!l 板凳　岸边的石头：开头很有画面感，收藏了
!a 回帖请遵守版规　｜　登录后回复
!m 公考笔谈论坛　蜀ICP备21007716号
""",
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=2),
        body="""
小时候，家里每年都会挂一本挂历。奶奶每过一天就用铅笔划掉一格，到了月底，郑重其事地撕下一页。那时我觉得，日子是一格一格过出来的。
如今，挂历渐渐从墙上消失了，手机上的日历可以提醒会议、记录待办，却很少有人再去认真“撕”下一个月。时间变得越来越快，也越来越轻。
对基层干部而言，守住“一格一格”的时间观尤为重要。群众的事没有小事，今天能办的不拖到明天，这个月承诺的不推到下个月。每一项工作都像挂历上的一格，实打实地划掉，才算真正落了地。
时间不会因为我们看不见就停下脚步。把每一天过扎实，把每一件事办到位，这是一本挂历留给我们的启示。
""",
    ),
]
