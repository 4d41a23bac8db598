"""holdout345, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="community-siyuan-free-drying-nets-elderly",
        site="斯园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://siyuan.sqjmzj.cn/tongzhi/2024/05/13.html",
        title="斯园社区关于为独居老人免费更换折叠晾衣网的通知",
        record_title="斯园社区关于为独居老人免费更换折叠晾衣网的通知 - 邻里通知 - 斯园社区居民之家",
        date="2024-05-13",
        notes="residents' site: a weather line, a grid worker's box, property repair and night lines; the community's "
        "own 咨询电话 in the body; a sign-up QR sentence as content; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>斯园社区关于为独居老人免费更换折叠晾衣网的通知 - 邻里通知 - 斯园社区居民之家</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 斯园社区居民之家⟧　⟦m 耀湖区 · 多云 18～27℃ · 东南风2级⟧</div>
<div class="sq-nav">⟦m 社区首页　邻里通知　办事指南　志愿服务　居民议事⟧</div>
<div class="sq-loc">⟦m 居民之家 » 邻里通知⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布者：斯园社区居委会　浏览 611 次⟧</p>
<div class="sq-body">
{BODY}
</div>
<div class="sq-op">⟦a 点赞　转发到楼栋群　收藏⟧</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　司马晓雯　手机 139 3796 2051⟧</p></div>
<div class="sq-wy"><p>⟦m 物业报修：0379-6251 3800⟧</p><p>⟦m 夜间应急（22:00—次日7:00）：0379-6251 3811⟧</p></div>
<div class="sq-foot">⟦m 斯园社区居民委员会　地址：耀湖区斯园路17号⟧　⟦d 本站信息仅面向辖区居民，转载请注明来源。⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为消除老旧楼栋阳台外挂晾衣网锈蚀坠落隐患，社区联合爱心企业董浦市暖卓家居用品有限公司，为辖区独居老人免费更换折叠晾衣网。现将有关事项通知如下：
一、对象。户籍或常住在本社区、年满70周岁的独居老人，以及子女不在身边的高龄老人家庭。
二、内容。拆除原有锈蚀的铁丝晾衣网，免费安装一套不锈钢折叠晾衣网，安装后由社区志愿者每季度上门回访一次。
三、报名。即日起至5月31日，可由本人或家属到社区服务站登记，也可扫描社区公告栏上的二维码线上报名。⟦a 转发给家里的老人看看⟧
四、安装时间。6月上旬起分楼栋上门安装，具体时间由网格员提前一天电话通知。
社区咨询电话：0379-6251 6620（工作日8:30—17:30）。
斯园社区居民委员会
2024年5月13日
""",
    ),
    dict(
        slug="community-yaohua-minutes-courtyard-drying-nets",
        site="耀华社区网 (invented residents' site, text)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.yhsq.org.cn/yishi/2024/0621/218.html",
        title="耀华社区第二季度居民议事会纪要",
        record_title="【居民说事】耀华社区第二季度居民议事会纪要 - 耀华社区网",
        date="2024-06-19",
        date_also=["2024-06-21"],
        notes="residents' site as text: minutes with 时间/地点/主持/参会/记录 lines and a vote count; the 时间 line is "
        "the date, the page's 发布 date differs; a grid-worker and property line at the bottom",
        page="""
!m 耀华社区网 — 家门口的服务站
!m 首页 ＞ 居民议事 ＞ 议事记录
!t 【居民说事】耀华社区第二季度居民议事会纪要
!m 发布：2024-06-21　点击：356
{BODY}
!a 对纪要内容有意见？请在下方留言或到社区服务站反映
!l 往期议事：耀华社区第一季度居民议事会纪要
!m 网格员热线：0379-6248 0613　物业服务中心：0379-6248 0600
!m 耀华社区居委会　版权所有
""",
        body="""
时间：2024年6月19日19:00
地点：耀华社区党群服务中心二楼会议室
主持：社区居委会主任　贝丽华
参会：居民代表21人，物业公司经理，社区两委成员
记录：社区干事　邬文静
会议主要议题：6号楼前空地晾晒区是否统一安装落地折叠晾衣网。
社区通报了前期征求意见情况：6号楼至9号楼居民长期在空地树木之间拉绳晾被，绳子勒伤树皮，也影响通行。社区拟在空地东侧统一安装四组落地折叠晾衣网，费用由社区惠民资金列支，物业负责日常维护。
居民代表发言中，多数赞成统一安装；有代表提出晾衣网应避开消防通道，并建议晚上九点后收起；也有代表担心占用老人晨练空间。
经举手表决，同意18票，反对2票，弃权1票，议定：统一安装四组落地折叠晾衣网，位置避开消防通道和晨练场地，7月15日前完成安装，同时拆除树间晾衣绳。
""",
    ),
    dict(
        slug="assoc-dongpu-bakery-pledge-cake-knives",
        site="董浦市焙烤食品行业协会 (invented trade association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.dpbkxh.org.cn/xhdt/2025/0228/309.html",
        title="关于在全市烘焙门店推广可重复使用和可降解蛋糕刀的倡议书",
        record_title="〖减塑共识〗关于在全市烘焙门店推广可重复使用和可降解蛋糕刀的倡议书｜董浦市焙烤食品行业协会",
        date="2025-02-26",
        date_also=["2025-02-28"],
        notes="association site: member-login row, member hotline; the association's name is also the signature "
        "(head match); a share sentence as content; the posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖减塑共识〗关于在全市烘焙门店推广可重复使用和可降解蛋糕刀的倡议书｜董浦市焙烤食品行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-top">⟦m 董浦市焙烤食品行业协会⟧　<span>⟦a 会员登录⟧ ⟦a 入会申请⟧</span></div>
<div class="xh-nav">⟦m 协会概况　协会动态　行业标准　会员风采　技能培训⟧</div>
<div class="xh-loc">⟦m 首页 > 协会动态 > 倡议声明⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-meta">⟦m 时间：2025-02-28　来源：秘书处　浏览：731⟧</p>
<div class="xh-body">
{BODY}
</div>
<div class="xh-share">⟦l 分享本文：微信 / 微博 / 复制链接⟧</div>
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会召开2025年会员大会⟧</p><p>⟦l 第三届“董浦好蛋糕”评选启动⟧</p></div>
<div class="xh-foot"><p>⟦m 会员服务热线：0379-6217 4580⟧</p><p>⟦m 董浦市焙烤食品行业协会秘书处　豫ICP备19024660号⟧</p></div>
</body>
</html>
""",
        body="""
全市各烘焙企业、蛋糕门店：
每卖出一个生日蛋糕，往往就随盒送出一把一次性塑料蛋糕刀。据协会抽样统计，全市会员门店每年送出的塑料蛋糕刀超过八十万把，绝大多数用一次就被扔掉。为践行绿色发展理念，协会向全市烘焙门店发出如下倡议：
一、推广可降解蛋糕刀。逐步以纸质、竹木或可降解材料制成的蛋糕刀替代塑料蛋糕刀，2025年底前会员门店替代比例达到一半以上。
二、倡导“按需赠送”。顾客下单时主动询问是否需要蛋糕刀，不需要的不送，需要的按人数适量提供。
三、试行可重复使用蛋糕刀。鼓励门店推出不锈钢蛋糕刀借用服务，顾客下次购物时归还，门店清洗消毒后循环使用。
四、做好宣传引导。请各门店在收银台张贴减塑提示，也欢迎广大市民把这份倡议分享给亲友，一起少用一把塑料刀。
董浦市焙烤食品行业协会
2025年2月26日
""",
    ),
    dict(
        slug="assoc-siling-coffee-summary-wooden-stirrers",
        site="兕岭县咖啡与茶饮行业协会 (invented trade association, text)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.slkfcy.org/gzzj/2025/0115/52.html",
        title="兕岭县咖啡与茶饮行业协会2024年“木质搅拌棒替代”工作总结",
        date="2025-01-15",
        notes="association text: the record's title is the title as is; a member-login row; a data table; the "
        "成文日期 under the signature; a join-the-association line between paragraphs",
        page="""
!m 兕岭县咖啡与茶饮行业协会
!a 会员登录　｜　申请入会　｜　联系秘书处
!m 首页 / 工作总结
{T}
!m 发布日期：2025-01-15　阅读：188
{BODY}
!l 相关：兕岭县咖啡与茶饮行业协会2025年工作要点
!m 秘书处电话：0377-6621 9038　邮箱：slkfcy@163.com
""",
        indent="\u3000\u3000",
        body="""
2024年，协会把“木质搅拌棒替代塑料搅拌棒”作为全年重点工作，在会员单位中推动减少一次性塑料制品使用，取得了阶段性成效。现总结如下。
一、基本情况。截至12月底，全县63家会员咖啡店、茶饮店中，已有51家全部改用木质或纸质搅拌棒，替代率81%。
二、主要数据
季度　新增替代门店　木质搅拌棒用量（万支）
第一季度　12家　18.6
第二季度　17家　31.2
第三季度　14家　36.5
第四季度　8家　39.8
⟦w 尚未入会的门店，欢迎致电秘书处了解入会办法⟧
三、主要做法。协会联系两家木制品企业集中供货，单支采购价由0.06元降至0.04元；组织会员门店开展“自带杯、少用棒”活动，对自带杯顾客提供可重复使用的不锈钢搅拌棒。
四、存在问题。部分小型茶饮店反映木质搅拌棒在热饮中有木头味，少数门店仍在使用塑料搅拌棒。2025年协会将推动剩余门店全部完成替代。
兕岭县咖啡与茶饮行业协会
2025年1月15日
""",
    ),
    dict(
        slug="company-nuanzhuo-recall-food-jars",
        site="暖卓家居官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.nuanzhuo-home.com/news/notice/2024-1120.html",
        title="暖卓家居关于主动召回部分批次1000毫升焖烧杯的公告",
        record_title="【批次召回】暖卓家居关于主动召回部分批次1000毫升焖烧杯的公告｜暖卓家居",
        date="2024-11-20",
        notes="company site: a cookie notice, a service float, a 400 order line beside the recall's own line; a batches "
        "table; a scan-the-code sentence as content; the date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【批次召回】暖卓家居关于主动召回部分批次1000毫升焖烧杯的公告｜暖卓家居</title>
<script src="/static/nz.js"></script>
</head>
<body>
<header><div class="nz-logo">⟦m 暖卓家居 NUANZHUO⟧</div><nav>⟦m 产品中心　品牌故事　新闻公告　售后服务⟧</nav><div class="nz-buy">⟦m 订购热线 400-627-9068⟧</div></header>
<div class="nz-loc">⟦m 首页 › 新闻公告 › 公司公告⟧</div>
<main>
<h1>{T}</h1>
<div class="nz-body">
{BODY}
</div>
</main>
<div class="nz-float">⟦w 在线客服　9:00—21:00⟧</div>
<div class="nz-cookie">⟦d 我们使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer><p>⟦m 董浦市暖卓家居用品有限公司　© 2024 版权所有⟧</p><p>⟦m 豫ICP备20031147号-1⟧</p></footer>
</body>
</html>
""",
        body="""
近期，我公司在质量回访中发现，部分批次1000毫升不锈钢焖烧杯的杯盖密封圈尺寸偏小，长时间使用后可能出现渗漏，影响保温效果，倒置携带时热汤可能溢出造成烫伤。为保障消费者安全，我公司决定主动召回相关批次产品。
一、召回范围
产品型号　生产批号　生产日期
NZ-MS1000　B240612　2024年6月12日
NZ-MS1000　B240618　2024年6月18日
NZ-MS1000　B240703　2024年7月3日
二、召回方式。消费者可扫描杯底标签上的二维码，或在官网输入批号查询所购产品是否在召回范围内。属于召回范围的，我公司将免费更换新密封圈或整杯，并承担往返运费。
三、使用提示。召回完成前，请勿倒置携带上述批次焖烧杯，盛装热食时注意防烫。
召回咨询电话：0379-6286 3157（每天8:30—20:30）
董浦市暖卓家居用品有限公司
2024年11月20日
""",
    ),
    dict(
        slug="company-tiejiangfang-pan-line-news",
        site="铁匠坊炊具官网 (invented company site, text)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tiejiangfang.com.cn/news/2024/0926.html",
        title="铁匠坊炊具新建精铸铁煎锅生产线通过验收",
        record_title="厂务快讯 — 铁匠坊炊具新建精铸铁煎锅生产线通过验收 — 铁匠坊炊具",
        record_date="2024-09-26",
        date="2024-09-26",
        notes="company news as text with the date in the record; a product-ad line between paragraphs; an order "
        "hotline and a cookie line at the bottom",
        page="""
!m 铁匠坊炊具 — 一口好锅，传三代
!m 首页 ｜ 产品展示 ｜ 厂务快讯 ｜ 联系我们
!t 厂务快讯 — 铁匠坊炊具新建精铸铁煎锅生产线通过验收
!m 2024-09-26　浏览 402
{BODY}
!l ← 上一条：铁匠坊炊具亮相秋季厨具博览会
!m 订购热线：400-113-7820　地址：兕岭县煲田镇工业园纬二路
!d 本站图片及文字未经授权不得转载。
""",
        indent="\u3000\u3000",
        body="""
9月24日，铁匠坊炊具新建的精铸铁煎锅生产线通过县工信局组织的竣工验收，正式投入批量生产。
这条生产线总投资1860万元，采用自动造型、机器人打磨和植物油高温预养工艺，设计年产能60万口，主要生产20厘米至32厘米的铸铁煎锅。与原有手工线相比，新线生产效率提高两倍多，锅体厚度误差控制在0.3毫米以内，煎锅出厂即完成开锅预养，消费者买回家洗净即可使用。
⟦l 新品精铸铁煎锅已上架，点击进入产品中心选购⟧
验收组现场查看了造型、浇注、打磨和预养各工序，认为生产线工艺先进、环保设施齐全，同意通过验收。
公司总经理冉立峰表示，下一步将依托新线开发适合电磁炉使用的轻量化铸铁煎锅，带动煲田镇铸造产业转型升级。
""",
    ),
    dict(
        slug="school-maiya-brochure-cake-cutting-class",
        site="麦芽烘焙培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.maiyabake.com/kecheng/zhoumo-qiefen.html",
        title="周末蛋糕分切与刀具使用小班课招生简章",
        record_title="〔春季开课〕周末蛋糕分切与刀具使用小班课招生简章（小班10人封顶）｜麦芽烘焙",
        date=None,
        notes="training school: a promo banner, a franchise line, a consult float; a fees table; the school's "
        "报名电话 beside the franchise line; a sign-up code sentence as content; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔春季开课〕周末蛋糕分切与刀具使用小班课招生简章（小班10人封顶）｜麦芽烘焙</title>
<script src="/js/my.js"></script>
</head>
<body>
<div class="my-banner">⟦a 春季报名享早鸟价，两人同行第二人半价⟧</div>
<div class="my-top">⟦m 麦芽烘焙培训学校⟧　⟦m 课程　师资　学员作品　加盟合作⟧</div>
<div class="my-loc">⟦m 首页 > 短期课程 > 周末班⟧</div>
<div class="my-main">
<h1>{T}</h1>
<div class="my-body">
{BODY}
</div>
<div class="my-btn">⟦a 立即预约试听⟧</div>
</div>
<div class="my-float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="my-foot"><p>⟦m 品牌加盟专线：400-850-3366⟧</p><p>⟦m 麦芽烘焙培训学校　地址：董浦市耀湖区文化路56号⟧</p><p>⟦d 学员作品图片版权归本校所有。⟧</p></div>
</body>
</html>
""",
        body="""
很多烘焙爱好者能做出漂亮的蛋糕，切的时候却切得歪歪扭扭、奶油糊满刀面。本课程专门讲蛋糕分切和刀具使用，两天学会切得整齐、分得均匀。
一、课程内容
1.认识蛋糕刀：锯齿蛋糕刀、平刃分切刀、抹刀、蛋糕分片器的用途和选购。
2.分切技巧：戚风、慕斯、千层、冰淇淋蛋糕的不同切法，热刀切、冷刀切的区别。
3.安全与保养：握刀姿势、防割手套的使用，蛋糕刀的清洗、消毒和磨刀方法。
二、开班安排
班次　上课时间　学费
周六班　9:00—16:00，连续两周　980元
周日班　9:00—16:00，连续两周　980元
三、报名方式。扫描宣传单上的二维码填写报名表，或到学校前台报名，每班限10人，额满即止。学费含全部材料费，课程所用蛋糕刀结课后可带走。
报名电话：0379-6233 1807
""",
    ),
    dict(
        slug="school-juchuan-cooking-pan-rules",
        site="鞠川厨艺职业培训学校 (invented training school, text)",
        style="培训机构",
        genre="规定/制度",
        kind="rules",
        form="text",
        source="http://www.jcchuyi.com/xuezhi/12.html",
        title="实操课煎锅使用安全须知",
        record_title="实训守则 ▏实操课煎锅使用安全须知 - 鞠川厨艺职业培训学校",
        date=None,
        notes="training school text: rules with 第N条 articles, no date; a trial-lesson line between paragraphs; "
        "a franchise and an enrolment line at the bottom",
        page="""
!m 鞠川厨艺职业培训学校　学厨艺，就业有保障
!m 首页 > 实训守则
!t 实训守则 ▏实操课煎锅使用安全须知
{BODY}
!a 【打印须知】【返回列表】
!w 报名咨询：0396-7219 6060（赵老师）　微信同号
!m 合作办学与加盟：0396-7219 6066
!m 鞠川厨艺职业培训学校 版权所有
""",
        indent="\u3000\u3000",
        body="""
第一条　实操课使用的煎锅由实训室统一发放，学员领用时应检查锅柄是否松动、锅底是否变形，发现问题立即报告指导老师。
第二条　煎锅上灶前应擦干锅底水分，开火后不得离开灶台，不得空锅干烧超过一分钟。
第三条　油温升高冒青烟时应立即关小火力；煎锅内油起火时，立即关火并盖上锅盖，严禁用水扑救。
⟦a 想先体验一节实操课？前台可预约免费试听⟧
第四条　端移煎锅时须使用隔热手套，锅柄朝向灶台内侧，不得朝外伸出。
第五条　不粘煎锅只能使用木铲或硅胶铲，不得用钢丝球、金属铲刮擦；铸铁煎锅使用后趁热清洗、烘干、抹油。
第六条　实操结束后，学员将煎锅清洗干净，交还实训室登记，遗失或人为损坏的照价赔偿。
第七条　违反本须知造成安全事故的，学校将视情节给予警告直至劝退处理。
""",
    ),
    dict(
        slug="app-bisu-host-script-food-jars",
        site="笔速写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bisuxiezuo.com/s/Qm7vX2kA",
        title="“一杯暖意过冬天”社区为环卫工人送焖烧杯活动主持词",
        record_title="“一杯暖意过冬天”社区为环卫工人送焖烧杯活动主持词（暖心活动·主持稿全本）- 笔速写作",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold, AI buttons; a host script with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>“一杯暖意过冬天”社区为环卫工人送焖烧杯活动主持词（暖心活动·主持稿全本）- 笔速写作</title>
<script src="https://h5.bisuxiezuo.com/js/share.js"></script>
</head>
<body>
<div class="bs-mask">⟦a 打开笔速写作APP，查看全文并一键导出⟧</div>
<div class="bs-head">⟦m 笔速写作 · 三分钟写好一篇稿⟧</div>
<h1>{T}</h1>
<div class="bs-meta">⟦m 来自笔速写作范文库　已有 6.2千 人使用⟧</div>
<div class="bs-ai">⟦a ✨ AI续写　✨ AI改写　✨ 换个风格⟧</div>
<div class="bs-body">
{BODY}
</div>
<div class="bs-fold">⟦a 余下内容已折叠，打开APP继续阅读⟧</div>
<div class="bs-more"><p>⟦l 同类范文：重阳节敬老活动主持词⟧</p><p>⟦l 社区志愿服务表彰会主持稿⟧</p></div>
<div class="bs-foot">⟦m 笔速写作 v5.2　沪ICP备21017760号-4A⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位环卫工人师傅、各位志愿者、居民朋友们：
大家上午好！今天是大雪节气，天冷了，可咱们社区里有一群人，每天天不亮就上街清扫。今天我们聚在这里，举行“一杯暖意过冬天”活动，为辖区环卫工人师傅送上焖烧杯，让大家在寒冬里中午也能吃上一口热饭。
首先，请社区党委书记致辞，大家欢迎！
感谢书记的讲话。这次送出的三十六个焖烧杯，是由辖区居民、商户和党员志愿者自愿捐款购买的，每一个杯子上都贴着一张写着祝福的小卡片。
下面，请志愿者代表为环卫工人师傅们发放焖烧杯，并现场演示焖烧杯的使用方法。⟦a 一键生成同款主持词⟧
接下来，请环卫工人代表刘师傅讲几句心里话。
谢谢刘师傅！一个焖烧杯不大，装着的是全体居民的心意。“一杯暖意过冬天”活动到此结束，请大家到门口合影留念。谢谢大家！
""",
    ),
    dict(
        slug="app-wenan-summary-stirring-sticks-oneline",
        site="文案口袋 (invented writing app, text export)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.wenankoudai.com/fw/208871",
        title="斟口镇中心小学“搅一搅·看一看”科学周活动总结",
        record_title="斟口镇中心小学“搅一搅·看一看”科学周活动总结（科学组通用稿）· 文案口袋",
        date="2024-05-24",
        notes="writing app export with the whole body on one line; the 成文日期 at the end; an app-open line and "
        "AI buttons around it",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 文案口袋 · 写总结就用它
!a 打开文案口袋APP，免费复制全文
{T}
!m 浏览 4103　收藏 267
{BODY}
!a AI帮我改一改　｜　导出Word　｜　分享给同事
!l 相似范文：小学科技节活动总结　实验小学科学月活动小结
!m 文案口袋 m.wenankoudai.com
""",
        body="""
5月20日至24日，我校举行了以“搅一搅·看一看”为主题的第三届科学周活动，全校18个班820名学生参加。
活动围绕一根小小的搅拌棒设计了三个项目：低年级的“彩虹水”，学生用搅拌棒把不同颜色的水搅匀，观察颜色变化；中年级的“谁溶得快”，比较搅拌与不搅拌时白糖溶解的快慢；高年级的“自制搅拌棒”，用冰棒棍、吸管等材料动手制作搅拌工具，并比一比哪种搅得更快。
活动中，科学组老师提前对全部玻璃搅拌棒进行了检查，低年级一律使用木质搅拌棒，全程未发生割伤等安全问题。
通过科学周，学生们在动手中学会了观察和比较，也懂得了实验器材要规范使用。今后，学校将把科学周办成固定品牌，让更多学生爱上科学。
斟口镇中心小学
2024年5月24日
""",
    ),
]
