"""holdout193, part E: residents' sites, associations, company sites, training schools and writing apps.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="community-chishengyuan-notice-leash-giveaway",
        site="篪声苑社区服务站 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chishengyuan-sq.cn/tzgg/20250520/416.html",
        title="关于开展犬只登记和免费领取牵引绳活动的通知",
        record_title="【邻里通知】关于开展犬只登记和免费领取牵引绳活动的通知｜篪声苑社区",
        date="2025-05-20",
        notes=(
            "residents' site with a weather widget and a grid-worker box; the notice's own 咨询电话 beside the property "
            "repair line; sentences about scanning a code to register and following the account as content; a 回执-like numbered list"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【邻里通知】关于开展犬只登记和免费领取牵引绳活动的通知｜篪声苑社区</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="bar">⟦m 篪声苑社区服务站⟧　⟦m 埙川县柷岭街道　今天 晴 22℃⟧　<a>⟦a 居民登录⟧</a></div>
<div class="nav">⟦m 首页　社区公告　办事指南　邻里活动　物业服务　网格之窗⟧</div>
<div class="loc">⟦m 首页 ＞ 社区公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="meta">⟦m 发布：社区居委会　2025-05-20　阅读 732⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="grid-box">⟦m 我的网格员：第三网格 伍晓菲　手机 13885716024⟧</div>
<div class="wuye">⟦m 物业报修：0857-3361777（24小时）⟧</div>
<div class="share">⟦l 转发给邻居：微信　｜　复制链接⟧</div>
<div class="foot">⟦m 篪声苑社区居民委员会　版权所有⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为落实县城市管理局《关于城区携犬出户须使用牵引绳的通告》，社区将于5月24日至25日集中开展犬只登记和免费领取牵引绳活动。有关事项通知如下：
一、活动时间：5月24日至25日，每天9:00至11:30、15:00至17:30。
二、活动地点：社区服务站一楼大厅。
三、办理方式：
1.携带户口簿或身份证、犬只免疫证明到现场登记；
2.行动不便的居民可扫描单元门口张贴的二维码在线登记，由网格员上门核验；
3.完成登记的家庭每户可领取固定长度牵引绳一根。
四、请大家相互转告，携犬到现场的务必拴好牵引绳。活动安排如有调整，将在“篪声苑社区”微信公众号发布，请居民朋友及时关注。
咨询电话：0857-3361205（社区服务站）。
篪声苑社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="community-fouwan-summary-shoeshine-corner-text",
        site="缶湾社区网 (invented, text)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://fouwan.sqfw.cn/dongtai/2025-07/288.html",
        title="缶湾社区“爱心擦鞋角”志愿服务半年小结",
        record_title="缶湾社区“爱心擦鞋角”志愿服务半年小结 - 缶湾社区网",
        date="2025-07-02",
        notes="community text page; a volunteer-recruitment prompt between paragraphs; a service table; the signature date is the date; a share-to-group row",
        page="""
!m 缶湾社区网 · 邻里一家亲
!m 首页 ›› 社区动态 ›› 志愿服务
{T}
!m 社区动态　｜　浏览 297　｜　5 天前
{BODY}
!l 分享到业主群　｜　复制链接
!l 相关动态：缶湾社区开展夏季防溺水宣传　｜　社区“四点半课堂”开课啦
!m 缶湾社区居委会　地址：缶山县缶湾乡新街12号
""",
        indent="\u3000\u3000",
        body="""
