"""Holdout361, part C: Q&A sites, personal collections, Party-building sites, hospitals, colleges.

Invented text (places, people, sites, URLs, phones, chrome); see ../README.md and ../build.py
for the markup. Written by hand for this part only.
"""

CASES = [
    dict(
        slug="qa-wensha-answer-grout-turns-black",
        site="问啥答啥 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenshadasha.com/q/7730152.html",
        title="美缝剂刚做完半年就发黑，是什么原因？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; the adopted answer is the body; badge, vote "
        "bar, more answers; 回答于 3 天前 and an edit stamp are no dates; a follow-the-answerer prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问啥答啥 - 有问题，就来问啥答啥</title>
<link rel="stylesheet" href="/s/qa-2024.css">
</head>
<body>
<div class="qa-head">⟦m 问啥答啥⟧ <input placeholder="搜索你想知道的问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qa-cate">⟦m 问啥答啥 › 家居生活 › 装修建材⟧</div>
<div class="qa-question">
<h1>{T}</h1>
<div class="q-meta">⟦m 提问者：橙子不酸　｜　浏览 2967 次　｜　4 个回答⟧</div>
</div>
<div class="qa-best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 石匠老胡　装修建材领域创作者　回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="ans-vote">⟦a 有用 218　｜　没用 5　｜　评论 12　｜　分享⟧</div>
<div class="ans-edit">⟦m 最后编辑于 2 天前⟧</div>
</div>
<div class="qa-more"><h3>⟦l 其他 3 个回答⟧</h3>
<p>⟦l 爱吃鱼的猫：多半是用了便宜的水性美缝剂，换环氧的吧。⟧</p>
<p>⟦l 木子：我家也是，用84消毒液擦了一下好多了。⟧</p></div>
<div class="qa-side"><h4>⟦l 相关问题⟧</h4><p>⟦l 美缝剂和填缝剂有什么区别？⟧</p><p>⟦l 瓷砖缝发霉怎么彻底清除？⟧</p></div>
<footer>⟦d 回答内容由用户提供，仅供参考，不构成专业建议。⟧ ⟦m © 2024 wenshadasha.com⟧</footer>
</body>
</html>
""",
        body="""
半年就发黑，常见原因有四个，可以对照着排查一下。
第一，材料不对。水性美缝剂和普通填缝剂本身不耐污，卫生间、厨房这类潮湿的地方，时间一长油污和霉菌就会渗进去。潮湿区域建议用环氧树脂类的美缝剂。⟦a 觉得有帮助就关注我，每天分享装修避坑⟧
第二，清缝不到位。施工时旧缝里的灰尘、水泥没清干净，美缝剂和砖边粘得不牢，缝隙里藏污纳垢，看起来就是一条黑线。
第三，固化期间沾了水。很多人做完当天就洗澡，美缝剂还没完全固化，表面被泡出细孔，后面就特别容易脏。
第四，日常清洁方式不当。用钢丝球或强酸强碱的清洁剂刷洗，会把表面的光泽层刷掉。
如果只是表面脏，可以用中性清洁剂加软毛刷清洗；如果已经起皮、发霉渗到里面，只能把旧胶剔掉重新施工。
""",
    ),
    dict(
        slug="qa-jiehuo-answer-massage-ball-hardness",
        site="解惑圈 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://jiehuoquan.com/question/55816",
        title="按摩球软的好还是硬的好？",
        record_title="按摩球软的好还是硬的好？_运动健身_解惑圈",
        date=None,
        notes="text Q&A: decorated record title (column and site); the answer is the body; relative times and a "
        "share count are no dates; a thumbs-up line glued after a 。; more answers after the body",
        page="""
!m 解惑圈 · 每个问题都值得认真回答
!m 分类：运动健身 > 康复保健
!t 问：按摩球软的好还是硬的好？
!m 提问于 1 周前　·　关注 64　·　被浏览 5,102
!m 最佳答案　｜　康复治疗师 小柏　｜　2 小时前更新
{BODY}
!a 👍 赞同 327　　💬 评论 18　　↗ 分享 40
!l 更多回答（6）
!l 雨后：新手先买中等硬度的，买太硬的根本压不下去。
!l 阿锋跑步中：花生球滚颈椎两侧特别好用。
!a 登录解惑圈，写下你的回答
""",
        body="""
没有绝对的好坏，要看用在哪儿、用的人是什么情况。
软一点的按摩球（比如硅胶、带气的球）压下去有弹性，刺激温和，适合刚开始使用的人、年纪大一些的人，以及脖子、手掌、足底这些肌肉薄、骨头多的部位。
硬一点的按摩球（比如实心橡胶、软木、EPP材质）穿透力强，适合臀部、大腿外侧、后背这些肌肉厚实的地方，也适合经常运动、肌肉比较紧的人。
我一般建议备两颗：一颗软球日常放松，一颗硬球运动后用。⟦a 有用就点个赞同让更多人看到⟧
另外提醒一下，滚的时候以酸胀能忍受为度，出现刺痛、麻木就停下；骨头突出的地方和有伤的地方不要硬压。
""",
    ),
    dict(
        slug="anthology-qiaoweng-memoir-father-wooden-shelf",
        site="樵翁文存 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.qiaowengwencun.cn/ji2/zhijia.htm",
        title="父亲钉的那只木置物架",
        record_title="《樵翁文存》第二辑·父亲钉的那只木置物架",
        date=None,
        notes="gb2312 table page of a retired carpenter's collection: marquee, volume links, counter, author's "
        "mailbox; the memoir ends with a 写于 line without a date; a back-to-contents link between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《樵翁文存》第二辑·父亲钉的那只木置物架</title>
<style>body{font-size:14px;line-height:180%} .bt{font-size:20px;font-weight:bold}</style>
</head>
<body bgcolor="#FFFDF5">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center" bgcolor="#D8C8A8"><font size="5">⟦m 樵翁文存⟧</font><br>⟦m 一个老木匠的笔头记事⟧</td></tr>
<tr><td><marquee behavior="alternate" scrollamount="2">⟦m 欢迎老友常来坐坐，文中人事皆为实录，转载请与樵翁打声招呼。⟧</marquee></td></tr>
<tr><td align="center">⟦l 第一辑·木工房 | 第二辑·老屋旧物 | 第三辑·柱湾人家 | 留言簿⟧</td></tr>
<tr><td align="center"><span class="bt">{T}</span></td></tr>
<tr><td align="center"><font color="#888888">⟦m 第二辑·老屋旧物　之五⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇】母亲的樟木箱⟧　　⟦l 【下一篇】门前那棵苦楝树⟧</td></tr>
<tr><td align="center">⟦m 你是第 012907 位读到这里的朋友⟧</td></tr>
<tr><td align="center">⟦m 写信给樵翁：qiaoweng1951@126.com⟧</td></tr>
<tr><td align="center"><font size="2">⟦d 本文存文字均属樵翁原创，未经同意请勿转贴他处。⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
老屋的浴室其实是一间砖砌的小澡房，墙上挂着一只木置物架，是父亲在我十岁那年钉的。
那年秋天，父亲从后山砍回一棵杉木，锯成板子晾了一个冬天。开春后，他用刨子把板子刨得溜光，榫头对着卯眼一敲，一只两层的小架子就成了。他在板子上刷了三遍桐油，说澡房里水汽大，不上油木头会烂。
⟦l ↑ 返回第二辑目录⟧
架子上层放母亲的肥皂盒和篦子，下层放我们兄妹几个的搪瓷缸。冬天洗澡，母亲把热水烧好，一瓢一瓢兑进木盆，我们就在那只架子底下排着队洗。
后来老屋翻修，澡房拆了，别的旧物都没留下，唯独这只架子被我搬进了城里的家。如今它挂在我家阳台上，放些花剪和麻绳，桐油的颜色早已深得发黑，可榫头还是严丝合缝，一点不晃。
我也做了一辈子木匠，越到老越明白，父亲钉的不只是一只架子。
写于柱湾老屋旧址旁，冬至后
""",
    ),
    dict(
        slug="anthology-chuiyan-essay-sandwich-maker-mornings-oneline",
        site="炊烟集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://chuiyanji.net/juan1/08.txt",
        title="三明治机里的早晨",
        record_title="三明治机里的早晨 ·《炊烟集》卷一",
        date=None,
        notes="text collection page with the whole body on one line; chapter navigation and a word count; "
        "an essay with no date",
        page="""
!m 《炊烟集》　卷一 · 灶边的日子
!m 目录 ｜ 上一章 ｜ 下一章 ｜ 返回书架
{T}
!m 本章字数：312　　更新：去年
{BODY}
!l ← 上一章：外婆的铁锅　　　　下一章：冬夜的一碗面 →
!a 加入书签　　推荐本书　　打赏作者
!d 《炊烟集》为作者个人作品集，版权所有，请勿转载。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
女儿上初中那年，学校七点就要到校，早饭成了我每天最头疼的事。
朋友送了我一台三明治机，巴掌大的两块烤盘，一合上就是两个三角形。起初我只会夹火腿和鸡蛋，后来慢慢琢磨出了十几种花样：前一晚剩的红烧肉、冰箱里的芝士片、切得薄薄的苹果，都能夹进去。
每天早上六点十分，我把吐司放进去，盖上盖子，指示灯一亮一灭，三分钟就好。女儿闻着香味起床，边系鞋带边咬一口，说一声“妈，我走了”，门就关上了。
三年过去，那台三明治机的不粘涂层磨掉了一小块，我一直舍不得换。女儿高中住校了，我偶尔还会在周末做两个，一个给她爸，一个给自己。
原来，最快的早饭，也能装下最慢的日子。
""",
    ),
    dict(
        slug="party-tiaochuan-speech-grout-volunteers-launch",
        site="迢川先锋网 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.tcxianfeng.cn/zzjs/2024/0325/10427.html",
        title="在“银龄焕新”美缝志愿服务启动仪式上的讲话",
        record_title="【先锋行动·焕新暖居】在“银龄焕新”美缝志愿服务启动仪式上的讲话_组织建设_迢川先锋网",
        date="2024-03-22",
        date_also=["2024-03-25"],
        notes="Party portal: study-points prompt, read-on-phone QR line, speaker and date lines under the title "
        "neutral (the date in Chinese numerals); the portal's posting date differs; a share bar glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【先锋行动·焕新暖居】在“银龄焕新”美缝志愿服务启动仪式上的讲话_组织建设_迢川先锋网</title>
<link rel="stylesheet" href="/skin/xf/main.css">
</head>
<body>
<div class="xf-top">⟦m 迢川先锋网 · 中共迢川县委组织部主办⟧ <a>⟦a 进入学习平台⟧</a></div>
<div class="xf-nav">⟦m 首页 · 组织建设 · 干部工作 · 人才工作 · 党员教育 · 基层风采⟧</div>
<div class="xf-bread">⟦m 您的位置：先锋网首页 / 组织建设 / 正文⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<p class="spk">中共迢川县委组织部副部长　左恒</p>
<p class="spk">（二〇二四年三月二十二日）</p>
<div class="xf-info">⟦m 发布时间：2024-03-25　来源：县委组织部　字号：大 中 小⟧</div>
<div class="xf-points">⟦a 党员登录后阅读满3分钟，可计入学习积分⟧</div>
<div class="xf-txt">
{BODY}
</div>
<div class="xf-qr">⟦a 手机扫描二维码，随时随地学⟧</div>
<div class="xf-rel"><h4>⟦l 推荐阅读⟧</h4><p>⟦l 凝坪镇“党员帮帮团”上门服务纪实⟧</p><p>⟦l 我县开展在职党员进社区“双报到”活动⟧</p></div>
</div>
<div class="xf-foot">⟦m 迢川先锋网版权所有　冶ICP备15006632号⟧<br>⟦m 联系我们：tcxf_zzb@126.com⟧</div>
</body>
</html>
""",
        body="""
各位党员志愿者，同志们：
今天，我们在啸口镇稀塘村举行“银龄焕新”美缝志愿服务启动仪式，组织全县机关和企业的党员志愿者，为农村独居老人、困难老人的厨房和卫生间免费做美缝。⟦a 分享到：微信 朋友圈 QQ⟧
很多老人家里的瓷砖缝，十几年没有处理过，发霉发黑、渗水滑脚，老人自己弄不了，也舍不得花钱请人。美缝看起来是件小事，却直接关系到老人洗澡、做饭安不安全、舒不舒心。
这次活动，县建筑装饰行业党委组织了42名有施工经验的党员，分成8个小组，材料由爱心企业捐赠。我提三点要求：一要把质量放在第一位，按工艺规范施工，做一户、成一户；二要把老人的安全放在心上，施工中注意通风，做好防护；三要把服务做到心里，多和老人拉拉家常，了解他们还有哪些困难。
同志们，为老人办好一件件小事，就是党员最好的样子。预祝活动圆满成功！
""",
    ),
    dict(
        slug="party-xuanhu-summary-bathroom-shelf-volunteers",
        site="玄湖机关党建 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.xuanhu.gov.cn/zbfc/2024/12/2093.html",
        title="区机关第三党支部适老化浴室置物架安装志愿服务工作总结",
        record_title="〔支部在行动〕区机关第三党支部适老化浴室置物架安装志愿服务工作总结 - 玄湖机关党建",
        date="2024-12-16",
        date_also=["2024-12-20"],
        notes="Party site text page: a data table one row a paragraph; 成文日期 under the signature (the posting "
        "date differs); a study-points line before the body",
        page="""
!m 玄湖机关党建　|　区直机关工委主办
!m 当前位置：首页 > 支部风采
{T}
!m 来源：区机关第三党支部　　发布日期：2024-12-20　　阅读 211
!a 党员学习：阅读本文可获1学分，请先登录
{BODY}
!l 相关推荐：区直机关开展“我为群众办实事”实践活动｜第五党支部“银龄课堂”见闻
!a 〔打印本文〕〔返回顶部〕
!m 玄湖区直属机关工作委员会　版权所有
""",
        indent="\u3000\u3000",
        body="""
今年以来，区机关第三党支部把为老年人办实事作为“我为群众办实事”的重点，组织党员志愿者为辖区高龄、独居老人家庭安装适老化浴室置物架，现将工作情况总结如下。
一、主要做法
支部先后3次召开支委会专题研究，与眺园、纬里两个社区对接，摸排出有需求的老人家庭58户；由支部党员自愿报名组成4支安装小分队，利用周末上门服务。
二、完成情况
社区　安装户数　安装置物架（个）　参与党员（人次）
眺园社区　31　64　47
纬里社区　27　53　39
合计　58　117　86
三、体会和不足
通过上门安装，党员们直观感受到了老人居家生活的不便，也收获了老人们的信任。不足的是，部分老人家卫生间墙面是空心砖，膨胀螺丝不易固定，需要专业人员处理。
下一步，支部将联系专业力量，对这部分家庭开展二次上门，确保每一只置物架都装得牢、用得上。
区机关第三党支部
2024年12月16日
""",
    ),
    dict(
        slug="hospital-yecheng4-article-massage-ball-plantar",
        site="冶城市第四人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.yc4hospital.com/kpzs/kfyxk/2024/0515/2210.html",
        title="按摩球放松足底，这几步要做对",
        record_title="【康复师手记】按摩球放松足底，这几步要做对-康复医学科-冶城市第四人民医院",
        record_date="2024-05-15",
        date="2024-05-15",
        notes="record date; hospital page: booking float, 24-hour and booking lines beside the department's own "
        "咨询电话; numbered steps; a booking prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【康复师手记】按摩球放松足底，这几步要做对-康复医学科-冶城市第四人民医院</title>
<link rel="stylesheet" href="/static/yc4/common.css">
<script src="/static/yc4/common.js"></script>
</head>
<body>
<div class="h-top">⟦m 冶城市第四人民医院　三级综合医院⟧　⟦m 24小时急诊：0798-6120120⟧　⟦m 预约挂号：0798-6120114⟧</div>
<div class="h-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普　党建园地⟧</div>
<div class="h-loc">⟦m 当前位置：首页 > 健康科普 > 康复医学科⟧</div>
<div class="h-art">
<h2>{T}</h2>
<div class="h-meta">⟦m 发布时间：2024-05-15　作者：康复医学科 曾慕青　浏览：<em>538</em>⟧</div>
<div class="h-txt">
{BODY}
</div>
<div class="h-share">⟦a 分享：微信 ｜ 微博 ｜ 复制链接⟧</div>
</div>
<div class="h-side"><h4>⟦l 科室专家⟧</h4><p>⟦l 祝海川　主任医师　周二、周四上午⟧</p><p>⟦l 曾慕青　主管治疗师　周一至周五⟧</p></div>
<div class="h-float">⟦a 在线预约⟧<br>⟦a 报告查询⟧<br>⟦a 返回顶部⟧</div>
<div class="h-foot">⟦m 地址：冶城市玄湖区滨河路66号　邮编 341900⟧<br>⟦d 本站健康科普内容仅供参考，不能替代医生面诊。⟧<br>⟦m 冶ICP备11003388号⟧</div>
</body>
</html>
""",
        body="""
足底筋膜炎是康复门诊的常见病，早上下床第一步脚跟刺痛，走几步又缓解，是它的典型表现。除了规范治疗，在家用按摩球放松足底，能帮助缓解症状。
1. 坐姿准备。坐在椅子上，脚下放一颗直径6到8厘米的按摩球，初次使用选软一点的。
2. 由前向后滚动。脚掌踩在球上，从前脚掌慢慢滚到脚跟，再滚回来，力度以微微酸胀为宜，每次2到3分钟。
3. 定点按压。找到最酸痛的点，停住按压15到30秒，然后放松，重复3次。
4. 配合拉伸。滚完后坐着用毛巾套住前脚掌，向身体方向拉，保持30秒。
每天早晚各做一次。如果疼痛持续两周以上不缓解，或者出现脚跟红肿，请及时到医院就诊。⟦a 点此预约康复医学科门诊⟧
康复医学科咨询电话：0798-6120387（工作日8:00—17:00）。
""",
    ),
    dict(
        slug="hospital-yuanling-tcm-notice-burns-week-splatter",
        site="猿岭县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ylzyy.com/news/tzgg/2024-07-01/731.html",
        title="烧伤整形科关于开展厨房防烫伤宣教周活动的通知",
        record_title="烧伤整形科关于开展厨房防烫伤宣教周活动的通知 | 通知公告 | 猿岭县中医院",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="hospital text page: the notice's own 联系电话 beside the hospital's switchboard and complaint "
        "lines; 成文日期 under the signature, the posting date differs",
        page="""
!m 猿岭县中医院　二级甲等中医医院
!m 总机：0798-5521000　　投诉电话：0798-5521315
!m 首页 → 新闻中心 → 通知公告
{T}
!m 发布：院办　　日期：2024-07-01　　浏览：286
{BODY}
!l 上一篇：关于调整夏季门诊时间的通知
!l 下一篇：猿岭县中医院2024年三伏贴预约开始啦
!m 猿岭县中医院 版权所有　地址：猿岭县城关镇杏林路9号
""",
        indent="\u3000\u3000",
        body="""
各科室：
夏季是厨房烫伤的高发期。今年5月以来，我院烧伤整形科收治的烫伤患者中，有近三成是在炒菜、煎炸时被热油溅伤的。为普及厨房防烫伤知识，科室定于7月8日至12日开展厨房防烫伤宣教周活动。现将有关事项通知如下。
一、活动内容：在门诊大厅设立宣教台，发放防烫伤手册；每天上午10点由医护人员演示热油溅伤的正确处理方法，以及油锅防溅罩、隔热手套等防护用品的使用。
二、进社区：7月10日下午，科室医护人员到城关镇杏林社区开展义诊和宣讲。
三、请各临床科室协助在候诊区张贴宣传海报，并提醒患者及家属关注。
联系电话：烧伤整形科护士站 0798-5521276。
猿岭县中医院烧伤整形科
2024年6月28日
""",
    ),
    dict(
        slug="college-yecheng-food-news-low-sugar-sandwich",
        site="冶城食品职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ycfood.edu.cn/info/1032/8813.htm",
        title="食品学院学生团队为校园早餐研发低糖三明治",
        record_title=None,
        date="2024-10-18",
        notes="no title in the record: the <h1>; the dotted college date is the page's date; a photo caption "
        "between paragraphs; a 文/图/审核 line glued after the last 。; a campus-news list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>冶城食品职业学院</title>
<link rel="stylesheet" href="/style/ycfood.css">
</head>
<body>
<div class="c-top">⟦m 冶城食品职业学院 YECHENG FOOD VOCATIONAL COLLEGE⟧ <a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a> <a>⟦a 英文站⟧</a></div>
<div class="c-nav">⟦m 学院首页 | 学院概况 | 院系设置 | 招生就业 | 校园新闻 | 图书馆⟧</div>
<div class="c-loc">⟦m 当前位置：学院首页 » 校园新闻 » 院系动态⟧</div>
<h1>{T}</h1>
<div class="c-date">⟦m 2024.10.18　来源：食品工程学院　点击：<span>721</span>⟧</div>
<div class="c-content">
{BODY}
</div>
<div class="c-more"><h4>⟦l 院系动态⟧</h4><p>⟦l 烹饪学院举办第六届校园厨艺节⟧</p><p>⟦l 我院与冶城餐饮协会共建实训基地⟧</p></div>
<div class="c-foot">⟦m 地址：冶城市玄湖区学府大道288号　邮编：341903⟧<br>⟦m 冶ICP备06003017号⟧</div>
</body>
</html>
""",
        body="""
近日，食品工程学院“轻食实验室”学生团队研发的三款低糖三明治正式进入学校第二食堂早餐窗口，上线一周售出2300余份。
团队指导老师倪晓岚介绍，学生们在调研中发现，不少同学早餐爱吃三明治，但市售产品普遍偏甜、偏油。团队用全麦吐司替代白吐司，用自制的酸奶酱替代沙拉酱，每份糖含量降低了约四成。
⟦m 图为学生团队在食堂用三明治机现场制作早餐（摄影：尤佳）⟧
为保证出餐速度，团队还和食堂一起改进了制作流程：提前备好馅料，四台三明治机同时开工，每份从下单到出餐不超过三分钟。
“能把课堂上学的营养配餐用到同学们的早餐里，很有成就感。”团队负责人、2022级食品营养与健康专业学生郑可欣说。⟦m 文/尤佳　图/郑一帆　审核/祝海川⟧
""",
    ),
    dict(
        slug="college-yixi-normal-notice-massage-ball-pe-class",
        site="逸溪师范专科学校 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tyb.yxsz.edu.cn/tzgg/2024/0226/514.htm",
        title="体育部关于在体质健康课中增设按摩球放松训练的通知",
        record_title="体育部关于在体质健康课中增设按摩球放松训练的通知-体育部-逸溪师范专科学校",
        date="2024-02-26",
        notes="college department page in text: numbered items; 成文日期 under the signature equals the "
        "posting date; a campus-photos link between paragraphs",
        page="""
!m 逸溪师范专科学校 · 体育部
!m 首页 » 通知公告
{T}
!m 作者：体育部　　时间：2024-02-26　　浏览量：302
{BODY}
!l 上一篇：关于2024年春季学期体育课选课的说明
!l 下一篇：体育部2023年大学生体质测试结果公示
!m 逸溪师范专科学校体育部　版权所有　地址：逸溪县师院路1号
""",
        indent="\u3000\u3000",
        body="""
各二级学院、各班级：
为帮助学生缓解久坐学习带来的肌肉紧张，提高运动后的恢复效果，经研究，本学期起在大一、大二年级体质健康课中增设按摩球放松训练内容。现将有关事项通知如下。
1. 训练内容：每次课最后10分钟，由任课教师带领学生进行足底、背部、臀部和小腿的按摩球放松练习。
2. 器材配备：体育部已为每个教学班配备按摩球40颗，课后由体育委员负责清点归还器材室。
⟦l 〔体育部风采〕点击查看上学期课堂照片⟧
3. 考核要求：按摩球放松动作纳入期末体质健康课平时成绩，占平时成绩的10%。
4. 患有骨骼、关节疾病或近期受伤的同学，请向任课教师说明，可免做相应动作。
体育部
2024年2月26日
""",
    ),
]
