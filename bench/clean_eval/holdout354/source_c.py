"""holdout354, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text (places, people, firms, sites, URLs, phones and chrome wording); see ../README.md
and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="qa-chufang-answer-rolling-mat-smell-no-title",
        site="厨房知道 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://q.chufangzhidao.com/question/3390127.html",
        title="新买的硅胶擀面垫有股橡胶味，还能用吗？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record, the question is the title; the adopted answer is the body; vote bar, "
        "more answers; answer time relative (3 天前), so no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>新买的硅胶擀面垫有股橡胶味，还能用吗？_厨房知道</title>
<script src="//static.chufangzhidao.com/qa/main.js"></script>
</head>
<body>
<div class="cz-head">⟦m 厨房知道⟧ <span>⟦m 做饭的事，问问就知道⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录领厨币⟧</a></div>
<div class="cz-crumb">⟦m 厨房知道 › 厨具 › 烘焙工具⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：小***6　｜　浏览 3862 次⟧</p></div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 烘焙师阿凯　厨具领域达人　回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="ans-vote">⟦a 有帮助 418　没帮助 6　｜　评论 12⟧</div>
</div>
<div class="others"><h3>⟦l 其他 4 个回答⟧</h3>
<div class="ans">⟦l 热心网友 · 2 天前：用淘米水泡一晚也有效果⟧</div>
<div class="ans">⟦l 厨房新手小鹿 · 昨天：我买的也这样，后来退了⟧</div></div>
<div class="rel"><h3>⟦l 猜你也想问⟧</h3><ul><li>⟦l 硅胶擀面垫可以放进烤箱吗？⟧</li><li>⟦l 擀面垫和木面板哪个更卫生？⟧</li></ul></div>
<div class="cz-foot">⟦d 回答内容为网友个人观点，仅供参考，不代表厨房知道立场⟧<br>⟦m ©2025 chufangzhidao.com 京ICP备24011608号⟧</div>
</body>
</html>
""",
        body="""
可以先处理一下再判断，不要急着用。
新的硅胶擀面垫有轻微气味是常见的，可以这样去味：先用温水加少量小苏打浸泡半小时，再用中性洗洁精洗净；然后放进开水里烫两三分钟，取出晾干。处理两三次后，合格的铂金硅胶垫基本闻不到味道。
如果处理后仍然有刺鼻的味道，或者用手搓垫面会掉白色粉末，说明材质可能不合格，建议不要再接触食物，找商家退换。
另外，买的时候看一下包装上有没有标注“食品接触用”字样和执行标准，有检测报告的更放心。
""",
    ),
    dict(
        slug="qa-wenwen-answer-scoop-round-ball-text",
        site="问问生活 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenwen-life.com/food/q/772610",
        title="冰淇淋勺怎么用才能挖出圆圆的球？",
        record_title="冰淇淋勺怎么用才能挖出圆圆的球？ —— 问问生活·美食频道",
        date=None,
        notes="Q&A as text: decorated question as the title, one answer as the body; 回答于 2 天前 is no date",
        page="""
!m 问问生活 ｜ 美食频道
!t 冰淇淋勺怎么用才能挖出圆圆的球？ —— 问问生活·美食频道
!m 3 个回答　·　被收藏 214 次
!a ✎ 我来回答　　＋ 关注此问题
!m 最佳回答　小雪糕 ｜ 冷饮店前员工 ｜ 回答于 2 天前
{BODY}
!a 👍 认同 961　　💬 评论 27　　↗ 转给朋友
!l 查看其余 2 个回答 ∨
!l 相关问题：冰淇淋勺用完怎么清洗？ ｜ 自制冰淇淋为什么总有冰渣？
!d 问问生活的回答由用户提供，内容请自行甄别。
""",
        body="""
我在冷饮店做过两年，说说经验。
第一，勺子要先热一下。把冰淇淋勺放在温水里泡一泡，擦干再挖，冰淇淋不容易粘在勺子上。⟦l 延伸问题：挖球勺和推杆勺哪个好用？⟧
第二，冰淇淋不能太硬。刚从冷冻柜拿出来的，放在室温下回软五分钟左右再挖。
第三，注意挖的手法。勺子贴着冰淇淋表面，从一边斜着往另一边拉，边拉边让冰淇淋卷进勺里，最后手腕一转，球就成形了。
第四，带弹簧推杆的冰淇淋勺，挖满后按一下推杆，球就完整地掉出来了。
多练几次就熟了。
""",
    ),
    dict(
        slug="anthology-zaowu-memoir-steamer-cloth-gb2312",
        site="灶屋集——周守业文集 (invented, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.zhoushouye.net/zaowuji/juan2/14.htm",
        title="母亲的蒸布",
        record_title="母亲的蒸布 ┊ 灶屋集（续编）",
        date=None,
        notes="a retired teacher's collection in a gb2312 table layout: marquee, volume links, author's mailbox, "
        "visitor counter; a memoir with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲的蒸布 ┊ 灶屋集（续编）</title>
<style type="text/css">body{font-size:14px;line-height:180%}</style>
</head>
<body bgcolor="#FFFBEF">
<table width="820" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td align="center"><font size="5" color="#7B3F00">⟦m 灶屋集——周守业文集⟧</font></td></tr>
<tr><td><marquee behavior="alternate" scrollamount="2">⟦m 退休以后，把灶屋里的旧事一件件写下来，留给孙辈看⟧</marquee></td></tr>
<tr><td align="center">⟦l 〔卷一〕田埂　〔卷二〕灶屋　〔卷三〕学堂　〔续编〕⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ◁ 前篇：腌菜坛子⟧　｜　⟦l 回卷二目录⟧　｜　⟦l 后篇：煤油灯下 ▷⟧</td></tr>
<tr><td align="center">⟦w 读后有话想说，请写信到 zhousy1956@126.com⟧</td></tr>
<tr><td align="center"><font color="#999999">⟦m 本集自二〇一七年开张以来，已有 41870 人次来访⟧</font></td></tr>
<tr><td align="center"><font color="#999999">⟦d 文集文字版权归周守业所有，转载请写信告知⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候家里蒸馒头，母亲总要先在笼屉上铺一块蒸布。那块布是她用旧蚊帐改的，白纱布，四边用缝纫机锁了边。
蒸布用久了会发黄。母亲每隔几天就把它放进铁锅里，加一把碱面煮上一锅，再拿到院子里，搭在晾衣绳上晒。太阳一照，布上冒着白气，风一吹，满院子都是碱水和麦子的味道。
后来我在城里工作，家里用上了电蒸锅，垫的是硅胶蒸垫，洗起来方便多了。可每次蒸馒头，我还是会想起院子里那块飘着的白布，想起母亲弯着腰、用筷子把蒸布从锅里挑出来的样子。
""",
    ),
    dict(
        slug="anthology-songfeng-memoir-roasting-fork-text",
        site="松风茶话 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://songfeng-chahua.net/wen/2025/0406.html",
        title="父亲打的那把烤叉",
        record_title="父亲打的那把烤叉（松风茶话·旧物三记之二）",
        date=None,
        notes="personal collection as text: series decoration in the record title, older/newer links, a visitor count "
        "and a reprint notice; no date",
        page="""
!m 松风茶话 · 一个老教书匠的闲笔
!m 首页　旧物三记　茶边闲话　来信
!t 父亲打的那把烤叉（旧物三记之二）
!m 松风老人　｜　收入本集已 2 年　｜　读过 355 次
{BODY}
!l ← 旧物三记之一：母亲的针线笸箩
!l 旧物三记之三：老屋的门闩 →
!d 本集文字欢迎转给亲友，转载到网站请先来信。
""",
        indent="\u3000\u3000",
        body="""
父亲是镇上的铁匠，打过锄头、镰刀，也打过一把烤叉。
那年冬天，我嚷着要吃烤红薯，父亲从铁匠铺的废料堆里找出一根钢条，烧红了打成两股叉子，又在叉柄上缠了一圈麻绳。他说，叉柄长一点，手离火远，就不会烫着。
那把烤叉我们用了很多年，叉过红薯、馒头片，也叉过过年时的腊肉。父亲每次用完，都拿砂纸把叉尖上的黑灰擦掉，再抹一层猪油，挂在灶边的钉子上。
父亲去世后，铁匠铺关了门。那把烤叉我带到了城里，现在挂在阳台上，叉尖还是亮的。
""",
    ),
    dict(
        slug="party-hongyi-speech-bamboo-basket-cn-date",
        site="弘溢先锋网 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.hyxianfeng.gov.cn/djyw/jhjs/202504/t20250421_5107.html",
        title="在吉涣镇竹编产业党建联盟成立大会上的讲话",
        record_title="【书记讲话·竹乡振兴】在吉涣镇竹编产业党建联盟成立大会上的讲话 - 弘溢先锋网",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="Party site: study-points prompt, read-on-phone QR line; speaker line and a date in Chinese numerals "
        "under the title (neutral); the page's date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>【书记讲话·竹乡振兴】在吉涣镇竹编产业党建联盟成立大会上的讲话 - 弘溢先锋网</title>
<script src="/js/xxjf.js"></script>
</head>
<body>
<div class="xf-top">⟦m 弘溢先锋网⟧ <span>⟦m 中共弘溢县委组织部主办⟧</span></div>
<div class="xf-nav">⟦m 首页　党建要闻　基层动态　书记抓党建　党员教育　先锋人物⟧</div>
<div class="xf-crumb">⟦m 首页 ▸ 书记抓党建 ▸ 讲话精选⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<p class="xf-meta">⟦m 日期：2025-04-21　来源：吉涣镇党委　编辑：邝宁⟧</p>
<p class="xf-jf">⟦a 党员同志登录后阅读满3分钟可记学习积分1分⟧</p>
<p class="spk">吉涣镇党委书记　龚启明</p>
<p class="spk">（二〇二五年四月十八日）</p>
<div class="xf-text">
{BODY}
</div>
<p class="xf-qr">⟦a 扫码到手机上读这篇讲话⟧</p>
<div class="xf-pn">⟦l 上一篇：在全县党建引领乡村振兴现场推进会上的发言⟧<br>⟦l 下一篇：雅汕镇召开竹编技艺传承座谈会⟧</div>
</div>
<div class="xf-foot">⟦m 中共弘溢县委组织部 版权所有　地址：弘溢县人民路1号⟧<br>⟦m 湘ICP备06012558号⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们在这里召开吉涣镇竹编产业党建联盟成立大会。这个联盟由镇党委牵头，吸收了6个村党支部、竹编合作社党支部和3家竹制品企业，目的就是把党组织的力量拧成一股绳，把竹编这门老手艺做成富民的新产业。⟦a 〔本段已计入学习时长〕⟧
去年，合作社编的竹淘米篮进了城区菜市场和超市，卖出了3万多只，带动46户群众增收。这说明，老手艺只要找准市场，就有出路。
下一步，联盟要做好三件事。一是抓人才，每个村党支部至少联系一名老篾匠，带出两名年轻徒弟。二是抓品质，淘米篮、蒸笼垫等产品统一标准、统一商标。三是抓销路，党员带头开网店、做直播，把吉涣竹编卖到更远的地方。
同志们，竹子是吉涣的宝。希望联盟各成员单位同心协力，让竹编产业越做越旺！
""",
    ),
    dict(
        slug="party-zhaodian-summary-steamer-cloth-volunteers",
        site="兆淀机关党建网 (invented, text)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.zhaodian.gov.cn/zbfc/2025/0908/612.html",
        title="县机关食堂党员先锋岗“蒸布洗晒”志愿服务活动总结",
        record_title="县机关食堂党员先锋岗“蒸布洗晒”志愿服务活动总结〔支部风采〕",
        date="2025-09-03",
        date_also=["2025-09-08"],
        notes="Party site as text: the posting date differs from the 成文日期 under the branch's name; a study "
        "prompt and a like/forward row at the bottom",
        page="""
!m 兆淀机关党建网
!m 首页 ＞ 支部风采 ＞ 正文
!t 县机关食堂党员先锋岗“蒸布洗晒”志愿服务活动总结〔支部风采〕
!m 发稿日期：2025-09-08　供稿：县机关事务服务中心党支部
{BODY}
!a 学习强基，每日一读 —— 读完请点“已学”
!l 点赞　｜　转给支部群
!m 中共兆淀县直属机关工作委员会　联系电话：0736-6610372
""",
        indent="\u3000\u3000",
        body="""
今年3月以来，县机关事务服务中心党支部在机关食堂设立党员先锋岗，组织党员利用周末开展“蒸布洗晒”志愿服务，现将活动情况总结如下。
一、主要做法。支部12名党员分成4个小组，每周六轮流到食堂，将一周用过的蒸布集中煮洗、晾晒、叠放。活动中，党员们和食堂师傅一起制定了蒸布“红黄绿”三色管理办法：绿色挂牌为已消毒可用，黄色为待清洗，红色为破损待报废。
二、取得成效。半年来，累计开展志愿服务26次，参与党员148人次，洗晒蒸布2100余块，报废破损蒸布37块。在县疾控中心7月的抽检中，机关食堂蒸布合格率为100%。
三、下一步打算。支部将把蒸布三色管理办法推广到县直单位的其他食堂，并把志愿服务纳入党员积分管理。
兆淀县机关事务服务中心党支部
2025年9月3日
""",
    ),
    dict(
        slug="hospital-zhangyan3-article-fork-injury-list",
        site="彰衍市第三人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.zysy3.com/kepu/jizhen/2025-07-18/1390.html",
        title="被烤叉扎伤后，这些处理误区要避开",
        record_title="【急诊安全课】被烤叉扎伤后，这些处理误区要避开 ┃ 彰衍市第三人民医院",
        date="2025-07-18",
        notes="hospital: booking float, 24-hour line, experts list; a department's 咨询电话 inside the article beside "
        "the hospital's booking and emergency lines; numbered list; the 发布时间 byline is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>【急诊安全课】被烤叉扎伤后，这些处理误区要避开 ┃ 彰衍市第三人民医院</title>
<script src="/static/js/yuyue-float.js"></script>
</head>
<body>
<div class="yy-top">⟦m 彰衍市第三人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <span>⟦m 急救电话（全天）：0736-8251999⟧</span></div>
<div class="yy-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　党建文化⟧</div>
<div class="yy-crumb">⟦m 您的位置：首页 / 健康科普 / 急诊急救⟧</div>
<div class="yy-art">
<h1>{T}</h1>
<p class="yy-meta">⟦m 发布时间：2025-07-18　来源：急诊医学科　浏览：1963⟧</p>
<div class="yy-text">
{BODY}
</div>
<p class="yy-tip">⟦d 科普文章仅供参考，不能代替医生面诊⟧</p>
</div>
<div class="yy-side"><h3>⟦l 急诊医学科专家⟧</h3><ul><li>⟦l 阮志鸿　主任医师　周二、周四上午⟧</li><li>⟦l 戴雪岑　副主任医师　周三全天⟧</li></ul></div>
<div class="yy-float">⟦a 微信预约挂号⟧<br>⟦m 预约热线 0736-8251000⟧<br>⟦a 收起⟧</div>
<div class="yy-foot">⟦m 地址：彰衍市慧湃区健民路88号　邮编：418000⟧<br>⟦m 湘ICP备10003371号-1　彰衍市第三人民医院版权所有⟧</div>
</body>
</html>
""",
        body="""
夏季是户外烧烤的高峰期，烤叉扎伤在急诊科并不少见。不少患者受伤后处理不当，反而加重了伤情。急诊科医生提醒，以下几个误区要避开：
1.误区一：伤口小就不用管。烤叉叉尖细长，伤口小但可能很深，容易引起深部感染。
2.误区二：用嘴吸、用手挤。这样会把细菌带进伤口，正确做法是用流动清水冲洗后消毒。
3.误区三：叉子扎进去马上拔。叉尖断在体内或扎入较深时，应固定好叉具后立即就医。
4.误区四：不打破伤风针。烤叉常沾有泥土和炭灰，伤后24小时内应到医院评估。
如有疑问，可拨打急诊医学科咨询电话0736-8251120（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-hongyi-tcm-notice-scoop-record",
        site="弘溢县中医医院 (invented, text)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hyxzyy.com/news/tzgg/250702.html",
        title="关于住院部营养食堂冷饮分装勺具统一更换的通知",
        record_date="2025-07-02",
        date="2025-07-02",
        notes="hospital notice as text: title and date from the record; the notice's own 内线 beside the hospital's "
        "switchboard and complaint line",
        page="""
!m 弘溢县中医医院
!m 网站首页 - 新闻中心 - 院内通知
{T}
!m 发布科室：营养科　　阅读：212
{BODY}
!a 【打印】【收藏】【关闭】
!m 医院总机：0736-7320000　投诉电话：0736-7320315
!m 地址：弘溢县城北路27号　湘ICP备12006610号
""",
        indent="\u3000\u3000",
        body="""
各临床科室：
为做好夏季住院患者冷饮供应的卫生管理，营养食堂将于7月7日起统一更换冷饮分装勺具，现将有关事项通知如下。
一、原有的塑料冰淇淋勺全部停用，更换为不锈钢带推杆冰淇淋勺，每次分装后集中清洗消毒。
二、糖尿病等需控制饮食的患者，由科室护士在订餐系统中备注，营养食堂不予配送冷饮。
三、科室如发现配送的冷饮及勺具有异常，请及时联系营养食堂，内线电话8306。
特此通知。
弘溢县中医医院营养科
2025年7月2日
""",
    ),
    dict(
        slug="college-zhangyan-news-folding-basket-no-title",
        site="彰衍职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zyzy.edu.cn/xwzx/xyxw/2025/0526/4418.htm",
        title="食品系学生设计的折叠淘米篮获国家实用新型专利",
        record_title=None,
        date="2025-05-26",
        notes="college news page: no title in the record, the <h1> holds it; a dotted date in the byline is the "
        "page's date; photo credit and reviewer line",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>彰衍职业技术学院-学院新闻</title>
</head>
<body>
<div class="xy-top">⟦m 彰衍职业技术学院⟧ <span>⟦m 厚德　精技　笃行⟧</span> <a>⟦a 信息门户⟧</a> <a>⟦a ENG 版⟧</a></div>
<div class="xy-nav">⟦m 学院概况　院系设置　教育教学　招生就业　校园文化⟧</div>
<div class="xy-crumb">⟦m 首页 ＞ 新闻中心 ＞ 学院新闻⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<p class="xy-meta">⟦m 2025.05.26　文：食品系 童佳禾　图：宣传部　审核：汪曼青⟧</p>
<div class="xy-text">
{BODY}
</div>
<p>⟦l 【关闭】　【返回顶部】⟧</p>
</div>
<div class="xy-foot">⟦m 地址：彰衍市大学城学府路9号　招生咨询：0736-8300118⟧<br>⟦m 湘ICP备08104477号　湘教QS3-200505-000382⟧</div>
</body>
</html>
""",
        body="""
近日，我院食品营养与检测专业学生团队设计的“折叠式沥水淘米篮”获得国家实用新型专利授权。
这款淘米篮由食品级硅胶和不锈钢网两部分组成，用完后可以压扁收纳，厚度只有3厘米。篮底的网孔经过多次试验，孔径定为1.2毫米，既能快速沥水，又能防止碎米漏出。
团队指导教师汪曼青介绍，学生们是在学校食堂勤工俭学时发现，传统淘米篮体积大、难收纳，才萌生了改进的想法。从画图纸到做出样品，前后修改了11稿。
目前，已有两家厨具企业与团队洽谈专利转化事宜。
""",
    ),
    dict(
        slug="college-yutao-notice-rolling-mat-lab-text",
        site="裕滔学院食品工程系 (invented, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://spgc.ytxy.edu.cn/tzgg/2025/0303/217.html",
        title="关于烘焙实训室擀面垫等用具借用管理的通知",
        record_title="关于烘焙实训室擀面垫等用具借用管理的通知 / 食品工程系 / 裕滔学院",
        date="2025-03-03",
        notes="college department page as text: the lab's own 联系人 and phone beside the department office's line; "
        "a sentence about following the department's account to book",
        page="""
!m 裕滔学院 · 食品工程系
!m 系部首页 ／ 通知公告
!t 关于烘焙实训室擀面垫等用具借用管理的通知 / 食品工程系
!m 时间：2025-03-03　点击数：389
{BODY}
!l 附：本系近期通知 · 关于2025届毕业设计选题的通知
!m 系办公室电话：0736-5512200　地址：裕滔学院实训楼A座3楼
!m Copyright © 裕滔学院食品工程系
""",
        indent="\u3000\u3000",
        body="""
各班级、各兴趣社团：
为规范烘焙实训室用具管理，延长擀面垫、刮板、模具等用具的使用寿命，现就借用有关事项通知如下。
一、借用擀面垫等用具，须提前一天关注系部公众号“裕滔食工”并在线预约，凭学生证到实训室登记领取。
二、借用的擀面垫使用后须用温水清洗、擦干后平整归还，不得折叠，不得在垫面上用刀切割。
三、归还时由实训室管理员检查，垫面有刀痕、烫痕的，借用人须照价赔偿。
四、每次借用时间不超过3天，逾期未还的暂停借用资格一个月。
联系人：实训室 邹老师　电话：0736-5512263
食品工程系
2025年3月3日
""",
    ),
]
