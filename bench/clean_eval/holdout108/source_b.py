"""holdout108, part B: a retired telegraph operator's collection, a traffic-signal team's Party
day, a gout clinic's opening notice, a university figure-skating elective, a wild-boar notice on
a county forum, a ladder-safety rule on a download station, a shooting-range coach recruitment,
a snowplough tender result, a law firm on parcel-station losses, a battery-recycling point and
a picture-framing association's pledge. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="collection-dianma-telegraph-memoir-volume",
        site="嘀嗒集·老报务员文存 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.didaji.example.net/juan2/043.html",
        title="拍发最后一份电报的那一天",
        record_title="《嘀嗒集》卷二·第43篇｜拍发最后一份电报的那一天",
        date="2025-10-18",
        notes="a personal collection: decorated title with volume and number; prev/next chapter links; a date at the end of the essay; a reader counter",
        gap=True,
        indent="　　",
        page="""
!m 嘀嗒集 —— 一个老报务员的文字
!m 目录 ｜ 卷一 ｜ 卷二 ｜ 卷三 ｜ 留言
!t 《嘀嗒集》卷二·第43篇｜拍发最后一份电报的那一天
!m 本篇字数 612　已读 1,086 次
{BODY}
!l ← 上一篇：电键磨亮了我的右手
!l → 下一篇：写给当年的报务班同学
!d 文存为作者自留，转录请注明出处
""",
        body="""
那是我在苕溪县邮电局报务房的最后一个夜班，窗外下着小雨，机房里只剩下一部老式电传机还亮着灯。
凌晨一点，一份发往省城的加急电报递到我手里，只有十一个字，是一位老人告诉远方的儿子“母病速归”。
我按照规程核对了电码，一字一字拍发出去，对方台很快回了收妥的信号。那一刻我突然意识到，这也许是我这辈子拍发的最后一份电报。
后来报务房撤并了，电键也被收进了县档案馆的展柜。可每当听到雨声，我仍会想起那一夜嘀嗒作响的声音。
2025年10月18日于苕溪
""",
    ),
    dict(
        slug="dangjian-xinhao-traffic-signal-party-day-html",
        site="芗岭先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.xianglingxf.example.gov.cn/jcdj/202607/t20260703_4121.html",
        title="交通信号设施管理所党支部“七一”主题党日活动小结",
        record_title="交通信号设施管理所党支部“七一”主题党日活动小结-芗岭先锋网",
        date="2026-07-03",
        notes="Party-building portal: -site title; 发布日期 byline; slogan banner; a 'study tools' row; bottom 相关阅读 and a footer with 主办/承办",
        page="""
<html><head><meta charset="utf-8"><title>交通信号设施管理所党支部“七一”主题党日活动小结-芗岭先锋网</title></head><body>
<div class="banner">⟦m 芗岭先锋网　不忘初心 牢记使命⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋风采⟧</li></ul>
<div class="pos">⟦m 您的位置：首页 >> 基层党建 >> 支部动态⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布日期：2026年07月03日　来源：市公安局交警支队　作者：方巧⟧</p>
<div class="tools">⟦a 【学习打卡】【加入收藏】【打印本页】⟧</div>
<div class="text">
{BODY}
</div>
<div class="rel"><b>⟦l 相关阅读⟧</b><a>⟦l 党员先锋岗让路口更畅通⟧</a><a>⟦l 交警支队开展党纪学习教育读书班⟧</a></div>
<div class="ft">⟦m 主办：中共芗岭市委组织部　承办：芗岭市党员教育中心⟧<br>⟦m 闽ICP备26001873号⟧</div>
</body></html>
""",
        body="""
7月1日，交通信号设施管理所党支部组织全体党员开展“守护路口安全、服务群众出行”主题党日活动。
活动中，全体党员重温入党誓词，支部书记以“把初心写在每一个路口”为题讲授专题党课。
随后，党员分成四个小组，对城区早晚高峰拥堵的十二个路口信号配时进行现场测算，提出优化建议二十三条。
活动结束后，支部将优化建议汇总上报支队，目前已有九个路口完成配时调整，早高峰平均通行时间缩短约百分之十五。
""",
    ),
    dict(
        slug="hospital-kangji-gout-clinic-opening-phones",
        site="蔺州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lzey.example.com/news/yyxw/2026-05-11/1733.html",
        title="我院痛风专病门诊正式开诊",
        record_title="我院痛风专病门诊正式开诊_医院新闻_蔺州市第二人民医院",
        date="2026-05-11",
        notes="hospital site: the department's consultation line inside the notice beside the hospital's booking hotline and 24-hour emergency line in the header/footer; a floating booking box; byline date",
        page="""
