"""holdout87, part B: marimba and keyboard-percussion ensembles (马林巴乐团) — invented
counties, people, sites and chrome wording; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-qinmu-marimba-essay-wrapped",
        site="琴木斋文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://qinmuzhai.example.net/wencun/juan2/31.html",
        title="第一台马林巴进山那天",
        record_title="《琴木斋文存》卷二·第31篇：第一台马林巴进山那天",
        date=None,
        notes="collection decoration; hard-wrapped at 60 columns; a 写于 line with a year only; no date",
        wrap=60,
        indent="　　",
        page="""
!m 琴木斋文存 · 一位乡村音乐教师的旧稿
!l 目录 ＞ 卷二 ＞ 第31篇
{T}
{BODY}
!l ← 第30篇　　第32篇 →
!d 文存内容均为作者本人旧作，未经同意请勿转载。
""",
        body="""
那年秋天，县里给山里的完小送来一台马林巴，琴键是红木的，装在一个比门还宽的木箱里。
箱子从镇上运到村口，再往上就没有路了，六个家长轮流抬着，走了将近两个钟头。
孩子们没见过这种琴，围着它转了好几圈，有人敲了一下，低音的那一头嗡嗡地响了很久。
后来我们组了一个十二人的小乐队，第一首学会的曲子是《茉莉花》。
写于2019年，改于灯下。
""",
    ),
    dict(
        slug="dangjian-muqin-party-day-html",
        site="鼓岭县机关党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://dj.guling.example.gov.cn/zbfc/2025/0628/377.html",
        title="县文化馆党支部开展“乐声颂党恩”主题党日活动",
        record_title="【支部风采】县文化馆党支部开展“乐声颂党恩”主题党日活动",
        date="2025-06-28",
        notes="decorated record title; Party-building template with scan-to-phone prompt, font-size row, a sidebar; 发布日期 field",
        page="""
<html><head><meta charset="utf-8"><title>县文化馆党支部开展“乐声颂党恩”主题党日活动-鼓岭县机关党建网</title></head>
<body>
<div class="head">⟦m 鼓岭县机关党建网⟧<span>⟦m 不忘初心　牢记使命⟧</span></div>
<div class="menu">⟦l 首页⟧ ⟦l 党建要闻⟧ ⟦l 支部风采⟧ ⟦l 学习园地⟧ ⟦l 党务公开⟧</div>
<div class="crumbs">⟦m 首页 ▸ 支部风采⟧</div>
<div class="art">
<h3>{T}</h3>
<div class="src">⟦m 发布日期：2025-06-28　供稿：县文化馆党支部　浏览量：241⟧ <span>⟦a 字体：【大】【中】【小】⟧</span> <span>⟦a 扫一扫在手机上阅读⟧</span></div>
{BODY}
</div>
<div class="side"><h4>⟦l 学习专栏⟧</h4><p>⟦l 深入学习贯彻党的二十届三中全会精神⟧</p><p>⟦l 党纪学习教育应知应会⟧</p></div>
<div class="foot">⟦m 中共鼓岭县直属机关工作委员会主办⟧ ⟦m 技术支持：鼓岭县信息中心⟧</div>
</body></html>
""",
        body="""
6月27日，县文化馆党支部组织党员和馆属马林巴乐团队员，开展“乐声颂党恩”主题党日活动。
活动中，全体党员重温入党誓词，支部书记梁秀芬以《用群众喜爱的形式讲好党的故事》为题讲了专题党课。
随后，马林巴乐团演奏了《映山红》《我和我的祖国》等曲目，并走进城东社区为老年居民送去演出。
大家表示，要把文化服务送到群众身边，让党的声音传得更远。
""",
    ),
    dict(
        slug="hospital-guling-music-therapy-html",
        site="鼓岭县第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.glxey.example.com/news/kszx/2025/0509/611.html",
        title="康复医学科开设马林巴音乐康复小组的通知",
        record_title="康复医学科开设马林巴音乐康复小组的通知_科室动态_鼓岭县第二人民医院",
        date="2025-05-09",
        notes="hospital template: booking row, 24-hour line in the footer, the department's own 咨询电话 kept in the body",
        page="""
