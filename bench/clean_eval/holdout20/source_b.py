"""Holdout 20, part B: enterprises, associations and firms no earlier part names — a mine
rescue brigade's intranet, a ferry company, a cement group's OA export, a cable-TV network
company, a pharmaceutical maker's account mirror, a calligraphers' association on an old
table layout, a writers' association, a philatelic association's forwarded minutes, a
forensic-appraisal institute, an asset-appraisal firm's Party branch, a forest inventory and
planning institute's intranet file and a camellia-oil industry report on a download
station. Invented text (places, people, sites, URLs, chrome wording); see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="intranet-luyu-kuangjiu-speech-portal",
        site="鹭屿矿山救护大队内网 (invented)",
        style="企业内网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://10.18.2.6/portal/news/dd/2025/0407/article_661.jsp",
        title="在大队2025年安全生产暨救援技术竞赛动员会上的讲话",
        record_title="【大队要闻】在大队2025年安全生产暨救援技术竞赛动员会上的讲话",
        date="2025-04-07",
        notes="a mine rescue brigade's intranet portal: user bar with a to-do count and log-out, module tabs, an internal-only notice, a speaker line and a date under the title (neutral), approval/reads line, attachments of the portal (no 附件 in the speech)",
        page="""
<html><head><meta charset="utf-8"><title>【大队要闻】在大队2025年安全生产暨救援技术竞赛动员会上的讲话</title></head>
<body>
<div id="portal-top"><span class="logo">⟦m 鹭屿矿山救护大队 · 协同办公平台⟧</span>
<span class="user">⟦m 欢迎您，张建（战训科）⟧ <a>⟦a 待办(3)⟧</a> <a>⟦a 修改密码⟧</a> <a>⟦a 安全退出⟧</a></span></div>
<ul id="tabs"><li>⟦m 门户首页⟧</li><li>⟦m 公文流转⟧</li><li>⟦m 大队要闻⟧</li><li>⟦m 规章制度⟧</li><li>⟦m 值班排班⟧</li><li>⟦m 通讯录⟧</li></ul>
<div class="news-detail">
<h3>{T}</h3>
<p class="c">大队长　孙立铭</p>
<p class="c">（2025年4月7日）</p>
<p class="info">⟦m 发布部门：大队办公室　审核：李晓峰　阅读人数：146⟧</p>
<div class="news-text">
{BODY}
</div>
<div class="btns">⟦a 返回列表　　打印本页　　转发至我的工作群⟧</div>
</div>
<div class="right-col"><div class="box"><h4>⟦l 最新公告⟧</h4><p>⟦l 关于4月份值班安排的通知⟧</p><p>⟦l 呼吸器月度检查结果通报⟧</p></div>
<div class="box"><h4>⟦l 快捷入口⟧</h4><p>⟦l 请假审批 ｜ 车辆申请 ｜ 物资领用⟧</p></div></div>
<div id="portal-foot">⟦d 内部资料　注意保密　不得截屏外传⟧<br>⟦m 技术支持：大队信息中心　分机 8016⟧</div>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开大队2025年安全生产暨救援技术竞赛动员会，主要任务是总结去年工作，部署今年安全生产重点任务，动员全体指战员以赛促训、以赛练兵，全面提升应急救援能力。
过去一年，全大队共出动救援43次，参加矿井火灾、瓦斯爆炸、透水等事故抢险救援7起，成功救出遇险人员19名，完成预防性安全检查126次，实现了“零伤亡、零失误”的目标。这些成绩的取得，凝聚着全体指战员的辛勤汗水。
当前，全市矿山企业点多面广，部分矿井开采深度加大，灾害因素更加复杂，救援任务更加艰巨。我们必须清醒认识到，救援队伍的能力水平与新形势新任务的要求相比还有差距，个别中队训练标准不高、装备维护不到位的问题依然存在。
今年要重点抓好三项工作：一是从严从实抓训练，坚持“一日一练、一周一考、一月一评”，确保每名指战员熟练掌握各项救援技能；二是全力以赴备战技术竞赛，各中队要选拔骨干组成参赛队，围绕紧急救护、高空救援、模拟救灾等科目开展针对性训练；三是持续深化预防性检查，主动深入服务矿井排查隐患，把事故消灭在萌芽状态。
同志们，救援无小事，责任重于山。希望大家发扬“召之即来、来之能战、战之必胜”的优良作风，以更加饱满的热情投入训练，在技术竞赛中展现风采，为全市矿山安全生产作出新的更大贡献！
""",
    ),
    dict(
        slug="corp-jichuan-ferry-notice-html-follow",
        site="霁川轮渡有限公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jclundu.example.com/news/notice/20251014-211.html",
        title="关于霁川渡口因大风天气临时停航的通知",
        record_date="2025-10-14",
        date="2025-10-14",
        notes="a ferry company's modern site: booking and timetable buttons, a floating customer-service box with a WeChat id, the notice itself tells passengers to 关注 the company's account and gives its own service phone; footer with copyright",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"><title>关于霁川渡口因大风天气临时停航的通知</title></head>
<body>
<header><div class="brand">⟦m 霁川轮渡 · 一水相连 两岸同心⟧</div>
<nav><a>⟦m 首页⟧</a><a>⟦m 航线船期⟧</a><a>⟦m 新闻公告⟧</a><a>⟦m 乘船须知⟧</a><a>⟦m 关于我们⟧</a></nav>
<div class="quick"><a class="btn">⟦a 在线购票 ›⟧</a><a class="btn">⟦a 船期查询⟧</a></div></header>
<section class="page-banner">⟦m 新闻公告 / NOTICE⟧</section>
<section class="detail">
<h2>{T}</h2>
<p class="time">⟦m 2025-10-14　　来源：运营调度中心⟧</p>
<div class="rich">
{BODY}
</div>
<div class="back">⟦l ‹ 返回公告列表⟧</div>
</section>
<div class="kf-float">⟦w 客服微信：jclundu_kf⟧<br>⟦w 团体包船请致电市场部⟧</div>
<footer><p>⟦m 霁川轮渡有限公司　地址：霁川县江滨路1号客运码头⟧</p><p>⟦d Copyright © 2019-2025 霁川轮渡有限公司 版权所有⟧</p><p>⟦m 赣ICP备19006620号⟧</p></footer>
</body></html>
""",
        body="""
尊敬的广大旅客：
受今年第18号台风外围环流影响，预计10月14日夜间至10月16日，霁川江面将出现7至8级阵风。为确保旅客和船舶航行安全，根据海事部门的通知要求，我公司霁川渡口至对岸沙洲渡口航线自10月14日18时起临时停航，复航时间另行通知。
停航期间，已购买船票的旅客可凭购票凭证到售票窗口办理全额退票，通过网上购票的旅客，票款将在3个工作日内原路退回。
请广大旅客合理安排出行计划，可通过微信搜索并关注“霁川轮渡”公众号，或拨打公司服务电话0795-4470618，及时了解复航信息。
由此给您带来的不便，敬请谅解。
霁川轮渡有限公司
2025年10月14日
""",
    ),
    dict(
        slug="oa-yanhu-cement-minutes-approval-trail",
        site="砚湖水泥集团OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="text",
        source="oa://yhsn.example.com/doc/view?fid=JY2025031",
        title="集团公司2025年第5次总经理办公会议纪要",
        record_title=None,
        date="2025-06-02",
        date_also=["2025-05-30"],
        notes="a cement group's OA export: no record title; an export stamp and an OA id at the top (no date), an approval trail and a read-receipt line at the bottom; minutes with 时间/地点/主持/出席/列席/记录 lines, numbered decisions, 分送 and 印发 lines (the 印发 date expected, the meeting date also accepted)",
        page="""
!m 砚湖水泥集团有限公司 协同办公系统
!m 导出人：王敏　导出时间：2025-06-03 10:12:44
!m 公文编号：YHSN-JY-2025-031　　密级：内部
{T}
{BODY}
!m 流程记录：拟稿（办公室 徐琳）→ 核稿（综合管理部 杜海峰）→ 签发（总经理 任志刚）
!m 已阅：27人　未阅：4人
!a [打印]　[另存为PDF]　[关闭]
""",
        body="""
时间：2025年5月30日上午9:00
地点：集团公司三楼第一会议室
主持：任志刚
出席：陈雪峰、范立新、郭敏、贺建平
列席：各部门负责人，各子公司总经理
记录：徐琳
会议听取了生产运营部关于1至5月生产经营情况的汇报，研究了夏季安全生产、错峰生产和技术改造等事项。现将会议议定事项纪要如下：
一、关于1至5月生产经营情况。会议指出，1至5月集团累计生产熟料186万吨、水泥241万吨，分别完成年度计划的40.6%和41.2%，但受市场需求偏弱影响，产品平均售价同比下降8.3%。会议要求，营销部门要加强区域市场研判，稳住重点工程客户，千方百计保市场、保份额。
二、关于夏季安全生产。会议要求，各子公司要针对高温、汛期特点，重点做好预热器清堵、篦冷机检修、有限空间作业等高风险作业管控，严格执行作业票制度，6月15日前完成防汛物资检查补充。
三、关于错峰生产安排。会议同意生产运营部提出的6月至7月错峰生产方案，各生产线要利用停窑期间集中开展设备检修，检修计划于6月5日前报生产运营部备案。
四、关于2号线余热发电技术改造项目。会议原则同意项目实施方案，由技术中心牵头，财务部配合，按程序完成招标采购工作，力争9月底前建成投运。
分送：集团领导，各部门，各子公司。
砚湖水泥集团有限公司办公室　　2025年6月2日印发
""",
    ),
    dict(
        slug="corp-lanqiao-cable-tv-notice-html",
        site="岚桥广电网络公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lqgdwl.example.com/gsgg/2025/1103/87.html",
        title="关于有线电视数字信号升级改造的公告",
        record_title=None,
        date="2025-11-03",
        notes="a cable-TV network company (no record title; the page's <title> carries —site): business-hall and bill-payment buttons, the notice's own 96335 line next to the footer's 24-hour line with an area code, a table of areas and dates, a '营业厅查询' sidebar; no date on the page besides the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于有线电视数字信号升级改造的公告—岚桥广电网络</title></head>
<body>
<div class="topbar">⟦a 网上营业厅⟧ ｜ ⟦a 缴费充值⟧ ｜ ⟦a 故障报修⟧</div>
<div class="logo">⟦m 岚桥广电网络 · 智慧广电 进千家万户⟧</div>
<div class="menu">⟦m 首页　业务介绍　资费标准　公司公告　服务网点　联系我们⟧</div>
<div class="loc">⟦m 当前：首页 - 公司公告⟧</div>
<div class="cnt">
<div class="ttl">{T}</div>
<div class="cnt-meta">⟦m 分类：公司公告　人气：1873⟧</div>
<div class="cnt-body">
{BODY}
</div>
</div>
<div class="sidebar"><h4>⟦l 营业厅查询⟧</h4><p>⟦l 城关营业厅　县府路55号⟧</p><p>⟦l 东城营业厅　东湖大道102号⟧</p><p>⟦l 更多网点 &gt;&gt;⟧</p></div>
<div class="footer">⟦m 24小时服务专线：0734-96335⟧　⟦m 湖南岚桥广电网络有限公司⟧<br>⟦d 本网站版权归岚桥广电网络所有，未经允许不得复制⟧</div>
</body></html>
""",
        body="""
尊敬的有线电视用户：
为提升有线电视信号传输质量，为广大用户提供更多高清、超高清节目，我公司将对县城及部分乡镇有线电视网络进行数字信号升级改造。现将有关事项公告如下：
一、改造时间及区域
区域　改造时间
城关镇、东城街道　2025年11月10日至11月20日
沙田镇、白石镇　2025年11月21日至11月30日
其余乡镇　2025年12月1日至12月15日
二、有关说明
改造期间，相关区域有线电视信号将在每日0:00至6:00出现间断性中断，其余时段正常播出。改造完成后，用户需对机顶盒进行频道重新搜索，操作方法可参照机顶盒说明书，或由我公司工作人员上门指导。
三、服务保障
升级改造不收取任何费用，请广大用户提高警惕，谨防有人冒充我公司工作人员上门收费。如有疑问，请拨打客服热线96335咨询。
给您带来的不便，敬请谅解。
岚桥广电网络有限公司
2025年11月3日
""",
    ),
    dict(
        slug="mirror-junxi-pharma-pledge-account-line",
        site="号内搜 mirror of 筠溪制药's account (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.haoneisou.example.com/a/junxizhiyao/20250605/77120.html",
        title="关于开展“节能降耗　绿色生产”活动的倡议书",
        record_title="倡议｜关于开展“节能降耗　绿色生产”活动的倡议书",
        date="2025-06-04",
        date_also=["2025-06-05"],
        notes="a WeChat-account mirror of a pharmaceutical maker: the account line with its time (the signature date expected, the account line's date also accepted), a topic-collection line, like/forward row, comments and the mirror's own notice; an 'original' tag",
        page="""
!m 号内搜 · 公众号文章聚合
!t 倡议｜关于开展“节能降耗　绿色生产”活动的倡议书
!m 原创　筠溪制药　2025年06月05日 08:30　浙江
!l 收录于话题 #绿色工厂　3个
{BODY}
!a 扫码关注作者，获取更多企业资讯
!l 点赞 36　　转发　　♡ 喜欢
!l 留言区
!l 质检部小吴：从我做起，下班随手关灯！
!l 筠溪制药（作者）：感谢支持，一起为绿色工厂加油。
!d 本页由「号内搜」自动抓取生成，文章版权归原公众号所有，如需删除请联系 del@haoneisou.example.com
""",
        body="""
全体干部职工：
节约能源、保护环境是企业义不容辞的社会责任，也是降低生产成本、提升竞争力的重要途径。今年是公司创建省级“绿色工厂”的关键之年，为进一步增强全员节能意识，公司决定在全公司范围内开展“节能降耗　绿色生产”活动，并向全体干部职工发出如下倡议：
一、节约每一度电。下班前随手关闭电脑、打印机、空调和照明设备，生产车间合理安排设备开停机，杜绝空转和“长明灯”。
二、节约每一滴水。加强洁净区用水管理，推广冷凝水回收利用，发现跑冒滴漏及时报修。
三、节约每一张纸。提倡无纸化办公，确需打印的文件尽量双面打印，废旧纸张分类回收。
四、减少每一份排放。严格落实危险废物规范贮存和转移制度，持续做好污水处理设施运行管理，确保各项污染物达标排放。
五、争当每一名绿色标兵。积极参与合理化建议活动，为节能降耗献计献策。公司将对在活动中表现突出的班组和个人给予表彰奖励。
节能降耗，人人有责。让我们从现在做起、从身边小事做起，共同建设资源节约型、环境友好型企业！
筠溪制药股份有限公司工会委员会
2025年6月4日
""",
    ),
    dict(
        slug="assoc-tankou-shufa-notice-old-table",
        site="檀口市书法家协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tksfxh.example.org/Article/ShowArticle.asp?ArticleID=342",
        title="关于举办“翰墨檀口”第五届书法作品展的征稿通知",
        record_title="檀口市书法家协会--关于举办“翰墨檀口”第五届书法作品展的征稿通知",
        date="2025-02-20",
        date_also=["2025-02-21"],
        notes="a calligraphers' association on an old ASP table layout: visitor counter, a bracketed publisher/time/reads line (a day after the signature date), the notice's own submission mailbox, address, 联系人/电话 next to the association's footer phone; 附件 list",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>檀口市书法家协会--关于举办“翰墨檀口”第五届书法作品展的征稿通知</title></head>
<body bgcolor="#F5EEDC">
<table width="900" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><img src="images/logo.gif" alt=""></td><td align="right">⟦m 您是第 00812 位来访者⟧</td></tr>
<tr><td colspan="2" bgcolor="#6B3A1E"><font color="#FFFFFF">⟦m 协会简介 | 协会动态 | 会员作品 | 展览资讯 | 入会须知 | 留言板⟧</font></td></tr>
</table>
<table width="900" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td width="200" valign="top" bgcolor="#EFE3C8">
<table width="100%"><tr><td><b>⟦l 最新动态⟧</b></td></tr>
<tr><td>⟦l ·协会赴梅岭开展写春联送万福活动⟧</td></tr>
<tr><td>⟦l ·第三届青年书法骨干研修班结业⟧</td></tr>
<tr><td><b>⟦l 友情链接⟧</b></td></tr><tr><td>⟦l 檀口市文联　檀口美术馆⟧</td></tr></table>
</td>
<td valign="top">
<table width="100%"><tr><td align="center"><font size="4" color="#8B0000">{T}</font></td></tr>
<tr><td align="center">⟦m 【发布者：admin　发布时间：2025-2-21　阅读：1160 次】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a 【打印文章】【关闭此窗】⟧</td></tr></table>
</td></tr></table>
<table width="900" align="center"><tr><td align="center">⟦m 檀口市书法家协会 版权所有　电话：0738-8215508⟧<br>⟦m 湘ICP备10022176号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>",
        body="""
各县（市、区）书法家协会，各会员及广大书法爱好者：
为繁荣我市书法艺术创作，展示新时代檀口书法事业发展成果，市书法家协会定于2025年5月举办“翰墨檀口”第五届书法作品展。现将征稿事项通知如下：
一、征稿对象
檀口市籍或在檀口工作、学习、生活的书法作者均可投稿，每位作者限投1件作品。
二、作品要求
1. 书体不限，内容以健康向上的诗词、联语、文章为主，提倡自作诗文；
2. 作品尺寸不超过六尺整张（180厘米×97厘米），一律竖式，不接受横幅和长卷；
3. 作品须为本人近两年内创作的原作，不得临摹、抄袭。
三、投稿方式
作者将作品照片（JPG格式，不小于5MB）及作者简介发送至投稿邮箱：tksfxh@126.com，邮件主题注明“第五届书法展投稿+姓名+联系电话”；初评入选后，再寄送作品原件至檀口市文联大楼四楼市书法家协会（邮编：417000）。
四、截稿时间
2025年3月31日（以邮件发送时间为准）。
五、联系方式
联系人：欧阳明，联系电话：13907388214。
附件：1. 作品投稿登记表
2. 作者承诺书
檀口市书法家协会
2025年2月20日
""",
    ),
    dict(
        slug="assoc-tiaozhou-writers-pledge-wrapped",
        site="苕洲市作家协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.tzzuoxie.example.org.cn/xhdt/2025/0423/130.html",
        title="致全市作家和文学爱好者的倡议书",
        record_date="2025-04-23",
        date="2025-04-23",
        notes="a writers' association page hard-wrapped at 72 columns: a slogan line, a reads/likes row, member-login and submission prompts, a '往期倡议' box",
        page="""
!m 苕洲作家网　以文化人　以文育人
!a 会员登录　｜　在线投稿
!m 协会动态 / 倡议书
{T}
!m 苕洲市作家协会　2025-04-23　阅读 1.3k　点赞 212
{BODY}
!l 往期倡议
!l · 致全市青年写作者的一封信
!l · 关于开展“我的村庄”征文活动的倡议
!m 苕洲市作家协会秘书处　地址：苕洲市文化艺术中心B座5楼
""",
        indent="\u3000\u3000",
        wrap=72,
        body="""
全市广大作家和文学爱好者：
今天是第三十个“世界读书日”。书籍是人类进步的阶梯，阅读是终身学习的基础。为深入推进书香苕洲建设，营造全民阅读的浓厚氛围，苕洲市作家协会向全市作家和文学爱好者发出如下倡议：
一是做全民阅读的引领者。多读书、读好书，每年至少精读十部经典作品，把阅读作为一种生活方式，带动家人、朋友和身边群众爱上阅读。
二是做文学创作的深耕者。坚持以人民为中心的创作导向，深入乡村、社区、企业和学校，扎根生活沃土，书写新时代苕洲人民的奋斗故事，推出更多有温度、有筋骨、有品质的精品力作。
三是做文学公益的志愿者。积极参与“文学进基层”志愿服务活动，到农家书屋、社区图书室开展讲座、辅导和签名赠书，为基层群众送去文化食粮。
四是做文坛新风的守护者。恪守职业道德，坚决抵制抄袭剽窃、低俗媚俗等不良风气，以德立身、以文立心，树立苕洲作家的良好形象。
让我们以书为友、以文会友，共同书写书香苕洲的崭新篇章！
苕洲市作家协会
2025年4月23日
""",
    ),
    dict(
        slug="mail-langyu-jiyou-minutes-forwarded",
        site="琅屿县集邮协会 mail (invented)",
        style="邮件转发",
        genre="会议纪要",
        kind="report",
        form="text",
        source="mailto:lyjyxh@163.com?fwd=20250320-1005",
        title="琅屿县集邮协会第六届理事会第三次会议纪要",
        record_title="转寄：琅屿县集邮协会第六届理事会第三次会议纪要",
        date="2025-03-18",
        date_also=["2025-03-15", "2025-03-20"],
        notes="a forwarded mail: the forwarder's note, mail headers (sender, send time, recipients, a subject carrying the title with 转寄：, the mail's attachment header), a mobile client's sign-off; minutes with 时间/地点/主持/出席/记录 lines (the 印发 date expected, the meeting date and the mail's send date also accepted)",
        page="""
!m 发件人：琅屿县集邮协会秘书处 <lyjyxh@163.com>
!m 发送时间：2025年3月20日(星期四) 上午10:05
!m 收件人：各理事；各基层集邮组织
⟦m 主　题：⟧⟦t 转寄：琅屿县集邮协会第六届理事会第三次会议纪要⟧
!m 附　件：理事会纪要.docx (32.5K)
各位理事：纪要已经会长审定，现转发大家，请按分工抓好落实。有问题请回复本邮件或致电秘书处。
!m -------- 转寄的邮件 --------
{T}
{BODY}
!m —— 来自“邮差”手机客户端
""",
        body="""
时间：2025年3月15日下午2:30
地点：琅屿县邮政分公司五楼会议室
主持：会长　杜明远
出席：副会长、秘书长及理事共19人
记录：秘书处　林佳
会议传达了省集邮协会第八次会员代表大会精神，总结了2024年工作，研究部署了2025年重点工作。会议议定事项如下：
一、关于2025年集邮展览。会议决定于2025年10月在县文化馆举办“方寸琅屿”第六届集邮展览，由副会长吴志强牵头负责，秘书处于4月底前发出征集通知。
二、关于集邮进校园活动。会议同意在县实验小学、琅屿二中等5所学校建立集邮兴趣小组，每学期开展集邮知识讲座不少于2次。
三、关于会员发展。会议要求各基层集邮组织重视青少年会员发展，年内新发展会员不少于60名，会员登记材料统一报秘书处。
四、关于协会经费。会议审议通过了2024年度经费收支情况报告，同意2025年度经费预算方案。
琅屿县集邮协会秘书处　　2025年3月18日印发
""",
    ),
    dict(
        slug="lawsite-yichuan-mingjian-letter-fee-table",
        site="漪川明鉴司法鉴定所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.mingjianjd.example.com/jggg/2025/0102/28.html",
        title="关于调整司法鉴定收费标准的告知函",
        date="2025-01-02",
        notes="a forensic-appraisal institute's site: a slogan, entrust/progress buttons, a consultation line (contact) next to the letter's own 业务部 phone, a licence number, a 'for reference only' notice; a fee table",
        page="""
!m 漪川明鉴司法鉴定所 — 公正　科学　规范　高效
!a 在线委托　｜　鉴定进度查询　｜　收费公示
!m 首页 · 机构公告
{T}
!m 发布：所办公室　　阅读：77
{BODY}
!w 咨询热线：0574-8830 2211（周一至周六 8:00-18:00）
!m 司法鉴定许可证号：330203011　统一社会信用代码：52330203MJ8812345Q
!d 本站信息仅供参考，具体事项以本所书面告知为准。
""",
        body="""
各委托单位、当事人：
根据省发展改革委、省司法厅《关于司法鉴定收费标准有关问题的通知》精神，结合本所实际，自2025年2月1日起，本所部分司法鉴定项目收费标准作如下调整：
鉴定项目　原收费标准　调整后收费标准
法医临床鉴定（伤残等级）　每人次1200元　每人次1100元
法医病理鉴定（尸体解剖）　每例4500元　每例4800元
文书鉴定（笔迹）　每件1800元　每件1600元
痕迹鉴定（车辆）　每件2000元　每件2000元
2025年2月1日前已受理的鉴定案件，仍按原标准收费。
本所将严格执行收费公示制度，不擅自提高收费标准，不另立收费项目。对收费有异议的，可向本所业务部反映，联系电话：0574-8830 2236；也可向漪川县司法局投诉。
特此函告。
漪川明鉴司法鉴定所
2025年1月2日
""",
    ),
    dict(
        slug="corp-cuicen-zhengxin-party-plan-html-no-date",
        site="翠岑正信资产评估事务所 (invented)",
        style="企业官网",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://www.zxpg-cuicen.example.com/djyd/show-219.html",
        title="正信评估党支部2025年党建工作计划",
        record_title="正信评估党支部2025年党建工作计划 | 正信资产评估",
        date=None,
        notes="an asset-appraisal firm's Party-building column on a modern corporate template: a service hotline bar, business nav, breadcrumb, a 'views' line only (no date anywhere; a year in the title), '上一篇/下一篇' in arrows, footer copyright in English and a site-builder line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>正信评估党支部2025年党建工作计划 | 正信资产评估</title></head>
<body>
<div class="hotline">⟦m 全国服务热线：400-661-7788⟧</div>
<header><div class="logo">⟦m 正信评估 ZHENGXIN APPRAISAL⟧</div>
<ul><li>⟦m 关于我们⟧</li><li>⟦m 业务领域⟧</li><li>⟦m 评估案例⟧</li><li>⟦m 党建园地⟧</li><li>⟦m 人才招聘⟧</li><li>⟦m 联系我们⟧</li></ul></header>
<div class="inner-banner"><h2>⟦m 党建园地⟧</h2><p>⟦m Party Building⟧</p></div>
<div class="path">⟦m 首页 &gt; 党建园地 &gt; 支部工作⟧</div>
<div class="show">
<h1>{T}</h1>
<div class="show-info">⟦m 浏览次数：88⟧</div>
<div class="show-con">
{BODY}
</div>
<div class="show-pn"><p>⟦l ← 党支部开展“七一”主题党日活动⟧</p><p>⟦l 党员志愿者走进社区开展义务咨询 →⟧</p></div>
</div>
<footer><p>⟦d Copyright © 2025 翠岑正信资产评估事务所有限公司 All Rights Reserved⟧</p><p>⟦m 技术支持：云帆建站⟧</p></footer>
</body></html>
""",
        body="""
2025年，公司党支部将坚持以习近平新时代中国特色社会主义思想为指导，认真落实新时代党的建设总要求，围绕公司中心工作，推动党建工作与业务工作深度融合，为公司高质量发展提供坚强保证。
一、加强政治理论学习
1. 坚持“三会一课”制度，每月开展一次主题党日活动，全年组织集中学习不少于12次；
2. 组织党员开展评估准则和职业道德专题学习，每名党员全年撰写学习体会不少于2篇。
二、加强支部自身建设
1. 严格党员教育管理，按时足额收缴党费，规范党员发展程序，年内发展入党积极分子2名；
2. 开展“党员示范岗”创建活动，在重大评估项目中设立党员先锋岗，发挥党员带头作用。
三、推动党建与业务融合
1. 围绕执业质量提升，组织党员骨干开展评估报告质量互查，年内互查报告不少于60份；
2. 开展“党员进企业”服务活动，为中小企业提供资产管理、产权交易等方面的免费咨询。
四、加强党风廉政建设
严格执行廉洁从业规定，签订廉洁执业承诺书，坚决杜绝出具虚假评估报告、收受客户财物等行为，持续营造风清气正的执业环境。
""",
    ),
    dict(
        slug="intranet-pingzhou-linguiyuan-summary-docx-wrapped-markers",
        site="蘋洲市林业调查规划院院内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://oa.pzlgy.example.cn/wdzx/ndzj/2025/view?id=1183",
        title="蘋洲市林业调查规划院2024年度工作总结",
        record_title="蘋洲市林业调查规划院2024年度工作总结.docx",
        date="2025-01-15",
        notes="a forest inventory and planning institute's intranet document viewer: a .docx file-name title, uploader and size line, download/edit buttons, a circulation notice; body hard-wrapped at 58 columns with page markers ┊N┊ between lines (glued or not); the 成文日期 in Chinese numerals",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="┊{n}┊", every=140, start=2, glue="mix"),
        page="""
!m 院内网 › 文档中心 › 年度总结
!m 上传者：院办公室　　文件大小：46KB　　类型：Word文档
!a 下载　|　在线编辑　|　发送到邮箱
{T}
{BODY}
!d 本文件仅限院内传阅，请勿外传。
""",
        body="""
2024年，院党委、院领导班子团结带领全院干部职工，坚持“服务林业、技术立院、转型发展”工作思路，圆满完成了年度各项目标任务。现将全年工作总结如下。
一、主要经济指标完成情况
全年实现总收入8640万元，同比增长7.8%；新签合同额9320万元，为年度计划的112%。
二、森林资源监测任务圆满完成
全年承担森林资源年度监测、林草湿综合监测等项目31个，完成全市1.2万个监测图斑的外业核查，监测成果通过省级质量检查，优良率达到96%。
三、规划设计服务成效明显
编制县级林地保护利用规划2部、国有林场森林经营方案5部，完成使用林地可行性报告和林木采伐设计142项；承担废弃矿山和受损山体生态修复设计项目6个，设计修复面积420公顷。
四、科技创新和人才队伍建设持续加强
获省林业科学技术奖二等奖1项，取得软件著作权4项；引进硕士以上学历人才11名，新增高级工程师8名。
五、存在的问题和2025年工作思路
一是市场开拓能力仍需增强，二是项目管理精细化水平有待提高。2025年，我院将坚持监测与规划并重，加快向林业碳汇计量、自然保护地规划等新领域拓展，推动全院高质量发展。
蘋洲市林业调查规划院
二〇二五年一月十五日
""",
    ),
    dict(
        slug="download-chunxi-youcha-report-station",
        site="绿林文档下载站 (invented)",
        style="资料下载站",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.lvlindoc.example.net/soft/hangye/28814.html",
        title="关于全县油茶产业发展情况的调研报告",
        record_title="【免费下载】关于全县油茶产业发展情况的调研报告（doc格式）",
        date=None,
        notes="a download station's document page: a 'software'-style spec block (size, language, licence, environment), mirror download links, unzip help, a related-downloads box and a resource disclaimer; a data table in the report; no date (the report has none)",
        page="""
!m 绿林文档下载站 - 林业农业资料免费下
!m 当前位置：首页 → 行业文档 → 经济林
!t 【免费下载】关于全县油茶产业发展情况的调研报告（doc格式）
!m 软件大小：38KB　软件语言：简体中文　软件类别：行业文档　授权方式：免费软件
!m 运行环境：Win/WPS/Office　　下载次数：641
!m 内容简介：
{BODY}
!a 下载地址：电信下载 ｜ 联通下载 ｜ 本地高速下载
!a 下载帮助：如无法打开，请先用WinRAR解压后再用WPS打开
!l 相关下载：油茶低产林改造技术规程.doc　｜　林下经济发展规划.doc
!d 本站所有资源均来源于网络，仅供学习研究使用，请在下载后24小时内删除。
""",
        body="""
为全面了解我县油茶产业发展现状，推动油茶产业提质增效，近期，县油茶产业发展服务中心会同县林业局、县农业农村局组成调研组，深入全县9个油茶主产乡镇开展了专题调研。现将调研情况报告如下。
一、基本情况
截至2024年底，全县油茶林总面积达到21.6万亩，其中新造高产油茶林6.8万亩，低产林改造4.3万亩；全县油茶籽产量1.46万吨，综合产值9.2亿元。
类别　面积（万亩）　亩产茶油（公斤）　平均林龄（年）
新造高产油茶林　6.8　32　6
改造低产林　4.3　18　25
传统老油茶林　10.5　6　40以上
二、存在的主要问题
（一）低产林比重偏大。传统老油茶林占比接近一半，品种混杂、管理粗放，亩产茶油不足10公斤。
（二）加工能力相对薄弱。全县规模以上加工企业仅有3家，多数茶油由小作坊压榨，产品质量参差不齐。
（三）品牌影响力不强。“莼溪茶油”区域公用品牌知名度不高，产品主要以散装形式销售，附加值偏低。
三、对策建议
（一）加快低产林改造。建议每年安排专项资金，通过更新品种、抚育施肥等措施改造低产林，力争三年内改造面积达到8万亩。
（二）培育龙头加工企业。支持现有企业技术改造，引进精深加工项目，开发茶籽粕、茶皂素等副产品。
（三）打响区域公用品牌。统一品牌标识和质量标准，加强线上线下营销推广，提升产品溢价能力。
""",
    ),
]
