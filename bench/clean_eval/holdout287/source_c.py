"""holdout287, part C: a Q&A, personal collections, Party-building sites, hospitals, a
university and local forums. Invented text (sites, places, people, numbers, URLs); see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-baixiao-jewelbox-silver-tarnish",
        site="百晓问答社 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baixiao-wenda-example.com/question/2281907.html",
        title="首饰盒里的银饰总是发黑，有什么办法吗？",
        record_title="首饰盒里的银饰总是发黑，有什么办法吗？ - 百晓问答社",
        date=None,
        notes="Q&A as text: the question repeated as the title, the best answer's line with '回答于 2 天前', vote row, more answers and a related question (no date)",
        page="""
!m 百晓问答社 > 生活 > 家居
{T}
!m 提问者：小鹿乱撞　悬赏 10 积分　浏览 3872
!m 最佳答案　答主：银匠阿福　Lv.7　回答于 2 天前
{BODY}
!a 有用(86)　没用(2)　评论(5)
!l 更多回答(4)
!l 芒果布丁：我放的是防潮珠，也挺好用
!l 相关问题：珍珠项链能和银饰放一个首饰盒吗？
!m 百晓问答社 ©2025　冀ICP备21006638号
""",
        body="""
银饰发黑主要是银和空气里的硫化物起了反应，首饰盒本身的材料也有影响。
第一，看看首饰盒的内衬。有些便宜的首饰盒用的是含硫的橡胶或者劣质绒布，银饰放在里面反而黑得更快，建议换成纯棉或防氧化绒布内衬的盒子。
第二，银饰单独装。每件银饰放进密封小袋，再放进首饰盒，能隔开空气和其他金属。
第三，盒子里放一小包干燥剂或者几支粉笔，吸潮效果不错，隔两三个月换一次。
已经发黑的，用擦银布擦一擦就能亮，别用牙膏，牙膏会留下细划痕。
""",
    ),
    dict(
        slug="anthology-banchuang-lampstand-essay-gb2312",
        site="半窗斋文存 (invented retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.banchuangzhai-example.net/wencun/juan2/019.htm",
        title="祖屋的铜灯台",
        record_title=None,
        date=None,
        notes="old gb2312 collection: marquee, chapter links, visitor counter, author's mailbox; no record title, the title line on the page; the essay dated only 写于二〇二四年冬 (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>半窗斋文存</title>
</head>
<body bgcolor="#F5F0E1">
<table width="780" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center"><font size="5">⟦m 半窗斋文存⟧</font><br>⟦m 一位老教书匠的笔墨⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦d 本站文字皆斋主手写，未经同意请勿转载⟧</marquee></td></tr>
<tr><td align="center">⟦m 卷一·乡土　卷二·旧物　卷三·师友　卷四·游踪⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font><br>⟦m 卷二·旧物之十九⟧</td></tr>
<tr><td class="wen">
{BODY}
</td></tr>
<tr><td align="center">⟦l 〔上一章〕堂前的燕子窝⟧　⟦l 〔回目录〕⟧　⟦l 〔下一章〕外婆的纺车⟧</td></tr>
<tr><td align="center">⟦w 与斋主通信：banchuang_laoshi@banchuangzhai-example.net⟧</td></tr>
<tr><td align="center">⟦m 您是本斋第 00052813 位来客⟧<br>⟦m 最佳浏览：IE6.0 分辨率1024×768⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
祖屋的堂屋正中有一张八仙桌，桌上常年摆着一盏铜灯台。
那灯台有一尺来高，底座是莲花形的，中间一根细柱，顶上托着一个小油碟。祖母每晚点灯时，先用针把灯芯挑一挑，火苗便稳稳地立起来，照得满屋昏黄。
我小时候爱趴在桌边看灯花。祖母说，灯花爆了是有客要来。我便盼着灯花爆，盼着来客带糖。
后来村里通了电，灯台被收进了橱柜。祖母去世那年，父亲把它擦得锃亮，摆回了八仙桌上，说是让老人家回来时认得路。
如今祖屋已经没人住了，灯台被我带进城里，放在书架上。每次看见它，我就想起那一屋子昏黄的光。
（写于二〇二四年冬，姝水）
""",
    ),
    dict(
        slug="anthology-hechu-hairnet-memoir-oneline",
        site="荷锄夜读 (invented retired teacher's text collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://hechu-yedu-example.cn/jiushi/19.txt",
        title="母亲的发网",
        date=None,
        notes="record title as is; the memoir on one line (paragraphs apart only by their indent); the page's title line carries a chapter prefix; a collection stamp (no date)",
        page="""
!m 荷锄夜读 · 一个退休教师的文字角落
!m 目录 | 旧事 | 人物 | 游记
!t 旧事篇·第十九　母亲的发网
!m 字数：约四百　收录时间：2023-11-05
{BODY}
!l ← 上一篇：父亲的搪瓷缸　|　下一篇：外婆的纺车 →
!d 本文集文字均为原创，转载请先征得作者同意
!w 与作者通信：hechu_yedu@hechu-yedu-example.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
母亲年轻时在圻阳县纺织厂当挡车工，一头长发总是用一只黑色的发网兜着。
那时车间里纱锭飞转，厂里规定女工必须把头发盘起来、罩上发网，怕卷进机器里。母亲的发网是自己用丝线钩的，网眼细密，边上穿一根松紧绳，戴上去服服帖帖。
我上小学时，常见母亲下了夜班，坐在灯下把发网摘下来，轻轻抖掉上面的棉絮，再挂在床头的钉子上。
母亲退休后剪了短发，那只发网却一直没舍得扔，夹在她的针线盒里。前些年她走了，我整理针线盒，发网还在，只是丝线已经褪成了灰色。
""",
    ),
    dict(
        slug="dangjian-jingyang-grain-oilladle-speech-cn-date",
        site="觐阳粮油集团党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.jyly-group-example.com/zbjt/2025/0320/96.html",
        title="在“一把油提量诚信”主题党日活动上的讲话",
        record_title="〔主题党日〕在“一把油提量诚信”主题党日活动上的讲话 - 觐阳粮油集团党建网",
        date="2025-03-15",
        date_also=["2025-03-20"],
        notes="Party portal: study-points prompt, read-on-phone QR line; the date under the speech title in Chinese numerals and the speaker line are neutral; the portal's posting date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔主题党日〕在“一把油提量诚信”主题党日活动上的讲话 - 觐阳粮油集团党建网</title>
<script src="/js/dj-score.js"></script>
</head><body>
<div class="banner">⟦m 觐阳粮油集团党建网⟧<span>⟦m 红色粮仓　初心守护⟧</span></div>
<div class="menu">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部讲堂⟧ ⟦m 先锋风采⟧ ⟦m 廉洁粮油⟧</div>
<div class="where">⟦m 当前位置：首页 › 支部讲堂⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="date">（二〇二五年三月十五日）</p>
<p class="speaker">集团党委书记、董事长　闻立新</p>
<p class="src">⟦m 来源：集团党委办公室　发布时间：2025-03-20 15:06　阅读：533⟧</p>
<div class="points">⟦a 本文已计入学习积分，阅读满5分钟可再得2分⟧</div>
<div class="txt">
{BODY}
</div>
<div class="phone">⟦a 扫一扫，手机上继续读⟧</div>
</div>
<div class="nearby">⟦l 上一篇：集团召开2025年党风廉政建设工作会议⟧<br>⟦l 下一篇：储备库党支部开展“学雷锋”志愿服务⟧</div>
<div class="foot">⟦m 中共觐阳粮油集团有限公司委员会主办　党委办公室维护⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
同志们：
今天，我们在集团老门市部旧址开展“一把油提量诚信”主题党日活动，重温老一辈粮油人“一提油、一颗心”的经营传统。
刚才，大家看了门市部留下的三把老油提。这三把油提用了四十多年，提口磨得发亮，却从没有人说过它们“不准”。老师傅们靠的不是机器，而是一份实打实的良心。
今天，我们的门店早已用上了电子秤和自动灌装线，但诚信经营的要求一点也不能降低。各支部要把计量诚信纳入党员承诺内容，党员先锋岗要带头亮标准、亮计量、亮服务，接受顾客监督。
同志们，一把油提量的是油，更是人心。希望大家把今天的活动成果转化为干好本职工作的实际行动。
""",
    ),
    dict(
        slug="dangjian-xuhu-hairnet-volunteer-summary",
        site="胥湖区机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.xuhu-example.gov.cn/zbfc/2025/0630/212.html",
        title="“银发暖心”志愿服务上半年工作总结",
        record_date="2025-06-30",
        date="2025-06-30",
        notes="record title and record date as is (the date also under the signature); a study-points prompt under the byline; a Party branch giving hairnets to old women",
        page="""
!m 胥湖区机关党建网
!m 首页 >> 支部工作 >> 志愿服务
{T}
!m 发布：区市场监管局机关第二党支部　2025-06-30　阅读：209
!a 【学习积分】本页停留满3分钟计1分
{BODY}
!l 上一篇：区税务局党支部开展“税惠到家”志愿服务
!l 下一篇：机关党员进社区“双报到”工作推进会召开
!m 主办：中共胥湖区直属机关工作委员会
""",
        indent="\u3000\u3000",
        body="""
今年以来，区市场监管局机关第二党支部以“银发暖心”志愿服务为载体，组织党员志愿者走进胥湖区3个社区，为老年人提供理发和生活帮扶服务。现将上半年工作总结如下。
一、服务开展情况。上半年共开展志愿服务12次，参与党员86人次，为老人理发430人次。针对不少老年妇女习惯盘发、发网容易破损的情况，支部筹集资金购买发网600只，免费赠送给有需要的老人。
二、主要做法。一是建立服务台账，对行动不便的老人提供上门理发；二是与社区卫生服务站合作，理发时顺带测量血压。
三、下步打算。下半年支部将把服务延伸到2个农村社区，并培训5名党员志愿者掌握基本理发技能。
胥湖区市场监管局机关第二党支部
2025年6月30日
""",
    ),
    dict(
        slug="hospital-jingyang-no2-hairnet-notice-booking-float",
        site="觐阳市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jy2yy-example.com/ywgk/2025/0303/1150.html",
        title="关于规范手术部及静配中心工作人员佩戴发网的通知",
        record_title="院务公开｜关于规范手术部及静配中心工作人员佩戴发网的通知—觐阳二院",
        date="2025-03-03",
        notes="hospital site: booking float, 24-hour emergency line and switchboard beside the notice's own 联系人/电话 (in the body); a byline with the same date; numbered requirements",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>院务公开｜关于规范手术部及静配中心工作人员佩戴发网的通知—觐阳二院</title>
<script src="/js/yy-float.js"></script>
</head><body>
<div class="hd"><span>⟦m 觐阳市第二人民医院⟧</span><span>⟦m 三级综合医院　医保定点单位⟧</span></div>
<div class="nv">⟦m 医院概况⟧ ⟦m 就医指南⟧ ⟦m 科室导航⟧ ⟦m 院务公开⟧ ⟦m 健康科普⟧</div>
<div class="lc">⟦m 首页 › 院务公开 › 院内通知⟧</div>
<div class="ac">
<h1>{T}</h1>
<div class="at">⟦m 发布科室：医院感染管理科　日期：2025-03-03　浏览：688⟧</div>
{BODY}
</div>
<div class="float-r">⟦w 预约挂号 0795-8820114⟧<br>⟦a 微信挂号⟧<br>⟦a 返回顶部⟧</div>
<div class="ft">
<p>⟦m 24小时急救电话：0795-8820120　总机：0795-8820000⟧</p>
<p>⟦m 地址：觐阳市长庚路300号　粤ICP备16021409号⟧</p>
</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各临床科室、医技科室：
为进一步落实手术部位感染防控要求，经医院感染管理委员会研究，自3月10日起，手术部、静脉用药调配中心工作人员进入洁净区域时，须先佩戴一次性发网，再佩戴手术帽。现将有关要求通知如下。
一、长发人员应将头发全部盘起，用发网兜住，确保耳后、颈后无头发外露。
二、一次性发网每次进入洁净区更换，不得重复使用。
三、医院感染管理科将不定期抽查，抽查结果纳入科室感控考核。
联系人：感染管理科 孟晓琳，电话：0795-8821463（内线6463）。
觐阳市第二人民医院
2025年3月3日
""",
    ),
    dict(
        slug="hospital-paxi-tcm-lampstand-fall-prevention",
        site="葩溪县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.paxizyy-example.cn/jkkp/kfhl/2025/0110/33.html",
        title="夜间起床防跌倒，床头灯台怎么摆？",
        date="2025-01-10",
        notes="record title as is; the 发布日期 line is the page's date; the department's clinic line, switchboard and emergency line and a not-a-diagnosis notice under the text; numbered list",
        page="""
!m 葩溪县中医院
!m 首页 > 健康科普 > 康复护理
{T}
!m 发布日期：2025-01-10　作者：康复医学科　浏览：561
{BODY}
!m 康复医学科门诊：门诊楼三楼东区　咨询电话：0797-4410382
!m 医院总机：0797-4410000　　急诊：0797-4410120
!d 本文为健康科普，不能代替医生面诊
!l 相关文章：老年人居家防跌倒十要点｜冬季中风的早期信号
""",
        body="""
冬季夜长，老年人夜间起床如厕次数多，跌倒风险明显增加。康复医学科护士长提醒，床头灯台摆得好，能帮老人减少不少意外。
1. 灯台放在起床一侧，伸手就能摸到开关，不用探身去够。
2. 选用底座宽、重心低的灯台，不易被碰倒；不要用带玻璃罩的老式煤油灯台当夜灯。
3. 灯光以暖黄色为宜，亮度适中，避免刚醒时强光刺眼。
4. 灯台的电线沿墙固定，不要横在床边过道上，以免绊脚。
此外，从床边到卫生间的路上最好再装一两盏小夜灯，让老人起夜时全程有光。
""",
    ),
    dict(
        slug="university-jygm-lampstand-news-h1-dotted-date",
        site="觐阳工艺美术职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jygm-example.edu.cn/xwzx/xydt/2025/0516/2207.html",
        title="工艺美术系学生复原唐代三彩灯台获省赛金奖",
        record_title=None,
        date="2025-05-16",
        notes="college news page: no record title, the <h1> on the page; a dotted date in the byline is the page's date; a photo caption between paragraphs; quick links and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>觐阳工艺美术职业学院</title>
</head><body>
<div class="head">⟦m 觐阳工艺美术职业学院⟧ ⟦m 尚美　精工　守正　创新⟧</div>
<div class="nav">⟦m 学院概况⟧ ⟦m 院系设置⟧ ⟦m 新闻中心⟧ ⟦m 招生就业⟧ ⟦m 信息公开⟧</div>
<div class="path">⟦m 新闻中心 / 学院动态⟧</div>
<div class="news"><h1>{T}</h1>
<div class="info">⟦m 2025.05.16　来源：工艺美术系　浏览：742⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="check">⟦m 撰稿：姚青　审核：齐明远⟧</div></div>
<div class="quick">⟦l 快速通道：校历 | 图书馆 | 教务系统 | 校园邮箱⟧</div>
<div class="foot">⟦m 地址：觐阳市胥湖区职教路18号　邮编：517120⟧<br>⟦m © 觐阳工艺美术职业学院　粤ICP备09031158号⟧</div>
</body></html>
""",
        p_html='<p class="vsbcontent_p">{}</p>',
        body="""
近日，我院工艺美术系“古器新生”课题组完成了一件唐代三彩灯台的复原制作，相关成果在省大学生工艺美术作品展上获得金奖。
这件灯台以觐阳市博物馆馆藏残件为原型，原件仅存底座和半截灯柱。课题组6名学生在指导教师齐明远的带领下，查阅了大量唐代器物资料，反复比对釉色和纹样，先后烧制了十余件样品，历时八个月才完成复原。
⟦m 图为课题组学生为复原灯台施釉⟧
齐明远介绍，复原古代灯台不仅是技艺训练，更是一堂生动的传统文化课。下一步，课题组将与博物馆合作，把复原过程制作成教学视频，供更多师生学习。
""",
    ),
    dict(
        slug="university-jysf-museum-oilladle-call-email",
        site="觐阳师范学院 (invented)",
        style="高校官网",
        genre="启事",
        kind="notice",
        form="text",
        source="http://www.jysf-example.edu.cn/tzgg/2025/0416/1043.html",
        title="民俗博物馆关于征集老油提等旧物的启事",
        record_title="民俗博物馆关于征集老油提等旧物的启事 - 觐阳师范学院",
        date="2025-04-15",
        date_also=["2025-04-16"],
        notes="university notice page: the museum's own phone and e-mail in the body, 欢迎关注 its account as content; the page's posting date differs (also accepted); close/print links and a footer with 邮编",
        page="""
!m 觐阳师范学院 JINGYANG NORMAL UNIVERSITY
!m 学院首页 / 通知公告
{T}
!m 发布单位：民俗博物馆　发布时间：2025-04-16　阅读次数：285
{BODY}
!a 〔关闭〕〔打印〕
!m 地址：觐阳市学府路1号　邮编：517100　版权所有©觐阳师范学院
""",
        indent="\u3000\u3000",
        body="""
为丰富馆藏、传承地方商贸文化，我馆现面向校内外师生、校友和社会各界征集老油提、老秤、量米筒等传统计量旧物。
一、征集范围：1980年以前使用过的竹制、铁皮、铜制油提，以及与粮油买卖有关的量具、账本、招牌等。
二、征集方式：捐赠或有偿征集均可，捐赠者由我馆颁发收藏证书，并在展签上注明捐赠人姓名。
三、联系方式：民俗博物馆办公室，电话：0798-2265031，邮箱：mingsu_bwg@jysf-example.edu.cn。
征集进展将在民俗博物馆微信公众号发布，欢迎关注。欢迎大家把家里的老物件“请”进博物馆，让它们讲述过去的故事。
觐阳师范学院民俗博物馆
2025年4月15日
""",
    ),
    dict(
        slug="localforum-qinchuan-oilladle-complaint-jammer",
        site="覃川论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qinchuan-example.com/thread-551203-1-1.html",
        title="菜市场粮油摊的油提不准，谁来管管？",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject with a board tag; weather line, jammer-font junk, medals, a decoration ad, an official-reply link; posted '5 天前' (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>覃川论坛 - 覃川人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum_common.js"></script>
</head><body>
<div class="top">⟦m 覃川论坛⟧ ⟦m 今天 覃川 小雨 12～17℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="crumb">⟦m 覃川论坛 › 民生热线 › 帖子⟧</div>
<div class="ad">⟦a 装修找覃川好家居，免费上门量房 0793-6123366⟧</div>
<div class="post">
<h1><em>⟦m [菜篮子吐槽]⟧</em> <span id="thread_subject">{T}</span></h1>
<div class="author">⟦m 东门老街坊　勋章：热心网友 · 老会员　发表于 5 天前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="reply-gov">⟦l 【官方回复】覃川县市场监管局已转办此帖，点击查看处理结果⟧</div>
<div class="act">⟦a 支持(88) 反对(1) 收藏 转发⟧</div>
</div>
<div class="rep">⟦l 沙发 老菜农：西头那家我也吃过亏⟧</div>
<div class="ft">⟦m 覃川论坛 版权所有 赣ICP备13006218号　违法和不良信息举报：0793-6120000⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
上周六在覃川老菜市场西头那家粮油摊打了五斤菜籽油，回家用电子秤一称，只有四斤三两。
我回去找摊主，他拿出一把铁皮油提说“一提就是一斤，从来不差”。我仔细一看，那油提底部明显瘪进去一块，提口也歪了，装满了肯定不够数。
摊主最后补了我半斤油，可这事让我很不放心。菜市场里用油提卖散装油的摊位还有好几家，谁来管管这些油提准不准？
希望市场监管部门能到菜市场查一查，也提醒大家打油时带个秤或者到公平秤复核一下。
""",
    ),
    dict(
        slug="localforum-meiling-jewelbox-found-junk",
        site="莓岭论坛 (invented township forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.meiling-shq-example.com/forum/viewthread/30981",
        title="莓岭菜场捡到一个红漆首饰盒",
        record_title="〔寻失主〕莓岭菜场捡到一个红漆首饰盒 - 莓岭生活圈 - 莓岭论坛",
        date=None,
        notes="township forum post with anti-scraping junk on lines and glued; a police station mentioned as content; posted '今天 08:12' (no date); replies under the post",
        page="""
!m 莓岭论坛 » 莓岭生活圈 » 浏览帖子
!t 〔寻失主〕莓岭菜场捡到一个红漆首饰盒
!m 作者：菜场边的阿强　发表于 今天 08:12　查看 1903　回复 12
{BODY}
!l 板凳 小雨点点：已转到业主群
!l 地板 莓岭王姐：像是东街刘婆婆的，我去问问
!a 发帖须知 | 举报 | 收藏本帖
!m 莓岭论坛 · 莓岭人的网上客厅
""",
        junk=dict(lines=2, glued=2),
        body="""
今天早上七点多，我在莓岭菜场北门公交站的长椅上捡到一个红漆首饰盒，巴掌大小，盒盖上描着金色的牡丹。
盒子里有一对银耳环、一枚顶针和一张叠起来的黑白老照片，看得出是老人家的心爱之物。
失主请带上能说明盒子特征的信息，到莓岭镇派出所值班室认领，或者直接给我发站内信。
麻烦各位坛友帮忙转一转，老人丢了这东西肯定着急。
""",
    ),
]
