"""holdout294, part E: residents' sites, trade associations, company sites, training schools, writing apps,
civil-service-exam forums.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="community-taxi-pledge-window-flowers-safety",
        site="沓溪社区居委会网站 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.taxi-shequ.org.cn/tzgg/20250116/318.html",
        title="“贴窗花·迎新春·守安全”倡议书",
        record_title="〖社区倡议〗“贴窗花·迎新春·守安全”倡议书 - 沓溪社区居委会",
        date="2025-01-15",
        date_also=["2025-01-16"],
        notes="a residents' site with a weather line, a grid worker's box and a property duty line; sharing the pledge "
        "to building groups as content; the posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖社区倡议〗“贴窗花·迎新春·守安全”倡议书 - 沓溪社区居委会</title>
<script src="/static/js/weather.js"></script>
</head><body>
<div class="top">⟦m 沓溪社区居委会⟧ <span class="weather">⟦m 沓溪今日　小雪　-5℃～1℃⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 党建园地⟧</li><li>⟦m 便民办事⟧</li><li>⟦m 邻里圈⟧</li></ul>
<div class="pos">⟦m 首页 » 社区公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="sub">⟦m 发布：社区居委会　2025-01-16　阅读 612⟧</div>
<div class="con">
{BODY}
</div>
<div class="like">⟦a 点赞 88　转发到邻里圈⟧</div>
</div>
<div class="grid-box"><h4>⟦l 我的网格员⟧</h4><p>⟦w 第七网格　魏巧云　138-3971-2046⟧</p></div>
<div class="wuye"><p>⟦m 物业报修（24小时）：0397-6345888⟧</p></div>
<div class="foot">⟦m 沓溪社区党群服务中心　地址：沓溪路100号⟧　⟦m 豫ICP备20045103号⟧</div>
</body></html>
""",
        body="""
亲爱的居民朋友们：
新春将至，贴窗花、挂灯笼是我们迎接新年的好传统。为让大家过一个喜庆、安全、文明的春节，沓溪社区居委会向全体居民发出如下倡议：
一、贴出年味。社区将于1月18日在党群服务中心免费发放窗花和春联，每户限领一套，欢迎大家带着孩子一起来学剪窗花。
二、守住安全。张贴窗花请用胶带或浆糊，不要站在窗台、阳台护栏上操作；楼道内严禁燃放烟花爆竹，不在楼道堆放杂物。
三、文明过节。节后请及时清理破损窗花和春联纸屑，垃圾分类投放。
欢迎大家把这份倡议分享到楼栋群，邻里之间相互提醒。
沓溪社区居民委员会
2025年1月15日
""",
    ),
    dict(
        slug="community-puwan-notice-cotton-shoes-elderly",
        site="濮湾邻里服务网 (invented street-office site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.puwan-linli.cn/jdtz/2024/1120/88.html",
        title="关于为辖区独居老人登记领取冬季棉鞋的通知",
        record_title="【送鞋上门】关于为辖区独居老人登记领取冬季棉鞋的通知｜濮湾邻里服务网",
        date="2024-11-20",
        notes="the street office's own 联系电话 stays beside a property duty line and a grid worker's "
        "mobile; a reading-size row",
        page="""
!m 濮湾邻里服务网 · 濮湾街道办事处
!m 首页 ／ 街道通知 ／ 民政服务
{T}
!m 2024-11-20　街道民政办　阅读 455
!a 阅读字号：标准 ｜ 放大 ｜ 特大
{BODY}
!m 物业服务中心值班：0397-6345666
!w 有事找网格：网格员庹丽 139-0397-5521
!l 往期通知：濮湾街道冬季燃气安全入户检查安排
!m 濮湾街道办事处 主办
""",
        indent="\u3000\u3000",
        body="""
各社区居委会、辖区居民：
为让辖区独居老人温暖过冬，街道联合辖区爱心企业开展“暖冬送鞋”活动，为70周岁以上独居老人免费发放棉鞋一双。现将登记事项通知如下：
一、登记时间：11月21日至11月30日。
二、登记方式：老人本人或亲属到所在社区居委会登记姓名、鞋码，行动不便的可电话登记，社区工作人员上门核实。
三、发放方式：12月上旬由社区网格员上门送鞋，不需老人到场领取。
联系电话：濮湾街道民政办 0397-6345209。
濮湾街道办事处
2024年11月20日
""",
    ),
    dict(
        slug="association-willow-minutes-council-vote",
        site="洫阳柳编网 · 洫阳市柳编行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.xy-liubian.org/xhdt/2025/0225/136.html",
        title="洫阳市柳编行业协会二届三次理事会会议纪要",
        record_title="【协会会务】洫阳市柳编行业协会二届三次理事会会议纪要 - 协会动态 - 洫阳柳编网",
        date="2025-02-22",
        date_also=["2025-02-25"],
        notes="an association page with a member-login row and a member hotline; the minutes' 时间/地点/主持/出席/记录 "
        "lines and a vote count stay; the meeting's 时间 line is the date, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【协会会务】洫阳市柳编行业协会二届三次理事会会议纪要 - 协会动态 - 洫阳柳编网</title>
<script src="/js/member.js"></script>
</head><body>
<div class="login-row">⟦a 会员单位登录　｜　入会申请　｜　会费缴纳⟧</div>
<div class="brand">⟦m 洫阳柳编网⟧ <span>⟦m 洫阳市柳编行业协会官方网站⟧</span></div>
<ul class="nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 会员名录⟧</li><li>⟦m 柳编产品⟧</li><li>⟦m 标准发布⟧</li></ul>
<div class="crumb">⟦m 所在位置：首页 ＞ 协会动态⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="info">⟦m 秘书处　2025-02-25　浏览次数：207⟧</div>
<div class="text">
{BODY}
</div>
<div class="back">⟦a 返回列表　｜　推荐给会员⟧</div>
</div>
<div class="side"><h3>⟦l 协会通知⟧</h3><p>⟦l 关于缴纳2025年度会费的通知⟧</p><p>⟦l 柳编提篮新款式设计大赛征稿启事⟧</p></div>
<div class="foot"><p>⟦w 会员服务专线 0397-6377120⟧</p><p>⟦m 洫阳市柳编行业协会秘书处　豫ICP备21033018号⟧</p></div>
</body></html>
""",
        body="""
时间：2025年2月22日上午9:00
地点：埤口镇柳编产业园会议室
主持：协会会长 禚长河
出席：理事21人（应到24人）
记录：秘书处 范晓月
会议审议并通过了以下事项：
一、通过《2025年协会工作要点》，全年举办柳编提篮新款式设计大赛1次、编织技能培训4期。
二、通过《柳编提篮团体标准（征求意见稿）》，表决结果：同意20票，反对0票，弃权1票。
三、同意吸收埤口镇巧编合作社等5家单位为会员单位。
会议要求，秘书处于3月底前将团体标准征求意见稿发送各会员单位。
""",
    ),
    dict(
        slug="association-bamboo-pledge-steamer-mould",
        site="洫阳市竹木制品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xyzhumu.org.cn/hyzx/2024-07-16/52.html",
        title="关于规范竹制蒸屉防霉处理的倡议书",
        date="2024-07-15",
        date_also=["2024-07-16"],
        notes="record title as is; the association's name on a line of its own at the top is also the signature "
        "(matched as head); member login and a member hotline; the posting date differs from the 成文日期",
        page="""
!m 洫阳市竹木制品行业协会
!m 首页 ｜ 协会简介 ｜ 会员风采 ｜ 行业资讯 ｜ 入会指南
!a 会员登录　｜　申请入会
{T}
!m 发布：秘书处　2024-07-16　浏览 419
{BODY}
!l 上一篇：协会赴埤口镇调研柳编产业
!w 会员服务专线：0397-6370815
!m 版权所有：洫阳市竹木制品行业协会秘书处　豫ICP备18011203号
""",
        indent="\u3000\u3000",
        body="""
全市竹木制品生产企业、各会员单位：
近期，市场监管部门抽检发现个别竹制蒸屉存在使用含硫防霉剂、熏蒸处理不规范等问题，影响了行业声誉。为维护消费者健康，协会倡议：
一、严禁使用硫磺熏蒸等不符合食品接触材料要求的方法进行防霉处理；
二、竹材须经高温蒸煮、烘干，含水率控制在12%以下再加工成型；
三、产品标签注明材质、生产日期和使用保养说明，提醒消费者用后晾干；
四、自觉接受社会监督，发现违规行为可向协会秘书处反映。
洫阳市竹木制品行业协会
2024年7月15日
""",
    ),
    dict(
        slug="company-nuanbu-news-kids-cotton-shoes",
        site="暖步鞋业官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nuanbu-shoes.com/news/company/20241028.html",
        title="暖步鞋业推出“山里暖”系列儿童棉鞋",
        record_title="新闻动态丨暖步鞋业推出“山里暖”系列儿童棉鞋 - 暖步鞋业官网",
        record_date="2024-10-28",
        date="2024-10-28",
        notes="record date; a company news page with a cookie notice and a service float; the title repeated and glued "
        "before the lead",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>新闻动态丨暖步鞋业推出“山里暖”系列儿童棉鞋 - 暖步鞋业官网</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/assets/js/app.8c21.js" defer></script>
</head><body>
<header><a class="logo">⟦m 暖步鞋业⟧</a><span>⟦m 一双好棉鞋，温暖一个冬⟧</span>
<nav>⟦m 关于暖步　产品中心　新闻动态　公益行动　联系我们⟧</nav></header>
<div class="bc">⟦m 首页 · 新闻动态 · 公司新闻⟧</div>
<main class="news-detail">
<h1>{T}</h1>
<p class="date">⟦m 2024.10.28　｜　品牌部⟧</p>
<div class="rich">
{BODY}
</div>
<div class="pager">⟦l 上一条：暖步鞋业通过质量管理体系复审⟧　⟦l 下一条：暖步公益“一双棉鞋”计划启动⟧</div>
</main>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即表示您同意。⟧ <button>⟦a 我知道了⟧</button></div>
<div class="kefu">⟦w 批发合作请咨询 400-117-6688⟧</div>
<footer>⟦m © 2024 邕溪县暖步鞋业有限公司　桂ICP备16005532号⟧</footer>
</body></html>
""",
        body="""
⟦t 暖步鞋业推出“山里暖”系列儿童棉鞋⟧10月26日，邕溪县暖步鞋业有限公司在公司展厅发布“山里暖”系列儿童棉鞋，首批共6个款式。
该系列针对山区孩子上学路远、路面湿滑的特点，采用加厚橡胶防滑底和防泼水鞋面，鞋内絮加厚棉层，鞋口加装魔术贴，方便低年级孩子自己穿脱。
公司技术部负责人介绍，新款在零下10摄氏度环境中测试，连续穿着4小时脚部温度仍保持在28摄氏度以上。
今年冬季，公司计划生产“山里暖”系列棉鞋5万双，其中3000双将定向捐赠给邕溪县及周边山区学校。
""",
    ),
    dict(
        slug="company-taguang-recall-lamp-chimneys",
        site="沓光灯饰官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.taguang-light.com/gonggao/2025-04-02.html",
        title="关于召回部分批次仿古煤油灯玻璃灯罩的公告",
        record_title="公司公告 » 关于召回部分批次仿古煤油灯玻璃灯罩的公告 - 沓光灯饰",
        date="2025-04-02",
        notes="a recall with its batches (one row a paragraph); the recall line stays beside the company's 400 order "
        "line and a shop prompt; 成文日期 under the signature",
        page="""
!m 沓光灯饰 · 仿古灯具专业制造
!m 首页　产品展示　公司公告　经销网点　联系我们
!t 公司公告 » 关于召回部分批次仿古煤油灯玻璃灯罩的公告
!m 发布：质量部　　浏览：1720
{BODY}
!w 订购热线 400-690-1388　｜　网店搜“沓光灯饰”即可找到我们
!a 在线客服
!m 洫阳沓光灯饰有限公司 版权所有　豫ICP备19022871号
""",
        indent="\u3000\u3000",
        body="""
尊敬的客户：
我公司近期在质量回访中发现，2025年1月至2月生产的部分仿古煤油灯玻璃灯罩存在壁厚不均的问题，长时间点燃后可能出现裂纹。为保障消费者安全，我公司决定主动召回以下批次产品：
产品型号　生产批次　数量
FG-12铜座款　20250108　1200只
FG-15铁艺款　20250215　860只
请已购买上述批次产品的消费者立即停止点燃使用，并拨打召回专线登记，我公司将免费更换合格灯罩并承担往返运费。
召回专线：0397-6388021（8:00-20:00）。
洫阳沓光灯饰有限公司
2025年4月2日
""",
    ),
    dict(
        slug="training-qiaoshou-brochure-cotton-shoes-class",
        site="巧手坊培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshoufang.com/kecheng/qianceng-di.html",
        title="千层底棉鞋手工制作周末班招生简章",
        record_title="〖周末手作营〗千层底棉鞋手工制作周末班招生简章·报满即止 | 巧手坊培训学校",
        date=None,
        notes="a brochure with a promo banner and a consult float; the school's own 报名电话 beside a 400 franchise "
        "line; 扫码填写报名表 as content; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖周末手作营〗千层底棉鞋手工制作周末班招生简章·报满即止 | 巧手坊培训学校</title>
<script src="/js/jquery.js"></script><script src="/js/popup.js"></script>
</head><body>
<div class="promo">⟦a 冬季早鸟价：12月31日前报名立减200元⟧</div>
<header>⟦m 巧手坊培训学校⟧ <span>⟦m 让老手艺有新传人⟧</span></header>
<nav>⟦m 首页 | 课程中心 | 师资团队 | 学员作品 | 报名咨询⟧</nav>
<div class="crumb">⟦m 首页 > 课程中心 > 传统手作⟧</div>
<section class="course">
<h1>{T}</h1>
<div class="tag">⟦m 课程编号：QSF-SZ-07　｜　已报名 9 人⟧</div>
<div class="desc">
{BODY}
</div>
<div class="btns">⟦a 立即预约试听⟧ ⟦a 收藏课程⟧</div>
</section>
<aside class="hot"><h3>⟦l 热门课程⟧</h3><p>⟦l 老粗布盘扣制作班⟧</p><p>⟦l 虎头帽刺绣入门班⟧</p></aside>
<div class="float">⟦w 加盟合作热线 400-001-7726⟧ ⟦a 在线咨询⟧</div>
<footer>⟦m 巧手坊培训学校　办学许可证号：教民141030170000326号⟧</footer>
</body></html>
""",
        body="""
一、课程简介：本课程由从事布鞋制作三十余年的韦师傅主讲，从打袼褙、剪鞋样、纳鞋底到绱鞋帮，手把手教学员做出一双属于自己的千层底棉鞋。
二、上课安排：每周六、周日下午14:00-17:00，共8次课，每期限招12人。
三、收费标准：学费980元，含全部材料费；老学员介绍新学员，双方各减100元。
四、报名方式：到校现场报名或扫码填写报名表，报名成功后短信通知开课时间。
报名电话：0397-6322708（周一至周日9:00-18:00）。
地址：洫阳市沓溪路58号巧手坊二楼。
""",
    ),
    dict(
        slug="training-weidao-insight-steamed-dishes",
        site="洫阳味道烹饪学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.xyweidao-school.cn/xueyuan/xinde/207.html",
        title="学做农家蒸菜，我的四个“没想到”",
        record_title="【学员有话说】学做农家蒸菜，我的四个“没想到” - 洫阳味道烹饪学校",
        date=None,
        notes="a trainee's insight on a cooking school's page; a trial-lesson prompt between paragraphs and an "
        "enrolment line glued after a 。; no date",
        page="""
!m 洫阳味道烹饪学校
!m 学校首页 · 专业设置 · 学员风采 · 在线报名
!t 【学员有话说】学做农家蒸菜，我的四个“没想到”
!m 学员：夙山乡农家乐 黎大姐　　栏目：学员风采
{BODY}
!l 更多学员故事 >>
!w 咨询报名：0397-6277315（潘老师）
!m 洫阳味道烹饪学校 版权所有
""",
        indent="\u3000\u3000",
        body="""
我在夙山乡开了三年农家乐，客人最爱点的是蒸菜。可我一直凭感觉做，时好时坏。今年开春，我报了学校的农家蒸菜短训班，学了二十天，有四个“没想到”。
没想到蒸屉也有讲究。老师说，竹蒸屉透气，蒸出来的粉蒸肉不积水；不锈钢蒸屉传热快，适合蒸鱼。以前我一个屉子蒸到底，难怪味道不对。
⟦a 想体验同款蒸菜课？免费试听名额仅剩5个⟧
没想到火候要分段。大火上汽、中火定型、小火收尾，一道蒸菜要调三次火。
没想到摆盘也能学。老师教我们用荷叶、竹筒装菜，同样的菜，客人愿意多花十块钱。⟦a 春季班火热招生中⟧
没想到同学成了朋友。班上有六个开农家乐的，现在我们建了个群，互相介绍客人。
""",
    ),
    dict(
        slug="writingapp-biyou-report-canteen-manager",
        site="笔友写作APP分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.biyou-xiezuo.com/share/article/55810732",
        title="学校食堂管理员2024年度述职报告",
        record_title="学校食堂管理员2024年度述职报告（换个名就能交）· 笔友写作",
        date="2025-01-06",
        notes="a writing app's H5 share with an open-app mask, a fold line inside the body and an AI-rewrite button "
        "glued after a 。; 述职人 and 成文日期 close the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,user-scalable=no">
<title>学校食堂管理员2024年度述职报告（换个名就能交）· 笔友写作</title>
<script>var shareId="55810732";function openApp(){location.href="biyou://article/55810732";}</script>
</head><body>
<div class="app-bar">⟦a 笔友写作APP内打开，阅读体验更佳⟧ <button>⟦a 打开⟧</button></div>
<div class="art">
<h1>{T}</h1>
<div class="by">⟦m 笔友·后勤笔杆子　｜　3.1万人读过⟧</div>
<div class="con">
{BODY}
</div>
<div class="mask">⟦a 下载笔友写作，解锁全文并一键套用⟧</div>
</div>
<div class="recommend"><h4>⟦l 笔友们还在写⟧</h4><p>⟦l 后勤主任年终述职（学校版）⟧</p><p>⟦l 食堂厨师长个人工作总结⟧</p></div>
<div class="foot">⟦m 笔友写作 · 写材料不再熬夜⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任学校食堂管理员，负责食堂日常运营、食品安全和成本核算工作。现将一年来的履职情况报告如下。
一、守住食品安全底线。严格执行原料索证索票和留样制度，全年留样1460份；推行蒸屉、蒸笼布“一餐一洗一消毒”，更换老化竹蒸屉36个。
二、提升饭菜质量。每月开展一次学生满意度调查，新增杂粮馒头、南瓜发糕等面点8种，学生满意率由86%提高到94%。⟦a ✨让AI帮我润色这一段⟧
⟦a 展开剩余40%内容 ∨⟧
三、控制运营成本。实行食材集中采购，全年节约采购资金4.2万元。
不足之处是食堂人员培训还不够系统。新的一年，我将继续改进，让师生吃得安全、吃得满意。
述职人：郝建新
2025年1月6日
""",
    ),
    dict(
        slug="writingapp-bijia-summary-basket-coop-oneline",
        site="笔架山写作 (invented writing app share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.bijiashan-app.com/s/9a71c2",
        title="埤口镇巧编柳编专业合作社2024年工作总结",
        record_title="埤口镇巧编柳编专业合作社2024年工作总结（套用版）- 笔架山写作",
        date="2024-12-28",
        notes="the whole body on one line; 成文日期 in Chinese numerals; an open-app prompt and a member unlock line",
        page="""
!a 打开笔架山写作APP，查看完整排版
!m 笔架山写作 · 范文
{T}
!m 作者：乡村笔记本　｜　收藏 1.2k
{BODY}
!a 开通笔架山会员，全站范文随心用
!l 相似范文：家庭农场年度工作总结｜村集体经济发展情况总结
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，在镇党委、政府的支持下，合作社坚持“统一收购、统一设计、统一销售”，柳编提篮产业实现稳步发展。
一、生产规模扩大。全年带动社员和周边农户186户，编织柳编提篮9.2万只，销售收入517万元，同比增长23%。
二、产品结构优化。与县职教中心合作开发“野餐提篮”“花艺提篮”等新款12个，新款销售额占比达到四成。
三、销售渠道拓宽。开设网店2家，参加农产品博览会3次，签订长期订单5份。
四、存在问题。编织工老龄化明显，旺季用工紧张。下一步将开办青年编织培训班，吸引返乡青年加入。
埤口镇巧编柳编专业合作社
二〇二四年十二月二十八日
""",
    ),
    dict(
        slug="examforum-gongkao-essay-window-flowers",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.gongkao-yizhan.com/thread-61207-1-1.html",
        title="一扇窗花里的文化自信",
        record_title="〈申论范文〉一扇窗花里的文化自信｜议论文批改区｜公考驿站论坛",
        date=None,
        notes="an exam forum with a reply-to-see prompt, a rating row and a QQ-group ad; a 申论 essay; posted 4 天前: "
        "no date",
        page="""
<html><head><meta charset="utf-8"><title>〈申论范文〉一扇窗花里的文化自信｜议论文批改区｜公考驿站论坛</title>
<script src="static/js/forum.js"></script>
</head><body>
<div id="hd">⟦m 公考驿站论坛⟧ ⟦m 一起上岸，不再孤单⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册领资料⟧</a></div>
<div id="pt">⟦m 公考驿站 › 申论专区 › 议论文批改区⟧</div>
<div class="thread">
<h1>{T}</h1>
<div class="authi">⟦m 楼主：上岸吧少年　发表于 4 天前　查看 1811　回复 64⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后可见⟧</div>
<div class="rate">⟦l 评分人数 6　申论币 +18⟧</div>
</div>
<div class="ad">⟦w 申论一对一批改，加QQ群 713205946 领取历年真题⟧</div>
<div id="ft">⟦m 公考驿站论坛　Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
一把剪刀，一张红纸，几经折叠翻转，便成了窗上的喜鹊登梅、年年有余。窗花虽小，却承载着中华民族对美好生活的朴素向往，也映照出我们的文化自信。
文化自信，首先要守住根脉。窗花能够代代相传，靠的是一双双手的言传身教。各地建立非遗工坊、把窗花课搬进校园，正是为传统技艺续上“活态”的传承链。
文化自信，还要敢于创新。有的地方把窗花元素用在文创产品、城市灯光秀上，让老手艺走进年轻人的生活，传统因此焕发新的生机。
文化自信，更要转化为发展动能。一些乡镇依托窗花发展手工艺产业，让群众在家门口增收，传统文化也就有了更坚实的土壤。
窗花贴在窗上，更应刻在心里。守正创新，方能让传统之花常开不败。
""",
    ),
    dict(
        slug="examforum-gongkao-interview-basket-livestream-junk",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.gongkao-yizhan.com/thread-61388-1-1.html",
        title="村里推广柳编提篮直播带货，遇到老人不理解怎么办？",
        record_title="〔面试真题回忆〕村里推广柳编提篮直播带货，遇到老人不理解怎么办？ - 面试交流 - 公考驿站论坛",
        date=None,
        notes="an interview answer in an exam forum with junk lines and junk glued after 。; posted 5 天前: no date",
        page="""
!m 公考驿站 › 面试专区 › 面试交流
!t 〔面试真题回忆〕村里推广柳编提篮直播带货，遇到老人不理解怎么办？
!m 楼主：今年必上岸　｜　5 天前　｜　回复 23
{BODY}
!l 2楼　小鹿乱撞：思路清晰，第三点很加分
!l 3楼　备考第二年：求一份完整的组织协调题答题模板
!a 回复本帖可查看楼主整理的20道同类题
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题考的是组织协调和群众工作能力。我的答题思路如下：
首先，要理解老人的顾虑。老人编了一辈子提篮，担心直播是“花架子”，怕东西卖不出去、钱收不回来，这是很正常的。
其次，要用事实说话。我会请已经尝试直播的编织户现身说法，把网店的订单和收入算给老人听；同时邀请老人到直播间旁边看一场，亲眼看看订单是怎么来的。
再次，要让老人当主角。直播时请手艺最好的老人现场演示编织，讲讲提篮的老故事，让他们感受到自己的手艺被更多人看见。
最后，要做好后续服务。由村里统一负责打包发货和收款，让老人只管安心编，解决后顾之忧。
""",
    ),
]
