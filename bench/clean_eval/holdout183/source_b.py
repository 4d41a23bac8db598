"""holdout183, part B: bottle openers (开瓶器) — a retired brewer's collection, a Party site,
a hospital, a university, a county forum, a download station, a personnel-exam site, a
tender platform, a law firm, a residents' site and a trade association. All invented."""

CASES = [
    dict(
        slug="anthology-opener-memoir-wrapped",
        site="老酒坊文存 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://www.laojiufang.example.net/wencun/juan2/36.html",
        title="一抽屉开瓶器",
        record_title="《老酒坊文存》卷二·第36篇｜一抽屉开瓶器",
        date=None,
        notes="personal collection hard-wrapped at 58 columns; only a year inside the text; chapter navigation chrome",
        wrap=58,
        indent="　　",
        page="""
!m 老酒坊文存 · 卷二
!m 作者：符振声（烽湖啤酒厂退休酿酒师）
{T}
{BODY}
!l 【上一篇】厂里的第一台灌装机　【下一篇】退休那天
!l 【返回卷二目录】
!d 文存内容由作者家属整理，转载请注明出处。
""",
        body="""
我书房里有一个抽屉，不放钱，也不放证件，放的全是开瓶器，大大小小一百多个，都是这些年在厂里、在各地出差时攒下的。
最早的一个是一九八六年厂里发的，铁片冲压的，上面印着“烽湖啤酒”四个红字，漆早就掉光了。
那时候啤酒金贵，谁家办酒席能摆上两箱，开瓶器就揣在主人兜里，一晚上开下来，手心都磨红了。
后来易拉罐多了，开瓶器也慢慢成了小孩子的玩意儿，可我总舍不得扔。
孙子问我攒这些有什么用，我说，每一个都记着一段日子。
""",
    ),
    dict(
        slug="dangjian-brewery-branch-speech-html",
        site="烽湖党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.fenghudj.example.gov.cn/jcdj/qydj/2025/0701/2217.html",
        title="在烽湖县酒类包装企业党建联盟成立大会上的讲话",
        record_title="【党建引领】在烽湖县酒类包装企业党建联盟成立大会上的讲话_烽湖党建网",
        date="2025-06-27",
        date_also=["2025-07-01"],
        notes="Party site with study-points line and a floating 学习强国 box; date under the title in Chinese numerals; speaker line neutral; publish date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【党建引领】在烽湖县酒类包装企业党建联盟成立大会上的讲话_烽湖党建网</title></head><body>
<div class="head">⟦m 烽湖党建网　中共烽湖县委组织部主办⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 基层党建 | 组织工作 | 党员教育 | 人才工作⟧</div>
<div class="loc">⟦m 您现在的位置：首页 → 基层党建 → 两新党建⟧</div>
<div class="tit"><h1>⟦t 在烽湖县酒类包装企业党建联盟成立大会上的讲话⟧</h1>
<p>⟦m 发布时间：2025-07-01　来源：县委两新工委　浏览次数：734⟧</p></div>
<p class="sub">（二〇二五年六月二十七日）</p>
<p class="sub">县委两新工委书记　韦少华</p>
<div class="content">
{BODY}
</div>
<div class="study">⟦a 阅读本文可获得学习积分 1 分⟧</div>
<div class="float">⟦a 扫码进入烽湖党员学习平台⟧</div>
<div class="foot">⟦m 中共烽湖县委组织部 版权所有　地址：烽湖县人民路1号⟧<br>⟦m 湘ICP备09051327号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，全县十四家瓶盖、开瓶器和酒类包装企业的党组织联合起来，成立党建联盟，这是我县两新组织党建工作的一件新事。
这些企业大多是家族企业，党员分散、活动不多，有的支部一年只开两三次会。
成立联盟，就是要让小支部抱团，把组织生活过起来，把党员作用发挥出来。
希望联盟各成员单位做到三个共享：阵地共享、党课共享、技术骨干共享。
县委两新工委将把联盟运行情况纳入年度述职评议，每半年听取一次工作汇报。
""",
    ),
    dict(
        slug="hospital-er-opener-injury-notice",
        site="焜溪县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="text",
        source="https://www.kxrmyy.example.cn/jkkp/2025/0128/611.html",
        title="节日聚餐开瓶需当心 急诊科提醒莫用牙咬瓶盖",
        record_title="节日聚餐开瓶需当心 急诊科提醒莫用牙咬瓶盖-焜溪县人民医院",
        date="2025-01-28",
        notes="hospital page: 预约挂号 and 24-hour line chrome next to the department's own 咨询电话 kept in the body; 发布时间 byline",
        page="""
!m 焜溪县人民医院　二级甲等综合医院
!a 预约挂号｜报告查询｜来院导航
!m 首页 > 健康科普 > 急诊科
{T}
!m 发布时间：2025-01-28　科室：急诊医学科　点击：1420
{BODY}
!m 医院总机（24小时）：0731-5520120
!a 关注医院服务号，在线预约更便捷
!d 科普内容仅供参考，不能替代医生面诊。
""",
        body="""
春节临近，亲友聚餐增多，急诊科每年这个时候都会接诊一批因开啤酒、饮料瓶受伤的患者。
去年春节前后七天，我院急诊共处理此类外伤二十三例，其中用牙齿咬瓶盖导致牙齿折断的六例，用筷子、打火机撬瓶盖被崩伤眼睛的两例。
急诊科提醒：开瓶请使用开瓶器，不要用牙咬，更不要让孩子开瓶。
如果瓶盖崩伤眼睛，切勿揉眼，应立即用干净纱布遮盖后就医。
急诊医学科咨询电话：0731-5521306
""",
    ),
    dict(
        slug="university-design-contest-news-html",
        site="焜溪理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.kxlg.example.edu.cn/info/1021/9315.htm",
        title="我校学生开瓶器设计作品获省工业设计大赛金奖",
        record_title=None,
        date="2024-12-09",
        notes="university news site: title only on the page (missing in the record); photo caption between paragraphs; 作者/摄影/审核 lines; prev/next",
        page="""
<html><head><meta charset="utf-8"><title>我校学生开瓶器设计作品获省工业设计大赛金奖-焜溪理工学院新闻网</title></head><body>
<div class="banner">⟦m 焜溪理工学院新闻网　厚德 笃学 致用⟧</div>
<div class="menu">⟦m 首页 学院要闻 综合新闻 媒体理工 校园人物 图说理工⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 综合新闻⟧</div>
<h1>⟦t 我校学生开瓶器设计作品获省工业设计大赛金奖⟧</h1>
<div class="byline">⟦m 作者：艺术设计学院 蒙佳怡　摄影：宋博　审核：龚立　发布时间：2024-12-09　浏览：518⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：学校召开2025年度科研项目申报动员会⟧<br>⟦l 下一条：图书馆举办冬季读书月活动⟧</div>
<div class="footer">⟦m 版权所有 © 焜溪理工学院 党委宣传部⟧ ⟦m 地址：焜溪县学府大道88号⟧</div>
</body></html>
""",
        body="""
12月6日，第九届全省工业设计大赛颁奖仪式举行，我校艺术设计学院产品设计专业学生团队的作品《一握》获学生组金奖。
《一握》是一款面向老年人和手部力量较弱人群的开瓶器，采用杠杆省力结构，只需轻轻一压即可打开瓶盖。
⟦m 图为获奖团队展示作品。⟧
团队负责人、大三学生覃雨桐介绍，他们先后走访了三家养老院，听取了四十多位老人的意见，前后修改了十一版模型。
指导教师陆晓峰表示，学院将继续推动学生作品与本地五金企业对接，争取早日投产。
""",
    ),
    dict(
        slug="localforum-stall-opener-wechat-complaint",
        site="焜溪生活论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.kxlife.example.com/forum.php?mod=viewthread&tid=88120",
        title="夜市摊位开瓶费收五块合理吗？",
        record_title="夜市摊位开瓶费收五块合理吗？ - 民生杂谈 - 焜溪生活论坛",
        date=None,
        notes="county forum thread; poster line with relative time (no date); weather widget and board rules on top; reply box",
        page="""
!m 焜溪生活论坛 - 焜溪人自己的网上家园
!m 今日：晴 3~12℃　空气质量：良
!m 论坛 › 民生杂谈 › 帖子详情
{T}
!m 发表于 昨天 22:41 | 只看该作者 | 倒序浏览
!m 楼主：河边散步的猫
{BODY}
!l 回复：1楼　老焜溪：上次也遇到过，后来就自己带开瓶器了
!l 回复：2楼　夜猫子：可以打12315问问
!a 您需要登录后才可以回帖 登录 | 立即注册
!d 本帖仅代表网友个人观点，与本论坛立场无关。
""",
        body="""
昨晚和朋友在滨江夜市吃烧烤，自己带了两瓶酒，老板说开瓶要收每瓶五块钱的开瓶费。
我问为什么，老板说店里规定，不愿意可以不喝。
菜单上和墙上都没有写这一条，结账的时候才说。
想问问论坛里懂行的朋友，这种收费合理吗？应该找哪个部门反映？
""",
    ),
    dict(
        slug="download-station-opener-standard-old-table",
        site="百事通资料站 (invented)",
        style="资料下载站",
        genre="标准",
        kind="rule",
        form="html",
        source="http://www.bstzl.example.com/soft/2024/33017.html",
        title="开瓶器团体标准（征求意见稿）编制说明",
        record_title="开瓶器团体标准（征求意见稿）编制说明.doc下载_百事通资料站",
        date=None,
        notes="old table layout download station: file-info table, three download lines, a 下载出错 report; a drafting note with only a year; numbered list",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>开瓶器团体标准（征求意见稿）编制说明.doc下载_百事通资料站</title></head><body>
<table width="980"><tr><td>⟦m 百事通资料站 www.bstzl.example.com⟧</td><td>⟦a 会员登录⟧ ⟦a 免费注册⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：资料站首页 → 行业标准 → 五金工具⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 开瓶器团体标准（征求意见稿）编制说明⟧</td></tr>
<tr><td>⟦m 文件大小：58 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2024-10-30 11:02⟧</td><td>⟦m 下载次数：127⟧</td></tr>
</table>
<table width="980"><tr><td><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 本地高速下载⟧</td></tr>
<tr><td>⟦a 下载出错？点此报告⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料来源于网络，仅供学习研究，下载后请于24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
一、任务来源
本标准由烽湖县五金制品行业协会提出并归口，于2024年列入协会团体标准制定计划。
二、编制原则
1.与现行国家标准、行业标准相协调，不低于其技术要求。
2.突出开瓶器开启力、刃口安全和表面镀层耐腐蚀等关键指标。
3.兼顾中小企业检测条件，试验方法尽量采用常规设备。
三、主要技术内容
本标准规定了开瓶器的分类、材料、开启性能、镀层附着力、标志和包装等要求。
""",
    ),
    dict(
        slug="exam-bottling-plant-interview-notice",
        site="烽湖人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.fhrsks.example.gov.cn/ksgg/2025/0509/320.html",
        title="烽湖县国有企业2025年公开招聘工作人员面试公告",
        record_title="【考务公告】烽湖县国有企业2025年公开招聘工作人员面试公告",
        date="2025-05-09",
        notes="personnel-exam site with a maintenance banner and technical line; interview table; 下载打印面试通知书 sentence kept; document's own 咨询电话",
        page="""
!m 烽湖县人事考试网
!d 系统维护通知：5月11日0:00-6:00暂停报名查询服务
!m 首页 ＞ 考试公告 ＞ 事业单位及国企招聘
{T}
!m 日期：2025-05-09　来源：县人力资源考试中心
{BODY}
!a 【打印本页】【关闭】
!m 网站技术支持：0731-5503388（仅限网站故障）
""",
        body="""
根据笔试成绩，现将烽湖县国有企业2025年公开招聘工作人员面试有关事项公告如下。
一、面试时间和地点
岗位　面试时间　面试地点
县酒业公司质检员　5月17日上午　县人才服务中心三楼
县包装材料公司设备员　5月17日下午　县人才服务中心三楼
二、面试资格确认
请入围考生于5月14日至15日登录本网站下载打印面试通知书，并携带身份证原件参加面试。
三、咨询电话：0731-5508216
烽湖县国有资产服务中心
2025年5月9日
""",
    ),
    dict(
        slug="tender-hotel-bar-tools-bid-result",
        site="焜溪县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.kunxi.example.gov.cn/jyxx/zfcg/zbgg/2025/0320/5581.html",
        title="焜溪县接待中心酒店用品采购项目中标结果公告",
        record_title="焜溪县接待中心酒店用品采购项目中标结果公告",
        date="2025-03-20",
        notes="tender platform with CA and platform helplines beside the purchaser's and agency's own contacts; bid result table",
        page="""
<html><head><meta charset="utf-8"><title>焜溪县接待中心酒店用品采购项目中标结果公告</title></head><body>
<div class="top">⟦m 焜溪县公共资源交易平台⟧ ⟦a CA证书办理⟧ ⟦a 主体登录⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 服务指南 信用信息⟧</div>
<div class="crumb">⟦m 交易信息 &gt; 政府采购 &gt; 中标公告⟧</div>
<h2>⟦t 焜溪县接待中心酒店用品采购项目中标结果公告⟧</h2>
<div class="meta">⟦m 信息来源：采购代理机构　发布时间：2025-03-20 16:00　访问量：302⟧</div>
<div class="detail">
{BODY}
</div>
<div class="help">⟦m CA锁办理咨询：400-880-3165⟧<br>⟦m 平台操作服务热线：0731-5509900⟧</div>
<div class="foot">⟦m 主办单位：焜溪县公共资源交易中心　技术支持：信达网络⟧</div>
</body></html>
""",
        body="""
一、项目编号：KXCG-2025-0117
二、项目名称：焜溪县接待中心酒店用品采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
1　客房用品（含开瓶器、杯具、茶盘等）　焜溪县华顺酒店用品商行　86400
2　餐厅用品　烽湖县新厨餐具有限公司　132750
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：焜溪县机关事务服务中心　联系人：覃工　电话：0731-5512074
代理机构：湘南正信招标咨询有限公司　联系人：何女士　电话：0731-5526630
""",
    ),
    dict(
        slug="lawfirm-bottle-burst-liability-lecture",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="text",
        source="https://www.minghenglaw.example.com/jiangtang/2025/0412.html",
        title="啤酒瓶开启时爆裂伤人，谁来担责？",
        record_title="法律讲堂丨啤酒瓶开启时爆裂伤人，谁来担责？",
        date="2025-04-12",
        notes="law firm site: consult float, not-legal-advice notice; 发布 byline; numbered points",
        page="""
!m 明衡律师事务所 MINGHENG LAW FIRM
!m 首页 / 明衡讲堂 / 产品责任
{T}
!m 主讲：林承泽 律师　发布：2025-04-12
{BODY}
!w 遇到类似纠纷？点击右侧“在线咨询”，律师免费解答
!d 本文仅为普法宣传，不构成对具体案件的法律意见。
!l 推荐阅读：网购商品质量问题如何维权
""",
        body="""
生活中，用开瓶器开啤酒时瓶子突然爆裂、碎片伤人的事情时有发生，受害者往往不知道该找谁。
根据民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。
具体来说，要注意三点：
1.保存好爆裂的瓶体碎片、瓶盖和购物小票，这是证明产品缺陷的关键证据。
2.及时就医并保留病历、发票。
3.如果饭店提供了酒水并代为开瓶，饭店也可能承担相应责任。
""",
    ),
    dict(
        slug="community-recycle-glass-html-grid",
        site="焜溪县城东街道滨河社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.binhesq.example.cn/gg/2025/0605.html",
        title="关于开展玻璃瓶和瓶盖分类回收的倡议书",
        record_title="【社区公告】关于开展玻璃瓶和瓶盖分类回收的倡议书",
        date="2025-06-05",
        notes="residents' site with weather widget and grid-worker box; community phone in the body next to property hotline; a 关注 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于开展玻璃瓶和瓶盖分类回收的倡议书</title></head><body>
<div class="top">⟦m 滨河社区居民之家⟧ ⟦m 今天 多云 18~26℃⟧</div>
<div class="nav">⟦m 社区首页 社区公告 党建园地 邻里互助 便民服务⟧</div>
<h2>⟦t 关于开展玻璃瓶和瓶盖分类回收的倡议书⟧</h2>
<p>⟦m 发布人：社区居委会　2025-06-05　阅读 264⟧</p>
<div class="txt">
{BODY}
</div>
<div class="grid">⟦m 我的网格员：第三网格 孟姐 139****2206⟧</div>
<div class="svc">⟦m 物业24小时报修：0731-5538811⟧</div>
<div class="foot">⟦d 滨河社区居委会 主办　未经许可不得转载⟧</div>
</body></html>
""",
        body="""
亲爱的居民朋友们：
夏季来临，啤酒、饮料消费增多，小区垃圾桶里的玻璃瓶和金属瓶盖也多了起来，既占地方，又容易划伤保洁员。
为此，社区倡议大家：
一、喝完的玻璃瓶请冲洗干净，放入各楼栋门口的蓝色回收箱。
二、金属瓶盖单独收集，每月第一个周六拿到社区服务站，可兑换环保积分。
三、请关注“滨河社区”公众号，及时了解回收兑换安排。
社区联系电话：0731-5531067
滨河社区居委会
2025年6月5日
""",
    ),
    dict(
        slug="association-hardware-selfdiscipline-pledge",
        site="烽湖县五金制品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.fhwjxh.example.org.cn/xhdt/2024/1120.html",
        title="烽湖县开瓶器生产企业质量诚信自律公约",
        record_title="【协会动态】烽湖县开瓶器生产企业质量诚信自律公约-烽湖县五金制品行业协会",
        date="2024-11-18",
        date_also=["2024-11-20"],
        notes="association page with member-login box and a member hotline beside the association's own mailbox in the body; 第N条 articles",
        page="""
!m 烽湖县五金制品行业协会
!a 会员登录　入会指南　会员名录
!m 协会首页 » 协会动态
{T}
!m 发布日期：2024-11-20　浏览：409
{BODY}
!m 会员服务热线：0731-5560081
!d Copyright © 烽湖县五金制品行业协会　保留一切权利
""",
        body="""
为维护开瓶器行业良好秩序，全体会员企业自愿订立本公约。
第一条　会员企业严格按照标准组织生产，不偷工减料，不以次充好。
第二条　不仿冒他人外观设计和注册商标，不恶意压价竞争。
第三条　产品包装如实标注材质、厂名和厂址。
第四条　对违反本公约的会员，协会视情节给予内部通报直至取消会员资格。
意见建议请发送至协会邮箱：fhwjxh@example.org.cn
烽湖县五金制品行业协会
2024年11月18日
""",
    ),
]
