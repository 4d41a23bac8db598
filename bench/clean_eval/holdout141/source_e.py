"""holdout141, part E. Invented text, sites, places and chrome; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-chuanfu-sailmaker-memoir",
        site="船埠旧事集 (invented)",
        style="个人文集",
        genre="其他",
        kind="other",
        form="text",
        source="http://www.chuanbu-jiushi.cn/ji2/17.html",
        title="父亲的帆篷铺",
        record_title="船埠旧事集·第二辑｜父亲的帆篷铺",
        date=None,
        notes="a personal collection; a 写于 line with a year only is no date; collection navigation; paragraphs indented and separated by blank lines",
        page="""
!m 船埠旧事集 · 第二辑
!m 作者：宋渔舟　|　目录　|　关于本集
!t 船埠旧事集·第二辑｜父亲的帆篷铺
{T}
{BODY}
!m （写于二〇一八年冬，录入时略有删改）
!l 上一篇：码头的早市　　下一篇：外婆的渔网
!d 本集文字版权归作者所有，转载请与作者联系。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
我家的帆篷铺开在老船埠的北头，门口两棵苦楝树，铺子里一年四季都是桐油和麻线的味道。
父亲做帆篷做了四十年。那时候渔船都靠风走，一张好帆能用三五年，一张差帆出海一趟就撕了。渔民订帆，先要量船，父亲拿一根竹尺，爬上桅杆，一量就是半天。
裁布、拼幅、缝边、上绳，每一道工序他都亲手做。最难的是“打眼”，帆边上每隔一尺要打一个铜眼，眼打歪了，帆吃风就不匀。他打的铜眼，几十年来没有一个脱过。
后来渔船都换了柴油机，帆篷铺的生意一年不如一年。父亲收了最后一个徒弟，把铺子改成了修网的作坊。
前年船埠改造，铺子拆了。父亲把那根竹尺带回了家，挂在堂屋的墙上。
""",
    ),
    dict(
        slug="dangjian-maoshan-angora-rabbit-member",
        site="茅山组工网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.maoshanzg.gov.cn/jcdj/2025/0605/4417.html",
        title="党员养兔能手带富一方——记茅山县长毛兔养殖示范户申国强",
        record_title="【先锋风采】党员养兔能手带富一方——记茅山县长毛兔养殖示范户申国强",
        date="2025-06-05",
        notes="Party-building news; 发布时间 byline; a photo caption and a study box inside the body; ICP footer",
        page="""
<html><head><meta charset="utf-8"><title>党员养兔能手带富一方——记茅山县长毛兔养殖示范户申国强_茅山组工网</title></head>
<body>
<div class="h">⟦m 茅山组工网⟧ ⟦m 为党管干部　为党管人才⟧</div>
<div class="m">⟦m 首页　组工要闻　基层党建　先锋风采　人才强县　组工信箱⟧</div>
<h1>{T}</h1>
<div class="s">⟦m 发布时间：2025-06-05 10:20　来源：茅山县委组织部　作者：通讯员 邢露⟧</div>
<div class="t">
{BODY}
</div>
<div class="b">⟦a 【收藏本页】⟧ ⟦a 【打印正文】⟧</div>
<div class="f">⟦m 中共茅山县委组织部主办　地址：茅山县政通路1号⟧ ⟦m 晋ICP备08003315号⟧</div>
</body></html>
""",
        body="""
