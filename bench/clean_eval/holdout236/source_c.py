"""holdout236, part C: Q&A sites, personal collections, Party-building sites, hospitals and universities.

Everything invented; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="qa-wenda-laptop-swollen-battery",
        site="问必答社区 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenbida.cn/question/60218834",
        title="笔记本电脑电池鼓包了还能继续用吗？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question in the <h1>; an adopted-answer badge, a vote bar, a relative answer time (no date), more answers and a related list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>笔记本电脑电池鼓包了还能继续用吗？ - 问必答社区</title>
<script src="https://s.wenbida.cn/q/detail.js"></script></head>
<body>
<div class="hd"><a href="/">⟦m 问必答社区⟧</a> <a href="/ask">⟦a 我也要提问⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问必答 › 数码 › 电脑硬件⟧</div>
<div class="q">
<h1>{T}</h1>
<p class="q-desc">⟦m 提问者：匿名用户　｜　被浏览 3,417 次⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ★ 提问者采纳的回答⟧</div>
<div class="user">⟦m 数码维修师傅老贺　｜　擅长：笔记本维修　｜　2 小时前回答⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 有用 326　没用 4　评论 17⟧</div>
</div>
<div class="more"><h3>⟦l 另有 5 条回答，点此展开⟧</h3></div>
<div class="rel"><h3>⟦l 大家还在问⟧</h3><ul><li>⟦l 笔记本电池多久换一次比较好？⟧</li><li>⟦l 电池鼓包能自己拆下来吗？⟧</li></ul></div>
<div class="ft">⟦d 回答仅代表答主个人观点，不构成专业维修建议⟧　⟦m 问必答社区 wenbida.cn⟧</div>
</body></html>
""",
        body="""
不建议继续用，越早处理越安全。
电池鼓包说明锂电池内部已经产生了气体，继续充放电，鼓包会越来越严重，轻则把触控板、键盘顶起来，压坏主板和屏幕排线；重则可能起火。
遇到这种情况，可以按下面几步处理：
第一，马上停止充电，关机后拔掉电源适配器；
第二，不要用手按压鼓包的位置，更不要用针去扎；
第三，把电脑放在远离床铺、沙发等易燃物的地方；
第四，尽快送到品牌售后或正规维修店更换原装电池，换下来的旧电池交给维修店统一回收，不要当作普通垃圾扔掉。
平时使用时，尽量避免长时间边充电边玩大型游戏，也不要把笔记本电脑放在被子上使用，电池会更耐用。
""",
    ),
    dict(
        slug="qa-zhiwu-buscard-lost-refund",
        site="知无不答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.zhiwubuda.com/q/1193027.html",
        title="公交卡丢了，卡里的钱还能退吗？",
        record_title="公交卡丢了，卡里的钱还能退吗？ - 知无不答 · 生活服务",
        date=None,
        notes="Q&A text: the question decorated with the site and a channel; a best-answer badge; vote counts and more answers; a 挂失 phone is content; a relative time is no date",
        page="""
!m 知无不答 › 生活服务 › 交通出行
!t 公交卡丢了，卡里的钱还能退吗？
!m 提问于 5 天前 · 2 个回答 · 浏览 806
!m ▲ 最佳回答　　答主：城里跑车的阿杰
{BODY}
!a 赞同 74　　反对 1　　分享　　举报
!l 其他回答（1）
!l 路过的吃瓜群众：记名卡才能挂失，不记名的就别想了……
!a 没找到满意答案？马上去提问
!m 知无不答 zhiwubuda.com　京ICP备20063192号
""",
        body="""
要看你的公交卡是不是记名卡。
如果是实名登记过的记名卡，比如老年卡、学生卡或者办卡时登记了身份证的普通卡，可以挂失，卡里的余额能转到新卡上。以我们鼩川县为例，可以拨打公交公司卡务热线0736-2215087挂失，也可以到卡务大厅柜台办理，挂失后次日生效，补办新卡要交10元工本费，原卡余额在新卡上补回。
如果是不记名的普通卡，就和丢了现金一样，没法挂失，里面的钱也退不回来。
所以建议大家办卡时尽量办记名卡，平时把卡号拍照存一下，真丢了也方便挂失。
""",
    ),
    dict(
        slug="collection-laogeng-memoir-shoulder-camcorder",
        site="老耿文存 (invented, retired cameraman's collection, gb2312 tables)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.laogengwencun.com/jingtou/05.htm",
        title="那台肩扛摄像机",
        record_title="那台肩扛摄像机（镜头里的三十年·之五）— 老耿文存",
        date=None,
        notes="old table layout collection: marquee, chapter links, a visitor counter, the author's mailbox; a memoir with years only; a reprint notice",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>那台肩扛摄像机（镜头里的三十年·之五）— 老耿文存</title>
<script language="JavaScript" src="counter.js"></script></head>
<body bgcolor="#F5F0E6">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 老耿文存⟧</font><br><marquee width="600">⟦m 一个老摄像记者的镜头往事，写给老同事，也写给自己⟧</marquee></td></tr>
<tr><td align="center">⟦l <a href="04.htm">上一章：第一次进机房</a>　|　<a href="index.htm">本辑目录</a>　|　<a href="06.htm">下一章：抗洪大堤上的七天</a>⟧</td></tr>
<tr><td><hr><p align="center"><b>⟦t 镜头里的三十年·之五　那台肩扛摄像机⟧</b></p>
{BODY}
<hr></td></tr>
<tr><td align="center">⟦l <a href="04.htm">‹ 前一章</a>　<a href="index.htm">回本辑</a>　<a href="06.htm">后一章 ›</a>⟧</td></tr>
<tr><td align="center"><font size="2">⟦d 文中所记皆作者亲历，转贴请保留“老耿文存”字样⟧<br>⟦w 写信给老耿：laogeng1958@163mail.example⟧<br>⟦m 自二〇〇九年开站以来，共 128604 人次来访⟧</font></td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
1992年春天，县电视台买回了第一台肩扛摄像机。那是台进口的机器，连同电池、三脚架、录像带，装满了整整两个铝箱子。台长把钥匙交给我的时候说：“小耿，这可比你一年的工资贵几十倍。”
那台摄像机有十来斤重，扛在右肩上，一天拍下来，肩膀磨得通红。夏天去乡下拍抢收，汗水顺着眼罩往下淌，我只能眯着眼对焦。冬天最怕电池不耐冻，我就把备用电池揣在棉袄里，用体温焐着。
最难忘的是1998年那场大水。我扛着它在大堤上守了七天七夜，拍下的画面后来上了省台的新闻。
2008年，台里换了新设备，那台老摄像机正式退役。如今它摆在县档案馆的展柜里，旁边的说明牌上写着：“本县第一台专业摄像机”。每次路过，我都要进去看一看它。
""",
    ),
    dict(
        slug="collection-jiashu-essay-father-file-pocket-oneline",
        site="家书拾遗 (invented, personal essay collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://jiashushiyi.net/juan2/qi3.html",
        title="父亲的牛皮纸档案袋",
        record_title="〔家书拾遗·其三〕父亲的牛皮纸档案袋",
        date=None,
        notes="a personal collection's essay with the whole body on one line; a bracketed series tag in the record title; chapter navigation and a visitor line; years only, no date",
        page="""
!m 家书拾遗 · 卷二
!t 〔家书拾遗·其三〕父亲的牛皮纸档案袋
!m 作者：秦晚　｜　本卷共十二篇
{BODY}
!l ‹ 其二 母亲的针线盒　　　其四 院门口的邮筒 ›
!m 本集文字由作者本人录入，已有 9317 位读者翻过
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲的书桌抽屉里，一直放着一个牛皮纸档案袋，袋口用白棉线在两颗纽扣上绕了好几圈。
小时候我问他里面装的是什么，他总说是“要紧的东西”，从不让我碰。
父亲走后，我第一次解开那圈棉线。档案袋里没有存折，也没有房契，只有一沓旧纸：我和弟弟的出生证、每学期的成绩单、奖状，还有我1999年考上大学时的录取通知书复印件。
最底下是一张折得方方正正的信纸，是他年轻时写给母亲的一封信，没有寄出去。
原来父亲一辈子装在档案袋里的“要紧的东西”，就是我们。
如今那个档案袋放在我的书柜里，袋口的棉线我照着父亲的样子重新绕好了。
""",
    ),
    dict(
        slug="party-moxi-summary-member-file-pockets",
        site="貘溪先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.moxixianfeng.example.cn/zbjs/2025/0710/2288.html",
        title="县直机关工委2025年上半年党员档案袋规范化整理工作总结",
        record_title="【支部工作台】县直机关工委2025年上半年党员档案袋规范化整理工作总结_貘溪先锋网",
        date="2025-07-08",
        date_also=["2025-07-10"],
        notes="Party portal: a study-points prompt, a read-on-phone line, a data table one row a paragraph; 成文日期 differs from the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>【支部工作台】县直机关工委2025年上半年党员档案袋规范化整理工作总结_貘溪先锋网</title>
<script src="/js/jquery.js"></script><script src="/js/xfw-score.js"></script></head>
<body>
<div class="banner">⟦m 貘溪先锋网⟧ <span>⟦m 中共貘溪县委组织部主办⟧</span></div>
<div class="nav">⟦m <a>首页</a> <a>党建要闻</a> <a>支部建设</a> <a>党员教育</a> <a>干部工作</a> <a>人才工作</a>⟧</div>
<div class="position">⟦m 当前位置：首页 / 支部建设 / 工作交流⟧</div>
<div class="box">
<h1>{T}</h1>
<div class="info">⟦m 日期：2025-07-10　来源：县直机关工委　阅读：652⟧</div>
<div class="study">⟦a 认真读完本文可记学习积分 1 分⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="phone">⟦a 手机扫码，把本文带走⟧</div>
<div class="pn">⟦l 上一篇：县直机关党支部标准化建设推进会召开⟧<br>⟦l 下一篇：关于开展“七一”走访慰问活动的通知⟧</div>
</div>
<div class="foot">⟦m 貘溪县委组织部　版权所有　电话：0562-7120836⟧<br>⟦m 皖ICP备08100325号⟧</div>
</body></html>
""",
        body="""
今年上半年，县直机关工委按照县委组织部统一部署，在县直机关各党支部开展党员档案袋规范化整理工作，现将有关情况总结如下。
一、基本情况。县直机关共有党支部86个、党员2143名。截至6月底，已完成整理的党员档案袋2098袋，完成率97.9%，剩余45袋因材料需外地调取，正在补充。
二、整理情况。
整理项目　应整理数　已完成数　发现问题数
入党志愿书　2143　2143　12
入党申请书　2143　2098　45
政审材料　2143　2120　23
转正材料　2143　2131　6
三、主要做法。一是统一标准，每名党员一个档案袋，袋面统一标注姓名、党支部和入党时间；二是分片包干，工委干部每人联系8到10个支部，逐袋审核；三是建立台账，对缺失材料列出清单、限期补齐。
四、下步打算。下半年，工委将对整理结果开展“回头看”，并推动党员档案袋数字化扫描，实现纸质档案和电子档案同步管理。
中共貘溪县直属机关工作委员会
2025年7月8日
""",
    ),
    dict(
        slug="party-fujiang-pledge-camcorder-red-stories",
        site="蚨江先锋网 (invented Party-building portal)",
        style="党建网",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.fujiangxf.example.cn/djyw/2025/0625/7719.html",
        title="“红色影像”志愿拍摄倡议书",
        record_title="〖红色影像〗“红色影像”志愿拍摄倡议书——蚨江先锋网",
        date="2025-06-25",
        notes="Party portal text: a column tag and site suffix with a long dash; a study-points line; a share bar glued after the last sentence; 成文日期 under the signature; 分享 as content",
        page="""
!m 蚨江先锋网 · 党建要闻
!m 首页 > 党建要闻 > 红色影像
!t 〖红色影像〗“红色影像”志愿拍摄倡议书
!m 来源：市委组织部　时间：2025-06-25　浏览：417
!a 本文学习时长满60秒即可获得积分
{BODY}
!m 责任编辑：项雯
!m 中共蚨江市委组织部主办　技术支持：蚨江数联
""",
        body="""
全市广大党员、志愿者朋友们：
在建党104周年到来之际，为留住身边的红色记忆，市委组织部、市融媒体中心联合发起“红色影像”志愿拍摄活动，特向大家发出如下倡议：
一、拿起摄像机，走进革命旧址、红色村落，记录老党员、老战士讲述的亲身经历，让红色故事“看得见”。
二、拍摄时尊重讲述者意愿，注意保护文物和旧址，不在室内文物展区使用三脚架和闪光灯。
三、拍摄的影像资料可报送至市融媒体中心，经剪辑后在“蚨江先锋”平台展播，优秀作品将收入市档案馆。
党员朋友们，一段影像就是一堂党课。欢迎大家拿起手中的摄像机、手机，也欢迎把这份倡议分享给身边的同志。⟦l 转发：微信｜朋友圈｜微博⟧
中共蚨江市委组织部
蚨江市融媒体中心
2025年6月25日
""",
    ),
    dict(
        slug="hospital-zhuiling-rules-nursing-laptops",
        site="骓岭县人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.zlxrmyy.example.cn/gzzd/2025/0318/509.html",
        title="移动护理笔记本电脑使用管理规定",
        record_title="移动护理笔记本电脑使用管理规定 - 规章制度 - 骓岭县人民医院",
        date=None,
        notes="hospital site: a booking float, a 24-hour line and an experts list; rules with 第N条 articles that speak of 下载/打印/扫码 as content; only an effective clause, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>移动护理笔记本电脑使用管理规定 - 规章制度 - 骓岭县人民医院</title>
<script src="/static/yy/guahao-float.js"></script></head>
<body>
<div class="top">⟦m 骓岭县人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <span>⟦m 24小时值班电话：0857-7212120⟧</span></div>
<div class="nav">⟦m <a>医院首页</a> <a>医院概况</a> <a>科室导航</a> <a>护理园地</a> <a>规章制度</a> <a>就医指南</a>⟧</div>
<div class="loc">⟦m 位置：医院首页 > 护理园地 > 规章制度⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="src">⟦m 来源：护理部　浏览：233 次⟧</p>
<div class="con">
{BODY}
</div>
</div>
<div class="side"><h3>⟦l 专家坐诊一览⟧</h3><p>⟦l 周一 心内科 杨主任医师⟧</p><p>⟦l 周三 骨科 申副主任医师⟧</p></div>
<div class="float-gh" style="position:fixed;right:0;top:40%">⟦a 挂号点这里⟧<br>⟦a 微信约诊⟧</div>
<div class="foot">⟦m 地址：骓岭县城关镇人民路66号⟧　⟦m 黔ICP备13004021号-1⟧</div>
</body></html>
""",
        body="""
第一条　为规范移动护理笔记本电脑的使用和管理，保障患者信息安全，制定本规定。
第二条　移动护理笔记本电脑由各护理单元指定专人保管，每班交接时清点数量、检查电量，并在交接本上签字。
第三条　移动护理笔记本电脑只用于床旁核对、医嘱执行和护理记录，不得安装与护理工作无关的软件，不得下载、拷贝患者资料。
第四条　护士执行医嘱时，须先扫描患者腕带二维码，再扫描药品条码，两者核对一致后方可执行。
第五条　需要打印护理记录的，应在护士站专用打印机上打印，不得连接个人打印设备。
第六条　移动护理笔记本电脑每日用含氯消毒湿巾擦拭外壳和键盘，不得带入隔离病房以外的污染区域。
第七条　设备出现故障的，由保管人报信息科维修，不得自行拆机。
第八条　本规定由护理部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="hospital-guankou-news-buscard-clinic-route",
        site="貆口镇中心卫生院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hkzxwsy.example.cn/yndt/2025/0506/131.html",
        title="我院开通便民就诊公交专线　刷公交卡即可直达",
        record_title="【院务快讯】我院开通便民就诊公交专线　刷公交卡即可直达",
        date="2025-05-06",
        notes="hospital news text: the 发布时间 line is the page's date; the hospital's own 咨询电话 in the body beside the site's 24-hour 急诊 line and booking prompt; a photo caption of its own between paragraphs",
        page="""
!m 貆口镇中心卫生院 · 院务动态
!m 急诊24小时：0736-2450120　　预约挂号请关注“貆口卫生院”服务号
!t 【院务快讯】我院开通便民就诊公交专线　刷公交卡即可直达
!m 发布时间：2025-05-06　作者：院办　点击：188
{BODY}
!l 返回院务动态列表
!m 貆口镇中心卫生院　地址：貆口镇卫生路3号
""",
        body="""
5月6日起，貆口镇中心卫生院联合县公交公司开通的便民就诊公交专线正式运行。
这条专线从貆口镇汽车站出发，途经葖坪村、石桥村等6个行政村，终点设在卫生院门诊楼前，每天早上7点至下午5点每隔40分钟一班。
⟦m 图：首班就诊专线停靠在门诊楼前。⟧
乘客刷公交卡即可乘车，票价1元；持老年公交卡、残疾人公交卡的乘客免费乘坐。
卫生院院长柯振华介绍，以前偏远村的老人来看病要转两趟车，现在一趟车就能到门诊楼前，方便了慢性病患者定期复诊。
专线运行时间和站点如有调整，卫生院将提前在门诊大厅公告。乘车咨询电话：0736-2451006。
""",
    ),
    dict(
        slug="univ-xianjiang-news-camcorder-skills-h1",
        site="蚨江传媒职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fjcmxy.example.edu.cn/xwzx/2025/0521/c1020a8812/page.htm",
        title="影视传媒系举办第三届摄像机实操技能竞赛",
        record_title=None,
        date="2025-05-21",
        notes="college news page: no record title, the title in the <h1>; a dotted date line is the page's date; photo captions; a 文/图/审核 line glued after the last sentence; a back-to-top link",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>蚨江传媒职业学院-新闻中心</title>
<script src="/_js/jquery.sudy.js"></script></head>
<body>
<div class="header">⟦m 蚨江传媒职业学院⟧ <span>⟦m 明德 精艺 传声 立影⟧</span></div>
<div class="menu">⟦m <a>学院首页</a> <a>学院概况</a> <a>新闻中心</a> <a>教学科研</a> <a>招生就业</a> <a>校园生活</a>⟧</div>
<div class="column-path">⟦m 首页 » 新闻中心 » 校园快讯⟧</div>
<div class="article">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2025.05.21　点击量：706⟧</p>
<div class="entry">
{BODY}
</div>
<div class="totop">⟦a 返回顶部⟧</div>
</div>
<div class="footer">⟦m 地址：蚨江市学院大道9号　邮编：350712⟧<br>⟦m 闽ICP备10025601号　闽公网安备35070202000219号⟧</div>
</body></html>
""",
        body="""
5月20日，影视传媒系第三届摄像机实操技能竞赛在学院演播中心举行，来自2023级、2024级摄影摄像技术专业的42名学生参赛。
本次竞赛分为设备架设、手动对焦与曝光、移动跟拍三个环节。参赛选手须在5分钟内完成三脚架调平、摄像机安装和白平衡设置，再按照命题拍摄一段60秒的短片。
⟦m 参赛选手在规定时间内架设三脚架和摄像机⟧
经过激烈角逐，2023级学生唐一鸣获得一等奖，另有3名学生获二等奖、6名学生获三等奖。
影视传媒系主任何柏年表示，竞赛以赛促学，检验了学生的摄像机实操能力，获奖学生将代表学院参加全省职业院校技能大赛。⟦m 文/宣传部 晏子　图/影视传媒系　审核/孟川⟧
""",
    ),
    dict(
        slug="univ-suhu-notice-grad-return-laptops-record",
        site="鹔湖师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zcc.suhusf.example.edu.cn/info/1022/3307.htm",
        title="关于2025届毕业生离校前归还借用笔记本电脑的通知",
        date="2025-06-03",
        notes="record gives the title as is; a department site text page; a numbered list; the office's own phone beside the site's technical line; 成文日期 under the signature",
        page="""
!m 鹔湖师范学院资产管理处
!m 首页 | 通知公告 | 办事指南 | 下载专区
{T}
!m 作者：实验室与设备科　来源：资产管理处　点击数：2011
{BODY}
!a 【关掉本页】
!m 网站技术支持：网络信息中心 0731-8883100
!m 版权所有 © 鹔湖师范学院资产管理处
""",
        body="""
各学院：
为做好2025届毕业生离校手续办理工作，保障学校国有资产安全，现就毕业生归还借用笔记本电脑有关事项通知如下：
1.归还对象：在校期间通过“学生笔记本电脑借用计划”借用学校笔记本电脑的2025届毕业生，共计276人。
2.归还时间：6月10日至6月20日，每天上午8:30至11:30。
3.归还地点：图书馆一楼资产服务窗口。
4.归还要求：笔记本电脑及电源适配器须完好，归还前请自行备份并删除个人资料。
5.设备丢失或损坏的，按学校有关规定照价赔偿，未办结的不予办理离校手续。
咨询电话：0731-8883427（实验室与设备科）。
资产管理处
2025年6月3日
""",
    ),
]
