"""holdout89, part E. Invented text."""

CASES = [
    dict(
        slug="assoc-html-fan-association-annual-report",
        site="箴川县制扇行业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://www.zcshanxie.org/xhdt/2025/0110.html",
        title="箴川县制扇行业协会第二届理事会工作报告",
        record_title="【协会动态】箴川县制扇行业协会第二届理事会工作报告",
        date="2025-01-10",
        notes="association site with member-login row; date under the title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>箴川县制扇行业协会第二届理事会工作报告</title></head><body>
<div class="top">⟦a 会员登录　|　入会申请⟧</div>
<div class="hd">⟦m 箴川县制扇行业协会⟧　⟦m 传承扇艺　服务会员⟧</div>
<div class="nav">⟦m 协会简介　协会动态　会员风采　政策法规⟧</div>
<h1>{T}</h1>
<p>——在第三次会员代表大会上</p>
<p>会长　钟丽娟</p>
<p>（2025年1月10日）</p>
{BODY}
<div class="next">⟦l 下一条：关于缴纳2025年度会费的通知⟧</div>
<div class="ft">⟦m 协会地址：箴川县古镇街道扇子巷3号　浙ICP备16032211号⟧</div>
</body></html>
""",
        body="""
各位代表：
本届理事会任期五年来，协会会员从31家增加到62家，全县折扇年产值由1.2亿元增长到2.6亿元。
我们推动注册了“箴川折扇”地理标志证明商标，组织会员参加展会19次，举办制扇技艺比赛3届。
今后，协会将重点抓好标准制定和青年匠人培养，让箴川折扇走得更远。
""",
    ),
    dict(
        slug="assoc-text-snowmobile-pledge",
        site="篌山县冰雪运动协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.hsbingxue.org.cn/news/73.html",
        title="雪地摩托安全文明驾驶倡议书",
        date="2024-12-20",
        notes="association initiative; signature date; share bar and copyright",
        page="""
!m 篌山县冰雪运动协会官网
!m 网站首页 ＞ 协会公告
{T}
!m 点击数：207　录入时间：2024-12-21
{BODY}
!l 分享：微信｜微博｜复制链接
!m 版权所有 篌山县冰雪运动协会 2019-2025
""",
        indent="　　",
        body="""
广大冰雪运动爱好者：
为营造安全、文明的冰雪运动环境，我们发出如下倡议：
一、不酒后驾驶，不在林区、冰面等非开放区域驾驶雪地摩托。
二、爱护林草植被，不随意碾压防护林带。
三、相互礼让，遇到滑雪者和行人主动减速避让。
篌山县冰雪运动协会
2024年12月20日
""",
        date_also=["2024-12-21"],
    ),
    dict(
        slug="corp-html-trolleybus-company-news-cookie",
        site="箜阳市公共交通集团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kygjjt.com/news/company/2025/1102.html",
        title="首批12辆新能源无轨电车投入运营",
        date="2025-10-30",
        record_date="2025-10-30",
        notes="corporate site with cookie banner; byline date is the page date; hotline footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>首批12辆新能源无轨电车投入运营 - 箜阳公交集团</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意。⟧⟦a 我知道了⟧</div>
<div class="hd">⟦m 箜阳公交集团⟧　⟦m 首页　关于我们　线路查询　新闻中心　联系我们⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 新闻中心 / 2025-10-30 / 宣传部⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：集团开展消防应急演练　　下一篇：暂无⟧</div>
<div class="ft">⟦m 客服热线 0371-96166　© 箜阳市公共交通集团有限公司⟧</div>
</body></html>
""",
        body="""
10月30日，首批12辆新能源无轨电车在5路线路投入运营。
新车采用“双源”技术，离开触网后可依靠车载电池行驶15公里，解决了老城区架线难的问题。
车内设有低地板和轮椅固定装置，方便老年人和残障乘客乘车。集团计划明年再更新30辆。
""",
    ),
    dict(
        slug="corp-html-heritage-railway-timetable",
        site="筠溪森林铁路有限公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.junxisenlintielu.com/notice/2025-summer.html",
        title="2025年暑期蒸汽小火车运行时刻公告",
        record_title="【公告】2025年暑期蒸汽小火车运行时刻公告",
        date="2025-06-25",
        notes="corporate site with shop link; timetable table; booking mini-program sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>筠溪森林铁路 - 公告</title></head><body>
<div class="hd">⟦m 筠溪森林铁路⟧ ⟦m 坐一次蒸汽小火车，回到五十年代⟧ ⟦a 在线商城⟧</div>
<div class="nav">⟦m 首页　线路介绍　票务信息　公告　联系我们⟧</div>
<h2>{T}</h2>
<div class="d">⟦m 发布：2025-06-25⟧</div>
{BODY}
<div class="svc">⟦w 票务客服（9:00-17:00）：0731-2219888⟧</div>
<div class="ft">⟦m 筠溪森林铁路有限公司 版权所有⟧</div>
</body></html>
""",
        body="""
7月1日至8月31日，蒸汽小火车每日开行以下班次：
车次　发车站　发车时间
Y1　筠溪站　09:30
Y3　筠溪站　14:00
游客可通过“筠溪森铁”小程序提前购票，每天限售600张。
如遇雷雨天气停运，将提前在小程序发布通知，已购票款原路退回。
筠溪森林铁路有限公司
2025年6月25日
""",
    ),
    dict(
        slug="training-html-fan-painting-course",
        site="墨扇艺术培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.moshanart.com/course/summer2025.html",
        title="2025年暑期少儿扇面绘画班招生简章",
        record_title="2025年暑期少儿扇面绘画班招生简章（名额有限）_墨扇艺术",
        date=None,
        notes="training school with float box; no date in the document; fee table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年暑期少儿扇面绘画班招生简章（名额有限）_墨扇艺术</title></head><body>
<div class="hd">⟦m 墨扇艺术培训中心⟧ ⟦a 免费试听⟧ ⟦a 在线报名⟧</div>
<div class="nav">⟦m 首页　课程体系　师资力量　学员作品⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 课程顾问在线，点击咨询 ▶⟧</div>
<div class="ft">⟦m 墨扇艺术培训中心　地址：箴川县文昌路18号2楼⟧</div>
<script>window.kefuId='ms001';</script>
</body></html>
""",
        body="""
一、招生对象：7至12岁少年儿童，零基础可报。
二、课程安排：
班级　时间　学费
上午班　7月8日至8月2日　1280元
下午班　7月8日至8月2日　1280元
三、课程包含扇面、颜料和装裱材料，结课作品由学员带回。
四、报名请携带学生一寸照片一张到前台办理。
""",
    ),
    dict(
        slug="training-text-snowmobile-instructor-plan",
        site="北国冰雪技能培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.beiguobx.com/peixun/jiaolian-2024.html",
        title="雪地摩托带客教练岗前培训计划",
        record_title="雪地摩托带客教练岗前培训计划 | 北国冰雪技能培训学校",
        date="2024-11-18",
        notes="training school; float ad chrome between paragraphs; table",
        page="""
!m 北国冰雪技能培训学校　|　招生热线常年开通
!m 首页 > 培训项目 > 雪地摩托
{T}
{BODY}
!w 报名咨询：0453-7335210　微信：beiguo_bx
!l 热门课程：单板滑雪教练　冰上救援
""",
        body="""
一、培训目标：使学员掌握雪地摩托驾驶、带客讲解和应急救护技能。
⟦a 立即领取试学名额，前20名减免报名费⟧
二、课程安排：
科目　学时
驾驶技能　24
安全讲解　8
急救与救援　8
三、考核合格者由学校颁发结业证书。
北国冰雪技能培训学校
2024年11月18日
""",
    ),
    dict(
        slug="fanwenapp-herbarium-volunteer-insight",
        site="笔速写作APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://share.bisuxiezuo.com/s/a8Kx21",
        title="标本馆志愿服务心得体会",
        record_title="标本馆志愿服务心得体会（精选3篇）",
        date=None,
        notes="writing-app reading mode; VIP unlock prompt between paragraphs; no date",
        page="""
!m 笔速写作 · 阅读模式
!t 标本馆志愿服务心得体会（精选3篇）
!m 1.6万人已阅读　　AI润色　　一键套用
{BODY}
!a 打开笔速写作APP，复制全文无限制
!l 猜你想写：图书馆志愿服务心得　博物馆讲解员心得
""",
        body="""
参加标本馆的志愿服务，让我第一次近距离接触了植物分类学。
每天整理标本时，老师都会讲一个标本背后的故事，有的是几十年前的采集经历，有的是一次新物种的发现。
⟦a 剩余2篇范文会员可见，开通VIP立即解锁⟧
这段经历让我懂得，科学研究需要耐心和坚持，也需要一代代人的接力。
""",
    ),
    dict(
        slug="fanwenapp-trolleybus-driver-report",
        site="公文快写APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gwkuaixie.cn/read/77120",
        title="电车驾驶员个人述职报告",
        date="2025-01-05",
        notes="app share page; Chinese-numeral date under the signature",
        page="""
!m 公文快写
!m 述职报告 · 交通运输
{T}
!a 下载APP查看完整版　|　一键生成同类文章
{BODY}
!a 喜欢就收藏吧　♡ 收藏
!d 内容来自用户投稿，如有侵权请联系客服删除。
""",
        body="""
本人于2019年入职电车分公司，现担任5路电车驾驶员。
一年来，我安全行驶4.2万公里，无责任事故，乘客表扬3次。遇到集电杆脱线，能在三分钟内完成复位。
不足之处是对新能源车型的熟悉程度还不够，下一步我将认真参加培训，做一名让乘客放心的驾驶员。
述职人：曹明
二〇二五年一月五日
""",
    ),
    dict(
        slug="gkforum-tangerine-ecommerce-interview-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="post",
        form="text",
        source="http://bbs.shanganok.com/thread-33012-1-1.html",
        title="结构化面试热点：如何看待果农直播卖橘子",
        record_title="[面试热点] 结构化面试热点：如何看待果农直播卖橘子 - 上岸公考论坛",
        date="2025-11-08",
        notes="exam forum with junk; 发表于 line is the page date",
        page="""
!m 上岸公考论坛 » 面试交流 » 热点素材
!t [面试热点] 结构化面试热点：如何看待果农直播卖橘子
!m 发表于 2025-11-08 07:55 | 只看该作者 | 倒序浏览
{BODY}
!l 回复可见更多答题思路　　收藏(41)
!w 面试一对一辅导，私信版主
""",
        junk=dict(lines=1, glued=2),
        body="""
参考答题思路：
果农直播卖橘子，是数字经济助力乡村振兴的生动体现。它减少了中间环节，让果农增收、让消费者得实惠。
但也要看到，部分直播存在以次充好、夸大宣传等问题，损害了产地品牌。
对此，一要加强电商培训，二要建立分级标准和溯源体系，三要加强平台监管。
""",
    ),
    dict(
        slug="gkforum-locomotive-tourism-essay",
        site="申论研习社论坛 (invented)",
        style="公考论坛",
        genre="文章",
        kind="post",
        form="text",
        source="https://www.shenlunyx.com/forum/t/9921",
        title="申论范文：让老火车开出新风景",
        date=None,
        notes="exam forum essay; no date (only an edited note); wrapped",
        page="""
!m 申论研习社 ＞ 范文精讲
{T}
!m 楼主　笔锋　｜　已编辑
{BODY}
!l 顶　踩　收藏　|　共8条回复
!a 登录后可下载本帖PDF
""",
        wrap=64,
        indent="  ",
        body="""
一列冒着白烟的蒸汽小火车，载着游客穿行在林海之间。曾经的森林运材铁路，如今成了游客追逐的风景。
老火车开出新风景，关键在于保护与利用并重。保护是前提，守住机车和线路的历史风貌；利用是路径，让工业遗产融入文旅产业。
让老物件讲好新故事，乡村的发展就多了一条轨道。
""",
    ),
]
