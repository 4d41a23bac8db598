"""holdout44, part B. Invented text (sites, counties, people, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="party-troupe-branch-speech-html",
        site="柘溪党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zxdj.gov.cn/zbfc/202507/t20250701_56720.html",
        title="在县杂技团党支部“七一”主题党日活动上的讲话",
        record_title="【支部风采】在县杂技团党支部“七一”主题党日活动上的讲话 - 柘溪党建网",
        date="2025-06-30",
        notes="Party-building portal: study-points float, speaker and date lines under the title (neutral), glued share row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在县杂技团党支部“七一”主题党日活动上的讲话 - 柘溪党建网</title>
<script>window.__STUDY__={points:true};</script></head><body>
<header><div class="logo">⟦m 柘溪党建网⟧</div><div class="slogan">⟦m 凝心聚力　红色引擎⟧</div>
<nav>⟦m 首页　组织建设　党员教育　支部风采　廉政建设　党务公开⟧</nav></header>
<div class="float-study">⟦a 学习积分+1，继续阅读可再得1分⟧</div>
<div class="crumb">⟦m 首页 » 支部风采⟧</div>
<article><h1>{T}</h1>
<p class="sub">县委宣传部副部长　蒋书言</p>
<p class="sub">（2025年6月30日）</p>
{BODY}
</article>
<aside><h3>⟦l 专题专栏⟧</h3><ul><li>⟦l 深入贯彻中央八项规定精神学习教育⟧</li><li>⟦l 两新组织党建⟧</li></ul></aside>
<footer>⟦m 中共柘溪县委组织部主办⟧ ⟦m 技术支持电话：0571-69011230⟧ ⟦m 浙ICP备13021769号-1⟧</footer>
</body></html>
""",
        body="""
同志们：
县杂技团党支部把“七一”主题党日放在排练厅，很有意义。
过去一年，支部党员带头参加送戏下乡，演出场次占全团的四成，在急难险重的节目中冲在前面。⟦l 分享到：微信 朋友圈 微博⟧
希望支部继续把党建工作和艺术生产结合起来，让党旗在舞台上高高飘扬。
""",
    ),
    dict(
        slug="hospital-radar-heat-stroke-notice-html",
        site="汐湾县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xwrmyy.com/news/gonggao/2025/0715/1342.html",
        title="关于开通高温作业人员中暑急诊绿色通道的公告",
        record_title="关于开通高温作业人员中暑急诊绿色通道的公告｜汐湾县人民医院",
        date="2025-07-15",
        notes="hospital site: appointment and complaint lines next to the notice's own contact; a 预约 prompt between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>关于开通高温作业人员中暑急诊绿色通道的公告｜汐湾县人民医院</title></head><body>
<div class="top">⟦m 汐湾县人民医院　二级甲等综合医院⟧ <span>⟦m 预约挂号：0576-87018120　投诉：0576-87018000⟧</span></div>
<div class="nav">⟦m 医院概况 / 科室导航 / 专家介绍 / 就医指南 / 新闻公告 / 健康科普⟧</div>
<div class="path">⟦m 当前：首页→新闻公告→院务公告⟧</div>
<div class="art"><h3>{T}</h3><div class="info">⟦m 发布日期：2025-07-15　阅读次数：662⟧</div>
{BODY}
</div>
<div class="side">⟦l 健康科普：夏季如何预防热射病⟧<br>⟦l 健康科普：户外作业补水小贴士⟧</div>
<div class="foot">⟦m 地址：汐湾县滨海大道188号⟧ ⟦d 本站信息仅供参考，不能作为诊断和治疗依据。⟧</div>
</body></html>
""",
        body="""
入夏以来，我县持续高温。为及时救治中暑患者，我院自即日起在急诊科开通高温作业人员中暑急诊绿色通道。
高温作业人员出现头晕、乏力、体温升高等症状的，可直接到急诊科就诊，实行先救治后缴费。
⟦a 微信搜索“汐湾人医”小程序，在线预约更便捷⟧
各用人单位可拨打急诊科电话预约上门健康宣讲。
急诊科联系电话：0576-87018120转2201
汐湾县人民医院
2025年7月15日
""",
    ),
    dict(
        slug="university-marine-college-tide-internship",
        site="潮屿海洋学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://hy.chaoyu-ocean.edu.cn/info/1052/7718.htm",
        title="海洋科学专业2025级潮位观测实习方案",
        record_title="海洋科学专业2025级潮位观测实习方案-海洋科学系",
        date="2025-06-16",
        notes="college department page; decimal headings kept; relative 'updated' line; 成文日期",
        page="""
!m 潮屿海洋学院 海洋科学系
!m 首页 | 系部概况 | 本科教学 | 科学研究 | 学生工作
!m 位置：首页 > 本科教学 > 实践教学
{T}
!m 点击：[305]　发布者：系教务办
!a [收藏]　[打印]　[关闭]
{BODY}
!l 上一条：2025届毕业论文答辩安排
!l 下一条：海洋科学系暑期社会实践立项名单
!m 版权所有 © 潮屿海洋学院海洋科学系　地址：潮屿市学府路9号
""",
        body="""
1.实习目的
通过在汐湾潮位站连续观测，使学生掌握验潮井水位读数、潮汐曲线绘制和资料整编的基本方法。
2.实习安排
2.1 时间：2025年7月7日至7月18日。
2.2 地点：汐湾潮位站及鲛屿临时观测点。
3.纪律要求
实习期间不得单独下水，夜间观测须两人以上同行。
海洋科学系
2025年6月16日
""",
    ),
    dict(
        slug="localforum-lighthouse-road-closure-junk",
        site="鲛屿在线 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jiaoyu0576.com/forum.php?mod=viewthread&tid=77241",
        title="关于灯塔山步道临时封闭的通知",
        record_title="灯塔山步道要封一个月！官方通知来了",
        title_in="decorated",
        date="2025-08-04",
        notes="county forum repost; poster's aside as the record title; junk glued and on lines; 发布于 line and 成文日期 the same day",
        page="""
!m 鲛屿在线 - 鲛屿人自己的网上家园
!m 论坛首页 › 鲛屿新闻 › 帖子
!m 【楼主】岛上阿海　发布于 2025-8-4 18:22　　来自手机
!a 收藏本帖　　只看楼主　　复制链接
灯塔山步道要封一个月！官方通知来了
{T}
{BODY}
!a 本帖最后由 岛上阿海 于 2025-8-4 18:30 编辑
!l 1#　鲛屿小林：那国庆还能上去吗
!l 2#　守岛人：终于要修了，台阶早该换了
!l 【鲛屿在线】新人注册送积分，签到抽奖进行中
""",
        junk=dict(lines=1, glued=2),
        body="""
因灯塔山步道护栏更换和台阶维修施工，自2025年8月6日起至9月5日，灯塔山步道全线临时封闭。
封闭期间，请游客和居民绕行环岛公路，不要翻越施工围挡。
给大家带来的不便，敬请谅解。
鲛屿镇人民政府
2025年8月4日
""",
    ),
    dict(
        slug="download-station-cocoon-grading-oldtable",
        site="绿野资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.lvye-down.com/soft/9021.html",
        title="蚕茧收购评茧操作规程",
        record_title="蚕茧收购评茧操作规程.doc下载",
        date=None,
        notes="old download-station layout: file info table, mirrors, unzip password, dead-link report; no date (upload and update stamps only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蚕茧收购评茧操作规程.doc下载_绿野资料站</title></head>
<body><table width="100%"><tr><td>⟦m 绿野资料站 www.lvye-down.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 位置：绿野资料站 → 农业资料 → 养殖技术⟧</td></tr></table>
<table border="1"><tr><td>⟦m 资料大小：42KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-29⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 运行环境：Word/WPS⟧</td><td>⟦m 资料等级：★★★☆☆⟧</td></tr></table>
<table><tr><td><b>资料简介：</b></td></tr><tr><td>
<p>{T}</p>
{BODY}
</td></tr></table>
<table><tr><td>⟦a 下载地址：电信下载一　联通下载二　移动下载三⟧</td></tr>
<tr><td>⟦a 解压密码：www.lvye-down.com⟧</td></tr>
<tr><td>⟦a 如遇下载地址失效请点此报告⟧</td></tr>
<tr><td>⟦l 相关资料：桑园病虫害防治月历.doc　小蚕共育技术要点.ppt⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均来自网络收集，仅供学习研究，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
一、评茧员须持证上岗，每个收购点至少配备2名评茧员。
二、评茧时随机抽取样茧，剖茧检验上车茧率和茧层率，结果当场公示。
三、蚕农对评茧结果有异议的，可申请复评一次，复评由茧站站长主持。
四、严禁凭感觉定级，严禁收“人情茧”。
""",
    ),
    dict(
        slug="personnel-exam-troupe-recruitment",
        site="汐湾人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.xiwan.gov.cn/ksxx/sydw/2025/0603/5512.shtml",
        title="汐湾县杂技团2025年公开招聘演员公告",
        record_title="【考试公告】汐湾县杂技团2025年公开招聘演员公告",
        date="2025-06-03",
        notes="exam site: technical-support line next to the notice's own 政策咨询 phone; timetable table; 准考证 download sentence kept",
        page="""
!m 汐湾县人事考试网
!m 首页 > 考试信息 > 事业单位招聘
{T}
!m 信息来源：县人社局　发布时间：2025-06-03　字号：[大][中][小]
{BODY}
!a 【打印本页】　　【关闭】
!m 报名系统技术支持：0576-87299001（工作日9:00-17:00）
!d 本网站所发布的考试信息以官方文件为准。
""",
        body="""
因工作需要，汐湾县杂技团面向社会公开招聘演员5名。
岗位　人数　条件
杂技演员　3名　18至25周岁，具有杂技专业中专以上学历
舞蹈演员　2名　18至28周岁，具有舞蹈专业大专以上学历
专业测试时间为7月5日，考生请于7月1日起登录本网站下载打印准考证。
政策咨询电话：0576-87220316
汐湾县人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="tender-tide-station-well-html",
        site="汐湾公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.xiwan.gov.cn/jyxx/zfcg/cgjg/20250819/4471.html",
        title="汐湾潮位站验潮井改造工程中标结果公告",
        record_title="汐湾潮位站验潮井改造工程中标结果公告-采购结果-汐湾公共资源交易网",
        date="2025-08-19",
        notes="procurement portal: CA hotline next to purchaser and agency contacts; bid result table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>汐湾潮位站验潮井改造工程中标结果公告-采购结果-汐湾公共资源交易网</title></head><body>
<div class="head">⟦m 汐湾县公共资源交易中心⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a 代理机构登录⟧</a></div>
<div class="menu">⟦m 交易信息 · 政策法规 · 办事指南 · 诚信管理⟧</div>
<div class="loc">⟦m 当前位置：交易信息 / 政府采购 / 采购结果⟧</div>
<div class="detail"><div class="t">{T}</div>
<div class="m">⟦m 信息时间：2025-08-19　浏览：211⟧</div>
{BODY}
</div>
<div class="cert">⟦m CA证书办理热线：400-880-6617⟧</div>
<div class="ft">⟦m 汐湾县公共资源交易中心版权所有⟧ ⟦m 建议使用1366×768分辨率浏览⟧</div>
</body></html>
""",
        body="""
一、项目编号：XWCG-2025-0317
二、项目名称：汐湾潮位站验潮井改造工程
三、中标结果
中标人　中标金额（元）　工期
汐湾港航建设有限公司　1386420.00　90日历天
四、公告期限：自本公告发布之日起1个工作日。
采购人：汐湾县自然资源局　联系人：潘先生　电话：0576-87231406
代理机构：浙东招标咨询有限公司　联系人：俞女士　电话：0576-87100322
""",
    ),
    dict(
        slug="lawfirm-acrobat-injury-article",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="text",
        source="https://www.mingheng-law.com/guandian/2025/336.html",
        title="杂技演员训练受伤，能否认定工伤？",
        record_title="律所观点｜杂技演员训练受伤，能否认定工伤？",
        date="2025-05-09",
        notes="law-firm page: consult box and free-consult prompt glued after a sentence; Posted-on date",
        page="""
!m 明衡律师事务所 MINGHENG LAW
!m 首页　律所介绍　专业领域　律师团队　律所观点　联系我们
{T}
!m 作者：章澈律师　日期：2025/05/09　浏览：98
{BODY}
!w 在线咨询｜工伤赔偿疑问？拨打 139-0576-2281 章律师免费解答
!l 推荐阅读：劳务派遣演员的社保谁来交｜演出合同中的安全条款怎么写
!d 本文仅为作者观点，不构成法律意见。
!m 明衡律师事务所 版权所有　浙ICP备19022431号
""",
        body="""
日常训练是杂技演员工作的重要组成部分。演员在单位安排的训练中受伤，一般属于“在工作时间和工作场所内，因工作原因受到事故伤害”。⟦w 遇到类似问题？点击右侧免费咨询⟧
实践中，单位常以“训练不是演出”为由拒绝申报，这种理由通常难以成立。
建议受伤演员保留训练安排通知、就诊记录等材料，在事故发生之日起一年内申请工伤认定。
""",
    ),
    dict(
        slug="community-vermicelli-drying-oneline",
        site="蕨塘社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.juetang-sq.cn/tzgg/1289.html",
        title="关于规范晒粉场地使用的通知",
        record_title="蕨塘社区｜关于规范晒粉场地使用的通知",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="residents' site, the whole notice on one line; grid worker's contact kept beside the community service line",
        page="""
!m 蕨塘社区网　　服务居民 从心开始
!m 社区首页 > 通知公告
{T}
!m 发布人：社区居委会　2025-10-21　阅读 77
{BODY}
!a 点赞　评论　转发到邻里群
!m 社区便民服务电话：0731-82966500
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位居民、加工户：
入秋以来晒粉户增多，为保障道路通行和消防安全，现将有关事项通知如下：公共道路和消防通道禁止晾晒粉丝；村东晒粉场按户分区使用，请服从网格员安排。
网格员：周小满　电话：15907311826
蕨塘社区居民委员会
2025年10月20日
""",
    ),
    dict(
        slug="association-silk-industry-report-wrap",
        site="柘坪茧丝绸行业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.zpsilk.org.cn/hydt/2025/0302.html",
        title="2024年全县茧丝绸行业运行情况报告",
        record_title="协会动态｜2024年全县茧丝绸行业运行情况报告",
        date="2025-02-28",
        notes="association page, hard-wrapped at 62 columns; a data table kept unwrapped rows; join-the-association link glued after a sentence",
        page="""
!m 柘坪县茧丝绸行业协会
!m 协会首页 / 协会动态 / 行业数据 / 会员服务 / 入会申请
{T}
!m 发布：秘书处　　时间：2025-03-02
{BODY}
!l 上一条：协会第二届会员大会第三次会议召开
!m 协会秘书处电话：0572-56210087　地址：柘坪镇丝绸路12号
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
2024年，全县桑园面积稳定在3.2万亩，全年发种量5.1万张，蚕茧产量较上年增长6.8%，缫丝企业产能利用率回升至八成以上。⟦l 欢迎符合条件的企业申请入会⟧
指标　2024年　2023年
桑园面积（万亩）　3.2　3.2
蚕茧产量（吨）　1870　1751
行业面临的主要问题是养蚕劳动力老龄化和小蚕共育覆盖不足，建议加大省力化蚕台推广力度。
柘坪县茧丝绸行业协会秘书处
2025年2月28日
""",
    ),
    dict(
        slug="enterprise-instrument-factory-recall-html",
        site="笙岭民族乐器厂官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.shengling-yueqi.com/news/2025/0908.html",
        title="关于召回部分批次竹笛笛膜贴的公告",
        record_title="关于召回部分批次竹笛笛膜贴的公告 - 笙岭乐器",
        date="2025-09-08",
        notes="company site with a cookie bar and online-shop prompt; recall line kept beside the sales line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分批次竹笛笛膜贴的公告 - 笙岭乐器</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续访问即表示同意。⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 笙岭乐器　SHENGLING⟧ <nav>⟦m 关于我们｜产品中心｜新闻资讯｜经销网络｜联系我们⟧</nav></header>
<main><h2>{T}</h2><p class="date">⟦m 2025.09.08⟧</p>
{BODY}
</main>
<div class="shop">⟦a 官方旗舰店正品直购，点击进入 ›⟧</div>
<footer>⟦m 销售热线：400-600-3171⟧ ⟦m © 2025 笙岭民族乐器厂 版权所有⟧</footer>
</body></html>
""",
        body="""
我厂在质量抽查中发现，2025年6月生产的部分笛膜贴（批号SL2506A、SL2506B）黏性不足，可能导致笛膜脱落。
我厂决定对上述批次产品实施召回，用户可凭包装上的批号免费更换。
召回咨询电话：0576-87266215（质量部）
笙岭民族乐器厂
2025年9月8日
""",
    ),
    dict(
        slug="training-restoration-course-pages",
        site="砚坳文博培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yanao-wenbo.com/kecheng/guji-2025.html",
        title="2025年古籍修复技艺基础研修班招生通知",
        record_title="【名额有限】2025年古籍修复技艺基础研修班招生通知（附课程表）",
        date="2025-07-01",
        notes="training school page with a floating consult box; preview page markers of its own glued; course table; 成文日期",
        page="""
!m 砚坳文博培训中心 · 传统技艺培训
!m 首页 > 课程中心 > 古籍修复
{T}
!w 课程顾问在线，添加微信 yanao_wb88 获取课程资料
{BODY}
!a 立即报名　　预约试听
!l 热门课程：碑帖传拓体验课 ｜ 书画装裱入门 ｜ 文物摄影
!m 培训中心地址：砚坳县文昌街66号　客服热线：400-820-7719
""",
        pages=dict(fmt="·第{n}页·", every=80, start=2, glue=True),
        body="""
为培养基层古籍修复人才，本中心联合檀垭县图书馆举办古籍修复技艺基础研修班，面向各级图书馆、档案馆在职人员招生。
课程　学时
纸张与装帧基础　16
修复技法实操　40
研修班学员30名，报名截止日期为8月15日。学员结业后须填写《修复实习日志》，可扫码下载电子版。
报名联系人：庞老师　电话：0578-22617301
砚坳文博培训中心
2025年7月1日
""",
    ),
]
