"""holdout352, part C: Q&A sites, personal collections, Party sites, hospitals, colleges. Invented text."""

CASES = [
    dict(
        slug="qa-jiawen-liner-smell-answer",
        site="家问家答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiawenjiada.com/question/774120.html",
        title="新买的抽屉垫有股塑料味，怎么才能去掉？",
        record_title="新买的抽屉垫有股塑料味，怎么才能去掉？ - 家问家答·居家清洁",
        date=None,
        notes="Q&A page: the question is the title, the adopted answer the body; numbered list; relative answer times; "
        "vote bar, adopted badge, more answers, related questions",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新买的抽屉垫有股塑料味，怎么才能去掉？ - 家问家答·居家清洁</title>
<script src="//cdn.jiawenjiada.com/qa.js" defer></script></head><body>
<div class="topbar">⟦m 家问家答 — 过日子的事，问问大家⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 家问家答 › 居家清洁 › 除味⟧</div>
<div class="question"><h1>{T}</h1>
<div class="q-desc">⟦m 提问者：豆包妈妈　·　5 天前　·　浏览 1.3万⟧</div></div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 收纳整理师小吴　回答于 4 天前　已帮助 2.6万人⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 有用 386 ｜ 没用 7 ｜ 评论 21⟧</div>
</div>
<div class="others"><h3>⟦l 其他 14 个回答⟧</h3>
<div class="a">⟦l 阿坤：放冰箱里冻一晚试试，我家有用⟧</div>
<div class="a">⟦l 清清：买的时候看看有没有检测报告，有些味道是甲酰胺⟧</div></div>
<div class="rel">⟦l 相关问题：抽屉垫需要每年更换吗？ · 硅胶抽屉垫和EVA哪个好？⟧</div>
<div class="foot">⟦d 回答内容仅代表网友个人观点，不构成专业建议。⟧ ⟦m 家问家答 jiawenjiada.com 苏ICP备22016580号⟧</div>
</body></html>
""",
        body="""
新抽屉垫大多是EVA或PVC材质，刚拆封有点味道很正常。可以按下面几步处理：
1. 拆开后先别急着铺，摊开放在阳台通风处，避开暴晒，晾两到三天，大部分味道会散掉。
2. 用温水加一点小苏打，拿软布把正反两面擦一遍，再晾干。不要用热水烫，容易变形。
3. 铺进抽屉后，可以在角落放一小包活性炭或咖啡渣，吸附残留的气味。
4. 如果一周以后味道还是很冲，甚至刺鼻、让人头晕，就别用了，尤其不要放在装餐具和食物的抽屉里，最好联系商家退换。
另外，买的时候尽量选标明“无味”“食品级”并且有检测报告的产品，能少走很多弯路。
""",
    ),
    dict(
        slug="qa-wenge-watchbox-desiccant-text",
        site="问个明白 (invented Q&A), text view",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wengemingbai.com/q/20417733.html",
        title="手表盒里需要放干燥剂吗？南方回南天表会不会受潮",
        record_title=None,
        date=None,
        notes="title missing from the record: the question line; answer as the body; relative times; vote and more-answers "
        "lists",
        page="""
!m 问个明白｜不懂就问
!m 分类：生活 > 钟表
{T}
!m 提问于 2 周前 · 3 个回答 · 浏览 4082
!m 最佳回答　来自 表匠老钟 · 1 周前
{BODY}
!l 👍 212 人觉得有用　　👎 3
!l 查看另外 2 个回答
!l 类似问题：机械表多久需要洗一次油？
!l 类似问题：手表盒用木头的好还是皮的好？
!a 我也要回答
!m 问个明白 wengemingbai.com　粤ICP备19081226号
""",
        body="""
可以放，但要放对。
手表怕潮，主要是怕表盘起雾和机芯零件生锈。南方回南天空气湿度常常超过90%，如果手表长期放在密闭的手表盒里，又没有任何防潮措施，确实有受潮的风险。
建议在手表盒的角落放一两包硅胶干燥剂，不要直接贴着表放，更不要用生石灰类干燥剂，那种吸水后会发热，还可能粉化。干燥剂吸饱了会变色，一般一两个月换一次，或者放进微波炉里低火烘干后重复使用。
另外，手表盒不要放在卫生间和靠外墙的柜子里。机械表最好每周戴一两次，让它走一走。如果发现表镜里面有水雾，别自己拆，尽快送到维修店处理。
""",
    ),
    dict(
        slug="anthology-taoping-memoir-grandma-mirror",
        site="滔坪忆旧 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.taopingyijiu.com/juan3/09.htm",
        title="外婆的穿衣镜",
        record_title="外婆的穿衣镜（滔坪忆旧·第三卷之九）",
        date=None,
        notes="retired teacher's collection in an old table layout: marquee, volume links, the author's mailbox, visitor "
        "counter; a 写于 line with a year in the cyclic calendar only",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>外婆的穿衣镜（滔坪忆旧·第三卷之九）</title>
<style>body{font-family:宋体} .wz{font-size:15px;line-height:190%}</style></head>
<body bgcolor="#FAF6EC">
<table width="820" align="center" border="0"><tr><td align="center"><font size="5">⟦m 滔坪忆旧⟧</font><br>⟦m ——一位老教书匠的回忆文字⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 第三卷已更新至第十二篇，谢谢老朋友们惦记⟧</marquee></td></tr>
<tr><td align="center">⟦m 〖第一卷 少年〗 〖第二卷 求学〗 〖第三卷 故园〗 〖第四卷 杏坛〗⟧</td></tr></table>
<table width="820" align="center" border="0"><tr><td class="wz">
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 第三卷　故园　之九⟧</p>
{BODY}
<p align="center">⟦l 〖上一篇：外公的算盘〗　〖回本卷目录〗　〖下一篇：滔坪的老渡口〗⟧</p>
</td></tr></table>
<table width="820" align="center"><tr><td align="center">⟦w 读后有话说，请写信：taopinglaoshi@126.com⟧</td></tr>
<tr><td align="center">⟦m 自二〇〇九年开通以来，已有 0213688 人次到访⟧</td></tr>
<tr><td align="center">⟦d 文中人事皆为作者亲历，转载请注明出处⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
外婆家堂屋的东墙边，立着一面穿衣镜。镜框是枣木的，雕着两枝梅花，镜面有一人多高，是外婆当年的陪嫁。
小时候我最喜欢站在镜子前做鬼脸。外婆总说：“照镜子要站远些，别把哈气呵到镜面上。”每到过年，她都要用旧报纸蘸着白酒把镜子擦得锃亮，再给镜框上一遍蜡。
那时候村里人家少有这样大的镜子。谁家姑娘出嫁，都要来外婆家对着这面镜子把新衣裳穿一遍，前后照照，才放心出门。外婆就站在一旁，帮着拽拽衣角、理理领口。
后来老屋拆了，镜子搬到了舅舅家，镜面有了几道细细的划痕，梅花也褪了色。去年我回去看它，镜子里的人已是满头白发，身后却仿佛还站着那个帮人理领口的小脚老太太。
写于乙巳年清明
""",
    ),
    dict(
        slug="anthology-renkou-essay-father-watchbox-oneline",
        site="仞口闲话 (invented personal collection), text view",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://renkouxianhua.net/vol1/017.html",
        title="父亲的手表盒",
        record_title="父亲的手表盒 ·《仞口闲话》卷一",
        date=None,
        notes="collection page saved as text: the whole body on one line (paragraphs separated only by their indent); "
        "volume links, visit counter",
        page="""
!m 仞口闲话　｜　卷一　旧事
!t 父亲的手表盒 ·《仞口闲话》卷一
!m 篇目十七　　字数约六百　　录入于 2 个月前
{BODY}
!l 〔前一篇：腌菜缸〕　〔目录〕　〔后一篇：修自行车的老周〕
!m 本集累计翻阅 33917 次
!w 与作者通信：renkou_xianhua@qq.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲的五斗柜最上面一格抽屉里，放着一只深褐色的手表盒，人造革面子，里面垫着褪了色的红绒布。
盒子里装的是一块上海牌手表，是父亲一九七八年评上先进生产者时厂里奖的。他平时舍不得戴，只有过年走亲戚、参加婚礼才拿出来，戴之前先用衣角擦擦表蒙子，回家后又规规矩矩放回盒里。
我上初中那年，偷偷把表戴去学校显摆，下课打球时表带扣开了，表掉在地上，表蒙子裂了一道缝。那天晚上我不敢回家，在河边坐到天黑。父亲找到我，没骂一句，只说了句“人没事就好”。
第二天，他拿着表去镇上换了表蒙子，回来照旧放进那只手表盒里。
父亲走后，我把手表盒带到了城里。表早就不走了，我也没去修。有时候打开盒子，还能闻到一点樟脑丸的味道，那是父亲的抽屉里的味道。
""",
    ),
    dict(
        slug="dangjian-zhaoxi-speech-door-organiser-volunteers",
        site="肇溪先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zxxianfeng.gov.cn/zyfw/202503/t20250307_8812.html",
        title="在仞口镇“暖心挂袋进万家”志愿服务活动启动仪式上的讲话",
        record_title="〖书记寄语〗在仞口镇“暖心挂袋进万家”志愿服务活动启动仪式上的讲话（发言全稿） - 肇溪先锋网",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker line and a date in Chinese numerals under "
        "the speech title (neutral); posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖书记寄语〗在仞口镇“暖心挂袋进万家”志愿服务活动启动仪式上的讲话（发言全稿） - 肇溪先锋网</title>
<script src="/static/xf/main.js"></script></head><body>
<div class="xf-top">⟦m 肇溪先锋网⟧<span>⟦m 中共肇溪县委组织部主办⟧</span></div>
<div class="xf-nav">⟦m 首页 ▪ 组工动态 ▪ 基层党建 ▪ 志愿服务 ▪ 党员教育 ▪ 先锋风采⟧</div>
<div class="xf-loc">⟦m 首页 ▸ 志愿服务 ▸ 工作动态⟧</div>
<div class="xf-art">
<h2>{T}</h2>
<div class="xf-info">⟦m 2025-03-07 16:20　来源：仞口镇党委　编辑：韩露⟧</div>
<p class="spk">镇党委书记　罗建勋</p>
<p class="spk">（二〇二五年三月五日）</p>
<div class="xf-con">
{BODY}
</div>
<div class="xf-score">⟦a 认真阅读本文满90秒，可获学习积分2分⟧</div>
<div class="xf-qr">⟦a 手机扫码，把这篇讲话带在路上读⟧</div>
<div class="xf-pn">⟦l 上一篇：肇溪县开展“党员进社区”集中报到活动⟧<br>⟦l 下一篇：诏川县基层党组织书记培训班开班⟧</div>
</div>
<div class="xf-side"><h4>⟦l 先锋风采⟧</h4><ul><li>⟦l 沈桥镇退役军人服务站站长郑小川⟧</li><li>⟦l 滔坪村党支部书记林秀禾⟧</li></ul></div>
<div class="xf-foot">⟦m 中共肇溪县委组织部　地址：肇溪县人民路18号　皖ICP备12007163号⟧</div>
</body></html>
""",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“暖心挂袋进万家”志愿服务活动，为全镇独居、高龄老人免费安装门后挂袋，帮助他们把常用物品归置到伸手可及的地方。首先，我代表镇党委、镇政府，向参加活动的党员志愿者和爱心企业表示衷心的感谢！
这次活动的缘起，是去年党员干部走访时发现的一件小事。不少老人家里东西多、柜子高，常用的毛巾、老花镜、手电筒找不到，踮脚翻找时容易摔倒。一个小小的门后挂袋，就能把这些东西挂在门后、放在眼前。
下面，我讲三点要求。一要摸清底数。各村党组织要在3月底前把需要安装挂袋的老人逐户登记，做到不漏一户。二要用心服务。志愿者上门时要先问老人的习惯，帮着分好格、放好物，把安全提醒讲到位。三要长效跟进。安装后一个月内要回访一次，挂钩松了及时加固，老人有新需求及时记下来。
同志们，民生无小事。希望大家把这件小事办实、办好，让老人们真切感受到党组织的温暖！
""",
    ),
    dict(
        slug="dangjian-qinyang-branch-summary-divider-elderly",
        site="钦阳机关党建网 (invented), text view",
        style="党建网",
        genre="总结",
        kind="summary",
        form="text",
        source="http://www.qyjgdj.gov.cn/zbjs/2025/07/08/1930.html",
        title="机关事务管理局第二党支部“整理助老”志愿服务工作总结",
        record_title="【支部晾晒台】机关事务管理局第二党支部“整理助老”志愿服务工作总结 - 钦阳机关党建网",
        date="2025-07-03",
        date_also=["2025-07-08"],
        notes="Party site as text: 成文日期 under the signature differs from the posting line; study-points and share lines; "
        "data table; a further-reading link between paragraphs",
        page="""
!m 钦阳机关党建网　｜　钦阳市直机关工委主办
!m 首页 > 支部建设 > 经验交流
!t 【支部晾晒台】机关事务管理局第二党支部“整理助老”志愿服务工作总结 - 钦阳机关党建网
{T}
!m 发布时间：2025-07-08　浏览：612　来源：市机关事务管理局
{BODY}
!a 本文已计入“学习强局”积分，阅读完毕请点击确认
!a 转给支部同志
!l 相关链接：市直机关党员志愿服务项目清单（2025年）
!m 钦阳市直机关工委宣传部　联系电话：0379-6201 7745
""",
        body="""
今年上半年，市机关事务管理局第二党支部结合“我为群众办实事”实践活动，在结对共建的吉庆苑社区开展“整理助老”志愿服务，帮助高龄、独居老人整理抽屉和衣柜。现将有关情况总结如下。
一、主要做法
支部党员每月第二个周六集中上门服务，为老人的抽屉安装可调节分隔板，把药品、证件、钥匙等分格放置，并在格子上贴上大字标签。对视力不好的老人，志愿者还用不同颜色的分隔板加以区分。
⟦l 延伸阅读：社区“适老化”改造的六个小细节⟧
二、服务成效
月份　服务户数　安装分隔板套数　参与党员人次
1月　12　30　9
3月　18　47　14
5月　21　55　16
半年来累计服务老人51户，安装分隔板132套。回访中，老人们普遍反映找东西方便了，不再为找药、找钥匙着急。
三、下一步打算
下半年，支部将把服务范围扩大到恩泽里社区，并邀请专业整理师为党员志愿者开展一次培训，进一步提升服务质量。
中共钦阳市机关事务管理局第二支部委员会
2025年7月3日
""",
    ),
    dict(
        slug="hospital-zhaochuan-tcm-notice-door-organisers",
        site="诏川县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zcxzyy.com/news/tzgg/2025-04-02/617.html",
        title="关于住院病区统一配置病房门后挂袋的温馨提示",
        record_title="关于住院病区统一配置病房门后挂袋的温馨提示 ▏诏川县中医医院·护士站小贴士",
        date="2025-04-01",
        notes="hospital site: booking float, 24-hour line and switchboard beside the document's own 咨询电话 (a ward "
        "extension); experts list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于住院病区统一配置病房门后挂袋的温馨提示 ▏诏川县中医医院·护士站小贴士</title>
<script src="/js/yuyue-float.js"></script></head><body>
<div class="top">⟦m 诏川县中医医院　二级甲等中医医院⟧　⟦m 24小时急诊：0556-7739 120⟧</div>
<div class="nav">⟦m 首页 | 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 护理园地 | 党建文化⟧</div>
<div class="loc">⟦m 您的位置：首页 - 护理园地 - 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="info">⟦m 来源：护理部　浏览次数：229⟧</div>
<div class="con">
{BODY}
</div>
<div class="fontsize">⟦a 字号：放大 ｜ 默认 ｜ 缩小⟧</div>
</div>
<div class="side"><h4>⟦l 名医风采⟧</h4><p>⟦l 针灸科 主任中医师 汪德馨⟧</p><p>⟦l 脾胃科 副主任中医师 邹林⟧</p></div>
<div class="yuyue-float">⟦a 在线预约挂号⟧ ⟦m 预约专线 0556-7739 666⟧</div>
<div class="foot">⟦m 医院地址：诏川县城关镇杏林路6号　总机：0556-7739 000⟧<br>⟦d 本站健康信息仅供参考，不能代替医生面诊。⟧</div>
</body></html>
""",
        body="""
各位患者及家属：
为方便大家在住院期间存放随身物品，保持病房整洁，医院从4月起在住院部一至六病区的每间病房门后统一配置门后挂袋。现将有关事项提示如下：
一、挂袋用于存放毛巾、洗漱用品、纸巾等轻便物品，请勿存放药品、热水瓶、充电宝和贵重物品。
二、住院期间的药品请按护士要求放在床头柜内，以免误服或遗漏。
三、挂袋由医院统一清洗消毒，每位患者出院后更换一次，请勿自行拆卸或带离病房。
四、如发现挂袋破损、挂钩松动，请及时告知病区护士站。
如有疑问，可咨询护理部，咨询电话：0556-7739 215（内线8215）。
感谢您的理解与配合，祝您早日康复！
诏川县中医医院护理部
2025年4月1日
""",
    ),
    dict(
        slug="hospital-luyuan-mch-liner-medicine-drawer",
        site="禄原县妇幼保健院 (invented), text view",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.lyxfybjy.cn/jkkp/202502/t20250220_2031.html",
        title="家里的药抽屉，铺一张垫子还不够",
        record_title="【宝宝安全课】家里的药抽屉，铺一张垫子还不够 - 禄原县妇幼保健院",
        date="2025-02-20",
        notes="hospital science article as text: byline's 发布时间 is the date; numbered list; booking and consultation lines "
        "at the foot; a booking prompt glued after a sentence",
        page="""
!m 禄原县妇幼保健院　全心守护每一个家庭
!m 首页 · 健康科普 · 儿童保健
!t 【宝宝安全课】家里的药抽屉，铺一张垫子还不够 - 禄原县妇幼保健院
{T}
!m 发布时间：2025-02-20　作者：儿童保健科　审核：何静宜　阅读 874
{BODY}
!a 关注本院服务号，查检查报告、约儿保门诊
!m 儿保门诊预约：0558-5561 302　24小时值班：0558-5561 120
!l 推荐阅读：1岁以内宝宝如何防烫伤　｜　家用消毒液怎么存放
!d 文章仅作健康知识普及，具体诊疗请以医生意见为准。
""",
        body="""
很多家庭会在放药品的抽屉里铺一张防滑抽屉垫，药瓶不再乱滚，看起来整整齐齐。但儿童保健科的医生提醒，想防止孩子误服药物，只铺一张垫子还远远不够。
去年，我院儿科共接诊儿童误服药物17例，其中有11例是孩子自己拉开家里的药抽屉拿到药的。为此，医生建议家长做好以下几点：
1. 药抽屉要高。放药的抽屉离地面最好在1.5米以上，不要放在床头柜、电视柜这类孩子够得着的地方。
2. 抽屉要上锁或加儿童安全锁。⟦a 想约儿保医生面对面咨询，点这里预约⟧安全锁价格不贵，安装也很方便。
3. 分区放置。可以在抽屉垫上再加分隔，把大人的药和孩子的药分开放，外用药和内服药分开放。
4. 定期清理。过期药、说明书丢失的药要及时处理。
一旦发现孩子误服药物，不要自行催吐，应带上药瓶立即就医。
""",
    ),
    dict(
        slug="college-qinyang-vtc-divider-design-award",
        site="钦阳职业技术学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qyzyjsxy.edu.cn/info/1032/18870.htm",
        title="我院学生抽屉分隔板设计作品获省赛一等奖",
        record_title=None,
        date="2025-05-30",
        notes="college news page: title missing from the record, found in the <h1>; dotted date in the byline; photo caption "
        "between paragraphs; editor line; campus links",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>钦阳职业技术学院新闻网</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="logo">⟦m 钦阳职业技术学院新闻网⟧</div>
<div class="menu">⟦m 学院首页 学院要闻 教学科研 校园文化 媒体钦职 图说校园⟧</div>
<div class="path">⟦m 当前位置：首页 >> 教学科研⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="source">⟦m 2025.05.30　文/设计学院 贾思雨　图/宣传部 林一舟⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="editor">⟦m 【责任编辑：卢潇潇】⟧</div>
<div class="close">⟦a 【关掉此页】⟧</div>
</div>
<div class="right"><h4>⟦l 图说校园⟧</h4><p>⟦l 初夏的图书馆前广场⟧</p><p>⟦l 技能节开幕式现场⟧</p></div>
<div class="bottom">⟦m 版权所有 © 钦阳职业技术学院　地址：钦阳市牟湾区职教路99号　豫ICP备05011337号⟧</div>
</body></html>
""",
        body="""
5月27日，第九届全省职业院校学生家居产品创新设计大赛落下帷幕。我院设计学院产品艺术设计专业学生庄欣然、黎晓舟、晏宁组成的团队，凭借作品《格物——可生长式抽屉分隔板》获得一等奖。
这件作品针对普通家庭抽屉尺寸不一、分隔板买来装不上的问题，采用卡扣拼接结构，用户可以像搭积木一样按抽屉大小自由延长或缩短分隔板，不需要任何工具。
⟦m 参赛学生向评委展示作品的拼接方式⟧
评委认为，作品从日常生活的细节出发，结构巧妙，成本低，具有较好的市场转化前景。指导教师邬宏亮介绍，团队前后改了11版图纸，用3D打印做了40多个样件，才定下现在的卡扣尺寸。
据悉，目前已有两家本地家居企业与团队联系，洽谈作品的生产合作事宜。
""",
    ),
    dict(
        slug="college-qinyang-arts-notice-fitting-mirrors",
        site="钦阳工艺美术学院服装系 (invented), text view",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://fzx.qygmxy.edu.cn/tzgg/2025/0909/2216.html",
        title="关于服装系试衣间更换试衣镜期间调整实训安排的通知",
        date="2025-09-09",
        notes="department site as text: record title as is; timetable table one row a paragraph; the department office's "
        "line beside the college switchboard; 成文日期 under the signature",
        page="""
!m 钦阳工艺美术学院 · 服装系
!m 系部首页｜系部概况｜教学工作｜学生工作｜通知公告
!m 位置：系部首页 → 通知公告
{T}
!m 发布者：系办公室　点击数：147
{BODY}
!a [ 打印本通知 ]　[ 返回列表 ]
!m 学院总机：0379-6253 1000　招生咨询：0379-6253 1188
!m Copyright 钦阳工艺美术学院服装系　豫ICP备08016214号
""",
        body="""
各班级、各位实训指导教师：
为消除安全隐患，学院后勤处将对实训楼三楼、四楼的6间试衣间进行改造，拆除原有的斜靠式落地试衣镜，更换为嵌墙式安全试衣镜。改造期间，相关实训课程安排调整如下：
日期　停用试衣间　调整后的上课地点
9月15日至19日　301、302　实训楼五楼形体室
9月22日至26日　303、401　实训楼五楼形体室
9月29日至30日　402、403　服装工作室（二）
请各指导教师提前通知学生，试衣环节统一到调整后的地点进行。改造期间请勿进入施工区域，不得擅自搬动拆下的镜子。
联系人：凌佳　系办公室电话：0379-6253 1427
服装系办公室
2025年9月9日
""",
    ),
]