<html><head><meta charset="utf-8"><title>我院痛风专病门诊正式开诊_医院新闻_蔺州市第二人民医院</title></head><body>
<div class="hd">⟦m 蔺州市第二人民医院　三级综合医院⟧ ⟦w 预约挂号：0735-2890120⟧ ⟦m 急诊24小时：0735-2890999⟧</div>
<div class="menu">⟦m 医院概况 科室导航 专家介绍 就医指南 新闻中心 健康科普⟧</div>
<div class="wz">⟦m 首页 - 新闻中心 - 医院新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 时间：2026-05-11　点击：803⟧</div>
{BODY}
<div class="float">⟦w 在线问诊 ▸ 扫码关注“蔺州二院”服务号，预约挂号更方便⟧</div>
<div class="ft">⟦d Copyright © 2026 蔺州市第二人民医院 All Rights Reserved⟧ ⟦m 地址：蔺州市健民路88号⟧</div>
</body></html>
""",
        body="""
为满足高尿酸血症和痛风患者的就诊需求，我院风湿免疫科痛风专病门诊于5月11日正式开诊。
专病门诊由风湿免疫科主任医师罗文涛领衔，每周二、周四全天出诊，提供尿酸检测、关节超声和个体化用药指导等服务。
门诊同时开设饮食管理课堂，营养科医师将指导患者合理控制高嘌呤食物摄入。
咨询电话：0735-2890346（风湿免疫科）。
""",
    ),
    dict(
        slug="university-hanlin-figure-skating-elective-notice",
        site="瀚林师范大学体育学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tyxy.hanlinnu.example.edu.cn/info/1042/5519.htm",
        title="关于开设2026年秋季学期花样滑冰选修课的通知",
        record_title="关于开设2026年秋季学期花样滑冰选修课的通知",
        date="2026-08-28",
        notes="university college page: a schedule table (one row a paragraph, cells apart by ideographic spaces); sentences telling students to 登录/下载 kept; an 'editor/reviewer' line; a 'close' action and a footer",
        page="""
!m 瀚林师范大学体育学院
!m 首页　学院概况　教学工作　竞赛训练　学生工作
!m 位置：首页 > 教学工作 > 通知公告
{T}
!m 发布者：教务办　审核：梁宇　日期：2026-08-28　阅读：1207
{BODY}
!a 【关闭】
!l 上一条：2026级新生体质测试安排
!l 下一条：关于组织参加全省高校冰壶邀请赛的通知
!m 版权所有：瀚林师范大学体育学院　地址：瀚林市大学城学苑路1号
""",
        body="""
各学院：
为丰富学生冰雪运动体验，经研究，体育学院于2026年秋季学期开设花样滑冰公共选修课，现将有关事项通知如下。
一、课程安排
班级　上课时间　上课地点　容量
A班　周二第7—8节　校冰上运动中心　40人
B班　周四第7—8节　校冰上运动中心　40人
二、选课方式
学生于9月2日至9月6日登录教务系统选课，选课成功后请下载并签署《冰上运动安全告知书》，第一次上课时交任课教师。
三、其他事项
上课须穿着保暖运动服，冰鞋、护具由学校统一提供。
体育学院
2026年8月28日
""",
    ),
    dict(
        slug="localbbs-jinghe-wild-boar-notice-junk",
        site="泾禾论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://www.jinghebbs.example.com/forum.php?mod=viewthread&tid=662810",
        title="关于开展野猪危害防控工作的通告",
        record_title="【民生】关于开展野猪危害防控工作的通告 - 泾禾论坛",
        date="2026-08-15",
        date_also=["2026-08-16"],
        notes="county forum: a reposted 通告 with forum junk glued after sentences and on lines; the post time differs from the 通告's date; a poster's aside before the text (chrome)",
        junk=dict(lines=1, glued=2),
        page="""
