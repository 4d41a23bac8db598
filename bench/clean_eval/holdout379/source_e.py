"""holdout379, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text page each).

Invented text; every site, place, person, phone and URL is made up. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="community-xiyuan-bubble-stalls-reminder-record-date",
        site="希园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xiyuanshequ.cn/gonggao/2025/0722/411.html",
        title="关于规范希园广场泡泡机玩具摊点的温馨提示",
        record_title="【邻里提醒】关于规范希园广场泡泡机玩具摊点的温馨提示_希园社区",
        record_date="2025-07-22",
        date="2025-07-22",
        notes="residents' site: weather line, grid worker's box, property repair line beside the community's own "
        "duty phone; a sentence about scanning the square's QR code; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【邻里提醒】关于规范希园广场泡泡机玩具摊点的温馨提示_希园社区</title>
<link rel="stylesheet" href="/theme/xy/site.css">
</head><body>
<div class="bar">⟦m 希园社区 · 我们的家⟧ <span class="wx">⟦m 莫湖区 晴转多云 27～34℃⟧</span></div>
<ul class="nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 邻里活动⟧</li><li>⟦m 便民服务⟧</li></ul>
<div class="where">⟦m 社区首页 › 居务公开 › 通知提醒⟧</div>
<div class="main"><h2>{T}</h2>
<p class="meta">⟦m 发布：希园社区居委会　阅读 688⟧</p>
<div class="text">
{BODY}
</div></div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦w 第三网格 叶小希 139 2755 6401⟧</p></div>
<div class="svc"><p>⟦m 希园物业服务中心报修：0754-8811 9090⟧</p><p>⟦m 夜间应急维修：0754-8811 9091⟧</p></div>
<div class="more"><h4>⟦l 社区近期活动⟧</h4><p>⟦l 暑期“四点半课堂”招募志愿者⟧</p><p>⟦l 希园广场纳凉晚会节目征集⟧</p></div>
<div class="foot">⟦m 莫湖区希园社区居民委员会　地址：希园路12号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
入夏以来，希园广场傍晚人气越来越旺，有几家流动摊点在广场中央摆放泡泡机招揽生意。最近有居民反映，泡泡液洒在地面，老人和孩子容易滑倒，泡泡机的电瓶线也横在路上。
经社区居委会、物业和城管中队共同商量，现提示如下：
一、广场中央和健身器材区不得摆放泡泡机，摊点请移至东侧花坛边的临时摊位区。
二、摊主每天收摊前要把地面的泡泡液清理干净。
三、家长带孩子玩泡泡时，请远离台阶和喷泉池。
居民如发现地面湿滑或摊点乱摆，可扫描广场公告栏上的二维码反映，也可拨打社区值班电话0754-8811 6032。
希园社区居民委员会
2025年7月22日
""",
    ),
    dict(
        slug="community-denghe-lantern-family-workshop-summary",
        site="灯河社区 (invented residents' site, text page)",
        style="社区网站",
        genre="活动小结",
        kind="summary",
        form="text",
        source="http://www.denghesq.cn/huodong/20250210-02.html",
        title="灯河社区“一起扎盏走马灯”亲子活动小结",
        record_title="〔邻里活动〕灯河社区“一起扎盏走马灯”亲子活动小结",
        date="2025-02-10",
        notes="community activity summary with 成文日期; a photo placeholder between paragraphs; volunteer and "
        "account prompts",
        page="""
!m 灯河社区 · 丈口镇
!m 社区首页 » 邻里活动 » 活动回顾
!t 〔邻里活动〕灯河社区“一起扎盏走马灯”亲子活动小结
!m 编辑：社区社工站　浏览 241
{T}
{BODY}
!w 想加入社区志愿者队伍？请联系社工小仲：137 5780 2291
!l 往期回顾：灯河社区迎新春写春联 ▪ 腊八粥暖邻里
!m 丈口镇灯河社区居民委员会　服务时间：工作日 8:30—17:30
""",
        body="""
2月8日上午，灯河社区在新时代文明实践站举办“一起扎盏走马灯”亲子活动，23组家庭参加。
活动邀请了丈口镇传习所的两位老艺人现场教学。老艺人先讲解了走马灯“热气推轮、轮带剪影”的原理，再手把手教大家扎竹骨、折叶轮、贴剪影。
⟦m 〔活动照片 3 张，点击查看大图〕⟧
孩子们画的剪影五花八门，有奔跑的小马，有游动的金鱼，还有一位小朋友画了正在踢球的自己。两个多小时后，23盏走马灯全部完成，点亮时整个活动室一片欢呼。
本次活动的作品已在社区文化长廊展出至元宵节。社区将把走马灯制作纳入“周末课堂”，每月开展一次，报名信息将在“灯河邻里”公众号发布，欢迎居民关注。
灯河社区居民委员会
2025年2月10日
""",
    ),
    dict(
        slug="association-manchuan-lantern-light-safety-pledge",
        site="熳川灯彩协会官网 (invented trade association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.mcdengcai.org.cn/xhdt/2025/1128/97.html",
        title="关于走马灯制作安全使用光源的倡议书",
        record_title="关于走马灯制作安全使用光源的倡议书 ◇ 会务发文 ◇ 熳川灯彩协会官网",
        date="2025-11-26",
        date_also=["2025-11-28"],
        notes="association site: member-login row and member hotline; 成文日期 under the association's signature, "
        "the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于走马灯制作安全使用光源的倡议书 ◇ 会务发文 ◇ 熳川灯彩协会官网</title>
<link rel="stylesheet" href="/css/xh.css">
</head><body>
<div class="top">⟦m 熳川灯彩协会官网⟧ <span>⟦m 扎一盏灯，传一门艺⟧</span>
<form class="login">⟦a 会员编号 · 密码 · 会员登录⟧</form></div>
<ul class="nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会简介⟧</li><li>⟦m 协会发布⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 入会指南⟧</li></ul>
<div class="pos">⟦m 协会首页 › 协会发布⟧</div>
<div class="article"><h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-11-28　来源：协会秘书处　阅读：406⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="side"><h4>⟦l 协会动态⟧</h4><p>⟦l 第三届熳川灯彩技艺大赛获奖名单⟧</p><p>⟦l 协会赴外地考察LED灯彩企业⟧</p>
<p>⟦m 会员服务专线：0578-7366 0312⟧</p></div>
<div class="foot">⟦m 熳川县灯彩协会秘书处　丈口镇灯市街21号⟧　⟦m 浙ICP备17055520号⟧</div>
</body></html>
""",
        body="""
全县灯彩制作企业、传习所和广大手艺人：
走马灯是我县灯彩行业的招牌产品。近年来，走马灯的光源从蜡烛逐步改为电光源，但仍有部分作坊为了保留烛火效果使用明火，也有个别产品电线裸露、插头不合格，存在火灾隐患。为此，熳川县灯彩协会向全行业发出如下倡议：
一、室内展陈和商场销售的走马灯一律不使用明火，确需使用蜡烛的，须有专人看守并配备灭火器。
二、使用电光源的，选用低压LED灯和有3C标志的电源适配器，电线不得裸露。
三、电机驱动的走马灯，出厂前逐盏通电测试不少于两小时。
四、会员单位之间互相监督，发现隐患及时提醒、及时整改。
灯火越亮，安全越要放在心上。让我们共同守护熳川灯彩的好名声。
熳川县灯彩协会
2025年11月26日
""",
    ),
    dict(
        slug="association-qianxi-embroidery-dudou-minutes-vote",
        site="倩溪县刺绣行业协会 (invented trade association, text page)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.qxcixiu.org/huiyi/20250324.html",
        title="倩溪县刺绣行业协会肚兜专业委员会第二次会议纪要",
        date="2025-03-21",
        notes="record title as is; the 时间/地点/主持/参会/记录 lines and a vote count; the 时间 line gives the date",
        page="""
!m 倩溪县刺绣行业协会
!m 首页 ＞ 协会工作 ＞ 会议纪要
{T}
!m 发布者：秘书处　浏览：158
!a [ 打印 ]　[ 转发给会员 ]
{BODY}
!l 相关：肚兜专委会第一次会议纪要 ｜ 2025年协会工作要点
!m 协会秘书处电话：0579-6860 3399　邮箱：qxcxxh@126.com
!m 倩溪县刺绣行业协会　版权所有
""",
        body="""
时间：2025年3月21日上午9时
地点：佼田镇刺绣文化中心会议室
主持：专委会主任 俞巧贞
参会：专委会委员11人，特邀县市场监管局、县文化馆代表各1人
记录：协会秘书处 眭晓芸
会议讨论了三项议题，形成纪要如下：
一、关于制定《倩溪绣肚兜团体标准》。会议同意由佼田镇两家龙头绣坊牵头起草，6月底前形成征求意见稿，重点明确面料、绣线色牢度和系带强度等指标。
二、关于统一“倩溪绣”标识。会议认为，近期市场上出现了大量机绣冒充手绣的肚兜，损害了倩溪绣的声誉，同意申请集体商标，会员单位的手绣产品经审核后方可使用标识。
三、关于吸收新会员。会议审议了4家绣坊的入会申请，经表决，11票同意，0票反对，0票弃权，同意吸收为会员单位。
""",
    ),
    dict(
        slug="company-paoqu-recall-bubble-machines-batches",
        site="泡趣玩具 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.paoqutoys.com/news/notice/2025-06-11.html",
        title="泡趣玩具关于召回部分批次PQ-18型电动泡泡机的公告",
        record_title="召回告知 ✦ 泡趣玩具关于召回部分批次PQ-18型电动泡泡机的公告 | 泡趣玩具官网",
        date="2025-06-11",
        notes="company site: cookie notice, a 400 order line and a service float beside the recall's own line; a "
        "batches table with production dates; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>召回告知 ✦ 泡趣玩具关于召回部分批次PQ-18型电动泡泡机的公告 | 泡趣玩具官网</title>
<link rel="stylesheet" href="/static/css/brand.css">
<script src="/static/js/consent.js"></script>
</head><body>
<header><a class="logo">⟦m 泡趣玩具 PAOQU⟧</a>
<nav><a>⟦m 首页⟧</a> <a>⟦m 产品中心⟧</a> <a>⟦m 新闻动态⟧</a> <a>⟦m 售后服务⟧</a> <a>⟦m 联系我们⟧</a></nav>
<span class="hotline">⟦m 订购热线 400-606-3388⟧</span></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司公告⟧</div>
<main><h1>{T}</h1>
<p class="date">⟦m 泡趣玩具　2025-06-11　浏览 5120⟧</p>
<article>
{BODY}
</article>
<p class="share">⟦l 分享本页：微信 ｜ 微博 ｜ 复制链接⟧</p></main>
<aside class="service">⟦w 售前咨询 · 在线客服⟧</aside>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续访问即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m 炫埠市泡趣玩具有限公司　炫埠市莫湖区玩具城三路16号⟧　⟦m 粤ICP备16098821号-1⟧</footer>
</body></html>
""",
        body="""
近期，我公司在质量回访中发现，2025年3月至4月生产的部分PQ-18型电动泡泡机，电池仓螺丝孔位偏差，螺丝可能无法拧紧，儿童可徒手打开电池仓，存在误吞纽扣电池的风险。为保障儿童安全，我公司决定主动召回以下批次产品：
生产批次　生产日期　数量
PQ18-2503A　2025年3月6日　4200台
PQ18-2503C　2025年3月27日　3850台
PQ18-2504B　2025年4月15日　5100台
请消费者查看产品底部标签上的批次号。属于召回范围的，请立即停止使用，取出电池，联系我公司免费更换电池仓盖或全额退款。
召回专线：0754-8890 1177（每日8:30—20:00）。
炫埠市泡趣玩具有限公司
2025年6月11日
""",
    ),
    dict(
        slug="company-zhulang-recyclable-surfboard-news-byline",
        site="逐浪板业 (invented company site, text page)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zhulangboard.com/news/company/425.html",
        title="逐浪板业推出可回收泡沫芯冲浪板",
        record_title="新板上架丨逐浪板业推出可回收泡沫芯冲浪板 - 逐浪板业",
        date="2025-04-25",
        notes="company news; the dated byline as the page's date; product and dealer prompts",
        page="""
!m 逐浪板业 ZHULANG BOARDS
!m 首页 › 新闻中心 › 公司新闻
!t 新板上架丨逐浪板业推出可回收泡沫芯冲浪板 - 逐浪板业
!m 发布时间：2025-04-25 15:30　来源：品牌部
{T}{BODY}
!a ▶ 查看“归潮”系列全部板型与参数
!w 经销合作请致电 0576-8510 8866（渠道部）
!l 更多新闻：逐浪板业亮相户外用品博览会 · 冲浪板保养的五个小窍门
!m © 逐浪板业有限公司　偕涂县逢潮镇工业区7号
""",
        body="""
4月24日，逐浪板业在偕涂县逢潮湾冲浪节上发布了新款“归潮”系列冲浪板。这是公司首款采用可回收泡沫芯的产品。
传统冲浪板的聚氨酯泡沫芯报废后很难回收，大多只能填埋。“归潮”系列改用可回收的EPS泡沫芯，外层使用生物基环氧树脂，板子报废后可以拆分回收，整板重量也比同尺寸传统板轻了约一成。
公司研发负责人介绍，新板经过三个月的海上测试，抗压和抗冲击性能达到了传统板的水平。首批产品共800块，包括长板和鱼板两种板型。
同时，公司还推出了旧板回收计划，顾客交回任意品牌的旧冲浪板，购买新板可抵扣三百元。
""",
    ),
    dict(
        slug="training-tabai-surf-camp-brochure-franchise",
        site="踏白冲浪学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.tabaisurf.com/zhaosheng/shuqi.html",
        title="踏白冲浪学校暑期青少年冲浪营招生简章",
        record_title="【暑期开营】踏白冲浪学校暑期青少年冲浪营招生简章（8—16岁）｜踏白冲浪",
        date=None,
        notes="training school: promo banner, franchise line and consult float beside the school's own 报名电话; "
        "numbered sessions; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【暑期开营】踏白冲浪学校暑期青少年冲浪营招生简章（8—16岁）｜踏白冲浪</title>
<link rel="stylesheet" href="/css/tabai.css">
</head><body>
<div class="promo">⟦a 早鸟价倒计时！6月15日前报名立减600元 ›⟧</div>
<header>⟦m 踏白冲浪⟧ <nav><a>⟦m 首页⟧</a> <a>⟦m 课程体系⟧</a> <a>⟦m 教练团队⟧</a> <a>⟦m 学员故事⟧</a> <a>⟦m 招生简章⟧</a></nav></header>
<div class="crumb">⟦m 首页 › 招生简章⟧</div>
<section class="brochure"><h1>{T}</h1>
<div class="content">
{BODY}
</div></section>
<div class="franchise">⟦w 品牌加盟合作：400-900-7312⟧</div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="tags">⟦l 热门课程：成人入门体验课 · 私教一对一 · 冬季桨板课⟧</div>
<footer>⟦m 偕涂县踏白体育培训有限公司　逢潮湾南沙滩入口⟧　⟦m 浙ICP备21040033号⟧</footer>
</body></html>
""",
        body="""
踏白冲浪学校位于偕涂县逢潮湾，拥有国家认证冲浪教练9名。今年暑期，学校面向8至16岁青少年开设冲浪营，让孩子在专业教练的带领下安全地站上冲浪板。
一、营期安排
1.第一期：7月7日至7月13日
2.第二期：7月21日至7月27日
3.第三期：8月4日至8月10日
二、课程内容
每期7天，包括陆地动作训练、划水与起乘练习、海洋安全知识和浪况识别，最后一天进行结营展示。
三、收费标准
每期4680元，含教学、冲浪板和防寒衣使用、午餐及保险，不含住宿。
四、报名方式
家长可到学校前台报名，或拨打报名电话0576-8502 3618。每期限招20人，额满即止。
""",
    ),
    dict(
        slug="training-qiaoshou-lantern-winter-course-scan-signup",
        site="巧手坊非遗手作学堂 (invented training school, text page)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qiaoshoufang.cn/kecheng/zoumadeng-2026.html",
        title="巧手坊寒假“走马灯”非遗手作课开课通知",
        record_title="巧手坊寒假“走马灯”非遗手作课开课通知〔每班12人·材料全包〕",
        date="2026-01-05",
        notes="course notice with a sign-up QR code sentence and 报名电话 beside a trial-lesson prompt; 成文日期",
        page="""
!m 巧手坊非遗手作学堂
!m 首页 · 课程公告
!t 巧手坊寒假“走马灯”非遗手作课开课通知〔每班12人·材料全包〕
!a 新学员可免费预约一节体验课，名额有限
{T}
{BODY}
!l 其他课程：剪纸入门 ｜ 竹编小花篮 ｜ 扎染手帕
!m 巧手坊非遗手作学堂　熳川县城文昌路18号二楼
""",
        body="""
各位家长、同学：
寒假将至，巧手坊非遗手作学堂特开设“走马灯”手作课，由熳川走马灯传习所的老师授课，带孩子们亲手扎一盏会转的灯。
课程时间：2026年1月24日至2月7日，每周六、周日上午9:30—11:30，共5次课。
上课地点：熳川县城文昌路18号巧手坊二楼。
适合对象：7至14岁学生，每班12人。
课程费用：680元，含全部材料，结课作品可带回家。
报名方式：扫描学堂前台的报名二维码，填写孩子信息后缴费即可；也可拨打报名电话0578-7360 2245。
巧手坊非遗手作学堂
2026年1月5日
""",
    ),
    dict(
        slug="fanwenapp-zhibi-host-script-bugle-campus-mask",
        site="执笔范文 App (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.zhibifanwen.com/share/art/8830417?from=wx",
        title="“嘹亮军号进校园”国防教育主题活动主持词",
        record_title="“嘹亮军号进校园”国防教育主题活动主持词（双人版·可改校名）· 执笔范文",
        date=None,
        notes="writing app's H5 share: open-app mask, fold, AI buttons; a two-host script; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>“嘹亮军号进校园”国防教育主题活动主持词（双人版·可改校名）· 执笔范文</title>
<link rel="stylesheet" href="https://h5.zhibifanwen.com/s/share.css">
</head><body>
<div class="app-bar">⟦m 执笔范文⟧ <span>⟦m 写材料的好帮手⟧</span> <a class="open">⟦a 去App看全文⟧</a></div>
<div class="art"><h1>{T}</h1>
<p class="meta">⟦m 主持词 · 校园活动　2.3万人用过⟧</p>
<div class="ai-btns">⟦a AI续写⟧ ⟦a AI换个说法⟧ ⟦a 一键改校名⟧</div>
<div class="content">
{BODY}
</div>
<div class="fold">⟦a 剩余 35% 内容，打开执笔范文App继续阅读⟧</div></div>
<div class="mask">⟦a 在App内打开，排版更清晰 · 立即打开⟧</div>
<div class="rec"><h4>⟦l 同类范文⟧</h4><p>⟦l 国防教育进校园启动仪式讲话⟧</p><p>⟦l 升旗仪式主持词（国防教育主题）⟧</p></div>
<div class="ft">⟦m 执笔范文 v5.8.2⟧ ⟦d 范文仅供参考，请结合实际修改使用⟧</div>
</body></html>
""",
        body="""
甲：尊敬的各位老师，
乙：亲爱的同学们，
合：大家上午好！
甲：一声号令，千军万马闻令而动。军号，是人民军队的光荣传统。
乙：今天，我们相聚在这里，举行“嘹亮军号进校园”国防教育主题活动，一起聆听军号的故事。
甲：首先，有请县人武部的老号手辛振坚爷爷为我们讲述他与军号的故事，大家掌声欢迎！
乙：感谢辛爷爷的精彩讲述。接下来，请欣赏我校学生军号队带来的号谱演奏《集合号》《冲锋号》。
甲：嘹亮的号声，唱响的是不变的初心。
乙：铿锵的步伐，走出的是少年的担当。
合：“嘹亮军号进校园”国防教育主题活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-biyou-report-embroidery-workshop",
        site="笔友范文 App (invented writing app, text export)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://app.biyoufanwen.com/s/r6TqM2",
        title="佼田镇刺绣工坊负责人2025年度述职报告",
        date="2025-12-28",
        notes="record title as is; a writing app's share export with an AI-polish button glued after a sentence and "
        "a member-unlock line; 成文日期 after the 述职人 line",
        page="""
!m 笔友范文 · 分享
{T}
!m 述职报告 · 基层单位　｜　收藏 402
!a 〖AI润色〗〖一键换风格〗〖导出Word〗
{BODY}
!a 开通笔友会员，解锁全部述职报告模板
!l 看了本文的人还看了：村级妇联主席述职报告 / 合作社理事长年度述职
!m 来自笔友范文App 的分享
""",
        body="""
2025年，我在镇党委、镇政府的指导下，负责佼田镇刺绣工坊的日常运营。一年来，工坊围绕“守住手艺、带富绣娘”的目标开展工作，现将履职情况报告如下。
一、稳住订单。全年承接肚兜、香囊等刺绣订单26批，产值186万元，比上年增长34%，其中肚兜订单占七成。⟦a ✎ 让AI帮你把这段写得更出彩⟧
二、带好队伍。新吸收绣娘19人，组织技能培训6期，现有在册绣娘74人，人均年增收约1.8万元。
三、守住品质。坚持手工刺绣，建立“一件一码”质量追溯制度，全年产品返工率控制在2%以内。
存在的不足：设计力量薄弱，年轻绣娘流失较多。明年，我将重点引进一名专职设计师，并与县职业学校合作开设刺绣订单班。
述职人：俞巧贞
2025年12月28日
""",
    ),
]