今年1月，社区在党群服务中心门口设立了“爱心擦鞋角”，由退休党员和青年志愿者轮流值守，每周二、周五上午为环卫工人、快递小哥和社区老人免费擦鞋。半年来情况小结如下。
一、服务情况
月份　服务人次　参与志愿者
1—3月　426　38
4—6月　511　45
二、主要做法
擦鞋角使用的鞋刷、鞋油、软布等用品，由辖区商户和居民捐赠。志愿者上岗前由缶山宾馆礼宾部的邝美华师傅统一培训，学会了按皮色选油、翻毛皮护理等基本手艺。
⟦a 想加入擦鞋角志愿服务？点击报名，填写信息后社区会联系您⟧
三、下步打算
下半年将把服务时间延长到每周三次，并在冬季为环卫工人的工作鞋免费做防水护理。
缶湾社区居民委员会
2025年7月2日
""",
    ),
    dict(
        slug="association-foushan-pledge-teatray-materials-login",
        site="缶山县茶盘行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.fstpxh.org.cn/xhdt/2025/0610/97.html",
        title="关于规范茶盘用材标注的自律倡议",
        record_title="协会倡议 · 关于规范茶盘用材标注的自律倡议 - 缶山县茶盘行业协会",
        date="2025-06-10",
        notes="association site with a member-login row; numbered pledges; the association's mailbox in the body beside its office phone in the footer; 成文日期 at the end",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>协会倡议 · 关于规范茶盘用材标注的自律倡议 - 缶山县茶盘行业协会</title>
<script src="/js/member.js"></script>
</head>
<body>
<div class="login-row">⟦a 会员账号 ________ 密码 ________ 登录　｜　申请入会⟧</div>
<div class="logo">⟦m 缶山县茶盘行业协会⟧　⟦m 守艺 · 诚信 · 共赢⟧</div>
<div class="nav">⟦m 协会首页　协会简介　协会动态　会员风采　行业标准　联系我们⟧</div>
<div class="loc">⟦m 当前位置：协会动态 > 倡议公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布人：协会秘书处　时间：2025-06-11　阅读：418⟧</div>
<div class="art">
{BODY}
</div>
<div class="rel">⟦l 上一条：协会组团参加第九届省茶业博览会⟧　⟦l 下一条：茶盘雕刻技艺培训班报名通知⟧</div>
<div class="foot">⟦m 协会办公室：0856-7726318　地址：缶山县缶湾乡茶盘产业园综合楼⟧<br>⟦d 本站内容版权归缶山县茶盘行业协会所有⟧</div>
</body>
</html>
""",
        date_also=["2025-06-11"],
        body="""
全县茶盘生产经营者：
近来，有消费者反映个别商家把染色杂木茶盘标成“乌木”，把拼板茶盘标成“整板”，影响了缶山茶盘的声誉。为维护行业信誉，协会向全体会员和茶盘生产经营者发出如下倡议：
一、如实标注用材。茶盘的木材种类、是否拼接、是否染色，须在产品标签和网店详情页中如实注明。
二、不夸大宣传。不使用“千年阴沉木”“老料”等无法证实的用语。
三、做好售后。产品出现开裂、渗水等质量问题的，主动为消费者维修或退换。
四、相互监督。发现违反本倡议行为的，可向协会秘书处反映，邮箱 fstpxh@126.com。
让我们共同守护“缶山茶盘”这块招牌。
缶山县茶盘行业协会
2025年6月10日
""",
    ),
    dict(
        slug="association-chixi-minutes-polish-committee-vote-wrapped",
        site="篪溪县日化用品行业协会 (invented, text)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.cxrhxh.cn/news/2025/0315/63.html",
        title="鞋油专业委员会成立大会会议纪要",
        record_title="【协会动态】鞋油专业委员会成立大会会议纪要 - 篪溪县日化用品行业协会",
        date="2025-03-14",
        notes="association text page, hard-wrapped at 58 columns; minutes' 时间/地点/主持/出席/记录 lines and a vote count stay in the body; 时间 line is the date",
        page="""
!m 篪溪县日化用品行业协会
!m 首页 ＞ 协会动态 ＞ 会议活动
{T}
!m 秘书处　｜　2025-03-15　｜　阅读 208
{BODY}
!a 【打印本页】　【返回列表】
!m 协会秘书处电话：0855-6627011　邮编：558300
""",
        date_also=["2025-03-15"],
        indent="\u3000\u3000",
        wrap=58,
        body="""
时间：2025年3月14日上午9:00
地点：篪溪洁亮日化有限公司三楼会议室
主持：协会秘书长 童以安
出席：鞋油、鞋乳、鞋刷生产企业代表共19人
记录：骆青禾
会议审议通过了《篪溪县日化用品行业协会鞋油专业委员会工作规则》，选举产生了第一届专业委员会组成人员。
一、表决情况。应到会员单位19家，实到19家。《工作规则》以18票赞成、0票反对、1票弃权获得通过。
二、选举结果。篪溪洁亮日化有限公司总经理骆志恒当选专业委员会主任，另选举副主任2名。
三、工作安排。会议确定今年重点做好三件事：一是组织会员单位开展鞋油产品溶剂含量自查；二是推动固体鞋油、液体鞋乳包装标识统一；三是年内举办一期调色工艺培训班。
""",
    ),
    dict(
        slug="company-jingxin-recall-screwdriver-batches",
        site="精信五金工具有限公司官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.jingxin-tools.com/news/notice/2025-08-05-recall.html",
        title="关于召回部分批次JX-6件套精密螺丝刀的公告",
        record_date="2025-08-05",
        date="2025-08-05",
        notes="record gives title and date; company site with an online-service float; recall line beside a 400 sales line; batches table; cookie notice",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于召回部分批次JX-6件套精密螺丝刀的公告 - 精信五金</title>
<script src="/assets/js/kefu-float.js"></script>
</head>
<body>
<header><div class="logo">⟦m 精信五金 JINGXIN TOOLS⟧</div>
<nav>⟦m 首页　产品中心　工业方案　新闻公告　服务支持　关于精信⟧</nav>
<div class="hotline">⟦m 销售热线 400-667-0931⟧</div></header>
<div class="crumb">⟦m 首页 / 新闻公告 / 公司公告⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025-08-05　｜　精信五金⟧</p>
{BODY}
</article>
<div class="kefu">⟦a 客服在线⟧　⟦a 给我们留言⟧</div>
<div class="cookie">⟦d 本网站使用 Cookie 改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧</div>
<footer>⟦m © 2025 精信五金工具有限公司　苏ICP备15027743号-1⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在质量抽查中发现，2025年5月至6月生产的部分JX-6件套精密螺丝刀，因热处理工序炉温波动，个别批头刃口硬度不足，使用中可能出现崩口、打滑，存在划伤手部的风险。为保障用户安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　生产日期
JX-6（红色收纳盒）　JX2505A　2025年5月
JX-6（红色收纳盒）　JX2506B　2025年6月
请持有上述批次产品的用户立即停止使用，拨打召回专线0512-66209371，或通过原购买渠道办理免费更换。
由此给您带来的不便，我们深表歉意。
精信五金工具有限公司
2025年8月5日
""",
    ),
    dict(
        slug="company-mingjie-news-skimmer-silicone-dotted-date",
        site="篪溪明洁厨具有限公司官网 (invented, text)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.cxmingjie.com/news/html/2025617.html",
        title="我司新一代防烫硅胶柄漏勺通过欧盟食品接触材料检测",
        record_title="公司新闻丨我司新一代防烫硅胶柄漏勺通过欧盟食品接触材料检测",
        date="2025-06-17",
        notes="company text page with a dotted news date; the title repeated and glued before the lead; product-ad line between paragraphs; a sales line and WeChat in the footer",
        page="""
!m 明洁厨具　MINGJIE KITCHENWARE
!m 首页 | 产品展示 | 新闻动态 | 外贸合作 | 联系我们
!m 新闻动态 › 公司新闻
{T}
!m 2025.06.17　　来源：明洁厨具
{BODY}
!l ← 返回新闻列表
!w 外贸合作：sales@cxmingjie.com　　微信同号 139-8502-7790
!m 篪溪明洁厨具有限公司　地址：篪溪县篪阳镇五金产业园B区
""",
        body="""
⟦t 我司新一代防烫硅胶柄漏勺通过欧盟食品接触材料检测⟧近日，公司新一代防烫硅胶柄漏勺顺利通过欧盟食品接触材料检测，取得第三方检测机构出具的合格报告，将于下月起批量供应欧洲客户。
新款漏勺在原有冲孔不锈钢勺面的基础上，把手柄改为一体包胶的食品级硅胶，耐温可达230摄氏度，捞取油炸食品时手柄不烫手。勺面冲孔由原来的圆孔改为长条孔，沥油速度提高了近三成。
⟦l 【新品】防烫硅胶柄漏勺　16cm/18cm/20cm　欢迎来样定制⟧
公司总经理骆明远介绍，今年以来，公司已与3家欧洲厨具品牌达成合作意向，预计全年出口漏勺、笊篱等产品超过400万件。
""",
    ),
    dict(
        slug="training-chayun-brochure-teaart-teatray-promo",
        site="茶韵职业培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.chayunpx.com/zhaosheng/2025/chayishi-chuji.html",
        title="茶艺师（初级）周末研修班招生简章",
        title_also=["茶艺师（初级）周末研修班招生简章（2025秋季）"],
        record_title="茶艺师（初级）周末研修班招生简章（2025秋季）_茶韵职业培训学校",
        date=None,
        notes="training school with a promo box and consult float; the school's own 报名电话 beside a 400 line; a course table; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>茶艺师（初级）周末研修班招生简章（2025秋季）_茶韵职业培训学校</title>
<script src="/js/zixun.js"></script>
</head>
<body>
<div class="top">⟦m 茶韵职业培训学校⟧　⟦m 全国统一咨询：400-860-2771⟧</div>
<div class="nav">⟦m 首页　课程设置　师资团队　学员风采　报名须知　在线报名⟧</div>
<div class="promo">⟦a 秋季班早鸟价限时 8 折，前 20 名报名赠茶巾一套⟧</div>
<div class="pos">⟦m 首页 - 课程设置 - 茶艺类⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：教务处　｜　浏览 1315⟧</div>
<div class="con">
{BODY}
</div>
<div class="float-zx">⟦a 在线咨询⟧　⟦a 预约试听⟧</div>
<div class="foot">⟦m 茶韵职业培训学校　办学许可证号：教民152270170000213号⟧<br>⟦m 校址：缶山县城关镇茶都大道56号⟧</div>
</body>
</html>
""",
        body="""
一、培养目标
掌握绿茶、红茶、乌龙茶的基本冲泡方法，熟悉茶盘、盖碗、公道杯等茶具的摆放和使用，能独立完成一场基础茶艺演示，结业后可参加茶艺师（初级）职业技能等级认定。
二、课程安排
模块　主要内容　课时
茶叶基础　六大茶类识别与储存　8
茶具使用　茶盘布置、茶具温烫与清洁保养　12
冲泡技艺　盖碗、紫砂壶冲泡练习　16
茶艺演示　礼仪、解说与整套演示　12
三、上课时间：9月6日开班，每周六、周日全天上课。
四、学费：2680元，含教材、练习用茶及茶盘、茶具使用费。
五、报名电话：0856-7729655（教务处），报名时请携带身份证复印件和一寸照片两张。
""",
    ),
    dict(
        slug="training-bancheng-course-blackboard-writing-text",
        site="板成教师研修学堂 (invented training school, text)",
        style="培训机构",
        genre="课程安排",
        kind="other",
        form="text",
        source="http://www.banchengyanxiu.cn/kecheng/banshu-2025.html",
        title="青年教师板书技能提升班课程安排",
        record_title="学员必读 ‖ 青年教师板书技能提升班课程安排",
        date=None,
        notes="training-school text page with an enrol prompt between paragraphs; a schedule table; the class's own contact in the body beside a hotline in the footer; a registration slip with ＿＿年＿＿月＿＿日 blanks; no date",
        page="""
!m 板成教师研修学堂 · 让每一块黑板都好看
!m 课程中心 > 教师基本功 > 板书
!t 学员必读 ‖ 青年教师板书技能提升班课程安排
!a 【分享给同事】【收藏课程】
{BODY}
!a 立即报名 → 扫码添加班主任企业微信
!m 学堂总机：400-118-6637　　地址：柷城市文教路19号
!d ©板成研修 保留课程内容解释权
""",
        body="""
本期提升班面向入职五年以内的中小学青年教师，共4天，重点练习粉笔字书写、板书设计和黑板使用规范。
日期　上午　下午
第一天　粉笔字笔画与结构　板书字体大小与行距
第二天　板书设计的基本类型　学科板书案例分析
第三天　彩色粉笔与板画　黑板分区与擦拭规范
第四天　模拟课堂板书展示　点评与结业
⟦a 本期剩余名额 6 个，报名从速⟧
学员请自带笔记本一册。学堂提供无尘粉笔和吸尘板擦，请不要使用湿抹布擦拭黑板。
班主任：郁老师，电话：0816-2271549。
报名回执：姓名＿＿＿＿　任教学校＿＿＿＿　任教学科＿＿＿＿　报到日期＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="fanwenapp-xiebi-insight-shoeshine-h5-share",
        site="写笔范文App (invented, H5 share page)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://h5.xiebiapp.com/share/essay?id=5502917&from=wx",
        title="擦鞋小事见作风——机关干部作风建设学习心得体会",
        record_title=None,
        date=None,
        notes="no record title: the H5 page's <h2>; open-in-app banner, AI-polish and copy-in-app buttons glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>写笔范文</title>
<script src="https://h5.xiebiapp.com/js/openapp.js"></script>
</head>
<body>
<div class="open-app">⟦a 打开写笔App，海量范文一键仿写⟧</div>
<div class="essay">
<h2>{T}</h2>
<div class="tags">⟦l #作风建设 #心得体会 #机关⟧</div>
<div class="stat">⟦m 写笔官方精选　收藏 2.1k⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="btns">⟦a 复制全文需打开App⟧　⟦a 一键生成同类心得⟧</div>
<div class="more">⟦l 继续阅读：作风建设年活动个人剖析材料⟧</div>
<div class="foot">⟦d 写笔范文内容由用户创作及平台整理，仅供参考⟧</div>
</body>
</html>
""",
        body="""
前不久，单位组织我们观看了一段视频：一位老擦鞋匠在街口摆摊三十年，每双鞋都要擦三遍，收费三十年只涨过两次价。视频不长，却让我久久不能平静。
擦鞋是一件小事，但老师傅把小事做到了极致。反观自己，平时办文办事，有时满足于“差不多”，材料格式不统一、数据不核对，靠同事提醒才发现问题。⟦a ✎ AI润色此段⟧
作风建设不是空口号，而是体现在每一件小事上。我给自己定了三条：一是每份材料报出前至少核对两遍；二是群众来电当天回复；三是答应的事按时办结。
把鞋擦亮，是对客人负责；把事办好，是对群众负责。我将以老师傅为镜，从小事做起，改进作风、提升效能。⟦a 📋 在App内复制⟧
""",
    ),
    dict(
        slug="fanwenapp-wenshi-report-petshop-manager-doc",
        site="文事通App (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wenshitong.cn/s/DkR7q2",
        title="宠物用品店店长2024年度述职报告",
        record_title="宠物用品店店长2024年度述职报告.doc",
        date="2025-01-06",
        notes="file-name record title; app share text with a member-download prompt and a VIP line between paragraphs; sales table; 述职人 and date at the end",
        page="""
!m 文事通 · 写材料更轻松
!t 宠物用品店店长2024年度述职报告.doc
!m 来自文事通App的分享　｜　1,862人已阅读
{BODY}
!a 下载原文（.doc）需开通文事通VIP
!l 更多同类：门店店长年终述职｜零售店长工作总结｜连锁门店年度计划
!a 打开App，查看完整排版
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、同事：
2024年，我担任埙川万宠汇宠物用品店店长，在公司领导和同事们的支持下，较好地完成了年度经营任务。现将履职情况报告如下。
一、经营情况
品类　销售额（万元）　同比增长
主粮零食　86.4　12%
牵引绳与胸背带　21.7　38%
洗护用品　15.9　9%
牵引绳与胸背带增长最快，主要是县里出台携犬出户须使用牵引绳的规定后，门店及时组织货源，并在店门口设置了免费试戴区。
⟦a 开通VIP，本文剩余内容免广告阅读⟧
二、门店管理
完善了商品陈列和库存盘点制度，全年盘点差错率控制在0.3%以内；组织店员参加宠物护理培训4次。
三、不足与打算
线上销售占比仍然偏低。2025年，我将重点发展社群团购，力争线上销售占比达到三成。
述职人：伍嘉禾
2025年1月6日
""",
    ),
]