!m 泾禾论坛 » 泾禾民生 » 正文
!t 【民生】关于开展野猪危害防控工作的通告
!m 楼主　山那边的云　发表于 2026-8-16 08:12
!m 看到镇上贴了这个，搬过来给大家看看，山边种地的注意一下
{BODY}
!l 本帖被以下专题收录：乡村生活
!l 回复 11　|　收藏 4　|　分享
!l 2楼　老木匠：我家玉米去年被拱了一大片
""",
        body="""
近期，我县多个乡镇发生野猪进入农田啃食农作物、毁坏庄稼的情况，为保护群众生命财产安全，现就野猪危害防控工作通告如下：
一、由县林业局组织专业狩猎队伍，在野猪危害严重的区域开展种群调控，调控期间请群众不要进入作业区域。
二、严禁私自设置铁夹、电网等捕猎工具，违者依法追究责任。
三、农作物遭受野猪损害的，可在十五日内向所在村委会申报，由保险机构核定后予以赔付。
特此通告。
泾禾县林业局
2026年8月15日
""",
    ),
    dict(
        slug="download-xunlei-ladder-safety-rule-file-info",
        site="讯来资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://www.xunlaizl.example.com/soft/doc/26714.html",
        title="登高作业梯子使用安全管理规定",
        record_title="登高作业梯子使用安全管理规定.doc",
        date=None,
        notes="old table layout download station: a file-info table, three mirror links, a dead-link report, a marquee; file-name title; only an upload stamp (no date)",
        page="""
<html><head><meta charset="gb2312"><title>登高作业梯子使用安全管理规定.doc - 讯来资料下载站</title></head><body>
<table width="980"><tr><td><marquee>⟦m 讯来资料站：每日更新千份实用文档⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 公文范文 | 规章制度 | 安全资料 | 表格模板⟧</td></tr></table>
<table><tr><td>⟦m 文件名称：⟧</td><td>⟦t 登高作业梯子使用安全管理规定.doc⟧</td></tr>
<tr><td>⟦m 文件大小：⟧</td><td>⟦m 36 KB⟧</td></tr>
<tr><td>⟦m 上传日期：⟧</td><td>⟦m 2026-02-27⟧</td></tr>
<tr><td>⟦m 下载次数：⟧</td><td>⟦m 1532⟧</td></tr></table>
<div class="intro"><b>⟦m 文档简介：⟧</b>
{BODY}
</div>
<div class="dl">⟦a 电信下载1　联通下载2　备用下载3⟧</div>
<div class="bad">⟦a 下载地址失效？点此报告死链⟧</div>
<div class="foot">⟦d 本站资源均来自网络收集，仅供个人学习研究，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
一、本规定适用于公司各车间、仓库使用人字梯、直梯进行登高作业的管理。
二、梯子使用前应检查梯脚防滑垫、铰链和拉撑是否完好，有损坏的梯子一律停止使用并挂牌标识。
三、使用人字梯时，拉撑必须完全张开锁定，作业人员不得站在梯子最上面两级踏板上作业。
四、使用直梯时，梯子与地面夹角以六十度至七十度为宜，梯脚须有专人扶持。
五、高度超过两米的作业，作业人员必须系挂安全带。
""",
    ),
    dict(
        slug="rsks-liangshan-shooting-coach-recruitment",
        site="椋山市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lsrsks.example.gov.cn/ksxx/sydw/202604/t20260409_2217.html",
        title="椋山市射击射箭运动管理中心2026年公开招聘教练员公告",
        record_title="椋山市射击射箭运动管理中心2026年公开招聘教练员公告",
        date="2026-04-09",
        notes="personnel-exam site: the centre's consultation line inside the notice beside the site's technical-support line; a timetable table; 下载/打印 准考证 sentences kept; 附件 list",
        page="""
