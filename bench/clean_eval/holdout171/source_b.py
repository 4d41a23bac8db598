"""holdout171, part B: pencil sharpeners (卷笔刀) — a stationery firm's Party branch, a children's
hospital, a design school, a recall, a school tender and more. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="dangjian-mingyu-speech-sharpener-branch",
        site="榉原县非公党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://fgdj.juyuan.example.gov.cn/zbfc/2025/0701/519.html",
        title="在明宇文具有限公司党支部成立五周年座谈会上的讲话",
        record_title="【支部风采】在明宇文具有限公司党支部成立五周年座谈会上的讲话",
        date="2025-07-01",
        notes="Party-building portal; decorated title; speaker and date lines under the title neutral; a study-platform link between paragraphs; a share bar",
        page="""
<html><head><meta charset="utf-8"><title>【支部风采】在明宇文具有限公司党支部成立五周年座谈会上的讲话-榉原非公党建</title></head>
<body>
<div class="head">⟦m 榉原县非公党建网⟧ <span>⟦m 凝心聚力　党建引领⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 党员教育⟧</li></ul>
<div class="crumb">⟦m 首页 / 支部风采 / 正文⟧</div>
<h1>⟦t 【支部风采】在明宇文具有限公司党支部成立五周年座谈会上的讲话⟧</h1>
<p class="sub">县委两新工委副书记　周敏</p>
<p class="sub">（2025年7月1日）</p>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 分享：微信｜QQ空间｜复制链接⟧</div>
<div class="foot">⟦m 中共榉原县委两新工委主办　联系电话：0736-8812005⟧</div>
</body></html>
""",
        body="""
同志们：
五年前，明宇文具党支部成立时只有三名党员，如今已发展到十九名，支部成了企业发展的主心骨。
五年来，支部把党员先锋岗设在卷笔刀刀片装配线上，带头攻克刀片毛刺和装配松动两个难题，产品合格率从九成提高到九成九。
⟦a 进入“榉原党员e学堂”学习本期党课 >>⟧
希望支部继续把党建工作和生产经营结合起来，在技术攻关、安全生产和职工关爱上多下功夫。
也希望更多非公企业学习明宇的做法，让党建真正成为企业发展的红色引擎。
""",
    ),
    dict(
        slug="hospital-tongan-children-sharpener-safety",
        site="桐安市儿童医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.tachildren.example.org.cn/jkkp/2025/0828/1201.html",
        title="开学季谨防卷笔刀刀片误伤儿童的健康提示",
        record_title="开学季谨防卷笔刀刀片误伤儿童的健康提示_桐安市儿童医院",
        date="2025-08-28",
        notes="hospital: its own 咨询电话 kept beside the hospital's 24-hour line and booking prompt; numbered list; 发布时间 byline as date",
        page="""
!m 桐安市儿童医院　|　健康科普
!a 预约挂号　　报告查询　　来院导航
!t 开学季谨防卷笔刀刀片误伤儿童的健康提示_桐安市儿童医院
!m 发布时间：2025-08-28　　作者：急诊外科　　浏览次数：1320
{BODY}
!w 24小时急诊电话：0719-8860120
!a 关注医院服务号，在线预约挂号
!m 地址：桐安市建设东路188号
""",
        body="""
