"""holdout292, part E: residents' sites, trade associations, company sites, training schools and
writing apps. Every page, site, place, person, number and URL here is invented."""

CASES = [
    dict(
        slug="community-guobei-reminder-zhubian-grid-box",
        site="埚北社区 (invented residents' site)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="http://www.guobeisq.example.cn/gg/2024/1028/301.html",
        title="关于规范楼道和公共绿地竹匾晾晒的温馨提示",
        record_title="【楼栋小喇叭】关于规范楼道和公共绿地竹匾晾晒的温馨提示 - 埚北社区",
        date="2024-10-28",
        notes="residents' site: weather line, grid worker's box, a property repair line beside the committee's own contact in the body; a pinned tag glued before the salutation",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【楼栋小喇叭】关于规范楼道和公共绿地竹匾晾晒的温馨提示 - 埚北社区</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 埚北社区居民服务网⟧　⟦m 澌河街道 今日 多云 11~19℃⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　邻里互助　志愿服务⟧</div>
<div class="sq-pos">⟦m 首页 › 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布：埚北社区居委会　阅读 562⟧</p>
<div class="sq-con">
{BODY}
</div>
<p class="sq-like">⟦a 觉得有用　点个赞（37）⟧</p>
</div>
<div class="sq-side">
<div class="grid">⟦m 我的网格：第3网格　网格员 钱小满　手机 13907316021⟧</div>
<div class="wy">⟦m 物业报修：0731-8642999（24小时）⟧</div>
</div>
<div class="sq-foot">⟦m 埚北社区居民委员会　澌河街道埚北路17号⟧<br>⟦d 本网为社区便民信息平台，非政府信息公开渠道⟧</div>
</body>
</html>
""",
        body="""
⟦m 置顶｜⟧各位居民朋友：
秋冬季节，不少居民喜欢用竹匾晾晒腊肉、萝卜干和菜干。近期，社区接到多起反映：有的竹匾摆在楼道里影响通行，有的放在公共绿地上压坏了草坪，还有的架在消防通道旁。为了大家的安全和方便，请注意以下几点：
一、楼道、消防通道和电梯前室不得摆放竹匾及晾晒架。
二、社区已在3号楼西侧空地设置公共晾晒区，配有竹匾架40个，居民可免费使用，用后请及时收回。
三、晾晒腊肉等食品的竹匾请加盖纱网，防止蚊蝇和鸟类污染。
四、对长期占用公共区域的竹匾，社区将在张贴提示三天后统一收存。
如有疑问，请联系社区居委会董阿姨，电话0731-8642015。
埚北社区居民委员会
2024年10月28日
""",
    ),
    dict(
        slug="community-xieyuan-pledge-liangyigan-duty-lines",
        site="榍园社区居民之家 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://xieyuan.sqjmzj.example.cn/news/2024/0315/88.html",
        title="“安全晾晒 文明邻里”倡议书",
        record_title="“安全晾晒 文明邻里”倡议书（转给爸妈看看）- 榍园社区",
        date="2024-03-15",
        notes="residents' site text: weather in the header, duty and property night lines under the pledge, a comment; two signers and their date; 预约志愿者 as content",
        page="""
!m 榍园社区居民之家　｜　今天：阴转小雨 8~13℃
!m 社区公告 > 倡议书
!t “安全晾晒 文明邻里”倡议书（转给爸妈看看）
!m 发布：社区居委会　时间：2024-03-15　评论：6
{BODY}
!m 社区值班电话：0731-8655301　物业夜间值班：0731-8655399
!l 热门评论：住6栋的王奶奶：社区的小伙子上午就来帮我拆了，谢谢！
!a 我要评论　｜　转发到邻里群
!d 本网由榍园社区居委会主办，居民发帖请遵守文明公约
""",
        body="""
亲爱的榍园社区居民朋友们：
榍园小区建成已有二十多年，不少住户阳台外装有外伸晾衣杆，有的已经锈迹斑斑。为了大家头顶上的安全，社区居委会、业委会和物业服务中心共同向全体居民倡议：
一、自查自改。请各家检查阳台外晾衣杆和支架，锈蚀松动的及时更换，能改为内置晾衣架的尽量改装。
二、文明晾晒。不在窗外晾晒滴水衣物，不在晾衣杆上悬挂花盆、腊肉等重物。
三、互相提醒。发现邻居家晾衣杆存在隐患，请友善提醒或告知社区。
四、关爱老人。独居老人家中需要拆装晾衣杆的，可拨打社区电话预约志愿者上门帮忙。
邻里守望，平安相伴。让我们从一根晾衣杆做起，共建安全文明的榍园家园。
榍园社区居民委员会
榍园小区业主委员会
2024年3月15日
""",
    ),
    dict(
        slug="association-zhishan-minutes-shangu-vote",
        site="蕞城市制扇行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.zcfan.org.cn/xhdt/2024/1212/156.html",
        title="蕞城市制扇行业协会二届三次理事会会议纪要",
        record_title="〖扇协纪要〗蕞城市制扇行业协会二届三次理事会会议纪要 - 蕞城制扇协会",
        date="2024-12-06",
        date_also=["2024-12-12"],
        notes="association site: member-login row and a member hotline; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the meeting's 时间 line is the date, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖扇协纪要〗蕞城市制扇行业协会二届三次理事会会议纪要 - 蕞城制扇协会</title>
<link rel="stylesheet" href="/skin/xh.css">
<script src="/skin/xh.js"></script>
</head>
<body>
<div class="xh-top">⟦a 会员单位登录　｜　申请入会⟧</div>
<div class="xh-logo">⟦m 蕞城制扇协会⟧　⟦m 一柄折扇　千年风雅⟧</div>
<div class="xh-nav">⟦m 协会首页　协会概况　协会动态　会员名录　技艺传承　联系我们⟧</div>
<div class="xh-pos">⟦m 您所在的位置：协会首页 > 协会动态⟧</div>
<div class="xh-main">
<h2>{T}</h2>
<p class="xh-src">⟦m 发布日期：2024-12-12　来源：秘书处　点击：219⟧</p>
<div class="xh-txt">
{BODY}
</div>
<p class="xh-pn">⟦l 上一条：协会组织会员赴苏杭考察制扇企业⟧<br>⟦l 下一条：关于缴纳2025年度会费的通知⟧</p>
</div>
<div class="xh-foot">⟦m 会员服务热线：0730-2261188⟧　⟦m 蕞城市制扇行业协会版权所有⟧</div>
</body>
</html>
""",
        body="""
时间：2024年12月6日上午9:00
地点：垡川县埽头镇扇骨技艺展示馆会议室
主持：会长　鲁正平
出席：理事21名（应到25名）
列席：监事长陈柏林，秘书处工作人员
记录：秘书处　邵婷
会议审议并通过以下事项：
一、审议通过《协会2024年工作报告》和《2024年度财务收支情况报告》。
二、审议通过《扇骨原料竹材分级收购指导标准》，该标准将竹材按竹龄、壁厚和节距分为三级，自2025年1月1日起在会员单位试行。表决结果：同意20票，反对0票，弃权1票。
三、同意吸收垡川县青竹扇骨坊等4家单位为协会会员。
四、会议决定2025年4月在埽头镇举办第三届扇骨技艺大赛，由秘书处牵头制订方案。
""",
    ),
    dict(
        slug="association-bahu-pledge-bianlan-cn-date",
        site="菝湖县竹编行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.bhzb.org.cn/hyzl/2024/0808/41.html",
        title="竹编扁篮质量诚信自律倡议书",
        date="2024-08-08",
        notes="record title as is; association text: a members'-area download line, the secretariat's phone and mailbox; the date in Chinese numerals under the association's name",
        page="""
!m 菝湖县竹编行业协会官网
!m 首页 ｜ 协会概况 ｜ 行业动态 ｜ 会员风采 ｜ 联系我们
{T}
!m 栏目：行业自律　浏览：355
{BODY}
!a 〖会员专区〗登录后可下载倡议签名表
!m 协会秘书处：0737-5529306　邮箱：bhzbxh@bhzb.org.cn
!d 版权所有：菝湖县竹编行业协会　未经许可不得转载
""",
        indent="\u3000\u3000",
        body="""
全县竹编生产企业、合作社和个体匠户：
扁篮是我县竹编的拳头产品，年销量超过六十万只。近来，个别商户用未经防霉处理的嫩竹编篮，甚至以塑料篾冒充竹篾，损害了菝湖竹编的声誉。为此，协会向全体从业者倡议：
一、用好料。坚持使用三年生以上毛竹，篾片经蒸煮、防霉处理后方可编织。
二、守好艺。篮底、篮沿按传统工艺编扎收口，不偷工减料，不以次充好。
三、标好签。每只扁篮挂上生产者名称和联系方式，接受顾客监督。
四、诚信卖。如实介绍产品材质，不虚假宣传，出现质量问题主动退换。
让我们携起手来，守护好“菝湖扁篮”这块金字招牌。
菝湖县竹编行业协会
二〇二四年八月八日
""",
    ),
    dict(
        slug="company-hengliang-recall-liangyigan-batches",
        site="恒晾家居官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.hengliang.example.com/news/notice/20240520.html",
        title="关于召回部分批次手摇升降晾衣架的公告",
        record_title="关于召回部分批次手摇升降晾衣架的公告 - 新闻中心 - 恒晾家居",
        record_date="2024-05-20",
        date="2024-05-20",
        notes="company site: the record gives the date; cookie notice, service float, an order line beside the recall's own consultation line; a recalled-batches table; 关注 a service account as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于召回部分批次手摇升降晾衣架的公告 - 新闻中心 - 恒晾家居</title>
<link rel="stylesheet" href="/static/css/hl.min.css">
<script src="/static/js/hl.min.js"></script>
</head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善您的浏览体验，继续浏览即视为同意⟧ <button>⟦a 知道了⟧</button></div>
<header><a class="logo">⟦m 恒晾家居⟧</a><span>⟦m 晾晒这件小事，我们做了十五年⟧</span>
<nav>⟦m 首页　产品中心　新闻中心　服务支持　关于恒晾⟧</nav></header>
<div class="bread">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 发布日期：2024-05-20　阅读：2819⟧</p>
<div class="txt">
{BODY}
</div>
</article>
<div class="kefu">⟦w 在线客服 · 9:00-21:00⟧</div>
<footer>⟦m 订购热线：400-615-3300⟧　⟦m 鞒西恒晾家居科技有限公司　鞒西区工业园恒晾路1号⟧<br>⟦m 湘ICP备16021008号-1⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在质量跟踪中发现，2023年10月至12月生产的部分手摇升降晾衣架，因手摇器内齿轮材质不达标，长期使用后可能出现打滑，导致晾衣杆突然下落，存在伤人隐患。为保障用户安全，我公司决定主动召回上述产品。
召回范围如下：
型号　生产批次　数量（套）
HL-S2　231015至231130　3860
HL-S3　231102至231228　2145
请用户查看手摇器外壳标签上的批次号。属于召回范围的，我公司将免费上门更换新型手摇器，并承担全部费用。更换前请暂停使用，并将晾衣杆摇至最高处固定。
召回咨询电话：400-615-3372（8:00—20:00），也可关注“恒晾家居服务”公众号在线登记。
鞒西恒晾家居科技有限公司
2024年5月20日
""",
    ),
    dict(
        slug="company-maitian-brochure-kangzhuo-specs",
        site="荬田木作 (invented furniture workshop)",
        style="企业官网",
        genre="产品说明",
        kind="other",
        form="text",
        source="http://www.maitianmuzuo.example.cn/product/kangzhuo/mt-folding.html",
        title="实木折叠炕桌产品说明",
        record_title="实木折叠炕桌产品说明（2024新款）_产品中心_荬田木作",
        date=None,
        notes="company product page as text: a specification table one row a paragraph, a numbered list; an inquiry button, order line and a scan-to-shop line; no date",
        page="""
!m 荬田木作 · 一张桌子传三代
!m 首页 / 产品中心 / 炕桌系列
!t 实木折叠炕桌产品说明（2024新款）
!a ＋加入询价单　　☏ 批发咨询
{BODY}
!m 订购电话：0738-6703388　微信同号
!a 扫码进入网店，下单立减20元
!l 同系列产品：榆木小方凳｜老榆木茶几｜儿童学习炕桌
!m © 荬田木作家具厂　地址：荬田乡工业小区
""",
        body="""
荬田木作实木折叠炕桌，沿用传统抱肩榫结构，由荬田乡老木匠手工制作。
一、产品规格
型号　桌面尺寸（厘米）　高度（厘米）　重量（公斤）
MT-60　60×40　30　4.2
MT-80　80×50　32　6.5
MT-100　100×60　33　8.8
二、产品特点
1.桌面选用整板榆木，不拼接、不贴皮，木纹自然。
2.桌腿可向内折叠，收起后厚度仅8厘米，方便存放。
3.表面擦涂植物木蜡油，无刺激气味。
三、使用保养
避免长时间暴晒和靠近炉火；桌面洒水后及时擦干；每年用木蜡油擦拭一次，可保持木色光亮。
""",
    ),
    dict(
        slug="training-zhuke-brochure-shangu-course-table",
        site="竹刻学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zhukexuetang.com/kecheng/shangu-zhoumo.html",
        title="扇骨雕刻周末研修班招生简章",
        record_title="【寒冬研修班】扇骨雕刻周末研修班招生简章（每期10人）- 竹刻学堂",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 enrolment line beside the school's own 报名电话; a course table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【寒冬研修班】扇骨雕刻周末研修班招生简章（每期10人）- 竹刻学堂</title>
<link rel="stylesheet" href="/css/school.css">
<script src="/js/zixun.js"></script>
</head>
<body>
<div class="promo">⟦a 冬季班早鸟价：12月15日前报名立减200元⟧</div>
<header><span class="logo">⟦m 竹刻学堂⟧</span><span>⟦m 一刀一刻 守住手艺⟧</span>
<nav>⟦m 首页　课程中心　师资团队　学员作品　报名咨询⟧</nav></header>
<div class="crumb">⟦m 首页 » 课程中心 » 竹刻技艺⟧</div>
<div class="course">
<h1>{T}</h1>
<div class="course-body">
{BODY}
</div>
<div class="signup"><button>⟦a 立即报名⟧</button> <button>⟦a 预约试听⟧</button></div>
</div>
<div class="float-zx">⟦w 课程顾问在线 · 留下电话老师回拨⟧</div>
<footer>⟦m 全国招生热线：400-133-8765⟧<br>⟦m 竹刻学堂（蕞城）文化艺术培训有限公司　湘ICP备22004187号⟧</footer>
</body>
</html>
""",
        body="""
一、课程简介
本研修班由垡川县扇骨雕刻代表性传承人鲁正平亲自授课，面向零基础和有一定基础的学员，系统讲授扇骨阴刻、阳刻和留青技法。
二、课程安排
周次　内容　课时
第1周　刻刀认识与磨刀　4
第2周　阴刻线条练习　4
第3周　阳刻浮雕技法　4
第4周　留青与作品完成　4
三、上课时间地点
每周六上午9:00至11:00，地点在蕞城市文化宫三楼竹刻教室。
四、收费标准
学费1280元，含扇骨坯料和刻刀一套，结业作品归学员所有。
五、报名方式
报名电话：0730-2275609（竹刻学堂教务处），每期限招10人，额满即止。
""",
    ),
    dict(
        slug="training-qiaoyi-diary-bianlan-trainee",
        site="巧艺竹编培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qiaoyizhubian.example.cn/xueyuan/xinde/207.html",
        title="学编扁篮的第十天",
        record_title="【篾刀日记】学编扁篮的第十天 - 巧艺竹编培训学校",
        date=None,
        notes="training school text: a trainee's insight; 上传于 2 周前 is no date; a free-trial prompt and an enrolment line; a related-stories line between paragraphs",
        page="""
!m 巧艺竹编培训学校 · 学员园地
!t 【篾刀日记】学编扁篮的第十天
!m 作者：第7期学员 冯小梅　｜　上传于 2 周前
{BODY}
!a 想学竹编？点这里领一节免费体验课
!m 招生热线：0737-5516220
!l 更多学员心得：从零基础到接订单｜我在竹编班的一个月
!d 学员园地文章由学员投稿，经学校编辑整理发布
""",
        indent="\u3000\u3000",
        body="""
今天是我在竹编培训班的第十天，终于独立编完了第一只扁篮。
刚来的时候，我连篾刀都拿不稳。老师让我们先练破篾，一根毛竹要破成宽窄一样的篾片，我破了三天，篾片还是一头宽一头窄。
第五天开始学起底。扁篮的底是用十六根经篾交叉编成的，经篾要压得平，纬篾要拉得紧。我编了拆，拆了编，手指被篾片划了好几道口子。
⟦l 推荐阅读：老师傅教你认篾片的好坏⟧
今天下午收口的时候，老师站在旁边看着，说我的篮沿缠得比前几天匀多了。捧着这只有点歪的扁篮，我心里特别踏实。
接下来还有二十天的课程，我希望结业时能编出一只能拿去卖的扁篮。
""",
    ),
    dict(
        slug="writingapp-luming-summary-kangzhuo-h5",
        site="鹿鸣写作APP 分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.luming-xiezuo.example.com/share/art/551820?from=wx",
        title="荬田乡炕桌木作合作社2024年工作总结",
        record_title="荬田乡炕桌木作合作社2024年工作总结（可直接套用）- 鹿鸣写作APP",
        date="2024-12-20",
        notes="writing app H5 share: open-app mask, read count, an 'expand the rest' fold between paragraphs, AI rewrite buttons; 成文日期 under the cooperative's name",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>荬田乡炕桌木作合作社2024年工作总结（可直接套用）- 鹿鸣写作APP</title>
<script src="https://h5.luming-xiezuo.example.com/static/share.js"></script>
</head>
<body>
<div class="open-app">⟦a 打开鹿鸣写作APP，查看完整范文⟧ <span class="btn">⟦a 立即打开⟧</span></div>
<div class="art">
<div class="brand">⟦m 鹿鸣写作 · 范文精选⟧</div>
<h1>{T}</h1>
<div class="stat">⟦m 3.2万人读过　·　收录于「年终总结」合集⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="ai-bar"><span>⟦a AI帮我改写⟧</span><span>⟦a 换个行业仿写⟧</span></div>
<div class="more">⟦l 大家还在看：合作社年度工作总结及明年计划｜村集体经济合作社工作汇报⟧</div>
</div>
<div class="mask-tip">⟦a 长按识别，到APP里继续阅读⟧</div>
<div class="copy">⟦d 范文由鹿鸣写作用户上传，仅供参考写作思路⟧</div>
</body>
</html>
""",
        body="""
2024年，合作社在乡党委、政府的支持下，围绕“老手艺、新市场”的思路，带领社员发展炕桌木作产业，取得了较好成绩。现将全年工作总结如下。
一、生产经营情况
全年生产各类炕桌6800张，比上年增长31%；实现销售收入212万元，社员人均增收1.1万元。新开发折叠炕桌、儿童学习炕桌两个品种，其中折叠炕桌销量占总量的四成。
⟦a 余下68%内容已折叠，点击展开⟧
二、主要做法
（一）统一标准。制定炕桌选料、开榫、上漆三项工艺要求，产品合格率提高到98%。
（二）拓宽销路。与县电商中心合作开设网店，线上销售占比达到35%。
（三）培养新人。组织老木匠带徒12名，其中返乡青年7名。
三、存在问题
木材价格上涨较快，烘干设备不足，旺季交货偶有延迟。
四、明年打算
计划新建烘干房一座，申报“荬田炕桌”集体商标，力争销售收入突破300万元。
荬田乡炕桌木作合作社
2024年12月20日
""",
    ),
    dict(
        slug="writingapp-wenmitong-speech-zhubian-oneline",
        site="文秘通APP (invented)",
        style="范文APP",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://m.wenmitong.example.cn/fw/jh/20241012/3311",
        title="县委副书记在首届竹匾晒秋文化节开幕式上的致辞",
        record_title="县委副书记在首届竹匾晒秋文化节开幕式上的致辞（范文）· 文秘通APP",
        date="2024-10-12",
        notes="writing app text: the whole speech on one line, paragraphs apart only by their indent; the speaker's role kept in the title; the date under the title (neutral line)",
        page="""
!m 文秘通 · 讲话稿
!t 县委副书记在首届竹匾晒秋文化节开幕式上的致辞（范文）
!m 1.8万次阅读　·　收藏 312
（2024年10月12日）
{BODY}
!a 下载APP，解锁全文Word版
!a ✎AI续写　⇆同义改写
!l 相关推荐：在乡村旅游节开幕式上的致辞｜丰收节致辞范文
!d 本平台范文仅供参考学习，请勿直接照搬使用
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位来宾、乡亲们、朋友们：
金秋十月，稻谷飘香。今天，首届葜山竹匾晒秋文化节在垤坪镇开幕了。我代表县委、县政府，向远道而来的各位嘉宾表示热烈欢迎！
竹匾晒秋是葜山山区世代相传的农事习俗。每到秋天，家家户户把辣椒、玉米、南瓜摊在竹匾里，晒在屋顶、挂在墙头，一层层、一片片，绘就了一幅最美的丰收图景。
举办这次文化节，就是要把老习俗变成新名片，把晒秋景观变成乡村旅游的好资源，让更多游客走进葜山、爱上葜山。
最后，预祝文化节圆满成功！祝大家在葜山玩得开心、吃得舒心！
""",
    ),
]
