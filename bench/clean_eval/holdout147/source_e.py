"""holdout147, part E: second round across themes (tugboats, edamame, zucchini, lilac); invented text throughout."""

CASES = [
    dict(
        slug="anthology-haichao-tug-father-chapter-html",
        site="海潮文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://www.haichaowj.example.com/book/12/chapter/44.html",
        title="父亲的拖轮",
        record_title="《海潮文集》卷三·第44篇｜父亲的拖轮",
        date=None,
        notes="collection chapter view: chapter nav, font-size and night-mode buttons, a word count and 收录 stamp (no date); a year only inside the text",
        page="""
<html><head><meta charset="utf-8"><title>父亲的拖轮_海潮文集</title></head>
<body>
<div class="bar">⟦m 海潮文集⟧ ⟦a 夜间模式⟧ ⟦a 字号 A- A+⟧</div>
<div class="bookpath">⟦m 卷三　港湾人家⟧</div>
<h1>⟦t 《海潮文集》卷三·第44篇｜父亲的拖轮⟧</h1>
{BODY}
<div class="chap">⟦l ‹ 上一篇：码头的灯⟧ ⟦l 目录⟧ ⟦l 下一篇：海风 ›⟧</div>
<div class="wc">⟦m 字数 386　收录于 2024-11⟧</div>
</body></html>
""",
        body="""
父亲在港口拖轮上干了一辈子轮机员。
小时候，我最盼的是周末跟他上船。机舱里热得像蒸笼，柴油机轰隆隆地响，他却能从一片噪声里听出哪个缸不对劲。
一九八七年冬天，港里来了一条大油轮，风大浪急，父亲在机舱里守了一整夜，回家时手上全是油污，眼睛里却有光。
后来我才明白，那是一个人把一件事做好时才有的光。
""",
    ),
    dict(
        slug="dangjian-tug-branch-party-lecture",
        site="港航先锋 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.ghxianfeng.example.cn/djdt/2025/0630/4471.html",
        title="在拖轮船队党支部“七一”专题党课上的讲话",
        record_title="在拖轮船队党支部“七一”专题党课上的讲话_港航先锋",
        date="2025-06-30",
        notes="Party-building page: speaker line and date under the title in Chinese numerals (neutral/date); study-points badge glued; related list",
        page="""
!m 港航先锋 · 港航系统党建网
!m 首页 » 支部动态 » 专题党课
{T}
船队党支部书记　董海平
（二〇二五年六月三十日）
{BODY}
!a 本文已加入学习清单，学习完成可得积分
!l 相关阅读：港航系统“两优一先”表彰名单
""",
        body="""
同志们：
今天是建党节前夕，我们在拖轮船队召开专题党课，和大家一起重温入党初心。
拖轮船队是港口生产的一线，也是党员最集中的班组之一。船上的党员同志要做到三个带头：带头遵守安全规程，带头攻克技术难题，带头关心帮助青年船员。
去年台风期间，“港拖9”轮党员突击队连续奋战三十多个小时，保住了码头和船舶安全，这就是党员的样子。
希望大家把初心落实在每一次带缆、每一次靠泊之中。
""",
    ),
    dict(
        slug="hospital-port-clinic-heat-tips-html",
        site="港城第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gcdeyy.example.com/news/kepu/2025/0708.html",
        title="港口一线作业人员防暑降温健康提示",
        record_title="港口一线作业人员防暑降温健康提示-港城第二人民医院",
        date="2025-07-08",
        notes="hospital page with appointment hotline and a floating consult box (chrome); the occupational clinic's own 咨询电话 in the body; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>港口一线作业人员防暑降温健康提示-港城第二人民医院</title></head>
<body>
<div class="top">⟦m 港城第二人民医院⟧ ⟦m 24小时预约：0574-8723 1120⟧</div>
<div class="nav">⟦m 首页　就医指南　科室介绍　健康科普　院务公开⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-07-08　来源：职业病科⟧</div>
{BODY}
<div class="kf">⟦w 点击在线问诊，医生10分钟内回复⟧</div>
<div class="ft">⟦d ©港城第二人民医院 版权所有⟧</div>
</body></html>
""",
        body="""
入伏以来，我市持续高温，拖轮、装卸、理货等港口一线作业人员在高温环境下长时间工作，容易发生中暑。
预防中暑要做到：合理安排作业时间，避开中午高温时段；少量多次饮水，适当补充淡盐水；穿浅色透气工作服。
出现头晕、乏力、大量出汗、恶心等先兆中暑症状时，应立即到阴凉通风处休息，补充水分。
如出现高热、意识不清等情况，请立即拨打120送医。
职业病科咨询电话：0574-8723 1366。
""",
    ),
    dict(
        slug="university-maritime-tug-simulator-news-html",
        site="东屿海事学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dyhs.example.edu.cn/xwzx/2025/1114/9021.htm",
        title="我院全回转拖轮操纵模拟器投入教学使用",
        record_title="我院全回转拖轮操纵模拟器投入教学使用",
        date="2025-11-14",
        notes="university news page: 撰稿/审核 line, click counter script, 上一条/下一条; footer with address",
        page="""
<html><head><meta charset="utf-8"><title>我院全回转拖轮操纵模拟器投入教学使用-东屿海事学院</title></head>
<body>
<div class="logo">⟦m 东屿海事学院⟧ ⟦m 厚德 笃行 航海 报国⟧</div>
<div class="nav">⟦m 学院概况 | 院系设置 | 新闻中心 | 招生就业 | 信息公开⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-11-14　点击数：612⟧</div>
{BODY}
<div class="by">⟦m 撰稿：航海学院 米乐　审核：宣传部⟧</div>
<div class="pn">⟦l 上一条：我院召开2025年实验室安全工作会议⟧ ⟦l 下一条：航海学院举行船舶消防演练⟧</div>
<div class="ft">⟦m 地址：港城市东屿区学院路77号⟧ ⟦m 浙ICP备05011932号⟧</div>
</body></html>
""",
        body="""
11月12日，我院全回转拖轮操纵模拟器正式投入教学使用。
该模拟器可模拟港口协助靠离泊、顶推、拖带等典型作业场景，学生可在不同风流条件下练习操纵技能。
航海学院负责人表示，模拟器的投入使用，将有效提升学生的实操能力，更好满足港航企业对拖轮驾驶人才的需求。
""",
    ),
    dict(
        slug="localbbs-lingzhu-edamame-stall-rules",
        site="菱渚论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.lingzhu.example.com/thread-20917-1-1.html",
        title="关于规范毛豆收购季临时摊点的通告",
        record_title="[镇村公告] 关于规范毛豆收购季临时摊点的通告 - 菱渚论坛",
        date="2025-06-20",
        date_also=["2025-06-21"],
        notes="township forum repost: 发表于 differs from the 成文日期 (document date expected); a reprint note; glued forum junk",
        junk=dict(lines=0, glued=2),
        page="""
!m 菱渚论坛 » 镇村公告
!t [镇村公告] 关于规范毛豆收购季临时摊点的通告
!m 版主小菱 发表于 2025-6-21 10:02
!d 转自菱渚镇人民政府公众号，如有侵权联系删除
{BODY}
!l 收藏　分享　举报
!a 回复帖子需绑定手机号
""",
        body="""
为维护毛豆收购季镇区交通秩序和环境卫生，现就临时收购摊点管理通告如下。
一、临时收购摊点统一设在菱渚大道东侧停车场，不得占用主干道和人行道。
二、收购时间为每日4时至14时，收购结束后摊主须清理豆秆、豆叶等垃圾。
三、运输车辆按指定线路行驶，不得在镇区随意停放。
对违反本通告的，由镇综合执法队依法处理。
菱渚镇人民政府
2025年6月20日
""",
    ),
    dict(
        slug="download-xiazai-lilac-propagation-html",
        site="绿苗资料网 (invented)",
        style="资料下载站",
        genre="技术资料",
        kind="other",
        form="html",
        source="http://www.lvmiaozl.example.com/down/8812.html",
        title="丁香嫩枝扦插育苗技术",
        record_title="丁香嫩枝扦插育苗技术 免费下载",
        date=None,
        notes="download station: file-info table, mirror links, error report; no date; decimal headings",
        page="""
<html><head><meta charset="gbk"><title>丁香嫩枝扦插育苗技术 免费下载 - 绿苗资料网</title></head>
<body>
<table><tr><td>⟦m 绿苗资料网⟧</td><td>⟦m 苗木 花卉 园林资料免费下⟧</td></tr></table>
<table border="1">
<tr><td>⟦m 文件大小：36KB⟧</td><td>⟦m 文件类型：.doc⟧</td><td>⟦m 下载：588次⟧</td></tr>
</table>
{BODY}
<div>⟦a 高速下载⟧ ⟦a 普通下载⟧ ⟦a 备用下载⟧</div>
<div>⟦a 链接失效？点此反馈⟧</div>
<div>⟦d 声明：本站资源仅供学习交流，版权归原作者所有。⟧</div>
</body></html>
""",
        body="""
1 插穗采集
1.1 采穗时间：花后二至三周，当年生枝条半木质化时采集。
1.2 插穗规格：长十至十五厘米，保留上部两对叶片，下切口斜剪。
2 扦插
2.1 基质：珍珠岩与泥炭按一比一混合。
2.2 处理：插穗基部用生根剂速蘸五秒。
3 管理
扦插后全光喷雾，保持叶面湿润，二十五天左右生根，生根率可达百分之八十以上。
""",
    ),
    dict(
        slug="exam-qiantang-interview-lilac-venue",
        site="芡塘人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.qiantang.example.gov.cn/tzgg/2025/0716/1120.html",
        title="芡塘县2025年事业单位公开招聘面试公告",
        record_title="芡塘县2025年事业单位公开招聘面试公告_考试公告_芡塘人事考试网",
        date="2025-07-16",
        notes="exam site: technical line as chrome beside the exam office's 咨询电话 in the body; interview timetable; 下载/打印 通知书 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>芡塘县2025年事业单位公开招聘面试公告_考试公告_芡塘人事考试网</title></head>
<body>
<div class="hd">⟦m 芡塘人事考试网⟧ ⟦a 考生登录⟧</div>
<div class="pos">⟦m 首页 → 考试公告⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发布日期：2025-07-16⟧</div>
{BODY}
<div class="tech">⟦m 系统技术咨询：0579-7702 9188⟧</div>
<div class="ft">⟦m 芡塘县人力资源和社会保障局 主办⟧</div>
</body></html>
""",
        body="""
根据公开招聘工作安排，现将面试有关事项公告如下。
一、面试时间和地点
日期　岗位类别　地点
7月26日　管理岗位　县丁香路党校
7月27日　专业技术岗位　县丁香路党校
二、面试资格确认
进入面试人员请于7月22日前登录报名系统下载并打印面试通知书。
三、咨询电话：0579-7702 3015（县人事考试中心）。
芡塘县人事考试中心
2025年7月16日
""",
    ),
    dict(
        slug="tender-fengxi-edamame-cold-store-text",
        site="葑溪镇政府采购公告栏 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://zfcg.fengxi.example.gov.cn/cggg/2025/0305/701.html",
        title="葑溪镇毛豆产地冷库建设项目询价公告",
        record_title="【询价】葑溪镇毛豆产地冷库建设项目询价公告",
        date="2025-03-05",
        notes="procurement notice: purchaser's and agency's contacts kept; CA hotline and bidder login as chrome; 获取/下载 文件 sentence kept",
        page="""
!a 供应商登录 | 注册
!m 葑溪镇政府采购公告栏
!m 采购公告 > 询价公告
!t 【询价】葑溪镇毛豆产地冷库建设项目询价公告
!m 发布时间：2025-03-05
{BODY}
!m 电子招投标技术服务热线：400-998-3120
!l 其他公告：葑溪镇农村道路养护项目成交公告
""",
        body="""
一、项目名称：葑溪镇毛豆产地冷库建设项目
二、预算金额：人民币六十八万元
三、建设内容：新建五百立方米预冷库一座及配套制冷设备。
四、供应商资格：具有建筑工程施工总承包三级及以上资质。
五、获取文件：2025年3月6日至3月12日登录采购平台下载询价文件。
六、联系方式
采购人：葑溪镇人民政府　联系人：丁先生　电话：0512-6377 1204
代理机构：苏南公信项目管理有限公司　联系人：吕女士　电话：0512-6377 5580
""",
    ),
    dict(
        slug="lawfirm-haiyan-tug-collision-html",
        site="海晏律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="html",
        source="https://www.haiyanlaw.example.com/insight/2025-11-03.html",
        title="拖轮协助靠泊发生碰撞，责任如何划分",
        record_title="海商法课堂丨拖轮协助靠泊发生碰撞，责任如何划分",
        date="2025-11-03",
        notes="law firm page: consult widget and QR prompt, disclaimer; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>海商法课堂丨拖轮协助靠泊发生碰撞，责任如何划分 - 海晏律师事务所</title></head>
<body>
<div class="hd">⟦m 海晏律师事务所⟧ ⟦m 海商海事 · 国际贸易 · 保险⟧</div>
<div class="nav">⟦m 首页 / 专业观点 / 海商法课堂⟧</div>
<h1>⟦t 海商法课堂丨拖轮协助靠泊发生碰撞，责任如何划分⟧</h1>
<p class="by">⟦m 发布时间：2025-11-03　作者：陶一鸣 律师⟧</p>
{BODY}
<div class="consult">⟦w 在线咨询律师⟧ ⟦w 微信扫码 预约面谈⟧</div>
<div class="disc">⟦d 本文仅供参考，不视为正式法律意见。⟧</div>
</body></html>
""",
        body="""
拖轮协助大船靠泊时发生碰撞，常见的是被拖船碰撞码头或其他船舶。责任如何划分，首先要看拖轮作业合同的约定。
港口拖轮作业合同通常约定，拖轮在作业期间听从被拖船的指挥，因此一般由被拖船承担责任。
但是，如果碰撞是由于拖轮自身的过失造成的，例如擅自离开作业位置、操纵失误，拖轮方仍应承担相应责任。
建议拖轮公司在合同中明确指挥关系和免责条款，并为船舶投保足额的责任保险。
""",
    ),
    dict(
        slug="community-binhai-tug-noise-notice",
        site="滨海社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.binhaisq.example.com/gg/2025/0920/88.html",
        title="关于港区夜间拖轮作业噪声问题的回复",
        record_title="关于港区夜间拖轮作业噪声问题的回复",
        date="2025-09-19",
        date_also=["2025-09-20"],
        notes="residents' site: a property hotline (chrome) beside the port company's own reply phone in the body; comment box; the posting date differs from the reply's date",
        page="""
!m 滨海社区服务网 | 邻里议事厅
!m 首页 > 民意回复
{T}
!m 社区居委会　发布于 2025-09-20　围观 1287
{BODY}
!m 物业服务热线：0574-8890 0012
!l 居民留言（31）
!l 我要留言…
""",
        body="""
居民朋友们：
近期，部分居民反映港区夜间拖轮作业噪声较大，影响休息。社区将意见转交港城拖轮有限公司，现将公司回复转告如下：
一、公司已要求夜间作业拖轮在靠近居民区水域降速行驶，禁止无故鸣笛。
二、十月起试点使用岸电，减少拖轮待命时的发动机噪声。
三、居民如发现夜间违规鸣笛，可拨打公司值班电话0574-8661 7700反映。
滨海社区居委会
2025年9月19日
""",
    ),
]
