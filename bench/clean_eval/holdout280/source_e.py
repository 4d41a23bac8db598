"""holdout280, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="association-wenju-pledge-brush-makers",
        site="靖漩市文具行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.jxwenju.example.cn/xhdt/2025/0318/61.html",
        title="画笔制造行业质量诚信自律倡议书",
        record_title="〖笔业自律〗画笔制造行业质量诚信自律倡议书 - 靖漩市文具行业协会",
        date="2025-03-15",
        date_also=["2025-03-18"],
        notes="association site: its name in the header is also the signature (head match); a member-login row and a member hotline; the association's complaint mailbox in the body; page date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖笔业自律〗画笔制造行业质量诚信自律倡议书 - 靖漩市文具行业协会</title>
<script src="/js/member.js"></script>
</head>
<body>
<div class="logo">⟦m 靖漩市文具行业协会⟧ ⟦m Jingxuan Stationery Association⟧</div>
<div class="member">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦m 会员服务专线 0739-2288160⟧</div>
<ul class="nav">⟦m <li>首页</li><li>协会概况</li><li>协会动态</li><li>行业标准</li><li>会员风采</li>⟧</ul>
<div class="pos">⟦m 您的位置：首页 - 协会动态⟧</div>
<div class="art">
<h1>⟦t 〖笔业自律〗画笔制造行业质量诚信自律倡议书⟧</h1>
<div class="meta">⟦m 发布日期：2025-03-18　浏览：604⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 ｜ 朋友圈 ｜ 微博⟧</div>
</div>
<div class="friend">⟦l 友情链接：市市场监管局 · 市工商联 · 靖漩文创联盟⟧</div>
<div class="foot">⟦m 协会地址：靖漩市翰墨街88号文创大厦6楼⟧<br>⟦m 湘ICP备21009912号⟧</div>
</body>
</html>
""",
        body="""
全市画笔制造企业：
近年来，我市画笔产业发展较快，产品远销国内外。但也有个别企业以次充好，用化纤冒充动物毛，金属箍偷工减料，损害了行业声誉。为此，协会向全市画笔制造企业发出如下倡议：
一、诚信标注。如实标注笔毛材质、规格和适用年龄，不夸大、不虚标。
二、严把质量。儿童画笔的笔杆涂层、金属箍须符合国家安全标准，出厂前逐批检验。
三、公平竞争。不恶意压价，不仿冒他人商标和包装。
四、接受监督。欢迎社会各界通过协会投诉邮箱 tousu@jxwenju.example.cn 反映问题。
靖漩市文具行业协会
2025年3月15日
""",
    ),
    dict(
        slug="association-yiqi-council-minutes-vote",
        site="靖漩市电子仪器仪表行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.jxyiqi.example.org/news/2025/0113/140.html",
        title="靖漩市电子仪器仪表行业协会第三届理事会第五次会议纪要",
        date="2025-01-09",
        date_also=["2025-01-13"],
        notes="title as in the record; council minutes: 时间/地点/主持/出席/记录 lines in the body, the 时间 line gives the date, a vote count; the page's date differs",
        page="""
!m 靖漩市电子仪器仪表行业协会
!m 协会首页 ＞ 协会公告 ＞ 会议纪要
{T}
!m 发布：秘书处　　2025-01-13　　阅读 231
!a ［会员专区］　［入会申请］　［下载中心］
{BODY}
!l 上一篇：协会2024年度会员大会顺利召开
!l 下一篇：关于征集仪器仪表行业优秀产品的通知
!m 协会秘书处电话：0739-2290031　　湘ICP备18011720号
""",
        body="""
时间：2025年1月9日上午9:00
地点：协会会议室
主持：冯志强（会长）
出席：理事十九人（应到二十一人）
记录：秦晓梅
会议审议通过了以下事项：
一、《2024年协会工作报告》。
二、《万用表产品团体标准（征求意见稿）》。该标准对手持式数字万用表的安全等级标识、表笔绝缘和过载保护提出要求，会议同意向社会公开征求意见。
三、吸收靖漩市恒测电子有限公司等三家企业为会员单位。
表决情况：第二项同意十八票、弃权一票，其余各项均全票通过。
会议要求秘书处于一月底前将团体标准征求意见稿在协会网站公布，并组织会员企业开展万用表产品质量自查。
""",
    ),
    dict(
        slug="brand-hengce-recall-meters-batches-cookie",
        site="恒测电子 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hengce-tech.example.com/news/notice/2024-11-20.html",
        title="关于召回HC-890型数字万用表部分批次产品的公告",
        date="2024-11-20",
        notes="title as in the record; a recall with its batches table (production months are no dates); the recall line in the body beside the site's 400 order line; a cookie notice and a service float",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于召回HC-890型数字万用表部分批次产品的公告</title>
<script src="/static/js/cookie-banner.js"></script>
<script src="/static/js/kefu.js"></script>
</head>
<body>
<div class="cookie">⟦d 我们使用Cookie来记住您的偏好，点击“知道了”即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 恒测电子⟧ ⟦m 精准测量 安心用电⟧ ⟦m 订购热线 400-880-7395⟧</header>
<nav>⟦m <a>首页</a> <a>产品中心</a> <a>服务支持</a> <a>新闻公告</a> <a>关于恒测</a>⟧</nav>
<div class="breadcrumb">⟦m 首页 ＞ 新闻公告 ＞ 公司公告⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 公司公告　｜　浏览 4,021⟧</div>
<div class="article-body">
{BODY}
</div>
</article>
<div class="kefu-float">⟦w 在线客服⟧ ⟦w 售后服务网点查询⟧</div>
<footer>⟦m © 2025 靖漩市恒测电子有限公司 版权所有⟧ ⟦m 湘ICP备16020087号-1⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
靖漩市恒测电子有限公司在质量回访中发现，部分批次HC-890型数字万用表的电流挡保险管规格有误，在超量程测量时可能无法及时熔断，存在表壳过热的安全隐患。为保障用户安全，公司决定自即日起主动召回以下批次产品：
生产批号　生产日期　数量（台）
HC2407A　2024年7月　1260
HC2408B　2024年8月　980
HC2409A　2024年9月　1105
请持有上述批次产品的用户停止使用电流挡，拨打召回专线0739-2296601登记，公司将免费上门更换保险管或更换新表。批号位于电池仓盖内侧标签上。
特此公告。
靖漩市恒测电子有限公司
2024年11月20日
""",
    ),
    dict(
        slug="brand-tongyunfang-news-copper-warmer",
        site="铜韵坊 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tongyunfang.example.cn/news/2024/1105/77.html",
        title="铜韵坊复刻老式铜汤婆子上市",
        record_date="2024-11-05",
        date="2024-11-05",
        notes="title and date from the record; company news with a 文/图 line glued after the last 。; store and group-buy lines under it",
        page="""
!m 铜韵坊 · 雍瀑老铜器
!m 首页 ｜ 铜器臻品 ｜ 匠心工艺 ｜ 品牌动态 ｜ 联系我们
{T}
!m 品牌动态　｜　发布日期：2024-11-05
{BODY}
!w 门店及团购咨询：0734-3312288（9:00-18:00）
!l 相关新闻：铜韵坊参加省工艺美术博览会　｜　铜器保养的五个小窍门
!m 雍瀑县铜韵坊铜器有限公司　湘ICP备19013305号
""",
        body="""
十一月初，雍瀑县铜韵坊铜器有限公司推出复刻款老式铜汤婆子。这款汤婆子以公司档案室保存的一九六〇年代产品为原型，采用一点二毫米紫铜板手工锤制，壶身保留了老款的扁圆造型和回纹盖。
公司铜器车间主任陶建业介绍，每只汤婆子要经过下料、锤形、焊接、试压、抛光等十几道工序，其中试压环节要在水中加压检查，确保焊缝不渗不漏。
新品分大、小两个规格，大号可灌水二点五升。公司同时推出以旧换新服务，顾客可用旧汤婆子折价换购。⟦m （文：品牌部　图：铜器车间）⟧
""",
    ),
    dict(
        slug="training-caihongqiao-brochure-watercolour-table",
        site="彩虹桥美术培训学校 (invented training-school site)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.caihongqiao-art.example.cn/zhaosheng/hanjia2025.html",
        title="少儿水彩画寒假班招生简章",
        record_title="【寒假美术营】少儿水彩画寒假班招生简章 - 彩虹桥美术培训学校",
        date=None,
        notes="a training school's brochure (no date): a course table, scan-to-enrol as content, the campus 报名电话 in the body beside a 400 franchise line; a promo banner and a trial-lesson float",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【寒假美术营】少儿水彩画寒假班招生简章 - 彩虹桥美术培训学校</title>
<script src="/js/popup.js"></script>
</head>
<body>
<div class="promo">⟦a 寒假早鸟价 前30名报名立减200元⟧</div>
<div class="head">⟦m 彩虹桥美术培训学校⟧ ⟦m 让每个孩子爱上画画⟧</div>
<ul class="nav">⟦m <li>首页</li><li>课程体系</li><li>师资团队</li><li>学员作品</li><li>校区分布</li>⟧</ul>
<div class="con">
<h1>⟦t 【寒假美术营】少儿水彩画寒假班招生简章⟧</h1>
<div class="info">⟦m 招生动态　｜　更新于 3 天前⟧</div>
{BODY}
</div>
<div class="works">⟦l 学员作品展：《雪人》《小院》《红灯笼》⟧</div>
<div class="float">⟦w 点此预约免费试听一节⟧</div>
<div class="foot">⟦m 品牌加盟热线 400-930-6618⟧<br>⟦m 彩虹桥美术培训学校 版权所有　湘ICP备22003719号⟧</div>
</body>
</html>
""",
        body="""
彩虹桥美术培训学校寒假少儿水彩画班现开始招生，欢迎六至十二岁的小朋友报名。
一、课程安排
班级　上课时间　课时
启蒙班（6—8岁）　周一、三、五上午　12课时
提高班（9—12岁）　周二、四、六上午　16课时
二、学习内容：认识水彩画笔和颜料，学习平涂、叠色、湿画法等基本技法，完成六幅以上完整作品。
三、收费标准：启蒙班960元，提高班1280元，含全部画纸和颜料。学员需自备画笔一套，没有的可在报名时按成本价购买。
四、报名方式：到校区前台报名，或扫描海报二维码在线报名。
报名电话：0735-8127763（旭隅校区）
""",
    ),
    dict(
        slug="training-jiangneng-trainee-meter-insight",
        site="匠能电工培训学校 (invented training-school site)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jiangneng-dg.example.cn/xyfc/2025/0617/88.html",
        title="从不敢碰电表到独立排查故障",
        record_title="【结业那天】从不敢碰电表到独立排查故障 - 匠能电工培训学校",
        date=None,
        notes="a trainee's 心得 on a training school's site (no date); a course-ad line between paragraphs; the school's enrolment line and 400 line",
        page="""
!m 匠能电工培训学校 · 学一门手艺 端一只饭碗
!m 首页 > 学员风采
!t 【结业那天】从不敢碰电表到独立排查故障
!m 供稿：教务处　浏览 1,082
{BODY}
!w 低压电工、焊工取证班常年招生，报名咨询 0736-4419082
!m 全国招商热线：400-611-2030
!m 匠能电工培训学校　地址：澎崇县工业园振兴路6号
""",
        body="""
我叫唐小军，以前在工地上做小工，今年三月报名参加了学校的低压电工培训班。
刚来的时候，我连万用表都不敢碰，怕一拨挡位就烧了。带班的易老师从最基础的讲起：测电压先看挡位，测电阻先断电，表笔插孔不能插错。一个星期下来，我已经能熟练测量电压、电流和电阻了。
⟦a 想学电工？本月报名送实训工具包，点此领取⟧
第二个月学故障排查，老师在实训板上设好故障，让我们用万用表一段一段地量。第一次我花了四十分钟才找到一处断线，后来越来越快，考核时十分钟就排查出了三处故障。
现在我已经拿到了电工证，在县城一家物业公司做电工。感谢学校和老师，也想对还在犹豫的朋友说，只要肯学，没有学不会的手艺。
""",
    ),
    dict(
        slug="fanwenapp-biyou-summary-plough-exchange-mask",
        site="笔友范文App H5 share (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.biyoufanwen.example.com/share/a/6610392?from=wx",
        title="县农机推广站2024年春耕犁铧更换服务工作总结",
        record_title="县农机推广站2024年春耕犁铧更换服务工作总结（套用即成稿）·笔友范文App",
        date="2024-05-30",
        notes="a writing app's H5 share: open-app mask, an 'expand the rest' fold between paragraphs, AI buttons, a points line glued after a 。",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>县农机推广站2024年春耕犁铧更换服务工作总结（套用即成稿）·笔友范文App</title>
<script src="https://h5.biyoufanwen.example.com/js/openapp.js"></script>
</head>
<body>
<div class="open-mask">⟦a 打开笔友范文App，整篇免费看⟧ <button>⟦a 立即打开⟧</button></div>
<div class="app-head">⟦m 笔友范文⟧ ⟦m 写材料，有笔友⟧</div>
<div class="paper">
<h1>⟦t 县农机推广站2024年春耕犁铧更换服务工作总结（套用即成稿）⟧</h1>
<div class="tags">⟦m 工作总结 · 农业农村 · 2317人已用⟧</div>
<div class="ai-bar"><button>⟦a AI帮我改写⟧</button> <button>⟦a AI续写一段⟧</button> <button>⟦a 一键换单位名称⟧</button></div>
<div class="content">
{BODY}
</div>
</div>
<div class="bottom-bar">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦l 收藏 · 分享⟧</div>
<div class="rec">⟦l 相似范文：农机推广站年度工作总结｜春耕备耕工作汇报｜农机购置补贴工作总结⟧</div>
</body>
</html>
""",
        body="""
今年春耕期间，我站以“犁铧换新、春耕提速”为主题，在全县开展犁铧更换上门服务，现将工作情况总结如下。
一、主要做法
一是摸清底数。三月上旬组织技术人员进村入户，登记需更换犁铧的铧式犁五百四十台。
二是集中供货。协调县农机铸件厂按平价供应犁铧一千六百片，由各乡镇农机站统一配送。⟦a 复制本段需消耗1个笔友豆⟧
⟦a 展开剩余段落 ∨⟧
三是上门安装。组建六支流动服务队，深入田间地头为农户更换犁铧、调整犁架，累计服务农户一千一百余户。
二、存在不足
部分偏远村组服务不够及时，个别农户反映更换后的犁铧入土角度不合适。
三、下一步打算
秋耕前将再开展一轮回访，帮助农户调整犁铧安装角度。
澎崇县农业机械化技术推广站
2024年5月30日
""",
    ),
    dict(
        slug="fanwenapp-koudai-report-whisk-heritage-cn-date",
        site="公文口袋App share (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gongwenkoudai.example.cn/s/Rk82Qd",
        title="县文化馆非遗保护部主任2024年度述职报告",
        record_title="县文化馆非遗保护部主任2024年度述职报告（改改就能交）- 公文口袋",
        date="2025-01-06",
        notes="a writing app's text share: an open-app line, an AI polish button; the 成文日期 in Chinese numerals under the reporter's line",
        page="""
!a 在公文口袋App内打开，体验更流畅
!m 公文口袋 · 装得下所有材料
!t 县文化馆非遗保护部主任2024年度述职报告（改改就能交）
!m 述职报告 ｜ 1.6万次使用 ｜ 收录于 2 个月前
!a ✦ 一键AI润色　　✦ 换成我的单位
{BODY}
!a 没找到合适的？告诉口袋你要写什么
!l 同类推荐：文化馆馆长述职报告　｜　非遗中心年度工作总结
""",
        body="""
2024年，我在馆党支部和馆长的领导下，负责全县非物质文化遗产保护工作，现将履职情况报告如下。
一、推进项目保护。完成县级非遗代表性项目资源普查，新增“萧氏拂尘制作技艺”等三个县级项目，组织申报市级项目两个。
二、加强传承人培养。为拂尘制作、竹编等项目的传承人举办研修班两期，帮助萧玉堂等三位传承人各带徒两名。
三、开展宣传展示。组织非遗进校园、进社区活动十八场，举办第三届非遗手工艺展，展出拂尘、木雕等作品三百余件。
存在的不足主要是非遗数字化建档进度偏慢。新的一年，我将加快建档工作，推动非遗保护工作再上新台阶。
述职人：鲁晓宁
二〇二五年一月六日
""",
    ),
    dict(
        slug="examforum-shangan-essay-warmer-reply-jammer",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.example.com/thread-448102-1-1.html",
        title="从汤婆子回暖看老物件里的新民生",
        record_title="〔大作文互评〕从汤婆子回暖看老物件里的新民生（第三篇，求狠批） - 申论板块 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer fonts in the post, a reply-to-see prompt, a rating row, a QQ-group ad; post time 4 小时前 (no date)",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔大作文互评〕从汤婆子回暖看老物件里的新民生（第三篇，求狠批） - 申论板块 - 上岸驿站论坛</title>
<style>font.jammer{font-size:0}</style>
<script src="/static/js/bbs.js"></script>
</head>
<body>
<div id="hd">⟦m 上岸驿站论坛 · 考公考编互助社区⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸驿站论坛 › 申论板块 › 大作文互评⟧</div>
<div class="ts"><h1>⟦t 〔大作文互评〕从汤婆子回暖看老物件里的新民生（第三篇，求狠批）⟧</h1></div>
<div class="pi">⟦m 楼主　一次上岸　发表于 4 小时前⟧</div>
<div class="t_f">
<p>⟦m 题目：结合材料，围绕“小物件与大民生”自拟题目作文（1000字左右）⟧</p>
<p>{T}</p>
{BODY}
</div>
<div class="locked">⟦a 本帖附带的阅卷评分细则，回复后才能查看⟧</div>
<div class="rate">⟦l 参与评分 7 人　驿站币 +21⟧</div>
<div class="ad">⟦w 申论批改互助群 QQ 786530142，进群备注“上岸”⟧</div>
<div class="reply">⟦l 2楼 考研转考公：第三段论证有点单薄，可以加个例子⟧</div>
<div id="ft">⟦m 上岸驿站论坛 ( 湘ICP备20022751号 )⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
入冬以来，一度被电热毯、取暖器取代的汤婆子在不少地方重新走俏。老物件的回暖，折射出群众对安全、节能、实惠的朴素追求，也给基层治理提了个醒。
汤婆子好用，关键在于简单可靠。它不插电、不耗能，灌一壶热水就能暖一夜，特别适合用电不便的农村老人。这提醒我们，惠民服务不一定要高大上，群众用得上、用得起、用得放心才是硬道理。
但老物件也有新问题。劣质汤婆子焊缝渗漏、低温烫伤等问题时有发生，需要市场监管部门加强抽检，也需要社区、医院多做安全提示。
民生无小事。把一只汤婆子的安全管好，把一件件小事办实，群众的冬天才会真正暖起来。
""",
    ),
    dict(
        slug="examforum-kaogong-interview-plough-junk",
        site="考公小站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kaogongxz.example.cn/forum/thread-20931-1-1.html",
        title="结构化面试：老农坚持用犁铧耕地，不愿用旋耕机，你怎么看",
        record_title="【面试打卡第12天】结构化面试：老农坚持用犁铧耕地，不愿用旋耕机，你怎么看（含作答思路） - 面试交流 - 考公小站",
        date=None,
        notes="exam forum text: junk lines and junk glued after 。; post time 前天 (no date); replies and a study-group line",
        page="""
!m 考公小站论坛
!m 考公小站 » 面试交流 » 每日打卡
!t 【面试打卡第12天】结构化面试：老农坚持用犁铧耕地，不愿用旋耕机，你怎么看（含作答思路）
!m 乡村振兴小卒 发表于 前天 22:05　｜　查看 716　回复 9
{BODY}
!l 2# 稳住别慌：第三点对策很具体，学习了
!l 3# 面霸养成中：开头可以再亮一点观点
!w 面试一对一模拟，私信或加微信 kgxz_mianshi
!m 考公小站论坛　Powered by Discuz!
""",
        junk=dict(lines=2, glued=3),
        body="""
老人坚持用犁铧耕地，我认为既要理解，也要引导。
首先，要理解老人的想法。犁铧深耕翻土彻底，有利于打破犁底层，很多老农用了几十年，对它有感情，也有经验。而且一些山区地块小、坡度大，旋耕机确实不好施展。
其次，也要看到问题。人工扶犁效率低、劳动强度大，老人年纪大了，长时间下地存在安全风险。
如果我是村里的工作人员，我会这样做：一是上门了解老人的具体顾虑；二是请农技员现场演示，比较两种方式的耕作效果；三是对适合机械化的地块，协调合作社提供代耕服务，对小地块则尊重老人的选择。
总之，推进农业机械化要因地制宜，不能一刀切。
""",
    ),
]
