"""holdout110, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛. Invented text."""

CASES = [
    dict(
        slug="anthology-yinshan-essay-water-chestnut",
        site="隐山文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://yinshanwencun.example.com/juan3/042.html",
        title="挖荸荠的冬天",
        record_title="《隐山文存》卷三·第42篇｜挖荸荠的冬天",
        date=None,
        notes="collection chapter; chapter nav chrome; no date (year only in text)",
        page="""
!m 隐山文存　›　卷三　乡土记
!t 《隐山文存》卷三·第42篇｜挖荸荠的冬天
!a 字号 A+ A-　｜　夜间模式
{BODY}
!l ‹ 第41篇 老屋的门槛　　目录　　第43篇 腊月赶集 ›
!d 本文集所有篇目版权归作者所有
""",
        indent="\u3000\u3000",
        body="""
一九八几年的冬天，荇湖边的田里满是挖荸荠的人。水放干了，泥还软，赤脚踩下去，脚底碰到硬硬的一颗，就是荸荠。
父亲挖，我提篮子，冻得手脚通红，却舍不得回家。
挖回来的荸荠，母亲挑大的去集上卖，小的留下来煮着吃，甜得很。
如今田里种荸荠的人少了，超市里削好皮的荸荠装在盒子里，我买过一次，总觉得少了泥土的味道。
""",
    ),
    dict(
        slug="anthology-shuxiang-html-flour-mill-memoir",
        site="书香旧事 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://shuxiangjiushi.example.org/vol2/ch17",
        title="在面粉厂建厂六十周年座谈会上的发言",
        record_title="第十七章 在面粉厂建厂六十周年座谈会上的发言 - 书香旧事",
        date="2023-10-15",
        notes="collection chapter reader; retired worker's speech; date under the title in Chinese numerals",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第十七章 在面粉厂建厂六十周年座谈会上的发言 - 书香旧事</title></head><body>
<div class="bar">⟦m 书香旧事 · 一位老职工的文集⟧ ⟦a 加入书架⟧</div>
<div class="chapters">⟦l 上一章⟧ ⟦l 目录⟧ ⟦l 下一章⟧</div>
<h1>{T}</h1>
<p>（二〇二三年十月十五日）</p>
{BODY}
<div class="chapters">⟦l 上一章：我的师傅⟧ ⟦l 下一章：退休那天⟧</div>
<div class="foot">⟦d 文集内容由作者家属授权发布⟧</div></body></html>
""",
        body="""
各位领导、各位老同事：
我是1975年进厂的，在清理车间干了三十一年。那时候磨粉全靠人盯着，筛子一堵，就得爬上去用手掏。
现在厂里用上了自动化生产线，一个班只要几个人，产量却是过去的五倍。
我祝愿咱们厂越办越好，也祝老伙计们身体健康！
""",
    ),
    dict(
        slug="dangjian-hongqi-lecture-snow-leopard-html",
        site="蒴山党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.shuoshandj.gov.example.cn/djdt/202506/t20250620_2231.html",
        title="守护雪山之王 争做生态卫士——在保护站党支部专题党课上的讲稿",
        record_title="【专题党课】守护雪山之王 争做生态卫士——在保护站党支部专题党课上的讲稿_蒴山党建网",
        date="2025-06-18",
        notes="Party-building portal; speaker line neutral; date under the title; 发布时间 differs (also accepted)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【专题党课】守护雪山之王 争做生态卫士——在保护站党支部专题党课上的讲稿_蒴山党建网</title></head><body>
<div class="logo">⟦m 蒴山党建网⟧ ⟦m 凝心聚力·党建引领⟧</div>
<div class="menu">⟦m 首页 党建要闻 基层风采 学习园地 党员之家⟧</div>
<div class="pos">⟦m 首页 &gt;&gt; 基层风采⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-06-20　来源：县林草局机关党委⟧</div>
<p>保护站党支部书记　尼玛次仁</p>
<p>（2025年6月18日）</p>
{BODY}
<div class="qr">⟦a 扫一扫 用手机看⟧</div>
<div class="links">⟦l 友情链接：共产党员网 | 学习强国⟧</div>
<div class="ft">⟦m 中共蒴山县委组织部主办⟧</div></body></html>
""",
        date_also=["2025-06-20"],
        body="""
同志们：
雪豹被称为“雪山之王”，是高原生态系统健康的指示物种。我们保护站管护着1300平方公里的山地，这是党和人民交给我们的责任。
第一，要把巡护当作党员的本分。每月巡山不少于20天，党员要走在最难走的线路上。
第二，要把群众工作做细。牧民是保护雪豹的第一道防线，我们要帮他们解决牲畜被捕食的补偿问题。
第三，要把科学监测做实。红外相机的每一张照片都要认真整理，为研究提供可靠数据。
""",
    ),
    dict(
        slug="dangjian-jiceng-branch-summary-laundromat",
        site="荪阳基层党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://djw.sunyang.example.cn/fengcai/4412.html",
        title="荪阳花园社区党支部“红色洗衣房”便民服务工作总结",
        record_title="【支部风采】荪阳花园社区党支部“红色洗衣房”便民服务工作总结",
        date="2024-12-27",
        notes="Party-building text page; document's own 联系电话 kept; glued share action after a 。",
        page="""
!m 荪阳基层党建　｜　首页 > 支部风采
{T}
!m 信息来源：街道党工委　　发布时间：2024-12-27　　点击：402
!a 【字体：大 中 小】【打印】
{BODY}
!l 上一篇：社区党员积分管理办法
!l 下一篇：新就业群体党建工作站揭牌
!m 主办：荪阳县委组织部　　备案号：湘ICP备09011442号
""",
        body="""
今年，社区党支部联合净衣坊在小区开设“红色洗衣房”，为独居老人、残疾人免费提供洗衣服务。
一年来，党员志愿者上门收送衣物1800余件，服务老人62户。⟦l 点击分享到微信好友⟧
支部建立了服务台账，实行“一户一卡”，每次收送都登记签字。
需要服务的居民，可拨打社区服务电话0739-8821650预约。
""",
    ),
    dict(
        slug="hospital-ruikang-html-wild-boar-injury",
        site="蕨原县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jueyuanrmyy.example.com/news/notice/20250811.html",
        title="关于做好野生动物致伤患者救治工作的通知",
        record_title="关于做好野生动物致伤患者救治工作的通知-蕨原县人民医院",
        date="2025-08-11",
        notes="hospital site with floating consult box; department's 咨询电话 beside 预约挂号 hotline; numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好野生动物致伤患者救治工作的通知-蕨原县人民医院</title></head><body>
<div class="top">⟦m 蕨原县人民医院　二级甲等综合医院⟧ ⟦m 预约挂号：0739-6120120⟧</div>
<div class="nav">⟦m 医院概况 科室导航 专家介绍 就医指南 新闻公告⟧</div>
<div class="crumb">⟦m 当前位置：首页 - 新闻公告 - 院内通知⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布人：医务科　时间：2025-08-11　浏览次数：377⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　有问题？点我问医生⟧</div>
<div class="foot">⟦m 地址：蕨原县城关镇人民路52号⟧ ⟦d 本网站信息仅供参考，不能作为诊断依据⟧</div></body></html>
""",
        body="""
各科室：
近期我县山区野猪活动频繁，已有多名村民被野猪咬伤、撞伤。为做好救治工作，现通知如下：
1.急诊科接诊野生动物致伤患者，须优先处置，并按狂犬病暴露处置规范评估伤口。
2.外科、骨科接到会诊请求后20分钟内到场。
3.医务科汇总病例，每周报县疾控中心。
急诊科咨询电话：0739-6120155
医务科
2025年8月11日
""",
    ),
    dict(
        slug="hospital-haibin-text-sea-turtle-vet",
        site="萁口市海洋动物医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.qikouhaiyangdw.example.cn/xw/2024/0709.html",
        title="受伤绿海龟康复放归",
        record_title="【院内动态】受伤绿海龟康复放归",
        date="2024-07-08",
        notes="hospital news page; 日期 line; photo caption on its own line between paragraphs",
        page="""
!m 萁口市海洋动物医院
!m 首页｜救护中心｜科普园地｜院内动态
{T}
!m 日期：2024-07-08　　作者：救护中心
{BODY}
!a 分享　｜　返回列表
!m 救护热线（24小时）：0668-3391120
""",
        body="""
7月8日，在医院救治了四十多天的一只绿海龟在南湾海域放归。
这只海龟5月下旬被渔民发现时，前鳍被渔网缠绕，伤口严重感染。
⟦m 图：医护人员为海龟检查前鳍。⟧
经过清创、抗感染治疗，海龟伤口逐渐愈合，体检合格后放归大海。
""",
    ),
    dict(
        slug="university-nongke-html-sweet-corn-breeding",
        site="蔺川农业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lcnzy.example.edu.cn/info/1021/8834.htm",
        title="我院甜玉米新品种通过省级审定",
        record_title="我院甜玉米新品种通过省级审定-蔺川农业职业学院",
        date="2025-01-16",
        notes="college news page with sidebar; 作者/审核 line; share bar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院甜玉米新品种通过省级审定-蔺川农业职业学院</title></head><body>
<div class="hd">⟦m 蔺川农业职业学院⟧ ⟦m 校园网｜信息门户｜English⟧</div>
<div class="nav">⟦m 学院概况 院系设置 教学科研 招生就业⟧</div>
<div class="pos">⟦m 首页 → 学院新闻⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：科研处　审核：杜建华　发布时间：2025-01-16　点击：[568]⟧</div>
{BODY}
<div class="share">⟦l 分享到：⟧</div>
<div class="side">⟦l 最新动态⟧ ⟦l 我院举办春季双选会⟧ ⟦l 教务处关于补考安排的通知⟧</div>
<div class="ft">⟦m 地址：蔺川县职教城学苑大道6号　邮编：421800⟧</div></body></html>
""",
        body="""
近日，省农作物品种审定委员会公布审定结果，我院选育的甜玉米新品种“蔺甜9号”通过审定。
该品种由种植系教师团队历时七年选育，生育期82天，穗型整齐，籽粒甜度高，适合春秋两季种植。
下一步，学院将与县种子公司合作开展示范推广。
""",
    ),
    dict(
        slug="university-linye-text-bamboo-charcoal-lab",
        site="蓍州林业大学材料学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cl.szfu.example.edu.cn/tzgg/2024/1021.htm",
        title="关于竹炭材料实验室开放预约的通知",
        record_title="关于竹炭材料实验室开放预约的通知",
        date="2024-10-21",
        notes="university school page; document asks to 扫码预约 (kept); e-mail of the document kept; site's address chrome",
        page="""
!m 材料学院　首页 | 学院概况 | 通知公告 | 科学研究
{T}
!m 发布者：实验中心　　发布日期：2024-10-21　　阅读次数：290
{BODY}
!a 【关闭】【打印本页】
!m Copyright 蓍州林业大学材料学院　地址：蓍州市林苑路9号
""",
        body="""
各位师生：
竹炭材料实验室自11月1日起面向全校开放预约。
一、开放时间为每周一至周五8:30至17:00。
二、请扫描实验室门口的二维码填写预约信息，经管理员确认后方可使用。
三、使用管式炉须经过安全培训，培训报名请发送邮件至 zhutan_lab@szfu.example.edu.cn。
材料学院实验中心
2024年10月21日
""",
    ),
    dict(
        slug="localforum-lianxiang-html-guava-market",
        site="芩坪在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.qinping.example.net/thread-40291-1-1.html",
        title="关于规范番石榴临时销售点的通告",
        record_title="[民生] 关于规范番石榴临时销售点的通告 - 芩坪杂谈 - 芩坪在线论坛",
        date="2024-09-20",
        notes="township forum with pinned post; jammer fonts in HTML; post time differs from document date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[民生] 关于规范番石榴临时销售点的通告 - 芩坪杂谈 - 芩坪在线论坛</title></head><body>
<div class="hd">⟦m 芩坪在线论坛 — 家乡人的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="top">⟦l 【置顶】论坛发帖规则，新人必看⟧</div>
<div class="pt">⟦m 芩坪在线论坛 › 芩坪杂谈⟧</div>
<div class="author">⟦m 楼主：镇城管中队　发表于 2024-9-21 08:02⟧</div>
<div class="post"><h2>{T}</h2>
{BODY}
</div>
<div class="reply">⟦l 2楼 果农阿福：早就该管了，路口天天堵⟧</div>
<div class="ft">⟦m 芩坪在线论坛 版权所有 粤ICP备18022750号⟧</div></body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
为保障采摘季期间镇区交通顺畅，现就番石榴临时销售点设置通告如下。
一、在镇文化广场东侧设立集中销售点，免费提供摊位80个。
二、禁止在省道两侧、学校门口摆摊售卖。
三、摊位由各村统一报名、抽签分配。
芩坪镇人民政府
2024年9月20日
""",
        date_also=["2024-09-21"],
    ),
    dict(
        slug="localforum-hehu-text-loofah-market",
        site="荷湖社区论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.hehuluntan.example.com/t/118822",
        title="用丝瓜络代替塑料百洁布倡议书",
        record_title="[倡议] 用丝瓜络代替塑料百洁布倡议书",
        date=None,
        notes="local forum; relative times (3天前) are not dates; reply floor chrome",
        page="""
!m 荷湖社区论坛 » 生活杂谈
!t [倡议] 用丝瓜络代替塑料百洁布倡议书
!m 楼主 绿色荷湖　　发表于 3天前　　查看 611 | 回复 14
{BODY}
!l 1#　荷塘月色：支持！我家一直用丝瓜络
!l 2#　老街坊：哪里能买到？
!a 登录后才能回复，没有账号？立即注册
""",
        body="""
各位街坊邻居：
塑料百洁布用不了多久就掉渣，细小的塑料颗粒随着洗碗水流进下水道，最后进入河湖。
丝瓜络是天然材料，耐用、易干、可降解，用旧了还能当花盆垫。
我们倡议：从自家厨房做起，用丝瓜络代替塑料百洁布；有院子的家庭，不妨种几棵丝瓜，自己晒丝瓜络。
""",
    ),
]
