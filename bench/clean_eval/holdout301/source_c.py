"""holdout301, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text case each).

Everything here is invented; each case was written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-dakezhan-rusty-tin-candy-box-tea",
        site="答客栈 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dakezhan.com/question/5518820/answer/10031",
        title="老式铁皮糖盒生锈了，还能用来装茶叶吗？",
        record_title=None,
        date=None,
        notes="Q&A page, no record title (the question is the title); an adopted-answer badge, an answerer card, a vote row, "
        "more answers and related questions; 回答于 5 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>老式铁皮糖盒生锈了，还能用来装茶叶吗？ - 答客栈</title></head><body>
<div class="appbar">⟦m 答客栈⟧ <input placeholder="有问题，上答客栈"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="q">
<div class="q-tags">⟦l 收纳整理⟧ ⟦l 茶叶保存⟧</div>
<h1 class="q-title">{T}</h1>
<div class="q-desc">家里翻出一个八十年代的铁皮糖盒，盒盖边上有锈，想拿来装绿茶，安全吗？</div>
<div class="q-meta">⟦m 提问者：青梅煮茶 · 2 个回答 · 浏览 3,406⟧</div>
</div>
<div class="answer">
<div class="badge">⟦m ✔ 提问者已采纳⟧</div>
<div class="author">⟦m 收纳达人老韩 · 家居收纳师 · 获赞 2.1万⟧</div>
<div class="rich-text">
{BODY}
</div>
<div class="a-meta">⟦m 回答于 5 天前⟧ ⟦l 👍 赞同 318　👎 反对　💬 12 条评论⟧</div>
</div>
<div class="more"><h3>⟦l 查看其余 1 个回答⟧</h3></div>
<div class="related"><h3>⟦l 你可能也想问⟧</h3><ul><li>⟦l 铁皮茶叶罐内壁发黑是什么原因？⟧</li><li>⟦l 旧饼干盒怎么除锈不伤漆？⟧</li></ul></div>
<div class="foot">⟦m 答客栈 dakezhan.com　京ICP备20034417号　违法信息举报：jubao@dakezhan.com⟧</div>
</body></html>
""",
        body="""
可以继续用，但要先看锈在哪儿。
如果只是盒子外面、盒盖边缘有点锈斑，里面的涂层完好，用细砂纸把锈轻轻磨掉，擦干净后就能装茶叶。装之前最好在盒里先套一个食品级的密封袋，茶叶不直接碰铁皮，也更防潮。
如果盒子里面的涂层已经起皮、掉渣，或者内壁锈成了一片，就别再装茶叶和其他入口的东西了。锈蚀的地方容易藏污纳垢，茶叶还会吸收铁腥味。这样的糖盒可以改装纽扣、针线或者小文具，也算物尽其用。
另外提醒一下，老糖盒别放在厨房水池边，潮气重，锈得更快。
""",
    ),
    dict(
        slug="qa-chushi-induction-hob-pot-rack",
        site="厨事问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.chushiwenda.com/q/230917.html",
        title="电磁炉上能垫个锅架用吗？",
        record_title="电磁炉上能垫个锅架用吗？ - 厨事问答",
        date=None,
        notes="Q&A text page: best-answer header with a relative time, a helpful/unhelpful row, other answers and related questions; no date",
        page="""
!m 厨事问答 — 灶台边的问题都来这儿问
!t 电磁炉上能垫个锅架用吗？
问题补充：家里只有一口圆底炒锅，放电磁炉上老晃，想垫个锅架
!m 最佳答案　答主：灶台边的刘师傅　2 天前
{BODY}
!l 这个回答对你有帮助吗？有用 56　没用 3
!l 另有2位厨友作答
!l 小厨娘：我试过，一垫上就报警，别折腾了
!l 相关问题：砂锅能直接放电磁炉上吗？
!m 厨事问答 © 2024　问答内容仅供参考
""",
        body="""
不建议这么用。
电磁炉是靠线圈产生的交变磁场让锅底自己发热，锅底离炉面越远，磁场越弱，加热效率下降得很快。垫上锅架后，锅底和面板之间隔了一两厘米，很多电磁炉会直接报警，提示“无锅”或者功率上不去。
有人为了用砂锅、玻璃锅，在电磁炉上放一块导磁板，再把锅放上去，这其实是让导磁板先发热，热效率低，而且导磁板温度很高，容易把面板烫出裂纹。
如果家里是圆底锅，确实需要锅架稳住，建议换用燃气灶，或者干脆买一口平底的电磁炉专用锅。
""",
    ),
    dict(
        slug="anthology-laoliangzhan-memoir-fathers-rice-sacks",
        site="霰岭旧事 · 老粮站文存 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.xianlingjiushi.net/liangzhan/07.htm",
        title="父亲肩上的米袋",
        record_title="父亲肩上的米袋（《老粮站文存》之七）— 霰岭旧事文集",
        date=None,
        notes="a retired keeper's son's collection in an old table layout: 繁體/简体 links, chapter links, a visitor counter and the author's "
        "mailbox; the memoir ends with 写于二〇二三年秋 (a season and year: no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲肩上的米袋（《老粮站文存》之七）— 霰岭旧事文集</title></head>
<body bgcolor="#f5efe0">
<table width="760" align="center" border="0"><tr><td align="center"><font size="5">⟦m 霰岭旧事⟧</font><br>⟦m 老粮站文存 · 一个粮站子弟的回忆⟧</td></tr>
<tr><td align="right">⟦a <a href="07_big5.htm">繁體</a> | <a href="07.htm">简体</a>⟧</td></tr></table>
<table width="760" align="center"><tr><td>
<p align="center"><b>⟦t 之七　父亲肩上的米袋⟧</b></p>
{BODY}
<p align="center">⟦l ← 之六　粮站的大秤⟧　<a href="index.htm">⟦l 回目录⟧</a>　⟦l 之八　晒谷场的夏天 →⟧</p>
</td></tr></table>
<table width="760" align="center"><tr><td align="center"><font size="2">⟦m 本站开通以来访问人次：<font color="red">041207</font>⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦w 读后有话说，欢迎来信：laoliangzhan@163.com⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦d 文字为作者原创，转载请先征得同意⟧</font></td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲在旰田粮站当了三十一年保管员，我记忆里他的肩膀总是一高一低，那是扛米袋扛出来的。
那时候的米袋是麻袋，一袋一百斤，粮站收公粮的日子，父亲一天要扛两三百袋上垛。他教我，扛米袋不能用蛮力，要先蹲下，让米袋的中间压在肩窝上，腰挺直了再起身，走跳板时眼睛看前面，不能看脚下。
父亲爱惜米袋。破了的麻袋，他收工后坐在仓库门口一针一针地补，补丁摞补丁也舍不得扔。他说，一条袋子漏一把米，一个仓就漏一担。
如今粮站早改成了粮库，米袋换成了白色的编织袋，码垛用上了传送带。父亲退休后还常去看看，回来总说，现在的年轻人享福了。
去年冬天父亲走了。整理遗物时，我在他的木箱里找到一根磨得发亮的大号缝包针，针眼里还穿着半截麻线。
写于二〇二三年秋
""",
    ),
    dict(
        slug="anthology-wayanji-essay-coat-hooks-behind-door-wrapped",
        site="瓦檐集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wayanji.example-pages.cn/juan2/05.html",
        title="门后那排衣钩",
        record_title="门后那排衣钩 ·《瓦檐集》卷二",
        date=None,
        notes="a teacher's essay collection hard-wrapped at 66 columns; volume and chapter lines, a word count, previous/next and contents links; no date",
        page="""
!m 瓦檐集 —— 一个乡村教师的散文
!m 卷二 · 旧物
!t 第五篇　门后那排衣钩
!m 作者：檐下听雨　本篇 512 字
{BODY}
!l 上一篇：外公的竹躺椅　｜　回目录　｜　下一篇：灶台上的盐罐
!d 集中文字均为作者所写，未经许可请勿转贴
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
我家老房子的门后钉着一排衣钩，一共五个，是父亲用粗铁丝弯成的，钉在一条刷了红漆的木板上。
五个衣钩，一人一个。最左边挂父亲的蓝布工装，中间挂母亲的围裙和碎花头巾，右边三个是我们兄妹的书包和棉袄。谁的东西挂错了位置，母亲一眼就能看出来。
冬天放学回家，一进门先把书包挂上衣钩，再去灶屋烤火，这个习惯我保持了很多年。
后来哥哥去当兵，姐姐出嫁，我去外地读书，门后的衣钩一个个空了下来。母亲没舍得拆，她说，衣钩在，人就有回来的地方。
前年老房子翻修，我特意让师傅把那块木板完整地取下来，挂在了我家的玄关。五个衣钩锈迹斑斑，挂着我和孩子的外套，还空着三个。
""",
    ),
    dict(
        slug="party-nanghe-summary-rice-bag-volunteers-table",
        site="曩河先锋网 (invented district Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.nhxianfeng.gov.cn/zyfw/202410/t20241030_6618.html",
        title="党员志愿者“爱心米袋”进万家活动总结",
        record_title="【党员先锋行】党员志愿者“爱心米袋”进万家活动总结_曩河先锋网",
        date="2024-10-28",
        date_also=["2024-10-30"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line, a data table (one row a paragraph); "
        "the 成文日期 differs from the portal's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【党员先锋行】党员志愿者“爱心米袋”进万家活动总结_曩河先锋网</title></head><body>
<div class="hd">⟦m 曩河先锋网⟧ <span>⟦m 中共觏州市曩河区委组织部主办⟧</span></div>
<div class="nav">⟦m 首页｜组工动态｜基层党建｜党员教育｜志愿服务｜人才工作⟧</div>
<div class="where">⟦m 所在位置：首页 » 志愿服务 » 活动报道⟧</div>
<div class="cont">
<h1>⟦t 【党员先锋行】党员志愿者“爱心米袋”进万家活动总结⟧</h1>
<div class="info">⟦m 日期：2024-10-30　来源：区委组织部　阅读：2210⟧</div>
<div class="points">⟦a 党员登录后阅读满3分钟可累计学习积分1分⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦a 手机扫一扫，在掌上先锋继续读⟧</div>
<div class="prev-next"><p>⟦l 上一条：区直机关党员到社区报到服务纪实⟧</p><p>⟦l 下一条：蒎园街道“红色网格”工作法⟧</p></div>
</div>
<div class="ft"><p>⟦m 曩河先锋网　地址：觏州市曩河区政务中心B座⟧</p><p>⟦m 湘ICP备16022008号-3⟧</p></div>
</body></html>
""",
        body="""
今年9月至10月，区委组织部联合区粮食和物资储备局，在全区开展党员志愿者“爱心米袋”进万家活动，共组织党员志愿者436名，为困难群众和独居老人送去爱心米袋。现将活动情况总结如下。
一、基本情况
街道　参与党员　送出米袋　走访户数
曩河街道　128人　1560袋　780户
颃阳街道　116人　1320袋　655户
蒎园街道　102人　1180袋　590户
鹋苑街道　90人　940袋　472户
二、主要做法
一是精准摸底，由网格员逐户核实困难群众名单；二是统一标准，米袋均为10公斤装当季新米；三是结对帮扶，每名党员至少结对1户，定期上门走访。
三、下一步打算
将“爱心米袋”活动纳入党员日常志愿服务清单，每季度开展一次。
中共觏州市曩河区委组织部
2024年10月28日
""",
    ),
    dict(
        slug="party-shanyang-speech-hair-cord-workshop-cn-date",
        site="芟阳党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.shanyang.gov.cn/ldjh/2024/0308/2204.html",
        title="在“巾帼红绳”头绳编织帮扶工坊开班仪式上的讲话",
        record_title="【巾帼工坊】在“巾帼红绳”头绳编织帮扶工坊开班仪式上的讲话 - 芟阳党建网",
        date="2024-03-06",
        date_also=["2024-03-08"],
        notes="speech with a speaker line (neutral) and a date line in Chinese numerals under its title; the portal's publish date differs",
        page="""
!m 芟阳党建网
!m 首页 / 领导讲话 / 正文
{T}
县委常委、组织部部长　冼云清
（二〇二四年三月六日）
!m 发布时间：2024-03-08　来源：县委组织部　浏览量：873
!a 〔收藏〕〔打印〕〔分享给党员朋友〕
{BODY}
!l 相关讲话：在全县村级后备力量培训班上的讲话
!m 芟阳县委组织部主办　党员咨询热线：12380
""",
        indent="\u3000\u3000",
        body="""
姐妹们、同志们：
今天，“巾帼红绳”头绳编织帮扶工坊正式开班了。首先，我代表县委组织部，向参加培训的姐妹们表示热烈欢迎！
办这个工坊，起因是一次走访。去年冬天，我们在鬯湾镇了解到，不少留守妇女会编头绳，但只能编给自家孩子，找不到销路。县妇联和几家饰品企业一商量，决定把大家组织起来，统一培训、统一接单、统一收购。
这次培训为期十天，请来了三位编绳老艺人和企业的设计师，既教传统编法，也教市场上好卖的新款式。
希望姐妹们学得进、编得好，早日把手艺变成收入。各村党组织要当好“娘家人”，帮大家解决带孩子、跑材料等实际困难。
祝培训班圆满成功！
""",
    ),
    dict(
        slug="hospital-xianling-article-hair-tie-on-wrist",
        site="霰岭县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.xlxrmyy.com/jkkp/2024/0819/5127.html",
        title="头绳长期套手腕，小心勒出问题",
        record_title="【手足外科·健康小课】头绳长期套手腕，小心勒出问题-霰岭县人民医院",
        date="2024-08-19",
        notes="hospital page: a booking float and a 24-hour emergency line beside the department's own 咨询电话 (kept); an experts list; the 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【手足外科·健康小课】头绳长期套手腕，小心勒出问题-霰岭县人民医院</title></head><body>
<div class="top">⟦m 霰岭县人民医院⟧ ⟦m 二级甲等综合医院⟧ <span>⟦m 24小时急诊：0736-5238120⟧</span></div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康课堂　院务公开⟧</div>
<div class="bread">⟦m 首页 ＞ 健康课堂 ＞ 外科科普⟧</div>
<div class="article">
<h1>⟦t 【手足外科·健康小课】头绳长期套手腕，小心勒出问题⟧</h1>
<div class="meta">⟦m 发布时间：2024-08-19　供稿：手足外科　浏览：1542⟧</div>
<div class="body">
{BODY}
</div>
<div class="tip">⟦d 本文仅作健康科普，不能代替医生面诊⟧</div>
</div>
<div class="side"><h3>⟦l 手足外科专家⟧</h3><ul><li>⟦l 罗文彬　副主任医师　周二、周四全天⟧</li><li>⟦l 闵秋实　主治医师　周一、周五上午⟧</li></ul></div>
<div class="float">⟦a 预约挂号⟧ ⟦a 扫码就诊⟧ ⟦m 预约电话 0736-5238000⟧</div>
<div class="foot">⟦m 地址：霰岭县人民路188号　湘ICP备13009271号⟧</div>
</body></html>
""",
        body="""
很多女孩子有个习惯：头发放下来时，顺手把头绳套在手腕上，一套就是一整天。霰岭县人民医院手足外科近日接诊了一名17岁的高中生，她的左手腕被头绳勒出一圈红肿，局部已经化脓。
手足外科医生罗文彬介绍，头绳弹性大，长时间套在手腕上会压迫浅表静脉和淋巴管，影响血液回流，手腕容易出现水肿和勒痕。如果皮肤本来有小伤口，头绳上沾的细菌还可能引起感染，严重的需要切开引流。
医生建议：头绳不要长时间套在手腕上，尤其是睡觉时；手腕出现红肿、疼痛、发热，要及时就医，不要自行挑破。
手足外科咨询电话：0736-5238816（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-menghu-notice-bedside-coat-hooks",
        site="礞湖县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.mhxzyy.cn/ywgk/tzgg/20240520/883.html",
        title="关于住院病区统一安装床旁衣钩的通知",
        record_date="2024-05-20",
        date="2024-05-20",
        notes="the record gives title and date as they are; the logistics office's own phone beside the hospital switchboard line",
        page="""
!m 礞湖县中医院　医院总机：0737-4206000
!m 院务公开 › 通知公告
{T}
!m 发布：2024-05-20　科室：后勤保障科
!a 【大】【中】【小】　【关闭】
{BODY}
!l 下一条：关于调整门诊午间挂号时间的公告
!m 礞湖县中医院版权所有　地址：礞湖县杏林路16号
""",
        body="""
各住院病区：
为方便住院患者和陪护人员存放衣物，根据院长办公会研究意见，后勤保障科将于5月27日至6月7日为全院住院病区统一安装床旁衣钩。现将有关事项通知如下：
一、安装位置为每张病床床头右侧墙面，距地面1.5米，每床2个，病区走廊另设公用衣钩。
二、安装按楼层由低到高进行，每个病区约需半天，施工时间为每天9:00至11:30、14:30至17:00，避开查房和治疗高峰。
三、各病区护士长要提前告知患者，配合做好床位调整。
联系人：后勤保障科　谭颂　电话：0737-4206153
礞湖县中医院后勤保障科
2024年5月20日
""",
    ),
    dict(
        slug="university-kuicheng-news-rice-bag-shopping-bags-h1",
        site="蒉城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kczyjs.edu.cn/xwzx/xydt/2024/1205/c118a7731/page.htm",
        title="学院志愿者用旧米袋缝制环保购物袋",
        record_title=None,
        date="2024-12-05",
        notes="college news page with no record title (the <h1>); a dotted byline date is the page's date; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>蒉城职业技术学院</title></head><body>
<div class="head">⟦m 蒉城职业技术学院⟧ ⟦m 崇德尚技 知行致远⟧ <a>⟦a 信息门户⟧</a> <a>⟦a 校园VPN⟧</a></div>
<div class="menu">⟦m 学院概况 | 新闻中心 | 院系设置 | 招生就业 | 校园生活⟧</div>
<div class="loc">⟦m 新闻中心 > 学院动态⟧</div>
<div class="news">
<h1>{T}</h1>
<p class="byline">⟦m 来源：服装与设计系　撰稿：樊一诺　审核：钟言　2024.12.05⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<p class="visits">⟦m 浏览次数：<span>637</span>⟧</p>
</div>
<div class="foot">⟦m 版权所有 © 蒉城职业技术学院　地址：蒉城市职教园区求是路1号⟧</div>
</body></html>
""",
        body="""
本网讯（通讯员　樊一诺）12月4日，学院服装与设计系“巧手绿行”志愿服务队把收集来的320条旧米袋，缝制成200个环保购物袋，送到了学院周边的3个社区。
这些旧米袋是志愿者们一个月前在学校食堂和周边粮油店回收的。志愿者们先把米袋拆开、清洗、晾干，再按照设计图纸裁剪、锁边、缝合，袋子正面还印上了“节约粮食、减少塑料”的标语。
⟦m 志愿者在缝制环保购物袋（摄影　钟言）⟧
“一条米袋用完就扔太可惜了，改成购物袋能用好几年。”服装设计专业学生蓝可欣说。
服装与设计系负责人表示，系里将把旧物改造纳入专业实践课程，引导学生在动手中增强环保意识。
""",
    ),
    dict(
        slug="university-gouzhou-tech-notice-dorm-door-hooks",
        site="觏州理工学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqfw.gzlg.edu.cn/info/1033/4618.htm",
        title="关于学生公寓加装门后衣钩的通知",
        record_title="【宿舍通知】关于学生公寓加装门后衣钩的通知-后勤服务总公司-觏州理工学院",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="a university office page: the dorm centre's own phone beside the network centre's technical line; a sentence about scanning "
        "a repair code stays; dates differ",
        page="""
!m 觏州理工学院后勤服务总公司
!m 首页 » 通知公告
{T}
!m 发布时间：2024-09-03　作者：学生公寓管理中心　点击：2604
{BODY}
!l 相关通知：2024级新生公寓入住须知
!m 网站技术支持：网络信息中心　0745-3317000
!m 觏州理工学院后勤服务总公司　版权所有
""",
        indent="\u3000\u3000",
        body="""
各学院、各位同学：
根据同学们在“宿舍微心愿”活动中的集中反映，后勤服务总公司决定为东、西两区学生公寓每间宿舍加装门后衣钩。现将有关事项通知如下：
一、每间宿舍门后加装不锈钢四联衣钩1排，承重不低于8公斤，安装时间为9月9日至9月20日。
二、安装人员佩戴工作证入室施工，请同学们提前收好门后物品，贵重物品妥善保管。
三、安装后如发现衣钩松动，可扫描宿舍门口的报修二维码提交报修单，维修人员24小时内上门处理。
联系电话：学生公寓管理中心　0745-3317260
后勤服务总公司
2024年9月2日
""",
    ),
]
