"""holdout330, part E: trade associations, company sites, training schools, writing apps and
civil-service-exam forums. Every document, place, person, firm, site, URL and phone is invented;
each case written by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fangcheng-packaging-assoc-pledge-foil-naming",
        site="彷城市日用包装行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.fcbzxh.example.org.cn/xhgg/2025/0919/46.html",
        title="关于规范食品用铝箔制品“锡纸”名称标注的倡议书",
        record_title="〖同业自律〗关于规范食品用铝箔制品“锡纸”名称标注的倡议书_协会公告_彷城市日用包装行业协会",
        date="2025-09-18",
        date_also=["2025-09-19"],
        notes="association page with a member-login row and a member hotline; the association's name in the "
        "header is also the signature (matched as head); the page date differs from the 成文日期; sharing "
        "the pledge as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖同业自律〗关于规范食品用铝箔制品“锡纸”名称标注的倡议书_协会公告_彷城市日用包装行业协会</title><script src="/js/member-login.js"></script></head>
<body>
<div class="xh-login">⟦a 会员单位登录 ┆ 申请入会 ┆ 会费查询⟧</div>
<div class="xh-logo">⟦m 彷城市日用包装行业协会⟧</div>
<div class="xh-nav">⟦m 协会首页　协会公告　行业资讯　会员名录　标准法规⟧</div>
<div class="xh-crumb">⟦m 协会首页 ▸ 协会公告⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 发布：2025-09-19　来源：协会秘书处⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-hot">⟦m 会员服务专线：0734-8255610⟧</div>
<div class="xh-ft">⟦d 协会网站内容未经许可不得转作商业用途⟧<br>⟦m 湘ICP备18004729号⟧</div>
</body></html>
""",
        body="""
全市各锡纸生产、销售会员单位：
日常所说的“锡纸”，绝大多数其实是铝箔。一些商家在包装上标注“纯锡纸”“锡箔纸”，容易让消费者误以为产品耐高温、可微波，带来使用隐患。为此，协会向全体会员单位发出如下倡议：
一、产品包装上规范标注“食品接触用铝箔”，如需沿用“锡纸”俗称，应加注括号说明。
二、在包装正面醒目标明“不可用于微波炉”“避免接触酸性食物”等警示语。
三、网店商品页面不使用“纯锡”“可微波”等不实用语，发现同行违规主动向协会反映。
请各会员单位将本倡议分享到企业员工群，共同维护行业信誉。
彷城市日用包装行业协会
2025年9月18日
""",
    ),
    dict(
        slug="xiaochuan-textile-chamber-minutes-pillows",
        site="逍川县家纺商会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.xcjfsh.example.org/shdt/2025/0725/31.html",
        title="逍川县家纺商会抱枕专业委员会第二次会议纪要",
        record_title="〈商会动态〉逍川县家纺商会抱枕专业委员会第二次会议纪要",
        date="2025-07-22",
        notes="minutes with 时间/地点/主持/出席/记录 lines (the 时间 line gives the date) and a vote count; a "
        "join-the-chamber line and a member hotline; a past-minutes link on a line of its own",
        page="""
!m 逍川县家纺商会
!m 商会首页 » 商会动态
!t 〈商会动态〉逍川县家纺商会抱枕专业委员会第二次会议纪要
!m 秘书处　2025-07-25　浏览 88
{BODY}
!w 欢迎家纺企业加入商会，入会咨询：0913-5176633
!l 往期纪要：抱枕专业委员会第一次会议纪要
!m 逍川县家纺商会秘书处　地址：铰塘镇家纺产业园综合楼3楼
""",
        date_also=["2025-07-25"],
        body="""
时间：2025年7月22日上午9时
地点：铰塘镇家纺产业园综合楼会议室
主持：唐素心
出席：抱枕专业委员会委员单位代表15人
记录：温小满
会议讨论通过了以下事项：
一、制定《抱枕充棉克重团体标准（讨论稿）》，45×45厘米抱枕充棉不少于550克，报商会理事会审议。表决结果：同意14票，反对0票，弃权1票。
二、委员单位共同采购阻燃检测服务，由商会秘书处统一联系县检验检测中心，费用按产量分摊。
三、下次会议定于10月中旬召开。
""",
    ),
    dict(
        slug="qingshuang-company-news-unscented-spray",
        site="清爽日化官网 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qingshuang-rh.example.com/news/2025/1103.html",
        title="清爽日化推出无香型衣物除味喷雾",
        record_title="新品登场 ｜ 清爽日化推出无香型衣物除味喷雾 - 清爽日化官网",
        record_date="2025-11-03",
        date="2025-11-03",
        notes="company news with a cookie notice and a service float; the record's date; the title repeated "
        "and glued before the lead; the company's short name inside the body; a product-ad line on a line "
        "of its own",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新品登场 ｜ 清爽日化推出无香型衣物除味喷雾 - 清爽日化官网</title><script src="/assets/js/cookie-consent.js"></script></head>
<body>
<div class="qs-cookie">⟦d 我们使用Cookie来改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<div class="qs-head">⟦m 清爽日化⟧ ⟦m 让衣物回到干净的味道⟧</div>
<div class="qs-nav">⟦m 首页　品牌故事　产品中心　新闻动态　加盟合作　联系我们⟧</div>
<div class="qs-crumb">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<h1>{T}</h1>
<div class="qs-date">⟦m 2025.11.03　｜　品牌部⟧</div>
<div class="qs-article">
{BODY}
</div>
<div class="qs-side"><h4>⟦l 热销产品⟧</h4><p>⟦l 衣物除味喷雾（清新型）500ml⟧</p><p>⟦l 鞋柜除味喷雾 300ml⟧</p></div>
<div class="qs-pn">⟦l 上一条：清爽日化通过质量管理体系复评审⟧</div>
<div class="qs-float">⟦w 在线客服　9:00-21:00⟧ ⟦m 订购热线 400-8830-125⟧</div>
<div class="qs-ft">⟦m 嬗溪县清爽日化有限公司　皖ICP备20077315号-1⟧</div>
</body></html>
""",
        body="""
⟦t 清爽日化推出无香型衣物除味喷雾⟧本网讯 11月1日，清爽日化新推出的无香型衣物除味喷雾正式上市。这款喷雾不添加香精和色素，主要成分为植物来源的除味剂，适合过敏人群和婴幼儿衣物使用。
研发部负责人郑青梧介绍，团队用了一年时间反复调整配方，解决了无香型产品“去味不彻底”的难题。经第三方检测，喷雾对衣物上烟味、油烟味的去除率达到85%以上。
⟦a 新品首发：官方商城下单立减10元⟧
据了解，该产品首批供应彷城市公交集团，用于车厢座椅织物的日常除味。
""",
    ),
    dict(
        slug="jingyuan-company-recall-glasses-chains",
        site="镜缘眼镜配件官网 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jingyuan-pj.example.cn/gonggao/2025/0520.html",
        title="关于召回部分批次金属眼镜链的公告",
        record_title="公司通告 › 关于召回部分批次金属眼镜链的公告 - 镜缘眼镜配件",
        date="2025-05-19",
        notes="company recall with its batches (a table one row a paragraph); the recall line beside a 400 "
        "order line; 扫码查询 as content; a page date differing from the signature date (both accepted)",
        date_also=["2025-05-20"],
        page="""
!m 镜缘眼镜配件　|　专注眼镜链与镜盒二十年
!m 首页 / 公司公告
!t 公司通告 › 关于召回部分批次金属眼镜链的公告
!m 发布日期 2025-05-20
{BODY}
!m 批发订货：400-6619-087
!l 相关产品：硅胶防滑眼镜链　|　棉绳运动眼镜带
!m 斫岭县镜缘眼镜配件有限公司 © 2025
""",
        body="""
尊敬的用户：
我公司在抽检中发现，部分批次金属眼镜链的连接扣焊点强度不足，佩戴中可能脱开，导致眼镜跌落摔坏。为保障用户权益，我公司决定主动召回以下批次产品：
型号　生产批号　生产日期
JY-J301　20250108　2025年1月8日
JY-J305　20250215　2025年2月15日
用户可扫描产品吊牌上的二维码查询批号。属于召回范围的，可到原购买门店免费更换硅胶眼镜链，或办理退款。
召回专线：0745-6279031（工作日9:00—17:00）
斫岭县镜缘眼镜配件有限公司
2025年5月19日
""",
    ),
    dict(
        slug="xinghe-school-brochure-hammer-weekend-class",
        site="杏和职业培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.xinghepx.example.com/zs/2025/anmochui.html",
        title="中医保健按摩（按摩锤手法）周末班招生简章",
        record_title="【周末精品班】中医保健按摩（按摩锤手法）周末班招生简章（每期限12人）｜杏和职业培训学校",
        date=None,
        notes="training-school page with a promo banner and a consult float; the school's own 报名电话 beside "
        "a 400 franchise line; a brochure with no date; a trial-lesson prompt on a line of its own",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末精品班】中医保健按摩（按摩锤手法）周末班招生简章（每期限12人）｜杏和职业培训学校</title><script src="/js/kefu-float.js"></script></head>
<body>
<div class="px-banner">⟦a 老学员推荐新学员，双方各返200元学费⟧</div>
<div class="px-head">⟦m 杏和职业培训学校⟧ ⟦m 学一门手艺，多一条出路⟧</div>
<div class="px-nav">⟦m 首页　课程中心　师资力量　学员风采　报名须知⟧</div>
<h1>{T}</h1>
<div class="px-body">
{BODY}
</div>
<div class="px-float">⟦w 课程顾问在线答疑⟧ ⟦a 立即预约试听⟧</div>
<div class="px-ft">⟦m 全国加盟热线：400-6203-517⟧<br>⟦m 杏和职业培训学校　办学许可证号：教民143112770000211号⟧</div>
</body></html>
""",
        body="""
按摩锤看似简单，用对了能放松肌肉，用错了反而伤人。我校开设中医保健按摩（按摩锤手法）周末班，由中医院康复科退休医师授课，帮助学员掌握安全、规范的敲打手法。
课程内容：常用按摩锤的种类与选择；肩颈、背部、下肢的敲打部位与力度；禁忌人群识别；结合推拿的综合放松手法。
⟦a 先来听一节：每周六上午免费试听⟧
上课时间：每周六、周日9:00—16:00，共4个周末，结业考核合格颁发培训证书。
招生对象：养老护理员、足浴保健从业人员及中医爱好者，每期限招12人。
报名电话：0745-6240516　　报名地址：斫岭县杏林路32号
""",
    ),
    dict(
        slug="qiaoshou-school-diary-pillow-sewing-oneline",
        site="巧手坊手工培训 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qiaoshoufang.example.net/xueyuan/xinde/208.html",
        title="抱枕手工缝制课结课心得",
        record_title="【结课手记】抱枕手工缝制课结课心得—巧手坊手工培训",
        date=None,
        notes="a trainee's insight on one line; a course-ad line and a trial prompt; no date",
        page="""
!m 巧手坊手工培训 · 学员园地
!t 【结课手记】抱枕手工缝制课结课心得
!m 作者：学员 芦小棠　　所属课程：布艺抱枕入门班
{BODY}
!a 下期布艺抱枕班火热报名中，点此预约体验课
!w 课程咨询微信：qsf-kefu2025
!d 学员作品及文字仅供展示，版权归学员本人所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
报名布艺抱枕入门班之前，我连缝纫机的线都不会穿。六节课下来，我亲手做出了三个抱枕，一个送给了妈妈，一个放在办公室，一个留给自己。
老师教我们的第一件事是裁布要留缝份，差一厘米，抱枕套就塞不进枕芯。第二件事是拉链要先缝，我就是在这里返工了两次。
最难的是方形抱枕的四个角。角缝得不好，充棉后就会“塌角”。老师让我们在角上剪掉一个小三角，再翻过来，四个角果然就挺起来了。
这门课让我体会到，手工活儿没有捷径，每一针都得耐着性子走。下学期，我还想报一个刺绣班，给抱枕绣上自己的名字。
""",
    ),
    dict(
        slug="bijian-app-report-foil-box-team-leader",
        site="笔尖写作App (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bijian-app.example.com/share/doc?id=a7d2091",
        title="餐饮配送中心锡纸餐盒分装组组长2025年度述职报告",
        record_title="餐饮配送中心锡纸餐盒分装组组长2025年度述职报告（换个抬头就能交）- 笔尖写作App",
        date="2025-12-26",
        notes="writing app's H5 share: an open-app mask, a fold ('unfold the rest' action on a line of its "
        "own), an AI-rewrite button glued after a 。; a 述职报告 with its 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>餐饮配送中心锡纸餐盒分装组组长2025年度述职报告（换个抬头就能交）- 笔尖写作App</title><script>var shareId="a7d2091", from="timeline";</script></head>
<body>
<div class="bj-mask">⟦a 在笔尖写作App内打开，排版更清晰⟧ <button>⟦a 跳转笔尖App⟧</button></div>
<div class="bj-head">⟦m 笔尖写作⟧ ⟦m 写材料，有笔尖⟧</div>
<h1>{T}</h1>
<div class="bj-meta">⟦m 范文库 · 述职报告　｜　已有 2.3万 人参考⟧</div>
<div class="bj-body">
{BODY}
</div>
<div class="bj-tools">⟦a 一键换成我的单位名⟧ ⟦a 导出Word⟧ ⟦a 复制到剪贴板⟧</div>
<div class="bj-more">⟦l 猜你还要写：后厨班组长年终述职⟧</div>
<div class="bj-ft">⟦m 笔尖写作 版权所有　沪ICP备22014473号-2⟧</div>
</body></html>
""",
        body="""
2025年，我担任中心锡纸餐盒分装组组长，带领9名组员负责全县12所学校和4家养老机构的午餐分装工作。现将一年来的履职情况报告如下。
一、保安全。严格执行“一餐一盒一封”，全年分装锡纸餐盒46.8万份，未发生一起食品安全事故。⟦a AI帮我改写这一段⟧
二、降损耗。针对锡纸餐盒压扁、漏汤的问题，改进装箱方式，餐盒损耗率由3.1%降到1.2%。
⟦a ▾ 展开余下全文⟧
三、抓培训。组织组员学习锡纸餐盒的正确封口方法，全组人员全部通过中心的岗位考核。
不足之处是，对餐盒回收利用研究不够。明年我将配合中心试点可循环餐盒，减少锡纸用量。
述职人：卢一帆
2025年12月26日
""",
    ),
    dict(
        slug="wensiquan-app-host-script-hammer-exchange",
        site="文思泉App (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.wensiquan-app.example.cn/s/zcc/88071",
        title="职工健康驿站按摩锤使用交流会主持词",
        record_title="职工健康驿站按摩锤使用交流会主持词丨主持词精选 · 文思泉App",
        date=None,
        notes="writing-app text share: an open-in-app prompt, a member-only line on a line of its own inside "
        "the body, an AI button row; a host script with no date",
        page="""
!a 打开文思泉App，查看完整版和更多模板
!m 文思泉 · 主持词精选
!t 职工健康驿站按摩锤使用交流会主持词丨主持词精选
!m 4.9分　　收藏 1,847
{BODY}
!a AI续写　　AI扩写　　一键导出
!l 你可能需要：职工趣味运动会主持词　|　工会健康讲座主持词
!d 模板仅供参考，请根据实际情况修改使用
""",
        indent="\u3000\u3000",
        body="""
各位同事：
大家下午好！职工健康驿站开放三个月了，驿站里的按摩锤成了最受欢迎的器具。今天我们请来了县中医院康复科的医生，和大家一起交流按摩锤的正确用法。
首先，请工会主席为交流会致辞。
⟦a 以下内容为会员专享，开通后可查看全部⟧
下面，请康复科医生为大家示范肩颈、后背和腿部的敲打手法，大家可以边看边跟着练。
接下来是自由交流时间，请各位同事谈谈使用按摩锤的体会，也可以现场提问。
今天的交流会到此结束。希望大家科学使用按摩锤，劳逸结合，健康工作。谢谢大家！
""",
    ),
    dict(
        slug="shangan-forum-essay-glasses-chain-jammer",
        site="上岸吧公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.shangan8.example.com/thread-310552-1-1.html",
        title="一条眼镜链里的基层服务温度",
        record_title="[申论佳作互评] 一条眼镜链里的基层服务温度（欢迎指正）- 申论园地 - 上岸吧公考论坛",
        date=None,
        notes="exam forum: jammer-font junk; a reply-to-see prompt and a QQ-group ad; a rating row; posted "
        "6 天前 (no date)",
        page="""
<html><head><meta charset="utf-8"><title>[申论佳作互评] 一条眼镜链里的基层服务温度（欢迎指正）- 申论园地 - 上岸吧公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style><script src="static/js/forum_viewthread.js?R7q"></script></head><body>
<div id="hd">⟦m 上岸吧公考论坛⟧ ⟦m 一起上岸，不负韶华⟧</div>
<div id="pt">⟦m 上岸吧 › 申论园地 › 范文交流⟧</div>
<div class="pls">⟦m 今年必上岸⟧ ⟦m 积分 689　精华 2⟧</div>
<div class="plc"><h1>⟦t [申论佳作互评] 一条眼镜链里的基层服务温度（欢迎指正）⟧</h1>
<div class="authi">⟦m 发表于 6 天前 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有评分细则，回复后方可查看⟧</div>
<div class="rate">⟦l 评分人数 5　上岸币 +15　收下了，作文素材⟧</div></div>
<div class="ad">⟦w 申论批改交流群，QQ群：806231947⟧</div>
<div id="ft">⟦m 上岸吧公考论坛 ( 川ICP备21030668号 )⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在蜞塘社区服务站的抽屉里，放着几十条硅胶眼镜链。社区干部说，这是给来办事的老人准备的。老人们填表时要摘下老花镜，起身时常常忘在桌上，有了眼镜链，眼镜就挂在胸前，丢不了。
一条眼镜链只值几块钱，却折射出基层服务的温度。服务群众，不仅要把大事办好，也要把这些小事想在前头。
基层干部每天面对的是具体的人。只有真正站在群众的角度看问题，才会注意到老人找眼镜的窘迫。这种细心，来自把群众当亲人的情怀。
以小见大，基层治理的水平，往往就体现在这样的细节里。愿更多的“眼镜链”出现在基层的服务窗口。
""",
    ),
    dict(
        slug="shangan-forum-interview-foil-bbq-smoke",
        site="上岸吧公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.shangan8.example.com/thread-311207-1-1.html",
        title="群众反映夜市锡纸烧烤摊油烟扰民，你怎么处理？",
        record_title="【结构化·日练】群众反映夜市锡纸烧烤摊油烟扰民，你怎么处理？（附我的作答）- 面试交流 - 上岸吧",
        date=None,
        notes="exam forum text page: a question line, a poster's answer, a reply-to-see prompt and a course "
        "ad; posted 2 周前 (no date)",
        page="""
!m 上岸吧公考论坛 › 面试交流 › 结构化真题
!t 【结构化·日练】群众反映夜市锡纸烧烤摊油烟扰民，你怎么处理？（附我的作答）
!m 楼主：备考的阿岚　　2 周前　　查看 3,016　回复 41
{BODY}
!a 完整的评分要点，回复本帖即可解锁
!w 面试一对一陪练，咨询QQ 2917305648
!l 下一主题：【面试真题】社区推广垃圾分类遇冷怎么办
""",
        body="""
题目：你是街道办工作人员，近期不少居民反映，夜市上的锡纸烧烤摊油烟大、气味重，影响休息。你怎么处理？
我的作答：
第一，实地了解情况。我会在夜市营业时段到现场查看，了解烧烤摊的数量、位置和油烟排放情况，同时听取周边居民和摊主的意见。
第二，分类推动整改。对油烟大的摊位，协调市场监管、城管等部门督促加装油烟净化设备；对离住宅楼过近的摊位，与夜市管理方商量调整位置。
第三，做好沟通反馈。把处理进展及时告诉反映问题的居民，并在夜市设置意见箱，建立长效监督机制。
""",
    ),
]
