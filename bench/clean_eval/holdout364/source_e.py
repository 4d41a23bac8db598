"""holdout364, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML and one text page each).

Invented text, sites, places, people and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-junyuan-nasal-health-talk-notice",
        site="俊园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.junyuansq.cn/tzgg/20251124/302.html",
        title="关于举办“顺畅呼吸过冬天”鼻腔健康讲座的通知",
        record_title="【居民健康驿站】关于举办“顺畅呼吸过冬天”鼻腔健康讲座的通知｜俊园社区",
        date="2025-11-24",
        notes="a residents' site: a weather line, a grid worker's box and a property repair line; the community's "
        "own 咨询电话 kept; scanning to sign up is content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【居民健康驿站】关于举办“顺畅呼吸过冬天”鼻腔健康讲座的通知｜俊园社区</title>
</head>
<body>
<div class="sq-top">⟦m 俊园社区 · 邻里一家亲⟧ ⟦m 娟湖区 阴转小雨 6℃⟧</div>
<div class="sq-nav">⟦m 首页 社区公告 党群服务 健康驿站 志愿服务 办事指南⟧</div>
<div class="sq-crumb">⟦m 首页 / 社区公告⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-meta">⟦m 社区居委会 发布 ｜ 浏览 301⟧</div>
<div class="sq-text">
{BODY}
</div>
</div>
<div class="sq-grid">⟦m 本网格：俊园第3网格　网格员 邵芊芊 137 5790 3368⟧</div>
<div class="sq-wy">⟦w 物业报修（24小时）：0579-85160099⟧</div>
<div class="sq-ft">⟦m 誉州市娟湖区东湖街道俊园社区居民委员会⟧ ⟦m 浙ICP备19040127号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
入冬以后，鼻炎、鼻窦炎患者明显增多。为帮助居民科学护鼻，社区联合东湖街道社区卫生服务中心，举办“顺畅呼吸过冬天”鼻腔健康讲座。现将有关事项通知如下：
一、讲座时间：2025年11月29日（星期六）上午9:00—10:30。
二、讲座地点：俊园社区党群服务中心二楼多功能室。
三、讲座内容：冬季鼻炎的预防和用药常识；洗鼻器的正确使用方法，现场演示鼻腔冲洗；儿童鼻腔护理注意事项。
四、报名方式：请扫描社区公告栏上的二维码报名，或到社区服务大厅登记，名额60人，报满为止。到场居民可免费领取洗鼻盐一盒。
咨询电话：俊园社区服务大厅　0579-85162203。
俊园社区居民委员会
2025年11月24日
""",
    ),
    dict(
        slug="community-lize-pledge-canteen-plates-record",
        site="丽泽社区 (invented residents' site, text copy)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.lizeshequ.org.cn/news/2026/0316/88.html",
        title="关于在社区老年食堂使用分格餐盘、践行光盘行动的倡议书",
        date="2026-03-15",
        date_also=["2026-03-16"],
        notes="a residents' site in text with the record title as is; a weather line, a grid box and a volunteer "
        "sign-up line as chrome; sharing is content; 成文日期 under the signature",
        page="""
!m 丽泽社区　居民之家
!m 旷川县 晴 8～17℃
!m 首页 → 社区动态 → 倡议书
{T}
!m 发布：丽泽社区居委会　2026-03-16　阅读 256
{BODY}
!l 【社区动态】丽泽社区老年食堂开业满一周年　｜　“邻里厨房”志愿者招募
!m 网格服务专线：丽泽第1网格 喻小满 136 0579 8844
!m 旷川县城关街道丽泽社区居民委员会　地址：旷川县丽泽路27号
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友、老年食堂的老伙计们：
社区老年食堂开办一年来，每天为120多位老人提供午餐，大家吃得开心、吃得放心。但我们也发现，一些老人打饭时怕不够吃，一次打得太多，最后剩下不少。为此，老年食堂从4月1日起启用分格餐盘，米饭、荤菜、素菜各放一格，按老人的饭量分大、小两种份量。社区向大家发出如下倡议：
一、按需取餐。吃多少打多少，不够可以再添，尽量不剩饭菜。
二、光盘离座。吃完把餐盘放到回收处，分格餐盘里的剩菜一眼就能看见，请大家互相提醒。
三、文明就餐。排队取餐，轻声交谈，爱护餐盘和桌椅。
四、宣传带动。请把光盘的好习惯分享给家人和邻居，让节约成为丽泽社区的新风尚。
丽泽社区居民委员会
2026年3月15日
""",
    ),
    dict(
        slug="association-yuzhou-connectors-pledge-hubs",
        site="誉州市电子接插件行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.yzjcj.org.cn/xhdt/2026/0915/0471.html",
        title="关于规范USB集线器标称参数的行业自律倡议书",
        record_title="〖接插件·自律〗关于规范USB集线器标称参数的行业自律倡议书_誉州电子接插件协会",
        date="2026-09-12",
        date_also=["2026-09-15"],
        notes="an association site: a member-login row, a member hotline and a join prompt; the association's name "
        "is also the signature (head match); 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖接插件·自律〗关于规范USB集线器标称参数的行业自律倡议书_誉州电子接插件协会</title>
</head>
<body>
<div class="as-login">⟦a 会员单位登录　账号 密码 忘记密码？⟧</div>
<div class="as-head">⟦m 誉州市电子接插件行业协会⟧</div>
<div class="as-nav">⟦m 协会首页 协会概况 协会动态 政策法规 会员风采 标准规范⟧</div>
<div class="as-pos">⟦m 首页 » 协会动态⟧</div>
<div class="as-art">
<h2>{T}</h2>
<div class="as-meta">⟦m 发布日期：2026-09-15　秘书处⟧</div>
<div class="as-con">
{BODY}
</div>
</div>
<div class="as-join">⟦a 申请入会 → 下载会员登记表⟧</div>
<div class="as-ft">⟦w 会员服务热线：0579-85207711⟧ ⟦m 协会地址：誉州市经济开发区创业大道3号⟧ ⟦m 浙ICP备17033902号⟧</div>
</body>
</html>
""",
        body="""
各会员单位：
近年来，USB集线器市场规模不断扩大，但也出现了一些企业虚标传输速率、夸大供电能力等问题，损害了消费者权益和行业声誉。市场监管部门近期的抽查中，我市有2批次集线器产品因标称参数与实测不符被通报。为此，协会向全体会员单位发出如下倡议：
一、如实标注参数。产品包装和说明书上的接口版本、传输速率、单口和总输出功率，必须与实测一致，不得使用“极速”“无限扩展”等模糊用语。
二、严把出厂检验。对多口集线器在满载情况下的电压稳定性进行逐批检测，不合格产品一律不得出厂。
三、规范网络宣传。不在电商平台发布与实际性能不符的宣传图片和视频。
四、接受社会监督。协会将设立投诉受理电话，每半年组织一次会员产品比对测试，结果在会员大会上通报。
誉州市电子接插件行业协会
2026年9月12日
""",
    ),
    dict(
        slug="association-yuzhou-devices-minutes-nasal-committee",
        site="誉州市医疗器械行业协会 (invented association, text copy)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.yzylqx.org/hyjy/2026/1108.html",
        title="鼻腔冲洗器专业委员会成立会议纪要",
        record_title="〔专委会动态〕鼻腔冲洗器专业委员会成立会议纪要（2026年第1次）- 誉州市医疗器械行业协会",
        date="2026-11-06",
        date_also=["2026-11-08"],
        notes="association minutes in text: the 时间/地点/主持/出席/列席/记录 lines; the meeting's date differs from "
        "the posting date; a member-hotline and a standards-download line as chrome",
        page="""
!m 誉州市医疗器械行业协会
!m 协会首页 / 行业动态 / 专委会动态
!t 〔专委会动态〕鼻腔冲洗器专业委员会成立会议纪要（2026年第1次）
!m 秘书处 · 2026-11-08 发布
{T}
{BODY}
!a 会员单位可在“资料中心”获取团体标准征求意见稿
!w 会员服务热线：0579-85228816
!m 誉州市医疗器械行业协会秘书处　浙ICP备18026605号
""",
        body="""
时间：2026年11月6日上午9:30
地点：誉州市医疗器械行业协会三楼会议室
主持：协会副会长　钱澄明
出席：鼻腔冲洗器生产、经营企业代表12人
列席：市市场监督管理局医疗器械监管科　柯向晚
记录：协会秘书处　杜小鹿
会议宣读了协会关于成立鼻腔冲洗器专业委员会的决定，选举产生了专委会第一届主任委员、副主任委员，并就下一步工作达成以下共识：
一、摸清行业底数。专委会年底前完成全市洗鼻器生产、经营企业基本情况调查，建立企业名录。
二、推动标准建设。由两家骨干企业牵头，起草《家用洗鼻器》团体标准，重点规范冲洗压力、材质和说明书标注。
三、加强科普宣传。联合医疗机构编写洗鼻器使用指南，引导消费者正确使用，不夸大治疗效果。
四、开展质量自查。各会员企业对照现行标准开展产品自查，自查报告于12月20日前报专委会。
""",
    ),
    dict(
        slug="company-rouxi-recall-breast-pumps-batches",
        site="柔汐母婴电器官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.rouxi-baby.com/news/notice/20260814.html",
        title="关于主动召回部分批次双边电动吸奶器的公告",
        record_title="安全公告 ▸ 关于主动召回部分批次双边电动吸奶器的公告｜柔汐官网",
        date="2026-08-14",
        notes="a company site: a cookie notice, a 400 order line and a service float; the recalled batches as table "
        "rows; the recall line beside the order line; scanning the code on the label is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>安全公告 ▸ 关于主动召回部分批次双边电动吸奶器的公告｜柔汐官网</title>
<script src="/static/js/cookie-consent.js"></script>
</head>
<body>
<div class="rx-head">⟦m ROUXI 柔汐 · 让每一次喂养都温柔⟧</div>
<div class="rx-nav">⟦m 首页 产品中心 喂养课堂 服务支持 新闻公告 关于柔汐⟧ ⟦a 官方商城⟧</div>
<div class="rx-crumb">⟦m 首页 ＞ 新闻公告 ＞ 安全公告⟧</div>
<div class="rx-article">
<h1>{T}</h1>
<div class="rx-date">⟦m 2026/08/14 · 柔汐品质中心⟧</div>
<div class="rx-body">
{BODY}
</div>
</div>
<div class="rx-float">⟦w 在线客服 · 售前咨询⟧</div>
<div class="rx-ft">⟦w 购机热线 400-883-5216⟧ ⟦m 誉州柔汐母婴电器有限公司　誉州市经济开发区柔汐路1号⟧ ⟦m 浙ICP备21008817号-1⟧</div>
<div class="rx-cookie">⟦d 我们使用Cookie改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ ⟦a 接受并关闭⟧</div>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在产品质量跟踪中发现，部分批次的双边电动吸奶器（型号RX-S2）电池仓密封圈存在装配偏差，长时间在潮湿环境中使用，可能导致电池仓进水、设备停机，存在一定安全隐患。目前尚未收到相关伤害报告。为保障用户安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　生产日期范围　数量
RX-S2　2605A11　2026年5月1日—5月15日　3120台
RX-S2　2605B07　2026年5月16日—5月31日　2874台
用户可扫描主机底部标签上的二维码，或查看标签上的生产批号，确认所购产品是否在召回范围内。召回范围内的产品，我公司将免费更换新机，并承担往返运费。
召回专线：0579-85306688（每天8:30—20:00）。
在更换前，请暂停使用召回范围内的产品。给您带来的不便，我们深表歉意。
誉州柔汐母婴电器有限公司
2026年8月14日
""",
    ),
    dict(
        slug="company-lianshu-news-seven-port-hub-record",
        site="联枢电子官网 (invented company site, text copy)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="text",
        source="http://www.lianshu-tech.com/news/2026/0902.html",
        title="联枢电子发布新款七口独立供电USB集线器",
        record_date="2026-09-02",
        date="2026-09-02",
        notes="company news in text with the record's title and date; the company's short name recurs in the body; "
        "a product-page link glued after a sentence and a buy line at the bottom",
        page="""
!m 联枢电子 LIANSHU　｜　连接每一个接口
!m 首页 › 新闻中心 › 公司新闻
{T}
!m 2026.09.02　|　联枢电子市场部
{BODY}
!a 立即选购 ▶ 联枢官方旗舰店
!l 更多新闻：联枢电子通过ISO 14001环境管理体系复审　/　联枢电子亮相深圳电子展
!m 誉州联枢电子有限公司　销售热线 0579-85278000　浙ICP备18039922号
""",
        body="""
9月2日，联枢电子在誉州总部发布新款HB-770七口独立供电USB集线器。这款产品针对办公、实验室和学校机房等多设备同时接入的场景设计，解决了传统多口集线器在满载时供电不足、设备掉线的问题。
新产品配备12伏3安外置电源，内置降压电路，七个接口各自独立限流，单口最大输出1.5安；每个接口配有独立开关和指示灯，不用的接口可以单独关闭。⟦l 了解产品参数 →⟧
据联枢电子研发负责人石清远介绍，研发团队在实验室里用七块移动硬盘同时读写做了连续72小时测试，各接口电压波动控制在0.1伏以内。产品外壳采用铝合金材质，散热性能比塑料外壳提升约40%。
目前，新产品已通过3C认证，将于9月中旬在各大电商平台上市。联枢电子表示，今后将继续围绕学校机房和企业办公需求，推出更多稳定可靠的扩展设备。
""",
    ),
    dict(
        slug="training-shanwei-brochure-catering-plates",
        site="膳维营养培训学校 (invented training school site)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.shanwei-edu.com/zhaosheng/pcy-2026qiu.html",
        title="学校食堂营养配餐员周末班招生简章",
        record_title="【周末班·秋季招生】学校食堂营养配餐员周末班招生简章（含分格餐盘配餐实操）- 膳维培训",
        date=None,
        notes="a training school: a promo banner, a franchise line and a consult float; a course table; the school's "
        "own 报名电话 kept; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【周末班·秋季招生】学校食堂营养配餐员周末班招生简章（含分格餐盘配餐实操）- 膳维培训</title>
</head>
<body>
<div class="sw-banner">⟦a 秋季报名季：两人同行立减300元，名额有限⟧</div>
<div class="sw-head">⟦m 膳维营养培训学校 · 吃得科学，从配餐开始⟧</div>
<div class="sw-nav">⟦m 首页 课程中心 师资团队 学员风采 招生简章 联系我们⟧</div>
<div class="sw-bread">⟦m 首页 > 招生简章⟧</div>
<div class="sw-main">
<h1>{T}</h1>
<div class="sw-info">⟦m 招生老师：苗老师 ｜ 浏览 1,427⟧</div>
<div class="sw-body">
{BODY}
</div>
</div>
<div class="sw-float">⟦w 课程顾问在线，点击免费咨询⟧</div>
<div class="sw-join">⟦w 加盟合作热线：400-809-6615⟧</div>
<div class="sw-ft">⟦m 膳维营养培训学校　旷川县文化路18号⟧ ⟦m 浙ICP备22010356号⟧</div>
</body>
</html>
""",
        body="""
随着中小学食堂全面推行分格餐盘，学校对懂营养、会配餐的食堂人员需求越来越大。本校开设学校食堂营养配餐员周末班，帮助食堂管理人员和从业人员掌握学生营养配餐的方法。
一、招生对象：中小学、幼儿园食堂管理人员、厨师和配餐人员，以及有意从事学校配餐工作的人员。
二、课程安排
课程模块　课时　主要内容
营养基础　8　学生各学段营养需求、食物分类
分格餐盘配餐实操　12　主食、荤菜、素菜、水果按格定量
食谱编制　8　一周带量食谱编制与营养核算
食品安全　4　餐盘清洗消毒与留样管理
三、上课时间：每周六、日全天，共4个周末。
四、培训费用：1980元/人，含教材和实操材料费。
五、报名方式：携带身份证复印件到学校前台报名，报名电话：0579-88326021。
""",
    ),
    dict(
        slug="training-anbao-insight-maternity-nurse-pump",
        site="安褓母婴培训中心 (invented training centre, text copy)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.anbao-muying.com/xueyuan/xinde/219.html",
        title="参加母婴护理师培训的几点体会",
        record_title="学员心得 ▏参加母婴护理师培训的几点体会（第27期学员 谭小满）- 安褓母婴培训中心",
        date=None,
        notes="a trainee's 心得 on a training centre's site in text: a trial-lesson prompt between paragraphs and a "
        "course ad at the bottom; no date",
        page="""
!m 安褓母婴培训中心　专注母婴护理职业培训
!m 首页 ／ 学员风采 ／ 学员心得
!t 学员心得 ▏参加母婴护理师培训的几点体会（第27期学员 谭小满）
!m 浏览次数：733
{T}
{BODY}
!w 想入行母婴护理？报名咨询 谭老师 139 5798 1207（微信同号）
!l 更多学员心得：从宝妈到金牌月嫂，我用了半年　｜　催乳课上学到的那些事
!m 安褓母婴培训中心　旷川县新华路209号三楼
""",
        indent="\u3000\u3000",
        body="""
我是第27期母婴护理师培训班的学员，一个月的培训结束了，想把自己的收获写下来。
第一点体会是，护理母婴不能只凭经验。以前我以为自己带过两个孩子，照顾产妇和新生儿没什么难的。上了课才知道，很多老办法是不科学的，比如产妇不能洗头、要多喝油汤下奶，这些说法都有问题。
第二点体会是，细节决定专业。老师教我们使用吸奶器时，从洗手、按摩、选择喇叭罩尺寸，到调节吸力、清洗消毒配件，一共十几个步骤，每一步都要做到位。我们反复练了好几遍，老师还让我们互相打分。
⟦a 免费试听一节母婴护理课，点这里预约⟧
第三点体会是，要学会和产妇沟通。有的产妇奶水不足，心里着急，这时候我们不能只顾着催奶，更要安慰她、鼓励她，帮她放松下来。
培训结束了，但学习没有结束。我会把学到的知识用到工作中，做一名让产妇放心的母婴护理师。
""",
    ),
    dict(
        slug="app-luobi-report-nursing-home-bed-rails",
        site="落笔写作App (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.luobi-app.com/share/doc?id=9b70e21c&from=wx",
        title="2025年度养老院院长述职报告",
        record_title="2025年度养老院院长述职报告（养老机构通用·含护栏改造）｜落笔App",
        date="2026-01-10",
        notes="a writing app's H5 share: an open-app mask, a fold, an AI-rewrite button and a use-limit line; a "
        "report with 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>2025年度养老院院长述职报告（养老机构通用·含护栏改造）｜落笔App</title>
<script src="https://h5.luobi-app.com/static/share.3.1.js"></script>
</head>
<body>
<div class="lb-mask">⟦a 在落笔App内打开，体验更流畅 ｜ 打开App⟧</div>
<div class="lb-top">⟦m 落笔 · 好材料，一笔落成⟧</div>
<div class="lb-doc">
<h1>{T}</h1>
<div class="lb-meta">⟦m 落笔精选 · 2.4万人用过 · 收藏 860⟧</div>
<div class="lb-body">
{BODY}
</div>
<div class="lb-fold">⟦a 展开剩余 35% ∨⟧</div>
<div class="lb-ai">⟦a ✦ AI帮我改成我们单位的版本⟧</div>
<div class="lb-limit">⟦a 非会员每天可免费复制2次，今日剩余0次⟧</div>
</div>
<div class="lb-rec"><h4>⟦l 相似范文⟧</h4>
<p>⟦l 养老服务中心主任年度述职报告⟧</p><p>⟦l 敬老院院长述职述廉报告（2篇）⟧</p></div>
<div class="lb-ft">⟦m 落笔写作 · 誉州落笔网络科技有限公司⟧</div>
</body>
</html>
""",
        body="""
2025年，在区民政局的领导下，我带领全院职工围绕“安全、温馨、专业”的目标，扎实推进养老服务各项工作。现将一年来的履职情况报告如下。
一、抓安全，守住老人安全底线
针对去年院内发生的两起老人坠床事件，我们把床护栏改造作为全年安全工作的头号任务。全院146张床位全部更换为可升降护理床护栏，失能老人床位加装软包护套。护理员交接班时必须检查护栏状态并签字确认。全年未发生一起坠床事故。
二、抓服务，提升照护专业水平
组织护理员参加养老护理员职业技能培训，31人取得职业技能等级证书；开设康复训练室，为半失能老人提供每日康复训练。
三、抓管理，建设和谐院风
修订完善了院内管理制度18项，推行院务公开，每月召开一次老人及家属座谈会，收集意见建议57条，已全部办理答复。
四、存在的不足
一是护理员队伍流动性大；二是医养结合服务还不够深入。新的一年，我将努力改进，把养老院建设成老人满意、家属放心的温馨家园。
述职人：娟湖区社会福利院院长　温一禾
2026年1月10日
""",
    ),
    dict(
        slug="app-gaoduoduo-host-script-nasal-oneline",
        site="稿多多App (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.gaoduoduo.cn/s/zcc/77210",
        title="“鼻腔健康 呼吸自在”社区健康讲座主持词",
        record_title="“鼻腔健康 呼吸自在”社区健康讲座主持词（开场+串词+结束语）· 稿多多",
        date=None,
        notes="a writing app's text share with the whole body on one line; an open-app prompt and a copy limit; a "
        "host script with no date",
        page="""
!a 打开稿多多App，查看完整主持词
!m 稿多多 · 活动串词专区
!t “鼻腔健康 呼吸自在”社区健康讲座主持词（开场+串词+结束语）
!m 阅读 6,120 · 点赞 233
{BODY}
!a 复制全文（会员专享）　｜　一键导出Word
!l 大家还在看：社区健康讲座开场白　／　健康知识讲座主持稿（3篇）
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
尊敬的各位居民朋友，大家上午好！欢迎大家来到“鼻腔健康　呼吸自在”社区健康讲座的现场。
入冬以来，不少朋友被鼻塞、流涕、打喷嚏困扰，晚上睡不好，白天没精神。今天，我们特别邀请到社区卫生服务中心的全科医生，为大家讲一讲冬季鼻腔健康的那些事。
首先，让我们用热烈的掌声欢迎医生为我们讲解冬季鼻炎的预防知识。
感谢医生的精彩讲解！接下来是现场演示环节，医生将手把手教大家正确使用洗鼻器。有兴趣的朋友可以到前排来，近距离观看。
最后是互动答疑环节，大家有什么问题，请举手提问。
今天的讲座到这里就结束了。希望大家把学到的知识带回家，和家人一起科学护鼻。谢谢大家，再见！
""",
    ),
    dict(
        slug="gkforum-shangan-essay-plates-jammer",
        site="上岸研习社论坛 (invented exam-prep forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyxs.com/thread-218805-1-1.html",
        title="一只餐盘里的治理智慧",
        record_title="[申论·自由练笔] 一只餐盘里的治理智慧（求各位研友拍砖）- 申论交流 - 上岸研习社",
        date=None,
        notes="an exam forum: a reply-to-see prompt, a rating row, a QQ-group ad and jammer-font junk in the post; "
        "relative times only",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>[申论·自由练笔] 一只餐盘里的治理智慧（求各位研友拍砖）- 申论交流 - 上岸研习社</title>
<style>font.jammer{font-size:0}</style>
</head>
<body>
<div class="hd">⟦m 上岸研习社 —— 一起上岸，不负韶华⟧</div>
<div class="pt">⟦m 研习社 › 申论交流 › 练笔批改⟧</div>
<div class="pls">⟦m 楼主：晨读不迟到　研友等级 Lv6⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="tm">⟦m 发表于 6 天前 ｜ 阅读 2149 ｜ 回复 37⟧</div>
<div class="post">
{BODY}
</div>
<div class="hide">⟦a 本帖还有老师批改版，回复后可见⟧</div>
<div class="rate">⟦l 参与评分 3 人　研币 +15　收起⟧</div>
</div>
<div class="reply">⟦l 沙发 申论小白鹭 5 天前：开头很有画面感，第三段论证可以再具体一点⟧</div>
<div class="qq">⟦w 上岸研习社申论批改群：QQ 771205386，进群免费领范文⟧</div>
<div class="ft">⟦m 上岸研习社 ( 鄂ICP备21007729号 )⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
走进一所中学的食堂，学生们端着不锈钢分格餐盘依次取餐：米饭一格，两荤两素各占一格，饭后，餐盘里几乎不见剩菜。一只小小的分格餐盘，折射出的是基层治理“小切口、大文章”的智慧。
分格餐盘让浪费“看得见”。过去大碗混装，剩多剩少说不清；如今分格盛放，哪一格剩得多一目了然，食堂据此调整菜品和分量，节约从模糊的口号变成了精准的数据。
分格餐盘让营养“算得清”。每一格定量盛放，荤素搭配有了标准，孩子吃什么、吃多少有据可依，健康成长有了保障。
分格餐盘让责任“落得实”。从餐盘采购到清洗消毒，从配餐定量到剩餐公示，每个环节都有人负责，一项小改革带动了一整套管理制度的完善。
治理之道，往往藏于细微之处。只要用心找准群众身边的“小切口”，就能做好民生改善的“大文章”。
""",
    ),
    dict(
        slug="gkforum-yizhan-interview-bed-rail-junk",
        site="公考驿站论坛 (invented exam forum, text copy)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.gkyizhan.com/bbs/t/661902",
        title="社区为独居老人免费安装床护栏，有的老人不愿意装，你怎么做？",
        record_title="【结构化面试·群众工作】社区为独居老人免费安装床护栏，有的老人不愿意装，你怎么做？（内附本人作答）",
        date=None,
        notes="an exam-forum interview answer in text: junk lines and junk glued after 。; a reply-to-unlock line, "
        "a course ad and floors; relative times only",
        page="""
!m 公考驿站论坛　>　面试交流　>　结构化面试
!t 【结构化面试·群众工作】社区为独居老人免费安装床护栏，有的老人不愿意装，你怎么做？（内附本人作答）
!m 楼主：面试冲冲冲　发表于 昨天 20:16　浏览 1382
{BODY}
!a 回复本帖可查看考官点评
!w 面试一对一陪练，驿站学长带你上岸，咨询微信 gkyz_mianshi
!l 1楼　小岸：思路清楚，第二点可以加个具体例子
!m 公考驿站论坛　Powered by Discuz!
""",
        junk=dict(lines=2, glued=2),
        body="""
我的作答思路：理解老人、弄清原因、分类施策、做好后续。
首先，老人不愿意安装，是可以理解的。有的老人觉得自己身体还好，装护栏像是“被当成病人”；有的担心护栏碍事，影响上下床；也有的怕要收费，或者不愿意陌生人进家门。
其次，我会逐户上门了解原因，和老人拉拉家常，用身边老人坠床受伤的真实例子，讲清楚护栏的作用，告诉老人安装是免费的，护栏可以折叠，白天放下来不影响使用。
再次，对仍有顾虑的老人，我会请他们的子女、邻居或老人信得过的楼长一起做工作；也可以先在社区活动室放一张装好护栏的床，请老人来亲身体验。对于坚持不装的老人，尊重他们的意愿，同时增加上门探访的次数。
最后，安装完成后定期回访，检查护栏是否牢固，听取老人的使用感受，把好事办到老人心坎上。
""",
    ),
]
