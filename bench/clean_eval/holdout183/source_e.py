"""holdout183, part E: desk lamps (台灯) — a retired teacher's site, a Party site, an eye
hospital, a university, a county forum, a download site, a personnel-exam site, a tender
page, a law firm and a residents' page. All invented."""

CASES = [
    dict(
        slug="anthology-teacher-lamp-site-marquee",
        site="柳岸听风 (invented personal site)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="http://www.liuantf.example.net/wenji/2-41.htm",
        title="那盏绿罩台灯",
        record_title="《柳岸集》卷二·第41篇｜那盏绿罩台灯",
        date=None,
        notes="retired teacher's personal site, old table layout with marquee and visit counter; memoir with only years",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>《柳岸集》卷二·第41篇｜那盏绿罩台灯</title></head><body bgcolor="#F5F0E1">
<table width="800" align="center"><tr><td>⟦m 柳岸听风 · 一个老教师的自留地⟧</td></tr></table>
<marquee>⟦m 欢迎老同事、老学生常来坐坐，留言必回！⟧</marquee>
<table width="800" align="center"><tr><td>
<p>⟦m 《柳岸集》卷二⟧</p>
<h3>⟦t 那盏绿罩台灯⟧</h3>
{BODY}
<p>⟦l ←前一篇：教师宿舍的水井⟧　⟦l 后一篇：第一次家访→⟧</p>
<p>⟦l 返回目录⟧</p>
</td></tr></table>
<table width="800" align="center"><tr><td>⟦m 本站访问人次：0041276⟧　⟦d 站长自写，转载请打招呼⟧</td></tr></table>
</body></html>
""",
        body="""
一九八二年我分到焕山中学教书，学校发给每个老师一盏绿玻璃罩的台灯。
那时候宿舍常停电，灯泡也金贵，可那盏灯一亮，桌上的作业本就有了一圈暖暖的光。
我在那盏灯下批了二十多年作业，写了十几本教案，也给好几届学生写过推荐信。
后来学校换了护眼灯，旧台灯都收进了仓库，我特意要了一盏带回家。
如今灯罩裂了一道缝，我用胶布粘上，照样摆在书桌上。
""",
    ),
    dict(
        slug="dangjian-lamp-factory-party-lecture-text",
        site="炘城先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xcxf.example.gov.cn/dkjt/2025/0630/1180.html",
        title="在照明电器产业园党委“七一”专题党课上的讲话",
        record_title="在照明电器产业园党委“七一”专题党课上的讲话",
        date="2025-06-30",
        notes="Party site text page; date under the title in Chinese numerals; speaker line neutral; study-points and QR prompts",
        page="""
!m 炘城先锋网
!m 首页 ＞ 党课讲堂
{T}
（二〇二五年六月三十日）
产业园党委书记　蒋宏远
{BODY}
!a 学习完成，记录学习时长
!a 扫一扫，手机上继续学
!m 主办：中共炘城市委组织部　技术支持：炘城市大数据中心
""",
        body="""
同志们：
我们园区四十多家企业，一年生产台灯、护眼灯一千多万盏，销往全国各地的学校和家庭。
一盏小小的台灯，照亮的是孩子们的书桌，连着的是千家万户的期盼。
作为党员，我们更要带头把好质量关，绝不让一盏蓝光超标、频闪超标的台灯流出厂门。
今年园区党委开展“党员示范岗”创建，每条生产线至少设一个党员质检岗。
希望每一名党员都能亮出身份、守住岗位，让企业因为有党员而更有底气。
""",
    ),
    dict(
        slug="hospital-eye-lamp-myopia-html-booking",
        site="炘城市眼科医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="html",
        source="https://www.xcyk.example.com/kepu/2024/0902/388.html",
        title="开学季，孩子的台灯该怎么选？",
        record_title="【健康科普】开学季，孩子的台灯该怎么选？-炘城市眼科医院",
        date="2024-09-02",
        notes="hospital site with a booking float and 24-hour line; the clinic's own 咨询电话 kept in the body; numbered list",
        page="""
<html><head><meta charset="utf-8"><title>【健康科普】开学季，孩子的台灯该怎么选？-炘城市眼科医院</title></head><body>
<div class="head">⟦m 炘城市眼科医院　专注眼健康三十年⟧</div>
<div class="nav">⟦m 医院概况 专家团队 就医指南 健康科普 视光中心⟧</div>
<h1>⟦t 开学季，孩子的台灯该怎么选？⟧</h1>
<div class="info">⟦m 来源：视光中心　时间：2024-09-02　浏览：2066⟧</div>
<div class="ct">
{BODY}
</div>
<div class="float">⟦a 在线预约挂号⟧ ⟦a 专家咨询⟧</div>
<div class="ft">⟦m 24小时服务热线：0736-3120999⟧ ⟦m 地址：炘城市光明路66号⟧ ⟦d 版权所有©炘城市眼科医院⟧</div>
</body></html>
""",
        body="""
开学了，不少家长问我们：给孩子买台灯，要注意哪些？
视光中心的医生给出几点建议：
1.看照度，选择国标AA级的台灯，桌面照度均匀。
2.看频闪，用手机摄像头对着灯光，画面出现明暗条纹的不要买。
3.看色温，四千K左右的自然光比较合适，不要太白太冷。
4.台灯要和房间顶灯一起开，不要只开台灯，避免明暗反差过大。
视光中心咨询电话：0736-3125071
""",
    ),
    dict(
        slug="university-library-lamp-renovation-text",
        site="焕山师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://lib.hssy.example.edu.cn/info/1004/2219.htm",
        title="关于图书馆自习区阅读台灯更换期间调整开放安排的通知",
        record_title="关于图书馆自习区阅读台灯更换期间调整开放安排的通知-焕山师范学院图书馆",
        date="2025-07-04",
        notes="university library page; schedule table; a 下载 sentence (library app) kept; publish line differs only by the site",
        page="""
!m 焕山师范学院图书馆　Library of Huanshan Normal University
!m 首页 | 本馆概况 | 资源 | 服务 | 通知公告
{T}
!m 发布者：读者服务部　发布时间：2025-07-04　浏览：733
{BODY}
!l 【上一条】暑假期间图书借还安排
!l 【下一条】关于开展毕业生离校手续办理的通知
!m 版权所有：焕山师范学院图书馆　地址：焕山大学城学府路1号
""",
        body="""
各位读者：
为改善自习环境，图书馆将对二至四楼自习区的阅读台灯进行统一更换，现将施工期间开放安排通知如下。
区域　施工时间　开放安排
二楼自习区　7月8日—7月14日　暂停开放
三楼自习区　7月15日—7月21日　暂停开放
四楼自习区　7月22日—7月28日　暂停开放
施工期间，读者可下载“焕师图书馆”APP预约一楼研讨间。
给您带来的不便，敬请谅解。
图书馆读者服务部
2025年7月4日
""",
    ),
    dict(
        slug="localforum-night-market-lamp-stall-html",
        site="焕山论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.huanshanbbs.example.com/thread-66031-1-1.html",
        title="老街修台灯的周师傅要搬走了，有点舍不得",
        record_title="老街修台灯的周师傅要搬走了，有点舍不得 - 焕山茶馆 - 焕山论坛",
        date=None,
        notes="county forum HTML with a weather widget, floor meta and jammer-free posts; relative time; reply floors as list chrome",
        page="""
<html><head><meta charset="utf-8"><title>老街修台灯的周师傅要搬走了，有点舍不得 - 焕山茶馆 - 焕山论坛</title></head><body>
<div class="top">⟦m 焕山论坛 — 焕山人的家⟧ ⟦m 焕山 小雨 15℃⟧</div>
<div class="crumb">⟦m 焕山论坛 » 焕山茶馆 » 正文⟧</div>
<h1>⟦t 老街修台灯的周师傅要搬走了，有点舍不得⟧</h1>
<div class="floor">⟦m 1# 楼主：南门老王　发表于 前天 19:02⟧</div>
<div class="post">
{BODY}
</div>
<div class="floor">⟦l 2# 小鱼儿：我家那盏老台灯也是他修的⟧</div>
<div class="floor">⟦l 3# 焕山路人：祝周师傅在那边一切顺利⟧</div>
<div class="reply">⟦a 回复本帖需先登录⟧</div>
<div class="ft">⟦m 焕山论坛 版主QQ群：71320448⟧</div>
</body></html>
""",
        body="""
老街口那个修台灯、修收音机的小摊，周师傅在那摆了快三十年了。
今天路过才听说，他儿子在省城买了房，要接他过去住，月底就收摊。
我上初中那年，家里台灯的开关坏了，就是拿到他那修的，两块钱，修得跟新的一样。
以后老街上再想找个修小家电的地方，怕是难了。
""",
    ),
    dict(
        slug="download-lamp-quality-inspection-rule-text",
        site="资料之家 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="text",
        source="http://www.ziliaozj.example.com/down/2024/51207.html",
        title="台灯产品出厂检验规程",
        record_title="台灯产品出厂检验规程 免费下载",
        date=None,
        notes="download station text page: file info lines, download buttons, a dead-link report; decimal headings; articles speak of 打印 as content",
        page="""
!m 资料之家 - 专业文档资料下载
!m 位置：首页 → 企业管理 → 质量管理
{T}
!m 资料类型：.doc　资料大小：44KB　授权：免费　更新：2024-06-17
!m 资料简介：
{BODY}
!a 本地下载　|　镜像下载一　|　镜像下载二
!a 链接失效请点此报错
!d 所有资料均来自互联网，如有侵权请来信告知，我们将及时删除。
""",
        body="""
1 范围
本规程适用于本公司生产的各类LED台灯的出厂检验。
2 检验项目
2.1 外观：灯体无划伤、无毛刺，灯臂转动灵活无异响。
2.2 电气安全：逐台进行耐压测试，测试电压一千五百伏，持续一秒无击穿。
2.3 光学性能：每批抽取五台测试照度和频闪，结果须符合企业标准。
3 检验记录
3.1 检验结果由系统自动打印合格标签，不合格品挂红牌隔离。
""",
    ),
    dict(
        slug="exam-site-lamp-factory-skills-test-html",
        site="炘城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.xincheng.example.gov.cn/zyjn/2025/0314/209.html",
        title="炘城市2025年第一批电子装配工职业技能等级认定公告",
        record_title="炘城市2025年第一批电子装配工职业技能等级认定公告",
        date="2025-03-14",
        notes="personnel-exam site with a maintenance banner; the exam centre's own 咨询电话 beside the site's technical line; 下载打印准考证 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>炘城市2025年第一批电子装配工职业技能等级认定公告-炘城市人事考试网</title></head><body>
<div class="banner">⟦m 炘城市人事考试网⟧</div>
<div class="warn">⟦d 温馨提示：本网站于每周日22:00后进行例行维护⟧</div>
<div class="nav">⟦m 首页 考试动态 报名入口 成绩查询 证书查询⟧</div>
<h2>⟦t 炘城市2025年第一批电子装配工职业技能等级认定公告⟧</h2>
<div class="date">⟦m 发布日期：2025-03-14⟧</div>
<div class="main">
{BODY}
</div>
<div class="ft">⟦m 网站技术咨询：0736-3188620⟧ ⟦m 炘城市人力资源考试院 版权所有⟧</div>
</body></html>
""",
        body="""
为满足照明电器企业用工需求，市人力资源考试院定于4月组织第一批电子装配工（台灯组装方向）职业技能等级认定。
一、报名时间：3月17日至3月28日。
二、认定内容：理论知识考试和操作技能考核，操作技能考核内容为台灯整灯组装与检测。
三、考生须于4月8日后登录本网站下载打印准考证。
四、咨询电话：0736-3160419
炘城市人力资源考试院
2025年3月14日
""",
    ),
    dict(
        slug="tender-school-lamp-inquiry-text",
        site="焕山县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.huanshan.example.gov.cn/xjgg/2025/0408/931.html",
        title="焕山县寄宿制学校宿舍护眼台灯采购询价公告",
        record_title="【采购公告】焕山县寄宿制学校宿舍护眼台灯采购询价公告",
        date="2025-04-08",
        notes="procurement text page with CA and platform lines beside the purchaser's own contact; 下载询价文件 sentence kept",
        page="""
!m 焕山县政府采购网
!m 采购公告 > 询价公告
{T}
!m 发布时间：2025-04-08 10:30　浏览次数：148
{BODY}
!m 电子交易平台客服：400-990-1688
!a 【收藏】【打印】【关闭】
""",
        body="""
一、项目名称：焕山县寄宿制学校宿舍护眼台灯采购
二、采购预算：二十八万元
三、采购数量：LED护眼台灯二千四百盏，国标AA级，质保三年。
四、供应商须于4月15日前在电子交易平台下载询价文件并提交报价。
五、采购人：焕山县教育局　联系人：滕老师　电话：0736-7711025
焕山县教育局
2025年4月8日
""",
    ),
    dict(
        slug="lawfirm-lamp-ecommerce-claim-html",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="html",
        source="https://www.zhenghenglaw.example.cn/article/2024/1108.html",
        title="网购台灯宣传“护眼”却频闪超标，能否主张三倍赔偿？",
        record_title="律所答疑｜网购台灯宣传“护眼”却频闪超标，能否主张三倍赔偿？",
        date="2024-11-08",
        notes="law firm site with a consult float and a not-legal-advice notice; date line; numbered points",
        page="""
<html><head><meta charset="utf-8"><title>律所答疑｜网购台灯宣传“护眼”却频闪超标，能否主张三倍赔偿？</title></head><body>
<div class="hd">⟦m 正衡律师事务所 ZHENGHENG⟧ <span>⟦m 首页 律师团队 业务领域 律所答疑 联系我们⟧</span></div>
<h1>⟦t 网购台灯宣传“护眼”却频闪超标，能否主张三倍赔偿？⟧</h1>
<p class="by">⟦m 解答律师：韩墨　日期：2024-11-08⟧</p>
<div class="body">
{BODY}
</div>
<div class="consult">⟦w 免费咨询　律师一对一　立即留言⟧</div>
<div class="declare">⟦d 声明：以上内容仅供参考，不作为正式法律意见⟧</div>
<div class="ft">⟦m 正衡律师事务所 地址：炘城市中山路200号金融大厦18层⟧</div>
</body></html>
""",
        body="""
有读者来信说，网购了一款宣传“专业护眼”的台灯，送检后发现频闪严重超标，问能不能要求三倍赔偿。
我们认为，商家以“护眼”为卖点，而产品的关键指标与宣传严重不符，可能构成欺诈。
依据消费者权益保护法，经营者有欺诈行为的，消费者可以要求退还货款并赔偿价款的三倍，不足五百元的按五百元计算。
建议做到以下两点：
1.保存好商品页面截图、聊天记录和订单信息。
2.委托有资质的检测机构出具检测报告。
""",
    ),
    dict(
        slug="community-lamp-donation-oneline",
        site="炘城市东湖街道青竹社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qingzhusq.example.cn/news/2025/0822.html",
        title="关于为困难家庭学生赠送台灯的通知",
        record_title="关于为困难家庭学生赠送台灯的通知",
        date="2025-08-22",
        notes="residents' page with the whole body on one line; community phone kept next to the property line",
        oneline=True,
        indent="　　",
        page="""
!m 青竹社区 · 邻里服务站
!m 社区首页 - 社区通知
{T}
!m 2025-08-22　社区居委会　浏览 181
{BODY}
!m 物业服务中心：0736-3419900
!d 青竹社区居委会主办
""",
        body="""
各位居民：
新学期将至，社区联合辖区爱心企业，为困难家庭在读学生免费赠送护眼台灯一盏。
符合条件的家庭请于8月29日前携户口本到社区服务站登记。
社区联系电话：0736-3417726
青竹社区居委会
2025年8月22日
""",
    ),
]
