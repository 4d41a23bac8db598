"""holdout103, part B: more invented pages (nest boxes, stilt houses, thatch roofs, golden eagles,
public benches, cooperage, rain gauges). Everything invented."""

CASES = [
    dict(
        slug="collection-maocao-essay-wrapped",
        site="茅檐集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://maoyanji.example.org/juan2/p19.html",
        title="修补茅草屋顶的那个秋天",
        record_title="《茅檐集》卷二·第19篇｜修补茅草屋顶的那个秋天",
        date=None,
        notes="collection chapter page hard-wrapped at 60 columns with an indent; chapter nav top and bottom; no date",
        wrap=60,
        indent="　　",
        page="""
!m 茅檐集 · 一个老村医的随笔
!m 卷二 / 第19篇 / 共42篇
!t 修补茅草屋顶的那个秋天
{BODY}
!l ← 上一篇：赶集路上　　　下一篇：冬至那碗汤 →
!l 返回目录
!d 文集内容版权归作者所有，未经允许请勿转载
""",
        body="""
那年秋收一过，父亲就说屋顶的茅草该换了，去年冬天漏雨，床头的墙皮掉了一大块。
割茅草要等霜降前后，草秆硬了、叶子黄了，才经得住雨水。我跟着父亲上后山，一天割回来四十多捆，肩膀磨得通红。
换草那天，邻居们都来帮忙。老匠人站在屋脊上，一把一把地铺，一层压一层，用竹篾扎紧，说铺厚一寸，能多管三年。
后来村里都盖了砖房，茅草屋只剩下村口那一间，被当作老物件保留了下来。每次路过，我都会想起那个秋天。
""",
    ),
    dict(
        slug="dangjian-jindiao-patrol-lesson-html",
        site="峁川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.maochuandj.example.gov.cn/zbfc/2025/0612/5530.html",
        title="在金雕保护巡护队党员示范岗授牌仪式上的讲话",
        record_title="【支部风采】在金雕保护巡护队党员示范岗授牌仪式上的讲话_峁川党建网",
        date="2025-06-12",
        notes="Party-building portal; speaker line neutral; date under the title in Chinese numerals; study points box inside the body",
        page="""
<html><head><meta charset="utf-8"><title>【支部风采】在金雕保护巡护队党员示范岗授牌仪式上的讲话_峁川党建网</title></head><body>
<div class="banner">⟦m 峁川党建网⟧ ⟦m 峁川县委组织部主办⟧</div>
<div class="menu">⟦m 首页 · 党建要闻 · 支部风采 · 党员教育 · 组工信息⟧</div>
<div class="loc">⟦m 您的位置：首页 &gt; 支部风采⟧</div>
<h1>{T}</h1>
<p class="speaker">县林业局党组书记　白永刚</p>
<p class="date">（二〇二五年六月十二日）</p>
{BODY}
<div class="tool">⟦a 【收藏】⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<ul class="list"><li>⟦l 县自然资源局机关党支部开展主题党日活动⟧</li><li>⟦l 【支部风采】护林员党员的一天⟧</li></ul>
<div class="copy">⟦d 版权所有：中共峁川县委组织部　未经许可不得转载⟧<br>⟦m 陇ICP备11020934号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们为金雕保护巡护队的6个党员示范岗授牌。这是对大家过去一年工作的肯定，更是一份沉甸甸的责任。
过去一年，巡护队党员带头进山巡护218次，拆除鸟网和猎夹43处，救助受伤猛禽7只，全县金雕繁殖巢由5处增加到8处。
⟦a 学习强国峁川号：点击进入学习平台⟧
希望示范岗的同志们做到三个带头：带头巡护，不漏一处巢区；带头宣传，让牧民知道金雕是国家一级保护动物；带头学习，掌握红外相机、无人机等新装备。
谢谢大家。
""",
    ),
    dict(
        slug="hospital-ciwei-bite-clinic-html",
        site="埠阳市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.byeyy.example.com/yyxw/2025/0721/662.html",
        title="关于增设动物致伤门诊夜间号源的通知",
        record_title="关于增设动物致伤门诊夜间号源的通知_医院公告_埠阳市第二人民医院",
        date="2025-07-21",
        notes="hospital site: booking hotline and emergency line as chrome, the clinic's own 咨询电话 kept; floating consult box; clinic-hours table kept",
        page="""
<html><head><meta charset="utf-8"><title>关于增设动物致伤门诊夜间号源的通知_医院公告_埠阳市第二人民医院</title></head><body>
<div class="top">⟦m 埠阳市第二人民医院⟧ ⟦m 预约挂号热线：0731-5530120⟧ ⟦m 急诊：0731-5530999⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 医院公告⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 发布日期：2025-07-21　来源：门诊部　阅读：1890次⟧</div>
{BODY}
<div class="kefu">⟦w 在线咨询　医生在线为您解答⟧</div>
<div class="prev">⟦l 上一篇：暑期儿童眼健康义诊通知⟧ ⟦l 下一篇：医院停车场改造期间停车指引⟧</div>
<div class="foot">⟦m 地址：埠阳市人民南路188号⟧ ⟦d Copyright © 埠阳市第二人民医院 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
广大市民朋友：
夏季是猫狗抓咬伤和刺猬等野生动物致伤的高发期。为方便群众就医，我院动物致伤门诊自7月25日起增设夜间号源。
门诊时间如下：
时段　接诊时间　号源数
白天　8:00—17:30　80个
夜间　18:00—22:00　30个
被动物咬伤、抓伤后，请先用肥皂水和流动清水交替冲洗伤口15分钟，再尽快到门诊处置。
咨询电话：0731-5530662（动物致伤门诊）
埠阳市第二人民医院门诊部
2025年7月21日
""",
    ),
    dict(
        slug="university-jindiao-fieldwork-text",
        site="浍川农林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hcnl.example.edu.cn/info/1032/18877.htm",
        title="我院师生赴丘北牧场开展金雕栖息地调查",
        record_title="我院师生赴丘北牧场开展金雕栖息地调查-浍川农林学院",
        date="2025-07-08",
        notes="university news text: 作者/摄影/审核 line, 点击 counter; photo caption glued before a sentence; site name recurs in body (head match)",
        page="""
!m 浍川农林学院
!m 首页 >> 学院新闻 >> 科研动态
{T}
!m 时间：2025-07-08　作者：动物科学学院　摄影：任雪　审核：冯立　点击：[416]
{BODY}
!m 【关闭】【打印】
!l 上一条：学院举办2025届毕业典礼
!l 下一条：我院获批省级草原生态重点实验室
!m 浍川农林学院党委宣传部　地址：浍川市北环路1号
""",
        body="""
7月1日至6日，浍川农林学院动物科学学院12名师生赴丘北牧场，开展金雕栖息地调查。
调查组沿牧场边缘的崖壁走访了17处疑似巢址，确认有繁殖活动的巢4处，并布设红外相机10台。
⟦m （图为调查组在崖壁下观察巢址）⟧师生们还入户走访了23户牧民，了解金雕捕食羊羔的情况和牧民的补偿诉求。
带队的李明远副教授表示，调查数据将用于编制牧场猛禽保护与放牧协调方案。
""",
    ),
    dict(
        slug="localforum-bench-complaint-html-junk",
        site="滏阳生活网 (invented)",
        style="地方论坛",
        genre="建议",
        kind="other",
        form="html",
        source="https://bbs.fuyanglife.example.com/thread-88120-1-1.html",
        title="建议在滨河步道每隔三百米增设一张公共座椅",
        record_title="[民生建言] 建议在滨河步道每隔三百米增设一张公共座椅 - 城建交通 - 滏阳生活网",
        date="2025-04-19",
        notes="Discuz-like county forum with jammer fonts; pinned notice; 发表于 is the page's date; replies list",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>[民生建言] 建议在滨河步道每隔三百米增设一张公共座椅 - 城建交通 - 滏阳生活网</title></head><body>
<div id="hd">⟦m 滏阳生活网 - 滏阳人自己的网上家园⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 滏阳生活网 › 城建交通 › 查看内容⟧</div>
<div class="notice">⟦d 【版规】发帖请文明用语，涉及人身攻击的帖子一律删除⟧</div>
<h1>⟦t [民生建言] 建议在滨河步道每隔三百米增设一张公共座椅⟧</h1>
<div class="authi">⟦m 河边散步的老周　发表于 2025-4-19 19:42　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply">⟦l 2# 滏阳小鱼：顶一个，我妈每次都走不到头⟧</div>
<div class="reply">⟦l 3# 城管在线：已转交市政部门，感谢建议⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧ ⟦m 冀ICP备15009376号⟧</div>
</body></html>
""",
        body="""
滨河步道修好以后，每天傍晚散步的人很多，其中不少是老年人。
可是从滏阳桥到体育公园这一段将近两公里，只有两处廊亭能坐，老人走到一半想歇歇脚都没地方。
建议在步道内侧每隔三百米左右增设一张公共座椅，最好带靠背和扶手，材质用防腐木，夏天不烫。
如果财政资金紧张，也可以采取认捐的方式，座椅上刻上认捐人的名字，我第一个报名。
""",
    ),
    dict(
        slug="download-kutong-rules-file-info-table",
        site="绿叶下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvyexz.example.com/soft/doc/31882.html",
        title="木桶坊生产车间卫生管理规定",
        record_title="木桶坊生产车间卫生管理规定.doc下载-绿叶下载站",
        date=None,
        notes="old table layout file-info table with 运行环境/授权 rows, three mirror links, dead-link report; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>木桶坊生产车间卫生管理规定.doc下载-绿叶下载站</title></head><body>
<table><tr><td>⟦m 绿叶下载站⟧</td><td>⟦m 安全 · 绿色 · 高速⟧</td></tr></table>
<table><tr><td>⟦m 当前位置：首页 → 文档资料 → 管理制度⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 软件名称：木桶坊生产车间卫生管理规定⟧</td><td>⟦m 文件大小：18KB⟧</td></tr>
<tr><td>⟦m 运行环境：Win7/Win10/WPS⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-02 11:20⟧</td><td>⟦m 下载次数：733⟧</td></tr>
</table>
<h3>⟦l 资料简介：⟧</h3>
{BODY}
<h3>⟦l 下载地址：⟧</h3>
<ul><li>⟦a 电信高速下载⟧</li><li>⟦a 联通高速下载⟧</li><li>⟦a 本地下载⟧</li></ul>
<p>⟦a 下载地址失效？点此报告⟧</p>
<p>⟦d 本站资料均来自互联网，仅供学习研究，请在下载后24小时内删除⟧</p>
</body></html>
""",
        body="""
一、车间地面每班清扫一次，刨花、木屑当班装袋清运，不得堆放在烘干房周边。
二、桶板进入烘干房前须除去泥土和树皮，烘干房每周清理一次。
三、盛装食品的木桶在成品检验合格后，用85℃以上热水冲洗内壁两遍，晾干后套袋封存。
四、操作人员进入成品区须更换工作服，不得在成品区饮食。
五、本规定由生产部负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="rsks-yuliang-observer-recruit-text",
        site="圩东人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.wdrsks.example.gov.cn/kwtz/2025/0303/1190.html",
        title="圩东县水文站2025年公开招聘编外雨量观测员公告",
        record_title="【招聘公告】圩东县水文站2025年公开招聘编外雨量观测员公告",
        date="2025-03-03",
        notes="exam site: technical-support line as chrome; the station's own 咨询电话 kept; positions table kept; sentence telling applicants to 下载打印 kept",
        page="""
!m 圩东人事考试网　　今天是：2025年3月5日 星期三
!m 首页 ＞ 考务通知 ＞ 事业单位招聘
!t 【招聘公告】圩东县水文站2025年公开招聘编外雨量观测员公告
!m 发布时间：2025-03-03 10:00　发布单位：县人社局　【字体：大 中 小】
{BODY}
!m 网站技术支持电话：0566-3312008（仅限网站使用问题）
!l 附件下载：报名登记表.doc
!l 上一条：2025年县属国有企业招聘公告
""",
        body="""
根据工作需要，圩东县水文站面向社会公开招聘编外雨量观测员6名。
一、招聘岗位
岗位　人数　工作地点
雨量观测员A　3　南片四乡镇
雨量观测员B　3　北片三乡镇
二、报名条件
年龄18至50周岁，高中及以上学历，身体健康，能熟练使用智能手机，常住工作地点所在乡镇。
三、报名方式
请于3月10日至3月14日下载打印报名登记表，填写后携带身份证原件到县水文站办公室报名。
咨询电话：0566-3318726
圩东县水文站
2025年3月3日
""",
    ),
    dict(
        slug="tender-bench-procure-html-ca-line",
        site="墩溪区公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.dunxi.example.gov.cn/jyxx/cgjg/20250828/40117.html",
        title="墩溪区城市公园公共座椅更新采购项目中标结果公告",
        record_title="墩溪区城市公园公共座椅更新采购项目中标结果公告",
        date="2025-08-28",
        notes="procurement portal: CA hotline as chrome beside the buyer's and agency's contacts kept; bid table kept; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>墩溪区城市公园公共座椅更新采购项目中标结果公告</title></head><body>
<div class="hd">⟦m 墩溪区公共资源交易平台⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 交易信息 &gt; 政府采购 &gt; 结果公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布日期：2025-08-28　信息来源：墩溪区城市管理局　浏览：204⟧</div>
{BODY}
<div class="side">⟦l 最新公告⟧<br>⟦l 墩溪区环卫作业车辆采购项目招标公告⟧<br>⟦l 区公园绿地养护服务项目更正公告⟧</div>
<div class="foot">⟦m CA证书服务热线：400-066-1288⟧<br>⟦m 主办单位：墩溪区公共资源交易中心⟧</div>
</body></html>
""",
        body="""
一、项目编号：DXCG-2025-0317
二、项目名称：墩溪区城市公园公共座椅更新采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1　墩溪恒木园林设施有限公司　386400
2　滏阳市百川户外家具厂　291750
四、主要标的：防腐木公共座椅420张，带扶手的适老化座椅180张。
五、联系方式
采购人：墩溪区城市管理局，联系人：孔令辉，电话：0312-7729103
代理机构：墩溪正衡招标咨询有限公司，联系人：贾敏，电话：0312-7730285
""",
    ),
    dict(
        slug="lawfirm-jindiao-compensation-text",
        site="衡信律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.hengxinlaw.example.com/article/1902.html",
        title="金雕捕食家养羊羔，牧民能否获得补偿？",
        record_title="律所视角丨金雕捕食家养羊羔，牧民能否获得补偿？",
        date="2025-09-17",
        notes="law firm: lawyer card and consult WeChat glued after a sentence; not-legal-advice notice; 发布于 byline",
        page="""
!m 衡信律师事务所 | 专业 · 诚信 · 高效
!m 首页 / 律师文集 / 民事法律
{T}
!m 发布于 2025-09-17　作者：谭雅琴 律师　阅读 381
{BODY}
!d 本文仅为普法交流，不构成对具体案件的法律意见。
!w 免费咨询：微信 hengxinlvshi（工作日 9:00-18:00）
!l 推荐阅读：草原承包经营权纠纷的处理要点
""",
        body="""
近年来，随着生态保护成效显现，部分牧区出现金雕等猛禽捕食家养羊羔的情况，不少牧民咨询能否获得补偿。
根据野生动物保护法，因保护国家重点保护野生动物造成人员伤亡、农作物或者其他财产损失的，由当地人民政府给予补偿。⟦w 具体案情可添加律师微信详谈⟧
牧民发现损失后，应及时拍照留存证据，并在规定期限内向乡镇人民政府或林业草原部门报告，由其组织核实。
需要提醒的是，不得以伤害金雕的方式自行处理，否则可能承担刑事责任。
""",
    ),
    dict(
        slug="community-hangtu-repair-notice-text",
        site="岘南社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xiannansq.example.com/tzgg/2025-05-06-51.html",
        title="关于老街夯土民居外墙修缮期间临时交通管制的通知",
        record_title="【社区公告】关于老街夯土民居外墙修缮期间临时交通管制的通知",
        date="2025-05-06",
        notes="residents' site: weather widget and app banner; grid worker's phone kept beside the community service line; comment box",
        page="""
!m 岘南社区服务网　今日 多云 16~24℃
!a 下载“岘南邻里”APP，办事更方便
!t 【社区公告】关于老街夯土民居外墙修缮期间临时交通管制的通知
!m 发布：社区居委会　2025/05/06　浏览 822
{BODY}
!m 社区便民服务电话：0836-2201150
!l 居民留言（3）　我要留言
!l 前一则：端午节社区包粽子活动报名
""",
        body="""
各位居民：
老街12号至36号夯土民居外墙修缮工程定于5月12日开工，工期约40天。
施工期间，老街北口至古井巷路段禁止机动车通行，行人请从古井巷绕行，电动车请推行通过。
施工单位将每日17:30后清理路面，夜间不施工。如遇紧急情况需要车辆进入，请联系片区网格员。
网格员：彭秀兰，电话：13908361274
岘南社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="association-nestbox-pledge-html",
        site="浍川市观鸟协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.hcbird.example.org.cn/xhgg/2025/0320/77.html",
        title="关于规范悬挂人工鸟巢的倡议书",
        record_title="【协会倡议】关于规范悬挂人工鸟巢的倡议书",
        date="2025-03-20",
        notes="association page: member login, sidebar, footer; a sentence asking members to 关注 the association's account kept; numbered list",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范悬挂人工鸟巢的倡议书</title></head><body>
<div class="top">⟦a 会员入口⟧ ⟦a 入会指南⟧ ⟦m 浍川市观鸟协会⟧</div>
<div class="nav">⟦m 协会简介　协会公告　观鸟记录　科普园地　联系我们⟧</div>
<h1>⟦t 【协会倡议】关于规范悬挂人工鸟巢的倡议书⟧</h1>
<div class="meta">⟦m 发布者：秘书处　日期：2025-03-20　阅读量：530⟧</div>
{BODY}
<div class="side">⟦l 协会公告⟧ ⟦l 春季观鸟活动报名开始⟧ ⟦l 鸟类摄影伦理守则⟧</div>
<div class="foot">⟦d © 浍川市观鸟协会 版权所有⟧ ⟦m 邮箱：hcbird@example.org.cn⟧</div>
</body></html>
""",
        body="""
全体会员、广大爱鸟人士：
春季是鸟类繁殖的关键期，近年来悬挂人工鸟巢的市民越来越多，但也出现了挂得过低、朝向不当、频繁开箱查看等问题。为此，我们倡议：
1.鸟巢悬挂高度不低于2.5米，洞口避开西晒和主风向。
2.同一棵树只挂一个鸟巢，相邻鸟巢间隔不少于20米。
3.繁殖期不开箱、不拍摄巢内雏鸟，秋季再统一清理旧巢材。
4.不在鸟巢附近投放食物，避免引来猫和鼠类。
欢迎关注协会公众号，了解更多鸟巢制作和悬挂知识。
浍川市观鸟协会
2025年3月20日
""",
    ),
]
