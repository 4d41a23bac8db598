"""holdout226, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-haitangyuan-notice-lock-checkups",
        site="鳐湾街道海棠苑社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yaowan-htysq.example.cn/tzgg/20241106/209.html",
        title="关于为辖区高龄老人免费检修指纹锁的通知",
        record_title="【银龄守护】关于为辖区高龄老人免费检修指纹锁的通知｜海棠苑社区",
        date="2024-11-06",
        notes="a residents' site: a weather line, a grid member's box, the property's 24-hour duty line beside the "
        "community's own service phone, a scan-to-book sentence as content; 成文日期 under the committee's name",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【银龄守护】关于为辖区高龄老人免费检修指纹锁的通知｜海棠苑社区</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 鳐湾今天：小雨 12～17℃　出门记得带伞⟧</div>
<div class="sq-logo">⟦m 海棠苑社区 · 邻里一家亲⟧</div>
<div class="sq-nav">⟦m <a>首页</a> <a>社区公告</a> <a>党建园地</a> <a>便民服务</a> <a>邻里圈</a>⟧</div>
<div class="sq-loc">⟦m 首页 » 社区公告⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<div class="sq-meta">⟦m 社区居委会　更新于 2 天前　阅读 689⟧</div>
<div class="sq-con">
{BODY}
</div>
<div class="sq-share">⟦l 转发到业主群 ｜ 保存海报⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 第三网格　网格员：沈小棠　手机：13906621875⟧</div>
<div class="wy">⟦m 物业服务中心24小时值班：0592-6603999⟧</div>
<div class="wy">⟦m 水电报修请拨：0592-6603998⟧</div>
</div>
<div class="sq-foot">⟦m 鳐湾街道海棠苑社区居委会 版权所有　地址：海棠路66号⟧</div>
</body>
</html>
""",
        body="""
辖区各位居民：
为解决高龄老人家中指纹锁电池耗尽、识别不灵等问题，社区联合鳐湾街道志愿者服务站，开展指纹锁免费检修活动。现将有关事项通知如下：
一、服务对象：辖区内70周岁以上老人家庭，独居、空巢老人优先。
二、服务内容：免费检测指纹锁、更换电池、清洁指纹识别面板，帮助老人重新录入指纹。
三、服务时间：2024年11月11日至11月22日，每天上午9:00—11:30。
四、预约方式：请家属扫描社区公告栏上的二维码预约，或直接拨打社区服务电话0592-6603217登记。
志愿者入户时均佩戴工作证，不收取任何费用，不推销任何产品，请居民注意辨别。
鳐湾街道海棠苑社区居民委员会
2024年11月6日
""",
    ),
    dict(
        slug="community-cuizhu-pledge-pets-in-lifts",
        site="翠竹社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://cuizhusq.example.net/changyi/2024-04-02.html",
        title="关于携宠物乘坐电梯的倡议书",
        record_title="〔文明养犬〕关于携宠物乘坐电梯的倡议书 - 翠竹社区网",
        date="2024-04-02",
        notes="a residents' site in text: a repost counter, the property's repair line, a 'join the volunteers' button "
        "glued after a sentence; three signatories and a 成文日期",
        page="""
!m 翠竹社区网 ｜ 梿塘镇翠竹社区
!m 社区动态 › 倡议
!t 〔文明养犬〕关于携宠物乘坐电梯的倡议书
!m 本文已被居民转发 126 次
{BODY}
!a 我要报名当文明养宠志愿者 →
!m 物业报修：0576-5836620　社区值班：0576-5836601
!l 往期倡议：垃圾分类从我做起 ｜ 楼道杂物清理倡议
""",
        body="""
亲爱的居民朋友们：
近来，小区电梯内宠物惊吓他人、宠物便溺的情况时有发生，不少居民向社区反映。为营造文明、和谐的居住环境，社区居委会、业委会和物业服务中心联合向大家倡议：
一、携带犬只乘坐电梯时，请为犬只系好牵引绳、佩戴嘴套，或将小型犬、猫装入宠物笼，尽量避开上下班高峰。
二、电梯内有老人、儿童时，请主动等候下一趟。⟦a 〔点亮爱心〕⟧
三、宠物在公共区域便溺的，请及时清理干净。
四、按规定为犬只办理登记、接种疫苗。
文明养宠，从你我做起。让我们共同守护安全、整洁的家园！
翠竹社区居民委员会
翠竹小区业主委员会
翠竹小区物业服务中心
2024年4月2日
""",
    ),
    dict(
        slug="association-gexi-appliances-pledge-kettle-labels",
        site="蛤溪县小家电行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.gxxjdxh.example.org.cn/xhdt/2024/0315/126.html",
        title="养生壶规范标注自律倡议书",
        record_title="〖会员自律〗养生壶规范标注自律倡议书 ⎮ 蛤溪县小家电行业协会",
        date="2024-03-15",
        notes="an association site: member login row, a member hotline, a join-us line; the association's name in the "
        "header is also the signature (matched as head); 成文日期 under it",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖会员自律〗养生壶规范标注自律倡议书 ⎮ 蛤溪县小家电行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-top">⟦a 会员单位登录 ｜ 入会申请 ｜ 会费缴纳⟧</div>
<div class="xh-logo">⟦m 蛤溪县小家电行业协会⟧</div>
<div class="xh-nav">⟦m <a>首页</a> <a>协会概况</a> <a>协会动态</a> <a>行业资讯</a> <a>会员风采</a> <a>标准服务</a>⟧</div>
<div class="xh-pos">⟦m 协会动态 &gt; 倡议⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<div class="xh-meta">⟦m 来源：协会秘书处　浏览：512⟧</div>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-side">⟦l 最新动态⟧<br>⟦l 协会组织会员企业赴广交会参展⟧<br>⟦l 养生壶团体标准宣贯会举行⟧</div>
<div class="xh-foot">⟦m 会员服务专线：0572-6089125　秘书处邮箱：xh@gxxjdxh.example.org.cn⟧<br>⟦w 欢迎县内小家电企业加入协会，共谋发展⟧<br>⟦m 浙ICP备16044012号⟧</div>
</body>
</html>
""",
        body="""
全县各养生壶生产、销售企业：
近年来，我县养生壶产业发展迅速，产品远销全国各地。但也有个别企业在产品标注和宣传中夸大功能，甚至宣称产品具有“治病”“排毒”功效，损害了行业声誉。为此，协会向全体会员企业发出倡议：
一、如实标注产品容量、功率和适用范围，不标注、不宣传任何医疗保健功效。
二、在说明书中写明干烧保护、防溢出等安全功能的使用方法和注意事项。
三、网店详情页和直播讲解内容与产品说明书保持一致。
四、相互监督，发现违规宣传及时向协会反映。
让我们共同维护“蛤溪养生壶”的好口碑！
蛤溪县小家电行业协会
2024年3月15日
""",
    ),
    dict(
        slug="association-xiucheng-pet-minutes-feeder-standard",
        site="貅城市宠物用品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.xcpet-xh.example.cn/huiyi/20240812/58.html",
        title="《智能宠物喂食器》团体标准起草工作会议纪要",
        date="2024-08-09",
        date_also=["2024-08-12"],
        notes="an association's minutes in text: 时间/地点/主持/出席/记录 lines stay in the body, the meeting's 时间 line is "
        "the date (the page's posting date also accepted); a member-only download line and a join line",
        page="""
!m 貅城市宠物用品行业协会
!m 首页 / 标准工作 / 会议纪要
{T}
!m 发布：秘书处　2024-08-12　阅读 233
{BODY}
!a 征求意见稿全文仅限会员单位登录后下载
!w 申请加入协会：0597-3590718（秘书处 周一至周五）
!m 貅城市宠物用品行业协会　闽ICP备19030022号
""",
        body="""
时间：2024年8月9日上午9:30
地点：协会三楼会议室
主持：协会秘书长　晏思齐
出席：起草组成员单位代表11人
记录：柯小蔓
会议讨论了《智能宠物喂食器》团体标准征求意见稿，形成如下意见：
一、出粮精度指标保留“单次出粮误差不超过±10%”的要求，增加对适用粮粒直径的说明。
二、断电续航时间由“不少于24小时”提高到“不少于48小时”。
三、增加远程控制功能的网络安全要求，由縠水智喂电器有限公司牵头起草。
与会代表一致同意上述意见。会议商定，8月底前完成修改稿，9月中旬召开专家审查会。
""",
    ),
    dict(
        slug="company-meishan-recall-cooker-batches",
        site="鲻港美膳电器有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.meishan-dq.example.com/news/notice/2024061201.html",
        title="关于主动召回部分批次3L电炖锅的公告",
        record_title="产品召回 › 关于主动召回部分批次3L电炖锅的公告 - 美膳电器",
        date="2024-06-12",
        notes="a company site: a cookie notice, an online-service float, the 400 purchase line beside the recall's own "
        "line, a recalled-batch table one row a paragraph; 成文日期 under the company's name",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>产品召回 › 关于主动召回部分批次3L电炖锅的公告 - 美膳电器</title>
<script src="https://cdn.meishan-dq.example.com/site.js"></script>
</head>
<body>
<header>
<div class="brand">⟦m 美膳电器 · 慢炖好生活⟧</div>
<nav>⟦m <a>首页</a> <a>产品中心</a> <a>服务支持</a> <a>新闻公告</a> <a>关于美膳</a> <a>官方商城</a>⟧</nav>
<div class="buy">⟦m 购买咨询 400-882-6618⟧</div>
</header>
<div class="crumb">⟦m 首页 › 新闻公告 › 公告⟧</div>
<main>
<h1>{T}</h1>
<div class="meta">⟦m 2024-06-12　｜　美膳电器客服中心⟧</div>
<section class="rich">
{BODY}
</section>
<div class="share">⟦l 分享本页：微信 微博 复制链接⟧</div>
</main>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续访问即表示同意⟧　⟦a 我知道了⟧</div>
<div class="kefu">⟦w 在线客服 ｜ 扫码关注美膳服务号⟧</div>
<footer>⟦m © 2024 鲻港美膳电器有限公司　浙ICP备18027731号-1⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在例行质量复检中发现，2024年3月至4月生产的部分批次MS-D30型3L电炖锅，因陶瓷内胆供应商工艺变更，个别内胆在干烧后骤加冷水时可能开裂。为保障用户安全，我公司决定主动召回上述产品。
召回范围如下：
产品型号　生产批号　数量（台）
MS-D30　2403A01—2403A18　6420
MS-D30　2404B01—2404B09　3150
请用户查看产品底部铭牌上的批号，属于召回范围的，请停止使用，并拨打召回专线0579-8861235登记，我公司将免费上门更换新内胆，或按购买价格全额退款。
由此给您带来的不便，我们深表歉意。
鲻港美膳电器有限公司
2024年6月12日
""",
    ),
    dict(
        slug="company-anlin-news-second-lock-line",
        site="琥川安邻智能科技有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.anlin-smart.example.cn/news/company/20240920.html",
        title="安邻智能第二条指纹锁生产线投产",
        record_title="公司新闻 · 安邻智能第二条指纹锁生产线投产 - 安邻智能",
        record_date="2024-09-20",
        date="2024-09-20",
        notes="a company news page in text: the record gives the date; a dotted date line, a product-ad line between "
        "paragraphs, a dealer-recruitment hotline at the bottom",
        page="""
!m 安邻智能　SMART LOCK
!m 首页 ｜ 产品 ｜ 工程案例 ｜ 新闻 ｜ 加盟 ｜ 联系
!t 公司新闻 · 安邻智能第二条指纹锁生产线投产
!m 2024.09.20　　浏览 392
{BODY}
!l ← 返回新闻列表
!w 诚招区县代理商，加盟热线：0576-5877001
!m 琥川安邻智能科技有限公司　地址：梿塘工业园纬三路9号
""",
        body="""
9月20日，安邻智能第二条指纹锁自动化生产线在梿塘工业园正式投产。新生产线采用机器视觉检测和自动锁体装配工艺，日产能达到1800套，比第一条生产线提高60%。
⟦a 【新品】安邻A7全自动指纹锁，了解详情 ＞＞⟧
投产仪式上，公司董事长邬正平表示，今年公司已中标多个人才公寓和老旧小区改造项目，新生产线将保障订单按期交付。
据介绍，新生产线生产的半导体指纹模组在零下20摄氏度的环境中仍能正常识别，适合北方市场。公司计划明年推出带有老人看护提醒功能的新款产品。
""",
    ),
    dict(
        slug="training-chongyi-brochure-shop-assistants-h1",
        site="宠艺职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.chongyi-edu.example.com/zhaosheng/12qi.html",
        title="宠物店员岗前培训班（第12期）招生简章",
        record_title=None,
        date=None,
        notes="a training school: no title in the record (its <h1>), a promo banner, a consult float with an adviser's "
        "WeChat, a course-ad line between paragraphs; the school's own 报名咨询电话 stays; a scan-to-sign-up sentence is "
        "content; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>宠艺职业培训学校</title>
<script src="/static/js/zs.js"></script>
</head>
<body>
<div class="promo">⟦a 暑期报名立减300元，仅剩最后9个名额！⟧</div>
<div class="logo">⟦m 宠艺职业培训学校 · 让爱宠成为职业⟧</div>
<div class="nav">⟦m <a>首页</a> <a>课程设置</a> <a>师资力量</a> <a>学员就业</a> <a>在线报名</a>⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
</div>
<div class="float">⟦w 课程顾问小艺：微信 chongyi_xy01，添加即送试听课⟧</div>
<div class="foot">⟦m 宠艺职业培训学校　地址：鳐湾街道滨海路288号⟧<br>⟦m 闽ICP备21017706号⟧</div>
</body>
</html>
""",
        body="""
一、培训对象：有意从事宠物店、宠物医院前台及护理工作的人员，年满18周岁，初中以上学历。
二、培训内容：
1.宠物笼舍清洁与消毒规范
2.自动喂食器、饮水机的设置与维护
3.猫犬基础护理与安全抱持
4.门店接待与沟通技巧
⟦a 想学宠物美容？高级美容师班火热招生中 ＞⟧
三、培训时间：共15天，每天8:30—16:30，理论与实操各占一半。
四、培训费用：2980元，含教材、实操耗材和结业证书费用。
五、报名方式：扫描下方二维码填写报名表，或到学校前台现场报名。
报名咨询电话：0592-6671088（学校教务处）
""",
    ),
    dict(
        slug="training-jiangxin-insight-lock-fitting",
        site="匠心锁艺培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jiangxinsuoyi.example.cn/xueyuan/88.html",
        title="学装指纹锁的十天",
        record_title="【结业手记】学装指纹锁的十天 - 匠心锁艺培训学校",
        date=None,
        notes="a trainee's essay on a training school's site: a trial-lesson line glued after a sentence, the school's "
        "enrolment hotline at the bottom; no date",
        indent="\u3000\u3000",
        page="""
!m 匠心锁艺培训学校 · 学员风采
!t 【结业手记】学装指纹锁的十天
!m 作者：第37期学员 钱大勇
{BODY}
!a 想和钱师傅一样学门手艺？免费试学一天，名额有限
!m 招生热线：0736-7460880　　地址：麝岭县城南职教园
!l 更多学员故事 →
""",
        body="""
来匠心锁艺培训学校之前，我在小区做了八年保安，常常遇到业主忘带钥匙、指纹锁没电打不开的情况，自己却帮不上忙。今年九月，我报了十天的智能锁安装维修班。
第一天上课，老师就把一把指纹锁拆成了三十多个零件摆在桌上。我这才知道，一把锁里有锁体、离合器、指纹模组、主板好几大部分，哪一块出问题，表现都不一样。⟦a 〔点此预约试听〕⟧
最难的是开孔。老式防盗门的钢板厚，开孔位置偏一两毫米，锁舌就对不上。我练废了三块门板，才算找到手感。
结业考核那天，我在规定时间内装好了一把锁，录入指纹、调试一次成功。现在我在小区旁边开了个修锁的小摊，心里踏实多了。
""",
    ),
    dict(
        slug="writingapp-bixia-report-cooker-sales",
        site="笔下生花APP (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bixiashenghua.example.com/share/art/7730918",
        title="2024年度电炖锅事业部华东区销售经理述职报告",
        record_title="2024年度电炖锅事业部华东区销售经理述职报告（亲测可交）· 笔下生花",
        date="2025-01-08",
        notes="a writing app's H5 share: an open-app mask, a fold with 'expand', an AI-rewrite button glued after a "
        "sentence, a recommended list; 成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>2024年度电炖锅事业部华东区销售经理述职报告（亲测可交）· 笔下生花</title>
<script src="https://h5.bixiashenghua.example.com/js/share.js"></script>
</head>
<body>
<div class="open-app">⟦a 打开笔下生花APP，万篇材料随时改⟧</div>
<div class="h5-head">⟦m 笔下生花 · 写材料不再熬夜⟧</div>
<div class="h5-art">
<h1>{T}</h1>
<div class="h5-meta">⟦m 2.6万人已用　｜　字数 480　｜　分类：述职报告⟧</div>
<div class="h5-con">
{BODY}
</div>
<div class="fold">⟦a 剩余内容已折叠，打开APP免费展开⟧</div>
<div class="h5-rec">⟦l 为你推荐：销售部门年终总结 ｜ 区域经理竞聘演讲稿 ｜ 2025年销售工作计划⟧</div>
</div>
<div class="mask">⟦a 在APP内打开，体验更流畅⟧　⟦a 继续在浏览器看⟧</div>
<div class="h5-foot">⟦m © 笔下生花 bixiashenghua.example.com　沪ICP备23019052号-2⟧</div>
<script>share.init({id:7730918});</script>
</body>
</html>
""",
        body="""
各位领导、同事：
2024年，我担任公司电炖锅事业部华东区销售经理，在公司领导和同事们的支持下，较好地完成了全年任务。现将履职情况报告如下。
一、主要业绩。全年实现销售额4860万元，完成年度目标的108%；新开发经销商23家，线上渠道销售占比由31%提高到42%。⟦a ✦AI帮你改写这一段⟧
二、主要做法。一是围绕“小家庭炖汤”场景推出1.5L迷你款，成为线上爆款；二是配合公司产品召回工作，逐一回访受影响用户，没有发生一起投诉升级。
三、存在不足。对县级市场的开发力度不够，部分经销商库存偏高。
2025年，我将重点开拓县域市场，优化经销商库存管理，力争销售额突破5500万元。
述职人：邵知远
2025年1月8日
""",
    ),
    dict(
        slug="writingapp-gongwenpai-request-police-dog-feeders-oneline",
        site="公文派APP (invented writing app)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://m.gongwenpai.example.cn/s/qingshi/55130",
        title="关于购置警犬基地自动喂食设备的请示",
        record_title="关于购置警犬基地自动喂食设备的请示（附经费测算）· 公文派",
        date="2024-04-16",
        notes="a writing app's text share with the whole body on one line; an open-app prompt, a template-count line, a "
        "members line; the request's own contact note and 成文日期 stay",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a 打开公文派，一键套用本范文
!m 公文派 · 请示报告
!t 关于购置警犬基地自动喂食设备的请示（附经费测算）
!m 本范文已被套用 1893 次
{BODY}
!a 开通派友会员，解锁全部经费测算表
!l 相似范文：关于购置执法记录仪的请示 ｜ 关于维修训练场围网的请示
""",
        body="""
县财政局：
我局警犬训练基地现有警犬14头，日常喂养全部依靠人工，节假日和夜间值守压力较大，喂食时间和数量也难以精确控制。为提高警犬饲养管理水平，拟购置自动喂食器14台、配套饮水设备14套，经询价测算共需资金4.6万元，恳请予以安排。
妥否，请批示。
麝岭县公安局
2024年4月16日
（联系人：龙渊，电话：0736-7418230）
""",
    ),
]
