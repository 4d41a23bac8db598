"""holdout368, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhifou-grip-when-to-remove-adopted",
        site="知否问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhifouwenda.com/q/7740192.html",
        title="孩子用握笔器多久可以拿掉？",
        record_title="孩子用握笔器多久可以拿掉？急，在线等 - 亲子问答 - 知否问答",
        date=None,
        notes="Q&A: an adopted-answer badge, a vote bar, the answerer's card, more answers; relative times "
        "(回答于 2 天前, 提问于 5 天前) are no dates; an 'ask a doctor' prompt glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>孩子用握笔器多久可以拿掉？急，在线等 - 亲子问答 - 知否问答</title>
<script src="//s.zhifouwenda.com/js/qa.bundle.js"></script>
</head>
<body>
<div class="zf-top">⟦m 知否问答⟧　⟦m 知否知否，一问就懂⟧　<a>⟦a 我要提问⟧</a>　<a>⟦a 登录·注册⟧</a></div>
<div class="zf-crumb">⟦m 知否问答 ＞ 亲子 ＞ 学龄前教育⟧</div>
<div class="question">
<h1>{T}</h1>
<p>⟦m 提问者：糖豆妈　提问于 5 天前　浏览 1847⟧</p>
<p>孩子六岁半，幼儿园大班开始用握笔器，现在一年级了还离不开，一拿掉就握成拳头，这个要用到什么时候？</p>
</div>
<div class="best">
<p class="badge">⟦m ✔ 提问者采纳⟧</p>
<p class="who">⟦m 叙河小林老师　儿童作业治疗师　回答于 2 天前⟧</p>
{BODY}
<p class="vote">⟦l 有用 326　｜　没用 4　｜　评论 18⟧</p>
</div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 匿名用户：我家用了一年，后来换成三角铅笔就好了。⟧</p>
<p>⟦l 桃子爸爸：别太焦虑，上了二年级自然就好了。⟧</p></div>
<div class="rel"><h4>⟦l 相关问题⟧</h4>
<p>⟦l 握笔器哪种牌子好？⟧</p><p>⟦l 孩子写字手抖是怎么回事？⟧</p></div>
<div class="ft">⟦m © 知否问答 zhifouwenda.com　京ICP备2020036618号⟧　⟦d 回答内容仅代表个人观点，不构成医疗建议⟧</div>
</body>
</html>
""",
        body="""
握笔器一般不建议长期使用，多数孩子用三到六个月就可以逐步撤掉。判断能不能拿掉，可以看三点：
第一，拿掉握笔器后，孩子能不能自然地用拇指和食指捏住笔，中指在下面托着，而不是把笔攥在手心里。
第二，写完一页字后，手指关节有没有发白，手腕有没有明显酸痛。
第三，笔尖和手指之间能不能保持两厘米左右的距离。
三点都做到了，可以先在画画、描红时不用握笔器，写字时再用，过渡两三周后完全撤掉。像您家孩子这样一拿掉就握拳的，说明手指力量还不够，可以每天做几分钟捏橡皮泥、夹豆子的游戏，必要时到儿童保健科做个精细动作评估。⟦a 还有疑问？点此免费问医生⟧
""",
    ),
    dict(
        slug="qa-huidawo-castanets-no-sound-question-title",
        site="会答我问答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.huidawo.cn/question/551802",
        title="响板怎么总是打不响，声音发闷是什么原因？",
        record_title=None,
        date=None,
        notes="Q&A as text: title missing from the record, the question found on the page; answer count and "
        "votes; a relative time (回答于 昨天) is no date; a follow-the-topic prompt between paragraphs",
        page="""
!m 会答我问答社区 ｜ 有问必有答
!m 问答首页 › 音乐 › 乐器演奏
{T}
!m 1 个回答 · 被浏览 612 次 · 提问者：响板新手小鹿
!a ＋关注此问　邀人来答　我来回答
!m 答主：西班牙舞老师尉迟芳　回答于 昨天
{BODY}
!l 赞同 48　反对　收藏　分享　举报
!l 相似问题：响板左右手怎么区分？｜响板的绳子怎么系？
!m 会答我 huidawo.cn · 沪ICP备2021018837号
""",
        body="""
响板打不响、声音发闷，多半是下面三个原因。
一是绳子系得太松。两片响板之间要留出一点缝隙，但不能晃荡，绳子穿过拇指后，两片响板合上时应刚好贴住，再松就只会“噗噗”响。
二是击打的位置不对。应该用手指的指肚快速弹击响板的下半部分，而不是用指尖去戳，更不能整只手去捏。
⟦a 关注“乐器演奏”话题，每天推送练习小技巧⟧
三是响板本身的问题。便宜的压缩木响板木质松软，本来就不够亮，受潮后更闷。可以放在干燥通风处晾几天，如果还是不行，建议换一副硬木或玻璃钢的。
练习时先慢后快，每天十分钟，一两周后手指找到感觉，声音自然就清脆了。
""",
    ),
    dict(
        slug="anthology-shaishutai-expander-memoir-gb2312",
        site="晒书台闲笔 · 尉文澜文集 (invented, old gb2312 personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.shaishutai.net/wenji/juan2/0207.htm",
        title="父亲的弹簧拉力器",
        record_title="父亲的弹簧拉力器 ·《晒书台闲笔》第二辑之七",
        date=None,
        notes="retired teacher's collection in an old gb2312 table layout: marquee, volume links, visitor "
        "counter, the author's mailbox; a memoir without a date; a 'next piece' line glued after the last sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的弹簧拉力器 ·《晒书台闲笔》第二辑之七</title>
<style type="text/css">td{font-size:14px;line-height:180%}</style>
</head>
<body bgcolor="#F7F1E3">
<table width="820" align="center" border="0">
<tr><td align="center"><font size="6" face="隶书">⟦m 晒书台闲笔⟧</font></td></tr>
<tr><td align="center">⟦m 尉文澜文集 · 一个退休中学教师的旧事与闲话⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 本集文字均为作者原创，陆续整理上网，敬请指正。⟧</marquee></td></tr>
<tr><td align="center"><a href="juan1.htm">⟦l 第一辑 旧校园⟧</a> | <a href="juan2.htm">⟦l 第二辑 家中物⟧</a> | <a href="juan3.htm">⟦l 第三辑 行路记⟧</a> | <a href="guestbook.asp">⟦l 留言本⟧</a></td></tr>
</table>
<table width="820" align="center" border="0"><tr><td>
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 第二辑之七　点击：1293⟧</p>
{BODY}
</td></tr></table>
<table width="820" align="center"><tr>
<td>⟦l ← 上篇：母亲的缝纫机⟧</td><td align="right">⟦l 下篇：一只铝饭盒 →⟧</td>
</tr></table>
<table width="820" align="center"><tr><td align="center">
⟦m 作者信箱：weiwenlan1951@163.com⟧<br>
⟦d 文章版权归作者所有，转载请告知⟧<br>
⟦m 本站自2009年开通以来访问人次：<font color="red">0208715</font>⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲年轻时在叙河镇农机站当钳工，个子不高，胳膊却很粗。家里墙上挂着一副弹簧拉力器，四根弹簧，两个红色木手柄，是他一九七九年在县百货公司花四块八毛钱买的。
那时候屋子小，父亲每天早上起床后，就站在门口的台阶上拉二三十下。他拉的时候憋着气，脸涨得通红，弹簧“嘎吱嘎吱”地响，我和弟弟就趴在窗台上数数。
我十二岁那年偷偷去拉，四根弹簧纹丝不动，父亲笑着拆下两根，说：“力气是一点一点长出来的。”后来我上了师范，那副拉力器也跟着我到了学校，宿舍里的同学轮流拿来练。
父亲去世后，弹簧早已锈了，手柄上的红漆也磨光了，我一直没舍得扔，把它挂在书房门后。有时候碰到它，弹簧还会轻轻响一声，像是父亲在门口咳嗽。⟦l 〔本辑下一篇：一只铝饭盒〕⟧
""",
    ),
    dict(
        slug="anthology-jiuqie-castanets-memoir-text",
        site="旧箧集 · 曾老师的文字角 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://zengls-wenzi.net/jiuqie/14.html",
        title="那副红木响板",
        record_title="那副红木响板 ——《旧箧集》第十四篇 · 曾老师的文字角",
        date=None,
        notes="personal collection as text: chapter links, a reading count, the author's mailbox; an essay with "
        "no date; a reprint notice between paragraphs",
        page="""
!m 曾老师的文字角
!m 目录 ／《旧箧集》／ 第十四篇
!t 那副红木响板 ——《旧箧集》第十四篇 · 曾老师的文字角
!m 文／曾素娥　　阅读 486
{T}
{BODY}
!l 〈 第十三篇　学校的那架旧风琴　｜　第十五篇　一双练功鞋 〉
!m 来信请寄：zengsue_wz@126.com
!d 拙作随意转载，但请保留作者名字。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
我第一次摸到响板，是一九八二年在省艺校舞蹈科。那年学西班牙舞，老师从一只旧皮箱里拿出一副红木响板，说是她的老师留给她的，让我们轮流看，谁也不许敲。
响板只有鸡蛋大小，两片合起来像一只贝壳，红木的颜色已经发暗，边上磨出了一圈浅痕。老师把它套在拇指上，手腕一抖，“哒哒哒哒”一串清脆的声音，像雨点落在瓦上。
⟦d （本文已授权《祈山晚报·副刊》刊发，转载请联系作者）⟧
后来我分到县文工团，又到县一中教了三十年舞蹈。学生们用的都是塑料响板，声音亮，也不怕摔。可我总记得那副红木响板的声音，它不脆，有点闷，却能一直响到心里去。
前年老师去世，她的女儿把那副响板寄给了我。我把它放在书桌抽屉里，偶尔拿出来，套在拇指上，轻轻敲两下。
""",
    ),
    dict(
        slug="dangjian-yanghu-maraca-volunteer-summary-table",
        site="仰湖先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.yanghuxianfeng.cn/zbfc/2024/12/24/3318.html",
        title="郑园社区党支部“银龄节拍”志愿服务队2024年工作总结",
        record_title="【支部光影】郑园社区党支部“银龄节拍”志愿服务队2024年工作总结_仰湖先锋网",
        date="2024-12-20",
        date_also=["2024-12-24"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line, a data table one row a paragraph; "
        "成文日期 under the signature and a later posting date; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【支部光影】郑园社区党支部“银龄节拍”志愿服务队2024年工作总结_仰湖先锋网</title>
<link rel="stylesheet" href="/static/xf/red.css">
<script src="/static/xf/base.js"></script>
</head>
<body>
<div class="xf-top">⟦m 仰湖先锋网 · 中共毅州市仰湖区委组织部主办⟧</div>
<div class="xf-nav">⟦m 首页　要闻　学习园地　支部光影　先锋人物　党员e家⟧</div>
<div class="xf-pos">⟦m 当前位置：首页 - 支部光影 - 社区党建⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<p class="xf-info">⟦m 2024-12-24　来源：郑园社区党支部　作者：辛若楠　点击：733⟧</p>
<p class="xf-score">⟦a 阅读满3分钟可获得学习积分 1 分⟧</p>
{BODY}
<p class="xf-qr">⟦a 手机扫码，随时随地学党建⟧</p>
<p class="xf-edit">⟦m 责任编辑：郑一帆⟧</p>
</div>
<div class="xf-side"><h3>⟦l 学习园地推荐⟧</h3>
<p>⟦l 社区党支部“三会一课”记录规范⟧</p>
<p>⟦l 党员志愿服务积分管理办法⟧</p></div>
<div class="xf-foot">⟦m 中共毅州市仰湖区委组织部　地址：仰湖区湖滨路66号⟧　⟦m 湘ICP备13005529号-2⟧</div>
</body>
</html>
""",
        body="""
今年，郑园社区党支部组织退休党员和居民骨干成立“银龄节拍”志愿服务队，以沙锤、手鼓等简单打击乐器为载体，走进养老院、日间照料中心和困难老人家中，用节奏和歌声为老年人送去陪伴。现将一年来的工作总结如下。
一、主要做法
一是以党员带群众。服务队现有队员26名，其中党员14名，每次活动由一名党员担任带队人。二是以自制乐器降低门槛。队员们用废旧塑料瓶、纸筒和豆子自制沙锤130余把，活动结束后把沙锤留给老人继续使用。三是以固定时间形成习惯。每月第一、三周的周三下午固定开展活动。
⟦m 图为服务队队员在仰湖区第二养老院教老人摇沙锤⟧
二、服务情况
服务地点　活动次数　服务人次
仰湖区第二养老院　12　468
郑园社区日间照料中心　18　540
困难老人家中　9　27
三、下一步打算
明年，服务队将与区老年大学合作，开设沙锤节奏公益课，并尝试把节奏游戏引入认知障碍老人的康复活动。
中共郑园社区支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="dangjian-weixi-speech-shake-machine-cn-date",
        site="尉溪党建在线 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.wxdjzx.cn/ldjh/20240318/2207.html",
        title="在全县“3·15”防范养老诈骗集中宣传活动启动仪式上的讲话",
        record_title="【讲话摘编·防范养老诈骗】在全县“3·15”防范养老诈骗集中宣传活动启动仪式上的讲话｜尉溪党建在线",
        date="2024-03-15",
        date_also=["2024-03-18"],
        notes="Party site as text: speaker line and a date in Chinese numerals under the speech title (neutral); "
        "the page's posting date differs; a study prompt between paragraphs",
        page="""
!m 尉溪党建在线
!m 当前位置：首页 》 领导讲话
!t 【讲话摘编·防范养老诈骗】在全县“3·15”防范养老诈骗集中宣传活动启动仪式上的讲话｜尉溪党建在线
!m 发布日期：2024-03-18　　来源：县委政法委　　浏览：1,108
{T}
县委常委、政法委书记　郑泽民
（二〇二四年三月十五日）
{BODY}
!a 学习提示：本文已纳入“周三夜学”必读篇目，学完请在系统中打卡。
!l 相关链接：全县防范养老诈骗宣传口号二十条
!m 中共尉溪县委组织部　主办｜赣ICP备12007760号-4
""",
        indent="\u3000\u3000",
        body="""
同志们、朋友们：
今天是“3·15”国际消费者权益日，我们在这里启动全县防范养老诈骗集中宣传活动，目的就是要让广大老年朋友擦亮眼睛，守好自己的养老钱。
近年来，一些不法分子打着“健康讲座”“免费体验”的旗号，把几百元成本的甩脂机包装成能“降三高、治百病”的神器，以几千元的价格卖给老人。去年以来，全县共受理此类投诉43起，涉案金额二十余万元。
⟦a 点击右上角“收藏”，本讲话可在个人学习档案中查看⟧
在这里，我提三点要求：一是各乡镇、各部门要把宣传送到村组、送到家门口，让老人听得懂、记得住；二是市场监管、公安等部门要联合执法，发现一起、查处一起；三是子女们要常回家看看，多问问父母买了什么、花了多少钱。
同志们，守护老年人的钱袋子，就是守护千家万户的幸福。让我们共同努力，让骗子无处下手！
""",
    ),
    dict(
        slug="hospital-yizhou-mch-grip-article-booking",
        site="毅州市妇幼保健院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.yzfybjy.com/kpzs/etkf/2024/1108/901.html",
        title="握笔器怎么选？作业治疗师说清楚",
        record_title="儿童康复科普｜握笔器怎么选？作业治疗师说清楚 - 毅州市妇幼保健院",
        date="2024-11-08",
        notes="hospital site: booking and 24-hour lines, a booking float, an experts list; the 发布时间 byline as "
        "the page's date; the department's own 咨询电话 in the body beside the hospital's lines",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>儿童康复科普｜握笔器怎么选？作业治疗师说清楚 - 毅州市妇幼保健院</title>
<script src="/res/js/hospital.min.js"></script>
<link rel="stylesheet" href="/res/css/yzfy.css">
</head>
<body>
<div class="h-top">⟦m 毅州市妇幼保健院　三级甲等⟧　⟦m 预约挂号：0736-2877120⟧　⟦m 24小时急诊：0736-2877999⟧</div>
<div class="h-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普　护理园地⟧</div>
<div class="h-pos">⟦m 您的位置：首页 &gt; 健康科普 &gt; 儿童康复⟧</div>
<div class="h-art">
<h1>{T}</h1>
<p class="h-info">⟦m 发布时间：2024-11-08　作者：儿童康复科 郑晓晖　审核：侯春明　浏览：1562⟧</p>
{BODY}
<p class="h-stmt">⟦d 本文仅为健康科普，不能代替面诊，具体诊疗请遵医嘱。⟧</p>
</div>
<div class="h-side"><h3>⟦l 儿童康复科专家⟧</h3>
<p>⟦l 侯春明　主任医师　周二、周四上午⟧</p>
<p>⟦l 郑晓晖　主管治疗师　周一至周五⟧</p></div>
<div class="h-float">⟦a 在线预约 · 少排队⟧</div>
<div class="h-foot">⟦m 地址：毅州市仰湖区健康路18号⟧　⟦m 湘ICP备09015526号　湘公网安备43070202000421号⟧</div>
</body>
</html>
""",
        body="""
在儿童康复科门诊，经常有家长问：孩子握笔姿势不对，买个握笔器是不是就行了？握笔器该怎么选？
先说结论：握笔器是辅助工具，选对了有帮助，选错了反而添乱。家长可以按孩子的情况来选。
一是刚开始学写字、手指位置总放错的孩子，可以选带三个指槽的“定位型”握笔器，帮助孩子记住拇指、食指、中指的位置。
二是手指力量弱、握笔容易打滑的孩子，可以选外径较粗、表面带纹理的“加粗型”，减少用力。
三是笔握得太靠近笔尖的孩子，可以选带挡片的款式，让手指离笔尖保持两厘米左右。
不管选哪一种，都要注意材质无异味、大小合手，每天使用时间不宜过长。如果孩子五岁以后仍然握笔困难、手部容易疲劳，建议到儿童康复科进行精细运动评估。科室咨询电话：0736-2877265（工作日8:00—12:00，14:30—17:30）。
""",
    ),
    dict(
        slug="hospital-qishan-rehab-expander-replacement-notice",
        site="祈山县人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qsxrmyy.com/yngg/2024/0603/226.html",
        title="康复医学科关于更换训练区弹簧拉力器的通知",
        record_title="院办发布 » 康复医学科关于更换训练区弹簧拉力器的通知 - 祈山县人民医院",
        date="2024-06-03",
        notes="hospital text page: the hospital's switchboard and complaint lines in the header and footer; the "
        "department's own 内线 in the body; 成文日期 under the signature; a booking prompt glued after a sentence",
        page="""
!m 祈山县人民医院　二级甲等综合医院
!m 总机：0745-7712000　投诉电话：0745-7712119
!m 首页 › 院务公开 › 院内公告
!t 院办发布 » 康复医学科关于更换训练区弹簧拉力器的通知 - 祈山县人民医院
!m 发布者：康复医学科　浏览 211 次
{T}
{BODY}
!a 预约康复评估请关注“祈山县人民医院”服务号
!l 上一篇：关于调整夏季门诊作息时间的通知
!m 祈山县人民医院　地址：祈山县城关镇人民路102号
""",
        indent="\u3000\u3000",
        body="""
各病区、门诊康复患者：
我科训练区现有弹簧拉力器12副，已使用六年以上，近期检查发现其中5副弹簧出现锈蚀、拉伸后回弹变慢等情况，存在断裂伤人的隐患。为保障患者训练安全，经医院设备科批准，我科将于6月10日至6月14日对训练区全部弹簧拉力器进行更换，统一改为可调阻力的弹力带式拉力器。⟦a 需改约训练时间的患者请在线预约⟧
更换期间，肩关节、上肢功能训练改在训练区东侧进行，由治疗师一对一指导，训练安排不受影响。
新拉力器投入使用后，请患者在治疗师指导下使用，不要私自调高阻力，训练中如出现疼痛，应立即停止并告知治疗师。
如有疑问，请联系康复医学科护士站，内线：8326。
祈山县人民医院康复医学科
2024年6月3日
""",
    ),
    dict(
        slug="university-yizhou-castanets-dance-award-news",
        site="毅州学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yzxy.edu.cn/info/1021/17745.htm",
        title="我校舞蹈作品《响板声声》获全省大学生艺术展演一等奖",
        record_title="我校舞蹈作品《响板声声》获全省大学生艺术展演一等奖-毅州学院新闻网",
        record_date="2024-11-18",
        date="2024-11-18",
        notes="university news page: record date; a photo caption between paragraphs; a 文/图/审核 line glued "
        "after the last sentence; a campus-photos link and a footer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>我校舞蹈作品《响板声声》获全省大学生艺术展演一等奖-毅州学院新闻网</title>
<link rel="stylesheet" href="/style/yzxy2023.css">
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="header">⟦m 毅州学院新闻网⟧　⟦m 明德　笃学　求是　致用⟧</div>
<div class="menu">⟦m 学院首页　综合新闻　教学科研　校园文化　媒体毅院　图说校园⟧</div>
<div class="position">⟦m 当前位置: 首页 &gt;&gt; 校园文化 &gt;&gt; 正文⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="arti-info">⟦m 2024-11-18　来源：艺术学院　点击：<span>642</span>⟧</div>
{BODY}
</div>
<div class="more">⟦l 看更多校园影像 »⟧</div>
<div class="prevnext">⟦l 上一条：我校召开2024年秋季学期教学检查总结会⟧<br>⟦l 下一条：我校学子在全省师范生技能大赛中获佳绩⟧</div>
<div class="footer">⟦m 版权所有：毅州学院　地址：毅州市仰湖区学府路1号　邮编：415000⟧<br>⟦m 湘ICP备05012271号⟧</div>
</body>
</html>
""",
        body="""
近日，第八届全省大学生艺术展演活动结果揭晓，由我校艺术学院舞蹈学专业学生创作表演的群舞《响板声声》获舞蹈类甲组一等奖，指导教师辛晓蔓获优秀指导教师奖。
《响板声声》以西班牙舞为基础，融入湘中花鼓戏的步态和节奏。十六名演员全程手持响板，用响板的快慢、轻重表现春雨、劳作和丰收的场景。为了让响板和舞步严丝合缝，演员们每天课后加练两小时，不少同学的拇指被绳子勒出了血泡。
⟦m 图为《响板声声》演出现场⟧
辛晓蔓介绍，作品最难的地方在于响板的节奏要和音乐、舞步三者统一，排练中光是开场的一段响板独奏就改了十一稿。⟦m （文/艺术学院 曾小雨　图/学生记者团　审核/郑一鸣）⟧
""",
    ),
    dict(
        slug="university-yizhou-pe-expander-lending-notice",
        site="毅州学院体育部 (invented university site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tyb.yzxy.edu.cn/tzgg/2024/0909/388.htm",
        title="体育部关于开放学生健身房拉力器借用服务的通知",
        date="2024-09-09",
        notes="university department page as text; the record title as is; a sentence telling students to scan a "
        "code to borrow as content; the department's own phone in the body; 成文日期 under the signature",
        page="""
!m 毅州学院体育部
!m 首页 - 通知公告 - 正文
{T}
!m 发布者：体育部办公室　发布于 2024-09-09 10:12　阅读：958
!a 〔放大字体〕〔缩小字体〕〔打印此文〕
{BODY}
!l 下一篇：关于2024年学生体质健康测试安排的通知
!m 毅州学院体育部　电话：0736-2261018　地址：学府路1号体育馆二楼
!m Copyright © 毅州学院 All Rights Reserved
""",
        indent="\u3000\u3000",
        body="""
各学院、全体学生：
为满足同学们课余锻炼需求，体育部决定自9月16日起，在学生健身房开放拉力器借用服务。现将有关事项通知如下。
一、借用时间
周一至周五16:30—21:00，周六、周日9:00—21:00。
二、借用方式
同学们凭校园卡到健身房服务台借用，也可以扫描服务台的借用二维码在线登记。每人每次限借一副，使用时间不超过一小时，归还时由值班人员检查。
三、注意事项
1.使用前请检查弹簧或弹力绳有无断裂、挂钩是否牢固；
2.不得对着他人拉伸或突然松手；
3.借用期间造成损坏的，按器材原价赔偿。
如有问题，请联系体育部场馆管理中心，电话：0736-2261039。
毅州学院体育部
2024年9月9日
""",
    ),
]
