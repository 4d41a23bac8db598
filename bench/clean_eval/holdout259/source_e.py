"""holdout259, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (HTML and text). Invented text."""

CASES = [
    dict(
        slug="assoc-bamboo-minutes-tray-html",
        site="篾川县竹编行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.mcbamboo-assn.example.org/hyhd/2025/0318/19.html",
        title="篾川县竹编行业协会三届二次理事会会议纪要",
        record_title="〖会务〗篾川县竹编行业协会三届二次理事会会议纪要 - 篾川县竹编行业协会",
        date="2025-03-15",
        date_also=["2025-03-18"],
        notes="an association with a member-login row; minutes' 时间 line is the date, the page's date also; the association's name as the signature (head match)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖会务〗篾川县竹编行业协会三届二次理事会会议纪要 - 篾川县竹编行业协会</title></head><body>
<div class="hd">⟦m 篾川县竹编行业协会⟧</div>
<div class="login">⟦a 会员单位登录　入会申请⟧</div>
<div class="nav">⟦m 协会概况　协会动态　行业标准⟧</div>
<h1>⟦t 篾川县竹编行业协会三届二次理事会会议纪要⟧</h1>
<div class="meta">⟦m 2025-03-18　秘书处⟧</div>
{BODY}
<div class="ft">⟦m 秘书处电话：0739-6630215　地址：篾川县竹海路8号⟧</div>
</body></html>
""",
        body="""
时间：2025年3月15日上午
地点：协会会议室
主持：会长 覃永福
出席：理事十九人
记录：秘书处 孔月
会议审议通过了《竹编簸箩团体标准（草案）》，对簸箩直径、篾片厚度、箍圈材料作出规定。表决结果：同意十八票，弃权一票。
会议决定，4月下旬组织会员单位参加省竹博会，重点展示簸箩、筲箕等日用竹器。
篾川县竹编行业协会秘书处
""",
    ),
    dict(
        slug="assoc-tinware-pledge-text",
        site="箦阳市五金制品协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="http://www.zywj-xh.example.cn/notice/2025-09-01.html",
        title="关于规范生产食品级铁皮桶的自律倡议",
        record_title="【行业自律】关于规范生产食品级铁皮桶的自律倡议（全文）_五金协会",
        date="2025-09-01",
        notes="an association pledge; a members' list prompt and a print line; 成文日期",
        page="""
!m 箦阳市五金制品协会 · 协会倡议
!t 【行业自律】关于规范生产食品级铁皮桶的自律倡议（全文）
{BODY}
!a 会员单位可在后台签署本倡议
!l 分享至：微信　QQ空间　微博
""",
        body="""
各会员单位：
近年来，市场上出现用非食品级镀锌板冒充马口铁生产食用油桶、蜂蜜桶的情况，损害消费者健康，也损害了我市铁皮桶行业的声誉。为此，协会向全体会员单位倡议：
一、严格选材，食品接触用铁皮桶一律使用符合国家标准的镀锡薄钢板。
二、如实标注，桶身标明材质、用途和生产批次。
三、加强自检，每批产品留样送检。
四、相互监督，发现违规行为及时向协会反映。
箦阳市五金制品协会
2025年9月1日
""",
    ),
    dict(
        slug="company-steampot-newproduct-html",
        site="蒸华厨具有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhenghua-kitchen.example.com/news/2025/0415.html",
        title="蒸华厨具推出商用节能蒸锅 热效率提升三成",
        record_title="新品发布 ▸ 蒸华厨具推出商用节能蒸锅 热效率提升三成 | 蒸华厨具",
        date="2025-04-15",
        notes="a company site with a cookie notice and a service float; the title repeated glued before the news lead; a dotted date line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>新品发布 ▸ 蒸华厨具推出商用节能蒸锅 热效率提升三成 | 蒸华厨具</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示同意⟧</div>
<div class="hd">⟦m 蒸华厨具　让每一锅都更省⟧</div>
<div class="nav">⟦m 关于蒸华　产品中心　新闻动态　服务支持⟧</div>
<h2>⟦t 蒸华厨具推出商用节能蒸锅 热效率提升三成⟧</h2>
<div class="date">⟦m 2025.04.15　新闻动态⟧</div>
{BODY}
<div class="svc">⟦w 在线客服　订购热线 400-660-7138⟧</div>
<div class="ft">⟦d ©2025 蒸华厨具有限公司 保留所有权利⟧</div>
</body></html>
""",
        body="""
⟦t 蒸华厨具推出商用节能蒸锅⟧4月15日，公司在箦阳总部发布新一代商用节能蒸锅，面向学校、医院和企业食堂。
新产品采用双层保温锅体和余热回收盘管，经第三方检测，热效率比上一代产品提高三成，每蒸一屉米饭可节约燃气约百分之二十五。
蒸锅配备缺水自动断气和超压泄放双重保护，操作面板只有三个按键，炊事员经过半小时培训即可上手。
公司总经理包振声表示，今年计划销售该款蒸锅两千台，并在五个县设立服务网点。
""",
    ),
    dict(
        slug="company-sieve-recall-text",
        site="簏山竹艺家居有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lushan-zhuyi.example.com/gg/2025/1102.html",
        title="关于召回部分批次竹制筲箕的公告",
        record_title="关于召回部分批次竹制筲箕的公告",
        date="2025-11-02",
        notes="record title as is; a recall with a batch table and its own recall line beside a 400 order line",
        page="""
!m 簏山竹艺家居 · 企业公告
{T}
{BODY}
!m 产品订购：400-905-2261
!d 簏山竹艺家居有限公司 版权所有
""",
        body="""
近期，我公司在质量抽检中发现，部分批次竹制筲箕的防霉处理剂残留超出企业内控标准。为保障消费者健康，公司决定主动召回以下批次产品。
批次号　生产日期　数量
ZK250811　2025年8月11日　1500只
ZK250823　2025年8月23日　1800只
已购买上述批次筲箕的消费者，请停止使用，可凭购物凭证到原购买处退货，或拨打召回专线0739-4471209办理。
由此给您带来的不便，我们深表歉意。
簏山竹艺家居有限公司
2025年11月2日
""",
    ),
    dict(
        slug="training-puttee-hiking-course-html",
        site="山行户外培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="html",
        source="https://www.shanxing-edu.example.com/course/2025-autumn.html",
        title="秋季山地徒步基础班招生简章",
        record_title="【秋季班】秋季山地徒步基础班招生简章（小班教学）- 山行户外",
        date=None,
        notes="a training school with a promo banner and a consult float; a course table; the school's 报名电话 beside a 400 franchise line; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【秋季班】秋季山地徒步基础班招生简章（小班教学）- 山行户外</title></head><body>
<div class="promo">⟦a 老学员带新人报名立减两百⟧</div>
<div class="hd">⟦m 山行户外培训学校⟧</div>
<div class="nav">⟦m 课程体系　师资团队　学员风采⟧</div>
<h1>⟦t 秋季山地徒步基础班招生简章⟧</h1>
{BODY}
<div class="float">⟦w 课程顾问在线 扫码加微 shanxing_kf07⟧</div>
<div class="ft">⟦m 加盟合作热线：400-128-5570⟧</div>
</body></html>
""",
        body="""
本期基础班面向零基础徒步爱好者，共四次课，每班限招十六人。
课次　内容
第一次　装备选择与背包调整
第二次　绑腿与护膝的使用
第三次　山地行走与下坡技巧
第四次　野外实地拉练十五公里
第二次课将教授传统布绑腿和现代雪套的打法，学员可自带绑腿，也可使用学校提供的。
结业学员可优先参加学校组织的冬季雪山徒步活动。
报名电话：0739-3317820。
""",
    ),
    dict(
        slug="training-steampot-cook-text",
        site="簰口烹饪职业培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.pkpr.example.cn/xyxs/2025/63.html",
        title="学员心得：从不会看蒸锅火候到独立出品",
        record_title="学员心声｜学员心得：从不会看蒸锅火候到独立出品 - 簰口烹饪学校",
        date=None,
        notes="a training-school text with a trial-lesson prompt between paragraphs; no date",
        page="""
!m 簰口烹饪职业培训学校 › 学员心声
!t 学员心声｜学员心得：从不会看蒸锅火候到独立出品
{BODY}
!a 预约免费试听课，名额有限
!m 校址：簰口市新华路302号
""",
        body="""
来学校之前，我在老家饭店当了两年帮厨，蒸菜全凭师傅一句“差不多了”。
在学校的中式面点班，老师第一课就讲蒸锅：火力分猛火、中火、小火，蒸包子要冷水上锅，蒸鱼要水开再放。
!a 想学中式面点？点此领取课程表
三个月下来，我最大的收获是学会了看汽。蒸锅上汽均匀、锅盖四周一圈都冒白汽，才开始计时。
现在我已经能独立出品八种蒸点，下个月就要去县城一家酒楼上班了。
""",
    ),
    dict(
        slug="app-fanwen-bucket-speech-html",
        site="妙笔范文 App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.miaobi.example.com/share/article/771205",
        title="在全镇消防铁皮水桶配发仪式上的讲话",
        record_title="在全镇消防铁皮水桶配发仪式上的讲话（直接套用）· 妙笔范文",
        date=None,
        notes="a writing app's H5 share with an open-app mask, a fold and an AI-rewrite button glued after a sentence; a template with ×× placeholders; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在全镇消防铁皮水桶配发仪式上的讲话（直接套用）· 妙笔范文</title></head><body>
<div class="mask">⟦a 打开妙笔App，阅读体验更流畅⟧</div>
<h1>⟦t 在全镇消防铁皮水桶配发仪式上的讲话⟧</h1>
<div class="meta">⟦m 妙笔范文 · 讲话致辞　3.4万人看过⟧</div>
{BODY}
<div class="fold">⟦a 余下全文已折叠，App内免费展开⟧</div>
<div class="ft">⟦l 猜你想写：防火安全讲话 / 冬季消防动员⟧</div>
</body></html>
""",
        body="""
各位村干部、同志们：
今天，我们在这里举行消防铁皮水桶配发仪式，为全镇××个自然村配发消防水桶××只。
我镇山区村多、木结构房屋多，一旦起火，消防车很难及时赶到。铁皮水桶虽然简单，却是群众自救的第一道防线。⟦a AI改写本段⟧
希望各村把水桶放在显眼位置，常年储满水，明确专人管理，每月检查一次。
让我们共同守护好群众的生命财产安全。
""",
    ),
    dict(
        slug="app-sieve-insight-markers-text",
        site="公文速写 App (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.gwsx.example.cn/s/8820417",
        title="参加竹编筲箕非遗研学活动心得体会",
        record_title="参加竹编筲箕非遗研学活动心得体会（精选）｜公文速写",
        date=None,
        notes="an app text cut by ⪓n/3⪔ markers glued with a space; a VIP line; no date",
        pages=dict(fmt="⪓{n}/3⪔", every=110, start=2, glue=True, sep=" "),
        page="""
!m 公文速写 · 心得体会
!t 参加竹编筲箕非遗研学活动心得体会（精选）
!m 1.8万阅读　收藏 436
{BODY}
!a 开通超级会员，复制全文无限制
""",
        body="""
上周，我们教研组随学生一起到笪溪镇筲箕工坊开展非遗研学，亲手体验了筲箕编制的全过程。
原以为编筲箕只是手上功夫，真正动手才知道其中的学问。一片篾要刮上七八遍，才能既柔韧又不扎手；编到拐角处，篾片要弯而不折，全靠手指的分寸。
老师傅说，他十五岁学艺，三年才出师。这份耐心和专注，正是我们教育中最需要培养的品质。
回校后，我们打算把筲箕编制引入劳动课，让更多学生在动手中感受传统手艺的魅力。
""",
    ),
    dict(
        slug="examforum-tray-essay-jammer-html",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="html",
        source="https://bbs.shanganba.example.com/thread-88217-1-1.html",
        title="小簸箩里的大民生",
        record_title="[申论习作] 小簸箩里的大民生（求批改） - 申论交流 - 上岸吧公考论坛",
        date=None,
        notes="an exam forum with a reply-to-see prompt and a QQ-group ad; jammer fonts; no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[申论习作] 小簸箩里的大民生（求批改） - 申论交流 - 上岸吧公考论坛</title><style>.jammer{font-size:0}</style></head><body>
<div class="hd">⟦m 上岸吧公考论坛 › 申论交流⟧</div>
<h1>⟦t 小簸箩里的大民生⟧</h1>
<div class="au">⟦m 楼主 今年必上岸　发表于 5 天前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的批改意见，回复后方可查看⟧</div>
<div class="ad">⟦w 申论一对一批改群 QQ群 553081726⟧</div>
</body></html>
""",
        body="""
一只簸箩，竹篾交织，簸去糠秕，留下好谷。在许多乡村，它曾是家家户户离不开的农具，也承载着一代人的生活记忆。
如今，随着农业机械化，簸箩渐渐淡出了晒谷场。但在一些地方，簸箩又以新的方式回到了人们的生活中：非遗工坊让老篾匠重拾手艺，研学基地让孩子们亲手扬谷，网店让簸箩走进城市家庭。
小簸箩连着大民生。保护传统手艺，不是把它放进展柜，而是让它在新的需求中找到位置，让手艺人靠手艺过上好日子。
""",
    ),
    dict(
        slug="examforum-bucket-interview-text",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="post",
        form="text",
        source="http://www.gkyz.example.net/thread-40981-1-1.html",
        title="结构化面试：村民不愿交回旧铁皮桶，你怎么办？",
        record_title="【面试真题】结构化面试：村民不愿交回旧铁皮桶，你怎么办？（附答题思路）- 公考驿站",
        date=None,
        notes="an exam forum text with junk lines and glued junk, a reply prompt; relative times no date",
        junk=dict(lines=1, glued=1),
        page="""
!m 公考驿站论坛 » 面试交流
!t 【面试真题】结构化面试：村民不愿交回旧铁皮桶，你怎么办？（附答题思路）
!m 楼主：备考老王 发表于 6 小时前
{BODY}
!a 回复可见完整答题框架
!l 加入面试互助小组　返回列表
""",
        body="""
我的答题思路如下，请各位指正。
首先，要理解村民的顾虑。旧铁皮桶虽然破旧，但在一些村民眼里还能装东西，而且是自家的财产，不愿交回可以理解。
其次，要耐心做工作。我会上门向村民讲清楚积水铁皮桶滋生蚊虫的危害，介绍以旧换新的政策，请村里威望高的老党员帮忙带头。
最后，对确有用途的，不强求回收，但要指导村民加盖、倒置存放，做到不积水。
""",
    ),
]
