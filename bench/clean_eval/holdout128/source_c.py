"""holdout128, part C: written blind. Invented sites, places, people and numbers."""

CASES = [
    dict(
        slug="anthology-laohe-telephone-exchange-speech-oneline",
        site="老贺文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.laohewencun.example.net/wenji/juan3/17.html",
        title="在原县电信局长途台话务员重聚会上的发言",
        record_title="卷三 · 在原县电信局长途台话务员重聚会上的发言",
        date="2024-10-12",
        notes="personal anthology with volume/chapter navigation; the whole body on one line with indents; date under the title in brackets; 目录 links",
        oneline=True,
        indent="　　",
        page="""
!m 老贺文存 · 贺守业自选集
!l 目录 | 卷一 散文 | 卷二 书信 | 卷三 讲话发言
!t 卷三 · 在原县电信局长途台话务员重聚会上的发言
（2024年10月12日）
{BODY}
!l ← 上一篇：退休二十年记　　下一篇：给孙女的一封信 →
!d 本文集文字由作者本人整理，转载请征得家属同意
""",
        body="""
各位老同事：
四十年前，我们在县邮电局二楼的长途台，一人一副耳机，一排插塞，把全县的电话接到省城、接到北京。
那时候一个长途要等上半个钟头，我们报一声“请讲话”，就是一个家庭的团圆，一桩生意的成交。
后来程控交换机来了，长途台撤了，大家走上了新的岗位，有的转到营业厅，有的去了机务站。
今天咱们重聚，头发都白了，可一听见彼此的声音，还是当年那个长途台。
祝大家身体健康，明年咱们还在这里相聚！
""",
    ),
    dict(
        slug="anthology-shiyan-health-supplement-lecture-wrapped",
        site="石砚杂记 (invented)",
        style="个人文集",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://shiyan-zaji.example.org/post/baojianpin-jiangzuo.html",
        title="老年人如何识破保健品骗局——社区健康讲座讲稿",
        record_title=None,
        date=None,
        notes="a retired pharmacist's collection, hard-wrapped at 64 columns with gaps between paragraphs; no record title, no date (a relative 'last winter' is no date); collection chrome",
        wrap=64,
        gap=True,
        indent="  ",
        page="""
!m 石砚杂记｜退休药师的笔记本
!m 分类：讲座稿（12）
老年人如何识破保健品骗局——社区健康讲座讲稿
{BODY}
!m —— 写于去年冬天，整理于今春 ——
!l 本集其他篇目：家庭小药箱怎么配｜慢病用药十问
!d 本站文字均为原创，引用请注明“石砚杂记”
""",
        body="""
各位老朋友，我在医院药剂科干了三十多年，今天想跟大家聊聊保健品那些事。
第一，保健品不是药，不能治病。凡是说吃了能降血糖、能治好关节炎、能代替降压药的，都是骗人的。
第二，警惕“免费”。免费体检、免费旅游、免费领鸡蛋，最后往往都要掏钱买上千元的产品。
第三，看清标志。正规保健食品包装上有“蓝帽子”标志和批准文号，可以在市场监管部门的网站上查询。
第四，有病去医院，买药去药店。家里老人如果已经买了可疑产品，要保留好票据，及时向市场监管部门投诉。
""",
    ),
    dict(
        slug="dangjian-xiling-double-support-summary-html",
        site="溪岭先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.xilingxf.example.gov.cn/gzdt/2024/1230/7741.html",
        title="溪岭县2024年双拥工作总结",
        record_title="溪岭县2024年双拥工作总结-溪岭先锋网",
        date="2024-12-27",
        notes="Party-building portal with red banner slogan, scrolling news, study links, a 'print/close' row and a footer with two registration numbers; data table kept; date from 成文日期 (byline date differs: date_also)",
        date_also=["2024-12-30"],
        page="""
<html><head><meta charset="utf-8"><title>溪岭县2024年双拥工作总结-溪岭先锋网</title></head><body>
<div class="banner">⟦m 溪岭先锋网　不忘初心　牢记使命⟧</div>
<div class="nav">⟦m 首页 · 组工动态 · 基层党建 · 干部工作 · 人才工作 · 党员教育⟧</div>
<marquee>⟦l 【滚动】全县村（社区）“两委”成员培训班开班⟧</marquee>
<div class="pos">⟦m 当前位置：首页＞基层党建＞工作动态⟧</div>
<div class="article">
<h3>⟦t 溪岭县2024年双拥工作总结⟧</h3>
<p class="info">⟦m 来源：县双拥办　发布时间：2024-12-30　字号：⟧⟦a 大 中 小⟧</p>
{BODY}
<p class="tool">⟦a 【打印本页】　【关闭窗口】⟧</p>
</div>
<div class="study"><h4>⟦l 学习专栏⟧</h4><p>⟦l 共产党员网⟧</p><p>⟦l 学习强国⟧</p></div>
<div class="foot">⟦m 主办单位：中共溪岭县委组织部⟧<br>⟦m 备案号：湘ICP备15017722号　湘公网安备43312702000128号⟧</div>
</body></html>
""",
        body="""
2024年，我县深入开展双拥共建活动，军政军民关系更加巩固。
一、主要工作
一是优抚政策全面落实。全年发放各类优抚资金2146万元，为重点优抚对象开展健康体检1200余人次。
二是拥军服务更加精准。为驻县部队解决随军家属就业8人、子女入学13人。
三是军民共建深入开展。驻县部队参与抢险救灾3次，出动官兵460人次。
二、全年主要数据
项目　数量
走访慰问现役军人家庭　1873户
悬挂光荣牌　312块
三、明年打算
我们将继续巩固全省双拥模范县创建成果，推动双拥工作向基层延伸。
溪岭县双拥工作领导小组办公室
2024年12月27日
""",
    ),
    dict(
        slug="dangjian-lanchi-family-planning-branch-party-day",
        site="澜池党建云 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://djy.lanchi.example.cn/zhibu/show-20250618-44.html",
        title="县计生协机关党支部6月主题党日活动方案",
        record_title="【支部工作】县计生协机关党支部6月主题党日活动方案",
        date="2025-06-10",
        notes="decorated record title 【】; glued share bar after the last sentence; template placeholders （×××）kept; time/place lines kept",
        page="""
!m 澜池党建云 — 支部工作 — 方案计划
!m 作者：计生协机关党支部　时间：2025-06-12　浏览量：144
{T}
{BODY}
!l 点赞(9)　收藏　转发到支部群
!l 推荐阅读：“三会一课”记录本填写规范
!m 技术支持：澜池县委组织部信息中心
""",
        body="""
一、活动主题
重温入党誓词，践行为民初心——走进家庭，宣传优生优育政策。
二、活动时间
2025年6月20日（星期五）下午2:30
三、活动地点
县计生协三楼党员活动室、城关镇翠竹社区
四、参加人员
支部全体党员，入党积极分子（×××、×××）列席。
五、活动流程
1. 重温入党誓词，由支部书记领誓。
2. 集中学习优化生育政策有关文件，交流发言2至3人。
3. 到翠竹社区开展入户宣传，发放宣传资料，走访计生特殊家庭。
县计生协机关党支部
2025年6月10日⟦l 分享到：党员群　朋友圈⟧
""",
    ),
    dict(
        slug="hospital-qingshi-occupational-disease-exam-html",
        site="青石市职业病防治院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qszfy.example.org.cn/yyxw/tzgg/2025/0303/1822.html",
        title="关于开展2025年度接尘作业劳动者职业健康检查的通知",
        record_title="关于开展2025年度接尘作业劳动者职业健康检查的通知",
        date="2025-03-03",
        notes="hospital site with appointment buttons, department nav, a floating 'online consult' box and a footer with the hospital's phone; the notice's own 联系人/电话 kept; 附件 kept",
        page="""
<html><head><meta charset="utf-8"><title>青石市职业病防治院</title></head><body>
<div class="top">⟦m 青石市职业病防治院 三级专科医院⟧ ⟦a 预约挂号｜报告查询｜English⟧</div>
<div class="nav">⟦m 医院概况｜科室导航｜专家介绍｜就医指南｜新闻中心｜健康科普⟧</div>
<div class="pos">⟦m 首页 &gt; 新闻中心 &gt; 通知公告⟧</div>
<div class="box">
<h2>⟦t 关于开展2025年度接尘作业劳动者职业健康检查的通知⟧</h2>
<div class="meta">⟦m 作者：体检科　发布于：2025-03-03　点击数：1093⟧</div>
{BODY}
</div>
<div class="float">⟦w 在线咨询　健康热线 0718-96120⟧</div>
<div class="foot">⟦m 医院地址：青石市新华路78号　总机：0718-3326000⟧　⟦d 版权所有 青石市职业病防治院⟧</div>
</body></html>
""",
        body="""
各用人单位：
根据职业病防治法和职业健康监护技术规范的要求，我院将于3月15日起开展2025年度接尘作业劳动者职业健康检查。
一、检查对象
从事矿山开采、石材加工、铸造、水泥生产等接触粉尘作业的劳动者。
二、检查项目
内科常规检查、高千伏胸片或数字化摄影胸片、肺功能检查、心电图等。
三、预约方式
请各单位提前5个工作日预约，联系人：体检科 欧阳靖，电话：0718-3326217。
附件：职业健康检查预约登记表
青石市职业病防治院
2025年3月3日
""",
    ),
    dict(
        slug="hospital-ruiquan-medical-waste-rules-text",
        site="瑞泉县人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rule",
        form="text",
        source="http://www.rqxrmyy.example.com/yygk/zhidu/ylfw.html",
        title="医疗废物管理制度",
        record_title="医疗废物管理制度_瑞泉县人民医院",
        date=None,
        notes="hospital rule page; site suffix; no date (a revision year in the page meta is no date); numbered articles kept; the document mentions 打印 交接单 (kept)",
        page="""
!m 瑞泉县人民医院 | 仁心 仁术 仁爱
!m 首页 > 医院概况 > 规章制度
{T}
!m 来源：院感科　修订：2023版　访问量：215
{BODY}
!a 字体 [大] [中] [小]　|　打印　|　返回
!l 上一篇：手卫生管理制度
!l 下一篇：消毒隔离制度
!m 预约挂号电话：0744-6812345　急诊电话：0744-6812120
""",
        body="""
1. 医疗废物实行分类收集，感染性、损伤性、病理性、药物性、化学性废物分别放入相应颜色的专用包装袋或利器盒内。
2. 盛装医疗废物达到包装物三分之二时，应当严密封口，并贴上中文标签，注明产生科室、类别、日期。
3. 医疗废物由专人每日按规定路线、时间收运至医院暂存处，暂存时间不得超过48小时。
4. 与有资质的处置单位交接时，双方核对重量并签字，打印转移联单一式两份，保存三年备查。
5. 严禁买卖、转让医疗废物，严禁将医疗废物混入生活垃圾。
6. 发生医疗废物流失、泄漏时，应立即报告院感科，并采取紧急处理措施。
""",
    ),
    dict(
        slug="university-chengnan-film-shooting-notice-html",
        site="城南师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.cnsfxy.example.edu.cn/info/1033/22105.htm",
        title="关于规范校园影视拍摄活动管理的通知",
        record_title="关于规范校园影视拍摄活动管理的通知-城南师范学院",
        date="2025-04-14",
        notes="university news page with a quick-links header, column nav, 'editor/proofreader' line under the text, prev/next, footer with 地址/邮编; the notice's own 邮箱 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于规范校园影视拍摄活动管理的通知-城南师范学院</title></head><body>
<div class="links">⟦m 信息门户　图书馆　校友会　English⟧</div>
<div class="logo">⟦m 城南师范学院 · 博学 敦行⟧</div>
<div class="cols">⟦m 学校概况　院系设置　教育教学　科学研究　校园文化⟧</div>
<div class="lm">⟦m 通知公告⟧</div>
<h1>⟦t 关于规范校园影视拍摄活动管理的通知⟧</h1>
<div class="sj">⟦m 发布时间：2025-04-14　浏览次数：3862⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="editor">⟦m 撰稿：庄雨晴　审核：党委宣传部⟧</div>
<div class="pn">⟦l 上一条：关于2025年清明节放假安排的通知⟧<br>⟦l 下一条：图书馆数据库试用通知⟧</div>
<div class="copy">⟦m 地址：城南市学院路1号　邮编：423000⟧　⟦d Copyright©城南师范学院 版权所有⟧</div>
</body></html>
""",
        body="""
校内各单位：
近期，校外影视剧组及校内学生社团申请在校园内拍摄的情况明显增多。为维护正常教学秩序，现就有关事项通知如下。
一、校外单位在校内拍摄，须提前10个工作日向党委宣传部提交申请，经审批后方可进场。
二、拍摄不得影响正常教学、考试和科研活动，教学楼、图书馆、实验室原则上不安排拍摄。
三、拍摄涉及学校名称、校徽等标识的，须另行报批。
四、学生社团开展微电影等拍摄活动，由所在学院审核，报校团委备案。
申请材料请发送至邮箱xcb_ps@cnsfxy.example.edu.cn。
党委宣传部　保卫处
2025年4月14日
""",
    ),
    dict(
        slug="university-huaze-nursery-open-day-text",
        site="华泽农林大学园艺学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://yyxy.huazeau.example.edu.cn/tzgg/2025/0318/1107.html",
        title="关于教学苗圃春季开放日的通知",
        record_title="关于教学苗圃春季开放日的通知",
        date="2025-03-18",
        record_date="2025-03-18",
        notes="college sub-site text page; the title repeated glued to a breadcrumb; the document's own address and 联系人 kept; a 'visits' counter line; 点击量 after the body",
        page="""
!m 华泽农林大学园艺学院
!m 学院首页 ＞ 通知公告 ＞ ⟦t 关于教学苗圃春季开放日的通知⟧
{T}
!m 2025-03-18 | 园艺学院 | 点击量：506
{BODY}
!m 【关闭】
!l 附件下载次数：0
!d 华泽农林大学园艺学院 版权所有　学院办公室电话：0731-8462310
""",
        body="""
各位师生：
学院教学苗圃定于3月29日（星期六）举办春季开放日，欢迎全校师生前来参观。
开放时间：上午9:00至下午4:00。
开放地点：东校区教学苗圃（北门向东200米）。
开放内容：珍稀苗木认知、嫁接扦插现场教学、盆栽换盆体验和春季苗木义卖。
义卖所得将全部用于学院学生创新创业项目。
联系人：苗圃管理员 邬秋林，电话：13807316602。
""",
    ),
    dict(
        slug="localforum-yuntang-reservoir-resettlement-post",
        site="云塘论坛 (invented)",
        style="地方论坛",
        genre="公示",
        kind="notice",
        form="text",
        source="https://bbs.yuntang.example.com/thread-88410-1-1.html",
        title="龙潭乡2025年水库移民后期扶持项目公示",
        record_title="【乡镇公告】龙潭乡2025年水库移民后期扶持项目公示（转自乡政府公告栏）",
        date="2025-05-06",
        notes="local forum repost of a township notice; decorated title; floor meta, repost note, moderator tag; table rows kept; 公示 period dates inside the body are not the date; 成文日期 at end",
        page="""
!m 云塘论坛 » 乡镇频道 » 龙潭乡
!t 【乡镇公告】龙潭乡2025年水库移民后期扶持项目公示（转自乡政府公告栏）
!m 潭边人　楼主　发表于 2025-5-7 07:58
!m 转自乡政府公告栏，拍照整理，有错字请指出
{BODY}
!m 本帖被 版主-云塘老王 加入精华
!l 2楼　山那边：我们村的路终于要修了
!l 3楼　访客：顶
!a 快速回复　登录后才能回帖
""",
        body="""
根据《云塘县2025年水库移民后期扶持项目计划》，现将我乡2025年度水库移民后期扶持项目予以公示：
项目名称　所在村　建设内容　补助资金（万元）
移民村道路硬化　柳溪村　硬化道路2.1公里　63
灌溉渠道维修　石门村　维修渠道1.8公里　27
公示期为2025年5月6日至5月12日。如有异议，请在公示期内向乡移民办反映，联系电话：0745-7781036。
龙潭乡人民政府
2025年5月6日
""",
    ),
    dict(
        slug="localforum-beiguan-department-store-closure-html",
        site="北关社区论坛 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.beiguanbbs.example.cn/t/552031",
        title="关于百货大楼闭店清算及预付卡退款安排的公告",
        record_title="关于百货大楼闭店清算及预付卡退款安排的公告",
        date="2025-01-10",
        notes="modern local forum HTML: user card with level, hot-thread sidebar, 'subscribe' action, quoted replies; the notice's own 退款热线 kept beside the forum's ad line",
        page="""
<html><head><meta charset="utf-8"><title>关于百货大楼闭店清算及预付卡退款安排的公告 - 北关社区论坛</title></head><body>
<div class="hd">⟦m 北关社区论坛 · 城北人的网上家园⟧ ⟦a 注册 登录⟧</div>
<div class="bread">⟦m 首页 / 民生热线 / 帖子详情⟧</div>
<div class="thread">
<h1>⟦t 关于百货大楼闭店清算及预付卡退款安排的公告⟧</h1>
<div class="user">⟦m 城北阿强　Lv.6 老街坊　发布于 2025-01-11 09:15　来自 手机版⟧</div>
<div class="post">
{BODY}
</div>
<div class="act">⟦a 订阅此帖　收藏　转发⟧</div>
<div class="reply">⟦l 回复 #2 小北：我还有两张卡没用完，赶紧去登记⟧</div>
</div>
<div class="side"><h4>⟦l 本周热帖⟧</h4><p>⟦l 城北菜市场改造啥时候完工？⟧</p><p>⟦l 北关小学学区划分有变化吗⟧</p></div>
<div class="ad">⟦w 北关装修找老周 电话 139 0745 2210⟧</div>
</body></html>
""",
        body="""
尊敬的顾客：
因经营调整，北关百货大楼将于2025年1月31日起停止营业，进入闭店清算程序。为保障持卡顾客合法权益，现就预付卡退款安排公告如下：
一、登记时间：2025年1月12日至2月28日，每日9:00至17:00。
二、登记地点：百货大楼一楼服务台。
三、所需材料：预付卡原件、持卡人身份证件，有购卡发票的请一并携带。
四、退款方式：核实无误后，15个工作日内按卡内余额退至持卡人银行账户。
退款咨询热线：0745-2236600。
北关百货有限责任公司
2025年1月10日
""",
    ),
]