<html><head><meta charset="utf-8"><title>康复医学科开设马林巴音乐康复小组的通知_科室动态_鼓岭县第二人民医院</title>
<script>var yy={k:"glxey"};</script></head><body>
<div class="top">⟦m 鼓岭县第二人民医院　二级甲等综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 来院导航⟧</div>
<div class="nav">⟦l 医院概况⟧ ⟦l 科室导航⟧ ⟦l 专家介绍⟧ ⟦l 就医指南⟧ ⟦l 新闻中心⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt;&gt; 新闻中心 &gt;&gt; 科室动态⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 作者：康复医学科　时间：2025-05-09　阅读：188⟧</p>
<div class="content">
{BODY}
</div>
<div class="pn">⟦l 上一条：我院开展护士节系列活动⟧<br>⟦l 下一条：关于调整夜间门诊时间的公告⟧</div>
<div class="footer">⟦m 急诊24小时电话：0736-2912120⟧　⟦m 医院地址：鼓岭县育才路52号⟧<br>⟦d Copyright © 鼓岭县第二人民医院 保留所有权利⟧</div>
</body></html>
""",
        body="""
为帮助脑卒中、帕金森病患者恢复上肢协调和节奏感，康复医学科自5月起开设马林巴音乐康复小组。
小组由康复治疗师和音乐治疗志愿者共同带领，每周二、周四下午各开展一次，每次四十分钟。
参加人员须经康复医师评估，病情稳定、能保持坐位三十分钟以上。
咨询电话：0736-2913305（康复医学科护士站）。
""",
    ),
    dict(
        slug="university-yunmu-ensemble-html",
        site="云木学院音乐学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://music.yunmu.example.edu.cn/info/1031/2284.htm",
        title="我院打击乐团赴三所乡村学校开展美育实践",
        record_title=None,
        date="2025-04-16",
        notes="university template; title only in <h1> (no record title); 审核/编辑 line glued after last paragraph; photo caption",
        page="""
<html><head><meta charset="utf-8"><title>我院打击乐团赴三所乡村学校开展美育实践-云木学院音乐学院</title></head>
<body>
<div class="hd">⟦m 云木学院音乐学院⟧ ⟦m School of Music, Yunmu College⟧</div>
<div class="nv">⟦l 学院概况⟧ ⟦l 师资队伍⟧ ⟦l 人才培养⟧ ⟦l 艺术实践⟧ ⟦l 招生就业⟧</div>
<h1>{T}</h1>
<div class="ib">⟦m 发布时间：2025-04-16　点击：[412]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关闭】⟧ ⟦a 【打印】⟧</div>
<div class="ft">⟦m 地址：云木市大学城学府路1号　邮编：417000⟧ ⟦d 版权所有 © 云木学院⟧</div>
</body></html>
""",
        body="""
4月中旬，学院打击乐团一行二十人赴蕾川县三所乡村学校，开展为期五天的美育实践活动。
团员们为孩子们上了节奏游戏课和马林巴体验课，并在每所学校举办一场小型音乐会。
⟦m 乐团成员指导学生敲击马林巴⟧
学院负责人表示，今后将把乡村美育实践纳入专业实践学分。⟦m （文/陶一鸣　图/韦思　审核/蒋磊）⟧
""",
    ),
    dict(
        slug="localforum-leichuan-concert-junk",
        site="蕾川生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.leichuan-life.example.com/thread-90145-1-1.html",
        title="关于周六广场马林巴音乐会期间临时交通管制的通告",
        record_title="[转帖] 关于周六广场马林巴音乐会期间临时交通管制的通告 - 蕾川杂谈 - 蕾川生活网论坛",
        date="2025-05-21",
        date_also=["2025-05-22"],
        notes="a repost on a local forum: post date differs from the 成文日期 (the document's date expected, the post's accepted); junk lines and glued junk; 发布于",
        junk=dict(lines=1, glued=2),
        page="""
!m 蕾川生活网论坛 - 蕾川人自己的网上家园
!l 蕾川杂谈 ＞ 帖子详情
!t [转帖] 关于周六广场马林巴音乐会期间临时交通管制的通告
!m 城东小胖　发布于 2025-05-22 08:37　查看 1877 | 回复 12
{BODY}
!l 沙发：终于有音乐会了，带娃去听听
!l 板凳：那天公交改线吗？
!a 快速回复　发表回复　[发帖须知]
""",
        body="""
