"""holdout214, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text case each).

Every page, site, place, person, number and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="qa-wenda-shoe-cabinet-smell-question-title",
        site="百答网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baida.example.com/question/58120934.html",
        title="新买的鞋柜有股刺鼻味，还能放鞋吗？",
        record_title=None,
        date=None,
        notes="a Q&A page: no record title (the question in the <h1>), an adopted-answer badge, a vote bar, more answers; "
        "回答于 2 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>百答网 - 有问题，百人答</title>
<link rel="stylesheet" href="//s.baida.example.com/qa/q.css">
<script src="//s.baida.example.com/qa/q.js" defer></script>
</head><body>
<div class="hd"><a class="logo">⟦m 百答网⟧</a><form><input placeholder="输入你的问题"><button>⟦a 搜答案⟧</button></form><a>⟦a 我要提问⟧</a> <a>⟦a 登录 · 注册⟧</a></div>
<div class="crumb">⟦m 百答网 › 生活 › 家居装修⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-detail">⟦m 提问者：小鹿乱撞 · 3 个回答 · 浏览 2,876⟧</p></div>
<div class="best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 家居达人 木木老师　回答于 2 天前⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦a 有帮助 326　没帮助 9　评论 14⟧</div></div>
<div class="more"><h3>⟦l 其他 2 条回答⟧</h3>
<p>⟦l 热心网友：放几包活性炭，再放个柚子皮，过半个月就没味了⟧</p>
<p>⟦l 匿名用户：味道太大建议找商家退货，别凑合⟧</p></div>
<div class="rel"><h3>⟦l 大家还在问⟧</h3><p>⟦l 鞋柜怎么防潮？⟧</p><p>⟦l 实木鞋柜和颗粒板鞋柜哪个好？⟧</p></div>
<div class="ft">⟦d 回答内容由网友提供，仅代表个人观点，不构成专业建议⟧<br>⟦m © 2025 百答网　京ICP备22040873号⟧</div>
</body></html>
""",
        body="""
刺鼻味多半来自板材和胶水里的甲醛等挥发物，新鞋柜有味道很常见，但要分情况处理。
先看味道大小。如果打开柜门只是有点木头和油漆味，通风一两周就会明显减轻；如果一开门就熏眼睛、呛嗓子，说明释放量偏大，建议先别放鞋，也别放在卧室门口。
再看板材标识。正规产品在柜体背板或说明书上会标注环保等级，可以拍照问商家要检测报告，达不到要求的可以退换。
散味的办法：把柜门和抽屉全部打开，放在通风处，天气好时开窗对流；柜内可以放活性炭包，每周拿出去晒一晒。不要用香薰去盖味道，那只是把气味混在一起。
等味道基本闻不到了再放鞋，鞋子也会干爽一些。
""",
    ),
    dict(
        slug="qa-zhiwen-meeting-mic-feedback-text",
        site="知问网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhiwen.example.cn/q/20931177",
        title="会议室话筒一开就啸叫，怎么解决？",
        record_title="会议室话筒一开就啸叫，怎么解决？ - 知问网",
        date=None,
        notes="a Q&A as text: the question (decorated with the site) and the best answer; 最佳答案 badge, likes, "
        "更新于 昨天 (no date), more answers",
        page="""
!m 知问网　|　知无不问
!m 首页 > 数码家电 > 音响设备
!t 会议室话筒一开就啸叫，怎么解决？ - 知问网
问题补充：单位会议室，两个无线话筒，一开音箱就“吱——”地叫
!m 最佳答案　|　音频老鄢　|　更新于 昨天
{BODY}
!a 赞同 208　　反对　　收藏回答
!l 更多回答（5）
!l 声学小白：先把音箱往前挪，别对着话筒。
!d 知问网所有回答仅供参考，专业问题请咨询厂家或专业人士
!m 知问网 zhiwen.example.cn
""",
        body="""
啸叫其实就是“声反馈”：音箱发出的声音又被话筒拾进去，再放大，循环几次就变成了刺耳的尖叫。解决思路就是别让话筒“听见”音箱。
1.摆位置。音箱要放在话筒的前方或两侧，千万不要让话筒对着音箱口。讲话的人最好站在音箱后面。
2.压音量。调音台上话筒通道的音量先关到最小，再慢慢推上来，听到一点点啸叫的苗头就往回拉一格。
3.靠近讲。让发言人离话筒近一些，一拳左右，这样不用把音量开得很大。
4.调均衡。会议室墙面是玻璃的，某几个频率特别容易叫，可以在均衡器上把对应频点衰减几分贝，或者加一台反馈抑制器。
按这个顺序试，一般的小会议室都能解决。
""",
    ),
    dict(
        slug="collection-lishui-mother-sewing-machine-gb2312",
        site="塱口拾穗集 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.langkou-shisui.example.net/juan2/019.htm",
        title="母亲的缝纫机",
        record_title="〔拾穗集·卷二〕母亲的缝纫机",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: 繁體/简体 links, chapter links, a visitor counter and "
        "the author's mailbox; the closing line gives only a ganzhi year (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔拾穗集·卷二〕母亲的缝纫机</title>
<style>body{font-size:14px;line-height:180%}</style>
</head>
<body bgcolor="#fbf8f0">
<table width="800" align="center" border="0">
<tr><td align="center">⟦m 塱口拾穗集 —— 一位老教师的文字存档⟧</td></tr>
<tr><td align="right">⟦a <a href="/big5/juan2/019.htm">繁體</a> | <a href="/juan2/019.htm">简体</a>⟧</td></tr>
<tr><td align="center">⟦m <a href="/">文集首页</a> · <a href="/juan1/">卷一 教书匠</a> · <a href="/juan2/">卷二 旧物</a> · <a href="/juan3/">卷三 乡音</a>⟧</td></tr>
<tr><td><hr></td></tr>
<tr><td align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 卷二 旧物 · 第十九篇⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td><hr></td></tr>
<tr><td align="center">⟦l <a href="018.htm">上一篇：煤油灯</a>　<a href="index.htm">回目录</a>　<a href="020.htm">下一篇：竹壳暖水瓶</a>⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：laoyan_langkou@example.net⟧</td></tr>
<tr><td align="center">⟦m 本页已被阅读 <img src="/cgi-bin/count.gif?p=219" alt="">4127 次⟧</td></tr>
<tr><td align="center">⟦d 文章为作者原创，转载请先来信征得同意⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲的缝纫机是一九七九年买的，那年我十二岁。为了这台机器，父亲攒了两年的工票，又托塱口供销社的表叔排了三个月的队。
机器抬进门那天，母亲用一块蓝花布把机头盖起来，谁都不许碰。晚上，她坐在煤油灯下，脚踩踏板，机针“哒哒哒”地上下跳，我和妹妹的衣服、父亲的中山装，全是从这台机器上走出来的。
我上师范那年，母亲连夜给我赶了一件的确良衬衫。针脚匀得像尺子量过一样，我穿着它站上了讲台，一穿就是好几年。
后来成衣便宜了，缝纫机用得越来越少。母亲走后，我把它搬到了自己家里，每年还给它上一次油。有时踩一踩踏板，听见那熟悉的声音，就好像母亲还坐在灯下。
乙巳年正月，于塱口寓所
""",
    ),
    dict(
        slug="collection-wuxi-steelyard-to-scale-oneline",
        site="郚溪闲笔 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://wuxixianbi.example.org/wen/076.html",
        title="杆秤换成电子秤那一年",
        record_title="杆秤换成电子秤那一年——录自《郚溪闲笔》",
        date=None,
        notes="a memoir in a collection as text, the whole body on one line; chapter links and a counter; no date",
        page="""
!m 郚溪闲笔 · 老供销员的碎片记忆
!m 目录｜第七十六篇｜上一篇　下一篇
!t 杆秤换成电子秤那一年——录自《郚溪闲笔》
!m 作者：郚老三
{BODY}
!l 本集同类：《供销社的算盘》《柜台后面的二十年》
!m 本文被翻阅 809 次
!w 读者来信：wuxi_laosan@example.org
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我在郚溪供销社站了二十三年柜台，用坏过三杆秤。
杆秤这东西，全凭一双眼睛和一只手。秤砣往外挪一挪，秤杆翘一翘，老主顾都看在眼里。那时候，能把秤打得“平平的”，是一个售货员的脸面。
一九九八年秋天，县里给供销社配来了第一台电子秤。白色的壳子，红色的数字，东西往上一放，价钱自己就跳出来。我们几个老售货员围着它看了半天，谁也不敢先上手。
头一个月，来买盐的老太太们都不信它，称完了还要我拿杆秤再复一遍。慢慢地，大家发现这个会跳数字的家伙一点也不含糊，也就认了。
那三杆老秤，我一直留着，挂在储物间的墙上。孙子问这是什么，我说，这是爷爷年轻时候的“良心”。
""",
    ),
    dict(
        slug="party-ziyang-speech-red-microphone-propaganda",
        site="鄑阳先锋网 (invented Party portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.ziyangxianfeng.example.cn/jcdj/2025/0708/6631.html",
        title="在鄌田乡“红色小话筒”理论宣讲队成立仪式上的讲话",
        record_title="【基层宣讲】在鄌田乡“红色小话筒”理论宣讲队成立仪式上的讲话 - 鄑阳先锋网",
        date="2025-07-01",
        date_also=["2025-07-08"],
        notes="Party portal: a date under the speech title and a speaker line (neutral), a study-points prompt glued before the "
        "first words of a point, a read-on-phone QR line; the portal's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【基层宣讲】在鄌田乡“红色小话筒”理论宣讲队成立仪式上的讲话 - 鄑阳先锋网</title>
<link rel="stylesheet" href="/static/dj/dj.css">
<script src="/static/dj/dj.js"></script>
</head><body>
<div class="dj-top">⟦m 中共鄑阳县委组织部主办⟧　⟦a <a>学习积分</a> <a>我的书架</a> <a>登录</a>⟧</div>
<div class="dj-logo">⟦m 鄑阳先锋网 · 凝心聚力 红色鄑阳⟧</div>
<div class="dj-nav">⟦m <a>首页</a> <a>要闻</a> <a>基层党建</a> <a>党员教育</a> <a>先锋风采</a> <a>网上党校</a>⟧</div>
<div class="dj-loc">⟦m 您现在的位置：首页 / 基层党建 / 宣讲动态⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-meta">⟦m 2025-07-08 10:15　来源：鄌田乡党委　字号：大 中 小⟧</div>
<p class="speaker">鄌田乡党委书记　俞文澜</p>
<p class="date">（2025年7月1日）</p>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 扫一扫，用手机看本文⟧</div>
<div class="dj-pn">⟦l 上一篇：我县举办新任村党组织书记示范培训班⟧<br>⟦l 下一篇：埇湾镇开展“党员亮身份”主题活动⟧</div>
</div>
<div class="dj-foot">⟦m 鄑阳先锋网版权所有　湘ICP备18005521号⟧</div>
</body></html>
""",
        body="""
同志们、宣讲队员们：
今天是党的生日，我们在这里成立全乡“红色小话筒”理论宣讲队，很有意义。宣讲队由老党员、退休教师、返乡大学生和村广播员共32人组成，每人配发一只便携式扩音话筒，就是要让党的声音走进田间地头、屋场院落。
⟦a 【学习提示】读完本文可获2学习积分⟧第一，要讲群众听得懂的话。宣讲不是念文件，要用乡里乡亲的土话、身边的事例，把政策讲明白、讲透彻。
第二，要到群众身边去讲。哪里人多就到哪里讲，赶集日到集市讲，农闲时到屋场讲，让小话筒跟着群众走。
第三，要把宣讲和办实事结合起来。宣讲中听到群众的困难和诉求，要记下来、报上去，能当场解决的当场解决。
希望大家拿好手中的小话筒，讲好身边的新故事，为建设美丽鄌田贡献力量！
""",
    ),
    dict(
        slug="party-yueshan-summary-shoe-cabinet-table",
        site="籥山党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.yueshan.example.gov.cn/wmbss/20250818/2210.html",
        title="堇苑社区党委“楼道鞋柜换新”为民办实事工作总结",
        record_title="〔我为群众办实事〕堇苑社区党委“楼道鞋柜换新”为民办实事工作总结_籥山党建",
        date="2025-08-15",
        notes="Party site text: a summary with its table (one row a paragraph, cells apart by ideographic spaces), a photo "
        "placeholder between paragraphs, the 成文日期 under the signature; a share row",
        page="""
!m 籥山党建　｜　籥山街道党工委主办
!m 首页 > 为民办实事 > 社区动态
!t 〔我为群众办实事〕堇苑社区党委“楼道鞋柜换新”为民办实事工作总结_籥山党建
!m 稿源：堇苑社区　编辑：章岚　浏览：612
{BODY}
!l 分享：微信　QQ　复制链接
!l 相关阅读：藻塘社区“微心愿”认领活动总结
!m 籥山街道党工委　地址：籥山路88号
""",
        indent="\u3000\u3000",
        body="""
今年以来，社区党委把楼道鞋柜清理整治列为“我为群众办实事”重点项目，组织党员志愿者帮助居民把堆在楼道的旧鞋柜搬进家门，并在架空层设置公共鞋架。现将工作情况总结如下。
一、主要成效
小区　清出鞋柜　新设公共鞋架
堇苑一区　86只　12组
堇苑二区　64只　9组
堇苑三区　47只　6组
⟦m ［图片：党员志愿者帮助独居老人搬运鞋柜］⟧
二、主要做法
一是党员带头，楼栋党员先清自家鞋柜；二是因户施策，为独居老人上门搬运；三是建立楼道长巡查制度，防止反弹。
三、下步打算
社区将把公共鞋架纳入小区日常管理，探索由居民自治小组认领维护。
中共堇苑社区委员会
2025年8月15日
""",
    ),
    dict(
        slug="hospital-chouer-notice-ward-scales-extension",
        site="犨城市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chouer-hospital.example.cn/hlb/tzgg/2025/0611/1320.html",
        title="关于加强病区电子秤日常校零和定期检定管理的通知",
        record_title="【护理管理】关于加强病区电子秤日常校零和定期检定管理的通知-犨城市第二人民医院",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="hospital site: a booking float, a 24-hour line and an 急诊 line beside the notice's own contact with an extension; "
        "the site's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【护理管理】关于加强病区电子秤日常校零和定期检定管理的通知-犨城市第二人民医院</title>
<link rel="stylesheet" href="/css/hospital.css">
<script src="/js/float.js"></script>
</head><body>
<div class="top">⟦m 犨城市第二人民医院　三级综合医院⟧　⟦m 24小时服务热线：0739-8206120⟧</div>
<div class="nav">⟦m <a>首页</a> <a>医院概况</a> <a>科室导航</a> <a>专家介绍</a> <a>护理园地</a> <a>就医指南</a>⟧</div>
<div class="loc">⟦m 首页 > 护理园地 > 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<p class="meta">⟦m 发布者：护理部　发布日期：2025-06-11　浏览：502⟧</p>
<div class="text">
{BODY}
</div></div>
<div class="float-yy">⟦a 在线预约挂号⟧<br>⟦m 预约专线 0739-8206000⟧</div>
<div class="foot"><p>⟦m 急诊电话：0739-8206999⟧</p><p>⟦m 地址：犨城市瀔江区杏林路16号⟧</p><p>⟦m 湘ICP备15022310号⟧</p></div>
</body></html>
""",
        body="""
各病区：
体重是计算用药剂量、评估营养和出入量的重要依据。近期质控检查发现，个别病区电子秤未按要求校零，称量误差较大。为确保患者体重数据准确，现将有关要求通知如下：
一、每日校零。各病区电子秤由当班护士每日早班开机后校零一次，用5千克标准砝码验证，误差超过50克的立即停用报修。
二、定期检定。病区电子秤每年由设备科统一送检一次，检定合格证贴于秤体侧面，过期未检的不得使用。
三、规范称量。患者称重应在晨起排便后、早餐前进行，脱鞋、着病员服，结果及时录入护理记录，对体重短期内变化较大的患者要重点关注。
联系人：护理部 鄢护士长，电话：0739-8206315（分机3315）。
犨城市第二人民医院护理部
2025年6月10日
""",
    ),
    dict(
        slug="hospital-chouer-voice-clinic-teacher-microphone",
        site="犨城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.chouer-hospital.example.cn/jkkp/2025/0910/1388.html",
        title="教师用嗓：别让“小蜜蜂”话筒替你扛",
        record_title="嗓音健康｜教师用嗓：别让“小蜜蜂”话筒替你扛｜犨城二院",
        date="2025-09-10",
        notes="hospital article as text: the 发布时间 byline is the page's date; the clinic's own 咨询电话 beside the hospital's "
        "24-hour line and booking line; an editor line glued after a 。",
        page="""
!m 犨城市第二人民医院
!m 24小时服务热线 0739-8206120　|　预约专线 0739-8206000
!m 首页 › 健康科普 › 耳鼻喉科
!t 嗓音健康｜教师用嗓：别让“小蜜蜂”话筒替你扛｜犨城二院
!m 发布时间：2025-09-10　作者：耳鼻咽喉头颈外科 俞文澜
{BODY}
!l 相关科普：声音嘶哑两周不好，要警惕什么？
!m 急诊：0739-8206999　　地址：瀔江区杏林路16号
""",
        body="""
新学期开学，耳鼻喉科嗓音门诊里教师患者明显多了起来。很多老师说：“我都用上扩音话筒了，怎么嗓子还是哑？”
其实，话筒只能帮你把声音放大，并不能替你正确发声。如果习惯性地提着嗓子喊，或者把话筒音量开得很小、自己照样用力，声带依然在超负荷工作。
医生建议：一是用腹式呼吸发声，说话时放慢语速，句与句之间留出换气时间；二是话筒离嘴三到五厘米，音量调到后排学生能听清即可；三是课间少说话，多喝温水，少吃辛辣。⟦m （文/耳鼻咽喉头颈外科　审核/医务部）⟧
如果声音嘶哑超过两周，或者出现咽喉疼痛、发声费力，请及时到嗓音门诊就诊。嗓音门诊咨询电话：0739-8206418，周一至周五上午开诊。
""",
    ),
    dict(
        slug="college-chou-vtc-news-host-contest-h1",
        site="犨城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chouzhiyuan.example.edu.cn/xwzx/xyxw/2025/1120/5501.html",
        title="学院第六届“金话筒”主持人大赛决赛举行",
        record_title=None,
        record_date="2025-11-20",
        date="2025-11-20",
        notes="college news page: no record title (the <h1>), the record's date; a dotted date line, a photo caption between "
        "paragraphs, a 文/图/审核 line glued after the last 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>犨城职业技术学院</title>
<link rel="stylesheet" href="/_css/news.css">
<script src="/_js/visit.js"></script>
</head><body>
<div class="head">⟦m 犨城职业技术学院　CHOUCHENG VOCATIONAL AND TECHNICAL COLLEGE⟧</div>
<div class="nav">⟦m <a>学院首页</a> <a>学院概况</a> <a>新闻中心</a> <a>教学科研</a> <a>招生就业</a> <a>校园生活</a>⟧</div>
<div class="loc">⟦m 新闻中心 > 学院新闻⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="info">⟦m 2025.11.20　浏览次数：768⟧</div>
<div class="con">
{BODY}
</div>
<div class="tools">⟦a 【关闭】【打印】⟧</div>
</div>
<div class="foot">⟦m 地址：犨城市瀔江区职教大道1号　招生咨询：0739-8830001⟧<br>⟦m 版权所有 © 犨城职业技术学院⟧</div>
</body></html>
""",
        body="""
11月18日晚，由校团委、传媒学院主办的学院第六届“金话筒”主持人大赛决赛在大学生活动中心举行，来自8个二级学院的12名选手同台竞技。
决赛分为自我介绍、即兴主持和情景模拟三个环节。选手们手持话筒，时而大方从容，时而妙语连珠。在情景模拟环节，选手需现场为一场“乡村振兴成果展”串词，考验临场反应能力。
⟦m 图为决赛现场。⟧
经过激烈角逐，传媒学院播音与主持专业的鄢若溪获得一等奖，智能制造学院的俞小满、护理学院的林一苇获得二等奖。
据悉，“金话筒”大赛自2020年举办以来，已成为学院校园文化活动的品牌项目。⟦m （文/团委 章岚　图/学生记者团　审核/蒋禾苗）⟧
""",
    ),
    dict(
        slug="college-chou-vtc-dorm-router-check-notice",
        site="犨城职业技术学院网络与信息中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://nic.chouzhiyuan.example.edu.cn/tzgg/2025/0915/210.html",
        title="关于开展学生公寓自备路由器安全检查的通知",
        record_title="关于开展学生公寓自备路由器安全检查的通知 - 网络与信息中心 - 犨城职业技术学院",
        date="2025-09-15",
        notes="a college office's notice as text: a numbered list, a 24-hour repair line beside the notice's own contact; "
        "the 成文日期 under the signature",
        page="""
!m 犨城职业技术学院　网络与信息中心
!m 首页 | 中心概况 | 通知公告 | 服务指南 | 下载专区
!t 关于开展学生公寓自备路由器安全检查的通知 - 网络与信息中心 - 犨城职业技术学院
!m 作者：nic　来源：网络与信息中心　点击数：1502
{BODY}
!m 校园网24小时报修：0739-8830110
!l 上一条：关于校园网统一身份认证升级的通知
!l 下一条：关于开通教职工VPN服务的通知
!m 版权所有 © 犨城职业技术学院网络与信息中心
""",
        indent="\u3000\u3000",
        body="""
各二级学院、各学生公寓：
近期校园网安全监测发现，部分学生宿舍自备路由器开启了共享功能，存在私自转卖网络、被植入恶意程序等风险。为保障校园网安全，中心决定于9月22日至10月10日对学生公寓自备路由器开展安全检查。现将有关事项通知如下：
1.自备路由器须关闭“无线中继”和“远程管理”功能，管理密码不得使用出厂默认密码。
2.每间宿舍最多使用1台路由器，并在宿舍门口登记表上填写品牌和型号。
3.检查中发现私自转卖网络的，暂停相关账号使用并通报所在学院。
联系人：鄢老师，电话：0739-8830215。
网络与信息中心
2025年9月15日
""",
    ),
]
