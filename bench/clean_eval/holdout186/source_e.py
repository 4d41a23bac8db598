"""holdout186, part E: tablecloths (桌布). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="anthology-sunan-tablecloth-grandma",
        site="苏楠旧文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://sunan-wencun.example.org/juan2/17.htm",
        title="外婆的钩花桌布",
        record_title="《苏楠旧文存》卷二·第17篇｜外婆的钩花桌布",
        date=None,
        notes="personal collection text; chapter nav; only a year at the end",
        page="""
!m 苏楠旧文存　·　卷二　家常
!l 目录　｜　上一篇：灶台　｜　下一篇：端午
{T}
!m 访问量：672
{BODY}
!d 本文集文字均为作者原创，请勿转载。
""",
        indent="\u3000\u3000",
        body="""
外婆家的八仙桌上，常年铺着一块白色的钩花桌布。那是外婆用棉线一针一针钩出来的，花样是一朵朵六瓣的梅花，连成一大片。
外婆说，那块桌布钩了整整一个冬天，是给舅舅结婚时准备的。后来舅舅去了外地，桌布就一直留在老屋里。
每逢过年，外婆会把桌布洗得雪白，用米汤浆一遍，晾干后平平整整地铺上去，再摆上果盘和茶杯。
外婆走后，母亲把那块桌布收进了樟木箱。我每次回家，总要打开箱子看一看，梅花还是那么白。
二〇二三年冬
""",
    ),
    dict(
        slug="party-jiguan-tablecloth-canteen-waste",
        site="箦溪机关党建网 (invented)",
        style="党建网",
        genre="经验交流",
        kind="report",
        form="text",
        source="http://jgdj.zexi.gov.cn/dzfc/2024/0719/1180.html",
        title="机关食堂“一块桌布”里的节约文章",
        record_title="【支部风采】机关食堂“一块桌布”里的节约文章",
        date="2024-07-19",
        notes="Party-building text with a study-points line; 发布日期 byline",
        page="""
!m 箦溪机关党建网
!m 学习积分　今日已学 0/6 分　去学习 ＞
!m 首页 › 支部风采
{T}
!m 发布日期：2024-07-19　　来源：县机关事务中心党支部
{BODY}
!a 〖收藏〗〖打印〗〖关闭〗
!m 中共箦溪县委直属机关工作委员会　主办
""",
        body="""
