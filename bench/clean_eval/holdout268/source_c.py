"""holdout268, part C: personal collections, Party-building sites, hospitals, universities, local forums.

Invented text, sites, places and people; each case written by hand. See ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="collection-zhuogengzhai-grandfather-grain-measure",
        site="拙耕斋文存 (invented, gb2312 personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.zhuogengzhai.net/wencun/laowu/09.htm",
        title="爷爷的米斗",
        record_title="《老屋拾遗》之九·爷爷的米斗｜拙耕斋文存",
        date=None,
        notes="old gb2312 collection page: marquee, chapter links, visitor counter, the author's mailbox; an essay "
        "with no date; a 'back to contents' link between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《老屋拾遗》之九·爷爷的米斗｜拙耕斋文存</title>
<script language="JavaScript" src="/count/counter.asp?id=zg"></script>
</head>
<body bgcolor="#FFFFF0" text="#333333">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center" bgcolor="#C9B99A"><font size="5">⟦m 拙耕斋文存⟧</font><br><font size="2">⟦m 一个退休语文教员的旧文章⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦d 欢迎光临拙耕斋，本斋文字皆为斋主自写，转载请先来信打招呼⟧</marquee></td></tr>
<tr><td align="center">⟦m 〖斋主简介〗〖老屋拾遗〗〖教书琐记〗〖旧体诗〗〖留言簿〗⟧</td></tr>
<tr><td>
<p align="center"><font size="4"><b>⟦t 《老屋拾遗》之九·爷爷的米斗⟧</b></font></p>
<p align="center"><font size="2" color="#888888">⟦m 拙耕老人　文⟧</font></p>
{BODY}
<p align="center">⟦l ←之八·灶屋里的风箱⟧　⟦l 〖回到《老屋拾遗》目录〗⟧　⟦l 之十·门楼上的燕子窝→⟧</p>
</td></tr>
<tr><td align="center" bgcolor="#C9B99A"><font size="2">
⟦m 斋主信箱：zhuogeng_laoren@sina.com⟧<br>
⟦m 拙耕斋自二〇〇三年开门以来已接待访客 0127735 位⟧
</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
爷爷的米斗是他年轻时自己做的，用的是屋后砍下的一棵老杉树。斗口四边包着薄铁皮，铁皮上的钉眼排得整整齐齐。
那时候村里谁家缺粮，都到我家来借。爷爷借出去用平斗，别人还回来时，他也只收平斗，从不让人加尖。奶奶有时嘀咕，他就说：“借粮的人家本来就难。”
⟦l （本篇配图：老米斗一幅，点击查看大图）⟧
后来家里不种水稻了，米斗被搁在阁楼上，装过花生，装过毛线，最后装的是我小时候的连环画。
前年老屋翻修，我把米斗带回城里，擦干净放在书房。朋友来了，总要问这是什么，我就给他们讲爷爷平斗借粮的故事。
""",
    ),
    dict(
        slug="collection-doupeng-father-cricket-cages",
        site="豆棚闲笔 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://doupeng-xianbi.cn/juan2/17.html",
        title="秋夜听虫",
        record_title="秋夜听虫（《豆棚闲笔》卷二·第十七）",
        date=None,
        notes="collection text page: a memoir with no date; collection head, chapter links, a 收藏 count and a "
        "visitor count; a 'read aloud' action glued before the first line",
        page="""
!m 豆棚闲笔　｜　一个人的文集
!m 卷一 乡居　卷二 草木虫鱼　卷三 旧友
!t 秋夜听虫（《豆棚闲笔》卷二·第十七）
!m 作者：豆棚翁　　字数：约五百　　收藏 59
{BODY}
!l ‹ 第十六 檐下的蜂  ｜  目录  ｜  第十八 瓜架 ›
!m 本文集已被翻阅 31082 次
!d 豆棚闲笔文字未经许可不得刊用
""",
        indent="\u3000\u3000",
        body="""
⟦a ♪ 朗读本篇⟧父亲会编蝈蝈笼，这是我小时候在伙伴面前最得意的事。
每年秋天收了高粱，他挑出几根最直的秫秸，剥掉外皮，用小刀把秸秆劈成细条。晚饭后，他坐在门槛上，借着屋里的灯光，一根压一根地编，不到一个钟头，一只小巧的笼子就成了。
我拿着笼子去地里捉蝈蝈，捉回来挂在窗前，夜里听它一声接一声地叫，觉得整个秋天都装进了笼子里。
父亲去世后，我也试着编过，可总是编歪。后来才明白，那些笼子里编进去的，还有他的耐心。
""",
    ),
    dict(
        slug="party-zishui-pledge-civilised-qingming-incense",
        site="先锋锱水 (invented Party-building portal)",
        style="党建网",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xianfeng-zishui.cn/dtyw/202403/t20240322_6610.html",
        title="关于党员干部带头文明祭扫、规范敬香的倡议书",
        record_title="【移风易俗】关于党员干部带头文明祭扫、规范敬香的倡议书_先锋锱水",
        date="2024-03-20",
        date_also=["2024-03-22"],
        notes="Party-building portal: study-points prompt, phone-reading QR line, the portal's date also accepted; "
        "分享 as content (share this pledge with relatives); two signers and the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【移风易俗】关于党员干部带头文明祭扫、规范敬香的倡议书_先锋锱水</title>
<script src="/res/js/xf-count.js"></script>
</head>
<body>
<div class="xf-top">⟦m 先锋锱水 · 中共锱水县委组织部主办⟧ <a>⟦a 党员登录⟧</a></div>
<div class="xf-nav">⟦m 首页　党建要闻　组织工作　干部教育　先锋风采　党员e家⟧</div>
<div class="xf-pos">⟦m 当前位置：首页 → 党建要闻⟧</div>
<div class="xf-main">
<h1>{T}</h1>
<div class="xf-meta">⟦m 日期：2024-03-22　来源：县委组织部　浏览次数：3381⟧</div>
<div class="xf-tip">⟦a 阅读满3分钟可记学习积分1分⟧</div>
{BODY}
<div class="xf-qr">⟦a 📱 手机扫一扫，随时随地学⟧</div>
<div class="xf-pn">⟦l 上一篇：县直机关工委召开2024年党建工作推进会⟧<br>⟦l 下一篇：鸒口镇开展“党员铸炉匠”技能比武⟧</div>
</div>
<div class="xf-foot">⟦m 中共锱水县委组织部 主办　联系电话：0738-5201127⟧<br>⟦m 赣ICP备12006618号⟧</div>
</body>
</html>
""",
        body="""
全县广大党员干部：
清明将至，又到祭扫时节。近年来，我县山林面积不断扩大，野外焚香烧纸极易引发山火。为此，县委组织部、县文明办向全县党员干部发出如下倡议：
一、带头文明祭扫。提倡鲜花祭扫、植树祭扫、网络祭扫，不在山林、坟头焚香烧纸、燃放鞭炮。
二、带头规范敬香。确需敬香的，请到公墓、祠堂统一设置的香炉内敬香，香火熄灭后再离开。
三、带头宣传引导。主动向家人、邻里讲清山林防火的道理，请把这份倡议分享给身边的亲友。
让我们以实际行动带动群众，过一个平安、文明的清明节。
中共锱水县委组织部
锱水县精神文明建设办公室
2024年3月20日
""",
    ),
    dict(
        slug="party-yiyang-insight-first-secretary-cricket-cages",
        site="镒阳先锋网 (invented Party-building site)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.yiyangxianfeng.cn/zcsj/2024/1203/2291.html",
        title="把老手艺变成“金饭碗”——驻村第一书记工作体会",
        record_title="【驻村手记】把老手艺变成“金饭碗”——驻村第一书记工作体会--镒阳先锋网",
        date="2024-12-03",
        notes="Party site as text: the byline 发布时间 is the page's date; a study-points line between paragraphs; "
        "a 'recommended to the front page' tag glued after the last sentence",
        page="""
!m 镒阳先锋网｜镒阳县委组织部
!m 栏目：驻村手记
!t 【驻村手记】把老手艺变成“金饭碗”——驻村第一书记工作体会
!m 发布时间：2024-12-03 16:20　作者：石嘉木（韪坪镇猱坑村第一书记）
!a 〔加大字号〕〔减小字号〕
{BODY}
!l 驻村手记往期：一条村道的修建始末｜我在村里当“红娘”
!m 镒阳先锋网　投稿邮箱：yyxfw_tg@163.com
""",
        indent="\u3000\u3000",
        body="""
去年春天，我被选派到韪坪镇猱坑村任第一书记。进村第一个月，我走访了全村一百多户，发现不少老人会编蝈蝈笼，却只是编着玩，换不来钱。
我和村两委商量，成立了编织合作社，请县文化馆的传承人来培训，又联系快递网点在村部设了收件点。老人在家编，合作社统一验收、统一销售。
⟦a 【学习打卡】读完本文记学习时长5分钟⟧
一年下来，合作社卖出蝈蝈笼一万两千多只，参与编织的47户平均增收三千多元。七十多岁的石大娘说，编笼子不费力，还能挣个零花钱。
驻村这一年，我最深的体会是：乡村振兴不一定要大项目，把群众手里的老手艺用起来，同样能让日子红火。⟦m 【已推荐至镒阳先锋网首页】⟧
""",
    ),
    dict(
        slug="hospital-bingchuan-mch-pram-baby-spine",
        site="秉川市妇幼保健院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.bcfybjy.com/jkkp/etbj/2024-06-03/1952.html",
        title="宝宝多大能坐婴儿车？",
        record_title="【儿保小课堂】宝宝多大能坐婴儿车？-秉川市妇幼保健院",
        date="2024-06-03",
        notes="hospital page: booking float, 24-hour line, experts box; byline date is the page's date; the department's "
        "own 咨询电话 in the body beside the hospital's booking and 24-hour lines; numbered list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【儿保小课堂】宝宝多大能坐婴儿车？-秉川市妇幼保健院</title>
<script src="/js/yuyue-float.js"></script>
</head>
<body>
<div class="fy-top">⟦m 秉川市妇幼保健院　二级甲等妇幼保健院⟧ <span>⟦m 24小时服务热线：0737-5111120⟧</span></div>
<div class="fy-nav">⟦m 医院概况　就医指南　科室导航　专家介绍　健康科普　院务公开⟧</div>
<div class="fy-loc">⟦m 您在这里：健康科普 / 儿童保健⟧</div>
<div class="fy-art">
<h1>{T}</h1>
<div class="fy-meta">⟦m 2024-06-03　儿童保健科　贺念慈　阅读 2475⟧</div>
{BODY}
<div class="fy-tags">⟦l 关键词：婴儿车　坐姿　儿童保健⟧</div>
</div>
<div class="fy-side">
<h4>⟦l 儿保专家⟧</h4>
<p>⟦l 贺念慈　主任医师　周二、周四上午⟧</p>
<p>⟦l 尹书禾　副主任医师　周三全天⟧</p>
</div>
<div class="fy-float">⟦a 预约挂号⟧<br>⟦m 预约专线 0737-5111333⟧</div>
<div class="fy-foot">⟦m 秉川市妇幼保健院　地址：秉川市鹥湖区和平路66号⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧</div>
</body>
</html>
""",
        body="""
不少家长问：宝宝几个月可以坐婴儿车？我们的建议是，要看宝宝的发育情况，而不是只看月龄。
1.六个月以内的宝宝颈部和背部肌肉力量弱，应让他平躺在婴儿车里，靠背放到最低。
2.宝宝能独立坐稳后，才可以把靠背调高，让他坐着看风景。
3.每次坐车时间不宜超过一小时，中途抱出来活动一下。
4.出门一定系好安全带，不要在车把上挂重物，以免车子后翻。
如果发现宝宝坐着时总往一边歪，或者到了八个月还坐不稳，请到儿童保健科就诊。儿童保健科咨询电话：0737-6620451（工作日8:00—17:00）。
""",
    ),
    dict(
        slug="hospital-yiyang-tcm-notice-no-incense-in-wards",
        site="镒阳县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yyxzyy.com/ywgk/2024/0131/882.html",
        title="关于住院病区禁止焚香烧纸的通知",
        record_title="〔院务公开〕关于住院病区禁止焚香烧纸的通知 - 镒阳县中医院",
        date="2024-01-30",
        date_also=["2024-01-31"],
        notes="hospital notice as text: the hospital's posting date also accepted; 24-hour and booking lines at the "
        "bottom; a booking prompt glued after a sentence",
        page="""
!m 镒阳县中医院　YIYANG COUNTY HOSPITAL OF TCM
!m 首页 ＞ 院务公开 ＞ 通知公告
{T}
!m 发布：2024-01-31　保卫科　浏览 804
{BODY}
!l 上一条：春节期间门诊安排　下一条：关于调整住院陪护管理的通知
!m 24小时急诊：0739-6612120　门诊预约：0739-6612888
!m 镒阳县中医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
各位患者及家属：
春节临近，近期有家属在病房内摆放小香炉焚香祈福。病区内氧气管道密集，床单、窗帘均为易燃物，明火极易引发火灾。为保障大家的生命安全，现通知如下：
一、住院病区、走廊、楼梯间及卫生间内禁止焚香、点蜡烛和焚烧纸钱，请勿将香炉、香烛带入病区。
二、已带入的，请交由护士站代为保管，出院时领回。⟦a 〔微信预约复诊点这里〕⟧
三、保安人员和护士将加强巡查，发现明火立即制止。
祈福之心我们理解，平安健康才是最好的祝福。感谢您的配合！
镒阳县中医院保卫科
2024年1月30日
""",
    ),
    dict(
        slug="university-bingchuan-students-restore-armchair-no-title",
        site="秉川学院 (invented university)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.bcxy.edu.cn/info/1012/20871.htm",
        title="我校师生复原清代太师椅亮相学院展厅",
        record_title=None,
        date="2024-11-14",
        notes="university news, no title in the record: the <h1>; a dotted date in the byline is the page's date; "
        "photo caption between paragraphs; 文/图/审核 line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>秉川学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="bx-head">⟦m 秉川学院新闻网⟧ ⟦m 博学　笃行　守正　创新⟧</div>
<div class="bx-nav">⟦m 学院首页　综合新闻　教学科研　校园文化　媒体秉院⟧</div>
<div class="bx-loc">⟦m 首页 » 综合新闻 » 正文⟧</div>
<div class="bx-art">
<h1>{T}</h1>
<div class="bx-info">⟦m 2024.11.14　艺术设计学院　点击：1396⟧</div>
{BODY}
</div>
<div class="bx-pn">⟦l 上一条：我校举办第十届大学生家具设计大赛⟧ ⟦l 下一条：图书馆“古籍修复体验周”开幕⟧</div>
<div class="bx-foot">⟦m 秉川学院党委宣传部　新闻热线：0737-5208810⟧<br>⟦m 地址：秉川市鹥湖区学府大道1号⟧</div>
</body>
</html>
""",
        body="""
11月12日，我校艺术设计学院家具设计专业师生历时两个月复原的一把清代太师椅在学院展厅亮相。
这把太师椅的原件由铢岭县一位收藏者借给学院测绘。师生先用三维扫描获取数据，再按原件用料选取老榆木，全部采用榫卯连接，靠背上的“福寿纹”由学生手工雕刻完成。
⟦m 【图】学生在为太师椅靠背补刻纹样（艺术设计学院供图）⟧
指导教师郝明远介绍，复原过程中，学生们发现原椅的扶手比现代椅子低了五厘米左右，这与古人正襟危坐的坐姿有关。
据悉，复原作品将在学院展厅展出至12月底，校内师生可在工作日前往参观。⟦m （文/邹可心　图/戴舟　审核/郝明远）⟧
""",
    ),
    dict(
        slug="university-museum-letter-collect-grain-measures",
        site="秉川学院博物馆 (invented)",
        style="高校官网",
        genre="函",
        kind="letter",
        form="text",
        source="http://museum.bcxy.edu.cn/gztz/20240510.htm",
        title="关于征集民间老米斗等传统计量器具的函",
        record_title="馆务通知 » 关于征集民间老米斗等传统计量器具的函 « 秉川学院博物馆",
        date="2024-05-10",
        notes="university museum letter: the museum's own 联系人/电话/邮箱 beside the site's switchboard; "
        "opening-hours line and visitor booking at the bottom",
        page="""
!m 秉川学院博物馆
!m 开放时间：周二至周日 9:00—16:30（周一闭馆）
!m 首页 » 馆务通知
{T}
!m 2024-05-10　发布者：典藏部
{BODY}
!a 参观预约请通过“秉院博物馆”小程序
!m 秉川学院总机：0737-5208000
!d © 秉川学院博物馆　未经许可不得转载
""",
        indent="\u3000\u3000",
        body="""
铢岭县各乡镇综合文化站：
我馆正在筹建“传统计量器具”专题展厅，拟向社会征集民间老米斗、升子、斗刮、杆秤等实物。贵站长期扎根基层，熟悉当地民俗，特函请协助以下事项：
一、帮助了解辖区内保存老米斗的农户和收藏者，提供联系方式；
二、协助我馆工作人员入户查看、拍照登记；
三、对愿意捐赠的，我馆颁发收藏证书，并在展品说明中注明捐赠者姓名。
我馆联系人：闵书禾，电话：0734-2875163，邮箱：bcxybwg@bcxy.edu.cn。
感谢贵站的支持！
秉川学院博物馆
2024年5月10日
""",
    ),
    dict(
        slug="localforum-yihu-pram-parked-in-lift-jammer-no-title",
        site="鹥湖生活论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yihu-life.com/thread-88176-1-1.html",
        title="电梯里天天停着一辆婴儿车，物业也不管？",
        record_title=None,
        date=None,
        notes="county forum, no title in the record: the thread subject; jammer fonts in the post; weather line, "
        "medals, a decoration ad, an official-reply link; 发表于 前天 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>电梯里天天停着一辆婴儿车，物业也不管？ - 民生吐槽 - 鹥湖生活论坛</title>
<style>.jammer{display:none}</style>
<script src="/static/js/yh-weather.js"></script>
</head>
<body>
<div class="yh-top">⟦m 鹥湖生活论坛⟧ ⟦m 秉川 今天 多云 18～26℃⟧ ⟦a 登录 ｜ 快速注册⟧</div>
<div class="yh-ad">⟦w 装修找鹥湖家装联盟，免费量房 0737-5339918⟧</div>
<div class="yh-pt">⟦m 论坛 › 民生吐槽 › 帖子⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="yh-post">
<div class="yh-auth">⟦m 七栋老住户⟧ ⟦m 勋章：热心邻居 · 五年老会员⟧</div>
<div class="yh-time">⟦m 发表于 前天 07:52　｜　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="yh-gov">⟦l 【已转交鹥湖区住建局】查看官方回复 »⟧</div>
</div>
<div class="yh-reply">⟦l 2楼 楼下的猫：我们单元也有，真的挡路⟧</div>
<div class="yh-reply">⟦l 3楼 奶爸一枚：推车进电梯可以，放着不走不行⟧</div>
<div class="yh-foot">⟦m 鹥湖生活论坛 bbs.yihu-life.com　违法和不良信息举报：0737-5339000⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
住在鹐园小区7栋，这几天早上坐电梯上班，都看到一辆婴儿车停在电梯里，说是某户临时放一下，结果一放就是一早上。
电梯本来就小，一辆婴儿车占了三分之一，上下班高峰挤得门都关不上。昨天一个老人拄着拐杖进不去，只能等下一趟。
我给物业打了电话，物业说会去提醒，到现在也没见效果。
不是不体谅带孩子的家庭，推车进出电梯我们都愿意让一让，但把电梯当车库就说不过去了。希望这户邻居看到能自觉一点，也希望物业拿出个办法来，比如在一楼设个停放点。
""",
    ),
    dict(
        slug="localforum-zishui-temple-fair-incense-burner-crowd",
        site="锱水论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.zishui-luntan.com/forum.php?mod=viewthread&tid=40217",
        title="正月初九去鸒口镇药王庙，香炉前挤得脚都落不了地",
        record_title="[庙会见闻] 正月初九去鸒口镇药王庙，香炉前挤得脚都落不了地 - 乡镇版 - 锱水论坛",
        date=None,
        notes="county forum post as text: no date (发表于 5 天前); weather line, medals, an ad line between paragraphs, "
        "floor replies",
        page="""
!m 锱水论坛 — 锱水人自己的网上家园
!m 今日锱水：小雨 3～9℃
!m 锱水论坛 » 乡镇版 » 鸒口
!t [庙会见闻] 正月初九去鸒口镇药王庙，香炉前挤得脚都落不了地
!m 楼主：山茶花开　勋章：锱水通　发表于 5 天前
{BODY}
!l 沙发 泥鳅哥：去年我也去了，确实挤
!l 板凳 鸒口人：今年有志愿者好多了，点赞
!a 回复本帖需绑定手机号
!m 锱水论坛 bbs.zishui-luntan.com　站务QQ群：537216840
""",
        body="""
正月初九带老人去鸒口镇药王庙赶庙会，说两句见闻。
人是真多，从山门到大殿不到两百米，走了四十分钟。最挤的是大殿前那只大铁香炉，一圈人围着插香，后面的人往前挤，前面的人被香火燎到袖子，好几个人喊烫。
⟦w 【广告】鸒口农家乐订餐，电话 138 0738 6627⟧
好在今年庙里安排了志愿者，在香炉四周拉了绳子，让大家排队一个一个上去，还在旁边放了两个灭火器和一桶沙。
建议明年再多设几个小香炉分流，或者像别的地方那样，进门就发三支清香，把带来的大香留在门口。老人孩子多，安全第一。
""",
    ),
]
