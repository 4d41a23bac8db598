"""holdout316, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text case each).

Everything is invented (sites, places, people, firms, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-chouyuan-notice-window-hook-checks-scan",
        site="帱园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chouyuan-sq.example.cn/jwgk/2025/0801/219.html",
        title="关于为辖区独居空巢老人免费检修外窗窗钩的通知",
        record_title="居务公开 · 关于为辖区独居空巢老人免费检修外窗窗钩的通知 - 帱园社区网",
        date="2025-08-01",
        notes="residents' site: weather line, a grid member's box and a property 24-hour repair line beside the "
        "community's own 咨询电话 in the body; '扫描…二维码报名' is content; signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>居务公开 · 关于为辖区独居空巢老人免费检修外窗窗钩的通知 - 帱园社区网</title>
<script src="/static/sq.js"></script>
</head>
<body>
<div class="top">⟦m 帱园社区网⟧ ⟦m 冕州市弁城区袪桥街道帱园社区⟧ ⟦m 今日 晴转多云 27~34℃ 东南风3级⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 社区概况⟧ ⟦m 居务公开⟧ ⟦m 便民服务⟧ ⟦m 志愿之家⟧ ⟦m 党建园地⟧</div>
<div class="pos">⟦m 首页 &gt; 居务公开 &gt; 通知⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="attr">⟦m 发布：社区居委会　2025-08-01　浏览 486⟧</div>
{BODY}
<div class="tool">⟦l 转发到：邻里群　朋友圈⟧ ⟦a 【打印通知】⟧</div>
</div>
<div class="side">
<div class="grid">⟦m 本网格网格员：伍小满　手机 138 7385 2106⟧</div>
<div class="wy">⟦m 物业24小时报修：0738-2217999⟧</div>
<div class="vol">⟦l 志愿活动：8月16日 楼道清洁日 · 报名中⟧</div>
</div>
<div class="ft">⟦m 帱园社区居民委员会　地址：弁城区帱园路36号⟧<br>⟦d 本网站由社区自主维护，信息以社区公告栏张贴为准⟧</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
各位居民朋友：
为防范台风季高空坠物风险，帱园社区联合辖区物业和“帱园银龄”志愿服务队，将于8月9日至10日为辖区70周岁以上独居、空巢老人家庭免费检修外窗窗钩。
一、服务内容：检查窗钩、挂环是否锈蚀松动，现场更换损坏的窗钩，窗钩配件由社区统一提供。
二、报名方式：请扫描社区公告栏上的二维码报名，或到社区服务站一楼登记，报名截止时间为8月7日。
三、温馨提示：入户人员均佩戴社区工作证，请居民注意核实身份，谨防冒充人员上门推销。
社区咨询电话：0738-2217604。
帱园社区居民委员会
2025年8月1日
""",
    ),
    dict(
        slug="community-chouyuan-host-script-serving-scoops",
        site="帱园社区网 (invented residents' site, text capture)",
        style="社区网站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.chouyuan-sq.example.cn/zyzj/2025/0611/204.html",
        title="帱园社区长者食堂“公勺公铲”行动启动仪式主持词",
        record_title="帱园社区长者食堂“公勺公铲”行动启动仪式主持词 - 帱园社区网 · 志愿之家",
        date=None,
        notes="a host script with no date (a 编辑于 stamp only); '扫一扫…分享到家庭群' is content; volunteer "
        "sign-up prompt glued after a 。",
        page="""
!m 帱园社区网
!m 首页 > 志愿之家 > 活动资料
{T}
!m 编辑于 2025-06-11　　来源：社区志愿服务站　　阅读 152
{BODY}
!l 相关活动：长者食堂开办一周年回顾
!a 转发给邻居　　收藏
!m 帱园社区居民委员会 版权所有
""",
        body="""
尊敬的各位领导、各位长者、各位志愿者：
大家上午好！欢迎大家来到帱园社区长者食堂，参加“公勺公铲”行动启动仪式。
长者食堂开办一年来，每天为辖区180多位老人提供午餐。为了让老人们吃得更卫生、更放心，社区决定从今天起在每张餐桌上配备公用饭铲和公勺，做到一菜一铲、一汤一勺。⟦a 想当食堂志愿者？点这里登记⟧
下面，请街道办事处副主任瞿映川同志致辞。
感谢瞿主任的讲话。下面，请志愿者代表宣读倡议，并为长者代表分发公勺公铲。
请大家拿出手机扫一扫桌上的二维码，把今天的倡议分享到家庭群里，让更多家人一起行动。
各位来宾，“公勺公铲”行动启动仪式到此结束。请各位长者留下来，一起品尝今天的午餐。谢谢大家！
""",
    ),
    dict(
        slug="association-yixi-cookware-council-minutes-vote",
        site="袆溪县炊具行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.yixicj.example.org.cn/xhdt/2025/0520/67.html",
        title="袆溪县炊具行业协会三届五次理事会会议纪要",
        record_title="理事会园地 » 袆溪县炊具行业协会三届五次理事会会议纪要 - 袆溪县炊具行业协会",
        date="2025-05-16",
        date_also=["2025-05-20"],
        notes="association site: member-login row and member hotline; minutes with 时间/地点/主持/出席/记录 lines and a "
        "vote count; the 时间 line's date expected, the posting date also accepted; the association's name is also "
        "in the body (site-name labels matched before the body)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>理事会园地 » 袆溪县炊具行业协会三届五次理事会会议纪要 - 袆溪县炊具行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="login">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦m 会员服务专线：0739-6631188⟧</div>
<div class="logo">⟦m 袆溪县炊具行业协会⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 理事会园地⟧ ⟦m 会员风采⟧ ⟦m 团体标准⟧</div>
<div class="pos">⟦m 首页 » 理事会园地⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-20　来源：协会秘书处⟧</div>
{BODY}
</div>
<div class="pn">⟦l 上一篇：三届四次理事会会议纪要⟧　⟦l 下一篇：关于征集“袆溪奶锅”集体商标图样的通知⟧</div>
<div class="ft">⟦m 袆溪县炊具行业协会秘书处　地址：袆溪县袺口镇工业园管委会二楼⟧<br>⟦m 湘ICP备21009315号⟧</div>
</body>
</html>
""",
        body="""
时间：2025年5月16日上午9:00
地点：袆溪县炊具行业协会会议室
主持：荀振邦（会长）
出席：理事21人（应到25人）
记录：殷若溪
会议审议通过了《袆溪奶锅团体标准（征求意见稿）》，表决结果：同意20票，反对0票，弃权1票。
会议研究了“袆溪奶锅”集体商标使用管理办法，同意由秘书处在6月底前完成修改，提交会员大会表决。
会议决定，协会于9月组团参加华东日用品博览会，展位费由协会承担一半，会员企业自愿报名。
""",
    ),
    dict(
        slug="association-mianzhou-digital-summary-earphone-cases",
        site="冕州市数码配件行业协会 (invented association site, text capture)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mzsmpj.example.org.cn/gzdt/2025/0120/58.html",
        title="冕州市数码配件行业协会2024年工作总结",
        date="2025-01-15",
        date_also=["2025-01-20"],
        notes="record title as is; association text with a join-us prompt on a line of its own between paragraphs; "
        "成文日期 expected, the posting date also accepted; the association's name is also the signature",
        page="""
!m 冕州市数码配件行业协会
!m 协会首页 | 协会动态 | 会员名录 | 团体标准 | 入会指南
{T}
!m 2025-01-20　　秘书处　　阅读 198
{BODY}
!l 上一篇：协会召开2025年会员代表座谈会
!m 秘书处电话：0738-2290316　邮箱：mzsmpj@example.org.cn
""",
        body="""
2024年，协会围绕“服务会员、规范行业、促进发展”的宗旨，重点做了以下工作。
一、服务会员企业。全年走访会员企业46家，协调解决耳机盒注塑模具外协、物流运费等问题11项，组织银企对接会2场，帮助会员获得贷款3200万元。
二、推动标准建设。牵头起草《充电耳机盒外观及开合寿命技术要求》团体标准，已完成征求意见。
⟦a 还不是会员？即刻在线申请入会，享受会员专属服务⟧
三、开展行业培训。举办注塑工艺、出口合规等专题培训5期，参训人员420人次。
四、加强行业自律。组织会员企业签订质量诚信承诺书，全年未发生会员企业重大质量投诉。
2025年，协会将推动团体标准正式发布，并筹办首届冕州数码配件产业对接会。
冕州市数码配件行业协会
2025年1月15日
""",
    ),
    dict(
        slug="company-dianqu-news-washable-mousepad-record-date",
        site="冕州垫趣科技 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dianqu-tech.example.com/news/2025/0320/n115.html",
        title="可水洗硅藻泥鼠标垫正式上市",
        record_title="新品发布 ❘ 可水洗硅藻泥鼠标垫正式上市 - 冕州垫趣科技",
        record_date="2025-03-20",
        date="2025-03-20",
        notes="company site: cookie notice, service float, shop links; record date; a buy link glued after the "
        "last 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品发布 ❘ 可水洗硅藻泥鼠标垫正式上市 - 冕州垫趣科技</title>
<script src="/assets/app.js"></script>
</head>
<body>
<header><a class="brand">⟦m 垫趣科技⟧</a><nav>⟦m 产品中心⟧ ⟦m 定制服务⟧ ⟦m 新闻动态⟧ ⟦m 关于垫趣⟧</nav><a class="shop">⟦a 进入官方网店⟧</a></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 新品发布⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025-03-20　垫趣科技品牌部⟧</p>
{BODY}
</article>
<aside class="float">⟦w 企业定制鼠标垫，50块起订，在线客服 9:00-21:00⟧</aside>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m 冕州垫趣科技有限公司　销售热线：400-633-0918⟧<br>⟦m © 2025 dianqu-tech　湘ICP备2023011708号-1⟧</footer>
</body>
</html>
""",
        body="""
3月18日，公司自主研发的可水洗硅藻泥鼠标垫正式上市。
这款鼠标垫表层采用硅藻泥复合材料，吸汗、不黏手，夏天长时间使用手腕也能保持干爽；底层为天然橡胶防滑底，放在玻璃桌面上也不移位。
与普通布面鼠标垫相比，新产品可以直接用清水冲洗，晾干后表面性能不受影响。经第三方检测机构测试，连续水洗50次后，表面摩擦系数变化不超过5%。
目前，新品已在公司官方网店和各大电商平台同步销售，提供灰、米白、墨绿三种颜色。⟦a 立即选购 ›⟧
""",
    ),
    dict(
        slug="company-chenlu-recall-nylon-rice-scoops-batches",
        site="袆溪县晨露炊具厂 (invented company site, text capture)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.chenlu-cookware.example.cn/gonggao/2025-11-03.html",
        title="关于召回部分批次尼龙饭铲的公告",
        date="2025-11-03",
        notes="record title as is; recalled batches one row a paragraph; the recall line in the body beside the "
        "site's 400 order line; signature date",
        page="""
!m 晨露炊具 · 袆溪县晨露炊具厂
!m 首页　产品展示　新闻公告　经销网点　联系我们
{T}
!m 发布：厂办　　浏览：1320
{BODY}
!l 返回新闻公告列表
!m 订购热线：400-661-5036　　传真：0739-6688500
!m 袆溪县晨露炊具厂 版权所有　湘ICP备16012284号
""",
        body="""
尊敬的消费者：
我厂在质量抽检中发现，部分批次尼龙饭铲在高温下使用时铲头可能出现变形，存在烫伤隐患。为保障消费者安全，我厂决定自2025年11月5日起召回以下批次产品。
产品名称　型号　生产批号
尼龙饭铲　FC-28　20250612、20250618
尼龙饭铲（加长款）　FC-32　20250703
请持有上述产品的消费者停止使用，凭产品或购买凭证到原购买网店或门店办理退款，也可拨打召回专线0739-6688512登记，我厂将安排上门取回。
由此给您带来的不便，我们深表歉意。
袆溪县晨露炊具厂
2025年11月3日
""",
    ),
    dict(
        slug="training-tianmai-brochure-milk-pan-baking-class",
        site="甜麦烘焙学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.tianmai-hb.example.cn/course/qinzi-2025.html",
        title="亲子烘焙周末班招生简章",
        record_title="【周末亲子烘焙】亲子烘焙周末班招生简章（一次学会四道奶香甜品）- 甜麦烘焙学堂",
        date=None,
        notes="training-school page: promo banner, consult float, the school's own 报名电话 in the body beside a "
        "400 franchise line; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【周末亲子烘焙】亲子烘焙周末班招生简章（一次学会四道奶香甜品）- 甜麦烘焙学堂</title>
<script src="/js/kf.js"></script>
</head>
<body>
<div class="promo">⟦a 暑期早鸟价：两人同报立减80元，名额有限⟧</div>
<div class="hd">⟦m 甜麦烘焙学堂⟧ <nav>⟦m 首页⟧ ⟦m 课程⟧ ⟦m 师资⟧ ⟦m 学员作品⟧ ⟦m 加盟合作⟧</nav></div>
<div class="course">
<h1>⟦t 【周末亲子烘焙】亲子烘焙周末班招生简章⟧</h1>
<p class="tag">⟦m 适合年龄：5-12岁　上课地点：帨湖县步行街店⟧</p>
{BODY}
<div class="btns">⟦a 立即预约试听⟧ ⟦a 领取课程优惠券⟧</div>
</div>
<div class="kf">⟦w 课程顾问在线，加微信 tianmai_hb01 发课程表⟧</div>
<div class="ft">⟦m 加盟热线：400-870-6612⟧<br>⟦m 甜麦烘焙学堂　帨湖县步行街22号二楼⟧</div>
</body>
</html>
""",
        body="""
甜麦烘焙学堂亲子烘焙周末班开始招生啦！课程专为5至12岁的孩子和家长设计，每期4节课，每节课90分钟。
一、课程内容：第一课双皮奶，第二课奶香布丁，第三课焦糖炖奶，第四课牛奶小方。每节课都要用小奶锅煮奶、熬糖，孩子在家长陪同下亲手操作。
二、安全保障：课堂统一使用带隔热长柄的小奶锅和低功率电磁炉，每组配一名助教。
三、上课时间：每周六上午9:30或下午2:30，可任选一个班次。
四、收费标准：每期480元（一大一小），含全部食材和工具。
报名电话：0735-5571208（学堂前台）
""",
    ),
    dict(
        slug="training-xinghuo-insight-office-course-mousepad-oneline",
        site="星火职业培训学校 (invented, text capture)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.xinghuopx.example.cn/xueyuan/fx/0917.html",
        title="从“鼠标都握不稳”到三天做完一张报表",
        record_title="学员分享 ✦ 从“鼠标都握不稳”到三天做完一张报表 | 星火职业培训学校",
        date=None,
        notes="a trainee's insight on one line (paragraphs separated only by their indent); course ad and "
        "trial-lesson line around it; no date",
        page="""
!m 星火职业培训学校　让每个人都有一技之长
!m 首页 > 学员风采 > 学员分享
!t 学员分享 ✦ 从“鼠标都握不稳”到三天做完一张报表
!m 分享学员：贺春兰（办公软件速成班第21期）
{BODY}
!a 办公软件速成班第23期报名中，前10名免费试听两节
!w 咨询报名：0737-3390122　微信同号
!l 更多学员分享：五十岁学会做短视频｜我在星火考下了电工证
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
报名办公软件速成班之前，我已经十多年没碰过电脑了。第一天上课，老师让大家打开表格软件，我连鼠标都握不稳，光标在屏幕上乱跳。
坐我旁边的大姐悄悄告诉我，鼠标要放在鼠标垫中间，手腕搭在垫子边上，别悬空。试了一下，果然稳多了。
两周的课程，老师从打字、排版讲到做表格、用公式，每节课都留练习。我每天晚上回家还要再练一个小时。
上周，我用学到的方法帮单位做完了一张三百多行的物资报表，科长看了直夸。感谢老师和同学们，也感谢那块小小的鼠标垫。
""",
    ),
    dict(
        slug="fanwenapp-bisu-report-earphone-case-team-leader",
        site="笔速写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bisuxiezuo.example.com/share/doc?id=a7K2qz",
        title="耳机盒装配车间班组长2025年上半年述职报告",
        record_title="耳机盒装配车间班组长2025年上半年述职报告（改两处就能交）· 笔速写作",
        date="2025-07-04",
        notes="writing-app H5 share: open-app mask, fold, AI buttons on a line of their own between paragraphs; "
        "signature date under the 述职人 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>耳机盒装配车间班组长2025年上半年述职报告（改两处就能交）· 笔速写作</title>
<script src="https://h5.bisuxiezuo.example.com/js/openapp.js"></script>
</head>
<body>
<div class="app-bar">⟦m 笔速写作⟧ ⟦m 写材料快人一步⟧ <a>⟦a 在App里看⟧</a></div>
<div class="doc">
<h1>{T}</h1>
<p class="sub">⟦m 范文 · 述职报告　1.4万人用过⟧</p>
{BODY}
<div class="fold">⟦a 展开完整范文（App内免费）⟧</div>
</div>
<div class="mask">⟦a 在笔速写作App中打开，可一键替换姓名和数据⟧</div>
<div class="rec"><h4>⟦l 写述职报告的人还用了⟧</h4><p>⟦l 车间主任年度述职报告（制造业）⟧</p><p>⟦l 质检班长个人述职报告⟧</p></div>
</body>
</html>
""",
        body="""
各位领导、同事们：
2025年上半年，我担任装配二线班组长，带领全班16名员工完成了耳机盒装配任务。现将履职情况报告如下。
一、完成生产任务。上半年班组共装配耳机盒52.6万只，计划完成率104%，一次交检合格率99.2%，比去年同期提高0.7个百分点。
⟦a ✦让AI换个说法　✦AI续写一段　✦套用我的数据⟧
二、抓好质量改进。针对合页异响问题，组织班组开展质量攻关，改进合页涂油工装，异响投诉由每月6起降为1起。
三、带好班组队伍。坚持每天班前会讲质量、讲安全，上半年班组未发生安全事故，2名新员工已能独立顶岗。
不足之处是现场5S保持还不够稳定。下半年，我将继续带领班组抓质量、保交付。
述职人：甘晓棠
2025年7月4日
""",
    ),
    dict(
        slug="fanwenapp-gongwen-request-window-hook-funds-wrapped",
        site="公文快写App (invented writing app, text share)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="text",
        source="https://share.gwkx.example.cn/t/9QmA31",
        title="关于申请拨付老旧小区外窗窗钩更换专项资金的请示",
        record_title="关于申请拨付老旧小区外窗窗钩更换专项资金的请示（标准请示格式·可套用）- 公文快写App",
        date="2025-04-03",
        notes="writing-app text share hard-wrapped at 54 columns; the request's own 联系人/电话 line after the "
        "signature; app prompts around it",
        page="""
!m 公文快写App · 分享页
!a 下载公文快写，范文随时改
{T}
!m 范文编号 GW-QS-20417　　收录于“请示”专辑
{BODY}
!a 复制全文需在App内操作
!l 同专辑：关于申请增设社区老年食堂的请示｜关于拨付防汛物资经费的请示
!d 范文仅供写作参考，请结合本单位实际修改使用
""",
        wrap=54,
        body="""
袪桥街道办事处：
今年3月以来，我社区对辖区4个老旧小区外窗窗钩进行了逐户排查，共排查住户1126户，发现窗钩锈蚀、断裂需更换的有386户，涉及窗钩1544只。
由于上述小区均无物业服务企业，住宅专项维修资金余额不足，居民自行更换高层外窗窗钩存在较大安全风险，社区无力独立承担更换费用。
经测算，窗钩采购及吊篮安装费用共计9.26万元。为消除安全隐患，特申请街道拨付老旧小区外窗窗钩更换专项资金9.26万元。
妥否，请批示。
帱园社区居民委员会
2025年4月3日
（联系人：宁素萱，电话：0738-2217604）
""",
    ),
]
