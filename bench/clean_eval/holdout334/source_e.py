"""holdout334, part E: trade associations, company sites, training schools, writing apps, exam forums.

Invented text (places, people, sites, URLs, phones and ids are made up); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="kunxi-muying-assoc-pledge-bristle-labels",
        site="昆溪市母婴用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.kxmyxh.example.cn/xhdt/changyi/2025/0328/64.html",
        title="关于规范奶瓶刷刷毛材质标注的倡议书",
        record_title="关于规范奶瓶刷刷毛材质标注的倡议书 - 协会倡议 - 昆溪市母婴用品行业协会",
        date="2025-03-28",
        notes="association site: a member-login row and a member hotline; the association's name at the top is "
        "also the signature (matched as head); a numbered list; signature date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>关于规范奶瓶刷刷毛材质标注的倡议书 - 协会倡议 - 昆溪市母婴用品行业协会</title></head>
<body>
<div class="xh-top">⟦m 昆溪市母婴用品行业协会⟧　<a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="xh-nav">⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 协会倡议⟧ ⟦m 标准规范⟧ ⟦m 会员风采⟧</div>
<div class="xh-loc">⟦m 位置：协会首页 ＞ 协会倡议⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-meta">⟦m 秘书处　2025-03-28　浏览 219⟧</p>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-foot">
<p>⟦m 会员服务专线：0917-3302688⟧</p>
<p>⟦m 协会地址：昆溪市凯城区商贸大厦9楼　陕ICP备22003816号⟧</p>
</div>
<script src="/js/member-login.js"></script>
</body>
</html>
""",
        body="""
全市母婴用品生产、经营企业：
近日，市市场监管部门抽检发现，部分奶瓶刷产品标签只标注“优质刷毛”“食品级材料”等笼统说法，未标明刷毛和刷头的具体材质，消费者难以辨别。为维护行业信誉，协会向全体会员单位倡议：
1.在产品标签或包装上如实标明刷毛材质（如尼龙、硅胶、海绵）和刷柄材质，不使用“食品级”等无依据的宣传用语。
2.标明建议更换周期，如“海绵刷头建议每月更换”。
3.每批产品出厂前做刷毛拉脱力检验，留存检验记录。
4.欢迎扫描协会官网首页二维码，领取奶瓶刷标签规范示例。
⟦a 会员单位登录后可在线签署本倡议⟧
昆溪市母婴用品行业协会
2025年3月28日
""",
    ),
    dict(
        slug="menchuang-assoc-minutes-guard-committee",
        site="昆溪市门窗幕墙行业协会 (invented, text page)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.kxmcmq.example.cn/news/hyjy/0411.html",
        title="防护网专业委员会第三次会议纪要",
        record_title="〖委员会纪要〗防护网专业委员会第三次会议纪要_昆溪市门窗幕墙行业协会",
        date="2025-04-09",
        date_also=["2025-04-11"],
        notes="association text page: the minutes' 时间/地点/主持/出席/记录 lines stay in the body, the 时间 line "
        "is the date, the page's date also accepted; a vote count",
        page="""
!m 昆溪市门窗幕墙行业协会
!m 首页 / 协会动态 / 会议纪要
!t 〖委员会纪要〗防护网专业委员会第三次会议纪要_昆溪市门窗幕墙行业协会
!m 秘书处发布　2025-04-11　阅读 167
{BODY}
!l 上一篇：2025年度会员大会通知
!l 下一篇：关于开展门窗安装质量月活动的通知
!m 会员入会咨询：0917-3315280
""",
        body="""
时间：2025年4月9日上午9:30
地点：协会三楼会议室
主持：专委会主任　熊建平
出席：专委会委员11人
记录：颜小雨
会议讨论了《隐形防护网安装服务规范（团体标准）》征求意见稿，形成如下意见：
一、同意将钢丝直径下限由1.2毫米提高到1.5毫米，间距上限定为5厘米。
二、同意在规范中增加“逃生口设置”一章，要求每户至少设置一处可快速开启的逃生口。
三、表决结果：应到委员11人，实到11人，同意10人，弃权1人，征求意见稿通过，报协会理事会审议。
""",
    ),
    dict(
        slug="jiebao-company-recall-nappy-bins-batches",
        site="洁宝塑业官网 (invented, company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.jiebao-plastic.example.cn/news/notice/2024/1106.html",
        title="关于召回部分批次脚踏式尿布桶的公告",
        record_title="关于召回部分批次脚踏式尿布桶的公告 - 新闻中心 - 洁宝塑业",
        record_date="2024-11-06",
        date="2024-11-06",
        notes="company site: a cookie notice, a service float and a 400 order line beside the recall line in the "
        "body; a batch table; scanning the label's code as content; date from the record",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>关于召回部分批次脚踏式尿布桶的公告 - 新闻中心 - 洁宝塑业</title></head>
<body>
<div class="c-top">⟦m 洁宝塑业　让家更洁净⟧　⟦m 订购热线 400-633-5510⟧</div>
<div class="c-nav">⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 售后服务⟧ ⟦m 关于洁宝⟧</div>
<div class="c-crumb">⟦m 首页 / 新闻中心 / 企业公告⟧</div>
<div class="c-news">
<h1>{T}</h1>
<p class="c-date">⟦m 2024-11-06　洁宝塑业　浏览：1,022⟧</p>
<div class="c-body">
{BODY}
</div>
</div>
<div class="c-float">⟦w 在线客服　工作日 8:30-17:30⟧</div>
<div class="c-cookie">⟦d 我们使用Cookie来改善您的浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<div class="c-foot">⟦m © 2024 鲍湖县洁宝塑业有限公司　鄂ICP备16007730号⟧</div>
<script>if(!localStorage.cookieOk){document.querySelector('.c-cookie').style.display='block'}</script>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，部分批次“洁宝”20升脚踏式尿布桶的踏板连杆存在断裂风险，踏板断裂后桶盖可能突然落下。为保障用户安全，我公司决定自即日起召回以下批次产品：
型号　生产批号　生产日期
JB-20A（白色）　JB2408112　2024年8月11日
JB-20A（粉色）　JB2408157　2024年8月15日
JB-20B（灰色）　JB2409023　2024年9月2日
用户可扫描桶底标签上的二维码查询产品批号，属于召回范围的，我公司将免费更换新品。召回专线：0714-3386220（每天8:00-20:00）。
给您带来的不便，我们深表歉意。
鲍湖县洁宝塑业有限公司
2024年11月6日
""",
    ),
    dict(
        slug="nuantu-company-letter-glove-clip-packaging",
        site="暖途日用品 (invented, company site, text page)",
        style="企业官网",
        genre="函",
        kind="notice",
        form="text",
        source="http://www.nuantu-daily.example.cn/news/gonggao/2025-08-12.html",
        title="关于手套夹产品包装变更的函",
        date="2025-08-12",
        notes="record title as is; a company's letter to distributors on its site, with a sales line and a "
        "back-to-top link; the letter's own contact in the body; signature date",
        page="""
!m 暖途日用品｜手套 · 手套夹 · 冬季护具
!m 首页　产品　经销合作　新闻公告　联系我们
{T}
!m 暖途日用品　新闻公告　2025-08-12
{BODY}
!a ↑ 回到页面顶部
!m 经销加盟热线：0739-6651178
!m 孟塘县暖途日用品有限公司 版权所有
""",
        body="""
各经销商：
为方便终端消费者识别和选购，我公司决定自2025年9月1日起对手套夹产品包装进行变更。现将有关事项函告如下：
一、变更内容。原透明吸塑包装改为纸卡挂钩包装，纸卡背面增加佩戴示意图和适用年龄提示；产品型号、规格和价格不变。
二、过渡安排。9月1日前发出的旧包装产品可正常销售，不做退换。新包装产品条码不变，各经销商无需重新录入系统。
三、宣传物料。新包装陈列海报将随9月首批货物一并寄出。
如有疑问，请与销售部联系，联系人：邵婷，电话：0739-6651206。
孟塘县暖途日用品有限公司
2025年8月12日
""",
    ),
    dict(
        slug="liye-school-brochure-guard-installer",
        site="鹏溪立业职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.pxliye.example.cn/zhaosheng/fhw-2025.html",
        title="隐形防护网安装工周末实训班招生简章",
        record_title="【暑期周末班】隐形防护网安装工周末实训班招生简章（满16人开班）- 鹏溪立业职业培训学校",
        date=None,
        notes="training-school brochure: a promo banner, a consult float and a 400 franchise line beside the "
        "school's 报名电话 in the body; a course table; no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【暑期周末班】隐形防护网安装工周末实训班招生简章（满16人开班）- 鹏溪立业职业培训学校</title></head>
<body>
<div class="s-banner">⟦l 暑期报名立减300元，老学员推荐再送工具包⟧</div>
<div class="s-head">⟦m 鹏溪立业职业培训学校⟧　⟦m 学一门手艺　吃一辈子饭⟧</div>
<div class="s-nav">⟦m 学校首页⟧ ⟦m 热门课程⟧ ⟦m 招生简章⟧ ⟦m 学员风采⟧ ⟦m 在线报名⟧</div>
<div class="s-art">
<h1>{T}</h1>
<div class="s-con">
{BODY}
</div>
<div class="s-sign"><a href="/baoming">⟦a 立即在线报名⟧</a></div>
</div>
<div class="s-float">⟦w 课程顾问在线答疑，点击咨询⟧</div>
<div class="s-foot">⟦m 全国招商加盟：400-186-7721⟧<br>⟦m 鹏溪立业职业培训学校　办学许可证号：教民143072270000319号⟧</div>
<script>setTimeout(function(){showConsult()},8000);</script>
</body>
</html>
""",
        body="""
随着高层住宅增多，隐形防护网安装需求旺盛，持证安装工供不应求。我校开设隐形防护网安装工周末实训班，小班教学，学完可参加县职业技能等级认定。
一、课程安排
课程　课时　内容
安全基础　8课时　高处作业安全、安全带系挂
材料识别　4课时　钢丝规格、配件质量判别
实操训练　20课时　打孔、张紧、逃生口设置
二、招生对象：18至50周岁，身体健康，无恐高症。
三、学费：2680元（含教材、实训耗材和认定报名费）。
报名地址：鹏溪县城南工业园区立业大楼二楼，报名电话：0736-7260318。
""",
    ),
    dict(
        slug="huiyu-trainee-insight-bottle-brush",
        site="颜川慧育家政培训学校 (invented, text page)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.ychuiyu.example.cn/xueyuan/xinde/0906.html",
        title="育婴师培训学习心得",
        date=None,
        notes="record title as is; a trainee's insight on a training school's page with a trial-lesson prompt and "
        "a consult line; no date",
        page="""
!m 颜川慧育家政培训学校 · 学员心声
!m 首页 > 学员天地 > 学员心声
{T}
!m 学员：裴小禾（第28期育婴师班）　　阅读 433
{BODY}
!a 预约一节免费试听课 →
!w 报名咨询请加课程老师微信 huiyu_laoshi
!l 更多学员心声：从宝妈到金牌月嫂｜我在慧育学催乳
""",
        body="""
参加育婴师培训一个月，我最大的感受是：照顾宝宝，细节真的太多了。
以前在家带孩子，奶瓶用开水一烫就算洗干净了。上了喂养课，老师让我们用放大镜看一把用了三个月的奶瓶刷，刷毛根部全是发黄的奶垢，大家都吓了一跳。老师说，刷子不干净，奶瓶刷得再用力也是白刷。
实操课上，我们练习了奶瓶清洗的全过程：先冲、再刷、后煮、最后晾，奶嘴要翻过来刷，瓶盖的螺纹也不能放过。老师一遍遍纠正我们的动作，直到每个人都做得规范为止。
这次培训让我明白，育婴师的专业，就体现在这一个个小细节里。
""",
    ),
    dict(
        slug="biyou-app-host-script-door-chains",
        site="笔友App (invented, writing app H5 share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.biyou-app.example.cn/share/doc?id=8840173",
        title="“安心门链进万家”志愿服务活动启动仪式主持词",
        record_title="“安心门链进万家”志愿服务活动启动仪式主持词（开场到结束全流程）· 笔友App",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold ('expand the rest'), an AI-rewrite button glued "
        "after a sentence; a host script without a date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>“安心门链进万家”志愿服务活动启动仪式主持词（开场到结束全流程）· 笔友App</title></head>
<body>
<div class="open-app-mask">⟦a 在笔友App内打开，体验更流畅⟧ <button>⟦a 去App里看⟧</button></div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 笔友·主持词库　1.4万人看过⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="fold">⟦a 展开剩余 40% 内容⟧</div>
<div class="doc-actions">⟦a 复制全文（会员）⟧ ⟦a 生成我的专属版本⟧</div>
</div>
<div class="recommend"><h3>⟦l 同类主持词⟧</h3><p>⟦l 敬老志愿服务启动仪式主持稿⟧</p><p>⟦l 社区平安建设宣传活动主持词⟧</p></div>
<div class="ft">⟦d 内容由用户创作或AI辅助生成，仅供参考⟧</div>
<script>document.querySelector('.open-app-mask').onclick=function(){location.href='biyou://doc/8840173'}</script>
</body>
</html>
""",
        body="""
尊敬的各位领导、各位志愿者、居民朋友们：
大家上午好！欢迎大家来到“安心门链进万家”志愿服务活动启动仪式现场。我是今天的主持人。
近年来，冒充公共服务人员入户行骗的事件时有发生，独居老人往往是受害者。一根小小的门链，能让老人在开门前多一道防线。今天，我们的志愿者将为辖区独居老人免费安装门链。⟦a AI帮我改写这段⟧
下面，首先请社区党委书记致辞，大家欢迎！
感谢书记的讲话。下面请五金商会代表向社区捐赠门链。
现在，我宣布：“安心门链进万家”志愿服务活动正式启动！请志愿者们分组出发，入户安装。
""",
    ),
    dict(
        slug="suxie-app-report-mall-cleaning-nappy-bins",
        site="速写稿App (invented, writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.suxiegao.example.cn/s/7Qe2Lk",
        title="商场保洁部主管2024年度述职报告",
        record_title="商场保洁部主管2024年度述职报告（改个名就能交）- 速写稿",
        date="2024-12-30",
        notes="writing-app text share: an open-in-app line, an AI-polish prompt glued after a sentence, a "
        "members-only copy line; the 述职 dated under the signature",
        page="""
!a 打开速写稿App，查看完整版
!m 速写稿 · 述职报告 · 热度 8.6万
!t 商场保洁部主管2024年度述职报告（改个名就能交）- 速写稿
{BODY}
!a 剩余内容已折叠　点击展开
!a 一键复制仅限会员，开通立享8折
!l 相似范文：物业保洁主管述职报告｜商场客服主管年终总结
""",
        body="""
各位领导、同事们：
2024年，我担任商场保洁部主管，带领28名保洁员负责商场六层营业区域的清洁工作。现将一年来的工作述职如下。
一、抓好重点区域。今年商场新开放两间母婴室，顾客对卫生要求高。我们把母婴室列为重点区域，每两小时巡查一次，尿布桶满三分之二即更换内衬袋，全年没有发生一起顾客投诉。⟦a ✨AI润色这一段⟧
二、规范作业流程。修订了保洁作业标准，编写了卫生间、母婴室、扶梯等8个区域的操作卡，组织培训12次。
三、控制耗材成本。通过统一采购尿布桶内衬袋、清洁剂等耗材，全年节约费用1.6万元。
明年，我将继续提升保洁服务质量。
述职人：鲍春燕
2024年12月30日
""",
    ),
    dict(
        slug="guoxian-forum-essay-invisible-net-jammer",
        site="过线论坛 (invented, civil-service exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.guoxian.example.cn/thread-417720-1-1.html",
        title="一张看不见的网",
        record_title="[第四周习作] 一张看不见的网（请老师们挑刺）- 申论交流 - 过线论坛",
        date=None,
        notes="exam forum thread: jammer fonts inside the essay, a reply-to-see prompt and a QQ-group ad; "
        "posted 6 天前: no date",
        page="""
<html>
<head><meta charset="utf-8"><title>[第四周习作] 一张看不见的网（请老师们挑刺）- 申论交流 - 过线论坛</title>
<style>.jammer{font-size:0}</style></head>
<body>
<div id="hd">⟦m 过线论坛　公考人的加油站⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 过线论坛 › 笔试专区 › 申论交流⟧</div>
<div class="qqgroup">⟦w 2025省考申论批改群：QQ 715302288，进群领范文⟧</div>
<div class="post">
<h1>⟦t [第四周习作] 一张看不见的网（请老师们挑刺）⟧</h1>
<div class="authi">⟦m 楼主：今年必过线　发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的范文批注需回复才能查看⟧</div>
<div class="rate">⟦l 评分：论坛币 +5　鼓励新人⟧</div>
</div>
<div class="reply">⟦l 沙发 小鹿申论：立意不错，第三段可以多举一个例子⟧</div>
<div id="ft">⟦m 过线论坛　Powered by 过线社区 X3.5⟧</div>
<div id="scrolltop">⟦a 回顶部⟧</div>
<script src="static/js/forum_viewthread.js"></script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
在城市高楼的窗外，越来越多地出现了一张张几乎看不见的网。细细的钢丝，挡住了孩子坠落的危险，却不遮挡窗外的风景。
这张网，首先是一张责任之网。儿童坠楼事故的背后，往往是监护的疏忽和防护的缺位。家长装上防护网，是对孩子的守护；社区主动上门宣传、免费检查，是对居民的守护。
这张网，也应是一张规范之网。一些防护网钢丝过细、封死逃生通道，一旦发生火灾，反而成为“困人网”。这就需要相关部门出台标准，规范产品质量和安装行为，让防护网既能防坠落，又能保逃生。
这张网，更应是一张共治之网。只有家庭尽责、企业守规、政府监管、社会参与，才能织密这张看不见的安全网，让每一扇窗都成为守护，而不是隐患。
""",
    ),
    dict(
        slug="gongkaoquan-forum-interview-door-chain-junk",
        site="公考圈论坛 (invented, exam forum, text page)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.gongkaoquan.example.cn/thread-88213-1-1.html",
        title="独居老人不愿装门链，你作为社区工作人员如何做工作？",
        record_title="【面试真题演练】独居老人不愿装门链，你作为社区工作人员如何做工作？ - 面试专区 - 公考圈论坛",
        date=None,
        notes="text exam-forum thread with a structured-interview answer; anti-scraping junk as a line and glued "
        "after 。; posted 2 天前: no date",
        page="""
!m 公考圈论坛 - 陪你一起上岸
!m 公考圈论坛 » 面试专区 » 结构化练习
!t 【面试真题演练】独居老人不愿装门链，你作为社区工作人员如何做工作？ - 面试专区 - 公考圈论坛
!m 楼主：裴小川　　2 天前　　查看 953　回复 14
{BODY}
!a 回复本帖　　收藏　　举报
!l 2楼 郭郭上岸：第三点很好，落到实处了
!w 面试一对一模考，加老师微信 gkq_mianshi
!m 公考圈论坛　Archiver｜手机版
""",
        junk=dict(lines=1, glued=2),
        body="""
我会从理解、沟通、落实三个方面做好这项工作。
首先，理解老人的顾虑。老人不愿装门链，可能是担心花钱、担心打孔破坏门，也可能觉得自己用不上。我会先上门听听老人的想法，不急于说服。
其次，有针对性地沟通。对担心花钱的，说明这次是社区免费安装；对担心破坏门的，请安装师傅现场讲解安装方法；对觉得用不上的，结合身边冒充人员入户诈骗的真实案例，讲清门链的作用。必要时请老人的子女、关系好的邻居帮忙做工作。
最后，尊重意愿、持续关心。老人同意的，安装后当场教会使用；仍不同意的，尊重老人意愿，把社区和网格员的电话写在卡片上贴在门后，并定期上门看望。
""",
    ),
]
