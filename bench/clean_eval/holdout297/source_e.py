"""holdout297, part E: trade associations, company sites, training schools, writing apps, exam forums.

Invented text, written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="association-yunchuan-bamboo-pledge-labels",
        site="纭川县竹编行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.ycxzbxh.org.cn/xhdt/2024/0604/88.html",
        title="关于规范竹夫人产品标识和防霉处理的倡议书",
        record_title="〖协会倡议·标识篇〗关于规范竹夫人产品标识和防霉处理的倡议书 - 纭川县竹编行业协会",
        date="2024-06-03",
        notes="association site with a member-login row and a member hotline; the association's name in the header is "
        "also in a body sentence and the signature (matched as head); the secretariat's own phone in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖协会倡议·标识篇〗关于规范竹夫人产品标识和防霉处理的倡议书 - 纭川县竹编行业协会</title>
</head>
<body>
<div class="toprow">⟦a 会员单位登录　｜　申请入会　｜　会费查询⟧</div>
<div class="brand"><h2>⟦m 纭川县竹编行业协会⟧</h2><p>⟦m 一根竹子，编出一方产业⟧</p></div>
<div class="nav">⟦m 首页　协会概况　行业资讯　会员名录　非遗传承　联系我们⟧</div>
<div class="loc">⟦m 首页 &gt; 行业资讯 &gt; 协会公告⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2024-06-03　发布人：秘书处⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 会员风采⟧</h4><ul><li>⟦l 簌溪竹艺：一只竹夫人的电商之路⟧</li><li>⟦l 绠口万竹：老作坊上了新设备⟧</li></ul></div>
<div class="foot"><p>⟦m 会员服务热线：0745-7230 5500⟧</p><p>⟦m 协会地址：纭川县簌溪镇竹乡大道6号⟧</p><p>⟦m 湘ICP备21014452号⟧</p></div>
</body>
</html>
""",
        body="""
全县竹编企业、作坊和电商经营户：
竹夫人是我县竹编的拳头产品。近期县市场监管局抽查发现，个别产品存在霉菌检出、无厂名厂址、虚标“全手工”等问题，损害了纭川竹编的整体声誉。为此，纭川县竹编行业协会向全行业发出如下倡议：
一、如实标识。每只竹夫人须挂标签，注明生产者名称、地址、竹材产地和规格，不虚标“非遗”“全手工”。
二、做好防霉。竹材坚持蒸煮或炭化处理，成品充分晾晒后再包装，雨季增加抽检频次。
三、诚信经营。不以次充好、不恶意压价，网店详情页如实展示产品。
四、互相监督。发现仿冒、虚标行为，请向协会秘书处反映，协会将及时协调处理。
协会秘书处电话：0745-7230 5512
纭川县竹编行业协会
2024年6月3日
""",
    ),
    dict(
        slug="association-youcheng-textiles-council-minutes",
        site="猷城市家纺行业协会 (invented, text)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.ycjfxh.cn/hyjy/2024/0418.html",
        title="猷城市家纺行业协会三届四次理事会会议纪要",
        record_title="〔会员内参〕猷城市家纺行业协会三届四次理事会会议纪要_猷城家纺",
        date="2024-04-16",
        notes="association minutes: 时间/地点/主持/出席/列席/记录 lines and a vote count kept; the 时间 line gives the "
        "date; a members-only line between items",
        page="""
!m 猷城家纺 · 猷城市家纺行业协会官网
!m 首页 - 协会工作 - 会议纪要
!t 〔会员内参〕猷城市家纺行业协会三届四次理事会会议纪要
!m 秘书处　2024-04-18　阅读 88
{BODY}
!a 会员单位可登录后下载纪要原件
!l 往期纪要：三届三次理事会会议纪要
!m 猷城市家纺行业协会秘书处　电话：0736-8231 0660
""",
        body="""
时间：2024年4月16日上午9:00
地点：协会会议室
主持：会长、栳丰家纺董事长　蒋国栋
出席：理事23人（应到27人）
列席：监事会成员3人
记录：秘书处　邵雯
会议审议并通过以下事项：
一、审议通过《家纺产品被罩尺寸团体标准（征求意见稿）》，同意面向会员单位征求意见一个月。表决结果：同意22票，反对0票，弃权1票。
⟦a 以下内容仅对会员单位开放，请登录后查看⟧
二、同意吸收猷城市簌锦床品有限公司等4家企业为会员单位。
三、决定于6月举办被罩缝制工艺技能比武，由秘书处拟定方案。
四、要求各理事单位在5月底前报送2023年度产销数据。
""",
    ),
    dict(
        slug="company-jinglan-recall-condiment-bottles",
        site="晶澜玻璃 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.jinglan-glass.com/news/notice/2024111801.html",
        title="关于召回部分批次玻璃调味瓶的公告",
        record_title="关于召回部分批次玻璃调味瓶的公告 - 新闻中心 - 晶澜玻璃",
        date="2024-11-18",
        notes="company site: a cookie notice, a service float and a 400 order line beside the recall line in the body; "
        "a batch table whose rows carry production dates; the signature date is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于召回部分批次玻璃调味瓶的公告 - 新闻中心 - 晶澜玻璃</title>
<script src="/assets/js/cookie-consent.js"></script>
</head>
<body>
<header><div class="logo">⟦m 晶澜玻璃 JINGLAN⟧</div><nav>⟦m 首页　产品中心　新闻中心　品质保障　联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<section class="news-detail">
<h1>{T}</h1>
<p class="time">⟦m 2024-11-18　浏览量：2406⟧</p>
<div class="text">
{BODY}
</div>
<div class="pn">⟦l 上一篇：晶澜玻璃通过食品接触材料认证复审⟧　⟦l 下一篇：晶澜亮相猷城日用品博览会⟧</div>
</section>
<div class="kefu">⟦w 在线客服 9:00-21:00⟧</div>
<footer><p>⟦m 订购热线：400-0736-2288⟧</p><p>⟦m © 2024 猷城市晶澜玻璃制品有限公司　湘ICP备18040031号⟧</p></footer>
<div class="cookie">⟦d 本站使用Cookie改善您的浏览体验，继续访问即视为您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在产品质量回访中发现，2024年9月生产的部分批次500毫升玻璃调味瓶，瓶盖内的硅胶密封圈存在尺寸偏小问题，可能导致瓶盖密封不严、调味品渗漏。为保障消费者权益，我公司决定主动召回以下批次产品：
产品名称　规格　生产批号　生产日期
玻璃调味瓶（带刻度）　500毫升　JL240903　2024年9月3日
玻璃调味瓶（带刻度）　500毫升　JL240911　2024年9月11日
玻璃油壶　500毫升　JL240917　2024年9月17日
已购买上述批次产品的用户，可凭购买凭证到原购买门店免费更换，或拨打召回专线0736-8266 3015申请邮寄更换。
由此给您带来的不便，我们深表歉意。
猷城市晶澜玻璃制品有限公司
2024年11月18日
""",
    ),
    dict(
        slug="company-laofeng-brochure-lumbar-cushion-pdf",
        site="栳丰家纺 (invented company site, text)",
        style="企业官网",
        genre="产品手册",
        kind="other",
        form="text",
        source="https://www.laofeng-home.com/download/kz-manual-2024.pdf",
        title="栳丰家纺护腰靠枕产品手册",
        record_title="栳丰家纺护腰靠枕产品手册.pdf",
        date=None,
        notes="file-name record title; a product brochure with numbered features and a size table; an order line and "
        "a download button around; no date",
        page="""
!m 栳丰家纺 官方网站　|　产品中心 > 靠枕系列 > 资料下载
!m 资料名称：栳丰家纺护腰靠枕产品手册（PDF，1.2MB）
!a ⤓ 保存手册到本地
{BODY}
!l 你可能还喜欢：记忆棉颈枕　|　全棉被罩四件套
!m 订购热线：400-0736-2200　工作时间 8:30-20:30
!d © 栳丰家纺 保留对本手册的最终解释权
""",
        body="""
栳丰护腰靠枕，专为久坐人群设计。
一、产品特点
1.人体工学弧度：背面贴合腰椎曲线，正面平整，办公椅、汽车座椅、沙发都能用。
2.慢回弹记忆棉内芯：密度50D，受压后缓慢回弹，长时间倚靠不塌陷。
3.可拆洗外套：外套为全棉针织面料，拉链隐藏式设计，可机洗。
二、规格
型号　尺寸（厘米）　适用场景
KZ-01　40×35×10　办公椅
KZ-02　36×30×8　汽车座椅
KZ-03　45×45×12　沙发、床头
三、使用与保养
内芯不可水洗，可放在通风处晾晒；外套建议两周清洗一次，水温不超过40℃。
""",
    ),
    dict(
        slug="training-qiaojie-brochure-housekeeping-bedding",
        site="巧姐家政培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaojiejz.com/zsjz/2024spring.html",
        title="家政收纳整理实操班招生简章",
        record_title="〔春季周末班〕家政收纳整理实操班招生简章 · 巧姐家政学校",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 franchise line beside the school's own 报名电话; "
        "a course table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔春季周末班〕家政收纳整理实操班招生简章 · 巧姐家政学校</title>
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="promo">⟦a 新学员报名立减200元，老学员介绍再送收纳工具包⟧</div>
<header><span class="logo">⟦m 巧姐家政培训学校⟧</span><nav>⟦m 首页　课程设置　师资力量　学员风采　就业推荐　在线报名⟧</nav></header>
<div class="crumb">⟦m 首页 › 招生简章⟧</div>
<main>
<h1>{T}</h1>
<div class="meta">⟦m 招生老师：巧姐　｜　已报名 13 人⟧</div>
<div class="con">
{BODY}
</div>
<a class="btn">⟦a 立即在线报名⟧</a>
</main>
<div class="float">⟦w 在线咨询 巧姐老师⟧</div>
<footer><p>⟦m 全国加盟热线：400-0736-7788⟧</p><p>⟦m 巧姐家政培训学校　办学许可证号：教民143070270001号⟧</p></footer>
</body>
</html>
""",
        body="""
巧姐家政培训学校家政收纳整理实操班现面向社会招收学员。本班以实操为主，适合有意从事家政服务、酒店客房服务的人员。
一、课程安排
课程　课时　主要内容
床品整理　6课时　被罩更换、床单包角、被子折叠
衣物收纳　8课时　分类折叠、衣柜分区
厨房整理　6课时　调味瓶归位、台面清洁
二、开课时间：每周六、周日上午9:00—12:00，共5个周末。
三、学费：1280元，含实操耗材和结业考核费。
四、报名地点：猷城市橄湾区学府路126号巧姐家政培训学校二楼。
报名电话：0736-8270 6618（周一至周日9:00—18:00）
""",
    ),
    dict(
        slug="training-lvjiang-insight-gardener-trowel",
        site="绿匠园艺培训 (invented, text)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.lvjiangyy.com/xueyuan/xinde/219.html",
        title="园艺工培训结业心得：从不会拿花铲到独立做花境",
        record_title="〔结业感言〕园艺工培训结业心得：从不会拿花铲到独立做花境｜绿匠园艺培训",
        date=None,
        notes="training school text: a trial-lesson prompt between paragraphs, a consult WeChat line, a sign-up "
        "button; a trainee's insight with no date",
        page="""
!m 绿匠园艺培训 · 园林绿化技能培训
!m 首页 > 学员天地 > 结业感言
!t 〔结业感言〕园艺工培训结业心得：从不会拿花铲到独立做花境
!m 学员：周满仓（第12期园艺工班）
{BODY}
!a 我也要报名 →
!w 课程咨询请加绿匠老师微信：lvjiang_teacher
!m 绿匠园艺培训学校　地址：猷城市橄湾区苗圃路3号
""",
        indent="\u3000\u3000",
        body="""
报名园艺工培训班之前，我是一名在超市上班的收银员，家里阳台上的花养一盆死一盆。两个月的课程结束后，我已经能独立完成一个小花境的设计和栽植了。
第一周，老师没让我们碰花苗，先教我们认工具、用工具。光是花铲就有窄头、宽口、移栽铲好几种，什么时候用哪一种、铲子该怎么握、下铲多深，都有讲究。
⟦a 想体验一节园艺实操课？点此预约免费试听⟧
第三周开始进苗圃实操。老师教我们看土壤干湿，用花铲挖穴、放苗、回填、压实，一株一株地练。我的手磨出了水泡，但栽下去的苗一周后全部成活，那种成就感没法形容。
最后的结业考核是在一块十平方米的空地上做花境。我们小组选了“四季有花”的主题，从画图到栽植用了两天，考核得了92分。
现在我已经在一家园林公司找到了工作。感谢老师们，也感谢当初那个下决心改变的自己。
""",
    ),
    dict(
        slug="writingapp-luobi-report-cushion-workshop-director",
        site="落笔App (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.luobiapp.com/share/essay/7302291?from=wx",
        title="家纺厂缝制车间主任2024年度述职报告",
        record_title="家纺厂缝制车间主任2024年度述职报告【范文可套用】 - 落笔App分享",
        date="2025-01-06",
        notes="writing-app share page: an open-app mask, a fold, AI buttons glued after a paragraph, a copy counter; "
        "the 述职人 line and the date under it",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>家纺厂缝制车间主任2024年度述职报告【范文可套用】 - 落笔App分享</title>
<script src="https://h5.luobiapp.com/static/share.js"></script>
</head>
<body>
<div class="mask-top">⟦a 打开落笔App，无广告读全文⟧ <span class="btn">⟦a 打开⟧</span></div>
<div class="essay">
<h1>{T}</h1>
<div class="tags">⟦m 述职报告 · 车间主任 · 1120字⟧</div>
<div class="copied">⟦m 已有3.2万人复制此范文⟧</div>
<div class="essay-body">
{BODY}
</div>
<div class="fold">⟦a 点开看后半篇 ∨⟧</div>
<div class="ai">⟦a AI续写　AI润色　一键换风格⟧</div>
</div>
<div class="rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 生产车间班组长年终述职⟧</p><p>⟦l 质检部主管个人工作总结⟧</p></div>
<div class="dl-bar">⟦a 下载落笔App，10万篇范文随心用⟧</div>
</body>
</html>
""",
        body="""
各位领导、同事们：
2024年，我担任栳丰家纺缝制二车间主任，主要负责靠枕和抱枕产线的生产组织。现将一年来的工作述职如下。
一、完成生产任务。全年车间共生产各类靠枕41.6万只，比上年增长18%，按期交货率98.7%，全年未发生安全生产事故。
二、抓好产品质量。针对客户反映的靠枕拉链易脱落问题，车间改进了拉链锁边工艺，返修率由2.1%降到0.6%。⟦a ✦ 一键润色本段⟧
三、带好员工队伍。组织技能比武两次，培养缝纫熟练工14名，车间员工流失率比上年下降5个百分点。
不足之处是新品打样速度还不够快，部分订单交期偏紧。2025年，我将推动车间引进自动充棉设备，进一步提高效率。
述职人：邵桂芳
2025年1月6日
""",
    ),
    dict(
        slug="writingapp-wensiquan-host-script-condiment-oneline",
        site="文思泉App (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.wensiquan.cn/s/zcc/44120857",
        title="“光盘行动·调味瓶归位”餐桌文明主题班会主持词",
        record_title="“光盘行动·调味瓶归位”餐桌文明主题班会主持词（改改就能用）| 文思泉App",
        date=None,
        notes="writing-app share saved on one line (paragraphs apart only by their indent); stage directions in "
        "brackets kept; an open-app prompt and a member prompt around; a host script has no date",
        page="""
!a 在文思泉App内打开，阅读体验更好
!t “光盘行动·调味瓶归位”餐桌文明主题班会主持词（改改就能用）
!m 主持词 · 班会 · 约650字　｜　收藏 2190
{BODY}
!a 开通泉水会员，全站主持词免费复制
!l 相关：节约粮食主题班会主持词｜文明就餐演讲稿
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
尊敬的老师们，亲爱的同学们：
大家好！欢迎来到本周的主题班会。今天我们的主题是“光盘行动·调味瓶归位”。
同学们，每天中午走进食堂，你是否注意过餐桌上的醋瓶、酱油瓶？有人用完随手一放，有人拧开盖子往碗里倒，还有人把瓶子当玩具。
下面，请生活委员为大家通报上周食堂餐桌文明检查情况。
（生活委员通报）
谢谢生活委员。听了通报，大家是不是有些脸红？接下来，请第三小组表演情景剧《调味瓶的一天》。
（情景剧表演）
最后，让我们一起宣读餐桌文明承诺：按需取用，用完归位，不浪费一滴一粒。
本次主题班会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="examforum-anshang-essay-bamboo-wife-jammer",
        site="岸上见公考论坛 (invented, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.anshangjian.com/thread-318204-1-1.html",
        title="守住一只竹夫人，就是守住一门手艺的根",
        record_title="【大作文互改】守住一只竹夫人，就是守住一门手艺的根（第17期） - 申论专区 - 岸上见公考论坛",
        date=None,
        notes="exam forum: jammer-font junk inside the post, a reply-to-see prompt, a QQ-group ad, a rating row; an "
        "essay with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>【大作文互改】守住一只竹夫人，就是守住一门手艺的根（第17期） - 申论专区 - 岸上见公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div id="toptb">⟦a 登录　｜　立即注册　｜　找回密码⟧</div>
<div id="hd">⟦m 岸上见公考论坛 · 一起上岸⟧</div>
<div class="qqad">⟦w 申论批改交流群：QQ 736182204，进群备注“岸上见”⟧</div>
<div id="pt">⟦m 岸上见公考论坛 › 笔试交流 › 申论专区⟧</div>
<div class="pl">
<div class="pls">⟦m 今年必上岸2025⟧<br>⟦m 积分 318　在线 141 小时⟧</div>
<h1>⟦t 【大作文互改】守住一只竹夫人，就是守住一门手艺的根（第17期）⟧</h1>
<div class="authi">⟦m 发表于 2 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖评分标准与名师点评：回复后刷新可见⟧</div>
<div class="rate">⟦l 评分　参与人数 5　岸币 +12　理由：立意清晰，结构完整⟧</div>
</div>
<div class="reply"><p>⟦l 板凳　申论小白：第二段论据很扎实，学习了⟧</p></div>
<div id="ft">⟦m 岸上见公考论坛　手机版　联系站长　湘ICP备22006673号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在纭川县簌溪镇，一只竹夫人要经过破竹、劈篾、刮篾、编织、收口等二十多道工序。过去，这门手艺靠师傅带徒弟口口相传；如今，年轻人大多进城务工，会编竹夫人的篾匠平均年龄已超过六十岁。
守住手艺，首先要让手艺人有饭吃。簌溪镇引导作坊抱团成立合作社，统一标准、统一品牌，竹夫人从几十元卖到上百元，年轻篾匠的月收入超过了外出打工。
守住手艺，还要让手艺走进年轻人的生活。有的高校开设了竹编选修课，有的工坊推出了迷你竹夫人、竹编灯罩等新品，老手艺有了新面孔。
一只竹夫人虽小，却承载着乡土记忆和工匠精神。只有让传统手艺既有“里子”又有“面子”，非遗才能真正活起来、传下去。
""",
    ),
    dict(
        slug="examforum-anshang-interview-canteen-bottles-junk",
        site="岸上见公考论坛 (invented, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.anshangjian.com/thread-320977-1-1.html",
        title="结构化面试真题：食堂调味瓶脏乱差，学生意见大，你作为后勤工作人员怎么办？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; anti-scraping junk as lines and glued after 。; a "
        "reply-to-see prompt; a relative post time is no date",
        page="""
!m 岸上见公考论坛 › 面试交流 › 结构化真题
{T}
!m 楼主 面试冲冲冲　发表于 2 小时前　｜　查看 1208　回复 36
{BODY}
!a 参考答案已隐藏，回复本帖后可见
!l 沙发　上岸的鱼：思路很清楚，第三点可以再具体一些
!l 板凳　小周同学：打卡，明天面试
!m 岸上见公考论坛　手机版　联系站长
""",
        junk=dict(lines=2, glued=3),
        body="""
这道题属于应急应变类，我的答题思路如下，请各位考友指正。
首先，我会第一时间到食堂查看情况，对餐桌上明显脏污的调味瓶立即撤下清洗，同时向就餐学生说明情况，表示我们马上整改。
其次，找准问题根源。我会和食堂负责人、保洁人员沟通，了解调味瓶多久清洗一次、由谁负责、有没有记录，查清是制度缺失还是执行不到位。
再次，建立长效机制。一是明确调味瓶每日擦拭、每周消毒的标准，责任到人；二是在餐桌放置提示牌，倡导学生用完归位；三是每周抽查，结果公开。
最后，我会把整改情况通过学生会反馈给同学们，欢迎大家继续监督。
""",
    ),
]