每年开学前后，急诊外科都会接诊一些被卷笔刀刀片划伤手指的孩子，个别低龄儿童还有误吞刀片螺丝的情况。
为此，我们提醒家长注意以下几点：
1. 为低年级孩子选购刀片不外露的卷笔刀，不要购买可以随意拆卸刀片的款式。
2. 教育孩子不要把卷笔刀拆开玩耍，更不要把刀片、螺丝放进嘴里。
3. 发生划伤时先按压止血，伤口较深或怀疑误吞异物的，应立即到医院就诊。
家长如有疑问，可拨打急诊外科咨询电话：0719-8860233。
""",
    ),
    dict(
        slug="university-huaiqing-news-sharpener-design",
        site="淮青理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.hqlg.example.edu.cn/info/1032/20487.htm",
        title="我院学生卷笔刀设计获省工业设计大赛金奖",
        record_title="我院学生卷笔刀设计获省工业设计大赛金奖-淮青理工学院新闻网",
        date="2025-11-06",
        notes="university news: photographer and editor lines, a photo caption between paragraphs, a 'prev/next' box and a footer with 地址/邮编",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>我院学生卷笔刀设计获省工业设计大赛金奖-淮青理工学院新闻网</title></head>
<body>
<div class="logo">⟦m 淮青理工学院新闻网⟧</div>
<div class="nav">⟦m 学院首页　综合新闻　教学科研　校园文化　媒体淮青⟧</div>
<div class="pos">⟦m 当前位置: 首页 >> 综合新闻 >> 正文⟧</div>
<h2>⟦t 我院学生卷笔刀设计获省工业设计大赛金奖⟧</h2>
<div class="info">⟦m 时间：2025-11-06　作者：宣传部　点击：[ 903 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="meta2">⟦m 摄影：祁远　编辑：郝佳　审核：魏东⟧</div>
<div class="pn"><p>⟦l 上一篇：学院举行2025年秋季运动会⟧</p><p>⟦l 下一篇：材料学院召开学科建设研讨会⟧</p></div>
<div class="foot">⟦m 地址：淮青市大学城学府路6号　邮编：223300⟧　⟦m 苏ICP备05012234号⟧</div>
</body></html>
""",
        body="""
近日，第十二届省工业设计大赛决赛在省会落幕，我院设计艺术学院学生作品“安心转”儿童卷笔刀获产品设计类金奖。
这款卷笔刀把刀片藏在一个可旋转的透明仓里，削笔时孩子看得见铅笔屑，却碰不到刀片。
⟦m 图为获奖作品“安心转”儿童卷笔刀⟧
指导教师介绍，团队前后修改了十一版方案，还到三所小学征求了低年级学生和老师的意见。
目前，已有两家文具企业与团队洽谈成果转化事宜。
""",
    ),
    dict(
        slug="localforum-zitting-electric-sharpener-noise",
        site="梓汀生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.zitingsh.example.com/forum.php?mod=viewthread&tid=553120",
        title="学校教室里的电动卷笔刀能不能统一管一管",
        record_title="[民生求助] 学校教室里的电动卷笔刀能不能统一管一管 - 教育交流 - 梓汀生活网",
        date=None,
        date_also=["2025-10-09"],
        notes="county forum thread; decorated title with [board] and site; anti-scraping junk glued; post time also accepted; a moderator's reply line and a 'reply' box",
        junk=dict(lines=1, glued=2),
        page="""
!m 梓汀生活网　›　教育交流
!t [民生求助] 学校教室里的电动卷笔刀能不能统一管一管 - 教育交流 - 梓汀生活网
!m 楼主：七彩橡皮　　发表于 2025-10-9 20:15　|　只看该作者
{BODY}
!l 2# 版主-梓汀小编：已转交县教育局，请耐心等待回复。
!l 3# 雨后青苔：支持，我家孩子也说上课时吵
!a 快速回复　　发表回复　　返回列表
""",
        body="""
我家孩子在城关二小上三年级，最近回家说班上很多同学带了电动卷笔刀，课间一起削笔，声音很大。
有的同学上课时也偷偷削，老师讲课都被打断了。
还有同学把电动卷笔刀的电池拆下来玩，我担心不安全。
希望学校能统一规定，教室里只用手摇的卷笔刀，或者在讲台边放一台公用的。
不知道其他家长怎么看，欢迎大家一起讨论。
""",
    ),
    dict(
        slug="download-ruanjian-sharpener-rule-asp",
        site="千叶资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.qianyezl.example.com/down/soft/20250516/7714.asp",
        title="文具厂卷笔刀刀片冲压工序安全操作规程",
        record_title="文具厂卷笔刀刀片冲压工序安全操作规程.doc下载",
        date=None,
        notes="old ASP table layout: file-info table, three mirror links, a dead-link report; a rule whose article speaks of 打印/张贴 (kept); no date (an upload stamp is not a date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>文具厂卷笔刀刀片冲压工序安全操作规程.doc下载_千叶资料下载站</title></head>
<body bgcolor="#FFFFFF">
<table width="960" align="center"><tr><td>⟦m 千叶资料下载站⟧</td><td>⟦m www.qianyezl.example.com⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 安全资料 → 操作规程⟧</td></tr></table>
<table width="960" align="center" class="info">
<tr><td>⟦t 文具厂卷笔刀刀片冲压工序安全操作规程.doc下载⟧</td></tr>
<tr><td>⟦m 资料大小：32KB⟧</td><td>⟦m 资料格式：doc⟧</td><td>⟦m 更新时间：2025-05-16⟧</td></tr>
<tr><td>⟦m 下载次数：本日:2 本周:9 总计:418⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<table width="960" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址一：电信下载⟧</td><td>⟦a 下载地址二：联通下载⟧</td><td>⟦a 下载地址三：备用线路⟧</td></tr>
<tr><td>⟦a 如果链接失效，请点此报告错误⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资料均来自网络收集，仅供参考，版权归原作者所有⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障冲压作业人员安全，防止卷笔刀刀片冲压过程中发生伤手事故，制定本规程。
第二条　操作人员须经岗前培训合格后方可上岗，作业时必须佩戴防割手套和护目镜。
第三条　开机前应检查双手按钮、光电保护装置是否灵敏可靠，严禁拆除或屏蔽安全装置。
第四条　送料、取件必须使用专用夹钳，严禁用手直接伸入模具区域。
第五条　本规程由车间打印后张贴在每台冲床旁，班组长每周组织学习一次。
""",
    ),
    dict(
        slug="renshi-nanxi-exam-stationery-inspector",
        site="南溪市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.nxrsks.example.gov.cn/ksgg/2025/0415/913.html",
        title="南溪市产品质量检验所2025年公开招聘工作人员笔试公告",
        record_title="【考务公告】南溪市产品质量检验所2025年公开招聘工作人员笔试公告",
        date="2025-04-15",
        notes="personnel exam site; 考务公告 decoration; a timetable table; a sentence about 打印准考证 kept; an exam committee's 咨询电话 beside the site's technical line",
        page="""
!m 南溪市人事考试网　　[网站首页] [考试公告] [成绩查询]
!m 当前位置：网站首页 > 考试公告
!t 【考务公告】南溪市产品质量检验所2025年公开招聘工作人员笔试公告
!m 来源：市人事考试中心　发布日期：2025-04-15
{BODY}
!w 网站技术支持电话：0817-2260517（仅限报名系统故障）
!a 【打印本页】 【关闭窗口】
""",
        body="""
南溪市产品质量检验所2025年公开招聘工作人员笔试定于5月10日举行，现将有关事项公告如下。
一、考生须于5月6日至5月9日登录南溪市人事考试网下载并打印准考证。
二、笔试时间安排如下：
科目　时间　地点
公共基础知识　5月10日9:00—11:00　南溪市第一中学
专业知识（文具与日用品检验）　5月10日14:00—16:00　南溪市第一中学
三、考生须携带准考证和有效身份证件参加考试，专业知识科目允许携带无存储功能的计算器。
考务咨询电话：0817-2263306。
南溪市人事考试中心
2025年4月15日
""",
    ),
    dict(
        slug="tender-jiangcheng-electric-sharpener-bid",
        site="江澄县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jiangcheng.example.gov.cn/jyxx/zfcg/20250603/4419.html",
        title="江澄县实验小学电动卷笔刀及美术耗材采购项目中标结果公告",
        record_title="江澄县实验小学电动卷笔刀及美术耗材采购项目中标结果公告",
        date="2025-06-03",
        record_date="2025-06-03",
        notes="tender platform: project info table, bid-result table one row a paragraph, purchaser and agency contacts kept beside the platform's CA hotline",
        page="""
<html><head><meta charset="utf-8"><title>江澄县公共资源交易网</title></head>
<body>
<div class="top">⟦m 江澄县公共资源交易网⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政策法规　服务指南　监督投诉⟧</div>
<div class="loc">⟦m 交易信息 > 政府采购 > 中标公告⟧</div>
<h1>⟦t 江澄县实验小学电动卷笔刀及美术耗材采购项目中标结果公告⟧</h1>
<div class="date">⟦m 信息来源：县政府采购中心　发布时间：2025-06-03 16:20⟧</div>
<div class="detail">
{BODY}
</div>
<div class="ca">⟦w CA证书办理及驱动问题咨询：400-826-0931⟧</div>
<div class="ft">⟦m 主办单位：江澄县公共资源交易中心⟧ ⟦m 赣ICP备08065512号⟧</div>
</body></html>
""",
        body="""
一、项目编号：JCCG-2025-0317
二、项目名称：江澄县实验小学电动卷笔刀及美术耗材采购项目
三、中标信息：
包号　中标供应商　中标金额（元）
1　江澄县文兴办公用品商行　38600.00
2　南溪市彩虹美术器材有限公司　72450.00
四、公告期限：自本公告发布之日起1个工作日。
五、采购人：江澄县实验小学，联系人：温老师，电话：0793-5521078。
六、采购代理机构：江澄县政府采购中心，联系人：龚工，电话：0793-5528890。
""",
    ),
    dict(
        slug="lawfirm-zhengheng-lecture-sharpener-liability",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="lecture",
        form="text",
        source="https://www.zhenghenglaw.example.cn/jiangtang/2025/0920/77.html",
        title="儿童文具致害案件中的产品责任——以一起卷笔刀伤手纠纷为例",
        record_title="律师讲堂丨儿童文具致害案件中的产品责任——以一起卷笔刀伤手纠纷为例",
        date=None,
        notes="law firm: a consult card with phone and WeChat, a not-legal-advice notice, decorated title; a lecture with no date",
        page="""
!m 正衡律师事务所　ZHENGHENG LAW FIRM
!m 首页 > 律师讲堂
!t 律师讲堂丨儿童文具致害案件中的产品责任——以一起卷笔刀伤手纠纷为例
!m 主讲：吕思远律师　｜　阅读 644
{BODY}
!w 免费法律咨询：0571-8869 3021　律师微信：zhlaw_lv
!d 本文仅为普法交流，不构成对具体案件的法律意见。
!l 相关文章：消费者如何保存维权证据 / 网购退货纠纷七问
""",
        body="""
去年我所代理了一起儿童文具致害纠纷：一名七岁儿童使用某品牌卷笔刀时，刀片松脱划伤手指。
家长起诉销售商和生产商，要求赔偿医疗费和精神损害抚慰金。
根据产品质量法，因产品存在缺陷造成人身损害的，受害人可以向生产者要求赔偿，也可以向销售者要求赔偿。
本案中，鉴定机构认定该卷笔刀刀片固定螺丝扭力不足，属于设计和制造缺陷，法院判决两被告连带赔偿。
提醒家长保留购物小票和产品包装，发生纠纷时这些都是重要证据。
""",
    ),
    dict(
        slug="community-lizhu-stationery-swap-notice",
        site="栎竹社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lizhusq.example.cn/sqgg/20250826.html",
        title="关于开展“旧文具换新学期”交换活动的通知",
        record_title=None,
        date="2025-08-26",
        notes="residents' site: no record title (title on a line of its own); community duty phone kept beside a property repair line; a volunteers' QR prompt glued after a sentence",
        indent="\u3000\u3000",
        page="""
!m 栎竹社区居委会　　服务居民　温暖你我
!m 社区公告　|　2025-08-26
关于开展“旧文具换新学期”交换活动的通知
{BODY}
!w 物业报修24小时：0771-3308520
!a 扫码加入社区志愿者群
""",
        body="""
各位居民朋友：
新学期即将开始，为倡导节约、减少浪费，社区定于8月30日上午在居委会广场开展旧文具交换活动。
居民可将家中闲置的卷笔刀、文具盒、尺子、画笔等带到现场，按件交换所需物品。⟦a 扫码报名当志愿者 →⟧
带刀片的卷笔刀须完好无损、刀片固定牢靠，损坏的文具请投放到旁边的回收箱。
社区值班电话：0771-3301269。
栎竹社区居委会
2025年8月26日
""",
    ),
    dict(
        slug="association-wenju-pledge-sharpener-blade",
        site="桐川市文具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.tcwjxh.example.org/xhdt/2025/0310/208.html",
        title="关于提升儿童卷笔刀安全设计水平的倡议书",
        record_title="【协会倡议】关于提升儿童卷笔刀安全设计水平的倡议书",
        date="2025-03-10",
        notes="association site: decorated title; a member-login box; a 'join the association' button between paragraphs; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于提升儿童卷笔刀安全设计水平的倡议书 - 桐川市文具行业协会</title></head>
<body>
<div class="hd">⟦m 桐川市文具行业协会⟧ <span>⟦m 服务会员　规范行业　促进发展⟧</span></div>
<div class="nav">⟦m 协会首页 | 协会动态 | 行业标准 | 会员风采 | 联系我们⟧</div>
<div class="side">⟦a 会员登录⟧ ⟦a 忘记密码？⟧</div>
<h2>⟦t 【协会倡议】关于提升儿童卷笔刀安全设计水平的倡议书⟧</h2>
<p class="meta">⟦m 来源：协会秘书处　时间：2025-03-12⟧</p>
<div class="article">
{BODY}
</div>
<div class="ft">⟦m 协会地址：桐川市工业大道58号商会大厦11楼⟧ ⟦d Copyright © 桐川市文具行业协会⟧</div>
</body></html>
""",
        date_also=["2025-03-12"],
        body="""
全市各文具生产企业：
卷笔刀是中小学生最常用的文具之一，其刀片安全直接关系到孩子们的健康。
为此，协会向全体会员企业发出如下倡议：
一是严格执行国家学生用品安全通用要求，儿童卷笔刀刀片不得外露，螺丝不得轻易松脱。
二是在包装上用醒目文字标注适用年龄和安全警示。
⟦a 申请加入协会 ›⟧
三是建立产品追溯制度，发现缺陷产品及时主动召回。
桐川市文具行业协会
2025年3月10日
""",
    ),
    dict(
        slug="company-mingyu-recall-electric-sharpener",
        site="明宇文具有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.mingyu-wenju.example.com/news/recall-2025-0518.html",
        title="明宇文具有限公司关于召回部分批次电动卷笔刀的公告",
        record_title="明宇文具有限公司关于召回部分批次电动卷笔刀的公告 - 明宇文具",
        date="2025-05-18",
        notes="company site: recalled batches table, the company's recall line kept beside a 400 sales line and an online-shop prompt; 成文日期",
        page="""
!m 明宇文具　｜　首页　产品中心　新闻动态　服务支持　联系我们
!t 明宇文具有限公司关于召回部分批次电动卷笔刀的公告 - 明宇文具
!m 新闻动态 / 公司公告　　2025.05.18
{BODY}
!w 全国订购热线：400-690-2025
!a 进入明宇官方旗舰店 >
!d ©2025 明宇文具有限公司　版权所有
""",
        body="""
近期，我公司在质量回访中发现，部分批次MY-E08型电动卷笔刀的防护盖微动开关存在失灵可能，取下防护盖后刀片仍可能转动。
为保障消费者安全，我公司决定主动召回下列批次产品：
型号　生产批号　生产日期
MY-E08　E0825A03　2025年1月
MY-E08　E0825B11　2025年2月
消费者可凭产品到原购买门店免费更换，或拨打召回专线0736-8816600预约上门取件。
明宇文具有限公司
2025年5月18日
""",
    ),
    dict(
        slug="training-mohua-art-sketch-sharpening",
        site="墨画美术培训学校 (invented)",
        style="培训机构",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.mohua-art.example.com/about/rules/pencil.html",
        title="素描班削笔与工具使用须知",
        record_title="学员必看 | 素描班削笔与工具使用须知",
        date=None,
        notes="training school: a float consult box, a trial-lesson ad between paragraphs, the school's 报名电话 kept beside a 400 line; no date",
        page="""
<html><head><meta charset="utf-8"><title>学员必看 | 素描班削笔与工具使用须知 - 墨画美术</title></head>
<body>
<div class="head">⟦m 墨画美术培训学校⟧ ⟦m 用心教好每一笔⟧</div>
<div class="nav">⟦m 首页 课程设置 师资力量 学员作品 校区分布⟧</div>
<h1>⟦t 学员必看 | 素描班削笔与工具使用须知⟧</h1>
<div class="con">
{BODY}
</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 全国招生热线 400-105-6638⟧</div>
<div class="ft">⟦m 墨画教育科技有限公司　粤ICP备17044102号⟧</div>
</body></html>
""",
        body="""
素描课对铅笔的要求与平时写字不同，笔芯要削得长、削得尖，请学员和家长注意以下事项。
1. 素描铅笔一律用美工刀手削，笔芯露出约一厘米，教室不提供也不建议使用普通卷笔刀。
2. 十岁以下学员削笔须在老师或家长看护下进行，美工刀用后立即收回刀片。
⟦a 9.9元体验两节素描课，点击预约 ›⟧
3. 削下的木屑和铅灰请倒入教室后方的废纸箱，不要随手丢在画架下。
4. 学员需自备4B、2B、HB铅笔各两支，可在前台购买。
报名及课程咨询：0755-2318 6620（南山校区前台）。
""",
    ),
]