<html><head><meta charset="utf-8"><title>椋山市射击射箭运动管理中心2026年公开招聘教练员公告</title></head><body>
<div class="top">⟦m 椋山市人事考试网⟧ ⟦a 考生登录 | 报名入口 | 成绩查询⟧</div>
<div class="loc">⟦m 当前位置：首页 > 考试信息 > 事业单位⟧</div>
<div class="art"><h3>{T}</h3>
<div class="from">⟦m 发布日期：2026-04-09　访问次数：3311⟧</div>
{BODY}
</div>
<div class="help">⟦w 网上报名技术支持：0710-5582000（工作日9:00-17:00）⟧</div>
<div class="links">⟦l 友情链接：省人社厅 | 市人社局 | 市政务服务网⟧</div>
<div class="foot">⟦m 椋山市人事考试中心 主办⟧ ⟦m 鄂ICP备26011020号⟧</div>
</body></html>
""",
        body="""
根据工作需要，经市人社局批准，椋山市射击射箭运动管理中心面向社会公开招聘射击项目教练员2名，现将有关事项公告如下。
一、招聘条件
具有国家一级运动员及以上等级称号，年龄在35周岁以下，身体健康。
二、时间安排
环节　时间
网上报名　4月15日至4月21日
打印准考证　5月6日至5月9日
专业测试　5月10日
三、其他
报名成功的考生请在规定时间内登录本网站下载并打印准考证。
咨询电话：0710-5536218（市射击射箭运动管理中心办公室）。
附件：1.报名登记表
2.专业测试评分细则
椋山市射击射箭运动管理中心
2026年4月9日
""",
    ),
    dict(
        slug="tender-zhaocai-snowplough-bid-result-table",
        site="槿州市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ggzy.jinzhou-demo.example.gov.cn/jyxx/zfcg/zbgg/2026/1013/33902.html",
        title="槿州市城市管理局除雪设备采购项目中标结果公告",
        record_title="槿州市城市管理局除雪设备采购项目中标结果公告",
        date="2026-10-13",
        notes="tender portal: a bid-result table; buyer and agency contacts (kept) beside the platform's CA hotline; information-time line; 公告期限 line",
        page="""
!m 槿州市公共资源交易平台
!m 交易信息 → 政府采购 → 中标（成交）结果
{T}
!m 信息时间：2026-10-13　【我要打印】【关闭】
{BODY}
!w CA证书办理及平台操作咨询：400-6280-311
!l 相关公告：槿州市城市管理局除雪设备采购项目招标公告
!m 版权所有：槿州市公共资源交易中心
""",
        body="""
