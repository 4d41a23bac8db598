"""holdout136, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站 — invented sites and documents."""

CASES = [
    dict(
        slug="anthology-gengsheng-night-watch-speech",
        site="更声集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://gengshengji.example.org/juan2/0448.html",
        title="在古镇打更队成立三十周年座谈会上的发言",
        record_title="《更声集》卷二·第48篇｜在古镇打更队成立三十周年座谈会上的发言",
        date="2025-10-09",
        notes="personal collection: chapter-style decoration; date under the speech title in Chinese numerals; speaker line neutral; chapter nav at the bottom",
        page="""
!m 更声集 · 一个老更夫的文字
!l 目录 ｜ 卷一 ｜ 卷二 ｜ 卷三
!t 《更声集》卷二·第48篇｜在古镇打更队成立三十周年座谈会上的发言
原打更队队长　宋宝田
（二〇二五年十月九日）
{BODY}
!l ← 第47篇 敲梆子的手艺　|　第49篇 雪夜巡街记 →
!d 文集文字为作者本人所有，引用请注明出处。
""",
        body="""
各位领导，各位老伙计：
三十年前，镇上恢复夜间打更，我和另外五个人拎着铜锣、梆子，从东街走到西码头，一走就是半辈子。
那时候打更，一是提醒小心火烛，二是看看各家门户关好没有。哪家灯亮得晚，我们也会多问一声。
⟦w 想要本文集纸质版的朋友，可私信作者登记⟧
如今镇上装了监控，有了消防站，打更更多是一份念想，是古镇的一张名片。
我希望年轻的队员把这门老手艺传下去，把“天干物燥、小心火烛”这句话喊得响亮一些。
谢谢大家！
""",
    ),
    dict(
        slug="anthology-shuqiao-shoeshine-essay-html",
        site="书桥随笔 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="essay",
        form="html",
        source="https://www.shuqiaosuibi.example.com/vol3/86.html",
        title="记桥头擦鞋摊改造的一次听证",
        record_title=None,
        date="2025-07-19",
        notes="collection chapter page with volume nav; title only on the page; 写于 line with full date at the end of the body (the document's date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>书桥随笔·卷三</title></head><body>
<div class="site">⟦m 书桥随笔　——退休社区干部的小城札记⟧</div>
<div class="vol">⟦l 卷一　卷二　卷三　卷四　留言簿⟧</div>
<h2>⟦t 记桥头擦鞋摊改造的一次听证⟧</h2>
<div class="no">⟦m 卷三 · 第86篇　字数 612⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：旧货市场的早晨　｜　下一篇：给老街路灯数一数⟧</div>
<div class="cp">⟦d 本站文字系作者原创，未经同意请勿转载⟧</div>
</body></html>
""",
        body="""
七月中旬，街道就老桥头擦鞋摊改造开了一次听证会，我作为居民代表参加。
桥头的擦鞋摊有七个，摊主大多是六十岁以上的老人，有的在这里擦了二十多年鞋。
街道的方案是统一制作可移动的擦鞋亭，规定每天摆摊时间，并免收三年场地费。
会上有摊主担心亭子太小放不下工具，也有居民提出亭子要避开盲道。
街道当场答应修改图纸，把亭子加宽二十厘米，统一往护栏一侧靠。
一次小小的听证，让我看到商量着办事的好处。
2025年7月19日写于书桥
""",
    ),
    dict(
        slug="dangjian-caopu-cumin-market-branch-html",
        site="草浦党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.caopudj.example.gov.cn/jcdj/2025/1203/3391.html",
        title="孜然交易市场党支部2025年党建工作总结",
        record_title="孜然交易市场党支部2025年党建工作总结_基层党建_草浦党建网",
        date="2025-12-03",
        notes="Party-building portal with slogan banner, 索引-style meta, a related list; a table of branch activities kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>孜然交易市场党支部2025年党建工作总结_基层党建_草浦党建网</title></head><body>
<div class="banner">⟦m 草浦党建网　不忘初心 牢记使命⟧</div>
<div class="nav">⟦l 首页｜党建要闻｜基层党建｜党员教育｜组工信息⟧</div>
<div class="crumb">⟦m 您的位置：首页 - 基层党建 - 两新组织⟧</div>
<h1>⟦t 孜然交易市场党支部2025年党建工作总结⟧</h1>
<div class="info">⟦m 发布日期：2025-12-05　来源：县委两新工委　浏览量：154⟧</div>
{BODY}
<div class="tool">⟦a 【收藏】【打印】【关闭】⟧</div>
<div class="related"><h4>⟦l 相关链接⟧</h4><ul><li>⟦l 县农贸市场党建联盟成立⟧</li><li>⟦l 两新组织书记述职评议会召开⟧</li></ul></div>
<div class="foot">⟦m 中共草浦县委组织部主办　技术支持：草浦信息中心⟧</div>
</body></html>
""",
        body="""
2025年，市场党支部围绕“党建强、市场兴”的目标，把党建工作融入经营服务全过程。
一、组织建设。支部现有党员二十三名，其中经营户党员十四名，全年发展入党积极分子三名。
二、主要活动
月份　活动　参加人数
3月　诚信经营承诺签名　86
6月　孜然质量检测进市场　120
9月　党员经营户亮身份　23
三、服务群众。党员经营户带头明码标价，支部设立“党员先锋摊位”六个，全年调解交易纠纷十七起。
四、存在不足。流动党员管理还有薄弱环节，部分党员参加组织生活不够经常。
孜然交易市场党支部
2025年12月3日
""",
    ),
    dict(
        slug="dangjian-songling-larch-lecture-text",
        site="松岭组工网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://zgw.songling.example.gov.cn/djjt/2025/0701/882.html",
        title="守护落叶松林海　争当生态卫士——在国营青峪林场“七一”专题党课上的讲稿",
        record_title="【专题党课】守护落叶松林海　争当生态卫士——在国营青峪林场“七一”专题党课上的讲稿",
        date="2025-07-01",
        notes="Party-building text page; lecture with date under the title; lecturer line neutral; a study-points box between paragraphs",
        page="""
!m 松岭组工网 · 党建讲堂
!t 【专题党课】守护落叶松林海　争当生态卫士——在国营青峪林场“七一”专题党课上的讲稿
林场党委书记　韩卫东
（2025年7月1日）
{BODY}
!l 【学习要点】林场防火　管护责任　青年接班
!m 编审：组工网编辑部
!l 返回党建讲堂
""",
        body="""
同志们：
青峪林场建场六十八年，三代林业人在荒山上种下了二十六万亩落叶松，把“和尚山”变成了林海。
今天讲党课，我想和大家一起回答一个问题：新时代的林场党员，应该怎样守护好这片林子？
第一，要守住防火这条底线。春秋两季是防火关键期，党员要带头巡山，带头值守瞭望塔。
⟦a 本讲稿配套音频可在“松岭组工”学习平台收听⟧
第二，要担起管护这份责任。落叶松纯林病虫害风险大，我们要推进混交林改造，提高森林质量。
第三，要带好青年这支队伍。今年场里新分来十一名大学生，党员要当好他们的师傅。
""",
    ),
    dict(
        slug="hospital-yunqiao-tick-bite-html",
        site="云樵县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yqxrmyy.example.cn/news/jkkp/2025/0513/551.html",
        title="进山采茶谨防蜱虫叮咬　感染科医生提醒这几点",
        record_title="进山采茶谨防蜱虫叮咬　感染科医生提醒这几点-云樵县人民医院",
        date="2025-05-13",
        notes="hospital site: a floating booking box with a 24-hour line next to the department's own 咨询电话 in the body; a health-science column",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>进山采茶谨防蜱虫叮咬　感染科医生提醒这几点-云樵县人民医院</title></head><body>
<div class="top">⟦m 云樵县人民医院　二级甲等综合医院⟧　⟦w 预约挂号：0596-3168120⟧</div>
<div class="nav">⟦l 医院概况　科室导航　专家介绍　健康科普　就医指南⟧</div>
<div class="pos">⟦m 首页 >> 健康科普⟧</div>
<h1>⟦t 进山采茶谨防蜱虫叮咬　感染科医生提醒这几点⟧</h1>
<div class="meta">⟦m 发布时间：2025-05-13　作者：感染科　阅读次数：632⟧</div>
{BODY}
<div class="float">⟦w 24小时急诊：0596-3168999　在线咨询⟧</div>
<div class="ft">⟦m 地址：云樵县东门大道96号　闽ICP备17006288号⟧</div>
</body></html>
""",
        body="""
每年四月至六月是采茶旺季，也是蜱虫活动高峰。近期，我院感染科已接诊多名被蜱虫叮咬的患者。
一、做好防护。进山采茶时穿长袖长裤，扎紧袖口裤脚，不要在草丛中坐卧休息。
二、正确处理。发现蜱虫叮咬皮肤，不要用手硬拔或用火烧，应及时到医院由医生处理。
三、留意症状。被叮咬后两周内如出现发热、乏力、恶心等症状，应尽快就医并告知医生叮咬史。
感染科门诊咨询电话：0596-3168342。
""",
    ),
    dict(
        slug="hospital-gaoyuan-altitude-clinic-text",
        site="雪岭州人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xlzrmyy.example.org.cn/tzgg/2025/0606/213.html",
        title="关于开设高原反应专病门诊的公告",
        record_title="关于开设高原反应专病门诊的公告",
        date="2025-06-06",
        notes="hospital text page: a clinic timetable kept; the clinic's phone in the body, the switchboard in the footer; 'scan to book' sentence kept",
        page="""
!m 雪岭州人民医院 ｜ 仁心仁术　守护高原
!m 当前位置：首页 / 医院公告
{T}
!m 2025-06-06　院办
{BODY}
!w 医院总机：0891-6120000　投诉电话：0891-6120119
!a 分享　｜　打印
!l 上一条：端午节门诊安排　下一条：护士节表彰名单
""",
        body="""
为方便进藏游客和新入藏人员就诊，我院决定自6月10日起开设高原反应专病门诊。
一、坐诊安排
时间　医生　职称
周一至周五上午　次仁多吉　主任医师
周一至周五下午　罗晓岚　副主任医师
二、诊疗范围。急慢性高原反应、高原肺水肿和高原脑水肿的早期识别，以及进藏前健康评估。
三、就诊方式。患者可扫描门诊大厅二维码预约，也可直接到门诊二楼挂号。
咨询电话：0891-6120376。
雪岭州人民医院
2025年6月6日
""",
    ),
    dict(
        slug="university-donghua-lichen-station-html",
        site="东华农林大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.dhnl.example.edu.cn/info/1034/22871.htm",
        title="我校高山地衣野外观测站在苍岭揭牌",
        record_title="我校高山地衣野外观测站在苍岭揭牌-东华农林大学新闻网",
        date="2025-09-23",
        notes="university news: byline with 供稿/摄影/编辑; a photo caption glued after a paragraph; prev/next and a footer with 校址",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校高山地衣野外观测站在苍岭揭牌-东华农林大学新闻网</title></head><body>
<div class="hd">⟦m 东华农林大学新闻网⟧</div>
<div class="nav">⟦l 学校要闻　院部动态　媒体东农　专题报道⟧</div>
<h1>⟦t 我校高山地衣野外观测站在苍岭揭牌⟧</h1>
<div class="meta">⟦m 时间：2025-09-23　供稿：生命科学学院　摄影：蓝宇　编辑：甘露⟧</div>
{BODY}
<div class="pn">⟦l 上一条：我校举行2025级新生开学典礼⟧<br>⟦l 下一条：校领导走访慰问退休教师⟧</div>
<div class="ft">⟦m 校址：东华市新农路1号　邮编：350100⟧　⟦d Copyright 东华农林大学 党委宣传部⟧</div>
</body></html>
""",
        body="""
9月20日，我校高山地衣野外观测站在苍岭自然保护区揭牌，副校长梁舒宁和保护区管理局负责人共同为观测站揭牌。
观测站位于海拔二千三百米的冷杉林带，设有固定样地十二块，将长期监测地衣多样性与大气质量变化。⟦m 图为揭牌仪式现场⟧
地衣对空气污染十分敏感，被称为大气质量的“活指示器”。生命科学学院地衣研究团队已在苍岭采集标本四千余份。
下一步，观测站将向本科生开放野外实习，并与保护区联合开展科普活动。
""",
    ),
    dict(
        slug="university-xingyuan-comet-notice-text",
        site="星原师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wl.xysy.example.edu.cn/tzgg/2025/1027/618.htm",
        title="关于组织师生夜间观测彗星的通知",
        record_title="关于组织师生夜间观测彗星的通知-物理与天文系",
        date="2025-10-27",
        notes="department site: a schedule table and the department's own e-mail kept; a login line for the campus portal at the top",
        page="""
!a 统一身份认证登录 ｜ 校内门户
!m 星原师范学院 物理与天文系
!t 关于组织师生夜间观测彗星的通知-物理与天文系
!m 来源：天文教研室　日期：2025-10-27　点击量：488
{BODY}
!m 地址：星原市学院路36号理科楼　电话：0479-8230512
!d 版权所有 © 星原师范学院物理与天文系
""",
        body="""
各班级：
近期一颗亮彗星运行至近日点附近，傍晚时分在西北方低空可用双筒望远镜观测。系里决定组织师生开展夜间观测活动。
一、观测安排
日期　地点　负责人
10月30日　学校天文台　严晓松
11月2日　北山观测点　罗绮
二、注意事项。夜间气温低，请穿着保暖衣物；北山观测点往返统一乘坐校车，不得单独行动。
三、报名方式。以班级为单位汇总名单，于10月29日前发送至 tianwen@xysy.example.edu.cn。
物理与天文系
2025年10月27日
""",
    ),
    dict(
        slug="localforum-rongcheng-banyan-pruning",
        site="榕城生活论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://bbs.rongchengsh.example.com/thread-40912-1-1.html",
        title="关于中山路古榕树修剪期间交通管制的通告",
        record_title="【转】关于中山路古榕树修剪期间交通管制的通告（要走中山路的注意）",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="county forum repost: poster's aside in the title; a detour table; the notice date differs from the post date; replies at the bottom",
        page="""
!m 榕城生活论坛 › 榕城杂谈 › 出行交通
!t 【转】关于中山路古榕树修剪期间交通管制的通告（要走中山路的注意）
!m 楼主：阿榕哥　发帖时间：2025-03-19 07:48　浏览 2671
{BODY}
!m 转自：榕城发布
!l 2楼　老街坊：这几棵老榕树确实该修了，去年台风掉了好大一根枝
!l 3楼　上班族小林：又要绕路了……
!l 快速回复　|　高级模式
""",
        body="""
因中山路古榕树修剪作业需要，市园林中心将于3月22日至3月24日每日9时至17时对中山路（解放路口至南门路口）实施交通管制。
管制期间，过往车辆请按以下路线绕行：
方向　绕行路线
由北往南　解放路—环城西路—南门路
由南往北　南门路—环城东路—解放路
管制期间行人请走人行道，注意避让作业车辆，服从现场人员指挥。
榕城市公安局交通警察支队
榕城市园林绿化中心
2025年3月18日
""",
    ),
    dict(
        slug="localforum-huaiyin-sophora-picking-html",
        site="槐荫论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.huaiyinbbs.example.cn/t/77320",
        title="文明采摘槐花　爱护行道树倡议书",
        record_title=None,
        date="2025-04-25",
        notes="modern local forum: a post card with user level, likes, a sidebar of hot posts; the document's date at its end; title only on the page",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>槐荫论坛 - 家门口的事儿</title></head><body>
<div class="bar">⟦m 槐荫论坛⟧　⟦a 发帖　签到　登录⟧</div>
<div class="board">⟦m 板块：身边事 > 社区公告⟧</div>
<h1>⟦t 文明采摘槐花　爱护行道树倡议书⟧</h1>
<div class="user">⟦m 城管小槐 Lv.6 · 发布于 2025/04/26 · IP属地 山东⟧</div>
{BODY}
<div class="act">⟦l 👍 赞 58　💬 评论 23　⭐ 收藏⟧</div>
<aside><h4>⟦l 本周热帖⟧</h4><p>⟦l 老城区停车位改造开始了⟧</p><p>⟦l 周末哪里可以看芍药？⟧</p></aside>
<footer>⟦d 用户发言不代表本站观点⟧　⟦m 鲁ICP备18022731号⟧</footer>
</body></html>
""",
        body="""
广大市民朋友：
又到槐花飘香时节，近日城区部分路段出现折枝、攀爬树木、用长杆钩拽采摘槐花的现象，给行道树造成损伤，也存在安全隐患。为此，我们倡议：
一、不折枝、不攀爬、不用工具钩拽，爱护每一棵国槐和刺槐。
二、道路两侧车流量大，请勿在机动车道上停车采摘。
三、看到破坏树木的行为，请及时劝阻或拨打城管服务热线反映。
槐荫区城市管理局
2025年4月25日
""",
    ),
    dict(
        slug="download-feiyun-hang-gliding-rules-oldtable",
        site="飞云资料站 (invented)",
        style="资料下载站",
        genre="规章制度",
        kind="rules",
        form="html",
        source="http://www.feiyunzl.example.net/soft/2025/90331.html",
        title="鹰嘴崖悬挂滑翔基地飞行安全管理规定",
        record_title="鹰嘴崖悬挂滑翔基地飞行安全管理规定.doc下载",
        date="2025-04-08",
        notes="old download station: file-info table, three mirror links, dead-link report, marquee; rules speaking of 下载/打印 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>鹰嘴崖悬挂滑翔基地飞行安全管理规定.doc下载_飞云资料站</title></head><body>
<table width="980"><tr><td>⟦m 飞云资料站 - 专注文档资料下载⟧</td><td>⟦a 设为首页 加入收藏⟧</td></tr></table>
<marquee>⟦m 本站所有资料均经人工检测，请放心下载⟧</marquee>
<table width="980"><tr><td>⟦m 当前位置：首页 → 体育资料 → 航空运动⟧</td></tr></table>
<table width="980" border="1"><tr><td>⟦m 资料名称：⟧</td><td>⟦t 鹰嘴崖悬挂滑翔基地飞行安全管理规定⟧</td></tr>
<tr><td>⟦m 资料大小：48KB⟧</td><td>⟦m 资料格式：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-16⟧</td><td>⟦m 下载次数：73⟧</td></tr></table>
<table width="980"><tr><td><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 下载地址：电信下载　联通下载　备用下载⟧</td><td>⟦a 下载不了？点此报告死链⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料来源于网络收集，如侵犯您的权益请来信告知⟧　⟦m 桂ICP备11009275号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障鹰嘴崖悬挂滑翔基地飞行安全，制定本规定。
第二条　飞行人员须持有有效的悬挂滑翔运动员等级证书，首次到基地飞行须参加场地讲解。
第三条　每日飞行前，飞行人员须登录基地管理系统下载当日气象简报，风速超过每秒八米时停止起飞。
第四条　飞行计划表须打印后交塔台留存，落地后十五分钟内向塔台报告。
第五条　严禁在保护区核心区和高压线走廊上空飞行。
第六条　本规定自2025年4月8日起施行。
""",
    ),
    dict(
        slug="download-baicao-cypress-nursery-text",
        site="百草资料库 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.baicaozlk.example.com/down/ny/33812.html",
        title="柏木容器苗培育技术规程（试行）",
        record_title="柏木容器苗培育技术规程（试行）[免费下载]",
        date=None,
        notes="download station text: file info lines, no date (a year in the 试行 title? none; an update stamp only); decimal headings kept",
        page="""
!m 百草资料库｜农林资料免费下载
!m 首页 > 林业技术 > 育苗
!t 柏木容器苗培育技术规程（试行）[免费下载]
!m 文件大小：1.2MB　更新：2025-11-02　下载：305次　评分：★★★★☆
{BODY}
!a 【本地下载】　【网盘下载】　【报错】
!w 资料定制请联系站长 QQ：55120873
!l 相关资料：杉木育苗技术　马尾松容器苗规程
""",
        body="""
1 范围
本规程规定了柏木容器苗培育的圃地选择、基质配制、播种、苗期管理和出圃要求。
2 基质配制
2.1 基质以黄心土、腐熟有机肥和珍珠岩按六比三比一混合，每立方米加入复合肥一点五千克。
2.2 基质装袋前须用多菌灵溶液消毒。
3 苗期管理
3.1 出苗后保持基质湿润，夏季高温时搭设遮阳网。
3.2 苗高十五厘米以上、地径零点二五厘米以上方可出圃。
""",
    ),
]
