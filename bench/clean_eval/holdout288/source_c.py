"""holdout288, part C: Q&A sites, personal collections, Party-building portals, hospitals,
universities, county forums.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenzhi-pillow-towel-how-often-question-title",
        site="问知社区 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhi-sq.com/question/61170482/answer/90233",
        title="枕巾多久换洗一次比较好？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question is the title; an adopted-answer badge, vote "
        "bar, more answers; 回答于 a relative time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>问知社区 - 有问题，就会有人知道</title>
<link rel="stylesheet" href="https://cdn.wenzhi-sq.com/qa/page.css">
<script src="https://cdn.wenzhi-sq.com/qa/page.js" defer></script>
</head><body>
<header>⟦m 问知社区⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录·注册⟧</a></header>
<div class="q-topics">⟦l 家居清洁　睡眠健康　床上用品⟧</div>
<h1 class="q-title">{T}</h1>
<div class="q-detail">⟦m 关注者 233　被浏览 41,806⟧</div>
<div class="answer">
<div class="badge">⟦m ✓ 提问者采纳的回答⟧</div>
<div class="author">⟦m 家政老师傅刘姐　家政服务从业十二年　回答于 2 天前⟧</div>
<div class="rich-text">
{BODY}
</div>
<div class="vote">⟦a ▲ 赞同 1.2万　▼　💬 86 条评论　分享　收藏　喜欢⟧</div>
</div>
<div class="more"><h3>⟦l 查看全部 38 个回答⟧</h3>
<p>⟦l 睡眠小站：我一般两三天一换，夏天天天换⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 枕套和枕巾有必要都用吗？⟧</li><li>⟦l 枕巾发黄了怎么洗白？⟧</li></ul></aside>
<footer>⟦m 问知社区 © 2024　京ICP证170932号⟧　⟦d 回答内容由用户发布，仅代表个人观点⟧</footer>
</body></html>
""",
        body="""
枕巾和脸、头发直接接触，建议至少一周换洗一次，油性皮肤或者夏天出汗多的，三四天换一次更好。
原因很简单：人睡觉时会掉皮屑、出油、流口水，这些都会留在枕巾上，时间长了容易滋生螨虫，有人脸上反复冒痘，就和枕巾不常换有关。
清洗时用四十度左右的温水，加一点中性洗衣液，洗完放在太阳底下晒透。枕巾用了两年左右，或者摸上去发硬、颜色发黄，就该换新的了。
家里最好准备三条以上轮换，这样就不会因为没干而拖着不换。
""",
    ),
    dict(
        slug="qa-wenzhi-bamboo-ruler-inaccurate",
        site="问知社区 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenzhi-sq.com/question/60942215",
        title="竹尺用久了刻度不准怎么办？",
        record_title="竹尺用久了刻度不准怎么办？ - 问知社区",
        date=None,
        notes="Q&A as text: question with a site suffix in the record; answerer line, vote row, more "
        "answers; no date (an edit stamp and a relative time only)",
        page="""
!m 问知社区
!l 话题：文具　木工　测量工具
{T}
!m 4 人关注　　被浏览 9,317
!m 篾匠小杜　竹制品作坊主
!m 编辑于 昨天 18:22
{BODY}
!a 赞同 356　　添加评论　　分享　　收藏　　举报
!l 更多回答
!l 量具控：竹尺误差大正常，精细活别用它
!a 下载问知App，回答随时看
""",
        body="""
竹尺刻度变“不准”，一般有两个原因。
一是尺身受潮或暴晒后变形。竹子是天然材料，长期放在潮湿的地方会吸水膨胀，放在暖气片旁边又会收缩开裂，尺身长短变了，刻度自然就不准了。
二是刻线磨损。竹尺常年使用，两端和零刻度附近最容易磨掉，很多人量东西时习惯从尺头开始，结果越量越短。
解决办法：平时把竹尺平放在干燥的抽屉里，不要竖着靠墙；测量时从“1厘米”刻度开始量，读数后再减去1厘米；如果要做精细活，还是换一把钢直尺更稳妥。
家里的老竹尺用来量布、量菜地都没问题，不必太在意一两毫米的误差。
""",
    ),
    dict(
        slug="collection-qiulin-memoir-tailor-ruler-old-table",
        site="梂林书斋 (invented personal site, old table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.qiulinshuzhai.net/wenji/pianhe/05.htm",
        title="父亲的那把裁缝竹尺",
        record_title="父亲的那把裁缝竹尺（《篻河旧事》之五）— 梂林书斋",
        date=None,
        notes="retired teacher's personal site in an old gb2312 table layout: chapter links, a visitor "
        "counter, the author's mailbox; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的那把裁缝竹尺（《篻河旧事》之五）— 梂林书斋</title>
<style>body{font-size:14px;background:#f7f3e8}</style>
</head><body>
<table width="780" align="center" border="0" cellpadding="4">
<tr><td colspan="2" class="top">⟦m 梂林书斋　一个退休教书匠的文字小屋⟧</td></tr>
<tr><td colspan="2">⟦m 书斋首页 ｜ 篻河旧事 ｜ 教书琐记 ｜ 诗词习作 ｜ 留言本⟧</td></tr>
<tr><td width="160" valign="top" class="left">
<p>⟦l 《篻河旧事》目录⟧</p>
<p>⟦l 之一　渡口⟧</p><p>⟦l 之二　榨油坊⟧</p><p>⟦l 之三　篾匠街⟧</p><p>⟦l 之四　母亲的腌菜坛⟧</p>
</td><td valign="top">
<h2 align="center">{T}</h2>
<p align="center">⟦m （《篻河旧事》之五）⟧</p>
{BODY}
<p>⟦l 【上一篇：母亲的腌菜坛】　【回目录】　【下一篇：河滩上的露天电影】⟧</p>
</td></tr>
<tr><td colspan="2" align="center" class="foot">⟦m 来信请寄：qiulin_laoshi@example-mail.cn⟧<br>⟦d 书斋文字，转载请告知作者⟧<br>⟦m 自2009年开斋以来，已有 218406 人次到访⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是篻河边上的裁缝，一辈子用的是一把竹尺。
那把竹尺比我的胳膊还长，正面刻着市尺，背面刻着公分，是他出师那年师傅送的。竹尺一头被磨得发亮，那是他几十年捏着量布的地方。
小时候我最爱看父亲量衣。他把竹尺往客人肩头一搭，嘴里念着“肩宽一尺三，袖长一尺九”，母亲在一旁用铅笔记下来。量完了，竹尺在他手里转一圈，就插回了腰后的布袋。
后来县城开了成衣店，来做衣服的人越来越少，父亲就用那把竹尺给我们量身高，在门框上刻下一道道印子。
父亲去世后，竹尺挂在老屋的墙上。我每次回去，都要取下来摸一摸。
""",
    ),
    dict(
        slug="collection-laishui-memoir-mother-pincushion-oneline",
        site="棶水闲话 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://laishuixianhua.example-pages.cn/di2ji/16.html",
        title="母亲的针插",
        record_title="母亲的针插 ·《棶水闲话》第二辑",
        date=None,
        notes="a personal collection's chapter with the whole body on one line; chapter links; no date",
        page="""
!m 棶水闲话　·　第二辑　·　家常
!t 母亲的针插 ·《棶水闲话》第二辑
!m 作者：棶水老周　　字数：约四百　　本辑第16篇
{BODY}
!l ‹ 上一篇：灶台上的火柴盒　　　目录　　　下一篇：晒秋 ›
!d 《棶水闲话》各篇文字归作者所有，请勿整篇转载。
!m 本集浏览量：31,207
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
母亲的针线筐里有一只针插，是用一截旧棉袄袖子缝的，里面塞着晒干的米糠。
针插上总是插满了针，长的短的，粗的细的，母亲说米糠吸潮，针插在里面不生锈。每根针上还挂着不同颜色的线，白线缝被里，黑线钉纽扣，红线是过年时给我们缝新衣服用的。
我上中学那年，母亲的眼睛开始花了，穿针要我帮忙。她把针插递过来，让我一次穿好五六根，她再慢慢用。
如今母亲八十多岁，早已不做针线活，可那只针插还放在她的床头柜上，上面插着我当年穿好的几根针，线已经褪了色。
""",
    ),
    dict(
        slug="party-yucheng-summary-news-racks-table",
        site="堉城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.ycxianfeng.gov.cn/jgdj/gzdt/202412/t20241212_30841.html",
        title="关于在机关办公楼设置党报党刊报刊架的工作总结",
        record_title="【楼宇党建】关于在机关办公楼设置党报党刊报刊架的工作总结_堉城先锋网",
        date="2024-12-10",
        date_also=["2024-12-12"],
        notes="Party-building portal: study-points prompt, read-on-phone QR line; a table one row a "
        "paragraph; 成文日期 vs the portal's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【楼宇党建】关于在机关办公楼设置党报党刊报刊架的工作总结_堉城先锋网</title>
<link rel="stylesheet" href="/static/xf/main.css">
</head><body>
<div class="header"><div class="logo">⟦m 堉城先锋网⟧</div><div class="slogan">⟦m 中共堉城市委组织部主办⟧</div></div>
<div class="menu">⟦m 首页　要闻　机关党建　基层组织　党员教育　先锋风采⟧</div>
<div class="weizhi">⟦m 当前位置：首页 &gt;&gt; 机关党建 &gt;&gt; 工作动态⟧</div>
<div class="detail"><h1>{T}</h1>
<div class="xx">⟦m 稿源：市直机关工委　日期：2024年12月12日　阅读量：2049⟧</div>
<div class="points">⟦a 本文阅读满1分钟可计入学习积分⟧</div>
<div class="zw">
{BODY}
</div>
<div class="phone">⟦a 用手机扫一扫，把本文带走⟧</div>
<div class="about"><h4>⟦l 相关链接⟧</h4><p>⟦l 市直机关“读报分享会”第四期侧记⟧</p><p>⟦l 机关支部“学习角”建设指引⟧</p></div></div>
<div class="footer">⟦m 堉城先锋网　主办单位：中共堉城市委组织部　备案号：湘ICP备14009032号⟧<br>⟦d 本网原创稿件，转载请注明出处⟧</div>
</body></html>
""",
        body="""
今年以来，市直机关工委在机关办公楼的楼梯口、电梯厅设置党报党刊报刊架，推动党员干部在工作间隙读报学习。现将工作情况总结如下。
一、基本情况。全年在市直四十二个单位设置报刊架一百二十六组，每组配送《人民日报》《堉城日报》和党刊各一份。
二、分布情况
办公区域　单位数　报刊架组数
市行政中心　18　64
老城区办公楼　15　38
开发区办公楼　9　24
三、主要成效。各单位将报刊架与“学习角”结合，党员干部利用午休时间读报，机关党支部每月开展一次“读报分享会”，全年共开展二百余场。
四、下步打算。明年将在报刊架旁增设电子阅报屏，方便党员干部查阅往期报刊。
中共堉城市直属机关工作委员会
2024年12月10日
""",
    ),
    dict(
        slug="party-tongling-host-script-window-screens",
        site="峂岭党建 (invented Party-building site)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://dj.tongling-xian.gov.cn/zbhd/2024/0611/9921.html",
        title="“为老换纱窗”党员志愿服务活动启动仪式主持词",
        record_title="【红色志愿·为老办实事】“为老换纱窗”党员志愿服务活动启动仪式主持词丨峂岭党建",
        date=None,
        notes="Party site as text: a host script with no date; a study-points line between paragraphs; "
        "the host names speakers inside the script",
        page="""
!m 峂岭党建　　党员之家　　支部工作　　志愿服务
!m 位置：首页 / 支部工作 / 主题党日
!t 【红色志愿·为老办实事】“为老换纱窗”党员志愿服务活动启动仪式主持词
!m 来源：坻溪镇党委　　浏览：377
{T}
{BODY}
!a 收藏本文　　分享给支部同志
!l 上一篇：坻溪镇开展“七一”重温入党誓词活动
!l 下一篇：党员志愿者暑期“护河行动”倡议
!m 峂岭县委组织部主办　技术支持：峂岭县融媒体中心　湘ICP备11002617号
""",
        body="""
各位领导、各位党员志愿者、居民朋友们：
大家上午好！夏天到了，不少老人家里的纱窗还是破的，蚊子一进屋，老人就睡不好觉。今天，我们在这里举行“为老换纱窗”党员志愿服务活动启动仪式。
首先，介绍出席今天启动仪式的有关领导：镇党委副书记钱若谷同志，镇民政办主任黎禾同志。欢迎各位的到来！
⟦a 学习提示：阅读本页满3分钟，可获得志愿积分1分⟧
下面进行第一项，请志愿服务队队长宣读服务清单。
进行第二项，请党员志愿者代表表态发言。
进行第三项，请钱若谷副书记为志愿服务队授旗。
最后，请志愿者们分组出发，按照清单上门为老人测量、更换纱窗。
启动仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-laishui-notice-pillow-towels-record-date",
        site="棶水县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lsxrmyy.example-hosp.cn/news/yygg/2024-06-28/1730.html",
        title="关于住院病区枕巾实行“一日一换”的告知",
        record_title="【院感提示】关于住院病区枕巾实行“一日一换”的告知-棶水县人民医院",
        record_date="2024-06-28",
        date="2024-06-28",
        notes="hospital page: booking float, 24-hour line, experts list; the 感染管理科's own phone beside "
        "them; numbered list; record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【院感提示】关于住院病区枕巾实行“一日一换”的告知-棶水县人民医院</title>
<link rel="stylesheet" href="/css/hosp.css">
</head><body>
<div class="top">⟦m 棶水县人民医院　二级甲等综合医院⟧ <span>⟦m 24小时急救：0738-8800120⟧</span></div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　护理园地　院务公开⟧</div>
<div class="crumb">⟦m 首页 → 院务公开 → 医院公告⟧</div>
<div class="main"><h1>{T}</h1>
<div class="info">⟦m 发布部门：医院感染管理科　发布时间：2024-06-28⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="side"><h4>⟦l 本周坐诊专家⟧</h4><p>⟦l 呼吸内科　侯志远　主任医师⟧</p><p>⟦l 皮肤科　梅若兰　副主任医师⟧</p></div>
<div class="float-yy">⟦a 预约挂号⟧ ⟦m 预约专线：0738-8802000⟧</div>
<div class="foot">⟦m 地址：棶水县人民路21号　湘ICP备16011290号⟧<br>⟦d 本网信息仅供参考，不作为诊断依据⟧</div>
</body></html>
""",
        body="""
各位住院患者及家属：
为降低院内交叉感染风险，自2024年7月1日起，我院各住院病区枕巾实行“一日一换、出院即换”。现将有关事项告知如下：
1.每天上午八点前，护工将为每张病床更换干净枕巾，换下的枕巾统一送院内洗涤中心高温消毒。
2.患者如有出汗多、呕吐等情况，可随时按呼叫铃要求更换，不另收费。
3.请勿使用自带枕巾，确需使用的，请告知护士登记，由护工每日收洗。
4.换下的枕巾请勿带出病房。
如有疑问，请咨询医院感染管理科，电话：0738-8802316。
棶水县人民医院
2024年6月28日
""",
    ),
    dict(
        slug="hospital-danzhou-rehab-pincushion-training-news",
        site="簹州市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.dz2yy.example-hosp.cn/xwzx/ksdt/20241016/5531.html",
        title="一只针插练活了老人的手指",
        record_title="科室动态 ▹ 一只针插练活了老人的手指 - 簹州市第二人民医院",
        date="2024-10-16",
        notes="hospital news as text: the byline's 发布时间 is the date; a booking line and a 24-hour line; "
        "an author/photo line glued after the last paragraph",
        page="""
!m 簹州市第二人民医院　　预约挂号　　来院导航
!m 当前位置：首页 > 新闻中心 > 科室动态
{T}
!m 作者：康复医学科　　发布时间：2024-10-16　　浏览量：688
{BODY}
!l 上一篇：我院开展“世界镇痛日”义诊活动
!l 下一篇：骨科病区开展住院患者防跌倒宣教
!a 微信搜索“簹州二院”预约康复评估
!m 门诊预约：0731-5288100　　急诊（24小时）：0731-5288120
!m 版权所有 簹州市第二人民医院　湘ICP备12008731号
""",
        indent="\u3000\u3000",
        body="""
“把这根针插到花瓣上，对，慢一点。”10月15日上午，在市二院康复医学科作业治疗室，治疗师黄若溪正指导七十六岁的脑卒中患者梁伯做针插训练。
针插是治疗师们自己设计的：用软布缝成一朵向日葵，花瓣上标着不同颜色的圆点，患者要用手指捏起大头针，按颜色插到对应的圆点上。
“捏针需要拇指和食指精细配合，比捏豆子难，但患者更有兴趣。”黄若溪介绍，科室从今年五月开始使用这套训练方法，已有四十多名患者参加，多数人手指灵活度明显提高。
为防止扎伤，大头针头部都套上了彩色塑料帽，训练全程有治疗师陪同。⟦m （文/图：康复医学科 邹蔓）⟧
""",
    ),
    dict(
        slug="college-yucheng-normal-dorm-screens-h1-table",
        site="堉城师范学院后勤管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://hqc.ycnu.example-univ.cn/info/1032/2817.htm",
        title="关于2024年暑期学生公寓纱窗更换的通知",
        record_title=None,
        date="2024-06-25",
        date_also=["2024-06-26"],
        notes="university office page: no record title (the <h1>); a schedule table one row a paragraph; "
        "成文日期 vs the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>后勤管理处</title>
<link rel="stylesheet" href="/style/hqc.css">
</head><body>
<div class="head">⟦m 堉城师范学院 · 后勤管理处⟧ <a>⟦a 学校主页⟧</a> <a>⟦a 报修平台⟧</a></div>
<div class="nav">⟦m 首页　部门概况　通知公告　服务指南　下载专区⟧</div>
<div class="loc">⟦m 您的位置：首页 ⇢ 通知公告 ⇢ 正文⟧</div>
<div class="content"><h1>{T}</h1>
<div class="meta">⟦m 发布日期：2024.06.26　点击：1583⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：关于暑假期间食堂开放安排的通知⟧　⟦l 下一条：学生公寓空调清洗时间安排⟧</div></div>
<div class="foot">⟦m 后勤服务热线：0739-2688000　地址：堉城市氿湖区师院路3号⟧<br>⟦m 版权所有 © 堉城师范学院后勤管理处⟧</div>
</body></html>
""",
        body="""
各学院、全体住校学生：
为改善学生公寓住宿条件，学校将利用暑假对学生公寓纱窗进行集中更换。现将有关安排通知如下。
一、更换安排
楼栋　更换时间　更换数量
竹园1—3号楼　7月8日—7月14日　912扇
松园4—6号楼　7月15日—7月21日　864扇
梅园7—8号楼　7月22日—7月26日　540扇
二、有关要求。暑期留校学生请于7月5日前到所在楼栋值班室登记；更换期间请配合施工人员进入宿舍，贵重物品自行妥善保管。
三、新纱窗为可拆洗式，开学后请各宿舍每学期自行拆洗一次。
后勤管理处
2024年6月25日
""",
    ),
    dict(
        slug="college-danzhou-vocational-library-news-racks",
        site="簹州职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.dzvtc.example-univ.cn/xydt/2024/1108/8806.html",
        title="图书馆报刊阅览区换上旋转报刊架",
        record_title="图书馆报刊阅览区换上旋转报刊架-校园动态-簹州职业技术学院",
        date="2024-11-08",
        notes="college news as text: the 发布时间 byline is the date; a 供稿 line after the body; "
        "扫码借阅 as content",
        page="""
!m 簹州职业技术学院　　信息门户　　English
!m 首页 > 校园动态
{T}
!m 发布时间：2024-11-08　　来源：图书馆　　浏览次数：734
{BODY}
!m （图书馆　供稿　　编辑：宣传部　崔一鸣）
!l 【关闭】　【打印】
!m 地址：簹州市职教路88号　邮编：416000　湘ICP备08102277号
""",
        body="""
本网讯 近日，图书馆二楼报刊阅览区新添置的十二组旋转报刊架正式投入使用，全馆在订的三百二十种期刊和四十六种报纸全部上架。
过去，阅览区使用的是靠墙的斜面期刊架，一格只能放一种期刊，过刊需到库房调取。新报刊架可以三百六十度旋转，每组能陈列期刊四十种，下层柜体还能存放近三个月的过刊，读者一转就能找到想看的刊物。
“以前找一本期刊要绕着墙走一圈，现在站在原地转一转就找到了。”机电学院2023级学生蒲一帆说。
图书馆还在报刊架旁设置了扫码借阅点，读者扫描期刊封底的二维码即可登记借出。
""",
    ),
    dict(
        slug="county-forum-laishan-screen-scam-thread-subject",
        site="梾山在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.laishanzx.com/thread-551207-1-1.html",
        title="提醒一下，最近有人上门推销“防盗纱窗”，家里有老人的注意",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject); jammer fonts, weather line, medals, "
        "a decoration ad and an official-reply link; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>梾山在线论坛 - 梾山人自己的网上家园</title>
<style>.jammer{display:none}</style>
</head><body>
<div id="top">⟦m 梾山今日：多云 24～31℃⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="hd">⟦m 梾山在线论坛⟧</div>
<div id="pt">⟦m 梾山在线 › 百姓之声 › 正文⟧</div>
<div class="ad">⟦a 梾山家装节：全屋门窗一口价，进店送纱窗⟧</div>
<table class="post"><tr>
<td class="pls">⟦m 城东老街坊⟧<br>⟦m 勋章：热心网友 · 三年老粉⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-gov">⟦l 本帖已转交相关部门处理，点击查看官方回复⟧</div>
<div class="po">⟦a 支持(57)　反对(0)　回复　分享⟧</div>
</td></tr></table>
<div class="replies"><p>⟦l 2楼 小城故事多：我家也来过，说是“社区安排的”⟧</p></div>
<div id="ft">⟦m 梾山在线论坛　湘ICP备10028815号　广告合作QQ：2760013584⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
这两天我们梾山县城东片区好几个小区都有人挨家挨户敲门，自称“物业合作单位”，说要免费检查纱窗。
我家老人开了门，对方量了一下就说纱网老化了，推荐换一种“防盗防蚊一体纱窗”，张口一扇八百。老人差点就交了定金，幸好我下班回来拦住了。
后来问了物业，物业说根本没有什么合作单位，也没有安排过上门检查。
大家家里有老人的，提醒一下，陌生人敲门别随便开；真要换纱窗，找物业或者正规门店，先问清楚价格再动工。
已经交了钱的，可以打12315投诉。
""",
    ),
    dict(
        slug="county-forum-danzhou-missing-news-rack-junk",
        site="簹州城事论坛 (invented)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.dzchengshi.com/forum.php?mod=viewthread&tid=330918",
        title="椪桥社区门口的报刊架怎么不见了？",
        record_title="[邻里吐槽] 椪桥社区门口的报刊架怎么不见了？ - 百姓杂谈 - 簹州城事论坛",
        date=None,
        notes="county forum as text: junk lines and junk glued after 。; a community reply below; "
        "relative time only",
        page="""
!m 簹州城事论坛　›　百姓杂谈
!t [邻里吐槽] 椪桥社区门口的报刊架怎么不见了？
!m 楼主：老茶客　　发表于 前天 09:12　　查看：2087　　回复：19
{BODY}
!l 2楼 椪桥社区居委会（认证）：已联系城管中队，报刊架是临时移到公交站旁边了
!l 3楼 老茶客：好的，谢谢回复
!a 快速回复　　登录后才能发帖
!m 簹州城事论坛　客服热线 0731-5210066　湘ICP备13021450号
""",
        junk=dict(lines=2, glued=2),
        body="""
住在椪桥社区十几年了，小区门口那个报刊架一直是我们几个老头的“据点”。每天早上买完菜，站在那儿把《簹州晚报》翻一遍，顺便聊聊天。
上周一早上去一看，架子没了，地上只剩四个螺丝眼。问了门卫，说不清楚；问了报刊亭的老板，说是有人嫌它挡了共享单车的停放点。
报刊架放在那儿好多年，不碍事，也没听谁投诉过。就算要挪，也该贴个告示，说一声搬到哪里去了。
有知道情况的朋友吗？社区的同志要是看到了，麻烦回个话。
""",
    ),
]
