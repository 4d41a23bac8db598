"""holdout319, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-huanyuan-notice-keyhook-install",
        site="阛苑社区之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huanyuansq.example.cn/sqgg/2024/1115/64.html",
        title="关于为独居老人免费安装门后钥匙挂的通知",
        record_title="社区公告 » 关于为独居老人免费安装门后钥匙挂的通知 » 阛苑社区之家",
        date="2024-11-15",
        notes="residents' site: weather line, grid member's box, property repair and night lines beside the community's own 咨询电话; numbered items; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>社区公告 » 关于为独居老人免费安装门后钥匙挂的通知 » 阛苑社区之家</title>
<script src="/js/weather-widget.js"></script>
</head>
<body>
<div class="top">⟦m 阛苑社区之家⟧ <span class="wea">⟦m 11月15日 周五　阛水　晴 6～17℃　空气良⟧</span></div>
<div class="nav">⟦m 首页 · 社区公告 · 党建引领 · 便民服务 · 邻里活动 · 网格之窗⟧</div>
<div class="where">⟦m 首页 / 社区公告⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="meta">⟦m 发布：社区居委会　浏览 233 次⟧</p>
<div class="text">
{BODY}
</div>
</div>
<div class="side">
<div class="grid"><h4>⟦l 我的网格员⟧</h4><p>⟦m 第三网格　向丽华　13907395521⟧</p></div>
<div class="wuye"><h4>⟦l 物业服务⟧</h4><p>⟦m 物业报修：0739-5860900⟧</p><p>⟦m 夜间应急：0739-5860911⟧</p></div>
</div>
<div class="foot">⟦m 阛苑社区居民委员会　地址：阛水县阛苑路12号⟧<br>⟦d 本站信息仅供辖区居民参考⟧</div>
</body>
</html>
""",
        body="""
辖区各位居民：
入冬以来，社区接到多位老人反映出门忘带钥匙、被锁在门外的求助。为方便老人生活，社区联合辖区五金店开展“钥匙挂进家门”服务，为独居、空巢老人免费在门后安装钥匙挂。现将有关事项通知如下：
一、服务对象：辖区内65周岁以上独居、空巢老人；
二、报名时间：11月18日至11月29日，可到社区服务站登记，也可由子女代为报名；
三、安装时间：报名后一周内由社区志愿者和网格员上门安装，不收取任何费用。
安装进度将在“阛苑邻里”公众号上每周公布，请居民关注。
咨询电话：0739-5860233（社区服务站）
阛苑社区居民委员会
2024年11月15日
""",
    ),
    dict(
        slug="community-qiyuan-notice-lid-rack-tradein",
        site="碕苑社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://qiyuan.example-shequ.cn/tz/2025/0506/211.html",
        title="关于开展“旧锅盖架换新”便民服务活动的通知",
        record_title="【换新便民季】关于开展“旧锅盖架换新”便民服务活动的通知（老人家可请子女代约）- 碕苑社区网",
        date="2025-05-06",
        notes="residents' text page: schedule table one row a paragraph; 扫描二维码预约 as content; a property notice between paragraphs; 成文日期",
        page="""
!m 碕苑社区网 · 邻里一家亲
!m 社区首页 > 公告栏
!t 【换新便民季】关于开展“旧锅盖架换新”便民服务活动的通知（老人家可请子女代约）
!m 发布人：社区办公室　阅读：178
{BODY}
!l 上一条：碕苑社区五月份志愿服务安排
!a 转发到邻里群
!m 碕苑社区居委会　物业值班：0737-4233118
""",
        body="""
各位居民朋友：
为方便居民更新厨房用品，社区联合辖区爱家五金店开展“旧锅盖架换新”便民服务活动。居民可凭旧锅盖架以优惠价换购新锅盖架，行动不便的老人可预约志愿者上门安装。
活动安排如下：
楼栋　日期　地点
1至6栋　5月10日　社区广场
7至12栋　5月11日　社区广场
13至18栋　5月17日　社区服务站门口
⟦m 【物业提示】本周四上午9时至11时二次供水设施清洗，请提前储水⟧
需要上门安装的居民，请扫描社区服务站门口张贴的二维码预约，或拨打社区电话登记。
碕苑社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="association-zizhou-cookware-minutes-lid-rack-standard",
        site="辎州市厨具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.zzcja.example.org.cn/xhdt/2024/0723/88.html",
        title="《不锈钢壁挂式锅盖架》团体标准征求意见稿审议会会议纪要",
        record_title="〖标准工作〗《不锈钢壁挂式锅盖架》团体标准征求意见稿审议会会议纪要 - 辎州市厨具行业协会",
        date="2024-07-19",
        date_also=["2024-07-23"],
        notes="association page: member-login row, member hotline; minutes with 时间/地点/主持/出席/记录 lines and a vote count; page date four days after the meeting",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖标准工作〗《不锈钢壁挂式锅盖架》团体标准征求意见稿审议会会议纪要 - 辎州市厨具行业协会</title>
<script src="/js/assoc.js"></script>
</head>
<body>
<div class="login-row">⟦a 会员单位登录　｜　申请入会　｜　找回密码⟧</div>
<div class="brand">⟦m 辎州市厨具行业协会⟧ ⟦m ZIZHOU COOKWARE ASSOCIATION⟧</div>
<div class="nav">⟦m 首页 ｜ 协会概况 ｜ 协会动态 ｜ 标准工作 ｜ 会员风采 ｜ 政策法规⟧</div>
<div class="pos">⟦m 位置：首页 › 标准工作⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="info">⟦m 2024-07-23　｜　秘书处　｜　浏览 148⟧</p>
<div class="art-body">
{BODY}
</div>
<p class="att">⟦a 征求意见稿全文仅对会员单位开放，请登录后查看⟧</p>
</div>
<div class="side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会组织会员单位赴广交会观摩⟧</p><p>⟦l 关于缴纳2024年度会费的提醒⟧</p></div>
<div class="foot">⟦m 会员服务专线：0728-3871566⟧<br>⟦m 辎州市厨具行业协会秘书处　辎州市工业大道66号⟧</div>
</body>
</html>
""",
        body="""
时间：2024年7月19日上午9:30
地点：协会三楼会议室
主持：协会秘书长　骆颖
出席：会长单位及理事单位代表17人
记录：协会秘书处　孔佳
会议审议了《不锈钢壁挂式锅盖架》团体标准（征求意见稿）。起草组汇报了标准的主要内容：锅盖架单钩承重不低于3公斤，焊点经500次挂取试验不得开裂，接水盘容量不少于200毫升。
与会代表就承重指标和试验方法进行了讨论，同意将整体承重由10公斤提高到12公斤。
会议表决：同意16票，弃权1票，反对0票。征求意见稿获得通过，将于8月上旬面向会员单位公开征求意见。
""",
    ),
    dict(
        slug="association-zhicheng-daily-chem-pledge-bottle-reuse",
        site="轵城市日用化学品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zcrhxh.example.org/news/2024/1203/37.html",
        title="关于推广洗手液瓶循环使用的倡议书",
        date="2024-12-02",
        notes="record title as is; the association's name at the top is also the signature (head); a join-us line and copyright footer; 成文日期",
        page="""
!m 轵城市日用化学品行业协会
!m 协会首页 — 协会动态 — 倡议与公告
{T}
!m 发布日期：2024-12-03　点击：264
{BODY}
!a 欢迎日化企业加入协会，入会申请表请到“下载中心”获取
!m 会员热线：0728-3358008
!d ©轵城市日化协会　本站内容未经许可请勿转载
""",
        date_also=["2024-12-03"],
        body="""
全市日化企业及会员单位：
一只洗手液瓶从生产到丢弃，往往只用了几个月。为减少塑料包装浪费，市日用化学品行业协会向全体会员单位发出如下倡议：
一、推广大容量补充装，引导消费者重复使用原装洗手液瓶；
二、改进压头设计，方便拆卸清洗，瓶身标注“可循环”标识和清洗方法；
三、有条件的企业可在门店设置空瓶回收点，回收的洗手液瓶统一清洗消毒后再利用；
四、不夸大宣传，不过度包装，自觉接受社会监督。
让我们从一只瓶子做起，为绿色生活尽一份力。
轵城市日用化学品行业协会
2024年12月2日
""",
    ),
    dict(
        slug="company-lebu-recall-harness-batches",
        site="乐步婴童官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.lebu-baby.example.com/news/recall-20240826.html",
        title="关于召回部分批次背心式学步带的公告",
        record_title="公司公告 ⇢ 关于召回部分批次背心式学步带的公告 | 乐步婴童",
        date="2024-08-26",
        notes="company site: cookie notice, service float, 400 order line beside the recall line in the body; batches table one row a paragraph; 扫描二维码查询 as content; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>公司公告 ⇢ 关于召回部分批次背心式学步带的公告 | 乐步婴童</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/site.js" defer></script>
</head>
<body>
<header><a class="brand">⟦m 乐步婴童 LEBU⟧</a><nav>⟦m 首页　产品中心　安全知识　新闻中心　关于乐步⟧</nav><span class="hotline">⟦m 订购热线 400-877-6021⟧</span></header>
<div class="crumbs">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<main>
<h1>{T}</h1>
<p class="date">⟦m 乐步婴童　|　阅读 5.3k⟧</p>
<section class="news-body">
{BODY}
</section>
<div class="prev-next"><p>⟦l 上一篇：乐步婴童通过婴童用品安全体系认证⟧</p><p>⟦l 下一篇：夏季带娃出行安全小贴士⟧</p></div>
</main>
<div class="service-float">⟦a 在线客服⟧ ⟦a 返回顶部⟧</div>
<div class="cookie-bar">⟦d 本站使用 Cookie 改善浏览体验，继续浏览即表示您同意我们的 Cookie 政策。⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m © 2024 阛水县乐步婴童用品有限公司　湘ICP备20036617号⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司近期在自检中发现，2024年5月至6月生产的部分背心式学步带，锁扣在反复开合后可能出现卡扣松脱，存在幼儿跌倒的风险。为保障儿童安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　数量（条）
LB-201蓝色　LB2405A01至LB2405A12　3600
LB-202粉色　LB2406B01至LB2406B08　2400
用户可扫描产品吊牌上的二维码查询批号，属于召回范围的，请停止使用，并拨打召回专线登记，我公司将免费更换新品或全额退款。
召回专线：0728-6378900（每日8:30-20:00）
阛水县乐步婴童用品有限公司
2024年8月26日
""",
    ),
    dict(
        slug="company-heshun-news-bucket-lid-valve",
        site="和顺塑业 (invented company site, text export)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.heshun-plastic.example.cn/xw/qydt/2025-02-18.html",
        title="和顺塑业推出带呼吸阀的密封水桶盖",
        record_title="企业动态-和顺塑业推出带呼吸阀的密封水桶盖-阛水县和顺塑业有限公司",
        date="2025-02-18",
        notes="company news: the title repeated and glued before the lead; 发布时间 byline; product-ad line and contact footer",
        page="""
!m 阛水县和顺塑业有限公司
!m 首页 | 关于和顺 | 产品展示 | 企业动态 | 联系我们
!m 企业动态
{T}
!m 发布时间：2025-02-18　作者：企划部　浏览：91
{T}{BODY}
!a 【产品中心】密封水桶盖、储水桶、周转箱，批发定制欢迎来电
!l 上一条：和顺塑业召开2025年安全生产工作会
!m 销售电话：0739-5833021　传真：0739-5833022
!m 地址：阛水县工业园区和顺路3号
""",
        body="""
2月中旬，阛水县和顺塑业有限公司新研发的带呼吸阀密封水桶盖正式投产。这款桶盖在盖面中央设置了单向呼吸阀，既能防止蚊虫和灰尘进入，又能平衡桶内外气压，避免拧盖时“吸住打不开”。
公司技术部负责人介绍，新桶盖采用食品级聚丙烯材料，配有硅胶密封圈，可适配市面上常见的20升、25升储水桶。产品在试用阶段已送往县疾控中心和部分乡镇，农户反映开合方便、盖得严实。
目前，新桶盖日产能达到8000只，首批订单已发往周边三个县。
""",
    ),
    dict(
        slug="training-qihang-brochure-nanny-class-harness",
        site="轵城启航职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qihang-px.example.cn/zs/yuyingyuan-2025chun.html",
        title="2025年春季育婴员周末班招生简章",
        record_title="2025年春季育婴员周末班招生简章〔含学步带等实操课〕丨轵城启航职业培训学校",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the school's own 报名电话; numbered items; brochure without a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>2025年春季育婴员周末班招生简章〔含学步带等实操课〕丨轵城启航职业培训学校</title>
<script src="/js/kefu-float.js"></script>
</head>
<body>
<div class="promo">⟦a 🎉 春季报名季：两人同报各减200元，名额有限⟧</div>
<div class="head">⟦m 轵城启航职业培训学校⟧ ⟦m 学一技之长　启人生新航⟧ <span>⟦m 加盟合作热线 400-690-1188⟧</span></div>
<div class="menu">⟦m 首页 ｜ 课程设置 ｜ 招生简章 ｜ 师资力量 ｜ 学员风采 ｜ 在线报名⟧</div>
<div class="crumb">⟦m 首页 › 招生简章⟧</div>
<div class="zs">
<h1>{T}</h1>
<div class="zs-body">
{BODY}
</div>
<p class="zs-btn">⟦a 立即在线报名，老师1小时内回电⟧</p>
</div>
<div class="kefu">⟦a 免费试听一节 · 点我预约⟧</div>
<div class="foot">⟦d 本简章最终解释权归本校所有⟧<br>⟦m 办学许可证号：轵人社民4211000230号⟧</div>
</body>
</html>
""",
        body="""
本期育婴员周末班面向准备从事家政育婴服务的学员及新手爸妈，采用理论讲授与实操练习相结合的方式，帮助学员掌握0至3岁婴幼儿照护技能。
一、课程内容：婴儿喂养、洗浴抚触、常见病护理、辅食制作、学步期安全照护（含学步带、安全座椅的正确使用）等。
二、上课时间：每周六、周日9:00-16:00，共8个周末。
三、招收对象：年满18周岁，身体健康，初中以上文化程度。
四、收费标准：学费2680元，含教材和实操耗材费。
结业考核合格者，由学校推荐参加育婴员职业技能等级认定。
报名电话：0739-5875516　报名地址：轵城市轺明路88号启航大厦3楼
""",
    ),
    dict(
        slug="training-juran-insight-organizer-keyhook",
        site="居然好收纳学院 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.juranhaoshouna.example.com/xueyuan/fx/1207.html",
        title="整理收纳师培训学习心得",
        record_title="学员分享 ◆ 整理收纳师培训学习心得 ◆ 居然好收纳学院",
        date=None,
        notes="training school text: trial-class line between paragraphs, course ad and consult WeChat; shared 4 天前 (no date)",
        page="""
!m 居然好收纳学院
!m 首页 / 学员分享
!t 学员分享 ◆ 整理收纳师培训学习心得 ◆ 居然好收纳学院
!m 第27期学员 彭小满　｜　4 天前　｜　阅读 390
{BODY}
!a 下一期整理收纳师班6月开课，点此占座
!w 课程顾问微信：jrhsn_xiaowen
!l 更多学员分享：宝妈转行做收纳师，三个月接了20单
!d 居然好收纳学院 版权所有
""",
        body="""
参加整理收纳师培训之前，我以为收纳就是买几个箱子把东西装起来。七天课程下来，我才明白收纳的核心是“让每样东西都有固定的家”。
老师在讲玄关收纳时举了一个例子：很多家庭每天出门找钥匙，不是因为东西多，而是钥匙没有固定的位置。一块钥匙挂，装在开门后手最自然落下的地方，就能解决问题。课后我回家试了试，把钥匙挂从鞋柜侧面移到门边，全家人果然都养成了进门挂钥匙的习惯。
⟦a 想听完整玄关课？领取一节免费体验课⟧
实操课上，我们分组给一套六十平方米的老房子做整理方案，我负责玄关和厨房，第一次体会到收纳方案要围着人的动线来设计。
这次培训让我收获的不只是技巧，更是一种生活态度。我会继续学习，争取早日拿到证书。
""",
    ),
    dict(
        slug="app-miaobi-host-script-bottle-craft",
        site="妙笔范文 App H5 分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.miaobifanwen.example.com/share/article?id=5520913&from=wx",
        title="社区“旧瓶新用”亲子手工活动主持词",
        record_title="社区“旧瓶新用”亲子手工活动主持词 — 来自「妙笔范文」App分享",
        date=None,
        notes="writing app H5 share: open-app mask, fold, an AI-rewrite button glued after a 。; host script without a date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>社区“旧瓶新用”亲子手工活动主持词 — 来自「妙笔范文」App分享</title>
<script src="https://h5.miaobifanwen.example.com/static/share.js"></script>
</head>
<body>
<div class="open-app-bar">⟦a 妙笔范文App内打开，阅读更流畅⟧ <button>⟦a 打开⟧</button></div>
<div class="art">
<h1>{T}</h1>
<p class="art-meta">⟦m 妙笔范文 · 主持词频道　｜　4.7万人看过⟧</p>
<div class="art-body">
{BODY}
</div>
<div class="fold">⟦a 剩余内容已折叠，打开App继续阅读 ︾⟧</div>
</div>
<div class="rec"><h4>⟦l 大家都在用⟧</h4><p>⟦l 社区垃圾分类亲子活动主持词⟧</p><p>⟦l 重阳节社区敬老活动主持稿⟧</p></div>
<div class="mask">⟦a 下载妙笔范文，10万篇范文随时改⟧</div>
</body>
</html>
""",
        body="""
各位家长、各位小朋友：
大家上午好！欢迎来到碕苑社区“旧瓶新用”亲子手工活动现场。
家里用完的洗手液瓶，很多人随手就扔了。其实，洗干净的洗手液瓶可以变成小花盆、笔筒，还能做成会喷水的小玩具。今天，我们就请小朋友和爸爸妈妈一起动手，让旧瓶子有一个新家。
活动分为三个环节：第一个环节，请志愿者老师示范怎样清洗瓶子、拆下压头；第二个环节，各家庭动手制作，时间四十分钟；第三个环节，作品展示和评选。
下面，有请志愿者老师上台示范！⟦a ✎ AI帮我换个说法⟧
活动到这里就要结束了。感谢每一个家庭的参与，希望大家把今天学到的方法带回家，让更多旧物变成宝贝。下次活动再见！
""",
    ),
    dict(
        slug="app-xiezuo-summary-canteen-lids-oneline",
        site="写作助手 App (invented, shared text)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiezuozhushou.example.cn/t/8K2mQv",
        title="食堂后厨“锅盖上架”整改工作总结",
        record_title="食堂后厨“锅盖上架”整改工作总结 | 写作助手App·范文详情",
        date="2025-06-28",
        notes="app share on one line, paragraphs apart only by their indent; app chrome around it; 成文日期 at the end",
        page="""
!m 写作助手App · 范文详情
!a 打开App一键生成同类范文
{T}
!m 共 412 字 · 被收藏 87 次
{BODY}
!a 复制全文需开通会员 ｜ 去开通
!l 相似范文：学校食堂食品安全自查整改报告
!d 内容由用户分享，仅供参考
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
今年5月，区市场监管局在检查中指出我校食堂后厨存在锅盖随地摆放、与生熟食品交叉等问题。食堂立即开展“锅盖上架”专项整改，现将整改情况总结如下。
一是添置设施。新购不锈钢壁挂式锅盖架6组、落地式锅盖架2台，实现每口灶、每个蒸柜旁都有锅盖架。
二是明确责任。把锅盖归位纳入岗位职责，由各灶头厨师负责本灶锅盖的清洗和上架，班组长每餐后检查。
三是加强监督。后厨安装的摄像头覆盖所有锅盖架，食堂管理员每天随机抽看录像，发现问题当天通报。
整改以来，后厨面貌明显改善，在6月的复查中获得好评。下一步，我们将把这一做法推广到餐具、砧板等用具管理中。
轵城市第三中学食堂
2025年6月28日
""",
    ),
]
