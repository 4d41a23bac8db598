"""holdout206, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-yingyuan-notice-blanket-check-scan",
        site="楹苑社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yingyuansq.cn/gonggao/2025/1126/207.html",
        title="楹苑社区关于开展冬季电热毯入户安全检查的通知",
        record_title="【居委公告】楹苑社区关于开展冬季电热毯入户安全检查的通知_楹苑社区居民之家",
        date="2025-11-26",
        notes="residents' site: a weather line, a grid worker's box and property repair lines next to the community's own 咨询电话; scanning a QR code to register as content; signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【居委公告】楹苑社区关于开展冬季电热毯入户安全检查的通知_楹苑社区居民之家</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="bar">⟦m 楹苑社区居民之家⟧ <span>⟦m 11月26日 星期三 晴 3～12℃⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 居委公告⟧</a> <a>⟦m 邻里互助⟧</a> <a>⟦m 物业之窗⟧</a> <a>⟦m 办事指南⟧</a></div>
<div class="art">
<h2>{T}</h2>
<p class="info">⟦m 发布：楹苑社区居委会　　浏览 533⟧</p>
{BODY}
</div>
<div class="side">
<div class="grid">⟦m 本楼栋网格员：孔小禾 139 7396 0528⟧</div>
<div class="wuye">⟦m 物业报修：0739-6521888　夜间值班：0739-6521899⟧</div>
<div class="links"><h4>⟦l 社区动态⟧</h4><ul><li>⟦l 楹苑社区老年食堂本周菜谱⟧</li><li>⟦l 12月份社区志愿服务安排⟧</li></ul></div>
</div>
<div class="foot">⟦m 楹苑社区居委会　地址：楹溪县城关镇楹苑路12号⟧</div>
</body>
</html>
""",
        body="""
各位居民：
进入冬季，辖区不少家庭开始使用电热毯。为防范电气火灾，社区居委会联合物业服务中心和辖区消防站，定于12月2日至12月6日开展电热毯入户安全检查。
一、检查对象：重点为独居老人、高龄老人和出租房住户，其他居民可自愿申请。
二、检查内容：电热毯是否有合格标识、电源线和控制器是否破损、是否存在折叠使用和通宵使用的情况。
三、登记方式：请有需要的居民扫描公告栏上的二维码登记，或到社区服务大厅填写登记表。
检查中发现的老化电热毯，社区将为困难家庭免费更换。
咨询电话：0739-6521305（社区服务大厅）
楹苑社区居民委员会
2025年11月26日
""",
    ),
    dict(
        slug="community-jiyuan-pledge-purifier-waste-water-record-title",
        site="麂园社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.jiyuansq.com/news/show-319.html",
        title="关于合理利用净水器废水的倡议书",
        date="2025-03-22",
        notes="title given by the record as is; following the community account and sharing tips as content; a repair line and a volunteer sign-up prompt after the body; signature date",
        page="""
!m 麂园社区网 · 我们的家园
!m 首页 ＞ 社区公告 ＞ 倡议
{T}
!m 发布人：麂园居委会　　阅读 289　　评论 3
{BODY}
!l 评论区：
!l 3栋王阿姨：我家早就接桶了，拖地够用。
!a 报名当节水志愿者，请点右侧“我要报名”
!m 物业维修：0766-3367000　　社区服务热线：0766-3367100
""",
        body="""
各位居民朋友：
如今，社区里越来越多的家庭装上了净水器。大家喝上了干净的水，但净水器排出的废水往往直接流进了下水道。据测算，一台家用反渗透净水器每天排出的废水在十升左右，全社区一年下来就是好几千吨。
为此，社区居委会向大家发出如下倡议：
一、在净水器排水口接一只水桶，把废水用来拖地、冲厕、洗拖把；
二、选购净水器时，优先选择废水比低的节水型产品；
三、定期更换滤芯，让净水器保持良好状态，减少不必要的排水。
欢迎大家关注社区公众号“麂园邻里”，分享您的节水小妙招。
麂园社区居民委员会
2025年3月22日
""",
    ),
    dict(
        slug="association-meicheng-appliances-minutes-soymilk-standard",
        site="楣城市小家电行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://www.mcxjd.org.cn/xhdt/2025/0520/118.html",
        title="《家用豆浆机降噪技术要求》团体标准研讨会纪要",
        record_title="〔标准工作〕《家用豆浆机降噪技术要求》团体标准研讨会纪要_楣城市小家电行业协会",
        date="2025-05-16",
        date_also=["2025-05-20"],
        notes="association page: a member-login row and a member hotline; the association's name in the header is also the signature (head); 时间/地点/主持/出席/记录 lines of minutes; the meeting date expected, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔标准工作〕《家用豆浆机降噪技术要求》团体标准研讨会纪要_楣城市小家电行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="top"><span>⟦m 楣城市小家电行业协会⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 协会动态⟧</a> <a>⟦m 标准工作⟧</a> <a>⟦m 会员风采⟧</a> <a>⟦m 政策资讯⟧</a></div>
<div class="pos">⟦m 首页 &gt; 标准工作 &gt; 正文⟧</div>
<div class="content">
<h1>{T}</h1>
<p class="date">⟦m 发布日期：2025-05-20　阅读：164⟧</p>
{BODY}
</div>
<div class="hotline">⟦m 会员服务专线：0766-3455001⟧</div>
<div class="foot">⟦m 版权所有：楣城市小家电行业协会秘书处　湘ICP备17003392号⟧</div>
</body>
</html>
""",
        body="""
时间：2025年5月16日上午
地点：协会三楼会议室
主持：协会秘书长　鲍景和
出席：会员企业代表十四人，楣城市产品质量检验所专家二人
记录：协会秘书处　甄小满
会议讨论了《家用豆浆机降噪技术要求》团体标准征求意见稿。与会代表认为，制定降噪标准有利于引导企业提升产品品质，回应消费者对清晨打浆噪声大的反映。
会议议定：一、将标准中额定工况噪声限值由七十二分贝调整为七十分贝；二、增加“夜间静音模式”的试验方法；三、由秘书处汇总修改意见，6月底前形成送审稿。
楣城市小家电行业协会
""",
    ),
    dict(
        slug="association-doushui-pledge-airfryer-self-discipline",
        site="枓水县小家电商会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.dsxjdsh.com/tzgg/2025/0902/41.html",
        title="空气炸锅行业诚信自律倡议书",
        record_title="〖行业自律〗空气炸锅行业诚信自律倡议书 - 枓水县小家电商会",
        date="2025-09-01",
        notes="chamber page as text: a join-the-chamber prompt and a member hotline; sharing the pledge in staff groups as content; a repeated title glued to the salutation; signature date",
        page="""
!m 枓水县小家电商会　　会员登录　｜　入会申请
!m 商会首页 / 通知公告 / 倡议
{T}
!m 发布：商会秘书处　　2025-09-02　　点击 377
{T}{BODY}
!a 还不是会员？填写入会申请表，享行业检测优惠
!m 商会会员热线：0739-6860060
!m 枓水县小家电商会 版权所有
""",
        date_also=["2025-09-02"],
        body="""
全县空气炸锅生产企业：
近年来，我县空气炸锅产量逐年增长，已成为县域经济的重要支柱。但也有个别企业虚标容量、夸大功能、以次充好，损害了全县产品的整体声誉。为此，商会向全体会员企业发出如下倡议：
一、诚信标注。如实标注产品容量、功率和涂层材质，不使用“零油烟”“无辐射”等夸大用语。
二、守住底线。不采购来源不明的涂层原料，不降低温控元件标准。
三、做好售后。在产品包装上标明售后电话，做到七日内退换、一年内保修。
请各会员企业把本倡议分享到企业员工群，让每一位员工都成为质量守护者。
枓水县小家电商会
2025年9月1日
""",
    ),
    dict(
        slug="company-qingyuan-news-new-purifier-record-date",
        site="清源净水官网 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.qingyuanjs.com/news/company/20250618-71.html",
        title="清源净水发布新一代厨下净水器",
        record_title="新闻中心 » 清源净水发布新一代厨下净水器 | 清源净水",
        record_date="2025-06-18",
        date="2025-06-18",
        notes="company page: a cookie notice, a service float and a 400 line; the brand's short name in the logo also stands in the body (head); the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新闻中心 » 清源净水发布新一代厨下净水器 | 清源净水</title>
<script src="/assets/js/site.js"></script>
</head>
<body>
<header>
<a class="brand" href="/">⟦m 清源净水⟧</a>
<nav><a>⟦m 产品中心⟧</a> <a>⟦m 解决方案⟧</a> <a>⟦m 新闻中心⟧</a> <a>⟦m 服务支持⟧</a> <a>⟦m 关于清源⟧</a></nav>
</header>
<div class="breadcrumb">⟦m 首页 / 新闻中心 / 公司动态⟧</div>
<article>
<h1>{T}</h1>
<time>⟦m 2025-06-18⟧</time>
{BODY}
<div class="share">⟦l 分享至 微信 · 微博 · 复制链接⟧</div>
<div class="pager"><a>⟦l 上一条：清源净水入选省级专精特新企业⟧</a> <a>⟦l 下一条：夏季净水器保养小贴士⟧</a></div>
</article>
<div class="float-service">⟦w 在线客服⟧ <span>⟦w 售前咨询 400-855-1860⟧</span></div>
<div class="cookie">⟦d 我们使用 Cookie 来改善您的浏览体验，继续浏览即表示同意。⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m © 2025 楣城清源净水科技有限公司 版权所有　湘ICP备18020551号-1⟧</footer>
</body>
</html>
""",
        body="""
6月18日，楣城清源净水科技有限公司在总部举行新品发布会，推出新一代厨下反渗透净水器。
新产品采用复合滤芯设计，将原来的四支滤芯整合为两支，用户更换滤芯无需工具，拧下旋上即可完成。整机废水比降低到二比一，比公司上一代产品节水约百分之四十。
公司技术总监曹维扬介绍，新产品还增加了滤芯寿命实时显示和缺水保护功能，机器在停水时会自动停机，避免空转损坏水泵。
据悉，新产品将于7月起在各大电商平台和线下门店同步销售。
""",
    ),
    dict(
        slug="company-doule-recall-soymilk-batches-record-title",
        site="豆乐电器官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.doule-dq.com/service/recall/2025-03.html",
        title="关于召回部分批次SJ-12型豆浆机的公告",
        date="2025-03-03",
        notes="title given by the record as is; a batches table one row a paragraph; the recall's own hotline next to the site's 400 order line; signature date",
        page="""
!m 豆乐电器 — 一杯好豆浆，从豆乐开始
!m 首页 ／ 服务支持 ／ 召回信息
{T}
!m 发布：豆乐电器客服中心　　浏览 4,512
{BODY}
!m 购机热线：400-812-6600　　官方商城：shop.doule-dq.com
!a 关注豆乐电器服务号，查询产品真伪和保修期
!m 楹溪县豆乐电器有限公司 版权所有　湘ICP备16028840号
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司近期在产品质量跟踪中发现，2024年9月至11月生产的部分SJ-12型豆浆机，电源耦合器存在接触不良的可能，长期使用可能导致局部过热。为保障用户安全，我公司决定主动召回上述产品。
召回范围如下：
生产批次　生产日期　数量（台）
SJ2409A　2024年9月　4260
SJ2410B　2024年10月　5130
SJ2411A　2024年11月　3870
用户可查看机身底部铭牌上的批次号。属于召回范围的，我公司将免费更换电源耦合器，并承担往返运费。
召回热线：400-812-6633（每天8:00—20:00）
楹溪县豆乐电器有限公司
2025年3月3日
""",
    ),
    dict(
        slug="training-guoqi-brochure-airfryer-class",
        site="锅气烹饪学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.guoqixuetang.com/kecheng/kqzg-12.html",
        title="空气炸锅家常菜周末速成班招生简章",
        record_title="【周末轻食班】空气炸锅家常菜周末速成班招生简章（12人小班）｜锅气烹饪学堂",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 franchise line next to the school's own 报名电话; a course timetable one row a paragraph; scanning the poster's QR code to sign up as content; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【周末轻食班】空气炸锅家常菜周末速成班招生简章（12人小班）｜锅气烹饪学堂</title>
<script src="/js/zixun.js"></script>
</head>
<body>
<div class="promo">⟦a 老学员带新学员，两人同报立减一百⟧</div>
<header>⟦m 锅气烹饪学堂⟧ <nav><a>⟦m 首页⟧</a> <a>⟦m 全部课程⟧</a> <a>⟦m 师资⟧</a> <a>⟦m 学员作品⟧</a> <a>⟦m 加盟合作⟧</a></nav></header>
<div class="pos">⟦m 首页 › 课程 › 家庭烹饪⟧</div>
<div class="course">
<h1>{T}</h1>
{BODY}
<div class="btns"><a>⟦a 立即预约试听⟧</a> <a>⟦a 领取课程优惠券⟧</a></div>
</div>
<div class="float-zx">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="foot">
<p>⟦m 品牌加盟热线：400-870-2318⟧</p>
<p>⟦m 锅气烹饪学堂（楣城店）　地址：楣城市栱湖区百味街20号⟧</p>
</div>
</body>
</html>
""",
        body="""
空气炸锅买回家只会做薯条？来锅气学堂，三个周末学会十二道家常菜。
一、课程安排
课次　内容　课时
第一次　肉类：鸡翅、排骨、五花肉　3小时
第二次　海鲜：虾、鱿鱼、鱼块　3小时
第三次　素菜与点心：茄子、蛋挞、面包　3小时
二、招生对象：零基础家庭烹饪爱好者，年满十六周岁。
三、学费：每人六百八十元，含全部食材，学员可将成品带走。
四、报名方式：扫描海报上的二维码报名，或拨打报名电话0766-3381902。
""",
    ),
    dict(
        slug="training-jiangxin-diary-cabinet-repair",
        site="楹溪匠心家电维修培训学校 (invented)",
        style="培训机构",
        genre="学员日志",
        kind="other",
        form="text",
        source="http://www.jiangxinweixiu.cn/xueyuan/riji/96.html",
        title="第一次拆消毒柜",
        record_title="学员手记丨第一次拆消毒柜 - 楹溪匠心家电维修培训学校",
        date=None,
        notes="a trainee's diary on a repair school's page: an enrolment prompt glued after a sentence, a course ad line and a consult WeChat; only 第九天, no date",
        page="""
!m 楹溪匠心家电维修培训学校　　包教包会　学会为止
!m 首页 · 课程设置 · 学员手记 · 报名须知
!t 学员手记丨第一次拆消毒柜
!m 学员：小蒋（家电维修全科班第27期）　　阅读 146
{BODY}
!l 下一篇学员手记：热水器点不着火，原来是它
!w 报名咨询请加招生老师微信：jx_zhaosheng88
!m 楹溪匠心家电维修培训学校　　地址：楹溪县城关镇工业路3号
""",
        body="""
今天是家电维修班的第九天，课程内容是消毒柜。
上午王师傅先讲原理：红外线消毒柜靠加热管升温，臭氧消毒柜靠臭氧发生器，柜门上还有一个门控开关，门一开就断电。⟦a 想学全套？全科班下月开课，点此报名⟧
下午轮到我们动手。我和小范分到一台不加热的双门柜。拆开后板，用万用表一量，下层加热管两头不通，断了。换上新管，通电试机，温度表慢慢升到了一百二十度。
⟦a 本期实操耗材由学校统一提供，学员无需另购⟧
王师傅检查时指出，我接线的时候没有把耐高温套管套好，线头离加热管太近，用久了容易烤焦。返工以后，我把这一条记在本子的第一页。
明天学热水器，早点睡。
""",
    ),
    dict(
        slug="writingapp-ruchuan-report-blanket-qc-chief",
        site="如椽写作App (invented, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.ruchuanxiezuo.com/share/doc?id=aa39f17c",
        title="电热毯厂质检科科长2025年度述职报告",
        record_title="电热毯厂质检科科长2025年度述职报告（改一改就能交）· 如椽写作",
        date="2025-12-26",
        notes="writing app H5 share: an open-app mask, AI buttons, a fold ('展开剩余') line between paragraphs; a 述职人 line and the signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>电热毯厂质检科科长2025年度述职报告（改一改就能交）· 如椽写作</title>
<script src="https://h5.ruchuanxiezuo.com/static/share.js"></script>
</head>
<body>
<div class="open-mask">⟦a 打开如椽App，一键生成你的专属述职⟧ <button>⟦a 立即打开⟧</button></div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 如椽写作 · 述职报告 · 1.4万人用过⟧</div>
<div class="ai-tools">⟦a AI改写⟧ ⟦a AI续写⟧ ⟦a 一键换行业⟧</div>
{BODY}
</div>
<div class="fold-end">⟦a 登录后可复制全文⟧</div>
<div class="rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 生产车间主任年度述职⟧</p><p>⟦l 质量管理员个人工作总结⟧</p></div>
<div class="app-foot">⟦m 如椽写作 · 让材料不再难写⟧</div>
</body>
</html>
""",
        body="""
各位领导、同事：
2025年，我担任公司质检科科长，负责电热毯产品的原料进厂检验、过程检验和出厂检验。现将一年来的工作述职如下。
一、严把检验关口。全年检验电热线、温控器等原料一千二百余批次，退回不合格原料十七批次；成品出厂抽检合格率达到百分之九十九点六。
⟦a 展开剩余65%⟧
二、推动检测升级。牵头引进自动耐压测试台两套，实现成品耐压测试全覆盖，检测效率提高一倍。
三、处理客户投诉。全年受理质量投诉二十三起，均在七天内给出处理意见，没有发生产品安全事故。
不足之处是对新员工的检验技能培训还不够系统。明年我将编写检验作业图册，做到人人会检、人人严检。
述职人：覃书航
2025年12月26日
""",
    ),
    dict(
        slug="writingapp-wengao-host-script-soymilk-breakfast",
        site="文稿快写App (invented, share text)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.wengaokx.com/s/7Hq2Lm",
        title="社区“爱心豆浆”早餐点启动仪式主持词",
        record_title="社区“爱心豆浆”早餐点启动仪式主持词（开场+流程+结束语）｜文稿快写",
        date=None,
        notes="writing-app share as text: an open-in-app line, a shared-from line with 昨天 (no date), an AI button glued after a sentence, a VIP export prompt; a host script has no date",
        page="""
!a 在文稿快写App中打开，编辑更顺手
!m 来自文稿快写的分享　　昨天
{T}
!m 主持词 · 社区活动 · 约600字
{BODY}
!a 导出Word需开通快写VIP
!l 同类模板：社区重阳节敬老活动主持词｜爱心企业捐赠仪式主持词
!m 文稿快写 · 写稿快人一步
""",
        body="""
尊敬的各位领导、各位来宾，亲爱的居民朋友们：
大家早上好！秋风送爽，豆香满街。今天，我们在这里举行鲢塘社区“爱心豆浆”早餐点启动仪式。⟦a ✨AI帮我润色这段⟧
首先，请允许我介绍出席今天仪式的领导和嘉宾：……
下面进行第一项议程，请社区党委书记致辞。
下面进行第二项议程，请爱心企业代表介绍捐赠的豆浆机和早餐点运营安排。
下面进行第三项议程，请领导和嘉宾为早餐点剪彩，并为第一批老人盛上第一碗豆浆。
一碗豆浆，浓浓情意。从明天起，社区七十岁以上的老人每天早上都可以来这里免费领取一碗热豆浆。启动仪式到此结束，谢谢大家！
""",
    ),
]
