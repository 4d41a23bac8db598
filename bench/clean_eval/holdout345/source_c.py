"""holdout345, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="qa-chuwen-food-jar-rice",
        site="厨问 (invented kitchen Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.chuwen.com/q/6620318.html",
        title="焖烧杯能直接焖生米饭吗？要焖多久？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; the adopted answer is the body; an adopted badge, "
        "vote bar, more answers; only relative times (2 个月前, 5 天前)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>厨问 - 厨房里的问题都能问</title>
<script src="https://s.chuwen.com/q/app.js"></script>
</head>
<body>
<div class="cw-head">⟦m 厨问⟧ <span>⟦m 厨房里的问题都能问⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 用户登入⟧</a></div>
<div class="cw-crumb">⟦m 厨问 › 厨具使用 › 保温杯/焖烧杯⟧</div>
<div class="cw-q">
<h1>{T}</h1>
<p class="cw-qdesc">⟦m 提问者：晚风吹稻香　2 个月前　浏览 5318⟧</p>
</div>
<div class="cw-best">
<div class="cw-badge">⟦m ✔ 提问者采纳⟧</div>
<div class="cw-ans-user">⟦m 答主：灶边阿姨　厨具达人　5 天前更新⟧</div>
<div class="cw-ans">
{BODY}
</div>
<div class="cw-vote">⟦a 有用 214　没用 6　评论 18　分享⟧</div>
</div>
<div class="cw-more"><h3>⟦l 其他 3 个回答⟧</h3>
<p>⟦l 爱吃饭的猫：能焖，但口感像粥，不像米饭⟧</p>
<p>⟦l 匿名用户：我一般焖杂粮饭，头天晚上泡一夜米⟧</p></div>
<div class="cw-side"><h4>⟦l 相关问题⟧</h4><p>⟦l 焖烧杯和保温饭盒有什么区别？⟧</p><p>⟦l 焖烧杯盖子有异味怎么去除？⟧</p></div>
<div class="cw-foot"><p>⟦d 厨问内容由网友提供，仅供参考，不构成专业建议。⟧</p><p>⟦m © 2025 厨问 chuwen.com　鄂ICP备19033605号⟧</p></div>
</body>
</html>
""",
        body="""
能焖，但焖出来的更接近软饭或稠粥，想要颗粒分明的米饭就别指望了。说说我的做法，按这个来一般不会失败。
1.米先泡。大米淘洗后用清水泡一小时以上，杂粮米最好头天晚上就泡上，不泡的话怎么焖都会夹生。
2.两次预热。先把泡好的米倒进焖烧杯，冲满开水，拧紧盖子摇一摇，静置五分钟后把水倒掉；再第二次冲满滚开的水，拧紧。
3.水量和时间。米和水大概一比二，焖三个小时左右就能吃，超过六个小时就不建议了，米饭容易变质。
4.焖烧杯要够好。杯子本身保温差的，两个小时后水温就下来了，焖出来必定夹生，可以先装开水试一下，过六小时还有七十度以上的才算合格。
另外提醒一句，焖好的饭尽早吃，吃不完的别留到晚上再吃。
""",
    ),
    dict(
        slug="qa-jujia-drying-net-mould",
        site="居家问问 (invented household Q&A site, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.jujiawenwen.com/question/2291744",
        title="晾衣网发霉长黑点了怎么清洗？",
        record_title="晾衣网发霉长黑点了怎么清洗？ - 家务区 - 居家问问",
        date=None,
        notes="Q&A as text: question, best answer, more answers; decorated record title; no date (更新于 昨天)",
        page="""
!m 居家问问 · 过日子的问题问这里
!m 居家问问 > 家务区 > 清洁收纳
!t 晾衣网发霉长黑点了怎么清洗？
!m 小区南门的猫　提问于 上个月　·　17 个回答
!l 补充问题：是那种尼龙网兜的，平铺晾毛衣用的，放储物间一个夏天就长了好多黑点
!m ★ 最佳答案　答主“收纳师阿禾”　更新于 昨天
{BODY}
!a 👍 有帮助 (96)　｜　💬 追问　｜　举报
!l 其他回答：直接扔了买新的吧，一个才十几块……
!l 其他回答：84消毒液兑水泡，记得戴手套
!a 打开居家问问APP，查看全部17个回答
!m 居家问问 jujiawenwen.com　闽ICP备20008812号-1
""",
        body="""
尼龙网兜式的晾衣网长霉点，大多是收起来之前没晒干，又放在不通风的地方捂出来的，洗干净问题不大。
第一步，先把晾衣网拆开，把支撑的钢圈或塑料圈取下，只留网面，用软毛刷把表面的灰尘刷掉。
第二步，盆里倒温水，加两勺小苏打和一点洗衣液，把网面泡半小时，霉点严重的地方用旧牙刷来回刷。
第三步，如果刷完还有黑印，可以用稀释的含氯漂白剂局部点涂，停留几分钟后立刻冲净。彩色网面慎用，会掉色。
第四步，冲干净以后一定要挂在通风处彻底晾干，最好晒一晒太阳。
以后收纳前记得先晒干，再装进透气的收纳袋，别用密封塑料袋，放在储物间也要远离墙角潮湿处，一般就不会再长了。
""",
    ),
    dict(
        slug="collection-zaobian-memoir-iron-pan-gb2312",
        site="灶边拾遗——邬守恒文集 (invented retired teacher's collection, old gb2312 tables)",
        style="个人文集",
        genre="回忆录",
        kind="article",
        form="html",
        source="http://www.wushouheng.net/zaobian/juan1/07.htm",
        title="母亲的那口铁煎锅",
        record_title="母亲的那口铁煎锅 ·《灶边拾遗》卷一",
        date=None,
        notes="old gb2312 table layout: marquee, volume/chapter links, a visitor counter and the author's mailbox; "
        "decorated title; no date (only 写于 with a season)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲的那口铁煎锅 ·《灶边拾遗》卷一</title>
<style type="text/css">td{font-size:14px;line-height:26px}</style>
</head>
<body bgcolor="#fbf7ee">
<table width="820" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center"><font size="5">⟦m 灶边拾遗　邬守恒文集⟧</font></td></tr>
<tr><td><marquee behavior="scroll" scrollamount="2">⟦m 欢迎光临寒舍，文集卷一至卷三已全部录入，卷四正在整理⟧</marquee></td></tr>
<tr><td align="center">⟦m 【卷一·灶边】　【卷二·巷口】　【卷三·讲台】　【留言簿】⟧</td></tr>
</table>
<table width="820" border="1" bordercolor="#d9cfb8" align="center" cellpadding="12" cellspacing="0">
<tr><td>
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 卷一·灶边　第七篇⟧</p>
{BODY}
<p align="right">⟦l 【上一篇：外婆的腌菜坛】　【下一篇：煤球炉子】　【返回卷一目录】⟧</p>
</td></tr>
</table>
<table width="820" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center">⟦d 文集所收均为拙作，敬请勿作他用，引用请告知作者。⟧<br>⟦m 来信请寄：wushouheng1951@126.com⟧<br>⟦m 本页已被翻阅 8231 次⟧</td></tr>
</table>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
母亲留下的东西不多，其中有一口铁煎锅，黑黢黢的，锅沿磨得发亮，锅柄上缠着一圈细铁丝，是父亲当年修补过的。
那口锅是母亲出嫁时外婆给的陪嫁。七十年代家里穷，一年到头难得见油腥，那口煎锅多半用来烙饼、焙红薯干。逢年过节，母亲才舍得倒一小勺油，煎几块豆腐，满屋子都是香味，我们兄妹几个围着灶台不肯走。
母亲用锅极爱惜。每回用完，她都趁热用丝瓜瓤刷净，搁在灶口余火上烘干，再用一块油布擦一遍。她说，铁锅是养出来的，人对它好，它就不粘不锈。
后来家里添了不粘锅、电饼铛，那口铁煎锅就挂到了墙上。母亲走后，我把它带到了城里，偶尔拿下来煎一回豆腐，火候总是不对，味道也总差一点。
写于癸卯年小寒
""",
    ),
    dict(
        slug="collection-siling-essay-cake-knife-oneline",
        site="兕岭杂记——俞秋白的随笔 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="article",
        form="text",
        source="http://yuqiubai.cn/zaji/09.txt",
        title="切蛋糕的人",
        record_title="切蛋糕的人（《兕岭杂记》之九）",
        date=None,
        notes="a personal collection as text, the whole body on one line (paragraphs separated only by their indent); "
        "decorated title; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 兕岭杂记　俞秋白随笔
!m 目录 ｜ 之八·夜班车 ｜ 之十·修表铺
{T}
{BODY}
!l ——【上一篇】之八·夜班车　【下一篇】之十·修表铺——
!m 转载请与作者联系：yuqiubai@qq.com
!d 本站文字版权归作者所有。
""",
        body="""
我们家切蛋糕的人，从来都是外婆。
那时候过生日买的奶油蛋糕，盒子里配一把白色的塑料蛋糕刀，薄薄的，刀口带着一排细齿。外婆不用它，嫌它软，切不动，她总是去厨房拿那把切菜刀，在热水里烫一烫，再擦干。
她切蛋糕有讲究：先从正中间一刀切到底，再转着盘子一刀一刀分，每一块都一般大，上面的奶油花也要分得匀。谁过生日，谁先挑。
后来外婆的手抖了，拿不稳菜刀，舅舅就把塑料蛋糕刀递给她。她握着那把软软的小刀，切得很慢，一块蛋糕切下来歪歪扭扭，她自己先笑了。
今年我女儿十岁，生日那天她从蛋糕盒里拿出塑料刀，一本正经地说：我来切。看她踮着脚，从正中间一刀切下去，我忽然想起外婆。
""",
    ),
    dict(
        slug="party-yaohu-speech-drying-net-volunteers",
        site="耀湖先锋网 (invented district Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.yaohuxianfeng.cn/jcdj/2024/0507/4420.html",
        title="耀华社区党委书记在“安心晾晒”志愿服务行动启动仪式上的讲话",
        record_title="【红色晾台·党员行动】耀华社区党委书记在“安心晾晒”志愿服务行动启动仪式上的讲话_耀湖先锋网",
        date="2024-04-30",
        date_also=["2024-05-07"],
        notes="Party portal: study-points prompt, read-on-phone QR line; the speaker line under the title neutral; "
        "the date under the title, the portal's 发布 date differs; a share bar glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【红色晾台·党员行动】耀华社区党委书记在“安心晾晒”志愿服务行动启动仪式上的讲话_耀湖先锋网</title>
<script src="/js/xf-common.js"></script>
</head>
<body>
<div class="xf-top">⟦m 耀湖先锋网　中共董浦市耀湖区委组织部主办⟧</div>
<div class="xf-nav">⟦m 首　页　|　组织建设　|　基层党建　|　党员教育　|　先锋人物⟧</div>
<div class="xf-loc">⟦m 现在位置：耀湖先锋网 ＞ 基层党建 ＞ 社区党建⟧</div>
<div class="xf-main">
<h1>{T}</h1>
<p class="xf-sp">（二〇二四年四月三十日）</p>
<p class="xf-sp">耀华社区党委书记　苗思琦</p>
<p class="xf-info">⟦m 发布：2024-05-07　来源：耀华街道党工委　点击数：964⟧</p>
<div class="xf-points">⟦a 登录党员学习平台阅读本文满3分钟，可获学习积分1分⟧</div>
<div class="xf-content">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫一扫，在手机上继续阅读⟧</div>
<div class="xf-pn">⟦l 上一篇：耀湖区“红色物业”工作推进会召开⟧<br>⟦l 下一篇：斯园社区党支部开展“楼道微治理”主题党日⟧</div>
</div>
<div class="xf-foot"><p>⟦m 中共董浦市耀湖区委组织部　地址：耀湖区新华路88号⟧</p><p>⟦m 豫ICP备18027614号-3⟧</p></div>
</body>
</html>
""",
        body="""
各位党员志愿者、居民朋友们：
今天，我们在这里启动“安心晾晒”志愿服务行动。这项行动缘于去年冬天的一件事：12栋一户人家阳台上的铁丝晾衣网锈断了，整张网连同晾着的棉被掉到楼下，幸好当时楼下没有人。事后我们走访发现，社区老旧楼栋里像这样锈蚀松动的晾衣网还有不少，其中很多住的是独居老人。
从今天起，社区党委组织党员志愿者分成六个小组，用两个月时间，对全社区23栋老楼的晾衣网逐户上门检查。⟦l 分享到：微信 ｜ 朋友圈 ｜ 复制链接⟧能加固的当场加固，需要更换的，由社区联系爱心企业提供统一规格的折叠晾衣网，独居老人家庭免费安装。
在这里，我对党员志愿者提三点要求：一是上门要讲礼貌、讲安全，登高作业必须系好安全绳；二是每一户都要登记清楚，做到不漏一户；三是对不愿更换的居民要耐心解释，不搞强制。
小小一张晾衣网，连着居民头顶上的安全。希望大家把这件实事办好，让党员的身影出现在每一栋楼里。
""",
    ),
    dict(
        slug="party-yaoshui-summary-food-jars-sanitation",
        site="舀水党建 (invented township Party-building site, text)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yaoshuidj.gov.cn/zbfc/20250114/1839.html",
        title="舀水镇机关党支部“一杯热饭暖冬”关爱环卫工人活动总结",
        record_title="舀水镇机关党支部“一杯热饭暖冬”关爱环卫工人活动总结 - 支部风采 - 舀水党建",
        date="2025-01-10",
        notes="Party site as text: a data table (one row a paragraph, cells apart by ideographic spaces); the "
        "成文日期 under the signature; a study-points line and a print row",
        page="""
!m 舀水党建　中共舀水镇委员会
!m 当前位置：首页 > 支部风采
{T}
!m 作者：镇机关党支部　发布时间：一周前　阅读：288
!a 〔放大〕〔缩小〕〔打印〕
{BODY}
!a 阅读本文计入党员学习积分，请从“学习强镇”入口登录
!l 【相关阅读】舀水镇开展冬季“送温暖”走访慰问活动
!m 舀水镇党建办　电话：0377-6632 0120
""",
        indent="\u3000\u3000",
        body="""
去年入冬以来，镇机关党支部在走访中了解到，镇区28名环卫工人凌晨四点多就上路清扫，中午多在路边吃自带的冷饭。为让他们吃上一口热饭，支部在11月至12月开展了“一杯热饭暖冬”关爱活动，现将活动情况总结如下。
一、主要做法。支部党员自愿捐款，为每名环卫工人购买了一个一升装焖烧杯；联系镇区两家餐馆作为“爱心加热点”，环卫工人早上可免费装一杯热粥或热汤饭；党员每周轮流到加热点帮忙，并回访焖烧杯使用情况。
二、活动数据。
项目　数量　备注
发放焖烧杯　28个　每人1个
爱心加热点　2处　镇区东、西各1处
累计提供热饭　1536份　11月15日至12月31日
参与党员　19人　累计志愿服务212小时
三、存在不足。一是加热点只覆盖镇区，村道保洁员还没有纳入；二是个别环卫工人反映焖烧杯容量偏小。
四、下一步打算。今年将把活动延伸到各村保洁员，并根据反馈更换为一点五升的焖烧杯。
中共舀水镇机关支部委员会
2025年1月10日
""",
    ),
    dict(
        slug="hospital-siling-burns-frying-pan-oil",
        site="兕岭县人民医院 (invented hospital site)",
        style="医院官网",
        genre="健康科普",
        kind="article",
        form="html",
        source="https://www.slxrmyy.com/jkkp/2024/1206/1207.html",
        title="煎锅热油溅到手上，第一时间该怎么做？",
        record_title="【烧伤整形科·家庭急救课】煎锅热油溅到手上，第一时间该怎么做？-兕岭县人民医院",
        date="2024-12-06",
        notes="hospital site: a booking float, 24-hour and booking lines in the footer, an experts list; the "
        "department's own 咨询电话 in the body; the 发布时间 byline as the page's date; a booking link glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【烧伤整形科·家庭急救课】煎锅热油溅到手上，第一时间该怎么做？-兕岭县人民医院</title>
<script src="/skin/js/hosp.js"></script>
</head>
<body>
<div class="h-top">⟦m 兕岭县人民医院　二级甲等综合医院⟧　<span>⟦m 急诊急救（24小时）：0377-6600 1200⟧</span></div>
<div class="h-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="h-loc">⟦m 首页 - 健康科普 - 外科科普⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2024-12-06　科室：烧伤整形科　浏览：1376⟧</div>
<div class="h-body">
{BODY}
</div>
</div>
<div class="h-side"><h3>⟦l 烧伤整形科专家⟧</h3><p>⟦l 严秋实　主任医师　周二、周四上午⟧</p><p>⟦l 宁晓彤　副主任医师　周一、周五全天⟧</p></div>
<div class="h-float">⟦a 微信预约挂号⟧</div>
<div class="h-foot"><p>⟦m 预约挂号：0377-6600 1166　投诉建议：0377-6600 1011⟧</p><p>⟦d 本站健康科普内容仅供参考，不能代替医生面诊。⟧</p><p>⟦m 兕岭县人民医院　地址：兕岭县城关镇健康路3号　豫ICP备10016239号⟧</p></div>
</body>
</html>
""",
        body="""
冬天在家煎带鱼、煎饺子的人多了，烧伤整形科门诊也多了不少被热油溅伤的患者。煎锅里的油温可达一百八十摄氏度以上，溅到皮肤上，处理得对不对，往往决定了会不会留疤。
第一步：冲。立即用流动的凉水冲洗烫伤部位十五到二十分钟，水流不要太急。这是最重要的一步，很多人冲一两分钟就停了，热量还留在皮肤深处。
第二步：脱。边冲边小心取下戒指、手表，衣物粘在皮肤上的不要硬扯，可以剪开。
第三步：盖。冲完后用干净的纱布或保鲜膜轻轻覆盖，不要涂牙膏、酱油、草木灰，这些东西会增加感染风险，也会影响医生判断伤情。⟦a 点此在线预约烧伤整形科门诊⟧
第四步：送。起了大水疱、皮肤发白或焦黑、烫伤面积超过手掌大小的，以及老人、小孩被烫伤，应尽快到医院就诊。
预防比处理更重要：往煎锅里下食材前先把水分擦干，油热后把锅盖挡在身前；孩子在厨房时，锅柄要朝里放。
烧伤整形科咨询电话：0377-6600 1352（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-dongpu-nutrition-stirring-sticks",
        site="董浦市第一人民医院 (invented hospital site, text)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dpsdyrmyy.cn/kszx/yyk/20240708/3306.html",
        title="营养科关于规范病区肠内营养液配制及一次性搅拌棒使用的通知",
        record_title="营养科关于规范病区肠内营养液配制及一次性搅拌棒使用的通知_营养科专栏_董浦市第一人民医院",
        record_date="2024-07-08",
        date="2024-07-08",
        notes="hospital notice as text with the date in the record; numbered requirements; an internal 内线 contact "
        "beside the hospital's switchboard; a print row and a back-to-top link",
        page="""
!m 董浦市第一人民医院　DONGPU FIRST PEOPLE'S HOSPITAL
!m 您现在的位置：首页 >> 科室中心 >> 营养科 >> 科室动态
{T}
!m 作者：营养科　来源：本站原创　更新时间：2024-07-08
{BODY}
!a 【打印本页】　【返回顶部】
!l 上一条：营养科开展“全民营养周”义诊活动
!m 医院总机：0379-6318 8000　地址：董浦市人民路166号
!d Copyright © 董浦市第一人民医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
各临床科室：
近期营养科在病区巡查中发现，部分科室配制肠内营养液时仍使用可重复使用的金属勺或筷子搅拌，清洗消毒不到位，存在污染风险。为规范肠内营养液配制，现就有关要求通知如下：
1.各病区配制肠内营养粉剂时，一律使用营养科统一配发的独立包装一次性搅拌棒，一袋一棒，用后即弃，不得重复使用。
2.配制前护士应洗手，用温开水冲调，搅拌至无结块后方可使用；配好的营养液室温下放置不得超过四小时。
3.一次性搅拌棒由各病区按月向营养科申领，营养科将按床位数核定用量。⟦a 本页二维码可扫码收藏⟧
4.营养科每季度对各病区配制情况进行抽查，结果纳入护理质量考核。
营养科联系电话：内线8625。
董浦市第一人民医院营养科
2024年7月8日
""",
    ),
    dict(
        slug="college-dongpu-vocational-lab-stirring-rods",
        site="董浦职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dpzyjsxy.edu.cn/info/1032/8867.htm",
        title="化学实验中心为新生上好“第一课”：一根搅拌棒里的安全经",
        record_title=None,
        date="2024-11-21",
        notes="no title in the record: the <h1>; a dotted college date line taken as the page's date; photo caption "
        "between paragraphs; a campus-photos link; a 撰稿/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>董浦职业技术学院-学院新闻</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="c-top">⟦m 董浦职业技术学院⟧　⟦m 厚德　精技　笃行⟧　<a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a></div>
<div class="c-nav">⟦m 学院概况　院系设置　教育教学　招生就业　学院新闻⟧</div>
<div class="c-loc">⟦m 当前位置：首页 >> 学院新闻 >> 院系动态⟧</div>
<div class="c-art">
<h1>{T}</h1>
<div class="c-date">⟦m 2024.11.21　化工学院　浏览：<span id="dynclicks_8867">512</span>⟧</div>
<div class="c-body">
{BODY}
</div>
<p class="c-close">⟦a 【关掉此页】⟧</p>
</div>
<div class="c-foot"><p>⟦m 地址：董浦市耀湖区学府大道1号　邮编：471300⟧</p><p>⟦m 学院办公室：0379-6391 2001⟧</p><p>⟦m 版权所有 © 董浦职业技术学院　豫ICP备05013377号⟧</p></div>
</body>
</html>
""",
        body="""
11月19日至20日，化工学院化学实验中心为2024级应用化工技术专业新生开展实验室安全入门培训，四个班共160名新生参加。
与往年不同，这次培训从一根玻璃搅拌棒讲起。实验中心主任丛永年拿起一支端头没有烧圆的搅拌棒说：“别小看它，每年实验室的割伤，一多半和它有关。”他现场演示了用搅拌棒搅拌时为什么不能碰杯壁、为什么不能拿它当玻璃棒撬东西，又讲解了搅拌棒出现缺口后怎样交回报废。
⟦m 图为实验中心教师向新生演示搅拌棒的正确用法。⟧
培训还设置了“找不同”环节：工作人员在实验台上摆放了十几支搅拌棒，有的有裂纹，有的端头锋利，新生分组找出不能使用的，找对最多的小组获得实验服一套。
⟦l 点击查看更多校园图片⟧
据了解，培训合格的新生才能领取实验室门禁卡，未通过的将在下周补训。⟦m （撰稿：何一诺　审核：丛永年）⟧
""",
    ),
    dict(
        slug="college-mangxi-normal-dorm-drying-nets",
        site="芒溪师范学院公寓服务中心 (invented university site, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.mxnu.edu.cn/tzgg/2024/0902/1571.htm",
        title="关于学生公寓阳台统一安装折叠晾衣网的通知",
        record_title="关于学生公寓阳台统一安装折叠晾衣网的通知-公寓服务中心-芒溪师范学院",
        date="2024-09-02",
        notes="university department site as text: the 发布 line with the same date as the signature; a schedule "
        "table; the office's own 联系电话 beside the university switchboard",
        page="""
!m 芒溪师范学院公寓服务中心
!m 首页 | 部门概况 | 通知公告 | 服务指南 | 下载专区
!m 当前位置: 首页 > 通知公告
{T}
!m 发布时间：2024-09-02　作者：公寓服务中心　阅读：1935
{BODY}
!a 【收藏】【打印】【关闭】
!l 上一条：关于2024年秋季学期学生公寓热水供应时间调整的通知
!m 芒溪师范学院总机：0398-5755 0000
!m Copyright 2024 芒溪师范学院公寓服务中心
""",
        indent="\u3000\u3000",
        body="""
各学院、全体住校学生：
为解决学生公寓阳台晾晒空间不足、同学们私拉绳索晾衣的问题，公寓服务中心利用暑假在桃李、芳华两个公寓区试装了折叠晾衣网，效果良好。经研究，本学期将在其余公寓楼统一安装，现将有关事项通知如下。
一、安装时间
楼栋　安装日期
桃李3—6号楼　9月9日—9月13日
芳华4—7号楼　9月16日—9月20日
二、注意事项。安装期间请同学们提前收起阳台上的衣物和杂物；折叠晾衣网每层承重不超过五公斤，请勿在网上放置盆栽、鞋子等重物，不得攀爬或倚靠。
三、使用报修。晾衣网出现松动、网面破损等情况，请登录后勤服务平台报修，或拨打公寓服务中心值班电话0398-5755 6203。
公寓服务中心
2024年9月2日
""",
    ),
]
