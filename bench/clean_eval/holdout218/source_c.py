"""holdout218, part C: a Q&A, personal collections, Party-building sites, hospitals, colleges and
a county forum. Every case written by hand; invented places, people, sites and chrome wording."""

CASES = [
    dict(
        slug="qa-baishitong-mechanical-watch-fast",
        site="百事通问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.baishitong365.com/q/9920417.html",
        title="机械表一天快半分钟算正常吗？",
        record_title="机械表一天快半分钟算正常吗？｜百事通问答",
        date=None,
        notes="Q&A text: the question decorated with the site, the best answer as the body, a watch-shop ad between paragraphs, 'answered yesterday' is no date",
        page="""
!m 百事通问答 > 数码 > 钟表
!t 机械表一天快半分钟算正常吗？
!m 6个回答　　被浏览 4,521 次
!m 最佳答案　　钟表匠小何　　回答于 昨天 19:36
{BODY}
!l 赞同 93　　踩　　评论 5
!l 查看全部 6 个回答 ＞
!d 以上回答仅代表网友个人观点，与百事通问答无关。
""",
        body="""
算不算正常，要看你的表是什么机芯、买了多久。
一般国产和日产的普通自动机械表，出厂标准日差大多在负十秒到正四十秒之间，一天快三十秒是在范围内的。如果是天文台认证的表，日差要求在负四秒到正六秒，快半分钟就偏多了。
⟦w 同城修表、洗油、调校，微信搜 hexiubiao66⟧
另外有几种情况也会让表走快：一是靠近手机、音箱等带磁性的东西，游丝被磁化；二是好几年没洗油保养；三是摔过或者受过震。
建议你先记录一周，每天同一时间对一下手机时间。如果每天快得差不多，拿到表店调一下快慢针就行；如果时快时慢，最好去正规维修点检查。
""",
    ),
    dict(
        slug="collection-baopu-watch-memoir-gb2312",
        site="抱朴轩文集 (invented, old gb2312 personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.baopuxuan.net/wenji/juan2/07.htm",
        title="父亲的上海牌手表",
        record_title="抱朴轩文集 » 第二卷：父亲的上海牌手表",
        date=None,
        notes="old table layout of a retired teacher's collection: a marquee, chapter links, a visitor counter and the author's mailbox; a memoir with only 写于晷川 at the end (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>抱朴轩文集 » 第二卷：父亲的上海牌手表</title>
<style>td{font-size:14px;line-height:24px}</style></head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center">⟦m 抱朴轩文集⟧</td></tr>
<tr><td align="center">⟦m 一个退休教书匠的文字小园⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦m 卷三《晷川杂记》陆续录入中，敬请期待⟧</marquee></td></tr>
<tr><td align="center">⟦l <a href="/wenji/juan1/">卷一 乡土</a>　<a href="/wenji/juan2/">卷二 亲人</a>　<a href="/wenji/juan3/">卷三 杂记</a>　<a href="/liuyan.asp">留言簿</a>⟧</td></tr>
</table>
<table width="780" align="center" border="1" cellspacing="0" cellpadding="12" bordercolor="#C8B98C">
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 作者：石守拙⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←第六篇 母亲的针线笸箩　｜　目录　｜　第八篇 老屋的门槛→⟧</td></tr>
</table>
<table width="780" align="center" border="0"><tr><td align="center">
⟦d 本集文字均系作者原创，引用请注明出处⟧<br>
⟦m 来信请寄 shishouzhuo@163.com⟧<br>
⟦m 本页已被翻阅 004215 次⟧
</td></tr></table>
<script language="javascript" src="/count.asp?id=wenji"></script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲有一块上海牌手表，是一九七四年他当上大队会计那年买的，花了一百二十元，差不多是他小半年的工钱。
那块表他戴了三十多年。每天早上起床头一件事，就是把表从枕头边拿起来，捏着表冠拧上二三十圈。下地干活他舍不得戴，用手帕包好揣在贴身的衣兜里；赶集、开会、走亲戚，才端端正正地戴在左手腕上。
我考上师范那年，父亲把表摘下来递给我，说：“当老师要守时。”我戴着它走上讲台，一戴又是二十年。后来表盘发黄了，表蒙子也磨花了，我送到县城钟表店洗过两回油，老师傅说这表的机芯还结实得很。
如今我也退休了，那块表放在书桌抽屉里，偶尔拿出来上满弦，听它滴答滴答地走，就像又听见了父亲的脚步声。
写于晷川
""",
    ),
    dict(
        slug="collection-linsou-copier-memoir-text",
        site="林叟杂忆 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://linsou.zayi.net/wenyin/03.html",
        title="从刻蜡纸到按复印键",
        record_title="〖文印旧事〗从刻蜡纸到按复印键 —— 林叟杂忆",
        date=None,
        notes="a retired clerk's collection: the title with a bracketed series name and the collection's name; chapter links and a visitor line; the memoir has only a year at the end (no date)",
        page="""
!m 林叟杂忆 · 文印旧事（共六篇）
!l 上一篇：油印机的滚筒　　　下一篇：打字员小刘
{T}
!m 林叟　录入
{BODY}
!l 返回文集目录
!m 本页累计访问 2,318 人次
!m 联系作者：linsou1952@126.com
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
我在县委办公室做了三十年文书，经手的文件，从刻蜡纸油印，到打字机打印，再到后来按一下复印键，算是把文印这一行的变化都赶上了。
八十年代初，一份文件要先在钢板上刻蜡纸，一笔一画，错一个字就得整张重来。刻好了上油印机，一人推滚筒，一人揭纸，印上两百份，胳膊酸得抬不起来。
一九九二年，办公室添了第一台复印机，听说花了一万多元，专门腾出一间屋子放它，门上还贴着“闲人免进”。头一个月大家都不敢碰，只有我和打字员小刘学会了操作。
现在年轻人复印文件，手机上点一下就能打印出来，复印机摆在走廊里谁都能用。有时我路过机关，听见复印机“咔嗒咔嗒”地出纸，总忍不住站下来听一会儿。
二〇二四年岁末于暄湖
""",
    ),
    dict(
        slug="party-guichuan-summary-aircon-branch-day",
        site="晷川党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gcdj.gov.cn/zbfc/202507/t20250710_6631.html",
        title="机关第三党支部“节能从关好一台空调做起”主题党日活动总结",
        record_title="【堡垒先锋】机关第三党支部“节能从关好一台空调做起”主题党日活动总结_晷川党建网",
        date="2025-07-08",
        date_also=["2025-07-10"],
        notes="Party portal: a study-points prompt on a line of its own between paragraphs, a mobile-reading QR line, a '学习强国'-like link row; the branch's signature date expected, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【堡垒先锋】机关第三党支部“节能从关好一台空调做起”主题党日活动总结_晷川党建网</title></head>
<body>
<div class="dj-top">⟦m 晷川党建网⟧ ⟦m 中共晷川县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页 · 党建要闻 · 支部风采 · 党员教育 · 组工信息 · 先锋榜样⟧</div>
<div class="dj-loc">⟦m 所在位置：首页 >> 支部风采⟧</div>
<div class="dj-art">
<h2>{T}</h2>
<div class="dj-info">⟦m 发布时间：2025-07-10　来源：县机关事务服务中心党总支　浏览次数：431⟧</div>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-qr">⟦a 扫码把本文带到手机上读⟧</div>
<div class="dj-pn">⟦l 上一篇：县直机关工委开展七一走访慰问⟧<br>⟦l 下一篇：乡村振兴一线的“红马甲”⟧</div>
</div>
<div class="dj-foot">⟦m 中共晷川县委组织部　地址：晷川县人民路66号　湘ICP备05021176号⟧</div>
<div class="side"><h4>⟦l 专题专栏⟧</h4><p>⟦l 党员冬春训学习园地⟧</p><p>⟦l 晷川先锋榜⟧</p></div>
<script src="/js/dj-common.js"></script>
</body></html>
""",
        body="""
7月8日，县机关事务服务中心机关第三党支部以“节能从关好一台空调做起”为主题，组织开展主题党日活动，支部17名党员参加。
活动分三个环节进行。一是集中学习。支部书记带领大家学习公共机构节能有关规定，通报了今年上半年机关用电情况。二是现场查看。党员分成三组，对办公楼各楼层空调运行情况进行检查，发现2间无人办公室空调未关、1间会议室温度设定为22度，当场予以纠正。
⟦a 【学思践悟】本文学习要点已同步至“晷川先锋”学习平台，完成阅读可得1积分⟧
三是承诺践诺。每名党员签订节能承诺书，认领一个楼层的空调巡查岗，每天下班后巡查一次。
通过此次活动，党员节能意识进一步增强。支部将把空调巡查岗长期坚持下去，带动全体干部职工养成随手关空调的好习惯。
中共晷川县机关事务服务中心机关第三支部委员会
2025年7月8日
""",
    ),
    dict(
        slug="party-xuanhu-speech-tv-donation-cn-date",
        site="暄湖先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xhxianfeng.cn/dyjy/2025/1030/2217.html",
        title="在“银龄影院”电视机捐赠仪式上的讲话",
        record_title="〔党员讲话〕在“银龄影院”电视机捐赠仪式上的讲话 · 暄湖先锋网",
        date="2025-10-28",
        date_also=["2025-10-30"],
        notes="Party site text: a speaker line (neutral) and a date in Chinese numerals under the title (the document's date); a posting date also accepted; a print link glued after the last sentence",
        page="""
!m 暄湖先锋网 —— 暄湖县党员教育平台
!m 首页 ／ 党员风采 ／ 讲话选登
!t 〔党员讲话〕在“银龄影院”电视机捐赠仪式上的讲话
昕塘镇党委副书记　孔令宜
（二〇二五年十月二十八日）
!m 发布：2025-10-30　　来源：昕塘镇党委
{BODY}
!l 相关阅读：昕塘镇“银龄”志愿服务队成立
!d 转载本网稿件请注明来源“暄湖先锋网”。
""",
        indent="\u3000\u3000",
        body="""
各位老人家，同志们、朋友们：
今天，我们在这里举行“银龄影院”电视机捐赠仪式。首先，我代表镇党委、镇政府，向捐赠电视机的爱心企业和党员志愿者表示衷心感谢！
这次共捐赠55英寸电视机12台，将安装到全镇12个村的老年活动中心。镇里还为每台电视机开通了戏曲、健康两个专题频道，老人们在活动中心就能看大戏、学养生。
希望各村党支部把“银龄影院”管好用好，明确专人负责开关机和日常保管，每周至少组织两次集体观看活动，让老人们走出家门、聚在一起。
最后，祝各位老人身体健康、生活幸福！谢谢大家！⟦a 〔打印本稿〕⟧
""",
    ),
    dict(
        slug="hospital-fangshan-rehab-pedometer-article",
        site="昉山县中医医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.fszyy.com/kpzl/2025/0614/1802.html",
        title="术后康复，计步器帮您把握运动量",
        record_title="【康复小讲堂】术后康复，计步器帮您把握运动量 - 昉山县中医医院",
        date="2025-06-14",
        notes="hospital site: a booking float and a 24-hour line beside the rehabilitation department's own 咨询电话; a table of weekly steps; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【康复小讲堂】术后康复，计步器帮您把握运动量 - 昉山县中医医院</title></head>
<body>
<div class="hd">⟦m 昉山县中医医院⟧ ⟦m 二级甲等中医医院⟧ <span class="tel">⟦m 全天候急诊：0746-3880120⟧</span></div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普 | 党建文化⟧</div>
<div class="loc">⟦m 首页 > 健康科普 > 康复小讲堂⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-14　作者：康复医学科 容海燕　点击：1095⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="float-yy">⟦a 挂号预约 点这里⟧<br>⟦m 预约专线 0746-3881999⟧</div>
<div class="ft">⟦m 地址：昉山县城南路118号　邮编：419300⟧<br>⟦m 湘ICP备14009931号⟧</div>
<div class="side"><h4>⟦l 名医风采⟧</h4><p>⟦l 康复医学科　舒海林　主任医师⟧</p></div>
<script src="/js/yuyue-float.js"></script>
</body></html>
""",
        body="""
做完膝关节、髋关节手术或腹部手术后，很多患者都想“多走走恢复得快”，可走多少才合适，心里往往没底。这时候，一个计步器就能帮上大忙。
康复医学科建议，术后下地行走应循序渐进，可参考下表逐周增加步数：
时间　每日步数　注意事项
第1周　500至1000步　分3至5次完成，有人陪护
第2周　1500至2500步　无明显疼痛再增加
第3至4周　3000至5000步　可在平地缓慢行走
每天把计步器读数记在本子上，复诊时带给医生看，方便医生调整康复计划。如果走完后伤口红肿、疼痛加重，或者出现胸闷气短，要立即停止并及时就诊。
康复医学科咨询电话：0746-3881362（工作日8:00-17:00）。
""",
    ),
    dict(
        slug="hospital-xuanhu-notice-ward-aircon-cleaning-record",
        site="暄湖县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xhxrmyy.cn/yygg/2025/0602/889.html",
        title="关于住院部中央空调清洗消毒期间临时调整病区温度管理的通知",
        date="2025-06-02",
        notes="record title as is; hospital text page: the switchboard and a booking line beside the notice's own ward phone; a schedule table; the signature date",
        page="""
!m 暄湖县人民医院　院务公开
!m 医院总机：0737-8203000　　预约挂号：0737-8203111
{T}
!m 作者：总务科　　发布日期：2025-06-02　　浏览 772
{BODY}
!a 【返回上页】　【关闭】
!m 版权所有 暄湖县人民医院　湘ICP备12011093号
""",
        indent="\u3000\u3000",
        body="""
各临床科室、各病区：
为保障住院患者夏季就医环境安全，总务科定于6月5日至6月12日对住院部中央空调系统进行清洗消毒，各楼层分批停机，安排如下：
日期　楼层　停机时段
6月5日至6日　一至三楼　8:00至17:00
6月8日至9日　四至六楼　8:00至17:00
6月11日至12日　七至九楼　8:00至17:00
停机期间，各病区要提前准备电风扇，做好患者及家属解释工作，对高热、术后等特殊患者优先调整到未停机病房。清洗作业过程中如发现漏水、异响等情况，请及时联系总务科。
总务科联系电话：0737-8203245（内线3245）。
暄湖县人民医院总务科
2025年6月2日
""",
    ),
    dict(
        slug="college-xuanzhou-library-copier-news-h1",
        site="晅州职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xzzy.edu.cn/info/1021/36617.htm",
        title="图书馆自助复印打印服务全面升级",
        record_title=None,
        date="2025-03-06",
        notes="college news page: the title only in the <h1>, a dotted date in the byline (the page's date), a photo caption between paragraphs, a 'back to top' and a print/close row; scan and print as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新闻详情-晅州职业技术学院</title>
<script src="/system/resource/js/counter.js"></script></head>
<body>
<div class="header">⟦m 晅州职业技术学院⟧ ⟦m XUANZHOU VOCATIONAL AND TECHNICAL COLLEGE⟧</div>
<div class="menu">⟦m 学院首页　学院概况　院系设置　招生就业　校园新闻　信息公开⟧</div>
<div class="pos">⟦m 您现在所在的位置：学院首页 >> 校园新闻 >> 综合新闻⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="byline">⟦m 2025.03.06　文/图：图书馆 戴明轩　审核：伍小勤　点击：[1368]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="opt">⟦a 【打印此页】　【关闭窗口】　【返回顶部】⟧</div>
</div>
<div class="foot">⟦m 版权所有 © 晅州职业技术学院　地址：晅州市晗江区学院路9号⟧</div>
<div class="right"><h4>⟦l 校园热点⟧</h4><p>⟦l 学院召开春季学期教学工作部署会⟧</p><p>⟦l 我院学子省技能大赛摘金夺银⟧</p></div>
</body></html>
""",
        body="""
新学期伊始，图书馆对一楼大厅自助文印区进行了改造，新添置的4台多功能复印机已投入使用，全校师生可刷校园卡或扫码自助复印、打印和扫描。
此次升级后，学生在手机上把文件上传到“晅职文印”小程序，走到任意一台复印机前扫码即可打印，不再需要排队拷贝文件。复印机还支持扫描文件直接发送到个人邮箱，方便学生提交作业和申请材料。
⟦m 图为学生在自助文印区扫码打印资料⟧
图书馆负责人介绍，自助文印区每天开放时间为7:30至22:00，黑白复印每张0.1元，家庭经济困难学生每学期可享受200张免费额度。
""",
    ),
    dict(
        slug="college-xuanzhou-exam-notice-smartwatch-ban",
        site="晅州理工学院教务处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jwc.xzlg.edu.cn/tzgg/2025/1208/1337.htm",
        title="关于期末考试考场禁止携带智能手表等电子设备的通知",
        record_title="期末考务 ⥤ 关于期末考试考场禁止携带智能手表等电子设备的通知 · 晅州理工学院",
        date="2025-12-08",
        notes="college office text page: a column prefix and the college after a middle dot in the record title; a numbered list; the signature date",
        page="""
!m 晅州理工学院教务处
!m 首页 » 通知公告 » 考务管理
!t 期末考务 ⥤ 关于期末考试考场禁止携带智能手表等电子设备的通知
!m 发布者：考试中心　　浏览次数：2409
{BODY}
!l 附件下载区（无）
!m 教务处办公室：行政楼305　电话 0731-8592107
""",
        body="""
各学院、全体学生：
近期，部分学生携带智能手表进入考场的情况时有发生。为严肃考风考纪，现就本学期期末考试有关要求通知如下：
1. 考生进入考场时，不得携带智能手表、手环、耳机等具有通讯、存储、拍照功能的电子设备，只允许佩戴不具备上述功能的普通指针式手表。
2. 每个考场前方统一放置计时钟，考生可据此掌握答题时间。
3. 考试期间发现考生佩戴智能手表的，按考试违纪处理；利用智能手表作弊的，按作弊处理。
4. 各学院要在考前召开主题班会，向学生逐条传达本通知要求。
教务处
2025年12月8日
""",
    ),
    dict(
        slug="cityforum-guichuan-old-tv-dumped-thread-subject",
        site="晷川生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.guichuanlife.com/thread-551207-1-1.html",
        title="小区垃圾房旁边堆了好几台旧电视机，有没有人管管",
        record_title=None,
        date=None,
        notes="county forum: the thread subject is the title, a weather line, jammer fonts inside the post, a decoration ad between floors and a 'forwarded to the department' link; relative times are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>晷川生活网论坛 - 家住晷川</title>
<style>.jammer{display:none}</style></head>
<body>
<div class="tb">⟦m 晷川生活网⟧ ⟦m 今日晷川：多云 18～26℃⟧ <a>⟦a 快捷登录⟧</a></div>
<div class="pt">⟦m 晷川生活网 › 家住晷川 › 小区民生⟧</div>
<div class="subj"><h1 id="thread_subject">{T}</h1> ⟦l [复制帖子链接]⟧</div>
<div class="authi">⟦m 昉水边的猫　发表于 3 天前　|　查看：2731　回复：41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zj">⟦l 本帖已转交县城管局处理　查看回复进度⟧</div>
<div class="ad">⟦w 老房翻新找晷川匠心装饰，免费上门量房 139 7390 2218⟧</div>
<div class="reply">⟦l 2楼　暻和老住户：我们小区也一样，上次那台大背头放了一个月⟧</div>
<div class="ft">⟦m 晷川生活网 版权所有　湘ICP备18002271号⟧</div>
<script>var discuz_uid = '0', cookiepre = 'gcsh_';</script>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=3),
        body="""
我家住暻和社区晟苑小区，最近两个星期，3栋后面的垃圾房旁边陆陆续续堆了好几台旧电视机，有老式的大背头，也有液晶的，今天数了一下有六台。
前天下雨，有小孩蹲在那里拿石头砸屏幕玩，玻璃碴子撒了一地，看着都吓人。听说老式电视机的显像管里有铅，砸碎了也不安全。
给物业打过电话，物业说不归他们收，让我们找环卫。环卫说大件垃圾要预约，可这些电视机又不知道是谁家扔的。
想问问有没有人知道，旧电视机到底该怎么处理？县里有没有上门回收的地方？也希望相关部门能来看一下。
""",
    ),
]
