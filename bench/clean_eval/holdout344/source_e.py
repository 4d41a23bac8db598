"""holdout344, part E: trade associations, company sites, training schools, writing apps and
civil-service-exam forums. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-ycwj-pledge-tape-dispenser-guards",
        site="咏川市文具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ycwjxh.org.cn/xhdt/2024/0914/265.html",
        title="关于胶带座切刀加装防护盖的自律倡议",
        record_title="【护手行动】关于胶带座切刀加装防护盖的自律倡议（请会员单位传阅）_咏川市文具行业协会",
        date="2024-09-12",
        date_also=["2024-09-14"],
        notes="association site: member-login row and member hotline; the association's name in the header is "
        "also the pledge's signature (head match); the posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【护手行动】关于胶带座切刀加装防护盖的自律倡议（请会员单位传阅）_咏川市文具行业协会</title></head>
<body>
<div class="xh-login">⟦a 会员账号　密码　登录　｜　申请入会⟧</div>
<div class="xh-head"><span>⟦m 咏川市文具行业协会⟧</span><span>⟦m Yongchuan Stationery Industry Association⟧</span></div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="xh-pos">⟦m 当前：首页 · 协会动态 · 行业自律⟧</div>
<h2>{T}</h2>
<div class="xh-meta">⟦m 发布于 2024-09-14　秘书处　阅读 356⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-share">⟦l 转发给会员企业：微信　QQ　邮件⟧</div>
<div class="xh-hotline">⟦m 会员服务专线：0739-5271180⟧</div>
<div class="xh-foot">⟦m 咏川市文具行业协会秘书处　汪湖区创业大道56号　赣ICP备17013360号⟧</div>
</body>
</html>
""",
        body="""
各会员单位：
近年来，胶带座已成为办公室、学校和家庭的常用文具。但部分产品切刀外露、锯齿锋利，儿童和办公人员被划伤的情况时有发生。今年以来，市消费者协会已收到相关投诉11起。为保障使用安全，提升行业形象，咏川市文具行业协会向全体会员单位倡议：
一、新设计、新生产的胶带座，切刀一律加装防护盖或采用内藏式刀口。
二、在产品包装和说明书上醒目标注“切刀锋利，儿童须在成人看护下使用”。
三、已上市的无防护盖产品，鼓励企业免费为消费者提供防护盖配件。
四、会员单位之间相互监督，发现问题及时向协会秘书处反映。
咏川市文具行业协会
二〇二四年九月十二日
""",
    ),
    dict(
        slug="association-text-minutes-dish-brush-standard",
        site="咏川日化用品商会 (invented, text)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.ycrhsh.com/news/bzqc/0627.html",
        title="洗碗刷团体标准起草工作会议纪要",
        record_title="［标准起草］洗碗刷团体标准起草工作会议纪要 — 咏川日化用品商会",
        date="2024-06-27",
        notes="chamber site as text: minutes with 时间/地点/主持/参会/记录 lines and a show-of-hands vote; the "
        "时间 line is the date; a member-unlock line between paragraphs",
        page="""
!m 咏川日化用品商会
!m 首页 / 商会动态 / 标准工作
!t ［标准起草］洗碗刷团体标准起草工作会议纪要 — 咏川日化用品商会
!m 来源：商会标准化工作组　点击：149
{T}
{BODY}
!l 附：标准征求意见稿将于7月中旬在本站公示
!a 会员单位登录后可下载会议课件
!m 咏川日化用品商会　电话：0739-5290210　邮箱：ycrhsh@126.com
""",
        body="""
时间：2024年6月27日上午9:00
地点：商会三楼会议室
主持：冉国庆（商会副会长）
参会：标准起草组成员单位代表9人，市产品质量检验所专家2人
记录：汪萍
会议讨论了《洗碗刷》团体标准草案。与会代表认为，目前市场上的洗碗刷质量参差不齐，刷毛脱落、手柄霉变是消费者投诉最多的问题，制定团体标准十分必要。
⟦a 本段以下为会员可见内容，请登录后继续阅读⟧
会议议定：一、标准增加刷毛拉脱力和手柄防霉性能两项指标；二、刷毛材料须符合食品接触用塑料材料有关要求；三、包装上须标注建议更换周期。
会议以举手方式表决，11名代表中10票赞成、1票弃权，同意将修改后的草案提交征求意见。
""",
    ),
    dict(
        slug="company-youbao-recall-cutlery-boxes-batches",
        site="优宝家居官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.youbaojiaju.com/news/notice/20240722.html",
        title="关于召回部分批次儿童分格餐具盒的公告",
        record_title="质量召回通告｜关于召回部分批次儿童分格餐具盒的公告 — 优宝家居",
        record_date="2024-07-22",
        date="2024-07-22",
        notes="company site: cookie notice, service float, 400 order line beside the recall line; a batches "
        "table; a sentence about scanning the label's code kept; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>质量召回通告｜关于召回部分批次儿童分格餐具盒的公告 — 优宝家居</title></head>
<body>
<div class="yb-cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意我们的隐私政策⟧ <button>⟦a 知道了⟧</button></div>
<header class="yb-head"><span>⟦m 优宝家居 YOUBAO⟧</span><nav>⟦m 产品中心　品牌故事　新闻公告　售后服务⟧</nav><span>⟦m 订购热线 400-818-6632⟧</span></header>
<div class="yb-crumb">⟦m 首页 → 新闻公告 → 公司公告⟧</div>
<h1>{T}</h1>
<p class="yb-date">⟦m 2024-07-22　优宝家居⟧</p>
<div class="yb-article">
{BODY}
</div>
<div class="yb-float">⟦w 在线客服 · 有问必答⟧</div>
<footer>⟦m © 咏川优宝家居用品有限公司　赣ICP备19020047号⟧</footer>
</body>
</html>
""",
        body="""
咏川优宝家居用品有限公司在内部质量抽检中发现，部分批次儿童分格餐具盒的硅胶密封圈在高温消毒后可能出现脱落，存在儿童误吞的风险。为保障消费者安全，本公司决定自即日起召回以下批次产品：
产品型号　生产批次　生产日期　数量（只）
YB-C03 小熊款　20240311　2024年3月11日　3200
YB-C03 小兔款　20240315　2024年3月15日　2850
YB-C05 三格款　20240402　2024年4月2日　4100
消费者可查看餐具盒底部标签上的批次号，或扫描标签上的二维码核对是否属于召回范围。属于召回范围的，请停止使用，公司将免费更换新品或全额退款。
召回专线：0739-5300722（每日9:00—18:00）。
对由此给您带来的不便，我们深表歉意。
咏川优宝家居用品有限公司
2024年7月22日
""",
    ),
    dict(
        slug="company-text-new-tape-dispenser-jingkou",
        site="鲸口文具官网 (invented company site, text)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jingkouwenju.com/news/xinpin/1128.html",
        title="鲸口单手切胶带座正式上市",
        record_title="新品速递 ▸ 鲸口单手切胶带座正式上市 - 鲸口文具",
        date="2024-11-28",
        notes="company news as text: a 发布时间 line is the page's date; a specs table; a buy-now line and a "
        "dealers' hotline at the foot; a sentence about scanning for the installation video kept",
        page="""
!m 鲸口文具 JINGKOU
!m 首页 ｜ 产品 ｜ 新闻 ｜ 经销合作 ｜ 联系我们
!m 新闻 › 新品
!t 新品速递 ▸ 鲸口单手切胶带座正式上市 - 鲸口文具
!m 发布时间：2024-11-28　　浏览：803
{BODY}
!a 立即选购 → 鲸口文具官方旗舰店
!w 经销商招募热线：0739-8259900
!m 轩岭县鲸口文具制造有限公司　版权所有
""",
        indent="\u3000\u3000",
        body="""
⟦m 【鲸口资讯】⟧11月28日，轩岭县鲸口文具制造有限公司推出新款单手切胶带座。新品沿用品牌经典的鲸鱼造型，重点改进了切刀和底座，单手就能完成拉、切两个动作。
规格　参数
适用胶带宽度　12毫米至24毫米
底座重量　680克
切刀　内藏式不锈钢刀口，带防护盖
新款胶带座在底座内加装了配重块，底部有防滑硅胶垫，单手拉胶带时底座不会移动。内藏式刀口在不用时被防护盖遮住，降低了划伤风险。
产品包装内附安装说明，用户扫描说明书上的二维码即可观看更换胶带的视频。
""",
    ),
    dict(
        slug="training-jiajie-brochure-dish-brushes-weekend",
        site="家洁职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiajiepx.com/zhaosheng/2024-zb-03.html",
        title="厨房深度保洁周末班招生简章",
        record_title="【周末开班】厨房深度保洁周末班招生简章（含洗碗刷选用实操）｜家洁培训",
        date=None,
        notes="training school: promo banner, consult float and a franchise line beside the school's own "
        "报名电话; a fees table; a sign-up sentence about scanning a code kept; no date (a brochure)",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【周末开班】厨房深度保洁周末班招生简章（含洗碗刷选用实操）｜家洁培训</title></head>
<body>
<div class="jj-promo">⟦a 老学员带新学员，双方各减100元 ▸ 了解详情⟧</div>
<div class="jj-head">⟦m 家洁职业培训学校⟧　⟦m 学一门手艺，多一份收入⟧</div>
<ul class="jj-nav"><li>⟦m 首页⟧</li><li>⟦m 开设专业⟧</li><li>⟦m 师资⟧</li><li>⟦m 学员风采⟧</li><li>⟦m 加盟⟧</li></ul>
<h1>{T}</h1>
<div class="jj-body">
{BODY}
</div>
<div class="jj-join">⟦w 区域加盟合作：400-027-5519⟧</div>
<div class="jj-float">⟦w 咨询老师在线，点我聊聊⟧</div>
<div class="jj-foot">⟦m 家洁职业培训学校　办学许可证号：136110270000312⟧</div>
</body>
</html>
""",
        body="""
家政服务中，厨房保洁最考验功夫。本班面向家政从业人员和有意从事家政服务的学员，用两个周末、四天时间，系统讲授厨房深度保洁的方法。
一、课程内容
1．油烟机、灶台、水槽的拆洗与保养；
2．洗碗刷、海绵、百洁布的选用和分区使用，不同材质餐具怎样刷洗不伤表面；
3．厨房消毒剂的配比和安全使用；
4．冰箱、微波炉等小家电清洁。
二、开班安排
班次　上课时间　学费
11月班　11月9日起每周六、日　980元
12月班　12月7日起每周六、日　980元
三、报名方式
扫描下方二维码填写报名表，或到校报名。报名电话：0739-5302618。
""",
    ),
    dict(
        slug="training-text-notes-rinse-cups-dental-assistants",
        site="康齿职业培训学校 (invented, text)",
        style="培训机构",
        genre="须知",
        kind="other",
        form="text",
        source="http://www.kangchipx.cn/kt/zl-01.html",
        title="口腔诊室漱口杯与器械摆放要点",
        record_title="【课前必读】口腔诊室漱口杯与器械摆放要点（助理班）— 康齿职业培训学校",
        date=None,
        notes="training school's course note as text: numbered lists; no date; a trial-lesson prompt between "
        "paragraphs and a consult WeChat at the foot",
        page="""
!m 康齿职业培训学校　口腔护理·口腔助理专业培训
!m 首页 > 课堂资料 > 助理班
!t 【课前必读】口腔诊室漱口杯与器械摆放要点（助理班）
!m 整理：教务处　｜　阅读 528
{BODY}
!a 想先听一节？免费试听课每周三晚开放预约
!w 课程咨询微信：kangchi_zl88
!m 康齿职业培训学校 版权所有
""",
        indent="\u3000\u3000",
        body="""
口腔助理上岗后的第一件事，就是做好诊前准备。漱口杯和器械摆放看似简单，却直接关系到感染防控和诊疗效率，请学员在上课前认真阅读以下要点。
一、漱口杯
1．漱口杯一人一用，患者就座后当面取新杯，不得提前接水放置。
2．漱口杯放在牙椅杯托上，水量以杯子的三分之二为宜。
3．诊疗结束后，漱口杯随其他一次性物品一并丢弃。
⟦a 第二节实操视频已上传，报名学员可在学习平台观看⟧
二、器械
1．器械盘按使用顺序从左到右摆放，口镜、探针、镊子放在最前面。
2．已使用和未使用的器械分区放置，不得交叉。
3．器械盘与漱口杯之间保持一定距离，防止漱口时溅湿器械。
""",
    ),
    dict(
        slug="writing-app-host-script-umbrella-bags-recycling",
        site="生花写作 App (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.shenghuaxz.com/share/article?id=8820715",
        title="“旧伞套　新生活”雨伞套回收再利用主题活动主持词",
        record_title="“旧伞套　新生活”雨伞套回收再利用主题活动主持词（串词+开场白全套）· 生花写作",
        date=None,
        notes="writing app H5 share: open-app mask, a fold ('open the app to read the rest'), AI-rewrite and "
        "AI-continue buttons; a host script with no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>“旧伞套　新生活”雨伞套回收再利用主题活动主持词（串词+开场白全套）· 生花写作</title></head>
<body>
<div class="mb-mask">⟦a 打开生花写作App，查看完整范文并一键套用⟧</div>
<div class="mb-app">⟦m 生花写作 · 十万篇范文随身带⟧</div>
<h1 class="mb-title">{T}</h1>
<div class="mb-tags">⟦m 主持词 · 环保活动 · 社区⟧　⟦m 3.6万人用过⟧</div>
<div class="mb-article">
{BODY}
</div>
<div class="mb-fold">⟦a 展开剩余内容需打开App ▾⟧</div>
<div class="mb-ai">⟦a ✦ AI一键改写　　✦ AI续写结尾⟧</div>
<div class="mb-more"><h4>⟦l 相似范文⟧</h4><p>⟦l 垃圾分类主题活动主持词（社区版）⟧</p><p>⟦l 世界环境日主题活动串词⟧</p></div>
<div class="mb-foot">⟦m 生花写作 · 上海生花文化科技有限公司⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位居民朋友、亲爱的小朋友们：
大家上午好！欢迎来到“旧伞套　新生活”雨伞套回收再利用主题活动现场。
一到下雨天，商场、医院门口的雨伞套用一次就被丢掉，既浪费又污染环境。今天，我们就一起想想办法，让这些薄薄的伞套换个方式“活”下去。
首先，请社区环保志愿者为大家介绍雨伞套的材质和正确的分类投放方法，掌声欢迎！
感谢志愿者的讲解。接下来是手工环节，请小朋友们和爸爸妈妈一起，把收集来的旧伞套做成跳绳和收纳袋。
看到大家的作品，我们真的很感动。活动到此结束，让我们从今天起少用一只伞套，多一份绿色。谢谢大家！
""",
    ),
    dict(
        slug="writing-app-text-report-canteen-keeper-cutlery-boxes",
        site="笔友范文 App (invented writing app, text export)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.biyoufanwen.com/s/3f92c1",
        title="学校食堂管理员2024年度述职报告",
        record_title="学校食堂管理员2024年度述职报告（后勤岗位通用）| 笔友范文",
        date="2025-01-06",
        notes="writing app's text export: a one-tap-copy line and an AI-polish button glued after a sentence; "
        "the 述职 is dated under its signature",
        page="""
!m 笔友范文 · 写材料不求人
!t 学校食堂管理员2024年度述职报告（后勤岗位通用）
!m 字数 860　｜　收藏 214　｜　来自笔友范文App
!a 一键复制全文　　导出到手机
{BODY}
!a 复制范文后记得按本单位实际修改哦
!l 同岗位范文：学校后勤主任述职报告　·　食堂炊事员个人工作总结
!m 笔友范文 App 分享页
""",
        indent="\u3000\u3000",
        body="""
各位领导、老师们：
2024年，我担任学校食堂管理员，负责食堂采购验收、从业人员管理和餐具清洗消毒等工作。现将一年来的履职情况报告如下。
一、抓好餐具管理。春季学期，学校为寄宿生统一配备了不锈钢餐具盒。我建立了餐具盒编号登记制度，每只餐具盒对应一名学生，每餐回收后统一清洗、消毒、入柜，全年未发生丢失和混用。⟦a ✎ AI润色这一段⟧
二、抓好食品安全。严格执行进货查验和索证索票制度，全年验收食材1460余批次，留样检查合格率100%。
三、抓好队伍管理。组织从业人员培训8次，食堂员工健康证持证率100%。
今后，我将继续加强学习，把食堂管理得更规范。
述职人：冉建华
2025年1月6日
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-dish-brush-jammer",
        site="笃行公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.duxinggk.com/thread-663108-1-1.html",
        title="一把洗碗刷里的民生温度",
        record_title="〔申论周测〕一把洗碗刷里的民生温度（求研友们轻拍）- 申论互评区 - 笃行公考论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad, jammer-font junk inside the essay; "
        "posted '3 周前' (no date)",
        page="""
<html>
<head><meta charset="utf-8"><title>〔申论周测〕一把洗碗刷里的民生温度（求研友们轻拍）- 申论互评区 - 笃行公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style></head>
<body>
<div class="sa-top">⟦m 笃行公考论坛 · 一起上岸⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册领资料⟧</a></div>
<div class="sa-crumb">⟦m 笃行公考论坛 » 申论 » 申论批改区⟧</div>
<div class="sa-post">
<div class="sa-author">⟦m 备考第二年的小冉　Lv.5⟧</div>
<h1>⟦t 〔申论周测〕一把洗碗刷里的民生温度（求研友们轻拍）⟧</h1>
<div class="sa-time">⟦m 发表于 3 周前⟧</div>
<div class="sa-msg">
{BODY}
</div>
<div class="sa-hide">⟦a 本帖隐藏的参考范文需回复后才能查看⟧</div>
<div class="sa-rate">⟦l 评分　研友币 +5　参与 3 人⟧</div>
</div>
<div class="sa-ad">⟦w 申论批改交流群：QQ 781402265，进群送历年真题⟧</div>
<div class="sa-foot">⟦m 笃行公考论坛　Powered by Discuz!⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在驹坪镇长者食堂，志愿者用上了长柄洗碗刷，弯腰少了，碗也洗得更干净了。一把小小的洗碗刷，折射出的是基层治理的民生温度。
民生无小事，细节见真情。长者食堂的帮厨多是低龄老人，短柄刷子让他们腰酸背痛。基层干部在征求意见后换上长柄刷，看似微不足道，却回应了群众最真切的需求。
做好民生工作，要善于从小处着手。一些地方热衷于建大项目、搞大场面，却对群众身边的“小麻烦”视而不见。事实上，群众的获得感往往就藏在一把刷子、一个挂架这样的小事里。
做好民生工作，更要建立长效机制。换一次刷子容易，定期更换、分色使用、挂起晾干，靠的是制度化管理。只有把好做法固定下来，民生温度才能持久。
""",
    ),
    dict(
        slug="gkforum-text-interview-rinse-cups-junk",
        site="面试圈公考论坛 (invented, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.mianshiquan.net/bbs/t-40917.html",
        title="有人认为口腔诊所使用一次性漱口杯造成浪费，你怎么看？",
        record_title="【结构化·社会现象】有人认为口腔诊所使用一次性漱口杯造成浪费，你怎么看？（附我的答题提纲）",
        date=None,
        notes="exam forum as text: junk lines and junk glued after sentences; '6 天前' (no date); a "
        "reply-to-see line and a study-group ad after the answer",
        page="""
!m 面试圈公考论坛
!m 论坛首页 » 结构化面试 » 社会现象题
!t 【结构化·社会现象】有人认为口腔诊所使用一次性漱口杯造成浪费，你怎么看？（附我的答题提纲）
!m 楼主：面试不紧张　6 天前　阅读 944
!m 【我的作答】
{BODY}
!a ※ 回复本帖可查看名师点评
!w 想组队练面试的加群：面试圈互助群 563021874
!m 面试圈公考论坛 mianshiquan.net
""",
        junk=dict(lines=2, glued=2),
        body="""
我认为，口腔诊所使用一次性漱口杯首先是感染防控的需要，不能简单地说成浪费，但如何减少浪费也值得重视。
一方面，一次性漱口杯一人一用，能有效避免患者之间的交叉感染，这是医疗安全的底线，不能为了节约而降低标准。
另一方面，有些诊所使用的塑料杯用量大、难降解，确实给环境带来压力。
对此，我认为可以从三个方面改进：一是推广可降解纸杯，在保证安全的前提下减少塑料污染；二是按需取用，不提前大量接水摆放；三是加强医疗废物分类处置。
总之，安全和环保并不矛盾，关键在于找到两者的平衡点。
""",
    ),
]
