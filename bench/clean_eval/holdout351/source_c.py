"""holdout351, part C: Q&A sites, personal collections, Party sites, hospitals, colleges.

Written by hand for the blind part holdout351 (see ../README.md and ../build.py for the
markup). Every place, person, firm, site, URL, phone number and chrome line is invented.
"""

CASES = [
    dict(
        slug="qa-chongwen-answer-steel-or-ceramic-bowl",
        site="宠问宠答 (invented Q&A)",
        style="问答社区",
        genre="Q&A",
        kind="other",
        form="html",
        source="https://www.chongwenchongda.com/question/6630182.html",
        title="不锈钢宠物碗和陶瓷碗哪个更适合猫咪？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question is the title; adopted-answer badge, vote bar, more answers; "
        "relative answer times only",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>宠问宠答 - 养宠路上有问必答</title>
<script src="//cdn.chongwenchongda.com/qa/main.js"></script>
</head>
<body>
<div class="qa-head">⟦m 宠问宠答 - 养宠路上有问必答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qa-crumb">⟦m 宠问宠答 › 猫咪 › 猫咪用品⟧</div>
<div class="qa-q">
<h1>{T}</h1>
<p class="q-desc">⟦m 提问者：布丁爸　· 4 天前 · 1.6万人看过⟧</p>
<p class="q-add">⟦l 问题补充：家里两岁英短，目前用塑料碗，想换一个⟧</p>
</div>
<div class="qa-best">
<div class="badge">⟦m ★ 提问者采纳⟧</div>
<div class="who">⟦m 米粒妈妈 · 养猫8年 · 回答于 3 天前⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦a 有帮助 312　｜　没帮助 4　｜　评论 17⟧</div>
</div>
<div class="qa-more"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 喵呜喵呜：陶瓷的好看，就是我家摔碎过两个⟧</p>
<p>⟦l 老猫奴：不锈钢的别买太薄的，一推就跑⟧</p>
<p>⟦a 展开全部回答 ∨⟧</p></div>
<div class="qa-rel"><h3>⟦l 相关问题⟧</h3>
<p>⟦l 猫碗多高合适？⟧</p><p>⟦l 猫咪下巴黑头和碗有关系吗？⟧</p></div>
<div class="qa-foot">⟦d 回答内容为网友个人经验，仅供参考，宠物患病请及时就医。⟧ ⟦m © 宠问宠答 2025⟧</div>
</body>
</html>
""",
        body="""
两种碗我都用过，说说我的经验，供你参考。
先说结论：家里只有一只成年猫、不爱打翻碗的，选陶瓷碗；猫咪活泼爱拱碗，或者你经常不在家、需要一次放很多粮的，选不锈钢碗。
陶瓷碗的优点是表面光滑、不容易藏污纳垢，而且分量重，猫咪吃饭时碗不会跟着跑。缺点是怕磕碰，一旦出现裂纹要马上换，不然裂缝里很容易滋生细菌。
不锈钢碗的优点是摔不坏、好清洗，可以用开水直接烫。缺点是比较轻，容易被推着走，建议买底部带硅胶防滑圈的。有些猫咪不喜欢金属碗反光，刚换的时候可能不太愿意吃。
另外提醒一句，别用塑料碗。我家猫以前用塑料碗，下巴长了一片黑头，换成陶瓷碗一个多月就好了。
""",
    ),
    dict(
        slug="qa-tianwen-answer-whitened-greenhouse-film",
        site="田问 (invented farm Q&A)",
        style="问答社区",
        genre="Q&A",
        kind="other",
        form="text",
        source="https://www.tianwen.net.cn/q/208837",
        title="大棚膜用了三年发白还能接着用吗？",
        record_title="大棚膜用了三年发白还能接着用吗？ - 农技问答 - 田问",
        date=None,
        notes="Q&A as text: decorated question title; an expert's answer with a numbered list; a sentence "
        "about handing old film to a collection point; relative times only",
        page="""
!m 田问 · 农技人员在线答
!m 田问首页 ＞ 设施农业 ＞ 棚膜与骨架
{T}
!m 提问：坦原种菜的老邝　2 天前　浏览 2390
!l 我的棚种的是番茄，膜看着发白了，还能不能再撑一年？
!m 农技员 谭秋实（高级农艺师）的回答　·　1 天前
{BODY}
!a 这个回答对我有用（88）　　追问　　分享
!l 更多回答（3）
!l 绿野农人：普通膜三年算用得久了，换吧
!d 田问所有回答仅代表答主个人观点，具体生产请结合当地农技部门指导。
!m 田问 tianwen.net.cn
""",
        body="""
你好，大棚膜发白一般说明膜已经老化了，能不能继续用，要看三个方面：
1. 看透光。把手掌贴在膜内侧，阴天在棚外能隐约看清手掌轮廓，说明透光率还可以；看不清的，透光率大多已经降到六成以下，建议更换。
2. 看韧性。用手捏住膜的边角轻轻拉伸，如果一拉就裂、断口发脆，说明已经失去韧性，冬季遇到大风大雪容易破损。
3. 看种什么。种叶菜、食用菌对光照要求不高，老膜可以再凑合一季；种番茄、黄瓜、草莓等喜光作物，老膜会明显影响产量和品质，不建议再用。
一般PE普通膜能用一年左右，PO膜能用三到五年。你的膜用了三年就发白，很可能是普通膜或者质量一般的膜。换新膜时，建议选择标明使用年限和厚度的PO膜，换下的旧膜记得交到村里的回收点。
""",
    ),
    dict(
        slug="collection-yu-memoir-grandfather-float-stall",
        site="俞砚秋文集 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="memoir",
        kind="other",
        form="html",
        source="http://www.yuyanqiu.net/wenji/juan4/042.htm",
        title="外公的漂摊",
        record_title="《澭河旧影》第四辑｜外公的漂摊｜俞砚秋文集",
        date=None,
        notes="retired teacher's collection in an old gb2312 table layout: marquee, volume links, a 繁體 "
        "link, the author's mailbox, a visitor counter; a year-and-season line is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《澭河旧影》第四辑｜外公的漂摊｜俞砚秋文集</title>
<script language="JavaScript" src="../js/clock.js"></script>
</head>
<body bgcolor="#F7F3E8">
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 俞砚秋文集⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 退休语文教师的笔墨小园，写澭河，写旧人，写四季⟧</marquee></td></tr>
<tr><td align="center">⟦m [文集首页] [第一辑 乡音] [第二辑 师友] [第三辑 行旅] [第四辑 旧影]⟧ ⟦a [繁體閱讀]⟧</td></tr>
</table>
<table width="780" align="center" border="1" cellpadding="12" bordercolor="#C8B98C">
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
<p align="right">时在乙巳暮春，浤州寓所灯下</p>
</td></tr>
<tr><td align="center">⟦l ←上一篇：澭河渡口的摆渡人⟧　⟦l 下一篇：碆湾老街的打铁铺→⟧</td></tr>
</table>
<table width="780" align="center" border="0">
<tr><td align="center">⟦w 读后有话要说，请写信至 yuyanqiu1951@126.com⟧</td></tr>
<tr><td align="center">⟦d 文集所收文字均为作者原创，引用请注明出处。⟧</td></tr>
<tr><td align="center">⟦m 您是本文集第 018734 位读者⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
外公是碆湾镇最早做鱼漂的手艺人之一。那时候还没有什么产业园，他的“作坊”就是老屋檐下的一张竹桌子。
做漂的材料，一半是从河滩上割来的芦苇，一半是托人从南方捎来的孔雀羽毛。孔雀羽毛贵，外公舍不得浪费，剪下来的边角料也要收在铁皮盒里，留着做小漂的漂尾。他做一支漂要经过选料、削坯、打磨、上漆、插尾十几道工序，光是上漆就要刷五遍，每刷一遍都要晾上一整天。
逢五逢十赶集的日子，外公挑着两只木箱去镇口摆摊。箱盖一掀，里面插满了红红绿绿的鱼漂，像一片小小的芦苇荡。来买漂的多是附近的渔民和钓鱼的老汉，外公总要把漂放进水缸里试一试，立得正、吃铅准，才肯卖出去。
外公去世那年，我在他竹桌的抽屉里找到一本小册子，上面密密麻麻记着每种漂的长度、粗细和吃铅量。如今碆湾的鱼漂卖到了全国各地，可我总觉得，那些数字里藏着的，是外公一辈子的耐心。
""",
    ),
    dict(
        slug="collection-tingyu-essay-mothers-phone-stand",
        site="听雨轩散文集 (invented personal collection)",
        style="个人文集",
        genre="essay",
        kind="other",
        form="text",
        source="http://tingyuxuan.wenji.example.cn/sanwen/0217.html",
        title="母亲的手机支架",
        date=None,
        notes="record title as is; collection page as text: contents links, prev/next, the author's note; "
        "no date anywhere",
        page="""
!m 听雨轩散文集　·　檐下听雨，灯下写字
!m 目录：卷一 亲情　卷二 故土　卷三 闲话
{T}
!m 卷一 亲情 · 第十七篇　　字数 612
{BODY}
!l ‹ 前一篇：父亲的二八自行车
!l 后一篇：老屋门前的枣树 ›
!w 欢迎读者来信交流：tingyuxuan_zuozhe@163.com
!d 本集文字未经作者同意，请勿转载或结集出版。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
母亲七十岁那年，学会了用手机视频。
起初，她总是把手机捧在手里，胳膊举酸了就放低一点，视频那头的我们只能看见她的下巴和半截天花板。我在电话里教她把手机靠在茶杯上，她试了几回，不是滑倒就是碰翻了茶水。
春节回家，我给她买了一个折叠手机支架，金属底座，能调高低。她把支架放在饭桌上，手机往上一卡，高兴得像个孩子，一连给三个姨妈打了视频。
后来，那个支架跟着她去了很多地方：厨房的灶台边，她一边看视频教程一边学做我爱吃的酱肘子；阳台的花架上，她对着屏幕给我看新开的月季；医院的床头柜上，她住院那几天，每天晚上都准时和小孙子视频，说医院的饭菜不错，让我们别惦记。
母亲走后，我把支架带回了城里，放在书桌上。有时候打开手机，恍惚间还会以为，屏幕那头是她笑眯眯的脸。
""",
    ),
    dict(
        slug="party-shuangkou-summary-warm-winter-pet-beds",
        site="塽口区机关党建网 (invented)",
        style="党建网",
        genre="总结",
        kind="summary",
        form="html",
        source="http://www.skjgdj.gov.cn/zyfw/202601/t20260105_5127.html",
        title="区市场监管局机关党支部“暖冬护宠”志愿服务活动总结",
        record_title="【志愿先锋·暖冬护宠】区市场监管局机关党支部“暖冬护宠”志愿服务活动总结_塽口区机关党建网",
        date="2025-12-30",
        date_also=["2026-01-05"],
        notes="Party portal: study-points prompt, read-on-phone QR line; data table one row a paragraph; "
        "成文日期 under the signature, posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【志愿先锋·暖冬护宠】区市场监管局机关党支部“暖冬护宠”志愿服务活动总结_塽口区机关党建网</title>
<script src="/res/skdj/js/base.js"></script>
</head>
<body>
<div class="dj-top">⟦m 塽口区机关党建网⟧ ⟦m 中共浤州市塽口区直属机关工作委员会主办⟧</div>
<div class="dj-nav">⟦m 首页　理论学习　支部风采　志愿服务　清廉机关　党员之家⟧</div>
<div class="dj-pos">⟦m 当前位置 ▸ 首页 ▸ 志愿服务⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-meta">⟦m 时间：2026-01-05　来源：区市场监管局机关党支部　浏览：408⟧</div>
<div class="dj-score">⟦a 党员登录后阅读满3分钟，可记学习积分1分⟧</div>
<div class="dj-body">
{BODY}
</div>
<div class="dj-qr">⟦a 手机扫码，随时随地学⟧</div>
<div class="dj-tools">⟦a 〔打印〕〔收藏〕〔关闭〕⟧</div>
</div>
<div class="dj-side"><h4>⟦l 支部风采·最新⟧</h4>
<p>⟦l 区财政局机关党支部开展“岁末送温暖”活动⟧</p>
<p>⟦l 区卫健委党支部赴社区开展义诊⟧</p></div>
<div class="dj-foot">⟦m 主办：中共浤州市塽口区直属机关工作委员会　湘ICP备17002219号⟧</div>
</body>
</html>
""",
        body="""
11月至12月，区市场监管局机关党支部组织党员志愿者开展“暖冬护宠”志愿服务活动，为辖区流浪动物救助站和困难养宠家庭送去温暖。现将活动情况总结如下。
一、活动开展情况
活动期间，支部25名党员分4批走进救助站和社区，主要开展了以下工作：
服务项目　完成数量　参与党员
捐赠宠物窝　120个　25人
清理犬舍猫舍　36间　14人
走访困难养宠家庭　18户　9人
宣传文明养犬　6场　11人
二、主要收获
通过活动，党员干部走进基层、贴近群众，既帮助救助站解决了越冬难题，也向群众宣传了文明养宠和宠物用品质量安全知识。
三、下一步打算
支部将把“暖冬护宠”作为常态化志愿服务项目，与救助站建立结对关系，每季度开展一次服务活动。
区市场监管局机关党支部
2025年12月30日
""",
    ),
    dict(
        slug="party-tanyuan-report-village-secretary-film",
        site="坦原县基层党建网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.tanyuandj.cn/szpy/2026/0119/880.html",
        title="洤坪镇埫前村党支部书记2025年度抓基层党建工作述职报告",
        record_title="【述职晾晒·村（社区）书记】洤坪镇埫前村党支部书记2025年度抓基层党建工作述职报告｜坦原县基层党建网",
        date="2026-01-15",
        date_also=["2026-01-19"],
        notes="Party site as text: date and speaker lines under the title (neutral), the date line is the "
        "document's date; posting date differs",
        page="""
!m 坦原县基层党建网
!m 首页 >> 述职评议 >> 村级书记述职
{T}
（2026年1月15日）
埫前村党支部书记　邝振海
!m 发布：2026-01-19　来源：洤坪镇党委　阅读 311
!a 学习强县平台同步推送，打开APP阅读可得积分
{BODY}
!l 相关阅读：洤坪镇召开村党组织书记抓党建述职评议会
!m 坦原县委组织部主办　技术支持：坦原县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
按照镇党委安排，现将我2025年度抓基层党建工作情况报告如下。
一、履职情况
一年来，我带领村“两委”班子把党建工作和大棚蔬菜产业发展结合起来抓。村党支部领办了蔬菜专业合作社，统一采购大棚膜、种苗和农资，全年为群众节约成本21万元。针对旧大棚膜乱堆乱放的问题，支部组织党员成立了6个回收小组，每名党员联系10户种植户，全年回收旧膜46吨，田间地头基本看不到白色垃圾了。
二、存在问题
一是党员年龄偏大，35岁以下的党员只有3名；二是支部活动形式比较单一，对年轻人吸引力不强；三是合作社管理还不够规范。
三、下步打算
2026年，我将重点做好在返乡青年中发展党员的工作，推动合作社规范运营，力争全村大棚膜回收率达到95%以上。
""",
    ),
    dict(
        slug="hospital-hongzhou2-notice-infusion-phone-stands",
        site="浤州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hz2yy.com/news/tzgg/2025-08-20/1552.html",
        title="关于在门诊输液大厅设置共享手机支架的温馨提示",
        record_title="【就医贴士】关于在门诊输液大厅设置共享手机支架的温馨提示-浤州市第二人民医院",
        record_date="2025-08-20",
        date="2025-08-20",
        notes="hospital: booking and 24-hour lines and a booking float beside the department's own 咨询电话; "
        "numbered list; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【就医贴士】关于在门诊输液大厅设置共享手机支架的温馨提示-浤州市第二人民医院</title>
<script src="/static/hz2/js/site.js"></script>
</head>
<body>
<div class="h-top">⟦m 浤州市第二人民医院　二级甲等综合医院⟧ ⟦m 预约挂号：0739-8867000⟧ ⟦m 24小时急诊：0739-8867120⟧</div>
<div class="h-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　新闻公告　健康科普⟧</div>
<div class="h-pos">⟦m 首页 / 新闻公告 / 院务公告⟧</div>
<div class="h-art">
<h2>{T}</h2>
<div class="h-meta">⟦m 来源：门诊部　发布：2025-08-20　浏览：1306⟧</div>
<div class="h-body">
{BODY}
</div>
<div class="h-share">⟦l 分享到朋友圈 · 微博 · 复制链接⟧</div>
</div>
<div class="h-float">⟦a 在线预约 · 智能导诊 · 报告查询⟧</div>
<div class="h-foot">
<p>⟦m 地址：浤州市塽口区浤江路301号⟧</p>
<p>⟦d 本网站内容仅供参考，不能替代医生面诊。⟧</p>
<p>⟦m 湘ICP备14030152号-1　医疗机构执业许可证登记号：43120100XXX⟧</p>
</div>
</body>
</html>
""",
        body="""
广大患者朋友：
为方便大家在输液期间使用手机，减少单手长时间举手机带来的不便和针头移位的风险，我院自8月25日起在门诊输液大厅每个座位旁安装可调节手机支架，供患者免费使用。现将有关事项提示如下：
1. 手机支架固定在座椅扶手上，可上下、左右调节角度，请勿用力拉拽或拆卸。
2. 输液一侧的手臂请保持放松，尽量用另一只手操作手机。
3. 支架每日由护理人员用消毒湿巾擦拭两次，如发现损坏，请告知护士站。
4. 请将手机音量调低或佩戴耳机，共同营造安静的就诊环境。
如有意见建议，请联系门诊部，咨询电话：0739-8867215。
浤州市第二人民医院门诊部
2025年8月20日
""",
    ),
    dict(
        slug="hospital-pingxi-mch-article-pet-bed-mites",
        site="泙溪县妇幼保健院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="article",
        form="text",
        source="http://www.pxfybjy.cn/jkkp/2025/1027/219.html",
        title="宠物窝里的尘螨，可能是孩子反复过敏的元凶",
        record_title="〔儿童过敏门诊·科普〕宠物窝里的尘螨，可能是孩子反复过敏的元凶 - 泙溪县妇幼保健院",
        date="2025-10-27",
        notes="hospital article as text: byline 发布时间 is the page's date; booking and 24-hour lines in the "
        "header and footer",
        page="""
!m 泙溪县妇幼保健院　　预约电话：0797-6330000
!m 首页 ＞ 健康科普 ＞ 儿童保健
{T}
!m 发布时间：2025-10-27　作者：儿科　龙映雪　审核：医务科
!a 字体〔大〕〔中〕〔小〕　〔分享〕
{BODY}
!m 儿童过敏门诊开诊时间：每周二、周四全天
!l 上一篇：秋冬季节，宝宝湿疹怎么护理
!l 下一篇：孕期补钙的五个误区
!m 全天候产科急诊：0797-6330120　　赣ICP备18011902号
""",
        body="""
最近，儿童过敏门诊接诊了一名5岁的小患者，孩子反复咳嗽、揉眼睛、打喷嚏已经两个多月，用了不少药也不见好转。医生详细询问后发现，孩子每天都要抱着家里的小狗在宠物窝里玩耍。经过过敏原检测，孩子对尘螨和狗毛皮屑严重过敏。
宠物窝长期放在室内，布料和填充物里容易积聚毛发、皮屑和尘螨，是过敏原的“聚集地”。对于本身是过敏体质的孩子，接触后可能诱发过敏性鼻炎、结膜炎甚至哮喘。
医生建议，家里有宠物又有过敏体质孩子的，要注意以下几点：宠物窝每周清洗一次，最好选择外套可拆洗的款式；清洗后在阳光下暴晒；宠物窝不要放在孩子的卧室；孩子接触宠物后要及时洗手、换衣服。
如果孩子出现反复咳嗽、鼻痒、眼痒等症状，请及时到医院过敏门诊就诊，查明过敏原后再有针对性地治疗。
""",
    ),
    dict(
        slug="college-hzagri-news-glow-float-award",
        site="浤州农林职业学院 (invented)",
        style="高校官网",
        genre="news",
        kind="news",
        form="html",
        source="https://www.hzny.edu.cn/info/1021/6634.htm",
        title="我校学生团队研发夜光鱼漂获省大学生创新创业大赛金奖",
        record_title=None,
        date="2025-07-11",
        notes="college news: no record title (found in the <h1>); the dotted college date is the page's date; "
        "a photo caption and a contributor line between and after paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>浤州农林职业学院</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="c-head">⟦m 浤州农林职业学院⟧ ⟦m 崇农 尚技 笃行⟧</div>
<div class="c-nav">⟦m 学院首页｜学院概况｜院系设置｜招生就业｜校园新闻｜信息公开⟧</div>
<div class="c-pos">⟦m 您的位置：首页 » 校园新闻 » 综合新闻⟧</div>
<div class="c-art">
<h1>{T}</h1>
<div class="c-meta">⟦m 2025.07.11　　作者：宣传部　　点击：⟧<span>⟦m 1547⟧</span></div>
<div class="c-body">
{BODY}
</div>
<div class="c-src">⟦m 供稿：水产养殖学院　摄影：宁晓棠　审核：宣传部⟧</div>
</div>
<div class="c-side"><h4>⟦l 近期要闻⟧</h4>
<p>⟦l 我院召开2025届毕业生就业工作推进会⟧</p>
<p>⟦l 园林学院师生赴坦原县开展乡村规划服务⟧</p></div>
<div class="c-foot">⟦m 地址：浤州市塽口区浤大路16号　邮编：412008⟧ ⟦m 湘ICP备09012744号⟧</div>
</body>
</html>
""",
        body="""
近日，在第九届全省大学生创新创业大赛中，我校水产养殖学院“亮漂科技”团队凭借项目《低功耗长续航夜光鱼漂》荣获金奖，这是我校首次在该项赛事中获得金奖。
夜钓时，传统电子漂使用纽扣电池，续航短、更换麻烦，废旧电池随手丢弃还会污染水体。团队在指导教师管砚舟的带领下，历时一年半反复试验，将漂身内的电路功耗降低了60%，一块电池可连续使用40个夜晚以上，并设计了可回收的电池仓。
⟦m 图为团队成员在实验室调试夜光鱼漂样品⟧
项目负责人、水产养殖专业2023级学生宁晓棠介绍，团队成员先后走访了碆湾镇12家鱼漂企业，收集钓友意见300多条，产品样品已在两家企业试产。
学院相关负责人表示，将继续支持学生把专业知识用到产业一线，推动更多创新成果落地转化。
""",
    ),
    dict(
        slug="college-hzvet-notice-stray-cat-pet-beds-pdf",
        site="浤州畜牧兽医职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xsc.hzxmsy.edu.cn/info/1005/2291.htm",
        title="关于征集校园流浪猫越冬宠物窝的通知",
        record_title="关于征集校园流浪猫越冬宠物窝的通知.pdf",
        date="2025-11-10",
        notes="file-name record title; college office page as text; the notice's own contact beside the "
        "college office line; a sentence about scanning a QR code (content); 成文日期 under the signature",
        page="""
!m 浤州畜牧兽医职业学院 · 学生工作处
!m 首页 / 通知公告
!t 关于征集校园流浪猫越冬宠物窝的通知.pdf
!m 附件预览　|　上传：学生处　|　下载次数 96
{BODY}
!a 下载PDF原件　　打印
!m 学生处办公室：0739-8235000（工作日 8:00—17:30）
!m Copyright © 浤州畜牧兽医职业学院学生工作处
""",
        body="""
各二级学院、各学生社团：
为帮助校园流浪猫安全越冬，学校动物保护协会联合宠物医学院，面向全校师生征集自制或闲置的宠物窝。现将有关事项通知如下：
一、征集时间：11月12日至11月30日。
二、征集要求：宠物窝应干净、无破损、无异味，优先接收外套可拆洗、底部防水的款式；自制宠物窝可用纸箱、泡沫箱加旧衣物改制，开口朝南，高度不超过40厘米。
三、提交方式：请将宠物窝送至宠物医学院一楼大厅登记处，报名请扫描宣传栏上的二维码填写登记表。
四、投放安排：征集到的宠物窝由动物保护协会统一消毒后，投放在图书馆、三号食堂等8个投喂点。
联系人：宠物医学院团委　简若溪，电话：0739-8235017
浤州畜牧兽医职业学院学生处
2025年11月10日
""",
    ),
]
