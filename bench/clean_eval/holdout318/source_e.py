"""holdout318, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text case each).

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-guimen-free-child-locks-scan-booking",
        site="鬶门邻里网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.guimenlinli.example.cn/sqgg/2025/0604/218.html",
        title="关于为辖区婴幼儿家庭免费上门安装儿童安全锁的通知",
        record_title="【家门口的事】关于为辖区婴幼儿家庭免费上门安装儿童安全锁的通知 - 鬶门邻里网",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="residents' site: a weather line, a grid member's box with a mobile, a property duty line, all beside the residents' "
        "committee's own 咨询电话; a sentence telling residents to 扫描二维码预约; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【家门口的事】关于为辖区婴幼儿家庭免费上门安装儿童安全锁的通知 - 鬶门邻里网</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="bar">⟦m 鬶门邻里网⟧ ⟦m 鼒川区鬶门街道鬶门社区⟧ ⟦m 今日 多云 22~30℃ 空气良⟧</div>
<div class="nav">⟦m 首页 ｜ 社区公告 ｜ 便民服务 ｜ 党群阵地 ｜ 邻里圈⟧</div>
<div class="crumb">⟦m 首页 ▷ 社区公告⟧</div>
<div class="news">
<h2>{T}</h2>
<div class="sub">⟦m 发布：社区居委会　2025-06-04　浏览 733⟧</div>
<div class="ct">
{BODY}
</div>
<div class="share">⟦l 转发给邻居：微信 · 朋友圈 · 邻里圈⟧</div>
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第3网格 网格员 倪小梅 手机 13607396620⟧</p></div>
<div class="wuye">⟦m 物业24小时值班：0739-8839900（鬶门花园物业服务中心）⟧</div>
<div class="ft">⟦m 鬶门社区居委会主办　地址：鬶门路88号⟧ ⟦m 湘ICP备21004417号-2⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为减少婴幼儿居家意外伤害，社区联合鼒川区妇联、爱心企业开展“安全到家”行动，为辖区有6岁以下儿童的家庭免费上门安装儿童安全锁。现将有关事项通知如下。
一、安装内容：柜门锁、抽屉锁、插座保护盖、窗户限位器，每户限装8件。
二、预约方式：扫描社区宣传栏上的二维码预约，或到社区服务大厅登记。
三、安装时间：6月9日至6月20日，每天9:00—17:00，志愿者上门前会电话联系。
四、志愿者均佩戴工作证，不收取任何费用，请居民提高警惕，谨防冒名收费。
咨询电话：0739-8832416（鬶门社区居委会）
鬶门社区居民委员会
2025年6月3日
""",
    ),
    dict(
        slug="community-fuxi-no-hutches-in-stairwells-wrapped",
        site="祓溪居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://fuxi-jmzj.example.cn/notice/20250423-2.html",
        title="关于禁止在楼道和公共区域摆放兔笼等动物笼具的通知",
        date="2025-04-22",
        notes="record title as is; a residents' notice hard-wrapped at 68 columns; a property line and a grid member's phone "
        "beside the committee's own number; 成文日期 under the signature",
        page="""
!m 祓溪居民之家 —— 鼒川区祓溪社区
!m 首页 > 社区告示
{T}
!m 2025-04-23　社区居委会　阅读 412
{BODY}
!m 物业报修：0739-8836600　　网格员 侯亮 13973906218
!a 点赞 31　｜　转发
!l 上一条：祓溪社区2025年春季义诊活动安排
!m 祓溪居民之家 · 社区居委会主办
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
各位居民：
近期，社区陆续接到居民反映，部分楼栋有住户在楼道、消防通道摆放兔笼饲养兔子，兔笼散发异味，兔粪、草屑堆积，还堵塞了消防通道。
根据《瓵城市文明行为促进条例》和小区管理规约，现就有关事项通知如下：
一、禁止在楼道、消防通道、电梯间等公共区域摆放兔笼及其他动物笼具。
二、已摆放的，请于4月30日前自行搬回室内或妥善处置，饲养时注意清洁，不得影响邻居。
三、逾期未处置的，社区将联合物业、消防部门上门劝导，拒不整改的依法处理。
感谢各位居民的理解与配合。
联系电话：0739-8836072
祓溪社区居民委员会
2025年4月22日
""",
    ),
    dict(
        slug="association-yicheng-optical-pledge-lens-cases",
        site="瓵城市眼镜行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ycyjxh.example.org/xhdt/2025/0606/88.html",
        title="守护明眸 从一只干净的镜盒开始——致全市眼镜零售企业的倡议书",
        record_title="〔爱眼日·行业自律〕守护明眸 从一只干净的镜盒开始——致全市眼镜零售企业的倡议书",
        date="2025-06-06",
        notes="association site: a member-login row, a member hotline beside the secretariat's own phone; the association's name "
        "in the header is also the signature (matched as head); a sentence asking members to 转发分享 the pledge",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔爱眼日·行业自律〕守护明眸 从一只干净的镜盒开始——致全市眼镜零售企业的倡议书</title>
<script src="/static/xh.js"></script>
</head>
<body>
<div class="logo">⟦m 瓵城市眼镜行业协会⟧</div>
<div class="login">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务专线 0739-8810500⟧</div>
<div class="nav">⟦m 协会首页 | 协会概况 | 行业动态 | 自律维权 | 会员风采 | 培训考证⟧</div>
<div class="position">⟦m 当前位置：协会首页 &gt;&gt; 自律维权⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="date">⟦m 协会秘书处 · 2025年06月06日 · 浏览 340⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="links"><h4>⟦l 友情链接⟧</h4>⟦l 瓵城市市场监督管理局　瓵城市消费者协会　瓵城市眼科质控中心⟧</div>
<div class="foot">⟦m 版权所有：瓵城市眼镜行业协会　地址：鼒川区商贸大厦1109室⟧ ⟦m 湘ICP备17001823号⟧</div>
</body>
</html>
""",
        body="""
全市眼镜零售企业：
隐形眼镜盒是离眼睛最近的“小容器”，却常常被消费者忽视。为保障消费者用眼健康，我会向全市眼镜零售企业发出如下倡议：
一、销售隐形眼镜时，主动向消费者讲解镜盒清洗、晾干和定期更换的方法。
二、在店内设置“镜盒换新”提示牌，提醒消费者镜盒每三个月更换一次。
三、不销售无生产企业名称、无材质标识的镜盒，从正规渠道进货。
四、建立顾客回访制度，在回访中提醒顾客更换镜盒。
欢迎各会员单位转发分享本倡议，共同守护市民的眼健康。
协会秘书处电话：0739-8810527
瓵城市眼镜行业协会
2025年6月6日
""",
    ),
    dict(
        slug="association-yicheng-weighing-minutes-vote",
        site="瓵城市衡器行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.ychqxh.example.org/show.asp?id=415",
        title="瓵城市衡器行业协会第三届理事会第四次会议纪要",
        date="2025-03-21",
        notes="record title as is; minutes whose only date is the 时间 line; 出席/列席/记录 lines and a vote count kept; "
        "a member-login line and a 'join the association' prompt around it",
        page="""
!m 瓵城市衡器行业协会　　　会员登录 | 入会指南
!m 协会首页 » 协会动态 » 会议纪要
{T}
!m 录入：秘书处　点击：88
{BODY}
!a ［打印本页］　［返回上页］
!w 计量器具生产、维修企业欢迎入会，入会咨询请致电秘书处 0739-8818320
!m 瓵城市衡器行业协会版权所有
""",
        indent="\u3000\u3000",
        body="""
时间：2025年3月21日上午9:30
地点：协会会议室
主持：会长 单立群
出席：理事15人（应到17人）
列席：监事 贺文斌
记录：秘书处 尤敏
会议审议并通过以下事项：
一、通过《家用厨房秤质量自律公约》，表决结果：同意15票，反对0票，弃权0票。
二、决定4月份组织会员企业开展厨房秤计量性能比对，比对结果在协会网站公布。
三、同意吸收瓵城市准衡电器有限公司等3家企业为新会员。
四、下次理事会定于6月中旬召开。
""",
    ),
    dict(
        slug="company-hengshu-bagasse-box-certified-record-date",
        site="恒舒纸品官网 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengshu-paper.example.com/news/2025/0915-certified.html",
        title="恒舒纸品甘蔗渣纸巾盒通过绿色产品认证",
        record_title="企业动态 ｜ 恒舒纸品甘蔗渣纸巾盒通过绿色产品认证 — 恒舒纸品",
        record_date="2025-09-15",
        date="2025-09-15",
        notes="company site: a cookie notice, a service float, a language switch; the title repeated and glued before the first "
        "words of the lead; date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>企业动态 ｜ 恒舒纸品甘蔗渣纸巾盒通过绿色产品认证 — 恒舒纸品</title>
<script src="/assets/main.8f2c.js"></script>
</head>
<body>
<div class="cookie">⟦d 本站使用 Cookie 改善浏览体验，继续浏览即表示您同意我们的隐私条款。⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 恒舒纸品 HENGSHU PAPER⟧ <nav>⟦m 首页 · 关于恒舒 · 产品中心 · 企业动态 · 联系我们⟧</nav> ⟦a 中文 / EN⟧</header>
<div class="banner">⟦m 以蔗为纸，舒适环保⟧</div>
<div class="crumb">⟦m 首页 > 企业动态⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2025.09.15　恒舒纸品品牌部⟧</div>
<div class="content">
{BODY}
</div>
</article>
<div class="service">⟦w 采购咨询 ☏ 0744-3372016　在线客服 ☺⟧</div>
<footer>⟦m 榼山县恒舒纸品有限公司　地址：榼山县蛳港镇工业园恒舒路2号⟧<br>⟦m © 2025 Hengshu Paper　湘ICP备20016632号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 恒舒纸品甘蔗渣纸巾盒通过绿色产品认证⟧9月12日，公司自主研发的甘蔗渣模压纸巾盒通过绿色产品认证，成为榼山县首个获得该认证的纸品类产品。
这款纸巾盒以制糖厂的甘蔗渣为原料，采用模压成型工艺，不覆膜、不上光，可在自然环境中降解。今年3月投产以来，已向省内外42家酒店和连锁餐饮企业供货，累计销售68万只。
公司总经理柯向东表示，下一步将推出可定制印刷的酒店专用款，并与高校合作研发防潮性能更好的新配方。
""",
    ),
    dict(
        slug="company-anbei-drawer-lock-recall-batches",
        site="安贝儿童用品官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.anbei-baby.example.cn/notice/recall-2025-08.html",
        title="关于召回部分批次抽屉儿童锁、柜门儿童锁的公告",
        record_title="主动召回通告丨关于召回部分批次抽屉儿童锁、柜门儿童锁的公告 - 安贝儿童用品",
        date="2025-08-18",
        notes="a company recall in text: a batches table one row a paragraph, the recall line beside a 400 order line and a "
        "shop link; a sentence telling consumers to check the batch number on the pack; 成文日期 under the signature",
        page="""
!m 安贝 ANBEI · 让家更安心
!m 首页 ｜ 产品 ｜ 安全课堂 ｜ 服务与支持
!t 主动召回通告丨关于召回部分批次抽屉儿童锁、柜门儿童锁的公告
{BODY}
!m 订购热线：400-017-3390　　官方旗舰店：anbei.example-mall.com
!a ⇪ 分享本公告
!d © 2025 瓵城市安贝儿童用品有限公司 保留所有权利
""",
        indent="\u3000\u3000",
        body="""
尊敬的消费者：
我公司近期在质量回访中发现，部分批次的“安贝”抽屉儿童锁在高温环境下背胶粘性下降，存在脱落风险。为保障儿童安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　数量
AB-02抽屉锁　20250312　3600件
AB-02抽屉锁　20250319　2880件
AB-05柜门锁　20250402　1500件
消费者可查看包装背面的批号，属于召回范围的，可凭包装到原购买门店免费更换，或拨打召回专线办理邮寄更换，邮费由我公司承担。
召回专线：0739-8857316（每天8:30—20:00）
由此给您带来的不便，我们深表歉意。
瓵城市安贝儿童用品有限公司
2025年8月18日
""",
    ),
    dict(
        slug="school-maixiangfang-baking-class-brochure",
        site="麦香坊烘焙学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.maixiangfang.example.com/kecheng/shuqi-2025.html",
        title="麦香坊烘焙学校暑期零基础烘焙班招生简章",
        record_title="【暑期烘焙班】麦香坊烘焙学校暑期零基础烘焙班招生简章（小班12座）｜麦香坊",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 franchise line beside the school's own 报名电话; a course "
        "table one row a paragraph; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【暑期烘焙班】麦香坊烘焙学校暑期零基础烘焙班招生简章（小班12座）｜麦香坊</title>
<script src="/js/kf53.js"></script>
</head>
<body>
<div class="promo">⟦a 🔥 暑期早鸟价：7月1日前报名立减300元，再送烘焙工具包⟧</div>
<div class="hd">⟦m 麦香坊烘焙学校⟧ <span>⟦m 盎川县人社局备案职业培训机构⟧</span></div>
<div class="nav">⟦m 学校首页 · 课程设置 · 学员作品 · 师资力量 · 加盟合作⟧</div>
<div class="course">
<h1>{T}</h1>
<div class="hint">⟦m 浏览 2,118 次　已报名 9 人⟧</div>
<div class="course-body">
{BODY}
</div>
<div class="btn">⟦a 立即报名，锁定名额 ›⟧</div>
</div>
<div class="kf-float">⟦w 课程顾问在线 ✆ 点击咨询⟧</div>
<div class="jm">⟦m 全国加盟热线：400-096-8816⟧</div>
<div class="ft">⟦m 麦香坊烘焙学校　地址：盎川县建设路137号三楼⟧ ⟦m 湘ICP备22009471号⟧</div>
</body>
</html>
""",
        body="""
一、课程介绍：本班面向零基础学员，10天学会戚风蛋糕、吐司、曲奇等12款常见烘焙产品。
二、课程安排：
课程　课时　内容
基础理论　4课时　原料认识、厨房秤与量具使用
蛋糕制作　16课时　戚风、海绵、纸杯蛋糕
面包制作　16课时　吐司、餐包、软欧
三、学员须知：学校为每位学员配发一台精确到0.1克的电子厨房秤，结业后归学员所有。每班限招12人，满班即止。
四、学费：2680元（含材料费）。
报名电话：0736-7256618（麦香坊烘焙学校前台）
""",
    ),
    dict(
        slug="school-panxi-rabbit-class-brochure-text",
        site="槃溪县农民职业技能培训学校 (invented training school page)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.pxnmpx.example.cn/zsjz/2025-rabbit.html",
        title="槃溪县肉兔养殖实用技术培训班招生简章",
        record_title="槃溪县肉兔养殖实用技术培训班招生简章（免费·包午餐）- 槃溪农民培训网",
        date=None,
        notes="a training brochure in text: a promo line, a consult prompt and a 400 line around the school's own 报名电话; "
        "no date",
        page="""
!m 槃溪农民培训网　学技术 · 好就业
!a ★ 本期名额剩余 11 个，报满即开班 ★
!t 槃溪县肉兔养殖实用技术培训班招生简章（免费·包午餐）
{BODY}
!w 想了解其他培训项目？加招生老师微信 pxpx_zhaosheng
!m 全省农民培训服务热线：400-118-2025
!m 槃溪农民培训网 版权所有
""",
        indent="\u3000\u3000",
        body="""
为帮助养殖户掌握肉兔科学养殖技术，槃溪县农民职业技能培训学校开设肉兔养殖实用技术培训班，现面向全县招生。
一、培训内容：兔舍与兔笼设计、笼具消毒、饲料配制、常见病防治、繁殖管理。
二、培训方式：理论课在学校教室进行，实操课在蜊湾镇示范兔场进行，学员可现场学习兔笼安装和维护。
三、招生对象：有养殖意愿的农村劳动力，年龄18至60周岁。
四、培训费用：免费，培训期间提供午餐。
报名地点：槃溪县农民职业技能培训学校一楼教务处
报名电话：0743-5839216
""",
    ),
    dict(
        slug="app-biluo-debrief-housekeeping-tissue-boxes",
        site="笔落APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.biluo-app.example.com/share/doc?id=rw8812x&from=wechat",
        title="2025年度酒店客房部经理述职报告",
        record_title="2025年度酒店客房部经理述职报告（交稿不愁版）· 笔落APP",
        date="2025-12-26",
        notes="writing app H5 share: an open-app mask, a fold ('expand the rest in the app'), an AI-rewrite button glued after a "
        "。, a word count; 述职人 and date at the end",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>2025年度酒店客房部经理述职报告（交稿不愁版）· 笔落APP</title>
<script src="https://h5.biluo-app.example.com/static/share.7d1e.js"></script>
</head>
<body>
<div class="mask">⟦a 在笔落APP内打开，阅读体验更好⟧ <button>⟦a 打开⟧</button></div>
<div class="doc">
<div class="from">⟦m 来自笔落APP · 范文库⟧</div>
<h1>{T}</h1>
<div class="wc">⟦m 全文约 1,480 字 · 2.3 万人用过⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 剩余 62% 内容已收起，打开APP展开全文⟧</div>
<div class="tools">⟦a ✎ 一键换成我的单位⟧ ⟦a ⎘ 复制全文⟧</div>
<div class="rec"><h4>⟦l 还可以看看⟧</h4><p>⟦l 酒店前厅部主管年终述职⟧</p><p>⟦l 宾馆客房服务员个人工作总结⟧</p></div>
</div>
<div class="ft">⟦d 范文由笔落用户创作，仅供参考，请勿直接照搬。⟧</div>
</body>
</html>
""",
        body="""
各位领导、同事：
2025年，我担任客房部经理，现将全年履职情况报告如下。
一、主要工作。全年客房出租率达到76.3%，宾客对客房卫生的满意度为97.8%。牵头完成客房用品升级，将286个塑料纸巾盒全部更换为竹制纸巾盒，并纳入月度盘点，纸巾盒丢失率由每月9个下降到2个。⟦a ✦ AI帮我润色这一段⟧
二、存在不足。一是员工培训不够系统，新员工上岗前实操训练偏少；二是布草洗涤成本控制还有空间。
三、明年打算。推行客房用品定额管理，完善新员工带教制度，努力把宾客满意度提高到98%以上。
述职人：凌嘉禾
2025年12月26日
""",
    ),
    dict(
        slug="app-wensiquan-speech-eye-care-week-date-under-title",
        site="文思泉APP (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.wensiquan.example.cn/s/7Jq2pL",
        title="在全校“爱眼护眼宣传周”启动仪式上的讲话",
        record_title="在全校“爱眼护眼宣传周”启动仪式上的讲话（国旗下讲话可用）｜文思泉",
        date="2025-09-22",
        notes="writing-app share in text: an open-app prompt, a use count, an AI button line; speaker line and the date under the "
        "title neutral; the date under the title is the speech's date",
        page="""
!a 打开文思泉APP，查看完整范文 ›
!m 文思泉 · 讲话稿精选
!t 在全校“爱眼护眼宣传周”启动仪式上的讲话（国旗下讲话可用）
!m 3,905 人已使用　｜　约 600 字
{T}
祗阳县第一中学校长　华立新
（2025年9月22日）
{BODY}
!a 〔AI续写〕〔换个语气〕〔导出文档〕
!l 相似范文：开学典礼校长讲话　｜　近视防控宣传月启动讲话
""",
        indent="\u3000\u3000",
        body="""
老师们、同学们：
今天，我们在这里启动学校“爱眼护眼宣传周”活动。
最近校医室做了一次统计，全校初三和高中阶段配戴隐形眼镜的同学已经有86人。隐形眼镜方便，但护理不好，就会给眼睛带来伤害。上学期，我校就有两名同学因为镜盒长期不换、护理液混用，得了角膜炎。
借这个机会，我向同学们提三点要求：第一，配戴隐形眼镜要经过正规验配，不要自己网购乱戴；第二，镜盒每三个月换一次，每天用完都要清洗晾干；第三，不要和同学共用镜盒、护理液。
同学们，眼睛是心灵的窗户。希望大家从现在做起，爱护好自己的眼睛。谢谢大家！
""",
    ),
]
