"""holdout163, part C. Invented text, sites, people and places; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-yangju-actor-essay-wrapped",
        site="《梅巷集》个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="https://meixiangji.wenji.net/juan2/34.html",
        title="1983年，我第一次登台唱扬剧",
        record_title="《梅巷集》卷二·第34篇｜1983年，我第一次登台唱扬剧",
        date=None,
        notes="collection chapter page; a year only in the title; hard-wrapped at 58 columns; chapter nav",
        page="""
!m 梅巷集 · 一个老演员的回忆
!m 卷二　台前幕后
!t 《梅巷集》卷二·第34篇｜1983年，我第一次登台唱扬剧
!l « 第33篇　师父的水袖　｜　目录　｜　第35篇　下乡的船 »
{BODY}
!m 本篇录入于某年冬，作者口述，女儿整理
!l « 第33篇　师父的水袖　｜　目录　｜　第35篇　下乡的船 »
!d 文集内容归作者所有，未经同意请勿转载。
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
那年我十七岁，在县扬剧团当学员已满两年，平日里只跑龙套、拉幕布。
那天演《百岁挂帅》，原本演小丫鬟的师姐突然嗓子哑了，团长把我叫到后台，说：“你上。”我手脚冰凉，连妆都是师父帮我画的。
上了台，锣鼓一响，我反倒不慌了。唱完那段“梳妆台”，台下有人叫了一声好，那一声我记了一辈子。
""",
    ),
    dict(
        slug="collection-crape-myrtle-old-tree-html",
        site="青檐文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="html",
        source="https://qingyan-wencun.cn/vol3/ch12.html",
        title="老屋门前那棵紫薇",
        record_title="青檐文存·卷三｜老屋门前那棵紫薇",
        date=None,
        notes="collection page with chapter nav; an update stamp and relative time are no dates",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>青檐文存·卷三｜老屋门前那棵紫薇</title></head><body>
<div class="site">⟦m 青檐文存⟧ <span>⟦m 记旧事，写故人⟧</span></div>
<div class="toc">⟦l 卷一 故园⟧ ⟦l 卷二 行旅⟧ ⟦l 卷三 草木⟧</div>
<h1>{T}</h1>
<p class="stamp">⟦m 最近修改：2年前 · 字数 312⟧</p>
{BODY}
<div class="pager">⟦l 上一章：院角的石榴⟧ ⟦l 下一章：外婆的丝瓜架⟧</div>
<div class="fav">⟦a 加入书签⟧ ⟦a 分享本章⟧</div>
<footer>⟦d 本文集文字版权归作者所有⟧</footer></body></html>
""",
        body="""
老屋门前的紫薇，是祖父年轻时从山里挖回来的，算来已有七十多年了。
它长得极慢，树干光滑，孩子们爱在它身上挠痒痒，据说一挠，满树枝叶都会轻轻颤动，所以乡下人叫它“痒痒树”。
每年六月开花，一开就是一百天，粉的、紫的挤满枝头。祖母常说，紫薇花开的时候，日子也跟着热闹起来。
后来老屋没人住了，树还在。去年回去，它照旧开得满满当当，像在等谁回家。
""",
    ),
    dict(
        slug="party-model-worker-studio-lesson-html",
        site="沅江先锋网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="http://www.yuanjiangxf.gov.cn/djgz/dkjg/202504/t20250428_55120.html",
        title="以劳模精神擦亮党员身份——在劳模创新工作室党课上的讲稿",
        record_title="【党课讲稿】以劳模精神擦亮党员身份——在劳模创新工作室党课上的讲稿_沅江先锋网",
        date="2025-04-27",
        notes="Party-building site; date under the title in Chinese numerals; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【党课讲稿】以劳模精神擦亮党员身份——在劳模创新工作室党课上的讲稿_沅江先锋网</title>
<script src="/js/flag.js"></script></head><body>
<div class="banner">⟦m 沅江先锋网⟧ ⟦m 中共沅江县委组织部主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 党课讲稿⟧ ⟦m 远程教育⟧</div>
<div class="pos">⟦m 您的位置：首页 » 党课讲稿⟧</div>
<h1>{T}</h1>
<p class="spk">沅江机械厂党委书记　邹建华</p>
<p class="dt">（二〇二五年四月二十七日）</p>
<div class="info">⟦m 来源：县总工会　浏览：358⟧</div>
<div class="con">
{BODY}
</div>
<div class="tl">⟦a 〔大字〕〔小字〕〔打印〕〔关闭〕⟧</div>
<div class="ft">⟦m 沅江先锋网 版权所有 湘ICP备10007721号⟧ ⟦d 转载请注明出处⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在劳模创新工作室上一堂党课，就是想请大家想一想：一名党员，怎样在岗位上把身份亮出来？
工作室领衔人、全国劳动模范管春来同志，三十年如一日钻研数控加工，带出徒弟58名，攻克技术难题40余项。他常说：“手上的活，就是党员的名片。”
我们学劳模，一要学他的专注，二要学他的传帮带，三要学他的甘于奉献。
希望每名党员都能对照劳模找差距，在本职岗位上争当标杆。
""",
    ),
    dict(
        slug="party-meat-duck-branch-summary-text",
        site="禾塘党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.hetang.gov.cn/zbjs/2025/0108/2214.shtml",
        title="肉鸭产业党支部2024年度工作总结",
        date="2025-01-06",
        notes="Party-building site; decimal headings; chrome glued after a sentence; signature date",
        page="""
!m 禾塘党建在线 — 党员之家
!m 首页 > 支部建设 > 工作总结
{T}
!m 发布：禾塘镇党委组织办　时间：2025-01-08　浏览：217
{BODY}
!l 上一篇：禾塘镇2024年党员发展工作情况通报
!l 下一篇：村级组织活动场所使用管理办法
!m 中共禾塘镇委员会主办　技术支持：县融媒体中心
""",
        date_also=["2025-01-08"],
        body="""
2024年，肉鸭产业党支部围绕“党建强、产业兴”目标，把支部建在产业链上，带动全镇肉鸭养殖提质增效。
1.组织建设
1.1 支部现有党员23名，其中养殖大户党员9名，全年召开支部党员大会12次。
1.2 开展“党员示范棚”创建，挂牌示范棚15个。⟦a 点击查看示范棚分布图⟧
2.产业带动
2.1 全年出栏肉鸭380万羽，带动农户户均增收1.1万元。
2.2 推广网床养殖技术，粪污资源化利用率达到92%。
禾塘镇肉鸭产业党支部
2025年1月6日
""",
    ),
    dict(
        slug="hospital-energy-saving-notice-html",
        site="岚城市第三人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lcsy3.com/news/tzgg/2025-05-06/1819.html",
        title="关于开展医院节能降耗专项行动的通知",
        record_title="关于开展医院节能降耗专项行动的通知 - 岚城市第三人民医院",
        date="2025-05-06",
        notes="hospital site; the document's own 联系电话 next to the hospital's 预约挂号 line; numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展医院节能降耗专项行动的通知 - 岚城市第三人民医院</title>
<script src="/static/js/swiper.js"></script></head><body>
<div class="top">⟦m 岚城市第三人民医院⟧ ⟦m 预约挂号：0716-8223120⟧ ⟦m 急诊：0716-8223999⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 就医指南⟧ ⟦m 新闻公告⟧</div>
<div class="crumbs">⟦m 首页 ＞ 新闻公告 ＞ 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-05-06　作者：总务科　阅读：402⟧</div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 分享：微信 微博⟧</div>
<div class="foot">⟦m 地址：岚城市江北路9号⟧ ⟦m 鄂ICP备13027709号⟧ ⟦d 本网站信息仅供参考，不作为诊疗依据⟧</div>
</body></html>
""",
        body="""
各科室、部门：
为落实公共机构节能要求，降低运行成本，医院决定在全院开展节能降耗专项行动。
1.行政区域室内空调夏季温度不低于26摄氏度，下班前关闭电脑、打印机等设备。
2.手术室、检验科等特殊区域按规范运行，不得擅自调整。
3.后勤保障部每月公布各科室水电用量。
联系电话：0716-8223415（总务科）。
岚城市第三人民医院
2025年5月6日
""",
    ),
    dict(
        slug="hospital-waste-sorting-plan-text",
        site="枫亭县中医院 (invented)",
        style="医院官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.ftxzyy.cn/info/2025/0318/671.html",
        title="枫亭县中医院生活垃圾分类工作实施方案",
        record_title="【院务公开】枫亭县中医院生活垃圾分类工作实施方案",
        date="2025-03-17",
        notes="hospital site; data table; hospital hotline chrome at top and bottom",
        page="""
!m 枫亭县中医院　传承精华　守正创新
!m 24小时服务热线 0594-3380120
!m 首页 > 院务公开 > 规章制度
!t 【院务公开】枫亭县中医院生活垃圾分类工作实施方案
!m 日期：2025-03-18　点击：133次
{BODY}
!a 【返回顶部】【打印本页】
!m 版权所有：枫亭县中医院　闽ICP备15011832号-1
""",
        date_also=["2025-03-18"],
        body="""
为做好院内生活垃圾分类，与医疗废物严格区分，制定本方案。
一、分类标准
类别　收集容器　投放点
可回收物　蓝色桶　各楼层茶水间
厨余垃圾　绿色桶　职工食堂
其他垃圾　灰色桶　各病区走廊
二、职责分工
总务科负责统筹协调，感控科负责指导与医疗废物的区分，各科室护士长为本科室责任人。
枫亭县中医院
2025年3月17日
""",
    ),
    dict(
        slug="university-yunnan-opera-lecture-html",
        site="滇南学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.diannan.edu.cn/info/1004/27731.htm",
        title="滇剧名家走进课堂 为学生讲述“三腔”之美",
        record_title="滇剧名家走进课堂 为学生讲述“三腔”之美-滇南学院新闻网",
        date="2025-10-22",
        notes="university news; date line with 作者/审核; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>滇剧名家走进课堂 为学生讲述“三腔”之美-滇南学院新闻网</title></head><body>
<div class="hd">⟦m 滇南学院新闻网⟧ ⟦m 学院主页⟧ ⟦m 综合新闻⟧ ⟦m 校园动态⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 时间：2025-10-22　作者：艺术学院 卯青　审核：殷志诚　点击：[ 519 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：我校举办秋季田径运动会⟧ ⟦l 下一条：图书馆开展“读书月”活动⟧</div>
<div class="ft">⟦m 滇南学院党委宣传部　地址：云南省某市学府路1号⟧</div>
</body></html>
""",
        body="""
10月20日，国家级非物质文化遗产滇剧代表性传承人钟玉屏应邀走进艺术学院课堂，为戏剧影视文学专业学生讲授滇剧专题课。
钟玉屏从滇剧丝弦、胡琴、襄阳“三腔”的来历讲起，结合《牡丹亭》《借亲配》等剧目清唱示范。
⟦m 图为钟玉屏现场示范身段。⟧
课后，学院与市滇剧院签订实践教学基地协议，今后每学期将安排学生到剧院观摩排练。
""",
    ),
    dict(
        slug="university-bupleurum-acceptance-wrapped",
        site="秦川农林大学农学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nxy.qcnl.edu.cn/tzgg/2024/1205/c2301a88120/page.htm",
        title="关于柴胡新品种选育项目现场验收的通知",
        date="2024-12-04",
        notes="hard-wrapped at 64 columns; chrome between paragraphs; signature date",
        page="""
!m 秦川农林大学农学院
!m 首页 | 学院概况 | 科学研究 | 通知公告
{T}
!m 发布者：科研办　2024-12-05　浏览：96
{BODY}
!l 【关闭】　上一篇：关于申报校级教改项目的通知
!m 农学院办公室　电话：029-87092213
""",
        date_also=["2024-12-05"],
        wrap=64,
        body="""
各有关单位：
由我院药用植物团队承担的“柴胡高产优质新品种选育”项目已完成合同任务，经学校科研院同意，定于12月12日组织现场验收。
⟦m 【本文已被浏览96次】⟧
一、验收地点：学校商洛中药材试验站。
二、验收内容：新品系田间表现、产量测定、有效成分检测报告。
三、请项目组于12月9日前提交验收材料纸质版一式七份。
农学院
2024年12月4日
""",
    ),
    dict(
        slug="localforum-ice-pop-factory-post",
        site="渠镇人家论坛 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.quzhenrenjia.com/thread-56120-1-1.html",
        title="红星冷饮厂老厂房改造期间周边道路临时管制的公告",
        record_title="[本地资讯] 红星冷饮厂老厂房改造期间周边道路临时管制的公告",
        date="2025-06-09",
        notes="local forum; repost with floor chrome; the announcement's own 咨询电话; post date differs",
        page="""
!m 渠镇人家论坛 » 渠镇资讯 » 便民公告
!t [本地资讯] 红星冷饮厂老厂房改造期间周边道路临时管制的公告
!m 楼主：渠镇小喇叭　发表于 2025-06-10 12:20　|　查看 2216　回复 31
!m 转自街道公众号
{BODY}
!m 沙发 老冰棍爱好者：小时候天天去厂门口买五分钱的冰棍
!m 板凳 路过的阿杰：改造完做什么？
!a 快速回复　|　返回列表
!d 论坛帖子仅代表网友个人观点
""",
        date_also=["2025-06-10"],
        body="""
因原红星冷饮厂老厂房改造工程施工需要，自2025年6月15日至8月31日，对厂前路（人民路至河滨路段）实行临时交通管制，禁止机动车通行，行人和非机动车绕行。
请过往车辆和行人服从现场指挥，注意安全。由此带来的不便，敬请谅解。
咨询电话：0573-8812446。
渠镇街道办事处
2025年6月9日
""",
    ),
    dict(
        slug="localforum-cemetery-qingming-html",
        site="石埠乡网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.shibuxiang.net/t/20250322/9912",
        title="关于清明节期间公益性公墓祭扫安排的通知",
        record_title="关于清明节期间公益性公墓祭扫安排的通知 - 乡里乡亲 - 石埠乡网",
        date="2025-03-21",
        notes="township forum HTML; numbered list; 预约/扫码 sentence of the notice; forum date differs",
        page="""
<html><head><meta charset="utf-8"><title>关于清明节期间公益性公墓祭扫安排的通知 - 乡里乡亲 - 石埠乡网</title></head><body>
<div class="top">⟦m 石埠乡网 · 家乡人的网上家园⟧ ⟦a 注册⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 石埠乡网 › 乡里乡亲 › 正文⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 楼主 乡网管理员 · 2025-03-22 09:41 · 阅读 3108⟧</div>
<div class="post">
{BODY}
</div>
<div class="reply">⟦m 2楼 东坡下：今年还要预约吗？⟧</div>
<div class="reply">⟦m 3楼 乡网管理员：要的，按上面说的扫码⟧</div>
<div class="box">⟦a 发表回复⟧ ⟦l 热帖：石埠中学百年校庆征集老照片⟧</div>
<div class="ft">⟦m 石埠乡网 ©2012-2025⟧</div>
</body></html>
""",
        date_also=["2025-03-22"],
        body="""
各村（居）委会、广大群众：
清明节将至，为做好乡公益性公墓祭扫服务，现将有关事项通知如下：
1.祭扫时间为3月29日至4月6日每日7:00至17:00；
2.实行预约祭扫，请扫描公墓入口处二维码预约时段；
3.公墓内严禁燃放鞭炮、焚烧纸钱，提倡鲜花祭扫。
石埠乡人民政府
2025年3月21日
""",
    ),
]