因蕾川县“五月花”马林巴音乐会于5月24日晚在人民广场举办，为保障活动安全有序，县公安局交通警察大队决定实行临时交通管制。
一、管制时间：5月24日18时至22时30分。
二、管制路段：人民路（文化路口至滨江路口）、广场东路全段。
三、管制期间，除执勤车辆外，其他车辆禁止驶入管制路段，请过往车辆绕行。
蕾川县公安局交通警察大队
2025年5月21日
""",
    ),
    dict(
        slug="download-yuepu-score-table-html",
        site="乐谱资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.yuepu-down.example.com/soft/2025/8812.html",
        title="鼓岭县青少年马林巴乐团2025年排练计划",
        record_title="鼓岭县青少年马林巴乐团2025年排练计划.doc下载",
        date="2025-01-06",
        notes="old table download page: file-info table, mirror links, dead-link report; a schedule table kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>鼓岭县青少年马林巴乐团2025年排练计划.doc下载 - 乐谱资料下载站</title></head>
<body>
<table width="100%"><tr><td>⟦m 乐谱资料下载站 www.yuepu-down.example.com⟧</td></tr></table>
<table width="100%"><tr><td>⟦m 当前位置：首页 → 教学资料 → 计划方案⟧</td></tr></table>
<table border="1" width="760">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 文件大小：38 KB　资料类型：doc　授权方式：免费⟧</td></tr>
<tr><td>⟦m 整理时间：2025-02-11　下载次数：57⟧</td></tr>
</table>
<table width="760"><tr><td><b>⟦m 资料简介：⟧</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="760"><tr><td>⟦a 下载地址：电信下载一　电信下载二　联通下载⟧</td></tr>
<tr><td>⟦a 【报告死链】⟧ ⟦a 【收藏本页】⟧</td></tr></table>
<table width="760"><tr><td>⟦d 本站资料均来自网络，仅供学习交流使用，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
为提高乐团整体演奏水平，做好全年演出准备，结合团员学习实际，制定本计划。
一、排练时间：每周六上午9时至11时30分，寒暑假适当集中排练。
二、排练安排
月份　重点曲目　备注
1—3月　《春节序曲》（改编）　迎春演出
4—6月　《茉莉花》《彩云追月》　六一展演
7—8月　合奏基本功、新团员训练　暑期集训
三、排练要求：团员不得无故缺席，请假须提前一天向声部长说明。
鼓岭县青少年马林巴乐团
2025年1月6日
""",
    ),
    dict(
        slug="rsks-yunmu-art-teacher-interview",
        site="云木市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yunmu.example.gov.cn/ksgg/2025/0603/233.html",
        title="云木市2025年公开招聘中小学音乐（打击乐方向）教师面试公告",
        record_title="云木市2025年公开招聘中小学音乐（打击乐方向）教师面试公告_考务公告_云木市人事考试网",
        date="2025-06-03",
        notes="site suffix; interviewee table kept; the document's own 咨询电话 beside the site's technical line; text telling candidates to 下载打印 their notice kept",
        page="""
!m 云木市人事考试网　|　公平　公正　便民
!m 首页 > 考务公告
{T}
!m 来源：市人事考试院　日期：2025-06-03　【打印】【关闭】
{BODY}
!m 网站技术支持电话：0736-8810110（工作日9:00—17:00）
!d 本网站所发布信息以正式文件为准。
""",
        body="""
根据招聘公告，现将面试有关事项公告如下。
一、面试人员名单
准考证号　姓名　报考岗位
25060310214　严若溪　小学音乐（打击乐）
25060310307　覃晓峰　初中音乐（打击乐）
二、面试内容
面试采取试讲加专业技能测试的方式，专业技能测试为马林巴或小军鼓自选曲目演奏，时长不超过五分钟。
三、其他事项
请考生于6月10日起登录本网站下载打印面试通知书。
咨询电话：0736-8826019。
云木市人事考试院
2025年6月3日
""",
    ),
    dict(
        slug="tender-guling-instrument-bid-html",
        site="鼓岭县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.guling.example.gov.cn/jyxx/zfcg/zbgg/2025/0715/4471.html",
        title="鼓岭县文化馆马林巴及打击乐器采购项目中标结果公告",
        record_title="鼓岭县文化馆马林巴及打击乐器采购项目中标结果公告",
        record_date="2025-07-15",
        date="2025-07-15",
        notes="tender platform: CA helpdesk in the footer, purchaser and agency contacts kept, a bid-result table kept",
        page="""
<html><head><meta charset="utf-8"><title>中标结果公告 - 鼓岭县公共资源交易中心</title></head><body>
<div class="banner">⟦m 鼓岭县公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a 免费注册⟧</div>
<div class="nav">⟦l 交易信息⟧ ⟦l 政策法规⟧ ⟦l 办事指南⟧ ⟦l 下载专区⟧</div>
<div class="bread">⟦m 交易信息 / 政府采购 / 中标（成交）结果公告⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 【信息时间：2025/07/15 阅读次数：63】⟧ ⟦a 【我要打印】⟧ ⟦a 【关闭】⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="foot">⟦m CA办理及技术咨询：400-880-7361⟧ ⟦m 中心地址：鼓岭县政务服务中心三楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：GLCG-2025-0312
二、中标信息
包号　中标供应商　中标金额（元）
1　云木声华乐器有限公司　286000.00
2　鼓岭县锦音文化用品商行　74500.00
三、主要标的：五个八度马林巴二台、颤音琴一台、定音鼓一组。
四、公告期限：自本公告发布之日起一个工作日。
五、联系方式
采购人：鼓岭县文化馆，联系人：石立群，电话：0736-2851046。
代理机构：云木正衡招标咨询有限公司，联系人：龙珊，电话：0736-8123770。
""",
    ),
    dict(
        slug="lawfirm-zhengyin-venue-noise-letter",
        site="正音律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.zhengyinlaw.example.com/cases/2025/0304.html",
        title="关于乐团排练噪声问题的律师函（范本）",
        record_title="律师范本丨关于乐团排练噪声问题的律师函（范本）",
        date=None,
        notes="law-firm template with 律师说法 decoration; placeholders ××× and 年 月 日 kept; no date",
        page="""
!m 正音律师事务所 · 邻里纠纷专业团队
!l 首页 ＞ 文书范本 ＞ 函件
{T}
!m 发布人：刘嘉怡律师　阅读 632
{BODY}
!w 遇到类似问题？拨打律所热线 400-611-2468 免费初步咨询
!d 本范本仅供参考，具体情况请咨询执业律师，本所不对据此采取的行为承担责任。
""",
        body="""
×××乐团：
本所受×××小区业主×××委托，就贵团在该小区地下室排练所产生的噪声问题致函如下。
据委托人反映，贵团自××××年×月起每晚十九时至二十二时在地下室排练马林巴及鼓类乐器，噪声明显超出居民区夜间标准。
请贵团自收到本函之日起七日内采取隔音措施或调整排练时间。
正音律师事务所
律师：×××
年　月　日
""",
    ),
    dict(
        slug="community-chuixi-rehearsal-room",
        site="槌溪街道社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.chuixi-sq.example.cn/sqgg/2025/0820/56.html",
        title="关于社区活动室音乐排练预约的温馨提示",
        record_title="【便民】关于社区活动室音乐排练预约的温馨提示",
        date="2025-08-20",
        notes="residents' site: a 发布于 byline, a property hotline in the footer; numbered list kept; text about scanning a code to book kept",
        page="""
!m 槌溪街道 · 邻里e家
!l 社区公告 | 办事指南 | 志愿服务 | 邻里圈
{T}
!m 发布于：2025-08-20 15:02　浏览 311
{BODY}
!l 👍 点赞 26　💬 评论 4　↗ 转给邻居
!m 物业24小时服务热线：0736-2600712
""",
        body="""
各位居民：
近期社区马林巴兴趣班和合唱队使用活动室较为集中，为合理安排时间，现将预约办法提示如下。
1. 每支队伍每周最多预约两次，每次不超过两小时。
2. 晚上二十一时后不安排打击乐器排练。
3. 请扫描活动室门口二维码预约，预约成功后凭短信到值班室取钥匙。
槌溪社区居委会
""",
    ),
    dict(
        slug="assoc-dajiyue-council-html",
        site="云木市打击乐协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.ymdjy.example.org.cn/xhdt/2025/0301/88.html",
        title="云木市打击乐协会第二届理事会第三次会议纪要",
        record_title="【协会纪要】云木市打击乐协会第二届理事会第三次会议纪要",
        date="2025-03-01",
        date_also=["2025-02-28"],
        notes="association template; minutes' lines and a vote count kept; 抄送 line kept; member-login box",
        page="""
<html><head><meta charset="utf-8"><title>云木市打击乐协会</title></head><body>
<div class="t">⟦m 云木市打击乐协会⟧ ⟦m Yunmu Percussion Association⟧</div>
<div class="login">⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="m">⟦l 协会简介⟧ ⟦l 协会动态⟧ ⟦l 考级服务⟧ ⟦l 会员风采⟧</div>
<h2>{T}</h2>
<div class="d">⟦m 2025-03-01　秘书处⟧</div>
{BODY}
<div class="r">⟦l 协会动态 · 更多⟧<br>⟦l 2025年打击乐考级报名通知⟧</div>
<div class="c">⟦m 秘书处电话：0736-8239106　地址：云木市文化宫三楼⟧<br>⟦d ©2025 云木市打击乐协会⟧</div>
</body></html>
""",
        body="""
时间：2025年2月28日下午
地点：市文化宫三楼会议室
主持：会长 向明远
出席：理事十七人，监事二人
一、审议通过2024年工作报告和财务报告。
二、审议通过增补柏云芝为副会长的提议，表决结果：同意十六票，反对零票，弃权一票。
三、会议决定于今年十月举办全市马林巴独奏邀请赛。
抄送：市文联，市民政局
""",
    ),
]
