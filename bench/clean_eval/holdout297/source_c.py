"""holdout297, part C: personal collections, Party-building sites, hospitals, universities, county forums.

Invented text, written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="collection-chulaohan-memoir-fathers-trowel",
        site="褚老汉文存 (invented personal site, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.chulaohan.net/wencun/zayi/09.htm",
        title="父亲的花铲",
        record_title="父亲的花铲（栳川杂忆之九）- 褚老汉文存",
        date=None,
        notes="a retired worker's site in an old table layout: marquee, chapter links, visitor counter, the author's "
        "mailbox; the memoir ends with a place-and-season line (no day): no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的花铲（栳川杂忆之九）- 褚老汉文存</title>
<style type="text/css">td{font-size:14px;line-height:180%}</style>
</head>
<body bgcolor="#F5F0E1">
<table width="780" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center"><font size="5" color="#663300">⟦m 褚老汉文存⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 老钳工写点旧事，敬请各位方家指正⟧</marquee></td></tr>
<tr><td>⟦m <a href="/">首页</a>　<a href="/wencun/zayi/">栳川杂忆</a>　<a href="/wencun/shici/">打油诗</a>　<a href="/liuyan.asp">留言本</a>⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 栳川杂忆之九　　录入时间：前年冬⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l <a href="08.htm">上一篇：老屋的井</a>　｜　<a href="index.htm">回目录</a>　｜　<a href="10.htm">下一篇：母亲的顶针</a>⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：chulaohan1951@wencun.net⟧</td></tr>
<tr><td align="center">⟦m 本站自开通以来已有 <font color="red">028316</font> 人次光临⟧</td></tr>
<tr><td align="center">⟦d 文章未经本人同意，请勿转载到其他网站⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲退休后在老屋后面开了一小块地，种些月季、菊花和葱蒜。他有一把花铲，铁打的铲头，枣木的柄，是他年轻时在栳川农机厂当钳工时自己敲出来的。
那把花铲比商店里卖的重得多，铲头的边被他磨得很薄，挖土像切豆腐。柄上有一道裂纹，他用铁丝缠了三圈，又在外面裹了层胶布。
我小时候常蹲在地边看他干活。他用花铲在土里划一道浅沟，把菜籽撒进去，再用铲背轻轻一抹，土就盖得平平整整。他说，种东西和做人一样，不能太深，也不能太浅。
父亲走后的第二年春天，我回老屋收拾东西，在工具箱最底下找到了那把花铲。铲头上的锈不多，枣木柄被手磨得油亮。
我把它带回了城里，如今阳台上的十几盆花，都是用它换的土。
二〇二三年春，于栳川
""",
    ),
    dict(
        slug="collection-jiangwenlan-essay-mothers-duvet-cover",
        site="蒋文兰随笔集 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://jiangwenlan.wenji.net/pian/0307.html",
        title="母亲的被罩",
        record_title="母亲的被罩〔缏坪旧事之七〕｜蒋文兰随笔集",
        date=None,
        notes="personal collection text: collection header, chapter links, a word-count line, the author's mailbox, "
        "a visitor counter; an essay with a year only inside a sentence: no date",
        page="""
!m 蒋文兰随笔集 · 缏坪旧事
!m 目录　｜　上一篇：灶台边的火钳　｜　下一篇：过年的新鞋
!t 母亲的被罩〔缏坪旧事之七〕
!m 本篇约520字　　已被阅读 1876 次
{BODY}
!l 读者留言（3）：写得真好，想起了我妈。
!m 作者信箱：jwl_suibi@wenji.net
!d 本集文字版权归作者所有，引用请注明出处
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
我们小时候，被子是没有被罩的。棉絮外面缝一层被里、一层被面，脏了就得拆开来洗，洗完晒干，再一针一针缝回去。拆洗被子是母亲每年秋天最累的活。
九十年代初，缏坪乡供销社第一次进了被罩，蓝白格子的，拉链开口，十二块钱一条。母亲在柜台前站了很久，最后买了两条。
那天晚上，她把棉被塞进被罩，拉上拉链，拍了拍，说：“这下好了，往后不用缝了。”那是我第一次看见母亲对一样东西那样满意。
后来家里的被罩越来越多，有印花的，有绣花的，母亲却一直留着那两条格子的，洗得发白了也舍不得扔。
去年冬天她住院，我从家里给她带了一条被罩。她一眼就认出来，笑着说：“还是这条暖和。”那条被罩，如今还铺在她的床上。
""",
    ),
    dict(
        slug="party-youcheng-summary-cushions-sanitation-workers",
        site="猷城党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.ycdj.org.cn/zbfc/2024/1223/66718.html",
        title="橄湾区环卫处党支部“护腰靠枕送环卫”志愿服务活动总结",
        record_title="【支部为民办实事】橄湾区环卫处党支部“护腰靠枕送环卫”志愿服务活动总结_猷城党建网",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes="Party-building portal: a study-points prompt, a read-on-phone QR line; a data table one row a paragraph; "
        "the page's date differs from the signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【支部为民办实事】橄湾区环卫处党支部“护腰靠枕送环卫”志愿服务活动总结_猷城党建网</title>
<script src="/js/study-timer.js"></script>
</head>
<body>
<div class="top-red">⟦m 猷城党建网　中共猷城市委组织部主办⟧</div>
<div class="nav">⟦m 首页　要闻　组工动态　支部风采　党员教育　先锋模范　网上党校⟧</div>
<div class="here">⟦m 当前位置：首页 &gt; 支部风采⟧</div>
<div class="detail">
<h1>{T}</h1>
<p class="src">⟦m 日期：2024-12-23　来源：橄湾区委组织部　字体：【大】【中】【小】⟧</p>
<p class="study">⟦a 阅读满60秒可获学习积分1分⟧</p>
<div class="article">
{BODY}
</div>
<p class="qr">⟦a 手机扫一扫，随时随地学⟧</p>
</div>
<div class="rel"><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 橄湾区“红色驿站”冬季暖心服务启动⟧</li><li>⟦l 区城管局党委开展“党员先锋岗”评选⟧</li></ul></div>
<div class="footer"><p>⟦m 中共猷城市委组织部　地址：猷城市人民路1号⟧</p><p>⟦m 湘ICP备10030591号⟧</p></div>
</body>
</html>
""",
        body="""
今年以来，橄湾区环卫处党支部把关爱一线环卫工人作为“我为群众办实事”的重要内容，开展“护腰靠枕送环卫”志愿服务活动，现将有关情况总结如下。
一、主要做法
支部党员利用业余时间，联合粽湾社区巧手志愿队缝制护腰靠枕，送到各环卫作业班组和休息驿站。
二、活动成效
月份　缝制靠枕（只）　发放班组（个）　参与党员（人次）
9月　120　8　26
10月　210　13　41
11月　180　11　37
三个月共发放靠枕510只，覆盖全区32个作业班组。环卫工人反映，清扫车座椅硬，垫上靠枕后腰酸明显减轻。
三、下一步打算
支部将根据工人的意见改进靠枕尺寸，增加可拆洗的外套，并把活动延伸到环卫驿站的冬季保暖服务中。
中共橄湾区环卫处支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-yunchuan-speech-bamboo-workshop-badges",
        site="纭川先锋网 (invented Party-building site, text)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ycxianfeng.cn/jhxd/2024/0604/3170.html",
        title="在簌溪镇竹编非遗工坊党员示范岗授牌仪式上的讲话",
        record_title="在簌溪镇竹编非遗工坊党员示范岗授牌仪式上的讲话 —— 纭川先锋网·讲话选登",
        date="2024-05-28",
        date_also=["2024-06-04"],
        notes="speech: the speaker line and a date line in Chinese numerals under the title are neutral; a points "
        "prompt between paragraphs; the site's date differs",
        page="""
!m 纭川先锋网 —— 中共纭川县委组织部
!m 首页 > 讲话选登 > 正文
{T}
镇党委书记　蒋卫东
（二〇二四年五月二十八日）
!m 发布：2024-06-04　编辑：组织部信息科　阅读量：509
{BODY}
!a 【分享到学习群】【打印】【关闭】
!l 推荐：纭川县首批“党员示范岗”名单公布
!m 纭川先锋网　湘ICP备17003355号　技术支持：纭川县大数据中心
""",
        indent="\u3000\u3000",
        body="""
同志们、师傅们：
今天，我们在竹编非遗工坊举行党员示范岗授牌仪式，这是镇党委推动党建引领产业发展的一项具体举措。首先，我代表镇党委，向获得授牌的五个党员示范岗表示祝贺！
簌溪的竹编有三百多年的历史，竹夫人更是我们的老招牌。这些年，工坊里的老党员带头钻研新工艺，把竹夫人从一年卖几千只做到了卖十几万只，还带出了四十多名年轻篾匠。
⟦a 学完本篇请到“纭川先锋”小程序打卡，计入年度学习积分⟧
授牌不是终点，而是新的起点。希望各示范岗做到三个带头：带头守住手艺标准，带头传帮带新徒弟，带头帮助困难群众就业增收。
镇党委将每半年对示范岗进行一次评议，评议结果在工坊内公示。
同志们，让我们把党旗插在工坊里，让竹编这门老手艺在新时代焕发新光彩！
""",
    ),
    dict(
        slug="hospital-chuyang-article-lumbar-cushion",
        site="褚阳县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.cyxrmyy.com/jkkp/2024/0327/1882.html",
        title="久坐腰痛，一只靠枕怎么选？康复医学科来支招",
        record_title="【腰背康复课】久坐腰痛，一只靠枕怎么选？康复医学科来支招_褚阳县人民医院",
        date="2024-03-27",
        notes="hospital site: a booking float, a 24-hour emergency line and a switchboard in the footer beside the "
        "department's own 咨询电话 in the body; the 发布时间 line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【腰背康复课】久坐腰痛，一只靠枕怎么选？康复医学科来支招_褚阳县人民医院</title>
<script src="/static/js/float-yuyue.js"></script>
</head>
<body>
<div class="hd"><div class="logo">⟦m 褚阳县人民医院⟧</div><div class="slogan">⟦m 二级甲等综合医院 · 仁心仁术⟧</div></div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普　院务公开⟧</div>
<div class="wz">⟦m 首页 › 健康科普 › 康复保健⟧</div>
<div class="news-detail">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-03-27　作者：康复医学科　浏览：866⟧</div>
<div class="news-body">
{BODY}
</div>
</div>
<div class="float-yuyue">⟦a 预约挂号⟧ ⟦m 预约专线：0739-5563 1000⟧ ⟦a 关注医院服务号⟧</div>
<div class="side"><h4>⟦l 科普排行⟧</h4><ul><li>⟦l 颈椎病的家庭锻炼方法⟧</li><li>⟦l 春季过敏高发，这份防护指南请收好⟧</li></ul></div>
<div class="ft">
<p>⟦m 地址：褚阳县城关镇迎宾路66号　总机：0739-5563 0001　24小时急诊：0739-5563 0120⟧</p>
<p>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧</p>
<p>⟦m 湘ICP备16007220号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
很多上班族一坐就是大半天，下班时腰又酸又僵。县人民医院康复医学科主治医师邵晴提醒，久坐腰痛除了多起身活动外，选好、用好一只靠枕也能减轻腰部负担。
一、选形状。办公椅建议选带弧度的腰靠，弧顶正好托住腰部；沙发上可以用方形靠枕，但要垫在腰后而不是背后。
二、选填充物。记忆棉回弹慢、支撑稳，适合长时间坐着；羽绒和蓬松棉太软，只适合短时间倚靠。
三、用对位置。坐下后臀部尽量贴紧椅背，靠枕放在腰带上方，使腰部保持自然前凸。
如果腰痛持续两周以上，或者伴有下肢麻木，应及时到康复医学科或骨科就诊。
康复医学科咨询电话：0739-5563 2207（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-naoxi-tcm-rules-duvet-cover-change",
        site="瑙溪县中医医院 (invented, text)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.nxzyy.cn/ywgk/hlzd/2024/117.html",
        title="病区床单被罩更换与消毒管理制度",
        record_title="〖护理制度〗病区床单被罩更换与消毒管理制度 | 瑙溪县中医医院",
        date=None,
        notes="hospital text page: a booking line and an emergency line at the top; 第N条 articles; a rule with only "
        "an effective clause: no date; an update stamp is no date",
        page="""
!m 瑙溪县中医医院　预约电话：0738-6630 1200　急诊：0738-6630 0120
!m 首页 > 院务公开 > 护理制度
!t 〖护理制度〗病区床单被罩更换与消毒管理制度
!m 发布科室：护理部　更新于：2024-08-30 16:22　浏览次数：233
{BODY}
!a 【打印本文】【收藏】【返回】
!l 相关制度：病区消毒隔离制度　医用织物洗涤管理规定
!m 瑙溪县中医医院版权所有　湘ICP备15019874号
""",
        body="""
第一条　为预防医院感染，规范病区床单、被罩的更换和消毒，制定本制度。
第二条　住院患者床单、被罩、枕套每周至少更换一次，遇污染随时更换。
第三条　患者出院、转科或死亡后，床单位须进行终末消毒，更换全部床上用品。
第四条　更换下的被罩应放入专用污衣袋，感染性织物使用橘红色袋并注明“感染”，不得在病区内清点抖动。
第五条　洗衣房收送织物实行洁污分车、分时段运送，交接时双方签字。
第六条　护士长每周检查本病区执行情况，医院感染管理科每月抽查一次。
第七条　本制度由护理部、医院感染管理科负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="university-youcheng-normal-news-bamboo-course",
        site="猷城师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ycsfxy.edu.cn/info/1012/23817.htm",
        title="非遗竹编课结课 42名学生每人编出一只竹夫人",
        record_title=None,
        date="2024-06-14",
        notes="no title in the record: the news page's <h1>; a dotted date line is the page's date; a photo caption "
        "between paragraphs; a text/photo/editor line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>猷城师范学院新闻网</title>
<link rel="stylesheet" href="/style/news.css">
</head>
<body>
<div class="header">⟦m 猷城师范学院 新闻中心⟧　⟦a 学校主页　English⟧</div>
<div class="menu">⟦m 首页　学校要闻　院部动态　媒体师院　校园人物　图片新闻⟧</div>
<div class="location">⟦m 当前位置：首页 &gt;&gt; 院部动态 &gt;&gt; 正文⟧</div>
<div class="arti">
<h1>{T}</h1>
<div class="arti-meta">⟦m 2024.06.14　点击：[<span id="dynclicks">1310</span>]次⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：我校举行2024届毕业生就业双选会⟧<br>⟦l 下一条：外国语学院开展口译技能大赛⟧</div>
</div>
<div class="footer"><p>⟦m 猷城师范学院党委宣传部　版权所有⟧</p><p>⟦m 地址：猷城市橄湾区学府路9号　邮编：417100⟧</p></div>
</body>
</html>
""",
        body="""
6月12日下午，我校美术学院非遗竹编选修课举行结课作品展，42名学生用一个学期的时间，每人编出了一只竹夫人。
这门课今年春季首次开设，学院邀请纭川县簌溪镇竹编非遗传承人蒋师傅担任兼职教师。从破竹、劈篾到起底、收口，学生们在工作坊里一步一步跟着学。
⟦l 图为学生在作品展上展示自己编的竹夫人⟧
“刚开始篾片总是扎手，编了拆、拆了编，光起底就练了三周。”环境设计专业学生褚悦说，看到自己编的竹夫人能立起来，觉得一切都值了。
美术学院负责人介绍，下学期将把竹编课扩大到两个班，并与簌溪镇竹编工坊共建实践基地。⟦m （文/图：美术学院　编辑：莫小禾　审核：蒋立）⟧
""",
    ),
    dict(
        slug="university-naoxi-poly-notice-condiment-dispensers",
        site="瑙溪职业技术学院 (invented, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.nxzy.edu.cn/tzgg/2024/0902/688.html",
        title="关于学生食堂餐桌调味瓶更换为定量瓶的通知",
        record_title="关于学生食堂餐桌调味瓶更换为定量瓶的通知（后勤保障处）_瑙溪职院",
        date="2024-09-02",
        notes="a college office's page as text: numbered items, a scan-the-QR questionnaire as content; an office "
        "phone line in the footer",
        page="""
!m 瑙溪职业技术学院 · 后勤保障处
!m 首页　部门概况　通知公告　服务指南　下载专区
!m 位置：首页 » 通知公告
{T}
!m 作者：饮食服务中心　审核：后勤保障处　发布：2024-09-02　阅读：1544
{BODY}
!a 【打印此通知】【关闭本窗】
!m 后勤保障处办公室：0738-6671 5120　　地址：行政楼207
!m Copyright © 瑙溪职业技术学院后勤保障处
""",
        body="""
各学院、全体学生：
为减少餐桌调味品浪费，保障用餐卫生，后勤保障处决定自9月9日起，将一、二食堂餐桌调味瓶统一更换为按压式定量瓶。现将有关事项通知如下：
1.更换范围：一食堂一楼、二楼和二食堂全部餐桌，共更换酱油、醋、辣椒油定量瓶1260只。
2.使用方法：轻按瓶盖一次出料约5毫升，请勿拧开瓶盖直接倒取。
3.清洗管理：定量瓶由食堂每日收回清洗，每周高温消毒一次，同学们发现瓶身污渍可向窗口反映。
4.意见反馈：使用中有意见建议的，可扫描餐桌上的二维码填写问卷。
感谢同学们的理解与配合。
后勤保障处
2024年9月2日
""",
    ),
    dict(
        slug="countyforum-gengkou-post-duvet-covers-fading-jammer",
        site="绠口生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.gengkou.net/thread-55210-1-1.html",
        title="提醒：流动摊贩卖的“纯棉”被罩，洗一次就掉色",
        record_title="[买被罩避坑] 提醒：流动摊贩卖的“纯棉”被罩，洗一次就掉色（附图） - 生活杂谈 - 绠口生活网",
        date=None,
        notes="county forum with a weather line, jammer-font junk, a decoration ad, a 转交 official-reply link, medals; "
        "a 12315 call as content; a relative post time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[买被罩避坑] 提醒：流动摊贩卖的“纯棉”被罩，洗一次就掉色（附图） - 生活杂谈 - 绠口生活网</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="weather">⟦m 绠口镇　多云转晴　12～21℃⟧</div>
<div id="hd">⟦m 绠口生活网 · 绠口人自己的论坛⟧　⟦a 登录　注册⟧</div>
<div class="ad">⟦w 绠口鑫源装饰，全包半包都能谈，电话 0736-8291 7788⟧</div>
<div id="pt">⟦m 绠口生活网 › 绠口论坛 › 生活杂谈⟧</div>
<div class="postbox">
<div class="author">⟦m 镇东小卖部老板娘⟧<br>⟦m 勋章：热心网友　爆料达人⟧</div>
<h1>⟦t [买被罩避坑] 提醒：流动摊贩卖的“纯棉”被罩，洗一次就掉色（附图）⟧</h1>
<div class="time">⟦m 发表于 4 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已转交县市场监管局，点击查看官方回复⟧</div>
<div class="po">⟦a 支持(23)　反对(0)　回复　举报⟧</div>
</div>
<div class="replies"><p>⟦l 2#　老街坊：我也买了，一样掉色⟧</p><p>⟦l 3#　小绠口：那辆面包车今天又来了⟧</p></div>
<div id="ft">⟦m 绠口生活网　客服QQ群：41870922　湘ICP备15033207号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上周六在镇上菜市场门口，有辆面包车在卖被罩，喇叭里喊着“纯棉四件套，厂家清仓，一百块两套”。我图便宜买了两套。
回家一洗，满盆水都是红的，白色的枕套也被染成了粉色。仔细看标签，上面只写着“优质面料”，没有厂名、没有成分，更没有执行标准。
后来问了在家纺店上班的表姐，她说真正的全棉被罩，一百块连一套都买不到，这种多半是涤纶混纺，掉色还可能是染料不合格。
提醒大家：买被罩要看吊牌上的成分和厂名厂址，最好去正规商店。流动摊贩的东西出了问题，人一走就找不着了。
电话已经打了12315，工作人员说会去市场查看。
""",
    ),
    dict(
        slug="countyforum-pinghu-post-village-planting-trowels",
        site="娉湖论坛 (invented county forum, text)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.pinghuluntan.com/thread-9931-1-1.html",
        title="周六上午嬉坪村口种花，欢迎自带花铲来帮忙",
        record_title="【邻里活动】周六上午嬉坪村口种花，欢迎自带花铲来帮忙 - 娉湖大小事 - 娉湖论坛",
        date="2024-04-09",
        notes="county forum text: a village committee's post; the 发表于 line is the page's date; a numbered list, a "
        "scan-to-register line and the committee's phone as content; a forum ad between items",
        page="""
!m 娉湖论坛 › 娉湖大小事
!t 【邻里活动】周六上午嬉坪村口种花，欢迎自带花铲来帮忙
!m 嬉坪村委会　发表于 2024-4-9 20:31　｜　查看 684　回复 19
{BODY}
!l 1#　花开富贵：带娃去，正好让他认认花
!l 2#　娉湖老李：我有两把花铲，到时候拿过去
!a 回复本帖需要先登录
!m 娉湖论坛　版主QQ：902213364　湘ICP备20015567号
""",
        body="""
各位乡亲、各位网友：
这周六（4月13日）上午8点半，嬉坪村共享花园要在村口新开一片花带，种植月季和百日草两百株左右，人手不够，欢迎大家来帮忙。
1.集合地点：嬉坪村委会门口。
2.需要带的：自家有花铲、小锄头的请带上，没有的可以到村里工具房借，现场扫码登记就行。
⟦w 娉湖绿源苗木场，花苗批发零售，微信 lvyuan_miaomu⟧
3.适合人群：大人小孩都可以，小朋友请家长陪同。
4.中午村里管一顿便饭，就在老祠堂。
有问题可以在帖子下面留言，或者打村委会电话0736-8290 4415。
嬉坪村村民委员会
""",
    ),
]
