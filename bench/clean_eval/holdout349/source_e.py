"""holdout349, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Written by hand for this part (see ../README.md and ../build.py for the markup); all names invented.
"""

CASES = [
    dict(
        slug="community-chouyuan-notice-ice-pillow-loan-duty-phone",
        site="紬园社区居民委员会 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chouyuansq.cn/tzgg/2024/0715/208.html",
        title="关于高温期间为独居老人免费借用冰枕的通知",
        record_title="【居委会·夏季关怀】关于高温期间为独居老人免费借用冰枕的通知｜紬园社区",
        date="2024-07-15",
        notes="residents' site: weather line, a grid worker's box, property repair and night lines; the community's "
        "own duty phone in the body; a numbered list; a sentence about following the community account as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于高温期间为独居老人免费借用冰枕的通知</title>
<script src="/static/sq/weather-widget.js"></script>
</head>
<body>
<div class="sq-top">⟦m 紬园社区居民委员会⟧　⟦m 竦岭区和暖街道⟧　⟦m 今日高温橙色预警　36℃⟧</div>
<div class="sq-nav">⟦m 社区首页　社区公告　便民服务　党建园地　邻里活动⟧</div>
<div class="sq-pos">⟦m 社区首页 › 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-meta">⟦m 紬园社区　2024-07-15　阅读 640⟧</p>
{BODY}
</div>
<div class="sq-grid">
<h4>⟦l 我的网格员⟧</h4>
<p>⟦m 第三网格　柏晓燕　13874321056⟧</p>
</div>
<div class="sq-wy">⟦m 物业报修：0743-3287700　夜间应急：0743-3287711⟧</div>
<div class="sq-foot">⟦m 紬园社区居委会　地址：竦岭区紬园路18号　湘ICP备20031177号⟧</div>
</body>
</html>
""",
        p_html='<p class="sq-p">{}</p>',
        body="""
各位居民朋友：
近期我区持续高温，为帮助辖区独居、空巢老人安全度夏，社区从7月16日起开展冰枕免费借用活动。现将有关事项通知如下：
1．借用对象：辖区内70周岁以上独居、空巢老人，以及行动不便的重病、残疾居民。
2．借用方式：老人本人或家属持身份证到社区服务大厅登记，每户可借冰枕2个，社区为每个冰枕配一个棉布套。行动不便的，可打电话预约，由网格员送上门。
3．使用提醒：冰枕冻好后先套上布套再用，一次枕用不要超过2小时，不要整夜枕着睡；发现冰枕渗漏请及时送回社区更换。
4．归还时间：9月15日前归还，社区统一清洗消毒。
社区值班电话：0743-3281620
居民朋友们也可以关注“紬园社区”公众号，随时查看高温天气提醒和社区服务信息。
紬园社区居民委员会
2024年7月15日
""",
    ),
    dict(
        slug="community-zhendong-pledge-bottle-warmer-record-title",
        site="堎头镇镇东社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://zhendong.lengtou.gov.cn/shequ/2024/0520/71.html",
        title="共建共享爱心母婴室倡议书",
        date="2024-05-20",
        notes="record title as is; a pledge with a sentence about sharing it as content; a share prompt glued after "
        "a sentence; 成文日期 under the signature",
        page="""
!m 堎头镇镇东社区
!m 首页 ＞ 社区动态 ＞ 倡议书
{T}
!m 来源：镇东社区妇联　　浏览：231
{BODY}
!l 相关：镇东社区“妈妈课堂”五月课程表
!a 〔上一页〕〔回首页〕
!m 镇东社区居民委员会　咨询电话：0743-6518012
""",
        indent="\u3000\u3000",
        body="""
社区的宝妈们、邻居们：
去年以来，镇东社区在便民服务中心设立了爱心母婴室，配备了暖奶器、尿布台和哺乳椅，为带娃出门的家长提供方便。为了让母婴室用得好、管得好，社区妇联向大家发出如下倡议：
一、爱护设施。使用暖奶器后请及时关掉电源、倒掉水槽里的水，不要把冲好的奶长时间放在里面保温。
二、保持整洁。用过的尿不湿、纸巾请装袋放入垃圾桶，离开前把母婴室收拾干净。
三、互帮互助。母婴室使用时间请尽量控制在半小时以内，方便后来的家长。
四、共同参与。欢迎宝妈们报名当母婴室志愿者，帮忙做好日常清洁和物品补充。⟦a 觉得有用，就转到社区宝妈群⟧
也请大家把这份倡议分享给身边的宝妈，让爱心母婴室真正成为大家共同的“温馨小家”。
堎头镇镇东社区妇联
2024年5月20日
""",
    ),
    dict(
        slug="association-textile-pledge-gauze-towel-labels",
        site="潟原市纺织品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.xyfzxh.org.cn/xhdt/2024/0903/166.html",
        title="关于规范婴幼儿纱布巾层数和纤维含量标注的倡议书",
        record_title="〖行约倡议〗关于规范婴幼儿纱布巾层数和纤维含量标注的倡议书（请各会员单位周知）",
        date="2024-08-30",
        date_also=["2024-09-03"],
        notes="association site: member-login row, member hotline; the association's name is also the signature "
        "(matched as head); the posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范婴幼儿纱布巾层数和纤维含量标注的倡议书</title>
<script src="/js/xh-member.js"></script>
</head>
<body>
<div class="xh-top">⟦a 会员登录⟧　⟦a 入会申请⟧　⟦m 会员服务专线：0743-3516600⟧</div>
<div class="xh-logo">⟦m 潟原市纺织品行业协会⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　行业标准　会员风采　联系我们⟧</div>
<div class="xh-pos">⟦m 位置：首页 — 协会动态⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<div class="xh-info">⟦m 发布：2024-09-03　编辑：秘书处　浏览：512⟧</div>
<div class="xh-text">
{BODY}
</div>
</div>
<div class="xh-side"><h4>⟦l 协会通知栏⟧</h4><p>⟦l 关于召开2024年度会员大会的预通知⟧</p><p>⟦l 纺织品出口合规培训报名开始⟧</p></div>
<div class="xh-foot">⟦m 协会秘书处地址：潟原市竦岭区纺织大道66号⟧　⟦m 湘ICP备16030211号⟧</div>
</body>
</html>
""",
        body="""
全市纺织品生产经营企业：
近年来，我市婴幼儿纱布巾产业发展迅速，产品远销全国。但协会在走访中发现，少数企业把四层纱布巾标成“六层”，把棉涤混纺标成“纯棉”，一些网店宣传“越洗越软、永不掉絮”，既损害了消费者权益，也影响了潟原纱布巾的整体声誉。为此，协会向全体会员单位和全市同行发出如下倡议：
一、如实标注层数。纱布巾层数以实际织造层数为准，不得以折叠层数冒充。
二、如实标注纤维含量。吊牌和包装上的纤维成分及含量要与检测结果一致，混纺产品不得标注“纯棉”或“全棉”。
三、规范宣传用语。不使用“永不掉絮”“零甲醛”等绝对化用语，不夸大产品功能。
四、主动接受监督。各企业每季度至少送检一次，检测报告在协会平台公示。
诚信是企业立身之本。希望各会员单位从自身做起，共同维护潟原纱布巾的好口碑。
潟原市纺织品行业协会
2024年8月30日
""",
    ),
    dict(
        slug="association-device-minutes-warming-patch-standard-vote",
        site="潟原市医疗器械行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.xyylqx.org/zwh/jiyao/2024/1012/29.html",
        title="热敷贴专业委员会2024年第二次会议纪要",
        record_title="热敷贴专业委员会2024年第二次会议纪要 ◇ 专委会工作 ◇ 潟原市医疗器械行业协会",
        date="2024-10-10",
        notes="association minutes as text: 时间/地点/主持/出席/记录 lines and a vote count; the date from the 时间 "
        "line; a member-only download action and the association's hotline",
        page="""
!m 潟原市医疗器械行业协会
!m 协会首页 ＞ 专委会工作 ＞ 会议纪要
!m 会员单位登录后可下载本纪要PDF
{T}
!m 发稿：协会秘书处　　浏览：177
{BODY}
!l 往期纪要：热敷贴专业委员会2024年第一次会议纪要
!m 协会秘书处：0743-3522100　邮箱：xyylqx@163.com
!m 潟原市医疗器械行业协会 版权所有
""",
        indent="",
        body="""
时间：2024年10月10日上午9:30
地点：协会二楼会议室
主持：葛兰生（专委会主任委员）
出席：专委会委员单位代表13人
记录：协会秘书处 尹晓
会议主要讨论《暖宫贴（热敷贴）团体标准》征求意见稿，纪要如下：
一、秘书处介绍了征求意见稿的起草情况。本次共收到会员单位意见37条，采纳21条。
二、与会委员重点讨论了最高温度指标。多数委员认为，现行企业标准中最高温度上限不统一，有的达到63℃，建议团体标准统一规定最高温度不超过55℃，平均温度40℃至50℃。
三、会议讨论了警示标识要求，同意在包装正面醒目位置标注“请勿直接贴于皮肤”“睡眠时请勿使用”。
四、会议对征求意见稿提交协会理事会审议进行了表决。应到委员13人，实到13人，同意12票，反对0票，弃权1票，表决通过。
五、秘书处于10月底前完成修改稿，报协会理事会审议。
""",
    ),
    dict(
        slug="company-beinuan-recall-bottle-warmer-batches",
        site="盩阳贝暖电器有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.beinuan.com.cn/news/notice/2024/0826/recall-bn-n21.html",
        title="关于召回部分批次BN-N21型暖奶器的公告",
        record_title="【召回告知书】关于召回部分批次BN-N21型暖奶器的公告——贝暖电器官网",
        date="2024-08-26",
        notes="company site: cookie notice, a 400 order line and a service float; the recall line in the body beside "
        "them; batches one row a paragraph; sentences about scanning a code to check a batch as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【召回告知书】关于召回部分批次BN-N21型暖奶器的公告——贝暖电器官网</title>
<script src="/assets/js/site.js"></script>
</head>
<body>
<div class="bn-cookie">⟦d 我们用Cookie改善您的浏览体验，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header class="bn-head">
<a href="/">⟦m 贝暖 BEINUAN⟧</a>
<nav>⟦m 产品中心　品牌故事　服务支持　新闻公告　联系我们⟧</nav>
<span>⟦m 选购热线 400-690-2266⟧</span>
</header>
<div class="bn-crumb">⟦m 首页 ∕ 新闻公告 ∕ 公司公告⟧</div>
<article class="bn-art">
<h1>{T}</h1>
<p class="bn-date">⟦m 2024年8月26日　贝暖电器⟧</p>
{BODY}
</article>
<div class="bn-float">⟦w 在线客服 · 点我咨询⟧</div>
<footer class="bn-foot">⟦m © 2024 盩阳贝暖电器有限公司　湘ICP备18025501号-1⟧</footer>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
尊敬的用户：
我公司在产品质量跟踪中发现，2024年3月至5月生产的部分BN-N21型双瓶暖奶器，因温控器焊点虚焊，长时间使用后可能出现温控失灵、加热温度过高的情况，存在烫伤和过热风险。为保障用户安全，我公司决定自2024年8月26日起主动召回上述产品。
召回范围如下：
生产批号　生产日期　数量（台）
BN24031　2024年3月　4120
BN24042　2024年4月　5380
BN24053　2024年5月　2960
用户可查看产品底部铭牌上的生产批号，也可以扫描机身底部的二维码查询是否在召回范围内。属于召回范围的，请立即停止使用，我公司将免费上门取回，并为用户更换新机或全额退款。
召回服务专线：0743-6690125（每天8:00—20:00）
由此给您带来的不便，我们深表歉意。
盩阳贝暖电器有限公司
2024年8月26日
""",
    ),
    dict(
        slug="company-cewen-product-news-thermo-strip-title-glued",
        site="豁川测温科技有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hccewen.com/news/2024/0918/52.html",
        title="新一代可复读数字体温贴通过注册检验",
        record_title="企业新闻 ∙ 新一代可复读数字体温贴通过注册检验 ∙ 豁川测温",
        date="2024-09-18",
        notes="company news as text: the title repeated and glued before the lead's first words; a dotted company "
        "date line as the page's date; a product-page link glued after a sentence",
        page="""
!m 豁川测温 HC-THERMO
!m 首页 | 产品 | 新闻 | 关于我们 | 加入我们
!m 企业新闻 > 正文
{T}
!m 2024.09.18　｜　市场部
{T}{BODY}
!l 上一则：我公司参加第八届中部医疗器械博览会
!l 下一则：豁川测温通过知识产权管理体系认证
!m 商务合作：0743-5238800　地址：豁川县硇口镇工业园8栋
!m 豁川测温科技有限公司　湘ICP备22003351号
""",
        indent="",
        body="""
近日，我公司研发的新一代可复读数字体温贴通过省医疗器械检验研究院注册检验，预计明年上半年取得注册证后上市。
与市面上常见的变色体温贴不同，这款体温贴内置了柔性温度传感芯片，贴在孩子腋下后，家长用手机靠近就能读出体温数值，还能记录夜间的体温变化曲线。检验结果显示，在35℃至42℃范围内，测量误差不超过0.1℃。⟦l 了解产品参数请进产品中心⟧
研发负责人介绍，这款体温贴主要面向发热儿童的夜间居家监测，可连续使用24小时，用后按一般生活垃圾处理。产品说明书将明确提示：体温贴读数仅供参考，发热儿童出现精神差、抽搐等情况应及时就医。
""",
    ),
    dict(
        slug="training-qibei-brochure-gauze-towel-course-phones",
        site="潟原启贝母婴护理培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qibeipeixun.com/zs/2024/yuyingyuan-zhoumo.html",
        title="育婴员（母婴护理）周末班招生简章",
        record_title="〔冬季开课·名额有限〕育婴员（母婴护理）周末班招生简章 - 启贝母婴培训",
        date=None,
        notes="training school: promo banner, franchise line, consult float; the course's own 报名电话 in the body; a "
        "course table one row a paragraph; no date (the course dates are content)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔冬季开课·名额有限〕育婴员（母婴护理）周末班招生简章 - 启贝母婴培训</title>
<script src="/js/qb-chat.js"></script>
</head>
<body>
<div class="qb-banner">⟦a 报名立减300元，老学员推荐再送护理包⟧</div>
<div class="qb-head">⟦m 启贝母婴培训⟧　⟦m 潟原启贝母婴护理培训学校⟧</div>
<div class="qb-nav">⟦m 首页　课程设置　师资团队　学员风采　就业推荐　在线报名⟧</div>
<div class="qb-main">
<h1>{T}</h1>
{BODY}
</div>
<div class="qb-side"><h4>⟦l 热门课程⟧</h4><p>⟦l 产后康复师精品班⟧</p><p>⟦l 小儿推拿周末班⟧</p></div>
<div class="qb-join">⟦w 城市合伙人招募热线：400-118-5566⟧</div>
<div class="qb-float">⟦w 课程顾问在线，点此免费试听⟧</div>
<div class="qb-foot">⟦m 办学许可证号：教民143120170000318号⟧　⟦m 湘ICP备20045122号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
为满足家庭对专业母婴护理人员的需求，我校开设育婴员（母婴护理）周末班，面向社会招收学员。
一、招生对象：18至55周岁，初中以上文化，身体健康，有志从事母婴护理工作的人员。
二、课程安排：
模块　主要内容　课时
生活照料　喂养、洗浴、抚触，纱布巾和婴儿衣物的清洗消毒　24
日常保健　体温测量、脐部护理、常见皮肤问题处理　20
早期发展　婴儿动作、语言、认知训练　16
三、上课时间：每周六、周日全天，共8周。
四、培训费用：2800元，含教材、实操耗材和鉴定费。
五、结业考核合格的，可参加育婴员职业技能等级认定。
报名地址：潟原市竦岭区和暖路128号启贝大厦3楼
报名电话：0743-3301866（胡老师）
""",
    ),
    dict(
        slug="training-ruyi-diary-bottle-warmer-lesson",
        site="如意月嫂培训中心 (invented)",
        style="培训机构",
        genre="心得",
        kind="other",
        form="text",
        source="http://www.ruyiyuesao.cn/xueyuan/xinsheng/512.html",
        title="学暖奶器清洁消毒的那一课",
        record_title="结业心语 ▸ 学暖奶器清洁消毒的那一课（第19期月嫂班）",
        date=None,
        notes="a trainee's diary on a training school's page: trial-lesson banner, consult line; no date",
        page="""
!m 如意月嫂培训中心
!a 免费试听一节课，名额每周限20人
!m 首页 ＞ 学员心声
!t 结业心语 ▸ 学暖奶器清洁消毒的那一课（第19期月嫂班）
!m 学员：19期 尚阿姨　　点击：214
{BODY}
!l 更多学员心声
!l 从超市收银员到金牌月嫂
!l 第一次给新生儿洗澡，我的手在抖
!w 咨询报名请找陶老师：13607439180（微信同号）
!m 如意月嫂培训中心 版权所有
""",
        indent="\u3000\u3000",
        body="""
今天的实操课，老师讲的是暖奶器的清洁和消毒。我原来觉得这是最简单的，不就是插上电把奶温一温嘛，上完课才知道里面的门道不少。
老师先让我们把暖奶器拆开，看看水槽底部。有一台用了半年的旧机器，底部结了一层白色水垢，老师说这就是平时只加水不换水的结果。水垢多了，加热慢、温度也不准，还容易藏细菌。
接下来老师教我们除垢：用白醋兑水倒进水槽，通电加热十分钟，断电后泡半小时，再用软布擦干净，清水冲两遍。老师反复强调，每天用完都要把水倒掉，擦干水槽，不能让水在里面过夜。
最后是消毒。暖奶器外壳用湿布擦，奶瓶架每天用开水烫一遍。老师说，月嫂进了人家的门，宝宝吃进嘴里的东西，样样都得干净。
这一课让我明白，当月嫂没有小事，一台暖奶器也得用心对待。
""",
    ),
    dict(
        slug="app-bijian-host-script-warming-patch-h5",
        site="笔尖范文APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://m.bijianfanwen.com/share/a/7730195?from=wx",
        title="“三八”妇女节“暖心护健康”女职工健康讲座主持词",
        record_title="“三八”妇女节“暖心护健康”女职工健康讲座主持词（串词完整版）| 笔尖范文",
        date=None,
        notes="a writing app's H5 share: open-app mask, a fold, AI buttons; a host script (no date); a fold line and an "
        "AI-rewrite button inside the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>“三八”妇女节“暖心护健康”女职工健康讲座主持词（串词完整版）| 笔尖范文</title>
<script src="https://m.bijianfanwen.com/h5/share.js"></script>
</head>
<body>
<div class="mask">⟦a 在笔尖范文APP内打开，体验更流畅⟧ <a>⟦a 打开⟧</a></div>
<div class="hd">⟦m 笔尖范文⟧　⟦m 写材料，有笔尖⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 笔尖范文编辑组　5.6万人看过　收藏 1203⟧</div>
<div class="ai">⟦a AI一键改写⟧　⟦a AI续写⟧　⟦a 换个开头⟧</div>
<div class="txt">
{BODY}
</div>
<div class="more">⟦a 还剩1篇同题主持词，打开APP接着看⟧</div>
</div>
<div class="rec"><h3>⟦l 大家还在用⟧</h3><p>⟦l 妇女节座谈会主持词（简短版）⟧</p><p>⟦l 女职工“两癌”筛查动员会讲话⟧</p></div>
<div class="ft">⟦m 笔尖范文 · 湘ICP备23002716号-2A⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
尊敬的各位领导、亲爱的姐妹们：
大家上午好！在“三八”国际劳动妇女节即将到来之际，我们在这里举办“暖心护健康”女职工健康讲座。首先，请允许我代表局工会，向全局女职工致以节日的问候！
今天，我们有幸请到了县妇幼保健院妇科主任医师谭沁老师。谭老师从事妇科临床工作二十多年，今天她将围绕冬春季节女性常见健康问题，特别是暖宫贴、热水袋等取暖用品的正确使用，给大家讲一讲。下面，让我们用热烈的掌声欢迎谭老师！
⟦a 以下内容已折叠，点击展开全文⟧
（讲座结束后）
感谢谭老师的精彩讲解！谭老师提醒我们，暖宫贴不能直接贴在皮肤上，不能贴着睡觉，这些小知识关系到每一位姐妹的健康。⟦a 用AI润色这一段⟧
讲座结束后，局工会将为每位女职工发放一份“暖心健康包”，里面有暖宫贴和健康手册，请大家到门口签到处领取。
姐妹们，健康是幸福的基础。祝大家节日快乐、身体健康、工作顺利！本次讲座到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-gongwenkuaixie-report-ice-pillow-head-nurse",
        site="公文快写 (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://app.gongwenkuaixie.com/s/r5Qk82",
        title="2024年度乡镇卫生院护士长述职报告",
        record_title="2024年度乡镇卫生院护士长述职报告（带数据·可直接改）- 公文快写",
        date="2025-01-08",
        notes="a writing app's text share: app prompt and a VIP line; 成文日期 under the signature; a member-download "
        "prompt on a line of its own inside the body",
        page="""
!a 下载公文快写，海量范文随手改
!m 公文快写 · 述职报告
{T}
!m 来自：公文快写精选　　1.8万次使用
{BODY}
!a 开通快写VIP，本篇可导出Word
!l 相似范文：乡镇卫生院院长述职报告　社区卫生服务中心护理部主任述职
!m 公文快写 © 2025　客服邮箱：kf@gongwenkuaixie.com
""",
        indent="\u3000\u3000",
        body="""
2024年，我在院党支部和院委会的领导下，负责全院护理管理工作。现将一年来的履职情况报告如下。
一、加强护理质量管理。修订完善护理制度28项，全年开展护理质量检查48次，护理文书合格率达到98.6%。夏季发热门诊就诊人数多，针对冰枕使用中出现的冻伤隐患，我牵头制定了《冰枕使用和巡视规范》，要求冰枕一律外包布套，每30分钟巡视一次，全年未发生一例冻伤。
⟦a 会员可下载本篇完整Word版⟧
二、抓好护理队伍建设。组织业务学习24次、技能考核4次，选送2名护士到县人民医院进修，1名护士取得专科护士资格。
三、改善护理服务。在住院部推行责任制整体护理，开展出院患者电话回访1260人次，患者满意度达到97.8%。
四、存在的不足。护理人员年龄结构偏大，科研能力较弱。新的一年，我将继续加强学习，努力提升全院护理服务水平。
述职人：嶪坪镇卫生院护士长　向晓梅
2025年1月8日
""",
    ),
]
