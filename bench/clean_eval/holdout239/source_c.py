"""holdout239, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhihuo-tower-radiation-question-title",
        site="知惑问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhihuo.net/question/60412873/answer/11830217",
        title="小区旁边要建信号塔，辐射对人体有影响吗？",
        record_title=None,
        date=None,
        notes=(
            "Q&A page without a record title: the question is the title; adopted-answer badge, vote row, "
            "more answers; 回答于 3 天前 is no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知惑问答 - 有疑惑，来知惑</title></head><body>
<div class="zh-top">⟦m 知惑问答⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="q">
<div class="q-tags">⟦l 话题：通信　电磁辐射　物业⟧</div>
<h1 class="q-title">{T}</h1>
<div class="q-meta">⟦m 关注者 318　被浏览 26,775⟧</div>
<div class="q-act">⟦a 关注问题⟧ ⟦a 写回答⟧ ⟦a 邀请回答⟧</div>
</div>
<div class="answer">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 铁塔老严　通信工程师，从业十四年⟧</div>
<div class="rich">
{BODY}
</div>
<div class="time">⟦m 回答于 3 天前　著作权归作者所有⟧</div>
<div class="vote">⟦a ▲ 赞同 1.2万　▼　💬 406 条评论　☆ 收藏⟧</div>
</div>
<div class="more"><h3>⟦l 其余 87 个回答⟧</h3><p>⟦l 风吹麦浪：我家楼顶就有一座，住了五年没觉得有什么…⟧</p><p>⟦l 查看全部回答 ›⟧</p></div>
<div class="foot">⟦m 知惑问答 zhihuo.net　京ICP证180447号⟧</div>
</body></html>
""",
        body="""
作为在通信行业干了十几年的工程师，简单说一下我的看法。
信号塔发射的是射频电磁波，属于非电离辐射，能量远远达不到破坏人体细胞分子结构的程度，这和医院拍片用的X射线是两回事。
我国对公众暴露的电磁辐射限值有强制性国家标准，比很多国家还要严格。信号塔建成后，要由第三方机构检测，达标才能开通。实际测下来，塔下居民区的数值一般只有限值的百分之几。
反过来，塔离得越远，手机信号越弱，手机为了保持连接会自动加大发射功率，贴在耳边的那部手机反而辐射更大。
如果还是不放心，可以要求建设单位公开检测报告，或者向当地生态环境部门申请复测。
""",
    ),
    dict(
        slug="qa-baidatong-plates-replace-answer-text",
        site="百答通 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baidatong.com/q/3382104.html",
        title="门牌号的牌子丢了，去哪儿补办？",
        record_title="门牌号的牌子丢了，去哪儿补办？ - 百答通",
        date=None,
        notes="Q&A as text: numbered steps in the answer; 昨天 is no date; other answers and an app prompt below",
        page="""
!m 百答通 › 生活 › 居家
{T}
!m 提问者：匿名用户　　2 个回答
!m 最佳答案
!m 答主：社区老周（社区工作者）　更新于 昨天
{BODY}
!a 有用(231)　没用(4)　｜　举报
!l 其他回答：打电话问物业就行，物业会帮你报。
!l 相关问题：门牌号错了怎么更改？　|　新房没有门牌号怎么办？
!a 打开百答通APP，提问秒回
!m ©2025 百答通　baidatong.com
""",
        body="""
门牌丢了不用着急，补办一般不收费，步骤如下：
1.先确认你家的门牌号。可以看房产证、户口本上的地址，或者问问物业、社区。
2.到所在社区居委会或村委会登记，说明门牌丢失或损坏的情况。有的地方也可以直接到街道或乡镇的民政办登记。
3.民政部门统一制作后，一般由社区安排人员上门安装，时间在两到四周不等。
需要注意的是，门牌号是民政部门统一编制的，自己在网上定做的牌子样式不统一，有的地方不允许挂。另外，如果门牌号有错误，比如和邻居重号，也可以在登记时一并提出来，请民政部门核实更正。
""",
    ),
    dict(
        slug="collection-yan-memoir-father-straps-gb2312",
        site="鄢老师文集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆",
        kind="other",
        form="html",
        source="http://www.yanlaoshi.net/wj/fuqin/04.htm",
        title="父亲的表带",
        record_title="〔腕上光阴·之四〕父亲的表带 — 鄢老师文集",
        date=None,
        notes=(
            "retired teacher's collection in an old gb2312 table layout: marquee, chapter links, a visitor counter "
            "and the author's mailbox; a memoir without a date"
        ),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔腕上光阴·之四〕父亲的表带 — 鄢老师文集</title>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 鄢老师文集⟧</font><br>
<marquee width="600">⟦m 退休以后，把旧事一件件写下来，留给孩子们看⟧</marquee>
</td></tr>
<tr><td align="center">⟦m [首页] [腕上光阴] [教书三十年] [故园] [留言簿]⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 腕上光阴·第四篇⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 上一篇：外婆的怀表⟧　⟦l 目录⟧　⟦l 下一篇：我的第一块电子表 →⟧</td></tr>
<tr><td align="center">⟦m 本页已被翻阅 3108 次⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：yanlaoshi_wj@126.com⟧</td></tr>
<tr><td align="center">⟦d 文集文字为鄢氏家人所有，引用请告知⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲在县百货公司钟表柜台站了三十年，修表、配表带，是他一辈子的手艺。
那时候的表带，多是不锈钢的，一节一节连起来，戴久了缝里积满汗垢。父亲有一把小刷子，客人来修表，他总会顺手把表带刷干净，再用麂皮擦亮，从不多收一分钱。
他最拿手的是给老人改表带。上了年纪的人手腕细，买来的表带太长，父亲就用小冲子把销子一节节顶出来，拆掉多余的两三节，再装回去，戴在手上刚刚好。有位老太太每年过年都提一篮鸡蛋来，说是谢谢他当年给她老伴改的表带。
父亲退休那年，把那套工具装进一个铁皮饼干盒，交给了我。盒子我一直留着，里面的冲子和小刷子，还带着淡淡的机油味。
""",
    ),
    dict(
        slug="collection-jiuwu-essay-iron-rooster-record",
        site="旧屋集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://jiuwuji.wenji.net/html/sanwen/0117.html",
        title="屋脊上的铁公鸡",
        date=None,
        notes="record title as is; an essay with no date; collection header, chapter links and counter",
        page="""
!m 旧屋集 · 散文卷
!m 目录 | 上一篇 | 下一篇
{T}
!m 文／骖岭　老栗
{BODY}
!m 本篇收入《旧屋集》散文卷第十七篇
!l ← 谷仓 ｜ 井绳 →
!m 本集累计访问 40772 人次
!d 转载本集文字，请先征得作者同意。
""",
        indent="\u3000\u3000",
        body="""
老家的祠堂屋脊上，立着一只铁公鸡，昂着头，翘着尾，底下一根铁杆插在瓦缝里，风一吹就吱呀吱呀地转。
村里人不叫它风向标，叫它“风鸡”。老人们说，风鸡朝东，三天内必有雨；风鸡朝北，就要添衣裳了。我那时不懂什么东风北风，只觉得它转起来很威风。
有一年夏天刮台风，风鸡被吹歪了，脑袋耷拉着对着地面。祖父搬来梯子，让我在下面扶着，他爬上屋脊，用铁丝把它重新扎正。下来的时候他说：“风鸡歪了，村子就不知道风从哪里来了。”
如今祠堂修缮过两回，风鸡还在，只是锈得厉害，再大的风也转不动了。每次回去，我都要抬头看一眼，它还昂着头，像在等一阵够大的风。
""",
    ),
    dict(
        slug="dangjian-zangxi-summary-plates-volunteers-table",
        site="驵溪党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://dj.zangxi.gov.cn/jcdj/202506/t20250623_7714.html",
        title="驵溪镇党员志愿者“门牌亮起来”服务工作总结",
        record_title="【红色门牌行动】驵溪镇党员志愿者“门牌亮起来”服务工作总结_基层党建_驵溪党建网",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes=(
            "Party-building portal: study-points prompt, read-on-phone QR line; a table one row a paragraph; "
            "成文日期 under the signature, the page's posting date also accepted"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【红色门牌行动】驵溪镇党员志愿者“门牌亮起来”服务工作总结_基层党建_驵溪党建网</title>
</head><body>
<div class="dj-top">⟦m 驵溪党建网⟧ <span>⟦m 中共驵溪镇委员会主办⟧</span></div>
<div class="dj-nav">⟦m 首页　党建要闻　基层党建　学习园地　党员风采⟧</div>
<div class="dj-crumb">⟦m 位置：首页 → 基层党建 → 工作交流⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 时间：2025-06-23　来源：镇党委组织办　浏览量：641⟧</div>
<div class="dj-tip">⟦a 认真阅读本文满3分钟，可获学习积分1分⟧</div>
<div class="dj-body">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，随时随地学党建⟧</div>
<div class="dj-pn"><p>⟦l 上一篇：驵溪村党支部开展主题党日活动⟧</p><p>⟦l 下一篇：镇机关党支部赴红色教育基地学习⟧</p></div>
</div>
<div class="dj-foot"><p>⟦m 中共驵溪镇委员会 版权所有⟧</p><p>⟦m 桂ICP备17002281号⟧</p></div>
</body></html>
""",
        body="""
今年3月以来，驵溪镇党委组织机关和村（社区）党员志愿者，开展“门牌亮起来”志愿服务，帮助老旧小区和城郊村补钉、更换门牌号，现将工作总结如下。
一、基本情况
活动共组建党员志愿服务小分队12支，参与党员186人次，累计入户核实2840户。
村（社区）　补钉门牌　更换破损门牌
桅灯巷社区　214块　96块
驵溪村　138块　57块
骥园社区　92块　133块
二、主要做法
一是先摸底后施工，志愿者逐户核对门牌与户籍地址，发现重号、错号及时报镇民政办核正；二是结合入户宣传防诈骗、垃圾分类等知识，做到一次上门多项服务。
三、下一步打算
将门牌核查纳入网格员日常巡查，建立门牌损坏随报随修机制。
中共驵溪镇委员会组织办
2025年6月20日
""",
    ),
    dict(
        slug="dangjian-canling-speech-tower-commando-cn-date",
        site="骖岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.cldj.gov.cn/dtyw/2025/0317/5206.html",
        title="在信号塔建设攻坚党员突击队授旗仪式上的讲话",
        record_title="【党旗飘在一线】在信号塔建设攻坚党员突击队授旗仪式上的讲话 - 骖岭党建网",
        date="2025-03-14",
        notes=(
            "speech on a Party portal as text: date under the title in Chinese numerals, speaker line neutral; "
            "a share bar glued after the last 。"
        ),
        page="""
!m 骖岭党建网　｜　党建动态
!m 首页 » 党建动态 » 一线风采
!t 【党旗飘在一线】在信号塔建设攻坚党员突击队授旗仪式上的讲话
!m 稿源：县通信管理办公室党支部　　编发：叶舟
（二〇二五年三月十四日）
县通信管理办公室党支部书记　闻韶
{BODY}
!l 【相关阅读】麇田乡党员突击队奋战山区信号塔工地
!m 骖岭县委组织部主办　　技术支持：骖岭县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在这里为信号塔建设攻坚党员突击队授旗。这面旗帜，既是组织的信任，也是沉甸甸的责任。
今年，全县要新建和改造信号塔86座，其中一半以上在麇田乡等山区，道路难走、供电难接、协调难做，都是硬骨头。把突击队派到最难的地方去，就是要让党旗在工地上高高飘扬。
借此机会，我提三点希望。第一，要敢打头阵，哪里最难、哪里最险，突击队员就要出现在哪里。第二，要守牢安全，登高作业必须系好安全带，绝不能拿生命冒险。第三，要做好群众工作，对群众关于选址和辐射的疑问，要耐心解释，用检测数据说话。
同志们，山区群众盼信号已经盼了很多年。希望大家不负这面旗帜，确保年底前全部建成开通！⟦l 转发到：学习群　朋友圈⟧
""",
    ),
    dict(
        slug="hospital-jichuan-blinds-infection-control",
        site="骥川县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.jcxrmyy.com/kpzs/ygzs/2025/0812/2231.html",
        title="病房百叶窗为什么要定期清洁消毒？",
        record_title="【院感知识】病房百叶窗为什么要定期清洁消毒？-骥川县人民医院",
        date="2025-08-12",
        notes=(
            "hospital site: booking float and a 24-hour line beside the department's own 咨询电话 in the body; "
            "发布时间 byline is the page's date; an experts list in the sidebar"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【院感知识】病房百叶窗为什么要定期清洁消毒？-骥川县人民医院</title></head><body>
<div class="h-top">⟦m 骥川县人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <span>⟦m 24小时急诊：0736-7830120⟧</span></div>
<div class="h-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="h-loc">⟦m 首页 / 健康科普 / 院感知识⟧</div>
<div class="h-art"><h2>{T}</h2>
<div class="h-meta">⟦m 发布时间：2025-08-12　作者：医院感染管理科　阅读：418⟧</div>
<div class="h-con">
{BODY}
</div></div>
<div class="h-side"><h4>⟦l 坐诊专家⟧</h4><ul><li>⟦l 谷雨晴　主任医师　感染科⟧</li><li>⟦l 岑望舒　副主任医师　呼吸内科⟧</li></ul></div>
<div class="h-float">⟦a 预约挂号⟧ ⟦m 预约电话：0736-7830114⟧ ⟦a 返回顶部⟧</div>
<div class="h-ft"><p>⟦m 地址：骥川县文昌路128号⟧</p><p>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧</p><p>⟦m 滇ICP备11006537号⟧</p></div>
</body></html>
""",
        body="""
很多患者和家属发现，病房里的百叶窗经常被保洁人员拆下来清洗，有人觉得是“多此一举”。其实，这是医院感染防控的一项常规要求。
百叶窗叶片多、缝隙多，容易积灰。灰尘里可能附着细菌和真菌，一拉一合之间，就会扬散到病房空气中。对于术后患者、老年患者和免疫力低下的患者来说，这些都是潜在的感染风险。
按照我院院感管理规定，普通病房百叶窗每月清洁消毒一次，重症监护室、血液科等重点科室每两周一次，遇有多重耐药菌感染患者出院后随时终末消毒。
我院新建病区已改用中空玻璃内置百叶窗，叶片封闭在两层玻璃之间，不积灰、不需拆洗，后续将逐步推广。
如对病房环境有意见建议，可拨打医院感染管理科咨询电话0736-7830219。
""",
    ),
    dict(
        slug="hospital-aocheng-second-strap-dermatitis-record",
        site="骜城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.acsey.cn/jkkp/pfk/20250804/6613.html",
        title="戴智能手表手腕起红疹？可能是表带惹的祸",
        record_title="戴智能手表手腕起红疹？可能是表带惹的祸_科普园地_骜城市第二人民医院",
        record_date="2025-08-04",
        date="2025-08-04",
        notes="hospital article as text; the record gives the date; a booking prompt glued after a 。; share row and footer",
        page="""
!m 骜城市第二人民医院　　预约挂号 | 智慧服务 | 院务公开
!m 当前位置：首页 > 健康科普 > 皮肤科
{T}
!m 来源：皮肤科　作者：甘若水　点击：1093
{BODY}
!l 分享到：微信　QQ　微博
!l 上一篇：夏季痱子与湿疹怎么区分　下一篇：晒伤后的正确处理方法
!m 医院地址：骜城市长庚路9号　总机：0736-7668000
!m 骜城市第二人民医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
入夏以来，皮肤科门诊接诊了不少手腕起红疹、瘙痒的患者，一问，大多长期佩戴智能手表或运动手环。
这种情况医学上称为接触性皮炎，常见原因有两种：一是对表带材料过敏，如金属表带中的镍、硅胶表带中的添加剂；二是刺激性皮炎，表带长时间紧贴皮肤，汗液、洗手液残留在表带下，皮肤闷在里面，屏障功能受损。
预防方法并不复杂：表带不要系得太紧，能插进一根手指为宜；运动出汗后及时摘下表带清洗晾干；睡觉时最好摘下手表，让皮肤“透透气”；对金属过敏的人，尽量选择纯钛或织物表带。⟦a 皮肤科专家号源充足，点此预约→⟧
如果已经出现红疹，要先停戴，症状轻的可外用炉甘石洗剂，如出现水疱、渗液，应及时到医院皮肤科就诊。
""",
    ),
    dict(
        slug="univ-aocheng-tech-vane-club-h1-dotted-date",
        site="骜城理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.acut.edu.cn/info/1103/48821.htm",
        title="气象社团自制风向标亮相校园气象观测场",
        record_title=None,
        date="2025-10-16",
        notes=(
            "university news page without a record title (the <h1>); dotted date line is the page's date; "
            "文/图/审核 line glued after the last 。; photo caption between paragraphs"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>骜城理工学院新闻网</title></head><body>
<div class="u-head">⟦m 骜城理工学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 投稿系统⟧</a></div>
<div class="u-nav">⟦m 首页　综合新闻　院部动态　校园文化　媒体理工⟧</div>
<div class="u-path">⟦m 您的位置：首页 &gt;&gt; 院部动态⟧</div>
<h1 class="u-title">{T}</h1>
<div class="u-date">⟦m 2025.10.16　点击数：1207⟧</div>
<div class="u-text">
{BODY}
</div>
<div class="u-rel">⟦l 【相关新闻】大气科学学院举办气象开放日⟧</div>
<div class="u-ft">⟦m 骜城理工学院党委宣传部　地址：骜城市科教大道1号⟧</div>
</body></html>
""",
        body="""
10月15日，由我校大气科学学院学生气象社团自主设计制作的风向标在学校气象观测场正式安装，这也是该社团成立以来完成的第一件大型作品。
这座风向标高2.4米，指针和尾翼采用碳纤维板切割而成，重量仅为传统铁质风向标的三分之一，转轴处加装了密封轴承，在每秒0.6米的微风下就能灵敏转动。社团成员还在底座里嵌入了一个小型风向传感器，观测数据可实时传输到社团的小程序上。
⟦m 社团成员在观测场调试风向标（大气科学学院供图）⟧
社团指导教师介绍，从画图纸到安装完成，同学们前后用了两个多月，其间修改设计方案7次。
据悉，该作品已报名参加今年省大学生科技创新竞赛。⟦m （文/图：大气科学学院　审核：杭静）⟧
""",
    ),
    dict(
        slug="univ-aocheng-tech-letter-campus-tower-cc",
        site="骜城理工学院后勤保障处 (invented)",
        style="高校官网",
        genre="函",
        kind="letter",
        form="text",
        source="https://hqc.acut.edu.cn/tzgg/2025/1010/612.htm",
        title="关于商请在我校东校区建设通信信号塔的函",
        record_title="关于商请在我校东校区建设通信信号塔的函 › 后勤保障处 › 骜城理工学院",
        date="2025-10-09",
        notes="college office page as text: the letter's own 联系人/电话/邮箱 and 抄送 line stay; office phone in the footer",
        page="""
!m 骜城理工学院　后勤保障处
!m 网站首页 | 通知公告 | 服务指南 | 办事流程
{T}
!m 发布者：处办公室　发布于 2025-10-10　浏览 233
{BODY}
!a 【打印本函】【关闭】
!m 后勤服务热线：0736-7599000（24小时）
!m Copyright © 骜城理工学院后勤保障处
""",
        body="""
骜城市通信铁塔服务有限公司：
我校东校区现有在校学生1.1万人，因周边缺少通信站点，教学楼和学生公寓部分区域手机信号弱、网速慢，师生反映强烈。为改善校园通信条件，经学校研究，商请贵公司在东校区规划建设通信信号塔。
一、学校可提供体育馆东侧空地或图书馆楼顶作为备选点位，具体由贵公司勘察确定。
二、建设须符合国家电磁环境标准，建成后请提供第三方检测报告，学校将向师生公开。
三、施工时间请尽量安排在寒假期间，减少对教学秩序的影响。
盼复为感。
联系人：后勤保障处　管鹤鸣，电话：0736-7599310，邮箱：hqbzc@acut.edu.cn
骜城理工学院后勤保障处
2025年10月9日
抄送：学校办公室，网络信息中心。
""",
        date_also=["2025-10-10"],
    ),
]
