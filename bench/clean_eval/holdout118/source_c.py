"""holdout118, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-laogeng-chayote-html-chapter",
        site="耕余文存 (invented personal collection)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://gengyu.wenji.example.org/vol2/ch37.html",
        title="佛手瓜在山区庭院经济中的推广调查",
        record_title="《耕余文存》卷二·第37篇｜佛手瓜在山区庭院经济中的推广调查",
        date="2023-11-15",
        notes="retired agronomist's collection with chapter navigation; 成文日期 at the end; volume nav chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《耕余文存》卷二·第37篇｜佛手瓜在山区庭院经济中的推广调查</title></head><body>
<div class="book">⟦m 耕余文存 · 一个老农技员的文字⟧</div>
<nav class="vol">⟦l 卷一 田间手记⟧ ⟦l 卷二 调查报告⟧ ⟦l 卷三 书信⟧</nav>
<h2>⟦t 《耕余文存》卷二·第37篇｜佛手瓜在山区庭院经济中的推广调查⟧</h2>
<h1>{T}</h1>
{BODY}
<div class="pager">⟦l ← 第36篇 魔芋软腐病的田间观察⟧　⟦l 目录⟧　⟦l 第38篇 山区蜂农收入调查 →⟧</div>
<footer>⟦d 文集由作者家属整理上网，转载请注明“耕余文存”。⟧</footer>
</body></html>
""",
        body="""
2023年夏秋，我在薤山乡的五个村做了一次佛手瓜庭院种植情况调查，走访农户48户。
佛手瓜耐阴、好管、产量高，一株成年瓜藤搭好棚架，一年可结瓜三四百个。调查的48户中，有31户在房前屋后种了佛手瓜，户均年收入约2100元。
农户反映的难处主要有三条：一是鲜瓜集中上市时价格低，二是缺少冷藏条件，三是嫩梢“龙须菜”采摘后不耐放。
我建议乡里牵头与县城超市和学校食堂签订收购协议，同时在村里建一两个小冷库，把龙须菜做成真空包装。
一九八〇年我刚参加工作时，佛手瓜还只是零星种着自家吃，如今能成为一项增收门路，很值得写下来。
2023年11月15日于县城寓所
""",
    ),
    dict(
        slug="anthology-heye-lotus-leaf-tea-text",
        site="荷叶斋笔记 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://heyezhai.example.net/wenji/jianghua/12.txt",
        title="在莼湖镇荷叶茶合作社成立大会上的讲话",
        record_title="在莼湖镇荷叶茶合作社成立大会上的讲话.txt",
        date="2022-06-18",
        notes="file-name title; date in Chinese numerals under the speech title; collection nav lines",
        page="""
!m 荷叶斋笔记 / 讲话稿 / 第12篇
!t 在莼湖镇荷叶茶合作社成立大会上的讲话.txt
{T}
莼湖镇人大主席　殷秋禾
（二〇二二年六月十八日）
{BODY}
!l 【上一篇】在镇老年协会换届会上的讲话
!l 【下一篇】给镇中学毕业生的一封信
!m 荷叶斋　收录于2024年春
""",
        indent="\u3000\u3000",
        body="""
各位社员、各位乡亲：
今天，莼湖镇荷叶茶专业合作社正式成立了。我代表镇人大，向合作社的成立表示热烈祝贺！
我们莼湖有八千多亩荷塘，过去荷叶大多烂在塘里。这几年，有几户人家试着采荷叶制茶，销路不错。今天大家抱团成立合作社，就是要把零散的小作坊变成有标准、有品牌的产业。
我提三点希望：一是守住质量，采叶、杀青、烘干都要按规程来；二是守住信誉，分红要公开透明；三是守住生态，采叶要适度，不能伤了荷塘。
祝合作社越办越好！
""",
    ),
    dict(
        slug="dangjian-puyuan-community-correction-html",
        site="蒲沅司法党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://dj.pysf.gov.cn/dtgz/2025/0109/551.html",
        title="县司法局社区矫正党支部2024年度工作总结",
        record_title="【支部风采】县司法局社区矫正党支部2024年度工作总结_蒲沅司法党建网",
        date="2025-01-09",
        notes="Party-building site; red banner chrome; data table; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部风采】县司法局社区矫正党支部2024年度工作总结_蒲沅司法党建网</title></head><body>
<div class="redhead">⟦m 蒲沅司法党建网⟧ ⟦m 不忘初心 牢记使命⟧</div>
<nav>⟦m 首页 | 党建动态 | 支部风采 | 廉政建设 | 学习园地⟧</nav>
<div class="pos">⟦m 当前位置：首页 > 支部风采⟧</div>
<h1>{T}</h1>
<p class="src">⟦m 发布时间：2025-01-09　来源：社区矫正党支部　字号：[大][中][小]⟧</p>
{BODY}
<p class="ed">⟦m 编辑：郁小川　审核：闵正⟧</p>
<div class="next">⟦l 上一条：机关党委召开年度组织生活会⟧<br>⟦l 下一条：律师行业党委开展主题党日活动⟧</div>
<footer>⟦m 中共蒲沅县司法局机关委员会 主办⟧ ⟦m 湘ICP备15011827号⟧</footer>
</body></html>
""",
        body="""
2024年，社区矫正党支部坚持以党建引领社区矫正工作，把支部建在矫正一线，全年各项任务顺利完成。
一、主要数据
项目　2023年　2024年
在册社区矫正对象　186人　172人
解除矫正　141人　153人
再犯罪率　0.21%　0%
二、党建与业务融合。支部组织党员与乡镇司法所结对，开展“党员帮教一对一”，全年走访矫正对象家庭240余户，帮助12名矫正对象解决就业。
三、存在不足。个别党员运用信息化手段开展监管的能力还不强。
四、2025年打算。推进智慧矫正中心建设，开展支部书记讲党课4次。
""",
    ),
    dict(
        slug="dangjian-lianzheng-legal-aid-speech-text",
        site="葭口党建在线 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jkdjzx.cn/llxx/20240628/1190.html",
        title="在全县法律援助工作推进会上的讲话",
        record_title="在全县法律援助工作推进会上的讲话",
        record_date="2024-06-28",
        date="2024-06-28",
        notes="record date; speaker line neutral; learn-points prompt between paragraphs; font-size glued",
        page="""
!m 葭口党建在线
!m 首页 ＞ 理论学习 ＞ 领导讲话
{T}
县委常委、政法委书记　谭德芳
!m 来源：县委政法委　时间：2024-06-28　⟦a 字号 A+ A-⟧
{BODY}
!a 【学习打卡】本文学习时长满3分钟可获1积分
!l 相关讲话：在全县平安建设工作会议上的讲话
!m 版权所有：中共葭口县委组织部
""",
        body="""
同志们：
法律援助是一项重要的民生工程。今天召开推进会，就是要进一步扩大法律援助覆盖面，让困难群众打得起官司、打得赢官司。
一要降低门槛。对农民工讨薪、工伤赔偿、赡养抚养等事项，不再审查经济困难条件。
⟦a 👉 点击学习更多政法工作讲话⟧
二要提升质量。法律援助中心要建立案件质量评估制度，对办案律师实行星级评定。
三要方便群众。各乡镇法律援助工作站要公开值班电话，群众也可以拨打12348法律服务热线咨询。
同志们，法援工作连着民心，希望大家把好事办实、实事办好。
""",
    ),
    dict(
        slug="hospital-qingguang-glaucoma-html",
        site="蘅阳眼科医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hyeye.com/news/gonggao/20250306-802.html",
        title="关于开展“世界青光眼周”免费筛查活动的公告",
        record_title="关于开展“世界青光眼周”免费筛查活动的公告-蘅阳眼科医院",
        date="2025-03-06",
        notes="hospital site with appointment button and 24h line; the notice's own 咨询电话 kept; floating consult box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展“世界青光眼周”免费筛查活动的公告-蘅阳眼科医院</title>
<script>var _kf = "float";</script></head><body>
<div class="logo">⟦m 蘅阳眼科医院　三级眼科专科医院⟧</div>
<div class="hot">⟦m 24小时急诊电话：0734-8112120⟧ ⟦a 预约挂号⟧</div>
<nav>⟦m 医院概况 | 科室导航 | 专家团队 | 就医指南 | 新闻公告⟧</nav>
<div class="here">⟦m 首页 > 新闻公告 > 医院公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：宣传科　日期：2025-03-06　阅读：902⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　免费预约专家号　点击咨询⟧</div>
<div class="news"><h4>⟦l 医院动态⟧</h4><p>⟦l 我院成功开展首例微创青光眼引流钉植入术⟧</p></div>
<footer>⟦m 地址：蘅阳市雁峰路118号⟧ ⟦d 本站信息仅供参考，不能作为诊断及医疗依据⟧ ⟦m 湘ICP备18004412号⟧</footer>
</body></html>
""",
        body="""
青光眼是全球首位不可逆致盲性眼病，早期多无明显症状。为提高公众对青光眼的认识，我院将在“世界青光眼周”期间开展免费筛查活动。
一、时间：2025年3月10日至14日，每天8:00-11:30。
二、地点：门诊二楼青光眼专科诊区。
三、项目：眼压测量、眼底照相、视野初筛，费用全免。
四、对象：40岁以上人群、高度近视者、有青光眼家族史者优先。
请携带身份证，无需预约。咨询电话：0734-8112376（青光眼科）。
蘅阳眼科医院
2025年3月6日
""",
    ),
    dict(
        slug="hospital-linba-lymphedema-text",
        site="芡川市第三人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.qcsy3.com/ksdt/2024/0521/1088.html",
        title="我院淋巴水肿专病门诊正式开诊",
        record_title="我院淋巴水肿专病门诊正式开诊_科室动态_芡川市第三人民医院",
        date="2024-05-21",
        notes="hospital text page; bracketed byline date; appointment prompt glued after a paragraph; the clinic's own 预约电话 kept",
        page="""
!m 芡川市第三人民医院　QIANCHUAN NO.3 PEOPLE'S HOSPITAL
!m 网站首页 > 科室动态
{T}
!m [2024-05-21]　来源：乳腺外科　作者：华芷宁
{BODY}
!a 分享到：　　　　【返回上页】
!l 上一篇：院领导带队开展安全生产大检查
!l 下一篇：护理部举办静脉治疗专科培训班
!m 医院总机：0715-5880000　　网站维护：信息科
""",
        gap=True,
        body="""
5月20日，我院淋巴水肿专病门诊在门诊楼四楼正式开诊，为乳腺癌、妇科肿瘤术后出现上下肢肿胀的患者提供规范化诊疗。
淋巴水肿如果不及时干预，会逐渐加重，甚至引起反复感染。门诊由乳腺外科、康复医学科和护理部联合组建，可开展手法淋巴引流、多层低弹绷带包扎和功能锻炼指导。⟦a 想了解更多？关注医院服务号，在线预约专家⟧
门诊时间为每周二、周四全天。预约电话：0715-5882613。
""",
    ),
    dict(
        slug="university-yinyue-pipe-organ-html",
        site="葭口音乐学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jkcm.edu.cn/info/1021/8812.htm",
        title="学院音乐厅管风琴修复工程竣工",
        record_title="学院音乐厅管风琴修复工程竣工-葭口音乐学院",
        date="2024-12-19",
        notes="university news with photo caption and 审核 line; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学院音乐厅管风琴修复工程竣工-葭口音乐学院</title></head><body>
<div class="top">⟦m 葭口音乐学院　JIAKOU CONSERVATORY OF MUSIC⟧ <span>⟦m 信息门户 | 图书馆 | English⟧</span></div>
<nav>⟦m 学院概况 院系设置 招生就业 艺术实践 学院新闻⟧</nav>
<div class="crumbs">⟦m 首页 > 学院新闻 > 综合新闻⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-12-19　作者：艺术实践处　点击：[1873]⟧</div>
{BODY}
<div class="sh">⟦m 文字：谷一澄　摄影：宁远　审核：包慧⟧</div>
<div class="prevnext">⟦l 上一条：我院学子获全国声乐比赛金奖⟧<br>⟦l 下一条：2025年新年音乐会演出公告⟧</div>
<footer>⟦m 版权所有 © 葭口音乐学院　地址：葭口市琴台路1号⟧</footer>
</body></html>
""",
        body="""
12月18日，学院音乐厅管风琴修复工程通过专家验收。这台管风琴建成于1998年，拥有音管2160根，因长期使用出现漏风、音准偏移等问题，已停用近两年。
修复工作由国内一家管风琴制作团队承担，历时7个月，共更换皮革风箱12处，清洗、整修音管1900余根，并对演奏台电气系统进行了全面改造。
⟦m 图为修复后的管风琴音管（宁远 摄）⟧
学院将于12月28日在音乐厅举办管风琴复声音乐会，欢迎师生届时聆听。
""",
    ),
    dict(
        slug="university-ruan-ensemble-text",
        site="菖岭师范学院音乐系 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://yyx.clsy.edu.cn/tzgg/20250225/302.html",
        title="音乐系中阮乐团2025年春季学期排练计划",
        record_title="音乐系中阮乐团2025年春季学期排练计划",
        date="2025-02-25",
        notes="university department page; schedule table; placeholder in the sign-up sentence kept; 发布日期 line",
        page="""
!m 菖岭师范学院音乐系
!m 首页 >> 通知公告
{T}
!m 发布日期：2025-02-25　　浏览次数：311
{BODY}
!a 【关闭本页】
!m Copyright 菖岭师范学院音乐系　地址：学府路99号艺术楼
""",
        body="""
为做好本学期演出准备，现将中阮乐团春季学期排练计划公布如下。
周次　内容　地点
第1-4周　分声部练习　艺术楼302
第5-8周　合排《丝路驼铃》《阮咸新韵》　排练厅
第9-12周　合排并录音　排练厅
第13周　校园专场音乐会　大学生活动中心
请各声部长于第1周将出勤名单以“声部+姓名+学号”格式报乐团办公室，例如“中阮一声部+张××+2024××××”。
排练期间请团员自备谱架和备用琴弦。
""",
    ),
    dict(
        slug="localforum-jiancheng-pothole-html",
        site="蒹城生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.jcshw.com/thread-301274-1-1.html",
        title="城区道路坑槽集中修补施工公告",
        record_title="【转】城区道路坑槽集中修补施工公告（附施工路段）",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="county forum repost; post date differs from the notice's date; road table; reply box; relative stamps",
        page="""
<html><head><meta charset="utf-8"><title>【转】城区道路坑槽集中修补施工公告（附施工路段） - 蒹城生活网论坛</title></head><body>
<div class="hd">⟦m 蒹城生活网 — 咱蒹城人自己的论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="nv">⟦m 论坛首页 » 蒹城杂谈 » 帖子详情⟧</div>
<div class="thread"><h1>⟦t 【转】城区道路坑槽集中修补施工公告（附施工路段）⟧</h1>
<div class="au">⟦m 楼主 路过的老马　发表于 2025-3-19 07:58　查看 3512　回复 27⟧</div>
{BODY}
</div>
<div class="reply">⟦l 2楼 柚子皮：终于修了！建设路那个坑我车胎都扎了⟧<br>⟦l 3楼 晓晓：晚上开车注意绕行⟧</div>
<div class="post">⟦l 发表回复　　回帖后跳转到最后一页⟧</div>
<footer>⟦m 蒹城生活网 版权所有 2008-2025⟧</footer>
</body></html>
""",
        body="""
为改善城区道路通行条件，县城市管理局定于2025年3月20日至4月10日对城区主次干道坑槽进行集中修补。施工路段如下：
路段　起止点　施工时间
建设路　人民广场至火车站　3月20日至3月25日
迎宾大道　蒹城一中至工业园　3月26日至4月2日
滨河东路　全段　4月3日至4月10日
施工期间实行半幅通行，请过往车辆和行人注意安全，服从现场人员指挥。
蒹城县城市管理局
2025年3月18日
""",
    ),
    dict(
        slug="localforum-cenling-snow-chain-text-junk",
        site="菖岭论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.changlingbbs.cn/viewthread.php?tid=88017",
        title="关于冬季山区道路安全行车规范使用防滑链的倡议",
        record_title="关于冬季山区道路安全行车规范使用防滑链的倡议",
        date="2024-12-10",
        notes="local forum text with junk lines and glued junk; poster signature; 发表于 and 成文日期 the same day",
        page="""
!m 菖岭论坛 › 出行交通 › 阅读帖子
{T}
!m 菖岭交警　发表于 2024-12-10 16:20
{BODY}
!m ——————
!m 签名：平安出行，一路畅通
!l 回复　引用　收藏　举报　只看楼主
""",
        junk=dict(lines=1, glued=2),
        body="""
广大驾驶人朋友：
入冬以来，我县山区道路多次出现冰雪天气。为保障出行安全，县公安局交通管理大队倡议：
一、出行前查看天气和路况信息，山区路段结冰时尽量减少出行。
二、车上常备防滑链，遇到冰雪路面应提前在安全地点安装，不得在弯道、坡道上停车安装。
三、安装防滑链后车速不超过30公里每小时，保持安全车距，禁止急刹车、急转向。
四、防滑链使用后及时拆下，避免在干燥路面上行驶损坏路面和轮胎。
菖岭县公安局交通管理大队
2024年12月10日
""",
    ),
    dict(
        slug="download-xuandao-security-door-html-table",
        site="选道资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.xuandao-down.com/soft/doc/20871.html",
        title="老旧小区防盗门统一更换工作方案",
        record_title="老旧小区防盗门统一更换工作方案.doc下载",
        date=None,
        notes="old table download page; file-info table, mirror links, dead-link report; no date in document (update stamp only)",
        page="""
<html><head><meta charset="gb2312"><title>老旧小区防盗门统一更换工作方案.doc下载_选道资料下载站</title></head><body>
<table width="100%"><tr><td>⟦m 选道资料下载站⟧</td><td>⟦m 首页 | 公文资料 | 表格模板 | 软件下载⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 资料名称：老旧小区防盗门统一更换工作方案.doc⟧</td></tr>
<tr><td>⟦m 资料大小：56KB⟧</td><td>⟦m 更新时间：2025-02-11⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<div class="down">⟦a 下载地址一：电信下载⟧ ⟦a 下载地址二：联通下载⟧ ⟦a 下载地址三：本地高速⟧</div>
<div class="bad">⟦a 下载地址失效？点此报错⟧</div>
<div class="tips">⟦d 本站资料仅供学习研究，请于下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
为提升老旧小区安全防范水平，结合今年老旧小区改造计划，制定本方案。
一、实施范围：2000年以前建成、未安装单元防盗门或防盗门已损坏的老旧小区，共涉及14个小区、122个单元。
二、产品要求：单元防盗门统一采用钢质防盗门，配备可视对讲和刷卡开门功能，门禁卡每户免费发放2张。
三、资金来源：由老旧小区改造资金列支，居民不承担费用。
四、实施步骤：摸底登记、方案公示、招标采购、安装验收四个阶段。
五、后期管理：有物业的小区由物业负责维护，无物业的小区由社区居委会落实管理责任。
""",
    ),
]