一、项目编号：JZCG2026-0871
二、项目名称：槿州市城市管理局除雪设备采购项目
三、中标信息
包号　中标供应商　中标金额（万元）
1　北原重工机械有限公司　286.40
2　雪舟环卫装备有限公司　97.15
四、主要标的信息：多功能除雪车6台，融雪剂撒布机10台。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：槿州市城市管理局，联系人：邵先生，电话：0452-2716605
代理机构：槿州信达招标代理有限公司，联系人：马女士，电话：0452-2730118
槿州信达招标代理有限公司
2026年10月13日
""",
    ),
    dict(
        slug="lawfirm-zhengyan-parcel-station-loss-lecture",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="html",
        source="https://www.zhengyanlaw.example.com/insights/2026/parcel-station.html",
        title="快递驿站丢件，责任谁来担？",
        record_title="法律讲堂丨快递驿站丢件，责任谁来担？ - 正言律师事务所",
        date="2026-06-22",
        notes="law-firm site: decorated title (column prefix and firm suffix); an author card; 发布于 byline; a 'not legal advice' notice; consult box with the firm's phone",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨快递驿站丢件，责任谁来担？ - 正言律师事务所</title></head><body>
<nav>⟦m 正言律师事务所 ZHENGYAN LAW⟧ ⟦m 关于我们 · 业务领域 · 律师团队 · 正言观点 · 联系我们⟧</nav>
<main><h1>{T}</h1>
<p class="by">⟦m 作者：宁可昕 律师　发布于 2026-06-22⟧</p>
{BODY}
<p class="tip">⟦d 本文仅为一般性法律知识分享，不构成针对具体案件的法律意见。⟧</p>
</main>
<aside>⟦w 咨询预约：0731-8456 2200　周一至周六 9:00-18:00⟧ ⟦l 推荐阅读：网购退货运费险那些事⟧</aside>
<footer>⟦d © 2026 正言律师事务所⟧ ⟦m 湘ICP备2026008817号⟧</footer>
</body></html>
""",
        body="""
近来，不少朋友咨询：快递放进驿站后丢了，驿站说“已签收不负责”，这种说法对吗？
首先，快递驿站接受快递企业委托代收包裹，在收件人取件之前，包裹处于驿站的保管之下，驿站负有妥善保管的义务。
其次，未经收件人同意，快递企业擅自将包裹放入驿站的，属于未按约定地址投递，收件人可以要求快递企业承担赔偿责任。
最后，建议大家取件时当场查验，发现丢失应及时拍照留存取件记录，并向邮政管理部门申诉。
""",
    ),
    dict(
        slug="community-taoli-battery-recycling-point",
        site="桃李湾社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.taoliwan-sq.example.com/news/show-2291.html",
        title="关于设立废旧电池回收点的通知",
        record_title=None,
        date="2026-03-18",
        notes="residents' site; no record title (found on the page); the residents' committee's own phone in the notice beside the property hotline in the footer; a comment box; share row glued after the last paragraph",
        page="""
!m 桃李湾社区服务网 · 邻里互助 温暖一家
!m 社区公告｜党建引领｜便民服务｜邻里风采
!t 【社区公告】关于设立废旧电池回收点的通知
!m 发布：社区居委会　2026-03-18　浏览 288
{BODY}
!l 网友留言（3）　我要留言
!m 物业24小时服务热线：0591-83361100
""",
        body="""
各位居民朋友：
为减少废旧电池对环境的污染，社区决定在小区东门、西门和居委会服务大厅各设立一个废旧电池回收点。
居民可将家中废旧的纽扣电池、充电电池投放到回收箱内，请勿投放电动车蓄电池。
每累计投放二十节电池，可到居委会兑换环保购物袋一个。
如有疑问，请联系社区居委会，电话：0591-83368872。⟦l 分享到：朋友圈｜邻里群⟧
桃李湾社区居民委员会
2026年3月18日
""",
    ),
    dict(
        slug="association-huakuang-framing-pledge-html",
        site="蘅州市装裱画框行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.hzzbxh.example.org.cn/xhdt/2026/0310/118.html",
        title="诚信经营 明码标价——致全市装裱画框经营户的倡议书",
        record_title="【协会倡议】诚信经营 明码标价——致全市装裱画框经营户的倡议书",
        date="2026-03-10",
        notes="association page: a decorated title; member login row; an association mailbox inside the pledge (kept) beside the footer's address; sidebar 通知公告",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】诚信经营 明码标价——致全市装裱画框经营户的倡议书</title></head><body>
<div class="top">⟦m 蘅州市装裱画框行业协会⟧ ⟦a 会员登录 ｜ 入会指南⟧</div>
<div class="nav">⟦m 首页　协会简介　行业动态　会员名录　技艺传承⟧</div>
<div class="article"><h2>{T}</h2>
<p class="info">⟦m 发布：协会秘书处　2026-03-10⟧</p>
{BODY}
</div>
<div class="side"><h4>⟦l 通知公告⟧</h4><p>⟦l 关于举办第五届装裱技艺比赛的通知⟧</p><p>⟦l 2026年会费缴纳提醒⟧</p></div>
<div class="ft">⟦m 协会地址：蘅州市文昌路17号文化大厦6楼⟧ ⟦d 版权所有 蘅州市装裱画框行业协会⟧</div>
</body></html>
""",
        body="""
全市装裱画框经营户：
近年来，我市书画市场日益活跃，装裱画框行业迎来了发展机遇，但也出现了个别商户以次充好、临时加价等问题。为此，协会向全体经营户发出如下倡议：
一、明码标价。在店内醒目位置公示装裱、配框的材料和工价，不在交货时临时加价。
二、用料实在。如实告知顾客所用绫绢、卡纸、框条的材质，不以合成材料冒充实木。
三、守护技艺。积极参加协会组织的传统装裱技艺培训，带好徒弟，传承好手艺。
对违反倡议的行为，欢迎社会各界监督，举报邮箱：jubao@hzzbxh.example.org.cn。
蘅州市装裱画框行业协会
2026年3月10日
""",
    ),
]
