"""holdout217, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Every page, place, person, firm, site, URL and number here is invented and written by hand;
see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenda-glucose-question-title",
        site="问达 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenda365.cn/question/44871902/answer/90317226",
        title="血糖仪测的数和医院抽血差多少算正常？",
        record_title=None,
        date=None,
        notes=(
            "Q&A without a record title: the question (<h1>) is the title; an adopted-answer badge, vote bar, more "
            "answers; asked 3 天前, answered 2 天前: no date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>血糖仪测的数和医院抽血差多少算正常？ - 问达</title>
<script src="https://s.wenda365.cn/js/app.4f1c.js"></script>
</head>
<body>
<header class="wd-head"><a href="/">⟦m 问达⟧</a> <span>⟦m 有问题，就有人答⟧</span> <a href="/ask">⟦a 我要提问⟧</a></header>
<div class="wd-q">
<div class="wd-topics">⟦l 话题：糖尿病 · 家用医疗器械 · 健康⟧</div>
<h1>{T}</h1>
<div class="wd-q-meta">⟦m 提问于 3 天前 · 1.8万 次浏览 · 关注问题 212⟧</div>
</div>
<div class="wd-answer">
<div class="wd-badge">⟦m 提问者采纳⟧</div>
<div class="wd-author">⟦m 内分泌科护师糖姐 · 回答于 2 天前⟧</div>
<div class="wd-content">
{BODY}
</div>
<div class="wd-vote">⟦a 赞同 1046 ▲ 反对 ▼ 收藏 举报⟧</div>
</div>
<div class="wd-more">
<h3>⟦l 另外 15 个回答⟧</h3>
<p>⟦l 血糖仪牌子重要吗？我家两台测出来不一样⟧</p>
<p>⟦l 测血糖第一滴血要擦掉吗？⟧</p>
</div>
<footer>⟦m © 2024 问达 wenda365.cn　沪ICP备17006629号⟧</footer>
</body>
</html>
""",
        body="""
谢邀。家用血糖仪测的是指尖毛细血管全血，医院抽的是静脉血浆，两者本来就有差别，一般血糖仪的结果会比医院略低一点。
按照国家标准，血糖浓度不低于5.6时，血糖仪结果和医院结果相差在正负15%以内都算合格；低于5.6时，相差在0.83以内算合格。
如果差得比这个多，可以从三个方面找原因：一是试纸是否过期或受潮；二是采血时是否用力挤压手指；三是仪器是否该校准了。
建议带着血糖仪去医院，抽血的同时测一次指尖血，两个结果一对比就清楚了。
""",
    ),
    dict(
        slug="qa-wenwen-freezer-defrost-best-answer",
        site="问问邻居 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenwenlinju.com/q/2307718.html",
        title="冰柜结霜太厚了怎么除霜比较快？",
        record_title="冰柜结霜太厚了怎么除霜比较快？_生活家电_问问邻居",
        date=None,
        notes="Q&A as text: best answer, asker and answerer lines with relative times (no date), vote row, other answers",
        page="""
!m 问问邻居 > 生活家电 > 冰箱冰柜
!t 冰柜结霜太厚了怎么除霜比较快？
!m 提问者：匿名用户　3 天前　浏览 4471 次
!m ★ 最佳答案
!m 答主：柜台后的老周　回答于 昨天 19:06
{BODY}
!a 有用(86)　没用(3)　我要追问
!l 其他回答（4）
!l 冰柜压缩机嗡嗡响正常吗？
!l 冰柜放在阳台上冬天会不会冻坏？
!m 问问邻居 wenwenlinju.com　鲁ICP备20031174号
""",
        body="""
我家开小卖部，冰柜用了六七年，除霜的事算是有经验了。
先把冰柜断电，东西搬到泡沫箱里，箱子里放几瓶冻好的矿泉水，能撑两三个小时。
然后把柜门打开，在柜底放几盆热水，关上盖子闷十来分钟，霜就会一块块松动，用塑料铲轻轻一推就掉了。千万别用菜刀或螺丝刀去撬，把内胆撬破了就只能换冰柜了。
最后用干抹布把水擦干，通电空转半小时，等温度降下来再把东西放回去。
平时少开盖、开盖时间短一点，结霜就会慢很多。
""",
    ),
    dict(
        slug="anthology-yanxia-memoir-oxygen-gb2312",
        site="守拙文存·冯守拙文集 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.yanxiaji.net/di2ji/wai-gong-de-zhiyangji.htm",
        title="外公的制氧机",
        record_title="外公的制氧机——选自《守拙文存》第二辑",
        date=None,
        notes=(
            "a retired teacher's collection in an old gb2312 table layout: marquee, chapter links, visitor counter, "
            "author's mailbox; the essay ends with a 写于 line giving only a year and season: no date"
        ),
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>外公的制氧机——选自《守拙文存》第二辑</title>
<style>body{font-size:14px}</style>
</head>
<body bgcolor="#FAF6EC">
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 守拙文存⟧</font><br>⟦m 冯守拙散文随笔⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎来到守拙文存，茶已泡好，请慢慢读⟧</marquee></td></tr>
<tr><td align="center">⟦m 首页⟧ ⟦m 第一辑·故园⟧ ⟦m 第二辑·亲人⟧ ⟦m 第三辑·行旅⟧ ⟦m 留言簿⟧</td></tr>
</table>
<table width="780" align="center" border="0">
<tr><td>
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 第二辑·亲人　第七篇⟧</p>
{BODY}
<p align="center">⟦l 上一篇：老屋的门槛⟧　⟦l 下一篇：母亲的缝纫机⟧　⟦l 返回第二辑目录⟧</p>
</td></tr>
</table>
<table width="780" align="center"><tr><td align="center">
⟦m 本集累计访问 ２１９０７ 人次⟧<br>
⟦m 与作者联系：fengshouzhuo@163.com⟧<br>
⟦d 文章版权属于作者本人，转载请先来信征得同意。⟧
</td></tr></table>
<script language="JavaScript" src="/count/counter.asp?id=yanxia"></script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
外公晚年患了肺心病，走几步路就喘。那年冬天，舅舅托人买回一台制氧机，放在外公床头，像一只白色的箱子，日夜嗡嗡地响。
起初外公不肯用，说鼻子里插根管子像个病人。外婆就坐在床边劝他，一边劝一边给湿化瓶换水。后来他离不开了，每天早上醒来第一件事，就是摸摸制氧机的开关。
我放寒假回去，外公常让我把机器往窗边挪一挪，说那里亮堂。其实制氧机不能靠近暖气，我没告诉他，只是悄悄把暖气关小了一点。
外公走后，那台制氧机被舅舅擦得干干净净，送给了村里另一位老人。我总觉得，那嗡嗡的声音里，还留着外公的呼吸。
写于二〇二三年秋
""",
    ),
    dict(
        slug="anthology-moxi-essay-dashcam-wrapped-68",
        site="鄚溪杂记 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://moxizaji.net/p/11.html",
        title="一段行车记录仪录像",
        record_title="鄚溪杂记（十一）：一段行车记录仪录像",
        date=None,
        notes="a personal collection's essay hard-wrapped at 68 columns; no date; chapter links and the collection's footer",
        page="""
!m 鄚溪杂记 · 骆守田的小城笔记
!m 目录　|　上一则　|　下一则
!t 鄚溪杂记（十一）：一段行车记录仪录像
{BODY}
!l 上一则：城南的修车铺
!l 下一则：老彭的第二辆车
!m 本集文字均为骆守田原创　本页访问 1536 次
!d 转载请保留作者署名和出处。
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
老彭开了十五年出租车，车上那台行车记录仪是他儿子硬给装的。装的时候他还嘟囔，说开车凭良心，装这玩意儿干啥。
去年腊月的一个晚上，老彭在城南路口停车让一位老太太过马路，后面一辆电动车刹不住，撞上了他的车尾，骑车的小伙子倒在地上，非说是老彭倒车撞了他。
围观的人越来越多，老彭急得直搓手。交警来了，调出记录仪里的录像，前前后后看了两遍，事情一下子就清楚了。小伙子红着脸道了歉。
那天收车后，老彭把记录仪的镜头擦了又擦。他说，这东西不光替他说了公道话，还让他明白，好好开车，心里才踏实。
""",
    ),
    dict(
        slug="party-heling-summary-nebulizer-points",
        site="郃岭先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.helingxianfeng.cn/zbfc/202412/t20241216_6630.html",
        title="卫生院第二党支部“雾化器进村室”志愿服务工作总结",
        record_title="【支部风采录】卫生院第二党支部“雾化器进村室”志愿服务工作总结_郃岭先锋网",
        date="2024-12-10",
        date_also=["2024-12-16"],
        notes=(
            "Party-building portal: a study-points prompt, a read-on-phone QR line, a reprint line glued after a "
            "sentence; the 成文日期 under the signature differs from the page's date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【支部风采录】卫生院第二党支部“雾化器进村室”志愿服务工作总结_郃岭先锋网</title>
<script src="/js/djw.js"></script>
</head>
<body>
<div class="dj-head">⟦m 郃岭先锋网⟧ ⟦m 中共郃岭县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部风采⟧ ⟦m 党员教育⟧ ⟦m 人才工作⟧</div>
<div class="dj-pos">⟦m 位置：首页 / 支部风采 / 基层动态⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-meta">⟦m 来源：浥田镇卫生院党总支　日期：2024-12-16　点击量：689⟧</div>
<div class="dj-tip">⟦a 登录学习账号阅读本文满3分钟，可获学习积分1分⟧</div>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，随时随地读本文⟧</div>
</div>
<div class="dj-rel"><h3>⟦l 支部风采·更多⟧</h3><ul><li>⟦l 县人民医院党委开展“党员先锋岗”评选⟧</li><li>⟦l 峣湾乡卫生院党支部送医进山⟧</li></ul></div>
<div class="dj-foot">⟦m 主办单位：中共郃岭县委组织部　技术支持：郃岭县大数据中心　蜀ICP备13007722号⟧</div>
</body>
</html>
""",
        body="""
今年以来，第二党支部围绕“我为群众办实事”，组织党员开展“雾化器进村室”志愿服务，为偏远村卫生室送设备、教方法，取得了较好效果。
一、送设备。支部争取县红十字会支持，为浥田镇6个村卫生室各配备医用雾化器2台，解决了村里孩子做雾化要跑十几里路的问题。
二、教方法。党员医生分组下村，手把手培训村医12人次，重点讲解药物配比、面罩消毒和不良反应处置。⟦m （本文转自浥田镇卫生院微信公众号）⟧
三、建机制。每个村卫生室明确一名党员医生对口联系，每月电话回访一次，每季度上门检查一次设备。
下一步，支部将把这项服务延伸到全镇所有村卫生室。
中共浥田镇卫生院第二支部委员会
2024年12月10日
""",
    ),
    dict(
        slug="party-fuqiao-speech-glucose-cn-date",
        site="鄜桥先锋 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.fuqiaojd.gov.cn/ldjh/2024/1115/219.html",
        title="在“健康敲门”血糖仪进家庭志愿服务启动仪式上的讲话",
        record_title="【志愿者在行动】在“健康敲门”血糖仪进家庭志愿服务启动仪式上的讲话 - 鄜桥先锋",
        date="2024-11-14",
        notes=(
            "speech: the speaker line under the title is neutral and the date under it is in Chinese numerals; "
            "the page's 发布 line gives the next day (also accepted)"
        ),
        date_also=["2024-11-15"],
        page="""
!m 鄜桥先锋 · 鄜桥街道党工委主办
!m 首页 > 领导讲话
{T}
鄜桥街道党工委书记　谭慧敏
（二〇二四年十一月十四日）
!m 发布：2024-11-15　作者：街道党建办
{BODY}
!a 学习完毕请点击“已学”，系统自动记录学时
!l 相关阅读：街道“红色物业”工作推进会讲话 ｜ 社区党组织书记培训班开班讲话
!m 鄜桥街道党工委　鄜桥街道办事处　版权所有
""",
        indent="\u3000\u3000",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“健康敲门”血糖仪进家庭志愿服务。街道辖区有糖尿病患者1600多人，其中独居老人近两百人，测血糖难、记数据难，是他们反映最多的问题。
这次，街道联合社区卫生服务中心，为独居和高龄的糖尿病老人配发血糖仪126台，并组建了由党员、医护人员和大学生组成的志愿服务队。
我提三点希望：一是上门要勤，每月至少上门一次，帮老人测一次、记一次；二是教得要细，让老人自己会用、敢用；三是服务要暖，多陪老人说说话。
让我们用一台台小小的血糖仪，把党的温暖送到老人家中。谢谢大家！
""",
    ),
    dict(
        slug="hospital-yongcheng-ertong-nebulizer-booking",
        site="鄘城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.ycsdeyy.com/hlkp/2024/1028/1183.html",
        title="儿童居家雾化的四个步骤",
        record_title="〖儿科护理〗儿童居家雾化的四个步骤-鄘城市第二人民医院",
        date="2024-10-28",
        notes=(
            "hospital site: booking float, 24-hour emergency line, experts list; the article's own 咨询电话 stays in the "
            "body beside the site's booking and emergency lines; the byline's 发布时间 is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖儿科护理〗儿童居家雾化的四个步骤-鄘城市第二人民医院</title>
<script src="/static/js/hospital.js"></script>
</head>
<body>
<div class="h-top">⟦m 鄘城市第二人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 预约挂号：0836-5200114⟧ ⟦m 24小时急诊：0836-5200120⟧</div>
<div class="h-nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 护理园地⟧ ⟦m 就医指南⟧</div>
<div class="h-loc">⟦m 您的位置：首页 &gt;&gt; 护理园地 &gt;&gt; 护理科普⟧</div>
<div class="h-article">
<h1>{T}</h1>
<p class="h-info">⟦m 发布时间：2024-10-28　来源：儿科护理组　浏览：903⟧</p>
<div class="h-content">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 儿科专家⟧</h4><p>⟦l 骆春华 主任医师 周二、周四上午⟧</p><p>⟦l 韩立秋 副主任医师 周三全天⟧</p></div>
<div class="h-float">⟦a 微信扫码　在线预约⟧</div>
<div class="h-foot">⟦m 地址：鄘城市邶湖区康宁路77号⟧ ⟦m 蜀ICP备15021906号⟧</div>
</body>
</html>
""",
        body="""
孩子咳喘发作，医生开了雾化药回家做，不少家长拿着雾化器却不知从何下手。儿科护理组总结了居家雾化的四个步骤。
第一步，准备。雾化前半小时不要喂奶进食，洗净双手，按医嘱把药液加入雾化杯，不要自行加减药量。
第二步，体位。孩子取坐位或半卧位，面罩罩住口鼻，小月龄宝宝可以抱着做。
第三步，观察。雾化时间一般10分钟左右，期间留意孩子的面色和呼吸，出现剧烈咳嗽、面色发青要立即停止。
第四步，清洁。做完后给孩子洗脸、漱口，雾化杯、面罩用温水冲洗后晾干。
居家雾化遇到问题，可拨打儿科护士站咨询电话0836-5206318（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-guishan-tcm-oxygen-rental-record",
        site="邽山县中医医院 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.gsxzyy.com/yygg/2024/0909/356.html",
        title="关于开展居家制氧机租赁服务的公告",
        record_date="2024-09-09",
        date="2024-09-09",
        notes="title and date from the record; the notice's 咨询电话 beside the hospital's switchboard in the footer",
        page="""
!m 邽山县中医医院 · 医院公告
!m 首页 › 新闻中心 › 医院公告
{T}
!m 作者：医务科　点击数：1273　【字体：小 中 大】
{BODY}
!a 【打印此页】　【返回顶部】
!m 医院总机：0836-3366001　地址：邽山县城关镇健康路9号
!m 蜀ICP备16008814号
""",
        indent="\u3000\u3000",
        body="""
为方便出院后仍需氧疗的患者，我院肺病科自2024年9月10日起开展居家制氧机租赁服务。现将有关事项公告如下：
一、服务对象。经我院医生评估需居家氧疗的出院患者。
二、租赁方式。患者或家属持出院记录到肺病科护士站登记，签订租赁协议，押金1000元，租金每天5元，归还设备时结算。
三、售后服务。租赁期间设备出现故障，我院在24小时内上门更换；每月安排护士电话随访一次。
四、注意事项。制氧机使用环境严禁烟火，远离燃气灶、取暖器等热源。
咨询电话：0836-3366142。
邽山县中医医院
2024年9月9日
""",
    ),
    dict(
        slug="university-yongcheng-ligong-freezer-h1",
        site="鄘城理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yclg.edu.cn/info/1012/30718.htm",
        title="后勤处为学生食堂冰柜加装温度监测终端",
        record_title=None,
        date="2024-06-03",
        notes=(
            "university news page without a record title: the title is the <h1>; a dotted date in the source line is "
            "the page's date; photo caption between paragraphs, related news, footer"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鄘城理工学院新闻网</title>
<script src="/_js/jquery.js"></script>
</head>
<body>
<div class="header">⟦m 鄘城理工学院新闻网⟧ ⟦a 学校主页⟧ ⟦a 投稿系统⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 学院要闻⟧ ⟦m 综合新闻⟧ ⟦m 校园快讯⟧ ⟦m 媒体理工⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="info">⟦m 来源：后勤处　作者：韩晓禾　审核：周立　2024.06.03　浏览：512⟧</div>
<div class="v_news_content">
{BODY}
</div>
</div>
<div class="related"><h3>⟦l 相关新闻⟧</h3><p>⟦l 学校开展夏季食品安全专项检查⟧</p><p>⟦l 饮食服务中心举办厨艺比武⟧</p></div>
<div class="footer">⟦m 鄘城理工学院党委宣传部主办　地址：鄘城市学府大道1号⟧</div>
</body>
</html>
""",
        body="""
为保障夏季饮食安全，近日，后勤处为学校三个学生食堂的46台冰柜加装了温度监测终端，柜内温度每5分钟自动上传一次，超出设定范围时，系统会向食堂管理员和后勤值班人员的手机发出报警。
⟦m 图为工作人员在食堂查看冰柜温度监测终端。⟧
“以前靠人工每天记两次温度，夜里冰柜出故障很难及时发现。”饮食服务中心负责人介绍，终端运行一周来，已成功预警一次压缩机故障，避免了一批冻肉变质。
后勤处表示，下一步将把温度监测延伸到校内超市和教工餐厅的冰柜，并定期公布抽查结果，接受师生监督。
""",
    ),
    dict(
        slug="college-guishan-notice-dashcam-download",
        site="邽山职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.gszyjs.edu.cn/tzgg/2024/1012/77.html",
        title="关于规范调取校园车辆行车记录仪视频的通知",
        record_title="保卫处通知 · 关于规范调取校园车辆行车记录仪视频的通知 - 邽山职业技术学院",
        date="2024-10-12",
        notes=(
            "college office's notice: the sentence that tells readers to download the form from the 下载中心 column "
            "is content; 成文日期 at the end; the office's duty line sits in the footer"
        ),
        page="""
!m 邽山职业技术学院 · 保卫处
!m 首页 | 机构设置 | 通知公告 | 安全教育 | 下载中心
{T}
!m 时间：2024-10-12　编辑：保卫处综合科　阅读：742
{BODY}
!l 上一条：关于开展秋季消防疏散演练的通知
!l 下一条：校园电动自行车充电管理办法
!m 保卫处24小时值班电话：0836-3290110
!m 邽山职业技术学院保卫处　版权所有
""",
        indent="\u3000\u3000",
        body="""
各学院、各部门：
近期，校内交通事故和车辆剐蹭纠纷时有发生，当事人多次到保卫处要求调取校车和公务车行车记录仪视频。为规范管理，现将有关事项通知如下：
一、申请调取视频须填写《视频调取申请表》，写明事由、时间和地点，由所在单位负责人签字。
二、涉及交通事故的，原则上由交警部门依法调取，保卫处予以配合。
三、视频只能在保卫处监控室查看，确需拷贝的，须经保卫处负责人批准并登记。
四、校车行车记录仪录像保存期为30天，请及时提出申请。
申请表可在学校官网“下载中心”栏目下载。
保卫处
2024年10月12日
""",
    ),
]