走进县机关食堂，每张餐桌上都铺着一块浅绿色的桌布，桌布一角印着“光盘行动”四个字。
这是县机关事务中心党支部今年推出的一个小举措。支部书记阎秋生介绍，过去食堂用一次性塑料桌布，每天要扔掉两百多张；换成可洗涤的布桌布后，每年能减少塑料垃圾近两吨。
支部还组织党员志愿者在用餐高峰时段轮流值守，提醒大家按需取餐。半年来，食堂每天的剩饭剩菜从原来的30多公斤减少到不足10公斤。
""",
    ),
    dict(
        slug="hospital-shaoyang-tablecloth-infection-rule",
        site="筲阳县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.syzyy.cn/yygg/2024/0412/2201.html",
        title="关于病区餐桌桌布统一更换为一次性可降解桌布的通知",
        record_title="关于病区餐桌桌布统一更换为一次性可降解桌布的通知_筲阳县中医院",
        date="2024-04-12",
        notes="hospital page with a booking float; the notice's own contact kept beside the hospital switchboard and 24-hour lines",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于病区餐桌桌布统一更换为一次性可降解桌布的通知_筲阳县中医院</title></head>
<body>
<div class="top">⟦m 筲阳县中医院⟧ ⟦m 大医精诚 仁心仁术⟧</div>
<div class="nav">⟦m 首页 医院概况 科室导航 专家介绍 医院公告 健康宣教⟧</div>
<div class="yuyue-float">⟦a 微信预约挂号⟧ ⟦a 检查报告查询⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布者：护理部　发布时间：2024-04-12　阅读：318⟧</div>
{BODY}
<div class="ft">⟦m 总机：0576-83620000　急救：0576-83620120（24小时）⟧ ⟦m 筲阳县中医院 版权所有⟧</div>
</body></html>
""",
        body="""
各病区：
为降低交叉感染风险，经医院感染管理委员会研究，自4月20日起，各病区患者餐桌的布桌布统一更换为一次性可降解桌布，每餐一换。
一、一次性桌布由后勤保障科统一采购，各病区每周一到仓库领取。
二、用过的桌布按生活垃圾处理，被血液、体液污染的按医疗废物处理。
三、原布桌布由各病区清点后交洗衣房统一回收。
联系人：护理部 岑雅，电话：0576-83621188。
筲阳县中医院护理部
2024年4月12日
""",
    ),
    dict(
        slug="univ-shaochuan-textile-tablecloth-news",
        site="筲川纺织学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.sctc.edu.cn/xwzx/yxdt/2024/1122/5530.htm",
        title="纺织工程系师生为山区小学设计扎染桌布",
        record_title="纺织工程系师生为山区小学设计扎染桌布-筲川纺织学院",
        date="2024-11-22",
        notes="university news text; photo caption line glued after 。; views counter",
        page="""
!m 筲川纺织学院　新闻网
!m 首页 >> 院系动态
{T}
!m 作者：纺织工程系　　时间：2024年11月22日　　点击：[ 274 ]
{BODY}
!l 【上一篇】学院举办第十届服装设计大赛　【下一篇】图书馆开展阅读推广月活动
!m 地址：筲川县大学城纬三路1号　版权所有 筲川纺织学院
""",
        body="""
11月中旬，纺织工程系“织梦”志愿服务队的12名师生来到筲口镇中心小学，把亲手设计制作的40块扎染桌布送给了学校的食堂和图书角。⟦m （图：志愿者和孩子们一起铺桌布 摄影 钟晴）⟧
这些桌布采用植物染料，图案取材于当地的山茶花和稻田。为了让桌布耐洗不褪色，同学们反复试验了固色工艺。
志愿服务队还给孩子们上了一堂扎染体验课，每人带走了一块自己扎染的小方巾。
""",
    ),
    dict(
        slug="localforum-shaokou-tablecloth-shop-junk",
        site="筲口生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://www.shaokou.cc/thread-90817-1-1.html",
        title="筲口哪里能定做圆桌布？家里办酒要用",
        record_title="筲口哪里能定做圆桌布？家里办酒要用 - 筲口杂谈 - 筲口生活网",
        date=None,
        notes="county forum text with junk; relative times; weather line",
        page="""
!m 筲口生活网　今天 晴 11~20℃
!m 筲口生活网 » 筲口杂谈
{T}
!m 发表于 前天 20:17　|　楼主：筲口小叶
{BODY}
!l 回复　引用　支持　反对
!l 2# 大桥边上有家布艺店能做，老板姓柯 —— 筲口阿明 昨天 08:02
!a 您需要登录后才可以回帖 登录 | 注册
!m 筲口生活网 Powered by Discuz!
""",
        junk=dict(lines=2, glued=1),
        body="""
下个月家里老人做寿，要在院子里摆八桌，租来的圆桌太旧了，想做一批大红色的圆桌布盖一盖。
桌子直径大概1.8米，想要垂下来30厘米左右，最好能带一圈流苏边。
网上买的怕颜色不对，时间也来不及，所以想在本地找人做。有知道的朋友说一声，谢谢啦。
""",
    ),
    dict(
        slug="download-biaogewang-tablecloth-inspection-sheet",
        site="表格网下载站 (invented)",
        style="资料下载站",
        genre="表格",
        kind="form",
        form="html",
        source="http://www.biaogewang.net/down/41207.html",
        title="酒店布草（桌布、口布）验收记录表",
        record_title="酒店布草（桌布、口布）验收记录表免费下载",
        date=None,
        notes="old table layout download station with file-info table, three download links and an error report; table rows kept; update stamp no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>酒店布草（桌布、口布）验收记录表免费下载_表格网下载站</title></head>
<body>
<table width="980"><tr><td>⟦m 表格网下载站 — 实用表格天天更新⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：表格网 → 酒店表格 → 客房与餐饮⟧</td></tr></table>
<h1>{T}</h1>
<table class="info">
<tr><td>⟦m 软件大小：22KB⟧</td><td>⟦m 软件语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2024-02-27⟧</td><td>⟦m 下载次数：1175⟧</td></tr>
</table>
<div class="intro">
{BODY}
</div>
<ul class="dl"><li>⟦a 电信下载⟧</li><li>⟦a 联通下载⟧</li><li>⟦a 备用下载⟧</li></ul>
<div>⟦a 链接失效？请点此报错⟧</div>
<div>⟦d 本站所有表格均来源于网络收集整理，如有侵权请联系删除。⟧</div>
</body></html>
""",
        body="""
验收日期：＿＿年＿＿月＿＿日　　供应商：＿＿＿＿＿＿
品名　规格　数量　外观　尺寸　结论
方桌布　140×140厘米
圆桌布　直径240厘米
口布　50×50厘米
验收要求：桌布不得有破洞、抽丝、色差和污渍，尺寸偏差不超过2厘米。
验收人签字：＿＿＿＿　　库管签字：＿＿＿＿
""",
    ),
    dict(
        slug="exam-shaoyang-skill-test-notice-text",
        site="筲阳县人力资源网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.shaoyang.gov.cn/ksxx/2024/0506/7012.html",
        title="关于组织2024年上半年中式面点和餐厅服务技能等级认定考试的通知",
        record_title="关于组织2024年上半年中式面点和餐厅服务技能等级认定考试的通知_筲阳县人力资源网",
        date="2024-05-06",
        notes="exam site text; technical line vs the document's consultation phone; 准考证 printing as content; exam table",
        page="""
!m 筲阳县人力资源网　·　考试信息
!m 网站升级公告：5月11日夜间暂停服务4小时
{T}
!m 发布时间：2024-05-06　　浏览：902
{BODY}
!a 〔打印〕〔收藏〕
!m 网上报名技术咨询：0576-83396600
!m 主办：筲阳县人力资源和社会保障局
""",
        body="""
各有关单位、考生：
现将2024年上半年技能等级认定考试有关事项通知如下：
职业　等级　理论考试　技能考试
中式面点师　四级　5月25日上午　5月25日下午
餐厅服务员　四级　5月26日上午　5月26日下午
餐厅服务员技能考试包括摆台、折花和铺设桌布等项目，考生须着工作服参加。
考生于5月20日后登录本网站自行打印准考证。
咨询电话：0576-83315520（县职业技能鉴定所）
筲阳县人力资源和社会保障局
2024年5月6日
""",
    ),
    dict(
        slug="tender-zecheng-hotel-linen-tablecloth",
        site="箦城市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://zfcg.zecheng.gov.cn/cggg/2024/0814/22917.html",
        title="箦城市机关事务管理局接待中心布草采购项目招标公告",
        record_title="【采购公告】箦城市机关事务管理局接待中心布草采购项目招标公告",
        date="2024-08-14",
        notes="procurement portal with CA and platform lines; purchaser and agency contacts; lot table; tender file download as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【采购公告】箦城市机关事务管理局接待中心布草采购项目招标公告</title></head>
<body>
<div class="top">⟦m 箦城市政府采购网⟧ ⟦a 供应商登录⟧ ⟦a 专家登录⟧</div>
<div class="crumb">⟦m 首页 &gt; 采购公告 &gt; 公开招标⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 公告时间：2024-08-14　浏览：533⟧</div>
{BODY}
<div class="side">⟦l 最新公告⟧<ul><li>⟦l 市一医院被服采购中标公告⟧</li><li>⟦l 市会展中心保洁服务招标公告⟧</li></ul></div>
<div class="ft">⟦m CA数字证书服务：0576-88123456⟧ ⟦m 交易系统技术支持：400-871-3302⟧</div>
</body></html>
""",
        body="""
一、项目编号：ZCCG2024-GK-0291
二、采购内容
包号　品目　数量　预算金额
1　桌布及台裙　600套　9.6万元
2　床品四件套　400套　12.8万元
三、供应商须在8月21日前登录箦城市政府采购网下载招标文件。
四、投标截止时间：2024年9月4日9时30分。
五、联系方式
采购人：箦城市机关事务管理局，联系人：甘先生，电话：0576-88205316
代理机构：箦城市恒信项目管理有限公司，联系人：戚女士，电话：0576-88307742
""",
    ),
    dict(
        slug="lawfirm-dongheng-tablecloth-fire-case",
        site="东衡律师事务所 (invented)",
        style="律所网站",
        genre="法律解读",
        kind="article",
        form="text",
        source="http://www.donghenglaw.com/news/2024/0302.html",
        title="餐厅桌布被烛火引燃烫伤顾客，谁来担责？",
        record_title="法律讲堂丨餐厅桌布被烛火引燃烫伤顾客，谁来担责？",
        date="2024-03-02",
        notes="law firm text; consult prompts; dated byline",
        page="""
!m 东衡律师事务所　专业 · 诚信 · 高效
!m 首页 | 关于我们 | 律师团队 | 法律讲堂 | 联系方式
{T}
!m 日期：2024-03-02　　作者：葛明哲 律师
{BODY}
!w 遇到类似问题？免费咨询请拨 400-622-7109 或添加微信 dongheng_lvshi
!d 以上内容不构成正式法律意见，具体案件请咨询执业律师。
""",
        body="""
案例：顾客林女士在一家西餐厅用餐，服务员点燃桌上的装饰蜡烛后离开，蜡烛倾倒引燃桌布，林女士手臂被烫伤。
律师分析：根据《民法典》第一千一百九十八条，餐厅等经营场所的经营者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
本案中，餐厅在铺有易燃桌布的餐桌上使用明火，未采取防倾倒措施，也未安排人员看护，应当承担赔偿责任。如果林女士自己碰倒了蜡烛，可以适当减轻餐厅的责任。
""",
    ),
    dict(
        slug="community-qinghe-tablecloth-banquet-hall",
        site="筲阳镇清河社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://qinghesq.shaoyang.gov.cn/gg/2024/0108.html",
        title="关于社区公共宴席厅桌布餐具使用管理的通知",
        record_title="【社区公告】关于社区公共宴席厅桌布餐具使用管理的通知",
        date="2024-01-08",
        notes="residents' site with weather widget and grid box; community phone beside property hotlines",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【社区公告】关于社区公共宴席厅桌布餐具使用管理的通知-清河社区</title></head>
<body>
<div class="top">⟦m 清河社区 · 和睦家园⟧ <span class="weather">⟦m 今天：阴转小雨 3~9℃⟧</span></div>
<div class="nav">⟦m 首页 社区公告 办事指南 邻里活动⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 2024-01-08　清河社区居委会⟧</div>
{BODY}
<div class="grid">⟦l 我的网格员：第2网格 苗红英⟧</div>
<div class="ft">⟦m 物业服务中心：0576-83208811　夜间值班：0576-83208812⟧</div>
</body></html>
""",
        body="""
各位居民：
社区公共宴席厅自开放以来，为居民办理红白喜事提供了方便。为加强管理，现就桌布、餐具使用通知如下：
一、使用宴席厅须提前7天到社区登记，领用桌布和餐具时当面清点。
二、桌布使用后由社区统一送洗，每桌收取清洗费10元；餐具由使用户自行洗净归还。
三、桌布、餐具损坏或丢失的，按原价赔偿。
联系电话：清河社区居委会 0576-83201537。
清河社区居民委员会
2024年1月8日
""",
    ),
]
