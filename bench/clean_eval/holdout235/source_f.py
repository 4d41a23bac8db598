"""holdout235, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gongkao-anbian-interview-timer-practice-jammer",
        site="岸边公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.anbiangk.com/thread-508812-1-1.html",
        title="结构化面试练习，一定要对着计时器练",
        record_title="[上岸心法] 结构化面试练习，一定要对着计时器练（附练习表）- 面试交流 - 岸边公考论坛",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see lock between paragraphs, a rating row and a QQ-group ad; "
        "a numbered list and a table header row; post time 5 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[上岸心法] 结构化面试练习，一定要对着计时器练（附练习表）- 面试交流 - 岸边公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div class="ab-top">⟦a 快捷登录　|　注册上岸号⟧</div>
<div class="ab-hd">⟦m 岸边公考论坛 · 离上岸只差一步⟧</div>
<div class="ab-nav">⟦m 首页　笔试交流　面试交流　真题下载　上岸经验　调剂信息⟧</div>
<div class="ab-pt">⟦m 岸边公考论坛 › 面试交流 › 经验分享⟧</div>
<table class="ab-post"><tr>
<td class="ab-author">⟦m 今年一定上岸⟧<br>⟦m 上岸学长　帖子 219⟧</td>
<td class="ab-main">
<h1>{T}</h1>
<div class="ab-time">⟦m 发表于 5 天前　|　只看楼主⟧</div>
<div class="ab-msg">
{BODY}
</div>
<div class="ab-rate">⟦a 评分：上岸币 +20　参与 9 人⟧</div>
</td></tr></table>
<div class="ab-qq">⟦w 面试互助练习群：QQ群 817230549，备注“岸边”⟧</div>
<div class="ab-reply">⟦l 1#　备考中的小鱼：马上去买个计时器！⟧</div>
<div class="ab-foot">⟦m 岸边公考论坛　京ICP备21030088号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
去年面试我就栽在时间上，三道题规定十五分钟，我第二题就讲了八分钟，第三题只能草草收尾。今年上岸了，分享一下练习方法。
1. 买个厨房用的倒计时器，别用手机，手机一看就容易分心。
2. 每道题先设三十秒审题，再设四分钟作答，计时器响了必须停。
3. 每次练完记下实际用时，一周后对比，会发现时间越来越稳。
⟦a 【本帖隐藏的内容】回复后可查看练习表下载链接⟧
练习表格式很简单，每天一行：
日期　题型　用时　是否超时
第一周每天三题，第二周每天五题，坚持下来上考场就不会慌了。
""",
    ),
    dict(
        slug="gongkao-moci-essay-library-card-junk-text",
        site="墨池公考社区 (invented exam forum), text",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://www.mochigk.com/t/shenlun/66271.html",
        title="一张借书证里的城市温度",
        record_title="[作文互评] 一张借书证里的城市温度（求批改）- 申论练笔 - 墨池公考社区",
        date=None,
        notes="exam-forum text: anti-scraping junk; post time 1 小时前 (no date); a correction request and replies",
        page="""
!m 墨池公考社区 · 申论练笔
!m 首页 > 申论练笔 > 大作文
!t [作文互评] 一张借书证里的城市温度（求批改）
!m 作者：砚边听雨　1 小时前　阅读 408
{BODY}
!a 求各位大神批改，回复可见我的提纲
!l 1楼 申论阅卷人老K：立意不错，第三段论证可以再加一个例子
!l 2楼 路人甲：结尾有点平，可以升华一下
!m 墨池公考社区　鲁ICP备20031176号
""",
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=3),
        body="""
一座城市的温度，往往藏在细节里。一张小小的借书证，就能看出一座城市对市民的态度。
过去办借书证，要交押金、填表格、等制卡，不少市民因此望而却步。如今，许多城市推行免押金、电子化借书证，手机一扫就能借书，让阅读的门槛降到了最低。
但也要看到，一些地方的借书证“办得多、用得少”。图书馆藏书更新慢、开放时间与上班时间重合，让借书证成了抽屉里的摆设。
让借书证真正“活”起来，既要降低办证门槛，更要提升服务质量。延长开放时间、增加社区借阅点、让读者参与选书，才能让一张借书证承载更多的城市温度。
""",
    ),
    dict(
        slug="baike-qiwu-mic-stand-entry-html",
        site="器物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.qiwubaike.com/item/话筒架",
        title="话筒架",
        record_title=None,
        date=None,
        notes="encyclopaedia: title missing, found in the <h1>; the entry name also opens the body (head); "
        "edit/discuss/history tabs, an infobox, a contents box, an 'edit this section' link glued to a heading, "
        "note markers glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>话筒架_器物百科</title>
</head>
<body>
<div class="bk-top">⟦m 器物百科⟧ ⟦m 认识身边的每一件东西⟧ <a>⟦a 登录⟧</a></div>
<div class="bk-tabs">⟦a 词条　｜　编辑　｜　讨论　｜　历史版本⟧</div>
<div class="bk-entry">
<h1>{T}</h1>
<div class="bk-box">
<table>
<tr><td>⟦m 中文名：话筒架⟧</td></tr>
<tr><td>⟦m 外文名：microphone stand⟧</td></tr>
<tr><td>⟦m 类　别：音响配件⟧</td></tr>
</table></div>
<div class="bk-toc">⟦l 目录　1 分类　2 结构　3 使用注意⟧</div>
<div class="bk-text">
{BODY}
</div>
<div class="bk-ref">⟦l 参考资料：［注1］《会议音响系统设计规范》⟧</div>
<div class="bk-stat">⟦m 词条浏览：12607次　编辑次数：9次　最近更新：4 个月前⟧</div>
</div>
<div class="bk-foot">⟦d 器物百科内容由网友共同编辑，如有错误欢迎指正。⟧ ⟦m ©2024 qiwubaike.com⟧</div>
</body>
</html>
""",
        body="""
话筒架是用于固定和支撑话筒的支架，广泛用于会议、演出、录音和广播等场合。⟦l ［注1］⟧
分类⟦a ✎改写此节⟧
按放置方式，话筒架可分为桌面式、落地式和悬挂式。落地式又分为直杆式和带悬臂的两种，后者便于调整话筒的角度和距离。
结构
常见的落地话筒架由底座、立杆、高度锁定装置、悬臂和话筒夹组成。底座有三脚式和圆盘式两种，圆盘式更稳，三脚式便于折叠携带。⟦l ［注2］⟧
使用注意
使用时应先锁紧底座和高度旋钮，再安装话筒；移动话筒架时应手扶立杆，避免话筒跌落。
""",
    ),
    dict(
        slug="baike-zhiwu-clicker-entry-text",
        site="知物百科 (invented encyclopaedia), text",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.zhiwubaike.cn/wiki/fanyebi",
        title="翻页笔",
        record_title="翻页笔（演示遥控设备）_知物百科",
        date=None,
        notes="entry text: the entry name on its own line and opening the body (head); an infobox, a 'this entry "
        "was reviewed' line, tabs; no date",
        page="""
!m 知物百科 — 人人可编辑的器物知识库
!a 编辑词条　讨论　收藏
{T}
!m 同义词：PPT遥控笔、演示遥控器
!m 所属分类：办公设备 › 演示设备
{BODY}
!m 本词条由“知物百科·办公设备编委会”审核
!l 相关词条：激光笔　投影仪　无线演示器
!m 词条统计：浏览 6281 次　最近编辑：3 周前
""",
        body="""
翻页笔，又称演示遥控器、PPT遥控笔，是一种用于远程控制演示文稿翻页的小型无线设备。
翻页笔一般由笔身和USB接收器两部分组成，接收器插入电脑后即可使用，无需安装驱动。常见功能包括上下翻页、黑屏、全屏放映，部分型号还带有激光指示、计时震动提醒和鼠标功能。
按指示方式，翻页笔可分为激光翻页笔和数字翻页笔。数字翻页笔通过在屏幕上显示光标或聚焦圈来指示内容，适用于激光难以看清的大屏幕。
使用激光翻页笔时，不得将激光直射人眼。
""",
    ),
    dict(
        slug="yunpan-yunxia-library-card-rules-marker-paras",
        site="云匣网盘 (invented cloud drive) preview page",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/8cQ2LmvR",
        title="岠岭县图书馆借书证管理办法",
        record_title="【分享】岠岭县图书馆借书证管理办法（2024修订）- 云匣网盘",
        date="2024-01-08",
        notes="cloud-drive preview: page-marker paragraphs ❋n❋ cutting sentences, VIP speed-up and save-to-my-drive "
        "prompts, a share stamp; rules with 第N条 and the library's signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【分享】岠岭县图书馆借书证管理办法（2024修订）- 云匣网盘</title>
</head>
<body>
<div class="yx-top">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="yx-share">⟦m 阅览室小林 分享了文件　·　分享于 2 天前　·　有效期：永久⟧</div>
<div class="yx-file">⟦m 岠岭县图书馆借书证管理办法.docx　(24.6KB)⟧</div>
<div class="yx-btns"><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 下载（超级会员极速）⟧</button></div>
<div class="yx-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="yx-vip">⟦a 非会员仅可预览，开通超级会员下载不限速⟧</div>
<div class="yx-foot">⟦d 请勿分享违法违规内容，发现请举报。⟧ ⟦m © 云匣网盘⟧</div>
</body>
</html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="❋{n}❋", every=90, start=2),
        body="""
第一条　为规范借书证的办理和使用，保障读者合法权益，根据有关规定，结合本馆实际，制定本办法。
第二条　凡持有效身份证件的读者，均可在本馆办理借书证，免收押金。
第三条　借书证分为成人证和少儿证，成人证每证可借图书10册，少儿证每证可借5册，借期均为30天。
第四条　借书证仅限本人使用，不得转借。读者借阅图书时须出示借书证或电子借书证。
第五条　借书证遗失的，读者应及时挂失；挂失前发生的借阅由持证人负责。
第六条　逾期未还图书的，暂停该证借阅权限，直至图书归还。
第七条　本办法自2024年2月1日起施行。
岠岭县图书馆
2024年1月8日
""",
    ),
    dict(
        slug="yunpan-cunpan-board-acceptance-markers-docx",
        site="存盘宝 (invented cloud drive), text of a preview",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="text",
        source="https://www.cunpanbao.com/s/1xT9gAq",
        title="户外宣传栏安装验收要点",
        record_title="户外宣传栏安装验收要点.docx",
        date=None,
        notes="a .docx file name as the record title; page markers ❅ 第n页 ❅ on lines of their own cutting "
        "sentences; numbered lists; no date",
        page="""
!m 存盘宝 · 文件预览
!t 户外宣传栏安装验收要点.docx
!m 分享者：工程部老郑　|　大小 19KB　|　浏览 211
!a 【转存】【下载】【举报】
{BODY}
!a 预览仅显示文字，完整排版请下载后查看
!a 下载太慢？开通存盘宝会员，享8倍加速
!d 存盘宝不对用户分享的内容承担责任
""",
        pages=dict(fmt="❅ 第{n}页 ❅", every=110, start=2),
        body="""
一、基础验收
1. 基础混凝土强度等级不低于C25，预埋件位置准确，各地脚螺栓外露长度一致。
2. 基础顶面应高出周边地面5厘米以上，防止雨水积存浸泡立柱根部。
二、框体验收
1. 框体焊缝饱满，无虚焊、漏焊，表面防锈处理均匀，无流挂和起皮。
2. 玻璃采用钢化玻璃，四边打胶密封，门锁开启灵活。
3. 整体垂直度偏差不大于每米3毫米。
三、安全验收
1. 对宣传栏顶部施加横向推力，框体不得明显晃动。
2. 带灯箱的宣传栏须做接地测试，线路穿管敷设，防水接头完好无损。
四、资料验收
施工单位应提交材料合格证、隐蔽工程记录和竣工照片，资料不全的不予验收。
""",
    ),
    dict(
        slug="snapshot-miying-letter-borrow-clickers-html",
        site="觅影搜索 (invented engine) snapshot of 翃田镇中心学校's page",
        style="搜索快照",
        genre="函",
        kind="notice",
        form="html",
        source="https://cache.miying.com/snap?u=hongtianzx.hechuan-edu.cn/xxgk/2024/1022/211.html",
        title="关于商借翻页笔等演示设备的函",
        record_title="关于商借翻页笔等演示设备的函_翃田镇中心学校 — 觅影快照",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="snapshot frame: a capture banner and a highlighted-terms line; the school's name in its header, "
        "also in the body (head); the school's own contact beside its office line; the page's date differs from "
        "the signature's (expected)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于商借翻页笔等演示设备的函_翃田镇中心学校 — 觅影快照</title>
</head>
<body>
<div class="snap-bar">⟦d 觅影快照：这是网页于 2024-11-03 的存档副本，当前页面可能已更改。⟧ <a>⟦a 访问原网页⟧</a></div>
<div class="snap-hl">⟦m 以下词语已高亮：翻页笔　商借⟧</div>
<div class="snap-frame">
<div class="sc-head">⟦m 翃田镇中心学校⟧</div>
<div class="sc-nav">⟦m 首页　学校概况　校务公开　德育园地　教研天地⟧</div>
<div class="sc-art">
<h3>{T}</h3>
<div class="sc-info">⟦m 发布时间：2024-10-22　发布者：教务处⟧</div>
{BODY}
</div>
<div class="sc-foot">⟦m 学校办公室：0736-6405501　地址：翯川县翃田镇学府路1号⟧</div>
</div>
</body>
</html>
""",
        body="""
翯川县教师发展中心：
我校定于10月28日至30日承办全镇青年教师课堂教学竞赛，共有32名教师参赛。因学校现有翻页笔数量不足，且部分老化，经研究，拟向贵中心商借以下设备：无线翻页笔10支、备用电池20节、便携投影幕布2副。
设备由我校教务处负责领取和归还，比赛结束后三日内完好归还。如有损坏，我校照价赔偿。
联系人：翃田镇中心学校教务处　严文斌，电话：13907365218。
请予支持为盼。
翃田镇中心学校
2024年10月21日
""",
    ),
    dict(
        slug="snapshot-textcache-culture-hall-mic-stands",
        site="文化馆 page in a text-only cache (invented engine 搜寻)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.sousun.cn/text?url=www.fcwhg.cn/tzgg/2024/0528/93.html",
        title="棐城市文化馆关于规范演出话筒架摆放和使用的通知",
        record_title="〔纯文字版〕棐城市文化馆关于规范演出话筒架摆放和使用的通知_棐城市文化馆",
        date="2024-05-27",
        notes="text-only cache: the cache banner and the original-URL line; the hall's signature date; the "
        "cache capture stamp is no date",
        page="""
!d 【搜寻·文字缓存】本页仅保留文字，抓取于 2024-06-09 03:17，与原页面可能不一致
!m 原始地址：www.fcwhg.cn/tzgg/2024/0528/93.html
!m 棐城市文化馆　›　通知公告
{T}
{BODY}
!a 查看图文版　|　回到原站
!m 棐城市文化馆 版权所有
""",
        body="""
各演出团队、馆内各部室：
近期，我馆剧场在演出中两次发生落地话筒架倾倒，险些砸伤演员。为保障演出安全，现就话筒架摆放和使用有关事项通知如下。
一、舞台话筒架由剧场技术组统一摆放，演出团队不得自行搬动。
二、落地话筒架距台口边缘不少于1米，三脚底座须全部展开并压上配重袋。
三、演出中如需调整话筒架高度，由技术组人员上台操作。
四、演出结束后，技术组当场清点话筒架，发现松动、变形的，立即停用并登记报修。
棐城市文化馆
2024年5月27日
""",
    ),
    dict(
        slug="print-feicheng-library-borrow-limits-html",
        site="棐城市图书馆 (invented) print view",
        style="打印页",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.fclib.org.cn/gg/2024/0115/print_77.html",
        title="关于调整借书证借阅册数和借期的公告",
        record_title="〔打印稿·A4〕关于调整借书证借阅册数和借期的公告 - 棐城市图书馆",
        record_date="2024-01-15",
        date="2024-01-15",
        notes="print view calling window.print(): print/close buttons, a print stamp, the page URL and a print "
        "footer 第1页 ❊ 共1页; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔打印稿·A4〕关于调整借书证借阅册数和借期的公告 - 棐城市图书馆</title>
<script>window.onload = function () { window.print(); };</script>
<style>@media print { .noprint { display:none } }</style>
</head>
<body>
<div class="noprint">⟦a 【立即打印】　【关闭本窗口】⟧</div>
<div class="pr-head">⟦m 棐城市图书馆　读者公告⟧</div>
<h2>{T}</h2>
<div class="pr-info">⟦m 打印时间：2024-03-02 10:41⟧</div>
{BODY}
<div class="pr-url">⟦m 本页地址：https://www.fclib.org.cn/gg/2024/0115/77.html⟧</div>
<div class="pr-foot">⟦p 第1页 ❊ 共1页⟧</div>
</body>
</html>
""",
        body="""
广大读者：
为满足读者阅读需求，经研究，自2024年2月1日起调整借书证借阅册数和借期，具体如下：
一、成人借书证可借图书由10册增加至15册，借期由30天延长至45天。
二、少儿借书证可借图书由5册增加至8册，借期不变。
三、电子借书证与实体借书证权限相同。
四、每册图书可续借一次，续借期限为30天，可在自助借还机或公众号上办理。
特此公告。
棐城市图书馆
2024年1月15日
""",
    ),
    dict(
        slug="print-hongtian-school-track-timer-text",
        site="翃田镇中心小学 (invented) print view, text",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hongtianxx.hechuan-edu.cn/tz/2024/1104/print.html",
        title="关于田径场电子计时器维修期间体育课安排的通知",
        record_title="打印本页 ▸ 关于田径场电子计时器维修期间体育课安排的通知 · 翃田镇中心小学",
        date="2024-11-04",
        notes="print text: a print header with the site and URL, a print stamp and a print footer 〶 1/1 〶; "
        "signature date",
        page="""
!m 翃田镇中心小学 · 打印预览
!m http://hongtianxx.hechuan-edu.cn/tz/2024/1104/91.html
{T}
!m 打印于 2024-11-05 08:02
{BODY}
!p 〶 1/1 〶
""",
        body="""
各班主任、体育教师：
学校田径场终点电子计时器近日出现显示故障，厂家将于11月6日至15日进行维修。维修期间，体育课及课外锻炼作如下安排：
一、50米跑、800米跑等测试项目暂停，顺延至维修完成后进行。
二、体育教师上课时使用手持秒表计时，课前到体育器材室登记领取，课后归还。
三、维修区域设置围挡，请各班主任提醒学生不要进入终点区域。
特此通知。
翃田镇中心小学
2024年11月4日
""",
    ),
    dict(
        slug="mail-jiaohu-culture-board-letter-webmail",
        site="漖湖区文化馆 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.jhwhg.cn/read?mid=20240722-0031",
        title="关于商请在社区设置文化宣传栏的函",
        record_title="转发：关于商请在社区设置文化宣传栏的函",
        date="2024-07-18",
        date_also=["2024-07-22"],
        notes="webmail: forwarded header, an external-mail warning and an attachment bar beside the letter's own 附件 "
        "list; the letter's own 联系人/电话/邮箱; the mail's send date differs from the letter's (expected)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于商请在社区设置文化宣传栏的函 - 漖湖区文化馆邮箱</title>
</head>
<body>
<div class="wm-top">⟦m 漖湖区文化馆邮箱⟧ ⟦m 群文部　鲁佳音⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　草稿箱　已发送　已删除　通讯录⟧</div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为⟧</div>
<div class="wm-read">
<h2>{T}</h2>
<div class="wm-warn">⟦d ⚠ 这封邮件来自外部地址，请谨慎打开链接和附件。⟧</div>
<div class="wm-hdr">
<p>⟦m 发件人：鲁佳音 &lt;jhwhg_qw@126.com&gt;⟧</p>
<p>⟦m 收件人：漖西社区居委会 &lt;jiaoxi_jwh@163.com&gt;⟧</p>
<p>⟦m 时　间：2024年7月22日（星期一）上午9:14⟧</p>
</div>
<div class="wm-fwd">⟦m -------- 转发的邮件 --------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">
<p>⟦a 附件（2个）　打包下载⟧</p>
<p>⟦a 文化宣传栏效果图.jpg（1.2MB）　预览　下载⟧</p>
<p>⟦a 设置位置示意图.pdf（386KB）　预览　下载⟧</p>
</div>
</div>
<div class="wm-foot">⟦m 漖湖区文化馆邮件系统⟧</div>
</body>
</html>
""",
        body="""
漖西社区居民委员会：
为丰富群众文化生活，展示我区非遗和群众文艺成果，我馆拟在贵社区设置一处文化宣传栏，现将有关事项商请如下：
一、宣传栏由我馆出资制作安装，尺寸约为长3米、高2米，拟设在社区广场西侧。
二、宣传栏内容由我馆每月更新一次，贵社区可提供社区文化活动内容一并展示。
三、宣传栏日常看护请贵社区协助，发现损坏请及时告知我馆。
联系人：漖湖区文化馆群文部　鲁佳音，电话：0736-6610283，邮箱：jhwhg_qw@126.com。
附件：1.文化宣传栏效果图
2.文化宣传栏设置位置示意图
漖湖区文化馆
2024年7月18日
""",
    ),
    dict(
        slug="mail-fwd-request-mic-stands-text",
        site="forwarded mail (invented 骙阳县 bureau), text",
        style="邮件转发",
        genre="请示",
        kind="notice",
        form="text",
        source="mail://kyxzfbj/fwd/20240514-2",
        title="关于购置会议室话筒架的请示",
        record_title="Fwd: 【请阅】关于购置会议室话筒架的请示",
        date="2024-05-13",
        date_also=["2024-05-14"],
        notes="forwarded mail as text: mail headers (发件人/收件人/抄送/发送时间) and a forward separator above, a "
        "mail signature and a mobile-client line below; the request's 附 line; the send date differs (also "
        "accepted)",
        page="""
!m 发件人：卢晓阳 <luxy@kuiyang-zwfw.cn>
!m 发送时间：2024年5月14日 16:22
!m 收件人：局领导 <ldbgs@kuiyang-zwfw.cn>
!m 抄送：财务股 <cws@kuiyang-zwfw.cn>
!m 主题：Fwd: 【请阅】关于购置会议室话筒架的请示
!m ---------- Forwarded message ---------
{T}
{BODY}
!m --
!m 卢晓阳｜骙阳县政务服务中心办公室｜分机 8031
!a 发自我的手机邮箱
""",
        body="""
局领导：
我局三楼大会议室现有话筒架12副，多数购于2015年，其中5副升降锁扣失灵、2副底座断裂，已无法正常使用。近期召开的几次会议中，多次出现话筒下滑、发言人手扶话筒发言的情况，影响会议效果。
为保障会议正常进行，拟购置桌面话筒架10副、落地话筒架2副，预计费用约4600元，从办公经费中列支。
妥否，请批示。
附：话筒架报价单
局办公室
2024年5月13日
""",
    ),
]
