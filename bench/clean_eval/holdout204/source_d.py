"""holdout204, part D: Q&A sites, encyclopaedias, personal collections, law firms and residents' sites.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenjiu-answer-lock-hit-by-car-question",
        site="问久问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjiu.com/q/5518027.html",
        title="小区地锁被别人的车撞坏了，该找谁赔？",
        record_title=None,
        date=None,
        notes="no title in the record: the question; an adopted-answer badge, vote row and more answers; relative times are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问久问答 - 有问题，就问久</title>
</head>
<body>
<div class="hd">⟦m 问久问答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问久 › 生活 › 汽车 › 停车纠纷⟧</div>
<div class="q">
<h1>{T}</h1>
<p class="q-desc">我在自己的产权车位上装了地锁，昨天发现被人倒车撞歪了，监控拍到了车牌。</p>
<p class="q-meta">⟦m 提问者：车位守护者　　2 天前　　浏览 1,372⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 答主：律途小何　　执业律师　　回答于 昨天⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦l 有用 86　　没用 3　　评论 7⟧</div>
</div>
<div class="others"><h3>⟦l 另外 4 条回答⟧</h3>
<p>⟦l 直接报警，让交警出个责任认定，拿着认定书去找车主⟧</p>
<p>⟦l 让物业调监控，一般都能找到人⟧</p></div>
<div class="ft">⟦m 问久问答 wenjiu.com　京ICP证170448号⟧ ⟦d 回答内容仅代表答主个人观点⟧</div>
</body>
</html>
""",
        body="""
你的地锁装在自己的产权车位上，属于你的合法财产，别人倒车撞坏了，应当由肇事车主赔偿。
第一步，先保存证据。把地锁被撞的照片、监控视频拷贝下来，最好请物业出一份监控查看记录。
第二步，联系车主协商。可以请物业帮忙通过车牌找到车主，协商按地锁的购买价格和安装费用赔偿。
第三步，协商不成的，可以报警处理，也可以向法院起诉，要求对方赔偿财产损失。
另外提醒一句，如果地锁装在小区公共区域而不是你的产权车位上，情况会复杂一些，对方可能会主张地锁本身就不该装在那里。
""",
    ),
    dict(
        slug="qa-zhifou-answer-spindle-wobbles",
        site="知否问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.zhifouwenda.cn/question/40219/answer/88107",
        title="老纺车的锭子转起来晃得厉害，怎么修？",
        record_title="老纺车的锭子转起来晃得厉害，怎么修？求懂行的师傅指点 - 知否问答",
        date=None,
        notes="decorated record title (a plea and the site); an answer with no date; relative times",
        page="""
!m 知否问答　|　生活百科
!t 老纺车的锭子转起来晃得厉害，怎么修？求懂行的师傅指点
!m 3 个回答　　关注问题 41　　被浏览 2,107
!m 木匠老覃　　传统木作十五年　　回答于 3 天前
{BODY}
!l 赞同 57　　反对　　收藏　　举报
!l 查看其余 2 个回答 ∨
!a 打开知否App，向答主私信提问
!m 知否问答 zhifouwenda.cn
""",
        body="""
锭子晃，一般是三个原因，你可以按顺序查一查。
一是锭子本身弯了。把锭子取下来放在桌面上滚一滚，如果滚起来一跳一跳的，说明弯了，铁锭子可以用木槌轻轻敲直，竹锭子只能换新的。
二是锭子两头的支架松了。老纺车的支架多半是榫卯插上去的，木头干缩以后就会松动，可以在榫头上缠一层薄布条再插紧。
三是皮带太紧。皮带绷得太紧，会把锭子往一边拉，转起来自然就晃，放松一点就好。
修好以后给锭子两头点一滴菜籽油，转起来会顺很多。
""",
    ),
    dict(
        slug="wiki-bowen-entry-spinning-wheel-infobox",
        site="博闻百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowen365.com/item/纺车/10442",
        title="纺车",
        record_title="纺车（手工纺纱工具）_博闻百科",
        date=None,
        notes="decorated record title; edit/discuss/history tabs, infobox, contents box, reference markers glued after 。, "
        "an edit link glued to a section heading; the entry name is matched as head; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>纺车（手工纺纱工具）_博闻百科</title>
</head>
<body>
<div class="top">⟦m 博闻百科⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 用户登录⟧</a></div>
<div class="tabs">⟦a 词条正文⟧ ⟦a 参与讨论⟧ ⟦a 修订记录⟧ ⟦a 编辑词条⟧</div>
<h1 class="lemma">{T}</h1>
<p class="sub">⟦m 手工纺纱工具⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名称：纺车⟧</td></tr>
<tr><td>⟦m 别　　名：纺线车、手摇车⟧</td></tr>
<tr><td>⟦m 用　　途：把棉、麻、丝等纤维纺成纱线⟧</td></tr>
<tr><td>⟦m 主要部件：轮子、锭子、摇柄、底座⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 简介　2 结构　3 使用⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 《民间纺织工具图录》　[2] 《乡土器物志》⟧</div>
<div class="lemma-foot">⟦m 词条浏览：8,316　　编辑次数：9　　最近更新：3 个月前⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧ ⟦m ©2025 博闻百科⟧</div>
</body>
</html>
""",
        body="""
纺车是把棉花、麻等纤维纺成纱线的手工工具，多用木材和竹子制成，在我国农村使用了很长时间。⟦l [1]⟧
结构⟦a ✎改写此节⟧
常见的手摇纺车由底座、大轮、锭子和摇柄组成。大轮用竹片或木条扎成，通过绳带带动锭子高速转动。脚踏纺车用脚踏板代替摇柄，空出双手，可以同时纺两三根纱。⟦l [2]⟧
使用
纺线时，一只手摇动大轮，另一只手捏住棉条慢慢向后拉，棉条在锭子的转动下捻成细线，拉到一臂长时再把线绕到锭子上。如此反复，就能纺出一个个线穗。
""",
    ),
    dict(
        slug="wiki-shitu-entry-roller-skates-text",
        site="识途百科问答站 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.shitubk.net/entry/lunhuaxie.html",
        title="轮滑鞋",
        record_title="轮滑鞋（运动器材）- 识途百科",
        date=None,
        notes="decorated record title; an entry in text form with edit and contents lines; the entry name as head; no date",
        page="""
!m 识途百科 ＞ 体育 ＞ 运动器材
!t 轮滑鞋（运动器材）
{T}
!a 编辑　｜　讨论　｜　收藏　｜　引用
!m 本词条由“运动器材”专题组审核　　浏览 5,902 次
!l 目录：1 分类　2 选购　3 保养
{BODY}
!l 相关词条：护具 ｜ 滑板 ｜ 冰鞋
!m 最后修改：2 个月前　编辑者：zb_1807
!d 百科内容由网友共同编辑，不代表本站观点。
""",
        body="""
轮滑鞋是鞋底装有轮子、用于轮滑运动的鞋，也叫旱冰鞋、溜冰鞋。
按轮子排列方式，可以分为双排轮滑鞋和单排轮滑鞋。双排轮滑鞋前后各有两个轮子，站立平稳，适合初学者；单排轮滑鞋的轮子排成一条直线，速度快、转向灵活，是目前最常见的一种。
选购轮滑鞋时，应注意鞋壳的硬度和鞋的尺码。鞋壳越硬，对脚踝的支撑越好；尺码以穿上厚袜后脚趾刚好碰到鞋头为宜。
轮滑鞋使用后要擦去轮子和轴承上的泥沙，定期调换轮子位置，让轮子磨损均匀。
""",
    ),
    dict(
        slug="collection-fenbi-memoir-slides-to-projectors-gb2312",
        site="粉笔灰里的日子 (invented, a retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.fenbihui-rizi.com/wenji/juan2/11.htm",
        title="从幻灯机到投影仪",
        record_title="从幻灯机到投影仪（《粉笔灰里的日子》第十一篇）",
        date=None,
        notes="a retired teacher's collection: 繁體 link, chapter links, visitor counter, the author's mailbox; "
        "the essay ends with a season and year only (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>从幻灯机到投影仪（《粉笔灰里的日子》第十一篇）</title>
</head>
<body bgcolor="#fffdf5">
<table width="760" align="center" border="0">
<tr><td align="center">⟦m 粉笔灰里的日子 —— 一位老教师的教书笔记⟧</td></tr>
<tr><td align="right"><a href="/big5/">⟦a 切换繁體⟧</a>　<a href="/mulu.htm">⟦l 全书目录⟧</a></td></tr>
</table>
<table width="760" align="center" border="0">
<tr><td align="center"><b>⟦m 卷二　讲台上的物件⟧</b></td></tr>
<tr><td align="center"><font size="5">{T}</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="10.htm">⟦l ←上一篇：那块用了二十年的黑板擦⟧</a>　<a href="12.htm">⟦l 下一篇：我的第一台电脑→⟧</a></td></tr>
</table>
<table width="760" align="center" border="0">
<tr><td align="center">⟦m 本文集已被翻阅 27416 次⟧</td></tr>
<tr><td align="center">⟦w 想和作者说说话：fenbihui_lao@163.com⟧</td></tr>
<tr><td align="center">⟦d 文集内容为作者原创，转载请先征得作者同意⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我刚到篚溪中学教书那年，全校只有一台幻灯机，锁在教导处的柜子里。要用它，得提前一天去登记，上课时两个学生抬着它进教室，窗帘一拉，墙上就亮出一块方方的光。
九十年代末，学校买了第一台投影仪，放在新建的电教室里，全校老师轮流排队去上公开课。那时候做一张课件要花一个晚上，投到幕布上却只看得清前三排。
后来，每间教室的天花板上都挂上了投影仪，我这个老头子也学会了用U盘拷课件。有一回课件打不开，一个学生上来三下两下就弄好了，全班都笑了，我也笑了。
退休那天，我最后关了一次讲台上的投影仪。屏幕暗下去的时候，我想起了那台要两个人抬的幻灯机。
二〇二四年深秋，于篚溪
""",
    ),
    dict(
        slug="collection-qingshui-memoir-mothers-wheel-oneline",
        site="檠水旧事 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://qingshuijiushi.cn/juan2/mqdfc.html",
        title="母亲的纺车",
        record_title="母亲的纺车 ·《檠水旧事》卷二",
        date=None,
        notes="a memoir all on one line (paragraphs only separated by their indent); a volume suffix; no date",
        page="""
!m 檠水旧事 · 卷二 · 灯下
{T}
!m 作者：韦承德　　字数：约三百　　阅读：1,044
{BODY}
!l 上一篇：父亲的烟袋　　下一篇：老屋的门槛
!m 檠水旧事　个人文集　只记往事，不谈其他
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我记事的时候，母亲的纺车就放在堂屋的窗下。那是外婆给她的陪嫁，木头已经被摸得发亮。
冬天的晚上，父亲编竹篮，母亲纺线，我趴在桌边写作业。纺车嗡嗡地响，煤油灯的火苗一跳一跳，母亲的影子在墙上一前一后地晃。
母亲纺的线，先织成布，再做成我们兄妹四个的衣裳和鞋面。她常说，一寸线一寸工，穿衣服要爱惜。
后来村里有了卖布的小店，纺车就搬到了楼上。母亲去世以后，我把它擦干净，放在了自己家的书房里。有时候夜里写东西写累了，我会伸手转一转那个大轮子。
""",
    ),
    dict(
        slug="lawfirm-hengjun-case-lock-public-space",
        site="衡钧律师事务所网站 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengjunlaw.cn/anli/wuye/2025/1172.html",
        title="私装地锁占用公共车位，业主起诉后法院判令拆除",
        record_title="【判例速读】私装地锁占用公共车位，业主起诉后法院判令拆除 - 衡钧律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a repost notice, a permalink block; a case note with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【判例速读】私装地锁占用公共车位，业主起诉后法院判令拆除 - 衡钧律师事务所</title>
</head>
<body>
<header>⟦m 衡钧律师事务所⟧ <span>⟦m 专注物业与房产纠纷⟧</span> <span>⟦w 全国咨询热线 400-627-1180⟧</span></header>
<nav>⟦m 首页 律所简介 专业领域 判例速读 联系我们⟧</nav>
<div class="crumb">⟦m 首页 &gt; 判例速读 &gt; 物业纠纷⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 撰稿：衡钧律所物业团队　　阅读 903⟧</div>
{BODY}
<div class="permalink">⟦m 本页地址：https://www.hengjunlaw.cn/anli/wuye/2025/1172.html⟧</div>
<p class="repost">⟦d 转载本文请注明出处并保持内容完整，不构成对个案的法律意见⟧</p>
</article>
<aside class="card"><p>⟦m 主办律师：蒙书岚⟧</p><p>⟦m 擅长：物业纠纷、相邻关系、房屋买卖⟧</p><p>⟦a 向她提问⟧</p></aside>
<div class="float-consult">⟦w 在线律师 · 免费初步评估⟧</div>
<footer>⟦m 衡钧律师事务所 版权所有　地址：筥州市笾城区府前路66号⟧</footer>
</body>
</html>
""",
        body="""
【案情】某小区没有划分产权车位，业主祁某在楼下公共区域安装了一把地锁，长期占用一个车位。同楼业主唐某多次协商无果，以祁某侵害全体业主共有权益为由诉至法院，要求拆除地锁。
【判决】法院经审理认为，小区道路和公共场地属于业主共有，祁某未经业主大会同意，擅自在公共区域安装地锁、排他使用，侵害了其他业主的共有权益，判令祁某在判决生效后十日内自行拆除地锁。⟦w 车位纠纷拿不准？衡钧律师一对一帮你分析⟧
【律师提示】小区公共区域的停车位如何使用，应当由业主共同决定。业主个人私装地锁、地桩，即便是“先来先占”，也得不到法律支持。遇到此类问题，可先向物业和业委会反映，协商不成再通过诉讼解决。
""",
    ),
    dict(
        slug="lawfirm-hengjun-letter-childrens-skates-quality",
        site="衡钧律所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="https://www.hengjunlaw.cn/lvshihan/2025/0519/33.html",
        title="关于儿童轮滑鞋质量问题的律师函",
        record_title="律师函示例丨关于儿童轮滑鞋质量问题的律师函｜衡钧律所",
        date="2025-05-19",
        notes="decorated record title; the letter's own lawyer phone beside the firm's 400 line; 成文日期 under the signature",
        page="""
!m 衡钧律所 · 专业 务实 守信
!m 首页　>　文书示例　>　律师函
{T}
!m 栏目：文书示例　　浏览：618
!w 免费咨询：400-627-1180（工作日 9:00—18:00）
{BODY}
!d 本示例已隐去当事人信息，仅供参考，具体事务请咨询执业律师。
!l 其他示例：催告函 ｜ 解除合同通知书 ｜ 商品房交付异议函
!m 衡钧律所　筥州市笾城区府前路66号
""",
        body="""
筥州市某体育用品有限公司：
本所接受消费者唐某的委托，就其在贵公司网店购买的儿童轮滑鞋质量问题，致函如下：
2025年4月26日，唐某在贵公司网店购买儿童轮滑鞋一双。同年5月3日，其孩子穿着该鞋在小区广场正常滑行时，左脚鞋底的轮架突然断裂，孩子摔倒致右手腕骨折。经检查，断裂处存在明显的铸造缺陷。
贵公司作为销售者，应当保证所售商品符合安全标准。请贵公司自收到本函之日起七日内与委托人联系，协商退货和赔偿事宜。逾期未回复的，本所将依法代理委托人提起诉讼。
联系律师：蒙书岚　电话：0873-6610275
衡钧律师事务所
2025年5月19日
""",
    ),
    dict(
        slug="community-chongyuan-notice-lock-registration",
        site="穜苑社区网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chongyuansq.cn/gonggao/2025/0422/418.html",
        title="关于开展小区地锁集中登记的通知",
        record_title="【楼栋公告】关于开展小区地锁集中登记的通知_穜苑社区网",
        date="2025-04-22",
        notes="residents' site: weather line, a grid worker's box, property repair lines; the community's own phone and a "
        "scan-to-register sentence stay in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【楼栋公告】关于开展小区地锁集中登记的通知_穜苑社区网</title>
</head>
<body>
<div class="top">⟦m 穜苑社区网⟧ <span>⟦m 今日穜苑：晴 14～25℃　东南风2级⟧</span></div>
<div class="nav">⟦m 首页 社区公告 办事指南 邻里圈 物业服务⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="info">⟦m 发布：穜苑社区居委会　　发布于 2025-04-22　　已读 486⟧</p>
<div class="txt">
{BODY}
</div>
<p class="bar">⟦l 转发到楼栋群⟧ ⟦a 打印公告⟧</p>
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　龙小溪　138 8736 0412⟧</p></div>
<div class="wy-box"><p>⟦m 物业报修：0873-6120880⟧</p><p>⟦m 夜间应急：0873-6120881⟧</p></div>
<div class="ft">⟦m 穜苑社区居委会主办 · 笾城区穜苑路9号⟧</div>
</body>
</html>
""",
        body="""
各位居民：
小区内地锁数量多、来源杂，有的长期闲置，有的占用了消防通道。为摸清底数、规范管理，社区决定于4月25日至5月10日开展地锁集中登记。现将有关事项通知如下：
一、登记对象：小区内所有地锁、地桩的设置人。
二、登记方式：扫描各楼栋单元门口张贴的二维码在线登记，也可以到社区服务大厅现场登记。登记时需提供房号、联系电话和地锁位置照片。
三、逾期未登记的地锁，将视为无主地锁，由社区会同物业统一清理。
咨询电话：0873-6115023（社区服务大厅）
笾城区穜苑社区居民委员会
2025年4月22日
""",
    ),
    dict(
        slug="community-youxi-pledge-civil-charging",
        site="耰溪社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.youxisq.com/news/2025/0308/212.html",
        title="文明使用小区充电桩倡议书",
        date="2025-03-08",
        notes="title from the record as is; a residents' site's chrome as lines; the pledge's 成文日期",
        page="""
!m 耰溪社区服务网
!m 首页 ＞ 社区动态 ＞ 倡议
{T}
!m 发布者：耰溪社区　　阅读 302　　【大 中 小】
{BODY}
!l 点赞　　转给邻居
!m 社区值班：0873-6209331　　物业客服：0873-6209000
!m 耰溪社区服务网 ©2025
""",
        body="""
各位居民朋友：
小区去年建成了40个充电桩，解决了不少车主的充电难题。但近来，充满电不挪车、燃油车占用充电车位、充电线随意拖在地上等情况时有发生。为此，我们倡议：
一、充满电后及时挪车，给邻居让出位置；
二、燃油车不停放在充电车位上；
三、用完充电枪放回原处，不拉扯、不踩压线缆；
四、发现充电桩故障或冒烟，及时告知物业，不私自拆修。
欢迎关注“耰溪社区”公众号，及时了解充电桩维护和收费信息。文明充电，从你我做起。
耰溪社区居民委员会
2025年3月8日
""",
    ),
]