走进茅山县蒲塘村申国强的长毛兔养殖场，一排排兔笼整齐干净，2000多只长毛兔正在吃草。
申国强是一名有着12年党龄的农村党员。2016年，他从外地学艺回乡，贷款建起了长毛兔养殖场。起步那两年，兔子得过病，也遇到过兔毛价格下跌，但他都咬牙挺了过来。
⟦m 图为申国强在查看兔毛质量。通讯员 邢露 摄⟧
养殖场走上正轨后，申国强主动把技术教给村里的乡亲。他和村党支部一起成立长毛兔养殖合作社，统一提供种兔、统一防疫、统一收购兔毛，带动38户村民养兔，户均年增收2万余元。
“一个人富不算富，大家富了才是真的富。”申国强说，下一步他准备建一个兔毛初加工车间，让兔毛卖出更好的价钱。
""",
    ),
    dict(
        slug="hospital-fuxing-probiotic-children",
        site="福兴市妇幼保健院 (invented)",
        style="医院官网",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.fxfy.org.cn/jkjy/2025/0318/611.html",
        title="孩子拉肚子，益生菌能不能随便吃？",
        record_title="孩子拉肚子，益生菌能不能随便吃？_健康教育_福兴市妇幼保健院",
        date="2025-03-18",
        notes="hospital template with floating online-consult box; the article's own 门诊电话 kept beside the booking hotline in the footer; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>孩子拉肚子，益生菌能不能随便吃？_健康教育_福兴市妇幼保健院</title></head>
<body>
<div class="top">⟦m 福兴市妇幼保健院⟧ ⟦a 微信预约⟧ ⟦a 智慧服务⟧</div>
<div class="nav">⟦m 首页 · 医院概况 · 科室介绍 · 就诊指南 · 健康教育 · 招聘信息⟧</div>
<div class="path">⟦m 首页 &gt;&gt; 健康教育⟧</div>
<h2>{T}</h2>
<div class="inf">⟦m 作者：儿童保健科 邝医生　日期：2025-03-18　浏览：1833次⟧</div>
<div class="ct">
{BODY}
</div>
<div class="fl">⟦w 在线问诊　儿保医生为您解答⟧</div>
<div class="ft">⟦m 预约挂号热线：0591-86609114⟧ ⟦m 院址：福兴市东街路30号⟧ ⟦d 版权所有：福兴市妇幼保健院⟧</div>
</body></html>
""",
        body="""
不少家长遇到孩子腹泻，第一反应就是给孩子吃益生菌。益生菌到底能不能随便吃？儿童保健科医生提醒：
一、益生菌不是“万能药”。对于病毒感染引起的腹泻，部分益生菌可以缩短病程，但对于细菌感染或者其他原因引起的腹泻，还需在医生指导下规范治疗。
二、选择要看菌株。不同菌株作用不同，家长不要只看广告，应选择有明确菌株编号、适合儿童的药品或食品。
三、服用有讲究。益生菌不宜用超过40℃的水冲服，与抗生素同时使用时，应间隔2小时以上。
四、腹泻期间最重要的是预防脱水，可按医嘱服用口服补液盐。如孩子出现精神差、尿少、便血等情况，应立即就医。
儿童保健科门诊电话：0591-86609235
""",
    ),
    dict(
        slug="univ-haiyang-waterski-team-news",
        site="临澄海洋大学体育部 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://tyb.lcou.edu.cn/info/1021/3391.htm",
        title="我校滑水队在全国大学生滑水锦标赛中获佳绩",
        record_title="我校滑水队在全国大学生滑水锦标赛中获佳绩",
        record_date="2025-08-12",
        date="2025-08-12",
        notes="university department page; record gives title and date; result table kept; editor line glued after the last sentence",
        page="""
<html><head><meta charset="utf-8"><title>我校滑水队在全国大学生滑水锦标赛中获佳绩-体育部</title></head>
<body>
<div class="logo">⟦m 临澄海洋大学 体育部⟧</div>
<div class="menu">⟦m 部门首页 | 部门概况 | 体育教学 | 运动竞赛 | 群体活动 | 下载专区⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 运动竞赛 &gt; 正文⟧</div>
<h3>{T}</h3>
<div class="inf">⟦m 2025年08月12日 15:06　点击：⟧</div>
<div class="con">
{BODY}
</div>
<p>⟦l 【关闭】⟧</p>
<div class="ft">⟦d Copyright © 临澄海洋大学体育部⟧ ⟦m 地址：临澄市海湾路6号⟧</div>
</body></html>
""",
        body="""
8月8日至10日，2025年全国大学生滑水锦标赛在湖东滑水基地举行，我校滑水队8名队员参赛，获得1金2银1铜的成绩。
主要获奖情况如下：
项目　成绩　队员
男子回旋　第一名　欧阳锐
女子回旋　第二名　唐悦
男子花样　第二名　陆鸣
女子跳跃　第三名　方小婷
我校滑水队组建于2019年，依托学校水上运动训练中心开展训练，已连续四年参加全国大学生滑水锦标赛。⟦m （体育部 汪岚 供稿）⟧
""",
    ),
    dict(
        slug="localforum-shuijing-malatang-alley",
        site="水井坊论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.shuijing-bbs.com/thread-55128-1-1.html",
        title="关于麻辣烫一条街夜间经营的联合倡议",
        record_title="关于麻辣烫一条街夜间经营的联合倡议　—— 水井坊论坛",
        date="2025-08-04",
        notes="local forum; junk inside and glued; 发表于 line date; a reward/points line and quick-reply box",
        page="""
!m 水井坊论坛 » 街坊四邻 » 身边事
!t 关于麻辣烫一条街夜间经营的联合倡议　—— 水井坊论坛
!m 作者：街道小编　发表于 2025-8-4 20:11
!m 阅读权限 10　|　在线时间 412 小时
{BODY}
!a 本帖被版主加分：威望 +5
!l 顶！　支持一下　占楼
!a 发表回复　　回帖后跳转到最后一页
!m 水井坊论坛 · 粤ICP备14075620号-1
""",
        junk=dict(lines=2, glued=2),
        body="""
各位摊主、各位街坊：
麻辣烫一条街是我们社区的烟火名片，但夏季夜间油烟、噪声和占道问题也让不少居民休息不好。经街道、社区和商户代表共同商议，现发出如下倡议。
一、营业时间不超过次日凌晨1点，23点后不再使用户外音响招揽顾客。
二、所有商户安装油烟净化设备并定期清洗，不得直排。
三、桌椅摆放不超过门前黄线，保持消防通道畅通。
四、餐厨垃圾装袋后放到指定收集点，每晚收摊后清洗地面。
五、居民发现问题可直接到社区服务站反映，大家有事好商量。
桂井街道水井坊社区
2025年8月4日
""",
    ),
    dict(
        slug="download-yaocai-gardenia-cultivation",
        site="药材资料网 (invented)",
        style="资料下载站",
        genre="其他",
        kind="other",
        form="html",
        source="http://www.yaocai-ziliao.com/down/zz/1173.html",
        title="栀子高产栽培技术规程",
        record_title="栀子高产栽培技术规程.doc",
        date=None,
        notes="old download-station table layout; file-name record title; update and add stamps no date; decimal headings kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>栀子高产栽培技术规程.doc - 药材资料网</title></head>
<body>
<table width="960" border="0"><tr><td>⟦m 药材资料网⟧</td><td>⟦m 种植资料 | 加工技术 | 市场行情 | 政策文件⟧</td></tr></table>
<table width="960" border="1">
<tr><td>⟦m 文件名称：栀子高产栽培技术规程.doc⟧</td><td>⟦m 文件大小：58KB⟧</td></tr>
<tr><td>⟦m 添加日期：2025-02-17⟧</td><td>⟦m 下载权限：游客⟧</td></tr>
</table>
<p>⟦m 资料简介：⟧</p>
{BODY}
<p>⟦a 点击下载　本地下载　镜像下载⟧</p>
<p>⟦a 下载说明：请使用WPS或Word打开，如遇乱码请更换浏览器下载。⟧</p>
<p>⟦m 站长QQ：903316852　E-mail：zz@yaocai-ziliao.com⟧</p>
</body></html>
""",
        body="""
1 范围
本规程规定了栀子栽培的园地选择、育苗、定植、田间管理、采收等技术要求，适用于丘陵山区栀子生产。
2 园地选择
2.1 选择海拔500米以下、土层深厚、排水良好的微酸性红壤或黄壤坡地。
2.2 坡度大于15°的园地应修筑水平梯田。
3 育苗
3.1 扦插育苗于3月上旬进行，选择一年生健壮枝条，剪成长12至15厘米的插穗。
3.2 插后搭建遮阳棚，保持苗床湿润。
4 田间管理
每年追肥3次，分别在春梢萌发前、花前和果实膨大期进行；冬季剪除病虫枝和过密枝。
5 采收
果实由青转红黄色时分批采摘，采后及时蒸煮晒干。
""",
    ),
    dict(
        slug="exam-xuefeng-luge-coach-recruit",
        site="雪峰县人才招聘考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xfrcks.cn/zpgg/2025/1020/221.html",
        title="雪峰县冬季运动管理中心2025年公开招聘无舵雪橇教练员公告",
        record_title="【招聘公告】雪峰县冬季运动管理中心2025年公开招聘无舵雪橇教练员公告",
        date="2025-10-20",
        notes="exam site text page; exam steps, the candidates' 准考证 download sentence kept; the announcement's own 咨询电话 beside the site's 技术支持 line",
        page="""
!m 雪峰县人才招聘考试网　　首页 | 招聘公告 | 成绩查询 | 政策解读
!m 当前位置：首页 > 招聘公告
!t 【招聘公告】雪峰县冬季运动管理中心2025年公开招聘无舵雪橇教练员公告
!m 发布时间：2025年10月20日　阅读次数：1362
{BODY}
!m 技术支持：雪峰信息中心　报名系统故障请拨：0433-5180066
!a 【打印此页】【返回顶部】
!d 本网站为雪峰县人社局官方考试信息发布平台，其他网站转载信息以本站为准。
""",
        body="""
为加强冬季运动项目专业人才队伍建设，雪峰县冬季运动管理中心决定公开招聘无舵雪橇教练员2名。
一、报考条件
1.具有国家二级及以上无舵雪橇或雪车运动员等级称号，或有两年以上冰雪项目执教经历。
2.年龄在35周岁以下。
二、招聘程序
报名和资格审查、专业技能测试、面试、体检和考察、公示和聘用。
三、报名时间
2025年10月27日至10月31日，考生在本网报名系统填报信息并上传证书扫描件。
四、其他事项
资格审查通过的考生，请于11月6日后登录本网下载打印准考证，按准考证上的时间和地点参加专业技能测试。
咨询电话：0433-5186721（县冬季运动管理中心办公室）
雪峰县冬季运动管理中心
2025年10月20日
""",
    ),
    dict(
        slug="tender-hexi-glockenspiel-school-procurement",
        site="河西区政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://zfcg.hexiqu.gov.cn/cjgg/2025/0527/1882.html",
        title="河西区教育局中小学钟琴等打击乐器采购项目成交结果公告",
        record_title="成交结果公告｜河西区教育局中小学钟琴等打击乐器采购项目",
        date="2025-05-27",
        notes="procurement result page; results table kept; purchaser and agency contacts kept beside the platform's service line; 公告期限 line in body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>河西区教育局中小学钟琴等打击乐器采购项目成交结果公告</title></head>
<body>
<div class="hd">⟦m 河西区政府采购网⟧ ⟦m 采购公告　结果公告　更正公告　合同公示⟧</div>
<div class="crumb">⟦m 首页 › 结果公告 › 正文⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-05-27　发布人：河西采购中心　浏览：97⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach">⟦l 附件下载：成交结果公告.pdf⟧</div>
<div class="ft">⟦m 平台服务电话：022-25510808　服务时间：工作日9:00-17:00⟧ ⟦m 津ICP备10004118号⟧</div>
</body></html>
""",
        body="""
一、项目编号：HXJY-2025-0415
二、项目名称：河西区教育局中小学钟琴等打击乐器采购项目
三、成交信息
包号　成交供应商　成交金额（元）
1（钟琴、木琴）　津韵乐器有限公司　386400
2（定音鼓、小军鼓）　华声文体用品有限公司　217800
四、主要标的信息：钟琴（32音）60台、木琴30台、定音鼓12组、小军鼓40面。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：河西区教育局　联系人：苏老师　电话：022-25536017
采购代理机构：河西区政府采购中心　联系人：贾工　电话：022-25510921
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-douhua-shop-licensing",
        site="正元律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="text",
        source="http://www.zhengyuan-lawyer.cn/fxjt/2025/0903.html",
        title="豆花小店开业前要办哪些手续——在城南小吃街商户法律讲堂上的讲稿",
        record_title="法治讲堂丨豆花小店开业前要办哪些手续——在城南小吃街商户法律讲堂上的讲稿",
        date="2025-09-02",
        notes="law firm lecture; date under the title; speaker line neutral; consult prompt and a WeChat id on lines of their own; a paragraph tells shop owners to 扫码 an official code (kept)",
        page="""
!m 正元律师事务所　ZHENGYUAN LAW
!m 首页 | 律所简介 | 专业团队 | 法律讲堂 | 联系我们
!t 法治讲堂丨豆花小店开业前要办哪些手续——在城南小吃街商户法律讲堂上的讲稿
{T}
（2025年9月2日）
正元律师事务所合伙人　庞书仪
{BODY}
!w 免费法律咨询：添加律师助理微信 zylaw_zx01
!l 分享到：微信　QQ　微博
!m 地址：城南区桂苑路8号　电话：0731-84320190
""",
        body="""
各位商户朋友：
很多朋友想在小吃街开一家豆花小店，今天我就讲一讲开业前要办哪些手续。
第一，营业执照。个体工商户可以到区政务服务中心办理，也可以在手机上“一网通办”，一般当天就能领到。
第二，食品经营许可。豆花属于现制现售食品，需要办理食品经营许可证或者小餐饮登记，店面要有独立的操作间，生熟分开，还要有消毒柜。
第三，健康证明。店里所有接触食品的人员都要办健康证明，每年体检一次。
第四，门头招牌。店招设置要符合城管部门的规定，大家可以扫描小吃街入口公示栏上的二维码，查看店招设置的统一样式。
手续齐全，才能安心经营。有问题欢迎大家会后交流。
""",
    ),
    dict(
        slug="community-qinyuan-patchwork-class",
        site="沁园社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qinyuan-sq.net/tzgg/2025-1014.html",
        title="沁园社区“巧手拼布”公益课堂开课啦",
        record_title="沁园社区“巧手拼布”公益课堂开课啦",
        date="2025-10-14",
        notes="residents' site; time/place lines kept; sign-up button glued after a sentence; the course's own 报名电话 beside the grid hotline",
        page="""
<html><head><meta charset="utf-8"><title>沁园社区“巧手拼布”公益课堂开课啦 - 沁园社区服务网</title></head>
<body>
<div>⟦m 沁园社区服务网⟧ ⟦m 有事找社区 服务零距离⟧</div>
<div>⟦m 首页　社区公告　党建引领　便民服务　活动风采⟧</div>
<h1>{T}</h1>
<p>⟦m 发布者：沁园社区　发布时间：2025-10-14⟧</p>
{BODY}
<p>⟦l 相关活动：重阳节敬老包饺子活动回顾⟧</p>
<p>⟦m 24小时网格服务热线：0531-88801234⟧</p>
<p>⟦d 沁园社区居民委员会 版权所有⟧</p>
</body></html>
""",
        body="""
为丰富辖区居民文化生活，沁园社区联合区妇联开设“巧手拼布”公益课堂，欢迎有兴趣的居民报名参加。⟦a 我要报名⟧
时间：10月20日起每周一、周四下午2:30—4:30，共8次课
地点：沁园社区党群服务中心二楼活动室
内容：拼布基础针法、杯垫制作、靠垫制作、小挎包制作
名额：20人，以报名先后为序
课堂所需布料、针线和工具由社区免费提供，结课作品可由学员带回家，优秀作品将在社区重阳节展览中展出。
报名电话：0531-88805521（社区服务站 邹老师）
""",
    ),
]
