"""holdout381, part E: trade associations, company sites, training schools, writing apps, exam forums.

Invented text (places, people, sites, URLs, phones and chrome wording); see ../README.md and
../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="association-zhezhou-pledge-camera-bag-waterproof-labels",
        site="喆州市摄影器材行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.zzsyqc.org.cn/xhdt/2025/0523/226.html",
        title="关于相机包产品如实标注防水等级的倡议书",
        record_title="〔行业倡议·包袋类〕关于相机包产品如实标注防水等级的倡议书（请各会员单位传阅）_喆州市摄影器材行业协会",
        date="2025-05-20",
        date_also=["2025-05-23"],
        notes="trade association: a member-login row and a member hotline beside the secretariat's own phone in "
        "the body; the association's name is also the signature (head match); posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔行业倡议·包袋类〕关于相机包产品如实标注防水等级的倡议书（请各会员单位传阅）_喆州市摄影器材行业协会</title>
</head><body>
<div class="xh-top">⟦m 喆州市摄影器材行业协会⟧ <span>⟦m 服务会员 规范行业 共谋发展⟧</span></div>
<div class="xh-login">⟦a 会员单位账号 密码 登录 申请入会⟧</div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业自律⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 标准资料⟧</li></ul>
<div class="xh-art"><h1>{T}</h1>
<div class="xh-info">⟦m 发布日期：2025-05-23　来源：协会秘书处　点击：645⟧</div>
<div class="xh-con">
{BODY}
</div>
<div class="xh-share">⟦l 转发给同行：微信 ｜ 朋友圈 ｜ 复制链接⟧</div></div>
<div class="xh-side"><h3>⟦l 协会公告⟧</h3><ul><li>⟦l 关于缴纳2025年度会费的通知⟧</li><li>⟦l 第四届会员大会筹备情况通报⟧</li></ul>
<p>⟦m 会员服务专线：0731-5519000⟧</p></div>
<div class="xh-foot">⟦m 喆州市摄影器材行业协会秘书处　地址：喆州市五一路99号商会大厦8楼⟧<br>⟦m 湘ICP备17004490号⟧</div>
<script src="/xh/js/member.js"></script>
</body></html>
""",
        body="""
各会员单位、相机包生产和销售企业：
近年来，户外摄影持续升温，相机包的防水性能成为消费者选购的重要依据。但协会在市场调查中发现，部分产品随意标注“全防水”“暴雨级防水”等用语，实际仅为面料防泼水；部分网店页面的防水等级与产品吊牌不一致，引发消费纠纷。为维护行业信誉，协会向全体会员单位发出如下倡议：
一、如实标注。相机包的防水性能按实际检测结果标注，不使用“全防水”等无依据的宣传用语。
二、统一口径。产品吊牌、说明书和网店页面的防水等级保持一致。
三、主动送检。新款相机包上市前，送有资质的检测机构进行防水性能检测，检测报告留存备查。
四、妥善处理纠纷。因标注不实引发的投诉，会员单位应主动退换，不推诿、不拖延。
协会秘书处将于下半年组织一次会员产品抽查，结果在会员大会上通报。联系电话：0731-5519026。
喆州市摄影器材行业协会
2025年5月20日
""",
    ),
    dict(
        slug="association-chamber-minutes-shutter-cable-standard-record-title",
        site="喆州市影像器材商会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.zzyxqcsh.cn/huiyi/2025-04-14.html",
        title="关于《有线快门线通用技术要求》团体标准立项的理事会会议纪要",
        date="2025-04-12",
        notes="chamber of commerce as text, title from the record as is; the minutes' 时间/地点/主持/出席/列席/记录 "
        "lines and a vote count; the date is the 时间 line (the page's 发布 stamp is two days later: also accepted)",
        date_also=["2025-04-14"],
        page="""
!m 喆州市影像器材商会
!m 商会首页 / 商会动态 / 会议纪要
{T}
!m 发布：秘书处　2025-04-14　阅读 288
{BODY}
!a 会员可登录下载纪要原件（盖章版）
!l 往期纪要：第三届理事会第五次会议纪要
!m 商会秘书处电话：0731-5536600　邮箱：mishuchu@zzyxqcsh.cn
""",
        body="""
时间：2025年4月12日上午9:30
地点：商会会议室
主持：会长　倪书恒
出席：理事单位代表15人
列席：监事长、秘书处工作人员
记录：秘书处　杭知夏
会议听取了秘书处关于制定《有线快门线通用技术要求》团体标准的立项说明。秘书处介绍，目前市面上有线快门线的接口类型、线材和插拔寿命缺乏统一要求，会员企业产品质量参差不齐，消费者投诉较多。
与会理事围绕标准的适用范围、插拔寿命指标和起草单位进行了讨论。理事们一致认为，插拔寿命不应低于5000次，并建议将无线快门线列入下一步标准制定计划。
会议以举手方式表决，15名理事中14票赞成、1票弃权，同意该团体标准立项，由秘书处牵头，喆州市声屏科技有限公司等3家会员企业参与起草，力争年底前发布。
""",
    ),
    dict(
        slug="company-yunying-wireless-shutter-cable-launch",
        site="澐影科技 (invented company site)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.yunyingtech.com/news/2025/0818.html",
        title="澐影科技推出可视化无线快门线YX-3",
        record_title="新品亮相丨澐影科技推出可视化无线快门线YX-3 - 澐影科技官网",
        record_date="2025-08-18",
        date="2025-08-18",
        notes="company site: date in the record; the title repeated and glued before the lead's first words; a cookie "
        "notice, a 400 order line and a service float; the company's short name in the page head is also in the "
        "body (head match)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新品亮相丨澐影科技推出可视化无线快门线YX-3 - 澐影科技官网</title>
<script src="/assets/site.bundle.js" defer></script>
</head><body>
<div class="cookie">⟦d 本站使用 Cookie 改善浏览体验，继续浏览即表示您同意我们的隐私条款⟧ <button>⟦a 知道了⟧</button></div>
<header><a class="logo">⟦m 澐影科技⟧</a><nav>⟦m 产品中心 · 新闻动态 · 服务支持 · 关于澐影⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 产品动态⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 2025.08.18 · 市场部⟧</div>
<div class="content">
{BODY}
</div></article>
<div class="rel"><h4>⟦l 相关产品⟧</h4><ul><li>⟦l YX-2 有线定时快门线⟧</li><li>⟦l 快门线转接头套装⟧</li></ul></div>
<div class="kefu">⟦w 在线客服 · 工作日 9:00-18:00 · 点击咨询⟧</div>
<footer>⟦m 订购热线：400-810-2025⟧　⟦m © 2025 喆州澐影科技有限公司　湘ICP备21009352号⟧</footer>
</body></html>
""",
        body="""
⟦t 澐影科技推出可视化无线快门线YX-3⟧8月18日，澐影科技在喆州发布新一代可视化无线快门线YX-3。与上一代产品相比，YX-3在遥控器上增加了一块1.3英寸彩色屏幕，拍摄者可以在遥控器上直接查看构图和曝光参数。
YX-3支持延时拍摄、B门定时和间隔拍摄三种模式，最大遥控距离达到80米，可适配市面上主流品牌的40余款机身。遥控器内置锂电池，充满电后可连续使用约20小时。
澐影科技产品经理表示，这款快门线主要面向野生动物拍摄和天文摄影爱好者，拍摄者不必守在相机旁边，就能远距离确认画面后再按下快门。
YX-3即日起在各大电商平台开售，首批用户可免费获得一年延保服务。
""",
    ),
    dict(
        slug="company-nuanling-recall-foot-warmers-batches",
        site="暖伶电器有限公司 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.nuanling.com.cn/gonggao/20250120.html",
        title="关于召回部分批次充电式暖脚宝的公告",
        date="2025-01-20",
        notes="company site as text, title from the record; a recalled-batches table; a sentence telling buyers to "
        "scan the code under the product (content); the recall line beside the 400 order line",
        page="""
!m 暖伶电器 · 冬天里的小太阳
!m 首页　产品　公告　售后　联系我们
{T}
!m 发布时间：2025-01-20　编辑：品控部
{BODY}
!m 产品订购：400-731-8866
!a 在线登记召回 >>
!d ©暖伶电器有限公司　本公告最终解释权依照国家召回管理规定执行
""",
        body="""
尊敬的消费者：
暖伶电器有限公司在内部质量抽检中发现，2024年10月至11月生产的部分批次充电式暖脚宝，其充电保护电路板存在设计缺陷，在长时间充电的极端情况下可能导致外壳过热，存在烫伤风险。为保障消费者安全，公司决定主动召回上述产品。
召回范围如下：
型号　生产批号　数量（台）
NL-208　20241012—20241030　3260
NL-210　20241105—20241128　1847
请消费者立即停止使用上述产品，并拨打召回专线或扫描产品底部的二维码登记。公司将为消费者免费更换新一代产品，并承担往返运费。
召回专线：0731-5508326（每天8:00—20:00）。
暖伶电器有限公司
2025年1月20日
""",
    ),
    dict(
        slug="training-shengtai-teleprompter-course-brochure",
        site="声台口播学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.shengtaikoubo.com/kecheng/tici-2025.html",
        title="提词器口播速成班招生简章",
        record_title="【周末双日班】提词器口播速成班招生简章（12人小班）｜声台口播学堂",
        date=None,
        notes="training school: a promo banner, a franchise line and a consult float beside the course's own "
        "报名电话; a scan-to-sign-up sentence (content); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【周末双日班】提词器口播速成班招生简章（12人小班）｜声台口播学堂</title>
</head><body>
<div class="px-banner">⟦a 老学员带新学员，两人同报立减200元⟧</div>
<div class="px-head">⟦m 声台口播学堂⟧ <span>⟦m 让每个人都敢对着镜头说话⟧</span></div>
<ul class="px-nav"><li>⟦m 课程体系⟧</li><li>⟦m 师资⟧</li><li>⟦m 学员作品⟧</li><li>⟦m 校区⟧</li></ul>
<div class="px-art"><h1>{T}</h1>
<div class="px-con">
{BODY}
</div>
<div class="px-qr">⟦a [报名二维码]⟧</div></div>
<div class="px-side"><h4>⟦l 热门课程推荐⟧</h4><p>⟦l 短视频出镜表现力训练营⟧</p><p>⟦l 主持人即兴口才提升课⟧</p></div>
<div class="px-join">⟦w 城市合伙人招募 · 加盟热线 400-996-1733⟧</div>
<div class="px-float">⟦w 课程顾问在线 · 免费试听一节⟧</div>
<div class="px-foot">⟦m 声台口播学堂（喆州校区）　喆州市彧城区建设路36号3楼⟧</div>
<script src="https://kf.shengtaikoubo.com/float.js"></script>
</body></html>
""",
        body="""
一、课程简介
本课程面向企业宣传、短视频创作和基层宣讲人员，帮助学员在短时间内掌握看提词器口播的基本方法，做到不看稿、不僵硬、不念错。
二、课程内容
1.提词器的原理和使用：分光玻璃、字幕大小、滚动速度的设置。
2.看屏不盯屏：视线落点训练，避免眼球左右移动。
3.语气和停连：把书面稿改成口语稿，读出对话感。
4.实战录制：每位学员在演播室完成3条口播作品。
三、上课安排
每期8课时，周六、周日两天上完，每班限招12人。
四、报名方式
扫描下方二维码填写报名表，或拨打报名电话0731-5523817。
""",
    ),
    dict(
        slug="training-shengguang-field-class-camera-bag-packing",
        site="昇光摄影培训学校 (invented)",
        style="培训机构",
        genre="学员须知",
        kind="notice",
        form="text",
        source="http://www.sgsypx.cn/tongzhi/waipai-0607.html",
        title="外拍课相机包装包清单及学员须知",
        record_title="【外拍课通知】外拍课相机包装包清单及学员须知 - 昇光摄影培训学校",
        date=None,
        notes="training school as text: a pinned-notice tag glued before the salutation; a numbered packing list; no "
        "date (a weekday only); a sign-up notice between paragraphs and a course ad and a consult line at the bottom",
        page="""
!m 昇光摄影培训学校 · 学员服务
{T}
!m 班级：入门周末班第18期　　通知人：助教 小夏
{BODY}
!w 想进阶学风光后期？加助教微信 sgsy_xiaoxia 领试听课
!l 往期外拍作品展 ＞＞
!m 昇光摄影培训学校　咨询：0739-6247706
""",
        body="""
⟦m 【班级群公告·已置顶】⟧各位学员：
本周六上午的外拍课在澐水湿地公园进行，请大家提前按下面的清单整理好相机包，避免到了现场才发现缺东少西。
1.相机机身一台，电池充满并带一块备用电池。
2.镜头一到两只，建议带一只广角和一只中长焦。
3.存储卡两张，出发前清空或格式化。
4.镜头布、气吹各一个，放在相机包侧袋，方便随时取用。
5.雨罩一个，湿地风大，天气多变。
⟦a 〔本期外拍课报名已满，下期请提前抢位〕⟧
装包时，重的镜头放在靠背的一侧，相机单独放在中间隔层，隔板要卡紧，防止走动时器材互相碰撞。
集合时间：周六早上7:30，学校门口上车，过时不候。
没有相机包的学员可以向助教借用，数量有限，请提前在班级群里登记。
""",
    ),
    dict(
        slug="writingapp-miaobi-host-script-bead-curtain-base",
        site="妙笔速写 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.miaobisuxie.com/share/doc?id=7730215&from=wx",
        title="珠帘编织技艺传承基地揭牌仪式主持词",
        record_title="珠帘编织技艺传承基地揭牌仪式主持词（精编串词）｜妙笔速写",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold prompt, AI buttons and a member line; a host script "
        "with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>珠帘编织技艺传承基地揭牌仪式主持词（精编串词）｜妙笔速写</title>
<script src="https://cdn.miaobisuxie.com/h5/share.4e21.js"></script>
</head><body>
<div class="mb-mask">⟦a 打开妙笔速写APP，写稿快人一步⟧ <button>⟦a 立即打开⟧</button></div>
<div class="mb-doc"><h2>{T}</h2>
<p class="mb-meta">⟦m 妙笔速写 · 主持串词库　｜　1.3万人用过⟧</p>
<div class="mb-ai">⟦a ✦AI一键改写　✦AI换个场合⟧</div>
<div class="mb-body">
{BODY}
</div>
<div class="mb-fold">⟦a 余下内容已折叠，在APP内继续阅读⟧</div>
<div class="mb-vip">⟦a 开通妙笔会员，全库串词随便用⟧</div></div>
<div class="mb-like"><h4>⟦l 同场景串词⟧</h4><p>⟦l 非遗工坊开工仪式主持词⟧</p><p>⟦l 乡村振兴车间揭牌串词⟧</p></div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，乡亲们：
大家上午好！一挂珠帘，穿起的是老手艺，也穿起了乡亲们的好日子。今天，我们在这里隆重举行伶塘镇珠帘编织技艺传承基地揭牌仪式。
首先，请允许我介绍出席今天仪式的领导和嘉宾：县文化和旅游局、伶塘镇党委政府的领导，县职业学校的老师，以及珠帘编织技艺的老艺人代表。让我们以热烈的掌声表示欢迎！
下面进行第一项：请镇党委书记致辞。
感谢书记的讲话。下面进行第二项：请老艺人代表、七十六岁的易秀英老人讲话。
谢谢易奶奶！下面进行第三项：请各位领导和老艺人代表共同为传承基地揭牌。
各位来宾，乡亲们，传承基地揭牌了，我们的老手艺有了新家。希望年轻人多来学、多来编，让珠帘越编越美，日子越过越红火。揭牌仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="writingapp-wengao-volunteer-insight-oneline",
        site="文稿速成 (invented writing app)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.wengaosucheng.com/app/share/553012",
        title="参加社区“暖脚宝进万家”志愿服务心得",
        record_title="参加社区“暖脚宝进万家”志愿服务心得（三点收获版）· 文稿速成",
        date=None,
        notes="writing app as text: the whole body on one line (paragraphs apart only by their indent); an "
        "open-app prompt, a word count and a rewrite button; no date",
        page="""
!a 在文稿速成APP中打开，阅读体验更佳
!m 文稿速成 · 心得体会频道
{T}
!m 约 420 字　｜　已被收藏 806 次
{BODY}
!a ✎ 一键换成我的经历
!a 打开APP，查看更多志愿服务心得
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
这个冬天，我第一次作为志愿者参加了社区组织的“暖脚宝进万家”活动，跟着社工一起给独居老人送暖脚宝。几次入户下来，收获很多。
一是志愿服务要细心。有位老奶奶拿到暖脚宝后不会用，我们反复教了三遍，又把操作步骤写在纸上贴在她床头。做志愿服务，光把东西送到还不够，得让老人真正用得上、用得安全。
二是小事里有大温暖。暖脚宝不值多少钱，可老人们拉着我们的手不肯放，说好久没人来家里坐坐了。我这才明白，老人更需要的是有人陪、有人问。
三是服务要长久。活动结束了，但我和两位老人约好，每个月去看看他们。今后我会继续参加社区志愿服务，把这份温暖传下去。
""",
    ),
    dict(
        slug="examforum-shangan-essay-teleprompter-jammer",
        site="上岸研习社 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyxs.com/thread-471182-1-1.html",
        title="离开提词器，干部该怎样讲话",
        record_title="〔申论佳作互评〕离开提词器，干部该怎样讲话（限时回复可见）- 申论交流区 - 上岸研习社",
        date=None,
        notes="exam forum with jammer fonts: a reply-to-see prompt, a rating row, a QQ-group ad and a signature; "
        "posted 6 天前 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>〔申论佳作互评〕离开提词器，干部该怎样讲话（限时回复可见）- 申论交流区 - 上岸研习社</title>
<style>.jammer{font-size:0;color:transparent}</style>
</head><body>
<div id="hd">⟦m 上岸研习社 · 公考人互助社区⟧ <a>⟦a 签到⟧</a> <a>⟦a 我的帖子⟧</a></div>
<div id="pt">⟦m 上岸研习社 › 申论交流区 › 习作互评⟧</div>
<div class="pl"><div class="pls">⟦m 一稿过岸⟧<br>⟦m 上岸值 2210　精华 6⟧</div>
<div class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 6 天前　来自 电脑端⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 【本帖附带评分细则，回复后方可查看】⟧</div>
<div class="rate">⟦l 评分人数 12　研习币 +48　「写得扎实，值得背诵」⟧</div>
<div class="sign">⟦m 不上岸，不改签名⟧</div></div></div>
<div class="qqad">⟦w 申论批改群：483 207 915（备注研习社）⟧</div>
<div class="side"><h4>⟦l 本版热帖⟧</h4><p>⟦l 2025省考申论大作文题目汇总⟧</p></div>
<div id="ft">⟦m Powered by Discuz!　上岸研习社 shanganyxs.com⟧</div>
<script src="data/cache/common_smilies_var.js"></script>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
前不久，某地一位干部在群众会上照着提词器念稿，把“提词器故障”的提示语也一并念了出来，引发网友热议。笑过之后，这件事值得我们深思：离开了提词器，干部该怎样讲话？
讲话要有真功夫。提词器本是辅助工具，用好了可以让表达更流畅，但如果把它当成“救命稻草”，离了它就张不开嘴，说明对工作不熟悉、对情况不掌握。干部讲话的底气，来自平时的调查研究和实践积累。
讲话要有真感情。群众愿意听的，不是一字不差的官样文章，而是带着温度的大白话。眼睛盯着屏幕，就看不见台下群众的表情，也就很难讲到群众心坎里。
讲话要有真担当。脱稿讲话难免说错，但敢于脱稿，本身就是一种担当。对讲话中的小瑕疵，应当多一些包容，让干部敢讲话、会讲话、讲真话。
提词器可以帮干部把话说顺，却不能替干部把事想明白。少一些照本宣科，多一些真情实感，干部讲话才能赢得群众的掌声。
""",
    ),
    dict(
        slug="examforum-zhuanjia-interview-bead-curtain-junk",
        site="面试砖家 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.mianshizhuanjia.com/bbs/t-22817.html",
        title="古镇要求商户统一悬挂珠帘引发争议，你怎么看？",
        record_title="【面试真题每日练】古镇要求商户统一悬挂珠帘引发争议，你怎么看？- 结构化面试 - 面试砖家",
        date=None,
        notes="exam forum as text with junk lines and glued junk; a model answer; posted 昨天 (no date); a "
        "course ad and replies",
        page="""
!m 面试砖家 › 结构化面试 › 每日一练
!t 【面试真题每日练】古镇要求商户统一悬挂珠帘引发争议，你怎么看？
!m 楼主：砖家助教阿杰　发表于 昨天 07:05　围观 1432
{BODY}
!w 1对1面试模拟，限时体验价99元，私信助教预约
!l 1楼 考碗人：第三点的补贴思路可以借鉴
!l 2楼 橘子汽水：打卡，今天也练了
!a 回复本帖需要先绑定手机号
!m 面试砖家 mianshizhuanjia.com
""",
        junk=dict(lines=2, glued=3),
        body="""
【参考作答】
古镇统一商户门头风貌，初衷是好的，但要求所有商户统一悬挂珠帘引发争议，说明这项措施在制定和执行中还有值得改进的地方。
一方面，要肯定其积极意义。珠帘是当地的传统手艺，统一悬挂既能营造古镇风貌，也能带动珠帘编织产业，增加手艺人收入。
另一方面，也要看到存在的问题。有的商户经营餐饮，珠帘容易沾油积灰；有的店铺门面窄，珠帘影响顾客进出；费用由商户自行承担，也加重了经营负担。“一刀切”的做法容易让好事办不好。
对此，我认为可以从三个方面改进：一是充分听取商户意见，分区域、分业态提出风貌指引，而不是硬性规定；二是对选择悬挂珠帘的商户给予一定补贴，并组织手艺人上门安装维护；三是加强宣传，讲清古镇风貌提升的意义，争取商户和游客的理解支持。
""",
    ),
]
