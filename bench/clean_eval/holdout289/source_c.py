"""holdout289, part C: personal collections, Party-building portals, hospitals, universities and county forums.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="anthology-fengshouzhuo-memoir-noodle-rack-table-layout",
        site="鹘水集·冯守拙个人文集 (invented, old gb2312 table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.fengshouzhuo.example.net/hushuiji/juan2/14.htm",
        title="母亲的挂面架",
        record_title="〖鹘水集·卷二〗母亲的挂面架 - 冯守拙个人文集",
        date=None,
        notes="a retired teacher's collection in an old table layout with a marquee, chapter links, font links, a visitor counter and the author's mailbox; a read-aloud link glued after a sentence; the memoir ends with a year-and-season line (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖鹘水集·卷二〗母亲的挂面架 - 冯守拙个人文集</title></head>
<body bgcolor="#F5F0E1">
<table width="800" align="center" border="0"><tr><td align="center">
<font size="5" face="楷体_GB2312">⟦m 鹘水集⟧</font><br><font size="2">⟦m 冯守拙个人文集 · 一个老教书匠的文字⟧</font></td></tr>
<tr><td><marquee behavior="alternate">⟦d 本集文字皆为作者原创，如需引用请先来信征得同意⟧</marquee></td></tr>
<tr><td>⟦m <a href="/">文集首页</a> ｜ <a href="/juan1/">卷一 乡音</a> ｜ <a href="/juan2/">卷二 家常</a> ｜ <a href="/juan3/">卷三 杂记</a>⟧</td></tr>
</table>
<table width="800" align="center" border="1" cellpadding="12"><tr><td>
<p align="center"><b>{T}</b></p>
<p align="right">⟦a 〔字大些〕〔字小些〕⟧</p>
{BODY}
<p align="center">⟦l 上一篇：外婆家的石磨⟧　⟦l 回卷二目录⟧　⟦l 下一篇：腊月的案板⟧</p>
</td></tr></table>
<table width="800" align="center"><tr><td align="center"><font size="2">
⟦m 作者信箱：fengshouzhuo@example.net⟧<br>
⟦m 自2008年开张以来，您是第 046215 位读者⟧
</font></td></tr></table>
<script language="javascript" src="/counter/count.asp?id=hushuiji"></script>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
我家的挂面架是父亲用两根杉木和十几根竹竿搭起来的，立在院子当中，比屋檐还高。
每年腊月，母亲天不亮就起来和面。面团醒好了，她搓成长条，盘进瓦盆，再一圈圈绕到两根筷子粗的竹签上。等太阳出来，她把竹签挂上架子，一手托着，一手往下慢慢地拉，面条越拉越细，像一挂白色的门帘。⟦a 〔朗读此段〕⟧
我那时候个子小，专门负责在架子底下捡掉下来的面头。母亲说，掉下来的面不能扔，晚上下一锅面头汤，比挂面还香。
后来我到城里教书，母亲年纪也大了，拉不动面了。那副挂面架拆了当柴烧，只剩一根竹竿还靠在柴房墙角。
二〇一九年冬，写于鹜洲
""",
    ),
    dict(
        slug="anthology-yuanshan-memoir-father-shoe-cloth-title-line",
        site="远山文稿 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yuanshanwengao.example.net/juan3/0412.html",
        title="父亲的擦鞋布",
        record_title=None,
        date=None,
        notes="no record title: the title line on the page; a memoir with no date; chapter links, a word count and the maintainer's mailbox; a copy lock on a line of its own inside the body",
        page="""
!m 远山文稿 · 鲍远山个人文集
!m 卷三　车站旧事
{T}
!m 字数：486　本篇阅读：2113
{BODY}
!l 【上一篇】候车室的长椅　【下一篇】车站钟楼
!l 返回卷三目录
!m 文稿维护：鲍小禾　来信请寄 yuanshan_wg@example.net
!d 本文集文字版权归作者家属所有，谢绝转载
""",
        indent="\u3000\u3000",
        body="""
父亲在鹜洲火车站擦了二十三年皮鞋。他的家当很简单：一个小木箱，两把鞋刷，几盒鞋油，还有一块洗得发白的擦鞋布。
那块布是母亲用旧军装改的，四边锁了边，父亲每天收摊回家都要把它洗干净，晾在窗台上。他说，鞋油可以换，布不能随便换，用惯了的布手上有数，一拉一擦，皮鞋就能照出人影。
⟦a 本站文字已加锁，选中复制请先联系维护人⟧
我上中学那年，有同学在车站看见了父亲，第二天在班里说我爸是“擦鞋匠”。我回家跟父亲赌气，半个月没跟他说话。父亲什么也没说，只是那段时间出摊更早了。
如今父亲走了五年，那块擦鞋布我一直收着。每次穿皮鞋出门，我都要拿它擦一擦。
""",
    ),
    dict(
        slug="party-juanshan-summary-letter-holders-study-points",
        site="鹃山先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.jsxianfeng.example.cn/jcdj/sqdj/2024/1226/6620.html",
        title="鸠桥社区党委“民情信插”收集办理群众诉求工作总结",
        record_title="【楼栋党建】鸠桥社区党委“民情信插”收集办理群众诉求工作总结｜鹃山先锋网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="a Party portal: a study-points prompt on a line of its own inside the body, a read-on-phone QR line; the 成文日期 under the signature differs from the portal's 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【楼栋党建】鸠桥社区党委“民情信插”收集办理群众诉求工作总结｜鹃山先锋网</title></head><body>
<div class="head">⟦m 鹃山先锋网⟧ <span>⟦m 中共鹃山区委组织部主办⟧</span></div>
<div class="nav">⟦m 首页 ｜ 要闻 ｜ 基层党建 ｜ 党员教育 ｜ 先锋风采⟧</div>
<div class="pos">⟦m 当前位置：首页 → 基层党建 → 社区党建⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-12-26　来源：鸠桥社区党委　作者：程蔚⟧ ⟦a 【大 中 小】⟧</div>
<div class="article">
{BODY}
</div>
<div class="qr">⟦a 用手机扫一扫，在手机上继续读⟧</div>
<div class="rel"><h3>⟦l 基层党建 · 推荐阅读⟧</h3><ul><li>⟦l “红色物业”让老小区焕新颜⟧</li><li>⟦l 楼栋党小组长的一天⟧</li></ul></div>
<footer>⟦m 中共鹃山区委组织部　地址：鹃山区人民路1号⟧ ⟦m 鄂ICP备16002231号⟧</footer>
<script src="/js/xuexi-jifen.js"></script>
</body></html>
""",
        body="""
今年以来，社区党委在辖区二十六个楼栋单元门口设置“民情信插”，由楼栋党员每周收取居民来信，全年共收集群众诉求三百一十二件，办结三百零五件，办结率97.8%。
一、主要做法。每个信插明确一名党员担任“信插长”，收到来信当天登记，一般问题三天内答复，复杂问题提交社区党委会议研究。收集的问题主要集中在楼道照明、停车管理和养犬扰民等方面。
⟦a 【学习积分】认真阅读本文满3分钟，可获积分1分⟧
二、取得成效。通过信插收集的诉求，社区推动加装楼道感应灯一百四十盏，划定临时停车位八十个，居民满意度明显提升。
三、不足和打算。部分老年居民不会写字，信插“收不到”他们的声音。明年我们将在信插旁加贴党员联系电话，并组织党员每月上门走访一次。
中共鸠桥社区委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-wuzhou-speech-kennels-chinese-date-record",
        site="鹜洲党员网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.wzdangyuan.example.cn/jcdt/2024/1129/3312.html",
        title="在鸠桥社区党员志愿者“暖窝行动”启动仪式上的讲话",
        date="2024-11-28",
        notes="title given by the record; the speech date in Chinese numerals and a speaker line under the title (neutral); a related-topic link on a line of its own between paragraphs; a study-points line and a share-to-group button",
        page="""
!m 鹜洲党员网 — 党员教育学习平台
!m 首页 / 基层动态 / 社区党建
{T}
（二〇二四年十一月二十八日）
鸠桥社区党委书记　喻琳
!m 来源：鸠桥社区党委　浏览：377
!a [转发到学习群]　[收藏本篇]
{BODY}
!a 本篇已学完，学习积分 +1
!l 推荐学习：社区党组织书记讲党课合集
!m 中共鹜洲市委组织部主办　鄂ICP备16007720号
""",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动党员志愿者“暖窝行动”。入冬以来，社区周边流浪犬增多，不少狗在楼道、车棚里过夜，有居民被惊吓，也有狗被冻伤。
这次行动，我们要做三件事：一是联合救助站，为流浪犬搭建集中过冬的狗窝，不让它们再钻楼道；二是组织党员挨家挨户宣传文明养犬，引导养犬户把自家狗窝安放在室内；三是对有意愿的居民开展领养对接。
⟦l 相关专题：鸠桥社区“党建+物业”工作法⟧
各位党员要带头报名、带头上门，让流浪犬有窝可住，让居民出门安心。
谢谢大家！
""",
    ),
    dict(
        slug="hospital-wuzhou-second-notice-ward-letter-holders",
        site="鹜洲市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wz2hospital.example.cn/ywgk/tzgg/2025/0318/902.html",
        title="关于住院部各病区设置患者信件信插的通知",
        record_title="【院务通知】关于住院部各病区设置患者信件信插的通知-鹜洲市第二人民医院",
        date="2025-03-18",
        notes="a hospital site with a booking float, an emergency line and a 预约 line; the notice's own 咨询电话 next to them; the 成文日期 under the signature; a page with no date line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【院务通知】关于住院部各病区设置患者信件信插的通知-鹜洲市第二人民医院</title></head><body>
<div class="top">⟦m 鹜洲市第二人民医院　三级甲等综合医院⟧ <span>⟦m 24小时急诊：0713-8861120⟧</span></div>
<nav>⟦m 医院概况　科室导航　专家介绍　就医指南　院务公开　党建园地⟧</nav>
<div class="crumbs">⟦m 首页 ＞ 院务公开 ＞ 院内通知⟧</div>
<div class="news">
<h2>{T}</h2>
<p class="src">⟦m 来源：院办　浏览次数：561⟧</p>
{BODY}
</div>
<div class="float-book">⟦a 预约挂号⟧<br>⟦m 预约电话 0713-8861000⟧<br>⟦a 智能导诊⟧</div>
<div class="sidebar"><h3>⟦l 院务公开⟧</h3><ul><li>⟦l 关于调整门诊午间诊疗时间的通知⟧</li><li>⟦l 2025年第一季度医疗服务价格公示⟧</li></ul></div>
<footer>⟦m 地址：鹜洲市鹃山区江岸路207号　邮编：436100⟧<br>⟦d 本网站信息仅供参考，不作为诊断和治疗依据⟧<br>⟦m 鄂ICP备13011085号⟧</footer>
<script src="/js/float-guahao.js"></script>
</body></html>
""",
        body="""
各病区、各科室：
住院患者常有亲友寄来书信、报刊和明信片，过去由各护士站代收，容易混放遗失。经院务会研究，决定自4月1日起在住院部各病区护士站旁设置患者信件信插。
一、信插按病床号分格，由护士站每天上午、下午各清点一次。
二、挂号信、包裹和含药品的邮件不进信插，由住院服务中心登记后送交患者本人签收。
三、患者出院时未领取的信件，由护士站转交住院服务中心保管一个月。
咨询电话：住院服务中心0713-8861234（工作日8:00—17:30）。
鹜洲市第二人民医院办公室
2025年3月18日
""",
    ),
    dict(
        slug="hospital-aichong-article-cat-tree-falls-byline",
        site="鹜洲爱宠动物医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.wzaichong.example.com/kepu/mao/2025-01-15-88.html",
        title="冬季猫咪从猫爬架跌落骨折增多 这几点要注意",
        record_title="【宠医科普】冬季猫咪从猫爬架跌落骨折增多 这几点要注意 - 鹜洲爱宠动物医院",
        date="2025-01-15",
        notes="a pet hospital's article: the byline's 发布时间 is the page's date; a booking link glued after a sentence; an online-consult WeChat and a 24-hour line under the text",
        page="""
!m 鹜洲爱宠动物医院 · 官方网站
!m 首页 ＞ 健康科普 ＞ 猫科
!t 【宠医科普】冬季猫咪从猫爬架跌落骨折增多 这几点要注意
!m 发布时间：2025-01-15　作者：医务部　阅读：1507
{BODY}
!w 在线问诊：添加值班医生微信 wzah_120
!m 24小时急诊热线：0713-8870999
!l 上一篇：狗狗冬季皮肤瘙痒怎么办
!m 鹜洲爱宠动物医院有限公司　地址：鹃山区望江路66号
""",
        body="""
进入冬季，我院骨科门诊接诊的猫咪骨折病例明显增多，一个月内共接诊二十一例，其中十四例是从猫爬架或高处跳下时受伤。
兽医师邹启明介绍，冬天猫咪喜欢待在猫爬架顶层晒太阳，而室内开暖气后地板干燥光滑，猫咪起跳和落地时更容易打滑。老年猫骨质疏松，幼猫判断力不足，都是高发群体。⟦a 点此预约骨科专家号>>⟧
他建议：猫爬架顶层不宜超过一米五；猫爬架下方铺设地毯或软垫；定期检查猫爬架螺丝是否松动；发现猫咪跛行、不愿跳跃时，尽早就诊拍片。
""",
    ),
    dict(
        slug="university-wuzhou-vocational-news-shoe-shine-contest-h1",
        site="鹜洲职业技术大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wzvtu.example.edu.cn/info/1032/18826.htm",
        title="旅游管理学院举办第五届客房服务技能大赛",
        record_title=None,
        date="2025-04-22",
        notes="no record title: the page's <h1>; the byline's dotted date is the page's date; a photo caption on a line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鹜洲职业技术大学</title></head><body>
<div class="header">⟦m 鹜洲职业技术大学⟧ ⟦m WUZHOU VOCATIONAL AND TECHNICAL UNIVERSITY⟧</div>
<ul class="nav">⟦m <li>学校首页</li><li>学校概况</li><li>院系设置</li><li>招生就业</li><li>校园生活</li>⟧</ul>
<div class="path">⟦m 首页 &gt; 院系动态 &gt; 旅游管理学院⟧</div>
<h1>{T}</h1>
<div class="ly">⟦m 2025.04.22　作者：旅游管理学院　摄影：林杉　审核：江一帆　点击：417⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：商学院举办跨境电商创新创业讲座⟧<br>⟦l 下一条：学校召开2025届毕业生就业工作推进会⟧</div>
<footer>⟦m 地址：鹜洲市鹃山区职教大道88号　邮编：436000⟧ ⟦m 版权所有 © 鹜洲职业技术大学⟧</footer>
<script>_showDynClicks("wbnews",1032,18826);</script>
</body></html>
""",
        body="""
4月20日，旅游管理学院第五届客房服务技能大赛在实训楼模拟客房举行，来自酒店管理、旅游管理专业的三十六名学生参赛。
比赛设中式铺床、客房清扫和擦鞋服务三个项目。擦鞋服务项目要求选手在八分钟内完成一双皮鞋的清洁、上油和抛光，评委重点看擦鞋布的使用手法和鞋面的光亮程度。
⟦m 图为参赛选手在擦鞋服务项目中比拼手法（林杉 摄）⟧
经过激烈角逐，酒店管理专业2023级学生韦思敏获得一等奖。学院副院长江一帆表示，擦鞋这样的基本功看似简单，最能体现服务者的耐心和细致。
""",
    ),
    dict(
        slug="university-wuzhou-normal-notice-dorm-kennels",
        site="鹜洲师范学院后勤保障处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.wznu.example.edu.cn/tzgg/2025/0402/551.htm",
        title="关于清理学生宿舍区自建狗窝的通知",
        record_title="后勤速递｜关于清理学生宿舍区自建狗窝的通知 - 鹜洲师范学院",
        date="2025-04-02",
        notes="a university office's notice: the 成文日期 under the signature; the office's service and clinic lines under the text (the notice names the hall and the clinic but gives no number)",
        page="""
!m 鹜洲师范学院 · 后勤保障处
!m 首页 >> 通知公告
!t 后勤速递｜关于清理学生宿舍区自建狗窝的通知
!m 作者：后勤保障处　点击数：1688
{BODY}
!m 后勤服务大厅电话：0713-8890110　校医院急诊：0713-8890120
!a 【关闭】
!m Copyright © 鹜洲师范学院后勤保障处
""",
        body="""
各学院、各学生宿舍楼：
近期，部分学生在宿舍区绿化带和楼梯间用纸箱、旧衣物为流浪狗搭建狗窝，并长期投喂，导致流浪狗聚集，已发生两起学生被咬伤事件。为保障师生安全，现通知如下：
一、4月10日前，后勤保障处会同保卫处清理宿舍区内自建狗窝，请学生自行取回个人物品。
二、校内流浪狗由学校联系鹃山区流浪动物救助站统一收容，愿意领养的同学可到后勤服务大厅登记。
三、请同学们不要在宿舍区投喂流浪动物，如被犬只抓咬伤，请立即到校医院处置。
后勤保障处
2025年4月2日
""",
    ),
    dict(
        slug="countyforum-zhichuan-corridor-kennels-jammer",
        site="雉川在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.zhichuanzx.example.com/thread-90122-1-1.html",
        title="雉川城南小区楼道里堆了三个狗窝，物业管不管？",
        record_title="[楼道吐槽] 雉川城南小区楼道里堆了三个狗窝，物业管不管？ - 雉川生活圈 - 雉川在线",
        date=None,
        notes="a county forum with a weather line, medals, jammer fonts (one line, two glued), a decoration ad and a forwarded-to-office link; the post's own 社区电话 next to the ad's phone; the post time is 前天 (no date)",
        page="""
<html><head><meta charset="gbk"><title>[楼道吐槽] 雉川城南小区楼道里堆了三个狗窝，物业管不管？ - 雉川生活圈 - 雉川在线</title>
<style>.jm{font-size:0;color:#fff}</style></head><body>
<div id="top">⟦m 雉川在线 · 雉川人的网上家园⟧ ⟦m 雉川 今天 多云 14～23℃⟧ <a>⟦a 登录⟧</a></div>
<div id="nv">⟦m 首页 ｜ 雉川生活圈 ｜ 房产家居 ｜ 二手市场 ｜ 招聘求职⟧</div>
<div id="pt">⟦m 雉川在线 › 雉川生活圈 › [楼道吐槽]⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 城南老住户⟧<br>⟦m 勋章：热心网友 · 十年老友⟧</td>
<td class="plc"><h1>⟦m [楼道吐槽]⟧ {T}</h1>
<div class="authi">⟦m 发表于 前天 19:40 ｜ 来自 雉川在线APP⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已转交：城南街道办事处 ｜ 点击查看官方回复⟧</div>
<div class="ad">⟦w 城南装修找老宋，全屋翻新电话 13907136688⟧</div>
<div class="po">⟦a 回复 ｜ 顶 ｜ 收藏 ｜ 分享⟧</div></td></tr></table>
<div id="ft">⟦m 雉川在线 版权所有　鄂ICP备19007714号⟧ ⟦m 违法信息举报：jubao@zhichuanzx.example.com⟧</div>
<script src="data/cache/common.js?zc2025"></script>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我住城南花苑7栋2单元，三楼和四楼的楼道里一共堆了三个狗窝，还有狗粮袋子和尿垫，一到夏天味道特别大，晚上狗一叫整栋楼都听得见。
上个月给物业打过两次电话，物业说是业主私人物品不好处理，只在群里发了个提醒，到现在也没人挪。
楼道是消防通道，堆狗窝肯定不合规。我后来打了社区电话0713-6658021，社区说会联合物业上门做工作。
想问问大家，遇到这种情况还有什么办法？有没有邻居愿意一起联名反映？
""",
    ),
    dict(
        slug="countyforum-jiuling-old-street-noodle-racks",
        site="鸠岭论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.jiulingbbs.example.com/t/20881.html",
        title="鸠岭老街的挂面架又支起来了",
        record_title="[家乡风物] 鸠岭老街的挂面架又支起来了（附九张实拍） - 鸠岭论坛",
        date=None,
        notes="a county forum post as text: a photo placeholder on a line of its own between paragraphs; the post time is 6 天前 (no date); a 'good post' line, replies and a quick-reply row under it",
        page="""
!m 鸠岭论坛 — 鸠岭人自己的网上家园
!m 鸠岭论坛 › 乡土鸠岭 › 帖子
!t [家乡风物] 鸠岭老街的挂面架又支起来了（附九张实拍）
!m 楼主：老街面香　发表于 6 天前　来自手机版
{BODY}
!l 本帖被评为“本周好帖”，楼主获得鸠币 +20
!l 1楼　雀湾小燕：我家就在老街，陈叔的面确实好吃
!l 2楼　在外的鸠岭人：看得想家了
!a 快速回复　　表情　　上传图片
!m 鸠岭论坛 客服QQ：3305718822
""",
        body="""
今天回鸠岭老街，看见雀湾路口那几家面坊门前又支起了挂面架，一排排白面条挂在太阳底下，老远就闻到面香。
小时候这条街家家户户都做挂面，后来年轻人出去打工，面坊关了一大半。听面坊的陈叔说，这两年县里扶持手工挂面，他把老竹架换成了不锈钢架，还在网上开了店，去年卖了两万多斤。
⟦m 【图】老街面坊门前的挂面架⟧
陈叔说现在最缺的是年轻帮手，拉面是力气活，也是技术活，学会了不愁没饭吃。有想学手艺的老乡可以去老街问问。
""",
    ),
]
