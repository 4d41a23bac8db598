"""holdout326, part C: personal collections, Party sites, hospitals, colleges, county forums. Invented text."""

CASES = [
    dict(
        slug="collection-shaosiping-memoir-wooden-boot-shapers",
        site="邵四平文集 (invented, old gb2312 personal site)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.shaosiping-wj.net/wenji/xuanpang/07.htm",
        title="父亲的木靴撑",
        record_title="父亲的木靴撑（鞋楦旁的日子·七）— 邵四平文集",
        date=None,
        notes="a retired shoemaker's collection in an old table layout: marquee, chapter links, visitor counter, the "
        "author's mailbox; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>父亲的木靴撑（鞋楦旁的日子·七）— 邵四平文集</title>
<style>td{font-size:14px;line-height:26px}</style></head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0"><tr><td align="center">⟦m 邵四平文集⟧<br>⟦m 一个老鞋匠的回忆与闲话⟧</td></tr></table>
<table width="760" align="center"><tr><td>⟦m <a href="index.htm">文集首页</a> ｜ <a href="xuanpang.htm">鞋楦旁的日子</a> ｜ <a href="xiantan.htm">闲谈录</a> ｜ <a href="liuyan.asp">留言簿</a>⟧</td></tr></table>
<marquee scrollamount="2">⟦m 欢迎老朋友常来坐坐，新文章每月初更新⟧</marquee>
<table width="760" align="center"><tr><td align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 《鞋楦旁的日子》之七⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l <a href="06.htm">上一章：师傅的那把鞋拔子</a>⟧　⟦l <a href="index.htm">返回目录</a>⟧　⟦l <a href="08.htm">下一章：补鞋摊前的冬天</a>⟧</td></tr>
</table>
<table width="760" align="center"><tr><td align="center">⟦m 本站计数器：您是第 018734 位读者⟧<br>⟦w 写信给老邵：shaosiping@laoxieji-mail.cn⟧<br>⟦d 文章版权归作者所有，转载请先来信说一声⟧</td></tr></table>
<script language="javascript">document.oncontextmenu=function(){return false;}</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲做了一辈子鞋，他的工具箱里有一对木头靴撑，是他学徒出师那年自己削的。
那对靴撑用的是梨木，一头粗一头细，中间挖空，两片之间夹着一根弹簧。做好的长筒棉靴，父亲总要把它塞进去撑上一夜，第二天靴筒就直直地立着，一点褶子都没有。
小时候我常拿它当玩具，被父亲打过手心。他说，鞋匠的家什跟农民的锄头一样，不能糟蹋。
父亲去世后，那对靴撑传到了我手里。如今我也退休了，早不做鞋了，每年冬天还是要把自己的一双旧皮靴拿出来，用它撑上几天。
靴撑上的漆早就磨光了，梨木被手摸得发亮，弹簧也换过两回。我想，父亲的手艺没能传下来，这对靴撑总还留着他的一点温度。
""",
    ),
    dict(
        slug="collection-tanshui-essay-old-neck-pillow-wrapped",
        site="湠水闲笔 · 蒲秋生个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://tanshuixianbi.cn/ji2/05.html",
        title="一只旧颈枕",
        record_title="一只旧颈枕 ·《湠水闲笔》第二辑",
        date=None,
        notes="an essay hard-wrapped at 66 columns; its last line gives only a season and year (写于 line, no date); "
        "a collection timestamp is no date",
        page="""
!m 湠水闲笔 · 蒲秋生个人文集
!m 目录 ｜ 第一辑 乡土 ｜ 第二辑 亲人 ｜ 第三辑 行旅 ｜ 留言
!t 一只旧颈枕 ·《湠水闲笔》第二辑
!m 第二辑 亲人 · 第5篇　　字数：约520字　　收录时间：2025-01-15
{BODY}
!l ◂ 上一篇：父亲的烟袋锅　　　下一篇：外婆的针线笸箩 ▸
!l 读者留言（3）
!l 湠水人：读到最后鼻子一酸。
!a 留言请先登录 ｜ 订阅更新
!d 本文集所有文字为作者原创，转载请注明作者与出处
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
母亲晕车，年轻时去一趟县城都要吐好几回。后来我在外地工作，每年接她来住一阵，路上要坐五个钟头的大巴。
第一次接她，我在车站买了一只U型颈枕，蓝底白点，里面装的是荞麦壳。母亲戴上后，靠着车窗睡了一路，醒来说脖子一点不酸，还说这东西比枕头管用。
从那以后，那只颈枕成了她出门的必带之物。荞麦壳漏了，她拆开来补；布面洗旧了，她用碎花布缝了个外套。
前年母亲走了，我在她的柜子里又看见那只颈枕，叠得整整齐齐，外套上的针脚密密的。
二〇二四年秋，写于湠水河畔
""",
    ),
    dict(
        slug="party-zhiyuan-branch-summary-keycard-guesthouse",
        site="畤原党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zydj.gov.cn/jcfc/jgdj/202412/t20241216_51802.html",
        title="县机关事务服务中心党支部“节能降耗·党员先行”活动总结",
        record_title="【先锋岗在行动】县机关事务服务中心党支部“节能降耗·党员先行”活动总结｜畤原党建网",
        date="2024-12-10",
        date_also=["2024-12-16"],
        notes="Party-building portal: study-points prompt, read-on-phone line; a usage table one row a paragraph; a photo "
        "caption on a line of its own between paragraphs; the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【先锋岗在行动】县机关事务服务中心党支部“节能降耗·党员先行”活动总结｜畤原党建网</title></head><body>
<div class="top">⟦m 中共畤原县委组织部主办⟧ <a>⟦a 学习积分登录⟧</a></div>
<div class="logo">⟦m 畤原党建网⟧ ⟦m 党旗红 畤原兴⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 基层风采⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 组工信息⟧</li></ul>
<div class="weizhi">⟦m 当前位置：首页 - 基层风采 - 机关党建⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 时间：2024-12-16　来源：县直机关工委　作者：支部宣传委员　浏览：732⟧</p>
<div class="tip">⟦a 阅读满3分钟可获学习积分1分⟧</div>
<div class="con">
{BODY}
</div>
<div class="mobile">⟦a 扫码用手机继续读⟧</div>
<div class="share">⟦l 转发到：微信 微博 QQ⟧</div>
<div class="rel"><h4>⟦l 基层风采推荐⟧</h4><ul><li>⟦l 县医保局党支部开展“医保政策进万家”活动⟧</li><li>⟦l 岝山镇党委“党员中心户”工作法见实效⟧</li></ul></div>
<div class="foot">⟦m 畤原党建网　主办单位：中共畤原县委组织部　联系电话：0835-7206611⟧<br>⟦m 蜀ICP备16022053号⟧</div>
<script src="/js/study-timer.js"></script><script>studyTimer.start(180);</script>
</body></html>
""",
        body="""
今年以来，县机关事务服务中心党支部围绕“节能降耗、党员先行”主题，组织党员在机关招待所开展客房用电改造，取得了明显成效。
一、党员带头摸底。支部组织8名党员分成两组，逐间检查招待所45间客房，发现取电开关失灵、被短接的有17间。
二、党员示范岗带动改造。工程维修岗党员利用周末时间，将原有开关全部更换为感应式插卡取电开关，并为每个楼层配电箱加装计量表。
⟦m 图为党员在招待所客房更换取电开关⟧
三、改造前后用电对比如下：
楼层　客房数　改造前月均用电（千瓦时）　改造后月均用电（千瓦时）
二层　15　3260　2410
三层　15　3180　2350
四层　15　3310　2440
下一步，支部将把这一做法推广到机关办公楼会议室和值班室。
中共畤原县机关事务服务中心支部委员会
2024年12月10日
""",
    ),
    dict(
        slug="party-kongyang-speech-driver-neck-pillows-cn-date",
        site="涳阳先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.kyxfw.cn/xxyd/jhjx/2025/0103/3371.html",
        title="在“关爱一线驾驶员”颈枕发放仪式上的讲话",
        record_title="〔讲话精选〕在“关爱一线驾驶员”颈枕发放仪式上的讲话 — 涳阳先锋网",
        date="2024-12-27",
        date_also=["2025-01-03"],
        notes="speech: a date line in Chinese numerals and a speaker line under the title (neutral); the portal's 发布时间 "
        "differs; the title decorated on the page too; a study-points prompt after the body",
        page="""
!m 涳阳先锋网 — 涳阳县党建综合门户
!m 首页 / 学习园地 / 讲话精选
!t 〔讲话精选〕在“关爱一线驾驶员”颈枕发放仪式上的讲话
!m 发布时间：2025-01-03　　来源：县交通运输局机关党委　　阅读：318
!a 〖放大〗〖缩小〗〖默认〗　〖打印〗
{T}
（二〇二四年十二月二十七日）
县交通运输局党组书记　邹启明
{BODY}
!a 学习完毕，点击“已学习”记录积分
!l 上一篇：在全县交通运输系统安全生产工作会议上的讲话
!l 下一篇：局机关党委2024年度工作总结
!m 涳阳先锋网　中共涳阳县委组织部主办　蜀ICP备15041102号
""",
        indent="\u3000\u3000",
        body="""
同志们：
岁末年初，春运即将开始。今天，我们在这里为全县客运、货运和出租车行业的一线驾驶员发放颈枕和保健药包，这是局党组为大家办的一件小事，也是一份心意。
驾驶员同志长年累月握着方向盘，颈椎病、腰椎病成了职业病。一只颈枕不值多少钱，但希望它能在大家停车休息的时候，让脖子松一松、让身体歇一歇。
借这个机会，我提三点希望：一是安全第一，不疲劳驾驶；二是照顾好自己，按时体检；三是发挥党员驾驶员的带头作用，在春运中多为旅客着想。
最后，祝大家新年平安、行车顺利！
""",
    ),
    dict(
        slug="hospital-pingchuan-rehab-neck-pillow-tips",
        site="洴川县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.pcxrmyy.com/jkkp/kfyxk/2025/0108/2216.html",
        title="颈枕怎么选？康复医生教你看三点",
        record_title="【康复科小讲堂】颈枕怎么选？康复医生教你看三点-洴川县人民医院",
        date="2025-01-08",
        notes="hospital page: 24-hour emergency line, booking float with its phone and the department's own 咨询电话 in "
        "the body; experts list; the byline's 发布时间 is the date; a medical disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【康复科小讲堂】颈枕怎么选？康复医生教你看三点-洴川县人民医院</title></head><body>
<div class="top">⟦m 洴川县人民医院　二级甲等综合医院⟧ <span>⟦m 24小时急救电话：0831-4401120⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="path">⟦m 首页 > 健康科普 > 康复医学科⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-01-08　作者：康复医学科　审核：医务科　阅读量：864⟧</div>
<div class="article">
{BODY}
</div>
<div class="doctors"><h4>⟦l 康复医学科出诊专家⟧</h4><p>⟦l 柯一帆 主治医师　周二、周四全天⟧</p><p>⟦l 倪素 副主任医师　周一、周三上午⟧</p></div>
<div class="float-book">⟦a 预约挂号⟧ ⟦m 预约电话：0831-4401999⟧ ⟦a 在线咨询⟧</div>
<div class="foot">⟦m 地址：洴川县城关镇健康路66号　邮编：615700⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 蜀ICP备10035577号⟧</div>
<script src="/js/float-book.js"></script>
</body></html>
""",
        body="""
不少人坐车、出差时爱带一只颈枕，但用不对反而会加重颈部不适。县人民医院康复医学科主治医师柯一帆提醒，选颈枕要看三点。
一看高度。颈枕戴上后，头部应保持自然中立，下巴既不上仰也不下压。一般成年人选厚度8至10厘米的即可。
二看材质。记忆棉回弹慢、贴合好，适合长途乘车；充气颈枕便于携带，但支撑偏软，充气七八成为宜。
三看时长。颈枕只适合短时休息使用，不宜整夜戴着睡觉，更不能代替枕头。
已经出现手臂麻木、头晕等症状的患者，应及时到医院就诊。康复医学科咨询电话：0831-4410726（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-zhiyuan-tcm-notice-ward-sock-racks",
        site="畤原县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zyxzyy.cn/zyxz/bqgl/20241125/118.html",
        title="关于规范病区晾晒、禁止在病房悬挂晾袜架的通知",
        record_title="关于规范病区晾晒、禁止在病房悬挂晾袜架的通知｜住院须知 - 畤原县中医医院",
        date="2024-11-22",
        date_also=["2024-11-25"],
        notes="hospital text page: the infection-control office's own phone in the body next to the hospital's 24-hour "
        "and booking lines after it; the page's date differs from the 成文日期",
        page="""
!m 畤原县中医医院
!m 医院首页 | 医院概况 | 就医指南 | 住院须知 | 护理园地 | 院务公开
!m 当前位置：住院须知 > 病区管理
{T}
!m 发布：护理部　　日期：2024-11-25　　点击：509
{BODY}
!a [打印] [收藏] [返回顶部]
!m 24小时服务热线：0836-5218000　　预约挂号：0836-5218120
!m 地址：畤原县城南大道299号
!d 版权所有 © 畤原县中医医院　未经许可不得转载
""",
        body="""
各病区、住院患者及陪护家属：
近期院感巡查发现，部分病房床头、输液架上挂有晾袜架和湿毛巾，既影响病房整洁，也容易滋生细菌。为保障住院患者安全，现就有关事项通知如下：
一、病房内禁止悬挂晾袜架、晾衣绳，不得在输液架、床栏上晾晒衣物。
二、各病区开水间旁设有公共晾晒区，配备晾袜架和晾衣杆，请陪护家属集中晾晒。
三、病区护士每日巡视时予以提醒，对不听劝阻的，请护士长协助处理。
如有疑问，请联系医院感染管理科，电话：0836-5218074。
畤原县中医医院
2024年11月22日
""",
    ),
    dict(
        slug="college-yizhou-news-dorm-sock-racks-h1",
        site="峓州学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yzxy.edu.cn/fwyr/2024/1014/c318a22701/page.htm",
        title="后勤集团完成东区学生公寓阳台晾袜架更换",
        record_title=None,
        date="2024-10-14",
        notes="no title in the record (the <title> is the site name): the news <h1>; a dotted date in the byline is the "
        "page's date; a photo caption inside the body; editor and reviewer line after it",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>峓州学院新闻网</title></head><body>
<div class="header">⟦m 峓州学院新闻网⟧ <a>⟦a 学校主页⟧</a> <a>⟦a 投稿系统⟧</a></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 学院要闻⟧</li><li>⟦m 院系动态⟧</li><li>⟦m 服务育人⟧</li><li>⟦m 媒体峓院⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 > 服务育人⟧</div>
<h1 class="arti-title">{T}</h1>
<p class="arti-meta">⟦m 2024.10.14⟧ ⟦m 供稿：后勤集团公寓管理中心⟧ ⟦m 摄影：庞一鸣⟧ ⟦m 浏览：1561⟧</p>
<div class="arti-body">
{BODY}
</div>
<p class="editor">⟦m 编辑：景宁　审核：樊启⟧</p>
<div class="prev-next">⟦l 上一篇：我校举行2024年秋季运动会⟧ ⟦l 下一篇：图书馆开展新生入馆教育⟧</div>
<div class="footer">⟦m 版权所有：峓州学院党委宣传部　地址：峓州市汸河区学院路1号⟧</div>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudy.wp.visitcount.js"></script>
</body></html>
""",
        body="""
10月上旬，学校后勤集团公寓管理中心完成了东区6栋学生公寓共1200个阳台晾袜架的更换工作。
此前，不少同学反映阳台原有的塑料晾袜架老化，夹子一捏就断，袜子常被风吹落到楼下。公寓管理中心经过调研，选用了可折叠不锈钢晾袜架，每个配有36个防风夹，挂钩加装了防脱卡扣。
⟦m 工作人员在东区5栋阳台安装新晾袜架（庞一鸣 摄）⟧
更换工作利用国庆假期进行，工作人员逐间入户，同时检查了阳台晾衣杆和地漏。
公寓管理中心提醒同学们，晾晒时请勿将晾袜架挂在阳台护栏外侧；如发现设施损坏，可在“后勤服务”小程序上报修。
""",
    ),
    dict(
        slug="college-yizhou-vocational-notice-keycard-dorms",
        site="峓州职业技术学院后勤保障处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hq.yzzy.edu.cn/tzgg/2024/1017/1935.html",
        title="关于在学生公寓试点安装插卡取电开关的通知",
        record_title="通知｜关于在学生公寓试点安装插卡取电开关的通知 · 后勤处 · 峓州职院",
        date="2024-10-16",
        date_also=["2024-10-17"],
        notes="a college office's page: numbered list 1.–4., scanning a QR code to register as content, the office's "
        "24-hour repair line after the body; page date differs from the 成文日期",
        page="""
!m 峓州职业技术学院 后勤保障处
!m 网站首页　部门概况　通知公告　公寓服务　饮食服务　维修服务
!m 您的位置：网站首页 >> 通知公告
{T}
!m 发布者：公寓科　发布日期：2024-10-17　浏览次数：2377
{BODY}
!a 【打印本页】【关闭本页】
!m 报修热线：0832-6251110（24小时）
!m 峓州职业技术学院后勤保障处 版权所有
""",
        indent="\u3000\u3000",
        body="""
各二级学院、各位同学：
为落实节能降耗要求，减少宿舍无人时用电设备空转，经学校研究，决定在北区3号、4号学生公寓试点安装插卡取电开关。现将有关事项通知如下：
1.每间宿舍配发取电卡4张，由宿舍长登记领取，遗失补办每张收取工本费5元。
2.取电开关只控制照明和空调，书桌插座正常供电，不影响同学们充电学习。
3.请各宿舍长于10月25日前用手机扫描宿舍门后的二维码，登记宿舍成员信息。
4.试点期间如遇开关故障，请及时到公寓值班室报修。
后勤保障处
2024年10月16日
""",
    ),
    dict(
        slug="countyforum-pingchuan-keycard-landlord-jammer",
        site="洴川生活网论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.pcshw.com/thread-905512-1-1.html",
        title="租的房子插卡取电，房东只给一张卡，合理吗",
        record_title=None,
        date=None,
        notes="no title in the record (the <title> is the board's): the thread subject; weather line, jammer-font junk, "
        "a decoration ad, a moderator's hand-over reply; posted '3 天前' (no date)",
        page="""
<html><head><meta charset="gbk"><title>洴川生活网 - 百姓话题 - Powered by Discuz!</title><style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 洴川生活网⟧ ⟦m 今日洴川：多云 9～17℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="nv">⟦m 首页⟧ ⟦m 百姓话题⟧ ⟦m 房产家居⟧ ⟦m 求职招聘⟧ ⟦m 二手市场⟧</div>
<div id="pt">⟦m 洴川生活网 › 百姓话题 › 租房那些事⟧</div>
<div class="subject"><h1><span id="thread_subject">{T}</span></h1> ⟦a [复制本帖地址]⟧</div>
<table><tr><td class="pls">⟦m 东门租客⟧<br>⟦m 注册会员⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前⟧ ⟦m 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="ad">⟦m 【广告】洴川安家装饰 全包套餐每平米699起 电话 0831-4488520⟧</div>
<div class="po">⟦a 回复⟧ ⟦a 举报⟧ ⟦a 收藏⟧</div></td></tr></table>
<div class="reply">⟦l 2楼　老电工：冰箱插座接在取电开关后面本来就不对，让房东改。⟧</div>
<div class="reply">⟦l 3楼　版主：已转交本站维权频道跟进⟧</div>
<div id="ft">⟦m 洴川生活网 版权所有 蜀ICP备19007720号⟧</div>
<script src="static/js/common.js?v9"></script><script>var discuz_uid="0";</script>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
在县城东门那边租了个单间，房东装了插卡取电，只给了一张卡。
问题来了：我白天上班把卡拔走，屋里冰箱也跟着断电，买的菜坏了好几回。跟房东说，他说冰箱插座也接在取电开关后面，改线路要我自己出钱。
我查了一下，正规的做法是冰箱单独走线，不受取电开关控制。租房合同里写的是“家电齐全、正常使用”，现在冰箱每天断电八九个小时，这算不算正常使用？
有懂行的朋友帮忙说说，这种情况能不能让房东改？或者我自己再配一张卡插着，会不会有什么安全问题？
""",
    ),
    dict(
        slug="countyforum-kongyang-sock-rack-fell-on-car-junk",
        site="涳阳在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.kyzx.net/t-336120.html",
        title="楼上晾袜架掉下来砸了我的车，找不到是哪家",
        record_title="[楼下车主求助] 楼上晾袜架掉下来砸了我的车，找不到是哪家 - 家长里短 - 涳阳在线",
        date=None,
        notes="county forum thread with anti-scraping junk; posted '昨天 19:32' (no date); the poster's call for leads; "
        "replies and an app prompt below",
        page="""
!m 涳阳在线 · 涳阳人自己的论坛
!m 涳阳在线 › 社区生活 › 家长里短
!t [楼下车主求助] 楼上晾袜架掉下来砸了我的车，找不到是哪家
!m 楼主：小区东门的车主　　发表于 昨天 19:32　　查看 4417 ｜ 回复 58
{BODY}
!a 支持 ｜ 反对 ｜ 收藏 ｜ 分享 ｜ 举报
!l 沙发　岝峰老住户：6号楼四楼那家常把架子挂窗外，去问问
!l 板凳　涳阳在线管理员：已转物业，请楼主留意私信
!a 回复本帖请先登录，手机用户可下载涳阳在线APP
!m 涳阳在线 ｜ 联系站长 ｜ 广告服务 ｜ 蜀ICP备18022571号
""",
        junk=dict(lines=1, glued=3),
        body="""
昨天下午三点多，我停在6号楼下的车被一个晾袜架砸了，前挡风玻璃砸出一道裂纹。
架子是那种铁丝圆盘的，上面还夹着七八只袜子，估计是风大从窗外掉下来的。我挨家问了四楼以上的几户，都说不是自家的。
物业说监控只拍到架子掉下来，看不清是哪一层。我已经报了警，也跟物业登记了。
在这里发个帖，一是想请6号楼的邻居看看自家晾袜架还在不在；二是提醒大家，晾袜架千万别挂在窗外，砸到车还好说，砸到人就是大事。
有线索的请联系我，车在小区东门停着，车窗上贴了我的电话。
""",
    ),
]
