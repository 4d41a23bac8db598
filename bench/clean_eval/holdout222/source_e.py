"""holdout222, part E: residents' sites, associations, company sites, training schools, writing apps, exam forums.

Invented text written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-yinyuan-free-seat-check",
        site="峧桥街道洇园社区 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yinyuansq.cn/tzgg/2025/0526/117.html",
        title="关于开展儿童安全座椅免费检测活动的通知",
        record_title="【便民服务】关于开展儿童安全座椅免费检测活动的通知_峧桥街道洇园社区",
        date="2025-05-26",
        notes="residents' site: a weather line, a grid member's box with a mobile, a property duty line beside "
        "the community's own 咨询电话; a sentence about scanning to book; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【便民服务】关于开展儿童安全座椅免费检测活动的通知_峧桥街道洇园社区</title>
</head><body>
<div class="top">⟦m 峧桥街道洇园社区⟧ <span>⟦m 洇园天气：晴转多云 19～28℃⟧</span></div>
<div class="nav">⟦m 社区首页⟧ ⟦m 社区公告⟧ ⟦m 党建园地⟧ ⟦m 便民服务⟧ ⟦m 邻里风采⟧</div>
<div class="pos">⟦m 当前位置：社区首页 / 社区公告⟧</div>
<div class="art"><h2>{T}</h2>
<div class="info">⟦m 发布人：洇园社区居委会　浏览：506⟧</div>
{BODY}
</div>
<div class="grid-box"><h4>⟦l 我的网格员⟧</h4><p>⟦l 第三网格　韦秋菊　139 7746 0218⟧</p></div>
<div class="wy">⟦m 物业24小时值班电话：0774-2258190⟧</div>
<div class="foot">⟦m 峧桥街道洇园社区居民委员会　地址：洇园路16号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为帮助家长正确安装和使用儿童安全座椅，社区联合区交警大队、崚州市妇女联合会，将于6月1日（星期日）上午9:00—12:00在社区广场开展儿童安全座椅免费检测活动。
活动内容：一是免费检查座椅安装是否牢固、接口是否卡紧；二是现场演示提篮、安全座椅和增高垫的正确用法；三是为困难家庭登记申领公益座椅。
参加检测的居民请开车带座椅到场，也可扫描社区公告栏上的二维码提前预约时段，减少排队等候。
咨询电话：0774-2256013（社区服务站）
洇园社区居民委员会
2025年5月26日
""",
    ),
    dict(
        slug="community-gantang-rooftop-grill-pledge",
        site="淦塘社区居委会网站 (invented, text copy)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gantang.sqfw.cn/gg/2025/0618/52.html",
        title="关于不在楼顶和公共绿地使用烧烤架的倡议书",
        record_title="【文明楼栋】关于不在楼顶和公共绿地使用烧烤架的倡议书（请转发楼栋群）- 淦塘社区",
        date="2025-06-16",
        date_also=["2025-06-18"],
        notes="residents' site text copy: a sentence asking residents to share the pledge; the community's own "
        "phone beside a property repair line; 成文日期 under the signature, the page date differs",
        page="""
!m 淦塘社区居委会　｜　邻里一家亲
!m 首页 > 通知公告 > 倡议书
{T}
!m 发布：2025-06-18　　阅读 389
{BODY}
!m 物业报修：0774-2267755（8:00—20:00）
!l 下一篇：淦塘社区夏季防溺水温馨提示
!m 淦塘社区居民委员会 主办
""",
        indent="\u3000\u3000",
        body="""
全体居民朋友们：
夏天到了，有的居民在楼顶天台、小区草坪上支起烧烤架聚会。炭火烟气熏到楼上住户，烧烤后的炭灰、油渍也弄脏了公共区域，楼顶堆放杂物多，还存在火灾隐患。为此，社区居委会向大家倡议：
一、不在楼顶天台、楼道、公共绿地等区域使用烧烤架、炭炉。
二、想烧烤的居民，可到淦塘河边的市民公园烧烤区，那里配有灭火器和垃圾桶。
三、发现有人在楼顶用火，请及时劝阻或告知社区。
欢迎大家把这份倡议转发到楼栋群，让更多邻居看到；也可关注“淦塘社区”公众号，查看市民公园烧烤区的开放时间。
社区联系电话：0774-2261025
淦塘社区居民委员会
2025年6月16日
""",
    ),
    dict(
        slug="association-lingzhou-outdoor-council-minutes",
        site="崚州市户外用品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.lzhwxh.org.cn/xhdt/2025/0418/93.html",
        title="崚州市户外用品行业协会第二届理事会第四次会议纪要",
        record_title="会员动态 ⇾ 第二届理事会第四次会议纪要（登山杖团体标准立项）- 崚州市户外用品行业协会",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="association site: a member-login row and a member hotline; the 时间/地点/主持/出席/列席/记录 lines "
        "and a vote count; the meeting's 时间 line is the date, the site's date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>会员动态 ⇾ 第二届理事会第四次会议纪要（登山杖团体标准立项）- 崚州市户外用品行业协会</title>
</head><body>
<div class="login">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦m 会员服务热线：0774-2877301⟧</div>
<div class="logo">⟦m 崚州市户外用品行业协会⟧</div>
<div class="nav">⟦m 协会简介⟧ ⟦m 协会动态⟧ ⟦m 团体标准⟧ ⟦m 会员名录⟧ ⟦m 联系协会⟧</div>
<div class="crumb">⟦m 首页 › 协会动态 › 会员动态⟧</div>
<div class="a"><h1>{T}</h1>
<div class="m">⟦m 发布日期：2025-04-18　供稿：秘书处⟧</div>
{BODY}
</div>
<div class="pn">⟦l 上一篇：协会组织会员企业参加华南户外用品博览会⟧</div>
<div class="f">⟦m 崚州市户外用品行业协会秘书处　版权所有⟧</div>
</body></html>
""",
        body="""
时间：2025年4月16日上午
地点：协会秘书处会议室
主持：会长 董存山
出席：理事单位代表21人
列席：监事2人，秘书处工作人员3人
记录：葛晓芸
会议审议了《登山杖》团体标准立项申请。秘书长介绍，近两年会员企业生产的登山杖质量参差不齐，部分产品锁扣承重不足、杖尖易脱落，消费者投诉较多，有必要制定高于国家推荐性标准的团体标准。
经表决，应到理事21人，实到21人，同意20人，弃权1人，会议通过《登山杖》团体标准立项。
会议决定，由嵝峰户外装备有限公司牵头，会同5家会员企业组成起草组，于9月底前完成征求意见稿。
""",
    ),
    dict(
        slug="association-huishan-shoe-labelling-pledge",
        site="洄山县制鞋行业协会 (invented, text copy)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.hsxzxh.org/tzgg/2025/0315/21.html",
        title="关于跑步鞋产品诚信标注的倡议书",
        date="2025-03-15",
        notes="record gives the title as is; association text copy with a member-login line and a member hotline; "
        "the association's name is also the signature; 成文日期 under the signature",
        page="""
!m 洄山县制鞋行业协会
!a 会员单位入口　|　我要入会
!m 协会首页 ＞ 通知通告
{T}
!m 2025-03-15　秘书处
{BODY}
!m 协会会员服务电话：0731-5562018
!m 洄山县制鞋行业协会 版权所有　湘ICP备18005520号
""",
        indent="\u3000\u3000",
        body="""
全县各制鞋企业：
近来，市场上部分跑步鞋在宣传中随意使用“全掌碳板”“超临界发泡”“回弹率80%”等说法，有的产品实际用料与标注不符，损害了消费者权益，也影响了洄山鞋业的整体声誉。为此，协会向全县制鞋企业倡议：
一、如实标注。鞋底材料、中底技术、适用人群等信息要与实际相符，不夸大、不虚标。
二、有据可查。宣传中使用的性能数据，应有检测报告支撑，并妥善保存备查。
三、互相监督。发现同行虚假标注的，可向协会反映，协会将组织核实并通报。
诚信是企业的立身之本。让我们共同维护“洄山跑鞋”的好口碑。
洄山县制鞋行业协会
2025年3月15日
""",
    ),
    dict(
        slug="company-loufeng-windproof-tent-news",
        site="嵝峰户外装备有限公司 (invented, company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.loufeng-outdoor.com/news/company/2025-03-28-new-tent.html",
        title="嵝峰推出可抗8级风的家庭露营帐篷",
        record_title="新品上市 ⇾ 嵝峰推出可抗8级风的家庭露营帐篷 — 嵝峰户外",
        record_date="2025-03-28",
        date="2025-03-28",
        notes="company site: a cookie notice, a service float, a dotted company date; the title repeated and "
        "glued to the lead; record gives the date",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>新品上市 ⇾ 嵝峰推出可抗8级风的家庭露营帐篷 — 嵝峰户外</title>
</head><body>
<header>⟦m 嵝峰户外 LOUFENG OUTDOOR⟧ <nav>⟦m 产品中心⟧ ⟦m 新闻动态⟧ ⟦m 服务支持⟧ ⟦m 关于嵝峰⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2025.03.28⟧</p>
{BODY}
</article>
<div class="next">⟦l 下一篇：嵝峰户外荣获崚州市“专精特新”企业称号⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 接受⟧</button></div>
<div class="kefu">⟦w 在线客服 · 售前咨询 400-093-6688⟧</div>
<footer>⟦m © 2025 崚州嵝峰户外装备有限公司　桂ICP备17008854号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 嵝峰推出可抗8级风的家庭露营帐篷⟧3月26日，崚州嵝峰户外装备有限公司在嵎湖区总部发布新款“稳岭”家庭露营帐篷。经国家级检测机构测试，这款帐篷可在8级风力下保持结构稳定。
“稳岭”帐篷采用双层铝合金撑杆和十二点风绳固定，外帐面料静水压达到3000毫米，四人家庭可在十分钟内完成搭建。研发团队历时一年半，在嵬岭山口反复进行了四十余次实地抗风测试。
公司总经理邓立岩表示，近年来家庭露营兴起，不少用户在风大的山地、海边露营时遇到帐篷被吹倒的情况，新产品就是为解决这一问题而设计的。该款帐篷将于4月起在全国门店和线上渠道销售。
""",
    ),
    dict(
        slug="company-yantu-grill-recall",
        site="焰途炊具有限公司 (invented, company site, text copy)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.yantu-bbq.com/news/notice/2025/0708.html",
        title="关于召回部分YT-K3型便携式烧烤架的公告",
        date="2025-07-08",
        notes="record gives the title as is; company text copy: the recall line inside the body beside a "
        "400 sales line; a batches table one row a paragraph; 成文日期 under the signature",
        page="""
!m 焰途炊具 YANTU · 户外烧烤专家
!m 首页 ｜ 产品 ｜ 新闻公告 ｜ 售后服务 ｜ 联系我们
{T}
!m 发布：焰途炊具　2025-07-08
{BODY}
!m 全国销售热线：400-106-7733（购买咨询）
!l 上一条：焰途炊具参加2025广州户外生活展
!m 崚州焰途炊具有限公司　版权所有
""",
        body="""
近日，我公司在质量回访中发现，部分YT-K3型便携式烧烤架的折叠支腿铆钉强度不足，在放置较重的铸铁锅具时，支腿可能弯折，导致烧烤架倾倒，存在烫伤和引燃周边物品的风险。为保障消费者安全，我公司决定召回以下批次产品：
产品型号　生产批次　生产日期　数量
YT-K3　2504A　2025年4月1日至4月15日　3120台
YT-K3　2505B　2025年5月6日至5月20日　2870台
请持有上述批次产品的消费者立即停止使用，联系我公司免费更换加固支腿或全额退款。产品批次号印在炭盆底部的铭牌上。
召回专线：0774-2893155（每天8:00—20:00）
崚州焰途炊具有限公司
2025年7月8日
""",
    ),
    dict(
        slug="training-shanyu-outdoor-leader-brochure",
        site="山屿户外领队学校 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.shanyu-outdoor.edu.cn/course/leader-junior-2025summer.html",
        title="户外领队初级班招生简章",
        record_title="【暑期开班】户外领队初级班招生简章（含帐篷营地实操）· 山屿户外学校",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 line beside the school's own "
        "报名电话; a course table one row a paragraph; a brochure without a date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【暑期开班】户外领队初级班招生简章（含帐篷营地实操）· 山屿户外学校</title>
</head><body>
<div class="promo">⟦a 暑期早鸟价：7月1日前报名立减300元⟧</div>
<div class="hd">⟦m 山屿户外领队学校⟧ ⟦m 加盟合作热线 400-877-1260⟧</div>
<div class="nav">⟦m 学校首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 学员风采⟧ ⟦m 在线报名⟧</div>
<div class="course"><h1>{T}</h1>
{BODY}
</div>
<div class="float">⟦w 课程顾问在线，点我免费咨询⟧</div>
<div class="ft">⟦m 山屿户外领队学校　校址：洄山县嵬岭路3号⟧</div>
</body></html>
""",
        body="""
户外领队初级班面向有一定徒步经验、希望带队出行的户外爱好者，学习合格者颁发结业证书。
课程安排
模块　课时　主要内容
徒步技术　16课时　登山杖使用、上下坡步法、路线判断
营地技能　12课时　帐篷选址与搭建、营地用火、垃圾处理
安全救护　16课时　常见外伤处理、失温与中暑急救
带队实践　2天　嵬岭两日徒步露营实训
招生对象：18至55周岁，身体健康，能连续徒步15公里。
学费：每人2680元，含教材、保险和实训期间食宿，帐篷、登山杖等装备由学校提供。
报名电话：0731-5570862
""",
    ),
    dict(
        slug="training-humiao-installer-course-insight",
        site="护苗儿童乘车安全培训中心 (invented, text copy)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.humiaopx.cn/xyfc/2025/1106/34.html",
        title="儿童安全座椅安装指导员培训学习心得",
        record_title="学员感言 ⇨ 儿童安全座椅安装指导员培训学习心得（第6期）- 护苗培训",
        date=None,
        notes="training school text copy: a trial-lesson prompt between paragraphs and a consult line; "
        "a trainee's insight with no date",
        page="""
!m 护苗儿童乘车安全培训中心
!m 首页 · 课程介绍 · 学员感言 · 报名咨询
{T}
!m 作者：第6期学员 卢芳　　阅读 208
{BODY}
!w 想成为安装指导员？添加课程老师微信 humiao_px06 了解下期开班
!l 更多学员感言：从家长到志愿者（第5期）｜我在4S店的第一堂座椅课（第4期）
!m 护苗儿童乘车安全培训中心　咨询热线 400-600-3391
""",
        indent="\u3000\u3000",
        body="""
我在一家汽车4S店做售后服务，经常有客户问安全座椅怎么装，以前只能照着说明书比划。这次参加了为期三天的安装指导员培训，收获很大。
第一天学理论，老师讲了不同年龄段孩子该用什么座椅：婴儿用反向提篮，幼儿用带五点式安全带的座椅，大一点的孩子用增高垫。我这才知道，很多家长过早让孩子正向乘坐，其实是不安全的。
⟦a 试听一节免费公开课，了解培训全过程 ＞＞⟧
第二天、第三天是实操。我们在六种不同车型上反复练习ISOFIX接口和安全带固定两种安装方法，每装一次，老师都要用手推、拉检查。
结业考核我一次通过了。回到店里，我准备在售后接待区设一个座椅检查角，帮客户免费检查。
""",
    ),
    dict(
        slug="writingapp-bisu-camp-director-report",
        site="笔速范文 app H5 share (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bisufanwen.com/share/doc/7741902?from=wx",
        title="县青少年户外营地主任2025年度述职报告",
        record_title="县青少年户外营地主任2025年度述职报告（营地管理岗通用）- 笔速范文APP",
        date="2025-12-26",
        notes="writing app H5 share: an open-app mask, a fold with an unlock button, an AI-rewrite button "
        "glued after a sentence, a member line; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>县青少年户外营地主任2025年度述职报告（营地管理岗通用）- 笔速范文APP</title>
<script src="https://h5.bisufanwen.com/static/share.js"></script>
</head><body>
<div class="app-mask">⟦a 笔速范文APP内打开，阅读全文更流畅⟧ <a>⟦a 去APP里看⟧</a></div>
<div class="doc-title"><h1>{T}</h1>
<p class="doc-meta">⟦m 2.1万人已用　｜　约420字　｜　述职报告⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 剩余30%内容已折叠，开通笔速会员即可查看⟧ <button>⟦a 展开全文⟧</button></div>
<div class="vip">⟦a 笔速会员 ¥18/月，海量范文一键套用⟧</div>
<div class="rec">⟦l 相似范文：景区管理处主任述职报告｜青少年活动中心年度工作总结⟧</div>
</body></html>
""",
        body="""
今年以来，我主持县青少年户外营地全面工作，带领营地职工完成了各项任务。现将履职情况报告如下。
一、营地建设。完成帐篷营区改造，新建木质帐篷平台40个，更换老化帐篷60顶，营区增设防雷设施和夜间照明。⟦a ✨AI改写这一段⟧
二、活动开展。全年接待中小学生研学团队136批、1.2万人次，开展野外生存、帐篷搭建、定向越野等课程，未发生安全事故。
三、安全管理。建立每日巡查和天气预警制度，遇大风暴雨提前转移营员；组织职工参加急救培训，持证率达到100%。
存在的不足是营地课程特色还不够鲜明，明年将开发更多结合本地山水的研学课程。
洙阳县青少年户外营地　钟远航
2025年12月26日
""",
    ),
    dict(
        slug="writingapp-gongwenkuaida-poles-request",
        site="公文快搭 app share (invented, text copy)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://m.gwkuaida.com/s/qs/55023",
        title="关于为老年人健步走活动购置登山杖的请示",
        record_title="关于为老年人健步走活动购置登山杖的请示（可直接套改）｜公文快搭",
        date="2025-04-02",
        notes="writing app share text: an open-app prompt, a template line, member and AI lines around; "
        "成文日期 under the signature",
        page="""
!a 打开公文快搭APP，一键套改本文
!m 公文快搭 › 请示 › 体育文化
{T}
!m 1.3万次套用　　更新于 6 天前
{BODY}
!a 一键替换单位名称　|　AI润色　|　导出Word
!a 开通快搭会员，全部请示范文免费用
""",
        indent="\u3000\u3000",
        body="""
县体育局：
我会现有会员1860人，平均年龄67岁。每周组织的健步走活动多在嵬岭步道和崒云山环山路进行，坡多路滑，不少老年会员上下坡时腿脚吃力，今年已发生两起滑倒扭伤事件。
为保障老年人健步走安全，我会拟购置铝合金可伸缩登山杖300根，发放给70岁以上会员和有腿脚旧伤的会员使用，预算约2.7万元。
当否，请批示。
洙阳县老年人体育协会
2025年4月2日
""",
    ),
    dict(
        slug="examforum-shangan-interview-grill-zone",
        site="上岸圈公考论坛 (invented)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="html",
        source="https://bbs.shanganquan.com/thread-331905-1-1.html",
        title="某景区开放自带烧烤架区域引发争议，你怎么看？",
        record_title="【面试练习】某景区开放自带烧烤架区域引发争议，你怎么看？（附答题思路）- 结构化面试 - 上岸圈公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt between paragraphs, a rating row, a QQ-group ad and a signature; "
        "a practice answer posted '4 天前': no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【面试练习】某景区开放自带烧烤架区域引发争议，你怎么看？（附答题思路）- 结构化面试 - 上岸圈公考论坛</title>
</head><body>
<div class="hd">⟦m 上岸圈公考论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="pt">⟦m 上岸圈 › 面试交流 › 结构化面试⟧</div>
<div class="post"><h1>{T}</h1>
<div class="authi">⟦m 楼主：三战终上岸　发表于 4 天前⟧</div>
{BODY}
<div class="rate">⟦l 评分人数 9　上岸币 +27⟧</div>
<div class="sign">⟦m 签名：今年一定上岸！——三战终上岸⟧</div></div>
<div class="ad">⟦w 面试抱团练习群，Q群：718260443，进群备注地区⟧</div>
<div class="ft">⟦m 上岸圈公考论坛　Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
题目：某景区开放了一片允许游客自带烧烤架的区域，有人认为方便了游客，也有人担心引发火灾和环境污染。对此你怎么看？
我的作答：景区开放烧烤区，回应了游客亲近自然、休闲聚会的需求，出发点是好的，但如果管理跟不上，确实可能带来火灾隐患和垃圾污染。
⟦a 本帖隐藏的后半段答题思路需回复后可见⟧
我认为关键在于规范管理。一是科学选址，烧烤区应远离林地和草场，配备防火隔离带和灭火器材；二是明确规则，实行预约入场，禁止使用明火以外的违规燃料，离场前检查余火；三是加强巡查，安排专人值守，对乱扔垃圾、随意用火的行为及时劝阻。
只要管理到位，烧烤区就能成为景区的亮点，而不是隐患。
""",
    ),
    dict(
        slug="examforum-lianbing-essay-child-seat-junk",
        site="申论练兵营 论坛 (invented, text copy)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.shenlunlbying.com/bbs/essay/20251102-4471.html",
        title="让儿童安全座椅从“可选项”变成“必选项”",
        record_title="〔大作文初稿〕让儿童安全座椅从“可选项”变成“必选项”（第一次写大作文，求轻拍）- 大作文批改 - 申论练兵营",
        date=None,
        notes="exam forum text copy: forum junk as lines and glued after 。; replies with scores; "
        "posted '6 天前' only: no date",
        page="""
!m 申论练兵营 › 大作文批改
!t 〔大作文初稿〕让儿童安全座椅从“可选项”变成“必选项”（第一次写大作文，求轻拍）
!m 楼主：岸边的小鹿　　6 天前　　查看 902 ｜ 回复 17
{T}
{BODY}
!l 2楼 批改老师阿澄：立意准，论证层次清楚，建议补一个具体案例，给38分
!l 3楼 岸边的小鹿：谢谢老师！
!a 回复本帖可获得批改积分
""",
        junk=dict(lines=2, glued=3),
        body="""
孩子是家庭的希望，也是国家的未来。然而在很多家庭的私家车里，儿童安全座椅仍然只是一个“可选项”：有的家长嫌麻烦不买，有的买了却常年放在后备箱里。让安全座椅成为每个孩子乘车的“必选项”，需要多方共同努力。
转变观念是前提。不少家长认为“抱着孩子最安全”，殊不知一旦发生碰撞，巨大的冲击力会让孩子脱手飞出。要通过幼儿园家长课堂、社区宣传等方式，让科学的乘车安全知识入脑入心。
完善制度是保障。应加快完善相关法规，明确儿童乘车使用安全座椅的要求，并通过发放补贴、以旧换新等方式，减轻困难家庭的购买负担。
守护孩子的每一次出行，需要家庭尽责、社会尽力、制度护航。
""",
    ),
]
